# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh295: 简体中文 社区卫生服务中心与家庭医生签约（签约居民档案、慢病随访、疫苗接种、转诊、上门服务、居民群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh295
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "签约服务通知"): _lines("""
        【续约通知】2027年度家庭医生签约续约工作自1月4日起启动，已签约居民可在“健康云”App或中心一楼签约窗口办理，咨询电话021-62519087（工作日8:00-16:30）。
        温馨提示：本中心地址为长宁区仙霞路1129号，门诊楼东侧新增无障碍坡道，周六上午全科门诊照常开放，疫苗门诊周日及法定节假日停诊。
        65岁及以上老年人免费健康体检将于4月8日至5月31日分批进行，体检前一晚22:00后禁食，请按居委会通知的时段到中心二楼体检区排队，无需另行预约。
        关于调整“1+1+1”医疗机构组合签约服务时间的通知：自3月1日起，签约服务窗口午间不休息，办理时间延长至17:00，详询12320卫生热线。
        家庭医生第3团队本周五下午外出开展上门巡诊，团队门诊暂停半天，慢病配药请至全科门诊2号诊室就诊，给您带来不便敬请谅解，如有急症请直接到急诊就诊。
        长护险评估咨询请拨打中心长护险服务专线0571-86903352，或前往拱墅区米市巷街道社区卫生服务中心三楼评估办公室，周一至周五上午受理。
        流感疫苗到苗通知：2027-2028流感季四价流感病毒裂解疫苗（批号202708A031）已到货，60岁以上户籍老人可免费接种，每日限量120剂，先到先得。
        签约服务包价格公示：基础包免费；个性化服务包A（糖尿病管理）每年120元，含4次糖化血红蛋白检测；服务包B（居家护理）每年360元，医保不予报销。
        本中心已接入延伸处方系统，签约居民可在家庭医生处延伸开具上级医院处方药品，慢病长处方最长可开具12周用量，具体品目见药房公告栏。
        转诊绿色通道说明：经家庭医生转诊至复旦大学附属中山医院、上海市第六人民医院的签约居民，可优先预约专家号源，上级医院预留号源约占总量的50%。
        南山区社康管理中心公告：各社康中心统一咨询邮箱skshk@szsk-health.cn，投诉建议请拨打0755-26853999转8012，来信来电三个工作日内回复。
        朝阳区劲松社区卫生服务中心（劲松南路1号）发热诊室24小时开放，夜间就诊请走西门，急救请拨120，不要占用中心总机010-87716600。
        医保政策提示：签约居民在签约社区卫生服务中心就诊，一级医疗机构门诊统筹起付标准为200元，报销比例提高至80%，年度最高支付限额2万元。
    """),
    ("zh-Hans", "员工工作群消息"): _lines("""
        【3团队】今天上午随访完成率更新：高血压随访应完成186人，已完成141人，剩余明天补齐，系统截止时间周五18:00，各位抓紧录入。
        护士站通知：冷链温度记录仪今早08:15报警一次，冰箱B读数9.2℃，已转移疫苗至冰箱A，设备科工单号WX-20270315-044已提交。
        收到，下午两点的上门巡诊车辆已经安排好，出发点在门诊楼北门，带好血糖仪、便携心电图机和签约服务包表格，回来记得把耗材登记一下。
        各位注意：基卫系统4.2.7版本今晚22:00-24:00升级，升级期间无法录入随访记录，请提前导出当日工作量报表，明早8点前恢复。
        区卫健委督导组明天上午9点到中心，重点抽查签约档案完整性和重点人群签约率，请各团队把纸质档案柜整理好，不要放私人物品，消防通道也清理一下。
        转发疾控通知：麻腮风疫苗批号Q202706019暂停使用待复核，已接种者无需特殊处理，库存请单独封存并拍照上传到群相册。
        提醒一下，家医签约App里有30多条居民留言超过48小时没回复，考核会扣分，今天下班前每个团队把自己的留言清一下，回复模板在群公告里。
        药房补充：二甲双胍缓释片（0.5g×30片）已到货，阿托伐他汀钙片20mg仍缺货，预计下周二到，慢病长处方先按替代方案开。
        本月家医签约绩效核算表已上传到OA，路径：公共文件夹/绩效/2027-03，有疑问请在周三前找财务科核对，逾期不再调整。
        健康教育讲座场地改到街道文化活动中心二楼多功能厅，主题《冬季心脑血管疾病预防》，海报模板在群文件，请各居委会帮忙转发，报名截止到本周四中午。
        下周排班已出，周六疫苗门诊由2团队值班，周日发热诊室由全科轮值，需要调班的在排班系统里提交申请，不要私下换班，否则考勤系统对不上。
        质控反馈：上月抽查的50份高血压随访表中有7份血压值缺失、3份用药记录与处方不一致，整改清单已发工作邮箱，请各团队周四前回复整改情况。
        好的收到👍 明天早上7:30到中心集合，一起去第四居委会做老年人体检的现场采血，记得带足采血管、止血贴和冰袋，早饭中心统一准备。
    """),
    ("zh-Hans", "疫苗价目与进货单"): _lines("""
        九价人乳头瘤病毒疫苗（酿酒酵母）默沙东 Gardasil 9，1318元/剂，全程3剂，适用9-45岁女性，需提前在“约苗”小程序预约。
        重组带状疱疹疫苗（CHO细胞）葛兰素史克 欣安立适 Shingrix，1598元/剂，全程2剂间隔2-6个月，适用50岁及以上人群。
        23价肺炎球菌多糖疫苗 成都生物制品研究所 规格0.5ml/支 单价218元，60岁以上户籍老人由政府免费接种一剂，需携带医保卡和身份证件。
        13价肺炎球菌多糖结合疫苗 沃森生物 沃安欣 598元/剂，批签发编号SL20270311，有效期至2029-02-28，库存余量64支。
        冻干人用狂犬病疫苗（Vero细胞）辽宁成大 每剂68元，五针法合计340元，另收注射费每针5元，冷链储存费不另收，暴露后请于24小时内完成首针。
        四价流感病毒裂解疫苗 华兰生物 3岁以上 128元/剂；三价流感疫苗 长春所 56元/剂；60岁以上户籍老人免费，9月15日起开放预约。
        EV71肠道病毒灭活疫苗 中国医学科学院医学生物学研究所 益尔来福 198元/剂，两剂间隔1个月，适用6月龄至5岁儿童。
        商品编码 VAC-HPV2-WT01｜双价HPV疫苗（大肠杆菌）万泰沧海 馨可宁 329元/剂｜库存 46支｜冷链 2-8℃｜效期 2028-11-30
        SKU: RZV-GSK-05ML｜规格：0.5ml（冻干粉+悬液）｜批号AR9B7X2｜进货价1380.00元｜零售价1598.00元｜毛利率13.6%
        水痘减毒活疫苗 上海所 158元/剂；乙肝疫苗（10μg 重组酿酒酵母）深圳康泰 免费（一类）；成人乙肝疫苗20μg 55元/剂。
        注：以上非免疫规划疫苗价格依据《二类疫苗价格公示表（2027年第1期）》，含疫苗费和接种服务费，最终以医院收费系统实际结算为准。
        吸附破伤风疫苗 武汉所 每剂45元；破伤风人免疫球蛋白250IU 华兰生物 每支298元，伤口清创处理费另计，工作时间外请至急诊外科。
        电子发票号码24312000000184577290｜销售方：沪通医药配送有限公司（统一社会信用代码91310115MA1H7PQ25C）｜疫苗配送费合计12,480.00元｜开票日期2027-03-16
    """),
    ("zh-Hant", "港澳台基層醫療資訊"): _lines("""
        長者醫療券計劃：年滿65歲的香港居民每年可獲2,000元醫療券，累積上限為8,000元，可於參與計劃的私家醫生、中醫及地區康健中心使用。
        葵青地區康健中心（核心中心）位於葵涌和宜合道63號地下，開放時間星期一至六上午9時至晚上7時，查詢熱線3619 2600。
        衞生署長者健康服務24小時電話資訊熱線2121 8080，提供預約長者健康中心首次登記及一般健康資訊，服務時間外可留言。
        2027/28季節性流感疫苗接種計劃將於10月2日展開，合資格人士可到參與計劃的私家診所接種，政府資助每劑260元，部分診所或額外收費。
        基層醫療健康藍圖提出「家庭醫生為每一位市民」的願景，醫務衞生局局長盧寵茂教授於記者會上表示，將推動慢性疾病共同治理先導計劃。
        慢性疾病共同治理先導計劃：參加者首次篩查費用全免，確診高血壓或糖尿病後，每次治療診症共付額為150元，政府每年資助最多6次。
        澳門衞生局轉介須知：各衞生中心家庭醫生轉介仁伯爵綜合醫院專科門診後，病人將收到短訊通知，查詢請致電衞生局熱線2831 3731。
        臺北市社區醫療群公告：家庭醫師整合照護計畫會員可享每年一次免費成人預防保健，掛號請撥 (02)2709-3600 分機 1234，週日休診。
        醫管局「HA Go」應用程式更新至版本3.14.0，新增預約普通科門診及查閱化驗報告功能，支援Android 9或以上及iOS 15或以上。
        仁心堂中醫診所收費表：普通科診症連兩劑藥180元、針灸每次220元、推拿每次250元，持長者醫療券可全數或部分支付，不設找贖。
        港島東地區康健站（柴灣）將於12月24日至26日暫停服務，恢復開放後首週提供免費血壓及血糖測量，無需預約，名額每日50個。
        疫苗資料：Comirnaty Omicron XBB.1.5 批號 HH0348，有效期至2028年3月，請存放於2-8°C，開瓶後須於12小時內使用。
        香港家庭醫學學院於1977年成立，多年來推動家庭醫學專科培訓，現時院址位於香港仔黃竹坑道99號香港醫學專科學院賽馬會大樓。
    """),
    ("en", "singapore_polyclinic_faq"): _lines("""
        Q: How do I enrol in Healthier SG? A: Eligible residents aged 40 and above can enrol via the HealthHub app using Singpass, then choose a participating GP clinic or polyclinic.
        Q: Is the first health consultation free? A: Yes. The first Healthier SG consultation is fully subsidised by the Ministry of Health; later visits follow the clinic's usual rates.
        Q: What is the polyclinic appointment hotline? A: For SingHealth Polyclinics, call 6643 6969 from Monday to Friday 8am-6pm, or book online through the HealthHub app.
        Q: Where is Bukit Merah Polyclinic? A: It is at 163 Bukit Merah Central, #04-3565, Singapore 150163, about a five-minute walk from the bus interchange.
        Q: Which vaccines are on the National Adult Immunisation Schedule? A: Influenza, pneumococcal, HPV, Tdap, hepatitis B, MMR and varicella, subject to eligibility criteria.
        Q: How much does a flu jab cost? A: With CHAS Blue or Merdeka Generation subsidies, NAIS vaccines can cost as little as $0 at participating clinics; otherwise expect about $25-$40.
        Q: Can I use MediSave for my chronic condition? A: Yes, under the Chronic Disease Management Programme you can use up to $700 per year from MediSave for approved conditions.
        Q: Who do I contact about CHAS applications? A: Call the CHAS hotline at 1800 275 2427 or write to the Agency for Integrated Care; processing usually takes about 15 working days.
        Q: Does Tan & Partners Family Clinic take WhatsApp bookings? A: Yes, the clinic's WhatsApp Business line is +65 8876 2210 (verified badge); staff will never ask you for an OTP.
        Q: Is there a fee to enrol in Healthier SG? A: No. Enrolment is free for residents; participating clinics receive a fixed annual service fee from MOH for each enrolled resident.
        Q: Are home visits available for bedbound seniors? A: Home medical services are arranged through AIC-appointed providers; the referral form must be submitted by the attending doctor.
        Q: What are polyclinic opening hours on Saturdays? A: Most polyclinics open 8am-12.30pm on Saturdays; they are closed on Sundays and public holidays.
        Q: Who launched Healthier SG? A: Health Minister Ong Ye Kung presented the Healthier SG White Paper to Parliament in 2022, shifting the system toward preventive care through family doctors.
    """),
    ("ms", "notis_klinik_kesihatan"): _lines("""
        Makluman: Klinik Kesihatan Kuala Lumpur dibuka dari 8.00 pagi hingga 5.00 petang, Isnin hingga Jumaat; sila buat janji temu melalui aplikasi MySejahtera.
        Program Imunisasi Influenza 2027 untuk warga emas berumur 60 tahun ke atas bermula 1 Mac; bekalan vaksin terhad kepada 200 dos sehari di setiap klinik.
        Pesakit penyakit kronik (darah tinggi, kencing manis) digalakkan mendaftar dengan Klinik Kesihatan berhampiran untuk susulan setiap 3 bulan; bawa buku rekod rawatan anda.
        Talian umum Kementerian Kesihatan Malaysia 03-8883 3888 untuk pertanyaan am semasa waktu pejabat; bagi kecemasan sila dail 999 dengan segera.
        Yuran rawatan pesakit luar di Klinik Kesihatan: RM1.00 untuk warganegara Malaysia; warga emas dan OKU dikecualikan; bukan warganegara dikenakan RM40.00.
        Perkhidmatan rawatan di rumah disediakan oleh pasukan Klinik Kesihatan Seremban 2 pada setiap Selasa dan Khamis; rujukan mesti dibuat oleh pegawai perubatan.
        Jadual vaksinasi HPV sekolah: pelajar perempuan Tingkatan 1 akan menerima dos tunggal pada 14 April 2027; borang persetujuan perlu dikembalikan kepada guru kelas.
        Klinik Keluarga Dr. Ooi Sdn. Bhd. (No. Syarikat 201701045512), No. 12, Jalan SS 2/72, 47300 Petaling Jaya; talian WhatsApp klinik 012-388 4410 untuk temujanji sahaja.
        Skim PeKa B40 menawarkan saringan kesihatan percuma kepada penerima Sumbangan Tunai Rahmah; semakan kelayakan boleh dibuat di laman web rasmi skim tersebut.
        Notis: Sistem Teleprimary Care (TPC-OHCIS) akan diselenggara pada 20 Jun 2027 dari 10.00 malam hingga 2.00 pagi; pendaftaran pesakit akan dibuat secara manual.
        Harga vaksin di klinik swasta: Pneumokokal PCV13 RM280, Influenza Quadrivalent RM75, Hepatitis B (dewasa) RM55 sedos; harga termasuk caj suntikan.
        Sejarah: Perkhidmatan kesihatan luar bandar di Tanah Melayu diperluas pada 1956 dengan model tiga peringkat: Pusat Kesihatan Utama, Pusat Kesihatan Kecil dan Klinik Bidan.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad merasmikan sebuah Klinik Kesihatan baharu di Putrajaya dan mengumumkan peruntukan untuk menaik taraf klinik daif.
    """),
    ("mixed", "his_日志与配置"): _lines("""
        2027-03-18 09:14:22,517 INFO [FollowUpJob] batch=HTN-Q1 total=1862 done=1411 pending=451 elapsed=38.2s node=his-app-03
        2027-03-18T10:02:07+08:00 WARN vaccine.coldchain fridge_id=FRG-B02 temp_c=9.2 threshold=8.0 alarm_code=CC-TEMP-HIGH ack=false
        sign_contract: { package_code: "FDS-BASIC-2027", price_cny: 0, valid_months: 12, max_members_per_team: 2000, renew_window_days: 30 }
        ERROR [ReferralService] POST /api/v2/referrals returned 502 upstream=hospital-gw.example.org trace_id=7f3c9a1e5b2d4c88 retry=3/3
        # 配置示例：家庭医生App推送 push.provider=jpush push.app_key=demo_app_key_0000 push.quiet_hours=22:00-07:00 push.batch_size=500
        CSV表头：team_id,doctor_role,contract_type,signed_count,key_population_count,followup_rate,satisfaction_score,report_month
        DB migration 0042_add_vaccine_lot_expiry.sql applied in 1.84s; rows affected 0; checksum sha256=9b1e4c0f2a7d88e3b5c6a1f04de29b7c
        127.0.0.1 - - [18/Mar/2027:11:20:03 +0800] "GET /jktj/report?batch=2027Q1 HTTP/1.1" 200 48213 "-" "HIS-Client/5.3.1"
        接种叫号屏 config: display.rows=8, display.mask_name=true, voice.template="请{number}号到{room}接种室", refresh_ms=3000
        INFO [HL7Listener] message_type=ADT_A04 sending_facility=CHC-310105-01 receiving_app=REGIONAL-EHR ack=AA latency_ms=212
        release notes v5.3.1：修复慢病随访表血压字段为空时导出失败的问题；新增疫苗批号效期预警（提前30天）；签约率报表加载速度提升40%
        cron: 0 2 * * * /opt/his/bin/sync_signing_stats.sh --region=310105 --dry-run=false >> /var/log/his/sync.log 2>&1
        SELECT team_id, COUNT(*) AS signed FROM fd_contract WHERE status='ACTIVE' AND sign_date >= '2027-01-01' GROUP BY team_id ORDER BY signed DESC;
    """),
    ("zh-Hans", "规范与历史"): _lines("""
        根据《国家基本公共卫生服务规范（第三版）》，对原发性高血压患者每年要提供至少4次面对面随访，每次随访应询问病情、测量血压并评估是否存在危急情况。
        2016年国务院医改办等七部门印发《关于推进家庭医生签约服务的指导意见》，提出到2020年力争将签约服务扩大到全人群，形成长期稳定的契约服务关系。
        《2型糖尿病患者健康管理服务规范》要求，空腹血糖≥16.7mmol/L或≤3.9mmol/L者须在处理后紧急转诊，对紧急转诊者应在2周内主动随访转诊情况。
        唐代医家孙思邈在《备急千金要方》中提出“上医医未病之病”，常被社区卫生服务中心的宣传栏引用来说明家庭医生以预防为主、防治结合的服务理念。
        1993年11月中华医学会全科医学分会正式成立，通常被视为全科医学学科在中国内地建立的标志，此后各地陆续开展全科医生规范化培训。
        国家卫生健康委等部门2022年印发《关于推进家庭医生签约服务高质量发展的指导意见》，要求签约服务覆盖率每年提升1-3个百分点，到2035年达到75%以上。
        钟南山院士在新闻发布会上提醒老年人做好慢性病管理、按时接种疫苗，其讲话视频被多地社区卫生服务中心剪辑后用于居民健康教育材料。
        《中华人民共和国基本医疗卫生与健康促进法》第三十一条规定：国家推进基层医疗卫生机构实行家庭医生签约服务，建立家庭医生服务团队，与居民签订协议。
        2011年上海在长宁等区启动家庭医生制度试点，后来推出的“1+1+1”签约模式允许居民选择1家社区卫生服务中心、1家区级医院和1家市级医院。
        《预防接种工作规范》规定，受种者接种后应在接种单位留观30分钟，接种单位须配备肾上腺素等急救药品并定期检查效期，发生疑似异常反应须按规定报告。
        鲁迅在散文《父亲的病》中写到医生开出“经霜三年的甘蔗”和“要原配”的蟋蟀一对等药引，这篇文章常被用于讨论循证医学与医患沟通。
        慢病随访分类标准：血压控制满意（<140/90mmHg）且无药物不良反应者，预约下一次随访时间；连续两次控制不满意者，建议转诊至上级医院。
        《国家免疫规划疫苗儿童免疫程序及说明（2021年版）》规定，乙肝疫苗第1剂应在出生后24小时内接种，第2剂1月龄，第3剂6月龄。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        签约居民档案：姓名 周桂芬，性别 女，身份证号 310105195203143021，住址 长宁区天山路街道茅台路588弄12号302室，联系电话 13761829045，签约团队 3团队。
        孙建国，男，73岁，高血压3级合并2型糖尿病，本季度随访空腹血糖11.6mmol/L，自述近一月未按时服药，已建议转诊至同仁医院内分泌科。
        居民群里@梁秀英阿姨：您上周的乳腺B超报告出来了，BI-RADS 4a类，医生建议尽快去上级医院做穿刺，别拖了，需要转诊单明天来找我开。
        随访记录｜王淑珍｜2027-03-12｜BP 168/96｜心率88｜服药：氨氯地平5mg qd｜备注：老伴去世后独居，情绪低落，PHQ-9评分15分，建议精神科评估。
        上门服务预约：钱阿婆（钱凤娣），85岁，卧床两年，骶尾部压疮Ⅱ期，地址 浦东新区潍坊路3弄7号601，儿子电话 139 1628 5507，每周二上午换药。
        请帮忙回拨 18621937740，家属说老人昨晚血压180多，想问要不要加药，打了两次中心电话都没人接。
        疫苗接种登记：受种者 刘子涵，出生日期 2026-09-18，监护人 刘海峰，监护人手机 15800437216，接种 百白破第2剂，批号 202607B12，接种部位 左上臂。
        转诊单：患者 陈国华，男，身份证 440305197908211636，初步诊断 冠心病 不稳定型心绞痛，转入 深圳市人民医院心内科，请协助安排床位。
        投诉：我是翠苑一区的何丽萍，上个月去社区打HPV疫苗被告知没货，结果同一天我邻居就打上了，你们是不是留给熟人？我手机号18958013627。
        张德明老人今天又来问慢阻肺的药，他说退休金每月只有2100元，还欠着小区药店800多块钱药费，想请我们帮他申请医疗救助。
        家庭医生签约协议 乙方（居民）：吴秀兰 证件号码：11010519450607501X 联系地址：北京市朝阳区劲松八区815楼2单元504 乙方签字：吴秀兰 2027年1月6日
        群消息：“大家好，我是12号楼的林姐，我女儿林晓雯怀孕5个月了，能不能在社区建档做产检？”回复：请带孕妇身份证和母子健康手册来二楼妇保科。
        糖尿病患者名单导出：序号17，黄玉梅，女，身份证510107196111302827，糖化血红蛋白9.8%，门冬胰岛素30 早16U晚12U，电话 13550281946。
        门诊日志：朱志强 42岁 HIV抗体初筛阳性，已按规定报告区疾控，患者要求不要告知家属，本人手机 17317720589。
        老毛（毛永福）上周在小区门口摔了一跤，股骨颈骨折做了手术，现在在家卧床，家属申请长护险评估，他老婆说家里还欠亲戚五万块手术费。
        杨大哥垫付的救护车费用320元已经审批通过，报销款将转入他登记的工商银行卡6222021001134578921，请他三个工作日后查收。
        慢病随访卡｜郑永康｜310112195909250615｜脑卒中后遗症｜右侧肢体偏瘫｜照护人：女儿｜家庭住址：闵行区莘庄镇莘松路1188弄39号
        小区居民群：“谁认识5栋的冯师傅？他的车沪A7K3M2挡住了社区医院救护车通道，打他电话15021648837没人接。”
        产后访视：产妇 邓佳慧，剖宫产术后第10天，伤口愈合良好，母乳喂养，丈夫 徐磊 电话 13482617705，新生儿经皮胆红素12.4mg/dl，已嘱复查。
        社区护士说，住在我们楼下的宋丽娟离婚以后一直在吃抗抑郁药，最近又自己停药了，让她家里人多留意一下。
        严重精神障碍患者管理：谢宏伟，精神分裂症，去年因打伤邻居被行政拘留10天，目前服用利培酮2mg bid，监护人为其母亲。
        签约居民曹文斌申请减免体检费用，自述失业半年，信用卡欠款约12万元，月收入不到两千，附社区居委会出具的困难证明。
        核对一下这个身份证号：420106197304183373，系统里显示他已经在别的中心签约了，没法重复签。
        签约回执已发送至居民邮箱 xuyating1990@163.com，请徐雅婷女士确认家庭成员（父亲徐长根、母亲陶美华）的签约信息是否正确。
    """),
    "zh-Hant": _lines("""
        長者醫療券使用紀錄：陳錦華先生，身份證號碼 K482716(3)，於2027年2月14日在黃大仙區私家診所使用醫療券350元，診斷為痛風急性發作。
        林太話佢個仔梁家豪最近驗出有二型糖尿病，HbA1c 8.9%，想轉介去地區康健中心做營養師諮詢，聯絡電話 9438 2716。
        轉介信：病人 何美玲，女，68歲，香港身份證 Y305918(7)，住址 九龍觀塘秀茂坪寶達邨達富樓1512室，慢性腎病第三期，請腎科跟進。
        家醫會員資料：姓名 蔡淑惠，身分證字號 A258433107，手機 0912-538-447，住址 臺北市大安區和平東路二段118巷6號4樓，慢性病：高血壓、高血脂。
        居家醫療訪視紀錄：吳阿嬤（吳秀琴），92歲，中度失智症，長照2.0失能等級第6級，主要照顧者為外籍看護，女兒電話 0928-771-305。
        衞生中心預約：李志明先生，澳門居民身份證 5215839(2)，預約於筷子基衞生中心接種流感疫苗及複診糖尿病，聯絡電話 6628 3941。
        群組訊息：「姑娘你好，我阿爸張炳坤上星期中風入咗伊利沙伯醫院，出院之後想申請社康護士上門，唔該幫手安排。」
        疫苗接種同意書：受種者 鄭雅筑，身分證 F227198043，懷孕28週，經醫師評估後接種百日咳疫苗（Tdap），家屬簽名：鄭志偉。
    """),
    "en": _lines("""
        Patient: Tan Mei Ling, NRIC S7345128J, DOB 14/03/1973, enrolled with Healthier SG at Bukit Merah Polyclinic; newly diagnosed Type 2 diabetes, HbA1c 7.8%, mobile 9123 4587.
        Home visit note: Mr Rajesh Kumar s/o Muthu, 79, lives alone at Blk 216 Jurong East St 21 #08-142, Singapore 600216; stage 2 pressure ulcer, daughter Priya on 8765 2093.
        Hi doctor, this is Grace Lim's son. Mum has been skipping her warfarin because she can't afford the co-payment since the divorce settlement wiped out her savings.
        Appointment reminder sent to wongkahwai88@gmail.com: Mr Wong Kah Wai, SGH Cardiology, 3 Apr 2027 10:40am, ref REF-2027-00471; bring your NRIC S5812736A.
        Note for the team: Daniel Chua from the Tampines cluster tested positive for hepatitis C last week and hasn't told his wife yet, so keep it off the family group chat.
        Vaccination record: Nguyen Van Hoang, FIN G5638214W, Work Permit holder, staying at Tuas South Dormitory Blk C Rm 3-12, received Tdap and influenza on 02/02/2027.
    """),
    "ms": _lines("""
        Rekod susulan: Encik Mohd Faizal bin Abdullah, No. MyKad 650812-10-5523, pesakit darah tinggi dan kencing manis, tinggal di No. 27, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam; telefon 013-482 7715.
        Puan Siti Aminah binti Hassan, 34 tahun, hamil anak ketiga (kandungan 20 minggu), disahkan anemia teruk Hb 7.2 g/dL; suami bekerja di Singapura dan sukar dihubungi.
        Assalamualaikum doktor, saya Kak Ros dari Blok B PPR Lembah Subang, ayah saya Ismail bin Omar dah 3 hari demam, boleh doktor datang rumah? No saya 019-336 2084.
        Rujukan ke Hospital Tengku Ampuan Rahimah: pesakit Tan Boon Keat, MyKad 570304-07-6219, disyaki kanser kolon, masih berhutang RM8,400 kepada hospital swasta sebelum ini.
        Rekod imunisasi bayi: Nur Aisyah binti Rahman, lahir 05/01/2027, MyKid 270105-14-0862, ibu Nurul Huda binti Salleh, telefon 011-2734 9906, BCG dan Hep B dos 1 telah diberi.
    """),
    "mixed": _lines("""
        R2027-00881,罗晓燕,320582198801124744,13951276630,癫痫,team=2,last_followup=2027-02-27,note=孕期停药风险
        2027-03-18 14:07:33 INFO [SMS] sent template=FOLLOWUP_REMIND to=13651872290 name=韩桂兰 content='韩阿姨您好，明天上午请来测血压' status=DELIVERED
        Dr 你好，我係 Jason Ho 嘅老婆 Cindy，佢 last week 喺 Queen Mary 做完 bypass，出院後 BP 成日 160 以上，可唔可以 arrange home visit？我 WhatsApp 6281 3359。
        {"patient":"Ahmad Zulkifli","mykad":"810224-14-6637","dx":"pulmonary TB, smear positive","contact_tracing":["wife","2 children"],"phone":"012-905 4418"}
        阿May，你妈妈的 mammogram result 出来了，Dr 说有个 2cm lump 要 refer 去 Hospital Kuala Lumpur，她的 IC 是 620917-08-5124，记得带去。
        Reminder：签约居民 Mr 李伟强（HP 9726 4180）的 CDMP claim 被 reject 了，原因是 MediSave 余额不足 $120，请通知他 top up 或改用现金付款。
        家访 form ▸ Name: 黄志坚 / Age: 66 / Addr: Blk 405 Ang Mo Kio Ave 10 #11-1287 / Dx: 肝癌晚期, palliative care / Next of kin: 女儿 Hui Min 8112 7364
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是社区卫生服务中心的家庭医生助手，帮助医生整理慢病随访记录，回答要简洁规范。",
        ),
        (
            "user",
            "帮我把这段话整理成规范的随访小结：患者潘玉兰，女，71岁，身份证31010419551008204X，今天测血压172/98，头晕两天，氨氯地平一直在吃，她说儿子最近要离婚，睡不好。",
        ),
        (
            "assistant",
            "随访小结（高血压）：患者潘玉兰，女，71岁。本次血压172/98mmHg，主诉头晕2天，规律服用氨氯地平。存在家庭应激因素，睡眠差。评估：血压控制不满意。建议：调整降压方案，2周内复诊；如出现剧烈头痛、胸痛或肢体无力，立即转诊上级医院。",
        ),
        ("user", "要不要把她家里的事写进去？"),
        (
            "assistant",
            "建议只写与健康相关的概括，例如“近期存在家庭应激，睡眠质量差”，不必写明离婚等具体家事，以保护居民隐私。",
        ),
    ],
    [
        (
            "system",
            "以下是今天需要电话提醒接种的居民：1. 戴秋萍，13818264490，带状疱疹疫苗第2剂；2. 邵建军，13601973358，23价肺炎疫苗。请根据用户要求生成提醒话术。",
        ),
        ("user", "帮我写一段给第一位居民的电话提醒话术，语气亲切一点。"),
        (
            "assistant",
            "戴阿姨您好，我是社区卫生服务中心疫苗门诊的工作人员。您的带状疱疹疫苗第2剂已经到接种时间了，请您这周内带上身份证和接种本，工作日上午8点到11点来二楼接种室，接种前正常吃饭即可。有问题可以随时回拨中心电话，谢谢您！",
        ),
    ],
    [
        (
            "user",
            "My father Mr Goh Teck Seng (NRIC S4829113I) is 76 and has just been discharged from Changi General after a mild stroke. Can he enrol in Healthier SG and get home visits?",
        ),
        (
            "assistant",
            "He can enrol in Healthier SG through the HealthHub app with his Singpass, or you can help him at his chosen GP clinic. For home visits after a stroke, ask the hospital's medical social worker or his family doctor to refer him to an AIC-appointed home medical provider.",
        ),
        ("user", "He lives alone at Blk 58 Marine Terrace #05-211. Will the nurse come there?"),
        (
            "assistant",
            "Yes, home medical and nursing teams visit the patient's home address on the referral. Please make sure someone can let them in, and keep his discharge summary and medication list ready for the first visit.",
        ),
    ],
    [
        ("system", "你是香港地區康健中心的查詢助理，以繁體中文回答。"),
        (
            "user",
            "我阿媽吳玉珍今年70歲，身份證 C539271(1)，有高血壓同膝關節退化，想問佢可唔可以用長者醫療券睇物理治療？",
        ),
        (
            "assistant",
            "可以。年滿65歲的香港居民可以用長者醫療券支付已登記的私家物理治療師服務。另外，地區康健中心亦為會員提供物理治療評估及小組運動班，你可以帶同媽媽的身份證到就近中心登記成為會員。",
        ),
        ("user", "佢住喺沙田禾輋邨豐和樓，最近邊間中心？"),
        (
            "assistant",
            "沙田區的地區康健中心位於沙田市中心一帶，你可以先致電中心查詢最新地址及預約時間，登記時記得帶埋長者醫療券資料同醫生轉介信（如有）。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya, anak saya Muhammad Irfan bin Zainal, MyKid 260611-10-1337, baru 6 bulan. Vaksin apa yang dia patut ambil bulan ini?",
        ),
        (
            "assistant",
            "Mengikut Jadual Imunisasi Kebangsaan, pada umur 6 bulan bayi biasanya menerima dos ketiga vaksin Hepatitis B dan vaksin kombinasi seperti DTaP-IPV-Hib. Sila bawa buku rekod kesihatan bayi ke Klinik Kesihatan berhampiran untuk pengesahan.",
        ),
        ("user", "Dia ada demam sikit semalam, 37.8. Boleh tak cucuk juga?"),
        (
            "assistant",
            "Demam ringan biasanya tidak menghalang vaksinasi, tetapi doktor atau jururawat akan memeriksa anak anda dahulu. Jika suhu melebihi 38°C pada hari temu janji, mereka mungkin menangguhkan vaksin.",
        ),
    ],
    [
        ("system", "你是数据脱敏助手。用户会给你签约居民数据，你需要判断哪些字段属于个人信息。"),
        (
            "user",
            "这一行要上传到市平台：R2027-01342,严德胜,男,1948-05-21,13162089455,慢性阻塞性肺病,长宁区古北路1599弄20号1101。哪些字段要处理？",
        ),
        (
            "assistant",
            "以下字段属于个人信息：姓名严德胜、出生日期1948-05-21、手机号13162089455、家庭住址古北路1599弄20号1101，以及疾病诊断慢性阻塞性肺病（敏感健康信息）。建议姓名和手机号去除或替换为编码，出生日期只保留年份，住址只保留到街道。",
        ),
        ("user", "档案编号R2027-01342可以保留吗？"),
        (
            "assistant",
            "档案编号可以与其他信息关联到具体居民，属于可识别信息。如果平台需要用它去重，建议改为不可逆的哈希编码后再上传。",
        ),
    ],
    [
        (
            "user",
            "Can you translate this referral note to English? 转诊说明：患者 Lim Siew Hong（林秀凤），女，58岁，MyKad 680423-07-5310，乳腺癌术后三年，近期发现腋下淋巴结肿大，请 Penang General Hospital 肿瘤科进一步评估。",
        ),
        (
            "assistant",
            "Referral note: Patient Lim Siew Hong, female, 58, MyKad 680423-07-5310. Three years after breast cancer surgery, recently found to have enlarged axillary lymph nodes. Kindly refer to the Oncology Department, Penang General Hospital, for further evaluation.",
        ),
        ("user", "Thanks. Add that her contact is 016-472 3851 and she prefers Hokkien."),
        (
            "assistant",
            "Added: Contact number 016-472 3851. The patient prefers to communicate in Hokkien.",
        ),
    ],
    [
        ("system", "你是社区卫生服务中心办公室的写作助手，帮助工作人员回复居民投诉。"),
        (
            "user",
            "居民向勤芳在12345投诉我们上门服务迟到两个小时，她家老人向德贵87岁，糖尿病足溃烂需要换药，她手机15692038871，帮我写一段回复。",
        ),
        (
            "assistant",
            "向女士您好：非常抱歉，上周家庭医生团队上门为向德贵老先生换药时迟到约两小时，给您和老人带来了不便与担忧。经核查，当天团队在前一户处置突发情况后延误，且未及时电话告知，是我们的工作疏漏。今后上门前将提前一小时电话确认到达时间，如有延误会第一时间通知您。再次向您致歉。",
        ),
        ("user", "要不要在回复里写上她的电话？"),
        (
            "assistant",
            "不需要。回复是直接发给投诉人的，正文里无需出现她的手机号；工单系统中保留联系方式即可。",
        ),
    ],
    [
        ("system", "你是臺灣社區醫療群的居家醫療個案管理助理，請以繁體中文回答。"),
        (
            "user",
            "新收案個案：林金水，男，84歲，身分證 H120558345，住 桃園市中壢區中山路二段88巷3弄5號，臥床、鼻胃管、第二期壓瘡，兒子林信宏 0935-602-118。請幫我列首次訪視要準備的東西。",
        ),
        (
            "assistant",
            "首次居家訪視建議準備：1. 生命徵象量測工具（血壓計、血氧機、體溫計）；2. 傷口護理包及敷料，評估壓瘡範圍並拍照記錄（須取得家屬同意）；3. 鼻胃管更換及固定用物；4. 用藥清單核對表；5. 長照需要評估表與照顧者負荷量表。出發前請先致電林先生兒子確認訪視時間。",
        ),
    ],
    [
        (
            "system",
            "Clinic assistant for Orchard Family Medicine. Current patient on screen: Ms Priscilla Ng Hui Wen, DOB 09/11/1990, NRIC S9045127H, 16 weeks pregnant, history of gestational diabetes in first pregnancy, mobile 9034 6618.",
        ),
        ("user", "Draft a short SMS to remind her about the glucose tolerance test next Tuesday."),
        (
            "assistant",
            "Hi Priscilla, this is Orchard Family Medicine. A reminder that your glucose tolerance test is next Tuesday at 8.30am. Please fast from 10pm the night before (plain water is fine) and allow about 2.5 hours. Reply YES to confirm or call us to reschedule.",
        ),
        ("user", "Make it more formal and don't mention the pregnancy."),
        (
            "assistant",
            "Dear Ms Ng, this is Orchard Family Medicine. Your scheduled test is on Tuesday at 8.30am. Please fast from 10pm the night before; plain water is permitted. Kindly reply YES to confirm or contact the clinic to reschedule.",
        ),
    ],
]
