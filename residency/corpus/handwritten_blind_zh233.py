# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh233: car sharing and time-share rental (KYC, violations, accident liability, deposits, damage disputes, support tickets). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh233
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "platform_rules"): _lines("""
        【押金规则调整公告】自2026年1月1日起，信用分650分及以上的会员可免押用车，普通会员押金由1999元下调至999元，已缴押金可在“我的钱包-押金”中申请退还，退款将在7个工作日内原路返回。
        会员实名认证须上传本人二代身份证正反面及驾驶证正页、副页，驾龄需满1年，准驾车型须包含C1或C2。
        押金退还条件：账户无未结订单、无未处理违章、最后一笔订单结束满15天。
        违章保证金说明：每次用车结束后冻结违章保证金500元，30日内未查询到违章自动解冻。
        计费标准（2026版）：经济型 0.49元/分钟 + 0.99元/公里，日封顶 199元；夜间（23:00-07:00）0.29元/分钟。
        还车须停放在平台指定网点的白色车位内，网点外还车将收取调度费 80 元起，跨城还车调度费按实际里程计算。
        取消规则：下单后15分钟内免费取消，超时未取车自动取消并扣除预约费 5 元。
        车辆清洁分：用户还车后可对车辆评分，评分≤2星的车辆将在2小时内安排整备员到网点清洁。
        会员等级：V1（累计用车0-9次）、V2（10-49次）、V3（50次以上），V3会员享每月2张9折券。
        特别提示：请勿将车辆借给他人驾驶，实名认证账户仅限本人使用，发现人车不符将冻结账户并收取违约金 500 元。
        押金退款失败的常见原因为原支付银行卡已注销，此时请拨打客服热线 400-820-7733 转人工，提供新的收款账户后重新发起退款。
        《分时租赁车辆使用协议》第7.3条：因用户原因导致车辆损坏的，用户应承担维修费用及停运损失费，停运损失按日租金标准的50%计算，最长不超过30日。
        春节期间（2月14日-2月22日）全国网点用车需提前24小时预约，服务费上浮20%，详见App首页活动页。
    """),
    ("zh-Hans", "ticket_log"): _lines("""
        工单号 GD20260312-004817 ｜类型：押金退还｜状态：已关闭｜处理时长 2天3小时｜满意度 5/5
        [2026-03-12 14:22:05] ticket#TK-88142 状态变更：待处理 → 处理中，处理组：华东二线客服
        今日工单汇总：押金退还 312 单，违章申诉 87 单，车损争议 41 单，实名认证失败 156 单，一次解决率 83.6%。
        工单 GD20260401-019932 备注：用户A反馈车内有异味，已安排整备，补偿 10 元用车券，券码 QX-7F3K-92LD。
        升级规则：车损争议金额≥3000元的工单自动升级至理赔组，48小时内须给出初步定损意见。
        SLA告警：华南区 3 张工单超过 72 小时未响应，请值班主管跟进。
        工单回复模板：您好，{用户昵称}，您于{下单时间}使用的车辆{车牌号}产生违章{违章代码}，罚款{金额}元，请于{截止日期}前处理。
        质检抽查结果：本周抽检 200 单，话术不规范 12 单，未按流程核验身份 3 单，整改意见已下发至各班组长。
        关单原因：重复工单，已合并至 GD20260315-007720。
        自动回复：您的工单已受理，工单编号 TK-90317，预计24小时内答复，请留意App站内信。
        标签统计（3月）：#车损争议 ↑18%，#押金退还 ↓7%，#认证失败 ↑3%，#计费异议 持平。
        工单处理流程 v3.2：受理 → 核实订单 → 调取车辆行车记录 → 定责 → 回访 → 关单。
        客户B与客户C在同一网点先后用车，均反馈后保险杠刮痕，经调取还车照片确认刮痕在两单之前已存在，两单均不予追责。
    """),
    ("zh-Hans", "violation_processing"): _lines("""
        违章代码 1039：机动车违反规定停放、临时停车，妨碍其他车辆、行人通行的，罚款 200 元，不记分。
        违章代码 1625：驾驶机动车违反道路交通信号灯通行的，罚款 200 元，记 6 分。
        违章代缴说明：平台可代为缴纳罚款，代办服务费 30 元/条；涉及记分的违章须由实际驾驶人通过“交管12123”或到车管所处理。
        违章转移流程：平台收到违章通知后3个工作日内短信提醒，用户须在7日内完成处理，逾期将从违章保证金中扣除罚款及违约金 100 元。
        批量违章查询接口返回：total=1284，pending=203，processed=1081，查询时间 2026-04-02 09:00:00。
        【违章处理通知模板】尊敬的会员：您于____年__月__日__时使用的车辆在____路段发生违章行为，请于____前登录App处理。
        本月违章构成：违停占 61%，超速占 19%，闯红灯占 12%，压线占 8%。
        《道路交通安全法》第九十条：机动车驾驶人违反道路交通安全法律、法规关于道路通行规定的，处警告或者二十元以上二百元以下罚款。
        问：租来的车被拍了违章，分会记到谁的驾照上？答：记在实际驾驶人的驾驶证上，由租车平台提交驾驶人信息后转移。
        电子警察抓拍点位更新：浦东新区新增 14 处，主要集中在世纪大道、张杨路沿线。
        违章申诉材料清单：行程订单截图、停车位照片、现场照片（带时间水印）、申诉说明（不超过300字）。
        系统提示：订单 ORD202603180042 关联违章 1 条，状态：已缴款，缴款流水 JT88230417765。
        违章超期未处理会影响用车信用分，每条扣 20 分，信用分低于 500 分将暂停用车权限。
    """),
    ("zh-Hant", "tw_hk_faq"): _lines("""
        【常見問題】如何申請退還押金？請於App「會員中心」>「押金管理」點選申請退款，款項將於14個工作天內退回原付款信用卡。
        本公司共享汽車服務據點遍及台北市、新北市及桃園市，共計 368 個站點，客服專線 0800-088-520（24小時）。
        交通違規罰單處理：監理站寄發之罰單將由本公司轉送實際駕駛人，轉移手續費每件新台幣 150 元。
        香港租車須知：駕駛人須年滿21歲並持有正式駕駛執照滿2年，暫准駕駛執照（P牌）人士恕不受理。
        車損責任分級：A級（輕微刮痕，免責）、B級（鈑金烤漆，自付上限 NT$5,000）、C級（結構損傷，依保險理賠）。
        服務時段：每日 07:00–23:00 可預約，夜間還車請停至地下停車場 B2 指定車位。
        《道路交通管理處罰條例》第56條：違規停車可處新台幣600元以上1,200元以下罰鍰。
        會員身分驗證步驟：1. 上傳身分證正反面 2. 上傳駕照 3. 臉部辨識 4. 綁定信用卡，全程約需 5 分鐘。
        2025年度服務報告：全年完成租賃 1,284,507 趟，平均每趟 47 分鐘，事故率 0.031%。
        九龍灣站因停車場維修，3月20日至3月31日暫停服務，請改至觀塘站（開源道）取車。
        客服信箱：service@gogo-share.com.tw，來信請附上訂單編號，請勿提供完整卡號。
        保險說明：每趟行程皆含強制險及第三人責任險（每一人傷亡 200 萬元），乘客險需另行加購。
        逢甲商圈站鄰近逢甲大學，週末用車需求高，建議提前一天預約。
    """),
    ("en", "ops_logs_config"): _lines("""
        2026-03-14T08:12:44Z INFO rental-svc order=ORD-7731920 vehicle=EV-SH-0417 state=UNLOCKED latency_ms=212
        deposit_refund: { max_days: 7, channel: original_payment, retry: 3, alert_threshold_cny: 5000 }
        WARN kyc-svc liveness_check score=0.41 below threshold 0.65, request_id=9f3c2a7e-1b44-4d0e-a8c1-77e2d61f0b93, result=RETRY
        SELECT city, COUNT(*) AS disputes FROM damage_claims WHERE created_at >= '2026-01-01' GROUP BY city ORDER BY disputes DESC;
        Release notes v5.8.2: fixed a bug where parking fee receipts showed the wrong station name; added Traditional Chinese UI for HK users.
        Fleet telemetry: 4,812 vehicles online, 312 charging, 57 flagged for low tyre pressure, 9 offline > 24h.
        ERROR payment-gw refund txn=RF20260315000912 code=ACQ.CARD_CLOSED message=original card account closed, fallback=manual
        Damage assessment SOP: photograph all four corners, the odometer and the charge gauge before unlocking; timestamps must come from the app, not the camera roll.
        Hotline for fleet partners: +86 21 6088 1200 (Mon-Fri 09:00-18:00), or email partners@cityshare.cn.
        sha256(contract_template_v12.pdf) = 4b7e1d09c2f8a35e6c0b91d7a4e2f38815cc0e7a9d6b2f1034a8c7e5d9b0f621
        Top 5 stations by trips in Q1: Hongqiao T2 P9, Jing'an Temple, Zhangjiang Hi-Tech Park, Xujiahui, Century Avenue.
        Q: If the car gets a flat tyre mid-trip, who pays for the tow? A: Roadside assistance is included; tyre damage from kerbing is billed to the trip.
        cron: 0 3 * * * /opt/ops/bin/release_violation_holds --older-than 30d --dry-run=false
    """),
    ("mixed", "cs_snippets"): _lines("""
        亲，您的 deposit refund 已经提交成功啦，一般 3-7 个 working days 到账哦～
        这单的 damage claim 我们 QA 复核过了，rear bumper 的划痕在上一单 check-in photos 里就有，所以 waived。
        Pls check 一下 order ORD-5520913 的 mileage，系统显示 1,284 km，明显是 OBD 数据异常。
        新版 KYC flow 上线后，face match 通过率从 91.2% 提升到 96.8%，但 OCR 识别驾驶证副页还是有问题。
        Reminder：周五 3pm 和 insurance partner 开 weekly sync，议题是 Q2 的 claim ratio。
        今天 outage 从 10:05 到 10:42，unlock 接口 5xx，受影响订单 2,341 单，已统一补偿 15 元 coupon。
        SG 站点的 ERP (Electronic Road Pricing) 费用按实际 gantry 扣费，会在 trip 结束后 48 小时内 post 到账单。
        麻烦 ops team 把 Jurong East 那个 station 的 EV charger 标成 faulty，ticket 已开：INC-20260318-77。
        Customer X 投诉 app 一直提示「驾驶证已过期」，其实是 OCR 把有效期年份读错了，已提 bug RENT-4412。
        马来西亚那边的 rental 需要做 JPJ license check，API 偶尔 timeout，先加 retry。
        Weekend promo：周六日用车满 2 小时送 1 小时，code WKND2H，限 V2 及以上会员。
        这条 violation 是 2026-02-28 在 Orchard Road 的 parking offence，LTA 罚 S$70，按 policy 转给当单 renter。
        Town hall 回顾：CEO 在会上说今年目标是把 damage dispute rate 降到 0.5% 以下。
    """),
    ("zh-Hans", "accident_liability"): _lines("""
        交通事故责任认定分为全部责任、主要责任、同等责任、次要责任和无责任五种，保险理赔比例与之对应。
        单方事故（如倒车撞墙）由用户承担全部责任，已购买“不计免赔”服务的，用户自付上限为 1500 元。
        事故快处流程：双方车辆可移动的，拍摄全景、碰撞部位、双方车牌三张照片后撤离现场，通过“交管12123”在线定责。
        本季度事故统计：共 217 起，其中追尾 96 起、剐蹭 88 起、单方 33 起，人员受伤 4 起，无死亡事故。
        中山路与鲁迅路交叉口是本市事故高发点位，平台已在该区域设置限速提醒电子围栏。
        中福会少年宫（近宋庆龄故居）网点本周新增 12 个充电车位，欢迎周末亲子出行。
        定损报告 DS-2026-0318-015：左前翼子板凹陷 8cm，钣金+喷漆，工时费 680 元，材料费 420 元，合计 1100 元。
        车损争议复核规则：双方对定损金额有异议的，可申请第三方公估机构复核，复核费用由异议不成立的一方承担。
        据媒体报道，2025年11月深圳某共享汽车平台一批车辆遭恶意划伤，警方称系同一团伙所为，已刑拘 3 人。
        行车记录仪视频保存期限为 30 天，如需调取请在事故发生后 7 日内提交工单。
        韩寒在电影《飞驰人生》里拍的拉力赛镜头都是封闭赛道完成的，平台提醒用户切勿在公共道路上模仿。
        事故认定书编号格式：地区码(6位)+年份(4位)+流水号(6位)，示例：XXXXXX-2026-000387。
        保险公司报案电话：人保 95518、平安 95511、太保 95500。
    """),
    ("zh-Hans", "forum_posts"): _lines("""
        求问：押金退了10天还没到账，这正常吗？当时用的是信用卡付的。
        分享一个小技巧：取车前绕车一圈拍视频，一定要拍到仪表盘里程和电量，还车时再拍一遍，车损争议基本能避免。
        有没有人遇到过实名认证一直失败的？提示“人脸比对不通过”，换了个光线好的地方就过了。
        吐槽一下，上周在望京SOHO网点取车，车里全是烟味，客服给了张10元券就完事了。
        新手问：没有信用卡能租共享汽车吗？借记卡可以交押金吗？
        科普：所谓“停运损失费”在不少法院判例里并不被支持，除非平台能证明确实产生了实际损失。
        对比了三家平台的价格，短途还是按分钟计费划算，超过4小时的行程选日租更省。
        【避坑】还车一定要等App显示“还车成功”再离开，否则系统会一直计费。
        楼主去年被扣了800车损费，走了12315投诉，最后退了600，大家遇到了别怂。
        投票：你觉得共享汽车最大的痛点是？A. 找不到车 B. 车况差 C. 定损不透明 D. 押金退款慢
        重读《了不起的盖茨比》才发现，那场车祸其实是黛西开的车，盖茨比只是替她扛了责任。
        有人知道异地还车怎么收费吗？从杭州开到上海，App上显示调度费 260 元。
        在鼓浪屿附近找不到网点，最近的是厦门大学思明校区西门那个，步行加轮渡要四十分钟。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员实名认证信息：姓名 周晓岚，身份证号 310115198803142037，驾驶证档案编号 310012456789，准驾车型 C1，认证时间 2026-02-03 10:14。
        工单 GD20260322-011245：用户林振华（手机 13917284605）反馈押金 999 元申请退款已 20 天仍未到账，要求今天给答复。
        违章转移确认：驾驶人 王建国，驾驶证号 440306199207215816，于 2026-03-09 驾驶平台车辆在深南大道闯红灯，记 6 分。
        客服备注：陈阿姨（3栋502）说她儿子陈浩用她的账号开车出了剐蹭，想把事故责任转到儿子名下，儿子今年刚拿驾照。
        事故定责：我方用户赵磊负全部责任，对方车主刘女士轻微颈部扭伤，已送浦东医院检查，医疗费先由我方保险垫付。
        押金退款申请：户名 黄雅婷，开户行 招商银行深圳科技园支行，卡号 6214 8375 5092 1740。
        小区群里说，6号楼的张师傅上个月开共享汽车撞了人，现在天天在赔钱，听说把房子都拿去抵押了。
        投诉人吴海燕称整备员在车内捡到她遗落的病历本（抑郁症复诊记录），要求平台立即归还并对内容保密。
        车损争议：用户“小鹿乱撞”（微信号 lulu_zhang1993）坚持说刮痕不是她弄的，要求调取行车记录仪视频。
        押金退还确认函邮寄地址：北京市海淀区学院路38号院7号楼2单元1103，收件人 孙志强，电话 18601137742。
        风控名单：马文静，身份证 110108197909053627，多次车损未赔付，累计欠款 4,860 元，已移交第三方催收。
        内部通报：整备员李强于3月15日私自使用待整备车辆接送家人，扣除当月绩效并记过一次。
        李队长说刘晓东那天是喝了酒才去还的车，这事千万别在群里说。
        用户何佳琪来电称其丈夫在外欠债，债主一直打她电话，要求平台删除账户里绑定的紧急联系人信息。
        行程记录查询：会员郑宇 2026-03-18 21:40 从静安寺网点取车，22:55 还至张江网点，订单 ORD202603180917。
        紧急联系人：杨秀英（母亲），手机 15821936408。
        驾驶证记分查询：持证人 冯婉清，证号 510107199501172240，当前累计记分 9 分，再扣 3 分将被暂扣驾驶证。
        司机小邓（跑滴滴兼职那个）今天又来问能不能先用车后交押金，说他老婆刚生完孩子，手头很紧。
        这台车上一个用户是许文博，还车照片显示左后门已经凹了，可他一直不接电话。
        退款失败：支付宝账号 chen.yuqi88@163.com 已注销，请用户陈雨琪提供新的收款账户。
        外籍会员护照认证：NGUYEN VAN HUNG，越南护照号 C4829173，签证有效期至 2026-09-30，任职于苏州工业园区某电子厂。
        听前台说，高经理的女儿高思远上周开共享车在高架上追尾了，人没事，但前车车主要起诉她。
        工单回访记录：用户蔡丽娟情绪激动，称押金迟迟未退影响她支付透析费用，已加急处理。
        事故现场信息：对方车辆 浙A·7F3Q2，车主沈国栋，电话 13858017396，投保平安车险。
        会员吴昊（身份证 330106200104290871）实名认证人脸比对失败 5 次，疑似他人代认证，账户已冻结。
        刘大爷的孙子刘子轩刚满18岁，驾龄不到一年，就拿爷爷的账号租车，被风控发现人车不符，账户已封。
        邓美玲的工资卡被法院冻结了，押金退不回去，她让我们退到她妹妹邓美琪的卡上。
        【速行出行】韩雪您好，您于03月02日使用的车辆 苏E·5L29M 在干将路违停，罚款200元，请在7日内处理。
    """),
    "zh-Hant": _lines("""
        會員資料：陳思妤，身分證字號 F228305177，手機 0912-384-765，信用卡末四碼 4417。
        客服紀錄：林怡君小姐表示上週在信義區還車時被機車撞到，目前在台大醫院復健，希望延後繳納車損費。
        香港會員黃家豪，身份證號碼 K613295(2)，住址：新界沙田禾輋邨豐和樓 1417 室。
        違規通知：駕駛人 吳俊宏 (H138294065)，於 2026/02/18 在中山北路超速，罰鍰 NT$1,600，請於期限內繳納。
        阿美姐（逢甲站旁邊那間早餐店老闆娘）說她兒子欠了我們兩萬多的車損費，問能不能分期還。
        李偉強先生電郵 wkli.hk@gmail.com，聯絡電話 9634 8172，投訴押金遲遲未退。
        退款帳戶：戶名 張雅雯，信用卡號 4516 2980 3317 4623，請財務於本週五前完成退款。
        事故定責：本公司會員蔡承恩負主要責任，對方機車騎士鄭小姐左腳骨折，住院兩週。
        何太話佢老公用咗佢個account租車，撞完車就走咗，而家搵唔到人，佢唔想再幫佢還錢。
    """),
    "en": _lines("""
        KYC record: Tan Wei Ming, NRIC S8234716Z, mobile 9127 4836, licence class 3, verified 2026-02-11.
        Damage dispute: member Nurul Aisyah binti Ahmad (MyKad 930227-10-6248) disputes the RM1,450 charge for a cracked windscreen at the Subang Jaya station.
        Deposit refund to Rajesh s/o Muthusamy, DBS account 027-918463-2, was rejected because the account name didn't match.
        Mdm Lim from Blk 418 #07-233 called again about her son's parking fine; she says he has been unemployed since January and can't pay.
        Passenger Siti Rahayu (FIN G5927316M), a domestic helper, was in the car during the Tampines accident and was treated at Changi General for a wrist fracture.
        Accident report: our member Marcus de Souza rear-ended a taxi on the PIE; Marcus admitted he had been on shift for 20 hours and dozed off.
        Please email the refund confirmation to ahmad.faizal92@yahoo.com and WhatsApp him on +60 12-384 7716 once done.
        Kavitha d/o Ramasamy asked us to remove her ex-husband from the shared family account because of a court protection order.
        Telegram user @jonnyboi_sg (Jonathan Goh) keeps messaging our CS staff about his suspended account.
    """),
    "mixed": _lines("""
        用户 Ong Kah Hui 的 car plate SJK4821U 在 Bukit Timah 被 ticket 了两次，他要求我们 transfer 给他弟弟。
        马来西亚用户 Muhammad Hafiz bin Rosli，IC 870512-14-5531，车牌 WXY 8823，押金 RM300 still pending refund。
        大陆用户张博文 passport E87234519，在 KL 租车出了 accident，对方 driver 要求 settlement RM2,000。
        IG 账号 @vivian.chow.hk 的 owner 就是上周投诉我们 damage charge 的周薇薇，她在 IG 上发帖骂我们。
        Ravi a/l Subramaniam 的 payslip 显示 monthly RM3,200，但他申请的是 premium 会员 instalment plan。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是速行出行共享汽车平台的在线客服助手，负责押金、违章和车损相关咨询。"),
        ("user", "你好，我押金退款申请了两周还没到账，订单都结束很久了。"),
        (
            "assistant",
            "您好，押金退款一般在7个工作日内原路返回。请提供注册手机号，我帮您查询退款进度。",
        ),
        (
            "user",
            "手机号 13761502948，姓名 钱佳怡，当时是用建行卡 6217 0038 1940 5622 774 交的押金。",
        ),
        (
            "assistant",
            "已查到您的退款记录，原卡退款被银行退回，我已为您重新发起，预计3个工作日内到账。",
        ),
    ],
    [
        ("system", "你是一名协助处理分时租赁事故定责的助手。"),
        (
            "user",
            "帮我整理一下这起事故：我们会员驾驶平台车辆在延安西路追尾了一辆白色轿车，对方车牌沪C·8H52L，车主叫顾建明，说腰有点疼要去医院。",
        ),
        (
            "assistant",
            "好的，初步看属于追尾，通常由后车承担全部责任。建议先完成快处拍照，并记录对方就医情况以便保险理赔。",
        ),
        ("user", "顾先生的电话是 13901827563，他说明天去瑞金医院拍片。"),
        ("assistant", "已记录。请提醒对方保留挂号单、检查报告和发票，理赔时需要提交。"),
    ],
    [
        ("system", "你是违章转移专员的写作助手。"),
        (
            "user",
            "帮我写一条短信，通知驾驶人 许婧 处理违章，她的驾驶证号是 320502198606114282，违章是 3 月 5 日在人民路违停。",
        ),
        (
            "assistant",
            "【速行出行】许婧您好，您于3月5日在人民路的违停记录已转至您名下的驾驶证，请在7日内通过交管12123处理，逾期将从违章保证金扣款。",
        ),
        ("user", "可以，不过短信里别写驾驶证号。"),
        ("assistant", "明白，上面的短信正文没有包含证号，可以直接发送。"),
    ],
    [
        ("system", "你是香港共享汽車平台的客服助理，以繁體中文回覆。"),
        ("user", "我想完成會員認證，但係上傳身份證一直失敗。"),
        (
            "assistant",
            "請確認相片清晰、無反光，並且四角完整。如仍失敗，可以提供身份證號碼讓我們人手核對。",
        ),
        ("user", "我叫梁嘉欣，身份證號碼 Y482017(5)，駕駛執照已經有三年。"),
        ("assistant", "謝謝梁小姐，資料已提交人手審核，一般於24小時內完成，屆時會以短訊通知。"),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore car-sharing operator's damage claims team.",
        ),
        (
            "user",
            "Draft an invoice note for the rear bumper repair. Renter is Lee Hui Min, NRIC T0215588A, address Blk 305 Ang Mo Kio Ave 1 #11-482.",
        ),
        (
            "assistant",
            "Invoice note: Repair of rear bumper following trip on 14 Mar 2026. Amount payable S$620 including GST. Billed to Lee Hui Min, Blk 305 Ang Mo Kio Ave 1 #11-482.",
        ),
        ("user", "She says she'll contest it. Anything else we should keep on file?"),
        (
            "assistant",
            "Keep the check-in and check-out photos, the telematics impact log and her written statement, so the dispute can be reviewed properly.",
        ),
    ],
    [
        ("system", "You help a Malaysian car-sharing support team reply to members."),
        (
            "user",
            "Member Farah Nadia binti Zulkifli wants her RM200 deposit back. Her MyKad is 950814-08-5276 and she says she is moving to Penang next week.",
        ),
        (
            "assistant",
            "Understood. Her account shows no open trips or pending summonses, so the refund can be released to the original card within 7 working days.",
        ),
        ("user", "Can you write a short WhatsApp reply for her?"),
        (
            "assistant",
            "Hi Cik Farah, your RM200 deposit refund has been approved and should reach your original card within 7 working days. Safe move to Penang!",
        ),
    ],
    [
        ("system", "你是车队运营组的内部助手。"),
        (
            "user",
            "我们整备组的王芳最近老请假，听说她在打离婚官司，孩子抚养权还没定下来。排班怎么调整比较好？",
        ),
        (
            "assistant",
            "建议先和她本人沟通可用时间，再把夜班和跨区调度任务优先安排给其他同事，同时注意保护她的个人隐私。",
        ),
        ("user", "好，那这个月她的网点巡检谁来顶？"),
        (
            "assistant",
            "可以由同片区的另一名整备员临时兼管，并在排班表中备注为临时调整，不写具体原因。",
        ),
    ],
    [
        ("system", "你是客服主管的邮件写作助手。"),
        (
            "user",
            "帮我给投诉用户回封邮件，用户叫 方子豪，邮箱 fangzihao_88@qq.com，他投诉被多扣了 300 元车损费。",
        ),
        (
            "assistant",
            "方先生您好：关于您反馈的车损费问题，我们已复核还车照片，确认该划痕为历史车损，多扣的 300 元将在3个工作日内退回原支付账户。给您带来不便，深表歉意。",
        ),
        ("user", "语气再正式一点，落款写客服中心。"),
        (
            "assistant",
            "尊敬的方子豪先生：经核查，您所反映的车损扣费有误，相关款项 300 元将于3个工作日内原路退回。特此致歉。速行出行客服中心",
        ),
    ],
    [
        ("system", "你是台灣共享汽車平台的客服助理。"),
        ("user", "我的帳號被停權了，說是違規沒繳。"),
        ("assistant", "請提供會員手機號碼，我協助查詢違規紀錄。"),
        ("user", "0928-617-304，我是蘇雅琪，身分證 A267190437。"),
        (
            "assistant",
            "蘇小姐您好，查到一筆 2 月 11 日的違規停車罰單尚未繳納，繳納後約 1 個工作天即可恢復帳號使用。",
        ),
    ],
    [
        (
            "system",
            "You summarise support tickets for the ops manager, mixing Chinese and English as the team does.",
        ),
        (
            "user",
            "帮我 summarise 这个 ticket：用户 Jason Lau 微信 jasonlau_sz2020，说车在 Shekou 抛锚了，tow 费用 ¥450 是他自己垫付的，他要求 reimbursement。",
        ),
        (
            "assistant",
            "Summary：用户 Jason Lau 在蛇口用车途中车辆抛锚，自付拖车费 ¥450，要求报销；需核实 telematics 故障记录后决定是否 reimburse。",
        ),
        ("user", "加上他的 contact：微信就行，别放手机号。"),
        ("assistant", "已更新：Contact 微信 jasonlau_sz2020。建议 24 小时内回访并附上报销结果。"),
    ],
]
