# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh191: mainland hair salons and stored-value member cards. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh191
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "门店公告"): _lines("""
        【店休通知】本店将于2026年12月14日（周一）全天店休进行设备检修，已预约的顾客请改约至15日之后，给您带来不便敬请谅解。
        元旦活动：会员储值满2000元送300元，满5000元送1000元并赠送头皮护理两次，活动时间12月25日至1月3日，详询前台。
        温馨提示：烫染项目请提前一天预约，染发前需做皮肤敏感测试，测试后48小时内无异常方可操作。
        本店价目表：洗剪吹 首席设计师88元 / 总监168元 / 艺术总监298元；烫发 380元起；染发 280元起；护理 198元起。
        因春节期间人员调整，腊月二十八至正月初六暂停储值业务，已购储值卡可正常消费。
        停车说明：本店顾客可在商场B2停车场免费停车2小时，请到前台扫码登记，超时部分按商场标准收费。
        门店搬迁公告：自2027年1月1日起，本店迁至同一商场3F-12号铺，会员卡、储值余额全部有效，预约电话不变：021-6438 2751。
        本店已办理单用途预付卡备案，备案编号 SH-YFK-2024-0318，储值资金由银行存管，消费者可登录上海市单用途预付卡协同监管服务平台查询。
        发型师预约说明：为保证服务质量，每位设计师每日预约上限为12位，超出部分请选择其他时段或其他设计师。
        投诉与建议请拨打门店督导热线 400-820-6677（工作日9:00-18:00），或在小程序“意见反馈”中留言。
        本周六下午14:00-17:00举办“冬季头皮养护”公开课，限额20人，会员免费，非会员收取材料费39元。
        染膏说明：本店所用染膏均为正规渠道进口产品，批号可在前台查验，如需查看成分表请向店员索取。
        温馨提醒：近期有不法分子冒充本店客服以“储值卡升级”为由索要短信验证码，本店不会通过电话索要任何验证码，请勿泄露。
        营业执照统一社会信用代码：91310104MA1FR3XK1D｜公共场所卫生许可证：沪徐卫公字〔2024〕第0312号｜营业时间 10:00-22:00
        会员日每月18日：全场护理项目八折，储值卡消费积分双倍，积分可兑换洗护套装。
    """),
    ("zh-Hans", "储值规则与法规"): _lines("""
        根据商务部《单用途商业预付卡管理办法（试行）》，发卡企业应与购卡人签订协议，明确退卡、余额查询等事项。
        本店储值卡分记名卡和不记名卡：不记名卡单张限额1000元，记名卡单张限额5000元，办理记名卡需出示购卡人有效身份证件。
        退卡规则：储值卡自购买之日起7日内未消费的，可全额退款；已消费的，按实际消费项目原价扣除后退还剩余本金，赠送金额不予退还。
        储值卡余额有效期为自充值之日起三年，到期前30日系统将通过短信提醒，逾期余额可申请延期一次。
        按照本市预付卡管理相关规定，经营者终止经营的，应当提前30日告知已购卡消费者并退还卡内余额。
        消费者遇到预付卡纠纷，可拨打12315或通过全国12315平台在线投诉，也可向当地市场监管部门反映。
        储值本金与赠送金额分账管理：消费时先扣本金还是先扣赠送金额，应在购卡协议中明确约定。
        本店不设置“终身卡”类产品，单次储值上限5000元，超过上限的储值申请系统将自动拦截。
        卡内余额转让须由原持卡人与受让人同时到店办理，每张卡限转让一次，不收取手续费。
        儿童理发次卡不可与成人卡合并使用，次数用完后如需续卡，按当期价格执行。
        退款方式说明：微信、支付宝充值的原路退回，现金或银行卡充值的退至购卡人本人名下银行账户，到账时间为3-7个工作日。
        预收资金存管：经营者应将预收资金按一定比例存入存管账户，具体比例以行业主管部门公布的标准为准。
        会员折扣与门店活动不叠加使用；储值卡折扣不适用于洗护产品零售。
        《消费者权益保护法》第五十三条：经营者以预收款方式提供商品或者服务的，应当按照约定提供；未按照约定提供的，应当按照消费者的要求履行约定或者退回预付款。
    """),
    ("zh-Hans", "系统日志"): _lines("""
        [2026-12-06 10:32:17] INFO booking.create ok order_no=BK202612060001847 store_id=SH-XH-03 service=CUT_WASH_BLOW slot=14:30 stylist_level=L3
        [2026-12-06 10:33:02] WARN sms.send rate_limited template=SMS_284716093 retry_in=60s
        储值流水 | 单号 CZ20261205183044712 | 类型 充值 | 金额 3000.00 | 赠送 600.00 | 渠道 微信支付 | 门店 杭州文三路店
        退款单 RF-2026-11-3381 状态：已审批→财务打款中｜退款金额 ¥1,460.00｜预计到账 3-5 个工作日
        电子发票 发票号码 26312000000184725563 开票金额 ¥498.00 项目 *生活服务*美发服务费
        POS 结算汇总 2026-12-05：交易笔数 143，现金 2,180.00，微信 18,466.50，支付宝 6,213.00，储值卡扣款 24,890.00
        库存预警：染膏 6/0 深金色 SKU LP-MJ-60-50ML 库存 3 支，低于安全库存 10 支
        [ERROR] member.sync failed: upstream timeout after 3000ms, batch_id=7f3c9a1e-2b44-4d8e-9c01-5a6b7e8f9d20, records=250
        排班系统周报：12月第2周 门店总工时 412 小时，设计师 9 人，助理 6 人，平均预约饱和度 78%
        会员等级变更统计：普卡→银卡 37 人，银卡→金卡 12 人，金卡→黑金卡 2 人（统计口径：本月储值累计）
        订单 202612061532047718 已完成，实付 ¥238.00，支付方式：储值卡，积分 +238
        小程序版本 v3.8.2 发布：修复预约日历在 iOS 17 上无法滑动的问题，新增“指定设计师”筛选
        sha256(export_members_20261201.csv) = 9b1f0c2e7a4d5b68e3c91f2a07d4e6b8c5a3f1d09e7b2c4a6f8d0e1b3c5a7f92
        监管平台上报成功：预收资金余额 ¥1,284,560.00，存管比例 40%，上报批次 YFK-SH-20261206-02
    """),
    ("zh-Hans", "顾客问答"): _lines("""
        请问烫完头发之后多久可以洗头？我听说要等三天，是真的吗？
        理发店办的储值卡，店倒闭了老板联系不上，钱还能要回来吗？应该去哪里投诉？
        染发前一定要做过敏测试吗？以前染过没事，这次还需要测吗？
        冷烫和热烫有什么区别？细软发质适合哪一种？
        被发型师推销办卡，说不办卡就不能享受折扣价，这种做法合法吗？
        漂发之后头发特别干，有什么平价的护理方法推荐？
        孕期可以染发烫发吗？有没有相对安全的替代方案？
        理发店储值卡能不能转让给别人用？需要办理什么手续？
        男士短发多久修一次比较合适？两侧铲青会不会显脸大？
        办卡时店员口头承诺“随时可退”，但合同上没写，后来要退卡被拒，怎么维权比较好？
        头皮屑多是不是因为洗头太勤？理发店推荐的头皮护理疗程值得做吗？
        网上都说“Tony老师”一剪就毁，去理发店怎么和发型师沟通才能剪出想要的效果？
        自来卷适合剪短吗？需要定期做离子烫拉直吗？
        理发店的会员价和团购价哪个更划算？团购券能不能和储值卡一起用？
    """),
    ("zh-Hans", "微信群通知"): _lines("""
        @所有人 本周日晚上8点群内秒杀：洗剪吹体验券9.9元，限量30张，每人限抢1张。
        各位会员晚上好，明天台风预警，门店下午3点提前闭店，已预约的顾客前台会逐一电话改约。
        群公告：群内禁止私下转卖储值卡，如有转让需求请联系前台按流程办理。
        今天店里新到了一批角蛋白护理，有兴趣的宝子们可以来体验一下，会员价168。
        提醒一下大家，店里的停车券只能当天使用哦，前台领取，过期作废。
        红包已发，感谢大家一年来的支持，手气最佳的截图发群里，送小样一份～
        好几位会员反映小程序登录不上，技术正在处理，预计今晚10点前恢复，期间预约请直接打门店座机。
        下周一开始门店装修一周，请大家暂时去隔壁区的分店消费，储值卡通用。
        群里有人问烫完多久能染，统一回复一下：建议间隔两周以上，同时做效果会差而且伤发。
        最近天气干，洗完头记得把头皮吹干再睡，不然容易头痛哦～
        本群满500人了，新开了二群，还没进群的朋友扫前台二维码即可。
        抽奖结果已在小程序公示，中奖会员请凭小程序订单号到店领取，逾期视为放弃。
    """),
    ("en", "industry_news"): _lines("""
        Vidal Sassoon's geometric five-point cut of the 1960s is still taught in many Chinese hairdressing academies as a foundation technique.
        China's Ministry of Commerce issued rules on single-purpose commercial prepaid cards in 2012, capping anonymous cards at RMB 1,000 and registered cards at RMB 5,000.
        Several cities, including Shanghai and Beijing, now require salons and gyms to deposit part of their prepaid funds in supervised bank accounts.
        Consumer associations report that prepaid-card disputes in hairdressing and beauty services are among the most frequent complaints every year.
        Stephen Sondheim's musical "Sweeney Todd: The Demon Barber of Fleet Street" features the best-known barber in musical theatre.
        Salon chains in China increasingly run bookings through WeChat mini-programs rather than phone calls.
        Lu Xun's short story "The Story of Hair" reflects on the queue and the politics of cutting hair in early Republican China.
        Tip: before paying for a long-term salon membership, ask whether the balance is refundable and get the terms in writing.
        A typical mid-range salon in a tier-two city employs stylists, assistants and a front-desk manager, with commissions tied to card sales.
        PPD (para-phenylenediamine) is common in permanent hair dyes and a well-known cause of allergic contact dermatitis; patch tests are recommended 48 hours ahead.
        Customer service hotline for the chain: 400-820-6677, Monday to Friday 9am-6pm China Standard Time.
        Refund request RF-2026-11-3381 moved to "approved" on 28 Nov; payment batch PB-7731 is scheduled for 2 Dec.
    """),
    ("zh-Hant", "門市公告"): _lines("""
        本店接受微信支付、支付寶及銀聯卡，港幣現金恕不收取，敬請見諒。
        深圳福田店營業時間：週一至週日 11:00-21:00，口岸附近顧客可提前於小程序預約，現場候位約20分鐘。
        儲值卡須知：儲值金額不設找贖，贈送金額不可退款，如需退卡請攜同購卡收據到店辦理。
        燙髮後48小時內請勿洗頭及紮髮，避免影響捲度；染髮後一週內建議使用護色洗髮露。
        本店設計師均持有職業技能等級證書，證書可於前台查閱。
        節日預約高峰期間，每位顧客每日限預約一個項目，取消預約請提前兩小時通知。
        請問在深圳剪頭髮比香港便宜多少？北上消費辦儲值卡會不會有風險？
        會員積分規則：每消費人民幣1元累積1分，積分有效期為兩年，可兌換護髮療程或產品。
        台胞顧客可憑台胞證辦理記名儲值卡，辦理時僅需出示證件，本店不留存證件影本。
        投訴處理流程：受理→門店店長回覆（24小時內）→督導複核（3個工作日內）→結案回訪。
    """),
    ("mixed", "模板与配置"): _lines("""
        【XX美发】尊敬的{member_name}，您已成功预约{date} {time}的{service}，设计师{stylist}，如需改约请回复TD或致电门店。
        会员登记表：姓名＿＿＿＿ 性别□男□女 手机号＿＿＿＿＿＿＿ 生日＿＿月＿＿日 发质□细软□粗硬□受损 过敏史＿＿＿＿ 签名＿＿＿＿
        CREATE TABLE member_card (card_id BIGINT PRIMARY KEY, member_id BIGINT NOT NULL, balance DECIMAL(10,2) DEFAULT 0, bonus DECIMAL(10,2) DEFAULT 0, expire_at DATE);
        sms: { sign_name: "丝语发艺", template_code: "SMS_284716093", params: ["name", "balance"] }
        退卡申请书（模板）：本人＿＿＿，身份证号＿＿＿＿＿＿＿＿，于＿＿年＿＿月＿＿日在贵店办理储值卡，现申请退还剩余本金＿＿＿元，退款账户＿＿＿＿＿＿。
        Shift template: Mon-Fri 10:00-19:00 (A班) / 12:00-22:00 (B班); weekend 全员到岗; 每人每月休息 4 天，调休需提前 3 天在企业微信申请。
        def calc_refund(principal, consumed, list_price_ratio=1.0): return max(principal - consumed * list_price_ratio, 0)  # 赠送金额不退
        欢迎语：Hi～欢迎加入【XX美发会员福利群】，群内仅发布活动信息，请勿发广告，预约请私聊前台客服。
        Excel 列名：member_no | name | mobile | level | balance | last_visit | stylist — 导入前请删除空行
        API: POST /api/v2/booking {"store_id":"SH-XH-03","service_code":"PERM_DIGITAL","slot":"2026-12-08T15:00+08:00"} → 201 Created
        投诉工单模板：工单号 TS-{yyyyMMdd}-{seq}｜顾客：＿＿｜问题类型：烫染效果/服务态度/储值退款｜处理人：＿＿｜结果：＿＿
        手机号格式校验 regex：^1[3-9][0-9]{9}$ ；身份证格式校验：^[0-9]{17}[0-9Xx]$ （仅校验格式，校验码另算）
        会员卡面设计稿 v2：正面 logo + "VIP MEMBER"，背面印“本卡仅限本店及连锁分店使用，遗失请及时到店挂失”。
        cron: 0 9 * * * python remind_expiring_cards.py --days 30 --dry-run=false
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员档案｜姓名：何雨桐｜手机：159-2183-0476｜生日：6月11日｜发质：细软易打结｜备注：对PPD染膏过敏，只能用植物染，去年做过头皮湿疹治疗
        退卡申请：本人楼慧琴，身份证号330106198701304282，于2025年3月在贵店储值5000元，现剩余本金2760元，申请退至农业银行卡6228488888267091064，联系电话13917408263。
        投诉：11月29日在发言堂解放路店做的热烫，发型师把我头皮烫起了两个水泡，医院诊断为二度烫伤，我叫万浩宇，电话17728610934，要求店家赔偿医药费。
        预约表 12/08（周二）：10:00 沈俊杰 男士剪发（指定阿杰）｜11:30 黄晓敏 烫发+护理｜14:00 吴子航 染发补根｜16:00 雷佳琪 头皮护理
        12月排班（静安店）：周浩然 发型总监 周二休｜孙梦琪 首席设计师 周三休｜马骏 助理 周四休｜唐雪 前台 周一休
        @于海涛 于哥你卡里还剩1260，赠送的那部分下个月底到期，记得来用哈
        18811304756,林志鹏,金卡,余额3420.00,最近消费2026-11-30,指定设计师Leo
        员工提成明细（11月）：孙梦琪 业绩 86,420 元，办卡提成 4,321 元，实发工资 15,880 元，工资卡 工商银行 6222020445305938
        顾客赵丽娟（110105197909263326）于2026年12月2日办理记名储值卡一张，充值5000元，赠送800元，经办人：前台小周。
        快递单：收件人 陆雯婷 / 电话 135 5297 4481 / 地址 上海市浦东新区张杨路1588弄12号602室 / 内件：护发精油×2（会员积分兑换）
        停车登记：沪A·7K3M9，黑金卡会员俞天明，每周六上午固定来做造型，车位预留B2-036
        点评差评跟进：用户“小鱼不吃香菜_”（会员蔡思琪，手机150 6839 2217）反映烫发三天就直了，要求重做，店长已同意12月9日免费返修。
        店长日志：今天何雨桐又来闹退卡，说我们当初口头承诺随时可退，吵了一个小时，最后同意按原价扣除后退她1900元。
        提醒各位老师：黄晓敏已经怀孕5个月了，她下次来只做剪发和植物护理，千万别推荐烫染。
        前台交接：微信号 chenxiaomo_88 是陈小默，她说储值卡被前男友拿去用了，要求冻结，卡内余额2180元。
        12315投诉书：投诉人 雷佳琪，女，身份证号 61011319920519178X，住址 西安市雁塔区小寨东路126号翠华苑3号楼2单元1101，被投诉方：西安某美发有限公司，诉求：退还储值余额3650元。
        失物招领：今天下午有位顾客把身份证落在2号洗头床了，名字是于海涛，370202198504175415，群里认识他的朋友麻烦转告一下来前台取。
        给我儿子万子轩约周六上午10点剪头发，他7岁，在育才小学读二年级，有点怕推子的声音，麻烦安排耐心一点的老师，我电话152-1048-3396。
        离职交接：发型师马骏已于11月30日离职，名下顾客83位转给周浩然跟进；马骏本人手机173 9286 0145，顾客问起请勿透露。
        储值卡挂失：持卡人 吴子航，手机 18602157739，挂失原因：钱包被盗，已补办新卡，原卡余额 ¥2,046.50 已转入新卡。
        烫染投诉记录｜编号 TS-20261203-007｜顾客 林志鹏｜问题：漂染后头发断裂，右侧大面积受损｜诉求：退还项目费用880元并承担后续护理费用｜顾客QQ 2847361950
        服务备注：沈俊杰先生有轻度脂溢性皮炎，洗头请用医用洗发水，水温不超过38度，他不喜欢聊天。
        @楼慧琴 姐，你老公昨天来帮你充了3000，我已经记到你卡上了哈
        群里问一下，有没有人认识之前在长宁店做的发型师钟伟（大家叫他阿伟），他收了我们好几个人的储值卡钱就跑了，手机现在是空号，听说最近在杭州萧山出现过。
        办卡登记：蔡思琪 / 440304199701053821 / 深圳福田 / 办卡金额 3000 / 推荐人 黄晓敏
        您好，我是何雨桐，上周在你们春熙路店染的发色和效果图差太多，照片在附件，请回复 hyt_0611@163.com 或直接打我电话。
        请假申请：唐雪因母亲住院做手术，申请12月10日至12日请假，与前台小刘换班，店长已批准。
        黑名单：顾客邓凯多次预约不到且辱骂前台，手机 19930576612，系统已限制其线上预约。
        【发言堂】尊敬的沈俊杰先生，您的储值卡于12月6日消费198元，余额1,602.00元，如有疑问请致电021-6438 2751。
        赔付协议：乙方万浩宇（身份证420106200002142159），就2026年11月29日烫伤事宜，甲方一次性赔付乙方医疗费及误工费合计4,800元，转入乙方招商银行卡6225885021373642。
        会员生日提醒（12月）：陆雯婷 12/03，俞天明 12/17，于海涛 12/21，各送生日护理一次
        新会员登记：姓名 张雨萱，性别 女，出生日期 2003-04-18，华东师范大学大三在读，手机 13816724590，来源：小红书
        报警材料摘要：楼慧琴等27名会员反映，“尚造型”店主刘建军于2026年10月关店后失联，涉及储值金额约36万元，已向派出所报案。
        门口那辆粤B·D28617是蔡思琪的车，她说停不到一小时，保安别贴条。
    """),
    "zh-Hant": _lines("""
        會員資料：梁詠欣 Leung Wing Yan，香港身份證 Y472918(6)，手提 9436 2871，深圳福田店儲值 RMB 3,000，偏好週六下午。
        陳怡君小姐（台胞，居住證號碼 830000198604230482）反映：上次在廈門思明店燙髮後頭皮紅腫，已到醫院就診，要求退還燙髮費用680元。
        投訴信：本人林雅婷，台灣身分證 F218473051，手機 0912-348-765，在昆山店辦的儲值卡因店家歇業無法使用，餘額4,200元，請協助處理。
        預約備忘：12月13日 15:00 Kelvin Leung 梁先生 男士剪髮＋修鬍，手提 6172 5548，回鄉證 H60382715 登記停車。
        @黃子晴 你上次話想轉讓張卡，我朋友想要，餘額 1,580，你哋私聊吖
        員工資料：造型師 何嘉敏，港澳居民居住證 810000199407121368，月薪 RMB 12,000 另加提成，合約至 2027年6月。
    """),
    "en": _lines("""
        Client note (Jing'an branch): Mr Daniel Wright, British passport 533819274, short back and sides with Leo every 4 weeks, pays by Visa 4392 6590 8028 1901.
        From priya.nair88@gmail.com: "I'm Priya Nair, I had a keratin treatment at your Xintiandi salon on 22 Nov and my scalp has been burning since; my doctor says it's a chemical burn."
        Refund form — Name: SHEN JUNJIE | ID: 310104199103153275 | Card balance: RMB 2,318.00 | Refund to CCB 6217007565013408850 | Tel: 189 1726 3548
        hey it's mei ling (chen meiling), booked 3pm tmr with Coco for balayage, running 15 min late, my number is 15800937261 if she needs to call
        Staff roster Dec wk2: Sun Mengqi (senior stylist) off Wed, Zhou Haoran (director) off Tue, Tang Xue (front desk) on sick leave with flu until 12/09.
        Lost card report: member Lin Zhipeng, WeChat ID lzp_xm1998, lost his stored-value card at the Siming branch, balance RMB 1,120, please freeze it.
    """),
    "mixed": _lines("""
        客人 Jessica 王佳琪 说 her hair color (7/1 灰棕) 上次掉色很快，要求 redo for free，手机 13605716624，VIP 卡余额 ¥4,050
        Booking confirmed ✅ 俞天明 | 12/10 Wed 19:00 | 男士 fade cut + 洗吹 | Stylist: Leo | Deposit ¥50 via WeChat Pay | Mobile 186 5710 2283
        @Kevin 帮我查下 member 蔡思琪 的 balance，她说 app 显示 0 但 she topped up 2000 on 11/28，订单号 CZ20261128190233581
        退款 escalated: customer 吴子航, 邮储卡 6221885260181590833, refund ¥3,200 pending 财务 approval, 他说要打 12315 还要在小红书 @子航不秃头 发帖
        Note: Grace 何雨萱（何雨桐的妹妹）也想办卡, same PPD allergy as her sister, book patch test first.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家美发连锁门店的客服助手，帮助顾客处理预约和储值卡问题。"),
        ("user", "你好，我想查一下储值卡余额，我叫陆雯婷，手机号13552974481。"),
        (
            "assistant",
            "陆女士您好，出于账户安全考虑，我这边无法直接查询余额，您可以在小程序“我的-储值卡”中查看，或致电门店前台核验身份后查询。",
        ),
        ("user", "好的，另外帮我把12月20日下午的烫发改到21号，设计师还是Amy。"),
    ],
    [
        (
            "user",
            "帮我写一封给理发店的退卡函。我叫楼慧琴，身份证330106198701304282，2025年3月15日在发言堂文三路店充了5000元，现在还剩2760元本金，店里一直拖着不退。",
        ),
        (
            "assistant",
            "好的，草稿如下：致发言堂文三路店：本人楼慧琴（身份证号330106198701304282）于2025年3月15日在贵店办理储值卡并充值5000元，现卡内剩余本金2760元，请于收函后15日内退还。",
        ),
        ("user", "再加一句如果不退我就去12315投诉，落款电话写13917408263。"),
    ],
    [
        ("system", "You are an assistant for a salon chain's operations manager."),
        (
            "user",
            "Summarise this for the weekly report: 客户万浩宇 11/29 热烫烫伤头皮，二度烫伤，医药费1,260元，已协商赔付4,800元。",
        ),
        (
            "assistant",
            "Summary: On 29 Nov, client Wan Haoyu suffered a second-degree scalp burn during a hot perm; medical costs were RMB 1,260 and a settlement of RMB 4,800 has been agreed.",
        ),
        (
            "user",
            "Good. Also note the stylist was 孙梦琪 and she has been given a written warning.",
        ),
    ],
    [
        ("user", "我係香港人，想喺深圳福田店辦張儲值卡，使唔使身份證？"),
        (
            "assistant",
            "您好，辦理記名儲值卡需要出示有效證件，港澳居民可使用港澳居民來往內地通行證，請到店時攜帶證件原件。",
        ),
        (
            "user",
            "好，我叫鄧嘉欣，回鄉證 H71528406，電話 5836 2190，幫我約星期六兩點，剪髮同焗油。",
        ),
    ],
    [
        (
            "user",
            "帮我把这段群消息改得客气一点：“@雷佳琪 你上次烫头的钱还没结清，欠380，再不来结我就在群里公开了”",
        ),
        (
            "assistant",
            "可以这样写：“@雷佳琪 雷小姐您好，上次烫发项目还有380元尾款未结清，方便的时候麻烦来店里或私聊我结一下，谢谢～”",
        ),
        ("user", "嗯，还是私聊发给她吧，别在群里发了。"),
    ],
    [
        (
            "user",
            "Hi, can you help me write a WeChat message to my hairdresser? I want to move my appointment.",
        ),
        (
            "assistant",
            "Sure. Tell me the current slot, the new time you'd like, and anything else you want to mention.",
        ),
        (
            "user",
            "Current is Sat 13 Dec 11am with Leo at the Jing'an shop, I want Sun 14 Dec same time. I'm Tom Hughes, my WeChat is tomhughes_sh.",
        ),
    ],
    [
        (
            "user",
            "我们店的助理唐雪最近腰椎间盘突出，经常请病假，我能不能以这个理由辞退她？她在店里干了三年了。",
        ),
        (
            "assistant",
            "一般来说，员工患病在规定的医疗期内，用人单位不得以此为由解除劳动合同。建议先核实病假证明并计算她的医疗期，医疗期满后仍不能从事原工作的，才可按法定程序处理。",
        ),
        ("user", "她社保是在我们公司交的，工龄三年的话医疗期大概多久？"),
    ],
    [
        ("user", "我朋友于海涛要把他的理发卡转给我，卡里还有1260，他手机13705321846，要怎么弄？"),
        (
            "assistant",
            "卡内余额转让通常需要原持卡人和受让人同时到店办理，带上各自的有效证件和储值卡即可。",
        ),
        ("user", "他在外地出差，下个月才回青岛，能不能视频确认？"),
    ],
    [
        (
            "user",
            "下面是会员表的几行，帮我转成JSON：何雨桐,15921830476,金卡,3420.00 / 俞天明,18657102283,黑金卡,12800.00",
        ),
        (
            "assistant",
            '[{"name":"何雨桐","mobile":"15921830476","level":"金卡","balance":3420.00},{"name":"俞天明","mobile":"18657102283","level":"黑金卡","balance":12800.00}]',
        ),
        ("user", "手机号中间四位帮我打码。"),
    ],
    [
        ("system", "你是消費糾紛諮詢助手。"),
        (
            "user",
            "我是在廈門工作的台灣人林雅婷，上個月在一家髮廊辦了4,200元的卡，現在店關了，老闆電話也打不通，我該怎麼辦？",
        ),
        (
            "assistant",
            "林小姐您好，建議您保留購卡憑證、付款記錄和聊天記錄，並撥打12315或在全國12315平台提交投訴。",
        ),
        ("user", "我的台胞證號碼是 10482736，可以用這個投訴嗎？"),
    ],
]
