# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat123: chats with an assistant about one's own or a family member's gambling problems and getting help (counselling, self-exclusion, repayment plans, family conflict). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat123
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Where can I call if I am worried about my own gambling? A: The NCPG Helpline is 1800-6-668-668; calls are free from any Singapore line and you do not have to give your name.
        Q: Can a family member stop someone else from entering the casinos? A: Yes, immediate family can apply for a Family Exclusion Order, which is heard by the Committee of Assessors.
        Q: Does a casino exclusion also block my Singapore Pools online account? A: Not automatically. The online account has its own self-exclusion option under Account Settings > Responsible Gaming.
        Q: What does a counselling session cost? A: Sessions at most community problem gambling services are free; a $10 administrative fee may apply at some family service centres.
        Q: Is there a helpline in Malaysia? A: You can reach Befrienders Kuala Lumpur on 03-7627 2929 (24 hours) or Talian Kasih at 15999 for emotional support and referrals.
        Q: How long does an exclusion last? A: It stays in force until revoked. Revocation requests are reviewed case by case and usually not earlier than 12 months after the order starts.
        Q: I owe money to an unlicensed moneylender. Who can help? A: Call the X-Ah Long hotline on 1800-924-5664, or dial 999 if you are being harassed or threatened right now.
        Q: Are there peer support meetings? A: Gamblers Anonymous and Gam-Anon list weekly meetings on their websites; most groups meet in the evening and newcomers may attend without booking.
        Q: Will my employer find out if I attend counselling? A: No. Under our confidentiality policy (ref. CP-07, revised 1 March 2025) nothing is shared without written consent, except where there is a risk of harm.
        Q: Can I block gambling apps on my phone? A: Yes. Tools such as Gamban, BetBlocker and Screen Time on iOS 17 can block most betting sites; BetBlocker is free to download.
        Q: How do I complain about a casino operator? A: Write to the Gambling Regulatory Authority of Singapore or use the feedback form on gra.gov.sg; quote the date, venue and table number.
        Q: What is the casino entry levy for Singapore Citizens and PRs? A: S$150 per 24-hour visit or S$3,000 for an annual pass, the rates revised in April 2019.
        Q: My partner hides payslips and bank letters. Is that a sign? A: Secrecy about money is a common warning sign listed with the DSM-5 criteria for gambling disorder; our free family workshop runs every second Saturday.
    """),
    ("en", "config_and_code"): _lines("""
        blocklist_version: 2026.11.3  # synced from https://blocklist.example.org/gambling.txt every 6h, owner: platform-safety team
        BLOCKED_CATEGORIES = ["sportsbook", "online_casino", "lottery_4d", "crypto_casino", "skin_betting"]  # see ADR-0042
        if account.self_exclusion.active and now() < account.self_exclusion.ends_at: return deny(reason="SELF_EXCLUDED", code=451)
        2026-11-28T02:14:07+08:00 INFO blocker.dns rule=gambling-core hits=1842 blocked=1842 allowed=0 build=4.2.1-rc3 region=ap-southeast-1
        limits: {cooldown_days: 30, max_daily_deposit_sgd: 0, reminder_cron: "0 21 * * *", timezone: "Asia/Singapore"}
        curl -X POST https://api.example.com/v2/exclusions -H "Content-Type: application/json" -d '{"duration_days": 365, "scope": "all_venues"}'
        CREATE TABLE exclusion_request (id BIGSERIAL PRIMARY KEY, scope TEXT NOT NULL, duration_days INT CHECK (duration_days IN (180, 365, 1825)), created_at TIMESTAMPTZ);
        sha256(blocklist-2026.11.3.txt) = 9f2c4e71a0b85d3e6c17f04a92b8d5e3c0a1f7b6e2d94c8a5b3f10e7d6c2a984  size=1.8 MB entries=212,406
        Release notes v4.3.0: added Sabah and Sarawak 4D operator domains, fixed bypass via DNS-over-HTTPS on Android 14, dropped support for iOS 15.
        test_fixture = {"user_id": "test-0001", "email": "user@example.com", "phone": "+65 0000 0000"}  # placeholder values only, never real
        ERROR 2026-12-01 09:41:55.318 webhook gra-sync timeout after 30000ms (attempt 3/5), job=sync_exclusion_list queue=default worker=w-07
        locale_strings.zh_Hant.cooldown_title = "冷靜期進行中，剩餘 {days} 天"  # reviewed by localisation vendor, batch L10N-2026-48
        GET /healthz 200 3ms ua=kube-probe/1.29 pod=blocker-api-7f9c6d8b5-x2lqk node=ip-10-0-3-17.ap-southeast-1.compute.internal
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《中华人民共和国刑法》第三百零三条：以营利为目的，聚众赌博或者以赌博为业的，处三年以下有期徒刑、拘役或者管制，并处罚金。
        《刑法》第三百零三条第二款：开设赌场的，处五年以下有期徒刑、拘役或者管制，并处罚金；情节严重的，处五年以上十年以下有期徒刑，并处罚金。
        《刑法修正案（十一）》增设第三百零三条第三款：组织中华人民共和国公民参与国（境）外赌博，数额巨大或者有其他严重情节的，依照前款的规定处罚。
        《治安管理处罚法》第七十条：以营利为目的，为赌博提供条件的，或者参与赌博赌资较大的，处五日以下拘留或者五百元以下罚款；情节严重的，处十日以上十五日以下拘留。
        利用互联网、移动通讯终端等传输赌博视频、数据，组织赌博活动，具有建立赌博网站并接受投注等情形的，属于刑法第三百零三条第二款规定的“开设赌场”行为。
        《中华人民共和国民法典》第六百八十条：禁止高利放贷，借款的利率不得违反国家有关规定。借款合同对支付利息没有约定的，视为没有利息。
        依据2020年修正的民间借贷司法解释第二十五条，双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的，人民法院对超过部分不予支持。
        2005年两高《关于办理赌博刑事案件具体应用法律若干问题的解释》第四条：明知他人实施赌博犯罪活动，而为其提供资金、计算机网络、通讯、费用结算等直接帮助的，以赌博罪的共犯论处。
        该解释第八条：赌博犯罪中用作赌注的款物、换取筹码的款物和通过赌博赢取的款物属于赌资，赌资应当依法予以追缴；赌博用具、交通工具等应依法没收。
        该解释第七条：通过赌博或者为国家工作人员赌博提供资金的形式实施行贿、受贿行为，构成犯罪的，依照刑法关于贿赂犯罪的规定定罪处罚，不再另定赌博罪。
        “断卡”行动通告（2026年第3号）：出租、出借、出售本人银行卡、电话卡用于跨境赌博资金结算的，公安机关将依法追究责任，并按规定实施五年内限制开户等惩戒措施。
        《互联网信息服务管理办法》第十五条第（八）项：互联网信息服务提供者不得制作、复制、发布、传播散布淫秽、色情、赌博、暴力、凶杀、恐怖或者教唆犯罪的信息。
        民间借贷司法解释第十三条第（四）项：出借人事先知道或者应当知道借款人借款用于违法犯罪活动仍然提供借款的，人民法院应当认定民间借贷合同无效，赌债不受法律保护。
    """),
    ("zh-Hans", "price_list"): _lines("""
        心理咨询收费标准（2026年1月1日起执行）：初次评估 50分钟 ¥300；个体咨询 50分钟 ¥400；家庭咨询 80分钟 ¥680。
        成瘾行为专科门诊挂号费：普通号 ¥25，副主任医师号 ¥50，主任医师号 ¥100，符合条件的可按广州市医保规定报销，周三下午另设赌博障碍专病门诊。
        团体辅导“戒赌互助小组”：8次课程包 ¥960，每次90分钟，每组不超过10人，地点：广州市天河区体育西路191号B座18楼。
        线上视频咨询：¥350/50分钟，可通过“简单心理”或“壹心理”平台预约，发票由平台统一开具，不另收服务费；首次预约赠送15分钟电话评估。
        家属支持课程《当家人沉迷赌博》：4课时 ¥399，由本中心注册心理师团队授课，含电子讲义和课后答疑群，课程编号 FJ-2026-Q4-07，每月开班一次。
        债务规划咨询（与合作律师事务所联合提供）：首次30分钟免费，后续 ¥200/小时，不足半小时按半小时计，涉及诉讼代理的另行签订委托合同。
        心理测评套餐：SOGS南奥克斯赌博筛查量表 + PHQ-9 + GAD-7，¥180，出具书面报告，约3个工作日内完成。
        企业EAP合作价：每名员工每年 ¥120 起，最少50人起签，含24小时心理援助热线 400-820-6517 及季度讲座。
        退费规则：预约前24小时取消全额退款；24小时内取消收取50%费用；未到场不退费。订单号示例 ZX20261203-004417。
        精神科药物治疗随访：复诊挂号 ¥50，药费按实际发生结算，已纳入门诊特定病种的按比例报销，详见一楼医保窗口公告（更新于2026年10月）。
        节假日价格说明：春节、国庆期间个体咨询上浮20%，即 ¥480/50分钟；周末晚间时段（19:00-21:00）不加价。
        发票信息：开票单位 广州心安健康咨询有限公司，统一社会信用代码 91440106MA9W3K7Q2L，开户行 中国工商银行广州天河支行。
        价目表版本 v3.2，更新日期 2026-11-15，最终解释权归本中心所有，如有疑问请致电前台 020-3886 1275（工作日 9:00-18:00）。
    """),
    ("zh-Hant", "notices"): _lines("""
        平和基金戒賭輔導熱線 1834 633，由受過專業訓練的社工接聽，所有來電均予以保密，求助者毋須透露姓名，家屬亦歡迎來電查詢支援服務。
        通告：東華三院平和坊將於12月14日（星期六）下午2時至4時舉辦家屬支援講座，主題為「如何與沉迷賭博的家人溝通」，費用全免，請於12月10日前報名。
        根據第10/2012號法律《規範進入娛樂場和在場內工作及博彩的條件》，任何人均可向博彩監察協調局申請禁止本人進入娛樂場，家屬亦可在符合條件下代為申請。
        通告：由2026年1月1日起，本中心辦公時間調整為星期一至五上午10時至晚上8時，星期六上午10時至下午1時，星期日及公眾假期休息，熱線服務維持不變。
        「智醒理財」網上課程共六節，內容包括家庭預算、債務重組及防騙常識，完成後可獲電子證書，名額200個，報名截止日期為2026年12月31日下午5時。
        溫馨提示：如收到自稱「財務公司」或「債務重組顧問」的騷擾或可疑電話，切勿轉賬，請即致電警方反詐騙協調中心「防騙易熱線」18222 查詢。
        衛生福利部安心專線 1925（依舊愛我），24小時免付費，提供情緒支持及賭博成癮轉介服務，手機及市話均可撥打，亦歡迎家屬來電諮詢。
        臺北市立聯合醫院松德院區成癮防治門診：週二、週四下午，地址：臺北市信義區松德路309號，請攜帶健保卡掛號，初診請提早30分鐘報到。
        注意：本中心不會透過WhatsApp或短訊要求閣下提供銀行戶口、信用卡或一次性密碼，如有懷疑請致電 2827 0001 核實。
        家屬互助小組逢每月第一及第三個星期三晚上7時半舉行，每組名額12人，地點為本中心三樓活動室，費用全免，首次參加前請先致電登記。
        《賭博條例》（第148章）第8條規定，與非法莊家下注者一經定罪，最高可被判罰款$30,000及監禁9個月，經營非法莊家的罰則則更重。
        惡劣天氣安排：八號或以上颱風信號、黑色暴雨警告生效期間，所有面談及小組暫停，電話熱線照常運作，請留意本中心Facebook專頁公布。
        澳門晴天賭博輔導中心新址：氹仔布拉干薩街 88 號地下，WhatsApp 查詢 6288 1133，電郵 info@sunnyday-gambling.org.mo。
    """),
    ("zh-Hant", "history"): _lines("""
        1847年澳葡政府將賭博合法化，以徵收賭餉彌補財政收入，番攤在十九世紀成為澳門最流行的賭博形式，當時的番攤館多集中在福隆新街一帶。
        1930年代傅老榕與高可寧合組泰興娛樂總公司，取得澳門賭業專營權，一直經營至1961年專營合約期滿，其後由新公司在競投中勝出。
        1962年，何鴻燊、霍英東、葉漢及葉德利合組的澳門旅遊娛樂有限公司投得澳門博彩專營權，開啟長達四十年的專營時代，直至2002年賭權開放為止。
        葡京酒店於1970年開業，曾長期是澳門最具代表性的娛樂場，其外形至今仍是不少明信片上的城市標誌，2007年鄰近又落成了新葡京。
        2002年澳門特區政府開放賭權，澳博、永利及銀河取得三個博彩經營批給，其後再衍生出三個轉批給，形成所謂「三正三副」的格局，一直維持至2022年。
        杜斯妥也夫斯基1866年在二十多天內口述完成《賭徒》，以履行與出版商斯捷洛夫斯基的苛刻合約，書中主角阿列克謝沉迷輪盤，被視為作者自身經歷的寫照。
        香港賽馬會成立於1884年，六合彩於1975年首次攪珠，其後足球博彩亦於2003年交由馬會規管經營，其盈餘大部分撥捐慈善信託基金。
        1980年代台灣「大家樂」地下賭博風靡全島，政府於1987年停辦愛國獎券，以遏止以獎券號碼為對象的簽賭歪風，直至1999年才以公益彩券形式重新發行。
        2006年澳門博彩毛收入首次超越拉斯維加斯大道，澳門自此被外國媒體稱為「東方拉斯維加斯」，而問題賭博的公共討論也隨之增加。
        金庸小說《鹿鼎記》中的韋小寶出身揚州麗春院，擲骰子的本領貫穿全書，是武俠小說中罕見的「賭徒主角」，1998年由陳小春在電視劇中飾演。
        周潤發在1989年電影《賭神》中飾演高進，導演王晶其後拍攝多部續集，帶動了香港九十年代一系列賭片熱潮，片中造型至今仍被模仿。
        澳門旅遊塔於2001年12月落成啟用，高338米，由澳門旅遊娛樂股份有限公司興建，是當時澳門最高的建築物，塔上設有觀光層及旋轉餐廳。
        2003年7月立法會通過《2002年賭博（修訂）條例草案》，把足球博彩規範化，由香港賽馬會於同年8月開始接受合法足球投注，同時成立平和基金。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah kaunseling ketagihan judi percuma? J: Ya, sesi di Klinik Kesihatan dan Jabatan Kebajikan Masyarakat adalah percuma; hubungi Talian Kasih 15999 untuk rujukan.
        S: Saya berhutang dengan ah long, apa patut saya buat? J: Buat laporan di balai polis terdekat dan jangan sesekali bayar melalui akaun pihak ketiga yang diberikan oleh peminjam.
        S: Bolehkah AKPK membantu hutang kad kredit? J: Agensi Kaunseling dan Pengurusan Kredit menawarkan Program Pengurusan Kredit tanpa caj; talian bebas tol 1-800-22-2575.
        S: Di mana kumpulan sokongan keluarga? J: Sesi Gam-Anon diadakan setiap Sabtu jam 10 pagi di dewan komuniti Taman Tun Dr Ismail, Kuala Lumpur; tidak perlu mendaftar.
        S: Adakah judi dalam talian haram di Malaysia? J: Ya, perjudian tanpa lesen adalah salah di bawah Akta Rumah Judi Terbuka 1953 dan boleh dikenakan denda serta penjara.
        S: Berapa lama satu sesi kaunseling? J: Biasanya 45 hingga 60 minit; pelanggan baharu perlu mengisi borang saringan PGSI yang mengandungi sembilan soalan.
        S: Bolehkah saya sekat aplikasi 4D di telefon? J: Ya, aktifkan Google Family Link atau pasang BetBlocker versi 1.4.7 yang boleh dimuat turun secara percuma.
        S: Adakah maklumat saya dirahsiakan? J: Semua rekod dilindungi di bawah Akta Perlindungan Data Peribadi 2010 (Akta 709) dan hanya dikongsi dengan kebenaran bertulis.
        S: Bilakah waktu operasi pusat? J: Isnin hingga Jumaat 9.00 pagi hingga 6.00 petang, Sabtu 9.00 pagi hingga 1.00 petang; tutup pada cuti umum Wilayah Persekutuan.
        S: Bagaimana jika pasangan enggan berjumpa kaunselor? J: Anda boleh hadir sendiri dahulu; sesi keluarga boleh diatur kemudian apabila pasangan sudah bersedia.
        S: Adakah cawangan di Pulau Pinang? J: Ya, di Tingkat 3, Wisma Yeap Chor Ee, Lebuh Pantai, 10300 George Town; hubungi kaunter kami di 04-262 8815.
        S: Apa itu program POWER!? J: Ia program celik kewangan AKPK tentang bajet isi rumah dan pengurusan hutang, ditawarkan secara percuma dalam talian dan bersemuka.
        S: Bolehkah saya minta pengecualian diri di Resorts World Genting? J: Ya, isi borang pengecualian di kaunter Khidmat Pelanggan; tempoh dan syarat tertakluk kepada polisi syarikat.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, reminder: 家属工作坊 this Sat 2pm at Room 3B, projector 还没修好, please bring your own HDMI adapter ya.
        Eh the hotline roster for Dec dah update dalam shared drive, file name Roster_Dec2026_v4.xlsx, check your slot ok.
        Intake form 新版本 v2.3 已经上线 in CaseDesk, old PDF version pls stop using from Monday 8 Dec onwards.
        Anyone free to cover 夜班 hotline 7pm-11pm on 24 Dec? Management approved OT claim at $25/hr, reply here before Thurs.
        FYI 明天 training at 9am, venue: HarbourFront Centre, 1 Maritime Square, level 9 seminar room, bring staff pass for the gantry.
        Printer tingkat 2 rosak lagi, IT ticket INC-20261203-0457 sudah dibuka, sementara guna printer pantry dulu ya semua.
        Pantry 的 Milo 和 Nescafe 3in1 又没了, nanti saya beli di NTUC FairPrice, claim under petty cash PC-118 ok?
        Stats for Nov: 142 hotline calls, 37 new intakes, 12 family sessions, 3 referrals to IMH. Slide deck dah upload ke Teams.
        Please don't put client names in this group ah, use case number only in CaseDesk, PDPA audit coming in Jan 2027.
        Kawan2, seminar Judi Dalam Talian & Belia 15 Jan di Dewan Bandaraya Kuala Lumpur, siapa nak join 报名 by Friday.
        Vendor Gamban renewal quote 到了: 200 licences x SGD 19.99 = SGD 3,998 before GST, invoice no. GB-INV-88213, finance pls approve.
        Lift A 明天 10am-12pm maintenance, clients with mobility issues pls guide them to Lift C near the 7-Eleven.
        Reminder 大家: Christmas potluck 19 Dec 6pm, I bring 肉骨茶 from Song Fa Bak Kut Teh, siapa bawa dessert?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My husband Marcus Tan Wei Liang lost about S$48,000 at Marina Bay Sands since March and he still says he can stop anytime. How do I file a Family Exclusion Order for him?
        Client intake: Name: Rachel Koh Siew Ling | NRIC: S8823416B | Mobile: 9127 4083 | Referral: self | Presenting issue: online sports betting, debt approx S$27k
        hi its Darren again, the moneylender called my mum at 6285 3317 and threatened to splash paint on her door at Blk 412 Tampines St 41 #07-233, what do i do
        I'm 34, diagnosed with major depression in 2024 and my gambling got worse after the divorce. Name on the referral letter is Priya Nair, DOB 14/09/1991.
        Repayment plan for Jonathan Lim: DBS account 029-614738-5, $350 monthly from 25 Jan 2027; creditor Standard Chartered card ending 4471, balance $12,640.
        Can you help me write an apology email to my wife? Her email is mei.ling.ong88@gmail.com, she moved out last week with our daughter Chloe because I gambled away our BTO deposit.
        FIN G5528714M, Nguyen Thi Hoa, domestic helper in Bukit Panjang, borrowed $6,000 from licensed moneylenders to cover her brother's gambling debts back home.
        Uncle Ah Seng from our kopitiam, the one with the Toyota Wish SJK4827X, keeps borrowing from my dad for 4D and now owes him around $9k.
        My father, Mr Lee Kok Wah, 67, has early dementia and keeps buying Toto tickets with his CPF payouts; we want to apply to be his deputies.
        WhatsApp from my brother Kelvin (+60 12-338 9041): 'bro pls transfer 2k to my Maybank 1140 2267 8953 by tonight or they come to the house'
        Case note 03/12: Mdm Siti Rahmah bte Osman (T0157382E) reports her son stole her gold jewellery to pay off an online casino; police report ref. TP/20261129/4418.
        I am Benjamin Chua, 29, on a 3-year Casino Exclusion Order, take home only $3,200 a month, and my bookie friend keeps texting me at 8823 1950 with free credit offers.
    """),
    "zh-Hans": _lines("""
        我老公张建国在澳门输了六十多万，现在信用卡全部逾期，他身份证号440305198604172839，银行天天打电话来催。
        我叫刘晓燕，手机13926471583，想咨询一下怎么帮我弟弟戒网赌，他已经在十几个网贷平台借了钱。
        王阿姨说她儿子小军因为赌球被拘留了15天，现在丢了工作，在广州番禺区市桥街光明北路88号2栋1502租房住。
        求助：我爸陈德明在老家打麻将欠了邻居8万，我妈闹着要离婚，我夹在中间很痛苦，该怎么劝他们？
        还款计划表：借款人 黄伟，招商银行卡号 6225 8802 3471 9956，每月15日还款 ¥3,200，共24期，剩余本金 ¥68,500。
        我是林静，35岁，怀孕5个月，老公还在玩网络百家乐，昨天又把我们这个月的房贷钱输光了，我真的不知道怎么办。
        身份证 350203199108221544，姓名 吴丽娟，申请将本人加入“赌博自我排除”名单，联系邮箱 wulijuan91@163.com。
        阿强的车牌粤B·7K29Q已经被贷款公司拖走了，他还欠着8万多没还，现在连他女朋友都要跟他分手。
        我舅舅周海波确诊了双相情感障碍，发病时会去地下赌场，家里人想送他去广州市惠爱医院住院，需要哪些手续？
        微信号 zhaoyu_0613 那个人就是我表哥赵宇，他骗了我奶奶2万块去买彩票，我们要不要报警？
    """),
    "zh-Hant": _lines("""
        我老公陳志豪（HKID K482913(1)）欠咗財務公司三十幾萬，而家每日都有人打佢手機 6234 8817 追數。
        林太話佢個仔阿俊每個月一出糧就即刻過澳門，今年已經輸咗成副身家，佢想幫個仔申請破產。
        家屬登記：姓名 何美玲，電話 9183 2756，地址 九龍觀塘秀茂坪邨秀明樓1207室，與求助者關係：母親。
        我爸黃國雄退休後迷上網上賭波，偷咗我媽嘅強積金提款，兩個人而家分居，我媽仲有抑鬱症。
        台北的李先生（身分證 A124839175）想申請債務協商，他在玉山銀行的信貸餘額約新台幣85萬元，多數是賭博造成。
        我是陳怡君，住台中市西屯區文心路三段241號8樓之2，老公賭博欠地下錢莊，他們昨天來我家門口潑漆。
        澳門個案：區振邦，澳門居民身份證 5213846(3)，賭場疊碼仔，欠款約港幣一百二十萬，近日有自殺念頭，需緊急轉介。
        我叫阿珍，老公身份證 Y305817(2)，佢用我個名借咗五萬蚊去賭馬，我今日先收到追數信，可唔可以唔還？
        收據上寫住「還款人：鄭偉強，滙豐戶口 004-512-738294-838」，呢個係我哥嘅戶口，佢話已經還清但其實冇。
        我兒子張家銘今年19歲，在高雄讀大學，用學貸的錢去玩線上百家樂，輸了12萬，手機0912-458-317都不接。
    """),
    "ms": _lines("""
        Suami saya, Mohd Faizal bin Rahim, dah kalah RM35,000 main judi online, sekarang ah long call saya kat 012-784 3390 setiap hari.
        Nama: Nurul Huda binti Abdullah, No. KP: 850312-14-5522, Alamat: No. 27, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor. Mohon kaunseling keluarga.
        Abang saya Azlan ambil duit KWSP ayah RM20k untuk judi bola, ayah pula baru kena strok bulan lepas dan masih di wad.
        Pelan bayaran balik: Encik Lim Chee Keong, akaun Maybank 5140 1288 3365, RM450 sebulan selama 36 bulan mulai Februari 2027.
        Tolong, anak saudara saya Haziq (17 tahun) guna kad debit mak dia untuk top up judi dalam talian, sudah RM8,200 hilang.
        Emel saya farah.izzati92@yahoo.com, saya nak mohon cerai sebab suami berjudi dan pukul saya, boleh bagi nombor peguam syarie?
        Kereta Myvi WUA 3718 milik Kak Rosnah dah ditarik bank sebab suaminya guna duit ansuran untuk beli nombor ekor.
        Saya Siva a/l Muniandy, 41, dah 2 tahun tak berjudi tapi masih berhutang RM62,000 dengan 4 bank, gaji saya RM3,800 je.
        Pak Cik Razak kat Kampung Baru tu, rumah No. 14 Lorong Raja Muda Musa, dah gadai geran tanah untuk bayar hutang judi anak dia.
        Log panggilan 02/12 21:47: pemanggil Encik Tan (019-226 5471) mengadu isterinya ketagih mesin slot dan berisiko bunuh diri, dirujuk ke Befrienders.
    """),
    "mixed": _lines("""
        My mum 陈秀英 keeps going to Genting every weekend, 已经把 ASB 的钱全部拿出来了 RM70k, how to 劝她?
        Bro Ah Keat ah, his number 016-452 8890, kena tipu by online casino, 他老婆要跟他离婚 already.
        CSV: case_id,name,nric,phone,debt_sgd | C-0412,Goh Boon Huat,S7612093E,8164 2290,31500
        老公 Vincent Yeo 的 OCBC account 687-413529-001 我已经 freeze 了, but he still borrow from 大耳窿, can you help me 写 letter to bank?
        Saya punya 老爸 Mr Ong Teck Seng 67岁 ada diabetes, tapi setiap hari pergi beli 4D, pencen habis dalam seminggu.
        我阿妹 Jessica Wong 嘅 HKID P620358(6)，佢 sign 咗 guarantor 俾男朋友借錢去賭，now the bank is chasing her.
        Pls help 我 check this SMS: 'Dear Mr Chong Wai Kit, your IC 790528-07-5631 is blacklisted by CTOS' 这是真的吗？我爸很紧张。
        Hubby 阿辉 gamble until lost his job at Changi Airport, we stay Blk 208 Jurong East St 21 #11-456, 孩子要交学费了怎么办 sia.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive assistant for people affected by gambling in Singapore. Do not judge; point to professional help where relevant.",
        ),
        (
            "user",
            "My younger brother Nicholas Seah has borrowed from 3 licensed moneylenders and now wants me to be his guarantor for a 4th loan. I already lent him $15k last year.",
        ),
        (
            "assistant",
            "That sounds exhausting, and it is okay to say no. Being a guarantor makes you legally liable if Nicholas cannot pay. You could offer to go with him to a credit counselling session instead of signing.",
        ),
        (
            "user",
            "He says if I don't sign he will lose his flat at Blk 57 Lengkok Bahru. My parents are blaming me.",
        ),
        (
            "assistant",
            "Family pressure like this is very common. Credit Counselling Singapore can review his debts, and the NCPG helpline 1800-6-668-668 also supports family members like you, even if he refuses help.",
        ),
    ],
    [
        (
            "system",
            "Assistant memory. User profile: Aisha Rahman, 38, mobile +65 9746 1128, mother of two, husband Faris has a sports betting problem. Last session: discussed Family Exclusion Order.",
        ),
        (
            "user",
            "Hi, it's me again. Faris got the exclusion letter and he's furious. He won't talk to me.",
        ),
        (
            "assistant",
            "Hi Aisha, thank you for coming back. Anger right after an exclusion order is common. Are you and the children safe at home right now?",
        ),
        (
            "user",
            "Yes we're safe, he just slams doors. But he moved his salary to a new account so I can't pay the bills.",
        ),
        (
            "assistant",
            "That is financial control and it matters. You can talk to a family service centre about household expenses, and if you ever feel unsafe, call 999 or the PAVE helpline.",
        ),
    ],
    [
        (
            "user",
            "Please draft a short hardship letter to my bank. I'm Daniel Ho Jun Kiat, UOB credit card 4265 8830 1172 6643, outstanding $18,420. I've started gambling counselling and can pay $300 a month.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Daniel Ho Jun Kiat, holder of UOB credit card 4265 8830 1172 6643, am writing to request a repayment arrangement for my outstanding balance of $18,420. I am currently receiving counselling for a gambling problem and am committed to repaying $300 per month. I would be grateful for a waiver of late fees while I follow this plan. Yours faithfully, Daniel Ho Jun Kiat",
        ),
        ("user", "Should I mention my counselling at all? Feels embarrassing."),
        (
            "assistant",
            "It is your choice. Many banks respond better when they see you are getting help, but you can simply write 'personal circumstances' if you prefer to keep it private.",
        ),
    ],
    [
        ("system", "你是一个帮助赌博成瘾者及其家属的中文助手，语气温和，必要时建议寻求专业帮助。"),
        (
            "user",
            "我老公孙立伟（身份证110108197903054610）去年开始在手机上玩境外赌博网站，已经把我们家200多万的积蓄输光了，还背着我借了网贷。",
        ),
        (
            "assistant",
            "听到这些真的很难受。首先请保护好自己的财产：可以去银行冻结共同账户的网银转账功能，并保留他借款的证据。涉及境外网络赌博的，可以向当地公安机关报案。",
        ),
        ("user", "他不承认自己有问题，说下个月就能赢回来。我该跟他离婚吗？"),
        (
            "assistant",
            "“下个月赢回来”是赌博成瘾很典型的想法。是否离婚是你自己的决定，建议先咨询律师了解婚内债务如何认定，同时也可以考虑让他接受成瘾门诊的评估。",
        ),
    ],
    [
        (
            "user",
            "我是深圳的，叫郑海燕，电话18620937451。我每次去澳门都控制不住，想问问能不能让澳门的赌场不让我进？",
        ),
        (
            "assistant",
            "可以的。澳门允许本人向博彩监察协调局申请禁止进入娛乐场，期限最长两年，需要填写申请表并提供身份证明。申请后如果仍进入场内，会被劝离。",
        ),
        ("user", "需要本人去澳门办吗？我怕自己一过关又忍不住。"),
        (
            "assistant",
            "这个顾虑很真实。你可以先致电博彩监察协调局确认能否委托办理或邮寄材料；如果需要亲自去，可以请一位信任的家人陪同，办完就直接返程。",
        ),
    ],
    [
        (
            "system",
            "用户资料：胡志刚，男，42岁，佛山顺德，欠款总额约37万元（信用卡4张，网贷6家），月收入9000元。",
        ),
        ("user", "帮我做个还款计划吧，我真的不想再逃了。"),
        (
            "assistant",
            "胡先生，愿意面对已经是很重要的一步。按你月收入9000元计算，建议每月预留生活费4000元，其余5000元用于还款，优先与信用卡银行协商个性化分期，最长可申请60期。",
        ),
        ("user", "网贷那边利息很高，有的年化超过36%。"),
        (
            "assistant",
            "超过一年期LPR四倍的部分法院一般不予支持。你可以整理每家网贷的合同和还款记录，先还本金为主，对明显违规的高息部分可以向金融监管部门投诉。",
        ),
    ],
    [
        (
            "user",
            "我阿媽何婉珍（身份證 R771402(4)）日日喺屋企附近麻雀館打牌，仲同財仔借咗十萬，啲人打嚟我公司追數。",
        ),
        (
            "assistant",
            "明白你而家好大壓力。財務公司唔可以騷擾第三者，你可以記錄低來電時間同號碼，向警方或放債人註冊處投訴。另外平和基金熱線1834 633都有支援家屬。",
        ),
        ("user", "佢話打麻雀只係消遣，唔肯見社工。"),
        (
            "assistant",
            "好多長者都會咁講。你可以先自己去見輔導員學點樣傾，唔使一開始就逼佢承認有問題，慢慢由關心佢嘅生活開始。",
        ),
        ("user", "多謝，我想問下可唔可以幫佢申請唔畀入賭場？"),
        (
            "assistant",
            "香港麻雀館唔屬於賭場，所以冇自我隔離制度；如果佢會去澳門，可以考慮澳門嘅禁止進入娛樂場申請，但一般要本人或符合條件嘅家屬提出。",
        ),
    ],
    [
        ("system", "你是協助台灣民眾處理賭債與家庭衝突的助理，請用繁體中文回答。"),
        (
            "user",
            "我叫蔡承翰，身分證F225710381，在三家銀行欠了快兩百萬，大部分是運彩和線上博弈輸掉的，可以怎麼處理？",
        ),
        (
            "assistant",
            "蔡先生，可以先向最大債權銀行申請「前置協商」，整合成一個還款方案，最長可分期十年；若協商不成，再評估消費者債務清理條例的更生或清算程序。",
        ),
        ("user", "我老婆知道後帶小孩回娘家了，她說我不戒賭就離婚。"),
        (
            "assistant",
            "這一定很難受。債務可以慢慢處理，但家人的信任需要看到具體改變。可以撥打1925安心專線，或到成癮防治門診接受評估，也讓太太知道你正在行動。",
        ),
    ],
    [
        (
            "user",
            "我朋友阿Ben係澳門做疊碼仔，佢話有客走數，而家自己欠咗老闆八十萬，佢電話 6681 2094 成日收到恐嚇短訊。",
        ),
        (
            "assistant",
            "收到恐嚇訊息係刑事問題，建議佢保留所有短訊截圖，盡快向澳門司法警察局報案，唔好私下再借錢填數。",
        ),
        ("user", "佢驚報警會連累自己份工。"),
        (
            "assistant",
            "佢嘅擔心可以理解，但人身安全最重要。可以先搵律師了解自己嘅法律責任，同時聯絡當地嘅賭博輔導服務傾下情緒同債務問題。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu rakyat Malaysia berkaitan masalah judi. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Isteri saya Zuraida binti Kamal (KP 880721-10-6234) ketagih main slot online, dah habis RM40k duit simpanan kami. Saya nak buat apa?",
        ),
        (
            "assistant",
            "Saya faham ini sangat berat. Langkah awal: lindungi akaun bersama, tukar kata laluan perbankan, dan cadangkan Zuraida berjumpa kaunselor di Klinik Kesihatan atau hubungi Talian Kasih 15999.",
        ),
        ("user", "Dia marah bila saya tanya, kata saya kawal hidup dia."),
        (
            "assistant",
            "Reaksi begitu biasa berlaku. Cuba bercakap ketika suasana tenang, fokus pada perasaan dan keluarga, bukan menyalahkan. Anda juga boleh dapatkan sokongan untuk diri sendiri melalui kumpulan Gam-Anon.",
        ),
    ],
    [
        (
            "user",
            "Anak saya Amirul, 19 tahun, ambil pinjaman PTPTN dan habiskan untuk judi bola. Sekarang ah long datang ke rumah kami di No. 8, Jalan Seri Putra 3/2, Bandar Seri Putra, Kajang.",
        ),
        (
            "assistant",
            "Keselamatan keluarga paling penting. Jika ah long datang mengugut, segera hubungi 999 dan buat laporan polis. Jangan benarkan mereka masuk dan simpan rakaman CCTV jika ada.",
        ),
        ("user", "Patut ke saya bayar hutang dia supaya dorang berhenti?"),
        (
            "assistant",
            "Membayar pemberi pinjaman haram biasanya tidak menghentikan gangguan dan boleh menambah tuntutan. Lebih baik dapatkan nasihat polis dan AKPK, dan bawa Amirul berjumpa kaunselor.",
        ),
    ],
    [
        (
            "user",
            "hi can help me ah, I'm Kenneth Loh, NRIC S9012784E, want to self-exclude from both casinos and Singapore Pools online. 我已经输了 $60k liao.",
        ),
        (
            "assistant",
            "Hi Kenneth, good that you're taking this step. For the casinos you can apply for a self-exclusion through NCPG, and for Singapore Pools online you can set self-exclusion in your account settings. Do you want me to list the steps?",
        ),
        ("user", "ok pls, also 我老婆还不知道, should I tell her?"),
        (
            "assistant",
            "Sure. Telling your wife is a personal choice, but secrecy often makes recovery harder. Some people bring their partner to a counselling session so a counsellor can help with the conversation.",
        ),
    ],
    [
        (
            "system",
            "You are a bilingual (English/Chinese) assistant for a Malaysian gambling help service.",
        ),
        (
            "user",
            "我爸 Tan Ah Chai 在 Penang 开咖啡店, 但是每天都去买 nombor ekor, 上个月连店租 RM3,500 都没付, landlord 说要赶我们走.",
        ),
        (
            "assistant",
            "听起来家里压力很大。可以先和房东谈分期付款，同时请你爸爸接受辅导。Penang 的社会福利部门和 Befrienders Penang 都可以提供支援。",
        ),
        ("user", "他 insist 说是运气不好, not addiction. My mum cries every night."),
        (
            "assistant",
            "很多人都会这样想。你和妈妈也可以先去见辅导员，学习怎样设定金钱界限，例如由妈妈管理店里的收入。",
        ),
    ],
    [
        (
            "system",
            "CRM context: caller_name=Sharon Lim Hui Min; email=sharon.lhm@outlook.com; relation=daughter; concern=mother gambling at jackpot rooms; preferred_language=mixed EN/ZH.",
        ),
        (
            "user",
            "Hi, 我妈妈最近又去 jackpot room 了, 她 promise 过不去的. I don't know what else to do.",
        ),
        (
            "assistant",
            "Hi Sharon, 我明白你很失望。It may help to know that immediate family can apply for an exclusion order covering jackpot rooms too. Would you like information on how that works?",
        ),
        ("user", "Ok, please send the steps to my email also."),
        (
            "assistant",
            "Sure, I'll send the steps to sharon.lhm@outlook.com. Meanwhile, please also take care of yourself; family members can get free counselling through the NCPG helpline 1800-6-668-668.",
        ),
    ],
]
