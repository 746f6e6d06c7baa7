# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade130: personal data in insurance-claim and loss-adjuster artefacts (claim intake JSON, adjuster notes, photo EXIF, repair estimates, medical receipts, subrogation letters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade130
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "claim_intake_json"): _lines("""
        {"schema":"motor_claim_intake/v3.2","required":["policy_no","loss_date","loss_type","claimant_ref"],"loss_type_enum":["COLLISION","FLOOD","THEFT","FIRE"]}
        {"claim_id":"MC-2026-SG-0041187","status":"PENDING_SURVEY","channel":"web","created_at":"2026-11-03T09:41:22+08:00","sla_hours":72}
        {"field":"claimant.nric","type":"string","pattern":"^[STFGM][0-9]{7}[A-Z]$","pii":true,"mask_in_logs":true,"example":"see fixture NRIC_VALID_01"}
        {"insurer":"Harbourline General Insurance Pte. Ltd.","uen":"201534872K","claims_hotline":"+65 6589 3300","claims_email":"motorclaims@harbourline.com.sg"}
        {"workshop_panel":[{"code":"WS-SG-117","name":"Ah Seng Auto Body Pte Ltd","address":"21 Kaki Bukit Crescent, #01-05, Singapore 416250"}]}
        {"event":"ocr.receipt.parsed","doc_id":"rcpt_7f3a91c2","fields_found":12,"confidence":0.934,"model":"receipt-ocr-2.4.1","ms":418}
        {"loss_location":{"type":"public_road","desc":"PIE towards Changi, after Eunos exit","lat":1.3286,"lng":103.9021},"weather":"heavy rain"}
        {"reserve":{"own_damage":8450.00,"third_party_pd":3200.00,"currency":"SGD"},"deductible":600,"ncd_protected":false,"approver_role":"CLAIMS_MGR_L2"}
        {"validation_error":"claimant.phone failed E.164 check","code":"VAL-0412","hint":"expected +65 followed by 8 digits starting with 6, 8 or 9"}
        {"webhook":"https://api.harbourline.com.sg/v2/claims/events","secret_ref":"vault:claims/webhook#v7","retry":{"max":5,"backoff":"exp"}}
        {"doc_checklist":["police_report","repair_estimate","photos_min_6","driving_licence_copy","log_card_copy"],"locale":"en-SG","form":"MC-01 rev 2025-04"}
        {"third_party_insurer":"Tokio Marine Insurance Singapore Ltd","tp_claim_ref":"TMS/MV/26/118845","framework":"GIA Motor Claims Framework","gia_ref":"GIA-MRF-2026-09931"}
        {"sha256":"9c1e5b7d0a2f4e68b3c7d91f0e2a4b6c8d0e1f23a4b5c6d7e8f9012a3b4c5d6e","file":"estimate_WS-SG-117_v2.pdf","bytes":284113,"pages":4}
    """),
    ("en", "subrogation_letter_boilerplate"): _lines("""
        RE: Subrogated Recovery – Our Ref HL/SUB/2026/00871 – Date of Loss 4 November 2026 – Location: PIE towards Changi, after Eunos exit
        We act for Harbourline General Insurance Pte. Ltd., who have indemnified their insured under the relevant motor policy and are now subrogated to the insured's rights of recovery.
        Our outlay comprises repair costs of S$6,115.40, towing of S$280.00 and loss-of-use of S$450.00, totalling S$6,845.40, as per the enclosed invoices.
        Kindly settle within 21 days by cheque payable to "Harbourline General Insurance Pte. Ltd." or by PayNow to UEN 201534872K, quoting our reference.
        Under the GIA Motor Claims Framework, liability is to be assessed on the basis of the police report, the adjuster's findings and the dashcam footage submitted.
        Should your principals dispute liability, please revert with their version of events and any independent evidence, failing which we are instructed to commence proceedings in the State Courts.
        The principle of subrogation, as explained in Castellain v Preston (1883), entitles the insurer to stand in the shoes of the insured once indemnity has been paid.
        This letter is sent without prejudice save as to costs. Please address all correspondence to recoveries@harbourline.com.sg or 30 Cecil Street, #19-08 Prudential Tower, Singapore 049712.
        Cc: Tokio Marine Insurance Singapore Ltd, Motor Claims Department (your ref TMS/MV/26/118845), for your kind attention and onward instructions.
        Reminder 2: our letter of 18 November 2026 remains unanswered; interest at 5.33% p.a. will be claimed from the date of our payment until settlement.
        Enclosures: (1) Adjuster's report PLR/SG/26/2210; (2) repair invoice INV-117-26-0442; (3) towing receipt TW-88213; (4) photographs, 18 pages.
        Recovery waived: amount below internal threshold of S$500 per SOP-REC-04 section 3.1; file closed and reserve released on 2026-12-01.
        Lord Mansfield's judgment in Mason v Sainsbury (1782) is often cited as the earliest English authority on an insurer's right of subrogation.
    """),
    ("zh-Hans", "定损估价单"): _lines("""
        定损单号 DS20261104-0387｜车型：比亚迪 秦PLUS DM-i 2023款｜损失部位：前保险杠、左前大灯、左前叶子板｜工时费合计 ¥1,260.00
        配件报价：左前大灯总成（原厂件 OE号 4102100XEB）单价 ¥2,480.00 ×1；前保险杠皮 ¥860.00 ×1；卡扣套装 ¥45.00 ×1
        维修厂：广州市天河区老王汽车维修服务部（统一社会信用代码 92440106MA5D7K3X2P），地址：天河区中山大道西 89 号 B 栋首层
        喷漆项目：左前叶子板全喷 ¥650，前杠全喷 ¥780，按《机动车辆保险定损标准（2024版）》二类地区工时单价 ¥120/小时计算
        残值处理：更换下来的旧大灯总成作价 ¥80 由修理厂回收，从定损金额中扣除，残值回收单号 CZ-2611-0054，随案归档备查
        定损结论：本次事故属于保险责任，核定车损金额 ¥6,115.00（含税），免赔额 ¥0，预计 3 个工作日内完成核赔并通知支付。
        水淹车分级：一级水淹（水位未超过车轮轮毂），建议清洗、干燥及检查线束插接件，参考工时 4 小时，费用上限 ¥800，超出部分需报核价岗审批
        玻璃单独破碎险：前挡风玻璃（福耀 FY-BYD-QIN-23 带雨量传感器）¥1,350.00，更换后需重新标定 ADAS 摄像头 ¥300.00
        系统日志 2026-11-04 15:22:08 [定损系统 v5.8.2] 估价单 DS20261104-0387 已提交核价，核价岗位：车险核价二组，状态：待审核
        备注：外观件优先选用品牌件，如要求原厂件差价自理；新能源车高压部件须由具备资质的比亚迪授权服务站维修并出具高压系统绝缘检测报告
        定损照片命名规则：{案件号}_{部位编码}_{序号}.jpg，例如 ZC2026110400387_FL03_01.jpg，部位编码见附表 B，不得使用中文文件名
        人保财险 95518、平安产险 95511、太平洋产险 95500 为各公司全国统一客服电话，报案后请记录报案号以便查询进度。
        工时费用参考：拆装前保险杠 0.8 小时，钣金修复（中度）3.5 小时，四轮定位 ¥180/次，空调加氟 ¥150/次，洗车免费
    """),
    ("zh-Hans", "理赔内勤群聊"): _lines("""
        【理赔二组】今天上午天河片区报案 37 宗，水淹车占 21 宗，下午查勘排班已更新到共享表，请大家注意查收，有冲突的私聊组长。
        核价那边说比亚迪大灯 OE 价又涨了，DS20261104-0387 先按 ¥2,480 走，等厂家新价目表出来再补差价，别卡着不结。
        提醒：上传定损照片前一律用 v5.8.2 客户端去除 GPS，信息安全部本周抽查，别再把原图直接发外部群，违者全组通报批评。
        老王汽修那边的发票抬头开错了，让他们重开，税号 92440106MA5D7K3X2P 核对一下再盖章，开票日期写 11 月 6 日。
        系统今晚 18:00–20:00 升级到 5.9.0，期间理赔工作台只读，急案走纸质流转单，编号从 LZ-2611-0100 开始用。
        台风过后第三天，4S 店排队要两周，领导同意一级水淹车放开到二类合作厂维修，合作厂名单见群文件 v3 版，今天下班前各自通知到修理厂。
        95518 转过来的投诉工单 TS20261105-00412 已经回访，客户接受了方案，工单可以关了，记得在系统里补回访记录。
        月度复盘：本月平均结案周期 6.8 天，比上月缩短 1.2 天；小额快赔（¥5,000 以下）占比 64%，继续保持，下月目标结案周期 6 天以内。
        谁有空帮忙看下 OCR 模型把 "¥1,260.00" 识别成 "¥1,2600.0" 的问题，日志在 /logs/ocr/2026-11-05.log 第 3312 行。
        周五下午 3 点在 12 楼会议室培训新能源车高压系统定损，讲师是比亚迪华南服务中心派来的技术专家，务必参加，签到表会上交培训部。
        总部转发监管通知：车险报案后 1 小时内必须首次联系客户，小额案件 5 个工作日内结案，全员执行，下周起纳入个人月度考核。
        代位追偿这周回款 ¥382,600，其中对方保险公司主动赔付 11 宗，诉讼中 3 宗，法务部在跟进开庭时间，下周一例会通报进展。
        12 楼东侧那台打印机又卡纸了，行政已经报修，急件先去 11 楼打印，打印完记得取走，别把理赔材料留在机器上，上次就丢过一份。
    """),
    ("zh-Hant", "理賠常見問題"): _lines("""
        問：汽車意外後幾多日內要通知保險公司？答：一般保單規定須於事發後 30 日內書面通知，涉及人身傷亡須即時報警並索取報案編號。
        問：可以自選車房維修嗎？答：可以，但須先提交報價單予本公司委任之公證行（例如 Crawford & Company 香港分行）審批後方可開工。
        問：颱風期間車輛被水浸是否受保？答：綜合保險（Comprehensive）一般承保水浸，第三者保險則不包括，詳情請參閱保單第 4.2 條「自然災害」。
        問：索償表格在哪裡下載？答：請瀏覽本公司網站「理賠中心」頁面，或致電理賠熱線 2861 0388（星期一至五 9:00–18:00）查詢。
        問：台灣強制險如何申請理賠？答：請向您投保之產險公司 24 小時客服報案，或至監理服務網查詢強制險投保紀錄後備齊文件申請。
        問：醫療收據遺失怎麼辦？答：可向就診醫院（如瑪麗醫院、台大醫院）申請補發收據副本或診斷證明書，副本須加蓋院方印章方為有效。
        問：澳門發生交通意外應撥甚麼電話？答：緊急情況請撥 999 或 112，非緊急可聯絡治安警察局交通廳；保險報案請保留現場相片。
        問：理賠款多久入帳？答：文件齊全後一般 10 個工作天內以轉數快或支票支付，本公司 FPS 識別碼 1634 5502，請勿轉賬予任何個人。
        問：什麼是代位求償？答：保險公司賠付後，依《保險法》第 53 條取得被保險人對第三人的請求權，向肇事方或其保險人追償已賠付之金額。
        問：公證行（Loss Adjuster）與保險公司有何分別？答：公證行為獨立第三方，負責查勘、評估損失並出具報告，費用一般由保險公司支付。
        問：可以用 WhatsApp 提交相片嗎？答：可以，請傳送至理賠 WhatsApp 專線 +852 5548 2730，並於訊息首行註明保單號碼（格式 MV-HK-########）。
        問：舊車是否按市值賠償？答：全損個案按出事前一刻市值（Market Value）計算，參考 Glass's Guide 或同型號二手車成交價，並扣除自負額。
        問：對理賠結果不滿可以向誰投訴？答：可向香港保險投訴局或台灣金融消費評議中心提出申訴，申訴前須先經本公司內部投訴程序處理。
    """),
    ("zh-Hant", "診所收費表"): _lines("""
        中環 德輔道中 68 號 萬宜大廈 12 樓 仁心骨科及物理治療中心｜物理治療每節 HK$680，首次評估 HK$850，X 光（單一部位）HK$420
        收據編號 RC-HK-2611-004817｜項目：頸椎 X 光 ×1、門診診金 ×1｜合計 HK$1,070.00｜付款方式：八達通｜櫃位：3 號｜已付清
        本中心接受 AXA 安盛、保誠、友邦 直接結算（Direct Billing），求診時只須出示醫療卡及身份證明文件正本，無須先行墊支。
        台北市中山區南京東路二段 118 號 3 樓 康和復健科診所｜健保門診掛號費 NT$150，自費體外震波治療每次 NT$2,500，需預約
        醫療報告收費：簡單醫療證明 HK$300，保險索償用詳細醫療報告 HK$1,200，約需 10 個工作天，急件另加 HK$500。
        澳門 新馬路 仁濟跌打醫館 收費參考：跌打診金 MOP 180，推拿 30 分鐘 MOP 260，敷藥每次 MOP 90，收據可作保險索償之用。
        中醫收費：針灸每次 HK$380，推拿 30 分鐘 HK$450，藥酒 100ml HK$88；保險索償須附中醫師註冊資料及蓋章收據正本。
        電子收據 QR 驗證碼：ZH-RCPT-7QX3-M2K8-LP90，掃描後可於診所網站核對收據真偽，收據紀錄保存期為 7 年。
        物理治療療程套票：10 節 HK$6,200（平均每節 HK$620），有效期 6 個月，不可轉讓；保險公司一般只按單節收據賠償。
        電子發票：賣方統一編號 24536806 康和復健科診所，品名：復健治療（自費），金額 NT$2,500，營業稅已內含，載具：手機條碼。
        診所營業時間：星期一至六 9:00–13:00、14:30–19:00，星期日及公眾假期休息；預約電話 2526 8813，WhatsApp 6120 4478。
        MRI 磁力共振（膝關節）HK$6,800 起，需醫生轉介信；本中心與港怡醫院、養和醫院影像中心合作轉介，報告約 3 個工作天。
        醫護團隊：骨科專科醫生 2 名、物理治療師 4 名、註冊中醫師 2 名，所有醫護人員均已於相關管理局或委員會註冊執業，註冊資料可於官方網站查閱。
    """),
    ("ms", "invois_bengkel_panel"): _lines("""
        INVOIS No. INV-BKL-2611-0932 | Bengkel Panel: Kedai Motor Ah Chong Sdn. Bhd. (No. Syarikat 201801023456 (1284567-K)) | Jumlah: RM 3,842.60
        Alamat bengkel: Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Batu Caves, Selangor. Waktu operasi 8.30 pagi hingga 6.00 petang.
        Senarai alat ganti: Bampar depan Perodua Myvi 2022 (OEM 52119-BZ530) RM 580.00; Lampu kabus kiri RM 145.00; Klip bampar (set) RM 18.00
        Upah kerja: Buka dan pasang bampar 1.5 jam x RM 60 = RM 90.00; Cat semula panel depan RM 450.00; Jajaran roda RM 60.00
        SST 8% dikenakan atas perkhidmatan sahaja. No. Pendaftaran SST: B16-1808-32001234. Invois ini dijana oleh sistem dan tidak memerlukan tandatangan.
        Bayaran melalui pindahan bank ke akaun syarikat: Maybank 5141 2033 7790 (Kedai Motor Ah Chong Sdn Bhd). Sila nyatakan nombor tuntutan sebagai rujukan.
        Nota penilai: Anggaran kos pembaikan dipersetujui oleh syarikat pelaras selepas pemeriksaan pada 12/11/2026, rujukan laporan PLR/KL/26/04471.
        Bengkel ini menyertai Skim Bengkel Panel PIAM (Persatuan Insurans Am Malaysia); talian khidmat pelanggan bengkel 03-6189 2245, Isnin hingga Sabtu.
        Invois Tambahan (Supplementary) SUP-2611-0932-01: Radiator rosak ditemui semasa pembaikan, RM 620.00, menunggu kelulusan pelaras.
        Gambar sebelum dan selepas dimuat naik ke portal Merimen, ID kes MER-MY-26-0098341, jumlah 18 keping, resolusi minimum 1600x1200.
        Terma: Kenderaan yang tidak dituntut dalam masa 14 hari selepas siap dibaiki akan dikenakan caj simpanan RM 20 sehari tanpa notis lanjut.
        e-Invois LHDN: UUID 8f2c6a1e-4b7d-4e93-a0c5-3d9e71b2f604, TIN pembekal C23456789010, status Sah pada 2026-11-15 10:04:31.
        Kedai Tayar & Bateri Pak Lah Enterprise (JM0812345-T), No. 7, Jalan Bunga Raya, 75100 Melaka: bateri NS60 RM 260, tayar 185/55R15 RM 210 sebiji.
    """),
    ("mixed", "photo_exif_log"): _lines("""
        EXIF Make=Apple Model="iPhone 15 Pro" DateTimeOriginal=2026:11:04 14:37:12 OffsetTime=+08:00 ImageDescription="前保险杠 left front damage" Software=17.6.1
        exiftool -GPSLatitude -GPSLongitude IMG_4412.JPG → 1.2966 N, 103.8595 E (Suntec City carpark B2, lokasi kemalangan di tempat letak kereta awam)
        [photo-ingest] 2026-11-04T06:41:55Z claim=ZC2026110400387 file=FL03_01.jpg exif.Artist="Harbourline Survey Unit 3" 已去除 GPS strip_gps=true
        XMP exif:UserComment (base64) = U3VydmV5IHBob3RvIHNldCBCLCBLYWtpIEJ1a2l0IHdvcmtzaG9wLCBmbGFzaCBvbg== | 查勘相片批次 B | source=adjuster_tablet_07
        XMP dc:creator="Loss Adjuster Desk - Kuala Lumpur" photoshop:City="Petaling Jaya" 相片來源：公證行現場查勘，Copyright © 2026 Crawford & Company
        Canon EOS R6 | f/5.6 1/250s ISO 400 | 24-105mm @ 35mm | 檔名 SURVEY_HK_0012.CR3 | photoshop:Location=%E4%B9%9D%E9%BE%8D%E7%81%A3%20%E5%BE%B7%E7%A6%8F%E5%BB%A3%E5%A0%B4 停車場 3 樓
        照片比对结果：IMG_4412.JPG 与 IMG_4413.JPG pHash 距离 3，疑似重复提交；MD5 5d41402abc4b2a76b9719d911017c592，请核查上传批次
        GPSDateStamp=2025:09:24 GPSTimeStamp=03:12:40 GPSAltitude=-6.5 m 颱風樺加沙（Ragasa）過境，太古城中心公眾停車場地庫水浸，Photo set FLD-HK-031
        Drone DJI Mini 4 Pro | DJI_0231.JPG | 高度 38 m | 屋顶损毁查勘：kilang papan, Lot 45 Kawasan Perindustrian Kulim, Kedah | 光线：阴天
        Dashcam 70mai A810 file NO20261104-143702-000188F.MP4 | speed 62 km/h | G-sensor event 1.8g | 碰撞前 3 秒已煞车 | kamera hadapan sahaja
        ExifTool Version Number : 12.76 | File Type : HEIC | Image Size : 4032x3024 | Lens Model : iPhone 15 Pro back triple camera 6.765mm f/1.78 | 相機方向：橫向
        Metadata stripped before upload to vendor: removed fields [GPS*, SerialNumber, OwnerName, CameraOwnerName] — policy DP-07 v2.1, disemak oleh pasukan IT
        Photo watermark: "CLAIM ZC2026110400387 | 2026-11-04 14:37 | 广州天河定损中心 | 仅供理赔使用 | untuk kegunaan tuntutan sahaja"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"claim_id":"MC-2026-SG-0042291","claimant":{"name":"Darren Koh Wei Liang","nric":"S8734521A","mobile":"+65 9187 2264","email":"darren.kohwl@gmail.com"},"loss_type":"COLLISION"}
        Adjuster note 06/11: insured Mrs Priya Ramasamy (NRIC T0412876H) admitted she was on the phone when she rear-ended the taxi; she asked us not to tell her husband as he pays the premium.
        Medical receipt – Patient: Tan Boon Hock, DOB 14/03/1961, A&E attendance, Dx: fractured left wrist, known type 2 diabetic on metformin, amount payable S$1,842.30
        Photo EXIF: Artist="Melissa Ong" OwnerName="Mel's iPhone" GPS 1.3541 N, 103.9447 E – taken at insured's flat, Blk 512 Tampines Street 53 #08-214, ceiling leak in master bedroom.
        We hereby demand S$4,720 from your client Mr Hafiz bin Rosli, driver of SLM 7723 R, who collided with our insured's vehicle at Jurong West Street 91 on 2 October 2026.
        Call log: claimant prefers contact on 8345 1190, WhatsApp only, after 7pm on weekdays.
        Claimant Jason Lim is on a debt repayment plan with Credit Counselling Singapore and asked if the payout can go to his sister's account instead of his own.
        Adjuster memo: suspect staged loss – claimant Kelvin Yeo was arrested in 2024 for a similar motor insurance scam, according to his ex-wife who called our hotline.
        claim_ref,name,nric,bank,account_no | MC-26-0773,Nur Aisyah binte Kamal,S9512348A,POSB,188-52741-3
        Repair estimate addressed to Mr & Mrs Gordon Chua, 41 Jalan Kembangan, Singapore 419136 – vehicle SJJ 2208 J, Mercedes C200, estimate S$9,880.
        Bodily injury claim: Mr Wong Ka Ho, HKID K538921(6); his wife, six months pregnant, was the front passenger and was discharged from Queen Elizabeth Hospital on 3 Nov.
    """),
    "zh-Hans": _lines("""
        {"报案人":"刘建军","身份证号":"440106198703152310","手机":"13928714406","车牌":"粤A·3K72M","出险地点":"广州市海珠区新港中路"}
        查勘员备注：被保险人陈先生称车是借给小舅子开的，小舅子无证驾驶，陈先生要求我们"别写进报告"。
        医疗费用收据：患者 周晓雯，女，34 岁，住院号 ZY2026110521，诊断：孕 28 周先兆早产，金额 ¥8,436.20
        代位追偿函：致 王磊 先生（住址：上海市浦东新区张杨路 1588 弄 12 号 602 室），贵方于 2026 年 9 月 3 日驾车追尾我司被保险车辆，请于 15 日内赔付。
        定损照片 EXIF：Artist=阿明的手机，GPS 22.5431 N, 114.0579 E，拍摄于客户自家小区地下车库 B2-118 车位，他说白天要上班只能晚上拍。
        赔款支付信息：收款人 何丽娟，开户行 中国工商银行广州天河支行，卡号 6222 0236 0201 8847 315，赔款 ¥12,600.00
        理赔群里说：林太刚才打电话来哭，她老公欠了网贷三十多万，赔款千万别打到她老公那张卡上。
        照片 ImageDescription 字段（base64）：5byg5bu65Zu9IDE1ODE3MzIwOTQ2，请核实是否为报案人本人拍摄。
        2026-11-05 10:12:33 WARN claim=ZC2026110500912 insured_idcard=310115199211084421 verify=FAIL reason=人脸照片与证件不符
        被保险人 ZHAO YUTING（赵雨婷），护照号 EA8817342，出险时在泰国普吉岛摩托车摔伤，手机 +86 186 2045 7731
        回访备注：客户说白天不方便接，请打 一五八 一七三二 〇九四六，晚上八点以后，别打到她单位去。
    """),
    "zh-Hant": _lines("""
        公證行報告：申索人 李穎欣小姐（香港身份證 R702184(3)），住址 沙田第一城第 32 座 15 樓 F 室，頸部扭傷，需物理治療 12 節。
        醫療收據：病人 陳志強，出生日期 1958-07-22，診斷：腰椎間盤突出、高血壓，仁心骨科中心，收費 HK$2,380
        林太話佢個仔吸毒畀差佬拉咗，架車係佢仔揸撞爛嘅，佢想我哋份報告寫成係佢自己揸，驚個仔保唔到釋。
        理賠申請書：被保險人 黃怡君，身分證字號 F228734561，戶籍地址 新北市板橋區文化路一段 188 巷 5 號 4 樓，行動電話 0921-583-407
        台端 張家豪 先生駕駛車號 BLK-3952 之自用小客車，於 115 年 10 月 8 日在台中市西屯區撞及本公司被保險車輛，請於函到 15 日內賠付新臺幣 86,400 元。
        澳門傷者 何婉婷，澳門居民身份證 5283914(6)，聯絡電話 6628 3105，於新馬路被的士撞倒，右腳踝骨折。
        申索人要求：「理賠結果請寄 kwokmanyee1979@yahoo.com.hk，唔好寄去公司」
        WhatsApp 截圖 OCR：「阿輝：我架車其實係畀收數佬打爛嘅，唔係泊車撞嘅，你幫我寫成意外得唔得」
        相片 EXIF Artist=%E9%84%AD%E5%AE%B6%E8%B1%AA，拍攝於 屯門 兆康苑 B 座 1203 室 客廳，天花漏水已三個月。
        HK-PA-26-0315,蘇美玲,Z683029(4),9234 8817,急性闌尾炎手術,住院 4 日,HK$68,500
    """),
    "ms": _lines("""
        Borang tuntutan: Nama: Muhammad Faizal bin Abdullah | No. KP: 850714-10-5523 | Tel: 012-738 4419 | Alamat: No. 23, Jalan SS 15/4B, 47500 Subang Jaya, Selangor
        Nota pelaras: Puan Siti Norhaliza binti Omar memaklumkan suaminya ditahan polis kerana memandu dalam keadaan mabuk semasa kemalangan itu.
        Resit perubatan: Pesakit Lim Chee Keong, No. KP 780921-07-5341, diagnosis strok ringan dan kencing manis, bil wad RM 4,215.80
        Kepada Encik Rajesh a/l Subramaniam, pemandu kenderaan WXR 3381: kami menuntut RM 12,480 bagi kerosakan kenderaan insured kami di Jalan Tun Razak.
        Bayaran pampasan ke akaun Maybank 1642 3309 8815 atas nama Nurul Huda binti Ismail, rujukan tuntutan PA-MY-26-2210.
        Hubungi pihak menuntut di 017-220 9853 selepas waktu pejabat sahaja.
        Group pelaras: Kak Ros kata anak dia si Adib tu ada hutang along RM 30 ribu, sebab tu kereta dia kena bakar depan rumah.
        EXIF GPS 3.0738 N, 101.5183 E – rumah pihak menuntut di No. 8, Jalan Kenari 3, Taman Sri Muda, 40400 Shah Alam; pemilik kamera: Hafizah
        {"nama_penuntut":"Tan Mei Ling","mykad":"920302-14-6186","emel":"meiling.tan92@hotmail.com","catatan":"hamil 6 bulan","cuti_sakit_hari":14}
        2026-11-07 09:14:02 INFO pemilik=Gurpreet Kaur a/p Harjit Singh no_kp=880119-08-6042 kenderaan=PKA 7712 status=TOTAL_LOSS
    """),
    "mixed": _lines("""
        客户 Wong Siew Ling 的 repair estimate 已经批了，她 IC 900815-14-5238，电话 016-338 2107，叫她去 Ah Chong workshop collect car。
        Claimant 阿强 (Zhang Qiang), FIN G5123987W, construction work permit, 左腿骨折, employer refuse to pay his hospital bill, 他现在住 dormitory 没钱。
        EXIF UserComment (base64): TGF1IFdlbiBKaWUsIFM4ODAxMjM0SCwgQmxrIDExOCBCZWRvayBOb3J0aCBSb2FkICMwNS04OA== 拍摄者自填
        Pemandu pihak ketiga 那个 uncle, plate JQB 2291, 他说 insurance 是 under his son Ahmad Zaki, phone 019-774 5021.
        林太 (Mrs Lim Poh Choo) 的 outpatient receipts: physio x 8, total RM 1,360, diagnosis 颈椎退化 + depression, 她 request 不要让 employer 知道。
        Uploaded file: IMG_20261104_HKID_Y482713(7)_陳偉明_駕照.jpg → claim HK-MV-26-0881, 請 adjuster 核對。
        GET /api/claims/search?name=%E5%91%A8%E6%9B%89%E5%B5%90&tel=%2B85267132290&status=open HTTP/1.1 200 (3 results)
        Adjuster WhatsApp: Mr Tay 的 salary slip 显示 monthly S$3,200 only, 但他 claim loss of income S$9,000/month, 可能 inflate 了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are ClaimMate, a drafting assistant for the Harbourline motor claims desk in Singapore. Keep replies short and polite.",
        ),
        (
            "user",
            "Draft a follow-up email to claimant Samantha Goh (NRIC S7926613B, mobile 9472 1185) asking for her A&E receipt from Changi General Hospital. She mentioned she is 5 months pregnant and worried about whiplash.",
        ),
        (
            "assistant",
            "Subject: Your claim MC-2026-SG-0043310 – A&E receipt Dear Ms Goh, Thank you for speaking with us. To proceed with your claim, please send us the original A&E receipt from Changi General Hospital. We understand your concern about whiplash during your pregnancy and encourage you to follow up with your doctor; related consultation receipts can be submitted as well. Kind regards, Harbourline Motor Claims",
        ),
        ("user", "Shorter, and don't mention the pregnancy in writing."),
        (
            "assistant",
            "Dear Ms Goh, please send us the original A&E receipt from Changi General Hospital so we can proceed with claim MC-2026-SG-0043310. Any follow-up consultation receipts are welcome too. Kind regards, Harbourline Motor Claims",
        ),
    ],
    [
        (
            "user",
            '帮我总结一下这个报案 JSON：{"报案人":"孙志伟","身份证":"440304197609125037","手机":"13760218854","车牌":"粤B·7K3Q9","事故":"深南大道追尾","伤情":"乘客（其女儿，8 岁）额头缝 5 针"}',
        ),
        (
            "assistant",
            "摘要：报案人孙志伟（身份证 440304197609125037，手机 13760218854），车牌粤B·7K3Q9，在深南大道发生追尾事故；车上乘客为其 8 岁女儿，额头受伤缝合 5 针。建议：1）收集女儿的门诊病历和收据；2）调取行车记录仪视频；3）确认对方车辆的保险公司。",
        ),
        ("user", "对方车是出租车，需要什么材料去代位追偿？"),
        (
            "assistant",
            "一般需要：交警事故认定书、我方赔款支付凭证、定损单和维修发票、权益转让书（由孙先生签署），以及出租车公司或其承保公司的联系方式。",
        ),
    ],
    [
        ("system", "你是公證行的報告助理，協助撰寫家居保險查勘報告（繁體中文）。"),
        (
            "user",
            "幫我寫查勘摘要：受保人黃國樑先生，住址 將軍澳 寶林邨 寶勤樓 18 樓 07 室，電話 6392 7718，樓上單位浴室滲水，睡房天花剝落，佢話因為要照顧患腎病洗腎嘅媽媽，一直冇時間處理。",
        ),
        (
            "assistant",
            "查勘摘要：受保人黃國樑先生之住所（將軍澳寶林邨寶勤樓 18 樓 07 室）睡房天花出現剝落，初步判斷源於樓上單位浴室滲水。受保人表示因需照顧正接受洗腎治療之母親，延誤處理。建議安排滲水測試並向樓上業主追討維修費用。",
        ),
        ("user", "洗腎嗰句可唔可以刪走？"),
        (
            "assistant",
            "可以。修訂：受保人住所睡房天花出現剝落，初步判斷源於樓上單位浴室滲水，受保人因家庭原因延誤處理。建議安排滲水測試並向樓上業主追討維修費用。",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat subrogasi kepada Encik Zulkifli bin Hassan, No. KP 760412-03-5127, alamat No. 14, Jalan Sultanah Zainab, 15050 Kota Bharu, Kelantan. Dia pandu DAB 4471 dan langgar kereta insured kami, kos pembaikan RM 8,950.",
        ),
        (
            "assistant",
            "Kepada: Encik Zulkifli bin Hassan (No. KP 760412-03-5127) No. 14, Jalan Sultanah Zainab, 15050 Kota Bharu, Kelantan Per: Tuntutan Subrogasi – Kenderaan DAB 4471 Tuan, Pelanggan kami telah dibayar pampasan sebanyak RM 8,950 bagi kerosakan kenderaan akibat perlanggaran dengan kenderaan tuan. Kami dengan ini menuntut jumlah tersebut dalam tempoh 14 hari dari tarikh surat ini. Yang benar, Jabatan Tuntutan",
        ),
        ("user", "Tambah ayat supaya dia boleh hubungi insurans dia sendiri."),
        (
            "assistant",
            "Tambahan: Sekiranya kenderaan tuan diinsuranskan, sila kemukakan surat ini kepada syarikat insurans tuan dan maklumkan nombor rujukan tuntutan mereka kepada kami.",
        ),
    ],
    [
        (
            "system",
            "Claim record loaded: claimant Farah Lee Hui Min, NRIC T0285547F, 27 Everton Park #04-31 Singapore 081027, policy PA-SG-26-77102, diagnosis: ACL tear left knee, surgery at Mount Elizabeth Novena on 20 Oct 2026.",
        ),
        ("user", "Are her physiotherapy receipts after the surgery claimable under the PA policy?"),
        (
            "assistant",
            "Based on the loaded record, Ms Farah Lee's ACL reconstruction was on 20 Oct 2026. Most personal accident policies cover post-operative physiotherapy if it is prescribed by the treating surgeon and starts within the policy's follow-up window (often 90 days). Please check the schedule for the physiotherapy sub-limit and ask her for the surgeon's referral letter.",
        ),
        ("user", "What's the usual sub-limit?"),
        (
            "assistant",
            "It varies by insurer and plan; common PA plans in Singapore cap physiotherapy at a few hundred to about S$1,500 per accident. The exact figure is in the policy schedule.",
        ),
    ],
    [
        (
            "user",
            "幫我核對這份醫療收據資料是否齊全：病患 林淑芬，身分證字號 B220947839，生日 民國 68 年 4 月 2 日，台中榮總急診，診斷：右手腕骨折、輕微腦震盪，自費 NT$14,300。",
        ),
        (
            "assistant",
            "資料大致齊全：姓名林淑芬、身分證字號 B220947839、出生日期、就診醫院、診斷與金額皆已列出。建議補充：1）就診日期；2）醫院蓋章之收據正本；3）診斷證明書；4）事故證明或報案三聯單。",
        ),
        ("user", "她說診斷證明要付費，可以報銷嗎？"),
        (
            "assistant",
            "多數傷害險與醫療險可將診斷證明書費用列入理賠文件費用，請保留收據一併申請，實際以保單條款為準。",
        ),
    ],
    [
        (
            "system",
            "You help loss adjusters review photo metadata for claim files. Answer in the user's language.",
        ),
        (
            "user",
            '这张水浸相片的 EXIF 是：Artist="Eric Ho Chun Kit", Model="SM-S928B", GPS 22.2783 N 114.2255 E, DateTime 2025:09:24 02:10. 客户说是在他家 柴灣 興華邨 豐興樓 2205 拍的，对得上吗？',
        ),
        (
            "assistant",
            "GPS 22.2783 N, 114.2255 E 位于柴湾一带，与何先生（Eric Ho Chun Kit）所说的兴华邨丰兴楼 2205 大致吻合；拍摄时间 2025-09-24 02:10 也与台风桦加沙影响香港的时段相符。建议再对照相片中的室内特征与现场查勘记录。",
        ),
        ("user", "Ok thanks, 报告里要保留 GPS 吗？"),
        (
            "assistant",
            "一般不建议在对外报告中保留精确 GPS 和住户单位号，可写成「相片拍摄位置与受保物业相符」，原始 EXIF 另存于内部档案。",
        ),
    ],
    [
        (
            "user",
            "Saya pelaras. Pihak menuntut Azman bin Yusof (tel 013-482 6617) kata dia tak mampu bayar lebihan RM 1,500 sebab gaji dia dipotong AKPK dan isteri baru bersalin. Macam mana nak tulis dalam laporan?",
        ),
        (
            "assistant",
            'Cadangan ayat: "Pihak menuntut memaklumkan kesukaran kewangan untuk menjelaskan lebihan (excess) sebanyak RM 1,500 dan memohon pertimbangan kaedah bayaran ansuran." Butiran seperti potongan gaji AKPK dan keadaan isteri tidak perlu dimasukkan kecuali relevan kepada tuntutan.',
        ),
        ("user", "Boleh ke bengkel terima ansuran?"),
        (
            "assistant",
            "Boleh, jika bengkel panel bersetuju. Minta bengkel keluarkan surat persetujuan ansuran dan lampirkan bersama laporan.",
        ),
    ],
    [
        ("system", "你是保险公司法务部的文书助理，负责起草代位追偿函。"),
        (
            "user",
            "起草一封追偿函：对方驾驶员 赵宏斌，身份证 510107198902246672，住成都市武侯区科华北路 62 号 3 栋 1102，驾驶川A·D8R21 于 2026 年 8 月 17 日在二环路闯红灯撞我方被保险车辆，我方已赔付 ¥46,800。",
        ),
        (
            "assistant",
            "代位追偿函 赵宏斌先生（身份证号 510107198902246672）： 住址：成都市武侯区科华北路 62 号 3 栋 1102 2026 年 8 月 17 日，您驾驶川A·D8R21 号车辆在二环路闯红灯，与我司被保险车辆相撞。我司已依保险合同赔付 ¥46,800，依《保险法》第六十条取得代位求偿权。请于收函之日起 15 日内支付上述款项，逾期我司将依法提起诉讼。 特此函告。",
        ),
        ("user", "加一句：如有保险，请转交其保险公司。"),
        (
            "assistant",
            "已补充：如您的车辆已投保交强险及商业三者险，请将本函转交承保公司处理，并告知我司对方理赔案号。",
        ),
    ],
    [
        (
            "user",
            "Worker injury claim under WICA: Bangladeshi worker Rahman Habibur, FIN F3329184K, fell from scaffold at a Tuas site, spinal fracture. His employer says he was drunk. Can you outline what the adjuster should verify?",
        ),
        (
            "assistant",
            "For Mr Rahman Habibur's WICA claim, the adjuster should verify: 1) the accident report filed with MOM and date of notification; 2) site supervisor and co-worker statements; 3) hospital records, including any blood alcohol test on admission; 4) medical leave certificates and the MC period; 5) the employer's work injury compensation policy and insurer. Intoxication only limits compensation in narrow circumstances, so the evidence must be documented carefully.",
        ),
        ("user", "He also owes the agency S$4,000 in placement fees, does that matter?"),
        (
            "assistant",
            "The placement-fee debt does not affect his WICA entitlement and should not be deducted from compensation; keep it out of the adjuster's report unless it is relevant to a separate complaint.",
        ),
    ],
]
