# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh91: 出入境与证件（港澳通行证、护照办理、签注、预约、加急、代办）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "办事指南"): _lines("""
        首次申请往来港澳通行证，须携带本人居民身份证原件，现场采集指纹和人像，无需另交照片。
        2019年4月1日起，内地居民可在全国任一出入境管理窗口申请普通护照、往来港澳通行证及签注，无需回户籍地。
        收费标准：普通护照每本120元；往来港澳通行证（电子）每本60元；赴港澳签注每次15元。
        电子往来港澳通行证有效期：成年人10年，未满16周岁者5年，过期需重新申请，不能延期。
        签注类型说明：L为团队旅游，G为个人旅游，T为探亲，S为商务，Q为逗留，D为其他。
        自助签注机可办理个人旅游签注（G签）再次申请，持电子通行证及身份证即可，约3分钟出签。
        未满16周岁的申请人须由监护人陪同，并提交出生医学证明或户口簿等监护关系证明材料。
        因奔丧、探望危重病人、出境留学开学在即等紧急事由，可申请加急办理，须提供相应证明材料。
        正常办理时限为7个工作日，偏远地区可适当延长至10个工作日；加急一般不超过5个工作日。
        证件可选择EMS邮寄到付，邮费以实际为准，签收时快递员需核验收件人身份证件。
        遗失护照应及时申报挂失，挂失后即使找回原证件也不能再继续使用。
        照片要求：白色背景，近六个月内正面免冠彩色照片，不得佩戴有色眼镜，头部宽度21～24mm。
        登记备案的国家工作人员申请因私出入境证件，须提交所在单位人事部门出具的意见。
        网上预约流程：关注"移民局12367"公众号→在线办理→预约申请→选择受理点与时段→提交。
    """),
    ("zh-Hans", "政策公告"): _lines("""
        自2023年2月6日起，全面恢复受理审批内地居民赴港澳团队旅游和商务签注。
        即日起恢复并扩大深圳户籍居民赴港"一签多行"个人旅游签注，有效期一年，每次停留不超过7天。
        珠海市公安局出入境管理支队：春节期间窗口服务时间调整为9:00-12:00，2月17日起恢复正常。
        据统计，本月全市共受理往来港澳通行证及签注申请87,416件，同比增长12.3%，其中自助签注占比68%。
        横琴口岸实行"合作查验、一次放行"模式，旅客平均通关时间缩短至约20秒。
        关于暂停部分受理点业务的公告：因系统升级，福田区行政服务大厅出入境窗口于12月7日停办一天。
        对于非法代办、虚假宣传"包过""插队加急"等行为，公安机关将依法严厉打击，请群众通过官方渠道办理。
        行政长官李家超对中央恢复并扩大深圳居民赴港"一签多行"政策表示欢迎。
        澳门治安警察局出入境事务厅提示：持中国护照经澳门前往第三地的内地旅客，可过境停留7天。
        国家移民管理局新闻发言人在例行发布会上表示，将继续优化出入境证件"全国通办"服务。
        2025年第三季度全国口岸共查验出入境人员约1.7亿人次，其中港澳台居民约占四成（示例数据）。
        提醒：出入境证件办理不收取任何"加急费"，如有人以此名义收费请拨打12367举报。
    """),
    ("zh-Hans", "代办与论坛"): _lines("""
        【顺达出入境服务】代办各国签证、港澳签注资料预审，护照加急材料指导，咨询热线400-886-1230。
        求助：G签自助机显示"不能办理"，是不是上次L签没有按时回来？有没有人遇到过？
        经验贴：天河区政务中心周三下午人最少，拿号到办完大概40分钟，照片回执记得带。
        避坑！！千万别信某宝100块包加急的，出入境根本不收加急费，急事直接拿证明去窗口。
        2025最新港澳签注攻略｜一签多行怎么办？自助机全流程图解（建议收藏）
        请问护照到期前多久可以换发？还有8个月到期，听说有些国家要求6个月以上有效期。
        代办≠代领，护照和通行证都要本人现场采集指纹，说"不用本人到场"的都是骗子。
        楼上说的是旧版本子通行证，2014年后都是卡式的了，签注写在芯片里，不再贴签。
        周大福旁边那家"旅行证件快照"店拍照35一次，回执直接上传，比政务中心门口便宜。
        中旅社门店可代办团队L签，报团后由旅行社统一报送，一般5个工作日出签。
        有没有深圳的朋友知道，罗湖口岸早上6:30开关后人多不多？周六想去香港买奶粉。
        【维多利亚留学签证工作室】英签材料清单更新：CAS、28天存款证明、TB检测报告。
        价目表：港澳通行证代填表20元；日本单次旅游签399元；申根面签陪同598元起。
    """),
    ("zh-Hans", "系统与代码"): _lines("""
        [2025-11-03 09:14:27] INFO booking-svc: slot released office=GZ-TH-01 window=07 queue_len=23
        预约单号：YY20251203004417，状态：已取消（超时未确认），系统已自动释放号源。
        EMS运单号 1189237746510 已揽收，寄件方：市公安局出入境管理支队，预计3日内送达。
        SELECT count(*) FROM permit_apply WHERE endorse_type IN ('G','T') AND status = 'ISSUED';
        sha256(photo_receipt.jpg) = 9f2c4e71a0b8d35f6e1c77a4b02d98e3c5f1a6b7d8e9f0a1b2c3d4e5f6a7b8c9
        模板：尊敬的{name}，您申请的{doc_type}已制证完成，请于{deadline}前携带本人身份证到{office}领取。
        错误码 E4031：人像比对失败，请重新采集；E4102：签注次数已用尽；E5003：号源不足。
        短信网关 v3.8.2-rc1 (build 20251128.1632)：修复港澳签注到期提醒重复发送的问题。
        字段脱敏规则：身份证号保留前6后4位，中间以*替代；手机号保留前3后4位；姓名仅保留姓氏。
        订单 DB2025112700193 代办费¥260.00 已支付（微信支付交易单号 4200002145202511270391842756）
        通关记录导出格式：CSV，字段 passport_no, entry_time, port_code, direction，编码 UTF-8。
        正则：^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$
        港澳通行证号码规则：电子通行证以字母C开头，后接8位字符，共9位。
        时间戳 1764736492 对应北京时间 2025-12-03 12:34:52，用于自助签注机日志对齐。
    """),
    ("zh-Hant", "香港入境處"): _lines("""
        入境事務處總部已遷往將軍澳寶邑路61號，新總部大樓提供一站式證件服務。
        申請香港特區護照可透過網上、「智方便」流動應用程式或自助服務站遞交。
        入境處一般查詢熱線：(852) 2824 6111；電郵：enquiry@immd.gov.hk。
        「高端人才通行證計劃」推出以來累計收到約十萬宗申請，獲批比率逾八成（示例數字）。
        內地訪客持「一簽多行」簽注，每次在港逗留不得超過7天，請遵守入境條件。
        彌敦道同軒尼詩道一帶有好多旅行社做簽證代辦，收費由港幣300元起。
        羅湖管制站旅客出入境服務時間為每日上午6時30分至午夜12時。
        特區護照收費：32頁護照港幣370元，48頁護照港幣460元。
        兒童身份證持有人須於年滿11歲後換領，年滿18歲後30天內須換領成人身份證。
        孫中山紀念館位於半山衛城道7號，適合喺灣仔辦完證件之後順路參觀。
        喺入境大樓交完表等咗成個鐘先叫到號，大家記得預早網上預約啊。
        如遺失香港身份證，應盡快親身前往人事登記辦事處申請補領，並向警方報失。
    """),
    ("en", "visa & passport FAQ"): _lines("""
        ICA reminds Singapore citizens to ensure their passport has at least six months' validity before travelling.
        The ICA Building at 10 Kallang Road serves walk-in customers only with a prior appointment booked online.
        Malaysian passport fee: RM200 for a 5-year passport; discounted rates apply to senior citizens.
        Enquiries: Hong Kong Immigration Department +852 2824 6111; ICA Contact Centre +65 6391 6100.
        Application ref. APP-2025-11-88431 submitted 03 Dec 2025 14:22 SGT, status: pending document verification.
        Bruce Lee's statue on the Avenue of Stars is a popular stop for Mainland tour groups on an L endorsement.
        Template: Dear <Applicant Name>, your appointment at <Centre> on <Date> at <Time> is confirmed (Booking ID <BookingID>).
        The Mainland e-EEP document number has 9 characters and starts with the letter C.
        Since 9 February 2024, Singapore and China ordinary passport holders can visit each other visa-free for up to 30 days.
        Phileas Fogg went around the world in 80 days without a single visa appointment; good luck doing that today.
        Do not email scans of your passport bio-data page; upload them only through the secure portal.
        Express passport collection is available at UTC counters for applications lodged before 10 a.m.
    """),
    ("zh-Hans", "历史与文学"): _lines("""
        《西游记》第五十四回，女儿国国王在通关文牒上盖了御印，放唐僧师徒西去。
        玄奘于贞观年间西行求法，没有朝廷颁发的"过所"，出玉门关时几经周折。
        郑和七下西洋，船队携带明朝皇帝敕书，沿途与各国互通使节。
        郭嵩焘是清朝首位驻外公使，他的《使西纪程》记录了出洋途中的见闻。
        林则徐纪念馆位于福州市鼓楼区澳门路16号，周一闭馆。
        中山大学国际交流合作处为外籍师生提供签证延期及居留许可咨询。
        邵逸夫楼三楼是学校外事办，负责因公护照和出国审批。
        民国时期的出洋护照多为手写，照片贴于左页，骑缝加盖领事馆钢印。
        1997年香港回归后开始签发香港特区护照，持有人可享受众多国家和地区免签待遇。
        中山市公安局出入境管理支队新办证大厅启用，设自助签注机24台。
        电影《无双》里的假钞集团用伪造护照出入境，情节夸张，现实中过不了边检。
        张骞出使西域，持汉节十三年而不失，被后人视为外交使节的典范。
    """),
    ("mixed", "客服话术"): _lines("""
        亲，护照办理需要本人到场采集指纹哦，我们只能协助预约和填表～
        您好，为保护您的隐私，请不要在聊天窗口直接发送身份证照片，可通过加密上传链接提交。
        加急需要证明材料，比如 offer letter、医院病危通知或者面签预约单，材料齐全才能提交。
        请问您要办的是 G 签还是 T 签呀？探亲签需要亲属关系证明 + 对方香港身份证复印件。
        Hi 亲，港澳通行证续签可以在自助机直接搞掂，唔使 book appointment。
        系统提示"号源已满"的话，建议每天早上 8:00 准时刷新，会放出当天取消的号。
        工作时间周一至周六 9:00-18:00，公司客服微信 shunda_visa_official，热线 020-3812 7766。
        您好，订单 SD-251204-0317 的资料已核对无误，明天上午提交，预计 5-7 个工作日出证。
        如委托我们代领证件，请填写《委托书》并附双方身份证复印件，复印件上注明"仅用于代领"。
        Sorry 久等~ 今日预约人数较多，平均等候约 25 分钟，请留意叫号屏。
        发票抬头可开"广州顺达出入境咨询服务有限公司"，税号 91440106MA5C8K2L7X。
        收到您的反馈后我们会在 48 小时内回复，涉及个人信息的材料请勿在公开评论区发布。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        预约成功！申请人：邓志远，身份证号440305198803142173，预约时间：2025-12-09 10:30-11:00，受理点：南山区出入境服务大厅。
        帮我老婆约个G签，她叫柳思琪，身份证31010419920627482X，手机18917402265
        我妈冯秀琴（110108197509113360）下周要去香港玛丽医院做肝移植配型，能不能加急办签注？
        代办登记：客户 何嘉欣，港澳通行证 CE4829176，T签（探亲，丈夫在港工作），电话 13726648810，代办费260已收。
        儿童护照：卢子墨，2013年4月5日出生，身份证330106201304051247，监护人卢斌 13957120346
        护照邮寄地址：广州市天河区棠东东路御景花园9栋1502房，收件人钟晓岚，电话15920381147
        谢文涛上个月因为欠钱被法院列为失信被执行人，护照申请被驳回了，案号（2024）粤0106执4417号。
        代办费680元，转工商银行 6222024496933544245，户名韩立军，转完截图发我。
        潘雨桐的护照号 EJ3816592，下周二白云机场飞曼谷，帮她把泰国落地签材料提前准备好。
        你好，我是孙美玲的女儿，我妈66岁刚做完乳腺癌手术，这次去新加坡看外孙，护照能加急吗？
        申请表：姓名 王建华；曾用名 王二虎；现住址 武汉市武昌区中南路街水果湖小区3-2-601；身份证 420106198109307152
        我老公杨振宇在澳门银河酒店做荷官，月薪三万五，我办探亲签注要他出工作证明，怎么开？
        被骗了！代办"阿强"拿了我1500说包加急，微信号 aqiang_gangao88，手机13602317759，现在把我拉黑了
        林诗语（350203199702232684）2025-12-01 09:42 经拱北口岸出境，通行证 C82736145，签注G一次有效。
        两地牌 粤Z·E327澳，车主陈志豪，回乡证 H10384726，预约12月12日港珠澳大桥通关。
        麻烦查下进度，受理编号4401062025120300871，申请人黄淑芬，1965年7月18日出生。
        EMS已签收：收件人 蒋*华，电话139****6608，地址 杭州市西湖区古荡新村23幢2单元401（内件：港澳通行证）
        我的日本签证被拒了，因为之前在大阪逾期滞留过40天，我叫邱家豪，护照E68402137，还有机会吗？
        曾伟雄（441302195901056234）糖尿病肾病需每月赴港复诊，申请探亲+其他类多次签注。
        我是2022年从成都迁到深圳的，身份证 510107198612025513 没变，护照需要重新办吗
        外派名单：李浩然（项目经理）EK1029384、周晓雯（会计）EK5538291、吴天佑（司机）EG7760215，下月赴迪拜。
        请假条：本人马晓峰，因赴港处理父亲马德胜的遗产纠纷诉讼，申请事假5天，望批准。
        郭子轩（高二3班）办护照的家长同意书，请家长郭伟签字后扫描发到 guoweiwx1979@163.com
        深圳市宝安区西乡街道龙珠花园B座1208，户主陆振华，家里三个人的通行证都寄这里，快递员请电联13510479926
        姐妹我把护照信息给你了 EA7392016，TANG JIAYI 唐佳怡，2001.03.19，帮我订下周去首尔的机票～
        我要投诉！预约号YY20251203009921，申请人孔德勇，窗口工作人员态度恶劣还把我身份证弄丢了
        居委会备注：王秀兰，83岁，阿尔茨海默症，独居于本社区12栋，其子王海涛已代为保管其护照。
        骆嘉怡，女，身份证440304199005213182，因赴港参加浸会大学硕士入学，申请S签加急。
    """),
    "zh-Hant": _lines("""
        我阿媽黎淑儀 HKID Y482913(A)，七十幾歲行動唔方便，想幫佢預約上門換領身份證。
        申請人：張家俊，香港身份證 K603174(9)，回鄉證 H08273615，手機 9128 4476，申請「港車北上」。
        陳太（李玉珍）住九龍城衙前圍道88號嘉林閣12樓B室，想續領特區護照，電話 6382 1509。
        我老公鄭浩文本護照喺東京唔見咗，佢身份證 R219584(3)，宜家喺領事館補辦緊。
        林怡君，身分證字號 A238471656，台胞證 10482736，預約12月15日於廈門出入境窗口換證。
        黃志明先生（F120937488）申請護照急件，住台北市大安區復興南路二段148巷6號5樓，手機0928-617-402。
        我個仔麥卓軒今年11歲要換身份證，佢有自閉症，可唔可以安排靜啲嘅櫃位？
        何錦輝 M730261(A) 因拖欠信用卡債被頒破產令（HCB 4517/2024），出境前須通知破產管理署。
    """),
    "en": _lines("""
        Hi, I need to renew my passport urgently: Tan Wei Ling, NRIC S8736214J, flying to Shanghai on 18 Dec, mobile 9178 2046.
        Appointment slip: KUMAR S/O RAJENDRAN, FIN G5168342R, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        My daughter Chloe Lim (T0452917G) needs a China visa for her NUS exchange; can you check if she qualifies for visa-free entry?
        Passport renewal: Nurul Aisyah binti Ahmad, MyKad 890612-14-5238, passport A48271659, 2 Jalan SS 15/4C, Subang Jaya.
        Mr Lee Chong Keat (MyKad 750924-07-5113, 012-487 3925) wants an express passport because his mother is in the ICU at Penang General Hospital.
        Sponsor details for the HK visa form: Raymond Ho, HKID Z915037(5), Flat 7C, Block 3, Tai Koo Shing; email raymond.ho.hk88@gmail.com
        Case note: Jasmine Ong (S7219035A) was stopped at Changi due to an outstanding maintenance order in the Family Justice Courts.
        Please refund SGD 180 to card 4367422930284588 (Marcus Yeo); the express passport delivery was cancelled.
    """),
    "mixed": _lines("""
        Kelly 黄嘉琪 嘅 G签 已经 approve 咗，通行证 CB7294016，whatsapp +852 5163 8207 通知佢 collect
        Bro 我 passport 被 hold 咗，因为上年喺澳门赌场借咗 HKD 20万 被人告，我系 Jason 陈俊杰，回乡证 H21937405
        代办群里那个 lulu_visa2019 是刘露露的私人微信，不是公司号，她手机 17820936614
        Pls help book 12/10 10am slot for my mum 苏丽华, ID 440106196507180446, 她有白内障 need wheelchair assist
        我儿子 Ethan 周奕辰 在 UCL 读 MSc，BRP ZR6038271 下个月过期，visa extension 点搞？
        Invoice to Ms. Ng Siew Mei, MyKad 820315-10-5674, No. 18 Jalan Kuchai Maju 6, 58200 Kuala Lumpur：中国签证 express 3 days RM 350
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是顺达出入境服务的在线客服，只负责解答办证流程和代办报价。"),
        ("user", "你好 我想加急办港澳通行证 下周要去香港面试"),
        (
            "assistant",
            "您好！因就业面试等紧急事由可以申请加急，需要提供面试邀请函。请问您在哪个城市办理？",
        ),
        ("user", "深圳福田，我叫骆家明"),
        ("user", "身份证 3301 0219 7802 1426 57，户口还在杭州"),
        ("assistant", "收到，稍后专员会联系您确认材料清单。"),
    ],
    [
        (
            "system",
            "You are a booking assistant for an immigration service hall. Never ask for full ID numbers.",
        ),
        ("user", "帮我妈预约换护照，她坐轮椅的，有没有绿色通道"),
        (
            "assistant",
            "有的，70岁以上老人、孕妇及残障人士可走绿色通道，现场工作人员会协助办理。",
        ),
        (
            "user",
            "好的，她叫汤玉梅，去年中风后右半身瘫痪，住南宁市青秀区荣和新城5栋2单元903，能上门采集指纹吗",
        ),
        ("assistant", "部分城市提供上门服务，建议致电当地出入境服务热线确认。"),
    ],
    [
        ("user", "hi need to renew passport for my son, he's 14"),
        (
            "assistant",
            "You can apply online through the ICA e-Service; a parent needs to give consent.",
        ),
        ("user", "ok his name is Ryan Goh Jun Hao, NRIC T1128406F"),
        ("assistant", "Thanks. You may choose collection at ICA or at a designated centre."),
        ("user", "can deliver to Blk 288C Punggol Place #12-344? we're home after 7pm"),
    ],
    [
        ("user", "想問下點樣幫老豆續領回鄉證"),
        ("assistant", "可以經中旅社網上預約，帶同香港身份證及舊證到分社辦理。"),
        ("user", "佢叫源志強，身份證 P372049(0)，電話 9734 2158"),
        ("assistant", "明白，建議提早預約，旺季要等一至兩星期。"),
        ("user", "仲有佢有柏金遜症，企唔到太耐，可唔可以唔使排隊？"),
    ],
    [
        ("user", "离婚后孩子护照在前夫手里，我能重新给孩子办吗？"),
        (
            "assistant",
            "一般需要先由持证方交回或申报遗失，如有争议可持法院判决书到出入境部门咨询。",
        ),
        (
            "user",
            "孩子叫宋欣然，今年7岁，身份证320102201808160829。前夫宋立群不配合，法院已判孩子归我抚养，案号（2023）苏0102民初5531号",
        ),
        ("assistant", "请携带判决书原件和孩子户口簿到窗口说明情况。"),
    ],
    [
        ("user", "代办费怎么付"),
        ("assistant", "可以对公转账或在门店扫码支付。"),
        ("user", "我没有对公，直接转给你们业务员行吗？"),
        ("assistant", "请以官网公布的收款账户为准，不要转入个人账户。"),
        (
            "user",
            "业务员小周给了我这个卡号 6217006138870612377 建设银行 周海鹏，我已经转了980，是不是被骗了",
        ),
    ],
    [
        ("user", "台胞證到期了，可以在上海換嗎？"),
        ("assistant", "可以，大陸各地公安出入境窗口均可辦理台胞證換發。"),
        ("user", "我是吳佩珊，身分證字號 B273061546，台胞證 08375214"),
        ("user", "住閔行區虹梅路那邊，新證寄到公司也可以，手機 +86 139 1624 7083"),
        ("assistant", "好的，換證需本人到場採集指紋，建議先在線預約。"),
    ],
    [
        ("user", "Boleh saya buat passport ekspres untuk anak saya?"),
        (
            "assistant",
            "Ya, permohonan pasport ekspres boleh dibuat di pejabat Imigresen atau kaunter UTC.",
        ),
        (
            "user",
            "nama dia Muhammad Irfan bin Zulkifli, MyKad 100423-01-1237, kami tinggal Taman Molek Johor Bahru",
        ),
        ("assistant", "Sila bawa MyKid/MyKad anak dan kehadiran ibu atau bapa semasa permohonan."),
    ],
    [
        ("system", "你是旅行社签证专员的助手，帮助整理团队签证资料。"),
        ("user", "下面是日本团名单，帮我排成表格"),
        (
            "user",
            "1. 范志伟 EK2093847 2. 范太太俞晓红 EK2093852 3. 儿子范乐言 EH7712093，联系人电话 13671824405",
        ),
        ("assistant", "好的，已按序号、姓名、护照号、关系整理成三行表格。"),
    ],
    [
        ("user", "I lost my passport in Bangkok, what do I do?"),
        (
            "assistant",
            "Report the loss to the local police first, then apply for a travel document at the Chinese Embassy.",
        ),
        ("user", "ok. name 罗思远 LUO SIYUAN, passport E73920158, DOB 1984-06-12"),
        ("assistant", "Please keep the police report and bring two passport photos."),
        ("user", "embassy said send the forms to my email luosiyuan_0612@qq.com"),
    ],
]
