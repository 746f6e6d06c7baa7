# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh281: 简体中文 洗浴中心与足浴店（会员储值、技师排钟、顾客投诉、消防检查、员工宿舍、店长群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh281
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "会员储值章程"): _lines("""
        【会员储值说明】储值1000元赠送150元，储值3000元赠送600元并升级金卡；赠送金额不可提现，仅限本店足疗、搓澡、汗蒸项目使用，最终解释权归沐泉汤屋（深圳福田店）所有。
        根据《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号），本店记名储值卡单张限额5000元、不记名卡单张限额1000元，请顾客理性充值，按需购买。
        储值卡余额退款流程：前台填写《储值退款申请表》→店长审核→财务3个工作日内原路退回，需扣除已享受的赠送金额，手续费按退款金额的5%收取。
        金卡会员周一至周四享足疗套餐8.8折，周五至周日及法定节假日享9.5折；银卡会员全时段9.8折；会员折扣不与美团团购券、抖音套餐叠加使用。
        会员积分规则：每消费1元累计1积分，500积分可兑换价值38元的单人搓澡一次，积分有效期至次年12月31日，逾期自动清零，恕不另行通知。
        储值卡挂失请致电门店服务热线0755-8321 6670（每日10:00至次日02:00），挂失后24小时内可补办新卡，工本费20元，原卡余额自动转入新卡。
        温馨提示：本店从未委托任何个人通过微信或支付宝私下收取储值款，充值请认准前台收银台及官方小程序“沐泉汤屋会员中心”，谨防冒充工作人员诈骗。
        家庭共享卡最多可绑定4名家庭成员，主卡持有人可在小程序内设置副卡单次消费上限，副卡每笔消费的提醒短信将发送至主卡预留的手机号码。
        2025年春节期间（1月28日至2月4日）储值赠送活动暂停，已充值会员可正常消费，节日期间足疗、推拿项目统一上浮20元/钟，搓澡项目价格不变。
        储值卡通用门店：福田店（福华三路88号）、南山店（南海大道2163号）、宝安店（宝民一路203号），龙华店装修期间暂停受理储值及消费业务。
        本店预付卡备案编号：深商预备字〔2024〕第0371号，预付资金存管银行为招商银行深圳分行营业部，存管比例不低于预收资金余额的40%。
        每月18日为会员日，当天到店储值满2000元额外赠送“扁鹊足浴”中药泡脚一次（艾叶、红花、生姜配方），全店限量200份，送完即止。
        会员等级：普卡（累计消费0元起）、银卡（满2000元）、金卡（满8000元）、黑金卡（满20000元），等级有效期12个月，到期按近一年消费重新评定。
    """),
    ("zh-Hans", "排钟系统日志"): _lines("""
        2025-03-14 21:07:33.412 INFO  [paizhong-svc] 轮钟队列刷新 store=SZ-FT01 在岗=23 上钟=17 空闲=6 下一轮起点=slot#09 耗时=38ms
        2025-03-14 21:08:02.995 WARN  [paizhong-svc] 房间V307超时未下钟 计划结束=21:05:00 实际=未结束 已推送楼面主管企业微信 order=PZ20250314-00482
        2025-03-14 21:11:47.120 INFO  [order] 开单成功 订单号=XY2025031400517 项目=中式足疗90分钟 房间=A12 金额=198.00 支付方式=储值卡 终端=POS-03
        2025-03-14 21:12:09.006 ERROR [sms-gateway] 短信模板SMS_271840116发送失败 code=isv.BUSINESS_LIMIT_CONTROL 重试次数=3 下次重试=21:15:00
        2025-03-14 21:19:55.731 INFO  [order] 加钟 order=XY2025031400498 原项目=泰式按摩60分钟 加钟=30分钟 加价=88.00 审批=系统自动通过 房间=B05
        2025-03-14 00:05:12.004 INFO  [scheduler] 点钟率日报生成完成 日期=2025-03-13 总钟数=412 点钟=157 轮钟=231 加钟=24 点钟率=38.1% 文件=report_20250313.xlsx
        2025-03-14 21:23:40.288 WARN  [hvac] 汗蒸房2号温度传感器T-HZ02 读数=58.6℃ 阈值=55℃ 已自动降功率至60% 设备编号=HZ-2023-0612
        2025-03-14 21:26:18.517 INFO  [booking] 美团预约核销 券码=7731 0482 9916 套餐=双人足疗+搓澡 核销门店=SZ-FT01 结果=成功 耗时=212ms
        2025-03-15 06:00:41.902 INFO  [pos] 交班对账完成 班次=夜班(22:00-次日06:00) 现金=3,260.00 微信=18,417.50 支付宝=6,932.00 储值消费=24,105.00 差异=0.00
        2025-03-14 23:58:00.000 INFO  [paizhong-svc] 规则变更 version=v2.8.1 轮钟排序由“下钟时间优先”改为“当日钟数少者优先” 生效时间=2025-03-15 00:00:00 操作端=admin-web
        2025-03-14 22:02:15.660 WARN  [locker] 男宾更衣柜M-0418电子锁电量低 剩余=12% 建议更换电池型号=CR2032 区域=二楼男宾更衣区
        2025-03-14 19:45:03.119 INFO  [queue] 等位叫号 号码=A036 预计等待=25分钟 当前排队=7组 大厅屏幕=LED-01 已刷新 门店=SZ-NS02
        2025-03-15 03:00:27.845 INFO  [backup] 数据库pz_prod增量备份完成 size=1.84GB sha256=9f2c7a1e4b3d8806c5e2 dest=oss://mq-backup/2025/03/15/
    """),
    ("zh-Hans", "消防检查通报"): _lines("""
        根据《中华人民共和国消防法》第十六条及《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号），洗浴、足浴场所属于人员密集场所，应当每日进行防火巡查。
        福田区消防救援大队于2025年4月9日夜间对辖区12家洗浴足浴场所开展检查，发现安全出口锁闭、疏散指示标志损坏等隐患27处，当场督促改正19处。
        检查发现：三楼汗蒸区北侧安全出口被布草推车堵塞，常闭式防火门被木楔固定为常开状态，已下发《责令改正通知书》（深福消责改字〔2025〕第0412号）。
        本店消防控制室24小时值班电话0755-8321 6671，消防控制室值班人员须持有消防设施操作员职业资格证书，每班不少于2人，严禁脱岗睡岗。
        整改期限：2025年4月16日前更换二楼走廊损坏的应急照明灯6盏、补充4kg手提式ABC干粉灭火器12具，整改完成后书面报告大队申请复查。
        汗蒸房、桑拿房内严禁使用电炉丝类明装加热设备，电加热器应设置超温自动断电保护装置，周边1米范围内不得堆放毛巾、浴袍等可燃物品。
        每季度至少组织一次全员消防演练，内容包括：报警、初期火灾扑救、引导顾客从最近安全出口疏散，演练记录及照片保存期限不少于一年。
        应急广播词（演练用）：“各位顾客请注意，本楼三层发生火情，请不要惊慌，听从工作人员指挥，沿绿色疏散指示标志向东侧楼梯有序撤离。”
        消防设施年度检测报告编号XF-JC-2025-03-1187，检测单位：深圳安消检测技术有限公司（统一社会信用代码91440300MA5G8K2L3N），检测结论：合格。
        员工宿舍严禁私拉电线、在室内为电动自行车电池充电，楼下集中充电棚开放时间为07:00-23:00，违者每次罚款200元并通报全店。
        本店疏散通道净宽1.4米，安全出口2个，核定最大容纳人数为180人，节假日客流超过160人时前台暂停发放手牌，请顾客在等候区稍候。
        消防巡查记录表（每2小时一次）栏目：巡查时间、巡查部位（锅炉房/汗蒸区/休息大厅/KTV包间）、是否正常、处置情况、巡查人签名。
        锅炉房可燃气体报警器已于2025年4月2日检定合格，下次检定日期为2026年4月1日，如闻到燃气异味请立即拨打燃气公司24小时抢修热线。
    """),
    ("zh-Hans", "店长群工作消息"): _lines("""
        【店长群】各店注意：本周六晚市场部在抖音上线“双人足疗+自助餐”199元套餐，前台提前备好核销扫码枪，别再出现手工输码排长队的情况。
        南山店今晚22点后技师缺口4个，福田店能不能临时支援两位过去？来回打车费公司报销，走钉钉“跨店支援”审批流程就行，记得备注房号。
        提醒一下，下周一起所有门店搓澡巾统一换成新供应商的加厚款（SKU: CZJ-30x20-GR），旧款剩余库存月底前打包退回中央仓。
        宝安店这周三条差评都是说休息大厅空调太冷，工程部明天上午10点过去调出风口角度，店长跟进一下点评回复话术，别跟顾客争论。
        收到，龙华店消防复查已经通过，整改前后对比照片和复查意见书我都上传到共享盘“门店合规/2025Q2”文件夹了，大家可以参考。
        财务通知：3月份储值卡沉淀资金报表请在4月5日前提交，模板用新版V3，列名千万不要改，不然系统导入会直接报错退回，逾期未交的门店本月绩效扣分。
        今天下午总部巡店，重点看三样：布草是否一客一换、足浴盆是否套一次性袋、消毒记录表有没有补写，各店提前自查一遍，问题拍照发群里。
        宿舍那边物业说下个月起电费改为阶梯计价，每间宿舍超过300度的部分按1.2元/度收，行政这周出一个新的分摊方案发群里，大家先看看有没有意见。
        有顾客在大众点评问能不能带小孩进男宾区，统一回复：身高1.2米以上儿童按成人标准收费，6岁以上儿童不得进入异性浴区，请各店前台统一口径。
        各位店长，今晚9点线上例会，腾讯会议号 582 773 019，议题：五一排班、团购核销率、夜间安全巡查，请提前5分钟入会别迟到。
        福田店新装的智能排钟屏今天试运行，发现轮钟顺序偶尔会跳号，已经反馈给厂商，当前版本v2.8.1，厂商说明天凌晨推送补丁，其他门店先别升级。
        本月营业额排名出来了：南山店第一（84.6万），福田店第二（79.2万），宝安店第三（61.8万），龙华店装修中不参与排名。
        新来的前台培训资料放群文件了，重点是《顾客投诉处理十步法》和《储值退款操作手册》，这周内考试通过才能单独上班，各店长负责监考。
    """),
    ("zh-Hant", "港澳台分店價目與公告"): _lines("""
        【價目表】中式足部按摩 50分鐘 HK$268｜全身推拿 60分鐘 HK$388｜足部+肩頸套餐 90分鐘 HK$458；另收一成服務費，星期六日及公眾假期每節加收HK$30。
        本店地址：香港九龍旺角彌敦道612號好望角大廈8樓，營業時間11:00至凌晨02:00，預約熱線2388 6120，WhatsApp 5409 2237（只限文字訊息）。
        澳門分店：新馬路63號地下，電話 (853) 2836 1188，接受澳門通、MPay及支付寶（澳門）付款，暫不接受人民幣現金，敬請留意。
        台北店公告：依《消費者保護法》相關規定，本店預付型商品已由合作銀行提供履約保證，保證期間一年，單筆儲值金額上限為新台幣20,000元。
        商業登記證號碼（BR No.）：71830294-000-06-24-5，公司名稱：足之道保健中心有限公司。如對收費有任何疑問，歡迎致電客戶服務部查詢。
        會員須知：儲值卡一經售出恕不設退款，惟本公司停業或業務轉讓時，未使用之餘額將依法處理，詳情請向各分店經理查詢，謝謝合作。
        颱風及暴雨警告安排：天文台懸掛八號或以上熱帶氣旋警告信號或黑色暴雨警告信號時，本店暫停營業，已預約之客人將獲安排改期，儲值餘額不受影響。
        台灣門市統一編號83710592，消費一律開立電子發票，可歸戶至手機條碼載具或捐贈予公益團體，恕不另行提供手開收據，如需公司抬頭請事先告知。
        依《身心障礙者權益保障法》精神，台北店特別保留按摩服務名額予持證視障按摩師，歡迎有需要的朋友預約體驗，共同支持視障就業。
        腳底按摩反射區圖參考自吳若石神父於一九八〇年代在台灣推廣的「若石健康法」，本店服務僅作保健用途，不提供任何醫療診斷或治療，如有不適請諮詢醫生。
        【溫馨提示】患有糖尿病、靜脈曲張、皮膚破損或懷孕期間之客人，請於服務前主動告知按摩師，本店將為閣下調整力度或更換合適項目，多謝合作。
        澳門分店場所可容納人數上限為60人，消防局最近一次巡查日期為2025年2月18日，各緊急出口及滅火器位置請參閱每層平面圖。
        泡腳藥包配方：艾草、生薑、紅花、花椒各10克，據稱源自李時珍《本草綱目》所載溫經散寒之方，每包HK$28，三包HK$75。
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★☆ Went to the Jurong East outlet on a Sunday night – 60-min foot reflexology was S$48, waited 20 minutes even with a booking. Strong pressure, clean towels, but the lounge aircon was freezing.
        ★★★★★ Best herbal foot soak in Chinatown. The 90-min package (S$78) includes shoulder and back. It's at 33 Pagoda Street, level 2 – look for the red lantern sign next to the bakery.
        ★★☆☆☆ Bought a S$500 prepaid package and the outlet closed three months later. Check whether the operator has CaseTrust accreditation before you top up anything, seriously.
        ★★★☆☆ The bathhouse in Bukit Bintang is spacious, but RM158 for the sauna plus body scrub felt steep. Lockers are old and the wristband keys kept slipping off.
        ★★★★★ Honestly the cleanest footbath place I've tried in Shenzhen. Disposable liners in every basin, fresh slippers, free tea refills. Order ref on my receipt: MQ-FT-20250309-0771.
        ★★★★☆ The shop is named after Bian Que, the legendary physician of the Warring States, which made me laugh, but the acupressure was legit. Ask for the Bian Que special – 75 minutes, RMB 238.
        ★☆☆☆☆ Staff kept pushing the membership card during the massage. Said no four times. The management replied on Google that they have retrained the team; we'll see next visit.
        ★★★★☆ Great for a group of colleagues after work. Private room for six at the Tsim Sha Tsui branch, HK$1,680 total, and they let us stay until 3 a.m. without extra charge.
        ★★★☆☆ Our taxi driver recommended it. The scrub (搓澡) is the real deal but the steam room was out of order. They knocked 10% off the bill without us even asking.
        ★★★★★ Came here because a travel vlogger raved about it. Booked through Klook (voucher KLK-88241907), showed the QR code at the counter and walked straight into a room.
        ★★☆☆☆ Fire exit on the 3rd floor was blocked by a laundry cart when I visited on 12 April. Reported it via the 12345 city hotline; hope they fix it before something happens.
        ★★★★☆ Johor Bahru branch opposite City Square. Price list in English, Chinese and Malay, RM98 for 60 minutes, accepts Touch 'n Go eWallet and DuitNow QR.
        ★★★★☆ Don't let the name "Uncle Lim Foot Spa" fool you into expecting a tiny shophouse – they have 14 rooms, a proper herbal bath and a queue system on WhatsApp.
    """),
    ("ms", "notis_asrama_pekerja"): _lines("""
        NOTIS ASRAMA: Semua penghuni Blok B dikehendaki keluar dari bilik pada 15 Mei 2025 jam 10 pagi untuk pemeriksaan keselamatan kebakaran tahunan oleh Jabatan Bomba dan Penyelamat Malaysia.
        Dilarang sama sekali mengecas skuter elektrik atau basikal elektrik di dalam bilik. Gunakan tempat mengecas di tingkat bawah yang dibuka dari 7 pagi hingga 11 malam sahaja.
        Bil elektrik asrama bulan April berjumlah RM1,284.60 dan akan dibahagikan sama rata kepada 18 bilik, iaitu RM71.37 setiap bilik, dipotong daripada gaji bulan Mei.
        Pintu pagar utama asrama dikunci jam 1.30 pagi. Pekerja syif malam sila gunakan kad akses di pintu sisi; kad yang hilang dikenakan caj penggantian RM30.
        Pusat Refleksologi Kaki Sihat Sdn. Bhd. (No. Pendaftaran 202101034567 (1433219-X)), Lot 2-15, Jalan Bukit Bintang, 55100 Kuala Lumpur. Waktu operasi 11 pagi hingga 2 pagi.
        Semua pekerja asing wajib membawa salinan permit kerja (PLKS) semasa keluar dari asrama; majikan tidak dibenarkan menyimpan pasport asal pekerja tanpa kebenaran.
        Jadual pembersihan: bilik air tingkat 1 dibersihkan setiap Isnin dan Khamis, tingkat 2 setiap Selasa dan Jumaat. Sampah mesti dibuang sebelum jam 8 malam.
        Mesyuarat penghuni asrama akan diadakan pada hari Ahad, 18 Mei 2025, jam 3 petang di ruang rehat, untuk membincangkan peraturan tetamu dan kebersihan dapur.
        Tetamu tidak dibenarkan bermalam di asrama. Semua pelawat mesti mendaftar di pondok pengawal dan keluar sebelum jam 10 malam, tiada pengecualian.
        Aduan kerosakan (paip bocor, kipas rosak, lampu terbakar) sila hantar melalui borang dalam talian "Aduan Asrama 2025" atau WhatsApp pejabat HR di talian 03-2141 8890.
        Harga refleksologi kaki 60 minit RM88, urutan badan 90 minit RM168, mandian herba RM45. Harga termasuk SST 8%. Pakej prabayar tidak boleh dipindah milik.
        Menurut Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990 (Akta 446), penginapan berpusat mesti diperakui sebelum diduduki oleh pekerja.
        Latihan kebakaran bersama pekerja spa dan penghuni asrama: titik berkumpul di tempat letak kereta hadapan kedai, sasaran masa pemindahan di bawah 3 minit.
    """),
    ("mixed", "config_code_csv"): _lines("""
        members.csv header → member_no,card_level,balance_cny,bonus_cny,points,store_code,opened_at,last_visit_at,status（会员导出模板，勿改列名）
        # 测试数据 sample row: MQ000000,GOLD,0.00,0.00,0,SZ-FT01,2024-01-01 00:00:00,2024-01-01 00:00:00,TEST_ONLY
        paizhong: {mode: round_robin, tie_breaker: fewest_sessions_today, overtime_alert_min: 5, sms_template: SMS_271840116}  # 轮钟配置 v2.8.1
        .env.example: SMS_SIGN_NAME=沐泉汤屋 SMS_ACCESS_KEY=your-access-key-here DB_URL=mysql://app:changeme@127.0.0.1:3306/pz_prod TZ=Asia/Shanghai
        SELECT store_code, SUM(amount) AS topup_total FROM recharge_log WHERE created_at >= '2025-03-01' GROUP BY store_code ORDER BY topup_total DESC; -- 各店3月储值汇总
        API 响应示例 {"code":0,"msg":"ok","data":{"order_no":"XY2025031400517","room":"A12","service":"足疗90min","price":198.0,"paid_by":"stored_value"}}
        git commit -m "fix(paizhong): 修复轮钟跳号问题 closes #214" && git tag v2.8.2 && git push origin v2.8.2  # 明早门店POS自动更新
        MOBILE_RE = re.compile(r"^1[3-9][0-9]{9}$")  # 仅用于校验会员手机号格式，日志中只记录 member_id，不记录明文号码
        0 3 * * * /opt/pz/bin/backup.sh --db pz_prod --dest oss://mq-backup/ >> /var/log/pz/backup.log 2>&1  # 每天凌晨3点增量备份
        发票代码,发票号码,开票日期,购方名称,购方税号,金额,税率,税额 / 044031900111,25442000000012345678,2025-03-31,华南晟达物流有限公司,91440300MA5F7Q2R8W,1886.79,6%,113.21
        i18n: {"zh-CN": "您的储值余额不足，请前往前台充值", "en": "Insufficient balance, please top up at the front desk", "ms": "Baki tidak mencukupi, sila tambah nilai di kaunter"}
        - alert: SaunaTempHigh  expr: sauna_temp_celsius{room="HZ-02"} > 55  for: 2m  labels: {severity: critical, store: SZ-FT01}  # 汗蒸房超温告警
        fake_member = {"name": "测试会员", "mobile": "13800000000", "card_no": "MQ-TEST-0001", "level": "GOLD"}  # pytest fixture, not real data
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        顾客投诉记录：3月14日晚，会员王建国（金卡，手机13926471835）投诉V307房技师未经同意加钟并扣款88元，要求退还并书面道歉，店长已电话回访。
        储值退款申请：申请人刘梅，身份证号440306198703154720，退款金额2,360.00元，退至其工商银行卡6222 0240 0318 7752 913，店长已签字。
        阿强这个月工资被扣了一千二，他说在宿舍跟人打架是被冤枉的，他老婆刚查出怀孕，家里还欠着网贷，最近情绪很不对。
        18号技师小雯上周在宿舍晕倒，医院诊断是重度贫血加低血糖，店长批了她一周病假，这事别在群里到处说。
        宿舍入住登记：姓名 张秀兰｜性别 女｜籍贯 四川南充｜身份证 510107198501223517｜房号 3-205 床位B｜紧急联系人 丈夫 何志军 15882047316
        陈先生（车牌粤B·7K3Q9）每周三晚上来做足疗，说他跟老婆在闹离婚，最近都住在店里过夜休息厅，交代前台别接他家里打来的电话。
        会员林太，手机号137 2815 6604，生日6月12日，偏好女技师、力度轻，有腰椎间盘突出，不做背部推拿，每次点阿梅的钟。
        前员工黄海涛预支工资8,000元至今未还，已离职，微信号hht_1991_sz把店长拉黑了，财务准备申请劳动仲裁追讨。
        消防检查那天查出夜班保安赵德明无证上岗，后来才知道他在老家因为盗窃被判过刑，人事说入职时他隐瞒了。
        前台记一下：今晚8点预约双人房的那位先生，回拨电话13580217794，说要改到9点半，还要加一个搓澡。
        快递单：收件人 周丽娟，电话 18676035218，地址 广东省深圳市南山区桃园路168号阳光棕榈园7栋1502，内容：会员卡及赠品泡脚包。
        MQ023418,GOLD,孙宏伟,13902752270,余额3450.00,上次到店2025-03-09,备注:痛风发作期勿泡热水 勿按左脚
        邮件：您好，我是会员吴晓燕，邮箱wuxiaoyan.1988@163.com，上个月在宝安店储值5000元，现在店铺突然关门，我要求全额退款。
        技师排钟表（内部）：3号位 阿芳 21:00-22:30 V305 点钟，客人郑总（电话尾号4471），备注：郑总要求下次继续点阿芳。
        店长群：老板说蒋师傅的儿子查出白血病要做骨髓移植，大家自愿捐款，转到他爱人杨桂芝的支付宝15107318862就行。
        客户投诉：女宾在搓澡时发现有人偷拍，监控显示是住员工宿舍的冯小军，已报警，民警已将冯小军带回派出所调查。
        身份证号320102199208081633的这位客人系统里已标记黑名单，上次喝醉在大厅闹事砸坏了电视，来了直接请店长处理。
        工资条：技师何丽萍 3月上钟186个，提成11,160元，扣宿舍费300元，扣社保482.60元，实发10,377.40元，银行卡6217 0032 6000 1587 406。
        会员档案：赵桂香，65岁，糖尿病十年，左脚有溃疡伤口，家属交代泡脚水温不能超过38度，紧急联系女儿13751908824。
        前台交班：302房的马先生说钱包丢了，里面有驾驶证和两张银行卡，留了电话186-2031-9457，保洁找到请马上联系他。
        离职登记：曹文静，身份证350203199006112849，离职原因：怀孕，要求结清2月工资4,200元，现住福建省厦门市思明区莲前西路201号12栋603。
        宁宁姐，那个姓邓的客人又来了，他上次欠我们三千多没结，开一辆白色宝马，车牌沪A·D8263，要不要先让他把旧账结了？
        尊敬的许女士：关于您3月20日反映的在汗蒸房滑倒致右手腕骨折一事，本店愿意承担医药费2,800元，请您提供病历及发票原件。
        员工体检结果：韩立新乙肝表面抗原阳性，按规定调离足疗岗位转岗后勤，请人事与本人单独沟通，注意保密，不要在群里说。
    """),
    "zh-Hant": _lines("""
        客人投訴：陳志豪先生（香港身份證 K482915(8)）指上星期六於旺角店按摩後腰部扭傷，要求賠償醫療費HK$3,200，已轉交保險公司跟進。
        會員資料：李美玲小姐，手提9436 2817，電郵mei.ling.lee88@gmail.com，生日11月3日，會員卡號HK-VIP-002817，儲值餘額HK$6,480。
        技師宿舍住客：黃嘉欣，澳門居民身份證1284736(5)，住址澳門氹仔柯維納馬路318號海洋花園6樓C座，緊急聯絡人為其母親。
        台北店顧客林志偉（身分證F127390518）固定預約每週五晚上9點腳底按摩，他說有痛風，請按摩師避開右腳大拇趾。
        阿玲話佢老公欠咗大耳窿十幾萬，而家成日有人打電話上嚟店舖搵佢，經理叫佢暫時唔好返夜更，先避一避。
        澳門店：周太張麗華今朝打嚟話上次師傅手勢太大力搞到瘀傷，要求退返套票餘下5次，佢電話6628 4913，請經理回覆。
        請將以下客人加入黑名單：吳家豪，車牌LM 8823，電話6173 0288，曾於2025年1月在店內醉酒打傷員工，已報警處理。
        台灣店員工王淑芬，身分證A224817304，月薪新台幣38,000元，因照顧中風的母親申請留職停薪三個月，請人資辦理。
    """),
    "en": _lines("""
        Complaint from member Tan Wei Ming (NRIC S8734512B, mobile +65 9127 4408): charged twice for the S$78 foot package on 3 March, wants the refund back to his DBS card.
        Note for night shift: Mr Rajesh Kumar in room 12 has a heart condition and must not get the hot stone treatment – his wife Priya will pick him up around midnight.
        Staff dorm roster – Nguyen Thi Hoa, FIN G5128836Q, bed 2B, work permit expires 14/08/2025, still owes S$450 advance pay from March.
        Please refund the remaining package balance (S$312) to Ms Cheryl Ong, POSB savings 188-51247-3; she's moving to Perth after her divorce.
        Email from jasonlkh1990@gmail.com: "I'm the guy who left a Rolex in locker M-0418 last night, please call me back at 8823 5107 asap."
        0042871,"Lim Siew Ling",F,1979-04-22,+60 12-338 4729,"12 Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru",RM1240.00
        Incident 02:14 – therapist Mei (room 5) reported that customer David Chua touched her inappropriately; police report lodged at Jurong West NPC, customer banned.
    """),
    "ms": _lines("""
        Aduan pelanggan: Encik Mohd Faizal bin Abdullah (No. KP 880512-14-5567) mendakwa dicaj RM120 lebih untuk pakej urutan, minta bayaran balik ke akaun Maybank 1640 2233 8915.
        Pekerja asrama Nur Aisyah binti Hamzah dari bilik B-07 sedang hamil 5 bulan dan minta ditukar ke syif siang, tolong maklumkan HR segera.
        Kak Yati cakap suami dia kena tangkap sebab dadah minggu lepas, dia perlu cuti tiga hari untuk uruskan peguam dan jaga anak-anak.
        Sila hubungi Puan Lee Mei Fong di 016-772 4053 berkenaan baki pakej prabayar RM860 yang belum digunakan sebelum cawangan Cheras ditutup.
        Rekod gaji: Ravi a/l Subramaniam, MyKad 910303-10-6251, gaji asas RM1,700, potongan pinjaman peribadi RM350 sebulan, akaun CIMB 7012 8845 66.
    """),
    "mixed": _lines("""
        会员Kelvin Goh的WhatsApp +65 9736 2215，他说next Friday要带他mum来做足疗，她有high blood pressure，提醒技师不要太用力。
        员工Tran Van Nam的passport C7721835暂放office safe保管，他说要resign回越南照顾生病的爸爸，last day是4月30日。
        店长群：Boss说Aunty Wong那张储值卡balance还有HK$4,200，她son打电话6912 0447说她有dementia，以后由家属代为使用。
        Booking confirmed：尊敬的Mr. Ahmad Zaki，您预约的90-min足疗 at 新山店 2025-05-03 20:00，联系 +60 17-285 9931，email ahmadzaki.jb@yahoo.com。
        2025-03-14 22:41:07 WARN [member] 余额异常 member_id=MQ019552 name=邓国栋 mobile=15013826470 balance=-128.00 operator=POS-03
        台湾guest 蔡佩君 去年用LINE Pay买了NT$12,000的十次卡，LINE ID peijun_0823，她说失业了要搬去高雄，想申请refund。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是沐泉汤屋的客服写作助手，帮助店长起草回复顾客投诉的消息，语气诚恳、简洁。"),
        (
            "user",
            "帮我给会员李振华写个回复，他手机13612948530，昨晚在福田店V307做足疗，技师没经过他同意就加了30分钟钟，扣了他储值卡88元，他很生气，说要去12315投诉。",
        ),
        (
            "assistant",
            "李先生您好，我是沐泉汤屋福田店店长。关于您昨晚在V307房被未经同意加钟并扣款88元一事，我们深表歉意。经核实确属我店操作失误，88元已原路退回您的储值卡，另赠送一次中式足疗。我们已对相关技师进行培训，今后加钟均须顾客当面确认。如仍有不满，请随时联系我。",
        ),
        ("user", "再短一点，适合发短信。"),
        (
            "assistant",
            "李先生您好，昨晚V307未经您同意加钟扣款88元系我店失误，款项已退回储值卡并赠足疗一次，深表歉意。福田店店长",
        ),
    ],
    [
        (
            "user",
            "明天晚班排钟帮我排一下：阿芳（电话13827719036）、小雯、阿梅、老周，四个人，晚上6点到凌晨2点，每人中间要休息一个钟，阿梅最近腰伤不能做推拿只能做足疗。",
        ),
        (
            "assistant",
            "可以这样安排（每钟按60分钟计）：18:00-19:00 阿芳、小雯、老周上钟，阿梅上足疗；19:00-20:00 阿芳休息；20:00-21:00 小雯休息；21:00-22:00 老周休息；22:00-23:00 阿梅休息；23:00-02:00 四人轮钟。推拿项目优先派给阿芳、小雯、老周，阿梅只接足疗单。需要我导出成表格吗？",
        ),
        ("user", "好，导出成表格，另外把阿芳的电话也写进去，她是组长。"),
        (
            "assistant",
            "时间段｜阿芳（组长，13827719036）｜小雯｜阿梅（仅足疗）｜老周；18-19 上钟｜上钟｜足疗｜上钟；19-20 休息｜上钟｜足疗｜上钟；20-21 上钟｜休息｜足疗｜上钟；21-22 上钟｜上钟｜足疗｜休息；22-23 上钟｜上钟｜休息｜上钟；23-02 轮钟。",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a foot reflexology chain in Singapore."),
        (
            "user",
            "Draft a first written warning for our therapist Muhammad Hafiz bin Rosli, FIN F4471028P, who was found sleeping in room 8 during his shift on 2 April at 1:30 a.m. Keep it firm but fair.",
        ),
        (
            "assistant",
            "Dear Muhammad Hafiz bin Rosli, re: First Written Warning – Sleeping on Duty. On 2 April 2025 at approximately 1:30 a.m., you were found asleep in Room 8 during your scheduled shift. This breaches Clause 4.2 of the Staff Handbook. Please treat this as a first written warning; any repeat within 12 months may lead to further disciplinary action. If fatigue or health issues contributed, please speak to HR so we can review your roster. – Management",
        ),
        ("user", "Thanks. Should I include his FIN number in the letter?"),
        (
            "assistant",
            "It is usually enough to use his full name and employee number. Under Singapore's PDPA advisory guidelines, avoid collecting or printing the full FIN unless legally required; if you must identify him further, show only the last few characters.",
        ),
    ],
    [
        (
            "user",
            "旺角店有位客人梁國強（電話 9285 3376）話做完肩頸推拿之後頸痛到要睇跌打，收據寫咗醫藥費HK$1,850，佢要我哋全數賠償，應該點處理？",
        ),
        (
            "assistant",
            "建議步驟：一、先致電梁先生表示關心，了解傷勢並索取醫生證明及收據副本；二、翻查當日服務記錄及按摩師報告；三、通知公司的公眾責任保險承保人，切勿口頭承諾全數賠償；四、保險公司評估後再以書面回覆客人；五、全程記錄溝通內容。",
        ),
        ("user", "佢仲話如果唔賠就去消委會同埋上Facebook講。"),
        (
            "assistant",
            "客人有權向消費者委員會投訴。建議保持冷靜、以書面回覆承諾會跟進，並在回覆中避免披露其他員工或客人的資料。如雙方未能協議，可考慮小額錢債審裁處的途徑。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu penulisan untuk pejabat HR sebuah pusat refleksologi di Kuala Lumpur.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan kepada pekerja Nurul Izzah binti Kamarul, bilik A-03 asrama, yang masih belum bayar sewa asrama RM600 untuk bulan Mac dan April. No. telefon dia 013-846 2270.",
        ),
        (
            "assistant",
            "Kepada Nurul Izzah binti Kamarul (Bilik A-03). PER: TUNGGAKAN SEWA ASRAMA. Rekod kami menunjukkan sewa asrama bagi bulan Mac dan April 2025 berjumlah RM600 masih belum dijelaskan. Sila jelaskan tunggakan ini sebelum 15 Mei 2025 atau hubungi pejabat HR untuk berbincang pelan bayaran ansuran. Sekian, terima kasih. – Pejabat HR",
        ),
        ("user", "Boleh potong terus dari gaji dia?"),
        (
            "assistant",
            "Potongan gaji hanya dibenarkan jika dipersetujui secara bertulis oleh pekerja dan selaras dengan Akta Kerja 1955. Dapatkan persetujuan bertulis daripada beliau dahulu sebelum membuat potongan.",
        ),
    ],
    [
        (
            "user",
            "Help me check this member export for anomalies 帮我看看哪里不对：MQ019552,邓国栋,15013826470,-128.00 / MQ020114,Chloe Tan,+65 8172 0396,52000.00 / MQ020377,梁秀英,13609871245,880.00",
        ),
        (
            "assistant",
            "有两处异常：1）MQ019552 邓国栋 余额为负数 -128.00，储值卡不应出现透支，可能是退款或冲正时重复扣减，建议核对3月14日POS-03的流水；2）MQ020114 Chloe Tan 余额52,000.00，远超单张记名卡5,000元的上限，需核查是否录入错误或存在违规大额充值。MQ020377 看起来正常。",
        ),
        ("user", "OK, draft a short message to Chloe asking her to come to the front desk."),
        (
            "assistant",
            "Hi Chloe, this is MuQuan Spa. We're reviewing the stored-value balance on your membership card MQ020114 and would like to verify a few details. Could you drop by the front desk at your next visit? Thank you!",
        ),
    ],
    [
        (
            "system",
            "你是沐泉汤屋小程序里的预约助手。当前登录会员：周建明，金卡，手机18925063317，储值余额1,265元，备注：对薄荷精油过敏，高血压，不做汗蒸。",
        ),
        ("user", "明天晚上8点帮我约个足疗，90分钟那个。"),
        (
            "assistant",
            "周先生您好，已为您预约明天20:00中式足疗90分钟（198元，金卡8.8折后约174元，将从储值余额扣除）。已备注：不使用薄荷精油。温馨提示：因您有高血压，本次不建议加汗蒸项目。",
        ),
        ("user", "好的，再帮我老婆也约一个同时间的。"),
        (
            "assistant",
            "好的，已为您预约同一时间的双人房，两人各一份中式足疗90分钟。请问您太太是否也有需要技师注意的身体情况？",
        ),
    ],
    [
        (
            "user",
            "We're planning the quarterly fire drill for our Geylang foot spa. Our fire safety manager is Mr Chong Kah Wai, mobile 9012 7736. Can you give me a checklist for the drill?",
        ),
        (
            "assistant",
            "Here is a practical checklist: 1) Notify SCDF-licensed FSM and building management in advance; 2) Brief all therapists on their assigned rooms to sweep; 3) Test the alarm and emergency lighting; 4) Evacuate customers in robes and slippers via the nearest exit, bring towels; 5) Assemble at the designated point and take a headcount against the booking list; 6) Record timing, issues and photos; 7) Debrief and file the report.",
        ),
        ("user", "Put Mr Chong's contact at the top so staff know who to call."),
        (
            "assistant",
            "Fire Drill – Emergency Contact: Mr Chong Kah Wai (Fire Safety Manager), 9012 7736. For real emergencies always dial 995 first.",
        ),
    ],
    [
        (
            "user",
            "我们员工宿舍有个技师刘志刚刚确诊肺结核，同宿舍还住了5个人，我该怎么处理？要不要在店长群通报？",
        ),
        (
            "assistant",
            "建议：一、立即安排刘志刚停工并按医生要求隔离治疗，协助其到定点结核病防治机构就诊；二、联系当地疾控中心，由其指导对同宿舍5人进行密切接触者筛查；三、对宿舍进行通风和消毒；四、不要在店长群公开其姓名和病情，只告知需要知道的负责人，以保护员工隐私。",
        ),
        ("user", "他的工资和医药费怎么算？"),
        (
            "assistant",
            "按照劳动法相关规定，员工患病治疗期间享有医疗期，期间应按不低于当地最低工资标准80%支付病假工资；肺结核属于国家免费治疗的传染病之一，部分药费可到定点机构减免，建议人事与他本人确认医保缴纳情况。",
        ),
    ],
    [
        ("system", "你是台北分店的客服助理，協助撰寫正式書信。"),
        (
            "user",
            "幫我寫一封退款確認信給王怡婷小姐，身分證字號A298104738，她的十次卡還剩6次，共新台幣3,600元，退到她的中國信託帳戶。",
        ),
        (
            "assistant",
            "王怡婷小姐您好：感謝您對本店的支持。關於您的十次腳底按摩卡，剩餘6次，共計新台幣3,600元，本店已於今日辦理退款，款項將於3至5個工作天內匯入您指定之中國信託帳戶。如有任何疑問，歡迎來電洽詢。台北店 敬上",
        ),
        ("user", "需要把身分證字號寫進去嗎？"),
        (
            "assistant",
            "不建議在信中寫出完整身分證字號。依《個人資料保護法》的精神，只需以姓名及會員卡號辨識即可；若確有需要，可遮蔽為A29****738的形式。",
        ),
    ],
]
