# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh254: mainland China toll stations, highway service areas and ETC accounts (toll disputes, ETC card binding, breakdown rescue, lost property, staff groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh254
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "收费公告与政策"): _lines("""
        根据《收费公路管理条例》和省交通运输厅通知，2027年春节期间（除夕0时至初七24时）7座及以下小型客车免收车辆通行费，以车辆驶离出口车道的时间为准，请合理安排行程。
        因G15沈海高速K1386至K1392段路面大修，12月10日至12月24日每日22:00至次日6:00封闭南向两条车道，往厦门方向车辆请提前从海沧收费站驶离，绕行324国道。
        2019年12月31日，全国29个联网省份的487个高速公路省界收费站全部取消，货车通行费改为按车（轴）型收费，由ETC门架系统承担分段计费功能。
        温馨提示：本站入口实施货车称重检测，超限率超过100%的车辆一律劝返，详询路政大队值班电话 0571-8702 1122 或全省高速公路服务热线 12122。
        通行费发票请登录“票根”平台（www.txffp.com）或“票根”小程序开具，ETC通行费发票按行程汇总开具，现金缴费用户请在出口车道向收费员索取纸质收费票据。
        本收费站为三车道入口、五车道出口，其中ETC专用道2条、ETC/MTC混合道3条，超宽车道位于最右侧，宽度4.5米，可通行经审批的大件运输车辆。
        港珠澳大桥珠海公路口岸收费站自2018年10月24日开通以来，小型客车单次通行费为150元人民币，粤港、粤澳两地牌车辆可使用ETC或扫码支付。
        按照国务院办公厅2019年印发的深化收费公路制度改革方案，ETC用户享受不少于5%的车辆通行费基本优惠，各省可在此基础上出台差异化优惠措施。
        失物招领：12月5日下午在服务区南区餐厅靠窗座位拾得黑色双肩包一个，内有充电宝及保温杯，请失主凭有效证件到综合服务台认领，服务台电话 0760-8833 6021。
        本服务区充电站共有120kW直流快充桩16个，其中8个支持双枪，节假日高峰期实行排队叫号，单车充电时长建议不超过45分钟，电价0.85元/度另加服务费0.60元/度。
        施工公告：沪昆高速义乌收费站匝道改造工程由浙江恒通路桥工程有限公司承建，统一社会信用代码 91330782MA2EQ81K5T，工期自2026年11月20日至2027年3月31日。
        绿色通道政策说明：整车合法装载鲜活农产品的车辆免收通行费，查验时需打开车厢，混装其他非鲜活农产品且超过车辆核定载质量或车厢容积20%的，不享受免费政策。
        道路救援收费标准：小型客车拖车起步价300元（含10公里），超出部分每公里12元；大型货车按吨位分档，详见服务区公示栏，交通运输服务监督电话 12328。
    """),
    ("zh-Hans", "服务区员工工作群"): _lines("""
        【早班交接】北区加油站今日92#库存剩余约6.2吨，95#约3.8吨，中石化配送车预计11:30到站，卸油期间3号、4号加油机暂停使用，请前台做好引导。
        监控室通报：K238+600上行应急车道有一辆半挂车爆胎停靠，已派清障车和路政巡逻车，预计15分钟到场，入口岗亭请提醒进站车辆注意减速。
        各位注意，今天下午两点防汛物资检查，沙袋、抽水泵、反光锥桶要在仓库门口摆好，检查组是集团安全部的，请各班组长提前十分钟到位。
        南区超市月底盘点，下班后留两个人，康师傅红烧牛肉面、农夫山泉550ml、旺仔牛奶这三样要对一下系统数，上次差了两箱一直没查出来。
        3号车道的ETC天线又报“OBU无响应”了，今天已经第七次，已经给机电维护中心报了工单GD-20261206-0142，维修人员下午到，期间改成混合车道人工处理。
        卫生间保洁排班表已经更新到群文件了，节假日期间每30分钟巡查一次，母婴室的尿布台和热水器请顺便检查，有问题直接在巡检App里拍照上报。
        今天客流统计：截至18点进区车辆4326辆，其中客车3810辆、货车516辆，餐厅营业额较上周同期增长12%，明天降温，热饮和关东煮备货多一点。
        刚才有外省司机在加油岛问去瑞金怎么走，已经指引从下个出口下按G72走，这种咨询以后统一指到服务台，不要在加油岛上长时间讲解，影响排队。
        提醒：明天起新版失物登记表启用，拾得物品必须两人在场登记，贵重物品（现金、手机、证件）当班内移交服务台保险柜，登记编号格式为SW-年月日-序号。
        夜班的同事注意，凌晨两点到四点广场照明会切换到节能模式，只保留一半灯杆，停车区如果有司机反映太暗，直接打监控室分机8206开回全亮。
        集团下发了《服务区“司机之家”运营规范（2026版）》，要求淋浴间热水24小时供应，洗衣机每台每次收费不超过5元，大家下周一前学习完在钉钉上打卡。
        收费站今天的稽核结果出来了：全天ETC交易18432笔，特情处理27笔，其中“无入口信息”9笔、“卡内余额不足”6笔，其余为设备原因，明细见附件表格。
        跟大家说一声，服务区新配的清障车已经挂靠到救援公司名下，车身喷了24小时救援电话 400-880-6122，如果有人问拖车价格，统一按公示标准报价。
    """),
    ("zh-Hans", "ETC办理常见问题"): _lines("""
        问：ETC设备可以从一辆车换到另一辆车上吗？答：不可以，ETC电子标签与车牌号、车辆行驶证信息绑定，换车需先办理注销，再凭新车行驶证重新办理。
        问：为什么我的ETC显示“标签失效”？答：常见原因是电子标签被拆卸触发防拆保护，请携带设备和行驶证到任意合作银行网点或发行服务网点重新激活，激活免费。
        问：记账卡和储值卡有什么区别？答：记账卡绑定银行卡，通行后由银行代扣，一般不需要提前充值；储值卡需先充值后使用，余额不足时无法走ETC车道。
        问：跨省通行时费用怎么计算？答：全国联网后实行分段计费，车辆每经过一个ETC门架即计算一段费用，出口时汇总扣费，可在“ETC服务”小程序查询每段明细。
        问：扣费金额与实际路程不一致怎么办？答：可拨打发行方客服热线 400-966-5522 或在线提交争议工单，需提供通行日期、出入口站名及扣费截图，一般7个工作日内反馈。
        问：ETC卡余额不足还能通行吗？答：储值卡余额低于本次通行费时将无法通过ETC车道，系统会提示转入人工车道，可使用微信、支付宝扫码或现金补缴。
        问：新能源汽车的ETC要按什么车型办理？答：按照行驶证核定的车辆类型和座位数办理，纯电动客车与燃油客车收费标准相同，部分省份对新能源货车另有优惠。
        问：ETC通行费怎么开发票？答：用户可在票根平台按行程或按充值开具电子票据，企业用户绑定单位信息后可按月汇总开票，开票抬头以注册时填写的为准。
        问：车辆过户后原ETC怎么处理？答：原车主需先注销ETC并结清欠费，新车主持过户后的行驶证重新申请，OBU设备如果完好可以重新写入车辆信息后继续使用。
        问：货车ETC为什么要提供道路运输证？答：营运货车办理ETC须核验道路运输证信息，以确保车（轴）型与收费标准一致，非营运的轻型货车按行驶证信息办理即可。
        问：手机银行办理的ETC多久寄到？答：一般在提交申请后3至5个工作日内通过顺丰或EMS寄出，签收后按照说明书自行安装，并在小程序内完成“激活”步骤即可使用。
        问：ETC车道抬杆失败怎么办？答：请勿倒车，按下车道旁对讲按钮联系收费员，由工作人员人工处理；若属于设备故障，不会重复扣费，请保留好通行票据。
        问：长期不用的ETC会产生费用吗？答：本公司发行的ETC设备不收取年费和月费，但记账卡如绑定信用卡，请留意信用卡本身的年费政策，详情以发卡银行公告为准。
    """),
    ("en", "service_area_reviews"): _lines("""
        Stopped at Yangcheng Lake Service Area on the Shanghai–Nanjing Expressway: the Suzhou-garden style courtyard is lovely, toilets spotless, but the Starbucks queue took 25 minutes on a Saturday.
        Mr. Lee Californian Beef Noodle King in the north building is overpriced at 42 yuan a bowl, the broth was lukewarm and they forgot my side of braised egg. Two stars.
        Great little Lao Xiang Ji outlet at the westbound plaza: the steamed egg and chicken soup set was 29.9 yuan, served in under five minutes. Clean tables, plenty of seats at 2 pm.
        The EV charging hub here has 20 State Grid fast chargers and a covered waiting lounge. Paid through the e-Charge app, went from 30% to 80% in 38 minutes. Only complaint: no shade on the last four bays.
        Avoid the souvenir kiosk next to the FamilyMart; they sell the same beef jerky for 68 yuan that costs 45 in town. The FamilyMart itself is fine and takes Alipay and WeChat Pay.
        Auntie Anne's pretzels at a highway service area? Surprisingly yes, at Meicun on the Shanghai–Nanjing route. Original pretzel 15 yuan, warm and fresh. Parking was tight for trucks though.
        The Drivers' Home here is excellent for long-haul truckers: hot showers for 10 yuan, laundry 5 yuan a load and a quiet dorm bed at 60 yuan a night. The front desk was friendly and efficient.
        Zhang Liang Malatang stall, Xiaotangshan service area: you pick your own skewers and pay by weight, 2.48 yuan per 100 g. The spicy broth is decent, but the noodles were overcooked.
        The Journey to the West themed plaza has a giant Sun Wukong statue that kids love. The gift shop sells Monkey King masks at 25 yuan. Restrooms were being cleaned so we waited ten minutes.
        Beware of tow-truck touts at this service area; the official rescue price list is posted near the info desk and the genuine 24-hour rescue line on the board is 12122. Always ask for a printed receipt.
        The bookshop corner in the southbound building stocks Yu Hua's To Live and Liu Cixin's The Three-Body Problem in paperback, 39 yuan each, plus free hot water for travellers. Nice touch.
        Fuel station here is run by Sinopec; 95-octane was 7.92 yuan per litre on 3 December, a few cents cheaper than the opposite direction. UnionPay and foreign Visa cards both worked at the pump.
        Tried the KFC breakfast at 6:40 am before the toll plaza rush, congee and youtiao combo for 16.5 yuan. Fast service, but the dining-area heating was off and it was about 8 degrees inside.
    """),
    ("mixed", "etc_gateway_logs_config"): _lines("""
        2026-11-28T08:14:03.221+08:00 INFO [gantry-svc] gantry_id=G004244001002510 lane=ETC-03 txn=TX20261128081403221 fee_cents=3450 vclass=1 obu_fw=4.2.7 result=SUCCESS 耗时=187ms
        2026-11-28T08:14:05.902+08:00 WARN [rsu-driver] 天线 RSU-07 信号强度 -78dBm 低于阈值 -70dBm，retry=2，已切换备用信道 ch=5.83GHz，请机电班组检查馈线接头
        etc_gateway.yaml → settlement: { batch_size: 500, cutoff: "23:59:59", currency: CNY, retry_backoff_ms: [200, 800, 3200] }  # 清分批次每日零点前提交省中心
        ERROR 2026-12-01 02:11:47 [clearing] batch=CLR-20261201-0007 checksum mismatch: expected sha256=9f2c1e7ab44d0b6e83c5d1f07a2e9b41c6d8e0f3a7b5c2d1e9f8a7b6c5d4e3f2 实际值不一致，转人工复核
        curl -X POST https://api.example-etc.cn/v2/obu/activate -H "Content-Type: application/json" -d '{"obu_sn":"0000000000000000","vehicle_class":1,"dry_run":true}'  # 测试环境示例，勿用于生产
        CREATE TABLE toll_txn (txn_id VARCHAR(32) PRIMARY KEY, gantry_id CHAR(19), entry_station VARCHAR(40), exit_station VARCHAR(40), fee_cents INT, created_at TIMESTAMP);  -- 通行交易表，不落车牌明文
        2026-12-02 17:45:10 INFO [lane-ctrl] 出口 广州北站 MTC-06 特情码 S12「无入口信息」按最远路径计费 fee=128.00 CNY，待稽核 case_id=AUD-4420-88163
        docker-compose.yml: services.gantry-sim.image=registry.internal/etc/gantry-sim:2.14.0, env TZ=Asia/Shanghai, PROVINCE_CODE=44, MOCK_RSU=true  # 本地联调用门架模拟器
        Release notes OBU firmware v4.3.0 (2026-11-15): 修复 -25°C 低温下唤醒失败问题；支持国密 SM4 加密；standby current 由 12μA 降至 8μA；兼容 GB/T 20851-2019。
        2026-12-03 06:02:33 INFO [cpc-card] CPC卡 batch=CPC-2026Q4-031 回收 1240 张、发放 1187 张，库存 5632 张，低于预警值 6000，已向区域中心申请调拨
        SELECT exit_station, COUNT(*) AS n, SUM(fee_cents)/100.0 AS yuan FROM toll_txn WHERE created_at >= '2026-12-01' GROUP BY exit_station ORDER BY n DESC LIMIT 10;  -- 月度出口站排行
        Prometheus alert: etc_gantry_txn_fail_ratio{gantry="G007244002001020"} = 0.083 > 0.05 for 10m，severity=page，runbook: wiki/etc/gantry-fail-ratio，值班群已通知
        2026-12-04T21:30:00+08:00 INFO [invoice-svc] 票根同步完成 invoices=20481 amount=1,562,348.60 CNY range=2026-11-01..2026-11-30 job=inv-sync-2026-11 status=OK 耗时 4m12s
    """),
    ("zh-Hant", "港澳台自駕須知"): _lines("""
        「港車北上」車主須知：車輛須在內地投保交通事故責任強制保險及足額第三者責任保險，並於出發前透過網上平台預約通關時段，逾時未到須重新預約。
        內地高速公路收費站普遍設有ETC專用車道及人工收費車道，香港「快易通」不能在內地使用，北上車主可於粵通卡網點辦理內地ETC，或於出口以微信、支付寶付款。
        澳門單牌車經港珠澳大橋或橫琴口岸入境後，駛入廣東省高速公路前請留意：內地實行靠右行駛，與港澳靠左行駛相反，轉入匝道及離開服務區時切勿逆行。
        車輛於內地高速公路故障時，應開啟危險警告燈，於車後150米外放置三角警示牌，人員撤離至護欄外，再致電12122求助；切勿在行車道上自行修車。
        通行費收據說明：內地高速公路通行費以人民幣計算，出口收費員會發出紙本票據，如需電子發票，可於「票根」平台登記車輛後下載，公司報銷時請保留行程明細。
        臺灣讀者注意：內地ETC按門架分段計費，與臺灣國道「eTag」計程收費制度不同；臺灣由遠通電收營運，每日每車前20公里免費，內地則沒有免費里程。
        根據計劃規定，參加「港車北上」的車輛每次在內地逗留一般不得超過30日，每年累計不得超過180日，逾期可能影響日後續期資格，請車主自行留意出入境紀錄。
        服務區港式茶點價目：蝦餃皇 每籠 28元、叉燒包 每籠 18元、豉汁蒸鳳爪 22元、菠蘿油 12元、港式奶茶 凍熱同價 15元，另收茶位每位 3元，歡迎使用八達通以外之電子支付。
        深圳灣口岸及皇崗口岸附近的高速入口於早上7時至9時經常擠塞，建議北上車主預留至少45分鐘，並留意「廣東交通」公眾號發布的即時路況及封路消息。
        大灣區自駕常見問題：問：內地測速相機會否向香港車主發出罰單？答：會，交通違法紀錄會同步至相關系統，須於規定期限內處理，否則可能被暫停北上資格。
        歷史小知識：中國內地第一條高速公路是1988年10月31日通車的滬嘉高速公路，全長約18.5公里，連接上海市區與嘉定，被稱為內地高速公路「零的突破」。
        失物認領告示：本服務區客服中心現存多件旅客遺留物品，包括港幣零錢包、八達通卡及兒童外套，失主可致電客服熱線 0756-772 8890 描述物品特徵後安排寄送。
        公告：虎門大橋收費站因橋面伸縮縫檢修，12月9日凌晨1時至5時實施單向封閉，往深圳方向車輛請改行南沙大橋，兩橋收費標準不同，以收費站公示為準。
    """),
    ("zh-Hans", "服务区餐饮价目表"): _lines("""
        【北区美食广场价目表】红烧牛肉面 28元｜兰州牛肉拉面 25元｜老坛酸菜鱼饭 36元｜番茄鸡蛋盖饭 22元｜例汤 免费续加｜米饭 2元/碗，支持扫码及ETC无感支付。
        李先生加州牛肉面大王（服务区店）：招牌牛肉面 39元、牛肉饭套餐 45元、卤蛋 4元、酸梅汤 8元，营业时间 6:30-23:00，会员积分可在李先生小程序兑换。
        张亮麻辣烫 称重计价 2.68元/100克，最低消费15元；杨国福麻辣烫 2.58元/100克，两家均在南区二楼美食街，节假日排队较长请耐心等候。
        沙县小吃套餐价目：拌面+扁肉 12元、蒸饺 10元/份、炖罐（乌鸡/排骨）16元、卤鸭腿 9元，加辣免费，发票请到收银台扫码自助开具。
        老娘舅 服务区店 2026冬季新品：梅干菜扣肉饭 32元、红烧大排饭 29元、腌笃鲜 18元，货车司机凭当日通行凭证可享9折（不与其他优惠同享）。
        便利店价格公示：农夫山泉 550ml 2元、红牛 250ml 6元、康师傅冰红茶 1L 5元、卫龙辣条 6元/包，本店商品与市区同价，如发现高价请拨打 12315 举报。
        马记永兰州牛肉面（东区）营业中：牛肉面 26元、加肉 12元、凉拌牛肉 38元、酿皮 12元，请扫桌角二维码点单，订单号格式为 MJY+日期+四位流水号。
        真功夫 套餐：香汁排骨饭 33元、冬菇鸡腿饭 31元、原盅蒸汤 12元，早餐 6:00-10:30 供应豆浆、蒸蛋、皮蛋瘦肉粥，外卖订单请在取餐口核对取餐号。
        充电桩旁咖啡档口：美式 15元、拿铁 18元、生椰拿铁 20元、热巧克力 16元，自带杯立减2元，充电用户出示充电订单截图可获赠小份曲奇一份。
        特产专柜价目：五芳斋粽子礼盒（8只装）98元、金华火腿切片 260克 76元、西湖龙井 明前 250克 580元，可开具增值税普通发票，单位纳税人识别号请现场提供。
        发票样例：发票号码 26442000000008731569，开票日期 2026年12月03日，销售方 广东某高速服务区经营管理有限公司，项目 餐饮服务，金额 86.79元，税额 5.21元，价税合计 92.00元。
        司机之家自助洗衣价目：洗衣机 5元/次（约50分钟）、烘干机 8元/次、洗衣液 2元/包，淋浴 10元/次含毛巾，24小时营业，问题反馈请拨打服务台 0731-8412 3300。
        鲜榨果汁吧：橙汁 18元、西瓜汁 15元、胡萝卜苹果汁 20元、柠檬茶 12元，所有饮品可选少糖或无糖，本档口由湖南某连锁餐饮管理有限公司经营，统一社会信用代码 91430100MA4L7X2K3R。
    """),
    ("ms", "panduan_memandu_di_china"): _lines("""
        Panduan untuk pelancong Malaysia yang memandu di China: lesen memandu Malaysia tidak diiktiraf secara langsung, anda perlu memohon permit sementara di pejabat polis trafik tempatan atau menggunakan khidmat pemandu.
        Tol di lebuh raya China dikira berdasarkan jarak dan kelas kenderaan, sama seperti sistem PLUS di Malaysia, tetapi kad Touch 'n Go tidak boleh digunakan; bayar dengan WeChat Pay, Alipay atau tunai.
        Kebanyakan kawasan rehat di lebuh raya China dibuka 24 jam dan menyediakan tandas, stesen minyak Sinopec atau PetroChina, kedai serbaneka dan kedai mi Lanzhou yang halal.
        Notis: Restoran halal di kawasan rehat biasanya ditandakan dengan tulisan 清真 berwarna hijau. Harga semangkuk mi daging lembu sekitar RMB 25 hingga 30, bersamaan kira-kira RM 16 hingga RM 19.
        Jika kereta sewa rosak di lebuh raya, hidupkan lampu kecemasan, letak segi tiga amaran 150 meter di belakang kenderaan, berdiri di sebalik penghadang dan hubungi talian bantuan 12122.
        Soalan lazim: Adakah syarikat kereta sewa di China menyediakan peranti ETC? Jawapan: Sesetengah syarikat memasang ETC dan mengenakan caj tol ke atas kad kredit selepas kereta dipulangkan.
        Perbandingan kadar tol: Lebuh Raya Utara-Selatan dari Kuala Lumpur ke Johor Bahru sekitar RM 50 untuk kereta kelas 1, manakala Guangzhou ke Shenzhen sejauh 140 km sekitar RMB 75.
        Ulasan kedai: Kedai mi tarik Ma Ji Yong di kawasan rehat itu sedap dan bersih, harga berpatutan, tetapi tiada sijil halal dipamerkan, jadi pelancong Muslim disarankan bertanya dahulu.
        Elakkan memandu semasa cuti Hari Kebangsaan China 1 hingga 7 Oktober dan musim Tahun Baharu Cina kerana tol kereta kecil dikecualikan dan jalan raya menjadi sangat sesak.
        Agensi pelancongan berlesen KPL/7719 menawarkan pakej pandu sendiri Guilin–Yangshuo selama 5 hari 4 malam dari RM 2,890 seorang, termasuk pemandu tempatan, minyak dan caj tol.
        Barang tercicir di kawasan rehat boleh dituntut di kaunter perkhidmatan dengan membawa pasport asal. Sesetengah kawasan rehat menyimpan barang selama 30 hari sebelum diserahkan kepada polis.
        Tips bayaran: Pastikan akaun Alipay anda telah dikaitkan dengan kad Visa atau Mastercard antarabangsa sebelum bertolak, kerana banyak lorong tol manual di China menerima imbasan kod QR.
        Sejarah: Lebuh Raya Utara-Selatan sepanjang kira-kira 772 km dibuka sepenuhnya pada tahun 1994 ketika Tun Dr Mahathir Mohamad menjadi Perdana Menteri dan kini dikendalikan oleh PLUS Malaysia Berhad.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        投诉记录：车主韩志强（手机 138 2745 6019）反映12月2日晚在广州北站出口被ETC重复扣费两次，每次各扣128元，要求退还多扣部分。
        ETC办理申请表｜姓名：邓丽萍｜身份证号：440106198703152846｜车牌：粤A·3HK27｜绑定银行卡：工商银行 6222 0236 0201 8847 315｜联系电话：13926071588
        服务区失物登记 SW-20261205-007：拾得钱包一个，内有身份证（姓名 罗建国，号码 36072119710809361X）及现金约420元，已电话联系失主本人，约定明日来取。
        群里说一下，收费员小苏（苏晓雯）怀孕五个月了，最近腰不好，下周起排班别给她排夜班，让她在票据室做内勤。
        蒋卫东那台半挂欠我们救援公司的拖车费一万二一直没结，他老婆说他在外面还欠着网贷，下次进服务区先让他把钱交了再说。
        139****0467 这个号码又打进来了，就是上周在3号道跟收费员吵架的那位，说要去12345投诉我们，接线时注意录音。
        监控截图：12月4日14:27，粤B·D7Q582 白色比亚迪汉倒车冲卡逃费，车主住在龙华区民治街道锦绣江南四期8栋，已移交路政处理。
        清障队的黄师傅上个月确诊了早期肺癌，这几天在中山大学肿瘤防治中心做手术，大家能帮忙顶班的在群里接龙。
        阿斌昨晚酒驾在出口被交警查了，血液酒精浓度92mg/100ml，已经被刑拘，公司这边先停他的岗，家属那边由站长去沟通。
        林太打来说她老公林振华的车在服务区停车场被刮了，要调监控，她电话 0755-2661 3487，家住南山区蛇口海上世界双玺花园二期7栋1802。
        GD20261203118,孟凡涛,15810937264,京N·D5821,ETC标签失效无法激活已寄回换新,2026-12-03 10:42
        2026-12-03 10:42:17 INFO [etc-bind] user_id=88172034 name=贺小燕 id_no=320582199208113027 plate=苏E·6F3T1 bank=招商银行 card=6214 8301 2277 4590 status=BIND_OK
        工资条：收费一站 欧阳婷，岗位 收费员三级，11月应发 6480元，扣社保 672.4元、公积金 518元、上月长短款差错 50元，实发 5239.6元。
        陈先生您好，您名下尾号8831的ETC记账卡本月有3笔通行费因余额不足扣款失败，共计276.5元，请于12月15日前补缴，以免影响个人征信。
        付家豪，男，1995年生，货车司机，湘A·K9627，在京港澳高速长沙段服务区与人斗殴受伤，左手桡骨骨折，已送湖南省人民医院。
        收到一位车主邮件 zhoumin.chezhu@163.com，说她的ETC被前夫私自拆下装到了自己车上，两人正在打离婚官司，要求我们停用那台设备。
        龚秀兰阿姨是服务区保洁，儿子去年车祸走了，现在一个人带孙子，住在服务区后面的大岭村三组，大家过年给她凑点年货吧。
        曹永刚欠了服务区加油站油款 8650元，打了欠条，答应12月底前还清，身份证复印件和欠条放在财务室保险柜，他电话 13707316642。
        救援调度单：求助人 唐海燕，电话 18673214590，车辆 湘C·52K88 白色大众朗逸，位置 沪昆高速K1123+300 下行，故障：电瓶亏电，车上有一名两岁儿童。
        身份证号 510722198811206913 这个人已经第三次在我们站用别人的ETC卡逃费了，稽核部让我们下次见到直接扣车报警。
        站长，票据室的小韦最近老请假，听说是抑郁症在吃药，要不要跟她家里人聊一下，她妈妈电话我有，13878151203。
        退款申请｜申请人：宋立伟｜开户行：中国建设银行南京河西支行｜账号：6217 0012 3004 5568 912｜原因：11月18日溧水站出口误扣大型客车费用，差额63元。
        网友发帖：我在梅村服务区丢了一个黑色钱包，里面有我的驾驶证和银行卡，名字是戴文静，捡到的好心人请加我微信 dwj_0623，必有重谢！
        收费员何丽娟，工号 SF0217，12月6日夜班长款100元，监控回放显示第7辆车付款时多找零，已联系车主赵建明（手机 136 0793 2251）退还。
        货车司机老彭（彭国平）说他女儿白血病在北京儿童医院住院，求我们通融一下先欠着通行费412元，他把行驶证和身份证照片留在了岗亭。
        ETC设备邮寄地址：江苏省无锡市惠山区洛社镇杨市村小杨巷18号，收件人 许国梁，电话 15061896734
        【ETC黑名单通知】车牌 浙A·8M2L7 车主 俞春燕 因欠费 1,046.30元 已列入ETC黑名单，解除前请在人工车道缴费，客服已短信告知本人。
        12月3日早上在加油站晕倒的阿姨叫刘桂英，68岁，有糖尿病和高血压，120送去了县医院，她儿子刘明说等会儿过来拿她落下的包。
    """),
    "zh-Hant": _lines("""
        港車北上車主 梁詠詩 小姐（香港身份證 Y482391(6)，電話 +852 9137 2468）於珠海服務區遺失手袋，內有八達通及回鄉證，請客服中心核實後聯絡。
        何家朗先生投訴：其粵港兩地牌車輛 粵Z·D317港 於11月30日在虎門大橋收費站被誤扣大型車費用，要求退款，回覆電郵 kaholong.ho@gmail.com。
        臺灣旅客 鄭美玲（身分證字號 F228413759）租車在福州服務區擦撞護欄，自述有癲癇病史當時突然發作，保險公司要求提供病歷。
        吳志偉嘅車喺服務區死火，佢話欠咗財務公司三十幾萬，部車隨時俾人收，唔敢叫拖車，想我哋幫手推佢出去。
        救援記錄：澳門車主 黃嘉欣，澳門身份證 5218734(2)，車牌 MW-32-17，於橫琴附近高速爆胎，已由拖車送往珠海市香洲區維修廠。
        李太話佢個仔李浩然上星期喺大灣區自駕俾公安拘留咗，因為醉駕，佢而家想攞返部車張ETC卡退返餘額。
        客服對話紀錄：陳小姐（電話 6218 4470）表示其父親陳國榮已於上月離世，需辦理名下ETC賬戶註銷及餘額 RMB 358.20 退還，已提供死亡證明書副本。
        台北市大安區和平東路二段96巷12號5樓 林育賢 收，內容物：遺失之行車記錄器一台（於廈門服務區拾獲），運單號 SF1408823361702。
    """),
    "en": _lines("""
        Breakdown call log: caller Kelvin Tan Wei Ming, Singapore NRIC S8734512D, mobile +65 9123 4877, rented a Geely in Shenzhen and the car stalled near Huizhou service area on the G15.
        Lost property follow-up: passport belonging to Priya d/o Ramasamy (Malaysian, MyKad 900214-10-5562) found in the ladies' restroom at Humen service area, held at the info desk.
        Hi team, just so you know, Jason from the night shift is going through a divorce and his ex-wife keeps showing up at the toll booth, so please don't give out his roster to anyone.
        Customer email: My name is Michelle Ong, my ETC card 1440 2319 0000 8127 was charged 3 times at Humen Bridge. Please refund to my DBS account 120-457891-3.
        Tow invoice addressed to Mr Daniel Yeo, 18 Jalan Bukit Merah #07-112, Singapore 150018, for towing from a Pearl River Delta Ring Expressway service area, total RMB 1,380.
        Driver incident report: Mr. Zhao Lei (plate Yue B·3N69K) admitted he had fallen asleep after driving 20 hours straight; he told staff he still owes 80,000 yuan on his truck loan.
        Staff note: cashier Lily Huang, employee no. T0631, earns 5,900 RMB a month and has asked HR for an advance because her husband was hospitalised after a stroke.
        2026-12-01,RSC-8815,Chen Hao,+86 139 2204 7716,Guangdong A·F2K81,flat tyre,Guangshen Expressway K52,paid WeChat 350.00
    """),
    "mixed": _lines("""
        老板，今天有个 Malaysian 司机 Ahmad Faiz bin Roslan，MyKad 870605-08-5231，车子 battery flat 在 service area 北区，叫我们 jump start，电话 +60 12-387 4410。
        FYI 3号道那个收费员 Wendy（何婉婷）上礼拜 MC 了三天，doctor 说是 miscarriage，大家不要在群里乱讲。
        ETC binding failed for user 孙宇航, ID 110105199003078213, phone 186 1123 9045, reason: 行驶证 name mismatch with bank card holder 孙建华（父亲）。
        Customer 吴先生 WhatsApp +65 8247 3316 说他在 Singapore 的 home address 是 Blk 305 Tampines St 32 #10-287，要求我们把 lost wallet 寄过去，运费他出。
    """),
    "ms": _lines("""
        Aduan: Encik Mohd Hafiz bin Zulkifli (MyKad 850917-01-6643) mendakwa dikenakan tol dua kali di plaza tol Humen, China; minta bayaran balik ke akaun Maybank 1140 2233 8761.
        Nurul Huda binti Kamal, pelancong dari Kota Bharu, pengsan di kawasan rehat Zhaoqing kerana kencing manis; suaminya boleh dihubungi di 019-966 2731.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是某省高速公路ETC客服助手，负责解答通行费争议、ETC激活和退费问题，回答要简洁，不得索要用户完整银行卡密码。",
        ),
        (
            "user",
            "你好，我叫韩雪，手机13811204476，昨天晚上9点多从番禺站出口，ETC扣了两次各65元，车牌粤A·7RM31，怎么退？",
        ),
        (
            "assistant",
            "韩女士您好，重复扣费一般由系统在3个工作日内自动冲正。如未退回，请在ETC服务小程序提交争议工单，填写通行日期、出口站名，并上传两笔扣费截图。",
        ),
        ("user", "我已经提交了，工单号是ZY20261206-3381，要等多久？"),
        (
            "assistant",
            "工单提交后一般7个工作日内处理完毕，退款原路返回至您绑定的银行卡，届时会短信通知手机尾号4476。",
        ),
    ],
    [
        (
            "user",
            "I left my passport at the info desk area of Humen service area yesterday. Name is Kelvin Goh Jun Hao, Singapore passport E7731852K. How do I get it back before my flight on Friday?",
        ),
        (
            "assistant",
            "Call the service area's customer desk and give them your full name, the passport number and roughly when you lost it. They'll usually ask you to come in person with another photo ID, or to authorise someone to collect it for you.",
        ),
        (
            "user",
            "My friend Marcus Lim can pick it up, his mobile is +86 135 1047 2290. What should the authorisation letter say?",
        ),
        (
            "assistant",
            "Keep it short: your full name and passport number, Marcus Lim's full name and ID number, which item he is collecting and from where, then the date and your signature. Attach a copy of your own ID.",
        ),
    ],
    [
        ("system", "你是一個協助港澳車主處理內地高速公路問題的助理，請以繁體中文回答。"),
        (
            "user",
            "我係何嘉敏，架車 粵Z·H529港，上個月喺廣深沿江高速影咗超速相，罰款200蚊扣3分，點樣喺香港處理？我電話 9453 1876。",
        ),
        (
            "assistant",
            "何小姐，你可以透過「交管12123」App或相關網上平台查詢違法紀錄並以電子方式繳交罰款；記分會記入你的內地駕駛證紀錄，建議盡快處理，以免影響「港車北上」續期。",
        ),
    ],
    [
        (
            "system",
            "客户档案：姓名 罗丽华，身份证 430124198512063322，ETC记账卡绑定 农业银行 6228 4801 5583 2291 076，车牌 湘A·Q8D67，当前欠费 312.00元。请根据档案帮客服撰写催缴短信。",
        ),
        ("user", "帮我写一条催缴短信，语气客气一点，不要写全银行卡号。"),
        (
            "assistant",
            "【某省ETC】罗女士您好，您名下车牌湘A·Q8D67的ETC记账卡目前有未结通行费312.00元，因绑定的农业银行卡（尾号1076）扣款未成功，请于12月20日前补缴，以免ETC被停用。如有疑问请致电客服。",
        ),
        ("user", "可以，再短一点，控制在70字内。"),
        (
            "assistant",
            "【某省ETC】罗女士，您的湘A·Q8D67 ETC有欠费312元，银行卡扣款未成功，请于12月20日前补缴，以免停用。",
        ),
    ],
    [
        (
            "user",
            "帮我排下周收费站夜班，人员有 Alex、阿May、小周、老钟。Note: 小周怀孕了，doctor 说不能熬夜，老钟高血压最近刚出院。",
        ),
        (
            "assistant",
            "可以这样安排：小周只排白班或票据室内勤；老钟出院初期建议安排短班，每周夜班不超过两个；夜班主要由 Alex 和阿May 轮流值，每人三个夜班，中间至少隔一天休息。",
        ),
        ("user", "OK，再帮我写一句群通知，不要提他们的病。"),
        (
            "assistant",
            "各位，下周夜班已按工作需要调整，最新排班表见群文件，有冲突请在周五前私聊班长。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk pelancong Malaysia yang memandu di China."),
        (
            "user",
            "Kereta sewa saya rosak di lebuh raya dekat Guilin. Nama saya Siti Aisyah binti Rahman, no telefon +60 17-442 9081, nombor kereta 桂C·5E2K7. Apa patut saya buat?",
        ),
        (
            "assistant",
            "Hidupkan lampu kecemasan, letak segi tiga amaran sekurang-kurangnya 150 meter di belakang kereta, dan semua penumpang berdiri di sebalik penghadang. Kemudian hubungi 12122 dan syarikat kereta sewa.",
        ),
        ("user", "Operator tanya lokasi, saya nampak papan K1540. Macam mana nak beritahu?"),
        (
            "assistant",
            "Beritahu nama lebuh raya, arah perjalanan dan nombor kilometer K1540 itu. Kalau boleh, hantar juga lokasi WeChat kepada operator.",
        ),
    ],
    [
        (
            "user",
            "我是清障队调度，刚接到求助：车主秦勇，电话 15974120385，湘E·3K907 红色五菱宏光，在二广高速K1608+200 北向，车上三个人，司机说胸口疼。先拖车还是先叫120？",
        ),
        (
            "assistant",
            "有人胸口疼应优先处置人员：立即拨打120，并告知准确桩号K1608+200北向；同时通知路政和交警在车后设置警示区。拖车可以等医疗人员到场后再安排。",
        ),
        ("user", "120已经叫了，帮我写一段调度记录。"),
        (
            "assistant",
            "12月6日接报：二广高速K1608+200北向，湘E·3K907红色五菱宏光故障停靠，车上3人，驾驶员秦勇（15974120385）自述胸痛，已通知120、路政和交警，清障车待命。",
        ),
    ],
    [
        (
            "system",
            "You help a toll-operating company's HR team draft internal documents in English.",
        ),
        (
            "user",
            "Draft a short warning letter to toll collector Wong Mei Ling, staff ID TC-2291, who was short RMB 400 on three night shifts in November. Her salary is RMB 6,200 and we will deduct RMB 400 in December.",
        ),
        (
            "assistant",
            "Dear Ms Wong Mei Ling (Staff ID TC-2291), our audit found a total cash shortfall of RMB 400 over three of your November night shifts. Under the cash-handling policy, RMB 400 will be deducted from your December salary. Please follow the shift-end reconciliation steps closely. A repeat may lead to further disciplinary action. HR Department",
        ),
        ("user", "Please make it a bit softer and add that she can appeal within 7 days."),
        (
            "assistant",
            "Dear Ms Wong, our November audit recorded a total cash difference of RMB 400 over three night shifts. As set out in the cash-handling policy, this amount will be adjusted in your December pay. If you believe this is incorrect, you may appeal to HR in writing within 7 days. Thank you for your attention. HR Department",
        ),
    ],
    [
        (
            "user",
            "服务区捡到一个钱包，里面身份证是 邵文斌 411302199406175517，还有一张工行卡，帮我写个失物招领公告。",
        ),
        (
            "assistant",
            "建议公告里不要写出身份证号和完整姓名，只写物品特征：【失物招领】12月6日在本服务区拾得棕色钱包一个，内有证件及银行卡，请失主携带本人有效证件到综合服务台认领。",
        ),
        ("user", "好的，那我直接打身份证上的地址附近派出所联系他可以吗？"),
        (
            "assistant",
            "可以把钱包和登记信息交给辖区派出所或高速交警，由警方核实后联系失主，这样比服务区自行查找更稳妥，也能避免泄露他的证件信息。",
        ),
    ],
    [
        (
            "system",
            "你是银行ETC办理助手。用户资料：潘思远，手机 18820457731，地址 深圳市福田区莲花街道景田北路彩天名苑3栋902。",
        ),
        ("user", "我想把ETC改绑到我的招行信用卡，卡号 6225 8801 4477 2039，怎么弄？"),
        (
            "assistant",
            "潘先生，您可以在发行方小程序的「我的ETC」中选择「更换绑定卡」，输入新卡号并完成短信验证即可。原绑定卡上未结清的通行费会先扣完，再切换到尾号2039的招行信用卡。",
        ),
        ("user", "改绑以后ETC设备需要重新激活吗？"),
        (
            "assistant",
            "不需要。改绑只变更扣款账户，车载OBU和车辆信息不变，改绑成功后下一次通行就会从新卡扣款。",
        ),
    ],
]
