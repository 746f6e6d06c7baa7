# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh276: 繁體中文（台灣）里長辦公處以外的社區發展協會與守望相助隊（巡守排班、社區活動、志工名冊、經費核銷、LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh276
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "巡守排班公告"): _lines("""
        【守望相助隊公告】116年1月起夜間巡守改為兩班制：第一班20:00-22:30、第二班22:30-01:00，集合地點為協會辦公室（興隆路四段145巷2號1樓），請各組組長於每月25日前回報出勤人數。
        巡守路線B：社區活動中心→福德宮→仁愛國小側門→第三號公園→溪濱自行車道入口→返回中心，全程約3.2公里，每半小時於巡簽箱簽到一次，巡簽箱鑰匙由值班組長保管。
        颱風警報發布期間暫停夜間巡守，改由值班幹部於協會LINE官方帳號@ankang-watch每兩小時回報積水與路樹倒塌情形，緊急狀況請直撥119或轄區興隆派出所（02-2931-4410）。
        本週排班：週一A組、週二B組、週三C組、週四A組、週五B組、週六C組與青年志工混編、週日休巡；每組至少4人出勤，未滿4人請向總幹事回報以便調度。
        巡守車（協會公務車，2018年式中華菱利廂型車）每月保養一次，里程數請於出車登記簿記錄，加油一律使用協會中油卡，收據編號請寫在登記簿備註欄。
        依市政府警察局守望相助工作推動要點，隊員執勤時應穿著反光背心並配戴識別證，不得攜帶刀械或擅自盤查路人身分，發現可疑情事應立即通報110。
        除夕夜加強巡守時段為21:00至翌日03:00，協會備有熱薑茶與點心（由在地商家「阿宗麵線」與「老張豆漿」贊助），請隊員於活動中心登記後領取。
        無線電頻道調整：主頻道改為CH-07（446.05625 MHz），備用CH-12，呼號統一為「安康一號」至「安康八號」，每次通聯請先報呼號再報位置，勿在頻道內閒聊。
        本月巡守統計：出勤62人次、累計巡守時數248小時、通報路燈故障5件、違規停車3件、協助走失長者返家1件，詳細報表已上傳協會雲端資料夾「115巡守月報」。
        冬季巡守注意事項：晚間氣溫低於10度時，巡守時間縮短為90分鐘；隊員如有慢性病請自行斟酌出勤，協會已購置電子血壓計放在辦公室供大家量測。
        114年度績優守望相助隊評鑑結果已由臺北市政府警察局公告，本隊獲評「甲等」，獎勵金新臺幣60,000元將撥入協會帳戶，用於更新反光背心及手電筒。
        巡守簽到QR Code已更新為第3版，掃描後會開啟協會Google表單（表單代碼WATCH-2027-V3），舊版QR Code貼紙請於1月15日前撕除，避免誤掃到已停用的表單。
        春節連假期間（116年2月5日至2月10日）巡守改為每日一班，時間為22:00-24:00，集合點改在福德宮廣場，活動中心該期間停止開放，鑰匙由總幹事保管。
    """),
    ("zh-Hant", "經費核銷規定"): _lines("""
        核銷單據須為統一發票或收據正本，收據應載明廠商名稱、統一編號、地址、品名、數量、單價及總價，並加蓋廠商統一發票專用章；影本或截圖一律不予受理。
        範例：文具店統一發票號碼 QK-48203917，品名A4影印紙5包、白板筆12支，總價新臺幣1,385元，賣方統編24536806，請黏貼於黏貼憑證用紙並由經手人、驗收人核章。
        本計畫補助經費新臺幣150,000元，核定文號北市社團字第1163001245號，執行期間自116年3月1日至116年11月30日，結案報告與核銷資料應於計畫結束後一個月內送達社會局。
        餐費核銷標準：每人每餐便當以新臺幣100元為上限，茶水點心每人每場次以新臺幣50元為限；須檢附活動簽到表及照片4張以上，照片請勿拍攝參加者正面特寫。
        講師鐘點費依講座鐘點費支給表辦理，外聘專家學者每小時新臺幣2,000元、內聘每小時1,000元，需檢附領據與課程表，講師證件影本另行密封保管，不隨核銷附件送出。
        協會發票抬頭：社團法人臺北市安康社區發展協會，統一編號 38841927，地址臺北市文山區興隆路四段145巷2號1樓，請廠商開立三聯式發票時務必正確填寫。
        採購金額新臺幣10萬元以上者須取得三家以上廠商報價單，並經理監事會議決議後辦理；本年度「社區環境綠美化」案已取得綠境園藝、大地景觀、青松造園三家報價。
        115年度經費核銷退件原因統計：發票日期逾計畫期間7件、缺少驗收紀錄5件、品名過於籠統（如「雜支一批」）4件、未附活動照片3件，請各組承辦同仁特別留意。
        交通費核銷以大眾運輸為原則，搭乘臺北捷運或公車請檢附悠遊卡乘車紀錄截圖；租用遊覽車須附合約書，本次戶外教學使用統聯客運包車一輛，費用新臺幣18,000元。
        匯款手續費由協會負擔，撥款帳戶為臺灣銀行木柵分行協會專戶，帳號請洽會計室索取，請勿在LINE群組張貼任何帳號與存摺封面照片，以免遭到冒用。
        零用金額度為新臺幣5,000元，單筆支出逾新臺幣3,000元者應改以轉帳支付；零用金登記簿每月底由監事會查核一次並簽章，查核紀錄併入年度財務報告。
        社會局補助款與協會自籌款應分別列帳，會計科目代碼：5101活動費、5102講師費、5103印刷費、5104餐點費、5105保險費、5199雜支，誤植科目者須重新製作傳票。
        志工團體意外險由富邦產險承保，保單號碼 0500-2027-GA-003318，投保人數上限80人，保費新臺幣24,960元，核銷時請附保費收據及被保險人數統計，不需附名冊。
    """),
    ("zh-Hant", "LINE群組工作訊息"): _lines("""
        各位夥伴早安～明天上午9點社區大掃除，集合地點活動中心，協會備有手套、夾子、垃圾袋，環保局的資源回收車10點會到福德宮旁停靠，請大家準時喔。
        會計這邊提醒：冬至湯圓活動的發票還有3張沒交回來（全聯、大潤發、印刷行），請經手的組長本週五前拍照上傳雲端，正本放在辦公室收件箱。
        巡守車剛剛回報左後輪胎壓偏低，已預約週三早上送到興隆路上的固特異輪胎館檢查，估價約新臺幣3,200元，那天早班請改步行巡守，謝謝大家配合🙏
        理事長交代：下週二晚上7點半召開理監事會議，議程有三案：①年度預算修正②尾牙場地③新增巡守路線C，會議資料已放在記事本，請先看過。
        🎉恭喜本社區榮獲115年度臺北市社區營造優等獎！頒獎典禮在市府大樓1樓中庭，市長蔣萬安會親自頒獎，當天要派3位代表出席，有空的夥伴請回覆+1。
        相簿「12/21冬至湯圓」已上傳86張照片，對外發布到粉專前請先刪掉有小朋友正臉的照片，粉專只放背影或遠景，這是社會局去年特別提醒的。
        記事本更新：志工服務時數請在每月5日前登錄到衛福部志願服務資訊整合系統，協會的單位代碼是 V-A0631275，不會操作的可以週六下午來辦公室，總幹事會教。
        停水通知：臺北自來水事業處公告12/18 22:00至12/19 06:00興隆路四段管線施工停水，當晚巡守第二班請順便提醒沿路商家，自來水客服專線1910。
        投票結果：尾牙地點「海霸王餐廳」13票、「欣葉台菜」9票、「活動中心辦桌」21票，決定在活動中心辦桌，外燴請會計聯絡「阿霞總舖師」報價。
        提醒一下群組規則：本群組僅討論協會公務，勿轉傳政治或宗教訊息，勿張貼他人電話、地址或身分證照片，個別事情請私訊總幹事或撥協會電話 02-2935-6618。
        昨晚巡守通報的路燈故障（編號 W-0718、W-0722）已經報修1999，工務局派工單號 1151207-00342，預計3個工作天內修復，修好再跟大家說。
        長青班的卡拉OK機壞掉了，廠商說主機板要換，報價新臺幣4,200元，加上喇叭線共4,650元，這筆從設備維護費支出，有異議的請今天內提出👍
        環保志工隊12月份服務時數合計312小時，全市排名第7，區公所說明年社區評鑑會加分，感謝大家辛苦了💪下個月第一次出勤是1/4早上8點。
    """),
    ("zh-Hans", "社区活动通知"): _lines("""
        【通知】蕉赖11哩睦邻计划（Rukun Tetangga）将于12月20日（星期六）晚上8时在社区礼堂举办冬至汤圆会，现场提供免费汤圆，欢迎全体居民携眷出席。
        新加坡 Bukit Panjang 第五区居民委员会招募邻里守望志愿者，每月只需参与两次夜间巡逻，报名请致电居委会办公室 6767 2031 或到 Zone 5 RC Centre 柜台咨询。
        社区公告：槟城日落洞花园住宅区守望队本月起在各路口安装8支闭路电视，监控画面只供警方调阅，不对外公开；安装费用RM12,800由州政府社区拨款承担。
        上海市徐汇区田林街道居委会本周六上午9:00在社区服务中心举办免费义诊与量血压活动，由区中心医院医生志愿者提供服务，请居民携带医保卡前来。
        报名表下载：https://rt-cheras11.org.my/daftar2027.pdf ，填妥后交回社区礼堂柜台或WhatsApp至委员会官方号码 +60 3-9131 2288，截止日期为1月10日。
        亲子绘本共读会：本月共读书目为几米《地下铁》与林良《小太阳》，适合5至10岁儿童，名额30位，由社区图书角义工带领，活动完全免费，欢迎报名。
        感谢赞助商：黄亚细肉骨茶、老曾记咖啡店、陈氏兄弟五金行为本次中秋晚会提供奖品与餐点，抽奖头奖为Panasonic电饭锅一台（型号SR-DF181）。
        凡参加今年邻里守望巡逻满12次的志愿者，将获颁社区服务证书一张及价值RM50的Mydin购物礼券，证书将于明年1月的新春团拜上统一颁发。
        提醒各位居民：近期有不法分子冒充社区发展协会人员上门收取清洁费，本会从不上门收费，如有疑问请拨打本会热线 04-657 3311 或报警999。
        活动流程：19:30 报到；19:45 委员会主席致辞；20:00 舞狮表演（由关帝庙醒狮团演出）；20:30 灯笼比赛颁奖；21:30 活动结束，请大家协助收拾场地。
        本社区妇女组将于1月18日举办年饼制作班，学费每人RM25，材料包括低筋面粉、凤梨馅、Anchor牛油，地点在新村民众会堂二楼，名额有限先到先得。
        深圳市南山区粤海街道社区党群服务中心开展"邻里守望"消防安全讲座，讲师为区消防救援大队宣传员，时间12月27日下午3点，现场发放灭火器使用手册。
        年度财务报告摘要：会员费收入RM4,560、州议员拨款RM10,000、活动支出RM11,278.50、行政费RM1,932，年终结余RM1,349.50，详细账目请到会所查阅。
    """),
    ("en", "config_and_code"): _lines("""
        patrol_scheduler.yaml: shifts: [{id: A, start: "20:00", end: "22:30"}, {id: B, start: "22:30", end: "01:00"}], min_members_per_shift: 4, timezone: Asia/Taipei
        LINE_CHANNEL_SECRET=changeme_example_0000 LINE_NOTIFY_ENDPOINT=https://notify-api.line.me/api/notify WATCH_GROUP_ID=Cexample1234567890abcdef
        def shift_label(start: str) -> str: return "night_1" if start < "22:30" else "night_2"  # used by the Ankang watch roster exporter v2.3.1
        CREATE TABLE volunteer (id SERIAL PRIMARY KEY, name TEXT NOT NULL, phone TEXT, team CHAR(1), joined_on DATE, insured BOOLEAN DEFAULT TRUE);
        INSERT INTO volunteer (name, phone, team) VALUES ('Test User', '0900-000-000', 'A');  -- fixture only, truncated before every prod deploy
        {"event_id": "EVT-2027-0118", "title": "Lunar New Year Couplet Writing", "venue": "Ankang Activity Centre, 2F", "capacity": 40, "fee_twd": 0, "status": "open"}
        cron: "0 21 * * 1-6" -> send_reminder(group="watch-team", template="shift_tonight_zh_TW")  # skips Sunday, no patrol scheduled
        [build] ankang-community-app v1.8.4 (commit 9f3c2ab) built 2026-12-05T14:22:07+08:00 on node 20.11.1, bundle size 412.6 kB, 0 warnings
        expense_rules: {max_meal_per_person_twd: 100, max_snack_per_person_twd: 50, require_photos: 4, uniform_invoice_regex: "^[A-Z]{2}-?[0-9]{8}$"}
        GET /api/v1/patrols?date=2026-12-06&team=B -> 200 OK, 3 records, checkpoints_scanned=18/18, avg_interval_min=27.4, served_by=api-2
        README: set WATCH_TZ=Asia/Taipei and copy .env.example to .env; the demo login admin@example.org / demo-password is disabled in production builds.
        const HOTLINES = { police: "110", fire: "119", taipei_citizen: "1999", water: "1910", association_office: "02-2935-6618" };
        Dockerfile: FROM python:3.12-slim; RUN pip install line-bot-sdk==3.11.0 gspread==6.1.2; CMD ["gunicorn", "roster.wsgi:app", "-b", "0.0.0.0:8080"]
    """),
    ("en", "volunteer_faq"): _lines("""
        Q: Do I need to live in the neighbourhood to join the watch team? A: No. Anyone over 18 who works or studies in the area may apply; the association covers accident insurance.
        Q: How do I join the association's LINE group? A: Add the official account @ankang-watch and send the keyword JOIN; office staff will verify your membership before adding you.
        Q: Can patrol volunteers stop or question people? A: No. Volunteers observe and report only. Call 110 for police or 119 for fire and ambulance, then inform the shift leader by radio.
        Q: Where is the office? A: Room 101, Ankang Community Activity Centre, No. 2, Lane 145, Sec. 4, Xinglong Rd, Wenshan District, Taipei, open Tue-Sat 09:00-17:00.
        Q: How are receipts reimbursed? A: Submit the original uniform invoice showing the association's tax ID 38841927 within 30 days; photocopies are rejected by the Social Welfare Department.
        Q: Are volunteer hours recognised? A: Yes. Hours are logged in the national Volunteer Service Information System and you can apply for the blue record booklet after 12 hours.
        Q: Is there a membership fee? A: NT$200 a year for households in the community and NT$500 for supporting members such as local shops; the 7-Eleven on Xinglong Rd joined last year.
        Q: What should I wear on patrol? A: The yellow reflective vest, a torch and the ID badge issued by the police precinct; closed shoes are required and umbrellas are not allowed.
        Q: What happens during a typhoon? A: Night patrols are cancelled once the Central Weather Administration issues a land warning; watch for the notice on our Facebook page.
        Q: Can I bring my children to the Winter Solstice party? A: Yes, it is family friendly. Photos posted online only show backs or distant shots, never children's faces.
        Q: Who audits the accounts? A: The board of supervisors checks the petty cash book monthly, and the annual statement is filed with the Taipei City Social Welfare Department before 31 March.
        Q: I found a lost wallet on patrol. What now? A: Do not open it. Hand it to the Xinglong Road Police Station (tel. 02-2931-4410) and write the case number in the patrol book.
        Q: Is there an English volunteer handbook? A: Yes, download handbook_en_v2.pdf (1.8 MB) from the Documents tab; a Bahasa Indonesia edition for migrant caregivers is planned for 2027.
    """),
    ("mixed", "csv_headers_and_logs"): _lines("""
        CSV header: volunteer_id,姓名,手機,組別,加入日期,意外險保單號,累計服務時數,最近出勤日,備註 (exported from 志工名冊 template v4, no data rows)
        2026-12-06 21:47:12 INFO patrol.checkin team=B checkpoint=福德宮 seq=3/6 device=tablet-02 battery=71% status=ok
        2026-12-06 23:05:40 WARN patrol.checkin team=B checkpoint=溪濱自行車道入口 gps_drift=42m retry=1 device=tablet-02
        expense_export.csv: 單據編號,日期,廠商,統一編號,品名,金額,科目代碼 / EXP-1151203-07,2026-12-03,全聯福利中心興隆店,22555003,活動茶水,1260,5104
        2026-12-07 08:00:01 INFO line.notify sent template=shift_tonight_zh_TW group=watch-team recipients=27 status=200 latency_ms=184
        ERROR roster.import row=14 欄位「手機」格式錯誤 expected ^09[0-9]{8}$ got "(blank)" -> skipped, 請承辦人人工補登 (batch 2026-12-02)
        event_signup.csv header: 報名序號,活動代碼,場次,人數,是否素食,接送需求,報名時間 / sample: SU-0042,EVT-2027-0118,AM,3,Y,N,2026-12-01T10:15:00+08:00
        2026-12-05 19:30:22 INFO invoice.verify QK-48203917 seller=24536806 amount=1385 result=VALID source=財政部電子發票整合服務平台
        [audit] 2026-12-04 16:02 user=accountant role=會計 action=approve voucher=V-115-1204-03 amount=NT$18,000 memo=統聯包車 戶外教學
        shop_sponsors.csv: 店名,類別,贊助品項,金額 / 阿宗麵線西門店,小吃,麵線券50張,5000 / 林東芳牛肉麵,餐飲,餐券20張,4000 / 吳寶春麥方店,烘焙,麵包禮盒,3600
        2026-12-06 22:31:05 INFO radio.log CH-07 callsign=安康三號 msg="B班交接完成，第二班出發" duration=00:00:08 signal=4/5
        GPS track summary: route=B distance_km=3.21 duration=01:12:44 checkpoints=6 started=2026-12-06T22:32:10+08:00 team_size=5 weather=陰 14°C
        2026-12-07 01:02:17 INFO patrol.close team=B incidents=2 (路燈故障 W-0718, 違停 1件) report_id=PR-1151207-B uploaded=true
    """),
    ("ms", "notis_rukun_tetangga"): _lines("""
        NOTIS: Rondaan Skim Rondaan Sukarela (SRS) Rukun Tetangga Taman Sri Muda akan bermula jam 11 malam hingga 3 pagi setiap Jumaat dan Sabtu mulai 8 Januari 2027.
        Semua ahli SRS diingatkan memakai jaket reflektif dan membawa kad kuasa yang dikeluarkan oleh Jabatan Perpaduan Negara dan Integrasi Nasional (JPNIN) semasa bertugas.
        Mesyuarat Agung Tahunan KRT Taman Sri Muda akan diadakan pada 17 Januari 2027 (Ahad) jam 9 pagi di Dewan Orang Ramai, Jalan Anggerik 25/1, Shah Alam.
        Sebarang aduan keselamatan boleh disalurkan ke talian pejabat KRT 03-5121 8890 atau WhatsApp rasmi KRT +60 12-330 4415 (waktu pejabat sahaja); kecemasan sila hubungi 999.
        Program gotong-royong perdana bersama Majlis Bandaraya Shah Alam (MBSA) akan diadakan pada 24 Januari; sarung tangan, plastik sampah dan sarapan nasi lemak disediakan.
        Laporan kewangan suku tahun keempat: peruntukan JPNIN RM5,000, yuran ahli RM1,240, perbelanjaan rondaan RM3,876.40, baki akaun RM2,363.60 setakat 30 November 2026.
        Kelas memasak kuih bahulu dan kuih kapit sempena Tahun Baru Cina dibuka kepada semua kaum, yuran RM15 termasuk bahan; tempat terhad kepada 25 peserta sahaja.
        Peringatan: Jangan kongsi gambar kad pengenalan, nombor telefon atau alamat rumah jiran dalam kumpulan WhatsApp KRT. Salurkan sebarang aduan terus kepada Setiausaha.
        Kamera CCTV di pintu masuk Jalan Anggerik telah dibaiki oleh kontraktor Secure Vision Sdn Bhd (No. Syarikat 201801023456) dengan kos RM1,850 pada 2 Disember.
        Sempena Hari Kebangsaan, KRT menganjurkan pertandingan menghias rumah dengan Jalur Gemilang; hadiah pertama baucar Mydin bernilai RM300 sumbangan pejabat ADUN kawasan.
        Jadual rondaan Disember: Kumpulan 1 (5 & 19 Dis), Kumpulan 2 (12 & 26 Dis), Kumpulan 3 (6 & 20 Dis), Kumpulan 4 (13 & 27 Dis); setiap kumpulan minimum 6 orang.
        Terima kasih kepada Restoran Pak Li Nasi Kandar dan Kedai Runcit Ah Seng kerana menaja minuman dan makanan ringan untuk peronda sepanjang bulan Ramadan.
        Ceramah keselamatan oleh Pegawai Pencegahan Jenayah IPD Shah Alam bertajuk "Elak Penipuan Dalam Talian" akan diadakan di surau taman selepas solat Isyak, Khamis ini.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        志工名冊第17筆：陳淑惠，女，民國52年次，身分證字號 F223456781，手機 0932-518-274，住新北市新店區中興路三段221巷6號4樓，加入環保志工隊。
        巡守B組組長張志豪這週請假，他太太上週剛開刀切除甲狀腺腫瘤，要在家照顧，排班請先找副組長代理，這件事先不要在大群組講。
        阿明哥（王文明）上個月又去借地下錢莊，聽說欠了快40萬，債主已經找到活動中心來，理事長說他的會計職務先暫停。
        核銷領據：今領到安康社區發展協會講師鐘點費新臺幣2,000元整，具領人 林美玲，身分證統一編號 A227813964，戶籍地址臺北市文山區木柵路一段58號3樓。
        0918-372-615 這支是巡守隊黃大哥的私人手機，半夜有事直接打他，不要打協會電話。
        林太最近跟老公在辦離婚，情緒很差，冬至湯圓活動她說不來了，大家私下關心一下就好，不要在群組問。
        志工意外險加保名單：劉建宏 S124578930 1968/04/22、吳佩珊 R226941037 1975/11/03、蔡明德 H120385746 1959/07/15，請保險公司於12/10前生效。
        巡守隊員郭俊傑的私家車 BKR-7752 上週停在消防通道被檢舉，罰單三千六，他說要協會幫忙出，理監事會要討論。
        關懷訪視紀錄：獨居長者李阿嬤（李秀英，86歲），住興隆路四段145巷10號2樓，糖尿病合併腎功能不佳，每週二、五洗腎，兒子在高雄很少回來。
        請把講師費匯到我郵局帳戶：局號0031234、帳號0567891，戶名 許雅婷，謝謝總幹事～
        小芬昨天在LINE跟我說她懷孕三個月了，暫時不能參加夜間巡守，叫我先不要跟其他人說，我就只跟你講喔。
        監視器畫面顯示，昨晚偷騎機車的是12鄰那個高中生鄭宇翔，他爸爸鄭先生已經到派出所做筆錄，警方說會移送少年法庭。
        志工報名表｜姓名：謝宗翰｜性別：男｜出生：1990/02/28｜手機：0955-104-386｜Email：tsunghan.hsieh90@gmail.com｜專長：水電｜可服務時段：週六上午
        蘇老師的兒子上個月因為酒駕被抓，現在官司還沒結束，她說年底的書法班先停開，麻煩大家不要問原因。
        經費核銷附件：陳志明 代墊款 3,280 元，請匯入中國信託 822-531-540123456 帳戶，會計於 12/15 前撥款。
        巡守隊員健康調查：洪國雄，62歲，高血壓、110年中風過一次，家屬（女兒洪筱雯 0975-882-130）同意他只排早班。
        隔壁的曾媽媽說她先生失業快半年了，協會會費跟社區清潔費都繳不出來，問能不能申請減免，她不想讓其他人知道。
        家暴通報：12鄰昨晚又傳出吵架，巡守隊員聽到是楊先生在打太太（楊太太本名周怡君），已經通報113，請大家不要對外傳。
        失物招領登記：民眾遺失皮夾，內有身分證（姓名 簡秀蘭、統一編號 E224518093）、健保卡、悠遊卡，已交興隆派出所，失主住家電話 02-2937-5514。
        照片檔名 IMG_20261221_冬至湯圓_江品妤與女兒江芷晴.jpg 不要上傳粉專，她明確說不同意公開小孩的照片。
        志工名冊（匯出）：編號V-031，羅文彬，0921-447-603，臺北市文山區景華街88巷3弄5號，B組，投保中，累計服務時數142小時。
        理事長提醒：總幹事賴俊宏這個月薪水少發5,000元是因為他之前預支過，不是扣薪，他本人也同意，請不要在群組議論他的薪資。
        尾牙抽獎領獎登記：得獎人身分證字號 Q123546897，獎品為42吋電視一台，請財務組辦理扣繳憑單。
        呂先生（住15鄰，開白色Toyota Altis 車號 AZE-3318）每晚都把車停在消防通道上，巡守隊勸導三次都不理，下次直接拍照檢舉。
    """),
    "zh-Hans": _lines("""
        睦邻计划巡逻队员名单：陈国强，MyKad 720415-10-5531，手机 012-673 2198，住址 Taman Bukit Segar 第3巷12号，蕉赖。
        黄太的先生上个月确诊肺癌第三期，她说这阵子没法来社区礼堂帮忙包粽子了，大家别在群里问起。
        新加坡居委会义工登记：李嘉慧，NRIC S8834127G，手机 9123 4587，住 Blk 412 Bukit Panjang Ring Road #08-215。
        田林街道志愿者名单：张建华，身份证号 310104196803152817，联系电话 139 1628 4475，住田林东路75弄12号502室。
        阿辉（林志辉）赌博欠了大耳窿二万多令吉，最近有人在他家门口泼红漆，守望队这几晚要多巡他家那条路。
        报销申请：代垫款 RM386.50 请转账至 Maybank 户口 1140 2258 6731，户名 吴秀莲，备注中秋灯笼材料。
        居委会王阿姨说她女儿刚离婚带着两个孩子搬回来住，想申请社区托儿补助，资料先别外传。
        微信截图：何先生 13826571903 说他家楼下的电动车被偷了，车牌 粤B·7K32L，已经报警，问居委会能不能调监控。
    """),
    "en": _lines("""
        Volunteer roster entry: Daniel Tan Wei Ming, NRIC S7923418C, mobile +65 9736 2281, 23 Jalan Bunga Rampai, Singapore 538401, Team C, first-aid certified.
        Please don't mention it in the group, but Aunty Rosie from Block 12 was diagnosed with early-stage dementia last month and sometimes wanders out at night; patrol please keep an eye out.
        Reimburse NT$2,450 to Kevin Liu, account 012-55-0123456-7 at Taipei Fubon Bank, for the Winter Solstice tangyuan ingredients.
        Incident log 2026-12-05 23:40: patrol found Mr. Chou Chen-yu (6F, No. 22, Lane 30, Jingmei St) intoxicated and bleeding from the head; ambulance took him to Wanfang Hospital.
        The new treasurer, Grace Huang, admitted she still owes about NT$300,000 on her credit cards, so the board asked that someone else co-sign all cheques this year.
        Sign-up sheet for the Hong Kong residents' visit: Ms. Chan Siu Ling, HKID Y418277(4), contact 6348 2190, staying with her sister in Muzha.
    """),
    "ms": _lines("""
        Senarai peronda SRS: Mohd Faizal bin Ismail, No. KP 800923-10-5271, telefon 013-448 2907, alamat No. 14, Jalan Anggerik 25/3, Taman Sri Muda.
        Kak Ros (Rosnah binti Ahmad) baru keluar hospital selepas pembedahan jantung, jadi dia tak dapat bertugas rondaan bulan ini; tolong jangan sebut dalam grup.
        Tuntutan bayaran balik RM215 untuk bateri lampu suluh, sila masukkan ke akaun CIMB 7012 4458 9031 atas nama Lim Siew Ping.
        Encik Ravi a/l Subramaniam dari rumah No. 7 Jalan 25/2 ditahan polis semalam kerana kes dadah, isterinya minta jiran-jiran rahsiakan perkara ini.
        Kereta Proton Saga putih WXY 4821 milik Encik Azman selalu diletak di depan pintu pagar dewan; pengerusi minta peronda tegur beliau secara baik.
    """),
    "mixed": _lines("""
        LINE 截圖：Amy 陳 說她 ex-husband 最近一直在社區門口等她，她很害怕，已經申請保護令，請巡守隊晚上經過 Jingmei St 30巷 時多留意。
        volunteer.csv row: V-058,周家豪,0987-223-514,A,2024-03-16,Y,96h,膝蓋手術後暫停夜巡
        2026-12-06 22:14:03 INFO patrol.report team=A note="發現 邱永福 倒在家門口 (文山區興隆路四段145巷8號)，已送萬芳醫院，疑似低血糖"
        Insurance list (masked): 李○慧 A2****5347 DOB 1982/06/09、陳○德 F1****2208 DOB 1977/12/30，請確認後回傳保險公司。
        Hi 總幹事, my mom 許阿桃 needs 長照 home visits; her address is 臺北市文山區萬美街一段19巷4號, 身分證 B220567314, thanks!
        Email from jessie.tsai1986@yahoo.com.tw: 我是 10鄰 的 Jessie 蔡, 想退出 LINE 群組 because my ex keeps messaging me there, 請把 0910-665-038 從名冊刪掉。
        [form] name=Muhammad Hafiz; IC=990214-14-6623; phone=+60 17-552 0381; role=peronda; allergy=penicillin; emergency=ibu (Siti Aminah) 012-908 4475
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是安康社區發展協會的行政助理，協助整理志工名冊與排班表，回答請使用繁體中文。",
        ),
        (
            "user",
            "幫我把這三位新志工整理成表格：王麗華 0933-217-845 住景美街41號3樓 想排週六；邱建志 0926-580-112 住木新路二段77巷2號 週三晚上可以；潘雅雯 0958-331-904 住興隆路三段210號5樓 只能假日。",
        ),
        (
            "assistant",
            "好的，整理如下：| 姓名 | 手機 | 地址 | 可服務時段 | 王麗華 | 0933-217-845 | 景美街41號3樓 | 週六 | 邱建志 | 0926-580-112 | 木新路二段77巷2號 | 週三晚上 | 潘雅雯 | 0958-331-904 | 興隆路三段210號5樓 | 假日。提醒：名冊含個資，請存放於協會雲端的限制權限資料夾，不要貼到大群組。",
        ),
        ("user", "謝謝，那週六那組還缺幾個人？原本週六有4位。"),
        (
            "assistant",
            "原本週六4位，加上王麗華與潘雅雯（假日可）共6位，已達每組至少4人的要求，可考慮把潘雅雯排到週日備援。",
        ),
    ],
    [
        (
            "user",
            "我們巡守隊的隊員劉志強最近被診斷出重度憂鬱症，醫生建議他先休息，我想請他暫停夜間排班，LINE 要怎麼講比較委婉？",
        ),
        (
            "assistant",
            "可以這樣寫：「志強大哥，謝謝你這幾年對巡守隊的付出。最近天氣冷、夜班又長，隊上想讓你先好好休息一陣子，排班我們會先調整，等你覺得可以了隨時跟我說。」建議私訊傳送，不要在群組提到病情。",
        ),
        ("user", "好，那我要跟其他組長說明嗎？"),
        (
            "assistant",
            "只需告訴組長他暫時請假即可，不必說明原因；健康資訊屬於敏感個資，除非他本人同意，否則不宜告知其他人。",
        ),
    ],
    [
        (
            "system",
            "You help a Taiwanese community development association check reimbursement paperwork. Answer in Traditional Chinese.",
        ),
        (
            "user",
            "請幫我看這張領據格式對不對：具領人 鄭雅芳，身分證 D221874593，戶籍地址 臺南市東區崇學路88巷5號，金額 新臺幣1,600元，匯款帳號 台新銀行 812-2088-10-0034567。",
        ),
        (
            "assistant",
            "格式大致完整，但有兩點：一、領據需具領人親筆簽名或蓋章；二、上傳核銷系統時建議將身分證字號遮蔽為 D22****593，帳號只保留末四碼，正本另存保管。",
        ),
        ("user", "那講師的戶籍地址一定要寫嗎？"),
        (
            "assistant",
            "依多數補助單位規定，領據需載明戶籍地址以利扣繳申報，但對外附件可只寫到縣市區，完整地址留在正本即可。",
        ),
    ],
    [
        (
            "system",
            "你是景美守望相助隊的排班小幫手。隊長：吳俊賢，手機 0912-664-380；副隊長：葉秋萍，手機 0963-205-771。遇到無法處理的狀況請引導隊員聯絡隊長。",
        ),
        ("user", "這週五我臨時不能去巡守，要找誰？"),
        (
            "assistant",
            "週五請假請先私訊副隊長葉秋萍（0963-205-771）協調代班；若當天下午五點後才確定，請直接打給隊長吳俊賢（0912-664-380）。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一份昨晚巡守的事件紀錄：23:15 在福德宮旁發現一台機車倒在路邊，車牌 NKP-2635，車主是住在隔壁巷的蔡永昌先生，他喝醉躺在旁邊，我們叫了救護車送萬芳醫院。",
        ),
        (
            "assistant",
            "事件紀錄：日期 115/12/06，時間 23:15，地點 福德宮旁。巡守B組發現機車（車牌 NKP-2635）倒於路邊，車主蔡永昌先生疑似酒醉倒臥一旁，隊員立即撥打119，救護車於23:27抵達並送往萬芳醫院。處置：通知轄區派出所到場處理機車。",
        ),
        ("user", "這份要上傳到協會粉專嗎？"),
        (
            "assistant",
            "不建議。紀錄含有當事人姓名、車牌與就醫資訊，只應存放於協會內部並提供給警方；粉專若要說明，可寫「昨晚巡守協助一名酒醉民眾就醫」即可。",
        ),
    ],
    [
        ("system", "你是吉隆坡蕉赖睦邻计划委员会的秘书助理，请用简体中文回答。"),
        (
            "user",
            "帮我写一则群组通告，提醒大家最近治安不好。上星期住在 Jalan Kaskas 5 号的陈玉梅家被爆窗偷走金饰，她一个人住，现在很害怕。",
        ),
        (
            "assistant",
            "通告草稿：各位居民好，近期本区发生住宅破窗盗窃案，请大家外出时锁好门窗，夜间留意可疑人物，发现异常请拨999或联络睦邻计划巡逻队。另外建议不要在群组公开受害者姓名与门牌，以免她再成为目标。",
        ),
        ("user", "好，那我私下要怎么帮陈玉梅？"),
        (
            "assistant",
            "可以安排巡逻队这两星期加强经过她家门口，也可协助她联系警局的罪案预防组，评估加装警报器或门磁。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a thank-you card for one of our RC volunteers? Mdm Siti Rahmah binte Osman, 67, has done neighbourhood patrol for 9 years but she had a stroke in October and is now in rehab at St Luke's Hospital.",
        ),
        (
            "assistant",
            "Dear Mdm Siti Rahmah, thank you for nine years of walking our corridors and looking out for every neighbour. We miss you on the rounds and are cheering you on in your recovery. Take all the time you need; the team will keep your torch ready. With love, Zone 5 RC Neighbourhood Watch.",
        ),
        ("user", "Nice. Should I mention the stroke?"),
        (
            "assistant",
            "Better not. Keep the card warm and general; her medical details are private, and the card may be read by visitors.",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant for a community association in Taipei."),
        (
            "user",
            "Clean this CSV: id,name,phone,team / 1,Lin Chia-hui,0912 345 678,A / 2,Huang Po-wei,0928-556-103,B / 3,Tsai Yi-ting,(02)2931-7765,A. Phone format should be 09XX-XXX-XXX for mobiles.",
        ),
        (
            "assistant",
            "id,name,phone,team / 1,Lin Chia-hui,0912-345-678,A / 2,Huang Po-wei,0928-556-103,B / 3,Tsai Yi-ting,02-2931-7765,A. Note row 3 is a landline, so I kept the area-code format.",
        ),
        (
            "user",
            "Thanks. Can you also add Tsai's home address: 5F, No. 31, Alley 2, Lane 60, Muzha Rd Sec. 3?",
        ),
        (
            "assistant",
            "Added as a new column: 3,Tsai Yi-ting,02-2931-7765,A,5F No. 31 Alley 2 Lane 60 Muzha Rd Sec. 3. Remember to restrict who can open this file.",
        ),
    ],
    [
        ("system", "Anda pembantu setiausaha KRT Taman Sri Muda. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Hairul Nizam (011-2765 4403) untuk ingatkan dia yuran SRS RM60 belum dibayar sejak Jun, dan dia pernah kata dia sedang susah sebab diberhentikan kerja.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum Encik Hairul, harap sihat. Sekadar peringatan mesra tentang yuran SRS tahun ini. Jika ada kesulitan, jangan risau, boleh bincang dengan saya secara peribadi untuk bayaran ansuran atau pengecualian. Terima kasih atas sumbangan tuan selama ini.",
        ),
        ("user", "Perlu sebut pasal dia hilang kerja?"),
        (
            "assistant",
            "Tidak perlu. Itu hal peribadi; cukup tawarkan perbincangan secara tertutup.",
        ),
    ],
    [
        (
            "system",
            "你是協會 LINE bot 的設定顧問。Admin contact: 總幹事 Vivian 何 (何怡萱), mobile 0937-418-206, email vivian.ho.ankang@gmail.com.",
        ),
        ("user", "我們的 LINE bot 要加一個「請假」指令，隊員輸入後要通知誰？"),
        (
            "assistant",
            "建議 /leave 指令觸發後，bot 以私訊方式通知總幹事何怡萱（0937-418-206），並同步寫入 Google Sheet 的 leave_log 分頁；不要把請假原因推播到大群組。",
        ),
        ("user", "OK, and the webhook URL?"),
        (
            "assistant",
            "Use your own HTTPS endpoint, e.g. https://bot.example.org/line/webhook, and verify the X-Line-Signature header with the channel secret before processing events.",
        ),
    ],
]
