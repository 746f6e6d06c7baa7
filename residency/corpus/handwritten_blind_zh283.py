# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh283: 简体中文 开锁换锁与上门家电维修（师傅派单、上门登记、客户住址、身份核验与公安备案、收费纠纷、售后保修、师傅微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh283
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "师傅微信群"): _lines("""
        【派单群】今晚22:00以后的夜间开锁单统一加收上门费50元，系统已经自动加价，接单前看清楚备注，别到了现场再跟客户谈价，这个月投诉率已经3.2%了。
        工单KS20261207-0153，德施曼Q5M指纹锁不识别，现场判断是指纹模组进水，按保内换模组处理，配件申请已提交仓库，预计周三到货，到了群里说一声。
        提醒各位：公安备案系统从下周一起必须上传开锁前的证件核验照片和房屋权属证明照片，没上传的单子平台一律不结算，别嫌麻烦，被抽查到整组扣分。
        谁手上还有王力防盗门原装B级锁芯？仓库显示只剩2个，型号WL-B70，明天上午静安片区有三单要换，缺货的话先从松江仓调，调拨单我来开。
        空调清洗单今天集中在闵行片区，带够高压水枪和接水罩，格力、美的挂机一律89元一台，柜机139元一台，按平台价收，严禁私下收现金。
        刚接到平台通知：12月起汽车开锁一律要求出示行驶证和驾驶证原件，并与车辆登记信息比对一致，比对不上的直接拒单，并在系统里点“异常报备”。
        今天下午三点仓库盘点，电子锁电池盒、C级叶片锁芯、冰箱门封条这三样缺口最大，手里有退回旧件的在群里报一下数量，晚上统一收回仓库。
        售后单SH-2026-11-3376洗衣机脱水异响，已经是第二次上门了，轴承确认要换，这次别再跑空趟，先跟技术主管视频确认好配件再出发。
        新版接单APP 4.8.2已经上线，扫码签到必须在工单地址500米范围内才能打卡，定位不准的先把手机GPS高精度模式打开，再不行截图发技术群。
        保险柜开启单一律两人同去，现场拍照留档：柜体正面、铭牌、开启全过程，迪堡和得力的柜子不要一上来就钻孔，先按厂家流程试密码复位。
        本周好评榜：浦东片区好评率98.6%，徐汇片区96.1%，嘉定片区垫底91.4%，主要扣分点是迟到和没穿工服、没戴鞋套，周五例会重点讲这两条。
        各位注意，冬季热水器上门量大，燃气热水器维修必须持燃气作业证上岗，没证的只接电热水器单，被市场监管抽查到平台罚款2000元起步，别心存侥幸。
        老式铜挂锁客户要求保留原物不破坏的，报价单里写清楚“技术开启”，收费按180元起报，别按普通开锁的60元报，不然回头结算对不上账。
    """),
    ("zh-Hans", "价目表"): _lines("""
        【锦城开锁服务中心价目表】普通防盗门开锁80元起；反锁门开锁120元起；汽车开锁150元起；保险柜开锁300元起；夜间22:00至次日7:00另加收50元。
        锁芯更换（含锁芯及安装）：超C级锁芯268元/套，C级锁芯198元/套，B级锁芯168元/套，均符合GA/T 73-2015标准，质保一年，旧锁芯现场交还。
        智能锁安装：德施曼、凯迪仕、小米、鹿客等品牌上门安装费150元/把，开孔改孔另计80元，木门加固板50元，安装后三个月内免费上门调试一次。
        空调清洗：挂机89元/台，柜机139元/台，中央空调内机169元/台；空调加氟：1匹至1.5匹180元，2匹至3匹260元，以上价格均已包含检漏费用。
        洗衣机维修：上门检测费30元（维修后免收），更换排水泵120元，更换轴承及油封280元，更换电脑板按品牌报价，海尔、小天鹅均用原厂配件。
        冰箱维修：不制冷检测费50元，更换温控器150元，更换压缩机650元起，补加R600a冷媒220元；西门子、松下等进口品牌配件价格上浮30%。
        热水器维修：电热水器更换加热管160元，更换镁棒80元；燃气热水器更换点火针120元，更换水气联动阀260元，燃气类须由持证师傅上门作业。
        油烟机清洗：方太、老板、华帝等品牌近吸式168元/台，顶吸式198元/台，拆洗涡轮另加40元，清洗后提供半年油路保修，不含更换配件费用。
        配钥匙：普通平齿钥匙5元/把，十字钥匙15元/把，月牙槽电脑钥匙35元/把，汽车芯片钥匙匹配280元起，配汽车钥匙须出示行驶证原件核对。
        远程费说明：主城区免收远程费；绕城高速以外每公里加收2元；跨区上门另收30元交通费；一切以平台派单页面显示金额为准，不得现场另加。
        收费标准已在市场监督管理部门备案，明码标价，投诉请拨打12315或本店服务热线400-618-2277，营业执照统一社会信用代码91510107MA62Q3TK8X。
        保修条款：换锁类服务质保12个月，家电维修更换配件质保90天，人为损坏、进水、雷击、自行拆装不在保修范围内，保修凭工单号和发票办理。
        企业团购价：物业公司、酒店、学校批量更换锁芯满50套享8.5折，满200套享7.5折，可开增值税专用发票，税率6%，开票周期为7个工作日。
    """),
    ("zh-Hans", "公安备案与法规"): _lines("""
        从事开锁服务的企业应当依法取得营业执照，并在开业后十五日内到所在地公安机关治安管理部门办理备案手续，取得备案回执后方可承接开锁业务。
        开锁人员上门作业时，应当查验委托人的有效身份证件和房屋所有权或者使用权证明；无法提供证明的，应当由辖区派出所民警或物业管理人员到场确认。
        开锁企业应当建立开锁登记台账，如实登记委托人身份信息、开锁地点、开锁时间和作业人员，登记资料保存期限不少于两年，以备公安机关依法查验。
        《中华人民共和国治安管理处罚法》对未经许可擅自经营按照国家规定需要由公安机关许可的行业的行为规定了处罚，各地具体执行口径以当地公安机关为准。
        开锁从业人员应当参加公安机关或者锁具行业协会组织的技能与法规培训，考核合格后方可上岗作业，从业资格证书每两年复核一次，遗失应及时申请补办。
        遇有下列情形之一的，开锁人员应当拒绝开锁并及时报告公安机关：委托人不能说明合法开锁理由的；要求开启他人住宅、车辆或者保险柜的；形迹可疑的。
        开锁企业及其从业人员不得私自留存、复制委托人的钥匙，不得违规制作或者销售开锁工具，不得利用工作便利窥探、泄露委托人隐私，违者依法处理。
        《中华人民共和国个人信息保护法》自2021年11月1日起施行，上门服务平台收集客户姓名、电话、住址等信息应当遵循合法、正当、必要和诚信原则。
        根据《中华人民共和国消费者权益保护法》，经营者提供服务应当明码标价，不得在服务完成后以“材料费”“技术费”等名义另行加价，消费者可向12315投诉。
        家用电器维修服务经营者应当在维修前向消费者出示收费标准和配件价格，更换下来的零配件应当交由消费者确认，消费者不要的由经营者负责回收处理。
        公安部门提醒：切勿拨打楼道里张贴的开锁小广告电话，正规开锁企业均可在当地公安机关门户网站或“开锁备案查询”栏目中查到备案编号和经营地址。
        备案编号格式示例：沪公开锁备字〔2026〕第0317号，企业应当将备案回执悬挂于经营场所显著位置，并在宣传单、车身广告上完整标注备案编号。
        在很长一段时期内，锁具修理业被多地列为特种行业，由公安机关实行许可管理；近年来多地将其调整为备案管理，但上门开锁登记和核验要求并未放松。
    """),
    ("zh-Hant", "港澳台門市告示"): _lines("""
        【告示】本店逢星期日及公眾假期照常營業，時間上午十時至晚上八時；緊急開鎖請致電公司24小時熱線 2388 6021，或WhatsApp公司專線 6218 4570。
        「陳記鎖匠」已由德輔道西舊舖遷往新址：香港上環皇后大道西168號地下，舊舖電話即日起停用，新舖電話 2545 3318，請各位街坊留意。
        澳門「利記五金鎖匠」位於營地大街，提供更換鎖芯、配匙、夾萬開啟服務，本店已於澳門經濟及科技發展局完成商業登記，歡迎來電查詢 2835 6190。
        台北市大同區迪化街一段「老街鎖店」營業時間09:00至21:00，到府開鎖須出示身分證件並由大樓管理員或里長陪同確認，服務專線 (02) 2557-0318。
        大廈管理處通告：本大廈將於12月15日（星期一）上午九時至下午五時進行升降機及大閘電子門鎖系統保養，期間請使用後樓梯，不便之處敬請原諒。
        冷氣機清洗優惠：窗口機每部HK$380，分體機每部HK$450，兩部或以上九折，費用已包括上門及清洗，加雪種另計，查詢請致電公司熱線 3105 7766。
        本公司所有師傅均已參加香港警務處防止罪案科講座，上門時必定出示公司職員證；如有懷疑，請先致電公司熱線 2711 0836 核實後才開門。
        溫馨提示：電子鎖電量低於20%時會發出提示音，請盡快更換四粒AA鹼性電池；如遇完全斷電，可用9V電池接觸外部應急接口臨時供電開門。
        保用條款：本店安裝之智能門鎖享兩年原廠保用，鎖體機械部分保用五年，保用須出示發票正本，人為損壞、自行拆裝或浸水恕不受理。
        發票號碼 INV-HK-2026-00871 ｜ 服務：更換十字鎖芯 ×2、配匙 ×4 ｜ 小計 HK$960 ｜ 付款方式：八達通 ｜ 多謝惠顧，保養期一年。
        台中市「阿財鎖行」創立於1978年，是在地老字號，店家表示近年電子鎖訂單已佔三成以上，傳統喇叭鎖則逐年減少，配鑰匙生意仍然穩定。
        本店招牌「小李飛刀鎖匠」取自古龍武俠小說人物李尋歡的外號，與任何在世人士無關，本店主營開鎖、換鎖、夾萬維修，歡迎街坊光顧。
        營業時間：週一至週五 09:00–19:00；週六 10:00–17:00；週日休息（緊急開鎖除外）。門市地址：九龍旺角彌敦道信和中心地庫12號舖。
    """),
    ("en", "aircon_locksmith_faq"): _lines("""
        Q: How often should I service my aircon? A: For homes in Singapore we recommend general servicing every 3 months, and a chemical overhaul once a year if the unit is over 3 years old.
        Q: Is there a warranty after a chemical wash? A: Yes, 30 days workmanship warranty on the same fan coil; gas top-up is covered for 14 days. Please quote your job number, e.g. JOB-SG-240913-0452.
        All our installers hold a valid refrigerant handling certificate and carry photo ID cards issued by CoolBreeze Aircon Services Pte Ltd (UEN 201734561K). Ask to see the card before letting anyone in.
        Q: Can I pay by PayNow? A: Yes, scan the QR code on the invoice or PayNow to our UEN 201734561K. Cash is accepted only with an official receipt; never pay into a technician's personal account.
        Q: Why is my Daikin indoor unit blinking? A: A blinking operation lamp usually means an error code; hold CANCEL on the remote for 5 seconds to read it, then WhatsApp the code to our office line +65 6742 8810.
        Q: Do you service Mitsubishi Electric Starmex multi-split systems? A: Yes. System 2 servicing starts at S$60, System 3 at S$80 and System 4 at S$100; all prices exclude 9% GST.
        Q: Do you open HDB main doors? A: Yes, but the occupier must show identification with an address matching the unit, or a tenancy agreement; otherwise a Town Council officer or the police must be present.
        Q: My digital lock is under warranty. What is not covered? A: Water ingress, forced entry, lightning damage and batteries. Warranty is valid only while the serial number sticker (DL-70000 to DL-79999 series) is intact.
        Q: What are your emergency lockout rates? A: 8am-10pm S$80, 10pm-8am S$120, public holidays add S$30. Transport within mainland Singapore is included; Sentosa and Jurong Island add S$20.
        Q: Can I cancel a booking? A: Free cancellation up to 24 hours before your slot; late cancellation costs S$25. Email bookings@coolbreeze-sg.com.sg with your booking ID, e.g. BK-88213.
        Q: Why does the technician ask for my NRIC? A: Only for lockout jobs. Following the PDPC advisory guidelines we record just the last three digits and checksum letter, and we never keep photocopies.
        Q: Which washing machine brands do you repair? A: Samsung, LG, Electrolux and Bosch front loaders. Diagnosis fee S$45, waived if you proceed; a typical drain pump replacement is S$120 including labour.
        Office and spare parts counter: 10 Kaki Bukit Road 1, #02-31, Singapore 416175. Open Mon-Sat 9am-6pm, closed Sundays and public holidays. Company hotline 6742 8810, general enquiries hello@coolbreeze-sg.com.sg.
    """),
    ("mixed", "派单系统日志"): _lines("""
        2026-12-07T08:14:22+08:00 INFO dispatch order_id=KS20261207-0042 type=开锁 city=深圳 district=南山 status=ASSIGNED eta_min=25 surge=1.2
        2026-12-07T08:15:03+08:00 WARN verify order_id=KS20261207-0042 step=id_check result=PENDING reason="等待上传证件正反面照片" retry=1 max_retry=3
        2026-12-07T09:02:47+08:00 INFO police_filing batch=GA-SZ-20261207-03 records=47 upload=OK sha256=9f2c4e81a0d73b5e6f10c2d49a8e7b3c1d55f0a2e6b94c7d8f013a26b5e4c9d1
        2026-12-07T09:30:11+08:00 ERROR payment order_id=JD-AC-778120 channel=wechat_pay code=ORDERPAID msg="订单已支付，请勿重复支付" amount="CNY 139.00"
        2026-12-07T10:01:55+08:00 INFO warranty sn=GREE-KFR35GW-2409A18830 product="格力云佳 1.5匹" purchase=2025-06-18 in_warranty=true parts_covered=[压缩机,主板]
        level=DEBUG svc=sms-gateway tpl=SMS_2231045 vars={"order":"KS20261207-0119","eta":"15分钟"} sign=【锦城开锁】 provider=aliyun result=OK cost_ms=84
        masking: {phone: "keep_prefix3_suffix4", id_card: "keep_prefix6_suffix4", address: "truncate_after_district"}  # 客户信息脱敏规则 v2.3，默认开启
        order_id,created_at,service_type,district,technician_code,price_cny,paid_channel,warranty_days,police_filing_no,customer_rating
        2026-12-07T11:47:09+08:00 INFO geofence order=KS20261207-0133 distance_m=312 threshold_m=500 checkin=ALLOWED app_ver=4.8.2 os="Android 14"
        2026-12-07T12:20:40+08:00 WARN dispute order=WX-20261206-5521 reason=price_mismatch quoted="CNY 80" charged="CNY 380" escalated_to=客服二线 sla_h=24
        cron: "0 3 * * *" job=purge_id_photos retention_days=180 bucket=oss://kaisuo-evidence-prod/idcheck/ dry_run=false  # 证件照片到期自动删除
        SELECT district, COUNT(*) AS jobs, AVG(price_cny) AS avg_price FROM orders WHERE service_type = '换锁芯' AND created_at >= '2026-11-01' GROUP BY district ORDER BY jobs DESC;
        2026-12-07T22:05:31+08:00 INFO night_surcharge order=KS20261207-0208 base="CNY 80" surcharge="CNY 50" total="CNY 130" rule=NIGHT_2200_0700 rule_ver=3
    """),
    ("zh-Hans", "商家评价"): _lines("""
        「锦城开锁服务中心」春熙路店：半夜两点被反锁在门外，二十分钟就到了，先核验了证件和房产证明才动手，收费跟页面一样130元，很规范，五星。
        「王师傅家电维修」建设路店修冰箱技术还行，检测费30元修好就免，但是等压缩机配件等了五天，中间没人主动通知进度，扣一星，希望改进。
        格力官方售后这次体验不错，打400电话预约后第二天上午就上门，师傅穿工服戴鞋套，主板在保修期内免费更换，前后不到一个小时就搞定了。
        大众点评上搜到的「老张锁业」其实是连锁加盟品牌，全国有几百家门店，别以为是个体户，收费比路边小广告规范很多，就是价格略偏高。
        差评！某平台派来的空调清洗师傅报价89元，上门后说“内机太脏要拆洗”，加到368元，不同意就要收50元上门费，已经向12315投诉，平台处理很慢。
        海尔专卖店解放碑店服务态度好，洗衣机坏了带着购物小票过去，店员直接开了维修单，工单号HR-CQ-2611-08823，三天就修好送回来了。
        「小米之家」门店可以检测小米智能门锁，但不提供上门服务，需要上门的话要在米家APP里另外预约，服务商是第三方公司，体验一般般。
        推荐「德施曼」官方安装服务，师傅安装前先量门厚和导向片尺寸，装完耐心教怎么录指纹，留了保修卡，产品序列号贴在锁体内侧方便报修。
        「福伯锁匠」开在老城区菜市场旁边几十年了，是这一带的老字号，配钥匙5块钱，比商场里便宜一半，就是周末排队的人多，建议工作日去。
        美的官方售后处理热水器漏水很快，但上门检查后说内胆漏了只能换整机，保修期刚过两个月，最后按折旧价换了新机，整体还算合理。
        点评「顺心开锁」：电话里说开锁60元，到了以后说是C级锁芯必须破坏才能开，要求换锁芯一共收了460元，事后查了同款锁芯网上才七十多块。
        「阿强电器维修部」修老式彩电和电饭煲很在行，现在这种小店越来越少了，营业执照挂在墙上，收费开手写收据，就是不能开电子发票。
        京东服务+预约的油烟机清洗，订单号JD2026112933871，师傅准时到，带了防护布，清洗后拍了前后对比照片上传到订单页面，整体满意，四星。
    """),
    ("en", "product_listing"): _lines("""
        Dessmann Q5M Smart Lock (Champagne Gold), SKU DSM-Q5M-CG-01: fingerprint + PIN + NFC card, around 6 months per battery set, fits doors 40-120 mm thick, S$699 including installation.
        Samsung SHS-P718 Push & Pull Digital Door Lock, SKU SS-P718-BLK, SmartThings Wi-Fi, fire sensor auto-unlock, 2-year warranty from authorised distributor, RM 2,150 installed in Klang Valley.
        Yale mortise digital lock, PIN + card + key override, stock code YL-4109-SIL, brand of ASSA ABLOY, S$589 including GST; in stock at our Kaki Bukit warehouse, ships in 2 working days.
        Replacement lock cylinder, Grade C anti-bump, 70 mm (35/35), 5 keys, solid brass, SKU CYL-C70-3535, suits most steel security doors in mainland China; CNY 268 including installation in urban districts.
        Master Lock 6121 laminated steel padlock, 54 mm body, 2 keys, keyed-alike option available, SKU ML-6121-KA; ideal for HDB service yards and shophouse gates; S$38.90 per piece.
        Aircon Chemical Overhaul Package (1 fan coil) for Mitsubishi, Daikin and Panasonic units: dismantle, chemical soak, drain pipe flush, test run; package code ACO-1FC; S$90 before GST.
        Universal drain pump 30W 220-240V, fits most front-load washers including LG and Samsung, part no. UDP-30W-220, 90-day warranty, RM 85 for the part plus RM 60 labour in Penang and Kedah.
        Fridge door gasket, custom cut to your H x W in mm, PVC magnetic seal, SKU GSK-CUSTOM, lead time 5 working days, HK$320 per door including fitting on Hong Kong Island and Kowloon.
        Ignition electrode kit for instant gas water heaters, SKU IGN-KIT-02, ceramic, 2 pieces; in Hong Kong fitting must be carried out by a registered gas installer under EMSD rules.
        Xiaomi Smart Door Lock (Global version), fingerprint + NFC + Mi Home app, works with Google Home, RM 1,099; sold by Lockmart Enterprise (SSM 202301045678), Puchong, Selangor.
        Landlord bundle: 2 Grade B cylinders keyed alike + 6 keys + 1 key card, order code BND-B2KA, CNY 399, free delivery in Shanghai, Hangzhou and Suzhou, invoice issued by the seller.
        Sherlock Holmes Puzzle Lock Box (novelty gift), wooden, 12 x 8 x 6 cm, SKU TOY-SH-221B, named after the detective's fictional Baker Street address; RM 59, ages 10 and up.
        Shipping: orders ship from Johor Bahru within 24 hours via J&T Express; sample tracking number 820145563201; West Malaysia 2-3 days, East Malaysia 4-6 days; returns within 7 days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        派单：浦东新区锦绣路2580弄14号602室，客户陈先生，手机13917426683，反锁进不去，已核验身份证310115198806123413，房产证在屋内，物业王经理到场确认。
        刘阿姨说她老伴上个月中风住院了，家里热水器坏了没人管，让我们直接去闵行区莘庄镇莘东路88弄3号401修，钥匙放在门口鞋柜里。
        开锁登记：委托人周婷婷，女，身份证51010719750923286X，地址成都市武侯区玉林北路17号2栋1单元503，开锁原因：钥匙丢失，作业师傅工号CD-0731。
        群里说一下，昨天那个姓黄的客户欠了我们两次上门费共260元，电话15821906374，一直不接，谁再接到他的单先别去，直接转给客服。
        客户孙建国（空调不制冷）说自己刚做完心脏搭桥手术，不能受热，麻烦今天一定加急安排，地址：天河区龙口西路55号龙口花园B座1203。
        138 2651 0947 这个号码又来下单了，上次是他前妻打电话说他已经没有权利进那套房子，这次一定要派出所到场再开。
        张秀兰老人独居，子女都在外地，智能锁密码是她孙子的生日0716，让我们帮忙改成指纹开锁，她说数字老是记不住。
        收费纠纷记录：业主吴志强（手机13760283315）称师傅开锁后现场加价到580元，已微信转账给师傅个人，要求平台退还差价400元。
        售后保修卡：购买人 郑丽娟 ｜ 电话 18620347791 ｜ 地址 南京市鼓楼区汉中门大街301号6幢1102 ｜ 产品 海尔滚筒洗衣机 ｜ 购买日期 2025-08-19
        派出所备案回传：开锁对象 马俊峰，身份证440305199211041576，车牌粤B7K3Q9，车型大众朗逸，开锁地点南山区科技园停车场，车主与行驶证一致。
        客户回电号码：199 2047 6813，晚上八点以后再打，白天她在医院陪床接不了电话。
        师傅们注意：碧云路199弄7号李太太家不要再派男师傅单独去，她丈夫有家暴前科，上次在门口闹过，派单时备注两人同行。
        阿明，你上次换锁那家姓杜的，他儿子打电话说老爷子阿尔茨海默症走丢了，家里门被反锁，问能不能先开门让民警进去找证件和照片。
        退款申请：付款人 林晓峰，招商银行卡号 6225 8802 1734 6690，退款金额¥320，原因：师傅未到场却已扣款，工单KS20261130-0377。
        上门登记表｜姓名：何佳怡｜性别：女｜身份证：330106196703150425｜电话：13588046712｜地址：杭州市西湖区文一西路紫金港花园5幢2单元801｜服务：换C级锁芯
        赵师傅你好，我是住锦江区东大街二段18号3单元那个客户，我老婆怀孕七个月了，电钻声音太吵，周末装锁能不能改到下午再来。
        客户邮箱 guo.yuxin1992@163.com，要求把维修发票和保修单PDF发过去，发票抬头写个人：郭雨欣。
        投诉：胡海涛先生说派去的空调师傅进门后翻看他卧室抽屉，丢了一块浪琴手表，已经到石牌派出所报案，要求平台提供师傅当天的轨迹。
        @徐磊 你今天收的那单现金500块怎么还没交公司账？再拖财务就扣工资了，你上个月借的1200块备用金也还没还。
        派单备注：曹女士刚离婚，前夫手里还有旧钥匙，要求今天必须换锁芯，地址武昌区中北路108号2栋1704，电话15927613380，前夫邓伟若来纠缠直接报警。
        业主韩冬梅的证件照片和房产证照片已上传，不动产权证号 沪（2019）浦字不动产权第045678号，核验通过后再派单。
        彭国庆那单换锁的尾款别再催了，他上周刚被查出肝癌晚期，家里人说等他出院以后再结清，先在系统里挂账。
        师傅11月工资条：姓名 蒋文斌，工号 SH-1088，基本工资3500，提成6240，扣罚200，实发9540，代发卡 中国建设银行 6217 0033 1090 4728 561。
        凌晨1:40地库开锁：车牌京N8H26L，黑色奥迪A4L，车主出示驾驶证姓名对得上，叫冯晓东，开锁费200元微信已付。
        KS20261203-0088,2026-12-03 19:42,开锁,海淀区,苏志鹏,18811203376,北京市海淀区学院路甲5号院9号楼2门301,110108198302276917,160,已备案
        2026-12-05T20:11:08+08:00 INFO verify order=KS20261205-0311 name=钱慧敏 id_no=320583199008173728 phone=13862095417 result=MATCH addr="昆山市前进东路59号5-1802"
        回访记录：尾号6621的客户（139****6621）对冰箱维修不满意，说压缩机换完还是不制冷，要求二次上门并退检测费。
        叶女士说房子还在离婚诉讼里，法院没判，她前夫把门锁换了不让她进，问我们能不能开，按规定必须有派出所出警记录才行。
        客户戴先生说他失业三个月了，房贷已经断供，热水器维修费380元能不能分两次付，他电话17302185526。
        已拍照上传：客户邱丽华手持身份证照片IMG_20261206_153022.jpg，以及门牌照片（长沙市岳麓区麓山南路2号12栋304）。
        【锦城开锁】尊敬的田雨桐女士，您预约的12月9日14:00-16:00换锁服务已确认，上门地址：雨花区劳动东路139号新城新世界7栋2304，如需改约请回复本短信。
        雷哥你帮我顶一下明天那两单，我爸在老家住院做透析，我得请三天假回去，工资该扣就扣。
    """),
    "zh-Hant": _lines("""
        師傅請注意：客戶陳太住觀塘秀茂坪寶達邨達明樓1523室，門鎖壞咗入唔到屋，佢話老公入咗醫院，屋企得佢同個BB，盡快上門。
        開鎖登記：委託人 黃志偉 ｜ 香港身份證 K612345(7) ｜ 電話 9627 3841 ｜ 地址 沙田第一城38座12樓H室 ｜ 原因：鎖匙遺失
        客戶林淑芬小姐，身分證字號F228413754，住新北市板橋區文化路一段188巷12號5樓，冷氣不冷，約12/10下午兩點到府檢修。
        澳門：何先生電話 6628 1043，住氹仔海洋花園翠湖閣18樓B座，熱水爐漏水，約聽朝十點上門，佢話屋企有老人家要留意。
        收費糾紛：張伯話師傅收咗佢HK$1,800換鎖，但淨係換咗個鎖芯，佢個仔張家豪要我哋退錢，唔係就去消委會投訴。
        阿輝，你琴日去嗰間屋，屋主梁生原來欠咗財仔錢，門口俾人淋紅油，佢要換三道鎖，記得收足訂金先做。
        台北維修單 ｜ 客戶 吳宗翰 ｜ 手機 0912-386-574 ｜ 地址 台北市大安區和平東路二段96巷7弄3號2樓 ｜ 品牌 國際牌洗衣機 ｜ 保固內
        客戶Email：karen.tsang.hk@gmail.com，曾小姐要求將保養證書同發票PDF寄去，佢話下個月搬去將軍澳新屋。
    """),
    "en": _lines("""
        Job SG-LK-26120714: lockout at Blk 412 Tampines Street 41, #08-227, Singapore 520412; occupier Mr Tan Wei Liang, NRIC S8812345Z checked against tenancy agreement, mobile 9126 4437.
        Customer Priya d/o Ramasamy called again about the leaking washer; she is on chemotherapy and can only be home on Tuesdays, please schedule accordingly.
        Aircon helper Md Shahidul Islam, FIN G5539021K, work permit expires 2027-03-31; the agency says he still owes S$2,400 in placement fees, deduct from commission?
        Refund of S$180 approved for Jasmine Koh, DBS savings 027-912345-6, job BK-88340, technician no-show on 3 Dec.
        Encik Faizal Hakim bin Roslan, MyKad 870524-10-5563, 23 Jalan SS 2/64, 47300 Petaling Jaya; aircon not cold, car BQK 4471 parked at the porch, please call before arriving.
        Mrs Lim's son says she has early dementia and keeps changing the door PIN; he wants it reset and every fingerprint except his deleted.
    """),
    "mixed": _lines("""
        客户 Alan Chong Wei Ming，MyKad 920311-07-6128，address: 18, Lorong Batu Maung 5, 11960 Bayan Lepas, Penang，冷气不冷，WhatsApp 012-468 3390。
        Ms Chan 話佢 HKID Y438207(0) 張卡唔見咗，but she can show 租約 instead，地址 Flat 15B, Block 3, Laguna City, Kwun Tong，要換大門鎖。
        @Kevin 你明天那单 customer 叫 Sarah Goh，住 Blk 668C Jurong West St 64 #11-92，she just had surgery，别按门铃太久，直接打 8735 2096。
        Customer 方志远 complained on Xiaohongshu about our 开锁 price, handle @fangzy_xm, and his screenshot shows 身份证 350206197811302549 — ask him to delete it.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是锦城开锁服务平台的在线客服助手，负责受理开锁、换锁预约，并提醒客户上门时需要核验身份和房屋证明。",
        ),
        (
            "user",
            "你好，我叫陈立新，被反锁在门外了，地址是成都市青羊区草市街66号2栋1单元902，手机13908174452，能马上派人吗？",
        ),
        (
            "assistant",
            "陈先生您好，已为您登记：青羊区草市街66号2栋1单元902，联系电话13908174452。师傅预计25分钟内到达，请提前准备好身份证和能证明居住的材料（房产证、租赁合同或物业证明），证件在屋内的话，可以请物业工作人员到场确认。",
        ),
        ("user", "身份证在屋里，物业现在下班了怎么办？"),
        (
            "assistant",
            "这种情况下师傅会联系辖区派出所协助核实，或者等开门后您立即出示身份证，由师傅拍照上传备案。请保持电话畅通，师傅到楼下会给您打电话。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份投诉信给平台。上周五（12月5日）我在你们平台下单开锁，页面显示80元，师傅到了说是C级锁芯必须换，收了我480元。我叫宋佳琪，订单号KS20261205-0288，电话15210367749。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿——尊敬的平台客服：本人宋佳琪（联系电话15210367749），于2026年12月5日通过贵平台下单开锁服务，订单号KS20261205-0288，页面标价80元。师傅上门后以“C级锁芯必须更换”为由，现场共收取480元，事先未出示收费标准。根据《消费者权益保护法》关于明码标价的规定，请求核查并退还差价400元。",
        ),
        ("user", "再加一句，如果三天内不处理我就去12315投诉。"),
        (
            "assistant",
            "已补充：如贵平台在三个工作日内未予处理，本人将向12315平台及当地市场监督管理部门投诉。需要我把整封信合并成一段方便您直接复制吗？",
        ),
    ],
    [
        (
            "system",
            "你是香港一間冷氣維修公司的文書助理，用繁體中文（廣東話書面語）協助同事寫客戶訊息。",
        ),
        (
            "user",
            "幫我寫個WhatsApp俾梁太，佢住荃灣綠楊新邨E座21樓7室，冷氣上個月先維修完又唔凍，保養期內免費再上門，約佢星期四下晝。",
        ),
        (
            "assistant",
            "梁太你好！我哋係冷氣維修公司，收到你反映綠楊新邨E座21樓7室嘅冷氣又唔凍，由於仍在保養期內，今次上門檢查同維修全部免費。請問星期四下晝2點至5點方唔方便？確認後我哋會安排師傅上門，多謝！",
        ),
        ("user", "佢電話係 9385 2167，順便加返呢個喺訊息底，等佢知道係邊個號碼跟進。"),
        (
            "assistant",
            "已加上：「如有查詢，請回覆此號碼或致電 9385 2167 搵返負責同事跟進。」不過 9385 2167 係梁太自己嘅電話，放喺俾佢嘅訊息度好似唔太啱，你係咪想放公司熱線？",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore aircon servicing company. Help office staff prepare job sheets.",
        ),
        (
            "user",
            "Make a job sheet: customer Mr Rajesh Nair, 57 Sembawang Crescent #05-14, Singapore 757650, mobile 9643 0812, 3 fan coils chemical overhaul, Thursday 10am, pay by PayNow.",
        ),
        (
            "assistant",
            "JOB SHEET | Customer: Mr Rajesh Nair | Address: 57 Sembawang Crescent #05-14, Singapore 757650 | Mobile: 9643 0812 | Service: Chemical overhaul x 3 fan coils | Slot: Thursday 10:00am | Payment: PayNow to company UEN | Notes: Confirm parking and lift access before arrival.",
        ),
        (
            "user",
            "He also said his wife is bedridden after a stroke, so the team must keep noise down in the master bedroom.",
        ),
        (
            "assistant",
            "Added under Notes: Customer's wife is bedridden after a stroke; keep noise to a minimum in the master bedroom and bring floor covers. Shall I also schedule the master bedroom unit last?",
        ),
    ],
    [
        (
            "system",
            "当前工单：KS20261207-0166｜客户：邵文静｜电话：18971620348｜地址：武汉市洪山区珞喻路1037号华中科大东区教工宿舍12栋301｜服务：智能锁安装（凯迪仕K20）｜备注：客户腿脚不便，需要等她开门。你是师傅的随身助手。",
        ),
        ("user", "我到珞喻路了，这个小区从哪个门进比较近？"),
        (
            "assistant",
            "根据工单，客户住在东区教工宿舍12栋，一般从东区的侧门进比较近。客户邵女士腿脚不便，建议您到楼下后先打18971620348告诉她，多给她一点时间来开门。",
        ),
        ("user", "好的，门厚我忘了问，凯迪仕K20适合多厚的门？"),
        (
            "assistant",
            "凯迪仕K20系列一般适配40至120毫米厚度的门，具体以随附的安装说明为准。建议您到现场先量一下门厚和导向片尺寸，再决定是否需要加装加固板。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ke Bahasa Melayu: 黄太太您好，您家的冰箱压缩机已经更换，保修期90天。",
        ),
        (
            "assistant",
            "Puan Wong, selamat sejahtera. Pemampat peti sejuk di rumah puan telah diganti, dan tempoh jaminan ialah 90 hari.",
        ),
        (
            "user",
            "Add her details at the bottom for our records: Puan Wong Mei Ling, MyKad 750812-08-5234, No. 9, Jalan Raja Permaisuri Bainun, 30250 Ipoh, Perak, tel 016-552 7390.",
        ),
        (
            "assistant",
            "Rekod pelanggan: Puan Wong Mei Ling, MyKad 750812-08-5234, No. 9, Jalan Raja Permaisuri Bainun, 30250 Ipoh, Perak, tel 016-552 7390. Perhatian: jika mesej ini dihantar kepada pelanggan, elok buang nombor MyKad dan simpan dalam sistem dalaman sahaja.",
        ),
    ],
    [
        (
            "user",
            "我叫贺晓燕，和前夫任国栋在闹离婚，房子写的是我们两个人的名字，他把锁换了不让我回去。我能叫开锁师傅直接开吗？",
        ),
        (
            "assistant",
            "贺女士您好，您的情况比较特殊。按照各地对开锁行业的管理要求，开锁人员需要核验房屋权属，遇到有争议的情况，一般会要求派出所到场。建议您先带上身份证和房产证复印件到辖区派出所说明情况，请民警协助，也可以咨询律师，看是否需要向法院申请相关措施。",
        ),
        ("user", "房子在东莞南城区鸿福路12号的嘉和苑3栋1802，派出所会管吗？"),
        (
            "assistant",
            "您可以先联系南城区的辖区派出所，说明您是产权共有人、现在无法进入住所。民警会根据情况调解，或者在场见证开锁过程，这样开锁师傅也能合规操作，日后也可以减少纠纷。",
        ),
    ],
    [
        ("system", "你是台灣家電品牌維修中心的客服助理，使用繁體中文回覆。"),
        (
            "user",
            "你好，我是高雄的蔡佩珊，手機0933-517-208，我家的國際牌冰箱買不到兩年就不冷了，還在保固內嗎？購買發票號碼是 QK-20490317。",
        ),
        (
            "assistant",
            "蔡小姐您好，國際牌冰箱一般整機保固一年，壓縮機另有較長的保固期，實際以保固卡上的條款為準。我們已記錄您的手機0933-517-208與發票號碼QK-20490317，會請高雄服務站的技師與您聯絡安排到府檢修。",
        ),
        ("user", "地址是高雄市苓雅區四維三路88號9樓之2，平日晚上才在家。"),
        (
            "assistant",
            "已登記到府地址：高雄市苓雅區四維三路88號9樓之2，方便時段為平日晚上。技師會先致電確認時間，若判定為壓縮機故障且在保固範圍內，零件費用將由原廠負擔。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong locksmith company clean up its spreadsheets. Keep the column order.",
        ),
        (
            "user",
            "Fix the date format to YYYY-MM-DD in these rows: 07/12/2026,Cheung Ka Wai,R905516(8),6723 4408,Flat 8C Tower 2 Kingswood Villas,lock change ; 06/12/2026,Lau Siu Fong,,9471 2265,Rm 1406 Yat Tung Estate Block 5,lockout",
        ),
        (
            "assistant",
            "2026-12-07,Cheung Ka Wai,R905516(8),6723 4408,Flat 8C Tower 2 Kingswood Villas,lock change ; 2026-12-06,Lau Siu Fong,,9471 2265,Rm 1406 Yat Tung Estate Block 5,lockout",
        ),
        ("user", "Thanks. Should we be keeping the full HKID in this sheet?"),
        (
            "assistant",
            "It is safer not to. Under the PCPD code of practice on identity card numbers, keep a full HKID only where really necessary; for lockout records consider storing a partial number in the working sheet and the full copy in a restricted system.",
        ),
    ],
    [
        (
            "user",
            "帮我写个道歉短信，昨天我上门修洗衣机迟到了两个小时，客户是常州的严丽萍阿姨，住新北区太湖东路9号龙湖花园28幢502，她家孙子发烧在家，我敲门还把孩子吵醒了。",
        ),
        (
            "assistant",
            "严阿姨您好，我是昨天上门维修洗衣机的师傅。昨天因为我个人原因迟到了两个小时，还在孩子发烧休息的时候敲门吵到了他，非常抱歉。洗衣机后续如有任何问题，我随时上门免费复查。祝孩子早日康复！",
        ),
        ("user", "要不要加上她家地址，让她知道是哪一单？"),
        (
            "assistant",
            "不建议在短信里写出她家地址，短信是发给她本人的，她自己清楚是哪一单。如果需要对应工单，可以写上工单号，例如“工单号：WX-20261206-xxxx”，把xxxx换成实际号码就行。",
        ),
    ],
]
