# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh225: cemeteries, columbaria and urn storage (plot contracts, proxy tomb sweeping, exhumation, fee dunning, family groups, lost storage certificates). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh225
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "park_notice"): _lines("""
        【通知】清明期间（4月2日—4月6日）园区实行单向通行，社会车辆请停放于南门P3停车场，乘摆渡车进园，末班车17:30。
        温馨提示：根据《殡葬管理条例》及本市文明祭扫倡议，园区内禁止焚烧纸钱、燃放鞭炮，可在服务中心免费领取鲜花一支。
        福泽园B区（孝心苑）第3排至第11排墓位因排水改造暂停落葬，预计2026年5月20日恢复，已预约落葬的家属将由客服逐一电话通知。
        骨灰寄存楼二层开放时间调整为每日8:30-16:30，周一上午闭馆消杀；寄存证原件遗失请至一楼服务窗口办理挂失，须提供寄存人有效证件及死亡证明复印件。
        本园系经市民政局批准设立的经营性公墓，统一社会信用代码91320594MA1Q7XK83R，服务热线400-820-3176（8:00-18:00）。
        名人文化园导览：园内复刻有孙中山先生手书「天下为公」碑及鲁迅先生语录墙，请文明参观，勿攀爬碑体。
        迁坟公告：因市政道路（逸仙路东延段）建设需要，原东山村集体墓地范围内约260座坟墓需迁移，请相关家属于2026年9月30日前携带材料至迁坟登记点办理登记。
        管理费收费标准：单穴墓位每年120元，双穴墓位每年180元，家族墓位每年360元；一次性缴纳20年可享九折优惠。
        冬至祭扫高峰预计在12月20日至22日，日均入园量约3.8万人次，请错峰前往或选择网上祭扫。
        寄存架位编号规则：楼层-区-排-列-格，例如 2-C-07-15-03 表示二楼C区第7排第15列第3格。
        即日起，代祭扫服务接受微信小程序「思源云祭扫」预约，基础套餐168元（含擦碑、献花、照片回传），升级套餐298元另含描字。
        安全提醒：近期有不法分子冒充陵园工作人员以“墓位升值”为名推销投资，本园从不电话推销墓位，如有疑问请拨打官方热线核实。
        欠费墓位公示：经多次公告催缴，A区17个、D区30个墓位管理费欠缴超过三年且无法联系购墓人，公示期90天，期满将依合同第十二条处理。
    """),
    ("zh-Hans", "contract_form"): _lines("""
        墓位使用权合同（编号：FZY-2026-HT-004518）甲方：________陵园有限公司 乙方（购墓人）：________ 身份证号：__________________
        第五条 墓位使用期限为20年，自合同签订之日起计算；期满需续期的，乙方应于期满前6个月内办理续期手续并缴纳相应管理费。
        第八条 乙方不得将墓位转让、出租或用于非安葬用途，否则甲方有权收回墓位使用权，已缴款项不予退还。
        安葬证明 兹证明逝者________（性别__ 享年__岁）骨灰于____年__月__日安葬于本园____区____排____号墓位。特此证明。
        骨灰寄存证（副联）寄存编号：JC-________ 寄存人：________ 联系电话：________ 寄存期限：□一年 □三年 □五年
        迁坟申请表填写说明：1.申请人须为逝者直系亲属；2.须附原墓位证、户口簿及亲属关系证明；3.异地迁入须提供接收地公墓出具的接收证明。
        墓碑刻字确认单：碑文字体 □隶书 □楷书 □魏碑；颜色 □金粉 □红漆 □白漆；字数超出48字部分按每字15元计。
        附件二：收费明细 墓穴款 ¥58,800.00 / 碑石工程 ¥6,200.00 / 20年管理费 ¥3,600.00 / 合计 ¥68,600.00（大写：陆万捌仟陆佰元整）
        授权委托书（模板）委托人：【姓名】 身份证号：【证件号】 现委托【受托人姓名】代为办理【墓位编号】的迁出手续，委托期限自【日期】至【日期】。
        第十二条 乙方欠缴管理费满三年的，甲方应通过书面、公告等方式催告；催告后六个月内仍未缴纳的，甲方可将骨灰迁入集中安放区保管。
        寄存证遗失补办流程：登报声明（或在园区公众号挂失公示15日）→ 提交补办申请 → 核验身份与亲属关系 → 缴纳工本费20元 → 领取新证。
        生态葬（树葬/花坛葬）协议补充条款：不立碑、不设墓穴，园方在纪念墙统一镌刻逝者姓名，每块名牌限8个汉字。
        代祭扫服务协议 第三条：服务人员应于预约日当天完成祭扫，并在24小时内上传不少于6张现场照片，逾期未上传的，退还服务费的50%。
    """),
    ("zh-Hans", "fee_billing"): _lines("""
        【思源陵园】您名下墓位（编号A-07-112）2027年度管理费180元将于12月31日到期，请通过公众号「缴费中心」办理。退订回T
        账单号 MF20261203-00871 金额 ¥360.00 状态：已支付 渠道：银联 流水号 4200002718202612031865
        2026年度管理费催缴统计：应缴户数 12,406，已缴 10,977（88.5%），欠缴一年 1,012，欠缴两年以上 417。
        批量催缴任务 job_id=dunning_2026Q4_batch07 已完成：发送短信 3,214 条，失败 58 条（空号 41 / 停机 17）。
        电子发票 发票号码 26312000000048291735 开票方：苏州福泽园墓业有限公司 项目：*生活服务*墓地管理费 金额 ¥169.81 税额 ¥10.19
        催缴话术（客服用）：您好，这里是XX陵园客户服务中心，系统显示您家墓位的管理费尚未续缴，请问方便现在了解一下续缴方式吗？
        退费规则：一次性预缴管理费后如办理迁出，按未使用整年数退还，不足一年不退；手续费按退款金额的3%收取，最低50元。
        POS 对账差异：2026-12-02 终端号 10530917 交易笔数 86，系统入账 85，差异 1 笔 ¥120.00，待财务复核。
        欠费墓位分布：A区 23 / B区 61 / C区 9 / 骨灰堂 134 格位，其中 2009 年以前购置的占 72%。
        收据编号 No.0031576 收款项目：寄存费（三年） 金额 ¥450.00 收款员：前台02
        管理费支持支付宝、微信、银行转账；对公账户：中国建设银行苏州吴中支行，账号 3225 0198 8736 0000 1482，户名 苏州福泽园墓业有限公司。
        问：管理费为什么要一次交20年？答：根据合同约定，首期管理费与墓位使用期限一致；后续续期可按年或按5年缴纳。
        系统提示：墓位 C-15-033 管理费已逾期 742 天，已触发“三年未缴”预警规则 rule_id=R-OVD-03，请客服组长复核后决定是否进入公示流程。
    """),
    ("zh-Hans", "family_group"): _lines("""
        各位家人，今年清明大家几号有空？我倾向于4月5日上午，避开中午人多。
        陵园说今年不让烧纸了，我们带点鲜花和水果就行，香烛到门口买。
        群公告：祭扫当天8:00在地铁4号线终点站2号口集合，自驾的直接去南门停车场。
        墓碑上的字有点褪色了，要不要趁这次让陵园描一下金？报价是每字8元。
        管理费我刚在公众号上交了，20年一次性3600，截图发群里了，大家AA的话每家900。
        有人知道迁坟需要准备什么材料吗？老家那边说要户口簿和火化证明。
        明天下雨概率80%，建议改到周日，大家投个票：👍周六 ❤️周日
        转发：民政局提醒，清明期间开通“云祭扫”平台，可在线献花、留言，不必扎堆现场。
        我查了一下，去陵园坐公交是快线2路到“福泽园站”下，车程大概50分钟。
        寄存证在谁那儿？骨灰堂那边说取出要原件，复印件不行。
        三叔家、四姑家、我们家，一共来12个人，订两桌素斋就够了。
        代祭扫我试过，168元的套餐，照片拍得还挺仔细，就是献的花有点小。
        提醒一下：陵园门口有人拉客卖“开光”香烛，别理他们，价格贵好几倍。
    """),
    ("zh-Hans", "system_log"): _lines("""
        2026-04-05 09:12:33 INFO gate.south entry_count=1842 window=15min queue_len=37
        [WARN] 2026-12-03T02:00:14+08:00 backup_job cemetery_db dump size=4.7GB sha256=9899fc976f4028e96a0cacef34ab7f5c21e56d60b6d84021fffffdde6f9f80ca
        SELECT plot_no, status, fee_due_date FROM plots WHERE section='B' AND status='VACANT' ORDER BY row_no LIMIT 50;
        导出：墓位状态汇总 2026-11-30 | 已售 8,731 | 预留 412 | 空置 1,655 | 回收待公示 47
        niche_inventory.csv 字段说明：niche_id, floor, zone, row, col, cell, status, lease_end, deposit_receipt_no
        App 版本 v3.8.2 (build 20261128) 更新内容：修复寄存证二维码扫码后跳转空白页的问题；新增清明预约限流。
        ERROR 2026-04-04 10:47:05 booking-svc SlotFullException slot=2026-04-05T09:00 area=C capacity=300 booked=300
        工单 #TK-2026-11-0392 类型：设施报修 位置：骨灰堂三楼东侧电梯 描述：电梯到站不平层约3cm 处理人：工程部值班 状态：已关闭
        cron: 0 3 * * * /opt/fzy/bin/send_dunning --region=ALL --dry-run=false --max=5000
        监控告警：纪念堂温湿度传感器 TH-3F-07 湿度 78%RH 超阈值（65%RH），已通知设备组。
        API 响应示例：{"code":0,"msg":"ok","data":{"plot_no":"A-07-112","fee_status":"PAID","paid_until":"2046-12-31"}}
        数据脱敏规则：购墓人姓名仅保留姓氏（如“张**”），手机号中间四位打码（138****0000），身份证号仅保留前6后4位。
        迁坟任务看板：本周待起掘 14 座，待火化 3 座，待落葬 9 座，另有 2 座因家属意见不一暂缓。
    """),
    ("zh-Hant", "columbarium_notice"): _lines("""
        公眾骨灰龕位編配：第十七輪編配共提供約6,200個龕位，申請人須於截止日期前遞交表格並附上死亡登記證明書副本。
        清明節期間，各大墳場及靈灰安置所將實施特別交通安排，請市民預留充足時間並盡量乘搭公共交通工具。
        靈灰龕位租用合約（範本）租用人：________ 香港身份證號碼：________ 龕位編號：____座____樓____號
        本寺骨灰位管理費每年港幣500元，可選擇一次性繳付十年，詳情請致電辦事處 2719 3306（辦公時間內）。
        殯儀館公告：本館自即日起實施網路預約治喪，請家屬攜帶死亡證明書正本辦理。
        樹葬區使用規範：骨灰需經研磨處理並以可分解容器盛裝，不得設置墓碑、墓誌或其他標誌。
        金寶山筠園為歌手鄧麗君長眠之地，每年5月8日紀念日前後均有大批歌迷前往獻花。
        遺失龕位證明書補發：需填寫補發申請表，附申請人身分證明文件影本及與先人關係證明，手續費新台幣300元。
        撿骨服務價目：一般撿骨 NT$12,000 起，含洗骨、烘乾、入甕；另需擇日者加收 NT$2,000。
        祭祀提醒：中元普渡期間（農曆七月）本園開放時間延長至晚上七點，停車場容量約420車位。
        本公司商業登記證號碼 70123458-000-08-25-6，牌照編號 CDL-0031，歡迎查閱持牌私營骨灰安置所名單。
        家族群組提醒：今年拜山定喺清明前嗰個星期六，早上九點喺柴灣站A出口等。
        問：先人骨灰從內地遷來香港安放，需要辦甚麼手續？答：需取得內地火化證明及公證文件，入境時向海關申報。
    """),
    ("en", "cemetery_ops"): _lines("""
        Columbarium niche pricing (2026): single niche from SGD 3,800, double niche from SGD 6,200; maintenance included for the first 10 years.
        Qingming visitor advisory: shuttle buses run every 10 minutes from the MRT station, 7am to 6pm, 29 Mar to 6 Apr.
        Ticket #CS-48213 | Category: Lost niche certificate | Priority: P3 | Assignee: Customer Care Desk | SLA: 5 working days
        Exhumation notice: under the land acquisition programme, graves in Blocks 3 to 7 will be exhumed from 1 July; approximately 3,400 graves are affected.
        Enquiries: customer.care@evergreenmemorial.com.sg or hotline 6291 4400 (Mon-Sat, 9am-5pm).
        Monthly report: 312 niche bookings, 47 transfers, 9 lost-certificate cases, average handling time 3.2 days.
        Template: Dear [Next-of-Kin Name], our records show the maintenance fee for Niche [Niche No.] is overdue by [N] months. Please contact us at your earliest convenience.
        The Sun Yat Sen Nanyang Memorial Hall is not a burial site, but many visitors combine it with a Qingming walk through Bukit Brown.
        Invoice INV-2026-009317 | Item: Proxy tomb sweeping - Premium | Qty 1 | Unit price SGD 88.00 | GST 9% SGD 7.92 | Total SGD 95.92
        FAQ: Can a niche be transferred to another family member? Yes, with the written consent of the original applicant or, if deceased, the legal personal representative.
        Customer A and Customer B both claimed the same niche; the dispute was referred to the general manager and resolved by checking the original 1998 ledger.
        Release notes v2.4.0: added QR code on niche certificates; fixed timezone bug in booking confirmation emails (UTC+8).
        Hungry Ghost Festival: joss paper burning is only allowed in the designated burners near Gate 2; fire marshals will be on duty.
    """),
    ("mixed", "proxy_sweep_orders"): _lines("""
        订单号 QM20260403-7781 | 套餐：Premium 代祭扫 ¥298 | 服务时间 2026-04-04 09:00-11:00 | 状态：已完成，照片已回传 6 张
        代祭扫 SOP：step 1 擦拭墓碑 → step 2 摆放鲜花 → step 3 鞠躬三次 → step 4 拍摄全景+碑文近景 → step 5 上传 App
        Overseas family 预约代扫须知：付款支持 Visa / Mastercard / PayPal，汇率按下单当日中国银行现汇卖出价计算。
        今日代祭扫工单 126 单，完成 119 单，7 单因暴雨顺延，客户满意度 4.8/5。
        【套餐对比】Basic ¥168：擦碑+献花 | Premium ¥298：擦碑+献花+描字+视频直播 | VIP ¥598：含上述+供品+专人讲解
        服务人员工号 FW-0217 今日排班：A区 08:00-12:00，骨灰堂 13:00-17:00。
        Q: 可以指定在墓前念一段家书吗？A: 可以，在下单备注里填写内容（限300字），服务人员会代为宣读并录像。
        物流单号 SF1402937758261 寄出：纸质祭扫报告及现场照片冲印版，预计2-3个工作日送达。
        Coupon code QINGMING2026 立减¥30，限首单，不与其他优惠同享。
        网上纪念馆 template：「永远怀念___先生/女士，生于____年，卒于____年。」点击“创建纪念馆”即可生成。
        客服回复模板：Dear customer, 您的代祭扫订单已完成，如对照片不满意可在 48 小时内申请免费补拍。
        评价区：“服务很细致，碑上的青苔都清理干净了，远在国外也放心了。”——来自加拿大的用户
        2026 清明代祭扫数据：订单总量同比 +37%，海外下单占比 22%，平均客单价 ¥231。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        购墓人王建国，身份证号320502196807143523，联系电话13862017459，墓位A-07-112，合同编号FZY-2026-HT-004518。
        骨灰寄存证遗失登记：寄存人刘秀英，寄存编号JC-0098271，手机18651273046，遗失时间约2026年10月，已登报声明。
        催缴记录：C-15-033 购墓人 赵德明，住址 江苏省苏州市吴中区长桥街道宝带东路288号7幢402室，三次电话未接通，拟邮寄书面催告函。
        迁坟登记：申请人陈国栋（身份证 440306199102230817），逝者为其祖父陈阿福，原葬于东山村后山，拟迁入福泽园B区。
        孙丽华反映她父亲的墓碑刻错了字，情绪很激动，要求陵园全额赔偿并公开道歉，还说要去民政局投诉。
        家属群里周海燕说她最近查出乳腺癌，今年清明去不了了，请大家帮她给妈妈多磕个头。
        退款至购墓人银行卡 6228480365120945（中国农业银行），户名 黄志强，金额 ¥1,800.00。
        代祭扫订单备注：请在墓前替我说一声，我是小儿子李卫东，离婚的事一直没敢告诉您。
        3栋的马阿姨（马桂兰）欠了陵园五年管理费，听说她儿子在外面欠了赌债，家里实在拿不出钱。
        联系人：何晓峰 微信号 hxf_19850312，负责家属群里收份子钱和对接陵园。
        寄存人 郑淑芬，证件号 510107195509304764，寄存格位 2-C-07-15-03，联系人为其女 杨倩 13928475016。
        墓位过户申请：原购墓人林振华已故，现由其长子林一鸣（电话 15920387461）继承使用权，次子林一帆有异议，暂缓办理。
        员工处分通报：墓区保洁员吴大勇于清明当天私收家属现金200元代烧纸钱，扣发当月绩效并书面警告。
        工单 #TK-2026-12-0117：家属冯春梅投诉代祭扫服务人员没去现场，照片是去年的，要求退款298元，联系电话17706521839。
        老周（周建平）的骨灰还在寄存楼放着，他老婆一直拖着不下葬，说要等拆迁款分清楚再说。
        落葬预约：2026年12月21日上午10:00，逝者许美玲（1951-2026），家属许光明，车牌 苏E·8K27Q，请安排车辆进园。
        申请人唐晓雯，护照号E83920517，现居澳大利亚，委托陵园代办母亲骨灰迁出。
        寄存证补办：冉光荣 身份证 350203198704162574，住厦门市思明区莲前西路612号，附派出所遗失证明。
        群里有人说朱伟的爸爸是欠了高利贷才跳楼的，所以他们家连墓碑都不敢刻全名。
        催缴短信发送失败：号码 13917284056 为空号，墓位 B-03-027 购墓人钱佩芳，需改为上门或挂号信。
        邮箱 wangxiaoli1988@163.com 多次来信询问 D-11-006 墓位续期事宜，署名王晓丽。
        周六迁坟的事我跟大伯蒋国富吵翻了，他坚持要把奶奶迁回老家，我爸不同意，现在兄弟俩都不说话了。
        保洁组长许红梅因腰椎间盘突出请病假两周，清明排班由副组长顶上。
        2-B-03-08-01 格位寄存人：罗志刚，身份证 110108194506031120，已于2024年去世，寄存费由其外孙韩睿（QQ 2873160452）续缴。
        客户邓雅琴来电称她丈夫生前在陵园预订了双穴，但她现在和丈夫前妻的子女有遗产纠纷，请求暂停任何人办理变更。
        代祭扫付款人曹颖，银行卡 6217004310982655 交易失败，已原路退回。
        二维码扫出来是我家的墓位信息：购墓人胡振宇，地址杭州市西湖区文三路77号3单元501，电话13757120938，这是不是信息泄露了？
        管理员备注：家属宋婷婷情绪不稳定，曾在骨灰堂哭闹，据其表姐说她产后抑郁还在服药，接待时请注意语气。
    """),
    "zh-Hant": _lines("""
        龕位租用人 陳志明，香港身份證 K317204(A)，聯絡電話 9163 2785，龕位編號 5座3樓1126號。
        拜山群組：阿芬（李淑芬）話今年唔去喇，佢老公上個月中風入咗院。
        撿骨委託人 林美惠，身分證字號 F227541080，手機 0912-384-567，地址 新北市板橋區文化路二段185號4樓。
        管理費欠繳通知：張家豪先生，閣下已欠繳管理費三年共港幣1,500元，請於三十日內繳清。
        黃太（黃陳玉蓮）上星期喺靈灰安置所暈低，後來先知佢有糖尿病一直冇食藥。
        遷葬申請人 吳俊傑，身份證 Y582613(4)，申請將其母親骨灰由和合石遷往將軍澳墳場。
        家屬 王志明（身分證 A120987634）與胞弟因祖墳土地繼承問題提起訴訟，本園暫停受理任何撿骨申請。
        家族清明掃墓分工由林小姐負責，Line ID：meihui0728，有事直接找她。
        何伯（何錦榮）個仔喺外國坐緊監，所以今年又係佢自己一個嚟拜山。
    """),
    "en": _lines("""
        Niche applicant: Tan Boon Huat, NRIC S8714326J, mobile 9234 5178, niche C-3-117 at the Choa Chu Kang columbarium.
        Mdm Tan from #05-12 asked us to hold the niche certificate because her son is fighting her over the flat after her husband died.
        Next of kin: Muhammad Faizal bin Abdul Rahman, MyKad 910223-07-5518, phone 012-473 8820, requesting exhumation at the Jelutong Muslim cemetery.
        Payment reminder sent to Rajesh a/l Subramaniam (rajesh.subra77@gmail.com) for overdue niche maintenance of SGD 240.
        Complaint from Ms Sharon de Souza: she says staff moved her late father's urn without telling her and she has not been able to sleep since.
        Work permit holder Md Rafiqul Islam (FIN G6031847L) was injured while cleaning tombstones on 3 Apr; MC for 7 days.
        Nur Aisyah binti Hassan (IC 680714-10-5243) wants the family plot transferred to her name, but her brothers have not agreed.
        Jason Lim Wei Ming (Telegram @jasonlwm_sg) paid for the Premium proxy sweep of his grandmother's grave and asked that the video go only to him, not to his mother.
        Uncle Ravi from Block 412 told the caretaker he cannot pay the niche fee this year because he lost his job at the shipyard.
    """),
    "mixed": _lines("""
        寄存人 Lee Mei Ling，NRIC T0528173Z，WeChat: meiling_lee_sg，要求把骨灰从新加坡迁回厦门老家。
        Exhumation case #EX-0392：申请人 Kumar s/o Muthusamy，联系 8812 6703，墓位 Block 5 Row 12 Lot 44。
        家属群 admin Kelvin 黄（黄凯文）说他 IG @kelvin.wong.88 上有去年扫墓的照片，大家可以去看。
        客户 Ms Chua 说她妈妈 Mdm Chua Ah Lian 患老人痴呆，不记得骨灰寄存在哪一格了，需要查档。
        退款 refund 至 card 6222021703004874，持卡人 Zhang Hui（张慧），订单 QM20260404-2216。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是福泽园陵园的在线客服助手，负责解答寄存、落葬和缴费问题。"),
        (
            "user",
            "你好，我爸的骨灰寄存证丢了，寄存编号记得是JC-0077345，寄存人写的是我妈叶桂芝，要怎么补办？",
        ),
        (
            "assistant",
            "您好，补办需要寄存人本人或直系亲属携带身份证件、亲属关系证明到一楼服务窗口办理，并在公众号挂失公示15日。",
        ),
        (
            "user",
            "我妈腿脚不好来不了，她身份证号是33010619720811064X，电话13656781249，能先帮我线上登记吗？",
        ),
        (
            "assistant",
            "已为您提交线上挂失预登记，公示期满后客服会致电该号码确认，届时由您持委托书代办即可。",
        ),
    ],
    [
        (
            "user",
            "Hi, my late husband's niche maintenance fee is overdue. I'm Mdm Koh Siew Eng, NRIC S6509218B.",
        ),
        (
            "assistant",
            "Thank you, Mdm Koh. I can see the niche has two years outstanding, SGD 240 in total. Would you like an invoice?",
        ),
        ("user", "Yes please send it to koh.siew.eng@singnet.com.sg, my daughter will pay for me."),
        (
            "assistant",
            "Done. The invoice has been emailed and the payment link is valid for 14 days.",
        ),
    ],
    [
        ("system", "You are the booking assistant for a proxy tomb-sweeping service."),
        ("user", "想给我外婆订一个清明代祭扫，墓位是B-09-031，逝者名字是邵金凤，刻字那一面朝东。"),
        ("assistant", "好的，已为您选择Premium套餐¥298，服务日期默认4月4日上午，请确认付款方式。"),
        ("user", "用这张卡付：6259130044721868，持卡人是我本人邵婷，手机18817305642。"),
        (
            "assistant",
            "付款成功，订单号QM20260328-0456，照片会在服务完成后24小时内推送到您的手机。",
        ),
    ],
    [
        (
            "user",
            "帮我写一段话发到家属群，要委婉一点：二叔潘德胜坚持不同意把爷爷的坟迁到公墓，因为他想留着那块地盖房子，大家都很为难。",
        ),
        (
            "assistant",
            "各位家人：关于爷爷迁坟的事，二叔德胜那边还有一些顾虑，主要涉及老宅那块地以后的安排。我们不妨找个时间坐下来当面商量，尽量照顾到每家的想法。",
        ),
        ("user", "再加一句，二婶说二叔最近血压很高，别在群里跟他吵。"),
        (
            "assistant",
            "已补充：另外二叔近来身体不太好，血压偏高，大家有话私下慢慢说，群里就不要争执了。",
        ),
    ],
    [
        ("user", "幫我擬一個短訊通知拜山時間，發俾鄭太，佢電話係6172 4408。"),
        (
            "assistant",
            "鄭太你好，今年拜山定喺4月4日星期六早上九點，喺柴灣站A出口集合，有咩問題隨時搵我。",
        ),
        ("user", "佢唔識睇字㗎，佢個女鄭詠詩會幫佢睇，加返佢個名落去。"),
        (
            "assistant",
            "已修改：詠詩你好，麻煩你同媽咪講，今年拜山定喺4月4日星期六早上九點，喺柴灣站A出口集合。",
        ),
    ],
    [
        ("system", "你是陵园客服主管的写作助手。"),
        (
            "user",
            "请把下面家属群记录整理成三点摘要：黄丽萍：我妈那格骨灰位的管理费我交不起了，我失业三个月了。章建新：我先帮你垫上吧。黄丽萍：谢谢表哥，年底还你。",
        ),
        (
            "assistant",
            "摘要：1. 黄丽萍因失业三个月，无力缴纳其母骨灰格位管理费；2. 表哥章建新表示先行垫付；3. 黄丽萍承诺年底归还。",
        ),
        ("user", "好，这个就不要发到工作群了，只存档。"),
    ],
    [
        (
            "user",
            "Draft a short warning letter for our cemetery groundskeeper Suresh a/l Raman. He was late 6 times in November and was rude to a family at Block C.",
        ),
        (
            "assistant",
            "Dear Mr Suresh a/l Raman, this letter serves as a formal warning regarding six instances of late attendance in November and a complaint about your conduct towards visitors at Block C.",
        ),
        (
            "user",
            "Add that his next review will be in March and he lives in the staff quarters at 18 Jalan Kubur Lama, so he has no excuse to be late.",
        ),
        (
            "assistant",
            "Added: Your performance will be reviewed again in March 2027. As you reside at the staff quarters at 18 Jalan Kubur Lama, we expect punctual attendance going forward.",
        ),
    ],
    [
        ("system", "Pembantu maya untuk urusan tanah perkuburan Islam."),
        (
            "user",
            "Saya nak tanya pasal lot kubur arwah ayah saya, Ismail bin Yusof. IC saya 550321-01-6637, nombor telefon 013-552 0917.",
        ),
        (
            "assistant",
            "Terima kasih. Untuk semakan lot, sila nyatakan tarikh pengebumian dan nama tanah perkuburan.",
        ),
        (
            "user",
            "Dikebumikan 12 Mac 2019 di Tanah Perkuburan Islam Kampung Melayu Majidee, Johor Bahru.",
        ),
        (
            "assistant",
            "Rekod dijumpai: Lot 3B-217. Permohonan batu nisan boleh dibuat di pejabat qariah dengan membawa kad pengenalan asal.",
        ),
    ],
    [
        ("user", "我們家想在清明後幫阿公撿骨，請問要準備什麼？"),
        (
            "assistant",
            "一般需要墓地使用證明、申請人身分證件及擇日資料，並向墓園管理所提出起掘申請。",
        ),
        (
            "user",
            "申請人是我爸蔡文雄，住台中市北屯區崇德路三段520巷8號，電話0933-218-604，可以幫我填表嗎？",
        ),
        (
            "assistant",
            "可以，已將申請人蔡文雄、地址與電話填入起掘申請表草稿，請再確認先人姓名與墓地編號後列印簽名。",
        ),
    ],
    [
        ("user", "请帮我写一封管理费催缴函，对象是D区墓位D-04-019的购墓人。"),
        ("assistant", "好的，请提供购墓人姓名、地址和欠费金额，我来生成正式函件。"),
        (
            "user",
            "购墓人邱建民，地址南京市鼓楼区湖南路9号2单元1103，欠缴4年共720元，听说他去年中风了，语气温和一点。",
        ),
        (
            "assistant",
            "邱建民先生您好：经查，您名下D-04-019墓位管理费已欠缴4年，共计720元。考虑到您的身体状况，如缴费确有困难，可来电申请分期办理。祝您早日康复。",
        ),
    ],
]
