# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh171: notary offices and translation agencies (notarisation applications, stamped translations, birth and marriage notarisation, degree verification, express-fee disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh171
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "办事指南"): _lines("""
        办理出生公证一般需携带：申请人身份证、户口簿、出生医学证明原件；如委托他人代办，还需提供经公证的委托书。
        自2023年11月7日起，《取消外国公文书认证要求的公约》对我国生效，送往缔约国使用的公证书改办附加证明书（Apostille），不再需要领事认证。
        送往非缔约国使用的公证书，仍须先经外交部或有权的地方外办认证，再送该国驻华使领馆认证。
        婚姻状况公证分“未婚”“已婚”“离婚后未再婚”“丧偶后未再婚”等类型，原则上申请人本人到场，确实无法到场的须按规定办理委托。
        无犯罪记录公证须先到户籍地或居住地派出所开具《无犯罪记录证明》，多数国家要求证明出具时间在6个月以内，请留意用途国要求。
        国外学历学位认证已全面实行网上申请，申请人在留服中心官网提交材料即可，一般不再需要提供公证翻译件。
        学信网学历认证报告分中文版和英文版，使用单位可通过报告上的在线验证码核验真伪，验证有效期可自行延长。
        翻译件盖章须使用经公安机关备案、名称含“翻译”字样的翻译专用章，并附营业执照复印件加盖公章，部分使领馆还要求译员签名。
        亲属关系公证需提供能证明亲属关系的材料，如户口簿、出生医学证明、结婚证，或单位人事部门、派出所出具的证明。
        公证书的出证期限一般为受理之日起15个工作日，因补充材料或需要核实的时间不计算在内。
        在世证明（生存公证）多用于领取境外养老金，申请人须本人到公证处现场办理，行动不便的可申请公证员上门。
        申请人应如实提供证明材料；提供虚假材料骗取公证书的，公证机构将撤销公证书并依法追究相关责任。
        驾驶证公证送往境外使用时，通常需附英文或目的国语言译文，译文与公证书装订在一起并加盖骑缝钢印。
        公证书遗失的，可向原出证公证处申请补发副本，需提供身份证件，能提供原公证书编号的可加快查档。
        按照执业区域规定，出生、学历等公证可向户籍地、经常居住地或法律事实发生地的公证机构申请。
        留学用成绩单：多数海外院校接受学校直接出具并密封寄送的英文成绩单，只有学校无法出具英文版时才需要找翻译公司翻译盖章。
    """),
    ("zh-Hans", "客服问答"): _lines("""
        请问毕业证和学位证翻译是按页收费还是按字数收费？两个证件一起做能便宜点吗？
        答：证件类翻译按份计价，毕业证、学位证各算一份，标准件2个工作日出稿，含翻译专用章和公司资质文件。
        想问下加拿大签证用的出生公证现在还要不要做双认证，还是只要办附加证明书就行？
        答：加拿大已于2024年1月起适用海牙公约，目前办理附加证明书即可，具体以签证中心最新要求为准。
        公证书后面附的英文译文和我自己找翻译公司翻的件，签证官更认哪个？
        帮朋友问一下，他人在国外，能不能视频远程办理学历公证？
        答：部分公证处已开通“海外远程视频公证”，需通过公证处官方小程序预约，本人在线完成身份核验和签字确认。
        翻译件上的译员签字必须手写吗？电子签名大使馆收不收？
        请问你们周六上班吗？加急件最快什么时候能取？
        户口本上的曾用名要不要在出生公证里体现？
        答：如果用途国材料中使用过曾用名，建议在公证书中一并注明，避免前后文件姓名不一致被退件。
        在国外读的硕士，留服认证提交后一直显示“等待院校回复”，三周了还没动静，正常吗？
        答：院校核实时间取决于国外学校回复速度，通常为10至20个工作日，期间无需重复提交，重复提交反而会重新排队。
        我们单位要的是“学历学位认证报告”还是“学历公证书”？这两个有什么区别？
        身份证号最后一位是X的，英文译文里要照抄X还是改成10？
        答：照原样保留大写X，这是校验码，不能改写成数字10，否则与护照、签证材料对不上。
    """),
    ("zh-Hans", "收费与加急"): _lines("""
        公证收费标准（参考）：出生公证每件80元，婚姻状况公证每件80元，学历公证每件80元；译文费另计，英文每件60元起。
        加急服务说明：3个工作日内出证加收50%加急费，次日出证加收100%；因申请人材料不全导致延误的，加急费不予退还。
        本公司承诺：超过约定出稿时间24小时仍未交付的，客户可申请全额退还加急费，请保留付款凭证和订单截图。
        对收费有异议的，可拨打12348公共法律服务热线或向当地司法局公证管理部门反映，消费纠纷也可拨打12315投诉。
        郑重提示：本处从未委托任何中介收取“加急通道费”“插队费”，凡以此为由索要费用的均与本处无关，请勿轻信。
        价目表：毕业证/学位证翻译 ¥150/份；户口本翻译 ¥60/页；成绩单 ¥120/页起；出生医学证明 ¥150/份；24小时加急 +¥100/单。
        低保对象、特困供养人员申办与其自身利益相关的公证事项，可按规定申请减免公证费。
        12月为办件高峰期，普通件出证时间可能延长至20个工作日，如有出行计划请提前预约并合理选择加急档位。
        关于“加急费未退”投诉的处理回复：经核查，该订单延误系物流原因，已按服务协议退还加急费差额，投诉编号TS-2026-1187已办结。
        翻译公司开具的发票项目为“翻译服务费”，税率6%，如需增值税专用发票请在下单时提供单位开票信息。
        对公收款账户：户名 杭州译通翻译服务有限公司，开户行 中国工商银行杭州文三路支行，账号 1202 0212 0900 0358 716，转账请备注订单号。
        公证费电子发票可在出证后通过公证处公众号自助开具，单位报销的请在抬头处填写单位名称及统一社会信用代码。
    """),
    ("zh-Hans", "模板与表单"): _lines("""
        公证书（出生）：兹证明______（男/女，______年____月____日出生）于______年____月____日在______出生。其父亲是______，其母亲是______。
        申请表：申请人姓名＿＿＿＿ 性别＿＿ 出生日期＿＿＿＿ 公民身份号码□□□□□□□□□□□□□□□□□□ 联系电话＿＿＿＿＿＿
        翻译声明：兹证明所附译文与原文内容一致，本公司对译文的准确性负责。翻译专用章：（盖章处） 译员签名：______ 日期：______
        委托书模板：委托人______（身份证号______）现委托______代为办理______公证事宜，受托人在其权限范围内签署的文件，委托人均予以承认。
        学历公证：兹证明前面的复印件与______大学于______年____月____日发给______的《毕业证书》原件相符，原件属实。
        婚姻状况声明书：本人______，现声明：本人自______年____月____日离婚后至今未再婚。声明人：（签名） 日期：______
        填写示例：“申请事项”一栏写“出生公证（附英文译文），用途：留学，使用国：英国”，不要只写“出国用”。
        【取件通知模板】尊敬的{customer_name}，您的{doc_type}公证书已出证，取件码{pickup_code}，请携带身份证原件于{deadline}前到{window}号窗口领取。
        【XX公证处】您的公证申请（受理号{case_no}）需补充材料：{missing_items}。请于5个工作日内补交，逾期将终止办理。
        材料核对单：□身份证原件 □户口簿原件 □出生医学证明 □委托书（代办时） □2寸白底照片2张 □译文语种：______
        加急费退还申请表：订单号＿＿＿＿ 付款方式 □微信 □支付宝 □银行卡 退款原因＿＿＿＿＿＿ 申请人签字＿＿＿＿（由客服填写后交财务）
    """),
    ("en", "certified translation"): _lines("""
        I hereby certify that the attached English translation of the Notarial Certificate is, to the best of my knowledge and belief, a true and accurate rendering of the Chinese original. Signed: ________ Translator No.: ________
        Notarial certificates issued in mainland China for use in Apostille Convention states now only need an Apostille from the Ministry of Foreign Affairs or an authorised local foreign affairs office.
        Certified translations submitted to USCIS must include a statement that the translator is competent to translate and that the translation is complete and accurate; notarisation is not required.
        Please note: we cannot spell names differently from the passport. If the passport uses pinyin without spaces, the certified translation will follow it exactly.
        Turnaround: Standard 3 business days, Express 24h (+50%), Same-day (+100%, orders received before 11:00 only). Express fees are refunded in full if we miss the promised deadline.
        Q: Does UK ENIC accept a company-stamped translation of a Chinese degree certificate, or does the translation need to be notarised as well?
        For IRCC applications, a translation by a translator who is not certified in Canada must be accompanied by an affidavit sworn by the person who completed it.
        Invoice INV-2026-04417 | Service: Certified translation, Degree Certificate (ZH>EN) x2 | Subtotal CNY 300.00 | Express surcharge CNY 150.00 | Total CNY 450.00
        NAATI-certified translators in Australia add their practitioner stamp to the translation; separate notarisation is generally not needed for Home Affairs.
        Order status webhook: {"order_id": "TR-88317", "status": "stamped", "pages": 4, "express": true, "eta": "2026-11-19T18:00:00+08:00"}
        Reminder: do not staple or laminate original documents before the apostille is affixed; bring them loose in a clear folder.
        Dispute policy: if you believe an express fee was charged in error, reply to this ticket within 14 days quoting your order number; refunds go back to the original payment method within 7 business days.
        Sample header for translators: Notarial Certificate (2026) Zhe Hang Zheng Zi No. [number] / Birth / Applicant: [Name in passport spelling] / Date of Birth: [DD Month YYYY]
        The translation seal must show the company name in Chinese and English and the seal registration number assigned by the Public Security Bureau.
    """),
    ("zh-Hant", "港台公證"): _lines("""
        依《公證法》規定，民間公證人與法院公證處均可辦理認證；文件如需送往大陸使用，須另經財團法人海峽交流基金會驗證。
        香港文件在內地使用，須由中國委托公證人辦理公證，並經中國法律服務（香港）有限公司審核加章轉遞。
        申請出生事實公證書翻譯件，請攜帶戶籍謄本正本；如需英文版戶籍謄本，可直接向戶政事務所申請，毋須另行翻譯。
        外交部領事事務局文件證明業務可線上預約，臨櫃辦理請於預約時段前10分鐘抽號，逾時須重新預約。
        公證費用依標的金額計算，無法計算標的金額者，收費新臺幣1,000元；翻譯文件另依頁數計費。
        請問台灣的畢業證書要拿到大陸用，是先公證再送海基會驗證，還是可以直接寄過去？
        香港國際公證人（Notary Public）核證文件每份收費約港幣1,500至3,000元，如需附加證明書（Apostille），另向高等法院申請並繳費。
        本所翻譯件一律加蓋翻譯專用章並附譯者聲明，如需法院公證可代為預約，惟當事人須親自到場。
        澳門身份證明局可發出在世證明，須本人攜同澳門居民身份證親臨辦理，不接受委託。
        結婚證書繁體轉簡體原則上不視為翻譯，但大陸部分機關仍要求具資質的翻譯公司出具對照件，請事先向用件單位確認。
        加急件如因當事人補件延誤，不退還加急費；如因本所延誤，全額退還加急費並免收下一件的影印費。
    """),
    ("mixed", "订单与系统记录"): _lines("""
        订单号 TR20261104-0387｜服务：学位证翻译（中译英）×1｜加急：是｜状态：已盖章待寄出｜快递 SF1402837465912
        受理号 (2026)浙杭证字第30418号 已出证，归档日期 2026-11-21，卷宗位置 B区-07-14
        发票号码 26332000000184750391｜开票日期 2026-10-09｜金额 ¥212.00（含税）｜销售方纳税人识别号 91310104MA1FR6KQ3M
        公证机构统一社会信用代码 12330000470003826W，执业证号 P33-0187，办公地址邮编 310012
        ISBN 978-7-5001-6283-4《公证文书翻译实务》第3版，2024年第2次印刷，定价 ¥68.00
        电子公证书文件摘要 sha256=22247c08ddf01b74ccbc7d3e03c6db032814e8cba9d2f4c232be79fa84d277bf，签章算法 SM2，时间戳 2026-11-21T10:42:07+08:00
        release notes: translator-stamp-service v2.4.1 — 修复加急订单 eta 时区错误（UTC→Asia/Shanghai），翻译专用章 PNG 分辨率调整为 300dpi
        CREATE TABLE notary_apply (id BIGINT PRIMARY KEY, applicant_name VARCHAR(64), id_card_no CHAR(18), matter_code VARCHAR(16), express_level TINYINT, fee_cents INT);
        前端校验：id_card_no 须匹配 ^[1-9][0-9]{16}[0-9Xx]$ 且通过 MOD 11-2 校验，校验失败提示“请核对公民身份号码”，原始值不写入日志
        工单 #CS-20261117-0042：客户反映加急费重复扣款，财务核对系支付网关重复回调，已自动冲正，无需人工退款，工单关闭。
        附加证明书编号 APO-2026-1103-00872｜签发机关：浙江省人民政府外事办公室｜核验方式：扫描证书背面二维码
        express_levels: {standard: 0, h72: 0.5, h24: 1.0} / stamp_required: true / seal_reg_no_field: seal_no / max_pages_per_order: 40
        运单 YT7428193650213 已签收（文三路菜鸟驿站代收），关联订单 TR-88317 自动关闭
        预约时段 2026-12-08 09:30-10:00｜窗口 5｜事项类别 涉外民事｜剩余号源 12
        客服快捷回复#07：Hi，express 加急单需在当天11:00前付款confirm，否则顺延到次日；周末不接 express 单，敬请谅解。
        报表：2026年11月 翻译订单 1,284 单，其中加急 37%，加急费退款 19 单（1.5%），平均出稿时长 31.6 小时
    """),
    ("zh-Hans", "新闻与掌故"): _lines("""
        《围城》里方鸿渐花四十美金向“克莱登大学”买了张博士文凭，要是搁到今天，留服中心的学历认证这一关肯定过不去。
        严复在《天演论》译例言中提出“信、达、雅”，这三个字至今仍被不少翻译公司挂在官网首页当口号。
        许渊冲把《诗经》《楚辞》等典籍译成英法韵文，2014年获得国际译联“北极光”杰出文学翻译奖。
        傅雷翻译的《约翰·克利斯朵夫》影响了几代读者，《傅雷家书》也常被出版社做成中英对照读本。
        林纾本人不通外文，却与人合作“听译”了《巴黎茶花女遗事》等一百多部小说，堪称翻译史上的奇观。
        《红楼梦》英译本中，霍克思与闵福德的全译本常被拿来和杨宪益、戴乃迭夫妇的译本对照研究。
        司法部新闻发布会介绍，海牙公约在我国生效后，送往缔约国的公文书办理时间和费用明显下降，企业和群众办事“少跑腿”。
        1982年国务院发布《公证暂行条例》，2005年全国人大常委会通过《公证法》，公证处逐步由行政机关转为事业单位。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        公证申请登记｜申请人：王振宇｜男｜1987-03-14｜身份证 110105198703142638｜事项：出生公证+无犯罪记录公证（附英文译文）｜用途：加拿大工签｜电话 13810264471
        陈雨彤 学信网学历认证英文版+翻译盖章，客户说下周三前要交给新加坡雇主，已收加急费100元，微信：yutong_chen95
        投诉内容：我于2026年10月12日在贵公司（订单TR20261012-0211）支付加急费300元，承诺48小时出件，实际第6天才拿到，客服一直推脱，要求退还加急费。投诉人：周曼琳，电话 186-2150-3397
        快递信息：收件人 沈佳怡，上海市徐汇区漕溪北路595弄12号1403室，139 1827 5063，内件：出生公证书2份、附加证明书1份
        亲属关系公证：申请人孙浩（子），父亲孙国平（身份证320102196507224557），母亲已于2019年去世，用途：赴澳大利亚探亲签证
        于浩然 370202199308091673 未受刑事处分公证 派出所证明已核实 待出证
        [前台交接] 下午3点说要“插队”的那位大姐叫马丽娟，孩子下周一飞伦敦，护照拼音 MA LIJUAN 和户口本曾用名对不上，已请她回去补派出所的曾用名证明
        学历认证跟进表｜刘思雨｜University of Manchester｜MSc Data Science｜提交 2026-09-02｜状态：院校核实中｜身份证 420106200104300824
        转账截图：收款方 杭州译通翻译服务有限公司 / 付款人 彭俊 / 付款卡号 6228 4800 3912 5742 / 金额 ¥480.00 / 附言 结婚证翻译加急
        婚姻状况公证（已婚）：男方 林子轩，身份证350203199806112396；女方 Sophie LAURENT（法国籍，护照 19FV38271）；2024年5月20日在厦门市思明区民政局登记结婚
        生存公证预约：高淑芬，68岁，领加拿大养老金用，腿脚不便申请上门，住沈阳市和平区南五马路183号2-3-1，联系人女儿 137-0241-8865
        出生公证+亲属关系公证（随迁）：当事人 谭一诺，2013年3月5日生，身份证 500103201303050464，监护人 母亲 谭静，电话 159 0214 7388
        客户备注：黄志伟，华南理工2001届毕业证、学位证翻译，移民用，之前在别家做的翻译被IRCC退件，情绪比较大，坚持要加急费打五折
        委托书：委托人 黄志伟（身份证 440106197909025312），现居加拿大温哥华，因工作原因无法回国，特委托胞弟 黄志强 代为办理出生公证及领取公证书。
        @杨晓蕾 晓蕾姐你户口本的翻译件盖好章了，放前台抽屉里了，取件码6624，明天下班前来拿哈
        【译通翻译】蒋文博先生您好，您的无犯罪记录证明翻译件已寄出，顺丰单号SF1402837466630，请注意查收。
        退款申请单｜申请人：许嘉宁｜原订单：学位证翻译+公证（加急）｜退款原因：公证处告知该事项不能加急，加急费¥260未实际发生｜退回账户：6217 0002 8371 0462 587（建设银行）
        学历公证（送德国APS审核）：韩雪，女，1996年4月生，北京外国语大学德语专业2018届本科，手机 177 0286 4519
        内部备注：客户钱立说他爱人在区公证处上班能帮忙加急，让我们先把译文发到他邮箱 qianli.home@163.com，没有经理批准一律不发
        我是曹斌，上周五交了学历认证翻译的材料，你们客服说3天出，今天都第8天了，打 199 2137 6054 留的电话也没人回，再不处理我就打12315了
        公证员谈话笔录摘要：申请人程美华陈述其与前夫李建军已于2020年协议离婚，离婚证遗失，现持民政局出具的婚姻登记档案复印件申请离婚公证
        序号17 | 何晓东 | 13507314462 | 毕业证+成绩单 | 中译英 | 加急 | 已付¥520 | 2026-11-03
        婚姻状况公证（未婚）：申请人 杨晓蕾，身份证 510107198812053164，声明至今未婚，用途：与泰国籍男友在曼谷登记结婚
        来电记录 11-18 14:22｜来电人：唐璐｜称出生证明翻译加急单被扣了两次款（支付宝各¥150），要求今天退回｜回拨 156 2648 1930
        停车登记：粤B·7K2F9 梁先生 遗嘱公证 14:00-16:00 三楼公证员室
        派单：译员 李明哲 → 客户 白若曦 的德国出生证明（德译中），备注：客户怀孕7个月，需在产检建档前拿到中文件
        遗嘱公证上门预约：葛德明老人，76岁，儿子葛峰陪同，地址杭州市西湖区文三路217号3幢502室，老人有轻度听力障碍，请带写字板
        姜一鸣同学：您提交的Coventry University学位证书经核实存在疑点，认证暂停，请补充在读期间的出入境记录及成绩单原件。
        群昵称“小鱼”（鱼佳琪）说她港澳通行证 C63820419 那页拍糊了，让我们直接按户口本上的信息翻，已提醒她补拍
        英文译文姓名以护照为准：MA LIJUAN，护照号 EH2093857，户口本姓名 马丽娟，曾用名 马莉娟
        台胞 吴佩珊（台湾身份证 F228045710，台胞证 08127365）在上海办理女儿的出生公证，用于回台湾申报户籍
        香港居民 郑家乐，回乡证 H10293847 / 香港身份证 K482913(1)，在深圳办理房产委托公证，手机 +852 9137 2846
    """),
    "zh-Hant": _lines("""
        公證申請｜申請人：蔡宜蓁｜身分證字號：H225194370｜事項：大學畢業證書中譯英公證，送往澳洲｜聯絡電話：0928-517-436
        各位好，我是陳冠宇（B139620483），上週在貴所辦的結婚證書翻譯，加急費付了新臺幣1,500，到現在還沒拿到，請盡快回覆。
        委託書：本人李詠欣（香港身份證 Y730264(7)）委託胞兄李志明代為領取出生證明書公證文件，聯絡電話 6284 5103。
        收件登記 | 客戶：CHAN Tsz Hin 陳梓軒 | HKID M604218(5) | 文件：學位證書副本核證 | 用途：內地人才引進 | 已收費 HK$2,200
        王美玲小姐您好，您的戶籍謄本公證本已完成海基會驗證，請於週五前攜帶身分證正本至本所領取，逾期將以掛號寄回戶籍地址。
        謝明哲先生於11月2日來電表示，本所承諾三日內完成之警察刑事紀錄證明翻譯延誤兩日，要求退還加急費NT$800；回電 0963 214 580
    """),
    "en": _lines("""
        Certified translation order CT-58213 | Client: Hannah O'Connell | Doc: Irish birth certificate (EN>ZH) for Chinese work permit | Deliver to: Flat 9B, 88 Jianguo Road, Chaoyang, Beijing | Mobile: 186 0134 7729
        Hi, this is Rajesh Kumar s/o Subramaniam (NRIC S8734521A). Our Singapore marriage certificate needs a stamped Chinese translation for the Shanghai notary office, can you do it by Friday? Reach me on +65 9127 4683.
        Apostille request log: Applicant HUANG, ZHIWEI | Passport E83526174 | Documents: birth notarial certificate, degree notarial certificate | Destination: Canada | Express fee paid CNY 400
        Complaint: I paid an RM 350 express fee for the translation of my degree transcript and the agency missed the deadline for my offer letter. Name: Nur Aisyah binti Kamarudin, IC 930726-10-6482, tel 017-263 4081.
        From daniel.whitmore82@gmail.com: I married Li Na in Chengdu last year and need our marriage certificate translated and notarised for the UK spouse visa. My passport number is 548213907. Daniel Whitmore
        Internal note: translator Grace Tan Hui Min reviewed CHEN YUTONG's degree certificate translation; the client asked us to drop her student number from the English version before stamping.
        Refund form | Customer: Arjun Nair a/l Gopal | Card: 4581 2370 3916 2844 | Amount refunded: USD 65.00 (express surcharge) | Reason: missed 24h turnaround
        Please courier the certified copies to Ms Priya d/o Ramasamy, Blk 412 Tampines St 41 #08-233, Singapore 520412 (NRIC T0291846Z).
        Hi, Kenji Watanabe here, FIN G5128374R. I'm relocating from Singapore to Shenzhen and need my Waseda degree certificate translated into Chinese and apostilled for the work permit.
    """),
    "mixed": _lines("""
        jiaqi: 我的degree cert翻译好了没 订单名字 zhang jiaqi，wechat zjq_0913，明天要交给HR，急！！
        Hi 我係 Ivan Leung 梁浩文，想做 HKID Z381526(A) 同 passport copy 嘅 certified true copy，下星期要寄去 Toronto
        客户：Ahmad Faizal bin Ismail | MyKad 880412-14-5367 | 业务：马来西亚单身证明中文翻译盖章（与中国籍未婚妻在昆明登记结婚用）| WhatsApp +60 12-783 4519
        Invoice to 蒋文博 Jiang Wenbo | 付款卡 ICBC 6222 0210 0103 4857 265 | express fee dispute pending, 客户要求退¥200
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“译通翻译”的在线客服助手，负责报价、预约和订单查询。"),
        ("user", "你好，我要做出生公证的英文译文，加急一天出要多少钱？"),
        (
            "assistant",
            "您好！出生医学证明翻译标准件¥150/份，24小时加急另加¥100。请问需要几份？方便留下姓名和电话，我帮您预约明天上午交材料。",
        ),
        ("user", "两份。我叫孔令宇，电话18912673058，明早十点左右过去。"),
        (
            "assistant",
            "好的孔先生，已为您登记明天10:00到店交材料，两份出生医学证明翻译加急，合计¥500，到店后出示本条记录即可。",
        ),
    ],
    [
        (
            "user",
            "帮我查一下留服认证进度，身份证430104199001285178，彭俊，University of Leeds 的硕士。",
        ),
        (
            "assistant",
            "抱歉，我无法直接查询留服中心的系统。您可以登录留服中心官网，在“我的申请”里查看进度；如显示“院校核实中”，一般需要10至20个工作日。",
        ),
        ("user", "已经一个多月了，入职单位下周就要，加急有用吗？"),
        (
            "assistant",
            "留服认证本身没有付费加急通道，任何声称可以加急的中介都需谨慎。建议您先向用人单位说明情况，并在官网提交催办留言。",
        ),
    ],
    [
        (
            "system",
            "Customer service log, Yitong Translation Co. Summarise each complaint for the finance team.",
        ),
        (
            "user",
            "我是钟凯文，身份证440304199702216151。11月5号在你们这做学位证翻译，付了加急费¥200，说24小时出，结果拖到11月9号，还错把我的专业翻成了Civil Engineering。",
        ),
        (
            "assistant",
            "Summary: Customer Zhong Kaiwen, order for degree certificate translation on 5 Nov, express fee CNY 200 paid, delivered 9 Nov (4 days late), major mistranslated as Civil Engineering. Requests refund of express fee and corrected translation.",
        ),
        ("user", "对，另外退款退到我尾号7316那张卡就行，不要退到支付宝。"),
    ],
    [
        (
            "user",
            "hi, wei ling here. my mum's birth cert is in chinese and I need an english certified translation for her PR application in singapore",
        ),
        (
            "assistant",
            "Sure. Please send a clear scan of both sides of the birth certificate. A standard certified translation takes 3 working days; express 24h is available at +50%.",
        ),
        (
            "user",
            "ok. her name is Lim Siew Kheng, born 1961 in Xiamen. can you call me at 8345 2716 when it's done? I'm at work until 6pm",
        ),
        (
            "assistant",
            "Noted. We will call 8345 2716 after 6pm once the translation of Ms Lim Siew Kheng's birth certificate is stamped and ready for collection.",
        ),
    ],
    [
        (
            "user",
            "您好，我是林冠廷，身分證 E138260459，想把高雄的戶籍謄本和大學畢業證書公證後拿到廈門工作用，要怎麼辦？",
        ),
        (
            "assistant",
            "您好！請先至民間公證人或法院公證處辦理公證，再送海基會驗證，之後寄到大陸的單位，由當地公證協會核對副本。",
        ),
        ("user", "我下個月12號就要去廈門報到了，海基會驗證可以加急嗎？我手機 0937 481 256"),
        (
            "assistant",
            "海基會一般件約3個工作天，可現場申請速件。時間較緊的話，建議本週內完成公證，我們也可以代為送件。",
        ),
    ],
    [
        ("system", "香港翻譯及核證服務中心 WhatsApp 客服。"),
        ("user", "你好，我叫何嘉欣，想將我仔嘅出世紙譯成簡體中文，佢下年喺深圳讀小學要用"),
        (
            "assistant",
            "你好！出世紙翻譯連核證約HK$680，標準5個工作天。請WhatsApp影本過嚟，並提供寄件地址。",
        ),
        ("user", "寄去 將軍澳 寶琳北路 18 號 寶盈花園 3 座 21 樓 F 室，電話 5361 0927，唔該"),
    ],
    [
        (
            "user",
            "我想办离婚后未再婚的公证，我前夫叫聂志刚，我们2016年在哈尔滨南岗区离的，我身份证号230103197201140464，叫于秀兰。",
        ),
        (
            "assistant",
            "好的，请携带身份证、户口簿、离婚证或离婚判决书/调解书原件到公证处办理，并现场签署未再婚声明书。",
        ),
        ("user", "离婚证当年被他拿走了，我现在在杭州，回不去哈尔滨调档怎么办？"),
        (
            "assistant",
            "可委托哈尔滨的亲友到南岗区民政局婚姻登记处调取离婚登记档案复印件，并加盖档案章后寄给您。",
        ),
        ("user", "那我让我妹妹于秀梅去，她住南岗区，电话 13212870459。"),
    ],
    [
        (
            "user",
            "孩子下学期转学去新加坡，学校要出生公证和疫苗本的翻译，孩子叫贾子墨，2021年出生。",
        ),
        (
            "assistant",
            "明白。需要孩子的出生医学证明、户口簿，以及监护人身份证。疫苗本（预防接种证）可直接做翻译盖章，无需公证。",
        ),
        (
            "user",
            "监护人是我，贾若楠，身份证130104198506302783。孩子有先天性心脏病，疫苗有几针是延期接种的，翻译时备注要写清楚吗？",
        ),
        (
            "assistant",
            "建议如实翻译原件上的延期接种记录和医生备注，不额外添加内容；如学校要求医疗证明，可另开诊断书一并翻译。",
        ),
    ],
    [
        (
            "system",
            "You are a translation assistant for a certified translation agency. Translate the user's text into English, keeping the original layout.",
        ),
        (
            "user",
            "常住人口登记卡 / 姓名：俞晓敏 / 性别：女 / 出生：1989年11月4日 / 公民身份号码：330203198911043320 / 住址：浙江省宁波市海曙区中山西路 126 弄 7 号 402 室 / 婚姻状况：已婚",
        ),
        (
            "assistant",
            "Resident Registration Card / Name: YU Xiaomin / Sex: Female / Date of Birth: 4 November 1989 / Citizen ID No.: 330203198911043320 / Address: Room 402, No. 7, Lane 126, Zhongshan West Road, Haishu District, Ningbo, Zhejiang / Marital Status: Married",
        ),
    ],
    [
        (
            "user",
            "hello, I'm Tan Mei Ling from Penang, working in Suzhou now. My USM degree needs to be apostilled and translated to Chinese for the work permit renewal.",
        ),
        (
            "assistant",
            "Malaysia is not yet an Apostille Convention member, so your degree certificate needs legalisation by Wisma Putra and then the Chinese Embassy in Kuala Lumpur, followed by a certified Chinese translation.",
        ),
        (
            "user",
            "aiyo so troublesome. my sister can go to KL for me. my MyKad is 910815-07-5276, what else does she need?",
        ),
        (
            "assistant",
            "She will need a signed authorisation letter from you, a copy of your MyKad, and the original degree certificate. Please check the embassy's current appointment rules before she goes.",
        ),
    ],
]
