# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh167: shared bikes and e-bike rental (deposit refunds, parking fines, riding accidents, support tickets, ops groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh167
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "押金与退款规则"): _lines("""
        押金退还说明：申请退押金后，款项原路退回至支付账户，一般 1-3 个工作日到账；信用分满 550 分的用户可免押骑行。
        如您使用信用卡支付押金，退款到账时间以发卡行处理为准，最长不超过 15 个工作日。
        免押金服务由第三方信用评估机构提供支持，芝麻信用 650 分以上可直接开通，不满足条件的用户仍需缴纳 99 元押金。
        问：押金退了为什么钱包里还显示 0.00 元冻结？答：退款处理中金额会暂时显示为冻结，状态变为“已退款”后即自动解除。
        骑行卡、月卡等权益类产品一经激活不支持退款，未激活的可在购买后 7 天内申请全额退款。
        根据《交通运输新业态用户资金管理办法（试行）》，运营企业原则上不收取用户押金，确需收取的应当开立专用存管账户。
        退款流程：我的钱包 → 押金 → 申请退款 → 选择原因 → 确认提交，提交后不可撤销。
        若押金退款超过 7 个工作日仍未到账，请在 App 内提交工单并附上支付凭证截图，客服将在 48 小时内回复。
        电单车押金与单车押金分开管理，退还电单车押金不影响单车骑行卡的正常使用。
        余额退款说明：充值赠送金额不可退，仅退还实际充值部分，退款金额 = 充值金额 − 已消费金额。
        账户注销前需结清所有欠费订单并退还押金，注销后骑行记录将在 30 日内删除。
        押金退款失败常见原因：支付账户已注销、银行卡已挂失、第三方支付渠道维护中，请更换退款渠道后重试。
        学生认证用户押金减半，需上传学生证照片，认证有效期至当年 9 月 30 日，到期需重新认证。
    """),
    ("zh-Hans", "客服工单模板与系统日志"): _lines("""
        工单号 GD20261206-004417 ｜ 类型：押金退款 ｜ 状态：已处理 ｜ 处理时长 2 小时 14 分
        【回复模板】您好，{用户称呼}，您反馈的订单 {订单号} 已核实为系统计费异常，多扣的 {金额} 元将在 1-3 个工作日内退回原支付账户。
        订单号 202612061532087741 计费异常：骑行时长 00:12:37，计费 46.50 元，疑似未关锁，已自动触发复核。
        客服话术规范：用户情绪激动时先致歉，再复述问题，不要承诺具体到账时间，不得在通话中索要完整身份证号。
        工单分类统计（11 月）：押金退款 1,284 件，计费争议 3,907 件，违停调度费申诉 2,516 件，车辆故障 5,033 件，事故理赔 142 件。
        系统提示：您的工单 TK-88420173 已升级至二线处理，预计 24 小时内给出结论。
        【短信模板】尊敬的用户，您于 ${date} 在 ${area} 停放车辆超出运营区域，已产生调度费 ${fee} 元，如有异议请在 7 日内申诉。
        退款审批规则：单笔 ≤ 50 元客服可直接退，50-200 元需组长审批，超过 200 元需提交财务复核。
        工单 #3391027 关闭原因：用户未在 72 小时内补充材料，系统自动结单。
        常见问题标签：#锁不上 #扫码无反应 #计费不准 #押金未到账 #被误判违停 #车座损坏
        微信支付交易单号 4200002178202612068834501276，退款单号 50300808112026120612345678，退款金额 2.00 元，状态：退款成功。
        客服 SLA：一线首响 ≤ 60 秒，工单 24 小时内首次回复，投诉类 48 小时内结案，12315 转办件当日响应。
        支付宝退款批次号 2026120622001498760531，状态 SUCCESS，共 312 笔，合计 29,640.00 元。
        事故报案登记表（空白）：姓名＿＿＿＿ 身份证号＿＿＿＿＿＿＿＿ 手机＿＿＿＿＿ 车辆编号＿＿＿＿ 事故时间＿＿＿＿ 伤情描述＿＿＿＿
        小橙出行客服热线 400-921-5588（每日 9:00-21:00），如遇人身伤害请先拨打 120 或 110。
    """),
    ("zh-Hans", "运维群消息"): _lines("""
        【早班通报】今天 7:30-9:00 地铁口潮汐点位需补车 180 辆，二组负责科技园，三组负责西丽站。
        车辆编号 862104937 锁体离线超过 48 小时，最后定位在滨江大道辅路，麻烦附近的同事去看一下。
        电池仓 BAT-20A-7731 这一批电压异常，今天换下来的电池统一回仓检测，别再往外投。
        夜班注意：今晚有雷阵雨，电单车全部收到有顶棚的停放区，换电任务顺延到明早六点。
        本周违停热点：万达广场东门、人民医院门诊楼前、一中校门口，城管已经约谈公司，巡检频次提到每两小时一次。
        公司运营车辆（号牌 苏E·D0817，行驶证登记在公司名下）中控进水，已拖回二号仓，备件明天到。
        大家注意：明天上午市交通运输局来核查投放配额，超出配额的 300 辆今晚必须全部收回。
        北区仓库门禁密码今天改了，需要的找组长私聊要，别发在群里。
        今日数据：投放 4,210 辆，周转率 3.6 次/车/日，故障报修 87 单，完成维修 79 单。
        又有车被扔进河里了，已经报警，打捞队下午两点到，去的人带好胶鞋和手套。
        @所有人 本月安全培训改到周五下午三点，地点二楼会议室，无故不参加按旷工半天处理。
        调度车 3 号车胎爆了，停在环城北路加油站，今天下午的搬运任务由 5 号车接。
        电子围栏 v2.3 今晚上线，停车点偏差从 20 米收紧到 5 米，明天用户投诉会多，客服那边提前准备话术。
        二维码贴纸坏了的车先拍照上传到巡检系统，不要自己手写车号贴上去。
    """),
    ("zh-Hans", "违停与法规公告"): _lines("""
        根据本市《互联网租赁自行车管理办法》，未在规定区域停放的车辆，由城市管理部门责令运营企业限期清理。
        《电动自行车安全技术规范》（GB 17761-2018）规定最高设计车速不超过 25 km/h，整车质量（含电池）不超过 55 kg。
        驾驶电动自行车须年满 16 周岁，驾乘人员应当佩戴安全头盔，违者由公安机关交通管理部门依法处理。
        调度费收费标准：运营区内非停车点还车 5 元，运营区外还车 20 元起，按距离加收，最高不超过 50 元。
        公告：12 月 10 日起，火车站南广场全面禁止停放共享单车，违停车辆将由执法部门统一清运。
        市民如发现共享单车乱停乱放、堵塞盲道，可拨打 12345 市民服务热线反映。
        《中华人民共和国道路交通安全法》第五十八条：残疾人机动轮椅车、电动自行车在非机动车道内行驶时，最高时速不得超过十五公里。
        非机动车闯红灯、逆行、在机动车道内骑行的，依法处警告或者 5 元以上 50 元以下罚款，具体以当地规定为准。
        城管执法提示：被清运的共享单车由运营企业统一认领，骑行用户无需前往停车场处理。
        违停申诉须知：请在收到扣费通知后 7 日内提交，附还车位置照片（需清晰显示车辆及周边标志物），逾期不予受理。
        学校周边 200 米范围设为限停区，上下学时段（7:00-8:00、16:30-17:30）禁止还车。
        《电动自行车安全技术规范》自 2019 年 4 月 15 日起正式实施，不符合新国标的车辆不得投放运营。
    """),
    ("zh-Hans", "行业新闻与事故统计"): _lines("""
        2018 年末 ofo 小黄车退押金的排队人数一度超过 1000 万，创始人戴威在内部信中表示要“想尽一切办法活下去”。
        2018 年 4 月美团宣布全资收购摩拜单车，同年 12 月摩拜创始人胡玮炜卸任 CEO。
        某研究机构统计显示，共享电单车事故中约六成伤者未佩戴头盔，头部损伤占重伤案例的七成左右。
        本市上半年涉及非机动车的道路交通事故 1,326 起，其中共享单车占 17%，事故多发于早晚高峰时段。
        在未成年人骑行共享单车受伤的诉讼中，法院通常审查企业是否尽到了技术防范义务，未尽到的需承担相应责任。
        老舍《骆驼祥子》里，祥子攒了三年钱才买上自己的车，一辆车对那个年代的车夫意味着全部生计。
        调查发现，共享电单车头盔丢失率一度高达四成，多个城市已试点智能头盔锁，未戴头盔无法开锁。
        骑行保险说明：骑行期间意外身故或伤残最高赔付 20 万元，意外医疗最高 2 万元，需在事故发生后 48 小时内报案。
        荷兰是人均自行车保有量最高的国家之一，阿姆斯特丹市内自行车道总长超过 800 公里。
        某区法院发布典型案例：骑行人逆行与正常行驶的共享单车相撞，法院认定逆行一方承担主要责任，运营企业无责。
        行业报告显示，三四线城市共享电单车投放量增速已超过一线城市，头盔佩戴率却明显偏低。
    """),
    ("zh-Hant", "公告與常見問題"): _lines("""
        YouBike 2.0 計費方式：前 30 分鐘優惠價，超過後每 30 分鐘累加計費，實際費率以各縣市公告為準。
        租借須知：請使用已註冊之悠遊卡或一卡通，每張卡同一時間僅能租借一輛車。
        還車後若站點顯示「還車失敗」，請勿離開，並立即透過 App 回報或撥打 1999 市民熱線。
        香港：在公眾地方違例停泊的共享單車可被政府部門移走，市民如有查詢可致電 1823。
        押金退還通知：退款將於 7 至 14 個工作天內存入原付款信用卡，實際入帳日以發卡銀行為準。
        騎乘電動輔助自行車須遵守速限規定並配戴安全帽，未滿 14 歲者不得騎乘。
        事故處理流程：先確保自身安全 → 報警（110）→ 拍照存證 → 於 App 內提交事故報告 → 保險公司聯繫。
        常見問題：租借超過 4 小時未還車，系統將視為異常租借並暫停帳號使用權限。
        客服工單 CS-TW-20261206-0182 已結案，處理結果：退還溢扣金額 NT$20。
        會員條款第 12 條：會員應妥善保管帳號密碼，因個人保管不當所生之損失由會員自行負擔。
        站點維護公告：捷運公館站 2 號出口站點因道路施工，自 12 月 8 日至 12 月 20 日暫停服務。
        亂停亂放檢舉獎勵辦法：檢舉經查證屬實者，每件贈送騎乘點數 10 點，每月上限 100 點。
    """),
    ("en", "ops and product docs"): _lines("""
        Deposit refunds are processed back to the original payment method within 3-5 business days; we will never ask for your card PIN or OTP.
        Parking fee schedule: returning a bike outside the geofence costs SGD 3.00 per incident; repeat offences within 30 days may lead to account suspension.
        Incident SOP: secure the scene, call 995 if anyone is injured, photograph the bike ID plate, and log the incident in the ops console within 2 hours.
        Ticket INC-20261206-0457 resolved: a batch of 42 locks failed firmware update v4.1.7 and was rolled back to v4.1.5.
        Under LTA rules only bicycles and PABs may be ridden on cycling paths; e-scooters have been banned from footpaths since November 2019.
        Ops dashboard: 12,480 active bikes, 312 reported faulty, average trip 14.2 min, rebalancing trucks on shift: 9.
        Template: "Hi {first_name}, your deposit of {amount} has been refunded to the card ending {last4}. Thanks for riding with us!"
        Refund job failed with error code PAY-4012 (gateway timeout) for 17 transactions; retry scheduled at 02:00 UTC+8.
        Q: Why was I charged a relocation fee? A: The bike was returned outside a designated parking zone; you can appeal in-app within 7 days with a photo.
        Lock hardware spec: BLE 5.0 + NB-IoT, 3.7 V 4,000 mAh battery, IMEI printed under the QR label, model SL-X2.
        Insurance cover for registered riders: personal accident up to MYR 50,000 during an active trip; claims must be filed within 14 days.
        Helmet compliance in the pilot zone rose from 31% to 68% after smart helmet locks were rolled out.
    """),
    ("mixed", "技术与配置"): _lines("""
        REFUND_MAX_AUTO_AMOUNT = 50  # 超过 50 元的退款需人工审核
        SELECT order_id, fee, status FROM ride_orders WHERE status = 'ABNORMAL' AND created_at > '2026-12-01'; -- 查异常计费订单
        geofence: { city: "hangzhou", max_offset_m: 5, no_parking_zones: ["westlake_scenic", "station_south"] }
        POST /api/v2/deposit/refund 返回 {"code": 40021, "msg": "存在未支付订单，无法退押金"}
        2026-12-06 08:14:22.317 WARN LockService - device 867530041298716 heartbeat timeout 300s, 最后上报电量 12%
        cron: 0 3 * * * python refund_reconcile.py --date yesterday --channel alipay,wechat  # 每天凌晨三点对账
        手机号脱敏规则：正则 ([0-9]{3})[0-9]{4}([0-9]{4}) 替换为 $1****$2，日志中禁止输出明文身份证号。
        骑行订单状态机：CREATED → RIDING → LOCKED → PAID / DISPUTED → REFUNDED
        Kafka topic bike.lock.events 分区数 24，保留 72 小时，消费组 dispatch-service lag 超过 5000 条告警。
        feature flag helmet_lock_required 在 city_code=3301 打开，其他城市默认关闭。
        二维码内容示例：https://bike.example.cn/s?no=8621049375&v=3，扫码后跳转小程序开锁页。
        Release note v5.12.0：修复 iOS 17 扫码后闪退；押金页支持展示退款进度；违停申诉照片上传自动压缩。
        身份证号校验：第 18 位为校验码，按 ISO 7064 MOD 11-2 计算，余数 2 对应 X，实名接口会先做本地校验再调公安库。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        押金退款申请 | 姓名：张建伟 | 手机：138 1052 7736 | 身份证号：11010519870314203X | 退款原因：不再使用 | 退至：农业银行 6228 4800 4512 7369
        客服工单 GD20261205-003318：用户王女士（手机 15967281043）反映 11 月 28 日在西湖文化广场还车被收 20 元调度费，称当时就在停车点内，已附照片，申请退还。
        @陈浩 你昨晚交上来的换电记录少了 14 块电池，今天中午前跟组长说清楚，不然这个月绩效按规定扣。
        事故登记：骑行人 刘思雨，女，26 岁，12 月 3 日 18:40 在滨盛路与江汉路口骑电单车被右转货车刮倒，左腿胫骨骨折，现在滨江区第一人民医院住院。
        我叫赵磊，11月30号在万象城北门还的车，App 提示还车成功，结果第二天扣了我 35 块调度费，我手机号 18621930457，麻烦查一下。
        实名认证失败工单：用户 黄晓敏，证件号 440106199304150865，系统提示“姓名与证件号不匹配”，用户称已在派出所办理更名，需人工核验。
        有谁认识这个人吗？连续三天把我们的电单车骑回自己小区地下车库，车牌 浙A·5L29H 那辆白色大众就是他的，物业说他叫孙国栋。
        理赔材料（已收）：身份证复印件（周启明 310115199207084613）、门诊病历、CT 报告（右锁骨骨折）、医疗费发票 6,842.50 元、收款账户 建设银行 6217 0012 8830 4573。
        退押金半个月都没到，电话打了八遍没人理，我支付宝账号是 lin.yuqing_88@163.com，名字林雨晴，押金 299 元，你们再不退我就去 12315 投诉了。
        黑名单记录：用户 吴少华 10 月内 6 次将车辆骑入翠苑三区小区内部停放，经两次警告无效，已于 11 月 2 日起限制骑行 30 天。
        明天起北仓调度车司机换成李国庆，电话 137 5821 0964，车辆调拨的事直接找他。
        骑行保险报案：报案人 马晓峰，身份证 510107199905173813，事故时间 2026-11-19 07:55，地点 成都市武侯区科华北路，伤情：面部擦伤、右手腕扭伤，门诊花费 1,260 元。
        催缴通知：何志刚先生，您名下账户尚有 3 笔骑行订单未支付，合计 186.40 元，请于 12 月 15 日前补缴，逾期将暂停您的骑行权限。
        客服备注：来电人自称郭美玲的妈妈，说女儿在市二中读初二，今年 14 岁，用她的账号骑电单车被交警拦下，要求注销账号并退押金，已告知需本人身份证。
        退款打款失败：收款人 邓文杰，卡号 6222 0217 0300 9188（工商银行），失败原因：户名不符，请用户核对后重新提交。
        有没有人跟我一样押金一直没退的？我 qq 2873341956，拉个群一起去消协，我叫曹雪，不是写红楼梦那个哈哈。
        实习周报：本周跟着彭涛师傅学修车，他说我刹车线拧得太紧，下周争取独立完成 20 辆的维修。—— 实习生 许佳宁
        事故现场记录：受伤学生 郑宇航，浙江工业大学大二，骑共享单车时与外卖电动车相撞，外卖员 胡建军 称对方突然变道，双方未报警，已互留电话。
        用户投诉工单 TK-88420561 | 投诉人：谢丽娟 | 联系电话：0571-8796 3214（家里座机） | 内容：楼下邻居天天把十几辆共享单车堆在单元门口，物业不管，要求平台派人清走。
        运营群通报：北区仓管 冯建华 连续两周盘点数据造假，虚报在库车辆 230 辆，经研究给予辞退处理，大家引以为戒。
        押金退款人工处理表：单号 RF-2026-118832 | 户名 SHEN JIAYI 沈佳怡 | 退款渠道 微信 | 微信号 shenjy_0915 | 金额 199.00
        电话回访：杜先生，手机 199 0871 2236，12 月 1 日骑车时刹车失灵摔倒，膝盖缝了 4 针，要求赔偿医药费和误工费共 3,500 元，已转理赔组。
        失物招领：调度员在 0417 号车的车筐里捡到钱包一个，内有身份证（叶俊峰 350203198508092716）和两张银行卡，请失主本人带手机号 135 0592 7718 验证后到仓库领取。
        交警事故认定书摘录：当事人甲 钱立新（驾驶 粤B·3QK82 小型轿车），当事人乙 潘雅琪（骑行共享电单车），甲方右转未让直行，承担全部责任。
        今天投诉最凶的是那个蒋海波，一上午打了 11 个电话骂坐席，录音已经存档，他账号 189 3015 6672 先别给退款，等法务意见。
        押金退还确认函 —— 致 刘德旺 先生：您于 2017 年 6 月缴纳的押金 299 元已于 2026 年 12 月 2 日退还至您尾号 2250 的建设银行卡，请查收。
        违规记录：电单车用户 孟凡宇 于 11 月 22 日 23:10 酒后骑行被交警查获，车辆被暂扣，平台同步冻结其账号 90 天。
        新员工入职登记：姓名 唐晓雯 | 岗位 运维专员 | 身份证 330106198811300426 | 紧急联系人 唐国平（父）138 5716 2290
        群里的 wangpeng 是不是就是昨天在仓库门口跟保安吵架那个王鹏？工号 YW0387，人事说下周一要约谈他。
        我是武汉的用户余涛，身份证 420111200109031273，大学时注册的电单车账号，毕业了想退 99 元押金，但原来的手机号 150 7238 4419 已经停机收不到验证码，怎么办？
        头盔寄回登记 — 收件人：苏婉清 | 电话 13671849025 | 地址：上海市浦东新区张杨路 1588 弄 12 号 502 室 | 备注：头盔寄回后再处理押金退还
        南京用户 陆文涛（320102197606223351）投诉其儿子未经同意用他的账号骑行，要求导出近 30 天骑行轨迹并关闭免密支付。
    """),
    "zh-Hant": _lines("""
        YouBike 事故理賠申請｜申請人：林怡君｜身分證字號：A224817359｜手機：0912-386-574｜事故經過：11/30 於新生南路慢車道跌倒，右手腕骨折。
        香港用戶 陳嘉欣（HKID K615283(A)），電話 9137 6628，投訴單車押金 HK$199 超過兩個月仍未退還，要求客服主任親自回覆。
        會員停權通知：張志豪先生，您於 12 月 1 日騎乘期間將車輛棄置於私人停車場內，經查證屬實，帳號停權 14 日。
        有人把一台 YouBike 丟在我家巷口水溝，我 LINE ID 是 mei_chen0612，住台中市西區民生路 210 巷 5 號，維修人員可以直接來拿。
        退款帳戶資料：戶名 黃俊銘｜國泰世華（013）帳號 030506187243｜退款金額 NT$300｜原因：押金重複扣款
        事故筆錄節錄：騎士 吳宗翰（身分證 B120593188）於大安區復興南路與計程車 TDA-5827 擦撞，計程車駕駛 謝明達 稱騎士闖紅燈，雙方各執一詞。
        阿 Ken（梁家明）今晚值夜班，佢手機 6283 1947，有單車被人掟落城門河就即刻搵佢。
        客服紀錄：蔡佩珊小姐（F204366712）來電，表示 11 月 18 日騎乘時煞車失靈，膝蓋擦傷就醫，已提供台大醫院診斷證明，申請保險理賠 NT$3,200。
    """),
    "en": _lines("""
        Refund escalation: customer Nurul Aisyah binti Kamarudin (IC 880923-10-6142, tel 012-738 4051) says her RM 30 deposit has not been refunded since October.
        Incident report SG-INC-7781: rider TAN WEI MING, NRIC S8734261A, fell on the PCN near Bedok Reservoir at 06:45, abrasions to both knees, conveyed to Changi General Hospital.
        @rajesh a/l subramaniam pls collect the 12 bikes at Jalan Ampang before 3pm, boss says if you're late again you'll get a written warning
        Parking fine appeal from Jonathan D'Cruz (jdcruz.1987@gmail.com, +65 9172 4836): I was charged SGD 3 at Tampines Hub but the app map showed the zone as green.
        Rental account KYC: MUTHU KUMAR S/O RAMASAMY, FIN G5123984P, work permit holder, deposit SGD 49 paid via Visa 4380 8807 1936 2250.
        Chargeback: Ahmad Faizal bin Ismail (MyKad 910415-14-5237) disputes an RM 120 e-bike rental in Penang on 14 Nov, says he was in Kuala Lumpur that day.
    """),
    "mixed": _lines("""
        工单 TK-88420902｜user: Lim Jia Hui 林佳慧｜WeChat: jiahui_lim93｜issue: 在 Johor Bahru 租的电单车被扣押金 RM 50，说车身有划痕，她坚持是原本就有的。
        @kevin 刘凯文 today 北门点位补车 50 辆 ok? 你上周迟到三次 HR 已经 note 了，这周再迟到就要写 warning letter。
        Refund form — Name: 罗晓东 LUO XIAODONG | Passport: E58217394 | Mobile: +86 177 2094 6618 | Reason: 离开新加坡回国，申请退还 SGD 49 押金
        事故报告 accident report: 骑行人 Siti Hajar binti Rahman，MyKad 950611-01-5384，在 KL Sentral 附近被私家车撞倒，左手骨折，已送 Hospital Kuala Lumpur 住院。
        Hi 我是 Zhou Mingxuan，UBC 交换回来的，账号 mingxuan.zhou@outlook.com 的押金 refund 一直 pending，能帮忙 check 一下吗？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是小橙出行的在线客服助手，负责解答押金、计费和违停问题。"),
        ("user", "押金申请退款十天了还没到账，怎么回事？"),
        ("assistant", "很抱歉让您久等了。请提供注册手机号和账户姓名，我帮您查询退款进度。"),
        ("user", "手机号 13524780163，名字方志远，押金 199 块，11 月 26 号申请的。"),
    ],
    [
        ("user", "我昨天骑电单车摔了，想走骑行保险理赔，要准备什么？"),
        (
            "assistant",
            "请准备身份证、病历和医疗费发票，并告诉我事故时间、地点和伤情，我先帮您登记报案。",
        ),
        (
            "user",
            "我叫邱梦瑶，身份证 370202199712261646，12 月 5 号晚上在青岛市南区香港中路摔的，左脚踝韧带撕裂，目前花了 2,400 元。",
        ),
    ],
    [
        ("user", "我的 YouBike 帳號被多扣了兩次錢，可以幫我查嗎？"),
        ("assistant", "好的，請提供會員註冊的手機號碼與姓名，我為您查詢扣款紀錄。"),
        (
            "user",
            "我是李宛蓉，手機 0928-417-356，12 月 2 日在市府站借車，還車後被扣了 NT$35 兩次。",
        ),
    ],
    [
        ("system", "You are the support assistant for a bike-sharing operator in Singapore."),
        (
            "user",
            "I got a relocation fee for parking outside the zone at Punggol, I want to appeal.",
        ),
        (
            "assistant",
            "Sure. Please share the trip date, your registered mobile number and your name as on your account.",
        ),
        (
            "user",
            "Trip was 3 Dec around 10pm. Name is Priya d/o Ramachandran, mobile 8635 2071, NRIC T0451287H.",
        ),
    ],
    [
        (
            "user",
            "帮我写一份违纪处理通知，运维部员工付强，11 月在仓库私自倒卖电单车电池 8 块，给予辞退。",
        ),
        (
            "assistant",
            "关于付强同志违纪处理的通知：经查，运维部员工付强于 11 月期间私自倒卖公司电单车电池 8 块，严重违反公司规章制度，经研究决定予以辞退。",
        ),
        ("user", "再加一句：已报案，涉案金额约 4,800 元，由公司保留追偿权利。"),
    ],
    [
        ("user", "帮我写一封给物业的投诉信，语气客气一点。"),
        ("assistant", "好的，请告诉我投诉的具体事情和对象。"),
        (
            "user",
            "3 单元 602 的杨树林，每天把四五辆共享单车锁在楼道里自己用，消防通道都堵了，跟他说了好几次都不听。",
        ),
    ],
    [
        ("user", "Hi, my deposit for the e-bike still not refunded, already 3 weeks."),
        (
            "assistant",
            "Sorry about that. May I have your full name and the phone number registered on the account?",
        ),
        (
            "user",
            "Mohd Hafiz bin Osman, 019-227 8463. I paid RM 50 deposit at UM campus in September.",
        ),
    ],
    [
        ("user", "把这段事故经过改得正式一点，要交给保险公司。"),
        ("assistant", "可以，请把原文发给我。"),
        (
            "user",
            "12 月 4 号早上我同事高雪梅骑共享单车上班，在东三环辅路被一辆电动车撞了，肋骨骨裂两根，现在在朝阳医院，对方骑手叫段立伟，电话 15210938847。",
        ),
    ],
    [
        ("user", "你好，我想問下單車按金點樣退？"),
        ("assistant", "您好，請提供登記電話同身份證號碼，我幫您查下賬戶狀態。"),
        ("user", "我叫何詠芝，電話 5296 4173，HKID Y482051(5)，按金 HK$299 係舊年 8 月交嘅。"),
    ],
    [
        ("system", "你是共享单车平台的退款助手，只能协助查询进度，不能索要银行密码。"),
        ("user", "支付宝退款老是失败，能不能直接退到我银行卡？"),
        ("assistant", "可以申请更换退款渠道为银行卡，请提供开户名和卡号，切勿提供密码或验证码。"),
        ("user", "开户名阎世杰，农行卡 6228 4800 4512 7360 910，押金 99 元。"),
    ],
]
