# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh221: home-appliance repair and on-site installation (work orders, technician dispatch groups, warranty cards, complaints and bad reviews, spare parts, visit booking, installation accidents). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh221
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "work_order_log"): _lines("""
        [2026-11-03 09:14:22] 工单 WO20261103-004187 状态变更：待派单 → 已派单，派单规则 R-07（就近+技能匹配），耗时 38s
        工单号 SR6028841937205 | 品类：滚筒洗衣机 | 故障代码 E21（排水超时）| 处理结果：更换排水泵 1 件，配件编码 0024000452A
        2026-11-04 系统导出：当日新建工单 1,284 单，已完工 1,097 单，改约 63 单，取消 41 单，首次修复率 91.3%
        工单 WO20261105-017320 回访记录：客户A 对上门时效评分 4/5，对收费透明度评分 5/5，无追加意见。
        异常告警：网点 SZ-BA-012 连续 3 张工单超 48 小时未上门，已升级至区域服务主管。
        备注：该机型 KFR-35GW/BpN8 内机主板批次 2209 存在通讯故障 E1，按厂家技术通告 TS-2026-118 免费更换。
        保外收费明细：上门费 50.00 元 + 冷媒 R32 补加 0.6kg × 120 元/kg = 122.00 元，发票代码 044012600111 发票号码 58731029
        工单关闭原因：用户自行处理（重置漏保后恢复供电），按规则不收取上门费，关闭代码 C-03。
        状态回传失败 code=40012 msg='签名校验不通过' order_id=JD3391027458810 retry=3
        整机条码 0034508812170A4B2301 校验通过，出厂日期 2024-08-17，处于 3 年整机保修期内。
        【系统】工单 WO20261106-022918 已被网点主管改派，原因：原派师傅技能等级 L1，不满足中央空调多联机 L3 要求。
        11月第2周差评工单复盘：共 27 单，其中上门迟到 11 单、乱收费 6 单、二次上门 10 单，责任网点已约谈。
        重复工单合并：SR6028841937205 与 SR6028841937311 为同一台设备同一故障，保留前者，后者作废。
    """),
    ("zh-Hans", "dispatch_group"): _lines("""
        【派单】宝安西乡片区 明天上午 2 单挂机安装 1.5 匹，带 3 米铜管，有空的师傅回 1
        今天龙华这边热水器单子爆了，还剩 9 单没人接，加 20 元/单补贴，先到先得
        群公告：高空作业必须系安全带、戴安全帽，拍照上传到工单附件，否则一律不结算。
        收到，这单我接了，下午 3 点前到。
        谁有美的 MDV 多联机的调试软件？要 V3.2.1 版本的，现场那台一直报 P6
        提醒各位：本周六起空调移机统一报价 280 元（含拆装，不含加长管和冷媒），别再私自加价。
        中山路和逸仙路交叉口那栋写字楼物业要求施工提前一天报备，进场走 B2 货梯，只能晚上 8 点后打孔。
        派单助手：今日未接单 14 单，已超时 3 单，请各片区组长跟进。
        配件今天下午到网点，E4 报错的那几台换主板的，明早 9 点来领。
        格力这批变频板换下来的旧件要返厂，别扔，贴好工单号装袋。
        下雨天外机一律不上，安全第一，跟客户解释改约，系统里选“天气原因”。
        新来的两个师傅这周跟老师傅带班，先不单独派中央空调的单。
        结算周期改成每月 5 号和 20 号，明细在 App“我的-收入”里看。
    """),
    ("zh-Hant", "warranty_card"): _lines("""
        本產品自購買日起享整機保固一年、壓縮機保固五年，請妥善保存發票正本及本保固卡。
        保固卡｜機型：RAS-28YK1｜機身序號：______｜購買日期：____年__月__日｜經銷商蓋章：______
        下列情形不在保固範圍內：人為損壞、自行拆修、天災、電壓異常、非本公司授權人員安裝。
        全台客服專線 0800-031-111，服務時間週一至週日 08:30–21:00（除夕至初三暫停）。
        延長保固方案：加購 NT$1,990 可延長至三年，需於購機後 30 日內上網登錄。
        香港維修中心：觀塘開源道 71 號 12 樓，服務熱線 3188 2020，星期日及公眾假期休息。
        登錄保固請掃描機身右側 QR Code，輸入 14 碼產品序號即可完成，免填個人資料。
        冷氣安裝標準工資含 4 米銅管、排水管及室外機支架；超出部分每米加收 NT$500。
        保固期內更換之零件所有權歸本公司，更換後之零件保固期隨整機保固期計算。
        本公司統一編號 28475731，產品責任險由產物保險公司承保，保單號碼 0500-21PD-003817。
        如需到府維修，請於官網「線上報修」填寫預約表單，技術人員將於 2 個工作天內聯繫。
        第三方安裝造成之漏水、漏電事故，請向安裝廠商求償，本公司不負連帶責任。
        電熱水器每兩年應更換鎂棒一次，未按時保養導致內膽腐蝕者不予保固。
    """),
    ("zh-Hans", "complaint_review"): _lines("""
        ⭐☆☆☆☆ 约了周六上午，结果下午四点才来，电话也不回，服务太差了。
        师傅很专业，装完还帮忙把地上的灰扫干净了，五星好评！
        官方回复：亲，非常抱歉给您带来不便，已安排网点主管跟进，请留意 400 热线来电。
        洗碗机装好第二天就漏水，把橱柜底板泡坏了，客服只说要等鉴定，已经一周没消息。
        说好的免费安装，到了又说墙体是空心砖要加 150 支架费，这算不算乱收费？
        12315 平台投诉摘要：消费者反映某品牌热水器安装后燃气味明显，企业已于 3 个工作日内上门整改。
        本月差评关键词 Top5：迟到（38%）、收费（21%）、态度（15%）、二次上门（14%）、弄脏地面（12%）。
        追评：后来换了个师傅来，10 分钟就找到问题了，是排水管折了，前面那位根本没认真看。
        黑猫投诉编号 17398246501：空调安装后外机支架松动，商家承诺补装未兑现。状态：处理中。
        客户B 投诉中央空调验收时噪音超标，经第三方检测 42 dB(A)，符合国标，投诉不成立。
        董明珠在股东大会上说要让格力空调安装“零投诉”，希望说到做到，别光喊口号。
        评价已被商家申请隐藏？这条差评我会一直发，直到解决为止。
        投诉升级规则：同一用户 7 日内第 2 次投诉自动升级为 P1，由区域客服经理 24 小时内回电。
    """),
    ("en", "parts_catalog"): _lines("""
        SKU 0010450017A | Drain pump assy, 30W, 220-240V~ 50Hz | fits WF-1480 series | RRP SGD 68.00
        PCB main board DB93-14852B (Rev. C) replaces DB93-14852A; firmware v2.31 preloaded. Stock: 42 units, Jurong warehouse.
        Part no. 4681EA2001T door gasket, grey, discontinued; use 4681EA2001W. Lead time 14 working days.
        Refrigerant R32, 9.5 kg cylinder, batch LOT-2611-0387, MSDS ref. SDS-R32-EN-v7.
        Compressor GMCC KSN98D64UFZ, 1-year parts warranty, core charge RM 150 refunded on return of old unit.
        Price list effective 1 Jan 2027: labour per hour HKD 380; call-out fee HKD 450; gas top-up HKD 280 per 0.5 kg.
        Order PO-77193045 shipped via J&T tracking JT8821637405529, 6 cartons, ETA Tuesday.
        Thermistor 3413700300 (NTC 10k @25°C), pack of 10, unit cost USD 1.85.
        Back-ordered: heating element 1500W for DH-15A dishwasher; supplier ETA week 51.
        Return authorisation RMA-2026-004381: 3 faulty inverter boards, fault code CH05, batch 2209.
        Universal wall bracket for outdoor unit up to 3HP, galvanised, load 150 kg, SKU BRK-3HP-GV.
        Invoice INV-SG-2026-118734, GST Reg. No. M90371234X, total SGD 1,284.50 incl. 9% GST.
        Kit contents: 2 x flare nut 1/4 in, 2 x flare nut 3/8 in, 1 x drain hose 2 m, 1 x wall sleeve 65 mm.
    """),
    ("mixed", "booking_notice"): _lines("""
        【禾田电器】您的工单 {order_no} 已预约，师傅将于 {date} {time_slot} 上门，如需改约请回复 1。
        【禾田电器】尊敬的用户，您预约的 11月8日 14:00-16:00 上门安装已确认，师傅出发前会提前 30 分钟联系您。退订回T
        Reminder: Your installation appointment (Ref BK-58210473) is on Sat 14 Dec, 9am–12pm. Please ensure a power point within 1.5 m of the unit.
        預約成功！到府時段：週三 13:00–17:00，預約編號 TW-RS-20261210-0315，改期請於前一日 18:00 前辦理。
        Booking slot capacity for 2026-12-14 AM: 120 total, 117 taken, waitlist 6. Auto-release unpaid holds after 15 min.
        师傅已出发，预计 25 分钟后到达。Technician on the way, ETA 25 min. Track: https://s.hetian.cn/t/9Kq2Lm
        【禾田电器】受台风橙色预警影响，12月9日全天上门服务暂停，已预约工单将自动顺延，无需重新预约。
        Your service visit has been rescheduled to 16 Dec 2026, 2:00–4:00 pm. Reply Y to confirm or call our hotline 6812 3456.
        温馨提示：安装当天请确认燃气阀已关闭、墙面无暗埋水电管线，并预留停车位供师傅工具车使用。
        Appointment window policy: 2-hour slots Mon–Sat, 4-hour slots Sun & PH; same-day booking cutoff 11:00.
        【禾田】您的评价对我们很重要，请点击 hetian.cn/r/8823 为本次服务打分，回复 TD 退订。
        Template EN-07: Hi {first_name}, your {product} install is booked for {slot}. Ref {ref}. Need to change? Reply C.
        活动海报：海尔兄弟陪你过冬，12 月预约上门安装即送空调免费清洗一次，名额 500 个。
    """),
    ("zh-Hans", "incident_safety"): _lines("""
        安全通报〔2026〕第 14 号：某网点师傅在 6 楼外墙安装空调外机时未系安全绳，险些坠落，网点停单整顿 7 天。
        2025 年家电安装行业共报告高处坠落事故 23 起，死亡 9 人，其中 78% 未佩戴合格安全带（行业协会统计）。
        事故类型分布（Q3）：打孔击穿水管 41 起、燃气接口泄漏 12 起、外机支架脱落 5 起、触电 2 起。
        应急处置流程：发现燃气泄漏→关闭总阀→开窗通风→禁止开关电器→撤离→拨打燃气公司抢修电话。
        根据《家用燃气燃烧器具安装及验收规程》CJJ 12-2013，热水器排烟管必须伸出外墙并有防倒灌措施。
        事故调查结论：外机支架膨胀螺栓规格不符（M8 代替 M10），责任方为安装网点，赔付由第三方责任险承担。
        第三方责任险理赔案件 11 月汇总：报案 19 件，结案 15 件，平均赔付 3,420 元，最高单笔 28,000 元。
        培训通知：12 月 12 日 14:00 在二楼培训室进行登高作业实操考核，未通过者暂停高空单派发。
        打孔前务必使用探测仪扫描墙体，距离地面 30cm 以内及插座上下方 15cm 禁止打孔。
        某小区业主E 家空调冷凝水倒灌导致楼下吊顶受损，经鉴定为排水坡度不足，已由网点承担维修费用。
        电工证、高处作业证到期前 30 天系统自动提醒，过期证件的师傅账号将自动冻结。
        市场监管部门年度抽查通报：燃气热水器不合格率 6.8%，主要问题为熄火保护失效和一氧化碳排放超标。
        安装事故上报模板：发生时间 ____；地点（精确到区）____；伤亡情况 ____；财产损失估算 ____；初步原因 ____。
    """),
    ("en", "config_code"): _lines("""
        dispatch.max_radius_km: 12  # fall back to 20 when no technician within radius
        SELECT region, COUNT(*) AS open_tickets FROM work_orders WHERE status = 'PENDING' GROUP BY region;
        POST /api/v2/orders/{order_id}/reschedule  body: {slot_id, reason_code}  -> 200 OK | 409 SLOT_FULL
        sha256(firmware_KFR35_v3.1.8.bin) = 9f2c4e1a7b0d3c85e6f1a2b4c7d9e0f13a5b6c8d2e4f6a7b9c0d1e2f3a4b5c6d
        cron: 0 7 * * * python send_reminders.py --tz Asia/Shanghai --window 24h
        if fault_code in ('E1', 'E4', 'P6'): route_to = 'L2_hvac'  # requires certified tech
        Release notes v4.12.0: added photo watermark with GPS + timestamp on install evidence; fixed duplicate SMS on reschedule.
        ERROR 2026-11-07T03:12:55Z worker-3 SmsGatewayTimeout provider=aliyun template=SMS_28417735 retries=3
        How do I auto-assign tickets to the nearest technician in ServiceNow Field Service? Our dispatch rules ignore skills.
        Work order id pattern: ^WO[0-9]{8}-[0-9]{6}$ (reject anything else at the API gateway)
        Feature flag ENABLE_DEPOSIT_HOLD=false for HK region until payment gateway v2 passes UAT.
        Git commit a3f9c21: mask customer phone to 3+4 in technician app (PDPA/PIPL compliance).
        Kafka topic order.status.changed: partitions 12, retention 7d, key = order_id.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        工单 WO20261108-003917 客户：王晓峰，电话 13912857406，地址：深圳市宝安区西乡街道固戍二路 88 号碧海花园 7 栋 1203，空调不制冷。
        【派单】龙华民治 1 单热水器安装，客户刘桂芳 18620473315，梅龙路星河盛世 3 期 B 座 2106，约下午 2-4 点。
        师傅们注意，3栋陈阿姨家那台洗衣机上次修完又漏水了，她说老伴刚做完心脏支架手术，去的时候别大声敲门。
        投诉人：赵永健，身份证号 320583199102244828，诉称安装师傅打孔时击穿其家中水管，要求赔偿 6,800 元。
        退款账户：户名 孙丽娟，中国农业银行 6228480018374659201，开户行 昆山玉山支行。
        上门师傅的车 粤B·7K29D 今天停小区门口被贴条了，物业说是 5 栋 602 的周先生投诉的。
        黄志强师傅这个月被扣了 1,200 元绩效，原因是连续三次客户投诉态度差，下个月再有就辞退。
        李秀英老人独居，儿子在外地，上次装热水器她连怎么开都不会，下次派单让同一个师傅去，多教几遍。
        客户微信 xiaolin_0921 发来的照片显示外机支架已经锈穿，她叫林晓敏，住朝阳区望京西园三区 312 楼 4 单元 501。
        麻烦核对一下：客户邮箱 zhang.yuqing1988@163.com，发票抬头个人，名字张雨晴，开的是电子普票。
        出事的那个安装工叫马建国，四十多岁，从 7 楼外墙摔下来，现在还在市六院 ICU，家属在网点闹。
        客户说她叫何美玲，怀孕 7 个月了，闻不得冷媒和胶水味，要求师傅装完把窗全开。
        保修卡登记：购机人 吴国栋 17752086419，购买日期 2026-05-20，整机条码 0034508812170A4B7715。
        客户地址：上海市徐汇区漕溪北路 595 弄 12 号 902 室，联系人邵先生 13318624570，门禁密码 #2580。
        郑师傅的身份证 110108197803150074 拍照上传到平台审核一直不通过，谁帮看下是不是照片反光。
        差评用户是 6 栋 1702 的杜女士，听说最近跟老公在闹离婚，心情不好，大家上门的时候注意点。
        钱卫东师傅欠网点备件款 3,460 元三个月没还了，再不还就从结算里扣。
        罗春燕常年在国外，国内身份证过期了，用护照 E68203917 登记的延保，发票也开她名字。
        客户家的狗咬了胡海涛师傅一口，打了狂犬疫苗，医药费 860 元，客户邓女士说只愿意出一半。
        成都订单：客户杨静，身份证 510107199309182545，办以旧换新补贴需实名，地址武侯区玉林南路 12 号附 3 号 2 单元 6 楼。
        高文斌师傅请假三天，他女儿白血病复查，这几天他的单子先转给别人。
        客户 QQ 2873641950，昵称“阿飞”，真名田飞，要求加微信发安装视频。
        网点站长冯建华上个月提成 9,860 元，扣税后实发 8,676.80 元，明细已发他邮箱 fengjh_0317@qq.com。
        施工照片里把客户孩子的脸拍进去了，那家姓曹，小孩叫曹子轩，赶紧从工单附件里删掉。
        客户韩玉兰的银行卡 6217002184039271 已退款 299 元，请她注意查收。
        安装地址：南京市鼓楼区中山北路 281 号 3 幢 507，收货人彭晓东，手机 15801937264，备注：白天家里只有老人。
        苏E·8Q215 这辆车是客户许文杰的，他说师傅倒车把他车刮了，要求赔 2,000。
        维修师傅夏志刚上门时被客户打了，派出所出了调解书，对方赔 3,000 元医药费，他这周请病假。
        老客户蒋阿姨在万科城 12 栋，有糖尿病，上次约上午结果师傅 1 点才到，她饿得低血糖差点晕倒。
        请核实 19928473016 这个号码的机主，是不是就是那个连续 5 次恶意差评的客户潘磊。
    """),
    "zh-Hant": _lines("""
        報修單：客戶陳美玲小姐，電話 0928-615-347，地址 台北市大安區和平東路二段 96 巷 5 號 3 樓，冷氣漏水。
        客戶身分證字號 B215830470，用於申請節能補助，姓名林俊宏，住台中市西屯區。
        葉師傅說這週六不能上工，他太太要住院開刀，週六的單子請改派。
        香港客戶黃家豪，HKID K583926(2)，紅磡黃埔花園 8 期 2 座 17 樓 D 室，洗衣機保養。
        張太（太古城海天閣 21 樓 B）話安裝師傅刮花咗佢個櫃，要求賠償，佢電話 6382 9147。
        差評：客戶吳淑芬在地圖評論點名罵我們師傅王志明，還把他的 LINE ID wang_tech88 公開。
        客戶劉建成的信用卡 4367421856092744 扣款失敗，請他重新綁卡或改用轉帳。
        郭小姐 F127403958 辦理延長保固，她說前年在我們這裡裝的熱水器燒壞過一次。
        師傅陳國輝上個月被投訴三次，主管決定停派兩週，薪水照扣。
    """),
    "en": _lines("""
        Job #SG-26-118204: customer Tan Mei Ling, 9137 5820, Blk 412 Bedok North Ave 2 #08-221, aircon chemical wash x3 units.
        NRIC S8734125I: Mr Lim Boon Keat requested a warranty transfer after selling his HDB flat.
        Technician Muthu a/l Rajendran is suspended pending investigation after a customer in Punggol said he took cash without a receipt.
        Auntie Goh from #11-07 called again: her washer keeps tripping the breaker, she lives alone and has a bad knee, send someone who can lift it.
        Please refund Nurul Aina binti Kamarudin, Maybank acct 1140 2385 6617, MyKad 880514-10-5237, for the cancelled fridge install in Shah Alam.
        Installer Rajesh s/o Pillai fell off a ladder at a customer's flat in Tampines, fractured wrist, on MC for 3 weeks.
        Customer email daniel.desouza82@gmail.com: Daniel de Souza says the installer scratched his parquet floor in Katong and wants compensation.
        FIN G7120463X, Nguyen Van Hoa, dormitory contact for the water heater repair, mobile 8264 0913.
    """),
    "mixed": _lines("""
        客户 Mr. Lee Wai Keung 的 WhatsApp 9215 7306，想约 Sat 10am 装洗碗机，住鰂魚涌康怡花園 J 座 23 樓。
        Customer Ahmad Faizal bin Yusof 012-738 4521 complain the aircon install at Taman Melawati bocor air, 要求退款 RM 1,200.
        MyKad 920301-14-6281, Puan Roslina binti Hashim, 冷气延保登记，地址 Jalan 3/27A, Wangsa Maju, 53300 Kuala Lumpur.
        Telegram @chong_kahwai 是客户 Chong Kah Wai，他说热水器装完他老婆洗澡被电到，已经去医院检查。
        师傅 Ravi a/l Subramaniam 的 passport P3829471 快过期了，work permit 续不了，下个月可能要回印度。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是禾田电器的售后客服助手，帮助用户查询工单和预约上门时间。"),
        (
            "user",
            "我家空调不制冷，工单号 WO20261109-005213，我叫周文博，电话 13652891047，师傅什么时候能来？",
        ),
        (
            "assistant",
            "周先生您好，已查到该工单，目前状态为待派单。系统可预约的最早时段是明天 14:00-16:00，需要为您锁定吗？",
        ),
        ("user", "可以，地址是杭州市拱墅区湖墅南路 186 号 3 幢 1402，小区要登记，让师傅报我名字。"),
        (
            "assistant",
            "好的，已预约明天 14:00-16:00，并在工单备注中写明入园登记需报您的姓名，师傅出发前会电话联系您。",
        ),
    ],
    [
        ("system", "你是网点派单调度助手，把群里的口语消息整理成标准工单格式。"),
        (
            "user",
            "整理一下：福田梅林那个卢秀梅，18927360415，梅林一村 22 栋 705，燃气热水器打不着火，她说下午 3 点后在家。",
        ),
        (
            "assistant",
            "工单草稿｜客户：卢秀梅｜电话：18927360415｜地址：福田区梅林一村 22 栋 705｜品类：燃气热水器｜故障：无法点火｜预约：今日 15:00 后",
        ),
        ("user", "再加一句，她家有人在坐月子，师傅进门要戴鞋套，别开大门太久。"),
        ("assistant", "已在备注补充：客户家中有产妇坐月子，请穿鞋套、减少开门时间、注意保暖。"),
    ],
    [
        ("system", "You help customers write clear, polite complaint letters."),
        (
            "user",
            "帮我写个投诉：11 月 20 日装洗衣机的师傅孟庆华把我家木地板砸了个坑，还骂人，工单号 WO20261120-031874。",
        ),
        (
            "assistant",
            "好的，以下为草稿：本人于 11 月 20 日预约洗衣机安装，工单号 WO20261120-031874。上门师傅孟庆华在搬运时将木地板砸出凹坑，且言语不当。请贵司核实并赔偿地板维修费用，同时对该师傅的服务态度作出处理。",
        ),
        ("user", "再加上我的联系方式吧，13760284519，叫我何先生就行。"),
        ("assistant", "已补充：联系人何先生，电话 13760284519，期待 3 个工作日内回复。"),
    ],
    [
        ("system", "你是冷氣品牌的保固登錄小幫手。"),
        ("user", "我要登錄保固，機身序號 RAS28YK1-2610-0457，購買日期 2026/10/02。"),
        ("assistant", "收到，請再提供購機人姓名與聯絡電話，以便寄送電子保固卡。"),
        ("user", "林雅婷，0912-473-806，地址高雄市苓雅區四維三路 35 號 9 樓之 2。"),
        (
            "assistant",
            "林小姐您好，保固已登錄成功，整機保固至 2027/10/01，壓縮機保固至 2031/10/01，電子保固卡將以簡訊寄送至您的手機。",
        ),
    ],
    [
        (
            "system",
            "You are the customer service assistant for an aircon servicing company in Singapore.",
        ),
        (
            "user",
            "Hi, I want to transfer the 3-year warranty to my name. NRIC T0356718J, name Sharon Koh Hui Min.",
        ),
        (
            "assistant",
            "Thanks Ms Koh. Could you share the unit serial number and the installation address so we can match the record?",
        ),
        (
            "user",
            "Serial FTKM25-88320144, address 27 Jalan Bunga Rampai #03-04, S538401. Previous owner was my late father.",
        ),
        (
            "assistant",
            "Noted, and we are sorry for your loss. The transfer request is logged as WT-SG-004719; a confirmation will be sent within 3 working days.",
        ),
    ],
    [
        ("system", "你是家电服务网点的内部助理，帮站长起草通知。"),
        (
            "user",
            "老赵，就是赵德明师傅，最近查出来抑郁症在吃药，我不想让他再接高空单，但又不想让大家知道原因，怎么写通知？",
        ),
        (
            "assistant",
            "可以只写业务调整：自下周起，赵德明师傅主要负责室内维修及网点检测工作，暂不派发高空安装单。具体原因无需在群里说明，建议您私下和他沟通确认。",
        ),
        ("user", "好，那他的收入会少一截，我想每月从网点补贴里给他加 800，这个要不要写？"),
        (
            "assistant",
            "补贴属于个人薪酬信息，不建议写进群通知，可单独在工资条中列明并与他本人确认。",
        ),
    ],
    [
        ("system", "你係一間家電維修公司嘅客服助手，用繁體中文回覆。"),
        ("user", "我想預約師傅上門整洗碗機，我叫李嘉欣，HKID Y204718(5)，電話 9472 1835。"),
        ("assistant", "李小姐你好，已收到資料。請問上門地址同方便嘅時段？"),
        ("user", "沙田第一城 38 座 12 樓 F，星期四下晝，屋企有長者坐輪椅，麻煩師傅唔好阻住走廊。"),
        ("assistant", "已預約星期四 14:00-18:00，並備註屋企有輪椅使用者，師傅會保持通道暢通。"),
    ],
    [
        (
            "system",
            "You are a bilingual (English/Malay) assistant for an appliance installer in Penang.",
        ),
        (
            "user",
            "Saya nak claim warranty water heater. Nama Faridah binti Osman, MyKad 750920-07-5512.",
        ),
        (
            "assistant",
            "Terima kasih Puan Faridah. Boleh berikan nombor telefon dan alamat pemasangan?",
        ),
        ("user", "017-2459 836, No. 14 Lorong Kenari 3, Sungai Ara, 11900 Bayan Lepas."),
        (
            "assistant",
            "Claim WC-PG-2026-0813 telah didaftarkan. Juruteknik akan hubungi puan dalam 2 hari bekerja.",
        ),
    ],
    [
        ("system", "你是电商平台的家电安装售后助手，处理退款。"),
        ("user", "安装取消了，定金 500 元退到哪里？我叫曾丽华。"),
        ("assistant", "曾女士您好，原支付渠道已失效，请提供一张本人名下的银行卡用于退款。"),
        ("user", "工商银行 6222021003847159269，户名曾丽华，身份证 44030619850712361X。"),
        ("assistant", "已提交退款申请，金额 500 元，预计 3-5 个工作日到账，请留意银行短信。"),
    ],
    [
        ("system", "你是家电安装公司的事故理赔协调助手。"),
        (
            "user",
            "我是沈立军的爱人，他上周装空调从 4 楼掉下来，腰椎骨折，现在在县人民医院骨科 12 床，公司到底管不管？",
        ),
        (
            "assistant",
            "非常抱歉听到这个消息。公司已为在册安装人员投保第三方责任险与意外险，请提供您的联系方式，理赔专员会在 24 小时内联系您。",
        ),
        ("user", "我叫唐秀兰，电话 15936217408，他还欠着房贷，现在一分钱收入都没有。"),
        (
            "assistant",
            "已登记：联系人唐秀兰，电话 15936217408，事故对象沈立军。我们会同时申请误工补偿的先行垫付，请保留住院票据。",
        ),
    ],
]
