# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh241: print shops, copy-and-print stores and custom business-card and wedding-invitation printers in mainland China (orders, proofs, invoices, customer groups, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh241
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "价目表"): _lines("""
        黑白复印A4单面0.3元/张，双面0.5元/张；单次满500张按0.2元/张计，A3按A4价格乘以2，身份证正反面复印到同一页1元一份。
        彩色激光打印A4 80g普通纸1.5元/面，157g铜版纸3元/面，200g哑粉纸4元/面，四边出血3mm不额外收费，专色（潘通色）另行报价。
        名片套餐：300g铜版纸双面覆哑膜，一盒100张25元，两盒起每盒20元；烫金、击凸、圆角每项加收15元，正常3个工作日出货。
        特种纸名片（刚古纸、珠光纸、莱尼纹、棉卡）每盒48元起，双面四色印刷，最少起订2盒，设计费另计50元/款，免费修改不超过3次。
        婚礼请柬定制：对折款12×18cm每份6.8元，含信封和火漆印；烫金加0.8元/份，激光镂空加1.5元/份，100份起订，打样费80元可抵货款。
        请柬个性化印宾客姓名加收1元/份，须提供Excel名单（一列一人），印前由客户逐一核对签字确认，签字后出现的错别字不予免费重印。
        胶装标书：A4 100页以内每本15元，100-300页每本25元，骑马钉每本3元，铁圈装每本8元；加急2小时内出货费用上浮50%。
        写真喷绘：PP背胶18元/㎡，相纸写真35元/㎡，户外车身贴60元/㎡，加裱KT板另加5元/㎡，易拉宝80×200cm含画面整套98元。
        工程图纸晒图：A0白图3元/张，A1白图2元/张，A0蓝图6元/张；CAD文件请先转PDF，线宽按1:100出图，本店不负责改图和核对尺寸。
        扫描服务：A4普通扫描0.5元/页，300dpi彩色扫描1元/页，A3书刊扫描2元/页，批量1000页以上另议，转可编辑Word收费5元/页。
        证件照：标准一寸或二寸冲印8张20元，电子版另加10元，含换底色（白、蓝、红）和简单修图，各类考试报名回执码不在代办范围内。
        不干胶标签：铜版纸不干胶1000张（5×3cm）45元，透明PVC不干胶1000张85元，模切异形加收30元刀版费，可按需要出卷装或平张。
        台历挂历定制：13页双环台历每本18元（500本起订），挂历每本26元；封面局部UV上光加2元/本，10月15日前下单赠送牛皮纸包装盒。
    """),
    ("zh-Hans", "门店公告"): _lines("""
        【通知】本店春节期间营业时间调整：1月26日至2月2日暂停营业，2月3日（正月初六）起恢复正常营业，急件请于1月24日前下单。
        各位顾客：因彩色生产机例行维护保养，3月18日14:00-17:00大幅面彩色输出暂停，黑白复印和扫描业务不受影响，给您带来不便敬请谅解。
        老王图文快印（漕溪北路店）已迁至上海市徐汇区漕溪北路595号1楼，原址即日起停止营业，门店咨询电话021-64381156，欢迎新老顾客光临。
        温馨提示：根据《印刷业管理条例》，印制印章样式、各类证件、票据以及带有国徽图案的资料，须出示相关批准文件，否则本店无法承接。
        本店已全面开通全电发票，开票请扫描收银台二维码，填写单位名称和纳税人识别号，增值税普通发票将在24小时内发送至您预留的开票邮箱。
        毕业季优惠：6月1日至6月30日凭学生证毕业论文胶装享8折，封面烫金字免费，华东师范大学中山北路校区门店营业时间延长至晚上10点。
        失物招领：5月9日下午在自助打印区拾到U盘一个（黑色金士顿64G），请失主到前台说明U盘内的文件内容后认领，物品保管期为30天。
        公告：即日起本店不再代为排版含他人身份证号码、手机号码的名单类资料，如确需打印请先自行做脱敏处理，感谢各位顾客理解配合。
        张记名片印刷厂（东莞市长安镇）五一放假安排：5月1日至5月5日放假，5月6日起正常发货，客服微信号zhangji_mingpian_kf假期仍有人值守。
        深圳市福田区华强北路1019号华强广场B座3楼合作门店本周六起提供24小时自助打印，支持微信小程序“云打印”下单，凭取件码到机器取件。
        重要提醒：近期有不法分子冒充本店客服，以“订单异常需要退款”为由索要短信验证码，本店官方客服电话仅为400-820-6618，请勿轻信。
        设备升级完成：门店已引进柯尼卡美能达AccurioPress C4080生产型数码印刷机，彩色名片最快当天可取，起印量从5盒降至1盒。
        环保倡议：本店回收废旧硒鼓和墨盒，每交回一个可抵扣2元打印费，回收物统一交由有资质的第三方机构处置，门店不回收含文字的纸张。
    """),
    ("zh-Hans", "员工工作群"): _lines("""
        【夜班交接】今晚C4080卡纸三次，定影器已经清理过，明早麻烦早班同事联系柯美售后上门，报修单号KM-SH-20250318-0072已登记。
        前台注意：订单DD20250412-0356的婚礼请柬，客户要求把烫金改成烫玫瑰金，加价已经确认过了，样稿V3已上传到共享盘“请柬/四月”目录。
        仓库盘点：157g铜版纸还剩12令，300g白卡只剩4令，采购明天上午统一下单，顺便补两箱70g的A4复印纸和一箱A3的，别再断货了。
        下午三点有一批标书要胶装，一共40本每本约220页，麻烦装订组提前把热熔胶机预热好，别再像上周那样书脊开胶被退回来返工。
        再提醒一次：顾客拿来复印的身份证、户口本原件复印完必须当场归还，不许留在复印机上，上周又有一张证件被忘在复印机玻璃板上了，大家务必注意。
        顺丰今天17:30上门收件，要寄的请柬请打包好贴好面单，单号SF1428603917524这批统一登记在发货表里，寄件备注别漏填。
        美团这边的打印订单本周好评率掉到97.8%，差评主要说等待时间长，周末高峰期请多排一个班次在自助打印区引导顾客扫码下单。
        新到的潘通871C金色油墨已经入库，上机前先打色卡给客户确认，别直接开印，上个月就是因为金色偏暗整单请柬被客户退了回来，损失不小。
        本月对账：对公账户收款合计86,420.50元，微信收款31,208元，支付宝12,775元，和系统流水差了260元，请财务今天下班前核对一下。
        以后样稿发给客户确认时一律加“样稿仅供校对”水印，PDF设置为禁止打印和复制，防止有人拿我们的样稿去别家低价印刷，这点大家一定要落实。
        今天接了一单80盒名片，是一家律所的统一订单，Logo用潘通2768C，中文字体统一用方正兰亭黑，英文用Helvetica，周四前交货。
        大幅面HP Latex 570打印头又报E22错误，已经按手册拔插重装过，明天还是不行就打惠普企业服务热线报修，记得带上机器序列号。
        双十一活动方案：名片买两盒送一盒、请柬满300份减100元，活动海报文案周五前定稿，抖音小店和小红书的链接由运营组统一发布。
    """),
    ("zh-Hans", "商家点评"): _lines("""
        这家快印店就在地铁站出口旁边，打印毕业论文很快，胶装一本12元，店员还帮忙把目录页码重新对齐了，就是中午人多要排一会儿队。
        在“李师傅图文”做了婚礼请柬，纸张手感很好，烫金边缘干净没有糊版，唯一不足是打样多等了两天，总体给四星，愿意推荐给朋友。
        避雷！网上下单定制的名片，收货发现颜色比样稿暗很多，客服坚持说是屏幕色差不给重印，最后申请平台介入才退回了一半货款，以后不敢乱下单了。
        南京新街口附近最靠谱的复印店之一，彩印价格公道，A3海报5元一张，店员会主动提醒设计稿要留出血位，每天营业到晚上十点，周末也不休息。
        定制的请柬礼盒做工很精致，火漆印可以在二十多种字母款里挑，拿到的客人都说好看，物流用的是顺丰，从上海寄到广州三天就到了。
        评分3.5分：自助打印机经常缺纸，扫码付款后不出纸还得找店员人工退款，建议门店增加巡查频次，其他服务和价格都还可以接受。
        给公司印了200本员工手册，骑马钉装订很整齐，报价比网店还低一些，发票当天就开好了，公司下次的年会物料还会继续找这家，值得推荐。
        徐家汇宜家对面那家印刷店不推荐，订单上写好的刚古纸到了取货时换成了普通白卡，追问之后才承认没有货，但价格却一分没降，体验很差。
        大众点评上排名第一的“王记名片专卖”确实是老字号，手工烫金比机器烫的更有立体感，不过店里只收现金和微信，不支持刷卡，去之前记得准备好。
        成都春熙路附近这家打印店能做照片书，60页精装相册装帧很扎实，交期十天比承诺的还快两天，就是在线设计模板的可选款式少了点。
        排版设计师很专业，建议请柬正文引用《诗经·桃夭》“之子于归，宜其室家”，正文用思源宋体、标题用手写体，整体风格更加协调典雅。
        价格很透明，门口就贴着价目表，黑白复印两毛一张，对学生党非常友好，只是店里空调不太给力，夏天排队打印的时候有点闷热难受。
        上海福州路文化街上有几家老店专做古籍影印和线装书复制，宣纸仿真效果不错，适合做族谱和地方志的复制本，收费按筒子页计算，价格可以商量。
    """),
    ("zh-Hans", "行业规定与历史"): _lines("""
        《印刷业管理条例》规定，印刷企业接受委托印刷各类证书、证件、票据等特种印刷品时，应当验证委托方的合法证明并依法登记备查。
        根据《印刷品承印管理规定》，印刷企业应当建立承印验证、登记、保管、交付、销毁五项制度，承印档案及样本至少保存两年以备查验。
        出版物印刷须核验《印刷委托书》，而商业广告、名片、请柬等一般包装装潢印刷品和其他印刷品，可凭委托方有效证明承印，无需前置审批。
        依据《中华人民共和国发票管理办法》，开具发票应当按照规定的时限、顺序、栏目全部联次一次性如实开具，不得虚开或者代开发票。
        北宋庆历年间，毕昇发明泥活字印刷术，其事见于沈括《梦溪笔谈》卷十八，这一技术比欧洲谷登堡的金属活字印刷早了约四百年，影响深远。
        王选院士主持研制的汉字激光照排系统在上世纪八十年代起逐步推广，使中国印刷业告别“铅与火”，进入了“光与电”的数字化新时代。
        商务印书馆1897年创立于上海，早期出版的英语课本《华英初阶》风行一时，张元济主持编译所之后又大力推动了近代新式教科书的普及。
        《个人信息保护法》第二十八条将身份证件号码、金融账户、行踪轨迹等列为敏感个人信息，复印店如需留存证件复印件应取得单独同意。
        按照国家标准GB/T 148-1997，A4纸幅面为210mm×297mm，A3为297mm×420mm；国内名片常用尺寸90mm×54mm，欧式名片为85mm×55mm。
        包装印刷企业挥发性有机物排放须符合GB 41616-2022《印刷工业大气污染物排放标准》，数码快印门店一般按排污登记管理执行。
        统一社会信用代码共18位，以某印刷公司代码91310104MA1FR6KQ3X为例，第1位表示登记管理部门，第2位表示机构类别，第3至8位为行政区划码。
        依照《著作权法》，字库作品受保护，商业印刷使用方正、汉仪等字体需取得授权，思源黑体、思源宋体和站酷快乐体则可在遵守许可协议的前提下免费商用。
        1440年前后，约翰内斯·谷登堡在美因茨研制出金属活字印刷机，他印制的《四十二行圣经》被公认为西方早期活字印刷的代表作品之一。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：名片幾天可以取貨？答：一般銅版紙名片需3個工作天，特殊紙及燙金名片需5至7個工作天，急件加收50%可於翌日下午取件。
        問：可以直接用Word檔案印刷嗎？答：建議轉成PDF/X-1a格式並將文字外框化，Word檔案容易因字型缺失導致跑版，本店不負責文字校對。
        問：喜帖最少要訂多少份？答：喜帖最低訂量為50份，其後每加印50份另計，價錢已包括信封及內卡；燙金、壓紋及激光雕刻另有報價。
        問：門市地址在哪裡？答：旺角彌敦道688號旺角中心第1期12樓1208室，港鐵旺角站E2出口步行約3分鐘，營業時間星期一至六10:00-19:00。
        問：如何聯絡客服？答：請致電門市 2388 1626 或 WhatsApp 9730 4152（只限文字查詢），電郵 order@kowloonprint.com.hk，一個工作天內回覆。
        問：可以開立統一編號發票嗎？答：可以，結帳時請提供公司抬頭及統一編號（例如 24536806），電子發票會寄送至貴公司指定的信箱。
        問：付款方式有哪些？答：接受現金、八達通、轉數快（本公司FPS識別碼 1638527）及信用卡，公司客戶可申請月結，須先簽署月結協議。
        問：印出來的顏色和螢幕看到的不一樣？答：螢幕以RGB顯示，印刷使用CMYK四色，難免有色差，如對顏色要求嚴格，請先付費打樣HK$120。
        問：可以幫忙印公司印章或證件嗎？答：依法本店不承印任何證件、鈔票、印章圖樣等，如需印製有關文件，請出示相關部門的授權證明。
        問：台北門市附近好停車嗎？答：門市位於台北市中正區重慶南路一段書店街，附近有公有停車場，但週末車多，建議搭捷運至台大醫院站。
        問：檔案需要留出血嗎？答：請每邊預留3mm出血，文字與裁切線至少保持3mm安全距離，圖片解析度300dpi以上，黑色文字請使用單色K100。
        問：可以退換貨嗎？答：客製化印刷品一經確認稿件即不設退換，如屬本店印刷品質問題，請於收貨後7日內附上照片及訂單編號聯絡客服處理。
        問：可以寄送到澳門嗎？答：可以，澳門地區經順豐速運寄送，運費MOP 45起，一般2至3個工作天送達，大型海報筒及展架運費另計。
    """),
    ("en", "order_system_logs"): _lines("""
        2025-04-12T09:14:07+08:00 INFO order.created id=DD20250412-0356 sku=INV-FOLD-12x18-GOLD qty=120 channel=wechat_miniprogram amount_cny=816.00
        2025-04-12T09:15:22+08:00 WARN preflight job=PF-88213 file=proof_v3.pdf issue="missing bleed 3mm" pages=2 action=auto_extend
        2025-04-12T10:02:48+08:00 INFO rip.queue printer=KM-C4080-01 job=PF-88213 sheets=60 media=300gsm_coated duplex=true est_min=14
        2025-04-12T11:30:19+08:00 ERROR printer=HP-LATEX570 code=E22 msg="printhead 3 not detected" retry=2 ticket=SVC-4471 store=SH-XUHUI
        2025-04-12T14:05:33+08:00 INFO invoice.issued no=25312000000184736592 type=digital_vat_general amount=816.00 tax=46.19 seller_uscc=91310104MA1FR6KQ3X
        2025-04-12T15:41:10+08:00 INFO shipment.created carrier=SF tracking=SF1428603917524 parcels=2 weight_kg=3.6 origin=SH-XUHUI-STORE
        2025-04-12T16:20:55+08:00 INFO payment.refund order=DD20250409-0211 amount=45.00 reason=color_mismatch approved_by=role:store_manager
        2025-04-12T18:02:14+08:00 DEBUG kiosk=KSK-07 event=print_done pages=12 color=bw paid=3.60 method=alipay_qr trace=7f3a9c21e4b8d605
        2025-04-12T19:45:00+08:00 INFO cron.cleanup deleted_files=1284 older_than_days=7 bucket=oss://print-uploads-sh retention_policy=v2.1
        2025-04-12T20:10:31+08:00 WARN stock.low item=PAPER-300G-WHITECARD remaining_reams=4 reorder_point=6 supplier=APP-Sinarmas
        2025-04-13T08:00:02+08:00 INFO health ok service=order-api version=3.8.2 build=a91f0c7 uptime_h=71.4 db_latency_ms=12
        2025-04-13T08:31:44+08:00 INFO proof.approved order=DD20250413-0018 version=v2 approver=customer_portal sku=BC-300G-MATTE-100 qty=2
        2025-04-13T09:05:12+08:00 ERROR webhook.failed target=https://api.example-print.cn/notify status=502 attempts=3 order=DD20250413-0021
    """),
    ("mixed", "config_and_code"): _lines("""
        PRINT_SHOP_HOTLINE=400-820-6618  # 门店统一客服热线，显示在小程序“联系我们”页面底部，工作时间 09:00-21:00
        invoice = {"seller_name": "上海老王图文设计有限公司", "seller_tax_id": "91310104MA1FR6KQ3X", "bank": "招商银行上海徐汇支行", "rate": 0.06}
        SKU_MAP = {"BC-300G-MATTE-100": "名片300g哑膜100张", "INV-FOLD-12x18-GOLD": "对折请柬烫金款", "PST-A2-PP": "A2 PP背胶海报"}
        def price_bc(boxes: int) -> float: return 25.0 if boxes == 1 else 20.0 * boxes  # 名片阶梯价规则 v2025.03，两盒起按20元/盒
        card_template = {"name": "{{姓名}}", "title": "{{职位}}", "mobile": "{{手机}}", "email": "{{邮箱}}"}  # 名片模板占位符，渲染时替换
        SELECT order_no, sku, qty, status FROM orders WHERE store_id = 'SH-XUHUI' AND created_at >= '2025-04-01' ORDER BY created_at DESC LIMIT 50; -- 本月门店订单
        printer: {model: "Konica Minolta AccurioPress C4080", ip: "192.168.10.41", tray_3: "300gsm coated", icc: "FOGRA39"}  # 前台彩色生产机
        SMTP_FROM=noreply@laowangprint.cn SMTP_HOST=smtp.exmail.qq.com SMTP_PORT=465  # 订单确认邮件模板 order_confirm_v4.html
        CSV表头：order_no,store_id,sku,qty,unit_price,total,paper,finish,proof_version,ship_carrier,tracking_no,created_at
        const BLEED_MM = 3; const SAFE_MM = 3; const DPI_MIN = 300; // 印前检查阈值，低于300dpi时弹窗提醒客户重新上传高清文件
        cleanup_cron: "0 3 * * *"  # 每天凌晨3点删除7天前的上传文件 oss://print-uploads-sh/tmp/，对应隐私政策第5条
        git log --oneline -1 → 3e9d2a1 fix(proof): 样稿水印在A3横版错位 #482 (ci-bot <ci-bot@laowangprint.cn>, 2025-04-11)
        docker run -d --name rip-server -e LICENSE_KEY=DEMO-0000-1111 -p 8080:8080 registry.cn-shanghai.aliyuncs.com/printops/rip:2.4.1
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        陈先生的婚礼请柬订单：新郎陈志远、新娘周雨桐，婚期2025年10月18日，宴会在杭州西湖国宾馆，请柬印量120份，定金300元已付。
        客户林女士来电说她复印完的身份证原件忘在店里了，身份证号330106199102033569，让我们先帮她收好，下午五点过来取。
        阿强又来赊账了，之前印的传单还欠1,850元没结，他说最近生意亏了、老婆要跟他离婚，月底一定还，问能不能再宽限几天。
        收件人：黄美玲，电话139 1672 4085，地址：广东省深圳市南山区桃园路海月花园3栋1204室，物品：结婚请柬2盒，运费到付。
        名片内容确认：刘建华 | 销售总监 | 手机 186-0213-5547 | 邮箱 liujianhua.sales@163.com，样稿确认后印两盒。
        前台说经常来打印材料的孙阿姨这周打了好几份化疗方案和住院发票，听说是肺癌晚期，大家接待她的时候注意一下，别多问。
        发票抬头开个人：王丽娟，邮箱wanglijuan0823@qq.com，手机15821937764，金额368元，开票项目为印刷服务费。
        退款申请：订单DD20250409-0211，买家吴晓东，退款原因颜色偏暗，退回账户招商银行6214 8321 5076 9043，户名吴晓东。
        郑太太交来的喜帖名单里写着“前夫家的亲戚一律不请”，她特意叮嘱印前把那三桌名单删掉，说离婚官司还没打完。
        快递单：寄件人何文斌 138 0571 6629，收件人何秀英，浙江省绍兴市越城区城南街道金色家园7幢2单元301室。
        证件照订单备注：顾客杨子涵，9岁，办护照用，家长杨帆电话177 5520 3186，取件时核对家长姓名。
        工资条：前台小周（周婷）3月实发4,860元，扣迟到罚款200元，社保个人部分已代扣，请本人签字确认。
        老李说他儿子李浩然考上了复旦，要印100份升学宴邀请函，宴会就在他家小区门口的饭店，电话留的是老李本人13916628803。
        顾客投诉：我叫冯静，上周在你们店里打印的简历被人拍照发到了业主群里，上面有我的手机号和住址，我要求你们给个说法！
        车牌沪A·D73K2的车主在店门口违停挡住了送货车，挪车电话打了也不接，物业说车主是楼上三楼的住户。
        身份证复印件留档：姓名 徐浩，性别 男，出生 1995年7月14日，住址 南京市玄武区珠江路688号2单元502室，公民身份号码 320102199507144817
        订单备注：联系人手机136****7219，取件时核对手机后四位，请勿把号码写在请柬外包装上。
        “幸福里婚礼请柬客户群”里，新娘许晴说自己怀孕四个月了，婚礼要提前到下个月，请柬加急，日期改成6月8日。
        DD20250315-0098,谢振宇,13817294456,上海市浦东新区张杨路1201弄8号602室,名片2盒,已发货,SF1428609931285
        罗经理的名片改稿：罗国栋，华东区域经理，手机182 1736 4490，微信号luoguodong_1985，背面加二维码。
        欠款催收记录：曹伟（宏达装修队），2024年11月至2025年2月累计欠印刷费6,730元，多次拨打13956108872未接，拟起诉。
        毕业论文打印单：学生蒋欣怡，学号2021213467，复旦大学新闻学院，胶装5本，封面烫金，导师签字页另印一份。
        取件登记：4月12日15:20 韩磊代母亲取请柬样稿，出示身份证440305199308172134，核对无误后签字取走。
        店员私下议论：常来复印的那个高个子叫邓凯，听说前阵子因为帮人印假发票被派出所拘留了十五天。
        婚宴座位卡第3桌：唐建国（新郎父亲）、唐秀兰（姑姑）、马志刚（舅舅）、马丽（表妹），请按此顺序印制。
        转账截图：付款人 潘晓燕，账号 6228 4804 0256 3317 019，金额 1,260.00 元，附言 请柬尾款。
        邮件：您好，我是梁嘉怡，附件是我和男朋友的婚纱照，用作请柬封面，请不要外传，谢谢！我的邮箱是liangjiayi_1993@outlook.com。
        胡阿姨家在成都市武侯区玉林北路2号附5号3单元401，她老伴上周刚去世，腿脚又不方便，印好的讣告请直接送上门。
    """),
    "zh-Hant": _lines("""
        客戶陳家豪先生訂喜帖150份，婚宴設於尖沙咀半島酒店，聯絡電話 9267 3815，訂金港幣1,500元已經以轉數快收妥。
        身份證副本：姓名 李詠詩，香港身份證號碼 K527318(8)，客人要求印會員卡時核對身份，核對後即時銷毀副本。
        林太話佢個仔喺學校畀人蝦，想印啲傳單貼喺屋邨大堂，我哋勸佢報警先，佢留低嘅電話係6138 2274。
        台北客戶張雅婷小姐，身分證字號 A228417364，電子發票手機條碼載具 /K7Q2.3M，訂購喜帖80份。
        喜帖名單更正：男方家長 吳志明、黃淑芬，女方家長 蔡國雄、許美華，請於帖內「謹詹於」前按此順序排列。
        阿傑欠印刷費港幣3,200元已經三個月，佢話自己最近失咗業又要還卡數，想分期每個月還500。
        送貨地址：九龍紅磡黃埔花園第八期12座16樓F室，收件人 梁寶儀，電話 5432 8861，物品：婚禮謝卡200張。
        澳門客戶何志強先生，澳門居民身份證號碼 5215738(3)，電話 6628 4173，訂購名片兩盒，寄往氹仔住所。
        客人鄭美玲投訴：佢話自己打印嘅驗孕報告同離婚協議書畀店員睇咗，仲喺門口講出嚟，要求店舖公開道歉。
    """),
    "en": _lines("""
        Customer: Jason Tan Wei Ming, NRIC S8734216F, mobile +65 9127 4836, 3 boxes of name cards for pickup at the Bugis outlet on 14 May.
        Wedding invitation proof for Rachel Lim and Daniel Koh, ceremony 21 September 2025; RSVP to Rachel at rachel.lim.wedding@gmail.com.
        Refund to Mr Ahmad Faizal bin Rahman, Maybank account 1140 2278 5563, RM 420.00, reason: his surname was misprinted on the invitations.
        Front desk note: Mr Ong Boon Keat, who prints his chemo schedules every Monday, asked us to keep his files off the shared kiosk.
        Debt ledger: Kevin Chua still owes SGD 1,980 for event banners since January; he says he lost his job and is going through a divorce.
        Shipping label: Ms Priya Nair, Blk 423 Tampines Street 41 #08-217, Singapore 520423, tel 8831 6402, wedding favour tags x150.
        Found on the scanner glass: a photocopy of work pass FIN G6148293N belonging to Liu Chang; keep it in the safe until he collects it.
    """),
    "mixed": _lines("""
        客户 Tan Mei Ling 的 MyKad 900312-14-5678 复印件已收，婚礼请柬寄到 No. 18, Jalan SS2/24, Petaling Jaya, 47300 Selangor。
        Please call 陈先生 at 13761942850 before delivery, 他白天上班，晚上7点后才在家，货放门口会被偷。
        Proof approved by 周晓明 (zhou.xiaoming@sina.com), 名片 x2 boxes, 寄到北京市海淀区学院路甲5号院12号楼3单元502。
        WhatsApp from Auntie Lee: 我女儿 Cheryl 下个月 due, baby shower 的 invitation 要粉红色，送到 Blk 127 Bedok North Road #05-32。
        催款 reminder: Mr. Wong Kar Lok 欠我哋 HK$5,600 for 公司年報印刷，佢話下個月出糧先還，手提 6793 2108。
        TW order: 收件人 黃柏翰, 0928-613-475, 台中市西屯區河南路二段262號7樓之3, 喜餅卡 & 喜帖 combo x80。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是“老王图文快印”的客服助手，负责帮门店起草通知短信和回复顾客消息，语气礼貌简洁。",
        ),
        (
            "user",
            "帮我写一条取件提醒短信：客户周建明，手机13651827349，订单DD20250418-0072，名片2盒已经做好了。",
        ),
        (
            "assistant",
            "周先生您好，您在老王图文快印的订单DD20250418-0072（名片2盒）已制作完成，请携带取件码到漕溪北路595号门店领取。如有疑问请致电021-64381156。",
        ),
        ("user", "再加一句营业时间，早九点到晚九点。"),
        (
            "assistant",
            "周先生您好，您的订单DD20250418-0072（名片2盒）已制作完成，请于营业时间9:00-21:00到漕溪北路595号门店领取。如有疑问请致电021-64381156。",
        ),
    ],
    [
        (
            "user",
            "下面是客户给的喜帖宾客名单，帮我整理成CSV，列名用 姓名,称呼,桌号：张国平 叔叔 1桌；张国平太太 婶婶 1桌；钱晓梅 大学室友 5桌；钱晓梅男朋友 5桌。",
        ),
        (
            "assistant",
            "姓名,称呼,桌号；张国平,叔叔,1；张国平太太,婶婶,1；钱晓梅,大学室友,5；钱晓梅男朋友,,5。注意：“张国平太太”和“钱晓梅男朋友”没有具体姓名，印制个性化请柬前建议向新人确认。",
        ),
        ("user", "好的，新人说婶婶叫吕秀珍，男朋友叫孔德伟，你改一下。"),
        (
            "assistant",
            "已更新（每行用分号隔开）：姓名,称呼,桌号；张国平,叔叔,1；吕秀珍,婶婶,1；钱晓梅,大学室友,5；孔德伟,朋友,5",
        ),
    ],
    [
        ("system", "你係一間香港印刷公司嘅助手，用廣東話書面語幫老闆寫WhatsApp訊息。"),
        (
            "user",
            "幫我寫個追數訊息畀何先生（何俊賢），佢三月印嘅公司年報仲欠HK$3,800，佢手提係9154 2708，語氣要客氣但要講明月底前要找數。",
        ),
        (
            "assistant",
            "何先生您好，我係九龍印刷嘅客戶服務部。貴公司三月份訂印嘅年報尚有HK$3,800未結清，麻煩您於本月底前以轉數快或支票繳付。如有任何疑問，歡迎隨時回覆此訊息。多謝合作！",
        ),
        ("user", "佢上次話自己離婚緊冇錢，要唔要提一提分期？"),
        (
            "assistant",
            "建議唔好喺訊息度提及何先生嘅私人狀況，可以簡單加一句：「如一次過付款有困難，歡迎聯絡我哋商討分期安排。」咁樣既體諒對方，又唔會令佢尷尬。",
        ),
    ],
    [
        (
            "system",
            "You are the order assistant of a Singapore print shop. Customer on file: Mdm Siti Nurhaliza binte Osman, NRIC T0251867D, mobile 9036 1472, 3 Jurong West Street 91 #11-405.",
        ),
        (
            "user",
            "The customer wants her NRIC printed on the back of her staff name cards. Can we do that?",
        ),
        (
            "assistant",
            "I would advise against it. Printing an NRIC number on name cards exposes it to everyone who receives a card, and under the PDPA advisory guidelines organisations should not collect or display full NRIC numbers unless required by law. Suggest printing her staff ID or company details instead.",
        ),
        ("user", "OK, draft a short message to her explaining that."),
        (
            "assistant",
            "Dear Mdm Siti, thank you for your order. For your security we recommend not printing your NRIC on the name cards; we can print your staff ID or office line instead. Please let us know your preference and we will update the proof.",
        ),
    ],
    [
        (
            "user",
            "Tolong buat ayat kad jemputan kahwin dalam BM dan Cina: pengantin Nur Aisyah binti Kamal dan Lim Wei Jie, 15 Jun 2025, Dewan Serbaguna Taman Melawati, Kuala Lumpur.",
        ),
        (
            "assistant",
            "Dengan segala hormatnya kami menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan Nur Aisyah binti Kamal dan Lim Wei Jie pada 15 Jun 2025 di Dewan Serbaguna Taman Melawati, Kuala Lumpur. 中文：谨定于2025年6月15日为Nur Aisyah与林伟杰举行婚礼，敬请光临吉隆坡Taman Melawati多功能礼堂。",
        ),
        ("user", "RSVP letak nombor ayah pengantin perempuan, Encik Kamal bin Yusof 012-738 4419."),
        (
            "assistant",
            "Sila tambah di bahagian bawah kad: RSVP: Encik Kamal bin Yusof, 012-738 4419. 中文：回复出席请联系 Encik Kamal bin Yusof，电话 012-738 4419。",
        ),
    ],
    [
        ("system", "你是一名熟悉中国个人信息保护法规的助手，为小型打印店提供合规建议。"),
        (
            "user",
            "我们店员不小心把顾客的身份证复印件夹进别人的文件里了，顾客叫石磊，身份证号110108199711223474，现在他说要去市场监管局投诉，我该怎么处理？",
        ),
        (
            "assistant",
            "处理建议：1. 立即联系拿走文件的顾客，请其退回或当面销毁该复印件；2. 向石先生如实说明经过并书面致歉；3. 按《个人信息保护法》第五十七条的要求记录事件并评估影响；4. 今后证件复印件当场交还，不在店内留存。",
        ),
        ("user", "另外要不要赔钱？他说精神损失要五千。"),
        (
            "assistant",
            "是否赔偿取决于是否造成实际损失，建议先协商，可以考虑免单或给予适当补偿以示诚意，并保留沟通记录。若对方坚持投诉，配合监管部门调查即可。",
        ),
    ],
    [
        (
            "user",
            "帮我回复一条大众点评差评：刘女士说我们把她父亲的名字“刘德福”印成了“刘德富”，喜帖200份全错了，婚礼就在这周六。",
        ),
        (
            "assistant",
            "刘女士您好，非常抱歉因我们的校对疏漏给您的婚礼筹备带来困扰。我们已安排免费加急重印全部200份喜帖，将于周五中午前送达，并退还原订单的设计费。再次向您和家人致歉，祝新婚幸福！",
        ),
        ("user", "不要写她父亲的名字出来吧？"),
        (
            "assistant",
            "是的，公开回复中不应出现顾客家人的姓名，上面的回复已经没有提及。具体的姓名更正请通过私信或电话与刘女士本人确认。",
        ),
    ],
    [
        ("system", "你是台灣一家喜帖印刷工作室的助理，協助整理客戶訂單資料。"),
        (
            "user",
            "請幫我整理這筆訂單：新郎 王俊傑 0935-218-647，新娘 林佳蓉，身分證 F125039487（男方要求開收據用），喜宴在台北晶華酒店，喜帖120份，燙金款。",
        ),
        (
            "assistant",
            "訂單整理：新郎 王俊傑（電話 0935-218-647）；新娘 林佳蓉；喜宴地點 台北晶華酒店；數量 喜帖120份，燙金款。備註：開立收據一般不需要身分證字號，建議不要保存F125039487這類資料，若需統一編號請向客人索取公司統編。",
        ),
        ("user", "好，那身分證就不要記了，其他存檔。"),
    ],
    [
        (
            "user",
            "Summarise this complaint email for my manager: 'I am Mrs Chong Siew Lan. My husband's funeral notices were printed with the wrong date, 3 May instead of 5 May. Please call me at 016-229 8714. I want a full refund of RM 680.'",
        ),
        (
            "assistant",
            "Summary: Mrs Chong Siew Lan reports that the funeral notices for her late husband were printed with the wrong date (3 May instead of 5 May). She requests a full refund of RM 680 and asks to be contacted at 016-229 8714.",
        ),
        ("user", "Make it shorter and more neutral."),
        (
            "assistant",
            "Mrs Chong Siew Lan: funeral notice misprint (date 3 May vs 5 May); requests full refund RM 680; callback 016-229 8714.",
        ),
    ],
    [
        (
            "user",
            "把这张名片的OCR识别结果整理成通讯录格式：蔡文涛 高级设计师 上海墨点创意设计工作室 手机 13524876103 邮箱 caiwentao.design@126.com 地址 上海市静安区余姚路66号",
        ),
        (
            "assistant",
            "姓名：蔡文涛；职位：高级设计师；公司：上海墨点创意设计工作室；手机：13524876103；邮箱：caiwentao.design@126.com；地址：上海市静安区余姚路66号",
        ),
        ("user", "他是我们的合作设计师，帮我加一个备注：按件结算，每款请柬设计费200元。"),
        (
            "assistant",
            "已添加备注——合作方式：按件结算，请柬设计费200元/款。完整联系人：蔡文涛，高级设计师，手机13524876103，邮箱caiwentao.design@126.com。",
        ),
    ],
]
