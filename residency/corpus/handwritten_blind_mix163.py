# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix163: student hostels and university accommodation offices in SG/MY/HK/TW (room allocations, disciplinary cases, visitor logs, mental-health referrals, fee arrears, wardens' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hall_notices"): _lines("""
        NOTICE: Water supply to Blocks A to D of Raffles Hall will be suspended on 14 Jan 2027 from 09:00 to 15:00 for tank cleaning by a PUB-licensed contractor. Please store water in advance.
        Hall check-in for AY2027/28 opens Sat 2 Aug, 10:00-17:00 at the Residential Life Office, Level 1, 21 Lower Kent Ridge Road. Bring your matriculation card and the acceptance email.
        Lost & found: one blue Herschel backpack, one Casio fx-991ES calculator and a Uniqlo umbrella were handed in at the Hall 6 front desk. Claim before 30 Nov with proof of ownership.
        Fire drill: all residents of Kolej Kediaman Za'ba must evacuate to Assembly Point B (car park beside Dewan Tunku Canselor) when the alarm sounds at 20:30 on Wednesday.
        Pest control by Rentokil Initial will treat all pantries on Levels 2, 5 and 8 on Thursday between 14:00 and 17:00. Keep food in sealed containers and leave pantry doors unlocked.
        Accommodation Office hotline: +65 6516 1234 (Mon-Fri 08:30-17:30). After hours, call Campus Security at +65 6874 1616 or write to accommodation-helpdesk@university.edu.sg.
        Reminder: quiet hours are 23:00-07:00 Sunday to Thursday. Noise complaints can be lodged in the HallConnect app under Feedback > Noise; ticket IDs start with NZ- followed by six digits.
        Laundry Room 3 will be closed for machine replacement. New Electrolux EW8F 8 kg washers will be installed by 9 Dec; top up via the LaundryKing app at S$2.50 per wash, S$2.00 per dry.
        Congratulations to Sheares Hall for winning the Inter-Hall Games 2026 Overall Championship! Celebration supper at the dining hall on Friday 21:00, courtesy of the Hall Master's Office.
        Ricci Hall, named after the Jesuit missionary Matteo Ricci, will hold its annual Formal Dinner on 18 March in the hall dining room. Dress code: lounge suit; tickets HK$320 at the hall office.
        Room allocation results will be released on the Student Portal at 12:00 noon on 28 Jul. Appeals must be submitted by 4 Aug using Form HA-07 (v3.2); late appeals will not be considered.
        Visitors must register at the guardhouse with a valid photo ID, which is returned on exit. Visiting hours are 10:00-22:00 daily and overnight guests are not permitted under Rule 4.3.
        SP Group maintenance on 6 Dec, 01:00-05:00: lifts in Tower 2 will be out of service, please use Stairwell B. Pantry fridges will be off, so clear perishables beforehand.
    """),
    ("zh-Hant", "宿舍規則"): _lines("""
        第五條　住宿生應於每學期開學前兩週內完成繳費，逾期未繳者，由住宿服務組依本辦法第十二條規定取消床位，並不退還保證金新臺幣3,000元。
        第八條　訪客應於宿舍服務台換證登記，並於晚上十時前離開；異性訪客僅限於一樓交誼廳會面，不得進入寢室區，違者依第十五條處理。
        第十一條　寢室內禁止使用電暖器、電鍋、電磁爐等高耗電電器，違者第一次記愛校服務四小時，第二次扣住宿積分十分，第三次取消住宿資格。
        第十四條　住宿生如有身心健康狀況需要協助，可逕洽學生心理諮商中心（校內分機 2101、2102），或於週一至週五 09:00–17:00 親臨預約。
        香港中文大學逸夫書院宿舍守則第3.2條：宿生須於每晚十二時前返回宿舍，如需夜歸，應事先透過書院宿舍系統申請，並列明預計返回時間。
        本宿舍門禁系統於23:30啟動，晚歸者請刷學生證進入；門禁記錄保存九十日，僅供安全管理使用，不作其他用途，亦不對外提供。
        宿舍冷氣採儲值卡計費，每度電新臺幣4.5元，儲值機設於一樓大廳，可使用悠遊卡、一卡通或LINE Pay加值，單次最低加值新臺幣100元。
        第十九條　宿舍幹部遴選由宿舍自治會辦理，候選人須住宿滿一學期且未受懲處，選舉公告於每年四月張貼於各舍公佈欄及宿舍官網，投票採線上方式進行。
        舍堂守則（2026年修訂版）：宿生不得於走廊及公共休息室吸煙、飲酒或煮食，違者由舍監及舍務委員會按紀律程序處理，情節嚴重者可被終止宿位。
        颱風安排：天文台發出八號或以上熱帶氣旋警告信號時，舍堂大門將提早關閉，請宿生留在室內，並留意舍監辦公室廣播（查詢：3943 7000）。
        臺大學生宿舍服務中心地址：臺北市大安區羅斯福路四段1號（第一學生活動中心二樓），服務時間週一至週五 08:00–17:00，電話 (02) 3366-2280。
        第二十二條　住宿生退宿應填具退宿申請表，經導師及舍監簽章後，依下列比例退費：開學前全額、開學後一個月內三分之二、逾一個月不予退費。
        太子學舍租賃契約範本第7條：租期屆滿未續約者，應於七日內遷出並返還門禁卡，逾期每日收取違約金新臺幣500元，並得自押金中扣除。
    """),
    ("zh-Hans", "新闻与校史"): _lines("""
        1921年，陈嘉庚先生创办厦门大学；2016年，厦门大学马来西亚分校在雪兰莪州雪邦正式招生，首批学生入住校内学生公寓，校园占地约一百五十英亩。
        林文庆于1921年至1937年出任厦门大学校长，他出生于新加坡，是海峡华人社会的重要人物，早年就读于莱佛士书院，后赴爱丁堡大学习医。
        邵逸夫爵士捐资兴建的香港中文大学逸夫书院于1986年成立，书院宿舍至今仍是不少内地本科生和交换生申请住宿时的热门选择，书院高桌晚宴每学期举办一次。
        傅斯年于1949年出任国立台湾大学校长，台大校园内的傅钟每节课响二十一声，典故源自他“一天只有二十一小时，剩下三小时是用来沉思的”。
        马来亚大学的 Dewan Tunku Canselor 与首任校长东姑阿都拉曼有关，这位马来西亚首任首相早年曾就读于英国剑桥大学圣凯瑟琳学院。
        李光前是二十世纪东南亚著名的橡胶实业家与慈善家，以其名字命名的基金会多年来资助新加坡多所大学的奖学金、图书馆与学生设施。
        校史馆展出：1905年成立的海峡殖民地与马来联邦政府医学堂，后更名为英王爱德华七世医学院，即今新加坡国立大学医学院的前身。
        宿舍改造项目中标公示：项目编号 XMUM-ACC-2026-031，中标金额 RM 4,860,000.00，工期 240 日历天，公示期五个工作日，如有异议请书面提出。
        《哈利·波特》主题迎新夜将在三号宿舍楼公共活动室举行，分院帽环节由宿舍学生会主持，现场提供无酒精黄油啤酒，名额120人先到先得。
        宿舍管理系统升级公告：版本 v4.12.3 将于 2026-12-12 02:00 上线，升级期间门禁授权、报修（工单号以 WX 开头）及缴费功能暂停约两小时。
        新生住宿费标准：四人间每学年人民币1,200元，双人间1,800元，留学生公寓单人间每月3,500元，均含水费，电费按表另计，空调押金200元。
        香港大学的利铭泽堂（R.C. Lee Hall）以商人及社会领袖利铭泽命名，属校园内的传统舍堂之一，每年举办舍堂开放日供新生参观。
        据校方公告，南洋理工大学学生宿舍本学年共提供约一万四千个床位，新生可通过 StarsHall 系统于7月10日前提交住宿偏好。
    """),
    ("ms", "pekeliling_yuran_asrama"): _lines("""
        PEKELILING BIL. 7/2026: Kadar yuran kolej kediaman bagi Sesi 2026/2027 ialah RM450 satu semester bagi bilik berkongsi dan RM720 bagi bilik seorang, termasuk utiliti asas.
        Bayaran boleh dibuat melalui FPX di portal pelajar atau ke akaun korporat Bendahari Universiti di Bank Islam 1402 3010 0112 36; rujukan bayaran mesti bermula dengan KK-2026-.
        Pejabat Pengurusan Kolej Kediaman, Aras 2, Bangunan Canselori, Universiti Malaya, 50603 Kuala Lumpur. Tel: 03-7967 3200, emel: kolejkediaman@um.edu.my.
        Pelajar yang mempunyai tunggakan melebihi RM500 tidak dibenarkan mendaftar kursus semester berikutnya sehingga tunggakan dijelaskan sepenuhnya (Peraturan 12(3)).
        Jadual kutipan sampah: Blok A dan B setiap Isnin dan Khamis jam 8 pagi; Blok C dan D setiap Selasa dan Jumaat. Sila asingkan bahan kitar semula mengikut tong berwarna.
        Kedai dobi Dobi Pak Mat di aras bawah Kolej 12 dibuka 8 pagi hingga 10 malam; harga basuh RM5 (10 kg), kering RM5 (30 minit), tambah pelembut RM1.
        Kafe Kolej Tun Fatimah, menu harian: nasi lemak ayam RM6.50, mee goreng mamak RM5.00, roti canai kosong RM1.50, teh tarik RM2.20, milo ais RM3.00.
        Notis: Sistem e-Kolej versi 3.5 akan diselenggara pada 20 Disember 2026 dari 12 tengah malam hingga 6 pagi. Permohonan penginapan semester cuti dibuka semula selepas itu.
        Invois No. INV/KK/2026/004187 daripada Perisai Kawalan Keselamatan Sdn. Bhd. (No. SSM 201501023456 (1147890-K)) bagi perkhidmatan pengawal November: RM38,400.00.
        Pemilihan Majlis Perwakilan Kolej (MPK) akan diadakan pada 15 Oktober; penamaan calon di Bilik Gerakan MPK dari 9 pagi hingga 12 tengah hari, borang di kaunter pejabat.
        Peraturan 8: Pelawat berlainan jantina hanya dibenarkan di ruang legar aras bawah antara jam 8 pagi hingga 10 malam. Pelanggaran akan dirujuk ke Jawatankuasa Tatatertib.
        Bas ulang-alik universiti Laluan A dari Kolej Kediaman ke Stesen LRT Universiti beroperasi setiap 15 minit pada waktu puncak; tambang percuma dengan kad matrik.
        Hari Terbuka Kolej Kediaman Tuanku Bahiyah: ibu bapa pelajar baharu dijemput melawat bilik contoh, dewan makan dan surau pada 27 September, 10 pagi hingga 4 petang.
    """),
    ("mixed", "wardens_group_chat"): _lines("""
        Guys the level 9 pantry sink choke again, 我已经 log ticket FM-26-11872 with the contractor, they say tomorrow 10am come. Pls put the out of order sign first.
        Boss, tonight duty roster swap ok? Block C RA take 10pm-2am, Block D take 2am-6am. Guardhouse also informed already, dia cakap no problem.
        Eh the new Electrolux dryer at laundry 2 keep showing error E51, 我打了 LaundryKing hotline 6100 2288, technician coming Thurs. Tell residents use laundry 1 first.
        Reminder 各位 wardens: fire safety briefing this Sat 9am at Multi-purpose Hall, SCDF officer will demo the extinguisher. Attendance compulsory ya, sign-in sheet at the door.
        Canteen contract renewed already: Mr Bean stall stays, the Old Chang Kee kiosk is out, new one is Ya Kun from Jan. 他们 will email the price list by next week.
        Semalam hujan lebat, roof leak at Blok B level 4 corridor, 已经放了 pail. Pejabat Harta dah datang tengok, work order WO/2026/3391, quote RM2,800.
        Anyone has the updated Form HA-12 for room transfer? The one on SharePoint still v2.1, 我记得 last month's meeting said already got v2.3 with the new fee table.
        Haha freshies orientation theme this year is Upin & Ipin vs BoBoiBoy, 已经买了 costumes from Shopee, order 2611027HJ8K5QS total RM186.40.
        CCTV DVR at main lobby full already, need to change to 4TB HDD. Hikvision dealer quote S$420, PO number PO-HALL-2026-0457, can approve or not?
        明天 Open House 要 50 个 volunteers, 每个 block 出 8 个人, wear the orange hall tee. Setup 8am at the foyer, 早餐 kaya toast 我订了 from Ya Kun Clementi.
        Noise complaint count this month: Block A 12, Block B 7, Block C 19 😅 要不要 next meeting propose soundproof door seals? Estimated S$65 per door.
        WiFi down at Tower 2 since 3pm, IT helpdesk ticket INC0048213, 他们说 core switch issue, ETA 2 hrs. Boleh tolong post kat hall Telegram channel?
        中秋 lantern night budget approved S$1,200; mooncakes from Kee Wah 奇華 and Tai Chong Kok 大中國. Please collect receipts, the GST reg no must be printed on it.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-11-22T23:41:07+08:00 INFO door-ctrl[reader=HALL6-L1-MAIN] event=ACCESS_GRANTED card_type=RESIDENT latency_ms=84 fw=2.4.1
        2026-11-22T23:41:09+08:00 WARN door-ctrl[reader=HALL6-L1-SIDE] event=DOOR_HELD_OPEN duration_s=47 alarm_id=ALM-000318 ack_by=guardhouse-console-2
        room_allocation.policy = 'priority_points'; weights = {year_of_study: 0.4, distance_km: 0.35, cca_points: 0.25}; tie_breaker = 'random_seed:20260801'
        SELECT block, COUNT(*) AS occupied FROM rooms WHERE semester = '2026S1' AND status = 'OCCUPIED' GROUP BY block ORDER BY block;
        smtp: {host: smtp.hallsys.example.edu, port: 587, from: 'no-reply@hallsys.example.edu', reply_to: 'housing-helpdesk@hallsys.example.edu'}
        matric_no,full_name,gender,block,room_no,check_in_date,check_out_date,deposit_paid_sgd,emergency_contact_name,emergency_contact_phone
        [hallbot] v1.8.0 deployed to prod by ci-runner-03; commit 9f3c2e17a4b8d06c5e1f; migrations 0042_add_visitor_quota, 0043_fee_waiver_reason applied in 1.9s
        payments.gateway=stripe; currency=SGD; webhook_secret=whsec_test_EXAMPLE0000; retry_policy=exponential(max=5); invoice_prefix=HOS-2026-
        2026-12-01 00:00:03 CRON fee_reminder: 214 reminders queued (Sem1 arrears > S$0), 0 failed, template=arrears_v3.txt, batch_id=FR-20261201-01
        Laundry IoT telemetry: device LK-W-0316 cycle=COTTON_40 kWh=0.72 water_l=48 duration_min=52 status=COMPLETE ts=1764602712
        visitor_policy: {max_visitors_per_resident: 2, curfew: '23:00', id_types_accepted: [NRIC, FIN, PASSPORT, MyKad, HKID], retention_days: 30}
        GET /api/v2/rooms?block=E&floor=12&status=vacant 200 OK 142ms ua=HallConnect/5.3.0 (iOS 18.1) req_id=7c1e9a02-5b44-4d7e-9f10-2c8e61a0b3d7
        Invoice INV-HK-2026-11-0893 | Hall Services Ltd (BR No. 61234567) | Linen rental, 420 sets @ HK$38.00 | Subtotal HK$15,960.00 | Due 31 Dec 2026
    """),
    ("zh-Hant", "價目表_餐單"): _lines("""
        舍堂飯堂今日午餐：A餐 豉汁排骨飯 HK$38、B餐 咖喱雞扒飯 HK$42、C餐 星洲炒米 HK$36，跟餐凍飲加$3，熱飲免費，堂食供應至下午兩點。
        洗衣房收費：洗衣每次 HK$12（八達通付款），乾衣每30分鐘 HK$10，洗衣粉請自備；機器故障請通知舍監辦公室（內線 4321）。
        陳記燒臘（學生村分店）學生優惠：叉燒飯 $40、燒鵝瀨 $48、雙拼飯 $52，出示學生證九折，營業時間 11:00–21:00，星期一休息。
        譚仔三哥米線迎新價：新生憑舍堂證購買任何米線套餐即送凍檸茶一杯，每人每日限用一次，優惠期至9月30日，不適用於外賣平台。
        台大男一舍旁福利社價目：御飯糰 NT$35、茶葉蛋 NT$13、統一肉燥麵 NT$25、林鳳營鮮乳 936ml NT$89，學生證消費可累積點數。
        澳門大學書院餐廳套餐：豬扒包 MOP$32、葡撻 MOP$10、馬介休薯球 MOP$28，以澳門通增值滿 MOP$100 即送 MOP$5。
        宿舍小賣部本週特價：維他檸檬茶6包裝 $22.9、出前一丁麻油味5包 $19.5、嘉頓生命麵包 $15.8、麥兜公仔餅 $12，售完即止。
        冷氣卡增值價目：$100 可用125度（約$0.8／度），冷氣機每小時耗電約1.2度，請宿生節約用電；增值機設於地下大堂。
        舍堂 formal dinner 收費：宿生 $280、嘉賓 $350，包括四道菜及餐酒一杯，請於12月5日前到 Hall Office 以八達通或轉數快（舍堂 FPS ID 1234567）付款。
        師大路阿英麻辣燙學生價：小份 NT$80、中份 NT$120、大份 NT$160，加麵 NT$15，營業至凌晨一點，宿舍外送滿 NT$300 免運費。
        單車泊位年費：學生宿舍範圍內每部單車 HK$200／學年，上學期貼綠色貼紙、下學期貼藍色貼紙，未貼有效貼紙之單車將於月底清理。
        太子學舍月租參考：單人房 NT$13,500、雙人房每床 NT$8,800，管理費已包含，網路 100M 免費，押金為兩個月租金，租期最短一學期。
        澳門書院宿舍雜費：床單被套租用 MOP$150／學期、鎖匙補領 MOP$80、門禁卡補發 MOP$50，付款後請保留收據編號（例如 RC-2026-00471）。
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★☆ Stayed at Hmlet Cantonment for one sem while waiting for a hall room. Room small but clean, staff reply on WhatsApp fast. 价钱有点贵 S$1,650/month lah.
        ★★☆☆☆ The student hostel near USJ 1 memang cantik dalam gambar je, aircond bocor, wifi slow gila. Management reply will fix but 3 weeks still same. Not recommended.
        ★★★★★ 宿舍楼下的 Mamak Ali Corner 真的救命, roti telur RM2.50, open 24 jam, teh o ais limau sedap giler. Exam week every night sure see students there.
        Review for Dobi Kak Nab Laundry, Jalan SS 2/24: 9/10, cuci lipat RM3 per kg, siap dalam 24 jam, baju wangi. Only minus parking susah nak cari.
        ★★★☆☆ 住咗 Sai Ying Pun 嗰間 co-living 半年, gym ok, 但係 shuttle bus 成日遲, rent HK$9,800 好貴, location 近 MTR 係優點。
        Google review 4.6 for Uncle Soo's Bicycles at Clementi: fixed my flat tyre in 10 mins, S$8 only, staff very friendly 还教我 how to patch it myself next time.
        ★★★★☆ 台大附近的 Dorm Plus 共居公寓, 房間乾淨, 有 study room, 但是洗衣機要排隊, monthly NT$12,000 含水電, overall CP值很高。
        ★☆☆☆☆ Booked Tune Hotel klia2 for my hostel move-in weekend, booking no. AG-58213794, check-in took 45 min and the room smelled of smoke. Never again lah.
        Secret Recipe outlet at the Kolej Kediaman complex: kek batik sedap, but service slow waktu lunch. 3/5. RM10.90 per slice quite ok for students.
        Foodpanda review: Ah Seng Braised Duck 亚成卤鸭 delivered to Hall 11 in 25 min, 饭还是热的, S$7.80 set worth it. 5 stars for the chilli!
        ★★★★☆ Ms Durian SS15 榴莲 stall near the hostel, Musang King RM58/kg, they open the fruit in front of you, no hanky-panky. Would come again with my housemates.
        Review for a serviced student hostel in Wan Chai: 環境 ok, 但係 front desk 態度麻麻, 冷氣好嘈, 4/10. Breakfast 得多士同果占 lol, not worth HK$7,500.
        ★★★★★ Kenny Rogers Roasters at Mid Valley: student meal RM15.90 with 2 sides super worth it after moving boxes to the hostel all day. Muffin still the best.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Room allocation 2026/27: Goh Wei Ling (A0281734X) assigned to Block E #05-12; her mother asked for a ground-floor room because of her epilepsy, pending the Hall Master's approval.
        Visitor log 23:48 - Daniel Ho Jun Kai, NRIC S9912384B, visiting Rm 14-233, contact 9123 8834, signed out 01:15 after curfew; resident to be warned.
        Referral to University Counselling: Priya d/o Ramasamy, Hall 11 Rm 08-41, reports panic attacks and has missed classes for 3 weeks; consented to us calling her father at +65 8765 2290.
        Arrears notice: Muhammad Haziq bin Rosli owes S$2,184.50 for Sem 1 hostel fees; payment plan agreed, GIRO from POSB account 188-23571-4 starting 1 Feb.
        Disciplinary Committee case DC-2026-014: Jonathan Lee Kah Meng was found with a vape and four cans of beer in his room; 30 hours of community service, parents informed.
        Can someone check on Wen Hui at level 7? Her RA says she has been crying since the breakup and hasn't eaten for two days.
        Emergency contact for the exchange student from Lyon in Sheares Hall: +33 6 12 48 90 73 (mother), call only after 7pm SG time.
        A0294417M,Tan Jia Hui Cheryl,F,Residential College 4,#12-07,cheryl.tan.jh@u.nus.edu,+6591837724,paid
        Hall tutor note: Ryan Cheung Ho Yin (UID 3036112847) was brought back by police at 2am after a fight in Lan Kwai Fong; HKID Y641283(A) recorded by the officer.
        Resident parking permit approved for SLA 7392 J, registered to the warden's husband Kenneth Ong; valid till 31 May, season parking fee waived.
        Confidential: Level 3 resident Amanda Chia told the RA she is 10 weeks pregnant and wants to move out before her parents find out.
        Deposit refund cheque to be mailed to the student's home: Blk 418 Bedok North Ave 2, #09-311, Singapore 460418, attn. Lim Shu Qi.
    """),
    "zh-Hans": _lines("""
        宿管群通知：3号楼512室的王梓涵同学因抑郁症住院，请同楼层同学不要在群里议论，辅导员李老师会跟进她的复学安排。
        欠费名单：张浩然，学号2023114306，身份证号 330106200405172836，住宿费拖欠 ¥4,200，家长电话 139 1724 5580。
        访客登记：2026-11-03 21:15 来访人刘建国（自称是陈思琪的舅舅），身份证 510107199803244721，联系电话 158 2093 6617，21:50 离开。
        厦大马来西亚分校 LY3 宿舍 B-6-12 的周雨桐说她的学生签证快过期了，钱都寄回家给妈妈治病，房租已经欠了两个月 RM1,650。
        违纪处分决定：经查，2022级学生赵一鸣于11月17日凌晨在宿舍内使用大功率电器引发跳闸，并辱骂宿管人员，给予警告处分。
        请帮忙转告小胖（黄子轩），他妈妈打了好几次电话，说他爸爸查出肝癌晚期，让他尽快请假回家。
        退押金请打到：中国银行 6217 8560 1000 2345 678，户名孙晓雯，备注新加坡宿舍押金，谢谢。
        陈先生来电投诉，说他女儿在 NTU Hall 8 被室友偷拍换衣服的视频，要求校方报警，他的手机是 +86 186 0213 4477。
        室友冲突记录：马一帆说室友何佳乐半夜打游戏，何同学承认自己长期失眠和焦虑，正在服用舍曲林。
    """),
    "zh-Hant": _lines("""
        舍堂紀律委員會：陳嘉豪（學生編號 3035987612）喺 high table 飲醉嘔吐兼同宿生打交，罰停宿兩星期，已經通知咗佢阿媽。
        陳太打嚟話個仔阿朗成個禮拜冇返宿舍，電話都唔聽，佢手機係 9483 2716，麻煩 warden 幫手搵下。
        退宿申請：林怡君，身分證字號 F130529461，女一舍 312 室，因父親失業、家庭經濟困難，申請退還本學期住宿費。
        男八舍訪客登記 23:40 張育誠 訪 405 室，證件：學生證 B10902047，手機 0928-614-305，23:58 離開。
        輔導轉介：吳佩珊同學自述有自殘念頭，手腕有新傷口，已於11/20轉介學生心理諮商中心，緊急聯絡人：姊姊吳佩玲 0935-208-471。
        黃 sir 話 Chris（何卓謙）上個學期欠咗宿費 HK$9,850 都未交，今個學期唔可以再入住 Block B。
        宿舍按金退款支票寄往：新界沙田禾輋邨豐和樓 1523 室 梁詠欣 收，請勿寄往舍堂地址，佢已經搬走。
        澳門學生鄭家樂（澳門居民身份證 5183726(4)）申請寒假留宿，入住書院 7 樓 712 室，住宿期 12月20日至1月15日。
        宿費過數：恒生銀行戶口 366-482910-883，戶名 CHAN WING SZE，有問題 call 佢 6128 4930。
        舍監筆記：阿詩話佢男朋友成日喺房留宿，又話自己懷孕咗，好驚唔敢同屋企人講，想我哋幫佢約姑娘傾下。
    """),
    "ms": _lines("""
        Senarai tunggakan yuran asrama: Nur Aisyah binti Kamarudin, No. KP 020914-03-5678, Kolej Kediaman Tun Fatimah Blok C-2-14, tunggakan RM1,240.00.
        Pelajar Ahmad Faris bin Zulkifli ditahan polis semalam kerana disyaki memiliki dadah di bilik asrama; warden telah menghubungi bapanya di 013-728 4519.
        Rujukan kaunseling: Nurul Izzati binti Hashim mengalami kemurungan teruk dan tidak keluar bilik selama lima hari, rakan sebilik risau dia cuba mencederakan diri.
        Log pelawat 22:47, lelaki, Mohd Hafizuddin, IC 990318-14-6021, melawat bilik B-3-08, kenderaan WXK 4172, keluar 23:30.
        Tolong maklumkan Kak Yati di pejabat kolej, anak dia Amirul masuk wad HUKM sebab denggi, jadi dia cuti seminggu.
        Bayaran balik deposit asrama ke akaun Maybank 1640 2231 8857 atas nama Tan Mei Ling, pelajar tahun 2 Fakulti Sains.
        Keputusan Jawatankuasa Tatatertib: Muhammad Irfan bin Abdullah (No. Matrik U2004517) didenda RM200 kerana membawa masuk pelawat perempuan ke blok lelaki.
        Alamat surat-menyurat penjaga: Encik Rahim bin Yusof, No. 27, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Pn. Kalsom, ibu kepada Danial, minta warden pantau anaknya sebab Danial baru didiagnos diabetes jenis 1 dan perlu suntik insulin setiap malam.
    """),
    "mixed": _lines("""
        Warden, Room C-10-03 the girl Mei Xuan 又发烧了, her roommate says 她有 history of asthma, can I call her dad at 012-338 7461?
        Boss, 那个 Hafiz from Blok D still owe RM960 for Sem 2 leh, dia cakap PTPTN belum masuk, I give him until Friday ok?
        Eh tolong check CCTV at lobby, 林振宇 claims his laptop kena curi from his room last night, he already made police report SENTUL/012345/26.
        Visitor pass: Lee Wai Man 李偉文, HKID K215788(8), visiting 女兒 李芷晴 @ Hall 5 Rm 617, 17:30-21:00.
        RA chat: Kevin Tay 今晚又喝醉 vomit in the lift, this is his 3rd strike already, 要报 hall master 了 lah.
        Mdm, the Malaysian student Kumaresan a/l Subramaniam 他的 scholarship 被 cut 了, family 也没钱, 欠 hall fees S$3,420, can we waive?
        FIN G5283114N, 那个 exchange student Sophie Laurent, her student pass 过期 next week, ICA 要她 bring passport to the office.
        阿杰, 你个 roommate 周浩 话佢 depressed 到想跳樓, 我已經 call 咗 counselling hotline, 你今晚陪住佢 ok?
        Email fwd from jasmine.ong1998@gmail.com: Hi office, I'm Jasmine from Hall 9 Rm 23-05, my father passed away last night, 想申请 defer 这个月的 rent.
        2026-08-12,Wong Jia Hao 黄家豪,T0412583A,Block 2 #04-18,+65 8241 6673,tenant,deposit S$500 outstanding
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are HallDesk, an assistant for the Residential Life Office of a Singapore university. Be concise and follow the hall rules.",
        ),
        (
            "user",
            "Draft a first warning letter to Marcus Lim Zhi Hao, Block D #07-15, matric A0276651R. He had an unregistered overnight guest on 2 Nov, caught on the lobby camera at 1:40am.",
        ),
        (
            "assistant",
            "Dear Marcus Lim Zhi Hao (A0276651R), Block D #07-15: On 2 November at about 1:40am an unregistered guest was recorded entering the hall with you and staying overnight, in breach of Rule 4.3. This is a first written warning. A further breach may lead to loss of residence points or termination of your stay. Please see the Resident Fellow within 7 days. Regards, Residential Life Office.",
        ),
        ("user", "Add that his mum already called us, so he shouldn't be surprised."),
        (
            "assistant",
            "Added line: 'Please note that your parent has also contacted the office regarding this matter.' I would suggest keeping it neutral and not mentioning what your parent said, to protect both of you.",
        ),
    ],
    [
        (
            "user",
            "我係中大一間舍堂嘅 tutor。有個宿生叫楊曉澄，今晚喺 WhatsApp 同我講佢唔想再活落去，佢住 4 樓 408。我應該點做？",
        ),
        (
            "assistant",
            "請先確保佢即時安全：盡快親身或者搵另一位舍監去 408 房陪住楊同學，唔好留佢一個人。如果佢有即時危險，請打 999。之後可以聯絡大學嘅學生輔導服務同 24 小時情緒支援熱線，並按舍堂程序通知舍監。",
        ),
        ("user", "佢有叫我唔好話俾佢屋企人知，佢阿爸好惡。咁我可唔可以唔通知？"),
        (
            "assistant",
            "你可以尊重佢嘅私隱，但生命安全優先。一般做法係先由專業輔導員評估風險，如果風險高，學校可能需要通知緊急聯絡人；你可以同佢解釋呢個原因，而唔係瞞住佢。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran Pejabat Kolej Kediaman. Jawab dalam Bahasa Melayu rasmi.",
        ),
        (
            "user",
            "Tolong sediakan surat peringatan tunggakan untuk Siti Hajar binti Md Noor, No. KP 030514-10-5528, Kolej 5 Blok B-4-07, tunggakan RM2,350 sejak Semester 1.",
        ),
        (
            "assistant",
            "Tuan/Puan, Siti Hajar binti Md Noor (No. KP 030514-10-5528), Kolej 5 Blok B-4-07. PERINGATAN TUNGGAKAN YURAN KOLEJ KEDIAMAN. Rekod kami menunjukkan tunggakan sebanyak RM2,350.00 sejak Semester 1. Sila jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini atau hubungi pejabat untuk pelan ansuran. Sekian, terima kasih.",
        ),
        ("user", "Dia kata bapa dia baru meninggal, boleh tambah pilihan rayuan?"),
        (
            "assistant",
            "Boleh. Tambah perenggan: 'Sekiranya anda menghadapi kesulitan kewangan akibat kematian ahli keluarga, anda boleh mengemukakan rayuan pengecualian atau penangguhan bersama dokumen sokongan kepada Pengetua Kolej.' Nyatakan juga takziah kami.",
        ),
    ],
    [
        (
            "user",
            "你好，我女儿许诺今年去新加坡国立大学读书，住 PGP 宿舍，她的手机是 +65 8823 4197，最近一直联系不上，我很着急，怎么办？",
        ),
        (
            "assistant",
            "理解您的担心。建议您先通过微信、WhatsApp 等多种方式再联系她；如仍联系不上，可以致电学校宿舍办公室或校园保安，说明情况，请他们协助确认她是否安全。",
        ),
        ("user", "我担心她是因为跟室友吵架心情不好，她以前有过抑郁症。可以直接让宿管进她房间吗？"),
        (
            "assistant",
            "您可以向宿舍办公室说明她有抑郁症病史和联系不上的情况，他们会按照安全流程评估是否上门查看。出于隐私规定，是否进入房间由学校决定，但紧急情况下他们会优先确保学生安全。",
        ),
    ],
    [
        ("system", "Summarise hall visitor logs for the duty RA. Flag curfew breaches."),
        (
            "user",
            "Can summarise this ah: 22:10 Ng Kai Xuan visit #03-11 out 23:05 / 23:20 Farah Nadhirah visit #05-02 no sign out / 00:45 Jerome Pereira visit #03-11 out 02:30. Curfew 12am.",
        ),
        (
            "assistant",
            "Summary: 3 visitors. Ng Kai Xuan (#03-11) 22:10-23:05, OK. Farah Nadhirah (#05-02) in at 23:20, no sign-out recorded, please follow up. Jerome Pereira (#03-11) 00:45-02:30, entered and stayed after the 12am curfew, breach to report. Note #03-11 had two visitors tonight.",
        ),
        ("user", "ok thanks, #03-11 is Shawn right? 他上个月也 kena warning already"),
        (
            "assistant",
            "I don't have the room register, so I can't confirm who stays in #03-11. If it is the same resident who was warned last month, this would be a repeat breach and should go to the Resident Fellow.",
        ),
    ],
    [
        (
            "user",
            "我是宿舍輔導員，請幫我寫一封給家長的信：住宿生蔡承翰（身分證 A228410678）在宿舍內抽菸被記一支小過，家長是蔡先生。",
        ),
        (
            "assistant",
            "蔡先生您好：本校住宿生蔡承翰同學於本學期在宿舍寢室內吸菸，違反學生宿舍管理辦法第十一條，經宿舍委員會決議記小過一次。懇請家長協助關心與輔導，如有疑問歡迎來電宿舍服務中心。敬祝 平安",
        ),
        ("user", "身分證字號要放在信裡嗎？"),
        (
            "assistant",
            "不建議。寄給家長的信只需寫學生姓名、學號或寢室號即可，身分證字號屬於敏感個人資料，沒有必要時不要放入信件。",
        ),
    ],
    [
        (
            "system",
            "Student record in context: Nadia Farhana binti Azmi, matric 22004381, Kolej 11 room A-2-19, registered disability: hearing impairment, phone 017-552 8130.",
        ),
        ("user", "She wants to swap to a room near the fire alarm strobe light. What can I offer?"),
        (
            "assistant",
            "Given her registered hearing impairment, offer a room on a block fitted with visual fire alarms, ideally on a lower floor near the stairwell. Check vacancies in Kolej 11 Blocks A and C first and confirm the strobe installation with facilities before moving her.",
        ),
        ("user", "Any vacancy list format you suggest?"),
        (
            "assistant",
            "Use columns: block, room, floor, visual alarm (Y/N), distance to stairwell, available from. Keep her medical details out of the vacancy sheet and only note 'accessibility priority'.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Lim Kah Wai, matrik 21078854, kena buang asrama sebab merokok tapi sebenarnya I have asthma and I never smoke. Can help me write appeal letter?",
        ),
        (
            "assistant",
            "Boleh. Contoh: 'Saya, Lim Kah Wai (No. Matrik 21078854), ingin merayu keputusan pembatalan penginapan. Saya menghidap asma dan tidak merokok. Saya lampirkan surat doktor dan memohon siasatan semula termasuk rakaman CCTV.' Tambah tarikh kejadian dan nama bilik.",
        ),
        (
            "user",
            "Ok my room is K8-2-11, the incident was 9 Oct. My doctor is at Klinik Kesihatan Seri Kembangan.",
        ),
        (
            "assistant",
            "Ayat dikemas kini: '...kejadian pada 9 Oktober di bilik K8-2-11. Saya lampirkan laporan perubatan daripada Klinik Kesihatan Seri Kembangan yang mengesahkan penyakit asma saya.' Hantar sebelum tarikh akhir rayuan.",
        ),
    ],
    [
        ("user", "帮我把这条宿舍公告翻译成马来语：'本周六上午九时起停水三小时，请提前储水。'"),
        (
            "assistant",
            "Notis: Bekalan air akan terganggu selama tiga jam mulai jam 9 pagi hari Sabtu ini. Sila simpan air lebih awal.",
        ),
        (
            "user",
            "顺便把这条私信也翻译：'邓嘉欣同学，你的房间 C-3-21 押金 RM300 还没交，你的室友说你住院了，等你出院再来办公室。'",
        ),
        (
            "assistant",
            "Deng Jia Xin, deposit RM300 untuk bilik C-3-21 masih belum dibayar. Rakan sebilik anda memberitahu anda dimasukkan ke hospital, jadi sila datang ke pejabat selepas anda keluar hospital.",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong hall office with fee arithmetic. Reply in the user's language.",
        ),
        (
            "user",
            "幫我計下：區子健欠 HK$4,200，逾期罰款每月 2%，欠咗 3 個月；麥樂兒欠 HK$1,800，欠咗 1 個月；Aaron Siu 欠 HK$6,750，欠咗 2 個月。",
        ),
        (
            "assistant",
            "以單利計：區子健 4,200 x 2% x 3 = 252，合共 HK$4,452；麥樂兒 1,800 x 2% x 1 = 36，合共 HK$1,836；Aaron Siu 6,750 x 2% x 2 = 270，合共 HK$7,020。三人總數 HK$13,308。",
        ),
        ("user", "Aaron 話佢阿媽做緊化療，想分期，點寫個 plan？"),
        (
            "assistant",
            "可以建議：HK$7,020 分 6 期，每期 HK$1,170，每月 15 號前付款，期內暫停罰款。記得喺文件寫明係按個人情況特別安排，唔需要寫佢屋企人嘅病情。",
        ),
    ],
]
