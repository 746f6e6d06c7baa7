# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh326: 繁體中文（台灣）龍舟隊與划船俱樂部（隊員名冊、體檢、保險、比賽報名、受傷、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh326
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "俱樂部公告"): _lines("""
        【公告】2027年端午節前集訓自4月6日起每週六、日上午6:00於大佳河濱公園碼頭集合，請著救生衣與防滑鞋，遲到超過15分鐘者不得上船，以維護全船安全。
        本會器材室（臺北市中山區濱江街大佳河濱公園5號水門內）開放時間為週二至週日07:00-18:00，週一休館保養，借用槳具請至櫃台登記並押證件一張。
        颱風警報期間一律停止下水訓練，恢復時間以中央氣象署解除海上及陸上颱風警報後24小時為準，相關通知以本會官方LINE帳號 @tpwaterfront_paddle 發布為準。
        會費調整公告：自2027年1月1日起一般會員年費新臺幣3,600元、學生會員1,800元、家庭方案5,400元，請匯入臺灣銀行中山分行 戶名：社團法人臺北市水岸划船俱樂部協會 帳號 045-001-098763。
        本季安全講習訂於3月15日（六）14:00於本會二樓會議室舉行，內容包括落水自救、翻船演練及CPR+AED操作，新進隊員必須參加，未參加者不得報名任何對外賽事。
        團體意外險已於2027/03/01生效，承保單位為國泰世紀產險，保單號碼 GPA-2027-0315-0042，保障範圍含訓練及比賽期間之意外身故、失能與實支實付醫療，詳細條款請洽總務組。
        提醒各位隊員：碼頭停車場為市府委外管理之收費停車場，小型車每小時30元，請勿將車輛停放於消防通道，違停拖吊問題請逕洽臺北市停車管理工程處。
        本會年度體檢合作院所為臺北市立聯合醫院中興院區，團體體檢價新臺幣1,200元，項目含血壓、心電圖、肺功能及血液常規，預約請撥健檢中心 (02)2552-3234 分機 3301。
        新購20人座碳纖維標準龍舟一艘已於本週送達，船號 TP-DB-07，由宜蘭縣頭城鎮的造船廠製作，啟用前將依傳統舉行龍頭點睛儀式，歡迎會員及眷屬共襄盛舉。
        失物招領：上週日訓練後於更衣室拾獲黑色防水手機袋一只、灰色快乾毛巾兩條、Kialoa 單槳一支，請失主於兩週內至櫃台指認領回，逾期將捐贈社區划船推廣計畫。
        2027臺北國際龍舟錦標賽本會共報名公開男子組、公開混合組及大專女子組三隊，抽籤結果出爐後將公告於本會網站 www.tpwaterfront-paddle.org.tw 最新消息專區。
        因基隆河水位上漲，經河濱公園管理單位通知，4月20日至22日碼頭浮台封閉檢修，當週訓練改至新店碧潭東岸碼頭，集合時間順延30分鐘，請自行前往。
        本會客服信箱 service@tpwaterfront-paddle.org.tw，服務專線 (02)2585-6610，平日09:30-17:30有專人接聽，報名、退費與保險理賠問題請於主旨註明隊別與賽事名稱。
    """),
    ("zh-Hant", "競賽規程"): _lines("""
        第三條 參賽資格：凡依法立案之機關、學校、團體或公司行號均可組隊報名，每隊限報隊員22名（含鼓手1名、舵手1名），比賽時上船人數為鼓手1人、舵手1人、划手18人。
        第五條 比賽距離：公開組及大專組均為500公尺直道競速，預賽採計時排名，依成績取前16隊晉級準決賽，準決賽前8名再進行決賽，決賽成績為最終名次。
        第七條 奪標規定：各隊須由奪標手於終點前拔取錦標旗，若船身先越過終點而旗未奪得，不予計算成績，此為本賽事沿襲臺灣傳統龍舟競渡之特色。
        第九條 報名費：每隊新臺幣8,000元（含保證金3,000元），比賽結束且無違規及器材損壞者，保證金於賽後30日內退還至報名時登記之團體帳戶。
        第十一條 器材：本賽事統一使用大會提供之標準龍舟，各隊得自備木槳或經國際龍舟總會IDBF認證之碳纖槳，槳葉寬度不得超過18公分，違者取消該場次成績。
        第十二條 安全規定：所有上船人員須穿著符合國家標準之救生衣，並應於報名時繳交游泳能力切結書，未滿18歲者須另附法定代理人同意書，未附者不得上船。
        第十四條 申訴：對比賽結果有異議者，應於該場次成績公告後30分鐘內由領隊以書面提出，並繳交申訴保證金新臺幣5,000元，申訴成立者退還，否則沒入。
        第十六條 獎勵：各組第一名獎金新臺幣60,000元、第二名40,000元、第三名20,000元，並頒發獎盃及獎牌，獎金依所得稅法規定扣繳，由大會開立扣繳憑單予報名單位。
        第十八條 禁藥檢測：本賽事比照財團法人中華運動禁藥防制基金會規定，大會得隨機抽檢各組前三名隊伍，拒絕受檢者視同陽性，取消該隊全部成績並停賽一年。
        主辦單位：臺北市政府體育局；承辦單位：社團法人臺北市水岸划船俱樂部協會；協辦單位：中華民國龍舟協會；比賽地點：臺北市大佳河濱公園龍舟競賽水域。
        附則：比賽當日如遇天候不佳或水域流速超過每秒1.5公尺，由裁判長會同大會安全官決定延賽或停賽，並以大會官網及現場廣播公告為準，不另個別通知。
        報名方式：一律採線上報名，網址 https://race.tpwaterfront-paddle.org.tw/2027 ，報名期間自3月1日10:00起至3月31日17:00止，額滿即提前截止，恕不受理傳真或紙本報名。
        第二十條 領隊會議訂於5月20日（四）19:00於臺北市政府市政大樓北區2樓會議室舉行，各隊限派領隊或教練1人出席並當場抽籤決定水道，未出席者由大會代抽。
    """),
    ("zh-Hant", "LINE群_幹部工作訊息"): _lines("""
        [總務] 今天早上碼頭點過了，救生衣共58件，其中4件扣環斷掉已先貼紅膠帶，下週會跟廠商再訂M號10件跟L號6件，預算大約一萬兩千元。
        [教練組] 週六課表：6:00暖身、6:20陸上划槳動作檢查、6:40下水，500m間歇3組配速1:05，組間休息3分鐘，最後200m衝刺，各船舵手請提早10分鐘到。
        [器材] 7號船左舷第三排座位螺絲鬆了，已經先拆下來，這週排座位不要排那個位置，等造船廠師傅週三來修，維修單號 RP-0412 已經開好了。
        [秘書處] 臺北市體育局補助案核定了，核定金額新臺幣150,000元，核銷期限到11月30日，發票抬頭一律開協會全名和統編 90275316，不要開成個人的。
        [賽務] 報名系統剛剛顯示公開混合組已經滿32隊，候補排到第5隊，官方說候補名單會在4/10公告，我們隊目前是正取第21順位，應該沒問題。
        [總務] 端午比賽的便當跟池上便當訂了45個，單價100元，統一10:30送到3號帳篷，素食6個另外標示，發票號碼 AB-12345678 已經收進資料夾。
        [教練組] 大家注意一下，今天水溫只有16度，第一次下水的新人請全部穿防寒衣，落水演練改到下週，陸上改做30分鐘核心訓練跟伸展。
        [器材] 新的碳纖槳到了，型號 Braca Sport AS Pro、長度118cm共12支，已經用油漆筆編號 P-31 到 P-42，借用請登記在器材室白板上。
        [秘書處] 保險公司說端午賽團保加保要在比賽前7個工作天送出名單，最晚5/28中午前要收齊，逾期的只能自己買旅平險，麻煩各隊隊長轉達一下。
        [賽務] 裁判會議重點：起點改用電子號角，不再鳴槍；終點攝影判讀以船頭龍首為準；舵手不得划槳超過三下，違者該場成績加罰2秒。
        [總務] 帳篷跟大安區那間活動租賃公司租了3頂3x6米的，含搭拆9,600元，對方統編 53817204，押金匯款截圖我已經貼到記事本了。
        [教練組] 本週測功儀測驗成績已上傳雲端，檔名 2027_erg_test_W14.xlsx，只看平均配速跟槳頻，請不要截圖外流，有問題私訊教練組官方帳號。
        [秘書處] 下個月幹部會議改成線上，Google Meet 連結放在記事本，時間 5/6（四）20:30，議程：年度預算、端午賽後檢討、秋季招新活動。
    """),
    ("en", "club_faq"): _lines("""
        Q: Do I need to know how to swim to join? A: Yes. All new paddlers must pass a 50 m swim test wearing a life jacket before their first session on the water.
        Q: What should I bring to my first session? A: Quick-dry clothes, water shoes, a cap, sunscreen, at least one litre of water and a change of clothes. Paddles and PFDs are provided.
        Q: How much is a trial? A: The first two sessions are free. After that, drop-in is NT$300 per session or NT$3,600 a year for full membership, payable by card or LINE Pay at the counter.
        Q: Is there insurance? A: Members are covered by the club group accident policy (GPA-2027-0315-0042) during scheduled training and races. Visitors are covered only after signing the waiver.
        Q: Who do I contact about race registration? A: Email races@tpwaterfront-paddle.org.tw or call the club office on +886 2 2585 6610, Tuesday to Saturday, 10:00 to 17:00.
        Q: Can foreigners join? A: Absolutely. About a third of our members come from Singapore, Malaysia, Hong Kong and Europe, and coaching calls are given in both Mandarin and English.
        Q: What happens if it rains? A: We paddle in light rain. Sessions are cancelled for thunderstorms, typhoon warnings or when the Keelung River flow exceeds the limit set by the park office.
        Q: Do I need a medical check? A: Paddlers over 40 or with heart, lung or joint conditions must hand in a doctor's clearance form before racing. The blank form is under Downloads on our website.
        Q: What is the difference between the drummer and the steerer? A: The drummer sits at the bow and sets the rhythm; the steerer stands at the stern with a long sweep oar and keeps the boat straight.
        Q: How heavy is a standard boat? A: Our 20-seat IDBF standard boats weigh about 250 kg empty, so it takes at least 16 people to carry one from the rack to the pontoon safely.
        Q: Are children allowed? A: Our junior programme accepts paddlers aged 12 to 17 with a signed parental consent form. Junior sessions run on Sunday mornings from 8:00 to 10:00.
        Q: Where is the boathouse? A: Inside Dajia Riverside Park near Water Gate 5 on Binjiang Street, Zhongshan District, Taipei. Look for the red dragon head painted on the shutter.
        Q: Can I buy club gear? A: Jerseys are NT$850, paddling shorts NT$650 and caps NT$350. Order at shop.tpwaterfront-paddle.org.tw; orders ship within 7 working days (order ref format TWP-2027-xxxxx).
    """),
    ("zh-Hans", "装备价目表"): _lines("""
        【龙舟装备】碳纤维龙舟桨 IDBF认证款，桨长105-125cm可选，单支重约620g，零售价人民币980元，10支起批发价850元，SKU: DB-PDL-CF-118。
        木质传统龙舟桨（柳桉木），全手工打磨，桨叶宽17.5cm，适合日常训练及传统赛事，单价人民币260元，全国包邮（新疆西藏除外），货号 WD-2027-03。
        专业龙舟救生衣，浮力不低于70N，符合国家标准，尺码S/M/L/XL，橙色与黄色可选，单价人民币168元，团购30件以上免费丝印队徽一处。
        龙舟鼓（牛皮鼓面，直径60cm）配鼓槌一对，广东东莞工厂直供，出厂价人民币1,580元，运费到付，交货期约15个工作日，可加印队名。
        22人标准龙舟（玻璃钢船体，长18.4米）整船报价人民币68,000元，含龙头龙尾及舵桨，定制队徽另计，工厂销售部电话 0769-8531-2208。
        舵桨（长约3米，白蜡木）单价人民币420元，舵手专用防滑手套每副45元，满500元包邮，订单号格式为 LZ20270405 加四位流水号，售后请提供订单号。
        防水手机袋IPX8（适配6.7英寸以内手机）单价29.9元，龙舟队定制款印队名加年份每个另加5元，最低起订100个，天猫旗舰店同款同价。
        龙舟队服套装（速干短袖加五分裤）每套人民币139元，支持热转印队名和号码，30套起做，打样费200元可抵货款，出货周期7至10天。
        桨叶保护套（EVA材质，黑红蓝三色）每个18元，批量100个以上每个15元，适配桨叶宽16-18cm，库存编号 ACC-GRD-01，现货当天发出。
        室内龙舟划桨模拟器（带显示屏，可测桨频与功率），人民币26,800元，含上门安装调试及一年保修，售后服务热线 400-820-6618，工作日9点至18点。
        香港及澳门客户可走顺丰跨境快递，运费按重量计算，整船运输需另行报价；台湾地区客户请联系台北代理商，报关时需提供公司统一编号。
        以上价格有效期至2027年6月30日，均为含税价，可开增值税专用发票，税率13%，公司统一社会信用代码 91441900MA52K7RX3Q，开票请备注订单号。
        龙头龙尾木雕（樟木，手工彩绘）每套人民币5,800元，可按佛山龙或潮州龙传统样式定制，需预付30%定金，余款发货前结清，工期约45天。
    """),
    ("mixed", "config_and_logs"): _lines("""
        registration.yaml: event_id: TPE-DB-2027, categories: [open_men, open_mixed, uni_women], max_crew: 22, min_crew: 20, fee_twd: 8000, deposit_twd: 3000, deadline: 2027-03-31T17:00:00+08:00
        2027-05-28 11:42:07 INFO [roster-sync] 隊伍 TEAM-0219 名冊已鎖定，crew_count=22，insurance_batch=INS-2027-0528-07，status=SUBMITTED，耗時 312 ms
        2027-06-19 08:15:33 WARN [timing] lane=4 heat=H03 finish_sensor delay 0.043s, fallback=photo_finish, camera_id=FIN-CAM-02, 請裁判確認成績後再公告
        SELECT team_id, heat_id, lane, finish_ms FROM race_results WHERE event_id = 'TPE-DB-2027' AND division = 'open_mixed' ORDER BY finish_ms ASC LIMIT 16;
        {"paddle_sku": "BRC-AS-118", "shaft": "carbon", "blade_cm2": 742, "stock": 36, "warehouse": "Taipei-Neihu", "price_twd": 8900, "updated_at": "2027-04-02T09:10:00+08:00"}
        ERROR 2027-05-30 23:59:58 payment_gateway: order=DBR-20270530-00418 amount=8000 TWD code=TIMEOUT，請隊伍於24小時內重新付款，逾期名額釋出給候補隊伍
        CSV header: team_id,division,boat_no,lane,heat,start_time,finish_ms,penalty_s,rank,flag_captured,protest_filed — 2027端午賽成績匯出格式，欄位順序請勿更動
        docker run -d --name race-board -p 8080:80 -e EVENT_ID=TPE-DB-2027 -e TZ=Asia/Taipei ghcr.io/tpwaterfront/race-board:1.8.3 # 成績看板容器啟動指令
        [cron] 0 5 * * 6,0 /opt/club/bin/weather_check.sh --station=466920 --wind-max=10 --notify=line_official # 週末05:00自動檢查氣象站風速再決定是否停練
        git commit 7e3b91c: fix(roster): 隊員人數驗證改為20-22人，舵手與鼓手不計入划手配額；bump version to v2.4.1 (closes #318)
        webhook payload sample: {"event":"heat_result","heat":"SF2","lane":3,"time":"2:03.471","team":"TEAM-0107","verified":true} 僅供串接測試使用
        .env.example: LINE_CHANNEL_ID=1650000000 LINE_NOTIFY_SCOPE=group SMTP_HOST=smtp.example.com SMTP_FROM=noreply@tpwaterfront-paddle.org.tw
        sha256(roster_2027_final.csv) = 9f2c4a7d0b81e3c5f6a2d94b17e08c3a5d6f7b2e9c1a4d8f0e3b6c7a9d2f1e05，檔案已封存於 NAS /archive/2027/race/，保存期限五年
    """),
    ("ms", "notis_pertandingan"): _lines("""
        NOTIS: Pesta Perahu Naga Antarabangsa Pulau Pinang 2027 akan diadakan pada 12 dan 13 Jun di Empangan Teluk Bahang. Pendaftaran pasukan dibuka sehingga 15 Mei 2027.
        Yuran penyertaan ialah RM1,500 bagi setiap pasukan kategori terbuka dan RM800 bagi kategori sekolah. Bayaran boleh dibuat melalui FPX atau cek atas nama persatuan penganjur.
        Setiap peserta wajib memakai jaket keselamatan yang diluluskan sepanjang masa berada di atas air. Peserta yang ingkar arahan marshal akan dibatalkan penyertaannya.
        Taklimat pengurus pasukan akan diadakan pada 11 Jun 2027, jam 8.00 malam di Dewan Sri Pinang, George Town. Cabutan lorong akan dibuat semasa taklimat tersebut.
        Sebarang pertanyaan boleh diajukan kepada urus setia di talian 04-650 3321 atau e-mel urusetia@pppn-dragonboat.org.my pada waktu pejabat, Isnin hingga Jumaat.
        Jadual saringan: kategori 200m bermula jam 8.00 pagi, kategori 500m bermula jam 1.30 petang. Keputusan rasmi dipaparkan di papan kenyataan dan laman Facebook penganjur.
        Pasukan dari Singapura, Taiwan dan Hong Kong dialu-alukan. Penganjur menyediakan bas dari hotel rasmi ke Empangan Teluk Bahang setiap pagi bermula jam 6.30.
        Hadiah wang tunai: Johan RM10,000, Naib Johan RM6,000, Tempat Ketiga RM3,000 bagi kategori Terbuka Lelaki, Terbuka Campuran dan Wanita, beserta piala dan pingat.
        Semua pasukan mesti mengemukakan senarai peserta dan borang perakuan kesihatan selewat-lewatnya 7 hari sebelum perlumbaan untuk tujuan insurans kemalangan berkumpulan.
        Perahu dan pendayung standard IDBF disediakan oleh penganjur. Pasukan boleh membawa pendayung sendiri yang memenuhi spesifikasi IDBF tetapi perlu diperiksa juri teknikal.
        Amaran cuaca: sekiranya MetMalaysia mengeluarkan amaran ribut petir bagi Pulau Pinang, perlumbaan akan ditangguhkan sehingga keadaan selamat seperti diputuskan Ketua Pengadil.
        Kelab Dayung Tasik Putrajaya membuka sesi latihan percuma untuk orang awam setiap Sabtu jam 7.00 pagi di jeti Presint 2. Sila hadir 15 minit awal untuk taklimat keselamatan.
        Persatuan Perahu Naga Selangor (No. Pendaftaran PPM-012-10-15062015) mengalu-alukan penaja korporat musim 2027. Pakej penajaan bermula RM5,000 termasuk logo pada jersi pasukan.
    """),
    ("zh-Hant", "龍舟歷史與新聞"): _lines("""
        相傳戰國時期楚國大夫屈原於農曆五月初五自沉汨羅江，當地百姓競相划船搶救並投粽入江，後世遂有端午賽龍舟之俗，此說見於南朝梁吳均《續齊諧記》等文獻。
        另一種說法認為龍舟競渡起源於古代吳越地區的龍圖騰祭祀，學者聞一多在〈端午考〉中即主張端午原是龍的節日，其淵源比屈原的故事更早。
        清乾隆年間臺灣知府蔣允焄曾於府城法華寺半月池舉辦龍舟競渡，被視為臺灣官方龍舟賽的早期紀錄，臺語俗稱「扒龍船」，沿用至今。
        宜蘭礁溪二龍村的龍舟競渡保留古老儀式與「以和為貴」的傳統，比賽在二龍河上進行，賽前有迎龍、祭江等儀式，已登錄為宜蘭縣無形文化資產。
        鹿港慶端陽龍舟賽為彰化縣年度盛事，賽事於鹿港福鹿溪舉行，每年吸引國內外數十支隊伍參賽，並結合香包、立蛋、午時水等端午民俗活動。
        臺北市長蔣萬安今（19）日出席臺北國際龍舟錦標賽開幕典禮，為龍頭點睛並致詞表示，市府將持續改善基隆河水岸設施，推動水域運動普及。
        國際龍舟總會（IDBF）成立於1991年，總部設於香港，現行國際賽事所使用之標準龍舟規格、槳具尺寸及競賽規則，多由該會制定並定期修訂。
        香港大澳端午龍舟遊涌已列入國家級非物質文化遺產名錄，每年端午由當地漁民團體以龍舟拖曳神艇巡遊水道，至今仍保留濃厚的宗教祭祀色彩。
        新加坡勿洛蓄水池是當地龍舟運動的主要訓練水域，新加坡龍舟協會定期在此舉辦全國錦標賽，每逢週末清晨可見數十支隊伍同場訓練。
        2010年廣州亞運會首度將龍舟列為正式比賽項目，賽事於廣州大學城龍舟賽場舉行，中國、印尼、緬甸等國代表隊均有奪牌，帶動亞洲各國投入龍舟運動。
        報導指出，臺北市政府體育局今年共核撥龍舟賽相關經費新臺幣2,800萬元，用於場地維護、安全救生及交通接駁，市議會已於上月審查通過相關預算。
        傳統龍舟上的奪標手須在船行進間攀上龍頭、伸手拔起標旗，此一技巧被認為是臺灣傳統龍舟賽與國際標準直道賽最大的不同之處，也是觀眾最期待的一刻。
        臺南運河龍舟賽曾因河道整治一度停辦，其後在地方文史團體與臺南市政府推動下恢復舉辦，成為府城端午節最具代表性的觀光活動之一。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        隊員名冊｜姓名：林佩萱｜身分證字號：A228415977｜生日：1991/08/14｜手機：0912-487-305｜位置：左舷第4排｜緊急聯絡人：林國華（父）0933-215-860
        報名表第12號隊員 張育誠，出生日期 1986-02-03，身分證 F127390545，血型 O，慢性病史：第二型糖尿病，長期服用 Metformin，比賽當天請幫他備糖包。
        阿豪上週在碧潭做翻船演練時右肩脫臼，醫生說至少要休息六週，他不好意思跟大家講，拜託幹部這邊先不要在群組公布。
        陳太剛剛打電話來說她先生陳志明上週酒駕被抓，駕照被吊扣，以後週六沒辦法載隊員來碼頭了，請幫忙重新排共乘。
        體檢報告 受檢人：黃靜怡 女 34歲 病歷號 0028573641 血壓 152/98 mmHg 心電圖：竇性心搏過速，建議暫緩高強度訓練並至心臟內科追蹤。
        團保加保名單：吳建宏 E283167405 1979/11/02 男；蔡依蓁 B264803170 1995/04/27 女；保險期間 2027/06/10-2027/06/20，受益人：法定繼承人。
        請把這週訓練的退費1,200元匯到我的郵局帳戶，局號 0001234 帳號 0567890，戶名 許雅婷，謝謝總務～
        舵手老周最近在跟老婆打離婚官司，情緒很不穩，昨天在船上把新人罵得很兇，教練組要不要私下找他聊一下？
        事故報告：2027/04/18 07:25 隊員鄭凱文（男，28歲）於碼頭搬船時左腳被船身壓傷，送馬偕紀念醫院急診，X光顯示第五蹠骨骨折，已通知其母親 0928-663-147。
        小芸懷孕三個月了，她希望這季先不要上船，也還沒跟公司講，所以名冊上寫「個人因素暫停」就好，拜託不要寫原因。
        停車證申請：車主 劉家豪，車號 BLR-7732，車款 Toyota Corolla Cross 白色，住址 新北市板橋區文化路二段182巷15號5樓，申請期間至2027/12/31。
        0955-318-402 這支是新加入那位鼓手的手機，LINE ID: drumgirl_0823，她說晚上九點以後才方便接電話。
        賴世傑欠隊費快一年了，總共4,200元，傳訊息都已讀不回，聽說他是被公司裁員了，要不要直接把他從名冊刪掉？
        【受傷回報】隊員：王宥翔 H120958738，受傷部位：下背，診斷：L4-L5椎間盤突出，健保卡號 0001 8273 6450，就醫院所：林口長庚，需請假至7月底。
        莊媽媽說她兒子莊子翔15歲有氣喘，比賽時吸入劑放在他背包左邊口袋，萬一發作先讓他吸兩下再打119，她的電話 0937-540-219。
        洪慧君的先生在群組私訊說她最近在做化療，秋季賽先退出，大家有空可以去和信醫院看她，但不要在大群提到她的病情。
        收件人：蘇柏翰 地址：臺中市西屯區福科路366號8樓之2 郵遞區號 40763 電話 0921-774-058 內容物：2027端午賽完賽獎牌 x1、隊服 L號 x1
        轉帳確認：中國信託(822) 帳號 1285-4037-9916，戶名 簡宏銘，金額8,000元，備註「報名費代墊」，請總務核對後回覆一下。
        我是舵手阿德的姊姊，他上禮拜在河濱跑步時心肌梗塞送醫，現在還在加護病房，隊上麻煩先幫他請假，也請先別在LINE群說。
        謝孟儒1998年次，在桃園科技廠當工程師，月薪大概七萬五，他說想把隊服費用分三期付，因為還在還學貸跟信用卡債。
        身分證 R115739022 這位隊員的團保資料被退件，保險公司說生日跟戶籍資料不符，請本人補一份戶口名簿影本。
        教練您好，我是新來的曾于庭，我之前有恐慌症，在水上有時會突然呼吸困難，可以先坐靠近舵手的位置嗎？我的 email 是 tsengyuting0507@gmail.com
    """),
    "zh-Hans": _lines("""
        龙舟队报名信息：姓名 李浩然，身份证号 440305198806142734，手机 138 2651 9047，单位 深圳某物流公司，紧急联系人 妻子 周敏 139 2284 6715。
        王姐说她老公欠了网贷三十多万，最近催收电话都打到队里来了，大家如果接到陌生电话问她情况，千万别透露她家住址。
        体检表：郑晓东，男，35岁，身份证 350203199203071580，既往史：高血压三年，服用氨氯地平5mg，医生意见：可参加一般训练，不宜参加500米冲刺赛。
        快递寄给我：上海市浦东新区张杨路1588弄7号1203室，孙丽娟 收，电话 186-2137-4490，是上次比赛落下的桨和队服。
        小胖（赵子豪）上个月在广州比赛后喝酒打架，被派出所行政拘留了五天，这事别在群里说，队长决定下半年先让他停赛。
        退款请打到我的招商银行卡 6214 8365 2901 7743，户名 杨雪梅，开户行 上海徐汇支行，谢谢！
        受伤记录：2027-06-02 东莞训练，队员何俊杰右手腕三角纤维软骨复合体损伤，需要手术，医疗费预估2.3万元，已向保险公司报案，报案号 BA20270602118。
        队里的刘阿姨（刘桂芳，62岁）上周体检查出早期乳腺癌，她女儿让我们先帮她保密，等手术做完再跟大家说。
    """),
    "en": _lines("""
        Crew list, lane 3: Marcus Tan Wei Liang, NRIC S8834127I, DOB 12/03/1988, mobile +65 9182 4473, emergency contact Jasmine Tan (wife) +65 8734 2290.
        Hi coach, it's Rachel Ong. The doctor says the lump is benign but I need minor surgery next week, so please take me off the Bedok regatta list. Don't tell the team yet.
        Waiver signed by Daniel Whitmore, UK passport 563920471, home address 14F, No. 88, Sec. 3, Minsheng E. Rd., Songshan Dist., Taipei, allergies: penicillin.
        Can someone remind Kelvin that he still owes the club S$640 for the Hong Kong trip? He told me he has been out of work since March and is behind on rent too.
        Injury log 2027-05-11: paddler Priya Ramasamy, 31, fainted during a 500 m piece, history of iron-deficiency anaemia, taken to Changi General Hospital A&E by her husband, +65 9641 0328.
        Please refund to my DBS account 027-9-184632, account name Li Jiahui. Sorry I had to drop out, my mum was diagnosed with dementia and I'm moving back to Ipoh.
        Sending my FIN for the insurance: G5527310W. It's a dependant pass so the name on it is still my maiden name, Hannah Kowalski.
        Car park pass for the Tanjong Rhu boathouse: vehicle SLA 4821 K owned by Benjamin Goh, 47 Jalan Kembangan, Singapore 419128. Weekends only.
    """),
    "ms": _lines("""
        Senarai pendayung: Nur Aisyah binti Rahman, No. KP 950814-10-5362, tel 012-478 3319, alamat No. 23, Jalan SS 2/64, Petaling Jaya, Selangor.
        Kak Ros minta cuti latihan dua bulan sebab baru keguguran, dia tak nak orang lain dalam group tahu, jadi tulis sahaja sebab peribadi.
        Bayaran balik yuran RM350 sila masukkan ke akaun Maybank 1640 2198 5532 atas nama Mohd Faizal bin Ismail, terima kasih banyak.
        Laporan kecederaan: Tan Chee Keong, 44 tahun, KP 830227-07-5149, terjatuh dari jeti di Teluk Bahang, luka di kepala, dimasukkan ke Hospital Pulau Pinang untuk pemerhatian.
        Abang Hafiz yang jadi jurumudi tu dah kena saman mahkamah sebab hutang kereta tertunggak, kereta dia WXY 6283 pun dah ditarik bank minggu lepas.
    """),
    "mixed": _lines("""
        LINE群 @all 提醒 Jason 黃俊傑 你的 insurance form 還沒交，ID 我先幫你填 A128765434，請確認 birthday 1990/07/15 對不對。
        HK team roster: 梁家俊 Leung Ka Chun, HKID K482913(1), mobile 9468 2715, 住 沙田穗禾苑B座1608室, position: drummer.
        Coach 我這週不能練了，因為 my ex 又去法院申請探視權，我要陪小孩出庭，拜託不要在群組講，thanks —陳韻如
        Medical clearance: Mr. 葉俊宏 (Taipei), 52 y/o, post-CABG 2025, cardiologist 建議 max HR 140 bpm, 不得參加 500m final，只能划 200m。
        澳門隊隊員 Ho Weng Kei 何詠琪，澳門居民身份證 5213478(2)，電話 +853 6638 2147，需要代訂 6/18 台北來回機票。
        你們隊那個 Kenny 劉上次比賽完跟我借了 NT$15,000 說下週還，到現在兩個月了，他電話 0978-220-516 都不接，能不能幫我問一下？
        CSV row: 0217,TEAM-0219,蕭雅文,Hsiao Ya-Wen,F,1993-12-08,0916-552-084,hsiaoyw93@yahoo.com.tw,stroke_left,PFD-M,已繳
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是臺北一家划船俱樂部的行政助理，協助幹部處理保險理賠、名冊與公告文字，回覆請用繁體中文。",
        ),
        (
            "user",
            "幫我把這段整理成保險理賠申請摘要：隊員方冠宇，身分證 N225196841，1989/05/30 生，6/2 早上在大佳碼頭上船時滑倒，右膝前十字韌帶斷裂，在臺大醫院急診，預計7月開刀。",
        ),
        (
            "assistant",
            "理賠申請摘要：被保險人方冠宇（身分證 N225196841，1989/05/30生）於2027/06/02上午在大佳河濱公園碼頭登船時滑倒，致右膝前十字韌帶斷裂，當日至臺大醫院急診，預計7月接受手術。請附上診斷證明書及醫療收據正本。",
        ),
        ("user", "謝謝，再幫我加一句他的理賠金請匯到他的帳戶就好。"),
        (
            "assistant",
            "可以在摘要最後加上：「理賠金請匯入被保險人本人指定之金融機構帳戶，帳戶資料另附存摺封面影本。」這樣就不用在摘要裡寫出帳號。",
        ),
    ],
    [
        (
            "user",
            "I run a dragon boat team in Singapore. Can you help me write a short, kind message to the team that Melissa Chua is stepping down as captain?",
        ),
        ("assistant", "Of course. Should I mention the reason, or keep it general?"),
        (
            "user",
            "Keep it general. Privately, she was diagnosed with multiple sclerosis last month and doesn't want people to know yet. Her number is 9327 5180 if anyone wants to send her a note, but don't put the diagnosis in.",
        ),
        (
            "assistant",
            "Here is a draft: Dear team, Melissa Chua has decided to step down as captain for personal reasons. We are grateful for her three seasons of leadership. If you would like to send her a note, please message her directly at 9327 5180. Let's give her space and our full support.",
        ),
    ],
    [
        ("system", "你是一个帮助龙舟队整理资料的助手，输出格式为表格。"),
        (
            "user",
            "帮我把下面的名单做成表格：周文博，身份证310115198509234125，电话13761820493，位置鼓手；唐小慧，电话15902147786，位置左3。",
        ),
        (
            "assistant",
            "姓名 | 身份证号 | 电话 | 位置；周文博 | 310115198509234125 | 13761820493 | 鼓手；唐小慧 | （未提供） | 15902147786 | 左3。唐小慧的身份证号尚未提供，补充后我再更新表格。",
        ),
        ("user", "唐小慧的身份证我回头再补，先这样。"),
    ],
    [
        (
            "user",
            "Tolong bantu saya tulis e-mel kepada syarikat insurans untuk tuntutan kemalangan ahli pasukan perahu naga kami.",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama peserta, nombor polisi, tarikh kejadian dan ringkasan kecederaan.",
        ),
        (
            "user",
            "Nama: Siti Hajar binti Abdullah, No. KP 880312-14-6728, polisi kumpulan GPA-MY-2027-118, jatuh dari perahu di Tasik Putrajaya pada 3 Mei, patah tulang selangka kiri, dirawat di Hospital Putrajaya.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya ingin mengemukakan tuntutan kemalangan bagi Siti Hajar binti Abdullah (No. KP 880312-14-6728) di bawah polisi kumpulan GPA-MY-2027-118. Pada 3 Mei 2027 beliau terjatuh dari perahu di Tasik Putrajaya dan mengalami patah tulang selangka kiri, lalu dirawat di Hospital Putrajaya. Bersama e-mel ini dilampirkan laporan perubatan dan resit. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Member record loaded for context: name=杜承恩 Tu Cheng-En; tw_id=D120483769; phone=0919-605-372; email=tu.chengen@outlook.com; notes=左膝半月板術後，教練指示暫不參加陸上跳躍訓練。Answer the member's questions about training.",
        ),
        ("user", "嗨，我下週可以回來練 500m 間歇嗎？ my knee feels okay now."),
        (
            "assistant",
            "很高興聽到你的膝蓋恢復得不錯！根據教練目前的註記，你術後暫時不參加陸上跳躍訓練。水上 500m 間歇對膝蓋負擔較小，但建議先跟教練組確認，或請骨科醫師開一張可恢復訓練的證明再歸隊。",
        ),
        ("user", "OK 那我請醫生寫證明，thanks!"),
    ],
    [
        ("user", "幫我寫一則LINE群共乘公告，週六早上5:20出發，有三個人要接。"),
        ("assistant", "好的，請提供每位要接的隊員上車地點和時間，我幫你排順序。"),
        (
            "user",
            "楊子萱在新北市三重區重新路四段97號樓下；邱柏翔住中和區景平路512巷8號；還有小蔡在永和頂溪站2號出口就好。我是司機，車號 RCF-5096。",
        ),
        (
            "assistant",
            "【週六共乘公告】司機車號 RCF-5096，05:20出發。上車順序：1. 05:25 三重區重新路四段97號樓下（楊子萱）2. 05:40 中和區景平路512巷8號（邱柏翔）3. 05:50 永和頂溪站2號出口（小蔡）。預計06:15抵達大佳碼頭。建議公告在群組時把住址改成附近的路口或捷運站，避免在大群公開隊員住家地址。",
        ),
    ],
    [
        (
            "user",
            "Our steerer Alvin Lim (NRIC T0561239F) wants to transfer to a Hong Kong club. Can you draft a release letter?",
        ),
        (
            "assistant",
            "Here is a draft: To whom it may concern, this is to confirm that Alvin Lim, NRIC T0561239F, has been a member in good standing of our dragon boat club since 2023, serving as steerer. We release him to join your club with effect from 1 July 2027 and wish him every success.",
        ),
        ("user", "Great. Should I include his NRIC in the letter?"),
        (
            "assistant",
            "Usually not. The receiving club only needs his name and membership dates. Remove the NRIC, or mask it, unless they specifically ask for identity verification.",
        ),
    ],
    [
        ("system", "你是運動醫學衛教助理，只提供一般性建議，不取代醫師診斷。"),
        (
            "user",
            "我是龍舟隊的蔣佳穎，41歲，體檢報告寫總膽固醇 262、LDL 185、血壓 148/95，還有輕度脂肪肝。這樣還可以參加端午 500 公尺比賽嗎？",
        ),
        (
            "assistant",
            "您的血脂和血壓都偏高，參加高強度的 500 公尺衝刺前，建議先請家醫科或心臟內科評估，必要時做運動心電圖。平時可維持中低強度划槳訓練，並注意飲食控制。是否能參賽請以醫師開立的體能評估為準。",
        ),
    ],
    [
        (
            "user",
            "我哋隊有個新隊員，想你幫我寫個入會確認 WhatsApp message. 佢叫 吳凱晴 Ng Hoi Ching, HKID P617283(4), 手機 6172 9038.",
        ),
        (
            "assistant",
            "可以！草稿：Hi 凱晴，歡迎加入我哋龍舟隊！你嘅入會申請已經確認，第一課係星期六朝早 7 點喺沙田城門河碼頭，記得帶水同後備衫。有咩問題可以隨時搵我哋。",
        ),
        ("user", "好，佢 HKID 要唔要一齊 send 俾佢確認？"),
        (
            "assistant",
            "唔建議喺 WhatsApp 入面傳完整 HKID。如果要佢核對保險資料，可以請佢親身喺報名處出示，或者只顯示頭幾個字元俾佢確認。",
        ),
    ],
    [
        ("user", "我們隊有人欠隊費，幫我寫一段委婉的催繳訊息，要私訊給他。"),
        ("assistant", "沒問題，請告訴我對方稱呼、欠款金額與期限。"),
        (
            "user",
            "他叫彭志遠，欠了去年下半年到現在的隊費 5,400 元加上賽事報名分攤 1,000 元，他之前說因為離婚在付贍養費，手頭很緊。",
        ),
        (
            "assistant",
            "志遠你好，想跟你確認一下隊費的部分：目前累計去年下半年至今隊費5,400元及賽事報名分攤1,000元，共6,400元。知道你最近可能比較忙，如果一次繳清有困難，可以跟總務討論分期方式，我們都很希望你繼續和大家一起划。",
        ),
        ("user", "很好，就這樣發。"),
    ],
]
