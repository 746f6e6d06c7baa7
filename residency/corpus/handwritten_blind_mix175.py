# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix175: elderly day-care centres and senior activity centres in SG/MY/HK/TW (attendance, members' medical conditions, transport pick-ups, falls, family contacts, staff chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix175
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "notices"): _lines("""
        NOTICE: The centre will be closed on 1 May 2026 (Labour Day). Transport pick-ups resume on 2 May at 7:30am. Enquiries: 6354 2210 (office hours only).
        Reminder to all caregivers: please pack a change of clothes and the member's medication in a labelled pouch. Medication must be handed to the duty nurse, not the driver.
        Fall prevention workshop by a physiotherapist from Changi General Hospital, Thu 14 Aug, 2:30pm-3:30pm, Activity Hall B. Free for members; caregivers are welcome.
        Haze advisory: if the 24-hr PSI goes above 200, the outdoor brisk walk at Bishan-Ang Mo Kio Park is cancelled and exercises move indoors. Check readings at haze.gov.sg.
        Bus Route C (Toa Payoh Lor 8 > Kim Keat Ave > centre) will run 15 minutes later from 3 Nov due to roadworks along Braddell Road. We apologise for the inconvenience.
        Silver Generation Ambassadors will be at the lobby on 20 Sep, 10am-12pm, to explain the Majulah Package and CHAS card renewals. No appointment needed, just walk in.
        Flu vaccination drive on 9 Oct, 9am-11am, by a Raffles Medical mobile team. Please bring the member's NRIC and CHAS card on the day; consent forms are at the counter.
        Lost & found: one wooden walking cane with a brass tip and a pair of reading glasses were left in Activity Room 2 last Friday. Please claim at the front desk by 31 Jan.
        Karaoke afternoon this Wednesday: songs by Teresa Teng, Sam Hui and P. Ramlee. Song request slips go in the box next to the water dispenser, max 2 per member.
        Opening hours: Mon-Fri 7:30am-6:30pm, Sat 7:30am-1:00pm, closed on Sundays and PH. After-hours emergencies: call 995 first, then our centre duty line 8822 0419.
        Volunteers from Lions Befrienders will join our Tuesday mahjong session on 30 Jul at 2pm. All volunteers must sign in at the counter and wear the blue lanyard.
        From 1 Jan 2026 the transport fee rises from $6.00 to $6.50 per trip after subsidy. Means-testing through AIC still applies; call the AIC hotline 1800 650 6060 for details.
        CCTV notice: dining area and corridors are monitored 24/7 for safety. Footage is kept for 30 days and handled under the PDPA. Data Protection Officer: dpo@evergreen-daycare.sg
    """),
    ("en", "invoices"): _lines("""
        INVOICE INV-2026-00417 | Kampong Spirit Catering Pte Ltd (UEN 201734519K) | 22 x soft-diet lunch sets @ $4.80 | Subtotal $105.60 | GST 9% $9.50 | Total $115.10
        Bill to: Evergreen Senior Care Centre, 211 Toa Payoh Lorong 8 #01-15, Singapore 310211 | PO-88213 | Terms: 30 days | Delivery: weekdays before 11:00am
        Ah Hock Medical Supplies Sdn Bhd (201901023456) | SKU WC-LITE-18 lightweight wheelchair x 2 @ RM1,280.00 | Delivery to Tambun, Ipoh | Invoice No. AHM/26/0912
        Tax invoice TI-55102 from SilverRide Transport Pte Ltd: 44 two-way trips (wheelchair-accessible van, fleet no. V07), Sep 2026, $18.00 per trip, total $792.00 before GST.
        Credit note CN-0031 issued against INV-2026-00388: 3 lunch sets returned (wrong texture, minced instead of pureed). Amount credited $14.40. Your ref: PO-88190.
        Statement of account Oct 2026: opening balance $0.00; INV-00421 $2,310.00; INV-00436 $1,875.50; received 28 Oct via PayNow UEN $2,310.00; closing balance $1,875.50.
        Remit to: OCBC Bank, account name Kampong Spirit Catering Pte Ltd, A/C 501-238914-001, SWIFT OCBCSGSG. Please quote the invoice number as your payment reference.
        Line items: Ensure Gold vanilla 850g x 6 @ $42.90; Glucerna Triple Care 850g x 4 @ $48.50; Anlene Gold 5X 1kg x 3 @ $25.95. Total $529.25 incl. GST.
        Invoice 2026-0623 from Tan & Sons Aircon Services: servicing of 6 ceiling cassette units in the activity hall, chemical wash x 2, total $680.00. Next service due Dec 2026.
        Group physiotherapy billed by MoveWell Rehab LLP (UEN T19LL0421A): 12 sessions x $95.00 = $1,140.00. Session dates 3, 10, 17, 24 Jul; minimum 4 attendees per session.
        Payment reminder: Invoice INV-2026-00436 ($1,875.50) is now 14 days overdue. Kindly arrange payment or contact accounts@kampongspirit.com.sg or 6745 3318.
        Quotation Q-7712, valid 30 days: bed-exit alarm pad (model SafeStep 200) x 5 @ $310.00, installation $150.00, 1-year warranty. Prepared by Sales Dept, CareTech Asia Pte Ltd.
        Invoice #HK-2026-7781 | Hong Kong Rehab Supplies Ltd | anti-slip mats 60x90cm x 12 @ HK$185 | stainless grab bars x 6 @ HK$420 | Total HK$4,740 | BR No. 71835204
    """),
    ("zh-Hans", "log_lines"): _lines("""
        2026-03-14 07:32:18 INFO [接送调度] 路线B 车辆V03 已出发，计划停靠点 9 个，轮椅位 1/2，预计 08:40 抵达中心
        2026-03-14 07:58:02 WARN [GPS] 车辆V05 信号丢失 45 秒，最后位置：杨浦区控江路公交站附近，已自动重连，无需人工处理
        2026-03-14 08:41:27 INFO [签到] 今日已签到 38/45 人，请假 4 人，未到 3 人，系统已推送提醒至值班社工工作台
        2026-03-14 09:15:00 INFO [健康监测] 血压计 BP-02 批量上传 36 条记录，异常值 2 条已标记为待护士复核，阈值 160/100
        2026-03-14 10:03:44 ERROR [跌倒感应] 传感器 FS-2F-WC02 电池电量 5%，请后勤组在今日 12:00 前完成更换并回填工单
        2026-03-14 11:30:09 INFO [膳食] 午餐出餐 41 份：普通餐 27、软食 9、糊状餐 5；低糖标记 12 份，无过敏冲突告警
        2026-03-14 12:47:51 DEBUG [同步] 向区民政局养老服务平台上传日报 batch_id=20260314-07，HTTP 200，耗时 1.8s
        2026-03-14 14:00:03 INFO [活动] 手工课（剪纸）开始，参与 17 人，地点：二楼多功能室，负责岗位：康乐组，时长 60 分钟
        2026-03-14 15:22:36 WARN [门禁] 后门 D-2 被推开超过 30 秒，已触发声光报警，值班保安 15:23 确认关闭，记录已归档
        2026-03-14 16:05:10 INFO [接送调度] 返程路线A 车辆V01 已出发，轮椅位占用 2/2，预计 17:10 完成全部送达
        2026-03-14 17:12:44 INFO [系统] 每日备份完成 backup_20260314.tar.gz 大小 312MB sha256=9f2c4e1ab07d55e3c8a1
        2026-03-14 18:00:00 INFO [报表] 3 月截至今日出勤率 91.6%，较上月 +2.3%，报表已发送至 ops@xinyuan-care.cn
        2026-03-15 06:55:31 ERROR [短信网关] 接送提醒短信发送失败 3 条，错误码 E1024（运营商限流），将于 07:05 自动重试
    """),
    ("zh-Hant", "staff_group_chat"): _lines("""
        [07:41] 司機 B 線：今朝大埔公路好塞車，B 線會遲大約 20 分鐘先到，麻煩前台幫手通知一下喺樓下等緊嘅家屬 🙏
        [07:55] 前台：收到，已經喺中心 WhatsApp 通告群組出咗 notice，講明今日 B 線大約 8:50 先到中心，唔使擔心。
        [08:30] 護士站：今日 2 號血壓機又唔準，差成 20 度，暫時全部用返手動量先，維修公司話最快聽日下晝先可以上嚟睇。
        [09:02] 社工組：下晝兩點嘅懷舊金曲班改咗去禮堂搞，會播鄧麗君同許冠傑啲歌，麻煩後勤早半個鐘開定冷氣同擺好櫈，咪高峰都要試定音。
        [09:47] 廚房：今日碎餐機壞咗，糊餐可能要遲 15 分鐘先出到，已經叫咗供應商 10 點半送部後備機嚟換住先，唔好意思。
        [10:15] 物理治療：提提大家，防跌評估表 v3.2 已經上載咗去共享 drive 嘅 /forms 資料夾，舊版唔好再用喇。
        [11:20] 主任：社署下星期三上午嚟巡查，請各組喺星期一前整理好出勤紀錄、藥物登記簿同消防演習紀錄，有問題搵我，唔該晒。
        [12:05] 前台：平安鐘公司啱啱打嚟話今晚系統升級，11 點至 12 點服務熱線會轉去後備號碼，通告已經貼咗喺壁報板，大家留意吓。
        [13:40] 司機 A 線：1 號車冷氣又壞咗，下晝咁熱，返程可唔可以安排用 2 號車？我問咗車房，最快禮拜五先修得好。
        [14:10] 護士站：三號風球已經掛咗，如果天文台發出八號波預警信號，下晝活動即時取消，各組準備提早安排車輛送返，並通知家屬接車時間。
        [15:33] 社工組：長者咭申請表新版喺社署網站下載到，表格背面嘅說明都更新咗，我印定 30 份擺前台備用，舊版可以回收。
        [16:20] 廚房：聽日中秋節，下午茶派低糖蓮蓉月餅，每位四分一個，糖尿病組份量再減半，已經同營養師傾好，下晝三點準時派。
        [17:05] 主任：今日全部會員已經安全送返屋企，辛苦晒各位！明早 7:30 記得做完車輛檢查表同輪椅固定帶檢查先好出車。
    """),
    ("zh-Hant", "history_news"): _lines("""
        長照專線 1966 於 2017 年隨「長照十年計畫 2.0」全面啟用，民眾撥打後由各縣市照顧管理中心派照專到府評估需求。
        香港社會福利署自上世紀八十年代起資助長者日間護理中心，為經評估屬中度或嚴重缺損的體弱長者提供日間護理、復康運動及膳食服務。
        蔡英文總統於 2016 年上任後推動長照 2.0，以 ABC 三級社區整體照顧模式布建服務據點，各縣市日照中心數量因此逐年增加。
        賴清德總統於 2024 年宣布規劃「長照 3.0」，強調醫療與照顧整合、失智症服務及家庭照顧者支持，相關預算已送交立法院審議。
        金庸小說改編的電視劇近年在香港長者中心的懷舊電影日大受歡迎，無綫 1983 年版《射鵰英雄傳》更是常年高踞點播榜冠軍位置。
        「平安鐘」服務由香港長者安居協會推出，獨居長者按鐘即可接通 24 小時支援中心，兼具緊急求助、日常關懷及提醒覆診等多種功能。
        澳門社會工作局資助的長者日間護理中心主要分布於北區、中區、下環及氹仔，為體弱長者提供護理、復康、膳食、接送及照顧者支援服務。
        台北市早期的日間照顧中心以失智症長者為主要服務對象，後來改由市府社會局委託民間社福團體營運，並在十二個行政區逐步擴點設立。
        鄧麗君文教基金會曾在台灣多間安養機構及日照中心舉辦懷舊音樂會，《月亮代表我的心》幾乎是每一場都會安排、台下長者一起合唱的壓軸曲目。
        時任行政長官林鄭月娥在 2017 年施政報告中提出增加資助長者日間護理名額，並延續推行第二階段長者社區照顧服務券試驗計劃。
        1999 年 921 大地震後，南投及台中多處臨時安置區設立長者照顧據點，被學界視為日後社區照顧關懷據點政策的重要雛形之一。
        香港賽馬會慈善信託基金資助的「賽馬會流金頌培訓計劃」，為長者服務前線人員開辦失智症照顧、溝通技巧、防跌及照顧者支援等課程。
        陳時中任衛福部長兼疫情指揮官期間，指揮中心曾發布日照中心防疫指引，要求每日量測體溫、落實實聯制、加強環境消毒及分流用餐。
    """),
    ("ms", "faq"): _lines("""
        S: Siapa layak menyertai Pusat Aktiviti Warga Emas (PAWE)? J: Warganegara Malaysia berumur 60 tahun ke atas yang masih boleh bergerak sendiri atau dengan tongkat.
        S: Adakah yuran dikenakan? J: Tiada yuran keahlian. Aktiviti khas seperti lawatan sambil belajar mungkin dikenakan caj kecil antara RM5 hingga RM20 seorang.
        S: Bagaimana cara mendaftar? J: Bawa salinan MyKad, dua keping gambar berukuran pasport dan borang pendaftaran JKM yang lengkap ke kaunter pusat pada waktu pejabat.
        S: Adakah pengangkutan disediakan? J: Van pusat mengambil ahli dalam radius 5 km, Isnin hingga Jumaat, mulai 8.00 pagi. Jadual laluan dipamerkan di papan kenyataan.
        S: Apa berlaku jika ahli terjatuh di pusat? J: Kakitangan terlatih akan memberi rawatan awal, menghubungi 999 jika perlu dan memaklumkan waris dalam tempoh 30 minit.
        S: Boleh bawa ubat sendiri? J: Boleh. Ubat mesti dalam bekas asal berlabel farmasi dan diserahkan kepada petugas bertugas untuk disimpan dalam kabinet berkunci.
        S: Siapa yang boleh dihubungi untuk aduan? J: Pejabat pusat di 05-254 7180 atau e-mel aduan@pawe-kinta.org.my. Aduan juga boleh dibuat melalui Talian Kasih 15999.
        S: Adakah makanan halal? J: Ya, semua makanan dibekalkan oleh katerer yang mempunyai sijil halal JAKIM. Pilihan makanan rendah gula dan lembut turut disediakan.
        S: Adakah aktiviti keagamaan diadakan? J: Kelas fardu ain setiap Selasa dan bacaan Yasin setiap Khamis. Ahli bukan Islam boleh menyertai aktiviti lain pada waktu itu.
        S: Bolehkah keluarga melawat? J: Boleh, antara 10.00 pagi hingga 4.00 petang. Sila daftar di kaunter keselamatan dan pakai pas pelawat sepanjang lawatan.
        S: Bagaimana jika pusat ditutup kerana banjir? J: Makluman dihantar melalui WhatsApp rasmi pusat 011-2345 8790 dan dipaparkan di Facebook JKM Daerah Kinta.
        S: Adakah pusat menerima sumbangan? J: Ya, ke akaun Maybank 5141 2306 8817 atas nama Persatuan Kebajikan Warga Emas Kinta. Resit pengecualian cukai 44(6) disediakan.
        S: Apakah Program Senaman Pagi Warga Emas? J: Senaman ringan 30 minit bersama jururawat dari klinik kesihatan berdekatan, diadakan setiap Rabu jam 9.00 pagi.
    """),
    ("mixed", "menu"): _lines("""
        Weekly menu 週一 Mon: 鱼片粥 fish porridge (soft), steamed egg, sayur bayam; 低糖 option: brown rice porridge. Dessert: 红豆汤 less sugar.
        Tuesday 星期二: Nasi lemak (sambal asing, tidak pedas), telur rebus, ikan bilis lembut; minced version for 吞咽困难 members available on request.
        Wed 星期三: 叉燒飯 or 豆腐煲 for vegetarians; soup of the day 蓮藕花生湯; Milo kosong / teh-O kosong provided at the 3pm tea break.
        Thursday Khamis: Bubur ayam with 姜丝, bihun sup; texture IDDSI level 5 minced & moist, level 4 pureed for 2 tables. 甜品: agar-agar rendah gula.
        Fri 星期五: 素食日 vegetarian day — 罗汉斋, mee hoon goreng kosong, 清炒菜心. Please inform kitchen by Thursday 12pm if any 过敏 allergy changes.
        Sat half-day 星期六: 茶點 only — 鹹煎餅, 砵仔糕, kuih lapis, kopi-C siu dai. Centre closes at 1pm, no lunch served on Saturdays.
        Special CNY week 新春: 年糕 cut into small cubes (小心噎), yee sang without crackers for soft-diet members, mandarin oranges peeled by volunteers.
        Hari Raya menu: ketupat, rendang daging (potong kecil), kuah kacang; 无猪肉无猪油, all halal-certified, catered by Dapur Mak Siti Catering Sdn Bhd.
        Drinks 飲品: Horlicks less sugar RM1.20, kopi-O kosong RM1.00, 菊花茶 RM1.00, air suam free. Payment by member card top-up only, no cash at counter.
        Diabetic tray 糖尿餐 legend: 🟢 under 15g carbs, 🟡 15-30g, 🔴 above 30g. Nurse to check tray colour before serving. 每桌最多两份 🔴 only.
        Mid-autumn 中秋 tea: 低糖月饼 (1/4 slice each), 柚子, 芋头糕; 30 cups of kopi donated by Ah Seng Kopitiam, Jalan Sultan Idris Shah — terima kasih!
        Menu allergen note: contains 花生 peanut (Tue, Thu), udang / shrimp (Wed laksa), 蛋 egg (daily). Kitchen cannot guarantee zero cross-contact.
        Deepavali 屠妖节 snacks: murukku (soft version), kesari, teh tarik kurang manis. Served 3pm at Dewan Serbaguna, all members and caregivers welcome.
    """),
    ("mixed", "config_and_code"): _lines("""
        transport: {route_id: 'B', vehicle: 'V03', wheelchair_slots: 2, depart: '07:30', max_stops: 12, gps_ping_sec: 15}  # 大埔線 default
        FALL_ALERT_THRESHOLD_G = 2.5  # 加速度阈值, tuned on 2026-02 pilot; jangan ubah tanpa approval dari nurse lead
        SELECT route_id, COUNT(*) AS pax FROM pickups WHERE pickup_date = '2026-05-04' AND status = 'boarded' GROUP BY route_id; -- 每日接送人数
        sms_gateway: {provider: twilio, sender_id: 'EVERGRN', template: '您的家人已安全抵达中心 / arrived safely at {time}', retry: 3}
        def bmi(weight_kg: float, height_m: float) -> float: return round(weight_kg / height_m ** 2, 1)  # 长者 BMI 低于 18.5 要通知营养师
        CSV header: visit_date,route_id,checkin_time,checkout_time,bp_sys,bp_dia,glucose_mmol,meal_texture,fall_flag,remarks_zh
        fixture = {'name': 'Test Member', 'nric': 'S0000000A', 'phone': '+65 0000 0000'}  # dummy only, jangan guna data sebenar
        docker run -d -p 8080:80 -e TZ=Asia/Kuala_Lumpur -e LANG=ms_MY.UTF-8 ghcr.io/evergreen/attendance-app:2.4.1  # PAWE kiosk
        i18n: checkin.success = 签到成功 / Daftar masuk berjaya / Check-in successful; checkin.late = 迟到 {minutes} 分钟 / Lewat {minutes} minit
        cron: 0 18 * * 1-5 python3 export_daily_report.py --centre SG-TPY-01 --out s3://daycare-reports/2026/  # 每日 6pm 出报表
        if member.age >= 60 and member.mobility in ('independent', 'walking_aid'): eligible = True  # syarat kelayakan PAWE ikut JKM
        logging: {level: INFO, mask_fields: [nric, hkid, mykad, phone, address], retention_days: 30}  # PDPA / 個資法 compliance
        git commit -m 'fix(pickup): 修正輪椅位計算 bug when route has more than 2 wheelchairs; bump to 2.4.2'  # reviewed by tech lead
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report 12/03: Mdm Tan Siew Lan, 84, slipped near the toilet at 10:40am, bruise on left hip, BP 168/94. Daughter informed at 10:55am.
        Please update pickup address for Mr Goh Kim Huat: Blk 512 Bedok North Ave 2 #08-231, Singapore 460512. Wheelchair needed from next Monday.
        Emergency contact for member S3817264F: son, 9127 4083 (call after 6pm only).
        Mr Raymond Chia has stage 3 kidney disease and starts dialysis on Mon/Wed/Fri, so he will only attend on Tue and Thu from now on.
        Auntie Lily (Mdm Lim Lay Hoon) kept asking for her late husband again today; MMSE last month was 17/30. Family refusing to consider a nursing home.
        1047,Ong Bee Leng,S2719358G,1941-06-18,Parkinson's disease,Ong Wei Jie (grandson),8493 6012,Blk 45 Holland Drive #11-02
        Her son Kelvin Soh owes the centre $2,840 in unpaid fees since March and has stopped answering calls; finance wants to send a letter of demand.
        Driver note: Uncle Ramasamy at Tampines St 81 needs two people to lift him into the van since his stroke, and his wife can no longer come down with him.
        Caregiver e-mail for billing: jasminekoh.family@gmail.com (Mdm Koh Ah Moi's daughter-in-law).
        Photo consent withdrawn: Mr Lee Boon Chye does not want his photos on the centre's Facebook page after his grandson saw him in the CNY album.
        FIN G5823146R, Mdm Nguyen Thi Hoa, 67, joins Friday sessions; speaks little English, husband Mr Seah is contactable at 9658 2174.
    """),
    "zh-Hans": _lines("""
        陈桂英阿姨，82岁，身份证号44010419460823152X，有高血压和糖尿病，每天上午十点要打胰岛素。
        接送单：王建国先生，住址：上海市杨浦区控江路1208弄15号302室，轮椅出行，联系人女儿王丽 139 1756 4208。
        今天下午李奶奶在活动室摔了一跤，右手腕肿了，已经通知她儿子刘志强，他说晚上七点前过来接。
        张伯伯最近记性越来越差，昨天把女儿当成了他妹妹，医生说是阿尔茨海默病早期，家属还不想让他知道。
        护工说周阿婆的孙子在外面欠了二十多万网贷，催收电话都打到中心来了，阿婆这几天一直在哭。
        家属联系表：赵玉梅（母亲），紧急联系人：赵海涛，电话 186 2093 5571，邮箱 zhaohaitao1975@163.com。
        310105194302190865 孙秀珍 女 1943-02-19 上海市长宁区 日托入托登记，慢阻肺，需吸氧 2L/min。
        何国平老先生上周确诊肺癌晚期，他老伴不让我们告诉他，带活动的时候千万别提医院的事。
        刘阿姨每个月退休金 3200 元，全部被她小儿子拿走，社工怀疑是经济虐待，已经上报街道。
    """),
    "zh-Hant": _lines("""
        黃金好婆婆（HKID K382915(4)）今朝 9 點喺中心廁所跌親，頭部有瘀傷，已召白車送伊利沙伯醫院。
        陳太話佢老公陳伯嘅柏金遜症加重咗，下個月開始要轉去全日護理，佢想問有冇資助宿位。
        接送地址：九龍觀塘秀茂坪邨秀明樓 1523 室，會員梁志雄，家人電話 6192 4870，落車要扶到門口。
        林阿嬤（身分證 A227193641）住台北市萬華區西園路二段 88 巷 6 號 3 樓，每週一三五來日照，需鼻胃管灌食。
        蔡先生的女兒蔡佩君來電，說爸爸上週在家中跌倒後不敢出門，想暫停日照兩個月，手機 0912-638-405。
        阿明伯個仔喺大陸欠咗成幾十萬數，追數佬上個禮拜搵到嚟中心樓下大嗌，職員已經報咗警，阿明伯嚇到成晚瞓唔著。
        澳門日間中心會員何麗珍，澳門居民身份證 5206318(3)，糖尿病併發視網膜病變，右眼幾近失明，聯絡人姪女 6638 2915。
        日照個案：鄭文雄爺爺，身分證 F120483752，輕度失智合併憂鬱症，兒子鄭家豪已三個月未繳費，欠款 NT$45,600。
        李秀蓮婆婆個孫女喺 Facebook 出咗佢喺中心食飯嘅相，仲 tag 埋中心，婆婆話好唔開心，要求即刻刪相。
        社工記錄：周國強伯伯太太上月過身，佢最近成日講唔想生存，已轉介精神科外展，女兒電話 9376 1482。
    """),
    "ms": _lines("""
        Pak Cik Ismail bin Hassan, MyKad 470312-08-5123, diserang strok ringan pada Januari; perlu kerusi roda dan tidak boleh naik van tanpa bantuan.
        Mak Cik Rohani terjatuh di bilik air pagi tadi, lutut kanan bengkak. Anaknya Encik Faizal sudah dimaklumkan di talian 013-728 4519.
        Alamat ambil: No. 14, Jalan Bunga Raya 3, Taman Seri Kinta, 31400 Ipoh, Perak — Puan Lim Ah Kiew, 79 tahun, ada demensia, jangan biar dia keluar seorang.
        Encik Muthusamy a/l Perumal (MyKad 450921-07-5367) masih berhutang yuran pengangkutan RM420 sejak Jun; anak lelakinya kata sedang menganggur.
        Hajah Zainab binti Yusof disahkan kanser payudara tahap 2, akan mula kemoterapi minggu depan dan memohon cuti dari pusat selama tiga bulan.
        Waris: Nurul Huda binti Ahmad (anak perempuan), e-mel nurulhuda.ahmad88@yahoo.com, telefon 019-553 2706, untuk ahli Pak Ahmad Zaki.
        Pengasuh bagitau Tok Mat selalu dipukul oleh menantunya di rumah; ada kesan lebam di lengan kiri, kes telah dirujuk kepada JKM Daerah Kinta.
        Yuran bulanan Pak Cik Osman boleh didebit dari akaun CIMB 7012 3348 9051 atas nama Osman bin Latif, setiap 5 haribulan.
        Nombor plat kereta anak Mak Cik Som yang ambil dia petang ni: WVB 4721, Proton Saga putih. Jangan lepaskan kepada orang lain.
        Laporan kehadiran: Puan Siti Aminah binti Kassim tidak hadir 3 hari kerana dimasukkan ke wad selepas paras gula darah 2.1 mmol/L di rumah.
    """),
    "mixed": _lines("""
        Eh tolong remind Uncle Ah Kiat's daughter, 她电话 9832 6650, besok dia kena bawa ubat warfarin baru, the old box sudah habis.
        陈伯 (Tan Ah Kow) today BP 182/101 again, 头晕, I already told his son via WhatsApp 8876 2314 but no reply lah.
        Pickup update: Mdm 黄秀英, Blk 118 Ang Mo Kio Ave 4 #05-1127, tukar ke Route C sebab lift rosak, kena guna stair-climber.
        阿珍姐 (Wong Ah Chun) 個老公 gambling 欠咗大耳窿錢, she came in crying today, 社工 pls follow up 下.
        New member form: Name 林美玲 Lim Mei Ling | NRIC S4127390I | DOB 12-07-1944 | Dx: osteoporosis, hip fracture 2023 | NOK: son Lim Jun Hao 9014 5528
        Mak Cik Fatimah cakap her cucu Aisyah mengandung 5 bulan belum kahwin, 家里吵得很厉害, please don't mention it during activity ya.
        Fall log 2026-04-02 14:20 | member: Lee Ah Choo | 跌倒地点: toilet 2F | injury: luka dahi 3cm | sent to TTSH A&E | informed: daughter Lee Pei Shan 9621 0378
        Uncle Kumar's wife called 话佢 kena retrench, can't pay this month's RM380 fee, minta tangguh sampai hujung bulan.
        HKID E604127(6) 呢位 member 嘅長者八達通 lost 咗, family say will replace next week, 暫時收 cash 車費先.
        明叔 (Chan Kam Ming) 醫生診斷 depression, started sertraline 50mg daily, 记得 lunch 后 give him, jangan lupa ya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for staff at a senior day-care centre in Singapore. Write clear, polite messages for families.",
        ),
        (
            "user",
            "Draft a short WhatsApp message to Mdm Tan Siew Lan's daughter (9183 5027). Her mum slipped near the toilet at 10:40am today, bruised her left hip, BP was 168/94, she's resting and the nurse is monitoring.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Tan, this is Evergreen Senior Care Centre. Your mother, Mdm Tan Siew Lan, slipped near the toilet at about 10:40am today and has a bruise on her left hip. Her blood pressure was 168/94. She is resting comfortably and our nurse is monitoring her. Please call us if you would like to speak to the nurse or arrange an earlier pick-up.",
        ),
        (
            "user",
            "Add that we recommend an X-ray at the polyclinic if the pain continues tomorrow.",
        ),
        (
            "assistant",
            "Added: If the hip pain continues tomorrow, we recommend bringing Mdm Tan to the polyclinic for an X-ray. We will also note the incident in her care file.",
        ),
    ],
    [
        (
            "user",
            "幫我整理吓呢段護理紀錄做三點重點：梁志雄伯伯，HKID D293081(2)，78 歲，糖尿病第二型，上個月喺屋企跌過一次，最近食慾差，體重跌咗 3 公斤，個女話佢夜晚成日唔瞓。",
        ),
        (
            "assistant",
            "重點整理：1. 梁志雄伯伯（78 歲）患第二型糖尿病，需留意血糖同飲食配合。2. 上個月曾喺屋企跌倒，應安排防跌評估。3. 近期食慾下降、體重減 3 公斤，兼有失眠，建議轉介營養師及醫生跟進情緒同睡眠。",
        ),
        ("user", "唔該，再加一句建議家人點樣配合。"),
        (
            "assistant",
            "可以加：建議家人記錄伯伯每日食量同睡眠時間，並留意屋企地面有冇雜物同浴室防滑，覆診時一併帶紀錄俾醫生參考。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Pusat Aktiviti Warga Emas di Ipoh. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Faizal bin Rahman (013-728 4519). Van akan ambil ibunya Mak Cik Rohani di No. 7, Lorong Cempaka 2, Taman Cempaka, 31400 Ipoh pada 8.15 pagi esok, bukan 8.00.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Faizal. Dimaklumkan bahawa van pusat akan mengambil Mak Cik Rohani di No. 7, Lorong Cempaka 2, Taman Cempaka pada jam 8.15 pagi esok, lewat 15 minit daripada biasa. Mohon pastikan beliau bersedia di pintu pagar. Terima kasih.",
        ),
        ("user", "Tambah sikit pasal lutut dia yang masih bengkak, minta bawa ubat sapu."),
        (
            "assistant",
            "Tambahan: Memandangkan lutut kanan Mak Cik Rohani masih bengkak selepas terjatuh, mohon bawa sekali ubat sapu yang diberi doktor supaya petugas kami boleh sapukan selepas makan tengah hari.",
        ),
    ],
    [
        (
            "user",
            "把下面的签到记录整理成表格：王建国 3/14 到 08:42 走 16:05；孙秀珍 3/14 请假（慢阻肺复诊）；陈桂英 3/14 到 08:50 走 15:30，中午血糖 13.2。",
        ),
        (
            "assistant",
            "已整理（姓名｜日期｜到达｜离开｜备注）：王建国，3/14，08:42，16:05，无；孙秀珍，3/14，请假，—，慢阻肺复诊；陈桂英，3/14，08:50，15:30，午间血糖 13.2 mmol/L 偏高。",
        ),
        ("user", "陈桂英的血糖要不要通知家属？"),
        (
            "assistant",
            "13.2 mmol/L 属于偏高，建议由护士复测并记录，若持续偏高应通知家属并提醒其带陈阿姨复诊调整用药。",
        ),
    ],
    [
        (
            "system",
            "You help staff at a Singapore senior activity centre handle admin issues. Be practical and kind.",
        ),
        (
            "user",
            "Kelvin Soh, son of our member Mdm Soh Geok Eng, owes $2,840 since March. He told our staff his business failed and he's in debt with licensed moneylenders. How do I approach this without upsetting the mum?",
        ),
        (
            "assistant",
            "Speak to Mr Soh privately, not in front of Mdm Soh. Acknowledge his situation, then offer options: an instalment plan, or a referral to the Social Service Office for a review of the means-tested subsidy. Keep Mdm Soh's attendance unaffected while you work this out, and document every conversation.",
        ),
        ("user", "ok can u write a short polite letter to him?"),
        (
            "assistant",
            "Dear Mr Kelvin Soh, we understand this may be a difficult period. Our records show outstanding fees of $2,840 for Mdm Soh Geok Eng's attendance since March. We would like to discuss a manageable instalment plan or help you apply for additional subsidy. Please contact our centre manager at your earliest convenience.",
        ),
    ],
    [
        (
            "user",
            "我媽媽林秀鳳今年 86 歲，身分證 E235719466，住高雄市三民區，最近中風後左手無力，想申請日照中心，要打 1966 嗎？需要準備什麼？",
        ),
        (
            "assistant",
            "可以撥打 1966 長照專線，由高雄市照顧管理中心安排照專到府評估。建議準備林女士的身分證、健保卡、近期診斷證明或出院病摘，以及平時主要照顧者的聯絡方式。評估後會核定長照等級，再依等級媒合附近的日照中心。",
        ),
        ("user", "評估的時候我要請假在家嗎？"),
        (
            "assistant",
            "建議主要照顧者在場，因為照專會詢問媽媽日常的吃飯、洗澡、如廁與行動情況，家屬補充資訊會讓評估更準確。",
        ),
    ],
    [
        (
            "system",
            "Member profile for context: Mr Goh Kim Huat, NRIC S1946205F, 81, lives at Blk 512 Bedok North Ave 2 #08-231. Dx: COPD, mild dementia. NOK: daughter Goh Hui Min, 9734 6621. Uses wheelchair since Feb.",
        ),
        ("user", "Plan a gentle 20-minute activity for this member for tomorrow morning."),
        (
            "assistant",
            "For Mr Goh, try a seated reminiscence session: show photos of old Bedok kampong scenes, play a few Sam Hui songs, and invite him to talk about his early working days. Keep breathing breaks every 5 minutes because of his COPD, and keep the group small so he isn't confused.",
        ),
        ("user", "Should I inform his daughter?"),
        (
            "assistant",
            "It's not required for a routine activity, but a short update to Ms Goh Hui Min afterwards about how he responded would help her and keeps the family engaged.",
        ),
    ],
    [
        (
            "user",
            "Can you reformat this for our attendance sheet? Puan Siti Aminah binti Kassim, MyKad 490817-08-6214, absent 3 days, admitted to ward, low sugar 2.1. Waris: anak Rashid 012-419 8835.",
        ),
        (
            "assistant",
            "Nama: Puan Siti Aminah binti Kassim | MyKad: 490817-08-6214 | Status: Tidak hadir (3 hari) | Sebab: Dimasukkan ke wad, paras gula rendah 2.1 mmol/L | Waris: Encik Rashid (anak), 012-419 8835",
        ),
        ("user", "Thanks, boleh buat reminder untuk call Rashid hari Jumaat?"),
        (
            "assistant",
            "Peringatan: Hari Jumaat, telefon Encik Rashid di 012-419 8835 untuk bertanya keadaan Puan Siti Aminah dan tarikh jangkaan beliau kembali ke pusat.",
        ),
    ],
    [
        ("system", "你是长者日间照料中心的社工助理，回答要专业、注意保密。"),
        (
            "user",
            "刘淑芬阿姨，79岁，最近几次来中心手臂上都有淤青，问她她说是自己撞的，但她儿媳妇接她的时候她明显很害怕。我该怎么处理？",
        ),
        (
            "assistant",
            "建议先在安静私密的环境中与刘阿姨单独谈话，用开放式问题了解情况，不要当着家属面询问。同时由护士拍照记录淤青位置和大小，写下客观观察。如怀疑存在虐待，应按中心流程向主管报告，并联系街道或民政部门的老年人保护渠道。",
        ),
        ("user", "要不要先告诉她儿子刘建军？"),
        (
            "assistant",
            "在未弄清情况前，不建议直接告知可能涉事的家庭成员，以免刘阿姨面临更大风险。可以先与主管商量，由专业社工评估后再决定何时、以何种方式联系刘建军先生。",
        ),
    ],
    [
        (
            "user",
            "幫我將呢封信翻譯做英文：致周國強先生家人：周伯伯於 5 月 3 日在中心情緒低落，曾表示唔想生存，我哋已轉介精神科外展服務。如有需要請致電中心。",
        ),
        (
            "assistant",
            "To the family of Mr Chow Kwok Keung: On 3 May, Mr Chow appeared very low in mood at the centre and said that he did not wish to go on living. We have referred him to the psychiatric outreach service. Please contact the centre if you need any support.",
        ),
        ("user", "加埋佢女兒嘅電話 9376 1482 同地址 沙田禾輋邨豐和樓 1106 室，方便外展隊聯絡。"),
        (
            "assistant",
            "Added: For the outreach team's reference, Mr Chow's daughter can be reached at 9376 1482, and the home address is Flat 1106, Fung Wo House, Wo Che Estate, Sha Tin.",
        ),
    ],
]
