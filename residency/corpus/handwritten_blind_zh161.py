# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh161: 考研与留学中介（申请材料、推荐信、文书、中介合同、退费纠纷）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "中介服务合同条款"): _lines("""
        第三条 服务费用：乙方应于本合同签订之日起5个工作日内向甲方支付首期服务费人民币（大写）________元，余款于乙方取得首个录取通知后支付。
        第七条 退费约定：如乙方未获得合同附件一所列任一院校录取，甲方应在乙方提交拒信之日起30日内退还已收服务费的80%，文书翻译费、申请费等代缴费用不予退还。
        本合同一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。甲方（盖章）：__________ 乙方（签字）：__________ 监护人（签字）：__________
        附件二 院校申请清单：序号 | 国家/地区 | 院校 | 专业 | 申请轮次 | 备注（共计 8 所，其中冲刺校不超过 2 所）
        合同编号：LX-2026-BJ-003187 | 版本号：V3.2（2025年9月修订）| 本合同参照《出国留学中介服务合同示范文本》制定。
        乙方保证所提供的成绩单、在读证明、语言成绩等材料真实有效；如因乙方提供虚假材料导致申请被拒或录取被撤销，甲方不承担退费责任。
        甲方不得以"保录取""包过签"等名义向乙方作出承诺，任何口头承诺均以本合同书面条款为准。
        争议解决：因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
        服务内容包括：选校定位、文书写作（PS 1篇、CV 1份、推荐信 3封）、网申递交、面试辅导、签证指导；不包括：语言培训、机票预订、境外接机。
        补充协议（二）：双方同意将原合同第五条中的"2026年秋季入学"变更为"2027年春季入学"，其余条款不变。
        考研全程班协议 第四条：学员参加当年全国硕士研究生招生考试初试未达到报考院校复试线的，可免费重读下一年度同类课程一次，但不退还已缴学费。
        退费计算公式：应退金额 = 已缴费用 −（已完成服务项目数 ÷ 合同服务项目总数 × 服务费总额）− 已发生的第三方费用
        甲方：上海启航博雅教育科技有限公司 | 统一社会信用代码：91310104MA1FR2XK6Q | 地址：上海市徐汇区漕溪北路 88 号 12 楼 | 服务热线：400-820-6611
        违约责任：甲方逾期退费的，每逾期一日按应退金额的万分之五向乙方支付违约金，但违约金总额不超过应退金额的 20%。
    """),
    ("zh-Hans", "考研政策与报考流程"): _lines("""
        2027年全国硕士研究生招生考试网上报名一般安排在2026年10月中下旬，考生须登录"中国研究生招生信息网"（研招网）报名，逾期不再补报。
        网上确认环节考生需上传本人身份证正反面、学历学位证书及近期免冠证件照，照片要求白色背景、jpg 格式、大小不超过 200KB。
        复试调剂系统开通后，考生每次最多可同时填报 3 个平行志愿，志愿锁定时间最长不超过 36 小时。
        往年国家线（学术学位）参考：哲学 323，经济学 346，法学 331，教育学 350，文学 363，工学 273，管理学 345，单科线另行公布。
        非全日制研究生与全日制研究生执行相同的考试招生政策和培养标准，毕业后同样颁发学历证书和学位证书。
        英语一与英语二的区别：学术学位各专业统考英语一，专业学位中的部分专业（如 MBA、MPA、会计专硕）考英语二，具体以招生单位专业目录为准。
        推免生须在"推免服务系统"中接受待录取通知，一经接受不得再参加当年统考报名。
        报考点选择规则：应届本科毕业生原则上应选择就读学校所在省（区、市）的报考点，其他考生应选择工作或户口所在地省份的报考点。
        初试科目代码示例：101 思想政治理论、201 英语一、204 英语二、301 数学一、408 计算机学科专业基础。
        考生诚信承诺书：本人保证所填写的报名信息真实、准确，如有弄虚作假，愿承担由此造成的一切后果。考生签名：__________ 日期：____年__月__日
        某985高校2026年计算机专硕复试线为 365 分，较上一年上涨 12 分，复录比约为 1.2:1，统考招生计划 86 人。
        准考证一般在考前 10 天左右开放下载打印，考生须持准考证和有效居民身份证参加考试，二者缺一不可。
        调剂基本条件：初试成绩符合第一志愿报考专业在调入地区的全国初试成绩基本要求；调入专业与第一志愿报考专业相同或相近。
        学信网《教育部学历证书电子注册备案表》在线验证码有效期可自行设置，用于留学申请时请确保在学校审核期间仍然有效。
    """),
    ("zh-Hans", "中介客服与群聊通知"): _lines("""
        【启航留学】各位同学晚上好，本周六 14:00 线上举办"英国G5申请季复盘"直播，腾讯会议号 512 738 906，无需报名。
        温馨提示：网申费请在学校官网用本人信用卡支付，中介不代收任何申请费，如有人以中介名义私下收款，请拨打公司监督热线 400-820-6611 核实。
        群公告：本群仅用于发布截止日期提醒，不讨论个人背景与选校，私聊请找各自的文书老师。
        订单 DD2026110700418 已支付成功，金额 ¥2,980.00，服务项目：PS精修（1篇），预计 7 个工作日内交付初稿。
        快递已寄出：顺丰运单号 SF1420937751843，内含官方成绩单 3 份（密封），预计明天下午送达。
        工单 #TK-58213 状态更新：退费申请已转交财务部，处理时效为 15 个工作日，请耐心等待。
        【截止提醒】港大 MSc 第二轮截止 2026-12-15 23:59（HKT），港中文商学院 R2 截止 2027-01-05，还没递交的同学抓紧。
        客服自动回复：您好，现在是非工作时间（工作日 9:00–18:00），您的留言已记录，顾问会在下一个工作日回复您。
        大家注意：近期有人冒充"教育部留学服务中心"发短信称学历认证异常并附链接，这是诈骗，官方不会以短信方式要求缴费。
        推荐信模板已上传群文件，文件名"推荐信_学术类_模板v2.docx"，老师改好后请他们用学校邮箱直接提交，不要转发给中介。
        双十一活动：背景提升项目立减 1,000 元，活动编码 BG1111，限前 50 名，截止 11 月 11 日 24 点。
        本周文书交付统计：PS 42 篇、CV 38 份、推荐信 97 封，平均修改轮次 2.6 轮，客户满意度 4.7/5。
        关于退费：请各位家长通过官方渠道（公司官网"投诉建议"栏目或热线 400-820-6611）提交，群内不处理个人退费事宜。
        下周一起办公室搬迁至上海市徐汇区漕溪北路 88 号 12 楼，来访请提前一天预约。
        系统维护通知：UCAS 将于 12 月 8 日 02:00–06:00（GMT）停机维护，期间无法提交或修改申请。
    """),
    ("zh-Hans", "文书与推荐信写作指导"): _lines("""
        个人陈述的开头不要用名人名言，招生官每年读几千篇以"爱因斯坦曾说"开头的文书，最好直接从一个具体的科研或实践场景切入。
        推荐信模板：尊敬的招生委员会：我很荣幸推荐[学生姓名]申请贵校[项目名称]。我作为其[课程名称]的任课教师，认识[他/她]已有[X]年……
        推荐人最好是教过你专业课并给过高分的老师，职称比熟悉程度次要；一封泛泛而谈的院士推荐信不如一封细节丰富的讲师推荐信。
        CV 排版建议：教育背景 → 科研经历 → 实习经历 → 获奖情况 → 技能，每条经历用动词开头，量化成果，控制在一页以内。
        如何解释 GPA 偏低？可以在 Additional Information 中简要说明客观原因（如转专业、家庭变故），但不要超过 150 词，更不要抱怨。
        Why this program 段落要具体到课程名和实验室的公开项目，例如 MIT 的 6.S191 课程，而不是泛泛地说"贵校排名很高"。
        钱学森1935年赴美留学，先后就读于麻省理工学院和加州理工学院，师从冯·卡门，这段经历常被文书课程用作"留学报国"的写作素材。
        文书查重：目前多数英美院校使用 Turnitin 检测文书相似度，直接套用网上范文风险极高。
        推荐信须由推荐人本人通过网申系统提交，学生不得代写代交——这是大多数学校在申请须知中明确写出的诚信要求。
        写作素材清单：1）一次失败的实验 2）一门改变你方向的课 3）一个你主导的项目 4）你未来五年的职业规划
        研究计划书（Research Proposal）一般包括：题目、研究背景、文献综述、研究问题、研究方法、时间安排和参考文献，字数 1500–3000 字。
        中文材料翻译件须加盖翻译公司公章并附译者声明，在读证明和成绩单的英文版一般由学校教务处直接出具。
        Diversity Essay 不一定要写少数族裔身份，也可以写在县城中学长大、作为家里第一代大学生的经历——重点是视角，而非标签。
        案例分享：某双非院校金融专业同学，GPA 3.3、雅思 7.0，有两段券商实习，最终拿到 KCL 和曼大的 offer，关键在于文书把实习写出了深度。
        推荐参考书：《考研英语真题解析》（中国人民大学出版社，ISBN 978-7-300-31527-0），建议至少刷两遍近十年真题。
    """),
    ("en", "admissions portal notices"): _lines("""
        Your application (Ref. APP-2027-114582) has been received. Decisions for the MSc Data Science programme are released on a rolling basis from January.
        Reminder: two of your three recommenders have not yet submitted their letters. Recommenders receive a unique upload link by email; applicants cannot upload letters on their behalf.
        Application fee: GBP 80, non-refundable. Fee waivers are available for applicants from eligible countries; see the Funding page for details.
        Please upload an official transcript in the original language together with a certified English translation. Scanned copies are acceptable at the application stage.
        The Graduate School does not work with agents for its research programmes. Applicants should apply directly through the online portal.
        CAS requests are processed in the order in which tuition deposits are received. Please allow up to 10 working days.
        Minimum English requirement: IELTS 7.0 overall with no band below 6.5, or TOEFL iBT 100 with at least 22 in Writing. MyBest scores are not accepted.
        Deadline extended: Round 2 for the MPhil in Economics now closes on 12 January 2027 at 12:00 noon (UK time).
        Interview slots for Group C are now open. Choose a slot under "Next Steps"; interviews last 20 minutes and are held on Microsoft Teams.
        Agent code of practice: agents must not complete any part of an application without the student's written consent, and must disclose any commission received from the university.
        Statement of Purpose: maximum 1,000 words. Please do not include your name or applicant number in the file name.
        Offer condition code EL2 means the English language requirement is still outstanding; code AC1 means the final degree classification is pending.
        Questions? Contact Northbridge University Graduate Admissions on +44 113 496 0123 (Mon–Fri, 10:00–16:00) or use the online enquiry form.
    """),
    ("zh-Hant", "港台留學代辦公告"): _lines("""
        【升學講座】英國碩士申請攻略，12月14日（六）下午2時半，地點：尖沙咀漢口道 28 號亞太中心 15 樓本公司門市，費用全免，名額有限。
        本公司為英國文化協會認可之升學顧問（Agent Training Course 認證），不向學生收取任何申請服務費。
        留學貸款說明：教育部留學貸款額度最高新臺幣 200 萬元，須由學生本人申請並於出國前辦妥對保手續。
        退費辦法：簽約後七日內解約者全額退費；已開始撰寫文件者，按已完成之工作比例扣除費用。
        提醒：IELTS 成績單有效期為兩年，申請時請確認考試日期在課程開學日前兩年內。
        推薦信請推薦人以學校官方電郵直接寄送至校方，本公司不代為撰寫推薦信。
        繁簡轉換注意：台灣的「研究所」大致相當於大陸的「研究生院／碩士項目」，文件翻譯時請勿直譯。
        線上諮詢請加官方 LINE 帳號 @studyabroad_tw，或撥打免付費專線 0800-088-123（週一至週五 9:00-18:00）。
        香港學生報讀內地研究生，可經「港澳台全國聯招」或直接向院校申請，報名時須提供回鄉證及香港身份證副本。
        統計：2025/26 學年共有 68 位學生經本中心獲英國院校錄取，其中 G5 院校 11 位，平均 IELTS 7.1。
        案件編號 HK-CR-2026-0417 已結案：經消費者委員會調解後，涉事升學顧問公司同意退還部分費用。
        依規定，留學服務業者應與消費者簽訂書面契約，並載明服務項目、收費標準與退費條件。
    """),
    ("mixed", "退费纠纷与维权资讯"): _lines("""
        据某消费者投诉平台数据，2025年涉及"留学中介"的投诉超过 6,000 件，主要集中在退费难、虚假承诺和文书质量三个方面。
        中介说"offer包录取、拒了全退"，结果合同里写的是"退还 20%"——签约前一定逐条看退费条款，口头承诺无效。
        维权路径：先与中介协商 → 拨打 12315 或登录全国12315平台投诉 → 申请消协调解 → 提起民事诉讼。
        判例摘要（2024）京0108民初23817号：法院认为中介未按约提供文书服务，判令退还服务费的 60%。
        Q: 中介倒闭了怎么办？ A: 可以向法院申报债权；如果是刷信用卡支付的，也可以尝试向发卡行申请 chargeback。
        提醒：refund 到账时间取决于银行，原路退回一般需要 7–15 个工作日，跨境汇款还需扣除手续费。
        Refund dispute checklist: 合同原件、付款凭证、聊天记录截图、中介交付的文书版本、学校的 rejection letter。
        部分地方市场监管部门推行留学中介服务合同示范文本，明确"保录取""保签证"等用语属于违法宣传。
        新闻：某知名留学机构因虚假宣传被市场监督管理部门罚款 20 万元，涉及"名校导师一对一"等不实广告。
        中介收了全款但只做了选校，这种情况可以主张按实际完成工作量退费，建议保存好每次交付邮件的时间戳。
        Template: 致XX教育咨询有限公司：本人于____年__月__日与贵司签订《留学服务合同》（编号______），现因____，依据合同第__条申请退还服务费人民币____元。
        Case study (anonymised): a student paid CNY 60,000 for a "guaranteed Top 30" package, received 0 offers, and recovered 70% after mediation.
    """),
    ("zh-Hans", "院校信息与名人掌故"): _lines("""
        北京大学前校长蔡元培提出"思想自由，兼容并包"的办学方针，这句话至今仍常被考生写进面试的自我陈述中。
        多所高校研招办声明：学校从未委托任何中介机构代办研究生报名或复试，"内部名额"均属诈骗。
        上海交通大学安泰经济与管理学院 MBA 项目提前面试分批进行，第一批申请截止一般在 9 月底。
        国家留学基金委（CSC）"国家建设高水平大学公派研究生项目"每年资助数千名研究生出国攻读博士学位或联合培养。
        屠呦呦没有留学经历，却获得了 2015 年诺贝尔生理学或医学奖，常被称为"三无科学家"。
        杨振宁于1945年赴美，在芝加哥大学获得博士学位，1957年与李政道共同获得诺贝尔物理学奖。
        《中国合伙人》中成东青的原型常被认为是新东方创始人俞敏洪，影片讲述了三个年轻人创办英语培训学校、帮助学生出国的故事。
        高校邮编示例：复旦大学 200433，浙江大学（紫金港校区）310058，中山大学（南校园）510275。
        考研院校代码：10001 北京大学、10003 清华大学、10246 复旦大学、10248 上海交通大学、10335 浙江大学。
        电视剧《小欢喜》中方一凡、乔英子等角色的升学故事，引发了观众对艺考与出国留学路径的讨论。
        钱钟书《围城》里方鸿渐花钱从"克莱登大学"买了一个假博士文凭，这个桥段至今仍被用来讽刺学历造假。
        新加坡国立大学、香港大学、南洋理工大学常年位列亚洲高校排名前列，是内地学生申请一年制硕士的热门选择。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        签约登记 | 学生姓名：陈思远 | 性别：男 | 身份证号：310115200007221834 | 手机：138 1024 7765 | 意向：英国商科硕士 | 顾问：周老师
        退费申请表：申请人 刘佳怡，合同编号 LX-2025-WH-002914，申请退还服务费 18,000 元，收款账户 中国农业银行 6228 4804 6218 3059 379，户名 刘佳怡。
        @王梓涵 你的雅思成绩单还是 6.0，写作小分 5.5，UCL 的要求过不了，这周必须报 12 月 7 号那场重考了
        推荐信草稿：兹推荐我校计算机科学与技术专业2022级学生赵一鸣同学报考贵校硕士研究生。该生专业排名 3/156，曾获全国大学生数学建模竞赛一等奖……
        考研调剂跟进表 | 张晓雯 | 一志愿 华东师范大学 学科教学（英语）| 初试 389（政治 68 / 英语二 79 / 专业课 242）| 已填调剂：宁波大学、浙江师范大学 | 电话 159 2137 4486
        家长投诉：我是孙浩然的妈妈，孩子去年签了你们的美研全程服务，交了 6.8 万，结果申的 12 所全拒，合同写的拒了退一半，到现在三个月都没退，再不处理我就去 12315 投诉。
        文书素材收集表 — 姓名：林可欣；家庭情况：父亲 2023 年确诊肝癌，她休学半年在家照顾；想在 PS 里写这段经历但不想显得卖惨。
        签证材料已核对：何嘉俊 护照号 EJ4827165，有效期至 2034-05-18，资金证明 38 万已存满 28 天，CAS 已下。
        转账备注：代缴 LSE 申请费 £80，付款卡 Visa 4539 9810 7264 5032（持卡人 YANG SHUTING），请财务核对。
        恭喜我司 2026 届学员 周子涵（本科：南京大学 软件工程，GPA 3.72）斩获帝国理工 MSc Computing offer！🎉
        CRM 跟进记录 2026-10-21：客户 黄梓轩，微信 hzx_0927_bj，父母预算 50 万以内，偏好香港/新加坡一年制，下次回访 10/28。
        offer 原件请寄：广州市天河区林和西路 167 号 3 栋 1204 房，收件人 罗思琪，电话 186-0571-3392
        律师函（节选）：受许文博先生（身份证号 320102199906270917）委托，现就其与贵司于 2025 年 3 月签订之《美国研究生申请服务合同》所生退费争议，特函告如下……
        考研群里那个"上岸学姐"其实是中介托，我加了她 QQ 2873104652 被拉去交了 1.2 万的复试保过班，我叫邓雨萱，现在想把钱要回来。
        学员档案 | 姓名：郭俊熙 | 本科：西安电子科技大学 通信工程 | GPA 82.6/100 | 托福 98（R26 L27 S21 W24）| GRE 322 | 目标：美国 EE 硕士 Top30
        面试辅导记录：冯雨桐同学模拟面试表现紧张，英文自我介绍卡壳两次，建议周末再练 3 次；她妈妈说她最近失眠比较严重。
        在读证明翻译件：兹证明 唐诗雨，女，1998 年 3 月 14 日出生，身份证号 11010519980314052X，系我校外国语学院英语专业 2016 级本科生，学制四年。
        财务退费审批单 | 编号 TF-20261103-07 | 学员：曹一帆 | 退费金额 ¥23,400 | 退款方式：原路退回招商银行 6214 8390 5127 3647 | 审批人：财务部
        老师你好，我是韩小雨，申请材料里的邮箱写错了，正确的是 hanxiaoyu_0720@163.com，麻烦帮我在港大系统里改一下。
        投诉工单 #TK-60112 | 客户：彭博文 18602179354 | 问题描述：顾问离职后文书无人跟进，NUS 截止前三天才拿到 PS 初稿，要求赔偿。
        考生信息核对 — 姓名 蒋梦琪 | 证件号码 610113200109011529 | 本科院校 西北大学 | 报考 复旦大学 新闻与传播 | 联系电话 13651807246
        高子墨 11 月补交了 GRE 成绩（Q168 V155 AW3.5），送分已确认，但他爸下个月要做心脏搭桥手术，他可能要申请延期入学。
        @吴昊天 你的三封推荐信都是自己写好让老师签字的吧？中介这边建议你别这么干，被查出来会直接取消录取
        背景评估 | 谢佳琪，女，26 岁，二本会计专业，在德勤做了两年审计，单亲家庭，想申 HKU MAcc，预算 25 万。
        银行存款证明：户名 马天宇，账号 6217 0012 8004 6392 719，2026-06-01 至 2026-09-30 平均余额 42.6 万元，用于英国学生签证资金证明。
        合同乙方信息：学生 徐子健，身份证 430104200001153672；监护人 徐建国（父），手机 139 1762 8045；住址 长沙市岳麓区银盆岭街道望城坡小区 11 栋 2 单元 503。
        拟录取名单（节选）：考生编号 103356212014873 | 王诗涵 | 初试 402 | 复试 86.5 | 总成绩 82.45 | 拟录取专业 计算机技术
        李沐阳 准考证号 100036211012345，考点 北京师范大学，考场 23，座位 17，他说那天发烧 39 度，政治只写了一半。
        刚收到消息，欧阳晨的 UCL 有条件录取被撤销了，原因是本科成绩单被发现有涂改，他现在情绪很差，家里人还不知道。
        护照信息更新：孟繁星 旧护照 E83920517 已作废，新护照号 EK2093841，签发地 山东，请同步更新 UCAS 和 CAS 信息。
        付款备注：宋嘉怡妈妈用工行卡 6222 0216 0203 8471 951 支付了尾款 32,000 元，发票抬头开"宋嘉怡"个人。
        梁晓彤的港澳通行证 C38291047 签注快到期了，提醒她 12 月 10 日前续签 G 签注，不然去不了港科大面试。
    """),
    "zh-Hant": _lines("""
        【學生資料】姓名：陳嘉欣 CHAN KA YAN | HKID：Y604273(0) | 手機：9356 2187 | 申請：UCL MA Education | 預算：HK$40萬
        李偉倫家長來電投訴：代辦話一年內搞掂澳洲碩士 offer，而家兩年都未有，要求退返 HK$38,000，聯絡電話 6148 7720。
        學生林怡君（身分證 A227381043）已完成美國 CS 碩士申請 8 所，托福 105，目前哥大、NYU 仍在審核中。
        推薦信初稿：本人任教於國立成功大學機械系，謹推薦張家豪同學申請貴校碩士班。該生大三時曾赴德國交換一學期，專題研究成績為全班第一……
        退費協議：本公司同意退還黃柏翰先生新臺幣 85,000 元，匯入其國泰世華銀行帳戶，如有疑問請撥 0928-517-306 與黃先生本人確認。
        周詠詩申請 HKU MSc 嗰陣上載咗 HKID 副本 K382915(4)，但系統話影得太矇，麻煩佢今晚補返一張清晰版本。
        吳建宏（身分證 F129503764）因兵役尚未辦妥出國核准，原定 2027 春季入學須延後一學期，已通知校方。
    """),
    "en": _lines("""
        Dear Admissions Committee, it is my pleasure to recommend Ms. Lin Xiaoqing, who ranked 2nd of 128 students in my Econometrics class at Zhejiang University in 2025 and worked as my research assistant for 14 months.
        Refund request | Student: TAN WEI MING | NRIC: S9823417I | Contract: SG-EDU-24-0319 | Amount: SGD 3,200 | Reason: agency missed NUS Round 1 deadline | Contact: 9178 2045
        Applicant: NUR AISYAH BINTI MOHD RIZAL | IC 990827-10-6042 | Programme: MSc Chemical Engineering, Tsinghua University | CSC scholarship: shortlisted
        hi this is priya d/o ramasamy, my agent said the NTU application fee was refunded but i haven't received anything yet, my number is 8236 1157
        Case note 14 Nov: Kevin Ong (FIN G7054219L) wants to withdraw from our package after getting a direct offer from NUS; his mother called twice, very upset about the 50% retention fee.
        Visa form data: Surname ZHOU, Given names YIFAN, Passport No. EH7261530, DOB 05/08/1999, Place of birth FUJIAN, Course: MSc Finance, University of Leeds.
        Heads-up: Daniel Fernandez failed his second-year stats module and has to resit in August, so his conditional offer from Warwick is at risk. He asked us not to tell his parents yet.
        From: lucas.heng.2001@gmail.com / Hi, I'm Lucas Heng, I paid the RM 5,000 deposit on 3 Sept, can you confirm my Monash application has actually been submitted?
        Arjun a/l Subramaniam (IC 980614-08-5217), Ipoh, signed the postgraduate package on 2 Oct; CGPA 3.41 from UTAR, targeting MSc in Xiamen University Malaysia and NTU.
    """),
    "mixed": _lines("""
        学生 Emily Zhang（张艺琳）的 Common App 账号邮箱是 emilyzhang2008@outlook.com，她说 counselor 的推荐信还没上传，deadline 是 1/1。
        FYI 客户 Jason 李俊杰 用 Mastercard 5522 8934 0716 8422 付的款，chargeback 已被银行受理，他说我们没履行合同，需要 10 天内提交证据。
        学员 Nurul Izzati binti Kamarudin，MyKad 010519-07-3368，申请北京语言大学汉语国际教育硕士，CSC 奖学金材料还缺 HSK 5 成绩单。
        Ahmad Faris bin Zulkifli IC 000312-14-5583 tel 012-738 4402，想申请华中科技大学全英文授课硕士，问能不能先付一半中介费。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一名留学文书写作助手，帮助用户修改个人陈述和推荐信。"),
        (
            "user",
            "帮我改一下PS开头：我叫沈若曦，本科在四川大学读临床医学，大三那年外婆因为阿尔茨海默症住进了华西医院，我在病房陪了她三个月，这让我决定申请公共卫生硕士。",
        ),
        (
            "assistant",
            "可以把开头改得更具体一些，例如从病房里的某个细节切入：一次外婆认不出你的瞬间，再引出你对老年慢病照护体系的思考，最后落到你想在 MPH 阶段研究的问题上。",
        ),
        ("user", "好的。推荐信里老师要写我的专业排名 12/210，学号需要写吗？"),
        ("assistant", "学号一般不需要写，排名和课程表现写清楚即可。"),
    ],
    [
        ("assistant", "您好，这里是启航留学客服，请问有什么可以帮您？"),
        ("user", "我想咨询退费进度，合同号 LX-2025-SZ-001562，申请已经交了一个多月了。"),
        ("assistant", "为了核实身份，请提供签约人姓名、手机号和身份证号。"),
        ("user", "罗嘉豪，15827364091，身份证 440106199911052618"),
        ("assistant", "已查到您的退费申请，目前在财务审核中，预计 5 个工作日内到账。"),
    ],
    [
        (
            "user",
            "我女儿叫方雨涵，今年考研英语一只考了 48 分，单科没过线，她现在整天关在房间里不怎么吃饭，我该怎么劝她？",
        ),
        (
            "assistant",
            "先别急着谈下一步规划，多陪伴、让她把情绪说出来；如果持续失眠或食欲很差超过两周，建议陪她去医院心理科看看。",
        ),
        (
            "user",
            "她本科是湖南师范大学汉语言文学的，现在纠结二战还是去英国读一年制硕士，中介报价 4 万，值吗？",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Marcus Lee, NRIC T0316582A. I signed with an agency in Bugis for UK master's applications and paid SGD 4,500, but they submitted my UCL application with the wrong degree class.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Ask the agency in writing to correct it with UCL immediately, and keep copies of your original transcript and every email exchange.",
        ),
        (
            "user",
            "They are ignoring me. Can I go to CASE? My mobile is 9466 3018 if that matters for the form.",
        ),
    ],
    [
        (
            "user",
            "我係何卓琳，HKID R517048(5)，想問點樣喺 UCAS 改返個出世日期？代辦幫我填錯咗做 2003 年。",
        ),
        (
            "assistant",
            "出生日期在提交後不能自行修改，需要致電 UCAS 或透過學校招生處更正，並提供身份證明文件。",
        ),
        ("user", "明白，咁我叫代辦 refund 申請費得唔得？佢哋之前收咗我 HK$1,200 手續費。"),
    ],
    [
        (
            "user",
            "帮我写一封给中介的退费函。我叫任思彤，合同是 2025 年 5 月 12 日签的，交了 45,000 元，他们只做了选校，文书一篇没交付。退款请打到我的招商银行卡 6214 8375 5026 1931。",
        ),
        (
            "assistant",
            "退费函草稿：致XX教育咨询有限公司：本人任思彤于2025年5月12日与贵司签订《留学服务合同》，已支付服务费人民币45,000元。截至目前，贵司仅完成选校服务，未交付任何文书。现依据合同约定申请按实际完成工作量退费，请于15日内将款项退至本人招商银行账户 6214 8375 5026 1931。",
        ),
    ],
    [
        (
            "user",
            "我是許雅婷，身分證 B284061534，想申請日本 MEXT 研究生獎學金，推薦信要找大學導師還是實習主管？",
        ),
        (
            "assistant",
            "MEXT 研究生項目通常要求最終學歷學校的指導教授或系主任出具推薦信，實習主管的推薦信可作為補充。",
        ),
        ("user", "好，我導師是政大日文系的，但我大四有一科被當掉重修，會影響嗎？"),
    ],
    [
        (
            "user",
            "学长你好，我是浙大的郑凯文，去年通过某中介申请港中文被拒，他们承诺退 50% 一直拖着，我微信号 zkw_2001hz，能加我细聊吗？",
        ),
        (
            "assistant",
            "我没法添加微信，但可以帮你梳理维权步骤：先整理合同、付款凭证和聊天记录，再发书面退费函。",
        ),
        ("user", "好，那律师函里要写我的身份证号吗？330106200102090470"),
    ],
    [
        ("system", "你是某留学机构的内部助理，负责把顾问的面谈记录整理成结构化表格。"),
        (
            "user",
            "整理一下今天的面谈：学生邹文轩，男，成都七中毕业，本科电子科大软件工程，GPA 3.4，父亲做建材生意资金充足，想申墨尔本大学 IT 硕士，手机 177 8812 0563。",
        ),
        (
            "assistant",
            "姓名：邹文轩 | 性别：男 | 高中：成都七中 | 本科：电子科技大学 软件工程 | GPA：3.4 | 目标：墨尔本大学 Master of IT | 资金：充足 | 联系方式：177 8812 0563",
        ),
    ],
    [
        (
            "user",
            "My daughter Chloe Tan Hui Min (passport K1947362P) got a conditional offer from Edinburgh, but the agent never told us the IELTS deadline was 30 June and now the offer has lapsed.",
        ),
        (
            "assistant",
            "Contact the university admissions office directly to ask whether the condition deadline can be extended, and request a written explanation from the agent.",
        ),
        (
            "user",
            "We paid them SGD 6,800 upfront. Should we ask for a full refund or a partial one?",
        ),
    ],
]
