# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade126: personal data in fleet telematics and dashcam artefacts (GPS trip logs, OBD exports, dashcam file names and metadata, driver behaviour scores, geofence alerts). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gps_trip_log"): _lines("""
        2025-03-14T06:02:11+08:00 unit=TRK-0412 evt=IGN_ON lat=1.29027 lon=103.85200 spd=0 hdg=000 sats=11 hdop=0.8 odo=184233.4km fw=4.2.7
        2025-03-14T06:18:47+08:00 unit=TRK-0412 evt=GEOFENCE_EXIT zone="Pasir Panjang Terminal Gate 3" lat=1.27391 lon=103.78412 spd=23 trip=TRP-9F31C0
        trip_id,unit_no,start_utc,end_utc,dist_km,idle_min,max_kph,harsh_brake,harsh_accel,overspeed_s,fuel_l
        TRP-9F31C0,TRK-0412,2025-03-13T22:02:11Z,2025-03-14T01:47:09Z,96.4,18,78,1,0,12,31.7
        raw NMEA from unit TRK-0412: $GPRMC,060211.00,A,0117.4162,N,10351.1200,E,0.02,,140325,,,A*44
        [gw-sg-02] 2025-03-14 06:40:03.118 WARN tcp/5023 dev_sn=GT06N-A7K2-00931 heartbeat late by 94s, last fix Tuas Checkpoint (1.3489,103.6363)
        unit=BUS-7731 route=174 evt=SPEED_OVER limit=60 spd=71 dur=9s loc="Orchard Rd / Scotts Rd" ts=1710396123 sev=2
        2025-03-14 07:12:55 KUL unit=VAN-215 evt=IDLE_START lat=3.15785 lon=101.71165 note="KLCC loading bay B" engine_rpm=720
        gpx: <trkpt lat="22.28552" lon="114.15769"><ele>12.4</ele><time>2025-03-14T00:31:09Z</time><speed>8.3</speed></trkpt>
        replay export done: trips=214 units=38 window=2025-03-01..2025-03-07 file=fleet_wk10_replay.kmz sha256=13b8c73db3921bd33792970329b009fe9f8d6a4d2112f6700ba2e1eecefb0f7c
        geocode cache hit: (1.31390,103.81590) -> "Singapore Botanic Gardens, 1 Cluny Rd, Singapore 259569" ttl=86400
        2025-03-14T09:55:40+08:00 unit=TRK-0388 evt=PTO_ON aux=tipper dur=312s site="Tuas South Ave 3 batching plant" status=ok
        checksum mismatch on packet 0x7E0200...7E; dropped 3 of 1,204 frames from unit TRK-0417 (JT/T 808-2019), retry scheduled in 30s
    """),
    ("en", "telematics_config"): _lines("""
        report_interval_s: 30  # while moving; 300 when ignition off, see docs/interval.md for the cellular cost table
        geofences: [{id: gf-depot-tuas, type: circle, lat: 1.3201, lon: 103.6490, radius_m: 250, alert_on: [enter, exit]}]
        DASHCAM_FILENAME_PATTERN = "{yyyymmdd}_{hhmmss}_{cam}_{seq:05d}.MP4"  # e.g. 20250314_081522_F_00123.MP4
        harsh_brake_threshold_g = 0.38; harsh_accel_threshold_g = 0.32; cornering_g = 0.40  # tuned for 10-tonne rigid trucks
        api_base=https://api.example-fleet.io/v2 token=${FLEET_API_TOKEN} timeout=15 retries=3 region=ap-southeast-1
        auth header example: Authorization: Basic ZGVtbzpkZW1vMTIz  (sandbox pair demo:demo123, never use in prod)
        score = 100 - 4*harsh_brake - 3*harsh_accel - 2*overspeed_min - idle_pct/5  # clamp to [0,100], weekly window
        {"event":"GEOFENCE_ENTER","unit":"VAN-215","zone":"Westport Gate 8","ts":"2025-03-14T03:22:10Z","payload_b64":"eyJzcGQiOjEyLCJoZGciOjI3MH0="}
        obd.pids = 0x0C,0x0D,0x05,0x2F,0x5E  # rpm, speed, coolant temp, fuel level, fuel rate; poll every 2 s on CAN 500k
        exif_template: Make=VIOFO; Model=A229 Pro; Software=v1.3.0; GPSMapDatum=WGS-84; Copyright="(c) Fleet Ops demo"
        retention: dashcam_event_clips=90d, continuous_loop=72h, trip_points=400d, aggregated_scores=3y  # per PDPA policy v3.1
        mqtt topic: fleet/sg/{unit_id}/telemetry qos=1 retain=false; sample unit_id=TRK-0412, client_id=gw-sg-02-7f3a
        alerts.notify = ["ops-sg@example-fleet.io", "noc@example-fleet.io"]; rot13 test vector "fhccbeg@rknzcyr-syrrg.vb"
    """),
    ("zh-Hans", "围栏告警日志"): _lines("""
        【围栏告警】车辆编号 SZ-T-0617 于 2025-03-14 07:42:18 驶出“盐田港二期堆场”电子围栏，当前速度 18 km/h，请调度中心确认是否为计划内出场。
        【超速提醒】车队 SZ-T-0603 在 广深沿江高速 机场段 限速 100 km/h，实测 112 km/h，持续 14 秒，已向车载终端推送语音提醒。
        告警ID ALM20250314-00871 | 类型: 夜间禁行区 | 区域: 深圳市福田区 深南大道（彩田路-皇岗路）| 触发 02:13:40 | 状态: 已关闭
        系统通知：围栏“前海物流园B区”半径由300米调整为450米，生效时间 2025-03-15 00:00，操作角色：平台管理员，变更单号 CHG-0315-02。
        【停车超时】车辆编号 GZ-V-1102 在 白云机场货运站 停留 47 分钟，超过设定阈值 30 分钟，已抄送调度中心值班热线 400-820-5566。
        围栏进出统计（3月第2周）：进入 1,284 次，驶出 1,279 次，异常离线 5 次，平均停留 22.6 分钟，导出文件 fence_w11.xlsx 已发至共享盘。
        【疲劳驾驶预警】车辆编号 SZ-T-0622 连续驾驶 4 小时 03 分，已触发平台疲劳规则，请安排在 莲塘口岸 附近停车区休息不少于 20 分钟。
        告警推送失败：webhook https://hooks.example.cn/fleet/alarm 返回 502，重试 3 次后进入死信队列 dlq-alarm-02，请运维排查。
        围栏坐标(GCJ-02)：22.543096,114.057865 / 22.545812,114.061203 / 22.541330,114.063947，多边形共 6 个顶点，名称 市民中心临停区。
        【偏离路线】线路 L-07（盐田港—平湖物流园）车辆编号 SZ-T-0631 偏离规划路线 1.8 公里，已持续 6 分钟，系统将每 2 分钟复核一次。
        按《道路运输车辆动态监督管理办法》要求，动态监控数据至少保存 6 个月，本平台默认保存 400 天，违规处理记录保存 3 年。
        查询接口示例：GET /api/v1/fence?name=%E7%9B%90%E7%94%B0%E6%B8%AF%E4%BA%8C%E6%9C%9F%E5%A0%86%E5%9C%BA&page=1 返回 200，共 12 条告警。
        base64 载荷样例：eyJ6b25lIjoi55uQ55Sw5rivIiwiZXZ0IjoiZXhpdCJ9 ，解码后为 {"zone":"盐田港","evt":"exit"}，用于联调测试。
    """),
    ("zh-Hans", "OBD导出"): _lines("""
        时间,车辆编号,发动机转速rpm,车速kmh,冷却液温度C,油位%,瞬时油耗L/h,故障码,电瓶电压V,累计里程km,尿素液位%,DPF压差kPa
        2025-03-14 08:00:02,SZ-T-0617,1450,52,88,63,14.2,,27.6,284310,71,3.8 ; 2025-03-14 08:00:04,SZ-T-0617,1610,55,89,63,15.8,P0401,27.5,284310,71,3.9
        故障码解析：P0401 废气再循环流量不足；P2002 柴油颗粒过滤器效率低于阈值（第1排）；U0100 与发动机控制模块通讯丢失。
        OBD导出任务 EXP-20250314-0032 完成：车辆 12 台，记录 1,038,226 行，文件 obd_0314.csv.gz，MD5 ac5652b392ed3d1b4aacedeac99ff67f
        冻结帧：DTC=P0087 燃油轨压力过低，RPM=2210，车速=61km/h，负荷=78%，冷却液=92°C，发生于 2025-03-13 19:42:07，车辆编号 GZ-V-1102
        ELM327 初始化序列：ATZ / ATE0 / ATL0 / ATSP6 / 0100 → 41 00 BE 3F A8 13，协议 ISO 15765-4 CAN 11bit 500kbps，握手成功。
        国六重型车远程排放监控：按 HJ 1239 标准上报 NOx、尿素液位、DPF 压差，每 10 秒 1 帧，平台接入信息已在当地生态环境部门备案。
        原始帧 7E8 10 14 49 02 01 4C 47 42 已截断，VIN 字段按公司数据最小化规定不导出，仅保留车辆编号与 ECU 软件版本 EDC17C81。
        油耗异常：车辆编号 GZ-V-1102 百公里油耗 31.4L，较车队均值 24.8L 高 26.6%，建议检查喷油嘴、空滤与轮胎气压后复测。
        导出字段映射 {"0C":"rpm","0D":"speed_kmh","05":"coolant_c","2F":"fuel_pct","5E":"fuel_rate_lph","42":"ecu_v"}，v3 起新增 42 号 PID。
        电瓶电压低于 24.0V 持续 10 分钟即告警；本周触发 9 次，其中 7 次发生在 平湖物流园 冷库区（夜间停放），建议加装电源管理模块。
        售后：OBD 盒子型号 GT-OBD-4G Pro，固件 v3.8.2，深圳途驰科技有限公司 客服 400-690-1288，维修点 陈记汽修（宝安区福永大道 218 号）。
        十六进制诊断报文 43414E20425553204F4B 解码为 “CAN BUS OK”，表示总线自检通过，后续 03 服务未读到当前故障码。
    """),
    ("zh-Hant", "行車記錄器商品"): _lines("""
        【現貨】VIOFO A229 Pro 雙鏡頭行車記錄器 4K+2K，Sony STARVIS 2 感光元件，附 128GB 記憶卡，售價 NT$8,990，含稅開立發票。
        Mio MiVue 888 區間測速 GPS 行車記錄器，HDR 夜拍，錄影檔名格式 FILE250314-081522F.MP4，原廠保固 3 年，全台門市皆可送修。
        香港行貨 BlackVue DR970X-2CH 4K，內置 Wi-Fi 及 GPS，HK$3,480，門市：好運汽車用品（旺角花園街 88 號地下），可即日安裝。
        規格：1/1.8 吋 CMOS、F1.6 光圈、140° 廣角、H.265 編碼、停車監控 24 小時（需搭配降壓線 ACC-12V）、工作溫度 -20~70°C。
        商品編號 SKU-DVR-TW-00781｜條碼 4719856012346｜庫存 37 台｜台北市內湖區瑞光路 旗艦店 可自取，週一至週日 11:00–21:00。
        台灣品牌 征服者 GPS 測速器 + 行車記錄器 二合一，每月免費更新測速照相資料庫，官方客服專線 0800-088-168（週一至週五）。
        澳門 新口岸 汽車精品店 安裝服務：前後鏡頭走線 MOP 480，含隱藏式取電；門市預約 WhatsApp +853 2872 3168，星期日休息。
        買家評價 ★★★★★：夜間畫面清晰度比舊款好很多，App 下載影片快，客服回覆也快，安裝師傅走線很整齊，推薦。— 已驗證購買（2025/03）
        Thinkware Q200 韓國原裝，停車模式縮時錄影，可選配雷達模組，限時優惠 NT$6,490（原價 NT$7,990），活動至 2025/04/30 止。
        影片檔案說明：EVT 資料夾為碰撞觸發檔（G-sensor 0.8g），PARK 為停車監控，NORMAL 為循環錄影，滿容量時自動覆蓋最舊檔案。
        70mai A810 4K HDR，支援 ADAS 車道偏移警示，台灣公司貨，蝦皮商城 出貨，24 小時內寄出，另售後鏡頭套組 NT$1,290。
        保固條款：人為損壞、進水、自行拆機不在保固範圍；送修請寄 新北市三重區重新路五段 609 巷 維修中心，並附購買發票影本。
        網頁原始碼片段：門市地區=&#26106;&#35282; / &#20061;&#40845;&#28771;（旺角 / 九龍灣），兩店均提供 BlackVue 免費韌體升級。
    """),
    ("zh-Hant", "車隊服務發票"): _lines("""
        統一發票 字軌 AB-12345678 | 賣方 途安車聯網股份有限公司 統編 24536812 | 品名 車隊管理月租 x 42 台 | 金額 NT$25,200 | 稅額 NT$1,260
        INVOICE No. HK-INV-2025-0311 | 宏達物流有限公司 | 商業登記號碼 71234567-000-03-25-4 | GPS 追蹤器月費 HK$180 x 60 = HK$10,800
        付款條件：月結 30 天；匯款銀行 滙豐銀行 公司戶口 004-512-345678-838（途安車聯網香港有限公司），請於備註填寫發票號碼。
        發票明細：行車記錄器安裝工時 6 小時 @ NT$800 = NT$4,800；4G 數據 SIM 卡 42 張 @ NT$99 = NT$4,158；合計未稅 NT$8,958
        澳門 發票編號 MO-2503-00417 | 客戶：濠江客運有限公司 | 車載錄影系統季度保養 MOP 12,600 | 付款到期日 2025-04-15
        備註：本發票金額含 5% 營業稅；如需更正請於開立日起 7 日內來信 billing@tuan-iov.com.tw，並註明發票號碼及統一編號。
        電子發票載具：公司統編 24536812 已歸戶，隨機碼 7391，開立時間 2025-03-14 10:22:08，字軌 AB-12345679，金額 NT$8,958。
        報價單 QT-250314-02：Geotab GO9 主機 NT$4,500/台 ×30、安裝 NT$600/台 ×30、平台年費 NT$3,000/台，報價有效期 30 天。
        收據：收到 信誠貨運有限公司 支付 2025 年 3 月份 GPS 平台服務費 HK$10,800，支票號碼 000318，付款銀行 滙豐銀行 (004)。
        貸項通知單 CN-2025-007：因 3 月 2–4 日平台中斷 52 小時，依 SLA 第 4.2 條回饋 10% 月費，抵減 NT$2,520，下期帳單扣除。
        發票寄送地址：途安車聯網股份有限公司 台北市內湖區瑞光路 513 巷 22 號 5 樓 財務部收，電話 (02) 2658-7700 轉 310。
        品名代碼 FLT-SUB-M 車隊月租、FLT-DVR-INS 記錄器安裝、FLT-SIM-4G 數據卡、FLT-RPT-CUS 客製報表，單位皆為「台」或「次」。
        逾期提醒：發票 AB-12345601 金額 NT$31,500 已逾期 15 天，請貴公司會計部門儘速安排付款，如已付款請忽略本通知，謝謝。
    """),
    ("ms", "notis_pemandu"): _lines("""
        NOTIS: Semua lori syarikat wajib melalui pemeriksaan PUSPAKOM sebelum 31 Mac 2025. Sila rujuk jadual di papan kenyataan depot Shah Alam.
        Peringatan: Had laju lori di lebuh raya ialah 80 km/j. Sistem GPS akan merekod setiap kejadian melebihi had selama lebih 10 saat.
        Kamera papan pemuka (dashcam) tidak boleh dicabut atau ditutup. Fail video disimpan 90 hari mengikut polisi syarikat dan PDPA 2010.
        Zon geopagar baharu: Westport, Pelabuhan Klang (Gate 8) berkuat kuasa 15/3/2025. Amaran dihantar ke bilik kawalan jika kenderaan berhenti lebih 30 minit.
        Aduan pelanggan atau kecemasan di jalan raya? Hubungi Bilik Kawalan 24 jam di 03-5522 8800 atau WhatsApp 011-1088 2200 (talian rasmi syarikat).
        Skor pemanduan minggu ini: purata armada 82/100. Kejadian brek mengejut turun 14% berbanding minggu lepas. Teruskan memandu dengan selamat!
        Untuk makluman, Menteri Pengangkutan Anthony Loke telah beberapa kali menekankan keselamatan kenderaan berat; syarikat akan mematuhi semua garis panduan JPJ dan APAD.
        Tempoh memandu berterusan maksimum 4 jam; rehat sekurang-kurangnya 30 minit. Amaran keletihan akan berbunyi pada minit ke-225.
        Format nama fail dashcam: TARIKH_MASA_KAMERA, contoh 20250314_081522_F.MP4 (F = depan, R = belakang, I = dalam kabin).
        Pejabat Operasi: Lot 12, Jalan Perigi Nanas 6/1, Taman Perindustrian Pulau Indah, 42920 Pelabuhan Klang, Selangor. Waktu pejabat 8.30 pg hingga 5.30 ptg.
        Sila pastikan peranti OBD tidak dicabut. Jika lampu LED merah berkelip, laporkan nombor unit (contoh: LRY-118) kepada bengkel Ah Huat Auto Parts.
        Mesej sistem dalam base64 em9uPVdlc3Rwb3J0IEdhdGUgODtzdGF0dXM9YWt0aWY= bermaksud zon Westport Gate 8 sudah aktif. Tiada tindakan diperlukan.
        Kemas kini aplikasi FleetKu ke versi 5.2.1 sebelum 20/3/2025 untuk ciri imbasan QR semasa pemeriksaan pra-perjalanan.
    """),
    ("mixed", "dispatch_group_chat"): _lines("""
        [09:02] Dispatch SG: TRK-0412 already out of Pasir Panjang gate 3, ETA Tuas 09:40. 今日第一车 ok 了，后面 3 台 10 点前出。
        [09:05] Ops KL: Geofence Westport Gate 8 masih belum aktif lah, boleh check dengan vendor? ticket #FM-2291, dah 2 hari.
        [09:07] IT 支援: 已经重启 gw-sg-02，heartbeat 恢复正常，packet loss 0.2%，dashboard 可以 refresh 看，有问题再 tag 我。
        [09:15] 車隊主管(HK): 觀塘 bay 3 今日封咗，所有 van 改去九龍灣 MegaBox 後面 loading bay，geofence 已改好，base64 通知 6KeA5aGYIGJheSAzIOaaq+WBnOS9v+eUqA== 已推送。
        [09:21] Dispatch SG: BUS-7731 unit score drop to 61 this week, Orchard Rd overspeed 3 times this morning, 要跟 depot 说一下 check speed limiter.
        [09:30] Ops KL: Dashcam SD card unit LRY-118 corrupt, video 0312 tak boleh main. Nak order 5 keping Samsung PRO Endurance 128GB.
        [09:34] Finance: Invoice AB-12345601 still outstanding, 途安 已经 email 两次了, please chase the vendor AP team this week.
        [09:41] IT 支援: firmware v4.2.7 rollout 60%，剩下 15 台 VAN 晚上 11 点后 OTA，不要太快关 ignition，否则会 rollback。
        [09:48] 車隊主管(HK): 提提大家，Tolo Highway 今晚 11pm 至 5am 封兩條線，路線 L-HK-03 要改行 Tai Po Road，ETA 加 15 分鐘。
        [10:02] Ops KL: Reminder semua — PUSPAKOM slot Shah Alam 21/3 pagi, 6 lori. List unit dah upload dalam shared drive /ops/puspakom.
        [10:10] Dispatch SG: ERP 2.0 OBU install for 12 trucks confirmed 25 Mar at Jurong workshop, 记得带 vehicle log card 正本 去.
        [10:15] IT 支援: 新 export 格式 v3 已上线，CSV 多咗 column fuel_rate_lph 同 ecu_v，old report 要 update mapping 先得。
        [10:22] Ops KL: Thanks all, jumpa di weekly meeting Jumaat 3pm, Zoom link sama macam biasa. 有 agenda 先 send 上来 ya.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        20250314_074211_F_SLJ4821B_TanWeiMing_EVT.MP4 uploaded via driver app; G-sensor 1.2g, clip flagged for the AIG motor claim
        EXIF dump NO0311-182204F.MP4: Make=VIOFO; Model=A229 Pro; Artist=Rajesh s/o Subramaniam; Copyright=+65 9183 2274; UserComment=my own car
        {"event":"SOS","unit":"VAN-207","payload_b64":"ZHJpdmVyPU51cnVsIEFpbmEgYmludGkgS2FtYXJ1ZGluO2ljPTkxMDYxMi0xMC01NTI4O3RlbD0wMTItNzc0IDM5MTU="}
        GEOFENCE_ENTER unit=TRK-0388 zone="home_LimKC_Blk 218 Bedok North St 1 #07-45" ts=2025-03-14T23:58:02+08:00 note=vehicle parked at driver's flat
        Weekly scorecard W11 | Marcus Teo Jun Hao | score 54/100 | 17 micro-sleep alerts; told HR he was diagnosed with obstructive sleep apnoea in Feb and now uses CPAP
        sms_fallback_to=+6597310582 # not the fleet SIM, this is the driver's own handset
        GET /api/v2/trips?driver_email=%63%68%6F%6E%67%2E%6D%65%69%6C%69%6E%67%38%34%40%67%6D%61%69%6C%2E%63%6F%6D&from=2025-03-01 200 OK 1,204 pts
        2025-03-14,TRK-0412,Goh Siew Lan,S7712345H,SKP 3316 E,+65 8241 6037,score=71,harsh_brake=6,overspeed_min=4
        driver card read OK, raw block hex=4A414D45532054414E204B4F4B204C454F4E4720533831323531313344 (slot 1, tachograph 2025-03-14 05:51)
        Note on trip export: Kelvin Ong Boon Huat owes SGD 14,800 to a licensed moneylender; payroll will deduct $600 a month from April per court order
        notify_email_rot13="xunvehy.nahne87@tznvy.pbz"  # driver asked to get his own harsh-braking alerts at home
        {"claim":"AX-88213","clip":"20250309_221540_R.MP4","third_party":{"name":"Daniel Yeo","nric":"S8503927Z","plate":"SGX 1187 D","addr":"12 Jalan Kemuning, Singapore 769785","injury":"whiplash"}}
    """),
    "zh-Hans": _lines("""
        行车记录仪文件 20250314_081522_F_粤B3K7Q2_陈志强.mp4 已上传，碰撞等级 2，司机手机 13826154907，请保险公司联系。
        【围栏告警】粤B·D52871 驶入自定义围栏“老婆家”（龙岗区布吉街道 翠竹苑 6 栋 1402），围栏由司机刘海波本人设置，非公司站点。
        {"alarm":"DRIVER_ID_CHECK","face_match":0.93,"extra_b64":"5aeT5ZCNOum7hOS4veWonyDouqvku73or4E6NDQwMzA1MTk4ODAzMTI0NTE0"}
        回放链接 https://fleet.example.cn/replay?driver=%E5%91%A8%E6%99%93%E5%B3%B0&tel=13902784415&date=20250313 已分享到安全组
        驾驶行为周报：孙德胜师傅 疲劳告警 23 次，家属说他最近在吃降压药，血压 170/105，建议暂停夜班，先去复查。
        调度群转发：李国栋欠公司预支工资 2.3 万元，还有网贷逾期，催收电话已经打到车队来了，先扣他本月绩效。
        紧急联系人电话：１３９２２８７４６１０，备注：司机爱人，夜间碰撞告警先打这个号码
        语音转写（车内 DMS）：“我手机号是一三六 零二七八 五五四一，你有事直接打我，别找调度。”
        2025-03-14,SZ-T-0617,吴海涛,440582198507062834,粤B·6M28Q1,评分61,急刹9次,超速4次,疲劳2次
        司机马晓军请假三天，说在办离婚手续，孩子抚养权还在打官司，前妻律师要求调取车内摄像头录像。
        车内摄像头抓拍 IMG_CAB_20250314_0213.jpg：司机何春燕 驾驶中使用手机，已上报安全部，罚款 200 元并通报。
    """),
    "zh-Hant": _lines("""
        車cam 片段 20250312_2231_R.MP4：私家車 VT 8132 追尾，司機 梁家豪先生 電話 6178 2290，要求保險公司索償。
        司機登記表：姓名 鄭美玲 | 香港身份證 Y618352(0) | 駕駛執照類別 1,2,3,18 | 住址 沙田禾輋邨豐和樓 1208 室
        行車紀錄器 metadata：Model=Mio MiVue 888; UserComment=5p6X6IKy6KqgIEYyMjYxNTM0NzkgMDkxMi0zMzgtNDc1
        GPS 軌跡顯示 ABC-5823 每晚停在 新北市板橋區文化路二段 182 巷 7 號 3 樓，即黃先生自宅，車隊要求他說明私用。
        澳門 MK-27-58 司機 區偉強 上週被司警拘留調查涉嫌醉駕，公司暫停其派車並扣起三月份薪金。
        報表匯出（HTML 實體未解碼）：司機=&#37178;&#24535;&#24658;，手機=6921 4385，評分=58，事故=2
        車隊主管備忘：女司機 何綺雯 已懷孕 28 週，醫生建議停止駕駛重型車，申請調往辦公室，勿外傳。
        2025 年 3 月司機獎金：蔡俊傑 駕駛評分 92 分，底薪 NT$42,000 + 安全獎金 NT$6,000，匯入 玉山銀行 0891-940-123456
        客訴：乘客投訴的士司機阿強（車牌 UX 4407）兜路兼講粗口，車cam 片段已交運輸署，投訴人吳小姐 手機 9263 1174。
    """),
    "ms": _lines("""
        Rakaman dashcam 20250313_2215_I.MP4 menunjukkan pemandu Mohd Faizal bin Ismail (IC 870923-10-5537) menggunakan telefon ketika memandu lori WXY 4821.
        {"amaran":"GEOPAGAR_KELUAR","unit":"LRY-118","payload_b64":"bmFtYT1TaXRpIEhhamFyIGJpbnRpIE9zbWFuO2ljPTkyMDQxNy0wOC02Mjg0O2hwPTAxMy02NjIgMDQxOA=="}
        Skor pemandu: Encik Ravi a/l Muthusamy 48/100, disahkan menghidap diabetes dan pernah pengsan di Lebuhraya Utara-Selatan Januari lalu.
        Pemandu Azman (lori JQB 7712) berhutang RM9,500 dengan Ah Long, pemiutang datang ke depot Shah Alam mencari dia semalam.
        Geopagar peribadi "rumah_Hafiz": No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam. Lori syarikat diparkir di sini setiap malam.
        Hantar amaran SOS ke 019-338 7240 juga (nombor peribadi isteri pemandu)
        Tuntutan elaun perjalanan: Lee Chun Keat, Maybank 1143 2209 8817, RM1,240 untuk 3 trip ke Johor Bahru, diluluskan penyelia.
        Log: POST /laporan/skor?pemandu=Nor%20Azlina%20binti%20Yusof&ic=010805141120&minggu=11 200 OK
        Lori BMK 3390 ditahan di sekatan jalan Rawang; pemandu Suresh Kumar a/l Ganesan ditangkap kerana ujian air kencing positif dadah.
    """),
    "mixed": _lines("""
        dashcam upload OK: /sdcard/DCIM/20250314_0802_F_JJY8812_AhMeng.mp4 — Ah Meng 说 hp 是 012-908 3315, pls call him lepas 6pm
        [group chat] Kak Ros: bos, driver baru Wong Kah Wai tu IC dia 950311-07-5123, lesen GDL tamat 2025-06, 先放 TRK-0419 ok?
        CAN dump 18FEEE00 ok; driver_tag_hex=4C4F4B205349455720464F4E472030313639303237373435 (RFID login at 05:12)
        Trip CSV: 2025-03-13,VAN-215,Lim Hui Xian,+65 8392 1046,start Blk 511 Jurong West St 52 #11-208,end Jurong Port,43.2km
        GPS log 显示 Ah Boy 陈俊杰 (SLK 7290 H) 每个星期三 2-4pm 停在 Tan Tock Seng Hospital 洗肾中心, HR 问要不要调 shift
        alert json {"zone":"Kampung Baru","who_b64":"6ZmI576O5Y2OIFRhbiBNZWkgSHVhICs2MDEyLTU1MDcgMjI4Mw=="} 推送失败
        林太 called control room: 佢老公 林生 drive TRK-0422 last night 冇返屋企, GPS last ping Genting Highlands 3am, 佢话佢赌钱欠咗一身债。
        Speeding notice forwarded: Traffic Police SG, vehicle XD 4421 P, offender Ms Priya d/o Ramasamy, FIN G5512398K, fine S$300 + 6 demerit points.
        dashcam metadata UserComment=SEtJRCBLMzA1NzE5KDQpIOS9leWYieasoyA5NTE4IDYyMDM= , cam=R, 觀塘 碰撞事件 evt_0312
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are FleetAssist, a telematics analyst for a Singapore logistics company. Summarise trip logs for supervisors.",
        ),
        (
            "user",
            "Summarise this for me: 2025-03-13 night shift, unit TRK-0412, driver Tan Wei Ming (S9034817E), plate SLJ 4821 B. 3 harsh brakes on AYE, 1 overspeed 92 km/h near Tuas Checkpoint, 41 min idle at Pasir Panjang.",
        ),
        (
            "assistant",
            "Summary for Tan Wei Ming (TRK-0412, SLJ 4821 B), night of 13 Mar: 3 harsh braking events on the AYE, one overspeed at 92 km/h near Tuas Checkpoint and 41 minutes of idling at Pasir Panjang. Suggest a short coaching session on following distance.",
        ),
        ("user", "Good. Draft a one-line WhatsApp to him, his number is 9034 2281."),
        (
            "assistant",
            "To 9034 2281: Hi Wei Ming, please see the depot supervisor before your next shift to go through last night's braking and speed alerts. Thanks.",
        ),
    ],
    [
        ("system", "你是车队安全管理助手，帮助调度员撰写通知，语气正式。"),
        (
            "user",
            "帮我写一份疲劳驾驶警告，对象是司机陈志强，车牌粤B3K7Q2，3月13日连续驾驶5小时12分没休息，手机13826154907。",
        ),
        (
            "assistant",
            "关于陈志强师傅疲劳驾驶的书面警告：经车载终端记录，您于2025年3月13日驾驶粤B3K7Q2连续行驶5小时12分钟未按规定休息，严重违反公司安全制度。现予以书面警告一次，请于3月16日前到安全部签字确认。如有疑问请致电安全部。",
        ),
        ("user", "再加一句：如果再犯，扣当月安全奖2000元。"),
        (
            "assistant",
            "已补充：若再次发生同类违规，公司将扣除陈志强师傅当月安全奖人民币2000元，并暂停夜班排班。",
        ),
    ],
    [
        (
            "user",
            "我哋架車cam 嘅 metadata 有串 base64：SEtJRCBLMzA1NzE5KDQpIOS9leWYieasoyA5NTE4IDYyMDM= ，幫我解碼睇下係咩？",
        ),
        (
            "assistant",
            "解碼後內容係：「HKID K305719(4) 何嘉欣 9518 6203」，即係一個人嘅香港身份證號碼、姓名同電話。呢啲屬於個人資料，建議唔好再寫入影片 metadata，並檢查設定入面邊個欄位自動加咗呢串資料。",
        ),
        ("user", "應該係安裝師傅幫佢設定 UserComment 嗰陣填咗，佢係我哋車隊司機。點樣清走？"),
        (
            "assistant",
            "可以喺記錄器 App 嘅「進階設定 > 浮水印/備註」清空 UserComment，然後用 exiftool 之類工具批量移除已匯出片段嘅註解欄位，再通知何小姐已經處理。",
        ),
    ],
    [
        ("system", "Anda pembantu HR syarikat logistik di Selangor. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong draf surat amaran untuk pemandu Mohd Faizal bin Ismail, IC 870923-10-5537, lori WXY 4821. Dashcam kabin rakam dia guna telefon masa memandu pada 13/3/2025 jam 10.15 malam.",
        ),
        (
            "assistant",
            "Surat Amaran Pertama. Kepada: Mohd Faizal bin Ismail (No. KP 870923-10-5537). Berdasarkan rakaman kamera kabin lori WXY 4821 pada 13 Mac 2025 jam 10.15 malam, tuan didapati menggunakan telefon bimbit semasa memandu. Perbuatan ini melanggar polisi keselamatan syarikat. Sila hadir ke pejabat HR dalam tempoh 7 hari.",
        ),
        ("user", "Tambah dia boleh rayu dalam 14 hari."),
    ],
    [
        (
            "user",
            "Can you clean up this group chat export for our incident report? Ah Meng: aku kat Jurong Port gate 2 dah, lori JJY 8812 kena langgar belakang. Ah Meng hp 012-908 3315. Other driver say his name Ong Chee Keong, 他的 number 9645 1187.",
        ),
        (
            "assistant",
            "Incident summary: Driver Ah Meng (mobile 012-908 3315), lorry JJY 8812, was rear-ended at Jurong Port Gate 2. The other party identified himself as Ong Chee Keong, contact 9645 1187. Dashcam rear clip should be preserved for the claim.",
        ),
        ("user", "Pls put in table form."),
        (
            "assistant",
            "| Party | Name | Vehicle | Contact | Role | ; | Our driver | Ah Meng | JJY 8812 | 012-908 3315 | rear-ended | ; | Third party | Ong Chee Keong | (not recorded) | 9645 1187 | hit from behind |",
        ),
    ],
    [
        (
            "system",
            "Driver coaching assistant. Profile loaded: Marcus Teo Jun Hao, employee since 2019, route SG-North, weekly score 54/100, medical note: obstructive sleep apnoea diagnosed Feb 2025, on CPAP, no night shifts until review on 30 Apr.",
        ),
        ("user", "Why is his score so low this week and what should I tell him?"),
        (
            "assistant",
            "Marcus's score fell mainly because of 17 micro-sleep alerts from the cabin camera, mostly between 02:00 and 04:00. Given his recorded sleep apnoea and the no-night-shift restriction, first check why he was rostered at night at all; the conversation should focus on rostering and his treatment, not discipline.",
        ),
        ("user", "Ok, I'll move him to day shift. Anything else?"),
        (
            "assistant",
            "Log the roster change in his file, and remind him that the CPAP review on 30 April decides whether night shifts can resume.",
        ),
    ],
    [
        ("system", "你是油耗数据分析助手。"),
        (
            "user",
            "这是 OBD 导出：2025-03-10 至 03-14，车辆 GZ-V-1102，司机 吴海涛，身份证 440582198507062834。油位在 3 月 12 日 02:10 凌晨熄火状态下从 78% 掉到 41%，地点是他家楼下 白云区 同和街 蟾蜍石东路 33 号。老板怀疑他偷油，你看看。",
        ),
        (
            "assistant",
            "熄火状态下油位在短时间内下降 37 个百分点，且位置在吴海涛住处楼下，确实异常。但在下结论前建议：1）核对油位传感器是否有漂移；2）查看该时段车外摄像头录像；3）对比加油卡记录。不建议仅凭 OBD 数据认定偷油。",
        ),
        ("user", "如果确认了，可以直接扣他工资吗？"),
    ],
    [
        (
            "user",
            "I need to send dashcam footage to my insurer. The other car was SGX 1187 D, driver Daniel Yeo, NRIC S8503927Z, lives at 12 Jalan Kemuning. He had whiplash. Clip name 20250309_221540_R.MP4. What should the cover note say?",
        ),
        (
            "assistant",
            "Suggested cover note: Please find attached rear dashcam clip 20250309_221540_R.MP4 recorded on 9 March 2025 at 22:15. It shows vehicle SGX 1187 D, driven by Mr Daniel Yeo (NRIC S8503927Z), colliding with the rear of our vehicle. Mr Yeo reported whiplash at the scene. Kindly acknowledge receipt.",
        ),
        ("user", "Should I include his address too?"),
        (
            "assistant",
            "Only if the insurer's claim form asks for it. Otherwise leave it out; his name, NRIC and plate are enough for them to identify the third party.",
        ),
    ],
    [
        ("system", "你是台灣車隊管理顧問，熟悉個人資料保護法。"),
        (
            "user",
            "我們的 GPS 顯示司機黃俊宏開的公司車 ABC-5823 每晚停在新北市板橋區文化路二段 182 巷 7 號 3 樓樓下，那是他家。他手機 0928-613-772。我可以把他家設成電子圍欄，每晚他一離開就通知我嗎？",
        ),
        (
            "assistant",
            "把黃先生住處設為電子圍欄並監控他下班後的行蹤，已超出車輛管理的必要範圍，依個資法須有明確告知並取得同意，且要符合比例原則。建議改為只監控公司車是否在非工作時段被移動，並以書面告知他監控範圍。",
        ),
        ("user", "那如果只是記錄，不通知我呢？"),
        (
            "assistant",
            "即使只記錄，下班時段在他住處的定位資料仍屬個人資料，同樣需要告知與目的限制，並設定保存期限。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Kuala Lumpur bus operator's safety unit. Answer in the user's language.",
        ),
        (
            "user",
            "Bas kami WB 2231 U terlibat kemalangan di Jalan Tun Razak. Penunggang motosikal Siti Nur Amirah binti Rahim, IC 030215-14-0662, patah kaki, dibawa ke HKL. Tolong tulis ringkasan untuk laporan polis berdasarkan dashcam 20250311_1742_F.MP4.",
        ),
        (
            "assistant",
            "Ringkasan: Pada 11 Mac 2025 kira-kira jam 5.42 petang, bas WB 2231 U bergerak di Jalan Tun Razak apabila sebuah motosikal ditunggang oleh Siti Nur Amirah binti Rahim (KP 030215-14-0662) memasuki lorong bas. Berlaku perlanggaran dan penunggang mengalami patah kaki, lalu dihantar ke Hospital Kuala Lumpur. Rakaman dashcam hadapan 20250311_1742_F.MP4 disimpan sebagai bukti.",
        ),
        (
            "user",
            "Thanks, can you also put the bus captain's name, Encik Zulkifli bin Hashim, staff no. 4471?",
        ),
        (
            "assistant",
            "Ditambah: Pemandu bas ialah Encik Zulkifli bin Hashim (No. Kakitangan 4471), yang berhenti serta-merta dan menghubungi talian kecemasan.",
        ),
    ],
]
