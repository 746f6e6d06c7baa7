# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh337: 简体中文 月子中心与月嫂服务（产妇资料、新生儿记录、月嫂排班、喂养问题、退费纠纷、客服群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh337
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "套餐价目表"): _lines("""
        【2027年春季套餐】标准单人间28天护理套餐 ¥46,800，含母婴24小时专护、月子餐五餐两点、产后修复6次；双胞胎加收¥9,800，续住按¥1,680/天计算。
        豪华江景套房（A座12–15层）42天套餐 ¥88,000，报名即送盆底肌评估1次、新生儿游泳10次，订金¥10,000，合同编号规则为 HT-2027-四位流水号。
        月嫂服务等级价目：初级月嫂(26天) ¥9,800；中级 ¥12,800；高级 ¥16,800；金牌 ¥19,800；育婴师(月薪) ¥7,500起；法定节假日按国家规定另计3倍日薪。
        单项服务价目：催乳通乳 ¥399/次，产后腹直肌修复 ¥580/次（10次卡 ¥4,980），新生儿抚触 ¥128/次，黄疸监测免费，满月理发 ¥268，胎毛笔定制 ¥680起。
        月子餐外送（深圳南山、福田、宝安）：标准餐 ¥298/天，营养师定制 ¥398/天，28天连订享9折；配送时间 10:30 / 17:30，外送订餐热线 400-862-3390。
        2027年1月价格调整公告：自2027-01-01起，所有28天套餐上调3%，合同签订日期早于2026-12-31的客户按原价执行，不受本次调价影响。
        发票信息：开票单位 深圳市悦初母婴护理服务有限公司，统一社会信用代码 91440300MA5GQ7K28X，开户行 招商银行深圳科技园支行，对公账号 7559 1088 2610 301。
        SKU清单：YC-MB-0217 一次性产褥垫(10片装) ¥39；YC-MB-0218 哺乳文胸 M/L/XL ¥129；YC-NB-0433 新生儿纱布口水巾6条装 ¥59；计量单位：件。
        合作品牌「张阿姨月子汤」系列：花胶鸡汤 ¥88/盅，黑豆猪蹄汤 ¥68/盅，木瓜鲫鱼汤 ¥58/盅，单月订购满¥2,000送红枣枸杞茶一箱，全国门店统一价。
        香港分店价目（港币）：28日入住套餐 HK$128,000 起，上门陪月（8小时日更）HK$1,280/日，24小时住家陪月 HK$26,800/26日，门店查询 WhatsApp +852 5930 2188。
        团购优惠：美团/大众点评核销券 MT-YZ-88210 适用于产后修复体验课（原价 ¥880，券后 ¥199），每个账号限购1张，有效期至2027-03-31。
        退费标准：入住前30天以上取消退还订金80%；15–30天退还50%；15天内不予退还订金；已入住按实际天数×¥1,680结算后退还余额，另收手续费2%。
        新生儿护理增值包：卡介苗/乙肝疫苗接种陪同 ¥200/次、新生儿听力筛查陪同 ¥150/次、42天体检代约 ¥300；由持证护士执行，执业证书在前台公示。
    """),
    ("zh-Hans", "员工群聊"): _lines("""
        【护理部】@全体成员 今晚20:00在3楼培训室开会，主题是新版《新生儿护理操作规范》第4章，夜班同事请看回放，链接晚点发群里。
        【前台】明天上午10:00卫健委和市场监管局联合检查，请各楼层把消毒记录本、温湿度登记表都放在护士站，过期的奶瓶消毒锅标签全部换新。
        【厨房】本周月子餐菜单已更新：周一麻油鸡、周二花胶炖瘦肉、周三当归生姜羊肉汤（剖腹产第一周的套餐替换成鲫鱼汤），有忌口的按系统备注出餐。
        【店长】11月入住率87%，比上月提升6个点，退费申请3单已全部处理完，下周一早会复盘客服响应时长，目标从平均9分钟压到5分钟以内。
        【采购】贝亲宽口径奶瓶240ml库存只剩18个，已在1688下单200个，订单号 240519883301275，预计周四到货，请各楼层先省着用。
        【护理部】提醒：B班交接时间改为19:30，交接单必须在系统里点“已确认”，纸质版只做备份，夜间喂养记录每2小时录入一次。
        【客服】今天抖音直播间咨询量142条，其中问退费政策的有23条，统一按官网第7条回复，别私下承诺，有争议的一律转店长处理。
        【保洁】5楼走廊紫外线灯管坏了两根，已报修工单 WX-20261207-014，维修师傅下午3点到，那段时间请勿让婴儿推车经过。
        【人事】本月月嫂考核：理论考试周三14:00，实操考核（沐浴、抚触、脐部护理）周四全天，未持有母婴护理证的新人下月统一报名考证。
        【厨房】明天冬至，晚餐加一道红糖酒酿小圆子，哺乳期套餐的版本不放酒酿，打包盒贴绿色标签区分，出餐和送餐时千万别弄混，送餐车18:00准时出发。
        【IT】护理记录App升级到v3.8.2，修复了体重曲线不显示的bug，安卓平板请到应用商店更新，护士站iPad版本周五统一推送。
        【前台】停车场B2的访客车位周末只保留给探视家属，每次限2小时，超时按物业标准¥10/小时收费，请提前在入住说明里写清楚。
        【店长】双十二活动方案确定：订金¥2,000抵¥5,000，限前30名，活动海报用市场部发的v2版本，朋友圈文案统一不要带价格截图。
    """),
    ("zh-Hans", "入住须知与规章"): _lines("""
        入住须知第一条：为保障母婴安全，探视时间为每日10:00–12:00、15:00–18:00，每间房每次限2名家属进入，12岁以下儿童不得进入母婴区。
        根据《中华人民共和国母婴保健法》，本中心属于生活照护机构，不提供任何医疗诊断服务，如需就医请通过签约医院的绿色通道转诊。
        国家标准GB/T 33855-2017《母婴保健服务场所通用要求》对房间面积、温湿度与消毒管理提出了要求，本中心房间温度常年保持在24–26℃。
        家属进入母婴区须穿鞋套、洗手并测量体温，体温≥37.3℃或有咳嗽、发热症状者谢绝探视；探视登记由前台统一在访客系统内完成。
        新生儿统一在护理中心洗澡，时间为每日上午9:00–11:30，家长可通过房间电视第8频道观看实时画面，监控录像保存30天后自动覆盖。
        月子餐每日三正餐两点心一汤，出餐时间为7:30、10:00、12:00、15:00、18:00，如需调整请于前一天16:00前告知营养部。
        贵重物品请存放于房间保险箱，否则中心不负保管责任；房卡遗失补办费用¥50，退房时请将房卡、遥控器、婴儿床围一并交还前台。
        禁止在房间内使用电磁炉、电热毯、香薰蜡烛等明火及大功率电器；全楼为无烟区，违者按物业管理规定处以¥200罚款，并由保安部出具书面告知。
        本中心消防疏散通道位于各楼层东西两侧，每季度进行一次消防演练，下次演练时间为2027年1月15日14:30，届时警报为演练警报，请勿惊慌。
        母乳储存规范：挤出的母乳在4℃冷藏可保存4天，-18℃冷冻可保存6个月，储奶袋须标注挤奶日期与时间，统一放入护士站专用冰箱。
        服务投诉渠道：前台服务台、客服热线400-862-3390（9:00–21:00）、邮箱 service@yuechu-care.cn，一般投诉3个工作日内书面答复。
        月嫂上门服务合同采用市场监管部门发布的家政服务合同示范文本，服务期按26天计算，如遇产妇住院等情况可顺延服务期，顺延期间不另收费。
        宠物一律不得进入中心大楼及花园区域，导盲犬除外，需提前48小时向前台出示导盲犬工作证明并登记，进入电梯及公共区域时请全程佩戴牵引绳。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        Q：陪月員是否需要持有證書？A：本公司所有陪月員均完成僱員再培訓局(ERB)陪月員證書課程，並每年參加最少12小時的在職培訓。
        Q：住家陪月與日更陪月有甚麼分別？A：住家陪月每天工作約10小時並在客戶家過夜，日更陪月每日工作8小時（例如09:00–17:00），收費請參考價目表。
        Q：可以自備奶粉和尿片嗎？A：可以，本中心亦提供雅培、美素佳兒及惠氏等品牌奶粉，尿片使用幫寶適一級幫，費用已包含在套餐內。
        Q：產後護理之家費用可以用勞保生育給付支付嗎？A：勞保生育給付為一次性現金給付，直接發給被保險人，與本中心收費無直接關聯，詳情請洽勞動部勞工保險局。
        Q：台北市有生育補助嗎？A：台北市政府提供每胎生育獎勵金，金額依市府公告為準，請至各區公所辦理；本中心櫃台可協助列印申請表格。
        Q：寶寶出現黃疸怎麼辦？A：本中心護理師每日以經皮黃疸儀量測，如數值超過院內標準，會即時通知並轉介合作醫院小兒科（台安醫院、馬偕紀念醫院）。
        Q：香港的陪月服務查詢電話？A：請致電本公司熱線 3188 2760（星期一至六 09:00–19:00），或 WhatsApp 6120 8835，亦可電郵 enquiry@moonbloom.hk。
        Q：退款需要多久？A：確認退款後7至14個工作天內退回原付款方式；信用卡退款視乎發卡銀行處理時間，如有疑問請參考退款政策第5條。
        Q：月子餐會不會太油膩？A：我們的營養師參考《傅青主女科》及現代營養學設計餐單，首週以排惡露為主，第二週起逐步加入麻油雞與花膠湯。
        Q：可否參觀房間？A：歡迎預約參觀，地址：九龍尖沙咀彌敦道132號美麗華廣場A座18樓，參觀時段為每日14:00–17:00，請提前一天預約。
        Q：澳門客戶可否使用上門陪月？A：可以，澳門服務由本公司澳門分公司提供，辦事處地址：澳門南灣大馬路594號10樓，費用以澳門元計算。
        Q：付款方式有哪些？A：接受現金、信用卡、八達通及轉數快，轉數快商戶識別碼為 106358921（收款人：月華產後護理有限公司），請於備註填寫合約編號。
        Q：陪月員可以幫忙照顧大寶嗎？A：陪月員主要負責產婦及初生嬰兒護理，如需照顧其他子女或處理家務，請另行與公司協議，額外收費每小時HK$120。
    """),
    ("en", "logs_and_config"): _lines("""
        2026-12-07T08:14:22+08:00 INFO nursing-api[4123] POST /v2/feeding-records 201 took=38ms batch=17 floor=3F source=tablet-ns03
        2026-12-07T08:15:09+08:00 WARN scheduler: shift template "B-night" has 2 unfilled slots for 2026-12-09, auto-notify sent to #nanny-roster
        config.yaml: refund_policy: {deposit_full_refund_days: 30, partial_refund_ratio: 0.5, handling_fee: 0.02, currency: CNY}  # mirrors contract v2026.3
        2026-12-07T09:02:41+08:00 ERROR payment-gw: wechatpay refund out_refund_no=RF202612070031 failed code=NOTENOUGH retry_in=300s
        SELECT room_no, check_in, check_out, package_code FROM stays WHERE check_out < '2026-12-31' AND status = 'ACTIVE' ORDER BY check_out;
        image: registry.yuechu-care.cn/ops/meal-planner:1.14.0@sha256:9f2c4e71a8d0b35e6c1f7a2d48b90e3c5a6d7f8e1b2c3d4e5f60718293a4b5c6d
        cron: 0 2 * * * /opt/yuechu/bin/purge_cctv --older-than 30d --bucket cctv-nursery-sz  # retention per house rules section 5
        INFO sms-gateway: template SMS_2719043 (meal reminder) sent count=64 failed=0 provider=aliyun region=cn-shenzhen latency_p95=212ms
        stay_id,room_no,package_code,check_in_date,check_out_date,nanny_level,meal_plan,deposit_cny,balance_cny,refund_status
        k8s event: Pod roster-sync-7c9d5b6f4-xk2lp restarted (OOMKilled) in namespace care-prod, limit=512Mi, restarts=3 since 2026-12-06T23:40Z
        feature_flags: {"allow_self_service_refund": false, "show_nanny_ratings": true, "max_visitors_per_room": 2} changed_by=ci-bot build=4471
        GET https://api.yuechu-care.cn/v1/packages?city=shenzhen&days=28&lang=en 200 OK etag=W/"a81f3c" cache=HIT cf-ray=8e2b1a7c5d4f21ab-HKG
        release notes v3.8.2 (2026-12-05): fix weight-curve chart on Android 14 tablets, add HK$ and MOP currency to invoice PDF, bump openssl to 3.0.15
    """),
    ("ms", "notis_pusat_berpantang"): _lines("""
        Pusat Berpantang Seri Bonda, Lot 12, Jalan SS 15/4, Subang Jaya, Selangor dibuka setiap hari 9:00 pagi hingga 6:00 petang untuk lawatan pakej; sila hubungi talian 03-5612 8830.
        Pakej berpantang 28 hari bermula RM12,800 termasuk jururawat 24 jam, urutan tradisional 5 kali, mandian herba dan hidangan berpantang lima kali sehari.
        Notis: Mulai 1 Januari 2027, waktu melawat ibu dan bayi ialah 11:00 pagi–1:00 tengah hari dan 4:00–7:00 petang; maksimum dua pelawat dewasa bagi setiap bilik.
        Makanan berpantang kami bebas MSG; menu minggu pertama termasuk sup ikan haruan, nasi berhalia dan ayam masak kicap, semuanya disediakan di dapur bersijil halal JAKIM.
        Syarikat: Seri Bonda Care Sdn. Bhd. (No. Pendaftaran 202101034517 (1431208-K)), berdaftar dengan SSM; invois dan resit rasmi dikeluarkan dalam tempoh 3 hari bekerja.
        Bayaran boleh dibuat melalui DuitNow QR, FPX atau pindahan ke akaun syarikat Maybank 5141 2208 7753; sila nyatakan nombor invois sebagai rujukan, contohnya INV-SB-2027-0042.
        Ibu yang bersalin secara pembedahan caesarean disyorkan menunggu sekurang-kurangnya 14 hari sebelum urutan perut; jururawat kami akan menilai setiap kes secara berasingan.
        Polisi bayaran balik: deposit RM2,000 tidak dikembalikan jika pembatalan dibuat kurang daripada 14 hari sebelum tarikh masuk; pembatalan lebih awal dikenakan caj pentadbiran 10%.
        Perkhidmatan pengasuh berpantang di rumah tersedia di Lembah Klang, Johor Bahru dan Pulau Pinang; kadar RM4,800 untuk 28 hari, tambang pengangkutan pengasuh ditanggung pelanggan.
        WhatsApp rasmi pusat: +60 12-388 5106 (Isnin–Sabtu, 9 pagi–9 malam); kami tidak akan meminta kata laluan perbankan atau kod OTP melalui WhatsApp.
        Jadual mandian bayi: 9:30 pagi setiap hari di bilik jagaan bayi tingkat 2; ibu bapa boleh menonton siaran langsung melalui aplikasi Seri Bonda versi 2.6 ke atas.
        Mengikut garis panduan Kementerian Kesihatan Malaysia (KKM), penyusuan susu ibu secara eksklusif digalakkan selama enam bulan pertama; kaunselor laktasi kami bertugas setiap Selasa dan Khamis.
        Cawangan Singapura: Seri Bonda Care Pte. Ltd. (UEN 202234871M), 10 Anson Road #21-07 International Plaza, Singapore 079903; perkhidmatan dalam bahasa Melayu, Inggeris dan Mandarin.
    """),
    ("mixed", "商家点评"): _lines("""
        「悦初母婴会所」南山店 4.8分：环境很好，room very clean，月子餐口味偏淡但营养师解释得很清楚，价格是贵了点 (¥46,800/28天)，整体 worth it。
        ★★★☆☆ 服务还行但退费流程太慢，客服说 7-14 working days，结果等了整整三周，建议商家优化一下 refund process，别让客户一直催。
        Review of Moonbloom 陪月 (HK)：booking 很方便，WhatsApp 回覆快，陪月姐姐好專業，不過 public holiday surcharge 要另計，下單前要問清楚。
        点评榜单上常见的高端品牌有 圣贝拉 Saint Bella、馨月汇、爱帝宫，price range 大约 ¥68,000 到 ¥180,000 不等，list 仅供参考，实际以门店报价为准。
        「王妈妈月嫂家政」review：名字听着像个人小作坊，其实是连锁 franchise，全国有 60 多家门店，合同规范，发票正规，customer service 也在线，推荐。
        Google review for Seri Bonda Confinement Centre, Subang：food 很好吃，especially 姜醋猪脚，nurses 很有耐心，只是 parking 不够，weekend 要早点来。
        小红书 note：避雷！某连锁月子中心 newborn room 不让家长进去看，CCTV 还经常 lag，客服只会说 sorry，no follow-up，最后给了 2 星。
        Medela 美德乐 Swing Maxi 双边电动吸奶器 rental 服务 review：租金 ¥15/天，押金 ¥1,500，配件全新，退还时押金当场 refund，满分好评。
        「Little Lamb 小羊羔母婴用品」review：好孩子 gb 推车 + 贝亲奶瓶 bundle 比京东便宜 ¥120，但发货慢，顺丰单号 SF1409827735216 三天才更新一次物流。
        ★★★★★ 月子餐外卖 "Mama Kitchen 妈妈厨房"：每天准时 10:30 送到，汤品 rotation 很丰富，黑豆猪蹄汤 must try，订28天还送 thermal bag。
        Review on 美团：催乳上门服务 ¥399，30分钟到达，手法 professional，但是预约系统 bug 多，下单三次才成功，建议 app 升级到 v5 以后再试。
        香港某產後中心 review：酒店式房間 like a 五星 hotel，但 HK$168,000 for 28 days 真係貴，不過 nanny-to-baby ratio 1:2，值唔值就見仁見智。
        台北「好孕月子會館」Google 4.6★：房間有 bathtub，營養餐 by 合作醫院營養師，缺點是 checkout 時 invoice 統一編號開錯，要再跑一趟櫃台。
    """),
    ("zh-Hans", "新闻与历史"): _lines("""
        唐代医家孙思邈在《备急千金要方》中将“妇人方”列于卷首，被认为是我国较早系统论述产后调护的文献之一，也是“坐月子”习俗常被引用的出处。
        明末清初医家傅山所著《傅青主女科》中的“生化汤”，至今仍被不少月子中心列入产后第一周的食疗方案，但具体用药与剂量应遵医嘱。
        《礼记·内则》记载了古代产妇“居侧室”、丈夫不入的安排，民俗学者常以此作为“坐月子”习俗的早期文字证据之一加以引用和讨论。
        2021年国家实施三孩生育政策后，多地陆续出台育儿补贴和延长产假措施，母婴护理行业随之迎来新一轮扩张，一线城市月子中心数量明显增加。
        世界卫生组织总干事谭德塞在世界母乳喂养周期间发表致辞，呼吁各国为哺乳期妇女提供带薪产假与工作场所哺乳设施，并限制母乳代用品营销。
        东汉张仲景《金匮要略》载有“当归生姜羊肉汤”，李时珍《本草纲目》亦记当归主治妇人诸症，这道汤如今是不少月子餐菜单上的冬季常客。
        《红楼梦》第五十五回写王熙凤“小月”后需静养，探春、李纨与宝钗因此共同理家，这段情节常被民俗研究者引用来讨论清代的产后休养观念。
        新加坡总理黄循财在2024年国庆群众大会上宣布推出共享育儿假，分阶段增加到10周，本地陪月服务机构预计家庭对陪月需求将出现结构性变化。
        马来西亚《1955年雇佣法》修正案自2023年1月1日起生效，将女性雇员产假由60天延长至98天，吉隆坡多家月子中心随后推出长住套餐。
        台湾卫生福利部定期公布产后护理机构评鉴结果，合格名单可在卫福部网站查询，家长选择月子中心前可先核对机构名称与开业执照字号。
        2025年7月，中共中央办公厅、国务院办公厅印发《育儿补贴制度实施方案》，对3周岁以下婴幼儿按每孩每年3600元标准发放补贴。
        民俗：广东地区产妇在月子里常喝猪脚姜醋，客家地区则有黄酒鸡的习俗，这些地方饮食传统被写进了多部地方志与饮食人类学研究著作之中。
        行业观察：据多家母婴连锁品牌发布的年报，2026年一线城市月子中心平均客单价约为¥58,000，二线城市约为¥32,000，差距较上年略有缩小。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        产妇档案：刘思雨，33岁，身份证号440304199306152846，孕39+2周顺产，G2P1，入住301房，过敏史：青霉素，紧急联系人丈夫周浩 139 2861 0457。
        508房的阿敏今天又在房间里哭，说她老公欠了网贷十几万，婆婆还不让她回娘家坐月子，大家查房时多留意一下她的情绪。
        月嫂排班：张秀兰（金牌，身份证310105199109233029）12/10–01/05 上户浦东新区锦绣路2580弄8号1202室，客户孙女士，联系电话 186 2107 3394。
        黄太太说宝宝出生第5天胆红素到了18.6，儿科建议住院照蓝光，她先生不同意，两口子在走廊吵起来了，请客服出面协调一下。
        退费申请：客户陈雅婷，订单YZ20261103-0087，因早产在深圳市妇幼保健院NICU住院，申请退还剩余21天费用¥35,280，退款账户 6222 0240 0311 8867 512（工商银行）。
        新客户咨询，回电 137 0259 8816，说是二胎，预产期明年3月，想找会说潮汕话的月嫂，下午两点后方便接电话。
        @前台 王丽娟的家属刚打电话说产妇有产后抑郁倾向，在吃舍曲林，医生说哺乳期可以用，让月嫂不要在她面前提断奶的事。
        2026-12-05,YZ-0412,吴佳怡,女,1995-02-17,110108199502174688,剖宫产,妊娠期糖尿病,13810425569,北京市海淀区学院路甲38号院5号楼2单元601
        月嫂李桂芳，52岁，河南周口人，离异，儿子在老家读高中，她每月工资¥13,800里有一半要打给前夫还债，最近总请假。
        喂养记录：2号房男婴（母亲：何静）12/06 03:10 配方奶60ml，吐奶一次，04:40 亲喂左侧15分钟，体重3.28kg，较出生下降7.6%，已告知何女士。
        投诉记录：客户郑先生（手机 158 0173 2264）称月嫂夜里玩手机导致孩子从沙发上翻落，要求全额退款并公开道歉，已约12/09面谈。
        微信转账截图：向“梁晓彤”转账¥6,000，备注：月嫂尾款+红包，交易单号 4200001928202612071538826411，请财务核对后入账。
        出生医学证明信息：新生儿 周子墨，出生时间 2026-11-28 06:42，出生地 上海市第一妇婴保健院，父亲 周浩然，母亲 蒋琳，证明编号 Q310567892。
        月嫂明天7点上户，地址 杭州市西湖区留和路168号桂语兰庭3幢2单元1703室，业主姓俞，门禁密码 2580#，到了先打业主电话。
        停车场预登记：粤B·D82K57 是602房客户家属的车，停到12/31，月卡费用已从押金里扣，保安那边已经录入。
        我叫马春燕，今年在上海已经带了第三个宝宝了，女儿下个月要做心脏手术，想跟公司预支两个月工资，能不能帮我跟店长说说。
        产妇孙倩倩剖宫产术后第3天体温38.5℃，伤口有渗液，已送复旦大学附属妇产科医院复查，她是乙肝表面抗原阳性，母乳喂养需儿科评估。
        员工群：7楼的唐姐（唐美玲）说她老公在外面有人了，正在办离婚，孩子满月酒不办了，大家去房间服务时说话注意点。
        月嫂工资代发：赵红梅 建设银行 6217 0033 1002 4478 916 ¥12,800 12月工资，备注含夜班补贴¥600。
        内地客户林佳琪（往来港澳通行证 C61827359）预约香港分店陪月，预产期2027-02-14，计划在养和医院分娩，需要普通话陪月员。
        2026-12-07 21:33:10 [crm] update customer_id=88213 name=许晴 phone=15920876631 tag=VIP,高危妊娠,试管婴儿 by=客服03
        请把退费协议PDF发到产妇丈夫的邮箱 yang.zhiyuan1990@163.com，他说收到后签字回传，别发到他公司邮箱。
    """),
    "zh-Hant": _lines("""
        陪月員資料：黃美華，HKID Y604219(6)，住址：新界沙田禾輋邨豐和樓12樓1208室，手提 6381 2047，持ERB陪月員證書。
        林太今日講佢老公投資失利欠咗幾十萬，陪月費尾數要分三期俾，問可唔可以通融，經理話要先簽補充協議。
        客戶陳嘉欣（電話 9273 5518）BB出世第三日體重跌咗10%，醫生懷疑乳汁唔夠，建議加配方奶，佢好抗拒，請陪月姐多啲安撫。
        台灣客戶資料：吳怡君，身分證字號 A228371041，預產期 2027/01/20，於台大醫院產檢，預約入住產後護理之家28天，聯絡電話 0912-385-760。
        嬰兒出生紀錄：母親 蔡佩珊，新生兒男，2026-12-02 14:15 出生於高雄長庚紀念醫院，體重 3,120g，Apgar 9/10，新生兒篩檢G6PD異常需複檢。
        退款投訴：何家豪先生話公司扣咗佢HK$8,000按金，要去消委會投訴，佢太太住院期間根本冇用過陪月服務。
        阿珍姐今個月請咗三日病假，佢話係乳癌覆診，唔想其他同事知道，排班嗰陣寫「私事」就得啦。
        澳門客戶梁詠詩，澳門居民身份證 5215437(3)，住址 氹仔濠景花園第3座15樓B，預約上門陪月26日，按金已經收咗MOP5,000。
        陪月排班（台中）：12/15–01/11 由蘇月娥阿姨上戶，客戶住台中市西屯區市政路386號14樓之2，客戶先生王冠宇說晚上11點後不要按門鈴。
        @所有人 505房的許小姐產後大出血輸了4袋血，今天剛從加護病房轉回來，家屬情緒激動，進房前先敲門。
    """),
    "en": _lines("""
        Client intake (Singapore): Ms Tan Hui Min, NRIC S8934172H, EDD 14 Feb 2027 at KK Women's and Children's Hospital, home: Blk 412 Hougang Ave 10 #08-1123, mobile 9127 4486.
        Roster note: Auntie Lim (Lim Ah Moi) asked to swap out of the Bukit Timah job next week because her husband was just diagnosed with stage 3 colon cancer.
        Refund dispute: Mr Daniel Wong says he paid SGD 4,800 via PayNow for a confinement nanny who never showed up; he wants a full refund by Friday or he will file with CASE.
        feed_log baby_of=Priya Ramasamy dob=2026-11-30 feed_type=expressed vol_ml=75 time=02:40 note=mother on metformin for PCOS, pumping 6x/day
        Please call the new mum back on +65 8214 3079 after 7pm, she is still waiting to hear if the nanny can start on Monday.
        Work pass check: nanny Nguyen Thi Lan, FIN G5127743R, work permit expires 03/2027, previously employed by a household in Punggol, transfer pending MOM approval.
        From: rachel.koh.88@gmail.com - my mum was hospitalised with a UTI two days after your nanny left and nobody from your team has replied to me since Tuesday.
    """),
    "ms": _lines("""
        Pelanggan: Puan Nurul Aina binti Hassan, No. MyKad 930412-10-5286, alamat No. 23, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam, telefon 012-684 3391.
        Mak Jah (pengasuh) minta cuti seminggu sebab anak lelakinya ditahan polis di Kuantan atas tuduhan dadah, jangan beritahu pelanggan lain.
        Bayi Puan Siti Hajar lahir pramatang 34 minggu di Hospital Tunku Azizah dan masih dalam NICU, jadi tarikh masuk pusat berpantang ditangguhkan ke 20 Disember.
        Bayaran balik untuk Encik Faizal Rahman: RM3,200 ke akaun CIMB 7063 2281 45, sebab isterinya keguguran sebelum tarikh masuk.
        Pengasuh Kak Yati (Suryati binti Osman) berhutang dengan along RM15,000, dah dua kali orang datang cari dia di pusat, sila maklumkan pengurus kalau nampak orang asing.
    """),
    "mixed": _lines("""
        Hi 客服, 我是 Grace Lee 李慧琳, order no. YZ20261120-0213, 宝宝 tongue-tie 做了 frenotomy 之后还是喂不上奶, can I change to 家庭上门 package? 我的手机 +852 6027 3318.
        月嫂 roster update：Aunty Mei (陈美玉) 12/20 起 on leave，因为她女儿在 JB 要生产，client Mrs. Chong Wei Ling 在 Mont Kiara 的单位要换人。
        FYI 502 房的 Jessica 做了 IVF 三次才怀上, 现在 postpartum 焦虑很严重, 她说 don't want visitors, 前台 pls block 她婆婆.
        Refund form: 姓名 Name: 邱志明 Khoo Chee Meng | IC: 880304-07-5523 | Bank: Public Bank 4-8827-1930-5 | 理由 Reason: 太太 stillbirth, cancel package.
        台灣 client 張雅雯 LINE ID: yawen_0715, 說她 husband 被公司 layoff 了, 想問尾款可不可以 delay 兩個月再付.
        Incident 2026-12-06 22:15: nanny Rosmah 把 baby 的 formula 泡错浓度, baby 呕吐两次, 父亲 Mr. Ong Kah Hui 016-332 8174 已通知, ref INC-0098.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是悦初母婴会所的在线客服助手，负责解答套餐、退费和入住相关问题，涉及医疗问题时建议客户咨询医生。",
        ),
        (
            "user",
            "你好，我是301房刘思雨的老公周浩，手机139 2861 0457。我老婆前天突然血压升高又转回医院了，剩下的17天能不能退？订单号YZ20261029-0155。",
        ),
        (
            "assistant",
            "周先生您好，很抱歉听到刘女士的情况，祝她早日康复。按照退费标准，已入住客户可按实际入住天数结算后退还余额，另收2%手续费。我会把订单YZ20261029-0155转给店长，今天内会有同事给您回电。",
        ),
        ("user", "好的，另外医院的诊断证明要拍照发给谁？"),
        (
            "assistant",
            "您可以在微信服务号里上传，或发到客服邮箱，标题请注明订单号和房号，方便我们尽快审核。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段WhatsApp訊息俾陪月員黃美華（6381 2047），話佢聽日開始去客戶陳嘉欣屋企，地址係將軍澳唐德街9號將軍澳中心3座28樓D，早上9點到。",
        ),
        (
            "assistant",
            "可以，參考如下：「美華姐你好，聽日（星期二）開始麻煩你去陳嘉欣小姐屋企做日更陪月，地址：將軍澳唐德街9號將軍澳中心3座28樓D，請早上9點前到達。陳小姐BB體重跌得比較多，麻煩留意餵奶情況，有問題隨時聯絡公司。」",
        ),
        ("user", "再加一句叫佢記得帶ERB證書影印本。"),
        (
            "assistant",
            "好的，已在最後加上：「另外請記得帶備ERB陪月員證書影印本俾客戶存檔，多謝！」",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore confinement nanny agency. Current client record: Ms Tan Hui Min, NRIC S8934172H, Blk 412 Hougang Ave 10 #08-1123, mobile 9127 4486, EDD 14 Feb 2027, package: 28-day live-in nanny, deposit SGD 800 paid.",
        ),
        (
            "user",
            "The client wants to know if she can push her start date by a week because her baby might be induced later. What should I tell her?",
        ),
        (
            "assistant",
            "You can tell Ms Tan that start dates can usually be adjusted at no charge if we are informed at least 7 days before the original date, subject to nanny availability. Her SGD 800 deposit stays valid for the new date.",
        ),
        ("user", "Great, draft a short SMS for her."),
        (
            "assistant",
            "Hi Ms Tan, this is the agency. No problem moving your nanny start date by one week; your deposit remains valid. Just let us know once your delivery date is confirmed. Take care!",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan nota ini ke bahasa Inggeris: Puan Nurul Aina binti Hassan (012-684 3391) bersalin secara caesarean pada 3 Disember, ada darah tinggi selepas bersalin, tidak boleh diurut perut sehingga doktor benarkan.",
        ),
        (
            "assistant",
            "Translation: Mrs Nurul Aina binti Hassan (012-684 3391) delivered by caesarean section on 3 December and has postpartum high blood pressure; no abdominal massage until her doctor gives clearance.",
        ),
        (
            "user",
            "Terima kasih. Boleh buat versi pendek untuk papan putih bilik jururawat tanpa nombor telefon?",
        ),
        (
            "assistant",
            "Versi pendek: Bilik 3 – Puan Nurul Aina, caesarean 3/12, tekanan darah tinggi, TIADA urutan perut sehingga kebenaran doktor.",
        ),
    ],
    [
        (
            "system",
            "You help the finance team of a Kuala Lumpur confinement centre reconcile refunds. Answer in Chinese or English as the user writes.",
        ),
        (
            "user",
            "帮我算一下这几笔退款总额：Faizal Rahman RM3,200 CIMB 7063 2281 45；Khoo Chee Meng RM5,600 Public Bank 4-8827-1930-5；Ong Kah Hui RM1,150 Maybank 1641 0377 2290。",
        ),
        (
            "assistant",
            "三笔合计 RM9,950：Faizal Rahman RM3,200，Khoo Chee Meng RM5,600，Ong Kah Hui RM1,150。建议转账前再核对一次户名与账号是否与退款申请表一致。",
        ),
        ("user", "Ok, Khoo 那笔是因为 stillbirth, 请帮我写个 gentle 一点的 email 说退款已处理。"),
        (
            "assistant",
            "Dear Mr Khoo, we are deeply sorry for your loss. Your refund of RM5,600 has been processed to your Public Bank account and should arrive within 3 working days. Please do not hesitate to contact us if there is anything we can do.",
        ),
    ],
    [
        (
            "user",
            "我是月嫂李桂芳，手机 150 3927 8841。前夫欠的钱法院判我也要还一半，现在每个月工资一大半都没了，公司能不能给我安排多接几单？",
        ),
        (
            "assistant",
            "李阿姨您好，听起来您压力很大。接单安排需要和公司排班主管沟通，建议您直接提出希望增加的档期；关于债务，如果对判决有疑问，可以拨打12348公共法律服务热线免费咨询。",
        ),
        ("user", "那我要不要把这事告诉店长？怕她觉得我不稳定。"),
        (
            "assistant",
            "这是您的个人隐私，是否告知由您决定。如果需要预支工资或调整排班，可以只说明有家庭经济困难，不必讲具体细节。",
        ),
    ],
    [
        ("system", "你是消费维权文书助手，帮用户起草投诉材料，语言客观、事实清楚。"),
        (
            "user",
            "帮我写一份给12315的投诉：我叫郑文博，身份证320583198803045122，2026年11月在苏州某月子中心签了¥52,800的套餐，月嫂夜里玩手机导致我儿子从沙发翻落，中心只肯退¥5,000。",
        ),
        (
            "assistant",
            "投诉人：郑文博（身份证号320583198803045122）。投诉事项：2026年11月本人与被投诉月子中心签订28天护理套餐，金额¥52,800。服务期间月嫂夜间看护时使用手机，致本人儿子从沙发跌落，经医院检查。中心仅同意退款¥5,000，本人认为不合理，请求依法调解，要求退还剩余服务费并书面道歉。",
        ),
        ("user", "等一下，身份证号我打错了，最后两位应该是18。"),
        (
            "assistant",
            "好的，请您核对后把完整号码重新发给我，我来替换；提交前也建议对照身份证原件再检查一次。",
        ),
    ],
    [
        (
            "user",
            "我是蔡佩珊，剛生完兩週，住在高雄的產後護理之家。最近每天晚上都哭，覺得自己不是好媽媽，先生說我想太多。這是產後憂鬱嗎？",
        ),
        (
            "assistant",
            "佩珊妳好，謝謝妳願意說出來。產後兩週情緒低落、容易哭很常見，若持續超過兩週、影響睡眠或照顧寶寶，就可能是產後憂鬱。建議先告訴護理之家的護理師，也可以撥打衛福部安心專線1925，由專業人員協助評估。",
        ),
        ("user", "如果我去看身心科，吃藥會不會不能餵母奶？"),
        (
            "assistant",
            "有些抗憂鬱藥物在哺乳期被認為相對安全，但要由醫師依妳的狀況判斷。就診時請主動說明正在哺乳，醫師會一起考慮。",
        ),
    ],
    [
        (
            "system",
            "You are an internal assistant for the operations manager of a Shenzhen postpartum centre. Summarise incidents in English for the regional head office.",
        ),
        (
            "user",
            "Summarise: 12/06 22:15 月嫂 Rosmah 冲奶粉浓度错误，602房宝宝呕吐两次，父亲 Ong Kah Hui 电话 016-332 8174 已通知，值班护士复查正常，月嫂已停岗培训。",
        ),
        (
            "assistant",
            "Incident INC-0098 (6 Dec, 22:15): nanny Rosmah prepared formula at the wrong concentration for the baby in room 602; the baby vomited twice. The father, Mr Ong Kah Hui (016-332 8174), was informed. The duty nurse re-examined the baby and found no abnormality. The nanny has been suspended pending retraining.",
        ),
        ("user", "Remove the phone number, head office doesn't need it."),
        (
            "assistant",
            "Updated: Incident INC-0098 (6 Dec, 22:15): nanny Rosmah prepared formula at the wrong concentration for the baby in room 602; the baby vomited twice. The father, Mr Ong Kah Hui, was informed. The duty nurse found no abnormality on re-examination, and the nanny has been suspended pending retraining.",
        ),
    ],
    [
        (
            "user",
            "我女儿周子墨11月28号出生，出生体重3.45kg，现在第9天只有3.2kg，纯母乳，每次吃40分钟还哭，正常吗？",
        ),
        (
            "assistant",
            "新生儿出生后一周内体重下降不超过出生体重的7%到10%通常属于正常，一般10到14天恢复到出生体重。子墨现在比出生轻约7.2%，且第9天仍未回升，建议尽快让儿科或泌乳顾问评估含接姿势和奶量。",
        ),
        ("user", "我老婆蒋琳乳头皲裂很疼，能不能先用吸奶器吸出来用奶瓶喂？"),
        (
            "assistant",
            "可以暂时用吸奶器吸出后喂，让乳头休息恢复，同时请泌乳顾问检查含接。注意每天吸奶8次左右以维持奶量，皲裂严重或有发热时请及时就医。",
        ),
    ],
]
