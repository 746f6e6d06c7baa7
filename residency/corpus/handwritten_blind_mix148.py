# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix148: plumbers, electricians and aircon or handyman services booked through apps in SG/MY/HK/TW (job tickets, home visits, quotes, warranty claims, technician ratings, disputes, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix148
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "app_service_notices"): _lines("""
        Notice: from 3 Mar 2025 all aircon chemical overhaul bookings on the HomeFix SG app get a 2-hour arrival window instead of 1 hour, due to high demand in the east.
        PUB advisory: only PUB-licensed plumbers may carry out water service work. Check the licensed plumber directory on the PUB website before confirming any quote above S$200.
        Scheduled maintenance: the HomeFix SG booking engine v4.12.0 will be offline on 14 Jun 2025 from 02:00 to 04:30 SGT. Job tickets created before 01:45 are not affected.
        Reminder: our technicians will never ask you to PayNow to a mobile number. Pay only in the app or by PayNow to UEN 201834512K (HomeFix Services Pte. Ltd.).
        Aircon promo: general servicing S$25 per fan coil (min. 3 units), chemical wash S$80, chemical overhaul from S$150. Valid for bookings made 1 to 31 July 2025.
        Hotline update: our Johor Bahru service centre now answers on +607-335 8120 (Mon-Sat, 9am-6pm). WhatsApp Business for quotations: +60 11-5620 8844.
        Warranty reminder: workmanship on piping and wiring jobs is covered for 90 days from the completion date on your e-invoice. Parts follow the maker's terms (Daikin: 5 years on compressor).
        SP Group planned works at the Tampines Street 81 substation on 22 Aug, 09:00-13:00. Customers with electrician bookings in this area may reschedule free of charge.
        Gas water heater smells of gas? Shut the gas valve at the meter, open the windows and call the City Energy 24-hour gas emergency line 1800 752 1800 before booking a plumber.
        HK customers: power supply faults outside your flat are handled by CLP (2728 8000) or HK Electric (2555 4999). Our electricians only work on wiring after the meter.
        Technician teams averaging below 3.5 stars over 20 jobs trigger an automatic review by Quality. Ratings are anonymised and customers' details are never shown to technicians.
        Job status codes: NEW, ASSIGNED, EN_ROUTE, ON_SITE, QUOTE_SENT, APPROVED, DONE, DISPUTED. A ticket stays in QUOTE_SENT for at most 48h before it is auto-cancelled.
        Holiday surcharge: bookings on Chinese New Year (29-30 Jan 2025) carry a S$40 call-out fee on top of the standard rate. Emergency leak jobs are still accepted 24/7.
    """),
    ("en", "dispatch_log_lines"): _lines("""
        2025-03-14T08:02:17+08:00 INFO dispatch job=HF-SG-2503-004812 zone=EAST-3 skill=aircon.chem_overhaul team=TEAM-EAST-2 status=ASSIGNED eta_min=42
        2025-03-14T08:05:51+08:00 WARN quote job=HF-SG-2503-004812 amount_sgd=486.00 exceeds threshold=400.00 requires_supervisor_approval=true
        2025-03-14 09:11:03.228 ERROR payment gw=stripe intent=pi_3OqT9kLx2mB7aQ1c0R4z status=requires_action retry=2/3 job=HF-SG-2503-004790
        [sync] pulled 1,284 SKUs from supplier feed ariston_my_2025Q1.csv in 3.82s; 17 rows skipped (missing price), sha256=9f1c2e7a04b3d8ce51a7
        2025-04-02 22:47:09 INFO warranty claim WC-MY-000317 opened for invoice INV-2025-03-1187 part=Daikin FTKF25 PCB supplier_rma=DKM-RMA-88214
        2025-04-02 22:47:10 DEBUG sla.check ticket=WC-MY-000317 priority=P2 first_response_due=2025-04-03T10:47:10+08:00 calendar=MY-KL
        GET /api/v2/jobs?zone=KLN-2&status=ON_SITE&page=3 200 118ms ua=TechApp/5.6.1 (Android 14; SM-A546E) region=hk-1
        2025-05-19T13:30:00Z INFO rating.aggregate team=TEAM-WEST-1 jobs=214 avg=4.71 p10=4.0 complaints_90d=1 badge=GOLD
        cron[rebuild_price_index] finished ok: 3 regions (SG, MY, HK), 612 service items, 0 errors, next run 2025-05-20 03:00 SGT
        2025-06-07 07:58:44 WARN gps.drift fleet_unit=VAN-07 offset_m=380 last_fix=07:52:10 source=fleet_tracker_v2 action=ignore_until_next_ping
        deploy tech-portal 2025.6.3 (commit 4e7b91c) to prod-sg-1: migrations 0142_add_dispute_reason, 0143_index_job_zone applied in 2.1s
        2025-06-11 16:20:05 INFO dispute DSP-HK-2025-0062 state=MEDIATION category=overcharge amount_hkd=1850 queue=hk-cs-tier2
        2025-06-11 16:20:06 INFO notify template=dispute_ack_zh_hant channel=push delivered=1 failed=0 latency_ms=211 job=SD-HK-25-11873
    """),
    ("zh-Hans", "价目表"): _lines("""
        【空调清洗价目表 2025】挂机普通清洗每台 S$30，三台起订；化学清洗每台 S$75；化学大修（拆机）每台 S$150 起，含冷凝水管疏通，不含补充冷媒。
        冷媒补充：R32 每 psi 加收 S$2.50，R410A 每 psi 加收 S$3.00，全机补充按 S$60 封顶（9000 至 12000 BTU 机型），18000 BTU 以上另行报价。
        水管维修收费标准：上门检查费 RM50（确认维修可抵扣），更换水龙头 RM80 起，更换马桶进水阀 RM120，隐蔽管道漏水检测 RM280 起，材料另计。
        电工服务：更换插座每个 RM45，加装三眼插座 RM90 起，更换漏电保护开关（ELCB 40A 30mA）RM180 含料，整屋重新布线须先现场勘察再报价。
        热水器安装：即热式热水器（Joven、Panasonic）安装费 S$120，储水式 S$180 起；如需新拉 20A 独立开关另加 S$90，全部工程保修 90 天。
        深圳福田区家电维修指导价（2025 年 4 月起执行）：空调移机每台 260 元，加氟 1.5 匹以下 180 元，铜管加长每米 80 元，高空作业费另计。
        疏通服务：厨房下水道疏通 S$90，马桶堵塞 S$80 起，使用高压水枪或内窥镜检查另加 S$60；晚上 10 点后及公共假期加收 50% 附加费。
        套餐价：三房式组屋全屋空调保养年卡 S$288（含 4 次普通清洗），五房式 S$358；年卡可转让给新屋主，但须在 App 内重新绑定服务地址。
        杂工类项目：安装窗帘轨道每米 S$15，墙面打孔挂画每个 S$10，组装宜家 PAX 衣柜每组 S$120 起，最低消费 S$60，超出 2 小时按时计费。
        报价单编号规则：QT-地区码-年月-流水号，例如 QT-SG-2506-00381；同一单号最多修改 3 次，第 4 次修改须由主管在后台重新开单。
        材料参考价（供应商 2025 Q2）：PPR 水管 20mm 每米 RM6.80，铜管 1/4+3/8 每米 RM28，施耐德 13A 开关插座 RM19.90，3M 防水胶带 RM12.50。
        上门时间段附加费：早上 8 点前 S$20，晚上 8 点后 S$35，指定技师团队 S$15；同一地址同日加单可免第二次上门费，需在原工单下追加。
        以上价格均已包含 9% 消费税（GST），发票抬头为新加坡注册公司 QuickFix Home Services Pte Ltd，UEN 201927763E，可在 App 内下载电子发票。
    """),
    ("zh-Hant", "保養條款"): _lines("""
        第一條　本公司就冷氣機清洗及維修工程提供 90 日工藝保養，保養期由電子發票所載完工日起計，零件保養則以原廠條款及保用證所列期限為準。
        第二條　以下情況不在保養範圍內：客戶自行拆裝、颱風或水浸造成之損壞、電壓不穩引致之燒毀，以及非本公司提供之配件所引起之故障。
        第三條　保養申索須於發現問題後 7 日內透過 App「保養申請」提交，並附上工單編號（例如 SD-HK-25-10452）及故障相片，逾期恕不受理。
        第四條　如屬本公司工藝問題，技師將於 3 個工作天內免費上門跟進；如屬零件問題，本公司將代客戶向原廠（如大金、樂聲、三菱電機）申請更換。
        第五條　更換之壓縮機、電路板等主要零件，保養期以原廠條款計算；已更換之舊零件歸本公司所有，客戶如需保留須於施工前書面提出。
        第六條　台灣地區之冷氣安裝及配線工程，須由具備室內配線技術士證照之人員施作，並遵守經濟部《用戶用電設備裝置規則》之規定。
        第七條　澳門客戶如遇全層停電，請先致電澳電 CEM 客戶服務熱線 2833 9933 確認是否屬外部供電故障，再於 App 預約電工上門檢查。
        第八條　香港客戶之氣體熱水爐工程，須由註冊氣體裝置技工施工，並遵守《氣體安全條例》（第 51 章）及機電工程署之相關指引。
        第九條　如對維修費用有爭議，客戶可於完工後 14 日內在 App 內提出，客服將於 5 個工作天內回覆；未能解決者可轉交消費者委員會調解。
        第十條　保養期內同一故障經第二次維修仍未能修復者，客戶可選擇全數退還該項工程費用，或由本公司安排另一組技師免費重新施工一次。
        第十一條　技師到場後如客戶取消工程，須繳付上門檢查費 HK$280；如技師遲到超過 60 分鐘，該筆上門費將自動豁免並以電子優惠券退回。
        第十二條　本條款以繁體中文版本為準，英文版本僅供參考；本公司商業登記號碼 71823064-000-08-24-5，辦事處位於九龍觀塘開源道 71 號 12 樓 B 室。
        第十三條　台灣分公司統一編號 53817264，客服專線 0800-066-388（週一至週六 09:00-21:00），電子郵件 service.tw@sifudao.com.tw，恕不接受傳真申訴。
    """),
    ("zh-Hant", "店鋪評價"): _lines("""
        「陳記水電工程」師傅準時到，換咗成個廚房水龍頭同埋去水喉，收費同 App 報價一樣 HK$680，冇亂加錢，收工仲幫手清埋地，五星推介！
        大金冷氣服務中心（觀塘）效率一般，喺 App 預約咗三次先排到期，不過技師洗機好仔細，連室外機散熱片都清埋，整體嚟講可以俾四粒星。
        好差嘅經驗：「美華冷氣」報價話洗一部窗口機 $350，到場就話要加雪種再收 $600，問佢攞單又話電子發票遲啲先出，唔建議。
        台北「阿德水電行」服務很專業，抓漏用紅外線熱像儀找到浴室樓板的問題，報價透明，施工後還把現場清乾淨，推薦給住老公寓的人。
        高雄「大同電器行」冷氣安裝團隊很守時，但室外機架的螺絲沒鎖緊，回報後兩天內就派人來補強，售後處理態度值得給四顆星，推薦。
        澳門「永利水喉」上門時間準，換咗熱水爐減壓閥，價錢 MOP 450 算合理，但係收工冇幫手抹地，所以要扣一粒星，下次再睇。
        用咗「師傅到」App 叫電工整跳掣，一個鐘內有人到，查到係雪櫃漏電，換咗插蘇就搞掂，平台仲有 30 日保養，有問題都可以再搵返佢哋，幾安心。
        新竹「光明冷凍空調」安裝分離式冷氣收費 NT$4,500 含 4 米銅管，比其他家便宜，但預約電話常常打不通，建議改用 LINE 官方帳號。
        「偉業工程」裝修後水管漏水，打去公司熱線 3590 2288 三次都冇人接，最後要喺 App 開投訴先有回覆，服務咁差只可以俾一星。
        荃灣「金興五金水電」老闆好熟手，幫我揀咗 Grohe 花灑同 TOTO 廁板，仲話可以代客安裝，每件收 $300，性價比好高。
        台中「志明水電」被網友推薦，實際上門後發現熱水器只是點火針積碳，清潔後就好，只收 NT$800 檢修費，很有良心的店家。
        九龍灣「冷氣王」做洗機套餐，三部分體機 HK$1,080，師傅戴鞋套入屋、用防水布包實幅牆，服務態度一流，一定會再幫襯。
        桃園「佳佳水電材料行」零件齊全，止水閥、PVC 管件一次買齊，價格比大賣場便宜一成，店員還很有耐心地示範怎麼自己換三角凡而。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama servis aircon biasa? J: Biasanya 30 hingga 45 minit bagi setiap unit dinding 1.0hp hingga 1.5hp, bergantung kepada tahap kekotoran.
        S: Adakah juruteknik membawa tangga sendiri? J: Ya, semua juruteknik TukangGo membawa tangga lipat 6 kaki. Untuk siling lebih 3 meter, sila maklumkan semasa tempahan.
        S: Bagaimana jika paip bocor semula selepas dibaiki? J: Buat tuntutan waranti dalam aplikasi dalam tempoh 60 hari dengan nombor tiket kerja, contohnya TG-KL-250412-0087.
        S: Bolehkah saya bayar secara tunai? J: Boleh, tetapi kami galakkan DuitNow QR atau FPX supaya resit rasmi dikeluarkan oleh TukangGo Sdn. Bhd. (202101034567).
        S: Siapa perlu dihubungi jika bekalan elektrik terputus di seluruh taman? J: Hubungi TNB Careline di 15454 dahulu kerana ini bukan kerosakan pendawaian dalam rumah.
        S: Adakah juruelektrik berdaftar dengan Suruhanjaya Tenaga? J: Ya, semua kerja pendawaian dibuat oleh pendawai yang memegang perakuan kekompetenan Suruhanjaya Tenaga yang sah.
        S: Berapakah caj minimum? J: Caj minimum ialah RM60 untuk Lembah Klang dan RM80 untuk Seremban serta Nilai, termasuk 30 minit pertama kerja.
        S: Bolehkah saya pilih pasukan juruteknik yang sama seperti dulu? J: Boleh, tekan 'Tempah Semula' pada sejarah tempahan. Caj pilihan pasukan RM10 dikenakan.
        S: Bagaimana cara mengadu tentang caj berlebihan? J: Pergi ke Tiket > Pertikaian, pilih sebab 'Caj tidak sepadan dengan sebut harga' dan muat naik gambar invois.
        S: Adakah gas aircon R22 masih boleh diisi? J: Stok R22 semakin terhad; kami syorkan tukar kepada unit inverter R32. Caj isian R22 ialah RM8 setiap psi.
        S: Di mana pejabat utama TukangGo? J: Lot 3-12, Uptown 5, Jalan SS21/39, Damansara Utama, 47400 Petaling Jaya, Selangor. Dibuka 9 pagi hingga 6 petang.
        S: Ada perkhidmatan di Sabah dan Sarawak? J: Buat masa ini hanya Kota Kinabalu dan Kuching. Talian khidmat pelanggan Malaysia Timur: 1-300-22-8646.
        S: Adakah kerja pada hari Ahad dikenakan caj tambahan? J: Ya, caj tambahan 20% untuk hari Ahad dan cuti umum negeri, contohnya Hari Keputeraan Sultan Selangor.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] Dispatch SG: Morning all, today 46 jobs, Tampines & Pasir Ris 17 单，aircon chemical wash 占一半. Team A pls bring extra R32 tank, 仓库 only 3 left.
        [09:15] Team B lead: 收到 boss. Van 5 tyre pressure warning again, 我先去 Shell Ubi top up, first job 可能迟 10 min, pls inform customer via app.
        [10:40] Supervisor KL: Guys, Daikin FTKF 系列 PCB 最近 warranty claim 很多, sebelum tukar PCB pastikan ambil gambar serial number dulu, kalau tak supplier reject RMA.
        [11:02] Store JB: Stok paip PPR 25mm dah habis, PO-2025-0611 dah hantar ke supplier, expected sampai Thursday. 暂时用 20mm 的先顶住。
        [12:30] HK 調度: 今日觀塘、藍田有 9 張單要改期，因為 CLP 喺開源道做計劃停電 1pm-5pm，大家唔好 book 電工單落呢個時段。
        [13:05] QA team: Reminder 所有 job photos 要 upload before mark DONE, 上星期有 14 单 no after-photo, customer dispute 我们就冇证据 lah.
        [14:20] Team C: Job SD-SG-25-20931 customer want quote tukar water heater baru, Joven SB33E 我报 S$420 incl. installation, above S$400 need approval ok?
        [14:22] Supervisor SG: OK approved, but 记得 add S$90 if need new 20A isolator. Put in quote line item, 不要口头讲 then later kena complain.
        [16:48] 台北調度: 今天大安區的冷氣安裝單延後，日立的室外機還卡在基隆港報關，預計週五到貨，請大家先處理水電抓漏的單。
        [17:30] Admin MY: OT claim bulan Jun cut-off 25hb, submit through HR portal not WhatsApp ya. Borang OT version 3.2 dah upload dalam shared drive.
        [18:05] Dispatch SG: Tomorrow CNY eve 只开半天 until 1pm, emergency leak only. Standby roster 已经 pin 在 group, check yourself hor.
        [20:15] Training: Next Sat 9am LEW refresher briefing at Jurong office, 主讲 EMA 最新 guideline update, attendance compulsory untuk semua electrician team.
        [21:40] Ops HK: App 5.6.1 有 bug，上載相片會 crash，IT 話聽朝 8 點前 push hotfix 5.6.2，今晚完工單請先 send 相去公司 WhatsApp 5123 8866。
    """),
    ("mixed", "config_and_csv"): _lines("""
        job_id,region,service_code,created_at,scheduled_slot,quote_amount,currency,status,technician_team,rating
        SD-SG-25-20931,SG,AC-CHEM-01,2025-06-11T09:14:02+08:00,2025-06-12 14:00-16:00,240.00,SGD,DONE,TEAM-EAST-2,5
        dispatch: {max_jobs_per_team: 9, buffer_min: 25, surge_multiplier: 1.3, zones: [EAST-1, EAST-2, WEST-1, KLN-2]}  # 派单参数
        SMTP_FROM=no-reply@homefix.example.sg SMTP_HOST=smtp.mailgun.org SMTP_PORT=587 SUPPORT_INBOX=support@homefix.example.sg
        def quote_total(items, gst_rate=0.09): return round(sum(i.qty * i.unit_price for i in items) * (1 + gst_rate), 2)  # SG 报价含 GST
        INSERT INTO service_items (sku, name_zh, name_en, unit_price_myr) VALUES ('PLB-TAP-01', '更换水龙头', 'Replace tap', 80.00);
        {"ticket.status.ON_SITE": "Juruteknik di lokasi", "ticket.status.DONE": "Selesai", "ticket.status.DISPUTED": "Dalam pertikaian"}
        warranty_days: {aircon_service: 30, aircon_repair: 90, plumbing: 60, electrical: 90}  # 保養日數，HK/TW 以繁體條款為準
        sku,brand,model,btu,refrigerant,price_sgd,stock_tampines,stock_jurong,supplier_code
        MDX-R32-09,Mitsubishi Electric,MSY-GS09VF,9000,R32,689.00,4,2,SUP-MEA-SG
        curl -X POST https://api.example.com/v2/quotes -H 'Content-Type: application/json' -d '{"job_id":"QT-SG-2506-00381","items":[{"sku":"AC-GAS-R32","qty":20}]}'
        ALTER TABLE disputes ADD COLUMN resolution_code VARCHAR(16) DEFAULT 'PENDING'; -- 爭議結案代碼: REFUND_FULL / REFUND_PART / REWORK / REJECTED
        schedule: '0 3 * * *'  # 每天凌晨 3 点 rebuild rating cache, timezone Asia/Kuala_Lumpur, retention_days: 400
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job HF-SG-2503-004833: customer Mr Daniel Koh Wei Jie, Blk 512 Bedok North Ave 2 #08-147, Singapore 460512, mobile 9176 4423, aircon leaking onto the baby cot.
        Tech note: the elderly lady at #12-03 (Mdm Lim Ah Hoon) goes for dialysis Mon/Wed/Fri mornings, please don't schedule the water shut-off on those days.
        Refund approved: DBS account 072-418833-6 under the name Priya d/o Ramasamy, S$186.50 for the duplicate charge on INV-2025-05-0441.
        Warranty form. Name: Tan Siew Ling; NRIC: S8823417J; Address: 21 Jalan Kembangan, Singapore 419131; Contact: siewling.tan88@gmail.com
        FYI the client Marcus Yeo told me he just got retrenched and can only pay the plumbing bill in 3 instalments, can finance approve?
        Rating comment flagged: 'Technician Hafiz Rahman smelled of alcohol and was rude to my helper', customer gave 1/5 for job SD-SG-25-20117.
        Call me at 8462 0931 when you reach the guardhouse, the intercom is spoilt and my dog will bark. - Jasmine (unit 7B)
        Mr Gopal Krishnan at 18 Sennett Avenue wants the DB box redone, he says the last electrician left exposed wires next to his son's bed.
        FIN G5523871K, Nguyen Thi Hoa, helper at the Ong residence, will open the door for the electrician; employer says she is pregnant so no ladder work for her.
        Dispute DSP-SG-2025-0140: Mrs Rachel Chua says the aircon guy saw her husband's bankruptcy letters on the table and posted about it in a Facebook group.
        Customer 'Ah Boy' at 9038 1176 keeps booking then cancelling; he owes S$240 from two no-show call-out fees, blacklist him?
    """),
    "zh-Hans": _lines("""
        工单备注：陈先生（138 2647 9015）家住深圳市福田区景田北路景田小区 6 栋 1203，空调外机在阳台，需要带 5 米铜管。
        客户身份证号 44030419870623351X，姓名周建华，申请延保时需上传身份证正反面照片，已存入工单附件 IMG_0231.jpg。
        林太说她老公上个月中风，家里浴室要加扶手和防滑地砖，预算大概 3000 元，希望师傅周末上门，尽量不要打扰病人休息。
        投诉记录：用户王丽娟反映师傅把她家门锁密码告诉了别人，要求平台更换门锁并赔偿，已升级至法务部处理。
        阿明欠了我们 RM1,350 的材料费一直没还，他住 Taman Molek 那边，下次他再下单就先收全款。
        退款账户：招商银行 6225 8812 3456 7890，户名刘志强，退款 ¥460.00，原因：热水器安装后漏水返工两次仍未解决。
        微信号 xiaoyu_0917 的客户黄小雨，住厦门市思明区湖滨南路 57 号 3 单元 502，要求女技师上门，因为她一个人住。
        张师傅的电工证号 T110108198509112071，我刚核对过，跟他身份证号一致，可以派他去做整屋布线。
        客户反馈：邓女士刚做完剖腹产在坐月子，空调不能直吹，请师傅加装导风板，上门时间安排在下午两点以后。
        新加坡客户吴先生 WhatsApp +65 9725 3318，住宏茂桥 Ang Mo Kio Ave 3 Blk 405 #11-1187，约周六上午 10 点洗三台风机盘管。
    """),
    "zh-Hant": _lines("""
        工單 SD-HK-25-11902：何太（9463 2187），住沙田第一城 32 座 18 樓 F 室，廚房去水渠塞，佢話屋企個仔坐輪椅，師傅入屋要小心。
        保養申請表｜姓名：梁嘉欣；香港身份證：Y482913(A)；住址：將軍澳唐明街 2 號 8 座 2106 室；電郵：kayan.leung@yahoo.com.hk
        黎生話佢同老婆啱啱離婚，間屋要賣，叫我哋張報價單改返抬頭做佢個人名，唔好寫佢前妻個名。
        台北市大安區信義路四段 265 巷 12 弄 7 號 3 樓，王志偉先生，手機 0921-487-306，浴室天花板漏水，樓上住戶不肯配合。
        客戶林淑芬（身分證 F227901344）申請冷氣安裝補助，附上低收入戶證明及房東同意書，請審核。
        阿強師傅上個月俾人告咗醉駕，車牌停咗，而家唔可以揸公司車，派單時要安排其他同事載佢。
        發票寄送地址：新北市板橋區文化路一段 188 號 11 樓之 2，收件人陳怡君，LINE ID：yijun_chen0823。
        澳門客戶鄭偉倫，身份證 5215836(3)，住氹仔海洋花園 8 座 15 樓 B，要求星期日上門換熱水爐。
        退款轉帳：中國信託 822 帳號 0135 4027 8816，戶名張雅婷，金額 NT$3,200，原因：冷氣安裝延誤三週。
        評價回覆草稿：周小姐您好，關於師傅看到您的抗憂鬱藥並在社群上嘲笑一事，我們已停權該技師，並會致電 0933-582-104 向您致歉。
    """),
    "ms": _lines("""
        Tiket TG-JB-250412-0093: Encik Mohd Faizal bin Abdullah, No. 27, Jalan Setia 3/5, Taman Setia Indah, 81100 Johor Bahru, tel 012-774 3021, paip dapur pecah.
        Borang waranti. Nama: Nurul Aina binti Hashim; No. MyKad: 920314-10-5528; Alamat: B-12-7, Pangsapuri Seri Mutiara, 40150 Shah Alam.
        Kak Ros di rumah teres hujung tu baru disahkan kanser payudara, jadi tolong pastikan juruteknik pakai topeng dan jangan bising sangat.
        Bayaran balik RM320 ke akaun Maybank 1641 2287 5093 atas nama Lee Chong Meng, sebab aircon masih tak sejuk lepas 2 kali servis.
        Encik Rajesh kata dia masih berhutang RM2,400 dengan along, minta kami jangan datang hari Jumaat sebab orang along selalu tunggu depan rumah.
        Juruteknik Azlan (tel 019-335 8720) lambat 2 jam dan pelanggan minta nombor IC dia, 880722-07-5213, untuk buat laporan polis.
        Kereta pelanggan WVB 8812 menghalang laluan van kami di Taman Tun Dr Ismail, sila hubungi pemiliknya Puan Siti Zubaidah di 017-228 4906.
        Gambar IMG_20250602_143355.jpg yang dihantar Puan Kavitha menunjukkan muka anak perempuannya dan alamat rumah No. 8, Lorong Mawar 2, Ipoh.
        Emel pelanggan: hafizah.rosli92@gmail.com, dia nak salinan invois dihantar ke emel ini sahaja, bukan ke suami kerana mereka dalam proses cerai.
        Pak Cik Osman, 72 tahun, tinggal seorang diri dan menghidap demensia; anaknya minta juruteknik telefon 013-662 1094 dulu sebelum masuk rumah.
    """),
    "mixed": _lines("""
        Customer 黄先生 at Toa Payoh Lor 1 Blk 128 #05-312, HP 8125 6649, say 冷气滴水 onto 他的 bed, want same-day, ok boss?
        Eh the auntie 林太 at Jurong West St 52 cannot pay today lah, her son 在医院 ICU, 她说下个月 then settle the S$350.
        Cust IC 851126-14-6671, nama Wong Kah Yee, mau claim warranty untuk water heater Joven, 她说 invoice hilang already.
        老細，Kelvin Chan 嗰單 dispute 話我哋師傅偷咗佢屋企隻 Rolex，佢住日出康城 3 座 26 樓 C，HKID K730265(7)，已經報咗警。
        Pls refund to PayNow 9317 5528 (name: Chong Mei Ling), she say 那个 electrician 弄坏她的 ceiling fan, S$120.
        Tech rating: 阿 Ken this week 4 jobs 3 complaint, HR say his 薪水 S$2,850 will be cut if next month still like this, jangan bagitahu dia dulu.
        Cust Puan Lim 在 Petaling Jaya SS2/24 No. 15，她 pregnant 7 months，so aircon servicing 不要用 chemical yang bau kuat ok.
        台灣客人蔡宗翰 ID B188302561 booked via app, address 台中市西屯區台灣大道三段 301 號 9F-2, phone 0958-213-667, pls confirm 冷氣 model first.
        Hi team, 客户 Ms Farah Lim email farah.lim.sg@outlook.com, she say her ex-boyfriend keep calling 我们 hotline pretend to be her, 不要 give out her address ok.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the HomeFix SG booking assistant. Help customers book, reschedule and describe plumbing, electrical and aircon problems.",
        ),
        (
            "user",
            "Hi, I need a plumber tomorrow morning, the pipe under my kitchen sink burst. I'm Vincent Lau, 9284 1170, Blk 215 Serangoon Ave 4 #03-22.",
        ),
        (
            "assistant",
            "Sorry to hear that, Vincent. I've noted an emergency plumbing job for Blk 215 Serangoon Ave 4 #03-22 tomorrow, 8am to 10am slot. Please close the water valve under the sink for now.",
        ),
        (
            "user",
            "Thanks. Also my mum stays with me, she has Parkinson's, so please tell the plumber to be patient if she's the one who opens the door.",
        ),
        (
            "assistant",
            "Noted. I've added a private note for the technician to allow extra time at the door and to call 9284 1170 if needed. The note is only visible to the assigned team.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾「師傅到」平台，工單 SD-HK-25-11955，佢哋洗冷氣報價 $480，到場收咗我 $1,200。",
        ),
        (
            "assistant",
            "可以。請提供你想喺信入面用嘅稱呼同聯絡方法，我會寫一封簡潔嘅投訴信，列明報價同實際收費嘅差額。",
        ),
        (
            "user",
            "我叫莫家豪，電話 6392 0458，住荃灣綠楊新邨 F 座 12 樓 7 室。另外師傅話我唔俾錢就唔走，我阿媽有心臟病，嚇到佢要食藥。",
        ),
        (
            "assistant",
            "明白。以下係草稿：致師傅到客戶服務部：本人莫家豪（電話 6392 0458）於工單 SD-HK-25-11955 獲報價 HK$480，惟技師到場後收取 HK$1,200，並拒絕離開，令家中患有心臟病嘅母親受驚。要求退回差額 HK$720 並作出書面解釋。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk aplikasi TukangGo. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya nak buat tuntutan waranti, aircon yang dipasang bulan lepas bocor air. Nama saya Siti Khadijah binti Roslan, IC 900518-10-6234.",
        ),
        (
            "assistant",
            "Baik, Puan Siti Khadijah. Sila buka aplikasi TukangGo, pergi ke Tiket > Waranti, masukkan nombor tiket kerja dan muat naik gambar kebocoran. Anda tidak perlu memasukkan nombor IC dalam borang.",
        ),
        (
            "user",
            "Tiket saya TG-KL-250305-0211. Alamat No. 14, Jalan Anggerik 5, Taman Sri Muda, 40400 Shah Alam. Bila juruteknik boleh datang?",
        ),
        (
            "assistant",
            "Biasanya juruteknik akan menghubungi anda dalam 3 hari bekerja selepas tuntutan dihantar. Pastikan alamat Taman Sri Muda itu sama dengan alamat dalam tiket TG-KL-250305-0211.",
        ),
    ],
    [
        (
            "system",
            "你是家电维修平台的客服助理。当前客户资料：姓名 孙立新，手机 139 0571 6682，地址 杭州市西湖区文三路 90 号东部软件园旁 3 幢 701，会员等级 金卡。",
        ),
        ("user", "我上周约的空调加氟，师傅说要 380 元，合理吗？"),
        (
            "assistant",
            "孙先生您好，根据平台指导价，1.5 匹以下空调加氟为 180 元，如需补漏另行报价。我看到您的订单登记地址是西湖区文三路 90 号附近 3 幢 701，请问当时是否做了补漏？",
        ),
        ("user", "没有补漏，只是加氟。那我要怎么申诉？"),
        (
            "assistant",
            "您可以在订单页面点击「费用申诉」，选择「收费与报价不符」，上传付款截图。客服会在 48 小时内通过 139 0571 6682 联系您。",
        ),
    ],
    [
        (
            "user",
            "Help me write WhatsApp msg to customer, she name Joanne Seah, 9641 2270, tell her tmr aircon chemical wash at her place Blk 33 Telok Blangah Rise #14-56 change to 2pm.",
        ),
        (
            "assistant",
            "Sure, here's a draft: Hi Joanne, this is HomeFix SG. Your aircon chemical wash tomorrow at Blk 33 Telok Blangah Rise #14-56 has been moved to 2pm. Reply YES to confirm or let us know if you need another slot. Thank you!",
        ),
        (
            "user",
            "Can add say sorry, last time our guy drip water on her laptop, we still owe her S$150 compensation 还没 pay.",
        ),
        (
            "assistant",
            "Updated draft: Hi Joanne, this is HomeFix SG. Your aircon chemical wash tomorrow has been moved to 2pm. We also apologise again for the water damage to your laptop last time; the S$150 compensation will be credited to you this week. Reply YES to confirm.",
        ),
    ],
    [
        ("system", "你是台灣居家修繕平台的客服 AI，使用繁體中文回答。"),
        (
            "user",
            "我要申訴，上週找的水電師傅把我家牆壁打穿。我叫吳佩珊，身分證 H244170934，住桃園市中壢區中大路 300 巷 18 號 4 樓。",
        ),
        (
            "assistant",
            "吳小姐您好，很抱歉造成困擾。請在 App 的「爭議處理」頁面填寫工單編號並上傳牆面損壞照片，身分證字號不需要提供給平台。",
        ),
        ("user", "工單是 TW-TY-25-03318，我已經拍照了。另外我懷孕中，不想再讓同一個師傅來。"),
        (
            "assistant",
            "已了解。建議您在申訴內註明希望更換施工團隊，平台會安排不同團隊到中壢區中大路的府上評估修補，並優先排定白天時段。",
        ),
    ],
    [
        (
            "system",
            "Internal ops assistant for SifuDao HK. Ticket data: SD-HK-25-12040 | customer Mr Tommy Wong Chi Keung | 9187 3364 | Flat 9C, Block 2, Laguna City, Kwun Tong | technician team KLN-2 | status DISPUTED",
        ),
        ("user", "Summarise the dispute on SD-HK-25-12040 for the supervisor."),
        (
            "assistant",
            "Summary: Mr Tommy Wong Chi Keung (9187 3364), Flat 9C, Block 2, Laguna City, disputes the HK$2,300 charge for replacing a water heater; he says the quote was HK$1,600. Team KLN-2 was on site. Status: DISPUTED, awaiting supervisor review.",
        ),
        ("user", "Ok, draft a reply offering HK$500 back."),
        (
            "assistant",
            "Draft: Dear Mr Wong, after reviewing job SD-HK-25-12040 we will refund HK$500 to your original payment method within 7 working days. We apologise for the difference between the quote and the final charge.",
        ),
    ],
    [
        (
            "user",
            "Saya tuan rumah, penyewa saya bernama Darren Lim, nombor 016-883 2451. Dia kata suis utama selalu trip. Boleh saya tempah juruelektrik tanpa dia?",
        ),
        (
            "assistant",
            "Boleh, tetapi juruelektrik perlu akses ke rumah. Anda boleh tempah atas nama anda dan tambah nota supaya juruteknik menghubungi penyewa untuk masuk.",
        ),
        (
            "user",
            "Ok. Rumah tu No. 3A, Jalan Putra Mahkota 7/4, Putra Heights, 47650 Subang Jaya. Darren pun dah 3 bulan tak bayar sewa, jadi saya nak juruteknik ambil gambar keadaan rumah sekali.",
        ),
        (
            "assistant",
            "Saya faham, tetapi juruteknik hanya boleh mengambil gambar yang berkaitan dengan kerja pendawaian. Untuk isu sewa tertunggak, lebih baik anda berurusan terus dengan penyewa atau dapatkan nasihat guaman.",
        ),
    ],
    [
        ("user", "帮我算一下报价：上海家里要换全屋电线，两室一厅，大概 65 平方。"),
        (
            "assistant",
            "按一般行情，65 平方两室一厅全屋换线（含开槽、穿管、4 平方和 2.5 平方铜线、开关插座）大约在 8,000 到 13,000 元之间，具体要看是否需要更换配电箱。",
        ),
        (
            "user",
            "好的。我爸赵国平 78 岁有阿尔茨海默症，白天一个人在家，地址是上海市徐汇区宛平南路 88 弄 5 号 402，施工期间能不能让电工每天下班前给我打电话 137 6120 4439？",
        ),
        (
            "assistant",
            "可以在下单时备注：施工地址徐汇区宛平南路 88 弄 5 号 402，老人独自在家，请电工每天收工前致电 137 6120 4439 汇报进度，并确保离开时关好总闸和大门。",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore aircon company's admin staff with HR and rostering messages. Reply in the same mix of languages the user uses.",
        ),
        (
            "user",
            "帮我写个 message 给技师 Raymond Teo, tell him his MC from 12 to 14 June approved, but 他这个月 already 3 times MC, 要 bring 医生 letter, his basic 薪水 S$2,600 no change.",
        ),
        (
            "assistant",
            "Draft: Hi Raymond, your MC from 12 to 14 June has been approved. As this is your third MC this month, please submit the doctor's letter to HR by Friday. Your basic salary of S$2,600 remains unchanged. Get well soon!",
        ),
        (
            "user",
            "Ok also remind him 他的 work permit... no wait he's PR. Just add his new roster Team EAST-2 start 17 June.",
        ),
        (
            "assistant",
            "Updated: Hi Raymond, your MC from 12 to 14 June has been approved. As this is your third MC this month, please submit the doctor's letter to HR by Friday. Your basic salary of S$2,600 remains unchanged. From 17 June you will be rostered with Team EAST-2. Get well soon!",
        ),
    ],
]
