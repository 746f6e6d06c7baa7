# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix168: co-working spaces and serviced offices in SG/MY/HK/TW (member sign-ups, access cards, mail handling for members' companies, meeting-room bookings, unpaid invoices, community managers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix168
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        House Rules v3.2 (effective 1 Jan 2027): hot desks are first-come, first-served from 8am to 10pm; anything left overnight goes to the lost-and-found cabinet on Level 5.
        Phone booths are limited to 45 minutes per session when others are waiting. Please use Booth B for video calls; Booth A has no ring light or acoustic panel.
        Pets: only certified assistance dogs are allowed on the premises, as per the MCST by-laws of the building. Sorry, no office cats either, however cute.
        Mail and parcels for member companies are held at the Level 1 concierge for 14 days. Unclaimed items after that are returned to sender via SingPost with tracking.
        Meeting rooms Raffles (8 pax) and Temasek (12 pax) must be booked in the app; walk-in use is only allowed if the door panel shows green for the next 30 minutes.
        Printing is charged at S$0.10 per B/W page and S$0.50 per colour page. Print credits reset on the 1st of each month and do not roll over.
        Fire drill on Thursday 14 Jan 2027, 3:00pm. Assemble at the open space beside Telok Ayer Street. Lifts will be out of service for about 20 minutes.
        The Quiet Zone (the library nook with the Yayoi Kusama pumpkin print) is strictly no calls and no mechanical keyboards, thanks for keeping it calm!
        Guests must be registered in the app by 6pm the day before. Each membership may bring up to 2 guests per day; guests show photo ID at the concierge.
        Pantry fridges are cleared every Friday at 5pm. Label your food with your company name and date, e.g. Acme Pte Ltd 12/01, or it will be thrown away.
        Lost access card replacement fee: S$30 per card. Cards are reactivated within 1 working day once payment is received at the front desk.
        For building emergencies outside office hours, call the building's 24h security control room at 6225 8800 or press the red intercom beside the lift lobby.
        Bicycle parking is at the basement B2 racks; e-scooters and PMDs must not be charged anywhere inside the co-working floor, in line with LTA and SCDF guidance.
    """),
    ("en", "access_control_config"): _lines("""
        ACCESS_CARD_READER_HOST=10.20.4.17  # lobby turnstile controller, firmware 4.8.2-rc1, do not change without facilities approval
        door_schedule: { 'L12-MAIN': '07:00-23:00', 'L12-SERVER': 'badge+pin', 'L12-PANTRY': 'always_open', 'L12-MOTHERS-ROOM': 'request' }
        def card_is_active(card: Card, now: datetime) -> bool: return card.status == 'ACTIVE' and card.valid_until >= now.date()
        2027-01-12T08:14:03+08:00 INFO reader=L05-EAST event=GRANTED badge_pool=VISITOR zone=HOTDESK latency_ms=38 fw=4.8.2
        SELECT plan_code, COUNT(*) AS active_members FROM memberships WHERE status = 'active' AND site = 'SG-TANJONG-PAGAR' GROUP BY plan_code;
        booking.max_duration_minutes = 240; booking.cancel_grace_minutes = 30; booking.no_show_release_after_minutes = 15; booking.timezone = 'Asia/Singapore'
        INVOICE_PREFIX = 'SVO-MY-'  # e.g. SVO-MY-2027-000482; sequence resets every fiscal year, which starts on 1 April
        curl -X POST https://api.example-cowork.com/v2/rooms/R-1204/bookings -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d @booking.json
        mail_scan: { enabled: true, ocr_lang: ['eng', 'chi_sim', 'chi_tra', 'msa'], retention_days: 30, notify_via: 'app_push' }
        ERROR 2027-01-13 02:00:11 sync_cards: HTTP 503 from Salto KS endpoint, retrying in 300s (attempt 2/5), job_id=7f3c9a1e
        sha256(plan_catalogue_v7.json) = 9b1d4f0c2e7a83d6f5a4b9c0e1d2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0 verified OK on build 2027.01.12-03
        TEST_MEMBER = {'name': 'Example Member', 'email': 'member@example.com', 'plan': 'FLEX-10', 'company': 'Demo Pte Ltd', 'uen': '201900001Z'}
        Release notes 5.3.0: added QR guest passes, fixed timezone bug for the KL and Taipei sites (UTC+8 shown as UTC+7), dropped support for Android 9.
    """),
    ("zh-Hans", "门禁与预订系统日志"): _lines("""
        2027-01-12 09:02:17 [INFO] 门禁网关 SZ-NS-03 上线成功，固件版本 v2.14.7，已同步 1,284 张有效卡片，耗时 4.2 秒，无异常。
        2027-01-12 09:15:40 [WARN] 会议室「深南厅」预订冲突：订单 BK20270112-0087 与 BK20270112-0091 时间段重叠，系统已自动保留先到订单。
        2027-01-12 10:03:05 [INFO] 收发室登记包裹 3 件，快递单号 SF1420398876512、YT7763021984455、JD0098823471，收件方均为入驻企业前台。
        2027-01-12 10:30:00 [INFO] 定时任务 invoice_reminder 执行完毕，发送逾期提醒 17 条（均为企业账户），失败 0 条，下次执行 2027-01-13 10:30。
        2027-01-12 11:47:22 [ERROR] 打印服务 print-svc-02 连接超时（192.168.8.21:631），已切换至备用打印机 HP M479fdw，请运维同事跟进处理。
        2027-01-12 12:00:00 [INFO] 空调系统按写字楼物业规定切换为午间节能模式，温度设定 26°C，预计 13:30 自动恢复正常模式。
        2027-01-12 13:22:09 [INFO] 新签约企业 深圳云栖跃迁科技有限公司（统一社会信用代码 91440300MA5GQ2TL7N）已完成入驻审核，工位 F12-A07 至 F12-A12。
        2027-01-12 14:05:31 [INFO] 访客二维码批次 QR-B-0112 生成 40 个，有效期至当日 23:59，仅限 12 楼共享办公区及 1203 会议室使用。
        2027-01-12 15:40:12 [WARN] 社群活动「创业者午餐会」报名人数 62 人，超出会议室容量 50 人，建议改用 1 楼多功能厅并通知场务。
        2027-01-12 16:18:44 [INFO] 发票 INV-SH-202701-00341 已开具（增值税普通发票，金额 ¥12,800.00，抬头：上海栖木企业管理有限公司）。
        2027-01-12 17:00:00 [INFO] 储物柜 L-201 至 L-260 月度续费检查完成，到期未续 5 个，系统已向企业账户发送提醒，暂不自动清柜。
        2027-01-12 18:30:27 [DEBUG] 计费模块 billing-core 2.9.1 加载套餐配置：固定工位 ¥1,680/月，灵活工位 ¥980/月，独立办公室 ¥6,500/月起。
        2027-01-12 22:01:03 [INFO] 夜间模式启动，除 24 小时会员区外全部门禁切换为只出不进，监控录像按物业规定保留 30 天后自动覆盖。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：可唔可以用你哋嘅地址做公司註冊地址？答：可以，商業地址服務月費 HK$380 起，包括信件代收、每週掃描一次並經 App 通知貴公司。
        問：會議室點樣預約？答：會員可以喺 App 內直接預約，每月有 8 小時免費額度，超出按 HK$150／小時計算，取消需提前 2 小時通知。
        問：門禁卡唔見咗點算？答：請即時通知前台停用舊卡，補卡費用 HK$100，一般即日可以攞新卡，週末則順延至下一個工作天處理。
        問：支援哪些付款方式？答：我們接受 FPS 轉數快、信用卡、支票及銀行轉帳，支票抬頭請寫公司全名「栢匯商務中心有限公司」，多謝合作。
        問：台北信義館的營業時間？答：週一至週五 08:00–22:00，週六 10:00–18:00，週日及國定假日休館，但會員卡 24 小時均可刷卡進入。
        問：開立統一發票需要提供什麼？答：請提供公司抬頭及統一編號（8 碼），例如「範例股份有限公司 12345678」，電子發票將寄至公司信箱。
        問：有冇泊車位？答：大廈停車場由物業管理公司營運，時租 HK$35，月租車位需直接向管理處查詢，我哋中心冇代辦服務，敬請見諒。
        問：可否寄存大型包裹？答：收發室只可暫存 60×40×40 cm 以內的包裹，超出尺寸或超過 20 公斤的貨物，請安排直接送到貴公司單位。
        問：颱風期間會唔會開？答：八號風球或以上、黑色暴雨警告生效期間，中心暫停開放，重開時間以天文台除下信號後兩小時計算，詳情留意 App 公告。
        問：可以帶寵物入嚟嗎？答：唔好意思，根據大廈公契，除導盲犬及其他認可服務犬外，一律不准攜帶寵物進入大廈範圍，包括大堂及升降機，多謝體諒。
        問：公司文件需要見證或核證嗎？答：本中心不提供律師見證服務，如有需要，可參考香港律師會網站的執業律師名冊自行聯絡律師行。
        問：點樣取消會籍？答：需於到期前 30 日以書面通知，按金 HK$6,000 會喺交吉及結清所有賬單後 14 個工作天內退回貴公司戶口。
        問：帳單上的編號是什麼意思？答：帳單編號格式為 TPE-2027-01-000123，內含服務期間、工位數量、營業稅 5% 與應付總額，可作報帳用途。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★★ 灣仔呢間共享辦公室環境好光猛，落地玻璃望到會展，Wi-Fi 穩定，咖啡機係 La Marzocco，朝早成日有人排隊等沖咖啡。
        ★★☆☆☆ 會議室隔音麻麻，隔籬房開會講咩都聽到，仲要收 HK$180 一個鐘，性價比唔高，希望管理層認真改善下隔音問題。
        ★★★★☆ 信義區這家空間交通很方便，捷運市政府站走路五分鐘就到，唯一缺點是午餐時段電梯要等很久，建議大家錯開時間下樓用餐。
        ★★★★★ 前台團隊非常專業，幫我們公司代收信件、掃描後即時推送到 App，出差在外也不怕漏掉國稅局或法院寄來的重要公文，推薦給新創公司。
        ★☆☆☆☆ 冷氣開得太凍，反映咗幾次都冇改善，而且週末冇人當值，門禁卡壞咗要等到星期一先搞得掂，趕 deadline 嘅時候真係好唔方便。
        ★★★★☆ 茶水間有免費凍頂烏龍和鳳梨酥，牆上掛著張大千的潑彩山水複製畫，很有台灣味，很適合在這裡招待來訪的日本及歐美客戶。
        ★★★☆☆ 價錢中規中矩，靈活工位月費 NT$6,500，但插座太少，下午常常搶不到靠窗的位置，希望之後可以加裝充電座。
        ★★★★★ 觀塘呢間 serviced office 好抵，細房 HK$8,800 包埋水電同清潔，樓下就係 apm 商場，食飯同買嘢都好方便。
        ★★★★☆ 社群活動做得好好，上個月請咗出版社嚟分享《哈利波特》中文版嘅翻譯幕後故事，全場爆滿，講得好生動，下次有活動一定再嚟。
        ★★☆☆☆ 帳單常常出錯，發票號碼 HK-INV-2026-11-0457 多收了一個月的儲物櫃費，來回電郵兩個星期才終於退款。
        ★★★★★ 台中這間工作空間樓下就是「阿嬤的灶腳」小吃店，中午直接下樓吃飯，社群經理每週辦 Demo Day，氣氛很有活力。
        ★★★☆☆ 位置喺銅鑼灣時代廣場附近，交通方便係方便，但逢週五晚有 happy hour 酒吧活動好嘈，想專心做嘢就唔好揀嗰晚。
        ★★★★☆ 櫃台可以代辦商業登記地址，收費 HK$3,600 一年，比起附近其他中心平，不過信件要一星期先轉寄一次，略嫌慢。
    """),
    ("ms", "senarai_harga"): _lines("""
        Senarai Harga 2027 – Meja Panas (Hot Desk): RM350 sebulan atau RM25 sehari, termasuk Wi-Fi 500Mbps, kopi percuma dan akses 8 pagi hingga 8 malam.
        Meja Tetap (Dedicated Desk): RM650 sebulan dengan kabinet berkunci, deposit 2 bulan, kontrak minimum 3 bulan, SST 8% dikenakan atas semua caj.
        Pejabat Persendirian 4 orang di Bangsar South: RM3,200 sebulan, termasuk bil elektrik, pembersihan harian dan 10 jam bilik mesyuarat percuma.
        Bilik Mesyuarat Langkawi (6 pax): RM60 sejam atau RM400 sehari; Bilik Tioman (12 pax): RM110 sejam dengan skrin 75 inci dan sistem Zoom Rooms.
        Alamat Perniagaan Maya (Virtual Office): RM180 sebulan, boleh didaftarkan dengan SSM, surat diimbas dan dimaklumkan melalui aplikasi dalam 24 jam.
        Caj kad akses gantian RM50 setiap satu; kad tambahan untuk pekerja baharu RM30 sebulan. Semua harga di atas belum termasuk SST 8%.
        Perkhidmatan Jawab Panggilan: RM250 sebulan, penyambut tetamu menjawab atas nama syarikat anda dalam Bahasa Melayu, Inggeris dan Mandarin.
        Pakej Startup Pulau Pinang (Jalan Sultan Ahmad Shah): RM1,200 sebulan untuk 3 meja tetap selama 6 bulan pertama, tertakluk kepada kelulusan MDEC.
        Loker harian RM5, loker bulanan RM40. Parkir bermusim di bangunan ini RM220 sebulan dan diuruskan terus oleh pihak pengurusan bangunan.
        Percetakan: RM0.20 satu muka hitam putih, RM1.00 berwarna; imbasan ke e-mel syarikat adalah percuma untuk 50 halaman pertama setiap bulan.
        Promosi Merdeka: diskaun 31% untuk langganan 12 bulan yang ditandatangani antara 1 hingga 31 Ogos 2027, tidak boleh digabungkan dengan tawaran lain.
        Sewa Dewan Acara Johor Bahru (80 pax): RM1,800 sehari termasuk sistem PA dan projektor; katering dari Restoran Mak Teh boleh ditempah secara berasingan.
        Semua harga dalam Ringgit Malaysia. Invois dikeluarkan oleh Ruang Kerja Harmoni Sdn Bhd (No. Pendaftaran 202101034567 (1425678-K)), No. SST W10-2101-32000123.
    """),
    ("ms", "notis_pengurusan_surat"): _lines("""
        Notis: Mulai 1 Februari 2027, semua bungkusan untuk syarikat ahli akan disimpan di kaunter Aras 3 selama 7 hari bekerja sahaja sebelum dipulangkan.
        Surat berdaftar daripada LHDN, SSM dan mahkamah hanya akan diserahkan kepada wakil syarikat yang diberi kuasa, bersama surat kuasa bercop syarikat.
        Kurier Pos Laju, J&T Express dan DHL biasanya tiba antara 11 pagi hingga 3 petang; sila pastikan nama syarikat ditulis penuh pada label penghantaran.
        Bungkusan makanan dan barang mudah rosak tidak akan diterima bagi pihak ahli. Penghantar GrabFood dan foodpanda diminta menunggu di lobi utama.
        Perkhidmatan pemajuan surat ke alamat lain: RM15 setiap penghantaran dalam Semenanjung, RM25 ke Sabah dan Sarawak, menggunakan Pos Malaysia.
        Status surat boleh disemak dalam aplikasi; contohnya nombor jejak ER123456789MY akan dipaparkan bersama masa imbasan di kaunter penerimaan.
        Bagi syarikat yang melanggan alamat perniagaan maya, surat biasa diimbas setiap Isnin dan Khamis; surat sulit tidak dibuka tanpa kebenaran bertulis.
        Peringatan: Kaunter surat ditutup pada cuti umum Thaipusam, 1 Februari 2027. Bungkusan yang tiba akan diterima oleh pengawal keselamatan bangunan.
        Sampul bertanda Private and Confidential akan diserahkan tanpa dibuka. Sila kemas kini senarai wakil syarikat dalam portal sekurang-kurangnya sebulan sekali.
        Bungkusan melebihi 30kg atau 1 meter panjang perlu dihantar terus ke unit pejabat melalui lif barang di Aras B1; tempahan lif diperlukan 24 jam lebih awal.
        Notis pemulangan: 14 bungkusan yang tidak dituntut bagi bulan Disember 2026 telah dipulangkan kepada pengirim pada 8 Januari 2027 melalui Pos Laju.
        Mulai suku kedua, loker pintar Pos Malaysia dipasang di lobi; kod pengambilan dihantar terus oleh kurier kepada syarikat penerima melalui SMS rasmi.
        Syarat perkhidmatan: Ruang Kerja Harmoni Sdn Bhd tidak bertanggungjawab atas kerosakan bungkusan semasa transit; tuntutan perlu dibuat dengan syarikat kurier.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] CM KL: Morning all, Langkawi room punya projector rosak lagi, dah log ticket FAC-2027-0113, technician datang lepas lunch ya.
        [09:05] Front desk HK: 今日有 3 個 DHL 包裹俾 Blue Harbour Trading Ltd，已經放咗喺 mail room 第二格，記得 update App 通知佢哋公司。
        [09:11] Ops TW: 信義館冷氣 zone C 又在漏水，物業說下午三點來修，這段時間先把 hot desk C01-C08 封起來 ok 嗎？
        [09:20] CM SG: Reminder – invoice run tonight 11pm, pls make sure all meeting room overtime charges keyed in before 6pm, esp. Raffles room.
        [09:34] Finance MY: Kopi Tiam Ventures Sdn Bhd tertunggak 2 bulan (INV-KL-2026-11-0932, INV-KL-2026-12-0988), total RM7,420, hantar reminder kedua boleh?
        [09:40] CM SG: ok noted, will send the standard second-reminder template from the billing@ mailbox to their accounts department's generic inbox only.
        [10:02] Front desk HK: 八號風球可能今晚掛，我哋 SOP 係 5pm 前全層廣播，大家記得 check 天文台 update，唔好等到最後一刻。
        [10:15] Ops SZ: 深圳馆门禁网关升级到 v2.14.7 之后，访客二维码扫不出来，我已经回滚到 v2.14.5，等厂商出 patch 再升级。
        [10:30] CM KL: Event Jumaat ni – talk pasal sejarah Petaling Street, speaker dari Badan Warisan Malaysia, 40 seats, dah register 32.
        [11:00] Finance MY: Baru check, bank branch sebelah tutup renovation, so cash deposit kena pergi Maybank Jalan Tun Razak lah mulai minggu depan.
        [11:20] Ops TW: 12 月份統一發票已經全部開完，字軌 AB，號碼 AB12345001 到 AB12345180，明天交給會計師事務所申報營業稅。
        [11:45] CM SG: Anyone seen the spare Salto master card? Not in the key safe. Pls check the L5 drawer, it's labelled SPARE-05, the contractor needs it at 2pm.
        [12:05] Front desk HK: 今日 lunch 我哋 order 咗太興燒味飯盒，大家要加飯就 reply 👍，1pm 前 confirm 呀，遲咗就唔等啦。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        New member sign-up: Priya Ramasamy, NRIC S8834517H, mobile 9123 4870, plan FLEX-10, billed to her personal Visa ending 4417, start date 15 Jan 2027.
        Access card L12-0456 was issued to Marcus Tan Wei Jie; he asked us to stop sending invoices to his home at Blk 312 Clementi Ave 4 #08-221, Singapore 120312.
        Heads up, the guy at desk D14 (Daniel Koh) told me he's going through a messy divorce and may not manage January's fees, please don't chase him too hard.
        Member complaint: Sarah Lim says someone took a photo of her in the mothers' room while she was pumping on 9 Jan; she wants the CCTV footage reviewed.
        Emergency contact on file for Hafiz bin Rahmat: wife Nurul Aina, +65 8456 2391. Note: he is diabetic, insulin is kept in the pantry fridge, shelf 2.
        Outstanding: Jason Ong (personal sign-up, no company) owes S$2,460 for Oct to Dec hot desk; last call on 6 Jan he said he has been retrenched.
        Please forward all mail for Ms Evelyn Chua to 27 Jalan Kembangan, Singapore 419143 while she is on maternity leave until April.
        Could you send the receipt to kenneth.yeo.88@gmail.com instead of the company address? Thanks, Ken (desk B07).
        Just the number: 9786 1203 - that's the one who keeps booking the Raffles room under a fake company, pls block that mobile in the app.
        Security note 13 Jan: member Ravi Shankar Menon (card 0877) was arrested by police at the lobby this morning; building management asked us to suspend his access.
    """),
    "zh-Hans": _lines("""
        会员登记：王志强，身份证号 440304198807152318，手机 13926781453，入驻工位 F12-A09，紧急联系人 妻子 刘晓燕。
        陈先生（12 楼独立办公室 1203）上个月因为胃癌住院做手术，家里人来帮他办退租，押金请退到他本人招商银行卡 6225 8801 2345 6789。
        前台注意：张丽娜的快递请不要放在公共取件架上，她说前夫一直在找她，不希望任何人知道她在这里办公。
        阿杰那个灵活工位已经欠了三个月，共 ¥2,940，他说最近在打离婚官司手头紧，先别停他的门禁卡。
        访客登记：李建国，访问对象 赵敏（12 楼共享区），车牌 粤B7K29Q，入场时间 2027-01-12 14:20，离场时间 15:45。
        请帮我把发票寄到我家：上海市徐汇区宛平南路 88 弄 5 号 1402 室，收件人 周雨婷，电话 18621345097，谢谢。
        孙浩的太太下个月预产期，他申请把固定工位改成灵活工位，说要多留点时间在家照顾，每月能省 700 块。
        租赁担保材料：会员吴晓峰月薪 ¥28,500，在前海一家互联网公司任职，附身份证复印件和近六个月银行流水。
        只留了个微信号 lin_xiaomei_1992，说是来咨询独立办公室的，让我们有优惠活动再联系她。
        刷卡记录导出：卡号 SZ-004821，持卡人 黄海涛，2027-01-10 23:58 进入，2027-01-11 04:12 离开，物业要求本人书面说明原因。
    """),
    "zh-Hant": _lines("""
        新會員登記：陳嘉欣，HKID Y512347(3)，手機 9634 2178，公司 嘉欣設計工作室（獨資），月費由個人信用卡自動扣除。
        林太話佢老公喺 8 樓嗰間房租咗兩年，而家兩公婆鬧緊離婚，佢想查佢老公嘅出入記錄，我哋應該點回覆佢？
        阿明今日又冇交錢，已經欠咗 HK$11,200，佢話佢阿媽入咗醫院做化療，求我哋寬限多一個月。
        台北信義館新會員：張雅婷，身分證字號 A224681357，手機 0912-345-678，住址 台北市大安區復興南路二段 151 巷 6 號 4 樓。
        請把掛號信轉寄到黃志偉先生家裡：新北市板橋區文化路一段 266 號 9 樓之 3，他這個月在家休養，心臟剛裝了支架。
        收發室紀錄：收件人 李美玲（個人，非公司），寄件方 臺灣臺北地方法院，類別 訴訟文書，1 月 11 日已由本人簽收。
        Kelvin 哥架車車牌係 VK 8823，佢話月租車位收據要寫佢個人全名 梁家豪，唔好寫公司名。
        會議室事件紀錄：2027-01-08 19:42，會員何俊傑喺 Room Victoria 同另一位會員發生肢體衝突，已報警處理，錄影已交警方。
        退還押金銀行資料請再確認：戶名 吳淑芬，中國信託（822）帳號 123-54-678901-2，金額 NT$24,000。
        王小姐（A 區 hot desk）上週確診乳癌，她請我們暫停會籍三個月，並把儲物櫃裡的私人物品寄回她家。
    """),
    "ms": _lines("""
        Pendaftaran ahli baharu: Nur Aisyah binti Kamarudin, No. MyKad 950814-10-5626, telefon 012-345 6789, pelan Meja Tetap, mula 1 Februari 2027.
        Encik Azlan dah tiga bulan tak bayar sewa meja, jumlah RM1,950; katanya dia baru diberhentikan kerja dan isterinya sakit buah pinggang.
        Sila hantar surat ke rumah saya: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Terima kasih, Farid Hakimi.
        Kak Ros minta jangan letak nama dia dalam senarai ahli di papan notis sebab bekas suami dia selalu datang cari dia di lobi.
        Maklumat bayaran balik deposit: Muhammad Irfan bin Zulkifli, Maybank 1142 3378 9021, jumlah RM1,300, dipindahkan sebelum 20 Januari.
        Nombor kereta ahli untuk senarai parkir bermusim: WXY 4821 (Toyota Vios putih), pemilik Lim Chee Keong, unit 7-03.
        Log kad akses: kad KL-00392 milik Siti Hajar Ahmad digunakan pada 3:14 pagi, 11 Jan 2027; dia mengaku tidur di pejabat kerana tiada tempat tinggal.
        Tolong jangan bagi tahu sesiapa, Cik Mei Ling sedang hamil 5 bulan dan minta ditukar ke meja berdekatan tandas di Aras 3.
        Borang tuntutan: Nama: Rajesh a/l Subramaniam | IC: 880102-07-5431 | Alamat: 45 Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas | E-mel: rajesh.subra88@yahoo.com
        Nombor telefon sahaja: 019-872 4410, orang ni tinggal mesej marah-marah pasal caj bilik mesyuarat, tolong call balik petang ni.
    """),
    "mixed": _lines("""
        Eh, Ah Boon dari hot desk zone B tu masih tak bayar lagi ah, dah overdue RM2,380, dia cakap gaji lambat masuk, 下个月才还。
        CM note: 黃先生 (Mr Wong Kai Ming) HKID K203918(6) wants his access card cancelled ASAP, 佢話俾公司炒咗, no more need office.
        Member photo for access card: IMG_2027_0112_chloe_tan.jpg - Chloe Tan, S9214768C, pls print on card and keep the photo in the HR folder only.
        Boss 叫我 check 一下, Vincent Lau 上次 book Temasek room 话是 client meeting, 其实是去面试别的公司, pls keep confidential.
        Tolong update emergency contact untuk 林志明: 太太 Mandy 016-332 9081, he got a mild stroke last week, masuk Pantai Hospital.
        CSV row: member_id,name,nric,mobile,plan -> SG-00781,Goh Siew Ling,S7712093J,+65 9012 3377,PRIVATE-2PAX
        阿May 话佢 salary 得 S$3,800, can't afford the fixed desk anymore, 想 downgrade 去 hot desk, 佢 already 欠咗两个月。
        Parcel untuk Encik Tan Ah Kow dah sampai, tapi alamat atas kotak tu rumah dia: 12 Lorong Mawar 5, Taman Melawati, 53100 KL. 佢叫我哋转寄。
        Refund pls transfer to 陳美華 OCBC 501-234567-001, bukan ke akaun syarikat, she closed the company already.
        台灣會員 Jerry 林冠宇 身分證 F128834567 的 e-invoice 載具要改成新的手機條碼, 他說之前那個是前女友的。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the member-support assistant for a serviced-office operator in Singapore. Write polite, concise messages.",
        ),
        (
            "user",
            "Draft a payment reminder to Jonathan Seah (jseah.design@gmail.com). He signed up as an individual, owes S$1,870 for Nov and Dec hot desk, invoice SVO-SG-2026-001245.",
        ),
        (
            "assistant",
            "Subject: Friendly reminder - invoice SVO-SG-2026-001245. Hi Jonathan, this is a gentle reminder that S$1,870 for your November and December hot desk membership is still outstanding. Could you let us know when we can expect payment? Happy to discuss a payment plan if that helps. Best regards, Member Support.",
        ),
        (
            "user",
            "Also mention he can pay by PayNow to our UEN 201812345K, and that his access card will be paused on 31 Jan if unpaid.",
        ),
        (
            "assistant",
            "Added: You can pay instantly via PayNow to our UEN 201812345K (reference SVO-SG-2026-001245). Please note that if the balance remains unpaid by 31 January, your access card will be paused until the account is settled.",
        ),
    ],
    [
        (
            "user",
            "我係灣仔一間共享辦公室嘅社群經理。有位林太打嚟，話佢老公陳國華喺我哋度租咗 805 室，佢懷疑老公有外遇，要我提供佢老公過去三個月嘅門禁出入紀錄，我應唔應該俾？",
        ),
        (
            "assistant",
            "唔應該。出入紀錄屬於陳先生嘅個人資料，根據《個人資料（私隱）條例》，未經當事人同意唔可以向第三者披露，即使對方係配偶都一樣。你可以禮貌咁回覆林太，話中心無法透露任何會員資料；如果佢有法律程序需要，可以由律師透過法庭命令申請。",
        ),
        ("user", "咁我使唔使話俾陳生知林太打過嚟？"),
        (
            "assistant",
            "可以按公司政策處理。一般做法係中性咁通知會員：有第三方查詢過佢嘅資料，而中心冇作任何披露，唔需要加任何評論或者細節。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk ruang kerja bersama di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat pengesahan bayaran balik deposit untuk Encik Khairul Anuar bin Hashim, MyKad 870523-14-6681, deposit RM1,600, dimasukkan ke akaun CIMB 7006 1234 55 pada 10 Januari 2027.",
        ),
        (
            "assistant",
            "Surat Pengesahan Bayaran Balik Deposit. Dengan hormatnya, kami mengesahkan bahawa deposit keahlian sebanyak RM1,600 milik Encik Khairul Anuar bin Hashim (No. MyKad 870523-14-6681) telah dipindahkan ke akaun CIMB 7006 1234 55 pada 10 Januari 2027. Sekian, terima kasih.",
        ),
        ("user", "Bagus. Boleh tambah ayat bahawa kad akses dia dah dipulangkan?"),
        (
            "assistant",
            "Boleh: Kami juga mengesahkan bahawa kad akses bernombor KL-00517 telah dipulangkan dalam keadaan baik dan keahlian beliau telah ditamatkan secara rasmi.",
        ),
    ],
    [
        (
            "system",
            "你是上海一家联合办公空间的客服助理。以下是当前会员资料：姓名 赵一鸣，手机 13817264590，工位 F8-B03，欠费 ¥3,360（2026年11月至12月），备注：本人称因父亲住院暂时无法付款。",
        ),
        ("user", "帮我总结一下这个会员的情况，我要跟主管汇报。"),
        (
            "assistant",
            "汇报摘要：会员赵一鸣（F8-B03）目前欠费 ¥3,360，涉及 2026 年 11 月至 12 月。本人表示因父亲住院，暂时无法付款。建议：与其沟通分期付款方案，并在 1 月底前再次确认付款时间。",
        ),
        ("user", "主管问能不能先停他的门禁？"),
        (
            "assistant",
            "按合同条款，逾期 60 天可暂停门禁，但考虑到其家庭情况，建议先发书面提醒并给予 14 天宽限期，到期仍未付款再暂停，并提前通知本人。",
        ),
    ],
    [
        (
            "user",
            "Need help lah. One of our members, Shirley Ng at desk C11, told me she's been seeing a psychiatrist for depression and sometimes cannot come in for weeks. She asked if she can freeze her membership. How to reply her on WhatsApp nicely?",
        ),
        (
            "assistant",
            "Here's a gentle draft: Hi Shirley, thanks for telling us, we really appreciate your trust. Yes, we can freeze your membership for up to 3 months with no charge. Just let us know the start date and we'll take care of the rest. Take care and no rush at all.",
        ),
        ("user", "Ok can. Should I note the depression thing in the CRM?"),
        (
            "assistant",
            "Better not. Record only what you need for the action, for example: membership frozen at member's request from 15 Jan to 15 Apr. Health details are sensitive and aren't needed to process the freeze.",
        ),
    ],
    [
        ("system", "你是台北一家共享辦公室的營運助理，協助整理資料。"),
        (
            "user",
            "幫我把這兩位新會員整理成 CSV：蔡宗翰，身分證 H123765498，手機 0933-218-604，方案 固定座位；鄭怡君，身分證 B287341956，手機 0920-556-173，方案 商登地址。",
        ),
        (
            "assistant",
            "name,national_id,mobile,plan 接著兩列：蔡宗翰,H123765498,0933-218-604,固定座位 以及 鄭怡君,B287341956,0920-556-173,商登地址。提醒：身分證字號屬敏感個資，檔案請加密並限制存取權限。",
        ),
        ("user", "好，謝謝。"),
    ],
    [
        (
            "user",
            "What's the usual rule for meeting-room no-shows at co-working spaces in KL? We're setting ours up.",
        ),
        (
            "assistant",
            "Common practice: release the room 15 minutes after the start time if nobody checks in, and deduct the booked hours from the member's monthly credit anyway. Some operators add a small penalty after three no-shows in a month.",
        ),
        (
            "user",
            "Makes sense. The worst offender is Amirul Hakim from unit 5-02, his number is 011-2345 8870. Three no-shows last week. Should I call him or message?",
        ),
        (
            "assistant",
            "A short WhatsApp first is usually better: friendly, factual, quoting the dates of the three bookings and the new policy. If there's no change, follow up with a call.",
        ),
    ],
    [
        (
            "system",
            "You are a bilingual (English/中文) assistant for a Hong Kong serviced office front desk.",
        ),
        (
            "user",
            "幫我寫個 mail notification：今日收到寄俾 Mr Chan Siu Fung 嘅掛號信，寄件人係稅務局，佢個人而唔係公司收件，佢住址係 沙田第一城 32 座 18 樓 F 室，佢叫我哋轉寄返屋企。",
        ),
        (
            "assistant",
            "Dear Mr Chan, we received a registered letter from the Inland Revenue Department addressed to you personally today. As requested, we will forward it to Flat F, 18/F, Block 32, City One Shatin. 陳先生您好，今日收到稅務局寄俾您嘅掛號信，我哋會按您要求轉寄到沙田第一城 32 座 18 樓 F 室。",
        ),
        ("user", "Thanks, add the tracking number too: RR123987456HK."),
        (
            "assistant",
            "Added: The letter will be sent by Hongkong Post registered mail, tracking number RR123987456HK. 掛號編號 RR123987456HK。",
        ),
    ],
    [
        ("system", "Anda membantu pengurus komuniti sebuah pusat pejabat di Johor Bahru."),
        (
            "user",
            "Hari ni ada saman mahkamah sampai untuk Puan Zarina binti Osman, dia sewa meja sendiri, bukan syarikat. Dia tengah cuti sakit lepas pembedahan. Apa patut saya buat?",
        ),
        (
            "assistant",
            "Jangan buka sampul itu. Simpan di tempat berkunci, catat masa terima dalam log surat, dan maklumkan kepada Puan Zarina secara peribadi melalui saluran yang dia pilih. Tanya sama ada dia mahu ia dimajukan ke rumah atau diambil oleh wakil yang diberi kuasa bertulis.",
        ),
        (
            "user",
            "Dia suruh hantar ke rumah dia, 8 Jalan Harmonium 23/3, Taman Desa Tebrau, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Baik. Hantar melalui Pos Laju berdaftar ke 8 Jalan Harmonium 23/3, Taman Desa Tebrau, 81100 Johor Bahru, simpan resit dan nombor jejak, dan kemas kini log surat.",
        ),
    ],
    [
        (
            "user",
            "我喺澳門一間共享辦公室做前台。有位會員何文傑，澳門身份證 1283746(5)，話想將會籍轉俾佢細佬何文輝，點處理？",
        ),
        (
            "assistant",
            "一般需要：一、原會員書面申請轉讓；二、新會員提供身份證明文件作登記；三、結清原會員所有未付賬單；四、收回舊門禁卡並為新會員發新卡。按金可以轉移，但要雙方簽署同意書。",
        ),
        ("user", "佢仲欠緊 MOP 4,200，佢話佢細佬會幫佢還。"),
        (
            "assistant",
            "可以接受由何文輝代付，但收據仍應以原會員何文傑的賬戶開出，並喺轉讓同意書註明欠款已由第三方代為清還，避免日後爭議。",
        ),
    ],
]
