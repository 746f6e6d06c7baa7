# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix172: backpacker hostels and capsule hotels in SG/MY/HK/TW (guest registers with passports, lockers, lost property, bed-bug complaints, police checks, night-shift staff chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix172
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        HOUSE RULES: Quiet hours 23:00 to 07:00 in all dorms. Lights on the capsule floor dim automatically at 23:30; please use the reading light inside your pod.
        All guests must present a valid passport or government photo ID at check-in. Under local regulations we are required to record ID details for every overnight stay.
        Lockers: each bed comes with a 45 x 35 x 60 cm locker. Padlocks can be bought at reception for SGD 5 or rented for SGD 1 per night with a SGD 10 refundable deposit.
        Key cards not returned by 11:00 on the day of departure will be charged SGD 20. Late check-out until 14:00 is SGD 15, subject to availability.
        Lost property is kept for 30 days and then donated to a charity shop. Passports and ID cards are handed to the nearest Neighbourhood Police Centre within 48 hours.
        If you notice small red bites or dark spots on your mattress, tell the front desk immediately. Do NOT move your luggage to another bed; we will relocate you and heat-treat your bags free of charge.
        No food in the pods. The pantry on Level 2 is open 24 hours; label your items with your bed number and check-out date. Unlabelled food is cleared every Sunday at 10:00.
        Female-only dorm is on Level 3, access by key card. Male guests and visitors are not allowed beyond the Level 3 landing at any time, including staff outside cleaning hours.
        Emergency: dial 995 for ambulance and fire, 999 for police. The night manager on duty can be reached on the in-house phone, extension 0, from any pod.
        Smoking, vaping and durian are strictly prohibited inside the building. A fine of SGD 200 applies to any guest found smoking in the bathrooms. Designated smoking point is in the back lane.
        Visitors may stay in the common lounge until 22:00 only. Any guest found letting a non-registered person sleep in their bed will be asked to leave without refund.
        Towel rental SGD 2, hairdryer free from reception against your key card. Washing machine SGD 4 per load, dryer SGD 3 for 40 minutes, detergent provided.
        Front desk: +65 6291 4470 (24 hours) | WhatsApp +65 8028 3391 | stay@dunlopcapsule.sg | 58 Dunlop Street, Singapore 209390 | UEN 201723118W
    """),
    ("zh-Hans", "入住须知_FAQ"): _lines("""
        问：入住需要带什么证件？答：境外旅客请携带有效护照原件，复印件和手机照片均不接受；马来西亚公民可出示 MyKad 原件办理入住。
        问：可以提前寄存行李吗？答：可以，前台提供免费行李寄存，入住当天 08:00 至退房后 22:00 之间均可，每件行李会贴一张编号标签。
        问：胶囊舱是男女分层吗？答：是的，3 楼为女性专层，4 楼和 5 楼为男性及混合层，女性专层需刷房卡才能进入，访客一律不得上楼。
        问：押金怎么收？答：入住时收取 50 令吉现金押金，退房时归还钥匙卡和储物柜锁后全额退还，押金暂不接受微信或支付宝支付。
        问：支持哪些付款方式？答：支持 Visa、Mastercard、银联、支付宝和 Touch 'n Go eWallet，现金仅限令吉和新加坡元，不收人民币现钞。
        问：能开发票吗？答：可以开具英文收据，抬头可写公司名称，但无法开具中国增值税发票，如需报销请在退房前一天告知前台，以便财务准备。
        问：发现床虱怎么办？答：请立即到前台报告并保留被叮咬部位的照片，我们会安排换床并对行李做高温处理，相关费用全部由酒店承担。
        问：离茨厂街和中央艺术坊远吗？答：步行约 5 分钟到茨厂街，约 8 分钟到中央艺术坊，最近的轻快铁站是 Pasar Seni 站，出站右转即到。
        问：晚上几点关门？答：大门 24 小时刷卡进出，但 23:00 后请保持安静，前台夜班人员在 1 楼值班至早上 07:00，有事可按服务铃。
        问：警察会来查房吗？答：根据当地法规，警方可能抽查住客登记资料，我们只会按法律要求向执法部门提供信息，不会向第三方泄露。
        问：有没有接机服务？答：可代订吉隆坡国际机场 KLIA 和 KLIA2 接送，单程 95 令吉起，请至少提前 24 小时通过官方微信公众号预约。
        问：遗失物品怎么找回？答：遗失物品保留 30 天，请发送邮件至 lost@chinatownpods.my 并注明入住日期和床位号，我们核对后会回复。
        客服热线 +60 3-2031 6628，WhatsApp +60 11-2567 8840，地址：吉隆坡 Jalan Tun H.S. Lee 142 号，公司注册号 202201034567 (1467789-T)。
    """),
    ("zh-Hant", "夜更同事群組"): _lines("""
        夜更交更：3 樓 capsule 全部 check 完，C 區 17 號嗰格個冷氣滴水，已經貼咗「暫停使用」，聽朝要 call 維修公司上嚟睇吓。
        各位留意，滅蟲公司聽日 10:30 嚟做熱力處理，B 房 6 張床要清空，床單全部入黑袋先可以拎落洗衣房，唔好同其他床單撈埋一齊洗。
        櫃台部 POS 機又 hang 咗，我 restart 咗兩次都唔得，而家用住手寫收據，收據簿喺第二個櫃桶，編號由 004581 開始。
        警察頭先上嚟例行查牌，睇咗牌照同埋住客登記簿，冇問題，佢哋話下個月會再嚟，大家記得登記簿要即日寫好，唔好留到第二朝先補寫。
        失物箱今日多咗三件嘢：一把黑色縮骨遮、一個 Anker 尿袋、一條 Uniqlo 灰色頸巾，已經入咗 log，編號 LF-1207 至 LF-1209。
        提提大家，Booking.com 嗰邊有張 4 星 review 講我哋廁所有頭髮，朝早清潔記得每個鐘巡一次，巡完拍相放上群組做記錄。
        今晚 walk-in 好多，得返女生房兩張下格，男生房已經爆，有人問就推介對面重慶大廈嗰幾間有牌 guesthouse 啦。
        洗衣房部乾衣機又跳掣，電工話要換 30A 開關，報價 HK$1,280，老細批咗，星期四下晝兩點到四點嚟整，嗰段時間唔好用乾衣機。
        3 點幾有兩個客喺 lounge 大聲傾偈，我已經講咗兩次，再唔收聲就要照 house rules 發警告信，警告信範本喺 shared drive。
        Check-in 嗰陣記得影護照資料頁入 system，唔好用自己部電話影，公司 iPad 喺櫃台左邊抽屜，用完即刻鎖返入抽屜。
        聽朝 7 點收貨：毛巾 120 條、拖鞋 200 對，供應商送貨單號 DN-20241208-33，點清楚數量先好簽名，唔夠數就即刻影相。
        如果掛八號風球，所有客要留喺室內，天台同 lounge 啲窗要關好，應急電筒喺消防櫃入面，電池上個禮拜已經換咗，記得檢查埋後備水。
        老細話下個月開始夜更津貼加到每晚 HK$80，新 roster 已經 upload 咗上 Google Drive 個 shared folder，大家自己睇吓。
    """),
    ("ms", "notis_peraturan"): _lines("""
        NOTIS: Semua tetamu wajib mendaftar dengan pasport atau MyKad yang sah semasa daftar masuk, selaras dengan peraturan premis penginapan pelancong.
        Waktu senyap bermula jam 11 malam hingga 7 pagi. Tetamu yang membuat bising di dorm selepas jam 11 malam akan diberi amaran bertulis.
        Loker disediakan percuma untuk setiap katil. Pihak pengurusan tidak bertanggungjawab atas kehilangan barang berharga yang tidak disimpan di dalam loker berkunci.
        Barang tercicir akan disimpan selama 30 hari. Dokumen pengenalan diri seperti pasport dan kad pengenalan akan diserahkan kepada balai polis terdekat dalam masa 48 jam.
        Dilarang merokok, membawa durian dan memasak di dalam bilik kapsul. Denda RM200 akan dikenakan bagi setiap kesalahan tanpa sebarang pengecualian.
        Sekiranya anda dapati kesan gigitan pepijat, sila maklumkan kaunter dengan segera. Pihak kami akan menukar katil dan membuat rawatan haba ke atas beg anda tanpa bayaran.
        Cukai Pelancongan RM10 semalam dikenakan kepada tetamu warganegara asing mengikut Akta Cukai Pelancongan 2017. Warganegara Malaysia dan pemastautin tetap dikecualikan.
        Kaunter hadapan dibuka 24 jam. Daftar masuk bermula 2 petang, daftar keluar sebelum 12 tengah hari. Daftar keluar lewat dikenakan RM15 sejam.
        Bilik asrama wanita terletak di tingkat 2. Tetamu lelaki dan pelawat tidak dibenarkan masuk ke tingkat tersebut pada bila-bila masa.
        Pemeriksaan rutin oleh pihak berkuasa tempatan dan PDRM boleh dijalankan tanpa notis awal. Kerjasama semua tetamu amatlah dihargai.
        Jadual kawalan perosak: semburan setiap Selasa minggu pertama bulan, 10 pagi hingga 12 tengah hari, oleh kontraktor kawalan perosak berdaftar.
        Tuala boleh disewa pada harga RM3 sehelai. Mesin basuh RM5 sekali basuh, pengering RM4 untuk 40 minit. Serbuk pencuci disediakan di kaunter.
        Hubungi kami: +60 4-262 1187 | WhatsApp +60 16-455 0923 | hello@chuliapods.com.my | 318 Lebuh Chulia, 10200 George Town, Pulau Pinang | SSM 201901044821 (1351092-P)
    """),
    ("mixed", "reviews_of_businesses"): _lines("""
        Stayed 3 nights at the capsule near Jalan Alor, 位置超方便, walking distance to Bukit Bintang monorail, pod bersih tapi aircon sejuk gila, bring jacket ok.
        Hostel ni memang best, staff friendly, tapi bilik air tingkat 3 selalu takde air panas lepas 11 malam. 4/5 la, still worth it for RM45 a night.
        重慶大廈入面嘅 guesthouse 其實冇想像中咁恐怖, room 細到得張床, but clean and 老闆好 helpful, 仲叫我哋去食樓下嗰間 curry.
        Pod 好似太空船咁, super 有 feel, 不过隔音差, 隔壁打呼噜我全程听到, earplugs 记得带。Overall 7/10, would stay again if cheap.
        Checked in at 2am, night staff very chill, 還請我飲杯 Milo 先瞓, love this place. Location near 西門町, 行去捷運站五分鐘。
        Bed bug alert!!! 我醒来手臂一排红点, told reception, they changed my bed and laundered everything for free, handling quite professional lah.
        Ah Meng Capsule Hostel the name sounds funny but the place legit one, 冷气够冷, free kaya toast breakfast, shower pressure power.
        Locker too small for 60L backpack, 我个包塞不进去, had to leave it at reception. Otherwise 干净 and cheap, SGD 32 per night in Chinatown.
        Staff tak tahu cakap Mandarin pun takpe, they used Google Translate sama kami, very patient. Cuma breakfast roti kosong je, bawa snek sendiri.
        Hostelworld says 9.2 but honestly 我觉得 overrated, wifi 慢到爆, 3 Mbps only, cannot even video call. Kena guna data sendiri.
        住咗 YHA 美荷樓兩晚, heritage building 好有味道, 仲有個生活館講石硤尾大火同公屋歷史, room clean, highly recommend.
        Love Lane 那间 hostel 的 rooftop bar 很 chill, 啤酒 RM15, 看得到 George Town 的 shophouses, but 楼梯很陡, luggage heavy 的要小心。
        Owner reply: Thank you for the 5-star review! 我哋已經換咗全新床褥, see you again next time 啦. Management, Temple Street Capsule Inn
    """),
    ("en", "config_and_logs"): _lines("""
        2024-12-07T02:14:33+08:00 INFO pms.checkin booking=HW-88213407 bed=D2-07 nights=3 channel=hostelworld status=CHECKED_IN
        2024-12-07T02:15:01+08:00 WARN locker.controller id=L-044 event=FORCED_OPEN source=master_key operator_role=night_audit
        locker_policy: {size_cm: [45, 35, 60], deposit_sgd: 10, auto_release_after_hours: 26, master_key_log: true}
        ERROR ica_upload.batch_20241207_0300 failed: HTTP 503 from gateway, 47 records queued, retry_in=900s, job_id=9c1e7f3a
        ACCEPTED_ID_TYPES = ['passport', 'nric', 'fin', 'mykad', 'hkid', 'tw_arc']  # order matters for the dropdown in v3.2.1
        SELECT bed_id, status, last_pest_check FROM beds WHERE last_pest_check < NOW() - INTERVAL '30 days' AND floor IN (2, 3);
        CREATE TABLE lost_property (lp_id VARCHAR(12) PRIMARY KEY, found_at TIMESTAMPTZ, location TEXT, item_desc TEXT, status TEXT DEFAULT 'held');
        2024-12-07T04:02:11+08:00 INFO pest.report ticket=PC-20241207-02 bed=B3-05 action=heat_treatment vendor=Rentokil scheduled=2024-12-08T10:30
        retention: {guest_id_scans_days: 30, cctv_days: 28, lost_property_days: 30, police_request_log_years: 2}  # per legal review 2024-06
        CSV header: booking_id,channel,arrival_date,departure_date,bed_code,nationality,id_type,id_number,amount_sgd,paid_by
        sha256(guest_register_2024-12-06.pdf) = 4b7d2e91f0c3a8b56e1d9f0a72c4e83b1f6a5d09e7c2b4a81f3d6e0c9b25a7f4
        DEBUG door.capsule pod=3F-22 lock=engaged battery=71% firmware=2.4.8 rssi=-63dBm last_sync=2024-12-07T03:59:58Z
        cron: 0 3 * * * /opt/pms/bin/export_register --region=SG --dest=sftp://upload.gov.example --dry-run=false
    """),
    ("mixed", "invoices_price_lists"): _lines("""
        TAX INVOICE 税务发票 No. INV-2024-11-0387 | Chinatown Pods Sdn Bhd | SST No. W10-2311-32000456 | Katil dorm 4-bed x 3 malam @ RM42 = RM126.00
        价目表 Price List: 胶囊单人舱 Single Pod SGD 45/晚, 双人舱 Double Pod SGD 78/晚, Female-only Pod +SGD 5, 周末 weekend surcharge 10%.
        Invoice dari Bedbug Busters Sdn Bhd: rawatan haba 6 katil + 2 loker, RM1,850.00, termasuk SST 8%, terma 30 hari, no. invois BB-7714.
        房價表 Room Rates 2025: 6 人房床位 NT$650, 4 人房床位 NT$780, 雙人房 NT$1,980, 含早餐 breakfast included, 另收 5% 服務費。
        收據 Receipt No. R-004581 | 廟街膠囊旅館 Temple Street Capsule Inn | 床位 x 2 晚 HK$560 | 毛巾租用 HK$20 | 合計 HK$580 | 現金 cash
        Linen supplier statement Nov 2024: 床单 bedsheet 180 pcs @ RM6.50, towel 120 pcs @ RM4.20, total RM1,674.00, PO-2024-1129, payable to Hup Seng Laundry.
        Locker padlock 挂锁 SKU PL-3040-BLK, harga RM8.90 seunit, min order 50 unit, kiriman J&T tracking no. 630084512273, ETA 3 hari bekerja.
        Airport transfer 接机: KLIA/KLIA2 to Chinatown RM95 (1-3 pax), RM130 (4-6 pax), midnight 12am-6am tambah RM20, 请提前一天预约。
        Quotation 報價單 Q-HK-2024-119: 重新鋪設 capsule 地板 12 格, HK$18,400, 工期 5 日, valid until 31/12/2024, 敬請回覆確認。
        Laundry service 洗衣服务: RM6 per kg wash + dry + fold, siap dalam 24 jam, express 4 hours +RM5, 内衣另外收费 RM2 sehelai.
        Stripe payout po_1QbF8sK2xLm for 6 Dec 2024: gross SGD 4,382.60, fees SGD 127.09, net SGD 4,255.51, statement descriptor DUNLOPCAPSULE.
        Hostelworld commission statement Nov 2024: 214 bookings, gross GBP 6,912.40, commission 15% = GBP 1,036.86, invoice HW-INV-771203.
        早餐 menu: kaya toast + soft-boiled eggs SGD 4.50, nasi lemak SGD 5, 咖啡 kopi-o SGD 1.80, 拉茶 teh tarik SGD 2, 7am-10am only.
    """),
    ("zh-Hant", "歷史與新聞"): _lines("""
        重慶大廈於 1961 年落成，位於尖沙咀彌敦道 36-44 號，多年來是南亞商人與背包客的聚腳點，亦因王家衛電影《重慶森林》而廣為人知。
        彌敦道以香港總督彌敦爵士（Sir Matthew Nathan）命名，他於 1904 至 1907 年在任，任內大力推動九龍半島的道路建設。
        美荷樓建於 1954 年，是石硤尾大火後興建的第一代徙置大廈之一，2013 年活化為 YHA 美荷樓青年旅舍，並設有生活館介紹公屋歷史。
        台北西門町在日治時期已是娛樂區，西門紅樓建於 1908 年，由日本建築師近藤十郎設計，如今周邊聚集大量青年旅館與膠囊旅館。
        交通部觀光署公布，今年來台旅客人次持續回升，旅宿業者表示，背包客棧及膠囊旅館的住房率在暑假期間明顯成長，平日住房率亦有改善。
        新加坡牛車水的店屋多建於十九世紀末至二十世紀初，1989 年被劃為保留區後，不少店屋改建為精品旅館與背包客旅舍，吸引不少自助旅客。
        檳城喬治市於 2008 年與馬六甲一同列入聯合國教科文組織世界遺產名錄，牛干冬街一帶的背包客旅舍多由百年店屋改建而成，保留原有騎樓。
        孫中山先生於 1910 年在檳城召開庇能會議，籌劃廣州起義，其舊址位於打銅仔街 120 號，現為孫中山檳城基地紀念館，開放予公眾參觀。
        根據《旅館業條例》（第 349 章），香港所有賓館必須向民政事務總署轄下的牌照事務處申領牌照，無牌經營屬刑事罪行，可被罰款及監禁。
        日本首間膠囊旅館「Capsule Inn Osaka」於 1979 年在大阪開業，由建築師黑川紀章設計，概念源自他早年的中銀膠囊大樓。
        澳門新馬路正式名稱為亞美打利庇盧大馬路，於二十世紀初開通，沿街不少舊式公寓與賓館曾是背包客的廉價落腳點，今日仍有部分營業。
        金庸小說《天龍八部》的人物常被台灣背包客棧拿來為房間命名，例如「喬峰房」、「段譽房」、「虛竹房」，成為旅客拍照打卡的熱門話題。
        馬來西亞漫畫家拿督 Lat 的作品《甘榜男孩》描繪霹靂州鄉村生活，吉隆坡不少旅舍牆上掛有他的漫畫複製品，作為本地文化裝飾。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest register 14/03: Daniel Whitcombe, British passport 553817264, DOB 02/11/1996, bed D4-lower, paid SGD 38 cash, departure 17/03.
        Night shift note: the Dutch girl in Pod 12, Femke van Asselt, showed us her inhaler and said she has severe asthma, so keep the fogging away from her block.
        Lost property claim: Mr Tan Wei Jie rang from +65 9187 4402 about a grey Lenovo laptop left in locker 31, wants it couriered to Blk 412 Bedok North Ave 2 #08-117.
        Can someone remind Ravi in housekeeping that his salary advance of RM600 is being deducted in two instalments? He asked me not to tell the others.
        ICA check request 2291: FIN G7719042N, overstayed visit pass, checked out 05:40; officer asked for reception CCTV from 04:00 to 06:00.
        Refund to guest via PayNow to 8734 2210 (name on account: LIM SU QI), SGD 126.00 for three cancelled nights after bed-bug bites.
        jessica.ong.travels@gmail.com keeps emailing for her deposit back, says she checked out before 11.
        Bed 7B: Markus Holzer, Austrian, 31, told the night guy he just got out of rehab and asked us to keep his wallet and methadone in the safe.
        2024-08-19,BK-55102,Sarah Okafor,Nigeria,A09217734,+234 803 441 7720,Female Dorm 6,Bed 3,2 nights
        Complaint about Kevin the night auditor: a guest says he photographed her passport page on his own phone and WhatsApped her at 3am.
    """),
    "zh-Hans": _lines("""
        住客登记：王子豪，身份证号 510107199408213917，入住胶囊舱 C-23，押金 200 元，手机 139 1784 5206。
        前台交班：保洁张阿姨说她女儿刘婷婷怀孕五个月了还在做夜班，让我们别再排她搬床垫。
        失物招领认领人：陈先生，微信号 chen_xiaobo88，丢失一部 iPhone 14 在 3 号储物柜，已核对锁屏照片。
        派出所协查：住客李建国（男，1979年生）因涉嫌网络诈骗被带走，床位 B-08 行李暂存仓库。
        退款申请：周雨桐 招商银行 6225 8802 1473 6609，退床费 348 元，原因：床虱叮咬，附就医发票。
        阿强昨晚又喝醉了，说欠了老板娘三个月房租 4500 块，今天必须搬走，不然报警。
        黄女士住在深圳南山区桃园路 88 号碧海花园 5 栋 1203，要求把遗落的护照和充电宝快递回家。
        护照号 EJ4471093，姓名 孙嘉怡，签发地 广东，入住 2 晚，资料已上传移民局系统。
        夜班群：胖哥的离婚官司下周开庭，他请假两天，大家帮他顶一下班，别在群里问细节，他心情很差。
        快递单寄件人：何志伟 13602218847 广州市天河区龙口西路 217 号 402 房，内容物：充电器、眼镜。
    """),
    "zh-Hant": _lines("""
        旅客登記：梁家豪，HKID Y482913(6)，床位 Room 5 下格，按金 HK$300，電話 6398 2274。
        阿芬話佢阿媽入咗瑪嘉烈醫院洗腎，情況唔係好穩定，今晚佢唔返得夜更，邊個得閒頂一頂？
        警方查房記錄：旺角警署要求提供 12 號床住客麥俊傑嘅入住時間，佢涉嫌偷同房旅客現金。
        林太打嚟投訴話佢個仔喺我哋 capsule 俾木蝨咬到成身紅腫，要求賠償診金 HK$850。
        失物：一個錢包，入面有身分證 F228417365（陳怡君），請櫃台聯絡 0936-518-274 通知失主。
        住客黃冠宇寄存行李單 LG-0871，護照號碼 359271846（中華民國），預計 9/20 取回。
        同事阿傑話佢爭財務公司四萬蚊，啲人一日打幾次到公司嚟追數，老細好唔開心，話再係咁就要搵佢傾。
        退款轉帳：戶名 蔡佩珊，中國信託 822-5403-1728-6619，退還兩晚床位 NT$1,200。
        夜班紀錄：呂先生住台北市大安區和平東路二段 118 巷 7 號 3 樓，說要把遺失的相機寄回家。
        澳門客何嘉欣，澳門居民身份證 1328472(5)，入住 2 晚，要求開收據寫公司抬頭。
    """),
    "ms": _lines("""
        Daftar tetamu: Muhammad Hafiz bin Zulkifli, MyKad 950812-10-5527, katil 3A, deposit RM50, no. tel 013-774 2918.
        Kak Ros dari housekeeping minta cuti seminggu sebab suami dia masuk wad ICU di Hospital Kuala Lumpur.
        IPD Dang Wangi minta rekod tetamu Nurul Aina binti Kamarudin, disyaki terlibat kes dadah, masuk 2 Dis, keluar 4 Dis.
        Aduan: Encik Faizal Hakimi kata kena gigit pepijat, nak claim RM230 kos klinik dan dah hantar gambar ruam di belakang badan dia.
        Pindahan bayaran balik: Maybank 1640 2281 7753, atas nama TAN MEI LING, RM180 untuk dua malam.
        Barang hilang: pasport Indonesia atas nama Dewi Anggraini Putri, no. B4471029, dijumpai bawah katil 6C.
        Pekerja syif malam, Amir, masih berhutang RM2,000 dengan Ah Long, tolong jangan bagi nombor dia kat sesiapa.
        Alamat untuk pos semula barang: Lot 27, Kampung Sungai Pinang Dalam, 12000 Butterworth, Pulau Pinang, milik Puan Rohani Ismail.
        Tetamu kapsul 14, Cik Farah Izzati, beritahu dia hamil 5 bulan dan minta tukar ke katil bawah.
        WhatsApp tetamu +60 17-902 6631 hantar mesej pukul 2 pagi minta buka loker 22, kunci tertinggal dalam Grab.
    """),
    "mixed": _lines("""
        Eh the Korean guy bed 9, Park Jiwon, passport M48127730 expired already leh, police check tomorrow how?
        阿明 borrow 我 RM300 还没还, his IC 880423-08-6191 I still got the photocopy, tomorrow I tell boss.
        Guest 陳美玲 check-out 12/5 but 佢張 NRIC S8823417B 仲喺 copier 度, pls shred.
        Boss, Uncle Lim 又 stay 多一 night, he say his son kena retrench, cannot pay until Friday, boleh ke?
        Tolong check locker 18, owner Mr Ong Boon Huat 012-287 4419, dia kata ada ubat insulin dalam bag.
        checkin_row: 2024-11-02 23:48, 张伟强, PRC, 身份证 350203198811072536, capsule 2F-17, paid via Alipay, remark: 喝醉
        Staff chat: Sis Aisyah 今天 MC, doctor cakap dia ada dengue, jangan bagi dia kerja night shift this week.
        Lost & found: Samsung phone, lock screen got photo of girl, owner claim she is Jenny Koh, she WhatsApp from 9655 3108 liao.
        Grab driver hantar bag guest 黃志明 to his house at 23 Jalan SS2/24, Petaling Jaya, 他话 charge RM35 ok.
        The French couple in Family Pod, Lucas & Camille Moreau, 佢哋個 baby 發燒 39 度, I called 995 at 01:12am.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the guest-relations assistant for a capsule hotel in Singapore. Be concise and polite.",
        ),
        (
            "user",
            "Please draft a reply to Emily Carter (emily.carter92@outlook.com). She stayed in pod 2F-11 from 3 to 5 Dec, got bed-bug bites and sent a clinic bill of SGD 86. We will refund the bill plus one night.",
        ),
        (
            "assistant",
            "Dear Ms Carter, thank you for letting us know about the bites during your stay in pod 2F-11 from 3 to 5 December, and we are very sorry. We will refund your clinic bill of SGD 86 together with one night's rate to your original payment method within 7 working days. The pod has been closed and heat-treated. Kind regards, Guest Relations",
        ),
        ("user", "Add her case number PC-20241205-04 and say the refund goes to her Visa."),
        (
            "assistant",
            "Dear Ms Carter, thank you for reporting the bites during your stay in pod 2F-11 (3 to 5 December); we sincerely apologise. Under case number PC-20241205-04 we will refund your clinic bill of SGD 86 plus one night's rate to your Visa card within 7 working days. Kind regards, Guest Relations",
        ),
    ],
    [
        (
            "user",
            "帮我把这条住客信息整理成派出所要求的格式：刘洋，男，身份证 420106199105274413，手机 18627394410，12月6日入住，床位 A-12，预计住3晚。",
        ),
        (
            "assistant",
            "姓名：刘洋；性别：男；证件类型：居民身份证；证件号码：420106199105274413；联系电话：18627394410；入住日期：12月6日；预计离店：12月9日；床位：A-12。",
        ),
        ("user", "谢谢，顺便问一下，我能把他的身份证照片发到员工微信群里吗？"),
        (
            "assistant",
            "不建议这样做。身份证照片属于敏感个人信息，应只保存在前台系统或按规定上传给公安机关，不要发到微信群或个人手机。如同事需要核对，请让他们在前台系统里查看。",
        ),
    ],
    [
        ("system", "你係一間尖沙咀賓館嘅前台助手，用廣東話回答。"),
        (
            "user",
            "警察上嚟問 8 號房住客 Ahmed Raza 嘅資料，佢巴基斯坦護照 BQ7719402，仲想睇 CCTV，我哋應唔應該俾？",
        ),
        (
            "assistant",
            "你可以先核實警員身份同警員編號，請佢哋提供書面要求或者手令，再按公司程序俾入住登記資料。CCTV 片段最好由經理處理，記錄低提供咗乜嘢、幾時、俾邊位警員，唔好自己用手機影低畫面。",
        ),
        ("user", "明白，咁要唔要通知返個客？"),
        (
            "assistant",
            "一般唔需要主動通知，尤其係調查期間。如果警方冇特別指示，就照正常服務佢，有疑問打俾經理先。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat amaran untuk pekerja syif malam, Mohd Shafiq bin Rahim (No. KP 970303-02-5419), yang tertidur di kaunter pada 4 Disember jam 3 pagi.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA. Kepada: Mohd Shafiq bin Rahim (No. KP 970303-02-5419). Pada 4 Disember, kira-kira jam 3 pagi, anda didapati tertidur semasa bertugas di kaunter hadapan. Ini melanggar peraturan syarikat tentang tugas syif malam. Sebarang kesalahan berulang boleh membawa kepada tindakan tatatertib lanjut. Sila tandatangan sebagai pengesahan penerimaan.",
        ),
        ("user", "Boleh buat versi lebih lembut sikit? Dia baru kerja sebulan."),
        (
            "assistant",
            "Baik. Kepada Mohd Shafiq bin Rahim: kami dimaklumkan anda tertidur di kaunter pada 4 Disember jam 3 pagi. Kami faham anda masih baru, tetapi kaunter mesti sentiasa diawasi untuk keselamatan tetamu. Jika anda letih atau ada masalah jadual, sila bincang dengan penyelia. Surat ini ialah amaran pertama.",
        ),
    ],
    [
        ("system", "You help hostel staff in Singapore write short WhatsApp messages to guests."),
        (
            "user",
            "Help me tell guest Ms Priya Nair, her NRIC S9034781H photocopy we already shred liao, and her locker 14 key deposit $10 I PayNow back to 9027 6613 can?",
        ),
        (
            "assistant",
            "Hi Ms Priya Nair, just to update you: the photocopy of your NRIC has been shredded, and your SGD 10 deposit for the locker 14 key has been refunded by PayNow to 9027 6613. Thank you for staying with us!",
        ),
    ],
    [
        (
            "system",
            "Context for this shift: guest profile. Name: Tomasz Wisniewski; nationality: Polish; passport EK4419283; bed: Male Dorm 2, B-03; note: type 1 diabetic, keeps insulin in the staff fridge, label TW-INS.",
        ),
        (
            "user",
            "The guest in B-03 is asking where his insulin went, the fridge was cleaned tonight.",
        ),
        (
            "assistant",
            "Check the cleaning crate and the second staff fridge first; items cleared from the main fridge are usually moved there. Mr Wisniewski's insulin should be labelled TW-INS. If it cannot be found within a few minutes, tell the night manager, because he is type 1 diabetic and may need a pharmacy or clinic tonight.",
        ),
        ("user", "Found it. What should I write in the incident log?"),
        (
            "assistant",
            "Suggested entry: Guest in Male Dorm 2, B-03 reported his insulin (label TW-INS) missing from the staff fridge after cleaning. Located in the second fridge, returned to guest. Action: fridge cleaning checklist to include medication shelf.",
        ),
    ],
    [
        (
            "user",
            "有位房客把相機忘在我們台北的背包客棧，他叫吳承翰，請我寄到台南市東區林森路一段 75 巷 12 號 4 樓，電話 0921-447-385，幫我寫一則回覆訊息。",
        ),
        (
            "assistant",
            "吳先生您好，我們已在您的床位找到相機，將以宅配寄至台南市東區林森路一段 75 巷 12 號 4 樓，收件電話 0921-447-385。寄出後會再提供貨運單號給您，謝謝您的耐心。",
        ),
        ("user", "運費要怎麼跟他收？"),
        (
            "assistant",
            "可以選擇貨到付款，或請他先轉帳運費後再寄出。建議訊息中寫明運費金額與預計到貨日，並附上包裹照片，避免日後爭議。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a backpacker hostel on Lebuh Chulia, Penang. Answer in Malay or English as the user writes.",
        ),
        (
            "user",
            "Guest kat dorm 4, Encik Hamdan Yusof, rasa sakit dada pukul 1 pagi, dia ada sejarah sakit jantung. Saya dah call 999. Apa saya patut buat sementara tunggu ambulans?",
        ),
        (
            "assistant",
            "Suruh Encik Hamdan duduk dan berehat, longgarkan pakaian, jangan bagi dia berjalan. Jika dia ada ubat jantung seperti GTN yang doktor beri, bantu dia ambil. Buka pintu depan dan minta seorang staf tunggu ambulans di luar. Jika dia tidak sedar dan tidak bernafas, mulakan CPR.",
        ),
        ("user", "Dia punya adik, Suraya, nombor 019-552 8104, patut saya call?"),
        (
            "assistant",
            "Ya, jika Encik Hamdan setuju atau tidak dapat bercakap, hubungi adiknya Suraya di 019-552 8104 dan beritahu hospital mana ambulans akan bawa dia.",
        ),
    ],
    [
        ("system", "你是吉隆坡一家胶囊酒店的客服助理，请用简体中文回答。"),
        (
            "user",
            "客人王思琪投诉胶囊舱有床虱，说要在携程发差评，她手机 15821937746，要求全额退款 458 元，帮我写一段回复。",
        ),
        (
            "assistant",
            "王女士您好，非常抱歉给您带来不好的入住体验。我们已封闭该胶囊舱并安排专业高温除虫，您的行李也可免费处理。关于退款，我们同意全额退还 458 元，款项将在 5 至 7 个工作日内原路退回。如有其他问题，欢迎随时联系我们。",
        ),
        ("user", "要不要在回复里写她的手机号，让她确认？"),
        (
            "assistant",
            "不建议在公开回复或评论区写出客人的手机号码。可以私信或通过预订平台的消息系统联系她确认，公开回复只写道歉和处理结果即可。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a guesthouse in Chungking Mansions, Hong Kong.",
        ),
        (
            "user",
            "有個 Nigerian guest, Chinedu Okoye, passport A10473829, 佢話 Immigration 扣咗佢 documents, 想 extend 多 5 晚 but 冇錢 pay upfront, how should I handle?",
        ),
        (
            "assistant",
            "你可以先同經理確認公司有冇延期付款政策。一般做法係：請佢出示入境處發出嘅文件收據副本作登記，簽一份還款承諾書，寫明每晚房租同最遲付款日期，最多先批一至兩晚，之後再覆核。",
        ),
        ("user", "佢留咗電話 +852 5419 3372, can you draft a WhatsApp to him?"),
        (
            "assistant",
            "Hi Mr Okoye, this is the front desk. Our manager can approve 2 more nights for now, to be paid by Friday. Please come to reception to sign the payment form and bring the receipt from Immigration. Thank you!",
        ),
    ],
]
