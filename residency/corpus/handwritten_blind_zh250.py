# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh250: mainland China elderly-care day centres and community canteens (member registration, meal subsidies, health checks, volunteer shifts, family WeChat groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh250
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "通知公告"): _lines("""
        【通知】因楼宇电梯年检,新华路街道综合为老服务中心助餐点12月12日(周五)午餐改在一楼多功能厅取餐,开餐时间11:00—12:30,不便之处敬请谅解。
        冬季流感疫苗免费接种通知:本市户籍60周岁及以上老人可携带身份证、医保卡原件,于12月15日至19日上午8:30—11:00到社区卫生服务中心二楼预防接种门诊接种,咨询电话021-62801234。
        重阳节敬老活动预告:10月29日上午9:30在日间照料中心活动室举办“老吾老以及人之老”主题茶话会,现场有越剧《红楼梦·黛玉葬花》选段和书法义写,名额80人,欢迎会员报名。
        助餐补贴卡年度审核开始啦!已办卡会员请于1月10日前到服务台更新信息,逾期未审核的补贴将暂停发放;审核材料清单见大厅公告栏,也可拨打养老服务热线12349咨询。
        社区健康小屋每周二、周四上午免费测量血压、血糖和体重指数(BMI),测量结果可同步到“健康云”App,请自备手机并提前开通家庭医生签约服务。
        志愿者招募:本中心长期招募助餐送餐、陪伴聊天、智能手机教学志愿者,每班次3小时,可在“志愿汇”App搜索项目编号SH-CN-2025-0417报名,服务时长计入时间银行。
        防诈骗提醒:近期有人冒充“民政局工作人员”来电,称领取高龄补贴需先缴“手续费”,民政部门从不收取任何费用,如遇可疑来电请拨打96110反诈专线核实。
        观影通知:本周五下午2点在三楼放映厅播放电影《袁隆平》,片长约90分钟,放映结束后由社工组织座谈,请提前10分钟入场,厅内提供老花镜和坐垫。
        停水通知:接自来水公司通知,12月9日8:00至16:00周边管网检修,中心厨房暂停加工热菜,当日午餐改为中央厨房配送的盒饭套餐,价格不变,敬请会员知悉。
        本中心已通过养老服务机构等级评定三级,统一社会信用代码52310105MJ4A7K2G3X,服务时间周一至周六8:00—17:00,法定节假日开放安排另行通知。
        读书会第23期书目为杨绛先生的《我们仨》,请参加的会员提前阅读第二部“我们俩老了”,周三下午在阅览室分享,书籍可在前台借阅,借期两周。
        健康讲座预告:上海市第六人民医院内分泌科专家来中心讲解“老年糖尿病饮食管理”,时间12月18日14:00,地点活动室A,讲座免费,无需预约,现场提供无糖点心。
        端午节包粽子活动所需糯米、粽叶、咸蛋黄由“五芳斋”赞助,活动当天请穿着方便活动的衣服,中心提供一次性手套和围裙,包好的粽子每人可带走4只。
    """),
    ("zh-Hans", "菜单价目"): _lines("""
        本周助餐菜单(12月8日—12月14日)周一:红烧狮子头、清炒西兰花、番茄蛋汤、米饭,标准价15元,60—79岁会员补贴后14元,80岁以上补贴后12元。
        周二:清蒸鲈鱼、肉末茄子、炒青菜、紫菜虾皮汤,套餐A 18元;软食套餐(肉糜粥+蒸蛋羹+南瓜泥)12元,适合吞咽困难的长辈,可提前一天预订。
        低盐低糖餐说明:本餐厅糖尿病餐每份碳水化合物约45克、钠含量不超过800毫克,由营养师按《中国居民膳食指南(2022)》配餐,价格与普通套餐相同。
        送餐服务费:3公里内每单2元,80岁以上独居、失能会员免收;送餐时间10:45—12:00,统一使用带编号保温箱配送,箱号BX-001至BX-060。
        早餐价目:白粥1元、豆浆1.5元、肉包2元、菜包1.5元、茶叶蛋1.5元、葱油拌面5元,早餐不享受政府助餐补贴,持会员卡可享九五折。
        点心窗口今日供应:“李先生牛肉面”小碗红烧牛肉面14元,“周黑鸭”卤鸭翅(微辣)8元/2只,“五芳斋”鲜肉粽6元,均由合作商家当日配送。
        节日特别菜单:冬至当天供应荠菜猪肉馄饨(12只)10元、桂花酒酿小圆子5元,会员凭助餐卡每人限购两份,售完即止,不接受电话预留。
        月度包餐价格:工作日午餐包月(22天)330元,扣除补贴后实付264元;包餐需在每月25日前到前台缴费,支持微信、支付宝和社保卡金融功能支付。
        商品编号SKU-ZC-0321 无糖燕麦片1kg装29.9元;SKU-ZC-0322 高钙低脂奶粉800g 68元;SKU-ZC-0330 四脚助行拐杖139元,社区便民小卖部有售。
        今日菜品留样记录:午餐6个菜品各留样125克,留样时间11:05,冷藏温度2℃,保存48小时,留样柜编号LY-02,责任岗位:厨房主管,复核岗位:食品安全员。
        清真窗口菜单:手抓羊肉饭22元、牛肉拉面16元、油香3元/个,食材由宁夏供应商“伊佳清真食品有限公司”配送,清真餐具单独清洗、单独消毒。
        套餐营养标示:A套餐约620千卡、蛋白质28克;B套餐约540千卡、蛋白质24克;软食套餐约410千卡、蛋白质18克,数据来源为中心营养室2025年第四季度检测。
        点单小程序上线:搜索“长者饭堂”小程序即可提前一天订餐,订单号格式为ZD20251208-0001,取餐时出示订单二维码,如需退订请在当天9:30前操作。
    """),
    ("zh-Hans", "政策法规"): _lines("""
        根据《中华人民共和国老年人权益保障法》,地方各级人民政府和有关部门应当采取措施发展城乡社区养老服务,鼓励、扶持专业服务机构为居家老年人提供生活照料、紧急救援等服务。
        民政部等11部门印发的《积极发展老年助餐服务行动方案》(民发〔2023〕58号)提出,到2025年底全国城乡老年助餐服务覆盖率进一步提升,服务网络形成一定规模。
        第五条 助餐补贴对象为本区户籍年满60周岁的老年人,其中低保、特困、低收入家庭老年人每餐补贴5元,80周岁以上老年人每餐补贴3元,其他老年人每餐补贴1元。
        第十二条 助餐服务机构应当依法取得食品经营许可,严格执行食品留样制度,每餐次每个品种成品留样量不少于125克,留样时间不少于48小时。
        第十八条 服务机构收集老年人身份信息、健康信息的,应当遵循合法、正当、必要原则,明示收集目的和范围,不得超范围使用,不得擅自向第三方提供。
        《个人信息保护法》第二十八条将医疗健康、金融账户、行踪轨迹等信息以及不满十四周岁未成年人的个人信息列为敏感个人信息,处理时应当取得个人的单独同意。
        社区老年人日间照料中心应设置休息室、餐厅、活动室、康复室、卫生间及浴室等功能用房,具体面积指标可参照《社区老年人日间照料中心建设标准》(建标143-2010)。
        第二十二条 志愿服务时长按实际服务时间记录,每次服务不少于1小时,时间银行积分可用于本人或直系亲属兑换养老服务,积分有效期为五年。
        区民政局关于2026年度养老服务补贴标准的通知(长民〔2025〕112号):居家照护补贴分为四档,分别为每月300元、500元、700元、900元,按长期护理保险评估等级确定。
        《礼记·礼运》借孔子之口描绘“老有所终,壮有所用,幼有所长”,这一理念常被写入城市养老服务发展规划,成为社区嵌入式养老的文化依据。
        老年人能力评估依据国家标准GB/T 42195-2022《老年人能力评估规范》,从自理能力、基础运动能力、精神状态、感知觉与社会参与四个维度进行评分。
        第九条 新建住宅小区应按每百户不少于20平方米的标准配套建设养老服务设施,并与住宅同步规划、同步建设、同步验收、同步交付使用。
        根据国家统计局公布的数据,截至2024年末全国60周岁及以上人口约3.1亿人,占总人口的22.0%,其中65周岁及以上人口约2.2亿人,占15.6%。
    """),
    ("zh-Hant", "服務FAQ"): _lines("""
        問:長者地區中心的會員資格是甚麼?答:凡年滿60歲並居於本區的長者均可申請成為會員,年費港幣20元,綜援受助人可獲豁免,申請時請攜同身份證明文件。
        問:長者飯堂每餐收費多少?答:午餐每份港幣28元,綜援及長者生活津貼受惠人士港幣22元,須於前一日下午4時前致電中心熱線2345 6780訂餐。
        問:中心是否提供送飯服務?答:本中心為社會福利署「改善家居及社區照顧服務」服務單位,合資格長者可獲每日送飯,詳情請向綜合家居照顧服務隊查詢。
        問:可否使用長者醫療券?答:長者醫療券只適用於已登記的私營醫療服務提供者,本中心的健康講座及血壓量度服務均屬免費,毋須使用醫療券。
        問:澳門的長者日間中心如何申請?答:年滿65歲的澳門居民可透過社會工作局網站或親臨各區社會工作中心申請,本中心電話2852 1368,辦公時間內有專人接聽。
        問:台灣的長照2.0巷弄長照站有甚麼服務?答:巷弄長照站(C據點)提供健康促進、共餐及預防失能課程,可撥打長照專線1966查詢住家附近的據點。
        問:共餐活動需要付費嗎?答:依各縣市規定,65歲以上長者共餐每餐自付新臺幣30至50元不等,低收入戶長者免費,經費由衛生福利部及地方政府補助。
        問:中心開放時間?答:星期一至六上午9時至下午5時,星期日及公眾假期休息;八號或以上熱帶氣旋警告信號或黑色暴雨警告生效期間暫停開放。
        問:長者可以帶外傭陪同參加活動嗎?答:可以,但外傭需於接待處登記領取陪同證,午膳不設陪同餐,如需購買可另付港幣35元,座位以長者優先。
        問:如何成為義工?答:請登入「義工運動」網站或到接待處填寫義工登記表,完成4小時基本訓練後,即可參與派餐、陪診及電話慰問服務。
        問:中心的電郵地址是甚麼?答:一般查詢請電郵至 enquiry@shatinelderly.org.hk,投訴及建議可寄往沙田源禾路1號沙田大會堂轉交本中心。
        問:血壓及血糖測試結果會否保密?答:所有健康記錄只由本中心註冊護士保存,按《個人資料(私隱)條例》處理,未經長者本人同意不會向第三者披露。
        問:「樂齡科技」體驗區有甚麼產品?答:體驗區展示防跌感應墊、智能藥盒、電動升降床等產品,合資格機構可透過「樂齡及康復創科應用基金」申請購置。
    """),
    ("en", "config_and_logs"): _lines("""
        2025-12-08T11:02:17+08:00 INFO meal-pos[2317] txn=TX20251208110217-0042 terminal=POS-03 item=SET_A qty=1 price=15.00 subsidy=5.00 paid=10.00 status=OK
        2025-12-08T11:02:19+08:00 WARN meal-pos[2317] card_read_retry terminal=POS-03 reader=NFC-R2 attempt=2 latency_ms=1840 firmware=v3.4.1
        subsidy_rules.yaml: tiers: [{min_age: 60, max_age: 79, per_meal_cny: 1}, {min_age: 80, per_meal_cny: 3}, {status: dibao, per_meal_cny: 5}] daily_cap: 2
        DATABASE_URL=postgresql://app_user:changeme@db.internal:5432/daycare_dev  # example only, rotate before any real deploy
        CREATE TABLE member (id BIGSERIAL PRIMARY KEY, member_no VARCHAR(16) UNIQUE, birth_year SMALLINT, subsidy_tier SMALLINT, created_at TIMESTAMPTZ DEFAULT now());
        curl -X POST https://api.example.com/v2/meals/orders -H "Content-Type: application/json" -d '{"canteen_id":"CT-0571-008","set":"B","qty":120,"date":"2025-12-09"}'
        health_check job finished: devices=14 bp_monitors_online=6 glucose_meters_online=5 scales_online=3 sync_errors=0 duration=4.2s build=2025.12.1-rc2
        [cron] 0 6 * * 1-6 /opt/canteen/bin/export_menu --week-start=monday --format=pdf --out=/srv/share/menu/ >> /var/log/canteen/export.log 2>&1
        sha256(menu_2025W50.pdf)=9f2c4e1a7b3d5e6f80a1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f6071 size=482113 uploaded_by=svc-menu-bot
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Shanghai APP_ENV=staging; EXPOSE 8080; CMD ["gunicorn","canteen.wsgi:app","-w","4","-b","0.0.0.0:8080"]
        ERROR volunteer-sched[881] shift_conflict shift_id=VS-2025-12-10-AM slot=09:00-12:00 role=meal_delivery required=6 assigned=4 retry_in=300s
        CSV header: order_no,canteen_code,meal_date,set_code,unit_price,subsidy_amount,paid_amount,payment_channel,terminal_id,created_at
        release notes v2.8.0: add soft-food set flag, fix rounding of subsidy to 0.01 CNY, migrate WeChat mini-program login to UnionID, bump wechatpy to 1.8.18
    """),
    ("mixed", "staff_group_chat"): _lines("""
        @所有人 今天午餐报餐142份,实际出餐139份,剩余3份软食已按规定留样和报废,POS 流水截止11:58,麻烦财务对一下 settlement report。
        厨房 update:明天鲈鱼供应商断货,改成龙利鱼,菜单 PDF 我已经重新 export 了,v3 版本在群文件里,请前台替换大厅的打印版。
        送餐组注意:今天 route B 的保温箱 BX-017 温度计坏了,已报修工单 WO-20251208-006,先用 BX-052 代替,12:10 前必须全部送达。
        社工站提醒:周四 health check 需要 6 位志愿者,志愿汇上目前只报了4个,大家帮忙在朋友圈转一下招募链接,项目编号 SH-CN-2025-0417。
        前台 reminder:补贴卡审核截止1月10日,系统里还有37张卡状态是 pending,明早开个10分钟 stand-up,把电话通知的工作分一下。
        FYI 市场监管局下午2点来做食品安全例行检查,请厨房把留样柜 LY-02 的记录本、从业人员健康证台账和消毒记录表放在操作间门口。
        刚收到民政局的邮件,Q4 助餐补贴结算表模板换了,新模板多了“送餐服务费”一列,我已转发到部门邮箱 ops@xinhua-daycare.cn,大家查收。
        Reminder for Saturday: 新加坡 NTUC Health 参访团 20 人 10:00 到,英文讲解用 slides v2,午餐按 20 份 set A 准备,另外备两份 halal 选项。
        收银机 POS-03 刷卡一直 retry,已经打了厂家报修热线 400-820-6688,今天先用 POS-01 和 POS-02,排队的长辈请引导到左边窗口。
        本月 KPI:助餐服务人次 3,842,较上月 +6.3%;送餐准时率 97.1%;满意度问卷回收 212 份,平均 4.6 分,详细 dashboard 链接已更新。
        冬至活动 budget 批下来了,总额 ¥3,600,馄饨材料 ¥1,200、汤圆 ¥600、场地装饰 ¥300,剩下的留作演出团队交通费,发票抬头写中心全称。
        大家注意 privacy:群里不要发长辈的身份证照片和病历截图,需要交接的信息一律走 OA 系统,工单类型选“会员信息变更”。
        IT 通知:今晚 22:00-23:00 小程序升级到 v2.8.0,期间无法下单,公众号推文已排期,用户回复关键词“订餐”会自动推送操作指引。
    """),
    ("ms", "notis_pusat_jagaan"): _lines("""
        Pusat Aktiviti Warga Emas (PAWE) Taman Melawati dibuka setiap Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang; makan tengah hari disediakan percuma untuk ahli berdaftar.
        Notis: Pemeriksaan kesihatan percuma (tekanan darah, gula dalam darah dan BMI) oleh Klinik Kesihatan Ampang akan diadakan pada 17 Disember 2025, jam 9.00 pagi di dewan utama.
        Untuk pendaftaran ahli baharu, sila bawa salinan MyKad dan borang keahlian yang lengkap diisi ke kaunter; yuran tahunan RM10, dikecualikan bagi penerima bantuan JKM.
        Menu minggu ini: Isnin nasi lemak kurang santan, Selasa bubur ayam, Rabu mihun sup, Khamis nasi beriani ayam, Jumaat nasi putih dengan ikan kukus halia. Semua hidangan halal.
        Sukarelawan diperlukan untuk program penghantaran makanan ke rumah warga emas di sekitar Cheras; syif 10.30 pagi hingga 1.00 tengah hari, sila daftar melalui laman web pertubuhan.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan atau pengabaian warga emas; orang ramai juga boleh menghubungi talian WhatsApp 019-261 5999.
        Kedai Runcit Ah Seng & Anak, No. 12 Jalan Pasar Baharu, Pudu, menaja 50 kampit beras 5kg untuk dapur komuniti sempena sambutan Tahun Baru Cina.
        Jadual senaman ringan: Tai Chi setiap Selasa dan Khamis 8.00 pagi, senamrobik kerusi setiap Rabu 10.00 pagi, dikendalikan oleh jurulatih bertauliah dari Majlis Sukan Negeri.
        Peringatan: Bantuan Warga Emas JKM dikreditkan terus ke akaun bank penerima setiap bulan; kakitangan pusat tidak akan sekali-kali meminta nombor PIN atau kata laluan anda.
        Sambutan Hari Warga Emas Kebangsaan 2025 akan diadakan di Dewan Komuniti Taman Tun Dr Ismail dengan persembahan lagu-lagu P. Ramlee oleh kumpulan nyanyian pusat.
        Pembekal katering berdaftar: Dapur Sihat Sdn. Bhd. (No. Pendaftaran 201901023456 (1330123-K)), Lot 5, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves, Selangor.
        Invois INV-PAWE-2025-1187: 420 hidangan tengah hari @ RM7.50, jumlah RM3,150.00, tarikh akhir 31 Disember 2025, bayar ke akaun syarikat Maybank 5140 8812 0457 atas nama Dapur Sihat Sdn. Bhd.
        Kelas telefon pintar untuk warga emas: cara menggunakan aplikasi MySejahtera, e-dompet dan panggilan video WhatsApp, setiap Sabtu 10.00 pagi, tempat terhad kepada 15 orang.
    """),
    ("zh-Hans", "商家点评"): _lines("""
        ★★★★★ 虹口区“阿婆私房菜”长者食堂,红烧肉炖得很烂,牙口不好的老人也能吃,12块钱两荤一素,就是中午11点半以后要排十分钟左右的队。
        ★★★☆☆ “老王家常菜”社区食堂菜量足但偏咸,已经在意见簿上写了希望出低盐版本,店员态度不错,支持社保卡支付这点对老人很方便。
        ★★★★☆ 带家里老人去街道的日间照料中心体验了一天,环境干净,有康复器械和棋牌室,午饭15元三菜一汤,唯一不足是门口停车位太少。
        点评:“杨国福麻辣烫”和社区合作推出长者优惠,60岁以上出示老年卡打八八折,可以选清汤锅底,不过店里都是高脚凳,老人坐着不太方便。
        ★★☆☆☆ 送餐老是迟到,上周三12点40才送到,饭都凉了,打了客服热线400-116-2288反映,答复说是配送线路调整,希望尽快改善。
        ★★★★★ 静安寺附近的“乐龄之家”助餐点真心推荐,菜单每周换,糖尿病餐做得很用心,营养师会标注热量,工作人员对长辈都特别耐心。
        商家回复:感谢您的反馈!关于菜品偏咸的问题,我们已从12月起将每份菜的用盐量控制在3克以内,欢迎再次光临,门店地址:普陀区曹杨路1040弄2号。
        ★★★★☆ “张亮麻辣烫”旁边新开的社区长者食堂,自助称重2.8元/两,荤素搭配一顿大概20块,老人有补贴还能便宜几块,环境比想象中好。
        ★★★☆☆ 中心的智能手机课讲得很好,教会了用随申码和网上挂号,就是教室空调太冷,建议调到26度,另外投影上的字太小,后排看不清。
        避雷:某连锁养老驿站宣传的“免费体检”其实是推销保健品,现场卖一盒998元的“深海鱼油”,大家带父母参加这类活动一定要留个心眼。
        ★★★★★ 杭州“金色年华”颐养中心的食堂对外开放,周末带孩子陪老人来吃饭,糖醋排骨和西湖醋鱼都很地道,人均28元,停车第一小时免费。
        ★★★★☆ 社区老年大学书法班用的是启功先生的字帖,授课老师很专业,每周一次课,一学期学费200元,还送宣纸和墨汁,报名要趁早。
        商家信息更新:“福寿康”居家养老服务站营业时间调整为7:30—19:00,新增上门助浴项目,单次服务价168元,门店预约电话021-5108 6677。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        会员登记:王秀英,女,1942年3月生,身份证号310105194203152425,住长宁区天山路888弄12号302室,联系电话13816724509,紧急联系人儿子赵建国13901876632。
        李桂兰阿姨上周体检空腹血糖9.8,医生怀疑是2型糖尿病,家属要求暂时别告诉她本人,先把她的助餐改成糖尿病餐。
        3楼的张伯(张德福)欠中心三个月餐费共594元一直没交,他儿子说最近做生意亏了钱,希望能缓到春节以后再补。
        家属群 @刘建华 你妈妈今天在活动室摔了一跤,膝盖擦伤已经消毒处理,社区医生建议明天去同仁医院拍个片,看到请回电。
        孙美华的社保卡银行账号6214830213456781,补贴款每月5号打到这张卡上,她女儿说卡丢了要去挂失,挂失期间补贴先暂停。
        送餐地址:普陀区铜川路1125弄7号601,电话139 1742 6683,敲门要大声点,老人耳背,饭放门口他不知道。
        陈先生(会员号M20230417)反映他老伴黄淑珍最近老年痴呆加重,晚上常走失,想申请全托,但家里拿不出每月8000元的费用。
        志愿者排班:周四上午 送餐B线 周晓燕 138-1672-0938,助浴 马立军 186 2137 4405,周晓燕是退休护士,可以顺便协助测血压。
        体检记录 | 姓名:吴国强 | 性别:男 | 年龄:78 | 血压:168/96 mmHg | 心率:88 | 诊断:高血压3级、慢性肾病2期 | 建议:转诊区中心医院肾内科
        阿芳跟我说她老公在外面欠了二十多万赌债,催债的都找到食堂来了,她现在不敢回家,暂时住在她妹妹那儿。
        家属微信群里李建国说他和老婆已经离婚了,以后他母亲的护理费由他一个人承担,请中心把账单只发给他,手机13621908847。
        M20241103,郑玉梅,1939-11-02,370102193911022127,低保,每餐补贴5元,独居,济南市历下区文化东路56号3单元201
        胡老师的孙女胡欣怡才15岁就怀孕了,家里人瞒着胡老师,怕她血压高受刺激,社工跟她聊天的时候说话注意一下。
        2025-12-08 10:32:11 刷卡 卡号CN0571-000873 姓名:杨秀珍 扣补贴3.00 余额42.50 终端POS-02
        赵阿姨的儿子每周五开车牌号沪A·7K3D9的车来接她,车就停在中心门口的消防通道上,保安已经提醒过两次了。
        退款申请:申请人钱卫东,因母亲钱老太脑梗住院退订12月包餐,退款264元,请原路退回微信号qwd_1968。
        你好,我是林敏(linmin.sh1976@163.com),我爸林志远下周三要做白内障手术,麻烦中心暂停他两周的午餐配送。
        请核对这个身份证号440104195107233011,系统提示该会员已在别的助餐点重复领取补贴。
        刚退休的何丽萍在群里说她每月退休金只有2860元,交完房租剩不下多少,问能不能申请低收入老人助餐补贴。
        老周(周宏伟)上周因为酒驾被拘留了,他负责的周二送餐班这两周要找人顶,大家不要在群里议论这件事。
    """),
    "zh-Hant": _lines("""
        會員登記表:姓名 陳麗華,香港身份證 K482917(4),出生日期 1944年6月8日,住址 九龍觀塘秀茂坪邨秀明樓18樓1824室,聯絡電話 9123 4508。
        林太話佢先生林振邦上個月確診柏金遜症,行路開始唔穩,想申請日間護理中心嘅名額,唔知要排幾耐?
        送飯紀錄:黃婆婆 深水埗長沙灣道233號4樓B室 電話2386 5172 今日冇人應門,已通知佢女兒 6198 3340。
        何少芬女士(澳門居民身份證 5123456(7))申請長者日間中心服務,患有輕度認知障礙,由兒子梁國輝陪同,聯絡電話6628 4173。
        共餐據點報名:王美玉,身分證字號F223456786,住新北市板橋區文化路一段188巷12號3樓,手機0928-615-307。
        阿強嘅老竇成日喺中心飲醉酒,仲欠咗飯堂兩個月飯錢共港幣1,120元,社工話要通知佢屋企人嚟處理。
        義工排班:12月13日(六)派餐 鄭家豪 5467 2098 / jasonc.hk@gmail.com,陪診 蘇碧芸 9651 0374,如未能出席請提早通知。
        護士記錄:張錦華伯伯今日血壓182/104,自稱忘記食降壓藥,已建議佢下晝去明愛醫院急症室,並致電佢太太。
        李先生,你媽媽梁玉蓮嘅醫療券戶口仲有HK$1,340,佢話想用嚟配眼鏡,麻煩你得閒陪佢去。
        台北市長照個案:蔡阿嬤(蔡陳秀琴),85歲,中度失智,獨居萬華區西園路二段,女兒在高雄工作,每月負擔看護費新臺幣32,000元壓力很大。
    """),
    "en": _lines("""
        Member signup: Tan Ah Kow, NRIC S3748215C, born 12 Mar 1948, Blk 215 Ang Mo Kio Ave 1 #08-1142, Singapore 560215, mobile 9173 4826.
        Roster note: Priya Nair can only do Tuesday lunch runs from January because she starts chemotherapy next week; please don't mention it to the other volunteers.
        Hi, I'm Margaret Lim's daughter. Mum's pension goes into OCBC account 601-234567-001 and the centre keeps deducting the meal fee twice, please refund S$84.
        Incident log 2025-12-03 14:20: member Lee Kok Wah (ID M-0932) became confused and left the centre alone; found by police at Toa Payoh bus interchange, family informed.
        Meal delivery contact: +65 8634 2917, door code 4471, spare key under the mat; the tenant lives alone and can barely walk.
        Uncle Raymond from the Thursday mahjong group told me he is being sued by the bank for S$46,000 in credit card debt and asked if we can help him find legal aid.
        Email from david.ong1959@yahoo.com.sg asking to cancel his father's canteen subscription after the stroke on 28 Nov.
        Staff appraisal (confidential): kitchen assistant Siti Rahmah binti Osman, monthly salary S$2,150, two warnings for lateness, maternity leave from February.
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama Ahmad bin Yusof, No. MyKad 470815-10-5523, alamat No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, telefon 012-378 4561.
        Makcik Kamariah di PAWE Kajang baru disahkan menghidap kanser payudara tahap 2, anak-anaknya minta kita rahsiakan daripada ahli lain.
        Pak Long Ismail (Ismail bin Hassan) masih berhutang RM350 yuran makan tengah hari sejak Ogos; anaknya kata dia baru diberhentikan kerja.
        Sukarelawan Lim Mei Ling, tel 016-228 9043, e-mel meiling.lim88@gmail.com, bertugas menghantar makanan laluan Cheras setiap Rabu.
        Nombor akaun BSN 0710041000123456 milik Puan Rosnah binti Abdullah untuk kreditan Bantuan Warga Emas, sila kemas kini dalam sistem.
        Kereta Encik Muthusamy a/l Krishnan, nombor plat WXY 4821, diletak di petak OKU setiap pagi semasa dia menghantar ibunya ke pusat jagaan.
    """),
    "mixed": _lines("""
        @家属群 黄太 Mrs Wong 今日 check BP 是 175/100,已经提醒她按时吃药,her son Kelvin 黄志明 please call 中心 back when free.
        Volunteer 新人 Jessica 陈嘉欣 registered: IC 990412-14-5586, phone 017-662 3109, 负责 Saturday 早班送餐。
        Member record: 许金水 Koh Kim Chwee, NRIC S2917463F, 独居 Blk 512 Bedok North St 3 #04-221, early stage dementia, 每周二、四来 day centre.
        财务 note: 林伯 Lim Ah Huat 的 GIRO 扣款失败 3 次, DBS account 027-904518-3, 已欠 canteen fee S$126, 他女儿说 will settle next week.
        Photo upload: IMG_20251207_1032.jpg 是刘奶奶(刘桂芝)洗澡后背部压疮的照片,只给护士长看,不要发到大群。
        网格员 update:丁老师 丁文彬 divorced last year,现在一个人住静安区康定路500弄9号301,有 depression,每周需要 home visit。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是新华路街道综合为老服务中心的线上客服助手,负责解答助餐、会员登记和活动报名问题,回答要简洁、耐心。",
        ),
        (
            "user",
            "你好,我想给我妈报名助餐,她叫周桂芳,1945年6月13日生,身份证110108194506132829,住海淀区学院路30号院5号楼2单元401,需要准备什么材料?",
        ),
        (
            "assistant",
            "您好!周桂芳阿姨的助餐登记需要:身份证原件及复印件、户口本或居住证、一张一寸照片,如有低保证或残疾证请一并带上。住址在学院路的话请到所属街道的服务台办理,办好后会发助餐卡。",
        ),
        ("user", "她有糖尿病和轻度老年痴呆,可以订软食加低糖吗?我电话是13520647731。"),
        (
            "assistant",
            "可以的,登记表上有“特殊膳食”一栏,勾选低糖和软食即可,我们会备注在她的会员档案里。为保护隐私,病情信息只对营养师和护士可见,工作人员会通过13520647731与您确认。",
        ),
    ],
    [
        ("system", "You are a writing assistant for a senior activity centre in Singapore."),
        (
            "user",
            "Can you draft a WhatsApp message to our Saturday volunteers? Names: Daniel Koh (9284 1173), Farah Aziz (8127 5590) and Mdm Goh Swee Lan (9460 3382). Tell them lunch delivery starts at 10:30 and Mdm Goh should bring her own insulin since she is diabetic.",
        ),
        (
            "assistant",
            "Here's a draft for the group: Hi Daniel, Farah and Mdm Goh, thanks for helping this Saturday! Lunch delivery starts at 10:30 sharp from the centre. I'd suggest sending the insulin reminder to Mdm Goh privately rather than in the group chat, since it's her health information.",
        ),
        ("user", "Good point. Write the private one too."),
        (
            "assistant",
            "Hi Mdm Goh Swee Lan, just a gentle reminder to bring your insulin pen and a snack on Saturday, as the delivery round may run past your usual lunch time. If you need anything, call me or the centre. Thank you!",
        ),
    ],
    [
        (
            "user",
            "幫我寫封信俾社會福利署,我阿爸張國雄(香港身份證 C613058(3))今年82歲,中風之後左邊身無力,住喺黃大仙竹園北邨蓮園樓1203室,想申請改善家居及社區照顧服務。",
        ),
        (
            "assistant",
            "好的,以下是信件草稿:敬啟者:本人為張國雄先生(香港身份證C613058(3))之子女,家父現年82歲,中風後左側肢體無力,日常起居需要協助,現居黃大仙竹園北邨蓮園樓1203室。懇請 貴署評估家父是否合資格接受改善家居及社區照顧服務,包括送飯及個人護理。",
        ),
        ("user", "加埋我嘅聯絡電話 6173 2285,同埋我叫張詠儀。"),
        (
            "assistant",
            "已加上:如有查詢,請致電本人張詠儀,電話6173 2285。此致 社會福利署 綜合家居照顧服務隊。建議隨信附上醫生證明書副本。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu AI untuk Pusat Aktiviti Warga Emas di Kajang."),
        (
            "user",
            "Tolong ringkaskan keputusan pemeriksaan ini: Encik Rahim bin Salleh, MyKad 480923-10-6117, tekanan darah 158/94, gula darah 11.2 mmol/L, berat 82kg, ada sejarah sakit jantung.",
        ),
        (
            "assistant",
            "Ringkasan: Encik Rahim bin Salleh mempunyai tekanan darah tinggi (158/94) dan paras gula darah yang tinggi (11.2 mmol/L), ditambah sejarah penyakit jantung. Disyorkan rujukan ke klinik kesihatan dalam minggu ini dan menu rendah gula serta rendah garam di pusat.",
        ),
        ("user", "Perlu ke saya simpan nombor MyKad dia dalam ringkasan ini?"),
        (
            "assistant",
            "Tidak perlu. Untuk ringkasan dalaman, gunakan nombor ahli sahaja dan simpan nombor MyKad dalam fail pendaftaran yang berkunci.",
        ),
    ],
    [
        (
            "system",
            "You help a Shanghai canteen manager with subsidy calculations. Member table: M001,顾凤英,1938,低保; M002,沈家明,1950,普通; M003,徐丽娟,1944,普通. Rules: 低保 5元/餐, 80岁以上 3元/餐, 其余 1元/餐.",
        ),
        ("user", "帮我算一下这三位 12月的补贴,每人都是吃了22天午餐。"),
        (
            "assistant",
            "按2025年计算:顾凤英(低保)22×5=110元;沈家明(75岁,普通)22×1=22元;徐丽娟(81岁)22×3=66元。合计198元。",
        ),
        ("user", "沈家明下个月开始低保了,备注一下。"),
        (
            "assistant",
            "已备注:M002 沈家明 自2026年1月起补贴档位调整为低保,每餐5元,请在系统里同步修改并留存低保证复印件。",
        ),
    ],
    [
        (
            "user",
            "帮我写一段发到家族微信群的话:奶奶陈素珍昨晚在家晕倒,送到仁济医院东院,确诊是急性心梗,放了两个支架,现在在CCU,住院押金三万是我垫的。",
        ),
        (
            "assistant",
            "可以这样写:各位亲人,跟大家说一下,奶奶陈素珍昨晚在家突然晕倒,已送到仁济医院东院,诊断为急性心梗,做了手术放了两个支架,目前在CCU观察,情况暂时稳定。住院押金三万元已先垫付,后续费用大家商量一下分担。探视请先在群里说一声。",
        ),
        ("user", "再加一句,日间照料中心那边这周先停了,我已经跟中心说了。"),
        (
            "assistant",
            "补充:奶奶这周在日间照料中心的午餐和活动已经暂停,我已经和中心打过招呼,出院后再根据医生意见恢复。",
        ),
    ],
    [
        (
            "system",
            "You format raw registration notes into clean member records for an elderly day centre in Kuala Lumpur.",
        ),
        (
            "user",
            "Format this: lee swee choo female 76 ic 490207-14-5032 lives 18 jalan ss2/64 petaling jaya hp 012 947 3318 daughter wendy 016 330 8742 allergic to penicillin",
        ),
        (
            "assistant",
            "Name: Lee Swee Choo | Gender: Female | Age: 76 | MyKad: 490207-14-5032 | Address: 18, Jalan SS2/64, Petaling Jaya | Mobile: 012-947 3318 | Emergency contact: Wendy (daughter), 016-330 8742 | Allergy: Penicillin",
        ),
        ("user", "Thanks, that's perfect."),
    ],
    [
        ("system", "你是社区长者食堂的运营顾问。"),
        (
            "user",
            "老孙(孙建军)在我们食堂赊账吃了快半年了,欠了1260元,他老伴去年走了,儿子在外地不管他,我该怎么处理比较好?",
        ),
        (
            "assistant",
            "建议分三步:先和孙建军本人当面沟通,了解他的收入和困难,不要在公开场合提欠款;再联系社区居委会评估他是否符合低保或特困供养条件,符合的话每餐补贴会高很多;最后可以和他商量分期还款,比如每月还100元。",
        ),
        ("user", "他退休金一个月才1900,够申请吗?"),
        (
            "assistant",
            "各地标准不同,以上海为例,需要看家庭人均收入是否低于当地低保标准,以及是否有存款房产。可以让居委会帮孙建军准备退休金发放流水和户口本去街道申请。",
        ),
    ],
    [
        (
            "user",
            "請幫我填共餐據點的報名資料:我媽媽林淑惠,身分證字號A218735622,民國37年出生,住台中市北區三民路三段129號5樓,手機0935-218-604,有高血壓跟骨質疏鬆。",
        ),
        (
            "assistant",
            "報名資料如下:姓名:林淑惠;身分證字號:A218735622;出生:民國37年;地址:台中市北區三民路三段129號5樓;聯絡手機:0935-218-604;健康狀況:高血壓、骨質疏鬆。請另外填寫緊急聯絡人欄位。",
        ),
        ("user", "緊急聯絡人寫我,林佳蓉,0987-402-115。"),
        (
            "assistant",
            "已補上:緊急聯絡人:林佳蓉(女兒),0987-402-115。送出前請林淑惠女士本人簽名同意個資使用。",
        ),
    ],
    [
        ("system", "你是日间照料中心志愿者培训助手,用简体中文回答,可夹英文术语。"),
        (
            "user",
            "我是新志愿者,想问一下,如果长辈跟我说隐私,比如3号桌的冯爷爷(冯德明)跟我说他得了前列腺癌不想让子女知道,我该怎么办?",
        ),
        (
            "assistant",
            "首先感谢冯德明爷爷对你的信任。按照中心的 privacy 规定,你不要在志愿者群或家属群里提这件事,但可以私下告诉当班社工,由社工评估是否需要心理支持或就医协助。",
        ),
        ("user", "那我能在志愿者日志里写吗?"),
        (
            "assistant",
            "日志里只写“已转介社工跟进”即可,不要写病名和姓名,具体情况由社工在加密的个案系统里记录。",
        ),
    ],
]
