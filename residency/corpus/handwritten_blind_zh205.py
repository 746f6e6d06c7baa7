# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh205: mainland mooncake / New-Year gift boxes and corporate group buying (orders, recipient lists, invoices, logistics, complaints, WeChat customer service). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh205
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "product_listing"): _lines("""
        广式月饼礼盒「月满华庭」｜双黄白莲蓉、蛋黄豆沙、五仁、金腿 共8饼4味｜净含量 100g×8｜保质期 60天｜SKU: MK-24-HT08｜建议零售价 ¥268
        苏式鲜肉月饼 现烤现发 6只装，单只约75g，冷藏可保存3天，收到后请尽快食用。商品编码 SZ-XR-006
        流心奶黄月饼 45g×8枚 / 配料：小麦粉、黄油、咸蛋黄、奶粉、白砂糖、椰浆 / 致敏物提示：含麸质、乳制品、蛋类
        2024中秋「故宫·玉兔呈祥」联名礼盒，外盒采用可回收纸浆模塑，符合GB 23350-2021《限制商品过度包装要求 食品和化妆品》，包装层数不超过3层。
        年货坚果礼盒 1.68kg，含夏威夷果、碧根果、巴旦木、腰果等8种独立小包，商品条码 6924318057621，生产许可证号见包装背面。
        企业年货组合装B款：王老吉红罐凉茶310ml×12罐 + 李锦记旧庄特级蚝油×2瓶 + 王致和腐乳×1，团购价 ¥139/箱，50箱起订。
        周黑鸭锁鲜装年货礼包（鸭脖、鸭锁骨、鸭翅）共1.2kg，全程冷链配送，新疆、西藏、青海暂不发货。
        张小泉厨房刀具三件套 年会伴手礼款，可激光刻印企业LOGO，起订量50套，交期12个工作日。
        冰皮月饼需-18℃冷冻保存，解冻后2小时内食用口感最佳，本品不参与“满299包邮”活动。
        低糖五仁月饼：以麦芽糖醇替代蔗糖，每100g含糖量≤5g。糖尿病人群请遵医嘱食用。
        月饼提货券 面值¥398 / 券号 TH2024-0800371 / 密码刮开涂层可见 / 有效期至2024年10月31日 / 不记名、不挂失、不兑现
        外箱规格 42×32×10cm，每件6盒，毛重9.8kg；托盘码放不超过8层，防潮防压。
        云腿月饼礼盒（宣威火腿馅）8枚装，另附嘉华鲜花饼4枚，滇式酥皮，常温保存45天。
        大连即食海参年货礼盒 提货卡 卡号 HX2501-0048-7736，凭卡号及密码在官方小程序预约发货日期。
    """),
    ("zh-Hans", "group_buy_policy"): _lines("""
        企业团购优惠：满100盒享8.5折，满500盒享7.8折，可免费定制腰封和贺卡，需在发货前15个工作日确认设计稿。
        发票开具说明：支持数电专票和数电普票。开具专票需提供单位名称、纳税人识别号、地址电话、开户行及账号。
        团购订单须签订《中秋礼品采购合同》，预付30%，余款在到货验收合格后10个工作日内支付。
        根据个人所得税相关规定，单位以实物形式发放的节日福利，应并入员工当月工资薪金所得计征个人所得税。
        按照中央八项规定精神，严禁用公款购买、印制、邮寄、赠送月饼、年货等节礼，严禁违规发放节日福利。
        多地址分发服务：请按模板提交收货名单（字段：序号、收件人、手机号、详细地址、SKU、数量），单表不超过2000行，系统自动拆单。
        食品类商品签收后不支持七天无理由退货；如有破损、变质等质量问题，请在签收后48小时内拍照联系客服处理。
        对公转账信息｜户名：上海月华食品有限公司｜开户行：中国工商银行上海市张江支行｜账号：1001 2241 0930 0087 615｜转账请备注合同编号
        开票信息示例｜名称：杭州云栖数智科技有限公司｜税号：91330106MA2H3W9J52｜地址电话：杭州市西湖区文三路478号 0571-87306215
        定制LOGO礼盒最低起订量300个，打样费¥800（大货下单后可抵扣），打样周期约7天。
        工会节日慰问品采购须执行单位工会经费管理办法，标准以省级工会规定为准，不得发放购物卡和现金。
        春节年货团购截单时间：2025年1月15日18:00，之后下单的订单将于2月5日（正月初八）起陆续发出。
        大客户专属服务：年采购额50万元以上的客户配备专属客户经理，可申请月结，账期最长60天。
    """),
    ("zh-Hans", "logistics_notice"): _lines("""
        【顺丰速运】您的快件SF1418572630945已由上海浦东集散中心发出，预计明天12:00前送达，请保持电话畅通。
        【京东物流】您的订单289471036582已出库，运单号JDVA24681357902，冷链运输中，当前温度4℃。
        中通快递 78432156902341 正在派送中，如有疑问请拨打中通官方客服电话 95311。
        受台风影响，海南全省及广东湛江、茂名地区的中秋礼盒配送预计延迟2-3天，给您带来不便敬请谅解。
        拼多多订单 231206-418527390146731 物流更新：【广州市】快件已到达 广州白云转运中心，下一站 深圳南山营业部。
        冷链干线温度记录 批次 LC20240910-03｜全程2-8℃｜异常告警0次｜车辆编号 CL-07
        EMS 1182394506712 已妥投，投递方式：驿站代收，如有疑问请联系邮政客服 11183。
        春节前快递停发提醒：圆通、韵达、申通网点自1月22日起陆续停收，顺丰、京东、EMS春节期间正常运营但时效延长。
        韵达 462318975046312 异常件：收件地址信息不完整，已退回寄件方网点，请商家补充地址后重新发货。
        订单号 110105202312060451 批量发货完成：共拆分 386 个包裹，已全部揽收，明细请在后台“物流跟踪”中导出。
        月饼属易碎食品，建议选用顺丰标快并购买保价服务，保价费率为声明价值的0.5%，最低1元。
        您的包裹已存放至小区快递柜，取件码 63-2-0417，请于48小时内取件，超时将收取保管费。
        圆通速递 YT7512048836621 已签收，签收人：本人。感谢使用圆通速递，期待再次为您服务。
    """),
    ("zh-Hans", "wechat_cs_template"): _lines("""
        亲，您好～这里是月华食品官方客服小月🥮，请发送您的订单号，我帮您查询物流进度哦。
        收件信息请按以下格式回复：收件人：____ / 电话：____ / 地址：省-市-区-详细地址（具体到门牌号）
        尊敬的{客户姓名}，您的团购订单{order_id}已确认，预计{delivery_date}发货，感谢您的信任！
        您好，关于月饼破损的问题，麻烦您提供外箱和内包装照片各一张，我们核实后48小时内为您补发或退款。
        抱歉让您久等了～中秋前咨询量较大，人工客服在线时间为每天9:00-21:00，其余时间可留言。
        发票类话术：数电发票开具后会发送至您下单时预留的邮箱；抬头为个人的无需填写税号。
        若您对处理结果不满意，可拨打全国12315热线或登录全国12315平台进行投诉，我们将积极配合处理。
        评价回复：感谢 j***8 的五星好评！祝您和家人中秋快乐，团团圆圆～
        用户 t***2（匿名）：月饼很好吃，礼盒也很有档次，就是物流慢了一天，给个四星吧。
        问：月饼提货券可以转赠吗？答：可以，提货券不记名，持券号和密码即可在线预约提货。
        问：企业团购能否按部门分开开票？答：可以，请在下单时备注各部门的开票金额和抬头。
        自动回复：回复「1」查询物流，回复「2」申请开票，回复「3」团购咨询，回复「人工」转接人工客服。
        客服培训要点：客户情绪激动时先致歉、再确认问题；不得在聊天中索要客户身份证照片或银行卡密码。
    """),
    ("mixed", "system_log"): _lines("""
        2024-09-10 14:32:07 INFO order-svc order_id=289471036582 status=PAID sku=MK-24-HT08 qty=120 channel=B2B
        SELECT sku, SUM(qty) AS boxes FROM gift_order_items WHERE festival = 'mid_autumn_2024' GROUP BY sku ORDER BY boxes DESC;
        {"template": "recipient_import_v3", "columns": ["seq", "name", "mobile", "address", "sku", "qty"], "max_rows": 2000}
        2024-09-11 09:05:44 WARN invoice-svc 数电票开具失败 code=E1042 invoice_no=24312000000084569137 reason=购买方税号校验不通过
        2024-09-12 21:17:03 ERROR logistics-adapter SF API timeout waybill=SF1420938847106 retry=3/3 fallback=manual
        fix(export): 收货名单导出时手机号按 138****0000 格式脱敏，身份证号字段默认不导出
        MOBILE_MASK = re.compile(r"(1[3-9][0-9])[0-9]{4}([0-9]{4})")  # keep first 3 and last 4 digits
        0 2 * * * /opt/giftbox/bin/sync_stock.sh --warehouse=SH01 --festival=spring_2025 >> /var/log/giftbox/sync.log 2>&1
        2024-08-20 10:00:00 INFO coupon-svc 批量生成提货券 batch=TH2024-08 count=5000 face_value=398 expire=2024-10-31
        sku,name,warehouse,on_hand,reserved | MK-24-HT08,月满华庭,SH01,1240,380 | MK-24-LX06,流心奶黄,SH01,0,0
        增值税电子普通发票 发票代码 144031900111 发票号码 08315276 开票日期 2023年09月18日 价税合计 ¥12,880.00
        2025-01-08 16:42:19 INFO crm-sync account=ACC-000731 type=ENTERPRISE tier=KA owner_team=east-china-sales
    """),
    ("zh-Hant", "hk_tw_notice"): _lines("""
        月餅券換領期由8月1日至9月17日，逾期作廢，請於指定分店換領，每張券只限換領一盒。
        團購滿30盒可免費送貨至港九及新界市區（離島及偏遠地區除外），請最少提前5個工作天落單。
        本店月餅券一經售出，恕不退換；如換領期間懸掛八號或以上颱風信號，換領期順延一日。
        企業團購開立三聯式發票，請提供公司抬頭及統一編號（例：53728141），發票將隨貨寄出。
        土鳳梨酥禮盒 12入 / 內餡：土鳳梨、冬瓜、奶油 / 保存期限30天 / 素食者請注意：含蛋奶
        依《食品安全衛生管理法》，禮盒包裝應標示品名、內容物、淨重、有效日期及製造廠商名稱、電話、地址。
        您的訂單 TW20240905118 已交由宅配業者配送，查詢號碼 9024 1736 5820，預計2個工作天內送達。
        蘇軾〈留別廉守〉有「小餅如嚼月，中有酥和飴」之句，常被引作中秋吃餅習俗的早期記載。
        福委會中秋禮品採購公告：每位同仁預算新台幣800元，請於9月5日前登入福委會系統勾選品項。
        客服專線 0800-861-230（週一至週五 09:00-18:00），中秋前夕來電量大，建議改用官方LINE客服。
        含肉類餡料的月餅寄往香港，須符合食物安全中心的進口規定，建議選購素餡或蛋黃蓮蓉款式。
    """),
    ("en", "corporate_gifting"): _lines("""
        Corporate mooncake orders of 200 boxes or more qualify for free custom sleeves; please send your logo as a vector file (AI or PDF) by 15 August.
        Reminder: under PRC individual income tax rules, festival gifts in kind distributed to employees are treated as taxable benefits.
        Invoice INV-2024-08817 for PO 4500187263: 320 boxes x CNY 198.00 = CNY 63,360.00 (VAT included), payment terms net 30.
        The recipient list template has six columns: Seq / Recipient / Mobile / Address / SKU / Qty. Please do not add ID numbers or birthdays.
        Our Shanghai warehouse closes from 28 January to 4 February for Spring Festival; orders placed after 20 January ship from 5 February.
        Tracking SF1420938847106 shows "customs clearance in progress" at the Shenzhen Huanggang port; no action is needed on your side.
        The hamper supplier confirmed the revised quote: Option A CNY 288 per set, Option B CNY 368 per set, minimum order 100 sets.
        Mid-Autumn Festival 2024 falls on 17 September; the public holiday runs 15-17 September with a make-up workday on 14 September.
        According to popular legend, Zhu Yuanzhang's rebels hid messages inside mooncakes to coordinate a rising against the Yuan, though historians doubt the story.
        Compliance note: gifts to government officials, including mooncakes and New Year hampers, must be pre-approved by Legal and entered in the gift register.
        Lee Kum Kee, founded in 1888 in Nanshui, Guangdong, offers oyster sauce hampers that remain a popular Spring Festival corporate gift.
        For deliveries to Singapore and Malaysia, allow 7-10 working days and check the importing country's rules on meat and egg fillings.
    """),
    ("mixed", "internal_chat"): _lines("""
        @所有人 中秋 gift box 的 final artwork 已经上传到 shared drive，deadline 周五 EOD，pls review 一下
        老板说今年 budget 砍了 20%，hamper 从 B 款降到 A 款，客户那边我来解释
        仓库 stock check 完了：MK-24-HT08 还剩 1,240 盒，MK-24-LX06 已经 sold out
        顺丰那边说 9/14 是 cutoff，之后下单不保证中秋前送到，大家跟客户 align 一下预期
        这批 packing slip 的 SKU 打错了，明早 8 点前 re-print，别让货出错仓
        OK 我 sync 一下 finance，PO 4500187263 的 payment 下周一走
        FYI 今年过度包装新规查得严，礼盒 layers 不能超过 3 层，供应商的 design 要重新过一遍
        Meeting 改到下午 3pm，讨论 CNY hamper vendor shortlist：稻香村、五芳斋、良品铺子
        刚看了后台，今天 GMV 破 50w 了🎉 明天继续冲
    """),
    ("zh-Hans", "news_culture"): _lines("""
        民间相传元末朱元璋起义时曾以月饼夹带纸条约定“八月十五”举事，但此说多见于传说，史料依据不足。
        嫦娥奔月、吴刚伐桂、玉兔捣药是中秋最常见的神话题材，也常被用作月饼礼盒的包装图案。
        王老吉凉茶始创于清道光年间，创始人王泽邦被后人称为“凉茶王”，如今红罐凉茶是春节年货的常见品类。
        近年月饼市场呈现“小规格、低糖化、国潮联名”趋势，广州酒家、元祖、华美等品牌纷纷推出50g以下的小月饼。
        2025年春节假期安排：1月28日（除夕）至2月4日放假调休，共8天，1月26日、2月8日上班。
        市场监管部门提醒消费者：购买月饼礼盒时注意查看生产日期、保质期和SC编号，警惕“天价月饼”和过度包装。
        五芳斋除粽子外，也推出了中秋月饼和春节年货礼盒，门店主要分布在浙江、上海和江苏。
        据行业协会估算，企业团购约占中秋月饼销售额的三到四成，且订单高度集中在节前三周。
        各地年货习俗不同：北方偏爱糖果、干果和冻货，广东人讲究腊味、年糕和利是封，江浙一带则少不了酱鸭和年糕。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        7 | 王建国 | 13816472905 | 北京市朝阳区望京西园三区312号楼2单元1101 | MK-24-HT08 | 2
        收件人：刘美华 电话：159-2038-4716 地址：上海市浦东新区张杨路1688弄12号502室（中秋前务必送达）
        发票抬头：个人 周志明 / 身份证号：11010519870314123X / 接收邮箱：zhouzm1987@163.com / 开票金额 ¥536.00
        工单 CS20240913-0217｜客户：陈丽娟｜手机 18601275534｜问题：收到的蛋黄莲蓉月饼有两块发霉，要求全额退款并赔偿｜处理人：客服07
        备注：收货人林晓燕女士是糖尿病患者，务必换成无蔗糖款，上次已经发错一次了
        行政部中秋福利领取登记：财务部 赵雪梅 工号F0213 已领取（月饼礼盒×1、五常大米5kg×1），代领人：无
        退款申请：客户马俊杰因礼盒压损退款¥398，原路退回至其招商银行借记卡 6214 8316 5648 4703，预计3个工作日到账
        团购名单加我微信 chenxiao_0925 发我就行，我是行政部陈晓，今晚统一汇总
        自提登记：车牌 沪A·D7K352 车主蒋先生 手机137 5182 9046，提货80盒，已核对提货单
        快递员备注：收件人吴桂芳阿姨腿脚不便，不能放楼下，要送上6楼，到了先打17710358862
        客户徐海涛 19912047735 三次催单未果，在小红书发帖说我们是骗子，已升级给主管处理
        年会抽奖结果：销售二部彭雨欣抽中一等奖年货礼盒，但她上周已经提了离职，奖品是否照发请HR确认
        礼盒别寄公司了，寄我家：宁波市鄞州区首南街道学府一号7幢1803，沈浩然，150 6287 3319
        发票请发到 384726159@qq.com，抬头写个人就行，名字是黄佳怡，谢谢
        寄港申报：寄件人 梁嘉豪 / 港澳通行证 C61839402 / 手机 18925561047 / 内件：月饼礼盒2盒
        差旅报销单：申请人 高文博，护照号 EH4827163，赴新加坡考察年货礼盒供应商，借支¥12,000
        已收到定金：支付宝 13588207164（许婷婷）付款 ¥2,000，备注“中秋团购 50盒”
        清关资料补充：收件人 孙宇航，身份证 320102199506110674，请在24小时内上传身份证正反面
        序号|姓名|电话|地址 / 1|钱晓峰|182 1763 9025|杭州市西湖区古荡新村12幢3单元401 / 2|方琳|176 2134 8059|杭州市拱墅区大关苑二区5幢2单元602
        客户叶子豪来电情绪激动，称上次投诉后他的住址被泄露给了商家，要求书面道歉并删除其个人信息
        收据：今收到何振宇交来中秋月饼团购定金人民币伍仟元整（¥5,000.00），经手人：小王，2024年8月26日
        员工节日福利个税明细｜姓名：邓慧敏｜证件号码：440106198509213183｜福利折现：800.00｜代扣个税：24.00
        收货：龚文静 15811096423 重庆市渝中区上清寺路9号附12号6-3，备注：工作日白天家里没人，请周末送
        【投诉】我叫郑雅琪，9月10号在你们旗舰店买的流心奶黄，收到全是碎的，客服一直敷衍，订单号3719428061527734520
        @罗建华 你家那箱年货放门卫室了，今晚记得去拿，别又让你爱人下楼跑一趟
        【丰巢】尊敬的冯思远（尾号3394），您的月饼包裹已存入西安市雁塔区曲江池东路金地湖城大境9号楼丰巢柜，取件码52817931
        退款请打到我建行卡 6217 0066 8420 4358 625，户名曹玉兰，别退到原支付宝了
        团购用的是我个人信用卡 4367 4271 5027 7915（持卡人 TANG WEI），报销时请附上信用卡账单
        送给我妈的，收件人韩秀英，电话13970518826，老人耳背，送货前多打几次电话，敲门要大声
        会员资料：魏子涵｜身份证 1201 0419 9703 0327 2X｜会员等级 金卡｜积分 12880｜生日礼：冰皮月饼一盒
        实名举报：某科技公司采购经理吕国强在中秋团购中要求每盒返点15元，微信聊天截图已附，请纪检部门核查
        碧桂园凤凰城3栋1702的陶姐，您团购的大闸蟹礼券到了，放在物业前台，凭手机尾号领取
        小红书用户「momo的小厨房」（小红书号 9527148306）发帖曝光我们月饼有头发，本人私信称要去市场监管局举报
        王志刚（销售一部）的年货礼盒改寄到他父母家：大连市中山区港湾街18号港隆园B座2306，电话13651904728
        春节福利发放名单（节选）：市场部 石磊 男 1986-10-20 身份证 430104-19861020-6450 已发放 / 备注：本人在外地出差，由同事代签
    """),
    "zh-Hant": _lines("""
        換領人：陳嘉欣｜香港身份證 Y402158(2)｜聯絡電話 6348 2716｜已換領雙黃白蓮蓉 ×2
        收件人：林怡君 0928-571-034 台北市大安區和平東路二段96巷7弄3號4樓 鳳梨酥禮盒×3，請下午送
        姓名：吳雅婷 / 身分證字號：F226418537 / 福委會中秋禮金 NT$1,200 已匯入薪資帳戶
        客訴紀錄：黃志偉先生（HKID K583627(1)）投訴分店職員拒絕換領其月餅券，要求書面解釋
        Hi 我係鄭家豪，電話5107 3924，想問訂咗嘅20盒月餅幾時可以攞？我屋企喺沙田第一城。
        買受人改開個人：張書豪，身分證 A183027464，發票請寄到新北市板橋區文化路一段188巷5號3樓
    """),
    "en": _lines("""
        RECIPIENT: ZHANG LIYING | TEL: 130 3772 5814 | ADDR: Rm 1202, Bldg 5, Lane 300 West Zhongshan Rd, Changning Dist, Shanghai | ITEM: MK-24-HT08 x1
        Please ship the hamper to my flat: Tan Wei Ling, Blk 512 Tampines St 51 #08-214, Singapore 520512, HP 9183 2047, NRIC S8812345Z for customs.
        Nurul Aisyah binti Rahman (MyKad 880412-14-5526) ordered 12 mooncake boxes for her office; call her on 012-738 4015 before delivery.
        Refund approved for Mr Rajesh a/l Subramaniam: CNY 1,280 back to his ICBC card 6222 0246 4471 2157 172 after the crushed-hamper complaint.
        Kevin Zhou from procurement asked us to send the invoice to his personal mail kevin.zhou88@gmail.com, he is on paternity leave until 8 Oct.
        Marcus de Souza (FIN G5123456T) from the Shenzhen office asked for his mooncake allowance to be paid in cash because he is vegan.
    """),
    "mixed": _lines("""
        Customer 邓俊熙 又打电话来催 refund 了，他说 bank card 是 6212 2681 0997 7585 810，pls 今天 process 掉
        FYI 财务说 Linda 陈静怡 的年货报销 ¥3,680 超标了，要 VP approve，她下周一开始休产假
        @Amy 李 帮我 check 一下 Frank 的 hamper 寄哪了？他 wechat 是 frank_wangzg88，说到现在还没收到
        New hire CNY gift list：1) 谢凯文 Kevin Xie，18049327751，深圳市南山区桃园路田厦翡翠明珠花园 3栋 15B
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是月华食品官方微信客服助手，负责查询订单、修改地址和开票。"),
        ("user", "你好，我想改一下收货地址"),
        ("assistant", "您好～请提供订单号以及新的收货人、电话和详细地址。"),
        (
            "user",
            "订单289471036582，改成 成都市武侯区玉林北路2号玉林小区4栋2单元503，收件人唐诗雨，15201668340",
        ),
        ("assistant", "好的，已为您提交地址修改申请，仓库确认后会短信通知您。"),
    ],
    [
        ("user", "我是杨振华，上个月给我们公司客户订了60盒月饼，手机13902275168"),
        ("assistant", "杨先生您好，请问订单遇到了什么问题？"),
        (
            "user",
            "有一半晚了三天才到，客户投诉到我们老板那里，我这个季度的奖金被扣了两千，你们必须给个说法",
        ),
        ("assistant", "非常抱歉给您造成损失，我马上为您登记延误赔付，并升级给团购主管跟进。"),
    ],
    [
        ("user", "帮我开一张个人发票，金额1,288元"),
        ("assistant", "好的，请提供发票抬头姓名和接收邮箱；如需报销备案也可提供身份证号。"),
        ("user", "顾怡然，身份证310115199207082466，邮箱 guyiran0708@126.com"),
    ],
    [
        ("system", "你係月餅店嘅WhatsApp客服，用廣東話回覆。"),
        ("user", "你好，我想改送貨地址，訂單 HK24-09-5531"),
        ("assistant", "冇問題，請提供收件人姓名、電話同新地址。"),
        ("user", "何詠詩，9637 1048，將軍澳唐德街9號將軍澳中心2座18樓C室"),
        ("assistant", "收到，已經幫你更新，9月14日上午送到。"),
    ],
    [
        ("system", "You are the corporate gifting assistant of a Shanghai mooncake bakery."),
        (
            "user",
            "Hi, HR here. Three staff need their mooncake boxes sent home instead of the office.",
        ),
        ("assistant", "Sure, please send the names, mobiles and home addresses."),
        (
            "user",
            "1) Chen Yuxuan, 185 1609 3472, Room 601, No. 22 Lane 1500 Gumei Rd, Minhang; 2) Priya d/o Ramesh, 153 9702 6481, 18F Tower 2, Jing'an Kerry Residences; 3) Oliver Brandt, 138 1024 7759, Villa 37, Green Hills, Pudong",
        ),
    ],
    [
        ("user", "我家老人过中秋，想订两盒无糖月饼"),
        ("assistant", "好的，我们有低糖五仁和无蔗糖豆沙两款，请问寄到哪里？"),
        ("user", "寄江西南昌，青山湖区湖滨东路龙湖春江郦城7栋1502，是我爸家"),
        ("assistant", "收到，请提供收件人姓名和电话。"),
        (
            "user",
            "汪德胜，13326095817，身份证360111195407221374，他有糖尿病，千万别发错成普通款",
        ),
    ],
    [
        ("user", "退款什么时候到？说好的3天"),
        ("assistant", "您好，请提供订单号，我帮您查询退款进度。"),
        ("user", "订单 JD289455103672，退到农行卡 6228 4856 4353 2583 947，户名潘建军"),
        ("assistant", "已查询到，退款已于今天上午提交银行，预计1-2个工作日到账。"),
    ],
    [
        ("user", "Hi 我是 HR 的 Jessica 蔡，年货礼盒的员工名单要怎么给你们？"),
        ("assistant", "您好，请按模板填写 Excel 后发送到团购邮箱即可。"),
        (
            "user",
            "我先直接贴几个急的：Ivy 宋佳琪 13811460297 北京市海淀区双榆树北里5号楼3门201；Tony 邱浩 18910372548 北京市丰台区方庄芳群园一区6号楼1104。有问题发我私人邮箱 jessica.cai.hr@outlook.com",
        ),
    ],
    [
        ("system", "你是小区团购群的接龙助手，帮团长汇总订单。"),
        (
            "user",
            "帮我汇总一下中秋月饼接龙：秦淑芬 2盒 18765203394 5栋1单元302；苗建新 1盒 16620481357 8栋2单元1101；都是锦绣江南小区的",
        ),
        ("assistant", "已汇总：共2户3盒，均为锦绣江南小区。是否需要生成配送单？"),
        ("user", "要，另外秦阿姨说她腿刚做完手术，麻烦送上楼"),
    ],
    [
        ("user", "你们客服态度太差了，我要投诉"),
        ("assistant", "非常抱歉给您不好的体验，请问您的姓名和订单号是？"),
        ("user", "蒋丽萍，订单3825160947318852116"),
        ("assistant", "蒋女士您好，已查到您的订单，请问具体是哪位客服、什么问题？"),
        (
            "user",
            "9月8号那个客服说我是故意压坏礼盒骗退款，我住在长沙岳麓区麓谷小镇，邻居都看到快递是破的",
        ),
    ],
]
