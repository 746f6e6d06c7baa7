# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh329: 简体中文 武术馆与跆拳道馆（学员报名、家长联系方式、考级证书、训练受伤、退费纠纷、教练群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh329
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "招生简章"): _lines("""
        龙腾跆拳道馆2027年寒假班开始报名：4-6岁启蒙班每周六上午9:00-10:30，7-12岁提高班每周二、四晚18:30-20:00，报名咨询前台电话0755-8321 6650（工作日10:00-21:00）。
        本馆地址：深圳市福田区福华三路168号国际商会中心B1层112铺，地铁1号线会展中心站D出口步行约300米，商场地下停车场消费满200元可免费停车2小时。
        新学员报名须携带：一寸免冠照片2张、近三个月内体检报告复印件、已签署的《训练风险告知书》；未满18周岁的学员须由监护人到场签字确认。
        暑期散打集训营（第3期）：2027年7月12日至8月6日，共20个训练日，含早操、基本功、实战对抗与体能测试，营费3680元/人，含道服一套与结营证书。
        招生对象：5周岁以上身体健康的少年儿童及成人；有心脏病、癫痫、近期骨折等情况者不宜参加对抗类课程，报名时请如实告知前台，以便安排合适班级。
        官方微信公众号“精武堂武术培训”每周三推送训练视频与课程表；小程序搜索“精武堂约课”即可在线预约体验课，首节体验课收费39元，可抵正式学费。
        统一社会信用代码：91440300MA5G7K2X3R；经营范围：体育培训、武术表演、体育用品零售；本馆教练均持有中国武术协会段位指导员或国技院跆拳道教练资格证。
        成人女子防身术周末班：每周日14:00-16:00，8课时一期，学费960元，课程内容包括反抓腕、摆脱锁喉、倒地保护及报警要领，每期限额16人。
        双十一限时优惠：11月1日至11月11日报名年卡（96课时）立减600元，两人同行再送护具一套（头盔+护胸+护臂护腿），活动编号HD20271101，最终解释权归本馆所有。
        分校信息：南山分馆位于南山区科技南十二路18号长虹科技大厦裙楼3楼，电话0755-2671 3308；宝安分馆位于宝安区新安四路海雅缤纷城5楼，电话0755-2778 0912。
        春季班名额有限，每班限额20人，满员即止；已报满的班级可登记候补，候补顺序以缴费时间为准，开课前一周未能入班的候补费用全额退回。
        教学体系参照国技院（Kukkiwon）品势标准与世界跆拳道联盟竞技规则，全年安排4次考级；10级至1级每次考级费180元，品级与段位考试按国技院收费标准另计。
        企业团建武术体验课：20人起订，每场2小时，报价2800元起，可开具增值税普通发票，对公账户信息请向前台索取，合作邮箱 tuanjian@longteng-tkd.cn。
    """),
    ("zh-Hans", "教练群工作消息"): _lines("""
        【通知】本周六上午10点黄带升绿带考级，所有教练9:15前到馆，负责打分的三位提前把评分表打印好，考场设在二楼大厅，一楼照常上课。
        前台提醒一下：3号柜的护具消毒柜滤网又坏了，已经报修，维修单号WX-20271108-07，厂家说周三下午上门，这两天护具先用酒精喷一遍再晾干。
        明天暴雨橙色预警，教育局通知中小学停课，咱们馆晚上18:30的两个少儿班一起停，补课时间定在下周日下午，家长群的通知我已经发了。
        各位教练：11月课时统计表已经放在共享盘“教务/2027/11月课时.xlsx”，周五前核对自己的排课，有出入直接在表里备注，不要私聊财务。
        器材采购清单：脚靶20个、手靶10对、电子护具感应袜6双（型号Daedo PSS Gen2），预算合计11460元，报馆长审批后统一在京东企业购下单。
        南山分馆的空调从今天起改成26度，物业说整栋楼限电到月底，下午14-16点场地较热，对抗课临时改成技术课，注意让孩子们多补水。
        区体育局周四来检查消防和从业资质，各位把教练证、急救证原件带过来，复印件我已经在前台蓝色文件夹里备好了一份，检查完当场归还。
        第十五届全国跆拳道锦标赛报名链接已经发群文件了，截止11月30日，选拔名单下周一开会定，今晚训练结束后对抗组留下来加练30分钟。
        再强调一次：所有课堂视频只能存在馆里的NAS上，路径是教务共享盘的video/2027目录，不要发到个人抖音和朋友圈，违规的按员工手册第12条处理。
        下周一起前台排班调整：早班9:30-18:00，晚班13:00-21:30，周末两班重叠，交接时把当天收款流水和POS小票一起核对签字。
        刚看了美团后台，本月体验课核销312单，好评率97.4%，差评主要集中在“停车难”和“更衣室太小”，下月例会一起讨论怎么改进。
        新到的一批品势服尺码贴错了，160码的吊牌写成了170，已经跟供应商确认换货，物流单号SF1428830927165，周五前到，先别发给学员。
        年会定在1月16日晚上，地点是福田区益田路6009号新世界商务中心二楼宴会厅，每位教练可以带一位家属，需要接送的在群里接龙。
    """),
    ("zh-Hans", "价目表"): _lines("""
        少儿跆拳道课程价目（2027版）：单次课120元；月卡（8课时）780元；季卡（24课时）2160元；年卡（96课时）7680元，年卡可分两期支付。
        道服：儿童款白色道服（110-150码）168元/套；成人款（160-190码）228元/套；黑带专用品势服398元/套，胸前刺绣馆名另加30元。
        护具套装（WT认证款）：头盔189元、护胸（1-5号）259元、护臂护腿一套139元、护裆65元、护齿25元，整套购买享9折优惠。
        散打进阶课：私教课单节400元（60分钟），10节包3600元，20节包6800元；双人小班私教每人每节260元，仅限16周岁以上学员。
        考级费用：白带升黄带150元，黄带升绿带180元，绿带升蓝带200元，蓝带升红带220元，红带升黑带（品/段）按国技院标准另行通知，证书邮寄费15元。
        太极拳成人晨练班：周一至周五6:30-7:30，月费300元，季费810元，含二十四式与四十二式教学，场地为街道文化中心一楼多功能厅。
        订单号 JW20271115-00839，商品：少儿跆拳道季卡×1，原价2160元，优惠券抵扣200元，实付1960元，支付方式：微信支付，交易时间2027-11-15 19:42:08。
        腰带价格：彩带每条25元，品带每条45元，黑带（刺绣中英文馆名）每条120元，定制刺绣工期约7个工作日，加急另收20元。
        寒假集训营收费标准：全日制（8:30-17:00，含午餐）每周1450元；半日制（8:30-12:00）每周780元；连报三周以上享9.5折。
        场地租赁：一楼训练厅（180平方米，铺设25mm EVA地垫）平日每小时350元，周末每小时450元，需提前3天预订，押金1000元。
        本馆可开具增值税普通发票，开票内容为“培训费”或“体育用品”，征收率3%，电子发票将在付款后3个工作日内发送至下单时填写的邮箱。
        退费标准（依据合同第7条）：开课前申请可全额退款；已上课时按单次价120元扣除后退还余款，赠送课时不予退费，手续费按支付渠道实际费率计算。
        商品编码 SKU-TKD-KICKPAD-L，品名：双层加厚脚靶（大号），材质：PU+高密度海绵，尺寸38×24cm，零售价89元，批发价（20个起）62元。
    """),
    ("zh-Hant", "考級規則與公告"): _lines("""
        香港跆拳道協會2027年度第四次色帶考核將於12月19日（星期日）在伊利沙伯體育館舉行，考生須於上午8時45分前報到，遲到者不得應考。
        考核內容：色帶考生須完成指定品勢一套、基本踢法十項及體能測試；紅帶以上考生另加自由對練兩回合，每回合一分三十秒，回合之間休息三十秒。
        報名費用：港幣$280（色帶），港幣$650（一品/一段），款項請以轉數快FPS轉帳至本會，FPS識別碼 1682 3349，備註請填寫考生編號。
        台北市跆拳道委員會公告：本年度品段晉升審查，請各道館於10月31日前將報名表送至台北市中山區朱崙街20號4樓，洽詢電話（02）2771-5566。
        澳門武術總會通告：第十八屆全澳武術錦標賽將於2027年11月27至28日在澳門東亞運動會體育館舉行，報名表格可於本會網頁下載。
        考生須穿著整潔道服，不得佩戴手錶、首飾及髮夾，指甲須剪短；如有醫生證明不宜劇烈運動者，可申請延期考核一次，逾期不設補考。
        依據世界跆拳道（World Taekwondo）競賽規則，有效得分部位為軀幹護具及頭部，以旋轉踢擊中頭部可得五分，拳擊軀幹得一分。
        中華民國跆拳道協會晉段證書申請須附國技院（Kukkiwon）線上登錄號碼，審核約需六至八週，證書將統一寄回所屬道館，不另寄送。
        本館詠春拳班源自葉問宗師一脈，每週二、四晚上七時半於旺角彌敦道688號旺角中心二期12樓上課，查詢請致電本館2388 9021或WhatsApp熱線6123 4500。
        黑帶考生請注意：國技院規定申請一品者須未滿15歲，年滿15歲者申請一段，報名時須提交出生年份證明文件副本，由道館核對後即時交還。
        八號或以上熱帶氣旋警告信號、或黑色暴雨警告生效期間，所有課堂及考核即時取消，補考日期將另行於本會Facebook專頁公佈。
        考核成績將於考試後十個工作天內以考生編號形式在本會網站公佈，編號格式如 HKTA-2027-C4-0158，考生可憑編號查詢結果。
        新竹市立體育館武術教室招生：長拳、南拳、太極劍三班，每期12週，學費新台幣3,600元，洽詢市府體育處（03）532-4511轉分機213。
    """),
    ("en", "faq"): _lines("""
        Q: What age can my child start? A: Our Little Tigers programme accepts children from 4 years old; classes run 45 minutes with a 1:8 instructor-to-student ratio at our Tampines and Bukit Timah centres.
        Q: Is SkillsFuture Credit claimable? A: Adult self-defence courses under course code TGS-2027034512 are eligible; please submit your claim on the MySkillsFuture portal at least 2 weeks before the start date.
        Q: How do I reach you? A: Call our hotline 6789 2210 (Mon-Sat, 10am-8pm), WhatsApp the front desk at +65 8123 4690, or email hello@tigerclaw-tkd.sg; we reply within one working day.
        Q: Where is the Tampines centre? A: 10 Tampines Central 1, #04-12 Tampines 1, Singapore 529536, a 3-minute walk from Tampines MRT (EW2/DT32), next to the food court.
        Q: Do you follow the WT or ITF syllabus? A: We follow the World Taekwondo / Kukkiwon syllabus; ITF, founded by General Choi Hong-hi in 1966, uses different patterns (tul) and we do not grade ITF belts.
        Q: What if my child misses a class? A: Make-up classes can be booked in the app within 30 days; unused make-ups expire and are not refundable, as stated in Clause 5.3 of the enrolment terms.
        Q: What is the refund policy? A: Term fees are refundable pro-rata only with a medical certificate covering 4 or more consecutive weeks; a S$30 admin fee applies to every refund request.
        Q: Which company runs the academy? A: Tiger Claw Martial Arts Pte. Ltd., UEN 201934567K, registered office at 61 Robinson Road, #08-01, Singapore 068893.
        Q: Are grading certificates recognised overseas? A: Poom and Dan certificates are issued by Kukkiwon in Seoul and can be verified on the Kukkiwon website using the certificate number printed on the back.
        Q: Do you sell equipment? A: Yes, our pro shop stocks Adidas and Mooto gear; the junior sparring set SKU MT-SPAR-JR-M is S$189 and Daedo PSS Gen2 electronic socks are S$96 a pair.
        Q: Is there parking at Bukit Timah? A: Yes, hourly parking is available at the Beauty World Centre basement, S$0.60 per half-hour on weekdays before 5pm and a flat S$3 on Sundays.
        Q: Are your instructors certified? A: All coaches hold at least a 3rd Dan, a valid Standard First Aid + CPR/AED certificate, and are registered under the Singapore Taekwondo Federation coaching scheme.
        Q: Can I pay by instalments? A: Annual packages (S$1,680) can be paid in 3 interest-free instalments via Atome or GIRO; each instalment gets its own invoice number, e.g. TCMA-INV-27-04418.
    """),
    ("ms", "notis_kelas"): _lines("""
        Notis: Kelas taekwondo kanak-kanak di Dewan Serbaguna Seksyen 7 Shah Alam ditangguhkan pada 14 Disember kerana dewan digunakan untuk majlis Maulidur Rasul; kelas ganti pada 21 Disember, jam 9 pagi.
        Pendaftaran ahli baharu Persatuan Seni Silat Cekak cawangan Bukit Jalil dibuka sekarang: yuran pendaftaran RM50, yuran bulanan RM40, sila hubungi pejabat persatuan di 03-8996 2211 pada waktu pejabat.
        Peserta diingatkan memakai pakaian silat hitam lengkap dengan bengkung dan membawa botol air sendiri; latihan dijalankan di gelanggang terbuka, jadi sila bawa payung jika hujan.
        Ujian kenaikan tali pinggang (gred 8 hingga gred 1) akan diadakan pada 7 Januari 2028 di Stadium Juara, Bukit Kiara; yuran ujian RM80 perlu dijelaskan sebelum 20 Disember.
        Akademi Taekwondo Harimau Sdn. Bhd. (No. Pendaftaran SSM 202101034567), Lot 2-15, Jalan PJU 7/3, Mutiara Damansara, 47800 Petaling Jaya, Selangor. Waktu operasi: Isnin hingga Sabtu.
        Kejohanan Taekwondo Terbuka Pulau Pinang 2028: penyertaan ditutup 31 Januari; borang boleh dimuat turun dari laman web persatuan negeri, yuran RM60 bagi setiap acara.
        Kisah Hang Tuah dan sahabat-sahabatnya yang berguru dengan Adiputra di Gunung Ledang menjadi inspirasi kepada banyak perguruan silat di Melaka hingga hari ini.
        Sila ambil perhatian: semua pelajar bawah umur 12 tahun mesti dijemput oleh ibu bapa atau penjaga selepas kelas; pelajar tidak dibenarkan menunggu di luar pagar selepas jam 10 malam.
        Invois No. ATH-2027-11-0932: Yuran kelas bulan November RM180, baju taekwondo saiz 140 RM95, jumlah RM275, dibayar melalui DuitNow QR pada 03/11/2027 jam 20:14.
        Pertanyaan kelas dewasa boleh dihantar melalui WhatsApp rasmi akademi +60 12-380 7745 atau e-mel pertanyaan@harimautkd.com.my; kami tidak menjawab panggilan selepas jam 10 malam.
        Mulai 1 Januari, yuran bulanan dinaikkan dari RM160 ke RM180 kerana kenaikan sewa dewan; ahli yang membayar yuran tahunan sebelum 31 Disember masih menikmati harga lama.
        Jurulatih akademi kami bertauliah Kukkiwon dan berdaftar dengan Majlis Sukan Negara; kelas diadakan di Dewan Komuniti Taman Tun Dr Ismail setiap Selasa dan Khamis, 8.30-10.00 malam.
        Tahniah kepada pasukan kebangsaan yang meraih pingat emas pencak silat di Sukan SEA; Persekutuan Silat Kebangsaan Malaysia (PESAKA) mengumumkan latihan pusat akan bermula Februari.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2027-11-15 19:42:08 INFO [booking-svc] order=JW20271115-00839 status=PAID channel=wechat_pay amount=1960.00 CNY store_id=SZ-FT-01 latency=182ms
        2027-11-16 08:00:01 WARN [cron] belt_exam_reminder: template=TPL_EXAM_20 queued=146 skipped=3 reason=unsubscribed job_id=7f3a9c2e
        config.yaml: sms.provider: aliyun; sms.sign_name: "龙腾跆拳道"; sms.template_code: SMS_264810093; sms.retry: 3; sms.rate_limit_per_min: 60
        CREATE TABLE student (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL, guardian_phone VARCHAR(20), belt_level TINYINT DEFAULT 10, enrolled_at DATETIME);
        2027-11-18 21:05:33 ERROR [pay-gw] refund_id=RF202711180017 upstream=alipay code=ACQ.TRADE_HAS_CLOSE msg="交易已关闭" retry_in=300s
        CSV header: student_no,姓名,性别,出生日期,监护人姓名,监护人手机,当前级别,入馆日期,过敏史,备注
        GET /api/v2/classes?store=KL-MD-02&date=2027-12-01&level=kids HTTP/1.1 200 1432B 38ms ua="TigerClawApp/3.4.1 (Android 14)"
        env: APP_ENV=production; DB_HOST=10.0.3.15; DB_NAME=dojo_prod; REDIS_URL=redis://10.0.3.21:6379/0; JWT_TTL=7200; LOG_LEVEL=info
        [deploy] dojo-admin v2.8.3 -> v2.8.4 commit 9e1b4c7d2a; release notes: 修复考级证书PDF生成时中文字体缺失; 新增马来西亚SST 8%税率配置
        def next_belt(level: int) -> str: return BELTS[level - 1] if level > 1 else "一品/一段"  # BELTS = ["黑带", "红黑带", "红带", "蓝红带"]
        2027-12-02 10:11:47 INFO [cert-gen] batch=KKW-2027-Q4 generated=58 failed=0 template=dan_cert_v3.pdf sha256=4c1f0e8b9a2d77e1c03b5a6f1e9d8c2b
        cron: "30 20 * * 5" 每周五20:30推送下周课表; 模板变量 {student_name} {class_time} {coach_title} 仅在发送时替换, 预览环境用“示例学员”占位。
        2027-12-05 18:29:55 WARN [door-access] device=GATE-NS-02 event=heartbeat_timeout last_seen=18:24:10 firmware=1.9.2 action=alert site=南山分馆
    """),
    ("zh-Hans", "武术史与名人"): _lines("""
        1910年，霍元甲在上海创办“精武体操会”，后更名为精武体育会，倡导“爱国、修身、正义、助人”，是中国近代最早的民间体育团体之一。
        叶问1949年后定居香港，在九龙深水埗一带传授咏春拳，其弟子李小龙后来将咏春理念融入自创的截拳道，并通过电影把中国功夫带向世界。
        2008年北京奥运会上，吴静钰获得女子跆拳道49公斤级金牌，并在2012年伦敦奥运会成功卫冕，成为中国跆拳道的标志性运动员之一。
        陈中在2000年悉尼奥运会夺得女子67公斤以上级金牌，这是中国跆拳道的第一枚奥运金牌；2004年雅典奥运会她再度夺冠，实现卫冕。
        跆拳道于2000年悉尼奥运会成为正式比赛项目；国际跆拳道联盟（ITF）由崔泓熙于1966年创立，世界跆拳道联盟（现World Taekwondo）则成立于1973年。
        李连杰少年时期在全国武术比赛中多次获得全能冠军，1982年主演电影《少林寺》，该片在内地掀起习武热潮，嵩山少林寺的游客随之大增。
        金庸小说《射雕英雄传》中郭靖先后师从江南七怪与洪七公，习得降龙十八掌；很多武馆至今用“降龙班”“射雕班”等名字命名少儿班级。
        黄飞鸿是清末民初广东佛山的武术家和医师，以洪拳和舞狮闻名，佛山祖庙内设有黄飞鸿纪念馆，每年吸引大量游客前来参观，馆内还定期举办醒狮表演。
        甄子丹主演的《叶问》系列电影上映后，各地咏春拳馆报名人数明显上升，不少武馆以“叶问同款木人桩”作为招生宣传的卖点，木人桩销量也随之走高。
        太极拳于2020年12月被列入联合国教科文组织人类非物质文化遗产代表作名录，河南温县陈家沟被视为陈式太极拳的发源地，每年都有大批海内外爱好者前往寻根。
        台湾选手陈诗欣在2004年雅典奥运会跆拳道女子49公斤级夺得金牌，这是中华台北代表团在奥运历史上的首枚金牌，同届朱木炎也在男子58公斤级夺金。
        赵帅在2016年里约奥运会获得男子58公斤级金牌，成为中国男子跆拳道首位奥运冠军，次年又在世界跆拳道锦标赛男子63公斤级夺冠。
        动画电影《功夫熊猫》里的阿宝拜浣熊师父为师，与“盖世五侠”一起守护和平谷，这部梦工厂作品让不少小朋友第一次对武术产生兴趣。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        学员报名表：姓名 周子睿，性别 男，出生日期 2016-04-09，监护人 周海峰（父），手机 13823457716，家庭住址 深圳市南山区桃园路桂香园5栋1502。
        林太说她家小宝上周踢脚靶时扭到右脚踝，去南山医院拍片是韧带拉伤，医生让休息六周，她想把剩下的14节课延期到明年三月。
        考级证书补办申请：学员 高思远，身份证号 440305201503174020，原一品证书遗失，申请补办，联系电话 15920836641。
        陈先生您好，您儿子的退费申请已受理，剩余课时22节，按合同扣除后应退3380元，将在7个工作日内原路退回您尾号6218的建设银行卡。
        家长群里阿明爸爸又在闹，说教练打了他儿子，其实是对练时护具没戴好，监控已经调出来了，视频在前台电脑的“纠纷”文件夹里。
        刚才打电话来咨询成人散打班的那位先生，回电号码 13760218843，他说晚上八点以后方便接，想问私教课能不能周末上。
        退费纠纷记录：家长 刘晓燕 称因离婚搬家至东莞，要求退还2026年9月购买的年卡余款5200元，馆方按合同只同意退4100元，她表示将向12315投诉。
        小杨教练下个月要去做半月板手术，请病假两个月，他带的周二周四晚班先由馆长代课，这事先别在家长群里说。
        保险理赔材料：被保险人 何俊熙，身份证 440304201610222730，2027年10月22日训练中左手腕骨折，就诊于深圳市儿童医院，理赔金额4860元，收款账户 6222 0240 0301 5578 219（工商银行）。
        学员 王可欣 的妈妈微信号 wkx_mama0612，备注：孩子有哮喘，随身带沙丁胺醇喷雾，剧烈训练时需每15分钟休息一次。
        续费提醒名单：赵一诺妈妈 186****3019（已读未回）、陈可乐爸爸 139****4471（说下周再续），请晚班前台再跟进一次。
        车牌粤B·7K2Q9的那辆白色SUV是郭浩然爸爸的，每次接孩子都停在消防通道上，物业已经贴了两次条，麻烦前台跟他沟通一下。
        邓女士在家长群说孩子黑带考核没过是教练偏心，扬言要在小红书上曝光，她的小红书号是 dengjia_2018，请大家不要私下回复她。
        成都武侯分馆学员档案：唐语桐，9岁，身份证 510107201809023647，父亲 唐建国，电话 17708231156，过敏史：青霉素。
        欠款登记：钱文斌 为孩子购买私教课20节共6800元，首付2000元，剩余4800元约定11月底前付清，现已逾期两周，电话一直不接。
        教练工资条 2027年11月：孙磊，基本工资6500元，课时费4320元，考级提成1180元，社保个人扣除1024.6元，实发10975.4元。
        快递单：收件人 黄丽（学员黄梓涵的妈妈），电话 15013629947，地址 广州市天河区龙口西路龙苑大厦8楼803，内容：二段证书及黑带。
        乐乐今年7岁，在福田馆周六的启蒙班，他妈妈说乐乐最近确诊了多动症，希望教练多点耐心，不要当众批评他。
        比赛报名名单第1行：许晨阳，男，2014-08-17，身份证 440306201408175515，体重级别 -45kg，教练签字后提交区体育局。
        面试记录：应聘教练 范志强，自述2019年因打架斗殴被行政拘留10天，已提供2027年开具的无犯罪记录证明，馆长意见待定。
        体测记录：姚欣怡 身高142cm 体重48.5kg BMI 24.1 血压128/84，体检医生建议排查青少年高血压，暂停对抗课一个月。
        今天18:52蓝带班吴子豪的奶奶在前台丢了钱包，里面有她的身份证和600元现金，监控显示被一名穿灰外套的男子拿走，已报警。
    """),
    "zh-Hant": _lines("""
        報名表：學員姓名 陳樂軒（Chan Lok Hin），出生日期 2017年3月2日，香港身份證號碼 Y583162(6)，家長陳太聯絡電話 9123 8856。
        黎生話佢個仔喺對練時俾人踢斷鼻骨，要求道館賠償醫藥費港幣18,500元，否則會去消委會投訴同報警。
        澳門學員 梁嘉欣，澳門居民身份證 1318274(5)，電話 6628 3917，報名詠春初班，備註：有輕微脊柱側彎，不宜做後橋動作。
        學員資料：林柏宇，身分證字號 F128745035，生日 民國103年6月11日，住址 新北市板橋區文化路二段182巷9號3樓，家長手機 0932-517-468。
        阿傑教練上個月啱啱離婚，最近狀態唔好，下星期嘅黑帶班我幫佢代住，大家唔好喺學生面前提起。
        退款記錄：學員 蘇美玲女士 因懷孕申請停課，轉數快退款 HK$4,280 至恒生銀行帳戶 024-378-512904-883，已於12月3日完成。
        家長張先生用電郵 cheung.kaming1984@gmail.com 投訴教練在課上用粗口罵他兒子，要求書面道歉及退回剩餘學費。
        台中館：吳姿瑩小妹妹上週練習旋踢時撞到頭導致腦震盪，送中國醫藥大學附設醫院急診，觀察兩天後出院，媽媽要求每週回報復健進度。
        欠費名單：何志明家長 尚欠學費 HK$6,600（共三個月），電話 6187 0023，已發兩次催繳信，下月起暫停上課。
        證書郵寄：收件人 鄭家豪，地址 香港新界沙田第一城38座21樓H室，電話 5487 2261，內容：一段證書連國技院卡。
    """),
    "en": _lines("""
        Enrolment: Ethan Tan Wei Jie, DOB 14/05/2016, NRIC T1623584E, parent Mrs Rachel Tan 9734 2618, allergies: peanuts (EpiPen in the green school bag).
        Incident report TCMA-IR-2027-014: student Aisha binte Rahman (11) dislocated her left shoulder during sparring at Tampines on 3 Nov; her mother was called at 7:48pm and she was taken to Changi General Hospital.
        Mr Lim Kok Seng says he lost his job in October and cannot pay the remaining S$1,120 instalments for his two sons; he asked us not to tell the boys.
        Please update the emergency contact for Priya Nair: her father's FIN is G5827316W, he is on an Employment Pass and relocating to KL next month.
        Coach Darren's pay for November is S$4,350 plus a S$600 grading bonus; he asked for it to go into his DBS account 120-456789-0 instead of POSB this time.
        Joanne Koh emailed from joanne.koh.sg@outlook.com asking us to remove the Facebook photo of her daughter Chloe at the grading ceremony because of a custody dispute with her ex-husband.
        Pick-up authorisation: only the grandmother, Mdm Wong Siew Lan (NRIC S6381542Z), driving SLK 3482 M, may collect Jayden Ong after the Saturday class.
    """),
    "ms": _lines("""
        Borang pendaftaran: Muhammad Aqil bin Zulkifli, MyKad 150823-10-5563, alamat No. 12, Jalan SK 3/7, Taman Seri Kembangan, 43300 Seri Kembangan, Selangor, telefon bapa 012-734 8891.
        Puan Siti Hajar binti Osman memaklumkan anaknya Aina baru disahkan menghidap epilepsi dan tidak boleh menyertai sesi sparring buat sementara waktu.
        Tuntutan bayaran balik: En. Kumar a/l Ramasamy, akaun Maybank 5642 1087 3392, jumlah RM540 bagi baki yuran anaknya yang berpindah sekolah ke Ipoh.
        Jurulatih Faizal dah tiga bulan tak bayar hutang RM2,000 kepada akademi, katanya gaji isterinya dipotong; tolong jangan bincang hal ini dalam group ibu bapa.
        Kereta nombor WVX 4417 milik ayah Danial selalu parkir di laluan kecemasan dewan; sila tegur beliau secara baik, nombor telefonnya 019-226 5730.
        Keputusan ujian gred: Lee Jia Hui, MyKad 140502-07-6218, lulus tali pinggang merah, tetapi catatan jurulatih: kerap pitam selepas latihan, ibu bapa perlu bawa ke klinik.
    """),
    "mixed": _lines("""
        家长 Mrs Chong 说 her son 钟宇轩 has asthma，训练时如果 wheezing 请马上 call 她 016-882 3471，不要等下课才通知。
        Refund case: 学员 黄俊杰 (MyKad 130917-14-3325)，parents 正在离婚，父亲 requested refund to his own CIMB account 7063 2291 48，但 mother 不同意。
        Coach 群：Kelvin 上周 kena tangkap 因为醉驾，今天不能来教课，请 admin 帮他找人 cover Saturday 的 kids class。
        报名 form: Name 李欣妍 Lee Xin Yan, NRIC T1709425J, Parent contact 8826 4173, Email leexy.family@gmail.com, Address Blk 452 Hougang Ave 10 #07-215.
        考级 result 寄错了！Sophia Wong 王诗雅 的二段 certificate 寄去了 her aunt 的地址 23 Jalan Bunga Raya, Taman Midah, 56000 Cheras，J&T 单号 630012884751 请 courier 截回。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是龙腾跆拳道馆的前台助理，负责帮前台起草发给家长的短信和微信消息，语气礼貌、简洁。",
        ),
        (
            "user",
            "帮我写一条催缴短信，发给家长孙女士（13590217734），她儿子孙浩宇的季卡欠款1380元已经逾期15天了，别写得太凶。",
        ),
        (
            "assistant",
            "孙女士您好，这里是龙腾跆拳道馆前台。浩宇本季度的课程费用1380元目前尚未结清，已超过约定付款日15天。方便的话请于本周内通过前台或小程序完成支付，如有困难也可以和我们商量分期。感谢您一直以来的支持！",
        ),
        ("user", "再加一句，如果下周五前还不交就暂停上课。"),
        (
            "assistant",
            "孙女士您好，这里是龙腾跆拳道馆前台。浩宇本季度课程费用1380元尚未结清，已超过约定付款日15天。请于下周五前完成支付，逾期未缴将暂停排课，缴清后可立即恢复。如有困难欢迎来电商量分期，谢谢理解！",
        ),
    ],
    [
        (
            "user",
            "我儿子陈嘉乐今年9岁，上周六在武馆对练时被对方踢到肚子，医院诊断脾挫伤，住院5天花了1.2万多，武馆只愿意赔3000，我该怎么办？",
        ),
        (
            "assistant",
            "很抱歉孩子受伤了。建议您先保存好病历、诊断证明、缴费票据和住院发票，并要求武馆提供当天的监控视频和训练记录。可以先与武馆书面协商，协商不成可向当地消费者协会或市场监管部门（12315）投诉，也可以申请人民调解或向法院起诉。另外看看报名时是否买了意外险，学校或社保也可能报销一部分。",
        ),
        ("user", "报名合同里写了“训练中发生的意外由学员自行承担”，这条有效吗？"),
        (
            "assistant",
            "这类条款通常属于格式条款，如果免除了经营者对人身伤害应承担的责任，依据民法典相关规定一般是无效的。武馆是否担责还要看是否尽到安全保障义务，比如有没有要求佩戴护具、是否按年龄和体重分组、教练是否在场。建议咨询当地律师确认。",
        ),
    ],
    [
        (
            "system",
            "以下是学员资料，请据此给出训练建议：姓名 蒋雨涵，女，12岁，身份证 440106201006054189，血型O型，既往病史：先天性心脏病（室间隔缺损，2015年已手术修补），监护人 蒋文斌 13926651087。",
        ),
        ("user", "这个孩子想报名参加明年的市青少年跆拳道锦标赛，可以安排她练对抗吗？"),
        (
            "assistant",
            "根据资料，雨涵有先天性心脏病手术史。建议在安排高强度对抗训练或参赛前，请监护人带她到心内科复查，取得医生出具的可参加剧烈运动的书面证明。在拿到证明前，可以先安排品势、柔韧和基础技术训练，并控制心率，训练中如出现胸闷、气短、面色发白应立即停止。",
        ),
    ],
    [
        (
            "user",
            "幫我寫封英文信畀國技院，申請補發我個仔嘅一品證書，佢叫黃子軒 Wong Tsz Hin，2015年出世，證書號碼 05-18772390，上個月搬屋唔見咗。我個電郵係 wongfamily.hk@gmail.com。",
        ),
        (
            "assistant",
            "Dear Kukkiwon Certificate Office, I am writing to request a replacement of the 1st Poom certificate issued to my son, Wong Tsz Hin (born 2015), certificate number 05-18772390. The original was lost when we moved home last month. Please let me know the required documents and fee. You can reach me at wongfamily.hk@gmail.com. Yours faithfully, Mr Wong",
        ),
        ("user", "唔該，可唔可以加一句話道館會幫手核實？"),
        (
            "assistant",
            "可以，喺第二段最後加：“His instructor at our dojang can confirm his grading record and identity if needed.” 咁樣國技院會知道有道館可以協助核實。",
        ),
    ],
    [
        ("system", "你是台灣一間跆拳道館的行政助理，協助整理學員資料。"),
        (
            "user",
            "幫我把這三位學員整理成CSV：張庭瑋 身分證B225619072 生日2012/3/5 電話0919-662-104；許芷涵 身分證H133908260 生日2013/11/20 電話0988-031-257；還有一位林柏宇之前給過了。",
        ),
        (
            "assistant",
            "姓名,身分證字號,生日,電話 張庭瑋,B225619072,2012/03/05,0919-662-104 許芷涵,H133908260,2013/11/20,0988-031-257 林柏宇的資料請再提供一次，我會補上同一格式。另外提醒您，身分證字號屬個人資料，檔案請加密存放。",
        ),
    ],
    [
        (
            "user",
            "I coach kids' taekwondo in Singapore. One of my students, Marcus Lee (NRIC T1572068E, 12 years old), told me after class that his dad hits him with a belt at home and showed me bruises on his back. What should I do?",
        ),
        (
            "assistant",
            "Thank you for taking this seriously. Stay calm, listen, and don't promise to keep it secret. Write down what Marcus said in his own words, with the date and time, and what you saw, without photographing him yourself. Inform your academy's designated safeguarding person and report it to the Child Protective Service or call the National Anti-Violence and Sexual Harassment Helpline at 1800-777-0000. If he is in immediate danger, call the police at 999.",
        ),
        ("user", "Should I tell his mother first?"),
        (
            "assistant",
            "Generally, no. Let the authorities decide how and when to involve the family, because telling a parent first could put Marcus at greater risk or lead to pressure on him to retract what he said.",
        ),
    ],
    [
        ("system", "You help a martial arts academy in Kuala Lumpur write HR documents."),
        (
            "user",
            "Write a short reference letter for my assistant instructor Nurul Ain binti Hassan (MyKad 980714-14-5026). She worked with us from March 2024 to November 2027, holds a 2nd Dan, and is applying to teach at an international school. Her phone is 011-2387 6650.",
        ),
        (
            "assistant",
            "To Whom It May Concern, I am pleased to recommend Ms Nurul Ain binti Hassan, who served as assistant instructor at our academy from March 2024 to November 2027. She holds a Kukkiwon 2nd Dan and taught children's and teens' classes with patience and professionalism. She is reliable, safety-conscious and well liked by students and parents. She can be contacted at 011-2387 6650. Yours sincerely, Head Instructor",
        ),
        ("user", "Don't put her IC number in the letter, right?"),
        (
            "assistant",
            "Correct, a reference letter does not need her MyKad number. I left it out; the school can verify identity from her own application documents.",
        ),
    ],
    [
        (
            "user",
            "Tolong semak borang ni untuk anak saya: Nama Adam Haziq bin Roslan, MyKad 160411-01-7789, umur 11, alamat 8 Jalan Mawar 2, Taman Johor Jaya, 81100 Johor Bahru, telefon ibu 013-745 2096. Ada apa-apa yang tertinggal?",
        ),
        (
            "assistant",
            "Maklumat asas sudah lengkap. Biasanya akademi juga minta nama penuh penjaga, kenalan kecemasan kedua, sejarah kesihatan (contohnya asma atau alahan), dan tandatangan persetujuan risiko latihan. Semak juga umur: jika Adam lahir April 2016, umurnya sekarang 11 tahun, jadi betul.",
        ),
        ("user", "Dia ada alahan udang, perlu tulis ke?"),
        (
            "assistant",
            "Ya, tulis dalam ruangan alahan: alahan udang. Ini penting jika akademi ada aktiviti makan bersama atau perkhemahan latihan.",
        ),
    ],
    [
        (
            "user",
            "帮我 reply 这个 parent 的 WhatsApp：Mdm Tan Bee Ling 说她女儿 Chloe Lim 脚扭到，要 refund 剩下 6 堂课 RM240，叫我们 bank in 去她的 Public Bank 3187 4420 15。",
        ),
        (
            "assistant",
            "Hi Mdm Tan, 很抱歉听到 Chloe 脚扭到了，希望她早日康复。关于剩下 6 堂课 RM240 的退款，麻烦您提供医生证明（MC），我们核对后会在 7 个工作天内 bank in 到您提供的 Public Bank 户口。如果 Chloe 之后想回来上课，也可以选择保留课时。Thank you!",
        ),
        ("user", "加一句我们 boss 要 approve 才能退。"),
        (
            "assistant",
            "Hi Mdm Tan, 很抱歉听到 Chloe 脚扭到了，希望她早日康复。关于剩下 6 堂课 RM240 的退款，麻烦您提供医生证明（MC），退款需经馆长 approve，批准后我们会在 7 个工作天内 bank in 到您的 Public Bank 户口。Thank you!",
        ),
    ],
    [
        ("system", "你是武馆的教务助理，负责把教练的口头记录整理成正式的受伤登记。"),
        (
            "user",
            "整理一下：今天晚上7点半散打成人班，学员马俊峰（32岁，电话18620551938）实战时被勾拳打到左眼，眉骨裂开大概2厘米，带班教练当场止血后让他老婆开车送去市人民医院缝了5针。",
        ),
        (
            "assistant",
            "受伤登记表 日期时间：今日19:30，散打成人班 受伤学员：马俊峰，32岁，联系电话18620551938 经过：实战对抗中左眼眉骨被勾拳击中，裂伤约2厘米 现场处理：带班教练即时压迫止血 后续：由其配偶驾车送往市人民医院，缝合5针 备注：请补充对练对象、护具佩戴情况及在场证人。",
        ),
        ("user", "好的，护具是戴了头盔的，对练对象是另一名学员。"),
        (
            "assistant",
            "已补充：受伤时佩戴头盔，对练对象为同班另一名学员。建议同时登记头盔型号与是否合规，并在48小时内回访伤者恢复情况。",
        ),
    ],
]
