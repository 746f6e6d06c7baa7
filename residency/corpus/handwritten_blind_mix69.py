# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix69: swimming schools and lifeguards in SG/MY/HK (lesson registration, swim tests, incident logs, pool rules, 游泳班). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix69
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pool rules and notices"): _lines("""
        POOL RULES: No running on the pool deck. No diving in the shallow end (depth 1.0 m). Children under 7 must be accompanied by a swimming adult aged 16 and above.
        Notice: The competition pool at Toa Payoh Swimming Complex will close from 1 to 14 Dec 2026 for retiling works; the teaching pool remains open 8am–9.30pm.
        Lightning alert: when the risk warning light turns red, all swimmers must leave the water immediately. Lessons resume 30 minutes after the last strike is detected.
        Proper swimming attire only. Cotton T-shirts, bermudas and undergarments are not allowed in the pool.
        Lifeguards on duty have full authority to instruct any patron to leave the pool for safety reasons. Please cooperate with them.
        Lost property is kept at the front counter for 30 days; unclaimed items are then donated. Please quote the lost property log number when enquiring.
        Kallang Basin Swimming Complex – lane allocation for Sat 6 Dec: Lanes 1–3 swim school, Lanes 4–6 public, Lanes 7–8 squad training 6:30–8:30am.
        Floats, kickboards and pull buoys must be returned to the rack after each lesson. Coaches are responsible for their class equipment.
        Showers before entering the pool are compulsory. Persons with open wounds, skin infections, red eyes or diarrhoea in the past 14 days should not swim.
        Victoria Park Swimming Pool main pool is closed for sessions 1 and 2 today due to a faecal incident; it will be super-chlorinated and reopen for session 3 after water testing.
        For lesson enquiries call the Bluefin Aquatics office at 6250 3817 (Mon–Fri, 9am–6pm) or e-mail enquiries@bluefin-aquatics.sg.
        Maximum class size: 6 pupils per coach for Learn-to-Swim, 8 for Stage 3 and above, 10 for adult stroke improvement.
        Water quality at 10:00 today: free chlorine 2.1 ppm, pH 7.4, water temperature 28.5°C, clarity good (main drain visible).
        Spectators are not allowed on the pool deck during lessons. Parents may watch from the viewing gallery on Level 2.
    """),
    ("en", "swim lesson FAQ and advice"): _lines("""
        What age can my child start lessons? We accept children from 4 years old for Learn-to-Swim; toddlers from 18 months can join the parent-and-child water confidence class.
        How many lessons does it take to pass SwimSafer Stage 1? Most children need 8–12 lessons, but it really depends on their water confidence.
        Q: My kid is scared of putting her face in the water, any tips? A: Start with blowing bubbles in the bath, use goggles, never force it and praise small steps.
        Is it safe to swim after eating? A light snack is fine; avoid heavy meals in the hour before a hard training session, mainly to prevent cramps and discomfort.
        The SwimSafer programme runs from Stage 1 to Stage 6; Bronze, Silver and Gold are the last three stages and include survival skills such as treading water and swimming in clothes.
        Make-up lessons: missed classes can be replaced within the same term if you give 24 hours' notice. A medical certificate is required for last-minute absences.
        What to bring: swimsuit, swim cap (long hair must be tied), goggles, towel, water bottle and slippers. Label everything with your child's class code, not their full name.
        How do I teach breathing for freestyle? Exhale slowly underwater, roll the head to the side with the stroke, inhale quickly, and keep one goggle in the water.
        Drowning is usually silent: a person in trouble cannot shout or wave. Look for a head low in the water, tilted back, mouth at water level and no forward progress.
        Adults who cannot swim are welcome – our adult beginner class is held in the 1.2 m teaching pool, so you can always stand up.
        Payment can be made by PayNow to UEN 201834567K or by cheque payable to "Bluefin Aquatics Pte Ltd". Please put the invoice number as the reference.
        If a lesson is cancelled because of lightning, the coach will run dry-land drills on deck or a replacement lesson will be arranged.
        Do I need to buy a full term? No, trial lessons are available at S$35 each, and the trial fee is deducted if you sign up for the term within 7 days.
    """),
    ("zh-Hans", "游泳班招生与须知"): _lines("""
        2027年寒假少儿游泳班开始报名！4–12岁，每班不超过6人，10节课包教会蛙泳，报名请到前台或扫描海报二维码。
        游泳班须知：请提前10分钟到达，自备泳衣、泳帽和泳镜；身体不适请勿下水，上课期间家长不得进入池边。
        深水合格证考试标准：连续游200米不扶池边，踩水30秒，考核合格后由游泳馆发放深水证。
        问：孩子学游泳几岁比较合适？答：一般建议5岁以上，能听懂教练指令、对水不太恐惧，学起来进步最快。
        本馆救生员均持有游泳救生员职业资格证书，每小时轮岗一次，请泳客服从救生员指挥。
        订单编号 YY20261205883172，课程：成人蛙泳提高班（8课时），金额：¥1280，状态：已支付。
        雷雨天气室外泳池暂停开放，已预约的课程将顺延，具体时间请留意公众号通知。
        宁泽涛在2015年喀山世锦赛上夺得男子100米自由泳金牌，成为首位获得该项目世界冠军的亚洲选手。
        新加坡游泳学校报名流程：1）在线填写报名表；2）选择上课时段；3）通过PayNow付款；4）收到确认短信后按时上课。
        游泳馆开放时间：周一至周五 06:30–21:30，周末 08:00–21:30，每周三 12:00–14:00 清洁维护暂停开放。
        溺水急救小知识：将溺水者救上岸后先检查呼吸，无呼吸立即拨打995（新加坡）并开始心肺复苏。
        教练资质：所有教练均持有SwimSafer教练证及有效的急救与心肺复苏证书。
        课程代码 LTS-K2-SAT0900 已满员，需要候补的家长请联系前台登记。
    """),
    ("zh-Hant", "泳池規則與救生通告"): _lines("""
        泳池規則：嚴禁在池邊奔跑、推撞或在淺水區跳水；兒童必須由成人陪同方可進入泳池範圍。
        九龍公園游泳池主池今日因水質檢測暫停開放第一節，第二節照常開放。
        天文台發出雷暴警告期間，室外泳池會暫停開放，泳客須即時離開水中。
        暑期游泳訓練班現正接受報名：4歲或以上，每班8堂，每堂45分鐘，名額有限，先到先得。
        如有查詢，請致電康文署熱線 2414 5555。
        何詩蓓在東京奧運奪得女子200米及100米自由泳銀牌，是首位奪得奧運游泳獎牌的香港運動員。
        救生員每日開池前須完成池底巡查、急救箱點算及救生器材檢查，並記錄於工作日誌。
        泳季一般由每年4月至10月，部分溫水室內泳池全年開放。
        泳客須知：患有傳染病、皮膚病或眼疾者不得進入泳池；飲酒後不宜游泳。
        事故報告編號 IR-2026-1187：滑倒事件，地點：更衣室入口，已由當值救生員提供急救，無需送院。
        游泳班常見問題：學員缺席恕不補堂；如因惡劣天氣取消課堂，中心會另行安排補堂。
        救生員招聘：須持有效泳池救生章及急救證書，月薪$19,800起，有意者請電郵人事部 hr@harbour-aquatics.hk。
        泳池容量：主池最多容納350人，滿額時將暫停入場，請耐心等候。
    """),
    ("ms", "notis kolam dan kelas renang"): _lines("""
        Kelas renang kanak-kanak (umur 5–12 tahun) kini dibuka untuk pendaftaran sesi Januari 2027. Yuran RM180 untuk 8 kelas.
        Peraturan kolam: Dilarang berlari, menolak atau terjun di kawasan cetek. Pakaian renang yang sesuai sahaja dibenarkan.
        Kolam renang ditutup sementara pada 8–10 Disember untuk kerja-kerja penyelenggaraan sistem penapisan.
        Semua pengunjung wajib mandi sebelum masuk ke kolam. Kanak-kanak bawah 12 tahun mesti diiringi orang dewasa.
        Pandelela Rinong memenangi pingat perak terjun platform 10m seirama wanita di Sukan Olimpik Rio 2016 bersama Cheong Jun Hoong.
        Penyelamat yang bertugas berhak mengarahkan mana-mana pengunjung keluar dari kolam demi keselamatan.
        Soalan: Ada tak kelas renang khas untuk wanita? Jawapan: Ya, kelas muslimah diadakan setiap Selasa malam dengan jurulatih wanita dan kolam tertutup.
        Nombor rujukan tempahan: KR-2026-04471. Sila tunjukkan kod QR di kaunter semasa tiba.
        Sijil penyelamat kolam sah selama dua tahun dan perlu diperbaharui sebelum tamat tempoh.
        Amaran: Kolam dalam 2.5 meter. Hanya perenang yang mahir dibenarkan.
        Untuk pertanyaan, hubungi pejabat kolam di 03-7956 2210 (Isnin–Jumaat, 8.30 pagi–5.30 petang).
        Ujian renang tahap 2: berenang 25 meter tanpa henti dan terapung selama 1 minit. Keputusan diumumkan selepas ujian.
    """),
    ("mixed", "class group chat announcements"): _lines("""
        Dear parents, tmr Sat class still on hor, unless got lightning. Remember bring 泳镜 and 泳帽 ya.
        各位家长 good evening, next week 6/12 no class because pool closed for maintenance, make-up lesson on 20/12 same time.
        Coach cakap lesson Ahad ni pindah ke lane 5, sebab lane 1–4 ada school gala.
        Reminder: SwimSafer Stage 2 test 这个星期六 9am, kids need to 踩水 1 min and swim 25m continuous, no need to bring anything extra.
        Parents pls settle Term 1 fees by 15 Dec, PayNow to UEN 201834567K, reference = invoice no. Thanks!
        Kolam tutup esok sebab 洗池, kelas dibatalkan, nanti admin update replacement schedule.
        今日 8號風球 cancel 晒所有堂，補堂時間稍後通知，唔該晒各位家長。
        Anyone know if the Jurong East pool 滑水梯 open on weekday ah? My kids keep asking.
        Lifeguard course 下个月开班, 36 hours total, need to pass 400m swim under 12 min first. Interested pls PM admin.
        Admin here: group rules – no selling, no forwarding of other parents' contact numbers, keep chat to swim class matters only 🙏
        Btw the 游泳班 photos from last Sat already uploaded to the class album, faces blurred as per school policy.
        Hari ni air kolam sejuk sikit, 大概 26 度, bawa towel lebih untuk budak-budak.
    """),
    ("en", "incident log templates and statistics"): _lines("""
        INCIDENT REPORT FORM | Date: ____ Time: ____ | Name of casualty: ____________ | NRIC/FIN (last 4): ____ | Nature of injury: ____ | First aid given by: ____
        Template: "Dear Parent/Guardian, we regret to inform you that [child's name] sustained a minor injury during today's lesson at [pool name]."
        Incident log 05/12/2026 | 10:14 | Teaching pool | Minor graze on knee, patron slipped on steps | Plaster applied | No further action | Ref INC-0412
        2025 annual summary: 23 in-water rescues, 4 CPR cases, 61 minor first aid cases and 0 fatalities across all six pools.
        Rescue tube, spinal board, AED and oxygen kit checked at 07:00 – all serviceable. AED serial 1802-7734, battery expiry 09/2028.
        Lifeguard rotation: Station 1 (high chair, deep end) → Station 2 (roving) → Station 3 (teaching pool) → break, 20 minutes per station.
        Drill log: spinal injury management drill conducted 3 Dec, 6 lifeguards participated, response time 2 min 40 s, debrief completed.
        Pool closure log: Session 2 closed 14:05–14:50 due to lightning risk (amber → red). Total 212 patrons cleared.
        Case ref HK-LCSD-26-008813 forwarded to the venue manager for follow-up.
        config: {"pool_id": "TPY-50M", "lanes": 8, "lifeguards_min": 3, "max_bathers": 350, "lightning_pause_min": 30}
        SELECT class_code, COUNT(*) FROM enrolment WHERE term = '2027T1' GROUP BY class_code;
        Chlorine log: 06:30 1.8 ppm | 10:00 2.1 ppm | 14:00 1.6 ppm (dosing pump adjusted) | 18:00 2.0 ppm – signed off by duty officer.
    """),
    ("en", "lifeguard training and swimming history"): _lines("""
        Joseph Schooling won Singapore's first Olympic gold medal in the 100 m butterfly at Rio 2016, beating Michael Phelps.
        Yip Pin Xiu won Singapore's first Paralympic gold in the 50 m backstroke S5 at Beijing 2008.
        Siobhan Haughey became Hong Kong's first Olympic swimming medallist with two silvers at Tokyo 2020.
        Bronze Medallion course outline: Day 1 theory and CPR; Day 2 rescue tows and defensive techniques; Day 3 spinal management; Day 4 assessment.
        The reach–throw–wade–row–go sequence teaches bystanders to try the safest rescue option first.
        CPR for drowning victims starts with 5 rescue breaths before chest compressions, because the cause of arrest is lack of oxygen.
        Course pre-requisites: aged 15 and above, able to swim 200 m continuously and surface dive to 2 m to recover an object.
        Our Stage 1 certificates carry Dory's line from Finding Nemo: "Just keep swimming."
        The Singapore Swimming Club at Tanjong Rhu traces its history back to 1894.
        Whistle signals: one short blast – attention of a patron; two short blasts – attention of another lifeguard; one long blast – clear the pool.
        Caught in a rip current? Swim parallel to the shore until you are out of it, then swim back at an angle; do not fight it head-on.
        Scanning technique: lifeguards should sweep their whole zone every 10 seconds and reach any swimmer in it within 20 seconds.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        REGISTRATION | Swimmer: TAN WEI JIE ETHAN | DOB 22/05/2017 | Birth Cert No. T1712348Z | Class: LTS Sat 9.00am | Parent mobile: 9347 2816 | Medical: mild asthma, uses Ventolin before swimming
        18:42 Main pool lane 7 – LG Muhammad Hafiz bin Rosli performed in-water rescue on Mr Lim Soo Hwa (approx. 60 yrs), c/o chest pain, conscious, SCDF ambulance conveyed to Changi General Hospital 19:05.
        hi coach, jasmine's mum here – can jasmine ong move to the 4.30 wed class? also my number changed, pls update to 8612 0475 thanks
        Refund for cancelled Term 4 (S$240) to POSB Savings 188-53721-4, account name GOH MEI LING, reason: daughter Chloe broke her wrist at school.
        LIFEGUARD ROSTER DEC 2026 | NURUL AIN BINTI ZAKARIA | MyKad 990612-10-5432 | Bronze Medallion exp 03/2027 | Shifts: Mon/Wed/Fri 2pm–10pm
        Complaint received 3 Dec from Mr Desmond Ong Kah Seng, Blk 418 Tampines Street 41 #09-233 Singapore 520418, alleging Coach Vincent Loh pulled his son's arm roughly during the Stage 2 class.
        Payment received: S$320.00 | Card: VISA 4556 6201 2195 5863 | Cardholder: SARAH LEE HUI MIN | Term 1 2027 Stage 3 x 10 lessons
        Lost property: pink goggles and a purse belonging to Rachel Teo; owner contacted at rachel.teo88@gmail.com and collected on 4 Dec.
        Private coaching by Kenny Ang Boon Keat (ex-national squad), DM telegram @kennyang_swims for 1-to-1 rates at Bukit Batok pool.
        Car SJK 4521 K parked at the pool drop-off bay blocking the ambulance lane; owner Mr Lee Kok Wah told to move at 8.10pm, second time this month.
        Medical declaration: I, Priya d/o Subramaniam, mother of Kavya Raj (7), declare that Kavya has epilepsy controlled with medication and last had a seizure in June 2026.
        SwimSafer Stage 4 (Bronze) results 30 Nov – Lucas Fernandes: PASS; Chloe Pereira: FAIL (treading 45 s, needs 1 min); Matthew de Souza: PASS.
        Staff note: lifeguard Jonathan Yeo Jun Wei seen using his phone on the high chair three times on 28 Nov; final written warning issued by the duty manager.
        Booking: adult beginner 1-to-1 for Mdm Wong Siew Lan, 62, very afraid of water after nearly drowning as a child, Tues 7pm at Bishan pool, contact her daughter at 9058 3321.
        Authorised pick-up: domestic helper Maria Cristina Santos, FIN G5284617Q, may collect Aiden and Zoe Tan after the Thursday 5pm class.
        Foreign student enrolment: KIM MIN-JUN, Korean passport M48217653, Stage 2, staying at 15 Holland Grove Road until June 2027.
        Aarav s/o Ramesh won't attend the next two Saturdays, he is having his tonsils removed at KKH on 9 Dec.
        Coach's note: Bryan Chua, Sec 2 at Bedok South Secondary, strong kick but panics in deep water; his mum says he was bullied at a school swim camp.
    """),
    "zh-Hans": _lines("""
        报名表｜姓名：王梓涵｜性别：女｜出生日期：2015-08-17｜身份证号：440106201508174324｜家长电话：138 2614 7903｜过敏史：对氯过敏，皮肤易起疹
        救生员值班记录：15:20 深水区一名男子抽筋下沉，救生员张伟救起，泳客陈晓明（身份证350203198804122035）意识清醒，拒绝送医，已签字确认。
        @浩然妈妈 李浩然今天游泳课发烧没来，补课安排在下周六上午10点，请回复确认。
        退款申请：因搬家取消剩余8节课，退款转入招商银行卡 6225 8826 6164 2329，户名刘佳怡，联系电话 15920387416。
        想学自由泳的可以加周文杰教练微信 zhou_swim1990，国家二级运动员，私教一小时400。
        我女儿黄诗琪在金文泰游泳班 Stage 2，NRIC T1534072F，想转到周日班，有家长愿意换吗？
        教练日志：赵子墨（12岁，上海，身份证310115201409265818）暑假来新加坡参加游泳集训，怕水，第三节课才肯把头埋进水里。
        投诉：我是成人班学员孙丽娜，住在 Blk 652 Jurong West St 61 #12-118，更衣室柜子被撬，丢了钱包和手机，请调监控。
        家长请假：马天宇妈妈说天宇最近中耳炎，医生说一个月内不能下水，这个月的课先暂停。
        救生员考核名单：1. 何志强 合格 2. 吴思远 不合格（400米超时）3. 邓雅婷 合格 —— 证书12月15日到前台领取。
    """),
    "zh-Hant": _lines("""
        報名表格｜學員姓名：陳凱琳｜香港身份證號碼：Y382415(0)｜聯絡電話：9286 4173｜班別：兒童初級游泳班（逢星期六）｜緊急聯絡人：陳太
        意外報告：維多利亞公園游泳池，下午3時05分，救生員何家豪於主池救起男童梁子軒（8歲），男童嗆水後送往律敦治醫院觀察。
        各位家長，小兒黃俊熙下星期停課一次，因為剛做完扁桃腺手術，麻煩教練留意補堂安排，唔該。
        投訴信：本人李太（住址：九龍灣德福花園P座12樓B室），投訴貴中心教練在堂上用粗言穢語責罵我女兒李芷晴。
        台灣來港交流生林育誠，身分證字號 F128403765，報名成人蛙泳班，Line ID: yucheng_0927。
        救生員更表：郭志明（HKID K518290(5)）12月6日早更 07:00–15:00，泳池救生章有效至2027年8月。
        退款：學費$1,260退回HSBC戶口048-392157-833，戶名：KWOK MEI YI，原因：學員懷孕，醫生建議暫停上堂。
        張Sir，我個仔方浩然有自閉症，上堂可唔可以安排佢喺最邊條線，少啲人？我電話 6143 0958。
        失物認領：黑色背囊一個，內有八達通及學生證，屬於聖保羅書院中三學生曾梓朗，已通知其父親 +852 6718 2045 取回。
        車牌 RK 5418 嘅車主張國華先生經常泊喺泳池救護車位，今日已經係第三次警告。
    """),
    "ms": _lines("""
        BORANG PENDAFTARAN KELAS RENANG | Nama: NUR AISYAH BINTI MOHD FAIZAL | No. MyKad: 150304-14-0286 | Umur: 11 | Tel. penjaga: 013-926 5504 | Masalah kesihatan: asma
        Laporan insiden 2 Dis: penyelamat Haziq bin Kamarul menyelamatkan Arif bin Salleh (9 tahun) yang lemas di kawasan 1.5m, dibawa ke Hospital Kuala Lumpur untuk pemerhatian.
        Bayaran yuran kelas muslimah telah dipindahkan ke akaun Maybank 1623 4587 0912 atas nama SITI HAJAR BINTI YUSOF, sila semak.
        Cikgu, anak saya Darshan a/l Muniandy tak dapat hadir kelas Sabtu ni, dia demam denggi, baru keluar wad semalam.
        Jurulatih Faridah binti Osman, beralamat di No. 12, Jalan SS 2/45, 47300 Petaling Jaya, telah meletak jawatan berkuat kuasa 31 Disember.
        Senarai ujian renang 25m: Muhammad Irfan bin Azlan (170921-07-1135) – LULUS; Tan Jia Hui – GAGAL.
        Aduan: kereta WVB 7781 milik Encik Roslan bin Hamid diletak di petak OKU kolam renang setiap petang Selasa.
        Penyelamat sambilan: Kavitha a/p Rajendran, tel 017-660 2193, emel kavitha.rajendran96@gmail.com, boleh ganti syif hujung minggu.
    """),
    "mixed": _lines("""
        Coach, my son Ryan Koh (Stage 2 Sun 10am) 这个星期 cannot come ah, his 哮喘 flare up again, doctor gave 3 days MC.
        Eh admin, pls add my wife to the group, her number +65 9774 1208, name Evelyn Chia, mum of Isaac in the Tues 游泳班.
        Boss, lifeguard Amirul bin Zainal tu 今天又迟到 1 jam, dah kali ketiga minggu ni, please take action.
        家长 update: Sophie Lim's swim test 结果 – 50m breaststroke 1:12, pass! She's going for Stage 5 next term.
        Transfer RM350 dah buat ke akaun CIMB 7064 3381 29 (Coach Jason Ng Wei Loon), untuk Aiden 的 private lesson bulan Disember.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write up an incident report? I'm the lifeguard, Shawn Kwek. 4.15pm today at Jurong West pool a boy called Elijah Tan, 6, went under in the 1.2m section. He wasn't breathing for maybe 10 seconds, I gave rescue breaths and he vomited, then the ambulance took him to NUH.",
        ),
        (
            "assistant",
            "Here is a draft: Incident Report – Jurong West Swimming Complex, 4:15pm. Casualty: Elijah Tan, male, 6. Found submerged in the 1.2 m section; not breathing for approx. 10 s. Rescuer: Lifeguard Shawn Kwek performed rescue breaths; casualty vomited and resumed breathing. Conveyed by ambulance to NUH. Do you want to add the guardian's details?",
        ),
        ("user", "Yes add his father, Daniel Tan, mobile 9663 0187, he arrived at 4.25pm."),
    ],
    [
        ("user", "我给女儿刘欣怡报了暑期游泳班，她现在不想学了，可以退款吗？"),
        (
            "assistant",
            "一般游泳班开课前可以申请退款，开课后按剩余课时折算。请问已经上了几节课？报名时用的是谁的资料？",
        ),
        (
            "user",
            "上了2节。报名用的是我的资料，刘建国，身份证440304198512271737，手机186-0215-3378，麻烦帮我写一段退款申请。",
        ),
    ],
    [
        (
            "user",
            "幫我寫封信俾游泳班，我個女蔡穎琳有濕疹，教練成日叫佢浸耐啲，佢皮膚好痕。佢HKID係Z604173(7)，上逢星期日朝早10點嘅班。",
        ),
        (
            "assistant",
            "敬啟者：本人為學員蔡穎琳之家長。小女患有濕疹，長時間浸水會令皮膚不適，懇請教練於堂上留意，容許她適時上水休息。如有需要，可提供醫生證明。",
        ),
        ("user", "好，尾段加埋我個名蔡美華同電話 5427 8832。"),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada coach renang. Anak saya Nur Damia binti Khairul, MyKad 120730-08-5524, baru lepas pembedahan apendiks, tak boleh berenang sampai hujung bulan.",
        ),
        (
            "assistant",
            "Assalamualaikum Coach, saya ibu kepada Nur Damia binti Khairul. Damia baru menjalani pembedahan apendiks dan doktor menasihatkan dia tidak berenang sehingga hujung bulan ini. Mohon maaf atas ketidakhadirannya.",
        ),
        ("user", "Ok, tambah nombor saya 019-335 8042 kalau coach nak call."),
    ],
    [
        (
            "system",
            "You are the booking assistant for Bluefin Aquatics, a swim school in Singapore.",
        ),
        ("user", "hi i want to sign up for the adult beginner class 游泳班, weekday night can?"),
        (
            "assistant",
            "Sure! We have Tuesday and Thursday 8pm classes at Bishan. May I have your full name, NRIC and contact number to reserve a slot?",
        ),
        (
            "user",
            "Nicholas Lau Zhi Hao, S9012874D, 8823 5190. Tues better, I work shift on Thursday.",
        ),
    ],
    [
        (
            "system",
            "You are the front-desk assistant of an aquatic therapy and swim centre in Singapore. Collect details politely.",
        ),
        (
            "user",
            "I'd like to register for hydrotherapy-style gentle swim sessions. I had a knee replacement in September and my physio recommended it.",
        ),
        (
            "assistant",
            "We can arrange that in our warm teaching pool. Could you share your name, NRIC and any other medical conditions?",
        ),
        (
            "user",
            "Ng Poh Choo, S6530418Z. I also have high blood pressure, on medication. My son will drive me, car SMB 802 M.",
        ),
    ],
    [
        (
            "user",
            "I got terminated as a lifeguard at a condo pool after a kid got a cut on the slide during my shift. Help me write an appeal to the management company?",
        ),
        (
            "assistant",
            "Sure. Please tell me your name, employee details, the date of the incident and what actually happened, and I'll draft a polite appeal.",
        ),
        (
            "user",
            "Name Rizwan Khan, FIN F2391056W, employee no. 4471. Incident 22 Nov, the slide had a broken edge I reported on 15 Nov, email rizwankhan.lg@gmail.com for the reply.",
        ),
    ],
    [
        ("user", "帮我回复游泳教练的消息，说我儿子下个月要去新加坡比赛，要请假两个礼拜。"),
        (
            "assistant",
            "好的，可以这样写：教练您好，我儿子下个月要去新加坡参加比赛，需要请假两个星期，回来后再继续上课，谢谢理解！需要写上孩子的名字吗？",
        ),
        (
            "user",
            "要，他叫许嘉诚，在新山 Skudai 上课。顺便说我的 MyKad 是 880215-01-6647，比赛报名要家长资料，我电话 011-2384 7716。",
        ),
    ],
    [
        ("user", "我係游泳教練，想整理學生資料做保險登記，幫我排成表格。"),
        (
            "assistant",
            "可以，請提供每位學生的姓名、身份證號碼、出生日期及緊急聯絡人，我會整理成表格。",
        ),
        (
            "user",
            "第一位：歐陽樂謙，HKID R227364(A)，2013年4月2日出生，緊急聯絡人係佢媽媽歐陽太 9318 6604，有輕微哮喘。",
        ),
    ],
    [
        ("user", "How do I pay for the Stage 5 squad and get a season car park label at the pool?"),
        (
            "assistant",
            "You can pay at the counter or online by card; for a car park label we need the vehicle number and the registered swimmer's name.",
        ),
        (
            "user",
            "Ok swimmer is my daughter Megan Foo, 12. Pay with my Mastercard 5521 3776 9785 8877 exp 08/29, name on card Alvin Foo. Car plate SLF 1177 T.",
        ),
    ],
]
