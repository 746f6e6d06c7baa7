# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade123: personal data in point-of-interest and map-review artefacts (Google Maps review exports, check-in logs, geotagged photo captions, saved-places JSON, ride pickup notes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade123
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "maps_review_export"): _lines("""
        {"place":"Tiong Bahru Market & Food Centre","place_id":"ChIJ7V0vZbwZ2jERq1f0pQ8eXkM","rating":4,"text":"Lor mee stall #02-11 sells out by 11am, go early.","lang":"en"}
        review_export_2026-11.csv: place_name,address,rating,review_text,owner_reply,published_at - 4,812 rows, reviewer columns dropped per retention policy v3.2
        Owner response from Ya Kun Kaya Toast (Far East Square outlet): Thank you for the feedback on the soft-boiled eggs, we have recalibrated the timer to 6 min 30 s.
        5 stars. Uncle Tetsu's Cheesecake in Causeway Bay still bakes a fresh batch every 20 minutes; queue at 3pm was about 15 people, HK$ 75 for the original.
        Visited the Sun Yat Sen Nanyang Memorial Hall, 12 Tai Gin Road, Singapore 327874. The 1905 photo gallery upstairs is excellent, allow 90 minutes.
        Rating 2/5 for Mr Bean at Bugis Junction #01-52: soya milk was lukewarm and the card terminal was down, cash only that afternoon.
        Google Maps marked Kam's Roast Goose (226 Hennessy Road, Wan Chai) as "Permanently closed" by mistake; it is open daily 10:30-21:30, shop line +852 2520 3811.
        "PULAU TIKUS MARKET","Jalan Pasar, 10350 George Town, Penang",4.3,1987,"hawker stalls open 6am-1pm, closed every second Monday"
        Local Guide tip: at Changi Airport T3 the free Sunflower Garden is on Level 3 airside, follow signs past gate A. Open 24 hours, best light around 17:30.
        Review removed under policy 4.2 "conflict of interest" (text was posted from the business's own account). Removed 2026-10-03 14:22 SGT, case MR-2026-0041877.
        Din Tai Fung Paragon: xiao long bao still S$ 11.30 for 6 pcs, wait time 35 min on Saturday 12:40, queue ticket via QR code at the door.
        Owner reply - Lau Pa Sat management: Satay Street closes to traffic from 7pm, please enter via Boon Tat Street. Enquiries: enquiry@laupasat.example.sg, +65 6220 2138.
        'Ah Ma Yong Tau Foo' at Serangoon Garden Market stall #01-23: S$ 6.50 for 8 pieces, fish paste made in-house, closed Mondays, 4.6 stars from 1,142 reviews.
    """),
    ("zh-Hans", "签到日志"): _lines("""
        2026-11-14T08:02:17+08:00 INFO checkin.aggregate poi_id=B0FFG3K2L7 name=上海外滩观景平台 checkins_1h=1382 unique_devices_est=1210 source=hll
        [WARN] 2026-11-14 09:15:03 poi_merge: 候选重复 POI "南京路步行街第一食品商店" (B00155L3Q2) 与 (B0H2KX91PA) 距离 18m，相似度 0.93，已进入人工审核队列 #Q-88120
        签到活动配置 v2.7.1：城市=广州，区域=北京路文化旅游区，奖励=满 30 次签到兑换城市书房徽章，开始 2026-12-01 00:00，结束 2026-12-31 23:59
        2026-11-15 12:00:00 cron checkin_rollup 完成：深圳市 POI 462,118 个，签到 3,904,551 条，去重后写入 dws_poi_checkin_d，耗时 412s
        ERROR checkin_api 502 Bad Gateway upstream=geo-svc-07 path=/v3/poi/nearby?lat=39.9163&lng=116.3972&radius=300 trace=9f2c1e7a4b
        故宫博物院（北京市东城区景山前街4号）今日签到热度 TOP1，开放时间 8:30-17:00，周一闭馆，须提前在官方小程序实名预约。
        签到日志字段说明：ts(毫秒时间戳)、poi_id、city_code(如 440300)、channel(app/mini/h5)；device_hash 字段已于 2026-07 起停止采集。
        [INFO] 2026-11-16 18:44:09 热力图切片生成 z=15 x=27339 y=14245 城市=杭州 西湖景区 签到密度 0.82，缓存 TTL 600s
        景点打卡：武汉黄鹤楼公园（蛇山西山坡特1号）晚间灯光秀 19:30 开场，当日签到 8,612 次，门票 70 元，学生半价。
        checkin_sdk 4.12.0 发布说明：修复 iOS 17 下定位权限弹窗重复出现；新增 POI 类别 "城市书房"、"口袋公园"；最低支持 Android 8.0。
        商户认领审核通过：老干妈专卖店（贵阳市南明区）统一社会信用代码 91520100MA6DL3R82K，认领后可回复点评与修改营业时间。
        打卡点位 JSON：{"poi":"鲁迅故居","addr":"上海市虹口区山阴路132弄9号","lat":31.2713,"lng":121.4867,"tag":["名人故居","免费"]}
        2026-11-17 07:30:00 WARN 签到异常：同一 POI（成都大熊猫繁育研究基地）1 分钟内签到 4,210 次，疑似刷量，已触发风控规则 R-17 并限流。
    """),
    ("zh-Hant", "地理標記相片說明"): _lines("""
        📍 香港太平山頂 凌霄閣摩天台 (22.2711, 114.1497) 2026-11-02 17:48 HKT，日落前十分鐘，ISO 200，f/8，1/250s。
        澳門 林則徐紀念館（蓮峰廟旁）館內展出 1839 年巡閱澳門的史料，相片拍攝於 2026-10-19，GPS 22.2067, 113.5437。
        台北 國父紀念館 孫中山銅像前衛兵交接，每整點一次，拍攝地點：台北市信義區仁愛路四段505號，EXIF：Canon EOS R6、24-105mm。
        高雄 駁二藝術特區 大勇倉庫外牆壁畫，取材自繪本作家幾米《向左走·向右走》，拍攝時間 2026/09/28 15:02，座標 22.6197, 120.2817。
        相片說明：九份 阿妹茶樓（新北市瑞芳區市下巷20號）夜景，燈籠全亮約 18:10；常被說是《神隱少女》場景原型，但官方未證實。
        IMG_4821.HEIC｜香港 旺角 金魚街（通菜街）｜GPS 22.3190 N, 114.1705 E｜高度 12m｜2026-08-14 11:26:09 +08:00
        澳門 大三巴牌坊（聖保祿教堂遺址）晨拍，遊客尚少；附近 瑪嘉烈蛋撻店 08:30 開門，門市電話 +853 2871 0032。
        台南 林百貨（台南市中西區忠義路二段63號）頂樓神社遺跡，1932 年開幕，由日治時期商人林方一創辦，相片授權 CC BY-SA 4.0。
        花蓮 太魯閣 燕子口步道 於 2026-07-03 拍攝時已重開至 靳珩橋；出發前請查閱太魯閣國家公園管理處公告 (03-862-1100)。
        香港 西九文化區 M+ 博物館 草間彌生展海報前，地理標記 22.3034, 114.1596，相片僅供非商業用途，轉載請註明出處。
        Flickr 相簿「港島電車」第 37 張：德輔道中 電車 120 號（現存唯一第二代車身），拍攝於 2026-05-06 10:14，座標 22.2834, 114.1561。
        澳門 東望洋燈塔（1865 年建成，中國沿海第一座現代燈塔）相片 EXIF 已移除，僅保留城市「澳門」與日期 2026-12-01。
        台中 宮原眼科 冰淇淋店（原為日治時期宮原武熊開設之眼科診所）假日排隊約 40 分鐘，拍攝座標 24.1378, 120.6835。
    """),
    ("ms", "tempat_disimpan_json"): _lines("""
        {"senarai":"Tempat Makan Penang","item":[{"nama":"Nasi Kandar Line Clear","alamat":"177 Jalan Penang, 10000 George Town","nota":"buka 24 jam"}]}
        {"label":"Rumah P. Ramlee","koordinat":[5.4239,100.3131],"alamat":"Jalan P. Ramlee, 10460 George Town, Pulau Pinang","nota":"masuk percuma, tutup Isnin"}
        {"senarai":"Masjid Bersejarah","item":["Masjid Kampung Hulu, Melaka (1728)","Masjid Ubudiah, Kuala Kangsar","Masjid Zahir, Alor Setar"],"kongsi":"awam"}
        Eksport Tempat Disimpan 2026-11-20: 42 item, format GeoJSON, fail "Saved Places.json" 18.4 KB, medan: title, address, country_code, date_added.
        {"type":"Feature","geometry":{"type":"Point","coordinates":[101.7038,3.1528]},"properties":{"Title":"Menara Kuala Lumpur","Note":"dek pemerhati tutup 22:00"}}
        {"nama":"Restoran Kak Som Nasi Kerabu","alamat":"Lot 1123, Jalan Sultan Yahya Petra, 15200 Kota Bharu","telefon_kedai":"09-744 2318","nota":"kerabu biru RM 9"}
        {"label":"Stadium Merdeka","nota":"di sinilah Tunku Abdul Rahman melaungkan Merdeka pada 31 Ogos 1957","alamat":"Jalan Stadium, 50150 Kuala Lumpur"}
        Tempat disimpan: "Klinik Kesihatan Jinjang" (Jalan Jinjang Utara, 52000 KL) - waktu operasi 8:00-17:00, talian klinik 03-6257 0820, parkir terhad.
        {"senarai":"Cuti Sekolah 2026","pemilik":"Tourism Malaysia (akaun rasmi)","item_count":17,"dikemas_kini":"2026-12-02T10:11:45+08:00"}
        {"label":"Popular Bookstore Mid Valley","alamat":"Lot S-003, Mid Valley Megamall, Lingkaran Syed Putra, 59200 KL","nota":"buku rujukan SPM di tingkat 2"}
        {"nama":"Jeti Kuala Perlis","koordinat":"6.3997,100.1284","nota":"feri ke Langkawi setiap jam 07:00-19:00, tambang RM 18 dewasa"}
        {"label":"KLCC","nota_b64":"UGludHUgbWFzdWsgdXRhbWEgS0xDQywgbG9iaSBTdXJpYSwgSmFsYW4gQW1wYW5n","kategori":"pusat beli-belah"}
        {"label":"Uncle Don's Kota Damansara","kategori":"restoran","rating_purata":4.1,"jumlah_ulasan":2318,"plus_code":"6PM5+4R Petaling Jaya"}
    """),
    ("mixed", "ride_pickup_notes"): _lines("""
        Grab pickup point: Changi Airport T1 Arrival, Door 2, taxi stand lane B; 乘客请在 2 号门等候，司机不得在车道停留超过 2 分钟。
        Titik ambil Grab untuk Pavilion KL: Pintu Masuk Jalan Raja Chulan (Level 1, sebelah Tangs). Drivers please do not stop at the Bukit Bintang main entrance.
        滴滴 / 高德打车 上车点：上海虹桥站 P9 停车场网约车专区，B1 层，follow the green signs; lost items counter at Exit 1, open 06:00-23:30.
        Pickup note (driver app system template): "Passenger at Gate 3, Sunway Pyramid, near the Sunway Lagoon taxi bay. Jangan masuk lorong bas." ETA 4 min.
        港鐵 東涌站 B 出口 的士站 is the designated Uber pickup; 車輛請勿停泊於 富東街 巴士站, fixed penalty HK$ 320 applies.
        GoJek pick-up point rule v1.4: polygon id SG-JEWEL-07 (Jewel Changi, L1 Pick-Up Point 1), snap radius 35 m, 接载区限时 5 分钟。
        Pickup zone config: {"venue":"KLIA2","zone":"Level 2 Pick-up Bay","lat":2.7447,"lng":101.6854,"note":"e-hailing sahaja, bukan teksi"}
        澳門 新葡京 Taxi/Uber 上落客區：葡京路 入口 (Avenida de Lisboa)，21:00 後排隊較長；hotel concierge +853 2828 3888.
        台北101 多元計程車 上車點：信義路五段 7 號 B1 排班區 (near the Din Tai Fung entrance)，司機請開啟「等候中」燈號。
        Titik jemput e-hailing baharu di Stesen LRT Masjid Jamek (Pintu A, Jalan Tun Perak) berkuat kuasa 1 Dis 2026; pickups outside Pintu B will be cancelled.
        Ride FAQ: Why did my pickup pin move to "Bugis Junction, Victoria St Gantry"? 系统会自动吸附到 50 m 内最近的合法上车点 (legal pickup point).
        venue_pickup_hint_b64=R2FyZGVucyBieSB0aGUgQmF5LCAxOCBNYXJpbmEgR2FyZGVucyBEciwgZHJvcC1vZmYgYXQgQmF5ZnJvbnQgUGxhemE= (rendered in driver app as 上车提示)
        Grab driver broadcast (Penang): pickup di Lapangan Terbang Antarabangsa Pulau Pinang dipindah ke Zon C, Arrival Hall, mulai 10:00 pagi. Had laju 20 km/j.
    """),
    ("en", "poi_pipeline_config"): _lines("""
        MAPS_API_BASE=https://maps.example.com/v3; PLACES_FIELDS=name,formatted_address,rating,user_ratings_total; QUOTA_QPS=50; REGION=sg
        def strip_reviewer(row): return {k: v for k, v in row.items() if k not in ("author_name", "author_url", "profile_photo_url")}
        saved_places.schema.json: {"required": ["title", "location", "date_added"], "properties": {"location": {"type": "object"}}}
        # fixture only: place = Place(name="Raffles Hotel Singapore", address="1 Beach Road, Singapore 189673", phone="+65 6337 1886")
        exif_scrub: drop_tags: [GPSLatitude, GPSLongitude, GPSAltitude, BodySerialNumber, OwnerName, CameraOwnerName]; keep_tags: [DateTimeOriginal, Model]
        SELECT poi_id, COUNT(*) AS checkins FROM checkin_events WHERE city_code = '440300' AND ts >= '2026-11-01' GROUP BY poi_id ORDER BY checkins DESC LIMIT 100;
        pickup_notes: {max_len: 140, allow_emoji: true, redact: [phone, email, unit_no, nric], locale_fallback: en-SG, review_queue: ops-kul}
        curl -s "https://places.example.com/v1/search?q=Jalan+Alor+Kuala+Lumpur&type=restaurant&key=DEMO_KEY_123" | jq '.results[0].place_id'
        Release 3.8.2 (2026-11-28): fixed plus-code decoding for short codes like 7PJW+2Q near Marina Bay Sands; geohash precision raised from 7 to 8.
        Test vector: geohash("w21z74nz") -> (1.2834, 103.8607), expected POI "Merlion Park", distance tolerance 15 m, case id GEO-0192.
        kafka topic maps.reviews.v2 partitions=24 retention.ms=604800000 key=place_id value=avro(ReviewRedacted) schema_id=1187
        Dockerfile: FROM python:3.12-slim; RUN pip install shapely==2.0.6 pyproj==3.6.1 h3==4.1.0; ENV H3_RES=9 POI_CITY=KUL
        mock_review = {"place_id": "ChIJ-demo-0001", "rating": 5, "text": "Best kopi at Killiney Kopitiam, 67 Killiney Road", "author": "<redacted>"}
    """),
    ("zh-Hans", "商家详情页"): _lines("""
        商家信息：陈记肠粉（广州市荔湾区宝华路 85 号），营业时间 07:00-14:00，人均 ¥18，招牌鲜虾肠粉 ¥16，店铺电话 020-8188 3321。
        杭州 知味观（湖滨总店）地址：上城区仁和路 83 号，创始于 1913 年，推荐猫耳朵、小笼包，门店预订热线 0571-8706 5871。
        王老吉凉茶铺 · 深圳东门店：东门步行街 3 栋 1 楼，统一社会信用代码 91440300MA5G8K2X1T，支持美团、支付宝付款。
        重庆 洪崖洞 商户页：地址 渝中区嘉滨路 88 号，夜景最佳观赏点在 千厮门大桥 桥头，景区客服 023-6303 9995，免费开放。
        商家回复（官方账号 @海底捞火锅北京王府井店）：感谢您的点评，本店已增加儿童座椅 12 把，等位期间提供免费美甲服务，欢迎再次光临。
        POI 纠错结果：“张飞牛肉（阆中古城店）”已更名为“张飞牛肉旗舰店”，新地址 阆中市学道街 36 号，修改来源：商家认证 + 营业执照比对。
        西安 回民街 老孙家泡馍（始于 1898 年）菜单：优质牛肉泡馍 ¥38、羊肉泡馍 ¥45、糖蒜 ¥3；高峰 11:30-13:00 需排队。
        商家资质公示：许昌 胖东来 时代广场店，食品经营许可证 JY14110020012345，有效期至 2028-06-30，发证机关 许昌市市场监督管理局。
        评分分布（近 90 天）：5 星 1,204 / 4 星 318 / 3 星 96 / 2 星 41 / 1 星 57；平均 4.52；商户：南京 李记清真馆（中华路）。
        门店公告：厦门 鼓浪屿 赵小姐的店 暂停营业至 2026-12-20 装修，网店与客服热线 400-812-6637 照常服务。
        上海 武康路 巴金故居（徐汇区武康路113号）开放时间 10:00-16:00，周一闭馆，需在公众号提前一天预约，免费参观。
        深圳 华强北 赛格电子市场 商户页：4 楼 4A021 档口 主营 STM32 开发板，开票需提供企业税号，档口电话 0755-8321 7760。
        大众点评 商户榜单：2026 成都必吃榜 入选 42 家，包括 钟水饺（春熙路总店）、龙抄手、夫妻肺片；榜单数据截止 2026-11-30。
    """),
    ("ms", "sembang_kumpulan_staf"): _lines("""
        [09:12] Admin Ops: Geng, 38 ulasan baru untuk cawangan Jalan Alor masuk malam tadi, 5 dari akaun baharu - tolong semak ikut SOP spam v2.
        [09:15] Shift pagi: Noted. Gambar menu lama masih keluar di Google Maps, saya dah upload yang baru (harga teh tarik RM 2.80).
        Peringatan pasukan: jangan balas ulasan 1 bintang dengan maklumat pelanggan. Guna templat B: "Terima kasih, sila hubungi talian kami 03-2145 6620."
        [13:40] Dapur: Stok roti canai habis jam 1 petang, tolong tukar status Google Business kepada "Stok terhad" sampai 5 petang.
        Laporan minggu 47: purata rating cawangan Bangsar naik dari 4.2 ke 4.4, 126 ulasan, masa balas purata 6 jam. Sasaran minggu depan 4 jam.
        [16:02] Supervisor: Titik jemput GrabFood kita dalam peta masih di Jalan Telawi 2; tolong hantar pembetulan ke Lorong Maarof, pintu belakang.
        Makluman: WhatsApp Business cawangan (+60 12-309 8814) akan diurus oleh kaunter utama mulai 1 Januari; jangan guna telefon peribadi untuk pelanggan.
        [20:31] Kaunter: Ada pelanggan tanya tentang kopi "Pak Belalang" dalam menu - itu nama resipi ikut cerita rakyat. Tolong tambah nota dalam menu dalam talian.
        Kemas kini jadual: Isnin tutup untuk gotong-royong; Selasa buka 7:00 pagi. Waktu operasi baharu dah dimasukkan dalam Profil Perniagaan Google.
        [10:05] Admin Ops: Foto geotag dalam ulasan semalam tunjuk lokasi kedai sebelah (Kedai Dobi Layan Diri); saya dah flag sebagai "bukan tempat ini".
        No. SSM syarikat 201901023456 (1331234-T) dah dikemas kini dalam profil; invois e-hailing bulan November akan keluar dengan nombor baharu.
        [18:47] Shift petang: Siling atas meja 7 bocor, penyelenggaraan dijadual esok 10 pagi. Tolong tutup tempahan meja luar dalam sistem sampai Khamis.
        Tip: ulasan yang sebut "Haji Samuri" merujuk kepada jenama Sate Kajang Haji Samuri di gerai sebelah, bukan staf kita - tak perlu eskalasi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"place":"Home","address":"Blk 412 Bedok North Ave 2, #09-214, Singapore 460412","lat":1.3301,"lng":103.9284,"note":"Mum's flat, gate code 2093"}
        Review by Marcus Teo Jun Hao (Local Guide, 214 reviews): "Came here straight after my chemo session at NCCS, staff let me rest in the corner. 5 stars."
        Grab pickup note: "Pls call 9438 2716 when reach, I'm the lady with crutches at the lift lobby B"
        2026-10-04 19:22:51,Jurong Point,checkin,user=priya.nair88@gmail.com,device=iPhone 14,lat=1.3397,lng=103.7066
        IMG_2207.jpg - Kelvin Ong and his new girlfriend at Marina Bay, don't show his wife Michelle lol (GPS 1.2838, 103.8591)
        Owner reply: "Mr Rajesh Kumar s/o Ganesan, your unpaid tab of S$ 1,280 since August is still outstanding, please settle before we take legal action."
        pickup_note_b64: QWggQm9vbiA5MDUxIDMzODIgQmxrIDQxMiBCZWRvaw==
        Saved list "Dad's dialysis" - Fresenius Kidney Care Jurong East, Mon/Wed/Fri 07:00; dad = Lim Chee Keong, NRIC S7719046E, needs wheelchair
        {"ride_id":"A-7731902","passenger":"Nurul Huda bte Rahmat","phone":"+65 8762 1193","pickup":"11 Tampines St 92, #04-07","dropoff":"KK Women's and Children's Hospital","note":"32 weeks pregnant, drive gently"}
        Check-in log 2026-11-03 23:48: user "jasontan_sg" (Jason Tan Boon Kiat) checked in at Marina Bay Sands Casino for the 5th night this week; family exclusion order applied for.
    """),
    "zh-Hans": _lines("""
        签到记录：2026-11-05 08:14 王建国（身份证 440306198703124521）在 深圳市人民医院 精神科门诊 签到，复诊第 6 次。
        打车备注：到小区北门给我打电话 139 2847 6610，我在 7 栋楼下，姓刘，带个行李箱。
        点评：我老公赵志强欠了这家店老板三万块赌债，天天来店里闹，大家别来了，这家人不靠谱。
        收藏夹 JSON：{"名称":"家","地址":"上海市徐汇区漕溪北路 595 弄 12 号 1503 室","备注":"门禁 0315#"}
        照片说明：陈婷婷 怀孕 5 个月，产检后在 杭州西湖断桥 留影，定位 30.2589, 120.1512，仅家人可见。
        网约车备注（base64）：57uZ6buE5Li95aif55WZ55qE6Zeo56aB56CBNDcxNiM=
        10021,周敏,18610573392,北京市朝阳区望京西园三区311号楼2单元,每周二 协和医院 肿瘤科
        阿明 上周在 广州白云机场 被警察带走了，听说涉嫌诈骗，他常去的那家茶餐厅老板都在传。
        2026-11-09T21:03:44 checkin uid=88120417 phone=158****3021 poi=北京协和医院急诊 note="孙女士 胸痛"
        评价回复：李女士您好，您上次落在店里的病历本（姓名 李秀英，2 型糖尿病）已保管在前台，请凭身份证领取。
    """),
    "zh-Hant": _lines("""
        相片說明：陳太同佢個仔喺 黃大仙祠 求籤，佢話個仔考 DSE 之前啲情緒病好返啲喇，GPS 22.3424, 114.1935。
        Uber 上車備註：我係 何嘉欣，HKID Y604127(0)，輪椅使用者，喺 沙田 禾輋邨 豐和樓 地下等。
        收藏地點：{"標題":"阿爸屋企","地址":"香港九龍 觀塘 秀茂坪邨 寶明樓 2315 室","電話":"9137 2846"}
        打卡紀錄：2026/10/12 14:20 林志豪（身分證 F127395068）在 台大醫院 泌尿科 打卡，附註「第二次檢查」。
        Google 評論：黃美玲小姐 0928-517-406 欠我們民宿兩晚房費 NT$ 6,400 未付，有看到她請通知。
        叫車備註 b64=6Zmz5aSqIDA5MTItMzg0LTE3NiDohp3ok4vkuI3lpb3vvIzoq4vlgZzov5HkuIDpu54=
        的士預約：梁先生 6628 4517，由 氹仔 海洋花園 第 3 座 18 樓 C 去 仁伯爵綜合醫院 洗腎，逢一三五。
        2026-09-30,"鼎泰豐 信義店",1,"吳俊傑跟我離婚後還帶小三來這家吃飯，店員還幫他們訂位",reviewer_id=ChdDSUhNMG9n
        地理標記相片：IMG_0931.JPG 拍攝者 張雅婷 (yating.chang1996@gmail.com)，地點 新北市板橋區文化路一段 188 巷 12 號 4 樓（我家陽台）
        阿強 喺 旺角 信和中心 嗰間舖欠咗大耳窿十幾萬，而家成日唔敢返屋企，佢老婆帶住個女返咗娘家。
    """),
    "ms": _lines("""
        Nota pikap Grab: Tolong tunggu depan rumah No. 27, Jalan SS 15/4C, Subang Jaya, cari Puan Rohaya, telefon 012-784 3309.
        Ulasan: Saya Mohd Faizal bin Ismail, MyKad 880412-10-5523, nak tuntut bayaran balik RM 450 dari bengkel ni sebab kereta saya WXY 4821 rosak lagi.
        Tempat disimpan: "Rumah Mak" - Kampung Parit Raja, Lot 442, 86400 Batu Pahat, Johor (mak Siti Aminah, sakit buah pinggang)
        Log daftar masuk: 2026-11-11 07:55 Klinik Kesihatan Seksyen 7 Shah Alam, pengguna nur.aisyah.k@yahoo.com, tujuan: pemeriksaan kandungan 28 minggu
        Kapsyen foto: Abang Zul baru keluar lokap semalam, kami makan nasi lemak kat Kampung Baru untuk raikan. #geotag 3.1646,101.7053
        Ulasan 1 bintang: Pengurus kedai ni, Encik Hafiz Roslan, dah 3 bulan tak bayar gaji pekerja. Gaji saya RM 1,800 masih tertunggak.
        {"label":"Pejabat Ayah","nota":"Ayah (Razak bin Osman) kerja syif malam di Westports, akaun Maybank 164022318876 untuk duit belanja"}
        Nota penumpang: Saya pekak, sila mesej sahaja ke 019-552 8170, jangan telefon. Ambil di Pangsapuri Seri Kenari Blok C-12-3, Cheras.
        {"label":"Kak Long","nota_b64":"S2FrIExvbmcgWmFsZWhhIDAxMy02NjEgNDA5MiBydW1haCBUYW1hbiBNZWxhd2F0aQ=="}
        552,Tan Mei Ling,920615-08-6634,"12 Jalan Bunga Raya 3, Taman Ipoh Jaya, 31350 Ipoh",4.6170,101.1412
    """),
    "mixed": _lines("""
        Grab note: 到了 call 我 8216 4409, 我在 Blk 231 Yishun Ring Rd 楼下, my name is Ah Huat, 有 two luggage.
        Saved place "老婆娘家" -> Jalan Kuching, Taman Wahyu, 68100 KL; 岳母 Madam Wong Siew Lan 中风后行动不便，请开到门口。
        https://www.google.com/maps/place/Blk+88+Tanglin+Halt+Rd+%2306-12,+Singapore+142088/@1.2995,103.7992,17z label=Uncle+Robert+Chua+home
        Owner reply: Dear 陈美珍 (+60 16-288 5137), 你的 deposit RM 500 for the birthday party 已经 refund 到 Public Bank a/c 3184509726, please check.
        Check-in: Deepa Ramasamy @ Hospital Pulau Pinang, Wad 5B 妇产科, "baby girl born 3.1kg!!" 2026-11-19 04:12, with Suresh
        Photo caption 地理標記: 陳大文 at 澳門 威尼斯人 賭場, lost MOP 80,000 tonight, 老婆仲未知 (22.1475, 113.5630)
        pickup_note: "Jemput saya Siew Mei di Sunway Medical Centre, 出院, 刚做完 surgery, 慢慢开 please, hp 011-2387 6654"
        2026-08-02,Toa Payoh Lor 8 Hawker,5,"老板 Uncle Seng 的儿子 Wei Jie 吸毒被抓，所以现在老板娘一个人顾摊",author=Karen L.
        {"saved":"宿舍","addr":"No. 8, Jalan 2/27B, Wangsa Maju, 53300 KL","worker":"Tran Van Hung","passport":"C4827163","permit":"PLKS exp 2027-03"}
        Ride log 2026-10-21 02:17 SGT pax FIN G5127734T (Li Na, 中国籍), Geylang Lor 18 -> Changi T4, 备注: 她说要躲开前夫，请勿透露行程
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help users write fair, policy-compliant Google Maps reviews for businesses in Singapore.",
        ),
        (
            "user",
            "Can you polish this? 'I'm Shirley Koh, been coming to this physio clinic at Tampines Hub since my slipped disc in March. Therapist was rough today and my back is worse. 2 stars.'",
        ),
        (
            "assistant",
            "Sure. Here is a tidier version that keeps your experience but leaves out your name and the medical detail: 'I've been a regular here for several months. Today's session felt rushed and rougher than usual, and I left in more discomfort than I arrived with. Hoping the clinic reviews its handover between therapists. 2 stars.'",
        ),
        ("user", "Thanks, keep the slipped disc part though, it explains why it matters."),
        (
            "assistant",
            "Understood: 'I've been coming here for a slipped disc since March. Today's session felt rushed and rougher than usual, and my back is worse afterwards. 2 stars.' You may still want to post without your full name shown on your profile.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条滴滴的上车备注，我在 成都市武侯区 玉林南路 12 号 玉林小区 3 栋 2 单元 楼下，电话 135 5087 2291，我妈刘桂芳腿脚不好要扶一下。",
        ),
        (
            "assistant",
            "可以这样写：『师傅您好，上车点在玉林小区 3 栋 2 单元楼下，乘车的是我妈妈刘阿姨，腿脚不便，麻烦停近一点并扶一下，到了请打 135 5087 2291。』",
        ),
        ("user", "再短一点，字数限制 50 字。"),
        ("assistant", "『玉林小区3栋2单元楼下，老人腿脚不便请停近扶一下，到了打135 5087 2291』"),
    ],
    [
        ("system", "你是一個協助香港用戶整理 Google 地圖評論的助手，請用繁體中文回覆。"),
        (
            "user",
            "我想投訴 觀塘 APM 附近一間牙科診所，佢哋將我嘅病歷寄錯去另一個人度。我叫 鄧詠詩，HKID K382915(4)，電話 6172 3049，點寫評論好？",
        ),
        (
            "assistant",
            "建議評論只寫事件，不要公開你的身份證號碼和電話：『診所把本人的病歷誤寄給其他病人，事後只口頭道歉，未有書面交代。希望診所檢討私隱處理流程。』身份證號碼和聯絡方法可以私下交給私隱專員公署作正式投訴。",
        ),
        ("user", "好，咁投訴私隱專員公署要準備咩？"),
        (
            "assistant",
            "準備事件日期、診所名稱及地址、被寄錯的文件副本或相片、與診所的往來紀錄，以及你的身份證明文件副本，然後可經公署網站或親身遞交投訴表格。",
        ),
    ],
    [
        (
            "user",
            "Tolong tukar senarai tempat disimpan saya kepada format jadual: 1) Rumah Atuk - No. 15, Kampung Sungai Tiram, 81800 Ulu Tiram, Johor; 2) Sekolah Aiman (anak saya, darjah 3) - SK Taman Rinting; 3) Klinik Dr Siva - Masai.",
        ),
        (
            "assistant",
            "Baik. | Label | Alamat / Lokasi | | Rumah Atuk | No. 15, Kampung Sungai Tiram, 81800 Ulu Tiram, Johor | | Sekolah Aiman (darjah 3) | SK Taman Rinting | | Klinik Dr Siva | Masai | Nak saya tambah koordinat juga?",
        ),
        ("user", "Ya, dan tandakan rumah atuk sebagai 'Rumah'."),
        (
            "assistant",
            "Saya tak dapat mencari koordinat tepat untuk alamat rumah persendirian, tetapi anda boleh tekan lama pada pin di Google Maps untuk salin koordinat. Label 'Rumah Atuk' sudah ditukar kepada kategori 'Rumah'.",
        ),
    ],
    [
        (
            "system",
            "You are a support bot for a Singapore ride-hailing driver app. Answer in the driver's language.",
        ),
        (
            "user",
            "Eh the pickup note show this weird text leh: UGlja3VwIE1hZGFtIEdvaCBMYXkgSG9vbiwgOTYyNSAxMTg3LCBCbGsgNTYgTWFyaW5lIFRlcnJhY2UgIzEwLTMzLCB1c2VzIHdhbGtpbmcgc3RpY2s= what is it?",
        ),
        (
            "assistant",
            "That is base64 text. Decoded it reads: 'Pickup Madam Goh Lay Hoon, 9625 1187, Blk 56 Marine Terrace #10-33, uses walking stick'. The rider's app probably sent the note in the wrong encoding; please report it so we can fix it.",
        ),
        ("user", "ok can, 我直接打给她可以吗?"),
        (
            "assistant",
            "请用 app 内的通话按钮联系乘客，不要用自己的手机直接拨打，这样号码会被保护。到了 Blk 56 请停在楼下车道，乘客行动不便，请耐心等候。",
        ),
    ],
    [
        (
            "system",
            "Rider profile for context: name=Arjun Menon, mobile=+65 9172 5830, home=Blk 302 Clementi Ave 4 #12-118, saved_work=Fusionopolis, notes=frequent late-night rides to SGH A&E (asthma).",
        ),
        ("user", "Why does my pickup pin keep jumping to the wrong side of the block?"),
        (
            "assistant",
            "Your saved home pin sits on the Clementi Ave 4 side of Blk 302, but the nearest legal pickup point is at the multi-storey car park driveway, so the app snaps to it. You can drag the pin to the void deck and save it as your home pickup spot.",
        ),
        ("user", "Ok, and can you stop showing the hospital in my suggested places?"),
        (
            "assistant",
            "Yes. Go to Account > Privacy > Suggested places and remove Singapore General Hospital, or turn off suggestions based on ride history entirely.",
        ),
    ],
    [
        (
            "user",
            "幫我把這張打卡照的說明改得比較不會暴露個資：『我 蔡佩君 (身分證 B205188745) 跟男友在 台中 勤美誠品 前，今天剛從 中國醫藥大學附設醫院 做完人工流產出來，心情很差』",
        ),
        (
            "assistant",
            "建議改成：『今天在台中勤美誠品走走，心情有點低落，想靜一靜。』已刪除姓名、身分證字號、醫院名稱和醫療內容，也建議關閉照片的地理標記。",
        ),
        ("user", "地點可以留著嗎？"),
        (
            "assistant",
            "可以保留「台中勤美誠品」這類公共地點，但不要附上精確座標或時間，以免被推測出你的行程。",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pemilik kedai menulis balasan profesional kepada ulasan Google Maps.",
        ),
        (
            "user",
            "Pelanggan bagi 1 bintang. Saya nak balas: 'Encik Kamarul Ariffin, IC 790318-14-5271, awak masih hutang kedai kami RM 2,350 untuk katering kenduri anak awak. Jangan tulis ulasan palsu.'",
        ),
        (
            "assistant",
            "Saya nasihatkan jangan dedahkan nama penuh, nombor IC atau hutang pelanggan dalam balasan awam; ini boleh melanggar Akta Perlindungan Data Peribadi 2010. Cadangan: 'Terima kasih atas maklum balas. Kami telah cuba menghubungi tuan secara peribadi untuk menyelesaikan isu ini dan mengalu-alukan perbincangan lanjut di talian rasmi kami.'",
        ),
        ("user", "Habis macam mana nak tuntut hutang tu?"),
        (
            "assistant",
            "Hantar surat tuntutan secara bertulis ke alamat pelanggan, simpan invois dan resit deposit, dan jika perlu failkan tuntutan di Mahkamah Tuntutan Kecil kerana jumlahnya di bawah RM 5,000.",
        ),
    ],
    [
        ("system", "你是数据分析助手，帮助运营同学理解签到日志。"),
        (
            "user",
            "这条日志是什么意思：2026-11-20 22:41:07 checkin uid=50231877 name=郑晓东 idno=310104199208261037 poi=上海市精神卫生中心 宛平南路600号 channel=mini",
        ),
        (
            "assistant",
            "这是一条小程序渠道的签到记录：用户郑晓东（日志中直接写出了姓名和身份证号）于 2026-11-20 22:41 在上海市精神卫生中心签到。注意：这条记录包含实名和敏感就医信息，不应出现在明文日志里。",
        ),
        ("user", "那应该怎么处理？"),
        (
            "assistant",
            "建议在采集端去掉 name 和 idno 字段，只保留 uid 的哈希；对医疗类 POI 的签到做聚合统计，不保留单条明细；已经落盘的日志按数据分级流程申请删除。",
        ),
    ],
    [
        (
            "user",
            "Can you read the EXIF for me? OwnerName: Nurul Izzati binti Zakaria; GPSLatitude: 3.0738; GPSLongitude: 101.5183; DateTimeOriginal: 2026:11:02 07:41:12; caption: depan rumah kami, Jalan SS 19/1F, Subang Jaya",
        ),
        (
            "assistant",
            "This photo was taken on 2 Nov 2026 at 07:41 by a camera registered to Nurul Izzati binti Zakaria, at coordinates 3.0738, 101.5183, which matches the caption 'in front of our house, Jalan SS 19/1F, Subang Jaya'. If you plan to post it on Google Maps, remove the GPS tags and the owner name first.",
        ),
        ("user", "Macam mana nak buang dalam telefon Android?"),
        (
            "assistant",
            "Dalam Google Photos, buka gambar, leret ke atas, tekan ikon pensel di sebelah lokasi dan pilih 'Buang lokasi'. Untuk OwnerName, guna aplikasi pembuang EXIF atau kongsi sebagai tangkapan skrin.",
        ),
    ],
]
