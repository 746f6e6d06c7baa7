# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh207: mainland after-school care (托管班、晚托) and homework-help centres. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh207
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "fee_notice"): _lines("""
        【缴费提醒】2026年秋季晚托（周一至周五 16:30-19:00）学费 2680元/学期，餐费 18元/餐另计，请于9月5日前通过小程序“星辰托管”完成缴费。
        订单号 WT20260901-003817 已支付 ¥1,980.00，支付方式：微信支付，商户号 1608823145，交易流水 4200002381202609018834512207。
        发票抬头：杭州小橡树教育科技有限公司，统一社会信用代码 91330106MA2H7QXK3T，开票金额 3,360.00 元，项目：托管服务费。
        退费规则：开课前7日申请全额退款；开课后按剩余课时×85元/课时退还，教材费 120 元不退。
        收费标准（2026春）：午托 650元/月，晚托 980元/月，午+晚 1480元/月；二孩同报减免 10%。
        对公账户：户名 南京启明星课后服务中心，开户行 中国建设银行南京鼓楼支行，账号 3205 0159 3600 0000 1827，转账请备注班级。
        本月收款汇总：晚托 46 人，应收 45,080 元，实收 43,120 元，欠费 2 户共 1,960 元，已安排前台电话提醒。
        寒假班优惠码 WINTER26 立减 200 元，限前 30 名，有效期至 2027-01-15 23:59。
        收据模板：今收到 ______（学生姓名）家长交来 ______ 月托管费人民币 ______ 元整，经手人：______。
        微信支付退款单号 50300108122026091512345678 状态：退款成功，到账时间 2026-09-15 14:22:07。
        发票代码 044001900111，发票号码 28716634，校验码 71832 04619 82736 11204，开票日期 2026年10月08日。
        托管费可以申请个税专项附加扣除吗？——子女教育扣除按每个子女每月定额执行，与实际交多少托管费无关。
        作业辅导班价格对比：A机构 1200/月（含餐），B机构 980/月（不含餐），C机构 1500/月（小班 8 人）。
    """),
    ("zh-Hans", "pickup_rules"): _lines("""
        接送须知：家长凭接送卡接孩子，卡号格式 JS-年级-序号（如 JS-3-017），遗失请至前台补办，工本费 10 元。
        非登记接送人来接，须由登记家长提前在群内报备“接送人姓名+与孩子关系+手机号后四位”，否则一律不放行。
        接送时间：17:30 第一批离园，18:30 第二批，19:00 后按超时计费 20元/15分钟。
        今日接送签到表（空白）：序号｜学生姓名｜班级｜接送人｜关系｜签离时间｜签字
        门禁系统：刷脸接送已上线，人脸数据存储于本地服务器，保存期 1 学期，学期结束后自动删除。
        雨天接送改至东侧 2 号门（解放路与人民路交叉口），保安岗电话 0571-8612 3300。
        校车路线 B：实验小学东门 16:10 → 阳光花园北门 16:25 → 托管中心 16:40，车辆为公司自有中巴，车牌号 浙A·D5K21。
        一年级新生首周由班主任护送至托管点，二年级以上学生由托管老师在校门口统一点名接走。
        接送卡二维码内容示例：{"card":"JS-2-044","valid_to":"2027-01-31","site":"XH01"}
        放学后20分钟内无人接的孩子统一送至一楼值班室，由值班老师陪同，并依次电话联系第一、第二紧急联系人。
        本周五（10月17日）学校运动会，托管班提前至 15:00 开始接孩子，请家长相应调整。
        统计：9月共发生 3 起“未按时接送”，平均超时 26 分钟，均已按规则收取超时费。
        接送授权书模板：本人______（身份证号：__________________）授权______代为接送我的孩子______，有效期自____年__月__日至____年__月__日。
    """),
    ("zh-Hans", "parent_group_announcement"): _lines("""
        @所有人 今天晚托作业完成情况已发群相册，请家长们查看后在群里接龙“已阅”。
        接龙统计：明天订晚餐 38 份，不订 6 份，还有 4 位家长未接龙，请在 20:00 前补上。
        群规：1. 禁止发广告和拉票链接；2. 孩子个人问题请私聊老师，不要在群里讨论；3. 晚上 21:30 后请勿@老师。
        温馨提示：近期有冒充“托管中心财务”加家长微信收费的情况，本中心唯一收款方式为小程序内支付，客服热线 400-820-3516。
        本周“阅读之星”评选结果已公布在门口展板，共 12 位小朋友获奖，恭喜！
        《西游记》共读计划第 3 周：第二十七回“尸魔三戏唐三藏”，请孩子晚托时完成读书卡。
        明天下午区应急管理局来检查消防，托管班 16:00-16:30 进行疏散演练，请家长不必担心。
        家长群二维码已更新（有效期 7 天至 9 月 20 日），新生家长扫码入群后请把群昵称改为“学生姓名+家长”。
        班主任已把期中试卷分析发到群文件《三年级期中质量分析v2.pdf》，请自行下载。
        三年级数学口算打卡第 15 天：全班 32 人，已打卡 29 人，打卡率 90.6%。
        【停课通知】受台风“海葵”影响，9月5日晚托暂停一天，费用顺延，具体以区教育局通知为准。
        群公告：下周一起晚托增加英语绘本角，书目：Oxford Reading Tree Level 3、《神奇校车》第 4 册。
        请家长们不要在群里发孩子的正面照、成绩单截图和家庭住址，如需沟通请私信班主任。
    """),
    ("zh-Hans", "allergy_menu"): _lines("""
        本周晚托菜单（10/13-10/17）：周一 番茄牛腩饭，周二 虾仁蒸蛋（含虾、蛋），周三 宫保鸡丁（含花生），周四 清炒时蔬+鸡腿，周五 猪肉白菜饺子。
        过敏原标识说明：🥜=花生 🥚=蛋 🥛=乳 🦐=甲壳类 🌾=麸质；带标识菜品可申请替换餐。
        本学期登记食物过敏学生共 7 人：花生 3 人、牛奶 2 人、虾蟹 1 人、芒果 1 人，已全部在厨房白板按班级标注。
        过敏信息登记表（模板）：学生姓名____ 班级____ 过敏原____ 反应症状____ 是否携带肾上腺素笔□是□否 家长签字____
        厨房操作规范 SOP-KT-07 v2.3：含花生菜品单独锅具，出餐顺序最后，餐盘贴红色标签。
        供餐单位：上海禾悦团餐管理有限公司，食品经营许可证 JY13101150082217，投诉电话 021-5088 7100。
        如果孩子对鸡蛋过敏，能吃含蛋清的蛋糕吗？——一般不能，蛋清是主要致敏成分，具体请咨询医生。
        加餐水果轮换：周一苹果、周二香蕉、周三橙子、周四猕猴桃（易致敏，可申请替换）、周五葡萄。
        肾上腺素自动注射笔存放位置：一楼医务柜左侧第二格，每月 1 日由保健岗检查有效期。
        上月餐费结算：供餐 1,326 份，剩餐率 8.4%，替换餐 57 份，结算金额 23,868 元。
        营养配比参考《学生餐营养指南》WS/T 554-2017，每餐能量 650-800 kcal。
        今日晚托替换餐：无麸质米粉 2 份、无乳酸奶替换为豆奶 3 份。
        中秋活动做月饼，配料含小麦粉、鸡蛋、莲蓉、咸蛋黄，对上述成分过敏的孩子请家长提前告知老师。
    """),
    ("zh-Hans", "incident_log"): _lines("""
        事故记录 IR-2026-0917-02：17:42 活动室，学生A（二年级）奔跑时与学生B相撞，A 额头轻微红肿，冷敷处理，已电话告知双方家长。
        安全事件周报：本周擦伤 2 起、流鼻血 1 起、物品遗失 3 起，无需送医事件。
        事件上报模板：发生时间__ 地点__ 涉及学生（用代号）__ 经过__ 处理措施__ 家长告知时间__ 记录人（岗位）__
        处理流程：轻微伤→现场处理+拍照留存；需就医→立即拨打 120 并同步通知家长和负责人；重大事件→2 小时内书面报区教育局。
        10月8日 18:05 监控显示后门未锁，值班老师已整改，门禁日志编号 DOOR-LOG-88213。
        投诉工单 TS-20261011-0048：家长反映晚托作业批改不及时，已安排每日 18:40 前完成订正，状态：已关闭。
        消防检查记录：灭火器 6 具均在有效期内，应急灯 1 盏故障已报修（报修单 BX-3307）。
        本学期意外险：学平险团体保单号 2026330100088871，参保人数 52 人，保险期间 2026-09-01 至 2027-08-31。
        季度统计：家长投诉 4 件（作业 2、餐食 1、接送 1），满意度回访 46 户，满意率 93%。
        某学生在晚托期间出现发烧症状（37.9℃），按流程在隔离间观察并通知家长接回。
        监控存储：NVR 型号 DS-7808N，录像保存 30 天，调取需填写《监控调阅申请单》并经负责人审批。
        应急演练总结：疏散用时 2 分 38 秒，比上次缩短 41 秒，3 名一年级学生走错楼梯，已加贴指示标识。
        事故复盘：滑梯护栏螺丝松动是直接原因，责任岗位为后勤主管，整改截止日 2026-10-20。
    """),
    ("en", "ops_tickets_config"): _lines("""
        Ticket #KT-4471 | Priority P2 | Attendance kiosk at Branch 03 fails to sync check-out times after 18:30; firmware v4.2.1 suspected.
        INFO 2026-10-14T17:31:08+08:00 pickup-svc card=JS-4-021 gate=E2 result=OK latency=183ms
        SMS template PICKUP_CONFIRM: "{student_name} has been picked up by {guardian_relation} at {time}. Reply TD to unsubscribe."
        config: late_fee_per_15min: 20 | grace_minutes: 10 | max_children_per_staff: 12 | timezone: Asia/Shanghai
        Release notes v3.8.0: added allergy badge to roll-call screen, fixed duplicate WeChat Pay callbacks (commit 9f3c2e1a7b).
        For billing questions email billing@sunnykids-care.cn or call our main line 400-636-0921 (9:00-18:00, Mon-Fri).
        Quick question: how do I export the monthly attendance report as CSV without the guardian phone column?
        Aggregate report Q3: 214 enrolled students, 3 branches, average pickup time 18:12, 97.6% on-time rate.
        Webhook payload sample: {"event":"checkout","site":"SH-PD-02","ts":1760434268,"count":37}
        Data retention policy: guardian contact details are purged 90 days after the child leaves the programme; audit logs are kept 3 years.
        Job failed: nightly_fee_reconcile exit code 137 (OOMKilled) on node kt-prod-2, retry scheduled 02:15.
        Branch list: Zhongshan Road campus, Lu Xun Park campus and the Yifu Building annex are all open 15:30-20:00 on school days.
        The privacy@ role mailbox handles access and deletion requests; response target is 15 working days.
    """),
    ("zh-Hant", "homework_centre_notice"): _lines("""
        【安親班招生】國小一至六年級，課後接送、作業指導、晚餐供應，月費 NT$8,500，兄弟姊妹同報每人減 500。
        補習社收費表：小一至小三 功課輔導 HK$2,380/月（星期一至五 3:30-6:30），茶點每月 HK$180。
        繳費帳號：玉山銀行（808），戶名 快樂小樹文理短期補習班，帳號 0123-940-028871，匯款後請拍照回傳。
        本班立案字號：北市教終字第10930725號，歡迎家長至教育局網站查詢。
        颱風停課公告：如天文台於下午 12:30 前發出八號風球，當日功課輔導班暫停，學費不設補堂。
        家長聯絡簿範本：今日作業＿＿ 老師評語＿＿ 家長簽名＿＿
        本月出席統計：P1-P3 共 28 人，平均出席率 94%，遲到 11 次。
        請問安親班老師需要具備什麼資格？可參考《兒童課後照顧服務班與中心設立及管理辦法》相關條文。
        客服專線 (02) 2701-5566，Email：service@happytree-edu.tw，LINE 官方帳號 @happytree。
        今日點心：綠豆湯、蔥油餅（含麩質），對麩質過敏之學生已改為地瓜。
        收據編號 HT-R-2026-10-0183，金額 NT$8,500，品項：十月份安親費。
        讀書會本週共讀《小王子》第 8-12 章，請學生完成學習單第 3 頁。
        消防安全檢查合格，證明書字號 北市消預字第 1150043 號，有效期至 2027 年 6 月。
    """),
    ("mixed", "homework_help"): _lines("""
        作文题目：《我最敬佩的人》，范文以袁隆平爷爷为例，写他在稻田里做杂交水稻实验的故事。
        古诗默写：李白《静夜思》、杜甫《春夜喜雨》、王之涣《登鹳雀楼》，今晚托管时听写。
        练习册第 47 页：小明的邮票是小红的 3 倍，两人共 96 张，各有多少张？
        English reading: Harry Potter and the Philosopher's Stone chapter 5, vocabulary list: wand, owl, platform nine and three-quarters.
        科学课作业：查资料写出屠呦呦发现青蒿素的过程，300 字以内。
        数学竞赛模拟卷 v2.1（MD5: 3a7bd3e2360a3d29eea436fcfb7e44c8）已上传群文件。
        题目求助：鸡兔同笼，头 35 个，脚 94 只，鸡兔各几只？用假设法怎么讲给三年级孩子听？
        课外阅读推荐：鲁迅《从百草园到三味书屋》、冰心《繁星·春水》、林海音《城南旧事》。
        《三打白骨精》读后感，要求写出孙悟空“火眼金睛”的比喻义，不少于 400 字。
        Spelling test list Week 6: Monday, Tuesday, library, February, because, neighbour.
        作业封面模板：姓名______ 学号______ 日期______ 完成时长____分钟 家长签字______
        逸夫楼三楼 302 教室是英语角，由邵逸夫先生捐建，开放时间 17:00-18:30。
        Olympiad practice：姚明身高 2.26 米，比刘翔高 37 厘米，刘翔身高多少米？
        奥数题：某班学生人数在 40 到 50 之间，按 3 人一组多 2 人，按 5 人一组多 4 人，全班有多少人？
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        晚托接送登记：学生 林子墨（三年级2班），接送人 林建国（父亲）手机 13817264590，备用 周美玲（母亲）15921863307。
        【过敏登记】何欣怡 二(3)班，对花生严重过敏，去年 5 月误食后送过急诊，书包内常备肾上腺素笔。
        事故记录：10月9日 17:50，四年级 赵宇航 在楼梯滑倒，左手腕疼痛，已由其母 孙丽娟 接走去儿童医院拍片。
        欠费提醒：王思涵 家长，您 9-10 月晚托费共 1,960 元尚未缴纳，已逾期 35 天，请尽快处理，否则下周起暂停托管。
        退费申请：学生 张一诺 退出晚托，剩余 1,275 元退至家长 张海涛 的招商银行卡 6225 8801 3762 0549，三个工作日内到账。
        接送授权：授权人 陈晓燕（身份证 110108197909231745）授权孩子外婆 李秀英 每周二、四代为接送 陈子轩。
        学生信息表：姓名 刘梓涵，性别 女，出生日期 2015-08-17，身份证 440306201508173429，家庭住址 深圳市南山区桃园路 88 号 海月花园 5 栋 1203。
        @吴浩然妈妈 浩然今天作业又没写完，老师说他最近上课总走神，是不是家里有什么事？方便的话私聊一下。
        3栋的陈阿姨每天来接外孙，今天跟老师说她女儿刚离婚，孩子以后都归她带，学费也是她出。
        车牌 沪A·7K392 的车每天停在托管中心门口消防通道，已第三次提醒，车主是四年级 郑可欣 的爸爸。
        老师私下说：周子豪的爸爸上个月被公司裁员了，这学期学费是奶奶交的，大家别在群里提这事。
        新来的辅导老师 黄欣怡 微信号 hxy_1998lucky，请家长加她后拉进二年级晚托群。
        工资条：辅导老师 马晓丽 2026年9月 基本工资 4,200 元，课时补贴 1,350 元，社保个人部分 -512.40 元，实发 5,037.60 元。
        处分通知：托管老师 刘振 因 10 月 12 日罚学生站立 40 分钟，扣发当月绩效，记警告一次。
        宋雨桐 去年确诊注意力缺陷多动障碍（ADHD），正在服用专注达，家长要求老师不要在其他家长面前提起。
        结课证书邮寄：收件人 蒋伟（蒋明轩 爸爸），电话 18657120943，地址 杭州市拱墅区大关苑东三苑 12 幢 2 单元 401。
        研学营报名：学生 韩沐阳，护照号 EJ4827163，有效期至 2031-04-12，紧急联系人 韩冬 13671092854。
        订单 WT20260903-001422 付款人 邓佳琪，备注：给邓子恒交 9 月晚托费，孩子上周刚做完阑尾手术，先别让他上体育活动。
        家访记录：杨晨曦 家住 朝阳区望京西园三区 312 楼 6 单元 502，父母分居，平时由保姆照顾，作业无人检查。
        门卫请注意：法院已判 程思远 的抚养权归父亲 程立新，母亲 方琳 不能到托管中心接孩子。
        家长投诉：我是六(1)班徐梦瑶的妈妈谢春燕，电话 139 0571 2286，晚托老师让我女儿当众念分数，孩子回家哭了一晚上。
        接送异常：曹乐乐（大班）今天 16:40 被一位自称舅舅的男子接走，家长 曹振宇 称没有授权，已报警处理。
        请问 5 号楼 2 单元小胖（大名冯家豪）的妈妈在吗？你家孩子在托管班把我家孩子推倒了，医药费 380 元你看怎么说。
        学生档案备注：唐诗琪，父亲在服刑，母亲外出务工，由爷爷唐国福照顾，申请减免托管费。
        请把期末评语发到家长邮箱 zhangling.mom2016@163.com（张玲，二(4)班 罗一鸣 妈妈）。
        学平险理赔：被保险人 胡可馨，身份证 420106201405293167，10月3日托管期间摔伤，门诊费用 1,246.50 元，赔款打入监护人 胡涛 建设银行卡 6217 0028 6104 9372 219。
        入职登记：辅导员 彭俊杰，身份证 320583198706152911，现住址 昆山市玉山镇前进西路 1088 号 3 幢 702，无犯罪记录证明已提交。
        报名表：学生 任宇轩，身份证 510107201602110831，既往病史：哮喘，需随身携带沙丁胺醇气雾剂。
        紧急联系人：沈佩琪（母亲），身份证 310115198203045620，手机 13361887025。
        托管中心的钟雅婷老师最近在办离职，听说是怀孕了，不想让园长知道。
        禁止接送：孩子生父邹凯有家暴记录，法院已发人身安全保护令，若其出现请立即致电母亲熊静 152 6837 1904 并报警。
    """),
    "zh-Hant": _lines("""
        安親班點名：陳柏翰（小三）今日由阿嬤接回，阿嬤電話 0912-386-774。
        學生資料卡：林芷晴，身分證字號 F218473051，住址 新北市板橋區文化路一段 188 巷 12 號 4 樓。
        補習社意外報告：黃梓朗（P2）10 月 8 日下午 4:15 在課室跌倒撞傷下巴，縫了三針，母親 張詠詩 9638 2715 已到場。
        學費資助申請：家長 李佩珊，HKID K352814(6)，家庭月入 HK$18,000，需附上綜援證明。
        劉家豪爸爸您好，孩子在班上說你們家最近要搬去外公家住，還說媽媽一直在哭，是不是有什麼困難？
        安親班老師薪資：吳佳蓉 十月薪資 NT$32,500，勞保自付 NT$812，已匯入其郵局帳戶。
        請假單：蔡宜蓁 因腸病毒確診，10/14-10/20 請假，醫師證明已交給導師。
        緊急聯絡人：鄭雅雯（母親），身分證 A223458767，LINE ID：yawen0815。
        暑期功課輔導班報名：家長 周俊賢（HKID Y702391(8)），學生 周樂兒，住址 沙田禾輋邨豐和樓 1816 室。
    """),
    "en": _lines("""
        Pickup authorisation: Mrs Grace Liu (mother of Ethan Liu, Grade 2) authorises nanny Marites Dela Cruz, mobile 139 1782 6604, to collect Ethan on Tuesdays and Thursdays.
        Incident note: Oliver Zhang (Y4) was bitten on the forearm by another child at 17:20; skin not broken; father Kevin Zhang informed by phone at 17:35.
        Allergy alert: Sophie Wang in Grade 1 is anaphylactic to tree nuts, EpiPen in the blue pouch, mum's number 186 2144 0937.
        Hi, this is Daniel Chen's dad. Daniel has been seeing a child psychologist since the divorce, please go easy on him if he's quiet this week.
        Tutor payroll: Priya d/o Ramasamy, part-time homework tutor, September 64 hours x RMB 120 = RMB 7,680, paid to ICBC card 6222 0210 0877 6654 438.
        After-school club enrolment: Liam O'Connor, Year 3, Irish passport PA7731824, home address Villa 26, Jinqiao Lakeside, Pudong.
        Overdue fees: Aiden Huang's family owes RMB 4,440 for three months; his father told the duty manager he lost his job in August and asked us to keep it quiet.
        New enrolment from Singapore: Lucas Ong Jun Wei, guardian Tan Mei Ling, NRIC S8823417J, SG mobile 9127 4486.
    """),
    "mixed": _lines("""
        @Coco妈妈（王晓彤）你家 Coco 今天又发烧 38.5℃，打你电话没接，请速来接一下。
        Pickup list 18:30 | 李沐辰 Leo Li | 爸爸 Li Wei 135 8812 4470 | 已签离
        晚托新生 Nur Aisyah binti Ahmad Faris，父亲 Ahmad Faris bin Ismail，MyKad 890412-10-5523，孩子不吃猪肉，请厨房单独备餐。
        Refund for cancelled winter camp 已退至 6228 4800 3214 5678 903（户名 覃小芳），学生 覃浩宇。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“星辰托管”晚托中心的客服助手，负责报名咨询。"),
        (
            "user",
            "你好，我想给孩子报秋季晚托，孩子叫苏若曦，二年级，对芒果过敏，我的电话是 13758291046。",
        ),
        (
            "assistant",
            "您好！已为苏若曦登记二年级晚托意向，并备注芒果过敏，厨房会避开含芒果的加餐。请问每周需要几天？",
        ),
        ("user", "周一到周五都要，她爸爸经常出差，一般是我或者外婆来接。"),
        (
            "assistant",
            "好的，五天晚托 980 元/月。请在小程序里把外婆添加为授权接送人，接送时需出示接送卡。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催费消息，发给马俊的家长，欠了两个月晚托费 1,960 元，他妈妈说最近在住院。",
        ),
        (
            "assistant",
            "可以这样写：马俊妈妈您好，先祝您早日康复。孩子 9-10 月晚托费共 1,960 元暂未缴纳，方便时再处理即可，如有困难可以和我们商量分期。",
        ),
        ("user", "语气再委婉一点，不要提住院的事，群发之前我会私聊。"),
        (
            "assistant",
            "马俊妈妈您好，提醒一下孩子 9-10 月晚托费共 1,960 元尚未缴纳，不着急，您方便时处理就好，有任何需要随时跟我说。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that helps after-school care staff write incident reports.",
        ),
        (
            "user",
            "Mia Chen, age 6, fell off the climbing frame at 5:10pm today and bruised her left knee. Her mum Jessica Chen (WeChat jess_chen_sh) was told at 5:25.",
        ),
        (
            "assistant",
            "Incident report: At 17:10 Mia Chen (6) fell from the climbing frame and sustained a bruise to the left knee. First aid (cold compress) was given. Guardian Jessica Chen was notified via WeChat at 17:25.",
        ),
        ("user", "Add that she said her knee was already sore from a fall at home last weekend."),
        (
            "assistant",
            "Added: Mia reported that the same knee had been sore since a fall at home the previous weekend; staff recommended the guardian seek a doctor's check if swelling persists.",
        ),
    ],
    [
        (
            "user",
            "我是安親班老師，班上林宥辰寫字一直左右顛倒，閱讀也很慢，我懷疑他有讀寫障礙，要怎麼跟他媽媽開口？",
        ),
        (
            "assistant",
            "建議先描述具體觀察，例如「宥辰在抄寫時常把字左右寫反」，避免直接下診斷，再建議家長帶孩子到醫院兒童心智科評估。",
        ),
        ("user", "他媽媽上次說過爸爸也是小時候讀書很辛苦，會不會很敏感？"),
        (
            "assistant",
            "有可能，可以選在私下、時間充裕的時候談，強調老師的目的是幫助宥辰，也可以提供學校輔導室的轉介資訊。",
        ),
    ],
    [
        ("system", "你是数据整理助手。"),
        (
            "user",
            "把下面的接送名单整理成表格：许嘉乐 三(1) 外公 许志强 13905716612；梁心怡 二(2) 妈妈 梁雪 18767029385；田浩 四(3) 爸爸 田永刚 13588430761。",
        ),
        (
            "assistant",
            "学生 | 班级 | 接送人 | 关系 | 手机；许嘉乐 | 三(1) | 许志强 | 外公 | 13905716612；梁心怡 | 二(2) | 梁雪 | 妈妈 | 18767029385；田浩 | 四(3) | 田永刚 | 爸爸 | 13588430761",
        ),
        ("user", "谢谢，再按班级排序。"),
        ("assistant", "已按班级排序：梁心怡 二(2)、许嘉乐 三(1)、田浩 四(3)，其余字段不变。"),
    ],
    [
        (
            "user",
            "帮我填学平险理赔表：被保险人 马梓睿，身份证 330106201311254616，10 月 10 日晚托时被门夹到手指。",
        ),
        (
            "assistant",
            "已填写：被保险人 马梓睿，证件号 330106201311254616，出险时间 10 月 10 日，出险经过为晚托期间手指被门夹伤。还需要就诊医院和费用金额。",
        ),
        ("user", "浙大儿院，费用 386 元，监护人是他妈妈 叶蓓，身份证 440104198507223027。"),
        (
            "assistant",
            "已补充：就诊医院 浙大儿院，医疗费用 386 元，监护人 叶蓓，证件号 440104198507223027。请附上发票原件和病历。",
        ),
    ],
    [
        ("system", "你是托管机构负责人的人事顾问。"),
        ("user", "辅导老师谢婷婷说我们拖欠她两个月工资共 9,600 元，要去劳动仲裁，我该怎么办？"),
        (
            "assistant",
            "建议尽快核对考勤和工资发放记录，如确有拖欠应立即补发，并与谢婷婷书面确认金额，避免进入仲裁程序。",
        ),
        ("user", "她还说要把我们没给她交社保的事发到家长群。"),
        (
            "assistant",
            "未缴社保本身违法，应先补缴并与她沟通解决；不建议以任何方式威胁或阻止她维权。",
        ),
    ],
    [
        (
            "user",
            "Our centre has a new Malaysian student, Muhammad Hakim bin Zulkifli, 8. His mum Siti Aminah binti Yusof gave her number 012-738 4410. How should we handle halal meals?",
        ),
        (
            "assistant",
            "Arrange halal-certified meals from the caterer or a separate packed meal, label his tray, and confirm the arrangement in writing with Siti Aminah.",
        ),
        ("user", "她还说孩子有轻度癫痫，在吃丙戊酸钠，需要我们注意什么？"),
        (
            "assistant",
            "请家长提供医生出具的发作处理说明，老师需了解发作时的急救步骤；药物一般在家服用，如需在托管期间服药须有书面委托。",
        ),
    ],
    [
        ("system", "你是小学作业辅导助手。"),
        (
            "user",
            "我是王浩宇的奶奶，孩子爸妈都在深圳打工，我不识字，他数学期中考了 52 分，老师让家长签字，我该怎么帮他？",
        ),
        (
            "assistant",
            "奶奶您好，可以每天固定半小时让浩宇把错题讲给您听，不需要您会做题，重要的是陪伴和督促。",
        ),
        ("user", "他最近老说想妈妈，晚上偷偷哭。"),
        ("assistant", "这很常见，可以约好每周固定时间和爸妈视频，也可以请托管老师多关注他的情绪。"),
    ],
    [
        ("user", "帮我查一下车牌 苏E·6M8Q3 是哪个家长的，每天堵在托管班门口。"),
        ("assistant", "我无法查询车牌对应的车主信息，建议在门口张贴提示，或在家长群里统一提醒。"),
        ("user", "我知道了，是二年级姜一帆的爸爸姜磊，你帮我写一句私信提醒他。"),
        (
            "assistant",
            "姜爸爸您好，接送时您的车（苏E·6M8Q3）停在门口影响其他家长通行，麻烦停到对面的临时停车位，谢谢配合！",
        ),
    ],
]
