# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix141: hydroponic and vertical farms and mushroom growers in SG/MY/HK/TW (grow logs, restaurant orders, grants, worker permits, contamination incidents, supplier chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix141
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "grow_log"): _lines("""
        2026-03-14 06:00:02 [RACK-B3] NFT channel 7 EC 1.8 mS/cm, pH 6.1, water temp 21.4C, dosing pump P2 ran 14s (nutrient A/B 1:1)
        Batch LTC-2611 butterhead, day 23 of 35: leaf count avg 14, tip burn on 3 of 240 plugs in tray row 5, raised Ca-Mg by 0.1 EC
        Grow room 2 humidity stuck at 93% RH since 02:15; dehumidifier DH-04 tripped breaker, reset by night shift at 04:40, back to 78% by 05:30
        Oyster mushroom block lot PO-0412: spawn run complete day 18, pinning started on 61 of 64 bags, 3 bags binned for green mould (Trichoderma)
        LED zone C photoperiod changed 16/8 to 18/6 per SOP-GL-07 rev 3; PPFD at canopy measured 265 umol/m2/s with Apogee MQ-500
        Shiitake sawdust logs, incubation shelf 4: browning at 70%, moved to shock tank 12 Mar, 14C water for 18h, fruiting room F1 from 13 Mar
        Kale microgreens tray K-1188 to K-1212 harvested 09:10, 26 trays x 220g = 5.72kg, packed into 114 clamshells for the Tuesday FairPrice run
        Reservoir R1 top-up 180L at 14:05, RO water TDS 12 ppm, added 360 ml Part A + 360 ml Part B, EC after mix 1.62, DO 7.9 mg/L
        Alarm cleared 22:47: CO2 in fruiting room F2 back under 900 ppm after exhaust fan EF-2 belt replaced (part no. B-42 from supplier stock)
        Week 11 yield summary - Tower A 412 kg, Tower B 398 kg, Tower C 0 kg (flush and sanitise, Pythium found on root mats), total 810 kg
        Lion's mane (Hericium erinaceus) lot LM-26-09: first flush 2.3 kg from 10 bags, biological efficiency 46%, colour white, no yellowing
        Seeding log 2026-04-02: Genovese basil 'Aroma 2' 1,440 cells in rockwool AO 25/40, germination chamber GC-1 at 24C, 100% RH, dark
        Calibration done on pH probe HP-3 with buffer 4.01 and 7.00 (lot 55821), slope 98.6%, offset +4 mV, next calibration due 16 Apr
    """),
    ("zh-Hans", "餐厅订单"): _lines("""
        订单号 SO-20260318-0457｜客户：老陈鱼头米粉（牛车水店）｜罗马生菜 8kg、芝麻菜 3kg、豌豆苗 2kg｜周四早上7点前送到后门卸货区
        海底捞（Clarke Quay 店）追加：杏鲍菇 20 箱（每箱 5kg）、金针菇 40 包，单价 S$2.80/包，发票请开公司名，PO 号 HDL-CQ-7781
        麻烦明天加单：鲜香菇 15kg、蟹味菇 6 盒，送到星耀樟宜 B2-245 厨房入口，收货时间 10:00–11:30，门店电话 6241 8830
        本周菜单需要：罗勒 1.5kg（意大利餐厅 Trattoria Lucia 用）、薄荷 500g、萝卜苗 12 盒，全部要附 SFA GAP 证书编号 SG-GAP-0192
        订单 #MY-24519 已确认：猴头菇 10kg × RM 38 = RM 380，运费 RM 25，合计 RM 405，付款方式：公司转账，30 天账期
        黄记烧腊（Geylang 总店）取消本周六订单，因厨房装修停业三天，下周一恢复正常固定单：生菜 5kg、小白菜 8kg、菜心 4kg
        厨房反映上批奶油生菜有两箱叶片发黄，批次 LTC-2607，已拍照给品控，退货单 RMA-0331，下单时请换同品种新批次
        周末婚宴 40 桌，需要鲜香菇 30kg、白玉菇 12kg、秋葵 8kg，请在周五下午 3 点前送到 Marina Bay Sands 宴会厨房 L1 收货口
        客户编号 C-0088 面包先生咖啡馆：每日固定单 芝麻菜 1kg、嫩菠菜 2kg，周日不送，月结，发票抬头“面包先生餐饮私人有限公司”
        报价更新：水培小白菜 S$6.20/kg，罗马生菜 S$7.80/kg，混合沙拉叶 S$14.50/kg，最低起送 S$80，4 月 1 日起生效
        今晚 22:00 截单，明早 5:30 出车，路线 A：芽笼 → 加冷 → 武吉士，路线 B：裕廊西 → 文礼，司机出车前请扫码打卡
        阿婆煎饼（Ampang 店）订的 5kg 金针菇今天缺货，供应商从韩国来的货柜延误两天，已改配鸿喜菇，价格照旧，请厨房回复确认
        订单状态：已出库｜运单号 NV-SG-2604118873｜承运：Ninja Van｜预计送达 3 月 20 日 09:00-12:00｜签收：餐厅前台
    """),
    ("zh-Hant", "資助公告"): _lines("""
        漁農自然護理署「農業持續發展基金」新一輪申請現已接受，截止日期 2026 年 6 月 30 日下午 5 時，一般查詢請致電 1823
        資助上限為每個項目港幣 300 萬元，項目須於 24 個月內完成，適用於溫室、水耕系統、LED 光源、環境控制設備及冷鏈設施之採購及安裝
        農業部公告：設施型農業計畫補助智慧溫室及植物工廠設備，補助比例最高 50%，申請案號格式為 AG-115-00001 起依序編列
        申請機構須於香港註冊，並提交商業登記證副本（例如 BR 號碼 71234567-000-03-26-1）及最近兩年經審核帳目
        臺中市政府農業局菇類產業升級補助說明會：3 月 27 日（五）14:00，地點霧峰區農會二樓禮堂，免費入場，名額 120 名
        第二期撥款需附上進度報告、發票正本及設備序號清單（例如 SN-HX2026-000417），逾期未交者，本署將暫停撥款並以書面通知申請機構
        常見問題：已取得香港有機資源中心認證（HKORC）之農場可否同時申請？答：可以，但同一設備不得重複申請不同基金或政府計劃之資助。
        嘉義縣菇農合作社獲補助新台幣 480 萬元，用於太空包滅菌鍋爐汰換及冷藏庫擴建，合作社統一編號 87654321，預計 2027 年完工
        根據基金指引第 4.3 段，申請機構可聘請顧問公司撰寫計劃書，但顧問費不得計入資助金額，亦不得由受資助設備之供應商兼任。
        蔬菜統營處長沙灣總部將於 4 月 18 日上午 10 時舉辦垂直農場技術分享會，歡迎業界報名，名額 80 個，先到先得，額滿即止
        審批結果：本年度共收到 87 份申請，批出 31 份，資助總額港幣 4,260 萬元，其中 9 個為室內垂直耕種項目，6 個為菇類栽培。
        農業部長陳駿季今日出席臺南市一座新設植物工廠的揭牌典禮，致詞表示將持續推動智慧農業、設施栽培與青年從農，並擴大相關補助。
        電子申請請登入基金網頁，如遇技術問題請電郵 sadf@afcd.gov.hk 或於辦公時間致電基金秘書處 2150 7039
    """),
    ("ms", "sembang_kumpulan_staf"): _lines("""
        Geng, rak C4 pam air berbunyi pelik sejak pagi, saya dah tutup valve dulu. Tolong team maintenance check sebelum shift petang ya.
        Update: 40 kotak sawi hidroponik dah siap pack, Pos Laju ambil pukul 3 petang, nombor tracking EP123456789MY dah masuk sistem.
        Bilik cendawan tiram no. 2 suhu naik ke 31 darjah, kipas ekzos rosak. Saya pindahkan 200 bag ke bilik 3 dulu, jangan buka pintu selalu.
        Reminder semua: mulai Isnin pakai apron dan penutup rambut dalam bilik inokulasi, SOP baru dah tampal kat pintu masuk.
        Supplier habuk kayu dari Klang hantar lewat lagi, stok tinggal untuk 3 hari je. Boss kata cari supplier kedua, sesiapa ada kenalan?
        Order restoran Nando's Mid Valley minggu ni: 25 kg salad mix, 10 kg romaine. Invois INV-2026-0412 dah hantar ke akaun syarikat.
        Jangan lupa cuti umum Hari Raya, ladang tutup 2 hari. Shift siram dan check EC ikut jadual roster yang dah share dalam drive.
        Bag cendawan batch 0415 ada kulat hijau 12 biji, dah asingkan dan buang dalam tong merah. Jangan letak dekat bilik inkubasi.
        Mesin pengisi bag rosak lagi, technician syarikat datang esok 10 pagi. Hotline servis dia 1-300-88-2626 kalau nak follow up.
        Siapa ambil kunci stor baja semalam? Tolong pulangkan kat pejabat, hari ni nak buat stock take dengan auditor MyGAP.
        Harga benih salad naik 15% bulan depan, pembekal dah hantar notis. Admin tolong kemas kini price list sebelum quotation baru keluar.
        Lawatan pegawai DOA hari Khamis pukul 11 pagi untuk pemeriksaan sijil myOrganic, pastikan rekod semburan lengkap dan bertandatangan.
        Hasil tuaian hari ni: cendawan tiram kelabu 86 kg, cendawan kukur 14 kg. Gred A 71 kg, gred B 29 kg, semua masuk chiller 2.
    """),
    ("mixed", "contamination_incident"): _lines("""
        Incident IR-2026-017: 鸿喜菇 fruiting room F3 发现 cobweb mould，affected 320 bags (~18%)，已隔离并用 2% H2O2 喷洒，root cause 待 QA 确认
        Trichoderma outbreak dekat incubation room 2, 来源怀疑 sawdust supplier batch SD-0409 没有 steam 够时间, autoclave log 显示只 90 min
        NFT line 4 Pythium root rot 確認，全部 1,200 株 lettuce 要 dispose，system flush with 35% H2O2 at 3 ml/L，預計 downtime 5 日
        Food safety update: SFA sampling 结果 Listeria negative, E. coli < 10 CFU/g，all lots cleared，report ref SFA-LAB-26-04471 已 file 入 QA folder
        Bacterial blotch (Pseudomonas tolaasii) on 白蘑菇 caps，humidity 太高 95%，action: reduce misting cycle, 加強 air exchange 到 6 次/小時
        CAPA-0092 closed: 原因係 flow hood 個 HEPA 過期冇換，已更換 Camfil filter，next change date 2026-09-30
        Pest incident: fungus gnats (Bradysia) 喺 propagation room 出現，sticky traps 一日捉到 40+，已 release Stratiolaelaps mites 控制
        Customer complaint CC-2611 dari restoran: 生菜 ada serangga kecil, kami dah recall lot LTC-2605, 34 kotak, replacement hantar esok pagi
        Water test result tangki R2: nitrite 0.8 ppm tinggi, 可能 biofilter 出问题，sementara guna RO water dan stop recirculation 48 jam
        Chiller 1 temperature excursion 02:10–04:35 去到 11°C，affected stock 金針菇 220 包 hold 起，QA 評估後 decide release or discard
        Allergen check: packing line 同 contract packer 嘅 peanut sauce 共用？已 confirm line dedicated，no cross-contact，HACCP plan update 到 v4.2
        Root cause analysis 5-Why 结果：door seal 破损 → 外部孢子 ingress → green mould，fix: 换 EPDM seal，加 positive pressure 15 Pa
        Recall mock drill 完成：trace 从 lot MU-0321 forward 到 6 个 customer 只用 47 分钟，target < 2 小时，pass ✅
    """),
    ("en", "config_and_code"): _lines("""
        mqtt: { broker: tcp://10.0.4.12:1883, topic: farm/sg-lcz/rack/+/ec, qos: 1, client_id: edge-gw-07, keepalive: 60 }
        DOSING_PUMP_ML_PER_SEC = 1.25  # calibrated 2026-02-11 on pump P2, 12V peristaltic, tolerance +/- 3%
        SELECT lot_id, strain, inoculated_at, bag_count FROM spawn_batches WHERE status = 'contaminated' AND inoculated_at > '2026-03-01';
        ph_target: {min: 5.8, max: 6.3}; ec_target_ms_cm: {seedling: 0.8, vegetative: 1.6, finishing: 2.0}; alert_webhook: https://hooks.example.com/grow
        if humidity_pct > 92 and fan_state == 'off': trigger_relay(pin=17, seconds=300); log.warning('RH high in %s', room_id)
        docker run -d --name growctl -p 8080:8080 -e TZ=Asia/Singapore -e DB_URL=postgres://grow:changeme@db:5432/farm ghcr.io/example/growctl:2.4.1
        CSV header: timestamp,rack_id,channel,ec_ms_cm,ph,water_temp_c,air_temp_c,rh_pct,co2_ppm,ppfd,firmware_version
        sha256(firmware_esp32_v3.1.7.bin) = 9f2c4e7a1b3d5f60c8e2a4b6d8f01a3c5e7092b4d6f8a0c2e4b6d8f0a1c3e5f7
        crontab: 0 */2 * * * /opt/farm/bin/export_yield.py --site MY-SEL-01 --format csv --out /data/exports/yield_latest.csv
        const RECIPE_BUTTERHEAD = { days: 35, photoperiod: '16/8', ppfd: 250, dli: 14.4, ec: [0.8, 1.2, 1.6], ph: 6.0 };
        git commit -m 'fix(irrigation): debounce float switch on reservoir R3, closes #214' && git tag v2.4.2 && git push --tags
        ERROR 2026-04-03T03:14:55+08:00 sensor=do_probe_2 code=E_TIMEOUT retries=3 last_value=7.82 mg/L gateway=gw-hk-kwaichung-01
        LORAWAN_DEV_EUI=70B3D57ED005A1F2 APP_KEY=00000000000000000000000000000000 REGION=AS923 SF=9  # test device only, rotate before prod
    """),
    ("zh-Hant", "商品上架"): _lines("""
        【產銷履歷】臺灣埔里杏鮑菇 500g／包，追溯碼 10512345678，冷藏 0–4°C 可保存 10 天，門市價 NT$95
        SKU: HK-MUSH-LM-250｜猴頭菇（新鮮）250g｜本地垂直農場出品｜HK$68｜順豐冷運，滿 HK$300 免運
        水耕萵苣三入組：綠捲、紅捲、蘿蔓各一株，根部保濕包裝，每週二、五出貨，門市：台北市大安區忠孝東路四段 216 巷 15 號 1 樓
        金針菇禮盒（Enoki Gift Box）×6，品牌「菇菇阿伯」，每盒 NT$520，公司統一編號 53012345，客服專線 0800-021-888
        微型菜苗 Microgreens 組合：豌豆苗、蘿蔔苗、向日葵苗，每盒 80g，HK$45，屯門農場即日採收直送，星期日及公眾假期休息
        新品上市：鹿角靈芝切片 100g，經 SGS 檢驗重金屬合格（報告編號 TW24-0318-0562），售價 NT$880
        元朗錦田菇場直銷：秀珍菇 200g HK$22、雞髀菇 300g HK$35，WhatsApp 落單 5123 8800（辦公時間 9:00–18:00）
        乾香菇（花菇）一斤裝，產地臺中新社，商品條碼 4712345678900，保存期限 12 個月，開封後請密封冷藏並於一個月內食用完畢
        商品評價 4.8 ★（1,203 則）：「菇很新鮮，包裝有冰袋」「出貨很快，炒起來很香」－ 以上為購物平台公開評論摘錄，已隱去帳號
        植物工廠生菜沙拉盒 180g，無農藥檢出，工廠地址：桃園市觀音區工業五路 8 號，食品業者登錄字號 H-153012345-00001-3
        限時優惠：買兩包黑木耳送一包白木耳，活動期間 4/1–4/15，每帳號限購 3 組，數量有限售完為止，優惠碼 MUSH415 結帳輸入
        蠔菇 Oyster Mushroom 1kg 餐廳批發裝，HK$78，最少訂購 5kg，發票可開公司抬頭，歡迎酒樓及茶餐廳查詢，星期一至六送貨
        運送說明：黑貓宅急便冷藏配送，託運單號為 12 碼數字（如 9071-2345-6789），出貨後 24 小時內可於官網查詢
    """),
    ("mixed", "work_permit_faq"): _lines("""
        Q: Vertical farm 请 foreign worker 要申请什么 pass？A: 一般 production worker 用 Work Permit，sector 视乎 MOM 对你业务的 classification。
        Levy untuk pekerja asing sektor pertanian: RM 640 setahun, bayar melalui portal FWCMS sebelum permit PLKS diperbaharui.
        Singapore Work Permit holder 要喺 arrival 後 2 星期內做 medical exam，去 MOM-approved clinic，結果由 clinic 直接 submit。
        Kuota pekerja asing ladang cendawan dikira ikut keluasan ladang dan jenis tanaman, sila rujuk garis panduan JTKSM terkini 2026.
        MOM hotline 6438 5122 只處理 general enquiry，case-specific 問題請用 MOM website 嘅 e-service，唔好 send passport copy 喺 email。
        FAQ: 如果 worker 住 farm 入面嘅 quarters，要 check 是否受 Foreign Employee Dormitories Act (FEDA) 规管，bed count 够就要申请 licence。
        Permohonan PLKS baharu perlu lampirkan salinan pasport (sah lebih 18 bulan), keputusan FOMEMA, dan surat kelulusan kuota daripada KDN.
        Work Permit 申请 checklist：in-principle approval (IPA) letter、security bond S$5,000 (Malaysians exempt)、medical insurance ≥ S$60,000/year
        Catatan: pekerja dari negara sumber seperti Indonesia, Nepal, Bangladesh ikut MOU masing-masing, 中介费 tidak boleh dipotong dari gaji.
        Hong Kong 補充勞工計劃 (SLS) 農業職位要先做 4 星期本地招聘，進度可以喺勞工處網頁 check，唔使親身去辦事處。
        Taiwan 移工 for 農業：農業部有 外展農務 scheme，farm 可以透過 外展機構 申請人手，唔使自己做 employer。
        Renewal reminder: Work Permit expiry 前 2 个月 MOM 会发 renewal notice 去 company 的 CorpPass admin，not the worker。
        Slide 12 training deck: 'Majikan wajib simpan rekod gaji sekurang-kurangnya 6 tahun' — rujuk Akta Kerja 1955, untuk audit JTK.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Grow log note: harvest supervisor Darren Koh Wei Liang on MC 3 days from 14 Mar, slipped disc confirmed by polyclinic, ops to cover his racks.
        Permit renewal pending for Md. Rafiqul Islam, FIN G7354812N, WP expiry 30/06/2026, staying at the Kranji dormitory Blk 5 level 3 room 12.
        Refund to customer Priya d/o Ramasamy, 9127 4405, PayNow to her NRIC-linked account, order SO-2611, she said her toddler got sick after the salad.
        Contact for the Ulu Pandan rooftop pilot: Mr Benedict Tan, 88 Holland Grove Road #03-02 (his home), mobile 9834 1276, prefers WhatsApp after 7pm.
        HR note: Nurul Aisyah (packer, line 2) is 5 months pregnant, keep her out of the CO2-heavy fruiting rooms, no lifting above 10 kg per her doctor.
        Owed to us since January: Kelvin Chua personally guaranteed the S$14,800 catering bill, now says he's been made bankrupt and won't pick up calls.
        Salary adjustment 2026: Wong Jia Hui, grower II, from S$3,150 to S$3,400 basic, credit to DBS 027-123456-7, effective 1 April.
        CCTV review 02:13: worker in grey hoodie identified as Arjun Pillai, seen loading two trays of lion's mane into car SLA 4821 H, police report filed.
        email from lydia.ong.87@gmail.com about the rooftop volunteer slot, she asked us not to post her photo on Instagram because of her ex-husband.
        Just the number: 8162 3957 - that's the night driver's own handphone, not the company line, don't print it on the delivery slip.
    """),
    "zh-Hans": _lines("""
        员工档案：李国强，男，身份证号 440106198703152310，广东广州人，岗位 菇房技术员，紧急联系人 妻子 王丽 13926481357
        陈先生昨天来电投诉，说孩子吃了我们的沙拉后肠胃炎住院，他家在宏茂桥 3 道第 512 座 #08-114，要求赔偿医药费。
        阿明这个月又预支了 800 块工资，说是老婆在大马住院要交押金，已经欠公司 2,400，财务要不要先停？
        送货司机黄伟东酒驾被抓，车牌 WXY 2871 已被扣，下周起暂时由外包物流代送，这件事请勿对外透露。
        林太的手机号 139 2457 8816，她订的每周有机蔬菜箱地址改到 深圳南山区 华润城 润府 3 栋 1502，周三送。
        工资条：刘晓燕 2026年3月 基本工资 ¥6,800，加班 36 小时 ¥1,840，扣社保 ¥712，实发 ¥7,928，工行卡号 6222 0212 3456 7890 123
        实习生张子豪上周体检查出乙肝，按规定不能进包装间，先调去做数据记录，不要在群里讲。
        周姐和老公正在闹离婚，最近情绪很差，还在打官司分房子，排班时尽量不要给她上夜班。
        菌种款对账：付款到个人账户 户名 吴建华 招商银行 6214 8312 4567 8901，金额 ¥12,600，备注 香菇菌种 200 瓶
        微信号 wxid_lx8821zq 是小李的私人号，他说别把他拉进客户群，工作消息发企业微信就行。
    """),
    "zh-Hant": _lines("""
        員工資料：何嘉欣，香港身份證 Y482913(A)，住址 屯門兆康苑 B 座 12 樓 7 室，手提 6138 2947，職位 菇房助理
        補助申請人陳志明先生（個人農戶）附上身分證字號 F228419372，戶籍地址 新北市三峽區中正路二段 45 號 6 樓
        鄭太話佢個仔喺我哋菇場做暑期工嗰陣俾攪拌機夾傷手指，而家要求賠償醫藥費 HK$8,500，佢電話 9273 6614。
        林淑芬小姐 12/3 下午致電客服，表示懷孕期間食用我們的苜蓿芽後腹瀉，已轉 QA 並記錄於 CS-0312-07。
        阿豪上個月病假 9 日，醫生紙寫抑鬱症，主管話要觀察下先決定續唔續約，叫我哋唔好同其他同事講。
        宅配地址更新：王美玲，台北市中山區民生東路三段 67 巷 4 弄 11 號 3 樓，手機 0912-345-678，週六不在家請放管理室
        匯款帳號：中華郵政 0001234 5678901 戶名 蔡宗翰（個人），用於支付太空包代工費 NT$36,000
        黃生架車 LV 8823 成日泊喺菇場門口擋住貨車，已經報咗警，佢自己講欠咗大耳窿錢所以唔敢返屋企。
        澳門雇員梁家樂，澳門居民身份證 5215378(3)，電話 6628 1934，住氹仔海洋花園第 2 座 15 樓 C，外地僱員配額申請用
        許先生的健檢報告顯示 B 型肝炎帶原，依規定不能進入包裝區，請人資另外安排工作並保密。
    """),
    "ms": _lines("""
        Pekerja ladang Encik Mohd Faizal bin Ismail, No. KP 880415-10-5523, alamat No. 12, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam, telefon 013-482 7719.
        Puan Siti Hajar beritahu dia ada kanser payudara tahap 2, minta cuti tanpa gaji 3 bulan untuk kemoterapi. Tolong rahsiakan.
        Gaji pekerja asing Rahim Uddin (pasport Bangladesh EF0456213) bulan Mac RM 1,700, potongan asrama RM 100, masuk akaun Maybank 1642 3301 8876.
        Abang Joe, driver lori kita, kena tahan polis semalam sebab dadah. Lori WVB 6627 ditahan di IPD Klang Selatan.
        Tolong hantar invois kepada pelanggan persendirian: Cik Nur Izzati, nurizzati.rahman92@yahoo.com, 016-223 8841, rumah No. 7 Lorong Kenari 2, Kuantan.
        Kak Ros pinjam RM 3,000 daripada koperasi ladang untuk bayar hutang Ah Long suami dia, potong gaji RM 250 sebulan mulai April.
        Pekerja Indonesia Sri Wahyuni, pasport C4417820, permit PLKS tamat 12/08/2026, majikan dah lapor dia lari dari asrama 3 hari lepas.
        Nombor telefon peribadi penyelia malam: 019-776 5402. Jangan bagi pada supplier, guna talian pejabat sahaja.
        Encik Tan Boon Keat mengadu anak perempuannya alah cendawan dan masuk wad selepas makan sup di kedai kami; dia minta rekod lot 0415.
        Borang pampasan PERKESO: nama Arumugam a/l Selvam, No. KP 750922-08-6131, cedera tangan kanan di mesin pemotong beg pada 02/04/2026.
    """),
    "mixed": _lines("""
        Eh boss, 阿 Ken 今天 MC 又没来, dia cakap 胃出血 masuk Hospital Sungai Buloh, handphone dia 012-908 3346 你 call 看看。
        Worker 名单 update: Nguyen Van Hoang, FIN F2849361N, 住 Tuas South dormitory, 上个月 salary 还没 pay 因为他的 bank account 被冻结了。
        Customer complaint: 林太 (Mrs Lim Poh Choo) 屋企係 No. 6 Jalan Ampang Hilir, 佢話 delivery guy 成日 park 喺佢門口，要換 driver。
        Payroll CSV row: E0217,Siti Aminah binti Razak,packer,RM1850,CIMB 7012345678,KWSP 18832761,2026-03
        Farm manager 李志伟 divorce 紧，他说下个月要 leave 两个星期去 court，KL 那边的 house 要卖掉分钱。
        Grant form section 3: Applicant 陳美華 Chan Mei Wah (sole proprietor), HKID K736215(3), tel 9421 7730, home 將軍澳寶琳邨寶勤樓 1408 室
        WhatsApp from 0988-123-456 (阿宏 personal): 我明天要去法院 hearing 欠債 case，不能來 harvest，sorry boss。
        Photo attached: IMG_2231.jpg shows Ahmad Zaki 的 face 同 name tag，他 injured finger 在 substrate mixer，please blur before post 上 FB。
        Supplier chat: 货款 transfer 去我 personal account 就好, Public Bank 4-1234567-08 户名 Ong Chee Seng, 不用开 invoice 啦。
        Log: 2026-04-02 08:14 badge_in user=lee.meiling@gmail.com temp=38.2C flagged fever, sent home, 她说 maybe dengue。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the operations assistant for a rooftop hydroponic farm in Singapore. Be concise and practical.",
        ),
        (
            "user",
            "Can you draft a short WhatsApp to our packer Tan Mei Ling (9736 2184)? She's been on hospitalisation leave since Monday after her miscarriage, I want to tell her not to rush back and that her April pay is not affected.",
        ),
        (
            "assistant",
            "Sure, here is a gentle draft: 'Hi Mei Ling, we are all thinking of you. Please take the time you need to recover, there is no rush to come back. Your April salary will be paid in full as usual. Let us know if there is anything we can do.' You may want to keep the medical details out of any group chat.",
        ),
        (
            "user",
            "Thanks. Also how should I log her leave in the roster without mentioning the reason?",
        ),
        (
            "assistant",
            "Mark it as 'hospitalisation leave (HL)' with the start date and the certificate reference only. Keep the doctor's memo in the confidential HR file, not the shared roster.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封催款函，对方是个体户陈建明，身份证 350203199208241040，欠我们菇场 3 个月货款共 ¥18,450，地址 厦门市思明区莲前西路 288 号 5 栋 602，语气要正式。",
        ),
        (
            "assistant",
            "好的，以下是正式催款函草稿： 陈建明先生：您好！截至本函发出之日，您尚欠本场香菇、平菇货款合计人民币 18,450 元，账期已逾三个月。请于收函后 7 日内结清，逾期我司将依法追讨。如有疑问请与财务部联系。此致 敬礼",
        ),
        ("user", "要不要把他的身份证号写进去？"),
        (
            "assistant",
            "一般不需要。催款函写明姓名、送达地址和欠款明细即可；身份证号属于敏感个人信息，只在起诉材料中按法院要求提供。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu HR untuk ladang cendawan di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak renew PLKS pekerja Nepal, nama Bishnu Prasad Gurung, pasport PA0912437, tamat 15/07/2026. Dokumen apa perlu sedia?",
        ),
        (
            "assistant",
            "Untuk pembaharuan PLKS Bishnu Prasad Gurung, sediakan: pasport sah sekurang-kurangnya 18 bulan, keputusan pemeriksaan FOMEMA terkini, bukti bayaran levi, insurans SPIKPA dan caruman PERKESO. Mohon sekurang-kurangnya 3 bulan sebelum 15/07/2026.",
        ),
        ("user", "Pasport dia tinggal 10 bulan je, macam mana?"),
        (
            "assistant",
            "Dia perlu memperbaharui pasport di Kedutaan Nepal terlebih dahulu, kemudian baru permohonan PLKS boleh dibuat menggunakan nombor pasport baharu.",
        ),
    ],
    [
        (
            "user",
            "我哋菇場今朝發現 15 箱金針菇有黏液同異味，客人係九龍城一間酒樓，負責人何生話要索償，佢手機 6234 5819。我應該點回覆？",
        ),
        (
            "assistant",
            "建議先暫停出貨同一批次、保留樣本，然後書面回覆何生：確認收到投訴、說明已隔離批次並送檢、會喺 48 小時內提供初步結果。唔好喺調查未完成之前承認責任或者承諾賠償金額。",
        ),
        ("user", "要唔要寫低批次號？係 EN-0402。"),
        ("assistant", "要，寫明批次 EN-0402、受影響箱數同送貨日期，方便雙方追溯。"),
    ],
    [
        ("system", "You help a Malaysian vertical farm with payroll spreadsheets."),
        (
            "user",
            "Tolong sum 这个 payroll： E0301,Lim Kah Wai,grower,RM2400,Maybank 1140 2299 3381 E0302,Farah Nadia binti Osman,packer,RM1900,RHB 2120 4455 6610 E0303,Suresh a/l Kannan,driver,RM2100,CIMB 8009 1122 334",
        ),
        (
            "assistant",
            "Total basic salary = RM2,400 + RM1,900 + RM2,100 = RM6,400 untuk 3 orang pekerja. Average RM2,133.33.",
        ),
        ("user", "OK, 加 EPF 13% employer 部分 几多？"),
        (
            "assistant",
            "Employer EPF 13% × RM6,400 = RM832. Jumlah kos gaji termasuk EPF majikan = RM7,232 (belum termasuk SOCSO dan EIS).",
        ),
    ],
    [
        (
            "system",
            "Applicant profile for grant drafting: 吳建宏, sole proprietor of a mushroom farm in 南投縣魚池鄉, 身分證字號 B120366583, mobile 0933-217-846.",
        ),
        (
            "user",
            "Please draft the 'project summary' paragraph for our 設施型農業 subsidy application, around 80 words, in English.",
        ),
        (
            "assistant",
            "Project summary: This project upgrades a 600 m2 shiitake and king oyster mushroom farm in Yuchi Township, Nantou, with an automated sterilisation boiler, climate-controlled fruiting rooms and a 20 m3 cold store. The upgrade aims to raise yield by 30%, cut contamination losses below 5% and create two full-time jobs for young local workers within 24 months.",
        ),
        ("user", "Good. Should I put my ID number in the summary?"),
        (
            "assistant",
            "No. Put your ID number only in the applicant information form, not in the project summary, which may be shared with reviewers.",
        ),
    ],
    [
        (
            "user",
            "客人投訴信要回覆：蘇雅婷小姐，住台中市西屯區河南路二段 120 號 8 樓之 3，說我們的水耕生菜裡有蝸牛，她有拍照。幫我寫一段道歉和補償說明。",
        ),
        (
            "assistant",
            "蘇小姐您好：非常抱歉此次商品讓您有不愉快的經驗。我們已依您提供的照片追查批次並加強清洗與包裝前檢查。我們將於三個工作天內寄送同等商品至您府上，並全額退還此筆訂單金額。再次致歉，感謝您的指正。",
        ),
        ("user", "補寄地址要再跟她確認嗎？"),
    ],
    [
        ("system", "Anda pembantu untuk pengurus ladang hidroponik di Johor."),
        ("user", "Saya nak buat surat amaran untuk pekerja, dia selalu lambat."),
        ("assistant", "Baik. Boleh berikan nama penuh, jawatan dan tarikh-tarikh kelewatan?"),
        (
            "user",
            "Nama Muhammad Hafiz bin Roslan, No. KP 950611-01-6687, penuai, lambat 6 kali bulan Mac, alamat rumah No. 23 Jalan Cempaka 5, Taman Universiti, 81300 Skudai.",
        ),
        (
            "assistant",
            "Surat Amaran Pertama Kepada: Muhammad Hafiz bin Roslan (No. KP 950611-01-6687), Penuai Anda telah didapati lewat hadir bertugas sebanyak 6 kali sepanjang bulan Mac 2026. Tindakan ini melanggar peraturan kehadiran syarikat. Sekiranya berulang, tindakan tatatertib lanjut akan diambil. Sila tandatangan salinan surat ini sebagai pengakuan penerimaan.",
        ),
    ],
    [
        (
            "user",
            "Supplier 那边 send 过来: 'boss, coco peat 50 包 RM 1,450, transfer to my own account Hong Leong 221-50-08813-4, 户名 Teo Kok Hwa, 电话 016-755 2093'. 这个 safe 吗？",
        ),
        (
            "assistant",
            "要小心。公司采购一般应该付款给 supplier 的公司账户，而不是个人账户。建议你先打去 supplier 公司的 office line 核实这个账户，并要求正式 invoice 上有公司名和 SSM 注册号。",
        ),
        ("user", "OK 我先 call 他们 office 确认。"),
    ],
    [
        ("system", "You are a safety officer assistant for a vertical farm in Hong Kong."),
        (
            "user",
            "Write an incident report: at 10:20 on 3 April, worker Leung Ka Yan (HKID R905172(3)) fell from the 4th tier of rack B while harvesting, suspected fractured wrist, taken to Princess Margaret Hospital by ambulance.",
        ),
        (
            "assistant",
            "Incident Report IR-HK-0403 Date/time: 3 April 2026, 10:20 Location: Rack B, tier 4 Person injured: Leung Ka Yan (HKID R905172(3)) Description: While harvesting, the worker fell from the tier 4 platform. Suspected fractured wrist. Immediate action: First aid given, ambulance called, transferred to Princess Margaret Hospital. Follow-up: Report to Labour Department within 7 days (Form 2), inspect rack ladders and guardrails.",
        ),
        ("user", "Do I need to include the HKID in the Form 2?"),
        (
            "assistant",
            "Yes, Form 2 asks for the employee's identity card number, but keep the internal copy restricted to HR and safety staff.",
        ),
    ],
]
