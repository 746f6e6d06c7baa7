# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh128: 口腔医院与牙科诊所（种植牙、正畸、医保报销、预约、病历、投诉）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "口腔科普与匿名咨询"): _lines("""
        种植牙术后24小时内不要刷洗手术区域，可以用冰袋间断冷敷面部，每次15分钟左右，避免用吸管喝水。
        隐形矫治器每天需要佩戴20到22小时，吃饭和刷牙时取下，喝除清水以外的饮料前也要摘掉。
        请问医生，我今年32岁，左下智齿横着长，顶着前面那颗牙，是必须拔吗？拔完要请几天假？
        我爸快七十了，有高血压和糖尿病，下面一整排牙都松了，这种情况还能做全口种植吗？
        巴氏刷牙法要点：刷毛与牙面呈45度角指向牙龈，每次水平颤动两到三颗牙，每个部位约10次。
        儿童6岁左右萌出第一恒磨牙（六龄齿），建议萌出后尽早做窝沟封闭，一般每颗牙几十元到一百多元不等。
        牙周基础治疗通常分2到4次完成，每次处理一个或两个象限，治疗后一周内牙齿对冷敏感属于常见现象。
        孩子8岁，门牙长出来是歪的，还有点地包天，现在需要戴牙套吗还是等换完牙再说？
        根管治疗后的后牙牙体比较脆，一般建议做全冠保护，否则咀嚼硬物时容易劈裂。
        正畸期间托槽脱落不必惊慌，把托槽收好避免误吞，尽快联系诊所约时间重新粘接即可。
        冷光美白和家庭美白有什么区别？做完会不会牙齿更敏感，效果能维持多久？
        孕中期（4到6个月）是相对安全的看牙时间，孕早期和孕晚期一般只做应急处理。
        种植体周围炎的早期表现包括刷牙出血、牙龈红肿、探诊深度增加，种植修复后需要每6到12个月复查一次。
        【执业医师考试真题】患者，男，45岁，右下第一磨牙缺失3个月，邻牙健康，咬合正常，最佳修复方案是：A.活动义齿 B.固定桥 C.种植修复 D.暂不修复
    """),
    ("zh-Hans", "医保政策与收费"): _lines("""
        根据国家医保局部署，口腔种植医疗服务价格专项治理后，三级公立医院单颗种植牙全流程医疗服务价格调控目标为4500元。
        种植体集中带量采购中选产品平均价格约900元，较采购前平均降幅约55%，患者在中选医疗机构即可享受集采价格。
        职工医保个人账户资金可用于支付在定点医疗机构发生的由个人负担的医疗费用，种植牙、正畸能否使用请以当地政策为准。
        一般来说，牙齿美白、贴面、隐形矫治等美容性质项目不属于基本医保支付范围，拔牙、补牙、根管治疗等基础项目可按规定报销。
        异地就医直接结算需先在国家医保服务平台App或参保地经办机构办理备案，未备案的可回参保地手工报销。
        手工报销所需材料：医疗费用发票原件、费用明细清单、门诊病历、诊断证明、本人社保卡及银行卡复印件（具体以参保地要求为准）。
        本院口腔门诊收费标准（节选）：窝沟封闭 每牙 60元 | 光固化树脂充填 每牙 180元起 | 超声洁治 全口 150元 | 根管治疗 前牙 600元起
        种植牙费用主要由三部分构成：医疗服务费、种植体耗材费（含基台）、牙冠费用；植骨、上颌窦提升等附加项目另行计费。
        医保服务热线12393，卫生健康服务热线12320，市民服务热线12345，均可咨询口腔诊疗收费与报销问题。
        第四次全国口腔健康流行病学调查显示，我国12岁儿童恒牙患龋率为38.5%，5岁儿童乳牙患龋率为71.9%。
        民营口腔诊所如已纳入医保定点，需在醒目位置公示医保定点标识和收费价目表，并向患者提供费用明细清单。
        门诊慢特病目录中一般不包含口腔疾病，牙周病的长期治疗费用主要通过普通门诊统筹或个人账户支付。
        2026年度本市城乡居民医保门诊统筹起付线为200元，二级及以下医疗机构报销比例50%，年度最高支付限额2000元。
        商业齿科保险常见条款：等待期90天，既往症除外，种植牙年度限额5000元，就诊前需在保险公司指定网络内预约。
    """),
    ("zh-Hans", "预约与通知模板"): _lines("""
        【{诊所名称}】{患者姓名}您好，您已成功预约{日期}{时间}的{项目}，请提前15分钟到院签到，如需改约请回复T。
        尊敬的患者：您的种植手术预约（预约单号 YY202612060183）已提交，请等待客服确认。
        模板：复诊提醒——【XX口腔】您好，距离您上次洁牙已满6个月，建议近期预约口腔检查。退订回N
        挂号成功！科室：正畸科 | 号别：专家号 | 就诊日期：2026-12-15 上午 | 挂号单号：GH20261215-0457 | 诊查费：50.00元
        支付成功通知：订单号 2026120614352871903，支付金额 ¥3,800.00，商品：隐形矫治首付款，支付方式：微信支付。
        您的义齿加工单 LAB-26-118734 已由加工厂发出，顺丰运单号 SF1428736459021，预计明天送达诊所。
        电子发票已开具：发票代码 031002600111，发票号码 28374615，价税合计 ¥1,260.00，开票单位：XX口腔门诊部有限公司。
        【系统通知】12月24日至1月2日期间预约量较大，初诊患者请至少提前3天预约。
        术前告知书（空白）：患者姓名________ 性别____ 年龄____ 拟行手术：________ 患者/家属签字________ 日期____年__月__日
        您的投诉已受理，工单编号 TS-2026-004127，我们将在3个工作日内与您联系，感谢您的反馈。
        排队提醒：当前叫号 A037，您前面还有4位，请到3诊区候诊。
        患者满意度调查：1. 您对本次就诊的候诊时间是否满意？ 2. 医生是否向您清楚解释了治疗方案和费用？ 3. 您是否愿意向亲友推荐我院？
        短信模板ID SMS_260718342 已审核通过，变量：${name}、${date}、${dept}，签名：康禾口腔。
        提醒：明早8:00起种植中心系统升级，自助机暂停打印发票约2小时，请患者到人工窗口办理。
    """),
    ("zh-Hans", "诊所公告与服务"): _lines("""
        本院地址：杭州市滨江区江南大道1208号康禾大厦2楼（地铁1号线滨和路站B出口），门诊时间：周一至周日8:00-17:30，节假日正常开诊。
        北京大学口腔医院位于北京市海淀区中关村南大街22号，邮编100081。
        通知：因国庆假期，本诊所10月1日至3日暂停营业，10月4日起恢复正常门诊，急诊请拨打诊所值班电话0571-8697 3120。
        招聘：诚聘口腔执业医师2名、护士3名，要求持有执业证书，有种植或正畸经验者优先，简历请投递至 hr@kanghe-dental.com。
        温馨提示：种植手术当天请勿空腹，正常服用降压药，女性患者请避开月经期，手术当天请有家属陪同。
        本院已开通儿童口腔专科，提供笑气镇静和全麻下牙齿治疗服务，需提前进行麻醉评估。
        感控公示：所有诊疗器械一人一用一灭菌，牙科涡轮手机每次使用后均经高温高压灭菌处理。
        义诊活动：12月20日上午在市民广场举办"爱牙护齿"公益义诊，免费口腔检查并发放牙刷牙膏，限额200人。
        本周六、周日正畸科全天停诊，已预约患者将由客服逐一电话改约，请留意来电。
        医院停车场入口位于东门，就诊患者凭挂号单可免费停车2小时，超时按每小时5元收费。
        患者须知：初诊请携带身份证或医保电子凭证，既往拍过片的请带上影像资料，服用抗凝药物请提前告知医生。
        致歉说明：12月3日下午因供电线路检修，部分诊室治疗延迟，给就诊患者带来的不便深表歉意。
        官方微信公众号"康禾口腔"已上线在线预约、报告查询、电子发票下载功能，欢迎关注。
    """),
    ("zh-Hant", "港台牙科資訊"): _lines("""
        衞生署牙科診所於指定時段為市民提供免費緊急牙科服務，服務範圍限於止痛及脫牙，需現場派籌。
        長者醫療券可用於私家牙醫服務，合資格長者每年獲發2,000元醫療券，累積上限為8,000元。
        香港大學菲臘牙科醫院是香港唯一的牙科教學醫院，位於西營盤醫院道34號。
        健保給付的洗牙為每半年一次，13歲以上民眾可至健保特約牙醫診所接受全口牙結石清除。
        植牙不在健保給付範圍內，一般每顆費用約新台幣5萬至10萬元，實際價格依植體品牌與骨質狀況而定。
        請問矯正期間可以做牙齒美白嗎？還是要等拆掉牙套之後？
        本診所營業時間：週一至週五 9:30-20:00，週六 9:30-13:00，週日及公眾假期休息，查詢請致電 2345 6789。
        預約須知：如需取消或更改預約，請最少提前24小時通知，否則將收取$200行政費。
        學童牙科保健服務為參加計劃的小學生每年提供一次牙齒檢查，家長需填寫同意書。
        衛福部提醒：兒童牙齒塗氟服務為未滿6歲兒童每半年一次，低收入戶兒童可延長至未滿12歲。
        收據編號 RC-2612-00815 | 服務：全口洗牙及拋光 | 金額：HK$880 | 付款方式：八達通
        牙周病治療後如何維持？建議每3個月回診一次做牙周支持治療，並使用牙間刷清潔。
        根管治療一般需要2至3次覆診，完成後宜盡快安排牙冠修復，以免牙齒崩裂。
    """),
    ("en", "clinic FAQ and insurance"): _lines("""
        Can I use MediSave for dental implants? MediSave can be used for certain surgical dental procedures, subject to withdrawal limits; please check with our front desk.
        Our clinic is open Monday to Saturday, 9am to 6pm. For after-hours emergencies call the clinic line at +65 6123 4567.
        Invoice No. INV-2026-11-4408 | Scaling & polishing SGD 120.00 | Periapical X-ray SGD 35.00 | GST 9% SGD 13.95 | Total SGD 168.95
        Does dental insurance cover orthodontic treatment for adults? Most plans exclude it or apply a lifetime maximum, so read the policy wording carefully.
        Post-extraction care: bite on the gauze for 30 minutes, avoid rinsing or spitting for 24 hours, and do not smoke for at least 72 hours.
        Per-Ingvar Brånemark described osseointegration and placed the first titanium dental implants in a human patient in 1965.
        In the Harry Potter books, Hermione Granger's parents are both dentists.
        In Finding Nemo the dentist's office is at P. Sherman, 42 Wallaby Way, Sydney, where Nemo is kept in a fish tank.
        Claim reference CLM-884127 has been received; dental claims are processed within 10 working days after all documents are submitted.
        What is the difference between a zirconia crown and a PFM crown, and which lasts longer on a molar?
        Please arrive 10 minutes early for your first visit and bring any previous X-rays and a list of the medications you take.
        Aligner case status: refinement scan received, treatment plan version 3 pending doctor approval.
        The Prince Philip Dental Hospital in Hong Kong is the teaching hospital of the Faculty of Dentistry of the University of Hong Kong.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2026-12-06 09:14:22 INFO appointment.sync 同步完成 total=418 created=37 updated=12 failed=0 elapsed=3.2s
        GET /api/v2/appointments?clinic_id=SZ-NS-03&date=2026-12-08&status=confirmed 200 OK 148ms
        种植体出库记录：Straumann BLT Ø4.1mm RC SLActive 10mm | 货号 021.4510 | LOT RK83K | 有效期 2029-03-31 | 数量 1
        UDI: (01)07613327338423(17)290331(10)LT4823 扫码入库成功，库位 B-03-02
        config: sms.provider=aliyun, sms.sign_name=康禾口腔, reminder.hours_before=24, retry.max=3
        CBCT 设备型号 KaVo OP 3D Pro，软件版本 v2.4.1 build 5137，DICOM 导出目录 /data/dicom/export/
        commit 9f3c2ab: fix 医保结算接口超时重试逻辑, payload sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        WARN insurance.settle 医保结算返回码 -1032 "参保地未备案"，交易流水号 YB20261206101523778，已转人工处理
        ERROR sms.send template=SMS_260718342 code=isv.BUSINESS_LIMIT_CONTROL 触发流控，稍后重试
        耗材采购单 PO-2612-0093：3M Filtek Z350 XT A2 4g ×10，GC Fuji IX 15g ×6，合计 ¥6,430.00
        SELECT dept, COUNT(*) FROM visits WHERE visit_date >= '2026-11-01' GROUP BY dept ORDER BY 2 DESC;
        《口腔种植学》第8版，人民卫生出版社，ISBN 978-7-117-32415-1
        设备台账：牙椅 A-dec 500，设备编号 DC-07，安装日期 2024-06-18，维保到期 2027-06-30
    """),
    ("zh-Hans", "行业新闻与历史"): _lines("""
        1844年，美国牙医霍勒斯·韦尔斯（Horace Wells）尝试用笑气进行拔牙麻醉，被视为牙科麻醉的先驱。
        法国牙医皮埃尔·福沙尔（Pierre Fauchard）1728年出版《外科牙医》，被誉为"现代牙科学之父"。
        中国工程院院士邱蔚六长期在上海交通大学医学院附属第九人民医院工作，是我国口腔颌面外科的重要开拓者。
        浙江大学医学院附属邵逸夫医院口腔科开设种植、正畸、牙周等专科门诊。
        通策医疗旗下杭州口腔医院连锁网络持续扩张，公司年报显示口腔种植收入占比继续提升。
        时代天使与隐适美（Invisalign）是国内隐形矫治市场的主要品牌，前者在香港联交所上市。
        四川大学华西口腔医学院的前身是1907年加拿大传教士林则（Ashley W. Lindsay）在成都创办的牙症诊所。
        国家卫健委印发《健康口腔行动方案（2019—2025年）》，提出到2025年12岁儿童龋患率控制在30%以内。
        某市消费者协会发布口腔医疗消费投诉分析：2026年前三季度共受理投诉312件，其中价格争议占41%，治疗效果争议占33%。
        每年9月20日是全国爱牙日，各地口腔医院会组织义诊和科普进校园活动。
        动画片《小猪佩奇》中有一集讲佩奇和乔治去看牙医大象医生，用来帮助小朋友克服看牙的恐惧。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        初诊登记 | 姓名：邱雅琳 | 性别：女 | 出生日期：1992-03-08 | 身份证号：310115199203082469 | 手机：186 2137 5409 | 主诉：右上后牙冷热刺激痛2周 | 药物过敏：青霉素
        【康禾口腔】郑子航先生您好，您预约的12月9日（周二）14:30种植二期手术已确认，请术前2小时正常进食并携带身份证。
        病程记录：患者罗美珍，女，68岁，36、37缺失2年，2型糖尿病史10年，今日空腹血糖7.8mmol/L，暂缓种植手术，嘱内分泌科控制血糖后复诊。
        医保零星报销申请表 | 申请人：何建国 | 社会保障号码：440305197809213177 | 费用总额：4,860.00元 | 收款银行：中国工商银行 | 账号：6222 0236 8527 0258 499
        投诉登记：投诉人孙丽华（电话13651829473）反映其女儿在我院正畸三个月内托槽脱落四次，每次复诊都另收挂号费，要求退还已缴矫治费的一半。
        @陈嘉怡妈妈 嘉怡下周六上午10点复诊换弓丝，记得带上保持器盒子，她上次说左边钢丝扎嘴，医生会一起处理哈
        隐形矫治进度：王梓轩，男，14岁，身份证610113201204190275，当前第23/46副，下颌前牙附件脱落1个已补粘，家长要求周末时段复诊。
        义齿寄件 | 收件人：吴秀英 | 地址：上海市浦东新区锦绣路1280弄17号602室 | 电话：158 0213 6974 | 内件：上颌全口义齿（已调改）
        明天上午第一台是黄志强的全口All-on-4，他一直在吃华法林，术前INR今天下午一定要复查，结果出来发我。
        诊断证明书：兹证明唐婷婷，女，27岁，于2026年11月28日在我院门诊行左下阻生智齿拔除术，术后需休息2天。
        zhang xiaoyu的牙套尾款我转了，你加我微信 xiaoyu_0713 把收据发我一下，她月底还要去拆附件
        门诊备注（内部）：冯振东，189 2201 6537，本月第三次爽约并在前台辱骂导诊，已列入预约限制名单，再次预约需护士长审批。
        分期付款协议 | 借款人：刘浩然 | 身份证号：110105198605121235 | 项目：全口种植（8颗） | 总额：96,000元 | 分24期 | 还款卡：招商银行 6225 8857 5758 5641
        回访记录 2026-12-03：蒋欣怡（种植一期术后第7天）电话回访，自述伤口轻微肿胀无渗血，已按时服用头孢，拆线预约12月10日上午。
        实验小学三（2）班窝沟封闭名单：李沐阳（已封闭16、26、36、46），周可欣（36龋坏需先充填），赵一诺（家长未签同意书）
        口腔CBCT报告 | 姓名：杜淑芬 | 性别：女 | 年龄：61岁 | 检查号：CT2612050037 | 影像所见：46根尖区低密度影约5mm×6mm，颊侧骨板不连续 | 印象：46慢性根尖周炎
        评价回复：亲爱的"小鱼儿不吃鱼"，关于您11月20日在我院拔智齿后出现干槽症的问题，我们已安排主治医生免费为您换药，并退还了术后复诊费。
        您好，我是彭浩的爱人，他身份证420106198901302750，昨天在你们这补的牙今天一直疼，能不能帮他改约到明天下午？我电话是159 2768 4310。
        种植手术知情同意书（已签署）：患者沈国平，拟行21、22即刻种植，2021年曾行冠脉支架植入，已停用氯吡格雷5天，患者签字：沈国平 2026-12-04
        遗失启事：本人林晓彤于12月1日在口腔医院门诊楼丢失就诊卡及身份证（440106199511223844），拾到者请联系13567189024，必有酬谢。
        正畸科家长群：各位家长好，@宋佳琪爸爸 佳琪的扩弓器这周需要每天拧一次，拧完如果喊疼可以吃布洛芬，有问题私信我。
        港澳台患者登记：姓名 梁家豪 | 证件类型：港澳居民来往内地通行证 | 证件号码：H10482736 | 香港手机 +852 9132 4786 | 项目：隐适美复诊
        出国前补牙：患者高雪梅，护照号E38271946，下月赴澳留学，要求本周内完成36、37根管治疗及全冠修复，加急费已缴。
        保安登记：粤B·D38472（白色比亚迪）车主钱伟明，今天在种植科做手术，车停在急诊通道，电话打不通，请前台帮忙叫他挪车。
        牙科保险理赔 | 被保险人：韩冬梅 | 保单号：PD2026-0881734 | 项目：根管治疗+全冠 | 就诊日期：2026-11-15 | 申请金额：3,250元 | 收款账户：中国农业银行 6228 4897 4786 5965 062
        前台交接：下午3点做正畸的初三女生欧阳琪，妈妈打电话说孩子发烧来不了，改到下周三下午4点，记得发确认短信给她妈妈 138 1746 2085
        医生你好，我是昨天拔牙的许文静，QQ 284716395，拔牙的地方一直渗血，咬棉球也没止住，要不要回去看？
        针刺伤上报：护士蔡琳琳12月5日清洗器械时被带血探针刺伤左手示指，已挤血冲洗，源患者HBsAg阳性，已抽血查乙肝表面抗体。
        李主任您好，我是上周咨询种植的丁海峰，CT片子和报价单已发到您邮箱，我的邮箱是 dinghaifeng1979@163.com，麻烦看下能不能不植骨。
        欠费催缴：患者方振宇，正畸费用尚欠8,600元，已逾期两个月，联系地址：北京市朝阳区望京西园三区312号楼1单元1503，电话177 1740 3658。
    """),
    "zh-Hant": _lines("""
        登記表 | 姓名：陳麗華 CHAN LAI WAH | 身份證號碼：K384712(8) | 出生日期：1956年4月2日 | 電話：6284 1953 | 使用長者醫療券：是 | 主訴：下排假牙鬆脫
        醫療券申報記錄：受惠人黃志明，香港身份證 Y520963(1)，本次使用醫療券$1,500於洗牙及補牙，餘額$3,420。
        你好，我係周太，想幫我個仔周浩然約星期六朝早箍牙覆診，佢上次甩咗粒托槽，電話 9431 7720
        初診資料 | 姓名：林怡君 | 身分證字號：A223456781 | 手機：0912-483-275 | 健保卡已過卡 | 主訴：下顎智齒腫痛 | 過敏：無
        病歷摘要：患者張建宏（F128734569），52歲，牙周病第三期，已完成四個象限深部刮除，建議三個月後回診評估。
        客訴紀錄：李淑芬小姐來電表示上週在本診所做的全瓷冠顏色與鄰牙差異明顯，要求重做並退還部分費用，LINE ID：shufen_lee77
        植牙分期申請：申請人吳宗翰，身分證 E187326051，植牙兩顆共新台幣16萬元，分12期，聯絡電話 0935 618 402。
        轉介信：致瑪麗醫院口腔頜面外科 / 病人：何嘉欣小姐（HKID P173058(8)）/ 左下頜骨囊腫約2.5cm，需進一步活檢，敬請跟進。
        @鄭美玲 你阿媽嘅假牙已經整好，聽日下晝三點可以嚟診所試戴，記得帶埋佢個舊假牙。
    """),
    "en": _lines("""
        Patient registration: Tan Wei Ming, NRIC S8742163E, DOB 12/07/1987, mobile 9137 2468, Blk 412 Bedok North Ave 2 #08-215, Singapore 460412, allergy: latex
        Hi Dr Lim, this is Priya d/o Ramasamy, I had my wisdom tooth out on Thursday and there's still a bad taste and pain going to my ear, is that dry socket? My number is 8264 5193.
        MediSave claim form | Patient: NUR AISYAH BINTE ISMAIL | NRIC: T0318475C | Procedure: surgical removal of impacted 38, 48 | Amount claimed: SGD 1,250 | Account holder: ISMAIL BIN HASSAN (father)
        Complaint received from Mr Jonathan de Souza (jon.desouza82@gmail.com): his implant crown on tooth 14 came loose twice within a month and he wants a full refund of the crown fee.
        Hygienist note: Mrs Margaret O'Brien, 74, FIN G5173024R, on bisphosphonates for osteoporosis since 2019, avoid extractions and refer to OMFS before any surgical treatment.
        Reminder list for tomorrow: 9:00 Kelvin Ng (scaling) 9765 1208 / 10:30 Siti Rahmah binti Osman (RCT 36, 2nd visit) 9318 4407 / 14:00 Arjun s/o Krishnan (ortho review) 8872 0193
        Refund of SGD 480 for the cancelled whitening session approved for Chloe Lim Hui Min, credited to Visa 4367 4243 9029 2119 on 5 Dec.
        Lab Rx for DANIEL TAN JUN JIE (S7519306H): zirconia crown 46, shade A3, deliver by 12 Dec; patient grinds at night, please keep occlusal thickness at least 1.5 mm.
    """),
    "mixed": _lines("""
        Pendaftaran pesakit / 患者登记 | Nama: MUHAMMAD HAFIZ BIN ABDULLAH | No. K/P: 880214-14-5237 | Tel: 012-384 7651 | 项目：洗牙+补牙 | Alergi: tiada
        明天 Rajesh a/l Subramaniam 的 implant surgery 改到 3pm，他 MyKad 750930-07-5583，记得先 check 他的 HbA1c report
        Appointment confirm 给 Ms Lee Mei Ling 李美玲，016-772 9034，braces adjustment on 14 Dec 10am，她说上次的 wire 太紧 sakit sangat
        病人 Nurul Izzah binti Kamal (920611-10-6044) 要 claim 公司的 dental insurance，需要我们开 itemised receipt 和 diagnosis: pulpitis 26, RCT done
        Ng Chee Keong (FIN F2496108R) 在新加坡工作，想回新山做 implant 因为便宜，问可不可以先在 SG 拍 CBCT 再把 file 传给我们 JB clinic
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "帮我写一封投诉信给康禾口腔。我叫蒋丽萍，手机139 0826 4715，10月在他们那做了两颗种植牙，说好集采价一颗5800全包，结账时多收了4200元植骨费，事先也没告知。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿：尊敬的康禾口腔负责人：本人于10月在贵院接受两颗种植牙治疗，术前告知单颗费用5800元全包，但结算时额外收取植骨费4200元，且术前未做任何说明。现请求贵院核实收费依据并退还该笔费用。",
        ),
        ("user", "再加一句：如果一周内没回复，我会向区卫健委和医保局投诉，落款写我的名字和电话。"),
    ],
    [
        ("system", "你是康禾口腔的在线预约助手，负责为患者登记洗牙、补牙、种植和正畸咨询的预约。"),
        ("user", "我想约这周六上午洗牙，顺便看看右下那颗牙，咬东西有点疼。"),
        (
            "assistant",
            "好的，周六上午还有9:30和11:00两个时段。请提供您的姓名和手机号，方便我们发送确认短信。",
        ),
        ("user", "9:30吧，余思琪，181 2047 6639，我怀孕5个月了，拍片能不能免了？"),
    ],
    [
        (
            "user",
            "我妈唐桂英，61岁，身份证510107196502031382，在成都一家民营口腔种了3颗牙，花了2万4，能用她的医保个人账户付吗？",
        ),
        (
            "assistant",
            "这要看该诊所是否为医保定点机构，以及当地政策是否允许个人账户支付种植费用。建议先向诊所确认定点资质，再咨询12393。",
        ),
        ("user", "她是成都职工医保退休人员，诊所说是定点的，那还要带什么材料？"),
    ],
    [
        (
            "user",
            "我阿爸梁永康今年70歲，HKID R609241(0)，想用長者醫療券整全口假牙，可唔可以一次過用晒8000蚊？",
        ),
        (
            "assistant",
            "長者醫療券可以用於登記咗計劃嘅私家牙醫，只要戶口有足夠餘額，一次過使用係可以嘅，建議事先同牙醫確認收費。",
        ),
        ("user", "佢有糖尿病同埋裝咗心臟起搏器，整假牙之前要注意啲咩？"),
    ],
    [
        (
            "user",
            "Hi, I'm Alicia Wong, 34, NRIC S9268153Z. My dentist at a Tampines clinic quoted SGD 5,800 for one implant. How much of that can I pay with MediSave?",
        ),
        (
            "assistant",
            "MediSave can typically be used for the surgical part of implant treatment up to the applicable withdrawal limit; the crown usually has to be paid in cash. Ask the clinic for an itemised quote.",
        ),
        (
            "user",
            "OK. I also have high blood pressure and take amlodipine, is that a problem for the surgery?",
        ),
    ],
    [
        (
            "user",
            "帮我算一下：王子涵（我儿子，12岁）隐适美青少年版总价32,800元，首付10,000元，剩下分12期，每期多少？",
        ),
        ("assistant", "剩余金额为32,800 − 10,000 = 22,800元，分12期每期1,900元。"),
        ("user", "对了他下周三下午复诊，帮我给班主任写个请假条，他在育才中学初一（3）班。"),
    ],
    [
        (
            "user",
            "请把这段转诊信翻译成英文：患者朱明轩，男，35岁，左下颌第三磨牙近中阻生伴冠周炎反复发作，拟行全麻下拔除，患者对利多卡因过敏。",
        ),
        (
            "assistant",
            "Patient: Zhu Mingxuan, male, 35. Mesioangular impaction of the left mandibular third molar with recurrent pericoronitis; extraction under general anaesthesia is planned. The patient is allergic to lidocaine.",
        ),
        ("user", "谢谢，再在最后加一句请对方医院直接联系我们诊所安排手术时间。"),
    ],
    [
        (
            "user",
            "我是陳怡萱，身分證B245610379，上個月在台北一家診所做了矯正，想問牙套費用可以列舉扣除醫藥費嗎？",
        ),
        (
            "assistant",
            "一般來說，在合格醫療院所因治療需要支付的矯正費用可以列舉扣除，但純美容性質的不行，請保留收據及診斷證明。",
        ),
        ("user", "收據上的名字是我先生黃建良，這樣還可以報嗎？"),
    ],
    [
        (
            "user",
            "hi, saya Farah binti Yusof, nak book consultation untuk implant gigi di KL clinic hujung minggu ni. 我的 WeChat 是 farah_yusof92, phone 019-276 5318",
        ),
        (
            "assistant",
            "Terima kasih! Our KL clinic has implant consultation slots on Saturday at 10am and 2pm. Which one would you like?",
        ),
        ("user", "10am ok, saya ada asthma, pakai inhaler, boleh buat surgery tak?"),
    ],
    [
        (
            "user",
            "帮我把这段话改得礼貌一点发给我的正畸医生：我是你的病人钟雨桐，微信号tongtong_0522，牙套戴了一年半了一点变化都没有，你们是不是在骗钱。",
        ),
        (
            "assistant",
            "您好，我是您的正畸患者钟雨桐。我已经佩戴矫治器一年半了，但自己感觉牙齿变化不太明显，有些担心，想请您在下次复诊时帮我详细评估一下目前的进展，谢谢！",
        ),
        ("user", "可以，再加一句我下个月要出国读书，问能不能提前结束治疗。"),
    ],
]
