# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh314: 繁體中文（台灣）寵物美容與寵物旅館（住宿登記、疫苗紀錄、美容意外、飼主資料、退費糾紛、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh314
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "住宿須知"): _lines("""
        【毛孩旅館入住須知】入住前請出示一年內有效之狂犬病疫苗注射證明及五合一（犬）或三合一（貓）疫苗紀錄，未施打滿 14 天者恕無法接待，感謝配合。
        入住時間為每日 13:00–19:00，退房時間為上午 11:00 前；逾時退房每小時加收 NT$150，超過 18:00 仍未接回者以一晚計費，敬請準時。
        本館每間套房皆配置 24 小時 IP 攝影機，家長可透過官方 LINE 帳號 @pawstay 申請即時影像連結，連結於每次入住時重新產生，退房後自動失效。
        住宿期間如毛孩出現嘔吐、腹瀉或拒食超過 24 小時，本館將依住宿同意書約定送往合作之仁愛動物醫院（台北市大安區仁愛路四段 112 號 1 樓）就診。
        為避免交叉感染，入住毛孩須於入住前 7 日內完成體外驅蟲，現場檢查發現跳蚤或壁蝨者，將加收除蚤藥浴費 NT$600 並安排至隔離房觀察 48 小時。
        本館不接受發情期母犬、未滿 4 月齡幼犬及經獸醫師診斷具攻擊性之犬隻入住；患有傳染性皮膚病者需待痊癒並附獸醫師證明後方可預約，敬請見諒。
        春節連假（2027/02/05–02/14）住宿採預約制，需預付訂金 50%，訂金於入住日前 10 日取消可全額退還，入住前 3 日內取消恕不退還。
        自備飼料請依每餐份量分裝並標示房號，本館提供免費冷藏保存；如需餵食處方飼料或口服藥物，請附上獸醫師開立之處方說明與用藥時間表。
        毛孩遛放時間為 08:00、12:30、17:00、21:00 每日四次，每次約 15 分鐘，20 公斤以上大型犬另排單獨遛放時段，不與小型犬同區活動。
        營業登記：汪喵生活有限公司，統一編號 53218867，特定寵物業許可證字號 北市寵字第 B1120045 號（許可項目：寄養、美容），許可證正本懸掛於櫃台。
        客服專線 (02) 2700-3315（週二至週日 10:00–20:00），急件請撥免付費專線 0800-021-885；週一公休，僅受理住宿中毛孩之緊急聯繫。
        退房時將提供「住宿日誌」紙本一份，內容含每日進食量、排便狀況與體重變化（以 0.1 kg 為單位），如有異常狀況會由值班人員於備註欄說明。
        板橋文化館地址：新北市板橋區文化路一段 188 巷 6 號（捷運府中站 2 號出口步行約 5 分鐘），本館僅有 2 格臨停車位，請勿占用鄰近店家騎樓。
    """),
    ("zh-Hant", "員工LINE群工作訊息"): _lines("""
        [店長] 明天 10 點有兩隻貴賓預約全套美容，3 號桌吹水機的濾網昨天沒換，開門前麻煩先換好，備品放在倉庫鐵架第二層的藍色收納箱。
        [櫃台] 203 房的柴犬今天早餐只吃一半，已拍照回報家長，晚餐先改泡軟，下午 4 點再量一次體溫並記錄在住宿日誌本上，有異狀直接打給店長。
        [美容組] 10 號刀頭剩兩顆，Andis 那批已經叫貨，廠商說週四下午到，這兩天做貓咪剃毛請先改用 Wahl 小電剪，用完記得上油。
        提醒大家：12/24–12/26 聖誕連假住宿 18 間已全部滿房，加床籠也只剩 2 個，櫃台接電話請直接登記候補名單，不要再口頭答應加訂。
        [店長] 上週美容意外檢討：剪指甲出血是保定姿勢不正確造成的，下週三晚上 8 點開內訓，請外聘講師示範大型犬保定，全員都要出席喔。
        消毒水（次氯酸水 200ppm）今天下午已經配好，放在洗澡區左邊層架，用完要蓋緊，標籤寫上配製時間，超過 24 小時就倒掉重配。
        107 房的貓入住第 3 天還是一直躲在貓砂盆裡，先不要強迫抱出來，插上費利威擴香，觀察到週末再由店長跟家長討論是否提前接回。
        今日營收對帳：現金 NT$12,460、LINE Pay NT$8,900、信用卡 NT$21,350，合計 NT$42,710，收據存根 No.0451–0488 已收進保險箱。
        明天下午 2 點 Hill's 希爾思的業務要來拍新品合作照，美容區 2:00–4:00 先不要排客，背景牆上的價目表記得換成 2027 新版。
        系統顯示 12/31 跨年夜有 5 筆重複訂單（單號 PS20261231-007 至 PS20261231-011），應該是官網預約按鈕被連點，先不要扣款，週一請工程師查。
        冷氣維修廠商大同冷凍空調行週五早上 9 點到，3 樓貓房那台出風口一直滴水，麻煩值班的同事先把那一區的貓移到 305、306 房。
        本月排班表已上傳到雲端資料夾「2027-01 排班_v3.xlsx」，週六早班還缺一個人，有意願加班的同事在這則訊息按讚就好，店長會再確認。
        KCT 寵物美容 C 級檢定的報名簡章出來了，報名截止日是 1/15，公司可以補助報名費 NT$1,500，想考的同事這週內跟店長登記。
    """),
    ("zh-Hant", "價目表"): _lines("""
        【洗澡】小型犬（5kg 以下）NT$500／中型犬（5–15kg）NT$800／大型犬（15kg 以上）NT$1,200 起，柴犬、柯基等雙層毛犬種另加 NT$200 吹整費。
        【全套美容】含洗澡、剪指甲、清耳朵、擠肛門腺、修腳底毛及造型修剪：貴賓 NT$1,400、比熊 NT$1,600、雪納瑞 NT$1,500、博美 NT$1,300。
        【貓咪美容】短毛貓洗澡 NT$900、長毛貓洗澡 NT$1,200、獅子頭造型剃毛 NT$1,600；貓咪如需鎮定須由獸醫師評估，本店不提供任何麻醉服務。
        【住宿】標準房（適 10kg 以下）每晚 NT$650、豪華套房（附攝影機）每晚 NT$980、貓咪樓中樓每晚 NT$720，連住 7 晚以上享 9 折優惠。
        【加購】SPA 泥膜 NT$300、口腔清潔（非麻醉洗牙，僅刷牙）NT$150、除蚤藥浴 NT$600、打結毛處理每 15 分鐘 NT$200，依現場狀況報價。
        【接送服務】台北市內單程 NT$350、新北市單程 NT$450、跨縣市另議；接送車為寵物專用廂型車，全程開冷氣，需於前一日 18:00 前預約。
        【會員儲值】儲值 NT$5,000 贈 NT$500、儲值 NT$10,000 贈 NT$1,200，儲值金不可兌換現金、不可轉讓，有效期限自儲值日起 2 年。
        【節日加價】春節、清明、端午、中秋、雙十國慶連假期間住宿每晚加收 NT$200，美容服務價格不變，實際日期以官方 LINE 公告為準。
        【幼犬初次美容】4–6 月齡幼犬體驗價 NT$450（限洗澡加修腳底毛），需出示第二劑疫苗施打紀錄，全程約 60 分鐘，以不驚嚇幼犬為原則。
        【老犬照護方案】10 歲以上犬隻洗澡加收 NT$100 照護費，全程由資深美容師一對一操作，中途可分段休息，時間延長不另外計費。
        【日托安親】平日 09:00–19:00 日托 NT$450／天、10 次卡 NT$4,000，含兩次遛放與一餐（請自備飼料），週末日托每天另加 NT$100。
        本價目表適用於汪喵生活板橋文化館、永和中正館，自 2027 年 1 月 1 日起生效，舊版價格之儲值會員可沿用至 2027/03/31 止。
        【付款方式】接受 VISA、Master、JCB、LINE Pay、街口支付、台灣 Pay，單筆消費滿 NT$3,000 可刷卡分 3 期 0 利率（限國泰世華信用卡）。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：寄养需要提供哪些证明？答：狗狗请携带在有效期内的狂犬病免疫证及犬只登记证，猫咪需提供猫三联疫苗接种记录，疫苗接种未满 14 天暂不接收。
        问：可以带自己家的猫砂和猫粮吗？答：可以，建议带平时吃惯的品牌以减少应激；店内也提供皇家室内成猫粮和豆腐猫砂，寄养期间免费使用。
        问：寄养期间能看实时视频吗？答：每个房间都装有监控，入住后前台会在小程序「萌宠之家」里为订单开通观看权限，凌晨 0 点至 7 点暂停开放。
        问：美容过程中宠物受伤怎么办？答：本店已投保宠物服务责任险（保单号 PICC-2026-SZ-08812），发生意外会第一时间送医并通知主人，费用由门店承担。
        问：发生退费纠纷如何处理？答：请先联系门店店长，我们会在 7 个工作日内给出书面答复；如仍有异议，可拨打 12315 消费者投诉举报热线。
        问：最长可以寄养多久？答：最短 1 晚，最长 60 晚；超过 30 晚的长期寄养每周称重一次，并在订单对应的微信群里同步照片和视频。
        问：周末能上门接送吗？答：深圳市南山区、福田区范围内提供上门接送，单程 ¥60，需提前 24 小时在公众号「萌宠之家深圳店」里预约。
        问：营业时间和地址？答：每天 9:30–21:00，地址为深圳市南山区高新南九道 10 号深圳湾科技生态园 2 栋 B1 层，客服电话 0755-2688 0931。
        问：老年犬或有心脏病的狗狗可以寄养吗？答：需提供近 3 个月内的体检报告并签署《特殊健康状况告知书》，夜间值班人员会加强巡房频率。
        问：洗澡要多久？答：小型犬约 1.5 小时，大型犬约 3 小时；如遇毛发打结严重需要剃毛，美容师会先拍照发到订单群里跟您确认后再操作。
        问：会员储值卡能退吗？答：依据《单用途商业预付卡管理办法（试行）》，未使用的本金余额可按规定申请退款，活动赠送的金额不予退还。
        问：寄养费用可以开发票吗？答：可以开增值税普通发票，请在小程序订单页填写公司抬头和统一社会信用代码，例如 91440300MA5G8K2Q7N 这样的 18 位代码。
        问：可以带狗狗先来店里参观吗？答：欢迎，但请提前预约，参观时间为工作日 14:00–16:00；为避免传染病，未完成全部疫苗的幼犬暂不开放参观。
    """),
    ("en", "system_logs_and_config"): _lines("""
        2026-12-03T09:14:22+08:00 INFO booking-svc created reservation RSV-20261203-0147 room=B-204 nights=3 species=dog weight_kg=8.4 status=PENDING_DEPOSIT
        2026-12-03T09:15:05+08:00 WARN vaccine-check rabies_cert_expiry=2026-11-30 before checkin_date=2026-12-05 reservation=RSV-20261203-0147 action=hold_and_notify
        config.yaml -> hotel.timezone: Asia/Taipei, checkin_window: 13:00-19:00, late_checkout_fee_twd: 150, max_nights: 60, camera.retention_days: 14
        line-bot v3.4.1 push ok template=checkout_reminder audience=segment:checkout_today size=11 latency_ms=143 request_id=7f3c9a12-5b0e-4d1e-9a8f-2c71e0b4d9aa
        SELECT room_no, species, checkin_at, checkout_at FROM stays WHERE checkout_at::date = CURRENT_DATE AND status = 'IN_HOUSE' ORDER BY room_no; -- daily checkout sheet
        def late_fee(hours: int, rate: int = 150) -> int: return 0 if hours <= 0 else min(hours, 7) * rate  # after 18:00 we bill one full night instead
        ERROR groom-scheduler slot conflict table=3 start=2026-12-06T14:00 existing=GRM-88213 incoming=GRM-88231 resolution=shift_to_table_4 retry=1
        Example .env for staging: POS_VENDOR=ichef, INVOICE_API_BASE=https://einvoice.example.tw/api/v1, INVOICE_SELLER_BAN=53218867, PRINTER_IP=192.168.10.25
        cron: 0 22 * * * /opt/pawstay/bin/export_daily_log --format=pdf --rooms=all --out=/srv/reports/daily.pdf  (runs at 22:00 Asia/Taipei every night)
        sha256(kennel_cam_firmware_v2.8.7.bin)=3b1f0c9e7a44d2e58f6a1b09c3d7e2f4a8b6c0d1e9f3a5b7c2d4e6f8a0b1c3d5, rolled out to 16 cameras in building B on 2026-11-28.
        Migration 0042_add_microchip_scan_flag.py applied in 2.31s: ALTER TABLE pets ADD COLUMN chip_scanned_at timestamptz NULL; backfilled 0 rows.
        metrics: occupancy_rate{branch=banqiao} 0.89, occupancy_rate{branch=yonghe} 0.72, groom_incidents_total 2, refunds_disputed_total 4, scrape_ts=1796352000
        Release notes v5.12.0 (2026-12-01): vaccine reminder now uses a 365-day rabies cycle; refund calculator rounds to NT$1; fixed LINE rich menu cache bug (#1184).
    """),
    ("mixed", "invoices_and_orders"): _lines("""
        電子發票 Invoice No. QK-58302147｜2026-12-02 15:41｜賣方統編 53218867 汪喵生活有限公司｜Full grooming (Poodle, 4.2kg) NT$1,400｜營業稅內含
        Order #PS-2026-112-0458 | SKU HLS-AD-SB-1.5KG Hill's Science Diet Adult Small Bites 1.5kg x2 @ NT$690 | subtotal NT$1,380 | 黑貓宅急便 tracking 9023-4418-7715
        PO-2026-11-087 → 供應商：綠的國際企業（ChloroHex 洗毛精 4L x6），unit price NT$1,850，total NT$11,100，付款條件月結 60 天，交貨地點板橋文化館。
        Credit note CN-20261205-003：住宿退費 refund for cancelled booking RSV-20261130-0092，3 nights x NT$980 = NT$2,940，扣手續費 10%，實退 NT$2,646。
        Receipt 收據 No.0000873 | 日托 10 次卡 Day-care 10-pass NT$4,000 | Paid via LINE Pay, merchant ref 2026120300019833 | 經手：櫃台早班
        Invoice INV/2026/KL/0311, Paws & Claws Pet Hotel Sdn. Bhd. (Reg. No. 201901023456), Boarding 5 nights RM 275.00, SST 8% RM 22.00, Total RM 297.00
        進貨單 GR-1126：Andis UltraEdge AGC 2-speed 剪毛機 x2 (SKU AND-22340) NT$6,980/台、Wahl #10 刀頭 x5 NT$890/個，驗收：美容組長。
        Uncle Tan's Grooming Pte. Ltd. (UEN 201834567K) Tax Invoice TI-000782 | Cat lion cut S$95.00 | GST 9% S$8.55 | Total S$103.55 | PayNow to UEN
        月結對帳單 Statement Nov-2026｜客戶：信義動物醫院（統編 24681357）｜轉診住宿 12 筆、術後照護 4 筆｜應收 NT$38,560｜請匯入本公司台灣銀行板橋分行帳戶。
        蝦皮 Shopee order 2612035K8QWT9A｜寵物外出包 Pet carrier (Grey, M) x1 NT$1,290｜運送：7-ELEVEN 交貨便 F0293847561｜賣家：汪喵生活官方旗艦店
        報價單 Quotation Q-2027-001 for 臺北市動物保護處 認養活動 grooming day：20 dogs x NT$500 = NT$10,000，含 2 名美容師出勤，有效期限 2027/01/31。
        寵物業責任保險 保費收據 Policy 1226-PL-0098731｜富邦產險｜被保險人：汪喵生活有限公司｜保額 NT$3,000,000｜保費 NT$18,600｜2027/01/01–2027/12/31
        Amazon Business order 114-3920871-5529034: Petkit Pura Max self-cleaning litter box x1 US$499.00, ship to 汪喵生活永和中正館 (business address), ETA 2026-12-15.
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Semua kucing yang ingin menginap di hotel kami mesti mempunyai rekod vaksin Tricat yang sah, dengan suntikan sekurang-kurangnya 14 hari sebelum tarikh daftar masuk.
        Waktu daftar masuk ialah 11 pagi hingga 6 petang, manakala daftar keluar mesti dibuat sebelum 12 tengah hari. Caj lewat RM20 sejam dikenakan selepas jam 12.
        Harga penginapan: bilik standard RM45 semalam, bilik suite dengan kamera RM65 semalam; diskaun 10% diberikan untuk penginapan 7 malam atau lebih.
        Soalan: Bolehkah saya bawa makanan sendiri? Jawapan: Boleh, sila labelkan setiap bekas dengan nombor bilik dan sukatan untuk setiap hidangan.
        Paws & Claws Pet Hotel, No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Talian: 03-7875 2210, WhatsApp perniagaan: +60 12-338 5120 (9 pagi hingga 9 malam).
        Semasa musim perayaan Hari Raya Aidilfitri dan Tahun Baru Cina, tempahan perlu dibuat sekurang-kurangnya 3 minggu lebih awal dengan deposit 50% yang tidak dikembalikan.
        Dasar bayaran balik: pembatalan 7 hari sebelum daftar masuk akan dibayar balik sepenuhnya; bagi pembatalan kurang daripada 48 jam, deposit akan dilucutkan.
        Perkhidmatan dandanan: mandi kucing bulu pendek RM60, bulu panjang RM85, potongan singa RM120. Kami tidak menggunakan ubat penenang tanpa kelulusan doktor haiwan.
        Menurut Akta Kebajikan Haiwan 2015, premis penjagaan haiwan perlu berlesen dengan Jabatan Perkhidmatan Veterinar (DVS). Nombor lesen premis kami: DVS/SEL/PPH/2024/0187.
        Jika haiwan peliharaan anda sakit semasa penginapan, kami akan menghantarnya ke klinik rakan kongsi kami di Damansara Utama dan memaklumkan pemilik dengan segera.
        Kumpulan WhatsApp staf: syif pagi sila bersihkan kandang 1 hingga 8 sebelum 9.30 pagi, dan rekod suhu bilik kucing setiap 4 jam dalam buku log bertarikh.
        E-mel tempahan: booking@pawsandclaws.com.my. Sila sertakan nombor tempahan (contoh: PC-2026-1207-05) apabila membuat pertanyaan tentang invois atau resit.
        Kami menerima bayaran melalui DuitNow QR, Touch 'n Go eWallet, Boost dan kad kredit. Resit rasmi akan dihantar melalui e-mel dalam masa 24 jam selepas pembayaran.
    """),
    ("zh-Hant", "法規與新聞"): _lines("""
        依《動物保護法》規定，經營寵物繁殖、買賣或寄養業務者，應向直轄市、縣（市）主管機關申請許可並取得特定寵物業許可證後，始得營業。
        特定寵物業管理相關規範要求寄養業者設置隔離空間並保存寄養動物之健康與進出紀錄，各縣市動保處每年都會不定期派員至業者營業場所進行現場稽查。
        前總統蔡英文的貓咪「想想」與「阿才」曾多次出現在官方社群貼文中，也讓「貓奴」一詞在政壇掀起話題，連帶帶動貓咪用品的討論度。
        防檢署提醒，臺灣自 2013 年起陸續出現鼬獾狂犬病病例，家中犬貓每年應施打一次狂犬病疫苗，未依規定施打者，飼主可能遭處罰鍰。
        新聞：新北市動保處今年稽查轄內寵物美容及寄養業者，發現部分業者未辦理特定寵物業許可或未懸掛許可證，已依法通知業者限期改善，逾期未改善者將依規定處以罰鍰。
        作家朱天心在散文集《獵人們》中書寫她與街貓相處的日常，這本書至今仍是不少寵物旅館與貓咪咖啡廳書架上的常客，推薦給住宿家長閱讀。
        日本秋田犬八公每天到澀谷車站等待已故的上野英三郎教授，這段歷史故事後來被翻拍成電影《忠犬小八》，成為寵物店牆上常見的海報主題。
        消基會呼籲，預付型寵物美容儲值方案應簽訂書面契約並留存收據，若業者突然歇業，消費者可向地方政府消保官提出申訴以維護權益。
        臺北市動物保護處提醒，飼主可至特約動物醫院辦理寵物登記與晶片植入，已絕育犬貓的登記費享有優惠，詳情請洽 1999 市民當家熱線。
        新加坡國家公園局轄下動物及獸醫服務署（AVS）規定所有犬隻須領有牌照，HDB 組屋每戶僅限飼養一隻經認可犬種，違者將被處以罰款。
        香港漁農自然護理署提醒，依香港法例第 421 章《狂犬病規例》，5 個月以上的犬隻須植入晶片、領取牌照並定期注射狂犬病疫苗。
        業界觀察：近年家貓飼養數量快速成長，許多寵物旅館增設貓咪專屬樓層與隔音貓房，以降低犬吠對貓咪造成的壓力，並提升整體住宿品質與家長滿意度。
        台灣動物社會研究會長期推動寵物業管理相關修法，並呼籲主管機關公開特定寵物業稽查結果，讓消費者在挑選美容與寄養業者時有所參考。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        住宿登記｜飼主：張雅婷｜手機 0932-517-846｜身分證 A237120436｜地址：台北市中山區松江路 233 巷 9 號 4 樓｜寵物：馬爾濟斯「豆花」3 歲 公 已結紮
        林太剛剛在 LINE 群說她下週要住院開刀拿掉子宮肌瘤，家裡兩隻貓要寄放 10 天，住宿費要等她先生月底領薪水再付。
        美容意外報告：2026/12/04 14:20 美容師吳佳蓉為許先生的比熊修耳毛時剪傷右耳緣約 0.5 公分，已送醫縫 2 針，醫藥費由店方負擔。
        阿明哥的狗上次住宿費 NT$6,860 到現在還沒付，他說最近被公司裁員，拜託我們先不要打去他家催，怕他老婆知道。
        0958-226-413 這支號碼的家長下午打來罵了 20 分鐘，說接回去的貴賓腳底有燙傷，要求全額退費並賠償醫藥費。
        退費匯款資料：戶名 陳柏翰，中華郵政 局號 0021683 帳號 0457219，退款金額 NT$2,646（住宿取消扣 10% 手續費）。
        疫苗紀錄｜飼主 黃淑芬（0916-883-205）｜犬名 Lucky｜狂犬病疫苗 2026/03/11 施打｜晶片號碼 900138001234567｜五合一 2026/05/02
        周小姐說她懷孕了，婦產科醫師叫她不要碰貓砂，所以想把兩隻布偶貓長住寄養三個月，問我們能不能算她長住折扣。
        接送單：今日 16:30 至新北市永和區中正路 412 巷 15 號 2 樓接回柯基「麻糬」，聯絡人 劉俊宏 0975-308-162，家長開的車號 BQR-6285 會在樓下等。
        蔡宜君小姐正在跟前夫打離婚官司，兩人對狗的監護權有爭議，請櫃台不要讓她前夫鄭先生在沒有她書面同意的情況下接走狗狗。
        住宿同意書第 2 頁飼主身分證字號欄填的是 H103255587，影本已掃描存入雲端 2026-12 資料夾，紙本請放回櫃台上鎖抽屜。
        客訴紀錄：飼主 王冠宇 e-mail guanyu.wang1987@gmail.com 表示美容後狗狗一直抓癢，要求提供洗毛精成分表並退還 NT$1,400。
        小芸姐的老公上週因為酒駕被警察帶走了，她說這陣子要自己顧店又顧小孩，狗狗可能要長住到過年後再接。
        LINE 群截圖：「我是 302 房布丁的媽媽邱怡萱，電話 0921-665-037，明天可以提早到 9 點接嗎？」
        0912-***-678 的李太太說上次住宿少算一晚要補付，請櫃台查一下她 11/28 那筆訂單再回電給她。
        會員資料 CSV：M00412,許雅雯,0937-204-581,yawen.hsu@yahoo.com.tw,新竹市東區食品路 57 巷 8 號 3 樓,1986-07-19,儲值餘額 3820
        美容師 Amber（本名楊婷婷）這個月實領薪水只有 32,000，她說要去勞工局申訴公司沒算加班費。
        洪爸爸說他有糖尿病每天要打胰島素，接狗那天可能會回診比較晚，請我們幫他家「黑糖」多留一晚也沒關係。
        寄養同意書｜緊急聯絡人：林志豪（兄）0963-110-274｜主要飼主：林志偉，目前在越南工作，住宿期間費用由兄長代付。
        車牌 ARK-3391 的白色 RAV4 每次來接狗都停在騎樓，管委會已經投訴第三次了，下次麻煩直接跟那位家長講。
        退費糾紛：謝小姐（E293956870）主張儲值卡剩餘 NT$7,200 要全額退，店長認為贈送的 NT$1,000 不應退，雙方約 12/10 至新北市消保官調解。
        監視器畫面顯示 12/01 晚上 11:05 夜班工讀生鄭宇翔在貓房滑手機 40 分鐘沒巡房，已記警告一支，下個月不續約。
        照片分享：這張是方媽媽抱著她兒子小傑（國小三年級）來接狗的合照，她說可以放粉專，但不要標她的臉書帳號 fang.meihua.77。
        許林秀枝阿嬤（82 歲）每週三自己搭公車帶狗來洗澡，最近開始有失智症狀，常記不得付過錢，結帳時請先打給她女兒確認。
        匯款通知：國泰世華（013）帳號 0865-3012-7745，戶名 曾靜宜，已轉入 NT$4,900（12/20–12/27 住宿訂金），請對帳後回覆。
    """),
    "zh-Hans": _lines("""
        寄养登记｜主人：陈志强｜身份证 350203198806147439｜手机 138 5921 6734｜住址：厦门市思明区莲前西路 188 号 5 栋 1702｜宠物：金毛「旺财」6 岁
        刘女士说她刚做完第三次化疗，体力跟不上，家里的泰迪先放店里寄养一个月，费用让她妹妹用微信转过来。
        退款投诉：顾客 赵敏（微信号 zhaomin_0322）称美容时把她家比熊剃秃了，要求退还 ¥398 并公开道歉，否则发小红书曝光。
        员工群通知：小黄这个月预支了 ¥3,000 工资去还信用卡欠款，下个月从工资里分两次扣回，财务别忘了登记。
        顾客身份证号 440106199303220067 在系统里登记错了一位，前台请改正后把纸质寄养合同重新打印让她签字。
        快递面单：收件人 孙丽华 159 2047 8816 上海市闵行区七宝镇漕宝路 3366 弄 12 号 601 室，内件：宠物疫苗本原件 1 本。
        王阿姨的儿子在外面欠了网贷，催收电话都打到店里来找她，店长说以后这种电话一律不要透露她有没有来店。
        香港客人 何嘉欣 HKID K341033(1)，电话 +852 9468 2157，寄养两只柴犬到 1 月 3 日，过关回港后会自己来接。
    """),
    "en": _lines("""
        Boarding form | Owner: Rachel Lim Shu Fen | NRIC S3580176F | Mobile +65 9173 4528 | Address: Blk 412 Bedok North Ave 2 #08-115, Singapore 460412 | Dog: Shiba, 4y
        Mrs Kaur called again about the grooming incident; she says her husband just lost his job so she can't pay the S$1,240 vet bill upfront and wants us to cover it.
        Refund request from daniel.tan.wk@outlook.com: booking PC-2026-1207-05 cancelled because he was admitted to hospital for a heart bypass.
        Staff note: Jenny from the front desk asked for unpaid leave next week, she is going through a divorce and has a court hearing on 14 Dec.
        Please call back 9835 2741, the lady with the two Persian cats in Suite 3, she wants to extend the stay until Sunday.
        FIN G7866596W was written on the consent form for the Golden Retriever in Room 6; the owner's work pass expires in March and he may leave Singapore.
        Incident log 2026-12-05 16:42: groomer Marcus Goh nicked the left ear of a Schnauzer belonging to Mr. Arjun Pillai (tel +65 8226 0913); styptic powder applied, owner informed.
        Bank transfer from DBS 027-418563-2 (account name: Chloe Ng Hui Min), S$520 deposit for Christmas boarding, please match it to booking RSV-20261218-0033.
    """),
    "ms": _lines("""
        Borang daftar masuk: Nama pemilik Nurul Aisyah binti Kamarudin, No. KP 890512-10-5532, telefon 012-774 3091, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Encik Faizal minta tangguh bayaran RM680 sebab gaji dia belum masuk, dia kata anak dia masuk wad minggu lepas kerana denggi.
        Tolong WhatsApp balik pemilik kucing Parsi bilik 5 di nombor 016-552 8790, dia nak ambil kucing awal esok pagi.
        Aduan: Puan Siti Hajar kata kucingnya luka selepas dandanan dan minta bayaran balik penuh; gambar luka dihantar ke e-mel sitihajar.rosli@yahoo.com.
    """),
    "mixed": _lines("""
        住宿登記 Check-in：Owner 黃柏宇 Kevin Huang，Taiwan ID F163687021，手機 0981-442-617，E-mail kevinh.tw@gmail.com，Pet: Golden Retriever「阿福」7y，Emergency contact 媽媽 0926-310-558。
        LINE群：Jessica 說她 boyfriend 會打她，這幾天要搬去朋友家住，兩隻狗先 boarding 在我們這裡，她問可以 monthly pay 嗎。
        客訴 complaint：蕭先生 (0970-215-836) says the groomer cut his poodle's whiskers，要求 refund NT$1,600 + 精神賠償 NT$5,000，店長 not accepted yet。
        Refund transfer 退款：戶名 Tan Wei Ling，Maybank 5142 7788 3096，amount RM 297.00，reason 寵物確診 parvovirus 取消住宿。
        R127079586 是 Allen 的身分證字號，他 apply 會員的時候填成他爸爸的，請幫忙 update 到 CRM 裡。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是汪喵生活寵物旅館的客服助理，協助櫃台撰寫給家長的 LINE 訊息，語氣親切、用繁體中文。",
        ),
        (
            "user",
            "幫我寫一則退費回覆給家長賴美君（0919-275-604），她訂了 3 晚豪華套房，第 2 天就提早接回，要退 2 晚共 NT$1,960。",
        ),
        (
            "assistant",
            "賴小姐您好，這裡是汪喵生活板橋文化館。關於您提早接回的住宿，我們將退還未使用的 2 晚費用共 NT$1,960，款項會在 7 個工作天內退回，如有任何問題歡迎隨時與我們聯繫，謝謝您！",
        ),
        ("user", "再加一句：退款會匯到她提供的郵局帳號 0021735-0398842，請她收到後回覆確認。"),
        (
            "assistant",
            "賴小姐您好，這裡是汪喵生活板橋文化館。您提早接回的 2 晚住宿費用共 NT$1,960，將於 7 個工作天內匯入您提供的郵局帳號 0021735-0398842，收到款項後再麻煩您回覆確認，謝謝您的體諒！",
        ),
    ],
    [
        (
            "user",
            "幫我把今天 LINE 群的重點整理成三點：1. 305 房飼主 高淑惠 說她得了帶狀皰疹，接貓要延到下週二；2. 美容師小潔手腕肌腱炎請假兩天；3. 冷氣週五維修。",
        ),
        (
            "assistant",
            "今日重點：一、305 房飼主高淑惠女士因帶狀皰疹身體不適，接貓延至下週二，住宿天數與費用需更新；二、美容師小潔因手腕肌腱炎請假兩天，預約需重新排班；三、冷氣週五維修，當天貓房需暫時調整。",
        ),
        ("user", "第二點不要寫病名，改成身體不適就好。"),
        (
            "assistant",
            "修改後：二、美容師小潔因身體不適請假兩天，這兩天的美容預約需重新排班。其餘兩點維持不變。",
        ),
    ],
    [
        (
            "system",
            "以下為本次查詢的飼主資料：姓名 簡志明，手機 0938-604-127，地址 台中市西屯區文華路 96 巷 3 號，犬名 小虎（米克斯，8 歲），狂犬病疫苗施打日 2025/12/18。",
        ),
        ("user", "這位客人的狗狂犬病疫苗什麼時候到期？他要訂 12/25 到 12/28 的住宿。"),
        (
            "assistant",
            "簡志明先生的米克斯小虎上次狂犬病疫苗是 2025/12/18 施打，依一年效期計算將於 2026/12/18 到期，早於 12/25 入住日。建議先傳訊到 0938-604-127 提醒他入住前完成補打，並於入住時出示新的注射證明。",
        ),
    ],
    [
        (
            "user",
            "今天幫戴小姐的英短剃毛的時候，電剪不小心割到後腿內側，大約 1 公分，已經帶去醫院縫合。要怎麼寫美容意外報告？",
        ),
        (
            "assistant",
            "建議報告包含：發生時間與地點、操作美容師、寵物基本資料（品種、年齡、體重）、受傷部位與範圍、立即處置方式、送醫院所與診斷結果、費用負擔方式、與飼主溝通紀錄，以及後續改善措施，例如電剪刀頭檢查與保定流程調整。",
        ),
        (
            "user",
            "好，那幫我寫草稿。美容師是我，陳怡伶，飼主是戴佩珊，電話 0922-874-360，醫藥費 NT$3,200 店裡出。",
        ),
        (
            "assistant",
            "美容意外報告（草稿）：2026/12/06 15:10，美容師陳怡伶於 2 號美容桌為戴佩珊小姐（0922-874-360）之英國短毛貓剃毛時，電剪割傷左後腿內側約 1 公分，立即止血後送往合作動物醫院縫合，醫藥費 NT$3,200 由本店全額負擔，並已電話告知飼主。改善措施：每次剃毛前檢查刀頭溫度與鋒利度，貓咪剃腿部改由兩人保定。",
        ),
    ],
    [
        ("system", "你是上海一家宠物寄养店的后台助手，帮助员工整理登记表，用简体中文回答。"),
        (
            "user",
            "帮我把这段整理成表格：主人王磊，身份证 310115199011236515，手机 186 2173 5940，住浦东新区锦绣路 1500 弄 8 号 302，边牧豆豆，1 月 2 日到 1 月 9 日。",
        ),
        (
            "assistant",
            "寄养登记表：主人｜王磊；身份证｜310115199011236515；手机｜186 2173 5940；住址｜浦东新区锦绣路 1500 弄 8 号 302；宠物｜边牧 豆豆；寄养时间｜1 月 2 日至 1 月 9 日。",
        ),
        ("user", "身份证号码只留后四位就行。"),
        (
            "assistant",
            "好的，身份证一栏改为 ************6515，其他内容不变。建议纸质登记表也同样只保留后四位。",
        ),
    ],
    [
        (
            "user",
            "我们店员工小周说老板拖欠她两个月工资一共 ¥9,600，她叫周晓琳，想去劳动仲裁，需要准备什么？",
        ),
        (
            "assistant",
            "周晓琳可以准备：劳动合同或能证明劳动关系的材料（工牌、排班表、工作群聊天记录）、工资条或银行流水、催讨工资的沟通记录，然后向用人单位所在地的劳动人事争议仲裁委员会申请仲裁，一般自知道权利被侵害之日起一年内提出。",
        ),
        ("user", "工作群里的聊天记录算证据吗？"),
        (
            "assistant",
            "可以作为证据。建议保留原始手机，截图时要能看出群名称、发言人和日期，必要时可以做公证或由仲裁庭当庭核对原始记录。",
        ),
    ],
    [
        (
            "system",
            "You are the customer-care assistant for a pet hotel in Singapore. Draft replies in plain British English.",
        ),
        (
            "user",
            "Complaint from Mr Lee Jun Hao (NRIC T9781124A, 9062 3318): his Maltipoo came home with a shaved patch he didn't ask for. He wants a full refund of S$85. Draft a reply.",
        ),
        (
            "assistant",
            "Dear Mr Lee, thank you for letting us know, and we are sorry the shaved patch on your Maltipoo came as a surprise. Our groomer had to clip a tight mat behind the ear and should have called you first. We will refund the full S$85 to your original payment method within five working days. Kind regards, Customer Care",
        ),
        ("user", "Good. Also remind me to remove his NRIC from the ticket, we shouldn't store it."),
        (
            "assistant",
            "Noted. Please delete T9781124A from the ticket and keep only his name and the booking number; under the PDPC advisory guidelines, businesses should not collect full NRIC numbers for this kind of purpose.",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: owner Priya d/o Ramasamy, phone +65 8147 2290, email priya.ramasamy88@gmail.com, cat Biscuit (Ragdoll, 5y), outstanding balance S$640 since 2026-10-12.",
        ),
        ("user", "Does this customer owe us anything before we accept a new booking?"),
        (
            "assistant",
            "Yes. Priya d/o Ramasamy has an outstanding balance of S$640 dating from 12 Oct 2026. I'd suggest sending a polite reminder to priya.ramasamy88@gmail.com and asking her to settle it before confirming Biscuit's new stay.",
        ),
        ("user", "Write the reminder, short."),
        (
            "assistant",
            "Hi Priya, we would love to have Biscuit back with us! Our records show an outstanding balance of S$640 from October. Could you settle it before we confirm the new booking? Thank you. Paws Hotel",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk sebuah hotel haiwan di Petaling Jaya. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Hafiz bin Rahman (019-388 4126). Anjingnya, Milo, demam semasa menginap dan kami bawa ke klinik, kos RM230.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Hafiz, kami dari Paws & Claws Pet Hotel. Milo mengalami demam ringan pagi tadi dan telah kami bawa ke klinik veterinar. Kos rawatan ialah RM230. Keadaannya kini stabil dan sedang berehat. Kami akan terus memantau dan kemas kini Encik.",
        ),
        ("user", "Tambah yang dia boleh bayar masa daftar keluar."),
        (
            "assistant",
            "Assalamualaikum Encik Hafiz, kami dari Paws & Claws Pet Hotel. Milo mengalami demam ringan pagi tadi dan telah dibawa ke klinik veterinar; kos rawatan RM230 boleh dijelaskan semasa daftar keluar. Keadaannya kini stabil dan kami akan terus memaklumkan perkembangannya.",
        ),
    ],
    [
        (
            "user",
            "幫我翻成英文給 Singapore 的客人：您好 Ms. 蘇慧玲，您的狗 Coco 的疫苗本我們已用順豐寄出，單號 SF1402887365231，寄到 Blk 231 Tampines St 21 #05-332。",
        ),
        (
            "assistant",
            "Hello Ms. Su Huiling, we have sent Coco's vaccination booklet to you by SF Express (tracking no. SF1402887365231), addressed to Blk 231 Tampines St 21 #05-332. Please let us know once you receive it. Thank you!",
        ),
        ("user", "再加一句 她上次的退款 S$150 已經轉到她 OCBC 帳號 687-214903-001。"),
        (
            "assistant",
            "Hello Ms. Su Huiling, we have sent Coco's vaccination booklet to you by SF Express (tracking no. SF1402887365231), addressed to Blk 231 Tampines St 21 #05-332. Your previous refund of S$150 has also been transferred to your OCBC account 687-214903-001. Please let us know once you receive both. Thank you!",
        ),
    ],
]
