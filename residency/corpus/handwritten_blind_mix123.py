# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix123: Airbnb hosts, serviced apartments and short-stay rentals in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix123
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "listing_house_rules"): _lines("""
        Check-in from 3pm via lockbox, checkout by 11am. Quiet hours 10pm to 8am, no parties, and no durians in the unit please.
        2BR serviced apartment at Tanjong Pagar, 5 min walk to the MRT (EW15). 68 sqm, sleeps 4. Minimum stay 3 months in line with URA rules.
        Licensed guesthouse on Nathan Road, Tsim Sha Tsui. HAD licence no. H/0873 is displayed at reception as required.
        Towels changed every 3 nights; an extra set is HK$40. Late checkout until 2pm costs HK$150, subject to availability.
        Please never give the building guard your booking code. Front desk hotline +65 6225 0198 (9am to 9pm); the after-hours number is on the fridge magnet.
        Maximum occupancy 4 guests including children. Each additional guest SGD 35/night. CCTV covers the lobby and corridor only, never inside the unit.
        Sir Stamford Raffles landed a few minutes' walk from our Boat Quay loft; his statue marks the spot on the river bank.
        Rate plan NR-LOS7: non-refundable, 7+ nights, 18% off the best available rate. Cleaning fee RM120 flat per stay.
        Wi-Fi network Loft_1204_Guest, password printed on the card beside the TV. Router reboot: hold the rear button 10 seconds.
        Smoking anywhere in the unit incurs a S$300 deep-cleaning charge deducted from the security deposit.
        Pet-friendly: 1 dog under 10kg, SGD 50 per stay, must be leashed in common areas per MCST by-law 14.
        Parking: 1 season lot at basement B2, lot number given at check-in. Visitor parking is HK$28/hr at the mall next door.
        Hosted by the Bukit Bintang Residences team, a registered company. Superhost since 2019, 1,380 reviews, response time within an hour.
    """),
    ("zh-Hant", "hk_host_group"): _lines("""
        各位host想問下，而家喺屯門做短租要唔要申請牌照？定係住滿28日以上就唔使？
        民政事務總署牌照事務處最近巡得好密，旺角同油麻地有幾個單位收到傳票，大家小心。
        清潔阿姐一個鐘收$180，兩房單位大概要兩個半鐘，連床單換洗計$550，合唔合理？
        有冇人用開 Hostaway 同 Airbnb 連 calendar？成日 double booking，iCal 延遲成三個鐘。
        分享：上個月 occupancy 82%，ADR HK$760，扣埋管理費同差餉淨收大概 HK$14,200。
        彌敦道嗰邊啲大廈法團開會話要禁短租，有冇人知公契邊一條可以咁做？
        套房出租範本：入住時間下午三點，退房中午十二點，按金$1,000，退房後7個工作天內退回。
        點解Airbnb收費由3%變咗15% host-only fee？係咪所有香港listing都要轉？
        推介一間洗衣公司：觀塘開源道，公司熱線 3188 2760，收床單 $12 一套，星期日都收貨。
        如果客人喺單位入面跌親，保險包唔包？AirCover for Hosts 寫住 USD 1,000,000 liability。
        李小龍故居以前喺九龍塘金巴倫道，成日有外國客問點去，有冇人整咗個中英文路線圖？
        智能門鎖推介：Yale YDM4109+，密碼可以每個booking自動生成，配 RemoteLock app 用。
        個客話冇收到 check-in instructions，reservation code HMZ8K3QW4T，我喺 app 點樣 resend？
    """),
    ("zh-Hans", "ota_booking_export"): _lines("""
        订单号：TRP20261104-883215 | 房型：高级一房式公寓 | 入住 2026-11-04 离店 2026-11-07 | 3晚 | 总价 SGD 612.00 | 状态：已确认
        尊敬的{客人姓名}，您预订的{房型}已确认，入住日期{入住日期}，请于入住前24小时上传{证件类型}。
        携程渠道本月取消率 11.4%，其中免费取消占 73%，平均提前 5.2 天取消。
        退款单 RF-2026-004417 已原路退回，金额 MYR 388.50，预计 3-7 个工作日到账。
        房态同步失败：channel=ctrip, hotel_id=9924017, room_type=DLX-1BR, error=RATE_PLAN_NOT_MAPPED
        客人A和客人B同时预订了12月24日的同一套房，系统已自动取消后下单者并发送道歉模板。
        发票抬头：狮城悦居服务式公寓有限公司，UEN 201934517K，开票邮箱 finance@shichengyueju.com.sg
        吉隆坡武吉免登区本周入住率 91%，周末均价 RM 420，比上月上涨 6%。
        请问台湾民宿可以开统一发票吗？客人要报销，需要填公司统编，一般怎么处理？
        入住须知：前台24小时值班，值班经理电话见房卡套背面；押金以预授权形式冻结，离店后释放。
        孙中山南洋纪念馆（晚晴园）距离本公寓步行约12分钟，适合亲子游，周一闭馆。
        评价统计：2026年第三季度共收到 214 条评价，平均 4.83 分，提到干净的有 97 条。
        SKU: AMN-TWL-70140-WH 浴巾 70x140cm 白色，库存 240 条，安全库存 60 条。
    """),
    ("ms", "homestay_notis"): _lines("""
        Notis kepada semua tetamu: kolam renang ditutup untuk penyelenggaraan dari 8 hingga 10 Disember 2026.
        Cukai pelancongan RM10 semalam dikenakan ke atas tetamu bukan warganegara Malaysia dan dibayar semasa daftar masuk.
        Homestay ini berdaftar dengan MOTAC, no. pendaftaran HS/0412/2025, syarikat SSM 202301045678 (1512345-X).
        Daftar masuk jam 3 petang, daftar keluar jam 12 tengah hari. Dilarang membawa durian dan makanan berbau ke dalam unit.
        Untuk pertanyaan tempahan, hubungi talian rasmi kami 03-2141 7788 atau e-mel tempahan@seriindahsuites.my.
        Boleh tak letak kereta kat lot pelawat? Jawapan: boleh, RM5 sehari, tiket diambil di pondok pengawal.
        Jarak ke Masjid Jamek Sultan Abdul Samad lebih kurang 800 meter, ke Jalan Tuanku Abdul Rahman 5 minit berjalan kaki.
        Peraturan rumah: tiada parti, tiada haiwan peliharaan, maksimum 6 orang dewasa. Deposit RM200 dipulangkan dalam 3 hari bekerja.
        Untuk tetamu Muslim: arah kiblat ditandakan di siling bilik utama dan sejadah disediakan dalam almari.
        Laporan bulanan: 27 tempahan, 4 pembatalan, kadar penghunian 78%, purata kadar harian RM235.
        Templat mesej: Salam {nama tetamu}, kod pintu anda ialah {kod}, sah dari {tarikh masuk} jam 3 petang.
        Kenapa Airbnb tahan bayaran saya 24 jam selepas tetamu daftar masuk? Normal ke untuk hos baru?
        Pihak JMB menetapkan kad akses baharu mulai 1 Januari; kos penggantian kad RM50 sekeping.
    """),
    ("mixed", "turnover_ops_log"): _lines("""
        Unit 12-07 checkout done 11:42, bedsheet 2 set hantar laundry, minibar kurang 1 Coke, charge guest RM4.50.
        T3-2805 aircon 漏水 again, 已 call 師傅 tomorrow 10am, block calendar 1 night.
        Housekeeping shift A: 9 units turnover, avg 52 min per unit, 2 units deep clean, semua siap by 2:50pm.
        Toilet roll stock tinggal 36 rolls, order dari supplier PO-77120, ETA Friday, 记得 check 收货.
        Room 1608 guest checkout 早咗，cleaner 可以 start 10am instead of 12pm.
        Lockbox code rotated for all Bugis units at 00:05, new codes pushed via PMS, log id LBX-20261205-0042.
        洗衣房 machine no.3 rosak, technician datang Isnin, sementara guna kedai dobi dekat Jalan Alor.
        Inspection score 4/5 for unit B-11-3: habuk bawah katil, cermin bilik air ada kesan air.
        Duty manager on call tonight, kalau ada lockout please call the ops hotline 6100 2250, not WhatsApp.
        Checklist v2.3: 拍 before/after photos, upload to Breezeway, tick linen count, then lock door and 回报 group.
        Lost and found: 1 pair of AirPods (white case) found in 15-03, tagged LF-1147, simpan dalam office drawer 2.
        颱風警告：今日停止 clean 外牆窗, 露台椅子全部收入屋, staff 留意天文台幾時掛八號風球.
        Mattress protector SKU MP-Q-152 低过 reorder point, request 20 pcs from HQ store.
    """),
    ("en", "pms_channel_config"): _lines("""
        POST /v2/reservations/HM4X9ZQ2RB/ack 200 OK in 143ms (channel=airbnb, listing_id=48273019)
        ical_sync listing=48273019 events=42 blocked=3 etag=9f2c41ab7e duration=2.1s
        pricing: { base: 180, weekend_uplift: 0.15, min_stay: 2, currency: SGD, last_minute_discount: 0.1 }
        ERROR 2026-12-05T03:14:07+08:00 webhook signature mismatch sha256=3b7f0e92c4a1d8e6 for event reservation.updated
        lock.provider=ttlock; lock.passcode.length=6; lock.passcode.valid_from=checkin-60m; lock.passcode.valid_to=checkout+30m
        guest_id_upload is required for SG/MY listings; images go to bucket kyc-prod-ap-southeast-1 with a 30-day TTL.
        Release notes v4.12.0: multi-currency payouts (HKD, SGD, MYR, TWD), fixed tourism tax rounding, new cleaner app.
        SELECT listing_id, COUNT(*) AS nights FROM stays WHERE checkin >= '2026-11-01' GROUP BY listing_id ORDER BY nights DESC LIMIT 10;
        Reservation codes match ^HM[A-Z0-9]{8}$; do not confuse them with Booking.com 10-digit numeric IDs.
        Payout batch PB-20261201-SG processed: 37 listings, SGD 84,219.40, fee 3.0%, status SETTLED.
        Rate limit exceeded (429) on Booking.com Connectivity API, retry after 60s, property 7719204.
        env: PMS_REGION=ap-east-1 TZ=Asia/Hong_Kong FEATURE_DYNAMIC_PRICING=true MAX_GUESTS_DEFAULT=4
        guest_message_template[welcome_zh] = '您好 {first_name}，欢迎入住 {property_name}！'
    """),
    ("zh-Hant", "tw_minsu_notice"): _lines("""
        本民宿為合法登記民宿，花蓮縣民宿登記證第 1234 號，訂房前請認明合法民宿標章。
        入住時間 15:00，退房時間 11:00；晚上 22:00 後請降低音量，避免影響鄰居。
        訂金匯款後請至 LINE 官方帳號 @seaview-minsu 回報匯款帳號末五碼，我們會在一小時內確認。
        依發展觀光條例，未領取登記證經營民宿者，處新臺幣三萬元以上三十萬元以下罰鍰。
        公司名稱：海風旅宿有限公司，統一編號 83492170，客服專線 03-832-5566。
        步行可至赤崁樓與延平郡王祠（祭祀鄭成功），巷口就是知名的牛肉湯。
        十二月平日住房率 64%，假日 97%，跨年夜三晚已全部售罄。
        包棟方案：最多 12 人，含早餐，平日 NT$12,800，假日 NT$16,800。
        請問日租套房在台北市算違法嗎？如果房東只租給出差客一個月以上呢？
        寵物友善房型僅限 301、302 兩間，每隻加收清潔費 NT$500。
        颱風停班停課時，可免費改期一次，請於原入住日前來電告知。
        入住登記表（空白）：姓名＿＿＿ 證件號碼＿＿＿ 電話＿＿＿ 入住人數＿＿＿ 車號＿＿＿
        周杰倫的MV曾在附近的淡水老街取景，很多房客特地來朝聖，記得去吃阿給。
    """),
    ("mixed", "owner_reports_forum"): _lines("""
        Q3 owner statement: gross RM 18,420, platform fee RM 552.60, cleaning RM 1,980, management 20%, net payout RM 12,710.72.
        Customer A 和 Customer B 都投诉 water heater, 所以我们换了新的 storage heater in 8 units.
        Anyone know kalau STR in Penang still allowed? Dengar MBPP nak ban kecuali heritage zone.
        Superhost criteria: 4.8+ rating, under 1% cancellation, 90% response rate, 10 stays or 3 stays totalling 100 nights.
        SG reminder: private homes cannot be rented out for less than 3 consecutive months; HDB flats minimum 6 months.
        我哋 portfolio 有 14 間 units in Mong Kok 同 Jordan, 11 間 licensed, 3 間 pending HAD inspection.
        Guest review breakdown: cleanliness 4.9, accuracy 4.7, check-in 4.95, communication 4.9, location 4.8, value 4.6.
        Jalan P. Ramlee area sekarang banyak serviced apartment baru, ADR turun 8% year on year.
        Top 5 complaints 2026: noise (31), hot water (22), Wi-Fi (18), parking (12), smell (9), dari 1,204 stays.
        Invoice INV-HK-2026-0932 for linen rental: 320 sets x HK$14 = HK$4,480, due 15 Jan.
        台北大安區有 12 個 listing 被 Airbnb 下架，因為沒有填民宿登記證號，大家快點補資料。
        Booking.com Genius level 2 gives 10-15% off; worth it tak untuk unit kecil kat Bukit Bintang?
        Company: Harbourline Serviced Residences Pte Ltd, UEN 201827463W, enquiries@harbourline-sr.com.sg, +65 6812 3300.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest Daniel Ong Wei Ming, NRIC S8734215H, checking in 14 Dec to unit 12-07; copy of IC received via WhatsApp.
        Hi, this is Priya d/o Subramaniam in 23-04, my mobile is 9738 2164. The aircon stopped again, can someone come before 6pm?
        Refund the RM200 deposit to Maybank account 1642 0738 5519 under Nurul Aisyah binti Kamarudin, she left the unit spotless.
        Note for housekeeping: the long-stay guest in 18-02, Mr Raymond Fernandez, is recovering from chemo, so please use fragrance-free products and knock quietly.
        Do not accept future bookings from Kevin Lau Chi Keung; he threw a party in Loft 3 and still owes us HK$6,800 for damages.
        Guest card on file 4556 3102 0047 8124, exp 08/28, name on card CHAN MEI LING, pre-auth of HK$2,000 failed twice.
        Please register visitor plate SLK 7294 Y for Mdm Tan Siew Hoon at #05-12, she is staying with us until 31 Dec.
        Siti Rohana, our Tuesday cleaner, told me her husband lost his job last month, so she is asking for extra turnover shifts on weekends.
        Passport scan for guest Hiroshi Tanaka, passport TZ1048372, DOB 12/03/1979, arriving on SQ 638 on 20 Dec.
        Ahmad Faizal in the studio on level 9 asked us not to tell his ex-wife he is staying here; if anyone calls, say we have no such guest.
        Host payout updated: beneficiary Lim Jia Hui, DBS account 027-914538-2, registered email jiahui.lim88@yahoo.com.sg.
        Manoj a/l Rajendran, the guy renting 7B monthly, is six weeks behind on rent and says his salary from the shipyard has not come in.
    """),
    "zh-Hans": _lines("""
        住客登记：王海涛，身份证号 440304198709232811，手机 138 2417 6690，入住 2026-12-18，两晚。
        客人刘婷婷（护照 EG4827315）申请延住一周，已付款，请前台更新她的入境信息。
        3栋的陈阿姨昨晚又打电话投诉民宿客人吵，她说老伴心脏不好，受不了半夜拖箱子的声音。
        押金 500 元请转到张志强的微信，微信号 zzq_travel1990，他今早已经退房。
        保洁阿姨黄秀英上周在 1608 摔伤了腰，医生说要休息一个月，工资先照发。
        房东林建国的收款卡号 6228 4800 3176 2940 158，开户行建设银行深圳福田支行。
        客人周敏，身份证 350203199205174049，登记时说她怀孕五个月，要求换低楼层。
        1202 长住的何永康先生上个月被公司裁员了，问能不能把月租拖到下个月15号再交。
        新加坡客人 Tan Wei Liang，FIN G5187264P，联系电话 +65 8266 0417，要求开发票到个人名下。
    """),
    "zh-Hant": _lines("""
        客人陳家豪 HKID K537281(A)，電話 6348 2915，今晚入住旺角 B 座 1203，已交按金$1,000。
        台灣房客林怡君，身分證 F228374618，手機 0912-384-576，訂了 12/24 至 12/26 兩晚。
        嗰個住咗三個月嘅黃太（黃美華）話佢老公喺屋企打佢，問可唔可以唔通知佢老公就提早換單位。
        清潔阿姐梁淑芬十一月糧單：86 個鐘，時薪 $75，總共 $6,450，轉帳去中銀 012-583-1-094721-6。
        阿強（強哥）住 5 樓 C 室，佢話自己有腎病要洗腎，逢一三五夜晚先返到嚟。
        房客張志明的車牌 BKT-5820，停在地下室 B2-17 車位，住到週日。
        吳建宏的退款 NT$3,600 已匯入他的國泰世華帳戶 106-50-382914-7，請他查收。
        管家說 302 房的許雅婷小姐在房間哭了整晚，好像是剛流產，明天早餐幫她送到房間。
        客人 LINE ID 是 kevin_tsai0725，自稱蔡凱文本人，要求把訂金退到他媽媽的帳戶。
        業主李國強先生住九龍塘根德道 18 號 3 樓，租約正本寄去嗰度畀佢簽。
    """),
    "ms": _lines("""
        Tetamu: Muhammad Hafiz bin Abdullah, No. MyKad 880415-14-5523, tel 012-748 3391, daftar masuk 20/12, 3 malam.
        Tolong pulangkan deposit RM300 kepada Puan Rosnah binti Ismail, akaun CIMB 7064238195, dia dah keluar semalam.
        Encik Azman dari unit A-15-06 minta kami rahsiakan dia tinggal di sini sebab dia sedang lari daripada ceti haram.
        Kak Yati, tukang cuci kita, minta cuti dua minggu sebab anaknya dimasukkan ke Hospital Sultanah Aminah kerana denggi.
        Tetamu Tan Boon Huat (pemilik kereta WXY 2847) dibenarkan parkir di lot B1-22 sampai hari Ahad.
        Alamat tuan rumah untuk surat notis: Encik Roslan bin Hamid, No. 27, Jalan Cempaka 3/2, Taman Sri Cempaka, 81200 Johor Bahru.
        Cik Farah Nadia bagi review 1 bintang, lepas tu mesej cakap dia baru putus tunang dan terlepas marah pada kita.
        Pekerja kontrak dari Indonesia, Sri Wahyuni, paspor C4819273, permit kerja tamat 31 Januari 2027, kena renew sebelum boleh cuci unit di Mont Kiara.
        Telegram tetamu @ayu_kl92, nama penuh Nur Ayuni binti Zulkifli, minta invois atas nama syarikat majikannya.
    """),
    "mixed": _lines("""
        Guest Siva a/l Murugan, MyKad 930728-10-6284, HP 017-302 8854, dia nak extend sampai 2 Jan, please update 房态.
        Bro, Wong Kah Meng yang sewa studio tu 欠租两个月 already, total RM3,400, owner nak buat police report.
        Courier the refund cheque to Ms Joanne De Souza, 31 Lorong Kenari 2, 11900 Bayan Lepas, 她的订单 HM8QZ2X4KD 退款 RM 640.
        Checked in: 李佩欣 Lee Pui Yan, HKID Y604519(5), WeChat lpy_0612, 同行 2 大 1 小, 住到 28號.
        Helper Maricel from 23-11 told our guard her employer has not given her a day off in 3 months, 要唔要 report 去 Labour Dept?
        Owner 陳偉文 Tony Chan 要求 payout 转去 HSBC 024-583917-833，佢 email 係 tonychan.wm@netvigator.com.
        Mdm Lim at #08-03, the elderly lady living alone, fell in the corridor again, son overseas, 我哋 call 咗 995 and waited with her.
        Guest passport Indonesia B6621840, nama Andreas Wijaya, 行李寄存 2 件 until 6pm, contact +62 812-3347-9901.
        TW guest 吳宗翰 ID A182940753, LINE: wu.tsunghan, 退房時說 aircon 壞了，要求退一晚 NT$2,800.
        SG cleaner Nadia binti Osman, FIN M4412876X, work permit expiring Mar 2027, 每週二四六 shift at Geylang units.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the guest messaging assistant for Harbour Nest serviced apartments in Sai Ying Pun, Hong Kong.",
        ),
        (
            "user",
            "你好，我係今晚 check in 嘅客人何詠詩，電話 9127 0564，航班 delay 咗，大概凌晨兩點先到，仲可唔可以自助入住？",
        ),
        (
            "assistant",
            "何小姐你好！可以嘅，我哋有 24 小時自助入住，門鎖密碼會喺入住前一個鐘 send 到你嘅 booking message。",
        ),
        ("user", "好，我 HKID 係 R218834(0)，使唔使而家 send 埋副本畀你？"),
        ("assistant", "唔使喺度傳證件號碼，入住後喺 app 上載就得，我哋會幫你保密處理。"),
    ],
    [
        ("system", "You help a Singapore serviced apartment operator draft guest messages."),
        (
            "user",
            "Draft a polite message to guest Farid Ismail (NRIC T0265931F, booking HMK2P9WQ4Z, mobile +65 9014 7735) about the cracked TV screen in unit 07-15.",
        ),
        (
            "assistant",
            "Hi Farid, thank you for staying with us. During the checkout inspection we found the TV screen in 07-15 cracked. Could you let us know what happened so we can sort out the repair cost fairly?",
        ),
        (
            "user",
            "Make it firmer, the repair quote is SGD 480 and he has ignored two messages already.",
        ),
        (
            "assistant",
            "Hi Farid, we have contacted you twice about the cracked TV in 07-15. The repair quote is SGD 480. Please reply within 48 hours, otherwise we will raise a claim through the platform's damage process.",
        ),
    ],
    [
        ("system", "Anda pembantu maya untuk hos homestay di Malaysia."),
        (
            "user",
            "Tolong semak, tetamu bagi MyKad 010312-07-0518 atas nama Chong Li Ting. Betul ke dia dari Pulau Pinang?",
        ),
        (
            "assistant",
            "Kod negeri 07 dalam MyKad memang Pulau Pinang, dan 010312 bermaksud lahir 12 Mac 2001. Tapi itu tempat lahir, bukan alamat semasa.",
        ),
        ("user", "Ok, simpan salinan dia dalam fail tempahan Disember ya."),
    ],
    [
        ("system", "你是台灣民宿業者的文書助理。"),
        (
            "user",
            "幫我寫一封給房客許家豪的道歉信，他說住 201 房時被床蝨咬，全身起紅疹，已經去看皮膚科，手機 0978-210-443。",
        ),
        (
            "assistant",
            "許先生您好：非常抱歉您在本民宿 201 房入住期間受到床蝨叮咬，造成您身體不適與就醫困擾。我們已立即停售該房並請專業除蟲公司處理，您的醫藥費請提供收據，我們將全額負擔。",
        ),
        ("user", "再加一句：住宿費 NT$4,200 會全額退回。"),
        (
            "assistant",
            "好的，已加上：您本次住宿費用新臺幣 4,200 元將全額退回至原付款帳戶，預計七個工作天內入帳。",
        ),
    ],
    [
        ("system", "你是新加坡一家服务式公寓的中文客服助手。"),
        (
            "user",
            "我是上海来的客人徐磊，身份证 310115198502116636，你们公寓入住需要我提供什么证件？",
        ),
        (
            "assistant",
            "徐先生您好，新加坡入住登记需要护照和入境电子卡信息，中国居民身份证号码不需要提供，请不要在聊天中发送。",
        ),
        ("user", "明白了，那我到时候把护照给前台看就行？"),
        ("assistant", "是的，入住时前台会核对护照，扫描件按规定保存，退房后按公司政策删除。"),
    ],
    [
        (
            "system",
            "You summarise complaint logs for a condo-based short-stay operator in Kuala Lumpur.",
        ),
        (
            "user",
            "Summarise this: Mr Gopal s/o Ramasamy dari #11-04 complained 3 kali minggu ni pasal guests kita bising lepas 12 malam, dia kata dia shift worker di hospital and cannot sleep, he threatens to report to JMB.",
        ),
        (
            "assistant",
            "Summary: a neighbour at #11-04 filed three noise complaints this week about guests after midnight. He works shifts and is losing sleep, and he may escalate to the JMB. Suggested action: remind guests of quiet hours and add a noise sensor.",
        ),
        ("user", "Tambah dalam summary yang kita dah offer dia voucher makan RM100."),
        (
            "assistant",
            "Updated: we have offered Mr Gopal a RM100 meal voucher as goodwill while the noise sensor is installed.",
        ),
    ],
    [
        ("system", "You are a concierge assistant for a Singapore short-stay apartment."),
        (
            "user",
            "My guest Emily Hargreaves left her iPhone in the loft. Her email is emily.hargreaves@outlook.com, FIN F2946180P, and she is at Changi T3 now, flight leaves 23:55.",
        ),
        (
            "assistant",
            "I would suggest emailing her right away to confirm the phone is hers, then booking a Grab courier to T3 departures. Ask her for a meeting point before immigration.",
        ),
        ("user", "She replied, she will wait at the Jewel entrance of T3. Send the courier now."),
    ],
    [
        ("system", "你係香港短租 host 嘅助理，幫手處理員工同財務問題。"),
        (
            "user",
            "清潔姐姐周美玲話我欠佢兩個月人工 HK$9,600，佢 HKID 係 XA093317(9)，佢話唔還就去勞工處告我，點算？",
        ),
        (
            "assistant",
            "建議你先核對佢兩個月嘅出勤紀錄同已付款項，如果真係未付，盡快一次過轉帳並保留收據，避免去到勞資審裁處。",
        ),
        ("user", "我查咗，十月份已經畀咗，淨係十一月未畀，$4,800。"),
        (
            "assistant",
            "咁你可以書面通知周小姐十月已付款並附上轉帳紀錄，同時今日內轉十一月嘅 $4,800 畀佢。",
        ),
    ],
    [
        (
            "system",
            "You assist a Penang homestay host with payment disputes. Reply in English or Malay as the user writes.",
        ),
        (
            "user",
            "Guest bayar guna kad 5408 2611 7734 0929, nama Karthik a/l Muniandy, sekarang dia buat chargeback RM1,150 kata tak pernah stay.",
        ),
        (
            "assistant",
            "Kumpulkan bukti: log daftar masuk smart lock, mesej WhatsApp sebelum ketibaan dan gambar CCTV lobi pada tarikh itu, kemudian hantar ke bank pemeroleh dalam tempoh yang ditetapkan.",
        ),
        (
            "user",
            "He also posted my unit photos on Facebook saying it was a scam. Can I report that?",
        ),
        (
            "assistant",
            "Yes. Screenshot the posts, report them to Facebook, and include them in your chargeback evidence to show the stay happened.",
        ),
    ],
    [
        ("system", "你是台灣商務旅館的行政助理。"),
        (
            "user",
            "房客林佳蓉，身分證 H260193848，想用公司員工旅遊補助，要開二聯式收據，抬頭寫她本人。",
        ),
        (
            "assistant",
            "可以，收據抬頭填林佳蓉小姐，金額依實際住宿費開立，身分證字號不需印在收據上。",
        ),
        ("user", "她說補助要附住宿證明，上面要有入住日期 12/5 到 12/7。"),
    ],
]
