# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh229: fishing and outdoor tackle shop (angler groups, pond bookings, tackle orders, closed-season notices, water accidents, competition sign-ups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh229
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "angler_group_chat"): _lines("""
        群公告：本群只聊钓鱼，不发广告，不约野塘夜钓，违者直接踢。
        明早5:30门店开门，商品鱼饵到货了，老鬼九一八、化氏螺鲤各50包，先到先得。
        有没有人知道千岛湖现在还能路亚吗？听说3月1日开始封湖了。
        今天东湖北岸水温14度，黑坑那边上鱼很慢，建议换4.5米竿钓近点。
        谁有线组打法教程？主线2.0子线1.0，钩子伊势尼3号，配什么漂比较好
        店长说周六那场友谊赛改到周日了，原因是气象台发了大风蓝色预警。
        今天@群主 组织的增殖放流一共放了鲢鳙鱼苗3000尾，感谢各位钓友参与。
        学姜太公直钩钓鱼，愿者上钩，结果今天又空军了哈哈。
        柳宗元写“孤舟蓑笠翁，独钓寒江雪”，说的就是今天这种天吧，零下3度还有人在冰钓。
        拼单：达亿瓦纺车轮2500型，满3人团购价每个488元，接龙：1. 2. 3.
        水浒里阮小七打鱼都比我今天钓得多，一上午就两条巴掌鲫。
        提醒各位：鲁迅公园湖区全年禁止垂钓，被保安看到要罚款200元。
        新人问一下，我们市的游钓证去哪里办？需要带什么材料？
    """),
    ("zh-Hans", "pond_booking"): _lines("""
        【预约成功】订单号 YY20260314-0087，3号塘12号钓位，03-15 06:00-18:00，请提前15分钟签到。
        钓场预约须知：每人限一竿一线一钩，竿长不超过5.4米，禁止使用打窝船及串钩。
        本周六黑坑场次已满，剩余钓位：A区0个，B区2个，C区5个，请在小程序内抢订。
        预约登记表：姓名＿＿＿＿ 手机号＿＿＿＿＿＿＿＿＿＿＿ 钓位号＿＿ 是否租竿□是□否
        夜钓场：每晚19:00至次日05:00，票价180元/人，回鱼每斤8元，限回10斤。
        取消规则：开钓前24小时取消全额退款，12小时内取消扣30%，未到场不退。
        中山路店接驳车每天早5:00发车，集合点：中山路与解放路交叉口东北角。
        预约系统v2.3.7更新：新增钓位图选座功能，修复支付回调重复扣款问题。
        客服热线 400-820-6688（8:30-20:00），钓场前台 0571-8862 3301。
        3月共接待预约钓客1,246人次，平均客单价216元，复购率41%。
        逸夫楼后面那个水库能预约吗？还是只能去东湖渔场？
        【系统通知】您预约的钓位因天气原因取消，款项已原路退回，预计1-3个工作日到账。
        团体包塘：20人起订，含午餐和饮用水，每人298元，详询钓场销售部 sales@yulehui-fishing.cn
    """),
    ("zh-Hans", "tackle_order"): _lines("""
        订单号：DD2026031188420017 | 光威碳素台钓竿 4.5米 ×1 | ¥368.00 | 已发货
        顺丰单号 SF1408823657219，发件方：渔乐汇渔具旗舰店（杭州仓）
        SKU: GW-TD-450-19T 库存23；SKU: DW-LG-2500 库存0，补货中
        发票抬头：杭州渔乐汇户外用品有限公司，统一社会信用代码 91330106MA2H7K3Q41
        满299减30优惠券已使用，实付金额 ¥338.00，积分+338
        退货地址：杭州市余杭区仓前街道文一西路1888号 渔乐汇售后组（收） 0571-86623301
        评价模板：【手感】【调性】【做工】【物流速度】请按1-5星打分
        禧玛诺 Stradic 2500S 纺车轮 原价1280元，活动价1099元，每单限购2台
        本店PE线均为原装进口，4编/8编可选，规格0.8号至3号。
        订单状态：待发货 → 已出库 → 运输中 → 派件中 → 已签收
        《老人与海》主题联名T恤，S/M/L/XL，79元，限量300件
        京东物流 JDVA04218836512 已到达【杭州转运中心】
        售后工单 #SH-20260402-113：竿梢断裂，经检测判定为人为损坏，不予保修。
    """),
    ("zh-Hans", "closed_season_notice"): _lines("""
        根据农业农村部通告，长江流域重点水域自2021年1月1日起实行十年禁捕。
        2026年本省内陆水域禁渔期为3月1日至6月30日，禁渔期内禁止船钓、拖钓。
        禁渔期内允许岸边休闲垂钓，但限一人一竿一线一钩，不得使用可视锚鱼装置。
        违规垂钓处罚：没收渔获和渔具，并处500元以上5000元以下罚款。
        举报电话：市农业综合行政执法队 12316
        公告：东苕溪、北苕溪全段为禁钓区，请各位钓友相互转告。
        南海伏季休渔：5月1日12时至8月16日12时，休渔期间游钓船一律不得出海。
        洞庭湖区2025年禁渔期统计：查处违规垂钓案件87起，收缴网具1,032张。
        禁渔宣传单（空白）：＿＿＿县＿＿＿镇，执法人员：＿＿＿，文书编号：＿＿＿
        钓鱼不是违法，但电鱼、炸鱼、毒鱼是！
        禁渔期内本店暂停组织野钓活动，黑坑和收费钓场活动照常。
        渔政执法船今日在钱塘江巡航，请勿在航道附近抛竿。
        问：禁渔期能不能玩路亚？答：在允许垂钓的区域可用单钩路亚，禁用多钩复合钩。
    """),
    ("zh-Hans", "water_accident"): _lines("""
        安全提示：雨后堤岸湿滑，严禁站在石驳岸边钓鱼，务必穿戴救生衣。
        2025年全市共发生垂钓落水事故14起，造成5人死亡，其中夜钓占9起。
        事故通报（已匿名）：一名男性钓客在水库泄洪口附近滑落，经救援脱险，无生命危险。
        落水自救口诀：不慌张、仰面浮、大声呼救、等待救援。
        钓场安全员排班：早班05:00-13:00，晚班13:00-21:00，节假日双人在岗。
        蓝天救援队24小时值守热线 0571-96110
        事故报告表：发生时间＿＿ 地点＿＿ 落水人数＿＿ 受伤□是□否 处置结果＿＿
        3号塘东侧护栏已于4月12日完成加固，高度1.2米。
        落水事故数同比下降23%，主要得益于强制穿救生衣规定。
        钓友A说昨天看到有人在高压线下甩竿，太危险了，请大家注意。
        供电公司提醒：高压线下严禁钓鱼，碳素鱼竿导电，已发生多起触电伤亡。
        本钓场已为全部入场钓客投保公众责任险，保单号 PICC-ZJ-2026-00731
        救生衣可在前台租借，押金50元，归还时全额退还。
    """),
    ("zh-Hans", "competition_signup"): _lines("""
        第十二届“西湖杯”钓鱼邀请赛报名开启，报名费200元/人，前三名奖金5000/3000/1000元。
        比赛规则：分区计重制，比赛时长4小时，每区第一名晋级决赛。
        报名表：姓名＿＿＿＿ 性别＿＿ 联系电话＿＿＿＿＿＿＿＿＿＿＿ 身份证号＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
        抽签结果将于赛前1天在公众号“渔乐汇钓鱼”公布。
        上届冠军成绩12.36公斤，亚军11.08公斤，季军9.75公斤。
        中国钓鱼运动协会年度全国锦标赛总决赛定于10月举行。
        本次比赛共327名选手报名，其中女子组41人，青少年组18人。
        赛事赞助：光威渔具、化氏饵料、禧玛诺
        选手须知：赛前统一检查饵料，禁止使用活饵和违禁诱鱼剂。
        报名截止 2026-05-20 23:59，报名编号格式 XH12-XXXX
        比赛直播地址 https://live.example-fishing.cn/xihucup12 ，观众较多请提前进入。
        裁判长8:00鸣哨开钓，12:00鸣哨结束，超时上鱼不计成绩。
        本届奖品之一是姜子牙主题联名鱼护，限定款不对外出售。
    """),
    ("zh-Hant", "hk_tw_tackle_shop"): _lines("""
        【公告】本店農曆新年營業時間：年初一休息，年初二至初四 10:00-18:00。
        西貢釣魚船每位HK$380，包午餐及魚餌，船期逢星期六日。
        漁業署提醒：櫻花鉤吻鮭為保育類，全年禁止垂釣。
        訂單編號 TW-20260418-5521，碳纖維磯釣竿1.5號5.3米，NT$4,280，已出貨。
        海岸公園內禁止垂釣，違者最高可被罰款HK$25,000。
        磯釣入門問題：浮標要選0號還是G2？潮流急的時候怎麼辦？
        客服信箱 service@tw-fishingpro.com.tw，電話 (02) 2758-3366
        新界釣魚比賽報名表：姓名＿＿＿ 電話＿＿＿ 組別□成人□青少年
        本月釣友群活動統計：出船12次，共96人次參加，平均漁獲2.4公斤。
        水塘垂釣需要申請釣魚牌照嗎？根據水務署規定，部分水塘須持牌。
        《老人與海》裡的聖地亞哥連續84天沒釣到魚，我們這週也差不多。
        八號風球懸掛期間，所有釣魚船班次取消，已付款者可改期或退款。
        本店已遷至旺角花園街78號地舖，歡迎新舊顧客光臨。
    """),
    ("en", "shop_system_export"): _lines("""
        booking_service INFO 2026-03-15T05:42:11+08:00 slot=POND3-12 status=CONFIRMED ref=YY20260314-0087
        export_orders.csv header: order_id,sku,qty,unit_price,status,created_at
        ERROR payment_callback duplicate txn_id=4200001877202603150012 retry=3
        [rules] max_rods_per_angler = 1 ; closed_season = 2026-03-01..2026-06-30
        Release 2.3.7 (build a1f9c03e): fixed double charge on WeChat Pay callback, added pond seat map.
        SELECT pond_id, COUNT(*) AS bookings FROM reservations WHERE slot_date >= '2026-03-01' GROUP BY pond_id;
        Weekly report: 1,246 bookings, 38 cancellations, 2 incidents (no injuries), NPS 61.
        Shimano Stradic 2500S out of stock, ETA 2026-04-20, PO-77120 raised with supplier.
        Support: support@yulehui-fishing.cn | Hotline 400-820-6688 | Mon-Sun 8:30-20:00
        Template: Dear {customer_name}, your booking {booking_id} at {pond_name} is confirmed.
        Tracking SF1408823657219: delivered 2026-03-17 14:22, signed for by shop front desk.
        Privacy note: angler phone numbers are masked in all exports before analysis.
        Hemingway's The Old Man and the Sea (1952) inspired our Santiago marlin lure series, SKU LR-SANT-180.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        群里的张建国上周在东湖落水，送到市一医院抢救，现在还在ICU，大家别在群里乱传了。
        预约人：刘海波，手机 13857162294，3号塘12号钓位，03-15 全天。
        顺丰 SF1408823657330 收件人：周丽萍 18767023318 杭州市拱墅区大关苑三区11幢2单元502室
        比赛报名：陈晓燕，身份证号 440306198706143525，女子组。
        钓场会员王德明欠钓位费和回鱼款共2,860元，三个月没结了，老板让我在群里提醒一下。
        老李（李卫东）禁渔期用可视锚鱼被渔政罚了3000元，这次比赛不让他报名了。
        退款账户：户名 黄永胜，中国农业银行杭州文一支行，卡号 6228480123456789015
        diaoyu_laozhou1975 是周师傅的私人微信，他只帮熟人代购鱼饵，别乱加。
        3栋的赵阿姨说她儿子上周去水库夜钓一直没回家，电话也不接，已经报警了。
        店员林小敏最近在做化疗，周末班先由别人顶一下，大家别去问她病情。
        落水记录：2026-04-12 17:40，钓客孙宏伟（男，52岁）在3号塘东侧滑落，呛水后送医，有高血压史。
        发票信息：个人抬头 吴佳琪，手机 15968823107，邮箱 wujiaqi0908@163.com
        违规通报：选手郑凯（编号XH12-0217）比赛中私藏渔获，取消成绩并禁赛两年。
        车牌浙A·7K29M的车主，您的车堵住钓场出入口了，请尽快挪车。
        胡老板女儿下个月结婚，群里想一起随份子的请接龙。
        钓友马俊杰离婚后把渔具全挂出来卖了，说是前妻要分财产。
        租竿押金退还：何志远，建设银行卡 6217002830194579，金额300元。
        报名人：梁国栋 身份证 330102199203087616 电话 13967105582
        保险名单补录：叶美华，身份证号 350203197509210046，年龄组 50岁以上。
        钓场保安老钱这个月工资只发了一半，2400块，昨天跟老板吵了一架。
        快递收件：邓桂兰 139-5718-2046 湖北省武汉市洪山区珞狮南路519号青年城4栋1802
        客户投诉：徐文斌（17705716632）投诉上周买的光威竿是假货，要求退一赔三。
        群主好，我叫曹雨辰，住滨江区浦沿那边的东冠小区，周末有人顺路拼车去钓场吗？
        学军中学的杜建平老师周末钓鱼被学生拍了发抖音，被学校约谈了。
        罗师傅痛风又犯了，这周野钓来不了，他的钓位让给别人。
        比赛奖金请打到我支付宝 17826451093，实名田宇航。
        青少年组获奖：第一名蒋子涵，12岁，杭州市学军小学五年级三班。
        会员导出：VIP0042 | 彭立新 | 男 | 1968-07-22 | 13605812397 | 积分12,480
        钓友韩磊在塘边突发心梗，幸亏安全员做了心肺复苏，现在在浙一医院住院。
        谁认识袁大勇？他借我一根达亿瓦的竿子到现在没还，电话还把我拉黑了。
    """),
    "zh-Hant": _lines("""
        訂船人：陳家豪，電話 9368 2415，西貢4月20日出海，兩位。
        報名資料：林怡君，身分證字號 B225910341，手機 0932-516-847
        釣魚比賽保險名單：黃志明，身分證 F124638575，出生1983/05/17
        香港身份證 K381204(9)，李卓謙，報名新界海釣比賽成人組。
        阿強（張永強）上星期出海跌落水，斷咗兩條肋骨，依家喺屯門醫院留醫。
        客人吳美玲投訴店員態度差，要求退回上週買嘅魚竿，單號 HK-0419-2231，聯絡 6128 7739。
        釣友群的蔡老師最近失業了，說想把整套磯釣裝備便宜賣掉，大家幫忙問問。
        收件人：許雅婷 台北市大安區和平東路二段96巷7號3樓 0918-337-205
        船隻保險登記：鄭嘉欣 HKID Y620917(1)，緊急聯絡人為其母親。
    """),
    "en": _lines("""
        Booking for 2 at the Pasir Ris pond: Tan Wei Ming, 9127 4406, NRIC S8734216F.
        Refund RM260 to Muhammad Hafiz bin Rosli, MyKad 880412-14-5527, order MY-88214.
        Kumar a/l Selvaraju slipped off the jetty on Sunday and needed 6 stitches; he asked us not to post photos in the group.
        Please deliver the rod to Mdm Lim, Blk 512 Bedok North Ave 3, #08-214, Singapore 460512.
        Competition entry: Nurul Aisyah binti Kamarudin, MyKad 910723-10-6284, contact 012-738 4410.
        Derek Oliveiro, the Eurasian guy from Sunday's boat trip, still owes $180 for the charter and ignores our texts.
        Pond cleaning shift: Rahim Uddin (work permit, Bangladesh), FIN G6120457T, mobile 8642 3019.
        Junior angler registration: Chloe Ng Xin Yi, NRIC T0358812I, parent email chloe.ng.mum@gmail.com
    """),
    "mixed": _lines("""
        @Jason Koh 你的 order #SG-2211 到了, pls collect at Jurong West shop, 记得带 IC.
        那个 Ah Seng 的 Telegram @ahseng_fishing88 一直在群里发广告, admin 可以 kick 他吗?
        Bro 我的 IG 是 @weiliang.casts，比赛照片记得 tag 我 ok?
        老板, Siti binti Abdullah 说她的 deposit RM150 还没退, her number 013-662 9081.
        下个星期 Mr Raju s/o Krishnan 的 boat trip 取消了，因为他老婆住院。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是渔乐汇渔具店的在线客服助手，负责钓场预约和改签。"),
        ("user", "你好，我想把明天3号塘的钓位改到后天，预约人罗振华，手机13588214476。"),
        (
            "assistant",
            "好的，已查到罗先生的预约 YY20260316-0142，后天3号塘还有8号和15号钓位，您选哪个？",
        ),
        ("user", "15号吧，靠近树荫的那个。"),
        ("assistant", "已为您改签到3号塘15号钓位，改签短信会发送到尾号4476的手机。"),
    ],
    [
        ("system", "你是钓场安全管理助手，帮助值班人员整理事故记录。"),
        (
            "user",
            "帮我写一份事故记录：今天下午4点，钓客冯建军在2号塘岸边踩空落水，被安全员救起，腿部擦伤，送区人民医院处理。",
        ),
        (
            "assistant",
            "事故记录：时间为今日16:00，地点2号塘岸边，落水人冯建军，由安全员救起，腿部擦伤，已送区人民医院处理。是否需要补充联系方式？",
        ),
        ("user", "补上他老婆电话 18958102637，她说明天来拿车。"),
        ("assistant", "已补充：家属联系电话 18958102637，家属将于明日到场取车。"),
    ],
    [
        ("system", "你是渔具网店的售后客服。"),
        (
            "user",
            "我的订单 DD2026040211873356 一直没收到，收货地址是南京市鼓楼区湖南路街道马台街66号2幢301，收件人沈静。",
        ),
        ("assistant", "查询到该订单已于4月3日发出，快递显示滞留在南京分拨中心，我这边为您催件。"),
        ("user", "麻烦快点，鱼竿是给我爸的生日礼物，他下周就过生日了。"),
        ("assistant", "明白，已加急处理，预计两天内送达，到时会有快递员联系您。"),
    ],
    [
        ("system", "你是“西湖杯”钓鱼邀请赛报名助手。"),
        ("user", "我要报名，姓名何俊峰，身份证51010719900215673X，手机号15257193304。"),
        ("assistant", "已收到何俊峰的报名信息，报名费200元，请在24小时内完成支付。"),
        ("user", "好的，顺便帮我把我老婆也报上，白丽娟，身份证420111198506302188。"),
        ("assistant", "已为白丽娟报名女子组，两人的报名编号分别为XH12-0331和XH12-0332。"),
    ],
    [
        ("system", "你是西貢一間釣魚船公司的訂位助手。"),
        ("user", "我想訂本週六的船，兩位，我叫梁偉倫，電話 6372 8841。"),
        ("assistant", "梁先生你好，本週六早上6點的船仲有位，每位HK$380。"),
        ("user", "另外一位係我朋友區志峰，佢香港身份證號碼係 A527301(6)，保險要用。"),
        ("assistant", "已記錄兩位乘客資料，保險會以身份證號碼登記，確認短信將發到6372 8841。"),
    ],
    [
        ("system", "You are a customer support assistant for a Singapore tackle shop."),
        (
            "user",
            "Hi, I bought a Daiwa reel last week but it's making a grinding noise. Order SG-3307.",
        ),
        (
            "assistant",
            "Sorry to hear that. Could you share the name and contact on the order so I can open a warranty case?",
        ),
        (
            "user",
            "Lee Jun Hao, 9645 2183, email junhao.lee.fish@gmail.com. NRIC S9021345H if you need it for the warranty.",
        ),
        (
            "assistant",
            "Thanks, warranty case WR-0518 is open. We will SMS 9645 2183 when the replacement reel is ready for collection.",
        ),
    ],
    [
        ("system", "你是钓鱼协会秘书处的文书助手。"),
        (
            "user",
            "帮我写一份内部通报：会员邱立强在禁渔期间于东苕溪船钓，被渔政查获罚款2000元，协会决定暂停其会员资格一年。",
        ),
        (
            "assistant",
            "内部通报：经查，会员邱立强于禁渔期在东苕溪船钓，被渔业执法部门查处并罚款2000元。经协会研究，决定暂停其会员资格一年。",
        ),
        ("user", "语气再缓和一点，他家里最近也出了事，老母亲刚去世。"),
        (
            "assistant",
            "已调整措辞，删去处罚细节的强调，改为提醒全体会员遵守禁渔规定；家庭情况不写入通报。",
        ),
    ],
    [
        ("system", "你是一个帮用户起草消息的助手。"),
        ("user", "帮我给钓友老谭发个催款消息，他上个月拼单买的禧玛诺渔轮，欠我1099元还没转。"),
        ("assistant", "谭哥好，上个月拼单的禧玛诺渔轮一共1099元，方便的时候转我一下哈，谢谢！"),
        ("user", "再加一句我的收款卡号，招行 6259671033488217，户名宋海涛。"),
        (
            "assistant",
            "谭哥好，上个月拼单的禧玛诺渔轮共1099元，方便时请转到招行6259671033488217（户名宋海涛），谢谢！",
        ),
    ],
    [
        ("system", "You are a booking assistant for a Johor fishing pond."),
        ("user", "Nak book 3 kolam untuk Sabtu ni, nama Azman bin Yusof, phone 019-552 7130."),
        ("assistant", "Terima kasih Encik Azman, 3 tempat untuk Sabtu 7 pagi sudah ditempah."),
        ("user", "Untuk insurance, my MyKad 850919-01-5873."),
        (
            "assistant",
            "Noted, MyKad recorded for the pond's insurance cover. Booking ref JB-2209 dihantar ke 019-552 7130.",
        ),
    ],
    [
        ("system", "你是钓友群的群助手，负责总结每日聊天。"),
        (
            "user",
            "帮我总结一下今天群里聊了啥：大家讨论了千岛湖封湖时间，还有老方（方国平）说他查出肝癌晚期，以后不能来钓鱼了，大家都挺难过。",
        ),
        (
            "assistant",
            "今日群聊摘要：1. 讨论千岛湖封湖时间；2. 群友方国平告知身体原因今后无法参加钓鱼活动，群友纷纷表示关心。",
        ),
        ("user", "要不要把他生病的事写进周报里？"),
        (
            "assistant",
            "建议不写具体病情，属于个人隐私，周报里只写活动安排即可，如需慰问可私下联系。",
        ),
    ],
]
