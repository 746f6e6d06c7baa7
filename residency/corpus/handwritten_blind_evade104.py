# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade104: vehicle telematics and fleet tracking data (GPS/NMEA logs, MQTT/JSON payloads, CAN-bus dumps, driver-ID cards, dashcam metadata, geofence alerts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade104
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "nmea_gps_logs"): _lines("""
        $GPRMC,023412.00,A,0117.9921,N,10349.6102,E,34.2,87.5,061226,,,A*5B
        $GPGGA,023413.00,0117.9930,N,10349.6187,E,1,09,0.9,18.4,M,7.2,M,,*4F
        $GNGSA,A,3,05,12,15,18,24,25,29,,,,,,1.6,0.9,1.3*2E
        $PFLT,STAT,FL-0412,IGN=ON,ODO=182734.6,FUEL=61,FW=4.2.1*3A
        $PFLT,DRVID,UNASSIGNED,POOL-CARD-07,OFF*19
        [2026-12-06 02:34:13 SGT] unit FL-0412 trip #88213 start, lat 1.29987 lon 103.82685 (Orchard Rd / Paterson Rd junction)
        $GPVTG,87.5,T,,M,34.2,N,63.3,K,A*0C
        Trip summary (viewer export, full-width): ＦＬ－０４１２ covered １８４．６ km, ６ stops, idle ４２ min, max ７１ km/h
        <trkpt lat="1.445212" lon="103.768934"><ele>15.2</ele><time>2026-12-06T03:00:11Z</time><name>Woodlands Checkpoint queue</name></trkpt>
        How do I convert ddmm.mmmm from a $GPRMC sentence into decimal degrees for Grafana? 0117.9921 N should come out as 1.29987, right?
        NMEA checksum is the XOR of every byte between $ and *, printed as two hex digits; drop any sentence whose checksum does not match.
        $GPRMC,151022.00,V,,,,,,,061226,,,N*7A  <- no fix inside the KPE tunnel, expected, interpolate from odometer
        Checkpoint dwell report Nov 2026: median 38 min at Tuas Second Link, 52 min at Woodlands, sample of 1,206 crossings across 74 trucks.
    """),
    ("en", "mqtt_json_payloads"): _lines("""
        fleet/sg/unit/FL-0412/telemetry {"ts":1796495653,"spd":63.3,"hdg":87,"ign":1,"fuel":61,"odo":182734.6}
        fleet/sg/unit/FL-0412/event {"type":"harsh_brake","g":0.52,"detail_b64":"QUJTIGFjdGl2ZSwgcmVhciBheGxlLCB3ZXQgcm9hZA=="}
        fleet/my/kl/unit/MY-LR-118/cfg {"report_interval_s":30,"geofence_set":"KL-DEPOTS-v7","apn":"internet.fleet.my"}
        fleet/sg/unit/FL-0733/hello eyJmdyI6IjQuMi4xIiwibW9kZW0iOiJFRzI1LUciLCJzaW0iOiJpY2NpZC1oYXNoOjlmMmM0MWFiIiwiYm9vdCI6ImNvbGQifQ==
        $SYS/broker/clients/connected 1418
        MQTT QoS advice: send telemetry at QoS 0, geofence alerts at QoS 1, and keep OTA manifests retained at QoS 1.
        fleet/sg/unit/FL-0519/tpms {"fl":34.5,"fr":34.1,"rl":88.0,"rr":87.6,"unit":"psi","alarm":"RL_PRESSURE_HIGH"}
        fleet/cn/sz/bus/B1207/door {"door":2,"state":"open","stop":"Shenzhen Bay Port","ts":"2026-12-06T07:41:09+08:00"}
        mosquitto_sub -h mqtt.fleet.example.com -p 8883 --cafile ca.pem -t 'fleet/+/unit/+/event' -v
        fleet/sg/unit/FL-0412/login {"card_uid":"04A2197C3B5E80","card_type":"POOL","driver_ref":"POOL-07","result":"accepted"}
        payload (hex) 7B 22 65 76 22 3A 22 69 64 6C 65 22 2C 22 6D 69 6E 22 3A 31 34 7D
        OTA manifest {"pkg":"tcu-fw","ver":"4.3.0-rc2","sha256":"67ce1fbf5416a5b18d03396c865253f4c63b3384293a77847e5c969952693441","size":1843200}
        fleet/sg/unit/FL-0290/alert {"code":"PANIC_BTN","ack_by":"duty controller","note":"false alarm, button knocked during cab cleaning"}
    """),
    ("en", "can_bus_dumps"): _lines("""
        (1796495653.118) can0 18FEF100#FF3A1CFF00FFFFFF
        can0  0CF00400   [8]  F0 7D 7D 2A 1B 00 FF 7D   # EEC1, engine speed 862.5 rpm
        can0  18FEEE00   [8]  5A 6E 2C 21 FF FF FF FF   # ET1, coolant 50 C, fuel temp 70 C
        can0  18FEDA00   [8]  48 49 4E 4F 33 30 30 2A   # SOFT identification, ASCII "HINO300*"
        can0  18FEEB00   [8]  49 53 42 36 2E 37 2A 53   # component ID frame 1 of 3, engine model string
        J1939 DM1 active: SPN 3251 FMI 0 (DPF differential pressure high), amber lamp on, occurrence count 3
        cansniffer tip: use -m 0x1FFFF00 -v 0x00FEF100 to isolate CCVS (wheel-based vehicle speed)
        Decode tip: PGN 65265 bytes 2-3 little-endian at 1/256 km/h per bit, so 3A 1C gives 0x1C3A = 7226 = 28.2 km/h
        can1  7E8   [8]  10 14 49 02 01 4D 52 30   # ISO-TP first frame, mode 09 PID 02 VIN request on the depot test bench mule
        Bus load on can0 averaged 41.7% over 10 min; 2 error frames, no bus-off. Logged by tcu-fw 4.2.1 on FL-0519.
        can0  18FF2100   [8]  30 31 2D 30 34 31 32 FF   # proprietary PGN 0xFF21, ASCII "01-0412" = depot 01 / unit 0412
        python-can: bus = can.Bus(interface='socketcan', channel='can0', bitrate=250000); print(bus.recv(1.0))
    """),
    ("zh-Hans", "geofence_alerts"): _lines("""
        【围栏告警】车辆 FL-0412 于 2026-12-06 02:14:33 驶出「前海物流园」电子围栏，当前速度 42km/h，请调度确认。
        围栏规则 #GF-207：盐田港 3 号闸口半径 300 米，停留超过 45 分钟自动升级给值班主管。
        告警统计：11 月共触发 1,284 次围栏事件，其中 73% 为夜间出场，12 辆车占总告警的一半。
        {"alarm":"GEOFENCE_EXIT","fence":"深圳湾口岸","veh":"SZ-B1207","ts":"2026-12-06T07:41:09+08:00","level":2}
        https://map.example.cn/api/fence?name=%E5%89%8D%E6%B5%B7%E7%89%A9%E6%B5%81%E5%9B%AD&shape=circle&r=300
        请问电子围栏能不能按多边形画？我们在中山大道那一段需要贴着路边画，圆形误报太多。
        告警模板：车辆【{车牌}】于【{时间}】进入【{围栏名}】，驾驶员【{姓名}】，请及时处理。
        【超速告警】厦门大桥限速 80，车辆 XM-T031 实测 97km/h，持续 18 秒，已推送至 fleet-safety@example.cn。
        围栏 ID 编码示例：GF-沪-浦东-0031 的 base64 为 R0Yt5rKqLea1puS4nC0wMDMx，接口要求先转 UTF-8 再编码。
        夜间禁行围栏：鲁迅公园周边 22:00-06:00 禁止重型货车进入，违规罚款 200 元。
        【离线告警】终端 IMEI 尾号 0417 已 6 小时无上报，最后位置：上海市浦东新区外高桥保税区。
        客服热线 400-820-3366（工作日 9:00-18:00），围栏误报请提供工单号 GF-20261206-0093。
        告警级别说明：1 级仅记录，2 级推送调度，3 级电话通知值班经理。
    """),
    ("zh-Hant", "dashcam_metadata"): _lines("""
        DCIM/100DRIVE/EVT_20261206_074109_F.MP4 ｜ 事件觸發：G-sensor 0.61g ｜ 解析度 2560×1440 ｜ 韌體 v3.8.2
        EXIF Make="ViewPro" Model="DC-X7" GPSLatitude=25.0478 GPSLongitude=121.5170 DateTimeOriginal=2026:12:06 07:41:09 UserComment="台北車站 東三門 臨停"
        行車記錄器 SD 卡每 14 天循環覆寫，事故影片請於 48 小時內上傳至車隊雲端，逾期無法調閱。
        影片浮水印格式：{車號}｜{日期時間}｜{車速}km/h｜{GPS}，依規定不得顯示駕駛姓名。
        中正路與中山北路口事件片段，時速 38km/h，無人員受傷，已歸檔 CASE-TW-2026-1182。
        metadata.json: {"cam":"front","fps":30,"codec":"H.265","gps":true,"plate_blur":true,"face_blur":true}
        彌敦道（以第 13 任港督彌敦命名）路段本月共 41 宗急煞事件，集中於旺角至油麻地。
        縮圖標籤（base64）：5YmN6Y+h6aCtIOWknOmWkyDpmqfpgZMg6Zuo5aSp
        請問行車記錄器的 GPS 時間跟系統時間差了 8 小時，是不是 UTC 沒轉成台北時區？
        SHA-256 校驗：EVT_20261206_074109_F.MP4 = 31691d300ee90f9c1654241e6a077e84a883710f07889a80dc2fb6e2ff00b748
        車隊政策：車內鏡頭僅在碰撞或緊急按鈕觸發時錄影，平時不錄駕駛艙音訊。
        車隊客服熱線 2811 3366（24 小時），遺失 SD 卡請先報案再聯絡客服。
        雲端連結：https://cam.example.tw/clip/%E5%89%8D%E9%8F%A1%E9%A0%AD_20261206_0741.mp4?exp=86400
    """),
    ("ms", "driver_card_templates"): _lines("""
        Kad Pemandu (templat): Nama: [NAMA PENUH] | No. MyKad: [XXXXXX-XX-XXXX] | Kelas Lesen: [D/E/GDL] | Tarikh Tamat: [DD/MM/YYYY]
        Format nombor MyKad ialah YYMMDD-PB-###G; dua digit di tengah ialah kod negeri atau negara kelahiran.
        Kad RFID pemandu mesti diimbas sebelum enjin dihidupkan; kad hilang dilaporkan ke bantuan@armada.example.my.
        Kad ID siri POOL-01 hingga POOL-12 ialah kad kongsi untuk pemandu gantian di depoh Shah Alam.
        Rekod imbasan: kad UID 04:7B:22:91:AC:3F:80, status DITOLAK, sebab: kad tamat tempoh (siri 2023).
        Lesen GDL wajib untuk lori melebihi 7,500 kg; pemeriksaan tahunan kenderaan dibuat di PUSPAKOM.
        Statistik: 212 daripada 1,940 pemandu armada (10.9%) belum memperbaharui kad ID sebelum 31 Disember.
        Kod QR pada kad membawa ke https://id.armada.example.my/v?k=7f3a9c01e2 — token itu hash, bukan maklumat peribadi.
        Jalan Tun Razak dan Jalan Sultan Ismail ditutup untuk perarakan; lori kelas E perlu ikut laluan alternatif.
        Templat notis: "Kepada [Nama Pemandu], kad ID anda akan tamat pada [Tarikh]. Sila hubungi HR."
        Medan kad kosong (base64): eyJuYW1hIjoiW05BTUFdIiwibXlrYWQiOiJbTVlLQURdIiwia2VsYXMiOiJbS0VMQVNdIn0=
        Soalan: bolehkah satu kad pemandu digunakan untuk dua kenderaan dalam satu syif? Jawapan: tidak, sistem log keluar kad dari kenderaan pertama.
        Talian syarikat 1-300-88-2366 (Isnin-Jumaat), no. pendaftaran syarikat 201901023456 (1331245-K).
    """),
    ("mixed", "fleet_ops_tickets"): _lines("""
        TKT-48213 | P2 | tracker FL-0733 offline since 02:10 SGT | 已重启 modem，等待上线 | assignee: L2 on-call
        INC-2026-1206-07: Kafka consumer lag on topic fleet.telemetry reached 1.2M msgs; 影响 SG/MY 两区报表，ETA 30 min.
        JIRA FLEET-3318: geofence polygon import fails when the name has full-width brackets, repro with 「前海物流园」.
        Config: geofence.max_vertices=256; alert.dedupe_window_s=120; export.mask_fields=[driver_name, driver_phone, id_no]
        Customer A reported 3 trucks stuck at 0 km/h near Tuas; root cause chafed GPS antenna cable, fixed under RMA-55102.
        工单 WO-7781：更换 DC-X7 行车记录器 SD 卡 ×18，物料号 SKU-SD128-HE，单价 RM 42.90。
        Tiket #MY-2290: pengguna tidak boleh log masuk portal armada selepas kemas kini 5.1.0; 解决办法：清除浏览器缓存。
        SQL: SELECT unit_id, COUNT(*) FROM alerts WHERE type='GEOFENCE_EXIT' AND ts >= '2026-11-01' GROUP BY unit_id ORDER BY 2 DESC LIMIT 10;
        From noreply@fleet.example.com: Your monthly report 2026-11 for account ACC-00418 is ready (PDF, 2.4 MB).
        Release notes tcu-fw 4.3.0: 新增 CAN FD 支持, DM1 parsing fix, NMEA GSA multi-constellation, sokongan BeiDou B1C.
        Escalation: the duty manager approved overtime for 2 technicians at Pasir Gudang depot; cost centre CC-MY-JHR-04.
        Invoice INV-SG-2026-11-0931: 74 units x SGD 18.00 connectivity = SGD 1,332.00 + GST 9% = SGD 1,451.88
        TKT-48277 closed: card reader DR-07 returned CARD_NOT_FOUND because the pool card was inserted upside down.
        客服 main lines +65 6123 4500 / +60 3-7890 1234, sila sertakan nombor tiket dalam e-mel ke support@fleet.example.com.
    """),
    ("en", "fleet_news_public"): _lines("""
        Henry Ford's 1913 moving assembly line cut Model T build time from about 12 hours to roughly 93 minutes; Friday's depot talk covers what that means for maintenance bays.
        Karl Benz patented the Motorwagen in 1886, and Bertha Benz's 1888 drive from Mannheim to Pforzheim is often called the first long road trip.
        Fleet webinar: how carmakers named after people (Ford, Porsche, Mercedes-Benz, Tesla) expose telematics APIs to fleet operators.
        Sherlock Holmes traces a cab by its number in A Study in Scarlet; our onboarding deck uses the scene to explain why plates can identify people.
        Lightning McQueen decals are not permitted on company vehicles under livery policy LP-3.
        Delivery window for Jalan Tun Sambanthan in Brickfields is 09:00-11:00 because of loading bay limits.
        Route label in the logs is percent-encoded: Raffles%20Place%20to%20Changi%20Airport%20T4, named after Sir Stamford Raffles like half of downtown.
        Michael Schumacher's seven F1 titles come up in every defensive-driving course, but the trainers stress smooth braking over lap times.
        Anonymised survey of 1,206 fleet drivers: 62% prefer in-cab voice alerts, 27% prefer LED bars, 11% had no preference.
        The Hong Kong-Zhuhai-Macao Bridge opened in 2018 and reshaped cross-border trucking routes in the Pearl River Delta.
        Blog: why telematics vendors hash driver IDs with SHA-256 plus a salt; the hash of an empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
        Staging for the National Day Parade: trucks must avoid Connaught Drive near the Lim Bo Seng Memorial after 14:00.
        Press release: the fleet operator's board appointed a new chief technology officer; the announcement is filed with the exchange as 2026-11-28-0417.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        $GPRMC,081532.00,A,0118.4472,N,10351.2231,E,0.0,0.0,061226,,,A*6C $PFLT,DRVID,S8234561B,SEAH KOK LEONG,ON*2D
        fleet/sg/unit/FL-0412/login {"card_uid":"04A2197C3B5E81","card_b64":"TlJJQz1UMDMxMjg1N0g7TkFNRT1OdXIgQWlzeWFoIGJpbnRlIFJhaG1hdDtDTEFTUz00"}
        can0  18FF2200   [8]  2B 36 35 39 36 35 31 32   # PGN 0xFF22 driver contact part 1; next frame 30 34 38 FF FF FF FF FF
        Dashcam EXIF UserComment="Rajesh a/l Subramaniam on MC for slipped disc until 20/12, do not roster; relief driver on FL-0290"
        ALERT geofence=HOME_BLK418 unit=FL-0733 enter 23:52 addr="Blk 418 Bedok North Ave 2 #09-117 S460418" owner="Desmond Ong Wee Kiat"
        GET /api/v2/drivers/lookup?email=jasmine.koh88%40gmail.com&fleet=SG-DELIV&include=violations HTTP/1.1
        Driver reassignment: contact marcus . teo . 1991 (at) hotmail (dot) com about his unpaid toll fines of $1,284
        Cabin mic transcript, unit 27: Hafiz says "call my wife on nine one seven three, four four zero two, tell her I'm stuck at the checkpoint"
        fuel_txn,2026-11-30T22:14:05+08:00,SHELL-JURONG-W,4532 0188 7364 5122,exp 09/28,SIVA KUMAR A/L MANIAM,72.40SGD
        Ops note: pulled Benedict Fernandez off the night route until his drink-driving hearing on 14 Jan; HR says keep it quiet.
        Telematics flagged 41 harsh-brake events for Priya d/o Ramasamy this week; her supervisor says she has been driving straight after dialysis.
        driver_profile.email = kеlvin.chuа77@yаhoo.com.sg ; driver_profile.status = suspended (speeding x3)
        RFID tap OK | reader DR-07 | holder ID Ｓ７７４５２１０Ｉ | name Ｇｏｈ Ｃｈｅｅ Ｈｗａ | shift N2
        <DriverDoc type="passport" country="BGD" no="EB0391847" holder="MD RAFIQUL ISLAM" permit="WP 0412 8863" dorm="Kranji Lodge 1"/>
        Dashcam clip 02/12 07:41 shows Wong Mei Ling (unit 08) crying in the cab after the bank called about repossessing her flat; please do not circulate.
        Visitor car plate hex 534d4b343137325a tailgated into the depot at 03:10; owner per LTA check is Lionel de Souza, Eurasian, lives in Katong.
        Trip export row: 2026-12-05,FL-0519,Changi->Punggol,drv=Karthik s/o Ganesan,note=detour to CGH oncology for his own chemo, approved
    """),
    "zh-Hans": _lines("""
        {"driver":"陈建国","idcard":"440305198806120439","veh":"粤B·7K3M2","fence":"前海物流园","event":"EXIT"}
        https://fleet.example.cn/trip/detail?driver=%E9%99%88%E5%BB%BA%E5%9B%BD&phone=13927548016&plate=%E7%B2%A4B7K3M2
        调度备注：王师傅手机 1 3 9 - 2 7 5 4 - 8 0 1 6，下午让他回电，他说女儿住院了要请假。
        车队群里都在传李秀英最近请长病假，是乳腺癌复查，接下来三周的夜班别排她。
        围栏告警：3栋的陈阿姨家那辆电动车每天凌晨两点出小区，听说她儿子欠了网贷在躲人，物业让我们别声张。
        topic: cn/gd/bus/1207/ic 载荷 eyJuYW1lIjoi6LW15Li95aifIiwiaWQiOiIzMTAxMDQxOTkyMDMwNDI4MjAiLCJjYXJkIjoiU1pULTg4MTIwNDczIn0=
        ETC 扣款失败，绑定卡号 6228 4800 4912 3372（张伟东，建设银行），请车主尽快补缴通行费 386 元。
        司机微信号：ｚｈｏｕｌｅｉ＿ｓｚ８８，电话１３６０２２８７５４１，他老婆打来说他这两天没回家。
        乘客投诉：司机刘志强一路打私人电话，号码一三七零二五八六九一四，车牌沪A·D52218，要求处理。
        工资单导出：司机 黄海涛 工号 D-0731 11月底薪 6800 元，超速罚款扣 1200 元，社保已断缴两个月。
    """),
    "zh-Hant": _lines("""
        行車記錄器檔頭 UserComment="駕駛 林俊宏 F228410931 夜班 北二高" GPSLatitude=24.8138
        駕駛員匯出.csv：陳嘉欣,K385712(3),6123 4587,九龍觀塘,車隊 HK-VAN-11
        司機群組：阿偉的 LINE ID 是 wei_0918_tpe，他說這週要去榮總洗腎，請排代班。
        客訴單 #TW-3381：司機 張雅婷 電話 0 9 3 2 - 5 1 8 - 7 4 6，乘客說聞到酒味，請主管約談。
        車隊經理說鄭志明因為家暴官司被限制出境，下週的港澳線改派別人，不要在群組講。
        地理圍欄「住家」：九龍觀塘秀茂坪寶達邨達欣樓 1823 室（吳美玲），每晚 23:00 後進入即通知。
        https://fleet.example.tw/driver?name=%E8%A8%B1%E6%96%87%E9%9B%84&id=H105739620&status=warning
        調度日誌：何家豪 這個月第三次遲到，他說太太住院待產，人事還是要他寫悔過書。
    """),
    "ms": _lines("""
        {"pemandu":"Mohd Faizal bin Abdullah","mykad":"880612-14-5523","lesen":"GDL","depoh":"Shah Alam"}
        Nota suara lori 12: "hubungi saya di kosong satu dua, tujuh lapan tiga, empat empat satu sembilan" – Encik Zulkifli
        Pemandu Farah Adibah binti Roslan minta cuti tanpa gaji sebab suami dia ditahan reman minggu lepas.
        Bayaran elaun lebih masa ke akaun Maybank 1140 2287 6653 atas nama Kumaresan a/l Rajoo, RM 1,240.00
        Amaran geofence: kenderaan WXY 8823 milik Tan Ah Kow (No. 27, Jalan SS 2/64, 47300 Petaling Jaya) keluar zon jam 02:14.
        armada/my/lori/MY-LR-118/kad eyJuYW1hIjoiTnVydWwgSHVkYSBiaW50aSBJc21haWwiLCJteWthZCI6IjkyMDMwNC0xMC02NjQ4In0=
        Pemandu baru, Telegram @aiman_lori_kl92, dia ada hutang dengan along, jangan bagi pendahuluan gaji.
        Kak Rosnah dari depoh Shah Alam disahkan mengandung lima bulan, tolong jangan beri syif malam lagi.
        GET /portal/pemandu?emel=hafizah.yusof92%40yahoo.com&mykad=750923015127&tindakan=gantung
        can0 18FF2300 [8] 30 31 30 37 31 35 30 38 # kad pemandu Wan Azlina, MyKad 010715-08-3362 dipecah dalam dua bingkai
    """),
    "mixed": _lines("""
        司机 driver Muthu a/l Krishnan, FIN G5129083L, WP expiry 2027-03, 宿舍 Tuas South Ave 1 Block 12 Room 3-07
        Dashcam 片段被司机的 girlfriend 放上 IG @xinyi.drives_sg，里面拍到她家 Blk 622 Yishun Ring Rd 的停车场。
        Cross-border 司机 passport E39104752, 名字 Huang Zhiwei, 关口记录 Woodlands 03:12, 货柜 TGHU 8812046
        {"u":"nicholas.lau.wk","d":"gmail","tld":"com","note":"司机 Nicholas 的私人邮箱, 拆开存避免被扫描"}
        Ah Boy 那个 driver，上个月 salary 被 garnish 了，因为 ex-wife 告他不付 nafkah anak，boss 说别再借钱给他。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a fleet telematics support assistant for a Singapore logistics company.",
        ),
        (
            "user",
            'Can you decode this login payload for me? fleet/sg/unit/FL-0519/login {"card_b64":"TlJJQz1TNjYyMzAxOUg7TkFNRT1MZWUgSmlhIEh1aTtQSE9ORT04MTUyOTAzNA=="}',
        ),
        (
            "assistant",
            "It decodes to a driver record: NRIC S6623019H, name Lee Jia Hui, phone 81529034. That is personal data, so it should be masked before the log leaves the secure zone.",
        ),
        ("user", "OK, mask it and tell me which unit she logged into."),
        (
            "assistant",
            "Unit FL-0519. Masked form: NRIC S****019H, name L** J** H**, phone 8152****.",
        ),
    ],
    [
        ("system", "你是车队调度助手，帮助编写围栏告警和通知。"),
        (
            "user",
            "帮我写个通知：5栋的孙阿姨，就是 1502 那户，她的车 粤B·3F82Q 这周连续三晚凌晨进出，她老公住院了她在跑医院。",
        ),
        (
            "assistant",
            "建议不要在群发通知里写住户姓名、房号和家庭情况。可以写成：车辆 粤B·3F82Q 近期夜间频繁进出，属已知情况，无需处理。",
        ),
        ("user", "好的，就按这个发。"),
    ],
    [
        ("system", "Anda pembantu sistem armada untuk pendaftaran kad pemandu."),
        (
            "user",
            "Tolong daftar kad RFID baru untuk Encik Rosli bin Hamzah, MyKad 790214-06-5371, telefon 019-337 2810.",
        ),
        (
            "assistant",
            "Baik. Kad RFID 04:91:5C:AA:20:7E:80 didaftarkan untuk Rosli bin Hamzah (MyKad 790214-06-5371). Nombor telefon disimpan dalam profil tertutup.",
        ),
        ("user", "Terima kasih, kelas lesen dia GDL."),
    ],
    [
        ("system", "你是車隊行車記錄器的客服助理。"),
        (
            "user",
            "昨晚 EVT_20261205_231744_R.MP4 車內鏡頭拍到司機 蔡宗翰 在吃抗憂鬱藥，他的 LINE 是 tsaitsunghan_77，主管要我先截圖存證。",
        ),
        (
            "assistant",
            "車內影像涉及駕駛的健康資訊，建議只由主管與人資在授權下調閱，不要截圖轉傳，也不要在 LINE 群組提及。",
        ),
        ("user", "了解，那我只記錄事件編號。"),
        ("assistant", "好的，事件編號 EVT_20261205_231744_R 已標記為受限，只有人資可檢視。"),
    ],
    [
        ("system", "You help engineers decode J1939 and proprietary CAN frames."),
        (
            "user",
            "What is this? can0 18FF2200 [8] 2B 36 30 31 32 37 38 33 then 18FF2201 [8] 34 34 31 39 FF FF FF FF",
        ),
        (
            "assistant",
            "Those two frames spell the ASCII string +60127834419, a Malaysian mobile number stored in the proprietary driver-contact PGN.",
        ),
        (
            "user",
            "Yeah that's Azman's personal number, the installer put it there for testing. How do I wipe it?",
        ),
    ],
    [
        ("system", "You are an HR assistant for a fleet operator in Singapore."),
        (
            "user",
            "Driver Suresh s/o Palaniappan, FIN F7061234T, keeps failing the telematics fatigue check. 司机说他晚上要照顾中风的爸爸。Draft a warning?",
        ),
        (
            "assistant",
            "Here is a neutral draft: Dear Mr Suresh, our records show repeated fatigue alerts on your recent shifts. Please meet the duty manager on Monday to discuss rostering support. I left out his father's condition, which should not be in the letter.",
        ),
        ("user", "Good, send it to his personal email suresh.pala82@gmail.com."),
    ],
    [
        ("system", "You are a writing assistant for fleet safety managers."),
        (
            "user",
            "Write a short incident summary: on 3 Dec at 22:40, driver Adrian Lim Jun Hao reversed FL-0290 into a pillar at the Ubi depot. He admitted he'd been drinking at his brother's funeral wake.",
        ),
        (
            "assistant",
            "Incident summary: On 3 Dec at 22:40, FL-0290 reversed into a pillar at the Ubi depot. The driver, Adrian Lim Jun Hao, admitted alcohol consumption earlier that evening. Vehicle damage: rear bumper. No injuries.",
        ),
        ("user", "Remove the funeral bit, it's private."),
        (
            "assistant",
            "Done, the summary above already omits it; only the alcohol admission stays, as it is relevant to the incident.",
        ),
    ],
    [
        ("system", "你是 ETC 与车队费用对账助手。"),
        ("user", "这条扣款记录是谁的？卡号 6228 4800 4912 3372，车牌 粤B·7K3M2，金额 386 元。"),
        (
            "assistant",
            "根据车队登记，车牌 粤B·7K3M2 的驾驶员为 陈建国，身份证 440305198806120439。卡号属于张伟东的个人储蓄卡，不是公司卡。",
        ),
        ("user", "那就是私人卡垫付了，我让财务退给张伟东。"),
    ],
    [
        ("system", "Anda pembantu operasi armada di Johor Bahru."),
        (
            "user",
            "Saya nak tahu siapa pemilik akaun Telegram @din_treler_jb yang hantar lokasi GPS lori ke kumpulan luar.",
        ),
        (
            "assistant",
            "Menurut senarai pemandu, akaun itu milik Khairuddin bin Osman, pemandu treler JRT 5516. Perkara ini patut dirujuk kepada pengurus keselamatan, bukan dikongsi dalam kumpulan.",
        ),
        (
            "user",
            "Dia memang ada masalah hutang, mungkin dia jual data. Tolong buat nota ringkas untuk pengurus.",
        ),
        (
            "assistant",
            "Nota: Akaun Telegram @din_treler_jb (Khairuddin bin Osman, JRT 5516) dikesan berkongsi lokasi lori ke kumpulan luar. Disyorkan siasatan dalaman; tuduhan tentang hutang tidak dimasukkan kerana belum disahkan.",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant for fleet CSV exports."),
        (
            "user",
            "Clean this row: HK-VAN-07,2026-12-04,Kwun Tong->Tsing Yi,driver=Leung Ka Wai,hkid=Y604218(8),mobile=9381 2706,remarks=on bail",
        ),
        (
            "assistant",
            "Cleaned row: HK-VAN-07,2026-12-04,Kwun Tong->Tsing Yi,driver=[REDACTED],hkid=[REDACTED],mobile=[REDACTED],remarks=[REDACTED]",
        ),
        ("user", "Keep the route and date, that's all I need for the report."),
    ],
]
