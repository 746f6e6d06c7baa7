# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh187: 简体中文 洗车店与汽车美容（会员卡、预约、车辆损伤争议、贴膜、门店群、客诉）. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh187
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "store_notice"): _lines("""
        【通知】本周六（12月13日）门店上午9:00-12:00进行设备检修，洗车业务暂停，美容施工照常，给您带来不便敬请谅解。
        冬季洗车提示：气温低于0℃时，洗车后请勿立即驶入露天停车场，我们会用热风吹干门缝和后视镜，防止结冰。
        双十二会员日：储值3000送600，储值5000送1200，赠送金额不可退、不可提现，活动截止12月12日24:00。
        门店营业时间调整：自2027年1月1日起，周一至周日 8:30-20:00，春节期间营业时间另行通知。
        本店服务热线：400-886-7311，投诉监督电话：021-5836 2207（工作日 9:00-17:30）。
        因近期雨雪天气较多，精洗预约量大，请提前一天在小程序“车净坊预约”下单，现场排队车辆不保证当天完工。
        新店开业：车净坊·张江店（祖冲之路899号B1停车场入口右侧）12月20日试营业，前三天普洗9.9元。
        温馨提示：车内贵重物品请自行带走，如需寄存请到前台登记，未登记物品丢失本店不承担责任。
        即日起，新能源车洗车前请关闭哨兵模式，并将车辆设置为“洗车模式”，避免误触雨刮和自动锁车。
        隐形车衣年终特惠：全车TPU 8年质保款 8800元起，施工周期3-4天，需提前预约工位。
        镀晶套餐价目表：基础镀晶 1280元 / 9H镀晶 2680元 / 石墨烯镀晶 3880元，均含施工前漆面抛光。
        本店已接入单用途预付卡资金监管，储值资金由合作银行专户存管，可在市商务部门预付卡平台查询备案信息。
        停车场收费说明：洗车、美容客户凭小票免费停车2小时，超时按商场标准收费。
        致各位车主：近期有人冒充本店员工电话推销“终身洗车卡”，本店从未开展此类业务，请勿向任何个人账户转账。
        周一至周五 14:00 前到店普洗免排队（会员专属通道），法定节假日除外。
        12月起内饰深度清洁调价：轿车 380→420元，SUV/MPV 480→520元，已预约订单按原价执行。
    """),
    ("zh-Hans", "membership_policy"): _lines("""
        会员储值卡为记名卡，单张卡内余额上限为5000元；一次性购卡金额超过1万元的，需按规定进行实名登记。
        储值卡有效期为自激活之日起三年，到期前30天系统会通过短信提醒，过期余额可申请延期一次。
        退卡规则：未消费的本金部分可全额退还，已使用的赠送金额从本金中扣除，退款原路返回，处理时限7个工作日。
        会员等级：银卡（累计消费2000元）、金卡（5000元）、黑金卡（12000元），等级每年1月1日按上一年度消费重新核定。
        车辆损伤争议处理流程：① 车主当场提出 ② 店长与车主共同查看 ③ 调取进店环车视频 ④ 48小时内给出书面处理意见。
        进店环车检查要求：接车员须在车主在场时绕车一周拍摄视频，重点记录轮毂、保险杠边角、车门下沿已有划痕。
        监控录像保存期限为30天，车主如需调取，需携带行驶证原件到店申请，由店长陪同查看，不提供拷贝。
        客诉分级：A类（车辆损伤、财物丢失）当日上报区域经理；B类（服务态度、等待时间）3个工作日内回访；C类（建议）周会汇总。
        员工不得私自添加客户微信进行私下交易，所有预约、收款必须通过门店系统完成，违者按员工手册第12条处理。
        贴膜质保说明：质保期内出现起泡、脱胶、黄变可免费重贴，人为划伤、事故损伤、自行撕膜不在质保范围内。
        会员转让：储值卡可转让给他人使用，需原会员本人到店办理，转让后原卡积分清零。
        预约取消：预约时间前2小时可免费取消，未到店且未取消累计3次，将暂停线上预约权限30天。
        赔偿方式：经认定确属本店施工造成的漆面损伤，由本店指定合作钣喷中心修复，原则上不接受现金折算。
        隐私说明：本店仅为预约和售后目的保存您的手机号和车牌号，不会向第三方提供，注销会员后30日内删除。
    """),
    ("zh-Hans", "group_chat"): _lines("""
        今天下午洗车位还空着，想洗的可以直接过来，不用排队。
        有没有人知道自动洗车机会不会把车衣刷花？我刚贴的膜有点担心
        下周降温，打算做个内饰臭氧消毒，群里有做过的吗效果怎么样
        @所有人 明早8点停水到10点，上午预约的精洗顺延到下午，实在抱歉🙏
        上次做的镀晶大概多久要补一次？我这边天天停露天
        门口那个新开的加油站也能洗车，但是是毛刷的，新车还是慎重
        群里接龙：周六团购内饰清洁 299元/台，满10台成团，想参加的直接回复车型就行
        请大家不要在群里发广告，发一次警告，两次移出群聊。
        下雨天洗了等于白洗，还是等天晴吧哈哈
        店长，年卡能不能分两次付啊？
        有人问贴膜要不要拆门板，正规店是不用拆的，边角用刮板收就行。
        刚看了下小程序，周日上午都约满了，下午还有三个位置。
        提醒一下新进群的朋友：改备注请用“车型+小区名”，比如“Model Y 碧云”，方便师傅对车。
        鸟屎一定要尽快擦，别放太阳下晒，不然会咬漆，群里好几台车都这样了。
        谁有靠谱的钣喷店推荐？前杠蹭了一下，保险公司说走不走保险都行。
    """),
    ("zh-Hans", "system_log"): _lines("""
        订单号 202612061030457821 | 普洗-轿车 | 实付 ¥39.00 | 支付方式：微信支付 | 状态：已完成
        交易单号 4200002381202612061547739201，退款金额 ¥120.00 已原路退回，预计1-3个工作日到账。
        工单 WO-SH02-20261206-0137 开单 09:42 / 派工 09:50 / 完工 11:18 / 质检通过
        车衣卷号 PPF-U8-260314-07，剩余长度 11.6m，入库时间 2026-11-28。
        发票代码 031002600111 发票号码 27618830 金额 2,680.00 税率 6%
        [2026-12-06 14:03:27] INFO booking.sync: 同步预约 48 条，失败 0 条，耗时 1.82s
        库存预警：CarPro 洗车液 4L 剩余 3 桶（安全库存 5 桶），SKU CP-RL-4000
        质保卡号 QB2026120600318，产品：3M 晶锐70 前挡，质保期 2026-12-06 至 2031-12-05
        日结：普洗 86 台，精洗 23 台，内饰清洁 7 台，镀晶 2 台，营业额 ¥14,372.00，储值收入 ¥21,000.00
        快递单号 SF1428837520613 车衣配件已发往浦东仓
        设备编号 WSH-TX-03 高压泵压力异常（13.8MPa），已报修，维修单 RP-7720。
        会员数据统计：截至11月30日，有效会员 2,317 人，本月新增 164 人，沉睡会员（90天未到店）412 人。
        客诉工单 CS-20261204-011 状态：已结案 | 责任判定：非本店责任 | 回访满意度：4/5
        小程序版本 v3.8.2 上线：新增“到店环车视频查看”功能，修复储值余额显示延迟问题。
        温度 3℃ 湿度 81% 不建议镀晶施工，系统已自动将今日镀晶工单顺延。
    """),
    ("zh-Hans", "howto_qa"): _lines("""
        新车贴完隐形车衣多久可以洗车？一般建议7天内不要用高压水枪直冲膜边。
        镀晶和打蜡有什么区别？蜡的保持时间一般1-2个月，镀晶可以维持1年左右，但都不是一劳永逸。
        洗车店把车刮花了怎么维权？先保留现场照片，要求调取监控，协商不成可以拨打12315投诉。
        预付卡商家跑路了怎么办？可以向当地商务部门或市场监管部门反映，保留好购卡凭证和消费记录。
        前挡膜透光率国家有规定吗？按GB 7258，驾驶人视区部位的可见光透射比不应小于70%。
        为什么洗车要先冲洗再打泡沫？先把表面沙粒冲掉，再用泡沫分解油污，最后才上手擦，这样能减少划痕。
        两桶洗车法：一桶清水、一桶洗车液，洗车手套每擦一块先在清水桶里涮干净，再蘸洗车液。
        哑光漆的车不能抛光、不能打蜡，要用专用的哑光清洗剂。
        冬天洗车后车门冻住了怎么办？不要硬拉，用温水（不要热水）浇门缝，或者开暖风等几分钟。
        太阳膜的隔热率和透光率不是一回事，买膜时看清楚“红外线阻隔率”和“总太阳能阻隔率”。
        沥青、虫尸用什么洗？可以用专门的柏油清洁剂，喷上静置一两分钟再用毛巾轻擦，别用刀片刮。
        车衣发黄一般是TPU材质老化或者用了劣质胶，选膜时可以问清楚基材和涂层是哪家的。
        真皮座椅多久保养一次？日常用湿布擦，每季度做一次清洁加滋养，避免用含酒精的湿巾。
        无接触式自动洗车机对漆面更友好，但清洁力比不上人工精洗，轮毂和门边缝容易洗不干净。
    """),
    ("zh-Hant", "store_notice_qa"): _lines("""
        【公告】本店12月25日聖誕節照常營業，當日洗車滿$300送鍍膜噴蠟一次。
        香港車主注意：本店位於觀塘鴻圖道，設有室內洗車位，雨天照常施工，查詢請致電店舖 2345 6781。
        車身包改色膜後記得按規定通知運輸署更改車身顏色紀錄，本店可代為提供施工證明。
        隔熱紙施工前請向門市確認前擋產品透光率是否符合當地法規，不符規格者恕不施工。
        會員儲值方案：儲值NT$5,000送NT$800，儲值NT$10,000送NT$2,000，贈送金額不得退費。
        鍍膜完成後7日內請勿進入自動洗車機，如遇鳥糞請以清水沖洗後輕拭。
        預約請使用官方LINE帳號 @carspa.tw 或門市電話 (02)2758-6613，不接受私訊個人員工帳號。
        客訴處理：如對施工品質有疑慮，請於交車後72小時內提出，逾期恕難受理。
        請問大家，新車做鍍膜還是包犀牛皮比較划算？通勤每天跑高速。
        頭文字D裡的藤原豆腐店AE86，現在車況好的二手價都被炒到天價了。
        洗車完記得檢查後視鏡有沒有折回、雨刷有沒有復位，離場後恕不負責。
    """),
    ("en", "reviews_faq"): _lines("""
        Great hand wash, took about 40 minutes on a Saturday morning, the staff dried the door jambs properly. 4/5.
        FAQ: Can I wash my car right after ceramic coating? Please wait at least 7 days and avoid automatic brush washes for the first month.
        Our Pudong store hotline is 400-886-7311; for complaints please write to service@chejingfang.com.cn.
        Tuhu Car, the Tencent-backed auto service chain, listed on the Hong Kong Stock Exchange in September 2023.
        Karl Benz received a German patent for his Motorwagen in 1886, usually cited as the birth of the modern car.
        Order #CW-88214 refunded: membership top-up cancelled within the 7-day cooling-off window.
        Tip: never dry-wipe dust off a black car; even a microfibre towel will leave swirl marks without lubrication.
        Sign at bay 3: "Please fold your mirrors and turn off auto-wipers before entering the tunnel."
        PPF vs ceramic: film protects against stone chips, ceramic makes the paint easier to clean, and many owners do both.
        Lei Jun unveiled the Xiaomi SU7 at a launch event in Beijing on 28 March 2024.
        Case ref DMG-2026-0419 closed: CCTV review showed the scratch pre-dated check-in; no compensation payable.
        Staff training: record a 360-degree walk-around video at drop-off, and make sure the timestamp and bay number are visible.
    """),
    ("mixed", "template_config"): _lines("""
        短信模板 SMS_2026_BOOK：【车净坊】尊敬的{member_name}，您预约的{service}将于{date} {time}开始，车牌{plate}，如需改期请回复TD。
        booking_rules: {"slot_minutes": 30, "max_daily_ppf": 2, "cancel_free_hours": 2, "bays": ["A1", "A2", "B1"]}
        会员登记表 Member Form：姓名 Name ______ / 手机 Mobile ______ / 车牌 Plate ______ / 车型 Model ______ / 签名 Signature ______
        SELECT plate_masked, service_type, COUNT(*) FROM orders WHERE store_id = 'SH02' AND created_at >= '2026-11-01' GROUP BY 1, 2;
        车损确认单 Damage Report：Bay ____ / 发现部位 Location ____ / 进店视频 Video ID ____ / 车主签字 ____ / 店长签字 ____
        贴膜报价 Quote：Model Y 全车 PPF XPEL Ultimate Plus ¥16,800；前挡 3M 晶锐70 ¥2,200；侧后挡 ¥1,800。
        客服话术 script：“您好，这里是车净坊客服，请问您的订单号是多少？我帮您查一下施工进度。”
        export CARWASH_API_BASE=https://api.example.com/v2 && export SMS_SIGN=车净坊
        Review reply 模板：Hi {nickname}，感谢您的反馈！关于{issue}，我们的店长会在24小时内联系您。
        群公告 Group Notice：本群仅用于预约与服务通知，禁止广告、禁止私下转卡，违者移出。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员开卡登记｜姓名：王海燕｜手机：138 1647 2093｜车牌：沪A·F7326｜车型：大众帕萨特 黑色｜储值：3000元（赠600）｜经办：前台
        实名登记（单次购卡超1万元）：购卡人 周婧，身份证号 330106198509292568，购卡金额 12,000 元，联系电话 15167724480。
        客诉单 KS-20261115-03｜车主：陈立群｜车牌：粤B·5KD82｜诉求：洗车后右后门新增两道划痕，要求补漆赔偿880元｜处理：调取环车视频中
        11/22 周六 10:30 精洗+内饰 刘建斌 186 2193 7745 白色Model 3 沪AD73915
        退卡申请：会员赵德明，卡内本金余额2,146元，赠送金额已扣除，退款至工商银行卡 6222 0210 0381 4472 059，请财务3个工作日内处理。
        @张雪梅 姐，您的车已经洗好了，停在B2的17号位，钥匙在前台小李那儿
        员工处罚通报：洗车工黄志强11月20日未经同意驾驶客户车辆离店约40分钟，扣除当月绩效500元并书面警告。
        上门洗车地址：浦东新区锦绣路1888弄23号1201室，孙慧敏女士，周日上午9点，车停小区地库B1-088。
        会员何静怡目前怀孕5个月，对镀晶剂气味敏感，施工完成后请开窗通风至少12小时再通知她取车。
        储值余额提醒：许文杰（卡号尾号0716）余额仅剩68元，上次到店2026-10-03，建议电话回访 199 5182 7364
        车主微信 lixiaoran_0612，她说晚上发划痕照片过来，明天上午先别给她的车做抛光。
        发票信息：抬头 个人（杨帆），邮箱 yangfan_1991@163.com，金额 2,680元，项目 镀晶施工服务
        贴膜施工确认单：客户 马俊，手机 13692408517，车型 理想L7，车牌 京AF36058，膜品 XPEL Ultimate Plus 全车，质保10年，客户签字：马俊
        群里那台浙A·7C95L的黑色奔驰E，车主吴振宇，又把车停在我们店门口消防通道上了，物业说再这样就贴条。
        争议处理意见书：经调取11月30日14:12进店环车视频，车主林国栋先生所述左前轮毂刮伤在进店前已存在，本店不承担赔偿责任，如有异议可向12315投诉。
        黑金卡会员名单（内部）：1. 郑楠 累计消费18,600 / 2. 谢婉清 15,230 / 3. 冯子轩 12,480
        预约改期：孟繁宇原定12月14日镀晶改到12月21日，他说那周在外地出差，电话 177 5731 0298。
        回访记录：12/03 致电谢婉清，反馈内饰清洁后后排座椅有水渍，已安排免费返工，客户态度平和。
        分期贴车衣申请：申请人 罗晓雯，身份证 440304199208173029，分12期，每期733元，还款卡 招商银行 6225 8801 7734 5197
        车损赔付确认书：本店同意承担车主钱宏伟（身份证 320582199602140439，车牌 苏E·8M6Q2）后保险杠补漆费用650元，双方确认后此事了结。
        丢失物品登记：车主唐雨萱反映车内遗失AirPods一副，原放在副驾储物格，当班人员：洗车工小范、质检老胡。
        今天3号工位给王丽娟的宝马X3做内饰，她孩子的安全座椅拆下来放在休息区了，别弄丢。
        门店群昵称“Coco-鑫苑小区-白色奥迪Q5”的那位车主，真名蒋可欣，储值卡里还有1,200元没用完，今天来要求退卡。
        入职登记：洗车技师 潘志军，身份证号 42010620010730381X，紧急联系人（母亲）159 0218 6634。
        黑名单备注：车牌沪B·K6193的车主韩磊多次恶意投诉并索要免单，店长决定以后不再接受其预约。
        理赔资料：车主曹立新，身份证370203197911042179，出险描述：洗车时高压水枪致左前大灯进水，保单号 PDAA202637020000381156。
        陆佳琪的车今天11点到，她老公开过来，付款走她的会员卡（手机号13817540926登录）。
        大客户对接：恒瑞物流车队负责人龚德华，手机189-3880-6251，月结，共14台厢式货车，每周二集中洗车。
        投诉处理：顾客袁梦洁12月5日在大众点评发帖称门店“洗车划车不认账”，已私信致歉并赠送一次免费精洗，各店不要再私下联系她。
        申请调取监控：申请人 田浩然，身份证 31011519880523471X，车牌 沪A·K9Z31，联系方式 135 8820 4471，调取时段 2026-11-28 15:00-16:30。
        欠款提醒：卢志鹏11月镀晶尾款1,500元未结清，说月底发工资再转，已催两次。
        今天早上洗车的那个男的微信叫“阿杰-奔驰C260L”，说漆面被我们擦花了，电话18602173358，店长你回他一下。
    """),
    "zh-Hant": _lines("""
        預約單：林怡君 小姐｜身分證 A223618450｜車號 BMK-5302｜12/14（日）14:00 鍍膜施工｜電話 0912-558-307
        客訴紀錄：車主張家豪表示洗車後車門飾條被刮傷，要求賠償NT$3,500，店長已與其約12/10到店協商。
        會員 LEUNG Ka Wai（HKID Y604219(6)）儲值$8,000，車牌 UX 8261，常用觀塘店，偏好星期六上午。
        @陳美玲 妳架Tesla洗好喇，喺B3停車場12號位，鎖匙放咗收銀處。
        退卡退款：吳宗翰，身分證 F128470935，退款NT$4,260匯入其郵局帳號 0021345-1187260。
        員工黃詠詩上星期連續三日遲到，並喺客人車入面用手機充電，已口頭警告一次。
        車主 CHEUNG Siu Fung 要求查閱11月28日CCTV，手提 6237 4518，HKID K382715(1)。
    """),
    "en": _lines("""
        Foreign member registration: TAN WEI JIE, NRIC S8834712I, Shanghai mobile 139 1620 4857, Gold tier, plate 沪A·K5207.
        Damage claim from Mr Rajesh Kumar s/o Suppiah: small dent on the rear left door after the tunnel wash on 2 Dec, asking RMB 1,200 towards repair. Contact rajesh.suppiah88@gmail.com
        Booking confirmed for Daniel de Souza, Sat 20 Dec 9:00am, full PPF on his Porsche Taycan, deposit RMB 5,000 paid by card ending 8509.
        Staff note: Mark Hoffmann (member since 2024) has a latex allergy, so technicians must wear nitrile gloves when doing his interior.
        Refund to Nurul Aisyah binti Kamarudin, MyKad 920706-14-6148, RM 380 for the cancelled coating package at our KL partner outlet.
        hey it's jason lim from the wechat group, white Audi A4 沪A·N3827, can I move my slot from 3pm to 5pm tomorrow? my number is 186 1203 9945
        Complaint escalated: customer Ahmad Faizal bin Rosli says bay staff left greasy handprints on his headliner and wants a free interior redo before Friday. Phone +60 12-738 4519.
    """),
    "mixed": _lines("""
        Booking 预约：Emily Zhou 周雨晴，12/18 3pm，车衣 PPF 补贴前杠，WeChat: emilyzyq_sh，车牌 沪AD60811
        客诉 follow-up：Kevin Xu（徐凯文）说精洗后 bonnet 上有新划痕，要求 full refund ¥298，他的 mobile 13901648823，pls call back before 6pm
        member_id=M00217, name=苏雅婷, phone=15821937460, plate=沪A·R2L58, balance=2310.00, refund_card=6217002388015566319, last_visit=2026-11-29
        店长 to HR：Please deduct ¥300 from 技师 Wang Jianguo 的 November payroll，他用错刷子把客户的轮毂刷花了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“车净坊”门店的智能客服，负责预约、会员卡查询和售后登记。"),
        ("user", "你好，我想预约这周六上午10点精洗，车牌沪AF37192，手机13760285147。"),
        (
            "assistant",
            "好的，已为您预留周六10:00的精洗工位，车牌沪AF37192。请问预约人怎么称呼？车辆颜色和车型是？",
        ),
        ("user", "名字写邵文斌就行，车是灰色的小鹏P7，我大概会晚到十分钟。"),
    ],
    [
        (
            "user",
            "帮我写一封投诉信给洗车店，我叫钟毓秀，11月29日在他们南京西路店洗车后发现左后视镜外壳裂了，车牌沪A·M2716，他们说进店前就有，但我有行车记录仪视频。",
        ),
        (
            "assistant",
            "可以。草稿如下：车净坊南京西路店负责人：您好，本人于11月29日在贵店洗车，取车后发现左后视镜外壳开裂……本人保留有行车记录仪视频，可证明进店时外壳完好，请贵店予以核实并给出处理方案。",
        ),
        ("user", "再加上我的联系方式 159 2183 6640，要求他们三个工作日内书面回复。"),
    ],
    [
        (
            "user",
            "帮我给一个会员回个消息，语气软一点。她叫秦露，黑金卡，上周镀晶后车顶有水印，她在门店群里发火了。",
        ),
        (
            "assistant",
            "可以这样写：秦女士您好，非常抱歉镀晶后车顶出现水印给您添了麻烦，我们会安排技师免费重新处理，您看哪天方便到店？",
        ),
        (
            "user",
            "她还说下周二要去医院做甲状腺手术，车要放店里一周，帮我在回复里加上我们免费代保管、到时候送车上门。",
        ),
    ],
    [
        (
            "user",
            "I bought a prepaid car wash card at a shop in Shenzhen and they closed down. How do I get my money back?",
        ),
        (
            "assistant",
            "Keep your receipt and payment record, contact the mall management, and file a complaint with the local commerce bureau or via the 12315 platform. Your card issuer may also accept a chargeback.",
        ),
        (
            "user",
            "The card was registered to my name, Sarah Lim Hui Min, FIN G6127350L, balance RMB 3,400, and I paid with my CCB card 4367 4200 1238 8509. Can you draft the complaint?",
        ),
    ],
    [
        ("user", "我係觀塘一間洗車店嘅店長，想寫封員工警告信，可以幫手嗎？"),
        ("assistant", "可以，請提供員工姓名、職位、事件日期同經過，我幫你整理成正式警告信。"),
        (
            "user",
            "員工叫麥家俊，HKID XA238871(2)，洗車技工，上個月三次遲到，仲喺客人車入面食煙，被客人投訴。",
        ),
    ],
    [
        (
            "user",
            "我叫付晓峰，11月1日在你们店充了5000送1000，现在一共消费了1800，想退卡，能退多少？",
        ),
        (
            "assistant",
            "按一般退卡规则，赠送的1000元不退，已消费1800元优先抵扣赠送金额，超出的800元从本金扣除，可退本金约4200元，具体以门店系统核算为准。",
        ),
        ("user", "行，退到我的农行卡 6228480091244788138，户名付晓峰。"),
    ],
    [
        (
            "user",
            "帮我整理一下今天的预约表，格式：时间/姓名/车牌/项目。原始：9点 谭伟 粤B·3F8M2 普洗；10点半 莫小芸 粤BD82716 镀晶；下午2点 骆俊豪 粤B·7KQ55 贴膜",
        ),
        (
            "assistant",
            "09:00 / 谭伟 / 粤B·3F8M2 / 普洗 | 10:30 / 莫小芸 / 粤BD82716 / 镀晶 | 14:00 / 骆俊豪 / 粤B·7KQ55 / 贴膜",
        ),
        ("user", "莫小芸那单备注一下：她上次投诉过玻璃水没加满，这次交车前一定检查。"),
    ],
    [
        (
            "user",
            "我们店要给车衣做质保登记，厂家要求填身份证。客户白雪莹，身份证510107199006118829，帮我生成一段质保登记文本。",
        ),
        (
            "assistant",
            "质保登记：客户姓名 白雪莹，证件号 510107199006118829，产品 全车隐形车衣，施工日期 2026-12-06，质保期 8 年。",
        ),
        ("user", "手机号18180257713也加上，车型是特斯拉Model Y 白色。"),
    ],
    [
        ("user", "Can you help me reply to a Google review for our detailing shop?"),
        ("assistant", "Sure, paste the review and tell me what you want to offer the customer."),
        (
            "user",
            "Review by Priya d/o Ramasamy: 'They kept my Mini for 6 hours and returned it with a scratch on the bonnet.' She also emailed priya.ramasamy@outlook.com asking for RMB 800. Draft a polite reply offering a free paint correction.",
        ),
    ],
    [
        (
            "system",
            "You are an internal assistant for a car detailing chain. 你不能访问会员数据库。",
        ),
        ("user", "查一下车牌 沪AD52817 的会员记录。"),
        ("assistant", "抱歉，我无法访问会员系统，请在门店后台查询后把需要处理的信息发给我。"),
        (
            "user",
            "好吧我贴给你：姓名 万子健，身份证 110108197503021510，储值余额 4,280，最近一次到店11/30，投诉洗车后天窗漏水。帮我写个回访话术。",
        ),
    ],
]
