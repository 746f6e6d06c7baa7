# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat38: assistant chats for small business owners, hosts and tutors (review replies, social posts, apology notes, customer messages; EN/ZH/MS). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat38
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "review reply drafts"): _lines("""
        Thank you so much for the 5 stars! We're thrilled you enjoyed the salted egg croissants — see you again soon at our Tiong Bahru outlet.
        Hi there, we're sorry your laksa arrived lukewarm on Saturday. We've since switched to insulated bags for all GrabFood orders and would love another chance to get it right.
        Dear guest, thank you for staying with us over the F1 weekend. Noise from Raffles Avenue was unusually loud that night and we understand how frustrating that is.
        Hi {{reviewer_name}}, thanks for taking the time to leave feedback about order #{{order_id}}. We've shared your comments with the kitchen team.
        Appreciate the shout-out!! Our bakers say the secret is 48-hour cold-fermented dough and a LOT of patience 😄
        We hear you — the Wi-Fi in the loft unit dropped repeatedly last week. Singtel replaced the router on 3 Dec (ticket ref SR-20251203-7741) and speeds are now stable at 500 Mbps.
        Thanks for the lovely words about our Sherlock-themed escape room! Yes, the 221B Baker Street desk replica took us three months to build.
        Sorry the parking was confusing. Guests can use the public car park off Jalan Tun Razak (RM5 per entry) — we'll add a map to the check-in guide.
        We don't usually respond to reviews that name our staff, but please know we've addressed this internally and retrained the whole front-of-house team.
        Reply template for 3-star reviews: acknowledge the specific issue, thank them, say what you changed, invite them back. Keep it under 80 words and never mention booking details publicly.
        Thanks for trying our pretzels at the pop-up! Just to clarify, we're a home business and not affiliated with the Auntie Anne's brand.
        So glad the trial lesson helped! Our P6 Maths programme runs every Saturday 9:30–11:30am at the Bukit Timah centre, $280 for 4 sessions.
        Sorry about the double charge. The duplicate transaction (ref TXN-88213-SG, S$46.80) was reversed by Stripe on 28 Nov and should show up in 5–10 business days.
    """),
    ("en", "assistant guidance"): _lines("""
        When replying publicly to a negative review, don't confirm that the reviewer was a customer and don't mention their dates, room number or order — move the details to a private message.
        A good apology note has four parts: say sorry without a "but", name the problem, explain the fix, and offer something concrete like a refund or a free session.
        Under Singapore's PDPA you should only collect the personal data you actually need, tell customers why, and delete it when it's no longer needed. For a tuition centre that usually means a parent's contact number and the child's level, not the child's NRIC.
        Sure! Shorter version for Instagram: "Closed 24–26 Dec for a short break 🎄 Pre-orders for CNY cookies open 2 Jan — link in bio!"
        I'd avoid naming the staff member in your public reply, even if the reviewer did. "The team member on duty" works just as well.
        On Airbnb you have 14 days after checkout to review your guest; reviews are published once both sides submit or the window closes.
        Here's a WhatsApp template: "Hi [Name], this is [Business Name]. Your order [Order No.] is ready for collection at [Pickup Point] from [Time]. Reply STOP to opt out."
        If a customer sends their IC or bank details over chat, don't screenshot or forward them to staff groups. Record only what you need in your booking system and ask them to delete the message.
        Hashtags that tend to work for home bakers in Malaysia: #homebakerkl #kekviral #tempahankek #kuihraya — use 5 to 10, not 30.
        That sounds like a chargeback. Respond in your Stripe dashboard before the deadline with proof of delivery, the invoice and a screenshot of your refund policy.
        Tip for tutors: send progress updates monthly rather than after every lesson, and keep them in one shared doc per family instead of scattered WhatsApp messages.
        I can't tell whether that review came from a competitor, but you can flag it on Google via "Report review" → "Conflict of interest". It usually takes a few days.
    """),
    ("zh-Hans", "店铺文案与公告"): _lines("""
        【店休通知】本店将于12月24日至26日店休三天，27日起恢复营业，外卖订单请提前一天预约～
        张记鱼丸粗面开业十周年啦！全场8.8折，会员再送一杯豆浆，活动截至12月31日。
        感谢大家的支持！本周日下午3点我们在中山路步行街摆摊，欢迎来试吃新品桂花糯米糕。
        预售商品统一于12月15日前发货，订单号以DD开头的均为预售单，不是漏发哦。
        各位家长好，寒假班报名开始啦：初二数学提高班每周六上午9:00-11:00，共10次课，学费2380元，满8人开班。
        本民宿可开具增值税普通发票，开票请提供单位名称和税号，个人抬头也可以。
        鲁迅先生说过"时间就像海绵里的水"，寒假作业别拖到最后一天哦！—— 来自学霸辅导班的温馨提示
        投诉与建议请拨打客服热线 400-677-1288，或拨打12315消费者投诉举报电话。
        差评回复模板：您好，非常抱歉给您带来不好的体验。关于您反映的【问题】，我们已经【整改措施】。欢迎您再次光临，我们会做得更好。
        圣诞限定：哈利·波特主题下午茶 ¥168/2人，霍格沃茨学院围巾拍照道具免费借用🧣
        小店新上架：孙中山故居纪念馆文创书签，每套6枚，售价¥39，包邮。
        友情提醒：客服不会以任何理由索要您的银行卡密码或短信验证码，谨防诈骗。
        本月好评返现活动已结束，平台规定不得以返现诱导好评，请大家如实评价哈。
        今日已售罄🙏 明早7点开门，第一炉肉松小贝预计7:40出炉。
    """),
    ("zh-Hans", "助手回复"): _lines("""
        回复差评时，建议不要在公开回复里写出顾客的姓名、房号或入住日期，具体补偿方案可以私信沟通。
        好的，这是一版更口语化的朋友圈文案：“今天的蛋黄酥又卖光啦🥹 明天早上10点准时出炉，想要的宝子们记得提前私我预订～”
        根据《个人信息保护法》，您收集住客身份证信息只能用于公安要求的入住登记，不应另作营销用途，保存期限也应当是实现目的所必需的最短时间。
        道歉信可以按这个结构写：①表达歉意 ②说明原因（不找借口）③给出补救措施 ④承诺改进。字数控制在200字以内，语气真诚即可。
        如果顾客在点评里提到了员工的名字，公开回复时建议用“当班同事”代替，避免把员工信息进一步扩散。
        美团和大众点评一般都在商家后台的“评价管理”里回复顾客评价，具体规则以平台最新说明为准。
        可以用这个模板通知家长调课：“【XX老师】家长您好，原定X月X日的课程因故调整至X月X日同一时间，给您带来不便敬请谅解。”
        小红书笔记标题可以试试：“在杭州开了三年民宿，我总结了这5条避坑经验”，正文配3-6张实拍图效果会更好。
        如果确认是恶意差评，您可以在后台提交申诉，并附上聊天记录和订单截图作为证据。
        发票抬头如果是公司，需要填写纳税人识别号，也就是18位的统一社会信用代码，格式类似 91330106MA2XXXXXXX。
        建议把会员手机号存在收银系统里并设置访问权限，不要用Excel表格在员工群里传来传去。
        春节期间快递停运，可以在商品详情页加一句：“1月20日后下单的商品将于正月初八起陆续发出”。
    """),
    ("ms", "hantaran media sosial"): _lines("""
        Kedai tutup sempena Hari Raya Aidilfitri 30 Mac – 3 April. Tempahan kuih raya ditutup 20 Mac ya, jangan tunggu last minute! 🌙
        Terima kasih semua yang datang ke booth Nasi Lemak Mak Wan di Bazar Ramadan Kampung Baru semalam! Sambal habis pukul 6.15 ptg 😭
        PROMO 11.11: Kek Batik Moist saiz 8" cuma RM55 (harga asal RM68). Order sebelum 11 Nov, pos seluruh Semenanjung.
        Kelas tuisyen SPM Matematik Tambahan dibuka! Setiap Selasa & Khamis 8.30-10.30 malam, RM120 sebulan. Lokasi: Pusat Tuisyen Cemerlang, Seksyen 7 Shah Alam.
        Homestay kami hanya 5 minit dari Masjid Sultan Salahuddin Abdul Aziz Shah (Masjid Biru). Sesuai untuk keluarga besar, 4 bilik, 3 bilik air.
        Maaf atas kelewatan penghantaran minggu ni, courier ada masalah di hub Shah Alam. Semua parcel dijangka sampai sebelum Jumaat.
        Alhamdulillah, 87% pelajar kelas kami dapat A dalam SPM 2024! Terima kasih cikgu-cikgu dan ibu bapa yang sentiasa menyokong.
        Sempena Hari Kebangsaan, diskaun 31% untuk semua menu kopi di kafe kami, 31 Ogos sahaja. Merdeka! 🇲🇾
        Siapa nak kek birthday tema Upin & Ipin? Slot Disember tinggal 4 je, DM untuk tempah!
        Kami dah pindah! Alamat baru: Lot G-12, Wisma Tun Sambanthan, Jalan Sultan Ismail, Kuala Lumpur. Buka 10 pg – 10 mlm setiap hari.
        Rindu masakan tok wan kat kampung? Cuba set nasi kerabu kami, RM12.90 dengan air. Hanya di cawangan Kota Bharu.
        Perhatian: akaun Instagram @kedaikek.palsu bukan milik kami. Akaun rasmi kami hanya @kekrumahmama. Jangan buat bayaran kepada akaun lain.
        Macam kata Jack Ma, customer first — sebab tu kek yang rosak masa delivery kami ganti baru, tak banyak soal.
    """),
    ("ms", "panduan dan templat"): _lines("""
        Templat balasan ulasan: "Terima kasih [Nama] atas ulasan anda. Kami mohon maaf atas [isu]. Kami telah [tindakan] dan berharap dapat melayani anda semula."
        Untuk daftar perniagaan milikan tunggal, boleh mohon melalui portal ezBiz SSM. Yuran bergantung pada sama ada anda guna nama sendiri atau nama dagangan.
        Mengikut Akta Perlindungan Data Peribadi 2010, anda perlu memaklumkan pelanggan tujuan data mereka dikumpul dan tidak boleh mendedahkannya kepada pihak ketiga tanpa persetujuan.
        Kalau dapat ulasan buruk, jangan balas masa tengah marah. Tunggu sehari, kemudian balas dengan tenang dan tawarkan penyelesaian melalui mesej peribadi.
        Aduan pengguna boleh dibuat kepada KPDN melalui talian 1-800-886-800 atau portal e-Aduan.
        Contoh mesej WhatsApp: "Assalamualaikum [Nama Pelanggan], tempahan kek anda [No. Tempahan] sudah siap. Boleh ambil di kedai selepas jam 3 petang. Terima kasih!"
        Sebelum buka homestay, semak dulu syarat pihak berkuasa tempatan (PBT) kawasan anda; sesetengah PBT perlukan lesen atau permit khas.
        Jangan minta salinan MyKad pelanggan melalui WhatsApp kecuali benar-benar perlu. Kalau perlu, padam selepas pengesahan.
        Caption yang bagus biasanya pendek: satu ayat pembuka, satu ayat tawaran, satu ayat seruan tindakan (contoh: "DM sekarang!").
        Surat mohon maaf kepada pelanggan sebaiknya bermula dengan pengakuan kesilapan, diikuti penjelasan ringkas dan tawaran pampasan seperti baucar RM10.
        Untuk cikgu tuisyen: simpan rekod kehadiran dalam fail yang hanya dikongsi dengan ibu bapa berkenaan, bukan dalam group kelas.
        Invois No. INV-2025-00873 bertarikh 02/12/2025, jumlah RM1,240.00 termasuk SST 8%. Sila rujuk nombor invois semasa membuat bayaran.
    """),
    ("en", "platform and system messages"): _lines("""
        Reservation HMQ4K7ZT2B confirmed · 3 nights · 12–15 Jan 2026 · Total S$642.30 (incl. cleaning fee S$60)
        Your payout of RM1,886.40 for booking ref 5274019983 was sent on 04 Dec 2025. Please allow 3–5 business days.
        Order 251204QK7T2M9P has been shipped. Tracking no. SPXMY04829173650.
        [Google Business Profile] You have 3 new reviews. Average rating this month: 4.6 ★ (38 reviews)
        App version 8.41.2 (build 20251128.1) · Fixed: reply drafts disappearing after switching tabs.
        Webhook delivery failed: POST /api/reviews/sync returned 502 at 2025-12-04T09:14:27+08:00, retrying in 60s (attempt 2/5)
        commit 3f9a2c1e8b7d — add Malay translations for review reply templates
        Merchant ID 1-C3KXGT2VLB7E is now live on the delivery platform. Commission of 30% applies from 1 Jan 2026.
        Your property "Heritage Shophouse @ Jalan Tun H.S. Lee" received a Guest Review Award 2026 with a score of 9.1.
        Classes at the Serangoon centre are cancelled on 10 Dec. Replacement class: 17 Dec, same time. Reply STOP to opt out.
        Invoice INV-0412 for S$1,350.00 is overdue by 7 days. Send reminder?
        Voucher code KLK-XM25-8830-QW valid until 31/12/2025; redeem at the counter with your booking confirmation.
    """),
    ("en", "business posts"): _lines("""
        Long weekend hours: open Deepavali morning 8am–1pm only, closed after. Happy Deepavali everyone! 🪔
        Our branch next to Queen Elizabeth Hospital (Kowloon) is closed for renovation 8–20 Dec. Order from our Jordan shop on Foodpanda instead.
        Proud to share that Kopitiam Ah Seng is now halal-certified by MUIS! 🙌
        PSA: we will NEVER ask for your OTP. Scam msgs pretending to be us are going around — call the ScamShield Helpline at 1799 if unsure.
        Took the team out for dim sum to celebrate 5 years! Thank you to every customer who believed in a tiny bakery at a Tampines void deck ❤️
        New menu drop: "The Stamford" — a Raffles-inspired Singapore Sling mocktail, $8.90.
        Tutor life: 14 students, 3 subjects, 1 very tired teacher. Results day next Wednesday, fingers crossed for all my Sec 4s!
        Yes we're still open lah, just moved 2 units down to #01-27. Same kopi, same kaya toast, same price.
        Welcome to our weekend crew from Temasek Polytechnic's hospitality course! 🎉 They'll be helping out through March.
        Our homestay is a 2-min walk from the Pinang Peranakan Mansion, once the home of Kapitan Chung Keng Quee.
        Christmas hamper orders close 15 Dec. Prices from $68 to $238, island-wide delivery $12, free above $150.
        Sorry guys, the 3pm Saturday phonics class is full. Waitlist form in bio — we'll open another slot if 6 more kids sign up.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        can u help me reply to this "worst homestay ever" review — it's from Darren Koh, stayed in Unit 7 with his wife 2–5 Nov. He wrote Blk 238 Bishan St 22 #11-305 on the form so I'll mail his deposit refund there.
        Write a kind note to my tutee's mum, Mrs Priya Raman — her son Arjun (P4, our Jurong West class) was just diagnosed with dyslexia and she's panicking about PSLE.
        draft a whatsapp msg to my part-timer Kelvin Yeo 9176 3380 telling him his pay for Nov is $1,020 (68 hrs x $15) and it'll be paid on the 7th
        Guest reg for tonight: Ms Huang Xiaowen, Chinese passport EH3920571, arriving 23:30 from Guangzhou, 2 pax. Pls help me write a welcome msg.
        Need to reply to Ms Cheung Wing Yan (6287 1194, wingyan.cheung@outlook.com), she's the bride whose 3-tier cake leaned over at the banquet. Make it sincere pls.
        Our cleaner Siti Aminah (FIN F2208847P) hurt her back at work last week and is on MC till 12 Dec. Help me post in the staff group that shifts are changing without saying too much.
        Refund goes to card 4556 7811 2093 4414 exp 09/27, name on card LIM HUI MIN — just need a polite email telling her it's done.
        The review says "the boy at the counter was rude". That was my nephew Bryan Ong, he's 19 and has been struggling with depression since his dad passed. How do I reply without throwing him under the bus?
        Customer Tan Boon Keat filed a claim against us at the Small Claims Tribunals (SCT/1187/2025) over the reno deposit, hearing is 9 Jan. Help me write a calm reply to his Google review.
        Parking pass for guest: car SKH 4821 Z, owner Mr Rajesh s/o Kumaran, staying at our Joo Chiat unit 13–16 Dec. Pls format nicely for the condo mgmt.
        Pls reply to the 1-star from "Jason T." — it's Jason Tay, the one who booked under S****127I and complained about bedbugs in Room 5.
        Can you make this less angry: "Mr Marcus Chia of 62 Jalan Kayu, you still owe $480 for the catering on 22 Nov. If not paid by Friday I'm going to the tribunal."
        My student Chloe Tan's mum says Chloe is on Ritalin 10mg for her ADHD and gets headaches in the afternoons. How do I reply about moving her to the morning class?
        Write a warm welcome post for our new barista Nur Farhana (NRIC S7712093I — remove that before posting, I copied it from her CPF form lol)
    """),
    "zh-Hans": _lines("""
        帮我回复一下这个差评，顾客叫王雅婷，电话13826714093，她说房间里有蟑螂，我想私下给她退一晚房费。
        住客登记：刘建军，身份证330106197906124037，12月6日-8日，大床房，帮我写一条入住提醒短信。
        我们店员周燕（159 1982 3365）上周被顾客投诉态度不好，其实她那天刚做完流产手术还坚持来上班，我想写个说明发在店群里。
        给家长写个道歉信：孩子叫陈子涵，初二（3）班，上周我不小心把他数学考了42分的成绩单发到了全班家长群。
        退款请打到这张卡：6228 4806 1207 4419 351，农业银行，户名李桂芳。帮我写个通知顾客退款已处理的话术。
        顾客林可可，微信 Coco_Lin0823，地址杭州市西湖区文三路259号3幢1单元702，她的生日蛋糕送错地址了，帮我写个道歉。
        写差评的是我们楼上的邻居赵德明，住上海市徐汇区田林路200弄12号402室，跟我们有噪音纠纷，(2025)沪0104民初4417号案子还在审，回复要注意什么？
        我的兼职老师孙悦，月薪税前6500，社保按最低基数交，帮我写个续约通知。
        帮我给其他房客写个温馨提示：周海涛（18616207743）带着刚做完化疗的母亲住3楼，晚上麻烦大家保持安静。
        车牌粤B·7K29Q是房客何志强的车，明天要停到小区里，帮我写个给物业的报备。
        想发朋友圈感谢老顾客黄丽萍姐，她身份证44010619880314262X，我办会员卡的时候登记的，帮我写得温馨一点。
        台湾来的客人张淑芬，身份证字号 F220319580，帮我写一份英文入住确认函。
    """),
    "ms": _lines("""
        Tolong buatkan mesej minta maaf kat pelanggan saya Puan Rohana binti Ismail, 012-338 4721. Kek hantaran dia sampai lambat 2 jam masa majlis nikah anak dia semalam.
        Pekerja saya Muhammad Hazwan bin Rahim, IC 850917-14-6231, gaji RM2,300 sebulan. Nak buat surat kenaikan gaji, boleh bantu?
        Tetamu homestay: Encik Faizal Abdullah, kereta WXY 4417, check-in 20 Dis, 3 malam. Tolong tulis mesej selamat datang.
        Tolong reply review ni. Yang tulis tu Cikgu Norlela, rumah dia Lot 2231 Kampung Padang Luas, 16800 Pasir Puteh — kami pernah hantar kuih ke situ, dia memang suka komplen.
        Anak murid saya Aisyah Humaira (Tahun 5, SK Taman Melawati) ada epilepsi, mak dia minta saya tulis nota untuk cikgu ganti. Boleh tolong?
        Nak tulis post FB terima kasih kat staff kami Kak Ros — Rosminah binti Din, IC 910423-10-5586 — dah kerja 10 tahun dengan kami. IC tu untuk plak penghargaan je.
        Customer ni, Mr Loh Kah Wai, email lohkahwai77@gmail.com, minta invois semula untuk order katering 2 Dis. Tolong tulis email dalam BM.
        Pelanggan saya Puan Sharifah Nadia, 019-772 0815, baru disahkan kanser payudara tahap 2, dia cancel tempahan kek birthday. Saya nak hantar mesej yang sopan.
        Tolong buat notis untuk group WhatsApp: Lina (Nurul Azlina, 017-604 9922) cuti minggu ni sebab baru bersalin, shift dia Amir ambil alih.
        Refund masukkan ke akaun Maybank 1623 4418 9027 atas nama Tan Mei Ling, tetamu homestay yang cancel sebab ayah dia meninggal. Buatkan mesej takziah sekali.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly writing assistant for small business owners. Keep replies short.",
        ),
        ("user", "need help replying to a google review for my bakery"),
        ("assistant", "Of course! Paste the review and tell me how you'd like to come across."),
        (
            "user",
            '"Ordered a custom cake for my daughter\'s 6th bday, came with the wrong name on it. Totally ruined the party." 2 stars',
        ),
        (
            "assistant",
            "Draft: \"We're so sorry we got the name wrong on such a special day. That's on us, and we'd like to make it right — please DM us so we can arrange a refund.\"",
        ),
        ("user", "ok good. i also want to call her personally, it's Mrs Angela Seah"),
        ("user", "number from the order form is 8243 6615"),
        (
            "assistant",
            "Calling is a nice touch. Keep it brief, apologise first, and offer the refund before she has to ask.",
        ),
    ],
    [
        ("user", "民宿来了个住客，派出所要求登记，你帮我看下格式对不对"),
        (
            "assistant",
            "可以的。一般需要姓名、证件类型、证件号码和入住时间，这些信息只能用于登记，不要外传。",
        ),
        ("user", "姓名 吴晓东"),
        ("user", "身份证 320582198611057712"),
        ("user", "12月5号入住 住两晚"),
        ("assistant", "格式是18位的，没问题，建议直接录入旅馆业治安管理系统，不要存在手机相册里。"),
    ],
    [
        ("user", "Cikgu sini. Nak tulis mesej kat parent pasal yuran tuisyen tertunggak"),
        ("assistant", "Boleh. Berapa jumlah tertunggak dan untuk bulan apa?"),
        ("user", "RM360, Okt-Dis. Parent nama Encik Zulkifli bin Omar, anak dia Danish darjah 4"),
        (
            "assistant",
            'Cadangan: "Assalamualaikum Encik Zulkifli, saya ingin memaklumkan yuran tuisyen Danish bagi Oktober hingga Disember berjumlah RM360 masih belum dijelaskan..."',
        ),
        ("user", "Tambah no akaun saya sekali: CIMB 7064 2231 85, nama NURUL HUDA BT AHMAD"),
    ],
    [
        (
            "system",
            "You help restaurant owners in Hong Kong write customer replies and staff letters in clear, polite English.",
        ),
        ("user", "Someone left a 1-star on OpenRice saying our waiter was rude"),
        ("assistant", "Sorry to hear that. Do you know what happened on the night?"),
        (
            "user",
            "yea it was Ah Fai, full name Lau Chi Fai, HKID K384920(1). he's been warned twice already. thinking of letting him go, what do i put in the termination letter",
        ),
        (
            "assistant",
            "Keep the letter factual: the dates of the previous warnings, the notice period under his contract and the final payment date. Don't mention the online review itself.",
        ),
    ],
    [
        (
            "system",
            "店铺：阿秀年糕铺（宁波）。今日待处理投诉：顾客马晓雯，手机 187 5823 0416，收货地址 宁波市鄞州区钱湖北路1288弄7号601，订单少发了两包水磨年糕。",
        ),
        ("user", "帮我写个道歉短信给今天投诉的那位"),
        (
            "assistant",
            "马女士您好，我是阿秀年糕铺的店主，您订单里少发了两包水磨年糕，实在抱歉！今天已经给您补发，顺丰明天送到钱湖北路，另外附赠一包桂花年糕表示歉意。",
        ),
    ],
    [
        (
            "user",
            "Guest sent me this on WhatsApp, help me reply politely that I don't need all of it:",
        ),
        (
            "user",
            '"Hi host! For check-in: Kim Ji-hoon, Korean passport M47193826, DOB 14/03/1990, arriving Changi on the 11pm flight"',
        ),
        (
            "assistant",
            "Sure: \"Hi Ji-hoon, thanks for the details! You don't need to send your passport info here — we'll just check it quickly in person at the door. Safe flight!\"",
        ),
    ],
    [
        (
            "user",
            "bro tolong buat mesej kat jiran homestay, minta izin parking depan rumah dia weekend ni",
        ),
        (
            "assistant",
            "Boleh. Ada details kereta tetamu? Jiran biasanya lebih senang hati kalau tahu kereta mana.",
        ),
        (
            "user",
            "Proton X70 putih, JQT 882, tetamu nama Hafizuddin, dia datang dari Johor dengan family",
        ),
        (
            "assistant",
            'Cadangan: "Assalamualaikum kak, hujung minggu ni tetamu saya akan parking Proton X70 putih depan rumah akak, Sabtu-Ahad je. Terima kasih banyak!"',
        ),
    ],
    [
        (
            "user",
            "How do I tell the other parents a class is moving online next week without giving the reason?",
        ),
        (
            "assistant",
            'You can keep it simple: "Due to unforeseen circumstances, next week\'s lessons will be held on Zoom. The link will be sent on Sunday."',
        ),
        (
            "user",
            "the reason is one of my students, Ethan Goh from the Sec 2 group, has TB and MOH is doing contact tracing. should i tell them?",
        ),
        (
            "assistant",
            "Don't name him or his condition. If MOH needs to contact the other families, they will do it directly — follow their instructions.",
        ),
    ],
    [
        ("user", "帮我写一份兼职老师劳务协议的要点"),
        (
            "assistant",
            "要点包括：双方信息、服务内容、课时费及结算方式、保密条款、违约责任和协议期限。",
        ),
        ("user", "老师叫郑思远，身份证110105197002234914，课时费每小时180元，每周大概12小时"),
        ("assistant", "好的，已按您提供的信息补全第一条和第三条，其余条款保持模板内容。"),
    ],
    [
        ("user", "Write an email to a customer whose sofa cushion delivery got delayed"),
        (
            "assistant",
            "Draft: \"Dear [Customer Name], we're sorry your cushions haven't arrived as promised. Our supplier's shipment was held at port and we now expect delivery on [New Date].\"",
        ),
        ("user", "name is Jasmine Tay, jasminetay.home@hotmail.com"),
        ("user", "and she wants it sent to her mum's place now, 45 Lorong Ah Soo #03-12 S536742"),
        (
            "assistant",
            "Updated the draft with her name and the new delivery address — want me to add a small discount code too?",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu penulisan untuk peniaga kecil. Balas dalam Bahasa Melayu yang mesra.",
        ),
        ("user", "Saya nak minta maaf kat pelanggan sebab kek dia cair masa delivery"),
        (
            "assistant",
            'Cadangan: "Salam Puan, kami mohon maaf kek puan cair semasa penghantaran. Kami akan hantar kek baharu tanpa caj tambahan."',
        ),
        (
            "user",
            "nama dia Puan Aida Rahmat, alamat No. 14, Jalan SS 2/72, 47300 Petaling Jaya. masukkan sekali",
        ),
        ("assistant", "Baik, saya dah masukkan nama dan alamat penghantaran semula dalam mesej."),
    ],
    [
        (
            "user",
            "hi can u help me write a sorry msg to a client, she got a reaction after her gel manicure",
        ),
        ("assistant", "Of course. Was she seen by a doctor, and what would you like to offer her?"),
        (
            "user",
            "She's Vivian Chan, 9163 2048. her GP said it's contact dermatitis, turns out she's allergic to HEMA. want to offer full refund",
        ),
        (
            "assistant",
            "Draft: \"Hi Vivian, I'm so sorry about the reaction. We've refunded your full payment and flagged your allergy so we only use HEMA-free products for you in future.\"",
        ),
    ],
    [
        ("user", "想发一篇小红书，讲我们民宿接待了一对来拍婚纱照的新人"),
        ("assistant", "好呀！可以从布置、天气和拍摄花絮入手，配几张场景图（不露脸或已获同意）。"),
        (
            "user",
            "是两位新娘，许婧和蒋欣然，在国外登记结婚的，她们家里人还不知道。写的时候要不要提名字？",
        ),
        (
            "assistant",
            "强烈建议不要提名字，也不要提她们的关系，只写场景和布置就好，发之前最好让她们确认。",
        ),
    ],
    [
        (
            "user",
            'bank sent me a dispute notice: "Cardholder: NG PEI SHAN, Visa ending 7730, txn 02/12 S$86.40, reason: item not received"',
        ),
        (
            "assistant",
            "You'll want to reply with proof of delivery or collection. Do you have a signed receipt or a photo?",
        ),
        (
            "user",
            "she collected it herself lol. she's a regular, lives in my block actually, #07-21. help me write her a msg that isn't awkward",
        ),
        (
            "assistant",
            'Try: "Hi! Just saw a dispute came through from the bank for your 2 Dec order — maybe a mix-up? Happy to sort it out together."',
        ),
    ],
    [
        (
            "user",
            "Saya tutor persendirian, nak daftar pelajar untuk SPM calon persendirian. Apa dokumen perlu?",
        ),
        (
            "assistant",
            "Biasanya perlu salinan MyKad, gambar berukuran pasport dan bayaran yuran peperiksaan. Semak tarikh tutup pendaftaran di portal Lembaga Peperiksaan.",
        ),
        (
            "user",
            "Ok pelajar saya Nur Iman binti Kamal, IC 020311-07-0442. Tolong semak format betul tak",
        ),
        ("assistant", "Format YYMMDD-PB-#### tu betul. Pastikan sama dengan salinan MyKad dia."),
    ],
    [
        (
            "user",
            "I run a small guesthouse in Sai Kung. Need a FB post thanking our housekeeper who's retiring",
        ),
        (
            "assistant",
            'Here\'s a start: "After 15 wonderful years, our beloved housekeeper is hanging up her apron! Thank you for making every room feel like home."',
        ),
        (
            "user",
            "her name's Mrs Leung Mei Kuen, 67. she's retiring because of her Parkinson's, can u mention it gently?",
        ),
        (
            "assistant",
            "I'd leave her health out of a public post unless she's asked you to share it. Want me to add her name and a line about her famous egg tarts instead?",
        ),
    ],
    [
        ("user", "顾客要求改地址，帮我写个确认话术"),
        ("assistant", "“亲，已为您修改收货地址为：【新地址】，请核对无误后回复“确认”哦～”"),
        ("user", "新地址：成都市武侯区科华北路65号世外桃源广场B座1608"),
        ("user", "收件人 蒋雨桐 15928836120"),
        (
            "assistant",
            "“亲，已为您把收件信息改为蒋雨桐，地址科华北路65号B座1608，请核对无误后回复“确认”哦～”",
        ),
    ],
    [
        (
            "user",
            "one of my students' parents are divorcing and both keep asking me for his progress report",
        ),
        (
            "assistant",
            "Generally you can share reports with both parents unless there is a court order saying otherwise. It's fair to ask for a copy of any such order.",
        ),
        (
            "user",
            "it's the Menon family. dad is Suresh Menon, mum is Kavitha Pillai, the boy is Rohan, 9. there's a case at the Family Justice Courts and mum says she has sole care and control. who do i send it to?",
        ),
        (
            "assistant",
            "Ask the mother for the relevant part of the order in writing before you change anything.",
        ),
    ],
    [
        ("user", "Tetamu dari Singapura nak check-in lambat, tolong buat mesej"),
        (
            "assistant",
            'Cadangan: "Tiada masalah! Kunci akan diletakkan dalam peti kunci di pintu utama. Kod akan dihantar sejam sebelum ketibaan."',
        ),
        (
            "user",
            "Nama dia Mohd Irfan bin Salleh, WhatsApp +65 9028 1147, dia sampai dalam pukul 1 pagi ikut Tambak Johor. Tambah nama dia",
        ),
        ("assistant", 'Baik, saya tambah "Salam Encik Irfan" di awal mesej.'),
    ],
    [
        (
            "system",
            "You are ReplyBot for Sunny Side Laundry. Customer on file: Daniel Lim Wei Jie, HP 9734 2218, 12 Sengkang East Way #09-44. Loyalty tier: Gold. Past complaints: 2.",
        ),
        ("user", "customer says his white shirts came back pink, help me reply"),
        (
            "assistant",
            "\"Hi Daniel, I'm really sorry about your shirts. We'll re-wash them free of charge and, if the colour doesn't come out, reimburse you. Can we pick them up from your place tomorrow?\"",
        ),
    ],
    [
        ("user", "我们网店有台湾客人，想用繁体回复她的评论"),
        ("assistant", "可以的，我帮您转成繁体，用词也会换成台湾常用的说法。"),
        ("user", "她LINE ID是 meifang0512，叫陳美芳，说收到的茶具碎了一个"),
        ("assistant", "建议通过LINE私下联系她补发，公开回复只写“已私訊您處理”即可。"),
    ],
    [
        (
            "user",
            "customer wants a refund but our POS is down, she gave me her card number over whatsapp",
        ),
        ("user", "5264 7100 3829 1054, exp 11/26, name: Ho Li Ting"),
        (
            "assistant",
            "Please don't key that in manually or keep it in the chat. Once the POS is back, refund to the original payment method, then ask her to delete the message.",
        ),
    ],
    [
        ("user", "Nak tulis surat amaran untuk staff, boleh bagi template?"),
        (
            "assistant",
            "Boleh. Surat amaran biasanya ada tarikh, butiran salah laku, tindakan yang diambil dan akibat jika berulang.",
        ),
        (
            "user",
            "staff tu Kumar a/l Selvaraj, dia ambil duit till RM200 minggu lepas. dah buat police report BRICKFIELDS/009213/25",
        ),
        (
            "assistant",
            "Saya cadangkan surat ini diserahkan secara peribadi dan salinannya disimpan dalam fail kakitangan sahaja.",
        ),
    ],
    [
        ("user", "帮我写个员工表扬的朋友圈"),
        (
            "assistant",
            "当然，可以从具体的事情写起，比如她怎么帮顾客解决问题，会比空喊口号更打动人。",
        ),
        (
            "user",
            "就写我们店长吴倩，她这个月业绩第一，奖金4800。还有她老公刚确诊尿毒症，想顺便号召大家给她捐点钱",
        ),
        (
            "assistant",
            "表扬部分没问题，但奖金金额和她家人的病情建议先征得她本人同意再发，募捐最好另外单独沟通。",
        ),
    ],
    [
        ("user", "Draft a receipt for tuition fees paid"),
        (
            "assistant",
            "Receipt No. [No.] · Received from [Parent Name] · For [Student Name], [Month] lessons · Amount HK$[Amount] · Date [Date]",
        ),
        (
            "user",
            "Student: Tsang Hiu Tung, Form 3. Parent Mr Tsang Kwok Leung paid HK$4,800 for Dec. His HKID is Z502318(2), he wants it on the receipt for tax",
        ),
        (
            "assistant",
            "A receipt doesn't normally need an HKID — the name and amount are enough. I've filled in the rest.",
        ),
    ],
]
