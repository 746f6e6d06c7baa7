# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh275: 简体中文 二手奢侈品回收与寄卖店（鉴定、寄卖协议、回收报价、顾客身份登记、假货纠纷、店员工作群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh275
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "寄卖协议条款"): _lines("""
        第三条 寄卖期限：自寄卖物品入库鉴定完成之日起计算，默认寄卖期为90天；期满未售出的，甲方可选择续期、调价或取回，每次续期不超过60天。
        第五条 佣金标准：成交价1万元以下部分按20%收取，1万元至5万元部分按15%收取，5万元以上部分按12%收取，平台推广费另计，不设最低佣金。
        第六条 结算方式：物品售出且买家确认收货满7日无退货的，乙方于3个工作日内将扣除佣金后的货款转入甲方在登记表中预留的本人银行账户。
        第八条 鉴定责任：乙方出具的鉴定意见仅针对送检实物当时的状态，如经中检集团奢侈品鉴定中心复检结论不一致，以复检结论为准，复检费用由过错方承担。
        第九条 物品保管：寄卖期间物品存放于乙方恒温恒湿保险柜（温度18-22℃，湿度45%-55%），因乙方保管不善造成损坏的，按入库评估价的100%赔付。
        第十一条 禁止寄卖：仿冒品、来源不明物品、含象牙/玳瑁/鳄鱼皮但无CITES许可证明的物品、已被挂失或涉及诉讼的物品，乙方一律不予接收。
        第十二条 调价规则：寄卖满30天未售出的，乙方可建议下调挂牌价5%-10%，须经甲方书面或微信确认后方可执行，乙方不得擅自降价销售。
        附件二 物品清单（示例）：编号JM-2026-0412，品牌Hermès，款式Kelly 28 Sellier，材质Epsom，颜色Gold金棕，配件：锁、钥匙、防尘袋、雨衣，成色9.5新。
        第十四条 违约责任：甲方在寄卖期内擅自取回已上架物品的，应按挂牌价的3%向乙方支付下架服务费，但因乙方原因导致取回的除外。
        第十五条 争议解决：本协议适用中华人民共和国法律；因本协议产生的争议，双方应友好协商解决，协商不成的，提交上海仲裁委员会按其现行仲裁规则仲裁。
        乙方：上海沪奢典藏商贸有限公司，统一社会信用代码91310106MA7G2K8X5R，地址：上海市静安区南京西路1038号梅龙镇广场5楼，客服热线400-820-6617。
        第十七条 个人信息保护：乙方收集甲方身份证件信息仅用于依法履行实名登记及反洗钱义务，保存期限为交易结束后三年，不得向第三方提供，法律另有规定的除外。
        本协议一式两份，甲乙双方各执一份，扫描件与原件具有同等法律效力；签字栏与盖章栏请勿在电子版中预填。协议模板版本：CA-v3.2（2026年9月修订）。
    """),
    ("zh-Hans", "店员工作群"): _lines("""
        店长：今天下午3点的品牌培训改到二楼会议室，主题是新款LV Speedy P9的皮料和走线，大家带上放大镜和UV灯，迟到的记得找前台补签到。
        鉴定组：刚收的那只Chanel CF中号，芯片扫出来是2021年之后的款，但防尘袋字体间距不对，先别给报价，等明早二次复核再说。
        前台：3号柜那只劳力士绿水鬼（116610LV）今天第二拨人来问价了，挂牌¥98,000，客人想砍到9万，店长能不能给个底价？
        仓管：本周盘点完毕，在库寄卖品412件、回收自营品87件，其中超过90天未动销的有23件，清单已上传企业微信微盘“库存/2026W49”文件夹。
        运营：小红书账号今晚8点直播，主推爱马仕Picotin 18和Dior马鞍包，大家别在群里乱发直播间截图，水印要先处理好再发。
        店长：再提醒一次，所有顾客身份证复印件必须写上“仅供本店寄卖登记使用”并放进带锁的资料柜，不许拍照发群里，上次被总部点名批评了。
        鉴定组：今天送检的那块欧米茄超霸，表壳刻字“Speedmaster Professional”，机芯编号和保卡对得上，判定正品，报告编号AJ-20261207-015。
        财务：12月寄卖结算已跑完，共86笔，合计¥1,263,480.00，下周二统一打款；有退货纠纷的7笔先挂起，单号放在共享表格第三页。
        前台：闲鱼那边有买家说收到的GG Marmont链条包五金掉色，订单号XY2026112938417，要求退一半货款，大家看看怎么回复比较稳妥？
        店长：香港那家合作鉴定所周六不收件，急单改走顺丰即日达，寄件人一律写门店名称和门店座机021-6255-3180，不要写个人手机号。
        运营：双十二活动价已经改好，满5万减3000，会员再叠95折，后台活动ID是PROMO_1212_VIP，有问题今晚10点前在群里提出来。
        鉴定组：最近市面上高仿的Cartier Love手镯很多，螺丝槽口偏浅、内圈刻印字体偏粗，收货时一定拿标准件对比，别只看证书和发票。
        仓管：保险柜B的密码周一更换，新密码由店长当面告诉各位组长，不在群里发，也不要记在手机备忘录或者便利贴上，换完后请各组长在交接本上签字确认。
    """),
    ("zh-Hans", "回收报价单"): _lines("""
        2026年12月第一周回收参考价：Hermès Birkin 25 Togo 金扣（B刻/C刻），全套9新以上，回收价¥128,000-¥145,000，具体以实物鉴定为准。
        Rolex Submariner 126610LN 黑水鬼，2023年后保卡，盒证齐全，回收参考价¥72,000；单表无盒减¥4,000，有抛光痕迹的另议。
        Chanel Classic Flap 25cm 羊皮银扣黑色，芯片款，全套9.5新回收¥46,000，8新回收¥35,000，四角磨损严重的按7新处理。
        Louis Vuitton Neverfull MM 老花（M40995），带内袋，9新回收¥6,200；内衬有笔印、霉斑或异味的恕不回收，敬请谅解。
        Cartier Love 手镯 18K玫瑰金 经典款16号，有证书有发票回收¥38,500；无证书的需送检，检测费¥300由送检方承担。
        Patek Philippe 5711/1A 蓝盘（已停产），2021年保卡，回收价电议，请提前预约资深鉴定师到店评估，咨询热线400-820-6617。
        Dior Lady Dior 中号 藤格纹 黑色，9新全套回收¥24,000；该款因戴安娜王妃而得名，二手市场流通性好，各颜色均可回收。
        Gucci Jackie 1961 中号 白色¥9,800；Hermès Kelly 28 ¥118,000；Hermès Constance 18 ¥86,000；以上为12月7日报价，有效期7天。
        黄金首饰按当日上海黄金交易所Au9999收盘价减¥18/克回收，铂金减¥25/克，K金按实测含金量折算，不收镀金与包金饰品。
        报价单编号QT-SH-20261207-0093，物品：Bottega Veneta Jodie 小号，成色8.5新，初评¥7,500，复评¥7,200，有效期至2026-12-14。
        说明：以上均为含税回收价，如需开具收购凭证，请携带有效身份证件原件到店登记后付款；单笔超过5万元的一律通过银行转账支付。
        Audemars Piguet 皇家橡树15500ST，2022年卡，回收¥185,000；Vacheron Constantin 纵横四海4500V，回收¥142,000；价格随二级市场每日浮动。
        腕表回收扣费标准：更换过非原厂表带扣¥2,000，表镜划伤¥800起，防水测试不合格的需返厂保养，保养费用按品牌官方报价扣除。
    """),
    ("zh-Hant", "門市公告"): _lines("""
        本店由2026年12月15日起遷往尖沙咀廣東道33號中港城地下G12號舖，銅鑼灣舊址將同日停止營業，寄賣貨品會於搬遷期間妥善保管，敬請留意。
        寄賣查詢請致電門市熱線 2388 6172 或 WhatsApp 5138 2260（只限文字訊息），辦公時間星期一至六上午11時至晚上8時，公眾假期休息。
        根據《打擊洗錢及恐怖分子資金籌集條例》，單筆現金交易金額達港幣120,000元或以上，顧客須出示香港身份證或護照正本以作核實。
        本公司商業登記號碼：71823564-000-12-25-3，已向香港海關註冊為A類貴金屬及寶石交易商，註冊編號A-B-24-01-012345。
        澳門分店地址：澳門新馬路68號地下，電話 +853 2833 7451，提供愛馬仕、香奈兒、勞力士即場鑑定服務，鑑定費每件澳門幣300元。
        台北信義門市：台北市信義區松高路19號 新光三越A4館5樓，客服專線 (02) 2722-8865，統一編號 83196542，歡迎預約二手名錶估價。
        溫馨提示：本店從不會以私人手機號碼聯絡客人要求轉帳，如收到自稱本店職員的可疑來電，請即致電 18222 防騙易熱線查詢。
        農曆新年營業時間：年廿九至年初三休息，年初四起照常營業，寄賣貨款結算順延至2027年2月15日，期間網店照常接單，不便之處，敬請見諒。
        本店所有出售商品均附《真品保證書》，如經品牌專門店或獨立鑑定機構證實為仿冒品，全數退款並額外賠償貨價一倍，保證期為購買日起計十二個月。
        寄賣貨品上架後如需修改價格，請電郵至 consign@luxerelay.com.hk 並註明寄賣編號（例如 HK-CS-26-0788），我們會在兩個工作天內回覆。
        最新到貨：Hermès Lindy 26 Bleu Nuit、Rolex Daytona 116500LN 白面、Chanel 22 Bag 中號，歡迎親臨門市試揹，恕不接受電話留貨。
        招聘：誠聘兼職鑑定助理，需熟悉皮具及名錶，具兩年或以上相關經驗，有意者請將履歷電郵至 hr@luxerelay.com.hk，薪酬面議。
        消委會提醒：購買二手名牌手袋前應要求商戶提供書面鑑定報告及退貨條款；本店已參與「優質商戶」計劃，證書編號QTS-2026-4471。
    """),
    ("en", "authentication_faq"): _lines("""
        Q: Do you accept Hermès bags without the original receipt? A: Yes. Every Birkin, Kelly and Constance is checked by two senior authenticators; a receipt helps but is not required.
        Q: How long does authentication take? A: Handbags usually take 2-3 working days and watches 3-5 working days, longer if we need to open the caseback or send it to an independent lab.
        Q: What if an item I bought from you turns out to be fake? A: Contact us within 30 days with your order number (e.g. LR-SG-2026-11482) and we will arrange a re-check and a full refund if confirmed.
        Q: Can I consign a watch without box and papers? A: Yes, but the payout estimate drops by 8-15% depending on the model; a Rolex without its warranty card is harder to sell.
        Q: Where is your Singapore boutique? A: 391 Orchard Road, #03-12 Ngee Ann City, Singapore 238872. Walk-in valuation is free from Tuesday to Sunday, 11am to 8pm.
        Q: How do I contact you? A: Call our boutique line +65 6235 4180, WhatsApp Business +65 8123 9060, or email hello@luxerelay.sg; we never ask for payment to a personal account.
        Q: Why do you ask for my NRIC or passport? A: Under the Precious Stones and Precious Metals (PMLTF) Act we must verify identity for cash transactions above S$20,000.
        Q: Is the Chanel serial sticker enough to prove authenticity? A: No. Since 2021 Chanel uses microchips instead of hologram stickers, and both can be faked, so we check stitching, heat stamps and hardware.
        Q: What commission do you charge? A: 15% for items sold above S$10,000, 20% between S$2,000 and S$10,000, and 25% below S$2,000, with no listing fee for the first 120 days.
        Q: Do you buy limited editions like the Louis Vuitton x Takashi Murakami re-edition? A: Yes, we price them weekly against recent auction results from Christie's and Sotheby's Hong Kong.
        Q: Can you authenticate items bought overseas, for example from a resale shop in Tokyo or Paris? A: Yes, but please bring the original invoice so that the import and GST status can be confirmed.
        Q: What does Grade A mean on your listings? A: Grade A means light signs of use, no odour, corners intact and all hardware working; Grade N means new or unused with the original seal.
        Q: How are payouts made? A: By PayNow or bank transfer to an account in the consignor's own name within five working days after the buyer's 7-day return window closes.
    """),
    ("mixed", "log_and_config"): _lines("""
        2026-12-07 10:42:17.331 INFO [auth-svc] report_id=AJ-20261207-015 brand=OMEGA model=310.30.42.50.01.001 verdict=GENUINE reviewer_role=senior duration_ms=84213
        2026-12-07 11:05:02 WARN [pricing] sku=HER-BIR25-TOG-GHW-B price_update_failed reason="market feed timeout" retry=3 source=https://api.example-lux-index.com/v2/quotes
        consign.yaml: commission_tiers: [{max: 10000, rate: 0.20}, {max: 50000, rate: 0.15}, {max: null, rate: 0.12}] storage_days_free: 90 currency: CNY
        CSV表头：consign_id,store_code,brand,model,serial_no,grade,list_price_cny,floor_price_cny,intake_date,kyc_status,payout_status,settle_batch
        2026-12-07 14:20:55 ERROR [kyc-gateway] 实名核验接口返回 code=40012 msg="证件照片模糊" request_id=7f3a9c2e-41d8-4b6a-9e0f-22c1d8a5b6e4，已提示前台重新拍摄
        git commit 9c41e7ab2f: fix(listing): 修复 Kelly/Birkin 尺寸字段在小程序端显示为“undefined”的问题，影响版本 v2.8.3 至 v2.8.5，已回归测试
        .env.example: REDIS_URL=redis://localhost:6379/2 OSS_BUCKET=lux-consign-photos-sh SMS_SIGN=沪奢典藏 SMS_TEMPLATE_ID=SMS_48213977 FEATURE_CHIP_SCAN=true
        2026-12-07 16:31:09 INFO [logistics] order=JS20261207-0831 carrier=SF tracking=SF1428837462019 status=已揽收 from_store=SH-JA-01 to_store=HK-TST-02 insured_value=150000
        SELECT consign_id, brand, list_price_cny FROM consignment WHERE status = 'ON_SHELF' AND DATEDIFF(NOW(), intake_date) > 90 ORDER BY list_price_cny DESC LIMIT 50;
        2026-12-07 18:02:44 INFO [pos] invoice=INV-HK-2026-004417 store=HK-TST-02 total_hkd=86500.00 payment=FPS payee=company_account status=PAID cashier_role=shift_lead
        sha256(report_pdf)=953b9d511e310dfb7bb82b9818e2072f877b2369b3d00abd0e582d616477940f report=AJ-20261206-009 signer=LR-AUTH-CA-2026
        小程序埋点：event=quote_submit page=/pages/recycle/quote brand_id=12 category=watch est_price_range="50k-80k" channel=wechat_mini app_ver=3.14.0
        cron: 0 3 * * * /opt/lux/bin/sync_chanel_chip_db.sh --region=APAC --dry-run=false >> /var/log/lux/chip_sync.log 2>&1
    """),
    ("zh-Hans", "商品上架文案"): _lines("""
        【95新】Hermès Birkin 30 Togo 大象灰 银扣 2022年U刻，全套配件含购买凭证复印件，专柜配货难度高，现货在上海静安店，支持到店验货。
        【中古】Chanel 90年代 Vintage 金球方胖子 黑色羊皮 24K镀金链条，卡尔·拉格斐（Karl Lagerfeld）执掌时期的经典设计，附本店鉴定证书。
        【99新】Louis Vuitton 2024春夏 Speedy 40 Damoflage，Pharrell Williams 出任男装创意总监后的首个系列作品，吊牌与购物袋齐全。
        【9新】Bottega Veneta Andiamo 中号 焦糖色，Matthieu Blazy 时期作品，肩带无明显磨损，内里干净，挂牌¥16,800，诚心要可小刀。
        【全新】Rolex Day-Date 228238 香槟金盘 18K黄金，俗称“总统款”，因多位美国总统佩戴而得名，2025年12月保卡，表壳未拆膜。
        【95新】Gucci Jackie 1961 小号 黑色，设计灵感源自杰奎琳·肯尼迪，背面轻微压痕已在图3标注，商品编号SKU-GC-J61-S-0217。
        【中古】Dior 马鞍包 2000年 John Galliano 设计 Trotter老花 蓝色，五金有正常氧化，适合收藏爱好者，不接受以“有使用痕迹”为由退货。
        【9新】Celine Triomphe 中号 棕色，Hedi Slimane 2019年复刻凯旋门标志，配防尘袋，商品编号SKU-CE-TRI-M-0588，顺丰保价包邮。
        【孤品】民国老银手镯一对，重38.6克，内圈刻“足纹”二字，风格近似张爱玲《金锁记》中描写的旧式首饰，仅供收藏欣赏，不支持退换。
        【已售存档】Hermès Constance 18 Epsom 奶昔白 金扣 2024年B刻，成交价¥92,000，同款求购或寄卖请私信客服预约到店评估。
        【95新】Cartier 蓝气球 Ballon Bleu 36mm 精钢 WSBB0046，配原厂皮带和钢带各一条，2023年保卡，表盘与表镜无划痕。
        【85新】Prada Re-Edition 2005 尼龙 黑色，边缘有磨白，价格已含瑕疵折让¥600，挂牌¥5,200，瑕疵商品不适用七天无理由退货。
        【9新】Loewe Puzzle 小号 Tan色，Jonathan Anderson 任创意总监期间的代表作，五金轻微划痕，发货前二次消毒并全程拍视频存档。
    """),
    ("zh-Hans", "法规与行业新闻"): _lines("""
        按照二手商品流通相关规定，经营者收购二手商品时应当如实登记出售者身份信息及商品来源，登记资料依法保存，发现可疑物品应及时报告公安机关。
        上海市市场监管部门2026年11月通报：某二手奢侈品电商平台因虚假宣传“100%正品保障”被罚款人民币42万元，并被责令公开更正。
        2024年2月，美国纽约联邦法院陪审团裁定二手零售商What Goes Around Comes Around侵犯香奈儿商标权，判赔约400万美元，此案常被寄卖行业引用。
        中检集团奢侈品鉴定中心发布二手箱包鉴定服务团体标准征求意见稿，拟要求鉴定报告写明鉴定方法、鉴定依据及鉴定机构资质编号，征求意见截止日期为2027年1月31日。
        爱马仕最新季度财报显示皮具及马具部门收入继续增长，首席执行官Axel Dumas在电话会上表示将维持Birkin与Kelly的稀缺供应策略。
        海关提示：旅客携带境外购物品入境，总值超过人民币5000元的应主动申报；二手奢侈品无法提供购买凭证的，将按完税价格表核定税款。
        行业报告：2025年中国二手奢侈品市场规模约为人民币1,200亿元，其中箱包品类占比约52%，腕表约28%，珠宝首饰约14%，其余为服饰配件。
        香港海关2026年10月在深水埗一个工业单位检获约3,200件怀疑冒牌手袋及配饰，估计市值约港币580万元，案件仍在调查中。
        新加坡警方提醒，近期有诈骗集团冒充二手名牌店在社交平台发布“低价寄卖”广告，要求买家先付订金，公众可拨打反诈骗热线1799核实。
        马来西亚国内贸易及生活成本部（KPDN）表示，销售仿冒名牌商品属违法行为，执法人员可依据《2019年商标法》扣押货品并提起诉讼。
        国家市场监督管理总局发布的《网络交易监督管理办法》自2021年5月1日起施行，要求网络交易经营者公示营业执照信息并对商品质量负责。
        历史小知识：1837年蒂埃利·爱马仕在巴黎创立马具作坊；1984年时任总裁让-路易·杜迈在航班上与简·伯金邂逅，Birkin包由此诞生。
        路易·威登于1854年在巴黎开设第一家店铺，1896年其子乔治·威登设计了Monogram老花图案，用来对抗当时已经泛滥的仿冒箱包。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        顾客身份登记：姓名 黄佩玲，身份证号 310115199203182400，手机 13917284365，寄卖物品 Hermès Picotin 18，登记时间 2026-12-07 14:32，经办：前台2号。
        回收单HS-20261207-0112：卖方 邓志豪，男，身份证320506198807147932，住址 江苏省苏州市吴中区木渎镇金山路88弄12号602室，回收金额¥36,500，付款至招商银行6225 8821 4730 9186。
        店长：那位常来的林太今天又来寄卖了三只包，说是跟老公在闹离婚，急着把手里的东西变现，大家接待她的时候说话注意点。
        阿峰那块劳力士其实是他欠了网贷还不上才拿来卖的，他姐姐昨天打电话到店里求我们别收，这事大家先别外传。
        假货纠纷记录：买家 周晓雯（手机 18602153397）投诉2026-11-20购买的LV Neverfull为仿品，已向消保委投诉，投诉编号XB2026112000417。
        寄卖人孙建国先生寄存在保险柜的物品：百达翡丽5167A一块、卡地亚钻戒一枚（GIA证书2217384569），他特别叮嘱不要让他儿子知道东西在店里。
        小蔡今天请病假，说是做了乳腺结节穿刺，病理结果下周才出来，她手上的三个鉴定单先转给鉴定组其他同事。
        上门回收地址：北京市朝阳区望京西园三区312号楼2单元1103，联系人 冯女士 15810426637，约12月9日上午10点，物品为两只Chanel CF和一条VCA四叶草项链。
        微信转账备注“李文博 寄卖款 Kelly25 尾款”，金额¥84,600，收款人开户行：中国工商银行上海徐汇支行，账号6212 2610 0203 4471 285。
        13760018842 这个号码的人又打来问那只仿的迪奥包能不能退，已经打了七八次了，拉黑之前先跟店长确认一下。
        身份证440304197902110336，这个人上周在我们店卖了一块表，今天派出所打电话来说那块表是赃物，让我们配合调取监控录像。
        老顾客何美琪怀孕五个月了，说以后不背大包了，把她那只Birkin 35和两只Lindy都挂出来寄卖，底价让我们帮她谈。
        鉴定师王振东月薪税前18,500元加提成，这个月因为漏检了一只假的Cartier被扣了3,000元绩效，他本人已经签字确认。
        车牌沪A·7K3M2的那辆白色奔驰又停在店门口的卸货位上了，车主是来寄卖的熟客郑小姐，物业已经贴了两次条。
        寄卖协议签约方：甲方 刘思远，身份证 110105198509263612，联系电话 139-1628-0457，紧急联系人 刘母 张桂兰 13512096634。
        客人用邮箱 xiaomanzi.chen1992@163.com 发来一堆图片，说我们卖给她的香奈儿是假的，还说已经找了律师，要求三倍赔偿。
        回收登记表照片IMG_20261207_1432.jpg：手写“陶立新，身份证后四位031X，手机15026639018，金条200克，现金结算”。
        老马说他儿子在澳门赌输了差不多四十万，这才把家里收藏的十几块表全拿来估价，还让我们千万别跟他老婆提这件事。
        快递面单：收件人 吴倩 18817356024，浙江省杭州市拱墅区大关苑东五苑14幢3单元501，订单号JS20261206-0574，内件为Gucci Jackie 1961。
        前台记录：客户蒋慧敏说她患有抑郁症正在服药，情绪激动时会突然要求取回寄卖品，以后她来店里请安排店长亲自接待。
        寄卖结算：邱家豪，农业银行 6228 4811 2093 5572 017，应付¥52,380.00，已扣佣金¥9,245.00，结算单号JS-SETTLE-2026-1204-033。
        群里发错了：上面那张是唐雨欣的身份证正反面照片，请大家马上删除，不要转发，我已经跟店长报备过了。
        高先生（微信号 gao_yq_1979）说他在我们这买的绿水鬼拿去劳力士官方检测，说机芯被换过，要求退款并赔偿检测费¥2,800。
        投诉人钱雅琪称其2026年10月寄卖的Lady Dior被店员私自借给朋友背去参加婚礼，包上多了划痕，她已经报警，警方回执号为沪静公回字2026第18344号。
    """),
    "zh-Hant": _lines("""
        客人登記：陳嘉欣小姐，香港身份證 Y358217(3)，電話 6123 8847，寄賣物品：Chanel Boy Bag 中號，初步估價港幣32,000。
        回收付款記錄：梁偉倫先生，轉數快登記手機 9456 2031，金額 HK$68,500，物品 Rolex GMT-Master II 126710BLRO，已收款。
        澳門客戶歐陽詠琳，澳門居民身份證 5213487(6)，住址 澳門氹仔布拉干薩街88號海暉閣15樓C，寄賣 Hermès Kelly 25 一個。
        台北門市：林淑芬，身分證 F228361540，手機 0932-587-164，寄賣 Hermès Kelly 25，她說要賣掉籌錢給媽媽做化療。
        阿強哥話佢上個月俾人追數，成日打嚟問佢嗰隻AP幾時賣得出，佢欠咗財仔十幾萬，大家同佢講嘢小心啲。
        投訴記錄：黃太（電話 9785 4126）指本店賣出之 Cartier Love 手鐲為假貨，已向消委會投訴，要求全數退款港幣45,800元。
        寄件人 張志明，地址 新界沙田第一城32座18樓F室，電話 5437 6620，順豐單號 SF1583920476118，內附 Dior Saddle 手袋一個。
        員工群：Ivy 姐話佢老公喺醫院做緊心臟搭橋手術，今個星期請假，佢手上嗰三單寄賣交俾 Kenneth 跟進。
        寄賣合約：甲方 鄭文傑，身分證號碼 A131758292，戶籍地址 新北市板橋區文化路一段188巷7號4樓，玉山銀行帳號 0868-940-123456。
        何生嘅身份證影印本 K613592(7) 同埋住址證明（水費單，地址：九龍城太子道西嘉林閣8樓B室）已經掃描存檔。
    """),
    "en": _lines("""
        Consignor: Mr. Tan Wei Ming, NRIC S8734521A, mobile +65 9123 4476, items: Rolex Datejust 126334 and Chanel WOC, payout to DBS account 027-915482-3.
        Customer Rachel Goh emailed from rachel.goh.sg@gmail.com saying the Kelly she bought from us was fake; she says she has already made a police report.
        Note for staff: Jason Lim is going through bankruptcy, so do not accept his Patek on consignment until legal confirms the Official Assignee has no claim on it.
        Home pickup: 15 Jalan Kemuning, Taman Tun Dr Ismail, 60000 Kuala Lumpur, contact Puan Nurul Aisyah 012-387 5190, two Hermès bags and one Cartier watch.
        MyKad 880412-14-5523 was scanned at the counter for a gold bar buyback of RM 42,000; the seller said the money is for his wife's IVF treatment.
        Walk-in seller with FIN G5128347W, a domestic helper, wanted to sell a Chanel brooch she said was a gift from her employer; we declined and logged it.
        Invoice to: Mrs. Priya Ramasamy, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, Louis Vuitton Capucines MM, S$7,850, paid by Visa ending 4021.
        Daniel Chua's wife called the store crying; she found out he had consigned her wedding Cartier ring without telling her, and they are now separated.
    """),
    "mixed": _lines("""
        顾客 Cheryl Ong 的 NRIC S9012874D 已核验，寄卖 Hermès Mini Kelly II，payout 到 OCBC 601-283574-001，她 request 不要在 Instagram 上 tag 她。
        Ah Meng 那个 Singapore 客人又 WhatsApp 我 +65 9734 2018，问他的 Rolex 什么时候卖掉，说他 wife 要住院动手术急用钱。
        KL branch 登记：Lee Siew Ling，IC 910305-10-6688，H/P 016-227 4819，地址 No. 23, Jalan SS2/64, 47300 Petaling Jaya，回收 Chanel 项链 RM 8,900。
        consign_id=SG-CS-26-0914,name=Marcus Teo,nric=S8821456J,phone=+6598417732,email=marcus.teo88@outlook.com,item=AP 15500ST,kyc=PASS
        2026-12-07 15:44:03 INFO [kyc] customer_name="Huang Zhiqiang" id_type=PRC_ID id_no=510107199004150518 phone=13661829047 result=MATCH
        假货 case：buyer Vanessa Wong 说 via Carousell 买的 Chanel 22 是 fake，她用 vanessa.wongkl@yahoo.com.hk 发 email，已经 cc 了律师。
        店长 said 小美 最近放 maternity leave，三月才回来，她的 client list（包括 Ms. Chew 的 VIP 档案，mobile 9856 3312）先交给我跟进。
        Photo note：IMG_4471.HEIC 是 Mr. Nguyen Van Thanh 的 passport page，passport no. C7823140，他是 Vietnam 来的 tourist，卖 Rolex 拿现金 S$38,000。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是“沪奢典藏”二手奢侈品寄卖店的线上客服助手，负责解答寄卖流程、回收报价和鉴定问题，不得承诺具体成交价。",
        ),
        (
            "user",
            "你好，我叫许婉清，身份证330106199105229380，手机15921837764，想寄卖一只2021年的Birkin 25 Togo金棕色金扣，全套配件都在，大概能挂多少钱？",
        ),
        (
            "assistant",
            "许女士您好！参考近期行情，2021年Birkin 25 Togo金棕金扣全套、9新以上的挂牌价一般在¥13万至¥15万之间，最终以到店鉴定结果为准。另外提醒您，线上对话中不必发送完整身份证号，到店登记时出示原件即可。",
        ),
        ("user", "好的，那我周六下午去静安店可以吗？需要带购买发票吗？"),
        (
            "assistant",
            "可以，周六营业到晚上8点。建议携带发票或专柜配货单、身份证原件，以及锁、钥匙、防尘袋等配件，鉴定大约需要40分钟。",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给买家的回复函。买家叫彭立伟，收货地址是成都市武侯区玉林南路15号玉林小区6栋2单元402，订单号JS20261118-0362，他说我们卖的LV Keepall 45是假的，但我们的鉴定报告AJ-20261115-007显示是正品。",
        ),
        (
            "assistant",
            "以下是回复函草稿：彭立伟先生您好，关于您通过订单JS20261118-0362购买的Louis Vuitton Keepall 45，本店出具的鉴定报告AJ-20261115-007结论为正品。为妥善解决分歧，我们愿意将商品送至第三方权威机构复检；如复检结论为仿品，本店全额退款并按约定赔偿。需要我调整语气吗？",
        ),
        (
            "user",
            "语气再强硬一点，再加一句：如果他继续在小红书上发帖说我们卖假货，我们保留追究法律责任的权利。",
        ),
        (
            "assistant",
            "修改后的结尾：如复检结论为正品，复检费用及往返运费由您承担。在复检结论出具前，如您继续在社交平台发布本店售卖假货等不实言论，本店将保留依法追究名誉侵权责任的权利。建议发送前请法务再核对一遍措辞。",
        ),
    ],
    [
        (
            "system",
            "You are a customer service assistant for a Hong Kong luxury resale shop. Reply in Traditional Chinese; Cantonese style is fine.",
        ),
        (
            "user",
            "你好，我係梁太，想賣我老公留低嘅Rolex Daytona 116500LN，佢上年過咗身，保卡上面係佢個名梁國榮，咁樣你哋收唔收？",
        ),
        (
            "assistant",
            "梁太你好，對於你先生離世我哋深表慰問。如果保卡上嘅名同賣家唔同，我哋需要睇埋遺產承辦書，或者死亡證明同結婚證書，確認你有權處理呢件遺物，先可以安排回收。",
        ),
        (
            "user",
            "我有遺產承辦書，我身份證係M482193(4)，電話係9632 1587，可唔可以上門估價？我住喺大埔。",
        ),
        (
            "assistant",
            "可以安排上門估價。為保障你嘅私隱，身份證號碼唔使喺對話度提供，估價師上門時會核對正本。請問你星期幾方便？我哋門市同事會打 9632 1587 同你確認時間。",
        ),
    ],
    [
        (
            "system",
            "You help staff at a Singapore pre-owned luxury boutique check customer KYC forms before filing.",
        ),
        (
            "user",
            "Can you check this form for missing fields? Name: Kelvin Ho Jun Jie; NRIC: S7915338I; Address: Blk 108 Tampines St 11 #05-233, Singapore 521108; Item: Audemars Piguet 15202ST; Payout: S$98,000 cash.",
        ),
        (
            "assistant",
            "The form is missing his date of birth, nationality, contact number and the declaration on where the watch came from. Because the payout is a cash transaction above S$20,000, the boutique also has to file a cash transaction report, so keep a copy of the NRIC verification with the file.",
        ),
        ("user", "He now says he prefers a bank transfer. Does that change anything?"),
        (
            "assistant",
            "If the full S$98,000 goes by bank transfer to an account in Kelvin Ho Jun Jie's own name, the cash transaction report is not needed, but you should still complete customer due diligence and record his bank account details on the form.",
        ),
    ],
    [
        (
            "user",
            "帮我 summarize 一下今天 staff group 的重点：1) Joanne 说她 mother 住院，明天要 take leave；2) 客户 Mr. Lau Chee Keong 的 Patek 5711 consignment 已经 sign，payout 去 Maybank 5142 8830 9176；3) 下午 3pm 有 Chanel training。",
        ),
        (
            "assistant",
            "Summary：① Joanne 明天请假（家人住院），她的 appointments 需要重新安排；② Mr. Lau Chee Keong 的 Patek 5711 寄卖合约已签，结算账户 Maybank 5142 8830 9176；③ 下午3点 Chanel 培训。建议银行账号不要在群里公开转发。",
        ),
        ("user", "OK，再帮我写一句 message 提醒大家 training 别迟到，不要提 Joanne 的事。"),
        (
            "assistant",
            "各位，今天下午3点 Chanel training 请准时到二楼会议室，记得带 UV 灯和放大镜，谢谢！",
        ),
    ],
    [
        (
            "system",
            "你是门店CRM助手。当前客户档案：姓名 贺明轩，VIP等级 黑卡，手机 18930462258，生日 1987-03-15，偏好 爱马仕皮具，近期消费 Kelly 25 ¥118,000（2026-11-02），备注：刚离婚，不愿被问及家庭情况。",
        ),
        ("user", "帮我给这个客人写一条生日前的关怀短信，顺便推荐一下新到的Constance 18。"),
        (
            "assistant",
            "贺先生您好，沪奢典藏提前祝您生日快乐！本周新到一只Hermès Constance 18 Epsom奶昔白金扣，2024年B刻，成色98新。知道您偏爱爱马仕皮具，特意为您预留至3月12日，欢迎来店品鉴。退订回T",
        ),
        ("user", "不错，把“退订回T”去掉，加上店铺地址。"),
        (
            "assistant",
            "贺先生您好，沪奢典藏提前祝您生日快乐！本周新到一只Hermès Constance 18 Epsom奶昔白金扣，2024年B刻，成色98新，特意为您预留至3月12日。店址：上海市静安区南京西路1038号梅龙镇广场5楼，期待您的光临。",
        ),
    ],
    [
        (
            "user",
            "Hi, I want to sell my late grandmother's gold bangles at your KL shop. My name is Muhammad Hafiz bin Rahman, IC 930718-08-5417, phone 019-662 3084. It's about 120g of 916 gold. What price can I expect?",
        ),
        (
            "assistant",
            "Thank you for reaching out, and sorry for your loss. 916 gold is bought back against the day's gold price minus a small margin, so the final amount is set after weighing and testing at the counter. Please bring your MyKad; there is no need to share the IC number in this chat.",
        ),
        ("user", "Do I need my uncle's consent? He is the administrator of her estate."),
        (
            "assistant",
            "If the bangles are still part of your grandmother's estate, the shop will usually ask for the administrator's written consent or a copy of the letters of administration before buying them. If they were already handed to you, a short signed note from your uncle is usually enough.",
        ),
    ],
    [
        (
            "user",
            "我跟前夫正在打离婚官司，他有一块百达翡丽5167A放在我这里，我能不能拿到你们店卖掉？我叫罗佳颖，案号是（2026）沪0105民初23417号。",
        ),
        (
            "assistant",
            "罗女士您好。这块表目前可能属于诉讼中的争议财产，在法院作出判决或双方达成书面协议前，本店无法接收寄卖或回收，以免您和本店都承担法律风险。建议您先咨询代理律师。",
        ),
        ("user", "那如果我跟你们说这块表是我自己买的呢？"),
        (
            "assistant",
            "回收登记时我们需要核对购买凭证和保卡信息，如果无法证明归属，我们同样不能接收。建议等案件有结果后，再带判决书或协议来店，我们很乐意为您评估。",
        ),
    ],
    [
        (
            "user",
            "您好，我想預約上門估價，地址是台中市西屯區福科路76巷12號5樓，我是蔡宜庭，身分證E204817366，手機0958-213-679，有兩個香奈兒包和一支卡地亞手錶。",
        ),
        (
            "assistant",
            "蔡小姐您好，已為您記錄上門估價需求：台中西屯區，香奈兒包兩個及卡地亞手錶一支。提醒您身分證字號不需在線上提供，估價師到府時會核對證件正本。",
        ),
        ("user", "好，那星期六下午兩點可以嗎？我先生上班不在家，比較方便。"),
        (
            "assistant",
            "可以，已為您預約星期六14:00，估價師會在前一天以門市專線與您確認。請事先準備好保卡、購買證明與原廠配件。",
        ),
    ],
    [
        (
            "system",
            "You convert handwritten intake notes into CSV rows for the consignment system. Columns: consign_id,name,id_no,phone,item,grade,floor_price",
        ),
        (
            "user",
            "手写单：SH-CS-26-1207，韩静怡，身份证120103198708099383，电话13816720495，Chanel CF 中号 黑金，9新，底价4万5",
        ),
        (
            "assistant",
            "SH-CS-26-1207,韩静怡,120103198708099383,13816720495,Chanel Classic Flap Medium Black GHW,A,45000",
        ),
        (
            "user",
            "再加一张：SH-CS-26-1208，蒋文彬，身份证370202198306271836，电话13361905528，Rolex 126610LN，95新，底价7万",
        ),
        (
            "assistant",
            "SH-CS-26-1208,蒋文彬,370202198306271836,13361905528,Rolex Submariner 126610LN,A+,70000",
        ),
    ],
]
