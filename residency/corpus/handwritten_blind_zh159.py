# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh159: pet hospitals and pet insurance (visits, surgery consent, claims, disputes, owner groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "诊疗须知与护理科普"): _lines("""
        犬猫绝育术前需禁食8-12小时、禁水4小时，幼龄动物请遵医嘱缩短禁食时间。
        猫咪术后请佩戴伊丽莎白圈至少10天，拆线前避免洗澡，伤口出现渗液请及时复诊。
        犬细小病毒潜伏期一般为3-7天，典型症状为呕吐、血便和精神沉郁，疫苗未打完前请勿带幼犬去人多的草坪。
        狂犬疫苗首免建议在3月龄后，之后每年加强一次；办理犬证时需提供有效免疫证明。
        问：猫咪吐毛球一周两三次正常吗？答：偶发属于正常，但若频繁呕吐伴食欲下降，建议做血常规和腹部B超排查。
        慢性肾病（CKD）猫咪建议每3-6个月复查一次SDMA、肌酐和尿比重，并改用处方肾脏粮。
        本院麻醉前常规检查包括血常规、生化十五项、凝血和心脏听诊，8岁以上老年犬猫加做心脏超声。
        法斗、英斗等短头犬种夏季易中暑，室温超过28℃请减少外出，发现喘息急促、舌色发紫立即送医。
        术后72小时内出现持续呕吐、伤口红肿发热或精神萎靡，请拨打本院24小时急诊电话 021-5896 3300。
        猫传腹（FIP）目前常用GS-441524类药物治疗，疗程一般为84天，用药期间需定期监测肝肾指标。
        口腔洁牙需全身麻醉，术前请提供近三个月内的血检报告；有心脏杂音的宠物需先由心内科评估。
        住院探视时间为每日14:00-16:00，每只住院宠物每次限两位家属进入，探视前请在前台登记。
        误食巧克力、葡萄、木糖醇、百合花对犬猫均可能致命，误食后2小时内催吐效果最佳，切勿自行灌盐水催吐。
        宠物输血前必须进行血型鉴定和交叉配血，猫的A/B血型不相容可能导致致命的溶血反应。
    """),
    ("zh-Hans", "宠物保险条款与理赔说明"): _lines("""
        本产品等待期为30天，等待期内发生的疾病不予赔付；意外伤害无等待期。
        投保条件：犬猫年龄须在60天至10周岁之间，已完成当年度疫苗免疫并植入电子芯片。
        理赔所需材料：病历、费用明细清单、发票原件或电子发票、宠物正面照及芯片扫描截图。
        以下情形属于责任免除：既往症、先天性及遗传性疾病、绝育、洁牙、美容及常规疫苗费用。
        单次就诊免赔额为200元，免赔额以上部分按70%比例赔付，年度累计赔付上限为2万元。
        保单号格式说明：PET + 投保日期(8位) + 8位流水号，例如 PET2025110300874516，请以电子保单为准。
        众安宠物医疗险客服热线 1010-9955，服务时间 9:00-21:00，节假日不休。
        中国人保财险全国服务热线 95518，报案时请准备好保单号、就诊医院名称和就诊日期。
        若被保险宠物在保险期间内死亡，本合同终止，保险人按日比例退还未满期净保费。
        同一疾病在保险期间内多次就诊的，各次就诊分别计算免赔额，但本合同另有约定的除外。
        理赔审核结论：案件号 LP-20251118-000437，就诊发生在等待期第12天，依据条款第七条不予赔付。
        续保提示：保单到期前30天系统将自动发送续保短信，如不续保无需操作，保障于到期日24时终止。
        直付合作医院名单每季度更新一次，目前覆盖北京、上海、广州、深圳、杭州、成都等32个城市的480余家门店。
        2024年国内宠物保险渗透率仍不足2%，与英国、瑞典等成熟市场相比差距明显。
    """),
    ("zh-Hans", "医院系统日志与单据"): _lines("""
        [2025-11-03 09:14:27] INFO appointment.create id=APT20251103-0157 dept=外科 slot=10:30 status=CONFIRMED
        [2025-11-03 10:02:51] WARN inventory.low sku=VAC-RAB-NOBI-10 name=狂犬疫苗 stock=6 threshold=10
        处方单号 RX-2511-008842 | 药品：阿莫西林克拉维酸钾片 62.5mg × 14 | 用法：每日两次，每次1片，随餐
        电子发票 发票号码 25317000000184527311 开票日期 2025-11-02 价税合计 ¥1,386.00 销售方 上海瑞宠动物医院有限公司
        化验单 LAB-240915-0331 | 物种：猫 | 品种：英短 | 年龄：6岁 | BUN 18.2 mmol/L ↑ | CREA 265 μmol/L ↑ | SDMA 22 μg/dL ↑
        住院费用明细：住院费 180元/天 × 5天；静脉输液 120元/次 × 5；血气分析 260元；合计 1,760元
        兽药批准文号 兽药字(2022)090561038，生产批号 20240817，有效期至 2026-08
        git commit: fix(billing): 修复理赔直付订单 ORD-20251104-77213 重复推送导致金额双计的问题 (#482)
        顺丰单号 SF1487723905614 已签收：病理切片外送检测，预计3个工作日出报告
        设备维护记录：DR数字X光机 型号 VetRay-D3 序列号 VR3D-2207-1184，2025-10-28 完成年度校准。
        叫号屏：请 A037 号到 3 号诊室就诊，B012 号请到注射室，C005 号请到影像室。
        药房盘点差异报告：美洛昔康注射液 账面 24 支，实盘 23 支，差异 -1，已提交药房主管复核。
        SELECT clinic_id, COUNT(*) AS visits FROM visit WHERE visit_date >= '2025-10-01' GROUP BY clinic_id ORDER BY visits DESC;
        排班表 2025年12月第1周：外科门诊 周一至周三 主刀2人；内科门诊 4人；夜班急诊 1名兽医 + 1名助理
    """),
    ("zh-Hans", "宠物主人群聊"): _lines("""
        有没有人知道猫咪打完三联针精神不好正常吗？我家的今天一直在睡觉
        推荐一下浦东那边靠谱的异宠医院，家里的仓鼠长了个肿块
        宠物保险到底值不值得买？我看条款里既往症都不赔，老年狗基本没啥用
        群公告：本群仅限交流养宠经验，禁止发广告和二维码，违者移出群聊。
        我去的那家绝育是 1280 全包，含术前检查和伊丽莎白圈，感觉价格还行
        理赔其实不难，我上次肠胃炎花了 900 多，拍发票和病历上传，一周就到账了
        千万别自己给狗喂布洛芬！！人吃的止痛药对狗的肾脏伤害很大
        今晚八点群里有兽医直播答疑，主题是老年犬的关节保养，感兴趣的准时来
        求问：医院说要做个腹部CT，报价 2200，这个价格正常吗？
        布丁今天拆线了，医生说恢复得很好，谢谢群里各位之前的推荐
        提醒一下，这周降温了，短毛猫和小型犬注意保暖，别让它们直接睡地板
        有人用过那种按月付保费的宠物险吗？赔付比例一般多少
        哈哈我家狗一看到白大褂就往桌子底下钻，每次都得抱着进诊室
        《猫和老鼠》里汤姆被平底锅拍扁那种伤，放现实里绝对要拍片查骨折了哈哈
    """),
    ("zh-Hant", "港台寵物醫院與保險"): _lines("""
        本院為24小時動物醫院，急症請直接前往地下大堂，非緊急個案請先致電預約。
        寵物保險一般不保障先天性疾病及投保前已存在的病症，購買前請細閱保單條款。
        漁農自然護理署提醒：年滿五個月的犬隻必須植入晶片及領取狗牌，並定期注射狂犬病疫苗。
        手術同意書範本：本人為上述動物之主人／授權人，已獲獸醫解釋手術及麻醉風險（簽署：＿＿＿＿ 日期：＿＿＿＿）
        貓咪結紮後食量會增加，建議改用絕育配方飼料並控制每日熱量攝取。
        依《動物保護法》規定，家犬應辦理寵物登記並植入晶片，未依規定辦理者得處罰鍰。
        理賠申請須於治療後90日內遞交，並附上收據正本及獸醫診斷書。
        問：狗狗結紮後幾耐先可以沖涼？答：一般要等拆線後，即大約10至14日先好沖涼。
        本院接受 Visa、Mastercard、八達通及 AlipayHK 付款，保險直付須預先申請。
        夜間急診加收診金 HK$680，凌晨0時至7時另加 HK$300。
        門診掛號單：號碼 C-0218｜科別：眼科｜預計候診約 35 分鐘
        老犬心臟病最常見為二尖瓣退化（MMVD），早期使用 pimobendan 可延緩心衰竭發生。
        寵物醫療糾紛可向香港獸醫管理局提出書面投訴，並須附上相關醫療紀錄副本。
    """),
    ("en", "vet clinic and pet insurance"): _lines("""
        Pre-anaesthetic bloodwork is strongly recommended for all pets over seven years old.
        Claims must be submitted within 90 days of treatment; please attach the itemised invoice and clinical notes.
        Our clinic is closed on public holidays; for emergencies call our after-hours line on 6287 1190.
        Policy wording: "Pre-existing condition" means any illness or injury that showed clinical signs before the policy start date or during the waiting period.
        Invoice INV-2025-110478 | Consultation S$65.00 | Vaccination (DHPPi) S$48.00 | GST 9% S$10.17 | Total S$123.17
        Reminder: core vaccines for cats include FVRCP; outdoor cats may also need FeLV.
        Q: Does pet insurance cover dental cleaning? A: Most policies exclude routine dental care but may cover dental injury caused by an accident.
        Ticket #VET-3391 status changed from "Pending documents" to "Under review" by claims-bot.
        James Herriot's stories of a Yorkshire veterinary practice remain a popular introduction to life as a country vet.
        Please arrive 15 minutes early for surgery drop-off; pets should be fasted from midnight.
        The typical cost of a cruciate ligament repair (TPLO) in the UK is in the range of £3,000 to £5,000.
        Third-party liability claims for dog bites are capped at the limit shown in your policy schedule.
        We have updated our privacy notice: client records are retained for seven years after the last visit.
        Lab samples dispatched via courier, waybill 7712 0459 3381, expected at the reference lab by Thursday.
    """),
    ("mixed", "表单模板与配置"): _lines("""
        手术知情同意书｜宠物名：＿＿＿ 品种：＿＿＿ 主人姓名：＿＿＿ 联系电话：＿＿＿ 身份证号：＿＿＿＿＿＿ 签字：＿＿＿
        理赔申请表 Claim Form：Policy No. ______ / Pet Name ______ / Date of Treatment ______ / Amount Claimed ______
        {"owner_name": "{{owner_name}}", "phone": "{{phone}}", "pet": {"name": "{{pet_name}}", "species": "cat"}}
        SMS模板：【{clinic_name}】尊敬的{owner}，您的爱宠{pet}已预约{date} {time}，请准时到院，回T退订。
        claim_rules.yaml: waiting_period_days: 30 / deductible_cny: 200 / reimbursement_rate: 0.7 / annual_cap_cny: 20000
        CREATE TABLE pet_owner (id BIGINT PRIMARY KEY, name VARCHAR(64), id_card CHAR(18), mobile CHAR(11), created_at TIMESTAMP);
        def mask_phone(p): return p[:3] + "****" + p[-4:]  # 输出形如 138****0000
        授权书模板：本人 ______（身份证号 __________________）授权 ______ 代为办理宠物 ______ 的保险理赔事宜。
        Consent form / 同意書: I, ________, being the owner of the above animal, authorise the veterinary surgeon to perform ________.
        身份证校验正则：^[1-9]\\d{5}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$
        .env: INSURER_API_BASE=https://api.example-petins.com/v2 CLAIM_TIMEOUT_MS=8000 MAX_ATTACHMENTS=9
    """),
    ("zh-Hans", "医疗纠纷与行业资讯"): _lines("""
        《动物诊疗机构管理办法》要求动物诊疗机构使用规范病历，病历档案保存期限不得少于三年。
        宠物医疗纠纷常见诉求包括误诊、麻醉意外和收费不透明，多数通过调解方式结案。
        某地法院审结一起宠物医疗纠纷案：法院认定医院未充分履行告知义务，判决其承担40%的赔偿责任。
        执业兽医资格考试每年举行一次，分为执业兽医师和执业助理兽医师两个级别。
        老舍在散文《猫》中写道：“猫的性格实在有些古怪。”
        秋田犬“八公”在主人上野英三郎教授去世后，仍在涩谷站等候近十年，故事后来被多次改编成电影。
        消协提示：办理宠物医院储值卡前应确认退卡规则并保留缴费凭证，发生纠纷可拨打12315投诉。
        医疗纠纷处理流程：客户投诉 → 医务部调取病历和监控 → 专家组复核 → 出具书面答复 → 调解或诉讼。
        监管部门通报：部分互联网平台销售宠物险时未明确提示免责条款，已责令相关保险公司限期整改。
        兽医被动物抓伤咬伤属于职业暴露，应按暴露分级处置，并在24小时内上报院感负责人。
        行业报告显示，医疗支出约占城镇犬猫主人年度养宠总支出的三成，仅次于主粮。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        就诊登记｜主人：陈思远｜电话：139 1762 4083｜宠物：奶茶（布偶猫，母，4岁）｜主诉：尿频、尿血两天
        手术知情同意书：本人刘佳慧，身份证号 110105197909025168，系犬只“可乐”（金毛，7岁）的主人，同意进行脾脏摘除手术并已知悉麻醉风险。
        理赔申请人：周文斌｜开户行：中国农业银行深圳南山支行｜卡号 6228 4862 7383 9307 607｜申请金额 4,316.50 元
        @所有人 寻狗启事：昨晚在杭州西湖区文三路附近走失一只白色比熊，狗主人赵敏，电话15821093746，有线索必重谢！
        回访记录 2025-11-06：黄志刚先生对猫咪术后感染的处理很不满意，情绪激动，要求退还全部手术费 8,600 元，并称要发微博曝光。
        欠费提醒：孙丽华女士的住院犬“豆豆”累计欠费 3,240 元，已超过 7 天未结清，请前台本周内电话催缴。
        客户档案 | 姓名 王凯 | 身份证 440305199206112835 | 手机 186-2154-7390 | 住址 深圳市南山区桃源街道龙珠四路18号阳光花园3栋1502
        医疗纠纷调解申请书：申请人林晓雯，住成都市武侯区玉林北路6号2单元401，因其犬只在洁牙麻醉后死亡，请求被申请人赔偿医疗费及精神损失共计35,000元。
        拒赔通知：被保险人吴建国，保单号 PET2025031500412877，经审核，宠物“旺财”所患髋关节发育不良属先天性疾病，本次申请不予赔付。
        郑倩 微信号 zq_miaomiao0712，最近收留了三只流浪猫，想问问绝育有没有团购价
        预约确认：何俊杰先生，12月8日（周一）15:30 为您的柴犬“小八”安排绝育手术，请术前12小时禁食。
        今天下午在医院碰到楼下702的马老师（马春燕），她家猫查出淋巴瘤晚期，她当场哭得停不下来
        急诊交接班：22:40 收治主人许志伟（手机 177 1028 4536）的法斗“奥利奥”，疑似中暑，体温41.3℃，主人已签抢救同意书并预交押金3000元。
        发票抬头改开个人：韩雪，邮箱 hanxue.vet1990@163.com，请重新开具11月2日的住院费发票。
        内部通报：前台收银员邓丽娟本月两次将客户储值卡余额私自转入个人账户，现已停职并移交公安机关处理。
        锦旗登记：客户唐国庆赠送锦旗“妙手仁心”，感谢外科团队救治其在车祸中受伤的边牧。
        保险批改申请：被保险人由冯志强变更为其妻子曹玉梅，原因是冯先生已于10月调往新加坡工作。
        芯片登记｜芯片号 156100000283741｜主人 罗海燕｜身份证号 330106199501241488｜犬证地址 杭州市西湖区古荡新村12幢
        打款失败：收款人田甜的账户 6217 0046 3764 5453 092 与身份证姓名不一致，请客户重新提供本人名下银行卡。
        群里那个叫“橘子妈妈”的其实就是蒋蕾，在招商银行上班，住华润城，上次她家猫看病欠医院的钱到现在都没还
        病历首页：主人 YANG MEILING｜联系电话 13725816094｜宠物 布丁（泰迪，公，已绝育，9岁）｜过敏史：头孢类
        投诉工单 CS-20251107-0092：顾客曾德明反映11月5日为猫咪做绝育后被额外收取680元“术后护理包”费用，事先未被告知。
        授权委托书：委托人潘志远（身份证 510107198607303777）委托其姐潘美琳代为办理宠物“咪咪”的住院结算和理赔手续。
        退卡审批：客户钱晓东储值卡余额5,200元，因搬家到苏州申请退卡，扣除赠送金额后应退4,600元。
        值班记录：凌晨2点有位自称范永强的主人醉酒后来砸门，说医院害死了他的猫，保安已报警处理。
        分期申请｜申请人 宋佳琪｜身份证 320102200005150622｜手机 13312047896｜分12期支付猫咪FIP治疗费9,800元
        短信发送记录：[已送达] 18858127463 “彭先生您好，您家二哈的化验结果已出，肝酶偏高，请明天上午来院复诊。”
        医生备注：主人姜红（身份证 350203198304192942）自述乳腺癌化疗中、免疫力低，建议先给家里的猫做弓形虫检测再决定是否继续饲养。
        团购名单：1. 卢晓峰 3只猫 绝育 2. 谭静 1只狗 疫苗 3. 邱宏伟 2只猫 洁牙 4. 贺丹 1只兔 体检
        经纪人周报：本周跟进客户夏雨涵的宠物险退保投诉，她称销售时未告知既往症除外，公司已同意全额退还保费1,188元。
        挂号信息：汪磊，男，身份证42010619910228831X，住武汉市武昌区中南路街道宏基小区，猫咪“团子”呕吐三天
    """),
    "zh-Hant": _lines("""
        手術同意書｜動物主人：陳嘉欣｜香港身份證號碼：K482913(1)｜聯絡電話：9163 2870｜手術項目：絕育
        理賠申請：受保人李志明，保單編號 HKPET-0387215，申請賠償 HK$12,480，請以轉數快存入其登記電話 6382 1457。
        客人投訴：黃太（黃美玲）話我哋同佢隻貓打針之後隻貓腳跛咗，要求賠返醫藥費同埋公開道歉。
        就診紀錄｜飼主 林怡君｜身分證字號 A204183754｜手機 0935-281-604｜犬名 小黑｜診斷：心絲蟲陽性
        預約確認：張家豪先生，12月10日下午3時為您的貴賓犬「饅頭」安排洗牙，請於前一晚12時後禁食。
        欠款通知：飼主吳俊宏（F116039255）尚欠住院費用新台幣18,650元，請於本月底前結清。
        LINE ID：mimi_mama0823，蔡佩珊想問貓咪保險理賠要準備什麼文件，她家的貓上週剛做完膀胱結石手術。
        街坊群：住大埔太和邨福和樓1203室嘅梁國輝成晚俾人投訴狗吠，佢話隻狗有分離焦慮，獸醫已經開咗藥。
    """),
    "en": _lines("""
        Patient: Biscuit (Beagle, M/N, 6y) | Owner: Mr. Daniel Tan Wei Ming | NRIC S8734215H | Mobile 9176 3408 | Dx: otitis externa
        Claim from Priya d/o Ramasamy for her cat's hyperthyroidism treatment, S$2,860 approved; refund to Visa 4392 2588 3284 4908.
        Hi Dr. Lim, this is Sarah Whitfield, Muffin's owner. I'm in Perth from 14 to 28 Dec, so my neighbour will collect her after the dental.
        Complaint log 2025-11-09: Encik Ahmad Faizal bin Rosli (IC 880514-10-5523) alleges his Persian cat was given the wrong dose of meloxicam and wants RM 1,250 refunded.
        Outstanding balance reminder sent to Nur Aisyah binti Kamal, 012-387 4521: RM 780 for her rabbit's spay, due by 30 Nov.
        Emergency admission 02:15 - owner Rajesh a/l Subramaniam (016-520 8813) brought in Rocky after a road accident and paid a RM 2,000 deposit.
        Policy cancellation request from Emily Chua (T0261587D): she has lost her job and can no longer afford the premiums.
        Foster note: Marcus de Souza at Blk 412 Bedok North Ave 2 #08-117 is fostering three kittens until they are old enough to be sterilised.
    """),
    "mixed": _lines("""
        客户 Kevin Wong 王家俊 | HKID Y306127(0) | Tel 5417 9026 | Pet: Coco (Toy Poodle) | 理赔 HK$8,900 pending
        新加坡分院 transfer：owner 林淑芬 Lim Shu Fen, FIN G5502734Q, mobile 8235 4617, 猫咪雪球 needs a follow-up echo in Jan.
        Refund 退款申请：客户 Liu Yang 刘洋，银联卡 6222 0236 7701 2578 334，cancelled surgery 押金 ¥2,000 原路退回
        @黄洁茜 Jessie 你家 Lucky 的理赔 approved 了没？你下周做甲状腺手术住院，Lucky 要不要先寄养在我这
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是爱宠动物医院的线上预约助手，请礼貌回答并帮助客户完成预约。"),
        ("user", "你好，我想预约这周六上午给狗狗打疫苗"),
        (
            "assistant",
            "好的，周六上午还有 9:30 和 10:30 两个时段，请问您怎么称呼，联系电话是多少？",
        ),
        ("user", "我叫李娜，电话 139 0527 8146，就 10:30 吧，狗叫团团，是只三岁的柯基"),
        ("assistant", "已为您登记：周六 10:30，柯基团团，疫苗接种。请携带免疫本到院。"),
    ],
    [
        ("user", "我上个月猫咪肠胃炎住院花了 3,680，想申请宠物险理赔，需要填哪些信息？"),
        (
            "assistant",
            "一般需要被保险人姓名、保单号、就诊医院、费用发票和收款银行卡。您可以先把信息发给我，我帮您核对格式。",
        ),
        (
            "user",
            "被保险人谢雨桐，保单号 PET2025062100731952，收款卡是招行信用卡 6225 7681 5915 3749，这样可以吗？",
        ),
        ("assistant", "格式没问题。不过多数保险公司只接受借记卡收款，建议您确认一下条款。"),
    ],
    [
        ("user", "帮我写一封投诉信，给瑞宠动物医院的医务部"),
        ("assistant", "可以，请告诉我事情经过、您的诉求以及希望留下的联系方式。"),
        (
            "user",
            "我叫高振宇，手机18019736254。10月20号我家德牧在他们那做髋关节手术，术后第二天伤口裂开，主刀医生态度很差，我要求退还手术费12,000元并赔偿后续治疗费。",
        ),
        (
            "assistant",
            "尊敬的医务部负责人：本人高振宇（联系电话 18019736254），于10月20日在贵院为德牧犬实施髋关节手术，术后第二天伤口裂开……特此要求退还手术费12,000元并承担后续治疗费用。",
        ),
    ],
    [
        ("system", "你係一間香港動物醫院嘅客服助理。"),
        ("user", "你好，我想幫隻貓買保險，要填咩資料？"),
        (
            "assistant",
            "一般需要投保人姓名、香港身份證號碼、聯絡電話同埋寵物資料，例如品種、出世日期同晶片號碼。",
        ),
        (
            "user",
            "我叫何詠詩，身份證 M715402(5)，電話 6738 2045，隻貓叫芝麻，英短，三歲。之前佢有腎結石，會唔會唔保？",
        ),
        (
            "assistant",
            "腎結石屬於投保前已存在嘅病症，通常會列為不保事項，建議你投保前向保險公司如實申報。",
        ),
    ],
    [
        ("user", "Hi, I need to update my details for my dog's insurance policy."),
        (
            "assistant",
            "Sure. Please share the policy number and the details you would like to change.",
        ),
        (
            "user",
            "Policy SGPET-77310. Name is Jonathan Lee Kah Wai, NRIC S7915046J. New address: 18 Jalan Kembangan #03-02, Singapore 419129.",
        ),
        (
            "assistant",
            "Thanks, Jonathan. I'll submit the change of address; you should receive a confirmation email within two working days.",
        ),
    ],
    [
        ("user", "我家狗上周三晚上来你们这看的急诊，现在想让你们把药寄过来"),
        ("assistant", "可以的，请提供主人姓名、收件地址和联系电话，我们安排顺丰寄出。"),
        ("user", "收件人 孔令辉，上海市徐汇区宛平南路88弄5号302室，电话 135 8842 0617"),
        ("assistant", "好的，药品将于今天下午寄出，运费到付，请注意查收。"),
    ],
    [
        ("system", "你是台北一家動物醫院的LINE客服。"),
        ("user", "請問結紮手術前要簽什麼文件？"),
        ("assistant", "需要飼主簽署手術同意書，並提供身分證字號和聯絡電話。"),
        ("user", "好，我是許雅婷，身分證 B227405165，手機 0987 162 453，狗狗叫阿福，想約下週二。"),
        ("assistant", "已幫許小姐預約下週二上午10點，請前一晚12點後禁食。"),
    ],
    [
        ("user", "Boleh saya tahu kos pembedahan mandul kucing jantan?"),
        (
            "assistant",
            "Kos pembedahan mandul kucing jantan di klinik kami ialah RM 180, termasuk ubat tahan sakit.",
        ),
        (
            "user",
            "Ok, tolong daftarkan. Nama saya Mohd Hafiz bin Yusof, IC 910227-07-6141, telefon 013-462 7719. Kucing saya nama Oyen.",
        ),
        (
            "assistant",
            "Terima kasih Encik Hafiz, temu janji untuk Oyen telah didaftarkan pada hari Sabtu jam 11 pagi.",
        ),
    ],
    [
        (
            "user",
            "帮我把这个团购接龙整理成表格：1. 小鱼干 宋婷 wxid_st2019cat 两只猫绝育 2. 大橘 彭伟 微信 pw_dog88 一只狗疫苗",
        ),
        (
            "assistant",
            "序号 | 宠物 | 主人 | 微信 | 项目 / 1 | 小鱼干 | 宋婷 | wxid_st2019cat | 两只猫绝育 / 2 | 大橘 | 彭伟 | pw_dog88 | 一只狗疫苗",
        ),
        ("user", "再加一条：3. 毛毛 袁欣 电话 152 6093 8471 一只兔子体检"),
    ],
    [
        ("user", "我妈妈的猫在你们医院做完手术死了，我想知道怎么申请医疗纠纷调解"),
        (
            "assistant",
            "非常抱歉听到这个消息。您可以向当地畜牧兽医主管部门或消费者协会申请调解，需要准备病历、缴费凭证和沟通记录。",
        ),
        (
            "user",
            "我妈叫邵桂芳，今年72岁，有心脏病，猫死了以后她一直住院。猫是11月3号在你们浦东店做的子宫蓄脓手术。",
        ),
        (
            "assistant",
            "明白了。建议您先以邵桂芳女士的名义书面申请调取完整病历和麻醉记录，再提交调解申请。",
        ),
    ],
]
