# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh217: shared bikes, e-bikes and battery-swap stations (deposits, parking fines, swaps, accidents, repairs, e-bike plates). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh217
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "app_push_and_rules"): _lines("""
        【青桔单车】您的押金 ¥199 已原路退回，预计 1-7 个工作日到账，退款单号 RF20261103884127。
        温馨提示：还车请停入APP内蓝色P点区域，停放在禁停区将收取调度费 20 元/次，首次违停可申诉一次。
        骑行卡规则：30 天畅骑卡 ¥25，单次骑行 2 小时内免费，超时按 1 元/15 分钟计费。
        系统将于 2026-11-28 02:00-04:00 进行升级，期间无法开锁及退押金，请提前结束行程。
        信用分低于 550 分的账户需缴纳押金 299 元方可用车，信用分恢复后押金自动退还。
        电单车头盔需扣好卡扣后方可开锁，未佩戴头盔骑行被交警查处的，平台不承担罚款。
        【换电提醒】附近 500 米内有 3 个可用换电柜，满电电池 12 块，点击导航前往。
        押金退款失败常见原因：1. 账户存在未支付订单；2. 原支付渠道已注销；3. 退款审核中（一般不超过 72 小时）。
        春节期间（除夕至初六）维修网点暂停营业，故障车辆请拍照上报，工单处理时效顺延。
        您好，本次行程 2.3 公里，用时 14 分钟，实付 ¥1.50（已抵扣优惠券 ¥1.00），订单号 BK2611080932571146。
        新规公告：自 2026 年 12 月 1 日起，市中心运营区外还车加收 5 元调度费，详见《用户服务协议》第 7.3 条。
        免押金骑行由信用服务商提供支持，信用分 650 以上可享免押，解约后 24 小时内生效。
        客服热线 400-818-3260（每日 8:00-22:00），也可在「我的-客服中心」提交在线工单。
    """),
    ("en", "swap_cabinet_logs"): _lines("""
        2026-11-14T07:42:18+08:00 CAB-SZ-NS-0417 slot=05 OUT bat=BT48V20A-7F3A91C2 soc=98% temp=27.4C
        2026-11-14T07:42:31+08:00 CAB-SZ-NS-0417 slot=09 IN bat=BT48V20A-2C81D0E6 soc=11% cycles=612 health=84%
        [WARN] cabinet CAB-HZ-XH-0093 slot 03 door sensor timeout after 8000 ms, retry 2/3
        [ERROR] BMS comm fail bat=BT60V24A-99E0A14B code=E217 overtemp 61.2C, slot locked, ops ticket OPS-553810 auto-created
        Daily summary CAB-SH-PD-1188: swaps=347, avg_wait=41s, peak_hour=18:00-19:00, faulty_slots=1
        firmware rollout cabinet-fw v3.8.2-rc1 -> 212/240 cabinets updated, 28 pending (offline)
        grid meter reading CAB-GZ-TH-0520 2026-11-30 23:59 total_kwh=18342.7 tariff=peak/valley
        swap_id=SW-20261115-000918273 rider=ANON cab=CAB-CD-WH-0061 duration=23s result=OK
        alarm cleared: smoke detector CAB-NJ-GL-0207 self-test passed 2026-11-16 03:00:02
        battery SN BT48V20A-5D2E7B10 retired: cycles=1500, capacity 71%, sent to recycler WH-DG-02
        heartbeat lost CAB-WH-HS-0330 since 2026-11-17 14:22 (4G signal -113 dBm), on-site check requested
        slot utilization week 46: Shenzhen 78.2%, Hangzhou 71.5%, Shanghai 69.9%, Chengdu 64.0%
        charger module CHG-2KW-A3 replaced at CAB-XM-SM-0044, part no. PM-2000-48V, warranty 24 months
    """),
    ("zh-Hans", "cs_templates"): _lines("""
        您好{用户称呼}，您反馈的车辆编号 {bike_id} 无法关锁问题已受理，工单号 {ticket_no}，我们将在 24 小时内回复。
        【模板-押金退款】尊敬的用户，您的押金 {amount} 元已于 {date} 发起退款，请留意 {pay_channel} 到账通知。
        话术：用户投诉被误收调度费时，先核对还车定位截图，确认在P点内的，直接退还调度费并补发 2 元骑行券。
        骑行事故处理流程：①确认用户是否受伤，必要时建议拨打 120；②收集现场照片与车辆编号；③告知保险报案渠道 95500。
        请勿在对话中向用户索要完整身份证号码，如需实名核验请引导其在 APP 内「实名认证」页面完成。
        快捷回复 #07：抱歉给您带来不便，换电柜 {cabinet_id} 当前处于维护状态，最近可用站点为 {station_name}，距离约 {distance} 米。
        催缴话术：您的账户存在未支付订单 ¥{amount}，逾期 30 天将影响信用分，请尽快在「我的钱包」完成支付。
        如用户询问电动车上牌，请告知：需携带购车发票、合格证、身份证原件至就近上牌点，具体以当地交管部门要求为准。
        升级标准：同一用户 7 天内投诉 ≥3 次，或涉及人身伤害、媒体曝光风险的，转交值班主管处理。
        质检扣分项：未核实车辆编号即承诺退款（-5）；未使用标准结束语（-2）；泄露其他用户信息（一票否决）。
        模板：【XX出行】尊敬的{姓名}，您预约的{网点名称}维修服务已确认，时间 {预约时间}，请携带车辆及购车凭证到店。
        例句：客户 A 反映电池续航不足，客户 B 反映换电后仪表盘显示异常，均按「电池类-二级」分类。
        请将工单状态更新为「已解决-待回访」，回访周期 48 小时，回访未接通两次视为已解决。
    """),
    ("zh-Hans", "government_notices"): _lines("""
        市公安局交通警察支队通告：自 2026 年 1 月 1 日起，未悬挂号牌的电动自行车不得上道路行驶，违者处 50 元罚款。
        截至 10 月底，全市累计登记电动自行车 412.6 万辆，其中新国标车辆占比 87.3%，过渡期号牌到期 23.1 万辆。
        本周共查处电动自行车闯红灯 3,842 起、逆行 2,117 起、未戴头盔 6,905 起，事故同比下降 11.4%。
        电动自行车登记所需材料：1. 车辆合格证；2. 购车发票；3. 车主有效身份证明；4. 3C 认证标识。
        城管部门提醒：共享单车企业在我区投放总量控制在 4.5 万辆以内，超量车辆将依法清理。
        关于规范互联网租赁自行车停放的通知（X城管〔2026〕47 号）全文已于官网公开，征求意见截止 12 月 20 日。
        全市已建成电动自行车集中充电换电设施 1,286 处，覆盖老旧小区 932 个，年内计划新增 300 处。
        消防提示：严禁将电动自行车电池带入电梯或在楼道、安全出口充电，违者由公安派出所责令改正并可处罚款。
        上牌服务点地址：XX区人民路 188 号车管分所一楼大厅，办公时间周一至周六 9:00-17:00，咨询电话 12345。
        2025 年度全市涉及电动自行车的道路交通事故中，驾驶人未戴头盔的死亡占比达 76%。
        以旧换新补贴：交售超标电动自行车并购买新国标车，可获 500 元补贴，活动截至 2026 年 12 月 31 日。
        中山北路、解放大道、学院路为共享单车禁停示范路段，违停车辆将由运营企业在 30 分钟内清运。
        骑行事故统计（匿名）：男性骑手 61 例，女性 27 例，平均年龄 34 岁，外卖配送相关 39 例。
    """),
    ("zh-Hant", "forum_posts"): _lines("""
        請問 YouBike 2.0 綁定悠遊卡後，騎超過 30 分鐘是怎麼計費的？前 30 分鐘不是 5 元嗎？
        Gogoro 換電站顯示「電池準備中」要等多久？通勤尖峰時段常常整排都是紅燈。
        分享：從台北車站騎 YouBike 到淡水大約 1 小時 40 分，沿河濱自行車道很好騎。
        香港有冇共享單車仲營運緊？記得以前有間單車公司倒閉之後按金退唔返。
        電動機車換電月租 499 方案 vs 899 方案，每月騎 400 公里哪個划算？有人算過嗎？
        中正紀念堂站附近的 YouBike 站常常沒車，建議改去中山南路那一側的站點。
        新北市公告：2026 年起微型電動二輪車須領牌並投保強制險，未領牌最高罰 3,600 元。
        有人知道機車行換 Gogoro 剎車皮大概多少錢嗎？板橋某保修站報價 1,200，感覺偏貴。
        【教學】YouBike App 不用交押金，但要先綁定電子票證或信用卡，流程：註冊→手機驗證→綁卡。
        國父紀念館那邊的租借站下禮拜要施工，公告說暫停到 12/15。
        換電站的電池是 Gogoro Network 的，不是車主自己的，所以電池健康度不用自己擔心。
        請問香港電動單車現在是不是還不能上路？運輸署說仍在研究規管框架。
        轉貼新聞：2025 年 YouBike 總騎乘次數突破 1.5 億人次，平均每趟 12 分鐘。
    """),
    ("en", "repair_tickets"): _lines("""
        OPS-771204 | bike ID 8620193547 | lock won't close, latch spring broken | parts: LCK-SPR-02 x1 | closed 2026-11-09 16:20
        Repair depot Bao'an #3: 42 bikes intake today, 31 fixed, 11 scrapped (frame cracks), backlog 96.
        SKU EB-CTRL-48V-V2 controller out of stock at Hangzhou Xihu service point, ETA 2026-11-21.
        Ticket RT-20261112-0457 escalated to the duty manager: cabinet door stuck with battery inside, user refunded swap fee.
        Work order WO-58213: replace rear tyre 16x2.5 and brake cable, labour 0.5h, parts RMB 68.
        Weekly QA: 3 riders reported minor injuries from saddle-clamp failures; batch SC-2309 recalled across 7 cities.
        Field tech shift note: route A cleared 64 illegally parked bikes near Metro Line 2 exits, 5 vandalised QR codes replaced.
        Warranty claim WC-33018 rejected: water ingress caused by non-approved aftermarket charger.
        Scrap manifest SM-2611-09: 120 frames, 86 wheels, 240 kg mixed aluminium, recycler licence 4403-RC-2019-0087.
        Helmet dispenser HD-0044 firmware 1.4.7 fixes false "helmet not returned" alerts.
        Service point hours changed: Nanshan Keyuan Rd outlet now 09:30-20:30 Mon-Sun; shop line 0755-8600 3121.
        Incident IR-0912: rider fell at Shennan Blvd crossing, ambulance not required, bike 8620774102 retired for inspection.
        Parts invoice INV-2026-11-3308 from supplier Tianjin Huaxin Cycle Co., 500 x brake levers, unit price RMB 7.80, tax 13%.
    """),
    ("mixed", "config_and_code"): _lines("""
        refund_policy: {max_days: 7, channels: [wechat_pay, alipay, unionpay], auto_approve_below: 299}
        SELECT city, COUNT(*) AS swaps FROM swap_events WHERE ts >= '2026-11-01' GROUP BY city ORDER BY swaps DESC;
        POST /api/v2/deposit/refund {"order_id": "DP202611070041", "reason_code": "USER_REQUEST"} -> 202 Accepted
        PARKING_FENCE_RADIUS_M=15  # 电子围栏半径，P点外还车判定阈值
        def fine_amount(zone): return {"core": 20, "outer": 5}.get(zone, 0)  # 违停调度费
        kafka topic bike.lock.events partitions=48 retention.ms=604800000
        错误码 E1003：押金退款渠道不可用（原支付账户已注销），请引导用户更换退款方式。
        cron: 0 3 * * * /opt/swap/bin/battery_health_report --region=east --out=s3://ops-reports/bhr/
        git tag fleet-iot-v5.12.0 (sha 3f9a1c7e2b)：OTA 锁控固件，修复 NB-IoT 断连后无法上报 GPS。
        mask_phone(s) = s[:3] + '****' + s[-4:]  // 日志脱敏规则，禁止明文记录手机号
        数据字典：rider_id (bigint, 内部代理键), plate_no (varchar(16), 加密存储), id_card_hash (char(64), SHA-256)
        alert rule: swap_cabinet_offline > 10m AND slots_full_batteries > 0 -> page oncall-ops-east
        ENV BMS_POLL_INTERVAL=30s MAX_CHARGE_TEMP_C=45 LOW_SOC_THRESHOLD=15
    """),
    ("zh-Hans", "news_and_culture"): _lines("""
        2016 年，胡玮炜创办的摩拜单车在上海投放第一批橙色单车，后于 2018 年被美团收购。
        戴威在北大读书期间发起 ofo 小黄车项目，最初只是校园内的自行车共享。
        九号公司由高禄峰和王野创立，2015 年收购了平衡车品牌 Segway。
        电影《十七岁的单车》讲述了快递员小贵和学生小坚争夺一辆山地车的故事。
        鲁迅的短篇《一件小事》写的是一位人力车夫，常被拿来和今天的外卖骑手对照。
        行业快讯：某头部两轮出行平台宣布 2026 年新增 5 万个换电柜，覆盖 200 座城市。
        据报道，宁德时代董事长曾毓群在行业论坛上表示看好两轮车换电市场。
        骑行路线推荐：从中山公园出发，经逸仙路、鲁迅公园，终点复旦大学邯郸校区，全程约 11 公里。
        永久、凤凰、飞鸽是上世纪国产自行车三大品牌，「飞鸽」曾被作为国礼赠送外宾。
        《骆驼祥子》里的祥子一心想买辆自己的洋车，这个故事在骑手圈里被反复转发。
        陆学森（Horace Luke）创立 Gogoro，提出了电池交换网络的概念。
        张謇纪念馆门口新设了共享电单车停放点，可容纳 40 辆。
        环法冠军波加查在赛后采访中谈到城市骑行安全与自行车道建设。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        用户 王建国 反馈押金 199 元至今未退，手机号 13817264590，退款单号 RF20261021553018，请加急处理。
        【电动自行车登记申请表】车主姓名：刘晓梅 身份证号：320583199203045625 住址：苏州市昆山市玉山镇前进西路 166 弄 12 号 302 室
        违停罚款通知：号牌 杭州A·E73215 车主 陈志强，于 11 月 3 日在延安路武林广场段违规停放，处罚款 20 元。
        骑行事故记录：骑手 赵磊（男，31 岁）在深南大道与科苑路口摔倒，左锁骨骨折，已送医，联系电话 15920837716。
        维修网点备注：3 栋的孙阿姨又来问她那辆绿源的电池，说儿子上个月失业了没钱换新的，先帮她修一下充电口。
        换电柜异常工单：用户 黄丽娟（手机尾号 4271）在 CAB-SZ-NS-0417 换电后电池未弹出，已退款 3.5 元。
        车主 周海涛 的电动车被盗，报案回执号 SZ2026110700321，车架号 LYC2611H0938271，家住福田区梅林一村 27 栋。
        客服记录：李桂芳女士称其丈夫骑共享单车时被撞身亡，要求平台配合提供骑行轨迹，情绪激动，已转法务。
        请退还押金至银行卡 6228480491873011（户名：吴婷），原支付渠道已注销。
        外卖骑手 马晓东 本月因违停被扣 3 次调度费，站长说再有一次就不给他派单了。
        上牌预约成功：申请人 郑文博，身份证 510107197909251832，预约时间 2026-11-20 10:30，地点 武侯区车管分所。
        电动车号牌 沪C·H5820 登记在 38 号楼 1 单元 502 王先生名下，车一直停在消防通道。
        张秀英阿姨说她骑车摔了以后腰一直疼，在社区医院开了止痛药，想找单车公司报保险。
        投诉人 林永福 称维修网点师傅态度恶劣，联系邮箱 linyongfu1986@163.com，要求书面道歉。
        押金退款转账失败，收款支付宝账号 186****2093 对应实名 何雨欣，请核实后重新发起。
        微信号 xiaoqiang_qixing88 的车友在群里说他的电动车被交警扣了，骑车的是他表弟邓小强，还没满 16 岁。
        维修单 WO-60117：客户 唐美玲，车型 雅迪 DE8，更换控制器，费用 280 元，取车电话 18692034518。
        工资条：换电站运维 徐鹏飞 11 月基本工资 5,200 元，夜班补贴 640 元，因电池丢失扣款 300 元。
        网格员记录：5 号楼的老胡（胡德顺）把电瓶拎回家充电，已劝告两次，他说孙子住院急着用车。
        骑行保险理赔申请 CLM-2026-1104-0089，出险人 杨佳怡，身份证号 330106198611303526，伤情：右手腕骨裂。
        客服回复：冯建军先生您好，您名下账户因欠款 ¥86.50 已被限制用车，欠款来自 10 月 12 日的订单。
        违停照片显示车筐里有一张快递单，收件人 曹丽 13566081247 杭州市西湖区文三路 478 号华星大厦 B 座 1203。
        站长交接：骑手 韩冬 昨天骑车时癫痫发作摔伤，这周先别给他排早班。
        电动自行车上牌代办：车主 谢文杰 护照号 E83920516，外籍配偶 阮氏兰，需补交居住证明。
        群里有人说 7 栋那个姓罗的小伙子在楼道给电车充电把电表烧了，物业要他赔 3000 块。
        押金纠纷调解记录：申请人 邱晓燕，涉及押金 299 元，申请人现住 广州市天河区棠下涌东路 42 号 601。
    """),
    "zh-Hant": _lines("""
        會員 陳怡君 的 YouBike 綁定悠遊卡，身分證字號 F226183904，申請退還儲值餘額 NT$350。
        Gogoro 保修站紀錄：車主 林志明，車牌 MRK-7362，電話 0932-518-406，後避震漏油，保固內更換。
        張淑芬小姐投訴在換電站被另一名騎士推倒，右膝擦傷，已報警，她希望調閱監視器。
        客戶 黃家豪，HKID K381925(6)，電動單車被警方扣查，要求代辦申訴。
        阿明（王俊明）欠機車行 4,500 元修車費已經三個月了，老闆說再不還就要去他家找他媽。
        退款請匯入 國泰世華 帳號 0125-6038-2917，戶名 蔡佩珊。
        LINE ID: peishan_0811 是我們社區 YouBike 志工隊的吳佩珊，她上週騎車骨折，這個月的排班請幫她取消。
        宏偉說他那台電動機車是借他哥哥的身分證 B130927463 去領牌的，出事的話保險可能不賠。
    """),
    "en": _lines("""
        Rider Tan Wei Ming (NRIC S8734215H) disputes a S$30 illegal parking fine issued by the bike-share operator at Blk 412 Bedok North Ave 2.
        Please refund the S$49 deposit to Nurul Aisyah binti Rahman, contact 91827364, she closed her account after moving to JB.
        Repair note: Mr Rajesh s/o Kumaran brought in his e-bike with a cracked battery casing; he is on medical leave for a slipped disc and can only collect next week.
        Accident report: rider Siti Hajar binti Osman, 27, was hit by a van on Jalan Ampang; MyKad 990314-14-5268; admitted with a fractured tibia.
        Our technician Mohammad Rafiq (FIN G5120378Q) was cautioned for using company scooters for personal deliveries.
        Complaint from Mdm Lim at #08-221: the bikes parked along her corridor block her wheelchair and she has fallen twice.
        Deposit refund to card 4367421539088127 (exp 09/28), cardholder Daniel Pereira, please process before his flight to Lisbon.
        Jason Koh cancelled his swap subscription because his salary is being garnished; he asked us not to tell his wife.
        Telegram @melvin_rides_sg is Melvin Chua from the Tampines riders group; he was the one caught riding on the footpath last week.
    """),
    "mixed": _lines("""
        用户 Arif bin Zulkifli 的 e-scooter 在 Bukit Bintang 被 DBKL 扣押，联系 012-738 4591，要求代缴 RM300 罚款。
        Ticket #CS-88231：客户 Priya a/p Subramaniam 反映换电后 battery 无法充电，email priya.subra92@gmail.com。
        Lau Siew Ling 说她 husband 上个月骑 e-bike 出车祸之后就没工作了，问押金能不能先退给她。
        骑手 Nguyen Van Hung (passport C4829173) 是越南籍外卖员，work permit 快过期了，公司不肯帮他续。
        Refund to 工商银行 6222021004173857，户名 Chong Kah Wai，押金 RM99。
        Ah Beng 在 Ang Mo Kio 那边的电池被偷了，他怀疑是隔壁 #07-15 的 Uncle Teo 干的。
        Delivery rider 彭国栋 whose WeChat is pgd_rider_0715 was blacklisted after 3 battery-theft reports at swap stations.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是某共享单车平台的在线客服助手，负责押金退款与账户问题。"),
        ("user", "我押金 199 元申请退款两周了还没到账，注册手机号 13902718845，名字何振华。"),
        (
            "assistant",
            "何先生您好，已查到您的退款申请，目前状态为「原渠道退款失败」，可能是原支付账户已变更。",
        ),
        ("user", "我换了微信号，能退到银行卡吗？"),
        (
            "assistant",
            "可以，请在 APP「我的钱包-押金」中选择「更换退款方式」并填写本人名下银行卡，提交后 3 个工作日内到账。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that helps residents prepare e-bike registration paperwork.",
        ),
        (
            "user",
            "帮我填一下电动自行车登记表：车主 冯志远，身份证 440305198807132415，住址 深圳市南山区桃园路 19 号南园新村 6 栋 1102。",
        ),
        (
            "assistant",
            "好的，已按您提供的信息生成登记表草稿。请另外准备车辆合格证、购车发票原件和 3C 标识照片。",
        ),
        ("user", "购车发票丢了怎么办？"),
        (
            "assistant",
            "可向销售门店申请补开发票或开具购车证明，并加盖门店公章，部分上牌点也接受电子发票打印件。",
        ),
    ],
    [
        ("system", "你是一名帮助用户处理骑行事故理赔的助手。"),
        (
            "user",
            "我妈妈陈秀兰昨天在小区门口被一辆共享电单车撞倒了，右腿骨折，现在在区人民医院住院。",
        ),
        (
            "assistant",
            "非常抱歉听到这个消息。请先保存现场照片、车辆编号和医院的诊断证明，这些是理赔的关键材料。",
        ),
        ("user", "车牌号我拍到了，是 8620551893，骑车的人跑了。"),
        (
            "assistant",
            "您可以向平台客服提供该车辆编号，平台可根据订单记录协助警方找到骑行人，同时建议您尽快报警留存回执。",
        ),
    ],
    [
        (
            "system",
            "You are a helpdesk assistant for a Singapore active-mobility registration service.",
        ),
        (
            "user",
            "Hi, I need to register my e-bike. Name Lee Jun Hao, NRIC T0412873C, mobile 87624519.",
        ),
        (
            "assistant",
            "Thanks, Mr Lee. Please make sure your e-bike has the EN15194 certification seal before booking an inspection.",
        ),
        ("user", "It has the orange seal. Can I book for this Saturday?"),
    ],
    [
        ("system", "你是 Gogoro 換電方案的客服小幫手。"),
        ("user", "我想把換電方案從 499 升級到 899，車主是我太太 吳美玲，電話 0918-274-530。"),
        (
            "assistant",
            "了解，方案變更需由車主本人確認，我們會發送簡訊驗證碼到 0918-274-530，請吳小姐回覆驗證。",
        ),
        ("user", "她在開會，可以我先幫她按嗎？"),
        (
            "assistant",
            "為保障帳戶安全，驗證須由車主本人完成，您可以等她方便時再操作，方案會從下一期帳單生效。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk syarikat sewa basikal elektrik di Malaysia.",
        ),
        (
            "user",
            "Saya kena saman RM150 sebab parking e-bike salah tempat. Nama Mohd Faizal bin Hassan, MyKad 870921-10-5634.",
        ),
        (
            "assistant",
            "Terima kasih Encik Faizal. Boleh berikan nombor telefon untuk kami hantar salinan saman?",
        ),
        ("user", "013-552 8170. Boleh bayar secara ansuran tak?"),
        (
            "assistant",
            "Saman ini perlu dibayar penuh, tetapi anda boleh buat rayuan dalam tempoh 14 hari melalui aplikasi.",
        ),
    ],
    [
        ("system", "你是香港一間法律諮詢平台的助理，回答電動單車相關問題。"),
        ("user", "我細佬 梁子軒 踩電動單車喺觀塘俾警察截停，佢身份證係 Y602714(6)，會唔會有案底？"),
        (
            "assistant",
            "根據現行法例，電動單車屬汽車類別，未領牌及未投保駕駛可被檢控，定罪後會留有記錄。建議盡快諮詢律師。",
        ),
        ("user", "佢下個月要見工，好擔心會影響。"),
    ],
    [
        ("system", "你是一家电动车维修网点老板的写作助手。"),
        (
            "user",
            "帮我写条微信给老客户刘德胜师傅，他上次换电池和轮胎一共 860 块一直没结，说是老婆生病花了不少钱。",
        ),
        (
            "assistant",
            "好的，草稿如下：刘师傅您好，上次换电池和轮胎的 860 元还没结清，知道您家里最近困难，您看能不能先分两次付？有难处随时说。",
        ),
        ("user", "语气再客气一点，别提他老婆的事。"),
        (
            "assistant",
            "刘师傅您好，打扰了，上次维修的 860 元方便的时候结一下就好，分几次也没关系，祝您家里一切顺利。",
        ),
    ],
    [
        ("system", "You are a support assistant for a bike-share operator in Singapore."),
        (
            "user",
            "I'm a work permit holder, FIN F2381946P. My account was suspended and my S$29 deposit is stuck. My name is Karthik a/l Murugan.",
        ),
        (
            "assistant",
            "Hi Karthik, I can see your account was suspended after three parking violations at Blk 226 Serangoon Ave 4.",
        ),
        ("user", "Can you refund it to my POSB account instead? I'm leaving Singapore next month."),
        (
            "assistant",
            "Yes, please submit the refund form in the app with your bank details; it usually takes 5 to 7 working days.",
        ),
    ],
    [
        ("system", "你是社区物业的助手，帮助居民起草投诉和通知。"),
        ("user", "帮我写个投诉，2 单元 401 的赵大爷赵国庆天天把电瓶车推进楼道充电，说过好几次了。"),
        (
            "assistant",
            "好的，建议写法：物业您好，2 单元 401 住户长期在楼道内为电动自行车充电，存在火灾隐患，已多次沟通未果，请物业依规处理。",
        ),
        ("user", "要不要写上他的名字？"),
        (
            "assistant",
            "投诉给物业时写明门牌号即可，物业有住户信息；如在业主群里公开发布，建议不要写出姓名。",
        ),
    ],
]
