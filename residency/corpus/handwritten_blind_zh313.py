# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh313: 简体中文 物业维修与电梯维保（报修工单、业主信息、电梯困人事故、维保合同、费用纠纷、物业群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh313
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "报修工单日志"): _lines("""
        2026-11-03 08:14:22 [WO-20261103-0457] 类型=电梯故障 位置=5号楼2号梯 描述=轿厢平层误差约3cm 派单=维保站B组 状态=已接单 SLA=30min
        2026-11-03 09:02:51 [WO-20261103-0461] 类型=给排水 位置=地下车库B2层集水井 描述=潜污泵1#不启动，浮球开关卡滞 处理=更换浮球 耗材编码=SKU-PMP-FB220 状态=已完工
        工单WO-20261104-0012 回访结果：满意度5星；维修项目：公共走廊LED吸顶灯×6（型号 欧普 MX-18W）；材料费合计¥198.00，由公共维修资金列支。
        [ALARM] 2026-11-05T21:37:09+08:00 device=ELV-SH-0023-07 code=E35 msg="门锁回路断开" floor=12 run_count=1873402 fw=v4.2.7-r3 ack_by=监控中心
        电梯困人事件记录 EVT-2026-0319：接警时间19:42，到场时间19:58，救援完成20:05，被困1人无受伤，故障原因为层门门刀与门球间隙过小，已调整并恢复运行。
        96333电梯应急处置平台转单：识别码 3101-0087-6625，所在场所为中山公园地铁站3号出口无障碍电梯，故障现象“开门不到位”，要求维保单位40分钟内到场。
        工单状态变更：WO-20261106-0233 由“待派工”改为“挂起”，挂起原因：等待迅达原厂配件（主板 ID.NR.594147），预计到货日期2026-11-14，已通知客服中心。
        月度报修统计（10月）：水电类142单、门禁类37单、电梯类29单、土建类18单，平均响应时长21分钟，超时单3张，均已在周例会复盘并形成整改项。
        设备台账更新：3号楼1号梯 注册代码 31103101152015060078，品牌 日立 HGP，额定载重1000kg，速度1.75m/s，下次定期检验日期2027-03-18。
        报修渠道来源占比：微信小程序61%、前台电话(021-6288 0000转8)22%、现场登记11%、APP 6%。本周小程序新增“上传故障视频”功能。
        [WARN] 2026-11-07 02:11:45 pump_station=生活水泵房 tank_level=0.42m threshold=0.50m action=auto_refill valve=V-03 result=OK operator=SYSTEM
        工单 WO-20261108-0090 材料出库：角阀 DN15 ×2（九牧 J-2315）、不锈钢编织软管 50cm ×2，领料单号 LL-2611-0331，仓库：物业工程部一号库。
        电梯维保记录卡（半月保）：编号 MB-2611-A17，项目共31项全部合格，曳引轮槽磨损量0.6mm，制动器间隙0.3mm，下次保养日期2026-11-22。
    """),
    ("zh-Hans", "物业通知"): _lines("""
        【停水通知】因市政管网改造，本小区将于11月12日（周三）9:00-17:00暂停供水，请各位业主提前储水。如有疑问请致电物业服务中心 0755-8633 2100。
        【电梯定期检验公告】接特种设备检验机构通知，1-6号楼电梯将于11月18日至20日分批进行定期检验，每部梯停运约2小时，请各位业主合理安排出行。
        温馨提示：严禁用电梯运输电动自行车及电瓶。本小区电梯已加装电动车阻车系统，识别到电动车进入轿厢后将自动语音报警并停止关门，请大家共同遵守。
        【高空抛物警示】近日5号楼东侧绿化带发现烟头和饮料瓶，物业已调取高空监控。根据《中华人民共和国民法典》第一千二百五十四条，禁止从建筑物中抛掷物品。
        物业服务中心办公时间调整：自12月1日起，前台服务时间为8:30-20:00，夜间报修请拨打24小时值班电话 400-820-6633 或在“幸福里社区”小程序提交。
        【维修资金使用公示】2号楼电梯更换曳引机项目，预算金额¥286,400.00，中标单位：上海三菱电梯有限公司，公示期2026年11月10日至11月19日，如有异议请书面提交业委会。
        冬季防冻提醒：气温低于0℃时，请关闭阳台外露水管阀门并排空存水；公共区域消防管道已加装保温棉，如发现漏水、结冰请立即拨打值班电话报修。
        【装修管理规定】装修施工时间为工作日8:00-12:00、14:00-18:00，周末及法定节假日禁止电钻、切割等噪音作业；装修押金3000元于验收合格后退还。
        关于开展“电梯安全宣传周”活动的通知：11月22日上午10点在小区中心广场，由通力电梯工程师现场讲解被困时的正确做法，欢迎业主带孩子参加。
        【车库照明改造公告】B1、B2层车库将更换为雷达感应LED灯，施工单位：佛山照明，工期3天，施工期间请注意避让作业车辆，给您带来不便敬请谅解。
        业委会第三届第七次会议纪要摘要：会议审议通过了《2027年度物业服务费收支预算》，同意续聘现物业服务企业，表决结果：同意9票，反对0票，弃权1票。
        【燃气安全检查】港华燃气将于11月25日至27日入户安检，工作人员均佩戴工牌，不收取任何费用，请警惕冒充人员上门推销燃气报警器、自闭阀等产品。
        重要提示：物业从未委托任何个人收取物业费，缴费请通过小程序、前台POS机或对公账户（户名：深圳市幸福里物业管理有限公司，开户行：招商银行深圳科技园支行，账号 7559 0271 6610 802）办理。
    """),
    ("zh-Hans", "维保合同与法规"): _lines("""
        第三条 维保内容：乙方应按照TSG T5002-2017《电梯维护保养规则》对甲方电梯进行半月、季度、半年、年度保养，每次保养项目不得少于规则规定的项目。
        第五条 维保费用：每台电梯每月维保费人民币1,350元（含税），合同总价人民币194,400元，按季度支付，乙方应于每季度首月开具6%增值税专用发票。
        第七条 应急救援：乙方接到故障报告后，应在30分钟内抵达现场，困人故障应在接报后立即响应，乙方24小时应急值班电话为400-090-8686。
        第九条 配件更换：单价超过2,000元的配件，乙方须事先书面报价并经甲方确认；原厂配件须提供合格证及出厂编号，保修期不少于12个月。
        《中华人民共和国特种设备安全法》第四十五条：电梯的维护保养应当由电梯制造单位或者依照本法取得许可的安装、改造、修理单位进行。
        甲方：深圳市幸福里物业管理有限公司，统一社会信用代码 91440300MA5F8K2X7Q；乙方：深圳市恒梯机电工程有限公司，统一社会信用代码 91440300MA5G3N7U1B。
        第十二条 违约责任：乙方未按期完成保养的，每台次扣减当月维保费的20%；因乙方维保不到位导致电梯事故的，由乙方承担全部赔偿责任。
        第十四条 合同期限自2027年1月1日起至2029年12月31日止，期满前60日双方可协商续签；任何一方提前解除合同须提前90天书面通知对方。
        附件二：电梯清单——1#梯 奥的斯 GeN2-MRL 13层13站，2#梯 奥的斯 GeN2-MRL 13层13站，3#梯 三菱 LEHY-III 18层18站，另有消防电梯1台。
        根据《物业管理条例》，专项维修资金属于业主所有，专项用于物业保修期满后物业共用部位、共用设施设备的维修和更新、改造，不得挪作他用。
        第十条 乙方应为每台电梯配备至少两名持有《特种设备安全管理和作业人员证》的维保人员，并在电梯轿厢内显著位置张贴维保单位名称和应急电话。
        合同编号 HT-WB-2026-0178，签订地点：深圳市南山区，签约日期2026年12月20日，本合同一式四份，甲乙双方各执两份，具有同等法律效力。
        第十六条 争议解决：因本合同引起的或与本合同有关的争议，双方应友好协商解决；协商不成的，任何一方均可提交深圳国际仲裁院按其仲裁规则仲裁。
    """),
    ("zh-Hant", "大廈通告與行業新聞"): _lines("""
        【大廈通告】本大廈A座升降機將於12月3日至12月17日進行大型更換工程，由通力電梯（香港）有限公司承辦，期間請使用B座升降機往返各樓層。
        根據《升降機及自動梯條例》（第618章），升降機須由註冊升降機承辦商定期進行保養，並每12個月由註冊升降機工程師進行徹底檢驗及測試。
        機電工程署提醒市民，如被困升降機，應保持冷靜，按動警鐘或使用對講機求助，等待專業人員到場救援，切勿自行撬開升降機門或爬出機廂。
        管理處辦公時間：星期一至五 9:00-18:00，星期六 9:00-13:00，星期日及公眾假期休息；如遇升降機故障或水浸，請致電24小時緊急維修熱線 2345 6789。
        【業主立案法團通告】第九屆管理委員會將於2026年12月12日晚上7時30分假會所多用途室舉行會議，議程包括審議外牆維修工程招標結果及管理費預算。
        外牆維修工程標書比較：甲公司報價HK$3,860,000，工期240日；乙公司報價HK$4,120,000，工期210日；丙公司報價HK$3,995,000，工期225日。
        新聞稿：發展局今日公布「優化升降機資助計劃」最新進度，計劃至今已資助逾8,000部舊式升降機加裝雙制動器及防止機廂不正常移動裝置。
        澳門土地工務局提醒，大廈升降機須由已登記的維修保養實體負責，業主及管理機構可於局方網站查詢已登記實體名單，避免聘用無牌公司。
        臺北市建築管理工程處公告：昇降設備安全檢查申報須於許可證有效期限屆滿前辦理，逾期未申報者將依建築法相關規定處以罰鍰並限期改善。
        奧的斯（Otis）源於Elisha Otis於1853年在美國創立的公司，他在1854年紐約水晶宮博覽會上親自示範安全升降機，從此開啟了高層建築的時代。
        【停電通知】中華電力將於12月8日上午8時至下午5時進行電纜更換工程，期間大廈升降機、食水泵及公共照明將暫停運作，請各住戶預早準備。
        保養記錄：升降機編號 L-03，註冊編號 LR2019-04521，保養日期2026-11-28，承辦商註冊編號 RLC-0037，工程師已簽署，下次徹底檢驗2027-05-28。
        屋苑管理費調整：由2027年1月起，每平方呎實用面積管理費由HK$3.2調整至HK$3.5，主要用於升降機保養合約加價及保安人手開支增加。
    """),
    ("en", "maintenance_ops_records"): _lines("""
        2026-11-18T06:42:10+08:00 INFO lift-ctl[2214] site=SG-TPY-BLK128 car=L2 event=DOOR_REOPEN count=14 threshold=10 action=raise_ticket ticket=LMT-88317
        Ticket LMT-88320 closed: entrapment at Tower B car 3, rescue time 17 min, no injuries, root cause landing door lock contact misaligned, replaced part KONE KM603710G01.
        config: {"site_id": "HK-KT-0042", "lifts": 6, "alarm_webhook": "https://ops.example.com/hooks/lift", "sla_minutes": 30, "escalate_to": "duty-engineer@example.com"}
        Permit to Work PTW-2026-1147 issued for pit work on Lift 4, isolation point MCC-2 breaker Q4, lockout tag LOTO-0093, valid 09:00-13:00 SGT.
        Monthly KPI (Oct 2026): availability 99.62%, callbacks 11, entrapments 2, mean time to repair 48 min, preventive maintenance compliance 100% across 24 units.
        SKU SCH-59324061 Schindler door operator belt, unit price SGD 186.00, MOQ 2, lead time 21 days, warehouse Tuas South Ave 2, bin C-14-03.
        Invoice INV-SG-2026-004217 from Lift Tech Engineering Pte. Ltd. (UEN 201834567K): quarterly maintenance for 12 lifts, SGD 14,580.00 + GST 9% SGD 1,312.20.
        BCA reminder: lift owners must obtain a Permit to Operate every year; apply through the BCA lift and escalator portal at least one month before the current permit expires.
        curl -X POST https://api.example.com/v2/workorders -H "Content-Type: application/json" -d '{"asset":"ELV-07","priority":"P1","fault":"E07 overspeed"}'
        SELECT ticket_id, asset_code, fault_code, opened_at, closed_at FROM work_orders WHERE fault_code LIKE 'E3%' AND site = 'MY-KL-ML09' ORDER BY opened_at DESC LIMIT 50;
        Review of Ah Seng Aircon & Plumbing Services (Jurong West St 91 shop unit): arrived within an hour, fixed the condensate leak, fair price at SGD 80, would call again.
        Lift emergency phone auto-test 03:00 daily: module=Teltonika TRB140 fw RUTOS 07.08, site=MY-PJ-SS15, result=PASS, latency=2.4s, next_test=2026-11-19T03:00:00+08:00
        Changelog v3.8.1 (2026-11-20): added Otis REM fault code mapping, fixed timezone bug for Asia/Kuala_Lumpur, bumped minimum Python to 3.11, removed deprecated /v1/tickets endpoint.
    """),
    ("ms", "notis_penyelenggaraan"): _lines("""
        NOTIS: Lif Blok A akan dihentikan sementara pada 15 Disember 2026, 9.00 pagi hingga 5.00 petang untuk kerja penyelenggaraan tahunan oleh kontraktor berdaftar.
        Makluman kepada semua penduduk: Bekalan air akan terganggu pada 20 November dari jam 10.00 pagi hingga 4.00 petang kerana pembersihan tangki air di bumbung.
        Yuran penyelenggaraan bagi tahun 2027 ialah RM0.28 sekaki persegi sebulan, dan caj kumpulan wang penjelas (sinking fund) ialah 10% daripada yuran tersebut.
        Aduan kerosakan boleh dibuat melalui talian pejabat pengurusan 03-7865 4321 atau WhatsApp pejabat 011-2345 6780 (waktu pejabat sahaja, Isnin hingga Jumaat).
        Menurut Akta Pengurusan Strata 2013 (Akta 757), pemilik petak wajib membayar caj dan sumbangan kepada kumpulan wang penjelas yang ditetapkan oleh badan pengurusan.
        Jabatan Keselamatan dan Kesihatan Pekerjaan (JKKP) mengingatkan bahawa setiap lif mesti mempunyai Perakuan Kelayakan yang sah dan diperiksa secara berkala.
        Invois No. INV-2611-0087 daripada Syarikat Lif Maju Jaya Sdn. Bhd. (No. Pendaftaran 201901023456): servis bulanan 4 unit lif, jumlah RM3,200.00 termasuk SST.
        Peringatan: Jangan gunakan lif semasa kebakaran. Sila gunakan tangga kecemasan dan berkumpul di tempat berhimpun di padang hadapan Blok C sehingga diberi arahan.
        Kedai Hardware Ah Kow, No. 12, Jalan SS 2/24, Petaling Jaya: promosi lampu LED 18W RM9.90 seunit, minimum pembelian 10 unit untuk harga borong.
        Mesyuarat Agung Tahunan Perbadanan Pengurusan akan diadakan pada 14 Disember 2026, 10.00 pagi di Dewan Serbaguna, Aras 1. Sila bawa surat lantikan proksi jika perlu.
        Jadual kutipan sampah pukal: setiap Sabtu pertama bulan, 8.00 pagi. Sila letakkan perabot lama di kawasan berpagar berhampiran pondok pengawal utama.
        Laporan bulanan Oktober: 38 aduan diterima, 35 selesai, 3 menunggu alat ganti; purata masa tindakan 2.1 hari; tiga insiden lif tersangkut tanpa kecederaan.
        Kontraktor penyelenggaraan lif yang baharu akan mula bertugas pada 1 Januari 2027 dengan kontrak tiga tahun bernilai RM216,000, hasil tender terbuka bulan lalu.
    """),
    ("mixed", "工程部员工群聊"): _lines("""
        【工程部群】@全体 今晚22:00-02:00 3号楼高压配电房停电检修，值班电工提前到岗，停电牌和接地线已放工具间，记得拍照上传工单系统。
        5号楼2号梯又报E35了，今天第三次，KONE那边说是门机板问题，配件单号 PO-2611-0445 已下，预计周四到，先挂“暂停使用”牌并在群里同步。
        地库B2集水坑水位有点高，潜水泵 1# 跳闸了，reset 后正常运行，明早白班再查一下 motor 绝缘电阻，记录写在 WO-20261112-0031 里面。
        FYI 新的维保 checklist v2.3 已经放共享盘 /工程部/表格/2026，半月保从28项加到31项，主要多了UCMP和制动器监测，大家下周开始用新版。
        今天甲方来巡检，说会所那台扶梯梳齿板缺了两个齿，要求48小时内换掉，part no. 迅达 SCH-9A7720，仓库那边现在还有库存吗？
        有库存，仓库C架第二层还剩2件。出库单我已经开好了 CK-2611-0087，需要的组下午两点前过来领，过时就只能明天了，签字别忘。
        提醒大家：明天起进机房必须穿绝缘鞋、戴安全帽，市场监管局周五会来抽查机房和维保记录，上次被开单罚了2000，别再踩坑了 🙏
        中控刚收到96333转过来的单：地铁站出口那台无障碍梯困人，离我们最近的是B组，B组多久能到？Google Maps 显示要12分钟。
        B组已出发，ETA 19:55，救援工具包 + 三角钥匙都带了。到场后按流程先确认轿厢位置，再断主电源，最后盘车放人，全程录像。
        本月加班统计请各组组长周五前汇总到共享表格，格式：日期/工单号/时长，备注只写工作内容，HR 说格式不对会直接退回重填。
        新到的 Mitsubishi 门机变频器说明书是日文版，有没有懂日文的？或者先丢进翻译工具看看参数 P-07 和 P-12 到底是什么意思。
        空调主机 chiller 2# 今天开机 alarm “low suction pressure”，厂家 Daikin 工程师明天上午10点到场，接待安排在设备层，记得提前开门。
        周报：本周完成工单86张，超时2张（均为等配件），客户投诉0，电梯困人1次（救援用时11分钟），下周重点：消防联动测试和水泵房除锈。
    """),
    ("zh-Hans", "收费价目与发票"): _lines("""
        幸福里小区有偿维修服务价目表（2027版）：更换水龙头 30元/个（不含材料），疏通下水道 80元/次，更换开关插座 20元/个，更换灯具 40元/盏。
        电子发票 发票号码 26442000000187365421，开票日期2026年11月15日，销售方：深圳市恒梯机电工程有限公司，项目：电梯维护保养服务，金额¥4,050.00。
        增值税专用发票 购买方：深圳市幸福里物业管理有限公司 纳税人识别号 91440300MA5F8K2X7Q，货物名称：曳引钢丝绳 8×19S+FC Φ10，数量 6 根，税率13%。
        电梯配件报价单 QT-2611-021：门机皮带 ¥320/条，层门滑块 ¥18/个，安全触板 ¥1,480/套，轿厢照明LED灯板 ¥260/块，报价有效期30天，运费另计。
        物业服务收费标准公示：高层住宅 3.80元/㎡·月，其中电梯运行维护费 0.65元/㎡·月；地下车位管理费 150元/个·月；收费依据：物价部门备案文件。
        淘宝店铺「老张五金工具旗舰店」商品：德力西空气开关 DZ47s C32 2P，单价¥36.50，月销2.1万件，好评率99.3%，支持开具电子发票。
        采购订单 PO-2611-0445：KONE 门机控制板 KM50002141G01 ×1，单价¥6,880.00，供应商：通力电梯有限公司华南分公司，要求到货日期2026-11-20。
        京东订单号 283917465021：公牛（BULL）插座 GN-B3050 ×10，合计¥499.00，收货地址：深圳市南山区科技园物业服务中心前台，已签收。
        顺丰运单 SF1428 6637 0925：寄件方 日立电梯（中国）有限公司广州配件中心，内件：编码器 TS5214N ×2，保价金额¥5,000。
        年度维保费用对比（单台/年）：奥的斯原厂 ¥21,600，第三方维保 ¥14,400，差额主要在于原厂配件价格及远程监控服务费，建议业委会综合评估。
        收据 No.0027815：今收到 3号楼全体业主 电梯大修分摊款 合计人民币伍拾贰万捌仟元整（¥528,000.00），收款单位：深圳市幸福里物业管理有限公司（盖章）。
        水电维修材料月度汇总（2026年10月）：PPR管材 ¥1,240、电线电缆 ¥3,860、灯具 ¥2,115、五金配件 ¥968，合计 ¥8,183，已报财务部审核。
        美团商家「陈师傅开锁换锁」服务价目：普通开锁 ¥80起，更换C级锁芯 ¥260（含锁芯），夜间22点后加收 ¥50，营业执照编号 91440305MA5H2Q7L3D。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        报修人：王建国，联系电话 13917284056，住址：上海市闵行区莘庄镇春申路2888弄17号502室，故障描述：卫生间吊顶漏水，楼上疑似防水层破损。
        业主信息登记表｜姓名：刘晓梅｜身份证号：310115198403174523｜房号：3栋1单元1801｜车牌：沪A·7K392｜紧急联系人：丈夫 周海涛 13601827735
        12楼的陈先生又来前台闹了，说他老婆怀孕七个月，电梯停了两天只能爬楼梯，要求物业赔偿打车费和误工费。
        困人事故报告：被困人员 赵玉兰（女，68岁），5号楼2号梯，被困时长42分钟，救出后自述心慌胸闷，有高血压病史，已由120送至区第六人民医院。
        催缴通知：1号楼904室业主 孙志强，欠缴物业费2023年7月至2026年10月共计人民币18,756.40元，已多次电话联系未果，拟提起诉讼。
        阿明你上次说的那个老赵，就是6栋那个开网约车的，听说欠了网贷三十多万，这个月物业费又不交了，你去他家敲门别太凶。
        维修费退款账户：户名 黄丽娟，开户行 中国建设银行深圳福田支行，账号 6217 0078 3301 2256 417，退款金额 ¥350.00（重复扣费）。
        快递柜旁边监控拍到的是2栋的李婷婷，她家孩子把电梯按钮全按了一遍，截图我发群里了，你们看完就删，别外传。
        owner_id,name,mobile,unit,idcard,remark 20391,郑国栋,15821639047,7栋2单元1203,440306199108221938,欠费3期
        业委会候选人公示：吴卫东，男，1976年生，退休前在某国企任会计，住本小区9栋2单元，联系邮箱 wuweidong76@163.com，手机 139 2265 0817。
        电梯维保工 何丽萍 持证信息：特种设备作业人员证 证号 320508197605092863，有效期至2028-06-30，所属单位 苏州恒安电梯工程有限公司。
        物业群截图：“我是8栋的钱阿姨，我老伴刚做完心脏搭桥，你们电梯再修不好，他下不了楼去复查，出了事你们负责！”
        张总（业主 张海鹰）说他下周和老婆办完离婚手续就把房子卖了，所以拖欠的维修基金分摊让我们直接找买家要，你怎么看？
        【投诉】业主 马俊 来电（18917736520），反映楼上1102装修噪音，已多次沟通无效，要求物业出面协调，否则报警。
        停车场系统导出：粤B·D82K61 进场 2026-11-12 07:41 出场 2026-11-12 19:03 月卡 持卡人 邓志伟 到期 2026-12-31
        维修工单 WO-20261113-0078 联系人：林小姐 手机 136 2298 4410 地址：广州市天河区龙口西路龙苑大厦B座1506 预约时间：周六上午
        保安队长老周的工资条：基本工资4,200元，加班费1,380元，扣社保612.5元，实发4,967.5元，他说想辞职回老家照顾生病的母亲。
        昨晚被困电梯的是7栋的小胡，她在里面惊恐发作，之前就有焦虑症在吃药，今天她家人打电话来要调监控录像。
        关于业主 冯建平 被派出所带走的事：据说是因为和隔壁邻居因漏水纠纷打架，邻居鼻骨骨折，物业要配合提供走廊监控。
        退押金申请表｜申请人：曹志刚｜身份证：110105198802143716｜装修押金3000元｜收款支付宝：caozhigang88@126.com
        钥匙托管登记：业主 谢文静 出差3个月，委托物业代收快递并每周开窗通风，门禁密码 826031，紧急联系人 妹妹 谢文婷 15080263391。
        物业费分摊纠纷调解记录：业主韩磊（电话 177 2041 6683）认为一楼不用电梯不应分摊电梯电费，拒缴2026年度电梯运行费1,140元。
        业主微信昵称“向日葵🌻”（真名 罗秀英，4栋603）在群里说儿子得了白血病在北京住院，想申请减免半年物业费。
        身份证 510107199506302489 的这位业主昨天来办过户手续，资料已扫描存档，原件已当面退回。
    """),
    "zh-Hant": _lines("""
        管理處記錄：A座15樓C室住戶 陳志偉 先生（HKID K482913(1)），於2026年11月3日投訴升降機多次無故停頓，要求法團公開保養報告。
        林太話佢個仔上個禮拜喺電梯入面發哮喘，要叫白車，而家佢日日打嚟問升降機幾時整好，電話 9476 2381。
        業主 李美玲（電話 6183 5520，電郵 meiling.lee.hk@gmail.com）拖欠管理費HK$23,480，法團已委託律師發出追討信。
        臺北市大安區復興南路二段某公寓住戶 張雅婷（身分證 A228415735），報修浴室漏水至樓下，連絡電話 0912-386-457。
        保安員 黃永康 上夜更時喺B座電梯大堂暈倒，送院後證實係糖尿病併發症，人事部要佢交醫生紙先可以返工。
        澳門氹仔某大廈業主 何嘉欣，澳門居民身份證 5218364(3)，申請退回裝修按金MOP 5,000，收款銀行帳號 21-01-10-448271。
        維修費收據：客戶 吳家豪，地址 九龍旺角通菜街128號5樓B室，更換水錶費用HK$860，已以轉數快FPS收款（識別碼 1638 4271）。
        法團會議記錄：14樓D室業主 鄭先生 因離婚訴訟未決，單位業權有爭議，暫不接受其投票授權書。
        臺中住戶 劉建宏（身分證字號 F126903486）反映：電梯困了他兩個小時，女兒被困時恐慌症發作，要求管委會賠償醫藥費新台幣12,800元。
        管委會名冊：財務委員 蔡明哲，手機 0933-517-208，住址 新北市板橋區文化路一段266巷9號8樓，任期至2027年6月。
    """),
    "en": _lines("""
        Work order SG-WO-77120: resident Tan Wei Ling, Blk 456 Ang Mo Kio Ave 10 #08-1234, mobile 9123 4578, reports water seepage from the ceiling above her kitchen.
        Entrapment report: trapped passenger Mr. Rajesh Kumar (NRIC S8724163G) was stuck 35 minutes in Lift 2; he said he is diabetic and felt faint, paramedics attended.
        Hi, this is Jessica Wong from unit 12B, my husband just lost his job and we can't pay the management fee this quarter, can we do an installment plan?
        "Lim Boon Keat","#15-07","S$4,212.50","3 reminders sent","wife says he is in hospital after a stroke"
        FIN G5193782T - contractor staff Nguyen Van Hai, work permit expires 2027-02-10, allowed on site only with escort per MCST rules.
        Refund to owner Daniel Ho: DBS account 027-915834-6, amount SGD 1,350.00 (overpaid sinking fund), approved by the MCST council.
        Auntie Mei from the 3rd floor called again crying, says her son is in prison and nobody can help carry her groceries up since the lift broke.
    """),
    "ms": _lines("""
        Aduan daripada Encik Ahmad Faizal bin Rosli, No. K/P 850612-10-5533, unit B-12-03, Residensi Seri Kembangan: air bocor dari siling bilik air sejak minggu lepas.
        Puan Nor Azlina binti Hashim, tel 012-738 4619, tunggakan yuran penyelenggaraan RM5,640.00, akan difailkan tuntutan di Tribunal Pengurusan Strata.
        Pak Cik Rahman tingkat 7 terperangkap dalam lif 40 minit semalam, dia ada sakit jantung dan baru keluar hospital minggu lepas, anak dia nak saman pengurusan.
        Senarai kenderaan penduduk: WXY 8821 - Lee Chong Hin - Blok A-5-2; VBK 3307 - Kavitha a/p Muniandy - Blok C-9-11; pas akses tamat 31/12/2026.
    """),
    "mixed": _lines("""
        陈太 from Blk 22 Toa Payoh called, 话她老公 Mr. Chan Kok Wai 被困 lift 半个钟，血压飙到180，now at TTSH A&E, she want to claim from the MCST.
        业主 Lim Ah Huat IC 680314-07-5127, unit 8-3, Jalan Burma Penang, owe maintenance fee RM2,880, 已经发 notis 三次了还是不理。
        維修師傅 阿強 (Chan Wing Keung) 手提 6427 1938，佢話上次喺 Tower 2 跌傷咗腰，嚟緊兩個禮拜放病假，工程要搵人頂。
        Owner 刘志华 NRIC T0317825G 要求 refund 装修押金 SGD 2,000，PayNow 到他 mobile 8832 6074，since renovation inspection passed.
        Hi 物业, I'm Sophia Zhang 張詩琪 from 3座2804, HKID Y305718(4), my mum has dementia and keeps pressing the lift alarm, please don't call police on her.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一名物业服务中心的文书助手，负责起草各类通知和函件，语气正式、礼貌。"),
        (
            "user",
            "帮我写一份催缴函：业主周建华，住1号楼1203室，手机13822617405，欠缴2025年1月至2026年10月物业费共计9,842元，请他在12月15日前缴清。",
        ),
        (
            "assistant",
            "周建华先生/女士：您好！经核对，您名下1号楼1203室截至2026年10月累计欠缴物业费人民币9,842元（2025年1月至2026年10月）。请于2026年12月15日前通过小程序或前台缴清。如有疑问，请致电物业服务中心。此致 敬礼！",
        ),
        ("user", "语气再软一点，他最近刚做完手术，别太强硬。"),
        (
            "assistant",
            "好的，已调整为：尊敬的周建华先生，得知您近期手术，祝您早日康复。关于1号楼1203室尚未缴纳的物业费9,842元，您可在身体方便时办理，我们也可提供分期方案，期限暂定12月15日，如需延后请随时告知。",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下今天的电梯困人事故经过，写成给维保公司的报告：下午3点10分，8号楼1号梯停在9楼和10楼之间，被困的是9楼的住户孟庆华，72岁，有心脏病，被困了38分钟，出来以后被120拉走了。",
        ),
        (
            "assistant",
            "电梯困人事故报告（初稿）：2026年X月X日15:10，8号楼1号梯停于9-10层之间，轿厢内被困乘客1名（住户孟庆华，72岁，有心脏病史），被困时长约38分钟，救出后由120送医。请维保单位于24小时内提交故障原因分析及整改措施。",
        ),
        ("user", "报告要发给维保公司，老人的病情要不要写进去？"),
        (
            "assistant",
            "建议只写“被困乘客救出后身体不适，已送医”，不写具体姓名和病史。维保公司分析故障不需要这些健康信息，如果涉及后续赔偿，再按需要单独提供给保险公司或法务。",
        ),
    ],
    [
        ("system", "You are an assistant for a Singapore MCST managing agent. Be concise."),
        (
            "user",
            "Draft an email to the lift contractor. Resident Mr. Goh Chee Meng, NRIC S7631048C, unit #11-04, was trapped in Lift 3 on 2 Dec for 50 minutes. He wants the incident report for his insurance claim.",
        ),
        (
            "assistant",
            "Subject: Request for Incident Report - Lift 3 Entrapment on 2 Dec. Dear Sir/Madam, on 2 December a resident of #11-04, Mr. Goh Chee Meng, was trapped in Lift 3 for about 50 minutes. Please send us the incident report, fault findings and rectification within 3 working days so that we can assist his insurance claim. Regards, Managing Agent.",
        ),
        ("user", "Should I include his NRIC in the email?"),
        (
            "assistant",
            "No. Under the PDPC advisory guidelines on NRIC numbers, you should not collect or share the full NRIC unless required by law. The contractor only needs the date, lift and unit; give the NRIC to the insurer directly if they ask for it.",
        ),
    ],
    [
        (
            "user",
            "我係屯門一個屋苑嘅業主，叫梁嘉慧，住喺8座21樓F室，樓上單位漏水漏咗三個月，管理處話唔關佢哋事，我應該點做？我電話係 6238 4175，如果要寫信可以幫我寫埋。",
        ),
        (
            "assistant",
            "梁小姐你好。你可以先致電1823聯絡屋宇署及水務署聯合辦事處（滲水投訴調查聯合辦事處）要求調查；同時以書面形式通知管理處及樓上業主，保留相片及維修單據。需要嘅話我可以幫你草擬一封致管理處嘅信。",
        ),
        ("user", "好，幫我寫封信畀管理處。"),
        (
            "assistant",
            "致管理處：本人梁嘉慧，8座21樓F室業主（聯絡電話 6238 4175）。本單位浴室天花自2026年8月起持續滲水，懷疑源自樓上單位，現要求管理處於14日內安排與樓上業主協調檢查，並提供公共喉管維修記錄。如未獲處理，本人將向聯辦處投訴。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu untuk pejabat pengurusan kondominium di Selangor."),
        (
            "user",
            "Pemilik unit C-15-08, Encik Mohd Hafiz bin Kamarudin, tak bayar yuran sejak 2024, jumlah RM7,920. Nombor telefon dia 019-662 3048. Macam mana nak tuntut?",
        ),
        (
            "assistant",
            "Badan pengurusan boleh menghantar notis tuntutan bertulis dahulu. Jika tidak dibayar dalam tempoh yang ditetapkan, tuntutan boleh difailkan di Tribunal Pengurusan Strata kerana jumlah RM7,920 adalah dalam had tribunal. Simpan semua rekod invois dan surat peringatan kepada Encik Mohd Hafiz.",
        ),
        ("user", "Boleh tak saya tampal nama dia dan jumlah hutang di papan notis lobi?"),
        (
            "assistant",
            "Tidak digalakkan. Mendedahkan nama dan hutang individu di papan notis awam boleh melanggar Akta Perlindungan Data Peribadi 2010. Lebih selamat senaraikan nombor unit sahaja jika dibenarkan oleh undang-undang kecil, atau hubungi pemilik secara peribadi.",
        ),
    ],
    [
        (
            "system",
            "你是幸福里物业的客服机器人。以下是当前来电业主的档案：姓名 许国庆；房号 6栋3单元2201；手机 15915837264；身份证 350203198211274156；欠费 0；备注：家中有卧床老人，需优先处理电梯和水电报修。",
        ),
        ("user", "你好，我家卫生间马桶一直在漏水，能不能今天下午派人来修？"),
        (
            "assistant",
            "许先生您好，已为您登记报修：6栋3单元2201卫生间马桶漏水。因您家有需要优先照顾的家庭成员，已标记为优先单，维修师傅预计今天下午3点前联系您的手机159****7264确认上门时间。",
        ),
        ("user", "好的，谢谢。顺便问下下周电梯停运检修是哪天？"),
        (
            "assistant",
            "6栋电梯定期检验安排在下周三上午9:00-11:00，期间两部梯轮流停运，不会同时停。如老人需外出就医，可提前联系前台安排工作人员协助。",
        ),
    ],
    [
        (
            "user",
            "帮我翻译成英文给新加坡总部：业主 Tan Ah Kow 在 Blk 318 Clementi Ave 5 #06-22，电话 9785 3316，他说上周楼上装修震裂了他家天花板，要求 MCST 赔 S$3,500。",
        ),
        (
            "assistant",
            "Translation: Owner Tan Ah Kow of Blk 318 Clementi Ave 5 #06-22 (tel 9785 3316) reports that renovation works in the unit above last week cracked his ceiling, and he is asking the MCST for compensation of S$3,500.",
        ),
        ("user", "再加一句：他情绪很激动，说如果不赔就去 Small Claims Tribunal 告我们。"),
        (
            "assistant",
            "Added: Mr. Tan was very upset and said he will file a claim at the Small Claims Tribunals if the MCST does not compensate him. Note: liability usually lies with the owner who renovated, so the MCST may advise him to claim against that owner directly.",
        ),
    ],
    [
        (
            "user",
            "3号楼电梯大修要分摊，我把表格贴给你：1201 杜明远 面积112㎡；1202 彭雪 面积89㎡；1301 宋立新 面积112㎡（他说失业了交不起）；1302 任海燕 面积89㎡。总费用52,800元按面积分摊，每户多少钱？",
        ),
        (
            "assistant",
            "总面积 = 112+89+112+89 = 402㎡，每平方米分摊 52,800 ÷ 402 ≈ 131.34元。1201 杜明远：约14,710.45元；1202 彭雪：约11,689.55元；1301 宋立新：约14,710.45元；1302 任海燕：约11,689.55元（合计52,800元，尾差已调整）。",
        ),
        ("user", "宋立新那户能不能先由维修资金垫付？"),
        (
            "assistant",
            "可以考虑，但需要经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决者双过半同意，同时建议与宋立新签订书面还款协议，注明垫付金额和还款期限。",
        ),
    ],
    [
        ("system", "You help a Hong Kong registered lift contractor write job notes."),
        (
            "user",
            "Write a job note: call-out at Kwun Tong Industrial Centre, Lift 2, door fault E21 fixed by replacing the door roller, 45 min, engineer on duty RLE-0412.",
        ),
        (
            "assistant",
            "Job Note: Site Kwun Tong Industrial Centre, Lift 2. Fault E21 (landing door not closing). Action: replaced door roller, tested 20 cycles OK. Duration 45 min. Engineer: RLE-0412.",
        ),
        (
            "user",
            "Also add the complainant: Ms. Ivy Kwok, tenant of Unit 9C, mobile 5631 2740, HKID M620457(6), she fell when the door jammed and hurt her wrist.",
        ),
        (
            "assistant",
            "Added: Complainant Ms. Ivy Kwok (Unit 9C, mobile 5631 2740) reported the door jammed and she fell, injuring her wrist. I left out her HKID; it is not needed in a job note and should be kept only in the accident file if the insurer requests it.",
        ),
    ],
    [
        (
            "user",
            "我是业主卢振宇，身份证号 420106198707153210，要申请提取住宅专项维修资金换自家入户水管，物业说不能用，这合理吗？",
        ),
        (
            "assistant",
            "卢先生您好。住宅专项维修资金专项用于共用部位、共用设施设备的维修和更新、改造，入户水管如属于您家专有部分（通常是户内水表之后的管道），一般不能使用维修资金，需由您自行承担费用。若破损位置在水表之前的公共立管，则属于共用设施，可申请使用。",
        ),
        ("user", "那我怎么确认漏水位置是公共的还是我家的？"),
        (
            "assistant",
            "可请物业工程部和您一起现场查看，以水表为界划分；建议拍照并让物业出具书面检查记录。如有争议，可申请业委会或街道住建部门协调，必要时委托第三方检测。",
        ),
    ],
]
