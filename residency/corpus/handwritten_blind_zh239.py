# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh239: crematoria, funeral processions and ancestral tablet services in mainland China (bookings, death certificates, family groups, fees, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh239
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "殡仪馆公告通知"): _lines("""
        【通知】2027年清明节期间（3月28日至4月12日），我馆实行预约祭扫，每个时段限流800人，请通过“上海殡葬服务”微信公众号提前预约。
        龙华殡仪馆温馨提示：4月4日、5日两天告别厅暂停对外预约，遗体接运服务照常，24小时服务热线021-6457 0168。
        八宝山殡仪馆公告：自2027年1月1日起，东礼堂、西礼堂启用电子屏滚动显示当日告别仪式安排，家属无需再到服务台查询纸质排期表。
        根据《殡葬管理条例》及本市文明祭扫有关规定，殡仪馆内禁止焚烧纸钱、燃放鞭炮，违者由民政部门责令改正。
        广州市殡葬服务中心（银河园）清明祭扫交通指引：地铁6号线至天河客运站，转乘免费接驳专线，首班7:00，末班16:30，发车间隔约10分钟。
        惠民殡葬政策公告：本市户籍居民去世后，遗体接运、暂存（3天内）、火化、骨灰寄存（1年内）四项基本服务费用全额减免，由殡仪馆直接结算。
        停电检修通知：因变电设备检修，3号、4号火化炉于11月18日8:00—14:00停用，当日预约已顺延至下午场次，给您带来不便敬请谅解。
        骨灰寄存到期提醒：寄存编号以JC2019开头、2019年度入架的骨灰盒寄存期将于2027年6月30日届满，请持寄存证到一楼窗口办理续存。
        网络祭扫平台“云上思念”已于今日上线，可为逝者建立纪念馆、敬献虚拟鲜花，平台不收取任何费用，谨防冒充我馆的收费链接。
        杭州市殡仪馆招聘公告：招收遗体整容师2名、火化工3名，要求具备殡仪服务员职业资格证书，简历请投递至zhaopin@hzsbyg.cn。
        关于规范治丧活动的通告：城区范围内禁止在道路、小区公共区域搭建灵棚，送殡车队不得超过10辆，不得沿途抛撒纸钱。
        2027年冬至骨灰海撒活动报名开始，名额120个，每户限2人随船，海撒费用由市民政局全额承担，咨询电话0532-8286 1230。
        龙岩市永定区殡仪馆告别厅改造工程竣工，新增中型厅2间、守灵室6间，即日起恢复预约，办公时间8:00—17:30。
    """),
    ("zh-Hans", "办事指南问答"): _lines("""
        问：家人在家中去世，死亡证明找谁开？答：由社区卫生服务中心医生上门确认后出具《居民死亡医学证明（推断）书》，非正常死亡需先报警。
        问：火化需要带哪些材料？答：死亡证明原件、逝者身份证、经办人身份证，外地户籍的还需提供当地派出所出具的相关证明。
        问：户口注销在哪里办？答：持死亡证明相应联次到逝者户籍所在地派出所办理，多数城市已支持“身后一件事”联办。
        问：骨灰可以带回老家安葬吗？答：可以，凭火化证明原件即可，乘坐高铁、飞机时骨灰盒需随身携带，不能托运。
        问：告别仪式最多多少人参加？答：小厅建议不超过50人，中厅100人，大厅200人，具体以现场消防限额为准。
        问：外籍人士在华去世如何处理？答：需由所在国驻华使领馆出具相关函件，经公安机关确认后方可火化或办理遗体运输出境手续。
        问：职工去世后家属能领什么补助？答：参保职工去世后，家属可向社保部门申领丧葬补助金和抚恤金，具体标准按各地规定执行。
        问：牌位可以寄放多久？答：本寺往生堂长期供奉牌位按年收费，短期供奉以49天为一期，期满可续。
        问：预约电话打不通怎么办？答：清明前后话务量大，建议使用微信小程序预约，或拨打12345市民服务热线转接。
        问：火化后多久可以领骨灰？答：一般火化结束后1—2小时即可领取，领取时需出示火化预约单和经办人身份证。
        问：殡葬费用可以走医保报销吗？答：不可以，殡葬费用不属于医保报销范围，但可凭发票申领丧葬补助金。
        问：海葬、树葬有补贴吗？答：选择节地生态安葬的，多数城市给予500—3000元不等的奖补，需在安葬后一年内申请。
        问：可以自己开车拉遗体吗？答：不可以，遗体须由殡仪馆专用车辆接运，私自运送遗体属于违规行为。
    """),
    ("zh-Hans", "价目表与商品"): _lines("""
        基本服务价目（政府定价）：遗体接运（市内）每车次300元；遗体冷藏每天80元；平板炉火化600元；骨灰寄存每年100元。
        选择性服务：遗体洗浴1280元/次，遗体整容化妆380元起，小告别厅（40㎡）每场500元/小时。
        SKU：GHH-2088 汉白玉骨灰盒，规格 32×22×20cm，重约11kg，售价4,680元，含刻字。
        陈记寿衣店 纯棉七件套（男款），尺码M/L/XL，单价880元，满2000元免费送货至殡仪馆，门店电话020-8767 3302。
        金丝楠木牌位（双龙款），高36cm，正面可手工刻字，工期3天，报价2,300元/块。
        鲜花花圈 直径1.2米，白菊+百合，标准款260元，豪华款560元，当天14:00前下单可当日送达。
        灵车租赁：别克GL8改装灵车（2座家属位）每公里6元，起步价200元；奔驰加长礼宾车每次1,800元。
        福寿园双穴墓位（艺术墓A区）参考价15.8万元起，含25年管理费，详询销售热线400-820-1199。
        往生堂供位价目：普通位每年1,200元，莲花位每年3,600元，长生禄位（为在世者祈福）每年680元。
        套餐“简约·安心”：遗体接运+冷藏3天+小厅告别+火化+标准骨灰盒，合计6,980元，不含墓地费用。
        环保纸棺（可降解瓦楞纸）每具980元，列入节地生态安葬推广目录，货号ZP-2026-01。
        清明祭扫代客服务：墓碑清洗、描字、献花一条龙，标准套餐199元，提供照片和视频反馈。
        李氏石材厂 墓碑定制：山西黑花岗岩，规格80×50cm，刻字每字8元，烤漆描金另加每字5元。
    """),
    ("mixed", "预约系统日志与配置"): _lines("""
        2027-03-30T08:15:42+08:00 INFO booking.create id=BK20270330-00417 hall=HALL_03 slot=10:00-11:00 status=CONFIRMED
        2027-03-30T08:16:03+08:00 WARN sms.send template=FUNERAL_REMIND to=138****5678 retry=2 provider=aliyun
        {"order_no":"HZ2027041100823","service":"cremation_standard","fee_cny":600,"waived":true,"policy":"huimin_2024"}
        ALTER TABLE deceased_record ADD COLUMN death_cert_no VARCHAR(32) COMMENT '死亡证明编号，需加密存储';
        sms_template: "【市殡仪馆】尊敬的{{name}}，您预约的{{hall}}告别厅于{{date}} {{time}}举行，请提前30分钟到场。"
        2027-04-04 06:58:11 [crematorium-svc] furnace=F02 state=PREHEAT temp=850C target=900C operator=OP_017
        ERROR idcard.verify failed: checksum mismatch for input 11010519XXXXXXXXXX (masked) request_id=7c2f9a1e-4b3d-4e8a-9f21-0d6b5c3a8e17
        def mask_phone(p): return p[:3] + "****" + p[-4:]  # 家属手机号展示时统一脱敏
        版本更新 v3.8.2 (build 20270315.1)：修复骨灰寄存到期提醒重复发送问题；SHA256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        cron: 0 2 * * * /opt/byg/bin/purge_expired_video.sh --retain-days 30  # 告别厅录像保留30天
        GET /api/v2/columbarium/niches?zone=B&floor=3&status=vacant 200 OK 47ms
        test fixture: family_contact = {"name": "<NAME>", "phone": "+86 130 0000 0000", "email": "test@example.com"}
        2027-04-05 09:12:37 INFO queue.call ticket=A086 window=5 biz=骨灰领取 wait_min=23
    """),
    ("zh-Hant", "港台家屬祭祀指南"): _lines("""
        港人如在內地離世，家屬須取得當地醫院或公安機關發出之死亡證明，再辦理火化或遺體運返香港手續。
        如欲將骨灰帶返香港安放，一般須備妥內地火化證明正本以供查驗，建議同時攜帶證明副本。
        食物環境衞生署轄下公眾骨灰安置所龕位以電腦抽籤編配，申請人須為已故者之合資格親屬。
        台灣鄉親回福建祖籍地安奉祖先牌位，可先透過宗親會聯繫當地祠堂，確認牌位格式、字數及開光吉日。
        神主牌書寫格式：正中書「○○堂上歷代祖先之神位」，字數習慣上須合「生、老、病、死、苦」中之「生」或「老」字。
        晉塔前須先擇日，一般避開清明前後人潮，並準備鮮花、水果、清香三炷及壽金。
        澳門居民在珠海殯儀館辦理火化，可憑澳門居民身份證及回鄉證辦理，相關費用以人民幣結算。
        孝服禮俗：子女披麻、孫輩戴藍、曾孫戴紅，各地習俗略有差異，建議事先請教禮儀師。
        傳統出殯行列次序一般為：開路神、銘旌、魂轎、靈柩、孝眷，現代多簡化為靈車在前、家屬車隊隨後。
        清明節與寒食節淵源甚深，相傳晉文公為紀念介子推而禁火寒食，後與踏青、掃墓習俗合而為一。
        本會館提供潮汕籍鄉親代辦回鄉安葬服務，辦公時間週一至週五上午九時至下午六時，電話(852) 2545 7318。
        台灣內政部統計顯示，火化率早已超過九成，近年樹葬、海葬等環保自然葬比例逐年上升。
        寺院長生祿位與往生牌位不同：前者為在世親友祈福，後者供奉已故先人，兩者收費與擺放區域各異。
    """),
    ("zh-Hans", "员工工作群聊"): _lines("""
        2号灵车刚从市一医院太平间出来，预计40分钟到馆，整容间那边先准备一下。
        提醒各位：今天下午3点的告别仪式改到5号厅，家属那边前台已经电话通知过了。
        清明前三天所有人取消调休，早班6:30到岗，食堂提供早餐，有困难的找班组长协调。
        有家属问能不能在厅里放哀乐以外的歌，按规定可以，但音量别超过70分贝，提前把U盘交给音控检查。
        火化炉3号这周又报警两次了，设备科说是温控探头老化，周四下午停炉换件。
        刚才有位大爷在骨灰寄存楼找不到位置，我带他去查了，是楼层号记错了，已经送到位。
        新来的同事注意：死亡证明复印件一律不许拍照发群里，登记完原件当场还给家属。
        今天挽联打印机卡纸，临时用手写的，回头让行政再买一台备用。
        财务提醒：惠民减免的单子必须附户籍证明复印件，上个月有3单缺材料被审计退回。
        遇到少数民族家属咨询土葬习俗的，一律转到民族宗教服务窗口，别在大厅里随口答复。
        下雨天出殡车队慢点开，昨天别的馆出了追尾，安全第一。
        小程序后台今天有87条预约，其中告别厅32条、祭扫55条，下午人多，窗口多开两个。
        大家辛苦了，本月家属满意度测评98.6分，全市排第二，奖金随下月工资一起发。
    """),
    ("en", "invoices_and_receipts"): _lines("""
        INVOICE No. INV-2027-004518 | Guangzhou Yinhe Funeral Services Co., Ltd. | USCC 91440101MA5CL7Q2X5 | Amount due: CNY 6,980.00
        Please remit to: Xiamen Siming Memorial Services Co., Ltd., Bank of China Xiamen Branch, A/C 4107 5823 9916, SWIFT BKCHCNBJ73A.
        Receipt #R-88102 — Cremation (standard furnace) CNY 600.00; Urn storage 1 yr CNY 100.00; waived under Huimin policy; Total payable CNY 0.00.
        Fu Shou Yuan International Group (HKEX: 1448) — niche purchase deposit, Order FSY-SH-270411-0093, balance due within 30 days.
        Quote valid for 14 days. Prices include 6% VAT. For enquiries contact billing@yhfuneral.cn or call the counter on 020-3721 8800 ext. 2.
        Tan Brothers Monumental Masons — headstone engraving 48 characters @ CNY 8 = CNY 384.00; gold leaf finish CNY 240.00.
        Credit note CN-2027-0117 issued against invoice INV-2027-003990: hall booking cancelled more than 24h in advance, full refund of CNY 1,500.00.
        Tracking no. SF1402938847561 — memorial tablet (camphor wood, 36cm) shipped from Putian workshop, ETA 3 working days.
        Payment received via WeChat Pay, merchant no. 1600234871, transaction 4200001987202704051234567890, CNY 2,300.00.
        Repatriation package (Shenzhen to Hong Kong): embalming, hermetically sealed coffin, consular documentation handling — fixed fee HKD 38,000, excludes air cargo.
        Card payment: VISA ending 0000 (test mode) — do not ship. Reference TEST-INV-0001.
        Statement 01/03/2027–31/03/2027, account CORP-HOSP-017 (Shanghai Ruijin Hospital mortuary transfers), 42 trips, CNY 12,600.00.
        Terms: 30% deposit on booking, balance on the day of the service; cancellations within 24 hours forfeit the deposit.
    """),
    ("zh-Hans", "论坛帖子与经验分享"): _lines("""
        过来人经验：家里老人走了先别慌，第一件事是找医院或社区医生开死亡证明，千万别接路边“一条龙”的电话，价格能差好几倍。
        看到有网友说在殡仪馆门口被黑中介拉走，花了三万多，其实走正规渠道基本服务都是免费的，大家转给长辈看看。
        帮朋友问一下，外地户口在北京去世，能在八宝山火化吗？需要额外开什么证明？
        一位阿姨在小红书分享，她把父母的骨灰选择了树葬，每年清明去那片林子走走，感觉比墓地更安心。
        《入殓师》这部电影看哭了，本木雅弘演的小林大悟让人重新认识了这个职业。
        整理了一份上海各区殡仪馆清明预约入口，都是官方公众号，欢迎收藏，别再信第三方代约了。
        周总理遗嘱不保留骨灰，骨灰撒在祖国的江河大地，这种情怀现在想起来还是很感动。
        问下各位，牌位上“显考”“显妣”怎么用？查了半天，“显考”用于已故父亲，“显妣”用于已故母亲。
        吐槽一下某些公墓的管理费，20年一交，还动不动涨价，建议大家签合同时看清条款。
        有网友统计，殡葬服务相关投诉里约四成涉及价格不透明，其次是强制消费和服务态度。
        听殡仪馆工作人员讲，现在年轻人越来越多选择简办，告别仪式半小时，不收礼金，挺好的。
        《红楼梦》里秦可卿出殡一段，写尽了宁国府的排场，“压地银山一般从北而至”。
        本地习俗头七、三七、五七都要做，但现在很多家庭只做头七和七七，大家那边呢？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        逝者：周桂兰，女，身份证号330106194509180322，死亡时间2027年3月2日，死亡原因：慢性阻塞性肺病急性加重。
        家属联系人：周建国（长子），手机139 5718 2264，住杭州市西湖区文三路198号3幢2单元502室。
        火化预约单 BK20270411-00219 经办人 刘海燕 身份证420106196701150829 电话186-7120-4593 关系：女儿
        我爸王德胜上周在瑞金医院走的，胰腺癌晚期，家里兄弟三个为了墓地钱吵翻了，大哥说一分都不出。
        骨灰寄存证 JC2019-08812 寄存人：赵美玲，联系电话15821903367，逾期未续费已三年，拟按规定处理。
        投诉：我母亲孙秀英的告别仪式在5号厅，工作人员把遗像摆错了，悼词里名字也念错，我叫钱卫东，电话13601284476，要求退还厅费。
        2027-04-02,福寿园,B区-3排-17号,墓主:吴志强,购买人:吴晓晨,手机:13917746628,已付:158000
        {"deceased":"陈国平","id_no":"310104195803120476","family_phone":"13764029185","hall":"HALL_05","date":"2027-03-30"}
        殡葬补助金申领：申请人 黄丽萍，开户行 中国工商银行广州天河支行，卡号 6222021004873156203，金额 5,000元。
        灵车2号驾驶员 马俊 本月违章两次，车牌沪A·D5K821，扣绩效500元，已本人签字确认。
        我们小区（南京鼓楼区汉中门大街88号）隔壁502的李阿婆上个月在家里去世，她儿子在外地坐牢回不来，丧事都是居委会帮着办的。
        需要代写牌位的家人加我微信 zhanglan_1983，我是张岚，在福州仓山区做这行十年了。
        牌位刻字：显考 林公讳福生 府君之神位，生于1938年6月11日，卒于2027年2月14日，孝男 林建华 孝女 林秀珍 敬立。
        员工 邓晓军 工号 BY0387，月薪 6,850元，2027年3月加班补贴 1,260元，合计 8,110元，工资卡尾号 9871。
        家属群通知：舅舅何永康的出殡定在后天早上6点，从松江区泗泾镇江川路45弄12号出发，大家5点半到楼下集合。
        何永康的老婆邱月娥有糖尿病，腿脚也不好，出殡那天得有人专门陪着，别让她跪太久。
        死亡医学证明编号 Q440106270012345，死者 郑家明，男，1962年7月25日出生，身份证440106196207251134，死于急性心肌梗死。
        我前夫叫冯志刚，前年跟我离婚了，现在他妈去世，他家人不让我带孩子去参加追悼会，我该怎么办？
        登记表｜姓名：许文静｜出生日期：1983-09-30｜住址：成都市武侯区玉林北路12号附6号2楼｜电话：18980237716
        退款申请：付款人 蒋海涛，支付宝账号 jianght1979@163.com，误转告别厅定金 1,500 元，请退回原账户。
        骨灰海撒报名名单第37号：曹玉芬（逝者），报名人 曹蕾，身份证37020219761229146X，电话15305328871。
        我是龙岩永定殡仪馆的夜班保安老潘，住馆里宿舍，最近查出肺结核，领导让我先回家休息，工资停发了，这合法吗？
        宗亲群通知：谢氏宗祠新入龛牌位 谢阿水（1931—2026）、谢宝珠（1940—2027），家属代表谢志明 13859027741 负责收款。
        业主群：3栋1单元801的韦大爷在家停灵三天了，他女儿韦婷说要等她哥从澳大利亚回来再出殡，楼道里香烛味大家多担待。
        工单 #88213 来电人：严小梅，13107289304，反映父亲严德旺骨灰盒刻字错误（“旺”刻成“望”），要求免费重刻。
        追悼会主持词草稿：我们沉痛悼念汤振华同志，他生前是武汉钢铁公司退休职工，因肝硬化医治无效于2027年1月9日去世，享年78岁。
        律师函：委托人 范晓东（身份证510107198309302178）就其父墓位被重复出售一事，要求贵园于7日内书面答复。
        快递单：收件人 白秀兰，电话 138 1027 5563，地址 北京市朝阳区望京西园三区312号楼1806室，物品：长生禄位牌。
        我妈叫邹丽华，信基督教，临终前说不要烧纸不要请道士，可我舅舅坚持要按老规矩做七，现在全家闹得很僵。
        付款凭证：户名 彭宇航，卡号 6217003812045698718，建设银行西安雁塔支行，用途：父亲彭国强火化及告别厅费用。
    """),
    "zh-Hant": _lines("""
        家屬聯絡：梁志偉，香港身份證 K362815(9)，手機 9274 6831，負責將先父骨灰由深圳運返香港。
        台胞鄭雅婷（身分證 A224819371）回廈門同安安奉祖先牌位，聯絡電話 0912-483-207。
        澳門居民區嘉欣（澳門身份證 1352846(3)）於珠海殯儀館辦理其母火化，手機 6628 1937。
        先母黃陳玉蓮女士安息主懷，享年八十二歲，安息禮拜訂於4月3日上午10時，聯絡人黃家豪 電話 6093 5812。
        我阿嬤蔡林月娥去年在泉州走的，遺產還沒分好，我二叔欠了殯葬公司四萬多塊尾款一直拖著不還。
        訂單 HK-REP-2027-0045｜申請人：麥慧琪｜地址：九龍何文田忠孝街88號勝利大廈12樓C室｜代辦內地火化證明認證。
        我先生吳國雄上月在東莞工廠意外身故，公司不肯賠償，遺體還在殯儀館冷藏，每天的費用我已經付不起了。
        台灣護照號碼 312845769，持有人林冠宇，出生 1990/04/07，申請將祖父骨灰由福州遷回台中。
    """),
    "en": _lines("""
        Next of kin: Mr Lim Wee Keat, NRIC S6738214E, mobile +65 9137 2268, requesting repatriation of his father's ashes from Xiamen to Singapore.
        Mdm Ong Siew Lan, MyKad 560814-07-5232, wants to place her late husband's ancestral tablet at the clan temple in Jinjiang; contact ongsl.penang@gmail.com.
        Booking BK20270402-00105: contact David Zhang, PRC passport E48215937, phone +86 186 2104 7753, cremation slot 09:00.
        Our night-shift embalmer Wang Lei has been on sick leave since March after a back injury lifting a coffin, and HR wants to end his contract; please keep this confidential.
        Hi, I'm Jessica Tao, my grandmother Tao Ruifen died at home in Apt 1203, 88 Fuxing Road, Shanghai last night and I need the community doctor to issue the death certificate ASAP.
        Complaint from Mr Kevin Ho (kevin.ho.hk@outlook.com, +852 6187 3302): charged twice for the hearse, card ending 4471.
        Employee record: Chen Xiaoyu, DOB 14 Feb 1991, staff ID FSY-02177, home address Room 601, No. 23, Lane 150, Tianshan Road, Changning District, Shanghai.
    """),
    "mixed": _lines("""
        家属 contact：Mr 欧阳伟 (Ouyang Wei)，WeChat ID ouyangwei_gz88，mobile 135 6089 2217，要 book 明天下午 3 点的告别厅。
        逝者 Name: 石国栋 | ID: 500103195505190272 | Cause of death: stroke (脑卒中) | Next of kin: 石敏 13983215670
        FYI 我们 DBS 广州分行的同事 Grace Lin（林嘉慧）她爸上周走了，funeral 在 Foshan 办，听说她爸欠了一屁股债，亲戚都不来。
        Ticket #5521 — caller: Alex 宋立新, QQ 2837461095, says his uncle's tablet at 南普陀寺 was mislabeled, wants refund to Alipay 18659203347.
        守灵 RSVP list: Auntie May (高美玉, +65 9187 4420), Uncle Ah Seng (高顺成, 住 Blk 75 Toa Payoh Lor 4 #08-112), 明晚 8pm 到。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是石家庄市某殡葬服务中心的线上客服助手，负责解答预约、证明办理和收费问题。"),
        ("user", "你好，家里老人今天凌晨在医院去世了，火化要怎么预约？"),
        (
            "assistant",
            "请节哀。请先向医院取得《居民死亡医学证明书》，然后可通过小程序或热线预约遗体接运与火化，需准备逝者身份证和经办人身份证。",
        ),
        (
            "user",
            "好的，逝者是我父亲贾永福，身份证130102194908020630，我是他儿子贾明，电话13831126470，想约后天上午火化。",
        ),
        (
            "assistant",
            "已为您登记：逝者贾永福，经办人贾明，联系电话13831126470，意向时间后天上午，工作人员稍后电话确认具体时段。",
        ),
    ],
    [
        ("system", "你是一位熟悉殡葬习俗和家庭事务的助手。"),
        ("user", "想提前了解一下，老人在ICU，医生说可能撑不过这个月，后事一般要准备什么？"),
        (
            "assistant",
            "一般需要提前了解当地殡仪馆的预约方式、准备寿衣和遗像，确定告别仪式规模和安葬方式，并与家人商量好费用分担。",
        ),
        (
            "user",
            "我公公叫宋树林，在河北省人民医院住着，尿毒症透析三年了，我老公兄弟俩现在为谁出钱办丧事已经闹到要打官司了，怎么办比较好？",
        ),
        (
            "assistant",
            "建议先请家族里有威望的长辈或社区调解员出面，把费用清单和分摊方式写成书面协议，尽量避免在老人最后的日子里激化矛盾。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a cross-border funeral services agency in Shenzhen.",
        ),
        (
            "user",
            "What documents do I need to bring my mother's ashes from Shenzhen back to Hong Kong?",
        ),
        (
            "assistant",
            "Usually you need the original cremation certificate issued by the mainland funeral home, a copy of the death certificate, and your own travel document for the border crossing.",
        ),
        (
            "user",
            "Thanks. Please fill in the agency form for me: my name is Cheung Ka Wai, HKID Y481207(5), address Flat 1804, Block C, Kwai Shing East Estate, Kwai Chung, mobile 5163 2874.",
        ),
        (
            "assistant",
            "Draft form: Applicant Cheung Ka Wai, HKID Y481207(5), Flat 1804, Block C, Kwai Shing East Estate, Kwai Chung, tel 5163 2874. Please check and sign before submitting.",
        ),
    ],
    [
        ("system", "你是出殯車隊調度助理，負責安排路線與時間。"),
        ("user", "想安排後天早上的送殯車隊，從家裡出發去增城殯儀館，大概六輛車。"),
        ("assistant", "好的，請提供出發地址和預計出發時間，我幫您規劃路線並避開早高峰。"),
        (
            "user",
            "家在廣州市越秀區東風中路318號2棟1403房，先父中風臥床八年，街坊都認得他，車隊經過樓下時請不要按喇叭。",
        ),
        (
            "assistant",
            "已記錄：由越秀區東風中路318號出發，經華南快速前往增城殯儀館，樓下路段車隊靜默通過。",
        ),
    ],
    [
        ("system", "你是殡仪馆预约客服助手，可以根据订单号查询和修改预约信息。"),
        ("user", "帮我查下订单 BK20270330-00417 的情况。"),
        (
            "assistant",
            "订单 BK20270330-00417：逝者钟淑芬，联系人钟伟明，手机139 1633 8025，3号厅，3月30日10:00—11:00，状态已确认。",
        ),
        ("user", "OK thanks, can you change the contact phone to my wife's number 136 5188 0742?"),
        (
            "assistant",
            "已将订单 BK20270330-00417 的联系电话更新为136 5188 0742，短信提醒会发到新号码。",
        ),
    ],
    [
        ("system", "你是寺院往生堂的服务助手，负责牌位供奉咨询与售后。"),
        ("user", "往生牌位供奉一年收了3600，结果只放了两个月就被挪到后排，这合理吗？"),
        (
            "assistant",
            "按常规，莲花位在供奉期内不应随意调整位置，您可以要求寺方说明原因，恢复原位或按比例退费。",
        ),
        (
            "user",
            "我要求退款。牌位上写的是先妣覃月娥，我是她女儿覃晓芸，钱退到我的平安银行卡6230580001739284159。",
        ),
        (
            "assistant",
            "已记录退款申请：牌位先妣覃月娥，申请人覃晓芸，退款账户平安银行尾号4159，财务会在7个工作日内处理。",
        ),
    ],
    [
        ("system", "你是社区调解助手，帮助居民处理邻里纠纷。"),
        ("user", "楼下邻居在小区里搭灵棚一周了，天天放哀乐到半夜，我们该找谁？"),
        (
            "assistant",
            "可以先联系物业和居委会，多数城市规定不得在小区公共区域长期搭建灵棚，居委会可上门劝导。",
        ),
        (
            "user",
            "那家是6栋2单元101的骆师傅，他老婆前几天喝农药走的，听说是因为他赌博欠了几十万，我们也不好当面说。",
        ),
        (
            "assistant",
            "理解您的顾虑。建议由居委会以关心的方式上门沟通，协助他尽快把遗体送殡仪馆，不要在邻里间传播家里的事情。",
        ),
    ],
    [
        ("system", "You are an HR assistant for a municipal funeral home in Suzhou."),
        ("user", "Can a crematorium operator be reassigned during pregnancy?"),
        (
            "assistant",
            "Yes. Under China's Special Provisions on Labour Protection of Female Employees, pregnant staff should not be assigned work with exposure to harmful substances or high heat, and the employer should arrange suitable duties.",
        ),
        (
            "user",
            "It's for Yang Mengqi on the furnace team, staff no. BY0452. She's 14 weeks pregnant and hasn't told her supervisor yet, so please draft a transfer note without mentioning the reason.",
        ),
        (
            "assistant",
            "Draft: Yang Mengqi (BY0452) is transferred from the furnace team to the reception desk with effect from next Monday; grade and salary unchanged.",
        ),
    ],
    [
        ("system", "你是牌位书写助手，按传统格式生成牌位文字。"),
        (
            "user",
            "请帮我写祖父的牌位：祖父卢宗海，1929年农历三月初八生，2027年正月十五卒，孝孙卢俊杰、卢俊彦。",
        ),
        (
            "assistant",
            "正中：显祖考卢公讳宗海府君之神位；左侧：生于己巳年三月初八，卒于丁未年正月十五；右下：孝孙 卢俊杰 卢俊彦 敬立。",
        ),
        ("user", "可以，刻好后寄到厦门市思明区莲前西路266号7号楼902室，电话15960271138。"),
        (
            "assistant",
            "已记录收货信息：厦门市思明区莲前西路266号7号楼902室，联系电话15960271138，预计5个工作日内发出。",
        ),
    ],
    [
        ("system", "你是殡仪馆火化预约助手。"),
        (
            "user",
            "预约火化：逝者江德华，身份证350203195111230419，死亡证明已开，家属江丽13606051294，想约4月8日上午。",
        ),
        ("assistant", "已收到，4月8日上午9:00有空档，已为江德华预留平板炉火化，家属联系人江丽。"),
        ("user", "当天需要带什么？"),
        (
            "assistant",
            "请带死亡医学证明原件、逝者身份证原件、经办人身份证，以及预约短信截图，提前半小时到一楼服务台办理。",
        ),
    ],
]
