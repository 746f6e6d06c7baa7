# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh210: mainland optical shops and eye hospitals (prescriptions, myopia control, contact and ortho-k lenses, after-sales). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh210
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "order_slips"): _lines("""
        配镜单号 PJ20261118-0032｜镜架 SKU FR-TI-5521-BK 钛架 49□18-140｜镜片 钻晶A4 1.60 ×2｜合计 ¥1,686.00｜取镜日期：11月22日后
        【配镜单模板】姓名：＿＿＿＿ 性别：□男 □女 年龄：＿＿ 联系电话：＿＿＿＿＿＿＿＿＿＿＿ 远用 R：球镜＿＿ 柱镜＿＿ 轴位＿＿ 矫正视力＿＿
        镜片库存预警：1.56 防蓝光 -3.25/-0.50 仅剩 4 片，-4.00/0.00 已缺货，请 12 月 8 日前向总仓补货（补货单 BH-2612-0087）
        发票抬头：上海瞳明视光科技有限公司，统一社会信用代码 91310115MA1H7K2Q8T，对公账户信息见采购合同附件二
        取镜凭证 No. 0042817 请凭此联取镜，遗失需出示付款记录，本联不记名、不挂失
        加工单 JG-20261204-118：镜架型号 RB5154 2000 51口21，镜片移心内移 2mm，割边后装配、整形、超声清洗，质检签章：＿＿
        退换货规则：镜片一经加工不予退换；镜架自购买之日起 30 天内非人为损坏可免费更换同款 1 次，需提供小票（单号以 XS 开头）
        今日营业小结 2026-12-05：成交 37 单，客单价 ¥812，渐进多焦点 4 副，护理液 62 瓶，新增会员 19 人
        收银流水 POS 终端号 T0087215 商户号 898310058121044 交易参考号 421518093347 金额 ¥2,380.00 状态：成功
        套餐价目：学生单光 ¥399 起（含 1.56 非球面 + 板材架），离焦镜片 ¥2,980/副起，角膜塑形镜首配 ¥8,800–¥13,800 含一年复查
        镜架 SKU 对照：ZS-8821-C3 = 蔡司定制款 C3 枪色；HK-EC-2047 = 海伦凯勒 2047 系列 黑框；LX-1936 = 鲁迅同款圆框复刻
        加急单请在备注栏写“急”，工厂 48 小时内出片；1.74 折射率及棱镜片不接受加急
        快递单号 SF1409 8827 3351 已发出，寄件方：瞳明视光总仓（苏州工业园区星湖街 328 号），收件信息请在小程序订单详情查看
    """),
    ("zh-Hans", "hospital_notices"): _lines("""
        关于元旦假期门诊安排的通知：1 月 1 日眼科急诊照常，普通门诊停诊一天，1 月 2 日起恢复，改约请拨打 0571-8765 3120（工作日 8:00-17:00）
        本院屈光手术中心位于逸夫楼 5 层，术前检查需停戴软性隐形眼镜 1 周、硬性透氧镜 4 周以上
        今日出诊：角膜病专科 上午 2 诊室（主任医师），下午 5 诊室（副主任医师）；小儿斜弱视专科 全天 8 诊室
        温馨提示：散瞳验光后 6-8 小时内视物模糊、畏光，请勿驾车，儿童请由家长陪同离院
        全国爱眼日（6 月 6 日）义诊：上午 9 点在中山公园南门，提供免费视力筛查和眼压测量，每人限领护眼手册一本
        纪念汤飞凡先生首次分离出沙眼衣原体的学术沙龙将于本周五下午在学术报告厅举行，欢迎全院职工参加
        挂号须知：初诊患者请携带本人有效证件，建档后生成 10 位就诊卡号，复诊可在自助机扫码签到
        医保提示：框架眼镜及隐形眼镜不属于医保统筹支付范围，角膜塑形镜验配相关检查费可按门诊项目结算
        院感通知：裂隙灯下颌托每位患者使用后酒精擦拭，接触镜试戴片一人一片，禁止重复使用
        关于调整 OK 镜复查时间的公告：戴镜第 1 天、1 周、1 月、3 月各复查一次，以后每 3 个月复查一次
        眼科急诊电话 020-3861 1000（24 小时），化学伤请先用大量清水冲洗至少 15 分钟再来院
        停电通知：12 月 9 日 13:00-15:00 门诊楼 B 座检修，OCT、角膜地形图暂停检查，已预约者顺延
        招聘：视光门诊招聘验光师 2 名，要求持职业技能等级证书，简历请投 hr@mingmu-eye.cn，邮件标题注明“岗位+工作年限”
    """),
    ("zh-Hans", "myopia_stats"): _lines("""
        2026 年秋季学期全区中小学视力筛查共覆盖 48,213 名学生，总体近视率 51.7%，较上年下降 0.9 个百分点
        某小学三年级 6 个班筛查结果：裸眼视力低于 5.0 者 97 人，其中建议转诊 41 人，已复查 23 人
        方案提出，到 2030 年 6 岁儿童近视率控制在 3% 左右，小学生近视率下降到 38% 以下
        户外活动每天 2 小时；近距离用眼遵循 20-20-20 原则：每 20 分钟看 20 英尺外 20 秒
        随访队列（n=312）中，佩戴离焦框架镜 12 个月的儿童眼轴平均增长 0.18 mm，单光镜对照组为 0.34 mm
        病例 A：8 岁，等效球镜 -1.50D，眼轴 24.12mm，建议低浓度阿托品联合户外活动；病例 B：11 岁，-4.25D，建议角膜塑形镜评估
        本月角膜塑形镜新验配 86 例，停戴 7 例，其中 3 例因角膜点染，2 例因依从性差，2 例因转学
        眼健康档案导出统计：建档儿童 12,604 人，屈光不正 7,318 人，远视储备不足 2,947 人（数据已脱敏）
        屈光发育档案字段说明：student_no 为学籍号（导出时哈希化），se_od/se_os 为双眼等效球镜，al_od/al_os 为眼轴长度
        各年级近视率：一年级 14.2%，三年级 33.8%，六年级 56.4%，初三 77.1%，高三 83.5%
        0.01% 阿托品滴眼液临床观察：纳入 120 眼，畏光发生率 6.7%，无一例因不良反应退出
        学校近视防控工作考核表（空白）：学校名称＿＿＿ 筛查人数＿＿＿ 近视人数＿＿＿ 转诊率＿＿＿ 填表人职务＿＿＿
        全市学生体质健康监测显示，城区近视率高于郊区约 8 个百分点，女生高于男生约 4 个百分点
    """),
    ("zh-Hans", "faq_questions"): _lines("""
        请问OK镜晚上戴多久才有效果？听说至少要 8 小时，孩子 10 点睡 6 点半起够不够？
        日抛和月抛哪个对眼睛更好？月抛的护理液多久换一次？
        美瞳直径 14.5mm 的会不会比 14.0 的更容易缺氧？
        离焦镜和OK镜能一起用吗？白天戴离焦框架、晚上戴OK镜有没有冲突？
        护理液开瓶后 90 天内用完，镜盒每 3 个月更换一次，吸棒每次使用后清洗晾干
        角膜塑形镜摘镜步骤：洗手→滴润眼液→用吸棒对准镜片中央轻吸→取出后立即清洗并放入镜盒
        如何看验光单：SPH 球镜（近视为负），CYL 柱镜即散光，AX 轴位，ADD 为近用附加，PD 为瞳距
        框架眼镜的度数可以直接换算成隐形眼镜吗？-6.00 以上是不是要减一点？
        为什么配镜前要散瞳？成年人也需要吗？
        柯南那种圆框眼镜有没有适合 7 岁小孩的款式？要轻一点的
        镜片出现「膜裂」是什么原因，能走保修吗？
        防蓝光镜片真的有用吗，还是智商税？有没有靠谱的研究？
        近视手术全飞秒和半飞秒有什么区别，术后多久能化妆、游泳？
    """),
    ("zh-Hant", "shop_notices"): _lines("""
        羅湖商業城 3 樓眼鏡專區，接受港幣現金及 AlipayHK，單光鏡片最快 1 小時取鏡
        驗光流程：電腦驗光 → 綜合驗光儀主覺驗光 → 試戴 15 分鐘 → 確認處方 → 選架加工
        角膜塑形鏡（OK 鏡）配戴須知：每晚配戴不少於 8 小時，早上起床先點潤眼液再摘鏡
        12 月優惠：第二副鏡架半價，漸進多焦點鏡片滿 ¥3,000 減 ¥300，活動編號 PROMO-HK-1226
        請問從香港過來福田口岸驗光，當天可以取鏡嗎？散光 -2.50 左右要等訂片嗎？
        門店營業時間：週一至週日 10:00–21:30，客服熱線 0755-2558 6677，郵箱 service@guangming-optical.com.cn
        日拋隱形眼鏡 30 片裝 ¥189，兩盒起每盒 ¥169；護理液 360ml ¥78
        配鏡保修卡（空白）：單號＿＿＿ 鏡架型號＿＿＿ 鏡片品牌＿＿＿ 保修期至＿＿年＿＿月＿＿日
        本店為鏡片品牌授權經銷商，授權編號 ES-CN-GD-0337，可於品牌官網查詢真偽
        兒童近視防控講座：本週六下午 3 點，主講：本院視光科主任，地點：2 樓多功能廳，名額 30 位
        店內陳列的圓框復刻款，靈感來自徐志摩留下的民國老照片，鏡腿內側刻有型號 XZM-1921
        溫馨提醒：彩色隱形眼鏡屬第三類醫療器械，請選購有註冊證的產品，並核對包裝上的註冊證編號
        售後工單 TK-2612-00518 已處理：鏡腿螺絲鬆脫，已免費更換並整形，顧客滿意度評分 5/5
    """),
    ("en", "logs_config"): _lines("""
        2026-12-04T09:14:27+08:00 INFO lensmeter-sync device=NIDEK-LM7 store_id=SH-017 uploaded 42 readings, 0 errors
        ERROR order-svc: OrderNotFound order_id=PJ20261203-0419 trace=7f3a9c21e4b04d6f retry=3
        topography.export_format = csv; anonymize_patient_fields = true; retention_days = 1825
        SELECT store_id, COUNT(*) AS fits FROM orthok_fittings WHERE fit_date >= '2026-11-01' GROUP BY store_id ORDER BY fits DESC;
        Release v3.8.2 of OptiChart POS: cylinder now rounds to 0.25D steps; sha256 9c1e0b77a4d2f6e83b5a1c09d7e4f2a6b8c3d5e7f90a1b2c3d4e5f6a7b8c9d0e
        WARN tonometer-bridge: IOP reading out of range (62 mmHg) on device CT-800 #A17, flagged for technician review
        The excimer laser maintenance window is Sunday 02:00-04:00 CST; no surgeries are booked in that slot.
        Case study (anonymised): Patient X, 34, high myope, underwent ICL implantation; vault 520 µm at 1 week.
        Kareem Abdul-Jabbar's protective goggles became one of the most recognisable looks in NBA history.
        Webhook payload: {event: 'lens.ready', order_id: string, store_id: string, ready_at: ISO8601}; no phone field by design.
        Support mailbox aftersales@clearview-optical.cn, response SLA 24h on business days; hotline 400-820-3366.
        cron: 0 3 * * * /opt/optipos/bin/export_daily --stores all --mask-pii --out s3://optipos-reports/daily/
        Trivia for the staff quiz: Bausch + Lomb and Carl Zeiss are both brands named after their founders.
    """),
    ("mixed", "aftersales_tickets"): _lines("""
        Ticket #AS-26120417 | 类别: 镜片脱膜 | 门店: HZ-Xixi | 状态: resolved | 处理: 免费重做 1.60 镜片一对
        [Complaint] 顾客 A 反映取镜时间比承诺晚 3 天，已致歉并赠送清洗服务一次，closed by 店长
        RMA-88213 OK lens cracked during cleaning, warranty void (fingernail damage), quoted ¥1,450 for replacement
        投诉汇总 W48：等待时间过长 11 起、度数不适 7 起、镜架断裂 4 起、服务态度 2 起，total 24
        客服话术：您好，这里是 Clear Vision 售后，请提供订单号（PJ 开头）以便查询，我们不会索要您的验证码
        Escalation to QA: LOT 2611-B07 of 1.67 lenses shows coating haze; 19 complaints across 6 stores, supplier notified.
        工单 #TK-2612-0339 备注：客户反映适应期头晕，已安排验光师复核，结果与原处方一致，建议适应 1–2 周
        12315 平台转来投诉 1 件（编号 2026120510-3371），涉及美瞳退货，已在 7 个工作日内回复
        Refund policy v2.1: 隐形眼镜未拆封 7 天内 full refund；已拆封 no refund unless defective.
        售后满意度 NPS = 62（样本 418），较上月 +5，主要改进点：取镜短信提醒
        Ticket AS-26120533 reopened: nose pads still loose; 约下周二到店，assigned to 值班店长
        质量问题判定表：镜片划痕（出厂）/ 镜架焊点断裂（30 天内）→ 保修；摔坏 / 压坏 / 高温变形 → 付费维修
        Daily digest 12-05: 31 new tickets, 27 closed, median first-response 2h14m, 0 SLA breaches
    """),
    ("zh-Hans", "social_posts"): _lines("""
        打卡南京西路那家蔡司体验店，验光做了快一个小时，流程真的细，价格也真的贵😂
        求推荐！上海有没有靠谱的儿童OK镜验配机构？不要广告
        干货｜隐形眼镜戴久了眼睛干怎么办？一张图看懂护理液的区别 #护眼 #隐形眼镜
        眼镜店的老师傅说鼻托最好半年换一次，你们换过吗？
        爱眼日科普：孩子看电视至少离屏幕 3 米，约为屏幕对角线的 4-6 倍
        「哈利波特同款圆框」网上搜出来几百家，质量参差，建议去实体店试戴
        大雄的眼镜度数到底有多少？哆啦A梦粉丝做了个考据贴，结论是至少 -6.00
        配了一副渐进多焦点，头三天下台阶有点晕，第二周就习惯了，分享给家里有需要的长辈
        投票：你更愿意给孩子选 离焦框架镜 / OK镜 / 低浓度阿托品 / 先观察？
        有没有人知道医院的角膜地形图检查要不要空腹？明天第一次去
        验光师朋友吐槽：最怕顾客拿着网上的「标准瞳距」来要求改度数
        转发：药监部门提醒，彩色平光隐形眼镜也按第三类医疗器械管理，网购请认准注册证
        某连锁眼镜双十一战报：线上成交 1.2 亿元，角膜塑形镜同比增长 18%
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        顾客 周雨桐，手机 138 1627 4405，左眼 -4.75 右眼 -5.25，周六下午来取镜，记得提前打电话
        预约：李浩然（13 岁）家长电话 15921837746，角膜塑形镜初次验配，身份证 110108201308063714
        患儿 陈思齐 身份证号 44030520110317462X，眼轴右 25.41mm 左 25.12mm，建议停戴 OK 镜改用阿托品
        3栋的陈阿姨上周刚做完白内障手术，右眼还没拆纱布，她女儿说先别打电话催她来取老花镜
        退款请打到我建行卡 6217002830194756120，户名 孙建军，订单是 PJ20261121-0088
        收货地址：杭州市西湖区翠苑二区 12 幢 2 单元 501，收件人 吴蔓，电话 187 5712 9034
        王老师家的闺女朵朵戴 OK 镜才半年，度数又涨了 150 度，王老师在家长群里说晚上都睡不着
        投诉人 刘振国（微信号 lzg_1979wind）称验光师态度恶劣，要求退全款并公开道歉
        车牌 沪A·7K3N9 的车主是来配镜的顾客，车停在消防通道了，麻烦前台广播一下
        张秀兰，女，67 岁，青光眼术后三年，眼压 R 24 L 19 mmHg，家住朝阳区安贞里三区 8 号楼，独居，儿子在外地
        店员小黄（黄嘉怡）这个月迟到 4 次，按规定扣绩效 400 元，已与本人谈话
        配镜员赵磊 11 月工资条：底薪 4,200 + 提成 3,186.50 − 社保 612.40 = 实发 6,774.10
        客户邮箱 fangqing.m@163.com 要求把验光单 PDF 发过去，她说要拿去单位报销
        护照号 E62837145 的杨帆是回国探亲的留学生，出国前要配两副备用眼镜和半年份日抛
        林晓雯的 OK 镜又被她家狗咬碎了，这是第二次，她妈妈问能不能把 ¥9,600 分期付
        顾客何建平在 12315 投诉我们，说戴隐形后右眼角膜溃疡住院 5 天，要求赔偿医药费 23,000 元
        备注：郑丽娟阿姨是聋哑人，来店请用手写板沟通，有事联系她儿子 13605917285
        高一（3）班许子墨 筛查右眼裸眼视力 4.6，左眼 4.8，请家长两周内带孩子到医院复查
        我们家老马（马德胜）糖尿病十几年了，最近眼底出血，医生说要打抗 VEGF 针，一针好几千，真的扛不住了
        浦东新区张杨路 1588 弄 23 号 602 室 邓女士 的渐进片到了，她白天不在家，下午 6 点后再送
        顾客 唐晓燕 身份证 510107197605140287 办理会员储值卡 ¥5,000，已开具收据
        付款人微信昵称「阿伟 Joe」，微信号 awei_joe_0517，转了 ¥680 但没备注订单，请财务核对是哪位顾客
        钱文博视力不达标，想偷偷做 ICL 赶上明年的入伍体检，要求病历里别写手术日期
        宋阿婆说她孙子在外面欠了网贷，眼镜钱先赊着，月底领了退休金再来结那 ¥320
        【明目眼科】叶子涵家长您好，孩子的角膜塑形镜 3 个月复查时间为 12 月 14 日上午 9:30，回复 1 确认
        配镜单：姓名 胡立新 电话 13979124638 远用 R -2.25/-0.50×90 L -2.75 PD 63 镜架 ZS-8821-C3
        护士长说激光室的蒋美玲怀孕了，下个月起不再给她排手术班
        快递拒收：收件人 冯国栋 13802266419，广州市越秀区东风东路 219 号 801，三次联系不上
        学生 卢一诺 的近视防控补助申请，收款银行卡 6228480012345678903（农行），户名 卢海峰
        孔老师的儿子 -12D 高度近视还有视网膜裂孔，他一直问孩子以后能不能考飞行员，别在群里提这事
    """),
    "zh-Hant": _lines("""
        香港客人 鄧嘉欣 HKID K482716(3)，電話 9163 2874，訂了兩副漸進鏡，下週六從羅湖過來取
        台灣客戶 林佩君，身分證 A223456781，手機 0912 583 706，在廈門店配了角膜塑形鏡，發票要寄回台中
        溫太太說她先生最近視力急降，懷疑是糖尿病，叫我們千萬別跟她婆婆講
        病歷摘要：梁振邦，男，52 歲，右眼視網膜剝離術後，出院後住深圳福田區蓮花北村 38 棟 302
        陳志恒 HKID Y305947(0) 來電投訴隱形眼鏡寄錯度數，要求補寄 -3.75 兩盒
        黃伯伯的老花眼鏡又弄丟了，他女兒 Ivy 說他最近記性很差，已排期看認知障礙門診
        台胞 蔡明哲 F128765439 在昆山醫院做了全飛秒，術後視力 1.0/1.2，LINE ID：mingche_tsai88
        驗光師何詠詩上月被客人投訴三次，區域經理要她本週五到總部面談
    """),
    "en": _lines("""
        Customer Daniel Koh Wei Ming, NRIC S8734521A, mobile 9176 4382, ordered ortho-k lenses for his son at our Shenzhen Bay branch
        Please refund Mrs Priya d/o Raman's deposit to card 4367420907182538; she cancelled the ICL consultation after her husband lost his job.
        Ahmad Faiz bin Rosli (MyKad 950314-10-5527), exchange student at Tongji, R -6.50 L -7.00, wants daily disposables shipped to his dorm.
        Mdm Tan from #05-12 keeps ringing the Shanghai office about her granddaughter's lenses; the girl has keratoconus and the family doesn't want the school told.
        Contact: Lisa Chen, lisa.chen.sh@outlook.com, +86 139 1762 0584, complaint about scratched progressive lenses, order PJ20261110-0211.
        Rajesh s/o Muthusamy, a contract engineer in Suzhou, had a corneal abrasion at work; HR asked us for his medical note but he hasn't consented.
        The nurse on shift said Jenny Wong's daughter failed her school eye test again and Jenny was crying in the waiting room.
        Passport EA5512038, Mr Zhou Tianyi, flying to Toronto on 20 Dec, needs his retinal detachment surgery report in English.
    """),
    "mixed": _lines("""
        帮我查一下 Nur Aisyah binti Kamarudin 的美瞳订单，她 WhatsApp +60 12-738 4591，要寄到 Kuala Lumpur Cheras 那边
        Patient 欧阳静怡, ID 320583199202285643, post-LASIK dry eye, 转角膜病专科, follow-up 12/18 上午
        顾客 Marcus de Souza（新加坡 Eurasian）在微信 marcus_ds_sg 留言说 OK 镜让他女儿 Chloe 眼睛红肿，要求今晚回电
        越南籍工人 Nguyen Van Hung 在东莞厂里被焊渣溅伤左眼，老板不让报工伤，是工友陪他来急诊的
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是明目眼科视光中心的在线客服助手，负责预约与复查提醒。"),
        ("user", "你好，想给孩子约 OK 镜复查，孩子叫邵梓轩，9 岁，我的电话 13761405892。"),
        (
            "assistant",
            "好的，已为邵梓轩小朋友登记复查需求。本周六上午 9:00-11:00 还有号，请问需要帮您锁定吗？",
        ),
        ("user", "锁 10 点的吧，他最近早上摘镜眼睛有点红，顺便让医生看看。"),
        (
            "assistant",
            "已预约周六 10:00，并备注了晨起眼红。来院前请暂停戴镜一晚，并带上镜盒和护理液。",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给眼镜店的投诉信，我叫潘丽萍，12 月 2 日在他们店配的眼镜，左眼度数配错了。",
        ),
        ("assistant", "好的。可以先写明配镜日期、问题描述和诉求。请问您希望对方重做镜片还是退款？"),
        (
            "user",
            "重做就行。把我的订单号 PJ20261202-0145 和电话 18650327714 也写上，让他们直接联系我。",
        ),
        (
            "assistant",
            "已写好：尊敬的店长您好，本人潘丽萍于 12 月 2 日在贵店配镜（订单 PJ20261202-0145），左眼度数与验光单不符，请于一周内免费重做，联系电话 18650327714。",
        ),
    ],
    [
        ("system", "You are a customer-care assistant for an optical chain in Shanghai."),
        (
            "user",
            "My mum Margaret Lim had cataract surgery last week at your partner hospital. She lives alone at Lane 1200 Gubei Road, No. 5, Room 1103.",
        ),
        ("assistant", "I'm sorry to hear that. How can I help with her order?"),
        (
            "user",
            "Can someone deliver her new reading glasses instead of her coming in? She still can't see well from the right eye.",
        ),
        (
            "assistant",
            "Of course. I've arranged home delivery to Lane 1200 Gubei Road, No. 5, Room 1103 for Margaret Lim on Thursday afternoon; the courier will call before arriving.",
        ),
    ],
    [
        ("system", "你是視光門診的繁體中文客服。"),
        (
            "user",
            "我是香港來的，想在深圳做近視激光，先幫我登記：鍾卓謙，HKID R219584(3)，電話 6238 1947。",
        ),
        (
            "assistant",
            "已為鍾卓謙先生登記，證件號 R219584(3)，聯絡電話 6238 1947。術前檢查需停戴軟性隱形眼鏡一週，請問您目前有戴嗎？",
        ),
        ("user", "有，日拋，我明天開始停。"),
    ],
    [
        (
            "user",
            "帮我把这几行整理成表格：吴天佑 13511042367 R-3.50 L-3.25；谢芳 15817364290 R-1.75 L-2.00 散光-0.75",
        ),
        (
            "assistant",
            "整理如下：| 姓名 | 电话 | 右眼 | 左眼 |，吴天佑 | 13511042367 | -3.50 | -3.25；谢芳 | 15817364290 | -1.75 | -2.00/-0.75。",
        ),
        ("user", "谢谢，再加一列备注：谢芳下周做胆囊手术，取镜延后。"),
        ("assistant", "已在谢芳一行备注：下周手术，取镜延后。"),
    ],
    [
        ("system", "你是连锁眼镜公司的内部人事助手。"),
        ("user", "验光师郭俊峰交了病假单，写的是葡萄膜炎复发，要休两周，这算不算工伤？"),
        (
            "assistant",
            "葡萄膜炎一般属于个人疾病，不属于工伤认定范围。建议按病假处理，并注意病历内容仅限人事存档，不在门店公开。",
        ),
        ("user", "好的，那他这个月的提成怎么算？他上个月是 5,300。"),
    ],
    [
        ("user", "我老公彭志远戴隐形眼镜睡觉，结果角膜感染住院了，医生说可能会留疤。"),
        (
            "assistant",
            "很抱歉听到这个消息。角膜感染需要严格遵医嘱用药，出院后也要定期复查，短期内不要再戴隐形眼镜。",
        ),
        ("user", "他还瞒着他妈，怕她担心。我们该怎么跟店里要求赔偿？镜片是在店里买的。"),
        (
            "assistant",
            "先保留购买凭证和病历，再与门店协商；过夜佩戴若属于使用不当，商家可能不承担责任，可以咨询 12315。",
        ),
    ],
    [
        ("system", "You are a bilingual assistant for an eye hospital's international desk."),
        (
            "user",
            "Can you translate this prescription for my colleague Hafiz bin Osman? His MyKad is 880721-08-6143 and he needs glasses before flying back to Ipoh.",
        ),
        (
            "assistant",
            "Sure. Please paste the prescription text. Note that I won't store his MyKad number; you only need it at the registration counter.",
        ),
        ("user", "远用 R -4.00/-1.25×175 L -3.75/-1.00×5 PD 64，建议渐进片。"),
        (
            "assistant",
            "Distance: right -4.00 sphere, -1.25 cylinder, axis 175; left -3.75 sphere, -1.00 cylinder, axis 5; PD 64 mm; progressive lenses recommended.",
        ),
    ],
    [
        (
            "user",
            "帮我查下快递 SF1409 8827 3351 到哪了，收件人是我妈 冉桂芳，地址成都市武侯区玉林北路 36 号 4 栋 2 单元 9 楼。",
        ),
        (
            "assistant",
            "我无法直接查询物流系统，您可以在顺丰小程序输入单号查看。若地址需修改，请联系寄件门店客服。",
        ),
        ("user", "她不识字也不会用手机，能不能让快递员直接打她座机 028-8555 1739？"),
    ],
    [
        ("system", "你是眼镜门店的收银助手。"),
        ("user", "顾客要退美瞳的钱，她叫 邱雨涵，卡号 6258077312045689，金额 ¥238。"),
        (
            "assistant",
            "已记录：邱雨涵，退款 ¥238 至尾号 5689 的银行卡。请确认商品未拆封且在 7 天内。",
        ),
        ("user", "未拆封，12 月 3 号买的，小票编号 XS20261203-0771。"),
        ("assistant", "符合退款条件，已提交退款申请，预计 1-3 个工作日到账。"),
    ],
]
