# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh252: Hong Kong yacht clubs, marinas and boat-licence schools (berth rentals, crew rosters, licence exams, incidents at sea, member WhatsApp groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh252
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "泊位租用價目表"): _lines("""
        【2027年度泊位租用價目表】浮橋泊位(長度10米以下)月租HK$6,800,10至12米HK$8,950,12至15米HK$12,400,另收水電雜費每月HK$450,價錢已包管理費。
        乾泊位(Dry Stack)只適用於8米以下快艇,月租HK$3,200,每次吊船落水HK$380,請最少24小時前經會所WhatsApp預約專線 5300 8128(辦公時間)預約。
        訪客泊位按日計:平日每米HK$28,週末及公眾假期每米HK$42,最少按6米收費;天文台發出八號或以上颱風信號期間,恕不接受新訪客船隻入塢。
        泊位按金為兩個月租金,可以支票抬頭「西貢海灣遊艇會有限公司」或轉數快FPS識別碼 1638 2207 繳付,商業登記號碼 70418832-000-05-26-6。
        年繳優惠:一次過預繳十二個月租金可享九五折,合約期內泊位編號維持不變;如需轉泊至C浮橋(深水區),差價按月計算,須提前一個月書面申請。
        船隻保養套餐:船底清洗連兩層防污漆(Jotun SeaQuantum Ultra S)每呎HK$95,更換鋅塊HK$680起,Volvo Penta D4 引擎年檢HK$4,200,零件另計。
        單據編號 INV-HBR-2027-000317:1月份泊位租金 B-14 HK$8,950、岸電用量 312 kWh @ HK$1.6、垃圾及污水抽取費 HK$220,合共 HK$9,669.20,請於14日內繳付。
        停車位:會所地面停車場每小時HK$30,泊位租戶每月可申請一個固定車位HK$1,800,電動車充電樁收費每度電HK$3.5,名額有限,先到先得。
        游艇代管服務(Yacht Management)月費HK$2,500起,包括每週開機測試、電池檢查、艙底抽水及颱風前加綁纜繩,颱風過後提交相片報告。
        吊機服務:25噸移動吊機每次吊上或吊落HK$1,850(船長12米以下),超過12米每米加收HK$160;星期日及公眾假期另收附加費30%。
        2027年1月1日起,污水抽取站(Pump-out)改為自助式,使用會所八達通增值卡付款,每次HK$60,每日開放時間為07:00至19:00。
        查詢泊位輪候名單請電郵 berths@saikungbay-yc.com.hk 或致電會所辦事處 2791 6620(星期一至六 09:00–18:00),目前輪候期約6至9個月。
        白沙灣公眾碼頭上落客免費,但泊岸時間不可超過15分鐘;如需長時間停泊請自行向海事處申請,本會不代辦任何公眾碼頭許可證,敬請留意。
    """),
    ("zh-Hant", "會所通告"): _lines("""
        【颱風通告】天文台於今日14:40發出三號強風信號,所有浮橋將於16:00起封閉,泊位租戶請即加固纜繩及收起帆具,會所餐廳提早於18:00停止營業。
        本會週年大會將於2027年3月20日(星期六)下午三時在會所二樓宴會廳舉行,議程、財務報告及委任代表表格已上載會員專區,歡迎各會員出席。
        因應海事處於香港仔避風塘進行疏浚工程,2月10日至3月31日期間南面入口航道收窄至30米,請各船長減速至5節以下並留意黃色浮標。
        會所帆船學校2027年春季課程現正接受報名:RYA Start Sailing Level 1(4天)HK$4,600,Level 2 HK$4,900,查詢請電郵 sailing@hebebay-yc.org.hk。
        溫馨提示:浮橋範圍內嚴禁吸煙及使用明火燒烤,違者首次警告,第二次起每次罰款HK$1,000,詳情請參閱會所附例第14條及大堂告示。
        會所圖書角新增書籍:約書亞·史洛坎《Sailing Alone Around the World》、海明威《老人與海》中英對照本及亞瑟·蘭塞姆《Swallows and Amazons》,歡迎借閱。
        年度環島大賽報名截止日期為10月8日,參賽船隻須持有有效第三者保險及VHF無線電,起航時間為上午九時正,起點設於北角對開海面。
        食肆通告:The Compass Bar 由12月1日起延長營業至凌晨一時,逢星期五 Happy Hour 17:00–20:00 精選生啤 HK$48 一杯,訂座請致電 2812 0488。
        停水通知:水務署將於1月15日(星期三)凌晨零時至早上六時在西貢公路一帶進行水管維修,期間浮橋淡水供應將暫停,請租戶預先儲水。
        會所接駁艇(Tender)服務時間表更新:平日 07:30 至 22:00 每15分鐘一班,週末加密至每10分鐘一班,請以 VHF 第 69 頻道召喚。
        新一屆一般委員會名單已張貼於大堂告示板,各委員任期兩年;如對會所運作有任何意見,歡迎填寫意見表並投入前台意見箱,秘書處會於一個月內書面回覆。
        2027年度會費繳費通知書已於1月發出,請於2月28日前以網上銀行繳付(收款賬戶:滙豐銀行 004-512-388812-001,戶口名稱:白沙灣航海會有限公司)。
        衛生安排:會所更衣室每日消毒三次,泳池逢星期一上午10:00至12:00進行水質測試,期間暫停開放,兒童池照常開放,不便之處敬請原諒。
    """),
    ("zh-Hant", "船牌考試常見問題"): _lines("""
        問:考二級遊樂船隻船長證明書(PVO2)需要乜資格?答:年滿18歲,持有有效體格檢驗證明,並完成認可課程,筆試同實習試都要合格先發證。
        問:筆試考咩?答:主要考避碰規則、香港水域航行規例、基本航海術、輪機常識同急救,全部係多項選擇題,溫熟本校筆記同模擬卷就唔使驚。
        問:實習試喺邊度考?答:一般喺海事處指定考場進行,考生要示範離岸、泊岸、人落水救援同打繩結,每次考試大約45分鐘,考官會喺船上即場評分。
        問:報名費幾多錢?答:本校PVO2全科課程HK$5,800(包括8堂理論及6節實習),筆試費及發證費需另行繳交海事處,以官方公佈為準。
        問:我冇船可唔可以學?答:完全冇問題,本校有兩艘 Yamaha 36呎教練船,停泊喺西貢公眾碼頭附近,救生衣同所有裝備由學校提供。
        問:可唔可以用內地或澳門船牌換領香港船牌?答:目前並冇自動互認安排,持外地證書人士請親臨中環統一碼頭道38號海港政府大樓向海事處查詢。
        問:體格檢驗要去邊度做?答:任何香港註冊西醫都可以簽發,表格可以喺海事處網站下載,視力要達到指定標準,亦要通過辨色測試。
        問:考試當日要帶咩?答:身份證明文件正本、准考證、課程完成證明書同兩張近照,建議著防滑膠底鞋同帶定飲用水,預早15分鐘到場報到。
        問:落雨或者掛波可唔可以照考?答:如果天文台發出三號或以上熱帶氣旋警告信號,或者紅色/黑色暴雨警告,實習試會順延,學校會以短訊通知。
        問:上堂時間點揀?答:平日夜晚理論班逢星期二、四 19:30–21:30 喺旺角上課,實習班逢星期六或日早上 08:30 喺西貢碼頭集合。
        問:一級同二級有咩分別?答:一級證書適用範圍較大,一般要先持有二級證書並累積指定航行時數先可以報考,詳情請參閱海事處最新指引。
        問:報名後可唔可以退款?答:開課前14日取消可退回八成學費,開課後恕不退款,但可免費轉班一次;查詢請電郵 info@victoriaharbour-marine.edu.hk。
        問:有冇英文班?答:有,English-speaking PVO2 class 每月開一班,由持有 RYA Yachtmaster Offshore 資格嘅導師任教,WhatsApp 學校辦公室 5118 2706 查詢。
    """),
    ("en", "club_bylaws_and_regulations"): _lines("""
        Bye-law 7.3: Members shall not sub-let, lend or otherwise transfer the use of an allocated berth to any third party without the prior written consent of the General Committee.
        Bye-law 9.1: All vessels berthed at the Marina must carry valid third-party liability insurance of not less than HK$2,000,000 and display the licence number on both sides of the hull.
        Under the Merchant Shipping (Local Vessels) Ordinance, Cap. 548, a pleasure vessel must be operated by a coxswain holding an appropriate Certificate of Competency.
        Speed within the typhoon shelter is limited to 5 knots; wash from vessels entering the fairway between beacon No. 3 and the fuel pontoon must be kept to a minimum at all times.
        Guests must be signed in at the Front Desk and accompanied by a member while on the pontoons; no more than four guests per member may be admitted on weekends and public holidays.
        Refuelling is permitted only at the fuel dock (Pontoon F) between 08:00 and 18:00; portable jerry cans may not be filled on the pontoons under any circumstances.
        Bye-law 12.4: Any vessel whose berth fees remain unpaid for more than 90 days may be lifted out at the owner's expense and held in the hard-standing area pending settlement.
        Live-aboard occupancy is not permitted except with a temporary permit issued by the Marina Manager, valid for a maximum of 14 consecutive nights per calendar quarter.
        Children under 12 must wear a properly fitted lifejacket at all times on the pontoons, the slipway and on board club dinghies, regardless of swimming ability.
        When Signal No. 8 is expected, all sails must be removed or securely lashed, biminis stowed, and at least two additional storm lines fitted by the owner or the appointed boat-boy.
        Discharge of grey water, bilge water or sewage within the Marina basin is prohibited under the Water Pollution Control Ordinance; breaches will be reported to the EPD.
        The Club's dress code applies in the Main Bar and Dining Room after 19:00: collared shirts, no swimwear, no wet-weather gear; clean deck shoes are acceptable.
        Appeals against any decision of the Sailing Committee shall be lodged in writing within 14 days, addressed to the Club Office, 10.5 Milestone, Hiram's Highway, Pak Sha Wan, Sai Kung.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:02] 早晨各位,今日 Pontoon C 嘅岸電 breaker 又跳咗,CLP 師傅約咗 10:30 到,麻煩前台通知 C-05 至 C-12 嘅租戶暫時冇電。
        [08:15] Received. Tender 2 今朝 refuel 咗 85 litres diesel,單號 FD-26-11092 已經影低,放咗喺 shared drive /ops/fuel/2026-11 度。
        [09:40] Heads up: 天文台話下晝可能發強烈季候風信號,sailing school 12:00 之後嘅 Laser 班全部 cancel,refund 交返 accounts 跟進。
        [10:05] Crane 今日排期:10:30 Sea Breeze II 上排、13:00 Blue Horizon 落水、15:30 Princess V50 檢查 propeller,有變動請 update Google Sheet "crane_schedule_Nov"。
        [11:20] 提提大家,下星期一 Marine Department 嚟 inspect 燃油躉,fire extinguisher 同 spill kit 記得 check 咗 expiry date 先,唔好又俾人 warning。
        [12:48] 廚房話 Compass Bar 今晚有 private event 120 人,需要多兩個 waiter 幫手,有冇人可以 OT 18:00–23:00?可以嘅請喺度 reply。
        [13:30] Update:Blue Horizon 落水完成,hull 冇 leak,engine start 正常,已經交返 boat-boy 泊返 B-22,invoice 遲啲 accounts 出。
        [14:10] 前台:今日收到三個 walk-in 問 PVO2 課程,我已經俾咗 brochure 同 info@ email,叫佢哋上網報名,唔好喺前台收現金。
        [15:05] Reminder: 月底前要交 November 嘅 pump-out log 俾 EPD,total 47 次,記錄 sheet 喺 /ops/env/pumpout_2026-11.xlsx,唔該 double check。
        [16:45] 救生艇 Rescue 1 嘅 Yamaha F60 outboard 有怪聲,暫時 out of service,已 order 新 impeller(SKU YMH-6CE-44352-00),預計星期五到貨。
        [17:30] 夜更請留意:今晚潮漲 2.4m 喺 21:18,記得巡多兩次 D 浮橋嘅 fender,上次有兩條 line 磨爛咗,後備纜喺 store room 第二格。
        [19:02] Security 報告:閘口 CCTV camera 3 黑畫面,已開 ticket IT-4471 俾 vendor HikCare,佢哋話明早 09:00 上門維修。
        [21:55] 收工前 check 完:所有 tender 已上鎖,fuel dock 已關,typhoon kit 放返 store room,alarm set 咗,good night all 🙏
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-11-14T07:58:03+08:00 INFO berth-svc allocate berth=C-17 loa_m=12.4 beam_m=4.1 draft_m=1.9 result=OK req_id=7f3a9c2e-41d0-4b6e-9a21-0c55e8d3b901
        2026-11-14T08:02:41+08:00 WARN tide-sync upstream=hko-tide-api station=QUB latency_ms=4812 retry=2/5 msg="fallback to cached table 2026-11-13"
        2026-11-14T09:11:26+08:00 ERROR invoice-worker invoice=INV-HBR-2026-004417 status=FAILED reason="FPS gateway timeout" amount_hkd=12400.00 attempt=3
        crane_booking: {"slot": "2026-11-15T10:30", "vessel_ref": "VSL-00482", "lift_tonnes": 14.5, "operator_cert": "required", "status": "confirmed"}
        config/marina.yaml: smtp_from: "no-reply@harbourmarina.example", vhf_working_channel: 69, max_loa_m: 24, typhoon_lockout_signal: 8, timezone: "Asia/Hong_Kong"
        def berth_fee(loa_m: float, rate: float = 28.0, min_len: float = 6.0) -> float: return round(max(loa_m, min_len) * rate, 2)  # visitor berth, per day
        SELECT berth_id, loa_limit_m, monthly_fee_hkd FROM berths WHERE pontoon = 'C' AND status = 'VACANT' ORDER BY loa_limit_m DESC LIMIT 20;
        2026-11-14T12:30:00+08:00 INFO ais-feed mmsi=477123900 name="HEBE TENDER 2" sog_kn=6.2 cog=128.4 pos=22.2478,114.1701 zone=ABERDEEN_TS
        invoice_no,berth_id,period_start,period_end,loa_m,base_fee_hkd,shore_power_kwh,pumpout_count,total_hkd,currency,status
        2026-11-14T15:47:19+08:00 INFO licence-school exam_slot_created course=PVO2 session=2026-12-06T08:30 venue="Sai Kung Public Pier" capacity=8 booked=6
        docker run -d --name berth-svc -e DB_HOST=db.internal -e DB_PORT=5432 -e TZ=Asia/Hong_Kong -p 8080:8080 registry.example.com/marina/berth-svc:2.14.3
        sha256 berth-svc-2.14.3.tar.gz 21423ccc5d3edaf2b99450fe36125e76c2390423135d04a79b58351197d335f6 released 2026-11-10, fixes rounding of visitor fees
        2026-11-14T22:05:12+08:00 INFO weather-alert source=HKO signal=T3 issued_at=2026-11-14T21:40 action="lockout pontoons A-D" notify_berth_holders=true queued=214
    """),
    ("zh-Hant", "會史與航海新聞"): _lines("""
        香港遊艇會的歷史可追溯至1849年的維多利亞賽艇活動,其後獲冠以「皇家」名銜,會所於上世紀遷往奇力島,島名源自英國海軍軍官亨利·奇力爵士。
        1996年亞特蘭大奧運會上,李麗珊奪得女子滑浪風帆金牌,成為香港首面奧運金牌得主,她那句「香港運動員唔係垃圾」至今仍為人津津樂道。
        香港仔避風塘歷史悠久,昔日地標珍寶海鮮舫於1976年開業,2022年被拖離香港途中於南海翻側,成為不少老香港的集體回憶。
        中環統一碼頭道38號海港政府大樓是海事處總部所在,處方負責本地船隻發牌、船長考試及香港水域的航行安全,亦設有船舶航行監察中心。
        一年一度的環港島帆船大賽吸引逾百艘帆船參加,航線環繞香港島一周,約26海里,是本地帆船界最具代表性的賽事之一,岸上觀眾亦不少。
        1962年颱風溫黛吹襲香港,吐露港一帶大量漁船及遊艇損毀,此後各區避風塘的建設與颱風預警系統逐步完善,成為今日颱風應變安排的基礎。
        本會兒童帆船班吉祥物取材自經典卡通《大力水手》卜派,課程手冊亦引用《海賊王》路飛「我要成為海賊王!」的台詞鼓勵小學員勇敢出海。
        明朝鄭和七下西洋,船隊曾多次途經馬六甲,今日馬六甲海峽仍是全球最繁忙的航道之一,不少由香港南下的遊艇亦以馬六甲作為補給中途站。
        清代海盜張保仔相傳曾於長洲藏寶,長洲西灣的「張保仔洞」如今是遊艇會會友週末下錨長洲後最常到訪的景點之一,洞口狹窄需小心攀爬。
        已故澳門商人何鴻燊創辦的信德集團旗下噴射飛航,每日頻密往來港澳,遊艇經珠江口航線時須特別留意高速客船航道及其引起的湧浪。
        1997年回歸之後,皇家香港遊艇會的英文名稱仍保留「Royal」一字,是少數沿用皇家名銜至今的本地體育及社交團體之一,會徽上的皇冠亦一直沿用。
        南丫島索罟灣以海鮮酒家聞名,週末下錨區通常泊滿數十艘遊艇,天虹海鮮酒家等食肆設有免費接駁小輪往返中環及尖沙咀碼頭,遊艇客亦可召喚酒家小艇上岸。
        馬來西亞浮羅交怡皇家遊艇會是不少香港帆船南下航程的終點站,每年舉辦的浮羅交怡國際帆船賽(Royal Langkawi International Regatta)吸引各地船隊參加。
    """),
    ("zh-Hans", "商户点评"): _lines("""
        ★★★★★ 在西贡码头包了一艘游艇出海,「海湾之星游艇租赁」服务很到位,船长技术好、很有耐心,6小时HK$6,800含饮料和浮潜装备,强烈推荐!
        ★★★☆☆ 香港仔「陈记船厂」做船底保养价格还算公道,但工期比说好的多了三天,前台态度一般,打客服热线 2555 0138 要等很久才有人接。
        ★★★★☆ 在维港海事学院考PVO2,理论课讲得很清楚,模拟题和真题相似度很高,唯一缺点是旺角教室有点小,夏天空调不够冷。
        ★★☆☆☆ 周末去南丫岛索罟湾吃海鲜,码头接驳小船排队超过40分钟,海鲜味道不错但价格偏贵,一只龙虾要价HK$780,性价比一般。
        ★★★★★ 从深圳蛇口坐船过来参加帆船体验课,白沙湾航海会的教练全程用英语和普通话双语教学,小朋友玩得超开心,一节课HK$950。
        ★★★★☆ 「阿玲记艇家」的小艇接驳很方便,微信公众号 alingji_boat 可以直接预约,20分钟就到,价格明码实价每程HK$80,晚上十点后加价。
        ★☆☆☆☆ 订了「蓝海游艇派对」的生日包船,结果出发前一小时因为三号风球取消,退款流程拖了两个星期,订单号 BH20260817-0932 到现在还在处理中。
        ★★★★☆ 澳门渔人码头出发的夜游路线很漂亮,可以看到澳门塔和西湾大桥的夜景,船上还提供葡式蛋挞,人均MOP 420,性价比挺高。
        ★★★★★ 在西贡的 Captain Jack's Chandlery 买了 Helly Hansen 救生衣和 Musto 防水外套,店员很懂行,会员价九折,收据编号 CJ-0048213。
        ★★★☆☆ 金沙湾游艇会的餐厅环境一流,海景无敌,但周末人太多,点单等了25分钟,建议提前打会所订位专线 2452 7711 订位。
        ★★★★★ 这次租的 Princess V50 非常新,船上设备齐全,还有 Raymarine 导航和 Bose 音响,租船合同编号 PY-HK-2026-1187,押金三天内就退回了。
        ★★☆☆☆ 新加坡 Marina at Keppel Bay 环境很漂亮,但访客泊位收费比香港贵不少,按米按晚计,餐厅倒是值得一试,周末需要提前预订。
        ★★★★☆ 马来西亚波德申的 Admiral Marina 设施不错,柴油价格 RM 2.15/升,工作人员帮忙接缆很专业,下次从新加坡北上还会再来。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        泊位租戶名單更新:B-14 租戶何志強先生,手提 9238 4617,船名「海燕號」,租約至2027年6月30日,按金HK$17,900已收。
        林太話佢老公上個月喺船上中咗風,而家仲喺瑪麗醫院復康科,所以佢哋想提早退咗個泊位,唔該幫手處理退按金。
        學員報名表:姓名 區嘉欣,身份證號碼 Y482913(A),出生日期 1994-03-18,住址 將軍澳寶林邨寶勤樓 1208室,緊急聯絡人 母親 9087 3321。
        阿明上星期喺西貢出海飲醉酒開船,撞爛咗人哋條 tender,水警已經拉咗佢,聽講下個月要上庭,大家唔好喺群入面再轉發佢張相。
        會員欠款:梁國輝先生(會員編號 RYC-07713)尚欠2026年度泊位費及餐飲簽賬共HK$86,420,已第三次發催繳信至其寓所 跑馬地藍塘道 45號 3樓。
        事故報告:2026年10月2日下午約15:20,船員黃子豪(身份證 R527811(1))於C浮橋協助泊船時左手食指被纜繩夾傷,已送往將軍澳醫院急症室縫了六針。
        [會員群] 各位,我係 D-08 嘅 Kelvin 陳,隔籬 D-09 架船成日漏油,有冇人有佢船主電話?有事可以搵我 6172 0584。
        蔡太太來電投訴,話佢個仔蔡俊朗喺帆船班被另一位學員欺凌,要求退款及轉班,佢嘅聯絡電話係 5493 8802,請經理今日內回覆。
        聽講周 sir 同太太鬧緊離婚,條船同泊位都要分,律師信已經寄咗嚟會所,叫我哋唔好俾任何一方擅自開船出海。
        船員薪酬表 2026年11月:水手 鄧家樂 月薪 HK$18,500,OT 32 小時 HK$3,680,強積金扣除 HK$925,薪金存入滙豐戶口 004-281-774519-833。
        海上事故:遊艇「Blue Orchid」於蒲台島附近擱淺,船長葉偉民(證書編號 PVO2-2019-04437)報稱引擎失靈,乘客蘇詠詩輕傷,已由水警輪送返香港仔。
        麻煩前台幫手改地址:黎小姐新地址係 九龍塘施他佛道 12號 海逸居 B座 5樓,之後月結單寄去呢度,唔好再寄返佢舊屋。
        會籍申請附表:申請人 杜靜儀,職業 註冊護士,年薪約 HK$620,000,配偶 杜文傑,子女兩名(8歲及5歲),推薦人會員編號 HHYC-2231。
        今個月嘅船長試,考生彭浩然第二次肥佬,考官話佢有色弱,要佢先去睇眼科攞醫生報告先可以再報名。
        冇錯,就係泊 A-03 嗰個馮生,佢欠咗船廠十幾萬維修費未找,船廠而家申請扣船,聽講佢間公司都就嚟執笠。
        澳門籍會員 鄭嘉豪,澳門居民身份證 1318264(5),聯絡電話 +853 6689 1275,申請訪客泊位 2026-12-20 至 12-27,船長 11.8 米。
        車位登記:泊位 C-11 租戶吳太嘅私家車車牌 RK 3858,請保安准許佢入閘停 P2-17 車位,有效期至年底。
        遊艇會群組截圖:「Sorry 各位,今日 BBQ 我唔嚟喇,啱啱驗到有咗BB,醫生叫我頭三個月唔好出海」— 發送人:Joyce 莫(+852 9716 4420)
        內地學員馮一鳴(居民身份證 440304198807156023)報讀英文PVO2班,通訊地址 深圳市南山區蛇口望海路 1088號 海景花園 7棟 2302。
        台灣會員許雅婷,身分證字號 F228461938,報名澎湖帆船拉力賽,緊急聯絡人為丈夫陳柏宇,手機 0933-718-246。
    """),
    "en": _lines("""
        Crew roster Sat 21 Nov: skipper Daniel Whitmore (PVO1, mobile +852 6390 2271), bow Priya Raman, trim Marcus Leung, pit Olivia Tsang; dock-out 09:15 from Kellett Island.
        Incident log 2026-09-14 16:05: Mr Gareth Pryce, berth holder E-22, fell between pontoon and hull while boarding; suspected fractured wrist, taken by ambulance to Ruttonjee Hospital.
        Please note the membership of Ms Fiona Kwok was suspended at her own request while she undergoes chemotherapy; her berth fees are frozen until March 2027.
        Berth agreement, Licensee: Thomas Ng Ka-wai, HKID Z681904(5), address Flat 21B, Tower 3, Island Harbourview, Tai Kok Tsui; vessel "Sea Whisper" LOA 12.2 m.
        Can someone tell Rob that the accountant found he has been using his late father's membership card to sign for drinks since June? It's around HK$14k in total.
        Singapore visitor berth request: Mr Tan Wei Jie, NRIC S8234571Z, mobile +65 9123 7784, yacht "Merlion Spirit", ETA Aberdeen 2026-12-18.
        HHYC-1942,Alistair Greaves,alistair.greaves68@gmail.com,+852 9821 5566,A-11,arrears HK$23,400,final reminder sent 2026-11-30
        Delivery skipper for the Singapore to Hong Kong passage: Ryan Goh, FIN G5127834N, fee SGD 7,500 payable to DBS account 120-345678-9 in his name.
        Hi team, just so you know, Sophie from the sailing school won't be in this week; she had a miscarriage and asked us to keep it quiet. Please cover her Saturday classes.
        Email from Capt. Henry Lau <henrylau.skipper@outlook.com>: "I was breathalysed by Marine Police off Stanley last night and charged. Please don't mention it at the AGM."
        Malaysian member Ahmad Faizal bin Rahman, MyKad 850312-14-5579, requests berth transfer to Port Dickson; home address No. 18, Jalan SS2/64, Petaling Jaya.
        Lost property: wallet with a driving licence in the name of Karen Yip Wing-sze and a credit card ending 4417 found on the fuel dock on 3 Dec; owner reached on 9460 2318.
    """),
    "mixed": _lines("""
        Hi Ms Lee,收到你嘅 visitor berth booking 12-14 Dec,deposit HK$1,200 請 FPS 過嚟,另外想 confirm 你手機 5981 3346 同 email yanyan.lee92@yahoo.com.hk 啱唔啱?
        Macau race crew list:Skipper 陳家豪 Kenneth(PVO1)、Ashley 盧、杜永康,新加坡 crew Lim Jia Hui NRIC S7718402C,全部 passport copy 請星期五前交齊。
        唔好意思打擾,我係 E-03 Benny 嘅老婆,佢上星期喺船上心臟病發入咗 QMH ICU,可唔可以幫佢 hold 住個 berth 先?唔該晒 🙏 Mandy 6275 9013
        Incident ref IR-2026-031:乘客 Carmen Fung 喺西貢出海時俾水母螫親,有嚴重過敏反應,用咗 EpiPen,之後送去將軍澳醫院,contact 佢老公 9344 0186。
        Member WhatsApp:「邊個識 Raymond So?佢部 Jet Ski 泊喺 slipway 三日,仲欠我 5 萬冇還,打 6098 7712 都唔聽,佢住愉景灣 Siena Two 嗰座。」
        exam_result candidate_id=PV-26-00417 name="Chan Tsz-lok 陳梓樂" hkid=M738205(2) written=43/50 PASS practical=FAIL(berthing) retake=2027-01-16
        前台 note:Mr & Mrs Wong(Berth B-07)而家 divorce proceedings 緊,Mrs Wong 要求月結單改寄佢 office,唔好再寄去淺水灣屋企。
        學員 Ivy Cheung 張凱怡 報咗 PVO2 weekend class,已付 HK$5,800,收據請寄 ivy.cheung.kk@gmail.com,手機 +852 5120 4498,生日 1999-11-02。
        FYI 阿 Ken 今日冇返 dock 開工,佢話 bank 追緊佢 credit card 數,要去破產管理署辦 bankruptcy 手續,下星期先返得。
        Berth transfer form:由 陳少峰 Chan Siu-fung(HKID E104637(7))轉讓俾兒子 陳浩賢,關係:父子,vessel "Golden Jade",signed 2026-11-28。
        Sailing camp registration:李樂晴 Chloe,9歲,有哮喘要帶 Ventolin,家長 Mrs Li WhatsApp +853 6621 3048,5pm 喺 Aberdeen Boat Club 接放學。
        【相片】Uncle Fred 黃志偉 60歲生日 party,喺佢西貢 Marina Cove House 27 屋企拍,相入面仲有佢孫女 Emily 同屋企工人 Analyn。
    """),
    "zh-Hans": _lines("""
        客户登记:张伟峰,身份证号 440402199102234519,手机 138 2657 4419,预订2026年12月24日维港夜游包船,押金人民币3,000元已通过微信支付。
        内地学员王思琪报考香港游艇驾驶证,她说自己有抑郁症一直在服药,担心体检不通过,问我们报名表上能不能不填病史。
        深圳至香港游艇自由行船员名单:船长 刘建国,船员 刘子涵,乘客 赵敏慧(手机 159 1877 3306),预计12月20日上午抵达香港仔。
        珠海的陈先生欠我们游艇租金两万八港币已经半年了,微信 chen_yacht88 把我拉黑了,有谁知道他现在住哪里?
        请把发票抬头改为个人:李晓燕,地址 上海市浦东新区花木路 1520弄 18号 601室,邮箱 lixy_sh@163.com,谢谢。
        澳门会员黄家宝的信用卡尾号8832刷卡失败三次,银行说是因为他被列入失信被执行人名单,账户暂时冻结,请先暂停他的签账。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係西貢海灣遊艇會嘅行政助理,幫職員草擬通知同信件,語氣要有禮但清晰。"),
        (
            "user",
            "幫我寫封催繳信俾 B-14 租戶何志強先生,佢欠咗兩個月泊位費共 HK$17,900,手機 9238 4617,地址係 西貢康健路 22號 翠濤閣 3樓,限佢14日內找數。",
        ),
        (
            "assistant",
            "何志強先生台鑒:本會紀錄顯示閣下 B-14 泊位尚欠兩個月租金合共 HK$17,900。請於本函日期起計14日內繳清,否則本會將按附例第12.4條處理。如有疑問,請致電會所辦事處。西貢海灣遊艇會 謹啟",
        ),
        ("user", "好,再加一句話我哋會同時 WhatsApp 佢 9238 4617 提醒。"),
        ("assistant", "已加入:本會亦會同時以 WhatsApp(9238 4617)向閣下發出提示,敬請留意。"),
    ],
    [
        (
            "user",
            "I need to write an incident report. Our deckhand Wong Tsz-ho, HKID R527811(1), crushed his left index finger between a mooring line and a cleat on Pontoon C on 2 Oct at about 15:20. He got six stitches at Tseung Kwan O Hospital. Can you structure it?",
        ),
        (
            "assistant",
            "Incident Report. Date/time: 2 Oct 2026, approx. 15:20. Location: Pontoon C. Injured person: Wong Tsz-ho (deckhand), HKID R527811(1). Injury: crush injury to left index finger, six stitches at Tseung Kwan O Hospital A&E. Cause: hand caught between mooring line and cleat while assisting berthing. Actions: first aid on site, transfer to hospital. Follow-up: review line-handling briefing, provide gloves.",
        ),
        (
            "user",
            "Add that he'll be on sick leave for 10 days and that his wife called in on 6012 4478.",
        ),
        (
            "assistant",
            "Added under Follow-up: sick leave granted for 10 days; next of kin (wife) contacted the office from 6012 4478.",
        ),
    ],
    [
        (
            "system",
            "You summarise member WhatsApp group messages for the marina manager. Be brief.",
        ),
        (
            "user",
            "幫我 summarise 呢幾條:[09:12] Kelvin 陳 (6172 0584): D-09 又漏油!! [09:20] Joyce 莫: 我今日唔嚟 BBQ 喇,有咗BB 😅 [09:45] Raymond So: 我部 Jet Ski 聽日移走,唔好再 tag 我",
        ),
        (
            "assistant",
            "Summary: 1) Kelvin 陳 (6172 0584) reports oil leak again from the boat at D-09. 2) Joyce 莫 will skip today's BBQ due to her pregnancy. 3) Raymond So says he will move his Jet Ski from the slipway tomorrow.",
        ),
        ("user", "OK, draft a short reply to Kelvin only, no need to mention the others."),
        (
            "assistant",
            "Hi Kelvin,多謝通知,我哋今日會派人去 D-09 檢查漏油情況,同時聯絡船主處理,有進展再同你講。",
        ),
    ],
    [
        (
            "user",
            "你好,我是深圳的冯一鸣,身份证 440304198807156023,想考香港的二级游乐船只船长证明书,需要准备什么?",
        ),
        (
            "assistant",
            "冯先生你好!报考PVO2一般需要:年满18岁、有效的体格检验证明、完成认可课程,并通过笔试和实习试。建议你准备身份证明文件(如往来港澳通行证)、近照,并先向海事处或认可培训学校查询最新要求。",
        ),
        ("user", "我的地址是深圳市南山区蛇口望海路1088号海景花园7栋2302,报名表上要填香港地址吗?"),
        (
            "assistant",
            "报名表的通讯地址可以填写你在内地的地址,即深圳市南山区蛇口望海路1088号海景花园7栋2302;如有香港联络地址也可一并填写,方便学校寄送文件。",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant of Victoria Harbour Marine Academy. Current student record: name Ivy Cheung Hoi-yi, mobile +852 5120 4498, email ivy.cheung.kk@gmail.com, course PVO2 weekend, paid HK$5,800, practical exam 2026-12-06 08:30.",
        ),
        ("user", "Hi, when is my practical exam and where do I go?"),
        (
            "assistant",
            "Hi Ivy! Your PVO2 practical exam is on Sunday 6 December 2026 at 08:30. Please meet at Sai Kung Public Pier 15 minutes early and bring your original ID, admission slip and course completion certificate.",
        ),
        ("user", "Can you send the details to my email too?"),
        ("assistant", "Sure, I'll send a confirmation to ivy.cheung.kk@gmail.com shortly."),
    ],
    [
        (
            "user",
            "我同老公周啟明鬧緊離婚,架遊艇「海鷗號」係用佢名登記,但首期係我出,泊位喺白沙灣 A-07,我可唔可以阻止佢開船走?",
        ),
        (
            "assistant",
            "明白你而家嘅處境唔容易。一般來講,船隻登記人名義唔一定代表婚姻財產分配結果,你可以請家事律師向法庭申請禁制令,限制對方處置或移走「海鷗號」。同時可以書面通知遊艇會,提供律師信副本,要求會所喺未有法庭指示前唔好協助任何一方移船。",
        ),
        ("user", "我仲要唔要俾會所睇埋我張身份證 P620418(3)?"),
        (
            "assistant",
            "通常會所只需要核實你係相關當事人,可以出示身份證正本俾職員睇,但唔建議留低影印本;如果要交文件,可以遮蓋部分號碼,只提供律師信同身份證明摘要。",
        ),
    ],
    [
        (
            "user",
            "Planning a delivery from ONE°15 Marina Sentosa to Hong Kong in March. Crew: skipper Ryan Goh (FIN G5127834N), Lim Jia Hui (NRIC S7718402C) and Aaron Teo (NRIC T0362915A). What paperwork do we need?",
        ),
        (
            "assistant",
            "For a Singapore to Hong Kong delivery you'll typically need: port clearance from the Maritime and Port Authority of Singapore, a crew list with passport numbers and nationalities for Ryan Goh, Lim Jia Hui and Aaron Teo, the vessel's registration certificate and insurance, and advance notice to Hong Kong Marine Department and Immigration on arrival. Check whether any stops in Vietnam or the Philippines need visas.",
        ),
        ("user", "Aaron has epilepsy but it's controlled with meds. Should I declare it?"),
        (
            "assistant",
            "It's wise to tell your insurer and keep a medical summary and enough medication for the whole passage; there's usually no need to declare it to port authorities, but the skipper should know the seizure plan for Aaron.",
        ),
    ],
    [
        ("system", "幫遊艇會職員將文件由中文譯成英文。"),
        (
            "user",
            "譯做英文:船員更表 11月28日:船長 陳家豪(手機 9671 2208),水手 杜永康(手機 5633 8190),廚師 Ashley 盧,集合時間 07:45 香港仔遊艇會。",
        ),
        (
            "assistant",
            "Crew roster, 28 November: Skipper Chan Ka-ho (mobile 9671 2208); deckhand To Wing-hong (mobile 5633 8190); cook Ashley Lo; muster time 07:45 at Aberdeen Boat Club.",
        ),
    ],
    [
        (
            "user",
            "我哋帆船班上星期有個小朋友梁子軒跌親撞傷頭,要縫針。佢媽媽梁太好嬲,想投訴。幫我寫封道歉信,寄去佢屋企 將軍澳 日出康城 領都 3座 18樓 B室。",
        ),
        (
            "assistant",
            "梁太您好:對於梁子軒上星期在帆船班受傷一事,本校深感抱歉。我們已即時檢討課堂安全安排,包括增加導師人數及加強落船前的安全講解。本校願意承擔是次醫療費用,並安排校長親自與您會面。如方便,請回覆一個合適時間。帆船學校 謹啟",
        ),
        ("user", "加埋佢嘅醫療費 HK$3,280 會全數退還,入返佢信用卡尾號 6614。"),
        (
            "assistant",
            "已補充:本校將全數退還醫療費用 HK$3,280,款項會退回閣下信用卡(尾號 6614),約需7至10個工作天。",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Ahmad Faizal bin Rahman, MyKad 850312-14-5579. I want to move my boat from Hong Kong to Admiral Marina in Port Dickson. Can you help me write an email to the marina?",
        ),
        (
            "assistant",
            "Sure. Subject: Berth Enquiry for Incoming Vessel. Dear Admiral Marina team, my name is Ahmad Faizal bin Rahman (MyKad 850312-14-5579). I plan to relocate my 11-metre sailing yacht from Hong Kong to Port Dickson in early 2027 and would like to enquire about long-term berth availability and rates. Kindly advise on the documents required. Thank you.",
        ),
        (
            "user",
            "Add my phone +60 12-384 7751 and home address No. 18, Jalan SS2/64, Petaling Jaya.",
        ),
        (
            "assistant",
            "Added at the end: Contact: +60 12-384 7751. Address: No. 18, Jalan SS2/64, 47300 Petaling Jaya, Selangor.",
        ),
    ],
]
