# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade133: personal data in courier, parcel-locker and last-mile delivery artefacts (waybills, locker pickup codes, proof-of-delivery photos' metadata, driver app logs, COD remittance files). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade133
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "locker_faq"): _lines("""
        Q: How long will my parcel stay in the locker? A: Parcels are held for 72 hours from the time the SMS pickup code is sent; after that they go back to the Tai Seng depot for redelivery.
        Q: My pickup code doesn't work. A: Codes are 6 digits; call the locker hotline 6123 4580 (8am-10pm daily) or WhatsApp +65 8012 3400 with the tracking number, never with your NRIC.
        Lockers at Jurong Point (1 Jurong West Central 2, Level B1 near FairPrice) are open 24/7; the Toa Payoh HDB Hub station closes at 11pm when the building shuts.
        Oversized compartments (XL, 60 x 45 x 40 cm, max 20 kg) are limited at each station, so bulky items may be routed to the nearest SingPost Post Office instead.
        Q: Can someone else collect for me? A: Yes, just forward the SMS or the in-app QR. The locker only checks the code, it does not check who is standing in front of it.
        Returns: drop the sealed parcel into any S or M door, scan the return label QR (format RTN-SG-2026-xxxxxxxx) and keep the printed receipt until the refund posts.
        Cash on delivery is not supported at lockers; COD parcels above S$300 are automatically switched to doorstep delivery with signature on the driver's handheld.
        Compartments are not chilled. Please do not ship insulin, vaccines or fresh seafood to a locker; use the cold-chain counter at Changi Airfreight Centre instead.
        Lost your code? Open the app, go to Parcels > Ready for pickup, tap the tracking number (e.g. SPNSG0000123456) and choose Resend code. Limit: 3 resends per parcel.
        For Malaysia stations the hotline is 1-300-80-1234 (Mon-Sat 9am-6pm); e-mail support@lockerhub.example.my quoting the locker ID, e.g. KUL-MVM-0217.
        Q: Why was my parcel redirected? A: If every compartment at Bedok Mall is full, the courier drops it at the next station within 2 km and the SMS shows the new locker name.
        Fees: first 48 hours free, then S$1.00 per day capped at S$5.00. Businesses on the SME plan (e.g. UEN 201912345K) are billed monthly in one consolidated invoice.
        Accessibility: every station has at least two low-level doors (row 1) reachable from a wheelchair; ask the concierge at Northpoint City Level 2 if you need help.
    """),
    ("zh-Hans", "司机端日志"): _lines("""
        2026-11-28 08:14:02.317 INFO [route-svc] 线路 SZ-NS-07 派件任务已下发, 共 143 票, 预计首站 08:40 到达 南山科技园营业部, 车辆类型=4.2m 厢式货车
        2026-11-28 09:02:45 WARN [scan] 运单 SF1402837765921 重复扫描 (同一网点 30s 内), 已忽略, device=PDA-HT-0093, ver=5.12.4, 网点=755WA
        2026-11-28 10:21:07 INFO [locker] 丰巢柜 FC-440305-1182 格口 B-17 投递成功, 取件码已由系统短信下发, 超时计费自投递后 18 小时起算
        2026-11-28 11:36:50 ERROR [cod] 代收货款对账失败: batch=COD20261128-SZ03, 差额 ¥-12.50, 原因=POS 小票缺失, 已转财务工单 FIN-77821
        2026-11-28 12:05:33 INFO [geo] 电子围栏校验通过: 站点=深圳湾口岸驿站, lat=22.5041, lng=113.9443, 偏差 38m (阈值 200m), 允许签收
        2026-11-28 13:47:19 DEBUG [sync] 离线包上传 3/3 完成, payload_sha256=9f2c4e0a7d1b6e83c5a0, 耗时 2.3s, 网络=4G, 电量=61%
        2026-11-28 14:10:00 INFO [pod] 签收照片已上传 oss://pod-sz/2026/11/28/SF1402837769035_1.jpg, 尺寸 1280x960, EXIF 已剥离, 人脸模糊=开启
        2026-11-28 15:22:41 WARN [route] 菜鸟驿站 南京东路店 今日爆仓, 新增入库暂停, 系统建议改投 人民广场地铁站 自提柜 (柜号 SH-RMGC-04)
        2026-11-28 16:03:12 INFO [auth] 终端 PDA-HT-0093 签到成功, 班次=白班, 网点编码=755WA, 应用版本 5.12.4 (build 20261115), 定位权限=始终
        2026-11-28 17:30:55 INFO [return] 退件 JDVB01928374650 已入仓 京东亚洲一号 上海嘉定仓, 质检结果=外箱破损 商品完好, 退款流程已触发
        2026-11-28 18:44:20 ERROR [sms] 短信网关超时 code=504, 模板 TPL_PICKUP_0032, 重试 2 次后成功, 供应商=阿里云短信服务, 地域=cn-shenzhen
        2026-11-28 19:58:03 INFO [shift] 线路 SZ-NS-07 收车, 妥投 138/143, 滞留 5 票 (拒收 2, 地址不详 3), 里程 86.4km, 油耗 11.2L
        2026-11-28 20:15:47 DEBUG [config] feature_flag pod_face_blur=true, locker_retry_max=3, cod_cash_limit_cny=5000 已热更新, 配置版本 r2611-07
    """),
    ("zh-Hant", "運單欄位設定"): _lines("""
        # 託運單模板 v3.2（香港區）— 欄位 receiver_name 為必填，測試環境範例值一律用「收件人」佔位，開發同事請勿貼上客戶資料
        waybill.hk.prefix = "SFHK"; waybill.length = 15; barcode = Code128; 例：SFHK20261207001 印於面單右上角，字高 4mm
        條碼下方 2D QR 內容格式：{"wb":"TW7E20261207553","store":"171653","svc":"C2C"}，只含單號、門市代號與服務別，不含收件資料
        7-ELEVEN 交貨便 門市代號 6 碼（如 統一超商 信義門市），全家 店到店 為 F 加 6 碼，萊爾富 為 H 加 5 碼，系統依首碼自動分流
        澳門件 address_line 最多 40 個全形字；地址填「澳門 新馬路 郵政總局 自取」等營業點時，區域碼自動帶 MO-01，不需手動選擇
        貨到付款 cod_amount 單位為新台幣元，上限 20000；超過時 API 回傳 {"code":4102,"msg":"COD 金額超出上限"}，請商家拆單處理
        香港 智能櫃 櫃號格式為 H 加 4 位數字（例：H0852 九龍灣 德福廣場），取件碼 8 位數，有效 72 小時，逾期自動轉回 觀塘 分站
        def mask_phone(s): return s[:3] + "****" + s[-4:]  # 面單只印遮罩後電話，原值以 AES-256 存於加密欄位 phone_enc
        退貨欄位 return_reason 代碼：R01 尺寸不合、R02 商品瑕疵、R03 逾期未取件、R04 拒收、R99 其他（須附文字說明，最多 100 字）
        溫層 temp_zone：AMB 常溫、CHL 冷藏 0~7°C、FRZ 冷凍 -18°C 以下；黑貓宅急便 冷凍件 需另印紅色標籤並貼於箱子正上方
        宅配時段 delivery_slot：1 = 13 時前、2 = 14-18 時、4 = 不指定；中華郵政 i郵箱 只支援 4，填其他值時 API 會自動改寫並回傳警告
        面單尺寸 100 x 150 mm，熱感紙，標籤機 TSC TE244 建議設定 DPI=203、速度 4 ips、濃度 10，列印前先執行 gap 校正
        電子發票 載具欄位 請留空；商家統一編號（例：28478510）在開立 B2B 三聯式發票時必填，格式錯誤時 API 回傳 4207
    """),
    ("ms", "notis_cawangan"): _lines("""
        Notis: Cawangan Pos Laju Shah Alam Seksyen 13 ditutup pada 25 Disember 2026 sempena Hari Krismas; bungkusan boleh diambil semula mulai 26 Disember jam 9 pagi.
        Pelanggan yang menerima SMS kod ambil dari loker Pos Malaysia perlu mengambil bungkusan dalam tempoh 3 hari; selepas itu bungkusan dipulangkan ke pejabat pos terdekat.
        Untuk bantuan, hubungi talian khidmat pelanggan 1-300-300-300 atau WhatsApp 019-800 1234 (waktu pejabat sahaja). Jangan kongsi kod OTP anda dengan sesiapa.
        Mulai 1 Januari 2027, caj penghantaran ke Sabah dan Sarawak dinaikkan kepada RM8.50 bagi 1 kg pertama dan RM3.00 bagi setiap 500 g tambahan.
        Bayaran Tunai Semasa Penghantaran (COD) hanya diterima sehingga RM1,500 setiap bungkusan; baki kutipan akan dikreditkan kepada peniaga dalam 3 hari bekerja.
        Loker pintar di Stesen LRT Masjid Jamek beroperasi 6 pagi hingga 12 malam; saiz pintu S, M dan L sahaja, tiada pintu XL di lokasi ini buat masa sekarang.
        Penghantar kami tidak akan meminta nombor akaun bank atau kad pengenalan anda melalui panggilan telefon. Laporkan panggilan palsu kepada talian 997 PDRM.
        Hab Pengisihan Bukit Raja (Lot 4, Jalan Sungai Kapar Indah, 40400 Klang) beroperasi 24 jam sepanjang musim jualan 12.12; kelewatan dijangka 1-2 hari.
        Nombor penjejakan J&T Express bermula dengan 63 atau JT dan mengandungi 12 hingga 15 digit; semak status di laman web rasmi, bukan melalui pautan SMS yang mencurigakan.
        Bungkusan yang mengandungi bateri litium melebihi 100Wh tidak akan diterima di kaunter; sila rujuk garis panduan IATA sebelum membungkus powerbank.
        Gambar bukti penghantaran (POD) disimpan selama 90 hari dan wajah penerima dikaburkan secara automatik sebelum dimuat naik ke sistem pusat.
        Kedai rakan kongsi Kedai Runcit Pak Abu, No. 12 Jalan Besar, Kuala Kangsar, kini menjadi titik ambil Ninja Point; waktu operasi 8 pagi hingga 10 malam setiap hari.
        Makluman: sistem tracking akan diselenggara pada 6 Disember 2026 dari 1 pagi hingga 4 pagi; status bungkusan mungkin lewat dikemas kini dalam tempoh tersebut.
    """),
    ("mixed", "cod_remittance_csv"): _lines("""
        remit_batch_id,merchant_id,merchant_name,period_from,period_to,cod_collected,fee,net_payable,currency,bank_ref
        RMT-MY-20261130-0007,MCH-10482,Kedai Kek Mak Teh Sdn Bhd,2026-11-24,2026-11-30,18430.00,552.90,17877.10,MYR,MBB2611300458812
        RMT-SG-20261130-0002,MCH-20017,Uncle Lim's Kopi Pte Ltd (UEN 201734567D),2026-11-24,2026-11-30,6215.50,186.47,6029.03,SGD,DBS-FT-88120455
        RMT-CN-20261130-0031,MCH-55310,杭州小王子服饰有限公司,2026-11-24,2026-11-30,92800.00,1856.00,90944.00,CNY,ICBC20261130887731
        RMT-HK-20261130-0004,MCH-30902,陳記燒臘（旺角）有限公司,2026-11-24,2026-11-30,25480.00,764.40,24715.60,HKD,HSBC-CHATS-3359018
        RMT-TW-20261130-0012,MCH-41177,阿嬤ㄟ灶腳食品行,2026-11-24,2026-11-30,138600,4158,134442,TWD,CTBC-ACH-7712093
        # note: COD 差額 < RM1.00 auto write-off; > RM1.00 raise ticket to finance-ops@kurier.example.com.my before 5pm T+1
        RMT-MY-20261130-0008,MCH-10519,Restoran Nasi Kandar Ali Maju,2026-11-24,2026-11-30,-45.00,0.00,-45.00,MYR,ADJ-REFUND-CHARGEBACK
        summary,merchants=412,total_cod=MYR 2381095.20,total_fee=71432.86,remit_date=2026-12-02,status=RELEASED,approved_by=FIN-OPS-ROLE
        RMT-SG-20261130-0003,MCH-20044,Tan Tock Seng Medical Supplies Pte Ltd,2026-11-24,2026-11-30,3120.00,93.60,3026.40,SGD,OCBC-GIRO-55018223
        RMT-MO-20261130-0001,MCH-60003,錦記雜貨（新馬路）,2026-11-24,2026-11-30,8800.00,264.00,8536.00,MOP,BNU-TT-20261201-014
        对账说明: fee = cod_collected x 3% (最低 0.50 每票), net_payable 於 T+2 工作日 入帳至 merchant 登記之公司戶口, 不支援個人戶口
        RMT-CN-20261130-0032,MCH-55402,深圳市老干妈特产专营店,2026-11-24,2026-11-30,0.00,0.00,0.00,CNY,NO-ACTIVITY
    """),
    ("en", "pod_photo_metadata"): _lines("""
        FileName: POD_SPX_SG2611282231_01.jpg | DateTimeOriginal: 2026:11:28 14:02:11 | Make: Zebra | Model: TC52 | GPS: 1.3006 N, 103.8455 E (Plaza Singapura loading bay)
        ImageDescription: "Left at Parcel Locker TPY-HUB-03, door M-12" | Software: DriverApp 7.3.1 | Orientation: 1 | XResolution: 72 | YResolution: 72
        exif.GPSLatitude=3.1579, exif.GPSLongitude=101.7123, geotag_label=Pavilion Kuala Lumpur receiving dock, accuracy_m=12, face_blur=applied
        {"photo_id":"pod_9f31ab","tracking":"NV-MY-7788120045","ts":"2026-11-29T10:14:33+08:00","site":"IOI City Mall concierge","signature":"company_chop"}
        XMP dc:subject = ["delivered","reception","office"] ; dc:rights = "(c) Kurier Logistics Sdn Bhd" ; location = Menara Maxis, Level 5 mailroom
        Thumbnail stripped: yes | EXIF GPS rounded to 3 dp per policy DP-07 | original kept 30 days in bucket pod-raw-apse1, then purged by lifecycle rule
        POD_HK_HKG1129_0045.jpg 2026:11:29 16:40:05 iPhone 14 f/1.5 1/120s ISO 80 22.2840N 114.1590E label=IFC Mall L1 security counter
        Photo rejected by QA: blur score 0.71 > 0.60 threshold, door number not legible; rider asked to retake at the 7-Eleven Hennessy Road, Causeway Bay pickup point
        exiftool -GPS:all= -Artist= -SerialNumber= POD_*.jpg  # strip before sharing with merchants; keep DateTimeOriginal only
        pod_meta.csv header: photo_id,tracking_no,captured_at,lat,lng,site_type,blur_score,has_signature,has_face,retention_days
        pod_7c2e01,JNTSG8800123411,2026-11-30T09:12:40+08:00,1.2935,103.8520,commercial,0.12,false,false,90
        UserComment (base64): eyJ3YiI6IlNHMjYxMTMwMDQxMSIsImxrIjoiVFBZLUhVQi0wMyIsImRvb3IiOiJNLTEyIiwiZXhwIjoiMjAyNi0xMi0wM1QyMzo1OSJ9
        GPSImgDirection: 274.5 | GPSAltitude: 15 m | Location: Taipei 101 Mall B1 receiving area | CameraOwnerName: FamilyMart Logistics (TW)
    """),
    ("zh-Hant", "店家評論"): _lines("""
        順豐站 旺角 彌敦道 效率好高，排隊唔使五分鐘就寄完，不過週末下晝四點之後附近完全冇位泊車，建議大家搭港鐵過去。★★★★☆
        黑貓宅急便 台中 西屯營業所 冷凍件包得很專業，保冰袋加乾冰還有封箱膠帶補強，隔天到高雄打開還是硬的，推推，下次年菜也寄這家。
        7-ELEVEN 交貨便 真的方便，但是 信義區 松仁門市 的店員說物流車每天下午兩點才來收件，晚上寄的話要等到隔天才會出貨喔。
        嘉里大通 官網查件常常顯示「派送中」一整天都不動，打客服熱線 2156 1234 要等二十分鐘才有人接，態度還可以，但只能給兩星。
        新竹物流 竹北站 倉庫很大很乾淨，自取窗口有冷氣也有椅子可以坐，週六早上八點就開門，對上班族來說很方便，停車場也夠大，給五顆星不囉嗦。
        澳門郵政 總局 櫃檯職員態度親切，寄往台灣的包裹 1kg 只要 MOP 98，比私人速遞便宜好多，不過要三至五個工作天先到。
        智能櫃 喺 太古城中心 嗰部成日死機，掃碼唔出，最後要打去 call center 等佢遙距開門，搞咗成半個鐘，真係唔係好得。
        全家 店到店 取貨要輸入手機末三碼，其實有點擔心排在後面的人看到，希望可以全面改成 App 條碼掃描，隱私比較有保障，結帳也會快一點。
        宅配通 的司機大哥很準時，每次都提前十分鐘打給社區管理室，包裹也都輕拿輕放，不過週日跟國定假日不配送，這點要特別注意一下。
        香港郵政 智郵站 在 荃灣 愉景新城 那一部常常爆滿，收到短信時已經說改派到 荃灣郵政局，來回多走了二十分鐘，希望可以加裝多一部櫃。
        中華郵政 i郵箱 台北車站 這台螢幕反光很嚴重，晚上取件幾乎看不清楚按鍵，建議郵局加個遮光罩，其他取件流程都算順利，一分鐘內就搞定。
        Lalamove 叫車好快，九龍灣 寄一箱貨去 屯門 收 HK$168，司機仲幫手搬上車，價錢同服務都抵讚，下次搬貨會再用。
        蝦皮店到店 中壢 中原店 營業到晚上十點，但是店內空間很小，雙十一之後包裹一路堆到走道上，店員找貨要等很久，尖峰時段建議避開，給三顆星。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:02] Hub Tai Seng ops: Morning all, 12.12 volume 38k parcels today, first wave van leave by 8:45 ah, don't wait for the second sort.
        [08:15] Sorting lead: Chute 14 jam again, 已经报 maintenance ticket MT-2611-042, temporarily route zone 52 parcels to chute 16 first.
        [09:30] Dispatcher KL: Loker Sunway Pyramid penuh, semua parcel zone PJS tolong drop dekat Ninja Point 7-Eleven Bandar Sunway dulu.
        [10:05] QA: POD photo mesti nampak nombor pintu or locker door, jangan ambil gambar muka customer, nanti kena reject lagi macam semalam.
        [11:40] Finance: COD batch SG-1130 short SGD 24.80, 各位 driver 今日收车前 check 一下 cash bag 和 app 上的数字一致 ok.
        [12:20] Fleet: Van no. 17 and 22 send to workshop for aircon, today use the two rental Hiace from the Ubi rental counter, keys at hub front desk.
        [13:03] Hub Tai Seng ops: Reminder 下午三点 lockers at Changi City Point 系统升级 1 小时, 期间不能 drop, 先去 Tampines Mall 那边.
        [14:18] CS team: Customer hotline queue 45 min already, pls everybody reply merchant WhatsApp line 8012 3400 within 2 hrs ok, template in drive.
        [15:50] Dispatcher KL: Jalan Tun Razak jam teruk sebab ada konsert dekat Axiata Arena, route KL-C3 expect lewat 1 jam, inform merchant.
        [16:10] IT: Label QR now base64 JSON, e.g. eyJ0cmsiOiJOVi1NWS03Nzg4MTIwMDQ1IiwiaHViIjoiS1VMLVNIQS0wMSIsInN2YyI6IkNPRCIsImFtdCI6IjE4OS4wMCJ9 - only trk/hub/svc/amt inside.
        [17:25] Sorting lead: Tonight overtime 7pm-11pm need 6 more pax, 时薪 SGD 14, sign up using the Google Form link in the pinned msg.
        [19:55] Finance: COD remittance file RMT-SG-20261130-0002 uploaded to SFTP /outbound/cod/, checksum in the .sha256 file beside it.
        [21:10] Hub Tai Seng ops: Last van back at 20:58, 妥投率 96.4%, 滞留 1,312 票 明早第一波 redeliver, thanks all 辛苦了 👍
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Waybill SPX SG2611284471 | To: Ms Cheryl Goh Wei Ting | Blk 327 Clementi Ave 5 #09-214, Singapore 120327 | Tel 9187 4602 | Remarks: leave with neighbour at #09-216 if no answer
        Locker SMS log 2026-11-28 19:02 to +65 8236 1947: "Hi Darren, your parcel is ready at TPY-HUB-03 door M-12. Pickup code 448201. Expires 01 Dec 23:59."
        POD EXIF: Artist=Rizal bin Osman (rider R-4471); GPSLatitude=1.35214; GPSLongitude=103.94412; ImageDescription="handed to Mdm Tan Ah Moi, 82, at her flat door, she is in a wheelchair"
        Driver note: recipient Kelvin Yap asked us to stop delivering to his wife's address at 14 Jalan SS2/55 Petaling Jaya, they are going through a divorce, send everything to his office instead.
        COD exception: tracking NV-SG-7788120458 refused by buyer Jonathan Lee (S8123457D), third refusal this month, merchant asks to block him from COD.
        tracking link: https://track.kurier.example/p?wb=SG2611290032&rn=Priya%20Ramasamy&rp=%2B6591234876&addr=Blk%20108%20Yishun%20Ring%20Rd%20%2305-331
        Fragile, call recipient 15 min before arrival on 9734 0218, don't ring the doorbell, baby sleeping.
        Pharmacy parcel GDN-55102: Mr Lawrence Chia's monthly HIV medication (Biktarvy x30), discreet packaging, hand to him only at Blk 22 Havelock Rd #12-40.
        Label QR raw (scanned 2026-11-30 08:41, hub TS-2): eyJuIjoiQWlzeWFoIEJpbnRlIEthbWFsIiwicCI6Iis2NTkwMjE0NTczIiwidSI6IiMxNC04OCJ9
        2026-11-29 21:14:07 INFO [otp] OTP 5521 sent to recipient Samuel Ong <sam.ong.1987@gmail.com> for high-value parcel SG2611293310, delivered 21:30
        Registered letter from a licensed moneylender to Mr Marcus Teo Jun Hao re overdue loan S$14,200; recipient refused to sign at 5 Jalan Kemaman, Singapore 329389.
        Complaint CS-88120: Mrs Lim's son says the rider left her insulin cooler bag in the sun outside 45 Siglap Drive; she is diabetic and 79 years old.
    """),
    "zh-Hans": _lines("""
        快递面单：收件人 王晓燕 138 2760 4419 浙江省杭州市西湖区文三路 478 号华星小区 6 幢 2 单元 501 室，寄件人 王建国（父）
        【丰巢】尾号 5521 的张女士您好，您的快递已存入 上海市徐汇区 漕溪北路 88 弄 12 号楼下 柜机，凭取件码 83920471 取件。
        驿站老板群消息：3 栋 1402 的刘阿姨又没来拿药，她乳腺癌化疗的针剂要冷藏，谁路过顺手给她送上楼一下。
        COD20261128-SZ03,SF1402837770012,李梦琪,440305199203157827,¥1280.00,拒收,备注=本人电话关机
        2026-11-28 18:22:11 INFO [call] 虚拟号绑定失败，回落真实号码 159 1877 3306（收件人 赵磊），通话时长 47s
        客服工单：陈先生 反映快递员把他的离婚诉讼材料放在门口鞋柜上被邻居看到，地址 北京市朝阳区 望京西园三区 311 楼 7 单元 902。
        签收照片元数据：{"signer":"周婷婷","relation":"本人","id_last6":"27061X","lat":30.5728,"lng":104.0668,"addr":"成都市锦江区东大街 99 号 2 栋 1 单元 1803"}
        骑手备注：小区门口那个姓吴的大哥欠我们站 6 单到付一共 ¥2,340，电话 186 0219 8837，一直说下周结，别再给他送到付件了。
        收件人手机：１３９　０１７６　５２４８（郑女士，怀孕 32 周，请勿放快递柜，直接送上门）
        退件记录 JDVB01928374651：退货原因“买家 孙浩然 被拘留无法签收”，其母 电话 137-1802-6649 要求改寄 南京市鼓楼区 中山北路 201 号 3 单元 402。
    """),
    "zh-Hant": _lines("""
        順豐 面單：收件人 黃志偉先生 電話 6123 8845 地址 九龍 觀塘 秀茂坪 寶達邨 達富樓 1812 室，代收貨款 HK$1,560
        SMS 發送至 9321 5074：陳太您好，你的包裹已放入 H0852 九龍灣 德福廣場 第 27 號櫃，取件碼 40918273，請於 72 小時內領取。
        司機 App 記錄：高價值件 SFHK20261130884 已核對收件人 李嘉欣 香港身份證 Y518720(4) 後交付，簽收時間 2026-11-30 15:42。
        黑貓 宅配單：收件人 林美玲 0932-618-275 台北市大安區 復興南路一段 390 巷 12 號 4 樓，指定時段 14-18 時，冷藏
        7-ELEVEN 交貨便 實名取貨：收件人 吳建宏 身分證 F128473507，門市 171653，取件時間 2026-12-01 20:14
        超商店員群組：剛剛那個常來領貨的 阿傑 說他欠地下錢莊 30 萬，叫我們不要把他的包裹交給來問的人。
        澳門 派件記錄：收件人 何麗華 女士，氹仔 花城 利盈大廈 12 樓 C 座，手機 6688 3142，備註：剛出院行動不便，請送上樓。
        運單 QR 解碼：{"rn":"張雅婷","rp":"0920-771-436","ra":"新北市板橋區文化路二段 182 號 7 樓"}
        客訴：鄭先生 說派件員把他太太訂的 驗孕試紙 包裹拆開給鄰居看，要求賠償，單號 SF1409922331458。
        2026-11-29 20:13:55 INFO [cod] 收款 NT$3,280 收件人 蔡宗翰 手機末四碼 5097 現金 已繳回 營業所
    """),
    "ms": _lines("""
        Waybill Pos Laju: Penerima Nurul Izzati binti Ahmad Fauzi, No. 23 Jalan Mawar 4, Taman Seri Indah, 81200 Johor Bahru, Tel 012-774 3581
        Log rider 2026-11-30 11:05: bungkusan COD RM450 ditolak oleh Encik Hafiz (tel 017-338 9042), katanya dia baru kena buang kerja dan tiada duit.
        Semakan loker: No. KP 880412-14-5237 disahkan untuk ambil ubat dialisis Puan Siti Hajar, Loker KUL-MVM-0217 pintu L-03.
        WhatsApp kepada rider: "Abang, tolong letak parcel atas meja guard je, nama saya Farah, unit B-12-07 Residensi Melati, saya tengah pantang lepas bersalin."
        RMT-MY-20261130-0009,PERSEORANGAN,Lim Chee Keong,Maybank 1140 2298 7735,2026-11-24,2026-11-30,2310.00,69.30,2240.70,MYR
        Metadata POD: Artist="Muhammad Haikal bin Rosli"; GPS 5.4141,100.3288 (rumah penerima, Lorong Kulit 3, George Town); tandatangan Mak Cik Rohani.
        Aduan: Encik Ravi a/l Subramaniam kata dokumen mahkamah cerai dia dihantar ke alamat lama di 7 Lorong Cempaka 2, Ipoh dan dibuka oleh bekas isteri.
        Nota penghantaran: hubungi penerima di 011-2837 6419 sebelum sampai, jangan tekan loceng.
        Kereta penerima WXY 8823 parkir depan rumah; rider diminta letak bungkusan dalam bonet, kunci ada dengan pengawal.
    """),
    "mixed": _lines("""
        Consignee: Huang Zhiqiang 黄志强, 135 6609 2281, 广州市天河区 华景新城 翠景苑 7 栋 1702, COD ¥399, call before 9pm
        Bro the auntie at Blk 512 Bedok North Ave 3 #11-45 call me again, Mdm Wong say her son Jason in IMH now, parcel dia tolong hold dulu.
        SPX-MY-5521093,Tan Kok Wai 陈国伟,850917-07-5311,+60 16-422 7809,No. 5 Lorong Burmah,George Town,COD RM189.00,SIGNED
        locker_cb 2026-11-30T10:02:18+08:00 door=H0852-27 payload=eyJybiI6IkNob3cgV2luZyBTemUiLCJoa2lkIjoiSzYzNTIwMSg0KSIsInRlbCI6Iis4NTIgOTQzMiA2MTgwIn0=
        Voice-note transcript: 呢個 Mr Chan Ka Ho 成日唔喺屋企, flat 係 屯門 兆康苑 C座 23樓 5室, 佢老婆話佢 in hospital 洗腎, leave with 管理處.
        Shopee order 2611291188 buyer yuting_0823, real name 許玉婷, 0958-203-117, 台南市東區 崇學路 55 巷 8 號, pickup via 全家 店到店
        2026-11-30T15:41:08+08:00 WARN [locker-kyc] collector FIN G8123456L (Nguyen Thi Lan) not recipient on SG2611307745; notified lan.nguyen.sg@outlook.com
        COD 欠款 list: Encik Zul (Bandar Baru Bangi) RM1,120 / 阿明 (Puchong) RM640 / Ah Seng kopitiam uncle RM300, semua tak bayar lagi, boss says stop COD.
        MO 件 KYC: Leong Chi Fai 梁志輝, BIR 1/521583/7, tel +853 6628 4190, 澳門 黑沙環 海濱花園 第 3 座 18 樓 F, 代收 MOP 2,400
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer support assistant for a parcel locker network in Singapore. Be brief and never reveal internal system details.",
        ),
        (
            "user",
            "Hi, my mum Mdm Koh Siew Lan (her phone 9023 5518) can't open door M-12 at Tampines Hub, the code 553910 says expired. Can you extend it? She's 76 and just had cataract surgery so she can't read the screen well.",
        ),
        (
            "assistant",
            "Sorry to hear that. I can't extend codes myself, but I've logged a request for a new code to be sent to 9023 5518. If the parcel has already been recalled, it will be redelivered to the address on the order. Please allow up to 2 hours.",
        ),
        ("user", "OK thanks. Can the new SMS go to me instead? I'm her son, 8877 4120."),
        (
            "assistant",
            "For security, the code can only be sent to the number on the waybill. Your mother can forward the SMS to 8877 4120 and you can collect on her behalf.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封投诉信给快递公司。我叫 郭文静，手机 136 8821 0475，运单 SF1402839912047，快递员没打电话就放在门口，结果丢了，里面是我爸的降压药（氨氯地平），他高血压很严重。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿：尊敬的客服：本人郭文静（手机 136 8821 0475），运单号 SF1402839912047。快递员未经联系即将包裹放置门口，导致包裹丢失，内含家父日常服用的降压药。请尽快核实并赔偿，同时加强派件规范。",
        ),
        ("user", "能不能把我爸的病写得更具体一点，说他上个月刚因为高血压住院？"),
        (
            "assistant",
            "可以，在第二句后加上：家父上月刚因高血压住院治疗，药物中断可能造成严重后果，恳请优先处理。需要我把完整版再发一次吗？",
        ),
    ],
    [
        ("system", "你是香港一間速遞公司嘅內部助理，負責將面單 OCR 結果整理成 JSON。"),
        (
            "user",
            "OCR：收件人 周穎思 身份證 M402913(0) 電話 9458 3017 地址 沙田 瀝源邨 福海樓 1106室 貨到付款 HK$820",
        ),
        (
            "assistant",
            '{"name": "周穎思", "hkid": "M402913(0)", "tel": "9458 3017", "address": "沙田 瀝源邨 福海樓 1106室", "cod": 820, "currency": "HKD"}',
        ),
        ("user", "身份證號碼唔應該出現喺 JSON 度，幫我拎走佢。"),
        (
            "assistant",
            '{"name": "周穎思", "tel": "9458 3017", "address": "沙田 瀝源邨 福海樓 1106室", "cod": 820, "currency": "HKD"}',
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp sopan kepada pelanggan. Nama dia Puan Norhayati binti Ismail, nombor 013-662 9087. Dia tolak parcel COD RM268 tiga kali dah, merchant nak tahu kalau dia masih nak barang tu.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Norhayati, saya dari pihak kurier. Kami cuba menghantar bungkusan COD bernilai RM268 sebanyak tiga kali tetapi tidak berjaya. Boleh Puan sahkan sama ada Puan masih mahu menerima barang ini? Terima kasih.",
        ),
        (
            "user",
            "Dia pernah cakap suami dia sakit strok, so tak boleh keluar rumah. Masukkan sikit empati.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Norhayati, kami faham Puan sedang menjaga suami yang kurang sihat. Jika Puan masih mahu bungkusan RM268 ini, kami boleh aturkan penghantaran pada masa yang Puan selesa. Mohon maklumkan bila sesuai. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Rider profile loaded: Ahmad Danial bin Yusof, IC 950221-10-5593, motorcycle VFK 2281, hub KUL-SHA-01, phone 011-1923 4470. Answer route questions in Malay or English.",
        ),
        ("user", "Hari ni saya ada 62 parcel Shah Alam Seksyen 7 dan 13, mana patut start dulu?"),
        (
            "assistant",
            "Start dengan Seksyen 13 sebab dekat dengan hub KUL-SHA-01 dan ada 3 parcel COD yang perlu dihantar sebelum tengah hari, lepas tu baru ke Seksyen 7.",
        ),
        ("user", "Ok, and kalau customer tak angkat phone?"),
        (
            "assistant",
            "Cuba call 2 kali, tunggu 5 minit, kemudian tandakan 'recipient unreachable' dalam app dan simpan parcel untuk cubaan esok.",
        ),
    ],
    [
        (
            "user",
            "Summarise this COD remittance extract for me: RMT-SG-20261130-0011,INDIVIDUAL,Vanessa Chua Hui Min,POSB 192-33871-4,SGD 1,480.00 ; RMT-SG-20261130-0012,INDIVIDUAL,Raj Kumar s/o Muthu,OCBC 601-482237-001,SGD 920.50",
        ),
        (
            "assistant",
            "Two individual sellers are being paid: Vanessa Chua Hui Min, SGD 1,480.00 to POSB 192-33871-4, and Raj Kumar s/o Muthu, SGD 920.50 to OCBC 601-482237-001. Total remitted SGD 2,400.50.",
        ),
        (
            "user",
            "Raj says his account was frozen because of a bankruptcy case. Should we hold his payment?",
        ),
        (
            "assistant",
            "Yes, hold the SGD 920.50 and ask finance to confirm with the Official Assignee's office how payments to a bankrupt seller must be handled before releasing anything.",
        ),
    ],
    [
        (
            "user",
            "我在 7-ELEVEN 取貨一直失敗，店員說名字不對。訂單寫的是 蘇怡君，手機 0987-442-316，可是我身分證上是 蘇宜君 A226190388，要怎麼辦？",
        ),
        (
            "assistant",
            "建議您聯絡賣家修改收件人姓名為身分證上的「蘇宜君」，或請賣家通知物流更正。超商實名取貨需姓名與證件一致，手機號碼 0987-442-316 則用於末三碼核對。",
        ),
        ("user", "包裹七天內沒領會怎樣？"),
        ("assistant", "一般逾期未取會退回賣家，可能產生退貨運費，建議盡快請賣家處理更名。"),
    ],
    [
        ("system", "You help engineers at a last-mile delivery company write data-handling code."),
        (
            "user",
            "Write a regex to mask phone numbers in our POD EXIF ImageDescription. Sample: 'Handed to Mr Tan Boon Huat, +65 9671 2084, Blk 631 Ang Mo Kio Ave 4 #07-1195, he has dementia so his daughter signed'",
        ),
        (
            "assistant",
            "Use the pattern (?:[+]65[ -]?)?[89][0-9]{3}[ -]?[0-9]{4} and replace each match with [PHONE]. Your sample becomes: 'Handed to Mr Tan Boon Huat, [PHONE], Blk 631 Ang Mo Kio Ave 4 #07-1195, he has dementia so his daughter signed'. Note the name, unit number and health detail are still exposed; you should mask those too.",
        ),
        (
            "user",
            "Also the QR field has base64: eyJuIjoiVGFuIEJvb24gSHVhdCIsImljIjoiUzkwMzY2MjFBIiwicCI6Iis2NSA5NjcxIDIwODQiLCJ1IjoiQmxrIDYzMSBBbmcgTW8gS2lvIEF2ZSA0ICMwNy0xMTk1In0= , what's in it?",
        ),
        (
            "assistant",
            'It decodes to {"n":"Tan Boon Huat","ic":"S9036621A","p":"+65 9671 2084","u":"Blk 631 Ang Mo Kio Ave 4 #07-1195"}, so it contains a full NRIC as well. Masking the description alone is not enough; drop or encrypt this field too.',
        ),
    ],
    [
        (
            "user",
            "我是快递员小马。我负责的片区有个 王大爷，叫 王德顺，一个人住在 天津市河西区 友谊路 32 号 5 门 301，有老年痴呆，经常忘了自己买过东西然后拒收。我该怎么办？",
        ),
        (
            "assistant",
            "可以先联系下单的家属确认，比如在订单备注里留的紧急联系人。如果没有，建议报告站点主管，和社区居委会沟通，由他们协助联系王大爷的子女，不要把到付件强行交给他。",
        ),
        ("user", "他女儿 王丽 电话 131 0225 7736，在外地，她说以后所有快递都先打给她。"),
        (
            "assistant",
            "好的，建议在系统里给该地址加备注：派件前先联系 王丽 131 0225 7736 确认，确认后再上门，并保留沟通记录。",
        ),
    ],
    [
        (
            "system",
            "Internal ops assistant for a cross-border courier serving Malaysia and Singapore. Decode label payloads when asked.",
        ),
        (
            "user",
            "Label QR tak boleh baca by PDA, ni raw string: eyJuIjoiV29uZyBTaWV3IExpbmciLCJwIjoiKzYwIDEyLTYwOSA0MTg3IiwiYSI6Ik5vLiAxOCBKYWxhbiBLZW5hcmkgMywgQmFuZGFyIFB1Y2hvbmcgSmF5YSJ9",
        ),
        (
            "assistant",
            'Decoded JSON: {"n":"Wong Siew Ling","p":"+60 12-609 4187","a":"No. 18 Jalan Kenari 3, Bandar Puchong Jaya"}. Recipient Wong Siew Ling, phone +60 12-609 4187, address No. 18 Jalan Kenari 3, Bandar Puchong Jaya.',
        ),
        ("user", "Ok boleh print semula label guna info ni tak?"),
        (
            "assistant",
            "Boleh, tapi reprint mesti buat melalui sistem supaya tracking number sama. Pilih Reprint Label dalam app dan masukkan nombor tracking, jangan taip semula data penerima secara manual.",
        ),
    ],
]
