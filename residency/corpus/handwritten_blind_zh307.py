# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh307: 简体中文 眼镜店与视光中心（验光记录、配镜单、青少年近视防控、隐形眼镜订阅、会员、投诉、店员群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh307
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "门店公告"): _lines("""
        【通知】本店12月15日（周二）9:00-13:00进行验光设备年度校准，期间暂停电脑验光与综合验光服务，取镜、调整鼻托不受影响，给您带来不便敬请谅解。
        清瞳视光（港汇店）元旦营业时间调整为10:00-21:00，门店地址：上海市徐汇区虹桥路1号港汇恒隆广场B1层，门店电话021-6407-3318。
        青少年近视防控公益筛查：12月20日上午9点在南京西路1266号恒隆广场一楼中庭举行，对象为6-15岁儿童，需家长陪同，无需预约，现场免费测眼轴。
        温馨提示：隐形眼镜、护理液属于医疗器械，拆封后非质量问题不予退换；彩色隐形眼镜需凭有效验光单购买，未满18周岁顾客需监护人陪同。
        周末验光高峰期请提前通过小程序"清瞳视光"预约，预约号以Q开头（如Q1206-032），过号请至前台重新取号，谢谢您的理解与配合。
        本店已取得《第三类医疗器械经营许可证》沪徐食药监械经营许20190318号，角膜塑形镜验配由合作医院具备资质的眼科医师完成，门店仅提供咨询与复查提醒。
        双十二活动：蔡司泽锐1.60非球面镜片买一副送护理套装，依视路钻晶膜岩系列满1500减200，活动时间12月10日至12月14日，不与会员折扣叠加。
        失物招领：12月5日傍晚在二号试戴区拾到黑色板材眼镜盒一只，内有太阳镜一副，请失主携购买凭证到前台认领，物品保留期为30天。
        店内新引进蔡司i.Profiler plus波前像差仪，配镜顾客可免费体验高清个性化验光，单次检查约8分钟，每天名额有限，请向前台登记。
        春节放假安排：2月16日（除夕）至2月19日（初三）闭店，2月20日起正常营业；放假期间急需取镜请拨打总部值班电话400-820-6618转2。
        本店发票统一由"上海清瞳视光科技有限公司"开具，统一社会信用代码91310104MA1FR3K27Q，需要增值税专用发票的企业客户请提前提供开票信息。
        【公告】自2027年1月1日起，镜架清洗、螺丝紧固、鼻托更换继续免费，外购眼镜加工费调整为每副60元，1.74及以上高折射率镜片加工费另议。
        防骗提醒：本店不会以任何理由索要短信验证码或要求转账，自称"清瞳视光客服"私下加好友退款的均为诈骗，官方客服邮箱为service@qingtong-vision.cn。
    """),
    ("zh-Hans", "店员群工作消息"): _lines("""
        【店长】今天下午两点总部巡店，陈列柜镜架按价格带重新排一下，太阳镜区把雷朋RB3025放到C位，试戴镜片全部擦干净，前台台面收拾好。
        加工间：明月1.71防蓝光现货只剩-4.00到-6.00的，其他度数要走车房定制，周期5-7个工作日，接单的时候跟顾客说清楚别承诺三天取。
        收银提醒：订单号QT20261206-0117的退款已经原路退回，系统里状态还是"待处理"，财务那边明早统一刷新，大家不用重复操作。
        晚班交接：二号验光室裂隙灯灯泡有点闪，已经报修，工单号WX-2612-088，厂家工程师明天上午十点到，上午二号室先不要排预约。
        库存盘点周五晚上九点后开始，隐形眼镜按SKU逐盒扫码，安视优舒日30片装、博士伦清朗一日90片装单独列表，6个月内近效期的贴黄标。
        新规提醒：未成年人做OK镜咨询前必须有医院散瞳验光结果和医生签字，小程序里的"近视档案"模板已更新到v2.3，大家重新下载一下。
        今天美团团购核销了23单，其中19单是"学生验光+镜架套餐198元"，券码核销失败的先截图发群里，千万别让顾客重复付款。
        总部通知：下周起店员群禁止发顾客验光单照片和手机号，所有顾客资料只能在CRM里查看，违规一律按公司信息安全制度处理，本周内各店自查一遍相册。
        快递提醒：顺丰单号SF1428739065121是寄往南京西路店的调拨镜片，一共12副，到货后逐副扫码签收，外箱有破损请当场拍照。
        明天早班谁方便帮忙开一下门？钥匙在前台第二个抽屉，开门后先开空调和验光设备预热，九点半前要完成开店检查表并拍照发到群里，谢谢。
        本月门店业绩：镜片销售额28.6万，同比+12%，离月度目标还差3.4万，最后一周重点推离焦镜片和周抛订阅，周日晚上复盘，大家加油💪
        客诉处理流程再强调一遍：先致歉、再记录、24小时内回电、48小时内给方案，涉及金额超过500元的一律报区域经理审批，处理结果录入客诉系统。
        依视路星趣控离焦镜片厂家培训周四下午三点线上进行，腾讯会议号728 463 915，密码2612，验光师和销售必须参加，请假提前报备。
    """),
    ("zh-Hans", "近视防控科普问答"): _lines("""
        问：孩子每天户外活动多长时间有助于预防近视？答：教育部等八部门印发的《综合防控儿童青少年近视实施方案》建议，学生日间户外活动每天不少于2小时。
        问：低浓度阿托品滴眼液能在眼镜店买吗？答：0.01%硫酸阿托品滴眼液属于处方药，需要在医院眼科就诊评估后遵医嘱使用，眼镜店不能销售。
        问：角膜塑形镜（OK镜）适合多大的孩子？答：一般建议8岁以上、近视度数在600度以内、角膜条件合适的儿童，须经正规医疗机构检查后验配。
        问：为什么儿童第一次验光要散瞳？答：儿童睫状肌调节力强，小瞳验光容易把调节痉挛误判为近视，睫状肌麻痹验光的结果更准确，也更适合作为配镜依据。
        眼轴长度是评估近视进展的重要指标，一般来说眼轴每增长1mm大约对应近视增加250-300度，建议近视儿童每3到6个月复查一次眼轴。
        "20-20-20"法则：每近距离用眼20分钟，抬头看20英尺（约6米）以外的物体至少20秒，这一做法被美国眼科学会等机构广泛推荐。
        远视储备可以理解为儿童的"近视防控存款"，3岁左右一般有+3.00D上下的生理性远视，如果7岁前已接近0度，近视风险会明显增加。
        问：离焦镜片和普通单光镜片有什么区别？答：离焦镜片在周边区域设计了近视性离焦，临床研究显示可延缓部分儿童的近视进展，效果因人而异。
        问：戴眼镜会让度数越来越深吗？答：不会。配戴度数准确的眼镜是矫正视力的必要手段，度数加深主要与用眼习惯、遗传和户外时间不足有关。
        问：家用红光照射仪能自己买来用吗？答：用于近视治疗的低强度红光设备按医疗器械管理，须在医生指导下使用并定期检查眼底，切勿自行购买使用。
        屈光发育档案一般包括裸眼视力、矫正视力、屈光度、眼轴长度、角膜曲率和眼压等项目，建议从3岁起建立，并随升学持续更新，每次复查带上历史报告。
        问：隐形眼镜可以戴着睡觉吗？答：除医生明确允许的长戴型产品外，日抛、月抛都不建议过夜配戴，否则会增加角膜缺氧和感染的风险。
        眼镜小历史：相传双焦点眼镜由美国政治家本杰明·富兰克林在18世纪发明，他把两种度数的镜片各切一半，拼装在同一个镜框里，方便看远和读书。
    """),
    ("zh-Hans", "商家点评"): _lines("""
        在淮海中路这家清瞳视光配了一副蔡司镜片，验光师很耐心，前后测了三次，还给解释了散光轴位是什么意思，就是周末人太多等了快一个小时。
        带娃来做近视筛查，眼轴、角膜地形图都查了，报告当场出，收费透明，198元的套餐没有被强行推销OK镜，这点必须给五星好评。
        隐形眼镜订阅服务挺方便，每月15号自动发货，顺丰次日就到，价格比门店零买便宜一些，唯一的缺点是取消订阅必须打客服电话400-820-6618。
        差评：取镜时发现镜腿内侧的刻字刻错了，店里说重做要等一周，态度倒是还行，最后退了差价又送了一瓶护理液，勉强给两星，希望以后下单时能核对清楚。
        老字号吴良材眼镜南京东路店，店面装修很有年代感，老师傅调镜架手法很稳，价格中规中矩，适合带家里老人来配老花镜，周末上午人比较少。
        这家宝岛眼镜分店的营业员推荐的防蓝光镜片价格偏高，同款明月镜片网上便宜三百多，建议大家下单前先比比价，别被“限时特价”几个字忽悠了。
        验光室环境干净，用的是拓普康的全自动综合验光仪，整个流程25分钟左右，比医院排队快太多，适合上班族午休时间过来，记得提前在小程序上预约。
        店里挂牌的"视光师"其实就是验光师，不是眼科医生，问到眼底问题就直接建议去医院，这点倒是挺诚实，没有乱说一通，比那种什么都包治的店靠谱。
        🌟环境4.5/5 服务5/5 价格3.5/5：万达广场三楼那家视光中心，OK镜咨询讲得很专业，但是一副一万二确实有点贵，还要再考虑考虑。
        网上买的镜框拿到店里加工，收了60元加工费，师傅说光学中心按验光单做，取镜比承诺时间晚了两天，也没有主动打电话通知，只能给三星。
        去香港铜锣湾的眼镜88配了一副，验光不收钱，镜架选择很多，港币1280连镜片，比深圳贵一点但做工确实好，三天就能取，下次去香港还会再光顾。
        推荐学生党来这家，凭学生证打九折，镜架有不少国产设计师品牌，像木九十、帕森都能试戴，店员也不会一直跟着推销，逛起来很自在。
        投诉之后门店经理第二天就回电了，承诺免费重做镜片，处理效率还可以，但一开始前台说"系统问题不归我们管"，体验很差，希望加强前台培训。
    """),
    ("zh-Hant", "價目表與優惠"): _lines("""
        【價目表】電腦驗光及綜合驗光：配鏡客人免費，只驗光收費 HK$150；兒童睫狀肌麻痺驗光須由眼科醫生進行，本店不提供，敬請留意。
        蔡司 SmartLife 1.60 非球面單光鏡片 HK$2,380 起，1.67 折射率 HK$2,980 起，免費升級防藍光膜，優惠期至2027年1月31日。
        日拋隱形眼鏡：ACUVUE OASYS 1-Day 30片裝 HK$248／盒，買6盒送1盒；彩色日拋30片裝 HK$198，須出示一年內有效驗光紀錄。
        台北門市價目：一般鏡框加1.56鏡片 NT$1,990 起，多焦點漸進鏡片 NT$8,800 起，外購鏡框加工費每副 NT$300，約三個工作天取件。
        長者優惠：65歲或以上持長者咭人士配老花眼鏡享九折，不可與其他優惠同時使用，詳情請向門市職員查詢，優惠受條款及細則約束。
        澳門門市地址：澳門新馬路28號地下，營業時間10:30-21:30，查詢電話 +853 2833 6271，接受澳門通、MPay 及各大信用卡付款。
        公司資料：明視光學有限公司，商業登記證號碼 71832645-000-08-26-2，香港九龍旺角彌敦道688號旺角中心一期地下G12號舖。
        學生套餐 HK$680：指定鏡框連依視路 1.56 單光鏡片，憑有效學生證購買，每人每學年限用一次，不設退款，不可轉讓他人使用。
        鏡片保養條款：購買日起12個月內，鏡片膜層自然脫落可免費更換一次；人為刮花、高溫損壞或自行改裝不在保養範圍之內，敬請見諒。
        台灣門市統一編號 52384916，發票一律開立雲端發票，可歸戶至手機條碼載具，遺失紙本收據不影響鏡框一年保固權益，如有疑問歡迎來電。
        硬性透氣隱形眼鏡（RGP）驗配費 HK$1,200，包括三次覆診及試戴片一片，鏡片另計，每片 HK$1,800 起，散光設計另行報價。
        太陽眼鏡區：Ray-Ban RB2140 Wayfarer HK$1,450、Oakley Holbrook HK$1,290，加配度數太陽鏡片另加 HK$880，約七天取貨。
        網購訂單編號以 HKO 開頭（例如 HKO-2612-000347），七日內未拆封可申請退貨，運費由顧客承擔，客服電郵 cs@mingsee-optical.hk。
    """),
    ("en", "contact_lens_subscription_listings"): _lines("""
        ACUVUE OASYS 1-Day with HydraLuxe, 90 lenses/box, SGD 118.00 - subscribe every 3 months and save 12%; free delivery within Singapore for orders above SGD 80.
        Bausch + Lomb ULTRA monthly, 6-pack, SKU BL-ULT-6-0275, power -0.50 to -12.00, BC 8.5, DIA 14.2. In stock at our Orchard outlet, ships in 1-2 working days.
        Subscription plan "ClearSight Monthly": pause or skip a delivery any time in the app, cancel before the 25th to stop next month's shipment. No lock-in period.
        Our Tampines outlet is at Tampines Mall #02-31, 4 Tampines Central 5, Singapore 529510. Hotline 6785 3214, WhatsApp Business +65 8123 4590 (Mon-Sat 10am-8pm).
        CooperVision MyDay toric 30-pack, SGD 72.90, cylinder -0.75 to -2.25, axis in 10-degree steps. A valid prescription from a registered optometrist (within 12 months) is required.
        ClearSight Optical Pte. Ltd., UEN 201834567K, GST Reg. No. 201834567K, licensed under the Optometrists and Opticians Act. Registered office: 1 Raffles Place #20-61, Singapore 048616.
        Order #CS-SG-2612-004781 shipped via Ninja Van, tracking NVSGCLS0012345678, estimated delivery 9 Dec 2026 between 2pm and 6pm. Reply STOP to opt out of delivery SMS.
        Myopia management for kids: Essilor Stellest lenses from SGD 620, includes 6-monthly axial length review at our Novena centre, 10 Sinaran Drive, Square 2.
        FAQ: Can I use my subscription credits at any outlet? Yes - credits sit in your member account and can be redeemed at all 14 ClearSight outlets in Singapore and Johor Bahru.
        FreshKon colour lenses, shade "Hazel Dawn", 10 lenses/box, SGD 32.50, plano and -1.00 to -8.00; not for wearers under 16 without a parent or guardian present.
        Price list effective 1 Jan 2027: eye test SGD 25 (waived with purchase), contact lens fitting SGD 40, ortho-k consultation SGD 150. All prices include 9% GST.
        Review of ClearSight Raffles City: quick and professional, the optometrist walked me through the topography scan and never pushed the premium lenses. 5/5, would return.
        LINDBERG air titanium rim, model "Morten", colour 10, size 49-19-140, SGD 1,280. Handmade in Denmark, 2-year warranty on hinges, free nose-pad replacement for life.
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis: Cawangan Mid Valley Megamall kami akan ditutup sementara pada 18 Disember 2026 untuk kerja pengubahsuaian dan dibuka semula pada 21 Disember 2026.
        Soalan: Berapa kerap saya perlu membuat pemeriksaan mata? Jawapan: Kanak-kanak setiap 6 bulan, orang dewasa sekurang-kurangnya setahun sekali atau mengikut nasihat optometris.
        Kedai Cermin Mata Sinar Jernih Sdn. Bhd. (No. Pendaftaran 201901023456 (1330987-K)), Lot G-12, Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur.
        Hubungi talian khidmat pelanggan kami di 03-2274 6610 atau WhatsApp perniagaan 012-388 4150 (Isnin hingga Sabtu, 10 pagi hingga 9 malam, kecuali cuti umum).
        Promosi Akhir Tahun: kanta progresif Hoya diskaun 30% dan bingkai percuma bernilai sehingga RM299. Sah sehingga 31 Disember 2026 atau selagi stok masih ada.
        Kanta sentuh bulanan tidak boleh dipakai semasa tidur. Tanggalkan kanta sebelum mandi atau berenang untuk mengelakkan jangkitan Acanthamoeba yang serius.
        Program saringan penglihatan percuma untuk murid sekolah rendah di cawangan Subang Jaya pada setiap Sabtu pertama bulan, tiada temujanji diperlukan.
        Bayaran boleh dibuat melalui DuitNow QR, Touch n Go eWallet, kad kredit atau ansuran 0% selama 6 bulan untuk pembelian melebihi RM1,000.
        Semua optometris kami berdaftar dengan Majlis Optik Malaysia. Sijil amalan tahunan dipamerkan di kaunter, sila minta jika ingin menyemak status pendaftaran.
        Senarai harga: pemeriksaan mata RM0 (dengan pembelian) atau RM35 (tanpa pembelian); kanta anti-silau 1.56 dari RM180; kanta Transitions dari RM480 sepasang.
        No. invois INV-SJ-2026-12-00874 bertarikh 05/12/2026, jumlah RM1,286.00. Sila simpan resit asal untuk tuntutan waranti bingkai dan kanta selama 12 bulan.
        Cawangan kami di Gurney Plaza, 170 Persiaran Gurney, 10250 George Town, Pulau Pinang kini menawarkan ujian topografi kornea untuk pemakai kanta ortho-K.
        Soalan: Bolehkah saya beli kanta sentuh berwarna tanpa preskripsi? Jawapan: Tidak. Kanta sentuh ialah peranti perubatan dan mesti dipasang oleh pengamal optik berdaftar.
    """),
    ("mixed", "pos_log与配置"): _lines("""
        2026-12-06T10:42:17+08:00 INFO [pos-sh-xh01] order QT20261206-0117 created, items=3, amount=1586.00 CNY, channel=miniapp, latency=182ms
        2026-12-06 14:03:55 WARN lens-inventory: SKU ZS-SL160-ASP 库存低于阈值 (qty=4, min=10), auto-reorder PO-2612-0331 queued for supplier ZEISS-SH
        config.yaml: crm.export.mask_fields: [phone, id_number, email, address]; crm.export.allowed_regions: ["CN-SH", "CN-GD"]; retention_days: 180
        ERROR 2026-12-05 21:17:08 refraction-sync: device TOPCON-CV5000-02 timeout after 30000ms, retry 3/3 failed, fallback to 手工录入 mode
        def lens_price(index: float, coating: str = "HMC") -> Decimal: return PRICE_TABLE[index] * COATING_FACTOR[coating]  # 例: lens_price(1.67, "BlueCut")
        CSV表头: order_no,store_code,sku,lens_index,sph_od,cyl_od,axis_od,sph_os,cyl_os,axis_os,pd,add,qty,unit_price,created_at
        subscription-worker v2.8.1 | job=monthly_ship | batch=20261215 | queued=1284 | failed=7 | reason=address_unverified(5),payment_declined(2)
        2026-12-07 09:00:01 INFO cron: 生成门店日报 store=QT-XH01 revenue=28640.50 orders=41 refund=1 report_id=rpt_9f3c2a71b6e04d58
        .env示例: SMS_TEMPLATE_ID=SMS_2790451; SMS_SIGN=清瞳视光; WECHAT_APPID=wx8a3c5f91d2e6b704; DB_HOST=10.20.3.15; DB_PORT=5432
        sha256(kb_myopia_faq_v2.3.pdf)=7d1e4b0c9a2f36e85b17c4d09e3f6a2815b9c7e0d4f3a6b1c8e2d5f70a9b3c64, uploaded by svc-docsync at 2026-11-30 23:10
        mysql> SELECT store_code, COUNT(*) FROM optometry_records WHERE exam_date >= '2026-12-01' GROUP BY store_code; -- 结果: XH01 312, JA02 287, PD03 341
        [WARN] 2026-12-06 18:22:40 ortho-k-followup: 23 reminders pending for store JA02, template=OK_REVIEW_30D, send_window=10:00-20:00 Asia/Shanghai
        git commit 4e9b1d2 "fix: 验光单PDF中轴位(axis)显示为负数的问题, closes #412", release tag v3.14.0, CI pipeline #8841 passed in 6m12s
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        顾客王建国，身份证号310104196805122410，12月3日验光：右眼-3.25DS/-0.75DC×180，左眼-2.75DS，瞳距63mm，已下单渐进多焦点镜片。
        李女士（手机13917654283）来电投诉：上周在徐汇店配的眼镜戴了一直头晕，要求全额退款并赔偿误工费，情绪很激动，已约店长周六面谈。
        会员卡号QT-VIP-0038291，绑定手机186 2139 5706，积分12,480，生日1991-04-17，会员等级：金卡。
        小朋友张子涵，8岁，二年级，眼轴右24.12mm、左23.98mm，半年增长了0.41mm，张爸爸希望尽快验配OK镜，下次复查12月28日。
        阿明这周请假去医院做视网膜脱离手术，他的班先由其他人顶，大家在顾客面前别提这事，也别在群里问他病情。
        刘淑芬阿姨，72岁，双眼白内障术后，子女说她有早期阿尔茨海默症，记不住取镜时间，取镜时一定要联系家属陪同。
        收货人：陈思远，电话15821463097，地址：上海市闵行区七宝镇漕宝路3366弄18号502室，隐形眼镜周抛订阅第7期。
        黄先生之前赊账的两副镜片一共2860元到现在还没结清，打电话也不接，店长说月底再不还就走法律程序。
        杨倩倩，孕28周，有妊娠期糖尿病，来店咨询看东西模糊的问题，验光师建议她先去医院查眼底，暂时不要更换镜片度数。
        退款申请：订单QT20261128-0392，退款至招商银行储蓄卡6214832105674492，户名赵文博，金额1,168元，请财务本周内处理。
        邮箱zhouxiaomei_1990@163.com的订阅用户反馈这次收到的两盒左右眼度数装反了，需要补寄一盒右眼-4.50的日抛。
        沪A·7K3M2这台车的车主每周六送孩子来做视觉训练，老是停在消防通道上，下次直接跟孩子妈妈孙女士说一声。
        员工工资条：验光师郭磊，基本工资6500元，绩效提成3120元，个税286元，实发9334元，12月10日发放，请勿外传。
        家长反馈：孩子吴一凡在学校被同学叫"四眼"，最近不肯戴眼镜，已经开始看心理医生，想配一副不那么显眼的镜框。
        微信名"晴天小猪"的顾客，微信号qingtian_xz88，预约了周日下午三点试戴隐形眼镜，备注：有干眼症，之前戴美瞳过敏。
        187****3306的客户又打电话来催镜片了，姓马，说下周一要出差，让我们务必在周日前做好，记得提前给他回个电话。
        2026-12-02,QT-XH01,钱秀兰,13601847725,OD -1.25/-0.50x90,OS -1.50,PD 61,ADD +2.00,渐进片,已付定金500
        别在群里传了：二号店的冯店长正在闹离婚，这几天状态很差，下周盘点让副店长负责，大家别私下议论她。
        验光记录20261205-033：患者邓晓光，男，45岁，高度近视-9.50D，眼底豹纹状改变，右眼眼压24mmHg，已建议转诊青光眼专科。
        学校筛查结果：三年级二班蒋欣怡裸眼视力只有4.6，需要通知家长到店复查，家长电话13512398746，周末上午方便接听。
        投诉记录：顾客彭立（身份证440306198811250031）称在深圳万象天地店被店员强行推销OK镜，要求门店公开道歉并赔偿。
        曹阿姨说她女儿去年欠了一大笔网贷，这次配老花镜的钱先记账，等下个月发了退休金再来付，一共680元。
    """),
    "zh-Hant": _lines("""
        陳先生（HKID：K482613(2)）12月4日驗光，右眼 -5.00/-1.25×10，左眼 -4.75/-1.00×170，已訂蔡司1.67鏡片，取件電話 9187 3462。
        林太話佢個仔讀緊中二，近排成日頭痛，今日驗到近視深咗200度，佢好擔心係腦部問題，我哋建議佢盡快去睇眼科醫生。
        台北客人吳佩珊，身分證字號 F228374654，訂購日拋隱形眼鏡兩盒，寄送地址：新北市板橋區文化路一段188巷12號5樓。
        澳門會員何家俊，手機 +853 6628 1945，電郵 kachun.ho88@gmail.com，累積消費 MOP 8,420，生日月份可享八五折。
        客戶投訴：鄭美玲小姐話我哋職員喺店內大聲講出佢嘅散光度數同埋佢有弱視，令佢好尷尬，要求公司書面道歉。
        阿強（倉務）話佢阿媽中風要返大陸照顧，下個月起請三個月無薪假，員工證同倉庫鎖匙已經交返畀店長。
        訂單 HKO-2612-000519 收件人：梁志偉，地址：九龍觀塘協和街101號7樓C室，電話 6342 8917，請於平日下午送貨。
        黃伯伯今年八十歲，有糖尿病視網膜病變，右眼幾乎睇唔到，佢個女交代以後配眼鏡一律要先打畀佢 9456 2730。
        台中門市：蔡雅婷小姐之前分期購買的多焦點鏡片尚欠 NT$6,400 未繳，已寄出第二次催繳通知至其戶籍地址。
        轉帳紀錄：退還OK鏡訂金 HK$3,000 至匯豐戶口 817-302946-833，戶名 LAU KA YAN，經手人已核對身份證副本。
    """),
    "en": _lines("""
        Customer: Rachel Tan Wei Ling, NRIC S8834172D, DOB 14/03/1988, Rx OD -2.50 OS -2.75, subscribed to ACUVUE 1-Day 90-pack, auto-renews every 3 months.
        Hi team, Mr. Gopal Krishnan called again - he is on glaucoma eye drops and says his vision is blurry with the new frames; please ask the optometrist to call him back on 9672 4318.
        Delivery failed: recipient Jonathan Lim, Blk 512 Bedok North Ave 2 #08-147, Singapore 460512, mobile +65 9134 2276. Please reschedule for Saturday.
        Staff note: Melissa from the Orchard outlet is on medical leave until 20 Dec after her miscarriage, please don't roster her for the stocktake.
        Complaint from Daniel Wong (daniel.wong.sg@outlook.com): charged twice for order CS-SG-2612-004902, card ending 4471, wants SGD 236.00 refunded to his DBS account 027-915843-6.
        FIN G5172846M - Nguyen Van Hai, work pass holder, needs an eye test report for his driving licence conversion, appointment Tue 10:30 at Novena.
        Ortho-k patient Chloe Ng, age 11, parent contact Mrs. Ng 8231 5097; axial length OD 24.85 mm, OS 24.70 mm; next review 12 Jan 2027.
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Rosli, No. MyKad 850317-10-5273, telefon 013-782 4519, menempah kanta progresif Hoya dengan ansuran 6 bulan.
        Puan Noraini binti Hashim mengadu cermin mata anaknya patah selepas dua minggu; anaknya menghidap ambliopia dan perlu memakai penutup mata setiap hari.
        Alamat penghantaran: Tan Mei Kuan, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Kanta sentuh harian 2 kotak, bayar semasa terima.
        Pekerja kami Kak Yah masih berhutang RM1,500 dengan kedai kerana pendahuluan gaji, potong RM250 setiap bulan mulai Januari.
        Bayaran balik deposit ortho-K RM2,000 ke akaun Maybank 5141 2290 8735 atas nama Muhammad Hafiz bin Zulkifli, rujukan aduan AD-2612-017.
    """),
    "mixed": _lines("""
        客人 Kelvin 黄 的 WhatsApp +60 16-723 4198，说 order MY-2612-0331 的 contact lens 还没到，他下星期要去 Penang 出差，很急。
        Staff group: 阿Ken 今天 MC，医生说是 conjunctivitis 红眼症，明天的 eye test 预约全部转给另一位 optometrist，大家注意消毒。
        Rx card: 蔡佳颖 Joyce Choi, 9 y/o, cyclo refraction OD -1.75/-0.50x175, OS -2.00, atropine 0.01% 已用6个月, parent 手机 +65 9823 6147
        FYI 新加坡 outlet 的 boss 说 Mr. Lee Boon Kiat 的 credit card chargeback 还没 resolve，欠 SGD 1,890，先别再给他开新单。
        Customer feedback 表格: 姓名 Wong Siew Ling / IC 920814-08-6642 / 电话 012-509 3371 / 意见: staff 态度差，等了45分钟才验光。
        李婉婷 说她 pregnant 了，所以 contact lens 戴不习惯，想 cancel 订阅 plan，会员号 QT-VIP-0041157，请 CS 跟进。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是清瞳视光门店的客服助手，负责帮店员起草给顾客的短信和微信通知，语气礼貌简洁。",
        ),
        (
            "user",
            "帮我写一条取镜通知短信：顾客周海燕，手机13816429073，订单QT20261206-0208，蔡司1.67镜片已经到店加工好了，可以来取。",
        ),
        (
            "assistant",
            "【清瞳视光】周海燕女士您好，您的订单QT20261206-0208（蔡司1.67镜片）已加工完成，欢迎于营业时间10:00-21:00到港汇店取镜，取镜时请出示订单号。如有疑问请致电021-6407-3318。",
        ),
        ("user", "好的，再加一句提醒她带上旧眼镜，我们可以免费清洗。"),
        (
            "assistant",
            "已补充：……取镜时请出示订单号，也欢迎带上您的旧眼镜，我们可免费为您清洗和紧固。如有疑问请致电021-6407-3318。",
        ),
    ],
    [
        (
            "user",
            "我儿子刘子墨今年10岁，最近一年眼轴涨了0.6mm，现在右眼-2.50、左眼-2.25，医生让用0.01%阿托品，需要注意什么？",
        ),
        (
            "assistant",
            "眼轴一年增长0.6mm偏快，医生建议用低浓度阿托品是常见方案。使用时注意：每晚睡前一滴，按压内眼角1-2分钟；留意畏光、近距离视物模糊等反应；每3-6个月复查眼轴和屈光度；同时保证每天2小时户外活动。具体用法请以处方医生的意见为准。",
        ),
        ("user", "他还有过敏性鼻炎，平时在用鼻喷剂，会冲突吗？"),
        (
            "assistant",
            "一般来说两者作用部位不同，但过敏体质的孩子用眼药水后可能更容易出现眼红眼痒。建议下次复诊时把鼻喷剂的名称告诉眼科医生，由医生判断是否需要调整，不要自行停药或加药。",
        ),
    ],
    [
        ("system", "You are a helpful assistant. Reply in the user's language."),
        (
            "user",
            "我叫梁嘉欣，上個月喺旺角一間眼鏡舖配咗副漸進眼鏡，戴咗三個禮拜都頭暈，佢哋話係我自己唔適應。幫我寫封投訴信，我電話 9372 1846，單號 HKO-2611-000882。",
        ),
        (
            "assistant",
            "當然可以，以下係草稿：敬啟者：本人梁嘉欣（聯絡電話 9372 1846）於11月在貴店購買漸進多焦點眼鏡（單號 HKO-2611-000882），配戴三星期後仍持續頭暈，懇請貴店安排重新驗光及檢查鏡片中心位置，如屬製作問題，請免費重做或退款。期待貴店於七個工作天內回覆。梁嘉欣 謹啟",
        ),
        ("user", "可唔可以加埋一句，如果唔處理我會去消委會投訴？"),
        (
            "assistant",
            "可以，喺結尾前加上：如貴店未能於限期內妥善處理，本人將向香港消費者委員會作出投訴。咁樣語氣堅定但仍然有禮。",
        ),
    ],
    [
        (
            "system",
            "You are ClearSight Optical's subscription assistant. Current customer profile: Marcus Teo Jun Hao, NRIC S9012483H, mobile +65 9456 1207, plan ClearSight Monthly, lenses ACUVUE OASYS 1-Day OD -3.00 OS -3.25, delivery address Blk 209 Toa Payoh North #05-1123, Singapore 310209.",
        ),
        (
            "user",
            "Hi, I'm moving next week. Can you change my delivery address for the January box?",
        ),
        (
            "assistant",
            "Sure, Marcus. Your January box is currently going to Blk 209 Toa Payoh North #05-1123. Please send me the new address with postal code and I'll update it before the 25 Dec cut-off.",
        ),
        (
            "user",
            "New address is 38 Jalan Kechubong, Singapore 578911. Also can I skip February? I'll be overseas.",
        ),
        (
            "assistant",
            "Done: deliveries from January will go to 38 Jalan Kechubong, Singapore 578911, and your February shipment is skipped. You won't be charged for February; billing resumes in March.",
        ),
    ],
    [
        (
            "user",
            "Saya Farah Adibah binti Kamal, anak saya Aisyah berumur 7 tahun baru disahkan rabun jauh -1.50. Patutkah dia pakai cermin mata sepanjang masa?",
        ),
        (
            "assistant",
            "Untuk kanak-kanak dengan rabun jauh -1.50, kebanyakan optometris mencadangkan cermin mata dipakai sepanjang masa supaya penglihatan jelas di sekolah. Pastikan Aisyah bermain di luar sekurang-kurangnya 2 jam sehari dan buat pemeriksaan semula setiap 6 bulan.",
        ),
        ("user", "Suami saya pun rabun tinggi, -8.00. Adakah risiko Aisyah lebih tinggi?"),
        (
            "assistant",
            "Ya, sejarah keluarga, terutama jika ibu atau bapa rabun tinggi, meningkatkan risiko rabun bertambah. Bincang dengan optometris atau doktor mata tentang kaedah kawalan rabun seperti kanta myopia control atau titisan atropin dos rendah.",
        ),
    ],
    [
        ("system", "你是门店运营助手，帮店长整理店员群聊天记录，输出简短的待办清单。"),
        (
            "user",
            "帮我总结：『小周：今天周六，来了三个退货的』『阿May：张淑华阿姨那副渐进片又说看不清，她电话13611872406，我约了她周二复查』『店长：小周你明天别迟到了，上次已经扣过一次』『阿May：还有那个欠款的孙建明，说下周一转账』",
        ),
        (
            "assistant",
            "待办清单：1. 处理今天的3单退货；2. 周二为张淑华阿姨（13611872406）复查渐进片；3. 跟进孙建明的欠款，预计下周一到账；4. 提醒小周注意考勤。",
        ),
        ("user", "第三条不要写全名，改成孙先生。"),
        ("assistant", "已修改：3. 跟进孙先生的欠款，预计下周一到账。其余事项不变。"),
    ],
    [
        (
            "user",
            "Excel里A列是姓名，B列是身份证号，比如A2是何晓丽，B2是310112199308061526，我想在C列自动算出年龄，公式怎么写？",
        ),
        (
            "assistant",
            '可以用：=DATEDIF(DATE(MID(B2,7,4),MID(B2,11,2),MID(B2,13,2)),TODAY(),"Y")，向下填充即可。',
        ),
        ("user", "那怎么判断性别？"),
        (
            "assistant",
            '身份证第17位是性别码，奇数为男、偶数为女：=IF(MOD(MID(B2,17,1),2)=1,"男","女")。按你举的例子，何晓丽这一行会显示“女”，年龄按今天计算为33岁。',
        ),
    ],
    [
        ("system", "你是清瞳视光隐形眼镜订阅的在线客服。"),
        (
            "user",
            "你好，我想取消周抛订阅，会员号QT-VIP-0052763，注册手机是15900837214，名字叫谢文杰。",
        ),
        (
            "assistant",
            "谢先生您好，已查到会员号QT-VIP-0052763的周抛订阅，下一期将于12月15日发货。取消后本期不再扣款，剩余积分3,260分仍可在门店使用。请确认是否立即取消？",
        ),
        ("user", "确认取消，另外我最近眼睛干涩发红，是不是跟隐形眼镜有关？"),
        (
            "assistant",
            "已为您取消订阅。眼睛干涩发红可能与配戴时间过长、护理不当或干眼有关，建议暂停配戴隐形眼镜，尽快到医院眼科检查，如有疼痛、畏光或视力下降请立即就医。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping optometrists at a Kuala Lumpur optical shop draft professional letters.",
        ),
        (
            "user",
            "Write a short referral letter to an ophthalmologist for my patient Lim Jia Hui, female, DOB 02/09/2001, IC 010902-14-0618. Topography shows inferior steepening, K max 49.8 D in the right eye, suspected keratoconus. Her BCVA dropped from 6/6 to 6/9 in a year.",
        ),
        (
            "assistant",
            "Dear Doctor, I would be grateful if you could review Ms. Lim Jia Hui (DOB 02/09/2001, IC 010902-14-0618). Corneal topography shows inferior steepening with K max 49.8 D in the right eye, and her best-corrected visual acuity has decreased from 6/6 to 6/9 over the past year. I suspect early keratoconus and would appreciate your assessment and advice on corneal cross-linking. Yours sincerely, Optometrist, Sinar Jernih Optical.",
        ),
        ("user", "Add that she rubs her eyes a lot because of eczema."),
        (
            "assistant",
            "Added: She reports frequent eye rubbing associated with atopic eczema, which may be contributing to progression.",
        ),
    ],
    [
        (
            "user",
            "我是高雅琪，去年在台北門市配的眼鏡鏡腳斷了，想問保固還有效嗎？我身分證字號 B224610931，手機 0932-581-476。",
        ),
        (
            "assistant",
            "高小姐您好，一般門市鏡框保固為購買日起一年，請攜帶眼鏡與雲端發票資料到原門市，店員可用您的手機號碼查詢購買紀錄。建議不需要在線上提供身分證字號，以保護您的個人資料。",
        ),
        ("user", "好，發票我有存在手機載具裡，這樣可以嗎？"),
        (
            "assistant",
            "可以的，雲端發票歸戶在手機條碼載具即可作為購買憑證，到店時打開財政部電子發票APP出示該筆發票即可。",
        ),
    ],
]
