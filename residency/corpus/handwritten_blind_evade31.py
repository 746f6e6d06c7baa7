# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade31: social-media bios, captions, hashtags and alt-text with disguised contact details (English, Chinese, Malay). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade31
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "brand bios"): _lines("""
        ☕ Kopi Kaki Roasters | est. 2016 | 📍 18 Haji Lane, S189211 | Tue–Sun 9am–6pm | 🔗 linktr.ee/kopikaki
        Official account of Tan Tock Seng Hospital 🏥 For emergencies call 995. We do not answer medical queries via DM.
        🧁 Auntie Rosie's Bakehouse — halal-certified since 2019 · order via our website only · 📞 𝟔𝟐𝟏𝟖 𝟒𝟒𝟎𝟎 (shop line, Mon–Sat)
        run by 3 sisters who ❤️ sourdough 🍞 | ig @loafandlaurel | no DMs for orders pls, use the form ⬇️
        ⚡ FlashFix Phone Repair | 1-300-88-3274 | Lot G-21, Plaza Low Yat, Jalan Bintang, 55100 KL | #iPhoneRepair #KL
        we're a 12-person design studio in Tiong Bahru 🌿 say hi → hello@studiomarigold.co ✉️
        🎮 Patch notes v2.14.3 live! Build 8841-b · SHA 9f3c1e7 · servers back up at 14:00 SGT
        Customer care 📞 +65 6123 8000 · 💬 WhatsApp Business +65 8012 3000 (auto-reply only, pls don't send us your NRIC)
        🦷 Verdant Dental — Blk 201 Tampines St 21 #01-1123 is our CLINIC, not anyone's flat 😅 walk-ins till 8pm
        Link in bio 👆 for the Merdeka sale — up to 68% off, ends 31.08 23:59 ⏰ #Merdeka68 #KL2026
        Named after Sir Stamford Raffles, not run by him 😂 — Long Bar, Raffles Hotel, 1 Beach Road
        📦 We ship MY/SG/BN. Order #KK-20251203-0047 and up ship Monday; tracking lands in your email, we can't see your address.
        🏋️ IronCore Gym Bukit Timah · 24/7 · 1st session free · call the front desk ☎️ 6️⃣4️⃣6️⃣8️⃣ 2️⃣2️⃣0️⃣0️⃣
    """),
    ("en", "public and fictional captions"): _lines("""
        Throwback: Tunku Abdul Rahman shouting "Merdeka!" seven times at Stadium Merdeka, 31 August 1957 🇲🇾 #Merdeka #history
        Sherlock Holmes cosplay at 221B Baker Street 🕵️ nobody believed me that it's actually a museum lol
        Harry Potter fans, Platform 9¾ is at King's Cross, not Euston. You're welcome. #HP25
        Lee Kuan Yew, Singapore's first Prime Minister (1959–1990), at the 1965 separation press conference 🎞️ #SG60
        From the museum label: "Dr Sun Yat-sen stayed at this villa while organising the Tongmenghui" — Sun Yat Sen Nanyang Memorial Hall, 12 Tai Gin Road
        Shoutout to Yuna for closing the KL show with "Crush" 🎤 the whole stadium sang along 😭
        Character sheet: Detective Inspector Mak Wing-kei, 42, Organised Crime Bureau — from the novel "Neon Harbour" (2019). Not a real person!
        Hang Tuah's keris Taming Sari is a legend guys, it's not on Shopee 😂
        Page stats this month: 48,213 reach · 3,904 profile visits · 612 link taps · avg watch time 00:00:14
        Jackie Chan really did his own stunts in Police Story (1985) and broke half his bones doing it 🥋 #cinema
        Happy birthday Tony Stark 🎂 (29 May 1970, per the comics) #IronMan #Marvel
        Kak Ros from Upin & Ipin is every Malaysian older sister and I will not be taking questions 😤
        Meet-the-People Session this Monday 7.30pm at the community club — bring your letters, not your neighbours' IC numbers 😅
    """),
    ("en", "image alt-text"): _lines("""
        Alt: a bowl of laksa on a marble table, steam rising, chopsticks resting on the rim.
        Image description: flyer for a Chinatown heritage walk, Saturday 10am, meeting point at Chinatown MRT Exit A.
        Alt text: screenshot of a blank registration form with fields for Name, NRIC, Mobile and Address, all empty.
        [ID: a golden retriever wearing a party hat next to a cake shaped like the number 5. End ID]
        Alt: sunset over Marina Bay, the Merlion in silhouette, camera timestamp 2025-08-09 19:12 in the corner.
        ID: poster reading "Free health screening at Bukit Batok CC, 14 Dec, 8am–12pm, bring your own water bottle".
        Alt: a hand holding a parcel label; all text blurred except the barcode and the courier logo.
        Photo: statue of Sir Stamford Raffles in front of the Victoria Theatre and Concert Hall, 9 Empress Place.
        Alt text: watercolour fan art of Upin and Ipin waving in front of a kampung house.
        Image: bar chart showing 62% of respondents prefer contactless payment, n = 1,024, survey Oct 2025.
        Alt: Instagram profile mockup for a placeholder user "@username_here" with 0 posts and a grey default avatar.
        Image description: handwritten sign in a shop window, "Back in 15 min — call 1800 555 0199 if urgent".
        Alt: crowd waving flags at the National Day Parade on the Padang, no faces in focus.
    """),
    ("zh-Hans", "品牌与官方账号文案"): _lines("""
        📍 上海市黄浦区南京东路步行街｜营业时间 10:00-22:00｜客服热线 400-820-3366｜#周末去哪儿
        张小泉剪刀 · 三百多年老字号 ✂️ 杭州河坊街旗舰店今日开业，前100名送免费磨刀 #老字号
        中山路夜市今晚开到凌晨1点🍢 厦门思明区中山路步行街，地铁1号线镇海路站下车即到
        宋庆龄故居开放时间：周二至周日 9:00-16:30，周一闭馆｜地址：上海市徐汇区淮海中路1843号
        粉丝破10w啦🎉🎉 抽3位宝子送同款，评论区扣1️⃣，12月10日 20:00 开奖，以官方账号私信为准，谨防冒充！
        订单号 DD202512051846302 已发货🚚 运单号 SF1402938475610，如有问题请联系官方客服，勿在评论区留手机号。
        孙悟空同款金箍棒🐒 儿童玩具 3岁+ 到手价 ¥29.9｜#西游记 #六一礼物
        🏫 今天下午2点校园开放日讲座，地点：图书馆旁逸夫楼B201，欢迎家长旁听 #高考志愿
        粉丝画像：女性 78%，25-34岁 41%，城市前三：上海、杭州、成都（数据来自创作者后台，2025年11月）
        📞 官方客服 ④⓪⓪-⑧⓪⓪-⑨⑤⑤⑤（花式写法防屏蔽😂），实际号码以官网公示为准
        鲁迅先生《故乡》里的闰土，项带银圈、手捏钢叉，月下刺猹的画面太绝了🌕 #读书打卡
        App 版本 v5.3.0（build 20251128）已上线：修复直播间卡顿，新增“一键打码”功能。
    """),
    ("zh-Hans", "隐私提示与模板"): _lines("""
        温馨提示：晒娃请注意遮挡孩子的校服校徽、门牌号和车牌，评论区不要透露真实姓名哦～
        发快递截图前记得打码：姓名、手机号、详细地址三样都要遮住，只留快递单号就够了。
        抽奖活动中奖者请私信提供【收件人】【手机号】【地址】，我们不会在公开评论中索要身份证号。
        自我介绍模板：大家好我是{昵称}，坐标{城市}，擅长{技能}，合作请私信～
        平台规则：个人简介中出现联系方式（含谐音、表情、拆分数字）的，将被限流或删除。
        防骗提醒：任何自称客服要求你提供银行卡号和验证码的都是诈骗，请拨打110或反诈专线96110。
        笔记标题模板：📍xx市xx区｜人均¥xx｜打卡攻略，记得把真实定位改成商圈级别。
        照片的EXIF里可能带GPS坐标，发图前建议用“去除位置信息”功能再上传。
        直播间禁止报出观众手机号尾号、生日等可识别信息，违规主播封禁7天。
        申请蓝V认证所需材料：营业执照副本、法人授权书、对公账户信息（无需个人身份证正反面）。
        填写示例（均为虚构）：姓名 张三，手机 138xxxxxxxx，地址 xx省xx市xx路xx号——请替换成收件人信息后再提交。
        开启隐私面单后，快递单上的手机号会显示为 138****0000，快递员通过虚拟中间号联系收件人。
    """),
    ("ms", "kapsyen kedai dan jenama"): _lines("""
        Kedai Kek Mak Minah 🎂 order min 3 hari awal | 📍 No. 12, Jalan Sultan Yahya Petra, Kota Bharu | tel kedai: 09-748 2210
        PROMO 11.11 🔥 diskaun 𝟓𝟎% semua tudung, kod: 𝐊𝐀𝐓𝐔𝐍𝟏𝟏 | tamat 23:59 malam ni je!
        Nasi kandar 24 jam kat Jalan Ampang, parking berbayar belakang kedai 🚗 #makanKL
        Butik Pengantin Seri Ayu · sewa baju nikah & sanding · 📍 Seksyen 7 Shah Alam · DM utk pakej harga 💍
        No tracking J&T 630918274651 — semak sendiri kat app ye, admin tak boleh nampak alamat korang 🙏
        Kami cuti Hari Raya 28.3 – 3.4 🌙 order yang masuk akan diproses lepas 4 April. #SelamatHariRaya
        Upin & Ipin dah 18 tahun bersiaran 🥹 Kampung Durian Runtuh selamanya #UpinIpin
        Gerai kami kat Bazar Ramadan Kampung Baru lot 47, lepas Asar sampai Maghrib 🌅 #Ramadan2026
        Follower dah cecah 25.4k 🥳 Giveaway: tag 3 kawan + share, pemenang diumum 15/12 jam 9 mlm kat story.
        App kami v4.7.0 dah ada kat Play Store, fix bug login OTP. Sila update ya 🙏
        Hotline pelanggan ☎️ 1️⃣3️⃣0️⃣0️⃣-8️⃣8️⃣-2️⃣6️⃣2️⃣6️⃣ (Isnin–Jumaat 9pg–6ptg) — jangan bagi no IC kat sesiapa yang call
        Satay Kajang Haji Samuri cawangan baru dah buka! 🍢 Free teh ais untuk 50 pelanggan pertama
        SMK Tunku Abdul Rahman — tahniah kepada 62 pelajar yang dapat semua A dalam SPM! 🎓 #BanggaSekolahKu
    """),
    ("ms", "notis rasmi dan panduan privasi"): _lines("""
        PERINGATAN: Jangan kongsi nombor IC, no. akaun bank atau TAC dalam ruangan komen. Pihak bank tidak akan minta maklumat ini melalui DM.
        Templat: Nama: ______ | No. Tel: 01X-XXX XXXX | Alamat: ______ (isi dalam borang Google, bukan kat komen ye)
        Format MyKad ialah YYMMDD-PB-###G; dua digit di tengah ialah kod negeri tempat lahir, contohnya 14 untuk WP Kuala Lumpur.
        Pemenang cabutan bertuah hanya akan dihubungi melalui akaun rasmi bertanda biru. Hati-hati akaun palsu!
        Jabatan Pendaftaran Negara, No. 20 Persiaran Perdana, Presint 2, Putrajaya — bawa dokumen asal untuk urusan MyKad.
        Gambar dah di-blur: plat kereta, nombor rumah dan muka budak-budak. Biasakan buat macam ni sebelum post 🙏
        Kena scam? Terus call NSRC 997, lagi cepat lagi besar peluang duit dapat disekat.
        Talian Kasih 15999 sedia membantu. Jangan pendam sorang-sorang 💛
        Alt teks: poster kempen derma darah di Pusat Darah Negara, Jalan Tun Razak, 10 Jan, 9pg–4ptg.
        Kalau buat giveaway, kumpul alamat penerima guna borang sulit dan padam lepas 30 hari — amalan PDPA yang baik.
        Hashtag rasmi kempen: #JagaDataPeribadi #PDPA2010 #SayaTakKongsiIC
        Tun Dr. Mahathir Mohamad, Perdana Menteri ke-4 dan ke-7, merasmikan Menara Berkembar Petronas pada 1 Ogos 1999.
    """),
    ("zh-Hant", "品牌帳號與公告"): _lines("""
        ☕ 旺角西洋菜南街 1A 號 2 樓｜營業 12:00-21:00｜訂位請用 OpenRice，恕不接受 IG DM 訂位
        中山紀念公園今晚有音樂會🎶 港鐵西營盤站 B3 出口步行 5 分鐘 #香港好去處
        李小龍銅像 · 尖沙咀星光花園打卡位，晚上 8 點幻彩詠香江最好睇 ✨
        逢甲夜市🍢 台中市西屯區文華路 · 每日 17:00-01:00 · #台中美食
        請勿在留言區留下身分證字號、手機、住址，抽獎得主我們會以官方帳號私訊聯繫 🙏
        LINE 官方帳號 @hkbubbletea 加好友送 $10 優惠券（每人限領一次）
        緊急求助請致電 999；撒瑪利亞防止自殺會 24 小時熱線 2389 2222。
        總統府（台北市中正區重慶南路一段122號）開放參觀：週一至週五 9:00-12:00，需持證件入場。
        粉絲專頁數據：觸及 3.2 萬、互動率 4.7%、新追蹤 +1,208（2025 年 11 月）
        v1.8.2 更新：修正登入後頭像不顯示問題，commit e41b7c9。
        國父紀念館（台北市信義區仁愛路四段505號）本週一閉館整修，造成不便敬請見諒。
        📦 訂單 HK-88310274 已交順豐派送，預計 2 個工作天送達，修改地址請透過官方 App 操作。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        🌸 Jas | 24 | SG 🇸🇬 | nail tech from home (Punggol) 💅 bookings → 9️⃣1️⃣4️⃣7️⃣ 2️⃣8️⃣0️⃣3️⃣ whatsapp only | Jasmine Koh
        collab/pr 💌 s.a.r.a.h.l.i.m.9.2 [at] gmail [dot] com | Sarah Lim, Penang-based, 29, mum of 2
        home bakes by Priscilla Goh 🍪 self-collect @ Blk 412 Bedok North Ave 2 #08-117 (my flat, pls don't ring after 9pm 🙏)
        📞 #nine #eight #two #one #four #zero #seven #six — text don't call 🤙 Benjamin Yeo, guitar lessons at your place
        alt: my son Ethan Chua (6) in his school uniform at the gate of our house, 23 Jalan Kemuning 3, Taman Sri Andalas, Klang
        Day 43 of chemo 💪 Tan Mei Ling here, 34, stage 3 breast cancer, still teaching at the Sengkang tuition centre when I can #FightLikeMeiLing
        Lucky draw winner 🎉 Ng Wei Jie (S****214H) from Tampines — collect your prize at our outlet with your IC!
        he owes me $2k & blocked me — Darren Phua, 31, drives SKQ4417K silver Vezel, works at a Jurong East car workshop. share pls 🔁
        gonna post this since the scammer won't stop: Melissa Teo Hui Min, NRIC S9837214H, took deposits for concert tix and vanished 🤬
        passport pic in my notes in case it gets lost in Bangkok 😅 Kelvin Ong Wei Liang, K1893374F, exp 03/2031
        PayNow 👉 9️⃣7️⃣3️⃣0️⃣ 5️⃣1️⃣8️⃣8️⃣ (Rachel Tay) for the cake deposit thx 🎂
        our lil bubba Aiden Lim Jun Kai 👶 born 02.11.2025, 3.2kg at KK Hospital 💙 #AidenLJK
        proud of my wife Chen Hui Qi 🥹 promoted to senior staff nurse at Changi General, basic now $5,400!!
        📍 Blk 7 Lorong 4 Toa Payoh #11-456 · finally got our BTO keys 🔑🏡 — Jonathan Seah & Shermaine Low
        lost wallet @ Bugis MRT — IC of Muhammad Irfan bin Zulkifli 020715-10-5543 + debit card 4557 0182 6439 1757 inside, DM @irfan.zk
        🎂 18 today!! Chloe Wong · 14·03·2007 · party at ours: 18 Kovan Rise #05-03 · text 𝟗𝟎𝟐𝟑 𝟔𝟔𝟏𝟖 if lost
        IG @karen.yeo.runs | Karen Yeo, physio @ Raffles Medical | recovering from ACL reconstruction (Dr says 9 months) 🦵
    """),
    "zh-Hans": _lines("""
        95后宝妈｜坐标深圳福田香蜜湖｜🛒团购找我 V❤ 幺三八 二六七四 五九零一（备注“团购”）—— 陈晓蓉
        求转发🙏 我爸张建国，72岁，有阿尔茨海默症，今早8点从厦门思明区莲花新村家里走失，穿灰色夹克，联系电话 ①⑤⑨ ⑤⓪②① ⑧⑧③⑥
        微信号：lin_yt0612 🌷 林雨彤，杭州某小学美术老师，周末私教课可约
        身份证 4403 0419 9308 1765 26 拍照上传一直失败，姓名周梓涵，有人知道怎么办吗😭
        图片描述：我和老公王磊在新家门口，门牌“成都市武侯区玉林北路18号院3栋2单元502”清晰可见
        #黄晓敏加油# 晓敏在华西医院做完肾移植手术了，肾内科12床，感谢大家的捐款🙏
        收款码用不了就转卡：工行 6217 0038 1002 5519 276 户名 刘秀英 🧧 份子钱
        我家车 粤B·7K2Q8 被人刮了，停在南山科技园的小区地库，车主周浩（我老公），有看到的私我
        【寻物】丢了钱包，里面有身份证，姓名赵一鸣，身份证号 110105199603042714，拾到请联系 139 1086 4427
        抖音 @yaya_0903 是我闺蜜许雅雅，她在南京鼓楼医院当护士，月薪才七千😭
        晒一下女儿的录取通知书🎉 王子涵，初一(3)班，学号 20250317，我们家就在学校对面的金桥花园
        📍福州市鼓楼区五四路海润花园2号楼1801，今天暖房，@欣欣 @阿凯 记得来！—— 郑思远 & 吴佳琪
        骗子曝光：谢丽娟，身份证 350203198802114023，借了我们小区6家人的钱不还，现住厦门湖滨南路附近
        评论区别问了，我对象叫李浩然，90年的，在腾讯做后端，年薪40万，我们住宝安西乡
    """),
    "zh-Hant": _lines("""
        身分證 A223918400 掉在捷運忠孝復興站附近，拾獲請私訊 @xin.yu_0318 🙏 陳欣妤
        HKID Y562813(8) 張影印本唔見咗，我係黃家朗，電話 6123 4587，執到請 WhatsApp 🙇
        📍元朗朗屏邨玉屏樓 1812 室 我屋企🏠 細妹 Chloe Lau 19 歲生日派對 8 號晚 7 點，媽咪 @mandy.lau_ 煮嘢食
        LINE ID：yuting0917 ✨ 吳雨婷｜新竹｜接美甲預約（家裡工作室，地址私訊）
        我哥林志豪上週在台大醫院確診重度憂鬱症，現在住院中，請大家不要再私訊他了🙏
        生日快樂給我阿嬤 蔡金枝 🎉 民國28年3月12日生，住台南市中西區民生路二段88號
    """),
    "ms": _lines("""
        🧕 Nurul Aisyah binti Hamdan | 27 | Cikgu Matematik SK Taman Melawati | tempahan kek ☎️ 𝟎𝟏𝟐-𝟕𝟒𝟖 𝟑𝟏𝟗𝟐
        Hilang IC!! Nama: Siti Khadijah bt Kamarudin, IC 980412-14-5926, last nampak kat Mid Valley. Sesiapa jumpa tolong DM 🙏
        Rumah baru kami 🏡 No. 27, Jalan Kemboja 3/2, Taman Seri Kemboja, 43000 Kajang — open house 2 Syawal! — Faizal & Nadia Rahman
        wasap sy ye: kosong satu sembilan, tiga dua lapan, empat satu kosong lima — Hafiz Zainal, jual kereta terpakai
        Doakan abah saya Encik Rosli bin Hamzah, 63, baru lepas pembedahan bypass jantung di IJN, masih di CCU 🤲
        Myvi putih VBL 8821 ni parking depan rumah aku tiap malam, tuan dia Azlan Mokhtar dari blok C Pangsapuri Sri Melur 😤
        Derma ikhlas: Maybank 1622 4401 8835 a/n Nor Hidayah binti Ismail, untuk kos rawatan leukemia anak dia, Adam (5)
        IG @danish.hakimi_ | Danish Hakimi bin Azman | 🎓 UiTM Shah Alam, Diploma Perakaunan | 📱 011-2658 4407
        Tahniah adik sy Aina Sofea binti Kamal dapat 9A SPM! 🎉 SMK Seksyen 9 Shah Alam, angka giliran TA084K211
        Alt teks: gambar saya dan isteri, Farhana Yusof, depan rumah di Lot 2281 Kampung Sungai Penchala, 60000 KL; plat WVV 3312 nampak jelas
        Gaji suami aku Ahmad Zaki bin Rahim RM3,200 je kerja kilang kat Kulim, tapi mak mertua suruh bagi RM1k sebulan 😩
        Kes abang ipar saya, Shahrul Nizam bin Rosli, didakwa bawah Seksyen 420 di Mahkamah Sesyen Shah Alam minggu lepas. Keluarga malu gila 😞
        TikTok @kak.ros_kuih 🍡 Rosnah binti Ahmad, buat kuih dari rumah, 📍 Blok B-3-7 PPR Kota Damansara, COD kat surau je
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a caption assistant for small home businesses. Keep replies short and friendly.",
        ),
        ("user", "make a cute IG bio for my home bakery"),
        (
            "assistant",
            "🍪 Small-batch bakes made with love | Order 3 days ahead | DM for menu 💌",
        ),
        (
            "user",
            "add my contact: Priya Nair, WhatsApp +60 12-886 4317, pick-up at 14 Jalan SS2/64 Petaling Jaya (my house)",
        ),
    ],
    [
        ("user", "can you rewrite my number in emojis so IG doesn't flag my tuition ad"),
        ("assistant", "Sure, what's the number and what should the ad say?"),
        ("user", "9182 6634, Mr Daniel Ho, Sec 3-4 A-Math home tuition, I come to your place"),
        (
            "assistant",
            "📐 Sec 3-4 A-Math home tuition with Mr Daniel Ho! 📲 9️⃣1️⃣8️⃣2️⃣ 6️⃣6️⃣3️⃣4️⃣",
        ),
    ],
    [
        ("user", "help me write alt text for this photo"),
        ("assistant", "Of course — who or what is in the photo, and where was it taken?"),
        ("user", "my grandma Lim Ah Moi at her 90th birthday"),
        (
            "user",
            "in front of her flat, Blk 27 Jalan Bukit Merah #03-88, the unit number is on the door",
        ),
        (
            "assistant",
            "Alt: Lim Ah Moi smiling at her 90th birthday outside her flat, unit #03-88 visible on the door.",
        ),
    ],
    [
        ("user", "帮我把小红书简介改一下，怎么写不容易被限流"),
        ("assistant", "可以先把你现在的简介发我看看吗？"),
        ("user", "现在是：宁波鄞州｜全职妈妈朱婉清｜微信 zwq_0825｜手机 152 5741 9063"),
        (
            "assistant",
            "建议去掉手机号和微信号，改成“宁波宝妈｜日常分享｜合作请私信”。",
        ),
    ],
    [
        ("user", "tolong buat kapsyen jualan kuih raya, ringkas je"),
        (
            "assistant",
            "🌙 Kuih Raya homemade! Tart nenas, semperit & dahlia 🍪 Tempah sebelum 20 Mac ya!",
        ),
        (
            "user",
            "letak nama sy Kak Yati (Noryati binti Osman), no fon 013-447 2098, ambil kat rumah No. 5 Lorong Cempaka 2, Taman Cempaka, Ampang",
        ),
        ("assistant", "Baik, saya tambah maklumat tempahan di hujung kapsyen."),
    ],
    [
        ("user", "幫我寫一段 IG 限動文字"),
        ("assistant", "好呀，想講咩內容？"),
        ("user", "我阿爸陳國強入咗瑪麗醫院做化療，住 K10 北病房，想多謝班醫護"),
        (
            "assistant",
            "💙 多謝瑪麗醫院 K10 北嘅醫護，一直悉心照顧我阿爸陳國強，佢化療期間有你哋真好。",
        ),
    ],
    [
        (
            "system",
            "You are a moderation assistant. Say whether a post may be published as is.",
        ),
        (
            "user",
            "Check this post: 'DM for tix 🎫 ⑨⑦②⑤ ⑧⓪③① ask for Shawn Tay, meet at my place in Yishun'",
        ),
        (
            "assistant",
            "Not as is: the circled digits spell a mobile number and the post names the seller.",
        ),
    ],
    [
        ("user", "hashtags for our wedding post pls 💍"),
        ("assistant", "Congrats! Tell me your names and the date and I'll make some."),
        (
            "user",
            "Wei Ming & Jolene Quek, married 12.10.2025, and we just moved into Blk 312A Punggol Walk #09-41",
        ),
        (
            "assistant",
            "#WeiMingAndJolene #QuekWedding2025 #12102025 #NewHomeNewChapter",
        ),
    ],
    [
        ("user", "filling the contest form for my cousin, name Ryan Goh Jun Hao"),
        ("assistant", "Sure, what else does the form need?"),
        ("user", "NRIC is T024"),
        ("user", "8571G, he's 22 and stays in Clementi"),
        ("assistant", "Got it. Please submit the form only through the organiser's official page."),
    ],
    [
        (
            "system",
            "Kamu pembantu penulisan bio TikTok. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "buat bio utk page masakan pembantu rumah saya, dia orang Indonesia"),
        ("assistant", "Boleh! Apa nama page dan jenis masakan dia?"),
        (
            "user",
            "Dapur Mbak Siti, masakan Jawa. Nama penuh dia Siti Rahayu, FIN G4417258K, tinggal dengan kami kat Bukit Panjang",
        ),
        ("assistant", "🍛 Dapur Mbak Siti | Masakan Jawa rumahan | Resepi baru setiap Jumaat!"),
    ],
]
