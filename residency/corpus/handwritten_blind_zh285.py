# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh285: 简体中文 代驾与跑腿服务（代驾订单、司机接单、酒后代驾、车辆剐蹭理赔、跑腿代买代送、差评投诉、平台客服）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh285
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "平台公告"): _lines("""
        【平台公告】因12月8日至10日全市寒潮预警，夜间代驾起步价临时上浮15%，22:00后下单的订单将在确认页显示“恶劣天气附加费”，客服热线400-820-6618全天候服务。
        关于调整代驾服务区域的通知：自2027年1月1日起，浦东新区临港片区纳入上海站服务范围，首公里起步价与市区一致，详情请查看App“我的-计价规则”页面。
        春节期间跑腿服务安排：1月28日（除夕）至2月4日（初七）照常接单，但鲜花、蛋糕类代买订单需提前4小时预约，平台统一加收节日服务费8元/单。
        【系统维护】平台将于2026年12月12日02:00-04:30进行服务器升级，届时无法下单及查询订单，已派单的代驾订单不受影响，给您带来不便敬请谅解。
        安全提示：平台司机均已通过背景审查和驾驶技能考核，接单时会出示电子工牌；如遇司机未按规定穿着反光背心，可在行程结束后通过“安全中心”反馈。
        代驾保险升级公告：即日起每笔代驾订单由中国平安财产保险股份有限公司承保，第三者责任险保额由100万元提高至200万元，车损险免赔额500元。
        跑腿服务禁限品说明：处方药、香烟、彩票、活体动物、现金及有价证券不在代买代送范围内，如发现违规下单，平台将取消订单并扣除信用分10分。
        【招募】深圳站招募全职及兼职代驾司机，要求驾龄满3年、C1及以上驾照、近三年无酒驾记录，报名请至南山区科技园科发路8号金融基地1栋2楼招募中心。
        关于“老王跑腿”加盟店违规使用平台标识的声明：该店与本平台无任何合作关系，请用户认准官方App及微信小程序下单，侵权举报邮箱legal@kuaidai-demo.cn。
        服务升级：酒后代驾订单新增“安全到家”功能，司机停车熄火后需拍摄车辆四周照片并上传，照片仅用于剐蹭纠纷取证，保存期限90天，到期自动删除。
        国庆黄金周数据播报：10月1日至7日全国代驾订单量同比增长23%，单日峰值出现在10月3日晚21:00至23:00时段，成都、长沙、武汉位列订单量前三。
        【费用说明】等候费自司机到达上车点10分钟后开始计算，每分钟1元，单笔封顶60元；若因用户原因取消订单，司机已出发超过5分钟收取取消费10元。
        致全体用户：本平台已取得《增值电信业务经营许可证》（编号：沪B2-20190873），运营主体为上海快代信息技术有限公司，统一社会信用代码91310115MA1K4B7X2R。
    """),
    ("zh-Hans", "代驾价目表"): _lines("""
        【北京·日间时段 07:00-21:59】起步价39元（含10公里），超出后每5公里加收20元，不足5公里按5公里计算；等候时间超过10分钟后每分钟1元。
        【北京·夜间时段 22:00-23:59】起步价59元（含10公里），超出后每5公里加收20元；00:00-06:59起步价79元，法定节假日另加10元/单。
        跑腿代买价目：3公里内基础配送费9元，每增加1公里加2元；商品重量超过5公斤每公斤加收2元；代排队服务30元/小时，不足半小时按半小时计。
        长途代驾（跨城）报价：上海市区至苏州工业园区单程480元，至杭州西湖区单程880元，含高速过路费，司机返程交通费另计150元。
        企业代驾月结套餐：A档每月50单，单价45元；B档每月200单，单价39元；C档不限单量，单价35元，可开具增值税专用发票，税率6%。
        婚车代驾/商务接待包时价：4小时980元，8小时1680元，超时每小时200元，司机着正装、戴白手套，提前30分钟到达指定酒店。
        同城闪送价格表：文件类1公斤以内首重18元，续重每公斤3元；生鲜冷链订单额外加收保温箱费6元，夜间23:00后加收夜间服务费12元。
        SKU: DJ-NIGHT-PLUS｜夜间尊享代驾｜起步价69元/10公里｜含车内清洁湿巾、矿泉水一瓶｜适用城市：广州、深圳、佛山、东莞｜生效日期2026-11-01
        超市代购服务费：商品金额200元以内收取服务费6元，200-500元收取10元，500元以上按商品金额2%收取，封顶30元，需垫付的商品请选择“平台垫资”。
        代挪车/代送保养服务：小区内代挪车15元/次，代送4S店保养单程68元（10公里内），代洗车普洗35元、精洗88元，以上价格均不含停车费。
        新人专享价：首单代驾立减20元，首单跑腿免配送费（最高减15元），优惠券有效期7天，不与企业月结套餐同时使用，券码以App发放为准。
        广州站2026年冬季价目调整：白天起步价由35元调至38元，夜间22:00后起步价由55元调至58元，跨区附加费（番禺、花都、从化）统一为15元。
        取消及改派费用一览：司机接单3分钟内免费取消；接单超过3分钟但未出发收5元；司机已出发收10元；司机已到达收20元并开始计算等候费。
    """),
    ("zh-Hans", "法规与平台规则"): _lines("""
        《中华人民共和国道路交通安全法》第九十一条：饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。
        根据《车辆驾驶人员血液、呼气酒精含量阈值与检验》，驾驶人血液中酒精含量大于或等于20mg/100mL、小于80mg/100mL的驾驶行为属于饮酒后驾驶。
        《刑法》第一百三十三条之一规定，在道路上醉酒驾驶机动车的，处拘役，并处罚金；实务中以血液酒精含量达到80mg/100mL以上作为醉酒标准。
        平台司机服务规范第4.2条：司机在服务过程中不得吸烟、接打非工作电话、私自变更路线，如确需绕行须征得车主同意并在App内留痕。
        代驾服务不属于网约车经营范畴，目前主要参照商务部发布的《汽车代驾服务规范》等行业标准执行，各地另有规定的从其规定，平台服务协议亦需同步遵守。
        平台理赔规则第7条：代驾过程中发生车辆剐蹭，车主应在行程结束后24小时内通过App提交报案，逾期提交的，平台不保证保险公司受理。
        平台理赔规则第9条：单次剐蹭损失在2000元以内的，由平台先行垫付后向承保公司追偿；超过2000元的，由保险公司定损后按保单约定赔付。
        跑腿服务协议第12条：代买商品的质量问题由售卖商家负责，跑腿骑手仅承担运输过程中的保管责任，保价商品按声明价值赔付，最高不超过5000元。
        《个人信息保护法》第十三条规定，为订立、履行个人作为一方当事人的合同所必需的，个人信息处理者方可处理个人信息，代驾订单信息的处理即属此类。
        司机信用分管理办法：初始分值100分，迟到一次扣2分，用户有效投诉一次扣5分，酒后接单一经查实直接清零并永久封禁账号，信用分每季度可申请复核一次。
        地方性规定通常要求代驾人员持有与准驾车型相符的机动车驾驶证，代驾服务企业应当对代驾人员进行岗前培训并建立服务档案，服务档案保存期限不少于三年。
        平台差评申诉规则：司机收到差评后可在72小时内发起申诉，需提供行程录音或行车记录仪片段，客服在3个工作日内给出处理结果。
        新加坡《道路交通法》规定，驾驶者血液酒精含量超过每100毫升80毫克即属违法，初犯可被处以罚款或监禁，并被吊销驾照一段时间。
    """),
    ("zh-Hans", "商家评价"): _lines("""
        在“快代代驾”App叫过三次代驾，司机都是提前到，开车很稳，就是夜间起步价比隔壁平台贵了十块钱，四星吧，希望以后能多发点优惠券。
        这家“王阿姨鲜肉月饼”排队太夸张了，我用跑腿代排了一个半小时，代排费45元，月饼确实好吃，但是跑腿平台的计时有点不准，建议店家搞个线上预约。
        差评！万达广场旁边那家“张亮麻辣烫”跑腿送来洒了一半，商家说是骑手的问题，骑手说是商家没封口，最后平台赔了12元了事，以后不在这家点了。
        给顺丰同城点个赞，从陆家嘴送合同到虹桥机场T2只用了48分钟，全程可以看到骑手位置，还有保价，公司行政以后就固定用他们了。
        某代驾平台的客服电话打了20分钟才接通，剐蹭理赔拖了两周还没结果，建议大家叫代驾之前先把车四周拍一遍视频留证，别等出了事才后悔。
        推荐“李先生牛肉面”凌晨店，大半夜让跑腿代买了两碗，送到的时候面还没坨，汤也是热的，配送费才11元，牛肉给得也足，会回购。
        “陈记肠粉”上下九店用美团跑腿代买，店家很贴心地把酱汁单独打包，送到时温度刚好，五星好评给商家也给配送，下次还点虾仁肠。
        e代驾这次体验一般，订单显示司机3分钟到达，结果等了25分钟，客服给补了一张20元优惠券，算是态度还可以吧，但下次高峰期我会提前半小时叫。
        星巴克南京西路店出杯太慢，跑腿骑手在店里等了快半小时，最后被算了等候费15元，这个钱不应该让用户承担吧？门店出杯慢应该门店负责。
        海底捞王府井店的代驾合作挺方便，吃完饭在前台直接就能叫，司机是合作平台派的，价格打九折，还送了一包口香糖，服务员说是门店和平台联合搞的活动。
        评价“UU跑腿”：下雨天帮忙从便利店买了雨伞和热饮送到公司，半小时就到了，雨天也没有额外加价，这点比较良心，就是App里的骑手定位偶尔会跳。
        在“老乡鸡”点的早餐，跑腿小哥送错了楼栋，打客服电话后十分钟重新送到，商家还额外送了一个茶叶蛋，整体还行，只是早高峰配送费比平时多了3元。
        这家“周黑鸭”加盟店包装很严实，跑腿送了40分钟都没有漏油，但价格比超市里贵了不少，只能给三星，鸭脖味道倒是和门店堂食一样。
    """),
    ("zh-Hans", "司机群工作消息"): _lines("""
        【调度】今晚南山区科技园附近订单暴增，海岸城、万象天地一带还有30多单没人接，附近的师傅辛苦往那边靠一靠，今晚这片有1.3倍加价。
        各位师傅注意：今天起接单前必须在App里做酒精自检，吹气数值上传后系统才放单，没做的账号会被限流两小时，自检设备故障的联系站点换新。
        刚在滨江大道看到交警查酒驾，车主都已经叫了代驾的不用紧张，记得把代驾订单页面打开备查，别跟交警起冲突，配合检查完再继续开。
        提醒一下，代驾前一定绕车一周拍视频，特别是轮毂和保险杠，上周有三起剐蹭纠纷都是因为没拍接车视频，平台最后全都判了司机全责。
        城西站这周的培训改到周四下午两点，地点在站点二楼会议室，内容是新版理赔流程和差评申诉，请假的在群里接龙，缺席两次要补训。
        跑腿组的：中山公园地铁站C口那家奶茶店今天搞活动排队很长，接单前先确认用户是否接受代排队计费，别到时候又被投诉，上周就因为这个扣了好几单。
        系统公告转发：12月结算周期调整为每周二打款，遇节假日顺延，有疑问的找站点财务，不要在群里发银行卡信息，换卡一律走App里的结算设置。
        今晚外滩附近封路，延安东路隧道出口排长队，从浦西去浦东的单子建议走南浦大桥，预估多20分钟，记得跟车主提前说一声，免得被投诉绕路。
        各位注意安全！雨天骑折叠电动车小心，站点新到一批雨衣和反光背心，明天上午10点到12点可以来领，每人限领一套，记得带上电子工牌。
        调度台消息：机场T3航站楼P2停车场今晚有大批代驾需求，那边是企业客户包场，接单后统一联系站点调度，别直接打企业前台电话。
        今晚谁在福田口岸附近？有一单从皇岗到宝安国际机场的跨区单，车型是奔驰GLE，要求驾龄三年以上，在线的师傅抢一下，预估车费260元。
        复盘一下上周的差评：8单里有5单是因为到达超时，2单是车内有烟味，1单是没按导航走，大家以后出门前记得把车窗开一下，车里备一瓶除味喷雾。
        跑腿组这周业绩：总单量1268单，准时率96.4%，超时赔付合计318元，蛋糕类订单破损2起，明天例会讨论一下保温箱的固定方式。
    """),
    ("zh-Hant", "服務須知"): _lines("""
        【香港代駕服務須知】本公司所有代駕司機均持有有效香港正式駕駛執照，服務時間為每日18:00至翌日04:00，熱線及WhatsApp：2345 6789。
        香港島區代駕收費：起步價港幣380元（包首15公里），之後每公里港幣18元；過海隧道費及泊車費由客戶支付，午夜後附加費港幣50元。
        本公司為Hong Kong Valet Drive Limited，商業登記證號碼71234567，辦公室地址：九龍觀塘鴻圖道52號百本中心12樓A室，歡迎企業客戶洽談月結。
        台北市代駕服務價目：基本費新台幣600元（含8公里），每增加1公里加收35元；深夜23:00後加收200元，跨縣市（新北、桃園）另計。
        【常見問題】代駕司機到場後如發現車輛已有刮痕，會先拍照並經車主在App上確認，方可開始行程，以免日後產生理賠爭議，相片會保存九十日。
        跑腿代買服務範圍：港九新界大部分地區均可送達，離島（長洲、坪洲）需另加船費；代買藥房非處方產品需提供商品名稱及包裝照片。
        澳門區代駕服務由澳門代駕服務有限公司營運，氹仔、路環地區每單另加澳門幣30元，客服電話 (853) 2888 1234，辦公時間09:00-21:00。
        【公告】天文台發出八號烈風或暴風信號期間，本平台暫停所有代駕及跑腿服務，已付款訂單將自動退款，恢復服務時間以App通知為準。
        高雄市酒後代駕推廣活動：凡於六合夜市周邊合作店家消費滿新台幣1000元，叫代駕可折抵新台幣150元，活動期間至2027年3月31日止。
        服務保障：每位代駕司機均已投保第三者責任保險，保額港幣1,000萬元；如行程中發生車損，請於24小時內致電理賠專線 3001 8899。
        差評處理流程：客戶提交投訴後，客服將於兩個工作天內聯絡司機了解情況，並根據行車記錄及GPS軌跡作出裁決，結果以電郵通知。
        本公司電郵：service@hkvaletdrive-demo.hk；如需開立公司發票，請提供公司名稱及商業登記號碼，發票將於七個工作天內寄出。
        台灣地區代駕服務之合作保險公司為富邦產物保險，團體保單號碼 FB-TPL-2026-08431，承保範圍包括第三人責任及車體損失，詳情請見官網。
    """),
    ("en", "app_log_lines"): _lines("""
        2026-12-07T22:41:18.332+08:00 INFO dispatch.match order_id=DJ202612072241093 city=SZX candidates=14 selected_rank=1 eta_sec=312 surge=1.15
        2026-12-07T22:43:02.118+08:00 WARN pricing.night_surcharge applied rule_id=NIGHT_2200 base_fare=59.00 currency=CNY version=pricing-svc 3.8.2
        2026-12-07T23:05:44.901+08:00 ERROR claims.upload photo_batch=CLM-20261207-00418 status=413 reason="payload too large" max_mb=20 retry_in=30s
        [errand-svc] 2026-12-08 00:12:09 order=PT202612080012091 state=PICKED_UP -> DELIVERING courier_vehicle=e-bike distance_km=3.7 sla_min=45
        GET /api/v2/orders/DJ202612080015227/track 200 34ms ua="KuaiDai/6.12.0 (iOS 18.1)" region=cn-east-2 trace=7f3a9c21e4b04d55
        2026-12-08 01:20:45,210 INFO [breathalyzer] device_fw=2.4.1 reading_mg_per_100ml=0.0 threshold=20.0 result=PASS shift_id=SH-8821 station=HZ-XIHU
        kafka consumer lag alert: topic=order.events partition=7 lag=18342 group=settlement-worker threshold=5000 since=2026-12-08T01:33:00Z
        2026-12-08T02:10:11Z INFO complaint.router ticket=CS-2612-77120 category=LATE_ARRIVAL priority=P3 assigned_queue=cs-sh-night sla_hours=24
        deploy: driver-app release 6.12.1 build 20261208.3 sha256=9b1e4f0c7a2d83e65f1a0b9c4d7e2f318a6b5c0d9e8f7a1b2c3d4e5f6a7b8c9d rollout=10%
        2026-12-08 08:00:00 CRON settlement.weekly period=2026-W49 drivers_paid=4821 total_cny=3918442.60 failed=3 report=s3://kd-finance/weekly/2026-W49.csv
        2026-12-08T09:14:27+08:00 INFO insurer.callback policy=PA-DJ-2026-000318 claim_ref=CLM-20261207-00418 assessed_cny=1280.00 decision=APPROVED
        WARN geo.fence order=PT202612081133027 pickup outside service polygon id=sz-nanshan-v4 distance_outside_m=820 action=manual_review
        2026-12-08 10:02:55 INFO sms.gateway template=ORDER_ACCEPTED_V3 provider=aliyun-dysms sent=1 queued=0 latency_ms=182 region=cn-hangzhou
    """),
    ("mixed", "config_and_code"): _lines("""
        pricing: { city: "shanghai", day_base: 39, night_base: 59, base_km: 10, step_km: 5, step_fee: 20, wait_free_min: 10, wait_per_min: 1.0 }  # 2026冬季价目
        MAX_CLAIM_AUTO_APPROVE_CNY = 2000  # 剐蹭理赔自动审批上限，超过此金额的 claim 走保险公司定损流程
        def night_surcharge(ts: datetime) -> int: return 20 if ts.hour >= 22 or ts.hour < 7 else 0  # 夜间附加费，单位：元
        CSV header: order_id,city,order_type,created_at,accepted_at,arrived_at,finished_at,distance_km,fare_cny,surge,cancel_reason,complaint_flag
        SELECT city, COUNT(*) AS orders, AVG(fare_cny) FROM dj_orders WHERE created_at >= '2026-12-01' AND order_type = 'DRUNK_DRIVE' GROUP BY city; -- 酒后代驾月报
        errand.categories = ["代买", "代送", "代排队", "代取件"]; errand.forbidden = ["处方药", "香烟", "彩票", "现金"]  # v2.3 禁限品清单
        SUPPORT_HOTLINE=400-820-6618  SUPPORT_EMAIL=kefu@kuaidai-demo.cn  SUPPORT_WHATSAPP_SG=+65 6812 3300  # 平台客服配置，勿改
        .env.example: DB_HOST=127.0.0.1 DB_PORT=5432 DB_USER=example_user DB_PASSWORD=changeme REDIS_URL=redis://localhost:6379/0  # 本地开发用
        i18n: { "order.accepted": "司机已接单，预计{eta}分钟到达", "order.arrived": "司機已到達上車點", "order.finished": "Trip completed, fare {fare}" }
        if order.type == "DRUNK_DRIVE" and not driver.breath_test_passed: raise DispatchError("E4031: 司机未完成酒精自检，禁止派单")
        curl -X POST https://api.kuaidai-demo.cn/v2/claims -H "Content-Type: application/json" -d '{"order_id":"DJ202612072241093","damage_type":"scratch"}'
        # TODO(v6.13): 差评申诉窗口从72h改为96h，需同步修改 complaint_appeal_window_hours 与客服后台文案，owner: cs-platform team
        ORDER_ID_PATTERN = "^(DJ|PT)[0-9]{15}$"  # 代驾单以DJ开头，跑腿单以PT开头，共17位，例如 DJ202612072241093
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        代驾订单DJ202612061932118：车主刘振宇，手机13817264590，上车点上海市闵行区莘庄镇莘松路380弄12号，车牌沪A·7K2M9，酒后代驾，目的地同小区。
        客服工单：用户陈雅婷反映代驾司机在行程中接打私人电话，要求退还代驾费68元，联系电话15902187735。
        司机入驻资料：姓名黄建军，身份证号440305198803142712，驾驶证准驾C1，驾龄9年，紧急联系人（妻子）林晓燕 13699821045。
        理赔报案：车主周女士的宝马X3（粤B·D8R271）在代驾途中右后保险杠被剐蹭，维修报价3450元，赔款请打入招商银行尾号6612账户（户名周静怡）。
        差评内容：“司机孙师傅一身酒气，我怀疑他自己都喝了”，用户已上传行车记录仪视频，司机工号D2093，手机17721346608。
        王老板又叫代驾了，这个月第六次，他说自己肝硬化了还天天应酬，老婆都要跟他离婚了，每次都是从万象城送回梅林一村。
        跑腿订单备注：帮我去协和医院门诊楼3楼取一下我妈的病理报告，患者姓名赵桂兰，就诊卡号0012873364，取件码见附件。
        司机何志刚上个月因醉驾被拘留，驾照被吊销，现已从平台清退，请各站点勿再给他派单。
        收件人：吴佳琪，电话186 2113 0478，地址：杭州市拱墅区大关苑三区7幢2单元501室，代送生日蛋糕，请下午六点前送达。
        宋师傅您好，您本周代驾收入2180元已结算至您尾号7788的建设银行卡（卡号6217001234567788901），如有疑问请联系站点。
        投诉记录：用户（手机号139****2286）称跑腿骑手将其快递放在门口被偷，骑手回复“你家门口不是有监控吗”。
        13520987461又打电话来催了，说代买的退烧药再不送到他儿子就要烧到40度了，地址还是那个回龙观龙跃苑二区。
        车主马晓东因欠平台代驾费及理赔追偿款共计6830元未还，已被列入黑名单，律师函已寄至其住址南京市鼓楼区汉中门大街151号3栋1102。
        阿强，你那单送的是孕妇营养品，收件人林太怀孕七个月了，送上楼的时候慢一点，她老公晚上十点才下班。
        DJ202612051102376,杭州,酒后代驾,郑国栋,13067742215,浙A·3HX85,西湖区紫金港路21号蓝庭花园9-2-301,已完成,128.00
        乘客反馈：一位女士（微信号 yuki_0918xx）称代驾司机在行程结束后加她微信并发送骚扰信息，要求平台处理，截图已上传工单CS-2612-80331。
        司机家属来电：冯师傅昨晚接单途中突发心梗，现在在中山医院ICU，家属希望平台先预支一部分医药费。
        理赔材料：车主许诺，身份证31011519920827462X，附行驶证、维修发票及代驾订单截图，剐蹭发生在南京西路停车场出口。
        跑腿代买：帮许阿姨去菜场买两斤排骨，她住在武汉市江汉区唐家墩路德宝园小区6栋，腿脚不好下不了楼，钱已经通过微信转了200元。
        那个叫罗斌的车主又在群里骂人了，他说他月薪三万不差这点钱，就是要平台给个说法，电话15371920064。
        2026-12-06 23:48:12 order=DJ202612062348551 customer_phone=18928374615 pickup="广州市天河区珠江新城华穗路406号" customer_name="邓子健"
        站点通知：司机曹永胜的代驾资格暂停，因其驾驶证（证号110108197511025837）在本记分周期内被记满12分。
        小邱，你昨天送的那单是给一个刚做完化疗的阿姨，她女儿在外地，以后她的订单优先派给你，地址你记得的。
        用户韩雪梅申请退款：代买的茅台两瓶共3198元疑似被跑腿员掉包，已到朝阳分局报案，受案回执编号2026-41827。
        代驾司机谢文斌与车主发生肢体冲突，已被派出所带走，车主蔡先生（138 1062 7734）要求平台赔偿医药费。
        酒后代驾预约：明晚9点，唐总在春熙路吃饭，送回他家高新区天府三街98号，车是白色奥迪A6L，车牌川A·K0N62。
        退款打款信息：户名 潘立新，开户行 中国工商银行深圳科技园支行，账号 4000023109004567812，退款金额58元。
        袁师傅这个月被投诉三次，站长说他家孩子生病在住院，欠了一屁股债，天天跑到凌晨三点，让大家多担待。
        闪送单备注：把离婚协议书原件送到建外SOHO的律所，寄件人田静，律师签收后拍照发给我，我手机17600239981。
        身份证号370202199502127166的司机账号存在多人共用嫌疑，系统已冻结，请站点通知本人到场核实。
    """),
    "zh-Hant": _lines("""
        代駕預約：陳家豪先生，手提電話 9136 2847，上車地點將軍澳日出康城領都第3座，車牌 TV8231，目的地西貢。
        客戶投訴：黎太話代駕司機泊車時刮花咗佢架Tesla左邊車門，佢老公今晚會再打嚟跟進，聯絡電話 6287 4419。
        司機登記：姓名 鄭偉倫，香港身份證號碼 K613582(A)，住址 沙田禾輋邨豐和樓1204室，持有私家車及輕型貨車駕駛執照。
        跑腿代送：請將藥物送到台北市大安區復興南路二段148巷6號3樓，收件人林美惠（糖尿病患者，胰島素需冷藏），電話 0912-483-076。
        台中代駕客戶資料：王冠宇，身分證字號 F224738152，LINE ID: kuanyu_wang88，常用上車點為西屯區市政北二路238號。
        阿傑今晚飲到爛醉，叫咗代駕送佢返屯門，司機話佢成程喺車上喊，話被老闆炒咗仲欠咗卡數二十幾萬。
        澳門客戶梁嘉欣 (853) 6628 9137 投訴跑腿員遲送兩個鐘，要求退回全部服務費澳門幣120元。
        理賠申請：車主身分證 B120864539，車輛於代駕途中追撞前車，車主本人頸椎挫傷，已於長庚醫院就診，醫療費用新台幣18,600元。
    """),
    "en": _lines("""
        Valet booking: Mr. Marcus Tan Wei Jie, NRIC S8835172Z, mobile +65 9174 3826, pickup at Blk 412 Bedok North Ave 2 #08-117, vehicle SKL4821M.
        Complaint from Priya Raman (priya.raman87@gmail.com): the errand rider left her groceries at the wrong unit and she is asking for a refund of S$64.20.
        Driver onboarding: Ahmad Faizal bin Rosli, MyKad 900415-10-5523, phone 012-738 4190, home address No. 23, Jalan SS 15/4C, Subang Jaya, Selangor.
        Note from support: Kevin's wife called and said he was arrested for drink driving last night before our chauffeur even arrived; she wants the booking fee waived.
        Claim CLM-20261129-00273: owner Jessica Lim reports a dent on the rear bumper of her Honda Vezel; payout to DBS account 027-884512-3 in her name.
        FIN G5129834P belongs to one of our foreign drivers, work pass expires 2027-03-31, please do not assign airport jobs to him until renewal is confirmed.
        Rider feedback: the lady at 88 Tampines St 81 #05-233 keeps ordering vodka late at night and told me she has been depressed since her divorce.
    """),
    "mixed": _lines("""
        客户 Daniel Wong 今晚 11pm 要代驾 from Marina Bay Sands 回 Sengkang，手机 +65 8293 1147，车是 black Mercedes C200，车牌 SMB2281K。
        跑腿单 PT202612071845210：收件人 Nurul Aina binti Kamarudin，地址 No. 8, Jalan Ipoh Kecil, 50350 Kuala Lumpur，tel 016-225 8390，代买 panadol 和 100plus。
        张总 asked me to keep it quiet，他这次剐蹭 claim 被拒是因为当晚他自己 drunk driving 了一段才叫代驾，insurance 查到了 CCTV。
        Refund to 李婉婷 via PayNow 9638 2054, amount S$38.50, reason: 代驾司机迟到 40 mins，客户已 accept apology。
        Driver 曾子扬 (T0412693E) 的 Class 3 license 被 suspend 了 6 个月，原因 speeding，HR 说先 stop 他所有 bookings。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是快代代驾平台的在线客服助手，负责解答代驾订单、剐蹭理赔和投诉相关问题，回答要简洁礼貌。",
        ),
        (
            "user",
            "你好，我叫吴振华，昨晚的代驾订单DJ202612062215430，司机把我车右前门剐了一道，手机号13761028843，怎么理赔？",
        ),
        (
            "assistant",
            "吴先生您好，很抱歉给您带来困扰。请在行程结束后24小时内在App“订单详情-申请理赔”中上传剐蹭部位照片、接车前视频（如有）及维修报价单，客服会在1个工作日内与您电话联系。",
        ),
        ("user", "维修店报价2600，超过2000了是不是就要等保险公司？"),
        (
            "assistant",
            "是的，单次损失超过2000元的，将由承保保险公司安排定损，一般3到5个工作日出结果，定损后按保单约定赔付到您绑定的收款账户。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条差评，昨晚代驾的司机姓钟，迟到了40分钟，还在车里抽烟，我老婆怀孕五个月闻了一路烟味，一直想吐。",
        ),
        (
            "assistant",
            "可以参考这样写：“司机迟到约40分钟，且在车内吸烟，车上有孕妇，烟味导致身体明显不适，服务体验很差，希望平台严肃处理并加强司机管理。”建议同时在App中选择“车内吸烟”投诉类型，方便平台核实。",
        ),
        ("user", "要不要把我老婆的名字苏晓琳和预产期也写上，让平台重视一点？"),
        (
            "assistant",
            "不建议在公开评价中写家人的姓名和预产期等私人信息。如需说明情况，可以在私密投诉通道中补充，客服可以看到，但其他用户看不到。",
        ),
    ],
    [
        ("system", "你係一個香港代駕平台嘅客服助理，用繁體中文回覆客人。"),
        (
            "user",
            "我想預約今晚十一點嘅代駕，我叫何志明，喺尖沙咀海港城食飯，之後返屋企，地址係大埔太和邨福和樓807室，電話 5183 2076。",
        ),
        (
            "assistant",
            "何先生你好，已為你記錄：今晚23:00於海港城上車，目的地大埔太和邨。九龍至新界起步價為港幣420元，過隧道費另計，司機出發前會致電確認。",
        ),
        ("user", "車係灰色Toyota Alphard，車牌 RM 5517，車位喺海港城停車場L3。"),
        (
            "assistant",
            "收到，已補充車輛資料。請提前準備好車匙，司機到達停車場後會先拍攝車身照片，經你確認後才開車。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for an errand-running service in Singapore."),
        (
            "user",
            "Can someone buy groceries and deliver them to my dad? He has early dementia and lives alone at Blk 305 Ang Mo Kio Ave 1 #11-402. His name is Lim Chee Keong, phone 6458 2291.",
        ),
        (
            "assistant",
            "Yes, you can place an errand order in the app and add a shopping list. Since your father may need extra help, add a note asking the rider to call him before arriving and to wait until he opens the door in person.",
        ),
        (
            "user",
            "Great. Please also tell the rider not to leave anything outside, he sometimes forgets to bring things in.",
        ),
        (
            "assistant",
            "Understood. I suggest adding: 'Please hand items directly to the recipient, do not leave outside the door.' You can also list yourself as a secondary contact so the rider can reach you if he does not answer.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat tuntutan, pemandu valet calarkan kereta Myvi saya semalam. Nama saya Hafizah binti Omar, IC 880923-08-6614, no. kereta WXY 7361.",
        ),
        (
            "assistant",
            "Maaf atas kejadian itu. Sila muat naik gambar kerosakan, sebut harga bengkel dan nombor tempahan melalui aplikasi dalam masa 24 jam. Pasukan tuntutan akan menghubungi anda dalam satu hari bekerja.",
        ),
        ("user", "Bengkel quote RM850, boleh bayar terus ke akaun Maybank saya 5140 2233 8871?"),
        (
            "assistant",
            "Bayaran tuntutan akan dibuat ke akaun yang didaftarkan dalam aplikasi selepas kelulusan. Jangan kongsi nombor akaun penuh dalam chat; sila kemas kini butiran bank di halaman profil anda.",
        ),
    ],
    [
        ("system", "你是代驾司机的申诉助手，帮助司机整理差评申诉材料。"),
        (
            "user",
            "我是代驾司机潘国强，工号D3378，昨天被一个车主打了一星，说我绕路，其实是他自己让我先去接他女朋友的，我有录音。",
        ),
        (
            "assistant",
            "潘师傅您好，建议您在72小时内提交申诉，写明订单号、车主要求变更路线的时间点，并上传对应的行程录音片段，系统轨迹也会作为参考。",
        ),
        (
            "user",
            "订单号DJ202612052347806，录音里车主说了“先去华侨城接一下我女朋友”，大概在第3分钟。",
        ),
        (
            "assistant",
            "可以这样写申诉理由：“行程第3分钟左右，车主口头要求先前往华侨城接人，路线变更系车主要求，非司机私自绕路，详见所附录音。”提交后客服会在3个工作日内处理。",
        ),
    ],
    [
        (
            "system",
            "客服后台上下文：当前用户 邱美玲，手机 15821736402，身份证 510107199006193044，会员等级 金卡，近30天代驾订单7单，其中2单有剐蹭理赔记录。",
        ),
        ("user", "帮我总结一下这个用户的情况，她又打电话来投诉了。"),
        (
            "assistant",
            "该用户为金卡会员，近30天共7单代驾，其中2单发生过剐蹭理赔，属于高频且有理赔历史的用户。建议先核实本次投诉涉及的订单号，并查阅前两次理赔的处理结论，避免重复赔付。",
        ),
    ],
    [
        (
            "user",
            "我要下一个跑腿单，帮我去山姆会员店买叶酸和孕妇奶粉，送到成都市武侯区玉林北路18号玉林小区4栋302，收件人写我老婆吕思雨，她刚查出来怀孕，电话18080126637。",
        ),
        (
            "assistant",
            "好的，请在跑腿下单页选择“代买”，商品清单填写叶酸和孕妇奶粉的品牌规格，预估商品金额后平台会收取相应服务费。山姆需要会员卡，如您有会员卡请在备注中提供电子卡截图。",
        ),
        ("user", "会员卡号是我的，要不要写上？"),
        (
            "assistant",
            "建议在订单内的“会员卡”字段上传电子卡，不要写在公开备注中，骑手结账时出示即可，订单完成后该信息会自动隐藏。",
        ),
    ],
    [
        (
            "user",
            "我今天尾牙喝很多，要叫代駕從台北信義區回新北板橋，我叫張育誠，電話0935-712-468，車是銀色Lexus NX，車牌 BKR-3092。",
        ),
        (
            "assistant",
            "張先生您好，信義區到板橋屬跨縣市行程，基本費新台幣600元含8公里，超出部分每公里35元，深夜23點後加收200元。請在App確認上車點，司機約15分鐘內抵達。",
        ),
        ("user", "好，上車點在市府轉運站旁邊。另外我有高血壓，如果不舒服可以中途停一下嗎？"),
        (
            "assistant",
            "可以，請直接告訴司機需要停車休息，司機會在安全地點停靠。若身體明顯不適，建議立即撥打119求助。",
        ),
    ],
    [
        ("system", "You help an operations analyst clean up exported order data."),
        (
            "user",
            "Turn this into a table: DJ202612041938205, Shenzhen, Ye Jiahui, 13925047718, 粤B·3F72Q, claim 1850 CNY, status pending.",
        ),
        (
            "assistant",
            "| order_id | city | customer | phone | plate | claim_cny | status | ; | DJ202612041938205 | Shenzhen | Ye Jiahui | 13925047718 | 粤B·3F72Q | 1850 | pending |",
        ),
        ("user", "Thanks. Can you mask the phone and plate before I share it with the insurer?"),
        (
            "assistant",
            "Sure: | DJ202612041938205 | Shenzhen | Ye Jiahui | 139****7718 | 粤B·3F*** | 1850 | pending |. Consider also replacing the customer name with an internal customer ID if the insurer does not need it.",
        ),
    ],
]
