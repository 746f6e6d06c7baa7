# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat162: chats with an assistant about one's own car accident as a driver or a victim (police reports, insurance claims, injuries, workshop disputes, a third party's details, lawyers). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat162
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "motor_claim_faq"): _lines("""
        Q: Do I need to report a minor accident in Singapore? A: Yes. Under the Motor Claims Framework every accident must be reported to your insurer within 24 hours or by the next working day, even if you are not claiming.
        Q: Where can I make the report? A: At any authorised reporting centre, e.g. our partner centre at 18 Ubi Road 4, #01-02, open Mon-Sat 8:30am-6pm, closed on public holidays.
        Q: What should I bring? A: Your NRIC or FIN card, driving licence, vehicle log card, certificate of insurance and photos of all vehicles involved, including their number plates.
        Q: What if the other driver drives off? A: Note down the plate if you can and lodge a police report via the SPF e-Services portal within 24 hours; call 999 only if someone is hurt.
        Q: Will my No Claim Discount drop? A: An own-damage claim of S$2,400 usually cuts a 50% NCD to 20% at renewal unless you bought NCD Protector (premium +S$85 per year).
        Q: How long does a third-party claim take? A: Typically 4-8 weeks after the adjuster's report; claims above S$20,000 or with bodily injury go to our Bodily Injury desk.
        Claims hotline (24/7): +65 6788 1200 · WhatsApp +65 8800 1200 (text only) · e-mail motorclaims@harbourline-insure.com.sg · UEN 201912345K
        Q: Can I choose my own workshop? A: Yes, but repairs at a non-authorised workshop are capped at the adjuster's assessed cost and a S$500 excess applies instead of S$250.
        Q: Is a taxi or Grab ride covered after my car is towed? A: Up to S$50 a day for a maximum of 7 days under the Transport Allowance benefit, claimable with receipts.
        Q: Who pays for the tow? A: Call our tow partner at 6291 0088 only; unauthorised towing from an expressway can cost S$300 or more and is not reimbursed.
        Q: What is the GIA Motor Claims Framework? A: An industry framework set up by the General Insurance Association of Singapore in 2011 to standardise how accidents are reported.
        Q: Do I need a medical report for whiplash? A: Yes, a report from a registered doctor with MC dates; GP consultation fees of up to S$120 are reimbursed under the Personal Accident benefit.
        Updated 01 Mar 2026 · FAQ v3.2 · Harbourline General Insurance Pte Ltd, 10 Anson Road #22-01, International Plaza, Singapore 079903
    """),
    ("zh-Hans", "regulations"): _lines("""
        《道路交通安全法》第七十条：在道路上发生交通事故，车辆驾驶人应当立即停车，保护现场；造成人身伤亡的，应当立即抢救受伤人员，并迅速报告执勤的交通警察或者公安机关交通管理部门。
        第七十六条：机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿；不足的部分，按照各自过错的比例分担责任。
        交强险责任限额（2020年9月19日起）：死亡伤残赔偿限额18万元，医疗费用赔偿限额1.8万元，财产损失赔偿限额2000元；无责任情形下分别为1.8万元、1800元、100元。
        仅造成轻微财产损失、车辆可以移动的事故，当事人应当先撤离现场再协商处理，可通过“交管12123”App在线办理快处快赔，全程一般约10分钟即可完成。
        根据《道路交通事故处理程序规定》，适用简易程序处理的事故可以由一名交通警察处理，当事人对事实及成因无争议的，当场制作道路交通事故认定书。
        当事人对道路交通事故认定有异议的，可以自认定书送达之日起三日内，向上一级公安机关交通管理部门提出书面复核申请，复核以一次为限。
        报警电话：122（交通事故）、110；保险报案请拨打所投保公司的客服热线，例如平安产险95511、人保财险95518、太平洋产险95500，24小时受理。
        人身损害赔偿项目包括：医疗费、误工费、护理费、交通费、住院伙食补助费、营养费；造成残疾的，另计残疾赔偿金、残疾辅助器具费及被扶养人生活费。
        误工费根据受害人的误工时间和收入状况确定；受害人无固定收入的，参照受诉法院所在地相同或者相近行业上一年度职工的平均工资计算。
        道路交通事故损害赔偿纠纷的诉讼时效为三年，自权利人知道或者应当知道权利受到损害以及义务人之日起计算，见《民法典》第一百八十八条。
        北京市公安局公安交通管理局事故处理窗口办公时间为工作日9:00—17:00，当事人可凭事故编号（格式如 京交事〔2026〕第0312号）查询处理进度。
        醉酒驾驶机动车的，由公安机关交通管理部门约束至酒醒，吊销机动车驾驶证，依法追究刑事责任；五年内不得重新取得机动车驾驶证。
        机动车与非机动车驾驶人、行人之间发生交通事故，非机动车驾驶人、行人没有过错的，由机动车一方承担赔偿责任；机动车一方没有过错的，承担不超过百分之十的赔偿责任。
    """),
    ("zh-Hant", "price_list"): _lines("""
        【旺記車房】價目表（2026年3月更新）：前泵把噴油 HK$2,800 起｜後泵把更換（原廠）HK$4,500 起｜倒後鏡總成 HK$1,200–3,600，視乎車款。
        車身執漆：單件 HK$1,500、兩件 HK$2,800、全車 HK$18,000 起；金屬漆及珍珠白另加 20%，一般需時 3–5 個工作天，旺季或需更長時間。
        拖車服務：九龍區內 HK$800、港島區 HK$950、新界區 HK$1,100；過海隧道費及深夜（23:00–07:00）附加費 HK$300 另計。
        保險估價：免費，請攜帶保單、行車證及意外報告編號；我們與多間保險公司直接結算，車主只需支付自負額（俗稱「墊底費」），估價一般約需 30 分鐘。
        代步車：日租 HK$650（Toyota Sienta 七人車），按金 HK$5,000，租用人須持有效香港駕駛執照滿三年，第三者保險已包括在內。
        四輪定位 HK$480｜避震更換（一對）HK$2,200 起｜安全氣袋模組重設 HK$1,800｜ADAS 鏡頭校準 HK$2,500｜電腦故障碼讀取 HK$300。
        地址：九龍觀塘鴻圖道 38 號地下 B 舖（近海濱公園）｜營業時間：星期一至六 09:00–19:00｜熱線 2345 6789｜WhatsApp 9876 5432（只限文字）
        澳門分店：氹仔布拉干薩街 88 號地舖，電話 (853) 2882 1234，澳門幣與港幣同價收費，接受澳門通及 MPay，星期日及公眾假期休息。
        擋風玻璃更換：日系私家車 HK$3,200 起、歐洲車 HK$5,800 起（包括雨量感應器校正）；購買了保險玻璃保障的可豁免墊底費。
        工作單 WK-2026-03817：前泵把 HK$2,800＋大燈總成 HK$3,950＋工錢 HK$1,600＝HK$8,350，保險直付，車主自付墊底費 HK$3,000。
        溫馨提示：意外後請先報警（999 或鄰近警署），拍攝現場及對方車輛相片，切勿在現場承認責任，並於 24 小時內通知保險公司。
        電單車維修：跌車套裝（手把、腳踏、側蓋）HK$1,680 起；頭盔因意外損毀可憑保單報銷，最高 HK$2,000，須保留損毀頭盔作查驗。
        公司註冊編號：3051234｜商業登記證號碼：71234567-000-03-26-5｜旺記汽車維修有限公司｜香港汽車會合作車房（會員享九折）
    """),
    ("ms", "notices"): _lines("""
        NOTIS: Setiap kemalangan jalan raya wajib dilaporkan di balai polis berhampiran dalam tempoh 24 jam mengikut Seksyen 52 Akta Pengangkutan Jalan 1987.
        Talian kecemasan: 999 (polis/ambulans), 112 dari telefon bimbit; talian bantuan PLUSLine 1800-88-0000 untuk Lebuhraya Utara-Selatan, 24 jam sehari.
        Borang tuntutan OD-KFK (Knock-for-Knock) hendaklah dihantar dalam tempoh 30 hari bersama laporan polis, gambar kerosakan dan salinan lesen memandu.
        Bengkel Panel Ah Seng Motor Sdn. Bhd. (No. Syarikat 201601012345), Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor.
        Waktu operasi kaunter tuntutan: Isnin-Jumaat 8.30 pagi - 5.30 petang; Sabtu 9.00 pagi - 1.00 tengah hari; tutup pada cuti umum negeri Selangor.
        Caj tunda dalam radius 30 km: RM200; setiap km tambahan RM5; caj simpanan kenderaan di stor bengkel RM20 sehari selepas 3 hari pertama.
        Peringatan JPJ: Mengikut Seksyen 41 APJ 1987, memandu secara melulu atau berbahaya hingga menyebabkan kematian boleh dihukum penjara 5 hingga 10 tahun dan denda RM20,000 hingga RM50,000.
        Semakan status saman dan laporan polis boleh dibuat melalui aplikasi MyBayar PDRM atau portal rasmi PDRM; saman trafik boleh dijelaskan dengan diskaun semasa kempen.
        Tuntutan pihak ketiga (TP) untuk kecederaan badan biasanya mengambil masa 6 hingga 24 bulan dan mungkin melibatkan peguam serta laporan pakar perubatan.
        Invois No. INV-ASM-2026-00418: Bumper depan RM1,450.00, lampu kabus RM380.00, upah RM600.00, SST 8% RM194.40, jumlah RM2,624.40.
        Hubungi Meja Tuntutan Motor kami di 03-2178 8000 atau e-mel tuntutan.motor@permatajaya-takaful.com.my (Isnin-Jumaat, kecuali cuti umum).
        Ombudsman for Financial Services (OFS) menerima aduan tuntutan insurans motor bagi kerosakan harta pihak ketiga sehingga RM10,000 tanpa sebarang caj.
        Ops Selamat sempena Hari Raya Aidilfitri 2026: rondaan di 48 lokasi panas kemalangan, termasuk KM 300 Lebuhraya Utara-Selatan arah selatan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, job card JC-0412 前泵把已经拆好, waiting for parts from Borneo Motors, ETA Thursday lah. Don't promise customer earlier ok.
        Surveyor from the insurer coming at 2pm today for JC-0415 and JC-0417, pls jangan start painting sebelum dia tengok the damage.
        今日 ADAS calibration machine booked 10am-12pm for the Model 3, after that free, anyone nak pakai just tulis dalam sheet.
        Parts order PO-88213 confirmed: 1x headlamp assy 81150-0K710, 2x clip 90467-10188, total S$1,236.40 incl GST, delivery tomorrow AM.
        提醒大家：客户车钥匙一律放 key box, no more leaving on the dashboard, 上个月已经有一次交错车 already, boss very angry.
        Boss says Saturday half day only 因为 CNY stock take. Tow truck standby until 1pm, after that call the partner line 6291 0088.
        Claims portal down again 🙃 error 502 since 9:15, IT says wait 30 min. Jangan submit estimate dua kali ya, nanti jadi duplicate.
        Paint booth set 60°C bake 30 min, 记得 log in the booth record sheet, NEA inspection next week so everything must be tidy.
        Estimate for JC-0421 revised: bumper S$680 → S$520 after surveyor cut labour by 2 hrs, 已经 update in system, pls don't change.
        Spray gun SATAjet X 5500 nozzle 1.3 rosak, sudah order baru dari supplier, ETA Monday, guna yang backup dulu ya.
        Weekly KPI: 23 jobs closed, avg cycle time 6.4 days, 2 comebacks (both polishing), 目标下周 under 6 days ok? Let's push.
        Who took the torque wrench from bay 3? 放回去 please, the car in bay 3 kena torque wheel nuts sebelum customer collect at 5.
        FYI new rule from insurer: all photos must have timestamp overlay + 4 corners of the car, 不然 claim 会被 reject straight away.
    """),
    ("en", "log_lines"): _lines("""
        2026-03-14T08:12:45.331+08:00 INFO claims-api [req=7f3a9c21] POST /v2/claims 201 created claim_id=MC-SG-2026-0048812 channel=app latency_ms=184
        2026-03-14T08:12:46.002+08:00 DEBUG fraud-score claim_id=MC-SG-2026-0048812 model=fs-v4.2.1 score=0.137 threshold=0.65 decision=PASS
        2026-03-14T08:13:10.550+08:00 WARN doc-ingest claim_id=MC-SG-2026-0048812 file=IMG_4821.HEIC exif_gps=missing action=flag_for_review
        2026-03-14T08:15:02.118+08:00 ERROR ocr-worker job=ocr-55231 file=police_report.pdf pages=3 err=TesseractTimeout after 30000ms retry=1/3
        2026-03-14T09:01:44.909+08:00 INFO workshop-sync ws_id=WS-0117 estimate_id=EST-771204 status=SUBMITTED amount_sgd=3482.50 gst_sgd=313.43
        2026-03-14T09:02:00.000+08:00 INFO scheduler cron="*/15 * * * *" task=sla_breach_check open_claims=1842 breached=17 oldest_age_h=96
        2026-03-14T10:20:31.774+08:00 INFO payout claim_id=MC-MY-2026-0031177 currency=MYR amount=2624.40 rail=DuitNow ref=DN20260314102031774 status=SETTLED
        2026-03-14T10:22:09.015+08:00 AUDIT user_role=adjuster action=VIEW_PII claim_id=MC-HK-2026-0009921 fields=[name,hkid,phone] masked=true reason=assessment
        sha256(police_report_MC-SG-2026-0048812.pdf)=9b1f2e4c7a0d83e5f6b2c9a41d7e0f3b5c8a2d6e9f1b4c7a0e3d6f9b2c5a8e1d size=482113
        2026-03-14T11:45:50.200+08:00 INFO tow-dispatch job=TW-260314-0092 from="PIE exit 29" to="Ubi reporting centre" eta_min=35 truck=TT-07
        2026-03-14T12:00:00.000+08:00 INFO release deploy claims-web v5.18.3 (git 4e7c1a9) canary=10% region=ap-southeast-1 by=ci-bot
        2026-03-14T13:33:07.481+08:00 WARN rate-limit endpoint=/v2/claims/*/photos client=partner-ws-0117 limit=60/min current=73 action=throttle
        2026-03-14T14:05:19.662+08:00 INFO tp-recovery claim_id=MC-SG-2026-0047320 counterparty_insurer=GIA-member-014 recovery_sgd=5120.00 stage=NEGOTIATION
    """),
    ("zh-Hant", "reviews_of_businesses"): _lines("""
        ★★★★★ 陳記汽車板金烤漆（台中市西屯區）：保險理賠流程很熟，估價單寫得清楚，後保桿烤漆三天就交車，顏色完全看不出差異，推薦。
        ★★☆☆☆ 說好週五交車，結果拖到下週二，打電話去問只說在等原廠零件，也沒有主動通知進度，代步車也不提供，整體服務有點失望，技術倒是還可以。
        ★★★★☆ 新北板橋「阿德汽車」老闆很實在，小擦撞建議不要走保險，自費 NT$3,500 處理比較划算，省得明年保費調高。
        ★☆☆☆☆ 拖吊業者到場直接開價 NT$8,000，比公定價高一倍，建議大家先打保險公司的道路救援專線，不要隨便叫路邊的拖車。
        ★★★★★ 荃灣「Ken's Auto」處理保險索償好快，估價員到場當日已經批咗，師傅仲幫手影晒相留底，價錢又公道，推介！
        ★★★☆☆ 價錢合理，但店內等候區太熱，冷氣壞了好幾個月都沒修；鈑金技術沒問題，交車時有附上維修前後照片對照，整體來說還算可以接受。
        ★★★★★ 台北內湖「全順汽車保養廠」配合富邦、國泰、新光產險直接理賠，免先墊款，週六也有營業，車禍後找他們真的很省事，推薦給大家。
        ★★☆☆☆ 澳門「興記車行」估價前後差了 MOP 2,000，說是拆開後才發現水箱支架變形，解釋算合理，但應該一開始就講清楚。
        ★★★★☆ 高雄鼓山區這間律師事務所的車禍諮詢很專業，初次諮詢 NT$2,000／小時，幫忙看懂初判表上的肇事因素和鑑定流程。
        ★★★★★ 擋風玻璃被石頭打裂，「明亮汽車玻璃」到府更換，台灣製玻璃 NT$6,800，一個半小時完成，還協助申請保險理賠。
        ★☆☆☆☆ 車子送修三週還沒動工，客服電話 (02) 2712-3456 永遠沒人接，Google 上也不回覆評論，請大家送修前三思。
        ★★★★☆ 店家回覆：感謝您的支持！本廠已加裝冷氣並新增兒童等候區，歡迎再次蒞臨。—— 全順汽車保養廠 客服部 敬上（回覆於 2026/03/18）
        ★★★★★ 九龍灣「德記車房」執漆手工好靚，好似新車咁光，一件 HK$2,800，係幾間保險公司嘅指定車房之一，等候時間唔長。
    """),
    ("mixed", "config_and_code"): _lines("""
        claim_form.yaml: fields: [incident_date, incident_time, location_text, police_report_no, vehicle_plate, driver_id_type]  # values collected at runtime, never logged
        ID_PATTERNS = {'SG_NRIC': '^[STFGM][0-9]{7}[A-Z]$', 'MY_IC': '^[0-9]{6}-[0-9]{2}-[0-9]{4}$', 'HKID': '^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$'}
        const DEFAULT_EXCESS = { SG: 500, MY: 400, HK: 3000 }; // 自负额 default per market, override in policy_terms table
        INSERT INTO workshops (ws_id, name, city, phone) VALUES ('WS-0117', 'Ah Huat Auto Pte Ltd', 'Singapore', '+65 6748 2200');
        CREATE TABLE accident_reports (report_no VARCHAR(32) PRIMARY KEY, reported_at TIMESTAMPTZ, station_code CHAR(6), severity SMALLINT CHECK (severity BETWEEN 0 AND 4));
        # 事故照片上传限制 MAX_PHOTO_MB=12 MAX_PHOTOS_PER_CLAIM=40 ALLOWED_EXT=jpg,jpeg,png,heic STRIP_EXIF_GPS=true
        def severity_label(code: int) -> str: return ['無損傷', '財損', '輕傷', '重傷', '死亡'][code]  # 對應警方 A1/A2/A3 分類
        i18n/ms.json: {"claim.submit": "Hantar tuntutan", "claim.police_report": "Nombor laporan polis", "claim.excess": "Lebihan (excess)"}
        curl -X POST https://api.example-insure.com/v2/claims -H 'Authorization: Bearer <TOKEN>' -d '{"market":"MY","type":"OD_KFK","police_report_no":"<REPORT_NO>"}'
        pytest tests/test_excess.py::test_young_driver_surcharge -q  # 年轻驾驶员 (<25岁) 额外自负额 S$2,500, expected PASS on v5.18.3
        docker run -e TZ=Asia/Kuala_Lumpur -e CLAIMS_DB_URL=postgres://claims:changeme@db:5432/claims ghcr.io/example/claims-api:5.18.3
        TOW_PARTNERS: [{id: TP-01, name: "Speedy Recovery Services", hotline: "+65 6291 0088"}, {id: TP-02, name: "Kedah Tunda Sdn Bhd", hotline: "04-731 8800"}]
        git log --oneline: 4e7c1a9 fix(ocr): handle 警方报案回执 rotated scans; 2b9d0f1 feat(ms): tambah medan 'Balai Polis' pada borang tuntutan
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        I was rear-ended on the PIE near Toa Payoh on 3 March; the other driver, Marcus Tan Wei Liang, gave me his number 9172 6645 and admitted fault, but now his insurer says he denies it.
        My NRIC is S8826413F and my car plate is SKQ5521G, can you help me fill in section 2 of the GIA accident report form?
        Hi, I'm Priya Nair, the passenger in the Grab that crashed at Bukit Timah; I have a fractured left wrist and the surgeon says I'll need a plate and 6 weeks of MC.
        Claimant: Lim Boon Keat | DOB 14/07/1979 | Address: Blk 412 Bedok North Ave 2 #08-317, Singapore 460412 | Injury: whiplash C5-C6 | MC: 14 days
        Can my lawyer ask for the dashcam video? The cyclist, a guy named Daniel Koh, is threatening to sue me for S$80k and I'm already behind on my car loan.
        The workshop owner keeps calling my wife Rachel at 8233 0917 about the S$4,300 bill; she's 7 months pregnant and this is stressing her out badly.
        Should I really email the adjuster at kelvin.ong.claims88@gmail.com? He said to send my medical report there, is that normal?
        After the accident I was diagnosed with PTSD and my psychiatrist wants me off driving for 3 months. Will my employer find out? My name is Shawn Yeo.
        Third party details from the scene: Ho Mei Ling, Toyota Corolla Altis SGB3318T, insured with a company I didn't catch, mobile +65 9664 1820.
        My dad, Mr Gopal Krishnan, 72, was knocked down at the zebra crossing outside our block at 55 Jurong West St 42; he's in ICU with a brain bleed.
        Bank details for the settlement: DBS savings 027-384519-6, account name Nur Aisyah binte Rahman. Please confirm the S$6,200 is sent by Friday.
        I was arrested for drink driving after the crash last night (breath reading 48 µg), I'm Jonathan Seah, do I need a criminal lawyer before my court date on 22 April?
    """),
    "zh-Hans": _lines("""
        我叫王志强，身份证号 320102198605124418，上周在南京中山北路被一辆电动车撞了，对方全责，现在交警让我们自行协商。
        对方司机叫刘海波，手机 139 5127 8830，车牌 苏A·7K5D2，他说私了赔我三千，我该不该答应？
        我老婆李娟车祸后腰椎骨折，住在浙一医院骨科，医生说至少卧床两个月，误工费怎么算？她月薪一万二。
        事故认定书上写的是：当事人张晓东，驾驶证号 440304199011233517，住址 深圳市南山区桃园路88号3栋1502室，负事故主要责任。
        我是外卖骑手小周，被车撞断了两根肋骨，平台说我不是员工不管，我还欠着花呗两万多，现在连房租都交不起了怎么办啊
        保险理赔收款账户：工商银行 6222 0212 0403 5567 891，户名 陈美玲，请把医疗费 18,432.60 元打到这张卡里。
        我在成都被追尾，对方是个叫赵鹏的律师，态度很嚣张，说是我急刹车，还说认识交警大队的人。他的车是川A·88H21。
        您好，我是车主孙丽的妹妹，她车祸后一直昏迷，现在在华西医院ICU，保险的事请联系我 186 2809 4417。
        受害人：黄建国，男，58岁，电话 15013246675，伤情：左股骨骨折、脑震荡，已花费医疗费47,900元，要求对方赔偿。
        我酒后开车撞了护栏被抓了，我叫何磊，在国企上班，单位会不会知道？怕被开除，家里还有两个孩子要养。
    """),
    "zh-Hant": _lines("""
        我叫黃家豪，HKID Y482913(5)，喺觀塘被的士撞咗，保險公司要我交意外報告編號同埋驗傷報告，點樣攞？
        對方司機係陳志明，佢嘅電話 6234 8891，車牌 NT4518，佢話唔好報警私了，我應唔應該信佢？
        我太太林美華車禍後頸椎受傷，醫生話要做手術，我哋仲欠緊銀行三十萬私人貸款，唔知賠償幾時先到。
        我是台北的李宗翰，身分證字號 A128394756，上個月在信義路被機車擦撞，對方不肯賠，想申請車禍鑑定。
        肇事者：張淑芬，手機 0932-518-774，車號 BFK-6283，住新北市板橋區文化路二段215巷8號4樓。
        我媽媽（蔡秀蘭，72歲）在高雄過馬路被撞，現在左腿粉碎性骨折，又有輕度失智，想知道可以請求多少看護費？
        我係何嘉欣，澳門身份證 5284671(3)，喺氹仔被巴士撞到，想問可唔可以直接向巴士公司嘅保險索償？
        林太，車房老闆阿強話你架車修理費要 HK$38,000，佢仲話你老公上次欠佢嘅錢一直未還。
        我撞車之後被驗出酒精超標，被控醉駕，我叫吳俊傑，下個禮拜要上九龍城裁判法院，要唔要請律師？
        轉帳資料：中國信託 帳號 822-5401-2398-7765，戶名 許雅婷，和解金 NT$120,000 請於 5/20 前匯入。
    """),
    "ms": _lines("""
        Saya Nurul Huda binti Azman, No. KP 890417-10-5524, kereta saya dilanggar dari belakang di Jalan Klang Lama semalam, macam mana nak buat tuntutan?
        Pemandu lori tu nama dia Rosli bin Hamid, nombor telefon 013-772 9185, plat BKT 4421, dia mengaku salah tapi tak nak bagi butiran insurans.
        Adik saya Faizal patah kaki kanan dan kena tahan di Hospital Tengku Ampuan Rahimah Klang selepas motor dia dirempuh kereta.
        Alamat saya untuk surat peguam: No. 23, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam, Selangor — nama Kamarul Ariffin bin Zainal.
        Encik Lee Chong Kit dari bengkel tu ugut nak lelong kereta saya kalau tak bayar RM6,800 dalam seminggu, saya pula tengah buat pinjaman peribadi.
        Laporan polis No. KLANG/012345/26 dibuat oleh Siti Aminah binti Yusof, 34 tahun, penumpang, mengalami kecederaan di kepala dan lebam di bahu.
        Akaun untuk bayaran pampasan: Maybank 1642 8830 5517, nama pemegang Mohd Hafiz bin Ismail. Tolong sahkan bila duit dah masuk ya.
        Suami saya Azlan ditahan polis sebab memandu mabuk dan langgar orang di Jalan Tun Razak, sekarang kena reman 4 hari, apa saya boleh buat?
        Pihak ketiga emel dari ahmad.farid1987@yahoo.com, dia minta saya bayar RM2,000 tunai supaya tak buat laporan polis, patut ke saya ikut?
        Pesakit: Lim Siew Mei, No. KP 760902-08-6218, diagnosis: patah tulang selangka kiri akibat kemalangan jalan raya, cuti sakit 30 hari.
    """),
    "mixed": _lines("""
        Hi, saya kena langgar kat Jalan Ampang, the other driver Jason Wong Kah Hoe, phone 016-338 4172, dia cakap nak settle cash tapi now ghosting me.
        我的 NRIC 是 T0371842J，昨天在 CTE 被 lorry 撞，insurance 要我 upload police report，可以帮我写 statement 吗？
        My mum 陈玉珍 got hit by a motorbike outside Pasar Seni, she's 68, now admitted at HKL with hip fracture, what can we claim ah?
        Workshop 的老板一直 call 我老公 Kelvin, number 9187 2264, 说 S$3,800 not paid yet, but insurance already approved leh.
        对方 plate JQW 8812, driver nama Ahmad Zaki, 他的 IC 是 910523-01-6637, I took photo of his lesen memandu, boleh guna tak?
        I'm Wong Siu Ling, HKID K593120(A), 想 claim 驗傷報告 fee from the bus company, 律師話要先寄 demand letter.
        Please update my address for the claim: 12 Lorong 3 Taman Desa Jaya, 81100 Johor Bahru, under Tan Mei Fong as policy holder. 谢谢!
        Boss 阿辉 crashed the company van last night and now 他要我 take the blame because my licence 还有 points, is this legal?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for motorists in Singapore. Give general information, not legal advice.",
        ),
        (
            "user",
            "Someone rear-ended me at the traffic light on Clementi Road this morning. Other driver is Eugene Chia Kok Meng, phone 9338 1276, his car is SLA8841X. He was very apologetic but refused to call the police. What now?",
        ),
        (
            "assistant",
            "Sorry to hear that, I hope you're not hurt. In Singapore you must report the accident to your own insurer within 24 hours or by the next working day, even if you don't plan to claim. Bring the details you collected (the other driver's name, phone and plate), your photos and any dashcam footage to an authorised reporting centre. A police report is only needed if someone is injured, if there is a foreign vehicle, or if government property is damaged.",
        ),
        ("user", "My neck is a bit stiff actually. Should I see a doctor first?"),
        (
            "assistant",
            "Yes, see a doctor today and ask for a medical report and an MC if needed. Whiplash symptoms often appear 24 to 48 hours later, and an early record helps any bodily injury claim. As it now involves an injury, you should also lodge a police report.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理交通事故理赔问题的中文助手。"),
        (
            "user",
            "昨天在杭州文一西路，我开车直行，一辆右转的车把我撞了。对方叫郑国华，电话 137 5811 2096，车牌 浙A·3R8M1。交警定了对方全责，但他现在说车修好以后再赔，怎么办？",
        ),
        (
            "assistant",
            "对方全责且已有事故认定书的情况下，您可以直接向对方投保的保险公司报案索赔，交强险财产损失限额为2000元，超出部分由其商业三者险赔付。建议保留认定书、维修发票和现场照片。",
        ),
        ("user", "我这边修车要8600，还有我手腕扭伤了，去医院拍了片子花了1200多。"),
        (
            "assistant",
            "修车费可以由对方保险公司定损后直接与修理厂结算，医疗费凭病历、票据在交强险医疗费用限额内赔付。如果对方拖延，您也可以在三年诉讼时效内向法院起诉，把保险公司列为共同被告。",
        ),
    ],
    [
        (
            "user",
            "我喺旺角被一架的士撞咗，條腿瘀晒。我叫梁詠琪，身份證 R621847(9)，電話 9456 3382。的士公司話要我自己搵律師，係咪真㗎？",
        ),
        (
            "assistant",
            "先照顧好自己，記得到急症室或家庭醫生驗傷並保留報告。喺香港，的士一定要有第三者保險，你可以經律師向的士司機同佢嘅保險公司提出人身傷亡索償。報警時警方會俾你一個報案編號，之後申請交通意外報告要用到。",
        ),
        ("user", "請律師好貴，有冇其他辦法？"),
        (
            "assistant",
            "你可以先申請法律援助，法援署會審查經濟狀況同案情；另外亦可以向律師會查詢免費法律諮詢計劃。好多交通意外案件嘅律師費最終可以向對方追討。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI yang membantu pengguna di Malaysia tentang kemalangan jalan raya dan tuntutan insurans.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Hairul Anuar bin Salleh, motor saya dilanggar kereta Myvi di Jalan Kuching tadi. Pemandu tu nama Tan Boon Huat, no telefon 012-605 3381. Kaki saya luka dan siku bengkak.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Semoga cepat sembuh. Langkah pertama, buat laporan polis di balai berhampiran dalam tempoh 24 jam dan dapatkan rawatan di klinik atau hospital kerajaan supaya ada rekod perubatan. Simpan gambar motor, kecederaan dan butiran pemandu kereta tersebut.",
        ),
        ("user", "Boleh ke saya tuntut dari insurans dia?"),
        (
            "assistant",
            "Boleh. Anda boleh buat tuntutan pihak ketiga terhadap insurans pemandu tersebut untuk kerosakan motor dan kecederaan badan. Untuk kecederaan, biasanya peguam akan uruskan dan tuntutan mungkin ambil masa beberapa bulan hingga dua tahun.",
        ),
    ],
    [
        (
            "user",
            "Workshop at Kaki Bukit say my car ready but they won't release until I pay S$2,150 extra 'storage fee'. Insurance already paid them. My name Ng Hui Min, policy no. HGI-MV-2025-778214, car SMB7712K. 我该怎么办？",
        ),
        (
            "assistant",
            "这种情况下，先跟保险公司确认他们已支付的金额和维修范围，请 workshop 提供详细的 storage fee 收费依据。如果合同里没有约定，你可以拒绝支付，并向保险公司的 claims officer 投诉，也可以向 CASE (Consumers Association of Singapore) 寻求协助。",
        ),
        (
            "user",
            "The boss there, everyone calls him Ah Kow, he say if I don't pay by Friday he charge S$50 per day more. Can he do that ah?",
        ),
        (
            "assistant",
            "He can only charge what was agreed. If there was no written agreement on storage charges, the extra daily fee is questionable. Keep all WhatsApp messages with him, pay under protest if you urgently need the car, and then claim it back through CASE or the Small Claims Tribunals.",
        ),
    ],
    [
        ("system", "你是協助台灣民眾了解車禍處理流程的助理，請用繁體中文回答。"),
        (
            "user",
            "我上個月在台南東區騎機車被汽車撞，對方駕駛叫蘇志偉，車號 AKE-3092，他說是我闖紅燈。我左手骨折開刀，打了鋼釘，到現在還不能工作。",
        ),
        (
            "assistant",
            "很遺憾您受傷了。您可以先向警方申請道路交通事故初步分析研判表，若對肇事責任有爭議，可在事故發生六個月內向車輛行車事故鑑定會申請鑑定。醫療費用可先向對方的強制汽車責任保險請求，每人醫療費用上限二十萬元。",
        ),
        ("user", "我的身分證是 D221839047，要填在強制險申請書上嗎？"),
        (
            "assistant",
            "是的，強制險理賠申請書需要請求權人的身分證字號、診斷證明書和醫療收據。請只交給保險公司正式窗口，不要在聊天或社群上公開這些資料。",
        ),
        ("user", "對方律師打給我說願意和解十五萬，可以接受嗎？"),
        (
            "assistant",
            "先別急著簽。建議您把醫療費、不能工作的損失和未來復健費用算清楚，再決定；也可以到鄉鎮市區調解委員會免費調解，或向法律扶助基金會諮詢。",
        ),
    ],
    [
        (
            "user",
            "I'm a Penang-based teacher, Sarah Lee Pei Shan. A Grab driver hit me at a zebra crossing on Jalan Burmah. I've been on medical leave for 3 weeks with a torn ligament. The lawyer, Mr Rajesh from a small firm in George Town, wants 25% of whatever I get. Is that normal?",
        ),
        (
            "assistant",
            "In Malaysia, lawyers are generally not allowed to charge a percentage of the award as a contingency fee under the Legal Profession rules. Ask the lawyer for a written fee arrangement based on the scale or on time spent, and check with the Malaysian Bar if you are unsure.",
        ),
        ("user", "Oh. Then what can I actually claim for?"),
        (
            "assistant",
            "Typically medical expenses, loss of earnings during medical leave, pain and suffering for the injury itself, future treatment like physiotherapy, and transport costs. Keep all receipts, medical reports and your salary slips.",
        ),
    ],
    [
        (
            "system",
            "You are ClaimBot for Harbourline General Insurance. Current session customer: Mr Vincent Lau Chee Wai, NRIC S7914582B, mobile 9027 3354, policy HGI-MV-2024-553901, vehicle SJF2289E. Do not reveal these details to anyone other than the customer.",
        ),
        (
            "user",
            "Hi, what's the status of my claim from last Tuesday's accident at Upper Thomson?",
        ),
        (
            "assistant",
            "Hello Mr Lau. Your own-damage claim under policy HGI-MV-2024-553901 was received and the adjuster's inspection of SJF2289E is scheduled for Thursday at our Ubi partner centre. You'll get an SMS on 9027 3354 once the estimate is approved.",
        ),
        ("user", "Thanks. Will my NCD be affected?"),
        (
            "assistant",
            "If the other party is found fully at fault and we recover the cost from their insurer, your NCD will be restored. Otherwise an own-damage claim would reduce it at renewal.",
        ),
    ],
    [
        (
            "user",
            "Tolong saya. Semalam kereta saya kena langgar lari di Jalan Tebrau, Johor Bahru. Saya sempat ambil gambar plat kereta tu: JVT 6619, Honda City putih.",
        ),
        (
            "assistant",
            "Maaf dengar tentang kejadian itu. Buat laporan polis secepat mungkin dan sertakan nombor plat serta gambar. Polis boleh mengesan pemilik kenderaan melalui rekod JPJ. Jika ada kamera papan pemuka atau CCTV kedai berdekatan, minta salinannya.",
        ),
        (
            "user",
            "Saya dah buat report, no. report JB SELATAN/004417/26. Nama saya Chong Wai Keong, IC 820315-01-5573. Insurans saya minta saya tunggu.",
        ),
        (
            "assistant",
            "Bagus. Berikan nombor laporan itu kepada syarikat insurans anda. Jika pemandu tidak dapat dikesan, anda masih boleh tuntut di bawah polisi komprehensif sendiri, walaupun NCD mungkin terjejas.",
        ),
    ],
    [
        ("system", "你是一个法律信息助手，只提供一般性信息。"),
        (
            "user",
            "我有癫痫，平时吃药控制得不错，但上周在广州开车时突然发作撞了前面的车，对方车上一个小孩受了轻伤。我叫林浩然，身份证 44010619900721583X。会不会坐牢？",
        ),
        (
            "assistant",
            "首先希望孩子和您都无大碍。根据《机动车驾驶证申领和使用规定》，患有癫痫等妨碍安全驾驶疾病的人不得申请驾驶证，已持证的应当注销。本次事故的法律后果取决于交警的责任认定、伤情鉴定以及您是否明知病情仍驾车，建议尽快咨询当地执业律师。",
        ),
        ("user", "保险公司会不会因为这个拒赔？"),
        (
            "assistant",
            "交强险通常仍会在限额内先行赔付受害方，但保险公司可能就垫付部分向您追偿；商业险则要看保单的免责条款。请保留病历和就诊记录，与律师一起评估。",
        ),
    ],
    [
        (
            "user",
            "我喺澳門新馬路行緊，俾一架電單車撞到，頭撞到地要縫五針。電單車司機叫鄭家樂，電話 6687 2190，佢話自己冇買保險。",
        ),
        (
            "assistant",
            "先祝你早日康復。澳門所有汽車及電單車都必須購買第三者責任保險，冇保險屬違法。請即向治安警察局報案，並保存驗傷報告同醫療收據。如果肇事者真係冇保險，你可以向汽車保障基金申請賠償。",
        ),
        ("user", "好，我想問驗傷報告要去邊度攞？"),
        (
            "assistant",
            "你可以向就診嘅醫院，例如仁伯爵綜合醫院，申請醫療報告；一般需要幾個工作天，並需繳付行政費用。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short letter to the other driver's insurer? I'm the victim, my details are in the next message.",
        ),
        (
            "assistant",
            "Of course. Please share your name, address, the date and place of the accident, the other driver's vehicle number and your claim amount.",
        ),
        (
            "user",
            "Aaron Goh Jun Hao, 27 Jalan Bunga Raya, Singapore 537590. Accident on 9 Feb at Serangoon Ave 3, their car SGQ4417M. Repair S$5,630 plus physio S$840.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Aaron Goh Jun Hao of 27 Jalan Bunga Raya, Singapore 537590, write to claim against your insured, the driver of SGQ4417M, for the collision at Serangoon Ave 3 on 9 February 2026. I claim S$5,630 for vehicle repairs and S$840 for physiotherapy, with invoices enclosed. Kindly acknowledge within 14 days. Yours faithfully, Aaron Goh Jun Hao.",
        ),
    ],
    [
        ("system", "你是一个面向马来西亚华人用户的助手，可以用简体中文回答。"),
        (
            "user",
            "我在怡保被一辆罗里追尾，司机叫 Muthu a/l Suppiah，电话 017-552 8043。我颈椎受伤，医生给了两个礼拜 MC。我老板说 MC 太长要扣我薪水，我月薪才 RM2,800。",
        ),
        (
            "assistant",
            "根据马来西亚《1955年雇佣法令》，持有注册医生开的 MC，雇主必须给予带薪病假，天数视服务年资而定。被扣的薪水损失也可以在第三方伤害索赔中一并追讨。建议保存 MC、医生报告和薪水单。",
        ),
        ("user", "那我要找律师吗？"),
        (
            "assistant",
            "人身伤害索赔通常需要律师处理，可以先找几家律师楼比较，确认收费方式。也可以咨询法律援助局。",
        ),
    ],
    [
        (
            "user",
            "Anak saya Aqil, 9 tahun, cedera masa saya bawa kereta dan kena langgar di simpang Jalan Ipoh. Dia patah tangan. Boleh ke saya tuntut insurans untuk dia?",
        ),
        (
            "assistant",
            "Semoga Aqil cepat sembuh. Sebagai penumpang, anak anda boleh membuat tuntutan kecederaan terhadap insurans pemandu yang bersalah. Ibu bapa atau penjaga akan bertindak bagi pihak kanak-kanak tersebut, dan sebarang pampasan biasanya perlu diluluskan oleh mahkamah.",
        ),
        (
            "user",
            "Pemandu lain tu, Khairul Nizam, cakap saya yang salah sebab masuk simpang laju. Dia bagi nombor 019-248 7716 je.",
        ),
        (
            "assistant",
            "Tanggungjawab akan ditentukan melalui siasatan polis dan bukti seperti kamera papan pemuka. Walaupun anda didapati bersalah sebahagian, anak anda sebagai penumpang masih berhak menuntut, termasuk melalui polisi insurans anda sendiri.",
        ),
    ],
]
