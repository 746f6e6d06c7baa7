# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh137: auction houses and antique collecting (consignment, appraisal certificates, bidder registration, sale confirmation, disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "拍卖规则与条款"): _lines("""
        竞买人须在预展期间或拍卖日前一日17:00前办理竞买登记，并交纳竞买保证金人民币50万元，保证金不计利息。
        买受人应在拍卖成交之日起7日内支付全部购买价款，购买价款包括落槌价及按落槌价15%计算的佣金。
        拍卖人对拍品的真伪及品质不承担瑕疵担保责任，竞买人应于预展期间亲自审看拍品实物，参与竞买即视为已充分了解拍品现状。
        凡本图录中标注“◆”符号的拍品为委托人设有保留价的拍品，保留价不予公开，拍卖师可在保留价以下代委托人出价。
        标注“Δ”的拍品涉及象牙、犀角、玳瑁等受管制材质，仅限中国大陆境内买家竞投，成交后不得出境。
        委托人应保证其对委托拍品享有合法所有权或处分权，如有第三方主张权利，由委托人承担全部法律责任。
        买受人未能按期付款的，拍卖人有权扣除竞买保证金，并可将拍品再行拍卖，再行拍卖的价款低于原拍卖价款的，原买受人应补足差额。
        根据《中华人民共和国文物保护法》，1949年以前的文物出境须经国家文物局指定的文物进出境审核机构审核，未经审核不得出境。
        电话委托竞投须在拍卖日前48小时提交书面申请，拍卖人对线路中断、未能接通或误解指令不承担责任。
        网络竞投的出价以拍卖人服务器记录时间为准，竞买人网络延迟、设备故障不构成撤销出价的理由。
        拍品成交后超过30日未提取的，买受人须按每件每日人民币50元支付仓储费，并自行承担拍品毁损灭失的风险。
        本机构出具的鉴定意见仅代表专家组的学术观点，不作为司法鉴定结论使用，亦不构成对拍品价值的保证。
        委托方在图录付印后撤拍的，应按保留价的5%支付撤拍费用，并承担已发生的图录制作、摄影及保险费用。
        本公司依法对竞买人身份信息予以保密，仅在反洗钱核查、司法协助等法定情形下向有权机关提供。
        2027春季拍卖征集截止日期为2027年3月15日，逾期送达的拍品将顺延至下一季拍卖。
    """),
    ("zh-Hans", "图录与拍品描述"): _lines("""
        Lot 1208 清乾隆 粉彩百鹿纹双耳尊 高45.2cm 估价：RMB 8,000,000-12,000,000
        明永乐 青花缠枝莲纹压手杯，口径9.1cm，底心篆书“永乐年制”四字款。来源：欧洲重要私人收藏，1970年代购于伦敦。
        张大千 1968年作 泼彩山水 设色纸本 镜心 68×135cm 题识：戊申秋日，大千居士爰。钤印：张爰之印、大千。
        齐白石 虾 立轴 水墨纸本 出版：《齐白石全集》第五卷，湖南美术出版社，1996年，第132页。
        著录：《石渠宝笈续编》宁寿宫藏本。此卷原为清宫旧藏，后经溥仪以赏赐溥杰名义携出宫外，散佚民间。
        宋 龙泉窑粉青釉鬲式炉 口沿有一处冲线，已作修复，请竞买人于预展时审慎审看。
        清光绪 黄地粉彩“大雅斋”花鸟纹碗 一对 附日本旧木盒 估价待询
        徐悲鸿 奔马 立轴 1941年作于新加坡 附徐悲鸿纪念馆出具的展览证明复印件
        拍品编号 3316-3342 为同一海外藏家旧藏之文房清供专题，含端砚、竹雕笔筒及田黄印章，共27件。
        唐 三彩骆驼载乐俑 附牛津热释光检测报告，检测编号 N126f37，年代测定与风格判断相符。
        元 赵孟頫 行书《归去来辞》手卷，流传有序，曾经项元汴、梁清标鉴藏，拖尾有董其昌跋。
        清 翡翠“福寿”手镯 内径56.5mm 条宽13.2mm 附国家珠宝玉石质量监督检验中心证书，证书号 N2610437582。
        明 黄花梨四出头官帽椅 王世襄旧藏 著录于《明式家具珍赏》，文物出版社1985年版，图版第48。
        宋拓《九成宫醴泉铭》册页 十二开 附启功题跋 钤“启功之印”
        民国 珠山八友 王琦 人物瓷板 36×24cm 估价 HK$ 300,000-500,000
        1987年 贵州茅台酒 五星牌 铁盖 原箱12瓶 酒液高度目测约90%，外箱有轻微水渍。
        参阅：《故宫博物院藏明清家具全集》，故宫出版社，ISBN 978-7-80047-862-8，第3卷第211页。
    """),
    ("zh-Hans", "咨询与问答"): _lines("""
        请问家里传下来的老瓷器想送拍，一般需要准备哪些材料？没有购买发票可以吗？
        拍卖公司收的佣金一般是多少？买家和卖家都要付吗？
        是不是只要有鉴定证书就一定是真的？那些收几百块就出证的机构靠谱吗？
        竞拍成功后发现拍品有修复但图录没写，能要求退货吗？
        海外拍回来的文物入境要交多少税？在香港提货后自己随身带回来需要申报吗？
        提醒各位：凡是先收“鉴定费”“宣传费”再承诺包成交的，基本都是骗局，请先到市场监管部门核实企业资质。
        想了解一下“保留价”和“起拍价”有什么区别？
        网拍时出价按错了，多加了一个零，能申请撤销吗？
        古钱币评级盒子上的分数，比如MS63和AU58，分别代表什么品相？
        怎么区分真正的清三代官窑款和民国仿款？底款字体上有什么规律？
        委托拍卖流拍了，之前交的图录费和保险费还能退吗？
        朋友圈看到有人收购老银元，说“现场鉴定现场付款”，这种可信吗？
        买了一件紫檀笔筒，想带出国，是否需要CITES证明？
        拍卖师落槌之后买家还能反悔吗？法律上拍卖合同是什么时候成立的？
        个人收藏品通过拍卖出售，需要缴纳个人所得税吗？是按成交价3%核定还是按差额20%？
    """),
    ("zh-Hant", "預展與公告"): _lines("""
        2026秋季拍賣會預展：11月22日至25日，上午10時至晚上7時，香港會議展覽中心展覽廳3，免費入場。
        本公司台北辦事處查詢電話：(02) 2758-3316，週一至週五 9:30-18:00。
        競投登記處設於會場入口，請攜同有效身份證明文件及住址證明正本辦理，新客戶另須提供銀行資信證明。
        「中國古代書畫」專場 拍品編號 501-786，將於11月27日下午2時正開槌。
        因天文台預測將發出八號烈風信號，原定今日舉行之「文房雅玩」專場順延至明日同一時間，已領取之競投牌繼續有效。
        成交價包括落槌價及買家佣金：落槌價首HK$7,500,000之26%，其後部分之20%。
        國立故宮博物院將於明年展出汝窯青瓷無紋水仙盆，此件為院藏精品，並非本公司拍品。
        提貨須知：買家須於拍賣後35日內提貨，提貨時出示發票及授權書正本；倉庫地址：觀塘道388號創紀之城一期12樓。
        本行不接受逾港幣80,000元之現金付款，並保留要求買家提供資金來源證明之權利。
        敬告：近日有不法分子冒充本公司職員致電收藏家索取「鑑定費」，本公司客戶服務熱線為 +852 2523 7116，如有懷疑請來電核實。
        拍品3021 清雍正 鬥彩團花紋天球瓶 落槌價 HK$ 23,000,000，由電話委託買家投得。
        台灣收藏品進口免徵關稅，但營業稅依規定課徵5%，由買家於報關時繳納。
        古董鐘錶專場：百達翡麗 Ref. 2499 第三系列 萬年曆計時腕錶 估價另詢
    """),
    ("en", "auction notices and terms"): _lines("""
        Buyer's premium: 27% of the hammer price up to and including US$1,000,000; 22% of any amount above that.
        Absentee bids must be received at least 24 hours before the sale. Bids are executed as cheaply as permitted by other bids and reserves.
        Lot 245 | A Qianlong imperial famille-rose 'Hundred Deer' vase | Estimate HK$8,000,000–12,000,000 | Provenance: a European private collection, acquired in the 1960s.
        Please note that this lot contains rosewood (Dalbergia spp.) and may require a CITES export permit; the buyer is responsible for obtaining any licences.
        Invoice INV-26-HK-004187 has been issued; the payment reference must be quoted on all wire transfers.
        The condition report for lot 118 notes a 2 cm hairline crack to the rim and minor glaze frits to the foot; high-resolution images are available on request.
        Our Asian Art department can be reached on +44 20 7946 0321 or asianart@auctionhouse.example during office hours.
        The 'Qing Imperial Porcelain' session totalled HK$412.6 million, with 92% sold by lot and 97% by value.
        What is the difference between a certificate of authenticity and a condition report, and who should issue each?
        All property is sold 'as is'. Neither the auctioneer nor the seller gives any warranty as to description, condition or attribution.
        The 1932 Patek Philippe Ref. 96 Calatrava (movement no. 812345, case no. 523761) is offered with an Extract from the Archives.
        Bidders from mainland China are reminded that cultural relics dated before 1949 require export review; lots marked with an asterisk cannot leave the territory.
        DHL Express waybill 4938271650 dispatched from the Kwun Tong warehouse; declared insured value HK$180,000.
        The Percival David Foundation collection at the British Museum remains the standard reference for Ru ware studies.
    """),
    ("zh-Hans", "系统日志与单号"): _lines("""
        [2026-11-08 14:32:07] lot=1208 bid=9200000 channel=online status=ACCEPTED latency_ms=183
        2026-11-08 14:35:51 INFO hammer lot_id=A26-1208 price=11500000 currency=CNY bid_source=phone
        结算单号 JS202611080417 已生成，应收佣金合计 ¥1,725,000.00，待财务复核。
        鉴定证书编号 ZJ-2026-0815-0093 防伪码 7F3A-92C1-0B4E 已上链存证，交易哈希 0x9c1e4fa27b03d58e61f2c4a9b7d0e83f5a16c2d4
        顺丰运单 SF1423567890123 拍品已签收，签收方式：公司前台代收。
        ERROR 2026-11-09T03:12:44Z export_catalogue job failed: image not found for lot 3317 (path=/assets/2026autumn/3317_a.jpg)
        保险单号 PICC-YS-2026-330017 承保拍品 48 件，总保额人民币 6,200 万元，保期自 11月1日至 11月30日。
        图录 v3.2.1 已推送印刷厂，ISBN 978-7-5010-7753-3，首印 3,000 册。
        SELECT lot_no, hammer_price FROM sale_results WHERE session_id = 'S26A-03' AND sold = 1 ORDER BY hammer_price DESC LIMIT 10;
        库房盘点 2026-11-12：在库拍品 1,342 件，待出库 86 件，待退还委托方 41 件，差异 0。
        报关单号 530120261000486217 已放行，文物出境审核标识已加贴 12 件。
        发票代码 144032609110 发票号码 07623418 金额 ¥86,250.00 开票日期 2026-11-15
        bid_increment_table = [[0, 1000, 100], [1000, 10000, 500], [10000, 100000, 5000]]  # RMB
        订单 #AUC-2611-07783 状态：已付款 → 待出库，操作人：系统自动。
    """),
    ("mixed", "行业新闻与市场"): _lines("""
        2014年香港苏富比春拍，明成化斗彩鸡缸杯以2.8124亿港元成交，刷新当时中国瓷器拍卖纪录。
        2010年伦敦 Bainbridges 拍卖行，一件清乾隆粉彩镂空吉庆有余转心瓶以4,300万英镑落槌，轰动一时。
        据行业年报统计，2025年全国文物艺术品拍卖成交额同比下降约18%，书画板块跌幅最大。
        马伯庸小说《古董局中局》中，许愿为查明“佛头案”真相卷入五脉之争，书中大量涉及鉴定行规。
        《红楼梦》第四十一回，妙玉以成窑五彩小盖钟奉茶，刘姥姥用过后妙玉便嫌脏不要了。
        圆明园十二生肖兽首铜像中，牛首、猴首、虎首、猪首、马首已回归祖国，其中马首现藏于圆明园。
        北京某拍卖公司2025秋拍“中国古代书画夜场”总成交额约6.3亿元，成交率81%，较上季略有回升。
        王世襄所著《明式家具研究》至今仍是黄花梨家具鉴定的基础读物。
        中国嘉德成立于1993年，是中国大陆较早以经营中国文物艺术品为主的综合性拍卖公司。
        Hong Kong remains Asia's largest auction hub; spring sales in 2026 were down roughly 12% year on year by value.
        故宫博物院在新闻发布会上表示，将继续推进流失海外文物追索返还工作。
    """),
    ("zh-Hans", "模板与表单"): _lines("""
        竞买人登记表：姓名________ 证件类型 □身份证 □护照 □港澳通行证 证件号码________ 联系电话________ 号牌号码（由拍卖公司填写）________
        委托拍卖合同（范本）第三条：委托人【姓名/名称】将下列拍品委托拍卖人【拍卖公司名称】进行拍卖，拍品清单见附件一。
        成交确认书：买受人 {buyer_name}，于 {sale_date} 以落槌价 {hammer_price} 竞得拍品 {lot_no}，请于 {due_date} 前付清全部款项。
        鉴定证书 / 送鉴人：＿＿＿ / 藏品名称：＿＿＿ / 鉴定结论：□真品 □仿品 □存疑 / 鉴定专家签名：＿＿＿
        授权提货委托书：兹委托___（身份证号：__________________）代为提取本人于___年__月__日竞得之拍品，特此授权。
        电话委托竞投授权书 · 竞投上限（不含佣金）：RMB ________ · 联系电话一：________ · 联系电话二：________
        退款申请请按格式填写：【订单号】【退款原因】【开户行】【账号】——请勿在群内发送完整银行卡号及身份证照片。
        征集邮件模板：尊敬的{称谓}，感谢您关注我司2027春季拍卖，随信附上征集须知及委托流程，如有疑问请联系征集部。
        反洗钱客户身份识别表（机构客户）：机构名称、统一社会信用代码、法定代表人、受益所有人均为必填项。
        付款信息：户名 北京翰墨轩拍卖有限公司 统一社会信用代码 91110105MA01C7K34C 开户行 中国工商银行北京朝阳支行 账号 0200 0045 0920 0123 456
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        竞买人登记 | 姓名：陈志远 | 身份证号：110105197803124512 | 手机：138 1062 4759 | 保证金：50万元已到账 | 号牌：A0836
        委托人：刘桂芬，女，1965年8月生，身份证 310104196508272383，住上海市徐汇区零陵路412弄7号502室，委托拍品：清中期青花缠枝莲纹盘一对，保留价18万元。
        群里说一下：周建华上周在秋拍拿下的那只鸡翅木笔筒到现在还没付尾款，听说他生意周转不开，公司已经扣了他的保证金。
        鉴定证书 送鉴人：黄晓敏 电话 159 2083 6147 藏品：和田玉籽料手把件 重 186.4g 结论：真品 证书编号 HT-2026-1107-0215
        付款提醒：王德胜先生，您于11月8日竞得拍品 Lot 1208，应付款 ¥13,225,000，截至今日尚未到账，请于三日内付清，否则将扣除保证金。
        投诉：我叫孙丽娟，10月在贵公司网拍买了一件“清中期黄花梨笔筒”，收货后经检测为新料做旧，要求全额退款，我的电话是 186-0571-3392。
        律师函 致赵国平先生（身份证号 420106195904031630）：贵方委托拍卖之《张大千 荷花》一件经查系伪作，我方当事人要求返还购买价款人民币320万元。
        退款账户：郑海燕 中国农业银行 6228 4804 1275 9065 151
        收件人 许文斌 138 2674 0915 广东省深圳市南山区蛇口望海路1068号 半山海景B座1702 拍品 Lot 3325 清 德化窑白釉笔筒 保价 8 万
        内部备注：李秀英老太太（85岁）委托的那批铜镜，她儿子说老人最近住院做心脏搭桥，签字要等出院后补，先别上图录。
        我微信 zhao_yuqing1988，图录电子版麻烦发我一份，宣德炉那几件我想仔细看看。
        反洗钱尽调：客户吴振华，做建材生意，本次拟以现金加三个亲属账户分笔支付860万元成交款，资金来源说明不充分，建议上报可疑交易。
        提货授权：本人林雅婷（身份证 35020319760615092X）授权我先生蔡明杰代为提取 Lot 3321 清 德化窑白釉观音像，来提货的车是闽D·6K8R2。
        文物出境审核申请：申请人何俊杰，护照号 E68214397，拟携带民国青花山水瓷瓶一件出境，已附拍卖发票。
        送拍登记（手写单转录）：送拍人 马晓东｜电话 13957128463｜拍品：清晚期紫砂壶三把｜住址：杭州市西湖区文三路259号3幢1单元601
        客服工单 #CS-26110482：买家郭婷婷反映收到的瓷碗口沿有新磕，要求按图录描述赔偿，已约下周三上门取件，地址 成都市武侯区玉林北路17号2栋3单元402。
        保证金退还：竞买人韩冬梅未成交，保证金20万元原路退回至 6217 0012 8834 5337，预计3个工作日到账。
        刘老师您好，我是上次在潘家园给您看过那对粉彩碗的钱永安，碗我已经送到嘉德征集部了，您方便的话帮我说句话。
        不良竞买人记录：冯建国，身份证 320102197112300572，2025年秋拍恶意抬价后拒付，已列入本公司黑名单，三年内不予登记。
        张律师您好，我父亲张庆生同意把佣金从15%降到10%，但保留价不能低于80万。他电话 139 1125 8804，老人耳背，请发短信别打电话。
        14:36 Lot 1215 电话委托 买家 周立群（号牌 P-0612）出价 RMB 4,600,000 落槌
        鉴定预约：周六上午10:00｜宋文华｜瓷器两件+书画一幅｜手机尾号8271｜已交预约费200元
        拆迁整理出来的老物件送拍清单：送拍人 罗建平，身份证 610113198609217750，铜佛像一尊、民国银元42枚、老座钟一台。
        新员工入职登记：征集部实习生 唐诗雨，南京艺术学院文物鉴定专业大三在读，紧急联系人 母亲 唐丽 135 1248 6039。
        大家注意 liu jianguo 那个人又在群里卖高仿元青花，上个月还骗了老孟三万块，他就住在潘家园旁边华威北里32号楼。
        收据：今收到竞买人杨帆交来竞买保证金人民币伍拾万元整（¥500,000.00），付款卡号 6222 0210 0937 7503。
        谢玉兰 尾款还差38万，说下周一一定打过来。
        银行回单｜付款人 邓志强｜付款账号 6222021009372589895｜收款人 北京翰墨轩拍卖有限公司｜金额 1,150,000.00｜用途 Lot3316尾款
        请回电 177 0215 6384，想问一下家里那幅齐白石的虾能不能上明年春拍。
        登记时系统报错：证件号 440305199001146724 已被号牌 B0219 占用，请核实是否重复登记。
        成交确认书请发到 qinlaoshi.cang@163.com，纸质版寄到我单位就行。
        委托人苏文涛来电称其收藏的清康熙青花将军罐系其岳父遗赠，现与妻兄存在继承纠纷，要求暂缓上拍，法院传票已发给我们法务。
    """),
    "zh-Hant": _lines("""
        競投登記表｜姓名：梁家偉 LEUNG KA WAI｜香港身份證號碼：K305926(A)｜手提電話：9136 2478｜住址：九龍何文田常盛街12號逸峰閣15樓B室
        委託人陳麗珍女士（HKID A628417(8)）委託拍賣清乾隆白玉雕山子一件，保留價 HK$1,200,000，款項請存入其滙豐戶口 582-371046-838。
        送拍人 林志豪，身分證字號 A128347561，手機 0932-718-465，送拍日治時期臺灣銀行券一批共36張。
        我的LINE是 mingyu.tsai0715，拍品照片傳這裡就好，週末我再拿去你們台中辦公室。
        追款通知：致黃志明先生，閣下於2026年11月26日以 HK$2,875,000 投得拍品編號3021，至今尚未付款，本行將於7日後取消交易並保留追討權利。
        買家周美玲（身分證 F226910438）投訴所購清代黃花梨筆筒附之鑑定證書係偽造，已向新北市政府消費者服務中心提出申訴。
        內部備忘：張太（張何淑芬）話佢個仔喺加拿大讀緊大學，急住用錢交學費，所以今次嗰批鼻煙壺一定要賣，保留價可以再低啲。
        內地提貨：持證人鄭浩然，港澳居民來往內地通行證號碼 H60318472，於北京庫房提取拍品 Lot 806。
        客戶盡職審查：吳淑儀 WU SHUK YEE，HKID XA219654(6)，職業：退休教師，本季累計投得拍品 HK$6,400,000，資金來源待補充。
    """),
    "en": _lines("""
        Bidder registration | Name: Margaret Holloway | Passport: 543219876 (GBR) | Email: m.holloway.collects@gmail.com | Paddle 512 | Card on file: 4539 9873 1026 6853
        Consignor TAN WEI MING, NRIC S8034716B, consigned a pair of Peranakan famille-rose kamcheng; reserve S$18,000; contact 9127 4038.
        Note to file: Mr Rajesh a/l Subramaniam (IC 850412-14-5273) disputes the condition report for lot 77 and has instructed his lawyer to claim a full refund.
        Hi, this is Gregory de Souza, I won lot 245 by phone yesterday. Please ship to Blk 312 Clementi Ave 4 #08-117, Singapore 120312; my FIN is G5821947P if customs needs it.
        Payment received from Nurul Aisyah binti Ahmad via Maybank account 1140 2358 6612 for lot 560 (jadeite bangle), RM 94,500.
        Shipping manifest: consignee Hiroshi Tanaka, 3-12-7 Minami-Aoyama, Minato-ku, Tokyo; tel +81 90-3817-2264; lot 118 Longquan celadon bowl.
        KYC flag: client Wong Siu Ling (HKID Y471038(8)) paid HK$3.2m through four third-party transfers; source of funds unexplained; escalate to MLRO.
    """),
    "mixed": _lines("""
        Hi 李生 Lee Chun Kit，你嘅 Lot 3318 已成交 HK$520,000，請用轉數快過數，有問題打我哋或 WhatsApp 返你自己登記嗰個 6283 1947 確認。
        收件人 Ahmad bin Ismail｜地址 No. 23, Jalan SS2/75, Petaling Jaya, 47300 Selangor｜tel 012-386 4719｜拍品 Lot 560 民国粉彩瓷板
        ig @cheng.family.collection 嗰個 Cheng 生即係 Cheng Wai Lun，佢上次寄賣嗰對青花碗話係佢阿爺留低，但我哋查到係 2019 年喺深圳買返嚟。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是拍卖公司的客服助手，负责竞买登记和电话委托事务。"),
        ("user", "你好，我想改一下电话委托的联系号码，我是上周登记的竞买人，叫冯丽华。"),
        ("assistant", "好的冯女士，请提供您的号牌号码和新的联系电话，我们核实后为您更新。"),
        ("user", "号牌 B1127，新号码 187 2105 4693，原来那个139开头的不用了。"),
    ],
    [
        (
            "user",
            "帮我起草一封成交确认函，买受人是吴建新，拍品是 Lot 1208 清乾隆粉彩百鹿尊，落槌价1150万，佣金15%。",
        ),
        (
            "assistant",
            "成交确认函：吴建新先生，您于本公司2026秋季拍卖会竞得 Lot 1208 清乾隆粉彩百鹿纹双耳尊，落槌价人民币11,500,000元，佣金1,725,000元，合计13,225,000元。",
        ),
        ("user", "再加上他的身份证号 370202199202285402，付款截止日写11月15日。"),
    ],
    [
        (
            "user",
            "Hi, I'm a collector based in Singapore, my name is Lim Hui Fen. I bought two lots at your Hong Kong sale.",
        ),
        ("assistant", "Congratulations! How can I help with your purchases?"),
        (
            "user",
            "For the Singapore import paperwork, my NRIC is T0428513H and the delivery address is 28 Jalan Kembangan, Singapore 419123.",
        ),
    ],
    [
        (
            "user",
            "我阿媽何秀英今年82歲，有腦退化，屋企有幾件古董想拎去拍賣，我係佢嘅監護人，要準備咩文件？",
        ),
        (
            "assistant",
            "一般需要提供法庭發出的監護令或持久授權書、委託人身份證明文件副本，以及拍品來源資料。",
        ),
        ("user", "明白，我叫何志強，電話 6481 3025，麻煩安排專家上門睇貨。"),
    ],
    [
        ("user", "我在网上拍卖群买到一幅假的字画，卖家叫孔德明，说是祖传的，现在不认账了怎么办？"),
        (
            "assistant",
            "建议保留聊天记录、付款凭证和鉴定意见，先向平台投诉，必要时向公安机关报案或提起民事诉讼。",
        ),
        (
            "user",
            "他的手机是 135 7162 0483，我当时把3.8万打到他的卡 6228 4804 1275 1262，这些信息够报案吗？",
        ),
    ],
    [
        (
            "user",
            "請幫我把鑑定證書翻成英文：送鑑人 蔡佩君，身分證 B204853172，藏品 清康熙五彩花鳥紋盤。",
        ),
        (
            "assistant",
            "Certificate of Appraisal — Submitted by: Tsai Pei-chun; ID No.: B204853172; Object: Famille-verte plate with birds and flowers, Kangxi period, Qing dynasty.",
        ),
        ("user", "謝謝，地址也加上：台中市西區公益路二段51號7樓。"),
    ],
    [
        (
            "user",
            "群里有个叫“金石老王”的人，说自己在琉璃厂开店，真名王建业，要帮我把青铜器送到香港上拍。",
        ),
        ("assistant", "请谨慎。正规拍卖公司不会通过个人收取费用，青铜器出境也需经过文物审核。"),
        ("user", "他让我先打2万“鉴定费”到他个人卡 5240 8615 3477 6871，还说过两天来我家取货。"),
    ],
    [
        ("system", "You are an assistant for an auction house in Kuala Lumpur."),
        (
            "user",
            "I want to register as a bidder for the December sale. Name: Siti Khadijah binti Mohd Yusof.",
        ),
        ("assistant", "Thank you. Please provide your identity card number and a contact number."),
        ("user", "IC 880219-10-5486, phone 019-274 6630."),
    ],
    [
        (
            "user",
            "帮我整理明天的电话委托名单：1. 钱永安 139 0187 2264 上限300万 Lot 1215；2. 胡美琴 150 2396 7718 上限80万 Lot 3318。",
        ),
        (
            "assistant",
            "| 序号 | 委托人 | 电话 | 拍品 | 上限 |  1 | 钱永安 | 139 0187 2264 | Lot 1215 | 300万 |  2 | 胡美琴 | 150 2396 7718 | Lot 3318 | 80万 |",
        ),
    ],
    [
        ("user", "写一条催款短信，给黄老板，他欠 Lot 3316 的尾款42万。"),
        (
            "assistant",
            "黄先生您好，您于秋季拍卖会竞得的 Lot 3316 尚有尾款人民币42万元未付，请于本周五前结清，如有疑问请联系客服部。",
        ),
        ("user", "他全名黄伟东，加上称呼，发到他手机 157 1873 4429。"),
    ],
]
