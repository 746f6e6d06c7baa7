# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat145: chats with an assistant about one's own gambling problem (online casino debts, 4D and horse racing losses, self-exclusion, telling a spouse, loan sharks, counselling). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat145
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "helpline_faq"): _lines("""
        Q: Is the NCPG Helpline confidential? A: Yes. Call 1800-6-668-668 (8am to 11pm daily) and you do not have to give your name to speak to a counsellor.
        Q: How do I exclude myself from the casinos? A: Submit a Self-Exclusion application online via the NCPG website or at any Family Service Centre; it takes effect within one working day.
        Q: Can a family member apply to exclude me? A: Yes, immediate family can apply for a Family Exclusion Order; the Committee of Assessors decides after a hearing, usually within 4 to 6 weeks.
        Q: Does casino self-exclusion also cover Singapore Pools online accounts? A: No, you must restrict your Singapore Pools account separately; the casino order alone does not block online betting.
        Q: What is the Visit Limit? A: Citizens and PRs can cap casino visits per month at 0, 2, 4 or 8; any request to raise the limit needs a 30-day cooling-off period before it applies.
        Q: I owe money to an unlicensed moneylender and they are harassing me. Who do I call? A: Call the police X-Ah Long hotline 1800-924-5664, or 999 if you are in immediate danger.
        Q: Is help available in Malay or Tamil? A: Counsellors speak English, Mandarin, Malay and Tamil; the WhatsApp chat line 6446 6776 runs Monday to Friday, 9am to 6pm.
        Q: How much does gambling counselling cost? A: Helpline counselling is free for residents; the Addiction Medicine clinic at IMH charges subsidised rates from S$38 per visit.
        Q: Can I cancel my self-exclusion early? A: A self-exclusion stays in place for at least one year; revocation requests take about 4 weeks and you must attend one counselling session first.
        Q: What does the Ping Wo Fund do in Hong Kong? A: It funds counselling centres for gambling disorder across the territory; its hotline 1834 633 is answered 24 hours a day.
        Q: Where can Malaysians get help with debts after gambling? A: AKPK offers a free Debt Management Programme; call 03-2616 7766 or walk in at any branch, Monday to Friday 9am-5pm.
        Q: Are Gamblers Anonymous meetings held in Singapore? A: Yes, GA meetings run weekly in English and Mandarin; the GA 20 Questions self-test takes about five minutes.
        Q: What if I relapse after 90 days? A: Relapse is common. Reset goals with your counsellor, reinstall blockers such as Gamban or BetBlocker, and call the 24-hour line if urges spike at night.
    """),
    ("en", "exclusion_system_config_logs"): _lines("""
        2026-11-03T02:00:00+08:00 INFO nightly-sync exclusion_list rows_in=48211 rows_added=137 rows_revoked=22 duration=41.8s checksum=sha256:9f2c4e1b7a
        2026-11-03T02:00:42+08:00 WARN gate-reader-07 lobby turnstile firmware 3.2.1 returned HTTP 503 from /v1/entry/check, retry 2 of 5 in 800ms
        blocklist.domains = ['*.bet365.com', '*.w88.com', '*.1xbet.com', '*.stake.com']  # sample list for DNS filter, refreshed every 6h
        BETBLOCK_API_BASE=https://api.example.org/v3 BETBLOCK_TIMEOUT_MS=2500 BETBLOCK_CATEGORIES=casino,sportsbook,lottery,crypto_casino
        def cooling_period_days(order_type: str) -> int: return {'SELF': 0, 'VISIT_LIMIT_RAISE': 30, 'FAMILY_REVOKE': 90}.get(order_type, 30)
        CREATE TABLE visit_limit (member_hash CHAR(64) NOT NULL, monthly_cap SMALLINT CHECK (monthly_cap IN (0,2,4,8)), effective_from DATE NOT NULL);
        2026-11-04T13:15:09+08:00 INFO helpline-ivr queue=MANDARIN waiting=6 longest_wait=00:04:12 agents_ready=3 sla_target=00:03:00 breach=true
        curl -X POST https://selfexclude.example.com/api/v1/requests -H 'Content-Type: application/json' -d '{"channel":"web","lang":"ms","dry_run":true}'
        gamban-win-4.7.2.msi SHA256 3b8e1f0a6d2c9e47b15a0c3f8d9e2a1b4c6d7e8f90a1b2c3d4e5f60718293a4b size=38.4 MB signed by Gamban Ltd
        feature_flags: {show_ncpg_banner: true, deposit_limit_default_sgd: 500, reality_check_interval_min: 60, allow_credit_card_topup: false}
        ALERT rule=chasing_losses window=24h threshold=deposits>=5 AND net_loss_sgd>=2000 action=push_reality_check severity=medium owner=rg-team
        2026-11-05T09:00:03+08:00 ERROR report-gen monthly_rg_summary.pdf failed: font NotoSansCJK-Regular.otf not found in /usr/share/fonts/opentype
        HTTP/1.1 451 Unavailable For Legal Reasons | X-Blocked-By: GRA-RGA-List | X-Request-Id: 7f3a9c21-04de-4b8e-9a61-2c5e88f0d1b4 | via edge-sin-02
    """),
    ("zh-Hans", "法规与反诈提示"): _lines("""
        《中华人民共和国刑法》第三百零三条：以营利为目的，聚众赌博或者以赌博为业的，处三年以下有期徒刑、拘役或者管制，并处罚金；开设赌场的，处五年以下有期徒刑，并处罚金。
        公安机关提示：境外网络赌博平台常以“高返水”“稳赚不赔”为诱饵，充值后账户被冻结、无法提现，请勿下载来源不明的APP，遇到可疑情况请拨打96110咨询。
        根据《治安管理处罚法》，以营利为目的为赌博提供条件或参与赌博赌资较大的，处五日以下拘留或者五百元以下罚款；情节严重的，处十日以上十五日以下拘留，并处罚款。
        国家反诈中心APP可识别涉赌涉诈来电和短信，安装后在“我的”页面开启来电预警功能；各地96110预警劝阻专线来电请务必接听，这不是诈骗电话。
        “两高一部”《关于办理网络赌博犯罪案件适用法律若干问题的意见》明确：建立赌博网站并接受投注，赌资数额累计达到三十万元以上的，属于开设赌场“情节严重”。
        提醒：体彩、福彩是国家批准发行的彩票，单注最高奖金有上限；任何声称可“内部包中”“代购追号翻倍”的微信群、QQ群均涉嫌诈骗，请勿扫码转账。
        警方通报：近期捣毁一个为境外赌博网站提供“跑分”支付结算的团伙，冻结涉案资金1.2亿元，查获涉案银行卡3100余张、手机卡800余张，案件正在进一步侦办中。
        银行风险提示：出租、出借、出售银行卡和支付账户，可能被用于赌博资金结算，涉事账户将被纳入“断卡”行动惩戒名单，五年内限制非柜面业务和新开户。
        澳门特区打击不法博彩的新法律已于2024年生效，非法兑换赌资、在娱乐场外非法经营博彩及提供非法博彩信贷等行为，均可处最高五年徒刑，请旅客切勿参与。
        全国统一心理援助热线12356已开通，可提供情绪疏导、危机干预及成瘾行为咨询转介，服务时间为每日8:00至22:00，部分省份开通24小时值守，来电不收取额外费用。
        戒赌互助小组守则第三条：分享时只谈自己的经历，不评论他人，不在群外转述组员的任何信息；第四条：每次聚会时间不超过90分钟，迟到超过15分钟请在门外等候。
        温馨提示：本平台已接入防沉迷系统，未成年人禁止购彩；单日购彩金额超过2000元将触发人工核验，单笔支付限额为500元，如需调整请联系在线客服。
        历史：清末民初广州“番摊馆”林立，1936年陈济棠主政广东期间曾多次下令禁赌，但禁令执行时松时紧，不少赌馆转入地下或迁往澳门继续经营。
    """),
    ("zh-Hant", "賽馬與平和基金公告"): _lines("""
        香港賽馬會公告：本星期日沙田日賽因天氣惡劣延遲開跑，首場改於下午1時45分舉行，已售出的彩票維持有效，詳情請留意馬會網站及官方手機應用程式。
        平和基金資助的戒賭輔導熱線1834 633，二十四小時有專人接聽，求助者毋須提供真實姓名，輔導服務亦設普通話及英語，家屬同樣可以致電求助。
        潘頓今季在沙田及跑馬地合共勝出逾百場頭馬，再次刷新個人紀錄，賽後接受傳媒訪問時表示感謝各位練馬師及馬主一直以來的支持與信任。
        《賭博條例》（第148章）規定，在香港非法收受外圍投注屬刑事罪行，最高可判罰款500萬元及監禁7年；參與外圍投注者亦可被罰款3萬元及監禁9個月。
        明愛展晴中心位於九龍，為受賭博問題困擾的人士及其家人提供個人及家庭輔導、債務輔導、小組治療及網上輔導，所有服務均由平和基金資助，全部免費。
        東華三院平和坊設於旺角，提供賭博失調治療、理財輔導及家屬支援小組，辦公時間為星期一至六上午9時至晚上10時，可透過網上表格預約首次面談。
        馬會今季推出「負責任博彩」提示：六合彩每注基本單位為港幣10元，網上投注戶口持有人可自行設定每日及每月的投注上限，調高上限須等候冷靜期。
        澳門博彩監察協調局（DICJ）重申：未滿21歲人士不得進入娛樂場，違者可被科處1,000至10,000澳門元罰款，娛樂場經營者亦須承擔相應責任。
        澳門社會工作局「負責任博彩」輔導熱線2826 1126全年無休，市民亦可透過網站預約面談，或前往各區家庭服務中心索取防治問題賭博的資料單張。
        賠率表：第3場 1200米 第四班，熱門「金鑽貴人」獨贏3.2倍、位置1.4倍，次熱門「喜運亨通」獨贏5.5倍，連贏（3-7）18.5倍，開跑前十五分鐘更新。
        馬會會員通訊：2026/27馬季將於9月6日揭幕，全季共88個賽馬日，其中跑馬地夜賽佔38場，沙田週日賽事將加插多場國際邀請賽及一級賽。
        新聞：騎師何澤堯再度獲選香港最佳本地騎師，他在頒獎禮上表示，來季會繼續努力爭取更多頭馬，並感謝香港賽馬會學徒培訓計劃多年栽培。
        戒賭互助會聚會通告：逢星期三晚上7時30分於灣仔軒尼詩道130號修頓中心舉行，歡迎首次參加的朋友提早十分鐘到達，現場提供廣東話及普通話分享。
    """),
    ("zh-Hant", "輔導機構評論"): _lines("""
        ★★★★☆ 張老師基金會台北分事務所，1980專線打了三次都很快接通，志工語氣溫和，不會急著說教，唯一缺點是晚上十點以後要等比較久才有人接。
        ★★★★★ 生命線1995半夜也有人接，聊完之後覺得沒那麼想衝去便利商店簽運彩，真心推薦給同樣卡在賭博裡面、又不敢跟家人開口的人。
        ★★☆☆☆ 康寧身心診所掛號要等兩週，初診費新台幣500元含掛號費，醫師看診不到十分鐘就開藥，完全沒有討論賭博行為本身，有點失望。
        ★★★★☆ 衛福部1925安心專線真的二十四小時都有人接，客服還主動告訴我各縣市都有戒賭門診可以轉介，也會寄送成癮衛教資料，整體很安心。
        ★★★☆☆ 台北市立聯合醫院松德院區的成癮門診環境乾淨、動線清楚，但停車位很少，建議搭捷運到象山站再走十分鐘左右，比較不會遲到。
        ★★★★★「阿德書房」這家小書店有一整區成癮與心理復原的書，老闆推薦的《賭徒》杜斯妥也夫斯基新譯本很好讀，店裡還有免費的戒賭資源地圖。
        ★☆☆☆☆ 標榜「債務整合」的某理財顧問公司，收了諮詢費3,000元之後就不接電話，奉勸大家直接找銀行公會的債務協商窗口，不要再被騙第二次。
        ★★★★☆ 澳門聖公會在氹仔的輔導中心週六上午也開放，輔導員會說廣東話和普通話，等候區有兒童角落，帶小孩一起去也很方便，收費全免。
        ★★★☆☆ 高雄市立凱旋醫院的成癮治療預約系統常常當機，不過櫃台人員很有耐心，改用電話總機轉門診掛號也可以，初診大約等一個星期。
        ★★★★★ 台灣運彩官方App的「自我限制」功能很好找：設定 > 負責任博彩 > 每週投注上限，改低立即生效，改高要等七天，很適合想戒的人。
        ★★☆☆☆ 網咖「老王電競館」包廂一直有人在玩線上百家樂，店家完全不管，還有人在櫃台換點數，已經向市府消保官及警察局反映，希望能改善。
        ★★★★☆ 董氏基金會辦的家屬講座很實用，講師分享了很多跟賭博成癮家人溝通的技巧，現場講義可以免費帶走，網站上也能下載投影片。
        ★★★★☆ 陽光心理諮商所，個別諮商每小時新台幣1,800元，可以刷卡，地址在台中市西屯區台灣大道三段，近市政府站，線上預約回覆速度很快。
    """),
    ("ms", "keputusan_4d_dan_notis"): _lines("""
        Keputusan Magnum 4D cabutan 1234/26 (Sabtu, 22/11/2026): Hadiah Pertama 4821, Kedua 0937, Ketiga 6650; senarai Special dan Consolation di laman web rasmi.
        Notis: Jackpot Da Ma Cai 1+3D kini bernilai RM 8,412,530.60; tiket dijual di semua outlet berlesen sehingga jam 6.45 petang pada hari cabutan.
        Peringatan AKPK: Program Pengurusan Kredit (DMP) adalah percuma; kami tidak pernah meminta bayaran pendahuluan melalui WhatsApp. Talian rasmi: 03-2616 7766.
        Sports Toto: pembeli mesti berumur 21 tahun ke atas; setiap kedai berlesen wajib mempamerkan nombor lesen di kaunter, contoh format TT/BL/2026/0457.
        Akta Rumah Judi Terbuka 1953 (Akta 289) melarang rumah judi tanpa lesen; kesalahan di bawah akta ini boleh dikenakan denda yang berat dan penjara.
        Akta Pemberi Pinjam Wang 1951: pemberi pinjam wang berlesen wajib memaparkan lesen KPKT dan kadar faedah tidak melebihi 12% setahun bagi pinjaman bercagar.
        Polis DiRaja Malaysia: Laporkan ancaman Ah Long melalui talian 999 atau aplikasi Volunteer Smartphone Patrol (VSP); jangan bayar ke akaun pihak ketiga.
        Befrienders KL sedia mendengar 24 jam sehari di talian 03-7627 2929; semua perbualan adalah sulit dan anda tidak perlu memberi nama sebenar.
        Kedai nombor ekor 'Ah Seng Trading' di Jalan Pasar, Pudu, ditutup sementara atas arahan Majlis Bandaraya mulai 1 Disember 2026 kerana lesen telah tamat.
        Resorts World Genting: Program Pengecualian Diri boleh dipohon di Kaunter Khidmat Pelanggan, Tingkat 1, Genting Grand; tempoh minimum ialah enam bulan.
        Bengkel 'Bebas Hutang, Bebas Judi' anjuran Pusat Khidmat Masyarakat, Dewan Serbaguna Bangsar, Sabtu 13 Dis 2026, 9.00 pagi hingga 1.00 petang, percuma.
        Jadual harga kaunseling swasta: sesi individu RM180 sejam, sesi pasangan RM250 bagi 90 minit, pakej 6 sesi RM950; bayaran melalui FPX atau kad debit.
        Sejarah: Loteri Kebajikan Masyarakat diperkenalkan untuk mengumpul dana kebajikan negara sebelum dihentikan pada tahun 1990 selepas bantahan pelbagai pihak.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] Duty counsellor: Morning all, hotline queue ada 4 callers dari overnight, 2 Mandarin 1 Malay 1 English. Siapa free boleh ambil yang Mandarin?
        [09:05] Intake desk: 我可以接 Mandarin 那两个, but room 3 projector rosak lagi, please log ticket FAC-2026-1187 with admin before lunch.
        [09:11] Team lead: Reminder case notes mesti submit dalam CMS before 6pm, jangan simpan dalam WhatsApp or personal phone. PDPA audit next Tuesday.
        [09:14] Admin: Roster Dec dah upload ke shared drive /Roster/2026-12_v3.xlsx, weekend shift swap tolong inform by Friday 5pm ok, thanks semua.
        [10:20] Finance: Invoice INV-PWF-2026-0342 for Q4 group therapy workbooks dah approve, S$1,284.50 incl GST, vendor is Kinokuniya Ngee Ann City.
        [11:02] 外展组: 今晚 Kallang 社区讲座改到 7:30pm, void deck 那边有 wet weather plan, brochure 带 200 份, EN/CN/BM 各一些, banner 在 store room.
        [11:30] Team lead: New SOP v2.1: if caller mentions Ah Long threats, give X-Ah Long hotline 1800-924-5664 first, then book debt counselling within 48h.
        [12:45] Intake desk: 系统又慢了, CMS login page loading 30s+, IT ticket IT-88213 已开, vendor 说 eta 3pm 修好, meantime pakai paper form dulu.
        [14:10] Duty counsellor: FYI GA Mandarin group 周四晚场 venue change, now at Level 2 Activity Room, guna bilik besar sebab ramai new members.
        [15:00] Admin: Training 'Motivational Interviewing for Gambling Disorder' by NCPG on 18 Dec, 9am-5pm, 6 CPD points, register via the staff portal.
        [16:22] 外展组: Brochure print run 5,000 copies dah sampai, invoice dari printer vendor no. PRN-77812, kotak letak kat store room B2 sebelah pantry.
        [17:45] Team lead: 明天 Pusat Kaunseling briefing 9am sharp, topic 'online casino deposits via e-wallet', slides by 外展组 please share by 8am.
        [18:03] Duty counsellor: Handover done, 2 callbacks scheduled tomorrow 10am and 2pm in CMS queue HL-Q4, nothing urgent overnight so far, good night.
    """),
    ("mixed", "invoice_and_product_listing"): _lines("""
        Shopee listing: 《赌徒》陀思妥耶夫斯基 著, 上海译文出版社 2019 版, 平装 280 页, RM 32.90, free shipping above RM 40, SKU BK-DST-0192.
        Invoice No. INV-2026-11-0087 | Sunrise Counselling Pte Ltd (UEN 201834567K) | 6 x group session workbook @ S$12.00 = S$72.00 | GST 9% S$6.48 | Total S$78.48
        Lazada: Gamban 1-year licence 戒赌屏蔽软件 (Windows/Mac/iOS/Android), RM 129.00, digital delivery by email within 24h, seller rating 4.8/5.
        Price list 價目表 2026: 個人輔導 HK$600/節, 伴侶輔導 HK$900/節, 債務輔導評估 HK$300, 平和基金資助個案免費, 網上輔導 HK$450/節.
        Receipt 收據 No. R-0045128 | 陽光心理諮商所 | 統一編號 24587136 | 個別諮商 60 分鐘 NT$1,800 | 付款方式 信用卡 | 2026/11/20 15:32
        Delisted: 'Lucky Lim 4D Prediction Book 2027' 已下架 per Shopee policy on gambling content, all open orders refunded S$19.90 each.
        Kinokuniya listing: 'Dopamine Nation' by Anna Lembke, paperback, S$29.95, in stock at Ngee Ann City store, Level 3, Psychology section.
        Book listing: 'The Gambler' by Fyodor Dostoevsky, Penguin Classics edition, 240 pages, US$12.00, ships to Singapore in 7-10 working days.
        淘宝商品: 戒赌提醒智能手环, 定时震动, 支持 “冲动记录” App, ¥89.00 包邮, 月销 2000+, 店铺: 心安旗舰店, 7 天无理由退换.
        Invoice 發票 No. 0451-2026-1102 | 澳門利民心理服務有限公司 | 家庭輔導 3 節 x MOP 700 = MOP 2,100 | 付款方式: 銀行轉帳 | 到期日 2026-12-15
        Tracking SF1234567890123 顺丰速运: parcel 'GA Big Book 中文版 x2' from Kowloon warehouse, ETA 2026-11-28, status 已揽收, weight 1.2 kg.
        GrabFood order GF-2611-8834-KL: 20 x nasi lemak box untuk volunteers Bengkel Bebas Judi, RM 7.50 each, total RM 150.00 + delivery RM 5.00.
        Course listing: 'Understanding Gambling Disorder' by NCPG, e-learning 3 hours, S$45 (SkillsFuture eligible), certificate issued on completion.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Marcus Tan Wei Jie, 34, lost about S$46,000 at Marina Bay Sands over eight months and hasn't told his wife Rachel; he now owes two Ah Longs.
        Please call me back on 9347 2861 after 8pm, I'm the one who asked about a family exclusion order for my husband.
        My NRIC is S8712345F, can you check if my self-exclusion from both casinos is still active or did it lapse in October?
        Name: Daniel Koh Boon Huat | DOB 12/03/1988 | Contact 8126 5590 | Email danielkbh88@gmail.com | Presenting issue: online baccarat debts ~S$31k, suicidal thoughts in Sept.
        Jason's wife found the loan shark's red paint on their door at Blk 412 Bedok North Ave 2 #09-117 last night and wants to move the kids to her mother's place.
        Priya Nair (counselling client since Jan 2026) relapsed on horse racing bets last weekend; her psychiatrist increased her naltrexone to 50mg daily.
        Transfer the remaining S$2,300 to my own OCBC account 595-371284-001 so I can't touch it, then I'll give my wife the card.
        Hi I'm Kelvin from Jurong West, I'm 29 and I owe Atome, a bank and three friends about $18k in total, mostly from football bets.
        Mr Wong Ka Ho, HKID K482193(9), mobile 6123 4587, requests debt counselling after losing HK$380,000 on football via an offshore site.
        My sister Stephanie Lau (stephanie.lau.sg@outlook.com) keeps borrowing from our parents for her 4D habit and now they are behind on their HDB loan.
        2026-10-14,Ahmad bin Razali,+60 12-884 3170,Johor Bahru,casino_online,debt_rm=62000,status=referred_akpk
        The man chasing me calls himself Ah Keong, he texted from 9012 7744 saying he knows which school my son Ethan goes to.
    """),
    "zh-Hans": _lines("""
        我叫王志强，身份证号440106198703152417，在网上百家乐输了四十多万，现在信用卡逾期，能帮我写一份给银行的协商申请吗？
        我老公李建国瞒着我去澳门赌了三次，把我们存的房贷钱都输光了，我该怎么跟两个孩子说这件事？
        催收的人一直打我妈电话13917682245，说不还钱就去她单位闹，她在医院当护士，现在天天失眠。
        收款人：陈美玲，招商银行 6225 8821 4573 0096，这是我准备先还给表姐的钱，能帮我列个还款计划吗？
        阿明是我大学室友，住广州天河区林和西路，他说他也在玩境外体育博彩，已经欠了二十万，不敢告诉他爸妈。
        张桂芳女士，43岁，因长期赌博导致抑郁，2026年9月在北京安定医院就诊，诊断为赌博障碍合并中度抑郁发作。
        我的微信号是zhouliang_1990，网贷催收把我的照片P成欠款海报，说要发给我通讯录里的所有人。
        姓名 刘晓东｜手机 186 2039 5517｜住址 福建省厦门市思明区莲前西路88号3单元1402｜欠款类型 网贷+私人借款｜总额 ¥263,000
        赵先生上周在网上赌输了工资，公司财务已经发现他挪用了备用金三万元，老板说可能会报警。
        我的身份证310115197909220633被赌友借去办了网贷，现在征信上多了三笔逾期，我要怎么申诉？
    """),
    "zh-Hant": _lines("""
        我係陳家豪，手機 9678 2134，賭波欠咗財仔三十幾萬，佢哋話今個禮拜唔還就去我屋企淋紅油。
        林太話佢老公喺跑馬地輸咗成份糧，而家連小朋友學費都交唔到，佢已經搵律師想申請離婚。
        台北的黃俊傑，身分證字號 F128457361，簽運彩欠了地下錢莊八十萬，家人住新北市板橋區文化路一段。
        我太太蔡淑芬（0912-345-678）不知道我把她的金飾拿去當鋪換錢賭百家樂，我要怎麼跟她坦白？
        澳門居民梁志偉，手提電話 6688 4213，在氹仔賭場欠下疊碼仔港幣一百二十萬，家人說他已經被人禁錮兩日。
        我阿爸周永發七十幾歲仲日日買六合彩同賭馬，生果金都輸晒，家姐話要帶佢去睇精神科。
        個案記錄：何小姐，HKID Y305718(4)，2026年10月起接受戒賭輔導，有自殘紀錄，需每週覆診。
        收件人：吳志明，台中市北屯區崇德路二段146巷12號5樓，這是我要寄給債權人的存證信函地址。
        我朋友阿傑（IG: jay_kaohsiung_88）一直借我錢去賭，現在又叫我幫他作保，我要怎麼拒絕他？
        我係阿玲，匯豐戶口 004-512-398742-838，我想將人工自動轉去我老公戶口，費事自己拎去賭。
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Ismail, No. KP 850412-14-5237, saya berhutang RM45,000 dengan Ah Long di Kepong dan mereka ugut nak pukul isteri saya.
        Suami saya Azlan dah habiskan duit pengeluaran KWSP RM30,000 untuk judi online, saya tak tahu nak buat apa lagi dengan dia.
        Tolong hubungi saya di 012-678 3391 selepas jam 9 malam, isteri saya tak tahu saya ada masalah judi.
        Alamat rumah saya No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam; Ah Long dah tampal notis kat pagar semalam.
        Cik Nurul Huda binti Kamal, 31 tahun, guru di Ipoh, disahkan mengalami kemurungan teruk selepas kalah RM80k dalam slot online.
        Akaun Maybank saya 1640 2287 3915 atas nama Lim Chee Keong, tolong kira berapa bulan nak habiskan hutang kalau bayar RM800 sebulan.
        Plat kereta saya WXY 4821, Ah Long ikut saya dari tempat kerja di Subang sampai ke rumah dua malam berturut-turut.
        Borang AKPK: Nama Siti Aishah binti Rahman | MyKad 900318-10-6642 | Tel 019-224 8751 | Pendapatan RM3,800 | Jumlah hutang RM58,400
        Anak saya Hafiz, 19 tahun, pelajar UiTM Shah Alam, dah pinjam duit kawan-kawan untuk main judi bola, pensyarah dia dah call saya.
    """),
    "mixed": _lines("""
        Hi, I'm 陈伟明 from Klang, 我在 online casino 输了 RM 120k, my wife 还不知道, can you help me draft a message to tell her?
        我的 NRIC T0234871Z, Singapore Pools account 被我老婆 apply 了 exclusion, 但我想 check 是不是 permanent.
        Ah Long tu nama dia Botak, nombor dia 016-558 2094, dia cakap 利息每个礼拜 20%, kalau tak bayar dia datang rumah.
        Lim Siew Ling 林秀玲, 54, Penang, husband 赌马 lost their savings RM200k, she's been on antidepressants since March.
        Please update: client Tan Ah Huat 陈亚发, tel +65 9821 6033, email tanahuat1966@yahoo.com.sg, next session 2026-12-09 3pm, debt S$74k, wife filing divorce.
        我哥哥 Raymond Yeo 在 Genting 签了 credit marker RM 300k, 现在 casino 派人去他 office in Mont Kiara 讨债.
        Macau 我老豆梁國強 phone 6623 0917, 佢喺 Cotai 欠疊碼仔錢, 而家 passport 被人扣咗.
        My mum Madam Goh Soo Lan buys 4D every day from the outlet below our flat at 25 Toa Payoh Lor 7 #05-241, she spends her whole CPF payout.
        IC saya 910622-10-6644 tu, wait no, that's my wife's. 我的是 880725-08-5311, sorry. Need to apply self-exclusion at Genting.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive assistant that helps people with gambling problems in Singapore. Be non-judgemental and point to NCPG resources.",
        ),
        (
            "user",
            "I'm Marcus, 34. I've lost around S$46k at the casino this year and borrowed from two loan sharks. My wife Rachel has no idea. How do I even start telling her?",
        ),
        (
            "assistant",
            "Thank you for trusting me with this, Marcus. Start by picking a calm time, tell Rachel the full amount rather than part of it, and say what you are already doing about it, for example calling the NCPG Helpline at 1800-6-668-668. For the loan sharks, the X-Ah Long hotline 1800-924-5664 can advise you on safety.",
        ),
        (
            "user",
            "They said they'll come to our flat at Blk 412 Bedok North Ave 2 if I don't pay by Friday. Should I just pay them?",
        ),
        (
            "assistant",
            "Please don't pay into accounts they give you under pressure. Call the police if you feel unsafe, tell Rachel before Friday so she isn't surprised at the door, and ask a counsellor to help you list all your debts.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理赌博债务和情绪问题的中文助手。"),
        (
            "user",
            "我叫王志强，在境外网站玩百家乐输了四十多万，现在三张信用卡都逾期了。我的身份证号是440106198703152417，银行让我提供协商申请，你能帮我写吗？",
        ),
        (
            "assistant",
            "可以帮你起草。申请里写清楚逾期原因、目前月收入和每月能承担的还款金额即可。身份证号等信息建议你自己在正式文件里填写，不需要发在聊天中。",
        ),
        ("user", "好的，我月收入大概9000，每月最多能还3500。另外我想戒掉，有什么办法？"),
        (
            "assistant",
            "可以先卸载所有博彩APP、在手机上安装屏蔽软件，并拨打12356心理援助热线寻求专业帮助。协商申请草稿如下：本人因个人原因出现信用卡逾期，现月收入约9000元，申请分期还款，每月还款3500元……",
        ),
    ],
    [
        ("system", "你是一個以廣東話回應的輔導助手，協助有賭博問題的香港用戶。"),
        (
            "user",
            "我係陳家豪，賭波輸咗三十幾萬，大部分係問財仔借嘅。我老婆阿欣上個月先生咗BB，我真係唔知點開口。",
        ),
        (
            "assistant",
            "家豪，多謝你願意講出嚟。你可以先打平和基金資助嘅熱線1834 633，輔導員可以陪你計劃點樣同太太講，亦可以幫你處理財仔嘅債務。",
        ),
        (
            "user",
            "財仔話今個禮拜唔還就去我屋企淋紅油，我住喺沙田瀝源邨福海樓，好驚佢哋嚇親老婆仔女。",
        ),
        (
            "assistant",
            "如果有人恐嚇你或者破壞你屋企，請即刻報警。你亦可以考慮暫時安排太太同BB去娘家住幾日，同時盡快約見債務輔導員。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI yang membantu pengguna di Malaysia yang menghadapi masalah judi dan hutang.",
        ),
        (
            "user",
            "Saya Mohd Faizal, No. KP 850412-14-5237. Saya pinjam dengan Ah Long RM45,000 sebab kalah judi online. Sekarang mereka ugut isteri saya.",
        ),
        (
            "assistant",
            "Faizal, keselamatan keluarga anda yang paling penting. Buat laporan polis segera dan simpan semua mesej ugutan sebagai bukti. Jangan kongsi nombor kad pengenalan anda dengan sesiapa dalam talian.",
        ),
        (
            "user",
            "Mereka dah tampal notis kat pagar rumah saya di No. 27, Jalan Mawar 3, Taman Sri Muda, Shah Alam. Isteri saya takut nak keluar.",
        ),
        (
            "assistant",
            "Ambil gambar notis itu sebagai bukti sebelum menanggalkannya, dan bawa ke balai polis berhampiran. Untuk hutang yang sah, AKPK di 03-2616 7766 boleh bantu susun pelan bayaran balik.",
        ),
        ("user", "Terima kasih. Saya nak berhenti judi terus."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "hi 我想 check 一下, my NRIC T0234871Z, 我老婆 last year apply 了 family exclusion order for me, 是不是 permanent 的?",
        ),
        (
            "assistant",
            "A Family Exclusion Order is not permanent by default; it runs for a period set by the Committee of Assessors and can be reviewed. The Gambling Regulatory Authority or NCPG can confirm your status, and you should not need to share your NRIC with me to ask.",
        ),
        ("user", "ok thanks. Actually 我想 keep it, 我怕我自己 relapse again."),
        (
            "assistant",
            "That is a strong decision. You can also add a self-exclusion on top so it stays in place even if the family order ends.",
        ),
    ],
    [
        ("system", "你是協助台灣用戶處理賭博與債務問題的助理，請以繁體中文回答。"),
        (
            "user",
            "我是黃俊傑，身分證字號F128457361，在網路上簽運彩欠了地下錢莊八十萬，他們已經打電話到我爸媽家了。",
        ),
        (
            "assistant",
            "俊傑，先確保你和家人的安全。地下錢莊若有恐嚇或騷擾，可直接報警或撥110。也建議撥打1925安心專線或張老師1980，和專業人員談談你的狀況。",
        ),
        ("user", "我爸媽住新北市板橋區文化路一段，我很怕他們去那邊鬧。"),
        (
            "assistant",
            "可以先提醒家人不要開門、保留通話錄音，並請轄區派出所加強巡邏。債務部分，可以向法律扶助基金會諮詢，看看哪些利息屬於違法而不需償還。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping users who have gambling-related problems in Macau and Hong Kong.",
        ),
        (
            "user",
            "My father Leung Kwok Keung is stuck in Macau. He owes a junket agent HK$1.2 million and they took his passport. His phone is 6623 0917 but he's not answering.",
        ),
        (
            "assistant",
            "I'm sorry, that sounds frightening. Holding someone's passport to force repayment may be a crime. Please contact the Macau Judiciary Police immediately, and the Hong Kong Immigration Department's assistance unit can help a Hong Kong resident in distress outside Hong Kong.",
        ),
        ("user", "He has diabetes and needs his insulin, he only brought three days' supply."),
        (
            "assistant",
            "Mention his diabetes and insulin needs when you call the police, as that makes it urgent. If you can reach his hotel, ask staff to do a welfare check on him.",
        ),
    ],
    [
        (
            "system",
            "Counselling CRM context: client=Tan Ah Huat; tel=+65 9821 6033; email=tanahuat1966@yahoo.com.sg; debt=S$74,000; note=wife has filed for divorce. Help the counsellor prepare for the next session.",
        ),
        (
            "user",
            "Can you suggest an agenda for tomorrow's session? He said last week he gambled again at the casino after the divorce papers came.",
        ),
        (
            "assistant",
            "Suggested agenda: 1) check safety and mood after the divorce news; 2) review the relapse and what triggered it; 3) update the debt list of about S$74,000 and discuss a debt management referral; 4) confirm his self-exclusion status; 5) agree one small goal for the week.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short WhatsApp message to my husband about his 4D habit? His name is Lim Boon Keat and he's been spending about RM 1,500 a month on Magnum and Toto.",
        ),
        (
            "assistant",
            "Here is a gentle draft: 'Boon Keat, I love you and I'm worried. I saw that about RM 1,500 a month is going to Magnum and Toto, and we can't keep up with the bills. Can we talk tonight after the kids sleep? I'd like us to call AKPK together.'",
        ),
        (
            "user",
            "Thanks, maybe make it a bit shorter and add that I already booked a counselling session for us on Saturday.",
        ),
        (
            "assistant",
            "'Boon Keat, I'm worried about the RM 1,500 a month on 4D. I booked a counselling session for us this Saturday. Let's talk tonight. I'm with you.'",
        ),
    ],
    [
        ("system", "你是一名温和的心理支持助手，不提供医疗诊断。"),
        (
            "user",
            "我叫张桂芳，今年43岁。赌博好几年了，九月在北京安定医院确诊赌博障碍和中度抑郁，最近药吃了还是睡不着。",
        ),
        (
            "assistant",
            "桂芳，谢谢你愿意说出来。失眠要及时告诉你的主治医生，是否调整药物需要医生判断。如果有伤害自己的念头，请马上拨打12356或到医院急诊。",
        ),
        ("user", "我没跟我老公说确诊的事，他只知道我欠了钱。"),
        (
            "assistant",
            "是否告诉家人由你决定。很多人发现让一位信任的家人知道病情，会让治疗更容易坚持。你可以先和医生或咨询师一起练习怎么说。",
        ),
    ],
    [
        (
            "user",
            "Bapa saya, Encik Rosli bin Hamzah, 62 tahun, beli nombor ekor setiap hari. Duit pencen dia habis, sekarang dia pinjam dari jiran. Macam mana saya nak tolong?",
        ),
        (
            "assistant",
            "Ini situasi yang sukar. Cuba bercakap dengan bapa anda pada waktu tenang, fokus pada kebimbangan anda, bukan menyalahkan. Anda juga boleh hubungi Befrienders KL di 03-7627 2929 untuk sokongan emosi.",
        ),
        (
            "user",
            "Dia tinggal seorang di Kampung Baru, rumah No. 14, Jalan Raja Abdullah. Saya kerja di Johor, jarang balik.",
        ),
        (
            "assistant",
            "Mungkin anda boleh minta saudara atau jiran dipercayai menjenguknya, dan uruskan supaya sebahagian pencennya terus dibayar untuk bil rumah sebelum sampai ke tangannya.",
        ),
    ],
    [
        ("system", "You are a budgeting assistant."),
        (
            "user",
            "I want to lock away my money so I stop betting on horses. My salary goes into DBS 027-913845-2, can I set it up so it moves to my wife Mei Ling's account automatically?",
        ),
        (
            "assistant",
            "Yes, most banks let you set a recurring transfer on payday through internet banking. You could move most of your salary to your wife's account and keep a small fixed allowance. Also consider lowering your card and PayNow limits.",
        ),
        (
            "user",
            "Good idea. I lost S$22k at Kranji and online this year, and she only found out last week.",
        ),
        (
            "assistant",
            "It's a good sign that you are taking practical steps. Counselling for couples can help rebuild trust after a disclosure like this, and the NCPG Helpline can refer you both.",
        ),
    ],
    [
        ("system", "Assistant replies in the same language mix the user uses."),
        (
            "user",
            "Bro, Ah Long tu nama Botak, nombor 016-558 2094, dia cakap 利息每个礼拜 20%. 我已经还了 RM 8k 但他说还欠 RM 15k. Apa nak buat?",
        ),
        (
            "assistant",
            "Kadar faedah 20% seminggu ni memang haram. Jangan bayar lagi kepada akaun pihak ketiga. Buat laporan polis dan simpan semua mesej WhatsApp dari dia sebagai bukti.",
        ),
        ("user", "Tapi dia tahu 我住哪里, Taman Connaught, Cheras. 我怕他来找我妈."),
        (
            "assistant",
            "Dalam laporan polis, beritahu bahawa dia tahu alamat rumah dan anda bimbang untuk keselamatan ibu. Polis boleh tingkatkan rondaan di kawasan itu.",
        ),
    ],
    [
        ("system", "你是協助澳門居民的繁體中文助手。"),
        (
            "user",
            "我叫梁志偉，澳門身份證5187264(3)，喺氹仔賭場欠咗疊碼仔一百二十萬港幣，佢哋而家日日打去我公司。",
        ),
        (
            "assistant",
            "志偉，你可以先向社會工作局的戒賭輔導服務求助，亦可以就騷擾向司法警察局報案。身份證號碼唔需要喺度提供，請保護好自己嘅資料。",
        ),
        ("user", "我老婆仲未知，我驚佢會帶埋個女走。"),
        (
            "assistant",
            "明白你好擔心。輔導員可以陪你準備同太太傾，亦可以安排家庭輔導，等佢有機會表達感受，而唔係一個人承受。",
        ),
    ],
]
