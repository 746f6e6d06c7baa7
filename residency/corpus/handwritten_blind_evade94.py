# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade94: personal data hidden in GPX, KML, GeoJSON, plus codes, geohashes, three-word codes and lat/long logs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gpx_kml_geojson_public"): _lines("""
        <wpt lat="1.28680" lon="103.85447"><ele>4.2</ele><name>Merlion Park viewing deck</name><sym>Scenic Area</sym></wpt>
        <trkpt lat="1.34484" lon="103.82240"><ele>31.0</ele><time>2024-03-09T23:14:05Z</time></trkpt> <!-- MacRitchie TreeTop Walk loop, segment 2 of 5, published park route -->
        <Placemark><name>Bukit Timah Nature Reserve – Summit (163 m)</name><styleUrl>#peak</styleUrl><Point><coordinates>103.7763,1.3541,163</coordinates></Point></Placemark>
        {"type":"Feature","geometry":{"type":"Point","coordinates":[103.94502,1.35403]},"properties":{"name":"Tampines Bus Interchange","operator":"SBS Transit","bays":16,"wheelchair":"yes"}}
        <metadata><name>Round-Island Route Stage 3 – Coney Island to Punggol Point</name><author><name>Trails Working Group</name></author><time>2023-11-01T00:00:00Z</time></metadata>
        {"type":"Feature","properties":{"name":"Raffles Landing Site","heritage_marker":true,"inscription":"On this historic site Sir Thomas Stamford Raffles first landed in Singapore on 28th January 1819"},"geometry":{"type":"Point","coordinates":[103.8513,1.2875]}}
        <Placemark><name>Sun Yat Sen Nanyang Memorial Hall</name><address>12 Tai Gin Road, Singapore 327874</address><Point><coordinates>103.8481,1.3276</coordinates></Point></Placemark>
        <rte><name>Penang Bridge International Marathon – Full Marathon (42.195 km)</name><rtept lat="5.3335" lon="100.3066"><name>Start – Queensbay Mall</name></rtept></rte>
        Strava segment export: segment_id=18472630, name="Bukit Fraser Climb (Gap to Clock Tower)", distance=8.2 km, avg_grade=3.9%, start_latlng=[3.6842,101.7330]
        {"type":"FeatureCollection","name":"hawker_centres_2024","features":[{"properties":{"NAME":"Maxwell Food Centre","ADDRESSPOSTALCODE":"069184","NUMBER_OF_COOKED_FOOD_STALLS":"103"},"geometry":{"type":"Point","coordinates":[103.8446,1.2803]}}]}
        <Placemark><name>Changi Airport Terminal 4 – Taxi Stand</name><description>Taxi booking hotline 6552 1111, queue marshals 6 am to midnight</description><Point><coordinates>103.9839,1.3387</coordinates></Point></Placemark>
        <wpt lat="22.2988" lon="114.1722"><name>Star Ferry Pier, Tsim Sha Tsui</name><desc>Ferries to Central every 6–12 min, adult fare HK$4.00 on weekdays</desc></wpt>
        {"type":"Feature","properties":{"name":"Sherlock Holmes Museum","addr:street":"Baker Street","addr:housenumber":"221b","addr:postcode":"NW1 6XE"},"geometry":{"type":"Point","coordinates":[-0.1586,51.5238]}}
        <trk><name>Southern Ridges Walk (official route)</name><desc>Mount Faber – Henderson Waves – Kent Ridge Park, 10 km, mostly shaded</desc><trkseg><trkpt lat="1.2716" lon="103.8191"/><trkpt lat="1.2763" lon="103.8153"/></trkseg></trk>
    """),
    ("en", "location_logs"): _lines("""
        2024-06-11T08:42:17.311Z INFO  geocoder  q="Bishan MRT" -> lat=1.35081 lng=103.84854 plus_code=6PH59R2X+8C source=onemap latency_ms=42
        [fleet] bus_plate=SG1742Z svc=190 lat=1.30412 lon=103.83215 speed_kmh=23 heading=118 door=closed ts=1718093412
        WARN tile-server z=17 x=103012 y=65004 upstream 504 from tiles.example.net, retry 2/3 (bbox 103.70,1.23,104.05,1.47)
        weather_station=S24 name="Upper Changi Road North" lat=1.3678 lon=103.9826 rain_mm_5min=3.4 ts=2024-01-12T15:35:00+08:00
        geofence_event fence_id=GF-00318 fence_name="Pasir Panjang Terminal Gate 3" asset=CRANE-RTG-27 event=EXIT lat=1.2732 lon=103.7768
        ERROR ingest: invalid coordinate pair (lat=103.85447, lon=1.28680) in row 2241 of bus_stops.csv – lat/lon appear swapped
        drone_log flight_id=FLT-20240503-07 operator="Aerial Survey Unit" alt_m=60 lat=1.3399 lon=103.7185 battery=71% mode=AUTO wp=14/32
        geohash index rebuilt: 2,481,330 POIs, precision=7, densest cell w21z762 (Downtown Core) holds 18,204 records, build_time=312s
        GET /v1/reverse?lat=3.15785&lon=101.71165 200 "Suria KLCC, Jalan Ampang, 50088 Kuala Lumpur" 37ms cache=HIT
        ais type=1 mmsi=563098210 name="HARBOUR TUG MARINA 3" sog=7.4 cog=212 lat=1.2612 lon=103.8398 nav_status=0
        2024-02-19 07:01:55 [gps-sim] replay fixture loop_5km.gpx started, 1 Hz, jitter ±3 m, start (1.30000, 103.80000)
        location_ping dropped: accuracy_m=1850 exceeds threshold 150 (provider=network, device_class=kiosk, site=KIOSK-JEM-02)
        trip_summary route=KTM_KOMUTER_SEREMBAN stations=27 distance_km=97.4 first_stop=(3.1428,101.6866) last_stop=(2.7183,101.9401) avg_delay_s=146
        H3 cell 8865a3acd9fffff resolution 8 -> centroid (22.3193, 114.1694); population_estimate=18,420 (census block aggregate)
    """),
    ("en", "howto_qa"): _lines("""
        How many characters of a geohash do I need for roughly 150 m precision? Seven gives about 153 m by 153 m, eight about 38 m by 19 m.
        Q: Why does my point plot 500 m off in Shanghai? A: Chinese map providers use GCJ-02, not WGS84; convert before overlaying your GPS fixes.
        To shorten a plus code, drop the first four characters and add a locality: 6PH57VP3+PQ becomes 7VP3+PQ Singapore.
        Tip: before sharing a GPX from your watch, set a privacy zone so the first and last 500 m around your home are trimmed from the public map.
        KML writes coordinates as lon,lat[,alt] while GPX attributes are lat then lon; mixing them up is the most common bug in converters.
        In GeoJSON (RFC 7946) a Point is [longitude, latitude] and the reference system is always WGS 84; the old "crs" member was removed.
        Does a three-word address like ///filled.count.soap change if the building is demolished? No, the 3 m x 3 m grid squares never move.
        What does the "+" in a plus code mean? It separates the first eight digits (an area of about 275 m) from the refinement; ten characters is about 14 m.
        For anonymisation, round coordinates to 2 decimal places (about 1.1 km) or aggregate to H3 resolution 7 before publishing trip data.
        Degrees-minutes-seconds to decimal: 1°17′12.5″N = 1 + 17/60 + 12.5/3600 = 1.28681.
        How do I strip GPS tags from photos before uploading? exiftool -gps:all= -xmp:geotag= image.jpg removes GPSLatitude, GPSLongitude and GPSAltitude.
        Why is my geofence triggering inside the mall? Indoor GPS drifts 20–50 m; use a dwell time of at least 60 s and a radius above 100 m.
        Is a postcode personal data? A six-digit Singapore postcode often maps to one building, so treat it as quasi-identifying only when combined with a name or unit number.
    """),
    ("zh-Hans", "地图开发"): _lines("""
        高德地图 Web 服务 API 逆地理编码：https://restapi.amap.com/v3/geocode/regeo?location=116.4436,39.9219&key=<你的key>，返回北京市朝阳区行政区划信息。
        注意：国内地图统一使用 GCJ-02 坐标系（俗称火星坐标），百度地图再叠加一层 BD-09，GPS 原始 WGS84 坐标需先转换再上图。
        {"type":"Feature","properties":{"名称":"深圳湾公园","类型":"城市公园","开放时间":"06:00-23:00","管理单位":"南山区城市管理和综合执法局"},"geometry":{"type":"Point","coordinates":[113.9521,22.5104]}}
        <Placemark><name>西湖·断桥残雪</name><description>杭州西湖十景之一，节假日请错峰游览，咨询请拨打 12345 市民服务热线</description><Point><coordinates>120.1517,30.2589,0</coordinates></Point></Placemark>
        成都地铁 1 号线站点 GeoJSON：天府广场站 [104.0657, 30.6574]，可换乘 2 号线；数据来源：市公共数据开放平台，更新于 2024-05。
        日志：2024-08-02 10:15:33 [poi-sync] 新增 POI 1,204 条，geohash 前缀 wtw3（上海徐汇区及周边），重复合并 87 条，耗时 9.8s
        快递单号 SF1402378865412 物流轨迹点：上海转运中心 (121.3370, 31.1982) → 杭州萧山分拨中心 (120.2640, 30.1850)，预计 6 月 3 日送达。
        共享单车电子围栏规范：停车点半径不小于 5 米，定位误差超过 10 米时提示用户“请在规定区域内还车”。
        问：GeoHash 长度 6 大约覆盖多大范围？答：约 1.2 km × 0.6 km，适合做“附近”功能的粗粒度召回，精排再用真实距离。
        <trkpt lat="30.642000" lon="104.043000"><ele>502.3</ele><time>2024-04-20T06:00:00Z</time></trkpt> 【武侯祠—锦里环线示例轨迹，文旅部门公开路线】
        地理编码批处理报告：输入地址 10,000 条，匹配成功 9,612 条（96.1%），精确到门牌 7,830 条，失败原因主要为“村组地址不规范”。
        鲁迅故居（北京）GeoJSON 点位：[116.3549, 39.9262]，地址：西城区宫门口二条19号，现为北京鲁迅博物馆的一部分。
        配置示例：map.center = [121.4365, 31.1880]; map.zoom = 14; map.crs = "GCJ02"; marker.icon = "poi-default.png"
        《西游记》主题地图：花果山景区（江苏连云港）坐标 [119.2670, 34.6420]，内设“孙悟空出生地”打卡点和水帘洞游客中心。
    """),
    ("zh-Hant", "圖資開放資料"): _lines("""
        {"type":"Feature","properties":{"名稱":"大安國民小學","類別":"避難收容處所","容納人數":850,"管理單位":"臺北市政府教育局"},"geometry":{"type":"Point","coordinates":[121.5435,25.0336]}}
        TWD97（EPSG:3826）座標 X=306,512.45 Y=2,769,873.10 轉成 WGS84 約為 25.0340, 121.5645，位於台北 101 附近。
        港鐵旺角站一帶的 Plus Code 是 7PJP8599+PQ；E2 出口往彌敦道，大型活動時常被用作集合點。
        <Placemark><name>沙田車公廟</name><description>農曆正月初三香客眾多，請乘港鐵至車公廟站 B 出口</description><Point><coordinates>114.1835,22.3728</coordinates></Point></Placemark>
        高雄輕軌 C 路線站點 KML，共 38 站，駁二大義站 (120.2853, 22.6196)；資料來源：政府資料開放平臺，授權：政府資料開放授權條款第 1 版。
        問：為什麼 Google 地圖在香港用 WGS84，但地政總署的 HK1980 方格網座標要另外轉換？答：HK1980 Grid 是本地投影座標，單位是米。
        日誌 2024-09-14 21:03:11 [颱風路徑] 中心位置 22.1N 115.4E，向西北移動，時速 18 公里，七級風圈半徑 150 公里。
        geohash 前綴 wsqq 覆蓋台北市與新北市大部分地區，精度 4 約 39 公里 × 19.5 公里，適合做縣市層級彙總。
        路跑活動公告：臺中馬拉松全程路線 GPX 已上傳官網，起點為臺中市政府 (120.6466, 24.1618)，報名序號請勿在社群公開。
        <wpt lat="25.03397" lon="121.56454"><name>台北101 觀景台</name><desc>全票 NT$600，開放至 22:00，最後入場 21:15</desc></wpt>
        孫中山先生曾於 1923 年在廣州大元帥府辦公，遺址座標約 113.2797, 23.1108，現為孫中山大元帥府紀念館。
        物流追蹤：託運單號 8204 6613 5592，貨件已抵達新北市板橋轉運站 (25.0143, 121.4672)，預計明日配達。
        宅配 API 欄位說明：recipient_name（字串，必填）、recipient_phone（字串）、drop_lat / drop_lng（WGS84，小數點後 6 位）。
        金庸《射鵰英雄傳》的桃花島，在現實中對應浙江舟山的桃花島，景區入口約 122.27, 29.82，島上有「黃藥師山莊」布景。
    """),
    ("ms", "data_lokasi"): _lines("""
        <Placemark><name>Masjid Negara</name><description>Jalan Perdana, 50480 Kuala Lumpur. Waktu lawatan pelancong 9.00 pagi hingga 12.00 tengah hari</description><Point><coordinates>101.6918,3.1417</coordinates></Point></Placemark>
        {"type":"Feature","properties":{"nama":"PPS Dewan Serbaguna Taman Sri Muda","daerah":"Petaling","kapasiti":400,"status":"DIBUKA"},"geometry":{"type":"Point","coordinates":[101.5370,3.0230]}}
        Kod plus kawasan Stesen LRT KLCC ialah 6PM35P56+4M; gunakan pintu masuk C untuk terus ke Suria KLCC.
        Soalan: Bagaimana nak tukar koordinat DMS kepada perpuluhan dalam Excel? Jawapan: =darjah + minit/60 + saat/3600, kemudian letak tanda negatif untuk selatan atau barat.
        Log: 2024-12-03 06:14:22 [banjir] sensor paras air JPS-KTN-017 lat=6.1254 lon=102.2381 paras=24.6 m status=BAHAYA
        Notis: Laluan pendakian Bukit Broga ditutup sementara; fail GPX laluan rasmi boleh dimuat turun di laman web Majlis Perbandaran Kajang.
        Geohash w283 meliputi sebahagian besar Lembah Klang; ketepatan 4 aksara kira-kira 39 km × 20 km, sesuai untuk statistik peringkat daerah.
        Nombor penjejakan Pos Laju EP417293587MY kini berada di Pusat Mel Nasional Shah Alam (3.0738, 101.5183), anggaran sampai 2 hari bekerja.
        Templat borang: Nama: ________ No. K/P: ______-__-____ Lokasi rumah (koordinat / Kod plus): ________________ Tandatangan: ______
        <trkpt lat="5.98041" lon="116.07346"><ele>12.0</ele></trkpt> – titik mula laluan larian amal Kota Kinabalu City Run 2024 (Padang Merdeka).
        Panduan: Matikan "Lokasi Tepat" dalam tetapan kamera telefon sebelum berkongsi gambar di media sosial supaya koordinat GPS tidak disimpan dalam EXIF.
        Jalan Tunku Abdul Rahman (Jalan TAR) dinamakan sempena Perdana Menteri pertama Malaysia; titik tengahnya kira-kira 3.1530, 101.6960.
        API e-hailing: medan pickup_lat, pickup_lng dan dropoff_plus_code wajib diisi; koordinat penumpang tidak boleh disimpan melebihi 90 hari.
        Peta GeoJSON Klinik Kesihatan negeri Perak: 87 titik, contoh "Klinik Kesihatan Greentown, Ipoh" [101.0901, 4.5975], waktu operasi 8.00 pg hingga 5.00 ptg.
    """),
    ("mixed", "templates_config_dev"): _lines("""
        <gpx creator="{{app_name}}"><trk><name>{{activity_title}}</name><trkseg>{% for p in points %}<trkpt lat="{{p.lat}}" lon="{{p.lon}}"/>{% endfor %}</trkseg></trk></gpx>
        geo: { default_crs: "EPSG:4326", geohash_precision: 6, round_decimals: 3, privacy_radius_m: 500 }  # 上线前请勿调小 privacy_radius
        SELECT geohash7, COUNT(*) AS trips FROM rides WHERE city='KL' AND dt='2024-07-01' GROUP BY geohash7 HAVING COUNT(*) >= 20; -- k-anonymity threshold
        PR #482: fix plus code decoder – codes with fewer than 8 chars before "+" (e.g. 7VP3+PQ) now require a reference location. 修复短码解析。
        送貨地址欄位 / Medan alamat: 收件人 [姓名] 電話 [________] 座標 [lat, lng] — contoh sahaja, jangan isi data sebenar.
        validation error: "coordinates" must be [lng, lat] but got [1.35403, 103.94502] at features[12] (坐标顺序错误)
        Order #SG-20240611-88421 | Pickup: Tampines Hub (6PH59W3W+J2) | Items: 2 | Total S$38.40 | Status: DELIVERED
        fixture: {"user_id": "<REDACTED>", "home_geohash": "<REDACTED>", "trip_count": 14, "city": "Singapore"}
        Commit 9f3c2e1a: bump turf.js to 6.5.0 and shapely to 2.0.4; 更新 GCJ-02 转换单元测试 (tolerance 1e-6).
        Release notes v3.2.0: KML export now writes <ExtendedData> as UTF-8, so Chinese and Jawi place names such as 吉隆坡 and كوالا لومڤور are preserved.
        The three-word codes in our demo data are made up: ///kopi.durian.hujan and ///茶杯.月亮.河流 resolve to nothing.
        Ticket GEO-3317: reverse geocoder returns "Jalan Ampang" for points inside the Petronas Twin Towers; expected "Suria KLCC". Severity: minor.
        plus code pattern: ^[23456789CFGHJMPQRVWX]{8}[+][23456789CFGHJMPQRVWX]{2,3}$  (檢查 Plus Code 格式，不驗證位置)
        CSV header: stop_id,stop_name,stop_lat,stop_lon,zone_id,wheelchair_boarding  (GTFS stops.txt, Rapid KL feed 2024-10)
    """),
    ("en", "public_notices"): _lines("""
        Road closure notice: Orchard Road between Paterson Road and Scotts Road closed 6 pm to 2 am on 31 Dec; diversion route KML attached.
        Community walk this Saturday 7.30 am, meet at Bishan-Ang Mo Kio Park Car Park C (6PH59R2X+8C). Bring water; the 5 km GPX is on the RC page.
        Lost & found: a black Garmin Forerunner was found at the MacRitchie Reservoir jetty on Sunday. The owner may claim it at the park office with proof of purchase.
        Tropical cyclone warning signal No. 8 issued at 21:40; storm centre near 21.7N 114.9E, about 120 km south-southeast of Hong Kong.
        Geocaching listing GC9XK2T "Merlion's Secret" – Traditional cache, difficulty 1.5, terrain 2; hint: look under the third bench facing the bay.
        Tender notice: provision of GIS data cleansing services for 24,000 address points (Ref: GIS-ETQ-24-000311), closing 14 Feb 2025, 4 pm.
        Press release: the parks agency adds 12 km to the Coast-to-Coast Trail; updated GeoJSON and KML layers are on its open data portal.
        Ride report (club page): 62 riders completed the Sunday loop, 84 km, avg 28.4 km/h; start and finish at HortPark (1.2791, 103.8003). Next ride 14 Jul.
        Fun fact: the wreck of Shackleton's Endurance was found in 2022 at about 68°44′S 52°19′W, some 3,000 m down in the Weddell Sea.
        The geographic centre of Singapore is often quoted as roughly 1.3521, 103.8198, which falls inside the Central Catchment Nature Reserve.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <gpx creator="Garmin Connect"><metadata><name>Morning Run</name><author><name>Tan Wei Ling</name><email id="weiling.tan88" domain="gmail.com"/></author></metadata><trk><trkseg><trkpt lat="1.35081" lon="103.84854"><time>2024-05-18T22:31:04Z</time></trkpt>
        <Placemark><name>Mdm Kavitha d/o Ramasamy – Blk 512 Tampines St 51 #08-233</name><description>Dialysis pickup Mon/Wed/Fri 6.15am, wheelchair, HP 9736 2184</description><Point><coordinates>103.9450,1.3540</coordinates></Point></Placemark>
        {"type":"Feature","properties":{"client":"Ong Ah Huat","age":81,"lives_alone":true,"notes":"early dementia, son in Perth, spare key with neighbour at #05-117"},"geometry":{"type":"Point","coordinates":[103.70903,1.34042]}}
        2024-06-11T23:58:02Z DEBUG locshare user=darren.koh91@outlook.com device=iPhone14 lat=1.43690 lon=103.78650 acc=8m batt=12% share_with=["mum","jolene"]
        Deliver to 6PH58QJV+F9, the white house with the red gate off Sixth Ave. Recipient: Priya Nair, +65 8245 7710. Leave it with the helper if nobody answers, she's at chemo on Tuesdays.
        match_debug viewer=uid_88213 target={"name":"Joanne Lim Shu Fen","age":29,"geohash":"w21zdsc4m","last_active":"2m","job":"pharmacist"} distance=0.4km
        Incident 24-0713: hiker Mohammed Faris bin Rosli (31) slipped at ///ledge.pebble.orbit on the summit trail, suspected ankle fracture, evacuated 16:42, NOK wife 9018 3362.
        IMG_4471.HEIC | GPSLatitude 1.304521 N | GPSLongitude 103.903117 E | Artist: Rachel Goh | UserComment: Ethan's first day of P1 at Tao Nan School!!
        tracker TK-0931 | plate SJK 4821 U | owner Lee Chong Meng | last_fix (1.33120,103.79340) | ignition off since 19:02 | parked at home
        Activity "Easy 5k before night shift at CGH ward 46" by Sharon Tay • Start 6PH5CQPP+QJ Woodlands • 5.02 km • 31:44 • 3 kudos
        Claim form – Place of accident (lat/long): 1.31642, 103.88219 | Insured: MR ABDUL RAHMAN BIN ISMAIL | NRIC: S7715620H | Vehicle: SLA 3307 Z | Injury: whiplash, 5 days MC
        POD,JNTSG240611553,2024-06-11 14:22,"Chua Bee Hoon","Blk 101 Jurong East St 13 #04-115 S600101",1.3332,103.7402,signed_by=daughter
        Family map alert: Arjun s/o Ganesan left "School" (Raffles Institution) at 15:47 and arrived "Home" (Blk 218 Bishan St 23) at 16:21.
        <wpt lat="1.29012" lon="103.80655"><name>Gran's place</name><desc>Mdm Wong Siew Lan, 2nd floor, knock loud (hard of hearing), door code 4471</desc></wpt>
        Complaint ref CT-88120: passenger Kenneth Yip says the driver took a detour; pickup geohash wecnvzpe7 (Mong Kok) 23:40, drop 7PJP95JQ+MF Sha Tin, fare HK$286, contact 9152 3846.
        Campsite permit | Applicant: CHAN Ka Yan | HKID K372915(A) | Site: Long Ke Wan 22.3751, 114.3719 | 12–13 Oct | party of 3
        Geo-IP fraud review: card 4539 9801 2347 7122 (cardholder GOH SIEW PENG) used at 22.3193,114.1694 four minutes after a swipe at 1.3540,103.9450 – impossible travel, call customer on 9123 4870
        Dorm geofence roster: F2296458P | Rahman Md Habibur | Room B3-07 | outside fence since 22:14, last fix w21xxun8e | supervisor informed, warning letter drafted
        Home-visit route (KML export), stop 3: Mr Sivakumar s/o Perumal, S9047316F, paraplegic since 2019 accident, pin 6PH58W33+R6, carer brother 9645 2207
        {"enlistee":"Bryan Lee Jun Hao","nric":"T0261549A","pickup_plus_code":"6PH59W3W+J2","report_date":"2025-03-04","medical":"PES C, asthma"}
    """),
    "zh-Hans": _lines("""
        2024-07-02 21:14:08 [track] uid=王建国 手机=13827456190 lat=22.53290 lng=113.93050 坐标系=GCJ02 场景=下班打卡 离家距离=1.2km
        {"type":"Feature","properties":{"收货人":"李婷","电话":"159-1034-7782","地址":"徐汇区漕溪北路 12 号楼 1703","备注":"孕妇，别敲门，到了打电话"},"geometry":{"type":"Point","coordinates":[121.4365,31.1880]}}
        <Placemark><name>低保户 张德明（110105197506234811）</name><description>独居，腿脚不便，每月 5 号上门送米面油</description><Point><coordinates>116.4436,39.9219</coordinates></Point></Placemark>
        外勤签到 | 姓名：陈晓燕 | 工号 A0317 | 签到位置 30.24310,120.14970 | 时间 08:57 | 备注：上午去妇幼保健院产检，下午补卡
        车辆轨迹导出：车牌 粤B·7K2Q9 车主 刘志强 电话 186 0213 5548 | 22:10 停留 南山科技园 (ws100tc) 5 小时 | 03:25 驶入 福田某酒店停车场
        @所有人 明天爬山集合点 8Q2264VX+6V（西湖边），我是领队周明，电话 13912876045，报名的把身份证号私发我买保险
        送件备注：收件人 赵丽娟 330106199901082623，西湖区文三路 88 号 3 单元 502，geohash wtmkn1d6f，白天家里只有老人，放门口会被拿走。
        行程导出：黄志伟 ｜ 身份证 510107200102273955 ｜ 途经 成都市武侯区 (30.6420,104.0430) 3月1日 → 重庆 3月3日 ｜ 发热门诊就诊 1 次
        【跑步记录】林雨萱 完成 10.02 km 夜跑，起点 wtw37me77（小区门口），平均配速 5'48"，下周还要去医院复查左膝半月板。
        出境领队名单：序号 3 ｜ 吴佳琪 ｜ 护照 EB4729183 ｜ 集合点 白云机场 T2 (113.3070, 23.3924) ｜ 紧急联系人 母亲 137 2290 4468
        业主投诉：5 栋 1602 业主孙立新（手机 13510877342）反映楼下装修电钻扰民，已在地图上标注 22.53310,113.93122，要求物业今晚处理。
        {"type":"Feature","properties":{"持卡人":"郑雅文","卡号":"6228 4800 3317 4522","消费地点":"上海徐汇","风控":"异地登录"},"geometry":{"type":"Point","coordinates":[121.4365,31.1880]}}
    """),
    "zh-Hant": _lines("""
        <Placemark><name>陳美玲的家</name><description>新北市板橋區，身分證 A226481535，長照個案，週二、四居服員到府</description><Point><coordinates>121.4672,25.0143</coordinates></Point></Placemark>
        外送訂單：顧客 林志豪 0928-617-354 | 送達 7QQ32HM7+HR（信義區公司 19 樓櫃台）| 備註：對花生嚴重過敏，請勿加醬
        山難通報：傷者 黃家豪（HKID Y608423(9)）於西貢麥理浩徑第二段 22.3817,114.3200 扭傷腳踝，已由直升機吊運，聯絡人太太 6318 2079
        定位手錶紀錄：學童 張語彤（台中某國小三年甲班）15:42 離開學校 24.1477,120.6736，16:05 到達補習班，電量 18%
        車隊群組：阿翔你的車 ABC-5678 今晚停在 wsqqk19 那邊巷子被拖吊了，車主登記是你老婆吳怡君吧？我先打 0953 112 806 給她
        看房紀錄：房客 鄭子軒（F127390689）預約 5/21 19:00 看房，位置 22.62730,120.30140 苓雅區，月薪 4.2 萬，有養一隻貓
        屯門街坊互助群（wecp3s5）：「我阿媽李玉珍有認知障礙，今朝十點喺屯門市中心走失，著紅色外套，見到請打 5427 9913」
        {"姓名":"許文彬","身分證字號":"H234015962","新址座標":[120.6736,24.1477],"異動原因":"離婚後遷出","附件":"戶籍謄本.pdf"}
        跨境司機打卡：何偉強 ｜ 回鄉證 H60382917 ｜ 皇崗口岸 22.5055,114.0720 出境 06:12 ｜ 車牌 粵Z·F127港 ｜ 上月兩次遲到扣款
    """),
    "ms": _lines("""
        <Placemark><name>Rumah Encik Hafiz bin Zulkifli</name><description>No. 14, Jalan SS2/24, Petaling Jaya. Pesakit strok, perlu kerusi roda. Tel 012-384 7261</description><Point><coordinates>101.6067,3.1073</coordinates></Point></Placemark>
        {"type":"Feature","properties":{"ketua_keluarga":"NORAZLINA BINTI ABD HAMID","no_kp":"950822-14-6088","isi_rumah":6,"bantuan":"BWI RM1000","status":"belum terima"},"geometry":{"type":"Point","coordinates":[102.2381,6.1254]}}
        [2024-09-02 23:17:40] trip=EH-A-7731 pemandu=Muthu a/l Krishnan plat=WXY 4821 lokasi=3.07384,101.51830 aduan: penumpang lapor pemandu mengantuk dan bawa laju
        Assalamualaikum semua, majlis tahlil arwah ayah saya di rumah, pin 6PM33GF9+G8 Seksyen 7 Shah Alam. Kalau sesat call saya Aisyah 017-562 9034
        Kepada Puan Lim Mei Ling (No. K/P 770102-01-5862), koordinat kediaman 1.49271,103.74138 Taman Pelangi JB: permohonan pinjaman perumahan RM420,000 anda telah diluluskan.
        Rekod geofence: SITI HAJAR BINTI MOHD NOOR | Jururawat Wad 5 | masuk 07:02 di 6PM35PC2+JC | keluar 15:40 | MC 2 hari mulai esok (demam denggi)
        Titik w0zqg195t (George Town): pelajar Tan Jia Hui, Tingkatan 4, SMK Convent Light Street, tidak hadir 5 hari, bapa kata ada masalah keluarga.
        Laporan polis: pengadu MOHD ARIFIN BIN JUMAT (860930-12-5219) melaporkan motosikal SAB 7721 A dicuri dari 5.98041,116.07346 pada 2.30 pagi.
        Penghantaran: Penerima Jessica anak Ngau, 019-773 1048, pin lokasi 6PHGH935+CP Kuching — "rumah panjang paling hujung, anjing garang, jangan masuk pagar"
        Borang kelab larian | Nama: Adam Haziq bin Roslan | K/P: 020317-07-0341 | Titik mula larian biasa: w0zqg19 | Kecemasan: ibu, 011-2384 5579
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful GIS assistant."),
        (
            "user",
            "Can you tidy this KML for my mum's care rota? <Placemark><name>Mum</name><description>Mdm Yeo Geok Hwa, Blk 36 Telok Blangah Rise #11-402, insulin 8am and 8pm</description><Point><coordinates>103.8123,1.2742</coordinates></Point></Placemark>",
        ),
        (
            "assistant",
            "Sure. I'll keep the point and split the description into ExtendedData fields: address, medication, schedule.",
        ),
        (
            "user",
            "Also add my brother as backup contact, Yeo Kok Leong 9862 4410, he lives nearby in Bukit Merah.",
        ),
    ],
    [
        ("user", "帮我把这个外卖订单的坐标从 WGS84 转成 GCJ-02：lat 31.18800, lng 121.43650"),
        (
            "assistant",
            "可以，转换后大约是 31.18602, 121.44092（以实际算法结果为准）。需要我一起处理订单里的其他字段吗？",
        ),
        (
            "user",
            "要的，收件人是我同事 何芳，手机 18621345590，地址写徐汇区宜山路 700 号 B 座 9 楼，她怀孕了别让骑手打电话太晚",
        ),
    ],
    [
        ("user", "Macam mana nak share lokasi rumah guna plus code dalam WhatsApp?"),
        (
            "assistant",
            "Buka Google Maps, tekan lama pada rumah anda, kemudian salin kod plus yang muncul dan tampal dalam WhatsApp.",
        ),
        (
            "user",
            "Ok dapat 6PM34J44+WM. Tolong tulis mesej jemputan kenduri untuk rumah saya, nama saya Nurul Ain binti Kamarudin, tel 013-908 2256",
        ),
        (
            "assistant",
            "Jemputan Kenduri: Dengan segala hormatnya dijemput ke majlis kami di 6PM34J44+WM, Petaling Jaya. Pertanyaan: Nurul Ain, 013-908 2256.",
        ),
    ],
    [
        ("user", "我個仔隻 GPS 手錶匯出咗呢段紀錄，點解 16:10 會跳去 22.3817,114.1887？"),
        ("assistant", "可能係室內訊號漂移，手錶用咗基站定位，誤差可以有幾百米。"),
        (
            "user",
            "佢叫陳浩然，讀沙田某小學四年級，平時 16:00 放學應該直接返屋企，最近成績差咗好多，我驚佢走咗去網吧",
        ),
    ],
    [
        (
            "user",
            "Why does my Strava export show the exact start point even though I set a privacy zone?",
        ),
        (
            "assistant",
            "Privacy zones hide the map on the website, but the original GPX you export still has every trackpoint.",
        ),
        (
            "user",
            'Ugh. Here is the metadata: <author><name>Melissa Ho</name><email id="mel.ho.runs" domain="yahoo.com.sg"/></author> and the first point is lat="1.3312" lon="103.7934" which is literally my condo gate',
        ),
    ],
    [
        (
            "user",
            "boss suruh aku compile list customer ikut geohash for delivery route, format camne ok?",
        ),
        (
            "assistant",
            "Boleh guna CSV: geohash7, nama, telefon, nota. Sort ikut geohash supaya kawasan berdekatan berkumpul.",
        ),
        (
            "user",
            "w283h0z, Chong Mei Kuan 张美娟, 016-331 8720, 'rumah teres corner, ada baby tidur jangan tekan loceng' / w283fwb, Ravi a/l Subramaniam, 012-661 0934, pejabat tingkat 23",
        ),
    ],
    [
        ("system", "You help insurance staff prepare accident reports from telematics data."),
        (
            "user",
            "Telematics says hard braking at 1.3404,103.7090 at 07:52, speed dropped from 74 to 12 km/h.",
        ),
        (
            "assistant",
            "That suggests an emergency stop near Jurong West. Do you want a summary paragraph for the claim?",
        ),
        (
            "user",
            "Yes. Driver is Mr Kelvin Ng Jun Wei, NRIC S8834172D, policy MTR-2024-551873, he says a cyclist cut in. He was treated at Ng Teng Fong for a cut on the forehead.",
        ),
    ],
    [
        ("user", "我们户外群下周走武功山，GPX 我已经导出了，怎么给队员的保险名单排版？"),
        ("assistant", "建议用表格：序号、姓名、身份证号、紧急联系人电话，GPX 单独作为附件发。"),
        (
            "user",
            "好，第一个是我自己：杜海峰 44030519880412273X，紧急联系人 老婆 13682019476；第二个 钱晓敏 420106199403112262，她有哮喘要带药",
        ),
    ],
    [
        (
            "user",
            "Saya pemandu e-hailing. Penumpang tertinggal beg kat kereta, pickup tadi di 6PJ3XQVP+6X Kajang.",
        ),
        (
            "assistant",
            "Sebaiknya hubungi penumpang melalui aplikasi atau serahkan beg kepada pejabat syarikat e-hailing.",
        ),
        (
            "user",
            "Dalam beg ada kad pengenalan nama Farah Hanim binti Yusof, 910405-10-5634, dan slip gaji. Nombor telefon dia dalam app 014-227 8391, boleh saya terus WhatsApp dia?",
        ),
    ],
    [
        (
            "user",
            "剛買了一間房子，地政事務所給的是 TWD97 座標 X=297,180 Y=2,767,041，可以幫我轉成 Google 地圖能用的經緯度嗎？",
        ),
        ("assistant", "大約是 25.0143, 121.4672，在新北市板橋區一帶。實際請以內政部轉換工具為準。"),
        (
            "user",
            "謝謝！權狀上寫所有權人 蔡承恩，身分證 B118462703，我要把這個點位跟房貸資料一起傳給玉山的專員，房貸是 980 萬",
        ),
    ],
]
