# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh322: 繁體中文（香港）停車場與車位月租（車位租約、車牌登記、欠租、刮花車糾紛、保安記錄、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh322
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "停車場告示"): _lines("""
        【通告】本停車場將於2027年1月12日（星期二）凌晨0時至6時進行地台防滑漆翻新工程，B2層第201至268號車位暫停使用，不便之處，敬請原諒。匯泊物業管理有限公司 管理處
        各位月租車主請注意：由2027年2月1日起，月租卡須於每月5日前續期，逾期未繳者系統將自動停用八達通／快易通出入權限，查詢請致電管理處 2398 1147（辦公時間）。
        本停車場車位淨高2.0米，貨Van及加裝車頂架之車輛請勿駛入，如因超高導致閘杆、喉管或天花損毀，租用人須負責全數維修費用，管理處保留追討權利。
        保安提示：近日觀塘區內發生多宗車內財物被盜案件，請車主切勿將手袋、手提電腦及電子產品放置於車廂當眼位置。如發現可疑人物，請即致電999或通知更亭保安。
        電動車充電位（EV01-EV12）只供充電中車輛停泊，充滿電後請於30分鐘內駛離，超時每15分鐘收取$20佔用費。充電器型號：ABB Terra AC W22，支援Type 2插頭。
        颱風措施：天文台發出八號或以上熱帶氣旋警告信號期間，地庫B3層或有水浸風險，管理處建議車主預先將車輛移往L3或以上樓層，本公司對天災造成之損失概不負責。
        失物認領：本月於停車場拾獲之物品包括長雨遮三把、兒童水壺一個、AirPods充電盒一個，請失主於辦公時間攜同證明到管理處（G/F 12號舖側）認領，逾30日未領者將交警署處理。
        嚴禁於車位內洗車、維修或存放雜物（包括輪胎、單車、紙皮箱），違者管理處有權即時清理而不作另行通知，所涉清理費用$500由該車位租用人支付。
        請勿在斜路及車道上停車上落客，阻塞車道之車輛將被鎖車，解鎖費$320；如需協助，請按各層升降機大堂之對講機與24小時控制室聯絡。
        本停車場之閉路電視24小時運作，錄影片段保留31日，只會在警方或法庭要求下提供。有關《個人資料（私隱）條例》之查詢，請電郵 privacy@wuipark.com.hk。
        二〇二七年農曆新年假期（2月6日至2月9日）管理處暫停辦公，月租續期可透過轉數快FPS識別碼 1638 2207 辦理，入數紙請WhatsApp至 5406 3318 並註明車位號碼。
        電單車位位於G/F入口左側（M01-M40），只限電單車停泊，私家車佔用電單車位將被即時拖走，費用由車主承擔。指定拖車公司：順達拖車服務 2765 0092。
        溫馨提示：停車場內限速每小時10公里，請開頭燈、慢駛、讓行人。場內所有凸面鏡已於2026年11月全面更換，如發現損壞或角度偏移，請通知管理處。
    """),
    ("zh-Hant", "月租車位價目表"): _lines("""
        2027年第一季月租價目（私家車）：固定車位 $3,800／月；非固定（流動）車位 $3,200／月；夜間車位（19:00-08:00）$2,100／月，按金均為一個月租金。
        電單車月租：固定位$680，流動位$520；需預繳兩個月租金及$200出入卡按金，遺失出入卡補領費$150，補卡需時兩個工作天。
        時租收費：星期一至五每小時$28，星期六日及公眾假期每小時$32；過夜泊車（00:00-07:00）一次性$120，可用八達通、快易通或Visa／Mastercard感應式付款。
        輕型貨車車位月租 $4,600（車身長度不超過7米，淨高2.4米），須提交有效車輛登記文件副本；公司車請同時提供有效商業登記證副本。
        EV充電月租套餐：固定車位$4,200＋充電無限任用$480，每日最高充電時間為8小時，7kW交流充電器，套餐不包括DC快充位（DC01-DC02）。
        車位買賣參考價（2026年12月，九龍東區）：屋苑車位約$180萬至$260萬，工廈車位約$90萬至$130萬，數字只供參考，以實際成交為準。
        代客泊車（Valet）收費：首兩小時$150，其後每小時$50，星期五六晚上另加$30附加費；鎖匙寄存服務每月$200，須簽署寄存同意書。
        長期租約優惠：一次過預繳12個月租金可享95折，預繳6個月可享97折，優惠不適用於EV充電套餐、夜間車位及電單車位，提早退租者須補回已享折扣差額。
        行政費一覽：更換車位$300，轉名（同一公司內）$200，補發收據$50，退租須提前一個曆月書面通知，否則按金不獲退還。
        海濱匯商場停車場時租：平日$22／小時，假日$26／小時；購物滿$300可免費泊車2小時，須憑即日收據於L1客戶服務台換領。
        澳門氹仔成都街停車場月票：私家車MOP 1,500起，電單車MOP 300，可用澳門通（Macau Pass）繳付，查詢：泊澳物業 +853 2882 6170。
        深圳灣口岸附近合作停車場「港車北上」收費參考：小型車首小時人民幣10元，其後每小時5元，24小時封頂人民幣60元，以現場公佈為準。
        價目表版本 v2027.01（生效日期：2027-01-01），如有更改恕不另行通知，以管理處最新公佈為準。文件編號：PL-WP-2701-03，共2頁。
    """),
    ("zh-Hant", "保安巡邏日誌"): _lines("""
        2027-01-03 02:15 B2層巡邏完畢，第214至230號車位範圍照明正常，消防喉轆箱封條完整，無異常。巡邏點掃描：CP-B2-07 ✓
        2027-01-03 03:40 L3斜路發現油漬約1米x0.5米，已放置「小心地滑」警告牌並通知清潔公司翌日處理，事件編號 INC-270103-004。
        2027-01-03 05:05 入口閘杆 Gate-IN-02 感應器失靈兩次，已轉為手動開閘，並於維修系統開單 WO-88213，承辦商：捷安閘機工程有限公司。
        更份交接：夜更 23:00-07:00 共巡樓6次，處理車主查詢3宗、失物1件（黑色雨傘），CCTV 第11號鏡頭畫面間歇黑屏，已報工程部跟進。
        2027-01-04 22:48 G/F 卸貨區有一部無人看管的手推車，已移至管理處暫存，貨品標籤顯示物流單號 SF1428867035521，待物流公司認領。
        2027-01-05 01:20 消防警鐘（Zone 4，B1層）響起，經查證為煙霧感應器積塵誤鳴，已於01:32重設，消防處無需到場，記錄編號 FA-0105-01。
        2027-01-05 14:10 EV充電位 EV07 充電器顯示錯誤代碼 E-43（接地故障），已暫停使用並張貼告示，經供應商熱線 3618 2250 報修，報修編號 CHG-2701-0577。
        巡邏路線更新（由2027-01-06起）：G/F → L1 → L2 → L3 天台 → 後樓梯 → B1 → B2，每兩小時一次，每個巡邏點須以手機App「巡更易」掃描NFC貼紙。
        2027-01-06 19:30 停車場滿位，已於入口亮起「FULL 滿」燈號，19:55 空位回升至12個後恢復正常放車，排隊車龍最長約6部，無阻塞主要道路。
        2027-01-07 08:15 L2升降機大堂按鈕失靈，已致電升降機公司（迅通電梯，服務熱線 2561 0388），技術員於09:02到場，09:40修妥。
        本週統計：時租車進場1,284架次，月租車進場2,903架次，平均停泊時間2小時37分，收費亭收取現金$18,420，八達通收入$96,115。
        2027-01-08 04:00 天台層發現雀鳥糞便大量積聚，已通知清潔承辦商加派人手；同時建議管理處研究加裝防雀網，報價單號 Q-2701-031。
        2027-01-08 06:50 早更接更，檢查對講機電量（4部全滿）、手電筒2支、鎖車器庫存7個、「暫停使用」雪糕筒15個，全部點收無誤。
    """),
    ("zh-Hant", "員工WhatsApp工作群"): _lines("""
        [08:02] 管理處：早晨各位，今日10點有消防處到場檢查花灑系統，B1同B2嘅巡邏請提早喺9點半前完成，消防處職員到咗請帶佢哋去B1機房，唔該晒🙏
        [08:15] 早更更亭：收到，另外入口二號閘今朝又卡咗兩次，我已經開咗維修單 WO-88240，捷安話下晝2點前會派人嚟睇。
        [10:47] 工程部：B2 嘅排水泵測試完成，流量正常，舊摩打已經拆落嚟放咗喺機房，下個禮拜二回收公司會嚟收，大家唔好郁。
        [11:30] 會計：提提大家，1月份月租收據已經全部印好，放咗喺管理處櫃桶第二格，車主嚟拎嘅話記得叫佢喺簽收表度簽名。
        [13:05] 管理處：總公司通知，由下個月開始全面改用新版出入卡（MIFARE DESFire EV3），舊卡可以用到2月28號，請大家熟悉換卡程序。
        [14:22] 夜更主管：今晚八號風球機會唔細，大家留意天文台消息，如果真係掛八號，B3 要提早封，雪糕筒同沙包已經擺咗喺後樓梯。
        [15:40] 清潔組：L3 啲油漬已經用除油劑洗咗兩次，仲有少少印，聽日再洗多次，小心地滑牌我哋暫時唔拎走住，各位巡樓經過記得提醒車主慢駛。
        [16:18] 管理處：再提提大家唔好喺群組度傳車主嘅車牌相或者證件相，有需要請用公司電郵或者系統內部備註，私隱專員公署最近好關注。
        [18:03] 更亭：收費機 PAY-02 冇零錢找，已經放咗 $500 散紙入去，入數記錄寫咗喺交更簿第37頁，聽朝會計記得核對。
        [19:45] 工程部：EV07 嗰支叉電槍換咗新嘅，ABB 嘅師傅話係接地板壞，保養期內唔使錢，報修單 CHG-2701-0577 可以close。
        [21:10] 夜更：今晚L2有部貨Van泊咗喺兩個位中間，我已經貼咗「請正確泊車」溫馨提示，冇鎖車，聽朝交俾早更跟進。
        [22:30] 管理處：聽日公司年度安全講座喺觀塘巧明街108號匯泊中心12樓舉行，早上9:30開始，冇返更嘅同事記得出席同簽到。
        [23:55] 夜更：全場巡完，B1 有支光管閃緊，已經記錄咗喺工程簿，其他一切正常，後樓梯防煙門已經關好，交更簿已經簽咗，晚安各位👍
    """),
    ("en", "carpark_faq"): _lines("""
        Q: Can I transfer my monthly parking permit to another vehicle? A: Yes, up to two vehicles may be registered per permit, but only one may be parked at any time. Submit the change form at the management office.
        Q: What happens if I lose my access card? A: Report it immediately to the 24-hour control room at 2398 1100 so it can be deactivated. A replacement costs HK$150 and is issued within two working days.
        Q: Are the car park's CCTV recordings available to tenants? A: No. Footage is kept for 31 days and released only to the Hong Kong Police Force or upon a court order, in line with the Personal Data (Privacy) Ordinance.
        Q: Is there a height limit? A: The clear headroom is 2.0 m on all levels except the ground-floor loading bay (2.4 m). Vehicles with roof boxes or ladders should check clearance before entering.
        Q: Can I install my own EV charger at my fixed bay? A: Only through the building's appointed contractor under the EV-charging infrastructure programme approved by the owners' corporation; private installations are not permitted.
        Q: How do I pay monthly rent? A: By FPS (ID 1638 2207), by cheque payable to Wui Park Property Management Ltd, or by Octopus at the office. Please quote your bay number in the payment reference.
        Q: What should I do if my car is scratched inside the car park? A: Take photos, note the time and bay number, and report to the security kiosk. Management will preserve the relevant CCTV footage on request for 31 days.
        Q: Are motorcycles allowed in car bays? A: No. Motorcycles must use bays M01-M40 on G/F. Motorcycles found in car bays will be clamped and the release fee is HK$320.
        Q: Can my visitors park for free? A: Each fixed-bay tenant may buy up to four visitor coupons per month at HK$25 each, valid for three hours on weekdays only, excluding public holidays.
        Q: Does the car park accept Autotoll tags? A: Yes, Autotoll and Octopus are accepted at all entry lanes. HKeToll tags used for government tunnels are not read by our gantry readers.
        Q: Who do I contact for lease renewals? A: Email leasing@wuipark.com.hk or WhatsApp our leasing line at +852 5406 3318 (text only, Mon-Fri 9:00-18:00, closed on public holidays).
        Q: Is smoking allowed? A: No. Under the Smoking (Public Health) Ordinance (Cap. 371), smoking is prohibited throughout the car park, and offenders may be issued a fixed penalty notice.
        Q: Do you offer parking for Northbound Travel for Hong Kong Vehicles? A: Yes, our partner car park near Shenzhen Bay Port offers discounted overnight rates; see the notice board at G/F for details.
    """),
    ("en", "lpr_config_and_logs"): _lines("""
        lpr: {engine: "openalpr-compat", version: "3.4.2", region: "hk", plate_pattern: "[A-Z]{0,2}[0-9]{1,4}", min_confidence: 0.85, retain_images_days: 31}
        2027-01-09T07:42:18+08:00 INFO gate=IN-02 event=ENTRY card_type=OCTOPUS session=sess_7f3a91c2 bay_class=HOURLY latency_ms=412
        2027-01-09T07:43:01+08:00 WARN gate=IN-02 event=LPR_LOW_CONF confidence=0.61 action=FALLBACK_TICKET ticket_no=T2701090743-018
        CREATE TABLE monthly_permit (permit_id VARCHAR(12) PRIMARY KEY, bay_no VARCHAR(6), tier VARCHAR(10), start_date DATE, end_date DATE, status VARCHAR(8));
        permit_id,bay_no,tier,start_date,end_date,status,deposit_hkd,auto_renew,card_serial,plate_hash,last_gate_event
        export PARK_API_BASE=https://api.example-parking.hk/v2 && export PARK_API_TIMEOUT=30 && curl -s "$PARK_API_BASE/occupancy?site=KT01&level=B2"
        def monthly_fee(tier: str, months: int) -> int: return {"fixed": 3800, "floating": 3200, "night": 2100}[tier] * months
        2027-01-09T23:59:59+08:00 INFO job=daily_reconcile site=KT01 entries=1284 exits=1279 octopus_total=96115.00 cash_total=18420.00 status=OK
        sha256(lpr_snapshot_20270109_074301.jpg) = 9c1e4b07f2aa53d6e8b0c77f13d5a2e4b6f09d81c3a7e52f640b18d93e7c2a15
        alert_rules: - name: gate_sensor_flap; expr: gate_fault_count{gate="IN-02"} > 3; for: 10m; severity: warning; notify: ops-carpark@wuipark.com.hk
        a41f9c2 fix(lpr): handle Macau plate format MM-XX-XX and cross-boundary dual plates (#482), bump parser to 1.9.0
        2027-01-10T02:14:55+08:00 ERROR gate=OUT-01 event=BARRIER_TIMEOUT retries=3 plc_addr=192.168.20.41 firmware=GTX-2.8.1
        docker run -d --name lpr-worker -e SITE_ID=KT01 -e CAMERA_RTSP=rtsp://cam-in-02.local:554/stream1 -v /data/lpr:/var/lib/lpr parkops/lpr-worker:1.9.0
    """),
    ("mixed", "公司發票"): _lines("""
        INVOICE 發票 No. WP-INV-2701-00388｜Bill to: 順豐速運（香港）有限公司｜Description: B1 貨車位 L07-L10 月租 Jan 2027 × 4｜Amount: HK$18,400｜Payment terms: 30 days
        匯泊物業管理有限公司 Wui Park Property Management Limited｜商業登記號碼 BR No. 61234587｜地址：九龍觀塘巧明街108號匯泊中心12樓｜Tel 2398 1147｜Fax 2398 1148
        Quotation 報價單 Q-2701-031：天台防雀網安裝 Bird netting installation，約420平方米 @ HK$38/m²，合計 HK$15,960，報價有效期30日，承辦商：綠盾環境工程有限公司 CR No. 2876541
        Receipt 收據 R-270112-0045｜捷安閘機工程有限公司｜Gate-IN-02 loop detector replacement 更換地感線圈｜Labour HK$1,200 + Parts HK$2,650｜Total HK$3,850｜Paid by company cheque No. 004512
        Credit Note 退款單 CN-2701-007：因 EV07 充電器故障停用6日，按比例退還 EV 套餐費 HK$96.00，已抵銷於2月份月結單 Statement ST-2702-KT01。
        澳門 Macau｜泊澳物業管理有限公司 發票 Factura N.º PM-2026-1187｜氹仔成都街停車場清潔服務 12月｜MOP 8,600.00｜納稅人編號 NUIT 81234567
        Tax Invoice (Singapore) No. SG-PK-000921｜Harbourline Parking Pte. Ltd.｜UEN 201834567K｜GST Reg. No. 201834567K｜Season parking admin fee S$45.00 + GST 9% S$4.05 = S$49.05
        Invoice No. MY-PKL-2701-055｜Parkwell Sdn. Bhd. (201501012345 (1134567-X))｜Season pass 月票 Bangsar South car park Zone B｜RM 250.00｜SST 8% RM 20.00｜Total RM 270.00
        採購單 Purchase Order PO-KT01-2701-12｜供應商 Supplier：迅通電梯有限公司｜L2 升降機按鈕模組 × 2，單價 HK$780｜交貨 Delivery：2027-01-15｜預算代碼 OPEX-MNT-04
        月結單 Monthly Statement ST-2701-KT01｜停車場：觀塘巧明街 KT01｜時租收入 HK$412,880｜月租收入 HK$1,106,400｜總收入 HK$1,519,280｜管理費 8%
        Invoice INV-EV-27-0142｜ABB (Hong Kong) Ltd. service visit｜Terra AC W22 ground-fault board replacement，保養期內 under warranty，amount HK$0.00｜Ref CHG-2701-0577
        台灣 統一發票 AB-12345678｜停車費 NT$240｜賣方：城市泊車股份有限公司 統一編號 24567813｜台北市信義區松仁路地下停車場｜2027/01/09 18:42
        Statement of Account 對帳單｜Customer: 九龍巴士（一九三三）有限公司｜Night bays N01-N08 rental Dec 2026｜HK$16,800｜Due 2027-01-31｜Payee: 匯泊物業管理有限公司 HSBC 004-512-345678-001
    """),
    ("zh-Hant", "新聞與法規"): _lines("""
        運輸署資料顯示，全港領有牌照私家車數目多年來持續上升，而私家車泊車位供應增長緩慢，夜間泊車位短缺問題在九龍東及新界東尤其嚴重。
        運輸及物流局局長林世雄在立法會回應議員質詢時表示，政府會繼續在合適的公共設施項目中加設公眾停車位，並研究推展自動泊車系統。
        《道路交通（泊車）規例》（第374C章）訂明咪錶泊車位的使用時限及收費安排，違例泊車者可被警方或交通督導員發出定額罰款通知書。
        政府於2021年公布的《香港電動車普及化路線圖》提出在2035年或之前停止新登記燃油私家車，並鼓勵私人停車場加快安裝充電設施。
        「港車北上」政策於2023年7月1日起實施，合資格香港私家車可經港珠澳大橋駛入廣東省，帶動珠海及深圳口岸一帶停車場需求上升。
        中環美利道多層停車場地皮於2017年以232.8億元售予恒基兆業地產，刷新當時全球最貴商業地皮紀錄，原址其後重建為甲級寫字樓。
        私隱專員公署提醒停車場營運者，使用車牌識別系統時應只收集必要的資料，並須以告示清楚說明收集目的、使用範圍及保留期限，避免將影像用於與停車管理無關的用途。
        市場消息：新界東一個新盤的住宅車位以抽籤形式發售，吸引大批業主入票，發展商表示每名買家只限購一個車位，並須為該屋苑業主。
        警方於觀塘區展開打擊違例泊車行動，一連三日共發出逾1,200張定額罰款通知書，並拖走15部嚴重阻塞交通的車輛，警方呼籲駕駛人士使用附近的公眾停車場。
        運輸署表示，全港約1.8萬個咪錶泊車位已更換新一代咪錶，駕駛人士可用八達通、感應式信用卡及「HKeMeter」手機應用程式繳費。
        新加坡建屋發展局（HDB）轄下停車場已逐步改用電子泊車系統（EPS）及 Parking.sg 應用程式，傳統泊車固本正陸續淘汰。
        財政司司長陳茂波在財政預算案中宣布延續電動私家車首次登記稅寬減安排，但寬減額上限下調，業界預計EV車位需求增長或會放緩。
        澳門交通事務局表示將研究在公共停車場推行「車牌識別＋澳門通」的無感支付，並檢討部分停車場的月票收費及輪候安排，新措施預計於明年分階段推出。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        車位租約：租客陳志偉先生（香港身份證號碼 K635281(2)），租用B2層第217號固定車位，月租$3,800，由2027年1月1日起計，為期12個月。
        黃太嘅車牌 RS 2281，上個月同今個月都未交租，合共欠$7,600，管理處已經寄咗第二封追數信去佢將軍澳唐德街8號日出康城2座25樓D室。
        阿明（L3流動位）話佢老婆上個禮拜流產，呢排冇心情理車位嘅事，叫我哋寬限佢遲兩個禮拜先交租。
        刮花車糾紛：B1層112號位車主梁嘉欣小姐投訴其白色Tesla Model 3（車牌 KX 6638）左邊車門被刮花，懷疑係隔籬113號位車主開門撞到，要求睇CCTV。
        保安記錄 2027-01-05 23:40：一名男子（自稱113號位車主何國強，電話 9137 4826）情緒激動，在停車場內大聲指罵保安，約十分鐘後自行離開。
        【KT01車主群】有冇人識 CP 888 嘅車主？佢成日泊到出界，今日又塞住我個位，唔該叫佢睇下訊息 🙄
        租客資料更新：林美玲，手機 6482 0937，電郵 meiling.lam88@yahoo.com.hk，車位改為 L2-045，請會計同步更新系統。
        張伯（B2-230）今朝喺停車場暈低，救護車送咗去聯合醫院，佢個女話佢有心臟病同糖尿病，之後可能要暫停用車幾個月。
        鄭先生話佢同太太離緊婚，車位租約上寫住兩個人名，佢要求將太太嘅名剔走，唔想佢再有出入卡。
        欠租名單（截至2027-01-10）：L1-008 吳家豪 欠$6,400；B2-219 蔡淑儀 欠$3,200；G-M12 馮志明（電單車）欠$1,360。
        車位轉讓申請：原租客司徒慧敏（身份證 Y483902(A)）將B1-105車位轉予其弟司徒俊傑，新車牌 VJ 927，請於3個工作天內核實。
        晚更保安報告：L3停泊的私家車 MZ 4471 車內有人長時間逗留並疑似吸毒，已報警，警方其後拘捕車主曾子軒帶返警署調查。
        我個位（B2-221）畀人霸咗成個禮拜，車牌 TD 5906，我WhatsApp咗管理處幾次都冇回覆，我電話係 5572 3140，麻煩盡快處理。
        停車場月租申請表：姓名：歐陽淑貞｜出生日期：1979-04-23｜身份證：R217604(0)｜住址：沙田第一城32座18樓F室｜手機：9864 2215｜車牌：PH 319
        麥太話佢老公失業咗三個月，問可唔可以將固定位轉做夜間位減少開支，佢哋而家仲欠緊兩個月租。
        呢張係刮花位置嘅相，車主李浩然（9021 6673）話係停車場清潔工推手推車撞到，佢保險公司要我哋提供1月6號下晝3點到4點B1嘅片段。
        收到律師信：代表前租客周嘉儀追討按金$3,800，信中附上其身份證副本（M902371(8)）及車位租約影印本，要求14日內回覆。
        阿輝（夜更保安）呢排成日請病假，聽講佢確診咗抑鬱症，管理處主任考慮下個月唔再同佢續約。
        車主譚偉業於2027年1月8日在B2層倒車時撞到柱，車頭保險槓損毀，佢承認飲咗兩杯先揸車，叫保安唔好寫入報告。
        月租出入卡登記：卡號 04A3B9C2 → 租客蕭家樂，車牌 UW 5512，車位 L1-017，有效期至2027-06-30。
        區小姐（9533 8071）查詢：佢懷孕七個月，想由L3流動位轉去G/F近升降機嘅固定位，問有冇孕婦優先安排。
        劉生WhatsApp：「我份人工俾公司減咗三成，月租$3,800真係頂唔順，可唔可以分期還返個兩萬蚊欠款？」
        台灣車主資料：黃柏翰，身分證字號 A125738640，車牌 BPK-6231，申請台北信義區松仁路停車場月租，聯絡電話 0912-384-756。
        澳門住客關志雄，澳門居民身份證 1284570(3)，私家車 MX-27-64，申請氹仔成都街停車場月票，欠上月月票費MOP 1,500。
        車主群投訴：住18樓B室嗰位蔡太成日喺L2-033車位度晾衫，仲擺埋佢個仔嘅單車，講極都唔聽。
        退租申請：租客鍾詠詩因移民英國，將於2027年2月28日退還B2-224車位，按金$3,800請轉賬至其恒生銀行戶口 024-385-617294-883。
        追數公司文件：債務人溫家輝，住址九龍城衙前圍道76號5樓B室，欠款HK$11,400（車位租金及行政費），已轉介至宏信追收有限公司。
        何姑娘（管理處）：阿Ken個車牌我幫佢登記咗，JT 7780，佢架車係老婆名下，登記文件上車主係伍潔瑩。
        閉路電視調閱申請：申請人麥啟聰（身份證 C668120(2)），事由：2027-01-04 21:15 B1-109車位內車輛被打破車窗，已報案，報案編號 KT RN 27000145。
        G/F更亭記錄：車主莫子健嘅車（RV 3390）今晚被法院執達主任貼封條扣押，原因係佢欠債被申請破產。
    """),
    "en": _lines("""
        Licence agreement: Licensee Mr. Raymond Cheung Ka-lok, HKID P351772(5), Bay B2-226, monthly licence fee HK$3,800, commencing 1 January 2027 for 12 months.
        Hi, this is Priya Nair from L3-051, my Honda Jazz (plate NK 2709) got scratched along the rear bumper last night. Can security check the camera? My number is 6390 1478.
        Security log 02:30: tenant Derek Fung (bay L1-022) found sleeping in his car, appeared intoxicated, told the guard his wife had locked him out. Left at 04:10.
        Arrears notice sent to Ms. Angela Siu, Flat 12C, Block 3, Kornhill, Quarry Bay: outstanding parking fees HK$9,600 for Oct-Dec 2026.
        permit_id,bay_no,name,phone,plate | KT01-00417,B1-110,Wong Tsz Hin,+852 9247 3316,LX 4183
        Email from matthew.ho.hk@outlook.com (bay G-011): please stop sending letters to my office, my boss has seen them. I will settle the HK$7,200 after my surgery next week.
        Season parking application: Tan Wei Ling, NRIC S8234567A, vehicle SLA 4821 K, address Blk 345 Ang Mo Kio Ave 3 #08-112, Singapore 560345.
        Incident report: Ms. Fiona Lau (bay B2-203) says her ex-husband Kelvin Lau, who is under a non-molestation order, has been waiting near her car at night.
        Refund approved for Mr. Sunny Kwok: deposit HK$3,200 to be credited to his Bank of China (HK) account 012-875-1-093746-2 within 14 days.
        Tenant Ahmad bin Rashid called about the late fee; he has been in Queen Elizabeth Hospital on dialysis for kidney failure since December and asks for a waiver.
    """),
    "mixed": _lines("""
        車主 Kenny Yip 話佢架 Porsche（plate KY 88）被人鎖咗，佢 WhatsApp 9655 2013 嚟問點解，原來佢欠咗兩個月 rental 未交。
        [12/01/2027 21:03] Jason Lo: 邊位係 B2-215 嘅車主？你架白色 Alphard 開門撞凹咗我個 door，我影咗相，麻煩聯絡我 6187 4402
        Tenancy form｜Name 姓名: Cheung Hoi Yan 張凱欣｜HKID 身份證: Z570438(4)｜Mobile: 9318 6654｜Email: hoiyan.cheung@yahoo.com.hk｜Bay: L2-028
        KL 車位月租：租客 Lim Chee Keong 林志強，MyKad 850612-14-5523，車牌 WXY 8821，欠租 RM 500，已發 WhatsApp reminder 俾佢。
        港車北上登記：車主梁振邦 Leung Chun Bong，回鄉證 H60382715，內地車牌 粤Z·B728港，香港車牌 VC 3318，需要 B1 過夜位。
        Security note：保安話 B1 有個叫 Alan Tse 嘅 tenant 成日喺車入面同老婆吵交，佢懷疑有 domestic violence，已 report 俾 supervisor。
        Shenzhen Bay 車位 booking：王建華 Wang Jianhua，PRC ID 440304198207153611，mobile +86 138 2641 7795，plate 粤B·7K29D。
        Overdue list export: L1-019 | Tsang Wing Yee 曾詠儀 | HK$4,800 | 2 months | remarks: 話等份 bonus 出咗先還
        刮花車 claim：Mrs. Patricia Chow 周太嘅 Mercedes GLC（plate PC 1122）右邊 panel 刮花，保單號 MOT-HK-2026-0048712，claim handler 要我哋提供 CCTV。
        Re: 鎖車 complaint — I am Vincent 陳國鋒, 我個仔有 autism, 佢喺車等我嗰陣保安大聲鬧佢, 我要正式投訴。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是匯泊物業管理有限公司的客服助理，以繁體中文及廣東話回答月租車位查詢，不可透露其他租客資料。",
        ),
        (
            "user",
            "你好，我係B2-217嘅租客陳志偉，身份證K635281(2)，我份租約3月尾到期，想問續約要準備咩文件？",
        ),
        (
            "assistant",
            "陳先生你好！續約一般需要：1）續約申請表；2）有效車輛登記文件副本；3）預繳一個月租金。為保障私隱，身份證號碼毋須喺對話度提供，到管理處出示正本核對就得。",
        ),
        ("user", "明白，咁如果我一次過交12個月有冇折？"),
        (
            "assistant",
            "有，一次過預繳12個月可享95折，即係$3,800 x 12 x 0.95 = $43,320。你可以用轉數快或支票繳付，入數時註明車位號碼B2-217就得。",
        ),
    ],
    [
        (
            "user",
            "Can you help me draft a polite but firm WhatsApp reminder to a tenant? Ms. Angela Siu, bay L1-014, owes HK$9,600 for Oct-Dec 2026. Her number is 9402 6617.",
        ),
        (
            "assistant",
            "Sure. Draft: Dear Ms. Siu, this is a reminder from the management office that parking fees of HK$9,600 for bay L1-014 (Oct-Dec 2026) remain outstanding. Please settle by 31 January 2027 via FPS or at the office. If payment is not received, your access card may be suspended. Thank you.",
        ),
        ("user", "Make it a bit softer, she told our staff her mother just passed away."),
        (
            "assistant",
            "Dear Ms. Siu, we are very sorry for your loss. When you are ready, could you contact us about the outstanding HK$9,600 for bay L1-014? We are happy to arrange an instalment plan. Please take care.",
        ),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "幫我寫封投訴信俾管理處：我叫梁嘉欣，B1-112車位，我架Tesla（KX 6638）喺1月5號晚被隔籬113號位個車主開門撞花咗，我電話係6715 2093，想佢哋保留CCTV。",
        ),
        (
            "assistant",
            "致管理處：本人梁嘉欣，租用B1-112車位（車牌KX 6638）。2027年1月5日晚上，本人車輛左邊車門被刮花，懷疑由B1-113車位車主開門時造成。懇請 貴處保留當晚CCTV片段，並協助聯絡相關車主。聯絡電話：6715 2093。此致 匯泊物業管理處",
        ),
        ("user", "加多句我已經報咗警。"),
        (
            "assistant",
            "可以，喺最後加：「本人已就事件向警方報案，如警方要求，請配合提供片段。」其餘內容不變。",
        ),
    ],
    [
        (
            "system",
            "Tenant record for context: 何國強 Ho Kwok Keung, bay B1-113, plate ST 4802, mobile 9137 4826, status: 2 warnings for verbal abuse of staff (2027-01-05, 2026-11-20).",
        ),
        ("user", "Summarise this tenant's situation in 兩句廣東話 for the 夜更 supervisor."),
        (
            "assistant",
            "何國強（B1-113，ST 4802）之前已經兩次因為喺停車場大聲鬧保安被警告，分別係2026年11月20號同2027年1月5號。如果佢今晚再搞事，記得寫低時間同即刻通知主管。",
        ),
    ],
    [
        (
            "user",
            "Here is last night's security log, can you turn it into a short incident summary? 02:30 Derek Fung (L1-022, plate DF 3317) found asleep in car, smelled of alcohol, said wife locked him out after an argument. 04:10 left on foot.",
        ),
        (
            "assistant",
            "Incident summary: At 02:30 the guard found the tenant of bay L1-022 (Derek Fung, DF 3317) asleep in his car and apparently intoxicated. He said he had been locked out after a domestic argument. He left the car park on foot at 04:10; no damage or injury recorded.",
        ),
        ("user", "Should I include the part about his wife?"),
        (
            "assistant",
            "Probably not in a report circulated widely. The family dispute is not needed to describe the incident; keep it in the restricted log and state only that the tenant was found asleep in his car and left at 04:10.",
        ),
    ],
    [
        (
            "user",
            "隔籬位個車主成日霸我位，佢叫蔡德明，住我哋屋苑3座12樓A，車牌 LM 6620，我可以點做？",
        ),
        (
            "assistant",
            "你可以先影相記錄佔用時間同車牌，然後書面通知管理處，要求佢哋按車位租約條款處理，例如張貼警告或者鎖車。唔建議你自己上門搵佢，以免起衝突。",
        ),
        ("user", "管理處話佢係業委會委員，唔敢郁佢。"),
        (
            "assistant",
            "如果管理處唔處理，可以向業主立案法團書面投訴，亦可以向民政事務處查詢調解服務。記得保留所有相片同訊息記錄作證據。",
        ),
    ],
    [
        ("system", "You assist HDB season parking holders in Singapore with appeals."),
        (
            "user",
            "My name is Tan Wei Ling, NRIC S8234567A. I was fined for parking my car SLA 4821 K in a lot at Blk 345 Ang Mo Kio Ave 3 while my season parking had lapsed by two days because I was in hospital for a miscarriage. How do I appeal?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. You can submit an appeal through the Parking.sg or HDB e-service, stating the vehicle number, the date of the notice and the reason. Attach the hospital discharge memo as supporting evidence and renew the season parking before submitting.",
        ),
        ("user", "Do I need to mention the miscarriage or just say hospitalised?"),
        (
            "assistant",
            "Saying you were hospitalised, with the discharge memo attached, is usually enough. You don't have to describe the medical condition in detail unless the officer asks.",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu saya tulis notis dwibahasa 中英文：tenant Lim Chee Keong (MyKad 850612-14-5523, plate WXY 8821) tunggak sewa RM 500 for Bangsar South car park.",
        ),
        (
            "assistant",
            "Notis / 通知: Kepada Encik Lim Chee Keong (WXY 8821), sewa tempat letak kereta sebanyak RM 500 masih tertunggak. Sila jelaskan sebelum 31/01/2027. 林志強先生：閣下車位租金RM 500尚未繳付，請於2027年1月31日前清繳。",
        ),
        ("user", "Perlu letak nombor MyKad dalam notis?"),
        (
            "assistant",
            "Tidak perlu. Nama dan nombor plat sudah cukup untuk notis yang ditampal atau dihantar; nombor MyKad hanya perlu dalam rekod dalaman yang terhad.",
        ),
    ],
    [
        ("system", "你是一個幫停車場管理處整理文件的助手，回覆用繁體中文。"),
        (
            "user",
            "幫我整理呢段做表格：鍾詠詩，B2-224，移民英國，2月28號退租，按金$3,800轉去恒生 024-385-617294-883，電話 6229 0815",
        ),
        (
            "assistant",
            "｜租客｜車位｜退租日期｜按金｜退款戶口｜電話｜ ｜鍾詠詩｜B2-224｜2027-02-28｜$3,800｜恒生 024-385-617294-883｜6229 0815｜ 備註：因移民英國退租。",
        ),
        ("user", "加一欄「已收出入卡」，暫時填未收。"),
        (
            "assistant",
            "｜租客｜車位｜退租日期｜按金｜退款戶口｜電話｜已收出入卡｜ ｜鍾詠詩｜B2-224｜2027-02-28｜$3,800｜恒生 024-385-617294-883｜6229 0815｜未收｜",
        ),
    ],
    [
        (
            "user",
            "Translate into English for the insurer: 車主周太（Patricia Chow），Mercedes GLC PC 1122，1月6日下午3時15分喺B1-118被清潔工手推車撞花右邊車身，保單 MOT-HK-2026-0048712，聯絡 9786 3041。",
        ),
        (
            "assistant",
            "Mrs. Patricia Chow's Mercedes GLC (PC 1122) was scratched on the right side by a cleaner's trolley at bay B1-118 at 3:15 pm on 6 January. Policy no. MOT-HK-2026-0048712; contact 9786 3041.",
        ),
        ("user", "Add that CCTV footage has been preserved by management."),
        (
            "assistant",
            "Mrs. Patricia Chow's Mercedes GLC (PC 1122) was scratched on the right side by a cleaner's trolley at bay B1-118 at 3:15 pm on 6 January. The car park management has preserved the CCTV footage. Policy no. MOT-HK-2026-0048712; contact 9786 3041.",
        ),
    ],
]
