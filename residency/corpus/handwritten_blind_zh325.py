# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh325: 简体中文 社区献血屋与无偿献血志愿者（献血登记、血型、体检不合格、献血证、志愿者排班、微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh325
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "献血屋公告"): _lines("""
        【温馨提示】人民广场爱心献血屋本周六（12月13日）开放时间调整为9:00-17:00，14:30后暂停单采血小板登记，全血正常采集，咨询电话021-63501234。
        因设备年检，福田中心区献血屋12月15日至17日暂停开放，请就近前往华强北献血点或市血液中心（梅岗南街1号）献血，给您带来不便敬请谅解。
        冬季血液库存偏紧：截至12月6日18时，全市O型、B型红细胞库存均低于7天警戒线，欢迎符合条件的市民就近到各献血点参与无偿献血。
        献血前请吃清淡早餐，勿空腹，前一晚避免饮酒、熬夜及油腻饮食；服用阿司匹林类药物须停药5天以上方可捐献单采血小板，献血当天请携带本人有效身份证件原件。
        献血后可凭电子献血证在“献血者之家”小程序领取纪念品一份（保温杯或环保袋二选一），每日限量200份，先到先得，领完即止。
        本献血屋招募周末志愿者，主要负责引导填表、献血后观察区陪护、茶歇补给，需年满18周岁并完成2学时岗前培训，报名请在公众号后台回复“志愿者”。
        按照《献血法》第十四条，无偿献血者临床需要用血时，免交血液采集、储存、分离、检验等费用；其配偶和直系亲属可按本省规定免交或减交。
        流动献血车本周行程：周二 科技园腾讯滨海大厦北门，周四 南山区政府广场，周六 海岸城购物中心东广场，每日10:00-16:00，雨天顺延。
        献血屋访客Wi-Fi名称：XianXueWu_Guest，密码见服务台立牌；饮水机、充电宝租借柜位于休息区左侧，血压计和血红蛋白仪仅供工作人员操作。
        元旦献血活动：12月28日至1月3日参与献血即可获得“熊大熊二”联名暖手宝一个，另有华侨城欢乐谷门票兑换券限量800张。
        迁址通知：原解放碑献血屋迁至渝中区民族路188号环球金融中心B1层，新址于2026年1月1日启用，原址自12月31日18:00起停止服务。
        12·5国际志愿者日：本献血屋今年累计接待献血者6,842人次，采集全血2,317,600毫升、单采血小板1,204个治疗量，感谢每一位爱心市民。
        体检不合格常见原因：血红蛋白偏低、血压过高、转氨酶（ALT）超标、近期服药或拔牙；初筛不合格不影响下次献血，调整好状态欢迎再来。
    """),
    ("zh-Hans", "faq"): _lines("""
        问：献全血后多久可以再献？答：全血献血间隔不少于6个月；单采血小板间隔不少于2周，且一年不超过24次；献全血后献血小板需间隔3个月。
        问：献血年龄有什么要求？答：18至55周岁；既往无献血反应、符合健康检查要求的多次献血者，主动要求再次献血的，年龄可延长至60周岁。
        问：体重多少才可以献血？答：男性不低于50公斤，女性不低于45公斤；单次献400毫升全血的，现场医生会结合体重和血红蛋白综合评估。
        问：纹身、文眉、打耳洞后能献血吗？答：需要间隔一段时间，各地执行标准从6个月到1年不等，内镜检查、针灸后也有暂缓期，以现场医生评估为准。
        问：电子献血证怎么查？答：关注所在地血液中心公众号，进入“我的献血”，本人实名登录即可查看；纸质献血证遗失的，可凭电子证明正常使用。
        问：献血后能去健身房吗？答：献血后24小时内避免剧烈运动、高空作业和长时间驾驶，针眼处创可贴保留4小时以上，当天多喝水、少喝酒。
        问：例假期间能献血吗？答：女性月经期及前后三天、妊娠期及流产后未满六个月、分娩及哺乳期未满一年者暂不能献血，其余时间可以正常献血。
        问：感冒好了多久能献？答：普通感冒、上呼吸道感染病愈满1周后可献血；急性胃肠炎病愈满1周；急性泌尿道感染病愈满1个月后方可献血。
        问：Rh阴性血能献吗？答：可以，俗称“熊猫血”，在汉族人群中约占0.3%～0.4%，多数血站建有稀有血型献血者档案，临床急需时优先联系。
        问：献血会不会感染疾病？答：不会。采血使用一次性无菌耗材，血袋、针头均为一次性使用，用后按医疗废物统一处置，不存在交叉感染风险。
        问：献血积分怎么兑换？答：每献全血200毫升计1分，单采1个治疗量计2分，积分可在“爱心商城”兑换电影票或公园年卡，有效期24个月。
        问：无偿献血奉献奖怎么评？答：由国家卫生健康委、中国红十字会总会和中央军委后勤保障部卫生局联合表彰，献全血40次以上可获金奖。
        问：献血前能喝奶茶吗？答：不建议。献血前请避免高脂肪的炸鸡、奶茶和全脂牛奶，以免血液脂肪过高（俗称乳糜血）导致血液报废。
    """),
    ("zh-Hans", "志愿者微信群"): _lines("""
        @所有人 周六上午班还缺2位引导岗，9:00到岗，下午班已满，想换班的直接在接龙里改，别私聊站长，下午4点统一截止，谢谢大家配合～
        库房通知：纪念品保温杯剩43个，环保袋剩120个，周三血站补货，登记表第3页“发放数量”请每小时汇总一次，别等到下班再补。
        #接龙 12月14日排班：1. 上午引导岗 2人 2. 茶歇岗 1人 3. 观察区 2人 4. 拍照宣传 1人，请按“岗位+时段”格式报名，满员后自动截止。
        提醒：今天下午2号采血椅旁的血压计读数偏高，已联系设备科，暂时用3号位那台，体检台的同事遇到临界值请一律休息5分钟后复测一次。
        刚才观察区有位献血者出现轻度头晕，已平卧、喝糖水，15分钟后好转自行离开，反应记录已按流程登记，下午人多，大家多巡视几圈。
        下周二高校团体献血，由深圳大学团委对接，预计120人，请大家提前半小时到，志愿者马甲在储物柜B，记得戴工牌、带充电宝，午饭由校方统一提供。
        宣传组：海报终稿已上传群文件《冬季献血海报_v3.psd》，字体请统一用思源黑体，不要用微软雅黑，商用授权有问题，改好后周四前发给血站宣传科。
        今日数据：登记86人，初筛合格71人，实际采血68人，全血共23,400毫升，单采4个治疗量；初筛不合格主要是血红蛋白低和血压高。
        志愿服务时长已在“i志愿”平台同步，12月前两周的时长明天中午前审核完，有问题在群里说，管理员统一处理，不要单独找护士长。
        茶歇区的饼干是嘉顿赞助的，请勿带回家；葡萄糖口服液放在冰柜第二层，批号20250611那批已过期下架，发现漏网的直接扔掉。
        空调报修单号 BX20261206-0032 已提交物业，师傅预计下午4点到，在那之前观察区温度偏低，给献血者多备两条毛毯。
        明天电视台来拍公益短片，出镜只拍背影和手臂，任何献血者的脸、登记表和电脑屏幕都不要入镜，拍摄前一定先征得本人同意并签拍摄知情书。
        再强调一次：不要在群里发献血者登记表的照片或截图，里面有身份证号和检测结果，确实需要核对请走内部系统工单，违规截图的一律移出群聊。
    """),
    ("zh-Hant", "捐血公告"): _lines("""
        香港紅十字會輸血服務中心提提你：捐血前四小時內請進食正餐，捐血前一晚要有充足睡眠，捐血後24小時內避免劇烈運動、飲酒及搬運重物。
        旺角捐血站逢星期一休息，其餘日子上午10時30分至晚上7時30分開放，預約及查詢請致電捐血站熱線 2710 1234 或瀏覽官方網站。
        台灣血液基金會公告：因應寒流來襲，台北捐血中心所屬捐血室12月20日起延長服務至晚上8點，捐滿500CC加贈超商禮券100元。
        澳門捐血中心辦公時間：星期一至五上午9時至下午5時，星期六上午9時至下午1時，星期日及公眾假期休息，團體捐血請提前兩星期預約。
        捐血資格：年齡16至65歲，體重41公斤或以上；16至17歲首次捐血須由家長簽署同意書，60歲以上首次捐血者恕不接受，定期捐血者可捐至65歲。
        捐血車本週停靠點：週二 臺大醫院公園路側、週四 臺北車站東三門、週六 信義威秀影城前廣場，9:00-17:00，遇雨照常服務。
        捐血紀念品兌換：累計捐血滿10次可兌換「捐血一袋 救人一命」紀念保溫瓶，需出示捐血卡正本，電子捐血卡請於官方App內出示。
        血庫存量（12月6日）：O+ 4.2日、A+ 5.1日、B+ 3.8日、AB+ 6.0日；O型及B型存量偏低，呼籲市民踴躍前往各捐血站捐血。
        如天文台懸掛八號或以上熱帶氣旋警告信號，所有捐血站及流動捐血車即時暫停服務，請留意 www.give-blood.org 最新公布。
        捐血後14天內如出現發燒、腹瀉或確診傳染病，請盡快致電捐血者熱線通知中心，以便及時攔截相關血液製品，保障受血者安全，多謝你的合作。
        成分捐血（血小板分離術）每次約需60至90分鐘，兩次間隔至少2週，全年不超過24次，請預留充足時間並於前一天預約，當日請勿空腹前來。
        捐血中心誠徵假日志工，協助捐血人報到引導、點心發放及環境整理，每班4小時，服務滿30小時可申請志願服務紀錄冊，報名請洽各捐血室服務台。
        元旦連假捐血活動：1月1日至3日於各捐血室捐血，即贈「蠟筆小新」聯名暖暖包乙份，數量有限，送完為止，贈品不得指定款式，亦不得折換現金。
    """),
    ("en", "log_lines"): _lines("""
        2026-12-06T09:02:17+08:00 INFO kiosk-03 donor_queue.open site=SH-RMGC-01 capacity=40 wait_est_min=12 build=4.8.2
        2026-12-06T09:15:44+08:00 WARN bp-monitor-2 reading_out_of_range sys=168 dia=104 action=recheck_required device_sn=HEM7136-88213
        2026-12-06T10:03:09Z INFO label-printer-1 printed batch=BL-2612-A0381 count=24 template=ISBT128_v3 status=ok
        [2026-12-06 11:20:33] ERROR sync-agent upload to https://api.bloodcentre.example.cn/v2/collections failed: HTTP 503, retry in 30s (attempt 2/5)
        2026-12-06 12:00:00 CRON stock_report generated O+=6.2d A+=7.8d B+=5.9d AB+=11.4d O-=2.1d file=stock_20261206_1200.csv sha256=9f2c1e07ab44d3
        2026-12-06T13:47:52+08:00 INFO fridge-02 temp=4.1C humidity=38% door=closed alarm=none probe=PT100-B firmware=2.3.1
        2026-12-06T14:05:10+08:00 INFO wechat-notify sent template_id=TPL_8JX2K9 recipients=1 type=donation_reminder latency_ms=212
        2026-12-06T15:31:02+08:00 WARN agitator-04 weight_reached=420g target=400g tolerance=10pct stop_reason=volume_ok bag_lot=TG2611-0457
        2026-12-06T16:58:41+08:00 INFO shift.close site=SZ-FT-02 registered=86 deferred=15 collected=68 platelets=4 reactions=1 severity=mild
        Dec 06 17:02:11 donorhouse-gw nginx[2231]: 10.20.3.15 - - "GET /api/v1/slots?date=2026-12-13&site=SG-OUTRAM HTTP/1.1" 200 1532
        2026-12-06T17:30:00+08:00 INFO backup job=pg_dump db=donorhouse size=2.4GB dest=s3://bloodbank-backup-sg/daily/ duration=184s
        2026-12-06T18:12:45+08:00 ERROR sms-gateway provider=aliyun code=isv.BUSINESS_LIMIT_CONTROL template=SMS_468201 retry=false
        2026-12-06T18:40:19+08:00 INFO courier.handover tracking=SF1402883755210 box=cold-chain-07 temp_logger=TL-5590 dest=central-lab
    """),
    ("mixed", "config_and_code"): _lines("""
        DONOR_MIN_AGE=18 DONOR_MAX_AGE=60 WHOLE_BLOOD_INTERVAL_DAYS=180 PLATELET_INTERVAL_DAYS=14  # 依据 GB 18467 献血者健康检查要求
        hb_threshold: {male: 120, female: 115}  # 单位 g/L，低于阈值时提示“血红蛋白偏低，本次暂缓献血”
        def can_donate(last, kind): return (date.today() - last).days >= (180 if kind == "whole" else 14)  # 简化版，未含年度24次上限
        CREATE TABLE donation (id BIGSERIAL PRIMARY KEY, site_code VARCHAR(16), blood_type CHAR(3), volume_ml SMALLINT, created_at TIMESTAMPTZ);  -- 献血记录表
        test_donor = {"name": "<NAME_PLACEHOLDER>", "id_card": "<ID_PLACEHOLDER>", "blood_type": "O+", "volume_ml": 400}  # 单元测试用，勿接生产库
        ABO_RH = ["A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-"]  # Rh(D) 阴性在汉族人群约 0.3%，前端要高亮显示
        schedule: "0 18 * * *"  job: stock_report  targets: [wecom://group/blood-stock, mailto:stock-alert@bloodcentre.example.org]
        i18n.zh_CN.deferral.low_hb = "您本次血红蛋白检测未达标，建议多吃含铁食物，3个月后再来～"  i18n.en.deferral.low_hb = "Haemoglobin below threshold today."
        SELECT site_code, blood_type, SUM(volume_ml)/1000.0 AS litres FROM donation WHERE created_at >= '2026-12-01' GROUP BY 1, 2 ORDER BY 3 DESC;  -- 月度统计
        wechat: {appid: wx8a1c0f5e2d7b3c91, template: 献血预约成功通知, page: pages/booking/detail?slot_id=SLOT-20261213-0930}
        version: "donorhouse-kiosk 4.8.2 (build 20261201.3)"  changelog: 修复身份证 OCR 强光下识别失败；新增 Bahasa Melayu 界面
        if not (90 <= bp_sys < 140 and 60 <= bp_dia < 90): defer(reason="BP_OUT_OF_RANGE", days=1)  # 血压不在范围，休息后可复测一次
        .env.example: SMS_SIGN=【市血液中心】 SMS_TEMPLATE_REMIND=SMS_468201 REDIS_URL=redis://localhost:6379/2 LOG_LEVEL=info
    """),
    ("ms", "notis"): _lines("""
        Pusat Darah Negara di Jalan Tun Razak, Kuala Lumpur dibuka setiap hari termasuk hujung minggu; waktu operasi pada cuti umum tertakluk kepada notis di laman web rasmi.
        Syarat menderma darah: berumur 18 hingga 60 tahun (17 tahun dengan kebenaran bertulis ibu bapa), berat badan sekurang-kurangnya 45 kg dan sihat pada hari pendermaan.
        Kempen Derma Darah sempena Hari Penderma Darah Sedunia akan diadakan di Mid Valley Megamall pada 14 Jun, 10 pagi hingga 5 petang; cenderahati disediakan untuk semua penderma.
        Penderma digalakkan makan dan minum secukupnya sebelum menderma, elakkan makanan berlemak dan pastikan tidur sekurang-kurangnya 5 jam pada malam sebelumnya.
        Selang masa antara derma darah penuh ialah sekurang-kurangnya 3 bulan; bagi derma platelet melalui afaresis, selang masa minimum ialah 2 minggu.
        Notis: Bas derma darah bergerak akan berada di perkarangan Masjid Wilayah Persekutuan pada hari Jumaat selepas solat Jumaat, 2.30 petang hingga 6.00 petang.
        Untuk menganjurkan kempen derma darah di syarikat atau universiti anda, hubungi unit kempen Pusat Darah Negara di talian 03-2613 2688 pada waktu pejabat.
        Sukarelawan diperlukan untuk kempen di Universiti Malaya pada 20 Disember: tugas termasuk pendaftaran, agihan minuman dan pemantauan penderma selepas menderma.
        Stok darah semasa di Hospital Pulau Pinang: kumpulan O rendah, A dan B sederhana, AB mencukupi; orang ramai diseru menderma di Bank Darah, tingkat 2, Blok A.
        Terima kasih kepada Restoran Nasi Kandar Pak Hussain, Jalan Penang, yang menaja 300 bungkus nasi untuk penderma di kempen George Town minggu lalu.
        Semak rekod derma anda melalui aplikasi rasmi; rekod dikemas kini dalam tempoh 48 jam selepas derma dan sijil digital boleh dimuat turun dalam format PDF.
        Penderma yang pulang dari kawasan endemik malaria perlu menunggu sekurang-kurangnya 12 bulan sebelum menderma; sila isytiharkan sejarah perjalanan dalam borang.
        Invois INV-PDN-2026-1187: 500 unit beg darah berganda @ RM18.50, 20 kotak kapas alkohol @ RM36.00, jumlah RM9,970.00 termasuk SST, pembekal Medi-Supplies Sdn Bhd.
    """),
    ("zh-Hans", "历史与新闻"): _lines("""
        1901年，奥地利科学家卡尔·兰德施泰纳发现ABO血型系统，并于1930年获诺贝尔生理学或医学奖；世界献血者日定在6月14日，正是他的生日。
        2004年，世界卫生组织、红十字会与红新月会国际联合会等机构共同发起首个世界献血者日，次年第58届世界卫生大会将其确定为年度纪念日。
        澳大利亚的詹姆斯·哈里森被称为“金臂人”，他的血浆含有罕见抗体，被用于制备抗D免疫球蛋白，据报道半个多世纪里捐献血浆1100余次。
        全国道德模范郭明义长期坚持无偿献血，据媒体报道其累计献血量达6万多毫升，相当于自身全部血量的十多倍，并带动组建了多支献血志愿服务队。
        1998年10月1日，《中华人民共和国献血法》正式施行，确立了无偿献血制度，提倡18周岁至55周岁的健康公民自愿献血，此前实行多年的计划献血逐步退出。
        二战期间，美国医生查尔斯·德鲁（Charles Drew）主持“Blood for Britain”项目，改进了血浆分离与大规模储存技术，被誉为现代血库先驱之一。
        1665年，英国医生理查德·洛厄首次完成狗与狗之间的输血实验；1818年，詹姆斯·布伦德尔完成了有记录的首例人与人之间输血。
        1914年前后，比利时医生阿尔贝·于斯坦等人将枸橼酸钠用作抗凝剂，使血液得以在体外短期保存，为后来的血库奠定了技术基础，输血从此不必在床边直接进行。
        1937年，伯纳德·范特斯在芝加哥库克县医院建立了美国第一家医院血库，“blood bank”一词由此流行开来，此后医院血库模式迅速推广到世界各地。
        1940年，兰德施泰纳与亚历山大·维纳发现Rh血型系统，解释了新生儿溶血病等此前难以理解的输血反应，Rh阴性也因此被称为稀有血型。
        新加坡卫生科学局（HSA）下设 Bloodbank@HSA、Bloodbank@Dhoby Ghaut、Bloodbank@Woodlands 和 Bloodbank@Westgate 等献血点，以无偿献血为唯一来源。
        世界卫生组织认为，献血率达到人口的1%～3%才能基本满足一个国家的临床用血需求，近年我国千人口献血率已超过11，但与部分发达国家相比仍有差距。
        据当年报道，2008年汶川地震发生后，成都各献血点连日排起长队，不少市民冒雨等候数小时，血液中心一度呼吁市民错峰献血，避免短期内血液过期浪费。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        献血登记：姓名 邓嘉怡，女，身份证号 440304199304126724，血型 O型Rh阳性，手机 139 2781 4465，本次献全血400ml，地点 福田中心区献血屋。
        周俊峰先生初筛血压152/98，本次暂缓献血，他自己说上个月单位体检刚查出高血压，现在每天在吃氨氯地平。
        12月14日排班更新：上午引导岗 程晓雯（手机18620935517），茶歇岗 吴立群，观察区 陶慧敏、梁振宇，下午班不变。
        群里别再@阿杰了，他上周献血查出乙肝表面抗原阳性，血站已经打电话通知他去医院复查，这事他不想让别人知道。
        林太今早来献血屋说她怀孕三个月了，问之前献的血会不会有影响，我让她先别来了，已经在登记本上备注“妊娠期暂缓”。
        献血证补办申请：申请人 孙伟强，原献血证编号 粤4403-2019-0087621（遗失），邮寄地址 深圳市南山区南联路12号3栋502室。
        刚才用13510286642打进来的那位献血者，说献完以后手臂淤青一大片，让护士长尽快回个电话。
        尊敬的马丽娟女士：您于2026年11月29日捐献的血液经检测ALT为86 U/L，超出标准，暂不能用于临床，建议您近期到医院复查肝功能。
        20261206-037,黄晓东,男,34,A+,0,血红蛋白108g/L不合格,13602517783
        老陈（陈国栋）献血三十多次了，这次说儿子在外面欠了网贷二十多万，天天有人催收，心情很差，血压也高，劝他先回家休息。
        稀有血型档案：钟雅琪，Rh阴性AB型，微信号 zhongyq_0617，住址 成都市武侯区玉林北路23号附2号4楼，紧急联系人 母亲。
        献血者投诉：我叫秦海涛，上周六在人民广场献血屋等了两个多小时，护士扎了三针才进去，现在胳膊还肿，要求给个说法，电话17702135586。
        志愿者刘思远（华东师范大学，学号 2023110452）本学期累计服务时长46.5小时，已在i志愿平台审核通过，证明可到服务台领取。
        志愿者交通补贴发放：罗美玲，招商银行卡号 6214 8301 2475 6639，12月补贴180元，请财务本周五前转账。
        【献血预约】何文博 预约2026-12-13 09:30单采血小板，身份证后四位3515，手机15907133842，请提前15分钟到场签到。
        唐阿姨（唐秀英）前年离婚后一个人住，这次献完血差点晕倒，没人来接，我们派志愿者把她送回鞍山四村28号301室。
        韩冬梅（邮箱 handongmei88@163.com）的献血样本HIV抗体初筛呈反应性，按规定由血站专人一对一通知确认检测，请勿在群内讨论。
        门口消防通道那辆粤B7K3Q9是献血者郑凯的车，麻烦他尽快挪一下，电话137 9842 0651，物业已经来催两次了。
        志愿者队长余静怡说她在单位月薪才6800，每周六还来值班，想申请一下交通补贴，大家看看合不合适。
        献血者高建华，男，身份证 440305197605283018，有癫痫病史，按规定不能献血，已加入永久屏蔽名单，下次来了请婉拒。
        张晓彤的妈妈打电话来，说孩子才17岁，学校组织献血没经过家长同意，要求把她的登记信息删掉，还说要投诉带队老师。
        微信群里那张截图能看到冯浩然的头像和他发的化验单照片，上面有转氨酶和梅毒抗体结果，请管理员马上撤回并提醒他本人。
        电子献血证 持证人：袁嘉欣 证号：310000-2026-1205-00462 血型：B 献血量：300ml 献血日期：2026-12-05 采血单位：上海市血液中心
        志愿者许文杰因为醉驾被拘留十五天，下周他的班请大家帮忙顶一下，具体情况别往外传。
        登记表：姓名 杜若涵 / 出生日期 1999-08-21 / 手机 18817264093 / 既往献血 3 次 / 近期用药：抗抑郁药舍曲林，已服用半年。
        邵明辉的太太刚生完二胎，产后大出血输了两袋血，他问能不能用自己的献血证给配偶免费用血，献血证号 沪2021-0193847。
    """),
    "zh-Hant": _lines("""
        捐血者登記：陳家豪先生，香港身份證 K482716(3)，血型 A+，手提電話 9456 2817，上次捐血日期 2026年9月3日，本次捐血400毫升。
        李太（李陳美華）話佢個仔欠咗財務公司三十幾萬，成日瞓唔著，今日血紅素得11.2，已經叫佢休息好啲下次再嚟。
        台北捐血室志工排班：週六上午 黃怡君 0912-384-615，週六下午 蔡宗翰 0933-207-482，如需調班請自行聯繫對方。
        捐血人林志明，身分證字號 A123845713，捐血後來電告知正在服用A酸類痤瘡藥，請攔截其12月2日所捐的全血。
        澳門捐血者梁嘉敏小姐（電郵 kamanleung.mo@gmail.com）報名本月捐血日，備註：有地中海貧血基因，上次因血紅素低被拒。
        何伯（何志強）今朝喺旺角捐血站暈低，已經送咗廣華醫院，佢女兒電話 6318 4027，麻煩當值護士跟進一下。
        志工吳佩珊的志願服務紀錄冊請寄到新北市板橋區文化路二段385巷7號8樓，她說白天上班不在家，請寄掛號。
        鄭偉倫先生於捐血問卷申報去年確診第二期大腸癌並完成化療，按標準永久不宜捐血，已登記為永久暫緩並電話告知本人。
    """),
    "en": _lines("""
        Donor registration: Tan Wei Ling, NRIC S8734215H, blood group B+, mobile 9736 5218, last whole blood donation 12 Sep 2026 at Bloodbank@Dhoby Ghaut.
        Hi team, Marcus Lim told me he was diagnosed with iron-deficiency anaemia and his Hb was 10.8 today, so please mark him deferred for 6 months.
        Volunteer roster Sat 13 Dec: registration desk Priya Nair (+65 8214 6390), refreshments Daniel Koh, post-donation observation Siti Rahmah binte Osman.
        Complaint from donor Kelvin Ong Jia Hao (kelvin.ongjh@gmail.com): the nurse missed the vein twice and his arm is badly bruised; he wants a call back before Friday.
        FIN G6129874L, platelet donor Rajesh Kumar, appointment 2026-12-13 10:30 at Westgate; he is on antibiotics until 9 Dec, reschedule if the course is not finished.
        Please stop posting Auntie May's lab slip in the chat, her syphilis screen came back reactive and the blood centre will contact her privately.
        Volunteer transport claim: Jonathan Yeo, DBS account 120-45873-6, SGD 42.60 for the 6 Dec shift, please pay by end of month.
    """),
    "ms": _lines("""
        Pendaftaran penderma: Nurul Aisyah binti Kamarudin, No. MyKad 950822-14-6308, kumpulan darah O+, telefon 012-738 4915, alamat No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Encik Faizal Rahman tidak layak menderma hari ini kerana tekanan darah 165/102; beliau mengaku baru didiagnosis diabetes dan sedang mengambil insulin.
        Jadual sukarelawan Sabtu: Lim Mei Xuan (016-225 8730) di kaunter pendaftaran, Ganesh a/l Muthu di kawasan minuman, sila datang 8.30 pagi.
        Kak Rosnah kata dia tak dapat datang bertugas minggu ni sebab suami dia baru ditangkap polis kes dadah, tolong jangan sebarkan dalam group.
        Penderma Ahmad Zaki Hashim (ahmadzaki.hashim@yahoo.com) minta sijil derma darah ke-50 dihantar ke rumahnya di Lot 1123, Kampung Baru Sungai Buloh.
    """),
    "mixed": _lines("""
        志愿者 roster 改一下：Sunday 下午 swap 给 Chloe Wong (WhatsApp +852 6127 3905)，她原本 Saturday 的 slot 由我顶上。
        Donor 黄志伟 (Wong Chee Wai)，MyKad 920314-10-5527，今天 Hb 只有 11.0 g/dL，defer 三个月，他说上周刚拔牙还在吃 antibiotics。
        FYI 陈美琪 (Maggie Chan) 的 HKID Y305914(4) 在 registration system 里重复了两次，请 IT 合并 record，她的 email 是 maggiechan.hk@outlook.com。
        新加坡那边的 volunteer Ong Hui Min 说她 divorce 之后情绪很差，this week 的 shift 可能来不了，大家先不要 @ 她。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是社区献血屋的智能咨询助手，回答献血资格、间隔时间和献血证相关问题，语气亲切简洁。",
        ),
        (
            "user",
            "你好，我叫邹文静，身份证 110105199006113529，上个月10号在这儿献了400毫升全血，想问什么时候能来献血小板？",
        ),
        (
            "assistant",
            "邹女士您好！献全血后需间隔3个月才能捐献单采血小板，按您上月10日献血计算，3个月后即可预约，届时请带好身份证原件。",
        ),
        ("user", "另外我前阵子查出甲减，每天吃一片优甲乐，这个影响献血吗？"),
        (
            "assistant",
            "甲状腺功能减退是否可以献血需要结合病情是否稳定、用药情况等由现场医生评估，建议您献血前带上近期甲功化验单，到体检台如实告知。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信群排班通知：周六上午引导岗 唐一鸣 13917650284，观察区 白雪莹 15221873064，下午茶歇岗 覃立新，要提醒大家8:40到岗。",
        ),
        (
            "assistant",
            "@所有人 本周六排班如下：上午引导岗 唐一鸣（13917650284），观察区 白雪莹（15221873064）；下午茶歇岗 覃立新。请大家8:40前到岗签到，穿好志愿者马甲，有事提前在群里说明，谢谢！",
        ),
        ("user", "手机号还是别公开在群里了，帮我去掉。"),
        (
            "assistant",
            "好的，修改版：@所有人 本周六排班如下：上午引导岗 唐一鸣，观察区 白雪莹；下午茶歇岗 覃立新。请8:40前到岗签到，穿好马甲，有事提前说明，谢谢！",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for volunteer coordinators at a Singapore blood drive. Be concise and courteous.",
        ),
        (
            "user",
            "Can you draft an email to donor Jeremy Chua (jeremy.chua88@gmail.com)? His haemoglobin was 11.9 on 6 Dec so we had to defer him, and I want to invite him back in March.",
        ),
        (
            "assistant",
            "Subject: Thank you for coming to donate on 6 Dec. Dear Jeremy, thank you for coming down to donate. Your haemoglobin reading on the day was 11.9 g/dL, slightly below our threshold, so we were unable to proceed. Iron-rich foods can help, and we would love to see you again from March. Warm regards, Blood Drive Volunteer Team",
        ),
        ("user", "Great, make it a little shorter."),
        (
            "assistant",
            "Dear Jeremy, thank you for coming to donate on 6 Dec. Your Hb was 11.9 g/dL, just under the threshold, so we deferred you this time. We hope to see you again from March. Best regards, the Volunteer Team",
        ),
    ],
    [
        (
            "user",
            "你好，我係何嘉欣，HKID R617203(1)，上個月喺旺角紋咗身，想問幾耐之後先可以去捐血？",
        ),
        (
            "assistant",
            "何小姐你好！一般紋身、穿耳或穿環後需要等候一段時間先可以捐血，確實期限以香港紅十字會輸血服務中心最新指引為準，建議你致電捐血站熱線或到官方網站查詢。",
        ),
        ("user", "我仲有輕微貧血，上次驗血紅素得11.5，會唔會有影響？"),
        (
            "assistant",
            "捐血前現場會先驗血紅素，女性一般要達到指定水平先可以捐。你可以多吃含鐵食物，如有需要請先諮詢醫生，下次捐血時如實告知護士。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya kempen derma darah di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Siti Hajar binti Yusof, MyKad 980105-07-5162. Saya baru bersalin 5 bulan lepas dan masih menyusukan anak. Boleh saya derma darah minggu depan?",
        ),
        (
            "assistant",
            "Terima kasih Puan Siti Hajar atas niat murni anda. Ibu yang masih menyusukan anak atau baru bersalin biasanya perlu menunggu tempoh tertentu sebelum menderma. Sila rujuk pegawai perubatan di lokasi kempen untuk penilaian lanjut.",
        ),
        (
            "user",
            "Kalau begitu, boleh saya daftar jadi sukarelawan dulu? Nombor telefon saya 013-492 6178.",
        ),
        (
            "assistant",
            "Boleh! Saya telah mencatat minat anda. Pihak penganjur akan menghubungi anda di 013-492 6178 untuk taklimat sukarelawan sebelum kempen seterusnya.",
        ),
    ],
    [
        (
            "user",
            "Please format these into a markdown table: 邱子豪,M,O+,0922-518-306,2026-12-06,deferred low Hb; 甘淑芬,F,A-,0988-031-472,2026-12-06,ok 500cc",
        ),
        (
            "assistant",
            "| 姓名 | 性别 | 血型 | 电话 | 日期 | 备注 | ... | 邱子豪 | M | O+ | 0922-518-306 | 2026-12-06 | deferred low Hb | ... | 甘淑芬 | F | A- | 0988-031-472 | 2026-12-06 | ok 500cc |",
        ),
        ("user", "甘淑芬 是 Rh 阴性，备注那栏帮我加上 稀有血型，需要建档。"),
        (
            "assistant",
            "已更新：甘淑芬 | F | A- | 0988-031-472 | 2026-12-06 | ok 500cc；Rh阴性稀有血型，需建档。",
        ),
    ],
    [
        (
            "system",
            "献血者档案（仅供本次会话使用）：姓名 欧阳建国，男，身份证 310110196503182036，血型 B+，累计献血 42 次，共 16,400 毫升，最近一次 2026-08-17，献血证号 沪2009-0275561。",
        ),
        ("user", "帮我查一下我的献血记录，够不够评金奖？"),
        (
            "assistant",
            "欧阳先生您好，系统显示您累计献全血42次，共16,400毫升，已达到无偿献血奉献奖金奖“献全血40次以上”的条件，可向所在地血液中心申报。",
        ),
        ("user", "我明年就61岁了，还能继续献吗？"),
        (
            "assistant",
            "按现行规定，多次献血且无献血反应者可延长至60周岁。您1965年出生，明年已超过60周岁，届时将无法继续献血，感谢您多年来的坚持！",
        ),
    ],
    [
        (
            "user",
            "I'm a team lead at a community blood drive. A regular donor, Ahmad Firdaus bin Rosli, confided in me that he tested HIV positive last month. What should I do with his info?",
        ),
        (
            "assistant",
            "Keep it strictly confidential. Do not share it with other volunteers or in any group chat. Encourage him to self-defer and speak directly with the blood service's medical staff, who handle such cases privately.",
        ),
        (
            "user",
            "His next appointment is on 20 Dec, booking ref under his phone 011-2387 4452. Should I cancel it?",
        ),
        (
            "assistant",
            "Don't cancel it on his behalf without his consent. Suggest he contacts the blood centre himself to cancel, or ask the medical officer to handle it confidentially.",
        ),
    ],
    [
        ("system", "你是台灣捐血中心志工隊的行政助理，協助計算志工時數與填寫表單。"),
        (
            "user",
            "我是志工蔡雅婷，身分證 F226190383，這學期服務了 9/14 4小時、10/5 4小時、11/2 3.5小時、11/30 4小時，幫我算總時數，看夠不夠申請紀錄冊？",
        ),
        (
            "assistant",
            "蔡雅婷您好，您本學期服務時數合計 4 + 4 + 3.5 + 4 = 15.5 小時，距離申請志願服務紀錄冊所需的 30 小時還差 14.5 小時，建議再排 4 個班次。",
        ),
        ("user", "好，那幫我寫一段請假說明，12/14 我要陪我媽去醫院做化療，那天無法值班。"),
        (
            "assistant",
            "志工隊長您好：本人蔡雅婷因 12 月 14 日需陪同母親至醫院接受化療，當日無法值班，懇請協助調班，造成不便敬請見諒。",
        ),
    ],
    [
        (
            "user",
            "帮我写一封投诉信：我叫苗振东，12月6日在解放碑献血屋献血，工作人员把我的体检不合格结果（转氨酶偏高）当众大声念出来，让我很难堪。",
        ),
        (
            "assistant",
            "尊敬的血液中心负责人：本人苗振东，于12月6日在解放碑献血屋参加无偿献血。体检时，工作人员当众大声宣读本人转氨酶偏高的检测结果，侵犯了个人隐私，令本人十分难堪。恳请贵中心核实处理并加强隐私保护培训。",
        ),
        ("user", "结尾加上联系方式：电话 18983027716，地址 重庆市江北区北滨一路366号7栋12-3。"),
        (
            "assistant",
            "已补充：……恳请贵中心核实处理并加强隐私保护培训。联系人：苗振东，电话 18983027716，地址 重庆市江北区北滨一路366号7栋12-3。此致 敬礼",
        ),
    ],
]
