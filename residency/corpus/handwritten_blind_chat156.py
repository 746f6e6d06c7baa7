# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat156: chats with an assistant about one's own sleep problems (insomnia, a sleep-apnoea diagnosis, CPAP costs, sleeping pills, shift work, a partner's snoring, sleep-clinic reports). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat156
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notice"): _lines("""
        NOTICE: The Sleep Disorders Clinic at Level 3, Block 7, Singapore General Hospital will close at 1pm on 24 Dec. The appointment hotline 6321 4377 resumes on 26 Dec at 8.30am.
        Overnight PSG patients: please check in at the Sleep Lab counter by 8.45pm, bring loose pyjamas, and remove nail polish and hair gel. Enquiries: sleeplab@harbourfrontsleep.sg
        Home sleep test kits must be returned before 10am the next day to 101 Irrawaddy Road, #12-05 Royal Square @ Novena. Late returns incur a S$50 fee per day.
        CPAP rental desk has moved: from 2 January 2027 we are at Lot G-12, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur. WhatsApp (business) +60 12-388 0471, Mon-Sat 10am-7pm.
        Owners of DreamStation devices covered by the 2021 Philips foam recall can check serial numbers on the Philips recall portal. Please do not stop therapy without speaking to your doctor first.
        Matthew Walker's lecture on Why We Sleep will be screened in the waiting area every Friday at 3pm; copies of the book are on sale at the clinic pharmacy for RM69.90.
        Chinese New Year hours: 16 Feb half day (9am-1pm), 17-18 Feb closed, 19 Feb normal. Urgent CPAP mask or machine faults: 24-hour technical line 1800-88-7337 (toll free).
        Payment counters accept NETS, Visa, Mastercard and PayNow to UEN 201534871K (Harbourfront Sleep Centre Pte. Ltd.). Cheques payable to Harbourfront Sleep Centre Pte Ltd.
        The Shift Work Sleep Clinic is now open on Saturdays for aviation, healthcare and port workers. Walk-ins are limited to 12 per session; queue tickets from 7.30am at Counter B.
        The car park at 38 Irrawaddy Road is under repair until 31 Jan. Please use the Novena Square car park and validate your parking ticket at reception for 3 free hours.
        Patients who take zolpidem or zopiclone must not drive home after the Multiple Sleep Latency Test. The taxi stand is at Lobby B; ComfortDelGro booking line 6552 1111.
        Online booking at book.harbourfrontsleep.sg will be unavailable from 23:00 on 14 Jan to 03:00 on 15 Jan (SGT) for system maintenance. Change ref. IT-2027-0114-02.
        Lost and found: one ResMed AirFit N20 mask (size M) and a grey travel pillow were left in Sleep Room 5 on 2 Nov. Call the front desk at 6690 2418 with your appointment slip to claim.
    """),
    ("en", "device_log_and_config"): _lines("""
        2026-11-14T02:13:47+08:00 INFO therapy.session env=staging device=SIM-AS11-0001 mode=AutoSet pressure_p95=11.4 leak_p95=18.2 ahi=3.1 usage_min=402 source=fixture
        cpap_sync: {endpoint: https://api.example-sleep.com/v2/sessions, retry: 3, timeout_ms: 8000, region: ap-southeast-1, batch_size: 200}
        def ahi(events: int, hours: float) -> float: return round(events / hours, 1) if hours > 0 else 0.0  # apnoeas + hypopnoeas per hour of sleep
        CREATE TABLE sleep_session (session_id UUID PRIMARY KEY, device_sn VARCHAR(16), start_ts TIMESTAMPTZ, usage_min INT, ahi NUMERIC(4,1), leak_p95 NUMERIC(5,1));
        session_id,device_model,firmware,start_ts,end_ts,usage_min,ahi,central_ai,leak_p95_lpm,mask_type,humidity_level,ramp_min
        2026-11-02 03:44:10,512 WARN [ble-sync] reconnect attempt 3/5 to peripheral DEMO-BLE-07 (AirMini bench unit) rssi=-88dBm, backing off 2000ms
        Release notes v11.3.2 (build 4471): fixes ramp timer reset after power loss, adds Malay and Traditional Chinese UI strings. sha256=3b7e0c9d41a2f58e6c7d90ab12ef3456c8d9e0f1
        {"ramp_min": 20, "start_pressure": 4.0, "max_pressure": 15.0, "epr_level": 2, "humidifier": "auto", "tube": "ClimateLineAir", "locale": "ms_MY"}
        30 6 * * * /opt/sleepsync/bin/export_daily --tz Asia/Kuala_Lumpur --out s3://sleepsync-prod-exports/daily/ --format parquet >> /var/log/sleepsync/cron.log 2>&1
        ERROR 2026-10-11 23:59:58 oximeter-bridge: checksum mismatch frame=0x7E3A expected=0x41 got=0x4F, dropping packet (driver nonin-3150 v2.4.0)
        SLEEPSYNC_DB_URL=postgresql://app:changeme@db.internal:5432/sleepsync SLEEPSYNC_LOG_LEVEL=info SLEEPSYNC_MAX_UPLOAD_MB=25 SLEEPSYNC_TZ=Asia/Singapore
        tests/test_ahi.py::test_zero_hours_returns_zero PASSED [ 42%] fixture=session_empty.json expected_ahi=0.0 duration=0.03s
        commit 7c41e9b: bump oximetry parser to 1.8.0, rename field spo2_nadir to spo2_min, add ODI4 calculation and unit tests (closes #482)
    """),
    ("zh-Hans", "价目表"): _lines("""
        【2027年春季价目表】瑞思迈 AirSense 11 AutoSet 全自动单水平呼吸机 ¥9,880，含加湿器与标准管路；以旧换新再减 ¥800，活动编号 HS-2027-SP01。
        飞利浦 DreamStation 2 Auto 国行版 ¥7,280；DreamWear 鼻罩系列 ¥598 起；过滤棉（6 片装）¥45，货号 PH-FLT-06，库存以门店实时为准。
        鱼跃 YH-580 单水平呼吸机 ¥3,299，官方旗舰店下单送面罩清洁湿巾一包，整机质保两年，售后客服热线 400-828-5171 转 3。
        多导睡眠监测（PSG）整夜检查：三甲医院门诊参考价 ¥680，医保报销比例以当地政策为准；居家睡眠呼吸监测设备租赁 ¥350/晚。
        呼吸机租赁：按周 ¥280，按月 ¥880，押金 ¥3,000 归还后退回；配送范围上海市内环以内，顺丰发货，运单号下单后 24 小时内推送。
        面罩配件：硅胶垫（中号）¥128、头带 ¥96、加热管路 ¥260、水盒 ¥220；单笔满 ¥500 包邮，配件 SKU 统一以 RM-ACC- 开头。
        睡眠门诊挂号费：普通号 ¥25，副主任医师号 ¥50，主任医师号 ¥80，特需门诊 ¥300，可在医院公众号或“健康上海”平台预约。
        企业团购价（20 台起）：AirSense 11 每台 ¥8,600，含上门安装调试；开票单位：上海眠安医疗器械有限公司，统一社会信用代码 91310115MA1K4B7X2N。
        止鼾产品专区：防打鼾牙套 ¥199、通气鼻贴（30 片）¥59、侧睡定型枕 ¥239；以上均为辅助用品，不能替代医学诊断和治疗。
        助眠处方药参考价（须凭处方购买）：酒石酸唑吡坦片 10mg×7 片 ¥38.5；右佐匹克隆片 3mg×7 片 ¥42.0；请严格遵医嘱服用。
        维修服务价目：马达检测 ¥150，主板更换 ¥1,200，加湿器漏水维修 ¥180；返修单号格式为 WX20261115-0042，请保留至保修期结束。
        广州门店地址：天河区天河路 208 号天河城 5 楼 518 铺，营业时间 10:00-22:00，门店座机 020-3851 6620，节假日照常营业。
        2027 年 1 月起价格调整：进口呼吸机因汇率变化上调约 3%，国产品牌价格不变；已付款未发货订单（订单号以 2612 开头）按原价执行。
    """),
    ("zh-Hans", "睡眠史话"): _lines("""
        苏轼在黄州写下“夜饮东坡醒复醉，归来仿佛三更”，这首《临江仙》常被睡眠科普文章引用，用来谈古人的作息习惯与夜不能寐的烦恼。
        《红楼梦》中林黛玉多次“一夜无眠”，不少红学爱好者把她称作中国古典小说里最著名的失眠者，书中宝钗还曾专门送燕窝给她调养身体。
        爱迪生曾宣称自己每天只睡四五个小时，却常在实验室长椅上打盹；不少学者认为他推广的电灯彻底改变了现代人类的睡眠时间和作息。
        撒切尔夫人担任英国首相期间以每晚只睡约四小时闻名，这个说法至今仍常被拿来讨论“天生短睡者”是否真的存在，以及短睡是否有损健康。
        据传拿破仑说过“男人睡六小时，女人睡七小时，傻瓜睡八小时”，但历史学家对这句话的真实出处一直存有疑问，至今找不到可靠的原始文献。
        2017 年诺贝尔生理学或医学奖授予杰弗里·霍尔、迈克尔·罗斯巴什和迈克尔·杨，以表彰他们发现控制昼夜节律（生物钟）的分子机制。
        杜甫《宿江边阁》中“不眠忧战伐，无力正乾坤”一句，被不少学者视为诗人晚年漂泊夔州、长夜难眠、忧国忧民的真实写照，也常被引用来描写失眠。
        村上春树的短篇小说《眠》讲述一位主妇连续十七天完全无法入睡的故事，最早收录在短篇集《电视人》中，后来还出版过配有插画的单行绘本版。
        中国睡眠研究会自 2003 年起在国内推广“世界睡眠日”，每年 3 月 21 日前后发布当年主题，并组织各地医院开展义诊活动。
        1953 年，芝加哥大学的阿瑟林斯基与克莱特曼首次描述了快速眼动睡眠（REM），这一发现被视为现代睡眠医学和睡眠研究的起点之一。
        美国医生威廉·德门特被誉为“睡眠医学之父”，他在斯坦福大学创办了世界上最早的睡眠障碍诊所之一，并培养了大批睡眠专科医生和研究人员。
        1981 年，澳大利亚医生科林·沙利文首次报告用持续气道正压通气（CPAP）治疗阻塞性睡眠呼吸暂停，其技术后来由瑞思迈推向商业化。
        格林兄弟的童话《玫瑰公主》就是后来的《睡美人》，公主一睡就是一百年，至今仍是许多睡眠讲座和儿童绘本最爱用的开场故事和比喻。
    """),
    ("zh-Hant", "睡眠中心常見問題"): _lines("""
        問：做睡眠測試前可以喝咖啡嗎？答：檢查當日中午十二點後請避免咖啡、奶茶及能量飲品，晚餐亦不宜飲酒，以免影響測試結果，平日服用的藥物則照常服用。
        問：伴侶打鼻鼾好大聲，應該睇邊一科？答：可先睇耳鼻喉科或胸肺科，醫生會評估是否需要做睡眠測試；單純打鼻鼾未必等於睡眠窒息症。
        問：CPAP 呼吸機可以帶上飛機嗎？答：多數航空公司容許攜帶醫療用呼吸機登機，建議出發前 48 小時致電航空公司，並攜帶英文醫生證明。
        問：健保有給付居家正壓呼吸器嗎？答：一般阻塞型睡眠呼吸中止症的呼吸器購買多需自費，詳情請洽衛生福利部中央健康保險署 0800-030-598。
        問：檢查報告幾時可以拎？答：整夜多導睡眠圖（PSG）報告一般於檢查後 7 至 10 個工作天完成，可親臨中心或經 WhatsApp 5408 7716 預約覆診。
        問：中心地址喺邊度？答：九龍彌敦道 238 號 10 樓 1003 室（佐敦港鐵站 C2 出口步行約 3 分鐘），星期日及公眾假期休息。
        問：面罩幾耐要換一次？答：鼻墊建議每 1 個月更換，面罩框架及呼吸管每 6 個月更換；如使用可洗濾網，請每星期用清水沖洗一次。
        問：可以用長者醫療券付款嗎？答：合資格長者可使用醫療券支付部分醫生診金，呼吸機及配件是否適用請以衞生署最新公布為準，或向診所職員查詢。
        問：安眠藥會唔會上癮？答：苯二氮平類及 Z 類藥物長期使用可能產生依賴，請勿自行加量或突然停藥，應與醫生商量逐步減量方案。
        問：澳門有冇分店？答：本中心澳門分部位於南灣大馬路 517 號南通商業大廈 8 樓，電話 +853 2872 5530，星期一至六上午十時至晚上七時。
        問：輪班工作者應如何安排睡眠？答：夜班後回家可戴太陽眼鏡減少晨光刺激，睡房保持全暗及攝氏 24 度左右，並盡量固定主睡眠時段。
        問：有咩付款方法？答：接受八達通、轉數快（FPS 識別碼 168245973）、Visa 及銀聯；公司名稱：安眠睡眠醫學中心有限公司，商業登記號碼 71823456。
        問：居家睡眠檢查同留院檢查有咩分別？答：居家檢查一般只記錄呼吸氣流、血氧及胸腹起伏，未能分析睡眠分期，適合高度懷疑睡眠窒息症的成年人。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah ujian tidur ditanggung insurans? J: Kebanyakan polisi perubatan swasta hanya menanggung ujian tidur jika dirujuk oleh pakar; sila semak terma polisi dengan syarikat insurans anda.
        S: Berapa harga mesin CPAP? J: Model asas bermula sekitar RM3,500 manakala mesin auto dengan pelembap antara RM5,800 hingga RM8,900; pakej sewa tersedia dari RM350 sebulan.
        S: Di mana lokasi klinik? J: Tingkat 2, Wisma Lena, No. 18, Jalan Tun Razak, 50400 Kuala Lumpur, kira-kira 5 minit berjalan kaki dari stesen MRT Conlay.
        S: Perlu berpuasa sebelum ujian polisomnografi? J: Tidak perlu berpuasa, tetapi elakkan kopi dan teh selepas jam 2 petang dan jangan tidur sebentar pada hari ujian.
        S: Bagaimana membuat temujanji? J: WhatsApp talian perniagaan kami di +60 3-2161 8842 atau e-mel temujanji@pusattidurlena.com.my, Isnin hingga Sabtu, 9 pagi hingga 6 petang.
        S: Bolehkah pekerja syif malam mendapat laporan perubatan? J: Doktor boleh mengeluarkan laporan berkaitan gangguan tidur kerja syif dengan caj pentadbiran RM50 bagi setiap salinan.
        S: Adakah ubat tidur dijual tanpa preskripsi? J: Ubat seperti zolpidem ialah bahan psikotropik di bawah Akta Racun 1952 dan hanya boleh dibekalkan dengan preskripsi doktor berdaftar.
        S: Berapa lama laporan ujian siap? J: Laporan polisomnografi penuh biasanya siap dalam 5 hari bekerja dan akan diterangkan oleh pakar semasa temujanji susulan.
        S: Ada bayaran ansuran? J: Ya, ansuran 0% sehingga 12 bulan melalui kad kredit Maybank, CIMB dan Public Bank untuk pembelian mesin melebihi RM3,000.
        S: Bagaimana membersihkan topeng CPAP? J: Basuh kusyen topeng setiap hari dengan air suam dan sabun tanpa pewangi, keringkan di tempat teduh, jangan guna alkohol atau peluntur.
        S: Siapa pemilik klinik ini? J: Pusat Tidur Lena Sdn. Bhd. (No. Pendaftaran 201801034567 (1294512-K)) ialah syarikat berdaftar dengan SSM sejak tahun 2018.
        S: Boleh bawa mesin CPAP ketika menunaikan umrah? J: Boleh, bawa surat doktor dalam Bahasa Inggeris, penyesuai plag yang sesuai dan maklumkan syarikat penerbangan sekurang-kurangnya 48 jam lebih awal.
        S: Apakah waktu operasi semasa Ramadan? J: Klinik dibuka 9 pagi hingga 4 petang; ujian tidur semalaman bermula 10 malam selepas solat tarawih, dan sahur ringan disediakan pada jam 5 pagi.
    """),
    ("ms", "ulasan_kedai"): _lines("""
        ★★★★★ Kedai Tilam Ah Seng di Jalan Pasar, Pudu memang berbaloi. Tilam lateks 10 inci RM1,890, boleh cuba baring lama-lama, penghantaran percuma dalam KL.
        ★★★☆☆ Pusat Tidur Lena okay tapi kena tunggu lama. Ujian tidur semalaman RM1,650, bilik bersih dan sejuk, tapi laporan lambat seminggu daripada yang dijanjikan.
        ★★★★☆ Beli topeng ResMed AirFit F20 di Farmasi Alpro cawangan Seksyen 7 Shah Alam, harga RM799, ahli farmasi terangkan cara pakai dengan sabar.
        ★★☆☆☆ Servis baiki mesin CPAP kedai ni mengecewakan, caj diagnosis RM120 tak dipulangkan walaupun mereka gagal baiki. Nombor resit kedai INV-88213.
        ★★★★★ Restoran Mamak Pak Li buka 24 jam depan hospital, memang sesuai untuk pekerja syif malam; teh tarik kurang manis RM2.20 dan roti canai RM1.80.
        ★★★★☆ Hotel Nyenyak Inn di Bandar Hilir, Melaka ada bilik kalis bunyi RM129 semalam, tirai gelap penuh, sesuai untuk yang mudah terjaga dengan bunyi bising.
        ★★★★★ Klinik Pergigian Senyum Manis di Ipoh buat alat anti-dengkur jenis mandibular advancement RM1,400, dua kali fitting, hasilnya memuaskan.
        ★☆☆☆☆ Penghantaran dari kedai Shopee SleepWell Official MY lambat 9 hari, nombor penjejakan J&T 630012457789 langsung tak dikemas kini.
        ★★★★☆ Kedai Bantal Mak Jah di Pasar Besar Siti Khadijah, Kota Bharu jual bantal kekabu tradisional RM45, lembut dan sejuk, bagus untuk yang susah tidur waktu panas.
        ★★★★★ Pakej ujian apnea tidur di rumah di Sunway Medical Centre RM690 termasuk konsultasi pakar, prosesnya cepat dan jururawat sangat mesra.
        ★★★☆☆ IKEA Cheras: bilik pameran tilam selesa untuk cuba, tapi tilam HÖVÅG yang saya nak habis stok, kena tunggu tiga minggu untuk penghantaran.
        ★★★★☆ Kedai Ubat Cina Tong Sui Heng di Petaling Street cadangkan teh bunga kekwa dan biji teratai untuk tidur lena, RM18 sepaket; tapi jangan ganti ubat doktor ya.
        ★★☆☆☆ Gim 24 jam FitNite Bangsar bising pukul 2 pagi sebab muzik kuat, penghuni kondo sebelah susah tidur; pengurusan janji perlahankan muzik selepas 11 malam.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [22:41] Night tech: PSG Room 3 oximeter probe faulty again, swapped to spare SN NX-2211-0487. Pls order 2 more from supplier ya, 明天要用。
        [07:05] Day shift: Morning all, 今天 HST kits 回收 8 sets, 2 sets belum return lagi, front desk tolong call courier company check tracking.
        [14:20] Admin: Roster week 50 sudah upload ke shared drive /Roster/2026/W50.xlsx, kalau nak swap shift submit form by Friday 5pm 哦。
        [19:30] Supervisor: Reminder everyone, 今晚 4 beds full, Room 2 仪器 calibration 还没做, pls settle before 8.45pm check-in.
        [09:12] Purchasing: ResMed quotation QT-SG-261118 received, AirSense 11 unit price S$2,150, min order 10 units. Boss approve dulu baru boleh raise PO.
        [23:58] Night tech: Aircon Room 5 bocor air lagi, sudah report building management ticket #BM-4471, 今晚先用 Room 6 代替。
        [08:00] Admin: Deepavali public holiday 那天 clinic 休息, night shift 23:00 照常, OT claim ikut HR policy 1.5x rate.
        [16:45] IT: Sleepware scoring PC update to v4.2.1 tonight 10pm, jangan save file masa update, 不然会 lost data.
        [11:30] Sales: Walk-in customer tanya AirMini travel CPAP, stock tinggal 1 unit display set, RM4,200 with carry bag. 要 reserve 吗？
        [21:15] Night tech: Hypnogram report template 新版本 already in /Templates/PSG_Report_v7.docx, 旧的 v6 please delete to avoid confusion.
        [06:40] Night tech: All 4 studies completed, data uploaded to server by 06:35, 没有 technical failure. Handover done, 我先下班 zzz.
        [13:05] Manager: MOH audit next Tues 10am, semua logbook cleaning mask and tubing kena update, 请大家 check SOP-INF-03 version 2.
        [17:50] Admin: Ninja Van pickup 6pm, 3 boxes return to ResMed service centre, AWB NVSGRES0007731945, 记得 seal 好 and tape the invoice outside.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Darren Koh, 41, diagnosed last month with severe OSA (AHI 58) at the sleep lab, and my company insurer says it's a pre-existing condition so they won't pay for the CPAP.
        My wife Rachel snores so loudly that I've slept on the sofa for three months; she refuses to see a doctor and we've started marriage counselling over it.
        Patient: Tan Wei Ling | NRIC S8234517E | DOB 14/03/1982 | PSG date 02/11/2026 | AHI 32.4 | SpO2 nadir 79% | Plan: CPAP titration
        Can you polish this for my manager: Dear Mr Lim, I have been prescribed zolpidem for chronic insomnia and ask to be taken off the night roster. Thanks, Priya Nair (Staff ID 20418)
        Please call me back at +65 9127 4836 about returning the rented CPAP, I'm only free after 7pm on weekdays.
        Ship the replacement mask cushion to Jason Ong, Blk 512 Ang Mo Kio Ave 8, #09-1142, Singapore 560512, mobile 8342 6619.
        I'm a nurse on 12-hour nights and I've been secretly taking my mum's clonazepam to sleep after shifts. Reply privately to kerry.lau.nightrn88@gmail.com please.
        Bank transfer for the second-hand AirSense 10: OCBC 601-238947-001, account name Marcus Teo Jun Hao, amount S$850.
        Sleep diary of Mei Chen for Thursday's appointment: Mon in bed 1:30am, awake till 4, up at 6:10 for work; Tue took 2 melatonin, still awake at 3am.
        My husband Azlan was charged with drink driving after a night shift last year and lost his licence; he barely sleeps now and won't get help.
        Macau resident Ho Ka Wai, BIR 5215487(3), asking whether the sleep study at Kiang Wu Hospital can be billed to my employer's medical plan.
        My car SJK 4418 T hit the divider on the PIE at 4am after a double shift and the neurologist has now diagnosed me with narcolepsy; how do I tell my insurer?
    """),
    "zh-Hans": _lines("""
        我叫王丽娟，身份证号 310104198307164828，上周在瑞金医院做了睡眠监测，诊断是重度睡眠呼吸暂停，想问医保能报多少。
        老公张建国打呼噜太响，我已经三个月没睡过整觉了，他还死活不肯去医院，昨晚又为这事吵到要离婚。
        帮我写个请假条：本人李强，因长期失眠正在服用艾司唑仑，需病休两周，联系手机 13917384526。
        收货人：陈晓梅，电话 186 2075 3319，地址：广东省深圳市南山区桃园路 6 号阳光花园 3 栋 1204 室，商品：防打鼾牙套 ×1。
        我欠了网贷十几万，每天凌晨三点醒来就再也睡不着，心跳很快，不敢跟家里人说……我是成都的刘洋，该怎么办？
        睡眠报告：姓名 赵敏，女，44 岁，病历号 ZY20261102031，AHI 27.6 次/小时，最低血氧 81%，建议 CPAP 治疗。
        我老公阿军在仓库上夜班开叉车三年了，最近白天总犯困，上周差点撞到人，公司说再出事就开除他。
        微信转账记录：向周海涛（微信号 zht_1987sleep）转账 ¥2,400，备注：二手呼吸机 YH-580 一台。
        我妈吴秀兰七十岁了，吃了三年安定，现在不吃就整夜睡不着，医生说已经有依赖性，我想给她减药该怎么跟医生说？
        我是杨静，怀孕 32 周，晚上腿抽筋还开始打鼾，产检医生怀疑是妊娠期睡眠呼吸暂停，能用呼吸机吗？
    """),
    "zh-Hant": _lines("""
        我係陳志強，HKID K482913(1)，上個月喺威爾斯親王醫院做完睡眠測試，想問報告幾時出同埋點樣睇 AHI。
        林太話佢先生每晚鼻鼾聲好似打雷，兩公婆已經分房瞓咗半年，林生自己仲死都唔承認有問題。
        收件人：黃美玲，台北市大安區復興南路一段 390 巷 12 號 4 樓，手機 0912-483-706，品項：鼻枕式面罩 S 號。
        身分證字號 F228174369，我今年已經在三家診所拿過 Stilnox，藥師說健保系統會跳警示，這樣會被通報嗎？
        阿明做保安夜更十年，最近驗出有中度睡眠窒息症，公司話要佢轉日更先肯續約，人工會少三千蚊。
        我係澳門人何嘉敏，電話 6683 2175，想預約睡眠檢查，請問要唔要先攞家庭醫生轉介信？
        睡眠中心報告：姓名 蔡宗翰，男，52 歲，病歷號 T-2026-08813，AHI 64.2，最低血氧 72%，合併高血壓，建議立即開始正壓呼吸器治療。
        我先生吳俊傑欠咗卡數四十幾萬，每晚要飲酒先瞓得著，我好擔心佢會出事，可以點幫佢？
        付款記錄：付款人 李婉婷，滙豐戶口 024-513872-838，金額 HK$3,800，用途：二手 CPAP 機按金。
        台中的張雅婷（LINE ID：yating0815）說她懷孕後失眠很嚴重，婦產科醫師不准她吃安眠藥，她每晚只睡兩三小時。
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Ismail, No. KP 870412-10-5583, saya disahkan ada apnea tidur obstruktif teruk dan majikan minta saya berhenti memandu lori.
        Suami saya Hafiz berdengkur kuat setiap malam sampai anak-anak terjaga, dia pun baru kena buang kerja, saya tak tahu macam mana nak ajak dia jumpa doktor.
        Tolong hantar mesin CPAP sewaan ke alamat: Nurul Aisyah binti Razak, No. 23, Jalan Kenanga 4/2, Taman Kenanga, 43000 Kajang, Selangor. Tel 013-662 8194.
        Akaun Maybank 1621 4508 9937 atas nama Siti Zubaidah binti Harun, untuk bayaran ansuran topeng CPAP RM150 sebulan.
        Kak Lina jiran saya kerja syif malam di kilang, dia makan pil tidur yang dibeli online tanpa preskripsi dan pernah pengsan di tempat kerja.
        Laporan ujian tidur: Pesakit Tan Ah Kow, 64 tahun, MyKad 600917-07-5213, AHI 41.8, tekanan CPAP disyorkan 10 cmH2O.
        Saya Raj Kumar a/l Subramaniam, kerja syif di Pelabuhan Klang, gaji RM2,800 tapi hutang kad kredit RM23,000, setiap malam tak boleh tidur fikir pasal hutang.
        E-mel saya aisyah.hamdan92@yahoo.com, tolong hantar resit ujian tidur untuk tuntutan insurans saya.
        Kereta saya nombor plat WXY 8261 kena saman sebab saya tertidur masa memandu balik syif malam di Lebuhraya PLUS, doktor kata saya ada narkolepsi.
        Anak saya Amirul, 9 tahun, berdengkur dan berhenti bernafas waktu tidur, doktor ENT di HKL kata perlu buang tonsil, temujanji 14 Januari.
    """),
    "mixed": _lines("""
        Boss, saya Kelvin Chua, 明天 night shift 不能来, doctor bagi MC 2 hari sebab insomnia teruk, ubat pun dah start makan. Contact me 012-775 3408.
        Hi 医生, my father 黄德福 (S7719402I) 昨晚 CPAP 用到一半就 pull off the mask, his dementia getting worse, can nurse visit Blk 118 Bedok North Rd #05-223?
        我 PayNow 了 S$320 for the mask to 9655 1820 (Jessie Lim), pls check and ship today 哦, same address as last time.
        Eh bro, Ah Keong 昨晚 dengkur sampai satu dorm tak boleh tidur, pagi tadi supervisor kata dia ada sleep apnea, kena pergi klinik.
        Form: Name 名字: Lee Mei Fong | FIN G5528163M | Employer: Eastport Logistics Pte Ltd | Shift: 19:00-07:00 | Complaint: 入睡困难 6 months, weight loss 5kg
        Dr said 我怀孕之后 snoring getting worse, Nur Hidayah here, 34 minggu, can I still take the Phenergan my GP prescribed?
        Log: 2026-11-14 03:12:55 user=wendy.tay@outlook.sg device_sn=23231845672 ahi=47.9 usage=1h12m alert=HIGH_LEAK, 她昨晚又把 mask 拿掉了
        My MyKad 920225-14-6130, nama Chong Siew Lan, 在 KPJ Damansara 做 sleep study, invoice RM2,350, boleh claim dari company GHS tak?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly sleep-health assistant. Give general information, never diagnose, and encourage users to see a doctor for persistent problems.",
        ),
        (
            "user",
            "I'm Ben Tan, 38, air traffic controller at Changi on rotating shifts. My sleep clinic quoted S$2,800 for an auto CPAP after my study showed AHI 31. Is that a fair price?",
        ),
        (
            "assistant",
            "An AHI of 31 falls in the severe range, so CPAP is a standard recommendation. In Singapore, auto CPAP machines with a humidifier commonly cost between about S$1,800 and S$3,200 depending on brand and bundle, so S$2,800 is within range. Ask whether the price includes a mask, spare cushions and a follow-up download of your data, and check if your employer's medical plan or MediSave rules cover any part of it.",
        ),
        ("user", "Thanks. Can I still do night shifts with it?"),
        (
            "assistant",
            "Many shift workers use CPAP for their main sleep period, whether that is at night or during the day. Keep the bedroom dark and use the machine every time you sleep, including naps. Because your job is safety-critical, please discuss fitness-for-duty with your sleep physician and your aviation medical examiner.",
        ),
    ],
    [
        ("system", "你是一个睡眠健康助手，用简体中文回答，提供一般性建议，不替代医生诊断。"),
        (
            "user",
            "我叫周倩，在杭州做护士，三班倒五年了。最近每天只能睡三四个小时，自己在网上买了佐匹克隆吃，吃完第二天头很晕。",
        ),
        (
            "assistant",
            "长期倒班确实容易导致昼夜节律紊乱。佐匹克隆是处方药，自行购买服用可能有次日残留嗜睡、依赖等风险，尤其你需要上班照护病人，建议尽快到睡眠门诊或精神心理科就诊，由医生评估后调整用药。",
        ),
        ("user", "好的，能帮我约一下下周三的号吗？我手机是 15867203391，医保卡是杭州市的。"),
        (
            "assistant",
            "我无法直接替你挂号。你可以用医院的微信公众号或“浙里办”等平台预约睡眠门诊，挂号时准备好你的手机号和医保卡即可。就诊时把最近两周的作息时间和用药情况记录下来带给医生，会很有帮助。",
        ),
    ],
    [
        (
            "user",
            "我老公林國華每晚鼻鼾好大聲，有時仲會停咗呼吸成十幾秒，我好驚。佢 58 歲，有高血壓。",
        ),
        (
            "assistant",
            "打鼻鼾加上睡眠期間停止呼吸，而且有高血壓，都係阻塞性睡眠窒息症常見嘅警號。建議佢先睇家庭醫生或耳鼻喉科，安排睡眠測試確認。呢個病係可以治療嘅，常見方法包括 CPAP 呼吸機、減重同埋口腔矯正器。",
        ),
        ("user", "可唔可以將你嘅建議 send 去我 email？lamkwokwah.wife@yahoo.com.hk，我想俾佢睇。"),
        (
            "assistant",
            "我冇辦法直接幫你寄電郵，不過你可以將上面嘅內容複製，貼落電郵或者 WhatsApp 俾佢。亦可以同佢一齊睇醫生，講返你觀察到佢停止呼吸嘅情況，對醫生評估好有幫助。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Pusat Tidur Lena. Profil pelanggan: Siti Rahmah binti Osman, tel 019-336 4720, pelan sewa CPAP RM350/bulan, tunggakan RM700.",
        ),
        ("user", "Saya nak tanya kenapa bil bulan ni RM1,050? Saya cuma sewa mesin je."),
        (
            "assistant",
            "Terima kasih Puan Siti Rahmah. Mengikut rekod, bil bulan ini termasuk sewa semasa RM350 dan tunggakan dua bulan sebelumnya berjumlah RM700. Puan boleh bayar secara berperingkat; adakah puan mahu saya terangkan pilihan pelan bayaran?",
        ),
        ("user", "Ya, saya baru bersalin dan suami tak kerja sekarang, susah sikit."),
        (
            "assistant",
            "Saya faham, puan. Kami boleh cadangkan bayaran tambahan RM100 sebulan untuk tujuh bulan di samping sewa biasa. Jangan berhenti guna mesin ya, kerana rawatan apnea tidur penting untuk kesihatan puan. Staf kami akan hubungi puan di nombor yang didaftarkan untuk mengesahkan.",
        ),
    ],
    [
        (
            "user",
            "Hi, I work night shift at Tuas port, 12 hours, 4 on 3 off. 我白天完全睡不着, only 2-3 hours. My company HR need me to submit a medical form, my NRIC is T0312846B, name Goh Wen Jie.",
        ),
        (
            "assistant",
            "Sorry to hear that. Persistent daytime insomnia after night shifts is common and may be shift work sleep disorder. For the HR form, I'd suggest you do not share your NRIC here; fill it in directly on the form. A polyclinic or GP can assess you and write a memo, and may refer you to a sleep clinic if needed.",
        ),
        ("user", "Ok. Any tips 先试一试？"),
        (
            "assistant",
            "A few things that help many shift workers: wear dark sunglasses on the way home, sleep in a fully dark, cool room with earplugs or white noise, keep the same main sleep block even on off days if possible, avoid caffeine in the last 6 hours before you sleep, and take a short 20-minute nap before your shift starts. If there's no improvement in 2-3 weeks, please see a doctor.",
        ),
    ],
    [
        ("system", "你是睡眠醫學衛教助理，使用繁體中文回答，協助使用者理解睡眠檢查報告。"),
        (
            "user",
            "這是我的報告：姓名 鄭怡君，身分證 B120933753 (其實是我先生的)，檢查日期 2026/10/21，AHI 18.5，RDI 22.1，最低血氧 86%，REM AHI 35.2。請問這代表什麼？",
        ),
        (
            "assistant",
            "AHI 18.5 屬於中度阻塞型睡眠呼吸中止症（15 到 30 之間）。REM 期 AHI 達 35.2，表示在快速動眼期呼吸中止更明顯，這種型態常見於仰睡或肌肉張力較低時。最低血氧 86% 屬輕度下降。建議您先生回診與睡眠專科醫師討論治療選擇，例如正壓呼吸器、口腔止鼾器或側睡訓練。另外，身分證字號屬於個人資料，之後不需要貼給我。",
        ),
        ("user", "他很怕戴面罩，有其他選擇嗎？"),
        (
            "assistant",
            "可以詢問醫師是否適合口腔矯正器、體位治療、減重，或在耳鼻喉科評估後考慮手術。正壓呼吸器也有很多種面罩，例如鼻枕式較輕巧，多數人經過一兩週適應期後可以習慣。",
        ),
    ],
    [
        ("system", "You help users write letters and emails about their health and insurance."),
        (
            "user",
            "Draft a claim appeal to Great Eastern. Policy GE-HS-0093381274, insured Lim Boon Keat, 1 Tampines Central 6 #10-08. My home sleep test was rejected because they say snoring is cosmetic, but I was diagnosed with moderate OSA.",
        ),
        (
            "assistant",
            "Here's a draft. Subject: Appeal against rejected claim, Policy GE-HS-0093381274. Dear Claims Team, I, Lim Boon Keat, of 1 Tampines Central 6 #10-08, write to appeal the rejection of my claim for a home sleep test. The test was ordered by my doctor to investigate suspected obstructive sleep apnoea, not for cosmetic snoring treatment, and it confirmed a diagnosis of moderate OSA. I enclose the referral letter and the sleep study report and kindly ask you to review the decision. Yours faithfully, Lim Boon Keat",
        ),
        ("user", "Make it a bit firmer and mention my cardiologist referred me."),
        (
            "assistant",
            "Sure. Add after the first paragraph: The study was requested by my cardiologist as part of the management of my hypertension, since untreated sleep apnoea is a recognised cardiovascular risk factor. I therefore consider it medically necessary and request a full review within 14 days.",
        ),
    ],
    [
        (
            "user",
            "我是深圳一家工厂的质检员，叫何伟，工号 SZ-QC-20931，上夜班两年了，信用卡欠了八万，晚上下班回来躺着到中午都睡不着。",
        ),
        (
            "assistant",
            "经济压力和夜班作息叠加，很容易造成失眠。建议先从作息入手：下班回家路上避光，卧室用遮光窗帘，固定每天的主睡眠时间。同时，债务问题可以咨询银行协商分期还款，减少焦虑来源。如果连续几周每天睡不足五小时，或出现情绪低落，请到医院睡眠科或心理科就诊。",
        ),
        ("user", "能不能开点安眠药？"),
        (
            "assistant",
            "我不能开药。安眠药需要医生面诊后开具处方，医生也会评估你夜班工作是否适合用药，因为部分药物会影响次日操作机器时的反应。可以先尝试失眠认知行为疗法（CBT-I），很多医院和正规App都有相关课程。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kesihatan tidur yang menjawab dalam Bahasa Melayu dengan bahasa yang mudah.",
        ),
        (
            "user",
            "Saya Farah Nadia, hamil 20 minggu. Sebelum mengandung saya makan pil tidur Stilnox. Sekarang susah sangat nak tidur, boleh tak saya sambung makan?",
        ),
        (
            "assistant",
            "Terima kasih kerana bertanya dahulu, Puan Farah. Jangan mulakan semula Stilnox tanpa nasihat doktor kerana keselamatan ubat tidur semasa hamil perlu dinilai oleh doktor. Sila beritahu doktor di klinik kesihatan atau pakar O&G anda pada pemeriksaan seterusnya.",
        ),
        ("user", "Ada cara lain tak? Saya asyik terjaga pukul 3 pagi."),
        (
            "assistant",
            "Cuba tidur mengiring ke kiri dengan bantal di antara lutut, kurangkan minum air dua jam sebelum tidur, elakkan skrin telefon selepas jam 10 malam dan bangun pada waktu yang sama setiap hari. Jika terjaga lebih 20 minit, bangun dan buat aktiviti tenang dalam cahaya malap sehingga rasa mengantuk semula.",
        ),
    ],
    [
        (
            "user",
            "My boyfriend Jun Hao snore like tractor lah, 我已经两个礼拜没睡好. I want to buy him the anti-snore mouthguard from Lazada, send to 12 Jalan SS 2/55, Petaling Jaya, can you help me choose?",
        ),
        (
            "assistant",
            "I can't place the order for you, but here's what to look for: a mandibular advancement device that is adjustable, made of BPA-free material and allows a mould-and-fit at home. Prices on Lazada usually range from RM60 to RM250. Do note that if his snoring comes with pauses in breathing or daytime sleepiness, he should see a doctor first, as it could be sleep apnoea.",
        ),
        (
            "user",
            "Ok 那个 RM189 的 ok 吗? 他说 daytime memang selalu mengantuk, driving pun 会 blur.",
        ),
        (
            "assistant",
            "Daytime sleepiness, especially while driving, is a warning sign. Before spending on a mouthguard, please get him checked by a GP or ENT doctor; a home sleep test in Malaysia is usually a few hundred ringgit. In the meantime, he should avoid driving when drowsy.",
        ),
    ],
    [
        (
            "system",
            "You are a sleep report explainer for a Hong Kong clinic's patient portal. Current patient: Chan Siu Ming, HKID Y305721(4), DOB 1969-05-02, mobile 9463 2081.",
        ),
        ("user", "What does 'periodic limb movement index 28' mean in my report?"),
        (
            "assistant",
            "Mr Chan, a periodic limb movement index (PLMI) of 28 means about 28 leg movements per hour of sleep were recorded. An index above 15 in adults is considered raised. It can be linked to restless legs syndrome, low iron stores or certain medicines. Your doctor may check your ferritin level at the follow-up.",
        ),
        ("user", "Could it be from the sertraline I take for depression?"),
        (
            "assistant",
            "Some antidepressants, including SSRIs like sertraline, can increase limb movements in sleep in some people. Please don't stop it on your own; raise it with your doctor, who can weigh the options with you.",
        ),
    ],
    [
        (
            "user",
            "我在京东租了呼吸机，订单号 2611087734521，收货人是我，孙立新，电话 17701938842，现在机器漏气，客服一直说是面罩问题不给换，怎么办？",
        ),
        (
            "assistant",
            "可以先自查：确认面罩尺寸合适、头带松紧适中、水盒盖好且密封圈没有变形。如果机器显示的漏气量仍持续偏高，可以拍下设备数据界面和面罩佩戴视频，通过京东订单页面申请售后，并注明租赁协议中的质保条款。",
        ),
        ("user", "我已经拍了，客服还是拒绝。"),
        (
            "assistant",
            "可以在订单页面选择“投诉商家”或申请京东平台介入，附上证据。若仍无法解决，可拨打 12315 向市场监管部门投诉。在处理期间，如果你被诊断为中重度睡眠呼吸暂停，尽量不要中断治疗，可以先向医院或其他商家短租一台。",
        ),
    ],
    [
        ("system", "你是澳門一間私家診所的睡眠諮詢助理，以繁體中文及廣東話回覆。"),
        (
            "user",
            "我叫梁詠詩，喺賭場做荷官，輪更做咗八年，最近成日心口翳、夜晚扎醒。我手機 6627 9154，想約醫生。",
        ),
        (
            "assistant",
            "多謝你話俾我知。心口翳同夜晚扎醒可以有好多原因，包括焦慮、胃酸倒流或者睡眠窒息症，亦要排除心臟問題。如果出現持續胸痛、氣促或者冒冷汗，請即時去仁伯爵綜合醫院或鏡湖醫院急症室。非緊急情況，診所職員會喺辦公時間內打俾你安排預約。",
        ),
        ("user", "唔該。係咪要空肚？"),
        (
            "assistant",
            "普通睡眠諮詢唔使空肚。如果醫生之後安排驗血，職員會另外通知你。記得帶埋平時食緊嘅藥同最近兩星期嘅睡眠時間紀錄。",
        ),
    ],
    [
        (
            "user",
            "Hi, my mum is 72 and takes lorazepam every night. Last week she fell in the toilet at 3am.",
        ),
        (
            "assistant",
            "I'm sorry to hear about the fall. Benzodiazepines like lorazepam can cause unsteadiness and are linked to falls in older adults, especially at night. Please let her doctor know about the fall soon; they may review the dose or suggest a gradual taper. Night lights and grab bars in the toilet can also help.",
        ),
        (
            "user",
            "Her name is Fatimah binti Yusof, IC 540306-01-5768, she is at Hospital Sultanah Aminah follow-up on 9 Dec. What should I ask the doctor?",
        ),
        (
            "assistant",
            "For Puan Fatimah's appointment on 9 December, you could ask: 1) Is lorazepam still needed, and can it be reduced slowly? 2) Could any of her other medicines add to drowsiness? 3) Would a fall-risk or bone-density check help? 4) Are there non-drug options for her sleep, such as CBT-I or a daytime activity plan? Bring a list of all her medicines, including supplements.",
        ),
    ],
]
