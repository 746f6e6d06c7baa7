# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh227: confinement centres, maternity nurses and nannies (bookings, mother and newborn care logs, jaundice and feeding, nurse reviews, refund disputes, family groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh227
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "booking_contract"): _lines("""
        《母婴护理服务预约合同》编号：YZ-SZ-2026-0418，甲方（客户）：__________，乙方：深圳禾悦母婴健康管理有限公司，统一社会信用代码 91440300MA5G8K2X7Q。
        套餐B「28天悦享套房」标价 68,800 元，含产妇月子餐每日五餐、新生儿24小时专护、产后盆底评估2次，定金 10,000 元于签约后3个工作日内支付。
        第七条 退费：入住前30日以上取消的，退还定金的80%；入住前7日内取消的，定金不予退还，但因医疗原因提前或推迟分娩的除外。
        预产期：____年__月__日；分娩医院：__________；分娩方式：□顺产 □剖宫产；入住房型：□标准间 □豪华套房 □亲子套房
        月嫂服务订单 YS20261104-0087 已生成：服务周期26天，金牌月嫂（五星）档位，服务费 16,800 元，平台服务费 500 元，合计 17,300 元。
        温馨提示：预约成功后系统将发送短信至您预留的手机号，如未收到请致电客服热线 400-820-6618（工作日 9:00-18:00）。
        乙方承诺所有上户月嫂均持有健康证、母婴护理员职业技能等级证书及无犯罪记录证明，客户可在签约前要求查验原件。
        补充协议（适用于双胞胎家庭）：新生儿护理费按单胎标准的1.6倍计收，另配夜班育婴师1名，费用每日 380 元。
        填写示例：甲方姓名 张三，身份证号 XXXXXXXXXXXXXXXXXX，联系电话 1XX-XXXX-XXXX，请勿在示例栏填写真实信息。
        发票抬头可开具个人或单位，增值税普通发票税率6%，开票内容为“母婴护理服务”，电子发票将于出住后5个工作日内推送。
        早鸟价：2027年1月31日前签约享九折，再赠送价值 2,980 元的产后修复套餐（骨盆修复6次+腹直肌评估1次），每个家庭限享一次。
        客户服务中心：上海市长宁区仙霞路 88 号 5 楼，邮编 200051，合同咨询邮箱 contract@heyue-care.cn，投诉邮箱 service@heyue-care.cn。
    """),
    ("zh-Hans", "care_record_form"): _lines("""
        新生儿每日护理记录表：日期____ 体重____g 体温____℃ 经皮胆红素（额/胸）____/____ mg/dL 吃奶次数____ 大便____次 小便____次 脐部□干燥 □渗液
        产妇护理记录：宫底高度____横指（脐下） 恶露□红色 □浆液性 □白色 量□多 □中 □少 伤口□愈合良好 □红肿，记录人（护士工号）____
        2026年11月护理部汇总：在住新生儿41名，TcB≥15 mg/dL 者4名，均已按流程通知家属并转诊新生儿科复查，无一例换血。
        交班要点（夜班→白班）：3名新生儿需每3小时称奶量；2名产妇乳房胀痛已行冷敷；1间房空调温度投诉已报工程部。
        喂养方式统计：纯母乳 58%，混合喂养 35%，纯配方奶 7%（样本：2026年第三季度出住家庭 112 户）。
        体温测量规范：新生儿腋温正常范围 36.0–37.2℃，超过 37.5℃ 复测一次，仍高需立即上报值班护士长并记录于系统。
        洗澡抚触记录模板：【房号】____ 【操作人】____ 【水温】38–40℃ 【时长】≤10分钟 【脐部护理】□已消毒 【皮肤情况】____
        护理系统字段说明：baby_weight_g（整数）、tcb_forehead（保留一位小数）、stool_color（取值 1–7，对照大便比色卡）。
        本周感染控制巡检：母婴室空气消毒记录完整率 100%，奶瓶消毒柜运行日志缺失 2 天，已责令整改。
        产后42天复查提醒模板：{{宝妈称呼}}您好，您的产后42天复查时间为{{日期}}，请携带母子健康手册前往{{分娩医院}}。
        新生儿体重下降观察：出生后3–4天生理性体重下降一般不超过出生体重的7%–10%，超过需评估喂养有效性。
        夜间值班巡房频次：每2小时一次，巡房内容包括婴儿睡姿（仰卧）、口鼻是否遮挡、室温 24–26℃、湿度 50%–60%。
    """),
    ("zh-Hans", "jaundice_feeding_qa"): _lines("""
        请问宝宝出生第5天经皮测黄疸 13.8 算高吗？需要停母乳吗？
        母乳性黄疸和病理性黄疸怎么区分？一般母乳性黄疸在出生后1周左右出现，可持续到2–3个月，宝宝精神、吃奶都好。
        蓝光照射期间要遮住宝宝眼睛和会阴部，每2–3小时喂奶一次，照射后皮肤发红一般会自行消退。
        晒太阳能退黄吗？美国儿科学会（AAP）不推荐用日晒治疗新生儿黄疸，因为效果有限且有晒伤风险。
        按需喂养是指宝宝出现觅食、吸吮手指等早期饥饿信号时就喂，而不是等到哭闹，新生儿一天通常喂8–12次。
        奶粉冲调一般是先加水再加奶粉，用 70℃ 以上的水冲调可杀灭阪崎肠杆菌，再晾至 37℃ 左右喂食。
        北京协和医院妇产科奠基人林巧稚一生亲自接生了五万多名婴儿，被称为“万婴之母”。
        乳头皲裂怎么办？可以哺乳后挤出几滴乳汁涂抹乳头自然晾干，严重时暂停患侧直接哺乳，改用吸奶器。
        涨奶发硬的时候到底热敷还是冷敷？哺乳前可短时间热敷促进排乳，哺乳后冷敷减轻肿胀。
        《母乳喂养促进行动计划（2021—2025年）》提出，到2025年全国6个月内纯母乳喂养率达到50%以上。
        宝宝大便颜色像陶土色（灰白色）要马上就医，可能提示胆道闭锁，可对照母子健康手册里的大便比色卡。
    """),
    ("zh-Hans", "yuesao_review"): _lines("""
        ★★★★★ 月子餐真的不错，每天的菜单都会提前一天发到群里，猪蹄汤不油腻，唯一的缺点是停车位太少。
        ★★☆☆☆ 套房隔音一般，半夜能听到走廊推车声，前台说会加装隔音条，到我们出住也没弄。
        店铺回复：亲，感谢您的反馈，关于隔音问题我们已于11月完成全部套房的门缝密封改造，欢迎回访体验。—— 客服部
        有没有人用过家政平台上的“金牌月嫂”？价格从 12,800 到 26,800 不等，星级到底怎么评的？
        测评｜上海 8 家月子会所对比：价格区间 4.8 万–28 万，护婴比 1:1 的只有 3 家，含产康项目次数差异最大。
        平台规则：评价内容不得包含月嫂或客户的真实姓名、电话、住址等信息，违规评价将被隐藏。
        口碑榜第3名：悦禾母婴（徐汇店），好评率 97.6%，近90天出住 214 户，差评主要集中在月子餐口味。
        追评：出住后30天回访电话打来了，问了宝宝体重和母乳情况，感觉挺负责任的。
        请教各位：育婴师和月嫂有什么区别？我家宝宝满月了，想找个白天带娃的，考个育婴员证要多久？
        家政协会发布 2026 年上半年投诉分析：月嫂类投诉共 386 件，其中服务态度 41%、技能不足 29%、提前离岗 17%。
        评分维度说明：专业技能 40% + 服务态度 30% + 卫生习惯 20% + 沟通 10%，客户评分低于 3.5 分的订单将触发回访。
        《哪吒之魔童降世》里殷夫人怀胎三年，评论区有人调侃：这月子得坐多久，月嫂费用怕是要按年算。
    """),
    ("zh-Hans", "refund_dispute"): _lines("""
        工单 TK-20261203-5527 状态：处理中｜类型：退费申请｜诉求：提前出住剩余 9 天费用按日折算退还｜责任部门：客户关系部
        根据《消费者权益保护法》第五十三条，经营者以预收款方式提供服务的，应当按照约定提供；未按约定提供的，应当退回预付款并承担预付款利息。
        某市消协通报：2026年前三季度受理月子中心类投诉 127 件，涉及金额 316 万元，主要问题为虚假宣传、预付卡跑路、退费难。
        退款处理流程：客户提交申请→店长审核（2个工作日）→财务复核（3个工作日）→原路退回，银行到账时间以各行为准。
        案例分析：原告（消费者）因新生儿住院无法按期入住，起诉要求全额退还定金，法院认定属于合理变更情形，判决退还 70%。
        停业公告：因经营调整，本中心自2026年12月15日起暂停营业，已签约未入住客户请于12月31日前联系专项小组办理退费，电话 021-6289 3310。
        12315 平台投诉编号 3101052026120400318 已转至属地市场监管所，请于7个工作日内反馈处理结果。
        退费计算示例：合同总价 58,000 元，已入住 12 天，日单价按 2,071 元计，应退 16 天共 33,136 元，再扣除已使用产康项目 1,200 元。
        月嫂提前下户的，家政公司应在48小时内安排同等级月嫂补位，无法补位的按剩余天数退还服务费并赔付违约金 10%。
        律师提示：签合同时务必注意“定金”与“订金”的区别，定金适用定金罚则，订金原则上可以全额退还。
        投诉平台上关于“月子会所退费”的公开投诉已超过 2,000 条，平台显示商家回复率 62%，平均处理时长 9.4 天。
    """),
    ("zh-Hans", "family_group_notice"): _lines("""
        【群公告】本群为 1 楼东区家属服务群，探视时间 10:00–11:30、15:00–20:00，每次限 2 人，谢绝 12 岁以下儿童进入母婴区。
        【今日月子餐】早餐：小米南瓜粥、蒸鸡蛋羹；午餐：清炖鲈鱼、麻油猪肝、炒菠菜；下午加餐：红枣桂圆银耳羹。
        温馨提示：今晚 22:00–次日 6:00 园区进行消杀作业，请各位家属提前将车辆移出 B2 地下车库 C 区。
        群规：请勿在群内发布宝宝或宝妈的照片、房号及就诊信息，如需沟通个人护理问题请私信管家。
        【课程通知】周六 14:30 三楼多功能厅开设“新手爸爸抱娃课”，讲师为本中心护理部主任，名额 20 个，群内接龙报名。
        收到请回复1，本周五前确认下周的产康项目预约，逾期系统将自动顺延一周。
        停水通知：受市政管网施工影响，本周三 9:00–13:00 停水，中心已储备饮用水并安排专车送洗衣物。
        管家值班表：白班值班管家分机 8001，夜班值班护士长分机 8120，紧急情况请直接拨打前台 0755-2671 8800。
        【防疫提醒】近期流感高发，家属进入母婴区前请佩戴口罩、手部消毒，有发热咳嗽症状者请勿探视。
        本月出住家庭满意度调研问卷已发送至群内，扫码填写即可，匿名提交，不收集任何个人信息。
        @所有人 明天上午 9 点儿科医生到院巡诊，需要咨询的家庭请在今晚 8 点前向管家登记时段。
    """),
    ("zh-Hant", "hk_tw_postnatal"): _lines("""
        產後護理之家收費公告：單人房每日新台幣 8,800 元起，雙胞胎加收嬰兒照護費每日 1,500 元，依衛生福利部規定公開揭示。
        陪月服務套餐：26天全日住家陪月 HK$36,800，白天陪月（9:00-18:00）HK$22,800，另收交通津貼每日 HK$50。
        預約專線：(02) 2758-6630，LINE 官方帳號 @happymoon-care，服務時間週一至週六 09:00–18:00。
        新生兒黃疸照護須知：如寶寶皮膚黃染範圍超過腹部、活動力差或吸吮力減弱，請立即告知護理站。
        母嬰親善認證：本館合作之醫院均通過國民健康署母嬰親善醫療院所認證，鼓勵產後一小時內肌膚接觸。
        香港勞工處提醒：僱主聘請陪月員應簽訂書面合約，列明工作時數、假期及工資支付方式。
        請問各位媽媽，坐月子期間可以洗頭嗎？老一輩說不行，但護理師說用吹風機吹乾就沒問題。
        發票號碼 AB-12345678，品名：產後護理服務費，金額 NT$246,400，賣方統一編號 24536806。
        退費規定：入住前 14 日取消者，退還已繳訂金 50%；入住後因個人因素提前退房，剩餘天數費用以七折退還。
        台北市產後護理機構評鑑結果：合格 38 家，其中優等 12 家，評鑑資料可至衛生局網站查詢。
        本館嬰兒室採 24 小時監視錄影，家屬可透過 App 觀看直播，帳號密碼於入住時由櫃檯提供。
        交通指引：捷運雙連站 2 號出口步行 5 分鐘，位於中山北路二段，斜對面即為馬偕紀念醫院。
    """),
    ("en", "sg_my_confinement"): _lines("""
        Quotation Q-2026-1147: 28-day live-in confinement nanny S$3,880, extension S$138/day, Chinese New Year surcharge 1.5x.
        Under MOM's Confinement Nanny Scheme the nanny may work up to 16 weeks from the baby's date of birth; check current levy rates before applying.
        For booking changes email bookings@lotusconfinement.sg or call our hotline +65 6258 4410 (Mon to Sat, 9am to 6pm).
        Lotus Confinement Services Pte. Ltd. (UEN 201834512K) is a licensed employment agency, EA Licence No. 18C9412.
        Meal delivery order #CF-88213: 28-day confinement tingkat, lunch and dinner, delivery slot 11:00-12:30, postal code 560231.
        How do I check if my baby's jaundice is getting worse? Press gently on the forehead; if the skin looks yellow when you release it, see your GP or polyclinic.
        Thomson Road is named after John Turnbull Thomson, the colonial surveyor; today most people know it for the maternity hospital.
        Agency survey 2026: of 240 families, 62% chose a Malaysian nanny, 31% Singaporean and 7% from China; average rating 4.3/5.
        Template: Dear [Client Name], your nanny will arrive on [Date] at [Time]. Please prepare a single bed and a locker. - Lotus Care Team
        Review: booking was smooth and the herbal bath packs were excellent value, would book the same package again for baby number two.
        Refund policy: the S$500 deposit is non-refundable within 30 days of EDD unless the agency fails to provide a replacement within 48 hours.
        Kuala Lumpur centres typically charge RM18,000 to RM38,000 for 28 days; the SSM registration 202001023456 (1372145-A) must be shown at reception.
    """),
    ("mixed", "ops_export"): _lines("""
        GET /api/v2/bookings?status=pending&center_id=SZ03&page=2 -> 200 OK, 48 items, 132ms
        CSV header: booking_id,room_type,checkin_date,nights,package_sku,amount_cny,deposit_paid
        YZ26-00412,SUITE_B,2027-01-08,28,PKG-28D-LUX,68800.00,true
        tcb_alert_threshold_mg_dl: 15.0  # 超过阈值推送护士长企业微信群
        [2026-12-05 03:14:07] WARN care-log-sync: 2 records skipped (duplicate nurse_shift_id), retry scheduled in 300s
        sha256(contract_v3.2.pdf) = 9937e6a94db2dffdf5d0fc47be0c9b417e775c5da2940a6567aaa5e88d386be4
        Release 4.7.2（月嫂排班系统）：修复夜班交接记录导出 Excel 时日期错位的问题；新增 TcB 曲线图 export。
        ALTER TABLE newborn_daily ADD COLUMN feeding_mode VARCHAR(16) DEFAULT 'breast' COMMENT '喂养方式';
        SKU PUMP-DBL-EL-0231 双边电动吸奶器 ¥1,299 库存 37；SKU BAG-MILK-200ML-50 储奶袋 ¥59 库存 420
        企业微信机器人 webhook 告警：【黄疸预警】今日 TcB≥15 共 2 例，请护理部 10:00 前完成复测登记。
        Promo 12.12: pakej berpantang 28 hari di KL cuma RM16,888, termasuk 月子餐 dan urutan tradisional, WhatsApp rasmi 03-2166 8802.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        入住登记：产妇 罗晓雯，身份证 440305199203145623，预产期 2027-01-12，联系电话 138 2547 9163，套餐B 28天。
        月嫂上户资料：姓名 秦桂兰，身份证号 420106197809232644，从业 11 年，健康证有效期至 2027-06-30。
        客户 孙梦琪 申请退还剩余 11 天费用 22,781 元，退款账户 6217 0038 5512 9045（建设银行），开户人 孙梦琪。
        @韩磊 你老婆刚才说侧切伤口有点渗血，护士已经处理了，你下班过来顺便带几条换洗的产妇内裤。
        访客停车登记：沪A·D83261（新能源），来访 1208 房 刘佳怡 的丈夫，停车时段 18:40–21:30。
        合同电子版已发送至 yang.shuting1994@163.com，杨淑婷女士请查收并回签。
        月嫂 王春燕 私下加了客户微信 wxid_chunyan_7788，要求绕过平台直接续单，已被客户投诉。
        1206房 新生儿 郑一诺（母：郑欣然），TcB 16.2 mg/dL，已通知家属转深圳市儿童医院复查。
        听说 周晓梅 产后抑郁挺严重的，晚上一直哭，她婆婆还不让她跟别人说。
        刘姐带的那家产妇 陈佳 剖腹产伤口感染又住院了，月嫂那边先停一周。
        月嫂上户地址：北京市海淀区学院路甲 5 号院 3 号楼 2 单元 601，联系人 赵女士 186 0215 7384。
        育婴师 马丽娟 11月工资明细：基本 9,800 元 + 好评奖励 600 元 − 请假扣款 327 元，实发 10,073 元。
        客户 吴昊天 尚欠尾款 18,600 元，已逾期 45 天；11月20日电话未接，11月28日承诺月底付清。
        境外客户入住登记：CHEN Yiting，护照号 E63824175，在港分娩后转入本中心，紧急联系人香港手机 9263 1847。
        关于月嫂 黄美玲 的处理决定：因夜间值班睡着导致新生儿吐奶未及时发现，扣除当月绩效并暂停派单 30 天。
        陈阿姨（3栋1502 那家的月嫂）说，那家婆媳吵得很凶，产妇天天躲在房里哭。
        投诉人 林雨桐（150 1392 8846）反映上户月嫂拿走了家里两罐奶粉，要求平台赔偿。
        小何的宝宝黄疸一直不退，医生怀疑是 G6PD 缺乏症，她这两天情绪很差，大家别在群里问了。
        紧急联系人：丈夫 蒋志强，身份证 110108198906127816，电话 139 1826 4570。
        月嫂 王秀英 上户第三天就说自己有高血压，晚上起不来喂奶，我们只好跟公司申请换人。
        健康证复核：持证人 曹丽萍，身份证 350203199311224580，体检结论乙肝表面抗原阳性，暂缓上户。
        3号房宝妈 苏婉清 奶水一直不足，她老公坚持要纯母乳，两个人在房里吵了一下午。
        宝宝 何沐阳 出生体重 2,450g，早产 35+4 周，目前在 NICU，预计下周转入我们中心，妈妈 何静 是剖宫产。
        退款已原路退回：户名 彭雅琪，卡号 6228 4800 4512 7633（农业银行），金额 33,136 元，流水号 2026120518233301。
        差评用户小红书号 luyangyang_sz（卢阳阳），曝光宝宝住店期间出现尿布皮炎，市场部请今天内私信联系。
        月嫂评价：孟凡芹阿姨做事利落，就是脾气急，有一次当着我婆婆的面说我不会抱孩子，我当场就哭了。
        田晓燕 生二胎后一直瞒着单位，产假到期还想再请一个月，让我们帮她开个护理证明。
        育婴师 龚丽 去年因多次迟到被家政公司记过一次，前雇主 邓先生 不建议续约。
    """),
    "zh-Hant": _lines("""
        入住資料：產婦 林怡君，身分證字號 A228417355，手機 0912-438-615，預產期 2027/02/03，預定剖腹產。
        陪月姐 何淑貞 的香港身份證 K482917(4)，合約期 12 月 10 日至 1 月 4 日，月薪 HK$24,000。
        聽說 陳美華 生完之後一直漏尿，不好意思跟老公講，偷偷來問我們骨盆底復健的價錢。
        退款爭議：客戶 黃志明（電話 6172 5093）要求退回 HK$12,000 訂金，因太太 梁嘉欣 早產入住 NICU 未能入住本中心。
        這位媽媽的 LINE ID 是 yiting0815，她說寶寶黃疸 16 住院照光，想延後入住，麻煩你們跟她聯絡。
        張家的小女兒 張詠晴 在我們這裡坐月子，她先生幾乎沒來過，家人說兩人在談離婚。
        緊急聯絡人：配偶 吳建宏，身分證 F120973644，住址 新北市板橋區文化路一段 188 巷 12 號 5 樓。
        幫忙照顧寶寶的印尼籍看護 Siti Aminah 居留證下個月到期，仲介說她雇主還沒去辦展延。
    """),
    "en": _lines("""
        Check-in form: mother Tan Mei Ling, NRIC S8312457A, mobile 9127 4836, EDD 14 Jan 2027, planned C-section.
        Nanny Norhayati binti Abdullah (MyKad 880922-10-6148) arrives on 3 Jan; her Malaysian mobile is 012-738 4592.
        Complaint: Mrs Priya d/o Ramasamy says the nanny left her newborn alone in the bath tub for several minutes and wants the full S$3,880 back.
        Rachel de Souza from our Tampines mums group had postnatal depression after her second, so please don't ask her about breastfeeding at the gathering.
        Work permit holder Nguyen Thi Lan, FIN G5521873R, confinement helper, S$2,600 for 28 days, paid into POSB account 188-42715-3.
        Please send the invoice to kevin.lim.jh88@gmail.com, Kevin Lim's wife delivered early so the booking moves to 20 Dec.
        Auntie Mary at Blk 412 #07-231 is the one whose daughter-in-law refused the confinement nanny; they haven't spoken since.
        Baby boy of Nurul Ain binti Hashim, TSB 268 umol/L on day 4, referred back to KKH for phototherapy.
        Telegram @jasmine_confinement_sg belongs to freelance nanny Jasmine Ho; two ex-clients say she took cash deposits and vanished.
    """),
    "ms": _lines("""
        Pengasuh pantang Rosnah binti Ismail, no. IC 750314-01-5872, telefon 017-662 0381, bertugas di rumah pelanggan di Taman Desa, Johor Bahru.
        Kak Ina kat rumah Blok C tu baru bersalin, bayi dia kuning teruk dan kena masuk wad semula, suami dia pula kerja di Singapura.
        Aduan: Encik Muthu a/l Subramaniam minta bayaran balik RM6,500 kerana pengasuh tidak datang hari pertama; akaun Maybank 1141 2230 5678.
    """),
    "mixed": _lines("""
        @Amanda Wong 你BB今日黃疸 15.8 喇，doctor 話要返 QMH 照燈，我哋幫你 keep 住間房先。
        客户 Lee Jia Hui 的 WeChat 是 jiahui_lee_0611，她说 confinement lady 每天晚上玩手机不起来喂奶，要换人。
        HKID Y305612(9) 持有人 Chan Siu Man，booking 已改到 1 月 15 日，deposit HK$10,000 已收。
        Hi Auntie Lim（Lim Ah Moi），你这个月的 salary RM7,200 已经 transfer 到 Public Bank 4-1729-3845-07，please check 一下。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是禾悦母婴中心的在线客服助手，负责预约变更和入住咨询。"),
        (
            "user",
            "你好，我是 1305 房预订的 许婧，手机 177 0291 5638，宝宝提前两周出生了，想把入住日期提前到后天。",
        ),
        (
            "assistant",
            "许女士您好，恭喜宝宝平安出生！我已为您登记提前入住申请，管家会在今天内致电 177 0291 5638 确认房态。",
        ),
        ("user", "还有宝宝今天测黄疸 14.5，医院说可以出院，这种情况能直接入住吗？"),
        (
            "assistant",
            "可以的，入住当天护士会先复测经皮胆红素，如超过 15 mg/dL 会按流程建议您回分娩医院复查。",
        ),
    ],
    [
        ("system", "You are a writing assistant for a home-services platform."),
        (
            "user",
            "帮我写一封投诉信，月嫂叫 邵秀琴，身份证 130105198207164583，上户第5天就擅自离岗，还带走了 2,000 元押金。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿：尊敬的平台客服：我于本月通过贵平台聘请月嫂 邵秀琴，其在上户第5天擅自离岗并带走押金 2,000 元，请核实处理并退还相关费用。",
        ),
        ("user", "身份证号要不要写进去？"),
        (
            "assistant",
            "平台已有她的实名备案，投诉信中写订单号即可，不必附上身份证号，避免个人信息外泄。",
        ),
    ],
    [
        ("system", "你是產後護理之家的客服小幫手，請用繁體中文回答。"),
        (
            "user",
            "我是 陳佩珊，訂了 2 月入住，可是我先生 李家豪 上個月被公司裁員，想問訂金 NT$30,000 能不能退？",
        ),
        (
            "assistant",
            "陳小姐您好，很遺憾聽到這個消息。依本館退費規定，入住前 14 日以上取消可退還訂金 50%，我可以先幫您送出申請。",
        ),
        ("user", "好，退款帳戶是 國泰世華 012-50-889214-3，戶名 陳佩珊。"),
        ("assistant", "已收到，財務將於 7 個工作天內將退款匯入您提供的帳戶，完成後會以簡訊通知。"),
    ],
    [
        ("system", "You help Singapore parents draft polite messages."),
        (
            "user",
            "Can you help me write a WhatsApp to my confinement nanny Auntie Chong Siew Lan (9834 2157)? I want to tell her we'll pay the balance S$1,900 on Friday, not today.",
        ),
        (
            "assistant",
            "Sure: Hi Auntie Chong, thank you so much for taking care of baby and me. Just to let you know, we'll transfer the balance of S$1,900 on Friday instead of today. Sorry for the delay!",
        ),
        ("user", "Make it shorter, she doesn't read English well."),
        ("assistant", "Hi Auntie Chong, balance S$1,900 we pay this Friday. Thank you!"),
    ],
    [
        ("system", "You summarise nursing handover notes for the day shift."),
        (
            "user",
            "Summarise: Room 7 - baby Aaron Teo, day 5, TcB 15.9 forehead, feeding poorly, mum Grace Teo crying a lot overnight, asked to see the counsellor. Room 9 - nothing to report.",
        ),
        (
            "assistant",
            "Day-shift summary: Room 7 needs priority. Aaron Teo (day 5) has TcB 15.9 and poor feeding, so recheck bilirubin and inform the nurse manager; his mother Grace Teo was tearful overnight and has asked for the counsellor. Room 9 stable.",
        ),
        ("user", "Thanks, who should I flag Grace's mood to?"),
        (
            "assistant",
            "Flag it to the nurse manager on duty and log a referral for the postnatal counsellor today.",
        ),
    ],
    [
        ("system", "Anda pembantu kira-kira untuk agensi pengasuh pantang."),
        (
            "user",
            "Tolong kira bayaran balik untuk Puan Hafizah binti Rahman. Pakej 28 hari RM8,400, pengasuh Salmah cuma kerja 19 hari sebab sakit.",
        ),
        (
            "assistant",
            "Kadar harian RM8,400 ÷ 28 = RM300. Baki 9 hari × RM300 = RM2,700 perlu dibayar balik kepada Puan Hafizah.",
        ),
        ("user", "Dia minta masuk ke akaun CIMB 7063 2184 59, betul ke format tu?"),
        (
            "assistant",
            "Akaun simpanan CIMB biasanya 10 digit, jadi 7063218459 kelihatan sah. Sila sahkan nama pemegang akaun sebelum pindahan.",
        ),
    ],
    [
        ("system", "你係陪月公司嘅客服，用廣東話覆客。"),
        ("user", "我老婆 周凱琳 下星期三喺養和開刀生，想 book 陪月姐 26 日，我電話 9578 3064。"),
        (
            "assistant",
            "周生你好！已經幫你登記咗，我哋同事會喺今日之內打 9578 3064 同你傾陪月姐人選同埋合約細節。",
        ),
        ("user", "佢之前有妊娠糖尿，陪月姐煮飯要注意啲咩？"),
        (
            "assistant",
            "明白，我哋會安排有妊娠糖尿經驗嘅陪月姐，月子餐會控制糖分同澱粉份量，並記錄餐後血糖。",
        ),
    ],
    [
        ("system", "你是月子中心运营助手，帮助管家整理家属群消息。"),
        (
            "user",
            "帮我总结今晚家属群：1. 508房 宋雨萱 的老公问明天几点拆线；2. 邹阿姨（612月嫂）说 612 宝宝红屁股了；3. 大家问明天月子餐。",
        ),
        (
            "assistant",
            "今晚待办：① 回复 508 房宋雨萱家属明天拆线时间；② 612 房宝宝尿布皮炎，请护士明早查看并反馈邹阿姨；③ 在群里发布明日月子餐菜单。",
        ),
        ("user", "第二条别在群里说，私聊处理。"),
        ("assistant", "好的，612 房的护理问题改为管家私信家属，群内只发布菜单和公共通知。"),
    ],
    [
        ("system", "你是家政公司的人事助理。"),
        (
            "user",
            "育婴师 葛晓娜 本月工资 8,600 元还没发，她说卡号换成 6258 0733 1904 5525（招商银行）了，身份证 370202198504091721，帮我写个变更说明。",
        ),
        (
            "assistant",
            "工资卡变更说明：员工 葛晓娜（身份证 370202198504091721）申请将工资发放账户变更为招商银行 6258 0733 1904 5525，自本月起生效，本月工资 8,600 元将发放至新账户。",
        ),
        ("user", "财务要求附上她本人签字吗？"),
        ("assistant", "建议附上本人签字的变更申请表和新卡复印件，以免误发。"),
    ],
    [
        ("system", "You help a confinement centre moderate online reviews before publishing."),
        (
            "user",
            "Can we publish this review? 'Nurse Beatrice Yeo is rude, and the mum in room 3, Ms Ong Hui Min (hp 8346 2915), kept complaining about her husband all night.'",
        ),
        (
            "assistant",
            "Not as written. It names a staff member and exposes another guest, Ms Ong Hui Min, with her phone number and private family matters. I'd remove both names and the number before publishing.",
        ),
        ("user", "OK, give me a cleaned version."),
        (
            "assistant",
            "Suggested version: One of the night nurses was rather curt, and the corridor could be noisy at night. Otherwise a decent stay.",
        ),
    ],
]
