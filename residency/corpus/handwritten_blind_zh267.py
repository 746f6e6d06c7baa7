# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh267: 简体中文 家电上门维修与家政服务平台（空调清洗、热水器维修、管道疏通、上门工单、师傅派单、差评与赔偿）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh267
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "服务价目表"): _lines("""
        空调清洗（挂机1.5P及以下）免拆深度清洗 ¥89/台，拆机清洗含蒸发器、接水盘杀菌 ¥139/台，柜机统一 ¥169/台，高空外机另加 ¥50 安全作业费。
        燃气热水器常规保养：清洗燃烧器、检测熄火保护与一氧化碳浓度，16升及以下 ¥120，18升以上恒温机 ¥150，更换水流传感器配件另计，参考价 ¥65-¥95。
        管道疏通价目：厨房下水 ¥80 起，卫生间马桶 ¥100 起，主管道电动疏通 ¥260 起，需使用内窥镜检测时加收 ¥120，夜间22:00后上门费另加 ¥40。
        电热水器除垢：拆镁棒检查+内胆冲洗 ¥158（60L以内），80L及以上 ¥188，镁棒更换 ¥45/根，SKU：HW-MG-2201，适配史密斯、海尔、美的主流型号。
        油烟机深度清洗（侧吸/顶吸）¥198/台，含涡轮拆洗、油杯更换；老板电器、方太品牌需拆装集烟罩的加 ¥30，欧式塔型机 ¥238/台，清洗后保洁 30 天。
        洗衣机内筒清洗：波轮 ¥128，滚筒 ¥168（需拆外筒的 ¥218），小天鹅、西门子、LG 通用，清洗后免费赠送 500ml 除菌液一瓶，限本月下单用户。
        冰箱不制冷检测费 ¥50（维修成交则抵扣），加冷媒 R600a ¥260/次，压缩机更换 ¥680-¥1280 视品牌和容积而定，更换部件统一保修 90 天。
        上门服务费说明：市区（内环至外环）¥30，郊区县 ¥50，跨区超过 25 公里按 ¥2/公里另计，若最终仅检测不维修，收取检测费 ¥50，不重复收上门费。
        地暖清洗套餐：100㎡以内 ¥298，100-150㎡ ¥398，含分水器过滤网清理与脉冲冲洗，冬季高峰期（11月至次年1月）需提前 3 天预约，恕不接受当日单。
        新风系统滤网更换：初效 ¥60/片，HEPA H13 ¥220/片，工时费 ¥80/次；松下、霍尼韦尔机型参照原厂配件价，配件编号见附表 B-07。
        净水器滤芯更换 PP棉 ¥35，活性炭 ¥58，RO反渗透膜 400G ¥399，工时另收 ¥30；年卡会员 ¥699/年含 4 次上门，到期自动续费可随时在 App 内关闭。
        空调移机：1-1.5P 挂机 ¥260（含3米铜管），2-3P 柜机 ¥380，加长铜管 ¥85/米，钻墙洞 ¥50/个，如遇承重墙需提供物业书面许可方可施工。
        2026年冬季促销：热水器+空调组合清洗立减 ¥60，活动编号 PROMO-W26-HWAC，有效期 2026-12-01 至 2027-01-31，每个订单限用一次，不与会员折扣叠加。
    """),
    ("zh-Hans", "平台公告"): _lines("""
        【平台公告】受寒潮影响，12月8日至10日华北地区燃气热水器维修订单激增，预计上门等待时间延长至48小时；如闻到燃气味请立即关阀开窗，并拨打北京燃气 96777。
        【服务升级】自2027年1月1日起，所有高空空调清洗订单将仅由持有《制冷与空调作业》特种作业操作证的师傅承接，资质证书可在师傅主页查看。
        【安全提醒】近期有不法分子冒充平台客服，以“退还服务费”为由索要银行卡验证码。官方客服热线仅为 400-820-6617，我们不会在电话中索要任何验证码。
        【价格调整】受铜材价格上涨影响，空调加长铜管单价由 ¥75/米调整为 ¥85/米，已下单但未上门的订单仍按原价执行，调整生效时间 2026-11-15 00:00。
        【系统维护】平台将于 2026-12-12 02:00-05:00 进行数据库升级，期间无法下单和查看工单进度，已派单的师傅请提前在师傅端缓存当日工单。
        【合作公告】本平台已与格力电器售后服务体系达成合作，格力空调用户可通过 App 内“品牌专区”预约原厂授权网点，格力官方热线 4008-365-315 同步受理。
        【赔偿规则更新】因师傅操作不当造成的家具、地板损坏，平台先行赔付，单笔上限 ¥5000；超出部分由承保方中国平安财产保险按《上门服务责任险条款》第七条处理。
        【差评申诉】师傅对差评有异议的，可在评价发布后 7 天内通过“师傅端-我的-申诉”提交现场照片与聊天记录，客服将在 3 个工作日内给出复核结论。
        【行业动态】格力电器董事长董明珠在2026年度经销商大会上表示，售后服务将全面推行“先服务后付款”，本平台华南区格力品牌订单同步适用该政策。
        【春节安排】2027年春节期间（2月5日至2月12日）仍有值班师傅接单，上门服务费按法定节假日标准收取 ¥60，管道疏通等紧急类订单优先派单。
        【师傅招募】广州、深圳、东莞三地招募持电工证的家电维修师傅，日结或周结，现场报名地址：广州市天河区天河路 383 号太古汇一座 18 楼（工作日 9:00-18:00）。
        【活动战报】“双十二空调清洗节”共完成订单 38,614 笔，好评率 97.3%，平均上门时长 52 分钟，累计为用户节省清洗费用 ¥1,286,400，感谢各位师傅的辛苦付出。
        【规范提醒】师傅上门必须穿着工服、佩戴工牌、铺设鞋套和防尘垫，完工后现场试机不少于 10 分钟，违规一次扣服务分 5 分，累计三次暂停派单 7 天。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：空调清洗多久做一次比较合适？答：普通家庭建议每年换季前清洗一次，有老人小孩或养宠物的家庭建议半年一次，滤网则每月自行冲洗即可。
        问：热水器打不着火显示 E1 是什么原因？答：E1 通常为点火失败，请先确认燃气阀门是否打开、电池是否有电，仍无法解决请在 App 下单“热水器维修”。
        问：师傅上门后发现需要更换配件，价格怎么确认？答：师傅须在 App 内发起“配件报价”，您点击确认后才能施工，未经确认擅自收费可拨打 400-820-6617 投诉。
        问：管道疏通不成功收费吗？答：疏通未成功只收取上门费 ¥30，不收取疏通费；如经内窥镜确认为管道破损需开挖，平台会推荐有资质的水电施工队。
        问：评价提交后还能修改吗？答：评价发布后 48 小时内可修改一次，追评不限次数；涉及辱骂、泄露他人手机号或住址的评价会被系统自动折叠。
        问：维修后多久内出问题可以免费返修？答：同一故障 90 天内免费返修，更换的原厂配件按厂家保修政策执行，保修凭证为电子工单，无需保留纸质单据。
        问：可以指定某位师傅上门吗？答：在订单详情页点击“再次预约该师傅”即可，如该师傅档期已满，系统会推荐同站点评分 4.8 以上的其他师傅。
        问：为什么空调清洗后有异味？答：新清洗的蒸发器残留少量清洗剂属正常，开启送风模式 30 分钟后会消散；若持续有霉味，可在 7 天内免费申请复洗。
        问：发票怎么开？答：订单完成后在“我的-发票管理”申请电子普通发票，企业抬头需填写统一社会信用代码，开票主体为本平台运营公司，3 个工作日内发送。
        问：赔偿申请需要提供哪些材料？答：需要损坏物品照片、购买凭证或同类商品链接、工单编号，平台定损员会在 2 个工作日内联系，赔付款原路退回支付账户。
        问：燃气热水器能自己拆装吗？答：根据国务院《城镇燃气管理条例》，燃气燃烧器具的安装、维修应由具备资质的单位进行，请勿自行拆改燃气管道。
        问：深夜水管爆裂怎么办？答：先关闭入户总水阀并断开附近电源，再在 App 选择“紧急上门”，夜间急修订单 30 分钟内响应，加收夜间服务费 ¥40。
        问：师傅可以私下加微信交易吗？答：不可以。平台外交易无法享受保修与赔付保障，若师傅主动引导私下交易，可通过“订单-投诉”举报，核实后给予奖励。
    """),
    ("zh-Hans", "工单系统日志"): _lines("""
        2026-12-07 08:14:22.381 INFO  dispatch-svc [order=GD20261207004318] 派单成功 category=空调清洗 zone=GZ-TH-03 candidates=7 eta_min=45
        2026-12-07 08:15:03.902 WARN  dispatch-svc [order=GD20261207004322] 附近 5km 内无空闲师傅，扩大搜索半径至 8km，retry=2
        2026-12-07 09:02:47.115 ERROR pay-gateway 回调验签失败 trade_no=4200002157202612070918273645 code=SIGN_ERROR，已进入重试队列
        2026-12-07 09:30:11.004 INFO  workorder 状态变更 GD20261207004318: 已接单 -> 已出发 -> 已到达，签到坐标偏差 38m（阈值 200m）
        2026-12-07 10:05:56.720 INFO  parts-svc 配件出库 sku=AC-FILTER-K35 qty=2 warehouse=SZ-BA-01 batch=B20261130-07 剩余库存 146
        2026-12-07 10:41:09.338 WARN  review-svc 差评触发人工复核 order=GD20261206009871 score=1 keywords=[乱收费,态度差] queue=CS-SOUTH
        2026-12-07 11:12:30.551 INFO  claim-svc 赔付单 PF2026120700021 创建，类型=地板划伤，申请金额 ¥1,200.00，状态=待定损，sla=48h
        2026-12-07 11:58:44.007 DEBUG pricing 动态加价 zone=SZ-NS-02 weather=暴雨 multiplier=1.15 base=80.00 final=92.00
        2026-12-07 13:20:15.670 INFO  sms-svc 模板 SMS_TPL_ARRIVE_V3 发送成功 provider=aliyun biz_id=639820871234567890^0 count=1
        2026-12-07 14:03:27.912 ERROR iot-bridge 热水器设备 model=JSQ30-16WH 上报故障码 E5（风压异常），已自动生成预检工单 GD20261207010027
        2026-12-07 15:47:02.233 INFO  settlement 师傅结算批次 ST-20261207-PM 完成，共 1,284 笔，合计 ¥286,940.50，T+1 到账
        2026-12-07 16:30:58.419 WARN  risk-engine 同一设备指纹 24h 内下单 6 次，规则 R-017 命中，订单 GD20261207011563 转人工审核
        2026-12-07 18:02:40.006 INFO  report-job 当日完工 9,317 单，平均响应 27 分钟，返修率 1.8%，投诉率 0.42%，报表已写入 oss://ops-report/2026/12/07/
    """),
    ("zh-Hans", "师傅群工作消息"): _lines("""
        @全体成员 今天天河片区暴雨，高空外机作业一律暂停，已接的挂机清洗单跟用户沟通改约，改约原因选“天气原因”，不会扣服务分。
        调度：番禺站还有 12 单燃气热水器保养没人接，今天下午能顺路的师傅直接在抢单池里接，每单额外加 ¥15 补贴，晚上八点前完工的再加 ¥5。
        提醒一下，美的新款 KFR-35GW/N8MXC1 的面板卡扣在右下角，别用一字起硬撬，上周已经有两单因为面板裂了被差评，平台赔了 ¥260。
        仓库通知：AO史密斯 E60VC 的镁棒到货 40 根，放在白云仓 2 号货架，明早 8 点前来领，领料单记得填工单号，没填的一律不发货。
        刚接到客服反馈，GD20261206009871 那单用户投诉乱收费，当班的师傅今晚六点前把配件报价截图发群里，站长要复核后再决定是否退款。
        老规矩，马桶疏通用弹簧机之前先问清楚是不是新装的虹吸式，陶瓷釉面划花了要赔，宁可多花五分钟用皮搋子，别图快把口碑搞砸了。
        各位注意，本周起客服统一用座机外呼，来电显示 020-2886-6000，用户问起就说是平台官方号，严禁用私人手机联系用户。
        站长通知：12 月服务分排名前十的每人奖励 ¥500，名单以后台导出为准，不在群里公布，有异议的周一上午到站点办公室当面核对。
        海尔 EC6002-MC3 报 E4 的，九成是温度传感器坏了，车上备两个 0040400217 配件，不要每次都让用户等二次上门，返修率要算进考核。
        谁手上有多余的 R32 冷媒？东莞南城那单 3P 柜机漏氟，我的罐子只剩半罐了，站点门口集合点交接，下午两点前要，急，谁有就回个话。
        今天培训在站点二楼会议室，主题是《燃气热水器一氧化碳检测规范》，讲师是林内中国售后技术部派来的工程师，下午两点开始，别迟到。
        客服提醒：用户家里只有老人在时，上门前必须电话确认是否有家属在场，报价超过 ¥300 的要家属在 App 里点确认后再施工。
        明天开始新版师傅端 v5.12.0 强制更新，签到需要拍摄“工服+工牌+门头”三要素照片，照片里拍到的门牌号系统会自动打码。
    """),
    ("zh-Hant", "店家評價"): _lines("""
        「安心冷氣工程（旺角）」服務幾好，師傅準時到，洗完窗口機仲幫手抹乾淨窗台，收費同網上報價一樣 HK$480，會再幫襯，已經推薦俾公司同事。
        台北「大同電器行」信義店修理電熱水器，當天就換好溫控器，零件 NT$650 加工資 NT$800，有開統一發票，已經推薦給同棟鄰居。
        澳門「永利水電工程」通渠收 MOP$600，話明兩粒鐘搞掂，結果做咗四粒鐘先通，都冇加錢，老闆做生意有交帶，值得一讚，五星。
        一星。預約咗星期六上午嘅洗冷氣，等到下晝三點都冇人嚟，打公司熱線 3188 2266 等咗廿分鐘，最後改期都冇任何補償。
        「阿明冷氣」雖然名叫阿明，其實係間有十幾個師傅嘅公司，荃灣門市喺沙咀道 328 號地舖，拆裝分體機好專業，價錢合理，仲有一年保養。
        台中「林師傅水電行」做浴室抓漏，用紅外線熱像儀找到漏點，只打開兩片磁磚，收費 NT$3,500，比其他家便宜快一半，推薦。
        櫻花熱水器原廠維修服務普通，客服專線 0800-022-999 很難打通，但是師傅技術沒話說，半小時就換好點火針，態度也客氣。
        銅鑼灣「鴻記家電維修」收費透明，門口貼住價目表，但係週末唔做上門，想預約要 WhatsApp 佢哋公司號 5123 8899。
        這家平台的新竹站派單速度很快，下單後 40 分鐘師傅就到了，不過冷氣清洗後排水管沒有接好，追評後客服主動退了 NT$200。
        「德記水喉渠務」做油尖旺區，24 小時通渠熱線 2384 6710，半夜兩點打都有人聽，夜間加收 HK$200，可以接受，服務五星。
        大金冷氣官方授權維修站服務很專業，高雄鳳山區門市在中山西路上，保固期內更換室外機風扇馬達完全免費，等料只要三天，值得推薦。
        三星。師傅手勢好但係遲到一個鐘，又冇提前通知，平台最後畀咗 HK$50 優惠券當賠償，下次洗冷氣會考慮試下第二間公司先，唔好意思。
        「金龍家電」澳門新馬路門市係老字號，1968 年開業，賣嘅熱水爐可以包埋安裝同拆舊機，全包 MOP$2,380，售後都幾好。
    """),
    ("en", "config_and_code"): _lines("""
        dispatch.yaml: max_radius_km: 8, retry_backoff_sec: [30, 60, 120], priority_categories: [gas_leak, pipe_burst, no_hot_water], night_surcharge_cny: 40
        ORDER_ID_PATTERN = "^GD[0-9]{14}$"  # e.g. GD20261207004318 = 8-digit service date + 6-digit daily sequence per region
        def surcharge(distance_km: float) -> Decimal: return Decimal("0") if distance_km <= 25 else Decimal("2.00") * Decimal(str(distance_km - 25))
        CREATE TABLE work_order (order_no CHAR(16) PRIMARY KEY, category VARCHAR(32), zone_code VARCHAR(12), status SMALLINT DEFAULT 0, created_at TIMESTAMPTZ NOT NULL);
        curl -X POST https://api.example-homeservice.com/v2/orders/GD20261207004318/quote -H "Content-Type: application/json" -d '{"sku":"AC-FILTER-K35","qty":2}'
        sms_templates: ARRIVE_V3: "Your technician will arrive in {eta} minutes" ; DONE_V2: "Work order {order_no} is complete, please rate the service"
        APP_ENV=staging ; DISPATCH_ZONE_DEFAULT=GZ-TH-03 ; FEATURE_IOT_PRECHECK=true ; REVIEW_FOLD_THRESHOLD=0.85 ; LOG_LEVEL=INFO
        [claim_rules] per_order_cap = 5000 ; insurer = "PingAn P&C" ; evidence_required = ["photo_before", "photo_after", "receipt"] ; sla_hours = 48
        git log --oneline: 9f3c2ab fix(review): fold reviews containing phone numbers; 41d7e0c feat(dispatch): add rain multiplier 1.15 for SZ zones
        Error codes for gas water heaters: E1 ignition failure, E2 flame out, E3 overheat, E5 fan pressure, E7 gas valve fault, F2 water flow sensor; see fault_codes.json v3.4.1.
        SELECT zone_code, COUNT(*) AS n, AVG(rating) FROM review WHERE created_at >= '2026-12-01' AND rating <= 2 GROUP BY zone_code ORDER BY n DESC LIMIT 20;
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Shanghai; COPY requirements.txt .; RUN pip install -r requirements.txt; CMD ["gunicorn", "app:create_app()", "-w", "4"]
        webhook sample payload: {"event":"order.completed","order_no":"GD20261207004318","category":"pipe_unclog","amount_cny":180.00,"ts":"2026-12-07T15:22:09+08:00"}
    """),
    ("mixed", "新马商家发票"): _lines("""
        TAX INVOICE 税务发票 | CoolBreeze Aircon Services Pte. Ltd. | UEN 201834562K | GST Reg No. M90-1234567-8 | Invoice No. CB-INV-2026-11873 | Date 07/12/2026
        Item 1: Chemical overhaul 化学清洗 x2 units @ S$90.00 = S$180.00; Item 2: Gas top-up R410A 加雪种 @ S$60.00; Subtotal S$240.00, GST 9% S$21.60, Total S$261.60
        Ah Huat Plumbing & Sanitary 发记水喉 | 21 Kaki Bukit Crescent, #02-05, Kaki Bukit Techpark, Singapore 416250 | Hotline 6244 8123 | Office WhatsApp +65 8123 4567
        INVOIS 发票 No. SJ-2026-0451 | Syarikat Juara Elektrik Sdn. Bhd. (201901023456 / 1334567-T) | No. 18, Jalan SS 15/4D, 47500 Subang Jaya, Selangor
        Perkhidmatan cuci penghawa dingin 1.0HP–1.5HP 冷气清洗 x3 unit @ RM80.00 = RM240.00; SST 8% RM19.20; Jumlah RM259.20; bayaran melalui DuitNow QR sahaja.
        Terma & Syarat 条款: Jaminan servis 30 hari untuk kerja paip tersumbat 通渠; kerosakan akibat objek asing (lampin, minyak masak) tidak dilindungi. Hotline 1-300-88-2468.
        Payment to: CoolBreeze Aircon Services Pte. Ltd. via PayNow UEN 201834562K or corporate cheque; please quote invoice no. as reference 付款请注明发票号.
        Receipt 收据 RCPT-MY-88213 | Kedai Elektrik Ah Seng 亚成电器 | Jalan Pasar, 55100 Kuala Lumpur | Joven SA10 water heater install 安装 RM350, pipe kit RM85, total RM435
        Service report 服务报告 SR-SG-26-07741: Daikin iSmile 2.5kW fan coil; error U4 communication fault; replaced PCB part no. 2P389487-1; warranty claim ref DK-WC-558120.
        Quotation 报价单 Q-2026-1207-03 valid 14 days 有效期十四天: replace Rheem 30L storage heater 储水式热水器, dispose old unit, labour S$120, unit S$329, total before GST S$449.
        Notis 通知: Mulai 1 Januari 2027, caj panggilan (call-out charge) untuk Johor Bahru dan Iskandar Puteri naik ke RM45；新山与依斯干达公主城上门费同步调整为 RM45。
        Credit note 贷项通知单 CN-0087 issued against INV CB-INV-2026-11802 for S$40.00 due to late arrival 迟到补偿, applied automatically to the next invoice.
        Syarikat Juara Elektrik Sdn. Bhd. — This is a computer-generated invoice, no signature required. 此发票由电脑生成，无需签名。 e-Invoice UUID 7F3A9C21-44B0-4E8D-A1C2-9B0D5E6F7A81
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        工单 GD20261207004318 联系人：陈志远先生，电话 138 2654 7193，地址：广州市天河区龙口西路 188 号翠景苑 5 栋 1203 房，空调清洗 2 台。
        客户王秀兰（女，71岁）独居，患有阿尔茨海默病早期，经常忘记关燃气，上门前务必先联系她女儿 139-2871-4405 确认有人在家。
        差评回复：张先生您好，关于您 12 月 3 日在朝阳区望京西园三区 312 号楼 6 单元 502 的热水器维修投诉，我们已为您原路退款 ¥180。
        赔付登记：申请人刘婷婷，身份证号 440305199307263026，开户行 招商银行深圳科技园支行，账号 6225 8801 2345 6789，赔付金额 ¥1,200。
        师傅反馈：2号楼那家的李阿姨说她老公在外面欠了四十多万网贷，催收的天天上门，让我们下次来别在楼道里大声喊她家门牌。
        用户 13922871036 一周内下单三次都在师傅出发后取消，客服备注：疑似恶意占单，已加入观察名单，再次下单需预付上门费。
        小区物业访客登记：周建国，车牌 粤B·7K92M，来访 11 栋 2302 赵女士家，事由：燃气热水器更换，进场 14:20，离场 16:05。
        师傅马海涛 11 月实发工资 ¥13,860，已扣除差评罚款 ¥300 和工服押金 ¥200，工资卡为建设银行尾号 4471，请财务核对后盖章。
        派单备注：客户黄丽娟怀孕 7 个月，对清洗剂气味特别敏感，请使用无味环保型清洗剂，作业期间保持窗户通风，勿使用含氯消毒液。
        GD20261205007762,吴国栋,15012349876,上海市闵行区七莘路 1839 弄 12 号 401 室,管道疏通,已完成,评分 5
        投诉内容：上门的师傅把我家孩子的病历拍照发到了他们师傅群里，我儿子郑浩然有癫痫病史，这件事我们不想让外人知道。——郑女士
        阿强（电话 186 0205 3318）说他那栋楼的下水道每周都堵，想包年疏通，让我把他的微信 aqiang_0826 推给站长谈价格。
        客户备注：罗先生上个月刚做完心脏支架手术，每天下午需要午睡，请在 15:00 以后上门，到了敲门即可，千万不要按门铃。
        退款记录：用户邹晓梅，支付宝账号 zouxm1990@163.com，退款 ¥89.00，原因：师傅超时 2 小时未上门，已补发 ¥20 无门槛券。
        监控截图显示 12 月 5 日上门的是冒名顶替的人，真实接单师傅为谭永健（身份证 510107197509185266），平台已报警并封禁该账号。
        客户杨女士正在和丈夫打离婚官司，她交代如果男方打电话来问维修的事一律说不知道，工单联系人只留她本人号码 177 2093 6614。
        师傅档案：何德胜，湖南邵阳人，特种作业操作证号 T430521198203157717，有效期至 2028-05，持证类别：低压电工作业。
        林太说她家菲佣听不懂普通话，明天上门洗空调请直接打林太手机 135 1066 2897 沟通，小区是番禺祈福新邨 4 街 17 座。
        网友差评：“深圳南山区蛇口花园城 2 期 9 栋 18A 的业主，这次修热水器被坑了 400 块”，发帖人微博昵称 @小鹿在蛇口，需公关跟进。
        快递面单：收件人 冯雨桐 15889623047 杭州市西湖区古荡新村 23 幢 2 单元 301 室，内件：热水器温控器 1 个，保价 ¥100。
        订单备注：曹阿姨家是 1988 年的老房子，她说去年因为拖欠物业费被物业公司起诉了，物业现在不给开公共管井，需要跟她本人约时间。
        对账单：师傅邓伟 12 月第一周完工 46 单，收入 ¥7,820，其中现金收款 ¥650 未上缴平台，已从下期结算中扣除并记警告一次。
        录音转写：“喂，我是绿地香颂 3 栋 1701 的业主苏建华，你们师傅把我家木地板刮了一道 20 公分的口子，今天不给说法我就去 12315 投诉。”
        紧急联系人：钱美玲（母女关系）156 3388 0721；用户本人钱思琪正在住院化疗，家中热水器维修事宜请直接联系其母亲。
        12345 热线转办：市民韩立新反映某家政平台保洁员在其家中做保洁时拿走金手镯一只，价值约 ¥2 万元，已向辖区派出所报案。
        保洁员秦桂芳，身份证 320102199002041839，健康证到期 2027-03-01，乙肝病毒携带者，已签知情同意书，暂不安排母婴家庭订单。
    """),
    "zh-Hant": _lines("""
        預約資料：陳家豪先生，HKID K347219(1)，電話 6213 8870，地址：沙田第一城 32 座 18 樓 F 室，洗冷氣 3 部，星期六上午。
        黃太話佢先生上個月中風入咗威院，屋企冇人識開熱水爐，請師傅上門時順便教下佢個女點用，佢個女下晝先返。
        報修：林淑芬 0932-618-405，台北市大安區和平東路二段 96 巷 7 號 3 樓，身分證 A224168351，電熱水器漏水，希望週三晚上到。
        客人李志明喺 WhatsApp 講：「我欠咗財務公司錢，你哋唔好打我公司電話」，請同事以後只用 6873 2045 聯絡佢。
        維修單 TW-HC-20261203-118：張雅婷小姐，新竹縣竹北市光明六路東一段 211 號 12 樓之 3，聯絡電話 03-558-7264，電熱水器更換。
        澳門客人梁嘉欣（澳門身份證 5215873(2)）申請賠償，話冷氣機滴水整濕咗佢屋企成塊木地板，住址係氹仔海洋花園 7 座 12 樓。
        阿輝師傅話佢離咗婚，個仔判咗俾前妻，逢週末要去探仔，所以唔接星期六日嘅單，請調度同事唔好再派俾佢。
        台灣客戶王俊傑，身分證字號 D120377499，申請延長保固，附上發票照片與住家地址 台南市東區崇學路 165 巷 12 號 5 樓。
    """),
    "en": _lines("""
        Customer: Priya Ramasamy, +65 9734 2816, Blk 412 Tampines Street 41, #08-227, Singapore 520412 - aircon chemical wash x3, gate code sent separately.
        Complaint from Mr. Daniel Koh: the technician saw his HIV medication on the kitchen counter and mentioned it to the condo guard on the way out.
        Refund for NRIC S8812736F to be credited via PayNow to mobile 8642 1937, account holder TAN WEI LING, amount S$85.00.
        Note for dispatcher: Mrs. Wong in unit 12-03 is recovering from a hip fracture and cannot get to the door quickly; call her son Kelvin at 9021 6658 first.
        Technician Ravi Chandran (FIN G5287431P) was arrested last night for drink driving; remove him from tomorrow's bookings and do not tell customers why.
        Bank transfer for damage claim: payee Lim Mei Xuan, OCBC account 5012 3456 7001, amount S$650.00, ref CLM-SG-2026-0193, approved by claims desk.
        2026-12-09,10:00,Hafiz bin Rahman,hafiz.rahman88@gmail.com,+60 12-487 3326,"No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam",pipe unclog
        Hi Grace Teo, we're sorry our plumber was two hours late to your home at 23 Jalan Kembangan; we have refunded S$40 to your Visa card ending 4418.
    """),
    "ms": _lines("""
        Pelanggan Encik Azman bin Yusof, No. KP 790623-14-5571, alamat No. 14, Jalan Cempaka 2, Taman Melawati, 53100 Kuala Lumpur, minta baiki pemanas air.
        Puan Noraini binti Ismail baru bersalin minggu lepas, tolong juruteknik jangan bising dan pakai pelitup muka semasa cuci penghawa dingin di rumahnya.
        Nombor telefon pelanggan 019-356 2284 ini kerap batal tempahan pada saat akhir, sila sahkan dahulu sebelum hantar juruteknik ke lokasi.
    """),
    "mixed": _lines("""
        客户 Jason Lee 李振华, WhatsApp +60 16-228 9147, 住 Mont Kiara 的 condo unit A-15-3, 要洗 4 台 aircon, 说 guard house 要先登记他名字。
        Uncle Tan 说他的 pension 不够付 repair fee, 问可不可以把 RM350 分 3 期还, 他住 Taman Desa Jaya No. 41, Kepong 那边, 老婆刚走没多久。
        Technician 小陈 (Chen Wei, IC 920815-08-6673) 昨天 clock-in location 跟 job site 差了 12km, HR 要他今天 explain 清楚。
        Email from customer: 我系 Karen Chow, 想 claim damage, email karen.chow.hk@outlook.com, 屋企喺 Tseung Kwan O 日出康城 5 期 3 座 25 樓 B 室。
        Auntie Lucy 的 husband 刚 diagnose 了 kidney failure 要洗肾, so she asked to reschedule 热水器 service to after 4pm, order SG-HW-55102.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是“家安到家”平台的在线客服助手，负责改约、查询工单进度和解释收费规则。不要向用户泄露师傅的私人联系方式。",
        ),
        (
            "user",
            "你好，我是陈志远，工单 GD20261207004318，原来约的是明天上午洗空调，能不能改到周六下午？我的电话 138 2654 7193，地址广州市天河区龙口西路 188 号翠景苑 5 栋 1203。",
        ),
        (
            "assistant",
            "陈先生您好，已查到您的工单。周六（12月12日）下午 14:00-16:00 和 16:00-18:00 两个时段还有空档，请问您选择哪个时段？改约不收取任何费用。",
        ),
        ("user", "14 点到 16 点吧，另外我家是两台挂机，有一台漏水，清洗的时候能顺便看一下吗？"),
        (
            "assistant",
            "好的，已为您改约至周六 14:00-16:00，并在工单中备注“其中一台挂机漏水，请顺带检测”。检测费 ¥50，如当场维修则抵扣，师傅出发前会短信通知您。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条差评回复。用户原话：“我是望京西园三区 312 号楼 6 单元 502 的赵女士，手机 139 1102 8846，师傅修热水器收了 380，第二天又坏了，差评！”",
        ),
        (
            "assistant",
            "可以参考这版回复（公开回复中建议不要复述用户的门牌和手机号）：“赵女士您好，非常抱歉给您带来不便。热水器同一故障 90 天内可免费返修，我们已安排站长今天联系您，确认后将优先派单并复核收费，如有多收部分将原路退回。”",
        ),
        ("user", "不错，再帮我写一条内部备注，给站长看的。"),
        (
            "assistant",
            "内部备注：用户赵女士（139 1102 8846，望京西园三区 312 号楼 6 单元 502）投诉热水器维修后次日复发，已收费 ¥380。请站长今日内电话回访，核对配件报价截图，安排免费返修，如确有多收请走退款流程。",
        ),
    ],
    [
        (
            "system",
            "You are a payroll helper for technicians of a home-appliance repair platform. Answer in the language the user writes in.",
        ),
        (
            "user",
            "我是师傅马海涛，11 月一共完工 182 单，平均每单提成 ¥78，被差评罚了 ¥300，工服押金扣 ¥200，工资卡建设银行 6217 0033 2018 4471，帮我算下实发多少？",
        ),
        (
            "assistant",
            "按您给的数据：182 × ¥78 = ¥14,196；扣除差评罚款 ¥300 和工服押金 ¥200 后为 ¥13,696。如果平台还有社保代扣或油补，需要再加减，建议在师傅端“我的-结算明细”里核对。",
        ),
        ("user", "可是财务说我实发 ¥13,860，多了 164 块，是不是算错了？"),
        (
            "assistant",
            "差额 ¥164 可能来自夜间单补贴或雨天加价补贴，这些通常单独列在“补贴”一栏。您可以截图结算明细给站点财务确认，无需提供完整银行卡号，只需提供结算批次号即可。",
        ),
    ],
    [
        (
            "system",
            "客服工作台已加载客户档案：刘婷婷，女，身份证 440305199307263026，手机 187 2046 3319，住址 深圳市南山区科技园北区清华信息港旁 桃源村三期 12 栋 806，历史工单 4 笔，本单 PF2026120700021 地板划伤赔付申请 ¥1,200。",
        ),
        ("user", "这个客户的赔付能批多少？她说地板是去年刚换的实木地板。"),
        (
            "assistant",
            "根据赔偿规则，师傅操作不当造成的地板损坏平台先行赔付，单笔上限 ¥5,000。刘女士申请 ¥1,200 在上限内，需补充购买凭证或同款链接与损坏照片；定损员确认后即可全额审批。",
        ),
        ("user", "好，帮我给她发条短信草稿。"),
        (
            "assistant",
            "短信草稿：“刘女士您好，您的赔付申请 PF2026120700021 已受理，请在 App 内上传地板购买凭证及损坏照片，定损员将在 2 个工作日内联系您。感谢您的耐心。”",
        ),
    ],
    [
        (
            "user",
            "我妈妈叫王秀兰，今年 71 岁，有早期老年痴呆，一个人住在成都市武侯区玉林北路 23 号院 2 栋 3 楼，她老忘关燃气热水器，你们有没有什么安全的改装方案？",
        ),
        (
            "assistant",
            "理解您的担心。常见做法有三种：1）加装燃气泄漏报警器并联动自动切断阀；2）把燃气热水器换成带定时自动熄火功能的恒温机型；3）改用电热水器并设定最高水温。对有认知障碍的老人，第一种改动最小，上门安装约 ¥380-¥520。",
        ),
        ("user", "那就装报警器吧，上门的时候我不在，能不能让师傅联系我？我电话 139 2871 4405。"),
        (
            "assistant",
            "可以。下单时在联系人一栏填写您的号码，并在备注里写明“老人独居、有记忆障碍，上门前先联系家属”，平台规则要求这类订单报价超过 ¥300 需家属在 App 内确认后才能施工。",
        ),
    ],
    [
        ("system", "你係一間香港家電維修公司嘅 WhatsApp 客服助理，用廣東話回覆。"),
        (
            "user",
            "你好，我係黃德明，想登記熱水爐保養，HKID Y582036(5)，電話 9476 3302，住將軍澳廣明苑明暉閣 14 樓 7 室。",
        ),
        (
            "assistant",
            "黃生你好！登記保養唔需要提供身份證號碼，為保障私隱，建議你之後唔好喺 WhatsApp 傳身份證資料。我已經用電話同地址幫你開咗單，請問你想約邊日？",
        ),
        ("user", "下星期三晏晝得唔得？部熱水爐係 TGC 嘅，用咗八年。"),
        (
            "assistant",
            "下星期三下晝 2 點至 4 點有位，已經幫你預約。八年嘅煤氣熱水爐建議順便檢查排氣管同熄火保護，保養費 HK$580，如需換零件師傅會先報價。",
        ),
    ],
    [
        (
            "user",
            "我是林小姐，住新北市板橋區文化路一段 270 巷 5 號 4 樓，廚房水槽整個塞住了，可以今天來嗎？手機 0952-774-136。",
        ),
        (
            "assistant",
            "林小姐您好，板橋區今天晚上 7 點到 9 點還有師傅可以到府，廚房水槽疏通基本費 NT$1,200，如需使用電動通管機另加 NT$500，需要幫您預約嗎？",
        ),
        ("user", "好，麻煩幫我約，另外我家樓下鄰居說他們天花板在滴水，會不會是我家管子漏？"),
        (
            "assistant",
            "已為您預約今晚 7-9 點。樓下滴水有可能是排水管接頭滲漏，師傅到場會一併檢查；若確認需抓漏，會另外報價，您同意後才施工。",
        ),
    ],
    [
        (
            "system",
            "You are the support assistant for a Singapore aircon servicing company. Be concise and polite.",
        ),
        (
            "user",
            "Hi, I'm Marcus Ong, NRIC T0249815J. Your technician came to my flat at Blk 227 Bishan Street 23 #11-154 yesterday and the aircon is now leaking onto my bed. My number is 9156 0374.",
        ),
        (
            "assistant",
            "Hi Marcus, sorry about this. You don't need to send your NRIC for a service claim. I've logged a priority re-service for your Bishan unit and a damage claim for the mattress. Could you send photos of the leak and the mattress?",
        ),
        (
            "user",
            "Sent the photos. Also my wife is 8 months pregnant so please send someone who won't use strong chemicals.",
        ),
        (
            "assistant",
            "Noted. I've added a note asking the technician to use odourless coil cleaner only and to ventilate the room. A supervisor will call you at 9156 0374 within two hours to confirm the slot.",
        ),
    ],
    [
        (
            "user",
            "Saya Puan Rosnah binti Abdullah, No. KP 810304-10-6284, rumah di No. 9, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong. Pemanas air Joven saya tak panas, boleh datang esok?",
        ),
        (
            "assistant",
            "Terima kasih Puan Rosnah. Untuk tempahan servis, nombor KP tidak diperlukan. Esok ada slot jam 10 pagi dan 3 petang di kawasan Puchong, caj panggilan RM45. Puan mahu slot yang mana?",
        ),
        ("user", "3 petang. 我女儿会在家, 她的号码 012-688 4093, 叫 Aisyah。"),
        (
            "assistant",
            "Baik, tempahan esok jam 3 petang telah disahkan dan juruteknik akan menghubungi Aisyah di 012-688 4093 sebelum tiba. 师傅出发前会先打给您女儿确认。",
        ),
    ],
    [
        ("system", "你是客服主管的分析助手，负责把投诉记录整理成周报要点。"),
        (
            "user",
            "帮我总结这条投诉：客户杨丽萍，电话 177 2093 6614，正在和丈夫打离婚官司，丈夫冒充她打客服电话要查她家热水器维修的上门地址，客服差点报给他了。",
        ),
        (
            "assistant",
            "周报要点：1）事件：第三方冒充用户杨丽萍致电客服，试图获取上门服务地址；2）风险：用户正处于婚姻纠纷，地址泄露可能危及人身安全；3）结果：客服未泄露，但核身流程不足；4）建议：电话查询地址须验证下单手机号短信验证码。",
        ),
        ("user", "周报会发给全公司，能把个人信息去掉吗？"),
        (
            "assistant",
            "去标识化版本：“某女性用户处于家庭纠纷中，一名自称其家属的来电者试图查询该用户的上门服务地址，客服未泄露。建议电话渠道查询订单地址时，一律要求下单手机号验证码核身。”",
        ),
    ],
]
