# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh215: camping, fishing and outdoor campsites (bookings, gear rental, angling clubs, activity groups, safety incidents, outdoor insurance claims). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh215
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "campsite_booking"): _lines("""
        【溪畔营地】订单 CP20261128-04417 已确认：A区7号草坪位，11月29日14:00入营，30日12:00前离营，实付¥268。
        营地预订单号 YD-7730-2611，状态：待付款，超时时间 2026-12-07 10:30:00，超时系统自动释放营位。
        千岛湖东岸露营基地 12月营位余量：A区 3/24，B区（带电桩）0/12，木屋 2/6。
        订单 CP20261201-00932 退款成功，退款金额 ¥156.00 将在1-7个工作日原路返回，退款流水号 RF88201934772。
        周末营位价格表：草坪位¥198/晚，平台位¥258/晚，房车位（含电）¥380/晚，节假日上浮30%。
        预订须知：每个营位限2顶帐篷、6人；宠物需提前登记；22:00后请保持安静，营地管理处电话 0571-8890 2266。
        2026-11-30T08:12:44+08:00 booking-svc WARN slot_lock timeout site_id=QDH-B09 retry=2
        请问营地可以自带木炭烧烤吗？需要另外交清洁费吗？
        入营登记表：预订人姓名________ 联系电话________ 入营人数____ 车牌号________（请到店后填写）
        营地发票开具说明：抬头请填写单位全称及纳税人识别号，普票通常3个工作日内发送至预留邮箱。
        本营地统一社会信用代码 91330127MA2H7K3R5X，营业执照经营范围含露营地服务、体育用品租赁。
        团建包场报价单 Q-2026-118：40人两天一夜，含营位、早餐、篝火晚会，合计¥23,600，有效期至12月20日。
        11月营地入住率 78.4%，平均客单价¥412，复购率21%，差评主要集中在淋浴热水不足（共9条）。
    """),
    ("zh-Hans", "gear_rental"): _lines("""
        装备租赁 SKU：TENT-4P-AUTO-GR（四人自动帐，绿色）日租¥45，押金¥300。
        租赁单 ZL-20261129-0071：天幕×1、折叠桌×2、月亮椅×4、卡式炉×1，租期2天，合计¥186。
        归还检查：帐杆弯折按¥80/根赔付，地钉丢失¥3/根，睡袋需干洗另收¥25/个。
        押金支持信用免押，信用分≥650可免押金；未满足条件的需现场扫码冻结预授权。
        库存同步失败：sku=SLEEP-BAG-M5 warehouse=HZ-02 expected=40 actual=37 diff=-3
        请问充气床垫租的时候会附带电动打气泵吗？还是要单独加钱？
        新到货：公园二代帐篷 20 顶、便携手摇咖啡机 6 台，已上架租赁小程序。
        租赁合同模板第5条：承租人在租期内对装备负保管责任，因不可抗力造成的损失双方协商处理。
        冬季装备包（羽绒睡袋-10℃、防潮垫、暖风机）周末套餐¥168，限量15套。
        寄回地址：杭州市余杭区仓前街道文一西路 1818 号 B 座装备仓，收件人：退货组，邮编 311121。
        物流单号 SF1409273856612 已签收，签收网点：杭州余杭仓前营业部。
        版本说明 rental-miniapp v3.8.2：新增押金分期退还；修复扫码归还偶发卡顿。
        本月最常租的装备 Top3：卡式炉（412次）、天幕（387次）、露营推车（301次）。
    """),
    ("zh-Hans", "fishing_club"): _lines("""
        黑坑钓场会员规则：年卡¥2,880，每日限钓一竿一线，鱼获超过15斤按¥12/斤回收。
        本周六上午 8:00 放鱼 1,200 斤鲫鱼、300 斤鲤鱼，抽号时间 6:30，会员优先。
        会员卡号段 HK-2026-0001 至 HK-2026-0500 已全部激活，补卡工本费¥20。
        姜太公钓鱼，愿者上钩——本场禁止使用爆炸钩、锚钩，违者取消会员资格。
        钓场水位日报：12月5日水深 2.3 米，水温 11℃，溶氧 6.8 mg/L，建议用腥香型饵料。
        路亚比赛报名表：队名____，队员人数____，竿型____，请于12月15日前提交至赛事组邮箱 match@xihufishing.cn。
        第三届「千岛湖杯」野钓赛成绩公示：冠军队总重 38.6 公斤，前十名平均 21.4 公斤。
        新手请教：3.6米台钓竿配什么号的主线子线比较合适？鲫鱼为主。
        垂钓证办理流程：小程序「渔政服务」→ 证件办理 → 选择水域 → 缴费 → 电子证生成。
        钓场 POS 流水 20261205-0833 会员续费 ¥2,880.00 交易参考号 0347721958，终端号 88021456。
        海钓船「浙普渔 23108」周日出海，满员 12 人，船费每人¥680，含钓组与午餐。
        本月鱼获统计：共 1,462 人次入场，人均鱼获 4.7 斤，最大单尾青鱼 28.3 斤。
        钓鱼运动协会发布 2026 年赛事日历，全国锦标赛定于 10 月在湖北举行。
    """),
    ("zh-Hans", "activity_group"): _lines("""
        【周末户外群公告】本周六莫干山徒步+露营，集合时间 7:30，集合地点：地铁 2 号线古翠路站 B 口。
        AA 费用明细：大巴¥2,400、营位¥1,080、食材¥960，共 24 人，每人¥185。
        领队提醒：明早山上最低 2℃，请带抓绒和头灯，不要穿牛仔裤。
        接龙报名：1. 已满 2. 已满 …… 剩余名额 3 个，截止今晚 21:00。
        群规：禁止发广告；活动照片请发到群相册；未成年人需家长陪同。
        有没有人拼车去安吉？周五晚上从滨江出发，还有两个空位。
        活动报名小程序字段：昵称、人数、是否需要租帐篷（是/否）、紧急联系人（必填）。
        天气预警：黄山风景区发布大风蓝色预警，本周末光明顶营地暂停开放，活动改期。
        本次活动共 31 人报名，实到 28 人，3 人因感冒临时取消，押金已全部退回。
        群投票：下次活动去 ① 天目山 ② 四明山 ③ 大明山，投票截止周三。
        篝火晚会节目单：19:00 烤全羊，20:00 星空观测（营地天文讲解员带领），21:00 露天电影。
        请大家不要在群里发身份证照片，保险投保信息请私下通过表单提交。
        下次活动的装备清单已经上传到群文件：《秋冬露营装备清单 v2.xlsx》。
    """),
    ("zh-Hans", "safety_incident"): _lines("""
        安全事故记录 AQ-2026-0317：11月22日 15:40，B区一顶天幕因阵风倒塌，无人员受伤，已加固全部天幕拉绳。
        本季度营地安全事件汇总：烫伤 4 起、蜂蜇 2 起、扭伤 7 起，均为轻微伤，现场处置完毕。
        事故报告模板：发生时间____；地点____；伤者情况（不写姓名，用「游客A/B」代替）____；处置措施____。
        一氧化碳报警器测试记录：12月1日测试 24 台，2 台电池电量低已更换，其余正常。
        游客A 在溪边滑倒，左手腕擦伤，值班经理现场消毒包扎，游客拒绝送医并签字确认。
        事故等级判定：一般事故（无住院）由营地经理处理；重大事故（住院或以上）须 2 小时内上报区文旅局。
        溺水应急预案第 3 版已于 2026 年 11 月修订，救生圈、抛绳包每 50 米设一处。
        巡查日志 06:00-08:00：营区 A-D 巡查完毕，发现 2 处未熄灭的炭火，已浇灭；值班保安已签到。
        2025 年户外遇险事件中，迷路占 42%，坠崖占 17%，溺水占 9%（登山协会年度报告）。
        消防演练通知：12 月 10 日 10:00 全体员工参加灭火器使用演练，地点：营地停车场。
        野生动物提示：近期营地周边发现野猪活动痕迹，夜间请将食物放入车内或密封箱。
        问：营地发生游客受伤，是否必须报警？还是先联系保险公司？
        监控调取申请单：调取时段 2026-11-22 15:30-16:00，摄像头编号 CAM-B-07，调取人：安全主管（签字）。
    """),
    ("zh-Hans", "insurance_claim"): _lines("""
        户外运动意外险方案 B：意外身故/伤残 50 万，意外医疗 5 万（0 免赔），紧急救援 10 万，保费¥38/人/天。
        理赔材料清单：理赔申请书、病历、发票原件、费用明细、被保险人身份证复印件、银行卡复印件。
        保单号 P320120261128004417 已生效，保障期间 2026-11-28 00:00 至 2026-11-30 24:00。
        理赔进度查询：报案号 BA2026120500812，当前状态「资料审核中」，预计 5 个工作日内结案。
        高风险运动除外条款：攀岩、潜水、滑翔伞、漂流（III 级以上）不在本产品保障范围内。
        团体险投保表头：序号 | 姓名 | 证件类型 | 证件号码 | 出生日期 | 性别 | 手机号（此表为空白模板）
        客服热线 400-820-6688 转 3，户外险专线工作时间 9:00-21:00。
        2026 年 1-11 月户外险理赔件数 1,284 件，结案率 96.2%，平均赔付¥2,316。
        理赔邮箱 claims@tuyeinsure.com 仅接受 PDF/JPG 格式，单个附件不超过 10MB。
        问：露营时帐篷被大风吹坏，户外意外险能赔吗？还是要买财产险？
        保险条款第 12 条：被保险人饮酒后从事户外活动导致的伤害，保险人不承担给付责任。
        赔款支付指令已发送，批次号 PAY-20261204-0057，共 38 笔，合计¥87,460.00。
        「出险经过」填写示例：XX年XX月XX日，被保险人在XX营地XX活动中因XX受伤，于XX医院就诊。
    """),
    ("zh-Hant", "camping_forum"): _lines("""
        【露營心得】苗栗泰安某營地 C 區視野超好，但廁所離得有點遠，晚上記得帶頭燈。
        請問各位，颱風過後多久營地才會重新開放？官網只寫「視情況而定」。
        營地預約代號 TW-8812-3307，入營日 12/14（六），營位：雨棚區 R5，訂金 NT$1,200 已付。
        西貢鹹田灣營地由漁護署管理，免費使用，先到先得，不設預約。
        本營區禁止使用發電機，22:00 後請降低音量，經管理員勸導兩次仍不改善將請離場。
        租借裝備價目：四人帳 NT$600/晚、睡墊 NT$100/張、瓦斯爐 NT$150/組（含一罐瓦斯）。
        釣魚場會員續約優惠：12 月底前續約一年送 10 張臨時入場券。
        統一編號 53918274，營業人名稱：山嵐露營有限公司，發票字軌 QK-48120397。
        颱風期間取消之訂單，訂金全額退還，請於 7 日內透過官方 LINE @shanlan-camp 申請。
        大坑營地 2026 年第三季意外統計：擦傷 6 件、燙傷 2 件、蜂螫 1 件，均未送醫。
        戶外險理賠需附上診斷證明書及收據正本，影本恕不受理。
        梁山泊好漢阮小二以打魚為生，這也是我們釣場取名「阮家灣」的由來。
        營主公告：元旦連假已全數額滿，候補請填寫表單，不接受電話預約。
    """),
    ("en", "outdoor_ops"): _lines("""
        Booking ref CMP-SG-26-00741 confirmed: Pulau Ubin campsite, 2 tents, 13-14 Dec 2026; permit number PU-26-3381.
        Gear rental return policy: late returns are charged SGD 15 per item per day; damaged poles replaced at cost.
        ERROR 2026-12-05 09:14:03 claims-api: POST /v2/claims 422 {field: incident_date, msg: must not be in the future}
        Template: Dear [Guest Name], your pitch [Pitch No.] is reserved from [Check-in] to [Check-out].
        Please contact bookings@riverbendcamp.com.my or our main line +60 3-7960 2288 for group rates.
        Incident summary Q3: 11 minor injuries, 0 hospitalisations, 2 equipment failures (stove, lantern).
        How do I get a fishing licence for the reservoir? Is it still free for the first month?
        Bear Grylls filmed a Borneo episode of Man vs. Wild near a river now used by a local eco-lodge.
        Sandbox config: RENTAL_DEPOSIT_HOLD_DAYS=7, MAX_PARTY_SIZE=8, FIRE_BAN=true
        Invoice INV-2026-11-0392 | 3x lantern rental | MYR 45.00 | SST 8% | Total MYR 48.60
        Anglers' club rule 4.2: catch-and-release only for arowana and toman; barbless hooks required.
        Company reg. no. 202301045678 (1507432-K), Riverbend Outdoor Sdn Bhd, Hulu Langat, Selangor.
        Claim form field 7 (Injured person): leave blank if no injury occurred.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        营地订单 CP20261130-05528 预订人：何晓峰，手机 139 5712 4086，身份证 440306198805172436，入营人数 3 人。
        钓场会员登记：陆建国，会员号 HK-2026-0217，住址杭州市拱墅区大关路 133 号 5 幢 2 单元 601。
        租赁押金退款账户：6222024103075839165，户名 覃秀兰，请财务核对后打款。
        活动群里的老周（周志刚）上周爬山时心脏不舒服，他老婆说他有冠心病一直在吃药，下次别让他走长线了。
        安全事故记录：游客孙雨桐（女，9岁）在溪边玩耍时被石头划伤右小腿，缝合4针，其母王倩 手机 15867203319 已知情。
        户外险理赔申请：被保险人 邓立新，身份证 320102199108234612，就诊医院：安吉县人民医院，诊断：右踝关节骨折。
        请把理赔款打到我老公的卡上：6217002810043572613，建设银行杭州城西支行，户名蒋文斌。
        营地黑名单：车牌 浙A·7K29Q 的车主上次醉酒后在营区闹事、砸坏两顶帐篷，以后不要再接他的单。
        3栋的陈阿姨说她儿子今年钓场年卡不续了，因为在外面欠了好几万，家里现在紧得很。
        领队马骁 11 月工资条：带队 9 次，底薪¥4,500，带队补贴¥2,700，扣迟到罚款¥200，实发¥7,000。
        钓友「老钱钓鲫鱼」的微信号是 qian_fish1983，想买他那根二手竿的直接加他。
        客服记录：用户林嘉怡（手机 13761520948）投诉露营车押金被扣¥300未说明原因，要求主管回电。
        处分通知：营地保安刘海涛于11月26日夜班期间擅离岗位，导致游客财物被盗，给予记过处分并扣发当月绩效。
        您好，我是上周末住 B12 营位的曹颖，身份证落在前台了，号码 350203199506123827，麻烦寄到厦门市思明区莲前西路 288 号 12 楼。
        杨师傅的女儿下个月结婚，他说十二月的夜钓活动都来不了了。
        帐篷租赁逾期未还：承租人韩东（身份证 510107197603041576），已逾期 12 天，电话一直关机，建议走法律途径。
        前台交班：A7 营位的赵女士怀孕五个月了，明早请安排她换到离卫生间近的平台位。
        户外险投保：被保险人吴梓涵，护照号 E83920517，出行目的地：马来西亚沙巴神山。
        活动群成员郑可欣的紧急联系人：父亲郑国平，电话 18957130264。
        钓场会员徐卫东因上月多次私带鱼获出场被取消会员资格，年卡余款不予退还。
        徒步报名表：姓名 黄思媛，性别 女，出生日期 1990-04-15，身份证 420111199004156023。
        我叫田博文，上次在你们营地被狗咬了，打了五针狂犬疫苗，营地说只赔一半，我要投诉。
        营地保洁阿芳（蒙小芳）这个月请了十天病假，听说是做了子宫肌瘤手术。
        支付宝转账：向戴俊杰（daijunjie_outdoor@163.com）转账¥560，备注「装备拼单 AA」。
        房车承租人卢明辉，驾驶证号 110108198309265719，住址北京市海淀区学院路 37 号院 4 号楼 1103。
        退费审批：营地会员宁海燕因确诊乳腺癌需长期治疗，申请退还剩余 8 晚营位套餐费用¥1,856。
        小程序导出：openid=oX9k2Lm4Qw7，昵称=山野阿杰，实名=潘俊杰，手机=15168820375，累计入营14次。
        钓鱼群里的胖哥说他被老婆赶出来了，这周都睡在钓场的棚子里。
    """),
    "zh-Hant": _lines("""
        營地訂位：林佩珊小姐，手機 0928-315-607，12/20-12/21 雨棚區 R3 兩帳。
        釣魚場會員資料：張志豪，身分證字號 F227190341，地址：新北市板橋區文化路二段 182 巷 5 號 3 樓。
        西貢營地事故報告：傷者陳嘉欣，香港身份證 K385207(5)，右手前臂骨折，已送將軍澳醫院。
        戶外險理賠受益人：黃啟明，中國信託帳號 540129386617，請於本週內匯款。
        阿德哥（李德勝）上個月中風了，以後釣魚社出隊他都不能來，大家有空去醫院看看他。
        營主請注意：E 區那位吳先生的 IG @wu.camplife.tw 一直在留言罵我們，說要提告。
        許淑芬在露營區喝醉跟隔壁帳吵架，被管理員請離場，押金 NT$2,000 沒收。
        請幫我轉告周文彬：他欠我的露營裝備錢 NT$8,500 再不還，我就去他公司找他。
        租借登記：承租人蔡宗翰，身分證 B190384724，電話 0955-271-803，押金以信用卡 4552319072648312 預授權。
        營地義工小萱（王子萱）的媽媽住院了，她這週末的排班請大家幫忙代一下。
        LINE ID kaiyu_0718 是何凱宇的私人帳號，他說露營團的事直接 LINE 他就好。
    """),
    "en": _lines("""
        Pitch 14 booking: Mr Lim Wei Jie, NRIC S8712345F, mobile 9734 2815, 2 adults 1 child.
        Incident log: Ravi s/o Subramaniam slipped on the jetty at 18:20, suspected fractured wrist, taken to hospital by ambulance.
        Claim MY/2026/0419: claimant Nur Aisyah binti Kamarudin, MyKad 850314-10-5523, MYR 3,200 for a dislocated shoulder at Sungai Chiling.
        Gear rental deposit refund to Tan Boon Keat, DBS account 027-9045-318, still pending since 2 Nov.
        Committee note: Mdm Koh from #07-21 complained again that her husband spends his whole CPF payout on carp pond memberships.
        Anglers' group admin: Kumar a/l Raman is on Telegram as @kumar_jigs, he sells second-hand reels.
        Work permit holder Rahim Uddin (FIN G5823014L) was injured while setting up the marquee; the employer has notified MOM.
        Please take Jonathan de Souza off the kayak roster, he was just diagnosed with epilepsy and his doctor said no water activities.
        Camper Rachel Teo (rachel.teo88@gmail.com) disputed the SGD 120 cleaning charge for pitch B3.
    """),
    "mixed": _lines("""
        营地预订 for Encik Farid bin Osman, tel 012-738 4106, MyKad 920707-14-6281, 2 khemah 2 malam。
        黄太 from 12楼 said her son Kelvin Wong 在 camp 被 counselor 打了, she wants full refund and a police report.
        Pelanggan Puan Noraini binti Yusof (HP 019-552 7340) minta bayaran balik deposit sewa khemah RM150.
        Refund 韦志强 via PayNow 8826 1947, 他在 Pulau Ubin 露营时扭伤了脚。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是溪畔营地的在线客服助手，负责订单查询与改期。"),
        (
            "user",
            "你好，我想改一下订单 CP20261203-01172 的入营日期，预订人邱雅琴，手机 13906518827。",
        ),
        ("assistant", "邱女士您好，已查到该订单，原入营日期为12月6日。请问您想改到哪一天？"),
        ("user", "改到12月13日，营位不变，还是 A 区 9 号。"),
        (
            "assistant",
            "已为您改期至12月13日 A 区 9 号草坪位，差价为0，改期确认短信已发送至预留手机。",
        ),
    ],
    [
        ("system", "You are a claims assistant for an outdoor insurance product. Be concise."),
        (
            "user",
            "我父亲褚建华上周在营地摔伤了腿，身份证 330106196208114312，他买了你们的户外意外险，要准备什么材料？",
        ),
        (
            "assistant",
            "请准备：理赔申请书、病历及诊断证明、医疗发票原件、费用明细清单、被保险人身份证复印件和收款银行卡复印件。",
        ),
        ("user", "收款卡能用我的吗？我叫褚慧，卡号 6214835719024638。"),
        ("assistant", "可以，但需要被保险人签署授权委托书并附上您与被保险人的关系证明。"),
    ],
    [
        ("system", "你是露營裝備租借店的客服機器人。"),
        ("user", "我上週租的帳篷還沒還，可以延到週日嗎？我是劉怡君，電話 0912-648-305。"),
        ("assistant", "劉小姐您好，可以延期，延長兩天將另收 NT$1,200，押金維持不變。"),
        ("user", "好，那請直接從我押金扣。"),
    ],
    [
        ("system", "You help the front desk of an anglers' club in Singapore."),
        (
            "user",
            "Member renewal: Mr Ong Kah Hock, NRIC T0245817E, wants to renew the annual carp pond pass. He also asked if his hypertension will be a problem for night fishing.",
        ),
        (
            "assistant",
            "Renewal can be processed once payment is received. For the health question, the club has no medical restriction, but suggest he consult his doctor and avoid fishing alone at night.",
        ),
        ("user", "Ok, he paid SGD 480 by PayNow just now."),
        (
            "assistant",
            "Noted. Please issue the new membership card and record the PayNow reference in the renewal log.",
        ),
    ],
    [
        ("system", "你是户外活动群的助理，帮群主写通知。"),
        (
            "user",
            "帮我写个通知提醒大家注意过敏。上次活动龚丽吃了营地的花生酱过敏休克，送去医院抢救了，但别在通知里写她名字。",
        ),
        (
            "assistant",
            "【安全提醒】上次活动中有队员发生严重食物过敏。今后活动公共食材将标注过敏原，有过敏史的队员请在报名时备注并随身携带药物。",
        ),
        ("user", "好的，另外帮我在私聊里告诉她老公刘斌（微信 liubin_hz77）押金已经退了。"),
        (
            "assistant",
            "可以这样发：刘先生您好，龚丽上次活动的押金已原路退回，请注意查收，祝她早日康复。",
        ),
    ],
    [
        ("system", "Anda pembantu tempahan tapak perkhemahan di Hulu Langat."),
        (
            "user",
            "Saya nak tempah 2 tapak untuk 20-21 Dis. Nama Muhammad Hafiz bin Roslan, MyKad 010925-07-0388, telefon 013-290 5817.",
        ),
        (
            "assistant",
            "Terima kasih Encik Hafiz, 2 tapak telah ditempah untuk 20-21 Disember. Jumlah RM180, sila bayar dalam 24 jam.",
        ),
        ("user", "Boleh bayar guna FPX?"),
        ("assistant", "Boleh, pautan pembayaran FPX telah dihantar ke nombor telefon anda."),
    ],
    [
        ("system", "你是香港海釣船公司的訂位助手。"),
        ("user", "我想訂星期日出海的船位，兩個人。我叫梁家豪，身份證 Y624913(0)，電話 9318 2746。"),
        (
            "assistant",
            "梁先生你好，星期日船位尚餘 4 個，兩位合共 HK$1,360，已為你暫留，請於今晚 8 點前付款。",
        ),
        ("user", "另外一位是我女朋友 Cheung Wing Yan，佢會暈船，有冇得坐近船尾？"),
        ("assistant", "可以，已備註安排船尾位置，建議她出發前半小時服用暈浪丸。"),
    ],
    [
        ("system", "你是营地安全主管的文书助手，帮助整理事故报告。"),
        (
            "user",
            "帮我整理一下：12月3日下午，游客符佳琪（男，11岁）在攀爬架上摔下来，左锁骨骨折，他爸爸符振东电话 13588417206，已经送县医院。",
        ),
        (
            "assistant",
            "事故报告：2026年12月3日下午，未成年游客在攀爬架坠落，诊断左锁骨骨折，已由家长陪同送县医院，营地已保存现场照片并封闭攀爬架。",
        ),
        ("user", "报告里要附伤者身份证吗？他妈妈发来了 330523198502092684，这是她自己的。"),
        (
            "assistant",
            "事故报告只需伤者基本信息；监护人的身份证号用于理赔时再提交即可，不建议写入内部报告。",
        ),
    ],
    [
        ("system", "你是钓场的财务助手。"),
        (
            "user",
            "会员欧阳涛（会员号 HK-2026-0388）欠了三个月的鱼获回收款共¥4,260，打电话 15906712853 也不接，怎么处理？",
        ),
        (
            "assistant",
            "建议先发书面催款通知，注明欠款明细和付款期限；逾期仍未支付的，可按会员协议暂停入场资格。",
        ),
        ("user", "好，帮我写一句短信。"),
        (
            "assistant",
            "欧阳先生您好，您在本钓场尚有鱼获回收款¥4,260未结清，请于12月15日前付款，逾期将暂停会员入场资格。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a camping club newsletter."),
        (
            "user",
            "Can you turn this into a welcome line for new members? New this month: Aaron Pereira (aaron.pereira.camps@gmail.com), Priya d/o Muthusamy, and Lee Hui Min from Jurong West St 52.",
        ),
        (
            "assistant",
            "Welcome to our three new members this month! We look forward to seeing you at the next campout.",
        ),
        ("user", "Nice, keep it without their emails then."),
    ],
]
