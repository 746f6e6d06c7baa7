# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh153: anime conventions and cosplay clubs (tickets, shoots, recruiting, booths, disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh153
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "漫展票务公告"): _lines("""
        【购票须知】本届星河动漫嘉年华实行实名制购票，每个身份证号限购单日票2张，入场时需出示与购票信息一致的有效证件原件。
        单日票预售价68元，现场票88元；两日联票预售128元，不设现场联票，1.2米以下儿童在监护人陪同下免票。
        因场馆调整，原定8月16日的Day2活动顺延至8月17日，已购Day2门票自动改签，无需任何操作。
        退票规则：开展前7天（含）可在购票平台申请退票，收取票面价20%手续费；开展前7天内不支持退票，可转赠一次。
        票务客服热线 400-820-1530（工作日 10:00-18:00），邮件请发至 ticket@xinghe-acg.cn，来信请注明订单号。
        温馨提示：近期有不法分子冒充主办方以“退票补偿”为由索要银行卡验证码，官方不会私下联系任何观众，请认准官方客服热线。
        订单号 XH20260815-0087312 / 状态：已出票 / 入场方式：电子票二维码 / 检票口：3号门
        场馆地址：广州市海珠区阅江中路380号 3号馆，地铁8号线琶洲站A/B出口步行约5分钟，展期不设社会停车位。
        入场安检禁止携带：金属制道具武器、长度超过1.5米的硬质道具、管制刀具、打火机及易燃喷雾；coser道具请提前到2号门道具检查处贴检签。
        早鸟票将于7月1日中午12:00开售，限量3000张，售完即止；请提前在票务平台完成实名观演人信息添加。
        本次展会不设纸质票，闸机识别电子票二维码+身份证刷证，港澳台及外籍观众请走人工通道出示证件。
        Day1 入场统计：累计检票 41,826 人次，其中 coser 入场 6,312 人次，换装间峰值排队约 40 分钟。
        关于“黄牛加价票”的声明：主办方未授权任何个人或第三方渠道转售门票，通过非官方渠道购票造成的损失由购票人自行承担。
        换装间开放时间 09:00-17:30，男女分区，禁止在换装间内拍照；寄存处每件收费10元，贵重物品请勿寄存。
        发票抬头：广州星河文化传播有限公司 / 税号：91440101MA5CL7Q2X5 / 开票金额：12,800.00元 / 项目：展位服务费
    """),
    ("zh-Hans", "社团招新"): _lines("""
        【招新啦】云梦大学动漫社2026秋季招新！cos部、绘画部、宅舞部、后期部全面纳新，零基础欢迎，报名请扫码关注社团公众号填写问卷。
        招新摆摊时间：9月12日-14日 12:00-17:00，地点：二食堂门口百团大战B区第7号桌，现场有免费拍立得。
        新生答疑群：QQ群 815302746（仅限本校新生，进群请备注学院+年级），群内禁止发广告和收谷代购。
        社团会费每学期30元，用于购买公用化妆套组、假发护理工具和场地布置，收支每月在群公告公示。
        宅舞部本学期排练曲目：《极乐净土》《恋爱循环》《ヒバナ》，每周二、四晚7点在大学生活动中心排练室。
        面试流程：填写报名表→笔试（动漫常识10题，不及格也没关系）→部长面谈5分钟→公布结果。
        报名表模板：姓名：______ 学号：__________ 学院/专业：______ 手机：______ QQ：______ 意向部门：□cos □绘画 □宅舞 □后期
        填写示例：姓名 张三 / 学号 按校园卡填写 / 手机 请填写本人常用号码 / 特长 如会化妆、会剪辑可写上
        社团换届公告：新一届社长、副社长由全体正式社员投票产生，候选人需入社满一年并参与过至少两次大型活动。
        新生常见问题：不会化妆能加cos部吗？能！每月一次妆面教学，化妆品社团提供，自带卸妆用品即可。
        招新数据：今年共收到报名表 214 份，面试 176 人，最终录取 132 人，其中 cos 部 48 人、绘画部 37 人。
        社团活动室在学生活动中心402，钥匙在值班干事处，借用请在群里接龙登记时间段，用完记得关空调。
        招新海报文案：你推的角色，由你来成为。—— 云梦大学动漫社，等你来！
    """),
    ("zh-Hans", "同人摊位申请"): _lines("""
        同人摊位申请须知：每个社团限申请1个标准摊位（1.2m×0.6m），摊位费300元，押金200元于展后7个工作日内原路退回。
        申请材料：社团名称、摊主联系方式、参展物品清单及样图（每类至少1张）、原创/二创说明。
        严禁贩售：盗版周边、未经授权的官方图包、涉及真人的不雅内容、含政治敏感元素的制品；违者取消摊位且押金不退。
        摊位分配结果已公示，摊位号格式为“区号-排号-位号”，例如 C-07-15，请在展前两天于社团后台下载摊主证。
        摊主入场时间为开展当日 07:30-09:00，每个摊位最多3张摊主证，补办摊主证需现场缴纳工本费20元。
        押金退还如遇账户信息错误，请联系摊位组邮箱 booth@yunmeng-doujin.org，邮件标题格式：摊位号+社团名+押金问题。
        摊位 C-07-15 / 社团：星屑工坊 / 品类：亚克力立牌、徽章 / 审核状态：通过 / 缴费流水号 2026072415300218
        审核未通过常见原因：样图分辨率过低、清单与样图不一致、二创作品未标注原作、申请人未满18周岁且未提交监护人同意书。
        如何申请？1. 登录官网“社团服务”；2. 填写表单；3. 上传样图；4. 等待审核（约5个工作日）；5. 通过后缴费。
        谷子定价参考：58mm徽章单枚15-25元，亚克力立牌35-60元，明信片套组10-20元，请勿恶意压价扰乱市场。
        摊位电源申请：每个摊位可额外申请一个220V插座，费用50元，仅限灯具与收银设备，禁止使用电热设备。
        展位平面图 v3.2 已更新：A区为企业展台，B-D区为同人摊位，E区为手作市集，F区为cos舞台与拍照区。
        同人本印量参考：新社团首印建议100-200本，骑马钉32P以内成本约6-9元/本，请理性备货。
    """),
    ("zh-Hans", "约拍问答"): _lines("""
        第一次约拍要注意什么？建议在公共场所见面、提前沟通好成片数量和返图时间、定金比例，最好签一份简单的约拍协议。
        约拍协议一般包括：拍摄日期与地点、拍摄时长、返图数量（精修/直出）、费用与定金、肖像使用范围、违约条款。
        互勉约拍是指摄影师和coser都不收费，成片双方都可以发布，但商用需另行授权。
        想问一下在漫展场馆里拍摄需要向主办方报备吗？个人手持拍摄一般不用，带大型灯架和反光板需要提前申请。
        外景推荐：秋天拍古风可以去植物园银杏大道，拍赛博风可以去夜晚的商业街，注意避开人流高峰。
        后期修图报价参考：单张精修50-150元，调色直出20-30元一张，加急另算。
        摄影师跑单怎么办？保留聊天记录和转账凭证，先协商，协商不成可以走平台投诉，金额不大可以向法院提起小额诉讼。
        未成年coser约拍请务必有监护人陪同，摄影师也应拒绝与未成年人单独外出拍摄。
        胡桃这套服化推荐：假发选渐变棕黑双马尾，帽子要硬挺，梅花元素可以用热缩片自己做。
        新人摄影入门器材：一台全画幅微单+50mm F1.8定焦就够用，漫展室内光线差可以加一个便携LED补光灯。
        如果对方要求你提供身份证照片作为“担保”，请直接拒绝，正规约拍不需要交身份证。
        约拍返图周期一般是7-30天，暑期漫展季可能更长，下单前要问清楚。
        拍摄中如何引导coser摆pose？先研究角色标志性动作，准备参考图，多用语言引导，避免肢体接触。
    """),
    ("zh-Hans", "纠纷与维权科普"): _lines("""
        漫展纠纷曝光帖的正确写法：只陈述事实、附上证据截图，对他人真实姓名、手机号、住址等信息打码，避免侵犯隐私。
        根据《民法典》第一千零三十二条，自然人享有隐私权，任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。
        被“挂”了怎么办？先冷静，收集证据，通过平台申诉删除不实内容，必要时可委托律师发律师函。
        案例科普：一起约拍纠纷中，摄影师未经同意将样片用于商业宣传，法院判决赔偿肖像权损失并公开道歉。
        定金和订金不同：定金适用定金罚则，收受方违约需双倍返还；订金一般视为预付款，可以要求退还。
        漫展现场遭遇偷拍、咸猪手，请立即向最近的工作人员或安保求助，主办方一般设有安全服务台并可调取监控。
        社团财务纠纷多半出在“谁垫付谁报销”没说清，建议用共享表格记账，每笔支出附发票照片。
        平台对“开盒”行为的处理规则：公开他人身份证号、住址、工作单位等信息的内容将被删除，账号视情节封禁。
        谷子拼团跑路的常见套路：低价拼团—收齐款项—以“工厂延期”拖延—最终注销账号，参加拼团请选择有担保的平台。
        投诉渠道：消费纠纷可拨打12315，涉及诈骗请拨打110或通过国家反诈中心App举报。
        关于本社团近期争议的说明：经核实，相关账目已于本月10日全部公示，如有疑问请向社联监督部反映，请勿传播未经证实的信息。
        约拍纠纷调解小贴士：双方各自列出诉求，找共同认可的第三方主持，达成一致后写成书面协议并各执一份。
    """),
    ("zh-Hant", "展會公告"): _lines("""
        【星海動漫祭】本屆場刊預購開放至10月15日止，每本新台幣100元，現場取書請出示訂單編號。
        攤位申請結果已公佈於官網，攤位編號格式如「1館 K12」，社團代表請於活動前一日下午3時至6時辦理報到。
        門票於各大便利商店販售，單日票NT$250，兩日票NT$450，身高未滿110公分孩童免票。
        香港場：會場位於灣仔會議展覽中心5樓展覽廳，入場人士須出示電子門票，Cosplayer請於指定更衣室換裝。
        Coser注意事項：道具長度不得超過180公分，金屬材質道具一律禁止，入場前請至道具檢查處。
        客服專線 (02) 2785-1530，服務時間週一至週五 10:00-18:00；香港查詢請致電 2511 0153（辦公時間）。
        退票說明：活動前14日可申請退票並酌收10%手續費，逾期恕不受理，颱風停班停課時另行公告。
        本屆共有 1,250 個同人社團參展，其中原創社團佔 23%，周邊品項以壓克力立牌及徽章最多。
        攝影守則：拍攝前請先徵得Coser同意，勿拍攝更衣區，勿使用閃光燈直射，勿阻擋通道。
        社團招生：本校動漫研究社歡迎新生加入，社課每週三晚上於學生活動中心二樓，社費一學期新台幣500元。
        本場次發票以雲端發票開立，中獎將以電子郵件通知，購票時請填寫手機條碼載具。
        竈門炭治郎的日輪刀道具建議以PVC管及EVA泡棉製作，重量控制在500公克以內，刀刃不得開鋒。
    """),
    ("en", "convention FAQ"): _lines("""
        Badge pickup opens Friday 10 AM at Hall 4; bring your order confirmation email with the QR code and a photo ID matching the badge name.
        Props policy: no real steel, no functional firearms or realistic replicas, bows must be unstrung, and all props over 6 ft need a peace-bond tag.
        Artist Alley applications close 15 March; tables are allocated partly by juried review and partly by lottery. Fee is SGD 180 per half-table.
        Cosplay is not consent. If anyone harasses you, find a staff member in a red lanyard or call the convention safety line at +65 6338 0153.
        Refund requests must be submitted through the ticketing portal with your order reference (format CF26-XXXXXX) no later than 14 days before the event.
        Photo shoot etiquette: ask before you shoot, don't block walkways, and delete any photo if the cosplayer asks you to.
        How do I price commissions as a first-time prop maker? Track materials plus hours at a modest rate, and add 20% for revisions.
        Order #AX-2026-0419-7733 | 2x Day Pass | Status: Refunded | Refund ref: RF88130572
        Masquerade judging has three divisions (Novice, Journeyman, Master); craftsmanship pre-judging is held on Saturday morning before the show.
        Hayao Miyazaki co-founded Studio Ghibli in 1985; the club's screening night will show Spirited Away and My Neighbor Totoro.
        Volunteer shifts are 4 hours; volunteers receive a free weekend badge after completing two shifts and the safety briefing.
        Our anime club meets every Thursday 7 pm at the student union, room 2.14. Newcomers welcome, no experience needed.
    """),
    ("mixed", "角色与作品讨论"): _lines("""
        流萤的cos里机甲“萨姆”部分建议找道具师做，EVA+3D打印外壳，整套预算大概3000+。
        新海诚新作的取景地已经被圣地巡礼的朋友们摸清了，下次去东京可以顺路打卡。
        初音ミク的生日是8月31日，每年这天社团都会办一个小型应援会，欢迎大家带着葱来。
        刚看完《间谍过家家》剧场版，阿尼亚的表情包太可爱了，下周社团活动想cos约尔一家三口。
        声优花泽香菜出席了今年上海的见面会，签名会限量200人，抽选结果以官方公众号为准。
        庵野秀明执导的《新·哥斯拉》把特摄和政治剧结合得很有意思，社团观影会第三期放这部。
        JOJO第五部 Giorno 的发型很难做，三个卷要用定型喷雾+铁丝，wig 建议买预造型的。
        纳西妲 cos 服大概 300-500 块，假发要选白绿渐变的，耳饰可以用UV胶自己滴。
        手冢治虫被称为“日本漫画之神”，社团读书会本月主题是《火之鸟》。
        Frieren 的法杖 prop 用 PVC 管 + 热缩片就能做，记得两端包海绵避免伤人。
    """),
    ("zh-Hans", "系统日志与配置"): _lines("""
        [2026-08-15 09:02:17] INFO gate=3 scan=ok ticket_id=TK8830152047 type=DAY1 latency=84ms
        ticket_api: { "event_id": "XH2026", "max_per_id": 2, "refund_window_days": 7, "realname_required": true }
        [WARN] booth_upload: file size 12.4MB exceeds limit 10MB, booth=C-07-15, request_id=7f3c9a1e-55b2-4e0d-9c1a-2b8f0e6d4a13
        SELECT booth_no, status FROM booth_application WHERE event_id = 'YM2026' AND status = 'pending' ORDER BY submitted_at;
        手环批次号 WB-2026-08-A-00417，校验 SHA256: 9b1e3f0c5d6a7e8b2c4f1a0d3e5b7c9a1f2e4d6b8a0c2e4f6a8b0d2c4e6f8a0b
        export const PRICE = { day1: 68, day2: 68, bundle: 128, vip: 398 };
        闸机统计 09:00-10:00 通过 8,214 人；10:00-11:00 通过 11,037 人；设备编号 G3-07 故障 12 分钟后恢复。
        二维码内容格式：XH|2026|D1|000812347|a9f3 （活动代码|年份|场次|票序号|校验码）
        快递单号 SF1428807365521 已签收，内容为第二批工作证与手环，请票务组清点后在群里回复数量。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        实名观演人信息：姓名 陈思远，证件类型 居民身份证，证件号 440106199903142736，手机 138 0373 4907，场次 8月15日 Day1。
        退票申请 / 订单号 XH20260815-0091547 / 购票人：刘一鸣 / 联系电话 15948906720 / 原因：学校临时通知补考，无法到场，申请全额退款。
        【挂人】大家避雷摄影“阿泽photo”，真名周泽宇，收了我400定金之后直接拉黑，聊天记录和转账截图见图，广州的coser注意。
        摊主登记表 | 社团：星屑工坊 | 负责人：王诗琪 | 身份证：310115200108221083 | 手机：18603941787 | 押金退款账户：农业银行 6228 4871 0469 9985 639
        失物招领：在3号馆捡到一张学生证，云梦大学 艺术学院 2024级 林可欣，请本人到服务台凭证件领取。
        急救记录 08/16 14:20 F区舞台后 coser 何雨桐（女，19岁）穿全包头套连续表演后中暑晕厥，已送医，联系人为其母，电话 177 0884 3860。
        招新报名：赵梓轩 / 计算机学院 软件工程2班 / 学号 2025310417 / QQ 2837461905 / 意向：后期部
        约拍单：coser 小鹿momo（微信 xiaolu_momo0312）× 摄影 老K，9月20日下午2点 植物园南门集合，互勉，返图20张。
        拼房找室友！8月14-16日 琶洲附近酒店，我是女生，已订好大床房，房费平摊每晚180，有意加V：nuomi_tuanzi88
        社团财务公示附表：副社长 孙浩然 垫付场地费 1,200 元至今未报销，借条照片见附件。
        黑名单通报：经主办方核实，观众 郑凯文（男，身份证尾号1917）于8月15日在换装间外偷拍，已移交警方处理，永久禁止入场。
        工作人员名单 票务组：组长 吴佳怡 139 9527 4994；组员 黄子涵 158 6669 4656、许博文 188 8276 8223。
        未成年参展监护人同意书：本人 徐建国（身份证 510104197803121571）同意女儿 徐子萌（身份证 510107201106050243）参加10月3日漫展cos舞台表演，全程由本人陪同。
        押金没到账：摊位 D-03-22，收款人 马欣怡，建设银行 6217 0088 5933 3699 143，押金200元过了两周还没退，麻烦核查一下。
        曝光一下南湖理工学院动漫社社长李昊然，用社团经费私自买了手办，社员凑的2,300块到现在没给说法。
        收件人：唐梦琪 181-2076-0002 浙江省杭州市西湖区文三路478号 华星公寓3幢1602室（流萤cos服返修件，到付）
        cos舞台剧报名：CN 雾岛 / 真名 宋雨萱 / 20岁 / 身高165 / 出演 钟离 / 过敏史：对乳胶过敏，请勿使用乳胶类胶水。
        志愿者名单：01 范俊辰 男 云梦大学 大二 166 2304 8737；02 彭雅琳 女 云梦大学 大三 187 4858 1993
        「群公告」@全体成员 蒋一帆下周二做阑尾炎手术，本周六漫展他那个摊位由我代看，谷子照常卖，有事私我。
        投诉：8月16日15:10在C-11-04摊位买了两枚徽章，摊主韩露多收了我30元还态度很差，我的手机15087746556，请回电。
        特邀摄影助理行程：SU YIFAN / 护照号 EJ4827153 / 航班 CA1308 8月14日落地白云机场 / 酒店连住3晚，费用由主办方承担。
        港澳通行证：陈嘉豪 C58231974，8月18日赴港参加 Ani-Com 摊位布展，请行政协助订船票。
        布展车辆进场登记：粤A·D58K21，司机 梁振华，手机 130 6987 1688，预计06:40到达2号卸货区。
        中奖名单确认：一等奖（限定手办）获得者 冯晓彤，请于3日内将收件地址发送至官方邮箱，逾期视为放弃。
        10月生日会：曹静怡（10.03）、邓子墨（10.19），蛋糕钱从社费出，记得提前问曹静怡是不是对芒果过敏。
        QQ 1948302756 那个收谷不给钱的“柚子不酸”大家小心，欠我3个吧唧钱75块，催了半个月装死。
        你好，我叫任泽楷，上周日在你们漫展4号馆弄丢了一个黑色双肩包，里面有MacBook和身份证51010720000930215X，麻烦帮忙查下监控，电话135 9096 8907。
        面试记录：候选人 钟雨桐，大一，汉语言文学，自述有轻度社交焦虑，想通过社团锻炼自己；评价：态度认真，建议录取宅舞部。
        支付宝 15278671991（袁*琪）转入 200.00 元，备注：9.27 芙莉莲外景约拍定金。
        【处理公告】经社团核实，成员罗晨阳在9月社团活动中多次对女社员发表骚扰言论，现决定予以除名，相关记录已报校社联。
        舞台报名 | CN：Akira_Cos | 真名：高文博 | 微博：@Akira_Cos_official | 出演：五条悟 | 单人
        您好，我是夏梦瑶（xiamengyao0521@163.com），想申请贵社第十届同人展的原创插画摊位，附件是样图和物品清单。
        广播找人：6岁左右的小女孩朵朵，妈妈贺女士在4号馆服务台等你，家长电话 173 3667 7405。
        购票人 杜雨欣 身份证 320102200211110648 Day2 ×1 已检票 09:47 3号门
    """),
    "zh-Hant": _lines("""
        攤位申請表｜社團名稱：月見草工作室｜負責人：黃詠琪｜香港身份證：K418263(4)｜電話：9134 5827｜電郵：wingkei.wong@gmail.com
        星海動漫祭 志工報名：林怡君 / 身分證字號 A258304718 / 手機 0912-483-605 / 排班：Day1 上午 入場引導
        退票申請：訂單編號 FF43-8827301，購票人陳冠宇，手機 0936 218 447，因確診流感無法出席，附上診斷證明。
        避雷：攝影師許志豪（IG：@hao_shots.tw）收了訂金 NT$1,500 之後一直不交片，已經三個月了，台中的coser小心。
        更衣室遺失物：白色iPhone一部，失主梁芷晴已聯絡，電話 6128 3047，將於週日到服務台領取。
        F129460586 張家豪 男 場刊預購 2本 已付款 宅配
        動漫研究社幹部名單：社長 蔡宜蓁（資工二）、副社長 李柏翰（應外三）、總務 周佳穎（企管二，LINE: jiaying_0815）
        Ani-Com 工作人員保險登記：CHAN Tsz Long / HKID Y905137(4) / DOB 2001-06-12 / 緊急聯絡人：母親 6987 2214
    """),
    "en": _lines("""
        Artist Alley registration | Name: NUR AISYAH BINTI MOHD RIDZUAN | IC: 030825-10-6184 | Phone: 012-738 4491 | Table: AA-112 | Paid via DuitNow
        Volunteer roster: Tan Wei Ling (S9738412F), shift Sat 0900-1300, Hall B entrance, mobile 9123 4876
        heads up, the photographer who ghosted me is marcus lim (ig @marcuslim.frames), still owes me the edited shots from comic fiesta and my $80 deposit
        Incident 14:35 Sat: cosplayer Priya d/o Ramasamy fainted near Stage 2, suspected dehydration, given ORS at first aid, mother contacted at +60 16-552 8093.
        Refund request for order CF26-448120: I'm Kevin Goh Jun Hao and I was charged twice on my Visa 4270 2026 7023 6253, please reverse the duplicate.
        Club membership form - Full name: Rachel Teo Hui Min / NRIC: T0251867D / Course: Computer Science, Year 4 / Telegram: @racheltee_cos / Emergency: 8826 1049 (father)
        Room share for the con: booked under my name Lee Jia Hui, Siti and I split it, booking ref 8837215940, pls PayNow your half ($95) to 9678 3152
        Exhibitor pass for Nguyen Thi Lan (FIN G6184305T), booth D12, Starlight Figures Pte Ltd; she will collect it herself on Friday.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "帮我写个漫展退票申请，我叫刘思雨，订单号 XH20260816-0102238，手机 152 3318 0764，我下周要住院做甲状腺手术去不了了。",
        ),
        (
            "assistant",
            "可以，参考如下：您好，本人刘思雨，订单号 XH20260816-0102238，因需住院手术无法按期参展，特申请退票，附住院通知单，联系电话 15233180764，谢谢。",
        ),
        ("user", "再写得正式一点，加一句希望免收手续费。"),
    ],
    [
        ("system", "你是星河动漫嘉年华的摊位组客服助手，回答要简洁礼貌。"),
        (
            "user",
            "我们摊位 B-04-09 的押金还没退，收款卡是工商银行 6222 0235 4056 7209 293，户名邓嘉琪，麻烦查一下。",
        ),
        (
            "assistant",
            "已记录：摊位 B-04-09，户名邓嘉琪，我们会在2个工作日内核查打款状态并回复您。",
        ),
        ("user", "好的谢谢，卡号没填错吧？"),
    ],
    [
        (
            "user",
            "帮我把招新报名整理成表格：张雨涵 大一 新闻学 18120760002 想进cos部；白俊熙 大二 机械 16623048737 想进后期部；陆可馨 大一 英语 18748581993 想进绘画部。",
        ),
        (
            "assistant",
            "| 姓名 | 年级 | 专业 | 手机 | 意向 | / | 张雨涵 | 大一 | 新闻学 | 18120760002 | cos部 | / | 白俊熙 | 大二 | 机械 | 16623048737 | 后期部 | / | 陆可馨 | 大一 | 英语 | 18748581993 | 绘画部 |",
        ),
    ],
    [
        (
            "user",
            "约好的摄影放我鸽子还不退定金，他叫方俊杰，微信 fjj_lens2020，我想写个挂人帖，怎么写才不违法？",
        ),
        (
            "assistant",
            "建议只陈述事实并附证据，对其真实姓名和微信号做打码处理，同时先通过平台投诉或协商要求退款。",
        ),
        ("user", "那我把方俊杰这三个字打码成方某杰就可以发了吗？"),
    ],
    [
        (
            "user",
            "我要帮室友在票务平台添加实名观演人，她叫钱雅婷，身份证 330106200301170529，这个号码要全部填吗？",
        ),
        (
            "assistant",
            "需要按证件完整填写18位号码，并确认姓名与证件一致，入场时她本人要携带身份证原件。",
        ),
        ("user", "好的，那她手机号 13756208431 可以绑定在我的账号下面吗？"),
    ],
    [
        (
            "user",
            "Can you help me email the volunteer team? I'm Daniel Ong Kai Wen, volunteer ID V-0318, and I can't do my Sunday shift at Hall B because I'm having knee surgery on Friday.",
        ),
        (
            "assistant",
            "Sure: Dear Volunteer Team, I'm Daniel Ong Kai Wen. Due to a scheduled knee surgery I'm unable to attend my Sunday shift. Apologies for the short notice.",
        ),
        ("user", "Also mention they can reach me at 8712 5390 if they need a doctor's memo."),
    ],
    [
        (
            "user",
            "幫我填開拓攤位申請的自介，我叫何佩珊，身分證 B207138645，社團叫雪見燈，賣原創明信片。",
        ),
        (
            "assistant",
            "社團「雪見燈」由何佩珊主理，以原創插畫明信片為主，本屆預計推出兩組新系列。需要我也幫你寫作品說明嗎？",
        ),
        ("user", "好，順便把我的聯絡手機 0958 307 162 加在最後面。"),
    ],
    [
        (
            "user",
            "社团上学期漫展垫的钱，社长石磊一直没还大家，一共欠我和另外两个社员1,860块，帮我写一条催款消息发群里。",
        ),
        (
            "assistant",
            "可以这样写：@石磊 社长你好，上学期漫展大家垫付的1,860元还没结清，麻烦本周内给个还款时间，谢谢。",
        ),
        ("user", "语气再委婉一点，他最近家里出事了。"),
    ],
    [
        (
            "user",
            "有个成都的coser叫林小雨，才16岁，在读高一，想约我下周六去东郊记忆拍外景，我该怎么回复她比较好？",
        ),
        (
            "assistant",
            "既然她未成年，建议你回复时说明需要监护人陪同并获得家长同意，拍摄安排在白天公共场所，避免单独外出。",
        ),
        ("user", "她说她妈妈不同意，但她可以自己偷偷来。"),
    ],
    [
        (
            "user",
            "I'm Muhammad Hafiz bin Azman, IC 990412-14-5237, I paid RM350 for a Comic Fiesta booth but the organiser says my payment didn't go through.",
        ),
        (
            "assistant",
            "Please send them your payment receipt with the transaction reference and your booth application number, and ask them to check against your IC name.",
        ),
        ("user", "ok, and my bank is Maybank, should I give them my account number too?"),
    ],
    [
        (
            "user",
            "帮我写个寻物启事：漫展落下一个奶白色cos包，里面有假发和一张工行卡，失主谢婉清，电话 199 6297 8621。",
        ),
        (
            "assistant",
            "【寻物启事】本周日在漫展遗失奶白色cos包一个，内有假发及银行卡，失主谢婉清，拾到者请联系 19962978621，必有酬谢。",
        ),
    ],
]
