# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh308: 繁體中文（台灣）駕訓班與汽機車考照（報名資料、體檢表、路考成績、教練排班、退費、練車事故、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh308
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "招生公告"): _lines("""
        【寒假學生專案】即日起至2027年1月31日止，持在學證明報名汽車手排班或自排班現折NT$2,000，另贈筆試題庫App三個月使用權，名額有限額滿為止。
        建國汽車駕訓班桃園總校公告：12月14日（六）場地配合公路局桃園監理站外借辦理場考，當日所有練車課程順延一週，造成不便敬請見諒。
        本班為交通部公路局評鑑甲等駕訓班，結業學員免至監理站路考，由本班場地考驗員辦理場考及道路考，合格後逕行發照。諮詢專線：(03)356-7821。
        機車考照提醒：報考普通重型機車駕照前須完成機車安全駕駛講習並檢附證明；本班每週三、週六上午09:00開辦講習，已報名學員免費參加。
        志明汽機車駕訓班新竹分班開幕誌慶！地址：新竹市東區光復路二段388號一樓，開幕首月報名大型重機班享免費體檢乙次，LINE官方帳號 @zhiming-drive。
        颱風停班停課公告：依新北市政府宣布，明日（10/3）全日停班停課，本班當日所有術科課程及道路駕駛訓練一律暫停，補課時段另行於官方LINE公布。
        體檢提醒：報名前請至公路局指定之體檢醫院或診所完成汽機車駕駛人體格檢查，需攜帶一吋照片2張，體檢費依院所公告約NT$250至NT$300不等。
        本月道路駕駛考驗合格率公告：汽車班 86.4%（受考162人）、機車班 91.2%（受考79人）、大貨車班 78.0%（受考41人），統計期間 2026/11/01–11/30。
        【頭文字D主題日】12/21場地開放日邀請車迷與AE86展示車合影，向藤原拓海致敬！現場報名汽車手排班加贈「藤原豆腐店」聯名貼紙，數量有限送完為止。
        退費須知：依駕訓班定型化契約，開訓前解約退還已繳學費九成；開訓後未逾全期三分之一者退還一半；逾三分之一者不予退費，代辦規費另計。
        夜間班加開：每週一至週五19:00–21:00新增汽車自排夜間班兩梯次，適合上班族，報名專線0800-222-586（免付費），本公司統一編號28461937。
        場地安全公告：練車期間請全程繫妥安全帶，倒車入庫及路邊停車項目嚴禁家屬進入場內指導，違者教練有權暫停當日課程並列入缺課紀錄。
        本校榮獲交通部公路局115年度駕訓班評鑑「特優」等第，感謝全體教練及學員支持，頒獎典禮訂於12月20日上午於公路局大禮堂舉行。
    """),
    ("zh-Hant", "考照常見問答"): _lines("""
        Q：幾歲可以考汽車駕照？A：考領普通小型車駕照須年滿18歲，普通重型機車同樣須年滿18歲，報名時請攜帶國民身分證正本及一吋照片。
        Q：筆試要考幾題？A：汽車筆試為選擇題與是非題共40題，滿分100分、85分及格；採電腦螢幕作答，交卷後當場公布成績，未及格者可於隔日再考。
        Q：路考沒過多久可以重考？A：未通過者需隔7日後方可重新報考，重考須另繳考驗費，本班會協助重新預約場次，請洽櫃檯或官方LINE。
        Q：手排和自排班差在哪？A：手排駕照可以開自排車，自排駕照不能開手排車；手排班學費較自排班多NT$1,500，課程多出離合器起步與坡道起步練習。
        Q：外籍人士可以報名嗎？A：持有效居留證者即可報名，報名時請提供居留證正本與護照影本，筆試可選英文、日文、越南文、印尼文、泰文版本。
        Q：體檢視力沒過怎麼辦？A：兩眼矯正後視力各達0.6以上即可，可配戴眼鏡或隱形眼鏡重新檢查，駕照將註記應戴眼鏡駕駛，不影響報名資格。
        Q：練車時間可以改嗎？A：請於上課前24小時透過官方LINE或致電(04)2471-5530更改，當日臨時請假以缺課計算，每期每班限請假兩次。
        Q：駕照遺失怎麼補發？A：可至全國任一監理站或上「監理服務網」線上申請補發，規費NT$200，不需重新考試，約7個工作天郵寄到府。
        Q：結業證書有效期限多久？A：自結業日起一年內需完成考照，逾期需重新參加訓練；本班結業證書編號格式為 JX-115-00001 起依序編列。
        Q：考大型重型機車要什麼條件？A：需持有普通重型機車駕照滿一年，並完成指定駕訓課程；黃牌為250cc至550cc，550cc以上需另考紅牌。
        Q：學費可以分期嗎？A：可使用信用卡3期或6期零利率分期，合作銀行包括台新、國泰世華、玉山，另可使用街口支付或LINE Pay付款。
        Q：場考怎麼扣分？A：場考基本分100分，倒車入庫壓線扣32分、熄火一次扣16分、起步未打方向燈扣16分，低於70分即不合格。
        Q：可以自己帶車出去練嗎？A：依規定學習駕駛須由持有同等車類駕照之人陪同，並於學習駕駛證有效期間內在非禁行路段練習，請勿在考場路線練習。
    """),
    ("zh-Hant", "價目表與收據"): _lines("""
        【115年度學費一覽】普通小型車自排班NT$15,800／手排班NT$17,300，含場地費、教練費、教材費；不含體檢費、考照規費及照片費。
        普通重型機車班（含安全講習、場地練習4小時、模擬考2次）每人NT$4,500；已持有輕型機車駕照者可折抵NT$500，請於報名時出示駕照。
        大貨車班NT$32,000，需附職業駕駛人體檢表；分兩期繳納：報名時繳NT$16,000、第三週上課前再繳NT$16,000，聯結車班另計。
        電子發票 AB-58273916｜賣方：建國汽車駕訓班有限公司 統編53917428｜品名：汽車自排班學費｜數量1｜單價15,800｜營業稅內含｜開立 2026-11-28 14:32:07
        收據號碼 R115-004721｜代收監理規費：筆試報名費NT$250、路考費NT$450、發照費NT$200，合計NT$900，代收款項依法不另開立統一發票。
        加購項目：考前衝刺加練一節（50分鐘）NT$800；夜間加練一節NT$900；模擬考照路線加練含教練車一節NT$1,200，需提前兩天預約。
        教練車保養費用明細2026/11：機油更換×6台NT$7,200、煞車來令片×2台NT$5,600、輪胎×8條NT$22,400，合計NT$35,200（含稅）。
        團報優惠：3人以上同時報名每人折NT$800；5人以上每人折NT$1,200，企業團報可開立公司抬頭三聯式發票，請於報名時提供統一編號。
        退費明細單 RF-2026-1204-03：原繳學費NT$15,800，開訓前解約退還90%，實退NT$14,220，預計7個工作天內退回原付款方式。
        體檢合作診所價目：一般汽機車駕駛人體檢NT$250；職業駕駛人體檢NT$600；大型重機體檢NT$300；均需自備一吋照片2張。
        廣告費用報表Q4：Google關鍵字「台中 駕訓班」平均CPC NT$18.6、Facebook廣告CPM NT$142、LINE官方帳號訊息方案NT$800／月。
        零件採購單 PO-20261202-017：副煞車拉桿 SKU BRK-AUX-02 ×4、輔助後視鏡 SKU MIR-AUX-11 ×12，供應商：三和汽車百貨，交期12/09。
        學員專屬商品：駕訓班紀念版3/4罩安全帽NT$1,280、反光背心NT$250、「新手上路」磁吸車貼NT$120，結帳滿NT$1,000免運費。
    """),
    ("zh-Hant", "LINE群_教練排班"): _lines("""
        【排班】12/9（一）早班07:30–11:30：1號、3號、5號車；午班13:30–17:30：2號、4號、6號車；夜班19:00–21:00由7號車支援。
        櫃檯通知：今天下午報名場考的學員共18位，考驗員14:00到場，請各車教練13:40前把車開到起點線排好，記得順便檢查油量。
        4號車右後輪胎壓偏低，早上量只有28psi，已經先打到33，下課後麻煩場務幫忙送去輪胎行檢查一下有沒有被釘子刺破，明天早班先改開備用車。
        提醒各位教練：本週開始道路考路線改走中山路轉環河路的新路線，紅綠燈多了兩個，請帶學員先實際跑過一次再做模擬考，路線圖已放在記事本。
        監理站剛剛來電，明天上午路考系統更新，9:00–10:30暫停受理，10:30以後照常，預約在早上的場次請櫃檯統一改到下午。
        場地B區倒車入庫的黃線已經重新畫好，油漆要乾24小時，明天上午先不要練倒車入庫，改練曲巷、S彎和坡道起步，下午再視油漆狀況開放。
        月底盤點：教練車行車紀錄器記憶卡全部換新的64GB，請各車下班前把舊卡交回辦公室，櫃檯會統一登錄卡片序號後銷毀，資料保存期限依公司規定為90天。
        下週二全體教練年度健康檢查，時間08:00–10:00，地點在公司二樓會議室，前一晚10點後禁食，當天早班課程由代課教練支援。
        剛剛3號車在S彎輕微擦到路緣，車頭保險桿掉漆，車上人員都沒事，已拍照存檔，保險理賠編號CL-26120517，今天先停用送修。
        夜班同仁注意：場地南側第2支大燈故障，已報修給合作的水電行，預計週四修好，這幾天夜間練車請避開南側坡道區，改用北側直線道練習。
        本月教練考核結果已放在共用雲端「2026-11考核」資料夾，權限只開給本人，有疑問的話週五例會再一起討論，下月起改為每季考核一次。
        寒流來了，明早氣溫預報只有9度，機車班場地課照常上課，請提醒學員穿長袖、戴全罩式安全帽，手套櫃檯有提供借用，下雨的話改上室內法規課。
        公路局評鑑委員12/16上午來訪，請大家把教練室整理好，學員簽到表、教學日誌、車輛保養紀錄都要備齊放在櫃檯備查，當天早上8點前請全員到齊。
    """),
    ("zh-Hans", "驾考规则资讯"): _lines("""
        根据现行规定，科目一考试共100道题，满分100分、90分合格，考试时间45分钟，学员可通过「交管12123」App自行预约考试场次。
        科目二考试项目包括倒车入库、侧方停车、坡道定点停车和起步、曲线行驶、直角转弯五项，满分100分，80分及格，当场出成绩。
        科目三道路驾驶技能考试满分100分，90分合格；考试前须完成规定学时的道路驾驶训练，并由驾校在计时培训系统中确认结业，方可预约考试。
        【驾校通知】本周六科目二模拟考安排在二号训练场，上午8:00开始签到，请学员携带身份证原件和学时卡，迟到30分钟以上不予安排。
        计时培训收费标准（C1手动挡）：科目二每学时人民币180元，科目三每学时人民币220元，最低学时以省交通运输厅公布的标准为准。
        驾培行业协会提醒：选择驾校请认准持有道路运输经营许可证的正规机构，可在当地交通运输局官网查询驾校备案及投诉处理情况，谨防低价招生陷阱。
        新规解读：自2022年4月1日起，持C1驾照的驾驶人可申请增驾C6轻型牵引挂车，无需驾校培训，直接预约科目一和科目三考试即可。
        教练车J-07每日检查表：灯光正常、刹车正常、副刹车正常、轮胎气压2.3bar、里程表读数48,312公里，检查时间07:45，状态合格。
        驾考宝典 v8.6.2 更新日志：新增科目四动画题解析1,240道，优化离线题库下载速度，修复部分安卓机型在模拟考试页面闪退的问题。
        驾校退费规定：未开始培训的，退还全部费用并扣除已发生的报名手续费200元；科目二培训中途退学的，按已完成学时比例扣除费用。
        学车小贴士：侧方停车时，右后视镜下沿压住库角线即可向右打满方向盘，车身与库边线平行后迅速回正，全程注意不要压线，车轮轧线一次即判不合格。
        科目四安全文明驾驶常识共50题，每题2分，满分100分，90分合格；一般与科目三同一天考，科目三合格后方可参加科目四，不合格可当场补考一次。
        车管所公告：12月15日起黄埔区考场试运行电子路考监管系统，考试当日请考生提前60分钟到场候考，携带身份证原件，严禁代考。
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-12-07T08:14:22+08:00 INFO booking-svc slot.reserve ok slot_id=PL-20261209-0730-C3 vehicle=T07 circuit=B duration_min=100 latency_ms=87
        2026-12-07T08:14:25+08:00 WARN payment-gw retry=2 txn_id=TXN-7F3A9C21 amount_sgd=96.30 provider=PayNow reason=upstream_timeout next_retry_s=30
        [scheduler] job=instructor_rota_build week=2026-W50 instructors_total=42 shifts_generated=318 conflicts=0 runtime=4.2s status=SUCCESS
        ERROR 2026-12-07 09:02:11 sms-gateway: template DRV_TEST_REMINDER rendered with missing var test_centre; fallback text used; msg_id=c9e1a04b77
        config: test_centres=[Bukit Batok Driving Centre, Singapore Safety Driving Centre, ComfortDelGro Driving Centre]; max_lessons_per_day=2; cancel_window_hours=48
        Release notes v3.14.0 - Added Class 2B practical test booking, moved TP test result import to nightly cron (02:30 SGT), fixed double-booking bug on Circuit A.
        sha256(result_export_20261206.csv)=2775834b521b5804c97976959a040ff63b2cbd3657a2a96d95f87e5b782ecee6 size=284113 rows=1902
        CSV header: booking_id,lesson_type,vehicle_class,circuit,slot_start,slot_end,instructor_code,fee_sgd,gst_sgd,status,created_at
        audit: role=admin action=export_report report=pass_rate_monthly period=2026-11 filters={class:3A,centre:BBDC} rows=1 exported_by=svc_reporting
        GET /api/v2/test-slots?centre=SSDC&class=2B&from=2026-12-10 200 OK 134ms cache_hit_ratio=0.82 etag=a91f3c7e upstream=slots-cache-02
        healthcheck: simulator_pool ok=11 degraded=1 offline=0; degraded_unit=SIM-09 reason=steering_calibration_drift next_maintenance=2026-12-12
        Example .env for local dev: DB_HOST=localhost DB_PORT=5432 DB_NAME=drivingschool_dev SMTP_FROM=noreply@example-driving.sg LOG_LEVEL=debug
        cron[0 3 * * 1] purge_expired_holds: removed 57 provisional slot holds older than 15 min across 3 centres; next run 2026-12-14 03:00 SGT
    """),
    ("ms", "notis_sekolah_memandu"): _lines("""
        Notis: Kelas Kurikulum Pendidikan Pemandu (KPP01) diadakan setiap Sabtu jam 9.00 pagi di dewan kuliah akademi, sila bawa MyKad asal dan dua keping gambar berukuran pasport.
        Yuran pakej lesen kereta (D) manual RM1,650 dan auto (DA) RM1,850, termasuk yuran JPJ, kelas teori, latihan litar dan jalan raya; bayaran ansuran 3 kali dibenarkan.
        Ujian teori berkomputer mengandungi 50 soalan dan calon perlu menjawab betul sekurang-kurangnya 42 soalan untuk lulus; keputusan dipaparkan serta-merta selepas ujian.
        Peringatan: Lesen Belajar Memandu (LDL) sah selama 6 bulan; calon yang gagal ujian litar boleh mendaftar semula untuk ujian ulangan selepas 14 hari di kaunter akademi.
        Talian pendaftaran: 03-6188 2475 atau WhatsApp pejabat 012-388 6021, waktu operasi Isnin hingga Jumaat 8.30 pagi hingga 5.30 petang, Sabtu hingga 1.00 tengah hari.
        Akademi Memandu Sri Aman Sdn Bhd (No. Syarikat 201401027651), Lot 12, Jalan Perindustrian 3, 43300 Seri Kembangan, Selangor Darul Ehsan.
        Jadual litar minggu ini: Isnin hingga Rabu litar kereta, Khamis litar motosikal (B2), Jumaat ditutup untuk penyelenggaraan, Sabtu ujian JPJ bermula 8.00 pagi.
        Mulai 1 Januari 2027, akademi kami mewajibkan semua calon lesen motosikal B2 menghadiri sesi keselamatan 2 jam sebelum ujian jalan raya; sesi ini percuma untuk pelajar berdaftar.
        Invois No. INV-AMSA-2026-11842: Pakej lesen DA x1 RM1,850.00, yuran kad kelas RM30.00, SST tidak dikenakan, jumlah RM1,880.00, tarikh 03/12/2026.
        Tips ujian litar: semasa parkir sisi, pastikan tayar tidak menyentuh garisan kuning; enjin mati dua kali semasa ujian bukit akan menyebabkan calon gagal serta-merta.
        Pejabat ditutup pada 25 Disember sempena Hari Krismas dan dibuka semula pada 26 Disember; kelas yang terjejas akan diganti pada hari Ahad 28 Disember.
        Promosi Tahun Baru: daftar lesen kereta dan motosikal serentak (D+B2) hanya RM2,199, sah untuk pendaftaran sebelum 31 Januari 2027 di cawangan Kajang dan Bangi.
        Status sistem MyJPJ: pautan semakan keputusan ujian mengalami gangguan antara 10.00 pagi hingga 11.30 pagi tadi dan kini telah pulih sepenuhnya menurut kenyataan JPJ.
    """),
    ("mixed", "google_reviews"): _lines("""
        ★★★★★ 場地很大、教練很有耐心，手排坡道起步教到會為止，一次就過路考！Highly recommend for 新手，櫃檯服務也很專業 very professional。
        ★★☆☆☆ 退費流程超慢，說7個工作天結果等了快三週，打客服(02)2918-6634常常沒人接，希望店家改善 refund process，不然真的很傷。
        ★★★★☆ 價格 reasonable，機車班4小時就夠用了，only downside 是週末人太多要排隊等車，建議大家平日 weekday 去比較快。
        店家回覆：感謝您的回饋！本班已於12月起增加週末機車場地時段，如有任何問題歡迎私訊官方LINE @jianguo-drive，我們會儘速協助 follow up。
        ★★★★★ 外國人友善 foreigner-friendly！英文筆試題庫有提供，教練會用簡單英文解說 parallel parking，ARC holders 可以放心報名。
        ★☆☆☆☆ 教練車冷氣壞掉一直沒修，夏天在裡面練車根本是三溫暖 sauna，而且 booking app 常常當機 crash，預約時段還會消失。
        ★★★★☆ 看了《頭文字D》才想學手排 XD 教練說要先學好離合器再談甩尾 drift，笑死，但教學真的很扎實 solid，推一個。
        ★★★★★ 志明駕訓班的夜間班 perfect for 上班族，下班直接去練，兩個月就拿到駕照 license get！收費也透明 no hidden fees。
        ★★★☆☆ The facilities are okay but 停車場 limited；體檢合作診所就在隔壁很方便，NT$250 搞定，整體 experience 還可以。
        店家回覆 Owner response：We're sorry about the booking app issue. 版本 v2.8.1 已修正閃退問題，請更新至最新版 on App Store / Google Play。
        ★★★★★ 大型重機班課程規劃很完整，從低速平衡到緊急煞車都有練，場地有 Harley-Davidson 和 Yamaha 車款可以選，CP值很高。
        ★★☆☆☆ 明明說 all-inclusive 結果考照規費NT$900要另外付，網站 price list 寫得不清楚，消保官 consumer protection 應該要查一下。
        ★★★★☆ Located right next to 捷運站 exit 2，交通方便；weekday morning 人很少，教練車是 Toyota Yaris 很好開，新手友善。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        報名資料｜姓名：陳柏宇｜性別：男｜出生：1999/04/17｜身分證字號：F128473650｜手機：0912-587-364｜班別：汽車自排夜間班｜緊急聯絡人：母 黃秀琴 0928-416-073
        林太剛剛打來說她兒子阿凱上週練車撞到場邊護欄，想問保險能不能賠，她說家裡最近手頭很緊，學費還在分期繳。
        體檢表｜受檢人：張雅婷｜視力 左0.3 右0.4（矯正後 左0.9 右1.0）｜辨色力：正常｜聽力：右耳輕度聽損，建議至耳鼻喉科複檢
        路考成績通知：學員王俊傑（學號JX115-00318）12/05道路駕駛考驗成績62分，未通過，扣分項目：未禮讓行人、變換車道未打方向燈。
        退費申請｜申請人：吳佩珊｜退費金額：NT$14,220｜退款帳戶：國泰世華(013) 0865-5012-7734｜原因：懷孕初期，醫師建議暫停練車
        那個周先生又來櫃檯鬧了，說他駕照是因為酒駕被吊銷才要重考，還一直拜託我們幫他把之前的紀錄弄掉，這種事怎麼可能。
        學員李宗翰家長來電：孩子有過動症在服藥，希望能固定同一位教練、避開人多的時段，排班時請大家特別注意。
        0933-286-519 這支是許小姐的手機，她說白天上班不方便接電話，要改路考時間請直接傳LINE，她的ID是 peishan0822。
        練車事故紀錄：2026/11/29 15:20 學員蔡明哲於場地S彎失控撞上路緣，左手腕扭傷送仁愛醫院急診，家屬要求本班負擔醫藥費。
        排班備註：黃教練（黃志豪）12/10–12/14請假，原因是離婚官司要開庭，他帶的學員這幾天請先轉給3號車。
        結業證書掛號寄送｜收件人：劉怡君｜地址：台中市北屯區崇德路二段158巷7弄3號4樓｜電話：04-2247-8136
        學員郭子軒的身分證字號是H225891043，報名表抄成H225891034，麻煩監理站那邊幫忙更正後再送件。
        阿德說他上個月薪水只有兩萬八，教練費還欠三期沒繳，問說能不能先延到過年後再一次付清。
        白色Altis車牌BLK-5823是學員家長的車，每次來接小孩都停在場地出口，請櫃檯打給車主0975-341-862請他移車。
        @曾淑芬 姐您好，您女兒嘉琪的路考改到下週三下午兩點喔，記得帶身分證正本跟學習駕駛證，有問題再跟我說。
        JX115-00422,鄭家豪,M,1987-02-11,E124786539,0918-227-504,高雄市三民區建工路412號6樓,汽車手排班,已結業
        楊老師（楊美華）的機車路考已經沒過三次，她說最近憂鬱症在看身心科，這次想申請讓家人在考場外陪同，請幫忙問問看。
        信用卡分期授權書：持卡人謝孟儒，卡號4563-1812-0097-2846，有效期限08/29，分6期，每期NT$2,633，簽名欄已簽。
        王媽媽說她先生上個月中風住院，小兒子的駕訓班尾款暫時付不出來，想申請延後繳費或退一部分學費。
        教練邱士杰的職業駕照因為違規點數累計，12月起被吊扣三個月，這段期間不能帶道路駕駛訓練，請先改排場地課。
        外籍學員資料：NGUYEN THI HOA，統一證號F823719404，電話0966-142-835，筆試選越南文，居留期限至2027/08。
        監視器截圖存檔：學員簡志偉12/03在教練車內與教練起口角並推擠，照片已存於事故資料夾，並已報請轄區派出所處理。
    """),
    "zh-Hans": _lines("""
        学员报名表：姓名 刘思远，身份证号 440305199807126212，手机 138 2746 9153，报考车型 C1，户籍地址 广东省深圳市南山区荔园新村12栋602。
        陈先生来电投诉：他儿子陈浩然科目二挂了三次，怀疑教练收红包，要求退还全部学费，回电号码 139 2218 7450。
        张阿姨说她女儿小雯在驾校练车期间查出怀孕了，想暂停课程半年，问已经练的学时能不能保留。
        体检结果：学员赵雨萱，左眼裸眼视力4.6，检出色弱，暂不符合C1报考条件，建议到三甲医院眼科复查后再报名。
        退款账户：户名 孙立伟，中国建设银行 6217 0023 8841 5527 903，退款金额3,260元，原因：工作调动到外地无法继续练车。
        港澳学员报名：梁嘉欣，香港身份证 Y482915(6)，港澳居民来往内地通行证 H07382915，想在深圳驾校报C2。
        教练群里有人说：老马欠了学员家长两万块一直不还，人家都找到驾校门口来了，这事领导知道吗？
        练车事故：学员何俊峰倒车时撞上停放车辆粤B·7K29Q，车主电话186 0755 3142，已报保险，报案号RS20261204118。
    """),
    "en": _lines("""
        Student record: Tan Wei Ming, NRIC S8823417J, mobile 9173 4582, booked Class 3A practical test at BBDC on 18 Dec 2026, 08:30 session.
        Hi, this is Priya's mum. Priya Raghunathan failed her TP test again, she has had panic attacks since the accident last year, can her instructor go slower with her?
        Refund to: Jason Lim Kok Wah, DBS account 029-31475-8, amount SGD 512.60, reason: relocating to Penang for a new job in January.
        Incident report: learner Marcus Ong (DOB 2004-06-02) hit the kerb on Circuit B, bruised left knee, seen at Ng Teng Fong General Hospital, parents notified on 8226 4019.
        Email from sarah.koh88@gmail.com asking to move her Class 2B lessons because of her chemotherapy sessions every Tuesday.
        Mr Ravi Chandran's FIN G3382741K expired last month, so he cannot sit the Basic Theory Test until his work pass is renewed.
        Home address for certificate courier: Blk 412 Tampines Street 41, #08-217, Singapore 520412, attn: Chloe Ng, tel 9648 2031.
    """),
    "ms": _lines("""
        Pendaftaran pelajar: Nurul Aisyah binti Kamarudin, No. MyKad 030514-10-2468, telefon 013-742 8815, pakej lesen DA, alamat No. 27, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Encik Hafiz minta tangguh bayaran ansuran kedua sebab gaji belum masuk, katanya dia baru diberhentikan kerja bulan lepas.
        Laporan kemalangan latihan: pelajar Muhammad Danial bin Rosli terlanggar tiang di litar, luka di dahi, dihantar ke Hospital Kajang, bapa boleh dihubungi di 019-330 5274.
        Kak Ros cakap anak dia Siti ada epilepsi dan pernah sawan masa kelas teori, tolong maklumkan jurulatih sebelum ujian jalan raya.
        Bayaran balik ke akaun Maybank 1642 3308 9157 atas nama Lee Chee Keong, jumlah RM1,320, sebab gagal pemeriksaan kesihatan (buta warna).
        Kereta plat WXY 8823 tu milik pelajar Aiman, dah kena saman tiga kali depan akademi, tolong ingatkan dia jangan parkir situ lagi.
    """),
    "mixed": _lines("""
        學員 Kevin 陳冠廷 the one who 路考 failed twice，他爸說 he has 色弱，想先去長庚做 vision 複檢 before re-registering。
        @櫃檯 Jessica Huang 的 refund 還沒處理嗎？她 email jessica.huang.tw@gmail.com 已經寄三次了，帳號是中信 822-5310-4418-2276。
        FYI 教練 Allen 下週請病假，他說是胃癌第二期要開刀，please don't tell the students 先，等他自己說。
        Lesson booking: name=Amanda Ho 何嘉欣, phone=+852 9316 2784, HKID K720384(5), 想把香港駕照 convert 成台灣駕照。
        阿華筆試 cheated using his phone，被監理站 caught 之後禁考一年，他家長 still doesn't know，大家先不要講。
        T-2026-117 | 黃詩涵 Shirley | F | 0910-385-227 | 新北市板橋區文化路一段266號5樓 | Class: 機車 | Paid: Y
        Mdm Wong 王太 says her son Jun Hao 俊豪 was detained by police last night for 無照駕駛, asking if we can write a letter 證明 he is enrolled.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是建國汽車駕訓班的LINE客服助理，請用繁體中文、親切簡潔地回覆學員問題，涉及退費金額時請依定型化契約說明。",
        ),
        (
            "user",
            "你好，我是陳怡安，身分證A227391843，上個月報名汽車自排班，因為下個月要調職到花蓮，想問現在退費可以退多少？",
        ),
        (
            "assistant",
            "陳小姐您好，依定型化契約，若尚未開訓可退還已繳學費九成；若已開訓但未逾全期三分之一，可退還一半。請問您目前上了幾堂課呢？",
        ),
        ("user", "上了三堂，學費繳了15,800。退款可以匯到我的郵局帳號 0001234-0567891 嗎？"),
        (
            "assistant",
            "已上三堂仍在全期三分之一內，預估可退NT$7,900。我會幫您轉給櫃檯建立退費單，退款將匯入您提供的郵局帳戶，約7個工作天入帳。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則LINE訊息給學員家長，內容是：學員蔡明哲今天下午在S彎撞到路緣，左手腕扭傷已送仁愛醫院，家長蔡太太電話0921-663-408，請她盡快到醫院。",
        ),
        (
            "assistant",
            "蔡太太您好，這裡是駕訓班櫃檯。明哲今天下午練車時在S彎撞到路緣，左手腕扭傷，目前已送往仁愛醫院急診，意識清楚。麻煩您盡快前往醫院，有任何狀況請隨時聯絡我們。",
        ),
        ("user", "再加一句說保險的部分我們會協助處理，語氣再軟一點。"),
        (
            "assistant",
            "蔡太太您好，很抱歉通知您，明哲今天下午練車時在S彎不小心撞到路緣，左手腕扭傷，已先送到仁愛醫院急診，人是清醒的，請您不用太擔心。方便的話請盡快到醫院陪他，保險理賠的部分我們會全程協助處理，辛苦您了。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Singapore driving school. Answer questions about booking tests and lessons.",
        ),
        (
            "user",
            "Hi, I'm Daniel Koh, NRIC S9041736C. I passed my BTT last week and want to book the FTT. My phone is 9825 1137. Which centre has the earliest slot?",
        ),
        (
            "assistant",
            "Hi Daniel, congratulations on passing the BTT! I can't see live availability, but you can check and book FTT slots through the driving centre's online portal after logging in with Singpass. Slots at some centres open earlier in the morning, so it helps to check daily.",
        ),
        (
            "user",
            "Ok. Also I have mild epilepsy but no seizures in 3 years. Do I need to declare it?",
        ),
        (
            "assistant",
            "Yes, medical conditions like epilepsy should be declared honestly on the licence application. The Traffic Police may ask for a medical report from your doctor confirming your condition is controlled. Please speak to your neurologist before your test.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给学员家长的道歉信。学员叫何俊峰，昨天练车时教练没注意，他倒车撞到别人的车，家长何先生很生气，电话是186 2031 7745。",
        ),
        (
            "assistant",
            "尊敬的何先生：您好！关于昨日何俊峰同学练车时发生的倒车碰撞事件，我们深表歉意。当时教练未能及时提醒和踩副刹车，是我们的失职。我们已向保险公司报案，后续维修费用由驾校承担，并将对教练进行培训整改。如有任何疑问，欢迎随时与我们联系。此致敬礼。",
        ),
        ("user", "再补充一句：下周起给俊峰免费加练两个学时。"),
        (
            "assistant",
            "好的，已在信末补充：为表歉意，自下周起驾校将为俊峰同学免费增加两个学时的练车课程，具体时间可与教练协商安排。",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar lesen motor B2. Nama saya Mohd Faizal bin Ismail, IC 980722-14-5531. Apa dokumen yang perlu dibawa?",
        ),
        (
            "assistant",
            "Untuk pendaftaran lesen B2, sila bawa MyKad asal, dua keping gambar berukuran pasport dan yuran pendaftaran. Anda juga perlu menghadiri kelas KPP01 sebelum ujian teori.",
        ),
        (
            "user",
            "Saya ada darah tinggi, makan ubat setiap hari. Boleh lulus pemeriksaan kesihatan tak?",
        ),
        (
            "assistant",
            "Tekanan darah tinggi yang terkawal dengan ubat biasanya tidak menghalang anda memohon lesen. Doktor akan menilai semasa pemeriksaan kesihatan; bawa senarai ubat anda dan laporan terkini jika ada.",
        ),
    ],
    [
        (
            "system",
            "You help a Taiwan driving school manager format weekly instructor rotas into a clean table. 使用繁體中文欄位名稱。",
        ),
        (
            "user",
            "幫我排成表格：黃志豪 週一早班 0932-118-205；邱士杰 週一午班 0955-720-316（他駕照吊扣中只能排場地課）；林佳蓉 週二夜班 0919-604-772。",
        ),
        (
            "assistant",
            "欄位：教練｜日期｜班別｜電話｜備註。整理結果：黃志豪｜週一｜早班｜0932-118-205｜—；邱士杰｜週一｜午班｜0955-720-316｜僅排場地課；林佳蓉｜週二｜夜班｜0919-604-772｜—",
        ),
        ("user", "備註那欄不要寫吊扣的原因，其他照舊，改成CSV。"),
        (
            "assistant",
            "教練,日期,班別,電話,備註 / 黃志豪,週一,早班,0932-118-205, / 邱士杰,週一,午班,0955-720-316,僅排場地課 / 林佳蓉,週二,夜班,0919-604-772,",
        ),
    ],
    [
        (
            "user",
            "我兒子今年18歲，有輕微自閉症和癲癇，最近兩年都沒發作，他叫林子睿，想報名機車駕訓班，體檢會不會過？",
        ),
        (
            "assistant",
            "依規定，癲癇患者若經醫師評估已穩定控制一定期間未發作，通常可以取得醫師證明後參加體檢。建議先請子睿的主治醫師開立診斷證明，再到公路局指定的體檢院所檢查。",
        ),
        ("user", "他看的是台大醫院小兒神經科，病歷號是 8847265，需要帶病歷嗎？"),
        (
            "assistant",
            "建議攜帶近期的診斷證明書即可，不一定需要完整病歷；若體檢醫師有疑問，可能會請您補件。報名駕訓班時，也可以先告知櫃檯，讓教練在練車時多留意。",
        ),
    ],
    [
        (
            "system",
            "以下為學員資料，請依此回答櫃檯人員的問題：學號JX115-00510｜姓名：簡志偉｜手機：0988-214-630｜12/03與教練發生推擠，已報警，目前暫停上課。",
        ),
        ("user", "簡志偉的家長打來問什麼時候可以恢復上課，我要怎麼回？"),
        (
            "assistant",
            "建議回覆：因12/03的事件已報請警方處理，目前志偉的課程暫停，待班主任與家長面談後再決定恢復時間，我們會主動以0988-214-630這支電話聯絡，請家長耐心等候。",
        ),
    ],
    [
        (
            "user",
            "I'm moving from Hong Kong to Taipei. Can I convert my HK licence? My name is Wong Ka Yan, HKID Z683027(8), licence no. DL 5528173.",
        ),
        (
            "assistant",
            "Yes, Taiwan allows holders of a valid Hong Kong driving licence to apply for a conversion without retaking the tests, as long as you have a residence permit. You'll need your HK licence, a certified Chinese translation, your entry permit or ARC, a medical check and photos.",
        ),
        (
            "user",
            "I'll be staying at my aunt's place, 台北市大安區和平東路二段96巷5號3樓. Can I use that address?",
        ),
        (
            "assistant",
            "You can generally use the address registered on your residence permit. If your aunt's address at 和平東路二段96巷5號3樓 is the one on your permit, that should be fine; otherwise update your permit address first.",
        ),
    ],
    [
        (
            "user",
            "幫我摘要這段LINE群對話：櫃檯：許小姐(0933-286-519)要改路考到週四。場務：4號車輪胎修好了。教練：阿德這期學費還欠兩期，他說年後再繳。櫃檯：ok收到。",
        ),
        (
            "assistant",
            "摘要：1. 許小姐（0933-286-519）申請將路考改到週四，需櫃檯處理。2. 4號車輪胎已修復，可恢復排課。3. 學員阿德尚欠兩期學費，表示年後繳清，需追蹤。",
        ),
        ("user", "第3點改得委婉一點，因為群組裡有其他學員看得到。"),
        (
            "assistant",
            "建議將第3點改為：3. 有一位學員的分期款項尚待確認，請櫃檯私下聯繫處理。這樣就不會在群組中公開個人的繳費狀況。",
        ),
    ],
]
