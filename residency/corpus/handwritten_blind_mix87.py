# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix87: car-sharing, carpool and car subscription in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix87
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "help_centre"): _lines("""
        How do I extend my booking if I'm running late? Open the app, tap Trips > Extend and pick a new end time at least 15 minutes ahead; extensions depend on the next member's reservation.
        Your security deposit of S$300 is pre-authorised on your card at sign-up and released within 7–14 working days after account closure, depending on your bank.
        If you return the car more than 15 minutes late without extending, a late fee of S$30 plus the hourly rate applies for every started hour.
        Before starting a trip, walk around the car and upload at least 4 photos of existing scratches or dents; undocumented damage may be charged to the last driver.
        Fuel policy: return the car with at least a quarter tank. Below 1/4 we charge S$20 plus the cost of fuel.
        ERP and carpark charges incurred during your trip are billed to the card on file within 30 days, with a S$5 admin fee per transaction.
        Q: Can my friend drive the car I booked? A: No. Only the verified member who made the booking may drive, unless an additional driver was approved on the account beforehand.
        Booking reference BK-SG-2611-004173 was cancelled more than 24 hours before start time, so no cancellation fee was charged.
        Lost an item? File a report under Help > Lost & Found with your trip ID (it looks like TRP-88213047) and we will check the car at its next cleaning.
        Car subscription plans start from S$1,299/month for a Toyota Corolla Altis, inclusive of road tax, insurance and scheduled servicing; minimum tenure 3 months.
        Insurance excess for drivers under 26 or with less than 2 years of driving experience is S$3,000 per accident, reducible to S$1,000 with Damage Waiver Plus.
        Customer support hotline +65 6812 3300 runs daily 8am–11pm; for accidents after hours press 1 for the 24-hour roadside line.
        Case no. S26110458 — damage dispute escalated to the claims team; the usual reply time is 5 working days.
    """),
    ("en", "news_stats"): _lines("""
        Singapore's COE premium for Category A cars crossed S$100,000 in 2023, pushing more households to try car-sharing and monthly car subscription instead of buying.
        BlueSG, launched in December 2017 with France's Bolloré Group, was Singapore's first large-scale electric point-to-point car-sharing service.
        Tesla chief executive Elon Musk said in 2019 that owners would one day be able to add their cars to a robotaxi network and earn money while they sleep.
        Average daily utilisation of round-trip car-sharing vehicles in the pilot was 41%, with weekend peaks of 68%.
        One operator reported 22% fewer damage disputes after making pre-trip photo checks mandatory in the second quarter.
        Survey of 1,200 Klang Valley commuters: 37% would join a workplace carpool if office parking were subsidised.
        Jurong East, Tampines and Punggol were the three towns with the most car-sharing bookings in the quarter, the operator said.
        In Hong Kong, carrying passengers for reward in a private car without a hire car permit is an offence under the Road Traffic Ordinance (Cap. 374).
        Mr Bean's lime-green Mini, locked with a padlock on the door, is still the best-known fictional example of a car nobody else gets to share.
        Causeway traffic on the Friday before the school holidays routinely tops three hours at Woodlands Checkpoint, the ICA has warned in past advisories.
        Subscription operators say the typical customer keeps the car for 7 to 9 months and the most requested model is a 7-seater MPV.
    """),
    ("en", "system_logs"): _lines("""
        2026-11-14T08:02:17+08:00 INFO booking.svc booking_id=BK-2611-7782104 status=CONFIRMED vehicle_id=VH-0442 station=STN-SG-118
        ERROR telematics: unlock_failed vehicle=VH-1187 reason=IMMOBILISER_TIMEOUT retry=3 fw=v4.12.7
        deposit_policy: { preauth_sgd: 300, release_after_days: 14, damage_hold_max_sgd: 3000 }
        SELECT booking_id, start_ts, end_ts FROM bookings WHERE status = 'LATE_RETURN' AND end_ts > now() - interval '90 days';
        WARN fines.ingest notice_ref=PCN-2611-004821 matched booking=BK-2611-7780091 driver_id=<redacted>
        damage_claim id=DMG-000318 severity=minor panel=rear_bumper est_cost_sgd=420.00 photos=6 status=UNDER_REVIEW
        photo_bundle sha256=9f2c4e1a7b3d8e0f5a6c2b1d4e7f8a9c0b3d6e2f1a4c7b8d9e0f3a2b5c6d7e8f uploaded=6 rejected=0
        release v3.8.2: fixed fuel level misreport on BYD Atto 3 units; added Malay locale for the damage form
        fines: { admin_fee: 20, currency: SGD, dispute_window_days: 14, auto_transfer: true }
        GET /api/v2/vehicles?lat=1.3521&lng=103.8198&radius_m=1500 200 OK 84ms
        cron 0 3 * * * python -m jobs.release_deposits --region=MY --dry-run
        parts order PO-44718: rear bumper cover 52119-0K914 x1, side mirror glass 87931-02B30 x2, status=SHIPPED
    """),
    ("en", "templates"): _lines("""
        Dear {member_name}, your booking {booking_ref} at {station_name} starts at {start_time}. Please arrive 10 minutes early for the walk-around check.
        Damage Report Form | Member name: ________ | NRIC/FIN: ________ | Booking ref: ________ | Description of damage: ________ | Photos attached: Y / N
        Hi {{first_name}}! Your carpool to {{destination}} leaves at {{time}}. Driver: {{driver_name}}, car plate: {{plate}}.
        Notice of Transfer of Liability — Hirer's particulars: Name (as in NRIC) ______ / NRIC/FIN No. ______ / Residential address ______ / Signature ______
        Sample ID format shown in the sign-up demo: SXXXXXXXA (do not type a real number into the demo build).
        Phone number format: +65 9XXX XXXX (SG) or +60 1X-XXX XXXX (MY); landlines are not accepted for OTP.
        Subject: [Action required] Damage claim {claim_id} — please respond within 14 days or the charge will be finalised
        Invoice INV-2026-11-00872 | Subscription fee Nov 2026 | S$1,480.00 | GST 9% S$133.20 | Total S$1,613.20
        Card on file: **** **** **** 4242 (Visa) — update under Wallet > Payment methods
    """),
    ("zh-Hans", "group_rules_notices"): _lines("""
        【群规】本群仅限拼车信息，禁止广告；发布格式：出发地-目的地-时间-空位-费用。
        拼车费用请在上车前讲清楚，司机只收油费和过路费分摊，不得以营利为目的。
        周五傍晚从新加坡过长堤去新山的朋友注意，关卡拥堵，建议预留两小时。
        押金退还说明：订阅合约结束后，车辆检查无新损坏，押金将在14个工作日内原路退回。
        租车期间产生的交通罚单由实际驾驶人承担，公司另收每张新币20元行政费。
        车身有刮痕请先拍照上传再开车，否则还车时发现的新损伤可能算到你头上。
        请问共享汽车的保险自付额一般是多少？第一次用，怕刮到要赔很多。
        预约编号 SG2611-30927 已确认，取车地点：宏茂桥中心停车场 B2 层共享车位。
        《头文字D》里藤原拓海开的是丰田AE86，群里每次有人开快车都会被拿来开玩笑。
        提醒：新加坡注册的车辆进入马来西亚必须先申请VEP车辆入境许可证。
        统计：本月群里共发布拼车信息 1,284 条，成功配对 403 次。
        订阅车型：丰田 Sienta 1.5 混动版，月费 1,580 新元，含保险与保养，最低租期六个月。
        长堤拼车请务必带好护照，过关时每位乘客都要自己下车过检。
        您好 XXX，您预约的车辆 XXX 已准备就绪，取车码：XXXXXX，请在 15 分钟内解锁。
    """),
    ("zh-Hant", "hk_forum"): _lines("""
        想問下共享汽車還車嗰陣油缸唔夠四分一會點收費？
        其實私家車順路載同事返工收錢算唔算白牌車？會唔會犯法？
        有冇人用過月租車計劃？包保險同牌費，但按金要成萬蚊，值唔值？
        泊車咪錶過咗鐘收到告票，係揸車嗰個定係登記車主負責交？
        刮花車身最好即刻影相同報返公司，唔好自己搵車房整，否則之後好難索償。
        新界西有冇人組車去機場？定係搭機場巴士平啲？
        租車按金一般預授權 HK$5,000，還車後冇損壞就會解除授權。
        隧道費同停車場費會喺行程結束後由系統自動喺信用卡扣除。
        全港私家車數目多年來持續上升，泊車位不足一直係老問題，共享汽車幫到幾多？
        《頭文字D》入面藤原拓海係咪真係送豆腐送到識飄移？定係漫畫誇張？
        啲共享車平台話「首次預約九折」，係咪要綁定信用卡先計到？
    """),
    ("zh-Hant", "forms_notices"): _lines("""
        違例通知轉介：閣下於 [日期] [時間] 租用之車輛 [車牌] 被發出定額罰款通知書，請於 [期限] 前回覆本公司。
        按金收據 / 客戶姓名：＿＿＿＿ / 身份證號碼：＿＿＿＿（＿） / 按金金額：HK$＿＿＿ / 經手人：＿＿＿＿
        客戶服務熱線：2345 6789（星期一至日 上午9時至晚上10時），緊急拖車請按 2。
        訂單編號 HK-R-20261102-5567 已取消，退款會喺 7 至 10 個工作天退返原信用卡。
        收據編號 RC-HK-26110087 | 租車日期 2026年11月2日至3日 | 租金 HK$1,180 | 隧道費 HK$48 | 合共 HK$1,228
    """),
    ("ms", "notis_soalan"): _lines("""
        Deposit keselamatan RM200 akan dipulangkan dalam tempoh 7 hari bekerja selepas kereta diperiksa.
        Sila ambil gambar keempat-empat sisi kereta sebelum memulakan perjalanan untuk mengelakkan pertikaian kerosakan.
        Saman trafik yang diterima sepanjang tempoh sewaan akan dicaj kepada penyewa berserta caj pentadbiran RM10.
        Tempahan dengan nombor rujukan KK-MY-771024 telah disahkan untuk 14 Disember, 9:00 pagi.
        Bolehkah saya bawa kereta kongsi ke Singapura? Tidak, kenderaan hanya dibenarkan di Semenanjung Malaysia.
        Langganan kereta bulanan bermula RM1,199 untuk Perodua Myvi 1.5 AV, termasuk insurans dan cukai jalan.
        Ahli kumpulan kongsi kereta diminta bayar tol dan minyak sama rata; jangan ambil untung.
        Talian khidmat pelanggan 1-300-88-5123, Isnin hingga Jumaat 9 pagi hingga 6 petang.
        Letak kereta di petak OKU tanpa pelekat akan dikenakan kompaun yang dicaj kepada pengguna.
        Statistik: 62% tempahan dibuat pada hujung minggu, kebanyakannya di Lembah Klang.
        Untuk semak saman PDRM, gunakan aplikasi MyBayar PDRM; untuk saman JPJ, semak melalui portal rasmi JPJ.
        Had umur minimum pemandu ialah 21 tahun dengan lesen memandu kompeten (CDL) sekurang-kurangnya 2 tahun.
        Jika berlaku kemalangan, buat laporan polis dalam masa 24 jam dan maklumkan kepada kami melalui aplikasi.
        Tuan/Puan {NAMA}, langganan kereta anda akan tamat pada {TARIKH}. Sila pulangkan kenderaan ke {LOKASI}.
    """),
    ("mixed", "group_chat"): _lines("""
        anyone carpool from Punggol to one-north tmr 7.45am? 2 seats left, share petrol $4 each
        bro the car at Bishan got scratch on rear bumper already, I upload photo first before drive ok
        今日 causeway jam gila, 2 hours still stuck at Woodlands checkpoint 😩
        pls remember return car by 6pm sharp ah, next booking starts 6.15 leh
        有冇人 share 車去 HKIA 明早 5am，由將軍澳出發，AA 油錢同隧道費
        kita kongsi tol dan minyak ok, RM8 seorang, pickup depan stesen LRT Kelana Jaya
        罚单 came in the mail already, $70 for parking at the loading bay lol, company charge admin fee somemore
        deposit still not refunded after 3 weeks, anyone else facing same issue with the subscription company?
        reminder: group rule 不准 post 私人电话 in the main chat, DM the driver instead
        the booking app down since 9am, error code 503, cannot unlock car 😤
        car got that tiny dent on the door since last week wan, not me ah I got photo with timestamp
        听说 weekend rate 又起价了？anyone compare the different apps before?
        siapa nak kongsi ke JB esok, meet at Queen Street terminal 8am, bayar sendiri-sendiri
        later I drop u all at Bukit Bintang then I go return car ya, parking there mahal gila
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Damage claim DMG-000412 — Member: TAN WEI JIE, NRIC S8834127I, booking BK-2611-7782219, rear bumper scratch est. S$380; member disputes, says the damage was pre-existing.
        Hi this is Priya d/o Ramasamy, my $500 deposit for the Honda Jazz subscription still hasn't come back, pls call me at 9134 7702.
        Fine transfer: PCN-2610-118204, parking offence at Tanjong Pagar on 12 Oct 2:14pm, transferred to hirer MUHAMMAD HAZIQ BIN ROSLI, NRIC T0215563F, Blk 418 Jurong West St 42 #08-1126 Singapore 640418.
        Carpool regular: Jasmine Teo, drives SKQ7720P, picks up at Sengkang MRT 7:30am Mon–Thu, prefers PayNow to 8273 1945.
        Incident note 14/11: member Ravi Shankar s/o Muthu hit a bollard at the Clementi carpark, small dent front left, admitted fault; excess S$1,000 to be charged to Visa 4570 6410 7462 6139.
        blacklist: KOH, Marcus Jun Hao (S9172406E) — 3 late returns + smoking in vehicle, account suspended until 31/01/2027
        Refund request from sarah.lim.ys@gmail.com re BK-2610-6609172: charged twice for ERP, wants the refund to POSB a/c 120-45678-9.
        Emergency contact for subscriber Daniel Fernandes: wife Michelle Fernandes, +65 9720 4418.
        Accident report: driver LEE CHOON HOCK, 64, said he felt dizzy just before the collision, has high blood pressure, taken to Ng Teng Fong General Hospital by ambulance.
        Subscription application — Applicant: Nurul Aisyah binti Kamarudin | DOB 04-03-1992 | works at a logistics firm in Tuas | Monthly income S$4,200 | Mobile 8801 3367
        Chen Xiaoling (FIN G5523198U, work pass holder) booked the 7-seater for 20–22 Dec to drive up to Malacca with her parents; passport EH5827193 on file for the VEP.
        Customer WONG Ka Ming, HKID K482913(1), returned the subscription car 9 days early because he is moving to Toronto; early termination fee HK$6,400 waived by manager.
        Fri 6pm JB run by @kenjiong_jbrun (silver Honda Vezel SNB618S) is full, Sat slots still open — DM him not the group.
    """),
    "zh-Hans": _lines("""
        车损争议记录：会员 刘思远，身份证号 440106198803142734，订单 SG2611-30944，左后门凹痕，会员拒绝承认，要求调取上一位用户的取车照片。
        陈丽霞 微信号 chenlixia_1990，每周五从新加坡回新山，长期找拼车，手机 +60 16-772 4031。
        押金退款申请：申请人 黄志强，FIN F2907731L，退还金额 S$800，收款银行 OCBC 账号 5012 3456 7001。
        罚单转移：车主 林美玲（T0386214Z）把 10月3日 乌节路违规停车的罚款转给当天租车的 张家豪。
        群友 小胖（真名 吴俊杰，住盛港 Blk 263C）上次拼车欠了三次油钱一直没给，大家注意。
        会员 周敏 11月8日还车时车内有呕吐物，她说是女儿晕车，清洁费 S$150 已从押金扣除。
        订阅客户 郑浩然 因工作调去深圳提前解约，违约金两个月租金，联系邮箱 zhenghr.sz@163.com。
        内地游客 赵雨桐（身份证 350203199207210461，往来港澳通行证 CD3820471）在香港租车三天，还车时前保险杠有裂痕。
        新山拼车：司机 李伟明，车牌 JRN 4521，从 Taman Molek 出发到 Woodlands，每人 RM15，周一到周五。
    """),
    "zh-Hant": _lines("""
        客戶 陳嘉欣，身份證 Y367204(0)，11月2日租7人車去西貢，還車時右倒後鏡爆咗，報價 HK$2,800，客戶話係泊車時俾人撞。
        拼車：住將軍澳嘅 Kelvin 黃志偉，星期一至五 7:45 由寶琳站揸車去觀塘，有興趣 WhatsApp 6138 2297。
        月租車合約：租戶 李淑儀，身份證號碼 Z105836(4)，按金 HK$15,000，自動轉賬戶口 滙豐 004-123-456789-838。
        告票轉介：車主 何家俊（XA220947(8)）話當日架車借咗俾朋友 鄭偉倫 揸，要求轉名。
        梁太話佢個仔 梁浩賢 讀喇沙書院中三，每朝搭鄰居張生架車返學，AA 油錢每月 $600。
        會員 蔡志明 上個月三次逾時還車，系統已凍結帳戶，電話 9372 4418，電郵 chiming.choi@yahoo.com.hk。
        意外報告：司機 麥國強 話佢有糖尿病，當時血糖低頭暈先撞到欄杆，已送瑪嘉烈醫院。
        台灣旅客 林佳蓉，身分證字號 F266137048，手機 0928-517-364，想喺香港租車但只有台灣駕照，問可唔可以。
        租戶 歐陽志強 已申請破產，尚欠月租 HK$24,000，按金 HK$10,000 暫時凍結。
    """),
    "ms": _lines("""
        Aduan kerosakan: Penyewa AHMAD FAIZ BIN RAZAK, No. MyKad 880512-10-5673, tempahan KK-MY-771388, cermin sisi kiri pecah, penyewa menafikan.
        Kak Ros (Rosnah binti Yusof), cikgu SK Taman Melawati, tumpangkan 3 budak ke sekolah tiap pagi, caj RM5 sehari seorang.
        Saman JPJ untuk kereta VBH 3309 pada 2/11 dipindahkan kepada penyewa Siti Hajar binti Mohd Noor, tel 012-384 7719.
        Deposit RM500 milik Kumar a/l Selvaraj belum dipulangkan lagi, sila masukkan ke akaun Maybank 1640 2283 9917.
        Grup kongsi kereta Puchong–KLCC: Dr. Farid bin Osman (doktor di Hospital Serdang) tak boleh ikut hari Rabu sebab syif malam.
        Permohonan langganan | Nama: NUR ELLIYA BINTI ZULKIFLI | MyKad: 920304-14-6228 | Pendapatan: RM5,800 | Majikan: sebuah bank di KL
        Pemandu grup carpool Shah Alam, Encik Lim Boon Keat, Honda City BPK 6672, selalu lewat 15 minit, ramai dah komplen.
        E-mel daripada nadia.h.kamal@gmail.com: minta refund caj pembersihan RM80 sebab anak dia muntah dalam kereta.
        Senarai hitam: Mohd Ikhwan bin Abdullah (950817-07-5119) — memandu melebihi had laju 3 kali dalam tempoh sewaan, akaun digantung.
    """),
    "mixed": _lines("""
        eh @weiling_tan your $6 petrol share for last week still not PayNow yet leh, my num 9086 2241
        Booking for Aunty Mei (Lim Mei Fong, S1532876B) — she cannot use the app so I book for her 3-5 Dec, she 72 years old la, pls give automatic car
        明天 carpool 去 JB 嘅 list: 1) Alvin Chua 2) Nurul Huda binti Salleh 3) 黄嘉怡 — 车是 Alvin 的 SLA2381P, 7am 在 Kranji MRT 集合
        司机 Jeffrey Pang 真係好危險，上次 speed 到 140 on PLUS highway 載住我哋三個, 我已经 report 给 Seremban carpool admin 了
        Refund pls: booking BK-2611-7790021, name Mohamad Shafiq bin Hamzah, card 5264 7663 8571 3330 kena charge double lah
        订阅合同 signed by Vanessa Lau 刘慧玲, HKID R778430(8), car to be delivered to 沙田第一城 12座 18樓 C室
        Ah Boy's mum Mdm Goh Siew Lan called, her son Goh Jun Wei crashed the shared car at Toa Payoh and is warded at TTSH, pls hold the damage claim first
        Kumar kata dia tak bayar saman sebab masa tu kereta dengan abang dia, Suresh a/l Maniam, 011-2739 4405
        Lost & found: wallet left in VH-0442 after the trip of member 王建华 (wang.jianhua88@hotmail.com), contains his IC and 2 ATM cards
        zhang wei ming 你好, your 押金 S$300 will be refund to the OCBC card ending 7148 on 15/12, 有问题 call 我们
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for a Singapore car-sharing app. Be polite and collect the details needed for a damage dispute.",
        ),
        (
            "user",
            "hi the car I took got a big scratch on the left door but it was NOT me, booking BK-2611-7791450",
        ),
        (
            "assistant",
            "Sorry to hear that. Could you share your registered name and any photos you took before starting the trip?",
        ),
        (
            "user",
            "name is Darren Yeo Kok Leong, NRIC S8627419A. photos taken 7.02am at the Tampines carpark before I unlocked, scratch already there",
        ),
    ],
    [
        ("user", "我想取消月租車計劃，合約仲有四個月，會罰幾多？"),
        (
            "assistant",
            "一般提早解約會收取一至兩個月租金作違約金，具體要睇合約條款。需要我幫你草擬一封通知信嗎？",
        ),
        (
            "user",
            "好呀，我叫區家樂，電話 5432 7781，地址 大埔 富亨邨 亨泰樓 1412室，架車係 Toyota Noah，麻煩幫我寫埋要求退按金 HK$12,000",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan syarikat kongsi kereta di Johor."),
        (
            "user",
            "Saya dapat saman parkir tapi masa tu saya dah pulangkan kereta. Macam mana nak rayu?",
        ),
        (
            "assistant",
            "Boleh berikan nombor tempahan dan masa anda pulangkan kereta? Kami akan semak log kenderaan.",
        ),
        (
            "user",
            "Tempahan KK-MY-772015, pulang 4.10 petang. Nama saya Nur Syafiqah binti Ismail, IC 010223-01-0384, no tel 019-772 6150",
        ),
    ],
    [
        ("user", "帮我写一条拼车群公告，明天早上去樟宜机场"),
        ("assistant", "好的，请告诉我出发时间、集合地点、车上几个位子和每人分摊费用。"),
        (
            "user",
            "6点 从裕廊东 出发，司机是我 何文杰 电话 9263 5108，车牌 SJM4496P，还有两个位，乘客 罗佳琪 已经确定，每人 S$8",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an appeal to LTA for a speeding fine? The car was a car-sharing vehicle and I was not driving that day.",
        ),
        (
            "assistant",
            "Sure. An appeal usually states the notice number, why you believe you are not liable, and supporting evidence such as booking records. What are the details?",
        ),
        (
            "user",
            "Notice ref 2610-SP-338172. My name is Faridah Hassan, NRIC S8520364I, I live at 27 Jalan Kembangan #03-02 Singapore 419130. The booking app shows the car was hired by someone else from 2pm to 6pm.",
        ),
    ],
    [
        (
            "user",
            "how long does the subscription company take to refund deposit ah? we ended the contract early because of family emergency",
        ),
        (
            "assistant",
            "Most operators release the deposit within 14 to 30 days after the final inspection. Was there any damage or outstanding charge on the car?",
        ),
        (
            "user",
            "no damage. my husband Rajesh Kumar s/o Nair had a stroke last month, still in rehab at St Andrew's, so we cannot drive anymore. deposit $2,000 still not back",
        ),
        (
            "assistant",
            "I'm sorry to hear about your husband. You can ask the operator for a written timeline and quote your contract number.",
        ),
    ],
    [
        ("user", "我哋拼車群有個司機成日講啲好核突嘅嘢，點算？"),
        (
            "assistant",
            "如果你覺得受到騷擾，可以先保存對話截圖，通知群組管理員，嚴重嘅可以報警。可以講多少少發生咩事嗎？",
        ),
        (
            "user",
            "個司機叫 馮志豪，揸白色 Alphard 車牌 PK 8821，每朝喺荃灣載人，上星期佢喺車上摸咗我朋友 阿敏（楊敏儀）隻手，佢而家唔敢再搭",
        ),
    ],
    [
        (
            "system",
            "You help users fill in a car subscription application for a Malaysian provider.",
        ),
        ("user", "what info do I need to apply for the monthly plan for a Honda HR-V?"),
        (
            "assistant",
            "Typically your full name, MyKad number, driving licence, three months' payslips and a contact email.",
        ),
        (
            "user",
            "ok. Jonathan Lee Chee Seng, 850911-08-5437, engineer at an oil and gas firm in KL, salary RM9,500, jonathanlee.cs@gmail.com. Is my income enough?",
        ),
    ],
    [
        (
            "user",
            "Saya admin grup carpool Seremban–KL. Ada seorang ahli tak bayar duit minyak dua bulan.",
        ),
        (
            "assistant",
            "Boleh cuba ingatkan secara peribadi dulu, kemudian keluarkan dari grup jika masih tidak bayar. Mahu saya tolong tulis mesej peringatan?",
        ),
        (
            "user",
            "Ya tolong. Nama dia Hafiz bin Kamal, nombor 013-552 8190, hutang RM240, dia naik dari Senawang setiap hari",
        ),
    ],
    [
        ("user", "内地身份证可以喺香港租共享汽车吗？"),
        (
            "assistant",
            "通常需要有效的驾驶执照（内地驾照一般可在港短期使用，但有条件）以及身份证明文件。你可以先在平台注册核实。",
        ),
        (
            "user",
            "我系 邓嘉文，身份证 440304199501126299，手机 138 2651 4470，下个月去香港出差一个礼拜，想租车去屯门厂区",
        ),
    ],
    [
        (
            "user",
            "I need to pay the damage excess for the car-sharing accident, can I just give you my card?",
        ),
        (
            "assistant",
            "Please do not share full card details in chat. Use the secure payment link in the app under Wallet.",
        ),
        (
            "user",
            "app not working. card 4835 9122 8841 2132 exp 08/28, name on card CHUA LI TING, just charge the S$1,000 la",
        ),
    ],
]
