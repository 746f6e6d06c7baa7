# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh151: ride-hailing and designated-driver platforms (driver sign-up, trip complaints, accidents, lost items, support tickets). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "平台规则公告"): _lines("""
        【平台公告】自2026年12月15日起，深圳地区快车起步价调整为10元（含2.5公里），超出部分按2.1元/公里计费，夜间时段（23:00-次日05:00）另加收远途费。
        根据《网络预约出租汽车经营服务管理暂行办法》，从事网约车服务的驾驶员须取得《网络预约出租汽车驾驶员证》，车辆须取得《网络预约出租汽车运输证》。
        司机注册须满足：取得相应准驾车型驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录；无吸毒记录；最近连续3个记分周期内没有记满12分记录。
        为保护双方隐私，平台通话统一使用虚拟号码，行程结束24小时后号码自动解绑，司机端不再显示乘客完整手机号。
        乘客遗失物品请在行程结束后7日内通过"行程详情-联系司机-物品遗失"提交，超过7日的请拨打客服热线或前往就近服务中心登记。
        司机主动归还乘客物品产生的往返空驶，由乘客按平台标准支付物品归还费，最高不超过50元。
        行程中如发生交通事故，请立即开启危险报警闪光灯，在车后方50-100米处放置三角警示牌，有人员受伤时拨打120和122，并在App内点击"安全中心-一键报警"。
        代驾服务规则：代驾司机接单后须在约定时间内到达，迟到超过15分钟用户可免责取消；代驾过程中产生的违章，由代驾方承担罚款与记分处理费用。
        【安全提醒】夜间乘车请核对车牌号、车型与颜色是否与App显示一致，上车后可开启"行程分享"，将实时位置发送给紧急联系人。
        连续驾驶满4小时的司机将被强制下线休息20分钟；单日累计在线服务超过10小时后，当日不再派单。
        平台对投诉的处理时限：一般服务类投诉48小时内首次响应，涉及人身安全的投诉2小时内响应，处理结果以短信和站内信方式告知。
        车辆准入标准：7座及以下乘用车，行驶证登记注册日期不超过6年，轴距不小于2650毫米（新能源车不小于2600毫米），须安装具有行驶记录功能的卫星定位装置和应急报警装置。
        【服务分说明】服务分由基础分、完单奖励、投诉扣分三部分构成，被判定"绕路"每单扣2分，被判定"态度恶劣"每单扣5分，服务分低于60分将暂停接单7天。
        关于春节期间服务费的说明：2027年1月28日至2月4日期间，平台将对司机收取的信息服务费下调2个百分点，乘客端价格不变。
        车内禁止吸烟，乘客可在行程结束后对"车内异味"进行评价，经核实的司机本周派单权重下调。
        平台交通事故处理流程：报案→现场取证（照片、视频、行车记录仪）→交警出具《道路交通事故认定书》→保险公司定损→平台先行垫付→结案。
    """),
    ("zh-Hans", "客服工单与话术模板"): _lines("""
        您好，我是平台客服，工号【XXXX】，关于您反馈的订单【订单号】绕路问题，我们已调取行程轨迹，核实后将在48小时内回复您。
        工单号：GD20261129-004173 | 类型：行程投诉-多收费 | 优先级：P3 | 状态：已结案 | 处理结果：退还差价6.40元至原支付账户
        工单 GD20261201-011852 转二线：乘客反馈司机未按导航路线行驶，需调取行车轨迹与录音，SLA 剩余 31 小时。
        亲，非常抱歉给您带来不好的体验！针对本次行程，平台已为您发放一张5元打车券（有效期7天），请在"我的-优惠券"中查看~
        尊敬的{passenger_name}，您于{trip_date}遗失的{item_name}已由司机送至{handover_location}，请携带本人有效证件前往领取。
        话术要点：乘客情绪激动时，先致歉共情，不打断、不争辩；确认诉求后复述一遍，再告知处理时限，切忌承诺"一定给您赔偿"。
        事故报案登记表（模板）｜报案人：______｜联系电话：______｜事故时间：____年__月__日__时__分｜事故地点：______｜是否有人受伤：□是 □否｜是否报警：□是 □否
        订单 2026120318451266703 已完成退款，金额 23.50 元，预计1-3个工作日原路退回。
        常见失物类别统计口径：证件类、电子产品类、钱包箱包类、钥匙类、衣物类、其他；每周一汇总上周数据上报安全部。
        司机申诉回复模板：您好，关于您对订单【订单号】"乘客未上车"判责的申诉，经核查车内录音及轨迹，维持原判责结果。如有异议可在7天内再申诉一次。
        保单号 PDDA202644030000012835 为平台统一投保的承运人责任险，单座赔偿限额 100 万元，司机无需另行投保。
        【质检抽查】本周共抽检客服通话 1,200 通，其中首句未报工号 37 通、未主动告知处理时限 58 通，整改截止时间 12 月 12 日。
        电子发票号码 24442000000183756241 已开具，发票抬头为单位名称，如需换开请在开票后30日内申请。
        退款类工单需填写：订单号、退款原因（下拉选择）、退款金额、凭证截图；严禁在备注栏记录乘客身份证号或完整手机号。
        失物工单模板：【失物】{日期}{时段} 行程 {起点}→{终点}，物品：{描述}，司机已确认/未确认，预约归还时间：{时间}
    """),
    ("zh-Hans", "司机问答与经验"): _lines("""
        问：网约车驾驶员证考试考什么？答：分全国公共科目和区域科目，全国科目主要是法规、职业道德、安全驾驶，区域科目考当地地理和服务规范，满分100分，80分及格。
        请问跑代驾需要自己有车吗？需要什么装备？一般就一辆折叠电动车、充电宝、反光背心，听说有的平台还要交押金？
        新手跑网约车建议：早高峰盯住地铁站和居民区，晚上9点以后往商圈和酒吧街靠，机场单先看排队时长再决定，别盲目去。
        求助：车辆运输证年审需要准备什么材料？行驶证、交强险保单、卫星定位装置检测报告，还有别的吗？
        乘客东西落车上了，平台让我送回去，来回30公里只给50块，划算吗？大家一般怎么处理？
        经验分享：遇到乘客要求"不走平台、私下给钱"一律拒绝，一旦被查到属于非法营运，平台直接封号，交通执法还会罚款。
        电车跑网约车，冬天续航掉得厉害，北方的兄弟们开空调一般掉多少？我这边零下10度大概掉三成。
        被乘客投诉绕路怎么申诉？把行车记录仪视频导出来，标注当时导航提示的拥堵路段，在司机端"申诉中心"上传，一般3个工作日出结果。
        代驾接到醉酒客人怎么办？先确认车主本人在车上，拍好车辆外观四周视频，到达后等车主确认车辆无损再结束订单。
        请问挂靠的车辆出了事故，保险是找车辆所有人还是找平台？没买营运险的话商业险会不会拒赔？
        想问一下，私家车转成"营运"性质后，报废年限是不是就变成8年或者60万公里了？以后再转回非营运麻烦吗？
        聚合平台和自营平台有啥区别？抽成差多少？听说聚合平台上有的小平台资质不全，出了事不好维权。
        深圳转网约车的话车辆要求是纯电动，车长、轴距有具体要求吗？我在看比亚迪秦PLUS EV和埃安S，哪个更合适？
        顺风车车主一天最多能接几单？规则写的是每日不超过4单，跨城的是单独计算还是一起算？
    """),
    ("zh-Hans", "行业新闻与统计"): _lines("""
        交通运输部网约车监管信息交互系统数据显示，2026年10月全国共收到订单信息约9.8亿单，环比上升3.1%。
        滴滴出行由程维于2012年在北京创立，2016年收购优步中国业务，柳青曾长期担任公司总裁。
        Uber 联合创始人 Travis Kalanick 于2017年辞去首席执行官职务，随后由 Dara Khosrowshahi 接任。
        某市交通运输局通报：今年第三季度共查处未取得许可从事网约车经营案件212宗，其中涉及聚合平台承运车辆的约占四成。
        老舍在《骆驼祥子》中写祥子三起三落、拼命攒钱买车，不少评论把他比作今天租车跑单的网约车司机。
        行业报告称，代驾订单约70%集中在晚8点至次日凌晨1点，周五、周六的订单量比工作日高出约45%。
        多地出台政策：新增网约车须为新能源汽车，部分城市已发布运力饱和预警，暂停受理新的车辆运输证申请。
        调查显示，乘客投诉最集中的三类问题依次是：司机绕路（31%）、临时加价或索要额外费用（19%）、车内卫生（14%）。
        马丁·斯科塞斯执导的《出租车司机》中，罗伯特·德尼罗饰演的越战老兵特拉维斯·比克尔在纽约开夜班车，成为影史经典角色。
        曹操出行隶属吉利控股集团，T3出行由一汽、东风、长安联合腾讯、阿里等发起，均为车企背景的出行平台。
        2026年双十一期间，某平台机场与高铁站订单同比增长22%，平均应答时长缩短至18秒。
        香港运输署表示，将研究为网约车平台建立发牌制度，并就私家车载客取酬的规管进行公众咨询。
        《交通运输新业态用户信息保护实施指南》要求平台对乘客手机号、上下车地点等信息加密存储，保存期限届满后删除。
    """),
    ("zh-Hant", "港台叫車與代駕"): _lines("""
        【公告】即日起機場排班區改至第二航廈 P4 停車場 B1，司機請依現場指引排隊，違規攬客者將暫停派單三天。
        乘客遺失物品請於行程結束後72小時內透過App「協助中心」回報，逾期請於App內聯繫客服，我們將協助您與司機聯絡。
        多元化計程車駕駛人須領有職業駕照並辦理計程車駕駛人執業登記證，車輛須靠行於計程車客運業或加入運輸合作社。
        請問在香港叫Uber，如果被查到「無第三者保險」會怎樣？司機同乘客都有責任嗎？
        的士司機收錢唔找錢、兜路，可以打運輸署熱線投訴，記得記低車牌、時間同埋上落車地點。
        代駕服務收費：起步價新台幣 400 元（含 10 公里），每增加 1 公里加收 20 元，夜間 23:00 後加成 20%。
        行車糾紛處理原則：雙方先拍照存證、移置路邊，無人受傷時可自行和解；有人受傷須報警並等候警方到場製作筆錄。
        訂單編號 TX2026120600418827 已完成退款 NT$185，款項將於 7-14 個工作天退回原信用卡。
        司機加入流程：線上填寫資料 → 上傳駕照、行照、良民證 → 參加新司機說明會 → 車輛檢驗 → 開通接單。
        【安全提示】上車前請核對車牌末三碼及司機照片，行程中可使用「分享行程」將即時位置傳給親友。
        香港市區的士收費：首 2 公里 $29，其後每 200 米或每分鐘等候時間 $2.1，隧道費及行李費另計。
        求問：喺深圳用滴滴，香港信用卡綁唔綁到？定係一定要用微信支付？
    """),
    ("en", "platform help and policy"): _lines("""
        If you left something in a vehicle, open Your Trips, select the trip and tap "Report an item I lost"; we will connect you with the driver through an anonymised number.
        A $15 return fee may apply when a driver returns a lost item to you in person; the full fee goes to the driver.
        Drivers must have held a full licence for at least three years, pass a background check and complete the online safety course before going online.
        Tips for tourists in mainland China: DiDi offers an English interface and accepts international Visa and Mastercard cards; drivers rarely speak English, so use the in-app translated chat.
        Incident report template — Date/time: ____ | Pick-up point: ____ | Drop-off: ____ | Description: ____ | Injuries: Y/N | Police report no.: ____
        Ticket #SR-2026-118403 closed: fare adjusted due to GPS drift on Nanshan Avenue; refund of CNY 12.80 issued to the original payment method.
        Q: Is a chauffeur (designated driver) liable for a speeding ticket while driving my car? A: Generally yes — the platform terms assign violations incurred during the service to the chauffeur.
        Driver app 7.12.3 fixes a crash on Android 14 when uploading vehicle inspection photos and improves map matching in tunnels.
        We never ask drivers or riders for an ID number, bank PIN or verification code by phone. Report suspicious calls to the official hotline listed in the app.
        In "Taxi Driver" (1976), Travis Bickle works night shifts in New York; the film remains a touchstone in debates about driver isolation.
        Grab was co-founded by Anthony Tan and Tan Hooi Ling in Malaysia in 2012 before moving its headquarters to Singapore.
        Fleet report Q3: 4,812 active vehicles, median acceptance rate 87%, 0.6 safety incidents per 100,000 trips, 92% of lost items returned within 48 hours.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2026-12-05T23:14:08.331+08:00 INFO dispatch.match order_id=2026120523140812 city=440300 radius_m=3000 candidates=17 eta_p50=4m12s
        [WARN] lost_item.notify retry=3 ticket=LI-20261205-00923 channel=sms status=timeout trace_id=7f3a9c0e5b12d4e8
        dispatch: / max_radius_km: 5 / airport_queue: true / night_surcharge: {start: "23:00", end: "05:00", rate: 0.2} / pii_mask: [phone, id_card, plate]
        SELECT order_id, city_code, start_time, fare_amount FROM trips WHERE complaint_type = 'detour' AND start_time >= '2026-11-01' LIMIT 100;
        def mask_phone(p: str) -> str: return p[:3] + "****" + p[-4:]  # 司机端只展示脱敏后的乘客号码
        ERROR driver_onboarding.ocr: id_card_back image blurry (score=0.41 < 0.60), request_id=req_9d81c7a2, 请提示用户重新上传
        sha256(trip_export_2026W48.csv) = 3b7e2f0c9a41d58e6b0f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6
        接口返回：{"code":40012,"msg":"车辆运输证已过期，请更新后重试","data":null}
        告警：华东区域代驾派单服务 P99 延迟 2.8s 超阈值，影响订单约 1,340 单，已回滚至 v3.4.7。
        event=sos_triggered order_id=2026120401225539 city=310100 handled_by=safety_team response_sec=46 result=false_alarm
        数据字典：passenger_phone（加密存储，AES-256，仅安全岗可解密）| id_card_no（不落库，仅存校验结果）| plate_no（脱敏展示末三位）
        cron: 0 3 * * * python purge_recordings.py --older-than 30d --bucket trip-audio-prod
        行政区划：cityCode=510100 对应成都市，adcode=510107 对应武侯区，用于区域定价与运力调度。
    """),
    ("zh-Hans", "失物与事故通报"): _lines("""
        【失物招领】12月3日晚在虹桥火车站P9上车点附近车辆内拾到黑色双肩包一个，内有笔记本电脑一台，请失主通过App"物品遗失"入口认领并描述包内物品。
        本周平台共受理失物登记 3,216 件，已归还 2,870 件，归还率 89.2%；手机占比最高（41%），其次为钥匙（17%）和证件（12%）。
        事故通报：11月28日凌晨，一辆网约车在机场高速出口追尾货车，车上乘客轻微擦伤已送医，事故责任正在认定中，平台已启动先行赔付。
        安全复盘：本月3起代驾事故均发生在地下车库出入口，原因为对陌生车型车身尺寸判断不足，要求代驾司机进出车库时限速5公里/小时。
        温馨提示：证件类失物如7日内无人认领，将移交当地公安派出所处理，请失主携带户口簿或其他身份证明前往认领。
        事故责任认定书编号 深公交认字[2026]第44030500127号 仅作为内部台账索引，复印件请勿外传。
        车辆定损结果：左前翼子板钣金喷漆、前保险杠更换，合计维修费用4,860元，由承运人责任险及交强险共同承担。
        月度安全报告：因乘客醉酒呕吐产生的车辆清洁费申诉共 412 起，平均赔付清洁费 120 元。
        雨天事故多发提示：本周南方多地降雨，请司机保持安全车距，过积水路段减速慢行，切勿涉水超过轮胎一半高度。
        逸仙路高架下匝道处发生的一起网约车与电动自行车刮擦事件，经交警调解双方已和解，平台不承担额外责任。
        各城市服务中心地址可在App"我的-服务中心"中查询，营业时间为工作日9:00-18:00，节假日另行通知。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        司机注册信息｜姓名：张建军｜身份证号：110105198603142374｜准驾车型：C1｜初次领证日期：2008-05-16｜手机：13817624059｜车辆：京Q·8M2K5 白色丰田凯美瑞
        背景审查结果：申请人李红梅（身份证 32010219720811394X）于2019年因醉酒驾驶被判处拘役两个月，不符合准入条件，注册申请驳回。
        投诉工单 GD20261202-007316：乘客王女士（159 2183 7746）反映司机刘志强（沪A·D36218）故意绕路，下车时还出言辱骂，已调取录音。
        失物登记：乘客陈思远 12月4日晚遗落钱包一个，内有身份证、招商银行卡（6214 8388 9732 1586）及现金约600元，联系电话 186-0271-3358。
        代驾订单备注：车主孙国栋，喝了不少，车是浙A·7K2M9黑色宝马X3，送到杭州市西湖区文三路478号华星小区7幢2单元1101，到楼下打他电话17729360815
        事故处理记录：2026-11-28 01:40 乘客黄晓琳在沪嘉高速事故中右腕骨折，现于上海市第六人民医院住院，平台已垫付医疗费 8,420 元。
        司机收入明细：何永强 11月流水 12,384.60 元，平台服务费 2,353.07 元，已提现至建设银行卡 6217 0016 4295 8122 428。
        @周海涛 你昨天那单被乘客投诉车里烟味重，客服让你今天下午3点前去南山服务中心做说明，记得带行车记录仪的卡
        顺风车车主赵丽娜（手机 199 5734 2186）多次在行程中向女乘客索要微信并发送不当消息，已被永久封禁。
        【封号通知】邓家豪师傅，您的账号因11月内连续3次被乘客举报酒后接单，经核实后永久停止服务，账户余额将在30天内结算至绑定银行卡。
        保险理赔申请：被保险人吴佳怡，身份证 440106198112037345，事故日期 2026-10-17，诊断：腰椎间盘突出伴左下肢麻木，申请误工费及医疗费共计 31,560 元。
        我在川A·3F8L2上，司机叫罗文斌，预计23:40到家（成都市武侯区玉林北路12号附3号），要是没回消息就打我电话 15013978826
        网约车驾驶员证申请表 / 申请人姓名（拼音）：XU HAORAN / 公民身份号码：510107199506302817 / 户籍：四川省成都市 / 学历：大专 / 从业经历：曾在顺丰速运任快递员三年
        司机马俊（微信号 majun_sz88）私下加乘客好友并多次发消息骚扰，乘客已提供聊天截图，请安全部跟进。
        失主信息：刘雨桐，女，北京大学在读博士生，丢失 MacBook Pro 一台（序列号 C02XG0AHJGH5），手机 13652087194，身份证 370202199904156429。
        事故双方：甲方网约车司机郑伟（鄂A·2C7Y1），乙方外卖骑手田小川（手机 18912064473），交警认定甲方负主要责任，乙方左膝擦伤。
        代驾司机谢振华（工号 DJ-057713）11月22日代驾过程中剐蹭客户车辆右后门，客户要求赔偿2,300元，谢振华同意从下月收入中扣除。
        账号注销申请：本人钱美玲，手机号 133-9147-5208，申请注销乘客账号并删除全部行程记录，注册邮箱 qianml_0721@163.com。
        投诉：我叫许文静，昨天晚上坐的车，司机一路打电话还闯了一个红灯，我怀孕五个月了吓得要死，订单号 2026120421336712，希望严肃处理。
        司机黄志明的驾驶员证（证号 440305198809051272）将于 2027-01-15 到期，请于到期前30日内到深圳市交通运输局办理延续。
        【XX出行】张磊师傅，您本周因取消率过高（38%）被限制接单至12月9日，如有疑问请联系客服。
        内部备注：乘客高雅琴有抑郁症病史，行程中情绪失控要求停车，司机已协助联系其丈夫（138 0571 2264）到场接人。
        补录行程：12月2日 07:58 从北京市海淀区上地西路6号接乘客冯浩去首都机场T3，冯浩说要赶CA1501航班，中途因拥堵改走机场北线。
        车主邱德胜挂靠在某汽车租赁公司名下的粤B·D88K17，月租4,800元，已拖欠三个月，公司准备起诉。
        @阿杰 就是外号"胖虎"那个，开白色秦PLUS、车牌粤B·D52H39的，昨晚在宝安机场P4被执法队查了非法营运，罚了两万
        银行卡变更：司机蒋国华，原卡 6228 4822 5605 8714 425（农业银行），新卡 6222 0263 5459 1779 173（工商银行），人脸核验已通过。
        乘客信息核实：姓名 宋佳 / 手机 139 1086 2274 / 常用上车点：北京市朝阳区望京西园三区312号楼 / 紧急联系人：母亲宋桂芳 139 1086 5501
        客服录音转写（片段）：客户称"我是曹丽，QQ号2847361905，你们那个司机捡了我手机不还，还说要五百块才给"。
        上海交通大学大二学生韩雪12月1日凌晨打车回闵行校区宿舍，司机偏离路线6公里，其父韩建平（135 5029 6743）要求平台给说法。
        代驾司机入职体检：姓名 卢振宇，男，42岁，血压 168/102 mmHg（高血压二级），体检结论：暂不适合夜间代驾。
        顺风车常用路线：车主苗晓东，津A·M6279，每周一至周五早上7:20从天津市南开区华苑路出发去北京亦庄上班，副驾可拼2人。
        司机谢振华身份证号330106197901185535，银行预留手机 150 6823 9147，原籍浙江省杭州市，已签署《代驾服务合作协议》。
    """),
    "zh-Hant": _lines("""
        客訴單：乘客陳嘉欣小姐（電話 6157 2938）投訴的士司機收錢唔找錢，仲喺觀塘道兜路，要求退回多收嘅 $68。
        失物登記：林怡君小姐，身分證字號 F228317453，遺失咖啡色皮夾一個（內有台新銀行信用卡及健保卡），手機 0928-615-073。
        代駕司機吳冠廷（B136209482）曾於2023年因酒駕遭吊扣駕照，經乘客檢舉後本平台已終止合作。
        香港乘客黃志偉，HKID K482715(5)，於深圳灣口岸上車，回鄉證遺留在車內，聯絡電話 +852 9286 4130。
        事故報告：乘客張淑芬女士於台北市信義區松仁路口下車時遭機車擦撞，左小腿挫傷，已送臺北醫學大學附設醫院急診。
        @阿明 你頭先載嗰位李太（李陳美蓮），佢話部 iPad 留咗喺車尾座，住大埔太和邨安和樓 1208 室，今晚送唔送到返去？
        司機加入申請：姓名 許家豪／手機 0955 871 204／車號 BHX-6035／銀行帳號：中國信託 822-540-3871-26195／良民證已上傳
        保險理賠：被保險人 鄭詠琪，HKID Y305218(2)，於旺角乘搭網約車時因司機急煞撞傷頸部，需物理治療八星期。
    """),
    "en": _lines("""
        Lost item report — Name: Tan Wei Jie | NRIC: S8712346D | Contact: +65 9736 2814 | Item: black Samsonite backpack left in a DiDi from Shenzhen Bay Port to Futian, 3 Dec
        Muhammad Faizal bin Rosli (MyKad 880412-14-5273) was charged CNY 486 for a Baiyun Airport to Tianhe trip that normally costs about CNY 110; he wants the difference refunded to his Visa 4563 5103 1978 0473.
        hey its rajesh, rajesh a/l subramaniam, the driver from last night. your wallet is with me, whatsapp me at 017-520 6613 and i'll drop it at your office
        Passenger Priya d/o Ramasamy (NRIC T0218573Z) reported that driver Gary Lim Boon Huat repeatedly asked for her home address in Tampines and refused to end the trip at the drop-off point.
        Complaint from Claire Dubois, a teacher at an international school in Pudong (claire.dubois.sh@gmail.com): her driver smoked throughout the ride and she had an asthma attack afterwards.
        Chauffeur booking confirmed for Mr Desmond Pereira: pick-up 11:30 pm from 38 Jalan Kayu #05-12, Singapore 799467, mobile 8412 5590, car: his own grey Lexus ES.
    """),
    "mixed": _lines("""
        乘客 Nguyen Thi Lan（FIN G5638210R）在广州打车被司机要求加价 200 元，她不会中文，请英文客服 call back +65 9528 1736。
        refund 申请 — passenger: Li Na 李娜, order 2026120117402281, 请退回到银联卡 6259 0698 6176 3696, 回执发 lina.work88@outlook.com
        跨境车司机陈国强，回乡证 H10395827，手机 6683 4902（香港）/ 138 2654 7710（内地），上月有两次在皇岗口岸超时停车被投诉。
        Driver onboarding checklist: 白静 Bai Jing / ID 610113198701093180 / licence since 2012 / 体检 passed / 车辆 陕A·D71K25 / 紧急联系人 丈夫 186 9127 4058
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是某出行平台的智能客服，负责处理乘客的失物、投诉与退款咨询。"),
        ("user", "你好，我昨晚打车把手机落车上了，是12月5日22:47从三里屯到望京那一单"),
        (
            "assistant",
            "非常抱歉给您带来困扰！为了帮您联系司机，请提供您的姓名和一个现在能联系到您的电话，以及手机的外观特征。",
        ),
        (
            "user",
            "我叫宋雨晨，现在用朋友手机，号码 152 1046 8837。丢的是白色 iPhone 15，手机壳上贴了个小熊贴纸",
        ),
    ],
    [
        ("user", "注册司机一直提示身份证信息核验失败，怎么回事？"),
        (
            "assistant",
            "核验失败常见原因有：证件照片不清晰、姓名与证件号不一致、证件已过期。您可以先检查上传的照片是否完整清晰。",
        ),
        (
            "user",
            "照片是清楚的啊，我叫龚雪，身份证号420106198302277645，驾驶证是2012年在武汉领的，你帮我查一下",
        ),
        (
            "assistant",
            "已收到，建议您不要在对话中发送完整证件号。我已为您提交人工复核，结果会在24小时内通过短信通知。",
        ),
    ],
    [
        ("user", "刚才在沪闵路上被后车追尾了，我是司机，车牌沪A·F26591，后排乘客头撞到车门流血了"),
        (
            "assistant",
            "请先确保人员安全：打开双闪、放置警示牌，立即拨打120和122。乘客伤势如何？是否清醒？",
        ),
        (
            "user",
            "清醒的，乘客叫郭敏，她说手机138 1709 4452，我已经打了120。我叫欧阳振华，后面还要怎么弄",
        ),
        (
            "assistant",
            "好的，请保留现场照片和行车记录仪视频，等待交警到场。平台安全专员会在10分钟内联系您，医疗费用可申请先行垫付。",
        ),
    ],
    [
        (
            "system",
            "You are the English-language support assistant of a ride-hailing app operating in mainland China.",
        ),
        (
            "user",
            "Hi, I'm Hannah Schmidt from Germany. I took a DiDi from Pudong Airport to Jing'an on Dec 3 and I think my passport fell out of my bag in the car.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. I can contact the driver for you. Could you share a phone number or email where we can reach you?",
        ),
        (
            "user",
            "Sure, +49 1512 3847716 or hannah.schmidt.travel@gmx.de. I'm staying at the Jing'an Shangri-La until Friday, room 2316.",
        ),
    ],
    [
        ("user", "昨天晚上叫的代驾，师傅把我车右后视镜刮了，到现在没人管"),
        ("assistant", "非常抱歉！请提供订单时间、车辆信息和受损照片，我们会为您登记代驾车损理赔。"),
        (
            "user",
            "车主潘立军，苏A·5H3J8 白色奥迪A4L，12月5日23点多从新街口送到江宁区双龙大道1688号，修车店报价1,850元",
        ),
    ],
    [
        ("user", "我上週在台中坐多元計程車，到高鐵站被收了 1,200 元，平常都四百左右"),
        ("assistant", "很抱歉造成您的不便，請提供訂單時間或上車地點，我們將調閱行程紀錄核實車資。"),
        (
            "user",
            "11/28 早上 8 點從西屯區市政北二路上車。我叫蔡佩珊，手機 0936 402 518，退款請退回原本綁定的信用卡",
        ),
        ("assistant", "已為您建立客訴單，專員將於兩個工作天內以電話與您聯繫。"),
    ],
    [
        ("user", "我的司机账号被封了，说我背景审查没通过"),
        (
            "assistant",
            "背景审查依据相关规定执行，如您认为结果有误，可以提交申诉材料。请问您需要了解申诉流程吗？",
        ),
        (
            "user",
            "我是梁永福，身份证130102197605202190。2015年那次是因为吸毒被行政拘留，我早就戒了，社区戒毒也满三年了，这样也不让跑吗",
        ),
        (
            "assistant",
            "理解您的心情。按照现行准入规定，有吸毒记录的人员暂不能从事网约车服务，具体以当地交通运输部门的审核为准。",
        ),
    ],
    [
        ("user", "hi, my mum was in a car accident in shanghai yesterday in one of your cars"),
        (
            "assistant",
            "I'm very sorry to hear that. Is your mother safe now? Could you share the trip details so we can follow up?",
        ),
        (
            "user",
            "she's in ruijin hospital with a fractured rib. her name is lim siew lan, nric S6823417D, she's 58. i'm her daughter, call me on +65 9041 3368",
        ),
    ],
    [
        ("user", "我要投诉，司机下车后一直加我微信骚扰我"),
        ("assistant", "非常抱歉您遇到这种情况，我们会严肃处理。请提供订单信息和骚扰内容截图。"),
        (
            "user",
            "我叫秦悦，订单是12月1日晚上从国贸到双井的，司机车牌京B·Y2391，他微信号 jia_shifu_1979，半夜给我发了十几条消息",
        ),
    ],
    [
        ("user", "师傅端求助：我车上捡到一个包，里面有身份证，名字叫白静，要不要拍照发给你们"),
        (
            "assistant",
            "感谢您主动上报！请不要拍摄或发送乘客证件照片。请在司机端「物品上报」中填写订单号，平台会联系失主。",
        ),
        (
            "user",
            "好的，订单号我查到了，失主说她住西安市雁塔区科技路48号，我明天下午顺路直接给她送过去",
        ),
    ],
    [
        ("user", "我係何嘉欣，琴日喺落馬洲叫咗架跨境車去福田，司機中途話要加 300 蚊先肯行"),
        ("assistant", "好抱歉令你有咁嘅經歷。請提供訂單時間同埋聯絡電話，我哋會跟進同核實。"),
        ("user", "琴日下晝兩點幾，電話 5123 7846，我有錄低司機講嘢，可以傳俾你哋"),
    ],
]
