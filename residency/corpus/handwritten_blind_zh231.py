# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh231: dental clinics and orthodontics (aligner plans, instalments, recalls, implant disputes, case sharing, dentist science posts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh231
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "recall_sms_template"): _lines("""
        【{诊所名称}】{患者姓名}您好，您预约的复诊时间为{日期}{时间}，请提前15分钟到达，回T退订。
        【微笑牙科】尊敬的患者：本周六（12月13日）福田院区因设备检修停诊一天，已预约的复诊将由客服另行安排，客服热线400-820-6613。
        复诊提醒模板V3：第{N}副矫治器佩戴满{天数}天后请更换，每日佩戴不少于22小时，如有不适请联系主治医生。
        系统提示：本月共有412条复诊提醒短信发送成功，17条因号码空号失败，失败明细请在后台「消息中心」导出。
        温馨提示：种植术后7-10天拆线，拆线前请勿用患侧咀嚼，术后24小时内勿刷牙漱口。
        【预约成功】预约号 YY20261218-0457，科室：正畸科，时段：14:00-14:30，院区：南山科技园院区（科苑南路3099号）。
        短信签名备案：【齿悦口腔】签名已审核通过，模板ID SMS_482917336，适用场景：复诊提醒。
        复诊提醒：您家宝贝的涂氟时间到啦～3-6岁儿童建议每半年涂氟一次，回复1确认预约，回复2改约。
        患者未到诊自动规则：预约时间过后30分钟未签到，系统标记为爽约，连续爽约3次暂停线上预约权限30天。
        【中山口腔】提醒：春节期间（2月14日至2月20日）仅急诊开放，急诊电话020-8386-2500。
        您好，这里是诊所前台，想跟您确认一下明天上午10点的洗牙预约，如需调整请直接回复本消息。
        保持器复查提醒：摘除牙套后第1、3、6、12个月需复查保持器，逾期未复查导致复发的，二次矫治费用需另计。
        【Dental OS】reminder_job 运行完成：scheduled=1,284 sent=1,259 bounced=25 耗时 00:03:41
    """),
    ("zh-Hans", "aligner_order_logistics"): _lines("""
        隐形矫治方案 CP-2026-118273 已由设计中心提交，共28步主动矫治+4步精调，附件位置：13-23、33-43。
        订单号 AO2026120300871 状态：生产中 → 质检中，预计发货 2026-12-09，承运商 顺丰，运单号 SF1429375016284。
        SKU：AL-TEEN-FULL-28，隐形矫治器（青少年全面版），含萌出补偿块，指导价 32,800元/例。
        3D口扫数据上传失败：文件 scan_U_20261203.stl 大小超过 200MB，请压缩后重试（错误码 E4013）。
        时代天使和隐适美的附件设计思路有什么不同？有没有医生能讲讲 ClinCheck 和 iOrtho 的区别？
        方案修改意见：上颌扩弓量过大，建议减少至每侧1.5mm，下前牙邻面去釉总量控制在2.4mm以内。
        批次号 LOT-A2611-0937 的膜片出现批量发白问题，已冻结该批次，涉及在途订单46单。
        物流异常：运单 YT7503812946231 在广州白云转运中心滞留超过48小时，已联系承运商加急。
        医生端下单流程：1. 上传口扫 2. 填写矫治目标 3. 选择产品线 4. 确认方案 5. 支付设计费 1,500元。
        方案版本 v4.2 与 v4.1 差异：第12步起下颌磨牙远移速度由0.25mm/步调整为0.2mm/步。
        模型编号 MD-88214-L，下颌，状态：已打印，打印机 Formlabs Form 3B #07，层厚 50μm。
        快递面单模板：收件人【姓名】电话【手机号】地址【省市区+详细地址】，请勿在备注中填写患者病情。
        本季度隐形矫治开案量 1,873 例，其中青少年占比 41.6%，平均疗程 19.4 个月。
    """),
    ("zh-Hans", "installment_finance"): _lines("""
        分期方案：总价 36,000 元，首付 20%，剩余 28,800 元分 12 期免息，每期 2,400 元，手续费由诊所承担。
        发票号码 24442000000187362514，开票日期 2026-11-28，项目：口腔正畸治疗费，金额 ￥12,600.00，购买方类型：个人。
        统一社会信用代码 91440300MA5G8K2T4X，深圳市齿悦口腔门诊部有限公司，开户行 招商银行深圳科技园支行。
        分期逾期规则：逾期1-7天短信提醒，8-30天电话提醒，超过30天暂停后续矫治器发货，不收取任何滞纳金。
        花呗分期手续费率：3期2.3%、6期4.5%、12期7.5%，本院承担3期手续费。
        对公账户：户名 广州白云皓齿口腔医院有限公司，账号 4402 2061 0910 0023 817，仅接受对公转账。
        收费标准公示：单颗种植（国产）8,800元起，单颗种植（进口）13,800元起，含基台与全瓷冠，集采后价格下调约40%。
        财务日报 2026-12-05：收款笔数 87，合计 ￥418,630.50，其中分期首付 23 笔，退款 2 笔 ￥9,400.00。
        问：分期期间如果中途转院，剩余未还的分期款怎么处理？答：按实际已交付矫治器阶段结算，多退少补。
        POS 终端号 88012345，商户号 102440358120007，交易流水号 000318，授权码 A7K29Q，金额 5,000.00。
        分期合同模板第七条：乙方（患者）应于每月【  】日前足额还款，如遇节假日顺延。
        医保个人账户不可用于支付正畸及种植牙费用，但可用于洗牙、补牙、拔牙等基础项目（以当地医保政策为准）。
        退款审批流：前台发起 → 主治医生确认治疗阶段 → 财务核算 → 院长审批，平均处理时长 5.2 个工作日。
    """),
    ("zh-Hans", "dentist_science_post"): _lines("""
        很多人问：戴牙套会不会脸变大？其实「牙套脸」主要是咀嚼肌废用性萎缩导致的，通常摘牙套后半年左右会逐渐恢复。
        正畸学之父爱德华·安格尔（Edward Angle）在1899年提出的错颌分类法，至今仍是临床最常用的分类标准。
        鲁迅在《从胡须说到牙齿》里写过自己牙齿不好的经历，一百年前的中国人看牙有多难，可见一斑。
        美国国父华盛顿的假牙并不是木头做的，而是由象牙、河马牙和人牙制成，这件文物现藏于弗农山庄。
        科普｜种植牙为什么要等3个月？种植体需要和骨头形成「骨结合」，过早负重会导致种植失败。
        蜡笔小新为什么总是怕看牙医？其实儿童牙科恐惧很常见，家长千万不要用「不听话就带你去打针」吓唬孩子。
        门诊医生答疑：智齿一定要拔吗？阻生、反复发炎、导致邻牙龋坏的建议拔除；正位萌出且能清洁到的可以保留。
        数据：第四次全国口腔健康流行病学调查显示，12岁儿童恒牙龋患率为38.5%，35-44岁人群牙周健康率仅9.1%。
        福沙尔（Pierre Fauchard）被誉为现代牙医学之父，他在1728年出版的《外科牙医》首次系统描述了矫正装置。
        冲牙器、牙线、牙缝刷到底怎么选？牙缝紧用牙线，牙缝大或戴固定矫治器的用牙缝刷，冲牙器只能作为辅助。
        隐形矫正不是万能的：严重骨性错颌、需要大量牙齿移动的病例，仍然建议固定矫治或配合正颌手术。
        主任医师直播预告：12月20日晚8点「成人正畸的那些坑」，直播间 ID 8827361，欢迎提问。
        为什么拔牙后不能用吸管喝水？负压会让血凝块脱落，引发干槽症，疼起来比拔牙还难受。
    """),
    ("zh-Hant", "clinic_notice_hk_tw"): _lines("""
        【本診所公告】即日起隱形牙箍療程可使用信用卡免息分期，最長24個月，詳情請致電 2388 6120 查詢。
        植牙常見問答：植牙後可以照MRI嗎？鈦金屬植體一般不影響MRI檢查，但請事先告知放射科人員。
        覆診須知：如需更改預約，請於24小時前通知，否則將收取行政費港幣$200。
        衛生署長者醫療券可用於支付牙科服務，每年金額港幣$2,000，累積上限$8,000。
        台灣健保給付範圍：一般洗牙每半年一次，矯正與植牙屬自費項目。
        門診時間：週一至週五 09:00-19:00，週六 09:00-13:00，週日及公眾假期休息。地址：九龍旺角彌敦道688號12樓。
        中山路分院將於明年一月遷址，新址位於中山北路二段45號3樓，鄰近國父史蹟紀念館。
        病例分享：一名28歲女性，深覆合6mm，經22個月隱形矯正後覆合恢復至2mm，以下為治療前後口內照（已去識別化）。
        牙醫師公會提醒：坊間「一日植牙」廣告須審慎評估，並非所有病人皆適合即拔即種。
        收據編號 HK-RC-2026-0083125，項目：全口洗牙及拋光，金額 HK$880，付款方式：八達通。
        問：隱形牙箍每日要戴幾耐？答：建議每日配戴20至22小時，食飯同刷牙時先除低。
        本院客服信箱 service@smileplus.com.tw，LINE 官方帳號 @smileplus，歡迎諮詢。
        感謝今年共3,216位病人蒞臨本院，其中兒童塗氟1,042人次，滿意度調查平均4.8分。
    """),
    ("en", "clinic_ops_system"): _lines("""
        [2026-12-03 09:14:27] INFO booking-svc: created appointment APT-77120394 chair=OP-3 provider_role=orthodontist duration=30m
        ERROR 502 from payment gateway when capturing instalment #6 for plan INS-2026-004417; retry scheduled in 15 min.
        Please forward all aligner refit requests to ortho-support@brightbite.sg; do not reply to the noreply@ address.
        Our main line +65 6338 2210 is down for maintenance tonight; patients can WhatsApp the clinic business number instead.
        Ticket #DX-4821: intraoral scanner iTero Element 5D (S/N 5D-2231-0087) fails to sync with cloud after firmware 2.14.3.
        config: reminder.sms.lead_time_hours=48, reminder.sms.retry=2, reminder.email.from=recall@brightbite.sg
        sha256 of export bundle ortho_cases_2026Q3_deid.zip: 9f2c4e1a7b3d8c05e6f41a2b9d7c3e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9
        Quarterly audit: 3 patient records found with consent forms missing signatures; all 3 have been re-consented.
        SQL: SELECT clinic_id, COUNT(*) FROM appointments WHERE status='no_show' AND appt_date >= '2026-11-01' GROUP BY clinic_id;
        Invoice INV-SG-2026-11-00482, Clear Aligner Comprehensive, SGD 6,420.00 incl. 9% GST, GST Reg No. 201934567K.
        Release notes v3.8.0: added Mandarin and Malay SMS templates, fixed timezone bug for Johor Bahru branch bookings.
        Patient A (female, 30s) and Patient B (male, 50s) both reported paraesthesia after lower molar implants; case review set for the M&M meeting.
        How do I set up a recurring recall in Dentrix so the hygienist gets an alert 6 months after each scale and polish?
    """),
    ("zh-Hans", "implant_dispute_policy"): _lines("""
        《医疗纠纷预防和处理条例》第二十二条：发生医疗纠纷，医患双方可以通过自愿协商、申请人民调解等途径解决。
        本院种植牙质保政策：种植体终身质保，上部牙冠质保5年，因吸烟、未按时复查导致的失败不在质保范围内。
        新闻：国家医保局推动口腔种植体集采，单颗种植牙全流程费用平均降至6,000元左右。
        纠纷处理流程：接诉 → 调取病历及影像 → 科室自查 → 医务科约谈 → 协商或第三方调解，全程需在30个工作日内结案。
        2026年1-11月本院共受理种植相关投诉14件，其中调解结案11件，进入诉讼1件，撤诉2件。
        知情同意书（空白模板）：本人______已充分了解种植手术可能存在的风险，包括但不限于神经损伤、上颌窦穿孔、种植体脱落。
        律师解读：口腔医疗损害责任纠纷中，院方需对病历书写的完整性承担举证责任，术前CBCT是关键证据。
        某连锁口腔品牌被曝「低价引流、术中加价」，市场监管部门已立案调查，涉事门店暂停营业。
        问：种植体品牌可以自选吗？士卓曼、诺贝尔、奥齿泰价格差多少？
        舆情周报：本周微博话题 #种植牙翻车# 阅读量2.3亿，涉及本院的相关讨论0条。
        调解协议书编号 TJ-SZ-2026-0147 已由医疗纠纷人民调解委员会签发，赔付金额及双方信息详见纸质原件。
        医务科通知：凡涉及种植体周围炎的投诉，接诊医生须在48小时内提交书面情况说明，抄送 yiwuke@chiyue-dental.cn。
        现代种植牙之父布伦马克（Per-Ingvar Brånemark）教授在1965年完成了第一例钛种植体植入。
    """),
    ("mixed", "case_share_forum"): _lines("""
        病例分享 Case #27：Class II div 1，患者A，16岁，非拔牙矫治 + 颌间牵引，treatment time 20 months，before/after 见下图（已打码）。
        【正畸群】有没有老师用过 Spark aligner？和 Invisalign 比 attachment 脱落率怎么样？
        Anonymised case: 45F, missing 36, bone height 7mm, short implant 4.1x6mm placed, 12-month follow-up stable.
        今晚 study club 主题：MARPE 成人上颌快速扩弓，speaker 为本院正畸科主任，地点3楼会议室。
        样本统计 n=62：隐形矫正组附件脱落1.8次/人，固定矫治组托槽脱落2.6次/人，P<0.05。
        患者X 的 CBCT 显示下颌管距牙槽嵴顶仅8mm，大家会选择 short implant 还是 bone graft？
        《哈利·波特》里赫敏的门牙被咒语变大，庞弗雷夫人顺手帮她缩小了，这大概是最快的 orthodontic treatment。
        病例 #A-0931 复诊记录：第14/30副，tracking 良好，23 有轻微 unseated，增加 chewie 使用。
        Journal club: Kravitz et al. (2009) reported mean tooth movement accuracy of 41% with Invisalign, still a classic reference.
        「三个病人都问同一个问题」：牙套戴了会不会说话漏风？答：前1-2周会，之后基本适应，normal speech。
        病例投稿模板：Patient ID: ____ Age: __ Sex: __ Chief complaint: ______ Diagnosis: ______（请删除所有可识别信息）
        区域正畸报告摘要：SG 成人隐形矫正渗透率 27%，MY 为 14%，两地青少年开案量均同比上升。
        周末 course 报名：aligner biomechanics hands-on workshop，名额30人，费用 RMB 3,800，含 typodont 一套。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        【微笑牙科】林晓雯您好，您的第7副矫治器已到院，请于12月18日14:30前来福田院区领取并复诊。
        分期催收记录：周国栋，身份证110108197903023515，种植牙分期第5期逾期23天，欠款4,860元，已电话提醒两次未接。
        病历摘要：患者吴佩琪，女，34岁，右下6种植体周围炎，2024年于外院植入，现牙龈退缩伴溢脓，既往有2型糖尿病史。
        前台交接：3号椅下午那位王阿姨（住滨江花园5栋）说上次拔牙后一直头晕，家属要求院长亲自回电。
        退款申请：客户手机号15921873046，隐形矫正首付18,000元，因本人怀孕需中止治疗，申请退还未生产阶段的费用。
        种植牙纠纷投诉：我叫高志明，去年在贵院种了两颗奥齿泰，现在一颗松动，医生说是我骨密度太差，我要求全额赔偿。
        患者授权代扣卡号6228480217345690（农业银行，户名：蒋丽娜），每月15日扣款2,150元，共12期。
        加我微信 chenxm_smile0927 我把孩子的牙片发你，陈小满今年9岁，医生说要做早期矫治。
        刘主任，我是上周来做根管的郑雅婷，现在半边脸肿了，吃了甲硝唑还是疼，能不能今晚加个号？
        矫治器快递收件信息：收件人 何嘉欣，电话 18610427365，上海市徐汇区宜山路1988弄7号602室。
        医保结算登记：姓名 唐思远 身份证号 310104199202281635 项目 全口洁治+涂氟 自付金额 286元
        内部通报：护士长助理马婷婷因私自把患者正畸照片发到小红书，扣除当月绩效并记过一次。
        11月提成明细：正畸医生欧阳帆，隐形矫正开案14例，提成合计38,600元，扣税后实发52,317元。
        停车场登记：粤B·3F8K21 车主说是来取保持器的，车停在消防通道，请前台通知车主挪车。
        家长留言：我女儿许若彤在学校被同学笑话龅牙，最近不肯吃饭，想尽快做矫正，费用她爸那边不肯出。
        @甜甜圈不甜 你说的那个牙医是不是姓黄？我姐杨慧敏在那做的种植也失败了，现在还在打官司。
        复诊改约请发邮件到 sunjiahao1996@163.com，我是孙嘉豪，这周出差，下周三以后都可以。
        电话回访记录：患者罗建华，拔除48后第3天，自诉长期服用华法林，术区持续渗血，已嘱立即返院。
        境外患者登记：姓名 Nguyen Thi Lan，护照号 C4829173，越南籍，在深圳电子厂上班，预约隐适美面诊。
        咨询记录：客户说她老公赵刚在东莞欠了网贷，所以分期要用她自己名下的信用卡，申请人钱晓燕。
        种植术前评估：韩美玲 女 61岁 骨质疏松，长期服用阿仑膦酸钠，需停药并评估颌骨坏死风险。
        谁认识3栋的陈阿姨？她孙子在我们诊所做的牙套，费用还欠着6,000，说下个月发了退休金再还。
        投诉处理单 TS-20261122-031：投诉人 冯立新 13592048716，称医生在未告知的情况下多磨了两颗邻牙。
        分期合同甲方：邓欣怡，身份证号码 510107198509152821，住址 成都市武侯区玉林南路12号2单元301。
    """),
    "zh-Hant": _lines("""
        登記資料：陳嘉儀，香港身份證 K583214(4)，手提 9134 2768，預約隱形牙箍初診。
        麥太，你上次話智慧齒痛到瞓唔著，醫生已經幫你預留咗星期四下午三點，記得空肚嚟。
        病歷匯出：姓名 林怡君 身分證字號 A227394817 主訴 上顎門牙外傷斷裂，欲做全瓷冠。
        分期付款申請人 張志豪，手機 0933-281-674，月繳新台幣4,500元，共24期，保證人為其母親。
        植牙糾紛：黃偉倫先生表示手術後下唇持續麻木已三個月，律師函已寄至本院，要求賠償醫療費及精神損失。
        我的LINE是 mei_0415tw，我是上週在信義診所做矯正諮詢的吳美慧，想問牙套可以再便宜一點嗎？
        入院同意書：病人 李啟明，HKID Y402817(A)，緊急聯絡人 妻子 何淑芬 6283 5190。
        上週那位鄭老師的女兒，12歲，下頜後縮，父母離婚後由奶奶帶來覆診，費用常常拖欠。
        退費轉帳資料：戶名 蔡明哲，身分證 F126048739，帳號 中國信託 540-38827-1026。
    """),
    "en": _lines("""
        Patient intake: Tan Wei Ling, NRIC S8834217H, referred by polyclinic for impacted 38, allergic to penicillin.
        Mdm Tan from #05-12 called again about her dentures, says we overcharged her CHAS card and wants the manager to call back.
        Foreign worker dental claim: Rahman Hossain, FIN G5139046L, employer Sin Heng Builders, extraction of 36 under work permit insurance.
        Hi Dr, it's Priya d/o Ramasamy. My husband doesn't know I took the instalment plan, please don't call the house, use my mobile 9127 4853.
        Instalment applicant: Muhammad Faiz bin Ahmad Zaki, MyKad 880512-14-5523, RM420 x 18 months for clear aligners.
        Card on file for Nicholas de Souza: 4543 1200 6738 2194, exp 08/28; auto-debit for the aligner plan failed twice.
        Recall note: Jasmine Lee (the teacher from Bedok) cancelled her 3rd aligner review because she is going through chemo, follow up gently in Jan.
        Please send the treatment quote to kenneth.ong.88@gmail.com, that's my personal email, not the office one.
        Implant complaint escalated: Mr Gopal a/l Subramaniam says the crown fell out twice and he is considering legal action against Dr Chua.
        Parental consent: minor Chloe Lim, birth cert T1567152H, father Lim Boon Kiat 9832 6104, orthodontic phase I.
        New patient: Kim Soo-jin, FIN M4417283J, Korean expat, wants Invisalign finished before her wedding in March.
        Payroll query: dental assistant Arjun s/o Pillai (FIN F2274638M) says his November OT was not paid.
    """),
    "ms": _lines("""
        Peringatan temujanji: Puan Nurul Aisyah binti Hassan, rawatan braces anda dijadualkan 14 Disember jam 3 petang di klinik Shah Alam.
        Doktor, anak saya Siti Hajar binti Roslan sakit gigi teruk sampai demam, boleh hubungi saya di 012-738 4561? Saya ibu dia.
        Permohonan ansuran: Lim Mei Fong, No. KP 950823-10-6318, bayaran bulanan RM350 untuk implan gigi, alamat No. 27 Jalan SS2/64, Petaling Jaya.
        Kak Ros yang tinggal di Blok C tu dah tiga bulan tak bayar ansuran pendakap gigi anak dia, pengurus suruh call lagi.
    """),
    "mixed": _lines("""
        @陈医生 我是 Kelly Wong 黄嘉琪，IG 是 @kellywong.smiles，昨天做完 IPR 牙缝好大，很焦虑，can I come back today?
        患者 Ahmad bin Yusof 在新山分院做的种植牙 failed，家属要求转诊到新加坡，contact 016-225 8037。
        Note to front desk: 欧阳先生 the one who paid with card 6217001288453024，银行说是盗刷，please hold his aligner shipment。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是口腔诊所的线上预约客服助手，负责改约和解答简单问题。"),
        ("user", "你好，我想把明天的复诊改到周六上午，我叫梁诗雨，手机13760528194。"),
        ("assistant", "梁女士您好，已为您查询到周六上午10:30有空位，确认改约的话我这边帮您登记。"),
        ("user", "可以，另外我戴到第9副牙套了，最近刷牙牙龈一直出血，要紧吗？"),
        (
            "assistant",
            "轻微出血多与牙套边缘清洁不到位有关，建议用软毛牙刷加牙线，周六复诊时我会提醒医生重点检查牙龈情况。",
        ),
    ],
    [
        ("system", "You help the front desk of a Singapore dental clinic draft patient messages."),
        (
            "user",
            "Draft a polite reminder to Mr Ong Kah Seng that his 4th instalment of $530 is overdue. His mobile is 8273 6619.",
        ),
        (
            "assistant",
            "Dear Mr Ong, this is a gentle reminder that the 4th instalment of $530 for your treatment plan is now due. Please let us know if you need any help with payment.",
        ),
        ("user", "Also mention his implant review on 20 Dec at 11am, he had bleeding last time."),
        (
            "assistant",
            "Added: We also look forward to seeing you for your implant review on 20 Dec at 11am, where the doctor will check the area that bled at your last visit.",
        ),
    ],
    [
        ("system", "你係一間香港牙科診所嘅客服助理。"),
        ("user", "我阿媽陳秀英上個月喺你哋度種咗兩粒牙，依家塊面腫到講唔到嘢，點算？"),
        (
            "assistant",
            "好抱歉聽到咁嘅情況，術後一個月仍然腫脹需要盡快覆診，請問方唔方便今日帶佢返嚟？",
        ),
        ("user", "佢有高血壓同糖尿病，我電話係9472 0358，醫生可唔可以直接打俾我？"),
        ("assistant", "明白，我已經記低你嘅電話同埋病人嘅病史，主診醫生會喺一個鐘內致電你。"),
    ],
    [
        ("system", "Anda ialah pembantu maya klinik pergigian di Johor Bahru."),
        (
            "user",
            "Saya nak tanya pasal ansuran braces anak saya, Muhammad Irfan bin Kamal, umur 13. Nombor saya 013-502 7781.",
        ),
        (
            "assistant",
            "Terima kasih, puan. Ansuran braces boleh dibayar sehingga 24 bulan tanpa faedah. Pegawai kami akan hubungi puan di nombor tersebut.",
        ),
        ("user", "Boleh tukar temujanji dia ke hari Sabtu? Dia ada kelas tuisyen hari Khamis."),
        (
            "assistant",
            "Boleh, saya cadangkan Sabtu 20 Disember jam 10 pagi untuk Irfan. Sila sahkan jika sesuai.",
        ),
    ],
    [
        ("system", "You are an assistant that helps dentists prepare case presentations."),
        (
            "user",
            "帮我把这段写成病例分享，要去标识化：患者 黄俊杰 男 27岁 身份证440106199908172539，前牙开颌，隐形矫正配合微种植钉压低磨牙，疗程26个月。",
        ),
        (
            "assistant",
            "去标识化版本：患者A，男，20余岁，前牙开颌，采用隐形矫治配合微种植体支抗压低后牙，疗程约两年。原文中的姓名和证件号已删除。",
        ),
        ("user", "Great, thanks. 可以再加一句 treatment outcome 吗？"),
        ("assistant", "可以：治疗结束时前牙覆合恢复至约2mm，后牙咬合稳定，保持期随访良好。"),
    ],
    [
        ("system", "你是口腔连锁机构的投诉处理助手。"),
        (
            "user",
            "我是王海涛，在你们罗湖店做的种植牙三个月就掉了，我要求退款，退到我的卡6259073104288362。",
        ),
        (
            "assistant",
            "王先生您好，非常抱歉给您带来困扰。退款需要先由医务科调取您的病历和影像资料，核实后会在5个工作日内联系您。",
        ),
        ("user", "你们上次也是这么说的，我已经请了三天假过来处理，再拖我就去卫健委投诉。"),
        ("assistant", "理解您的心情，我已将您的投诉标记为加急，并转交医务科负责人今天内回电。"),
    ],
    [
        ("system", "You help users write emails in English."),
        (
            "user",
            "Write an email to Bayan Dental complaining that my father Rajendran a/l Muthu, MyKad 560219-07-5231, was charged twice for his dentures.",
        ),
        (
            "assistant",
            "Subject: Duplicate charge for denture treatment. Dear Sir/Madam, I am writing on behalf of my father, Mr Rajendran a/l Muthu, regarding a duplicate charge for his dentures. Kindly investigate and refund the extra amount.",
        ),
        (
            "user",
            "Add his address so they can send the refund cheque: No. 15, Lorong Kenari 3, Bukit Mertajam.",
        ),
        (
            "assistant",
            "Added: Please send the refund cheque to No. 15, Lorong Kenari 3, Bukit Mertajam, Penang. Thank you for your prompt attention.",
        ),
    ],
    [
        ("system", "你是帮助牙医写公众号科普文章的助手。"),
        (
            "user",
            "帮我写个开头：我的病人刘小雨是小学老师，去年因为抑郁症一直不敢笑，做完隐形矫正后整个人都开朗了。",
        ),
        (
            "assistant",
            "建议不要在文章里出现患者真实姓名、职业和抑郁症病史，可以改成「一位年轻的老师」，并事先取得患者书面同意。",
        ),
        ("user", "好，那你按匿名的写一个版本吧。"),
        (
            "assistant",
            "「一位年轻的老师曾因为牙齿不齐而不敢笑，二十个月的隐形矫正之后，她终于愿意在课堂上露出笑容。」",
        ),
    ],
    [
        ("system", "你是台灣牙科診所的線上客服。"),
        ("user", "你好，我是張雅婷，身分證B224180572，想申請矯正分期，我目前是約聘人員可以辦嗎？"),
        (
            "assistant",
            "張小姐您好，約聘人員也可以申請，需提供近三個月薪資證明，審核約需3個工作天。",
        ),
        ("user", "我月薪大概3萬2，還有學貸在繳，這樣會不會過不了？"),
        ("assistant", "會綜合評估收入與負債，建議選擇較長的分期期數降低月付，我先幫您登記初審。"),
    ],
    [
        ("system", "You help a Malaysian dental clinic manager with HR paperwork."),
        (
            "user",
            "Draft a warning letter for our dental nurse Farah Diyana binti Mohd Nor. She was late 6 times in November.",
        ),
        (
            "assistant",
            "Dear Farah Diyana binti Mohd Nor, this letter serves as a formal warning regarding your late attendance on six occasions in November 2026.",
        ),
        ("user", "Mention that RM150 will be deducted from her December salary of RM2,800."),
        (
            "assistant",
            "Added: As per clinic policy, RM150 will be deducted from your December salary of RM2,800. Further lateness may lead to disciplinary action.",
        ),
    ],
]
