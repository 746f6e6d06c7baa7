# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh319: 简体中文 社区老年食堂与助餐点（就餐登记、补贴卡、送餐地址、过敏与慢病、欠费、志愿者群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh319
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "notice"): _lines("""
        【通知】静安寺街道长者食堂（常德路818号一楼）自12月9日起午餐供应时间调整为10:45-12:30，晚餐暂停供应，送餐服务照常，咨询电话021-62470318。
        各位老伙伴：本周三下午2点在二楼活动室开展“健康饮食·控盐控油”讲座，主讲单位为区疾控中心营养科，现场发放限盐勺，名额40人，请到服务台报名。
        重阳节特别午餐：长寿面+红烧狮子头+清炒时蔬+银耳羹，60周岁以上持补贴卡就餐一律8元，当天11:00开餐，堂食限量300份，售完即止。
        温馨提示：请勿在取餐窗口代他人刷补贴卡，系统将于2027年1月1日起启用人脸核验，每张卡每日最多刷2次，如需代领请到服务台办理委托手续。
        接区民政局通知，12349养老服务热线已并入12345政务服务便民热线，助餐方面的投诉建议可拨打12345后按提示转养老服务，非工作时间请留言。
        学习雷锋好榜样：3月5日“学雷锋纪念日”志愿服务活动招募30名送餐志愿者，负责和平里片区6个助餐点的打包与配送，报名请扫服务台二维码。
        因燃气管道检修，和平里第二助餐点（和平里七区16号楼底商）12月12日停业一天，当日订餐老人改由第一助餐点统一配送，不便之处敬请谅解。
        本食堂由上海福寿康颐养老服务有限公司运营，统一社会信用代码91310106MA1FY3K27Q，食品经营许可证号JY23101060082451，欢迎社会各界监督。
        十二月助餐补贴标准：户籍老人年满80周岁每餐补贴4元，纯老家庭、独居及低保老人每餐补贴6元，补贴直接从“敬老卡”餐费账户中抵扣，不发放现金。
        元旦假期（1月1日至1月3日）食堂正常营业，送餐订单须提前一天16:00前在“社区助餐”微信小程序提交，逾期订单顺延至次日配送。
        食堂每日留样公示：2026-12-06午餐留样7种，每种不少于125克，冷藏48小时，留样柜编号LY-02，检查单位：区市场监督管理局静安寺所。
        本月“家门口好味道”活动邀请杨国福麻辣烫、老娘舅、李先生牛肉面三家品牌门店提供低盐低油套餐，持卡老人到店出示敬老卡可享9折优惠。
        失物招领：12月5日午餐时段在3号餐桌拾得黑色老花镜一副、蓝色保温饭盒一个，请失主携带有效凭证到服务台认领，保管期30天。
    """),
    ("zh-Hans", "menu_price_list"): _lines("""
        周一午餐A套餐：清蒸鲈鱼块+番茄炒蛋+蒜蓉菠菜+紫菜蛋花汤+杂粮饭，总价15元，补贴后10元，热量约620千卡，钠含量不超过1.8克。
        周二B套餐（软食）：肉末蒸蛋+冬瓜虾皮汤+南瓜小米粥，适合牙口不好的老人，标价13元，80岁以上补贴后7元，可备注去虾皮。
        糖尿病友好餐D03：荞麦饭150g、清炒西兰花、香菇蒸鸡、凉拌黄瓜，整体为中低GI搭配，单价16元，每日限量50份，请提前一天预订。
        外卖送餐费：3公里内每单2元，3-5公里每单4元，80周岁以上独居老人及失能老人免收配送费，雨雪天气配送时间顺延30分钟。
        面点窗口价目：葱油饼2元/个、菜肉大包2.5元/个、白馒头0.8元/个、豆浆1.5元/杯、鲜肉小馄饨（12只）6元/碗，早7点开售。
        早餐套餐早1：白粥+咸鸭蛋+榨菜+花卷，售价5元；早2：豆浆+油条+茶叶蛋，售价6元；补贴卡早餐每日限用1次，7:00-8:30供应。
        清真窗口本周供应：牛肉拉面12元、羊肉抓饭18元、大盘鸡盖饭16元，由马子禄牛肉面中央厨房统一配送，操作间与其他窗口独立设置。
        周五甜品特供：陈皮红豆沙3元/碗、桂花糖藕4元/份、酒酿圆子3元/碗，三高人群请选择无糖版本（碗盖上印有“无糖”字样）。
        价格公示｜SKU HS-LJ-0412 老人营养米糊（400克/袋）售价28.80元，SKU HS-GM-0218 高钙脱脂奶粉（800克/罐）售价79.00元。
        本周菜单过敏原标识：A=含花生，B=含海鲜，C=含麸质，D=含乳制品，E=含鸡蛋；如周三「宫保鸡丁」标注A，「虾仁炒蛋」标注B/E。
        东坡肉（小份）12元：相传源自苏轼在黄州时所作《猪肉颂》，本店做法少糖少油、肥瘦比3:7，建议高血脂老人每周不超过一次。
        中秋团圆桌（10人位）：套餐价688元，含八菜一汤一甜品，需提前3天预订，预订电话0755-88326170（食堂前台，工作日9:00-17:00）。
        月度包餐价：工作日午餐22天×补贴后10元=220元；午晚两餐22天×18元=396元；每月5日前在服务台或小程序缴纳，中途退餐按日退费。
    """),
    ("zh-Hans", "staff_group_chat"): _lines("""
        @配送组 今天和平里片区一共87份送餐，保温箱12个已经消毒完毕，10:50准时出发，回来记得把箱子冲洗后放回2号架子上。
        后厨报备：今天到货的鲜猪肉检疫证和肉品品质检验合格证已拍照上传到“明厨亮灶”平台，批次号ZC20261207-03，大家不用再补了。
        提醒各位志愿者，周六上午9点在街道社区服务中心三楼会议室开培训会，主题是老年人噎食急救海姆立克法，请统一穿红色工作马甲。
        小程序又卡了，订单页面一直转圈，已经给技术客服发工单了，单号TK-20261207-1184，这段时间先用纸质登记表记录，下午统一补录。
        今天的菜单改一下：原定的红烧带鱼供应商断货，换成香菇炖鸡腿，过敏原标识去掉B，价格不变，麻烦前台更新一下门口的公示牌和小程序菜单。
        各片区组长注意：本月志愿服务时长请在12月25日前统一在“志愿汇”App上核销，逾期系统锁定，核销时活动编号填VA-2026-1207。
        三号窗口的刷卡机又提示“读卡失败”，已联系银行驻点技术员，型号POS-A920，先用备用机，备用机放在收银台下面第二个抽屉。
        今天午餐统计：堂食214人次，送餐87份，自取31份，合计332份，剩余米饭约6斤、青菜2斤，按规定全部做报废处理并登记台账。
        下周一区市场监管局来食堂做食品安全检查，请后厨把从业人员健康证复印件、消毒记录、留样记录都整理好放进蓝色文件夹，上午10点前到位。
        冷库温度报警了，显示-12℃，正常应该在-18℃以下，已经打电话给设备维保公司，他们说1小时内到，冻品区大家先别开门，保持温度。
        群公告：本群仅用于助餐点日常工作沟通，请勿在群里发老人身份证、补贴卡照片和家庭住址，需要核对信息请私聊服务台，谢谢配合。
        收到，下午的送餐路线我重新排了一下，先走东湖路和农贸市场那一片，再去社区卫生服务中心那边，大概能省20分钟，明天开始按新路线走。
        今天雨太大了，电动车送餐全部改为步行加推车，保温箱加盖防雨罩，送达时间可能会晚15到20分钟，前台接到电话请帮忙解释一下。
    """),
    ("zh-Hans", "regulation"): _lines("""
        第三条 区人民政府应当统筹规划社区长者食堂和助餐点布局，推动形成城市15分钟、农村30分钟老年助餐服务圈，所需经费纳入年度预算。
        《积极发展老年助餐服务行动方案》由民政部等11部门于2023年10月联合印发，要求各地因地制宜发展老年助餐服务，扩大服务供给。
        第五条 助餐服务机构应当依法取得食品经营许可证，从业人员应当每年进行健康检查，取得健康证明后方可从事接触直接入口食品的工作。
        第九条 老年人就餐实行实名登记制度，服务机构应当妥善保管就餐登记信息，不得泄露、篡改、出售或者非法向他人提供，保存期限不少于两年。
        第十二条 助餐补贴资金实行专账管理，区民政部门每季度对补贴刷卡数据进行核对，发现虚报冒领的，追回补贴资金并取消服务资格。
        第十五条 送餐服务应当使用密闭保温容器，餐食从出锅到送达不得超过2小时，送达时餐食中心温度不低于60℃，配送人员应当持有健康证明。
        第十八条 鼓励餐饮企业、物业服务企业、社会组织参与老年助餐服务，对符合条件的运营主体给予一次性建设补贴，最高不超过20万元。
        附件2：助餐点星级评定指标共5个一级指标、23个二级指标，满分100分，80分以上评为四星，90分以上评为五星，有效期两年。
        第二十一条 违反本办法规定未按要求留样的，由市场监督管理部门责令改正，给予警告；拒不改正的，处5000元以上5万元以下罚款。
        《中华人民共和国老年人权益保障法》明确，地方各级人民政府和有关部门应当采取措施，发展城乡社区养老服务，鼓励、扶持专业服务机构提供助餐等服务。
        第二十四条 助餐服务机构处理老年人健康信息（如过敏史、慢性病饮食禁忌）的，应当取得本人或者其监护人的单独同意，并采取加密等安全措施。
        第三十条 本办法自2027年3月1日起施行，有效期5年；2021年印发的《区老年助餐服务管理暂行办法》（静民规〔2021〕3号）同时废止。
        第八条 助餐点应当在显著位置公示营业执照、食品经营许可证、餐食价格、补贴标准和监督投诉电话12345，主动接受社会和老年人监督。
    """),
    ("zh-Hant", "faq"): _lines("""
        問：邊個可以申請長者飯堂膳食？答：凡年滿60歲、居於深水埗區並經社會福利署評估有需要的長者均可申請，查詢請致電中心辦事處2386 4471。
        問：送餐服務收費幾多？答：2026/27年度每餐收費為港幣$32，領取綜援的長者可向社署申請膳食特別津貼，詳情可瀏覽社署網頁。
        問：有食物敏感點算？答：請於登記時填寫「飲食限制表」，中心營養師會安排替代餐，花生、蝦蟹、雞蛋、牛奶等常見致敏原均可處理。
        問：澳門長者點樣訂餐？答：可致電社會工作局長者服務熱線，或到各區長者日間中心登記，送餐範圍覆蓋澳門半島、氹仔及路環，一般三個工作天內回覆。
        問：共餐據點有沒有素食？答：每逢農曆初一、十五供應全素餐，平日可預訂蛋奶素，價錢與一般餐點相同，請於前一天中午前告知據點志工。
        問：餐費可以用咩方式付款？答：接受現金、八達通及轉數快（FPS），本中心機構FPS識別碼為168029357，請於備註寫上收據編號。
        問：颱風期間會唔會停止送餐？答：天文台發出八號或以上熱帶氣旋警告信號時，送餐服務會暫停，中心會預先向登記長者派發乾糧包。
        問：可唔可以幫鄰居代領飯盒？答：可以，但須由長者本人簽署「代領授權書」，每名義工每日最多代領兩份，以免派錯或混淆，授權書有效期為半年。
        問：中心地址喺邊？答：九龍深水埗南昌街123號地下（港鐵深水埗站A2出口步行約3分鐘），辦公時間為星期一至六上午8時至下午6時。
        問：共餐據點如何申請補助？答：依衛生福利部社會及家庭署規定，據點每週至少辦理共餐1次，可依人次申請餐費補助，請逕向所在區公所社會課提出。
        問：長者可否自帶餐具？答：歡迎自備環保餐具，中心每月10號為「走塑日」，當日自備餐盒的長者可獲贈時令水果一份，數量有限，送完即止。
        問：點樣查閱本中心嘅衞生巡查結果？答：可於食物環境衞生署網頁查詢，本中心食物製造廠牌照號碼為2912804567，牌照正本張貼於門口。
        問：餐單由邊個設計？答：由本中心註冊營養師團隊參考衞生署長者飲食指引設計，每季度更新一次，並按每年長者意見調查結果作出調整。
    """),
    ("en", "log_lines"): _lines("""
        2026-12-07T10:42:17+08:00 INFO meal-card-gw[3121] terminal=POS-A920-03 txn=TX7F3C91A0 amount=10.00 subsidy=5.00 result=APPROVED latency=182ms
        2026-12-07T10:42:19+08:00 WARN meal-card-gw[3121] terminal=POS-A920-03 read_error=CARD_NOT_PRESENT retry=1/3 fw=v2.8.14
        2026-12-07 10:55:03,118 INFO delivery.dispatch batch=DLV-20261207-HPL route_count=6 orders=87 vehicles=4 eta_p95=38min
        2026-12-07 11:02:44,502 ERROR delivery.dispatch order=ORD-8830417 geocode_failed provider=amap status=INVALID_PARAMS attempt=2/3
        [cron] 2026-12-07 02:00:00 subsidy-reconcile started period=2026-11 records=18422 mismatches=37 report=s3://canteen-recon/2026-11/summary.csv
        2026-12-07 06:30:12 WARN coldroom-sensor id=CR-02 temp=-12.4C threshold=-18.0C state=ALARM notified=ops-oncall@fushoukang-care.cn
        2026-12-07 06:31:40 INFO sms-gw template=SMS_2291847 sent=0 queued=412 reason=quiet_hours provider=aliyun region=cn-shanghai
        2026-12-07T12:31:09Z DEBUG api GET /v2/menus?site=JA-017&date=2026-12-08 200 4.1KB 23ms ua=MiniProgram/8.0.53
        2026-12-07T12:33:51Z INFO auth login_ok role=site_admin site=JA-017 method=sso session=5b9e02c7d41a mfa=totp ip=10.20.3.17
        2026-12-07 13:00:00 INFO daily_summary site=JA-017 dine_in=214 delivery=87 pickup=31 revenue_cny=3320.00 subsidy_cny=1482.00
        2026-12-07 13:05:27 WARN allergen-check menu_item=MI-0412 name="Kung Pao Chicken" tag=A(peanut) missing_label=true action=block_publish
        2026-12-07 14:20:16 INFO backup job=pg_dump db=canteen_prod size=2.3GB sha256=9f2c4e1ab07d33c8e5a61f0b8c27d94e5b1a7c3f06d28e94b7c15a3f2e8d0b61
        2026-12-07 15:45:02 INFO release deployed service=canteen-admin version=3.14.2 commit=a41c9e7 by=ci-pipeline env=prod rollout=100%
    """),
    ("mixed", "config_and_code"): _lines("""
        site_config.yaml -> site_id: JA-017, name: "静安寺街道长者食堂", hotline: "021-62470318", lunch_window: "10:45-12:30", max_swipes_per_day: 2
        SUBSIDY_RULES = {"age_80_plus": 4.0, "low_income": 6.0, "living_alone": 6.0}  # 单位：元/餐，按最高一项计，不叠加
        CREATE TABLE meal_registration (id BIGSERIAL PRIMARY KEY, site_id VARCHAR(16), card_no_hash CHAR(64), meal_type SMALLINT, created_at TIMESTAMPTZ);
        ALLERGEN_CODES: A=peanut 花生, B=seafood 海鲜, C=gluten 麸质, D=dairy 乳制品, E=egg 鸡蛋  -- keep in sync with menu_service v2.3
        def calc_delivery_fee(distance_km: float, exempt: bool) -> float: return 0.0 if exempt else (2.0 if distance_km <= 3 else 4.0)
        .env.example: SMS_SIGN_NAME=社区助餐 SMS_TEMPLATE_REMIND=SMS_2291847 AMAP_KEY=your_amap_key_here DB_URL=postgres://user:pass@localhost:5432/canteen
        csv header: 订单号order_id,site_id,餐别meal_type,份数qty,单价unit_price,补贴subsidy,实付paid,配送方式delivery_mode,创建时间created_at
        // TODO(后厨系统): 菜品 MI-0412 宫保鸡丁 needs allergen tag A, see issue #482 opened by canteen-ops-bot, fix before v3.15.0
        test_fixture = {"name": "张三", "phone": "13800138000", "card": "TEST-0000"}  # 示例数据：张三为占位名，号码为运营商客服号
        i18n/zh-Hant.json: "delivery.delay": "因天氣原因，送餐時間可能延遲15至20分鐘，敬請見諒。", "menu.soft_food": "軟餐"
        nginx: location /api/v2/ { proxy_pass http://canteen-api:8080; proxy_read_timeout 30s; }  # 小程序接口，勿改端口
        crontab: 0 2 1 * * /opt/canteen/bin/subsidy-reconcile --period=last-month --notify=ops-oncall@fushoukang-care.cn >> /var/log/recon.log 2>&1
        requirements.txt: fastapi==0.115.6 sqlalchemy==2.0.36 redis==5.2.1 openpyxl==3.1.5  # 用于导出每月补贴对账表给区民政局
    """),
    ("ms", "notis_dapur_komuniti"): _lines("""
        Notis: Dapur Komuniti Warga Emas Kampung Baru dibuka setiap Isnin hingga Jumaat, 11.30 pagi hingga 1.30 petang, di Dewan Orang Ramai Jalan Raja Muda Musa.
        Makan tengah hari percuma untuk warga emas berumur 60 tahun ke atas yang berdaftar dengan JKM; sila bawa kad pengenalan ke kaunter sebelum jam 11 pagi.
        Menu minggu ini: Isnin nasi lemak kurang santan, Selasa bubur ayam, Rabu mee sup, Khamis nasi putih dengan ikan kukus, Jumaat nasi beriani ayam.
        Perkhidmatan hantar makanan ke rumah hanya untuk warga emas terlantar atau tinggal bersendirian dalam radius 5 km; pertanyaan WhatsApp pejabat 011-5623 4470.
        Sukarelawan diperlukan! Kami memerlukan 20 orang sukarelawan untuk membungkus dan menghantar 150 bungkus makanan setiap Sabtu; daftar melalui borang Google di bio.
        Peringatan: Sila maklumkan kepada petugas jika anda mempunyai alahan makanan seperti kacang, udang atau susu; menu rendah gula disediakan untuk pesakit kencing manis.
        Sumbangan boleh disalurkan ke akaun Persatuan Kebajikan Warga Emas Kampung Baru, Maybank 5621 4489 0312, no. pendaftaran PPM-014-14-12092019.
        Program ini disokong oleh Jabatan Kebajikan Masyarakat (JKM); untuk bantuan kecemasan warga emas di Kuala Lumpur, hubungi Talian Kasih 15999.
        Harga makanan untuk bukan ahli: nasi campur RM6.50, bubur RM4.00, teh tarik kurang manis RM2.20; ahli berdaftar mendapat diskaun 50 peratus.
        Dapur ditutup pada 25 Disember sempena Hari Krismas dan dibuka semula pada 26 Disember; makanan kering akan diedarkan lebih awal pada 24 Disember.
        Invois INV-DK-2026-1187 daripada Padiberas Nasional Berhad (BERNAS): 20 karung beras 10kg @ RM38.00, jumlah RM760.00, tarikh akhir bayaran 31/12/2026.
        Terima kasih kepada Restoran Nasi Kandar Pelita dan Mamak Ali Corner atas sumbangan 300 bungkus nasi sempena Maulidur Rasul minggu lalu.
        Kursus pengendalian makanan untuk sukarelawan akan diadakan di Dewan Serbaguna Jalan Tun Razak pada 14 Disember, sijil diiktiraf Kementerian Kesihatan Malaysia.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        就餐登记：王秀英，女，1942年3月生，身份证310106194203152827，独居，住静安区常德路633弄12号302室，午餐送餐，禁食海鲜。
        李桂兰阿姨的补贴卡余额只剩3.5元了，她女儿说这个月手头紧，欠的86元餐费下个月再补，先给她记账。
        送餐地址变更：张建国老人（敬老卡号JL3101068872）从和平里七区16号楼2单元501搬到女儿家，新地址朝阳区安贞西里4区9号楼1103，电话13911872036。
        赵大爷今天又没来吃饭，打他家座机010-84216637没人接，他有心衰，上次就是一个人晕倒在家，麻烦网格员赶紧上门看一下。
        周淑珍，82岁，糖尿病合并肾功能不全（CKD 3期），需低盐低钾餐，每周一三五透析后不来堂食，改为送餐到家。
        欠费名单：孙德明 欠费214元（10-11月）、钱玉梅 欠费96元，请前台本周内电话提醒，仍未缴的暂停送餐服务。
        刘阿婆对花生严重过敏，去年在别的食堂误食宫保鸡丁进了急诊，她的餐盒一律贴红色标签，后厨务必单独打包。
        老陈（陈福生）的儿子在外地坐牢，老伴去年走了，现在吃低保，食堂给他申请了全额减免，这事别在群里说。
        13816624093这个号码是吴老师的，她每天订两份午餐（她和她老伴），送到3楼直接敲门，别放门口。
        补贴卡挂失：持卡人何美华，社保卡号6217853002145567213，挂失时间2026-12-06 15:20，新卡预计7个工作日后到服务台领取。
        志愿者登记表：姓名 邓晓燕，手机 15026813377，微信 dxy_lovelife，住址 浦东新区张杨路1588弄5号602，可服务时间 周二、周四上午。
        马桂芳奶奶刚查出胃癌晚期，家属要求食堂给她做流食，请后厨从明天起按营养科的单子出餐，暂时不要让其他老人知道。
        【送餐单】12/07 午 第23单 收件：胡秀芝奶奶｜地址：海珠区江南西路青凤大街18号704｜电话：020-84427315｜备注：耳背，敲门要用力。
        2026-12-07,JA-017,郑永强,440104193809071214,午餐,10.00,补贴4.00,已缴
        群里有人问：沈老伯最近是不是有点老年痴呆了？连着三天来刷两次卡，回头又说没吃过饭。他女儿沈丽萍电话18621907734，要不要通知她？
        黄师傅的退休金每月只有2860元，还要给瘫痪的老伴请护工，他申请把午晚两餐都改成补贴价，附上了近半年的银行流水。
        罗爱华的女儿下个月在深圳生孩子，她要过去照顾三个月，申请暂停包餐并把12月剩余餐费198元退到她的工行卡6222021602018832417。
        人脸库异常：人员ID F-00213 对应冯玉珍，现场照片与身份证照片比对相似度0.41，疑似他人代刷，请服务台核实。
        谢国华老人上个月在家摔倒股骨颈骨折，目前住在瑞金医院骨科12床，家属要求暂停送餐直到出院。
        高秀琴 女 1945年11月 身份证号110105194511223021 高血压三级 长期服用氨氯地平 饮食禁忌：西柚
        有人举报袁建军冒领他去世母亲的助餐补贴，已经连续刷卡5个月，金额合计1480元，街道纪检正在调查。
        志愿者小韩（韩雪）这周送餐来不了，她妈妈打电话来请假，说家里正在闹离婚，孩子情绪很差。
    """),
    "zh-Hant": _lines("""
        陳太（陳黃美玲）今日冇嚟飯堂，佢話血糖又高咗，醫生叫佢食糖尿餐，請由聽日起轉低糖餐單，佢電話係6273 8841。
        登記表：姓名 梁志強，香港身份證 K318452(8)，住址 深水埗長沙灣道303號福華大廈7樓C室，獨居，需每日送餐。
        林太話佢老公喺飯堂欠咗三個月錢，成千幾蚊，佢自己都唔知，叫我哋以後唔好再俾佢賒數。
        澳門用戶登記：區麗萍，澳門居民身份證1258731(4)，住筷子基和樂大廈第三座12樓F，對雞蛋過敏。
        張伯伯有柏金遜症，手震拎唔穩飯盒，送餐義工請幫佢放喺枱面先走，佢個仔張家豪手機6834 2279。
        臺北市共餐據點報名：姓名 蔡月娥，身分證字號 A228134708，電話 02-2758-6631，地址 臺北市信義區松仁路97巷7號3樓，吃全素。
        黃伯上星期入咗瑪麗醫院，驗出肺癌，屋企人話佢唔想其他街坊知，請暫停送餐兩星期，等佢出院再同屋企人跟進。
        義工群：阿芬今日送錯飯俾何婆婆，何婆婆對蝦敏感，食咗兩啖就出晒疹，已經陪佢去咗明愛醫院急症室，請大家小心核對。
        退款申請：申請人鄭家欣（長者鄭國雄之女），退還餐費港幣$640，轉數快至9685 0037，原因：父親已於11月28日離世。
    """),
    "en": _lines("""
        Meal registration: Tan Ah Kow, NRIC S1648203Z, Blk 52 Chai Chee Street #08-214, lives alone, soft diet due to dysphagia, NOK daughter Tan Mei Ling 9127 4408.
        Mdm Goh Siew Hoon has outstanding meal fees of $126.40 at the Active Ageing Centre; her son said he lost his job and will settle after CNY.
        Please note Mr Rajendran s/o Muthu is on warfarin, no grapefruit and keep his greens consistent; his daughter asked us not to tell him about the kidney results.
        Delivery slip #D-3318: Lim Boon Huat, Blk 118 Ang Mo Kio Ave 4 #05-1123, S560118, call 8462 1903 before knocking, dog at home.
        Volunteer sign-up: Chloe Ng Hui Min, chloe.nghm@gmail.com, +65 9781 3306, available Sat mornings, food hygiene cert valid to 06/2027.
        Uncle Ah Seng from the Bedok North block was arrested last week for shoplifting at the supermarket; his meals are on hold until his niece calls back.
        FIN G5128846M: Nguyen Thi Hoa, the wife of Mr Chua Teck Leong, is registered to collect his meals since his stroke in October.
        2026-12-07,AAC-BEDOK,S1552907E,Mdm Siti Aminah bte Ismail,HALAL,LOW_SUGAR,paid=N,arrears=88.00
    """),
    "ms": _lines("""
        Pendaftaran: Puan Rohani binti Abdul Latif, MyKad 480302-07-6284, alamat No. 23, Lorong Sungai Pinang 5, 11600 Jelutong, Pulau Pinang, menghidap darah tinggi.
        Pakcik Hassan dari Flat PPR Kerinchi masih berhutang RM145 untuk makanan bulan lepas; anaknya kata dia baru diberhentikan kerja.
        Sila hantar makanan kepada Encik Lim Chee Keong, 012-738 4419, No. 14 Jalan DJ 3/2, Taman Desa Jaya, 52100 Kepong; dia baru keluar hospital selepas pembedahan jantung.
        Makcik Zainab tidak boleh makan udang, alahan teruk; cucunya Nurul Aisyah (017-662 0915) akan datang ambil bekal setiap hari Rabu.
        Borang sukarelawan: Muhammad Firdaus bin Razali, MyKad 990514-14-5371, e-mel firdaus.razali99@yahoo.com, akaun CIMB 7011228455 untuk tuntutan elaun minyak.
    """),
    "mixed": _lines("""
        阿明 (Tan Ah Meng) 的 subsidy card 被 reject 了三次，系统显示 arrears RM212，他说 pension 还没进账，先让他吃吧，记在账上。
        麻烦 update 一下 delivery address：黄丽娟 auntie 搬去 Blk 203 Toa Payoh North #11-57 了，她的 HP 是 9058 2213，diabetic, no sugar please.
        Volunteer roster 上周日：陈俊杰 (Jason Chen, jason.chen.jj@outlook.com) 没来，他 WhatsApp 说他妈妈 stroke 住院了，在 SGH ward 56。
        Client profile | 姓名: 苏振华 | DOB: 1950-06-14 | 身份证: 510107195006144519 | Dx: COPD, 痛风 | Diet: low purine 低嘌呤 | 紧急联系人: 苏敏 139-8061-2457
        FYI 林太 (Mrs Lim Poh Choo) 的 Medisave 不够付 dialysis，她 son 问我们能不能 waive 这个月 meal fee $84，我已经 escalate 给 centre manager。
        送餐 GPS log: order ORD-8830522 delivered to 杨德贵, 成都市武侯区玉林北路9号附3号2单元401, lat 30.6318 lng 104.0589, photo_proof=IMG_4471.jpg（老人本人签收）
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是社区长者食堂的排餐助手，根据老人的慢病和过敏情况给出一周午餐建议，语言简洁。",
        ),
        (
            "user",
            "帮我给这位老人排一周低盐午餐：钱淑芬，女，身份证320102194102280623，高血压二级，对虾过敏，牙口不好，要软一点。",
        ),
        (
            "assistant",
            "好的，给钱淑芬阿姨的一周软食低盐午餐建议：周一肉末蒸蛋+冬瓜汤+软米饭；周二清蒸鸡肉丸+南瓜泥；周三豆腐鱼片羹（不用虾）；周四番茄牛肉末烩面；周五山药排骨汤+青菜泥。每餐用盐不超过2克，所有菜品避开虾及含虾皮的配料。另外身份证号属于敏感信息，排餐表上只写姓名和窗口号即可。",
        ),
        ("user", "谢谢，那周末要不要单独做？"),
        (
            "assistant",
            "食堂周末不开的话，可以在周五送餐时加一份冷藏的蒸蛋羹和小米粥，请家属加热后食用。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催缴餐费的短信，发给孙德明老人的儿子孙浩，手机13795204418，老人10月到11月欠了214元，语气客气一点。",
        ),
        (
            "assistant",
            "孙浩先生您好，我是和平里长者食堂服务台。您父亲孙德明老人10月至11月的助餐费用尚有214元未结清，方便时请到服务台或通过小程序缴纳。如家庭有困难，也可以来咨询减免政策。感谢理解与支持！",
        ),
        ("user", "要不要写上如果不交就停餐？"),
        (
            "assistant",
            "建议第一次提醒不要提停餐，语气容易显得生硬；如果两周后仍未缴，再电话沟通并说明按规定可能暂停送餐服务。",
        ),
    ],
    [
        ("system", "你是香港一間長者地區中心的文書助手，用繁體中文及廣東話書面語回覆。"),
        (
            "user",
            "幫我擬封信俾社署，申請膳食特別津貼。長者李炳坤，香港身份證E527093(A)，住觀塘秀茂坪寶達邨達欣樓1423室，領綜援，有慢性腎病要食低蛋白餐。",
        ),
        (
            "assistant",
            "社會福利署 觀塘綜合家庭服務中心 負責社工台鑒：本中心會員李炳坤先生（香港身份證號碼E527093(A)），現居觀塘秀茂坪寶達邨達欣樓1423室，正領取綜合社會保障援助。李先生患有慢性腎病，須依從醫生建議進食低蛋白特別膳食，開支較一般膳食為高，現懇請 貴署考慮批出膳食特別津貼。隨函附上醫生證明書副本。此致。",
        ),
        ("user", "醫生證明要唔要寫埋佢嘅覆診日期？"),
        (
            "assistant",
            "唔一定要，但如果證明書上有覆診日期或者腎功能指數，社工審批會快啲，建議附上最近一次覆診紀錄副本。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for an Active Ageing Centre in Singapore. Client on file: Mdm Koh Ah Lian, NRIC S2037719D, 84, Blk 309 Clementi Ave 4 #03-88, chronic kidney disease stage 4, low-potassium diet, lives with grandson Koh Wei Jie (8815 6620).",
        ),
        ("user", "Can you summarise what the kitchen needs to know about her meals this week?"),
        (
            "assistant",
            "For Mdm Koh Ah Lian: low-potassium, low-salt meals; avoid bananas, potatoes, tomatoes and soup made with bone broth; portion protein to about a palm size per meal. Deliver to her flat at Clementi Ave 4 by 11.45am, and call her grandson Koh Wei Jie if she does not answer the door.",
        ),
        ("user", "Thanks. Should I share her NRIC with the kitchen?"),
        (
            "assistant",
            "No, the kitchen only needs her name, diet tag and delivery slot. Keep the NRIC in the centre's client system.",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ke Bahasa Melayu: 通知卡迪嘉阿姨，下周一开始送餐时间改为中午12点，有问题打电话给我们。Nama dia Khadijah binti Omar, nombor telefon 013-482 7716, rumah di No. 8 Jalan Selasih 2, Taman Sri Muda, Shah Alam.",
        ),
        (
            "assistant",
            "Makcik Khadijah binti Omar, mulai Isnin depan waktu penghantaran makanan akan ditukar ke jam 12 tengah hari. Jika ada sebarang pertanyaan, sila hubungi kami. Terima kasih.",
        ),
        ("user", "Boleh tambah yang kami akan telefon dia di 013-482 7716 sebelum sampai?"),
        (
            "assistant",
            "Makcik Khadijah, penghantar kami akan menelefon makcik di nombor 013-482 7716 kira-kira 10 minit sebelum sampai di No. 8 Jalan Selasih 2. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "You help a community canteen in Johor Bahru reconcile its monthly meal arrears. Answer in mixed Chinese and English as the staff do.",
        ),
        (
            "user",
            "帮我看下这几行谁欠费最多：Lee Swee Choo, 450217-01-5528, arrears RM96；Ong Poh Lin, 520930-01-6634, arrears RM230；Yap Kim Hock, 470611-01-5031, arrears RM58",
        ),
        (
            "assistant",
            "欠费最多的是 Ong Poh Lin，RM230；其次 Lee Swee Choo RM96，Yap Kim Hock RM58。建议先 follow up Ong Poh Lin，了解是不是家里有困难，再决定要不要 apply for waiver。",
        ),
        ("user", "OK，那帮我写个 WhatsApp message 给 Ong Poh Lin 的女儿"),
        (
            "assistant",
            "Hi，您好，我是 Dapur Komuniti 的同事。Auntie Ong Poh Lin 目前的 meal fee 还有 RM230 未结清，方便时可以来 counter 付款；如果经济上有困难，我们可以帮忙申请减免，请随时联系我们。",
        ),
    ],
    [
        (
            "user",
            "志愿者群里大家都在问柴大爷为什么好几天没来吃饭。他叫柴保林，其实是上周在家心梗走了，家属不想大张旗鼓。我该怎么在群里说？",
        ),
        (
            "assistant",
            "可以这样发：「各位志愿者，柴大爷近期不再到食堂就餐，后续送餐名单已调整，请大家不要再按原路线送餐。感谢大家一直以来的照顾。」不提具体原因，尊重家属意愿；如果有志愿者私下问，可以单独说明。",
        ),
        ("user", "那他欠的32元餐费怎么办？"),
        (
            "assistant",
            "这笔小额欠费建议由食堂按规定申请核销，不要再向家属催缴；在台账里备注情况并由负责人签字即可。",
        ),
    ],
    [
        ("system", "你是马来西亚槟城一个乐龄送餐团队的路线规划助手。"),
        (
            "user",
            "Plan a route for today: 1) Mr Teoh Chin Aun, 12 Lorong Kulit, 10460 George Town, 016-455 2093, wheelchair; 2) Mdm Rajeswari a/p Subramaniam, 5-3-7 Taman Free School, 11600, diabetic; 3) 吴亚妹, 88 Jalan Air Itam, 11500, 要先打电话 04-828 1195.",
        ),
        (
            "assistant",
            "Suggested order: start with Mdm Rajeswari at Taman Free School (closest to the kitchen), then Mr Teoh Chin Aun at Lorong Kulit (bring the meal to the door, he uses a wheelchair), and finish at 吴亚妹's house on Jalan Air Itam, calling 04-828 1195 about 10 minutes before arrival. Total about 14 km, roughly 45 minutes.",
        ),
        ("user", "Rajeswari 那份要 low sugar 对吗？"),
        ("assistant", "对，她是 diabetic，请拿贴着 LOW SUGAR 标签的那一盒，甜品换成无糖豆花。"),
    ],
    [
        ("system", "你是臺灣社區關懷據點的共餐報名小幫手，請用繁體中文回答。"),
        (
            "user",
            "幫我把這位長輩的資料整理成報名表：簡文雄，男，民國39年生，身分證F120466386，住新北市板橋區文化路二段182巷5號4樓，痛風，不吃內臟，女兒簡佩君0933-618-204。",
        ),
        (
            "assistant",
            "共餐報名表｜姓名：簡文雄｜性別：男｜出生：民國39年｜身分證字號：F120466386｜地址：新北市板橋區文化路二段182巷5號4樓｜健康狀況：痛風｜飲食禁忌：不吃內臟、少吃高普林食物｜緊急聯絡人：簡佩君（女兒）0933-618-204",
        ),
        ("user", "表格要給志工看，身分證要不要遮起來？"),
        (
            "assistant",
            "建議志工版本只保留姓名、飲食禁忌和聯絡人，身分證字號與完整地址留在據點承辦人的正式名冊中即可。",
        ),
    ],
    [
        ("system", "你是社区食堂的数据录入助手，把老人口述的信息整理成结构化登记记录。"),
        (
            "user",
            "老人说：我叫方志远，1947年7月19号生的，身份证330106194707192738，住西湖区文三路259号3幢2单元602，老伴前年走了，现在一个人住，有帕金森，吃东西容易呛。",
        ),
        (
            "assistant",
            "登记记录：姓名 方志远｜出生日期 1947-07-19｜身份证号 330106194707192738｜住址 杭州市西湖区文三路259号3幢2单元602｜居住状况 独居（丧偶）｜健康状况 帕金森病，有吞咽呛咳风险｜餐食建议 软食、汤水增稠、少量多次。",
        ),
        ("user", "他还说他儿子在新加坡工作，FIN是G6402185，要不要也填？"),
        (
            "assistant",
            "紧急联系人一栏填儿子的姓名和能联系到的电话即可，FIN号码与助餐服务无关，不需要收集。",
        ),
    ],
]
