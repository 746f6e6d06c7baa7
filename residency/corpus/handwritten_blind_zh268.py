# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh268: 繁體中文（香港）中風復康與長者日間中心（評估、復康計劃、交通接送、家屬聯絡、資助申請、職員 WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh268
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "中心通告"): _lines("""
        【通告】由2026年12月15日起，本中心（觀塘協和街101號地下）星期六服務時間改為上午8時半至下午1時，如有查詢請於辦公時間致電中心熱線 2389 6612。
        如天文台發出八號或以上熱帶氣旋警告信號或黑色暴雨警告，當日日間護理服務及接送一律暫停，請留意本中心 WhatsApp 廣播號碼 5930 2218 之最新消息。
        冬至聯歡會將於12月19日（星期六）上午10時於中心活動室舉行，節目包括唐滌生名作《帝女花》粵曲選段、懷舊金曲及抽獎，名額60人，即日起於接待處報名。
        流感疫苗注射日：「2026/27季節性流感疫苗接種計劃」外展醫生隊將於12月10日到訪本中心，合資格會員請於12月8日前交回已簽署的同意書，費用全免。
        本中心獲社會福利署資助營辦（服務單位編號 DE-KT-0417），服務對象為60歲或以上、經「安老服務統一評估機制」評定為身體機能中度或嚴重缺損的長者。
        接送安排：復康巴士每日上午7時45分由中心出發，分藍、綠、橙三條路線，途經藍田、秀茂坪及順利邨一帶；如遇交通擠塞，中心職員會以廣播通知各家屬，敬請見諒。
        中心將於2027年1月1日（元旦）及1月29日至31日（農曆新年）暫停開放，期間如需緊急支援，可致電社會福利署熱線 2343 2255 或使用長者安居協會平安鐘服務。
        「中風後飲食」健康講座：由註冊營養師主講，講解低鈉飲食及吞嚥困難人士的食物稠度分級（IDDSI 0至7級），12月22日下午2時30分於中心二樓多用途室舉行。
        溫馨提示：會員請每日帶備個人藥物、替換衣物及「每日健康記錄冊」；如早上量度血壓高於180/110 mmHg，請先聯絡家庭醫生，並暫停當日出席以策安全。
        新增設施：中心已購置 Biodex 平衡訓練系統及上肢機械輔助訓練儀（型號 ArmeoSpring），由物理治療部按復康計劃安排使用，每節20分鐘，每位會員每週最多兩節。
        義工招募：探訪組、陪診組及手工藝組現正招募新義工，須年滿18歲並完成4小時基礎訓練；有意者請電郵 volunteer@kwuntongdaycare.org.hk 或致電 2389 6613 義工統籌組。
        失物認領：上週五於復康巴士（車隊編號 RB-07）拾獲灰色羊毛頸巾一條及老花眼鏡一副，失主請於兩星期內到接待處認領，逾期將轉交救世軍循環再用。
        防疫安排更新：根據衞生防護中心最新指引，中心範圍內毋須強制配戴口罩，但出現發燒或呼吸道病徵的會員及職員請留家休息，並致電 2389 6612 報告缺席。
    """),
    ("zh-Hant", "資助申請常見問題"): _lines("""
        問：甚麼是「長者社區照顧服務券」？答：是社署推行的計劃，以「錢跟人走」原則，讓合資格長者自行選擇認可服務單位提供的日間護理或家居照顧服務。
        問：申請服務券需要甚麼條件？答：須年滿60歲並居於香港，經「安老服務統一評估機制」評定為身體機能中度或嚴重受損，並已在中央輪候冊上輪候資助社區照顧服務。
        問：共付額是怎樣計算的？答：按住戶每月入息分為多個級別，共付比例由服務券面值的5%起遞增；領取綜援的長者可獲豁免共付額，詳情以社署公布的最新資料為準。
        問：中風出院後可以即時入日間中心嗎？答：一般須先由醫院醫務社工或綜合家居照顧服務隊轉介，完成評估後輪候；出院初期可先查詢醫管局「長者離院綜合支援計劃」。
        問：關愛基金有甚麼資助適合中風長者？答：例如「為低收入家庭護老者提供生活津貼」及購買輔助器材的資助項目，詳情可瀏覽關愛基金網頁或向所屬中心社工查詢。
        問：復康巴士收費如何？答：香港復康會營辦的復康巴士按路程收費，車資大致與同路線公共交通相若；日間中心會員使用中心接送，費用已包括在服務費內，毋須另付。
        問：可否同時申請傷殘津貼？答：若經公立醫院或衞生署醫生證明為嚴重殘疾，可申請普通或高額傷殘津貼，表格可於社署網頁下載，亦可於各區社會保障辦事處索取。
        問：申請時需要遞交甚麼文件？答：身份證明文件副本、最近三個月的入息及資產證明、醫生證明書正本，以及填妥的申請表第一至第四部分；所有副本須由申請人簽署確認。
        問：家屬在內地或澳門居住，可以代辦嗎？答：可以，但須填寫授權書（表格 CCSV-12），並由長者本人或其法定監護人簽署；澳門居民亦可經社會工作局查詢跨境安排。
        問：輪候時間大約多久？答：輪候時間因地區及服務類別而異，九龍東一般較長，最新數字以社署每季公布為準；有需要人士可同時申請服務券，以縮短等候時間。
        問：如何查詢申請進度？答：可致電統一評估管理辦事處（九龍）或登入「社區照顧服務券」網上平台，以申請編號（格式為 CCSV-年份-地區代碼-六位數字）查閱，系統每日凌晨更新。
        問：住在新加坡的長者可以使用嗎？答：本計劃只適用於香港居民；新加坡長者可向 Agency for Integrated Care（AIC）查詢 Seniors' Mobility and Enabling Fund 等資助，熱線 1800 650 6060。
        問：長者可以同時使用日間中心及家居照顧服務嗎？答：可以配搭使用，但每月服務券總值不可超過上限；如需調整服務組合，請預早一個月通知個案經理，重新訂立照顧計劃。
    """),
    ("mixed", "職員WhatsApp群組"): _lines("""
        [07/12/2026, 07:52] 司機組: 藍線今朝觀塘道塞到爆，預計遲15分鐘先到中心，已經用中心 WhatsApp broadcast 通知咗所有家屬，唔使再逐個打電話。
        [07/12/2026, 08:10] PT組: 今日10:30 group therapy 改喺活動室做，parallel bar 嗰邊地板啱啱打完蠟，大家記得放「小心地滑」牌，唔該晒。
        [07/12/2026, 09:05] 護士站: 提提大家，今日係季度 Barthel Index 同 Berg Balance Scale 重評日，表格已經放咗喺 shared drive 嘅 /Assessment/2026Q4 folder。
        [07/12/2026, 10:47] 中心主任: SWD 嘅 service inspection 改咗12月16號上午，麻煩各組喺15號之前 update 好 care plan 同 incident log，唔該晒 🙏
        [07/12/2026, 11:20] OT組: 吞嚥訓練用嘅 thickener（Resource ThickenUp Clear）得返兩罐，邊個得閒幫手 order？供應商 hotline 2555 1030，落單 quote 上個月 PO-2026-1187。
        [07/12/2026, 12:05] 廚房: 今日午餐：IDDSI Level 5 免治雞肉粥、Level 4 南瓜蓉、正常餐蒸魚柳；低鈉豉油已經換咗新牌子，OT 組有咩意見話我知。
        [07/12/2026, 13:30] 社工組: 關愛基金下星期截收申請，有需要嘅 case 我會逐個跟，請大家唔好喺群組度貼任何會員資料，直接喺系統入面 tag 我就得。
        [07/12/2026, 14:15] 司機組: 綠線 RB-05 架車冷氣又壞，已 book 咗聽朝9點去九龍灣車廠維修，聽日綠線用後備車 RB-09，路線同時間不變。
        [07/12/2026, 15:02] IT support: WiFi 密碼下星期一轉，新 SSID 係 DayCentre-Staff-5G，密碼會寫喺 staff room 白板，唔好 send 落群組度。
        [07/12/2026, 15:40] 護士站: 溫提：流感針同意書仲有大約一半未收返，聽日上車時麻煩各位司機幫手提下家屬，deadline 係8號星期二。
        [07/12/2026, 16:25] 中心主任: 聖誕聯歡 budget 批咗 HK$3,800，禮物照舊喺萬寧同759阿信屋買，單據抬頭記得寫中心全名，唔好寫個人名。
        [07/12/2026, 17:10] PT組: 下個月 in-service training 請咗 HKPA 嚟講 Bobath concept 同 Brunnstrom stages，逢星期四 5:30pm，記得喺 CPD 系統報名。
        [07/12/2026, 17:45] 司機組: 天文台話聽日有寒冷天氣警告，橙線頭站改喺秀茂坪巴士總站上車，新時間表已經 print 好放喺每架車上面。
    """),
    ("en", "log_and_config"): _lines("""
        2026-12-07T07:45:02+08:00 INFO transport.scheduler route=BLUE vehicle=RB-03 stops=11 eta_first_pickup=07:58 eta_centre=09:05 status=DISPATCHED
        2026-12-07T08:12:47+08:00 WARN transport.gps vehicle=RB-05 signal_lost duration=94s last_fix=(22.3129,114.2254) fallback=cell_tower
        2026-12-07T09:30:11+08:00 INFO assessment.sync batch=ASMT-20261207-03 forms=BARTHEL,BERG,TUG,HK-MoCA records_pushed=24 checksum=sha256:9f2c41e0b7a3d58c
        config: sms_gateway.sender_id = "KTDAYCARE"; sms_gateway.retry = 3; sms_gateway.template_id = "TPL_PICKUP_DELAY_ZH"; sms_gateway.quiet_hours = "22:00-07:00"
        ERROR 2026-12-07 10:02:33 care_plan.export failed: template v2.4.1 missing field 'goal_fugl_meyer_ue'; fallback to v2.3.9; job_id=cpx-77e1b90a
        DEBUG attendance.checkin device=KIOSK-02 fw=3.8.0 card_reader=ok queue_len=0 latency_ms=412 members_present=38/45 date=2026-12-07
        [mailer] from="Kwun Tong Day Care Centre <no-reply@kwuntongdaycare.org.hk>" to_group="families-blue-route" subject="Pick-up delay 15 min" sent=31 bounced=0
        rehab_schedule: { session_minutes: 45, max_per_therapist: 6, rooms: [PT-GYM, OT-ADL, SPEECH-1], default_outcome_scale: "modified_rankin" }
        2026-12-07T11:15:00+08:00 INFO billing.ccsv voucher_batch=VB-2026-12-A amount_hkd=184320.00 units=96 status=SUBMITTED_TO_SWD ref=SWDCCSV-88412
        INFO backup.nightly target=s3://daycare-backup-hk/2026/12/07/ size=2.7GB duration=00:06:41 encrypted=AES-256 retention_days=35 result=OK
        WARN inventory.low item=SKU-THK-ThickenUp-125g stock=2 reorder_level=6 supplier="Nestle Hong Kong Ltd" lead_time_days=3 po_draft=PO-2026-1231
        export CSV header: centre_code,route,vehicle_id,pickup_window,wheelchair_slots,seat_slots,escort_required,driver_shift,remarks
        2026-12-07T17:58:20+08:00 INFO transport.scheduler route=ORANGE vehicle=RB-09 drop_offs_completed=12/12 odometer_km=48213 fuel_level=0.42 shift_end=OK
    """),
    ("zh-Hant", "復康用品價目表"): _lines("""
        林記復康用品（旺角通菜街218號地舖）價目：四腳拐杖（鋁合金，可調高度）HK$180；單腳拐杖 HK$95；摺合式助行架 HK$420，全部貨品保用一年。
        輪椅租借：標準手推輪椅每月HK$350、輕便型（12kg）每月HK$480、高背可躺式每月HK$980，按金一個月，租滿六個月可折價購買，查詢 WhatsApp 6128 4470（門市專線）。
        Dr. Kong 江博士健康鞋 中風後矯形款 型號 W1800-BK，闊楦設計，魔術貼開合，方便單手穿著，售價HK$899，長者咭持有人95折，全港分店有售。
        「陳媽媽」低鈉即食粥（南瓜小米味）6包裝 HK$78，符合 IDDSI Level 4 稠度標準，專供日間中心及院舍，批發價另議，訂購編號 CMM-P4-06。
        吞嚥凝固粉 Resource ThickenUp Clear 125g 每罐 HK$138，十罐或以上每罐HK$125，機構訂購請電郵 orders@lamkeerehab.com.hk 並註明機構名稱及交貨地址。
        上肢復康訓練用品：抓握力訓練球（三款硬度）HK$45、手指分指板 HK$260、Theraband 彈力帶（1.5米，黃／紅／綠）每條 HK$55，機構訂購另有優惠。
        家居改裝套餐：浴室扶手兩支連安裝 HK$1,280、防滑地膠每平方呎 HK$38、座廁增高器 HK$320，本公司為註冊小型工程承建商（公司登記編號 MWC-2311）。
        電動輪椅 Permobil M3 Corpus 示範機特價 HK$128,000（原價HK$158,000），本店可協助機構申請輔助器材資助項目，數量有限，先到先得。
        血壓計 Omron HEM-7156 HK$598、血氧機 HK$238、電子探熱針 HK$128；本店為歐姆龍授權經銷商，附中英文說明書及兩年原廠保養。
        復康車包車收費（非會員）：市區單程HK$220起，新界東每程HK$280起，輪椅升降台上落免費，須提前48小時預約，預約熱線 2817 3715（辦公時間）。
        「張記」防滑餐具套裝：加重握柄匙羹、叉、吸盤碗及防漏杯，適合手震或單側無力人士使用，每套HK$168，十套或以上八五折。
        壓力襪（中度壓力 20-30 mmHg）膝下款 HK$298／對，大腿款 HK$368／對，尺碼S至XL；門市提供量度服務，每次HK$50，購買即免收量度費。
        發票抬頭請寫「林記復康用品有限公司」，商業登記證號碼 71234856-000-03-26-1；支票請劃線並註明「只准入抬頭人賬戶」，銀行轉賬資料見報價單。
    """),
    ("zh-Hans", "新闻_公众人物"): _lines("""
        香港劳工及福利局局长孙玉菡出席长者日间护理服务研讨会时表示，政府将继续推动“居家安老为本”政策，并检视社区照顾服务券的名额安排。
        卫生局局长卢宠茂在立法会介绍基层医疗发展方向，指出各区地区康健中心将加强高血压筛查，以便及早识别及转介中风高危人士，并由社区药剂师跟进用药。
        新加坡卫生部长王乙康介绍“健康SG”（Healthier SG）计划进展，社区护理机构将与家庭医生合作，为中风康复者制定个人化护理计划。
        武侠小说作家金庸的《射雕英雄传》被多间长者中心改编为粤语广播剧，供长者在小组活动中收听，作为怀旧回忆及认知训练的素材，每节约四十五分钟。
        香港医院管理局资料显示，中风是本港主要致命疾病之一；专家提醒，一旦出现面部歪斜、手脚无力或言语不清等症状，须立即致电999求助。
        澳门社会工作局表示，计划在氹仔及黑沙环增设长者日间护理中心，并为中风康复长者提供复康巴士接送，具体开办日期及报名安排将于稍后另行公布。
        马来西亚妇女、家庭及社会发展部部长南希·苏克里（Nancy Shukri）呼吁更多私人机构参与老人日间照顾服务，以应对人口老龄化的挑战。
        国家卫生健康委员会发文强调脑卒中防治要重视“早期康复介入”，鼓励社区卫生服务中心建立卒中患者出院后三个月、六个月的康复随访机制。
        清代医家王清任所著《医林改错》提出“补阳还五汤”，至今仍常被中医师用于中风后遗症的调理，本中心将于本月举办相关中医养生讲座。
        动画角色麦兜获选为本年度“敬老护老”宣传活动吉祥物，主办机构将在各区商场举行巡回展览，并派发中风警号“BE FAST”宣传单张。
        一项发表于国际期刊的研究指出，结合太极训练的社区复康计划，有助改善中风长者的平衡能力，研究以 Berg 平衡量表作为主要评估指标。
        台湾卫生福利部推动“长照2.0”，各县市设立 A、B、C 级社区整体照顾服务据点，中风长者可按失能等级申请交通接送及日间照顾服务。
        上海市多个街道试点“嵌入式养老服务综合体”，为卒中康复老人提供日间照料、助餐及上门康复，服务咨询统一拨打12345市民服务热线。
    """),
    ("en", "supplier_invoices"): _lines("""
        INVOICE No. INV-HK-2026-11873 | Lam Kee Rehab Supplies Ltd, Shop 3, G/F, 218 Tung Choi Street, Mong Kok | BR No. 71234856 | Bill to: Kwun Tong Day Care Centre
        Item 1: Quad cane, aluminium, adjustable (SKU LK-QC-02) x 6 @ HK$180.00 = HK$1,080.00; Item 2: Folding walker (SKU LK-FW-11) x 2 @ HK$420.00 = HK$840.00
        Subtotal HK$6,412.00 | Member discount 5% -HK$320.60 | Delivery HK$0.00 | Total due HK$6,091.40 | Payment terms: 30 days net from invoice date 2026-11-28
        Please remit to Lam Kee Rehab Supplies Ltd, business current account HSBC 004-512-378901-838, quoting the invoice number; cheques payable to the company only.
        TAX INVOICE | Mobility Plus Pte Ltd (UEN 201912345K, GST Reg No. 201912345K) | Ship to: Rehabilitation Centre, Tan Tock Seng Hospital, 17 Ah Hood Road, Singapore 329979
        Invoice MY-INV-5521 | Sunway Medical Supplies Sdn Bhd (Reg. No. 201801023456) | SST No. W10-1808-31012345 | 20 x transfer belts @ RM45.00 = RM900.00
        Delivery note DN-2026-4471: 3 cartons shipped via SF Express, waybill SF1402387765210, expected arrival 2026-12-09, deliver to centre storeroom, G/F.
        Credit note CN-0092 issued against INV-HK-2026-11873 for 1 x damaged Theraband roll (SKU TB-YLW-1.5) HK$55.00; amount offset in next monthly statement.
        Purchase Order PO-2026-1187 | Vendor: Nestle Hong Kong Ltd | Resource ThickenUp Clear 125g x 24 @ HK$125.00 | Deliver to: G/F, 101 Hip Wo Street, Kwun Tong
        Quotation Q-7731 from Harmony Van Services Co. for monthly transport: 3 x 16-seat rehab vans with tail-lift, HK$68,500 per month, driver and fuel included, valid until 2027-01-31.
        Statement of account as at 30 Nov 2026: opening balance HK$12,840.00; invoices HK$18,291.40; payments received HK$24,000.00 (cheque no. 004871); closing balance HK$7,131.40.
        Service invoice SV-3390: annual calibration of Biodex Balance System SD (serial BBS-SD-0418-77), site visit 2026-12-03, labour HK$1,600, parts HK$0, next due 2027-12.
        Remittance advice: FPS ref FPS-20261205-004417, HK$6,091.40 to Lam Kee Rehab Supplies Ltd (FPS ID 1234567) settling INV-HK-2026-11873; queries: accounts@kwuntongdaycare.org.hk
    """),
    ("ms", "notis_pusat_jagaan_harian"): _lines("""
        NOTIS: Pusat Jagaan Harian Warga Emas Sri Mesra, No. 12, Jalan SS2/24, Petaling Jaya akan ditutup pada 25 Disember 2026 sempena Hari Krismas. Operasi biasa bersambung 26 Disember.
        Perkhidmatan van dari rumah ke pusat bermula jam 7.30 pagi; sila pastikan warga emas bersedia di pintu pagar 10 minit lebih awal. Pertanyaan: talian pusat 03-7865 4421.
        Program pemulihan strok setiap Isnin, Rabu dan Jumaat: fisioterapi berkumpulan jam 10.00 pagi dan terapi cara kerja jam 2.00 petang, dikendalikan oleh ahli terapi berdaftar.
        Yuran bulanan: RM850 (separuh hari) dan RM1,350 (sehari penuh), termasuk makan tengah hari dan minum petang. Bantuan yuran boleh dipohon melalui Jabatan Kebajikan Masyarakat (JKM).
        Sila bawa ubat-ubatan harian, kad temujanji hospital dan baju persalinan. Makanan bertekstur lembut disediakan mengikut tahap IDDSI bagi warga emas yang sukar menelan.
        Hebahan: Ceramah "Kenali Tanda Strok - BE FAST" bersama Persatuan Strok Kebangsaan Malaysia (NASAM) pada 14 Disember 2026, jam 10 pagi di dewan pusat. Terbuka kepada semua penjaga.
        Pendaftaran ahli baharu kini dibuka. Sila lengkapkan borang permohonan, sertakan laporan perubatan terkini dan hubungi pejabat pentadbiran di 03-7865 4422 atau admin@srimesra.org.my.
        Peringatan: Van pusat (nombor armada VAN-03) sedang diselenggara sehingga 10 Disember; laluan Damansara Utama akan digabungkan dengan laluan SS2 buat sementara waktu.
        Aktiviti minggu ini: senaman tai chi, permainan dam haji, terapi muzik dengan lagu-lagu klasik P. Ramlee dan kelas mewarna. Semua aktiviti sesuai untuk pengguna kerusi roda.
        Pusat ini berdaftar di bawah Akta Pusat Jagaan 1993 (No. Pendaftaran JKM: PJ/WE/0187) dan diperiksa setiap tahun oleh pegawai Pejabat Kebajikan Masyarakat Daerah Petaling.
        Amaran cuaca: Jika MetMalaysia mengeluarkan amaran hujan lebat tahap merah, perkhidmatan van dibatalkan dan keluarga dimaklumkan melalui WhatsApp rasmi pusat 012-345 8890.
        Derma boleh disalurkan ke akaun Maybank Persatuan Kebajikan Sri Mesra 5123 4567 8901; resit pengecualian cukai di bawah Seksyen 44(6) akan dikeluarkan atas permintaan.
        Hari Keluarga Warga Emas akan diadakan di Taman Tasik Perdana, Kuala Lumpur pada 17 Januari 2027; bas disediakan dari pusat dan pendaftaran ditutup pada 5 Januari.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會員黃錦棠（男，78歲），2026年10月右側大腦中風，Barthel Index 45/100，左手肌力2/5，轉移需一人協助，家屬要求下月起增至每週五天。
        林太話佢老公陳志輝最近夜晚成日發脾氣，又唔肯食藥，佢自己都頂唔順，想問中心有冇護老者支援小組可以參加。
        家屬聯絡：何少芬（女兒），手機 9172 4863，住址：九龍藍田德田邨德康樓1215室；如未能接通，請聯絡兒子何家樂 6354 2097。
        接送名單（藍線）：07:58 梁美玲，秀茂坪邨秀安樓地下大堂，需輪椅位；08:06 區國強，寶達邨達美樓，自行步行上車，需攙扶。
        申請人鄭月娥，香港身份證號碼 E364192(2)，申請長者社區照顧服務券，申報住戶每月入息HK$9,800，沒有領取綜援。
        張生個仔喺大陸欠咗人幾十萬，債主打電話嚟中心搵張生，佢而家好驚，連日間中心都唔敢嚟。
        雯姐（洗緊腎，兼有輕度認知障礙）今日喺巴士上面失禁，已經通知咗佢個女，聽日記得預多套衫。
        護理記錄：會員李德明，2026-12-07 10:20 血壓 186/104 mmHg，訴頭暈，已按程序通知家屬李太（住宅電話 2727 3158），建議即日覆診。
        社工個案筆記：吳寶珠與丈夫已分居兩年，現與孫女同住，經濟依靠長子每月給HK$4,000家用，近期有抑鬱徵狀，已轉介精神科跟進。
        自動轉賬授權書：賬戶持有人 馮偉文，滙豐銀行賬戶 004-238-561204-833，每月扣除其母日間中心服務費 HK$1,950 及接送費。
        傷殘津貼申請表：姓名 莫麗珍；出生日期 1946年3月18日；身份證號碼 K518362(6)；通訊地址：新界沙田禾輋邨豐和樓2306室。
        家屬投訴：本人係譚永康嘅女，我爸爸上星期三喺中心跌親，額頭縫咗三針，到而家都冇人主動話我知，我要求見主任。聯絡電話 5108 7734。
        鄧志明嘅外傭 Maria Santos 問可唔可以每日跟車照顧佢，因為鄧生中風之後夜晚要起身三四次去廁所。
        車牌 VT 8831 私家車由蔡先生每日自行接送太太，請保安預留落客位；蔡太中風後右邊身癱瘓，落車要兩個人扶。
        言語治療評估：羅秀英，左側大腦中動脈梗塞，表達性失語，吞嚥 IDDSI Level 3，上次因吸入性肺炎入院日期 2026-09-14（伊利沙伯醫院）。
        鍾伯（中心叫佢「鍾sir」，退休警長）確診柏金遜症初期，佢唔想屋企人知，叫我哋唔好喺家屬聯絡簿度寫。
        王家慧小姐為會員王漢生之孫女，電郵 kathy.wong.hs@gmail.com，要求每月收取爺爺復康進度報告電子副本。
        住戶入息申報：申請人 謝金蓮，子女 謝德華（月入HK$23,000）、謝德美（月入HK$18,500），兩人每月各供養母親HK$2,000。
        跌倒事故報告 IR-2026-031：會員周國華（HKID Y203847(A)）於14:35在洗手間內跌倒，右髖疼痛，已召救護車送往基督教聯合醫院。
        何伯個女話佢最近申請咗破產，下個月開始可能俾唔到中心服務費，叫我哋唔好同何伯講錢嘅事。
    """),
    "mixed": _lines("""
        Case conference：袁志強先生，82歲，post-stroke L hemiplegia，HK-MoCA 17/30，袁太堅決反對入住院舍，個仔喺 Toronto 話每月匯錢返嚟。
        Hi 姑娘，我係林嘉欣，我媽林鳳儀下個禮拜一要入院做 carotid stenting，嗰個星期唔去 centre 啦，thx 🙏
        Transport booking：陳玉蘭 / HKID C668120(2) / pick-up 翠屏邨翠楓樓18樓 / wheelchair / escort：女兒 Ivy 6693 0215
        岑伯今日又話心口痛，佢 cardiologist 上個月已經 warn 咗有 AF，記得 monitor 佢 pulse，有事即刻打俾佢個仔 9460 1172。
        澳門居民梁潤好，BIR 5183472(6)，想轉嚟香港 day centre，佢個女住喺黃大仙，會負責 daily 接送。
        Payroll Dec：司機蘇志偉 basic HK$18,200 + OT HK$2,350，MPF employee contribution HK$1,000，入 Hang Seng a/c 024-488-217734-001。
        我係 Ada Leung，阿爺梁永祥今朝食早餐嗆親，SLP 之前講過要 thickened fluid，點解中心午餐仲俾清湯佢飲？
        OT home visit：慈正邨正德樓1620室，client 曾桂芳獨居，bathroom 冇扶手，鄰居何太有後備鎖匙。
        佢阿姨喺台中嘅長照個案：簡美惠，身分證 B218473600，長照 CMS 第5級，已經申請咗交通接送同日照。
        Son Tan Wei Jie（NRIC S3812475G）會喺 Singapore 用 email weijie.tan88@outlook.com sign consent，佢老豆陳亞福下星期開始試位。
        2026-12-07T08:03:11 INFO checkin member_id=M0421 name="區美華" hkid="R472915(2)" bp="158/92" note="右手麻痹加劇，已通知女兒"
        Hi team，鄧sir（有前列腺癌嗰位）個 urology appt 改咗 12/12 9am QEH，佢太太 Daisy 話自己陪，唔使 arrange escort。
    """),
    "en": _lines("""
        Member profile: Mr. Leung Kwok-wai, DOB 14/02/1944, HKID Z815306(0), right MCA infarct Aug 2026, lives with wife at Flat 9C, Block 2, Laguna City; contact 9381 0264.
        Please note Mrs. Chan Siu-ling's daughter asked us not to discuss her mother's dementia diagnosis with the son because of an ongoing inheritance dispute.
        Call back 6482 1937 after 7pm about tomorrow's pick-up time.
        Reimbursement claim: driver Ho Chun-kit, BOC account 012-875-0-431926-5, HK$460 for tunnel tolls on 3 Dec, receipts attached.
        Madam Lim Bee Hoon, NRIC S4127068C, discharged from TTSH on 2 Dec 2026, referred for day rehab in Ang Mo Kio; son Lim Kok Leong 9672 3310.
        Member Kwok Yuk-lan disclosed that her son-in-law hit her last weekend; bruises on left forearm; social worker reported to the Family and Child Protective Services Unit.
        From sandra.cheung1972@yahoo.com.hk: my father Cheung Man-hon is now on warfarin after his second stroke, please make sure staff watch for bleeding gums.
        Volunteer record: Jason Yip Ka-ho, PolyU student, mobile 5617 2083, completed 4-hour training on 30 Nov, police check still pending.
    """),
    "zh-Hans": _lines("""
        深圳家属来电：患者刘建国，身份证号 440303194807152319，11月在香港中风入院，现申请转回深圳罗湖区社区康复中心继续治疗。
        广州的表姐赵丽华说她妈妈中风后一直卧床，欠了护工两个月工资一万二，想问香港的亲戚能不能帮忙还。
        联系人：孙晓峰，手机 138 2651 7394，微信号 sxf_szhk2020，负责每周五接送父亲往返罗湖口岸。
        上海阿姨方淑珍（72岁，身份证 310106195403224025）脑梗后右侧偏瘫，Fugl-Meyer 上肢评分28分，由女儿照顾。
        澳门转介单：病人黄少华，住址澳门黑沙环新街海湾花园第三座12楼B，电话 6628 4190，诊断：脑出血后遗症。
    """),
    "ms": _lines("""
        Ahli baharu: Encik Mohd Rizal bin Abdullah, No. KP 490823-10-5537, strok iskemia Oktober 2026, alamat No. 8, Jalan SS2/61, Petaling Jaya; waris: Nurul Aina 012-774 3180.
        Puan Siti Hajar memaklumkan suaminya baru didiagnosis kanser paru-paru tahap 3 dan dia tidak mampu membayar yuran bulan ini.
        Anak lelaki Pak Cik Ramli ditahan polis minggu lepas kerana kes dadah; Pak Cik sangat tertekan, mohon staf jangan bincang hal ini di depan ahli lain.
        Sila hubungi 016-238 7741 (anak Madam Lee Mei Ling) jika van lewat.
        Tuntutan JKM: Lim Ah Kow, MyKad 420317-07-5121, Bantuan Orang Tua RM500 sebulan, dibayar ke akaun CIMB 7012 3456 78 atas nama pemohon.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是觀塘一間長者日間護理中心的行政助理，協助職員草擬給家屬的 WhatsApp 訊息，語氣要有禮、簡潔，用廣東話書面語。",
        ),
        (
            "user",
            "幫我寫個 WhatsApp 俾會員梁美玲嘅女兒梁嘉敏（9856 3021），話佢媽媽今日喺中心量血壓 178/98，已經休息咗半個鐘，叫佢今晚留意吓，聽日如果仲高就唔好嚟住。",
        ),
        (
            "assistant",
            "梁小姐你好，我哋係日間中心職員。今日你媽媽梁美玲喺中心量血壓為 178/98 mmHg，休息半小時後已安排佢坐低觀察。麻煩你今晚留意佢嘅情況，如聽朝血壓仍然偏高，建議暫停出席並聯絡家庭醫生。有任何問題歡迎回覆此訊息。多謝！",
        ),
        ("user", "好，加多句話有需要可以打中心 2389 6612。"),
        (
            "assistant",
            "梁小姐你好，我哋係日間中心職員。今日你媽媽梁美玲喺中心量血壓為 178/98 mmHg，休息半小時後已安排佢坐低觀察。麻煩你今晚留意佢嘅情況，如聽朝血壓仍然偏高，建議暫停出席並聯絡家庭醫生。如有需要，可致電中心 2389 6612。多謝！",
        ),
    ],
    [
        (
            "system",
            "You are a clinical documentation assistant for a Hong Kong stroke day rehabilitation centre. Keep summaries factual and concise.",
        ),
        (
            "user",
            "Summarise this for the case conference: Mr. Ho Wing-sang, 74, HKID M290473(5), L MCA infarct 15/9/2026, Barthel 55 -> 70, Berg 28 -> 36, still needs supervision on stairs, wife has early Alzheimer's so son Ho Ka-fai (6238 5504) is the main carer.",
        ),
        (
            "assistant",
            "Case summary - Mr. Ho Wing-sang (74, HKID M290473(5)): left MCA infarct on 15/9/2026. Functional progress: Barthel Index improved from 55 to 70; Berg Balance Scale from 28 to 36. Still requires supervision on stairs. Social: wife has early Alzheimer's disease; son Ho Ka-fai (6238 5504) is the main carer. Suggested goals: independent indoor walking with quad cane, carer training for the son.",
        ),
        (
            "user",
            "Add a line that the son works night shifts so transport must drop him off before 5pm.",
        ),
        (
            "assistant",
            "Added: Transport - son Ho Ka-fai works night shifts; drop-off must be completed before 5:00 pm on all service days.",
        ),
    ],
    [
        ("system", "你係一個幫香港社工計算資助資格嘅助手，用廣東話夾英文回答。"),
        (
            "user",
            "我有個 case：申請人 潘秀蓮，HKID G741028(9)，同個仔住，仔月入 HK$16,800，佢自己有生果金 HK$4,195，銀行存款大約 HK$85,000，想知佢 CCSV 大概係邊個 co-payment level？",
        ),
        (
            "assistant",
            "根據你提供嘅資料，潘秀蓮女士嘅住戶入息包括兒子 HK$16,800 同佢本人嘅高齡津貼 HK$4,195，合共約 HK$20,995。實際共付級別要對照社署最新嘅入息限額表，按二人住戶計，建議你喺系統入面輸入住戶人數同入息再核實。資產方面 HK$85,000 一般唔影響服務券共付計算，但申請其他津貼時可能要申報。",
        ),
        ("user", "OK 唔該，佢個仔話下個月可能會失業，到時可唔可以 re-assess？"),
        (
            "assistant",
            "可以。如果住戶入息有重大改變，例如兒子失業，社工可以協助申請重新評估共付級別，記得準備解僱信或入息證明等文件，重新計算後一般由下一個服務月份起生效。",
        ),
    ],
    [
        ("system", "你是一名熟悉粤港两地长者服务的咨询助手，用简体中文回答。"),
        (
            "user",
            "我叫郭海燕，人在东莞，手机 135 1068 4427。我爸郭荣生在香港住慈云山，上个月中风出院，我每个星期只能过去一次，香港有没有日间中心可以接送他？",
        ),
        (
            "assistant",
            "郭女士您好。香港有受社会福利署资助的长者日间护理中心，多数提供复康巴士接送服务。一般需要先由医院医务社工或综合家居照顾服务队转介，经“安老服务统一评估机制”评估后轮候；也可以了解“长者社区照顾服务券”，让您父亲较快选择服务单位。",
        ),
        ("user", "他是香港身份证，我是内地身份证，我可以帮他签文件吗？"),
        (
            "assistant",
            "您可以作为家属协助办理，但部分申请需要您父亲本人签署，若他无法签署，则可能需要授权书或监护安排。建议先联络慈云山附近的中心社工，说明您身在内地，请他们安排电话或视像沟通。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk pusat jagaan harian warga emas di Petaling Jaya. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Farah, anak kepada Encik Zainal bin Hashim (No. KP 460912-08-5173). Ayah saya kena strok bulan lepas dan tangan kanan lemah. Boleh dia sertai pusat ini? Nombor saya 019-552 8316.",
        ),
        (
            "assistant",
            "Terima kasih Cik Farah. Encik Zainal boleh memohon sebagai ahli. Sila sediakan laporan perubatan terkini daripada hospital, salinan MyKad beliau dan borang permohonan. Kakitangan kami akan menghubungi cik di 019-552 8316 untuk menetapkan tarikh penilaian fisioterapi.",
        ),
        (
            "user",
            "Ayah juga ada kencing manis dan perlu suntik insulin pukul 12 tengah hari. Ada jururawat?",
        ),
        (
            "assistant",
            "Ya, pusat kami ada jururawat bertugas setiap hari. Sila bawa insulin, pen suntikan dan buku rekod gula darah Encik Zainal. Kami akan catatkan jadual suntikan 12 tengah hari dalam pelan penjagaan beliau.",
        ),
    ],
    [
        (
            "system",
            "你是中心交通接送排程助理。今日橙線名單：1) 曾月好，順利邨利康樓2010室，輪椅，電話 2343 8871；2) 盧志成，秀茂坪邨秀和樓低層，步行；3) 符淑貞，安達邨達貴樓，需氧氣機。",
        ),
        ("user", "RB-09 今日壞車，橙線要拆落藍線同綠線，邊個最好跟邊架車？"),
        (
            "assistant",
            "建議：曾月好（順利邨利康樓，輪椅）跟藍線，因藍線車有輪椅升降台；盧志成（秀茂坪邨，步行）跟綠線；符淑貞（安達邨，需氧氣機）跟藍線並安排護理員隨車。請先致電曾月好府上 2343 8871 通知延遲。",
        ),
        ("user", "好，咁幫我寫句廣播通知橙線家屬，唔好寫任何人名。"),
        (
            "assistant",
            "「各位橙線家屬：今日橙線車輛維修，改由藍線及綠線車接送，上車時間或會延遲15至20分鐘，不便之處敬請原諒。如有查詢請致電中心。」",
        ),
    ],
    [
        (
            "system",
            "You are a friendly assistant helping families in Singapore navigate eldercare subsidies.",
        ),
        (
            "user",
            "My mum, Madam Goh Siew Lan, NRIC S2659034E, had a stroke in October and now attends day rehab at a centre in Toa Payoh. Our household income per person is about $1,900. Can we get help with transport costs?",
        ),
        (
            "assistant",
            "Based on a per-capita household income of about $1,900, Madam Goh may qualify for subsidies under schemes administered by the Agency for Integrated Care, such as the Seniors' Mobility and Enabling Fund, which can help with transport to eldercare services. The day rehab centre's staff can usually submit the application on your behalf.",
        ),
        ("user", "She also has mild dementia. Does that change anything?"),
        (
            "assistant",
            "A dementia diagnosis does not disqualify her. It may mean the centre recommends a caregiver-escorted transport arrangement, and you might also look at caregiver training grants. Please let the centre know so they can update her care plan.",
        ),
    ],
    [
        ("system", "你係一個幫家屬草擬投訴信嘅助手，語氣要理性、具體。"),
        (
            "user",
            "我係譚靜儀，電話 6722 9403。我爸爸譚錦華喺中心上星期三（12月2號）下晝跌親，額頭縫咗三針，但中心冇即時通知我，我係收佢返屋企先知。幫我寫封投訴信俾中心主任。",
        ),
        (
            "assistant",
            "中心主任台鑒：本人譚靜儀，為貴中心會員譚錦華之女兒。家父於2026年12月2日下午在中心內跌倒，額頭受傷須縫三針，惟貴中心未有即時通知家屬，本人於接家父回家時方得悉事件。本人對此深表關注，懇請貴中心：一、提供事故報告副本；二、解釋延遲通知原因；三、說明日後防跌及通知安排。請於十四日內回覆。聯絡電話：6722 9403。譚靜儀 謹啟",
        ),
        ("user", "可唔可以加一句要求覆檢佢嘅防跌評估？"),
        (
            "assistant",
            "可以，建議在第三點後加上：「四、為家父重新進行防跌風險評估（例如 Berg 平衡量表及起立行走測試），並將結果告知本人。」",
        ),
    ],
    [
        ("system", "你是職業治療助理，協助撰寫家居環境評估報告，使用繁體中文。"),
        (
            "user",
            "幫我整理：個案 鄺玉珍，84歲，HKID D530618(4)，獨居於黃大仙下邨龍昌樓，右側偏癱，用四腳拐杖，浴室冇扶手，廁所門檻高約5cm，晚上會起身兩次去廁所。",
        ),
        (
            "assistant",
            "家居環境評估摘要：個案鄺玉珍女士（84歲），右側偏癱，以四腳拐杖步行，獨居。發現風險：浴室未設扶手；廁所門檻約5cm，增加絆倒風險；夜間如廁兩次。建議：一、浴室及座廁旁加裝扶手；二、加設門檻斜台或移除門檻；三、睡房至廁所加裝感應夜燈；四、考慮申請平安鐘服務。",
        ),
        ("user", "仲有，佢個仔欠咗財務公司錢，佢唔想我哋寫喺報告度，咁應該點處理？"),
        (
            "assistant",
            "與家居環境評估無直接關係的家庭財務資料，不宜寫入職業治療報告。如該情況影響個案安全或照顧安排，可由社工另行在社工個案記錄中按保密原則處理。",
        ),
    ],
    [
        ("system", "你是台灣長照諮詢助理，使用繁體中文（台灣用語）回答。"),
        (
            "user",
            "我媽媽賴秋月，身分證 A226047159，住在台中市北屯區，去年中風後右手無力，長照等級評為第5級。她可以用長照交通接送去日照中心嗎？",
        ),
        (
            "assistant",
            "可以的。長照2.0 的交通接送服務可用於就醫及往返日間照顧中心（依各縣市規定而定），第5級個案有一定的給付額度，部分負擔比例依家庭經濟狀況而不同。建議聯絡台中市長期照顧管理中心，請照顧管理專員把交通接送加入照顧計畫。",
        ),
        ("user", "她香港的姪子想幫忙付自付額，可以嗎？"),
        (
            "assistant",
            "自付額由誰支付並無特別限制，家屬或親友代為繳納都可以，只要依服務單位的繳費方式辦理即可。",
        ),
    ],
]
