# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh163: bakery and custom cakes (pre-orders, inscriptions, delivery, food-safety complaints, member groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "门店公告与会员群通知"): _lines("""
        【莓果工坊·会员群公告】12月24日-25日圣诞限定树桩蛋糕开放预订，6寸¥268 / 8寸¥368，需提前3天下单，每日限量80个，售完即止。
        各位群友注意：本群仅用于新品通知和订单答疑，禁止发广告、拉票和二维码，违者移出群聊，感谢配合。
        门店营业时间调整：12月31日营业至22:00，1月1日10:00开门，订购热线 021-5836 2210（陆家嘴店）。
        今日出炉：海盐芝士贝果 09:30、可颂 10:00、碱水结 15:00，会员扫码享9折，数量有限先到先得。
        温馨提示：动物奶油蛋糕离店后请在2小时内食用或冷藏，冷藏不超过24小时，最佳食用温度4-8℃。
        本周五会员日：储值满500送80，积分双倍，当天生日的会员凭电子会员码到店可领取一份小切块。
        因区域停电检修，漕河泾店12月9日（周二）暂停营业一天，已预订当天取货的订单将由客服逐一电话联系改期。
        群接龙规则：品名+数量+取货门店，接龙每晚20:00截止，次日14:00后到店自提，不接受私聊改单。
        好消息！配送范围扩大到闵行区和徐汇区全境，单笔满¥199免配送费，不足收¥15。
        【致歉说明】12月3日部分芒果千层因冷链车故障延迟送达，受影响订单已全部退还配送费并补发¥30无门槛券。
        中秋月饼礼盒团购：50盒起订，可定制企业logo腰封，报价请联系企业团购专线 400-820-7165。
        新品试吃招募：本周六14:00-16:00在静安店举行开心果巴斯克试吃会，限30位会员，群内回复“试吃”即可报名。
        春节期间（除夕至初三）蛋糕预订需提前5天，初一初二不提供配送服务，仅限到店自提。
        本店所有产品均由中央工厂生产，食品生产许可证编号 SC10531011500378，欢迎顾客查验。
    """),
    ("zh-Hans", "订单与配送系统日志"): _lines("""
        [2026-12-06 10:42:17] order_id=202612061042170385 status=PAID amount=368.00 channel=miniapp store=LJZ01
        订单号 202612051736420917 | 8寸草莓奶油 | 题字：生日快乐 | 取货：12/07 15:00 | 门店：陆家嘴店 | 状态：制作中
        顺丰单号 SF1402873519264 已揽收，预计12月7日18:00前送达，冷链箱编号 CL-0457。
        骑手已接单，预计14:35送达，距离3.2km，配送费¥12.00，骑手位置实时更新中。
        退款单 RF20261204000871 已原路退回 ¥198.00，预计1-7个工作日到账。
        发票号码 26312000000184572391 已开具，抬头类型：企业，金额 ¥1,280.00。
        批次 20261205-B03 芒果慕斯 生产时间 05:30 保质期至 12/06 05:30 留样编号 LY-1205-017
        打印小票：桌号 07 | 拿铁 x2 ¥56 | 肉桂卷 x1 ¥22 | 合计 ¥78 | 收银员 03 | 16:21
        WARN delivery_api timeout after 30000ms, retry=2, order=202612060915330021, courier=meituan
        蛋糕盒规格 CB-8H 8寸加高 28.5×28.5×22cm 库存146个，低于安全库存200，请尽快补货。
        京东快递 JDVA25810634172 派送中，派件网点：浦东花木营业部，网点电话 021-6854 0032。
        生产排班：早班 05:00-13:00 裱花组3人、烘烤组2人；晚班 13:00-21:00 裱花组2人、包装组2人。
        团购订单 TG-2026-1188 共40份杯子蛋糕，收货单位：张江某科技园区行政部前台，送达时间 12/10 09:30。
        会员卡号规则：MB + 门店代码 + 8位流水号，例如 MB-LJZ-00018452，卡号本身不含任何个人信息。
        冷库温度记录 12/06 06:00 -18.2℃ / 12:00 -18.5℃ / 18:00 -17.9℃，记录人：当班值班员（签字栏）
    """),
    ("zh-Hans", "蛋糕题字与定制说明"): _lines("""
        题字参考：生日快乐 / 岁岁平安 / 前程似锦 / 百年好合 / 福如东海 寿比南山
        题字最多12个汉字或20个英文字母，超出部分建议改用插牌，插牌每张加收¥10。
        寿桃蛋糕两层，下层8寸上层6寸，题字“福寿安康”，配仙鹤翻糖，需提前72小时预订。
        奥特曼主题蛋糕，手绘迪迦造型，题字“勇敢的小超人 生日快乐”，6寸起做。
        艾莎公主城堡款，蓝白渐变，插牌“Let it go 生日快乐”，可加冰雪奇缘人偶摆件¥35。
        给老人祝寿的题字建议避开“终”“完”等字，常用“松鹤延年”“寿比南山”。
        情侣纪念日题字：Happy 520th Day / 余生请多指教 / 爱你如初，数字蜡烛需另购。
        题字如需写“爸爸生日快乐”，请在备注中注明字体颜色，默认巧克力色。
        升学宴定制：题字“金榜题名”+学士帽翻糖，可做成书本造型，8寸起订，价格¥428起。
        哈利·波特主题蛋糕：霍格沃茨校徽糖牌+分院帽，题字“Happy Birthday, Wizard!”。
        题字模板：祝___生日快乐 / Happy Birthday ___ / ___岁啦！（下单时在备注里填写）
        公司周年庆题字“乘风破浪 十周年快乐”，可加印企业logo糖牌，需提供矢量图。
        宝宝宴蛋糕常见题字：百日快乐 / 周岁快乐 / 满月啦，可配生肖翻糖，2027年为羊年。
        暂不支持将照片打印在奶油面上，如需照片效果请选择可食用糯米纸款，加收¥25。
    """),
    ("zh-Hans", "食品安全与投诉处理规范"): _lines("""
        食品安全投诉处理流程：接诉登记→封存留样→24小时内回访→送检（如需）→出具处理意见→归档。
        顾客反映食用后身体不适时，门店须第一时间建议其就医并保留病历和购物凭证，不得私下承诺赔偿金额。
        根据《食品安全法》第一百四十八条，消费者可要求支付价款十倍或者损失三倍的赔偿金，增加赔偿的金额不足一千元的，为一千元。
        消费者可拨打12315或通过全国12315平台在线投诉，也可拨打当地政务服务便民热线12345反映。
        蛋糕中发现异物（头发、塑料片）时，请拍照留存并保留剩余产品，勿丢弃包装，以便门店追溯批次。
        案件编号 TS-2026-1206-004：芒果千层有酸味，经查为冷藏柜温控故障，同批次产品已全部下架。
        从业人员须持有效健康证明上岗，每年体检一次，患有发热、腹泻、化脓性皮肤病者应暂停接触直接入口食品。
        每批产品留样不少于125克，冷藏保存48小时以上，留样记录须注明品名、时间和留样人。
        投诉回复模板：尊敬的{顾客称呼}，您于{日期}反馈的{问题}我们已收到，处理结果将在{时限}内告知，如有疑问请致电{门店电话}。
        市场监管局抽检结果公示：本批次抽检的12个烘焙样品均合格，检测项目包括菌落总数、大肠菌群和霉菌。
        过敏原提示：本店产品可能含有小麦、乳制品、鸡蛋、坚果、大豆，过敏体质顾客请在下单前咨询店员。
        11月共受理投诉23起，其中配送延误11起、产品质量6起、服务态度4起、其他2起，结案率100%。
        冷链配送要求：裱花蛋糕全程0-4℃，配送时长超过60分钟须加冰袋，骑手不得将蛋糕横放或倒置。
    """),
    ("zh-Hans", "烘焙问答"): _lines("""
        戚风蛋糕出炉后为什么会回缩塌腰？是蛋白打发不够还是烤的时间不够？
        动物奶油打发到几分发适合裱花？夏天特别容易化，有什么办法？
        请问6寸蛋糕够几个人吃？我们家四口人，订6寸还是8寸合适？
        巴斯克蛋糕表面要烤到什么程度才算焦而不苦？一般220℃烤多久？
        翻糖蛋糕能放冰箱吗？听说冷藏后会出水发粘。
        无糖蛋糕是真的一点糖都没有吗？代糖用的是赤藓糖醇还是木糖醇？
        在家做生日蛋糕，奶油抹面总是不平，有没有新手也能学会的技巧？
        订蛋糕一般要提前几天？当天下单还能做吗？
        为什么冷冻过的可颂回烤后不脆了？应该用什么温度回烤？
        乳脂奶油和植脂奶油怎么区分？配料表上要看哪几项？
        蛋糕上的金箔和银珠可以吃吗？小孩子吃安全吗？
        天然酵种喂养比例一般是1:1:1吗？冬天室温低，发酵时间要延长多少？
    """),
    ("zh-Hans", "行业资讯与掌故"): _lines("""
        好利来创始人罗红早年以摄影闻名，1992年在兰州开出第一家蛋糕店。
        法国甜点师Pierre Hermé被誉为“甜点界的毕加索”，他的马卡龙口味组合影响了整个行业。
        苏轼诗句“小饼如嚼月，中有酥和饴”常被引作月饼的早期记载。
        民间常把月饼与元末“八月十五杀鞑子”的起义传说联系在一起，但史学界多认为是后人附会。
        上海老字号凯司令西点房开业于1928年，栗子蛋糕至今仍是招牌产品。
        位于中山北路的一家老牌西饼屋开业于上世纪八十年代，门口常年排队买蝴蝶酥。
        有行业报告认为，现制烘焙门店扩张速度放缓，社区店和小型工作室订单占比持续上升。
    """),
    ("en", "bakery policy and FAQ"): _lines("""
        Custom cake orders require a 50% deposit and at least 3 working days' notice; tiered wedding cakes need 4 weeks.
        Cancellations made 48 hours before pickup receive a full refund; after that the deposit is non-refundable.
        Allergen notice: all items are prepared in a kitchen that handles nuts, gluten, dairy, eggs and soy.
        Delivery window is 2 hours; we text the recipient 30 minutes before arrival. Fresh cream cakes cannot be left at the door.
        Order #BK-20261206-0417 | 1x 8" Black Forest | Message: "Happy Retirement!" | Pickup 12/08 11:00 | Paid
        How do I keep buttercream from melting at an outdoor party in 32°C weather?
        Our customer service line is +65 6732 8890 (Mon–Sat, 9am–7pm), or email orders@crumbandco.sg.
        Fondant figurines are decorative and contain wooden skewers; please remove them before serving to children.
        Did Marie Antoinette really say "Let them eat cake"? Historians find no evidence that she ever did.
        Cake inscription limit: 25 characters. Edible photo prints are available on request for an extra $8.
        Tracking ref LLM-9302-5581-SG: out for delivery, temperature log within 2–6°C.
        Gordon Ramsay's televised kitchen rants have nothing on our Saturday morning croissant rush.
    """),
    ("zh-Hant", "門市公告與訂購須知"): _lines("""
        【旺角分店】聖誕蛋糕預訂截止日期為12月20日，取餅時間為12月23日至25日上午11時至晚上9時。
        預訂生日蛋糕須付全數，取餅時請出示訂單編號，訂單編號格式為 MK-1223-0088。
        本店所有月餅均已向食物安全中心登記，如有查詢請致電客戶服務熱線 2386 5120。
        彌月蛋糕試吃活動：每週六下午2點至5點，請先在官方LINE預約，每組限兩盒。
        溫馨提示：鮮奶油蛋糕請於取餅後兩小時內冷藏，並於當日食用完畢。
        台北信義店12月暫停外送服務，改由冷凍宅配，全台宅配運費新台幣180元。
        請問蛋糕上可以寫「新婚快樂」嗎？字數有沒有限制？
        依《食品安全衛生管理法》，本店產品均標示過敏原及有效日期，如有疑問請洽門市人員。
        會員生日當月可享一次八五折優惠，須出示會員電子卡，不可與其他優惠同時使用。
        宅配單號 8847 2619 5530（黑貓宅急便），預計12月9日送達，請保持電話暢通。
        蛋黃酥禮盒一盒6入，常溫保存7天，中秋檔期需提前兩週預訂。
        港島區送貨服務費 HK$80，九龍及新界 HK$120，離島地區恕不提供送貨。
    """),
    ("mixed", "后台配置与代码"): _lines("""
        CREATE TABLE cake_order (order_id CHAR(18) PRIMARY KEY, customer_phone VARCHAR(20), inscription VARCHAR(64), pickup_at TIMESTAMP);
        mask_phone = lambda s: s[:3] + "****" + s[-4:]  # 小票上手机号中间四位打码
        {"sku": "CK-8IN-MGO-01", "name": "芒果奶油 8寸", "price": 368, "lead_time_h": 24, "allergens": ["milk", "egg", "wheat"]}
        条码 6921734968012 对应商品：原味吐司 450g，进价¥6.80，零售价¥14.00。
        POS 固件 v3.8.2 更新说明：修复会员积分重复累计问题，新增题字字数校验（最多12字）。
        export DELIVERY_WEBHOOK=https://api.example-bakery.cn/v2/delivery/callback  # 测试环境
        SELECT store_code, COUNT(*) FROM complaint WHERE created_at >= '2026-11-01' GROUP BY store_code;
        短信模板 SMS_2648193：【莓果工坊】您的订单${order}已制作完成，请于${time}前到${store}取货。
        commit 9f3c2a7e: fix(order): 题字含 emoji 时小票打印乱码 / refactor delivery ETA calc
        会员等级规则：银卡累计消费¥1000，金卡¥3000，黑金卡¥8000，等级有效期12个月。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        预订单 | 姓名：刘思琪 | 电话：138 1672 4095 | 款式：8寸草莓奶油 | 题字：祝妈妈58岁生日快乐 | 取货：12/08 17:30 陆家嘴店 | 已付定金¥100
        配送单：收货人 周建国 15921836670 上海市浦东新区锦绣路2580弄12号602室 送达时间 12月7日 18:00-19:00 备注：老人在家，敲门大声点
        会员注册：王雨桐，女，生日1995-02-19，手机186-0213-5527，所属门店：徐汇店，推荐人：无
        【投诉登记】顾客陈子豪（电话17721459983）反映12月4日购买的芒果千层食用后夜间呕吐腹泻，次日在仁济医院急诊就诊，诊断为急性胃肠炎，要求退款并报销医药费。
        @李婉清 你家小宝坚果过敏，这次幼儿园圣诞活动的杯子蛋糕我们单独给他做无坚果版哈
        储值卡实名登记：姓名 张晓峰 身份证号 110105198803142539 储值金额 ¥10,000 卡号 MB-LJZ-00021873 经办：店长
        员工入职登记表：姓名 黄佳怡 / 性别 女 / 身份证 310115199211074282 / 岗位 裱花师 / 紧急联系人 母亲 139 5710 8642
        退款信息：户名 吴俊杰，开户行 中国工商银行杭州文三路支行，卡号 6222 0296 2600 5920 650，退款金额 ¥1,000（十倍赔偿协商结果）
        题字：祝周梓涵小朋友5岁生日快乐！订餐人：梓涵爸爸 周磊 13760412258，送到闵行区莘庄镇七莘路1888弄3号楼1201
        自提登记 12/06 16:40：车牌 沪B·7Q2K5，司机说是订餐人赵敏的老公，已核对取货码8823后放行。
        wang jiahui 那单别忘了，她备注说怀孕了不能碰酒精，提拉米苏换成无酒版
        会员群里的“芒果布丁”就是华星时代小区5幢1102的业主孙丽，上周刚投诉过我们配送慢，这次优先派单。
        客服工单 #KF-20261203-112：顾客郑雅文，微信 zhengyw_0611，反映收到的蛋糕侧面奶油塌陷，要求补发，已同意补发同款6寸。
        投诉回访：马红霞女士（手机尾号8874）称其父亲马德胜，72岁，糖尿病，吃了我们的“无糖蛋糕”后血糖升到16.8，要求门店书面道歉。
        外卖备注：给林晨曦的，她今天在公司加班，送到张江碧波路690号3号楼5楼前台，电话 199 1628 7435
        订单备注：收件人何美玲 QQ 2846193057，到了先QQ联系，千万别打电话，家里宝宝在睡觉
        店长日报：裱花师许文斌今日请病假（发烧38.5℃），已安排冯婷顶班；许文斌复工前需重新出具健康证明。
        企业团购联系人：韩梦洁，行政专员，手机 15013862047，邮箱 hanmengjie0802@163.com
        12月生日会员：1. 邓子轩 12/03 188 1752 9364 / 2. 曹颖 12/15 135 2401 6698 / 3. 彭浩然 12/27 156 1823 7740
        赔偿协议：甲方 上海莓果工坊食品有限公司，乙方 孙立伟（身份证号 440305198506221676），甲方一次性支付乙方人民币壹仟元整，乙方不再就此事追究。
        差评回复：罗欣怡您好，您12月2日在静安店订的小猪佩奇蛋糕送晚了一个半小时，耽误了您女儿的生日会，我们深感抱歉，已为您办理全额退款。
        配送异常：收货人邱志远电话 181 2043 5567 一直打不通，地址成都市武侯区桐梓林北路6号2栋3单元402无人应门，蛋糕已带回门店冷藏。
        售后跟进：顾客谭静说她女儿谭可欣吃了彩虹蛋糕后嘴唇起红疹，怀疑色素过敏，已在儿童医院皮肤科就诊，病历已发到客服微信。
        拼团接龙（星河湾二期）：1. 3栋301 杨帆 肉松小贝x2 / 2. 5栋502 苏琳 吐司x1 / 3. 12栋1203 何伟 巴斯克x1
        会员资料变更：姓名 蒋思远，会员卡号 MB-XH-00009821，原手机 13601258874 更换为 18621907345，本人到店核验身份证后办理。
        员工体检复查通知：包装组韦小燕粪便培养检出沙门氏菌，即日起暂停接触直接入口食品，转岗仓库，待复查阴性后恢复原岗。
        自提核验：取货人卢嘉欣出示的身份证 330106199502193844 与预留信息一致，已领取10盒月饼礼盒。
        投诉邮件 from chen.yuxuan92@qq.com：我是陈宇轩，在你们锦绣路店买的可颂里吃出一根钢丝球丝，划破了口腔，门诊花了¥260，病历附后。
        @小熊妈妈（3号楼袁芳）请今天下午4点前来店里取团购的蛋挞，店员打你电话 13818264509 一直没人接哦
        寒假兼职登记：程雨萱，身份证 420106200107286124，湖北大学食品科学专业大三在读，可排周六日班，工资卡 6217 0072 4832 3280 273（建设银行）
        婚礼蛋糕订单 | 客户：Tina 范婷婷 | 微信：Tina_0517bake | 三层裸蛋糕 | 婚期 2027-01-16 | 场地：杭州西湖国宾馆 | 新郎：夏一鸣
    """),
    "zh-Hant": _lines("""
        訂單資料｜姓名：陳嘉欣｜電話：9123 8476｜取餅日期：12月24日｜分店：旺角｜蛋糕字句：Happy Birthday 阿朗｜已付全數HK$468
        抽獎得獎者領獎登記：得獎人 何詠詩 Wendy Ho，香港身份證 Y604173(4)，聯絡電話 6387 2150，獎品：全年生日蛋糕券
        投訴紀錄：客人梁志偉話佢個仔食完我哋嘅芝士撻之後肚痾，去咗伊利沙伯醫院急症室，要求賠償醫藥費。
        宅配單：收件人 林怡君 0912-386-457 台北市大安區復興南路二段151號5樓｜品項：彌月蛋糕禮盒 x30｜備註：寶寶陳品睿滿月
        新進人員資料：蔡佳蓉，身分證字號 A228154362，職務：西點學徒，住址：新北市板橋區文化路一段266號7樓
        門市員工張家豪上週確診A型肝炎，已停止上班並通報衛生局，同班同事安排抽血檢查。
        香港訂餅：Mrs. Chan Mei Ling 陳美玲，送貨地址 九龍旺角洗衣街168號富榮花園3座18樓C室，聯絡 5194 6032
        @吳佩珊 妳上次說老公對蛋過敏，這次他的生日蛋糕要幫妳改做無蛋版本嗎？
    """),
    "en": _lines("""
        PICKUP SLIP — Name: TAN WEI MING / Mobile: 9187 3264 / Cake: 1kg Durian Pengat / Pickup: 14 Dec 3pm, Bukit Timah outlet
        Lucky draw winner verified: Ms Priya d/o Ramasamy, NRIC S8834127I, prize: 12 months of birthday cakes, collected 5 Dec.
        Complaint ticket CS-4471: customer Jonathan Lim (jonathan.lim.sg@gmail.com) says his 6-year-old son reacted to hazelnut in the "nut-free" brownies and was treated at KK Hospital.
        Deliver to: Aisyah binti Rahman, No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor. Tel 012-387 5146. Leave with the guard if not home.
        Roster note: Kavitha a/p Subramaniam on MC 8–10 Dec (gastroenteritis), not to handle open food until cleared by the clinic.
        Please refund to my Visa 4532 4282 9489 4185, name on card ELEANOR DE SOUZA; I cancelled the order 3 days before pickup.
        New hire: WIN KO KO (Myanmar), FIN G5128840N, work permit as baker at the Jurong central kitchen, lives in the Kranji dormitory, start date 2 Jan.
        hi it's marcus from the wedding tasting last sat, our date is 20 Feb at the Raffles ballroom, pls call my fiancée Joanne on 8623 4157 for the flavour choice
    """),
    "mixed": _lines("""
        Order from 李浩然 Leo: 8寸 red velvet，写 "Happy 30th Leo"，deliver to Blk 456 Tampines St 42 #08-117 Singapore 520456，HP 8741 5092
        Nama: NUR HIDAYAH BINTI ISMAIL / No. K/P: 910203-14-0682 / 职位：烘焙助理 / Tel: 017-226 9481 / 入职日期 2026-12-01
        客户 Ahmad Faizal bin Yusof 订了 50 盒 kuih raya，送到 No. 12, Jalan H4, Taman Melawati, 53100 Kuala Lumpur，phone 019-334 7120
        refund 申请：户名 ZHANG LEI，UnionPay 6228 4855 5377 6021 175，reason：蛋糕送错地址，已重新配送 to 徐汇区天钥桥路
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“莓果工坊”的微信客服助手，负责接收蛋糕预订、解答配送问题。"),
        ("user", "你好，想订个8寸的芒果奶油，12月10号晚上7点前送到"),
        ("assistant", "好的～请提供收货人姓名、电话、详细地址以及需要的题字哦。"),
        (
            "user",
            "收货人宋佳琪，电话 136 7184 5520，地址上海市徐汇区天钥新村12号302室，题字写“佳琪28岁快乐”",
        ),
        (
            "assistant",
            "已为您登记：8寸芒果奶油，12月10日19:00前送达徐汇区天钥新村12号302室，收货人宋佳琪，题字“佳琪28岁快乐”，请支付定金¥100完成预订。",
        ),
    ],
    [
        (
            "user",
            "我女儿昨天吃了你们的奶油蛋糕，半夜开始发烧拉肚子，现在在复旦儿科医院挂水，你们怎么处理？",
        ),
        (
            "assistant",
            "非常抱歉给孩子带来不适，请先以治疗为主。麻烦提供订单号、您的姓名和联系电话，我们会立即封存同批次留样并安排专人回访。",
        ),
        ("user", "我叫方慧敏，订单号 202612041930220157，手机 15800917362。孩子叫孙悦然，4岁。"),
        (
            "assistant",
            "方女士，已登记投诉，食品安全负责人会在2小时内给您回电，医疗票据请妥善保存。",
        ),
    ],
    [
        ("user", "帮我查一下会员积分，手机号 189 1730 6625，名字许志鹏"),
        ("assistant", "已查到许先生的账户：积分2,380，储值余额¥356.50，会员等级金卡。"),
        ("user", "生日登记错了，帮我改成1987-04-03，身份证是 350203198704033350，你们核对一下"),
        ("assistant", "好的，生日已更正为1987年4月3日，生日当月可领取会员蛋糕券。"),
    ],
    [
        ("user", "我想訂一個生日蛋糕，平安夜喺銅鑼灣店攞"),
        ("assistant", "好的！請提供姓名、聯絡電話同埋蛋糕上要寫嘅字句。"),
        (
            "user",
            "鄭浩賢，電話 6274 1038，寫「Happy Birthday 阿欣」。用 Mastercard 5524 9025 7301 8796 俾訂金得唔得？",
        ),
        (
            "assistant",
            "為保障您的資料安全，請勿在對話中提供完整卡號，我哋會傳送付款連結到您的手機。",
        ),
    ],
    [
        ("user", "hi, I got an SMS saying I won the Christmas lucky draw, how do I claim?"),
        (
            "assistant",
            "Congratulations! Please give your full name as on your NRIC and the NRIC number so we can verify you.",
        ),
        (
            "user",
            "Rachel Koh Hui Min, S7701946D. I'll collect at the Tiong Bahru outlet on Saturday morning.",
        ),
        (
            "assistant",
            "Thank you Rachel, verified. Your prize voucher will be ready at Tiong Bahru from 10am on Saturday.",
        ),
    ],
    [
        ("system", "你是连锁烘焙门店的店务助理，帮店长起草内部文件。"),
        (
            "user",
            "帮我写一份停岗说明：裱花师龚海涛手部湿疹破溃感染，医生建议休息两周，期间不能接触奶油和成品。",
        ),
        (
            "assistant",
            "停岗说明：裱花师龚海涛因手部皮肤感染，根据医嘱自即日起停岗两周，期间不得从事裱花及接触直接入口食品工作，复岗前须提交复诊证明。",
        ),
        ("user", "再把他身份证号 510107197909305212 加上，人事要存档"),
    ],
    [
        ("user", "Hi boss, nak order 3 biji kek lapis Sarawak untuk Hari Raya, boleh hantar?"),
        ("assistant", "Boleh! Sila beri nama penuh, nombor telefon dan alamat penghantaran."),
        (
            "user",
            "Siti Khadijah binti Abdullah, 012-558 4031, No. 8, Jalan Kenari 3, Taman Puchong Jaya, 47100 Puchong. Tolong hantar sebelum 5 petang ya.",
        ),
        (
            "assistant",
            "Baik Puan Siti, 3 biji kek lapis akan dihantar ke Puchong sebelum 5 petang.",
        ),
    ],
    [
        ("user", "想訂彌月蛋糕禮盒50盒，寶寶是11月28日出生的"),
        ("assistant", "恭喜！請提供寶寶名字（印在貼紙上）、訂購人姓名、電話與宅配地址。"),
        (
            "user",
            "寶寶叫李承恩，我是媽媽許雅婷，0978-215-364，寄到台中市西屯區惠來路二段88號12樓之3",
        ),
        ("assistant", "已登記：李承恩彌月禮盒50盒，訂購人許雅婷，預計12月20日宅配到府。"),
    ],
    [
        ("user", "帮我给这位顾客写个道歉回复"),
        ("assistant", "好的，请把顾客的情况发给我。"),
        (
            "user",
            "顾客柏雨欣（138 2019 4476）在点评上说草莓蛋糕里吃出一根头发，她怀孕五个月了，吐了一晚上，要求赔偿。",
        ),
        (
            "assistant",
            "柏女士您好：得知您孕期因我们的产品受到惊扰，我们深表歉意，已封存同批次产品并调取裱花间监控，门店经理将于今天致电您商议赔偿方案。",
        ),
    ],
    [
        (
            "user",
            "帮我总结一下会员群今天报的过敏情况：[10:02] 糖糖妈-冯丽娜：我们家糖糖牛奶蛋白过敏 / [10:05] 周凯：我老婆乳糖不耐 / [10:07] Amy蒋雯：2栋801，坚果过敏",
        ),
        (
            "assistant",
            "过敏汇总：冯丽娜之女糖糖——牛奶蛋白过敏；周凯之妻——乳糖不耐；蒋雯（2栋801）——坚果过敏。建议圣诞团购为以上三户单独备无乳/无坚果版本。",
        ),
        ("user", "好的，把这个发给裱花组"),
    ],
]
