# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh315: 简体中文 租车行与网约车车队（租车合同、驾驶证、押金、违章罚单、事故理赔、车队群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh315
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "租车须知"): _lines("""
        取车须知：承租人须出示本人有效期内的居民身份证及机动车驾驶证原件，驾龄满1年，准驾车型C1及以上；港澳台及外籍客户请携带回乡证、台胞证或护照，以及经认证的驾照翻译件。
        押金说明：普通车型车辆押金3000元、违章押金2000元，均以信用卡预授权方式冻结；还车后车辆押金即时解冻，违章押金在还车30个自然日后无违章记录自动解冻。
        芝麻信用分650分及以上的用户可申请免押租车，免押额度由平台根据信用评估结果确定，最终以下单页面展示为准，免押订单同样需要承担违章及车损费用。
        门店地址：上海虹桥国际机场T2航站楼P9停车库B1层租车服务中心，营业时间07:00-23:00，全国服务热线400-820-7755，航班延误可致电门店延长等候。
        还车时油量须与取车时一致，不足部分按每升12元加收燃油费并另收50元加油服务费；新能源车辆电量低于取车时的，按每1%电量3元收取充电服务费。
        超时还车：超时4小时以内按小时收取（每小时为日租金的1/4），超过4小时按1天计费；如需续租请至少提前2小时通过App或致电400-616-8890办理。
        车辆发生事故后，请立即报警（122）并拍摄现场照片，同时拨打本公司24小时道路救援热线400-110-6655，切勿私了；未报案导致保险无法理赔的损失由承租人承担。
        基本保障服务费每天50元，含第三者责任险20万元；尊享保障每天80元，车损1500元以下免赔，不含轮胎、玻璃单独损坏及车内物品丢失，详见保障条款第6.2条。
        异地还车需在下单时选择，异地还车费根据两地距离收取，例如深圳宝安国际机场取车、广州白云国际机场还车，异地服务费为300元，跨省异地暂不开放。
        租期内产生的交通违法记录，须在收到通知之日起15日内通过“交管12123”App或前往交管部门处理完毕，逾期未处理的，我司将从违章押金中扣除罚款及每单200元代办费。
        本合同一式两份，甲方（出租方）：深圳市鹏程汽车租赁有限公司，统一社会信用代码91440300MA5G7K2X3R，地址：深圳市福田区深南大道6008号特区报业大厦附楼一层。
        禁止将租赁车辆用于网约车营运、驾校教学、赛车、越野拉力及其他违法用途；一经发现，出租方有权立即收回车辆，并按日租金的3倍收取违约金，已付租金不予退还。
        节假日（春节、五一、国庆）期间订单需提前3天预订，取车前24小时以上取消免费，24小时以内取消收取首日租金的30%作为违约金，未到店取车视为取消。
    """),
    ("zh-Hans", "车队群工作消息"): _lines("""
        【调度】@所有人 今晚22:00以后浦东机场T2蓄车场排队已超过180台，新单优先派给世纪大道、陆家嘴片区在线车辆，机场排队的师傅请自行评估是否继续等。
        虹桥门店今天还剩3台比亚迪宋PLUS DM-i和2台汉EV可租，静安寺店周末缺车，下午四点前请调度组安排两台汉EV调过去，调拨单号DB-1206-03。
        提醒一下，车队编号F-0217到F-0230这批车本周五统一年检，车管组早上8点在松江机动车检测站门口集合，行驶证原件记得提前从档案柜里取出来。
        客服二组日报：今天共受理违章代办工单47单，其中闯红灯12单、不按导向车道行驶9单、违停21单、超速5单，已全部录入系统，明天上午交管所批量处理。
        系统通知：曹操出行、T3出行两个平台的接单规则从12月10日起调整，高峰时段（7:00-9:00、17:00-19:30）单日取消订单超过3次将暂停派单2小时。
        各位注意，本周暴雨橙色预警，宝安区福永、沙井片区多处积水，涉水熄火车辆一律不准二次启动，拍照后直接拨打保险公司报案电话95500，再在群里报备车队编号。
        财务通知：11月份的车辆租金对账单已经发到各门店公共邮箱，有问题请回复finance@pengcheng-zuche.cn，请店长在12月5日前核对并回签，有出入的单号在表里标红。
        充电桩那边反馈，南山科技园特来电站点3号、7号枪故障，已报修，大家今天先去深圳湾科技生态园的星星充电站，那里有12个快充车位，夜间电价0.68元/度。
        新版电子合同模板V3.2今天上线，主要改了押金条款第4.3条和违章处理时限，门店签约时用平板打开“鹏程签”小程序，旧模板V3.1从明天起停用。
        12月第一周车队数据：出车率87.6%，平均单车日流水612元，投诉率0.8‰，好评率98.1%，环比分别+2.1个百分点、+35元、-0.3‰、+0.4个百分点。
        下周一上午10点在公司三楼大会议室开安全例会，主题是冬季夜间行车和防疲劳驾驶，每人都要签到，线上参加的用腾讯会议号 826 551 903，会后有考试。
        事故车处理进度更新：工单号LP-20261128-0093已定损，合作维修厂报价8,640元，保险公司核价7,900元，差额还在谈，预计下周三出结果后再通知门店。
        温馨提示：明天起虹桥枢纽P8停车库网约车专用上客区调整到B2层东侧，导航请搜“虹桥枢纽网约车上客点”，不要在到达层违停，电子警察抓拍罚款200元。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：在香港租車需要什麼證件？答：須出示有效的香港駕駛執照或國際駕駛許可證，連同身份證明文件正本；持內地駕照的旅客須另行向運輸署申請短期駕駛執照。
        問：按金怎樣收取？答：一般私家車按金為港幣5,000元，七人車為港幣8,000元，只接受信用卡預授權，還車並完成驗車後7至14個工作天內解除。
        問：台灣租車的年齡限制？答：須年滿20歲且持有駕照滿1年；租用九人座車款需持普通小型車駕照滿3年，詳情請洽客服專線0800-024-550（週一至週日）。
        問：在澳門可以租電動車嗎？答：可以，本公司氹仔門市提供Tesla Model 3及比亞迪元PLUS，門市位於孫逸仙大馬路近澳門國際機場的公眾停車場地下。
        問：收到超速告票怎麼辦？答：定額罰款通知書會寄到登記車主地址，本公司收到後會以電郵轉交租客，並按合約第9條收取港幣150元行政費，罰款須由租客自行繳交。
        問：車輛發生意外怎麼處理？答：請先確保人身安全，報警（999）並聯絡本公司24小時緊急熱線2782 6300，切勿自行承認責任或與對方私下和解。
        問：可以在桃園機場取車、高雄還車嗎？答：可以，甲地租乙地還加收新台幣1,500元至3,000元不等，須於訂車時註明，取車後臨時更改恕不受理。
        問：油費怎麼計算？答：取車時為滿油，還車時請加滿95無鉛汽油；未加滿者以每公升新台幣45元計算，並加收新台幣200元加油服務費，以收據為準。
        問：網上預訂後可以取消嗎？答：取車日前3天或以上取消，全數退款；前1至2天取消，收取一日租金；當日取消或逾時未取車，恕不退款。
        問：租車包含什麼保險？答：基本租金已含強制汽車責任險及第三人責任險（每一事故新台幣200萬元），可加購車體損失險免自負額方案，每日新台幣300元。
        問：貴公司的登記資料？答：本公司為順遂汽車租賃股份有限公司，統一編號24561378，地址為台北市中山區松江路156號一樓，週一至週日08:00-21:00營業。
        問：可否加裝兒童安全座椅？答：可以，每張每日新台幣200元，每次租期上限新台幣1,000元，數量有限請提前預約；依法四歲以下幼童須使用安全座椅。
        問：電動車充電怎麼收費？答：還車電量低於取車時，每1%收取港幣8元；車上附有快易通及充電會員卡，隧道費及充電費會於還車結算時一併扣除。
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-03T08:14:22.511+08:00 INFO  rental-svc[pid=2741] order=RC20261203-004417 status=PICKED_UP store=SZX-T3 vehicle_class=SUV_EV deposit_hold=3000.00 CNY latency_ms=184
        2026-12-03T08:15:09Z WARN  fleet-gateway telematics heartbeat missing unit=TBOX-88A1F3 fleet_id=F-0223 last_seen=2026-12-03T07:58:40Z gps_fix=false battery_v=11.8
        deposit: { vehicle_hold_cny: 3000, violation_hold_cny: 2000, release_after_days: 30, waiver_min_credit_score: 650, currency: "CNY" }  # config/rental.yaml v2.4.1
        ERROR claims-worker job=claim-sync insurer=PICC_API attempt=3/5 http_status=503 claim_ref=CLM-2026-118842 retry_in=120s trace=7f3a9c0e21b44d5e
        SELECT store_code, COUNT(*) AS orders, SUM(amount_cny) AS revenue FROM rental_orders WHERE pickup_at >= '2026-11-01' AND status = 'COMPLETED' GROUP BY store_code ORDER BY revenue DESC;
        order_id,store_code,vehicle_class,pickup_at,return_at,rental_days,daily_rate_cny,insurance_plan,deposit_mode,violation_count,total_cny
        export const VIOLATION_FEE_CNY = 200; export const VIOLATION_DEADLINE_DAYS = 15; // contract clause 7.2, changed in release 3.8.0
        {"event":"ride.completed","platform":"grab","trip_id":"A-7JX2KQ9P","city":"SIN","distance_km":14.2,"fare_sgd":23.40,"surge":1.2,"ts":1796515200}
        docker run -d --name fleet-api -e DB_HOST=db.internal -e DB_USER=fleet_app -e DB_PASSWORD=changeme -p 8080:8080 registry.example.com/fleet/api:4.12.0
        [cron] 2026-12-04 02:00:00 nightly job release_deposits: scanned=1284 released=1197 held_for_violation=71 held_for_damage=16 duration=42.7s exit=0
        sha256(contract_template_v3.2.pdf) = 9b74c9897bac770ffc029102a200c5de1f4e2c8a51c3d6a7e2f0b1c4d8e9a6f3  built by ci-runner-07 on 2026-12-02
        rate_card: { economy: {daily: 168, weekly: 980}, compact_suv: {daily: 238, weekly: 1420}, ev_sedan: {daily: 258, weekly: 1520}, mpv_7seat: {daily: 388, weekly: 2300} }
        2026-12-05 19:42:03 INFO dispatch-engine matched request=REQ-55F2C1 pool=EV-DT-07 eta_s=240 zone=KUL-BUKIT-BINTANG fare_estimate_myr=18.50 policy=nearest_available
    """),
    ("mixed", "价目表与发票"): _lines("""
        【2026冬季价目表 Winter Rate Card】经济型 Economy（大众朗逸/丰田卡罗拉）¥158/天，周租 ¥920；SUV（本田CR-V/比亚迪宋PLUS）¥238/天，Weekly ¥1,420，含基础保险 Basic cover included。
        发票号码 Invoice No. 24442000000187356102，开票日期 2026-11-30，销售方：深圳市鹏程汽车租赁有限公司，项目：经营租赁*汽车租赁费，金额 ¥2,654.87，税率13%，税额 ¥345.13。
        Long-term lease 月租方案：Tesla Model Y 后驱版 ¥5,980/月（12个月起租），含保养 maintenance、保险 insurance、24/7 roadside 道路救援，超出每月3,000公里按 ¥0.8/km 计。
        附加服务 Add-ons：儿童座椅 Child seat ¥30/天；GPS导航 ¥20/天；额外驾驶员 Additional driver ¥50/天；ETC设备 ¥10/天，通行费按实际扣费 tolls charged at cost。
        Singapore 价目：Toyota Corolla Altis SGD 95/day，Honda Vezel SGD 120/day；PHV rental for Grab/Gojek drivers from SGD 480/week，含 insurance。公司 UEN 201915432K，热线 +65 6123 8800。
        Receipt 收据 No. MY-RCT-2026-00781 | Sewa kereta Perodua Myvi 3 hari RM 270.00 | SST 8% RM 21.60 | Jumlah RM 291.60 | Dibayar via DuitNow QR | 谢谢惠顾
        违章代办价目 Violation handling fees：每单代办费 ¥200（罚款另计 fines excluded）；扣分类违章需承租人到场处理，逾期 overdue 按每日 ¥20 收取滞纳服务费。
        事故维修参考价 Repair price list：前保险杠喷漆 front bumper respray ¥680；后视镜总成 side mirror assembly ¥1,150；前挡风玻璃 windscreen ¥2,300（ADAS 标定 calibration 另加 ¥600）。
        HK price list 香港價目：Toyota Alphard 七人車 HK$1,680/日，Mercedes-Benz E300 HK$1,380/日，Tesla Model 3 HK$880/日；按金 deposit HK$5,000–8,000，隧道費 tunnel tolls at cost。
        发票抬头 Billing entity：星驰出行科技（上海）有限公司，税号 91310115MA1H8Q7X6W，开户行：招商银行上海陆家嘴支行，对公账号 121912345610601，Tel 021-5081 6688。
        网约车租赁 Driver lease 套餐：比亚迪秦PLUS EV ¥3,200/月（押金 ¥5,000，可分3期 installment），含商业险及年检 annual inspection，充电费 charging fees excluded。
        Quote 报价单 Q-2026-1204-07：企业客户 corporate account 10台 Buick GL8 商务车，月租 ¥7,800/台，合同期 24 months，总价 ¥1,872,000（含税 VAT incl.）。
        洗车及清洁费 Cleaning fees：普通清洁 ¥80；车内吸烟异味处理 smoking odour treatment ¥500；宠物毛发清理 pet hair ¥300；以上费用在还车验车 return inspection 时确认。
    """),
    ("ms", "notis_pelanggan"): _lines("""
        Notis: Mulai 1 Januari 2027, deposit keselamatan untuk semua kereta sewa di cawangan KLIA dan KLIA2 dinaikkan kepada RM300 bagi kereta kompak dan RM500 bagi MPV.
        Penyewa mesti berumur 23 tahun ke atas dan memiliki lesen memandu Malaysia yang sah (kelas D) sekurang-kurangnya 2 tahun; pelancong asing perlu membawa pasport dan IDP.
        Saman JPJ atau PDRM yang diterima dalam tempoh sewaan akan dipindahkan kepada penyewa, dan caj pentadbiran RM50 bagi setiap saman akan dikenakan mengikut fasal 8 perjanjian.
        Kereta mesti dipulangkan dengan paras minyak yang sama; kekurangan akan dicaj RM3 seliter ditambah caj perkhidmatan RM30. Sila gunakan petrol RON95 sahaja.
        Sebarang kemalangan wajib dilaporkan di balai polis berhampiran dalam masa 24 jam dan kepada talian kecemasan kami di 1-300-88-7368, beroperasi 24 jam sehari.
        Cawangan kami di Jalan Sultan Ismail, Kuala Lumpur (bersebelahan Stesen Monorel Raja Chulan) dibuka setiap hari dari 8 pagi hingga 10 malam, termasuk cuti umum.
        Pemandu e-hailing yang menyewa kereta daripada kami mesti memiliki lesen PSV dan permit EVP yang sah sebelum kenderaan diserahkan, selaras dengan peraturan APAD.
        Tempahan boleh dibatalkan secara percuma sehingga 48 jam sebelum waktu pengambilan; pembatalan lewat dikenakan caj satu hari sewa. Syarikat berdaftar SSM 201901023456 (1330412-M).
        Promosi Hari Raya: sewa Proton X50 atau Perodua Alza selama 5 hari ke atas dan dapatkan diskaun 15%. Kod promosi RAYA2027, sah sehingga 30 April 2027.
        Tol, caj parkir dan baki kad Touch 'n Go yang digunakan sepanjang tempoh sewaan akan ditolak daripada deposit selepas kenderaan dipulangkan dan diperiksa.
        Insurans asas termasuk perlindungan pihak ketiga; penyewa boleh menambah Collision Damage Waiver (CDW) pada RM25 sehari untuk mengurangkan liabiliti kepada RM1,000.
        Perjalanan ke Singapura atau Thailand tidak dibenarkan tanpa kebenaran bertulis; caj rentas sempadan RM150 dan permit VEP diperlukan untuk memasuki Singapura.
        Untuk pertanyaan, hubungi WhatsApp perniagaan Keris Rent A Car di +60 12-388 7368 atau e-mel tempahan@kerisrentacar.com.my, Isnin hingga Ahad 8 pagi - 10 malam.
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《中华人民共和国道路交通安全法》第十九条：驾驶机动车，应当依法取得机动车驾驶证。驾驶人应当按照驾驶证载明的准驾车型驾驶机动车；驾驶机动车时，应当随身携带机动车驾驶证。
        《网络预约出租汽车经营服务管理暂行办法》第十二条规定，拟从事网约车经营的车辆，应当为7座及以下乘用车，安装具有行驶记录功能的车辆卫星定位装置、应急报警装置。
        根据《机动车驾驶证申领和使用规定》，机动车驾驶人在一个记分周期内累积记分达到12分的，公安机关交通管理部门应当扣押其机动车驾驶证，驾驶人应当参加学习并接受考试。
        《道路交通安全法》第九十条：机动车驾驶人违反道路交通安全法律、法规关于道路通行规定的，处警告或者二十元以上二百元以下罚款。本法另有规定的，依照规定处罚。
        《小微型客车租赁经营服务管理办法》要求，租赁经营者应当对承租人身份进行查验，并如实登记承租人身份信息，不得向未取得机动车驾驶证的人员出租车辆。
        《民法典》第一千二百零九条：因租赁、借用等情形机动车所有人、管理人与使用人不是同一人时，发生交通事故造成损害，属于该机动车一方责任的，由机动车使用人承担赔偿责任。
        《机动车交通事故责任强制保险条例》实行统一责任限额，现行死亡伤残赔偿限额18万元、医疗费用赔偿限额1.8万元、财产损失赔偿限额2000元，无责情形另按无责限额赔付。
        网约车驾驶员证申领条件：取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录。
        深圳市交通运输局2026年第14号通告：自2027年1月1日起，新增网约车须为纯电动汽车，且车辆轴距不小于2650毫米，车辆计税价格不低于12万元。
        《道路交通安全违法行为记分管理办法》规定：驾驶机动车不按交通信号灯指示通行的，一次记6分；在高速公路上超过规定时速20%以上未达到50%的，一次记6分。
        《中华人民共和国个人信息保护法》第三十八条规定，个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备通过国家网信部门组织的安全评估等条件之一。
        新加坡陆路交通管理局（LTA）规定，私召车（PHV）须在车身贴有指定标识，并只能由持有有效私召车司机职业执照（PDVL）的司机驾驶，租赁公司须为车辆投保营运保险。
        《道路交通事故处理程序规定》：机动车之间发生仅造成财产损失的事故，当事人应当在确保安全的原则下，采取现场拍照等方式固定证据后，立即撤离现场，再协商处理。
    """),
    ("en", "industry_news_and_history"): _lines("""
        Didi Chuxing founder Cheng Wei, speaking at an industry forum in Beijing, said the ride-hailing platform would keep expanding its car-leasing partnerships with fleet operators.
        Grab co-founder Anthony Tan told analysts that its driver vehicle rental business in Singapore and Malaysia had become a steady contributor to the mobility segment.
        Hertz traces its roots to 1918, when Walter L. Jacobs opened a car rental business in Chicago with a dozen Model T Fords; John D. Hertz bought the business in 1923.
        Enterprise Rent-A-Car was founded in 1957 by Jack Taylor in St. Louis, who named the company after the aircraft carrier USS Enterprise on which he had served.
        Avis was founded by Warren Avis in 1946 at Willow Run Airport near Detroit, making it one of the first car rental companies to operate from an airport counter.
        ComfortDelGro, Singapore's largest taxi operator, was formed in 2003 through the merger of Comfort Group and DelGro Corporation and now runs fleets in several countries.
        In 1888 Bertha Benz drove her husband Karl Benz's Motorwagen from Mannheim to Pforzheim, the first long-distance car journey; the route is now the Bertha Benz Memorial Route.
        Tesla chief executive Elon Musk has repeatedly promised a driverless robotaxi network, and the company began a limited paid ride service in Austin, Texas in June 2025.
        BYD chairman Wang Chuanfu founded the company as a battery maker in Shenzhen in 1995; its Qin, Han, Song and Tang models are now staples of ride-hailing fleets across China.
        Malaysian Transport Minister Anthony Loke has urged e-hailing operators to tighten driver vetting and ensure every vehicle carries a valid EVP and commercial insurance.
        Gojek was co-founded in 2010 by Nadiem Makarim, who later served as Indonesia's Minister of Education, Culture, Research and Technology from 2019 to 2024.
        Henry Ford introduced the Model T in 1908, and within two decades more than 15 million had been built, making car hire a realistic option for ordinary travellers.
        eHi Car Services, one of China's largest car rental chains, was founded in Shanghai in 2006 by Ray Zhang and listed on the New York Stock Exchange in 2014.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        租车合同承租人：王海涛，身份证号 440304198807152313，驾驶证档案编号 440300612345，联系电话 13826547781，紧急联系人：妻子 刘敏 13923418806。
        违章通知：粤B·7QK52 于2026-11-21 08:43在深南大道科苑立交闯红灯，罚款200元记6分，租车人陈志强（订单RC20261118-002231）请于15日内处理。
        阿明上个月在车队借了公司8000块还没还，每周从流水里扣500，他说老婆刚生完二胎，家里实在周转不过来。
        林太来电投诉，说她老公林国栋租我们的车出了事故之后一直住在中山医院ICU，保险到现在没赔，情绪很激动，要求店长今天回电。
        退押金请打到我的卡：中国建设银行 6217 0012 3456 7890 122，户名 赵丽娟，开户行 建行杭州西湖支行。谢谢！
        司机黄建平（工号D-1187）体检报告显示高血压三级、空腹血糖9.8，车队决定暂停其夜班排班，待复查结果出来再定。
        周晓雯 女 1993年5月 身份证 320106199305214421 驾照C1 初领日期2014-08-03 住址 南京市鼓楼区汉中门大街301号6幢502室
        张师傅昨晚酒驾被交警查了，血液酒精含量92mg/100ml，已经被刑拘，家属在问车怎么办，车现在扣在宝安区西乡派出所。
        客户手机号 15017263398，订单 RC20261201-008812，自称姓孙，说押金三天还没退，要去12315投诉我们。
        事故理赔材料：当事人 刘建军，驾驶证号 370102197911082515，车牌 鲁A·5T73K，对方伤者 何秀兰，左腿胫骨骨折，在济南市中心医院住院，医疗费已垫付23,460元。
        小郑下周就离职了，听说是跟老婆在闹离婚，孩子抚养权还没谈拢，这个月状态一直不好，大家多担待。
        网约车司机合规档案：姓名 马俊 | 身份证 420111198602173312 | 手机 18627093341 | 车辆 鄂A·D58219 | 住址 武汉市洪山区珞瑜路118号光谷广场小区3栋1204
        收件人：何佳怡，手机 13671825590，地址：上海市闵行区七宝镇漕宝路3366弄12号201室，寄送物品：押金收据及违章处理凭证。
        调度群：@韩磊 你上个月工资到手6,830，扣了两张罚单和车损分摊1,200，有疑问私聊财务，别在群里吵。
        陈先生您好，您租用的沪C·8F3M2已超时未还车，我司已多次致电13917465528未接通，请于今日18:00前联系，否则将按合同报警处理。
        关于司机王丽萍怀孕5个月申请调到白班短途单的事情，车队已同意，下月起不再给她安排机场单和夜班。
        2026-12-02 14:33:07 INFO kyc-svc verify ok user_id=88213 name=吴昊天 id_no=510104199011234577 phone=13550891274 face_score=0.93
        司机郭志鹏去年因交通肇事罪被判缓刑一年，刚查出来，平台要求立即下线，他的押金怎么退等法务意见。
        微信昵称“大熊”那个客户真名叫熊伟，欠我们三个月月租共计9,600元，人现在在东莞，电话18820931176一直不接。
        承租人 杨雪梅 护照号 E87654321 拟于12月20日在三亚凤凰国际机场取车，备注：轮椅使用者，需要配手控改装车。
        理赔对接：太保报案号 ASHZ3100826000123456，出险人 钱文斌，出险时间 2026-11-29 22:10，地点 杭州市滨江区江南大道，伤情：颈椎挫伤，已在浙二滨江院区就诊。
        RC20261125-000731,苏州工业园区店,冯雅琴,13405128867,320502199208150020,苏E·D2K917,2026-11-25,2026-11-28,3,798.00
        车队长说老吴的肺癌化疗还要做四个疗程，大家自愿捐款，收款码在群公告，别私下转给他家属。
        邮箱 lihongbo_1986@163.com 发来的事故照片里能看到他女儿坐在后排没系安全带，这个要不要报给保险公司？
        罗振华在滴滴上的司机账号被封了，说是被乘客投诉性骚扰，他想租我们的车转去跑曹操出行，要不要接？
    """),
    "zh-Hant": _lines("""
        租客陳家豪，香港身份證 K482915(8)，手機 9634 2187，租用 Toyota Alphard 車牌 RT 8821，12月3日至12月6日，按金港幣8,000元已過數。
        李太打嚟話佢個仔李子軒上星期揸我哋架車喺屯門公路撞咗欄，而家仲喺屯門醫院留醫，問保險點賠。
        台灣租車合約：承租人 林怡君，身分證字號 F228193471，行動電話 0928-516-733，戶籍地址：新北市板橋區文化路一段188巷22號5樓。
        澳門客戶黃志明，澳門身份證 5213847(2)，電話 6612 3987，在氹仔門市租車時表示患有癲癇，需要確認是否可以駕駛。
        阿傑話佢上個月揸車收入得番HK$18,400，仲要還財務公司欠款六萬，想問公司可唔可以俾佢分期租車。
        違規通知：車牌 BKP-3621 於 2026/11/18 在台北市信義路五段超速（限速50，實速78），承租人陳美玲，罰鍰新台幣1,600元。
        請退按金至：滙豐銀行 戶口號碼 012-345678-833，戶口名稱 CHAN WING YAN 陳詠欣，謝謝。
        何生，閣下於12月1日交還的Tesla Model 3車身有刮花，維修報價港幣4,200元，將從按金扣除，如有異議請電郵 hosiuming88@gmail.com 回覆。
    """),
    "en": _lines("""
        Rental agreement RA-SG-2026-04418: Hirer Tan Wei Liang, NRIC S8412375G, mobile 9127 4480, address Blk 456 Ang Mo Kio Ave 10 #08-1234, Singapore 560456.
        Driver Rajesh Kumar s/o Muthu told dispatch he missed three shifts because his wife was in KK Hospital for a premature delivery; please don't mark him as no-show.
        Insurance claim CLM-2026-118913: claimant Nur Aisyah binti Rahman, MyKad 910304-10-5582, accident on Federal Highway near Subang, whiplash injury, report from Sunway Medical Centre attached.
        Please refund the deposit to my DBS account 027-905123-4, name Lim Hui Min. My new number is +65 8234 6619 in case you need to call.
        FYI Kelvin from the night shift got arrested on Friday for drink driving on the PIE in SKT4821B, so take him off the roster until HR hears back.
        Customer complaint from Mr. Ong Boon Keat (ong.boonkeat@yahoo.com.sg): he says our driver was rude, and as he has a heart condition he had to take his medication in the car.
        Fleet payroll Nov: Siti Zulaikha, PHV lease driver, net payout SGD 2,945.60 after rental deduction SGD 1,120; outstanding personal loan from company SGD 3,000.
    """),
    "ms": _lines("""
        Penyewa: Muhammad Hafiz bin Ismail, No. KP 880412-14-5523, telefon 012-384 7719, alamat No. 27, Jalan SS 2/64, Petaling Jaya, Selangor. Kereta Perodua Bezza VCF 6632.
        Encik Razak hubungi kami, katanya anak perempuannya yang memandu kereta sewa kami terlibat kemalangan di Karak dan sekarang dirawat di Hospital Bentong.
        Tolong pulangkan deposit ke akaun Maybank 1622 3345 8190 atas nama Lee Mei Ling, terima kasih.
        Pemandu kami Kak Ros dah tiga minggu cuti sakit sebab kanser payudara, tolong keluarkan dia daripada jadual bulan Disember.
        Saman PDRM untuk kereta WXD 4419 dikeluarkan atas nama penyewa Tan Chee Keong, IC 790822-07-5331, jumlah RM300, tarikh kesalahan 14/11/2026.
    """),
    "mixed": _lines("""
        租客 Kumar 的 Singapore FIN G4829173U，WhatsApp +65 9812 3304，他说 work permit 下个月到期，deposit 要退到他 POSB 账户 188-45210-7。
        Hi 客服，我係 Jessica Wong 黃嘉欣，HKID Y643218(0)，喺深圳租車 order RC20261130-005527，內地手機 13530176642，麻煩幫我改還車時間。
        黄先生 Mr. Wong 的 accident report：他 claim 说 whiplash，但是 dashcam 显示他下车走路正常，insurer 怀疑 fraud，他的手机 13760021183。
        Driver onboarding form | Name: 蔡佩琪 Chua Pei Qi | NRIC: S9234567Z | DOB 1992-06-17 | Bank: OCBC 501-234567-001 | Emergency contact: 妈妈 9033 2214
        群里说 Ah Seng 的 car loan 已经 default 三个月，bank 要 repo 他那台 Vellfire，他太太还在 KPJ 住院，大家先别给他派长途单。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是鹏程租车的在线客服助手，负责解答押金、违章和还车问题，不得泄露其他客户信息。",
        ),
        (
            "user",
            "你好，我叫王志刚，身份证440106198512034418，订单号RC20261119-003357，11月22号就还车了，违章押金2000块到现在还没退，怎么回事？",
        ),
        (
            "assistant",
            "王先生您好。按合同约定，违章押金在还车后30个自然日内无违章记录会自动解冻，您的订单预计在12月22日前后解冻。如届时仍未到账，可致电400-820-7755由人工核查。",
        ),
        ("user", "可是我手机13602219874收到短信说有一条违章，我根本没开到那条路。"),
        (
            "assistant",
            "理解您的担心。建议您在交管12123 App中查询该违章的时间、地点和抓拍照片，如确认不在租期内或非本人驾驶，可截图发给门店申请复核，门店会同步暂缓扣款。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份租车事故理赔申请，信息如下：申请人李秀珍，手机15986723310，车牌粤A·F28K61，12月1日晚上在广州环城高速追尾，对方全责，我颈椎受伤在省人民医院看了急诊，花了3,860元。",
        ),
        (
            "assistant",
            "理赔申请书  申请人：李秀珍，联系电话：15986723310  事故车辆：粤A·F28K61（租赁车辆）  事故经过：2026年12月1日晚，申请人驾驶上述车辆在广州环城高速行驶时被后车追尾，经交警认定对方负全部责任。  损失情况：申请人颈椎受伤，于广东省人民医院急诊就诊，医疗费用3,860元。  请求：请对方保险公司依法赔付医疗费及车辆维修费用。",
        ),
        ("user", "再加一句，我怀孕三个月，医生说要做进一步检查。"),
        (
            "assistant",
            "已补充：申请人目前怀孕约三个月，医生建议进行进一步检查，后续检查及治疗费用将另行提交凭证申请赔付。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for PHV drivers renting cars in Singapore."),
        (
            "user",
            "I got a parking summons from URA for my rental car SMB2736T on 28 Nov at Tampines. My name is Muhammad Faizal bin Osman, NRIC S8827461Z. Can I appeal?",
        ),
        (
            "assistant",
            "Yes. You can submit an appeal online through the URA parking services portal within the deadline printed on the notice. Provide the vehicle number, the notice number, and an explanation with any evidence, such as a screenshot of a trip in progress or a parking receipt.",
        ),
        (
            "user",
            "The rental company says they will charge me SGD 50 admin fee too. Is that allowed?",
        ),
        (
            "assistant",
            "If your rental agreement has an admin fee clause for handling fines, they are generally allowed to charge it. Check the contract section on traffic offences; if the fee is not there, you can ask them in writing to waive it.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat rayuan saman JPJ. Nama saya Nurul Izzah binti Kamarudin, No. KP 950617-08-6124, alamat No. 14, Jalan Melati 3, Taman Melati, 31400 Ipoh, Perak. Kereta sewa AKE 5193.",
        ),
        (
            "assistant",
            "Baik. Berikut draf surat rayuan:  Kepada: Jabatan Pengangkutan Jalan Malaysia, Negeri Perak  Perkara: Rayuan Pengurangan Kompaun bagi Kenderaan AKE 5193  Saya, Nurul Izzah binti Kamarudin (No. KP 950617-08-6124), ingin merayu supaya kompaun yang dikeluarkan ke atas kenderaan sewa AKE 5193 dipertimbangkan semula...",
        ),
        (
            "user",
            "Tambah juga sebab saya tengah bawa ayah ke hospital sebab dia kena serangan jantung masa tu.",
        ),
        (
            "assistant",
            "Ditambah: Pada masa kejadian, saya sedang membawa bapa saya ke hospital kerana beliau mengalami serangan jantung, dan keadaan tersebut merupakan kecemasan perubatan. Saya lampirkan surat pengesahan daripada hospital sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "我啱啱揸租返嚟架車喺觀塘道撞咗人哋車尾，我叫梁浩然，身份證 M239471(0)，電話 6187 3352，而家應該點做？",
        ),
        (
            "assistant",
            "梁先生，請先確保所有人安全，如有人受傷或雙方有爭議，請即報警（999）。然後拍攝現場、雙方車牌及損毀位置，交換駕駛執照及保險資料，並盡快致電租車公司的緊急熱線報告事故。",
        ),
        ("user", "對方話私了，俾佢三千蚊就算，得唔得？"),
        (
            "assistant",
            "租用車輛一般不建議私了，因為合約通常要求報告所有意外，私下和解可能令保險失效，您仍可能要負責車損。建議先聯絡租車公司，按程序處理。",
        ),
    ],
    [
        ("system", "你是网约车车队的运营助理，帮车队长起草群公告和通知。"),
        (
            "user",
            "帮我写个群公告：司机李强（工号D-2043）12月4日凌晨在南山区酒驾被查，血液酒精含量超80，已移交司法机关，即日起解除合作，车辆由车管组收回。",
        ),
        (
            "assistant",
            "【车队公告】  司机李强（工号D-2043）于12月4日凌晨在南山区因饮酒后驾驶被交警查处，经检测血液酒精含量超过醉驾标准，已移交司法机关处理。即日起车队与其解除合作，所驾车辆由车管组收回。请各位师傅引以为戒，严禁酒后驾车。",
        ),
        ("user", "名字要不要打码？"),
        (
            "assistant",
            "建议在群公告中隐去姓名和工号，只写明事件和处理结果即可，以免对当事人及家属造成不必要的影响；完整信息保留在内部人事档案中。",
        ),
    ],
    [
        (
            "system",
            "Voice-bot context: 客户 customer = 郑美华 Zheng Meihua, phone +86 139 2876 5041, member tier Gold, 当前订单 RC20261205-010088, 车型 Tesla Model Y, 取车 12月8日 09:00 深圳宝安机场店.",
        ),
        ("user", "Hi, I want to change my pickup to 下午两点 2pm, is that ok?"),
        (
            "assistant",
            "好的郑女士，已为您将订单 RC20261205-010088 的取车时间改为12月8日14:00，宝安机场店取车，Tesla Model Y 车型不变。稍后会发确认短信到您尾号5041的手机。",
        ),
        ("user", "Thanks, and can I add my husband as 第二驾驶人？"),
        (
            "assistant",
            "可以的，额外驾驶员每天收费 ¥50。请在取车时让您先生携带本人身份证和驾驶证原件到柜台登记即可。",
        ),
    ],
    [
        (
            "user",
            "請幫我把這段租車合約條款翻成英文：「承租人陳柏宇，身分證字號 A131458975，住臺中市西屯區台灣大道三段99號12樓，租期內如有違規罰單，由承租人自行負擔。」",
        ),
        (
            "assistant",
            "Translation: 'The lessee, Chen Po-Yu (ID No. A131458975), residing at 12F, No. 99, Sec. 3, Taiwan Boulevard, Xitun District, Taichung City, shall bear all traffic fines incurred during the rental period.'",
        ),
        ("user", "謝謝，另外如果他超速被拍但他說是他弟弟開的，怎麼處理？"),
        (
            "assistant",
            "依台灣法規，可在期限內辦理歸責實際駕駛人，需附上實際駕駛人的駕照資料及簽名文件。合約上仍以承租人為責任人，建議在合約中註明額外駕駛人需事先登記。",
        ),
    ],
    [
        (
            "user",
            "Summarise this CSV for me: driver,base_pay_sgd,rental_deduction,loan_balance / Low Kah Wai,3120,1120,0 / Priya d/o Ramasamy,2890,1120,1500 / Hafizah Yusof,3405,1120,800",
        ),
        (
            "assistant",
            "Summary: three PHV drivers. Low Kah Wai earns the most after deductions (SGD 2,000 net) with no loan. Priya d/o Ramasamy nets SGD 1,770 and still owes SGD 1,500. Hafizah Yusof nets SGD 2,285 and owes SGD 800.",
        ),
        ("user", "Who should get priority for the airport bonus shifts?"),
        (
            "assistant",
            "If the goal is fairness on earnings, Priya has the lowest net pay and the largest loan balance, so offering her the bonus shifts first would help most. You may also want to consult the drivers directly rather than decide on loan balances alone.",
        ),
    ],
    [
        ("system", "你是一个租车门店的助手，帮店员把客户信息整理成JSON。"),
        (
            "user",
            "客户叫邓子涵，手机18576043392，身份证 44030619971025664X，驾照C1，租12月9日到12日，比亚迪汉EV，押金走信用卡。",
        ),
        (
            "assistant",
            '{"name": "邓子涵", "phone": "18576043392", "id_no": "44030619971025664X", "license": "C1", "pickup": "2026-12-09", "return": "2026-12-12", "model": "比亚迪汉EV", "deposit": "credit_card"}',
        ),
        ("user", "好，她还说她有糖尿病要随身带胰岛素，车上能放冰箱吗？"),
        (
            "assistant",
            "可以在备注中记录需要车载冷藏箱，汉EV可以通过车内电源接口使用小型车载冰箱，建议门店提前准备一台并确认取车时已通电。",
        ),
    ],
]
