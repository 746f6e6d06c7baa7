# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh311: 简体中文 家电维修与上门安装（报修工单、上门地址、保修卡、配件费争议、差评投诉、师傅派单群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh311
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "保修卡条款"): _lines("""
        本产品整机保修一年，压缩机保修十年；保修期自购机发票日期起计算，无发票的以出厂日期后第90天起算，请妥善保管本保修卡及购机凭证。
        以下情况不属于免费保修范围：未按说明书要求安装使用造成的损坏；非本公司授权服务网点拆修过的；因电压不稳、雷击、鼠害、进水等外力造成的故障。
        空调标准安装包含：挂机3米以内铜管、排水管、连接线及墙体打孔一个（直径不超过65mm）；超出部分按《安装辅材收费标准》另行收费，收费须开具正规票据。
        格力电器全国统一服务热线4008-365-315，7×24小时受理报修；也可关注“格力服务”微信公众号，输入机身条码即可自助查询保修期与维修进度。
        美的售后提示：燃气热水器须由持有燃气具安装维修资质的人员安装，安装后请索取《安装验收单》并核对服务商编码，如 MDFW-440306-0218。
        保修卡编号 BXK-2026-0731884 仅用于登记产品信息，机身条码 6901234567892 与保修卡不一致时，以机身铭牌为准，涂改后的保修卡无效。
        延保服务说明：购买“家电无忧”三年延保（冰箱类¥199，洗衣机类¥259）后，延保期内维修不收取人工费和配件费，每年最多可申请上门服务4次。
        依据《部分商品修理更换退货责任规定》（即“三包”规定），产品自售出之日起7日内发生性能故障，消费者可以选择退货、换货或者修理。
        上门服务费说明：保修期内免收上门费；保修期外市区范围上门检测费30元，维修后仅收取配件费和维修费，检测后不修的只收检测费。
        请勿在洗衣机运行时强行打开机盖；如出现E21、E30等故障代码，请先断电5分钟再重启，仍无法排除的请拨打客服热线并提供机型及故障代码。
        海尔服务热线 400-699-9999，就近服务网点可在“海尔智家”App中查询；送修地址以App显示的网点地址为准，请勿将产品寄往总部。
        本保修卡由销售商盖章后生效；电商渠道购买的，以平台订单号（如京东订单 298374650112）作为购买凭证，无需另行盖章。
        扫地机器人电池保修6个月，属于消耗件的滤网、边刷、拖布不在保修范围内；更换配件请认准官方编号 RV-FLT-08、RV-BRS-12。
    """),
    ("zh-Hans", "师傅派单群"): _lines("""
        @所有人 今天下午2点起龙华区民治片区停电检修，这个片区的空调单子全部改约到明天上午，改约话术按昨天群公告发的模板来，别自己乱说。
        工单GD20261207-0153 挂机移机，客户已经确认加收两米铜管的钱，辅材从3号仓库领，领料单记得拍照上传到系统里。
        提醒一下：装燃气热水器的必须带燃气检漏仪，上周抽查有单子没有拍检漏照片，这种工单一律不结算，各组组长自己盯一下，这周再抽查一次。
        本周派单量统计：宝安组312单，南山组268单，福田组197单，好评率最低的组下周一早会分享一下原因，不是批评，是一起找问题。
        配件部通知：美的KFR-35GW系列的外机主板现在缺货，预计12月15日到货，遇到这个故障的先跟客户解释清楚，不要私下拆别的机子的板子。
        刚才有单子在系统里显示“已完工”但客户说师傅没到，系统日志显示是14:32误点的，请大家完工前一定确认现场照片已经上传成功。
        今晚8点腾讯会议开技术培训，讲变频空调E6通讯故障排查，会议号 834 216 907，培训资料放在群文件“2026冬季培训”文件夹里。
        下雨天不做外机高空作业！安全带、安全绳每次出门前检查，公司规定3楼以上外机必须两个人配合，违规一律停单三天，没有商量的余地。
        跟大家说个事，天猫那边新规：上门后48小时内未核销的安装单会自动判超时，扣服务商分，所以装完当场让客户在系统里核销掉，别拖到第二天。
        电热水器安装费统一标准：墙面打孔固定免费，需要换角阀的20元一个，混水阀另收60元，收费前先在系统里开单给客户看价格，客户同意了再动手。
        本月话费补贴和油补下周三随工资一起发，有疑问的直接去公司二楼财务室问，别在群里刷屏，这个群只说派单和技术问题，谢谢配合。
        仓库新到一批R32冷媒，每瓶7公斤，领用要登记工单号，一单一登记，月底按工单核对用量，用量异常的要写书面说明交给组长，组长签字后交仓库。
        复盘昨天那单差评：洗衣机装完没拆运输螺栓，开机就剧烈抖动。以后滚筒机安装检查表第4项“拆除运输螺栓”必须打勾拍照，漏拍的单子不给结算。
    """),
    ("zh-Hans", "配件收费标准"): _lines("""
        空调加氟（R22）：1.5匹以下补氟120元/次，2-3匹补氟180元/次；R410A、R32冷媒按压力表实测加注，单价另计，不足0.5公斤按0.5公斤计算。
        SKU: GR-PCB-35-0921 格力1.5匹变频内机主板，售价¥386.00，含税；旧件须回收，不回收另加收¥60.00，更换后配件保修期90天。
        铜管（国标紫铜，1.5匹规格6.35/9.52）每米65元；保温棉包扎每米5元；空调支架（不锈钢）每副120元，打孔每个30元（含穿墙管）。
        洗衣机排水泵 SKU XQB-PMP-2207 单价98元，人工费60元；进水阀 SKU XQB-VLV-1103 单价45元，人工费40元，合计以实际更换为准。
        冰箱压缩机更换：定频压缩机含焊接、抽真空、加冷媒，整体报价780-1150元，具体按机型报价，更换后压缩机质保一年，旧压缩机交还用户。
        油烟机清洗套餐：侧吸式168元/台，顶吸式198元/台，含拆洗风轮、油网、集油盒；另加灶具清洗30元，周末及节假日不加价。
        燃气灶熄火保护针（热电偶）规格 TC-600mm，每根35元；点火针每根25元；脉冲点火器（含电池盒）每个58元，以上均含30天质保。
        热水器镁棒更换：储水式电热水器每支80元（含人工），建议每2年更换一次；内胆清洗另收100元，需排空水约40分钟，请提前预留时间。
        价格表版本 V3.2 生效日期 2026-11-01，上一版 V3.1 同时作废；所有报价须在工单系统中选择对应条目，不得手写价格或口头报价。
        上门检测费：市区30元、郊区50元、超过30公里每公里加收2元；确认维修后检测费抵扣人工费，不另收取，检测不修的开具检测单。
        小天鹅滚筒洗衣机门封圈（型号TG100V系列）¥165，门锁开关¥78，加热管¥120；以上配件均为原厂件，附防伪码可在官网核验。
        方太油烟机电机（EMC3系列适用）配件编号 FT-MTR-5520 零售价¥420，方太官方服务工程师上门更换人工费另计¥80，旧电机当场交还。
        高空作业费：外机安装高度超过2层且无安全作业平台的，每台加收100元；需要吊绳吊装的加收150元，价格须提前告知并征得同意。
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        旺角西洋菜南街呢間電器維修舖好老實，部雪櫃壓縮機其實冇壞，只係溫控器問題，收咗$280就搞掂，唔會亂報價，真係良心舖頭，推介俾大家！
        台北市大同區的這家冷氣行安裝很細心，管線都有包好，收費跟電話報價一模一樣，唯一缺點是週末預約要等一個禮拜以上，趕時間的人要提早約。
        一星。約咗朝早十點上門裝洗衣機，等到下晝三點先嚟，打公司客服熱線2345 6789等咗廿分鐘都冇人接，服務態度真係要加強。
        「李師傅電器工程」喺深水埗鴨寮街有鋪位，換熱水爐連安裝$1,800，師傅手腳乾淨，仲幫手將舊爐拎走，成個過程唔使一個鐘，值得俾五星。
        高雄三民區這間家電行的售後比百貨公司專櫃還好，除濕機送修一週就拿回來，有開發票，統一編號也寫得清清楚楚，報帳很方便，推薦給大家。
        呢間公司Facebook專頁話免費上門檢查，點知到咗就話要收$350車馬費，同網上講嘅唔一樣，大家預約之前最好問清楚收費。
        新竹這家大同電器特約服務站，老闆很會解釋問題，電鍋開關壞了當場換好，收費新台幣450元，比網路上查到的行情還便宜，下次家電壞了還會再來。
        荃灣呢間冷氣公司做窗口機轉分體機好專業，開窗位、封口、走喉一日完成，不過要預早兩個禮拜book，旺季好難約到師傅，夏天之前一定要搞掂。
        澳門提督馬路這家電器維修中心服務很好，熱水器漏水上門當日就處理，收費明碼實價，還會在機身貼標籤提醒下次保養的時間，非常貼心。
        評分：★★☆☆☆。台中這家網路評價很高的空調行，報價時說保固三年，結果合約上只寫一年，詢問後才補上，建議大家簽約前每一條都看清楚。
        呢間舖頭嘅公司WhatsApp 9123 4567回覆好快，send相過去就估到價，最後實收同估價一樣，唔會到場再加錢，會再幫襯。
        桃園這家洗衣機清洗服務用高溫蒸氣拆洗，槽洗完真的很乾淨，一台直立式收1,800元，師傅還會教怎麼保養、多久洗一次，整體很滿意。
        銅鑼灣時代廣場附近嗰間家品店代客安排安裝，但其實係外判俾第三方公司做，出咗問題兩邊互相推卸責任，擾攘咗成個月，唔建議幫襯。
    """),
    ("en", "dispatch_system_logs"): _lines("""
        2026-12-07T09:14:22+08:00 INFO dispatch.assign order=WO-SZ-20261207-0153 region=SZ-LH skill=AC_INSTALL eta_min=45 queue_depth=17
        2026-12-07T09:15:03+08:00 WARN parts.reserve sku=GR-PCB-35-0921 warehouse=WH03 requested=1 available=0 backorder_id=BO-778214
        [sg-field-svc] 2026-12-06 17:42:10 SGT job SG-JOB-48213 status=COMPLETED duration=1h12m parts_cost=SGD 86.40 labour=SGD 65.00 gst=9%
        ERROR 502 from https://api.example-warranty.com/v2/warranty/lookup?serial=SN2207XK0048831 retry=3 backoff_ms=800 trace_id=7f3a9c21e0b4
        cron: nightly_sla_report finished in 38.2s, rows=12,408, breached=213 (1.72%), output=s3://svc-reports/sla/2026-12-06.parquet
        audit: pricing_table updated version=V3.2 effective=2026-11-01 changed_items=47 approved_by=role:regional_manager sha256=9c1e4b7a03d2f8e6
        2026-12-07 10:02:55 INFO sms.gateway template=TPL_ENGINEER_ON_THE_WAY sent=1 provider=aliyun cost_cny=0.045 msg_id=20261207100255a81f
        DEBUG geo.route from=depot:SZ-BA-01 to=zone:SZ-NS-07 distance_km=14.6 traffic_factor=1.35 est_travel=32min vehicle_class=VAN_S
        mobile-app v4.18.2 (build 2026120301) crash rate 0.21% on Android 14; top stack: com.example.fieldservice.photo.UploadWorker.doWork
        INFO warranty.check serial=GREE-KFR35-2309A-00417 purchase_date=2025-06-18 status=IN_WARRANTY coverage=PARTS_AND_LABOUR expires=2026-06-17
        [my-kl-hub] 2026-12-05 11:20:41 MYT job MY-KL-20944 reassigned from team=KL-NORTH to team=KL-CENTRAL reason=SKILL_MISMATCH(GAS_HOB)
        payment.webhook provider=wechatpay out_trade_no=PAY2026120711043381 amount=CNY 236.00 result=SUCCESS latency_ms=412 merchant=SZ-ANJU-01
        feature_flag "auto_reschedule_on_rain" enabled for regions=[SZ,GZ,DG] rollout=50% owner=team:dispatch-core since=2026-11-28
    """),
    ("ms", "notis_pusat_servis"): _lines("""
        Notis: Pusat Servis kami di Jalan Ipoh, Kuala Lumpur akan ditutup pada 25 Disember sempena Hari Krismas. Tempahan pemasangan akan disambung pada 26 Disember.
        Waranti penghawa dingin: 1 tahun untuk keseluruhan unit dan 5 tahun untuk pemampat. Sila simpan resit pembelian dan kad waranti untuk sebarang tuntutan.
        Talian hotline khidmat pelanggan 1-300-88-7766 beroperasi Isnin hingga Sabtu, 9 pagi hingga 6 petang. WhatsApp rasmi syarikat: 012-300 7766.
        Caj pemasangan standard untuk penghawa dingin 1.0HP ialah RM180, termasuk paip kuprum 10 kaki. Paip tambahan dikenakan RM25 setiap kaki.
        Syarikat Servis Elektrik Cemerlang Sdn. Bhd. (No. Syarikat 201801023456 / 1284567-K), Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Minyak, Pulau Pinang.
        Untuk pemanas air segera, pemasangan mesti dilakukan oleh juruelektrik berdaftar dengan Suruhanjaya Tenaga. Sijil pendaftaran boleh disemak di laman web rasmi.
        Harga servis am penghawa dingin (cuci biasa): RM70 seunit untuk 1.0-1.5HP, RM90 seunit untuk 2.0-2.5HP. Cucian kimia RM150 seunit.
        Perhatian: Juruteknik kami tidak akan meminta bayaran tunai melebihi jumlah dalam invois. Semua bayaran boleh dibuat melalui DuitNow QR atau FPX.
        Nombor invois INV-MY-2026-118403 bertarikh 03/12/2026, jumlah RM462.00 termasuk SST 8%. Sila rujuk nombor ini semasa membuat tuntutan waranti.
        Mesin basuh yang berbunyi kuat semasa memerah biasanya disebabkan bolt pengangkutan belum dibuka. Sila semak manual muka surat 12 sebelum membuat aduan.
        Cawangan Johor Bahru berpindah ke No. 8, Jalan Setia Tropika 1/15, Taman Setia Tropika mulai 1 Januari 2027. Nombor telefon pejabat kekal 07-238 4410.
        Promosi Hari Raya: Beli pakej servis 3 unit penghawa dingin, percuma pemeriksaan gas. Sah sehingga 31 Mac 2027 atau selagi stok kupon masih ada.
        Status tempahan boleh disemak dalam aplikasi dengan nombor rujukan seperti BKG-PJ-77120. Pesanan SMS daripada 66300 adalah mesej rasmi kami.
    """),
    ("mixed", "工单系统配置与CSV表头"): _lines("""
        work_order_id,created_at,region_code,appliance_type,fault_code,sla_hours,status,parts_sku,labour_fee_cny,parts_fee_cny,rating
        工单状态枚举 status: PENDING(待派单), ASSIGNED(已派单), ON_THE_WAY(师傅出发), IN_PROGRESS(施工中), DONE(已完工), DISPUTED(有争议)
        dispatch.yaml: max_jobs_per_engineer_per_day: 8 / rain_pause_outdoor: true / high_altitude_min_crew: 2 / default_timezone: Asia/Shanghai
        示例请求 POST /api/v1/orders {"appliance":"AC","brand":"Midea","model":"KFR-35GW/BP3DN8Y","fault":"E1","contact":"<redacted>"} 返回 201 Created
        fault_code_map = {"E1": "室内温度传感器故障", "E6": "通讯故障", "F0": "缺氟保护", "P4": "压缩机驱动异常"}  # 来源: 厂家维修手册 2025版
        SKU,品名,适用机型,单价(CNY),库存,仓库 对应示例行 GR-PCB-35-0921,变频内机主板,KFR-35GW,386.00,0,WH03
        发票抬头：深圳市安居家电服务有限公司；纳税人识别号 91440300MA5H7K2Q8T；开户行：招商银行深圳科技园支行；对公账号 755901234567801
        Regex for order id: ^WO-[A-Z]{2}-[0-9]{8}-[0-9]{4}$ ；合法示例：WO-SZ-20261207-0153、WO-GZ-20261130-2208，非法示例：WO-SZ-2026-1
        環境變數 SMS_SIGN="【安居服务】" SMS_TEMPLATE_ID=SMS_298761234 CALLBACK_URL=https://svc.example.cn/callback/sms TIMEOUT_MS=3000
        单元测试 mock_customer = {"name": "Test User", "phone": "13800138000", "addr": "测试地址"}  # 仅用于 CI，禁止写入生产库
        CSV表头（保修登记）：serial_no,model,purchase_channel,purchase_date,invoice_no,warranty_months,extended_warranty_sku,registered_via
        git log --oneline: a3f9e2c fix(dispatch): 雨天暂停室外机工单 rollout to GZ; 7b1d440 feat(pricing): 价格表 V3.2 导入脚本
        SQL: SELECT region_code, COUNT(*) AS 差评数 FROM reviews WHERE rating <= 2 AND created_at >= '2026-11-01' GROUP BY region_code ORDER BY 2 DESC;
    """),
    ("zh-Hans", "行业新闻"): _lines("""
        1985年，时任青岛电冰箱总厂厂长的张瑞敏带头砸毁76台有质量问题的冰箱，这把大锤后来被国家博物馆收藏，成为中国家电质量意识觉醒的标志。
        格力电器董事长董明珠在股东大会上表示，格力将继续坚持自主研发，并回应了外界对其空调售后服务标准调整的关注，称“服务是产品的一部分”。
        美的集团董事长兼总裁方洪波在年度业绩沟通会上提到，公司To B业务营收占比持续提升，暖通空调与楼宇科技是未来几年的重点方向。
        市场监管总局发布家电维修领域消费投诉分析，虚高报价、小病大修、以次充好位列前三，“师傅现场加价”类投诉同比明显增长，提醒消费者保留凭证。
        商务部等部门推动家电以旧换新，旧机回收与新机安装“一次上门”成为多地试点做法，部分城市还对上门安装服务制定了收费指引和服务规范。
        小米创始人雷军在发布会上宣布米家空调推出新一代产品，并表示将在更多城市开设自营售后服务网点，缩短用户报修后的上门响应时间。
        动画片《海尔兄弟》于1995年首播，两个小兄弟的形象来自海尔集团的吉祥物，如今也被用在品牌售后的宣传海报和服务车车身上。
        老板电器与方太在高端油烟机市场的竞争持续，两家均推出“购机赠送免费清洗一次”的售后权益，以提升用户复购和口碑，清洗服务由品牌官方服务商上门完成。
        中国家用电器服务维修协会发布家电售后服务收费相关指引，建议上门费、检测费、维修费分项列明，并明确更换下来的旧件应交还用户。
        戴森创始人詹姆斯·戴森（James Dyson）早年为研发无尘袋吸尘器制作了5127个原型机，这段经历常被用于讲述产品工程师精神。
        据行业监测数据，今年前三季度空调线上零售额同比增长，“安装及时”“师傅专业”成为消费者评价中被提及最多的关键词之一，售后体验影响购买决策。
        上海市消保委点评部分维修平台“先低价引流再上门加价”的经营模式，呼吁平台对入驻维修商实行资质审核和价格公示，并畅通投诉渠道。
        新加坡消费者协会（CASE）提醒公众，雇用空调服务商前应查看其是否注册并持有有效的企业UEN号码，避免遇到“游击”维修。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        工单GD20261206-0211：客户王建平，电话139 2874 6651，地址深圳市龙华区民治街道梅陇路128号锦绣江南三期6栋1502，美的挂机不制冷，预约周二下午。
        保修卡登记：购机人 刘秀梅，身份证号 440305198703152147，购买日期2025-08-16，型号 KFR-50LW，安装地址 广州市天河区棠下荷光路21号703房。
        群里说一下，负责南山片区的周志强师傅查出来是尿毒症，要开始做透析，这两个月不派他的单，大家捐款的事私下找组长。
        回访电话 186-0755-3391，客户说装完热水器第二天就漏水，明天上午再打一次。
        差评投诉：我是朝阳区望京的陈先生，住望京西园三区312号楼2单元801，上周修冰箱的师傅收了我480块换了个温控器，拆下来的旧件也不给我，要求退款。
        客户林女士微信说她和老公正在闹离婚，让我们千万别把维修发票寄到家里，改寄到她单位，收件人写她本人林慧敏就行。
        @赵师傅 黄浦区那单客户吴丽娟怀孕七个月了，闻不得胶味，装柜机别打玻璃胶，这是她电话里特意交代的。
        退款账户：户名 孙海涛，开户行 中国建设银行成都高新支行，卡号 6217 0038 1000 4526 731，退还多收的配件费 260 元。
        张阿姨独居，78岁，有阿尔茨海默症，儿子张立新委托我们每季度上门清洗空调，地址南京市鼓楼区草场门大街99号4幢602，去之前先打她儿子电话。
        车牌粤B7K29D的维修车昨天在小区门口被贴条，车主何文斌师傅说罚款200要公司报销，照片发群里了。
        WO-GZ-20261130-2208,2026-11-30 14:22,黄志明,13712405589,广州市海珠区江南大道中168号之三1204,洗衣机,E21,DISPUTED
        客户邓女士欠我们两次上门费加配件钱一共 1,150 元，拖了三个月，说等她年底工资发了再还，她住罗湖区翠竹路那个单子先别再接。
        阿明昨天装空调从梯子上摔下来，腰椎压缩性骨折，住在佛山市第一人民医院骨科12床，工伤申报材料下午交给人事。
        微信转账记录：转给「郑国栋」¥380.00，备注“洗衣机换排水泵”，交易单号 4200001873202612071234567890，他说这个钱不走公司账。
        报修人：马晓燕 / 手机 15021876634 / 邮箱 mxy_0917@163.com / 故障：燃气灶打不着火，附三张照片，其中一张拍到了她家门牌号。
        徐国庆师傅上个月工资只拿到 4,300，扣了两次差评罚款，他跟我说家里孩子上学要交钱，准备辞职去跑外卖了。
        客户杨桂芳是肢体二级残疾，残疾证号 32010219560317262542，按公司政策减免上门费，安装时需要把热水器开关装低一点。
        2026-12-07 11:03:44 INFO callback customer_phone=13567012846 order=WO-HZ-20261207-0088 action=RESCHEDULE reason=客户住院
        师傅反馈：天河区员村二横路7号大院4栋302那户姓曾的，家里儿子有精神分裂症，上次上门被骂，下次派两个人一起去。
        龙岗区布吉的林先生前天被派出所带走了，他老婆打电话取消了明天的中央空调安装，说等他的事情处理完再说，订金2000要不要退？
        投诉单：用户 邱丽华（会员号 HM2023098812，绑定手机 177-2051-6408）称安装师傅在她家抽烟还借用卫生间，要求公司书面道歉。
        师傅入职登记：姓名 刘伟强，身份证号 330106198506074514，电工证已上传，紧急联系人 妻子 方慧 13857124093，家住杭州市西湖区古荡新村17幢3单元401。
    """),
    "zh-Hant": _lines("""
        客戶陳志偉先生，住屯門友愛邨愛明樓2315室，手提 6123 4870，冷氣機滴水，約咗星期四朝早十點上門，記得帶梯。
        保養登記：姓名 黃美玲，香港身份證 Y654321(7)，熱水爐型號 TGC-16RF，安裝地址 九龍城區賈炳達道88號嘉麗閣9樓B室。
        台北的林太說她先生中風後行動不便，整天在家休息，希望師傅來裝除濕機時動作小聲一點，最好下午兩點後再來。
        客訴紀錄：張家豪（身分證字號 A228931047）抱怨冷氣安裝後室內機一直滴水，地板泡壞，要求賠償木地板費用新台幣3萬元。
        澳門客戶何詠欣小姐，電話 6688 1234，住氹仔海洋花園大馬路某大廈18樓C座，雪櫃唔凍，佢話屋企有初生BB，要快啲處理。
        阿強師傅欠咗財務公司二十幾萬，成日有人打電話嚟公司搵佢，老闆話再咁落去就要請佢走。
        退款經轉數快 FPS 識別碼 1638 2074 轉俾 LAM KA YAN，金額 HK$650，係多收咗嘅零件費，請喺月尾前處理。
        訂單備註：收件人 蔡宜蓁 0912-345-678，新北市板橋區文化路一段188巷12號5樓，洗衣機安裝請避開平日上班時間。
    """),
    "en": _lines("""
        Job SG-JOB-48217: customer Mr Tan Wei Ming, NRIC S8234567A, mobile 9123 4455, Blk 123 Ang Mo Kio Ave 3 #08-1142, aircon chemical wash x3 units.
        Reply to Google review: Dear Ms Priya Raman, we are sorry our technician arrived two hours late to your flat in Tampines on 3 Dec; a refund of SGD 40 has been issued to you.
        Technician note: Mrs Lim's husband is on dialysis three times a week, so the fridge must be fixed before Friday; she asked us not to ring the doorbell.
        Refund to DBS account 012-3-456789, account name ONG SIEW LING, amount SGD 112.50 for the overcharged compressor capacitor.
        kevin.chua88@gmail.com wrote in again asking to reschedule the washer installation; he says he is in hospital until the 14th.
        2026-12-05 18:44:09 WARN crm.sync customer_name="Ahmad Faizal bin Rosli" phone="+60 12-738 4421" job=MY-KL-20951 status=NO_SHOW
        Complaint from worker dormitory: FIN G5127384U, Rahman Hossain, says the installer damaged his personal fan and took SGD 60 cash without a receipt.
    """),
    "ms": _lines("""
        Pelanggan Encik Mohd Hafiz bin Abdullah, No. KP 850612-10-5523, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, aircon bocor air.
        Puan Siti Aminah mengadu juruteknik mengenakan caj RM350 tanpa invois; sila hubungi beliau di 013-456 7890 sebelum jam 5 petang.
        Kak Ros sedang mengandung lapan bulan dan tak boleh angkat barang berat, jadi juruteknik kena bawa mesin basuh naik ke tingkat 3 sendiri.
        Juruteknik kita Rajesh a/l Muniandy ditahan polis semalam di Klang, semua tempahan dia minggu ni kena agih semula kepada pasukan lain.
        Bayaran balik ke akaun Maybank 1642 3309 8817 atas nama Lee Chong Hui, jumlah RM185.00 kerana alat ganti tidak jadi ditukar.
        Van servis nombor plat WVB 4821 dipandu oleh Faizal Hakim ditahan JPJ kerana cukai jalan tamat, dia kata tak mampu bayar saman RM300.
    """),
    "mixed": _lines("""
        客户 Jason Ng 的 WhatsApp +65 9786 2341，住 Punggol Field Blk 271B #12-88，aircon servicing 约礼拜六早上十点，记得带 ladder。
        差评 reply draft：亲爱的 Ms Chong Mei Ling，关于您 12月3日在 Google review 提到的配件费问题，我们已退还 RM120 到您的 Touch n Go 账户。
        Uncle Lim 那边 dementia 越来越严重，上次 service 他忘记开门，next time 先 call 他女儿 Sharon 012-334 5567 再上去。
        师傅群 @all 明天 Ipoh 那单 customer 黄先生 divorce 了，房子判给前妻，别去旧地址 No. 15 Jalan Bendahara，新地址他会再 send。
        Form 提交：Name: 苏雅琪 | IC: 900214-08-6634 | Tel: 016-552 3098 | Address: 12, Lorong Kenari 3, Taman Bayan Baru, Penang | Issue: 冷气 leaking
        {"order":"WO-SZ-20261203-0619","customer":"李国华","mobile":"+86 135 1092 7743","note":"VIP，上次投诉过师傅迟到","paid":true}
        From: wong.kaho@outlook.com 主题：Re: 洗衣机 warranty claim，我部机买咗半年就坏，serial 係 WD2025HK7781，唔该尽快安排师傅。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "帮我写一条差评投诉，我叫谢宏宇，手机13926504817，住在东莞市南城区鸿福路66号碧桂园天玺2栋1803。上周冰箱不制冷，师傅上门说要换压缩机收了1050元，结果换完还是不冷，旧压缩机也没给我。",
        ),
        (
            "assistant",
            "好的，下面是一份投诉草稿，您可以根据实际情况修改： 【投诉内容】本人于上周报修冰箱不制冷，上门师傅诊断为压缩机故障，收取更换费用1050元，但更换后冰箱仍不制冷，且未交还拆下的旧压缩机。要求：1. 重新检测并修复；2. 提供配件来源证明；3. 如无法修复，退还全部费用。 联系人信息建议只在平台的私信或工单里填写，不要公开贴在评论区。",
        ),
        ("user", "可以，再帮我加一句说我要找12315。"),
        (
            "assistant",
            "已补充：“如贵司在3个工作日内不予处理，本人将向12315市场监管部门投诉，并保留相关付款记录和聊天截图作为证据。”",
        ),
    ],
    [
        (
            "system",
            "你是安居家电服务的客服助手。当前用户档案：姓名 彭丽娜，手机 18807553126，地址 深圳市南山区桃园路9号田厦翡翠明珠5栋2104，工单 WO-SZ-20261207-0342，预约时间 12月8日 09:00-11:00。",
        ),
        ("user", "我明天上午要去医院做产检，能不能改到下午？"),
        (
            "assistant",
            "可以的，彭女士。已为您把工单 WO-SZ-20261207-0342 改约到12月8日 14:00-16:00，师傅出发前会拨打您尾号3126的手机，请注意接听。祝您产检顺利！",
        ),
    ],
    [
        (
            "user",
            "幫我寫個WhatsApp訊息俾冷氣師傅，話我係何家俊，住沙田第一城36座12樓H室，冷氣保養要用保養卡登記，我身份證係K381204(9)。",
        ),
        (
            "assistant",
            "可以，參考訊息如下： 師傅你好，我係何家俊，想約冷氣保養，地址係沙田第一城36座12樓H室。保養卡需要登記，請問你哋需要邊啲資料？ 另外提提你：身份證號碼最好唔好直接喺WhatsApp發送，可以等師傅到場時出示俾佢核對就得。",
        ),
        ("user", "好，咁幫我刪咗身份證嗰句。"),
        ("assistant", "已經刪除，訊息只保留姓名、地址同預約要求，你可以直接複製發送。"),
    ],
    [
        ("system", "You are a helpful assistant for a Singapore aircon servicing company."),
        (
            "user",
            "Customer Mdm Goh Bee Lian, 82, lives alone at Blk 58 Marine Terrace #10-23, phone 6445 2891. She says our guy charged her SGD 280 for a 'gas top-up' that wasn't needed. How should I respond?",
        ),
        (
            "assistant",
            "I'd suggest: apologise, send a senior technician to re-check the pressure readings at no charge, and if the top-up was not needed, refund the SGD 280 in full. Given she is elderly and lives alone, also call her to confirm the visit time and have the technician show ID on arrival.",
        ),
        ("user", "Draft the SMS to her please."),
        (
            "assistant",
            "Dear Mdm Goh, we are sorry for the charge on your recent aircon service. A senior technician will visit you on Tuesday 10 Dec, 2-4pm, free of charge, to re-check your unit. If the gas top-up was not required, your SGD 280 will be refunded in full. Thank you for your patience.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis aduan rasmi. Nama saya Nurul Izzah binti Kamarudin, IC 910728-14-6612, telefon 019-882 4310. Juruteknik pasang water heater di rumah saya No. 7, Jalan SS 2/55, Petaling Jaya, tapi paip bocor dan siling rosak.",
        ),
        (
            "assistant",
            "Berikut draf aduan: Kepada Pengurus Khidmat Pelanggan, Saya ingin membuat aduan berkenaan pemasangan pemanas air di kediaman saya. Selepas pemasangan, paip didapati bocor dan menyebabkan kerosakan pada siling. Saya memohon pihak tuan menghantar juruteknik untuk membaiki kebocoran serta menanggung kos pembaikan siling. Sila lampirkan gambar kerosakan dan resit pembayaran bersama aduan ini.",
        ),
        ("user", "Tambah bahawa saya mahu jawapan dalam 7 hari."),
        (
            "assistant",
            "Baik, ayat tambahan: Saya mengharapkan maklum balas bertulis dalam tempoh 7 hari bekerja dari tarikh aduan ini, jika tidak saya akan merujuk perkara ini kepada Tribunal Tuntutan Pengguna Malaysia.",
        ),
    ],
    [
        ("system", "你是师傅派单群的助手，负责总结群消息。"),
        (
            "user",
            "帮我总结一下今天群里的事：1）宝安组明天缺人，因为罗建军师傅高血压住院了；2）福田那单客户方秀英（电话13500284736）投诉师傅多收了120块铜管钱；3）R32冷媒库存不够。",
        ),
        (
            "assistant",
            "今日群消息摘要： 1. 人员：宝安组罗建军师傅因高血压住院，明日宝安组需从其他组临时调配人手。 2. 投诉：福田区客户方秀英反映铜管费多收120元，需组长核实铜管用量并回电客户。 3. 库存：R32冷媒不足，请仓库尽快补货，领用继续按工单登记。",
        ),
        ("user", "第2条客户电话要写进去吗？"),
        (
            "assistant",
            "建议不要在群摘要里写客户电话，处理人可以在工单系统里查看，这样可以减少客户信息在群里传播。",
        ),
    ],
    [
        (
            "user",
            "我的 Panasonic 洗衣机 warranty 还有没有？我是 Tan Mei Fong，012-745 3306，买的时候 invoice no 是 INV-MY-2025-074412，在 Harvey Norman 买的。",
        ),
        (
            "assistant",
            "一般 Panasonic 洗衣机在马来西亚提供1年整机保修，马达另有较长保修，具体以保修卡为准。你可以拿 invoice INV-MY-2025-074412 和机身 serial number 联系官方服务中心查询。",
        ),
        ("user", "他们说要 IC 号码，我的是 870403-10-5218，这样可以吗？"),
        (
            "assistant",
            "可以的，官方服务中心登记保修时常会核对身份证号码，你直接在官方热线或官网表格里提供就好，不需要在公开的地方发出来。",
        ),
    ],
    [
        (
            "user",
            "帮我看看这几行数据哪里有问题： WO-BJ-20261201-0017,郭晓东,13601128845,北京市海淀区学院路30号院8号楼502,空调,E1,DONE WO-BJ-20261201-0018,韩梅,15910337621,北京市朝阳区双井富力城C区3号楼1701,冰箱,,PENDING",
        ),
        (
            "assistant",
            "第二行的故障代码字段是空的（两个逗号之间没有值），如果系统要求必填，导入会报错。另外两行格式一致，字段数都是7列。",
        ),
        ("user", "那怎么批量检查空值？"),
        (
            "assistant",
            "可以用 pandas：df = pd.read_csv(path, header=None); print(df[df.isna().any(axis=1)])，就能列出含空值的行。",
        ),
    ],
    [
        (
            "user",
            "我在台中買的冷氣裝好一個月就壞，店家不給修。我叫鄭雅婷，身分證字號 B205174367，住台中市西屯區福科路55號7樓之2，可以怎麼辦？",
        ),
        (
            "assistant",
            "您可以先以書面（存證信函）要求店家依保固條款維修，並保留購買發票與安裝單。若店家仍拒絕，可撥打1950消費者服務專線，或向台中市政府消費者服務中心申訴。申訴時再提供個人資料即可，不必在網路公開。",
        ),
        ("user", "存證信函怎麼寫？"),
        (
            "assistant",
            "內容可包括：購買日期、機型、安裝日期、故障情形、已聯繫店家的經過，並要求對方於收到後7日內安排維修，否則將依消費者保護法申訴。寄件人欄位填寫您的姓名與地址。",
        ),
    ],
    [
        ("system", "You help field technicians write customer messages."),
        (
            "user",
            "I scratched the wooden floor at Mrs Karen Lau's place while moving her fridge yesterday. Her email is karenlau.home@yahoo.com.hk. Write an apology offering to pay for repair.",
        ),
        (
            "assistant",
            "Subject: Apology for floor damage during fridge service Dear Mrs Lau, I am sincerely sorry for scratching your wooden floor while moving the fridge during yesterday's visit. We will cover the full cost of repair. Please let us know a convenient time for a flooring contractor to assess the damage, or send us a quote from a contractor of your choice. Kind regards, Service Team",
        ),
        ("user", "Make it shorter."),
        (
            "assistant",
            "Dear Mrs Lau, I apologise for scratching your floor yesterday while moving the fridge. We will pay for the full repair; please tell us when a contractor can visit. Kind regards, Service Team",
        ),
    ],
]
