# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh143: fortune-telling, date selection and feng shui services (bazi charts, auspicious dates, site surveys, paid consultations, disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "命理科普"): _lines("""
        八字即出生年、月、日、时对应的四组干支，共八个字，由天干和地支组成，其中日干代表命主本人。
        十天干为甲乙丙丁戊己庚辛壬癸，十二地支为子丑寅卯辰巳午未申酉戌亥，两两相配成六十甲子。
        排月柱要以节气为界而不是农历初一，例如立春之后才算寅月，这是初学者最常见的错误。
        真太阳时换算：北京时间减去（120 减当地经度）乘以 4 分钟，再加均时差；新疆、西藏出生的人时柱常因此改变。
        子平术相传由五代宋初的徐子平完善，以日干为主论命，明代《渊海子平》《三命通会》是最常被引用的典籍。
        紫微斗数以命宫、兄弟、夫妻、子女、财帛、疾厄、迁移、交友、官禄、田宅、福德、父母十二宫排布星曜。
        风水形势派重视“龙、穴、砂、水、向”，理气派则讲玄空飞星、八宅与三合，实际操作中两派常被混用。
        东晋郭璞《葬书》有“气乘风则散，界水则止”之语，“风水”一词即由此而来。
        玄空飞星以元运划分，2024 年立春起进入下元九运，为期二十年，九紫离火当令。
        八宅法把人分为东四命和西四命，按出生年份推算命卦，再配合房屋坐向选床位和灶位。
        喜用神是对日主最有利的五行，判断时要看月令旺衰、透干与通根，而不是简单地数五行个数。
        所谓“犯太岁”包括值、冲、刑、害、破五种，2027 丁未年生肖羊值太岁、生肖牛冲太岁。
        袁天罡与李淳风是唐代著名术数家，民间流传的《推背图》据说为二人合著，史学界多认为是后人伪托。
        例：乾造 甲子 丙寅 戊辰 庚申，戊土生于寅月，木旺土虚，取丙火印星为用——本例为教材虚拟命式，并非真实人物。
    """),
    ("zh-Hans", "服务价目与规则"): _lines("""
        【价目表】八字详批（文字版）298 元；八字详批+流年运势 498 元；合婚 368 元；宝宝起名（五个备选）599 元。
        上门风水勘察按建筑面积计费：120 平方米以内 3800 元，超出部分每平方米 25 元，市外另计差旅。
        下单须知：请准确填写公历或农历出生时间并精确到时辰；出生时辰不详者可选“三柱简批”，价格减半。
        退款规则：报告交付前可全额退款；交付后 48 小时内对内容有异议的，可申请一次免费追问，不再退款。
        本工作室所有咨询仅供传统文化参考，不构成医疗、法律或投资建议，身体不适请及时就医。
        择日服务范围：开业、搬家入宅、订婚、领证、动土、安床，每项 288 元，同一月份多项择日可打八折。
        企业风水顾问年费方案：每季度一次实地复勘，新办公室选址评估另计，合同编号规则为 FS-年份-四位序号。
        会员积分说明：每消费 1 元积 1 分，500 分可兑换一次生肖流年简批，积分有效期至次年 12 月 31 日。
        线上咨询按时长收费：语音 30 分钟 199 元，超时每 10 分钟 60 元，不足 10 分钟按 10 分钟计。
        本店不销售“转运符”“开光手串”等法器，凡以本店名义推销法器、索要“香火钱”者均非本店行为。
        起名服务流程：提交宝宝出生时间与姓氏 → 排盘分析五行 → 三个工作日内交付 → 可免费调整一次。
        年末特惠：丁未年流年运程报告原价 168 元，12 月 20 日前下单 99 元，优惠码 DW2027，每个账号限用一次。
        发票说明：个人可开普通电子发票，企业需提供纳税人识别号，发票项目统一为“咨询服务费”。
    """),
    ("zh-Hans", "黄历择日公告"): _lines("""
        2027年1月18日 丁酉日 宜：嫁娶 纳采 祭祀 祈福 出行 / 忌：动土 破土 安葬 / 冲兔煞东。
        本周择日简表：周二宜开市、立券；周四宜入宅、安床；周六诸事不宜，重要签约建议避开。
        二〇二七年丁未年，正月初一为公历 2 月 6 日，立春在 2 月 4 日，故 2 月 4 日、5 日出生者生肖已属羊。
        时辰对照：子时 23:00-00:59，丑时 01:00-02:59，寅时 03:00-04:59，依此类推，每个时辰两小时。
        每月的“月破日”“四绝日”“四离日”不宜用事，择吉时应先剔除这些日子，再结合事主八字细选。
        入宅吉时参考：2027年3月20日（周六，戊戌日）辰时 07:00-09:00，生肖属龙者冲日，宜回避。
        本月开业吉日：5 日、12 日、17 日、26 日，其中 17 日为天德合日，宜开张挂匾。
        公告：清明假期 4 月 4 日至 4 月 6 日暂停线下择日面谈，期间线上订单顺延处理，敬请谅解。
        九运催旺小贴士：大门位于正南者为当运旺门，宜保持明亮通畅，门后不宜堆放杂物。
        安葬择日需看亡命与山向，一般避开三煞方、岁破方；本文仅作通例说明，具体须专人排算。
        十二建除：建、除、满、平、定、执、破、危、成、收、开、闭，其中“成”“开”两日多被视为吉日。
        领证热门日预警：2027年2月14日、5月20日预计预约紧张，建议提前在婚姻登记预约系统中查看余号。
    """),
    ("zh-Hans", "客服模板与工单日志"): _lines("""
        尊敬的{客户姓名}，您预约的{服务名称}已确认，时间为{预约日期}{时段}，如需改期请至少提前 24 小时联系客服。
        【天元命理】您的报告已生成，订单号 DD202611170842，请在“我的订单”中查看，下载链接 7 天内有效。
        客服热线 400-619-8833（工作日 9:00-21:00），投诉请拨 020-3829 6100 转 8，或发邮件至 service@tianyuanmingli.cn。
        工单 #TK-48213 状态：已关闭 / 原因：用户重复下单，已原路退回 298.00 元 / 处理人：客服三组。
        2026-11-21 14:03:27 [order-svc] INFO order_id=7730192846551028 status=PAID amount=498.00 channel=wxpay
        话术模板：您好，出生时间如果只记得大概，可以提供“早上”“傍晚”这样的范围，我们会按可能的两个时辰分别推算。
        退款审核流程：客服初审 → 主管复核 → 财务打款（T+3），金额超过 2000 元的需法务备案。
        您的择日红帖已由顺丰寄出，运单号 SF1428573960214，预计 2 个工作日送达，请注意查收。
        满意度回访：请问您对老师的讲解是否满意？回复 1 非常满意 / 2 基本满意 / 3 不满意。
        【预约提醒】{姓名}先生/女士，明天{时间}风水老师将上门勘察，请提前准备户型图和大门朝向照片。
        内部通知：即日起客服不得在聊天中索要客户身份证号码，出生信息只在排盘系统内填写，聊天截图不得外传。
        工单 case-20261204-0193：用户反映报告 PDF 无法打开，已重新生成并推送，文件 sha1 前缀 9f3c2a7e41b0d5c8。
        电子发票已开具：发票号码 26442000000183527910，金额 599.00 元，购买方为个人，开票日期 2026-12-02。
    """),
    ("zh-Hans", "纠纷与监管资讯"): _lines("""
        市场监管部门提示：警惕以“化解血光之灾”“改运法事”为名收取高额费用的骗局，消费者可拨打 12315 投诉。
        据某消费维权平台统计，2025 年涉“算命、占卜”类投诉 3,412 件，其中约七成涉及退款难和诱导加价。
        某地法院审理一起风水服务合同纠纷，认定“保证升职加薪”的承诺不具法律依据，判令服务方返还部分费用。
        律师解读：付费算命属于服务合同，商家虚构“灾祸”诱导消费的，可能构成欺诈，消费者可主张撤销合同。
        某短视频平台发布公告，禁止主播以“付费消灾”“改命”为卖点直播，违规账号将被限流或封禁。
        《民法典》第一百四十八条：一方以欺诈手段，使对方在违背真实意思的情况下实施的民事法律行为，受欺诈方有权请求撤销。
        消费提示：线上“大师”常以“限时”“名额有限”制造焦虑，付款前请核实商家资质并保留聊天和转账记录。
        警方通报：辖区近期发生多起冒充“风水大师”上门诈骗案，嫌疑人以“家宅有煞”为由骗取现金，已刑拘 2 人。
        调查显示，受访的 1,200 名年轻人中 38% 曾付费测过塔罗或八字，最常见的动机是“缓解焦虑”。
        专家观点：传统择日文化可以作为民俗研究对象，但不应替代医疗诊断，更不应据此做借贷和投资决策。
        某电商平台规则更新：“运势测算”类虚拟商品须在详情页标注“仅供娱乐”，不得承诺具体效果。
    """),
    ("zh-Hant", "風水專欄與廣告"): _lines("""
        農曆新年前大掃除，宜於小年之後進行，傳統上謝灶後才清理廚房。
        香港樓宇多為窄長單位，開門見窗被視為「穿堂煞」，可用屏風或玄關櫃化解。
        《通勝》又稱《通書》，每年由出版社依曆法編印，內容包括宜忌、胎神、二十四節氣與春牛圖。
        九運旺財位在正南方，宜擺放紅色或紫色飾物；病符星飛臨的方位則宜靜不宜動。
        【廣告】德源堂風水命理，專營八字、擇日、睇樓風水，預約熱線 2388 6020，地址：旺角彌敦道某商業大廈 12 樓。
        台灣習俗：入厝當天要帶米、鹽、火爐進門，象徵有米有錢、香火不斷，吉日多參考農民曆。
        紫微斗數中的「化祿、化權、化科、化忌」合稱四化，依出生年天干而定。
        睇樓小貼士：單位正對天橋、燈柱或尖角建築，傳統稱為「路沖」「尖角煞」，落訂前宜先實地視察。
        問：風水佈局要不要每年調整？答：流年飛星每年變動，玄空派主張每年立春前後調整一次擺設。
        本館擇日服務說明：擇日結果以電郵 PDF 交付，如需紙本紅帖，另收港幣 80 元郵寄費。
        黃大仙祠求籤後可到解籤檔解籤，每支籤收費由數十至百多港元不等，價格由各檔自訂。
        消保官提醒：宮廟或命理館收費前應清楚說明價格，民眾遇到加價爭議可撥 1950 消費者服務專線。
    """),
    ("en", "feng shui guides and FAQs"): _lines("""
        Feng shui literally means "wind and water"; the term traces back to the Book of Burial attributed to Guo Pu of the Jin dynasty.
        Your Four Pillars chart follows the solar terms: someone born on 2 February still belongs to the previous zodiac year if the Start of Spring falls on 4 February.
        FAQ: Do I need my exact birth time? An exact time gives the hour pillar; without it we can still read the year, month and day pillars.
        Booking reference FS-2026-0417 confirmed for a 90-minute office audit; please have a floor plan and compass bearings ready.
        Our consultations are offered for cultural and entertainment purposes and are not a substitute for medical, legal or financial advice.
        Many HDB flats face an awkward direction; a common remedy is to turn the bed and desk towards the occupant's favourable Kua direction.
        Customer service: +65 6225 8830 (Mon-Sat, 10am-7pm) or hello@jadecompassgeomancy.sg; we reply within two working days.
        Refund policy: full refund if cancelled 72 hours before the site visit, 50% within 72 hours, no refund for no-shows.
        In Period 9 (2024-2043) the south is considered the prosperous direction, so main doors facing south are favoured.
        Lillian Too popularised feng shui among English-speaking readers with a long series of books from the 1990s onwards.
        Template: Dear [Client Name], your date selection for [Event] on [Date] is ready. Please find the report attached.
        The Year of the Goat begins on 6 February 2027; people born in Goat years are said to be "sitting on" Tai Sui that year.
    """),
    ("zh-Hans", "匿名用户提问"): _lines("""
        我是 1990 年农历八月出生的，属马，明年适合换工作吗？听说犯太岁要戴红绳，是真的吗？
        老公属虎我属蛇，家里老人说寅巳相刑不能结婚，这种说法有依据吗？
        新房大门正对电梯口，是不是不好？有没有不用动工的化解办法？
        求问：宝宝要剖腹产，可以自己挑出生时辰吗？这种“择时剖腹”靠谱吗？
        在某平台花 1280 算命，说我今年有血光之灾要做法事，感觉被骗了，该怎么维权？
        出生时间只知道是“天快亮的时候”，应该按寅时还是卯时排？
        搬家一定要选吉日吗？我们只有周末有空，随便挑个周六行不行？
        租的房子卫生间在正中间，风水上叫“污秽中宫”，不能改格局的话怎么办？
        八字里没有水的人，起名字是不是一定要带三点水？
        有人说测八字要报身份证号，这样安全吗？正规排盘到底需要哪些信息？
    """),
    ("mixed", "双语闲聊与代码配置"): _lines("""
        Master 说我八字火太旺, 要多穿 blue and black, 这个 is it legit or just marketing ah?
        {"service": "bazi_reading", "fields": ["name", "gender", "birth_datetime", "birth_place"], "calendar": "lunar|solar", "tz_correction": true}
        def hour_branch(h): return "子丑寅卯辰巳午未申酉戌亥"[((h + 1) // 2) % 12]
        今日 office 搬位, boss 話要避開沖鼠嘅時辰, so we move at 10am 巳時, everyone ok?
        SELECT order_no, service_type, amount FROM fs_orders WHERE status = 'REFUND_PENDING' AND created_at >= '2026-11-01';
        黄历 API: GET /v1/almanac?date=2027-02-06 returns yi/ji lists, chong, sha and the 24 solar terms in JSON.
        风水 consultation package for 商铺 opening: site visit + 择日, RM 1,888 nett, Klang Valley only.
        罗盘 Luopan model LP-38A, 38 layers, brass face, 10.2 inch, SKU FS-LP38A-BR, in stock.
        大家 remember ah, CNY 前清理 mailbox 同 old files, 财位不可以堆 clutter, 这个 tip 来自上星期的讲座。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        订单信息 | 姓名：刘晓雯 | 性别：女 | 出生：1988年1月30日 卯时 浙江杭州 | 手机：138 2714 6590 | 服务：八字详批+流年 | 备注：想问明年能不能怀上
        合婚申请：男方 周启航 1990-01-17 酉时，女方 林诗涵 1992-06-07 午时，双方父母要求十月前出结果，联系电话 186-2176-0934。
        退款申请单 | 申请人：黄建国 | 身份证号：440106198603142377 | 订单 DD202609031125 | 金额 3,800 元 | 理由：上门师傅迟到两小时且未出报告 | 收款卡：工商银行 6222 0220 0323 1672 926
        @王丽娟 姐，你那个八字我帮你看了，今年流年冲日柱，体检查出来的甲状腺结节还是尽早去复查吧
        大师手记：陈立群，48 岁，做建材批发，今年欠了三百多万，老婆闹离婚，问还能不能翻身，约下周三再聊。
        12315 投诉：投诉人孙美玲，身份证 110105197909214823，电话 13925087413，称“玄缘阁”以化解血光之灾为名先后收取其 26,800 元，要求全额退还。
        起名订单：父 赵宇航，母 钱佳怡，男宝 2026年11月28日 04:52 生于上海市第一妇婴保健院，姓赵，要求名字不用“梓”“轩”。
        上门勘察预约：业主 吴先生，深圳市南山区桃园路 云海花园 5 栋 1802，手机 150 0213 8876，车牌 粤B·7K2M9 需登记入场。
        择日结果已发张晓梅：入宅定 2027年3月20日 辰时，其子张浩然属龙与当日相冲，届时请回避不在场。
        客户登记 | 何志强 | 微信 hzq_1983fs | 生日 1983-09-09 | 问题：生意连续亏损十个月，想看公司办公室风水
        徐老师您好，我是上次找您算过的马晓婷，离婚手续下个月办，想请您帮我挑个日子，顺便看看孩子跟谁更好。
        收款记录：2026-10-12 收到郑海涛支付宝转账 6,600 元（风水调理+摆件），付款账号 zhenghaitao0716@163.com
        内部备注：客户林美华（VIP）丈夫去年肝癌去世，现在在问祖坟要不要迁，沟通时千万别提“克夫”两个字。
        纠纷记录：客户谢雨欣称老师断她“命中无子”导致其抑郁就医，家属要求公开道歉并赔偿，联系人为其母唐秀英 199 5071 2368。
        风水面授班第 12 期学员：1. 曹磊 13611872045 已缴费 2. 邓婷婷 158 2019 3746 未缴费 3. 彭飞 已退课
        海外勘察团护照登记：叶文博 护照 E73920584 生日 1975-08-12；随行 叶思琪 护照 EJ4820573。
        转账失败：收款人蒋海燕，建设银行 6217 0019 4614 9769 140，款项“八字详批退款 298 元”，请核对户名后重新提交。
        新客户 QQ 2847193605（昵称“听雨”），是南京鼓楼区的韩静，说被上一个大师骗了 1.2 万，情绪很不稳定。
        命例存档：许志远 乾造 丙寅 辛卯 丁巳 丙午（1986年3月14日午时），火旺身强，现任某国企财务，问明年能否升科长。
        差评回复：梁淑芬女士您好，您反映的 1 月 5 日上门服务超时问题已核实，已退回 500 元至您尾号 1395 的农业银行卡。
        家族合盘登记：祖母 严桂兰 1941年腊月初八生；父 严国栋 1968-05-03；母 方丽；孙 严子墨 2015-07-21 巳时，孙子有哮喘。
        黑名单客户：罗志刚，手机 135 1846 2097，多次预约不到，还在群里辱骂老师，禁止再接单。
        起诉状节选：原告 陈碧霞，女，1975年8月12日生，身份证号 350203197508123186，住厦门市思明区莲前西路 738 号金榕苑 12 号楼 601 室；被告 厦门某风水文化传播有限公司。
        兼职风水师入驻审核：欧阳俊，身份证 440305199001172092，从业 8 年，擅长玄空飞星，结算卡 农业银行 6228 4845 7264 1395 383。
        预约单：吕欣怡（身份证 510107199504250742）预约 12 月 12 日 14:00 成都工作室现场排盘，已付定金 199 元。
        代付说明：这笔算命钱是我替舅舅田福生付的，他不会用手机，身份证 420106198309095510，有事打我电话就行。
        回访记录：曹女士（宁波市江北区洪塘街道绿苑新村 9 幢 1502 室）说按建议调整床位后失眠好转，同意我们引用但不能写全名。
    """),
    "zh-Hant": _lines("""
        預約確認：陳嘉欣小姐 / 睇樓風水 / 將軍澳 日出康城 第3期 6座 21樓 B室 / 12月14日 下午2時 / 手提 6418 2735
        客戶資料卡 | 姓名：李偉明 | 香港身份證：K482913(1) | 電話：5367 0928 | 服務：八字批算 + 流年 | 已付 HK$3,800
        命理館訂單：林怡君，身分證字號 F228710347，民國 79 年 3 月 2 日酉時生，想問紫微夫妻宮，手機 0928-417-553。
        擇日紅帖：謹擇丁未年正月十八日巳時，為黃志豪先生與吳詠詩小姐舉行過大禮，男命屬馬，女命屬羊。
        投訴信：本人張美蓮（HKID R914265(6)）十月在貴中心付款港幣 12,000 元做「轉運法事」，其後師傅失聯，現要求全數退款。
        @阿芬 你老公鄭家樂上次喺旺角搵嗰個師傅計，話佢今年破財，結果真係炒股輸咗幾十萬
        風水勘察紀錄：委託人 王淑惠，台北市大安區和平東路二段 96 巷 12 號 4 樓，主臥床頭對正廁所，本人長期偏頭痛。
        澳門客戶何嘉欣，電話 6628 5173，預約 1 月 9 日到新馬路分店批八字，想問移民加拿大是否順利。
        退費申請：陳冠宇 B158309276，十一月購買流年命書兩份共新台幣 3,600 元，內容與本人命盤不符，請退至帳戶。
    """),
    "en": _lines("""
        Booking: Mr TAN WEI LIANG, NRIC S8734215H, Blk 412 Bedok North Ave 2 #08-317, mobile 9748 2631, home audit 14 Dec 10am.
        hi master this is rachel goh, my birth is 3 feb 1991 around 11pm, my husband keeps losing money on crypto, can you check if our charts clash? my number is 8236 1094
        Refund request: Ms Priya d/o Ramasamy paid SGD 1,280 for an office feng shui audit on 2 Nov but the consultant never turned up; refund to her Visa ending 2709.
        Client file: Michael Brennan, FIN G5172038K, expat from Dublin, wants a move-in date for his Tanjong Pagar condo, pays by Mastercard 5525 9988 1127 0271.
        From kelvin.chow88@gmail.com: Dear Master Leung, my wife Vivian is due by C-section at Queen Mary Hospital in early March, could you pick an auspicious hour? My HKID is A627104(1).
        Lead export | Sarah Ng | sarah.ng.sg@outlook.com | +65 9031 5572 | wants a Ba Zi reading | note: recently divorced, budget about $500
        Escalation: customer Daniel Ho Kah Meng says the geomancer told his mother, Madam Lee Siew Lan, that she would die within the year; she has since been admitted to IMH for anxiety.
    """),
    "ms": _lines("""
        Tempahan perunding feng shui: Encik Ahmad Faizal bin Rosli, No. K/P 870419-14-5627, kedai makan baharu di Seksyen 7 Shah Alam, mahu tarikh buka kedai sebelum Ramadan, tel 012-438 7721.
        Aduan: Puan Kavitha a/p Subramaniam membayar RM2,500 kepada seorang "sifu" untuk upacara buang sial tetapi tiada resit diberi; telefon beliau 016-229 0548.
        Tan Mei Ling (IC 920815-10-6384) minta tarikh baik untuk pindah rumah ke Taman Desa, bayaran RM388 sudah dimasukkan dari akaun Maybank 1140 2287 3619.
    """),
    "mixed": _lines("""
        师傅 hi, 我是 jason lee 啦, 上次你帮我看 shop 风水那个, now business 还是很 slow, 可以再 come 看吗? my hp 019-771 3046
        明天 site visit 地址 Blk 305 Tampines St 32 #11-248, owner 是 Ms Serene Chua, 她说她儿子有 autism, 进门要安静一点
        Payment received 收到 WONG KAR HO 黄家豪 HK$5,800 for 八字 + 择日, FPS from 9356 2871, 已出收据
        老師我 IG 係 @mandy.ch3ung_ 唔該 DM 我個 report, 我係陳敏儀 1995 年 5 月出世嗰個, 最近失業好亂
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“天元命理”的在线客服助手，负责订单查询、改期和退款受理。"),
        ("user", "你好，我要退款，订单 DD202611030957，报告写得太吓人了。"),
        ("assistant", "您好，为了核实订单，请提供下单时使用的姓名和手机号。"),
        (
            "user",
            "潘雨桐，131 6285 0943。报告里说我“克父”，我爸上个月刚做完心脏搭桥手术，看了心里特别难受。",
        ),
        ("assistant", "非常抱歉给您带来困扰，已为您提交退款申请，预计 3 个工作日内原路退回。"),
    ],
    [
        ("user", "帮我排个八字：男，1993年6月21日早上7点40，湖南衡阳出生，我叫贺俊杰。"),
        (
            "assistant",
            "您的四柱为：癸酉年 戊午月 癸酉日 丙辰时。日主癸水生于午月，偏弱，喜金水扶身。",
        ),
        ("user", "我现在在长沙一家银行做柜员，月薪六千，想裸辞考公，明年合适吗？"),
        ("assistant", "命理只能作参考，建议先在职备考，降低经济压力。"),
    ],
    [
        ("user", "Hi, I'd like to book a home feng shui audit."),
        ("assistant", "Sure. May I have your name, address and a contact number?"),
        ("user", "Melissa Teo, NRIC S7651094F, Blk 118 Ang Mo Kio Ave 4 #05-225, phone 9184 3302."),
        ("assistant", "Thank you. Is there anything the consultant should know before the visit?"),
        (
            "user",
            "My father-in-law had a stroke in October and now lives with us, so we want to rearrange his bedroom first.",
        ),
    ],
    [
        (
            "user",
            "想合个婚，男的叫冯子昂，1994年农历腊月十二亥时；女的是我，孔雪，1996年8月3日下午。",
        ),
        ("assistant", "好的，请问您想重点了解哪些方面？"),
        ("user", "他妈妈不同意，说我属鼠跟他犯冲，我们已经同居两年了，下个月打算偷偷去领证。"),
    ],
    [
        ("user", "師傅，我想擇日開張，間舖喺荃灣沙咀道。"),
        ("assistant", "好的，請提供舖主的出生日期時辰，以及聯絡電話。"),
        ("user", "我叫梁志偉，1979年9月18日凌晨兩點出世，手提 6257 3904，香港身份證 E370926(8)。"),
        ("assistant", "收到，我哋會喺三個工作天內將吉日吉時電郵畀你。"),
    ],
    [
        ("system", "本对话由平台纠纷调解专员处理，请双方如实陈述。"),
        (
            "user",
            "我是买家石磊，付款用的支付宝是 15967328410，当时那个“青玄居士”收了我 8,800 说保我今年升职。",
        ),
        ("assistant", "请提供付款截图和对方承诺效果的聊天记录。"),
        ("user", "已经上传了，结果我十月份被公司裁员，现在房贷都快还不上了。"),
    ],
    [
        ("user", "想给宝宝起名，爸爸叫温博文，妈妈叫钟诗雨，宝宝是女孩。"),
        ("assistant", "好的，请提供宝宝的出生时间和出生地。"),
        (
            "user",
            "2026年12月3日 21:15，在广州市妇女儿童医疗中心珠江新城院区出生的，早产了三周，还在保温箱。",
        ),
        ("assistant", "祝宝宝早日健康出院，我们会在三个工作日内给出五个备选名字。"),
    ],
    [
        ("user", "您好，我想加入紫微斗數會員。"),
        ("assistant", "會員驗證需提供姓名及身分證字號後四碼即可。"),
        ("user", "蔡佩珊 H276403186，全部給你好了。另外想問我今年跟主管處不好，要不要換工作？"),
        ("assistant", "已收到，提醒您之後只需提供後四碼即可。工作問題我們會請老師為您詳批。"),
    ],
    [
        ("user", "Hi sifu, 我 Lim Chee Keong, IC 790203-07-5173, Penang 的"),
        ("assistant", "Hi Mr Lim, 请问需要什么服务？"),
        (
            "user",
            "下个月要在 Jalan Burma 开咖啡店, 想 pick 一个好日子, 我老婆 last year 生意亏了, 这次要小心一点",
        ),
    ],
    [
        ("user", "我老婆怀孕七个月了，能帮看看胎儿是男是女吗？"),
        ("assistant", "抱歉，我们不提供胎儿性别推算服务，可以为您提供搬家或起名择日。"),
        (
            "user",
            "那帮我们选个搬家日子吧，她叫苗静，1991年4月出生，我们下个月从郑州金水区搬到二七区福寿街 18 号院 3 号楼。",
        ),
        ("assistant", "好的，孕期搬家一般建议避开动土日，稍后把可选日期发给您。"),
    ],
    [
        ("user", "Please send my 2027 annual forecast report by email."),
        (
            "assistant",
            "Of course. Which email address should we use, and what name is on the order?",
        ),
        (
            "user",
            "Cheung Wing Yan, wingyan.cheung1982@yahoo.com.hk. My mother is starting chemo in January, please include her chart too.",
        ),
    ],
]
