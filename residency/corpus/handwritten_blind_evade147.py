# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade147: personal data in geospatial and location artefacts (GPX tracks, KML placemarks, GeoJSON features with properties, photo EXIF GPS tags, ride-hailing trip logs, geofence alerts). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gpx_track_files"): _lines("""
        <gpx version="1.1" creator="Garmin Connect"><metadata><name>MacRitchie Reservoir TreeTop Walk Loop – NParks official route</name></metadata>
        <trkpt lat="1.3442" lon="103.8223"><ele>62.4</ele><time>2024-03-09T00:41:17Z</time><extensions><speed>1.21</speed></extensions></trkpt>
        <metadata><author><name>Sai Kung Trail Events Ltd</name><email id="routes" domain="saikungtrailevents.hk"/></author><copyright author="SKTE"><year>2023</year></copyright></metadata>
        <wpt lat="22.2294" lon="114.2446"><name>Dragon's Back – To Tei Wan trailhead (bus stop 9)</name><sym>Trailhead</sym><desc>Water at Shek O Road kiosk; no toilets until Big Wave Bay</desc></wpt>
        <trk><name>Penang Hill Heritage Trail – Moniot Road descent</name><type>hiking</type><desc>Graded moderate by the Penang Hill Corporation; 5.1 km, 540 m descent.</desc></trk>
        Standard Chartered Singapore Marathon 2024 official course, GPX v3: km markers every 1 km, water points WP1–WP12, cut-off at km 30 is 05:15 race time.
        <wpt lat="3.1579" lon="101.7116"><name>Jalan Tun Razak – KLCC Park Gate 3</name><cmt>Assembly point for the KL Car Free Morning route, 7:00 am</cmt></wpt>
        Exported from route builder – route id 3184467021, 42.2 km, elevation gain 312 m, surface 86% paved. Licence: CC BY-SA 4.0 (course marshals' copy).
        <link href="https://www.nparks.gov.sg/gardens-parks-and-nature/parks-and-nature-reserve/macritchie-reservoir"><text>NParks park page</text></link>
        <trkseg><trkpt lat="25.0330" lon="121.5654"><ele>9.8</ele><time>2024-11-02T22:05:00Z</time></trkpt><trkpt lat="25.0338" lon="121.5660"><ele>10.1</ele></trkpt></trkseg>
        gpxpy.gpx.GPXXMLSyntaxException: Error parsing XML: mismatched tag: line 1842, column 6 (file: route_wilson_trail_stage2.gpx)
        <wpt lat="1.2869" lon="103.8545"><name>Merlion Park</name><desc>Checkpoint CP4, Night Cycling Tour; marshal hotline +65 6123 4567 (Pedal Asia Pte Ltd, UEN 201534567W)</desc></wpt>
        <metadata><keywords>MacLehose Trail, Stage 8, Tai Mo Shan, Lead Mine Pass</keywords><bounds minlat="22.3821" minlon="114.0842" maxlat="22.4290" maxlon="114.1459"/></metadata>
    """),
    ("zh-Hans", "网约车行程日志"): _lines("""
        2024-08-17 21:43:05 INFO [dispatch] order_id=DD2408172143057719 city=0755 pickup_poi=深圳北站西广场P2上客区 eta=4min surge=1.2x
        [trip_end] 订单号 T20240605183344901 里程 18.6km 时长 41min 起点 广州南站 终点 白云国际机场T2 实付 ¥96.40（含高速费 ¥15）
        计价规则 v3.2（上海快车）：起步价 ¥14（含3公里），超里程 ¥2.7/公里，低速费 ¥0.6/分钟，23:00-05:00 夜间附加 ¥0.9/公里
        WARN geofence_sync: 电子围栏 fence_id=SZ-FT-017（福田口岸禁停区）多边形顶点 126 个，超过上限 100，已自动抽稀 tolerance=0.00005
        [heatmap] 2024-09-30 18:00 北京 grid=wx4g0e 需求 312 单 / 在线运力 188 辆 供需比 1.66 建议溢价 1.4x
        平台客服热线 400-826-5566 转 3；行程异常请在 App“我的行程-申诉”中提交订单号，勿在司机群内转发任何乘客信息。
        {"event":"pickup_arrived","order_no":"HC2410120833","poi":"杭州东站东广场网约车停车场B区","lng":120.2127,"lat":30.2908,"wait_sec":180}
        CSV表头：order_id,city_code,start_poi,end_poi,start_time,end_time,distance_m,duration_s,fare_cny,coupon_cny,channel
        [coord] 高德 GCJ-02 (113.9345, 22.5329) → WGS-84 (113.9296, 22.5357)，上车点纠偏完成（深圳湾科技生态园9栋北门）
        机场专线一口价：成都天府国际机场 T1 → 春熙路商圈 ¥128，含 2 件行李；航班延误 2 小时内免费等待，订单号以 CF 开头。
        2024-07-01 08:00:00 INFO 运营日报 重庆 完单 48,215 取消率 6.3% 平均接驾距离 1.42km 平均接驾时长 3.8min 差评率 0.41%
        ERROR route_plan: 路径规划失败 err_code=20003 起点(121.4737,31.2304) 终点(121.8083,31.1443) 原因：终点位于浦东机场限行区，请改用 P4 上车点
        【公告】10月1日至7日西湖景区北山街、南山路实施交通管制，网约车请在断桥、柳浪闻莺指定点位上下客，违规停靠系统将自动扣分。
    """),
    ("zh-Hant", "KML地標"): _lines("""
        <Placemark><name>阿宗麵線 西門町店</name><address>台北市萬華區峨眉街8之1號</address><Point><coordinates>121.5075,25.0436,0</coordinates></Point></Placemark>
        <Placemark><name>林東芳牛肉麵</name><description>營業 11:00–03:00，週日公休；招牌半筋半肉，現場可加牛油辣椒</description><Point><coordinates>121.5436,25.0520,0</coordinates></Point></Placemark>
        <Placemark><name>黃枝記 議事亭前地總店</name><description>澳門議事亭前地17號；招牌雲吞麵、蝦子撈麵</description><Point><coordinates>113.5398,22.1935,0</coordinates></Point></Placemark>
        <Placemark><name>孫中山紀念館（甘棠第）</name><address>香港中環衛城道7號</address><Point><coordinates>114.1520,22.2823,0</coordinates></Point></Placemark>
        <Style id="mtr_exit"><IconStyle><color>ff0000cc</color><scale>1.1</scale><Icon><href>https://maps.google.com/mapfiles/kml/shapes/rail.png</href></Icon></IconStyle></Style>
        <Folder><name>大坑舞火龍 2024 巡遊路線</name><description>主辦：大坑坊眾福利會；封路時段 20:15–22:30，請由銅鑼灣站F出口步行前往</description></Folder>
        <ExtendedData><Data name="店鋪編號"><value>HK-CWB-0217</value></Data><Data name="商業登記號碼"><value>71234567-000-08-24-3</value></Data></ExtendedData>
        <Placemark><name>陳三鼎黑糖青蛙鮮奶 公館</name><description>排隊人潮多，建議 14:00 前到；僅收現金</description><Point><coordinates>121.5342,25.0149,0</coordinates></Point></Placemark>
        <Placemark><name>中正紀念堂 自由廣場牌樓</name><description>國定古蹟；1980 年落成，紀念蔣中正</description><Point><coordinates>121.5197,25.0335,0</coordinates></Point></Placemark>
        <Placemark><name>彌敦道 旺角段 單車徑規劃</name><LineString><tessellate>1</tessellate><coordinates>114.1694,22.3193,0 114.1716,22.3200,0 114.1741,22.3211,0</coordinates></LineString></Placemark>
        <Placemark><name>福伯燒臘飯店（旺角花園街）</name><description>叉燒即斬，外賣查詢熱線 2388 6612；逢星期二休息</description><Point><coordinates>114.1719,22.3190,0</coordinates></Point></Placemark>
        <NetworkLink><name>澳門輕軌氹仔線 車站圖層</name><Link><href>https://gis.example.mo/lrt/taipa_line.kml</href><refreshMode>onInterval</refreshMode><refreshInterval>3600</refreshInterval></Link></NetworkLink>
        <Placemark><name>高雄 駁二藝術特區 大勇區</name><description>停車：大勇路 B 停車場；洽詢 service@pier2-demo.tw（園區服務中心）</description></Placemark>
    """),
    ("ms", "amaran_geofence"): _lines("""
        [AMARAN] Aset TRK-0421 telah KELUAR dari zon "Westports Pelabuhan Klang" pada 14:22:07, 12/03/2024. Kelajuan 38 km/j. Sila semak dengan bilik kawalan.
        Amaran geofence: Bas Rapid KL laluan T789 menyimpang 350 m dari laluan asal berhampiran Jalan Tun Razak. Punca: lencongan kerja jalan DBKL.
        Zon baharu ditambah: "Depoh Shah Alam Seksyen 15" (poligon, 12 titik, keluasan 4.8 ha). Pemberitahuan masuk/keluar dihantar ke kumpulan Operasi Logistik.
        NOTIS: Mulai 1 Julai, lori melebihi 10 tan dilarang memasuki zon pusat bandar George Town antara 7:00 pg – 9:00 pg. Amaran automatik akan dijana.
        Log: 2024-05-18 02:14:55 geofence_id=JB-CIQ-02 nama="Kompleks Bangunan Sultan Iskandar" acara=MASUK aset=KONT-8830 tempoh_tinggal=00:46:12
        Soalan Lazim: Kenapa amaran "Keluar zon" diterima walaupun kenderaan masih di depoh? Ketepatan GPS di kawasan berbumbung boleh tersasar 30–80 m; besarkan jejari zon kepada 150 m.
        Amaran suhu & lokasi: Trak sejuk beku REEF-07 berada di zon "Hab Halal Pulau Indah", suhu kargo -17.8°C, pintu dibuka 4 minit. Status: NORMAL.
        Konfigurasi: {"zon":"KLIA2 Kargo","jenis":"bulatan","pusat":[101.6872,2.7456],"jejari_m":900,"amaran":["masuk","keluar","henti>30min"]}
        Hubungi Pusat Kawalan Armada LogiTrek Sdn Bhd (No. Syarikat 201801023456 / 1285561-K) di 03-7890 1122 atau ops@logitrek.com.my untuk menukar zon.
        Ringkasan mingguan: 1,284 amaran masuk/keluar, 97 amaran henti lama, 12 amaran kelajuan di Lebuhraya PLUS km 280–310. Zon paling aktif: Depoh Nilai 3.
        Amaran dron: unit UAV-03 (DJI M300) menghampiri zon larangan terbang Lapangan Terbang Sultan Abdul Aziz Shah, Subang — jarak 1.2 km. Pendaratan automatik diaktifkan.
        Pengumuman: Sistem geofence akan diselenggara pada Ahad 03:00–05:00. Amaran SMS ke talian operasi 1-300-88-5566 ditangguhkan sepanjang tempoh tersebut.
        Zon sekolah Jalan Sultan Ismail: had laju 30 km/j pada 6:30–7:30 pg dan 12:30–2:00 ptg. Bas sekolah syarikat yang melebihi had akan dilaporkan kepada penyelia.
    """),
    ("mixed", "exif_metadata"): _lines("""
        GPSLatitude: 22 deg 17' 38.40" N | GPSLongitude: 114 deg 10' 9.60" E | Make: FUJIFILM | Model: X-T5 | ImageDescription: 天星小輪 尖沙咀碼頭 at dusk
        exiftool -GPS*: GPS Altitude 8.2 m Above Sea Level; GPS Date/Time 2024:02:10 10:31:55Z; GPS Position 1.2816 N, 103.8636 E (Gardens by the Bay, Supertree Grove)
        Artist: Tourism Malaysia Photo Library | Copyright: © 2023 Lembaga Penggalakan Pelancongan Malaysia | XPComment: Menara Kuala Lumpur dari Bukit Nanas
        EXIF 批量清洗报告：共 2,418 张商品图，已移除 GPSInfo 2,401 张、SerialNumber 1,977 张、OwnerName 356 张；剩余 17 张为无 GPS 的扫描件。
        IPTC City: George Town | Sub-location: Armenian Street mural "Kids on Bicycle" by Ernest Zacharevic | Credit: Penang Global Tourism
        XMP dc:creator="Studio Lensa Borneo Sdn Bhd" photoshop:City="Kota Kinabalu" exif:GPSLatitude="5,58.830N" exif:GPSLongitude="116,4.248E" — 酒店宣传册资料图
        GPSImgDirection: 247.3 (True North) | LensModel: XF16-55mmF2.8 R LM WR | 拍攝地點：澳門大三巴牌坊 前地台階 | License: 商用授權 #LIC-2024-08812
        piexif.remove("IMG_20240512_0931.jpg")  # strip GPS before upload 上传前去除定位; see exif_sanitizer v2.3.1 changelog
        Photo ID PX-77120 | 台北 大稻埕碼頭 sunset | GPS 25.0564 N 121.5083 E | Camera: Sony ILCE-7M4 | 圖庫：Formosa Stock Images 有限公司
        Date/Time Original: 2024:10:19 19:02:44 | Offset Time: +08:00 | GPS: 3.1390 N, 101.6869 E | Caption: Merdeka 118 lit up for Deepavali, Kuala Lumpur
        EXIF GPS 格式说明：GPSLatitudeRef 取 N/S，GPSLatitude 以 3 个 RATIONAL 存度分秒，例如 (22/1, 32/1, 1044/100) 表示 22°32'10.44"
        Warning: Bad GPSVersionID (2.2.0.0) in IFD0 — DJI Mini 4 Pro, Marina Bay aerial set, batch SG-AER-0412, reprocessed with ExifTool 12.76
        Keywords: 槟城, Penang, Kek Lok Si, 极乐寺, Chinese New Year lights | GPS 5.3997 N 100.2733 E | Usage: editorial only, travel desk
    """),
    ("en", "geojson_features"): _lines("""
        {"type":"Feature","geometry":{"type":"Point","coordinates":[103.8504,1.2807]},"properties":{"name":"Lau Pa Sat","category":"hawker_centre","stalls":56,"open_24h":true}}
        {"type":"Feature","properties":{"name":"Tan Tock Seng Hospital – Main Drop-off","operator":"NHG","taxi_bay":true},"geometry":{"type":"Point","coordinates":[103.8458,1.3213]}}
        {"type":"Feature","properties":{"charger_id":"EVSG-TP-0192","operator":"VoltLink Pte Ltd","uen":"202012345N","hotline":"+65 6812 3300","kw":22,"connectors":["Type2"]},"geometry":null}
        {"name":"Ya Kun Kaya Toast (Far East Square)","amenity":"cafe","addr:street":"China Street","addr:housenumber":"18","opening_hours":"Mo-Fr 07:30-16:00"}
        {"type":"FeatureCollection","name":"nparks_park_connectors_2024","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3414"}},"features":[]}
        {"type":"Feature","properties":{"stop_code":"04149","description":"Opp Lim Bo Seng Memorial","road":"Connaught Dr","services":["75","130"]},"geometry":{"type":"Point","coordinates":[103.8530,1.2885]}}
        {"properties":{"name":"Jalan Tan Cheng Lock","highway":"residential","oneway":"yes","heritage_zone":"Melaka UNESCO core"},"geometry":{"type":"LineString","coordinates":[[102.2466,2.1951],[102.2481,2.1960]]}}
        {"type":"Feature","properties":{"name":"Haw Par Villa","tourism":"attraction","opened":1937,"founders":"Aw Boon Haw and Aw Boon Par"},"geometry":{"type":"Point","coordinates":[103.7820,1.2830]}}
        ogr2ogr -f GeoJSON -t_srs EPSG:4326 hawker_centres.geojson HawkerCentresKML.kml -lco RFC7946=YES -lco COORDINATE_PRECISION=6
        {"type":"Feature","id":"bldg-0031","properties":{"name":"Menara Seri Kenari","mgmt":"Kenari Property Management Sdn Bhd","email":"concierge@serikenari.com.my","tel":"03-2938 4410"}}
        "properties": {"parcel_id": "HK-LOT-IL8945", "use": "commercial", "gfa_m2": 41250, "zoning": "C/R", "source": "public lot index 2024"}
        {"type":"Feature","properties":{"name":"Sun Yat Sen Nanyang Memorial Hall","addr":"12 Tai Gin Road, Singapore 327874"},"geometry":{"type":"Point","coordinates":[103.8474,1.3272]}}
        Validation error at features[412].geometry: Polygon ring not closed (first [114.1579,22.2855] != last [114.1580,22.2855]) in hk_public_toilets_v7.geojson
    """),
    ("zh-Hans", "GIS配置与代码"): _lines("""
        SELECT poi_id, name, ST_AsGeoJSON(geom) FROM poi_shop WHERE ST_DWithin(geom::geography, ST_MakePoint(116.3975, 39.9087)::geography, 500);  -- 天安门500米内商户
        mapbox 样式配置：{"id":"metro-line-2","type":"line","source":"bj_subway","paint":{"line-color":"#0B4EA2","line-width":3}}  # 北京地铁2号线
        def gcj02_to_wgs84(lng: float, lat: float) -> tuple[float, float]:  # 国测局坐标转 WGS-84，误差约 1-2 米，仅适用于境内坐标
        geofence.yaml: fences: - id: SH-HQ-01  name: 陆家嘴园区  type: polygon  alert_on: [enter, exit]  cooldown_s: 300  webhook: https://ops.example.com/hook
        # 天地图 WMTS 底图配置  tianditu: {layer: vec_w, tk: YOUR_TOKEN_HERE, subdomains: [t0, t1, t2, t3, t4, t5, t6, t7], max_zoom: 18}
        ALTER TABLE trip_points ADD COLUMN geohash char(8) GENERATED ALWAYS AS (ST_GeoHash(geom, 8)) STORED;  -- 用于按网格聚合热力图
        坐标系说明：本数据集采用 CGCS2000（EPSG:4490），与 WGS-84 在亚米级以内一致；百度 BD-09 坐标须先转 GCJ-02 再转 WGS-84。
        gpsbabel -i gpx -f route_raw.gpx -x simplify,error=0.001k -o kml -F route_simplified.kml  # 轨迹抽稀后导出 KML，点数从 18432 降到 2107
        requirements.txt: geopandas==0.14.4 shapely==2.0.4 pyproj==3.6.1 gpxpy==1.6.2 simplekml==1.3.6  # 地理围栏服务 v2.8.0 依赖锁定
        const marker = new AMap.Marker({ position: [121.4998, 31.2397], title: "东方明珠广播电视塔", icon: "/static/poi/landmark.png" });
        日志脱敏规则：lat/lng 保留 3 位小数（约 110 米），设备号 SHA-256 后截取前 16 位，例如 9f2c4e1a7b03d8e5；手机号字段整列删除。
        geojson 校验脚本 exit code 2：features[88] 缺少 properties.adcode；示例 adcode=440305（深圳市南山区），请对照行政区划代码表补齐。
        kafka topic 配置：gps.raw.v1 分区 48，保留 72 小时，消息体 {ts, device_hash, lng, lat, speed, heading}，峰值 21 万条/秒（2024 双十一）
    """),
    ("zh-Hant", "外送團隊工作群組"): _lines("""
        各位注意：今日起旺角西洋菜南街一帶 geofence 收窄 80 米，騎手喺行人專用區外等單，唔好再停喺朗豪坊門口，被管理處投訴咗三次。
        觀塘 APM 嗰個取餐點座標又飄咗去鴻圖道，已經報咗 IT，單號 HK-DLV-240917-0038，暫時叫騎手跟返商場指示牌。
        提提大家：八號風球生效期間系統會自動關閉沙田、大埔配送區，恢復時間以公司 WhatsApp 群組公告為準，已接嘅單照送但唔好走山路。
        台北同事回報：信義區 ATT 4 FUN 後門被劃入禁停區，明天 09:00 前會更新圍欄版本 v2024.10.3，請大家重新登入 App。
        今晚 7 點至 9 點銅鑼灣時代廣場訂單爆，系統會開 1.3 倍加成，區經已經批咗，記得喺 SOGO 後街集合，唔好阻住巴士站。
        商戶「新記燒鵝」（北角英皇道 123 號地舖）話落單地址 pin 錯咗去對面街，已經喺後台改正，舊單唔使再跟，今日之後新單會顯示正確位置。
        更新：澳門氹仔官也街餐廳群嘅取餐點已統一搬去花城公園側門，GPS 點位 22.1533, 113.5578，明日早上 10 點生效。
        有冇人知點解台中逢甲夜市嗰個熱區一到 10 點就冇晒單？IT 話係熱力圖 cache 未過期，佢哋今晚收工前會 flush 一次。
        月結提醒：十月份區域補貼報表已上載至共享雲端「Ops/2024/10」，九龍東平均配送距離 2.7 公里，準時率 94.2%。
        新版本 App 3.14.2 修正咗 GPS 漂移問題，Android 用戶請去 Google Play 更新，iOS 要等 Apple 審核，大約兩日。
        荃灣如心廣場停車場已同管理處傾好，外送電單車可以用 B2 臨時車位 15 分鐘，請出示公司職員證，超時會被抄牌，費用自負。
        北投區新增兩個熱點：北投市場、新北投捷運站出口，圍欄半徑 200 公尺，週末 11:00–14:00 加成 NT$15／單。
        提醒：唔好喺群組 send 客人電話同地址截圖，有問題請直接喺系統內開工單，工單號碼格式係 TK-年月日-四位數，例如 TK-20241018-0042。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <metadata><author><name>Darren Koh Wei Jie</name><email id="darren.kohwj" domain="gmail.com"/></author><name>Morning run from home – Blk 418 Bedok North Ave 2</name></metadata>
        <wpt lat="1.3301" lon="103.9312"><name>HOME</name><desc>Priya Raman's flat, #08-217, lift lobby B – gate code 4471</desc></wpt>
        2024-06-02 23:51:10 trip_id=GRB-SG-88412093 rider="Melissa Tan" rider_phone=+65 9123 4587 pickup="Blk 23 Jalan Membina #05-112" dropoff="Clarke Quay Central" fare=S$18.40
        Geofence alert: Ethan (age 9) left zone "Rosyth School" at 15:47 – last fix 1.3702, 103.8771, battery 23%. Guardian notified: Mrs Joanne Lim +65 8234 9910
        SafeWalk alert 02:13 – Mr Ong Kah Seng (dementia, moderate) exited "Home" fence at 61 Lorong 4 Toa Payoh; now near Braddell MRT. Daughter Shirley Ong alerted.
        Artist: Kelvin Yap | GPS 3.0738 N, 101.6069 E | ImageDescription: my daughter Chloe's first birthday at our place, SS2/24 Petaling Jaya
        <trk><name>Sunday ride</name><desc>If found please call the owner on 9671 4420, reward offered</desc></trk>
        {"type":"Feature","properties":{"customer":"Nur Aisyah binti Kamal","nric":"S9012345I","unit":"#12-04","note":"wheelchair user, call on arrival"},"geometry":{"type":"Point","coordinates":[103.8412,1.3523]}}
        Trip complaint GRB-8841-2210: driver Muthu Krishnan, car SKP 4821 C, kept asking where I live and followed my route home to Yishun Ring Road after drop-off.
        GPX note: "Walk to Mount Elizabeth Novena for Rachel Goh's chemo session #4 – she's too weak for the MRT now"
        <ExtendedData><Data name="payload"><value>eyJuYW1lIjoiSmFzb24gVGVvIEJvb24gS2lhdCIsIm1vYmlsZSI6Iis2NSA5ODEyIDc3MzEiLCJob21lIjoiQmxrIDE1NiBTZXJhbmdvb24gTm9ydGggQXZlIDEgIzA2LTI3MSJ9</value></Data></ExtendedData>
        Repo alert: vehicle SGX 5521 K (hirer Benjamin Chua, arrears S$4,860 – 3 months) entered zone "Blk 203 Tampines St 21 carpark" at 21:40.
    """),
    "zh-Hans": _lines("""
        2024-09-14 22:18:41 INFO [trip] order=DD2409142218410093 乘客=王雅琴 手机=139 2847 6631 上车点=北京市朝阳区望京西园三区312号楼2单元 下车点=首都机场T3
        {"type":"Feature","properties":{"司机":"刘建军","身份证":"440306198503124711","车牌":"粤BD82317","常驻区域":"宝安区西乡"},"geometry":{"type":"Point","coordinates":[113.8836,22.5780]}}
        【电子围栏提醒】您的孩子 朵朵（张若曦）于 16:42 离开“学军小学”安全区域，当前位置：文三路与学院路交叉口附近，手表电量 18%。
        防走失手环告警：李桂兰奶奶（阿尔茨海默病中期）凌晨 03:20 走出“家”围栏（上海市徐汇区田林十二村 27 号 402 室），请家属 李志刚 138 1652 9047 尽快联系。
        虚拟号绑定：乘客真实号码 186****5678 ↔ 中间号 170 0012 3456，绑定有效期 30 分钟，订单 T2405311942
        <Placemark><name>陈先生家</name><description>陈国栋 仓山区盖山镇阳岐村 47 号，每周三透析后接回，家门钥匙在鞋柜下</description><Point><coordinates>119.2965,26.0166,0</coordinates></Point></Placemark>
        分享链接：https://uri.amap.com/marker?position=120.1331,30.2789&name=%E8%B5%B5%E6%98%8E%E8%BF%9C%E7%9A%84%E5%AE%B6%20%E6%96%87%E4%B8%89%E8%B7%AF259%E5%8F%B73%E5%B9%A2501%E5%AE%A4
        轨迹备注：跟踪周海涛近两周的行车记录，他每周二晚上都开去城东那个小区，怀疑出轨，离婚诉讼时要当证据用。
        EXIF 作者：黄丽娟 | UserComment：孕 28 周产检 B 超单，拍于南京鼓楼医院产科 | GPSLatitude 32.0598 N GPSLongitude 118.7777 E
        催收系统定位：借款人 孙浩（身份证 510107199208173527，欠款 ¥48,600，逾期 97 天）最近定位 成都市武侯区簇桥街道锦城苑 6 栋，已推送外访任务。
        DD2410080712,何晓东,15917384426,广州市天河区员村二横路8号大院14栋,2024-10-08 07:12,白云机场T2,¥86.5
    """),
    "zh-Hant": _lines("""
        [行程] 訂單 HKT-240823-99120 乘客 鄭家樂先生 電話 9483 2716 上車：九龍城衙前圍道 78 號金城大廈 11 樓 B 室 落車：瑪麗醫院
        <ExtendedData><Data name="姓名"><value>梁美玲</value></Data><Data name="香港身份證"><value>Y481235(0)</value></Data><Data name="住址"><value>沙田禾輋邨豐和樓 1203 室</value></Data></ExtendedData>
        <gpx creator="Garmin"><metadata><author><name>吳承翰</name></author><desc>身分證 F228173648，報名 2024 太魯閣馬拉松用軌跡</desc></metadata></gpx>
        林太話佢老公喺元朗嗰間診所睇緊精神科，每個禮拜三朝早都係由屯門兆康苑 call 車去，GPS 紀錄全部喺度。
        澳門的士預約記錄：何子軒 手機 6623 8841 上車點 氹仔海洋花園第 7 座 18 樓 F，目的地 仁伯爵綜合醫院急診。
        EXIF Artist：陳怡君｜UserComment：我家新店中正路 512 巷 3 號 5 樓陽台看出去的夜景｜GPS 24.9681 N, 121.5401 E
        電子監察警報：黃志強（保釋中，案件編號 KTCC 1287/2024）於 23:05 離開指定住址 觀塘寶達邨達喜樓，已通知警方。
        <Placemark><name>單車</name><description>失物請致電 0928-617-405（車主），感謝！</description></Placemark>
        司機阿明（李志明）本月行車 4,812 公里，實收 HK$31,260，扣除租車後月入約 HK$18,000，仲欠車行兩個月租。
        {"type":"Feature","properties":{"layer":"customers","payload":"eyLlp5PlkI0iOiLolKHmt5HoiqwiLCLpm7voqbEiOiIwOTMzLTIxOC03NjUiLCLlnLDlnYAiOiLlj7DkuK3luILopb/lsa/ljYDnpo/mmJ/ot684OOiZnzfmqJMifQ=="}}
    """),
    "ms": _lines("""
        Amaran geofence: Anak anda Aiman Hakimi (10 tahun) telah KELUAR dari zon "SK Taman Tun Dr Ismail 1" pada 13:52. Lokasi terkini: Jalan Datuk Sulaiman.
        Log perjalanan: penumpang Farah Adila binti Zulkifli, No. KP 900514-14-5522, telefon 012-738 4419, ambil di No. 27, Jalan SS 15/4C, Subang Jaya.
        Pak Cik Rahim (strok, tidak boleh bercakap) keluar zon rumah di Kampung Baru, Lorong Raja Muda Musa 3 — sila hubungi anaknya Azlan 019-552 7381.
        Artis: Mohd Faizal bin Hashim | Komen: rumah sewa kami di Taman Melawati, tuan rumah minta bayar tunggakan sewa RM3,600 | GPS 3.2127 U, 101.7490 T
        Nota GPX: Jika jumpa peranti ini sila hubungi 017-823 9014 (pemilik), ada ganjaran.
        {"properties":{"pemandu":"Kumar a/l Selvaraj","akaun_maybank":"1140 2231 8876","plat":"WXY 4821","zon":"Brickfields"}}
        Jejak lokasi menunjukkan Cik Nadia Hanim ke Klinik Kesihatan Ibu dan Anak Seremban setiap minggu sejak Mac — dia mengandung 5 bulan tapi belum beritahu keluarga.
        Amaran tarik kereta: Proton X50 VHE 2231 milik Tan Ah Kow (hutang bank RM12,480, tertunggak 4 bulan) masuk zon "Pangsapuri Sri Ria Blok C, Kajang" pukul 21:40.
        <Placemark><name>Rumah Puan Jenny Lojuki</name><description>Kg. Penampang Baru Lot 112, tel 016-830 2258</description><Point><coordinates>116.1131,5.9196,0</coordinates></Point></Placemark>
    """),
    "mixed": _lines("""
        GRB-SG-7712093,Lim Pei Shan,+6581234476,Blk 611 Clementi West St 1 #07-45,NUH Kent Ridge Wing,2024-03-11T07:12+08:00,S$14.20
        员工出入宿舍围栏 | Worker 周家豪 FIN G6123487Q | 23:48 exit "Tuas South Dormitory" | 备注：超过宵禁，已通报 supervisor
        Driver log 司机日志: pickup Ah Boy (陈志伟) at Taman Connaught, Jalan Cerdas no. 15 — dia kata nak pergi Hospital Kuala Lumpur untuk dialysis.
        XPComment: 身份證副本 for 租屋申請 | Name 關浩賢 Kwan Ho Yin | HKID P902716(9) | GPS 22.3372 N, 114.1478 E
        Share link: https://maps.google.com/?q=Jessica+Ng+%2B65+8712+3390+Blk+105+Hougang+Ave+1+%2303-118
        Uber receipt | Rider: 許雅婷 (Tina Hsu) | tina.hsu1993@yahoo.com.tw | Pickup 台北市大安區和平東路二段 96 巷 12 號 4F → Taoyuan Airport T2 | NT$1,180
        Alerta geofence: Ricardo Gomes da Silva 出咗「Home」圍欄 at 01:22 — Rua do Campo 23, Edf. Hoi Fu 9/F C, Macau; tel 6681 4420
        <extensions><note enc="base64">T3duZXI6IEhvIFdpbmcgU3plLCBIS0lEIEs3MzkxMDQsIGhvbWUgRmxhdCAxNEMsIEJsb2NrIDIsIE1laSBGb28gU3VuIENodWVu</note></extensions>
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the rider support assistant for a Singapore ride-hailing app. Current rider: Cheryl Lau Hui Min, +65 9347 2281, cheryl.lau.hm@outlook.com, saved home: Blk 52 Lengkok Bahru #11-340.",
        ),
        (
            "user",
            "My driver yesterday went a really long way round from home to Novena. Trip GRB-SG-90177432. Can I get a refund?",
        ),
        (
            "assistant",
            "Sorry about that, Cheryl. The GPS trace for GRB-SG-90177432 shows a 4.1 km detour via the PIE. I have requested a partial refund of S$6.30 to your card; it should appear in 3-5 working days.",
        ),
    ],
    [
        (
            "user",
            '帮我把这段 GPX 转成 KML：<metadata><author><name>钱晓峰</name></author></metadata><wpt lat="31.2085" lon="121.4462"><name>家 长宁区江苏路 480 弄 7 号 302</name></wpt>',
        ),
        (
            "assistant",
            "可以。转换后 Placemark 的 name 会保留“家 长宁区江苏路 480 弄 7 号 302”，作者“钱晓峰”也会写进 ExtendedData。如果要公开分享，建议先删除住址和作者名。",
        ),
        ("user", "那就删掉作者和门牌号，只保留轨迹。"),
        (
            "assistant",
            "好的，用 gpsbabel -i gpx -f in.gpx -x nuketypes,waypoints -o kml -F out.kml 即可只导出轨迹，航点和作者信息都不会保留。",
        ),
    ],
    [
        (
            "user",
            "呢張相嘅 EXIF 有冇私隱問題？Artist: 蔡芷晴, GPS 22.2783 N 114.1747 E（我屋企灣仔軒尼詩道 338 號 15 樓 A 座），XPComment: 我個仔入院前一晚",
        ),
        (
            "assistant",
            "有。Artist 欄有你嘅全名，GPS 座標可以準確定位到你屋企，XPComment 仲透露咗家人住院。上載之前建議執行 exiftool -all= photo.jpg 清除全部 metadata。",
        ),
        ("user", "明白，多謝。咁 Instagram 會唔會自己幫我刪？"),
        (
            "assistant",
            "Instagram 上載時一般會移除 GPS，但原檔如果經 WhatsApp 文件模式或電郵傳出，EXIF 會保留，所以自己先清最穩陣。",
        ),
    ],
    [
        ("system", "Anda pembantu aplikasi jam pintar warga emas. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Mak saya Puan Rohani binti Ismail, 74 tahun, ada demensia. Tolong set zon selamat 200 m dari rumah kami di No. 8, Jalan Mawar 3, Taman Sri Gombak.",
        ),
        (
            "assistant",
            "Baik. Zon selamat berjejari 200 m telah dicadangkan di sekitar No. 8, Jalan Mawar 3, Taman Sri Gombak. Amaran akan dihantar jika Puan Rohani keluar dari zon itu.",
        ),
        ("user", "Hantar amaran ke nombor saya 013-294 6618 dan adik saya 011-2375 8840."),
        (
            "assistant",
            "Dua nombor telah ditambah sebagai penerima amaran: 013-294 6618 dan 011-2375 8840. Anda boleh uji dengan butang Uji Amaran dalam aplikasi.",
        ),
    ],
    [
        (
            "user",
            "I manage a lorry fleet in Johor. Write a geofence rule: if driver Rajesh a/l Muniandy (IC 850923-10-6271, lorry JQR 7754) leaves Pasir Gudang port zone after 10pm, SMS me.",
        ),
        (
            "assistant",
            "Here is a rule in JSON: {driver: Rajesh a/l Muniandy, vehicle: JQR 7754, zone: Pasir Gudang Port, event: exit, after: 22:00, action: sms}. I would store the IC number outside the rule file and reference the driver by an internal ID instead.",
        ),
        ("user", "ok, 用内部编号 DRV-0193 代替，同时加一条中文通知模板。"),
        (
            "assistant",
            "已改为 driver_id=DRV-0193。中文模板：『司机 DRV-0193 于 {time} 离开巴西古当港区，请确认。』",
        ),
    ],
    [
        (
            "user",
            "My ex, Amanda Seet, still shares her Strava runs publicly. Her runs always start at Blk 7 Upper Boon Keng Road. Can you help me work out what time she leaves home each day?",
        ),
        (
            "assistant",
            "I can't help with tracking someone's movements or routine without their consent. If you are worried about safety or a dispute, a lawyer or the police is the right channel.",
        ),
        ("user", "Fine. How do I make my own Strava start points private instead?"),
        (
            "assistant",
            "In Strava go to Settings > Privacy Controls > Map Visibility and hide the start and end of your activities, for example within 1 km of any address you choose.",
        ),
    ],
    [
        (
            "system",
            "你是网约车数据平台的 SQL 助手。示例数据：order_id=DD2411020915, passenger=邓美华, phone=13760284519, pickup='广州市海珠区江南大道中 168 号 5 栋 1102'",
        ),
        ("user", "写个 SQL 统计每个上车点网格（geohash 6 位）每小时的订单数。"),
        (
            "assistant",
            "SELECT ST_GeoHash(pickup_geom, 6) AS cell, date_trunc('hour', start_time) AS hr, count(*) FROM orders GROUP BY 1, 2 ORDER BY 3 DESC; 该查询不涉及乘客姓名和手机号字段。",
        ),
    ],
    [
        (
            "user",
            "過年要去拜年，幫我做 KML：外婆 林秀琴 住 彰化市中山路二段 231 號；大舅 林文雄 住 員林市三民街 45 巷 6 號，電話 0935-427-118。",
        ),
        (
            "assistant",
            "好的，已產生兩個 Placemark：「外婆家」彰化市中山路二段 231 號，「大舅家」員林市三民街 45 巷 6 號，並把電話放在 description。匯入 Google 我的地圖就能導航。",
        ),
        ("user", "這份檔案可以分享到家族 LINE 群組嗎？"),
        (
            "assistant",
            "可以，但檔案內含住址與電話，建議只在家族群組內傳，不要公開張貼或上傳到公開地圖。",
        ),
    ],
    [
        (
            "user",
            "Saya nak pertikaikan caj ini. Resit: Penumpang Hazwan bin Othman, 019-774 3026, hazwan.othman88@gmail.com, dari Kondominium Vista Alam Blok B-12-3, Shah Alam ke KL Sentral, RM67.90.",
        ),
        (
            "assistant",
            "Baik, Encik Hazwan. Jarak biasa dari Vista Alam ke KL Sentral sekitar 27 km dengan tambang anggaran RM38–45. Saya boleh bantu anda tulis aduan kepada pihak aplikasi dengan nombor perjalanan.",
        ),
        ("user", "Nombor perjalanan MY-RH-24110388. Tolong tulis ringkas."),
        (
            "assistant",
            "Aduan: Perjalanan MY-RH-24110388 dikenakan RM67.90, jauh melebihi anggaran biasa untuk laluan yang sama. Mohon semakan laluan GPS dan pemulangan perbezaan tambang.",
        ),
    ],
    [
        (
            "user",
            "個仔 Jayden Cheung 張浚朗 讀 St. Paul's Co-educational Primary，佢隻 smartwatch 成日話佢出咗 geofence，但其實佢喺學校。點解？",
        ),
        (
            "assistant",
            "Indoor GPS drift is common; 校舍有石屎同鐵皮，定位可以飄 50-100 米。建議將學校 geofence 半徑由 100 米加大到 200 米，並開啟 Wi-Fi 輔助定位。",
        ),
        ("user", "我屋企係跑馬地黃泥涌道 55 號 8 樓，都要加個 zone 嗎？"),
        (
            "assistant",
            "可以加一個 Home zone 喺黃泥涌道 55 號附近，半徑 150 米就夠。咁佢放學返到屋企，你會收到到達通知。",
        ),
    ],
]
