# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh235: foot-massage, massage and bathhouse centres (member cards, rosters, complaints, refunds, notices, staff groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh235
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "store_notice"): _lines("""
        【门店公告】因消防管道检修，本店汗蒸房12月9日（周二）全天暂停开放，足疗、按摩项目正常营业，给您带来不便敬请谅解。
        即日起至2027年1月3日，储值满2000元赠送300元，满5000元赠送1000元，赠送金额不可退、不可提现，详询前台或拨打400-822-6617。
        温馨提示：饮酒过量、空腹或饱食后一小时内不建议进行足浴和推拿，高血压、心脏病、孕期顾客请提前告知前台。
        本店营业时间调整为中午12:00至次日凌晨2:00，最后一钟接待时间为凌晨0:30。
        男宾浴区、女宾浴区均设有贵重物品寄存柜，手牌遗失需赔偿工本费50元，请妥善保管。
        热烈祝贺“华佗养生”中山北路店开业三周年！12月12日当天全场足疗项目8.8折（会员价不再叠加）。
        根据《公共场所卫生管理条例》，本店毛巾、浴袍一客一换一消毒，消毒记录公示于二楼楼梯口，欢迎监督。
        停车说明：凭当日消费小票可免费停车3小时，超时按每小时5元收取，停车场入口在鲁迅路与建设路交叉口东侧。
        冬至当天（12月21日）15:00-17:00大厅提供免费饺子，数量有限，先到先得。
        门店地址：上海市静安区江宁路1188号3楼，邮编200041，门店预约座机021-6258 3390。
        营业执照信息公示：统一社会信用代码91310106MA1FY3K27Q，经营范围：足浴服务、保健按摩（非医疗）、洗浴服务。
        本店不提供任何违法违规服务，如遇技师私下推销或索要小费，请拨打监督电话0755-8832 6610或发邮件至jiandu@fuyuantang-spa.cn。
        会员系统将于12月10日02:00-06:00升级至v3.8.2版本，期间无法查询余额及积分，升级后原卡号不变。
    """),
    ("zh-Hans", "tech_schedule"): _lines("""
        12月第二周排班：早班11:00-19:00共6人，中班15:00-23:00共9人，晚班19:00-次日3:00共7人，周六周日全员不休。
        轮钟规则：按到岗先后排序，点钟不影响轮钟顺序，加钟计入原技师业绩，跳钟需值班经理签字。
        钟房提示：当前在岗技师23人，上钟17人，空闲4人，休息2人，等位顾客3组。
        技师提成标准（2027版）：足疗60分钟提成48元，中式推拿90分钟提成75元，精油SPA提成率35%，点钟额外加10元。
        排班表模板：日期 | 班次 | 工号 | 岗位 | 备注（请假/调班/培训），每周日18:00前提交值班经理审核。
        本月请假统计：事假11人次，病假4人次，调休19人次，较上月下降12%。
        新技师岗前培训为期15天，考核内容包括足部反射区定位、手法力度、服务话术及消防知识，上期考核通过率82%。
        周五晚上客流高峰，20:00-23:00至少安排12名足疗技师、4名推拿技师在岗，前台加派1人。
        调班申请须提前48小时在钉钉审批中提交“调班单”，临时调班每月不得超过2次。
        春节期间（腊月廿八至正月初六）实行三倍工资，愿意留岗的同事请于1月5日前向领班报名。
        A组负责1-12号足疗房，B组负责13-24号足疗房及VIP包间，C组负责男宾浴区搓澡及修脚。
        排班系统导出：shift_export_20261207.csv，共248行，字段 staff_no, dept, shift_code, start, end。
        值班经理每日22:00巡查一次钟房记录，核对上钟单与收银单是否一致，差异超过2单需书面说明。
    """),
    ("zh-Hans", "member_card_refund"): _lines("""
        会员卡等级：银卡储值1000元享9折，金卡储值3000元享8.5折，钻石卡储值10000元享7.8折，折扣不与团购券同享。
        储值退款须知：本金部分可按原支付路径退回，已使用的赠送金额将从本金中扣除，退款到账时间为3-7个工作日。
        根据《单用途商业预付卡管理办法》，本店预付卡余额不设有效期，停业或迁址将提前30日公告。
        退款申请表（空白）：会员姓名＿＿＿＿ 卡号＿＿＿＿ 联系电话＿＿＿＿ 退款原因＿＿＿＿ 申请日期＿＿年＿＿月＿＿日
        卡号规则：前四位为门店代码（SZ01、SZ02…），中间6位为开卡日期，末4位为流水号，例如SZ02-261104-0087。
        挂失流程：持本人有效证件到任一门店前台办理，挂失后原卡立即冻结，补卡工本费20元，余额自动转入新卡。
        本季度共受理储值退款申请46笔，已办结41笔，平均处理时长4.2天，退款总额约18.7万元。
        美团、抖音团购券不属于储值卡，退款请在对应平台发起，门店无法代为操作。
        请问储值卡里的赠送金额用不完，转让给朋友用可以吗？需要带什么去前台办理？
        积分规则：每消费1元积1分，500积分可兑换60分钟足疗一次，积分有效期至次年12月31日。
        储值卡转让需双方到店并出示证件，每张卡每年限转让一次，转让手续费为余额的2%（最低10元）。
        多卡合并仅限同一手机号名下的会员卡，合并后等级按两卡储值总额重新计算。
        退款原路返回说明：微信支付退至零钱或原银行卡，支付宝退至余额，银联刷卡退至原卡，现金支付需提供本人银行卡。
    """),
    ("zh-Hans", "pos_log"): _lines("""
        2026-12-06 21:47:13 ORDER#ZL20261206-0384 房间:A07 项目:足疗60min×2 应收¥396.00 实收¥336.60 支付:会员卡 折扣:8.5
        [WARN] 2026-12-06 23:02:51 pos-svc v2.14.7 会员余额扣款超时 retry=3 order_id=ZL20261206-0417
        交班对账单 | 日期 2026-12-05 | 现金¥2,380 | 微信¥14,926 | 支付宝¥6,114 | 会员卡¥21,540 | 团购核销 37张 | 差额¥0
        手牌号M-218 入场 18:32 离场 22:05 消费：洗浴¥88 自助餐¥68 搓澡¥45 合计¥201 已结清
        退款单 RF-2026120600091 关联订单ZL20261204-0122 退款金额¥500.00 状态:待财务审核 操作员:前台02
        SKU: FT-060 足疗60分钟 ¥198 | FT-090 足疗90分钟 ¥268 | TN-090 推拿90分钟 ¥298 | SPA-120 精油SPA ¥588
        发票已开具：票号26442000000183579204，抬头为深圳市福源堂健康管理有限公司，金额¥1,280.00，税率6%。
        2026-12-06 营业日报：客流312人次，客单价¥226，翻台率3.4，储值新增¥68,000，退卡2张。
        钟单 #0093 项目:中式推拿 起钟 19:40 落钟 21:10 加钟1次 点钟:否 房间:B15 状态:已结算
        sha256(member_export_2026Q4.xlsx)=5a37550d014f63781825d9d484ac1ae79309445568055d78a2990528ca908b6f
        团购核销记录：券码 4821 5530 9927 核销门店 福田店 项目 双人足疗套餐 核销时间 2026-12-06 16:21
        会员卡批量导入失败：第57行字段phone格式不符（应为11位数字），第112行card_no重复，其余208条导入成功。
        快递单号SF1402 8837 6615 已签收，物品：一次性足浴袋20箱、艾草包500包，供货商：临沂康洁卫生用品有限公司。
    """),
    ("zh-Hans", "staff_group"): _lines("""
        @所有人 今晚十点盘点毛巾和浴袍数量，各区域领班把数字报到群里，别漏了二楼VIP。
        收到，三楼足疗区毛巾312条，浴袍96件，一次性短裤剩两箱。
        提醒大家：顾客的手机号、房间号不要截图发到群里，有事私聊值班经理。
        明天市场监管局来检查，卫生许可证、从业人员健康证原件都放前台抽屉，消毒记录今晚补齐。
        谁把2号锅炉的温度调到了65度？男宾池太烫了，已经有两位客人反映，马上调回42度。
        今天的团购核销有三张是过期券，系统没拦住，技术那边说下个版本修复。
        下午3点培训，讲新上的泰式项目，地点五楼会议室，没排班的也尽量来，记考勤。
        前台座机0571-8796 2205今天打不进来，已经报修电信，客人预约先走美团。
        好的收到👌
        本周好评榜：足疗区总好评87条，差评3条，差评都跟等位时间有关，前台注意安排。
        停电应急预案再发一遍：先开应急灯，引导客人到一楼大厅，汗蒸房立即清场，不要用电梯。
        今天有位顾客说看了《甄嬛传》想做“宫廷足浴”，咱们有这个项目吗？还是推荐药浴套餐？
        洗衣房通知：周三起洗衣机改为两班运行，送洗时间改为上午10点和下午4点。
    """),
    ("zh-Hant", "review_posts"): _lines("""
        旺角這間腳底按摩開到凌晨兩點，六十分鐘港幣二百八，師傅手勁夠，推薦加十五分鐘肩頸。
        台北中山區的老字號腳底按摩，號稱吳神父足部健康法正宗傳人，價錢四十分鐘新台幣八百元。
        店內規定不可自備精油，會員卡儲值滿一萬送一千五，但贈送部分不可退，大家辦卡前要看清楚。
        評分：環境4/5、服務5/5、價格3/5。週末要預約，不然等位至少四十分鐘。
        請問有人知道銅鑼灣那間浴池退卡要多久嗎？上個月申請到現在還沒退回信用卡。
        據消委會統計，今年首十個月共收到美容及按摩預付卡投訴1,132宗，較去年同期上升18%。
        桃園這家湯屋有分男湯女湯，門票平日三百五、假日四百五，營業到晚上十一點。
        看完《一代宗師》，覺得師傅推拿時那股氣勢很像葉問，哈哈。
        店家回覆：感謝您的寶貴意見，關於等候時間過長的問題，我們已增加週末班次，歡迎再次光臨。
        「泰式、中式、日式指壓有什麼差別？」整理給新手：泰式偏拉伸，中式重穴位，指壓用拇指定點按壓。
        九龍彌敦道那間的牌照號碼貼在門口，想查的話衛生署網站可以查到。
        預約專線（852）2388 6120，WhatsApp預約請傳訊至公司官方帳號，週一公休。
        三個人去，一個做腳底、兩個做全身，總共港幣一千零四十，送了三杯薑茶。
    """),
    ("en", "booking_ops"): _lines("""
        Booking confirmed: Ref BK-7731-SG, Reflexology 60 min, Sat 13 Dec 2026 3:30 PM, Orchard outlet. Reply C to cancel at least 4 hours before.
        Hi {first_name}, your {package_name} has {remaining_sessions} sessions left and expires on {expiry_date}. Top up via the app.
        Refund policy: unused stored value is refundable minus a 10% admin fee; bonus credit and promotional sessions are non-refundable.
        For membership enquiries email members@lotusfootspa.com.sg or call our hotline 6338 2170 (Mon-Sun, 11am-11pm).
        Q: Can I transfer my package to my mum if I move overseas? A: Yes, transfers are allowed once per package at any outlet counter.
        Shift roster export v2.3 - columns: outlet_id, role, shift_start, shift_end, break_mins; 142 rows, generated 2026-12-06T23:10:04+08:00.
        Our Jalan Sultan branch will close for renovation from 5 to 19 January; members may redeem sessions at the Raffles Place outlet.
        Monthly summary: 1,284 treatments, 37 complaints (2.9%), 11 refund requests, average NPS 61.
        Customer A requested a quieter room; Customer B asked for less pressure on the calves. Both resolved on the spot by the duty manager.
        Therapist certification required: WSQ Provide Foot Reflexology Services, renew every 24 months.
        Please do not share member phone numbers in the staff channel; use the member ID shown in the POS instead.
        Gift voucher GV-2026-04471 (value SGD 150) is valid for 12 months and cannot be exchanged for cash.
        ACRA UEN 201934872K - Lotus Wellness Pte. Ltd., registered office at 1 Raffles Place #44-01, Singapore 048616.
    """),
    ("mixed", "complaint_tickets"): _lines("""
        工单 TK-20261206-031 | 类别：服务态度 | 渠道：美团 | 状态：已回访 | 处理人：值班经理 | 结果：赠送60分钟足疗券一张
        Ticket #SPA-5520 | 顾客反映浴区地面湿滑 | Action: 加铺防滑垫, 每小时拖地一次 | Closed 2026-12-04
        投诉汇总（11月）：等位时间长14件、技师手法9件、卫生问题5件、退款慢6件、其他3件，合计37件。
        Complaint template: 顾客编号【】 到店日期【】 项目【】 问题描述【】 期望处理【】
        12345热线转办单：反映某足浴店储值卡无法退款，经核实门店已于11月28日办结，来电人表示满意。
        SLA: 一般投诉24小时内回复, 涉及人身伤害或财物丢失的投诉须2小时内上报区域经理 and 法务。
        差评关键词 TOP5: 太痛(23), 推销(19), 等太久(17), 水不够热(11), 价格贵(8)
        顾客A称做完刮痧后皮肤发红，值班经理解释属正常反应并提供冰袋，顾客接受。
        退款争议处理流程: step1 前台登记 → step2 店长审核 → step3 财务退款 → step4 回访, 每一步在CRM中留痕。
        Escalation matrix: L1 前台 / L2 值班经理 ext. 802 / L3 区域运营 ops@huatuo-spa.cn / L4 总部客服 400-630-9188
        本周差评回复率100%，平均回复时长3.6小时，其中2条被平台判定为恶意差评已申诉成功。
        林则徐纪念馆旁边那家店的空调坏了两天，3位顾客投诉闷热，工程部已更换压缩机。
        “孙悟空七十二变按摩套餐”名称被认为有误导性，市场部决定改名为“经典全身推拿90分钟”。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员王秀芬（卡号SZ02-240315-0412）申请退储值卡余额3,860元，她说最近查出腰椎间盘突出，医生不让再做推拿了。
        12号房的刘建国先生又来了，喝得醉醺醺的，上次欠的680元还没结，前台先别给他开房。
        技师周小燕这个月请了三次病假，店长说她怀孕了但还没跟公司讲，排班先别给她排推拿。
        退款登记：顾客孙志强，手机13928476150，退款金额¥2,000，原路退回至建设银行卡6217002860001234565。
        请帮忙核实会员身份：姓名何丽萍，身份证号320582199309124624，补办钻石卡。
        投诉人：陈女士（电话159 1738 4426），称在3号包间丢失金项链一条，要求调取监控。
        @全体 小雪（马晓雪）家里出了事，她爸在老家住院了，这周的班大家帮忙顶一下，别在客人面前说。
        新入职技师登记：邹文斌，男，身份证510107197602280831，住址成都市武侯区玉林北路17号2单元402，紧急联系人 罗佳（妻子）。
        前台备注：VIP客户黄总（黄德明）每周四晚来，只点18号技师，不要跟他老婆说他来过。
        顾客赵丽娟微信号zlj_1987happy，说她退款一直没到，让店长加她微信处理。
        工资条：技师杨桂兰，11月底薪2,800元，提成6,412元，扣罚（迟到3次）150元，实发9,062元。
        车牌粤B·7K29Q的车主在停车场剐蹭了别人的车，保安登记车主是储值会员钱峰，电话18620937741。
        3栋的陈阿姨每次来都要找小李按，说小李知道她膝盖做过手术不能用力。
        搓澡工老郑（郑宝山）上周在浴区滑倒摔断了手腕，工伤申请材料还差医院诊断证明。
        储值退款审批：会员吴海燕卡内余额¥5,420，她正在离婚，前夫要求冻结该卡，请法务给意见。
        请把顾客郭启航的消费记录导出发我，他老婆来店里闹，说他每晚都在这里过夜。
        员工处分通报：收银员唐妍妍私自挪用顾客储值款1,200元，予以辞退并追回款项。
        会员档案：姓名 冯志远 | 生日 1985-06-03 | 手机 13757126093 | 常用技师 9号 | 备注 糖尿病，足部有伤口时禁止修脚
        快递寄送会员卡：收件人 林晓婷，地址 杭州市西湖区文三路478号华星小区6幢1203室，电话17858210394。
        那个戴眼镜的胖子叫潘国栋，以前在我们店做领班，因为偷拿毛巾被开了，现在在对面那家上班。
        技师蒋春梅的老公昨天来店里打她，已经报警，这几天她的钟先停，别让陌生人上三楼。
        护照号M88231764的韩国客人Kim Min-jun在男宾浴区晕倒，已送医，押金和手牌费先挂账。
        储值退款转账失败：收款人韦丽娜，开户行农业银行南宁民族支行，卡号6228480012345678903，请核对户名。
        顾客曹文杰说他有乙肝，问我们修脚工具是不是一人一换，这个要不要记在会员备注里？
        夜班的小莫（莫少华）这个月已经借支了三次工资，一共4,500，说是要还网贷。
        会员梁淑仪投诉隔壁房间男顾客偷拍她，已调监控，她要求我们删除她的到店记录。
        老顾客许大海住在锦绣花园8栋2单元501，腿脚不便，上门按摩订单优先派给他。
        员工通讯录更新：前台领班谢佩琪，手机139 2647 0815，离职后请移除该号码的所有工作群权限。
    """),
    "zh-Hant": _lines("""
        會員陳家豪（HKID K382915(4)）要求退回預付卡餘額港幣6,800元，已填妥退款表。
        技師阿芬（黃淑芬）說她媽媽癌症末期，下個月要請長假回台南照顧。
        客人林志明的身分證字號F128740361，電話0937-216-584，預約週六下午兩點腳底按摩兩小時。
        店長交代：王美玲小姐上次做完精油按摩全身起紅疹，她對薰衣草過敏，下次千萬別用。
        退款匯款資料：戶名 張雅婷，身分證 A228519032，帳號 玉山銀行 0815-940-027613，餘額新台幣12,400元。
        浴池熟客「肥仔明」（李志明）欠了三個月月費，說他失業了，請大家不要再替他掛帳。
        LINE ID @chingyi0915 是周清儀小姐的個人帳號，她投訴按摩師傅態度差，要求店長親自回覆。
        會員梁美華（Y604217(A)）的儲值卡遺失，她住沙田瀝源邨福海樓1204室，補卡請寄到這個地址。
    """),
    "en": _lines("""
        Member Tan Wei Ling (NRIC S8837216F) asked to cancel her package and refund SGD 1,240; she said she is relocating because of her divorce.
        Please call back Mr Rajesh s/o Krishnan at 9184 3372 - he fell on the wet floor in the steam room last Friday and says his back still hurts.
        Therapist Nurul Aisyah binti Kamarudin (FIN G5218836P) - work pass renewal pending; her November pay was SGD 2,350 plus commission.
        Mdm Lim from Blk 412 #08-1123 keeps asking for therapist Ah Mei; she just finished chemo and only wants a light foot rub.
        Refund to card 4524 1500 0038 2103 for Jason Pereira, ref RF-0092; please email him at jason.pereira88@gmail.com once done.
        Staff warning: Kevin Ong Jia Hao was late 7 times in November and was caught sleeping in VIP room 3 during his shift.
        The guy who keeps posting angry Google reviews is Daniel Goh of 27 Jalan Kembangan; his wife called asking if he came in last Thursday night.
        Foreign worker therapist Nguyen Thi Hoa, passport C4837261, dorm at 18 Tuas South Ave, says her agent is holding her passport and she owes him SGD 3,000.
    """),
    "ms": _lines("""
        Pelanggan Siti Rohani binti Abdullah (IC 910523-14-5871) minta refund baki kad ahli RM 880, katanya suami dia tak bagi datang urut lagi.
        Terapis Muthu a/l Ramasamy cuti sakit 3 hari, doktor kata dia ada gout, tolong susun semula jadual minggu ni.
        Encik Hafiz dari Taman Melawati, nombor 012-738 4419, komplen dia tergelincir di bilik sauna malam tadi.
    """),
    "mixed": _lines("""
        会员 Lee Chee Keong, MyKad 850911-08-6342, 手机 016-482 7730, 要把储值卡余额 RM 1,500 转给他女儿。
        技师群 FYI: Aunty Mary (Mary D'Cruz) 今天又来了, 她说她的 insurance claim 被拒, 因为收据没写 therapist 名字, 麻烦 reissue。
        客诉 follow-up: Ms Huang 的 IG @huang.xinyi.daily 公开说我们技师偷拍, 她说会 tag 消委会, 请 PR 先 DM 她。
        T0254789E 这个 NRIC 是 Chloe Teo 的, 她 19 岁还在用妈妈的副卡, 妈妈要求看她的消费记录。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是福源堂足道的门店助手，帮助前台处理会员卡、储值退款和短信通知。"),
        (
            "user",
            "帮我写一条退款到账短信，会员罗婉清，手机13612849057，退款1,860元，原路退回到她的招商银行卡。",
        ),
        (
            "assistant",
            "好的，短信如下：【福源堂】罗婉清女士您好，您申请的储值卡退款¥1,860.00已原路退回至您的招商银行卡，预计1-3个工作日到账，如有疑问请致电门店。发送对象：13612849057。",
        ),
        ("user", "再加一句，提醒她卡里剩下的赠送金额已作废。"),
        (
            "assistant",
            "已补充：……另，根据储值规则，您卡内剩余赠送金额¥280.00已同步作废，感谢您一直以来的支持。【福源堂】",
        ),
    ],
    [
        (
            "system",
            "You are a rostering assistant for Lotus Foot Spa in Singapore. Keep staff medical details confidential.",
        ),
        (
            "user",
            "Need to redo Saturday's roster for the Tampines outlet. Farah binti Yusof is on two weeks' MC after a miscarriage, please don't put the reason in the roster note.",
        ),
        (
            "assistant",
            "Understood. I'll mark Farah as 'On leave' with no reason shown and move her two reflexology slots to the floating therapist. Do you want me to notify the team?",
        ),
        (
            "user",
            "Yes, and ask the Bedok part-timer Joanne Sim to cover 3-11pm. Her mobile is 9736 2184.",
        ),
        (
            "assistant",
            "Draft SMS to Joanne Sim (9736 2184): Hi Joanne, could you cover Tampines this Sat 3-11pm? Please confirm by Thursday. Thanks!",
        ),
    ],
    [
        ("system", "你是一家洗浴中心客服主管的助手，负责起草平台差评回复。"),
        (
            "user",
            "大众点评上有个差评，顾客韩雪梅说我们搓澡师傅把她背搓破了，还留了她的微信hanxm_0623让我们联系，她要求赔偿医药费。怎么回复比较好？",
        ),
        (
            "assistant",
            "建议先在平台公开回复致歉并说明已私下联系，公开回复里不要出现顾客姓名和微信号；再由客服主管通过微信单独沟通，了解受伤情况和就诊票据。",
        ),
        ("user", "她又说她有糖尿病，伤口不好愈合，要我们赔2000。"),
        (
            "assistant",
            "可以请她提供就诊记录和票据，按实际医药费加适当慰问金协商；涉及她的糖尿病等健康信息只在工单内部记录，不要转发到员工群。",
        ),
    ],
    [
        ("system", "你是会员系统的数据录入助手。"),
        (
            "user",
            "这个身份证号440306198804172311是不是有效的？会员刘振宇要办钻石卡，前台录不进去。",
        ),
        (
            "assistant",
            "该号码为18位，校验位正确，出生日期1988-04-17，性别男，格式有效。录不进去可能是系统里已有同号会员，建议先按证件号查重。",
        ),
        ("user", "查到了，是重复。那把他新手机号18927461053更新上去，再生成一条开卡备注。"),
        (
            "assistant",
            "开卡备注：姓名 刘振宇 | 证件 440306198804172311 | 手机 18927461053（已更新）| 等级 钻石卡 | 办理门店 宝安店 | 备注 原档案合并，不重复开卡。",
        ),
    ],
    [
        ("system", "你是腳底按摩店的LINE客服小幫手，用繁體中文回覆。"),
        (
            "user",
            "客人吳佩珊傳訊說她上週的預約被取消了，她電話0921-558-307，很生氣要退儲值金。",
        ),
        (
            "assistant",
            "建議回覆：吳小姐您好，非常抱歉上週的預約因師傅臨時請假被取消，造成您的不便。關於儲值金退款，我們會請店長今天致電與您確認。",
        ),
        ("user", "她儲值金還剩新台幣6,500，要匯到她郵局帳戶0001234-0587216。"),
        (
            "assistant",
            "好的，退款單已填寫：戶名 吳佩珊，郵局帳號 0001234-0587216，退款金額 NT$6,500，預計三個工作天內入帳，完成後會再傳LINE通知她。",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a spa group in Kuala Lumpur."),
        (
            "user",
            "Draft a warning letter to therapist Ahmad Faizal bin Rosli. He was late 5 times in November and a customer complained he smelled of alcohol during a session.",
        ),
        (
            "assistant",
            "Dear Ahmad Faizal bin Rosli, this letter serves as a formal first warning regarding five late arrivals in November 2026 and a customer complaint about alcohol odour during a treatment. Further incidents may lead to disciplinary action.",
        ),
        ("user", "Add that RM 200 will be deducted from his December salary of RM 2,600."),
        (
            "assistant",
            "Added: In accordance with company policy, RM 200 will be deducted from your December 2026 salary of RM 2,600. Please acknowledge receipt by signing below.",
        ),
    ],
    [
        ("system", "你是门店店长的助手，负责整理员工群消息和考勤。"),
        (
            "user",
            "帮我总结昨晚员工群：小吴（吴冬梅）说胃疼得厉害想提前下班；领班说十点前有六个预约不行；她说吃完药再顶一下；保安说三楼女宾区有客人喝多吐了。",
        ),
        (
            "assistant",
            "昨晚要点：1. 吴冬梅胃痛，申请提前下班未获批，服药后继续上钟；2. 三楼女宾区有顾客醉酒呕吐，需保洁跟进。建议今天关注吴冬梅身体状况。",
        ),
        ("user", "她今天又请病假了，医院说是胃溃疡，帮我记到考勤里。"),
        (
            "assistant",
            "已记录：12月7日 吴冬梅 病假1天（胃溃疡，附医院证明待补）。本周累计病假2天，如需调班我可以生成调班建议。",
        ),
    ],
    [
        (
            "system",
            "You help the front desk of a foot reflexology centre in Penang handle refunds.",
        ),
        (
            "user",
            "Customer Ng Siew Lan, MyKad 021130-07-5528, 要 refund 她 package 剩下的 6 sessions, 她说她 pregnant 了不能再做 foot reflexology。",
        ),
        (
            "assistant",
            "可以的。按规定剩余 6 sessions 按原价比例退款, 扣除 10% admin fee。需要她的银行资料才能做 refund form。",
        ),
        ("user", "她的 Maybank account 是 1571 2048 6630, 帮我写 refund form。"),
        (
            "assistant",
            "Refund form: Name Ng Siew Lan | MyKad 021130-07-5528 | Bank Maybank 1571 2048 6630 | Sessions refunded 6 | Reason: medical (pregnancy) | Amount RM 486 after admin fee.",
        ),
    ],
    [
        ("system", "你是连锁足疗品牌的运营顾问。"),
        ("user", "储值卡退款政策一般怎么写比较合规？"),
        (
            "assistant",
            "一般包括：本金可退、赠送金额不可退、退款路径原路返回、办理时限、所需材料，并在办卡时让顾客书面确认。同时要符合《单用途商业预付卡管理办法》和当地预付卡监管要求。",
        ),
        (
            "user",
            "具体情况是这样：会员董桂芝今年72岁，有阿尔茨海默症，她女儿说她被技师忽悠充了3万，要求全额退。",
        ),
        (
            "assistant",
            "这种情况建议：请董桂芝的女儿提供监护或代理证明及诊断材料，调取充值时的录音和签字记录，核查技师是否存在诱导消费；若属实，应全额退还并对相关技师追责。",
        ),
    ],
    [
        ("system", "You are a customer-service assistant for a bathhouse in Hong Kong."),
        (
            "user",
            "A member, Cheung Wing Sze, says her watch went missing from locker 118 on Sunday. Her number is 9468 2371. What should I tell her?",
        ),
        (
            "assistant",
            "Call Ms Cheung, apologise, confirm the time she used locker 118, and tell her we are reviewing the CCTV. Suggest she also file a police report so we can share footage with the police.",
        ),
        (
            "user",
            "She wants us to mail the CCTV stills to her flat: Flat 7B, Block 3, Kornhill, Quarry Bay.",
        ),
        (
            "assistant",
            "Better not to post CCTV stills to Flat 7B, Block 3, Kornhill; footage showing other guests should go to the police, not to Ms Cheung directly. Offer to let her view it at the branch with the duty manager.",
        ),
    ],
]
