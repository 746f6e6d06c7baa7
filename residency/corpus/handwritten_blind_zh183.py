# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh183: car rental and ride-hailing drivers in mainland China (contracts, deposits, violations, damage liability, driver groups, platform support and appeals). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh183
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "租车合同条款"): _lines("""
        第五条 承租人应持本人有效身份证件及驾龄满一年的机动车驾驶证办理取车手续，驾驶证准驾车型须与所租车辆相符。
        租期内因承租人原因产生的违章罚款、扣分及停车费用由承租人承担，出租方有权从违章押金中代扣。
        合同编号：ZL-SZ-2026-118742 / 车型：大众朗逸 1.5L 自动挡 / 日租金 168 元 / 基础保障服务费 40 元/天
        承租人签字：__________ 证件类型：□身份证 □护照 □港澳居民来往内地通行证 证件号码：__________________ 联系电话：__________
        超时还车不足4小时的按小时计费，每小时收取日租金的1/6；超过4小时按一日计收。
        取车时请与门店工作人员共同检查车辆外观、油量及里程，并在《车辆交接单》上签字确认。
        异地还车服务费按城市间距离计算，深圳至广州一般为300元，具体以下单页面显示为准。
        车辆在租期内出现故障，承租人应第一时间拨打出租方24小时救援电话，不得自行送修，否则维修费用自理。
        本合同一式两份，出租方与承租人各执一份，自双方签字（或电子签署）之日起生效。
        承租人不得将车辆转租、转借他人使用，不得用于网约车营运、驾校教学、赛车或其他违法用途。
        油费规则：满油取车满油还车，还车时油量不足的，按每格（1/8箱）60元补收，另收加油服务费20元。
        新能源车型还车电量低于取车电量的，按每1%电量2元补收充电费；电量低于20%的加收服务费50元。
        出租方：途安汽车租赁（深圳）有限公司，统一社会信用代码 91440300MA5G8K2T4K，客服热线 400-820-5117。
        附件三《车辆外观确认图》中划痕以○标注、凹陷以△标注，尺寸单位为厘米，取还车各拍一组照片存档。
    """),
    ("zh-Hans", "押金与平台客服"): _lines("""
        问：租车押金一般多久能退？答：车辆押金在还车验车后即时解冻，违章押金在还车后30天内无违章自动退还。
        信用分达到650分及以上的用户可享受免押金租车，具体额度以第三方信用评估结果为准。
        押金预授权在信用卡账单上显示为“冻结”，不是实际扣款，解冻后银行一般需要3至7个工作日恢复额度。
        您好，您的退款申请（工单号 GD202612030058731）已提交，预计1-3个工作日内原路退回，请耐心等待。
        如需修改取车时间，请在取车前2小时通过App“我的订单—修改订单”操作，超时将无法修改。
        客服工作时间为每日8:00-22:00，紧急道路救援可24小时拨打 400-820-5117 转 2。
        为什么我的违章押金被扣了2000元？——通常是租期内产生了尚未处理的违章，系统先行预扣，处理完毕后多退少补。
        平台不会以任何理由要求您提供银行卡密码或短信验证码，请谨防冒充客服的诈骗电话。
        退款金额 = 已付押金 − 违章代办费 − 车损费用 − 超时费用，明细可在“账单详情”中查看。
        若对扣款有异议，可在收到扣款通知后7日内在App内提交申诉，并上传照片、视频等证据。
        请问外籍人士能租车吗？可以，但需提供护照、有效签证及中国驾驶证；国际驾照在中国大陆不被认可。
        免押服务目前仅支持身份证实名认证且年满22周岁的用户，港澳台及外籍用户暂需缴纳押金。
        订单 ORD-8817420365 已完成，本次租车共 3 天，实付 642.00 元，押金 3000.00 元将于验车后释放。
        电子发票已开具，发票号码 26442000000317845902，开票金额 642.00 元，可在订单详情页下载。
        您遗失在车内的物品已由门店通过顺丰寄出，运单号 SF1438207755921，请留意查收。
        退款失败常见原因：原支付银行卡已注销或挂失、信用卡已过期，请联系客服更换退款方式。
    """),
    ("zh-Hans", "违章处理"): _lines("""
        交管12123 App 可查询名下机动车和驾驶证的违法记录，租赁车辆的违章通常需要车辆所有单位配合处理。
        驾驶证记分周期为12个月，满12分的需参加满分学习和考试，租车平台不提供任何形式的代扣分服务。
        驾驶机动车违反道路交通信号灯通行的，一次记6分，罚款金额以各地执行标准为准。
        决定书编号 4403052010837265 的缴款期限为15日，逾期每日按罚款数额的3%加处罚款。
        电子警察抓拍的违章一般在3到7天后上传系统，因此还车后仍可能收到违章通知。
        异地违章现在可通过交管12123在全国范围内在线处理，无需回到违法发生地。
        违章代办服务费为每条50元（不含罚款），涉及记分的违章须由实际驾驶人本人处理。
        【违章提醒模板】尊敬的{customer_name}，您租用的{plate}于{time}在{location}发生{violation}，请于{deadline}前处理。
        在高速公路上驾驶机动车超过规定时速50%以上的，一次记12分。
        违法停车告知单贴在车窗上时，一般可通过交管12123或扫描告知单上的二维码在线缴纳罚款。
        北京工作日按尾号限行，外地号牌车辆进入六环内须办理进京证，每年最多办理12次。
        网约车驾驶员一个记分周期内被记满12分的，平台将依规取消其接单资格。
        温馨提示：深圳南山区后海大道与科苑大道交叉口新增测速设备，该路段限速60km/h。
    """),
    ("zh-Hans", "司机群聊"): _lines("""
        兄弟们今晚宝安机场T3蓄车池排了快三小时，别往那边冲了
        有没有人知道租的车出了刮蹭，走自己保险还是走租车公司的？
        收到，今天早高峰科技园那边单子挺多的，溢价1.3倍
        新规下周一开始，没有网约车驾驶员证的一律不能接单，还没考的赶紧去考
        早上好各位，今天暴雨黄色预警，开车注意安全，积水路段别硬冲 🙏
        群公告：本群只讨论跑车经验和政策，禁止发广告，禁止私下拉人进其他群。
        平台又改抽成了？快车好像从23%调到27%，有没有人收到正式通知的
        车队本周例会改到周四下午三点，地点还是车管所旁边停车场二楼会议室
        吐槽一下，今天有个乘客下车把一整袋橘子忘在后座了，已经交给平台客服处理
        求推荐深圳哪里换轮胎便宜点，秦PLUS原厂胎磨得差不多了
        充电桩晚上11点后谷电0.3几一度，白天峰值要1块多，建议晚上充满
        有谁租过车行的埃安S？一个月多少钱？押金真要交两万那么多吗
        哈哈哈今天终于冲到了奖励的80单，腰快断了
        提醒一下，最近有人冒充平台客服打电话说要“解除保证金”，千万别转账！
        罗湖口岸那边接人不能停，只能在P3停车场上客，上次在路边停了一下被拍，罚了200
    """),
    ("zh-Hans", "车损定责与保险"): _lines("""
        车损定责标准：划痕长度≤5cm且未伤及底漆的视为正常使用痕迹，不向承租人收取费用。
        单方事故由承租人负全责的，在基础保障范围内承租人需承担1500元以内的车损费用。
        发生交通事故后应立即拨打122报警并通知租车公司，保留现场照片，切勿私了。
        轻微事故无人员伤亡、车辆能够移动的，可通过交管12123“快处快赔”拍照后撤离现场。
        停运损失费按车辆维修期间日租金的50%计算，最高不超过15天。
        车损评估报告编号 PG-2026-003318：前保险杠喷漆 1 幅 480 元，左前雾灯更换 620 元，合计 1100 元。
        保单号 PDAA202644030000187526 为门店车辆的商业第三者责任险保单，保额200万元。
        尊享保障用户在车辆损坏时免除车损自付部分，但轮胎、玻璃单独损坏及车辆丢失不在保障范围内。
        事故责任分为全部责任、主要责任、同等责任、次要责任和无责任五种，以交警出具的认定书为准。
        定责争议处理流程：提交申诉 → 平台定损员复核（3个工作日）→ 第三方评估机构出具意见 → 结果通知。
        折旧费通常按维修金额的20%收取，车辆维修金额低于2000元的不收取折旧费。
        车内禁止吸烟，还车时发现明显烟味或烟头烫痕的，收取深度清洁费300元。
        拖车费：市区内拖至指定维修点10公里以内由出租方承担，超出部分按每公里10元收取。
    """),
    ("zh-Hant", "租車須知"): _lines("""
        租車須知：駕駛人須年滿20歲並持有效駕照滿一年，取車時請出示身分證及駕照正本。
        本公司接受信用卡預授權作為押金，金額為新台幣10,000元，還車後7個工作天內解除。
        國道通行費（eTag）將於還車後依實際通行紀錄向承租人收取，費率依高速公路局公告。
        如遇事故請撥打110報案，並聯絡本公司24小時道路救援專線0800-058-119。
        香港居民在內地自駕須持有內地駕駛證，香港駕照不能直接使用，可向內地車管所申請換領。
        逾時還車每小時按日租金十分之一計收，超過六小時以一日計。
        經港珠澳大橋跨境自駕須辦理兩地車牌及相關保險，一般租車公司不提供此項服務。
        本店營業時間：週一至週日 08:00–21:00，地址：台北市中山區南京東路二段（捷運松江南京站旁）。
        車輛出租前已完成安全檢查，輪胎胎紋深度不少於1.6毫米，請安心駕駛。
        Uber於2017年2月暫停在台服務，同年4月改以與租賃車業者合作的模式恢復營運。
        機場接送請至少提前24小時預約，深夜（23:00–06:00）加收夜間服務費200元。
    """),
    ("en", "rental and ride-hailing help"): _lines("""
        Foreign visitors cannot drive in mainland China on an International Driving Permit; some airports can issue a temporary Chinese driving permit.
        The security deposit is held as a pre-authorisation on your credit card and released 30 days after return if no traffic violations are recorded.
        Booking reference CAR-7731-XQ / Pick-up: Shanghai Pudong T2 / Return: Hangzhou East Station / Vehicle group: SUV (Toyota RAV4 or similar).
        Please inspect the vehicle with our staff at pick-up and note any existing damage on the condition report; timestamped photos are recommended.
        Travis Bickle, the Vietnam veteran in Martin Scorsese's Taxi Driver (1976), drives a cab on the New York night shift.
        Didi Chuxing took over Uber's China business in August 2016 in a deal reported at about 35 billion US dollars.
        Template: "Dear [Customer Name], your rental agreement [Agreement No.] has been closed. The deposit of [Amount] will be refunded to the original payment method."
        Late returns beyond the 59-minute grace period are charged one extra hour, up to a maximum of one full rental day.
        Platform drivers must hold a valid ride-hailing driver certificate and the vehicle needs a transport certificate issued by the local transport authority.
        For roadside assistance call the rental company first; dial 122 for traffic accidents and 120 for medical emergencies.
        Our Shenzhen Bao'an Airport counter is on level B1 of Terminal 3, open daily 07:00-23:00; hotline 400-820-5117.
        Karl Benz's Patent-Motorwagen, patented in 1886, is generally regarded as the first practical automobile.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        [2026-12-03 08:14:22] INFO order_service: order_id=ORD-8817420365 status=RETURNED mileage_delta=412km fuel_level=6/8
        refund_job: batch=20261203-02 processed=1284 failed=7 reason_top=CARD_EXPIRED
        violation_sync: source=12123_gateway fetched=356 matched=349 unmatched=7 retry_in=3600s
        damage_rule: {"scratch_max_cm": 5, "dent_max_mm": 3, "free_if_premium": true, "depreciation_rate": 0.2}
        ERROR deposit-service v2.14.3: pre-auth release timeout after 30000ms, txn_ref=PA7Q2K9X81LM, will retry
        SELECT plate_masked, violation_code, fine_amount FROM violations WHERE settle_status = 'PENDING' AND created_at < NOW() - INTERVAL 30 DAY;
        车辆状态 = 维修中 | 车型 = 比亚迪 秦PLUS DM-i | 门店 = 深圳宝安机场店 | 预计可租时间 = 2026-12-10
        appeal_queue: pending=43 avg_wait=2.6d sla_breach=5 owner_team=客服二组
        contract_pdf sha256=9f2c4a1e7b3d58c06e41a2f9d7b8c3e5a0f1d2c4b6e8a9d0c7f3e2b1a4d6c8e9
        VIN 校验规则：第9位为校验位，各位按权重 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2 加权求和后取模11。
        fleet_report: city=深圳 vehicles=1260 utilisation=78.4% avg_daily_rent=¥152 model_top=宝马 X3 xDrive30i
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        承租人：刘海涛 | 身份证号：110105198803142176 | 手机：138 1062 4579 | 车型：大众朗逸 | 取车：北京首都机场T3店 2026-11-28 10:00
        【违章提醒】周建国先生您好，您于11月20日租用的沪A·5R72Q在延安高架路有“违反禁令标志指示”的违法行为，罚款200元，记3分，请于12月15日前处理。
        退押金申请：客户陈思雨，订单ORD-8817429013，押金3000元因原卡注销，申请退至建设银行卡 6217 0069 9380 7090 661，户名陈思雨。
        车损定责单 / 承租人：黄晓敏（手机15921348806）/ 定损项目：右后门凹陷、后保险杠刮擦 / 责任：承租人全责 / 应付：1860元
        老杨（杨卫东）你的车粤B·D27619被贴条了，就在科兴科学园那个路边，赶紧去挪
        投诉司机孙志强，车牌川A·7H3M9，昨晚从双流机场到春熙路绕了十几公里，还骂人，我要求退款。
        黑名单登记：赵磊，身份证320106197901183618，拖欠三个月租金共计12600元，电话已关机，车辆GPS最后定位在南京江宁区。
        司机何丽萍因腰椎间盘突出住院手术，请假两周，名下网约车浙A·3C9K1暂停派单。
        司机申诉：本人马俊，手机 177-2841-0963，11月30日被平台以“乘客安全投诉”封号，但行程录音可以证明我没有任何不当言行，请求复核。
        押金退款到账通知——收款人：吴婷婷 / 账号：6222 0202 1956 6444 804（工商银行）/ 金额：2,500.00元
        车队司机通讯录：王建军 13588621907 / 李红梅 19950183274 / 张伟东 15022976631
        交接单备注：承租人郑凯还车时油量仅剩1/8，里程比出车时多1,863公里，已告知补缴油费，客户表示要投诉门店。
        群里的@浩子 就是许浩，上个月租我的车去跑滴滴被查了，罚了一万，到现在还欠我三千没还
        我叫林晓峰，驾驶证被扣满12分，要去上学习班，想问下租车合同能不能先暂停？我电话18733105428
        违章代办委托书：委托人 邓佳怡，身份证号码 440305199206275386，驾驶证档案编号 440301827364，委托途安租车代为处理粤B·3F8K2名下违法记录2条。
        微信号 haitao_zuche88 的刘师傅说可以不交押金直接租车，有人跟他租过吗？靠谱不
        客户唐敏（女，1994年生，重庆人）11月租车期间在渝中区发生追尾，对方车辆维修费4200元，保险已受理，报案号RDAA2026500000456123。
        网约车驾驶员证申请：姓名 罗志刚，身份证 420111199007302954，无犯罪记录证明已开具，驾龄6年。
        乘客郭佩佩反映司机把她的行李箱拉走了，她手机13166250817，行程是12月2日晚上9点左右从广州南站到天河北。
        张秀兰阿姨在群里说她儿子周末要借车去考科目三，车就是苏A·8M2P6那辆白色卡罗拉。
        押金扣款异议：用户韩雪（QQ 2847391056）称还车时已拍视频证明无划痕，却被扣车损费800元。
        【平台通知】司机宋建平（工号 SZ-DR-048217），您因连续三天取消率超过30%，服务分扣减5分，如有异议可在7日内申诉。
        身份证号 370202198311126836 的客户于十一月连续三次超时还车，系统已自动将其列入限制租车名单。
        司机于海洋在深南大道发生单方事故，本人轻微脑震荡，已送北大深圳医院，车辆粤B·K6N71拖至4S店。
        租金收据：今收到付晓东交来2026年12月份车辆租金4,800元、押金5,000元（现金）。收款人：车行周经理。
        你上次落在我车上的钱包我已经交到白石洲派出所了，失主叫秦雨桐，身份证我看了一眼是500103199412058262，让她本人去领。
        高铁站接站：我是曹志明，车牌渝B·R5T28，白色哈弗H6，在负一层P2等你，电话16602183395
        彭丽娟那辆车的租赁纠纷已经立案了，她欠了八个月租金，律师说下个月开庭。
        陈师傅（陈国庆）喝了酒还出车，被交警查到醉驾，驾照吊销五年，这事整个车队都知道了。
        退款账户信息：开户名 袁丽，开户行 中国农业银行武汉光谷支行，卡号 6228481105431810015。
        司机入职体检：姚建华，血压165/100，医生建议暂缓上岗，复查后再定。
        承租人范思琪驾驶证仍在实习期，按合同不能租SUV，她在门店坚持要租并与店员争吵，已在系统备注拒租。
    """),
    "zh-Hant": _lines("""
        承租人：林怡君　身分證字號：B210473626　手機：0935-218-604　租期：12/05–12/08　車型：Toyota Altis
        陳冠宇先生（身分證 F128394752）於高雄小港店還車時左後照鏡破損，經雙方確認需賠償新台幣3,200元。
        租車人 梁嘉穎，香港身份證 Y602473(2)，回鄉證號 H30582716，於深圳福田口岸店租車三天，聯絡電話 +852 6723 4918。
        阿Ken即係黃家俊啦，佢上個月揸車喺沙田撞咗個阿伯，保險公司到而家都未賠
        司機張志明（HKID K385216(4)）申請平台帳戶解封，因上月被乘客投訴拒載，已提交行車記錄器片段。
        客訴單：乘客吳佩珊表示司機在車上抽菸，行程為12月1日晚上，她的電話是0912 476 035，希望退還車資。
        押金退還：李承恩，中國信託（822）帳號 9015 4027 3318，退還金額新台幣8,000元，扣除eTag通行費312元。
    """),
    "en": _lines("""
        Renter: Daniel Whitfield | UK passport 534281907 | Mobile +86 185 2104 7739 | Vehicle: Tesla Model 3 | Deposit: CNY 5,000 pre-authorised on Visa 4367 4264 1631 0437
        Complaint from Priya Nair a/p Gopal: the driver refused to help with her luggage at Guangzhou Baiyun and she wants the CNY 186 fare refunded; email priya.nairgopal@gmail.com
        Fleet note: driver Ahmad Faizal bin Rosli was seen on dashcam using his phone while driving on 28 Nov; first written warning issued.
        Deposit dispute - customer Lim Chee Keong (MyKad 850917-07-5531) says the scratch on the rear bumper was already there at pick-up and asks for the RMB 800 back.
        Ong Pei Shan, NRIC S8734152F, booked a 7-seater from Shenzhen North Station for 14-16 Dec; contact +65 9127 4836.
        hey its marcus (marcus.hoelzl@outlook.de), the guy who returned the white BYD at Pudong last night, i think i left my son's asthma inhaler in the back seat, can someone check?
    """),
    "mixed": _lines("""
        Driver roster: Zhang Lei 张磊 | 粤B·D51836 | 139 1147 6052 | 夜班 | 已交保证金 ¥3000
        @Kevin Liu 刘凯文 你那单 ORD-8817436620 客户投诉说你 late 了 40 mins，平台扣了你 20 块，记得去 appeal
        退款 pending：customer 王雅琪 (wangyaqi_1996@163.com)，refund ¥1,200 to 招行 credit card 6225 8845 6513 8008
        Incident report: 司机 Rahul Sharma s/o Vijay Kumar 在上海虹桥T2接机时与乘客发生口角，乘客报警，派出所已做笔录。
        新员工 onboarding：郑思远 DOB 1991-02-23，身份证 350203199102234192，紧急联系人 mother 郑美华 158 6620 9183
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是途安租车的在线客服助手，负责查询订单、押金和违章，回答要简洁礼貌。"),
        ("user", "我要退押金，订单号ORD-8817452290，都还车半个月了一直没到账"),
        ("assistant", "抱歉让您久等了。为核实身份，请提供承租人姓名、身份证号和下单手机号。"),
        ("user", "冯淑芬，身份证510107198509021442，手机18607553142"),
        (
            "assistant",
            "已核实。该订单违章押金因一条待处理的停车违章被暂扣，处理完毕后3个工作日内退还。",
        ),
    ],
    [
        ("user", "帮我写一份给平台的申诉，我的账号被封了"),
        (
            "assistant",
            "可以。请告诉我您的姓名、车牌、封号时间和平台给出的原因，以及您手上有哪些证据。",
        ),
        (
            "user",
            "我叫贺文斌，车牌浙A·3D7Q5，11月29号晚上有个乘客投诉说我酒驾，平台直接封了。我那天根本没喝酒，第二天还去医院抽了血，报告是阴性的",
        ),
        (
            "assistant",
            "申诉书：本人贺文斌，车牌浙A·3D7Q5，于11月29日被乘客投诉酒后驾驶并被封禁账号。本人当晚未饮酒，次日医院血液检测结果为阴性，附检测报告，恳请平台复核并恢复接单资格。",
        ),
    ],
    [
        ("system", "你是车队管理助手，帮助车队长整理司机信息。"),
        (
            "user",
            "把这几个人整理成表格：老孟 孟庆华 17328496610 晚班；小蒋 蒋雨欣 15018842263 白班，她下个月休产假；阿强 钟志强 13502437718 白班",
        ),
        (
            "assistant",
            "| 姓名 | 手机 | 班次 | 备注 | / | 孟庆华 | 17328496610 | 晚班 | — | / | 蒋雨欣 | 15018842263 | 白班 | 下月休产假 | / | 钟志强 | 13502437718 | 白班 | — |",
        ),
        ("user", "再加一列押金，孟庆华交了5000，另外两个都是3000"),
    ],
    [
        ("user", "我係香港人，想喺深圳租車自駕，要準備咩證件？"),
        (
            "assistant",
            "香港居民在內地自駕需要內地駕駛證、港澳居民來往內地通行證（回鄉證），以及一張可作預授權的信用卡。",
        ),
        (
            "user",
            "我已經有內地駕照。我叫何詠詩，香港身份證 A734918(4)，回鄉證 H52819437，電話 9381 5527，可唔可以幫我預約12月20號福田口岸店？",
        ),
        ("assistant", "已為何詠詩小姐預約12月20日福田口岸店取車，確認短信會發送到9381 5527。"),
    ],
    [
        (
            "user",
            "I'm disputing a damage charge from a car rental in Shanghai. Can you help me write to them?",
        ),
        (
            "assistant",
            "Sure. Tell me the agreement number, what they charged, and why you believe the charge is wrong.",
        ),
        (
            "user",
            "Agreement SH-RA-55120. They put 2,400 RMB on my card for a dent I didn't cause - I have the pick-up video. I'm Sophie Marchetti, email sophie.marchetti@protonmail.com, phone +86 150 2618 4437.",
        ),
        (
            "assistant",
            "Dear Sir or Madam, I, Sophie Marchetti, dispute the RMB 2,400 damage charge on agreement SH-RA-55120. The dent is visible in my pick-up video, attached. Please reverse the charge and reply to sophie.marchetti@protonmail.com.",
        ),
    ],
    [
        ("user", "昨晚打车把笔记本电脑落在车上了，怎么找回来？"),
        (
            "assistant",
            "可以在App行程记录里联系司机或提交“物品遗失”工单。如果记得车牌和司机信息，也请一并提供。",
        ),
        (
            "user",
            "司机姓潘，叫潘立新，车牌苏A·7T2W9，我上车是在新街口，下车在南京南站。我电话13913826405，电脑是银色的ThinkPad",
        ),
        (
            "assistant",
            "已帮您整理好工单内容：乘客电话13913826405，司机潘立新，车牌苏A·7T2W9，新街口至南京南站行程，遗失银色ThinkPad笔记本电脑。",
        ),
    ],
    [
        ("user", "我骑电动车被一辆网约车撞了，现在在医院，平台那边怎么索赔？"),
        (
            "assistant",
            "先确保治疗，保留交警责任认定书、病历和费用票据。网约车一般有承运人责任险，可以通过平台客服报案。",
        ),
        (
            "user",
            "我叫严冬梅，身份证610113198704091527，左腿胫骨骨折，住在西京医院骨科12床。交警认定对方司机全责",
        ),
        (
            "assistant",
            "请把以上信息连同责任认定书一起提交给平台客服，并注明住院科室和床位，方便保险公司上门核损。",
        ),
    ],
    [
        ("user", "帮我把一段通知翻成英文，发给一位德国客户"),
        ("assistant", "好的，请把完整内容发给我。"),
        (
            "user",
            "Jonas Becker 先生，您的德国护照号 CF7K29LT4 已登记，您在虹桥店租的宝马X3因左前轮胎爆胎需更换，费用850元将从押金扣除，如有疑问请回复邮件 jonas.becker@web.de",
        ),
        (
            "assistant",
            "Dear Mr Jonas Becker, your German passport CF7K29LT4 has been registered. The BMW X3 you rented at our Hongqiao branch needs a new front-left tyre after a blowout; the cost of RMB 850 will be deducted from your deposit. Please reply to jonas.becker@web.de with any questions.",
        ),
    ],
    [
        ("user", "司机群里有个人借钱不还，我能在群里公开他吗？"),
        (
            "assistant",
            "不建议在群里公开个人信息，可能涉及名誉和隐私纠纷。可以保留聊天记录和转账凭证，通过协商或起诉解决。",
        ),
        (
            "user",
            "他叫骆家豪，微信号 luojh_1989，说要交租车押金借了我8000，转账记录都有，现在把我拉黑了",
        ),
        (
            "assistant",
            "建议您整理与骆家豪的转账截图和聊天记录，向其户籍地或住所地法院提起小额诉讼。",
        ),
    ],
    [
        ("system", "你是车队人事助手。"),
        ("user", "司机温晓丽这个月开始休产假，她的车要重新分配"),
        ("assistant", "好的。请告诉我她的车牌和计划接手的司机。"),
        (
            "user",
            "车牌粤B·D60358，交给新来的司机黄斌，黄斌电话18926037415，温晓丽的押金先不退，等她产假回来再说",
        ),
    ],
    [
        ("user", "帮我看看这个违章能不能申诉"),
        ("assistant", "请提供违章时间、地点、违法行为以及您认为有误的理由。"),
        (
            "user",
            "我是邱思婷，身份证330106199605214724，车牌浙A·6L8P2，12月1号在文三路被拍压实线，但当时是救护车过来我让行才压线的，行车记录仪有视频",
        ),
        (
            "assistant",
            "这种情况可以申诉。邱思婷女士可在交管12123上对浙A·6L8P2该条记录提交异议，并上传行车记录仪视频作为避让救护车的证据。",
        ),
    ],
]
