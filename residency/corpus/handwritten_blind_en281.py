# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en281: SG/MY karate, judo and taekwondo dojos (gradings, competition entries, injuries, parents' consent, instructor rosters, membership fees). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en281
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "grading_notice"): _lines("""
        KYU GRADING NOTICE: Shotokan syllabus grading for 9th to 4th kyu will be held on Sat 14 Mar 2026, 2.00pm, at the dojo hall, Level 3, 21 Tai Seng Street.
        Candidates must have attended at least 24 classes since their last grading and must bring their record book, belt and a clean white gi. Grading fee S$45 by PayNow to UEN 201734512K.
        Dan grading panel: examiners are appointed by the Singapore Karate-Do Federation. Results will be posted on the noticeboard and on our Facebook page within 7 working days.
        Judo gradings (red/white/yellow) follow the Kodokan gokyo no waza; juniors below 13 are tested on ukemi and nage-komi only, no shime-waza or kansetsu-waza.
        Taekwondo colour-belt test: Poomsae Taegeuk 1 to 8 Jang, then sparring with full Daedo hogu and headgear. Mouthguard compulsory for all candidates from yellow belt upward.
        Reporting time 8.15am sharp. Late candidates will be moved to the next grading cycle (June 2026). No refunds, but the fee can be carried forward once.
        Parents are reminded that photography is allowed only from the spectator gallery, no flash during kata. Please keep the walkway beside Mat B clear at all times.
        Kukkiwon Poom/Dan certificates for the Nov 2025 batch have arrived. Collect at the front desk between 7pm and 9pm on weekdays, batch ref KKW-2025-11-SG-07.
        Hall closure: our Bangsar branch, 2nd Floor, No. 18 Jalan Telawi 3, 59100 Kuala Lumpur, is closed on 1 May (Labour Day). Grading moved to 3 May, same time.
        Minimum waiting period between grades: 3 months for kyu grades, 12 months from 1st kyu to Shodan, 2 years from Shodan to Nidan, as per JKA rules.
        Grading results hotline +65 6288 4410 (office hours) or e-mail grading@harimau-dojo.sg; please quote grading code GR-26-03-KYU when you write in.
        Black belts assisting as uke must sign in at 7.30am; light breakfast from the kopitiam downstairs will be provided, halal options available.
        Belt colours for the Kids programme: white, white-yellow, yellow, orange, green, blue, purple, brown, brown-black stripe, then junior black (Jr Shodan).
    """),
    ("en", "membership_price_list"): _lines("""
        Monthly fees (Kids 5-12): 1 class/week S$95, 2 classes/week S$150, unlimited S$210. Sibling discount 10% on the second child, not stackable with promo codes.
        Adult Judo + BJJ combo: RM180/month, 6-month package RM990 (save RM90). Registration RM60 one-time, includes dojo T-shirt and accident cover for 12 months.
        Karate gi (Tokaido Kata Master, 12oz, sizes 150-190cm): S$138 each; club crest embroidery S$18, name embroidery on the belt S$8 per belt.
        Daedo PSS trunk protector set (sizes 1-5) RM320, e-socks per pair RM260, Adidas WT-approved headgear RM145. Prices inclusive of 8% SST.
        Trial class: S$25 for 1 session, fully offset against the registration fee if you sign up within 7 days. Book via our front desk WhatsApp line +65 9176 2208.
        Annual federation affiliation fee S$30 per student, collected every January, non-refundable. Singapore Taekwondo Federation insurance included.
        Private lessons: S$120/hr with a senior instructor (3rd Dan and above), S$90/hr with an assistant instructor. Packages of 10 hrs get 1 hr free.
        Mat rental for corporate team-building: RM450 per 2-hour slot, max 30 pax, includes 1 coach and 1 assistant; weekends only, book at least 14 days ahead.
        Late payment: fees not received by the 7th of the month incur a S$10 admin charge. GIRO form available at reception, DBS/POSB, OCBC and UOB accepted.
        Competition entry fees 2026: MSSD selection RM40 per event, open state championship RM80 kumite + RM60 kata, team kata RM150 per team of 3.
        Membership freeze: up to 2 months per calendar year for medical reasons with an MC, or 1 month for overseas travel. S$15 admin fee per freeze.
        Sparring gear starter pack (gloves, shin pads, groin guard, mouthguard) S$89, SKU SPR-STR-KID-M; adult size SKU SPR-STR-ADT-L at S$109.
        Judogi: Mizuno Yusho IJF-approved (white or blue) RM590, Kusakura JOA single weave RM380; allow 3-4 weeks for import from Osaka.
    """),
    ("en", "log_lines_and_config"): _lines("""
        2026-03-14T08:02:17+08:00 INFO entries.sync batch=KATA-U12-F pushed 48 rows to tatami_3, checksum sha1=9f1c2e7ab04d55e3c6b1a0d2f7e94c81a3b56d02
        {"event_id": "SGOPEN-TKD-2026", "rings": 4, "round_seconds": 90, "rounds": 3, "golden_point": true, "gam_jeom_limit": 10, "tz": "Asia/Singapore"}
        WARN weighin.validate: division M-58kg has 3 entries above limit after 2kg tolerance, auto-moved to M-63kg (rule 4.2.1), job_id=wi-7731c
        def belt_rank(code: str) -> int: return {"10K": 0, "9K": 1, "1K": 9, "1D": 10, "2D": 11}.get(code.upper(), -1)
        entry_no,dojo_code,division,age_group,weight_class,belt,kata_choice,coach_licence_no,fee_paid,created_at
        ERROR payments.webhook evt_3Pq9XzLk2uA0mQ7b amount=4500 currency=sgd status=failed reason=card_declined retry_in=3600s
        dojo_app v2.7.3 (build 20260211.1742) released: fixed bracket seeding for repechage in judo U15, added WT 2024 point rules, removed legacy KP&P driver.
        SELECT division, COUNT(*) AS n FROM entries WHERE event_id = 'MYKARATE-OPEN-26' AND status = 'CONFIRMED' GROUP BY division ORDER BY n DESC;
        INFO bracket.generate event=SJF-NATS-2026 division=U18-M-66 entrants=17 rounds=5 byes=15 seed_source=ranking_2025.csv elapsed_ms=412
        export MATSIDE_API_URL=https://api.example-dojo.sg/v1 && export MATSIDE_API_KEY=sk_test_REPLACE_ME && npm run sync:gradings
        inventory.csv: SKU=GI-TKD-V-160, desc=Dobok V-neck 160cm, qty_on_hand=34, reorder_at=10, supplier=Busan Sports Trading Co., unit_cost=KRW 21500
        2026-05-02 19:45:03 INFO attendance.summary terminal=FRONT-01 classes_today=7 total_checkins=163 door=OPEN uptime=11h02m
        Ninja Van tracking SGNVD0091843271: 2 cartons of EVA foam mats (1m x 1m x 4cm) out for delivery to the dojo, ETA 2pm-6pm.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa umur minimum untuk menyertai kelas taekwondo kanak-kanak? J: Kami menerima pelajar berumur 5 tahun ke atas, kelas Little Tigers setiap Sabtu jam 9 pagi.
        S: Perlukah saya membeli dobok sebelum kelas pertama? J: Tidak perlu. Untuk kelas percubaan, pakai baju-T dan seluar sukan yang selesa sahaja.
        S: Adakah jurulatih bertauliah? J: Semua jurulatih memegang sijil Skim Persijilan Kejurulatihan Kebangsaan (SPKK) dan sijil pertolongan cemas yang masih sah.
        S: Bagaimana cara membayar yuran bulanan? J: Melalui DuitNow QR di kaunter, FPX atau pindahan ke akaun syarikat Maybank 5141 2230 8876 (Dojo Harimau Sdn Bhd).
        S: Bolehkah pelajar perempuan memakai tudung semasa latihan? J: Boleh, tudung sukan dibenarkan mengikut peraturan WT dan Persekutuan Judo Malaysia.
        S: Apa berlaku jika kelas dibatalkan kerana cuti umum? J: Kelas ganti diadakan dalam minggu yang sama, jadual dihantar melalui saluran WhatsApp rasmi dojo.
        S: Di manakah dojo terletak? J: Lot 2-07, Tingkat 2, Kompleks Sukan Setia Alam, Persiaran Setia Dagang, 40170 Shah Alam. Parkir percuma di Blok B.
        S: Berapakah yuran ujian tali pinggang? J: RM50 untuk kyu 10 hingga kyu 5, RM70 untuk kyu 4 hingga kyu 1, termasuk sijil dan tali pinggang baharu.
        S: Adakah insurans disediakan? J: Ya, setiap ahli dilindungi insurans kemalangan berkelompok, polisi kumpulan GPA-2026-DJH-0044 bagi tempoh Januari hingga Disember.
        S: Bolehkah ibu bapa menunggu di dalam dewan? J: Boleh, di ruang menunggu sahaja. Sila jangan masuk ke kawasan tatami dengan kasut.
        S: Siapa pengasas judo? J: Judo diasaskan oleh Kano Jigoro di Kodokan, Tokyo pada tahun 1882, dan menjadi sukan Olimpik sejak Sukan Olimpik Tokyo 1964.
        S: Bagaimana untuk menghubungi pejabat? J: Talian pejabat 03-5523 8817 (Isnin-Jumaat, 10 pagi-6 petang) atau e-mel admin@dojoharimau.com.my.
        S: Ada kelas untuk orang dewasa yang baru bermula? J: Ada, kelas Dewasa Asas setiap Selasa dan Khamis jam 8.30 malam, tiada had umur maksimum.
    """),
    ("zh-Hans", "比赛规程"): _lines("""
        第一条 本次比赛依据世界跆拳道联盟（WT）最新竞赛规则执行，采用电子护具计分系统，每局90秒，共三局，局间休息30秒，第三局平局时进行金分局。
        第二条 参赛运动员须于赛前一天14:00至17:00在武吉加里尔国家体育中心B馆完成称重，体重超出所报级别者取消该级别参赛资格，不予退费。
        第三条 组别划分：少年组（12至14岁）、青年组（15至17岁）、成年组（18岁以上），按出生年份计算，报到时须出示有效证件原件核验。
        第四条 每个道馆最多报名两名教练、一名领队及一名队医，须持有有效教练证，报名截止时间为2026年4月10日23:59（新加坡时间）。
        第五条 报名费：个人项目每项新币60元，团体品势每队新币150元，请转账至主办单位账户，并在备注栏填写道馆编号，例如 SG-DJ-0137。
        第六条 柔道比赛执行国际柔道联合会（IJF）2025版规则，少年组禁止使用关节技和绞技，正式比赛时间男女均为3分钟，加时赛不限时。
        第七条 空手道型比赛采用WKF指定型名单，第一轮与第二轮不得重复同一型，由7名裁判评分，去掉最高分和最低分后取其余五人的平均值。
        第八条 运动员受伤时，由大会医务组判定是否可继续比赛；医务组值班电话 +65 6345 0021，仅限比赛日当天使用，其他事务请勿拨打。
        第九条 申诉须在该场比赛结束后15分钟内由领队以书面形式提出，并缴纳申诉费新币100元，申诉成立后全额退还，不成立则不予退还。
        第十条 参赛者须自备经认证的道服、护齿、护裆及护手护脚，主办方仅提供电子护具和头盔，比赛场地内严禁穿鞋及携带饮料食物进入。
        第十一条 比赛日程：5月23日上午8:30开幕式，9:00起进行品势比赛，下午1:30起进行竞技比赛，晚上7:00举行颁奖典礼及闭幕式。
        第十二条 未满18岁运动员须提交家长或监护人签署的参赛同意书和免责声明，表格可在官网下载，表格编号 FORM-C3（2026版）。
        第十三条 本规程解释权归主办单位技术委员会所有，如有未尽事宜另行通知，各参赛单位请留意大会官网及官方Telegram频道的最新公告。
    """),
    ("zh-Hant", "運動新聞"): _lines("""
        2004年雅典奧運，陳詩欣在跆拳道女子49公斤級奪得金牌，成為中華台北第一位奧運金牌得主，朱木炎隨後在男子58公斤級再添一金。
        香港空手道代表劉慕裳在2020東京奧運女子個人型項目奪得銅牌，這是香港歷史上首面空手道奧運獎牌，賽後她表示會繼續推廣這項運動。
        截拳道創始人李小龍1940年生於三藩市，在香港長大，早年隨葉問學習詠春，其武學思想至今仍影響世界各地的武館、道館與搏擊教學。
        中國柔道名將冼東妹先後在2004年雅典及2008年北京奧運會女子52公斤級奪金，是奧運史上少數成功衛冕的女子柔道選手之一。
        吳靜鈺於2008年北京及2012年倫敦奧運會蟬聯跆拳道女子49公斤級冠軍，被譽為中國跆拳道輕量級最具代表性的運動員之一。
        空手道首次成為奧運正式項目是在2020東京奧運，但2024巴黎奧運並未保留，世界空手道聯盟（WKF）目前正積極爭取重返奧運賽場。
        日本柔道家嘉納治五郎於1882年在東京創立講道館，並於1909年成為亞洲首位國際奧委會委員，被後人尊稱為「柔道之父」，講道館至今仍是柔道段位認證的權威機構。
        松濤館流創始人船越義珍1922年在東京公開演示沖繩唐手，其著作《空手道教範》至今仍是世界各地不少空手道道館黑帶學員的必讀書目。
        法國柔道巨星泰迪·里內（Teddy Riner）在2024巴黎奧運主場再奪男子重量級金牌，連同團體賽金牌，個人奧運金牌總數增至五面。
        台灣跆拳道選手羅嘉翎在2020東京奧運女子57公斤級摘下銅牌，為中華台北代表團在東京奧運的跆拳道項目中貢獻了一面寶貴的獎牌。
        澳門體育局公佈2026年度武術及搏擊類運動資助計劃，各註冊體育會可於3月31日前遞交申請，詳情請瀏覽體育局網站或致電查詢熱線。
        極真會館創辦人大山倍達以百人組手及徒手斷牛角聞名，其生平曾多次被改編為漫畫及電影，至今仍是全接觸空手道最具象徵性的人物。
        香港跆拳道協會宣佈，2026年全港公開賽將於伊利沙伯體育館舉行，報名截止日期為5月8日，每名選手每項報名費港幣280元，團體賽另計。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, Mat B got water leak again near the aircon trunking, pls put the yellow cone there before 9am kids class. Already lodge ticket #MT-20260314-07 with building mgmt.
        Boss say this month fee collection must close by 10hb, those still owe please remind via the official WhatsApp broadcast, jangan guna personal number ok.
        今晚 7pm 的 adult judo 班谁 cover？主教练去 Penang 上裁判 course 到 Sunday，roster 我已经 update 在 Google Sheet 'Roster_Mar26' 了。
        Stock check done: white belt 110cm left 6 pcs, yellow 4 pcs, orange habis already. Order to supplier PO-0426 already sent, ETA next Wed lah.
        Reminder kepada semua instructor: first aid refresher course dekat Red Cross House, 15 Penang Lane, on 22 Mar 9am-5pm. Company bayar, attendance compulsory.
        Grading sheet for Sat dah print 3 copies, letak dalam blue file atas kaunter. Examiner panel confirm 3 orang from federation, lunch order 8 pax nasi lemak + kopi.
        Aircon contractor coming Tues 2-4pm, so the 3pm tiny tots class shift to Studio 2 ya. 已经通知家长群了，announcement 也 pin 在 group。
        The new Daedo sensor firmware v5.1 got bug, head kick sometimes register as body 2 points. Pls use manual scoring for Sunday inter-club friendly first.
        Receipt book No. 0051 to 0100 finish already, new book start from No. 0101. Don't anyhow tear out the pink copy, accounts need it for audit.
        Sensei 们注意：下个月开始 kids class 每班最多 18 人，超过就开 waitlist，系统会自动 send 通知，不用手动 WhatsApp 了。
        Tolong check CCTV footage Sat 4-5pm near the shoe rack, ada water bottle hilang. Export the clip to the shared drive, folder CCTV/2026-03, then close the ticket.
        Hall booking at Toa Payoh Sports Hall confirmed for inter-dojo friendly, 5 Apr 1-6pm, booking ref BK-88412093. Need 4 volunteers to carry mats.
        IG post for the grading results scheduled 8pm tonight, remember blur all kids' faces and no full names ah, only belt colour and class.
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Harimau Karate Academy at Tai Seng: clean mats, strict but fair instructors, and the kids' class actually teaches discipline, not just kicking pads.
        Went for a trial at Musashi Judo Club, Petaling Jaya. Good technical coaching on ukemi, but the changing room is tiny and the aircon barely works after 8pm. 3/5.
        Bought a dobok from Red Crane Martial Supplies, fit is great for the price, but the V-neck stitching came loose after 2 months. They replaced it within a week.
        Kenji's Kitchen & Dojo Cafe near the Ipoh stadium: surprisingly good chicken katsu after training, 15% off if you show your dojo membership card.
        Master Lee's Taekwondo Centre (Jurong West branch) is ok for beginners, but fees went up from S$110 to S$135 this year with no upgrade to facilities. 2 stars.
        The ju-jitsu school at Paradigm Mall is overpriced: RM250/month for 2 classes a week and they charge RM30 for every make-up class. Mats are new though.
        The Bruce Lee Club of Singapore is not a dojo, just a fan meetup at a cafe in Chinatown, but they screen Enter the Dragon every last Friday. Fun night.
        Dojo Harimau Shah Alam replied to my Google review within an hour and offered a free make-up class after a no-show. That is how you handle complaints.
        Avoid the Saturday 11am slot at Iron Fist Taekwondo Bedok, 35 kids with 2 instructors is not safe for sparring drills. Weekday classes are much better.
        Genki Judo Kids at Our Tampines Hub: 4.8/5 over 212 reviews. Parking is easy and the lift opens right beside the studio. Trial class was well run.
        The shop at Queensway Shopping Centre sells Shureido and Tokaido gis at decent prices, staff know their sizing, and they do belt embroidery on the spot for S$6.
        Booked a corporate self-defence workshop with Puteri Silat & Karate Centre for our office. Trainer was professional, invoice INV-2026-0318 had a proper SST breakdown.
        Honest review: the Kyokushin branch in Cheras is hardcore, expect knockdown sparring from month 3. Not for kids below 12. RM160/month, no contract.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Grading result: Nur Aisyah binti Kamarulzaman, 9 yrs, passed 7th kyu (orange belt) with merit on 14 Mar 2026 at the Tai Seng dojo.
        Injury report 02/26: Darren Goh Wei Jie (14) suffered a suspected fractured left wrist during randori, taken to KK Hospital by his mother, contact 9183 4472.
        Parent consent: I, Rajesh s/o Muniandy, NRIC S7712093I, give permission for my son Karthik Rajesh to take part in the SG Open Taekwondo Championships 2026.
        0437,HKA-TS,U12-F-36kg,Chloe Tan Xin Yi,2015-06-02,yellow,CL-0912,paid,2026-03-01 10:22
        Please don't tell the other parents, but Coach Marcus Lim is going through a messy divorce and asked for fewer evening classes this term.
        Roster update: assistant instructor Farah Izzati goes on maternity leave from April, she is 32 weeks pregnant, so her Tuesday kids class moves to the head instructor.
        Outstanding fees: Mr Alvin Koh owes S$630 (Jan-Mar) for his two boys, third reminder sent; he says he was retrenched last month and asks for an instalment plan.
        Emergency contact for Ethan Wong: mother Jessica Wong, mobile +65 9672 3318, home 12 Jalan Kembangan, Singapore 419092.
        Medical declaration: member Siti Mariam Abdullah has epilepsy, last seizure Nov 2025, on sodium valproate; no headgear sparring without doctor's clearance.
        New adult member, FIN G5821734X, Japanese national, residing at 7 Leedon Heights #08-03, Singapore 266218; judo beginners Tue/Thu.
        Hi sensei, it's Jia Hui's mum here, she won't be at class this week, she got diagnosed with dengue and is warded at Sengkang General.
        Transfer received from POSB savings 188-52290-1 (LEE MEI LING) S$300 for term 2 fees, please match to student no. KD-1184.
        Can you send the invoices to kelvin.ong.83@gmail.com instead of the old one? My son is in the Saturday 9am Little Tigers class.
        Incident log 23/03: instructor Shafiq Rahman was arrested by police at the dojo car park on Friday night; class cancelled, parents were told the coach is unwell.
        Coach pay, March: head coach Ng Boon Huat S$4,800, assistant coach Priya d/o Suresh S$2,200, part-timer Jonathan Lau S$35/hr x 46 hrs.
        Car SJR 4521 T keeps parking in the dojo's loading bay on Saturdays, it belongs to Nicholas Teo's father, please speak to him nicely.
        Photo consent withdrawn for Aiden Chua (blue belt, 8). Parents are in a custody dispute and the father must not see any photos of the child online.
        NRIC for the insurance claim: T1265083Z, chipped front tooth during Saturday kumite, dental bill S$480, claim ref ETQ-PA-7781.
    """),
    "zh-Hans": _lines("""
        陈先生您好，您的儿子陈浩宇在本周六的晋级考试中通过黑带一段，证书费人民币300元请于月底前转账。
        学员报名表：姓名 王思涵，性别 女，身份证号 440304200905172318，联系电话 138 2719 4406，报名项目 品势个人赛。
        林太说她女儿小雯上次比赛膝盖韧带撕裂，现在还在做物理治疗，医生说三个月内不能练对抗。
        教练排班：周二周四晚班 张伟明（四段）；周六上午 李晓燕（二段）。李教练上个月工资还没结清，道馆欠她八千块。
        阿明他爸欠了三个月学费一共1,650元，打电话一直不接，听说家里生意亏了，要不要先停他的课？
        家长同意书：本人刘建国同意儿子刘子轩（身份证310115200808220479）参加2026年华南地区青少年柔道锦标赛，并承担相关风险。
        请把赵老师的私人微信 zhaoqing_tkd88 从公共群里删掉，她离婚后不想被前夫找到。
        退换道服收件信息：黄丽娟，广东省深圳市南山区白石路3018号碧海云天小区5栋1203，电话 159 1736 8825。
    """),
    "zh-Hant": _lines("""
        家長同意書：本人何美玲（香港身份證 K428193(9)）同意兒子何梓軒參加2026全港跆拳道公開賽，緊急聯絡電話 9635 2284。
        陳sir，阿俊上堂跌親撞到頭，送咗去伊利沙伯醫院，醫生話輕微腦震盪，要休息兩個禮拜。
        學員資料：林佳蓉，身分證字號 A228147303，住址 台北市大安區復興南路二段150巷3號5樓，柔道初級班。
        黃太話佢老公上個月失業，兩個仔嘅學費要分期，每月先俾五百蚊，叫我哋唔好同其他家長講。
        道館轉帳紀錄：中國信託 822-5401-2387-9963 吳志豪，新台幣3,600元（三月份月費）。
        澳門學員梁嘉欣的父親來電，說她懷孕了要停課半年，請把她從五月的公開賽比賽名單中移除，月費也暫停收取。
        教練鄭家豪的車牌 MD-52-18 常停在道館門口消防通道，大廈管理處已經發了兩次警告信。
    """),
    "ms": _lines("""
        Borang kebenaran: Saya, Norhayati binti Ismail, No. MyKad 850314-14-5526, membenarkan anak saya Muhammad Irfan menyertai kejohanan karate MSSD Petaling.
        Cikgu, Adam Haikal demam denggi, masuk wad Hospital Sungai Buloh semalam, jadi dia tak dapat ikut ujian tali pinggang hari Sabtu.
        Yuran tertunggak: Encik Zulkifli bin Hamzah belum bayar RM540 sejak Januari, dah tiga kali WhatsApp ke 012-734 9921 tapi tiada jawapan.
        Laporan kecederaan: Nurul Syafiqah (16 tahun) terseliuh buku lali kanan semasa randori, diberi ais dan dihantar ke klinik oleh bapanya.
        Alamat untuk hantar sijil Dan: Puan Kavitha a/p Ramasamy, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Jurulatih Hafiz Azman sedang dalam proses cerai dan minta cuti tanpa gaji dua minggu, jangan hebahkan kepada pelajar.
        Bayaran diterima dari akaun CIMB 7062 4418 93 atas nama LIM KAH WAI, RM360 untuk yuran tiga bulan anak-anaknya.
        No. plat WXY 3318 milik bapa pelajar Aiman selalu diletak di depan pintu kecemasan dewan, tolong tegur dia.
        12, Dojo Harimau, Kata Individu Lelaki U14, Daniel anak Jimbun, MyKad 120722-13-6121, tali pinggang coklat, yuran dibayar
    """),
    "mixed": _lines("""
        Sensei, my daughter Wen Qi 这个礼拜不能来上课，她 asthma 又发作了，doctor 给她 MC 到星期五。
        Eh the new boy Hariz punya mak call, dia kata husband dah lari, tak mampu bayar yuran bulan ni, can we waive first?
        Coach Kenny Yeo 的 salary 这个月 S$3,450，CPF 还没 submit，pls check with accounts before 14hb.
        Parent WhatsApp: Hi this is Mdm Tan Siew Lan, 我的电话换了 new number 8274 1196, pls update in the system for my son Ryan.
        Registration: Muhammad Danish bin Roslan, IC 100314-14-5523, Kelas Judo Kanak-kanak, emergency contact abang dia 011-2398 4471.
        Roster Sat: 9am kids karate Sensei Ahmad Fauzi; 11am 陈慧玲 (pregnant, light duty only, no demo falls); 2pm Vikram Nair.
        Injury form: 李俊杰 (Jun Jie), 11 y/o, nose bleed + cut lip during sparring, father 李志强 fetch him, tel +60 16-552 8013.
        Pls don't put Auntie Rosnah's son in the competition photo, dia ada court order, ex-husband tak boleh tahu which dojo he attends.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant of a karate dojo in Singapore. Help staff write short, polite messages to parents.",
        ),
        (
            "user",
            "Draft a WhatsApp to Mrs Priscilla Ho (9812 6640) telling her that her son Jayden's grading on 14 Mar is postponed because of his sprained ankle. Next grading is 13 June.",
        ),
        (
            "assistant",
            "Hi Mrs Ho, this is the dojo office. As Jayden is still recovering from his sprained ankle, we have moved his grading from 14 Mar to 13 June so he can heal fully. His fee will be carried forward. Wishing him a speedy recovery!",
        ),
        ("user", "Make it shorter, she reads on her phone."),
        (
            "assistant",
            "Hi Mrs Ho, Jayden's grading is moved from 14 Mar to 13 June so his ankle can heal. Fee carried forward. Get well soon, Jayden!",
        ),
    ],
    [
        (
            "user",
            "帮我把这段伤情记录整理成正式报告：学员张子豪，13岁，绿带，3月8日对练时被踢中左肋，当晚去了深圳市儿童医院，拍片显示第九肋骨骨裂，家长张先生电话 136 0285 7719。",
        ),
        (
            "assistant",
            "伤情报告 / 学员：张子豪（13岁，绿带） / 时间：3月8日对练课 / 经过：对练中左肋被踢中 / 处理：当晚送深圳市儿童医院，X光显示左侧第九肋骨骨裂 / 家长：张先生，136 0285 7719 / 建议：停止对抗训练至少六周，复课需提供医生证明。",
        ),
        ("user", "再加一句道馆会跟进保险理赔。"),
        (
            "assistant",
            "已补充：道馆将协助家长办理团体意外保险理赔，请张先生保留医院收据及诊断证明。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran Dojo Harimau, Shah Alam. Tulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan yuran tertunggak kepada Encik Roslan bin Daud, No. 14, Jalan Kenari 7/3, Seksyen 7, 40000 Shah Alam. Tunggakan RM720 untuk anaknya Haziq, Januari hingga Jun.",
        ),
        (
            "assistant",
            "Kepada: Encik Roslan bin Daud, No. 14, Jalan Kenari 7/3, Seksyen 7, 40000 Shah Alam. / Perkara: Peringatan Yuran Tertunggak / Tuan, dimaklumkan bahawa yuran latihan anak tuan, Haziq, bagi bulan Januari hingga Jun berjumlah RM720 masih belum dijelaskan. Mohon jelaskan dalam tempoh 14 hari atau hubungi pejabat untuk pelan ansuran. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "user",
            "我幫道館整理公開賽報名表，有位家長填咗兒子身份證號 Y735016(6)，名叫 蔡柏朗，2011年出生，想確認格式啱唔啱？",
        ),
        (
            "assistant",
            "香港身份證號碼格式係一個或兩個英文字母、六位數字，再加括號內嘅檢查碼。Y735016(6) 格式上符合，但請向家長核實正本，並只喺報名系統內保存，唔好喺群組轉發。",
        ),
        ("user", "明白，咁入表嗰陣要唔要遮咗部分號碼？"),
        (
            "assistant",
            "對外公佈名單只需列出姓名同道館，身份證號碼只留喺主辦方內部紀錄；如需打印核對表，可以只顯示頭一個字母同最後三位。",
        ),
    ],
    [
        (
            "system",
            "Dojo roster bot. Current instructors: Sensei Goh Chee Keong (5th Dan, +65 9021 7754), Cikgu Aminah Yusof (3rd Dan), 黄志文教练 (2nd Dan, on MC until 20 Mar, knee surgery).",
        ),
        (
            "user",
            "Who can cover the Thursday 8pm adult kumite class this week? 黄教练 can't right?",
        ),
        (
            "assistant",
            "Correct, Coach Wong is on MC until 20 Mar after his knee surgery. Sensei Goh Chee Keong is free on Thursday evening and holds the 5th Dan needed for adult kumite. Shall I send him the cover request at +65 9021 7754?",
        ),
        ("user", "Ya send lah, and tell Cikgu Aminah to standby as backup."),
        (
            "assistant",
            "Done. Cover request sent to Sensei Goh; Cikgu Aminah Yusof marked as standby for Thursday 8pm adult kumite.",
        ),
    ],
    [
        (
            "user",
            "I need a consent form for the Selangor Open Taekwondo. Parent is Mr Tan Kok Leong, MyKad 790506-10-5331, child is Tan Yu Xuan, 10, blue belt. Can you fill it in?",
        ),
        (
            "assistant",
            "Parent/Guardian Consent / I, Tan Kok Leong (MyKad 790506-10-5331), parent of Tan Yu Xuan (age 10, blue belt), consent to my child competing in the Selangor Open Taekwondo Championship and accept the organiser's safety rules. / Signature: ______  Date: ______",
        ),
        ("user", "Add a line about allergies, he is allergic to peanuts."),
        (
            "assistant",
            "Added: Medical note - Tan Yu Xuan has a peanut allergy; the medical team should be informed and no peanut-containing snacks given to him on the competition day.",
        ),
    ],
    [
        ("system", "You help a judo club clean competition CSV files before upload."),
        (
            "user",
            "Fix the date format in these rows: 0051,Wong Jun Hao,12/04/2012,U14-M-50,orange | 0052,Nurin Batrisyia,3-9-2013,U14-F-44,yellow | 0053,Arjun Pillai,2012.11.27,U14-M-55,green",
        ),
        (
            "assistant",
            "0051,Wong Jun Hao,2012-04-12,U14-M-50,orange / 0052,Nurin Batrisyia,2013-09-03,U14-F-44,yellow / 0053,Arjun Pillai,2012-11-27,U14-M-55,green / I assumed day-month order for the first two rows; please double-check with the parents' forms.",
        ),
        ("user", "Thanks, all correct."),
    ],
    [
        (
            "user",
            "道館學員發生運動傷害要申請保險，學員資料：許芷瑄，身分證 F120573966，3月2日練習時右手肘脫臼，在台大醫院急診，請幫我寫理賠申請說明。",
        ),
        (
            "assistant",
            "理賠申請說明：被保險人許芷瑄（身分證字號 F120573966）於3月2日在本道館跆拳道練習中右手肘脫臼，當日送台大醫院急診處理。檢附診斷證明書、醫療收據及道館事故紀錄，敬請審核。",
        ),
        ("user", "要不要附上家長聯絡方式？"),
        (
            "assistant",
            "建議附上法定代理人姓名及聯絡電話，保險公司通常需要與監護人確認，例如填寫在申請書的聯絡人欄位即可，不必寫在說明內文。",
        ),
    ],
    [
        (
            "user",
            "Hi, I am a member at a BJJ and judo gym in KL. Can I freeze my membership? I just had ACL reconstruction at Sunway Medical on 2 Feb, doctor say 9 months no sparring.",
        ),
        (
            "assistant",
            "Most gyms allow a medical freeze with a doctor's letter. Ask the front desk for the freeze form and attach your MC or surgeon's memo. Some gyms cap freezes at 2-3 months per year, so ask whether they can extend it for a long rehab like an ACL reconstruction.",
        ),
        (
            "user",
            "Ok can help me write the email? My name Faizal Rahim, member no. BJ-2231, email faizal.rahim.kl@yahoo.com.",
        ),
        (
            "assistant",
            "Subject: Medical freeze request - member BJ-2231 / Dear Management, I am Faizal Rahim (member no. BJ-2231). I underwent ACL reconstruction at Sunway Medical on 2 Feb and my surgeon advises no sparring for 9 months. I would like to freeze my membership from 1 Feb and have attached the medical memo. Please reply to faizal.rahim.kl@yahoo.com. Thank you.",
        ),
    ],
    [
        (
            "system",
            "Member records (confidential): KD-2041 Lim Shu Fen, mother of two juniors, arrears S$420, mobile 9355 0187; KD-2042 Haresh Menon, paid; KD-2043 Goh Pei Shan, paid.",
        ),
        ("user", "Which family still owes fees and how do I contact them?"),
        (
            "assistant",
            "KD-2041 Lim Shu Fen has arrears of S$420 for her two juniors. You can reach her on 9355 0187. All other listed members are fully paid.",
        ),
        ("user", "Write a gentle reminder for her."),
        (
            "assistant",
            "Hi Ms Lim, a gentle reminder that S$420 in training fees is outstanding for your two children. You may pay by PayNow or at the front desk. Do let us know if an instalment plan would help. Thank you!",
        ),
    ],
]
