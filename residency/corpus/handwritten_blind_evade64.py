# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade64: personal data hidden in smart-home, IoT and car logs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade64
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "voice assistant transcript"): _lines("""
        [2026-03-14 07:02:11] wake_word=detected device=echo-kitchen utterance="what's the weather in Petaling Jaya tomorrow" intent=weather.forecast confidence=0.94
        utterance="play the latest album by Yuna" -> intent=music.play artist=Yuna provider=spotify result=OK
        utterance="who was Tunku Abdul Rahman" -> intent=qa.person answer_source=wikipedia tts_ms=2140
        utterance="set a timer for twelve minutes for the rendang" -> timer.created id=tmr_8841 duration=PT12M
        utterance="call Pizza Hut Damansara" -> resolved=business_listing dialled=1300 88 2525 call_duration=00:03:12
        asr_b64=dHVybiBvZmYgdGhlIGxpdmluZyByb29tIGxpZ2h0cyBhbmQgbG9jayB0aGUgZnJvbnQgZG9vcg== intent=scene.goodnight devices_affected=7
        utterance="what's the non-emergency number for the Singapore Police Force" -> answer="1800 255 0000" source=spf.gov.sg
        utterance="tell the kids a story about Sang Kancil and the crocodiles" -> skill=storytime duration=6m40s
        intent=reminder.create slot.text="take out the recycling bins" slot.time=2026-04-02T19:30+08:00 owner=household_default
    """),
    ("zh-Hans", "voice assistant transcript"): _lines("""
        小爱同学，明天早上七点叫我起床 → intent=alarm.set time=07:00 repeat=workday
        天猫精灵 ASR："播放周杰伦的晴天" → music.play artist=周杰伦 song=晴天 来源=QQ音乐
        utterance=\\u6253\\u5f00\\u5ba2\\u5385\\u7a7a\\u8c03\\u0032\\u0036\\u5ea6 intent=ac.on room=living target=26
        用户问："鲁迅是哪一年出生的？" 小度回答："鲁迅生于1881年9月25日，浙江绍兴人。" 来源=百科
        语音指令："帮我拨打12345市民热线" → 已拨打 12345 通话时长 04:51
        语音搜索："附近的充电桩" → 结果：国家电网中山路充电站 距离1.2km 空闲桩 3/8
        设备日志 2026-05-03 22:10:45 唤醒词误触发 次数=3 原因=电视背景声 已自动忽略
    """),
    ("ms", "voice assistant transcript"): _lines("""
        Transkrip: "Hey Google, pasang lampu bilik tidur" → niat=lampu.hidup bilik=bilik_tidur status=berjaya
        Ucapan: "siapa Perdana Menteri Malaysia yang pertama" → jawapan: Tunku Abdul Rahman Putra Al-Haj (1957–1970)
        Ucapan: "mainkan lagu Cindai nyanyian Siti Nurhaliza" → muzik.main sumber=YouTube Music
        Ucapan: "telefon TNB Careline" → nombor perniagaan 1-300-88-5454 didail, tempoh 00:07:40
        asr_b64=dHV0dXAga2lwYXMgcnVhbmcgdGFtdSBwdWt1bCBzZWJlbGFzIG1hbGFt niat=jadual.kipas masa=23:00
        Ucapan: "berapa lama lagi waktu berbuka di Kuala Lumpur" → jawapan: Maghrib 7:24 petang, lagi 42 minit
    """),
    ("en", "smart-lock log"): _lines("""
        2026-05-03T08:14:22+08:00 lock_id=FL-2207A event=UNLOCK method=PIN slot=3 label="Guest code 3" result=OK battery=78%
        event=TAMPER_ALARM lock=front_door fw=3.4.12 code=E-0417 note="5 wrong PIN attempts, keypad locked 180s"
        Auto-lock engaged after 30s | door_sensor=closed | bolt=extended | rssi=-61dBm | hub=bridge-02
        Temporary code template: "Hi {guest_name}, your door code for {check_in_date} is {pin}. It expires at {check_out_time}."
        fingerprint enrol slot 07 status=SUCCESS quality=82 user_label=<unassigned> retries=2
        Order #SL-2026-0048813: Smart Lock Pro X2, matte black, RM 1,299.00, tracking JNT 630091882745, ETA 3 working days
        webhook body_b64=eyJldmVudCI6InVubG9jayIsIm1ldGhvZCI6ImtleXBhZCIsInNsb3QiOjMsImJhdHRlcnkiOjcxfQ== sig=sha256=4c1e9a07d2
        Policy: one-time codes are 6 digits, expire after first use or 24h, and are never shown in the activity feed after expiry.
    """),
    ("zh-Hant", "smart-lock log"): _lines("""
        2026/05/03 21:47 大門電子鎖 指紋解鎖成功（指紋編號 02）電量 64%
        警報：密碼連續錯誤5次，鍵盤已鎖定3分鐘 事件碼 0x1F04
        臨時密碼範本：「您好 {{房客姓名}}，入住期間大門密碼為 {{密碼}}，有效至 {{退房時間}}。」
        門鎖韌體 v2.8.3 更新完成，更新包 SHA-256 前八碼 9f3a61c2，重啟耗時 14 秒
        保固登記編號 WR-TW-20260418-0073，型號 YL-Y1X，保固至 2028/04/17
        推播 payload={"msg":"\\u9580\\u5df2\\u53cd\\u9396","door":"main","ts":1767398400}
    """),
    ("en", "doorbell event"): _lines("""
        Doorbell event 2026-02-11 16:22:09 motion_zone=driveway person_detected=true face_match=none clip_id=c7f1e0b2-5d3a-4a2e-9f41-3b0c1d77a8e2
        Package detected at front porch 11:05, courier uniform recognised (J&T Express), no face match, package removed 18:40
        ding event: button pressed 14:03:27, live view answered 14:03:35, talk duration 00:41, chime=hallway
        snapshot request GET /v1/snapshot?zone=porch%20left&label=person&face=unknown&ts=1770800529
        Facial recognition is off by default; known faces are stored on the local hub only and never uploaded (privacy notice v3.2).
        Motion alert summary, week 14: 212 events, 173 vehicles on road, 31 people, 8 animals (cat), 0 tampering
        Night vision switched to IR at 19:12, ambient 3 lux, SD card 41% used, loop recording 7 days
    """),
    ("mixed", "doorbell event"): _lines("""
        门铃 event: 有人按门铃 14:03，face_match=陌生人，已录像 clip #A0931，保存7天
        Loceng pintu: motion detected di pagar 02:14am, tiada wajah dikenali, rakaman disimpan 30 hari
        門鈴 snapshot uploaded ✅ zone=信箱 label=package 來源=7-ELEVEN 店到店
        Doorbell notif: "Seseorang di pintu depan" · tap to view live · camera Ruang Tamu offline sejak 03:00
        訪客留言 voicemail_b64=5oKo5aW977yM5b+r6YCS5pS+5Zyo6Zeo5Y+j5LqG77yM6bq754Om562+5pS25LiA5LiL duration=6s caller=unknown
    """),
    ("en", "car telematics"): _lines("""
        DTC P0301 Cylinder 1 misfire detected | odometer 48,221 km | MIL on | ECU fw 7.1.04 | freeze frame stored
        OBD-II PID 0x0C rpm=2140 | 0x0D speed=62 km/h | 0x05 coolant=91°C | 0x2F fuel=38%
        Trip summary: 23.4 km, 41 min, avg 34 km/h, eco score 82/100, regen 2.1 kWh, 0 harsh events
        Recall notice template: Dear {owner_name}, your {model} with VIN {vin} is affected by campaign 24V-512 (rear-view camera).
        CAN frame 0x3E9 [8] 00 1A 2F 00 00 7D 00 00 | bus=PT-CAN | t=1282.004s
        Service reminder: oil change due in 1,200 km; recommended filter part no. 90915-YZZD1, 0W-20 4.2 L
        Fleet benchmark Q1 2026: Proton X50 avg 6.9 L/100km, Perodua Myvi 5.4 L/100km, BYD ATTO 3 15.8 kWh/100km
        sim_run=bench-07 NMEA $GPRMC,031522.00,A,0309.1234,N,10141.5678,E,0.02,,120426,,,A*6C source=HIL-simulator
    """),
    ("zh-Hans", "car telematics"): _lines("""
        车辆体检报告：胎压 左前2.4bar 右前2.4bar 左后2.3bar 右后2.5bar，保养提醒：还剩1,200公里
        OTA升级 版本 V5.2.1 已完成，升级包 SHA-256 3b7c9e04，新增：哨兵模式低功耗
        充电记录：深圳南山科技园站 充电 42.6kWh 费用 ¥58.30 订单号 TLD20260503113458127
        故障码 U0100 与ECM/PCM失去通讯，建议检查CAN总线终端电阻（标准值 60Ω）
        ETC通行：G4京港澳高速 广州北站→韶关站 通行费 ¥96.00 交易流水号 320583202605031127
        车型对比：比亚迪汉 EV 续航 605km，小鹏 G6 续航 580km，理想 L7 综合续航 1315km
        召回公告模板：尊敬的{车主姓名}，您的车辆（VIN：{车架号}）属于本次召回范围，请于{日期}前到店检修。
    """),
    ("en", "infotainment sync"): _lines("""
        BT pairing: device "Pixel 8" connected HFP/A2DP, PBAP sync declined by user, 0 contacts imported
        PBAP entry: BEGIN:VCARD|VERSION:3.0|FN:Roadside Assistance (24h)|ORG:AutoCare Malaysia Sdn Bhd|TEL;TYPE=WORK:1-800-88-7788|END:VCARD
        Nav recent destinations: Mid Valley Megamall; Sunway Pyramid; KLIA Terminal 1; Tan Tock Seng Hospital (SG trip)
        Android Auto session 00:42:17 | app=Waze | route "Jalan Ampang -> KL Sentral" | contacts accessed: none
        Media: now playing "Bohemian Rhapsody" by Queen | source=USB | 320 kbps | track 3/14
        Guest mode enabled: phonebook, call history and saved places hidden; cleared automatically on ignition off
    """),
    ("zh-Hant", "infotainment sync"): _lines("""
        藍牙配對：「iPhone 15」已連線，通訊錄同步 0 筆（使用者拒絕授權）
        導航常用地點：台北101、桃園國際機場第二航廈、國立故宮博物院
        CarPlay 工作階段 01:12:05，App：Google 地圖，路線「中山北路 → 敦化南路」
        車機通訊錄預設聯絡人：道路救援 0800-088-123、原廠客服 0800-221-221
        媒體播放：周杰倫《七里香》· 來源 KKBOX · 音量 18
    """),
    ("en", "fitness tracker"): _lines("""
        Daily summary 2026-04-02: steps 9,842 | resting HR 58 | sleep 7h12m (deep 1h31m) | SpO2 avg 97%
        GPX export sample: <trkpt lat="1.2894" lon="103.8631"><ele>4.2</ele><time>2026-04-02T06:11:03Z</time></trkpt> (demo route, Marina Bay loop)
        Challenge leaderboard template: {rank}. {display_name} - {steps} steps ({delta} vs last week)
        Release notes v4.11.2: VO2 max estimate now uses a 7-day rolling window; HRV status needs 3 weeks of data
        Pace preset "Sub-2 Demo" mirrors Eliud Kipchoge's 2019 Vienna run: 2:50/km for 42.2 km
        BLE adv local_name hex: 4d 69 20 53 6d 61 72 74 20 42 61 6e 64 20 38 | rssi -58 | service 0xFE95
        Alert: high heart rate (>120 bpm) while inactive for 10 min. This is not a diagnosis; consult a doctor if it recurs.
    """),
    ("ms", "fitness tracker"): _lines("""
        Ringkasan harian: langkah 11,204, kalori 2,310 kcal, degupan jantung rehat 61 bpm, tidur 6j 55m
        Amaran: kadar jantung tinggi 142 bpm semasa rehat. Ini bukan diagnosis; sila rujuk doktor jika berulang.
        Cabaran komuniti "10,000 Langkah Merdeka": 4,812 peserta, purata 8,930 langkah sehari
        Kemas kini perisian tegar 2.4.1: pengesanan berenang kolam, mod puasa (peringatan minum air dimatikan)
        Laluan larian popular: Taman Tasik Titiwangsa 2.4 km, Bukit Kiara 7.1 km, Taman Botani Perdana 3.2 km
    """),
    ("zh-Hans", "fitness tracker"): _lines("""
        今日运动：步数 8,765 步，消耗 356 千卡，睡眠 6小时48分钟，静息心率 62
        手环固件 3.1.6 更新说明：新增夜间血氧监测，优化游泳识别
        跑步记录模板：{昵称} 完成 {距离} 公里，配速 {配速}，超过了 {百分比} 的跑友
        马拉松配速参考：苏炳添百米 9.83 秒为亚洲纪录，本预设仅用于间歇跑训练
        同步日志 {"type":"sleep","deep":"1h20m","rem":"1h05m","score":84}
    """),
    ("en", "support ticket"): _lines("""
        Ticket #INC-0048821: doorbell offline after router change; resolved by re-running Wi-Fi setup; no customer data attached
        FAQ: How do I remove a fingerprint from my smart lock? Open the app > Device > Users > Fingerprints, then swipe left.
        Customer care 1-800-88-7788 (Mon-Fri 9am-6pm); email support@homelink.example for RMA requests
        RMA-2026-11873: hub model HB-200, serial batch 2605A, replaced under warranty, courier tracking 9400111202555842761011
        Known issue KI-312: Alexa routine "Goodnight" fails to arm the alarm when firmware < 3.4.10. Workaround: update hub.
    """),
    ("ms", "support ticket"): _lines("""
        Tiket #MY-SH-20260412-0391: kamera loceng pintu tidak merakam waktu malam; penyelesaian: kemas kini perisian tegar 2.4.1
        Soalan lazim: Bagaimana menukar kod PIN kunci pintu? Buka aplikasi > Peranti > Kod Akses > Tukar.
        Talian khidmat pelanggan 1-300-80-8888 (Isnin–Jumaat, 9 pagi–6 petang)
        Notis: servis pelayan terganggu 3 Mei 2026, 01:00–03:00 pagi. Kunci pintu tetap berfungsi secara luar talian.
    """),
    ("zh-Hant", "support ticket"): _lines("""
        工單 #TW-20260418-00731：門鈴無法推播通知，已請用戶重新授權 App 通知權限，結案。
        客服專線 0800-088-123（週一至週五 9:00–18:00），保固期內免費維修
        常見問題：如何刪除已登錄的指紋？請至 App「裝置 > 成員 > 指紋」左滑刪除。
        維修單號 RP-HK-2605-00412：門鎖馬達異音，已更換馬達模組，費用 HK$0（保養內）
    """),
    ("en", "device config"): _lines("""
        mqtt: broker=mqtts://iot.example.com:8883 topic=home/+/lock/state qos=1 retain=false client_id=hub-${HOSTNAME}
        JWT payload (decoded): {"sub":"device:thermostat-02","scope":"telemetry:write","exp":1767225600}
        automation: trigger platform=state entity_id=binary_sensor.front_door to="on" | action service=light.turn_on target=light.porch
        export OTA_URL="https://ota.vendor.example/fw/lock/3.4.12.bin" && sha256sum -c 3.4.12.bin.sha256
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [echo-livingroom 2026-03-02 20:14] utterance="call Priya Ramasamy on mobile" -> contact_resolved name="Priya Ramasamy" number=+60 12-638 4917 status=dialling
        users.csv export: slot,name,pin,schedule | 1,Darren Koh Jun Hao,480213,always | 2,Mdm Lee Siew Lan (maid),771905,Mon-Sat 08:00-18:00
        face_match=true label="Uncle Raymond Tan (Ah Seng, flat 11-04)" confidence=0.91 ts=23:47, 3rd late-night visit this week, owner flagged "do not let in when drunk"
        lock webhook body_b64=eyJ1c2VyIjoiTnVydWwgSHVkYSBiaW50aSBLYW1hcnVkaW4iLCJtZXRob2QiOiJmaW5nZXJwcmludCIsImRvb3IiOiJCbGsgMzE4IENsZW1lbnRpIEF2ZSA1ICMwNy0yMTQiLCJ0cyI6IjIwMjYtMDQtMTFUMDY6NTI6MTArMDg6MDAifQ==
        Driver score report, vehicle SLA4821Z, primary driver Marcus Goh: 14 harsh-braking events, 3 speeding >110 km/h on PIE, report shared with insurer
        PBAP dump: BEGIN:VCARD|VERSION:3.0|FN:Kelvin Ng Ka Ho|TEL;CELL:+852 9437 2816|EMAIL:kelvin.ng.hk@outlook.com|NOTE:badminton Thu|END:VCARD
        Connect export athlete="Shirley Fernandez" dob=1984-07-19 rhr=48 note="AFib episode flagged 02:13, cardiology appt Tue 10am"
        GET /api/v2/geofence/arrive?user=Lim%20Wei%20Jie&home=18%2C%20Jalan%20SS2%2F24%2C%2047300%20Petaling%20Jaya&notify=%2B60197752043
        reminder.create text="pick up Aiden's EpiPen refill at Guardian - Aiden Chua, 7, peanut allergy, Primary 1 at Rosyth School" owner=chua_household
        SVT case 0912 (stolen vehicle tracking): owner Haresh a/l Subramaniam, IC 750921-07-5019, Honda City PKN 6620, last ping Jalan Tun Razak 02:41
        pet-tracker NFC NDEF payload hex: 49 66 20 66 6f 75 6e 64 3a 20 4a 6f 61 6e 6e 65 20 53 65 61 68 20 39 31 38 33 20 32 37 36 34 2c 20 42 69 73 68 61 6e
        Office step challenge wk14: 1. Ganesh s/o Muniandy 92,410 | 2. Cheryl Ong 88,002 | 3. Farid bin Yusof 85,770 (Ganesh: post knee-surgery rehab goal met)
        occupancy_report home="12 Jalan Setia Murni U13/52, 40170 Shah Alam" status=AWAY 09-Apr..23-Apr (Tan family in Perth), alarm=armed_away
        Infotainment guest profile "Ahmad Faizal bin Othman" created | seat memory 2 | home = 27 Lorong Kenari 3, Taman Sri Rampai, 53300 KL | work = Menara Maxis
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1Xzg4MTIzIiwibmFtZSI6IlJhY2hlbCBXb25nIE1laSBUaW5nIiwiZW1haWwiOiJyYWNoZWx3bXRAZ21haWwuY29tIiwiaG9tZV9pZCI6ImhrLXNoYXRpbi0wNDEyIn0.Xq3vN0p8Rk2yT7c1LmZs9aWd4Ej6
    """),
    "zh-Hans": _lines("""
        小度语音记录 2026-04-08 21:33 用户："给我老婆王丽娟打电话" → 已拨打 138 2741 0593
        门锁开门记录 2026-05-03 18:22 指纹开锁 用户：张建华（业主） 地址：上海市浦东新区锦绣路2680弄7号1202室
        {"event":"face_recognized","name":"\\u9648\\u7f8e\\u73b2","relation":"\\u5973\\u513f","school":"\\u676d\\u5dde\\u5e02\\u5b66\\u519b\\u5c0f\\u5b66","time":"2026-05-03T17:05:00+08:00"}
        车机蓝牙通讯录同步完成：刘志强 159 2187 3406；周晓燕（妈妈）186-0217-4498；共2条
        行车记录仪云端告警：车牌 粤B·7K3Q9 车主 黄伟 身份证 440106198803142179 本周超速3次
        设备上报 payload=eyJvd25lciI6IuadjuengOiLsSIsInBob25lIjoiMTM3NjAyODQ0NTEiLCJhZGRyIjoi5YyX5Lqs5biC5pyd6Ziz5Yy65pyb5Lqs6KW/5Zut5LiJ5Yy6MzEy5Y+35qW8NOWNleWFgzYwMSJ9
        健康数据已共享给家庭医生：用户 赵敏，女，身份证 310115199207264585，血压 152/98，正在服用氨氯地平
        智能音箱留言板："小宝（林子涵）今天发烧38.5度，奶奶记得下午四点喂退烧药"
        GET /track?plate=%E6%B2%AAA%C2%B7D59213&driver=%E5%AD%99%E6%B5%A9&event=collision&ts=1777803000
        停车场出场记录 苏E·8H2M1 车主 吴婷婷 手机 177 1039 5826 月卡到期 2026-06-30 欠费 ¥240
        UBI车险评分：驾驶人 周国强，身份证 330106196701185915，夜间驾驶占比41%，急加速27次，续保费率上浮15%
        门铃留言转写："我是楼下502的杨帆，你家卫生间漏水了，加我微信 yangfan_0817 联系一下"
    """),
    "zh-Hant": _lines("""
        門鎖住戶名單 | 陳家豪 HKID K384712(8) | 指紋 #1 #2 | 沙田第一城 32座 18樓 F室
        Google Home 語音紀錄：「提醒我週三早上八點帶媽媽林淑芬去台大醫院洗腎」
        車機通訊錄同步：黃志明 0912-485-736；蔡佩君 0933 271 604（老婆）
        智慧門鈴推播 data=eyJ2aXNpdG9yIjoi5by16ZuF5am3Iiwibm90ZSI6IuaIv+adseS+huaUtuenn++8jOiqquS4i+WAi+aciOi1t+a8suS4ieWNgyIsInBob25lIjoiMDk3OC0xMTMtNTI5In0=
        行車紀錄器雲端備份：車號 BGR-5821 車主 許文彬 身分證 A123847511 闖紅燈2次 已收到罰單
        手環健康報告：使用者 吳美華（F227051830）夜間血氧最低 84%，疑似睡眠呼吸中止，建議轉介睡眠中心
        {"contact":"\\u6881\\u5609\\u6b23","tel":"6158 0923","rel":"\\u592a\\u592a","addr":"\\u5c07\\u8ecd\\u6fb3 \\u65e5\\u51fa\\u5eb7\\u57ce 3\\u671f 5\\u5ea7 23A"}
        智能家居 App 成員邀請：mandy.cheung1990@yahoo.com.hk 已加入「大埔 太和邨 福和樓 1204室」家庭
        停車場系統：車牌 VJ 8231 登記車主 何德明 月租車位 B2-17 已欠租兩個月 HK$3,200
        門鎖臨時密碼已發送給 阿May（外傭 Maria Santos，電話 5402 7731），有效 週一至週六 07:00–20:00
    """),
    "ms": _lines("""
        Transkrip pembantu suara: "Hantar mesej kepada Siti Aisyah binti Rahman, beritahu kod kunci rumah di No. 14, Jalan Melor 3, Taman Bukit Indah dah tukar"
        Log kunci pintu: 19:42 dibuka dengan cap jari oleh "Mohd Hafiz bin Abdullah" (anak sulung, Tingkatan 5), 23:58 dibuka semula, pulang lewat lagi
        Data telematik: kenderaan WXY 7316, pemandu Nur Izzati binti Zulkifli, No. KP 920307-14-6642, 6 kali melebihi had laju di Lebuhraya PLUS
        Amaran jam pintar payload=eyJqZW5pcyI6ImphdHVoIiwicGVuZ2d1bmEiOiJIYWphaCBSb2hhbmkgYmludGkgU2FpZCIsInVtdXIiOjc0LCJsb2thc2kiOiJMb3QgMjIxLCBLZy4gQmFydSBTdW5nYWkgQnVsb2gifQ==
        Penjejak kecergasan dikongsi dengan jurulatih: Kumar a/l Ramasamy, berat 96 kg, gula darah puasa 11.2 mmol/L, diabetes jenis 2
        Sync buku telefon kereta: Kak Long (Noraini binti Hassan) 013-880 7152; Pak Ngah Rosli 016-492 3381
        Loceng pintu: wajah dikenali "Encik Lim Chee Keong (jiran rumah 22)" di pagar pukul 02:14 pagi, cuba buka selak pagar
        POST /iot/guest-pin nama=Aminah%20binti%20Osman&ic=010812-01-0376&pin=5521&unit=B-12-03%20Residensi%20Harmoni%2C%20Cheras
        Tempahan servis melalui infotainmen: Encik Rajesh a/l Gopal, Proton X70 JQB 4412, tel 011-2384 6710, slot 10 pagi Sabtu
        Laporan jam tangan kanak-kanak: Aisyah Sofea (anak Puan Zarina binti Ahmad), murid SK Taman Desa, keluar zon selamat 3:15 ptg
    """),
    "mixed": _lines("""
        [Alexa] "remind me transfer RM800 to adik, Maybank 1642 3100 5871 nama Nur Aina binti Kassim" -> reminder set, monthly on 25th
        小米门锁 log: unlock by 指纹 user "Jason 林志伟", 临时密码 sent to +65 8726 4051 (cleaner Auntie Mei, every Fri)
        tesla trip: driver=Vincent Lau | 充电 at home 23:10 | home_addr=Blk 112 Bishan St 12 #09-31 | NRIC S8734215H
        Fitness sync ok ✅ user: Chong Mei Ling 张美玲 | kad UnionPay 6222 0236 4258 8298 | pelan premium RM29.90/bulan
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me word a message to set up a temporary code on our Yale lock for the new helper?",
        ),
        (
            "assistant",
            "Sure. Tell me her name, the days and hours she should have access, and whether the code should expire.",
        ),
        (
            "user",
            "Her name is Marites Dela Cruz, FIN G5518274X, starts Monday at our place, 45 Jurong West St 41 #11-372. Weekdays 7am to 7pm, and cancel it if her work permit isn't renewed in August.",
        ),
    ],
    [
        ("user", "帮我看看这份车联网数据，保险公司说我爸开车太猛要涨保费。"),
        ("assistant", "可以，请把报告里的关键指标发给我，比如急加速、急刹车次数和夜间驾驶比例。"),
        (
            "user",
            "车主陈国栋，身份证110105197509091238，京N·8B2K7，上个月急刹车19次，夜间驾驶占35%，他血压高，最近晚上都去医院陪床。",
        ),
        (
            "assistant",
            "明白，急刹车次数确实偏高。您可以附上医院陪护的说明，向保险公司申请复核夜间驾驶的原因。",
        ),
    ],
    [
        ("system", "Anda pembantu kesihatan dalam aplikasi jam pintar."),
        ("user", "Jam saya catat kadar jantung 180 masa tidur semalam, normal ke?"),
        (
            "assistant",
            "Bacaan 180 bpm semasa tidur adalah luar biasa. Boleh saya tahu umur dan sebarang keadaan kesihatan?",
        ),
        (
            "user",
            "Saya Farah binti Idris, IC 960611-12-5548, tengah mengandung 6 bulan, doktor di Klinik Kesihatan Luyang kata ada anemia.",
        ),
    ],
    [
        ("user", "我個門鐘影到隔籬屋陳太日日喺我門口掉垃圾，可唔可以幫我寫封投訴信畀管理處？"),
        ("assistant", "可以。請提供大廈名稱、發生日期和時間，以及門鐘錄影的記錄編號。"),
        (
            "user",
            "佢叫陳麗華，住美孚新邨 8期 18樓 G室，錄影係 5月3號同5號晚上11點幾，佢個仔陳浩然都有份。",
        ),
    ],
    [
        (
            "system",
            "You are the in-car voice assistant. Driver profile: Tan Wei Ming, saved home: 8 Jalan Mawar 2, Taman Melawati, 53100 Kuala Lumpur.",
        ),
        ("user", "navigate home"),
        ("assistant", "Starting route to 8 Jalan Mawar 2, Taman Melawati. ETA 18:42 via DUKE."),
        (
            "user",
            "text Grace I'll be late, her number is 017-229 1845, and tell her I'm stopping at Hospital Ampang to see my dad.",
        ),
    ],
    [
        ("user", "bro my Tapo cam caught someone try to open my gate 3am last night"),
        (
            "assistant",
            "That sounds worrying. Is the person identifiable in the footage, and have you made a police report?",
        ),
        (
            "user",
            "ya confirm the guy from unit 3A, Azlan bin Mokhtar, he drive the grey Myvi VFT 2290, dia pernah masuk lokap sebab curi motor. want to post the clip in the taman whatsapp group",
        ),
    ],
    [
        (
            "user",
            "帮我解码这段门锁日志：eyJsb2NrIjoiRi0wMiIsInVzZXIiOiLliJjlqbciLCJpZCI6IjUxMDEwNzE5OTUxMTMwMjgyWCIsInBob25lIjoiMTUwMTA5MjczNjQiLCJtZXRob2QiOiLkuLTml7blr4bnoIEiLCJ0cyI6IjIwMjYtMDUtMDYgMDE6MTIifQ==",
        ),
        (
            "assistant",
            "解码结果：门锁F-02，用户刘婷，身份证51010719951130282X，手机15010927364，凌晨01:12用临时密码开门。",
        ),
        ("user", "她是我租客，凌晨一点回来好几次了，我能不能把这个记录发给她单位领导？"),
    ],
    [
        (
            "user",
            "I want to export my Fitbit sleep data to share with my psychiatrist. What's the best format?",
        ),
        (
            "assistant",
            "A CSV export of sleep stages plus a weekly summary PDF is usually easiest for a clinician to read.",
        ),
        (
            "user",
            "ok, put my name on it: Daniel Pereira, DOB 12/03/1989. Mention I've been on sertraline 50mg since January and the insomnia got worse after my divorce.",
        ),
        (
            "assistant",
            "Here is a header you can use: 'Sleep report for Daniel Pereira (DOB 12/03/1989), sertraline 50 mg since January 2026.'",
        ),
    ],
    [
        ("user", "我的 Home Assistant 設定一直報錯，幫我看一下哪裡有問題"),
        ("assistant", "請貼上 configuration.yaml 中相關的段落，記得說明錯誤訊息。"),
        (
            "user",
            "person: - name: 吳家豪 id: wu_jiahao device_trackers: device_tracker.iphone_jiahao | notify: - platform: line_notify name: line_jiahao line_id: jiahao0915 | zone: home 新竹市東區光復路二段 101 巷 6 號 3 樓 | sensor: phone 0921-556-803",
        ),
    ],
    [
        (
            "user",
            "App insurans kereta kata saya brek mengejut 30 kali bulan lepas, premium naik. Boleh bantah tak?",
        ),
        (
            "assistant",
            "Boleh. Biasanya anda perlu kemukakan rayuan bertulis dengan butiran polisi dan sebab anda mempertikaikan data telematik.",
        ),
        (
            "user",
            "Nama saya Tan Ah Kow, no IC 690228-11-5171, kereta BPK 8821, polisi saya di Kuala Terengganu. Brek mengejut tu sebab jalan ke rumah saya di Kampung Losong banyak lubang.",
        ),
    ],
]
