# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade144: personal data in health-app and wearable artefacts (Apple Health XML exports, fitness-tracker CSVs, glucose-meter logs, period-tracker JSON, telemedicine chat exports, step-challenge leaderboards). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "apple_health_export_dtd"): _lines("""
        <!DOCTYPE HealthData [ <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)> <!ATTLIST HealthData locale CDATA #REQUIRED>
        <!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED sourceName CDATA #REQUIRED sourceVersion CDATA #IMPLIED device CDATA #IMPLIED>
        <!ATTLIST Workout workoutActivityType CDATA #REQUIRED duration CDATA #IMPLIED durationUnit CDATA #IMPLIED totalDistance CDATA #IMPLIED totalEnergyBurned CDATA #IMPLIED>
        <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/> <!-- 0 = not set, 1 = sedentary, 2 = active; see the HealthKit reference -->
        export.zip layout: apple_health_export/export.xml, export_cda.xml, workout-routes/route_2026-03-14_7.41am.gpx, electrocardiograms/ecg_2026-03-14.csv
        Parser note v2.4.1: HKQuantityTypeIdentifierStepCount records from the iPhone and the Watch overlap; dedupe by (startDate, endDate, type) before summing, or daily totals double.
        Sample device string from the developer forums: device="<<HKDevice: 0x2830>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.1>"
        <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Sleep Cycle" value="HKCategoryValueSleepAnalysisAsleepREM"/> is the pattern matched by SLEEP_RE in importer.py
        Known issue since iOS 17.2: ExportDate value="2026-01-05 09:12:44 +0800" carries the local offset, so convert with ZoneInfo("Asia/Singapore") before bucketing by day.
        Unit map used by the importer: count/min for HeartRate, mg/dL or mmol<180.1558800000541>/L for BloodGlucose, degC for BodyTemperature, ms for HeartRateVariabilitySDNN.
        Withings support tip: to push Health Mate data into Apple Health, open Health Mate, tap Settings, then Apple Health, and switch on every category you want shared.
        <ActivitySummary dateComponents="2026-03-14" activeEnergyBurned="0" activeEnergyBurnedGoal="600" appleExerciseTime="0" appleStandHours="0"/> -- empty-day fixture for unit tests
        SHA-256 of fixture export_min.xml: 9f2c1e7a4b88d03e61f5a2c9b7e40d1f3a6c58e2b91d7f04c3e8a6b52d190f7e, 48,213 bytes, added in commit 4e1a9c2 on the release/2.4 branch.
    """),
    ("en", "fitness_tracker_csv_config"): _lines("""
        date,steps,distance_km,floors,calories_kcal,resting_hr_bpm,sleep_minutes,active_zone_minutes,spo2_avg_pct,source_device
        # garmin_sync.yaml  api_base: https://connectapi.garmin.com  page_size: 100  retry_backoff_s: [2, 4, 8]  timezone: Asia/Kuala_Lumpur
        .env.example: FITBIT_CLIENT_ID=23ABCD  FITBIT_REDIRECT_URI=http://localhost:8080/callback  FITBIT_SCOPES=activity heartrate sleep  LOG_LEVEL=info
        2026-03-14T06:00:00+08:00 INFO sync.worker batch=8821 fetched=1440 rows (intraday heart rate, 1-min resolution) in 3.2s, 0 rejected, queue depth 17
        CSV export from Huawei Health: columns are Time, Heart rate (bpm), Stress score, SpO2 (%), Skin temperature (°C); the decimal separator is a dot in every locale.
        def to_mmol(mg_dl: float) -> float: return round(mg_dl / 18.0182, 1)  # 126 mg/dL -> 7.0 mmol/L, the WHO fasting threshold for diabetes
        workout_type_map = {"Run": 37, "Walk": 52, "Cycling": 13, "Swim": 46, "HIIT": 63, "Yoga": 57}  # HKWorkoutActivityType raw values
        Release notes 5.12.0: Polar Flow CSV import now reads the Sport column in Finnish and Swedish; fixed a crash when Avg cadence is blank on indoor rows.
        validation rule HR-03: reject rows where resting_hr_bpm < 25 or > 220, or where steps > 100000 within a single calendar day (likely a sync duplicate)
        Sample row copied from the Strava bulk-export docs: Activity ID 1234567890, Activity Type Ride, Elapsed Time 3600, Distance 25.00, Max Heart Rate 172.0
        cron: 15 2 * * * /opt/fitsync/bin/rollup --tz Asia/Singapore --since 48h >> /var/log/fitsync/rollup.log 2>&1
        Headers of the Oura daily_readiness.csv: day, score, temperature_deviation, contributors.hrv_balance, contributors.recovery_index, contributors.resting_heart_rate
        Lazada listing SKU XM-SB8-BLK: Xiaomi Smart Band 8, black strap, RM159.00, firmware 2.1.0.14 out of the box, pairs with Mi Fitness 3.24.0i or later.
    """),
    ("zh-Hans", "血糖仪日志与故障代码"): _lines("""
        错误代码E-3：试纸已使用过或受潮，请取出试纸，从新开封的试纸筒中另取一条重新测试；如仍显示E-3，请拨打客服热线400-820-1155（工作日9:00-18:00）。
        2026-03-14 07:02:11 [INFO] meter=GM-550 fw=3.1.7 strip_lot=L2409A 校准码自动识别成功，环境温度23.5℃，在10-40℃可测范围内，开始倒计时5秒。
        2026-03-14 07:02:47 [WARN] 读数超出显示范围，屏幕显示HI（大于33.3 mmol/L），按说明书第18页建议立即复测，并及时咨询医生或前往医院。
        控制液测试方法：将瓶中控制液滴在试纸吸样区，结果应落在瓶身标注的范围内（本批次为5.6-7.6 mmol/L），否则说明仪器或试纸可能异常。
        导出格式说明：CSV字段依次为 序号,日期,时间,血糖值(mmol/L),标记(餐前/餐后/睡前),备注；文件编码为UTF-8并带BOM，便于用Excel直接打开。
        持续葡萄糖监测（CGM）常见问题：传感器佩戴期间可以洗澡和游泳，但请避免潜入超过1米深的水中，或连续浸泡超过30分钟，以免探头脱落。
        生产企业：湘江医疗器械有限公司，统一社会信用代码91430100MA4L2C7Q3H，注册证编号：湘械注准20222070415，地址：长沙市岳麓区麓谷大道627号。
        蓝牙同步日志：2026-03-14 07:03:05 BLE connect ok, rssi=-61dBm，本次上传记录12条，最后一条 seq=4387，云端应答 HTTP 200，耗时418ms。
        固件V3.2.0更新内容：新增餐后2小时复测提醒；修复切换夏令时地区后时间戳偏移1小时的问题；低电量提示阈值由10%调整为15%。
        采血笔深度建议：1-2档适用于皮肤较薄的部位，3-4档适用于一般成人指尖，5档适用于角质层较厚者；每次测试请更换一支新的采血针。
        药店价格表：GM-550血糖仪套装￥168，试纸50片装￥95，试纸100片装￥178，采血针100支￥25，京东自营旗舰店满299元包邮，支持七天无理由退货。
        控制目标参考《中国2型糖尿病防治指南（2020年版）》：空腹血糖4.4-7.0 mmol/L，非空腹血糖<10.0 mmol/L，糖化血红蛋白HbA1c<7.0%。
        数据字典：device_model 为仪器型号（如 GM-550），reading_id 为自增主键，unit 固定为 mmol/L，flag 取值 pre_meal、post_meal、bedtime 三种。
    """),
    ("zh-Hans", "经期App配置与代码"): _lines("""
        默认配置 {"cycle_length_default": 28, "period_length_default": 5, "luteal_phase_days": 14}，记录满3个周期后改用加权平均算法预测下次经期。
        // 排卵日估算：以下次经期开始日减14天计算，易孕窗口为排卵日前5天至后1天，结果仅供参考，界面上须提示不可作为避孕手段使用
        症状枚举 symptoms: ["痛经", "腰酸", "乳房胀痛", "头痛", "长痘", "情绪波动", "失眠"]，新增症状时需同步更新 zh-Hans/zh-Hant/en/ms 四种文案。
        flow_level 取值说明：0=无，1=点滴，2=少量，3=中等，4=大量；导入旧版本数据时 heavy 映射为4，spotting 映射为1，其余值一律丢弃并写告警日志。
        GET /api/v2/cycles?from=2026-01-01&to=2026-03-31 返回 200，接口文档示例响应中的 user_id 一律写作占位符 demo，禁止在文档里粘贴线上数据。
        隐私设置说明：开启「应用锁」后，每次打开App都需要面容ID或6位数字密码；关闭云同步后，所有记录只保存在本机，卸载App即全部删除。
        推送文案模板：「预计{days}天后来月经，记得提前备好卫生用品哦～」其中{days}取值为1至3，晚上21:00以后及早上8:00以前不发送推送。
        A/B测试配置 exp_2026_03_home_card: {"control": 0.5, "variant_b": 0.5, "metric": "d7_retention", "min_sample": 20000}，实验周期两周。
        基础体温曲线绘制规则：体温升高超过0.3℃并持续3天视为进入黄体期，单点异常值（例如发烧38℃以上的记录）自动排除，不参与排卵日推算。
        版本6.8.2更新说明：新增备孕模式下LH排卵试纸拍照识别；修复iOS 17系统上桌面小组件不刷新的问题；繁体中文翻译由社区志愿者校对。
        埋点事件 period_log_saved 的字段：event_time、app_version、os、locale、flow_level、symptom_count；按合规要求不采集任何自由文本备注。
        数据库迁移脚本 0042_add_pill_reminder.sql：ALTER TABLE reminders ADD COLUMN pill_brand VARCHAR(64) DEFAULT NULL; 预计在线执行约2分钟。
        客服邮箱 support@huaqi-app.cn，商务合作 bd@huaqi-app.cn，公司地址：杭州市西湖区文三路90号东部软件园8号楼5层，工作时间周一至周五。
    """),
    ("zh-Hant", "遠距醫療平台公告"): _lines("""
        【系統維護公告】本平台將於2026年12月13日（星期日）凌晨02:00至06:00進行伺服器升級，期間視像問診及電子處方功能將暫停服務，不便之處敬請見諒。
        香港用戶如需協助，請致電客戶服務熱線 3618 7420 或 WhatsApp 5130 2288（只限文字訊息），服務時間為星期一至六上午9時至晚上9時，公眾假期休息。
        台灣地區服務由曜光遠距醫療股份有限公司提供，統一編號 83451276，地址：台北市信義區松仁路100號12樓，客服專線 0800-021-885，歡迎來電洽詢。
        澳門居民可透過本平台預約合作診所之視像門診，查詢熱線 (853) 2871 6600，辦公時間星期一至五上午9時至下午6時，澳門特區公眾假期暫停服務。
        依衛生福利部「通訊診察治療辦法」規定，初診病人除特定情形外不得以視訊方式診療，請先至實體醫療院所完成首次看診，再預約後續視訊追蹤。
        處方藥物配送：香港島及九龍區下午3時前確認處方，當日送達；新界及離島區翌日送達，每單運費HK$40，單筆消費滿HK$500即享免運費優惠。
        醫生執業資料可於香港醫務委員會網站 www.mchk.org.hk 的「普通科醫生名冊」查閱，本平台所有應診醫生均為名列其中的註冊醫生，敬請放心。
        問診收費表：普通科視像問診HK$280／次（包三日藥），中醫視像問診HK$320／次，專科轉介信HK$150，病假證明書另收HK$50，可用八達通付款。
        App 版本4.7.0更新：支援匯入Apple Health血壓及血糖資料；修正Android 14通知聲音重複播放的問題；為澳門用戶新增葡萄牙文介面選項。
        請注意：如出現胸痛、呼吸困難或大量出血等緊急情況，切勿使用視像問診，請立即致電999（香港）、119（台灣）或999（澳門）求助。
        公司資料：康信遠程醫療有限公司，商業登記號碼 72018453，註冊辦事處：香港九龍觀塘道388號創紀之城一期15樓，電郵 info@hongsun-telehealth.hk。
        私隱政策更新（2026年11月版）：依《個人資料（私隱）條例》，本平台僅在閣下同意下把健康數據用於服務改善，閣下可隨時於「設定＞私隱」撤回同意。
        電子處方QR碼格式為 RX-HK-年月日-六位流水號（例如 RX-HK-20261207-000318），有效期為開立日起14日，合作藥房包括萬寧及屈臣氏指定分店。
    """),
    ("zh-Hant", "穿戴裝置商品列表"): _lines("""
        【現貨】Apple Watch Series 10 GPS 46mm 亮黑色鋁金屬錶殼配運動型錶帶，型號 MWWQ3ZP/A，售價HK$3,499，門市地址：旺角西洋菜南街68號2樓。
        Garmin Forerunner 265 跑步錶 台灣公司貨 原廠保固一年 貨號 010-02810-54，售價NT$13,490，全館滿千免運，支援超商取貨付款及信用卡分期。
        阿明運動用品（深水埗鴨寮街店）代理 Xiaomi 手環9 NFC版，HK$329，另有替換錶帶三條裝HK$58，門市 WhatsApp 查詢 6381 0452，星期二休息。
        陳記藥房（荃灣川龍街店）：Abbott FreeStyle Libre 2 血糖感應器 HK$520／個，一次購買三個或以上每個HK$495，可預先電話訂貨，到店取貨。
        華為 HUAWEI WATCH GT 5 Pro 46mm 鈦金屬款，商品編號 HW-GT5P-46-TI，售價NT$11,990，贈螢幕保護貼，2026/12/31前完成登錄再送原廠錶帶。
        歐姆龍 OMRON HEM-7361T 藍牙上臂式血壓計，支援 OMRON connect App 同步紀錄，澳門新馬路分店售價MOP 1,280，設有免息分期付款。
        商品規格：螢幕1.96吋AMOLED、電池續航最長14天、5ATM防水、光學心率與血氧感測、重量32克（不含錶帶），產地中國廣東東莞，附磁吸充電線。
        蝦皮賣場「小林健康小舖」評價4.9顆星（共1.2萬則評價），本週熱賣：電子體重計體脂計 NT$499、App 同步藍牙款 NT$699，下午3點前下單當日出貨。
        Fitbit Charge 6 石墨黑，型號 FB422BKBK，平行進口貨，無原廠保養，本店提供6個月保用，售價HK$899，信用卡付款另加3%手續費，現金價不變。
        訂單確認：訂單編號 TWS2612070093，商品 Amazfit Balance 智慧手錶 x1，金額 NT$7,490，付款方式為貨到付款，預計12月10日由黑貓宅急便配送。
        批發價目表（最少訂購50件）：矽膠錶帶22mm每件HK$12、尼龍錶帶每件HK$18、USB-C充電座每件HK$15，查詢請電郵 sales@wingfat-wearables.hk。
        退貨政策：商品拆封後7天內如有非人為故障可更換新機，心率帶、耳機及血糖試紙等商品基於衛生理由，一經拆封恕不退換，敬請購買前確認型號。
        Polar H10 心率帶 藍牙/ANT+ 雙模，相容 Zwift、Strava 及 Garmin 錶款，售價NT$3,280，宜蘭羅東中正北路門市可現場試戴，每週一公休。
    """),
    ("ms", "soalan_lazim_aplikasi_kesihatan"): _lines("""
        S: Bagaimana saya menyegerakkan jam tangan pintar dengan aplikasi? J: Hidupkan Bluetooth, buka aplikasi, pilih Peranti > Tambah Peranti dan ikut arahan pada skrin.
        S: Kenapa bacaan langkah berbeza antara telefon dan jam? J: Kedua-dua peranti mengira secara berasingan; aplikasi memilih sumber yang lebih tepat bagi setiap jam.
        Talian bantuan pelanggan: 1-300-88-2468 (Isnin hingga Jumaat, 9.00 pagi - 6.00 petang), e-mel bantuan@sihatlangkah.com.my, WhatsApp rasmi syarikat +60 11-5102 8830.
        SihatLangkah Sdn. Bhd. (No. Pendaftaran 202101023456 (1422871-K)), Aras 12, Menara Prestige, No. 1 Jalan Pinang, 50450 Kuala Lumpur.
        S: Adakah data kesihatan saya dihantar ke luar negara? J: Data disimpan di pusat data di Cyberjaya dan dilindungi di bawah Akta Perlindungan Data Peribadi 2010.
        S: Bagaimana mengeksport rekod glukosa? J: Pergi ke Rekod > Glukosa > Eksport, pilih julat tarikh, dan fail CSV berlajur tarikh, masa, mmol/L dan catatan akan dihantar kepada anda.
        Cabaran 10,000 Langkah Merdeka 2026 berlangsung dari 1 hingga 31 Ogos; peserta yang mencapai purata 10,000 langkah sehari layak menerima lencana digital.
        S: Adakah aplikasi ini menggantikan nasihat doktor? J: Tidak. Semua bacaan adalah untuk rujukan sahaja; sila berjumpa pengamal perubatan berdaftar untuk diagnosis.
        Versi 3.9.1: menyokong Bahasa Melayu sepenuhnya, membetulkan ralat paparan kadar denyutan jantung pada Samsung Galaxy Watch6, dan mempercepat penyegerakan data.
        S: Berapa harga langganan Premium? J: RM12.90 sebulan atau RM99.90 setahun termasuk SST 8%; langganan boleh dibatalkan bila-bila masa melalui Google Play atau App Store.
        Kod ralat SYNC-408: sambungan tamat masa. Pastikan telefon tidak berada dalam mod penjimatan bateri dan cuba semula; jika berterusan, kosongkan cache aplikasi.
        Pusat Pemeriksaan SihatLangkah, Lot 2-05, Aras 2, KSL City Mall, Jalan Seladang, Taman Abad, 80250 Johor Bahru, dibuka setiap hari dari 10 pagi hingga 10 malam.
        S: Kenapa ramalan kitaran haid tidak tepat? J: Ramalan menjadi lebih tepat selepas anda merekod sekurang-kurangnya tiga kitaran lengkap di dalam aplikasi.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:14] QA: v4.7.0 build 1183 crash on Huawei Mate 60 bila buka halaman glukosa, stack trace dah upload ke Jira HLTH-2291, tolong check before release 周五.
        [09:20] Backend: 收到，是 /v2/readings endpoint 的 timezone bug，Asia/Kuala_Lumpur 同 Asia/Singapore offset 一样但 DST flag 读错，hotfix 今晚 push。
        [10:02] Ops: leaderboard cron semalam lambat 40 min sebab Redis memory 95%, dah scale up ke 8GB, ranking Team Bukit Timah Striders dan Team Klang Valley Walkers dah betul.
        [10:05] PM: Reminder 各位，step challenge 奖品 Garmin Venu 3 x3 由 sponsor 直接送到 office，收货地址用公司地址 Level 9, 71 Robinson Road, Singapore 068895。
        [11:30] Design: new onboarding screen 已经放上 Figma，BM 文案 Mula langkah pertama anda hari ini 需要 copywriter confirm 之后才可以 hand off 给 dev。
        [11:42] Legal: PDPA Malaysia amendment dah berkuat kuasa, data breach notification dalam 72 jam, 请大家 read the SOP v3 in Confluence before Friday.
        [14:08] Support: ticket volume hari ni 312, top issue steps tak sync 41%, kedua login OTP lambat 18%，已经 escalate 给 SMS vendor，ETA 明天中午。
        [14:15] QA: regression test CGM import pass 186/190, 4 fail semua pasal unit mg/dL ke mmol/L rounding, expected 7.0 got 6.9，我开了 bug HLTH-2297。
        [15:40] Marketing: 下个月 campaign 想用 Joseph Schooling 的 Olympic 照片，要先确认 licence，Singapore Sport Institute 那边还没回复我们的 email。
        [16:02] Backend: deploy 完成 tag v4.7.1 (sha 7c91e0d)，rollback plan 在 runbook section 5，Grafana dashboard health-sync-prod 目前一切正常。
        [16:30] Ops: AWS ap-southeast-1 ada latency spike 17:00-17:20 semalam, AWS status page sahkan isu rangkaian, bukan dari pihak kita, no action needed。
        [17:45] PM: 明天 standup 改 10:30，因为要 demo 给 Klinik Mediviron 合作方，meeting room 7A, jangan lupa bawa test watch yang dah factory reset。
        [18:10] Support: FAQ Cara tukar unit glukosa dah update 三种语言 (EN/BM/中文)，link: help.sihatlangkah.com.my/articles/unit-glukosa，请 review。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Rachel Tan Hui Min's iPhone" unit="kg" value="71.4" creationDate="2026-03-14 07:10:02 +0800"/>
        <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="42.7" durationUnit="min" sourceName="Darren Koh Wei Jie's Apple Watch" startDate="2026-03-14 06:02:11 +0800"/>
        2026-03-14,S8234571Z,Goh Siew Ling,F,58,fasting_glucose_mmol=9.8,hba1c_pct=8.1,insulin=glargine 18u,clinic=Bedok Polyclinic
        Rank 3 | Marcus Lee (Finance, Raffles Place office) | 412,880 steps | HR note: on medical leave 2 weeks for knee surgery, steps paused
        [2026-03-14 21:47] Patient Jasmine Ong (DOB 1994-02-11): Doc, I'm 9 weeks pregnant and haven't told my husband yet, can the MC just say gastritis?
        {"profile_id": 55120, "emergency_contact": {"relation": "spouse", "mobile": "+65 9382 1174"}, "blood_type": "O+"}
        sync_payload=eyJuYW1lIjoiTnVyIEFpc3lhaCBiaW50aSBLYW1hbCIsImljIjoiOTAwNDEyLTEwLTU1ODIifQ== device=Mi Band 8 fw=2.1.0.14 status=200
        GET /oauth/callback?state=xk29&login_hint=lim.weiqiang88%40gmail.com&scope=activity+sleep HTTP/1.1 200 (fitbit link)
        Step challenge admin note: Kelvin Chua from Logistics dropped out, he told me privately he has stage 2 colon cancer and starts chemo on Monday.
        Dexcom Clarity report shared by Priya d/o Ramasamy, NRIC T0312458J: GMI 8.4%, 31% time above 13.9 mmol/L, please review before Tuesday's teleconsult.
        {"profile": {"display_name": "Mel", "email": "melissa.yeo.2011@hotmail.com"}, "cycles": [{"start": "2026-02-03", "length": 41, "note": "missed pill twice, test neg"}]}
        Prize courier for the step challenge winner: Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412, attn Mrs Lim, call 8271 0934 before 6pm.
    """),
    "zh-Hans": _lines("""
        血糖日志导出 患者：王建国 身份证110108197503120877 2026-03-14 空腹11.2 mmol/L 餐后2h 16.8 mmol/L 备注：自行停用二甲双胍一周
        <Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="张丽华的iPhone" unit="mmol<180.1558800000541>/L" value="8.9" creationDate="2026-03-14 08:01:55 +0800"/>
        步数挑战排行榜 第1名 刘晓峰（市场部）38,204步；第2名 周敏（人事部）35,771步；第3名 黄磊（财务部）33,090步，数据来源：华为运动健康
        经期App导出 {"nickname":"小雨","phone":"13802285416","last_period":"2026-02-20","pregnancy_test":"阳性","note":"还没告诉男朋友"}
        用户反馈附件 contact_b64=6ZmI576O546yIDEzOTE3MjY0MDU4 设备：华为手环9 问题描述：最近三天的睡眠数据全部丢失
        [问诊记录 2026-03-14 22:10] 患者 李先生（42岁）：医生，我查出乙肝小三阳好几年了，公司体检要不要说？怕影响转正。
        收货手机 159 2087 3346，顺丰单号 SF1409872236541，商品：血糖试纸100片装两盒，备注：放小区门口快递柜
        奖品寄送地址：上海市徐汇区漕溪北路595弄12号1102室 收件人：赵女士 电话 137 6102 8843（运动手环挑战赛第2名）
        健康群里都在说，老孙欠了网贷二十多万，最近血压一直160/100，手环天天报警，他老婆已经带孩子回娘家了。
        2026-03-14,440306198804173621,郑晓琳,女,深圳市南山区,孕24周,OGTT 1h 10.9,妊娠糖尿病,建议营养科随访
        2026-03-14 07:15:32 [INFO] bind_ok uid=88213 phone=186****7742 device=Mi Band 8 channel=微信小程序 city=成都
    """),
    "zh-Hant": _lines("""
        遠距問診紀錄 2026/03/14 病人：黃志偉先生 HKID K482715(5) 主訴：持續胸悶兩週，有焦慮症病史，現服 sertraline 50mg
        <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="陳嘉欣的 Apple Watch" unit="count/min" value="148" creationDate="2026-03-14 02:13:07 +0800"/>
        病患 林淑芬 身分證 A228457199，糖化血色素 9.2%，醫師建議開始打胰島素，家屬（女兒）聯絡電話 0912-386-407
        群組訊息：林太話佢個仔阿俊又喺學校暈低，驗出一型糖尿病，而家要日日打針，佢好擔心份工請唔到假。
        {"暱稱":"Ivy","生日":"1996-05-18","週期":[{"開始":"2026-01-09","備註":"小產後第一次來經"}],"緊急聯絡":"+852 9461 2078"}
        步數挑戰賽（觀塘分行）第5名 何家豪 21萬步，備註：佢話減肥係因為醫生講佢脂肪肝兼血糖高，叫我唔好同其他同事講。
        澳門居民 梁偉文 身份證 1384526(3) 住址：氹仔哥英布拉街海洋花園雅景閣18樓C座，家用血壓計紀錄 168/102
        2026/03/14,F133028461,吳建宏,男,新北市板橋區文化路一段188巷7號5樓,飯前血糖142,服用Metformin 500mg
        匯出檔 health_export_Y630948(6)_2026Q1.zip 已上載至 Dropbox 共享資料夾「診所-雜項」，請同事下載後刪除
        視像診症備註：病人阿珍稱與丈夫正辦離婚，近月失眠，手錶記錄每晚只睡約3小時，要求轉介臨床心理學家。
    """),
    "ms": _lines("""
        Log glukosa: Pesakit Rozita binti Hassan, MyKad 850917-14-6224, bacaan puasa 12.4 mmol/L, HbA1c 9.0%, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya
        Kedudukan Cabaran Langkah Jabatan: 1. Muhammad Haziq bin Roslan (Unit IT) 402,115 langkah; 2. Kak Yah (Kewangan) 388,900; 3. Encik Ravi (Stor) 351,020
        {"nama":"Farah Adibah","telefon":"+60 12-774 3091","kitaran":[{"mula":"2026-02-11","catatan":"ujian hamil positif, belum beritahu mak"}]}
        [Sembang Doktor 14/03/2026 23:02] Pesakit Encik Azman (45): Doktor, saya positif HIV tahun lepas, isteri tak tahu lagi, ubat ARV habis minggu ni.
        Sila kredit bayaran balik langganan RM99.90 ke akaun Maybank 1140 2236 8817 (akaun peribadi saya), terima kasih.
        Pemenang hadiah cabaran langkah akan ambil hadiah di lobi, kereta Perodua Myvi putih nombor plat WVK 4721, minta pengawal benarkan masuk.
        Kak Lina dari kumpulan jalan kaki pagi tu dah berhenti datang, dengar kata dia ada hutang along RM30 ribu dan darah tinggi dia makin teruk.
        14/03/2026,Tan Ah Kow,630521-07-5193,Lelaki,Bayan Lepas Pulau Pinang,BP 172/98,gout,anak minta laporan dihantar ke tanahkow.family@yahoo.com
        Borang tuntutan insentif kesihatan: Nama Wan Nor Izzati, gaji bulanan RM3,850, tuntutan yuran gimnasium RM180, no. pekerja HR-20417, disahkan kencing manis jenis 2.
    """),
    "mixed": _lines("""
        [Telemed export] Pt: Lim Wei Qiang 林伟强, NRIC S7716203H, 主诉 chest tightness 两个星期, Apple Watch ECG 显示 AFib, referral to SGH Cardiology.
        Leaderboard SG office 本周冠军 Aunty Mei (pantry staff) 98,420 steps 但她说 knee 很痛, doctor 说 osteoarthritis 要 surgery, SGD 18k 她付不起.
        glucose_log.csv: 2026-03-14 07:05, 6.2, pre-breakfast, 备注: 阿明 lupa makan ubat semalam, IC 880715-01-6631, tel 016-772 4581
        {"user":"G5530184R","name":"Nguyen Thi Hoa","employer_type":"FDW","notes":"怀孕 12 weeks, 雇主不知道, takut kena hantar balik"}
        步数 challenge prize 寄到 Blk 208 Bishan St 23 #11-342 S570208, 收件人 Mr Soh, HP 9176 2284, please call before 送货.
        POST /api/v2/share?to=clinic&patient=Wong%20Ka%20Ho%20%E9%BB%83%E5%AE%B6%E8%B1%AA&hkid=R215537%28A%29 200 OK 83ms
        Period app 匯出 user: 詹雅婷 (Tina), 身分證 B217550322, cycle irregular 60+ 天, 醫生懷疑 PCOS, 她的 LINE ID: tina_0831tw
        Garmin Connect export 用户 Zhou Jiayi 周佳怡, 身份证 310104199208231540, resting HR 52, 备注: 正在做 IVF 第二周期, coach 请调低训练强度
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the HealthSync assistant. Linked profile: Rachel Tan Hui Min, NRIC S9047362Z, DOB 1987-09-22, Tampines, Singapore. Answer questions about her Apple Health export.",
        ),
        (
            "user",
            "Can you summarise my resting heart rate trend from last month's export? I'm a bit worried since I started the new thyroid medication.",
        ),
        (
            "assistant",
            "Sure, Rachel. Your resting heart rate averaged 78 bpm in February, up from 66 bpm in January, with the rise starting about a week after you began levothyroxine. That can happen when the dose is on the high side, so it is worth mentioning to your doctor at your next review.",
        ),
        (
            "user",
            "Thanks. Please don't mention the thyroid thing if my husband asks the shared family account.",
        ),
    ],
    [
        (
            "user",
            "帮我看看我爸的血糖记录：刘德明，68岁，手机 139 0571 2286，最近一周空腹都在9到11之间，餐后最高18.2，他说二甲双胍吃了胃不舒服就自己停了。",
        ),
        (
            "assistant",
            "从您提供的数据看，刘德明先生停药后空腹和餐后血糖都明显偏高，已超出《中国2型糖尿病防治指南》的控制目标。建议尽快带他到内分泌科复诊，和医生商量改用缓释剂型或其他药物，不要自行停药。",
        ),
        ("user", "好的，那你帮我写一段话发给他，语气温和一点，他脾气倔。"),
        (
            "assistant",
            "爸，我看了您这周的血糖，空腹都在9以上，我有点担心。胃不舒服我们可以跟医生说换药，周六我陪您去医院看看，好不好？",
        ),
    ],
    [
        ("system", "你是康信遠程醫療的客服助理，只可按平台資料回答，不得提供診斷。"),
        (
            "user",
            "我想要返上個月視像問診嘅紀錄，我叫張美儀，HKID M907213(1)，電話 9257 3318，醫生當時開咗抗抑鬱藥俾我。",
        ),
        (
            "assistant",
            "張小姐你好，已收到你的申請。為保障私隱，問診紀錄會以加密電郵寄出，請確認接收電郵地址，我們會在3個工作天內處理。",
        ),
        ("user", "寄去 mayee.cheung1990@gmail.com 得唔得？唔好寄公司電郵，我唔想同事知。"),
        ("assistant", "明白，我們會寄到 mayee.cheung1990@gmail.com，不會使用其他電郵地址。"),
    ],
    [
        (
            "user",
            "Tolong tulis pengumuman untuk pemenang Cabaran 10,000 Langkah jabatan kami: tempat pertama Nurul Huda binti Zainal (Akaun), tempat kedua Encik Suresh a/l Muniandy (Operasi).",
        ),
        (
            "assistant",
            "Tahniah kepada Puan Nurul Huda binti Zainal dari Jabatan Akaun yang muncul johan Cabaran 10,000 Langkah, dan Encik Suresh a/l Muniandy dari Jabatan Operasi di tempat kedua! Hadiah akan disampaikan pada perhimpunan bulanan Jumaat ini.",
        ),
        (
            "user",
            "Boleh tambah yang Suresh baru sembuh dari serangan jantung tahun lepas? Dia kata tak kisah.",
        ),
        (
            "assistant",
            "Boleh, tetapi maklumat kesihatan adalah sensitif. Saya cadangkan dapatkan persetujuan bertulis daripada Encik Suresh sebelum pengumuman diedarkan kepada seluruh jabatan.",
        ),
    ],
    [
        (
            "system",
            "Period tracker helper. Account owner: Marites Santos, FIN F2284719T, domestic worker in Bukit Batok, phone +65 8823 0417.",
        ),
        (
            "user",
            "My period is 3 weeks late, app says maybe pregnant. If I test positive will MOM send me home? Employer 不知道我有男朋友.",
        ),
        (
            "assistant",
            "I understand this is stressful. Under Singapore rules, work permit holders must not become pregnant unless married to a citizen or PR with approval, so a positive result could affect your permit. Please take a test first; you can also call the Centre for Domestic Employees helpline 1800 2255 233 for confidential advice.",
        ),
    ],
    [
        (
            "user",
            "這是我的運動手錶匯出：吳志明，身分證 E120944179，台南市東區，最近兩週靜止心率從58升到72，而且腳趾關節很痛，之前有痛風。",
        ),
        (
            "assistant",
            "吳先生，靜止心率上升可能與發炎、疼痛、睡眠不足或感染有關。腳趾關節疼痛加上痛風病史，可能是急性發作，建議盡快至風濕免疫科就診並檢查尿酸。",
        ),
        ("user", "幫我把這段整理成給醫生看的摘要。"),
        (
            "assistant",
            "病人：吳志明（E120944179），台南市東區。主訴：兩週內靜止心率由58升至72 bpm，伴隨腳趾關節疼痛，過去有痛風病史。請評估是否為痛風急性發作。",
        ),
    ],
    [
        (
            "system",
            "CGM review assistant for Klinik Sejahtera, Ipoh. Current patient file: Lee Chong Hock, MyKad 720309-08-5517, type 1 diabetes since 1990, HbA1c 8.6%, lives alone at Taman Canning, mobile 012-508 3364.",
        ),
        ("user", "Summarise the last 14 days of his Libre data for the doctor."),
        (
            "assistant",
            "Mr Lee Chong Hock's 14-day Libre data show 52% time in range, 11% below 3.9 mmol/L with most lows between 02:00 and 04:00, and a GMI of 7.9%. Given that he lives alone, the nocturnal hypoglycaemia is the main safety concern to raise with the doctor.",
        ),
    ],
    [
        (
            "user",
            "我在用备孕App，帮我看看排卵日对不对：我叫孙雅琪，上次月经2月26号，周期一般32天，我和老公试了一年多还没怀上，他精子活力也偏低。",
        ),
        (
            "assistant",
            "孙女士，按32天周期推算，下次月经约在3月30日左右，排卵日大约在3月16日，易孕期为3月11日至3月17日。你们备孕已超过一年，而且你先生精子活力偏低，建议一起到生殖医学科做系统评估。",
        ),
        ("user", "谢谢，这个别让我婆婆看到，她天天催。"),
    ],
    [
        (
            "user",
            "Translate this telemedicine chat into English for my specialist: 'Doktor, saya Zulkifli bin Osman, IC 790224-10-6087, saya rasa kebas kaki sejak bulan lepas, gula dalam darah selalu 15.'",
        ),
        (
            "assistant",
            "Translation: 'Doctor, I am Zulkifli bin Osman, IC 790224-10-6087. I have had numbness in my feet since last month, and my blood sugar is often 15.'",
        ),
        ("user", "Also add that I lost my job in January so I stopped buying the insulin pens."),
        (
            "assistant",
            "Added: 'I lost my job in January, so I stopped buying my insulin pens.' You may want to ask the specialist about subsidised insulin at a government clinic.",
        ),
    ],
    [
        (
            "system",
            "You clean fitness-tracker CSVs before they are shared with the research team. Remove direct identifiers.",
        ),
        (
            "user",
            "Clean this row: 2026-03-14,Chan Siu Fong 陳小芳,chan.siufong@netvigator.com,+852 6174 3092,steps 3120,resting_hr 88,notes: 剛做完乳癌手術",
        ),
        (
            "assistant",
            "Cleaned row: 2026-03-14,[REMOVED],[REMOVED],[REMOVED],steps 3120,resting_hr 88,notes: [REMOVED - health condition]. I removed the name Chan Siu Fong, the email chan.siufong@netvigator.com, the phone number and the free-text surgery note.",
        ),
        ("user", "Great, do the same for the next 200 rows tomorrow."),
    ],
]
