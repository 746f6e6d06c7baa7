# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat63: chats asking an assistant to help write dating-app profiles and messages about oneself and one's matches. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat63
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bio-request"): _lines("""
        Write me a Hinge bio: I'm a 31-year-old engineer in Singapore, into bouldering, bad at cooking, looking for someone to try hawker stalls with. Keep it under 300 characters.
        Can you give me five answers for the Bumble prompt "My most irrational fear" that sound funny but not try-hard?
        I'm 28F, accountant, love durian and K-dramas, a bit of an introvert. Make my Tinder bio sound confident without sounding arrogant.
        Help me write a Coffee Meets Bagel profile for a divorced dad in his forties who wants something serious — use [Name] and [Kid's age] as placeholders so I can fill them in later.
        What should I NOT put in a dating profile? I keep seeing people post their workplace and full name and it feels risky.
        Write a dating profile for Mr Darcy from Pride and Prejudice as if he were on Hinge in 2026, it's for a book club joke.
        Turn this into a Hinge answer: "Typical Sunday: kopi at the void deck, long run along East Coast, nap, then regret not doing laundry."
        Give me three versions of a bio for someone who just moved to Kuala Lumpur for work and doesn't know anyone yet — playful, sincere and minimalist.
        Is it cringe to mention my MBTI (INFJ) and star sign in my profile? Rewrite my bio both with and without them.
        Write a sample profile for a 35-year-old nurse who works night shifts and can only date on weekday afternoons. No names please, I'll share it with colleagues as an example.
        My bio currently says "Here for a good time not a long time." Suggest alternatives that signal I actually want a relationship.
        How long should a Tinder bio be in 2026? The app still caps it at 500 characters, right?
        Write a bio that references Taylor Swift's Eras Tour without making it sound like being a Swiftie is my whole personality.
    """),
    ("en", "chat-advice"): _lines("""
        User: my match hasn't replied in 3 days, should I double text? Assistant: One light follow-up is fine — reference something from their profile and leave the door open, e.g. "Still thinking about that ramen place you mentioned — how was your week?"
        User: how do I ask someone for their number without being pushy? Assistant: After a few good exchanges, suggest moving to WhatsApp "if you prefer", and offer to share yours first rather than asking for theirs.
        User: is it safe to share my IG with someone I've only chatted with for a day? Assistant: It's usually better to wait; an Instagram account can reveal your workplace, friends and usual locations. Consider sharing it after a video call.
        User: what's a good first date in Singapore that isn't just drinks? Assistant: Try a walk at the Botanic Gardens or the Southern Ridges, a board-game café or a pottery trial class — low pressure and easy to leave early.
        User: She said she's "not looking for anything serious" — how do I reply if I am? Assistant: Be honest and kind: "Thanks for being upfront. I'm looking for something longer-term, so we might be on different pages — wishing you the best."
        User: how do I tell if a profile is a scammer? Assistant: Red flags include a quick move off the app, stories of being overseas (oil rig, army, UN doctor), refusing video calls, and any request for money, gift cards or crypto.
        User: write an opener for someone whose profile says they love hiking and dumplings. Assistant: "Important question: best post-hike dumplings — steamed or pan-fried? I'll judge your trail choices accordingly."
        User: how do I unmatch politely after one date? Assistant: "Hey, I enjoyed meeting you, but I didn't feel a romantic spark. Wishing you luck finding the right person!"
        User: what does "situationship" mean? Assistant: It's a romantic or sexual connection without agreed labels or commitment — more than friends, but not officially a relationship.
        User: can you check whether my match's photos are stolen? Assistant: I can't browse the web, but you can run a reverse image search with Google Lens or TinEye, and asking for a short live video call settles it quickly.
        User: my date wants to split the bill 50/50, is that rude in Malaysia? Assistant: Not at all — norms vary a lot now. If you'd rather treat on the first date, just say so warmly; otherwise splitting is perfectly normal.
        User: give me a message template to cancel a date because I'm sick. Assistant: "Hi [Name], I'm so sorry — I've come down with a fever and don't want to pass it on. Could we move it to [day]?"
        User: how did Lee Kuan Yew describe meeting Kwa Geok Choo at Raffles College? Assistant: In his memoirs he recalls her as the student who beat him in English and economics; they grew close later while both studying at Cambridge.
    """),
    ("en", "app-support"): _lines("""
        Receipt — Order ID GPA.3381-4726-9930-15562 | Tinder Gold, 1 month | S$29.98 | charged 03 Nov 2026 | Manage subscriptions in Google Play.
        Your report has been received. Reference: TS-2026-118842. Our Trust & Safety team reviews reports within 24 hours; for privacy reasons we can't tell you what action was taken.
        If you think you've been targeted by a love scam in Singapore, call the ScamShield Helpline at 1799 and lodge a police report online; contact your bank at once if money has already left your account.
        Malaysia's National Scam Response Centre (NSRC) can be reached at 997 — call immediately after an online romance-scam transfer so the funds can be traced.
        Photo verification: take a selfie copying the pose shown on screen. Your verification selfie is never shown on your profile and is deleted after review.
        Promo: use code LOVE2026 for 30% off Hinge+ for 3 months. Valid until 31 Dec 2026, new subscribers only, terms apply.
        What's new in v14.22.1: fixed a crash when uploading photos from iCloud; Travel Mode now lets you match in a city up to 7 days before you arrive.
        Case #CMB-49201-77 — status: resolved. The duplicate charge has been refunded to your original payment method; please allow 5-10 business days.
        Community guidelines: do not post another member's personal details (phone numbers, addresses, ID documents) in your profile or messages. Violations may lead to a permanent ban.
        Invoice INV-SG-2026-004519 | Premium matchmaking package (6 introductions) | S$1,890.00 incl. GST | Paid via PayNow | Thank you for choosing us.
        Hong Kong: if a match asks you to invest or transfer money, call the Anti-Deception Coordination Centre's Anti-Scam Helpline 18222 before doing anything.
        Fake profile report form — Profile name: [ ] / Approx. age: [ ] / Reason: [impersonation / scam / harassment] / Screenshots attached: [yes / no]
        Your Valentine's gift box (order #VD-88412) has shipped. Tracking number JNTMY600193728 with J&T Express; estimated delivery 12-14 Feb.
    """),
    ("zh-Hans", "profile-chat"): _lines("""
        帮我写一段探探自我介绍，90后，程序员，喜欢撸猫和徒步，不要太油腻。
        用户：第一次约会去哪里比较好？助手：建议选公共场所，比如咖啡馆、书店或者公园散步，时间控制在两小时内，方便彼此进退。
        相亲的时候对方直接问我月薪多少，怎么回答比较得体？
        帮我写一个Soul上的开场白，对方资料写着喜欢周杰伦和做饭。
        用户：怎么判断对方是不是杀猪盘？助手：常见特征包括很快要求加微信、自称投资高手、带你看"内部平台"、以各种理由让你充值转账。遇到可拨打96110反诈专线咨询。
        给林黛玉写一份现代相亲简介，要符合《红楼梦》里的性格，读书会做游戏用。
        我32岁女，国企上班，父母催婚，帮我写一段不卑不亢的相亲自我介绍，名字用"XX"代替。
        用户：约会后多久发消息合适？助手：当天晚上发一句"今天很开心，到家了吗？"就很好，没必要刻意等三天。
        珍爱网会员到期提醒：您的VIP服务将于2026年12月31日到期，续费请在App内"我的-会员中心"操作。
        帮我把"本人性格开朗，无不良嗜好"改得有趣一点，别那么像简历。
        第一次相亲见面要不要AA？帮我写一句委婉提出AA的话。
        用户：怎么拒绝第二次约会又不伤人？助手：可以说"和你聊天很愉快，但我觉得我们更适合做朋友，祝你早日遇到对的人。"
        订单号：202612051834420017｜商品：青藤之恋月度会员｜金额：¥68.00｜支付方式：微信支付｜状态：已完成
    """),
    ("zh-Hant", "profile-chat"): _lines("""
        幫我寫一段 Tinder 自介，香港人，做 finance，鍾意行山同煲劇，唔好太 cheesy。
        用戶：第一次約會應該去邊度？助手：揀人多嘅公眾地方，例如咖啡店或者海濱長廊，同埋預先話俾朋友知你去邊。
        幫我把 Pairs 的自我介紹改得自然一點：「我是一個喜歡旅行、美食跟貓的上班族。」
        用戶：對方成日叫我投資虛擬貨幣，點算？助手：即刻停止轉賬，可以打防騙易熱線 18222 查詢，同埋向平台舉報個帳戶。
        165反詐騙諮詢專線提醒：網路交友對象若要求匯款、代收包裹或投資，十之八九是詐騙。
        請用《神鵰俠侶》楊過的口吻寫一段交友軟體自介，要有點中二。
        交友軟體開場白怎麼寫才不會被已讀不回？給我五個例子。
        用戶：相親對象問我收入，我應該講實話嗎？助手：可以給範圍而不是精確數字，例如「收入穩定，足夠養活自己跟兩隻貓」。
        婚友社服務契約第七條：會員個人資料僅供媒合使用，未經會員書面同意不得提供予第三人。
        幫我寫一段拒絕第二次約會的LINE訊息，語氣要溫和，對方名字用〇〇代替。
        訂單編號 TW20261205-88316｜Omi 會員三個月｜NT$1,290｜已付款
        點樣喺 Coffee Meets Bagel 隱藏自己間公司個名？
        我係35歲離婚媽媽，想開始用交友app，點寫自介可以坦白又唔會嚇走人？
    """),
    ("ms", "profile-chat"): _lines("""
        Tolong tulis bio Tinder untuk lelaki 30-an yang suka memancing dan memasak, tapi jangan nampak terdesak sangat.
        Pengguna: Macam mana nak tahu match saya ni scammer? Pembantu: Hati-hati kalau dia cepat ajak pindah ke WhatsApp, tak mahu video call, atau minta duit untuk kastam. Hubungi NSRC di talian 997 jika wang sudah dipindahkan.
        Apa ayat pembuka yang sopan untuk aplikasi cari jodoh Muslim? Bagi lima contoh.
        Tolong buat templat biodata ta'aruf: Nama: [ ] | Umur: [ ] | Pekerjaan: [ ] | Negeri asal: [ ] | Hobi: [ ] | Harapan pada pasangan: [ ]
        Saya 26 tahun, cikgu sekolah rendah, suka membaca. Buat bio yang manis tapi tak terlalu panjang, tak payah letak nama.
        Pengguna: Patut ke saya beritahu gaji masa first date? Pembantu: Tak perlu. Lebih baik bincang nilai dan matlamat kewangan bila hubungan dah lebih serius.
        Tulis mesej untuk batalkan temu janji sebab hujan lebat, guna [Nama] sebagai tempat kosong.
        Tulis bio ala-ala Hang Tuah kalau dia guna aplikasi dating, untuk lawak dalam group kawan-kawan.
        Pengguna: Boleh ke guna Muzmatch tanpa gambar? Pembantu: Boleh, anda boleh kaburkan gambar dan hanya tunjukkan kepada match yang anda pilih.
        Resit: No. Pesanan MY-2026-77120934 | Langganan Premium 3 bulan | RM59.90 | Dibayar melalui FPX.
        Bagi ayat ucap selamat hari jadi kepada match yang baru kenal seminggu — jangan terlalu romantik.
        Macam mana nak cakap "saya nak kahwin dalam 2 tahun" dalam bio tanpa buat orang takut?
        Notis: Akaun anda digantung sementara berikutan laporan #RPT-559302. Sila hantar rayuan dalam tempoh 14 hari melalui Tetapan > Bantuan.
    """),
    ("mixed", "chat-advice"): _lines("""
        User: 帮我写个 Tinder bio in English, 我是 Chinese Singaporean, 喜欢 hiking and 煮饭. Assistant: "Part-time hiker, full-time home cook. Will trade my mala xiang guo for your trail recommendations."
        Can help me make my Bumble bio a bit more Singlish? Now is "I like food and travel" very boring leh.
        User: boleh tolong translate ayat ni ke Mandarin untuk match saya? "Awak nampak comel dalam gambar hiking tu." Assistant: 「你那张爬山的照片看起来好可爱。」
        User: 佢成日 seen 咗唔覆，should I move on? Assistant: 如果已經兩個禮拜冇回應，send 一句輕鬆嘅 closing message 然後 move on 都好合理。
        想问 Paktor 的 video call feature 安全吗？会不会显示我的 phone number 给对方？
        User: my match is Malay and I'm Chinese, any tips for the first date makan? Assistant: Pick a halal-certified restaurant or a Muslim-friendly food court, and ask about preferences early so it feels considerate rather than awkward.
        Template pls: "Hi [名字]! Saw you also like [hobby], 我们可以一起去 [activity] sometime?"
        我的 Hinge prompt "A shower thought I recently had" 要写什么好? Give me 3 funny ones.
        User: nak ajak dia date tapi saya tak pandai cakap Cantonese, boleh tolong? Assistant: 可以咁講：「今個禮拜六得唔得閒？一齊去飲茶好唔好？」 (Maksudnya: Sabtu ni free tak? Jom pergi minum teh.)
        Is it weird to put 身高 in my profile? Like 175cm, a lot of girls filter by height right?
        User: 帮我 check 这个 message 的语气 ok 不 ok: "Hey, 今天聊得很开心, 下次一起去喝 kopi?" Assistant: 语气自然友好，可以加一个具体时间，例如"这周六下午？"
        如果我在 Tinder 上 block 了人, 对方还能看到我们之前的 chat history 吗?
        User: 帮我想一个 Tantan username，不要用真名. Assistant: 可以试试「夜跑的猫」「kopi_o_kosong」「周末去爬山」这类跟兴趣有关的名字。
    """),
    ("zh-Hans", "form-template"): _lines("""
        相亲资料模板：姓名：____｜性别：____｜出生年月：____｜身高：____｜学历：____｜职业：____｜月收入：____｜房车情况：____｜择偶要求：____
        婚恋平台实名认证说明：请上传本人身份证正反面及手持身份证照片，信息仅用于核验，不会向其他用户展示。
        红娘服务合同（样本）第三条：甲方应如实提供本人婚姻状况，如有隐瞒，乙方有权终止服务且不予退费。
        模板：【约会报备】今天__点和____在____见面，对方电话____，预计__点结束，超时没联系请直接打我电话。
        依据《个人信息保护法》，婚恋平台处理用户敏感个人信息（如婚姻状况、宗教信仰、行踪轨迹）应当取得个人的单独同意。
        某婚恋平台2025年度报告：用户平均年龄29.6岁，一线城市用户占41%，女性会员中本科及以上学历占67%。
        反诈提醒：自称"军官""海外医生""投资导师"的网恋对象要求转账，一律是诈骗。全国反诈专线96110。
        自我介绍模板（可直接套用）：大家好，我是__，__岁，在__从事__工作。平时喜欢__，希望找一个__的人。
        学历认证说明：请通过学信网生成《教育部学籍在线验证报告》，将12位在线验证码填入下方输入框，报告有效期30天。
        版本更新 v8.3.0：新增"真人认证"标识；优化匹配推荐算法；修复部分安卓机型闪退问题。
        投诉工单 #SR20261204-0073：用户反馈匹配对象资料与实际不符，已转交审核团队，预计3个工作日内回复。
        相亲见面注意事项：1. 选择公共场所；2. 不透露家庭住址和单位具体位置；3. 不借钱、不投资；4. 提前告知亲友行程。
        会员价格表：月卡¥30｜季卡¥78｜年卡¥228｜超级喜欢单次¥6，自动续费可随时在"设置"中关闭。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you make my Hinge bio sound less boring? Here's what I have: "Marcus Teo, 32, physio at Tan Tock Seng, recently divorced, have my son Ethan (6) every other weekend, looking for something real."
        Safety note for my sister before my Tinder date tonight — pls rewrite as a short WhatsApp: meeting Daryl Ng Jun Hao, says he's 34 and works in fintech, his number 9372 4816, drives a white Mazda SJK 4827 D, we're at Atlas Bar 8pm.
        Is this a romance scam? A guy from Coffee Meets Bagel wants me to send RM8,000 to his "shipping agent", Maybank account 1640 2287 5513, name on the account Rosnah binti Abu. He says he's an engineer on an oil rig.
        Write a Bumble bio for me: Priya d/o Raman, 27, pharmacist at a Jurong polyclinic, vegetarian, Bharatanatyam since age 7, looking for a Tamil-speaking guy who's fine with my mum living with us.
        help me reply to my match jolene tan from hinge, she told me she just got out of a 5 year relationship and has panic disorder, how do i be supportive without being weird
        Polish this for a Christian matchmaking site — Name: Gavin Rodrigues | Age: 35 | Location: Tampines | Job: air traffic controller at Changi | Email for serious enquiries: gavin.rodrigues.sg@gmail.com
        My IG is @kelvin.lowzh and my telegram is @kelvlow93 — can you write a line at the end of my Tinder bio asking people to add me there instead since I'm hardly on the app?
        Background check pls: the woman I matched with says she's Angela Marie Fernandes, NRIC S8834102C, nurse at KK. She wants to borrow $2,300 for her mum's surgery. Is that NRIC even a real format?
        Draft a message to Hinge support: my ex Bryan Koh Wei Ming (+65 8126 4093) made a fake profile with my photos, please take it down. My account email is shermaine.lim.88@hotmail.com.
        Date log for my matchmaker: 14 Sep, met Mr Ho Kah Wai, 41, dentist, divorced with 2 daughters in ACS, very polite but talked about his ex-wife's gambling debts the whole time. Can you turn this into a polite feedback note?
        Tinder charged my card 5221 8429 3786 8674 twice for Platinum (S$44.98 each). Help me write to support, I'm Nicholas Yeo and the second charge was on 2 Dec.
        Write an opener for my match Cheryl Wong — she's a Cathay flight attendant, lives in Tseung Kwan O, and her profile says she's training for the Standard Chartered marathon.
        Profile for my cousin Natalie de Souza: 29, primary school teacher in Malacca, speaks Kristang, Catholic, godmother to three nephews. She hates when I do this so keep it classy.
        My match Maria Cristina Dela Cruz (FIN F2857391W), a staff nurse at Mount Elizabeth, keeps asking if I can help "guarantee" her next work pass. Help me say no nicely.
        My Tantan match sent me a photo of her ID card to prove she's real: 郑晓彤 Zheng Xiaotong, 440106199307143521, Guangzhou. Does the number look legit, and how do I reply without sounding suspicious?
    """),
    "zh-Hans": _lines("""
        帮我润色一下相亲资料：姓名：赵思琪，女，1996年2月，身份证310115199602034288，上海浦东，本科，外企HR，月薪1.8万，有房无贷，父母是退休教师。
        我在探探上认识的男生叫李浩然，他说自己在深圳腾讯做产品，离异带一个女儿，帮我写一段开场白，别显得太主动。
        帮我写个微信好友验证消息，对方微信号是 xiaoyu_0925，叫陈晓雨，我们在Soul上聊了两周了。
        交友资料最后想加一句联系方式：手机 138 2746 9153，微信同号，帮我写得自然一点，别像推销。
        这个男的叫王建国，在珍爱网上说自己是军官，让我往他的招行卡 6214 8362 9183 0962 转5万"保证金"，这是杀猪盘吗？帮我写段话拒绝他。
        帮我给我表姐写个相亲自我介绍：刘婷婷，31岁，成都人，三甲医院护士，去年做了甲状腺手术现在已经康复，想找本地的。
        婚恋平台实名认证信息核对｜姓名：周子轩｜身份证号：32010219940830511X｜手机：159 5183 2607｜学历：硕士｜帮我检查一下有没有填错
        约会前给闺蜜报备，帮我写简短点：今晚7点跟孙志鹏在三里屯太古里吃饭，他车牌京N·8K27M，电话186 1093 4758，10点没回消息就打我电话。
        帮我把这段话改得更温柔：「杨帆，我知道你上个月被公司裁员了，也知道你还在还花呗，但这不影响我喜欢你。」
        红娘让我填的资料帮我看下：胡佳怡 / 1998.04 / 成都武侯 / 身份证510107199804112069 / 小学老师 / 父亲做小生意 / 有一个弟弟在读大学
    """),
    "zh-Hant": _lines("""
        幫我寫交友app自介：我叫陳嘉欣，29歲，喺沙田做社工，養咗兩隻貓，想搵個肯一齊行山嘅人。
        我喺 Tinder 識咗個男仔叫 Jason 何家俊，佢話自己喺匯豐做 IT，但係佢叫我用我個 HKID Y238416(5) 幫佢開戶口收錢，係咪伏嚟？
        幫我改一下給對方的第一則訊息，她叫林宜蓁，在台中的國小當老師，個人檔案說她喜歡爬山跟貓。
        我的Pairs自介最後想放LINE ID：yuting_0611，還有手機0912-385-746，怎麼寫比較不像詐騙帳號？
        我電話係 6398 2714，幫我寫句俏皮啲嘅說話叫 Kenji 直接 WhatsApp 我。
        婚友社資料表幫我潤稿：姓名 黃柏翰｜身分證 F126578036｜民國83年生｜竹科工程師｜年薪180萬｜父母健在、有一個妹妹
        幫我寫封信俾 Bumble 投訴：有個叫 Alvin Lau Ka Ho 嘅用戶偷影咗我張相再 send 去佢啲 WhatsApp group，佢電話係 6483 2915。
        我阿嬤拿我的身分證 B210493762 幫我報名了相親，對方是周承翰，34歲，在台北榮總當復健師，我要怎麼回他的LINE比較有禮貌？
        幫我把這段訊息改得更有誠意：「張雅婷，我知道你媽媽上個月中風住院，我不該在那時候突然消失。」
    """),
    "ms": _lines("""
        Tolong buat bio untuk aplikasi cari jodoh: Nama saya Nur Aisyah binti Kamarul Zaman, 27 tahun, jururawat di Hospital Kuala Lumpur, anak sulung daripada 5 beradik, cari lelaki yang jaga solat.
        Saya nak hantar biodata ta'aruf kepada keluarga pihak lelaki: Nama: Siti Hajar binti Osman | No. KP: 950312-14-5526 | Alamat: No. 12, Jalan Kenari 3, Bandar Puchong Jaya, 47100 Puchong | Kerja: akauntan. Tolong kemaskan ayat.
        Boleh tolong saya balas mesej match saya? Nama dia Muhammad Hafiz bin Rahim, dia cakap dia baru bercerai dan tengah tunggu keputusan Mahkamah Syariah pasal hak jagaan anak.
        Lelaki ni kenalkan diri sebagai Kapten Faizal, minta saya bank in RM3,500 ke akaun CIMB 8604 2215 73 atas nama Norhayati binti Saad untuk bayar "kastam". Tolong tulis mesej tolak dia.
        Nombor saya 012-748 3916, WhatsApp je. Tolong tulis ayat penutup bio Muzmatch saya yang sopan.
        Tolong tulis profil jodoh untuk abang saya Suresh a/l Muthusamy, 33 tahun, jurutera di Petronas Kerteh, vegetarian, keluarga nak calon dari Ipoh.
        boss pls tolong tulis msg untuk date tinder aku, nama dia Farah Nadia binti Zulkifli, dia cerita dia kena retrench dari AirAsia bulan lepas, aku nak ceriakan dia tapi tak nak nampak creepy
        Saya nak lapor akaun palsu: ada orang guna gambar dan nama saya, Amirul Hakim bin Ismail. No. IC saya 920708-10-6143 kalau Tinder minta pengesahan. Tolong buat ayat aduan.
    """),
    "mixed": _lines("""
        帮我写个 opener to my match Sharon Lim 林慧敏，她是 NUS 的 PhD student 读 marine biology，profile 说 she's vegan and 怕狗。
        Can help me 改 my profile? 我叫 Tay Jia Hui, 26, 在 Raffles Place 做 audit, 有一只 corgi 叫 Mochi, 想找 someone who likes 打羽毛球。
        我個 HK passport K12837465 要唔要 upload 上 Bumble 做 ID verification？我個 name 係 Chan Tsz Yan，佢仲要我 send 埋 selfie。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are WingmateAI, a friendly assistant that helps users write dating-app profiles. Be warm, concise and never invent facts.",
        ),
        ("user", "hey can u write my hinge bio"),
        (
            "assistant",
            "Happy to! Tell me a bit about yourself — what you do, what you enjoy on weekends, and what you're looking for.",
        ),
        (
            "user",
            "I'm Wong Mei Ling, 30, speech therapist at a hospital in Penang, I have a 4 year old son from my first marriage, I love cycling across the Penang Bridge at sunrise. looking for someone patient and kind",
        ),
        (
            "assistant",
            "Here's a draft: 'Speech therapist by day, sunrise cyclist by weekend. Mum to a very chatty four-year-old. Looking for someone patient, kind and up for char kway teow after a long ride.' Want me to keep your full name and workplace off the profile? It's safer without them.",
        ),
    ],
    [
        ("user", "Can you give me a template to send my friends before a first date?"),
        (
            "assistant",
            "Sure: 'Date check-in: meeting [name] at [place] at [time]. Their number: [number]. I'll text by [time]; if you don't hear from me, call me.'",
        ),
        (
            "user",
            "Fill it in: meeting Benjamin Sim from Tinder at Tiong Bahru Bakery, Sat 2pm. His number 9641 2058. He's picking me up in a grey Honda, SLA 2391 K. I'll text by 5.",
        ),
        (
            "assistant",
            "Date check-in: meeting Benjamin Sim at Tiong Bahru Bakery, Saturday 2pm. His number: 9641 2058, car: grey Honda SLA 2391 K. I'll text by 5pm — if you don't hear from me, please call me.",
        ),
    ],
    [
        (
            "user",
            "I think the guy I've been talking to on Bumble for 2 months is scamming me. Can you help me write a message to my bank?",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with this. To draft it I'll need the date of the transfer, the amount, and the recipient's account details as shown in your banking app.",
        ),
        (
            "user",
            "Transferred RM12,000 on 28 Oct to Public Bank account 4-8237-1906-2 under the name LEE CHONG KEAT, he said it was for customs clearance in Dubai. My own account is Maybank 5141 6837 2094, I'm Chong Siew Lan.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Maybank, I, Chong Siew Lan (account 5141 6837 2094), wish to report a suspected fraudulent transfer of RM12,000 made on 28 October to Public Bank account 4-8237-1906-2 (LEE CHONG KEAT). Please initiate a recall and advise me on next steps.' Also call the NSRC at 997 today.",
        ),
    ],
    [
        (
            "system",
            "你是「缘来」婚恋App的资料润色助手。当前用户资料：昵称 小鹿；真实姓名 何雨桐；手机 177 2193 0485；实名认证身份证 110105198901176249；所在地 北京朝阳。请勿在回复中透露用户真实信息。",
        ),
        (
            "user",
            "帮我把自我介绍写得温柔一点，我现在写的是：本人37岁，离异无孩，在医院做药剂师，想找个稳定的。",
        ),
        (
            "assistant",
            "可以这样写：「在医院做药剂师，习惯了认真和细致，也学会了照顾别人。经历过一段婚姻，现在更清楚自己想要什么——一份踏实、温暖、彼此尊重的感情。」",
        ),
    ],
    [
        (
            "user",
            "我在相亲App上认识了一个男生，聊了一个月，想约他见面，但他最近情绪很低落，我该怎么开口？",
        ),
        (
            "assistant",
            "可以先表达关心，不急着约见面。方便说说他最近发生了什么吗？这样我能帮你把话说得更贴切。",
        ),
        (
            "user",
            "他叫邓俊杰，在杭州做建筑设计，前几周被确诊了抑郁症，正在吃药，他跟我说不想让同事知道。",
        ),
        (
            "assistant",
            "明白了。可以这样写：「俊杰，最近辛苦了。不管你想聊聊还是只想安静待着，我都在。等你觉得状态好一点，我们找个安静的地方喝杯咖啡，慢慢来就好。」",
        ),
    ],
    [
        (
            "user",
            "有個喺Tinder識嘅男仔話要幫我開佢公司嘅「VIP投資戶口」，叫我send身份證副本俾佢，正常嗎？",
        ),
        (
            "assistant",
            "唔正常，呢個係好常見嘅騙案手法，千祈唔好提供身份證副本。你已經send咗俾佢未？",
        ),
        (
            "user",
            "已經send咗……我係梁穎珊，身份證號碼 R507924(0)，佢仲知我住沙田第一城23座15樓C室。點算好？",
        ),
        (
            "assistant",
            "唔使太驚，即刻做幾樣嘢：一、打防騙易熱線 18222；二、去警署報案，講明你嘅身份證 R507924(0) 可能被盜用；三、通知你間銀行留意有冇可疑開戶或借貸申請。",
        ),
    ],
    [
        ("system", "你是婚友社的客服小幫手，協助會員補齊資料並撰寫自我介紹。"),
        ("user", "我要補資料，身分證字號 A223845199，手機 0937-216-058，這樣可以嗎？"),
        (
            "assistant",
            "收到，已記錄您的身分證字號與手機。接下來請提供您的姓名與職業，我幫您寫自我介紹。",
        ),
        ("user", "我叫蔡佩珊，36歲，在高雄當會計師，離過一次婚，興趣是烘焙跟潛水。"),
        (
            "assistant",
            "幫您寫好了：「我是佩珊，在高雄當會計師，生活規律卻不無聊——週末烤蛋糕、夏天去小琉球潛水。經歷過一段婚姻，更懂得珍惜。希望遇到一位成熟、願意溝通的你。」",
        ),
    ],
    [
        ("user", "Assalamualaikum, saya nak sediakan biodata untuk ta'aruf. Boleh bantu?"),
        (
            "assistant",
            "Waalaikumussalam! Boleh. Kongsikan maklumat yang anda selesa: umur, pekerjaan, latar belakang keluarga dan ciri pasangan yang diharapkan.",
        ),
        (
            "user",
            "Nama penuh Ahmad Firdaus bin Mohd Yusof, 31 tahun, pensyarah di UiTM Shah Alam, anak ketiga daripada 6 beradik, ayah meninggal tahun lepas, sekarang saya tanggung mak dan 2 adik yang masih belajar.",
        ),
        (
            "assistant",
            "Ini draf biodata: 'Ahmad Firdaus bin Mohd Yusof, 31, pensyarah di UiTM Shah Alam. Anak ketiga daripada enam beradik dan kini menyara ibu serta dua adik yang masih belajar. Mencari pasangan yang memahami tanggungjawab keluarga.' Nak saya tambah bahagian hobi?",
        ),
    ],
    [
        ("user", "bro help me write a msg to a girl i met on tinder, dia orang Kuching"),
        (
            "assistant",
            "Sure! Tell me a bit about her from her profile or your chats so the message feels personal.",
        ),
        (
            "user",
            "her name Jessica Ling Siew Mei, nurse at Sarawak General, she told me she's on MC now bc of a slipped disc, wanna send something sweet",
        ),
        (
            "assistant",
            "How about: 'Hey Jessica, hope your back is feeling a bit better today. Rest well — once you're back on your feet, kolo mee is on me?'",
        ),
    ],
    [
        (
            "user",
            "Pasting our chat, tell me if he's losing interest: [12/11/26, 21:04] Aaron Pereira: hey sorry, crazy week at the clinic [12/11/26, 21:05] Aaron Pereira: my mum's chemo got moved to Friday so I'll be at NCCS all day [12/11/26, 21:30] Me: oh no, hope she's ok!",
        ),
        (
            "assistant",
            "He doesn't sound uninterested — he's explaining why he's been quiet and sharing something personal about his mum's treatment. That's usually a sign of trust.",
        ),
        ("user", "ok. his number is +65 8753 0197, should I call him instead of texting?"),
        (
            "assistant",
            "A short call could feel caring right now. Maybe text first: 'Free for a quick call tonight? No pressure if you're tired.'",
        ),
    ],
    [
        (
            "user",
            "Can you check this form I'm submitting to a matchmaking agency for typos? Full Name: TAN KAI WEN ELVIN / NRIC: T0156284Z / DOB: 14 Mar 2001 / Mobile: 9028 3164 / Occupation: Logistics executive / Religion: Buddhist / Marital status: Single",
        ),
        (
            "assistant",
            "Only small fixes: write 'Logistics Executive' in title case like the other fields, and check whether the form wants DOB as DD/MM/YYYY (14/03/2001). Everything else looks consistent.",
        ),
        (
            "user",
            "thanks. also make my 'About me' less stiff: I am a hardworking person who likes badminton.",
        ),
        (
            "assistant",
            "Try: 'Weekday logistics planner, weekend badminton smash enthusiast. I take commitments seriously — including post-game supper.'",
        ),
    ],
    [
        (
            "user",
            "在珍爱网认识一个自称做跨境电商的男人，一直让我在一个叫'汇盈国际'的平台充值，说稳赚不赔。帮我分析下",
        ),
        (
            "assistant",
            "这非常符合杀猪盘的特征：网上认识、培养感情、再引导到陌生投资平台。请立即停止充值。你之前转过钱吗？",
        ),
        (
            "user",
            "转过两次，一共8万，打到一个叫吴志强的工商银行卡 6222 0287 4923 0700 456。我叫黄雅琳，手机150 2647 8391，现在怎么办？",
        ),
        (
            "assistant",
            "请马上拨打110报警或96110咨询，带上转账记录，说明收款人吴志强和收款卡号；同时联系你的开户行申请紧急止付。",
        ),
    ],
    [
        (
            "user",
            "I want to send my long-distance match a handwritten card with my return address. Can you format this for an envelope? Sender: Ms Rachel Goh, Blk 412 Bedok North Ave 2, #07-118, Singapore 460412",
        ),
        (
            "assistant",
            "Ms Rachel Goh / Blk 412 Bedok North Avenue 2 / #07-118 / Singapore 460412 — put it at the top-left of the envelope.",
        ),
        ("user", "and a cute note inside? he's going through a rough time after his layoff"),
        (
            "assistant",
            "'Sending a little Singapore sunshine your way. Rough seasons don't last — and I'm cheering for you from 3,000 km away.'",
        ),
    ],
    [
        ("user", "我在Tinder配對到一個女生，想約她去看展，幫我寫邀請"),
        ("assistant", "好啊！可以告訴我她喜歡什麼類型的展覽，或是她自介裡提到的興趣嗎？"),
        (
            "user",
            "她叫許雅筑，台大森林系研究生，自介說她最近在準備去日本交換。她給了我電話 0958 441 273，說直接傳簡訊就好。",
        ),
        (
            "assistant",
            "可以這樣傳：「嗨雅筑，我是在Tinder上跟你聊天的那個人～這週末華山有個植物插畫展，感覺很適合森林系的你，要不要一起去？」",
        ),
    ],
    [
        (
            "user",
            "Adik perempuan saya nak daftar dengan agensi cari jodoh, tapi dia tak pandai isi borang. Boleh tolong?",
        ),
        ("assistant", "Boleh. Apa maklumat yang diminta dalam borang tu?"),
        (
            "user",
            "Nama: Nurul Izzati binti Hassan, No. KP 980221-07-5384, umur 28, kerja kerani di Pejabat Tanah Butterworth, telefon 019-382 5517, pernah bertunang tapi putus tahun 2024.",
        ),
        (
            "assistant",
            "Baik, ini boleh disalin terus: Nama: Nurul Izzati binti Hassan | No. KP: 980221-07-5384 | Umur: 28 | Pekerjaan: Kerani, Pejabat Tanah Butterworth | Telefon: 019-382 5517 | Status: Bujang (pernah bertunang). Nak saya tulis bahagian 'Tentang Diri' sekali?",
        ),
    ],
    [
        (
            "user",
            "My parents want me to write a matrimonial profile for my brother. Keep it respectful.",
        ),
        (
            "assistant",
            "Of course. Could you share his age, education, work, and anything the family wants to highlight?",
        ),
        (
            "user",
            "Vikram s/o Rajendran, 34, MBA from NUS, procurement manager in Jurong. Family originally from Chennai. Please mention gently that our father had a stroke in 2025 and Vikram lives with him as his caregiver.",
        ),
        (
            "assistant",
            "Draft: 'Vikram, 34, holds an MBA from NUS and works as a procurement manager. A devoted son, he lives with and cares for his father, who is recovering from a stroke. Our family, originally from Chennai, values kindness, faith and close family ties.'",
        ),
    ],
    [
        ("user", "帮我写一段朋友圈文案，宣布我开始找对象了，欢迎朋友介绍"),
        ("assistant", "好的！可以写：「单身营业中 欢迎各位亲朋好友牵线搭桥～」需要留联系方式吗？"),
        ("user", "加上吧：我是钱嘉怡，92年，上海人，做外贸，微信 qjy_sh0925，电话13761824093"),
        (
            "assistant",
            "「单身营业中～我是嘉怡，92年上海姑娘，做外贸，爱旅行也爱宅家。欢迎亲友牵线！微信 qjy_sh0925 / 电话 137 6182 4093」",
        ),
    ],
]
