# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh323: 简体中文 高校研究生招生与导师（复试名单、调剂、导师邮件、奖学金、学术不端投诉、课题组微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh323
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "研招办通知"): _lines("""
        【通知】我校2025年硕士研究生复试将于3月22日至3月26日进行，考生须携带准考证、有效身份证件原件及复印件至理科楼A座一层报到，咨询电话 027-6875 4021（工作日 8:30-17:00）。
        各学院复试名单已在研究生院网站“招生信息”栏目公示，公示期为10个工作日，如有异议请以书面形式向研究生招生办公室反映，邮箱 yzb@grad.example.edu.cn。
        调剂系统将于4月8日00:00开放，持续时间不低于12小时；我院调剂指标共计37个，其中电子信息专业学位（085400）22个，材料与化工（085600）15个。
        接收推免生章程：申请人须于9月28日前在“全国推免服务系统”完成报名，我院院校代码为10486，专业代码081200，联系邮箱 tuimian-cs@example.edu.cn。
        复试费按每生100元收取，请通过“研究生招生缴费平台”在线支付，订单号以 FS2025 开头，缴费成功后凭电子票据号（如 42060125000318）下载打印凭证。
        研究生招生办公室办公地点：上海市杨浦区邯郸路220号光华楼东辅楼1203室，邮编200433，接待时间为周一至周五 9:00-11:30、14:00-16:30。
        因天气原因，原定3月24日下午在中山大学南校园怀士堂举行的复试考生说明会改为线上举行，腾讯会议号 628 417 395，入会密码 2025。
        体检安排：拟录取考生须于5月10日前到校医院（校内西区17栋）完成入学体检，体检费85元，结果由医院直接上传至研究生管理信息系统，无需个人领取。
        关于2025年博士研究生“申请-考核”制招生的补充说明：外语成绩须满足CET-6≥425分或IELTS≥6.0或TOEFL≥85，材料提交截止时间为2025年1月15日17:00。
        南洋理工大学研究生院宣讲会将于11月9日在北京大学英杰交流中心阳光厅举行，现场设中英文答疑，活动咨询邮箱 ntu-china-info@example.edu.sg。
        国家助学贷款办理提示：拟录取研究生如需办理生源地信用助学贷款，请登录国家开发银行学生在线服务系统，本校高校代码为 10558，受理截止日为10月15日。
        研究生院官方微信公众号“华师研招”每周三推送各学科导师招生名额表，导师联系方式请以学院官网“师资队伍”页面公开的办公电话和办公邮箱为准。
        复试录像保存期限为3年，存储于学校数据中心机房（信息楼B1-07），调阅须经研究生院分管副院长审批并登记申请编号，格式如 LX-2025-0417。
    """),
    ("zh-Hans", "调剂常见问题"): _lines("""
        问：一志愿报考985院校没进复试，可以调剂到双一流学科吗？答：可以，只要初试成绩达到调入专业的国家线，且第一志愿报考专业与调入专业相同或相近即可。
        问：调剂系统里一次最多能填几个志愿？答：每次可填写3个平行志愿，填报后36小时内不可修改，院校明确不再接收后可提前解锁。
        问：A区和B区的国家线差多少？答：以2024年工学为例，A区总分线273分，B区263分，单科线也相应低一些，具体以教育部当年公布的分数线为准。
        问：报考专业学位能调剂到学术学位吗？答：不能。按照《2025年全国硕士研究生招生工作管理规定》，学术学位可调剂到专业学位，反之则不行。
        问：调剂复试通知多久会发？答：大部分学校会在填报后48小时内通过研招网系统发送复试通知，考生须在学校规定时间内点击“接受”，逾期视为放弃。
        问：联系导师的邮件该怎么写？答：建议标题写明“2025调剂+本科院校+专业+初试分数”，正文控制在300字以内，附上成绩单和简历PDF，不要群发抄送。
        问：少数民族高层次骨干人才计划可以调剂吗？答：只能在该计划内部调剂，且须符合“定向就业、服务民族地区”的要求，详情可咨询各省教育厅民族教育处。
        问：调剂成功后还能放弃吗？答：接受待录取后一般不能再填报其他调剂志愿，如确需放弃须向招生单位提交书面申请，由招生单位在系统中取消。
        问：港澳的学校接受内地考研调剂吗？答：香港、澳门高校不参与研招网调剂，须另行网上申请，例如香港中文大学研究院的申请截止多在每年12月至次年3月。
        问：复试线和国家线有什么区别？答：国家线是教育部划定的最低分数线，34所自划线院校自行确定，复试线是各学院在国家线基础上根据生源情况划定的。
        问：调剂需要交费吗？答：调剂志愿填报本身免费，但进入复试后部分院校收取复试费，一般为80-150元，可在校研究生院缴费平台开具电子发票。
        问：研招网显示“已锁定”是什么意思？答：表示该志愿在锁定时间内（最长36小时）不能修改，院校可查看你的报考信息，时间到了自动解锁。
        问：跨专业调剂时数学一和数学二可以互调吗？答：原则上考数学一的可调入考数学二的专业，反之不行，具体看调入单位的要求，以招生专业目录为准。
    """),
    ("zh-Hans", "课题组微信群工作消息"): _lines("""
        【组会通知】本周四下午两点半组会改到化学楼B214，汇报顺序按群公告里的表格来，PPT请周三晚十点前传到群文件“2025春组会”文件夹。
        液氮罐今天下午3点统一充装，需要的杜瓦瓶提前放到一楼卸货区，贴好课题组标签和房间号，千万别放在走廊消防通道上，上次被保卫处通报过一次。
        采购提醒：上周下的国药订单 SO20250311-0472 到了，共18件，放在405门口纸箱里，签收单已拍照上传到“耗材台账”共享表格。
        超算账号这个月机时已经用了72%，跑大作业前先在群里说一声，队列名用 gpu_a100_long，单任务不要超过48小时。
        各位注意，学院通知本月28日全楼停电检修，8:00-18:00，-80冰箱已联系后勤接备用电源，细胞房那天暂停使用，需要传代的请提前一天处理好。
        投稿的那篇已经返修，审稿意见三条，编辑部要求4月15日前回复，manuscript ID 是 NANO-2025-01873，大家有空帮忙看下图3的修改。
        今年国自然面上项目申请书模板已更新，群文件里的“2025国自然模板v3.docx”是最新版，旧版请删掉以免混用，预算表按学校科研院给的新标准填写。
        实验室新规：通风橱使用登记表挂在门口，每次用完写上时间和试剂名称，安全处下周三来检查，检查编号 AQ-2025-033。
        明天开始复试，实验室408作为候考室，大家明天上午尽量别在408做实验，仪器都关好，桌面收拾一下，垃圾桶清空，门口的试剂箱先搬回储藏间。
        报销注意：财务处新系统只认电子发票，纸质的要去税务局官网查验打印，差旅报销单号格式为 CL 加8位数字，比如 CL20250318。
        打印机又卡纸了，已报修，报修单号 BX-0319-12，师傅说下午来，急着打论文的先去图书馆二楼的“金鹰文印”，记得开发票抬头写学校全称。
        组里SEM预约已经排到下周五，请在仪器共享平台 equip.example.edu.cn 上正式预约，别在群里口头占位，机时按平台记录结算。
        提醒大家：今年学位论文查重用的是知网 VIP5.3，学校规定总文字复制比不超过15%，学院会统一提交，不要自己在网上买查重服务。
    """),
    ("zh-Hant", "獎學金章程"): _lines("""
        國立臺灣大學研究生獎助學金實施要點第五條：博士班研究生每月最高補助新臺幣40,000元，碩士班每月最高補助新臺幣10,000元，並依各學院分配額度核發。
        申請教育部「學海飛颺」計畫者，應於每年3月31日前向國際事務處提出，聯絡電話 (02) 3366-2007，電子郵件 intlscholar@ntu.edu.tw。
        香港研究資助局「香港博士研究生獎學金計劃」（HKPFS）每月提供港幣28,100元助學金及每年港幣14,000元會議及研究交流津貼，為期最長四年。
        澳門大學研究生院獎學金申請須透過網上系統遞交，截止日期為2025年2月28日，查詢熱線 (853) 8822 8833，辦公地點：氹仔大學大馬路N6行政樓。
        本校逸夫獎學金係由邵逸夫爵士捐資設立，每年名額六名，每名頒發港幣三萬元，得獎者須於頒獎典禮後一個月內提交學習報告，並出席翌年之獎學金交流茶會。
        第七條：受獎學生如有違反學術倫理情事，經學術倫理審議委員會查證屬實者，應追回已領之獎學金，並於三年內不得再申請本獎項，情節重大者另依學則處理。
        國家科學及技術委員會「千里馬計畫」補助博士生赴國外研究，每月生活費依地區核給，補助期限最長一年，申請案號格式為 MOST-R-114-XXXX。
        獎學金撥款採學校統一造冊方式，撥入受獎學生於臺灣銀行開立之帳戶，撥款批次號碼如 SCH-1140315-02，撥款後請自行至校務系統查詢。
        香港中文大學研究院辦公室：新界沙田香港中文大學康本國際學術園201室，電話 3943 7000，辦公時間為星期一至五上午九時至下午五時四十五分。
        申請文件清單：一、申請表（附件一）；二、歷年成績單正本；三、推薦函兩封（須由推薦人密封簽章）；四、研究計畫書（以3,000字為限）；五、在學證明。
        本辦法經民國一一三年十月十八日研究生教育委員會第三次會議通過，陳請校長核定後公布實施，修正時亦同；本辦法修正對照表公告於研究生教務組網頁。
        中央研究院國際研究生學程（TIGP）每年提供博士生每月新臺幣34,000元研究獎助學金，成績優異者次年可提高至每月新臺幣40,000元。
        注意事項：本獎學金不得與教育部「研究生獎助學金」重複請領，如經查核重複領取，學校將依規定追繳，並通知原推薦系所；如有疑義請洽研究生教務組分機 62018。
    """),
    ("en", "graduate_admissions_faq"): _lines("""
        Q: When does the NUS Graduate Research Scholarship application close? A: For the August 2025 intake, applications via the online portal close on 15 November 2024, 23:59 Singapore time.
        Q: Is the GRE required for MPhil programmes at HKUST? A: No, the GRE is optional for most programmes, but applicants whose first degree was not taught in English must submit TOEFL (iBT 80) or IELTS (6.5).
        Q: Who should I contact about document verification? A: Email the Graduate Admissions Office at pg.admissions@example.edu.sg or call the office hotline +65 6516 1000 between 9am and 5pm on weekdays.
        Q: Can I pay the HK$450 application fee with AlipayHK? A: Yes. The payment page accepts Visa, Mastercard, UnionPay and AlipayHK; the receipt number starts with PGA and is e-mailed automatically.
        Q: How do I track the courier packet with my transcripts? A: Use the air waybill printed on the SF Express receipt, e.g. SF1402837765931, on the courier's public tracking page.
        Q: Do Universiti Malaya postgraduate programmes accept degrees from Chinese universities? A: Yes, if the degree is recognised by the Malaysian Qualifications Agency (MQA); check the MQA register before applying.
        Q: What is the stipend for the Singapore International Graduate Award (SINGA)? A: S$2,700 per month, rising to S$3,200 after the qualifying examination, plus a one-time airfare grant of S$1,500.
        Q: My supervisor left the university; what happens to my candidature? A: The department will appoint an interim main supervisor within 30 days under Section 4.3 of the Graduate Studies Regulations.
        Q: Where is the postgraduate admissions office at Taylor's University? A: Level 2, Block C, No. 1 Jalan Taylor's, 47500 Subang Jaya, Selangor; walk-in consultations run Monday to Friday, 10am to 4pm.
        Q: How many reference letters are needed for the HKU PhD? A: Two, submitted directly by the referees through the online system, which sends each referee a unique link that expires in 21 days.
        Q: What happens if I report suspected plagiarism in a thesis? A: The Research Integrity Office logs the case under a reference such as RIO-2025-044 and reviews it confidentially within 60 working days.
        Q: Is there an interview for the CSC-NTU joint PhD scholarship? A: Shortlisted candidates are interviewed on Zoom in March; the meeting ID and passcode come from the programme mailbox, never from a personal account.
        Q: Can I defer my offer to January? A: Deferral of up to one semester is allowed once; submit form GS-DEF-02 before the matriculation date and pay the S$500 acceptance deposit.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2025-03-22T09:14:07+08:00 INFO admission-svc [req=7f3a9c21] 复试名单导出完成 rows=1342 college=CS file=fushi_2025_0322.xlsx sha256=9e1c4b07a2d3
        2025-04-08T00:00:02+08:00 WARN tiaoji-sync upstream yz.chsi.com.cn timeout after 30000ms, retry=2/5, queue_depth=817, batch_id=TJ-20250408-0001
        mail.yaml -> smtp_host: smtp.exmail.qq.com, smtp_port: 465, from_addr: yzb-noreply@grad.example.edu.cn, reply_to: yzb@grad.example.edu.cn, use_ssl: true
        CREATE TABLE applicant (id BIGINT PRIMARY KEY, exam_no CHAR(15), name_enc VARBINARY(256), id_card_hash CHAR(64), score_total SMALLINT, status ENUM('待复试','拟录取','未录取'));
        def mask_id(s: str) -> str: return s[:3] + '*' * (len(s) - 7) + s[-4:]  # 仅用于前端展示，落库只存 SHA-256 哈希
        ERROR scholarship-batch job=ns-2025-07 step=bank_export failed: field acct_no length mismatch (expected 19, got 16), rows_affected=0, rollback ok
        [2025-05-10 16:02:11] plagiarism-check engine=CNKI-VIP5.3 doc_count=286 avg_copy_ratio=6.8% max=23.4% flagged=4 report_dir=/data/cc/2025/05/
        env: WECOM_CORP_ID=ww0000000000000000 WECOM_AGENT_ID=1000002 GROUP_BOT_WEBHOOK_KEY=<redacted> NOTIFY_CHANNEL=课题组通知 LOG_LEVEL=info
        GET /api/v2/interview/slots?major=085400&date=2025-03-24 200 43ms upstream=10.12.4.21:8080 cache=HIT 复试时间段查询
        git commit 3b8e0f2: fix(tiaoji): 调剂志愿锁定时长从 48h 改为 36h，对齐 2025 年研招网规则，closes #412
        校验规则：exam_no 为15位数字；score_total 取值 0-500；major_code 六位，示例 081200 计算机科学与技术、085400 电子信息
        docker run -d --name yz-export -e TZ=Asia/Shanghai -e DB_URL=mysql://app:changeme@db.internal:3306/yz -p 8081:8080 registry.example.edu.cn/yz/export:1.4.7
        INFO mailer sent=1286 bounced=12 template=fushi_notice_v3 subject="2025年硕士研究生复试通知" elapsed=41.2s smtp_resp="250 OK"
    """),
    ("zh-Hans", "学术新闻与人物史话"): _lines("""
        1955年10月8日，钱学森携家人经罗湖桥回到祖国，此后主持创建中国科学院力学研究所并担任首任所长，培养了新中国第一批力学研究生。
        屠呦呦因发现青蒿素获得2015年诺贝尔生理学或医学奖，她没有博士学位、没有留学经历，也不是院士，曾被媒体称为“三无科学家”。
        颜宁于2022年辞去普林斯顿大学教职回国，出任深圳医学科学院创始院长，同时在清华大学继续招收和指导博士研究生，其团队长期从事膜蛋白结构生物学研究。
        1977年恢复高考，1978年恢复研究生招生，当年全国共录取研究生10708人，报考人数约6.3万，这批学生后来被称为“七八级研究生”。
        《围城》中方鸿渐花四十美元从爱尔兰人手里买了“克莱登大学”的博士文凭，钱锺书借此讽刺当时留学界的学历造假之风，这一情节至今仍常被用来讨论文凭问题。
        施一公2018年起担任西湖大学校长，西湖大学首批博士研究生于2017年入学，云栖校区位于杭州市西湖区石龙山街18号，现主校区在西湖区墩余路。
        蔡元培1917年出任北京大学校长，提出“思想自由，兼容并包”的办学方针，北京大学研究所国学门于1922年正式成立，被视为中国现代研究生教育的早期尝试之一。
        2024年全国硕士研究生招生考试报名人数为438万，比上年减少36万，是近年来考研报名人数的首次明显下降，同年推免和专业学位招生比例继续提高。
        陈景润1953年毕业于厦门大学数学系，后经华罗庚推荐调入中国科学院数学研究所，1973年在《中国科学》发表了“1+2”的详细证明，被称为陈氏定理。
        杨振宁与李政道因宇称不守恒理论获1957年诺贝尔物理学奖，杨振宁晚年回到清华大学高等研究院任教并定居北京，2017年放弃外国国籍。
        何德华（Ho Teck Hua）教授于2023年1月起出任南洋理工大学校长，此前曾任新加坡国立大学常务副校长（科研与科技）。
        新加坡国立大学与马来西亚的马来亚大学同出一源，均可追溯到1949年成立的马来亚大学，两校至今仍保持学术交流和联合培养研究生项目。
        华罗庚只有初中学历，1930年在《科学》杂志发表论文后被熊庆来发现，后被破格调入清华大学数学系担任助理员，1936年又赴英国剑桥大学访问研究。
    """),
    ("mixed", "文印书店报价与订单"): _lines("""
        【老周文印·考研复试专区】简历彩印 A4 1.5元/页，成绩单塑封 3元/张，论文胶装 15元/本，地址：武汉市洪山区珞喻路1037号华科南一门对面，店铺电话 027-8754 3312。
        发票号码 25442000000087651203，开票日期 2025-03-19，销售方：深圳市思远教育咨询有限公司，统一社会信用代码 91440300MA5G8K2X7Q，项目：考研复试辅导课程，金额 ¥2,980.00。
        SKU: KY-FS-2025-ENG《考研英语复试口语100句》第3版，编者：新东方考研教研组，ISBN 978-7-5135-2847-1，定价 ¥39.80，京东自营现货。
        订单号 TB2503211847629015 | 商品：王道考研 2026 计算机专业基础综合 4 册套装 | 实付 ¥168.00 | 物流：中通 ZT78312049561 | 状态：已签收（驿站代收）
        Jenny's Printing & Binding, 15 Kent Ridge Crescent, Level 1 beside Central Library: thesis hard-bound A4 S$38 each, 3 working days, WhatsApp +65 8123 0450 for bulk orders.
        张小泉官方旗舰店 办公剪刀套装 ¥29.9，研究生新生开学季满199减30，订单备注请填写学院名称用于校内统一配送，不接受个人地址改派。
        Invoice INV-2025-0412 | Kedai Buku Siswa Sdn Bhd (SSM 201901023456) | Jalan Universiti, 50603 Kuala Lumpur | APA Manual 7th ed. x 20 | RM 3,180.00 incl. SST 8%
        【王道考研】2026届计算机复试机试特训营，3月25日开课，线上直播12节，原价 ¥1,299，团购价 ¥899，客服热线 400-820-6688 转 2。
        Turnitin licence renewal quote Q-2025-118 for Universiti Sains Malaysia: 25,000 student seats, USD 0.95 per seat per year, valid until 30 June 2025, contact apac.sales@turnitin.com.
        李宁 韦德之道 篮球鞋 研究生运动会团购价 ¥459/双，尺码 38-46，订单号 LN20250402007，统一配送至学校体育馆东门收发室。
        收據 No. 0003187 | 澳門大學書店 | 研究方法教材 2 本 MOP 560.00 | 支付方式：澳門通 | 收銀機 POS-02 | 2025/03/05 14:22
        小林复印社 | 复试材料装订套餐A：简历+成绩单+获奖证书复印各5份+透明文件袋1个，¥25；套餐B加彩色封面，¥35；营业时间 7:30-22:30。
        CSV 表头：order_id,sku,product_name,qty,unit_price_cny,discount,paid_at,express_company,tracking_no,invoice_title,tax_no（已按财务要求删除收货人字段）
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        2025年计算机学院复试名单（节选）：序号17，考生编号 104865081201932，姓名 邓雨桐，初试总分 391，政治 68，英语一 74，数学一 121，专业课 128，复试分组 第三组。
        拟录取公示：黄俊熙，身份证号 411625199908233719，原报考单位郑州大学，调剂录取至我院085600材料与化工，导师 田卫东。
        老师您好，我是2025届考生孙启航，一志愿浙大控制科学与工程初试362分，想咨询您组里是否还有调剂名额，我的手机是 151 5823 9047。
        课题组的郭梓萱上学期确诊重度抑郁，目前办理了休学，组会暂时不要安排她汇报，有事直接私聊我沟通。
        老师，我手机 18621904473，微信同号，调剂结果一出来麻烦第一时间告诉我一声，谢谢老师！
        实名举报：江城理工大学材料学院副教授卢建峰在2023年发表的论文中重复使用同一张TEM图像并篡改数据。举报人：彭思远，学号 2021310456，电话 139 0571 2846。
        国家奖学金发放信息：姓名 邓雅婷，学号 SY2303117，开户行 中国工商银行北京海淀支行，卡号 6222 0202 0011 4573 829，金额 20000 元。
        师姐杜欣然怀孕五个月了，想申请延期半年答辩，导师那边还没同意，她让我们先别在群里说。
        我们组的博后蒋浩税前年薪其实只有16.8万，比学校官网写的少了一大截，他私下说已经在投简历准备走了。
        调剂考生家庭住址：河南省周口市郸城县城关镇建设路118号院3号楼2单元501室，收件人：孟凡超，电话 137 8301 5526，录取通知书请寄此地址。
        复试体检报告：考生 魏诗琪，女，23岁，乙肝表面抗原阳性，肝功能正常，血压 118/76 mmHg，结论：建议专科复查。
        群公告：小胖（罗子健）下周回老家处理父母离婚的事，样品先交给阿凯帮忙照看，大家别在群里问他原因。
        听说隔壁组的钟博文因为网贷欠了四万多，催收电话都打到学院办公室了，辅导员正在找他谈话。
        学术不端调查通知：经核查，2022级硕士研究生韩梦洁学位论文第三章与他人已发表论文文字复制比达41.6%，现暂缓授予其学位，处理编号 XSBD-2025-07。
        导师您好，附件是我的简历、成绩单和一寸证件照（许嘉怡_证件照.jpg），本科西南交大交通运输专业，GPA 3.78/4.0，邮箱 xujiayi0716@163.com。
        复试候考名单第4组：08:30 周宇航；08:50 林书瑶；09:10 顾宸宇；09:30 梁思琪；请提前20分钟到材料楼B302签到。
        师兄的车牌是 苏A·7K3Q9，白色比亚迪秦，停在实验楼北侧，周末门卫要查就报他名字付子轩。
        研究生违纪处分决定：2023级博士生谭梓豪于2025年2月14日因醉酒驾驶被公安机关行政拘留10日，学院决定给予其警告处分。
        我室友吕佳宁本科是专升本，她复试的时候刻意没提，怕被导师看不起，这事千万别传出去。
        学生资助系统导出：孙萌萌，330102199802145021，家庭经济困难认定等级 特别困难，父亲肢体二级残疾，家庭年收入1.2万元。
        微信号 lwj_19990512，是今年调剂到我们组的新同学刘婉婧，本科云南大学生态学，大家加一下，我拉她进群。
        申请导师变更说明：本人曹毅，学号 2024110235，因原导师长期要求本人在其私人公司无偿工作，并多次在微信中辱骂本人，特申请更换导师。
        紧急联系人：母亲 邹桂兰，电话 135 9027 4418，住址 江西省赣州市于都县贡江镇长征大道56号，与本人关系 母子。
        考研调剂群里那个叫“一只小胖兔”的，真名蔡雨欣，听说她英语是花钱找枪手代考的，已经有人向研招办举报了。
        助教津贴发放：严子墨，建设银行卡号 6217 0033 1002 4857 916，3月份助教津贴 1,600 元，请核对后签字。
        张振宇老师最近做了心脏支架手术，下周的组会和复试都请郑老师代为主持，大家不要去医院打扰他。
        收件人：宋佳琪 | 电话：15867203914 | 地址：四川省成都市郫都区犀浦镇百草路88号锦绣花园5栋1203 | 备注：复试材料原件，请勿折叠
        报名信息表：姓名 范子豪；性别 男；出生日期 2000-01-09；身份证号 510107200001091837；本科 四川大学；报考专业 081000 信息与通信工程；婚否 已婚。
    """),
    "zh-Hant": _lines("""
        申請人：陳嘉欣，香港身份證號碼 Y614382(0)，申請香港中文大學生物醫學哲學碩士課程，聯絡電話 9137 2648。
        林冠廷，身分證字號 F128459070，申請千里馬計畫赴美研究一年，預定出國日期 2025/08/20，撥款帳戶：臺灣銀行 012-004-58821-3。
        系辦同仁請注意：博士生黃郁婷因乳癌正在接受化療，本學期資格考延期，請勿在系上群組討論她的病情。
        研究生院通知：梁振豪同學（學號 DB325087）因拖欠學費 MOP 42,000 超過兩個月，其註冊資格已被暫停。
        導師您好，我是蔡承恩，目前在成大電機所碩二，手機 0912-458-307，Email tsai.chengen.ncku@gmail.com，想申請貴實驗室的博士班。
        獎學金得獎名單（內部）：吳雅雯，住址臺北市大安區和平東路二段118巷7號3樓，家長年收入新臺幣48萬元，列為低收入戶。
        檢舉函：本人實名檢舉指導教授許文彬長期要求碩士生替其子許柏翰代寫大學專題報告，相關LINE對話截圖已附上。
        朱家樂（Chu Ka Lok），K803157(6)，家住新界沙田沙角邨銀鷗樓1208室，申請研究生宿舍住宿津貼。
    """),
    "en": _lines("""
        Shortlist for PhD interview, NUS Chemistry: Tan Wei Ling, NRIC S9234581E, DOB 14 Mar 1992, mobile +65 9127 4836, currently a research officer at a statutory board.
        Dear Prof. Lim, I am Nur Aisyah binti Kamarudin, MyKad 970623-14-5582, applying for the Master of Data Science at Universiti Malaya; my transcript is attached.
        Confidential: Jonathan Ong Kai Wen (matric A0214583N) has been placed on medical leave for bipolar disorder; please do not share this in the lab group chat.
        Reference check note: candidate Priya d/o Ramasamy admitted she was dismissed from her RA job after a harassment complaint filed by a co-worker.
        Scholarship payout failed for FIN G6125873L (Zhang Haoran); his DBS account 120-34781-9 is closed, please ask him to update bank details by 30 April.
        Emergency contact for Lee Jia Hui: father Lee Chong Meng, 42 Jalan SS2/24, 47300 Petaling Jaya, phone 012-338 7419.
        Complaint from student Muhammad Hafiz bin Rosli: his supervisor withheld his RM 2,300 stipend for three months and threatened to fail his viva if he reported it.
    """),
    "mixed": _lines("""
        导师群里转发：新加坡 PhD applicant 陈思敏 (Chen Simin), passport E12873645, email chensimin.sg@outlook.com，想问 NTU 的 RSS 奖学金。
        @全体成员 new RA 何子轩 已入职，WeChat: hzx_2000kk，坐 C403，有 access card 问题可以直接找他。
        T0118462D, Ng Jun Hao, 申请 SMU 金融硕士 scholarship，因为父亲去年破产 family income 急降，附 bankruptcy order 副本。
        复试 zoom 记录：14:20 candidate 苏晓雯 disconnected，她说家里 wifi 不稳，手机 +86 188 1046 2273，已约 15:00 补面。
        Lab WeChat: Ah Seng (Tan Ah Seng) 今天请病假，he tested positive for dengue，明天的 TA 课请 Wei Jie 代一下。
        Visa record: Wong Mei Qi，马来西亚护照 A58213947，MyKad 990308-08-6624，student pass application 已提交，ICA ref ST2025-118473。
        導師 email: Dear 劉博士, I'm 鄭凱文 from 澳門科技大學, 我的成績單和 passport copy 已附上, 聯絡 WhatsApp +853 6628 1475。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一名考研调剂咨询助手，回答要简洁、准确，不编造院校政策。"),
        (
            "user",
            "帮我写一封给导师的调剂邮件，我叫何宇辰，本科郑州轻工业大学，一志愿华南理工计算机初试338分，数学一96，英语一71，手机17739048256，邮箱heyuchen2002@qq.com。",
        ),
        (
            "assistant",
            "尊敬的老师：您好！我是何宇辰，本科就读于郑州轻工业大学，一志愿报考华南理工大学计算机科学与技术，初试总分338分（数学一96、英语一71）。我对您课题组的研究方向很感兴趣，希望能有机会调剂到您门下。成绩单和简历已附上，联系电话17739048256，邮箱heyuchen2002@qq.com。期待您的回复！",
        ),
        ("user", "标题怎么写更容易被老师看到？"),
        (
            "assistant",
            "建议标题把关键信息放前面，例如：【2025调剂】何宇辰-郑州轻工业大学-计算机-初试338分。老师一眼就能看到分数和专业，也方便按关键词检索邮件。",
        ),
    ],
    [
        ("system", "你是高校研究生院的写作助理，帮助用户规范地撰写申诉和举报材料。"),
        (
            "user",
            "我想实名举报我导师，江城理工大学环境学院的杨国栋教授，他把我硕士论文的数据直接署名给了他女儿杨欣怡发论文。我叫冯晓雪，学号2022210387。怎么写才正式？",
        ),
        (
            "assistant",
            "可以按以下结构写：一、举报人信息：冯晓雪，学号2022210387，联系方式；二、被举报人：环境学院杨国栋教授；三、举报事项：未经同意将举报人学位论文数据用于杨欣怡署名的论文；四、证据清单：原始数据文件、实验记录本、投稿时间线对比；五、诉求。建议提交学校学术委员会或科研诚信办公室。",
        ),
        ("user", "证据要不要附我跟他的微信聊天记录？"),
        (
            "assistant",
            "建议附上，但要截取完整上下文并标注日期，不要剪裁关键句。原件保存在手机里，必要时配合调查组当面核对。",
        ),
    ],
    [
        ("system", "你是一個協助香港學生撰寫獎學金申請文件的助理，請用繁體中文回答。"),
        (
            "user",
            "我叫李卓盈，香港身份證 M927461(3)，讀緊港大碩士，因為阿爸上年中風要長期覆診，家庭收入少咗一半，想申請研究生經濟援助，可唔可以幫我寫段陳述？",
        ),
        (
            "assistant",
            "可以，參考如下：本人李卓盈，現就讀香港大學碩士課程。去年家父不幸中風，需長期覆診及復康治療，家庭收入因此減少約一半，本人學費及生活費負擔沉重，懇請 貴處考慮本人之經濟援助申請。建議附上醫生證明及家庭收入證明。",
        ),
        ("user", "身份證號碼要唔要寫喺陳述入面？"),
        (
            "assistant",
            "陳述本身毋須寫身份證號碼，只需在申請表指定欄位填寫即可，以減少個人資料在多份文件中重複出現。",
        ),
    ],
    [
        ("system", "You are an admissions helpdesk assistant for Singapore graduate programmes."),
        (
            "user",
            "Hi, I'm filling the NTU PhD form. My name is Goh Shu Min, NRIC T0231847J. The form asks for a 'secondary ID' — do I put my passport K4418273B there too?",
        ),
        (
            "assistant",
            "For Singapore citizens the NRIC is sufficient; the secondary ID field is meant for applicants without an NRIC or FIN, so you can leave the passport number out unless the form marks it as mandatory.",
        ),
        (
            "user",
            "Also, I had a medical withdrawal in Year 2 because of a spinal surgery. Do I need to explain the gap?",
        ),
        (
            "assistant",
            "A short, factual note in the 'additional information' section is enough, for example that you took a medical leave of one semester and resumed full-time study afterwards. You don't need to disclose diagnosis details unless asked.",
        ),
    ],
    [
        (
            "system",
            "你是“思远考研”机构的客服助手。当前学员档案：姓名 潘一鸣；手机 13956072184；报考 南京大学 085400；已缴费 ¥6,800；备注：已退费申请中，原因 家庭变故（父亲住院）。",
        ),
        ("user", "Hi，帮我查下我的退费进度，我是潘一鸣。"),
        (
            "assistant",
            "潘一鸣您好，系统显示您的退费申请已提交，金额 ¥6,800，目前在财务审核阶段，预计 5-7 个工作日内原路退回。如有变动会短信通知尾号2184的手机。",
        ),
        ("user", "OK 谢谢，我爸还在医院，能不能加急？"),
        (
            "assistant",
            "理解您的情况，已为您备注加急处理并转给财务主管，最晚本周五前会有结果，祝叔叔早日康复。",
        ),
    ],
    [
        (
            "user",
            "帮我总结一下课题组群聊：【罗思涵】我下周做胃镜，组会请假｜【导师】好的，样品交给唐一凡｜【唐一凡】收到，另外我房租押金被房东扣了，周末要去派出所报案｜【导师】注意安全",
        ),
        (
            "assistant",
            "群聊要点：1. 罗思涵下周因做胃镜请假，不参加组会；2. 她的样品交由唐一凡照看；3. 唐一凡周末因房租押金纠纷去派出所报案，导师提醒注意安全。",
        ),
        ("user", "把罗思涵做胃镜这句去掉，改成正式的组会纪要格式。"),
        (
            "assistant",
            "组会纪要（草稿）：一、人员安排：罗思涵下周请假，其实验样品由唐一凡代为照看；二、其他事项：无。备注：个人事务未列入纪要。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk pejabat pengajian siswazah di sebuah universiti di Malaysia.",
        ),
        (
            "user",
            "Saya Nurul Izzati binti Hassan, No. KP 960815-03-5218, pelajar sarjana di UPM. Biasiswa saya belum masuk sejak Februari, akaun Maybank 1620 4418 7391. Boleh bantu tulis e-mel?",
        ),
        (
            "assistant",
            "Tentu. Cadangan e-mel: Tuan/Puan, saya Nurul Izzati binti Hassan (No. KP 960815-03-5218), pelajar sarjana di UPM. Elaun biasiswa saya bagi bulan Februari dan Mac belum dikreditkan ke akaun Maybank 1620 4418 7391. Mohon semakan segera. Sekian, terima kasih.",
        ),
        ("user", "Perlu sertakan slip gaji ayah saya tak?"),
        (
            "assistant",
            "Tidak perlu untuk tuntutan bayaran tertunggak; slip gaji penjaga biasanya hanya diminta semasa permohonan biasiswa berasaskan keperluan.",
        ),
    ],
    [
        ("system", "你是一个 Excel 与数据处理助手。"),
        (
            "user",
            "复试名单表格里身份证那列怎么算年龄？前两行是：邓雨萱,360421199905176411；石浩然,130682200103027226。",
        ),
        (
            "assistant",
            '身份证第7到14位是出生日期，可以用公式 =DATEDIF(TEXT(MID(B2,7,8),"0000-00-00"),TODAY(),"Y")。按这两行计算：邓雨萱 1999年5月17日出生，石浩然 2001年3月2日出生。',
        ),
        ("user", "好，另外导出给外校的时候怎么遮掉身份证？"),
        (
            "assistant",
            '可以新建一列用 =LEFT(B2,6)&REPT("*",8)&RIGHT(B2,4)，导出时只保留这一列，原始列留在本地不外发。',
        ),
    ],
    [
        ("system", "You help professors draft recommendation letters in a professional tone."),
        (
            "user",
            "Draft a short PhD recommendation for my student Lim Zhi Xuan (HKUST MPhil). Be honest: she lost a semester to severe depression in 2023 but came back and published in NeurIPS.",
        ),
        (
            "assistant",
            "Dear Committee, I am pleased to recommend Ms Lim Zhi Xuan, who completed her MPhil under my supervision at HKUST. After a difficult period in 2023, when she took a semester of medical leave, she returned with remarkable focus and first-authored a NeurIPS paper. I recommend her without reservation.",
        ),
        ("user", "Should I name the depression explicitly?"),
        (
            "assistant",
            "Generally no. Health details are hers to share; mentioning a medical leave is enough to explain the gap, and you can ask her whether she wants any more detail included.",
        ),
    ],
    [
        ("system", "你是高校学生资助中心的在线答疑助手。"),
        (
            "user",
            "老师您好，我是2024级硕士生江雨涵，学号 2024120578，学业奖学金一直没到账，我登记的卡是农业银行 6228 4801 2873 6519 072，是不是卡号填错了？",
        ),
        (
            "assistant",
            "江雨涵同学你好，学业奖学金按学校统一造册发放，如果卡号为农业银行6228 4801 2873 6519 072且已激活，一般不会失败。建议先登录资助系统核对卡号和开户名，再查看是否有“退票”记录。",
        ),
        ("user", "系统显示开户名不一致，我的卡是我妈郝秀芳的名字。"),
        (
            "assistant",
            "这就是原因了，奖学金只能发到本人名下的银行卡。请尽快办理本人农行卡，并在资助系统“银行卡变更”中提交，下个批次会补发。",
        ),
    ],
]
