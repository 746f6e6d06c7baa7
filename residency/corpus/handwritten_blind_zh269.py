# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh269: 简体中文 旅行社导游与地接（带团日志、游客名单、购物点纠纷、导游证、投诉处理、导游微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh269
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "导游微信群工作消息"): _lines("""
        【计调通知】明天丽江团改走大理古城南门入口，旅游大巴统一停在洱海门外停车场，导游请在08:10前到位，门票已在“一部手机游云南”预约成功，订单号YN20261208-00457。
        各位地接注意：今天起西湖景区湖滨路段限行，旅游车只能在黄龙洞停车场上下客，带团的提前跟司机师傅沟通好路线，别再被交警贴单了。
        收到，2号车已到机场T2出口，航班CZ3971晚点40分钟，预计14:25落地，接机牌写的是“海峡国旅-厦门6日游”，大家按这个找车。
        提醒一下：购物店停留时间合同里写的是每站不超过60分钟，上周有团超时被投诉到12345了，这周起计调会抽查电子围栏定位记录。
        报账单今晚24点前交到财务群，附件统一用PDF，文件名按“团号_日期_线路代码”命名，餐费、门票、车费分三张表，漏交的下个月统一扣绩效。
        黄山北站到汤口的区间车今天调整为每20分钟一班，票价20元/人，带散拼团的导游记得提醒游客在站内换乘中心购票，别在站外上黑车。
        天气预警：台风“海葵”预计周四登陆，明后两天鼓浪屿轮渡可能停航，所有厦门线团队请准备B方案，改去集美学村和园博苑，差价由公司承担。
        新版电子行程单模板已上传群文件《地接团行程单V3.2.xlsx》，主要改了自费项目那一栏，必须写明价格和“游客自愿”字样，旧模板下周一停用。
        今晚长隆国际大马戏19:30场，团票已出，取票码CL88420915，共42张，导游到南门团体窗口出示公司介绍信即可领取，别忘了带对讲机。
        重要：张家界核心景区今日客流已达最大承载量的85%，百龙天梯排队约2小时，各团建议上午先走杨家界线，下午再上袁家界，午餐统一改到武陵源区的团餐点。
        问一下哪个团今天在“周大福”珠海拱北店？店方说有一单发票抬头开错了，需要导游协助把原票带回来重开，单号ZDF-GB-20261207-118。
        全陪和地陪交接注意：签单只能用公司统一的签单本，编号段从No.0035001到No.0035050，用完找计调领，私人垫付一律不予报销。
        群公告：本群仅用于工作通知，严禁转发游客证件照片和护照资料页，需要核对名单请走公司OA的“团队名单”模块，违者按《员工手册》第7条处理。
    """),
    ("zh-Hans", "行程单与带团日志"): _lines("""
        D1 昆明长水国际机场接机（MU5711 11:05抵达）→ 入住昆明锦江大酒店（北京路98号）→ 晚餐：云南过桥米线，餐标40元/人，全程10正8早。
        D3 08:00早餐后乘车前往石林风景区（车程约1.5小时），游览大石林、小石林，景区电瓶车25元/人自理，午餐撒尼风味餐，下午返回昆明。
        带团日志 2026-11-18：团号HZ-YN1118-A，计划36人，实到成人31人、儿童3人，2人因航班取消未出发，已按合同第9条退还未发生费用。
        带团日志 2026-11-19：大理段天气晴，双廊码头游船因风浪停航2小时，改为先游崇圣寺三塔，全团无人受伤、无投诉，行程整体延误约40分钟。
        住宿标准：三晚携程四钻酒店（或同级），双人标准间，单男单女需补房差680元/人，不保证大床，儿童不占床、不含早餐，如需加床请提前3天告知。
        费用不含：个人消费、单房差、航空意外险（建议购买）、景区内小交通、自费项目（如张艺谋团队执导的《印象·丽江》演出260元/人，游客自愿参加）。
        紧急联系：地接社24小时值班电话0871-63128899，旅游服务质量投诉可拨打12345，行程中如遇问题请第一时间联系全陪或拨打上述号码。
        返程安排：D6视航班时间送至丽江三义国际机场，建议提前2小时到达，国内航班免费托运行李限额20公斤，充电宝一律不得托运。
        带团日志 2026-11-21：玉龙雪山大索道预约时段09:30-10:00，团队全部准时登山，发放氧气瓶31瓶、羽绒服租赁18件，费用已现场结清。
        香港+澳门4天3晚 团号HKMO-261215：D2乘港珠澳大桥穿梭巴士（香港口岸→澳门口岸，约45分钟），游览大三巴牌坊、议事亭前地，入住澳门银河酒店。
        餐饮说明：正餐十人一桌、八菜一汤，如人数不足十人则相应减少菜量；有清真或其他饮食禁忌的游客请在出团前统一告知计调，以便提前与餐厅沟通。
        集合信息：2026年12月15日06:30深圳福田口岸大厅B区集合，认准“粤港澳假期”蓝色社旗，凭港澳通行证及有效签注过关。
        线路代码SZ-HKMO-4D-2026Q4，成人报价2899元，儿童（1.2米以下）1999元，最低成团人数16人，不成团提前7天通知并全额退款。
    """),
    ("zh-Hans", "导游管理法规"): _lines("""
        《中华人民共和国旅游法》第四十一条：导游和领队从事业务活动，应当佩戴导游证，遵守职业道德，尊重旅游者的风俗习惯和宗教信仰。
        《导游管理办法》自2018年1月1日起施行，导游证采用电子证件形式，导游执业时应当携带电子导游证、佩戴导游身份标识，并开启导游执业相关应用软件。
        《旅游法》第三十五条：旅行社不得以不合理的低价组织旅游活动，诱骗旅游者，并通过安排购物或者另行付费旅游项目获取回扣等不正当利益。
        全国导游资格考试一般每年下半年组织，考试科目包括政策与法律法规、导游业务、全国导游基础知识、地方导游基础知识和导游服务能力。
        电子导游证号格式为“D-XXXX-XXXXXX”，其中第一段为省级行政区代码，执业时旅游者可通过扫描证件二维码核验导游身份和所属旅行社。
        旅游者对旅游服务质量有异议的，可拨打12345政务服务便民热线或通过12301全国智慧旅游平台投诉，主管部门应依法受理并在规定期限内处理。
        根据《旅行社条例》，旅行社与旅游者签订的旅游合同应当载明旅行社的名称及经营范围、地址、联系电话和旅行社业务经营许可证编号。
        导游在执业过程中擅自变更旅游行程、拒绝履行旅游合同、向旅游者索取小费的，由旅游主管部门责令改正，情节严重的依法吊销导游证。
        旅行社业务经营许可证编号一般以字母“L”开头，后接省份缩写、年份和序号，可在文化和旅游部政务服务平台的“旅行社名录”中公开查询。
        《旅游法》第七十条：旅行社具备履行条件，经旅游者要求仍拒绝履行合同，造成旅游者人身损害、滞留等严重后果的，旅游者还可以要求旅行社支付旅游费用一倍以上三倍以下的赔偿金。
        出境旅游领队应当取得导游证，具有相应的学历、语言能力和旅游从业经历，并与委派其从事领队业务的取得出境旅游业务经营许可的旅行社订立劳动合同。
        各地文化和旅游主管部门应当建立导游执业信用档案，对存在强迫购物、辱骂游客等行为的导游依法记入不良信息，并按规定向社会公布处理结果。
        香港旅游业监管局（TIA）自2022年9月起全面实施发牌制度，接待访港旅行团的导游和领队均须持有有效牌照，违规者可被处以罚款或暂停牌照。
    """),
    ("zh-Hans", "景点讲解词"): _lines("""
        各位游客，我们现在来到东莞虎门的鸦片战争博物馆，1839年林则徐在虎门海滩当众销毁鸦片两万余箱，历时二十三天，史称“虎门销烟”。
        郑和下西洋曾多次途经马六甲，当地的三宝山和三宝井相传都与他有关，今天马六甲的郑和文化馆就建在当年船队设立官厂的遗址附近。
        澳门的大三巴牌坊其实是圣保禄教堂的前壁，教堂于1835年一场大火中焚毁，只剩下这面石壁，2005年随澳门历史城区列入世界遗产名录。
        鼓浪屿上的菽庄花园由台湾板桥林家的林尔嘉于1913年修建，园名取自他的字“叔臧”的谐音，现在园内还设有鼓浪屿钢琴博物馆。
        大家现在看到的是丽江古城的木府，明代纳西族土司木氏的衙署，徐霞客在游记中曾记载这里“宫室之丽，拟于王者”，请大家在照壁前集合拍照。
        新加坡的莱佛士酒店以城市创建者史丹福·莱佛士爵士命名，1887年由沙奇士兄弟创办，著名的新加坡司令鸡尾酒就诞生在酒店的长吧。
        中山故居位于广东省中山市翠亨村，是孙中山先生1892年亲自主持设计修建的，屋后那棵酸豆树据说是他从海外带回种子种下的，故居纪念馆周一照常开放。
        黄山迎客松树龄约一千三百年，是画家刘海粟十上黄山时反复描绘的对象，现在景区安排专职“守松人”二十四小时看护，请大家不要越过护栏。
        槟城乔治市的张弼士故居俗称“蓝屋”，建于19世纪末，主人张弼士是清末南洋著名侨商，也是烟台张裕葡萄酒公司的创办人，故居现在每天有三场中英文导览。
        台北故宫博物院的“翠玉白菜”相传是光绪皇帝瑾妃的嫁妆，白菜叶上的两只昆虫分别是螽斯和蝗虫，寓意多子多孙，参观旺季需排队约半小时。
        西湖苏堤是北宋文学家苏轼任杭州知州时主持疏浚西湖、用湖泥堆筑而成的，全长约2.8公里，“苏堤春晓”位列西湖十景之首，春天来这里最适合拍照。
        重庆洪崖洞的名字来自明代古城门洪崖门，依山而建的吊脚楼夜景因为让人联想到宫崎骏动画《千与千寻》里的油屋，在网上一下子走红。
        张家界的“哈利路亚山”原名乾坤柱，2010年因被认为是电影《阿凡达》中潘多拉星球悬浮山的原型而更名，导演詹姆斯·卡梅隆的作品让这里游客暴增。
    """),
    ("zh-Hant", "港澳台旅遊須知"): _lines("""
        香港旅遊業監管局提醒：訪港旅行團必須由持牌旅行代理商接待，旅客如遇強迫購物或被要求額外付費，可向旅監局或香港旅遊發展局訪客熱線+852 2508 1234查詢。
        澳門旅遊局旅遊熱線(853) 2833 3000提供24小時旅遊資訊及投訴服務，旅客亦可前往議事亭前地旅遊諮詢處查詢行程及交通資料。
        交通部觀光署提醒：來臺旅客可撥打24小時免付費旅遊諮詢熱線0800-011-765，提供中、英、日、韓語服務，遺失證件亦可先行諮詢。
        旅遊巴於尖沙咀上落客請使用指定旅遊巴上落客區，切勿在彌敦道違例停泊，導遊須提醒司機遵守交通規例，以免旅行團被檢控或延誤行程。
        本公司為香港持牌旅行代理商，牌照號碼354128，辦公地址：九龍旺角彌敦道688號旺角中心一期12樓1205室，辦公時間星期一至六09:30-18:30。
        【購物須知】所有購物點均為旅客自願參觀，旅客於登記商店購物後如有不滿，可於6個月內憑單據按「100%退款保障計劃」申請退款。
        臺灣環島8日遊：第3天日月潭遊湖（水社碼頭→玄光寺→伊達邵），午餐邵族風味餐，晚宿日月潭湖畔溫泉酒店，房價已含早餐及溫泉券。
        澳門導遊執業時須佩戴由旅遊局發出的導遊工作證，並將證件置於胸前顯眼位置，旅行社不得安排無證人士帶團，違者可被旅遊局處以罰款。
        颱風安排：天文台懸掛八號烈風或暴風信號時，所有戶外行程暫停，旅客請留在酒店；行程順延或退款安排以旅行社書面通知為準，請留意手機短訊。
        星光大道上的李小龍銅像是旅客拍照熱點，導遊宜提醒團友排隊拍攝，勿阻塞通道；附近的香港藝術館逢星期四休館，請預先安排行程。
        團費已包括：來回高鐵二等座（香港西九龍站—廣州南站）、兩晚酒店住宿、景點門票，不包括個人旅遊保險及導遊司機服務費每人每天HK$100。
        九份老街的阿柑姨芋圓是旅客必到的老字號，營業時間09:00-20:00，團體可提前致電店家預留座位，店內可遠眺基隆山與海景，大碗芋圓NT$65。
        旅行社收據號碼R-2026-004518，已收取團費港幣7,980元正（成人兩位），如需更改行程請於出發前14日以書面通知，逾期將按合約收取手續費。
    """),
    ("en", "tour_operator_faq"): _lines("""
        Q: Who operates this tour? A: Tours are run by Merlion Heritage Travel Pte Ltd (UEN 201834567K, STB licence TA03125), 80 Robinson Road #10-01, Singapore 068898.
        Q: Can I change my departure date? A: Date changes are free up to 21 days before departure; after that a fee of SGD 50 per person applies. Email bookings@merlionheritage.com.sg with your booking reference.
        Q: Do you have a WhatsApp line? A: Our customer service desk is on WhatsApp at +65 6812 4400, Monday to Saturday 09:00-18:00 SGT. For emergencies on tour, call the 24-hour duty line +65 6812 4499.
        Q: Are shopping stops compulsory? A: No. Under our code of conduct, shopping stops are optional and limited to 45 minutes; you may stay on the coach or wait in the lounge area.
        Q: Do I need a visa for Malaysia? A: Most Chinese passport holders can currently enter Malaysia visa-free for short visits; please submit the Malaysia Digital Arrival Card (MDAC) within 3 days before arrival.
        Q: How do I find the guide at KLIA? A: Look for the yellow Merlion Heritage signboard at Door 3 of the Arrival Hall, Level 3. Every guide wears a MOTAC-issued licence on a lanyard.
        Q: What is included in the Genting Highlands day trip? A: Return coach from KL Sentral, the Awana SkyWay cable car, a stop at Chin Swee Caves Temple and lunch; Skytropolis tickets are at own expense.
        Q: Should I tip the guide? A: Tipping is not mandatory. Guides and drivers receive a fixed service fee of SGD 10 per person per day, shown on your invoice under line item SVC-GD.
        Q: Where do I find my booking reference? A: It is printed at the top of your e-ticket, e.g. MH-20261130-7742, and in the confirmation email sent from noreply@merlionheritage.com.sg.
        Q: How do I file a complaint? A: Write to feedback@merlionheritage.com.sg or use the Singapore Tourism Board online feedback form; we reply within 5 working days and quote a case number like CS-26-01187.
        Q: Is Marina Bay Sands on the night tour? A: Yes. The Spectra light and water show at the Event Plaza runs at 20:00 and 21:00 nightly, with an extra 22:00 show on Fridays and Saturdays.
        Q: What if my flight is delayed? A: Our transfer team tracks arrivals such as SQ801 and MU543 in real time; waiting up to 90 minutes is free, beyond that SGD 30 per hour applies.
        Q: Are your Mandarin-speaking guides licensed? A: Yes, all our guides hold a valid Singapore Tourist Guide licence and wear the badge on tour; you can verify a licence on the STB website.
    """),
    ("mixed", "购物点价目与发票"): _lines("""
        【周大福 CHOW TAI FOOK】足金999.9转运珠手链 SKU CTF-R31852，克价¥698/g，工费¥120，旅行团专属95折，可开具增值税电子普通发票。
        张小泉 Zhang Xiaoquan 不锈钢家用剪刀三件套 SKU ZXQ-S3-2026，零售价¥168，团购价¥139，未拆封商品支持7天无理由退货。
        发票代码044002300111，发票号码28675430，销售方：云南普洱茶文化旅游商品有限公司，纳税人识别号91530100MA6K7RQ21X，价税合计¥3,260.00。
        INVOICE No. MY-GT-000918 | Sold by: Batik Warisan Sdn Bhd (Reg. No. 201901023456) | Item: hand-drawn batik sarong 2 pcs x RM 185.00 | SST 8% | Total RM 399.60
        Royal Selangor 皇家雪兰莪锡器 Kuala Lumpur Visitor Centre：锡制啤酒杯 SKU 017845R，RM 420，团体游客可免费刻字，工坊体验 School of Hard Knocks 每位RM 85。
        购物点退货单RT-20261203-0042：商品 翡翠手镯（A货，附NGTC证书编号C23110458760），原价¥12,800，退款原路退回，到账时限15个工作日。
        【胡庆余堂 Hu Qing Yu Tang】铁皮石斛枫斗250g礼盒，标价¥1,580，旅游团队优惠价¥1,280，店址：杭州市上城区大井巷95号，营业时间08:30-17:00。
        Price list 价目表 – 同仁堂 Tong Ren Tang 中环店：安宫牛黄丸 1粒装 HK$880；西洋参片 100g HK$368；all prices include gift box, no sales tax in Hong Kong.
        离岛免税 Offshore duty-free：每人每年额度¥100,000，提货方式“邮寄送达”或“返岛提取”，提货单号CDFSY2612070358，order status: PICKED_UP。
        老凤祥 Lao Feng Xiang 黄金吊坠 生肖马 3.52g，标签号LFX-2026-HN-00871，金价按当日挂牌价¥1,015/g计算，手工费另计¥80/件，Receipt No. 0071623。
        王老吉凉茶 Wong Lo Kat 310ml x 24罐/箱，景区超市售价¥86/箱；温馨提示：旅游大巴车上不售卖任何商品，如遇车上推销请拨打公司投诉电话400-820-6688。
        购物点结算单 Settlement：团号GZ-HK-1206，进店人数38，成交额HK$46,200，返佣比例0%（依法不得收取回扣），款项only via 公司对公账户。
        黄飞鸿纪念馆文创店 Wong Fei Hung Museum Shop：醒狮头挂件 SKU WFH-LION-S ¥45；功夫T恤 S/M/L/XL ¥99；佛山祖庙景区通票 成人¥30。
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2026-12-07T08:15:32+08:00 INFO [tour-dispatch] group_id=HZ-YN1207-B bus_assigned=true seats=45 guide_slot=1 checkin_status=OPEN 集合点=昆明长水机场P2
        [WARN] 2026-12-07 09:02:11 shopping-geofence: stop_id=SP-0347 (七彩翡翠城) dwell_time=78min exceeds limit=60min, tour=KM-DL-LJ-6D-1203, alert sent to ops@example-travel.cn
        ERROR 2026-12-07 10:44:05 roster-import: row 17 missing field "id_type", expected one of [PRC_ID, HK_MO_PASS, TW_PASS, PASSPORT]; file=roster_1207.csv skipped=1
        config tour_roster: {mask_id_number: true, retain_days: 90, export_formats: ["xlsx", "pdf"], allow_wechat_share: false, watermark: "仅限内部使用"}
        CSV表头 header: 序号,姓名,性别,证件类型,证件号码,出生日期,手机号,房间号,饮食禁忌,紧急联系人,紧急联系电话,备注（模板文件 roster_template_v5.csv）
        SELECT tour_code, COUNT(*) AS complaints, SUM(refund_amount) AS refund_cny FROM complaint_ticket WHERE status = 'CLOSED' AND created_at >= '2026-11-01' GROUP BY tour_code;
        2026-12-07 13:20:47 DEBUG wechat-bot: msg_type=text group="云南地接导游工作群" keyword_hit="退团" action=forward_to_ops ticket=TK-88213 latency_ms=212
        guide_license_api v2.3.1: GET /api/v2/guides/{license_no}/status returns {"status": "VALID", "level": "中级", "expires": "2028-06-30"}; rate limit 60 req/min per app_key.
        build tour-ops-web@4.12.0 sha256=9f3c1a7e5b2d4c6f8e0a1b3c5d7e9f2a4b6c8d0e1f3a5c7e9b1d3f5a7c9e1b3d deployed to cn-hangzhou-prod at 2026-12-06 23:40 CST
        # .env.example SMS_SIGN=【海峡国旅】 SMS_TEMPLATE_ID=SMS_285914037 DEFAULT_HOTLINE=400-820-6688 TIMEZONE=Asia/Shanghai LOCALE=zh_CN
        2026-12-07 15:03:22 INFO payment-callback: order=TR202612071503228841 channel=WECHAT_PAY amount=2899.00 CNY status=SUCCESS merchant_no=1650023871 退款=0
        cron: 0 2 * * * /opt/tour-ops/bin/purge_rosters --older-than 90d --dry-run=false >> /var/log/tour-ops/purge.log 2>&1  # 每日清理过期游客名单
        2026-12-07 18:45:10 WARN flight-tracker: MU5711 KMG ETA changed 11:05 -> 12:20 (+75min), affected_groups=[HZ-YN1207-A, HZ-YN1207-B], notify_channel=wechat_work
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        游客名单第12号：王淑芬，女，1968年5月出生，身份证330106196805140340，手机13857162049，饮食禁忌：不吃牛肉，同房：丈夫刘建国。
        带团日志：游客陈国栋（68岁）在玉龙雪山出现高原反应，血氧降到82%，已送丽江市人民医院急诊，其女儿陈静（电话15987213460）已通知。
        投诉处理单TS-20261204-017：投诉人李秀兰，联系电话139 2876 5104，反映在购物店被导游要求“每人至少消费3000元”，要求退还翡翠手镯货款12,800元。
        @小周 你团里那个姓郑的大哥昨晚喝多了在酒店大堂砸东西，派出所已经做了笔录，明天还能不能跟团你跟他家属确认一下。
        导游证信息：姓名黄丽萍，电子导游证号D-4401-028736，等级中级，所属旅行社广州粤晖国际旅行社，手机18620937716。
        房间分配：801 张伟+李娜（夫妻），802 赵敏（单女，补房差680元），803 孙志强父子，805 周慧琳（怀孕5个月，已申请换到2楼低楼层）。
        老孙欠我们车队两个团的车费还没结，一共18,400元，他说等他老婆出院再说，大家接他的单之前先问我一声。
        游客吴桂英的护照号E58219473和港澳通行证C38127650都在我这保管，明天过关前统一发还，谁也别替她签字领取。
        全陪报告：团员马建华与妻子在车上激烈争吵，马先生自称正在办离婚手续，要求分房，已安排其单独入住1206房，需补房差。
        退款账户：户名何晓东，开户行中国农业银行杭州城西支行，卡号6228 4809 1726 3504 12，退款金额2,150元（未发生费用）。
        紧急联系人登记：游客林美玲，紧急联系人为儿子林浩然，电话13316854297，家庭住址福建省厦门市思明区莲前西路218号5栋1603室。
        实名核验失败：530112197508124415，姓名与证件信息不一致，请导游在检票口现场核对身份证原件后再放行。
        @计调 刚才那位阿姨的电话是186 0591 3372，她说在黄山北站跟团走散了，人很着急，麻烦帮忙联系车站查一下监控。
        游客刘芳的女儿对花生严重过敏，去年在景区餐厅发作过一次过敏性休克，请每餐提前告诉后厨，并提醒她随身带好肾上腺素笔。
        购物点纠纷记录：游客邓志刚称其妻子在玉器店内被店员推搡导致手臂擦伤，已报警，邓先生要求店方书面道歉并赔偿医药费860元。
        导游郭晓燕11月工资条：基本工资3,200元，带团补贴150元/天×18天，购物返点0，扣社保612元，实发5,288元。
        差评回访：钱女士（微信号qianli_1987xm）说导游全程态度恶劣、在车上点名批评她不买东西，要求公司给个说法并退一半团费。
        游客胡建军因涉嫌在景区殴打他人，被公安机关行政拘留10日，其余团员已按原计划返程，其家属称会自行承担后续费用。
        接机名单CZ3971：彭丽华（成人）、彭子轩（儿童，7岁）、彭国强（成人），联系电话13798245106，入住深圳福田香格里拉大酒店。
        陈先生您好！您报名的黄山三日游订单HS20261208-0312已确认，集合时间12月8日06:30，请携带身份证341002198203061515原件。
        阿强今天又没来上班，听说他妈住院要做心脏搭桥，手术费还差五万，群里能帮的帮一下，转账直接找他本人。
        游客谢婉婷在珠宝店刷信用卡消费¥26,800，事后称是导游诱导，卡号尾号4471，已向发卡行申请拒付，请购物店配合提供签购单。
        租车登记：司机罗海涛，身份证440306199004215736，驾驶证准驾车型A1，车牌粤B·5L823，本周负责深圳—珠海线路。
        团员徐婷婷孕早期反应严重，申请终止行程，已为她改签MU5180回上海，她丈夫朱磊会在虹桥机场到达口接她。
        举报：导游蔡振宇长期无证带团，借用他人电子导游证D-5300-117482上团，已将聊天截图转交文旅执法部门核查。
        邮寄地址：江苏省南京市鼓楼区汉中路140号3幢702室，收件人袁秀珍，电话15251837790（购物店代寄玉器，运单号待补）。
        游客健康登记表：丁美华 / 59岁 / 病史：高血压、2型糖尿病，每日需注射胰岛素 / 随行家属丁一鸣 138 1092 6654。
        小黄你看一下，昨天群里把身份证拍照发出来的那个游客叫蒋国平，照片上能看清住址“河南省郑州市金水区农业路22号院”，赶紧让他撤回。
    """),
    "zh-Hant": _lines("""
        團員名單：陳美玲，香港身份證K382614(7)，電話9123 4578，住址：九龍觀塘協和街101號12樓C室，緊急聯絡人：丈夫何志明。
        投訴個案C2026-1128：黃太表示於紅磡一間珠寶店被導遊強迫購物，消費HK$18,000，現要求全數退款，聯絡電話6328 1947。
        導遊李家豪因欠下財務公司約30萬港元，近日多次向團友借錢，公司已暫停其帶團工作並轉交內部調查。
        臺灣團員林志偉，身分證字號F126483756，出生日期1979/03/22，手機0928-613-457，護照於澳門遺失，需協助補辦入臺證。
        阿婷話佢婆婆喺大三巴跌親，要入山頂醫院照X光，我哋聽日嘅行程可能要幫佢哋兩婆孫改期。
        澳門團友區志強，澳門居民身份證1284613(5)，入住酒店1518房，因糖尿病需要房間冰箱存放胰島素。
        旅客退款：戶名張淑儀，匯豐銀行戶口024-583921-838，退款HK$3,250（因颱風取消行程），請財務本週內處理。
        導遊群組：吳生今朝又遲到，佢話離咗婚之後要每日送個仔返學，呢個月已經第四次，要唔要同公司講？
        領隊報告：團員蘇麗華女士在日月潭遊船時昏倒，經醫院診斷為低血糖，已無大礙，其兒子蘇建廷0935-218-604已知悉。
    """),
    "en": _lines("""
        Pax list row 07: TAN Mei Ling, F, NRIC S8216473A, mobile +65 9134 6682, dietary: vegetarian, room 1412 shared with TAN Wei Jie (son, 9).
        Complaint ref CMP-0458: Mr Lim Boon Keat (MyKad 820714-07-5193) says the guide kept the group at the jade factory for two hours; reply to lim.boonkeat82@gmail.com.
        Incident note: Sarah Wong from our Penang group was admitted to hospital with suspected dengue; her husband asked us not to tell the rest of the group.
        Hi team, FYI Kevin from the transport desk has a court order on his wages, so payroll will deduct MYR 800 a month until his car loan arrears are cleared.
        Refund to: account name NUR AISYAH BINTI AHMAD, Maybank 1141 2398 7765, amount RM 1,420.00 for the cancelled Genting day trip.
        Please call the lady from room 915 back at 012-738 4419, she says her passport went missing in Chinatown and she has already made a police report.
        Driver roster: Ahmad Faizal bin Rosli, plate WXY 4821, licence class D/E, joined 2019, on probation after the speeding summons in October.
        Work pass note for our new Mandarin guide Zhou Xinyi, FIN G3918275R, pass expiry 31/08/2027, home address Blk 458 Hougang Ave 10 #08-215, Singapore 530458.
    """),
    "mixed": _lines("""
        游客名单 pax list: 07 | LEE Chun Wai 李俊偉 | HKID Y560217(1) | +852 6145 2038 | 坐轮椅 wheelchair user，需要无障碍房 accessible room。
        Guide 小陈 pls note：团员 Mr Ong Kah Seng 有 epilepsy 癫痫史，药在他太太 Mdm Chua 那里，如果发作先打 995 再打给我。
        王先生 booking confirmed: Order HK-MO-1215-088，回乡证号 H60318274，手机 +86 135 1024 7786，email wang.zhiming@163.com，付款方式支付宝。
        Refund 退款：户名 Chong Siew Ling 张秀玲，Public Bank acc 3-1827-4405-19，MyKad 880305-14-6248，退 RM 560 因为 guide 当天没出现。
        群里说的那个 Auntie Lucy 就是住 Tampines St 81 Blk 867 那个，她上次 tour 欠我们 SGD 1,200 还没还，下次 booking 先收全款。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家地接旅行社的内部文书助手，帮助导游把口语化的带团记录整理成正式报告。"),
        (
            "user",
            "帮我把这段改成给公司的正式事故报告：今天下午3点左右游客张国庆（男，身份证532501195609172833）在石林大石林景区跟团走散，找了快两个小时，最后在小石林出口找到，人没事，就是他有点老年痴呆的迹象，家属电话13708715246。",
        ),
        (
            "assistant",
            "事故报告：2026年12月7日15:00左右，团员张国庆先生（身份证号532501195609172833）在石林风景区大石林游览期间与团队走散。导游随即联系景区管理处协助寻找，约两小时后在小石林出口处找到张先生，身体无外伤。经观察，张先生存在疑似认知障碍表现，已电话告知家属（13708715246），建议后续行程安排专人陪同。",
        ),
        ("user", "最后加一句处理建议，说明以后要给高龄游客发定位手环。"),
        (
            "assistant",
            "可在报告末尾补充：处理建议——对70岁以上或有认知障碍迹象的游客，出团时统一发放带公司值班电话的定位手环，并在每个景点集合前进行点名确认。",
        ),
    ],
    [
        (
            "user",
            "有个游客在12345投诉我们，说购物店强迫消费。她叫刘桂兰，电话15087326691，买了一对玉镯花了9800。我该怎么回复她比较妥当？",
        ),
        (
            "assistant",
            "建议先电话联系刘桂兰女士（15087326691），表明旅行社重视投诉，并说明三点：一、公司会调取该购物点的停留时间记录和导游当天的行程记录；二、如核实存在强迫购物，按《旅游法》相关规定协助办理退货退款；三、给出明确的回复时限，例如5个工作日内书面答复。通话后把沟通内容记录到投诉工单里。",
        ),
        ("user", "好的，再帮我写一条短信，先稳住她。"),
        (
            "assistant",
            "刘女士您好，我们已收到您关于购物点消费的投诉，公司高度重视，正在调查核实，将于5个工作日内给您书面答复。如需退货，请保留好玉镯及购物凭证。如有疑问可随时联系我们。",
        ),
    ],
    [
        (
            "system",
            "You are an operations assistant for a Singapore inbound tour operator. Help staff prepare hotel rooming lists.",
        ),
        (
            "user",
            "Can you turn this into a neat rooming list table? Room 1801: GOH Siew Hong, NRIC T0528314G, and her mother GOH Ah Lian (wheelchair). Room 1802: Mr Wong Jun Hao, +65 8273 1904, twin share with Mr Lee Kok Wah.",
        ),
        (
            "assistant",
            "Rooming list: Room 1801 - GOH Siew Hong (NRIC T0528314G), sharing with her mother GOH Ah Lian, wheelchair user, please request an accessible room. Room 1802 - WONG Jun Hao (+65 8273 1904), twin share with LEE Kok Wah.",
        ),
        ("user", "Thanks. Should I send the NRIC to the hotel at all?"),
        (
            "assistant",
            "Only if the hotel actually needs it for check-in. Under PDPA guidance, organisations should avoid collecting or passing on full NRIC numbers unless required by law; the hotel will normally verify ID at the front desk, so you can drop that column from the list you email.",
        ),
    ],
    [
        ("system", "你係一間香港旅行社嘅客服助理，用繁體中文回覆。"),
        (
            "user",
            "幫我草擬一封投訴信畀旅監局：本人梁惠芳，香港身份證R705123(8)，住址新界沙田禾輋邨豐盛樓1023室，上月參加貴社珠海一天團，被安排入珠寶店兩個半鐘，導遊話唔買嘢唔准上車。",
        ),
        (
            "assistant",
            "致香港旅遊業監管局：本人梁惠芳（香港身份證號碼R705123(8)，地址：新界沙田禾輋邨豐盛樓1023室）於上月參加一個珠海一天團，行程中被安排於珠寶店停留約兩個半小時，期間導遊聲稱團友不購物便不准上車，本人認為此舉屬強迫購物，懇請貴局跟進調查。隨函附上行程單及收據副本。",
        ),
        ("user", "要唔要加埋我電話？"),
        (
            "assistant",
            "建議加上，方便監管局聯絡你跟進個案。可以喺信尾加一句「聯絡電話：」再填上你最常用嘅手提電話號碼，並註明方便聯絡嘅時間。",
        ),
    ],
    [
        (
            "user",
            "I'm a tour leader from Ipoh. One of my guests, Mr Chan Weng Kit, told me he is in heavy debt with an Ah Long and asked to borrow RM 3,000 from me during the trip. 我应该借吗？",
        ),
        (
            "assistant",
            "建议不要借。作为领队，你和团员之间有工作关系，私人借贷容易引发纠纷，而且涉及 Ah Long（非法放贷）的债务可能让你也卷进去。你可以礼貌地拒绝，并告诉 Mr Chan 可以联系 AKPK（Agensi Kaunseling dan Pengurusan Kredit）寻求债务咨询。同时把这件事简单记录下来，告知公司。",
        ),
        ("user", "OK. Should I tell the company his name?"),
        (
            "assistant",
            "You can report it to your supervisor only, keeping it factual: that a guest asked for a personal loan and you declined. Avoid sharing details of his debt in group chats, since that is sensitive personal information.",
        ),
    ],
    [
        ("system", "你是导游执业咨询助手，回答关于电子导游证年审、挂靠、换证的问题。"),
        (
            "user",
            "我叫孙晓雯，导游证号D-3301-204517，手机17758093214，原来挂在杭州一家旅行社，现在想转到宁波的旅行社，流程怎么走？",
        ),
        (
            "assistant",
            "孙晓雯您好。导游变更所在旅行社一般流程是：一、先与原旅行社解除劳动合同或劳务关系，由原社在全国旅游监管服务平台上办理解约；二、与宁波新的旅行社签订合同；三、由新旅行社在平台上为您的导游证（D-3301-204517）发起变更申请，经所在地文旅部门审核后生效。建议事先致电新旅行社确认平台操作时间。",
        ),
        ("user", "变更期间我还能带团吗？"),
        (
            "assistant",
            "在变更生效前，您的导游证与原旅行社的关联已解除、与新旅行社的关联尚未生效，这段时间不建议上团，以免被认定为无委派带团。",
        ),
    ],
    [
        (
            "system",
            "客服工作台上下文：当前客户 周建平，手机 13605718842，订单 ZJ-HS-1120-031（黄山三日游，2人，已付4,560元），备注：客户因父亲病危申请取消行程。",
        ),
        ("user", "你好，我想问一下我的黄山团能不能全额退款？家里出了急事。"),
        (
            "assistant",
            "周先生您好，非常理解您的情况。您的订单ZJ-HS-1120-031距离出发还有5天，按合同约定，出发前7日内取消需扣除已产生的实际费用（酒店及门票预订损失）。考虑到您家中的特殊情况，我已为您提交特殊退款申请，主管会在24小时内回电13605718842。",
        ),
        ("user", "需要我提供什么证明吗？"),
        (
            "assistant",
            "如方便，可提供医院出具的病危通知书照片，用于特殊退款审批，我们只用于本次审核，不会用作其他用途。",
        ),
    ],
    [
        (
            "user",
            "Please help me write a WhatsApp message to our guest Mrs Kavitha Raman (+60 16-284 7395). Her mother passed away while she was on our Langkawi tour and she had to fly back to KL early yesterday.",
        ),
        (
            "assistant",
            "Dear Mrs Kavitha, we are deeply sorry for the loss of your mother. Please don't worry about the remaining part of the Langkawi tour; our team will arrange the refund for the unused services and contact you only when you are ready. Our thoughts are with you and your family. — Customer Care Team",
        ),
        ("user", "Can you make it a bit shorter?"),
        (
            "assistant",
            "Dear Mrs Kavitha, our deepest condolences on the loss of your mother. We'll handle the refund for the unused part of your tour, so please take all the time you need. Our thoughts are with you.",
        ),
    ],
    [
        ("system", "你是旅行社计调的数据助手，负责检查游客名单格式。"),
        (
            "user",
            "帮我检查一下这几行名单有没有格式问题：1,杨丽娟,女,身份证,410105198711302620,1987-11-30,13937185520,501；2,杨文博,男,身份证,41010520150621,2015-06-21,,501；3,高建新,男,护照,E7294618,1963-02-09,1357108,502",
        ),
        (
            "assistant",
            "发现两处问题：第2行杨文博的身份证号只有14位，应为18位，请核对原件；第3行高建新的手机号“1357108”位数不足，应为11位。第1行杨丽娟的信息格式正确，出生日期与身份证号一致。",
        ),
        ("user", "第2行是小孩，没有手机号可以吗？"),
        (
            "assistant",
            "可以，儿童的手机号允许为空，建议在备注栏填上监护人（例如与第1行同房的家长）作为联系人即可。",
        ),
    ],
    [
        ("system", "你是臺灣旅行社的領隊助理，請用繁體中文回答。"),
        (
            "user",
            "我們團員鄭宏明（身分證B223018479）昨晚在澳門賭場跟人起衝突，被治安警察局帶走問話，到現在還沒放人，我該怎麼處理？",
        ),
        (
            "assistant",
            "建議依序處理：一、立即聯絡公司值班主管並回報事件；二、聯繫台北經濟文化辦事處駐澳門的急難救助專線，說明鄭宏明先生被警方留置的情況，請求協助了解案情；三、通知其在臺家屬，但只說明已知事實；四、安排其他團員照常行程，並記錄事件經過與時間點。",
        ),
        ("user", "那他的回程機票要先改嗎？"),
        (
            "assistant",
            "先不要急著改，等確認他何時能離開警局、是否被限制出境後，再與航空公司聯絡改期，以免重複產生改票費。",
        ),
    ],
]
