# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix121: lantern, mid-autumn and cultural festival organisers in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix121
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "stall_booking_confirmations"): _lines("""
        Booking BK-MAF24-0317 confirmed: Stall C12 (3m x 3m), Chinatown Mid-Autumn Fair, 14–22 Sep. Deposit S$450.00 received via PayNow UEN 201834567K.
        Invoice INV-2024-08812 | Lantern Walk Bazaar | 2 x food stall (no open flame) @ S$1,280.00 | GST 9% S$230.40 | Total S$2,790.40 | Due 30 Aug.
        Your stall application LW-2025-0441 is waitlisted at position 7. We will email the registered company contact by 5 Sep if a slot frees up.
        Reminder to all stallholders: load-in for Zone B opens 07:00 at the Kreta Ayer Road service gate; vehicles above 3.5 tonnes must use the Neil Road entrance.
        Refund request RF-00912 approved: 50% of S$680.00 per clause 8.2 (cancellation 14–29 days before event). Processing takes 7–10 working days.
        Stall pricing 2025: Standard 3x3 S$980 / Corner 3x3 S$1,150 / Double 6x3 S$1,890 / NGO tables S$120 (max 12). Early-bird ends 31 Jul 23:59 SGT.
        Co. Reg. No. 199803214M | Lumen Events Pte Ltd | 10 Anson Road #21-07 Singapore 079903 | bookings@lumenevents.sg | +65 6220 4418
        Tracking SF1428837702195: 40 cartons of rabbit lanterns from Foshan, customs cleared at Tuas, ETA warehouse 12 Sep 14:00.
        Order #MK-58213: 300 pcs LED paper lanterns (SKU LNT-RB-30-RED), 120 pcs dragon-fruit shaped (SKU LNT-DF-25), unit price HK$18.50, FOB Shenzhen.
        Booking ref TPE-LF-25-A0193 — Booth 46, Hall 2, Taipei Lantern Festival craft market, NT$12,000 incl. 15A power. Please bring the company chop.
        Stall C12 swap with C14 approved by the Fair Committee; no change in fee. Updated floor plan v3.2 uploaded to the vendor portal.
        Mooncake sponsors confirmed so far: Golden Moon Bakery, Kee Wah and the Lee Kum Kee booth; the Tan Tock Seng Hospital charity table is still pending.
        Stallholder FAQ: Can I sublet my stall? No. Can I share with another vendor? Yes, if both companies are named on the booking form before 1 Sep.
    """),
    ("zh-Hant", "hk_lantern_carnival_notices"): _lines("""
        【中秋綵燈會】維多利亞公園將於9月16日至18日晚上7時至11時開放，入場免費。查詢熱線：2601 8260（辦公時間）。
        各位街坊注意：今晚大坑舞火龍期間，浣紗街、新村街一帶將實施封路，由晚上7:30至10:30。
        失物認領：於會場拾獲兔仔燈籠 3 個、八達通卡 2 張、雨遮 11 把，請於明日中午前到服務台認領。
        提提大家：唔好帶蠟燭燈籠入場，場內只准用電子燈籠，多謝合作！
        義工簡介會：9月7日（六）下午2:30，地點：沙田大會堂展覽廳。請帶備已簽署嘅保險同意書（表格編號 VOL-F03）。
        猜燈謎獎品換領：每人憑答對燈謎卡換紀念品一份，送完即止。今年共印製 4,800 張燈謎卡。
        表演節目：中樂小組合奏、坑口客家麒麟隊舞麒麟、魔術表演。節目表以現場公布為準。
        場地許可證編號 TLP/2025/HK/0873 已張貼於服務台，如有查詢請聯絡主辦機構總機 3188 2200。
        今年中秋晚會錄得入場人次約 58,000，較去年上升 12%；走失兒童個案 9 宗，全部已於 30 分鐘內與家人團聚。
        蘇東坡《水調歌頭》全文會喺大台背板展示：「但願人長久，千里共嬋娟。」歡迎市民打卡。
        攤位申請表（範本）：機構名稱：＿＿＿＿ 負責人職銜：＿＿＿＿ 聯絡電話：＿＿＿＿ 攤位類別：□食品 □手作 □非牟利
        請各攤主於收場後 30 分鐘內清理攤位，垃圾請放入指定回收站（A、B、C 區各一個），違者扣按金 HK$500。
        嫦娥、玉兔、吳剛同后羿嘅故事展板喺入口左邊，小朋友集齊四個印章可以換月餅公仔。
    """),
    ("zh-Hans", "volunteer_roster_templates"): _lines("""
        志愿者排班表 v2.1（模板）：姓名：【填写】｜岗位：引导/票务/失物招领｜班次：A 17:00-20:00 / B 20:00-23:00
        本周末共需志愿者 86 人，目前已报名 71 人，缺口主要在 B 班失物招领岗（差 9 人）。
        新志愿者须知：佩戴工作证进场，不得在岗位上私下收取任何现金；遇到走失儿童一律带到 2 号服务台，不要自行广播。
        灯会志愿者服务时数统计：共 312 人次，累计 1,947.5 小时，平均每人次 6.24 小时。
        岗位说明：票务组负责核验二维码电子票，扫码失败的请引导至人工窗口，不要手动输入票号。
        请各组长在 18:30 前于群内回复到岗人数，格式：组别+实到/应到，例如“C组 12/14”。
        志愿者 T 恤尺码汇总：S 18 件，M 41 件，L 33 件，XL 12 件，共 104 件，已向供应商下单（订单号 YT20250902-118）。
        安全培训材料已上传共享盘：/灯会2025/培训/消防疏散流程_v3.pdf，请所有组长下载阅读。
        如何在系统里批量导入排班？把模板 Excel 的第一行保留为表头，手机号一栏可以先留空，再点“导入”。
        今天 B 班有 3 名志愿者因下雨提前离岗，已由机动组补位，无需另行安排。
        餐饮补贴标准：每班次 35 元，超过 4 小时另加 15 元，由财务统一拨付至志愿者协会对公账户。
        志愿者协会热线 400-820-6618（工作日 9:00-18:00），邮箱 volunteer@moonfest-org.cn。
        团体报名须由学校或单位盖章，学生志愿者需提交监护人同意书（模板见附件三），原件请自留。
    """),
    ("ms", "permit_and_rules"): _lines("""
        Permohonan permit sementara PBT untuk Pesta Tanglung di Padang Kota Lama mesti dihantar sekurang-kurangnya 21 hari sebelum acara.
        No. Permit: MBPP/PT/2025/0456 — Sah dari 10 hingga 17 September 2025, jam 5.00 petang hingga 11.30 malam.
        Semua gerai makanan wajib mempamerkan sijil latihan pengendali makanan dan lesen perniagaan sementara di tempat yang mudah dilihat.
        Peraturan tapak: tiada tong gas melebihi 14 kg, tiada bunga api, tanglung lilin hanya dibenarkan di zon perarakan yang ditetapkan.
        Yuran gerai: RM350 (gerai biasa), RM500 (gerai sudut), RM80 (meja NGO). Bayaran melalui FPX ke akaun Persatuan Kebudayaan Tanglung.
        No. Pendaftaran SSM: 201901024567 (1332451-K) — Cahaya Bulan Events Sdn Bhd, Lot 12, Jalan Tun H.S. Lee, 50000 Kuala Lumpur.
        Perarakan tanglung akan bermula di Jalan Petaling pada jam 8 malam dan berakhir di Dataran Merdeka; jalan ditutup dari 7.30 malam.
        Borang Sukarelawan (kosong): Nama penuh: ______ No. telefon: ______ Saiz baju: S / M / L / XL Syif: Petang / Malam
        Statistik tahun lepas: 42 gerai, 15 persembahan, 3 kes kanak-kanak terpisah daripada keluarga (semua ditemui dalam masa 20 minit).
        Talian pertanyaan penganjur: 03-2145 8870 (waktu pejabat) atau e-mel urusetia@pestatanglung.my.
        Pertandingan mewarna tanglung terbuka kepada kanak-kanak 6 hingga 12 tahun; hadiah ditaja oleh Kedai Buku Tun Razak Sdn Bhd.
        Adakah permit PDRM diperlukan jika perarakan melalui jalan persekutuan? Ya, sila mohon melalui IPD daerah sekurang-kurangnya 14 hari lebih awal.
        Invois INV/PT/25/0912: 2 unit penjana 20kVA, sewa 3 hari, RM2,400 termasuk SST 8%. Tarikh akhir bayaran: 5 Sept.
    """),
    ("mixed", "organiser_group_chat"): _lines("""
        Guys stall C12 的 power socket 又 trip 咗，can someone from electrical team check? 我哋 generator 仲有 fuel 嗎？
        Lantern delivery dah sampai loading bay, 40 箱 all good, tapi 2 箱 basah sikit sebab hujan tadi.
        Tonight briefing 改咗 7pm at 服务台, jangan lupa bawa walkie-talkie and 反光背心.
        Anyone know the login for the vendor portal? 唔该 send me in DM, jangan post dalam group ya.
        顺便提醒 all volunteers: kalau jumpa budak hilang, bawa ke Info Counter 2, 不要自己 announce.
        Weather check: NEA says thundery showers 3-5pm, 所以 lantern walk maybe delay 30 mins, tunggu update dari duty manager.
        The lion dance troupe 已经 confirm 8:15pm slot, stage manager 话 sound check 7:40 lah.
        Boss 问 total ticket sales so far: 1,284 pax online + 356 walk-in, lebih kurang 82% capacity.
        Sapa ada extra cable ties? Zone B 嘅 lantern arch 有啲 loose, angin kuat.
        FYI Jalan Sultan 那边 road closure from 7.30pm, 叫 stallholders 早啲 unload.
        收到 police permit 了！Permit no. IPD-KL/PRK/25/118, 我 upload 去 shared drive already.
        Printing vendor says lantern riddle cards ready by Thursday, 5,000 pcs, 单价 RM0.18.
        Eh the Hang Li Po costume for the parade 谁 in charge? Wardrobe team please check 尺寸 ya.
    """),
    ("en", "ticketing_logs_config"): _lines("""
        2025-09-16T19:42:07+08:00 INFO gate-3 scan ok ticket=MAF-25-E-0048213 zone=GA latency_ms=84
        2025-09-16T19:42:09+08:00 WARN gate-3 duplicate scan ticket=MAF-25-E-0048213 first_seen=19:42:07 action=reject
        ticketing-svc v4.12.3 (build 9f3c2a1) deployed to prod-sg-1; rollback tag v4.12.2.
        sha256: 3b7e9d41c2a0f85e6d14b9a7c3e2f0d18a6b5c4e9f7d2a1b0c3e8f6d4a2b1c09  lantern-map-2025.geojson
        config: max_capacity: 12000 / reentry_allowed: false / child_wristband_prefix: LC- / lost_child_alert_channel: ops-radio-2
        Export summary (anonymised): 14,209 tickets sold, 61% e-wallet, 27% card, 12% cash at door; 0 chargebacks.
        cron 0 */2 * * * /opt/fest/bin/sync_vendor_portal --region=MY --dry-run=false
        ERROR payment-gw timeout order_id=ORD-7731205 provider=stripe retry=3/3 status=pending_manual_review
        SELECT zone, COUNT(*) FROM scans WHERE event_id = 'MAF25' GROUP BY zone ORDER BY 2 DESC;
        Wristband batch LC-0001 to LC-0600 issued at Info Counter 2; batch LC-0601 to LC-1200 held in reserve.
        QR payload format: FEST|{event_id}|{ticket_no}|{zone}|{checksum}, e.g. FEST|MAF25|0048213|GA|7F2C
        Incident INC-2025-0914-03 closed: turnstile 5 firmware 2.0.8 froze at 20:11, replaced with spare, downtime 6 min.
        On-call rota for festival weekend is the platform team's shared schedule 'fest-ops-weekend'; escalate to the duty engineer after 10 min.
    """),
    ("zh-Hant", "tw_festival_posts"): _lines("""
        2025台灣燈會主燈今晚 6:30 點燈，現場預估湧入 30 萬人次，建議搭乘高鐵或台鐵接駁。
        平溪天燈節提醒：天燈施放區僅限十分廣場，請勿於鐵軌上施放，違者依法開罰。
        鹿港中秋祈福活動報名表請填寫「姓名＿＿、電話＿＿、人數＿＿」，現場亦可登記。
        攤位編號 H-46 已完成繳費，收據號碼 RC-113-0902-0188，發票統一編號 24536817。
        元宵節猜燈謎：「小姑娘，真辛苦，身上背把小掃帚」（打一動物），答案請留言！
        今年燈區以《西遊記》為主題，孫悟空、豬八戒造型花燈都在中正紀念堂自由廣場。
        鄧麗君紀念花燈展於中秋週末登場，現場播放〈月亮代表我的心〉，歡迎民眾前往欣賞。
        志工服務證明申請：請至官網下載表單，填寫後寄至 service@lantern-tw.org，約 10 個工作天寄出。
        中山路、民族路交叉口晚上 5 點至 11 點交通管制，請用路人改道。
        本次活動共 1,230 名志工參與，服務總時數 9,860 小時，感謝各校與社團支持。
        表演團體名單：明華園戲劇總團、優人神鼓、朱宗慶打擊樂團（演出時間依現場公告）。
        客服專線 0800-123-567（免付費），週一至週日 09:00–21:00。
        走失兒童協尋 SOP：1. 帶至服務台 2. 廣播僅說衣服顏色與年齡，不說全名 3. 家長核對身分後領回。
    """),
    ("zh-Hans", "incident_and_lost_child_reports"): _lines("""
        事件报告 IR-0915-07：21:05 一名约 5 岁男童（记为“儿童A”）在 B 区与家长走散，21:19 于 2 号服务台由家长领回，全程 14 分钟。
        今晚共处理走失儿童 4 宗、轻微烫伤 2 宗（均为灯笼蜡烛所致）、中暑 1 宗，无人需送院。
        广播模板：“请穿红色上衣、约六岁的小朋友的家长，到 2 号服务台。”不要广播孩子全名。
        急救站当晚接诊 17 人次，其中 11 人次为擦伤，4 人次为头晕，2 人次为过敏。
        舞台安排：19:30 醒狮表演（牛车水醒狮团），20:15 古筝合奏，21:00 灯笼巡游出发。
        投诉汇总（已去标识化）：排队过长 23 宗，厕所不足 9 宗，噪音 4 宗，价格 2 宗。
        失物招领登记表（空白）：物品描述＿＿＿ 拾获地点＿＿＿ 拾获时间＿＿＿ 经手岗位：服务台值班员
        今年主灯组以“嫦娥奔月”为题，高 12 米，由 2,400 个 LED 模块组成，功率 18kW。
        志愿者编号 V-0231 至 V-0260 为失物招领组，请于 17:30 到服务台报到。
        李白《静夜思》灯谜墙已布置完毕，共 120 条灯谜，答对 5 条可换小礼品一份。
        值班经理提醒：遇到儿童走失，先通知对讲机 2 频道，再通知场内保安，最后才考虑广播。
        安全检查清单 v1.4：灭火器 24 具（已过检）、疏散指示 36 处、应急照明 18 盏、医疗箱 6 个。
        请问走失儿童手环上能不能直接印家长电话？不建议，手环只印 LC 编号，联系方式存在服务台系统里。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Rachel Goh Mei Ling from stall C14. I'm three months pregnant and my gynae says I shouldn't stand 8 hours, can my cousin cover my shifts?
        Volunteer sign-up: Name: Daniel Tham Wei Jie | NRIC: S8734562I | Mobile: 9127 4830 | T-shirt: L | Shift: B
        Lost child found at Zone B: girl, about 6, says her name is Chloe Ng and her mum's number is 9284 6017. Bringing her to Info Counter 2 now.
        Refund to card 4532 0188 7654 3217 for Mr Arvind s/o Rajendran, booking BK-MAF24-0352, approved by the duty manager.
        Please remove Kelvin Lim from the volunteer roster, he was caught pocketing cash from the riddle-card booth on Saturday and we've made a police report.
        Performer contract: Nur Aisyah binti Kamarudin, MyKad 930214-07-6183, fee RM1,800 for two dikir barat sets, pay to Maybank 1140 2287 5519.
        Mdm Tan from #05-12 keeps complaining the lantern music is too loud; she's bedridden after her hip surgery, so let's turn the speakers on that side down.
        Stallholder Mohd Faizal bin Rahim still owes S$1,150 from last year's fair and ignored three reminders; hold his new application.
        Parking pass for volunteer driver: SJK 4821 T, owner Benjamin D'Cruz, valid 14–22 Sep, Level 2 lots only.
        Dorm volunteers Rahim Uddin (FIN G5170294N) and Md Shofiqul Islam need a letter to their employer to be released early on 15 Sep.
        Uncle Jimmy (IG @jimmy.lantern.makes) hand-makes the paper carp lanterns; he's retired and lives alone at Blk 210 Toa Payoh Lor 8, please don't give the press his address.
        Priya d/o Selvam from the Bharatanatyam troupe fainted during rehearsal; her mother says she has epilepsy and takes her medication at 9pm.
    """),
    "zh-Hans": _lines("""
        志愿者报名：王晓雯，身份证号 350203199203186521，手机 138 2614 5907，班次 B，岗位失物招领。
        陈阿姨住 3 栋 1202，她儿子欠了摊位费 2,600 元一直不还，她让我们别再打电话到她家。
        失物招领：捡到一个钱包，里面有身份证（张建国，440306198507123417）和银行卡，请失主到 2 号服务台认领。
        表演者刘梓萱的微信号是 liuzixuan_0618，她说演出费请打到她个人账户，不要走公司。
        摊主何志强说他上个月刚做完心脏搭桥手术，今年没法搬重物，希望安排在靠近电源的摊位。
        走失儿童：男孩，小名小宝（林子豪），7 岁，爸爸林先生电话 186 0275 3318，已在 B 区找到。
        志愿者周婷婷和组长吵架后被暂停排班两周，原因是多次迟到并在群里辱骂同事。
        灯笼样品寄到：深圳市南山区科苑路 88 号 4 栋 602 室，收件人黄丽娟，电话 159 1836 4402。
        退款到赵先生的招商银行卡 5204 7319 8830 2744，订单号 YT20250902-121，请财务今天处理。
        老郑（郑伟明）是我们灯笼组的老师傅，离婚后一直一个人住，最近情绪不太好，大家多关心一下他。
    """),
    "zh-Hant": _lines("""
        義工登記：陳嘉欣，香港身份證 K518273(5)，手機 9623 1847，可當值 9月16、17日晚。
        走失小朋友：男仔，大約5歲，叫自己做「豆豆」，爸爸叫何永康，電話 6481 2295，而家喺服務台等緊。
        攤主李國強話佢個女上個禮拜入咗瑪麗醫院深切治療部，今晚唔嚟開檔，按金可唔可以留返明年用？
        台灣志工報名：林怡君，身分證字號 A227683015，手機 0928-617-304，住址台中市西區民生路 118 巷 6 號 3 樓。
        表演者張志明（FB：zhang.zhiming.drum）嘅演出費 NT$8,000 仲未過數，佢話要去勞工局投訴主辦。
        黃太（大坑浣紗街 14 號地下）投訴舞火龍燒著咗佢晾喺門口嘅衫，要求賠償 HK$1,200。
        義工組長吳家豪因為飲醉酒當值，已經被取消今年所有更份。
        泊車證：車牌 VT 3826，車主鄭美玲，只限 9月16日晚使用大坑道停車場。
        花蓮志工陳俊宏（身分證 F139045279）上次值班時扭傷腳踝，保險理賠需要他的診斷證明。
        請轉帳到我個人戶口：中國銀行（香港）012-875-2-014563-9，戶名梁詠詩，係燈籠手作班學費。
    """),
    "ms": _lines("""
        Pendaftaran sukarelawan: Nurul Izzati binti Hassan, No. KP 011105-14-0392, telefon 012-748 3365, syif malam.
        Encik Rosli bin Abdullah dari gerai 17 minta tangguh bayaran sebab isterinya baru bersalin secara pembedahan di Hospital Pulau Pinang.
        Kanak-kanak hilang: budak perempuan bernama Aina, 5 tahun, baju kuning; ibunya Puan Zarina boleh dihubungi di 019-336 2841.
        Bayaran persembahan untuk Kumaresan a/l Muniandy: RM1,200 ke akaun CIMB 7063 2219 84, No. KP 870912-10-5527.
        Makcik Lijah dari Blok C Flat Sri Melaka selalu datang tolong buat tanglung, tapi dia ada kencing manis, jadi jangan bagi dia kuih.
        Aduan: Encik Tan Ah Kow (gerai 8) memaki sukarelawan kami semalam; AJK setuju tidak memperbaharui tapak gerainya tahun depan.
        Alamat penghantaran baju sukarelawan: Siti Khadijah binti Omar, No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Kereta bantuan penganjur: WVX 6247, pemandu Hafiz bin Zulkifli, telefon 011-2893 4475.
        Sukarelawan Devi a/p Ramasamy digantung seminggu kerana ponteng syif tiga kali tanpa sebab.
        Telegram @azlan_tanglung milik Azlan bin Mokhtar, pembekal tanglung yang masih berhutang RM3,400 dengan persatuan.
    """),
    "mixed": _lines("""
        Eh the lost budak at Zone B 叫 Ethan Lee, 6 years old, his mother's number 9310 5582, dia tunggu dekat Info Counter 2 ya.
        Stall C9 的 auntie, Mrs Wong Siew Lan, 佢话 her son kena retrench, 所以 this year 佢 can't pay deposit on time.
        Volunteer Marcus Pereira 的 NRIC T0281947Z, mobile 8836 2170, tolong update dalam system 因为 his insurance form incomplete.
        Boss, Ah Seng 昨晚 drink drive kena tangkap after the event, so tonight dia tak boleh datang jaga lantern arch.
        Performer 許佩珊 護照號碼 312845907 (Taiwan), arriving 14 Sep, hotel booked under her name at Tanglin, room 1708.
        Pls refund Encik Faris 的 deposit RM500 to his Maybank 1640 3392 8817, 他 WhatsApp me from 013-662 7049 already.
        那个 volunteer Jasmine Koh 今晚 panic attack again, 她 told me she's seeing a psychiatrist, so jangan assign dia to crowd control.
        Delivery address for lantern kit: Blk 412 Bedok North Ave 2 #09-331, S460412, attn Mdm Lee Bee Hoon, hp 9745 2086.
        大陆 performer 蔡文博 ID 44010619781123057X, 微信 caiwb_gz88, 佢 need invitation letter for entry permit 来 HK lah.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the helpdesk assistant for a Chinatown Mid-Autumn Fair organising committee in Singapore.",
        ),
        (
            "user",
            "One of our volunteers, Joanne Seah, just called in. She has dengue and is warded at CGH. Can you draft a message to her team lead to reassign her Saturday B shift?",
        ),
        (
            "assistant",
            "Sure. Draft: Hi, Joanne is unwell and won't be able to do her Saturday B shift (20:00-23:00, Lost & Found). Could you ask the standby pool for a replacement and confirm in the group by Friday 6pm? Thanks.",
        ),
        ("user", "Also add her NRIC S7612083H to the sick-leave sheet for the insurance claim."),
        (
            "assistant",
            "I'd suggest keeping the NRIC only in the insurance form on the secured drive rather than the shared sheet. On the sheet, just note the shift and 'medical leave'.",
        ),
    ],
    [
        ("system", "你係中秋綵燈會服務台嘅助手，幫職員寫廣播稿同通告。"),
        (
            "user",
            "有個細路走失咗，叫陳樂謙，6歲，著藍色恤衫，佢爸爸電話係 9734 2618，幫我寫個廣播稿。",
        ),
        (
            "assistant",
            "建議廣播唔好讀出小朋友全名同家長電話：「各位遊人請注意，請一位著藍色恤衫、約六歲男童嘅家長，即刻到二號服務台。」",
        ),
        ("user", "好，咁爸爸電話我記低喺服務台登記簿度得唔得？"),
        ("assistant", "可以，登記簿只限服務台值班員查閱，小朋友交返家長之後記得喺紀錄度打剔確認。"),
    ],
    [
        ("system", "Anda pembantu pentadbiran untuk jawatankuasa Pesta Tanglung Pulau Pinang."),
        (
            "user",
            "Tolong draf surat peringatan kepada Encik Harun bin Said, gerai 22, alamat No. 9, Lorong Kenari 4, Taman Bukit Jambul, 11900 Bayan Lepas. Dia belum bayar RM500 yuran gerai.",
        ),
        (
            "assistant",
            "Baik. Draf: Tuan, dimaklumkan bahawa yuran gerai 22 berjumlah RM500 masih tertunggak. Sila jelaskan sebelum 5 September 2025 melalui FPX. Sekian, terima kasih. Setiausaha, Jawatankuasa Pesta Tanglung.",
        ),
        ("user", "Tambah juga yang dia dah janji bayar bulan lepas tapi tak bayar."),
        (
            "assistant",
            "Boleh, saya tambah ayat: Kami merujuk kepada janji pembayaran tuan pada bulan Ogos yang masih belum ditunaikan.",
        ),
    ],
    [
        ("system", "你是新加坡中秋灯会志愿者协会的行政助手。"),
        ("user", "帮我写一份志愿服务证明：刘思琪，服务 24 小时，岗位失物招领。"),
        (
            "assistant",
            "兹证明刘思琪于 2025 年中秋灯会期间担任失物招领岗位志愿者，累计服务 24 小时，表现认真负责。特此证明。志愿者协会秘书处",
        ),
        (
            "user",
            "她要寄到学校，地址是 Blk 118 Jurong East St 13 #07-215，手机 9052 3318，顺便写在信封上。",
        ),
        (
            "assistant",
            "好的，信封格式：刘思琪 收，Blk 118 Jurong East St 13 #07-215, Singapore 600118，联系电话 9052 3318。",
        ),
    ],
    [
        ("system", "You help a KL lantern festival production team with performer logistics."),
        (
            "user",
            "Performer fee untuk Jayaprakash a/l Subramaniam belum masuk lagi, boleh check? 他的 account CIMB 8012 4490 37.",
        ),
        (
            "assistant",
            "Finance shows the payment batch for performers is scheduled for Friday. I can flag his RM1,500 for priority if you confirm the account details are from his signed form.",
        ),
        ("user", "Yes confirmed, and 他说 if late again 他要 post on Facebook."),
    ],
    [
        ("system", "你是台灣燈會志工中心的客服助理，協助處理志工保險與報名。"),
        (
            "user",
            "志工蔡雅婷報名了，身分證字號 H256178342，生日 1996/03/14，要幫她加保團體意外險。",
        ),
        (
            "assistant",
            "好的，團體意外險需要姓名、身分證字號與生日，我會把資料填入保險公司的加保清單，並於週五前送出。",
        ),
        ("user", "她說她有氣喘，這個要不要告訴保險公司？"),
        (
            "assistant",
            "團體意外險通常不需要告知既往病史；建議只讓現場組長知道，方便安排她避開煙霧較多的天燈區。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a residents' liaison officer at a Singapore heartland mid-autumn celebration.",
        ),
        (
            "user",
            "A resident, Mr Gerald Fernandez at Blk 57 Marine Terrace #11-04, emailed again about the drumming. He says his wife is on chemo and can't sleep.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Suggested reply: Dear Mr Fernandez, thank you for letting us know. We will end drumming at 9pm and move the troupe to the far side of the court. Please call our office line if it continues.",
        ),
        ("user", "Good. Log it as complaint C-07."),
    ],
    [
        ("system", "Anda membantu urusetia memohon permit perarakan tanglung di Johor Bahru."),
        (
            "user",
            "Borang permit perlukan butiran pemohon. Pemohon: Lim Chee Keong, No. KP 780523-01-6241, telefon 016-772 9035.",
        ),
        (
            "assistant",
            "Terima kasih. Saya akan isi bahagian A borang dengan nama, No. KP dan nombor telefon pemohon. Bahagian B memerlukan laluan perarakan dan anggaran peserta.",
        ),
        ("user", "Laluan dari Jalan Tan Hiok Nee ke Dataran Bandaraya, lebih kurang 800 orang."),
        (
            "assistant",
            "Baik, bahagian B: Jalan Tan Hiok Nee ke Dataran Bandaraya, anggaran 800 peserta, jam 8.00 hingga 10.00 malam.",
        ),
    ],
    [
        (
            "system",
            "You are a parking coordinator bot for the Tai Hang fire dragon dance support crew.",
        ),
        (
            "user",
            "我要幫司機 register 車位，車牌 TX 5913，司機叫 Chan Ka Ho，HKID M739104(3)，9月17號晚。",
        ),
        (
            "assistant",
            "Registered: TX 5913 for 17 Sep evening. For the parking list I only need the plate and driver name; the HKID is not required, so I haven't stored it.",
        ),
        ("user", "OK thanks, 佢話佢 disability 要近啲電梯嘅位。"),
        (
            "assistant",
            "Noted, I've marked the booking for an accessible bay next to the lift lobby at Level 1.",
        ),
    ],
    [
        ("system", "你是香港一个中秋市集主办方的财务助手。"),
        ("user", "摊主梁振华要求退按金，他的香港身份证是 P260835(2)，户口是汇丰 400-218735-838。"),
        (
            "assistant",
            "收到。按金 HK$2,000 的退款需要他签署退款表格，我会用他提供的汇丰户口安排转账，预计 7 个工作日内到账。",
        ),
        ("user", "他说最近欠了财务公司钱，急着要用，能不能快点？"),
        ("assistant", "我可以把这笔退款标记为加急，但仍需要活动经理签批，最快明天下午处理。"),
    ],
]
