# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh245: house-moving companies and home cleaning services in mainland China (quotations, damaged items, cleaner rosters, customer groups, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh245
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "搬家报价单"): _lines("""
        【蚂蚁搬家·上海浦东站】2026年12月标准报价：小面包车起步价198元（含5公里），超出每公里6元；金杯车起步价298元，中厢货车起步价458元，21:00后夜间加收20%。
        楼层费说明：无电梯楼层自2楼起每层每件大件加收10元，钢琴、保险柜等超重物品按每层80元另计；有电梯且可直达的不收楼层费。
        拆装服务价目：普通双人床拆装120元/张，三门衣柜150元/组，挂壁空调移机（含1.5米铜管）280元/台，超出部分铜管按65元/米收取。
        包装材料单价：五层加厚纸箱（60×40×50cm）12元/个，气泡膜50米/卷38元，缠绕膜22元/卷，平板电视专用护角套装45元/套。
        报价单编号 BJ-QT-20261207-0391，企业搬迁线路：望京SOHO T3 → 中关村软件园二期，车型4.2米厢货×2，预估总价人民币11,860元，报价有效期7天。
        长途搬家参考价（整车）：上海→杭州 6.8米厢式货车3,200元起，上海→南京3,800元起，上海→武汉7,500元起，含高速费与燃油费，不含上下楼搬运。
        日式保洁价目表（天鹅到家合作门店）：日常保洁4小时起订，49元/小时；开荒保洁按建筑面积6.5元/㎡计，不足100㎡按100㎡计。
        家电清洗套餐：油烟机拆洗168元/台，滚筒洗衣机除垢198元/台，冰箱内外清洁99元/台，三件套优惠价399元，限2026年12月31日前下单。
        保价说明：默认每单免费保价5,000元，超出部分按申报价值的0.5%收取保价费，最高可申报至200,000元，古董字画须提前提供鉴定证书。
        定金与取消：预约成功后支付定金100元，搬家前24小时以上取消全额退还，24小时内取消扣除50元空车调度费，恶劣天气改期不收费。
        企业搬迁方案报价（苏州工业园区星湖街328号创意产业园A座至B座）：工位拆装86个，服务器机柜2组，分2个夜间完成，合计38,600元（含6%增值税）。
        钢琴搬运专项：立式钢琴同城搬运880元起，三角钢琴2,680元起，含专用钢琴板、防震毯与4名搬运师傅，楼梯搬运每层另加100元。
        报价有效期内如遇油价上调超过5%，公司保留调整运费的权利；发票抬头：上海申通达搬家服务有限公司，税号91310115MA1FL3X27Q。
    """),
    ("zh-Hans", "员工工作群"): _lines("""
        【调度通知】明早7:30所有车辆到嘉定仓库集合，3号车和5号车先去虹梅路那个写字楼项目，记得带20个标准纸箱和两卷缠绕膜。
        B组今天的开荒单改到下午2点，物业说电梯要先做保护，地面保护膜和电梯护角板都在仓库第二排货架上，出发前别忘了拿，用完记得带回来登记。
        订单SH20261207118已完成，客户现场验收无破损，回单照片已上传系统，请财务核对一下尾款1,420元是否到账，到账后在系统里点结单。
        提醒各位：冬季外墙玻璃作业一律系双绳，安全带每月1号统一检查，这周没签安全交底表的下班前到行政那边补签，没签的明天不派高空单。
        4.2米厢货那台车右后视镜有裂纹，今天已经送4S店换了，车间说周三能提车，这两天长途单先派6.8米那台，维修单据已交给行政报销。
        大家注意：小区白天不让货车进的情况越来越多，接单前先在系统“小区备注”里查一下限行时间，别再白跑一趟了，限行时间不清楚的先问物业。
        今晚22:00后系统升级到v3.8.2，派单APP需要重新登录，升级期间的新订单先记在共享表格里，明早统一补录，有问题找技术值班电话。
        收到，冰箱运输一定要立着放，到了以后跟客户交代静置4小时再通电，上个月就有一单因为没说清楚被投诉了，这次大家务必提醒到位。
        保洁二组本周排班：周一至周五8:00-17:00，周六由一组值班，周日轮休；如需调班请在周四18点前在群里报备，由组长统一调整。
        仓库盘点结果：大号纸箱剩312个，中号540个，气泡膜18卷，胶带6箱，护角条不足50套，采购那边麻烦今天下单补货，周五前到仓。
        今天杭州那单跨城搬家，高速嘉兴段有事故，预计晚到一个半小时，调度已经打电话跟客户说明了，大家路上注意安全，服务区休息不要超过20分钟。
        新到的除螨仪是莱克M7，每台编号贴在机身侧面（LK-M7-001到LK-M7-012），领用时在登记表上写清楚编号和归还时间。
        下周起公司统一换新工服，深蓝色冬装每人两套，尺码统计表已经发在群公告里，周三之前没填的默认按L码订，旧工服交回仓库统一处理。
    """),
    ("zh-Hant", "服務條款與常見問題"): _lines("""
        問：搬屋前需要預約多久？答：一般住宅搬遷建議提前7至14日預約，月尾及農曆新年前兩星期屬旺季，請盡早致電客服熱線 2388 6120。
        本公司已投購第三者責任保險，每宗事故最高賠償額為港幣500萬元；客戶自行包裝之物品，如箱外無破損痕跡，恕不負責內部物品損壞。
        問：可否搬運鋼琴及魚缸？答：可以，鋼琴搬運HK$1,200起，大型魚缸須由客戶預先清空並拆除過濾器，本公司不負責運送活體生物。
        台北市搬家收費參考：3.5噸貨車每車次新台幣4,500元起，每增加一名搬運人員加收1,500元，雙北以外地區依里程另計。
        服務時間為星期一至星期六上午8時至晚上7時，星期日及公眾假期需加收20%附加費；八號風球或黑色暴雨警告生效期間暫停所有服務。
        如物品於運送途中損壞，請於搬遷完成後48小時內經公司WhatsApp 5123 8870或電郵 claims@swiftmove.com.hk 提交相片及訂單編號，逾期恕不受理。
        公司名稱：迅捷搬運有限公司，商業登記號碼 71829354-000-06-25-4，辦事處：九龍觀塘鴻圖道52號百本中心12樓B室。
        澳門區服務由合作夥伴提供，澳門搬家基本收費為澳門幣1,800元起，港澳跨境搬運須另行辦理報關手續，約需3個工作天，詳情請向客服查詢。
        清潔服務條款：家居清潔以3小時為最低收費單位，每小時HK$180；清潔用品由本公司提供，如需使用客戶指定產品請預先說明。
        台灣搬家業者依《公路法》須具備汽車貨運業營業登記，消費者可至交通部公路局網站查詢業者是否合法登記，避免遇上坐地起價的業者。
        取消政策：服務前72小時或以上取消可獲全數退還訂金；48至72小時內取消退還50%；48小時內取消，訂金恕不退還；因天氣原因改期則不收任何費用。
        我們的「安心搬」套餐包括：免費上門估價、紙箱30個、膠紙4卷、傢俬拆裝及重裝、搬後基本清潔，兩房單位一口價HK$4,980。
        高雄門市地址：高雄市前鎮區中山二路91號1樓，營業時間09:00–18:00，統一編號 53871046，客服專線 (07) 536-2288。
    """),
    ("en", "booking_app_logs"): _lines("""
        2026-12-07T08:14:22.531+08:00 INFO  dispatch.assign order_id=MV20261207-00418 vehicle=TRUCK_4_2M crew_size=3 eta_min=42 region=SH-PD
        2026-12-07T08:15:03.112+08:00 WARN  pricing.calc order_id=MV20261207-00421 reason=floor_fee_missing fallback_rate_cny=10 elevator=false
        2026-12-07T09:02:47Z ERROR payment.callback provider=wechatpay trade_no=4200002187202612070583311924 status=TIMEOUT retry=2/5
        [cleaning-svc] job=CL-88231 stage=checkout duration=3h45m area_sqm=96 add_ons=["oven","fridge"] total="CNY 612.00" etag=9f2c4e1a7b30d5e8
        2026-12-07 10:31:55,204 DEBUG claims.upload claim_id=DMG-2026-1207-0032 files=4 total_bytes=8388113 bucket=oss-cn-shanghai/claims-prod
        GET /api/v2/quotes?city=shenzhen&from_district=nanshan&to_district=futian&volume_m3=18 200 312ms ua="MoveApp/5.4.1 (Android 14)"
        2026-12-07T11:45:10+08:00 INFO  roster.publish week=2026-W50 teams=14 shifts=196 unfilled=3 published_by=system-cron
        build 5.4.1 (20261203.2) commit a41f9c0e7d2b released to 10% canary; crash-free sessions 99.82%, ANR rate 0.07%, min_sdk=26
        2026-12-07T12:00:00+08:00 INFO  sms.gateway template=SMS_2241087 sent=1873 failed=12 sign="迅达搬家" provider=aliyun
        2026-12-07T13:22:41+08:00 WARN  geo.route order_id=MV20261207-00502 toll_cny=145 restriction="truck ban 07:00-09:00 Yan'an Elevated Rd"
        kafka consumer lag topic=order-events partition=7 lag=1204 group=dispatch-v3 host=k8s-node-sh-03 at 2026-12-07 14:05:12
        2026-12-07T15:30:09+08:00 INFO  invoice.issue invoice_no=044031900111 code=24312000000087654321 amount="CNY 3,860.00" buyer_type=enterprise
        healthcheck ok: postgres=12ms redis=1ms oss=48ms mapapi=95ms queue_depth=0 version=3.8.2 uptime=17d04h12m node=sz-prod-2
    """),
    ("zh-Hans", "行业新闻与历史"): _lines("""
        据《鲁迅日记》记载，1919年11月鲁迅从绍兴会馆迁入八道湾11号，1924年又迁至西三条21号，今天的北京鲁迅博物馆就建在西三条故居旁。
        老舍在《骆驼祥子》里写祥子拉车攒钱买车的经历，有搬家公司把这段故事印在员工手册扉页，用来讲“靠力气吃饭也要讲信用”，新员工培训第一课就讲这个。
        市场监管总局与商务部发布的家政服务合同示范文本明确，服务过程中造成消费者财产损失的，经营者应当依法承担赔偿责任，消费者也应如实告知贵重物品情况。
        “孟母三迁”的典故出自西汉刘向《列女传》，不少搬家公司拿它做广告语，比如“三迁不如一次搬好”“择邻而居，交给我们”，在小区电梯广告里很常见。
        货拉拉、快狗打车等同城货运平台近年陆续推出搬家专区，按车型公开计价，减少了过去“到了现场再加价”的纠纷，但楼层费、拆装费仍是投诉重灾区。
        春节前一周是上门保洁需求高峰，多家平台保洁价格普遍上涨三到五成，部分城市“阿姨来了”“好慷在家”等品牌需提前两周预约，临时下单往往排不上。
        张爱玲在《公寓生活记趣》里写过常德公寓的日常琐事，如今常德路195号的常德公寓一楼开了书店，吸引不少读者前来打卡，门口常有游客拍照。
        广州市天河区一家家政公司因未按合同约定为家政员购买意外险，被市场监管部门责令整改，并处罚款2万元，该公司已补缴全部员工保险。
        国际家政服务博览会将于2027年3月在深圳会展中心（福田区福华三路111号）举办，展区涵盖智能清洁设备、搬运工具与职业培训。
        “王阿姨家政”连锁门店在杭州西湖区文三路新店开业，首月开荒保洁8折，门店服务热线0571-8765 2300，营业时间8:00至20:00。
        消费者在搬家过程中遭遇临时加价、扣押物品等情况，可拨打12315热线或通过全国12315平台小程序在线投诉，投诉时应保留合同、聊天记录和付款凭证。
        家政服务员国家职业技能标准将从业人员分为五个等级，部分城市对取得证书的家政从业人员发放职业技能提升补贴，具体标准以当地人社部门公告为准。
        上海市消保委提示：签订搬家合同时应写明车型、人数、楼层费、拆装费和保价条款，避免口头约定引发纠纷，搬运前最好对贵重物品拍照留存。
    """),
    ("mixed", "config_and_code"): _lines("""
        max_orders_per_crew: 4  # 每个搬家小组每天最多接4单，超出需调度员手动确认后再派单，节假日可临时调整为5
        night_surcharge: {start: "21:00", end: "06:00", rate: 0.20}  # 夜间加收20%，法定节假日另按holiday_rate计
        FLOOR_FEE_CNY = {"no_elevator": 10, "piano_per_floor": 80, "safe_per_floor": 80}  # 楼层费配置，单位：元/件/层
        SELECT order_no, vehicle_type, quote_cny FROM moving_orders WHERE city = '上海' AND status = 'COMPLETED' AND created_at >= '2026-12-01';
        order_no,service_type,city,district,area_sqm,crew_size,start_time,end_time,quote_cny,damage_flag,claim_id
        fixture = {"name": "测试用户", "phone": "13800000000", "email": "test@example.com"}  # 单元测试占位数据，勿用于生产
        sms_template: "【迅达搬家】您预约的{service}服务将于{date} {time}开始，师傅已出发，订单号{order_no}，改期请回复TD"
        def calc_deep_clean(area_sqm: float, rate: float = 6.5) -> float: return max(area_sqm, 100) * rate  # 开荒保洁不足100㎡按100㎡计
        ROSTER_CRON = "0 18 * * 4"  # 每周四18:00自动发布下周保洁排班，时区 TZ=Asia/Shanghai
        docker run -d --name quote-api -p 8080:8080 -e DB_HOST=db.internal -e REGION=cn-east-2 moveco/quote-api:3.8.2
        damage_levels: [{code: D1, label: "轻微划痕", payout_pct: 10}, {code: D2, label: "功能受损", payout_pct: 50}, {code: D3, label: "完全损毁", payout_pct: 100}]
        git commit -m "fix(pricing): 修复跨城订单高速费重复计算的问题，并补充单元测试 (#1287)"
        curl -X POST https://api.example-move.cn/v2/claims -H "Content-Type: application/json" -d '{"order_no":"MV20261207-00418","items":2,"photos":4}'
    """),
    ("zh-Hans", "商家点评"): _lines("""
        大众点评上“申通达搬家”评分4.8，这次搬家确实没让人失望：三位师傅准时到，冰箱洗衣机都用毯子包好，全程没有临时加价，下次还找他们。
        给“好运来保洁”一个差评：约的深度保洁4小时，不到3小时就收工，油烟机根本没拆，客服电话400-820-3366打了三次才接通。
        老李搬家（浦东店）服务还行，就是报价时说楼层费全包，到了现场又按每层每件加10块，建议大家下单前让对方写进合同，别信口头承诺。
        推荐“阿芳家政”，门店在福州鼓楼区五四路128号，阿姨都是培训过的，擦玻璃用专业刮刀，干完还会拍照给你确认，价格也公道，会继续回购。
        五星好评！用的是全新纸箱和蓝色搬家周转箱，书本用专用书箱装，到新家按房间贴标签放好，省了我们很多整理时间，强烈推荐给要搬家的朋友。
        一星。搬运时把实木餐桌桌腿磕掉一块漆，公司说只能赔200元，理由是“保价单上没写餐桌”，这种条款消费者根本看不到，下单时也没人提醒。
        开荒保洁做得很细，窗槽里的水泥渣都抠干净了，唯一不足是晚到了40分钟，不过提前在APP里通知了，可以理解，整体还是很满意的。
        这家“蓝精灵清洁”名字挺可爱，服务也专业，除螨仪、蒸汽机都是自带的，价格比平台上便宜大概两成，适合老小区，下次还会约他们做深度除螨。
        师傅们干活很利索，但公司前台态度一般，问开发票的事推来推去，最后还是在官方小程序里自己申请的电子普票，希望公司改进一下。
        蚂蚁搬家小面包车198元起步，加上楼层费和拆床一共花了486元，比路边随便找的车贵一点，但有平台保障心里踏实，出了问题也有人管。
        武汉光谷这边的“搬家侠”服务点只做同城，跨省要转给合作物流，整体沟通顺畅，报价透明，师傅也很客气，扣一星是因为等车等了半小时，给四星。
        提醒一下：有些小广告写“搬家50元起”，到了地方就坐地起价，最好选有营业执照、能开发票、在平台上有评价记录的公司，合同和收据都要留好。
        环境：门店在南京建邺区江东中路万达广场负一楼，店面不大；服务：预约保洁第二天就能上门；性价比：三小时150元，值得回购。
    """),
    ("ms", "notis_syarikat"): _lines("""
        Notis: Perkhidmatan pindah rumah kami ditutup pada 25 Disember 2026 sempena Hari Krismas dan akan beroperasi semula pada 26 Disember seperti biasa.
        Harga pakej pindah rumah Lembah Klang: lori 1 tan RM350, lori 3 tan RM680, termasuk 3 orang pekerja dan 20 kotak kadbod percuma.
        Untuk tempahan, sila hubungi talian khidmat pelanggan 1-300-88-6683 atau WhatsApp perniagaan kami di +60 3-7960 2211 (Isnin–Sabtu, 9 pagi–6 petang).
        Syarikat: Pantas Angkut Sdn. Bhd. (No. Pendaftaran 201901034567), Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor.
        Pelanggan dinasihatkan mengosongkan peti sejuk sekurang-kurangnya 24 jam sebelum tarikh pindah supaya ais cair sepenuhnya dan tidak membasahi barang lain.
        Perkhidmatan pembersihan rumah: RM25 sejam, minimum 4 jam; pembersihan selepas pengubahsuaian bermula RM0.80 setiap kaki persegi.
        Sebarang tuntutan kerosakan mesti dibuat dalam tempoh 3 hari bekerja melalui e-mel tuntutan@pantasangkut.com.my bersama gambar dan nombor invois.
        Invois No. INV-2026-12-0457, Tarikh 07/12/2026, Perkhidmatan: Pindah pejabat (Menara KL Sentral ke Bangsar South), Jumlah: RM4,280.00 termasuk SST 8%.
        Pasukan pembersih kami berpindah ke premis baharu di Jalan Ipoh, Kuala Lumpur mulai 1 Januari 2027; nombor telefon pejabat kekal sama.
        Di Singapura, kami bekerjasama dengan syarikat berlesen untuk perpindahan merentas Tambak Johor; dokumen kastam mengambil masa 2 hingga 3 hari bekerja.
        Harap maklum: lif servis di kebanyakan kondominium perlu ditempah melalui pejabat pengurusan sekurang-kurangnya 7 hari lebih awal dan deposit RM300 mungkin dikenakan.
        Promosi akhir tahun: diskaun 15% untuk pakej pindah + cuci rumah, kod promo PINDAH15, sah sehingga 31 Disember 2026, tertakluk kepada terma dan syarat.
        Cawangan Johor Bahru: Jalan Wong Ah Fook, 80000 Johor Bahru, dibuka setiap hari dari 8:30 pagi hingga 7:00 malam kecuali cuti umum.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客户陈建国先生，电话139 1742 6058，地址上海市闵行区七宝镇万科城市花园12号楼1403室，预约12月9日上午搬家，家里有一架立式钢琴。
        保洁阿姨刘桂芳这周请假了，她说乳腺结节要去做穿刺，结果出来之前先别给她排单，这事别在群里说。
        赔付登记：订单SH20261130077，客户周敏，身份证号31010419880715284X，损坏物品：玻璃茶几一张，赔付金额680元，打款至招商银行卡6214 8521 3309 4476。
        群里那个叫小胖的搬运师傅，听说欠了网贷十几万，最近老跟同事借钱，派单的时候大家注意点。
        王太太说她正在闹离婚，搬家的东西要分两车，一车拉到她娘家苏州吴中区，另一车等她老公签字再说。
        师傅反馈：杭州滨江区星耀城2期5幢802的业主家里有卧床老人，搬家当天要先把老人转到医院，联系人是他女儿，手机158 6712 3390。
        投诉记录：张丽华女士（手机尾号8836）称保洁员打碎了她家祖传的青花瓷瓶，要求赔偿2万元，并表示要在小红书曝光。
        家政员入职登记：姓名 黄秀梅，女，出生日期 1979-03-14，籍贯 安徽阜阳，身份证 341202197903143526，紧急联系人 丈夫 李德明 135 5621 0984。
        138****2617 这个号码的客户又来催退款了，说定金100元到现在还没退，语气很冲。
        车牌沪A·K73M9的私家车一直堵在小区门口，车主是业主赵磊，物业让他挪车他不接电话，我们的厢货进不去。
        今天来面试的保洁员马春燕，49岁，说前年做过子宫切除手术，重活干不了，只能做日常保洁。
        搬家工李强这个月工资扣了800元，因为他上周喝酒上岗被客户投诉，他老婆今天打电话来闹，说孩子看病等着用钱。
        微信转账记录：收款方 孙晓东（**东），金额1,860.00元，备注“望京搬家尾款”，付款人 吴婷婷。
        老客户林阿姨家住南京鼓楼区北京西路68号3单元502，每周三上午做3小时保洁，钥匙放在门口地垫下面。
        客户高先生要求搬家时一定要避开他前妻，说法院刚判了抚养权，孩子下周才接走，所以时间定在周五晚上。
        接单记录 2026-12-06 19:42 客户 许文杰 手机 186 2149 7735 从成都市武侯区玉林南路15号附2号搬到高新区天府三街199号7栋1单元2304。
        保洁组长说阿红怀孕三个多月了，暂时别安排她去擦高处的玻璃，也别让她搬重家电，有单子先派给别人。
        退款申请：申请人 郑佳琪，支付宝账号 zjq_1996@163.com，退款金额260元，原因：保洁人员未按约定时间上门。
        员工花名册：工号 BJ-0132，姓名 韩卫东，岗位 搬运工，月薪 6,800 元，工资卡 建设银行 6217 0012 3456 7890 123，入职日期 2024-05-08。
        这位业主何先生之前因为醉驾被拘留过，家里人交代搬家的事都找他姐姐何静对接，电话 177 0219 5586。
    """),
    "zh-Hant": _lines("""
        客戶陳嘉欣小姐，香港身份證 Y654321(7)，住址沙田第一城38座15樓F室，預約12月14日搬屋，聯絡電話 9123 4788。
        清潔姐姐阿玲話佢老公上個月中風入咗院，佢而家晚晚要去醫院陪夜，所以星期六唔可以開工。
        台北客戶林志豪，身分證字號 A128745638，住台北市大安區和平東路二段96巷7號3樓，下週要搬到新北市板橋區。
        李太話師傅搬衣櫃時刮花咗佢屋企木地板，要求賠償HK$3,500，佢住將軍澳日出康城第二期5座32樓B室。
        員工黃志偉向公司預支薪金港幣12,000元，已同意每月從人工扣2,000元，直至明年6月還清。
        澳門客戶梁先生，澳門居民身份證 5215678(3)，手機 6688 1234，地址氹仔海洋花園第12座8樓C，要求星期日上午做深層清潔。
        訂單備註：吳美玲女士患有嚴重塵蟎過敏及哮喘，清潔時必須使用無香味清潔劑，並請勿使用任何噴霧。
        台中客戶張雅婷的搬家尾款新台幣18,600元已匯入，匯款帳號末五碼 73915，由她先生蔡明宏代為轉帳。
        電郵 chan.wingkei1988@gmail.com 嘅客人投訴話搬運工人打爛咗佢部55吋電視，要求全數賠償。
        新入職清潔員 阿芬（陳淑芬），持單程證來港，出生日期 1985年8月2日，聯絡 WhatsApp 6370 2158。
    """),
    "en": _lines("""
        Customer: Tan Wei Ming, NRIC S8234567A, Blk 345 Clementi Ave 5 #08-112, Singapore 120345; move date 14 Dec 2026, mobile 9123 5678.
        Please don't give Rachel Lim's flat to the new cleaner — she told us her husband was just diagnosed with stage 3 colon cancer and she wants someone she trusts.
        Damage claim DMG-2026-1207-0032 filed by Jonathan Ho (jonathan.ho.sg@gmail.com): cracked 65-inch TV, requesting a full refund of SGD 1,899.
        Mover Ahmad Faizal called in sick again; his wife says he is still recovering from dengue fever and won't be back until Monday.
        Mrs Koh asked us not to say anything to her neighbours — she is moving out because the bank is repossessing the flat over her unpaid loan.
        Helper roster: Maria Lourdes Santos, FIN G5123467M, work permit expires 03/2027, salary SGD 650/month, day off Sunday.
        Please call Mr David Chua at +65 8765 2231 before 9am; he will meet the crew at his unit, 18 Jalan Membina #11-04.
        2026-12-05,CL-88102,Nur Aisyah binti Kamal,+60 12-387 6621,No. 7 Jalan SS2/64 Petaling Jaya,deep_clean,RM 380,paid
    """),
    "ms": _lines("""
        Pelanggan En. Mohd Hafiz bin Abdullah, No. KP 850312-10-5437, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, pindah pada 20 Disember.
        Kak Ros, tukang cuci kita, minta cuti seminggu sebab anak dia masuk wad kerana demam denggi di Hospital Klang.
        Gaji pekerja Rajesh a/l Muniandy bulan November RM2,100 telah dimasukkan ke akaun Maybank 1142 8830 5176.
        Puan Norlela mengadu pekerja kita memecahkan pasu seramik peninggalan arwah ibunya; dia minta ganti rugi RM1,500, telefon 013-276 4819.
        Kereta peribadi Encik Faisal Rahman, nombor plat BKW 7731, menghalang lori kita di lobi; pengawal kata dia baru keluar lokap semalam.
    """),
    "mixed": _lines("""
        客户 Ms. Wong Mei Ling，HP +60 16-228 4091，地址 Unit 12-3A, Residensi Harmoni, Jalan Klang Lama, KL，要求周六 9am 开始 deep cleaning。
        @调度 Kevin Zhang 那单 cancel 了，他说 wife 住进 ICU，搬家推到明年，订金先 hold 住别退。
        Cleaner roster W50: Mon 周丽 (NRIC S7712345H, pickup Blk 221 Bishan St 23 #05-41), Tue 阿珍, Wed Nur Hidayah.
        收到一条 WhatsApp from +852 6123 9087：“我係陳生，聽日搬屋可唔可以早啲，我要趕去醫院覆診。”
        Invoice bill-to: 李明轩 / Li Mingxuan, 深圳南山区翠湖花园B栋1802, Tel 137 2819 4460, amount CNY 2,350.
        FYI 那个 Jason Teo 上次搬家还 owe 我们 SGD 480，他说最近被裁员 lost his job，下个月才能付。
        照片 IMG_20261206_1432.jpg 里可以看到客户的 driver's license，名字 Chen Yu-Ting 陳郁婷，證號 F226173944，拍完记得删。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是“申通达搬家”的客服助手，帮助客服整理订单信息，回答要简洁。"),
        (
            "user",
            "帮我整理一下这单：客户徐海涛，手机 150 2736 8814，从上海市徐汇区田林路200弄8号602搬到松江区九亭镇涞寅路1288弄23号101，12月12日上午，有一台双开门冰箱和一架钢琴。",
        ),
        (
            "assistant",
            "订单摘要：客户徐海涛（150 2736 8814）；起点徐汇区田林路200弄8号602，终点松江区九亭镇涞寅路1288弄23号101；时间12月12日上午；特殊物品：双开门冰箱、立式钢琴。建议派4.2米厢货和4名师傅，钢琴另报专项费用。",
        ),
        ("user", "好的，按这个生成一条短信通知给他。"),
        (
            "assistant",
            "【申通达搬家】徐先生您好，您预约的12月12日上午搬家服务已确认，师傅将于8:30前联系您，钢琴搬运将按专项标准包装。如需改期请回复TD。",
        ),
    ],
    [
        (
            "user",
            "I run a small cleaning company in Singapore. Can you help me write a polite reply to a customer complaint?",
        ),
        (
            "assistant",
            "Of course. Please share the complaint details and what you would like to offer the customer.",
        ),
        (
            "user",
            "Customer is Mrs Priya Nair, 27 Sembawang Crescent, mobile 9734 1180. Our cleaner broke her glass shower screen on 3 Dec. We want to offer SGD 300 plus a free 3-hour session.",
        ),
        (
            "assistant",
            "Dear Mrs Nair, thank you for letting us know about the damaged shower screen at your home on 3 December. We sincerely apologise. We would like to offer SGD 300 towards the replacement and a complimentary 3-hour cleaning session at a time convenient to you. Please reply or call us to confirm.",
        ),
    ],
    [
        ("system", "你係一間香港搬運公司嘅客服助理，用廣東話書面語回覆。"),
        (
            "user",
            "幫我寫封道歉信俾客人何偉倫先生，佢住荃灣愉景新城3座21樓D室，我哋師傅搬雪櫃時撞崩咗佢屋企門框。",
        ),
        (
            "assistant",
            "何偉倫先生：就日前於閣下荃灣愉景新城3座21樓D室搬運雪櫃期間撞損門框一事，本公司深表歉意。我們將安排師傅於三個工作天內上門修補，費用全數由本公司承擔。如有任何查詢，歡迎致電本公司客服熱線。",
        ),
    ],
    [
        (
            "user",
            "Tolong susun jadual pembersih minggu depan: Siti Rohana (012-445 7803) kerja Isnin dan Rabu, Devi a/p Ramasamy Selasa dan Khamis, Aminah Jumaat sahaja sebab dia baru lepas bersalin.",
        ),
        (
            "assistant",
            "Jadual minggu depan: Isnin – Siti Rohana; Selasa – Devi a/p Ramasamy; Rabu – Siti Rohana; Khamis – Devi a/p Ramasamy; Jumaat – Aminah (tugas ringan sahaja). Nombor Siti Rohana 012-445 7803 dicatat untuk pengesahan.",
        ),
        ("user", "Terima kasih, tukar Aminah kepada kerja separuh hari."),
        ("assistant", "Baik, Aminah dijadualkan pada Jumaat dari 9 pagi hingga 1 petang sahaja."),
    ],
    [
        ("system", "You are an assistant for a Shanghai moving company's operations team."),
        (
            "user",
            "帮我写一条保洁组群公告：下周一开荒单由二组负责，组长是赵春梅（电话 139 6175 2208），集合地点是公司嘉定仓库，7:30出发。",
        ),
        (
            "assistant",
            "【群公告】下周一开荒保洁单由保洁二组负责，组长赵春梅（139 6175 2208）。请大家7:30前到嘉定仓库集合，统一出发，工具和保护膜出发前在仓库领取。",
        ),
    ],
    [
        (
            "system",
            "Customer record for this session: name Ong Boon Huat, NRIC S7512340D, address Blk 88 Tampines St 81 #10-215, Singapore 520088, outstanding balance SGD 1,250, note: recently divorced, prefers contact by email ongbh75@yahoo.com.sg.",
        ),
        ("user", "Draft a payment reminder for this customer's moving invoice."),
        (
            "assistant",
            "Dear Mr Ong, this is a friendly reminder that SGD 1,250 remains outstanding for your recent move to Tampines. Kindly arrange payment within 14 days or reply to this email if you would like to discuss a payment plan.",
        ),
        ("user", "Make it shorter."),
        (
            "assistant",
            "Dear Mr Ong, a gentle reminder that SGD 1,250 for your recent move is still outstanding. Please settle within 14 days. Thank you.",
        ),
    ],
    [
        (
            "user",
            "客户发来 damage photo，说 sofa 被划破了，要 claim。客户叫 Michelle Goh 吴敏婷，订单 MV20261205-00233，她的 bank account 是 OCBC 591-284736-001。",
        ),
        (
            "assistant",
            "已记录：客户 Michelle Goh（吴敏婷），订单 MV20261205-00233，损坏物品为沙发划破。建议先核对出发前的包装照片和签收单，确认责任后再按保价条款计算赔付金额，赔款可转入客户提供的 OCBC 591-284736-001 账户。",
        ),
        ("user", "OK, write a short message to her in English."),
        (
            "assistant",
            "Hi Michelle, we have received your claim for order MV20261205-00233. Our team will review the photos and get back to you within 2 working days. Sorry for the trouble.",
        ),
    ],
    [
        (
            "user",
            "我们公司搬运工刘国庆找我预支两万块，说他爸在老家确诊肺癌要化疗，还欠着信用卡好几万。我该怎么处理比较合适？",
        ),
        (
            "assistant",
            "可以考虑：一、与刘国庆签订书面借款或预支协议，约定分期从工资中扣还的金额和期限；二、扣款后每月实发工资不得低于当地最低工资标准；三、注意对他家人的病情和债务情况保密，不在群里讨论。",
        ),
        ("user", "好的，帮我起草一个简单的预支协议开头。"),
        (
            "assistant",
            "预支工资协议：甲方（公司）同意向乙方刘国庆预支工资人民币20,000元，乙方同意自2027年1月起每月从工资中扣还2,000元，至全部还清为止。",
        ),
    ],
    [
        ("system", "你是台灣搬家公司的估價助理。"),
        (
            "user",
            "客戶蕭家豪，電話 0912-386-475，要從台北市中山區松江路150巷4號5樓搬到桃園市中壢區，三房兩廳，沒有電梯，請幫我估價。",
        ),
        (
            "assistant",
            "初步估價：3.5噸貨車兩車次，約新台幣9,000元；5樓無電梯加收樓層費約3,000元；拆裝床組與衣櫃約2,000元；合計約14,000元。正式報價建議派員到蕭先生松江路住處現場估算。",
        ),
    ],
    [
        (
            "user",
            "请帮我从这段表格文字里提取保洁员信息：姓名 曹玉兰 身份证 51010719920527631X 电话 131 0287 4456 住址 成都市金牛区营门口路88号5栋3单元401 健康证有效期至2027-06",
        ),
        (
            "assistant",
            "提取结果：姓名：曹玉兰；身份证号：51010719920527631X；电话：131 0287 4456；住址：成都市金牛区营门口路88号5栋3单元401；健康证有效期至2027年6月。提醒：身份证号等敏感信息请仅在必要范围内保存和使用。",
        ),
        ("user", "谢谢，再帮我把身份证号中间部分打码。"),
        ("assistant", "打码后：510107********631X。"),
    ],
]
