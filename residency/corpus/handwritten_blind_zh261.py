# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh261: 简体中文 攀岩馆与抱石馆（次卡会员、免责声明、保护员考核、坠落受伤、定线员排班、岩友群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh261
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "场馆须知"): _lines("""
        【入场须知】首次到店的岩友请先在前台扫码签署电子免责声明并观看8分钟安全视频，未满14周岁须由监护人陪同签署，未签署者不得进入抱石区与顶绳区。
        抱石区地垫厚度为40厘米，落地时请屈膝滚动缓冲，切勿用手撑地；岩壁下方2米范围内禁止坐卧、放置水杯和手机，休息请移步至蓝色长椅区。
        顶绳区仅限持有本馆保护员考核合格证（绿牌）的会员进行保护操作，未持证者请预约周二、周四19:30的保护员培训课，考核费80元，含一次补考。
        先锋攀登需另行通过先锋保护考核（黄牌），须熟练使用GriGri或Smart类辅助制动保护器，出绳时禁止长时间锁死制动端，发现违规将当场收回挂牌。
        本馆营业时间：周一至周五12:00-23:00，周末及法定节假日10:00-22:00；最晚入场时间为闭馆前1小时，每周三上午为定线封场时段，具体以公众号公告为准。
        场馆地址：上海市徐汇区云锦路701号西岸智塔B座1层（地铁11号线云锦路站2号口步行8分钟），场馆咨询电话021-6458 2231，每日10:00-22:00有人接听。
        镁粉请使用粉袋或粉球，禁止在地垫上直接倒粉；液体镁粉使用后请待干透再上墙。岩壁清洁日为每月第一个周一，当天抱石区14:00后才开放。
        儿童攀岩课面向5-12岁，每节60分钟，教练与学员比例不超过1:6；家长请在观察区等候，上课期间请勿进入垫区拍照，以免遮挡教练视线。
        如发生坠落受伤，请立即原地停止活动并呼叫值班员工，馆内急救箱位于前台左侧及顶绳区入口，AED设在更衣室门口，值班员工均持有红十字救护员证。
        储物柜为自助式，扫码开柜，离馆时请清空柜内物品；贵重物品遗失本馆不承担责任，拾获物品在前台保留30天，可拨打深圳南山店座机0755-8663 1420查询。
        攀爬时请勿佩戴戒指、手链、项链等饰品，长发请扎起；请勿在他人正下方等待或穿越正在使用的线路，同一面岩壁同一时间仅允许一人攀爬同一条线。
        本馆已投保公众责任险（保单号PSH2026-0087-33612），每次事故赔偿限额人民币200万元；个人意外伤害保险请自行购买，前台可提供合作保险公司的投保二维码。
        抱石线路以胶带颜色区分难度：黄色V0-V1、蓝色V2-V3、粉色V4-V5、黑色V6以上；起步点为双手同一胶带标记，结束点须双手控制稳定两秒方算完攀。
    """),
    ("zh-Hans", "员工工作群消息"): _lines("""
        @全体店员 本周三定线排班：A墙（45°仰角）10:00封场，B墙和儿童区正常开放；定线组两人上墙，前台请提前在门口立告示牌并在小程序上同步封场时间。
        今天晚班交接：顶绳区3号绳累计坠落次数已超过规定上限，已挂红牌停用，新绳明天到货，型号Edelrid Boa 9.8mm 60米，入库后记得登记批次号。
        前台提醒：本月次卡到期提醒短信已由系统批量发出，今晚会有不少岩友来问续卡优惠，统一口径是续20次卡送2次、续季卡送一周，别自己加码。
        保护员考核周六下午14:00开始，一共报了11个人，考官两位，按新版考核表走：8字结检查、保护器安装、模拟坠落制动、下放速度，任意一项不合格当场判不过。
        本周两起落地扭伤都发生在粉色V4那条线的结束点附近，结束点太高、下攀点不明显，明天上午先拆掉重定，事故登记表已汇总交给店长。
        岩点清洗：周一闭馆后把B墙拆下的岩点全部泡洗，用中性洗涤剂，别用84消毒液；清洗完按颜色分筐晾干，周三定线要用，仓库钥匙在前台第二个抽屉。
        美团和大众点评的团购券核销以后记得在收银系统里选“团购-美团”渠道，上周有6单选错了，月底对账对不上，财务已经在群里提醒两次了。
        下周五晚上岩馆之夜抱石赛，报名上限60人，分男女业余组，5条资格赛线路、计完攀和区域分；奖品是La Sportiva Solution Comp一双和年卡一张，海报今天发公众号。
        空调维修师傅明天上午9点到，进场走员工通道，抱石区那台柜机漏水，已经在地垫上放了接水盆；物业维修单号WX-20261204-017，费用走物业。
        岩友群里有人问周日能不能包场过生日，统一回复：包场需提前7天预约，2小时起订，工作日1800元、周末2600元，含保护员2名，发门店企业微信二维码即可。
        消防检查下周二下午来，提前把楼梯间堆的旧地垫和纸箱清掉，灭火器检查日期签好，应急灯逐个按一下测试，疏散指示牌也检查一遍，有问题今天就报修。
        新到的一批Kilter Board岩点已清点完毕，共218个，少了一个大号斜面点，已和供应商对接补发，顺丰单号SF1409385527610，预计周四到店。
        提醒晚班：闭馆后顶绳全部收起挂好，检查每台自动保护器的挂片和卷带，点检表拍照发群里，最后一个离开的记得关空调、关总闸、锁卷帘门。
    """),
    ("zh-Hans", "价目表与次卡"): _lines("""
        【2026冬季价目表】单次票：工作日88元，周末及节假日108元；学生票（凭有效学生证）工作日68元；儿童（1.4米以下）体验票58元，含一次租鞋。
        次卡：10次卡680元（有效期6个月），20次卡1180元（有效期12个月），50次卡2580元（有效期18个月）；次卡不记名可转赠，但同一时段仅限一人入场使用。
        月卡399元/30天，季卡999元/90天，年卡3288元/365天；会员卡激活后不可暂停，因伤病需冻结的可凭医院证明申请一次冻结，最长60天。
        课程价格：入门体验课（90分钟，含装备）198元/人；保护员培训课（2课时）260元，含考核一次；先锋攀登进阶课4节1280元，小班不超过4人。
        青少年集训营（寒假班）：2027年1月18日-2月5日，每周一三五14:00-16:30，共9次课2380元，报名请拨打馆务电话020-3892 6655或到前台咨询。
        装备零售：Black Diamond Momentum安全带499元；Petzl GriGri 1050元；Scarpa Instinct VS 1390元；Tenaya Oasi 1480元；会员购装备享9折，特价商品除外。
        团购套餐：双人单次票159元、亲子票（1大1小）139元，仅限工作日使用；美团团购券需在有效期内到店核销，过期未使用自动退款。
        企业团建包场：10-20人方案168元/人，含2小时场地、1名教练讲解、装备租借和一次小型抱石趣味赛；需开具增值税专用发票请提前提供开票信息。
        收银小票：单号POS-SZ02-20261206-00431，20次卡×1 1180.00，租鞋15.00，镁粉球28.00，合计1223.00元，微信支付，会员折扣0.00，门店编号SZ02。
        开票信息：深圳市岩点体育文化有限公司，统一社会信用代码91440300MA5H8KQ21T，开户行招商银行深圳科技园支行，对公账号755932184710901，电话0755-8663 1420。
        储物柜月租40元，季租100元；毛巾租借5元/条；淋浴免费，请自备洗浴用品；商场停车场凭入场小票可免费停车2小时，超出部分按商场标准收费。
        次卡使用规则：每次入场扣减1次，当天离场后再次入场需重新扣次；次卡过期后剩余次数可补差价升级为新卡，不支持退款和折现，也不可与月卡、年卡合并使用。
        周末早鸟场：周六日10:00-12:00入场单次票88元（原价108元），仅限小程序预约，预约后不可取消；早鸟价不与其他优惠同享，次卡用户入场同样扣1次。
    """),
    ("zh-Hant", "免責聲明條款"): _lines("""
        參加者確認攀岩及抱石屬高風險運動，可能導致擦傷、扭傷、骨折、脊椎損傷甚至死亡，並自願承擔參與本場館活動所涉及的一切固有風險。
        本人確認已閱讀並明白場館安全守則，並同意遵從當值職員指示；如違反守則，場館有權即時終止本人的使用資格，已繳費用恕不退還。
        未滿18歲人士須由父母或法定監護人代為簽署本聲明，監護人須在場陪同12歲以下兒童，並對其在場內的一切行為及安全負責；兒童不得單獨進入抱石區。
        本聲明受香港特別行政區法律管轄，如有爭議，雙方同意接受香港法院之非專屬管轄；本聲明之中英文版本如有歧義，概以英文版本為準。
        場館已就公眾責任投保，惟該保險不涵蓋參加者本人之意外傷害；參加者應自行購買個人意外保險，場館建議保額不少於港幣50萬元。
        依據《個人資料（私隱）條例》，場館收集之簽署資料僅用於會員管理及緊急聯絡，保存期為最後一次入場後24個月，查詢請電郵privacy@peakstone.com.hk。
        臺灣分館依《消費者保護法》及《個人資料保護法》辦理，定型化契約審閱期為3日；如有消費爭議，請撥打館方客服專線(02)2736-5108或1950消費者服務專線。
        參加者須如實申報是否患有心臟病、高血壓、癲癇、近期手術或懷孕等狀況；如因隱瞞身體狀況導致意外，場館概不負責；如有疑問，請先諮詢醫生意見。
        自動確保器（Auto Belay）使用前須確認扣環已扣上吊帶確保環；每台設備每日開館前由當值職員檢查，檢查紀錄存放於前台，可供查閱。
        澳門分館營業時間為每日11:00至23:00，地址為氹仔布拉干薩街88號地下B舖，查詢電話(853) 2882 7315；如遇八號或以上風球，場館即時關閉。
        場館保留因天氣、設備維修或定線而臨時關閉部分區域之權利，已購次卡不因部分區域關閉而延期；全館關閉超過一日者，月卡及年卡將順延相應日數。
        本人同意場館於活動期間拍攝之相片及影片可用於場館社交媒體宣傳；如不同意，請於簽署時勾選「不同意肖像使用」，職員會在入場手帶加貼藍色貼紙。
        香港分店：九龍觀塘鴻圖道45號12樓，公司註冊編號3198425，商業登記號碼71829304；會員熱線3618 9027，WhatsApp 5602 8841（辦公時間內回覆）。
    """),
    ("en", "ops_log_lines"): _lines("""
        2026-12-03T09:12:44+08:00 INFO setting.schedule wall=B45 status=closed reason="reset" routes_removed=14 holds_to_wash=212 setters_on_shift=2
        2026-12-03T13:40:02+08:00 INFO routes.publish gym=SIN-TPY wall=B45 new_routes=12 grades="V0-V7" colors=[yellow,blue,pink,black] tag_batch=RT-2612-B45
        [autobelay] 2026-12-04 10:02:17 unit=AB-03 model="TRUBLUE iQ+" daily_check=PASS webbing_wear=OK retraction_time_s=1.8 next_annual_service=2027-03-15
        WARN rope.lifecycle rope_id=RP-2025-031 brand=Edelrid model="Boa 9.8" falls_logged=1842 threshold=1800 action=retire_requested ts=2026-12-04T21:55:09Z
        incident.summary period=2026-Q4 site=KL-Bangsar falls_total=5 ankle_sprain=3 finger_pulley=1 abrasion=1 ambulance_called=0 report_ref=INC-Q4-KLB
        setter_rotation week=49 mon="wall A (slab)" wed="wall B (45deg overhang)" fri="kids wall" lead_role=head_setter max_hours_per_day=6 published=true
        booking.api 200 POST /v2/sessions/confirm session_id=sess_8f3a21c0 slot=2026-12-06T19:30 capacity=60 booked=57 latency_ms=84 build=4.12.3
        checkin.counter hourly location=HK-KT date=2026-12-05 hour=18 entries=43 punch_pass=21 monthly=15 day_pass=7 doors=[main,side]
        hold.inventory sku=KLT-HOMESTEAD-XL-03 brand=Kilter set="Homestead" qty_in=24 qty_out=22 missing=2 po=PO-2026-1187 supplier=orders@climbsupply.com.sg
        waiver.service v3.2.0 started listen=0.0.0.0:8443 db=postgres://waiver_app@db.internal:5432/waivers retention_days=730 pdpa_mode=SG
        belay_test.batch id=BT-20261206-PM examiners=2 candidates=11 passed=8 failed=3 fail_reasons={"brake_hand_off":2,"knot_check_skipped":1}
        ERROR payments.webhook provider=stripe event=invoice.payment_failed invoice=INV-SG-2026-04418 amount="SGD 188.00" retry_in=3600s code=card_declined
        cron 02:00 nightly purge_expired_waiver_photos deleted=0 archived_pdf=134 target=s3://peakstone-waivers/archive/2026/12/ duration=41s status=ok
    """),
    ("mixed", "config_and_code"): _lines("""
        punch_card: {sku: "PC-10", uses: 10, valid_days: 180, price_cny: 680, transferable: true}  # 次卡配置：不记名卡，可转赠，过期不退
        const GRADE_MAP = { V0: "入门", V1: "初级", V3: "进阶", V5: "中级", V7: "高级" }; // 抱石难度映射，用于小程序线路标签显示
        ALTER TABLE member_pass ADD COLUMN frozen_until DATE NULL COMMENT '伤病冻结截止日期，最长60天，需上传医院证明';
        if pass_.remaining <= 0: raise PassExhausted("次卡次数已用完，请到前台续卡")  # TODO: 接入企业微信到期提醒
        SMS_TEMPLATE_ID = "SMS_298441170"  # 次卡到期提醒模板：您的{card_type}将于{expire_date}到期，剩余{remaining}次，请及时续卡
        .env.example: WAIVER_SIGN_URL=https://waiver.peakstone.cn/sign?gym=SZ02 HOTLINE=400-882-6105 SUPPORT_EMAIL=support@peakstone.cn  # 门店公开信息
        INSERT INTO routes (wall, color, grade, setter_role, set_date) VALUES ('B45', '粉色', 'V4', 'head_setter', '2026-12-03'); -- 定线记录只存角色
        cron: "0 8 * * 3"  # 每周三08:00推送今日定线封场公告到岩友群机器人，webhook地址见配置中心 notify.wecom.webhook_url
        def fall_risk_score(height_m: float, pad_cm: int) -> float:  # 坠落风险评分：高度超过4.5米且地垫薄于30厘米时返回高风险
        i18n: {"waiver.title.zh-Hans": "免责声明", "waiver.title.zh-Hant": "免責聲明", "waiver.title.en": "Release of Liability", "waiver.title.ms": "Penafian Liabiliti"}
        git commit -m "fix(checkin): 次卡跨日扣次bug，离场后二次入场重复扣减 (#482)"  && git tag v4.12.3 && git push origin main --tags
        docker run -e TZ=Asia/Shanghai -e GYM_CODE=SH01 -p 8080:8080 peakstone/booking:4.12.3  # 上海徐汇店预约服务，灰度10%
        CSV表头 route_id,wall,color,grade,set_date,strip_date,setter_role,ascent_count,avg_rating  # 线路统计导出，不含任何会员字段
    """),
    ("zh-Hans", "攀岩新闻"): _lines("""
        巴黎奥运会攀岩女子全能项目中，斯洛文尼亚名将扬娅·加恩布雷特（Janja Garnbret）成功卫冕金牌，她在抱石与难度两轮均保持领先，被誉为当今最具统治力的女子攀岩运动员。
        中国选手伍鹏在巴黎奥运会男子速度攀岩决赛中以4秒77的成绩惜败，获得银牌，印尼选手维德里克·莱昂纳多（Veddriq Leonardo）以4秒75夺得金牌。
        巴黎奥运会女子速度攀岩决赛，波兰选手米罗斯瓦夫（Aleksandra Mirosław）夺冠，中国选手邓丽娟获得银牌，这也是中国女子攀岩在奥运赛场上的首枚奖牌。
        纪录片《徒手攀岩》（Free Solo）由金国威（Jimmy Chin）与伊丽莎白·柴·瓦沙瑞利联合执导，记录亚历克斯·霍诺尔德无保护攀登酋长岩，获得奥斯卡最佳纪录长片奖。
        捷克攀岩运动员亚当·翁德拉（Adam Ondra）2017年在挪威弗拉坦格岩洞完成世界首条9c难度线路Silence，这条线路至今仍被视为运动攀岩的标杆。
        美国攀岩先驱琳恩·希尔（Lynn Hill）于1993年首次自由攀登酋长岩The Nose路线，她那句“It goes, boys”至今仍在岩友群里被反复引用。
        日本选手楢崎智亚（Tomoa Narasaki）以速度赛道起步动作Tomoa Skip闻名，这一技巧后来被各国速度选手广泛采用，也常出现在抱石馆的技术分享课上。
        中国攀岩早期代表人物钟齐鑫曾多次在国际速度攀岩赛事中登上领奖台，退役后长期从事攀岩推广工作，不少国内岩馆把他的经历作为青训宣传案例。
        克里斯·夏尔马（Chris Sharma）在西班牙马略卡岛推广的深水抱石让这一玩法走红，他后来在巴塞罗那等地创办了攀岩馆品牌Sharma Climbing。
        亚历克斯·霍诺尔德（Alex Honnold）创立的霍诺尔德基金会长期资助太阳能普及项目，他本人也多次在公开访谈中谈到无保护攀登前的长期准备与路线记忆训练。
        苏格兰攀岩者戴夫·麦克劳德（Dave MacLeod）所著《9 out of 10 climbers make the same mistakes》常被岩馆教练推荐，书中关于训练安排与伤病预防的章节尤其受欢迎。
        巴黎奥运会男子全能项目在勒布尔热攀岩场馆举行，英国选手托比·罗伯茨（Toby Roberts）夺得金牌，日本选手安乐宙斗获得银牌，奥地利老将舒伯特摘得铜牌。
        国际攀联（IFSC）近年持续修订抱石世界杯定线规范，要求各分站公开线路设计说明并加强落地区安全评估，国内多家商业岩馆也参照这一标准调整了定线流程。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis: Dinding boulder B akan ditutup pada hari Rabu, 9 Disember, dari 9.00 pagi hingga 3.00 petang untuk kerja penetapan laluan baharu. Harap maklum.
        Soalan lazim: Adakah saya perlu membawa kasut sendiri? Tidak perlu, kasut panjat boleh disewa di kaunter dengan harga RM12 setiap sesi, saiz 35 hingga 46 tersedia.
        Semua pengunjung kali pertama wajib menandatangani borang penafian liabiliti secara dalam talian dan menonton video keselamatan selama lapan minit sebelum memanjat.
        Pas 10 kali berharga RM320 dan sah selama enam bulan dari tarikh pembelian; pas ini tidak bernama dan boleh dipindah milik, tetapi hanya seorang boleh masuk bagi setiap imbasan.
        Ujian belayer diadakan setiap Sabtu jam 2.00 petang. Calon mesti mengikat simpulan angka lapan dengan betul dan menunjukkan kawalan brek semasa simulasi jatuh.
        Alamat gim: No. 18, Jalan Kilang 3/1, Seksyen 3, 46050 Petaling Jaya, Selangor. Talian pertanyaan 03-7931 5520, WhatsApp 012-309 7741 (waktu pejabat sahaja).
        PeakStone Climbing Sdn. Bhd. (No. Pendaftaran SSM 202101034512 (1432871-K)); sila gunakan nombor ini untuk invois korporat dan tuntutan bayaran balik syarikat.
        Statistik insiden suku keempat: lima kes jatuh dilaporkan, tiga kes terseliuh buku lali, satu kecederaan jari dan satu luka calar; tiada kes yang memerlukan ambulans.
        Sila jangan berdiri atau duduk di bawah pemanjat lain di kawasan tilam; kekalkan jarak sekurang-kurangnya dua meter dari dinding semasa berehat atau menunggu giliran.
        Waktu operasi cuti Krismas: 24 Disember 12.00 tengah hari hingga 8.00 malam, 25 Disember tutup, 26 Disember seperti biasa. Tempahan kelas boleh dibuat melalui aplikasi.
        Kelas kanak-kanak untuk umur 5 hingga 12 tahun diadakan setiap Sabtu dan Ahad; nisbah jurulatih kepada peserta tidak melebihi 1:6 dan ibu bapa perlu menunggu di ruang menunggu.
        Cawangan Johor Bahru akan dibuka pada Januari 2027 di Jalan Austin Heights; pendaftaran awal ahli dengan diskaun 20% boleh dibuat melalui e-mel hello@peakstone.my.
        Penetap laluan kami bekerja mengikut jadual bergilir: dinding A setiap Isnin, dinding B setiap Rabu dan dinding kanak-kanak setiap Jumaat; laluan lama ditanggalkan selepas tiga minggu.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        事故登记：2026-12-04 20:15，会员刘振宇（男，34岁）在抱石区V5线路顶端脱手坠落，右脚踝着地后肿胀，已冰敷，本人自行前往华山医院急诊，联系电话139 1876 4402。
        次卡会员信息：姓名 孙佳怡，手机 186-2130-7795，20次卡剩余13次，到期日2027-05-18，备注：对乳胶过敏，别给她用旧款粉球。
        免责声明签署记录：签署人 陈嘉豪，身份证号440305199108132736，紧急联系人 母亲 黄秀兰 138 2651 0934，签署时间2026-12-06 14:03。
        保护员考核不合格名单：周六场 王浩然（制动手离绳两次）、赵雪（未检查同伴8字结），两人下周可补考一次，补考费40元。
        阿明上周从先锋墙冲坠撞到墙面，肋骨骨裂，医生说至少休息六周，他特意交代别在岩友群里说。
        定线员排班表里的老周（周国栋）这个月一直请假，听说在办离婚，孩子抚养权还没谈拢，排班先让别人顶上。
        岩友群@林晓彤 上次聚餐AA你还欠我236块，另外借你的Scarpa鞋也该还了，钱直接转我支付宝15618823309就行。
        会员杨帆已怀孕4个月，医生建议停止抱石，她申请把剩下的12次次卡冻结到明年8月，请店长审批。
        私教学员 郑凯文，深圳中学初二，家长郑太手机135 0277 4816，每周六10:00上课，已缴费3期共4800元。
        收件人：何静 13917624085 上海市闵行区莘庄镇沁春路299弄12号602室（岩鞋换码寄回）
        工资条：定线员 吴俊杰 2026年11月 基本工资6500元 + 定线补贴1800元 − 社保个人部分1042.5元，实发7257.5元，工资卡招商银行6214 8312 0459 7786。
        138****2907 这个号码的会员昨天投诉前台态度差，要求退还剩余次卡费用，请今天回电处理。
        退款申请：会员罗思远申请退还20次卡剩余9次，按原价折算531元，退回至其工商银行卡6222 0210 0183 4475 921，开户名罗思远。
        坠落受伤回访：王阿姨的儿子小航（9岁）上周在儿童墙从2米处掉下，左手腕骨折打了石膏，家长要求调监控，情绪比较激动。
        岩友群里的“猴子”就是蒋一鸣，他因为酒驾被拘留了15天，这段时间没法来带新人，大家别再@他了。
        体检告知：会员钱思琪有癫痫病史，近一年未发作，已签署额外风险告知书，保护员请特别留意她在顶绳区的状态。
        会员停车登记：沪A·5K2L9，车主许文斌，年卡会员，每周二四晚上来，车停在B2的47号位。
        车牌粤B 8D73Q的车主已连续三周占用场馆的装卸货位，请保安记录时间并转告物业，必要时叫拖车。
        申请冻结：李梦洁，身份证310115198802270643，因半月板撕裂手术，附诊断证明，申请年卡冻结60天，自2026-12-10起。
        定线员黄子轩这个月已经连续上了11天班，他说房贷压力大想多排点，但他腰椎间盘突出还没好，店长你看要不要控制一下。
        岩友群导出：昵称,真实姓名,手机号,入群时间 | 大熊,熊志远,18729041156,2025-03-15 | 小鹿,陆思雨,15202173348,2025-07-02
        2026-12-05 19:02:11 checkin member_id=M20931 name=唐浩 phone=17717720453 card=PC10 remaining=3 door=main
        报销单：定线员宋雨桐垫付购买岩点清洗剂和刷子共186元，请打到她的建设银行卡6217 0012 3456 7809 123。
        老板，昨晚保护员考核那个男生叫冯子健，他考前说自己有高血压在吃药，考官还是让他过了，我觉得有点不妥。
    """),
    "zh-Hant": _lines("""
        意外報告：2026年12月3日晚上8時，會員梁家朗於抱石區跌落時左肩脫臼，已由救護車送往伊利沙伯醫院，聯絡人為其妻子何詠詩，電話9128 4736。
        會員資料：陳美玲，香港身份證K381264(2)，手機6153 8902，住址新界沙田禾輋邨豐和樓1208室，10次卡剩餘4次。
        麥太話佢個仔Jason喺學校被診斷有專注力不足過動症，想問我哋教練可唔可以一對一上堂，每月預算兩千蚊左右。
        臺北館會員林冠宇，身分證字號F128394056，生日1994/07/21，手機0912-538-471，已完成先鋒確保檢定。
        張小姐（A226581370）因懷孕申請暫停月卡，預產期2027年4月，附產檢證明影本，申請日期2026/12/02。
        澳門館：黎先生電話6628 3519，上週在頂繩區下放時手指被確保器夾傷，要求場館賠償醫療費MOP 3,800，已轉交保險公司處理。
        定線員郭俊賢欠下網貸約15萬港元，債主打電話到店面找人，請前台一律回覆「不在」並通知店長。
        寄件資料：收件人吳嘉欣，新北市板橋區文化路一段188巷6號3樓，電話0933-217-604，品項：租借鞋遺失賠償收據。
        確保員考核成績表：Y520917(8) 鄭偉傑 通過；R774025(4) 何綺雯 未通過（確保手離繩），補考日期12月13日。
    """),
    "en": _lines("""
        Incident report SG-TPY-1203: member Marcus Tan Wei Jie, NRIC S8827461Z, fell from the top of a V3 on the 45 wall, suspected ACL tear, taken to Changi General Hospital by his brother, mobile 9173 4420.
        Hi team, Priya Raghunathan says her ex-husband kept using her 10-entry card after she reported it lost; she wants the remaining 6 entries refunded to her DBS account 072-5391-842.
        Reminder: route setter Daniel Ong asked for Thursdays off until March because he's doing chemo on Wednesdays; please don't mention it in the staff group.
        Waiver signed for Chloe Lim Hui Min, DOB 14/02/2013, guardian Lim Boon Keat, FIN G5543127U, guardian phone +65 8264 1907, 45 Jalan Bunga Rampai #03-12 Singapore 538389.
        Can someone call back the guy who complained on Google, Ryan Koh, 8831 2046? He says our auto belay lowered him too fast and he bruised his tailbone.
        member_export.csv row: 20931,"Siti Aisyah binti Kamarudin",siti.aisyah.k92@gmail.com,+60 12-448 3157,PUNCH20,remaining=11
        Belay test log: Jonathan Yeo (T0319582H) failed the lead belay check twice this month and admitted he had been drinking before the session.
    """),
    "ms": _lines("""
        Laporan kemalangan: ahli bernama Muhammad Hafiz bin Zulkifli (MyKad 930514-14-5521) jatuh dari dinding boulder dan patah pergelangan tangan kiri, dihantar ke Hospital Kuala Lumpur pada 4 Disember.
        Puan Noraini dari Shah Alam minta bayaran balik pas 10 kali anaknya kerana anak itu kini menghidap asma teruk; nombor telefon beliau 019-276 4381.
        Penetap laluan Azlan masih berhutang RM4,500 dengan Ah Long dan sudah dua kali orang datang ke gim mencarinya, tolong jangan beri jadual kerjanya kepada sesiapa.
        Alamat penghantaran hadiah pertandingan: Tan Mei Ling, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 016-552 9083.
        Borang ujian belayer: Nama Kavitha a/p Subramaniam, IC 880921-10-6634, emel kavitha.subra88@yahoo.com, keputusan LULUS, tarikh 6/12/2026.
    """),
    "mixed": _lines("""
        岩友群 admin 注意：Kelvin 黄志伟 的 WhatsApp +60 11-2367 4490 被人拿去乱加群，他本人要求我们把他的号码从 member list 删掉。
        Jessie 陈咏欣上个月 fall 落嚟撞到膝头，MRI 显示 ACL partial tear，她想 freeze 年卡三个月，电话 9462 0318。
        Setter roster wk50: Mon A墙 Adrian 李俊明（请假陪老婆产检），Wed B墙由 head setter 顶班；Adrian 手机 9055 7781，有事直接 call。
        订单备注 Order #SG-88412：收件人 Wong Kai Xuan，地址 Blk 312 Ang Mo Kio Ave 3 #08-1147 Singapore 560312，mobile 9738 2215，岩鞋 EU 41.5。
        来自武汉的 member 周婉婷，ID 420102200001250865，because of her 腰椎间盘突出 surgery 想取消年卡，refund 请退回她的支付宝。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家攀岩馆的前台助手，帮助员工起草发给会员的通知，语气友好简洁。"),
        (
            "user",
            "帮我写一条短信提醒会员次卡快到期：会员韩晓东，手机13816427730，20次卡还剩5次，2026-12-31到期，续卡送2次。",
        ),
        (
            "assistant",
            "韩先生您好，您的20次卡还剩5次，将于2026年12月31日到期。到期前续卡可额外获赠2次，欢迎到前台或小程序办理。【峰石攀岩】",
        ),
        ("user", "再短一点，控制在50字以内。"),
        (
            "assistant",
            "韩先生您好，您的次卡剩5次，12月31日到期，现在续卡送2次，欢迎办理。【峰石攀岩】",
        ),
    ],
    [
        (
            "user",
            "帮我整理一份坠落受伤事故报告：会员邓佳琪，女，33岁，身份证510107199309184428，12月5日晚7点在抱石区粉色V4结束点脱手，背部先着地，自述腰痛，家属丈夫刘涛电话15982310476来接走。",
        ),
        (
            "assistant",
            "事故报告（草稿）时间：2026-12-05 19:00；地点：抱石区粉色V4线路；当事人：邓佳琪，女，33岁，身份证510107199309184428；经过：结束点脱手坠落，背部先着地，自述腰痛；处置：原地制动观察，由家属刘涛（15982310476）接走并建议就医；后续：24小时内电话回访。",
        ),
        ("user", "回访的时候要注意什么？"),
        (
            "assistant",
            "回访时先询问就医结果和目前症状，再确认是否需要协助保险理赔；不要在电话里讨论责任归属，记录对方诉求后交给店长和保险公司统一处理。",
        ),
    ],
    [
        ("system", "你是香港一間抱石館的客戶服務助理，以繁體中文及廣東話書面語回覆。"),
        (
            "user",
            "幫我寫封道歉電郵俾周健文先生（chow.kinman88@gmail.com），佢話上星期六確保員考核時考官態度差，仲當眾話佢「咁都唔識」。",
        ),
        (
            "assistant",
            "周先生您好：感謝您就12月5日確保員考核向我們反映意見。考官當日的用語並不恰當，我們已與相關同事跟進，並會為您安排一次免費重考。如有任何查詢，歡迎致電會員熱線3618 9027。峰石攀岩客戶服務部 敬上",
        ),
        ("user", "唔該加一句送佢一張單次入場券。"),
        (
            "assistant",
            "可以，在重考安排後加上：「為表歉意，我們已在您的會員帳戶存入一張單次入場券，有效期至2027年3月31日。」其餘內容保持不變。",
        ),
    ],
    [
        (
            "system",
            "You help staff at a Singapore climbing gym. Member on file: Benjamin Lee Jun Hao, NRIC S9163305A, mobile 9826 1153, top-rope belay card (green), no lead card, note: dislocated right shoulder in August 2026.",
        ),
        ("user", "Benjamin wants to join tonight's lead climbing session. Can he?"),
        (
            "assistant",
            "Not yet. His record shows only the green top-rope belay card, so he would need to pass the lead belay test first. Given the shoulder dislocation in August, it would also be sensible to ask whether his physio has cleared him for lead falls.",
        ),
        ("user", "OK, draft a short WhatsApp to him explaining that."),
        (
            "assistant",
            "Hi Benjamin, thanks for signing up for tonight! Lead sessions need the lead belay card, so we've moved you to our Saturday 2pm lead test instead. Since you had the shoulder injury in August, please bring a note from your physio if you can. See you soon!",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ringkasan ini ke Bahasa Inggeris: Encik Faizal bin Osman, MyKad 850317-08-5129, telah menandatangani borang penafian pada 2 Disember dan mengisytiharkan dia menghidap diabetes jenis 2.",
        ),
        (
            "assistant",
            "Mr Faizal bin Osman, MyKad 850317-08-5129, signed the liability waiver on 2 December and declared that he has type 2 diabetes.",
        ),
        ("user", "Perlu ke kami simpan maklumat diabetes itu dalam sistem?"),
        (
            "assistant",
            "Simpan hanya jika perlu untuk keselamatan, contohnya supaya jurulatih tahu tanda-tanda hipoglisemia. Hadkan akses kepada staf bertugas dan padamkan apabila keahlian tamat, selaras dengan PDPA Malaysia.",
        ),
    ],
    [
        ("system", "你是攀岩馆的排班助手，用中英混合回复，输出简洁的表格文字。"),
        (
            "user",
            "下周定线排班：Mon A墙、Wed B墙、Fri 儿童墙。可用的定线员有 Kenny 陈志豪、Amy 刘思敏、Jason 吴昊。Amy 周三要去医院复查甲状腺，Kenny 周五要去法院处理 custody 的事。",
        ),
        (
            "assistant",
            "Mon A墙：Kenny 陈志豪 + Jason 吴昊；Wed B墙：Kenny 陈志豪 + Jason 吴昊（Amy 请假复查）；Fri 儿童墙：Amy 刘思敏 + Jason 吴昊（Kenny 请假）。",
        ),
        ("user", "排班表要发到岩友群吗？"),
        (
            "assistant",
            "建议只在员工群发，而且请假原因不要写进去。岩友群只需要发封场时间，例如：周一A墙、周三B墙、周五儿童墙上午10点至下午3点封场定线。",
        ),
    ],
    [
        (
            "user",
            "我们岩友群里有个叫“老K”的，真名康磊，手机18602179935，这半年跟好几个岩友借钱，加起来有一万多没还，现在大家都在群里骂他。作为群主我该怎么处理？",
        ),
        (
            "assistant",
            "建议先在群里发一条中性公告，提醒大家不要在群内讨论私人借贷纠纷，也不要公开他的电话和欠款金额；再私下联系康磊了解情况，有纠纷的岩友可以自行协商或走法律途径。",
        ),
        ("user", "要不要直接把他踢出群？"),
        (
            "assistant",
            "如果群规里有禁止借贷的条款，可以按群规处理并说明理由；如果没有，建议先补充群规并公告，再对之后违规的人执行，这样更不容易引发新的争吵。",
        ),
    ],
    [
        ("system", "You are an assistant for a Kuala Lumpur bouldering gym. Reply in English."),
        (
            "user",
            "Turn this into CSV with columns name,ic,result: Lim Jia Hui 950812-14-5376 pass; Arjun Nair 910226-10-5583 fail brake hand; Nur Farhana binti Ismail 980430-06-5128 pass.",
        ),
        (
            "assistant",
            "name,ic,result; Lim Jia Hui,950812-14-5376,pass; Arjun Nair,910226-10-5583,fail (brake hand); Nur Farhana binti Ismail,980430-06-5128,pass",
        ),
        ("user", "Should I post this in the members' WhatsApp group so they know?"),
        (
            "assistant",
            "Better not. The IC numbers and the fail reason are personal data. Tell each candidate their result privately, and if you announce anything in the group, just say how many people passed.",
        ),
    ],
    [
        ("user", "定线时手指滑车韧带受伤一般要休息多久？"),
        (
            "assistant",
            "轻度A2滑车拉伤通常需要2到6周，部分断裂可能要2到3个月，完全断裂往往需要手术。具体请以骨科或手外科医生的诊断为准，恢复期可以配合缠胶带和渐进负荷训练。",
        ),
        (
            "user",
            "我们的定线员石磊上周就是A2拉伤，医生说休息六周。他是按天结算的兼职，这六周没收入，他老婆刚生孩子，压力很大，馆里能怎么帮他？",
        ),
        (
            "assistant",
            "可以考虑安排他做不需要用力抓握的工作，比如线路设计草图、岩点清点和社群运营，按天照常结算；如果馆里为员工投保了雇主责任险或工伤保险，也可以帮他确认是否能申请定线过程中受伤的赔付。",
        ),
    ],
    [
        ("system", "你是臺灣一間攀岩館的客服助理，熟悉《消費者保護法》，以繁體中文回覆。"),
        (
            "user",
            "會員蔡宜蓁（身分證B247193586，手機0955-306-128）說她被公司資遣，付不出年卡分期，想解約，我們可以收多少違約金？",
        ),
        (
            "assistant",
            "依教育部公告的健身服務定型化契約應記載事項，會員提前終止契約時，業者可收取的手續費有上限，一般不超過契約總價的一定比例，並須扣除已使用期間的費用後退還餘額。建議先核對她簽的契約版本，再依條款計算。",
        ),
        ("user", "幫我寫一段回覆給她。"),
        (
            "assistant",
            "蔡小姐您好，已收到您的解約申請。我們會依契約條款扣除已使用月份費用及約定手續費後，將餘款退回您原付款帳戶，詳細金額將於三個工作天內以簡訊通知。如有疑問，請撥客服專線(02)2736-5108。",
        ),
    ],
]
