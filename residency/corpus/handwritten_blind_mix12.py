"""Blind check set mix12: social media comments and captions (emoji, hashtags, @mentions, slang) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix12
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "brand_post"): _lines("""
        🚨 DROP ALERT 🚨 The Midnight Matcha Frappé is back at all 214 outlets in SG & MY from 12.12 🍵✨ #MatchaSzn #LimitedEdition
        Having issues with your order? DM us or call our official hotline 1800-266-7788 (Mon–Fri, 9am–6pm). Please don't share your card details in the comments 🙏
        Giveaway closed! 🎁 Winners will be announced on our Stories on 20 Dec at 8pm SGT. We will NEVER ask for your bank PIN — report fake accounts to abuse@lumiskin.example.com
        Your favourite tote is restocked 👜 SKU LMN-TT-0042-BLK, RM189 → RM149 this weekend only. Link in bio 🔗
        Parcel SPXMY0483921765 stuck at the Shah Alam hub? Our couriers are catching up after the floods, pls allow 3–5 working days 🙏
        Official statement: the account @glowberry_official_sg with 12.4k followers is NOT ours. Our only verified handle is @glowberry.sg ✅
        Firmware v3.2.17 for the AeroBuds Pro is rolling out now 🎧 fixes the left-bud pairing bug (ticket AB-4471). Update via the app → Settings → About.
        Collab alert 🤝 We're teaming up with Lisa for a capsule collection dropping 8 Jan — pre-order opens 10am HKT at shop.example.com/lisa
        Store opening 🎉 Level 3, Pavilion Kuala Lumpur, 168 Jalan Bukit Bintang. First 100 customers get a free tumbler ☕
        PSA: our customer care email is care@brewhaus.com.sg and our phone line is +65 6123 4567. Anyone DMing you from a personal number is a scammer ⚠️
        Invoice INV-2025-008812 not showing in your account? That's a known glitch on Android 14 — fix deployed in build 4.18.2 🛠️
        Rated 4.8/5 by 23,000+ customers ⭐ Thank you Malaysia! Use code TERIMAKASIH10 for 10% off till 31/12.
        Caption this 👇 Best answer wins a year of free bubble tea 🧋 (T&Cs: bit.ly/bobaTnC, open to SG residents 18+)
        Our Jalan Alor outlet (No. 48, Jalan Alor, 50200 KL) will be closed 1–3 Jan for renovation 🛠️ See you soon!
        Test post pls ignore 🙃 (contact form sends to noreply@example.com, call 555-0142 for the demo line)
    """),
    ("en", "fan_comment"): _lines("""
        Taylor Swift really said 3.5 hours of no breaks at the National Stadium and then bowed to the pit like it was nothing 😭🫶 #TSTheErasTour
        JJ Lin singing 江南 acoustic at the end of the encore?? my tears were NOT ready 🥲
        Lee Chong Wei replying to fan comments at 2am is so real of him lmaooo legend 🏸🐐
        Not Jackie Chan posting a 40-year-old behind-the-scenes clip of Police Story and breaking the internet again 😂
        Michelle Yeoh's Oscar speech still gives me chills — 'Ladies, don't let anybody tell you you are ever past your prime' 🏆👑
        Joseph Schooling announcing his retirement in an IG carousel with that 2016 Rio gold pic 🥇 end of an era fr
        LISA at the Met Gala was giving 🔥🔥🔥 ok I'll stop now (I won't)
        Siti Nurhaliza hitting that high note at 45 like it's 1998 😤 respect
        Ryan Gosling being Ken for the 100th press junket in a row 😭 he's so committed
        the way Faker just said 'I'm still hungry' after another Worlds title… T1 fans we ate 🍽️
        Anyone else notice Tom Holland's jacket is the same one Zendaya wore to the premiere? couple goals 👀
        Jay Chou's 'Mojito' MV still living rent-free in my head 5 years later 🍹🎶
        Yuqi's Weibo post hitting 1M likes in an hour is insane, (G)I-DLE supremacy 💜
        Shoutout to Pedro Pascal for hugging every single crew member at the premiere, we don't deserve him 🥹
    """),
    ("en", "event_announcement"): _lines("""
        📣 Countdown 2026 at Marina Bay: fireworks at 12am, road closures along Raffles Ave from 6pm. Nearest MRT: Esplanade (CC3). #MarinaBayCountdown
        Coldplay KL — Bukit Jalil National Stadium, gates open 5pm. No power banks >20,000mAh. Ticket IDs look like CP-KL-######, don't post yours online!
        Free entry 🙌 Penang Street Food Festival, 14–16 Feb, Esplanade Padang Kota Lama, 5pm–11pm. Halal & non-halal zones clearly marked.
        Due to heavy rain, tonight's outdoor screening at Fort Canning Green is moved to 20 Jan. Your e-ticket (ref FCG-0120-xxxx) stays valid.
        KL Charity Run 2026 route map is up 🏃‍♀️ 21km starts at Dataran Merdeka, flag-off 4:30am. Bib collection at MITEC Hall 8, 10–12 Mar.
        Hong Kong Sevens is back at Kai Tak Stadium 🏉 28–30 Mar. Enquiries: +852 2504 8311 or tickets@hksevens.example.org
        Fan meeting alert 🎤 Sunday 3pm at Sunway Pyramid Blue Concourse — first 300 wristbands distributed from 10am, one per person.
        Library pop-up 📚 100 Victoria Street, Level 5 — free comic-making workshop for ages 8–12, register at go.gov.sg/comicws (slots: 40)
        Blood donation drive 🩸 at Mid Valley Megamall Centre Court, 7–9 Aug, 10am–6pm. Bring your IC, donors get a free movie voucher 🎬
        Lantern walk 🏮 Chinatown Mid-Autumn light-up officially switches on 6 Sep 7.30pm, guest of honour: Minister for Culture, Community and Youth.
        Reminder: the Taipei 101 NYE fireworks last exactly 300 seconds, so don't blink 🎆 MRT runs 42 hours straight.
        Webinar 💻 'Creator Economy in SEA 2026' Thu 8pm MYT, Zoom ID 812 4471 9902, passcode CREATE26 — public, recording will be on our YouTube.
    """),
    ("en", "meme_hashtag"): _lines("""
        me: I'll sleep early tonight 😌 also me at 3:47am: watching a 2-hour video essay on why Shrek 2 is a cinematic masterpiece 💀
        POV: your mum sees the Shopee parcel before you do 📦😶 #relatable #11dot11
        nobody: absolutely nobody: Singaporeans when the auntie at the hawker says 'chope already' 🪑🧻 #SGmemes
        Tell me you're Malaysian without telling me you're Malaysian — I'll start: 'on the way' means I haven't showered yet 🚿😂
        Shrek saying 'ogres are like onions' is still the best life advice on the internet tbh 🧅
        #IceBucketChallenge 2.0 just dropped and it's with durian ice cream. Who approved this 😭🧊
        Gandalf: 'You shall not pass' | Me to the 7th 'Buy Now Pay Later' popup today 🧙‍♂️
        When the group project partner says 'I'll do it tonight' and it's 11:59pm 😀🔫 #uni #procrastination
        this cat at 1.2M views just staring at a cucumber is all of us on Monday 🐈🥒
        The Doge meme turning 13 this year is making me feel ancient 🐕 RIP Kabosu 🕊️
    """),
    ("zh-Hans", "xiaohongshu_note"): _lines("""
        家人们谁懂啊😭 周杰伦演唱会上海站加场了！！8月16日梅赛德斯奔驰文化中心，抢票链接看官方微博 #周杰伦 #演唱会
        姐妹们这个粉底液真的绝绝子✨ 色号N20 油皮亲妈，官方旗舰店现在满299减50，不是广子！
        打卡上海武康路🍂 武康大楼拍照机位在淮海中路1842号对面，早上8点前人最少📸 #citywalk
        踩雷预警⚠️ 某家网红奶茶 订单号 2025110812345678 退款拖了15天，客服热线 400-820-3355 一直占线 气死
        被问爆的同款帆布包👜 链接放不了，搜店铺名'小野森林'就行，款号 XYSL-0923 米白色
        第一次去长沙🌶️ 茶颜悦色五一广场店排了40分钟，绝了！文和友在湘江中路二段36号 #长沙旅游攻略
        考研上岸经验贴📚 英一82 政治71 数一128，用的是张宇和肖秀荣的书，不接受私信求资料哈
        杨幂新剧造型好绝💄 同款口红是某大牌999色号，专柜价 ¥350，平替 ¥39 链接评论区自取
        猫咪绝育后护理攻略🐱 术后7天别洗澡，伊丽莎白圈一定要戴，医院收费大概 ¥800–1500 不等
        救命 这个bug太好笑了😂 微信版本 8.0.50 朋友圈点赞会重复显示，已反馈官方客服 95017
        谷爱凌同款滑雪服找到了⛷️ 品牌官方旗舰店有货，尺码偏大一号，价格 ¥2899
        手机号已打码 138****5678 别再私信问我要联系方式了🙅‍♀️ 有问题评论区问就好
        深圳湾公园看日落🌅 地铁2号线登良站D出口步行15分钟，周末人巨多建议工作日来
        #OOTD 今日穿搭🧥 外套 ZARA ¥599 / 裤子 优衣库 ¥199 / 鞋 NB530 ¥699 身高165体重50参考
    """),
    ("zh-Hans", "weibo_post"): _lines("""
        #王一博# 新剧定档官宣🎉 1月18日晚8点独播，今晚超话签到冲啊！
        【官方通告】本次演唱会门票仅通过官方渠道销售，黄牛票无法入场，消费投诉请拨打 12315。
        航班 CA1831 北京—上海 因天气原因延误，航空公司客服 95583 已开通免费改签。#航班延误#
        转发这条锦鲤🐟 抽3位送iPhone 17，12月25日开奖 @微博抽奖平台
        刘翔在微博晒出2004年雅典奥运会夺冠照，配文'21年了'，网友：青春回来了😭
        今日热搜：#大熊猫花花生日# 花花又长大一岁啦🐼 基地官方直播间人数破百万
        【紧急提醒】近期有人冒充快递客服以'理赔'为由诈骗，请认准官方客服电话 95311，不要点击陌生链接！
        易烊千玺新电影票房破10亿🎬 上映第9天，评分9.1 #易烊千玺#
        梅西中国行 杭州站官宣❗ 3月26日 黄龙体育中心，开票时间另行通知
        哪吒那句'我命由我不由天'每次都燃到哭😭 #哪吒之魔童降世#
        地铁10号线今晚23:00起临时停运检修，请乘客提前安排出行 @上海地铁shmetro
        某品牌回应'充电宝召回'事件：批次号 PB2024-07A 至 PB2024-09C 可免费更换，登记网址 recall.example.cn
    """),
    ("zh-Hant", "dcard_threads"): _lines("""
        #心情 周杰倫台北大巨蛋場次加開了！！12/27 晚上7點半，大家一起搶票😭
        原PO 實測這家迪化街的布丁好吃到哭🍮 地址台北市大同區迪化街一段32號，週一公休
        Threads 上那個 i人vs e人 的迷因笑死我了😂 e人：'我到了' i人：'我已經在門口站了15分鐘'
        五月天阿信在演唱會上說'今天是最後一次在小巨蛋唱這首歌'，全場一起大合唱真的超感動🎤
        台北捷運公告：跨年夜淡水信義線延長營運至隔日凌晨2點 🚇 #2026跨年
        推薦墾丁這間民宿🏖️ 官方LINE帳號 @kentingstay 訂房比較快，一晚NT$3,200含早餐
        Dcard 客服公告：請勿在文章留言公開你的電話或身分證字號，發現會直接隱藏處理 🙏
        林書豪在IG發文宣布退休，留言區全是'謝謝你 Jeremy'🏀 Linsanity 永遠的回憶
        香港迪士尼跨年煙花📣 12月31日 23:55 開始，入場需預約，票價 HK$639起 #香港好去處
        統一發票 11-12月 特別獎號碼 91264073 開獎囉🧾 大家快去對！
        #美食 旺角這間車仔麵 HK$48 三餸，地址旺角西洋菜南街78號地舖，排隊20分鐘但值得🍜
        戴資穎賽後在FB發文'謝謝台灣的加油聲'，小戴真的是羽球界的驕傲🏸❤️
    """),
    ("ms", "facebook_tiktok"): _lines("""
        Weh korang!! Dato' Siti Nurhaliza buat konsert kat Axiata Arena 14 Feb ni 😍 tiket mula RM198, jom geng! #SitiNurhaliza
        Pengumuman rasmi 📢 Pusat Servis Pelanggan kami boleh dihubungi di 1-300-88-5566 (Isnin–Jumaat 9pg–6ptg). Jangan layan mesej dari nombor peribadi ya!
        Gila best nasi lemak ni 🔥 Kedai Mak Cik, Lot 12 Jalan Tun Razak, buka 6pg–11pg. RM8.50 dah dapat ayam goreng berempah 🍗
        Siapa nak join #CabaranRaya2026 kat TikTok? Guna lagu 'Balik Kampung' Sudirman, tag kami @rayamy_official 🎶
        Pesanan no. MY2412038847 dah sampai tapi kotak penyek 😭 Dah report kat app, admin kata refund dalam 3 hari bekerja.
        Lee Zii Jia menang final! 🏸🇲🇾 Bangga gila jadi rakyat Malaysia malam ni #LeeZiiJia #BadmintonMalaysia
        Meme of the day 😂 'Bila mak tanya dah solat ke belum' vs 'Bila cikgu tanya dah siap homework ke belum' — muka sama je 🤣
        Program Derma Darah di Dewan Orang Ramai Seksyen 7 Shah Alam, Sabtu ni 9pg–3ptg. Bawa IC, jangan lupa sarapan dulu ya 🩸
        Khairul Aming buka kedai baru kat Kota Bharu?? Beratur dari subuh orang 😳 #SambalNyet
        PERHATIAN: Ada akaun TikTok palsu guna nama kami. Akaun sah hanya @kopiriang.official ✅ Laporkan akaun palsu ke support@example.com.my
        Jualan Mega 12.12 🛒 diskaun sampai 70%, kod baucar RIANG1212, had 1 penggunaan setiap akaun. T&C dipakai.
        Harimau Malaya menang 3-1 lawan Thailand 🐯⚽ Stadium Nasional Bukit Jalil penuh dengan penyokong! #HarimauMalaya
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        happy 30th to my bestie Chloe Tan Hui Min 🎂🥂 remember when we shared that tiny flat at Blk 412 Tampines St 41 #08-233? ily forever
        Lost my wallet at Jewel yesterday 😭 NRIC S8734215H, name Marcus Lim Wei Jie — if found pls DM or call 9127 4583 🙏
        To whoever in unit #05-112 of Blk 31 Holland Close owns the blue Honda SKP 6093 H — stop parking in the loading bay 😤 #neighboursfromhell
        Prayers for my dad Tan Ah Kow 🙏 he had a second stroke last night and is in ICU at Tan Tock Seng, ward 6B. No calls pls, just texts to 8736 2015
        Concert ticket resale 🎫 PayNow to 9608 3172 (Rachel Ong), send the screenshot then I'll transfer it on Ticketmaster
        @jerrylow_ bro your ex literally posted your Telegram @jerrylow_97 and your flat in Bishan St 22 in her Story 💀 change everything
        congrats Dr. Nur Farhana Ismail on passing your MRCP!! 🥳 couldn't have done it without those late nights in the KKH call room 🩺
        throwback to our wedding 💍 Jonathan Wee & Mei Ling Koh, 14.02.2021, St Andrew's Cathedral — 5 yrs and counting 🥹
        Small biz owner here 🧁 orders via WhatsApp +65 9481 2260 (my personal line, ask for Sherry Yeo), self-pickup at Blk 156 Bukit Batok St 11
        Guess who finally got her HK permanent ID 🎉🇭🇰 Kiki Chan Wing Yan, K538204(1), 7 yrs of waiting lol (pls don't steal my identity 😂)
        Moved to Amsterdam! 🇳🇱 New address for Christmas cards: Sophie van der Berg, Prinsengracht 418-2, 1016 HV Amsterdam 💌
        Selling my Eras Tour ticket 🎟️ Sec 211 Row 14, bought under Lukas Brenner, passport C4F7K2R91 needed for the name change, IBAN DE44 5001 0517 5407 3249 31
        FOUND: a kid's water bottle at East Coast Park labelled 'Ethan Goh P3 Tao Nan School, mummy 9734 1186' 🥤 contact me to collect
        my colleague Priya Raghavan from the Jurong East branch just got diagnosed with lupus 💜 she asked us to share the meal train sign-up, pls help
        lol my mum Jasmine Lee posted a screenshot with my whole NRIC T0412876H on her FB 😭 mum if ur reading this pls delete
    """),
    "zh-Hans": _lines("""
        求助🆘 我妈王秀兰 今年58 刚确诊乳腺癌二期 在复旦肿瘤医院排化疗 有没有姐妹有经验可以分享一下😭
        寻人启事🙏 李建国 男 72岁 有阿尔茨海默症 昨天下午在杭州西湖区文三路走失 身穿灰色夹克 有线索请联系女儿 139 1728 4653
        曝光这个骗子‼️ 张浩 微信号 zhanghao_8866 身份证 440306199508225612 借了我两万不还 大家擦亮眼睛
        同款不挂链接了 想要的加我vx: lily_lin0317 备注小红书 ✨
        深夜emo😔 前男友陈宇航 在北京朝阳区望京SOHO T2上班 还背着我送的那个包 #分手日记
        昨晚在成都春熙路被一辆白色特斯拉 川A·5F7K2 刮了就跑 有没有家人看到 行车记录仪求分享🚗
        宝宝出生啦👶 刘子涵 2025年11月3日 3.4kg 广州妇幼天河院区 感谢各位亲友的祝福❤️
        帮朋友转💰 她爸爸赵德明 肝癌晚期 水滴筹已经停了 私下可以转她的工行卡 6222 0212 0304 5567 891 户名赵静
        快递一直没到😡 收件人周晓燕 电话 15821936704 地址 南京市鼓楼区汉中门大街145号3栋1202室，客服查一下行不行
        留学生回国🇨🇳 护照 E87342196 在机场丢了 名字 孙梦琪 如果有人捡到请联系 QQ 2817463059 万分感谢
        我老公吴志强 又喝醉了回家打人 我们住武汉洪山区光谷世界城旁边那个小区 姐妹们我该怎么办😭
        毕业典礼🎓 恭喜我家弟弟黄俊杰 浙江大学计算机系 学号 3190105827 顺利毕业 家里终于出了个程序员😂
        健身房认识的帅哥 何嘉伟 185 在深圳南山海岸城那家当私教 有人认识吗 想要联系方式🥺
    """),
    "zh-Hant": _lines("""
        #感情 我前男友林冠宇 LINE ID: kuanyu0812 到處跟人借錢 高雄左營的朋友小心🙏
        我阿嬤陳罔市 有失智症 今天早上在台中北屯區走失 穿紅色外套 有看到請撥 0928-417-365 拜託大家幫忙分享🙏
        蝦皮賣家詐騙‼️ 匯款帳號 中國信託 822-901540387215 戶名 黃志明 已經報警了 大家不要再被騙了
        恭喜我表妹吳佩珊 考上台大醫學系🎉 北一女第一名畢業 家族之光✨
        求助🙏 我個女張凱晴 12歲 今日放學冇返屋企 最後見到喺沙田新城市廣場 著藍色校服 有消息請打 9436 2178
        急徵室友🏠 台北市大安區和平東路二段96巷17號4樓 月租 NT$9,500 聯絡 Jessica 0975-226-183
        辦護照要填緊急聯絡人 我就填我媽郭美玲 身分證 A223587147 結果她問我為什麼要她的資料😂
        Threads 上有人偷用我的照片開假帳號 我本人是 @evelyn.hsu_tw 真名許家瑜 住新竹 大家幫我檢舉🙏
        我同事 Kelvin 何志豪 確診抑鬱症請咗長假 公司（九龍灣嗰間保險公司）啲人仲喺度講佢是非 真係好過分
        國道一號 白色 Altis 車牌 BKR-6032 一直逼車還比中指🖕 住桃園的應該認得出來 行車紀錄器影片已上傳
        我老豆梁國華 噚日喺氹仔跌親 入咗山頂醫院骨科 大家有冇推介嘅跌打師傅 WhatsApp 我 6128 4307
    """),
    "ms": _lines("""
        Sape kenal budak ni? Nama Amirul Hakim bin Rosli, IC 990314-10-5527, hutang RM3,000 dengan aku sampai sekarang tak bayar 😡 #viral
        Tolong share 🙏 adik saya Nurul Syafiqah binti Ahmad Fauzi, 16 tahun, hilang sejak semalam sekitar Seksyen 13 Shah Alam. Hubungi 017-382 5604
        Sumbangan untuk keluarga arwah Encik Razak bin Othman 🤲 anak dia yang tanggung semua kos hospital. Maybank 1140 2233 8871 a/n Nur Aisyah binti Razak
        Jual kek lapis Sarawak 🍰 order WhatsApp Kak Ros 011-2748 3921, pickup rumah No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam
        Tahniah Dr. Hafiz Zulkifli atas kelahiran anak sulung, Muhammad Aryan, 2.9kg di Hospital Pakar Damansara semalam 🥰
        Kereta Myvi putih WXY 8274 langgar lari kat Jalan Ampang pukul 11 malam tadi, ada sesiapa ada dashcam? 🙏🚗
        Kawan aku Farah Wahida kena kanser tahap 3, dia segan nak minta tolong. Kalau nak bantu, akaun CIMB 7064 1928 35 atas nama dia 💔
        Geram betul!! Suami Kak Yati rumah sebelah, Lot 1208 Kampung Baru Sungai Buloh, pukul anak dia lagi malam tadi. Aku nak report tapi takut 😢
        Bestie aku Siti Khadijah binti Mohd Noor baru dapat result SPM 9A+ 🥳 budak SMK Seri Putri, memang genius
        Nak claim insurans tapi agent aku Encik Rahman Yusof (019-663 2185) tak angkat call dah seminggu. Sape ada agent lain nak recommend?
        Abang saya Muhammad Danial, FIN G5583012L, kerja kat Tuas 🇸🇬 — kad dia hilang dalam MRT semalam, kalau jumpa PM saya ye
        Passport saya A38291746 dah expired, nama Nur Hidayah binti Kassim, renew kat UTC Pudu boleh walk-in tak? 🛂
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write an IG caption for my grandma's 90th birthday? 🎂"),
        ("assistant", "Of course! Tell me a bit about her — what she loves, any inside jokes?"),
        (
            "user",
            "Her name is Lim Siew Eng, she lives with us at Blk 208 Serangoon Central #11-47, she's had diabetes for 20 years but still sneaks kaya toast every morning lol",
        ),
    ],
    [
        ("user", "帮我写一条小红书笔记 推荐我家楼下的猫咖"),
        ("assistant", "好的！可以告诉我店名、位置和你最喜欢的点吗？"),
        (
            "user",
            "店名叫'喵了个咪'，在杭州滨江区江南大道3880号，老板是我表姐徐静怡，她私人电话 186-2173-4059，可以写上让大家预约",
        ),
    ],
    [
        ("user", "Tolong buat caption TikTok untuk video majlis kahwin adik aku"),
        ("assistant", "Boleh! Siapa nama pengantin dan bila majlisnya?"),
        (
            "user",
            "Nurul Ain binti Zakaria dengan Haziq Firdaus, 12 Disember, kat rumah kami No. 7 Jalan Kenanga 2, Taman Melawati, KL. Nak tag IG adik aku @ainzakaria_ sekali",
        ),
    ],
    [
        ("user", "我想在 Dcard 發文找我高中同學"),
        ("assistant", "可以幫你寫！記得不要公開太多個人資料喔。你想找的人有什麼線索？"),
        (
            "user",
            "她叫蔡宜蓁，2012年台南女中畢業，聽說現在在新竹科學園區上班，以前住台南東區長榮路一段85巷，我的 LINE ID 是 yuting0520",
        ),
    ],
    [
        ("user", "Write a Facebook post asking people to help find my lost dog 🐶"),
        (
            "assistant",
            "Sorry to hear that! What's the dog's name and breed, where was she last seen, and how should people reach you?",
        ),
        (
            "user",
            "Her name is Mochi, white Shiba, last seen near Holland Village. I'm Daniel Koh, call 9012 3387 or come by 51 Jalan Merah Saga #02-15",
        ),
        (
            "assistant",
            "Got it — here's a draft: 'MISSING: Mochi, a white Shiba Inu, last seen near Holland Village…'",
        ),
        ("user", "also add that she's microchipped, chip no. 985141002637455"),
    ],
    [
        ("user", "my friend keeps getting hate comments on her IG, how do I report them?"),
        (
            "assistant",
            "You can report each comment via the three-dot menu → Report, and she can turn on Hidden Words in Privacy settings. Want a step-by-step?",
        ),
        (
            "user",
            "yes pls. her account is @wingyan.eats, real name Cheung Wing Yan, and one troll even posted her HKID Y127639(3) and that she's on antidepressants 😡",
        ),
    ],
    [
        ("user", "微博上有人冒充我 怎么投诉"),
        ("assistant", "可以在对方主页右上角点“投诉”，选择“冒充他人”，并按提示提交身份证明材料。"),
        (
            "user",
            "我需要上传身份证吗 我叫郑雨桐 身份证号 330106199309264823 手机 13862047591 这些都要填吗",
        ),
    ],
    [
        ("user", "Boleh tolong tulis ucapan hari jadi untuk FB page kedai kami?"),
        ("assistant", "Boleh! Kedai apa dan untuk siapa ucapan tu?"),
        (
            "user",
            "Untuk pekerja kami, Kak Salmah binti Idris, dah 10 tahun kerja dengan kami. Dia baru lepas operasi buang rahim bulan lepas, jadi nak ucap semoga cepat sembuh sekali",
        ),
    ],
    [
        ("user", "I'm selling my Coldplay ticket on Carousell, can you help word the listing?"),
        (
            "assistant",
            "Sure — include the section, row, price and transfer method. Avoid posting the ticket QR code.",
        ),
        (
            "user",
            "Cat 2 Sec 216, $248, meet at Tampines MRT. Ticket is under Melissa Chua, NRIC S9021564G — buyer needs to match the name for entry right?",
        ),
    ],
    [
        ("user", "幫我寫個 IG story 宣傳我屋企人開嘅糖水舖"),
        ("assistant", "好呀！舖名、地址同招牌甜品係咩？"),
        (
            "user",
            "舖名叫「陳記糖水」，喺深水埗桂林街88號，係我阿爸陳國雄開㗎，佢做完心臟搭橋手術之後都照開舖，大家多多支持🙏",
        ),
    ],
]
