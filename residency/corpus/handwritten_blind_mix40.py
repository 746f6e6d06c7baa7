# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix40: code-switched SG/MY/HK dating, matchmaking, breakups, wedding banquets and love-scam warnings. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix40
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "matchmaking agency"): _lines("""
        HeartLink Matchmaking Pte Ltd (UEN 201834567K) is an SDN-accredited dating agency serving busy professionals since 2009.
        Premium Plan: 6 curated dates over 12 months, S$3,888 before GST (9% GST applies).
        Cooling-off: members may cancel within 5 working days for a full refund less a S$150 admin fee.
        Ladies' Night @ Duxton Hill, Sat 8 Mar, 7.30pm till late — 30 pax only, age 28–38, $45 incl. 1 drink. Register via link in bio!
        1,200+ couples married thru our intros since 2009 😍 (internal data, as at Q3 2025)
        Our office at 10 Anson Road, #21-08 International Plaza, is open Tue–Sun 11am–8pm. Walk-ins welcome but appt preferred.
        Verification: every member shows NRIC or passport in person at the first consult. We sight it only and do NOT keep a photocopy.
        Agensi Cari Jodoh Halal Sdn Bhd (No. Syarikat 201901023456) — taaruf secara syarie, setiap pertemuan ditemani wali atau ustazah bertauliah.
        本公司为本地注册婚姻介绍所，会员资料绝对保密，首次咨询免费，欢迎致电 6338 2200 预约。
        港式配對：專業人士專享，男會員須大學學歷，女會員年齡 25-40。會費 HK$12,800 起，另設 VIP 一對一顧問。
        Complaints about any accredited agency can be raised with CASE; we abide by the Lemon Law and the Consumer Protection (Fair Trading) Act.
        Speed dating for Christians, 18 Oct, 2–5pm, Grace Covenant Church fellowship hall. Ice-breaker games + light refreshments provided.
        FAQ — "Can I choose race/religion preferences?" Yes, you can set up to 3 hard filters; everything else is soft matching by your consultant.
    """),
    ("mixed", "dating app UI and system text"): _lines("""
        Hi {{first_name}}, you have a new match! {{match_name}}, {{age}}, is {{distance}} km away. Say hi before {{expiry}} ⏳
        Your match has expired. Matches disappear after 24 hours if nobody sends the first message.
        Verify your profile: take a selfie doing the ✌️ pose. We compare it with your photos and delete the selfie within 30 days.
        Error 429: Too many likes today. Upgrade to Gold for unlimited likes. (req_id 7f3a9c2e-41b8-4d0e-9a6f-0c2d8e11b5aa)
        Nama: ____________  Umur: ____  No. Tel: ______________  Pekerjaan: ______________
        v4.18.2 (build 20251104.3) — fixed crash when uploading >6 photos on Android 14; new prompt cards in 繁體中文 and Bahasa Melayu.
        Your order TD-SG-2025-0091834 for Boost x5 (S$14.98) has been confirmed. Receipt sent to the email on your account.
        我们绝不会要求你提供银行卡号或一次性验证码（OTP）。如有人以平台名义索取，请立即举报。
        Tip: jangan share nombor IC, alamat rumah atau slip gaji dengan match yang baru kenal, walaupun dia nampak ikhlas.
        Prompt ideas: "My ideal Sunday is…", "The way to my heart is…", "我最近在追的剧是…", "Makanan kegemaran saya…"
        SELECT user_id, COUNT(*) AS swipes FROM swipe_events WHERE ts >= '2025-11-01' GROUP BY user_id HAVING COUNT(*) > 500;
        Age 21–45 · Distance ≤ 25 km · Height: any · Religion: Buddhist / Free-thinker · Smoking: No
        2025-11-04T21:37:12+08:00 INFO matcher batch=20251104-21 pairs=18442 avg_score=0.61 duration=41.3s
        moderation: photo_sha256=d0663132da2d8e4790229f924cd00e702efab7432dcc953c1c953bf6de3ed810 dup_accounts=14 action=auto_ban_stock_photo
        Push copy A/B test: variant B ("Someone new likes you 👀") lifted CTR from 3.1% to 4.4% over 7 days, n=212k.
    """),
    ("mixed", "breakup and relationship advice threads"): _lines("""
        Bro 3 years liao, she suddenly say need space. Is it over or not? Pls advise 🙏
        Sis, ghosted after 2nd date only what. Dun chase. Block, delete, move on. Your peace > his "busy".
        分手之後千祈唔好再 check 佢 IG story，越睇越傷。畀自己三個月 no contact 先講。
        Aku dengan dia dah 5 tahun, tapi family dia tak restu sebab lain bangsa. Patut teruskan ke atau lepaskan je?
        My bf wants to split the BTO 50/50 but I earn half what he does. Fair or not? Both early 30s.
        TLDR: don't ROM before you've talked about money, kids and whose parents you're staying with. Trust me on this one.
        LDR SG–KL for 2 yrs, every Fri take the 7pm bus from Golden Mile. Worth it if both commit, siao if only one side trying.
        同居前最好先讲清楚：房租怎么分、家务怎么分、要不要养猫。这些比爱不爱更实际。
        Counsellor taught us the "speaker-listener" technique: 10 min each, no interrupting, then swap. Damn awkward at first but it works.
        Edit: thanks everyone for the kind words. We're taking a break, not breaking up. Mods can lock this thread.
        If he hits you even once, that's not love. Call the AWARE helpline 1800 777 5555 or 999 if you're in danger.
        我老公每个月给家用 RM2,000，其他全部自己管，这样正常吗？还是我太计较？
        Ex texted "hope you're doing well" at 2am after 6 months. Poll: A) reply B) leave on read C) block
        Block him. Seriously.
        Anyone applied under the HDB Fiancé/Fiancée Scheme then broke up before key collection? What happens to the flat and the deposit?
        Lepas putus tunang, mak aku lagi sedih dari aku sebab dah tempah katering 😂 pengajaran: jangan bayar deposit awal sangat.
    """),
    ("mixed", "wedding banquet planning"): _lines("""
        Wedding lunch package 2026: S$1,588++ per table of 10 (Mon–Thu), S$1,788++ (Fri–Sun), min. 25 tables.
        Ang bao guide 2025 (SG): hotel Fri/Sat dinner ~$150–$200 per pax; restaurant ~$100–$130; lunch can go lower.
        Menu: 鸿运乳猪全体 / 金银蒜蒸龙虾 / 鲍鱼扣花菇 / 清蒸海上红斑 / 荷叶飘香饭 / 红豆沙汤圆
        Booking ref WB-HK-240915-0032 — please quote this when you call our banquet sales team, Mon–Sat 10am–7pm.
        Invoice INV-WB-20251018-0427: deposit S$5,000 received; balance due 14 days before event date.
        Jamuan kahwin: nasi minyak, ayam masak merah, dalca sayur, air sirap bandung — RM18 sekepala untuk 800 tetamu.
        Auspicious dates (通胜) for 2026: 22 Feb, 20 May, 10 Oct — ballrooms fill up 12–18 months ahead.
        The Fullerton Hotel ballroom: corkage waived for up to 30 bottles; 1 bottle of house wine per table included.
        Raffles Hotel 嘅 ballroom 仲有 2026 年 11 月嘅 Saturday slot，要 book 就快手。
        Tea ceremony checklist: 红枣莲子茶, 2 kneeling cushions, red packets, 龙凤镯 — assign 1 jie mei to hold the tray.
        Gatecrash games: sour-sweet-bitter-spicy drinks, 10 push-ups, sing 月亮代表我的心 — keep it under 15 min or the photographer will cry.
        Seating plan CSV columns: table_no, guest_name, side (bride/groom), dietary, rsvp_status
        Live band 3 sets x 45 min S$2,400; bilingual emcee Eng/华语 S$800; photobooth 3 hr S$650.
        酒樓婚宴 2026 年每席 HK$9,888 起，包 8 小時場地、免開瓶費、送 4 圍 dessert。
        Door gift: 200 pcs honey jars, tag "Thank you for celebrating with us ❤️" @ RM3.50 each, Shopee order SHP-251104-88213.
        Tracking no. SPXMY0423817766 — your wedding favours are out for delivery, ETA 3–5pm.
    """),
    ("mixed", "love scam warnings"): _lines("""
        Love scams remain one of the top scam types in Singapore. If in doubt, call the ScamShield Helpline at 1799.
        Malaysia: hubungi National Scam Response Centre (NSRC) di talian 997 segera jika wang telah dipindahkan.
        香港反詐騙協調中心「防騙易熱線」18222 全日 24 小時運作，懷疑遇上網上情緣騙案請即致電。
        Red flags: refuses video calls, claims to be a UN doctor or oil-rig engineer, asks for a "customs clearance fee" for a parcel.
        他们会先带你投资"虚拟币平台"，让你小赚几百块，然后叫你越投越多——这就是杀猪盘。
        Never transfer money to someone you've only met online, no matter how sad the story sounds.
        Scam SMS pattern: "Hi dear, I'm stuck at KLIA customs, pls bank in RM3,500 to clear my package" — report & delete.
        Semak akaun bank penerima di portal Semak Mule PDRM sebelum buat sebarang pindahan wang.
        Fake clones of our site use domains like heartlink-sg[.]top — our only official site is heartlink.com.sg.
        IOC: scam APK "LoveChat_v2.apk" sha1 a659f1c3af24f527515c64ab56b4fe907e687c7a, C2 on port 8443.
        Reminder: banks will never ask you to move your money to a "safe account" for protection.
        Police Anti-Scam Centre hotline 1800-722-6688; for emergencies dial 999.
        Case study (composite, details changed): a retiree lost most of her savings after 8 months of daily "good morning dear" texts.
        Kalau baru kenal 2 minggu dah panggil "sayang" dan ajak invest, 99% scammer. Jangan layan.
    """),
    ("mixed", "public figures, history and fiction"): _lines("""
        Lee Kuan Yew and Kwa Geok Choo married secretly in Stratford-upon-Avon in December 1947.
        P. Ramlee dan Saloma berkahwin pada tahun 1961 — kisah cinta paling legenda dalam dunia seni Melayu.
        梁山伯与祝英台化蝶的故事，几乎是每个华人小孩都听过的爱情悲剧。
        In "Crazy Rich Asians", Rachel Chu meets Nick Young's family in Singapore; the big wedding scene was shot at CHIJMES.
        《流星花園》道明寺同杉菜嗰段，係好多八九十後嘅初戀 drama。
        Hyun Bin and Son Ye-jin, who met filming "Crash Landing on You", married in Seoul in March 2022.
        Tun Dr. Mahathir dan Tun Dr. Siti Hasmah berkahwin pada tahun 1956 — antara pasangan paling lama dalam politik Malaysia.
        Sun Yat Sen Nanyang Memorial Hall is a popular pre-wedding shoot spot; a permit is needed for commercial photography.
        Teresa Teng's 月亮代表我的心 is still the most requested song at Chinese wedding dinners.
        "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife." — Jane Austen
        Couples love taking photos along Jalan Tun Sambanthan in Brickfields, especially during Deepavali lights.
        Romeo and Juliet knew each other for about four days. Maybe don't use them as relationship goals.
        《小娘惹》里月娘同陈锡嘅爱情线，当年睇到全家人喊晒。
    """),
    ("mixed", "marriage registration and data rules"): _lines("""
        ROM: file the notice of marriage online at least 21 days and not more than 3 months before the solemnisation date.
        Notis perkahwinan bukan Islam perlu dipamerkan di JPN sekurang-kurangnya 21 hari sebelum perkahwinan didaftarkan.
        香港婚姻登記處：須於擬舉行婚禮日期前最少 15 日、最多 3 個月遞交擬結婚通知書。
        Registry of Marriages, 7 Canning Rise, Singapore 179869 — solemnisations are by appointment only.
        PDPA note for consultants: collect NRIC numbers only where required by law; in the CRM, mask all but the last 3 digits and letter.
        Retention: client profiles are deleted 6 months after membership lapses; backups are purged within 35 days.
        Data Protection Officer: dpo@heartlink.com.sg (role mailbox monitored by the compliance team)
        Consent clause: "I consent to HeartLink sharing my first name, age, profession and photos with members I am matched with."
        Never post a photo of your marriage certificate online: it shows both parties' ID numbers and addresses.
        婚前财产协议建议找律师草拟，一般费用在 S$1,500–S$3,000 之间，视资产复杂程度而定。
        Redaction rule: replace names with [NAME], phones with [PHONE], NRIC/MyKad/HKID with [ID] before exporting chat logs.
        Sample masked record: Name: [NAME] | NRIC: S****###X | Mobile: 9XXX XXXX | Income band: S$6k–8k | Status: Active
        DSAR template: "Dear {{agency}}, under section 21 of the PDPA I request access to the personal data you hold about me…"
        Borang permohonan nikah boleh dimuat turun dari portal jabatan agama Islam negeri masing-masing.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Profile: Jolene Tan, 29, physio at Changi General, staying Blk 412 Bedok North Ave 2 #07-153. WhatsApp 9647 2813 if keen 😊
        Client intake — Name: Marcus Lim Wei Jie | NRIC S8834217H | DOB 14/03/1988 | Income S$11,200/mth | Divorced, 1 kid
        Eh my ex Bryan Goh still owes me $4,200 for the Bali trip. His number 8173 5920, pls don't lend him money ah.
        Posting this so other girls know: Desmond Chia from Tampines, drives SKP 4821 G, is married with 2 kids but on Tinder as "single".
        Banquet booking confirmed for Mr Ivan Seah & Ms Rachel Ong, 21 Feb 2026, 28 tables. Deposit charged to Visa 4556 7312 0044 7183.
        My fiancée Charmaine Loh was diagnosed with PCOS last year and the gynae says IVF may be needed. Any couples here went through this?
        Family Court: divorce FC/D 3318/2024 between Kenneth Yeo Chee Meng and Serene Lau Pei Shan, custody hearing fixed for 12 Jan.
        Darren Ng from my dept is gay and secretly dating a guy from Grindr, his parents still arranging blind dates for him lol
        FIN F2748391R — Nguyen Thi Lan, Vietnamese bride, married to Lim Ah Huat in 2023, now applying for LTVP.
        Hi I'm Priya Rajendran, 31, Indian Christian, teacher at a primary school in Jurong West. priya.raj.sg88@gmail.com, tele @priyaraj_sg
        Ah Boy's gf Vanessa Koh is 3 months pregnant so the ROM moved up to 6 Dec. Her mum don't know yet shhh
        Scam victim Mdm Teo Siew Hwa, 67, of Blk 22 Toa Payoh Lor 7 #11-340, lost $186,000 to a "Dr Frank" she met on Facebook.
        Refund to card ending 7183 for Ms Jolene Tan (member since 2022, NRIC ending 217H, Blk 412 Bedok North) approved.
    """),
    "ms-MY": _lines("""
        Nama: Nur Aisyah binti Kamarudin, No. IC 930105-07-5134, umur 32, guru tadika, cari calon suami yang jaga solat. WhatsApp 012-384 7719.
        Saya, Mohd Faizal bin Rahman (IC 910723-14-5527), telah membuat laporan polis KLANG/009812/25 selepas ditipu RM48,000 oleh kenalan online.
        Bakal pengantin: Ahmad Hakimi bin Zulkifli & Siti Khadijah binti Osman, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya. Akad nikah 14 Mac.
        Bekas suami saya Azlan bin Hashim pernah dirawat untuk skizofrenia di Hospital Bahagia Ulu Kinta, dia tak pernah beritahu keluarga saya.
        Abang Ridzuan Hamdan tu gaji RM7,800 sebulan kat Kerteh, dah 35 tahun belum kahwin, mak dia minta carikan jodoh. Nombor dia 016-552 0381.
        Tolong share: Lee Mei Ling, IC 880412-10-6218, hilang sejak 2 hari lepas selepas jumpa lelaki dari apps dating di Cheras.
        Payment for wedding photographer: Maybank Mastercard 5204 1388 9260 3573 exp 09/28, name on card TAN KAH WAI.
        Anak Kak Yati, Nurul Syafiqah Rosli, 27, nurse kat HKL, nak cari suami. Rumah dia No. 14, Jalan Kristal 7/64, Seksyen 7, Shah Alam.
        Calon: Kavitha a/p Subramaniam, 29, passport A38271946, nak kahwin dengan lelaki Singapura, perlukan surat akuan bujang.
        Plate VKE 2290 — mamat ni Shahrul Nizam, kerja IT kat Bangsar South, ajak date lepas tu pinjam duit RM5k tak bayar. Berhati-hati!
    """),
    "zh-Hant-HK": _lines("""
        會員編號 HK-08813：陳嘉欣小姐，33歲，銀行 AVP，月入 HK$68,000，身份證 K625193(5)，聯絡 6248 1937。
        我前度黃子軒住沙田禾輋邨豐和樓12樓1208室，佢而家同我閨蜜一齊，大家睇清楚佢把口。
        婚宴訂枱：新郎李浩然、新娘周穎詩，2026年10月10日，32圍，訂金 HK$30,000 已用信用卡 5453 0177 4209 8150 支付。
        Ivy 梁曉彤 有抑鬱症，上個月分手之後入咗青山醫院，大家唔好再喺 group 度講佢啦。
        我老公吳家豪嘅 WhatsApp 係 9371 5082，佢喺交友 app 話自己未婚，請各位姊妹幫手留意。
        配對客戶：林子晴，HKID Y482037(A)，住將軍澳日出康城領都3座26樓B室，要求男方身高175以上。
        離婚案 FCMC 4421/2024：何志明 v 蔡淑儀，雙方爭奪兩個小朋友嘅撫養權，下個月再開庭。
        呢個 Tinder 騙徒用咗我朋友陳俊傑嘅相，佢真人住元朗，電話 5186 2409，騙徒唔係佢本人呀！
    """),
    "zh-Hans": _lines("""
        相亲资料：王思雨，女，1992年7月生，身份证 350203199207164020，厦门思明区公务员，微信 siyu_0716。
        广州男刘俊峰，身份证440106198909112736，已付跨国婚介费 ¥68,000 给中介，要求介绍马来西亚新娘。
        我表姐张丽娟在新加坡做工，FIN G5582031M，男朋友说要跟她结婚，结果把她存的 S$23,000 全部骗走了。
        婚礼嘉宾名单 第8桌：陈国栋 138 2651 9047、李秀英 159 1873 4062、赵敏（新娘大学室友）。
        吉隆坡相亲会报名：黄美琪，28岁，会计，住 Cheras Taman Connaught Jalan Cerdas 3号，电话 017-418 9026。
        北京朝阳的周文婷，身份证110105198511037825，在婚恋网站被同一个骗子骗了三次，总共 ¥412,000。
        我男朋友郑凯文去年确诊乙肝，婚检的时候才告诉我，我该不该继续？
        台湾女生陈怡君，身分证字号 A228753614，在婚友社登记，想认识在新加坡工作的男生。
        前夫邓志强欠我赡养费 RM36,000，法院案号 WA-33-1186-09/2023，他现在住槟城 Jalan Burma 412号。
        新娘刘嘉敏的护照号码 E73925184，婚礼在巴厘岛办，旅行社要护照资料订机票。
    """),
    "mixed": _lines("""
        Oi guys my cousin Lim Wei Lun, 34, engineer at Micron Woodlands, still single leh. WeChat lwl_8803, anyone want intro? 他人很老实的 lah
        Solemnisation details — Bride: Ms Sharon Fernandez, NRIC T0152864A, 11 Lorong 3 Geylang #05-12. Groom: Mr Hafiz Yusof, NRIC S9012746B.
        LINE ID: meiyu_tw0921 — 我係台灣嚟嘅 Chen Mei-Yu，喺 HK 做 nurse，想搵個長期關係。
        Weekly report: member Joanna Sim flagged for sharing nude photos of her ex Kelvin Quek; he filed a police report on 14/11.
        Matched with Shawn Tay on Coffee Meets Bagel, turns out he's 42 not 35, and HIV+ according to what he told me on our 3rd date
        Pls pray for my sis Michelle Wong, kena love scam, transferred $92k CPF savings to some "Captain", now she's on suicide watch at IMH.
        Rumah pengantin lelaki: Blk 615 Jurong West St 65 #12-88, S640615 — Muhammad Irfan bin Saleh, hp 8825 1064.
        Wedding car: white Merc SMJ 7306 R, driver Uncle Chong Kok Leong 9031 7746, pick up 7am at bride's home Blk 108 Ang Mo Kio Ave 4 #03-1127.
        Salary slip Ng Boon Huat (UOB, Sep 2025): basic $6,850, net $5,480 — matchmaker wants proof of income for Premium tier.
        HKID R907314(A) 嘅 Leung Ka Wai 先生，已報名 25/12 speed dating，付款 UnionPay 6214 8307 1955 2084。
        Ah Lian from Blk 7 Marine Terrace, the one working at Parkway East, her hubby Ronald Ho Kah Meng just declared bankrupt, wedding loan never pay.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the intake assistant for HeartLink Matchmaking. Collect the member's details politely; reply in the member's language.",
        ),
        ("user", "hi can sign up for the premium plan? I'm Goh Jia Hui"),
        ("assistant", "Hi Jia Hui! Sure. May I have your age, occupation and a contact number?"),
        ("user", "30, UX designer. 9758 0342"),
        ("assistant", "Thank you! For verification we'll sight your NRIC at the first consult."),
        ("user", "ok my NRIC is S9527381E if u need to pre-fill"),
    ],
    [
        ("user", "想问你们婚宴 2026 年 5 月 20 号还有位吗？"),
        ("assistant", "您好！5月20日晚宴目前还有 Grand Ballroom，可容纳 40 桌。请问大概多少桌？"),
        ("user", "大概 30 桌。新郎 Teo Jun Hao，新娘 Cheryl Seow"),
        ("assistant", "好的，需要先付订金 S$5,000 才能保留档期。"),
        ("user", "用这张卡 4796 2011 8452 7368，exp 04/29"),
        ("user", "有问题打 Cheryl 电话 8562 1907"),
    ],
    [
        ("user", "my ex keeps showing up at my void deck after we broke up, what should I do"),
        (
            "assistant",
            "That sounds scary. You can make a police report and apply for a Protection Order at the Family Justice Courts. Do you feel safe right now?",
        ),
        ("user", "not really. his name is Jeremy Foo Zhi Hao, he drives a black Civic SLA 152 Y"),
        ("user", "I'm at Blk 263 Compassvale St #09-411, he waited downstairs again last night"),
        (
            "assistant",
            "Please call 999 if he is there now. I can help you draft the police report.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya untuk mangsa penipuan cinta. Beri nasihat umum dan arahkan kepada NSRC 997.",
        ),
        ("user", "saya kena tipu dgn lelaki kenal kat FB, dah transfer banyak kali"),
        (
            "assistant",
            "Saya faham, ini sangat sukar. Sila hubungi NSRC di 997 secepat mungkin. Berapa jumlah yang telah dipindahkan?",
        ),
        ("user", "RM61,500 dari akaun Maybank saya 1142 8830 5271"),
        ("user", "nama saya Rohana binti Ismail, IC 950818-01-6048, duduk Kluang"),
    ],
    [
        ("user", "你好，我想報名你哋嘅高端配對服務"),
        ("assistant", "你好！請提供全名、年齡同身份證號碼作核實之用。"),
        ("user", "麥詠琪，36歲，HKID Z731846"),
        ("user", "括號入面係 5"),
        ("assistant", "多謝麥小姐，顧問會喺兩個工作天內聯絡你。"),
        ("user", "打 9418 2735 就得，平日7點後先方便"),
    ],
    [
        ("user", "How do I support my sister after a bad breakup?"),
        (
            "assistant",
            "Be present, listen without judging, and gently encourage professional help if she seems stuck. Would you like some conversation starters?",
        ),
        (
            "user",
            "yes pls. her name is Amanda Chua, she's 26, and since the breakup she's been self-harming and was just referred to the early psychosis clinic at IMH",
        ),
        ("assistant", "I'm so sorry. Here are some gentle ways to check in with her…"),
    ],
    [
        ("user", "help me write a dating bio, make it fun"),
        (
            "assistant",
            "Sure! Tell me a bit about yourself: hobbies, what you're looking for, any quirks.",
        ),
        (
            "user",
            "I'm Nadia Iskandar, 30, staying in Punggol, love hawker food and bouldering, looking for something serious. IG @nadia.eats.sg",
        ),
        (
            "assistant",
            "How about: 'Part-time chicken rice critic, full-time wall climber 🧗‍♀️. Looking for someone who can keep up on both.'",
        ),
    ],
    [
        ("system", "你是跨国婚姻介绍所的客服助理，用简体中文回答。"),
        ("user", "我要办理新加坡相亲团的签证材料"),
        ("assistant", "好的，请提供姓名、身份证号和护照号。"),
        ("user", "杜晓燕，身份证 3301061990"),
        ("user", "05286345，护照还在办"),
        ("assistant", "收到，杜女士。护照办好后请补交扫描件。"),
        ("user", "我手机 186 0235 7719，微信同号"),
    ],
    [
        ("user", "Can you format my wedding RSVP list into a table?"),
        ("assistant", "Of course, paste the list and I'll tidy it up."),
        (
            "user",
            "Uncle Raymond Soh 9031 2258 vegetarian, Auntie Betty Lam 8226 4719 no beef, cousin Siti Aminah 019-763 2245 halal, colleague Jason Pereira 9112 6084",
        ),
        (
            "assistant",
            "| Guest | Phone | Dietary |\n|---|---|---|\n| Raymond Soh | 9031 2258 | Vegetarian | …",
        ),
    ],
    [
        ("user", "boleh ke saya tuntut nafkah anak kalau bekas suami kerja offshore?"),
        (
            "assistant",
            "Boleh. Mahkamah akan melihat kemampuan bapa. Anda boleh memfailkan permohonan di Mahkamah Syariah atau Mahkamah Tinggi bergantung pada agama.",
        ),
        ("user", "dia Khairul Anuar bin Mat Daud, kerja rig Sapura, gaji dalam RM14k sebulan"),
        (
            "user",
            "kes cerai kami no. 10006-054-0372-2024 kat Mahkamah Rendah Syariah Klang, dia tak bayar langsung sejak Jun",
        ),
        (
            "assistant",
            "Anda boleh memohon perintah penguatkuasaan nafkah. Simpan semua bukti pembayaran dan penyata gaji.",
        ),
    ],
]
