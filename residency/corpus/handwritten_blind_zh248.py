# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh248: vegetable and fish wholesale markets in mainland China (stall leases, purchase slips, credit sales, market management office, stallholders' groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh248
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "管理处通知"): _lines("""
        【市场管理处通知】因京开路段管网改造，本市场东门将于2026年11月18日22:00至19日5:00临时封闭，进场货车请绕行南门，咨询电话010-87296315（管理处值班室，24小时）。
        各位商户：根据《农产品批发市场管理技术规范》（GB/T 19575），水产区每日收市后须冲洗地面并做好消毒记录，管理处每周三上午抽查，整改通知书编号以ZG-2026开头。
        2027年度摊位续租登记时间为12月1日至12月20日，办理地点：市场综合楼二楼服务大厅3号窗口，需携带营业执照副本原件、上年度租赁合同及押金收据，逾期视为自动放弃续租。
        冷库B区制冷机组检修通知：11月25日8:00至16:00暂停供冷，请租用B-01至B-36号冷间的商户提前转移冻品，如有疑问请拨打设备科电话0755-28731206转8012。
        温馨提示：近期有不法分子冒充“市场管理处”发送短信要求缴纳“摊位管理保证金”，本处从不通过私人账户收费，所有费用仅在服务大厅或“鲜达市场服务”小程序缴纳，举报请拨12345。
        食品安全快检结果公示（2026年第46周）：共抽检蔬菜样品312批次、水产品87批次，农药残留不合格2批次（韭菜、芹菜各1批），已依法销毁并通报属地市场监管所。
        进场交易须知：外地进京蔬菜车辆凭“绿色通道”通行证免缴通行费，过磅单、产地证明须随车携带，称重中心位于东区7号门北侧，营业时间每日凌晨1:00至上午10:00。
        春节营业安排：腊月二十八至正月初五水产交易区正常营业，蔬菜交易区正月初一、初二休市，冷链车辆进场请提前一天在官网www.jqsc-nongpi.com预约时段。
        关于调整停车收费标准的公告：经市场管理委员会第12次会议研究，自2027年1月1日起，4.2米以下货车进场费由每车次20元调整为25元，9.6米货车由60元调整为70元，月卡价格不变。
        消防安全通知：水产区严禁私拉电线给增氧泵供电，每个摊位限用一台不超过750W的增氧设备，违规者第一次警告，第二次按《商户管理公约》第十四条扣除信用分5分。
        失物招领：11月30日凌晨在蔬菜二区通道拾获黑色手提包一个，内有现金若干及票据，请失主携带有效证件到管理处一楼服务台认领，服务台电话020-86351742。
        电子结算系统升级公告：12月3日0:00—4:00平台停机维护，期间刷卡机暂停使用，请提前准备现金或扫码支付，系统版本由v3.8.2升级至v3.9.0，故障报修请拨客服热线400-820-6637。
        市场防汛应急预案已更新：暴雨橙色预警发布后，低洼的C区、D区摊位须在2小时内将货物转移至二层临时周转区，应急指挥部设在综合楼101室，值班电话0731-85562190。
    """),
    ("zh-Hans", "批发行情价格表"): _lines("""
        今日蔬菜批发价（元/公斤，2026-12-05凌晨4:30采集）：大白菜0.9—1.1，土豆1.8—2.2，西红柿4.0—4.6，黄瓜3.2—3.8，青椒4.4—5.0，菠菜5.6—6.2，均价较上周下跌3.7%。
        水产品批发价：鲜活草鱼（2.5斤以上）12.5元/公斤，鲈鱼34元/公斤，基围虾68—76元/公斤，大闸蟹（公4两母3两）每只28元起，冰鲜带鱼（宽三指）42元/公斤，以上价格不含运费。
        寿光产彩椒本周到货量约420吨，红椒收购价5.2元/斤，黄椒5.6元/斤，档口加价0.3—0.5元，采购单满3000元可送货到店，订货电话0536-5239817（蔬菜一区17—19号档口）。
        海南豇豆本批次检测合格证编号HN-JD-20261204-0039，装箱规格每件15公斤，批发价8.0元/公斤，整车（约12吨）另议，订货请加企业微信“琼南果蔬供应链”。
        冻品报价单No.BJ-2026-1207：阿根廷红虾L1（10-20只/公斤）每箱2公斤售价168元，厄瓜多尔白虾40/50规格每箱1.8公斤售价96元，挪威三文鱼整条（5-6公斤）每公斤98元。
        钱大妈、盒马门店配送专线价格：小葱每公斤6.4元、香菜每公斤9.0元、生姜每公斤7.8元，按周结算，结算周期为每周一至周日，下周三前开具增值税专用发票。
        新发地市场价格指数（2026年12月第1周）：蔬菜加权平均价3.12元/公斤，环比上涨1.6%，同比下降4.3%；水果加权平均价7.86元/公斤，环比持平。
        黄沙水产交易市场今日到港：湛江金鲳鱼约18吨，批发价23—25元/公斤；阳江马鲛鱼9吨，批发价38元/公斤；福建大黄鱼（养殖，500克规格）批发价32元/公斤。
        蒜薹冷库出库价：一级（长60cm以上、无黄尖）每斤3.9元，二级每斤3.2元，统货每斤2.7元，库址：山东金乡县冷链物流园6号库，起订量5吨，支持银行承兑汇票。
        价格单（仅供参考，以当天成交为准）：莲藕3.6元/斤、铁棍山药8元/斤、冬笋16元/斤、茭白4.5元/斤、荸荠5元/斤，SKU编码前缀SC-VG，明细见附件表格第二页。
        批发鲜鱼报价：鳙鱼（胖头）4斤以上9.8元/斤，鳊鱼7.5元/斤，黄颡鱼（黄辣丁）26元/斤，鳜鱼58元/斤，活鱼运输车全程带氧，途损超过3%由供货方承担。
        云南高原蔬菜到货：荷兰豆11元/公斤，西兰花（出口级，每颗350克以上）6.8元/公斤，娃娃菜每件（12棵）22元，由昆明金马正昌批发市场发货，物流单号SF1428837560214。
        节前行情预测：受寒潮影响，预计12月中旬叶菜类价格上涨10%—15%，根茎类基本平稳，淡水鱼受春节备货拉动将上涨8%左右，建议档口提前锁定货源，数据来源：农业农村部信息中心。
    """),
    ("zh-Hans", "商户群工作消息"): _lines("""
        各位老板注意，明天凌晨3点半开始2号地磅检修，过磅统一走1号和3号磅，排队车辆按管理处指示牌走，别堵在东门口，谢谢配合。
        冷库那边刚发通知，B区今晚十点断电检修两小时，放在B区的虾仁、鱿鱼须赶紧挪到A区，A区空位找冷库调度室登记，分机8015。
        群里再提醒一遍：交摊位费只认服务大厅窗口和“鲜达市场服务”小程序，有人私信说可以打折代缴的一律是骗子，截图发管理处就行。
        今天蒜苗到货多，价格压到2.8一斤了，咱们三区几个档口商量一下，明天统一别低于3块，不然大家都亏，昆明那边的车还在路上。
        13号档的冰机坏了，制冰厂说下午两点前送五吨碎冰过来，需要冰的档口在群里接龙报数量，一袋25公斤，按18元一袋结算，冰钱月底跟电费一起扣。
        接龙：明早去寿光拉货拼车，9.6米冷藏车还剩4个板位，每板运费350元，有需要的档口直接在下面写档口号和板数，晚上8点截止。
        市场监管所明天上午10点来抽检水产区，孔雀石绿和硝基呋喃都会查，大家把进货单据和检疫合格证明整理好放在档口，别临时找不到。
        提醒：12月份的卫生费和电费账单已经出来了，小程序里“我的账单”可以查，卫生费每个摊位每月150元，电费按分表读数1.05元一度。
        今早五点左右水产区C通道有辆叉车把水管撞裂了，已经报修，工程部说中午前修好，这段时间C通道暂时别走推车，请大家绕D通道走。
        有没有档口知道现在湛江到广州的冷链专线一车多少钱？我们这边要发两吨罗非鱼片，要求零下18度全程，发票要开增值税专票，有靠谱的线路麻烦推荐一下。
        管理处问今年“优秀诚信商户”评选，蔬菜区推荐三个档口名额，大家有意见的明天下午五点前在群里提，按档口号提就行，不用写名字。
        大家收货时注意一下，最近有一批外地带鱼冰衣太厚，解冻后掉秤20%多，收货时现场抽一箱解冻称重，问题批次的批号是DY-1129-07。
        群规：本群只讨论市场经营、行情、物流和管理通知，禁止发广告和拉票链接，违者移出；行情表每天早上6点由市场信息科统一发布。
    """),
    ("zh-Hans", "市场历史与新闻"): _lines("""
        《水浒传》中“浪里白条”张顺在浔阳江边做鱼牙子，专管渔船卖鱼，是古代水产交易中介的生动写照，不少水产市场的展览馆都会引用这一段。
        鲁迅《故乡》写少年闰土在海边沙地上看西瓜、捡贝壳，还认得“跳鱼儿”，语文老师带学生参观水产市场时常拿这段课文讲弹涂鱼的习性。
        上世纪八十年代末，山东寿光三元朱村党支部书记王乐义带领村民试验冬暖式蔬菜大棚成功，此后寿光逐步成为全国重要的蔬菜集散地，被称为“中国蔬菜之乡”。
        北京新发地农产品批发市场始建于1988年，最初只是村里用铁丝网围起来的一片空地，如今承担着首都大部分的蔬菜和水果供应，日均交易量以万吨计。
        1988年农业部提出“菜篮子工程”，推动各大城市建设蔬菜和水产品批发市场，逐步改变了过去副食品凭票供应、品种单一、季节性短缺的局面。
        上海铜川路水产市场曾是全市最大的水产品集散地，2018年底整体关闭，商户陆续迁往上海西郊国际农产品交易中心等地继续经营。
        广州黄沙水产交易市场位于荔湾区黄沙大道，紧邻珠江，上世纪八十年代起就是华南地区重要的海鲜集散地，每天凌晨两三点最为热闹，灯火通明。
        新闻：农业农村部在全国“菜篮子”产品稳产保供视频会上表示，今年冬春蔬菜在田面积同比增加，全国主要农产品批发市场价格总体平稳。
        纪录片《舌尖上的中国》第一季拍摄过查干湖冬捕，渔工凿冰拉网的镜头让胖头鱼一夜走红，吉林松原一带的水产批发市场随后大量进货。
        汪曾祺在散文《故乡的食物》里写到高邮的虎头鲨、昂嗤鱼和砗螯，这些名字至今还能在扬州、高邮一带的水产批发档口的价目牌上看到。
        深圳布吉农产品批发市场1989年开业，是深圳最早的大型农批市场之一，后来主体功能逐步迁往龙岗区平湖的海吉星国际农产品物流园。
        金庸《射雕英雄传》中黄蓉为洪七公做的“好逑汤”用了樱桃、斑鸠和竹笋，有酒楼据此推出同名菜，采购单上写的是樱桃、鲜笋尖、鸽肉。
        央视《每周质量报告》曾曝光部分市场用孔雀石绿处理活鱼，此后多地农批市场设立快检室，每日在公示栏公布水产品药物残留检测结果。
    """),
    ("zh-Hant", "批發市場告示"): _lines("""
        長沙灣臨時副食品批發市場由漁農自然護理署管理，市場內設有蔬菜、家禽及鮮魚批發區，一般查詢可致電1823政府熱線，由專人轉介相關部門跟進。
        香港仔魚類批發市場由魚類統營處營運，每日凌晨四時開市，入市貨車須於東面入口登記並出示入場證，市場辦事處電話2873 5012，辦公時間上午九時至下午五時。
        台北市第一果菜批發市場位於萬華區萬大路533號，由台北農產運銷股份有限公司經營，拍賣每日凌晨2時開始，承銷人須於開拍前完成報到。
        本會謹定於12月15日（星期二）下午三時於批發市場行政大樓三樓會議室召開第七屆攤商代表大會，議程包括攤位租金調整及冷藏庫使用規則修訂。
        價目表：本地生菜每斤HK$12、菜心每斤HK$14、西洋菜每斤HK$16，內地供港蔬菜（經文錦渡口岸入境）菜心每斤HK$9.5，以上為今日批發參考價。
        澳門市政署提示：紅街市、下環街市及營地街市的水產攤位須每日記錄活海鮮來源地及供應商牌照編號，違者可被處以澳門元五千至兩萬元罰款。
        公告：如天文台發出八號或以上熱帶氣旋警告信號，批發市場將暫停運作，待信號除下後兩小時恢復交易，請各持牌人留意漁護署網站及電台廣播。
        台灣漁產品拍賣：高雄前鎮漁港今日鮪魚拍賣成交均價每公斤新台幣285元，黃鰭鮪最高每公斤新台幣412元，拍賣單號TK-1151207-0086。
        發票資訊：北農果菜行有限公司，統一編號24536178，發票號碼QK48291736，品名：梨山高麗菜20箱，金額新台幣18,400元（含稅），買受人：合歡餐飲股份有限公司。
        本店「陳記魚蛋粉」每日由香港仔魚類批發市場直接入貨，門市地址：灣仔道128號地下，訂座及外賣熱線2891 6624，WhatsApp 9188 3071（只接受文字訊息）。
        常見問題：問：非持牌人可以在批發市場內購貨嗎？答：可以，但大量購貨者須於市場辦事處申請車輛入場證，費用每月港幣120元，詳情可致電統營處查詢。
        新聞：漁農自然護理署署長今日巡視長沙灣臨時副食品批發市場，了解近期內地供港活魚檢疫及冷鏈運輸情況，並與業界代表交流意見。
        台北農產運銷公司提醒：果菜批發市場交易採拍賣及議價並行，承銷人須持承銷人證入場，證件遺失請至一樓服務台補辦，工本費新台幣200元。
    """),
    ("en", "system_log_lines"): _lines("""
        2026-12-05T03:41:17+08:00 INFO scale-gw weigh_ticket=WT-XFD-20261205-004418 gross_kg=12840 tare_kg=4910 net_kg=7930 lane=2 commodity=CABBAGE status=OK
        2026-12-05T03:42:02+08:00 WARN cold-store unit=B-17 temp_c=-12.4 setpoint_c=-18.0 alarm=HIGH_TEMP duration_s=420 ack_required=true notify=duty_room
        2026-12-05T04:05:55+08:00 INFO settle-svc order=PO-20261205-88317 stall=A2-031 amount_cny=18650.00 method=QR_MERCHANT txn=4200001987202612053320158846
        [2026-12-05 04:17:33] ERROR invoice-svc failed to issue e-invoice: seller_tax_id=91110106MA01D8KQ3R buyer_tax_id=null invoice_no=26112000000091827364 retry=3/5
        2026-12-05 04:20:11,482 DEBUG lease-sync contract_id=LZ-2027-C-0412 stall=C-041 area_m2=18.5 monthly_rent_cny=4625 deposit_cny=13875 sync=ok
        2026-12-05T04:33:48+08:00 INFO gate-ctl event=entry gate=EAST-3 vehicle_class=reefer_9.6m session=GS-7731902 fee_cny=70 barrier=open latency_ms=212
        2026-12-05T05:02:09+08:00 INFO qc-lab sample=QC-261205-0112 item=LEEK test=organophosphate inhibition_pct=62.3 result=FAIL action=DESTROY report=RPT-46-0007
        2026-12-05T05:10:44+08:00 INFO pricing-bot published daily_quote batch=Q20261205 items=214 avg_change_pct=-3.7 source=market_info_dept version=2.4.1
        Dec 05 05:21:30 wms-node-02 systemd[1]: Started Ice Plant Telemetry Agent v1.9.3 (pid 28114); connected to mqtt://10.20.4.15:1883 topic=iceplant/line1/output
        2026-12-05T05:30:00+08:00 INFO credit-svc nightly_job=aging_report stalls_scanned=1284 overdue_over_30d=37 total_overdue_cny=1902336.40 duration_ms=8412
        2026-12-05T05:44:12+08:00 INFO logistics shipment=SF1428837560219 origin=Shouguang dest=Guangzhou_Jiangnan_Market temp_profile=0-4C eta=2026-12-06T02:00 status=IN_TRANSIT
        2026-12-05T06:00:03+08:00 INFO backup job=pg_dump db=market_ops size=3.8GB target=oss://market-backup/2026/12/05/ md5=5e1b0c7a9d3f24e88b61c0a2f7d94b13 ok
        2026-12-05T06:15:27+08:00 WARN api-gw client=miniapp-v5.2.0 route=/api/v2/stall/bills rate_limited count=118 window=60s upstream=bill-svc-7c9f8d-x2kqp
    """),
    ("mixed", "config_csv_code"): _lines("""
        摊位号(stall_no),区域(zone),面积_m2,起租日(lease_start),到期日(lease_end),月租金_CNY,押金_CNY,经营类别,营业执照号(license_no),备注
        cold_store: {zone: B, units: 36, setpoint_c: -18, alarm_delta_c: 4, notify_channel: duty_room}  # 冷库B区参数，改之前先问设备科
        PRICE_UNIT = "元/公斤"  # 所有报价统一按公斤，旧数据按斤录入的要乘以2换算，见 migrate_2026_11.py
        SELECT stall_no, SUM(amount_cny) AS 月销售额 FROM purchase_slips WHERE slip_date >= '2026-11-01' AND zone = '水产区' GROUP BY stall_no ORDER BY 2 DESC LIMIT 20;
        SMS_SIGN=鲜达市场 SMS_TEMPLATE_BILL=SMS_298765431 SMS_ENDPOINT=dysmsapi.aliyuncs.com  # 账单提醒短信模板，示例配置
        {"slip_no":"CG-20261205-0417","supplier":"寿光市绿源蔬菜专业合作社","item":"彩椒(红)","qty_kg":1200,"unit_price":10.4,"currency":"CNY"}
        CG-20261205-0418,昆明金马正昌批发市场,荷兰豆,800,11.00,8800.00,已付,发票号26532000000012874501
        STALL_RE = r"^[A-H][0-9]-[0-9]{3}$"  # 摊位号格式，如 A2-031、C4-112，导入 Excel 时先校验
        location /api/v2/weigh { proxy_pass http://scale-gw:8080; proxy_read_timeout 30s; }  # 地磅数据接口，仅限内网访问
        image: registry.cn-hangzhou.aliyuncs.com/xianda/settle-svc:3.9.0  # 结算服务，12月3日凌晨升级，回滚用3.8.2
        采购单模板公式：金额 =ROUND(D2*E2,2)，损耗率 =(B2-C2-D2)/B2，sheet名“采购单_Dec”，单价列E统一保留两位小数
        0 4 * * * /opt/market/bin/publish_quote --zone=veg --unit=kg --lang=zh-CN  # 每天凌晨4点自动发布蔬菜行情
        fix(lease): 押金按三个月租金计算时四舍五入到元 (#412); bump version 2.7.3 -> 2.7.4; 更新 CHANGELOG.md
    """),
    ("ms", "senarai_produk_dan_invois"): _lines("""
        Pasar Borong Kuala Lumpur di Selayang menerima 38 kontena sayur-sayuran dari Yunnan minggu ini; harga kobis bulat turun ke RM2.10 sekilo, pertanyaan sila hubungi pejabat pengurusan pasar 03-6137 2240.
        Invois No. INV-2026-11873 daripada Syarikat Sayur Segar Hup Seng Sdn. Bhd. (No. Syarikat 201501023456) untuk 120 kotak bawang putih Shandong, jumlah RM14,880.00 termasuk SST.
        Senarai produk: Kubis Cina (Wong Bok) import dari Hebei, gred A, 10 kg sekotak, RM28.00; lobak merah Xiamen, 9 kg sekotak, RM31.50; halia muda Yunnan RM6.80 sekilo.
        Ulasan: Kedai Ah Chong Seafood di Pasar Borong Selayang sentiasa ada stok udang harimau segar, timbang jujur dan resit bercetak, cuma parkir agak sukar selepas jam 6 pagi.
        Soalan lazim: Adakah ikan sejuk beku dari China memerlukan permit import? Ya, permit daripada Jabatan Perkhidmatan Kuarantin dan Pemeriksaan Malaysia (MAQIS) diperlukan bagi setiap konsainan.
        Harga borong ikan hari ini: ikan kembung RM12/kg, ikan tenggiri RM38/kg, udang putih saiz 40/50 RM32/kg, sotong RM24/kg; harga tertakluk kepada bekalan di Pelabuhan Klang.
        Pesanan pembelian PO-MY-88214: 2 palet cendawan shiitake kering dari Suizhou, Hubei, 25 kg sebungkus, harga FOB Xiamen USD 9.20/kg, tarikh penghantaran dijangka 18 Disember 2026.
        Hubungi pasukan jualan korporat Syarikat Borong Segar Utara melalui WhatsApp perniagaan 012-480 3317 atau e-mel jualan@borongsegarutara.com.my, waktu operasi 4 pagi hingga 12 tengah hari.
        Berita: Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, melawat Pasar Borong Selayang untuk meninjau bekalan sayur import menjelang musim tengkujuh.
        Lian Hua Seafood Trading Sdn. Bhd. (SSM 199801012345), Lot 12, Jalan Pasar Borong 2, Selayang, 68100 Batu Caves, Selangor; telefon pejabat 03-6120 8845, faks 03-6120 8846.
        Resit jualan No. R-077412: 15 kg kailan Cameron, 8 kg sawi, 20 kg taugeh, jumlah RM196.50, dibayar melalui DuitNow QR ke akaun perniagaan kedai; terima kasih, sila datang lagi.
        Jadual operasi Pasar Borong: zon sayur dibuka 12 tengah malam hingga 8 pagi, zon ikan 3 pagi hingga 9 pagi; kenderaan berat hanya dibenarkan masuk melalui Pintu 2.
        Katalog SKU MY-FZ-0412: udang kupas beku dari Zhanjiang, saiz 31/40, 1 kg sepeket, 10 peket sekotak, harga borong RM245 sekotak, minimum pesanan 20 kotak.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        蔬菜二区17号档的周国强去年查出肝癌晚期，现在每周要去医院化疗，档口暂时交给他老婆打理，大家进货时别催他。
        催款记录：鱼档老板娘何秀英还欠我们冻品货款38600元，拖了五个月，说是儿子赌博欠了高利贷，钱都被拿去还债了。
        租赁合同乙方：孙立伟，身份证号370783198706152313，联系电话13954672218，承租摊位C-041，租期2027年1月1日至12月31日。
        赊账的那个号码 138 2647 5091 上周拿了三箱带鱼没给钱，打过去一直不接，谁认识这个人提醒他一下。
        送货地址：广州市白云区同德街鹅掌坦西街3巷8号502房（家里），收货人刘桂芳，电话15902035716，晚上七点后再送。
        A2-031,林建华,350102197903214414,13705918842,福州市鼓楼区五四路128号3座1101,蔬菜批发,押金已交13875
        阿明最近离婚了，前妻把档口的两台冰柜都拉走了，这几天他只能借隔壁的冷库放货，大家体谅一下。
        水产区的陈先生昨晚因为打架被派出所带走了，听说要行政拘留十天，他家的黄鳝订单我们先帮忙发。
        货款请转到：户名黄德胜，中国农业银行寿光支行，账号6228480269173365018，转完把截图发我微信。
        管理处的出纳小许怀孕七个月了，下个月开始休产假，交费和开收据的事先找服务大厅3号窗口。
        冷库搬运工罗海涛11月工资：基本工资4200元，加班费960元，扣社保486.5元，实发4673.5元，已打入其建行卡尾号3362。
        进货联系我微信zhangyu_seafood88，或者直接打我手机18620937745，我叫张宇，在黄沙市场东区做虾蟹的。
        昨天凌晨在东门撞坏道闸的是辽B·7K352那辆冷藏车，司机叫郑卫东，已经签了赔偿确认书。
        赊销黑名单：郭*萍，手机139****2046，身份证3501**********2027，累计欠款21300元未还，各档口谨慎赊货。
        水产三区做鳝鱼的那个老马，上个月中风了，右手现在拿不动秤，他女儿说年后可能就不干了。
        对账单已发到老板私人邮箱fenghuiling1979@163.com，冯慧玲说这周五之前核对完回复。
        摊位转让申请｜转让方：邓志明，身份证440111196812033013，手机13822109876｜受让方：邓小红（女儿），身份证440111199305126622｜摊位：江南市场蔬菜四区B-12｜原因：转让方糖尿病并发症无法继续经营
        二区卖土豆的刘姐跟我说她老公在外面欠了十几万网贷，催收电话都打到市场来了，她现在想把摊位退了回老家。
        采购单CG-20261206-0031 收货人：曹雪梅 13507316628 长沙市雨花区新建西路55号7栋1203 备注：家里老人过八十大寿，要两条鳜鱼
        投诉：12月4日早上鱼档的吴建军卖给我的鲈鱼注水，我叫黄丽萍，手机17708461193，要求市场处理并退款。
        群里那张照片是蔬菜区保洁员李阿姨在档口后面晕倒时拍的，她有高血压，已经送到丰台医院了，别再转发了。
        押金收据背面抄的身份证号码420106198211054833，不知道是哪个档口的，谁的谁来认领一下。
        过磅员谭志刚月薪才3800，他跟我借了两千块给孩子交学费，说下个月十号发工资就还给我。
        2026-12-05T04:12:09+08:00 INFO settle-svc payer_name=欧阳晓峰 payer_phone=13688812457 stall=B1-112 amount_cny=6420.00 method=cash
    """),
    "zh-Hant": _lines("""
        長沙灣菜欄攤位登記：攤主梁志強，香港身份證號碼K612345(7)，手提電話9123 4578，住址：深水埗石硤尾邨美虹樓1015室。
        香港仔魚市場嘅鄭太話佢老公患咗柏金遜症，而家收檔都要靠個仔幫手，我哋下個月嘅貨款遲啲先收啦。
        承銷人證申請：姓名林美惠，身分證字號A223456781，出生日期民國68年3月12日，住址台北市萬華區西園路二段261巷15號4樓。
        阿輝嗰檔賒咗我哋三萬幾蚊魚錢，聽講佢欠咗財務公司錢，而家電話都唔聽，佢屋企喺荃灣綠楊新邨。
        買菜心嗰個熟客6392 1847已經打咗三次嚟問幾時有貨，邊位得閒覆吓佢，佢話今晚之前要答覆。
        澳門下環街市魚檔東主何家樂，澳門居民身份證編號1/283746/5，住址：澳門沙梨頭海邊街25號利添大廈6樓B座。
        貨款請過數到匯豐銀行戶口123-456789-833，戶名CHAN KA MING，轉完WhatsApp收據俾我，唔該。
        北農拍賣場的老蔡最近在辦離婚，太太要分走他在環南市場的兩個攤位，他這陣子天天喝酒，拍賣常常遲到。
    """),
    "en": _lines("""
        Supplier onboarding: contact person Wei Jianping, mobile +86 139 2054 8871, personal email weijp.fishtrade@qq.com, home address Room 602, Building 3, Huangsha Garden, Liwan District, Guangzhou.
        Heads up: the night guard at Gate 3, Mr. Huang, was diagnosed with tuberculosis last week, so anyone who shared the guardhouse with him should get screened.
        Credit sale note: Lee Siew Mei (NRIC S8234567A) took 40 cartons of frozen squid on 60-day terms, owes SGD 12,400, guarantor is her brother Lee Kok Hwa.
        Please stop calling the office line about the missing crate; call the buyer directly on his own mobile, +65 9734 2281.
        2026-11-29,INV-SG-5521,Tan Boon Keat,S7812345A,91827364,Blk 412 Ang Mo Kio Ave 10 #08-1127,Singapore 560412,frozen mackerel,SGD 3280.00,UNPAID
        Our driver Kumar Rajendran was arrested at Woodlands Checkpoint on Tuesday over an expired work permit (FIN G1234567X), so Friday's Jurong Fishery Port run is cancelled.
        Stallholder Zhou Li, who is pregnant and due in March, asked the office to waive her Zone C rent for two months; she says the stall earns her about RMB 6,000 a month.
    """),
    "mixed": _lines("""
        @陈sir 你嘅 HKID A728461(9) 同住址我已经填咗落 lease form，剩返 bank account 未写，send 俾我就得。
        Boss 说 stall C-08 的阿芳这个月 salary 扣了 500 块，because 她上周请病假去做 chemo，大家不要在群里讨论她的病。
        Delivery to 林太 home: Flat 12B, Block 2, Laguna City, Kwun Tong, tel 6021 8843, 她说 after 7pm 才在家。
        Payment reminder: 欠款人 Goh Ah Huat, MyKad 650823-07-5123, total owed RM8,760 for ikan kembung + 冻虾, 已经 overdue 90 days.
        order_log 2026-12-06 05:12 buyer=邱文斌 wechat=qwb_0898 phone=+86 13976512284 item=石斑鱼 20kg addr=海口市龙华区金垦路8号椰海花园5栋602
        Hi team, 小李 (Li Jiaqi, ID 110105199404118528) 下个月起 join 我们 market office as cashier, 请把她加入 payroll, 月薪 RMB 5,800。
    """),
    "ms": _lines("""
        Peniaga gerai sayur, Encik Rahim bin Ismail (No. KP 710512-10-5347), masih berhutang RM4,250 kepada pembekal kobis dari China sejak Ogos.
        Tolong hubungi Puan Siti Aminah di 013-778 2091 tentang penghantaran ikan bawal ke rumahnya di No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Abang Lim yang jual taugeh di Selayang baru keluar hospital lepas serangan jantung, jadi gerainya tutup sampai hujung bulan ini.
        Nombor akaun Maybank 1570 4428 6613 atas nama Wong Mei Ling, sila masukkan bayaran untuk 30 kotak halia Yunnan sebelum Jumaat.
        Pekerja kami, Nurul Huda, sedang mengandung lima bulan dan minta cuti tanpa gaji; gaji bulanannya RM1,900 akan ditangguhkan mulai Januari.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是农产品批发市场管理处的线上客服助手，负责解答摊位租赁、缴费和进场交易问题。",
        ),
        (
            "user",
            "你好，我是蔬菜三区B-07的摊主赵永红，身份证430111197509023413，想续租2027年的摊位，需要带什么材料？",
        ),
        (
            "assistant",
            "您好。续租登记时间为12月1日至12月20日，请携带营业执照副本原件、上年度租赁合同和押金收据，到综合楼二楼服务大厅3号窗口办理。为保护您的隐私，身份证号码无需在聊天中发送，现场出示原件即可。",
        ),
        ("user", "好的，那办好了能发短信通知我吗？我手机是13873140925。"),
        (
            "assistant",
            "可以。办理时请在窗口登记手机号，系统审核通过后会发送短信通知，一般在3个工作日内。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催款短信，对方是水产区卖冻品的韩振东，欠我们带鱼和鱿鱼货款共27450元，已经拖了四个月，他手机15178342260。",
        ),
        (
            "assistant",
            "可以参考这样写：韩老板您好，截至目前您在我处的带鱼、鱿鱼货款共计27450元已逾期四个月，请于本月20日前结清，如有困难请来电商量分期方案，谢谢配合。",
        ),
        ("user", "语气再硬一点，提一下如果不还就去市场管理处投诉，并把他列进赊销黑名单。"),
        (
            "assistant",
            "韩老板：您拖欠的货款27450元已逾期四个月，多次联系未果。请于本月20日前全额结清，否则我方将向市场管理处投诉，并按商户公约申请将您列入赊销名单，由此产生的影响由您自行承担。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful business-writing assistant for a seafood importer in Singapore.",
        ),
        (
            "user",
            "Please draft a short email to our supplier at Guangzhou Huangsha market asking them to resend the packing list for order PO-SG-20261204. Sign it as Ong Hui Ling, Purchasing, mobile +65 8126 4407, email huiling.ong88@gmail.com.",
        ),
        (
            "assistant",
            "Subject: Request to resend packing list for PO-SG-20261204. Dear Sir or Madam, could you please resend the packing list for order PO-SG-20261204? The copy we received is missing the carton weights for the frozen pomfret. Thank you. Best regards, Ong Hui Ling, Purchasing, +65 8126 4407, huiling.ong88@gmail.com",
        ),
        (
            "user",
            "Thanks. Also add that payment will be made once the packing list matches the invoice.",
        ),
        (
            "assistant",
            "Added: Payment will be released as soon as the revised packing list matches the commercial invoice. Everything else stays the same.",
        ),
    ],
    [
        (
            "user",
            "我喺香港仔魚市場做批發，想問魚類統營處嘅貸款點申請？我叫黎志偉，身份證Y503917(5)，住鴨脷洲邨利興樓2208室。",
        ),
        (
            "assistant",
            "魚類統營處設有漁民貸款計劃，一般需要填寫申請表、提供身份證明文件、經營紀錄及還款計劃，建議你直接聯絡統營處辦事處查詢最新資格要求。身份證號碼同住址毋須喺度提供，遞交申請時先至填寫。",
        ),
        ("user", "明白，我去年因為心臟病入院停咗三個月，咁會唔會影響批核？"),
        (
            "assistant",
            "健康情況一般唔係唯一考慮因素，審批主要睇還款能力同經營紀錄。你可以附上醫生證明，說明停業原因同已經恢復營業，咁有助解釋收入中斷。",
        ),
    ],
    [
        (
            "user",
            "Saya nak import halia dan bawang putih dari Shandong ke Pasar Borong Selayang. Permit apa yang perlu?",
        ),
        (
            "assistant",
            "Untuk sayur-sayuran segar dari China, anda perlu permit import daripada MAQIS dan sijil fitosanitari dari negara pengeksport. Pastikan juga syarikat anda berdaftar dengan SSM.",
        ),
        (
            "user",
            "Baik. Satu lagi, pekerja saya Mohd Faizal bin Hassan (KP 880314-14-6021) baru disahkan menghidap hepatitis B. Boleh dia terus kerja di gudang sayur?",
        ),
        (
            "assistant",
            "Hepatitis B tidak merebak melalui makanan atau sentuhan biasa, jadi secara umum dia masih boleh bekerja di gudang. Sebaiknya dapatkan nasihat doktor dan simpan maklumat kesihatannya secara sulit, jangan dikongsi dalam kumpulan pekerja.",
        ),
    ],
    [
        (
            "user",
            "帮我算一下这几笔 credit sales 一共多少：杨春梅,13317562048,冻虾,4200；马建新,18907421136,鲈鱼,2650；Tan Ah Seng,+60 12-339 8812,带鱼,1980",
        ),
        ("assistant", "三笔合计：4200 + 2650 + 1980 = 8830元。其中杨春梅4200元最多，建议先跟进。"),
        ("user", "OK，再帮我按金额从大到小排一下，做成一张 table 给 boss 看。"),
        (
            "assistant",
            "客户 | 品名 | 金额：杨春梅 | 冻虾 | 4200；马建新 | 鲈鱼 | 2650；Tan Ah Seng | 带鱼 | 1980；合计 8830。",
        ),
    ],
    [
        (
            "system",
            "你是鲜达市场服务小程序的智能客服。当前登录用户：商户甘海燕，手机13574108826，摊位水产区D-15，本月欠缴电费286.40元，卫生费150元。",
        ),
        ("user", "我这个月要交多少钱？"),
        (
            "assistant",
            "您好，您摊位D-15本月待缴费用为电费286.40元、卫生费150元，合计436.40元，可在小程序“我的账单”中直接支付。",
        ),
        ("user", "能不能晚几天交？我最近住院做手术，档口关了两周。"),
        (
            "assistant",
            "很抱歉听说您住院。您可以在服务大厅申请缓缴，一般可延期至下月15日，需提供住院证明复印件，也可以让家属代为办理。",
        ),
    ],
    [
        (
            "user",
            "Can you summarise the key terms of this stall lease I scanned? Tenant: Xu Wenjie, PRC ID 370724198008175024, Stall A3-118, rent RMB 5,200 per month, deposit three months, term 2027-01-01 to 2027-12-31.",
        ),
        (
            "assistant",
            "Summary: The tenant, Xu Wenjie (PRC ID 370724198008175024), leases stall A3-118 for one year from 1 January to 31 December 2027 at RMB 5,200 per month, with a deposit equal to three months' rent, i.e. RMB 15,600.",
        ),
        ("user", "Is the ID number valid? It looks like it ends with a 4 but she is a woman."),
        (
            "assistant",
            "The 17th digit, not the last one, shows gender: it is 2 here, an even number, which matches a female holder. The last digit is a check digit and can be any number or X.",
        ),
    ],
    [
        (
            "user",
            "我和我老公在江桥市场合伙经营一个蔬菜摊位，现在要离婚了，摊位租赁合同上只写了他的名字（吕建国），但押金和装修都是我出的钱，我叫施晓丽，这种情况摊位怎么分？",
        ),
        (
            "assistant",
            "租赁合同上的承租人是吕建国，市场方通常只认合同主体，但夫妻共同经营期间的收益、押金和装修投入一般属于夫妻共同财产。建议你保留出资的转账记录和收据，离婚时可以主张分割押金、装修补偿或经营收益。",
        ),
        ("user", "他最近还偷偷把档口的货款转到他妈妈的账户，大概有八万多，能追回吗？"),
        (
            "assistant",
            "如果能证明这些是共同经营收入且被恶意转移，法院在分割财产时可以对转移方少分或不分。请尽快整理银行流水、收款记录和聊天记录，必要时向法院申请财产保全，最好咨询当地律师。",
        ),
    ],
    [
        ("system", "你是台北果菜批發市場承銷人服務的線上助理，請用繁體中文回答。"),
        (
            "user",
            "我要申請新的承銷人證，我是蘇雅婷，身分證字號E220938477，住高雄市前鎮區，需要準備什麼？",
        ),
        (
            "assistant",
            "您好，申請承銷人證一般需要身分證正反面影本、商業登記或公司登記證明、近期照片兩張，並填寫申請書送交市場管理單位審核。為保護您的個資，身分證字號不需要在對話中提供。",
        ),
        ("user", "我之前有一筆貨款糾紛被告過，現在還在法院審理，會不會影響申請？"),
        (
            "assistant",
            "審核主要看是否有違反市場交易規定或積欠市場費用的紀錄，一般民事訴訟未必直接影響，但建議您先向市場管理處詢問，如實說明案件情況。",
        ),
    ],
]
