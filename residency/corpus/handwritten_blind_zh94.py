# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh94: 运动康复与理疗（评估记录、康复计划、预约、医保报销、运动损伤；含港台新马）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "运动损伤科普"): _lines("""
        踝关节扭伤急性期现在更推荐POLICE原则：保护、适当负重、冰敷、加压、抬高，别一味躺着静养。
        前交叉韧带（ACL）损伤多见于急停变向、落地时膝外翻，篮球、足球、滑雪都是高发项目。
        跑者膝（髂胫束综合征）疼痛多在膝外侧，一般跑到3-5公里开始痛，下坡和下楼更明显。
        网球肘≠只有打网球才会得，长期拎重物、敲键盘、抱娃的人都可能中招。
        肩袖损伤的典型表现是“疼痛弧”：手臂外展60°–120°之间疼，超过这个范围反而没那么疼。
        冰敷每次15~20分钟，两次之间隔1-2小时，不要把冰块直接贴在皮肤上，容易冻伤。
        半月板损伤后如果膝关节突然“卡住”（交锁）要及时就医，千万别自己硬掰。
        腘绳肌拉伤复发率在12%–30%之间，离心训练（北欧腿弯举）是目前证据比较充分的预防手段。
        跟腱断裂的Thompson试验：患者俯卧，挤压小腿三头肌，如果足不出现跖屈即为阳性。
        运动后延迟性肌肉酸痛（DOMS）一般在24–72小时达到高峰，跟“乳酸堆积”其实关系不大。
        足底筋膜炎最典型的是早上下床第一步最痛，可以先在床上用毛巾拉伸足底和小腿再下地。
        胫骨结节骨骺炎（Osgood-Schlatter病）多见于10–15岁爱运动的青少年，大多数会随骨骺闭合自愈。
        肌内效贴（KT贴）的疗效证据有限，更多是本体感觉提示，别指望贴两条就能治好韧带损伤。
        急性下腰痛卧床不建议超过2天，尽早恢复日常活动的人预后反而更好。
    """),
    ("zh-Hans", "康复方案与评估模板"): _lines("""
        【ACL重建术后康复 第一阶段（0–2周）】目标：控制肿胀，伸直0°，屈曲≥90°；训练：踝泵 3组×20次/日，直腿抬高（SLR）3×10。
        第二阶段（3–6周）：逐步脱拐，以闭链训练为主（靠墙静蹲0–45°、迷你深蹲），禁止0–45°范围内的开链伸膝。
        重返运动（RTS）标准：LSI≥90%（等速肌力、单腿跳测试），Tampa恐动量表<37分，ACL-RSI≥65分。
        患者姓名：________ 性别：□男 □女 年龄：____ 诊断：________________ 主诉：________________
        疼痛评分（VAS）：0 1 2 3 4 5 6 7 8 9 10（请圈选）  发作时间：□晨起 □活动后 □夜间
        关节活动度（ROM）：膝屈曲 主动__°/被动__°；伸直 主动__°/被动__°；参考值：屈曲0–135°。
        MMT徒手肌力分级：0级无收缩；1级有收缩无运动；2级去重力全范围；3级抗重力；4级抗部分阻力；5级正常。
        Lysholm膝关节评分满分100分：≥95优，84–94良，65–83可，<65差。
        康复计划模板变量：{{patient_name}} / {{surgery_date}} / {{phase}} / {{next_visit}}，模板库里不要保存任何真实患者信息。
        肩袖修补术后6周内禁止主动外旋超过30°，患侧负重不超过0.5kg，吊带戴到术后4周。
        治疗记录按SOAP写：S主观（主诉）、O客观（评估数据）、A分析（治疗师判断）、P计划（下一步安排）。
        踝扭伤回归跑步前自查：单腿提踵≥25次，Y平衡测试前伸距离双侧差<4cm，单腿跳10次无痛。
        家庭训练单：臀桥 3×15，蚌式开合 3×20/侧，侧桥 3×30s；出现锐痛立即停止并联系你的治疗师。
    """),
    ("zh-Hans", "预约与机构通知"): _lines("""
        【XX运动康复】您预约的12月8日（周一）14:30评估已确认，请提前10分钟到店，穿宽松运动裤。退订回T
        温馨提示：本中心周日及法定节假日不接受初诊预约，复诊患者可在小程序“康复预约”里自助改期。
        客服热线 400-886-3120（9:00–21:00），如遇急症请直接拨打120。
        北京大学第三医院运动医学科门诊在海淀区花园北路49号，挂号请走医院官方App。
        预约单号 YY20251206-0392，项目：体外冲击波治疗（3次疗程），单价¥280/次，已支付¥840。
        因设备年检，等速肌力测试仪（Biodex System 4）12月10日–12日暂停使用，已预约的我们会逐一电话改约。
        复诊请携带：医保卡/电子医保凭证、既往影像资料（MRI片子或光盘）、上次的康复评估表。
        邵逸夫医院康复医学科物理治疗室已搬至庆春院区5号楼2楼，原场地即日起停止接诊。
        团体课【核心稳定·进阶】每周二、四 19:00–20:00，每班限8人，由持证运动康复师带课。
        停车说明：中心地下车库前2小时免费，离场前到前台扫码核销，超时每小时10元。
        取消预约请至少提前24小时，否则扣除50%定金；连续2次爽约将暂停线上预约权限30天。
        运单 SF1382094471653 已由顺丰揽收，内含铰链式膝关节支具（M码）1件，预计明天送达。
        元旦假期（1月1日–1月3日）门诊暂停，1月4日（周日）正常上班，祝大家新年少伤多练！
    """),
    ("zh-Hans", "医保与报销政策"): _lines("""
        按本市规定，纳入医保支付范围的医疗康复项目共29项，包括运动疗法、偏瘫肢体综合训练、关节松动训练等。
        职工医保门诊统筹起付线1800元，起付线以上在职报销70%、退休85%，年度最高支付限额2万元。
        运动疗法（项目编码340200001）每日限计费1次，单次治疗时间不少于30分钟。
        体外冲击波、肌内效贴布、普拉提器械训练属于医保目录外项目，需要全部自费。
        异地就医直接结算需先在国家医保服务平台App或参保地经办机构办理备案。
        商业补充医疗险理赔材料：理赔申请书、门诊病历、费用明细清单、发票原件（或电子发票）、收款银行卡信息。
        医保服务热线12393，可咨询参保缴费、异地备案、待遇报销等问题。
        2024年全国基本医疗保险参保人数约13.26亿人，参保率稳定在95%左右。
        电子发票号码 25442000000088931562，金额¥1,260.00，销售方：深圳某某运动医学门诊部有限公司。
        康复医疗“按床日付费”试点：稳定期床日费用标准每日420元，超出部分由定点医院自行承担。
        因工受伤的康复费用由工伤保险基金支付，需凭工伤认定决定书到协议康复机构就诊。
        职工医保个人账户可家庭共济，用于支付配偶、父母、子女在定点医药机构发生的自付费用。
        报销进度查询：“XX医保”小程序 → 我的 → 报销记录，输入受理编号（格式如BX2025xxxxxxxx）即可。
    """),
    ("zh-Hans", "公众人物与文化"): _lines("""
        2008年北京奥运会，刘翔因跟腱伤退出110米栏比赛，那一幕让“跟腱”这个词第一次被大众熟知。
        姚明职业生涯后期饱受左脚舟骨应力性骨折困扰，2011年宣布退役。
        李娜在2014年因膝伤宣布退役，职业生涯中她接受过多次膝关节手术。
        科比2013年跟腱断裂后坚持罚完两个罚球才下场，这段视频现在还经常被用来做跟腱断裂科普。
        华佗创编的“五禽戏”模仿虎、鹿、熊、猿、鸟的动作，被认为是中国最早的成套医疗体操之一。
        《灌篮高手》结尾，樱木花道在对山王工业一战中背部受伤，最后在海边的康复中心做康复训练。
        李宁体育园游泳馆本周六闭馆维护，羽毛球馆正常开放。
        孙逸仙纪念医院运动医学科开设“跑者门诊”，每周三下午出诊。
        陈中伟院士1963年完成世界首例断肢再植手术，被誉为“断肢再植之父”。
        中国宋庆龄基金会的助残公益项目今年资助了一批社区康复站的器材更新。
        中山路上的乔丹体育专卖店搞活动，护膝、护踝买二送一。
        电影《摔跤吧！爸爸》里马哈维亚给女儿设计的那些体能训练，放到今天的运动康复里不少动作依然适用。
        朱婷在东京奥运会期间带着手腕伤出战，赛后她在采访中公开谈到了伤病的影响。
    """),
    ("zh-Hant", "港台復康資訊"): _lines("""
        麥理浩復康院位於香港薄扶林大口環道7號，主要提供骨科及脊髓損傷病人的住院復康服務。
        私家物理治療一般毋須醫生轉介，但如需申請保險索償，保險公司多數要求附上註冊醫生轉介信。
        本中心接受長者醫療券付款，65歲或以上合資格長者適用，使用前請帶備身份證明文件正本。
        預約熱線：3188 2266（星期一至六 9am–7pm），WhatsApp查詢請按官網連結。
        常見運動創傷：足踝扭傷、前十字韌帶撕裂、肩袖撕裂、網球肘、跑步膝。
        全民健保物理治療依處置難易度分為簡單、中度、複雜三級，門診另需依規定繳交部分負擔。
        臺大醫院復健部門診週一至週五開診，初診請攜帶健保卡，轉診單可減少部分負擔。
        八號或以上颱風信號或黑色暴雨警告生效期間，所有物理治療預約暫停，毋須另行通知。
        收據編號 RC-2512-004417　治療項目：超聲波＋手法治療　金額 HK$850　已繳
        物理治療師在香港屬法定註冊專業，市民可於輔助醫療業管理局網站查閱註冊名冊。
        本院病人資料只可作治療用途，職員不得以任何形式將病歷帶離院舍或上載至個人雲端。
        長庚紀念醫院運動醫學中心舉辦「跑者膝痛」衛教講座，免費入場，名額120位，額滿為止。
    """),
    ("en", "新马诊所与保险"): _lines("""
        Tan Tock Seng Hospital is at 11 Jalan Tan Tock Seng, Singapore 308433; for sports physio please get a referral from a polyclinic or GP first.
        Q: Can I use MediSave for my sports physio sessions? A: Usually not — please check with our front desk before you book.
        Please bring your CHAS card if you have one; subsidy amounts depend on your card tier.
        Hi {first_name}, your physio session is on {date} at {time}. Reply Y to confirm or N to reschedule.
        Hotline 6100 7788 (Mon–Sat 8.30am–6pm). For medical emergencies call 995.
        PERKESO's Tun Abdul Razak Rehabilitation Centre in Melaka provides physical and vocational rehab for insured workers.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        Invoice INV-SG-2025-118372 | Sports massage 60 min | S$120.00 | GST 9% S$10.80 | Total S$130.80
        Ankle sprain grading: Grade I = ligament stretch, Grade II = partial tear, Grade III = complete rupture of the ATFL/CFL.
        Our online booking system (v3.8.2) will be down for maintenance on 14 Dec, 02:00–04:00 SGT.
        Staff reminder: never WhatsApp photos of patients' scans or IC cards to personal phones, upload them to the clinic EMR only.
    """),
    ("zh-Hans", "系统与数据"): _lines("""
        GET /api/v2/rehab/plans?status=active&page=1&size=20 返回字段：plan_id、phase、start_date、therapist_id（均为内部编码）。
        2025-12-05T09:14:22.381+08:00 INFO [booking-svc] slot released: room=PT-03 slot_id=88213 reason=TIMEOUT
        脱敏规则：姓名只保留姓氏，其余用*替换；手机号保留前3后4；身份证号只保留前6位地区码。
        sha256(rehab_export_20251204.csv) = 9f2c4e71b0a8d3e6c5f1a7b2e904d83c16f7a0e5b9d2c4f8e1a3b7c6d5e4f2a1
        字段说明：id_card（varchar 18）患者身份证号，入库前须SM4加密；mobile（varchar 11）只存哈希值。
        RehabPro 5.2.1（build 20251128-a3f9c1e）更新：修复评估表打印时ROM数值错位的问题。
        统一社会信用代码：91440300MA5G8Q2R7K（深圳某运动康复科技有限公司）
        SELECT clinic_id, COUNT(*) AS visits FROM appointments WHERE visit_date >= '2025-11-01' GROUP BY clinic_id;
        联调请用测试账号 test_user_01，手机号填系统保留号 13800000000，不会真实下发短信。
        本月共完成康复评估1,284人次，同比增长18.6%；平均每疗程治疗7.3次，患者满意度96.2%。
        错误码E4012：医保结算接口超时，请稍后重试，或改为自费结算后线下报销。
        导出训练数据前请先跑脱敏脚本，再人工抽检200条，确认不含姓名、电话、证件号、住址等个人信息。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        初评记录：宋嘉豪，男，27岁，业余篮球，11/22落地时右膝外翻扭伤，MRI示ACL完全断裂伴外侧半月板后角撕裂，拟12/10行关节镜下重建。
        麻烦把我周四下午3点的手法治疗改到周六上午，我是孟晓婷，电话13917248865
        医保报销申请人：韦振东  身份证号：440305198806142734  参保地：深圳市南山区  申请金额：3,416.50元
        理赔款请打到农行卡 6228 4800 1231 8744，户名邵嘉怡，是我本人的卡哈
        上门康复地址：成都市武侯区玉林南路12号附2号3单元502，患者冯桂兰，82岁，髋关节置换术后第3周，需助行器。
        汪老师您好，我是初二(3)班周子墨的妈妈，孩子体育课跳马摔伤左腕，医生说是桡骨远端骨骺骨折，这学期体育课想申请免修。
        误工费计算：受害人鲁文斌，某物流公司仓管员，月工资7,800元，伤后休养4个月，误工损失合计31,200元。
        （2025）浙0106民初8817号，原告龚晓东诉杭州某健身有限公司人身损害赔偿纠纷，原告在私教课中腰椎受伤，主张医疗费、康复费共计6.3万元。
        评估报告麻烦发我邮箱 lin.shuyao88@163.com，我是上周做肩袖评估的林舒瑶。
        加我微信 tangyue_0825，我叫唐悦，跑全马把髂胫束跑伤了，想约个线上评估
        患者易鸿飞（身份证430104********3519）门诊诊断：双侧髌腱炎；既往抑郁症病史，目前服用舍曲林。
        我们队门将廖子轩（南山区业余联赛蓝鲸FC 1号）半月板撕裂了，这赛季基本报销
        康复中心会员方建华的车 粤B·7K3Q2 停在消防通道，请车主尽快到前台挪车。
        妈，你的膝盖复查我约好了，12月9号上午9点积水潭医院运动医学科，身份证号370202196408155626我已经替你填了，记得带医保卡。
        阮志强 15827364190 会员卡VIP0032817 剩余私教课12节，腰椎滑脱，禁做负重深蹲
        患者：柏雨桐 女 16岁 青少年特发性脊柱侧弯 Cobb角28°，建议支具+施罗斯训练；家长：柏建军 13605719834
        工伤康复申请：欧阳明慧，身份证420106198511223344，武汉某建筑劳务公司，2025年10月15日从脚手架跌落致L1椎体压缩性骨折。
        叶思琪护照号E62817395，下个月去曼谷打比赛，需要出一份英文版的踝关节康复证明。
        学员档案：祝海洋，出生日期1996-03-14，身高178cm体重82kg，既往右肩盂唇损伤（SLAP II型），2023年手术。
        发票抬头个人：石佳慧，寄到 南京市鼓楼区汉中门大街145号清凉山小区7幢1102，电话 15951863027
        退款原路退回即可：建行卡6217000388120475，持卡人戚鹏，退款原因：疗程没做完，搬去外地了。
        急诊刚送来那个骑车摔的小伙叫卜文涛，21岁，锁骨中段骨折，他女朋友在外面，电话18671203394
        曹丽君，住滨江区闻涛路那个小区，孕24周，L4/5腰椎间盘突出，不能做牵引和短波，手机尾号7731。
        体测报告_吕天宇_20251201.pdf：受测者吕天宇，45岁，体脂率31.2%，血压158/96mmHg，建议先去心内科就诊再开始训练。
        老爷子谷振华今年79，脑梗后右侧偏瘫两年，住青岛市市南区香港中路那边的海信花园3号楼2单元601，想请康复师每周上门两次。
        您好我是雷蕾，我老公晏志斌上周打羽毛球跟腱断了，在市一医院做的手术，住院号ZY2025118823，现在想转到你们这做术后康复。
        报销资料已收｜姓名 滕佩瑶｜女｜出生 2001-05-11｜身份证 330106200105110027｜诊断：右踝距腓前韧带损伤｜发票4张｜合计¥2,185.00
        邱师傅 139 2287 6604，开出租的，久坐坐骨神经痛，只能约晚上8点以后的号
        苏州的包立新先生，身份证320508199902184536，健身房硬拉闪了腰，要我们出诊断证明给保险公司理赔。
        治疗师交班：3床的孔德明今天VAS从6降到3，但他说最近又开始失眠、想轻生，已通知家属和心理科。
    """),
    "zh-Hant": _lines("""
        黃家俊先生，HKID Y572194(4)，手提 9638 2214，右肩冰凍肩，骨科轉介物理治療，首次評估12月11日。
        病人：何詠詩，女，52歲，住址：九龍何文田愛民邨嘉民樓1802室，雙膝退化，需安排家訪物理治療。
        郭志明（K386205(4)）左膝前十字韌帶重建術後第8週，ROM 0–125°，可以開始慢跑。
        林佩君，身分證字號A228169354，羽球比賽扭傷左踝，申請旅平險理賠，附診斷證明書。
        張家豪先生 F125384076 預約12/15 14:00復健科震波治療，聯絡電話0928-617-354
        陳太個女Ashley今年10歲，打籃球撞親個頭有輕微腦震盪，兩個星期唔好做運動，有事打陳太6217 4439
        收據抬頭：梁志偉，保單號碼HKMP-02938471，手法治療6次共HK$4,800，申請門診保險賠償。
        杜偉樂 Z664812(7)，地盤工人，開工時跌落棚架致腰椎骨折，現正向勞工處申請僱員補償。
        我個女蔡芷晴讀緊中三，田徑隊練跳遠扭親腳，想約星期六睇物理治療，我電話9471 3358
        吳俊賢，台北市大安區和平東路二段134巷8號3樓，膝關節置換術後居家復健，每週二、五到宅。
    """),
    "en": _lines("""
        Patient: Tan Wei Ming, NRIC S8823517G, DOB 12/03/1988, Grade II L ATFL sprain, contact 9127 4583.
        Hi, this is Priya Nair, my son Arjun (12) fractured his wrist during school CCA, can we book physio for Saturday? My number is 8234 5619
        Nurul Aisyah binti Rahman, MyKad 920718-10-6284, PERKESO physio claim after a fall at work; address No. 23, Jalan SS 2/55, 47300 Petaling Jaya, Selangor.
        FIN G5521983X, Rajesh Kumar, work permit holder, crush injury to right hand on site, WICA claim filed by employer on 2 Dec.
        pls email the invoice to jasmine.koh.88@gmail.com, mailing address Blk 456 Ang Mo Kio Ave 10 #08-1234 S560456 (Jasmine Koh)
        Lee Chong Kit (890412-14-5527), HP 012-348 7716, ACL recon 3 months ago, wants to go back to futsal, requesting RTS testing.
        Chloe Lim Xin Yi, NRIC T0314862E, 22, school netball team, complete ACL tear on the right knee, surgery scheduled at KTPH next week.
        Payout to Maybank a/c 1140 2235 8876, account holder Muhammad Hafiz bin Osman, sports injury claim ref CLM-88123.
        Reminder for Mr Goh Boon Huat (HP 9761 0348): your shockwave session for plantar fasciitis has moved to Thu 11 Dec, 5pm.
        Wong Mei Ling's MRI shows a full-thickness supraspinatus tear; she's also 5 months pregnant so we're holding off on steroid injections.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是某运动康复中心的预约助手，帮助用户预约评估并解答常见问题。"),
        ("user", "膝盖前交叉韧带重建完多久可以开始康复？"),
        ("assistant", "一般术后第1天就可以开始踝泵、股四头肌等长收缩，具体以主刀医生医嘱为准。"),
        ("user", "那帮我约个评估吧，现在术后第5天"),
        ("assistant", "好的，请提供姓名和联系电话。"),
        ("user", "魏子健"),
        ("user", "电话17708215563，工作日下午都有空"),
    ],
    [
        ("user", "异地医保报销康复费用要准备什么？"),
        ("assistant", "通常需要医保电子凭证、门诊病历、费用明细和发票，异地就医还需先备案。"),
        ("user", "我是付秀英，身份证5101071975"),
        ("user", "09231867，能帮我看看备案了没"),
        ("assistant", "抱歉，我无法直接查询备案状态，建议在国家医保服务平台App中查看。"),
    ],
    [
        ("system", "You are a booking assistant for a sports physiotherapy clinic in Singapore."),
        ("user", "Hi, I rolled my ankle playing futsal last night, it's quite swollen"),
        (
            "assistant",
            "Sorry to hear that. Can you walk on it? If you can't take 4 steps, please see a doctor for an X-ray first.",
        ),
        ("user", "I can walk but it hurts. Can I book tomorrow?"),
        ("assistant", "Sure, I'll need your full name, NRIC and mobile number for registration."),
        ("user", "Marcus Teo Jun Hao, S7714290H, 9183 0652"),
    ],
    [
        ("user", "想問下你哋有冇家訪物理治療？"),
        ("assistant", "有的，我哋提供港九新界家訪服務，請問病人情況點樣？"),
        ("user", "我阿爸中風之後左邊手腳冇力，行唔到樓梯"),
        ("assistant", "明白，請提供病人姓名、地址同聯絡電話，我哋安排治療師上門評估。"),
        (
            "user",
            "佢叫鄭國強，身份證P901337(0)，住沙田瀝源邨福海樓1203室，打我電話6538 1127搵我（個仔鄭家朗）",
        ),
    ],
    [
        ("user", "请问学生体育课受伤，学平险能报康复费用吗？"),
        ("assistant", "一般意外医疗责任可以报销，但康复理疗是否在保障范围内需要看具体条款。"),
        ("user", "我是体育老师，班上学生韩一诺昨天跳高落地膝盖扭了，现在肿得厉害"),
        ("user", "家长韩峰电话13770356218，我先把情况记一下，回头让家长跟你们联系"),
        ("assistant", "好的，建议先到医院骨科或运动医学科就诊，保留病历和发票。"),
    ],
    [
        ("system", "你是康复门诊的退费客服。"),
        ("user", "我想退剩下的4次冲击波疗程"),
        ("assistant", "可以的，剩余疗程按原价退还，请提供订单号和收款信息。"),
        ("user", "订单号 YY20251103-1177"),
        ("user", "退到招行卡 6225880199647331，户名 殷晓岚"),
        ("assistant", "已提交，预计3-5个工作日到账。"),
    ],
    [
        ("user", "Hi, is physio for work injury covered by PERKESO?"),
        (
            "assistant",
            "Yes, if the injury is an approved employment injury claim, rehab at panel centres is usually covered.",
        ),
        ("user", "ok. My details: Azlan bin Ismail, IC 850930-01-5813"),
        (
            "user",
            "I slipped at the factory in Pasir Gudang, L5 disc prolapse, my HP is 017-762 4108",
        ),
        ("assistant", "Thank you, we'll call you to arrange your first assessment."),
    ],
    [
        ("system", "你是企业HR助手，协助处理员工工伤与康复事务。"),
        ("user", "帮我写个工伤康复进度的邮件，发给分管领导"),
        ("assistant", "好的，请提供员工信息和目前康复情况。"),
        (
            "user",
            "仓储部叉车司机马骏，工号WH-2207，11月3日卸货时右手被压，掌骨骨折，现在手功能康复第4周，握力只有健侧的40%，预计还要休2个月",
        ),
        ("assistant", "收到，我来起草邮件。"),
    ],
    [
        ("user", "請問健保的物理治療一週可以做幾次？"),
        ("assistant", "依醫師處方而定，一般門診復健每次需部分負擔，次數由醫師評估。"),
        ("user", "好的，我要幫我媽預約，她叫許美華"),
        ("user", "身分證B210433757，電話0935-228-417，五十肩右邊，晚上痛到睡不著"),
        ("assistant", "已為您預約本週四上午10點復健科門診。"),
    ],
    [
        ("system", "你是保险公司理赔助手。"),
        ("user", "运动损伤住院的理赔材料发哪个邮箱？"),
        ("assistant", "请通过官方App上传材料，或发送至理赔专用邮箱，邮件标题注明保单号。"),
        (
            "user",
            "我的保单号PA2025330088142，被保险人聂宇航，滑雪时左胫骨平台骨折，在崇礼住了9天院",
        ),
        ("user", "结果通知发我邮箱 nieyuhang_ski@126.com"),
        ("assistant", "已记录，理赔审核结果会以邮件和短信方式通知您。"),
    ],
]
