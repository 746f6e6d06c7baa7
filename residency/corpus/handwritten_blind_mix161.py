# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix161: hot-spring resorts, public baths and swimming pools in SG/MY/HK/TW (entry logs, lifeguard incident reports, lost lockers, memberships, health declarations, staff rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pool_notices"): _lines("""
        NOTICE: The 50m competition pool at Toa Payoh Swimming Complex will be closed from 3 to 14 Feb 2027 for retiling works. The teaching pool and wading pool remain open 8am–9.30pm.
        Lightning risk alert: all outdoor pools will be cleared when the lightning alert is activated. Swimmers may re-enter 15 minutes after the last strike is recorded. No refunds for weather closures.
        Lost & found items not claimed within 30 days will be donated. Enquiries: Customer Service Counter, Level 1, or call the complex hotline 6258 1414 (Mon–Sun, 8am–8pm).
        Children below 7 years old must be accompanied by a parent or guardian aged 18 and above at all times, within arm's reach in the water. Lifeguards on duty may refuse entry.
        Sembawang Hot Spring Park: water at the source can exceed 65°C. Test the temperature with your hand before immersing your feet. No bathing or washing of clothes. Park hours 7am–7pm.
        Swim caps are compulsory in the lap lanes from 1 March. Caps are sold at the vending machine beside Locker Bank C at S$4.50 each (Arena silicone, one size fits most).
        Lost locker keys are charged S$20.00 per key. Digital lockers L-201 to L-340 open with your entry QR code; if a locker fails to open, press the red HELP button and wait for staff.
        Water quality reading posted 10:00 hrs: free chlorine 1.8 mg/L, pH 7.4, water temperature 28.5°C. Readings are taken every 2 hours in line with the NEA Code of Practice.
        Aquarobics classes (Tue & Thu, 9.15am) are fully booked until end-January. Walk-ins may join the waitlist at the counter. All instructors hold AUSTSWIM Aquatic Instructor certification.
        Public holiday hours for Hari Raya Haji: Bukit Batok Swimming Complex opens 8am–6pm; Jurong East Swimming Complex stays closed for wave pool maintenance until further notice.
        Kowloon Park Swimming Pool, 22 Austin Road, Tsim Sha Tsui: the indoor main pool is closed for annual maintenance. Outdoor leisure pools open for session 1 only (6:30am–12:00nn).
        Persons with skin, eye or ear infections, open wounds, or diarrhoea within the past 48 hours should not use the pool. Please shower before entering and use the toilets, not the pool.
        Hot tub limit: 15 minutes per entry. Not recommended for pregnant women, young children or persons with heart conditions or high blood pressure; consult your doctor. Emergency: dial 995.
    """),
    ("en", "booking_config_and_logs"): _lines("""
        POOL_CAPACITY_MAX=450  # per session, Jalan Besar Swimming Complex; override via env var in staging only
        2027-01-05T06:31:12+08:00 INFO gate.turnstile[T3] scan ok ticket=ENT-20270105-004812 type=ADULT_SINGLE fare=1.30SGD
        2027-01-05T06:32:47+08:00 WARN chlorine.sensor[POOL-A] free_cl=0.9mg/L below threshold 1.0; auto-dosing pump P2 started
        locker_bank: {id: "C", range: [201, 340], type: "rfid", fw: "v3.2.7", unlock_timeout_s: 8, help_button: true}
        def session_full(count: int, cap: int = 450) -> bool: return count >= cap  # used by /api/v2/sessions/{session_id}/status
        curl -X POST https://api.example-onsen.tw/v1/bookings -H 'Content-Type: application/json' -d '{"room":"PRIVATE-B","slot":"19:00","guests":2}'
        SELECT session_date, COUNT(*) AS entries FROM turnstile_log WHERE site_code = 'TPY' GROUP BY session_date ORDER BY 1 DESC LIMIT 30;
        2027-01-05 14:02:09 ERROR payment.gateway order=PO-88120377 amount=MYR 38.00 status=DECLINED code=51 retry=1/3 provider=ipay88
        entry_id,site_code,gate_id,ticket_type,fare_sgd,scan_ts,exit_ts,locker_no,is_concession,session_no
        release notes v4.12.0: added Malay and Traditional Chinese UI for kiosks; fixed double-charge on GrabPay refunds (#1482); bumped node to 20.11.1
        sha256(pool_schedule_2027Q1.json) = 9f2c4e1a7b3d0c58e6f1a2b4c7d9e0f13a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d
        cron: 0 */2 * * * /opt/poolops/bin/water_test_reminder --site=SBW --channel=ops-telegram --dry-run=false
        2027-01-05T21:30:00+08:00 INFO session.close site=KLP pool=MAIN headcount_out=312 headcount_in=312 variance=0 shift=EVE-2
    """),
    ("zh-Hant", "溫泉價目表"): _lines("""
        北投「青磺湯苑」公共浴場：全票NT$150、優待票NT$100（65歲以上長者、身心障礙者憑證），營業時間06:30–21:00，每週三公休清池。
        礁溪湯圍溝溫泉公園泡腳池免費開放；室內個人湯屋每間每50分鐘NT$600起，假日加價NT$100，洽詢電話03-987-0000（09:00–22:00）。
        烏來「山嵐溫泉會館」大眾池平日NT$350、假日NT$450，含毛巾一條；浴帽NT$20，恕不提供泳衣租借，請自備。統一編號：53218867。
        知本溫泉大眾湯套票：成人NT$300／兒童（身高110–140cm）NT$200，身高未滿110cm免費，須由家長陪同入池。地址：台東縣卑南鄉溫泉村龍泉路。
        家庭湯屋價目（2小時）：兩人房NT$1,200、四人房NT$1,800；超時每30分鐘加收NT$300。平日14:00前入場享9折，不得與其他優惠併用。
        屋苑會所泳池非住戶客人票：成人HK$60、小童HK$35，須由住戶預約並於管理處登記，每戶每日最多攜帶2位客人，逾時不候。
        康文署公眾泳池入場費：成人HK$17、小童及60歲或以上長者HK$8；成人月票HK$440。全日分三節開放，每節之間清池一小時。
        澳門體育局轄下公共泳池：成人每次MOP$15，持泳池月票者免收。冬季室內恆溫泳池開放時間07:00–22:00，逢週一上午保養。
        陽明山冷水坑公共浴室因溫泉管線維修暫停開放，預計2027年2月15日恢復，詳情請洽陽明山國家公園管理處 (02)2861-3601。
        SPA 水療套餐：硫磺泉泡湯＋肩頸按摩40分鐘NT$1,680／人，加購礦泥面膜NT$380；需開立統編發票者請於結帳前告知櫃檯。
        會員年卡價目：個人卡NT$9,800、雙人卡NT$17,500，限本館大眾池使用，不含湯屋及餐飲；卡片遺失補發手續費NT$200。
        泡湯須知：白磺泉pH值約1.2–1.6，屬強酸性泉質，請勿配戴銀飾入池；每次浸泡以15分鐘為宜，起身時請扶欄杆慢慢站起。
        團體優惠：20人以上團體大眾池每位NT$280，須於三日前預約，請傳真至(03)988-1234或來信 group@lanyang-spa.com.tw。
    """),
    ("zh-Hant", "business_reviews"): _lines("""
        維園泳池第二節人多到爆，十點前去就冇問題。更衣室算乾淨，但啲風筒要俾錢，兩蚊一次，有啲貴。整體都OK，俾4/5，下次會再去。
        九龍公園室內池水溫啱啱好，冬天都可以游，救生員好盡責，見到細路唔戴泳帽即刻提。唯一係儲物櫃太少，放工時間成日爆滿，要自己帶鎖。
        何詩蓓東京奧運攞銀之後，成個香港都興學游水，週末泳班報名即刻爆滿，我哋個仔排咗成個月先有位，教練都好專業，推薦大家早啲報名。
        烏來嗰間湯屋CP值高，兩個人NT$800包一粒鐘，池水係即放即換，好衛生。老闆娘仲送咗兩支養樂多，好有人情味，下次去台北一定再去。
        北投地熱谷附近間老字號「陳記溫泉浴室」，成幾十年歷史，硫磺味好濃，浸完皮膚滑晒。不過冇冷氣，夏天去會熱到暈，建議冬天先去。
        新加坡 Sembawang Hot Spring Park 免費入場，有得浸腳同埋自己焗溫泉蛋，記得帶蛋同膠兜。星期日好多人，建議平日朝早去。
        馬來西亞 Sungai Klah 溫泉公園，門票RM15，泥浴區好好玩，小朋友好鍾意。不過廁所同沖身位唔夠，要排好耐，扣一粒星。
        呢間樓上Spa嘅按摩手勢好好，但係預約系統成日出錯，上次book咗三點，去到先話冇位，要等半個鐘。評分3/5，希望改善。
        將軍澳游泳池新池好靚，有暖水池同按摩池。停車場收費每小時HK$18，週末好難搵位，建議搭港鐵去，由將軍澳站行五分鐘就到。
        礁溪「湯之宿」服務一流，櫃檯姐姐會主動講解泉質，房間湯池水溫可以自己調。早餐選擇少咗啲，咖啡都係即溶，總體嚟講俾8分，值得再去。
        新北金山「舊金山總督溫泉」個名好得意，其實同三藩市冇關係。碳酸氫鈉泉浸完好放鬆，但係自助餐就一般般，唔值嗰個價，淨係浸湯就OK。
        沙田賽馬會游泳池嘅兒童滑梯維修咗成半年，仲未開返，啲小朋友好失望。康文署熱線打極都唔通，希望有關部門盡快處理，唔好再拖落去啦。
        上環「林記浴池」係香港碩果僅存嘅老式浴室之一，搓背師傅手勢一流，HK$180一次，唔收信用卡同八達通，記得帶定現金先去。
    """),
    ("zh-Hans", "news_public_figures"): _lines("""
        杭州亚运会游泳比赛中，张雨霏在女子100米蝶泳决赛中夺冠，赛后她表示将以此为起点，继续全力备战将于明年举行的巴黎奥运会。
        潘展乐在巴黎奥运会男子100米自由泳决赛中以46秒40打破世界纪录夺金，成为中国首位获得该项目奥运冠军的选手，震惊泳坛。
        新加坡泳将约瑟夫·斯库林（Joseph Schooling）在2016年里约奥运会男子100米蝶泳夺金，为新加坡赢得首枚奥运金牌。
        香港游泳运动员何诗蓓在东京奥运会女子200米自由泳摘得银牌，这是香港运动员在奥运游泳项目上获得的首枚奖牌，她赛后感谢了家人和教练。
        北投温泉博物馆原为1913年日治时期兴建的北投公共浴场，1997年被指定为古迹，现已成为台北市热门的免费参观景点，每周一休馆。
        马来西亚跳水名将潘德丽拉（Pandelela Rinong）在2012年伦敦奥运会女子10米跳台获得铜牌，成为该国首位获得奥运奖牌的女运动员。
        叶诗文在2012年伦敦奥运会女子400米个人混合泳决赛中打破世界纪录夺冠，当时年仅16岁，引发国际泳坛广泛关注和热烈讨论。
        宁泽涛在2015年喀山世锦赛男子100米自由泳决赛中夺冠，成为首位获得该项目世锦赛金牌的亚洲选手，国内随即掀起一股游泳热。
        孙杨在2012年伦敦奥运会男子1500米自由泳决赛中以14分31秒02打破世界纪录夺冠，为中国男子游泳实现历史性突破，震动世界泳坛。
        汪顺在东京奥运会男子200米个人混合泳决赛中以1分55秒00夺冠，赛后接受央视采访时感谢教练团队和队友们多年来的付出与支持。
        新加坡体育理事会（Sport Singapore）表示，旗下多座ActiveSG游泳馆将于2027年起分阶段实行无现金入场，并延长周末开放时间。
        香港康乐及文化事务署公布，维多利亚公园游泳池重建后首年入场人次超过80万，市民可拨打康文署热线2414 5555查询开放时间。
        台湾泳将王冠闳在杭州亚运会男子200米蝶泳决赛中夺得金牌，为中华台北代表团在该届亚运会游泳项目中赢得一枚宝贵的金牌，全场掌声雷动。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapakah harga tiket masuk ke Taman Air Panas Sungai Klah? J: Dewasa RM15, kanak-kanak (3–12 tahun) RM8, warga emas 60 tahun ke atas RM10. Harga boleh berubah pada cuti umum.
        S: Adakah kolam air panas sesuai untuk wanita hamil? J: Kami tidak menggalakkan rendaman melebihi 10 minit. Sila dapatkan nasihat doktor sebelum menggunakan kolam bersuhu tinggi.
        S: Di manakah saya boleh mendapatkan bantuan kecemasan? J: Hubungi kaunter penyelamat di Blok B atau talian operasi 05-438 1234 (24 jam). Untuk kecemasan perubatan, dail 999.
        S: Bolehkah saya membawa makanan dari luar? J: Makanan ringan dibenarkan di kawasan berkelah sahaja. Minuman beralkohol dan barang kaca dilarang sama sekali di kawasan kolam.
        S: Apakah waktu operasi Mata Air Panas Poring? J: Setiap hari 7.00 pagi hingga 5.00 petang. Tab mandi persendirian boleh ditempah di kaunter Taman-Taman Sabah, RM15 sejam.
        S: Adakah pakaian renang diwajibkan? J: Ya, pakaian renang daripada kain lycra atau nilon sahaja. Seluar pendek kapas, seluar jeans dan baju-T tidak dibenarkan di dalam kolam awam.
        S: Bagaimana saya menuntut barang yang hilang di loker? J: Isi Borang Barang Hilang (BH-02) di kaunter utama dalam tempoh 7 hari. Barang yang tidak dituntut selepas 30 hari akan dilupuskan.
        S: Adakah surau dan tandas mesra OKU disediakan? J: Ya, surau lelaki dan wanita terletak bersebelahan kafeteria, manakala tandas OKU terdapat di Blok A dan Blok C.
        S: Bolehkah saya membuat tempahan chalet secara dalam talian? J: Boleh, melalui laman web rasmi atau e-mel tempahan@airpanas-ulu.com.my. No. pendaftaran syarikat: 201801023456 (1284567-K).
        S: Berapakah suhu air kolam? J: Kolam A sekitar 38°C, Kolam B sekitar 42°C dan kolam rendaman kaki sehingga 45°C. Bacaan suhu dipaparkan di papan digital setiap jam.
        S: Adakah ahli keluarga pemegang kad keahlian mendapat diskaun? J: Pasangan dan anak di bawah 18 tahun menikmati diskaun 20% untuk tiket harian. Sila tunjukkan kad keahlian asal.
        S: Adakah kolam di Pusat Akuatik Nasional Bukit Jalil dibuka kepada orang awam? J: Ya, sesi awam pada hujung minggu, tertakluk kepada jadual latihan atlet kebangsaan.
        S: Bagaimana membuat aduan kebersihan? J: Imbas kod QR di pintu bilik persalinan atau WhatsApp talian khidmat pelanggan syarikat di 011-5566 7788 (waktu pejabat sahaja).
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:02] Counter A: Morning all, turnstile T3 again cannot scan QR, I already call vendor hotline 6745 2200, they say technician datang before 10am.
        [07:15] Duty Mgr: 今日 lane 1-3 book 咗俾 school swim meet, 9am to 1pm, please put up the 'Lane Closed' signs before 8.45 ok?
        [08:40] Lifeguard Tower 2: chlorine reading 0.8 only, dah report ke pump room? 我哋要唔要先清 teaching pool 先?
        [08:42] Pump Room: Noted, dosing pump P2 tadi tersumbat, sudah clear. Re-test at 09:00, expect back to 1.5mg/L. Jangan clear pool dulu.
        [11:30] 前台: Locker C-227 钥匙又不见了, 已经按 lost key 收 S$20. 备用钥匙在 safe box 第二格, 下班前记得点数。
        [12:05] Ops: Reminder roster next week dah upload dalam shared drive folder 'Roster_2027_W02', please check your shifts and swap by Friday 5pm.
        [13:10] 救生員組: 下晝三點有雷暴警告, 如果 lightning alert 響就即刻 clear 晒室外池, everyone evacuate to covered area ok.
        [15:18] Counter B: Lightning alert activated 15:16. Outdoor pools cleared, refund tak boleh bagi ya, ikut SOP 4.2. 等 15 mins all clear.
        [16:45] F&B: Kiosk 卖完 Milo 同 100Plus, PO-20270106-03 已经下单 to supplier, ETA tomorrow 10am. 今晚只有 mineral water.
        [18:00] Duty Mgr: Evening shift handover — headcount 312 in / 312 out, first aid box restocked, AED battery check OK (next due 2027-03-01).
        [19:20] Housekeeping: 女更衣室 shower no. 4 漏水, maintenance ticket MT-5583 opened, pasang tanda 'Rosak' dulu. Plumber datang esok pagi.
        [21:35] Night Guard: All gates locked 21:32, CCTV NVR recording normal, pool cover deployed. Alarm armed zone 1–6. 收工 good night all 🙏
        [22:01] IT: kiosk firmware v4.12.0 akan push malam ni 23:00–23:30, kalau esok pagi screen blank, restart sekali then WhatsApp IT helpdesk line 6123 4567.
    """),
    ("mixed", "invoices_and_orders"): _lines("""
        INVOICE INV-2027-000418 | Kolam Renang Awam MBPJ | Supplier: Ah Hock Towel Supply Sdn Bhd (201501034567) | 200 x tuala putih 70x140cm @ RM12.50 = RM2,500.00
        發票號碼 AB-12345678 | 賣方：蘭陽溫泉股份有限公司 統一編號 24681357 | 品名：大眾池入場券(團體) 25張 x NT$280 = NT$7,000 | 營業稅內含
        PO-88120377 | Ship to: Jalan Besar Swimming Complex, 100 Tyrwhitt Road, Singapore 207542 | 12 x chlorine tablets 50kg drum, SKU CL-TRI-50 | Delivery 08:00–11:00
        Receipt No. R-0098812 | 維多利亞公園游泳池 | 成人月票 x1 HK$440 | 付款方式：八達通 | 機號 POS-07 | 2027-01-06 07:45 | 多謝光臨
        Tracking SF1234567890123 順豐速運 | 寄件方：Speedo HK 官方網店 | 收件：海洋公園水上樂園 採購部 | 內容：Fastskin 競賽泳衣 x 6 (SKU SP-FS-28)
        Quotation Q-2027-031 | Mdm Ling's Spa Café Pte Ltd (UEN 201912345K) | Catering for swim meet: 150 pax bento @ S$8.80, total S$1,320.00 excl. GST 9%
        订单号 JD2027010688812 | 京东自营 | 海盐温泉浴盐 500g x 20 | 收货单位：广州从化翠溪温泉度假村有限公司 采购部 | 开票：增值税普通发票
        Tax Invoice TI/2027/00077 | Taman Air Panas Sungai Klah | Bas sewaan 44 tempat duduk x 2 @ RM1,100 | SST 8% RM176.00 | Jumlah RM2,376.00
        Order #SHP-240117-QX9 Shopee Mall | Arena Cobra Ultra Swipe goggles, smoke lens x 30 | RM89.00/unit | 卖家: Arena Malaysia Official Store | COD tidak disediakan
        Credit note CN-0041 against INV-2027-000402: 3 lifebuoys returned (damaged in transit), refund S$267.00 to TYR Aquatics Asia Pte Ltd via original payment method.
        收據編號 MC-2027-0156 | 澳門體育局 | 泳池月票(成人) MOP$150 | 收款窗口 3 號 | 本收據請妥善保存，遺失恕不補發 | 多謝合作
        Invoice 4471/27 | 林記浴池 Lam Kee Bathhouse | 香港上環永樂街 88 號地舖 | 搓背服務 x 1 HK$180, 熱毛巾 x 2 HK$20 | 多謝惠顧
        PO-SG-2027-0219 | AquaPro Supplies Pte Ltd | AED pads adult (Philips HeartStart FRx) x 4 @ S$145 | Bill to: Bishan Swimming Complex, 1 Bishan St 14 | Net 30
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lifeguard incident report #LG-2027-0114: at 16:42 swimmer Marcus Tan Wei Jie (M, 34) was pulled from lane 6 after a suspected seizure; he told us he has epilepsy and skipped his medication today.
        Lost locker claim: Ms Priya Ramasamy, NRIC S8234517E, reported a gold bangle missing from locker C-233 on 5 Jan; call her at 9123 4567 once CCTV has been reviewed.
        Membership renewal: Daniel Ong Kah Seng, DOB 12/03/1987, Blk 421 Jurong West Street 42, #08-115, Singapore 640421, annual family plan S$360, GIRO from POSB 123-45678-9.
        Please don't put Auntie Lim from the ticket counter on the roster this month — she's going through chemo at NCCS and only told the duty manager in confidence.
        Health declaration: I, Chloe Ng Hui Min, am 24 weeks pregnant and have gestational diabetes; my gynae has cleared me for aquarobics but not for the hot pool.
        Caller from the lost Garmin watch enquiry: +65 9786 4412, please ring back after 6pm and ask for the watch's serial to confirm.
        Banned entry list update: Kelvin Seah (FIN G5829034W) is barred for 6 months after police were called over the changing-room phone camera incident on 28 Dec.
        Staff roster note: Hafiz's December pay was short by S$412 because of the unpaid leave he took for his divorce hearing; HR will top it up in the January run.
        1047,2027-01-05 06:45,Tay Boon Keng,S7945213J,+65 8234 1190,boonkeng.tay@gmail.com,ADULT_SENIOR,locker C-212
        Car park complaint: the silver Honda Vezel SKP 4821 H blocked the ambulance bay for 2 hours on Sunday and the driver shouted at our staff when asked to move.
        Child swimmer Ethan Goh, age 8, was stung in the wading pool; his mum, Mrs Rachel Goh (9655 0321), says he is allergic to bee stings and carries an EpiPen.
    """),
    "zh-Hans": _lines("""
        入场登记：王建国，身份证号 440106197803152831，手机 139 2847 5610，于 2027-01-06 09:12 进入男宾区，手牌号 M-088。
        救生员事故报告：李梅女士在深水区抽筋呛水，被救起后自述有高血压病史，已由120送往广州市第一人民医院。
        会员张丽华欠年卡尾款 ¥2,400 三个月未交，前台已多次电话催缴，她说最近在打离婚官司，手头没钱。
        失物招领：储物柜 B-17 发现一张工商银行卡，卡号 6222 0212 3456 7890 123，持卡人 刘志强，请本人携身份证到前台领取。
        健康申报表｜姓名：赵晓燕｜性别：女｜年龄：42｜既往病史：乳腺癌术后化疗中｜紧急联系人：丈夫 周斌 186 0215 3347
        陈先生（住珠海市香洲区凤凰北路 128 号 3 栋 602）投诉浴场搓澡师傅多收他 80 元，要求退款并当面道歉。
        员工排班：阿强本周请假三天去医院陪老婆待产，夜班由小周顶替，临时工资按日结算 ¥260/天。
        车牌 粤B·7K29Q 的车主在停车场刮到两辆车后直接开走，监控已截图，保安部已报警处理。
        微信号 wxid_lqy0827 的顾客在群里骂前台，说她儿子在泳池被推倒磕破了头，要求赔偿医药费 1500 元。
        温泉度假村入住登记：孙浩宇、林晓彤（夫妻），房号 A-1203，入住 2027-02-10，离店 2027-02-12，电话 158 1736 2204，邮箱 sunhy1990@163.com。
    """),
    "zh-Hant": _lines("""
        北投湯屋訂房：黃志明先生，身分證 H120483754，手機 0912-345-678，預約 2027/01/18 20:00 雙人湯屋，已刷卡訂金 NT$600。
        泳池意外報告：7歲男童陳柏宇於兒童池滑倒撞傷頭部，縫了三針，母親陳太表示會追究泳池責任並要求賠償。
        更衣室失物：黑色銀包內有香港身份證 K372815(3)（持證人：鄭嘉欣），已交予沙田警署處理。
        林太成日嚟浸溫泉，佢話自己有糖尿病同埋腳底有傷口，我哋勸咗佢唔好落熱池，佢都唔聽。
        會員資料｜姓名：吳俊傑｜電話：9876 5432｜住址：九龍觀塘秀茂坪道寶達邨達欣樓 2315 室｜會籍：年費 HK$1,200
        阿明上個月喺泳池畀人告非禮，而家仲係保釋緊，經理叫我哋唔好再排佢值更，亦唔好同客人講。
        員工薪資：救生員蔡宗翰 12月薪資 NT$38,500，扣勞健保 NT$1,634，轉帳至中國信託帳號 123-540-987654。
        客人在臉書留言：「我是李雅婷，昨天在你們湯屋被偷拍！」已請法務部主動聯繫她本人處理。
        失物登記：藍色 iPhone 15，失主張先生說手機殼內夾有悠遊卡及健保卡，聯絡電話 0935-218-447。
        澳門泳池年票申請：申請人梁嘉豪，澳門居民身份證 5215387(3)，出生日期 1995-04-12，電話 6612 3456。
    """),
    "ms": _lines("""
        Laporan insiden: Encik Ahmad Faizal bin Rosli, No. KP 850614-08-5523, pengsan di kolam air panas pada 14:20, disyaki tekanan darah rendah. Dihantar ke Hospital Slim River.
        Puan Nor Azlina binti Kassim masih berhutang yuran keahlian RM540 sejak Ogos; beliau minta bayar ansuran kerana suaminya baru diberhentikan kerja.
        Borang pengisytiharan kesihatan: Nama: Lim Mei Ling | Umur: 29 | Hamil 5 bulan | Alahan: penisilin | Tel: 012-778 3341
        Loker hilang kunci: pelanggan Rajesh a/l Subramaniam, tel 016-552 0987, minta staf buka loker L-118 — sila semak IC dia dulu sebelum buka.
        Jadual bertugas: Kak Yati tak boleh kerja syif malam minggu ni sebab anak dia masuk wad denggi di Hospital Selayang.
        Nombor akaun untuk bayaran balik: Maybank 1140 2233 5678, atas nama Mohd Hafizuddin bin Abdullah, jumlah RM75.00 (tiket dibatalkan).
        Proton X70 putih nombor pendaftaran WXY 8213 diletak di petak OKU sepanjang hari; pemilik enggan alihkan kenderaan bila ditegur pengawal.
        Aduan pelanggan: Encik Tan Chee Keong, beralamat No. 23, Jalan SS 2/45, 47300 Petaling Jaya, mendakwa anaknya cedera akibat jubin pecah di kolam kanak-kanak.
        Penyelamat Zulkifli ditangkap polis semalam atas tuduhan dadah; jangan bagitahu pelanggan, HR akan keluarkan kenyataan nanti.
    """),
    "mixed": _lines("""
        Eh boss, 那个 Uncle Wong (HP 012-334 5561) tadi datang lagi, dia cakap his locker kena pecah, 要我们 compensate RM300 for his Rolex.
        Roster W03: AM shift — Nurul, Jason Lee, 阿芬; PM shift — Darren Koh, Mei Fong. Jason MC 3 days (food poisoning), Darren cover ya.
        Pls update member record: Ms Wendy Chua 蔡慧玲, new email wendy.chua88@hotmail.com, new address Blk 512 Ang Mo Kio Ave 8 #05-2231, S560512.
        救生員 log 16:05: 女仔 around 10 yo 遇溺, 阿媽 Mrs Harpreet Kaur 話佢有 asthma, CPR 後 breathing OK, SCDF ambulance 16:14 到, sent to KKH.
        Guest 入住 form: Name 林志豪 Lin Chih-hao | 護照 Passport 312456789 | Room 湯屋 B3 | Check-in 19:00 | Remarks: 有心臟病，請勿安排高溫池
        Customer complaint via WhatsApp +60 17-285 4410: saya punya anak kena buli di kolam, 你们的 lifeguard 都没有理, mahu refund penuh.
        HR memo: 阿Ken's salary S$2,850 will be garnished S$500/month 因为 court order for his outstanding loan, pls keep confidential.
        Lost & found log #LF-0217: 钱包 belongs to Nur Aisyah binti Karim, IC 920317-10-6648 dalam dompet, RM120 cash, 已锁 safe, waiting owner collect.
        Staff 健康申报: Siti (counter) positive COVID ART this morning, MC sampai Jumaat, 她 contact 过的 colleagues 请 self-test.
        Membership CSV: MBR-20418,Goh Siew Ling,S6712094I,1979-08-21,+65 9012 7788,siewling.goh@yahoo.com.sg,FAMILY,expires 2027-06-30
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for a public swimming complex in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Can you draft an SMS to member Jonathan Lee Kok Wai (9234 8871)? His lost locker items from C-219 — a wallet and a Samsung phone — are ready for collection.",
        ),
        (
            "assistant",
            "Hi Mr Jonathan Lee, this is the Customer Service Counter. The wallet and Samsung phone from locker C-219 are ready for collection at Level 1, 8am–8pm daily. Please bring your NRIC. Thank you!",
        ),
        ("user", "Great, make it shorter."),
        (
            "assistant",
            "Hi Mr Lee, your wallet and phone from locker C-219 are ready for collection at the Level 1 counter (8am–8pm). Please bring your NRIC.",
        ),
    ],
    [
        (
            "user",
            "幫我把這份救生員報告整理成正式格式：1/12 下午3點，兒童池，女童 許芷晴（8歲，身分證 F228374618）溺水，救生員施救後恢復意識，媽媽說她有癲癇。",
        ),
        (
            "assistant",
            "【救生員事故報告】日期：1月12日 15:00｜地點：兒童池｜當事人：許芷晴（女，8歲，身分證 F228374618）｜經過：於池中溺水，經救生員施救後恢復意識｜備註：家長告知當事人有癲癇病史，建議後續就醫追蹤。",
        ),
        ("user", "謝謝，家長聯絡方式要不要寫進去？"),
        (
            "assistant",
            "建議寫在另一份受限閱覽的聯絡表，正式報告只保留必要資料，以減少個資外流風險。",
        ),
    ],
    [
        ("system", "你是一家温泉度假村人事部的排班助手。"),
        (
            "user",
            "下周排班：早班 刘洋、何静，晚班 马建华。另外何静怀孕五个月了，医生说不能长时间在高温区站着，帮我调整一下。",
        ),
        (
            "assistant",
            "建议如下：早班 刘洋（温泉区巡查）、何静（前台接待，远离高温区）；晚班 马建华（全区巡查）。何静的安排已避开高温池区域，可每两小时安排一次休息。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat mohon maaf kepada Puan Rohani binti Ismail, No. 7, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam. Anak dia tergelincir di tepi kolam minggu lepas.",
        ),
        (
            "assistant",
            "Kepada Puan Rohani binti Ismail, No. 7, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam. Puan, kami memohon maaf atas insiden anak puan tergelincir di tepi kolam minggu lepas. Lantai telah dibaiki dan tikar anti-gelincir dipasang. Kos rawatan akan ditanggung sepenuhnya oleh pihak kami.",
        ),
        ("user", "Tambah nombor telefon pengurus, 03-5511 2200."),
        (
            "assistant",
            "Baik, saya tambah di penutup surat: Sebarang pertanyaan, sila hubungi Pengurus Kolam di talian 03-5511 2200. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "user",
            "幫我譯做英文：投訴人 區偉倫 先生（身份證 Y604127(0)）話佢喺更衣室跌親，左手骨裂，要求泳池賠償醫藥費 HK$8,600。",
        ),
        (
            "assistant",
            "Complainant Mr Au Wai-lun (HKID Y604127(0)) states that he fell in the changing room and fractured his left hand, and is claiming HK$8,600 in medical expenses from the pool.",
        ),
        ("user", "Thanks, 可唔可以再 formal 少少？"),
        (
            "assistant",
            "Complaint summary: Mr Au Wai-lun (HKID Y604127(0)) reports a fall in the changing room resulting in a fracture of the left hand, and seeks reimbursement of medical expenses amounting to HK$8,600.",
        ),
    ],
    [
        (
            "system",
            "Member database record loaded: member_id=MBR-30771; name=Sarah Lim Pei Shan; nric=T0351872D; mobile=+65 8876 2093; plan=ANNUAL_ADULT; expiry=2027-02-28; notes=asthma, carries inhaler.",
        ),
        (
            "user",
            "When does this member's plan expire and is there anything the lifeguards should know?",
        ),
        (
            "assistant",
            "Sarah Lim Pei Shan's annual adult plan expires on 28 Feb 2027. Lifeguards should note that she has asthma and carries an inhaler.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条温泉预订确认短信：客人 郑凯文，手机 137 0284 9916，2月14日入住情侣汤屋，两晚，已付定金 800 元。",
        ),
        (
            "assistant",
            "【翠溪温泉】郑凯文先生您好，您预订的情侣汤屋已确认：2月14日入住，共两晚，已收定金800元。如需改期请提前48小时联系前台。期待您的光临！",
        ),
        ("user", "再加一句提醒他带身份证。"),
        (
            "assistant",
            "已补充：入住办理时请携带本人身份证原件。【翠溪温泉】郑凯文先生您好，您预订的情侣汤屋已确认：2月14日入住，共两晚，已收定金800元，入住时请携带身份证原件。",
        ),
    ],
    [
        (
            "system",
            "You help lifeguards at a Malaysian water park write incident reports in English.",
        ),
        (
            "user",
            "Tadi pukul 11 pagi, budak lelaki nama Muhammad Irfan bin Azman, umur 9, terhantuk kepala kat slide, berdarah sikit. Bapa dia Encik Azman tel 019-338 2716. Tolong buat report.",
        ),
        (
            "assistant",
            "Incident Report — Time: 11:00 am. Casualty: Muhammad Irfan bin Azman (male, 9). Location: water slide. Nature of injury: head knock with minor bleeding. Parent: Encik Azman, tel 019-338 2716. Action taken: first aid applied, parent informed.",
        ),
        ("user", "Add that he was sent to Klinik Kesihatan for stitches."),
        (
            "assistant",
            "Updated: Follow-up — casualty was taken by his father to the Klinik Kesihatan for stitches. Report to be filed with the duty manager before end of shift.",
        ),
    ],
    [
        (
            "user",
            "我哋泳池有個救生員 阿Ben（何子軒）欠咗大耳窿十幾萬，成日有人打電話嚟泳池搵佢，我應唔應該報告上司？",
        ),
        (
            "assistant",
            "如果有人持續打到泳池騷擾，已經影響工作同其他同事安全，就應該通知上司，但只講事實（例如來電時間同次數），唔好主動披露佢嘅債務細節，亦可以建議佢尋求債務輔導。",
        ),
        ("user", "明白，咁我點樣同上司講比較好？"),
        (
            "assistant",
            "可以咁講：「最近有陌生人多次打嚟前台搵某位同事，語氣唔友善，想請公司考慮設定來電處理指引。」咁樣可以保障同事私隱之餘，又反映到問題。",
        ),
    ],
    [
        (
            "system",
            "You are a data assistant for a Taiwan hot-spring resort. Output CSV only when asked.",
        ),
        (
            "user",
            "Please turn these into CSV with columns name,id,phone,room: 陳美玲 E225709136 0922-618-305 湯屋A2; 王大同 P135792461 0910-552-781 湯屋C1",
        ),
        (
            "assistant",
            "name,id,phone,room | 陳美玲,E225709136,0922-618-305,湯屋A2 | 王大同,P135792461,0910-552-781,湯屋C1 (rows separated by | for display)",
        ),
    ],
]
