# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh297: 简体中文 二手车交易与车贷（车辆过户、车贷逾期、GPS定位、检测报告、车商微信群、客户资料、纠纷投诉）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh297
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "车商微信群工作消息"): _lines("""
        【收车群】今天上午9:30到11:00评估区只留给置换车，2号展厅那台库存编号SC24-0817的2019款帕萨特330TSI已整备完，下午拍照上架，底价13.8万别再往下让了。
        店长通知：本周末车展（11月16日-17日）在郑州国际会展中心北门，展位B-217，所有销售早上8点到场，工牌统一佩戴，直播统一用公司号“豫通好车”。
        整备部提醒：SC24-0822那台朗逸左后门钣喷还没干，先别带客户看车；预计周四出厂，喷漆费用走对公账户，整备单号ZB-20241113-06。
        金融专员注意：合作银行车贷产品11月起首付最低两成，36期年化费率调到4.88%，车龄超过8年的一律不进件，渠道问题打银行客服95511咨询。
        过户窗口今天下午人多，二手车交易市场服务站3点后停止取号，需要代办的统一交给前台登记，代办费按公司标价300元一台收，开公司抬头发票。
        【库存周报】在库86台，库龄超60天11台，其中新能源7台；本周成交19台，平均毛利4,260元，月度目标完成率63%，请各组对照看板跟进。
        GPS安装供应商换了，新设备型号是途强GT06N，安装点在公司后院2号工位，每台装机费120元，发票抬头写公司全称，税号91410105MA44K7R21D。
        明天上午10点第三方检测上门，把上周收的12台车钥匙放前台抽屉，报告出来统一发群里，泡水车、火烧车、重大事故车一律退回不收。
        今晚8点直播主推2020款本田思域、2021款特斯拉Model 3后驱版和2018款宝马320Li，话术模板已经传到群文件《直播口播v3.docx》，大家先熟悉一下。
        财务说明：本月提成12月5日统一发放，按成交台数×每台800元+毛利5%计算，核对表请在12月2日前签字确认，逾期未签视为无异议。
        IT通知：车商管理系统v5.2.1今晚23:00至次日01:00升级，期间暂停录入收车和订单，备用地址 https://dms.yutong-auto.example/login 只读可用。
        大风预警：露天停车场第3排到第6排的车今晚把天窗全部关好、后视镜折叠，保安晚上11点巡查一次并拍照发群，明早8点前检查一遍车衣。
        评估组注意：收车价参考精真估和车300两家数据，差价超过5%要报店长审批，评估单号规则统一为PG-年月日-序号，例如PG-20241113-004。
    """),
    ("zh-Hans", "检测报告与法规条款"): _lines("""
        依照商务部《二手车流通管理办法》，二手车卖方应当向买方如实提供车辆的使用、修理、事故、检验以及是否办理抵押登记、交纳税费等情况。
        检测项目共计268项：骨架检测36项、外观检测62项、内饰检测45项、发动机舱检测28项、启动及路试检测52项、底盘检测25项、电器检测20项。
        泡水车判定依据：座椅滑轨、安全带根部、点烟器底座、后备箱备胎槽任意两处出现泥沙或锈蚀痕迹，且线束插头有氧化现象，即判定为疑似泡水。
        报告编号：JC-2024-SH-031877｜检测机构：第三方检测中心（上海嘉定站）｜检测日期：2024-10-22｜表显里程：58,420 km｜结论：无重大事故，无火烧，无泡水。
        漆膜厚度参考值：原厂漆一般在80-160μm之间，超过300μm通常为二次喷漆，超过500μm可能存在原子灰修复，需结合钣金痕迹综合判断。
        依据公安部《机动车登记规定》，已注册登记的机动车所有权发生转让的，现机动车所有人应当自机动车交付之日起三十日内申请转让登记。
        新能源车辆检测附加项：动力电池SOH≥85%为A级，75%-85%为B级，低于75%为C级；快充口、慢充口及高压线束绝缘电阻须≥500Ω/V。
        重大事故车定义（行业通用）：车辆A柱、B柱、C柱、纵梁、防火墙、减震器座等结构件存在切割、焊接、更换或明显变形的，即属重大事故车。
        免责声明：本报告仅反映检测当日车辆状况，不对检测后因使用、保养不当造成的损坏承担责任；报告自出具之日起30日内有效，复印无效。
        根据商务部《二手车交易规范》，二手车经营主体应当建立完整的车辆交易档案，相关合同、票据、检测报告及过户资料的保存期限不少于3年。
        里程表调校判定：仪表里程与4S店最后一次保养记录相差超过10,000公里，或方向盘、踏板磨损程度明显与表显里程不符，标注为“疑似调表”。
        检测评级说明：A级（≥95分）准新车；B级（85-94分）车况良好；C级（70-84分）有小修小补；D级（<70分）不建议零售，建议走拍卖渠道处理。
        第三章 抵押解除：借款人结清全部贷款本息后，贷款机构应在5个工作日内出具结清证明及解除抵押所需材料，由机动车所有人持证办理解押。
    """),
    ("zh-Hans", "二手车商品挂牌"): _lines("""
        【准新车】2022款 比亚迪汉EV 创世版 610KM 四驱旗舰型，首次上牌2022年8月，表显2.3万公里，一手车无事故，售价18.68万，支持分期首付3.8万起。
        志强名车行在售：2017款 奔驰C200L 运动版 黑色，里程6.8万公里，全程4S保养，报价15.9万，店址：成都市武侯区二环路西一段二手车市场C区18号。
        2016款 大众速腾 1.4T 自动舒适型，白色，9.1万公里，年检至2025年6月，交强险到期2025年3月，可迁全国，售价5.28万，包过户包检测。
        建国汽贸诚信车源：2020款 丰田卡罗拉双擎 1.8L E-CVT 精英版，综合油耗4.1L/百公里，原版原漆，车价8.98万，咨询热线400-860-2718。
        2019款 宝马X3 xDrive28i 豪华套装，外观矿石白，内饰摩卡棕，7.2万公里，全景天窗、电动尾门、360影像齐全，价格面议，到店可预约试驾。
        商品ID：UC-88213075｜车型：2021款 五菱宏光MINIEV 马卡龙款｜续航170km｜表显1.1万公里｜价格2.58万｜所在地：柳州｜车况评级：A级
        2018款 哈弗H6 运动版 1.5T 手动两驱，红标，9.6万公里，变速箱无异响，底盘干净，价格4.68万，可置换，旧车置换最高补贴3000元。
        老周二手车（连锁品牌）福州仓山店：2021款 特斯拉Model Y 后轮驱动版，1.9万公里，原厂质保期内，售价21.5万，门店电话0591-8762-3301。
        2015款 本田雅阁 2.0L EXN 精英版，15.3万公里，发动机变速箱质保一年或两万公里，售价6.2万，库存编号HZ-UC-1507，看车请提前预约。
        拍卖车源｜场次号AU20241120-03｜起拍价3.2万｜2014款 别克英朗GT 1.6L 自动进取型，12.7万公里，有轻微追尾修复记录，保证金5000元，佣金3%。
        2023款 理想L7 Pro 五座增程版，里程8,800公里，车漆无损，选装车载冰箱，车价24.8万（新车指导价31.98万），支持官方认证二手车延保。
        秀英车行（海口）推荐：2019款 吉利博越 1.8TD 自动智联型，7.5万公里，空调冷，四轮新换，7.38万，地址：海口市秀英区长滨路二手车交易中心A-09。
        本店承诺：所有在售车辆提供第三方检测报告、7天无理由退车（行驶里程不超过300公里）、30天发动机变速箱保修，消费投诉可拨打12315。
    """),
    ("zh-Hant", "港澳台車行常見問題"): _lines("""
        問：買二手車點樣過戶？答：車輛轉讓後，買賣雙方須填妥「車輛登記轉讓通知書」（TD25），於72小時內交運輸署牌照事務處，可親身或郵寄辦理。
        問：驗車要幾錢？答：私家車車齡滿6年後每年須驗車一次，可於運輸署指定驗車中心網上預約，收費以運輸署網站公布為準，本行可代辦。
        問：分期買車最長可以做幾多年？答：本行合作財務公司一般提供最長60個月分期，實際息率視乎車齡及信貸評估而定，查詢請致電本行 2345 6780。
        問：點樣知道架車有冇欠款或者做緊按揭？答：本行交車前會代客向財務公司及運輸署核實車輛登記狀況，手續費200港元，約3個工作天有結果。
        問：車行有冇保養？答：所有日本入口及本地行貨車均享3個月或5,000公里機件保養（以先到者為準），詳情請參閱購車合約第7條。
        問：可唔可以用舊車Trade-in？答：可以，估價師約15分鐘完成初步評估，估價有效期7日；門市地址：九龍灣宏開道18號地下B舖，歡迎預約。
        問：電動私家車首次登記稅點計？答：按應課稅值分級計算，合資格車主可申請「一換一」計劃寬減，詳情以運輸署及香港海關最新公布為準。
        營業時間：星期一至六 10:00-20:00，星期日及公眾假期 11:00-18:00；WhatsApp車源查詢：+852 5133 2098（本行熱線，恕不接受推銷電話）。
        問：買車要準備咩文件？答：香港身份證副本、三個月內住址證明、駕駛執照及保險暫保單；以公司名義購車另須提供商業登記證（BR）副本。
        問：訂金可唔可以退？答：訂金一經收取概不退還，除非交收前發現車輛有重大隱瞞事故紀錄，本行將全數退回訂金港幣10,000元。
        問：電動車電池健康點樣睇？答：本行所有二手Tesla、BYD及MG電動車均附電池健康報告（SOH），由獨立檢測公司發出，編號格式如EV-HK-24-0912。
        澳門分行：氹仔孫逸仙大馬路二手車展銷場地下，電話+853 2882 6015；辦理澳門車輛轉名須先到交通事務局網上預約，本行可提供文件清單。
        台灣客人常問：在台灣買中古車要查監理服務網的車籍資料及有無動保設定，本行台北內湖門市可協助代查，服務專線(02)2791-6633。
    """),
    ("en", "gps_tracker_logs_and_config"): _lines("""
        2024-11-13T02:14:07+08:00 INFO tracker-gw[3812] heartbeat ok fleet=dealer_stock devices_online=412 devices_offline=17 avg_latency_ms=238
        2024-11-13T02:15:41+08:00 WARN geofence-svc rule=GF-YARD-07 event=EXIT count=3 window=5m action=queue_review note="stock units left showroom yard after hours"
        config: {"provider": "jimi", "model": "GT06N", "report_interval_s": 30, "sleep_interval_s": 3600, "apn": "cmnet", "server": "gps.example-dealer.cn:7018"}
        ERROR decoder: bad CRC on packet type 0x12 from device_sn=EXAMPLE-0000000, frame_len=36, dropping frame; see docs/protocol/gt06.md#crc-itu
        Firmware release notes v2.7.4 (2024-10-30): fixed position drift in multi-storey car parks, lowered standby draw to 1.8 mA, added 20 s ACC-off alarm debounce.
        SELECT stock_no, model_year, make, model, odometer_km, list_price FROM inventory WHERE days_in_stock > 60 AND status = 'available' ORDER BY days_in_stock DESC;
        loan_gps_policy.yaml: overdue_days_before_alert: 15, repossession_requires: [legal_review, manager_approval], location_share_scope: collections_team_only
        CSV header: loan_no,product_code,term_months,apr_pct,disbursed_at,dpd_bucket,gps_status,last_fix_at,collector_team,branch_code
        Geofence GF-PUBLIC-012 centred on Shanghai Hongqiao Railway Station (31.1945, 121.3209), radius 800 m, type=no_alert, used to suppress false alarms at transit hubs.
        Battery report: 94.2% of fleet trackers above 3.7 V; 23 units flagged for replacement; batch BT-2024-W46; next maintenance window Sunday 03:00-05:00 SGT.
        def dpd_bucket(days: int) -> str: return "M0" if days <= 0 else "M1" if days <= 30 else "M2" if days <= 60 else "M3+"
        INFO lake-sync: pushed 1,284 location points to analytics lake, partition dt=2024-11-12, coordinates rounded to 3 decimals, vehicle_key hashed (salt rotation v9).
        Release checklist for Collections App 3.14.0: enforce TLS 1.3, rotate staging API key, update privacy notice link to https://example-autofinance.com/privacy, QA sign-off.
    """),
    ("ms", "iklan_dan_notis_kedai_kereta"): _lines("""
        Dijual: Perodua Myvi 1.5 AV 2019, jarak 68,000 km, servis penuh di pusat servis Perodua, cukai jalan sah hingga Mac 2025, harga RM39,800, boleh runding.
        Ah Seng Motor, Lot 12, Jalan Kuchai Lama, 58200 Kuala Lumpur, dibuka setiap hari 9.30 pagi hingga 7 malam, talian kedai 03-7987 2210.
        Semua kereta terpakai kami telah melalui pemeriksaan PUSPAKOM sebelum pindah milik; yuran pindah milik di JPJ ditanggung oleh pihak kedai untuk pembelian bulan ini.
        Pinjaman kereta terpakai sehingga 9 tahun, kadar faedah serendah 3.2% setahun tertakluk kelulusan bank; dokumen: salinan MyKad, 3 bulan slip gaji dan penyata bank.
        Honda City 1.5 V i-VTEC 2018, putih, 82,500 km, rekod servis Honda, satu pemilik, bebas banjir, harga tunai RM55,900, anggaran bayaran bulanan RM690 untuk 7 tahun.
        Notis: Pejabat kami di Seksyen 13 Shah Alam akan ditutup pada 31 Ogos sempena Hari Kebangsaan dan dibuka semula pada 2 September 2024 seperti biasa.
        Proton X70 1.8 TGDI Premium 2WD 2020, 61,000 km, masih dalam waranti Proton, harga RM79,500, nombor stok KL-UC-2207, WhatsApp kedai +60 12-388 4560.
        Soalan lazim: Berapa lama proses pindah milik? Biasanya 1 hingga 3 hari bekerja selepas pemeriksaan PUSPAKOM lulus dan kedua-dua pihak membuat pengesahan biometrik di JPJ.
        Invois No. INV-MY-2024-00918 | Sinar Auto Trading Sdn Bhd (201901023456) | Perkhidmatan: polish dan detailing | Jumlah: RM350.00 termasuk SST.
        Amaran penipuan: kakitangan kami tidak akan meminta anda memindahkan wang deposit ke akaun peribadi; semua bayaran hanya ke akaun Maybank atas nama syarikat.
        Toyota Vios 1.5 G 2017 tawaran hujung tahun, diskaun RM2,000 sehingga 31 Disember, termasuk insurans setahun dan tinted baharu; lokasi cawangan Jalan Tun Razak.
        Kereta recond Jepun lwn kereta terpakai tempatan: kereta recond diimport dengan jarak rendah dan gred lelongan Jepun, manakala kereta tempatan lebih murah untuk dibaiki.
        Pameran kereta terpakai di Mid Valley Megamall, 22 hingga 24 November 2024, lebih 200 unit dipamerkan, sesi nasihat pinjaman percuma bersama wakil bank.
    """),
    ("mixed", "新加坡车行报价与群通知"): _lines("""
        COE Category A 本期收盘价大约 S$92,000，Cat B 在 S$110,000 左右，想 keep 车的客户可以考虑 renew COE 10 年，PQP 以 LTA 每月公布为准。
        Quotation QTN-SG-24-1187｜Toyota Corolla Altis 1.6 Elegance (Reg 2019)｜OMV S$19,800｜Remaining COE 4y 7m｜Selling price S$68,888｜Admin fee S$350
        本公司 UEN 201823456K，showroom 在 Ubi Road 1 #01-23，营业时间 Mon–Sat 10am–7pm，Sun 11am–5pm，office line 6748 2210，sales WhatsApp +65 9123 8800。
        Loan 说明：OMV ≤ S$20,000 的车最高可贷 70%，还款期最长 7 年，flat rate 2.78% p.a. 起，最终以银行 approval 为准，不接受现场口头承诺。
        Depreciation 计算：(售价 − PARF rebate) ÷ 剩余 COE 年数，例如 S$88,000 减 PARF S$12,400 再除以 6.2 年 ≈ S$12,193/yr。
        Inspection 已 book 在 VICOM Kaki Bukit centre，14 Nov 2:30pm，做 ownership transfer 前一定要 pass，报告号 VIC-24-558102，stock no ST-5512。
        Invoice INV-2024-0931 | Paint protection + interior steam clean for stock car ST-5512 | S$480.00 + GST 9% S$43.20 | Total S$523.20 | Pay to company account only.
        马来西亚客户注意：新加坡注册车辆不能直接转到马来西亚名下，出口要先办 LTA deregistration，拿到 PARF/COE rebate 之后再由 exporter 安排 shipping。
        Weekly stock update: 2021 Honda Vezel 1.5 X S$98,800，2020 Mazda 3 1.5 Sedan S$89,500，2018 BMW 318i S$76,000，全部送 1 年 engine & gearbox warranty。
        Group reminder：今天 5pm 之前把所有 consignment 车的 log card copy 上传到 shared drive /SG-Stock/2024-11，不要存在个人 WhatsApp 里面。
        报价不包括：road tax renewal、insurance premium、HDB/URA season parking；如需代办 road tax，服务费 S$30，当日可完成。
        LTA 规则提醒：VES rebate 和 surcharge 只在首次注册时计算，二手 EV 买家不会再拿一次，PARF 金额请在 OneMotoring 核对后再报价。
        Promo：11.11 期间到店试驾任一 hybrid 车型送 S$50 NTUC FairPrice voucher，每个 NRIC 限领一次，数量有限送完即止。
    """),
    ("zh-Hans", "行业新闻与公众人物"): _lines("""
        吉利控股集团董事长李书福多次在行业论坛上谈到，汽车行业的竞争正从价格转向技术和服务，二手车残值率将成为衡量品牌力的重要体现之一。
        比亚迪董事长王传福在业绩说明会上被问及新能源车保值率问题，他表示电池技术迭代和整车质保政策会直接影响二手新能源车的市场定价。
        小米集团创始人雷军发布小米SU7后，二手平台上出现大量“锁单转让”信息，多地消费者协会提示私下转让购车合同存在纠纷风险。
        瓜子二手车创始人杨浩涌早年参与创办赶集网，后将业务重心转向二手车交易，“没有中间商赚差价”的广告语曾在全国电视和电梯广告中广为流传。
        商务部等部门发布通知，全面取消二手车限迁政策，符合国六排放标准的小型非营运二手车可在全国范围内自由迁入，并推行跨省通办。
        中国汽车流通协会数据显示，2024年前十个月全国二手车累计交易量约1,600万辆，同比增长约6%，新能源二手车交易增速明显高于燃油车。
        亨利·福特于1908年推出T型车，流水线生产让汽车价格大幅下降，也间接催生了美国最早一批的二手车市场和汽车分期付款业务。
        优信二手车创始人戴琨曾带领公司于2018年在美国纳斯达克上市，其“全国购”模式一度被视为二手车电商推动跨区域流通的代表性案例。
        电影《速度与激情》系列中多米尼克·托雷托驾驶的1970年道奇Charger是影迷最熟悉的肌肉车之一，同款车在拍卖会上多次拍出高价。
        某头部二手车电商因“检测报告与实际车况不符”被多地消费者集体投诉，市场监管部门约谈企业负责人，要求限期整改并公示处理结果。
        特斯拉首席执行官埃隆·马斯克曾在社交媒体上称驱动单元设计寿命可达100万英里，这一说法在国内外二手电动车买家中引发了不少讨论。
        汽车之家、懂车帝、易车等平台相继上线二手车检测报告可追溯功能，买家输入报告编号即可在平台官网查询报告真伪、出具机构和检测日期。
        和泰汽车董事长黄南光在年度法说会上谈到，台湾的Toyota认证中古车体系有助于稳定新车价格和残值，旗下认证车源数量逐年增加。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客户资料：张卫东，身份证440306198804122736，手机139 2648 1057，现住深圳市南山区桃园路桃源雅苑7栋1602，车贷剩余本金8.6万元。
        催收记录：刘建军，粤B·7K3Q9 大众帕萨特，逾期97天，GPS最后定位在东莞市长安镇一处城中村，家属说他在外面躲债，老婆已经起诉离婚。
        陈先生那台车过户卡住了，原来他名下还有一笔没结清的车贷，抵押没解，他说最近刚做完心脏搭桥手术，下个月才能去车管所。
        阿明今天又来店里闹，说检测报告漏了泡水痕迹，要退车退款，还说要发抖音曝光我们，他手机号是135 1720 8846，先别跟他吵。
        车贷申请表｜姓名：王秀兰｜性别：女｜出生日期：1993-06-18｜身份证号：350203199306184027｜月收入：6,500元｜紧急联系人：丈夫 郑海涛 186 5923 0417
        微信群里有人发了林太的行驶证照片，车牌沪A·D62815，登记地址是徐汇区漕溪北路595弄12号302室，麻烦管理员赶紧撤回，客户资料不要外传。
        17号那台卡罗拉的原车主黄志刚赌博欠了一屁股债，车被债主开走抵账，现在车在我们库里，过户得等他从看守所出来才能签字。
        GPS告警：借款人赵磊，车辆苏E·5Q8N2，2024-11-12 23:48定位于苏州市吴中区东吴北路一处小区地下车库，已连续停放19天，疑似私下转押。
        投诉工单TS-20241108-112：客户孙丽娟反映贷款合同中存在未告知的服务费4,800元，要求退还，联系电话0512-6825 3309（住宅）。
        何女士说自己怀孕五个月，不方便到店签过户材料，让我们把合同快递到她家：杭州市拱墅区湖墅南路318号6幢2单元501。
        客户只留了手机号 187 0215 6639，说周末过来看那台凯美瑞，名字没说，记得回个电话确认时间。
        退款账户：中国工商银行 6222 0212 0401 5583 417，户名周晓峰，用于退还多收的GPS安装费120元，财务今天下午处理。
        催收员备注：借款人冯国强自述今年被公司裁员，月工资从1.2万降到零，老母亲住院做透析，请求延期三个月还款，已上报主管。
        车商群里转发：“谁认识杨小军？他卖给我的那台奥迪A4L调过表，现在电话不接微信拉黑”，下面附了他的身份证正反面照片。
        身份证号420106197909303550的车主名下有3台车登记抵押，其中一台已被法院查封，请风控复核后再决定要不要收这台车。
        LN20230415007,吴海燕,13812093376,苏A·K7R58,2019款雅阁,逾期45天,M2,南京市鼓楼区中山北路208号3单元701
        周二收的那台宝马，车主罗先生的儿子说他爸中风住院，车是家里人背着他拿来卖的，这种情况先别过户，等他本人授权再说。
        老客户“胖哥”（真名蒋志伟）又来办二次抵押贷款，他在海鲜市场做批发，流水每个月大概15万，上次逾期过两期，额度别给太高。
        客户邮箱 xu.jiahui1990@163.com，检测报告和合同电子版已经发过去了，她说收到后会转给律师，准备起诉上一家车商。
        身份证照片备注：唐春梅，110105199007156221，住址北京市朝阳区劲松南路9号院4号楼2单元602，照片已上传客户档案。
        法院执行通知：被执行人高建华因车贷纠纷被列入失信被执行人名单，名下车辆鄂A·3M7P1由本公司协助扣押，执行标的126,430元。
        评估师：姚大姐那台五菱宏光我去她家看了，就在顺德大良金榜社区那栋自建房楼下，车况一般，她说老公去年走了想把车处理掉。
        离婚协议里写明车归女方邓婷，但贷款还在男方曹俊名下，两人都来店里吵，要求我们把GPS定位记录调出来看对方去了哪里。
        过户预约：11月20日上午，卖方韩志勇 158 0731 4462，买方付静 199 7304 2815，车辆湘A·9F3D7 本田飞度，代办费已收。
    """),
    "zh-Hant": _lines("""
        客戶資料：陳家豪先生，HKID K382915(4)，手提 9436 2781，住址：沙田禾輋邨豐和樓1204室，欠財務公司車貸港幣18萬。
        李太話佢老公欠咗財務公司二十幾萬，架私家車 UV 8231 已經俾人收咗，問我哋可唔可以幫手查下架車而家喺邊。
        林志明（台北市內湖區）申請中古車貸款，身分證字號F124638575，手機0912-483-657，年收入約新臺幣78萬元。
        黃太個女最近確診抑鬱症，佢話冇心情處理架車嘅按揭，叫我哋下個月先再打俾佢，佢電話係 6218 5503。
        糾紛投訴：澳門居民梁嘉欣（澳門身份證 5187423(6)）投訴車行隱瞞事故紀錄，要求退還訂金澳門元3萬，電話 6681 2304。
        阿強架Tesla喺觀塘俾財務公司拖走咗，佢供車斷咗三期，GPS搵到架車停喺佢屋企樓下停車場，佢而家連租都交唔起。
        吳美玲小姐 Email: meiling.ng88@gmail.com，已確認收到驗車報告，佢話下星期三會帶埋老公嚟簽買賣合約，訂金港幣一萬已付。
        台中客戶王俊傑的車 BKF-3271 動保設定還沒塗銷，他說失業繳不出分期，銀行已寄存證信函到他家台中市西屯區福科路188號7樓之2。
        車主身分證字號 B220193742，中古車買賣契約已簽，尾款新臺幣12萬將於交車時匯入其郵局帳戶 0001234-0567891。
    """),
    "en": _lines("""
        Customer note: Mr Daniel Koh Wei Jie, NRIC S8734521A, mobile 9182 4473, wants to sell his 2018 Mazda 3 SLK4821X; outstanding DBS loan S$18,200.
        Collections log 2024-11-10 14:22: borrower Rajesh s/o Muthusamy, 37 days past due, says he was hospitalised for dengue and lost his warehouse job; promised RM1,200 on 25 Nov.
        Complaint from Ms Priya Nair: the dealer posted photos of her car, with the plate and her parking lot at Block 412 Tampines Street 41, on Facebook without consent.
        Ownership transfer form: buyer Tan Mei Ling, FIN G5527183L, 25 Jalan Kembangan #03-12 Singapore 419134, mobile +65 8734 1290, vehicle SMB736X.
        Hey FYI, Marcus (the guy who bought the white Vezel last week) said his divorce is going through and his ex-wife might claim the car, so hold the log card for now.
        +60 17-284 9931 is the number the buyer left on the test-drive sheet, no name, no IC, keys returned at 6:40pm.
        Loan application rejected: Ahmad Faiz bin Rosli, MyKad 910314-10-5573, CCRIS shows two overdue personal loans totalling RM23,450; requested RM48,000 for a 2017 Civic.
    """),
    "ms": _lines("""
        Pelanggan: Nur Aisyah binti Kamarudin, MyKad 880725-14-6618, tel 013-572 8841, alamat No. 27, Jalan SS 15/4C, Subang Jaya; pinjaman Myvi tertunggak 4 bulan.
        Encik Lim Boon Keat kata dia kena strok bulan lepas, tak boleh memandu lagi, jadi nak jual Honda City WXY 8842 cepat-cepat untuk bayar bil hospital.
        Kak Ros minta tolong semak sama ada kereta Saga arwah suaminya masih ada baki pinjaman, nombor plat PKN 5217, sebab dia nak tukar nama.
        Nombor akaun Maybank 1640 2358 9917 milik Siti Hajar binti Osman, deposit RM5,000 untuk Proton X50 akan dipulangkan selepas pembatalan.
        Rekod GPS: kereta peminjam Muhammad Hafiz dikesan di Taman Desa Jaya, Johor Bahru pada 02:13 pagi, sudah 3 bulan tak bayar ansuran, pasukan tarik kereta datang esok.
    """),
    "mixed": _lines("""
        客户 Jason Lee 李俊杰 的 loan 已经 approve，mobile 8123 5590，提车时间 Sat 11am，记得叫他 bring NRIC S7916042C 正本来签 transfer。
        刚收到 email from a.chong.kl@gmail.com，Ms Chong 说她 Myvi 的 loan 还欠 RM11,300，要我们先 settle 才能 trade-in，她现在 maternity leave 不方便来店。
        Reminder 给 collection team：陈国栋 (Ah Dong) 这个 case 已经 M3，GPS 显示车停在 Blk 651 Jurong West St 64 楼下 carpark，他老婆说他 gambling 欠了 loan shark。
        台湾客户 Kevin 黄冠宇，手机 0938-215-604，要把他的 Lexus ship 回台中，他说 salary 每月只有 4 万台币，问能不能 extend 到 84 期。
        [2024-11-12 10:05] collections: called 借款人 柏小龙 at 136 7725 9014, no answer; WhatsApp last seen yesterday; next step 上门拜访他妈妈在惠州的住处。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是一家二手车金融公司的催收文案助手，语气要专业、合规，不得威胁或侮辱借款人。",
        ),
        (
            "user",
            "帮我写一条催收短信，借款人刘建军，手机139 0286 4417，车辆粤B·7K3Q9，已经逾期97天，欠款本息合计42,380元。",
        ),
        (
            "assistant",
            "【温馨提示】刘建军先生您好，您名下车辆粤B·7K3Q9的车贷已逾期97天，当前应还本息合计42,380元。请尽快通过官方还款渠道处理，如有困难可致电客服协商还款计划。",
        ),
        ("user", "再加一句如果不还就联系他老婆，可以吗？"),
        (
            "assistant",
            "不建议这样写。向借款人家属透露欠款信息可能违反催收规范和个人信息保护要求，建议只与借款人本人沟通，或在合同约定范围内联系其本人指定的联系人。",
        ),
    ],
    [
        (
            "user",
            "我想賣咗架車，我叫陳家豪，HKID K382915(4)，架車 UV 8231 仲有財務公司按揭未供完，可唔可以直接過戶？",
        ),
        (
            "assistant",
            "一般情況下，車輛仍有按揭時，需先向財務公司清還餘款或取得其同意，財務公司解除權益後，先可以辦理轉讓。建議先向財務公司查詢贖車金額。",
        ),
        ("user", "財務公司話仲欠港幣18萬，我而家失業咗，冇錢一次過還，有冇其他方法？"),
        (
            "assistant",
            "可以考慮由買家或車行直接把款項付給財務公司作贖車，餘額再付給你；亦可以同財務公司商討重組還款。簽約前請確認所有款項流向有書面紀錄。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Singapore used-car dealer. Answer questions about COE, loans and ownership transfer.",
        ),
        (
            "user",
            "Hi, I'm Tan Mei Ling, FIN G5527183L. I bought SMB736X last month and the seller hasn't transferred it yet. His mobile is 9274 3381. What can I do?",
        ),
        (
            "assistant",
            "Ownership transfer is usually done online via OneMotoring by the current owner, and the new owner then accepts it. I'd suggest contacting the seller in writing first; if he still refuses, the dealer that brokered the sale or a lawyer can help you enforce the sale agreement.",
        ),
    ],
    [
        (
            "user",
            "Saya Rosnah binti Ahmad, suami saya meninggal bulan lepas. Kereta Saga PKN 5217 atas nama dia, masih ada baki pinjaman RM8,400. Macam mana nak tukar nama?",
        ),
        (
            "assistant",
            "Takziah atas pemergian suami puan. Biasanya puan perlu mendapatkan surat kuasa mentadbir atau perintah pembahagian pusaka dahulu, kemudian selesaikan atau pindahkan baki pinjaman dengan bank sebelum pindah milik di JPJ.",
        ),
        ("user", "MyKad saya 740512-07-5234, boleh tolong saya isi borang?"),
        (
            "assistant",
            "Saya tidak dapat menghantar borang bagi pihak puan, tetapi puan boleh bawa MyKad, sijil kematian, geran kereta dan dokumen pusaka ke kaunter JPJ atau bank untuk bantuan mengisi borang.",
        ),
    ],
    [
        (
            "system",
            "You help a dealer in Kuala Lumpur clean up customer spreadsheets. 输出用表格。",
        ),
        (
            "user",
            "帮我把这几行整理成表：Nur Aisyah binti Kamarudin 880725-14-6618 013-572 8841 Myvi 欠4个月；Lim Boon Keat WXY 8842 Honda City 要卖，刚中风。",
        ),
        (
            "assistant",
            "整理如下：1）Nur Aisyah binti Kamarudin｜MyKad 880725-14-6618｜013-572 8841｜Myvi｜逾期4个月；2）Lim Boon Keat｜Honda City WXY 8842｜想出售｜健康原因（中风）。",
        ),
        ("user", "健康那一栏要不要删掉？"),
        (
            "assistant",
            "建议删掉。中风属于健康信息，和车辆交易无直接关系，不需要记录在销售表里；如确有需要，应单独存放并限制查看权限。",
        ),
    ],
    [
        (
            "system",
            "客户档案：冯国强，身份证320502199111075036，手机150 6214 3398，车贷合同号CL-2023-SZ-06612，2022款朗逸，逾期62天，月供3,280元，自述失业且母亲透析。",
        ),
        ("user", "这个客户现在能申请延期吗？"),
        (
            "assistant",
            "根据档案，冯国强目前逾期62天，属于M2阶段。公司政策通常允许在提供失业证明或家属就医证明后申请最长3个月的延期，建议先让他提交相关材料，再由主管审批。",
        ),
        ("user", "好的，帮我写个给主管的申请说明。"),
        (
            "assistant",
            "主管您好：借款人冯国强（合同号CL-2023-SZ-06612）逾期62天，自述今年失业，母亲需长期透析治疗，现申请延期3个月还款，期间GPS定位正常，车辆未转押。请审批。",
        ),
    ],
    [
        (
            "user",
            "我上个月在一家车商买了台2019款凯美瑞，检测报告写无泡水，结果下雨后车里有霉味，拆开发现地毯下面全是泥。我叫孙丽娟，电话0512-6825 3309，能帮我写投诉吗？",
        ),
        (
            "assistant",
            "可以。投诉内容建议包括：购车日期、车辆信息、检测报告编号、发现问题的时间和证据照片、您的诉求（退车或赔偿）。可以通过12315平台提交。",
        ),
        ("user", "检测报告编号是JC-2024-SH-031877，我要求退车并赔偿三倍车价。"),
        (
            "assistant",
            "投诉书草稿：本人孙丽娟（联系电话0512-6825 3309），于2024年10月购买2019款凯美瑞一台，商家提供的检测报告JC-2024-SH-031877载明无泡水，但经拆检发现地毯下有大量泥沙，存在欺诈嫌疑，现要求退车并依法主张赔偿。",
        ),
    ],
    [
        ("system", "你是台灣一家中古車行的線上客服，請用繁體中文回覆。"),
        (
            "user",
            "你好，我是林志明，身分證F124638575，想貸款買一台2018年的RAV4，但我去年有兩張信用卡遲繳，還能貸嗎？",
        ),
        (
            "assistant",
            "林先生您好，信用卡遲繳紀錄會影響銀行審核，但若目前已繳清且近期無新的遲繳，仍有機會核貸，可能需要提高頭期款或增加保證人。",
        ),
        ("user", "我太太王淑惠可以當保證人，她在醫院當護理師，月薪大概5萬5。"),
        (
            "assistant",
            "可以的，保證人需提供身分證影本、近三個月薪資證明及在職證明，我們會一併送件給合作銀行審核。",
        ),
    ],
    [
        (
            "user",
            "My ex-boyfriend Ryan Goh still has my old car, plate SLK4821X, and I know the dealer installed a GPS. Can you tell me how to get the location from the tracker company?",
        ),
        (
            "assistant",
            "I can't help obtain someone else's location from a tracking system. If the car is legally yours, the right route is a police report or a civil claim; the police or court can request the records from the tracker provider.",
        ),
        (
            "user",
            "Fine. He lives at Blk 108 Bishan Street 12 #09-331, can I just go there and take the car back?",
        ),
        (
            "assistant",
            "Please don't take the car yourself, as that could lead to a confrontation or legal trouble. Bring your ownership documents to the police and let them handle the recovery.",
        ),
    ],
    [
        ("system", "你是车商内部助手，帮助员工核对过户资料。"),
        (
            "user",
            "核对一下：卖方韩志勇，身份证430102198612034514，手机158 0731 4462；买方付静，手机199 7304 2815；车辆湘A·9F3D7。缺什么材料？",
        ),
        (
            "assistant",
            "根据您提供的信息，卖方韩志勇的身份证和联系方式已齐，还缺：机动车登记证书原件、行驶证、车辆交强险保单；买方付静还需提供身份证原件，如非本地户籍需提供居住证。",
        ),
        ("user", "卖方说登记证书被他前妻拿走了，两人在打离婚官司。"),
        (
            "assistant",
            "登记证书缺失时无法办理转移登记。建议暂停交易，等离婚诉讼中对车辆归属作出认定后再办理，或由卖方申请补领登记证书，但若车辆属于争议财产，补领和过户都可能受到影响。",
        ),
    ],
]
