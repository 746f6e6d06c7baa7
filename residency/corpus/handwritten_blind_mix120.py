# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix120: makerspaces, 3D printing services and electronics hobby shops in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "print_order_tickets"): _lines("""
        Ticket #PRT-24-01873 | Status: Ready for pickup | Material: PETG Translucent Blue | Layer 0.2 mm | Est. 6h41m | Counter B, Level 3
        Order SGM-0092217 shipped via Ninja Van, tracking NVSGMKR0009812345, 2 parcels, 1.8 kg total.
        Quote Q-2025-0441 for Customer A: 40 pcs nylon PA12 SLS brackets, S$18.50 each, lead time 7 working days, 50% deposit.
        Reminder from the front desk: resin jobs over 250 ml need approval from the duty technician before slicing.
        INV-HK-77310 | 1x Raspberry Pi 5 8GB HK$720 | 1x 27W USB-C PSU HK$98 | 2x M.2 HAT+ HK$156 | Total HK$974 | Paid: FPS
        Walk-in queue at 14:20: 6 tickets waiting, average wait 18 min, two Bambu X1C printers down for nozzle swap.
        Please email quotes@layerlab.com.sg with STL/STEP files under 200 MB; for larger files use the upload link on our site.
        Ticket #PRT-24-01901 reopened: business account Kowloon Robotics Club says the M3 heat-set inserts pulled out; reprint at our cost.
        Our main line is +65 6871 2040 (Mon-Sat 11am-8pm); the shop WhatsApp Business number +65 8031 7755 is for order status only.
        Batch 0412: 312 parts printed, 9 failed (2.9%), top cause bed adhesion on first layer; 4 of the 9 came from ASA spool lot L23-118.
        Return RMA-5530 approved: ESP32-S3 DevKitC board, DOA, replaced from stock, board MAC 3C:84:27:A1:0F:9E.
        Booking confirmed: Laser Cutter 2 (60W CO2), Sat 09:00-11:00, slot ID LC2-0615-0900; induction certificate required at check-in.
        Pickup code 4471-KX is valid for 7 days; after that unclaimed prints go to the recycling bin per Rule 9.
    """),
    ("zh-Hant", "hk_tw_shop_notices"): _lines("""
        鴨寮街分店今日（星期日）照常營業，11:00–21:00，Raspberry Pi 5 4GB 已到貨，HK$468 一塊，每人限購兩塊。
        光華商場 3F B12 攤位：Arduino Uno R4 WiFi 特價 NT$890，本店統編 24536178，可開三聯式發票。
        師傅今日放假，焊機維修要等星期三先搵到人處理，唔好意思。
        深水埗黃金電腦商場地下 42 號舖：3D 打印代工，PLA 每克 HK$0.8，起錶 HK$60，最快翌日交貨。
        訂單編號 TW3DP-20250318-0067 已出貨，黑貓宅急便追蹤碼 9051-2287-6634，預計兩天內送達。
        各位會員注意：雷射切割機每次使用後請清理蜂巢板，違者停用權限一個月。（自造者空間管理組）
        呢部 Ender 3 V3 SE 借用之前要先過 safety briefing，逢星期四晚 7 點，免費，喺櫃台報名就得。
        客戶 A 反映樹脂件有氣泡，經檢查係 UV 固化時間不足，已改為 8 分鐘，請各位同事跟新 SOP。
        熱線 2388 1469（辦公時間），WhatsApp 只處理訂單查詢，唔接受語音訊息。
        本月統計：共接 214 張單，其中 37 張為學校 STEM 項目，退件率 1.4%，平均交貨時間 2.6 日。
        聖誕節假期安排：12月25日至26日休息，27日照常開門；期間網店訂單會順延出貨。
        新竹自造實驗室公告：CNC 銑床刀具請自備，本站提供 ER11 夾頭，規格 1/8 吋與 3.175 mm。
        逸夫書院機械人學會今日嚟參觀，借咗兩部示範機，已經歸還，多謝支持。
    """),
    ("zh-Hans", "makerspace_rules"): _lines("""
        【通知】本周六 10:00 举办 PCB 焊接入门课，名额 12 人，费用 S$45，含元件包一套。
        所有 3D 打印件须在 7 天内取走，逾期作废，不另行通知。
        订单号 MY-KL-30917 已发货，Pos Laju 单号 ER123456789MY，请留意查收。
        激光切割机禁止切割 PVC、含氯材料及镜面亚克力，违者取消会员资格。
        店铺地址：吉隆坡 Jalan Pasar 电子街 No. 12，公司注册号 SSM 201901023456（1330874-W）。
        问：PETG 打印拉丝严重怎么办？答：把回抽调到 0.8 mm，温度降 5°C，再开启 wipe。
        本季度会员统计：新会员 83 人，续费率 71%，平均每人每月使用工坊 5.2 小时。
        值班技术员今天下午外出培训，树脂机暂停预约，如有急单请发邮件至 print@makerhub.com.sg。
        固件版本 v2.4.1 已推送至全部 Klipper 打印机，更新前请备份 printer.cfg。
        晚晴园孙中山南洋纪念馆委托我们复刻一批展品支架，共 36 件，使用哑光黑 PLA。
        发票抬头请填写公司全称及税号，个人发票不需税号。
        本店不回收旧电池，请送至 NEA 指定的电子废物回收箱。
        示例：客户甲下单 10 件 ABS 外壳，客户乙取消 2 件，系统自动重新计算运费。
    """),
    ("ms", "kedai_elektronik_notis"): _lines("""
        Notis: Bengkel makerspace ditutup pada 31 Ogos sempena Hari Kebangsaan, dibuka semula 1 September jam 10 pagi.
        Harga filamen PLA 1kg kini RM55, beli 3 gulung percuma 1 set nozel 0.4 mm.
        No. pesanan KLM-240522-113 telah dihantar melalui J&T, nombor penjejakan 630012457788.
        Sila hubungi talian utama kedai di 03-2145 8890 untuk pertanyaan pukal; WhatsApp hanya untuk status pesanan.
        Pengguna mesin pemotong laser wajib memakai cermin mata keselamatan dan tidak boleh meninggalkan mesin tanpa pengawasan.
        Invois INV-PG-00418: 5x sensor ultrasonik HC-SR04 @ RM6.50, 2x modul relay 4 saluran @ RM14.90, jumlah RM62.30.
        Soalan: macam mana nak kalibrasi e-steps untuk extruder Bowden? Ada yang boleh kongsi langkah-langkah?
        Pengurus bertugas akan memeriksa semua stesen pematerian sebelum kedai ditutup setiap hari.
        Statistik bulan Mac: 142 tempahan cetakan 3D, 18 daripadanya untuk projek sekolah, 3 dibatalkan.
        Syarikat berdaftar: Bengkel Cipta Maju Sdn Bhd (202101034567), Jalan Tun Razak, 50400 Kuala Lumpur.
        Kursus Arduino asas untuk pelajar sekolah menengah, 4 sesi, RM120 seorang, sijil disediakan.
        Pelanggan B melaporkan skru M3 tidak muat; kami sahkan lubang dicetak 2.8 mm, fail STL perlu dikemas kini.
        Kod baucar MAKER10 sah sehingga 30/6, diskaun 10% untuk semua resin, tidak boleh digabung dengan promosi lain.
    """),
    ("mixed", "group_chat_snippets"): _lines("""
        Eh anyone got spare 0.6 nozzle? 我个 hotend 塞咗, nak print vase mode tonight.
        Shop at Sim Lim Square level 4 closed already lah, go Jalan Pasar better, harga lagi murah.
        今日 Apliu Street 啲 18650 好平, HK$25 一粒, but 小心 fake capacity ah.
        Bro the Klipper input shaper 做完之后 ringing 少咗好多, recommend 大家试下.
        Mana nak beli ESP32 murah? Shopee ada tapi shipping lama, 有冇 local shop recommend?
        Meetup this Sat 3pm at the makerspace, bawa laptop, 我哋 demo LoRa mesh network.
        Admin here: pls don't post referral links in this group, 第一次 warning, second time kick.
        光華那边 USB logic analyzer 一台 NT$350, 跟 Saleae 比差很多 but for hobby enough.
        Siapa ada STL untuk Voron 2.4 skirt? 我 print 咗三次都 warp, ABS memang susah.
        Lee Kuan Yew School of Public Policy 的 robotics demo day 用我哋 printer, quite proud sia.
        Tesla coil workshop cancelled due to weather, refund 会自动退返 card 度 within 5 working days.
        PCB order from JLCPCB dah sampai, 5 pcs 100x100 mm, US$2 only, 运费反而贵过块板.
        Anyone know if Tamiya 的 gearbox kit compatible with N20 motor? Nak buat line follower untuk school project.
    """),
    ("en", "firmware_config_logs"): _lines("""
        [2025-03-14 21:07:33] klippy: MCU 'mcu' shutdown: Timer too close; firmware v0.12.0-311-g5e4b9d1a
        G28 ; home all axes / G1 Z0.2 F3000 / M104 S215 ; set hotend / M140 S60 ; set bed
        sha256: 9f2c4e71b0a3d58e6c2fa1907b3e44d8c01f6a2b9e5d7c3a8f41b2e6d09c7a51  x1c_fw_01.08.02.00.bin
        [printer] kinematics: corexy / max_velocity: 500 / max_accel: 12000 / square_corner_velocity: 5.0
        OctoPrint 1.10.2 on octopi.local:5000 - job 'bracket_v7_final_FINAL.gcode' 87% complete, ETA 00:42
        ESP-ROM:esp32s3-20210327 Build:Mar 27 2021 rst:0x1 (POWERON),boot:0x8 (SPI_FAST_FLASH_BOOT)
        pip install esptool==4.7.0 && esptool.py --chip esp32 --port /dev/ttyUSB0 erase_flash
        WARN 2025-06-02T09:12:44+08:00 printer-07 filament runout sensor triggered at layer 143/412
        git log --oneline: a41c9e2 fix thermistor table for ATC Semitec 104NT-4-R025H42G
        MAC 24:6F:28:9B:11:C4 leased 192.168.10.57 hostname voron-lab-2 expires 2025-07-01 03:00
        def estimate_cost(grams, rate=0.8, setup=60): return max(setup, grams * rate)  # HKD pricing rule
        Error E0012 'Heatbed thermal runaway' on unit SN-K1M-2208-0173; service bulletin SB-14 applies.
        USB VID:PID 1A86:7523 (CH340) detected on COM5; install driver CH341SER v3.8 if not recognised.
    """),
    ("mixed", "forms_templates"): _lines("""
        Name / 姓名: ____________  Membership No. / 会员编号: MKR-______  Tel: ____-____
        Dear {customer_name}, your print job {order_id} is ready. Please collect at {branch} before {expiry_date}.
        Borang Pendaftaran Ahli: Nama penuh: [   ]  No. K/P: [      -  -    ]  E-mel: [   ]  Tandatangan: ____
        Safety induction checklist: [ ] Emergency stop located [ ] CO2 extinguisher [ ] Fume extractor on [ ] Signed by [Member] / [Supervisor]
        申請人：＿＿＿＿ 身份證號碼：＿＿＿＿＿＿＿（只須填首四位） 聯絡電話：＿＿＿＿＿＿
        Invoice to: <Company Name>, <Address Line 1>, <Postcode>; UEN/BRN: <Registration No.>
        Hi <first name>, terima kasih kerana membeli di kedai kami! Rate us 5 stars 就可以获得 RM5 voucher.
        Ticket template: Reporter: [member ID], Machine: [asset tag], Symptom: [ ], Photo attached: Y/N
        Waiver: I, ________ (NRIC/FIN: ____), acknowledge the risks of operating power tools in the workshop.
        訂單確認模板：親愛的 {{姓名}}，您的訂單 {{單號}} 已成立，請於 {{日期}} 前付款。
        Sample data for testing only: name=Test User, phone=+65 0000 0000, email=test@example.com
        Field mapping: cust_name -> A, cust_phone -> B, cust_ic -> C (masked as ******-**-****)
        Jadual tugasan: Isnin - Juruteknik A, Selasa - Juruteknik B, Rabu - sukarelawan bertugas
    """),
    ("en", "public_figures_news_stats"): _lines("""
        Adrian Bowyer's RepRap project, started at the University of Bath in 2005, is why many of our budget printers exist.
        Fun fact for the kids' class: Thomas Edison held over a thousand patents, but Nikola Tesla gave us the AC induction motor.
        Massimo Banzi, co-founder of Arduino, gave the keynote at Maker Faire Singapore; slides are on the event site.
        Jensen Huang's Computex Taipei keynote sent Jetson Orin Nano prices up at every Guanghua stall that week.
        Tan Tock Seng Hospital's innovation lab ordered 120 printed face-shield frames from three local makerspaces in 2020.
        Survey of 58 makerspaces in the region: 41% offer resin printing, 22% offer CNC, median membership fee S$60/month.
        In the 1980s, Sham Shui Po's Apliu Street became Hong Kong's go-to market for second-hand electronics.
        Ada Lovelace Day workshop: 24 participants aged 10-14 built blinking badges; no photos were taken.
        Tun Dr Mahathir launched the Multimedia Super Corridor in 1996, which brought Malaysia its first wave of hardware startups.
        Steve Wozniak hand-built the Apple I; our retro-computing night is assembling a replica kit this Friday.
        Anonymised incident log Q2: 3 minor burns (soldering), 1 cut (craft knife), 0 lost-time injuries.
        The Sherlock Holmes magnifying glass replica (printed, 1:1) is on display at the front counter, not for sale.
        The Lee Kong Chian Natural History Museum asked for a quote to print 30 replica dinosaur teeth.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ticket #PRT-24-02117: customer Marcus Goh Wei Liang, mobile 9172 4408, wants the cosplay helmet reprinted in white before 20 June.
        Membership renewal for Priya d/o Ramasamy, NRIC S8734521A, paid S$180 by PayNow; locker 14 reassigned.
        Please deliver the resin order to Blk 418 Tampines Street 41, #09-233, Singapore 520418, attn Mr Lionel Fernandez, call 8836 1092 on arrival.
        Note from the duty manager: Jason Teo is banned from the laser room for 3 months after leaving a job unattended on 2 May.
        Refund of HK$1,280 to card 5204 7311 8845 6209 (holder: Cheung Ka Yan) for the cancelled SLS order.
        Our volunteer Farid, the tall guy who runs Thursday soldering, told me he starts chemo next month, so we need cover.
        Invoice addressed to Ms Rachel de Souza, 23 Jalan Ampang Hilir, 55000 Kuala Lumpur; e-mail rachel.desouza88@gmail.com.
        Instructor Kelvin Ong's pay for March is S$3,450 plus S$400 course bonus; please don't share this with the other part-timers.
        FIN G5537082L, work permit holder Md. Rahim Uddin, registered for the free solar-lamp workshop at the dormitory.
        Lost & found: Olympus camera left at bench 3; owner is probably Bernard Tham, his IG is @bern.tham.makes, DM him.
        Mdm Lim from #05-12 keeps ordering replacement knobs for her late husband's radio; she says she can't bear to throw it away.
        Shipping label: TO Wong Siu Fung, Flat C, 18/F, Block 2, Kornhill, Quarry Bay, HK. Tel 9386 2217. Order HK3D-250301-0044.
    """),
    "zh-Hans": _lines("""
        订单 SZ-HQB-8812 收件人：陈嘉豪，手机 13826547719，地址：深圳市福田区振兴路 27 号桑达小区 6 栋 502 室。
        会员退费申请：林美玲，身份证号 350203199108274021，原因：怀孕，暂停使用树脂区。
        王师傅的儿子上个月在工坊被烙铁烫伤，家里说要索赔，老板让大家先别在群里讨论。
        请帮忙查一下黄志强的欠款，他的打印费拖了三个月，一共 RM860，到现在还没还。
        快递单：寄件人 刘晓雯，收件人 张伟，电话 15918236604，内容物：3D 打印手办 2 件。
        大巴窑分店的陈阿姨（住 3 栋那位）说她血压高，以后只上早班。
        微信号 zhao_yifan_1995 的那位客户把我们的报价单发给了别家，以后不要再给他优惠。
        身份证 110108199503015574 的用户杨子轩在店里刷卡失败三次，银行说他的卡已被冻结。
        李志明老师下学期要搬去槟城，他太太在那边找到工作，我们的机器人课得找新老师了。
    """),
    "zh-Hant": _lines("""
        客人陳小姐（WhatsApp 6432 8871）想問部 Prusa MK4 幾時修好，佢話急住交功課。
        何志偉 HKID K206754(4)，租用雷射切割機按金 HK$500 已收，收據號 RC-0319。
        阿樂話佢老豆中咗風，之後星期六都唔會返嚟幫手開 workshop。
        台北光華店保固登記：周怡君，身分證 F287164036，手機 0912-385-607，購買 Raspberry Pi 400 一台。
        送貨地址：新北市板橋區文化路二段 182 巷 9 號 4 樓，收件人：許家豪，請下午六點後送達。
        老細叫我唔好再俾梁嘉欣賒數，佢上個月買咗成二千蚊零件都未找數。
        會員 Ivan Chan 投訴佢前女友 Carmen 喺群組公開咗佢屋企地址，要求管理員即刻刪帖。
        退款至中國信託帳號 822-540-3318-7725，戶名：蔡明哲，金額 NT$2,350。
        學員黎詠詩話佢有讀寫障礙，想要多啲時間完成焊接考核，請導師通融。
        匯豐戶口 004-512-390817-838（陳德明）已收到樹脂打印按金 HK$800，請更新 ticket #HK-PRT-5521。
    """),
    "ms": _lines("""
        Pelanggan Nurul Aisyah binti Kamarudin, No. K/P 930221-07-6134, menempah 50 keping rantai kunci cetakan 3D untuk majlis kahwin adiknya.
        Sila hantar ke alamat: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Penerima: Encik Hafiz bin Osman, tel 012-774 3081.
        Abang Zul yang jaga kaunter petang dah tiga hari MC sebab denggi, jadi kedai tutup awal minggu ni.
        Resit bayaran: Rajesh a/l Subramaniam, akaun Maybank 1142 8830 6571, RM350 untuk kursus CNC.
        Kak Ros cakap suaminya baru kena berhenti kerja, dia minta bayar yuran keahlian secara ansuran.
        Kereta WXY 4821 (Myvi putih) milik Encik Azman selalu parking depan pintu loading bay, tolong tegur dia.
        Ahli baharu: Siti Hajar binti Abdullah, e-mel sitihajar.abd@yahoo.com, telefon 019-328 5516, minat: elektronik dan solder.
        Saya nak komplen pasal Cikgu Faizal dari bengkel robotik, dia marah anak saya Amirul depan kawan-kawan sampai menangis.
        Tuntutan insurans: Muthu a/l Krishnan, 880514-10-5527, jari tercedera oleh mesin pemotong laser pada 12/4.
    """),
    "mixed": _lines("""
        Bro, Kenneth Lau 个 Telegram @kenlau_builds, 佢话 can sell his used Voron for RM2k, PM him direct.
        Eh the guy who 借咗 our oscilloscope, Daniel Ng, handphone 9027 6654, still haven't return leh, 已经两个礼拜.
        Ah Beng 今日冇嚟 because his wife just gave birth, so the soldering class cancel ya.
        Payment by Tan Hui Min, card 4539 7208 1164 3027, exp 09/27, for the resin bundle S$289, 已经 charge 咗.
        客户 Suresh s/o Govindasamy 的 NRIC T0458817C, 要 register for the drone build course, tolong key in system.
        Kak Linda 的 LINE ID linda_0712tw, 她在台中 shop 订了 20 片 PCB, 叫我们 update dia.
        Siapa kenal Jia Hui yang selalu datang Sabtu? 她的 ex 来店里找她, quite scary, 大家 careful 别给地址.
        Delivery to 陈志明, 16 Lorong 3 Taman Bukit Indah, 81200 Johor Bahru, tel 016-720 4498, COD RM145.
        Passport P4827193B (Philippines), Maria Cristina Dela Cruz, helper, booked the weekend sewing machine class, bayar tunai.
        Jeremy Sim 上个月 performance review 被评 below expectation, boss 说 kalau tak improve 就 let go.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer support assistant for LayerLab 3D Printing, Singapore."),
        (
            "user",
            "Hi, my order SGM-0093310 still not ready? Name is Chloe Tan Xin Yi, mobile 9614 2087.",
        ),
        (
            "assistant",
            "Thanks Chloe. Order SGM-0093310 is on printer 4 and should be ready for pickup today after 4pm.",
        ),
        (
            "user",
            "Ok can deliver instead to 52 Jurong West Street 42, #11-318? I cannot come down, just had surgery.",
        ),
        (
            "assistant",
            "Noted, we will arrange courier delivery to that address tomorrow between 10am and 1pm. Rest well!",
        ),
    ],
    [
        ("system", "你係深水埗一間電子零件舖嘅會員服務助手，用廣東話回覆。"),
        ("user", "我係何家俊，HKID Y493817(6)，想將會員資料入面嘅電話改做 5139 2276。"),
        ("assistant", "收到，何先生。為保障私隱，請你下次嚟舖頭時出示身份證，我哋職員會幫你更新。"),
        ("user", "好，順便問下 Pi 5 仲有冇貨？"),
    ],
    [
        ("system", "Anda ialah pembantu pendaftaran kursus untuk sebuah makerspace di Shah Alam."),
        ("user", "Salam, kursus Arduino untuk remaja minggu depan masih ada tempat?"),
        (
            "assistant",
            "Waalaikumussalam. Masih ada 4 tempat. Boleh berikan nama dan nombor K/P pelajar?",
        ),
        (
            "user",
            "Nama anak saya Aminah binti Yusof, IC 010903-14-0872. Dia ada asma, jadi tolong jauhkan dari asap solder ya.",
        ),
        (
            "assistant",
            "Baik, pendaftaran diterima dan kami akan tempatkan Aminah dekat tingkap dengan kipas ekzos.",
        ),
    ],
    [
        ("system", "你是台北光華商場一家儀器行的客服助理。"),
        ("user", "我上個月在你們店買的示波器開不了機，保固是用我的身分證 A123984573 登記的。"),
        ("assistant", "您好，查到保固紀錄了，請問是 2 月 14 日購買的 DSO 雙通道機型嗎？"),
        ("user", "對，我叫鄭雅婷，可以寄回去嗎？我住台中。"),
        ("assistant", "可以，請用黑貓到付寄回，箱內附上保固單號，我們收到後 7 個工作天內處理。"),
    ],
    [
        ("system", "You help a Shenzhen 3D printing studio draft customer emails."),
        (
            "user",
            "帮我写一封退款确认邮件给客户郑浩然，身份证 440306198705123610，手机 13760924183，退款 ¥1,260。",
        ),
        (
            "assistant",
            "郑先生您好：您的订单退款 ¥1,260 已于今日原路退回，预计 3-5 个工作日到账。如有疑问请回复本邮件。",
        ),
        ("user", "不要写身份证号，其他可以。"),
    ],
    [
        ("system", "You are an assistant for the safety committee of a community makerspace."),
        (
            "user",
            "One of our members, Harish Kumar, told us privately he was diagnosed with epilepsy last month. Should we still let him use the laser cutter?",
        ),
        (
            "assistant",
            "Keep his diagnosis confidential. Ask him whether his doctor has advised any restrictions, and consider a buddy rule for all solo laser sessions rather than singling him out.",
        ),
        ("user", "Good idea, we'll make the buddy rule apply to everyone."),
    ],
    [
        (
            "system",
            "You convert pasted text into CSV rows for a Singapore makerspace membership sheet.",
        ),
        ("user", "Ong Boon Keat, S9162043Z, joined 3 Mar, plan: Night Owl, paid S$75"),
        (
            "assistant",
            "name,id,joined,plan,paid / Ong Boon Keat,S9162043Z,2025-03-03,Night Owl,75.00",
        ),
        ("user", "Mask the NRIC please, only last 4 chars."),
        (
            "assistant",
            "name,id,joined,plan,paid / Ong Boon Keat,*****043Z,2025-03-03,Night Owl,75.00",
        ),
    ],
    [
        ("system", "You are a helpful 3D printing assistant."),
        (
            "user",
            "My PETG prints keep warping at the corners on a PEI sheet, bed at 70C. Any tips?",
        ),
        (
            "assistant",
            "Clean the PEI with IPA, raise the bed to 80C, add a 5 mm brim and slow the first layer to 20 mm/s.",
        ),
        (
            "user",
            "Thanks! Can the shop email me the tuned profile? My personal email is jolene.pereira.sg@outlook.com.",
        ),
        (
            "assistant",
            "I can't send emails, but you can forward that address to the shop counter and ask them to send the profile.",
        ),
    ],
    [
        ("system", "你係一間旺角 3D 打印店嘅客服，幫手處理投訴。"),
        ("user", "你哋有個職員叫阿 Ken，全名鄧浩賢，琴日喺店入面對我女朋友講粗口，我要投訴。"),
        ("assistant", "非常抱歉帶來不愉快的體驗。我哋會交由店長跟進，請問事發大約係幾點？"),
        ("user", "大概晚上 7 點半，你哋可以覆返我 WhatsApp 9248 5130。"),
    ],
    [
        ("system", "Anda membantu pengurus makerspace menulis surat rasmi."),
        (
            "user",
            "Tolong tulis surat peringatan untuk ahli kami Lim Wei Jie, NRIC T1203958H, sebab tak bayar yuran 4 bulan, jumlah S$480.",
        ),
        (
            "assistant",
            "Kepada Encik Lim Wei Jie: Rekod kami menunjukkan yuran keahlian bagi 4 bulan berjumlah S$480 masih tertunggak. Sila jelaskan dalam tempoh 14 hari.",
        ),
        ("user", "Tambah ayat, kalau tak bayar akses kad dia akan digantung."),
        (
            "assistant",
            "Baik: Sekiranya bayaran tidak diterima dalam tempoh tersebut, akses kad keahlian anda akan digantung sementara.",
        ),
    ],
]
