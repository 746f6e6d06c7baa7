# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh139: 家教与一对一辅导平台（家教信息、试课、课时费、学生情况、纠纷）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh139
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "家教需求帖"): _lines("""
        【家教需求】海淀区五道口附近，初二女生，数学、物理两科，每周六下午两小时，要求有初中教学经验，课时费150-200元/小时，面议。
        求英语家教：小学四年级男孩，想提升口语和自然拼读，线上线下均可，周中晚上7点后，预算100元/小时左右。
        浦东张江，高三理科生冲刺一本，需要化学一对一，最好是师范院校在读研究生或在职教师，试课一次，满意后按月结算。
        招聘兼职家教：要求985/211在读，普通话标准，有耐心，能辅导小学语数英作业，每周3次，每次2小时，地点天河区，课时费80元/时起。
        家长求推荐：孩子高一，数学跟不上，函数部分基本听不懂，想找一个能从初中知识点补起的老师，线上也可以。
        【已招到】南山区蛇口，三年级钢琴陪练，谢谢各位老师关注，信息下架。
        预算有限，想找大学生做陪读，主要是看着写作业、纠正坐姿和书写习惯，每晚1.5小时，能接受的老师请在平台内回复。
        求IB物理HL辅导，学生目前predicted grade 5，目标6分以上，希望老师熟悉IA写作，时间可以配合。
        【需求编号 XQ-20261118-0457】成都高新区，初三，语文作文提分，每周一次，平台统一派单，请勿私下留联系方式。
        小升初衔接一对一，数学思维+英语语法，暑假集中授课20次，上门或到平台合作教学点均可。
        武汉光谷，高二日语零基础起步（准备高考日语），要求有N1证书，试课费按平台标准收取。
        寻上门家教：四岁半幼儿英语启蒙，以游戏和绘本为主，每周两次每次45分钟，女老师优先。
        求一位能用粤语授课的小学奥数老师，孩子随父母刚从香港转学过来，普通话听得懂但表达慢。
    """),
    ("zh-Hans", "平台规则与协议"): _lines("""
        试课规则：每位学员每个科目可申请一次免费试课，时长40分钟；试课后24小时内未确认的，系统视为不续课。
        课时费结算：老师课时费按实际授课时长结算，每月5日结算上月课时，平台服务费按课时费的15%扣除。
        退费说明：已购课包未消耗课时可申请退款，已赠送课时不予退费；退款原路返回，到账时间为3-7个工作日。
        家长如对授课质量不满意，可在课后72小时内发起评价申诉，平台将在2个工作日内介入处理。
        根据《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》，平台不提供义务教育阶段学科类集体培训，一对一服务须遵守所在地监管要求。
        老师入驻须提交身份证明、学历证明和无犯罪记录证明，资料仅用于资质审核，平台不在页面展示任何证件信息。
        禁止老师与家长绕开平台私下交易；经查实的，平台有权扣除保证金并终止合作。
        上门授课安全须知：首次上课建议家长在场，授课过程中不得锁门；如遇紧急情况请拨打110或平台安全热线。
        迟到规则：老师迟到15分钟以上，本节课按半价计；累计迟到3次，平台将重新评估派单资格。
        学员请假须提前12小时在App内操作，临时取消课程将扣除该节课时的50%。
        课时包有效期为购买之日起12个月，逾期未使用的课时可申请延期一次，最长3个月。
        平台所有课程价格均为含税价，发票可在“我的订单-申请开票”中申请电子普通发票。
        未成年学员的个人信息由监护人授权提供，平台依照《个人信息保护法》第三十一条取得监护人同意后处理。
    """),
    ("zh-Hans", "系统通知与单号"): _lines("""
        【课时提醒】尊敬的{家长称呼}，您的孩子{学员姓名}本周还剩{剩余课时}课时，请及时续费以免影响排课。
        订单DD202611230017845已支付成功，金额2,880.00元，含课时24节，可在“我的课程”中查看。
        退款申请已受理，退款流水号 RF2026112600391，预计3-7个工作日原路退回。
        工单号 GD-88301276 状态更新：已转交质检组，请耐心等待处理结果。
        系统维护通知：12月8日 02:00-05:00 进行服务器升级，期间无法预约课程和发起直播课。
        您预约的试课已确认：科目 初中数学，时间 2026-12-12 19:00-19:40，上课方式 线上，会议链接将于课前30分钟推送。
        电子发票已开具，发票号码 26442000000183920154，已发送至您账户预留的邮箱，请注意查收。
        【平台客服】如需帮助请拨打官方客服热线 400-820-5168（工作日9:00-21:00），我们不会以任何理由要求您提供银行卡密码或验证码。
        验证码 482917，用于登录家教通账号，5分钟内有效，请勿泄露给他人。
        您关注的课程包 SKU: YDY-MATH-G8-48H 已上架，原价 9,600元，限时优惠价 8,640元。
        课消记录导出完成：文件 kexiao_2026-11.xlsx，共 3,412 条记录，下载链接24小时内有效。
        老师端版本 v5.12.3 更新内容：新增课堂白板回放、修复课时统计偶尔少计一节的问题。
        快递单号 SF1482037756193 的教材包已由顺丰揽收，预计两天内送达。
    """),
    ("zh-Hans", "教学问答与学习方法"): _lines("""
        初二几何证明题总是不会添辅助线，有没有系统的方法？比如倍长中线、截长补短分别适用什么情况？
        小明从家出发去学校，每分钟走60米，出发10分钟后爸爸骑车以每分钟180米的速度追他，问爸爸几分钟后追上小明？
        翻译讲究“信、达、雅”，这一标准最早由严复在《天演论》译例言中提出，讲文言文翻译时可以顺带介绍。
        讲《孔乙己》时，可以让学生从“排出九文大钱”和“摸出四文大钱”的对比中体会人物命运的变化。
        孩子做题粗心，家长能做什么？建议建立错题本，并按“审题错误、计算错误、概念不清”分类统计。
        一对一课堂的节奏和大班课不一样，建议前10分钟复盘上次作业，中间30分钟新课，最后20分钟当堂检测。
        华罗庚说过“读书要由薄到厚，再由厚到薄”，这对高三复习阶段搭建知识框架很有启发。
        英语作文常用的衔接词可以分成递进、转折、因果、举例四类，每类记住三到五个就够用了。
        如何判断孩子是真的不会还是没听懂？让他用自己的话把解题思路讲一遍，讲不出来的地方就是薄弱点。
        物理电学实验题中，滑动变阻器的“限流接法”和“分压接法”怎么选？看题目是否要求电压从零开始调节。
        试课时老师最好准备一份诊断性小测，10道题覆盖本学期主要知识点，时间控制在15分钟以内。
        背单词可以按艾宾浩斯遗忘曲线安排复习：学习后第1、2、4、7、15天各复习一次。
        高考数学导数压轴题第二问常考“隐零点”，关键是设而不求，用零点满足的方程替换超越式。
    """),
    ("zh-Hant", "補習社通告與家長問答"): _lines("""
        本補習社DSE中文科一對一課程逢星期二、四開班，每堂90分鐘，學費每堂$480，首堂試堂半價。
        八號風球或黑色暴雨警告生效期間，所有面授課堂暫停，改為網上授課或另行補課。
        請家長留意：本社不會以WhatsApp要求轉賬繳費，如有疑問請致電本社辦公室 2345 6789 查詢。
        學測數學A考科滿級分為15級分，家教建議考前把重點放在多選題的穩定度，而不是一味刷難題。
        請問小三的孩子需要補英文嗎？學校進度跟得上，但閱讀理解比較弱，是找家教還是讓他多看書就好？
        家教中心收費標準：國小每小時500-700元，國中700-900元，高中900-1,200元，依老師資歷調整。
        試教後如不滿意，可於三日內申請更換老師，不另收費。
        補習導師註冊須提交「性罪行定罪紀錄查核」結果，本社只核實結果，不保存任何查核編號副本。
        《論語》「學而時習之」的「習」，不只是溫習，更有實踐的意思，家教課可以多讓學生動手做。
        建議國中會考前兩個月每週安排兩次模擬考，考後由老師逐題講解錯題。
        本中心位於捷運忠孝復興站2號出口旁商業大樓8樓，營業時間週一至週六 14:00-21:30。
        上課收據編號 RCPT-HK-2026-07731 如遺失，可於辦公時間到櫃檯補發。
        本月起家教媒合費調整為首月學費的百分之五十，續約不再另收。
    """),
    ("en", "platform FAQ and tutor guidance"): _lines("""
        How do I reschedule a lesson? Go to My Schedule, tap the lesson, and choose Reschedule at least 12 hours before it starts.
        Tutors are paid every two weeks; the platform keeps a 15% service fee and covers payment processing costs.
        Trial lessons are 30 minutes long and free for the first subject; a second trial in another subject costs half the regular rate.
        Tip for new tutors: write a short lesson note after every session so parents can see what was covered and what the homework is.
        Refund requests for unused lesson packs are processed within 7 business days to the original payment method.
        Never share your personal phone number or social media with students under 18; use in-app messaging only.
        Invoice INV-2026-000918 for the November lesson bundle (12 x 60 min, SGD 720.00) has been issued.
        Our support line is +65 6123 4567, Monday to Friday, 9 am to 6 pm Singapore time.
        What is the difference between the Cambridge IGCSE and the O-Level syllabus for Additional Mathematics?
        Lesson template: Warm-up (5 min) | Review homework (10 min) | New topic (25 min) | Practice (15 min) | Exit ticket (5 min).
        Dispute resolution: if a parent and tutor cannot agree on a missed-lesson charge, either side can open a case and a coordinator will review the lesson log.
        Booking ref BK-7F3K29 confirmed: Secondary 3 Chemistry, Saturday 10:00-11:30, online.
        Aristotle taught the young Alexander the Great, and the arrangement is often cited as the archetype of one-to-one tutoring.
    """),
    ("mixed", "code, config and logs"): _lines("""
        CREATE TABLE lesson (id BIGINT PRIMARY KEY, order_no VARCHAR(32), tutor_id BIGINT, student_id BIGINT, start_at DATETIME, duration_min INT, status TINYINT);
        2026-11-30 21:04:17 INFO  [schedule] lesson_id=88213045 status=FINISHED duration=60 billable=true
        refund.policy: { "trial_refundable": false, "min_notice_hours": 12, "service_fee_rate": 0.15 }
        前端手机号格式校验正则 ^1[3-9][0-9]{9}$ ，仅用于输入提示，不做实名核验。
        def hourly_fee(level: str, years: int) -> int: return BASE_FEE[level] + min(years, 10) * 10
        2026-12-01 08:00:03 WARN [payout] batch=PO-20261201-01 pending=37 reason="bank channel timeout, retry in 300s"
        # 脱敏规则：手机号保留前3后4位，如 138****5678；身份证号保留前6后4位，中间用 * 替换
        SELECT subject, COUNT(*) AS trials, AVG(converted) AS conv_rate FROM trial_lesson WHERE created_at >= '2026-11-01' GROUP BY subject;
        ERROR [im] message blocked: contains_contact_info=true rule=NO_OFFPLATFORM_CONTACT msg_id=5f2c9e1a7b
        git tag v3.8.0 -m "课时包拆分上线"
        教材包 checksum sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        feature_flags: trial_auto_match=on, tutor_rating_v2=off, region_whitelist=[BJ, SH, GZ, SZ, CD]
        2026-12-02 19:59:58 INFO [classroom] room=R-20261202-7731 tutor_joined=true student_joined=false wait_sec=120
    """),
    ("zh-Hans", "行业资讯与统计"): _lines("""
        据第三方机构调研，2026年一线城市高中一对一家教平均课时费约为每小时260元，较上年上涨约6%。
        新东方创始人俞敏洪在一次公开演讲中谈到，教育行业转型后更需要关注素质教育和职业教育。
        北京市教委发布通知，提醒家长警惕以“家政服务”“众筹私教”等名义开展的隐形变异学科类培训。
        调查显示，62%的家长选择家教的首要原因是“孩子在课堂上跟不上进度”，其次是“升学考试冲刺”。
        陶行知提出“生活即教育”，这一思想至今仍被许多一对一辅导机构写进教学理念。
        大学生兼职家教的常见风险包括：中介收取高额信息费、家长拖欠课时费、上门授课的人身安全问题。
        行业报告指出，线上一对一辅导的续费率普遍在55%-70%之间，试课转化率约为30%。
        人大附中、北京十一学校等名校周边的家教需求量明显高于其他区域。
        教育部等部门明确，在职中小学教师不得组织、推荐和诱导学生参加校外培训，违者将依规处理。
        深圳某家教平台因虚假宣传“名师授课”被市场监管部门罚款20万元，平台已公开致歉并整改。
        教育心理学中著名的“布鲁姆二西格玛问题”指出，一对一辅导学生的平均成绩比传统课堂高出约两个标准差。
        钱学森之问“为什么我们的学校总是培养不出杰出人才”，常被用来讨论应试辅导与创新能力培养的矛盾。
        近年全国高考报名人数连续多年超过千万，高三冲刺类一对一辅导需求在每年3月至5月达到高峰。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        学员姓名：林子墨，人大附中初二(3)班，数学期中62分，物理68分，家长手机 139 1027 4583，希望每周六上午上课。
        试课反馈：学员周雨桐（五年级）阅读理解基础薄弱，注意力集中时间约15分钟，妈妈说孩子去年确诊ADHD，正在服药，请老师课上多安排短任务。
        上门地址：上海市浦东新区锦绣路1688弄12号402室，学生陈奕航，每周三、五晚6:30，到楼下按402呼叫，联系人陈太太 186-2174-6630。
        老师入驻资料：姓名 王思远，身份证号 510107199006115521，毕业院校 四川大学数学学院，教龄6年，收款账户 工商银行 6222 0210 0371 9462 189。
        投诉：张老师（张晓峰，手机13651078294）连续三次迟到超过20分钟，最后一次课还提前走了，要求平台退还这三节课的课时费共540元。
        退款申请｜订单号 DD202610140082317｜学员 刘梓涵｜申请人 刘建国（父亲）｜退款原因：孩子转学到外地｜退回 招商银行卡 6225 8801 3275 0465｜剩余课时 14节
        各位家长好，我是杨一诺的妈妈，孩子这学期被诊断为阅读障碍，想问问有没有老师有相关辅导经验，私聊我微信 yinuo_mama_2016。
        老师备注：赵家豪爸妈在闹离婚，孩子最近情绪很差，上课经常发呆，作业也没交，下次课先别提成绩，多聊聊。
        课时费欠款催收：李春梅女士，其子吴昊天9月至11月共上课32节，欠课时费4,800元未付，多次拨打 158 0213 6677 无人接听。
        学员档案｜姓名：黄诗琪｜性别：女｜出生日期：2015-08-30｜身份证号：330106201508300647｜学校：杭州市学军小学四年级｜过敏史：花生过敏｜紧急联系人：黄伟 13758921046
        试课记录 2026-11-09 | 老师：孙明哲 | 学员：郑可欣（高一） | 结论：函数概念混乱，建议每周两次；家长郑先生表示预算每月不超过3000元。
        纠纷处理记录：家长马丽华称老师钱博在课上用手机拍摄孩子作业本及正脸发到朋友圈，钱博承认并已删除，平台扣除其保证金500元。
        大学生家教登记：欧阳倩，北京师范大学汉语言文学2023级，学号 202311010237，可授科目 小学语文/作文，QQ 2874103956。
        @宋佳琪老师 明天下午的课我们要请假，何涵涵昨晚发烧到39度，刚从儿童医院回来，抱歉临时通知
        身份核验失败：老师 徐志强 上传的身份证号 320102197802193313 与人脸识别结果不一致，请重新上传手持身份证照片。
        孩子叫韩沐阳，今年高三，在南京外国语学校，一模数学只考了89分，想找一对一冲刺，我电话是 177 5196 2038，晚上8点后方便。
        课时费转账明细：11月 周婧老师 24课时×180元=4,320元，已转至建设银行 6217 0028 9004 5173 628，备注“周婧11月课时费”。
        黑名单记录：家长 蒋伟东（手机 15921873360），多次要求老师课后免费加时，拒付最后两节课费用并在群里辱骂老师，平台已限制其下单。
        学员情况说明：冯乐乐，男，15岁，身份证 420111201101270872，自闭症谱系，语言表达有限但计算能力很强，需要有特教背景的老师。
        陈老师您好，我是青岛的家长邓女士，孩子邓子轩在青岛二中读高二，物理一直在及格线徘徊，想约本周六上午试课，地址是市南区燕儿岛路18号海景花园7号楼1单元502。
        家教合同｜甲方（家长）：许国栋 身份证 370202198712034254｜乙方（教师）：唐欣怡｜学生：许安琪，小学二年级｜课时费：120元/小时，每周两次｜签订日期：2026年9月1日
        评价：曹文博老师讲课挺好，但每次课间都在阳台抽烟，我们家还有个一岁的宝宝，希望平台提醒他一下。——林晓燕
        紧急：老师 方磊 今天上门授课途中骑电动车摔伤，右手骨折，已送医，本周他名下的所有课程需要改期。
        家长反馈：魏星宇（初一）上完两次课后说老师讲得太快，想换一个女老师，另外孩子有轻度口吃，请新老师注意不要催他。
        奖励名单：叶子涵 六年级 数学竞赛市一等奖 奖励课时4节 / 彭子睿 初二 英语期末进步30分 奖励课时2节
        派单信息（接单后可见）：学员 白浩然 高二 物理 / 家长 白先生 131 4826 0759 / 地址 深圳市南山区蛇口望海路荔园小区6栋1203
        老师简历：罗静怡，女，1990年生，清华大学化学系博士在读，做家教5年，邮箱 luojingyi1990@163.com，期望课时费300元/小时。
        处罚通告（内部）：老师 谢俊凯 在试课中向学员索要其母亲的微信并多次发送与课程无关的消息，经核实违规，永久封禁，老师账号 T20240917033。
        作业反馈：丁一凡今天数学作业错了7道，全是分数加减，妈妈说他最近在家打游戏到半夜，我跟他约定了每天先写作业再玩。
        退费纠纷：家长 袁美玲 指控老师 韦嘉 只上了10节课却记了16节，要求退还差额1,080元；韦嘉提供了课堂录屏作为证据，双方各执一词。
    """),
    "zh-Hant": _lines("""
        學生資料：陳凱晴，中四，就讀聖保祿學校，DSE 目標英文5*，家長電話 9362 5184，學生身份證號碼 Y604251(A)。
        導師登記表 | 姓名：CHEUNG Wing Yan 張詠欣 | HKID：K382719(4) | 手提：6138 2047 | 可教科目：中學數學、M1 | 時薪：$350
        家長投訴：補習老師李卓軒上星期兩堂都無到，又唔覆WhatsApp，我已經預付咗$2,400學費，想追返。黃美儀 9175 3026
        家教媒合紀錄：學生 林品妤（國二），家長林先生 0912-384-751，地址 新北市板橋區文化路二段182巷7號4樓，週三、五晚上數學。
        教師身分驗證：吳承翰，身分證字號 B120963546，國立臺灣師範大學數學系畢業，已完成良民證查核。
        試教心得：黃郁婷老師回報，學生蔡宇恩有明顯考試焦慮，考前會胃痛，家長希望先不要給太多測驗壓力。
        退款資料：家長 劉雅琪，身分證 F233815626，退款至中國信託銀行帳號 527540198362，退還未上課堂共 6 堂。
        內部備註：何俊傑（中二）家庭正領取綜援，學費按減免計算，請各導師切勿在班上提及。
    """),
    "en": _lines("""
        Tutor application | Name: NURUL AISYAH BINTI KAMARUDIN | IC No: 950312-10-5186 | Mobile: 012-738 4195 | Subjects: SPM Add Maths, Physics | Rate: RM60/hr
        Lesson report for Ethan Goh Jun Wei (Sec 3, Bedok View Secondary): struggling with stoichiometry; his mum mentioned he has been skipping school on Mondays, please follow up gently.
        Parent registration: Mrs Priya d/o Raman, Blk 412 Tampines Street 41, #08-215, Singapore 520412; son Arjun s/o Suresh, JC1, NRIC T0823461I, needs H2 Maths.
        Complaint C-2291: tutor Daniel Lim Wei Hao asked the parent, Ms Karen Tan, to pay S$1,200 straight into his personal account to avoid platform fees; she declined and reported it.
        Hi Ms O'Connor, just confirming Olivia Whitfield's trial lesson on Thursday at 4pm at our flat, 12B Tower 2, 18 Conduit Road, Mid-Levels. Thanks, James Whitfield
        Payout failed for tutor Rajesh a/l Subramaniam: Maybank account 1640 2317 8852 has been closed, please ask him to update his bank details.
        Student note: Chloe Fernandes, Year 10, type 1 diabetic, keeps glucose tabs in her pencil case; if she seems shaky during the lesson, stop and let her check her levels.
    """),
    "mixed": _lines("""
        家长 Mr. Tan Kok Leong（WeChat: tkl_sg88）想帮女儿 Tan Hui Min 找 PSLE Chinese tutor，预算 S$50/hr，孩子在 Nanyang Primary 读 P5。
        student_id,name,grade,phone / 10233,Zhou Xinyi 周欣怡,G9,+86 138 2046 7715
        老师 Amy Zhang（张艾米）的 Visa 卡 4532 0184 7620 9136 payout 被拒，已改回支付宝，请财务跟进。
        Ticket T-50812 | reporter: kevin.huang.dad@gmail.com | 投诉 tutor Leo Chen 在 trial lesson 里说孩子 “too stupid for math”，孩子 Huang Zixuan 回家哭了一晚。
        学生 Muhammad Irfan bin Zulkifli，Form 4，SPM 目标 5A，家长 WhatsApp +60 13-284 7719，上课地点在 TTDI 家里。
        Telegram @lily_tutor_sz 这位老师收了定金就消失了，真名叫刘莉莉，在南山接小学英语，大家小心！
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一对一家教平台的在线客服助手，负责受理投诉和课程问题。"),
        (
            "user",
            "你好，我要投诉上门的老师。孩子顾晨阳，五年级，老师叫孙浩，第一次上门就迟到了40分钟。",
        ),
        (
            "assistant",
            "非常抱歉给您带来不好的体验。请提供订单号和您的联系方式，我们会在2个工作日内核实处理。",
        ),
        ("user", "订单号 DD202611020045519，我叫刘芳，手机 13917362058，这节课我要求全额退款。"),
    ],
    [
        ("user", "帮我润色一段家教自我介绍，用在家长群里发。"),
        ("assistant", "好的，请把原文发给我，并说明您的授课科目和优势。"),
        (
            "user",
            "大家好，我叫钟婉清，深圳大学英语专业大三，专八在备考，带过4个初中生，有需要的家长加我微信 zwq_english0727 或打 18823716405。",
        ),
    ],
    [
        ("user", "Can you help me write a short note to my son's new tutor?"),
        ("assistant", "Of course. What would you like the tutor to know?"),
        (
            "user",
            "His name is Lucas Ng, he's in Primary 4 at Rosyth School and was diagnosed with dyslexia last year. The tutor is Ms Farah binte Ismail. Please mention that he reads better with a coloured overlay.",
        ),
    ],
    [
        ("user", "幫我計一計補習費：每堂$380，十一月上咗7堂，有一堂老師遲咗半個鐘要扣半堂。"),
        ("assistant", "7堂減半堂即6.5堂，$380 × 6.5 = $2,470。"),
        ("user", "好，幫我寫張收據，導師係梁家豪，身份證 M507312(5)，學生係我個仔鄧子朗。"),
    ],
    [
        ("user", "我女儿要报名一个竞赛辅导班，帮我检查一下报名信息格式对不对。"),
        ("assistant", "可以，请把报名信息发过来。"),
        (
            "user",
            "姓名：钟雨萱；性别：女；身份证：440305200911051287；学校：深圳实验学校高中部高一；监护人电话：135 2839 6041",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping private tutors handle difficult situations responsibly.",
        ),
        (
            "user",
            "One of my students told me today she has been cutting herself. What should I do?",
        ),
        (
            "assistant",
            "Thank you for taking it seriously. Stay calm, do not promise to keep it secret, and let her parents or the school counsellor know today. If she is in immediate danger, call emergency services.",
        ),
        (
            "user",
            "Her name is Grace Lee Xin Yi, Sec 2 at Crescent Girls' School. Her mother is Mrs Lee, 9847 2613. Should I call her tonight?",
        ),
    ],
    [
        (
            "user",
            "I need to fill in a tutoring agency registration form for myself, what's usually required?",
        ),
        (
            "assistant",
            "Typically your full name, NRIC, contact number, highest qualification, subjects and preferred areas.",
        ),
        (
            "user",
            "ok here: Benjamin Tay Zhi Hao, S8834127I, 9126 5580, NUS BSc Chemistry, can teach O-level Chem & Pure Physics, prefer west side like Clementi.",
        ),
    ],
    [
        ("user", "請幫我寫一封給家教中心的申訴信，老師收了三個月學費但只上了一個月。"),
        ("assistant", "好的，請提供老師姓名、合約資訊與已付金額。"),
        (
            "user",
            "老師叫簡志明，合約上他的身分證是 A247183909，我付了新台幣 27,000 元，我是家長王淑芬，女兒王若晴讀國三。",
        ),
    ],
    [
        ("user", "有个家长拖欠我课时费快两个月了，帮我写一条客气但坚定的催款微信。"),
        ("assistant", "可以，请告诉我家长称呼、欠款金额和课时明细。"),
        (
            "user",
            "家长是唐丽君，孩子叫孟一鸣，初三，10月和11月共16节课，每节200，一共3200，她一直说下周转。",
        ),
    ],
    [
        ("user", "孩子数学一直不好，初一，应该怎么办？"),
        ("assistant", "可以先做一次诊断测试，找出薄弱的知识点，再决定是否需要一对一辅导。"),
        (
            "user",
            "她叫苏小满，在成都七中初中部，期中考了71分，班上倒数，你帮我推荐老师的话加我微信 sxm_mom_cd 就行。",
        ),
    ],
]
