# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh309: 简体中文 五金店、建材市场与装修材料店（订货单、送货地址、赊账记录、工人结算、退货纠纷、店员群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh309
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "建材价目表"): _lines("""
        【2026年12月建材价目表】兔宝宝E0级18mm多层板 2440×1220mm 每张168元，满50张送货上门，市区免运费，郊县按公里另计。
        东方雨虹 JS聚合物防水涂料 20kg/桶 单价285元；K11柔韧型 18kg/桶 245元；工程量大可申请项目价，请致电门市热线 400-618-9233。
        PPR热水管 20×3.4mm 4米/根 19.5元，25×4.2mm 29元；配套弯头、三通另计，整包（20根）九五折，拆包零售不打折。
        公牛五孔插座 G07系列 白色 单个16.8元，10个一盒158元；开关面板按盒出货，不单卖，SKU：GN-G07Z223，库位 B-03-2。
        张小泉不锈钢多用剪 D-2190 批发价23元/把，王麻子菜刀两件套 78元/套，均在厨房五金区第三排货架，现货充足，整箱拿货另有优惠。
        42.5普通硅酸盐水泥 50kg/袋 每袋32元，楼层搬运另计：有电梯每袋3元，无电梯每层每袋1.5元，7楼以上面议，搬运费当场现结。
        河沙（中粗）每方185元，机制砂每方150元，吨袋装每袋68元；雨天暂停送砂，订单自动顺延一天，不另收费；送货车限高3.2米，小区限行请提前说明。
        史丹利 STANLEY 32件套筒扳手 STMT74393-8-23 会员价329元，世达 SATA 09014 46件套 398元，均为正品，支持官网验真。
        瓷砖报价（800×800 通体大理石瓷砖）：A级每片58元，B级每片39元，损耗建议按3%-5%预留，退货须整箱且未拆封。
        轻钢龙骨 50主龙骨 3米/根 8.6元，38副龙骨 6.2元；龙牌纸面石膏板 9.5mm 每张32元，12mm防水板每张45元。
        多乐士 家丽安净味五合一 18L 门市价899元，立邦 净味120 5L 369元，电脑调色每桶加收10元，色号以实物色卡为准。
        膨胀螺丝 M8×80 每公斤16元，M10×100 每公斤15元；自攻钉 ST4.2×25 每千颗28元，按重量称，零买不足1元按1元算。
        电线 BV2.5平方 单芯铜线 100米/卷 235元，BV4平方 365元；执行标准 GB/T 5023，合格证和3C标志随卷附带，假一赔十。
    """),
    ("zh-Hans", "店员群工作消息"): _lines("""
        【仓库】今天下午三点到一车18mm多层板，共120张，需要两个人帮忙卸货，门市那边能不能先抽一个人过来搭把手？卸完记得按规格分区码放，垫好木方防潮。
        【门市】订单 DD20261207-0315 的客户要求改到周六上午送货，系统里已经改了，送货单请重新打印一份贴在货上。
        【收银】今天二号POS机又掉线了，刷卡先走一号机，扫码用收款码牌，晚上对账时记得把两台机器的流水分开核，差额写在交班表备注栏里。
        提醒一下：防水涂料这批生产日期是2026-09，保质期12个月，先出旧批次，新到的两托先别上货架，放二号库靠里那排，贴好“后出”标签。
        【司机组】今天三号车去松江那边送货，回程顺路去九星市场提两箱角阀，提货单号 TH-88213，货款已经付过了，提货时记得核对数量和型号 DN15。
        库存盘点周日晚上七点开始，各区域负责自己的货架，盘点表在共享文件夹“2026年末盘点”里，按SKU逐项核对，差异超过2%的要当晚复盘。
        顺丰单号 SF1487203365921 是昨天寄到外地的地板样板，对方公司说还没收到，麻烦售后查一下卡在哪个中转场，必要时补寄一份。
        【售后】退货单 TH20261205-07 那批瓷砖已经拆箱，按店规不能退，只能换同批次的，明天由店长出面再沟通一次，沟通结果记到售后系统里。
        今天预报有七级大风，门口摆的PVC管和铝合金型材都收进来，别被风吹倒砸到车，下班前拍张照片发群里确认，明早开门前再摆出来。
        供应商通知：公牛插座12月15日起调价约5%，现有库存按原价卖完，新进货按新价格执行，价签周五统一更换，电子价签由IT在后台批量推送。
        【财务】本月工人结算表截止到28号，各班组长把出工天数按工地汇总，不要私聊发给我，直接上传到ERP系统里，逾期没交的下期再结。
        门市第二排展柜的九牧龙头样品出水口漏水，已经报给厂家售后，工单号 JM-SV-2026120711，等他们上门更换，这期间样品先用防尘罩盖上。
        叉车年检下周三到期，已预约特种设备检验所上午九点来，当天仓库暂停叉车作业，大件一律改用液压手推车，注意别在通道上堆货，方便检验人员通行。
    """),
    ("zh-Hans", "退换货与赊账须知"): _lines("""
        退换货须知：自购买之日起7日内，商品未使用、包装完好，凭销售小票或电子订单号可办理退换，定制类商品除外；特价清仓商品恕不退换，敬请谅解。
        调色油漆、按尺寸切割的板材、型材及玻璃属于定制加工商品，一经加工不予退换，请下单前仔细确认尺寸与色号，并在订货单上签字确认。
        瓷砖、地板退货须整箱未拆封，拆箱后只换不退；同批次色差问题请在铺贴前提出，铺贴完成后不予受理；退回商品须保持原包装和标签完整。
        送货上门商品请当场验收，签收后发现外观破损的，须在24小时内拍照联系售后热线 400-806-3377，逾期不予处理，敬请谅解。
        根据《中华人民共和国消费者权益保护法》第二十五条，网购商品享有七日无理由退货，但根据商品性质并经消费者在购买时确认不宜退货的商品除外。
        赊账业务仅对签订月结协议的装修公司及工程单位开放，零售客户一律现结；月结账期不超过30天，逾期即停止供货，并按协议约定计收逾期违约金。
        所有电动工具保修一年，人为损坏、进水、私自拆修不在保修范围内，维修请携带机身编号及购买凭证到二楼服务台，维修周期一般为5至7个工作日。
        本店可开具增值税电子普通发票和专用发票，开专票请提供单位名称、统一社会信用代码、开户行及账号，开票周期3个工作日，发票一经开具不予重开。
        市场营业时间：周一至周日 8:00-18:00，春节期间（腊月廿八至正月初六）休市；送货车辆请走东门进入，西门只出不进。
        消防安全告知：油漆、稀释剂、胶水等易燃品仓库严禁吸烟及明火，每日下班前由值班人员检查电源并填写巡查记录，灭火器每月检查一次压力。
        工人结算规定：安装师傅工费按工单结算，每月10日、25日统一发放，须工地验收单签字齐全，缺单的顺延至下一期，工费争议请找工程部处理。
        大件商品（浴缸、橱柜台面、整张石材）送货只负责送至楼下，上楼搬运须另付搬运费，收费标准见收银台公示牌，电梯房与楼梯房收费不同。
        如对退换货处理结果有异议，可拨打市场管理处电话 0571-8692-3140 或12315热线，我们将在3个工作日内书面回复。
    """),
    ("zh-Hant", "五金商品列表"): _lines("""
        【現貨】德國 Bosch GSB 185-LI 鋰電衝擊鑽 18V，連兩粒2.0Ah電池及充電器，門市價HK$1,280，旺角上海街門市可即場試機。
        日本 Makita 牧田 DF333DWYE 12V 充電式起子機，附收納箱，售價NT$3,290，台北市重慶北路門市自取享九五折優惠。
        立邦 Nippon 抗菌乳膠漆 5公升 米白色，HK$468／桶，可即場電腦調色，調色費HK$20，油麻地新填地街分店有售。
        304不鏽鋼合頁 4吋 加厚款，每對NT$85，每盒10對NT$780，型號 HG-304-4T，適用實木門及房門，單扇耐重40公斤。
        日本 TOTO 溫水洗淨便座 TCF6631TR，標準安裝費另計，香港行貨兩年保養，查詢請致電門市熱線 2384 5561。
        防霉矽利康 300ml 透明／白色，每支NT$120，一箱24支NT$2,640，浴室、廚房收邊專用，約24小時完全固化。
        鋁合金伸縮梯 3.8米，承重150公斤，符合EN131標準，HK$1,650，九龍灣展示廳現貨，九龍區送貨免運費，新界及離島另收運費HK$150。
        系統收納層架 5層 寬90cm 黑色烤漆，每組NT$1,990，品號 SH-9045-5，組裝說明見包裝內附QR code，附贈防傾倒扣件。
        飛利浦 Philips LED 燈泡 E27 12W 暖白光，6入裝HK$149，深水埗北河街店一樓燈飾部有實物展示，歡迎比較色溫。
        「魯班尺」傳統木工尺 42cm 不鏽鋼刻度，吉凶字樣紅黑雙色，每把NT$260，裝修量度門口、神位及家具尺寸時參考用，附原廠皮套。
        台灣製 手工折疊鋸 300mm，替換刃另售NT$180，適合鋸PVC管及木材，新北市三重區門市每逢星期二補貨，數量有限，售完為止。
        防水膠紙 48mm×20m 黑色，HK$38／卷，10卷或以上HK$32／卷，公司客戶可開發票，本公司FPS識別碼 1638 2047。
        耶魯 Yale YDM4109 電子門鎖，指紋＋密碼＋感應卡，HK$3,980 連標準安裝，安裝預約熱線 3590 2718（辦公時間）。
    """),
    ("en", "invoice_lines"): _lines("""
        TAX INVOICE No. INV-SG-2026-004812 | Kim Hock Hardware Pte Ltd, UEN 201418237K, 41 Jalan Besar, Singapore 208804 | GST Reg No. M2-0087451-3
        Line 3: 20 x Ceramic tile adhesive C1TE 25kg bag @ S$14.50 = S$290.00; Line 4: 6 x Tile spacer 2mm (pack of 500) @ S$4.20 = S$25.20
        Subtotal S$1,846.30 | GST 9% S$166.17 | Total payable S$2,012.47 | Terms: 30 days from invoice date, PayNow to UEN 201418237K
        Delivery Order DO-77310 dated 05/12/2026: 2 pallets of 9mm gypsum board delivered to Level 3 loading bay, Jurong East site office, received by site supervisor.
        Credit Note CN-2026-0193 issued against INV-SG-2026-004655 for 4 returned Hafele drawer runners (damaged in transit), amount S$212.00 incl. GST.
        Remittance details: Horizon Building Supplies Sdn Bhd, Maybank corporate current account 5140 2288 6731, SWIFT MBBEMYKL, quote the invoice number.
        Invoice #BH-11807 from Tan Brothers Hardware (Penang) Sdn Bhd, SSM 200501023417 (691245-W), 118 Lebuh Chulia, 10200 George Town, Penang.
        Qty 12 | SKU HF-481.02.110 | Hettich soft-close hinge 110 degree | Unit RM9.80 | Amount RM117.60 | SST 8% applies to taxable items only
        Please note: prices quoted are valid until 31 Dec 2026; cement and steel bar prices are subject to change in line with supplier notices.
        Remarks: Goods sold are not returnable after 7 days. Cut-to-size items, tinted paints and special orders are non-refundable. E&OE.
        Statement of Account, Brightline Interiors Pte Ltd (A/C CUST-0412), 01/11/2026 to 30/11/2026: invoices S$18,420.50, payments S$12,000.00, balance S$6,420.50.
        For enquiries on this invoice please contact our accounts department at accounts@kimhockhardware.com.sg or +65 6291 4478 (Mon-Fri, 9am-6pm).
        Purchase Order PO-BL-2611-027 from Brightline Interiors Pte Ltd: 40 rolls of 3M 2090 painter's tape 48mm, deliver to the project site at 2 Orchard Turn before 10am.
    """),
    ("ms", "notis_kedai_perkakasan"): _lines("""
        NOTIS: Kedai Perkakasan Seng Huat akan ditutup pada 25 Disember 2026 sempena Hari Krismas dan dibuka semula pada 26 Disember seperti biasa.
        Harga simen Portland 50kg kini RM22.50 sebungkus, tertakluk kepada perubahan tanpa notis; pembelian 100 bungkus ke atas diberi potongan RM0.50 sebungkus.
        Penghantaran percuma dalam lingkungan 10km dari kedai untuk pembelian melebihi RM500; luar kawasan dikenakan caj RM2 bagi setiap kilometer.
        Barang yang telah dipotong mengikut ukuran, cat yang telah dicampur warna dan tempahan khas tidak boleh dipulangkan atau ditukar.
        Untuk pertanyaan, sila hubungi talian kedai 03-6187 2290 atau WhatsApp perniagaan 012-388 5190 (Isnin hingga Sabtu, 8.30 pagi hingga 6.00 petang).
        Semua alat kuasa mempunyai waranti 12 bulan daripada pengeluar; sila simpan resit asal dan kad waranti untuk sebarang tuntutan.
        Akaun kredit hanya dibuka untuk kontraktor berdaftar dengan CIDB dan syarikat berdaftar SSM; tempoh kredit maksimum 30 hari dari tarikh invois.
        Alamat kedai: Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Kepong, 52100 Kuala Lumpur. Parkir lori disediakan di belakang bangunan.
        Dimaklumkan bahawa stok paip PVC Kelas D 4 inci sedang kehabisan; stok baharu dijangka tiba pada 15 Disember 2026 dari kilang di Klang.
        Peringatan keselamatan: semua pekerja gudang wajib memakai kasut keselamatan dan topi keledar ketika memunggah barang dari lori.
        Promosi akhir tahun: cat Nippon Paint Vinilex 18L diskaun 15%, jubin lantai 600x600mm bermula RM2.80 sekaki persegi, sehingga 31/12/2026.
        Bayaran boleh dibuat secara tunai, kad debit, DuitNow QR atau pindahan bank ke akaun syarikat Seng Huat Hardware Sdn Bhd (Public Bank 3198 2207 15).
        No. Pendaftaran Syarikat: 201901034412 (1343120-D); No. Pendaftaran SST: W10-1908-32001245; sila nyatakan nombor invois semasa membuat bayaran.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2026-12-07 09:14:32 INFO [pos-terminal-02] order=DD20261207-0315 sku=GN-G07Z223 qty=10 amount=158.00 CNY payment=wechat status=PAID
        2026-12-07 09:15:01 WARN [inventory-sync] sku=PPR-20-34 stock=-3 仓库出现负库存，请检查入库单 RK-20261206-044 是否漏录
        2026-12-07 10:02:47 ERROR [printer] 送货单打印失败 errno=ETIMEDOUT host=192.168.10.23 port=9100 retry=3 queue=delivery_notes
        config.yaml: store_id: HZ-JX-017, tax_rate: 0.13, currency: CNY, credit_limit_default: 50000, credit_days: 30, allow_retail_credit: false
        SELECT order_no, sku, qty, unit_price FROM sales_detail WHERE order_date >= '2026-12-01' AND store_id = 'HZ-JX-017' ORDER BY order_no;
        2026-12-07 11:30:12 INFO [delivery] dispatch_id=PS-3312 vehicle=VAN-03 route=松江-九亭 stops=4 eta=14:20 status=EN_ROUTE
        export SMS_TEMPLATE_ID=SMS_27730841; export SMTP_HOST=smtp.example.com; export SMTP_USER=noreply@example.com # 发货通知模板
        2026-12-07 12:05:55 INFO [return-service] return_no=TH20261205-07 reason=拆箱后不退 decision=EXCHANGE_ONLY approver_role=store_manager
        sha256(price_list_2026-12.xlsx)=9f2c4e7a1b8d03e56c7f2a9b41d8e0c3f57a6b2d9e1c4f08a3b7d5e2c9f1a604 已上传到共享盘，版本 v3.2.1
        CSV header: order_no,order_date,sku,product_name,spec,qty,unit,unit_price,discount,amount,warehouse,delivery_type,invoice_no
        2026-12-07 14:20:09 INFO [settlement] batch=JS-202612-A crews=6 worksites=11 total_amount=86420.00 status=PENDING_APPROVAL
        def calc_tile_boxes(area_m2: float, m2_per_box: float = 1.28, waste: float = 0.05) -> int: return math.ceil(area_m2 * (1 + waste) / m2_per_box)
        [cron] 0 2 * * * /opt/erp/bin/backup.sh --db erp_hardware --keep 14 >> /var/log/erp/backup.log 2>&1 # 每日凌晨两点备份数据库
    """),
    ("zh-Hans", "行业历史与新闻"): _lines("""
        鲁班被尊为木匠行业的祖师，相传曲尺、墨斗等工具与他有关，香港建造业至今每逢农历六月十三仍有鲁班先师诞的庆祝活动，不少五金店也借机做促销。
        北宋李诫主持编修的《营造法式》于崇宁二年刊行，是中国古代最完整的建筑技术专书之一，对材料定额、工料计算和施工规范都有详细规定，至今仍常被引用。
        梁思成在二十世纪三十年代系统研究《营造法式》，并与林徽因等人一道考察了山西五台山佛光寺东大殿，留下大量测绘图，被视为中国建筑史研究的奠基工作。
        张小泉剪刀的品牌历史可追溯到明末清初的杭州，如今“张小泉”是注册商标和上市公司名称，并不指向任何一位在世的店主，门店里常见它的剪刀和刀具礼盒。
        浙江永康被称为“中国五金之都”，每年举办中国（永康）五金博览会，集中展出电动工具、门业、厨具和不锈钢制品，吸引各地五金店老板前往订货。
        红星美凯龙由车建新创办，起步于江苏常州的一家家具店，后来发展为全国性的家居建材商场连锁品牌，门店遍布多个省份，是国内知名的家居卖场品牌之一。
        明代宋应星所著《天工开物》记载了冶铁、铸造、锤锻等工艺，是研究中国古代金属制品与五金制造的重要文献之一，书中还附有大量工艺插图。
        2026年12月行业简讯：多地建材市场进入年末销售旺季，防水材料和瓷砖订单环比增加，部分市场将营业时间延长至晚上八点，并加开周末送货车次。
        广东佛山被称为“中国陶瓷名城”，南庄镇一带集中了大批瓷砖生产企业，陶瓷交易市场每天吸引大量外地采购商，不少建材店的瓷砖都从这里直接进货。
        香港油麻地至旺角一段上海街的五金、厨具店铺历史悠久，至今仍聚集着多间售卖刀具、炉具和竹蒸笼的老字号，也是不少游客会去逛的街道。
        《民法典》第七百七十条规定，承揽合同是承揽人按照定作人的要求完成工作、交付工作成果，定作人支付报酬的合同，定做橱柜即属此类。
        新加坡 Jalan Besar 和 Sungei Road 一带过去是五金与旧货的集中地，著名的双溪路跳蚤市场已于2017年正式关闭。
        吉隆坡半山芭（Pudu）一带有不少华人经营的五金老店，店名常以“成发”“兴隆”“合利”等吉祥字号命名，多为家族几代经营。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        赊账记录：2026-11-28 幸福里小区 6栋1502 陈建国先生，拿货18mm多层板 30张、免钉胶 2箱，合计5,340元，约定年前结清，电话13816274590。
        送货地址：上海市闵行区七宝镇漕宝路3218弄14号602室，收货人：刘美华，手机 159 2183 7746，周六上午送，到楼下先打电话。
        老周（周德胜）在我们这欠了三万二的材料款，听说他老婆上个月跟他离婚了，工地也停了，催账先别逼太紧。
        工人结算：瓦工 黄志强 身份证 410303197609305247，11月出工24天，每天420元，扣借支2000元，应发8080元，转工行卡 6222 0210 0183 4527 661。
        阿明今天请假，说是去医院复查，他肝硬化这事别在群里说，老板知道就行，活先让别人顶一下。
        退货纠纷：客户王秀英女士投诉瓷砖色差，要求全额退款12,600元，称要到市场监管局投诉，她家在杭州市拱墅区大关路58号3幢401。
        李师傅电话换了，新号 18657126093，以后水电的活直接找他，旧号别再打了，打了也没人接。
        订货单 No.0871 | 客户：孙丽娟 | 电话：13705718824 | 地址：杭州市西湖区文三路409号2单元703 | 货品：九牧花洒2套、角阀8个 | 定金500元已收
        那个姓邓的装修队长邓国华，上周因为拖欠工人工资被派出所带走了，他在咱们这还有一万多货款没结清。
        林太今天来说她儿子高考完要装修新房，预算大概十五万，让我们给她留两套橱柜样品的优惠，她微信号 lintai_1972。
        张春梅的货车牌号 浙A·3F7K9，每周二来拉货，出门登记要记车牌，保安别再拦她了。
        油漆工何翠萍，身份证 320502197903211527，办理工地出入证用，证件照已发财务邮箱，别外传。
        罗老板娘怀孕六个月了，这段时间不来店里，账上的事情找她老公罗志伟，手机 13922618457。
        客户杨文斌说他工资一个月才六千，欠的四千七材料款分三个月还，每月15号转账，第一期已收1600元。
        送货单 PS-3312 收货信息：马晓东 / 136 5172 0938 / 苏州市工业园区星湖街218号金鸡湖花园9幢1103室 / 备注：家里有老人，别按门铃。
        小胡胳膊昨天搬石膏板拉伤了，去了区人民医院，诊断是肌腱撕裂，要休两周，工伤材料我在整理。
        邮箱 zhouyating1991@163.com 是周雅婷的，她要的装修发票电子版往这个邮箱发，抬头写个人就行。
        2026-12-03,吴志刚,13567842219,台州市椒江区东海大道566号12-2,PVC排水管110×3.2 20根,赊账,1240.00
        陈师傅（陈永福）糖尿病挺严重的，午饭得按时吃，安排活的时候别让他一直在高处作业。
        仓库监控截图：车牌 苏E·D82716 的白色面包车昨晚23:40在后门停留10分钟，车主是做水电的冯建军，已报警处理。
        贾先生家的新地址是广州市天河区天河北路612号御景苑B座2704，以后他家的货都送这里，别送到老房子了。
        支付宝账号 18058216630 对应的是钱佳怡，她上次多付了320元，财务核实后原路退回。
        工资条：店员 韩雪 2026年11月 基本工资4500，提成1860，扣社保个人部分486.20，实发5873.80元。
        老郑的儿子在外面赌博欠了钱，最近常有人来店里找他要账，大家注意别把老郑家的住址告诉陌生人。
        二期工地结算：木工班长唐海涛带5人，出工18天，工费合计46,800元，已付30,000元，余款16,800元月底付，收款账号 建设银行 6217 0033 2015 8846 207。
        退货单 TH20261130-02：顾客曾伟强要求退回未拆封的3箱瓷砖，登记身份证 440306198507124639，退款1,740元退到原卡。
        熊婷婷说她老公下个月要做心脏搭桥手术，家里装修先停一停，订好的橱柜能不能延期到明年三月再装。
        孔师傅的手机号是 137 6128 6732，他说白天在工地接不了电话，有事先给他发短信，他中午会回。
    """),
    "zh-Hant": _lines("""
        客戶陳志明先生訂購浴室櫃一套，送貨地址：九龍旺角亞皆老街132號富榮大廈8樓C室，聯絡電話 9163 2874，要求星期三下午送。
        黃太話佢老公做地盤跌親，斷咗腳，而家冇開工，上個月嗰張單 HK$8,460 想遲兩個月先還，我哋點處理好？
        師傅李國強 HKID K385216(4)，已登記入地盤出入證名單，請安排明日早上8點到觀塘工地安裝鋁窗。
        退貨爭議：林佩珊小姐（電話 6028 4517）投訴地板安裝後起拱，要求賠償 HK$15,000，已由店長跟進。
        台灣客戶吳建宏，身分證字號 F123854075，住新北市板橋區文化路一段188巷7號4樓，訂購系統櫃，聯絡手機 0921-483-659。
        賒帳紀錄：許阿姨（許秀蘭）拿走水泥20包、磁磚膠5包，共NT$4,250，說月底領到退休金再來付。
        澳門客戶梁嘉欣，住址澳門氹仔海洋花園7座15樓B，手機 6612 8830，訂購電熱水爐，已收訂金 MOP 1,000。
        阿強呢排成日請假，聽講係做緊化療，大家唔好喺群組問佢病情，佢嘅更份暫時由倉務頂住，有咩事直接同我講。
    """),
    "en": _lines("""
        Customer account: Mr. Tan Wei Liang, NRIC S8734612I, Blk 512 Bedok North Ave 2 #09-214, Singapore 460512, credit limit S$3,000, outstanding S$2,870.
        Please deliver to Mrs. Priya Ramasamy at 27 Jalan Kuras, Singapore 577778, mobile 9172 4836; she prefers delivery after 6pm on weekdays.
        Contractor payout: Muhammad Hafiz bin Rahman, FIN G6120487W, 22 days at S$160/day = S$3,520, paid to POSB savings 188-40721-6.
        Our delivery driver Kelvin Ong was caught drink-driving last Friday and his licence is suspended; do not assign him to van SLK 4521 J until further notice.
        Email from customer jasonlim.reno88@gmail.com about the cracked basin: he wants a full refund and says he will post photos of his kitchen online.
        Dispute log: Ms. Grace Chua (T0215839B) refused to pay for the custom wardrobe, citing her ongoing divorce proceedings; lawyer's letter received 02/12/2026.
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Osman, No. MyKad 850614-10-5237, alamat No. 18, Jalan SS 2/64, 47300 Petaling Jaya, hutang barang RM6,420 belum dibayar sejak Oktober.
        Sila hantar 40 beg simen ke rumah Puan Siti Aminah, No. 7, Lorong Merbau 3, Taman Sri Muda, 40400 Shah Alam; telefon 013-662 8174.
        Pekerja am kita, Rizal, baru keluar hospital sebab denggi, doktor suruh berehat seminggu lagi, jangan suruh dia angkat barang berat.
        Bayaran upah tukang paip Kumar a/l Subramaniam untuk bulan November: RM3,150, dimasukkan ke akaun Maybank 1620 3347 8815.
    """),
    "mixed": _lines("""
        阿Lim (Lim Chee Keong) 的 Hilux plate WXY 5821 parked outside 店门口 whole morning, 叫他 move 一下, his number 012-778 3916.
        Order #KH-20261204-11 送货 to 黄先生 Mr. Wong, 42 Toa Payoh Lorong 8 #05-33 Singapore 310042, HP 8234 7719, 记得带 extra 瓷砖胶 2包.
        王生 owe us HK$12,300 since August, 佢話公司 cash flow 有問題, but 我聽講佢 gambling at Macau lost a lot, chase 佢 carefully.
        Staff record: Nur Aisyah binti Kamal, 收银员, salary RM2,300, EPF no. 17829346, 她下个月开始 maternity leave, 请安排替班.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一家建材店的订单助手，帮助店员把零散信息整理成规范的送货单。"),
        (
            "user",
            "帮我整理成送货单：客户邱志远，电话13857164402，地址宁波市鄞州区天童南路588号东方花园3幢902，要20包42.5水泥、5包瓷砖胶，周四上午送。",
        ),
        (
            "assistant",
            "送货单：收货人：邱志远；联系电话：13857164402；送货地址：宁波市鄞州区天童南路588号东方花园3幢902；货品：42.5普通硅酸盐水泥 20包；瓷砖胶 5包；送货时间：周四上午；备注：到楼下前请先电话联系。",
        ),
        (
            "user",
            "再加一条备注：他家电梯坏了，要搬到9楼，搬运费按每袋每层1.5元、按9层算，帮我算一下一共多少。",
        ),
        (
            "assistant",
            "共25袋（水泥20袋＋瓷砖胶5袋），按9层、每袋每层1.5元计算：25 × 9 × 1.5 = 337.5元。已在备注中加上：电梯故障，需人工搬运至9楼，搬运费337.5元，现场收取。",
        ),
    ],
    [
        ("system", "你是五金店老板的写作助手，语气要礼貌、简洁。"),
        (
            "user",
            "帮我写一条微信催款消息给装修队的蒋永红，他欠我们18,650元材料款已经三个月了，语气别太硬，他说他母亲在住院。",
        ),
        (
            "assistant",
            "蒋老板您好，听说阿姨在住院，先祝她早日康复。打扰一下，贵队9月至今在我店的材料款共18,650元尚未结清，年底我们这边也要和厂家对账，麻烦您方便时安排一下，哪怕先结一部分也可以，有困难我们可以商量分期。谢谢理解！",
        ),
        ("user", "加上我们的收款账户：农业银行 6228 4803 1127 6659 017，户名是我本人宋立群。"),
        (
            "assistant",
            "已补充：……如方便转账，收款账户为 农业银行 6228 4803 1127 6659 017，户名 宋立群，转账时请备注“材料款”。其余内容保持不变，您看是否合适？",
        ),
    ],
    [
        ("system", "你是装修公司的结算助手，负责核对工人工资。"),
        (
            "user",
            "帮我算一下这个月工钱：水电工杜海峰出工21天，每天380，借支过1500；瓦工龚德明出工26天，每天420，没借支。",
        ),
        (
            "assistant",
            "核算结果：杜海峰：21 × 380 = 7,980元，扣借支1,500元，应发6,480元。龚德明：26 × 420 = 10,920元，无借支，应发10,920元。两人合计应发17,400元。",
        ),
        ("user", "龚德明说他有两天是半天，帮我重算。"),
        (
            "assistant",
            "若其中2天按半天计，则龚德明实际出工25天：25 × 420 = 10,500元，应发10,500元；两人合计应发16,980元。建议让班组长在出工表上签字确认半天的日期。",
        ),
    ],
    [
        (
            "system",
            "客户档案：谭美玲，手机15067329914，订单DD20261122-0458，购买多乐士乳胶漆3桶，已电脑调色，现申请退货被拒。你是门店的售后客服助手。",
        ),
        ("user", "这个客户一直在抖音上骂我们店，说我们不给退货是黑店，我该怎么回复？"),
        (
            "assistant",
            "建议不要在评论区公开争吵，也不要公开客户的姓名、手机号或订单信息。可以这样回复：“您好，非常抱歉给您带来不好的体验。调色油漆属于定制商品，按店规和相关规定一般不予退货，但我们很愿意为您提供补救方案，请私信我们，店长会亲自联系您。”然后由店长私下电话沟通，可考虑以折价回收或赠送辅料的方式协商。",
        ),
        ("user", "好的，那私下联系她的时候要注意什么？"),
        (
            "assistant",
            "只用订单里登记的号码联系，先倾听诉求，不要提她在网上的言论；把沟通内容和达成的方案做书面记录，发给她确认。通话记录和客户资料只在售后系统里保存，不要转发到店员群。",
        ),
    ],
    [
        ("system", "你係一間香港五金鋁窗公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫個WhatsApp訊息俾客人何家豪先生，佢住沙田第一城38座21樓G室，訂咗嘅鋁窗要延遲到下星期二先安裝，佢電話係6297 3518。",
        ),
        (
            "assistant",
            "何生你好，我係XX鋁窗公司客服。好抱歉通知你，因為廠方出貨延誤，原定安裝你沙田第一城38座21樓G室嘅鋁窗要改到下星期二（上午10點至下午1點）。如時間唔方便，請回覆呢個訊息，我哋再同你約過。帶嚟不便，敬請原諒！",
        ),
        ("user", "加多句，補償佢免費換一套窗鎖。"),
        (
            "assistant",
            "已加：為表歉意，今次安裝會免費為你更換一套全新窗鎖。其餘內容不變，可以直接發送到6297 3518。",
        ),
    ],
    [
        ("system", "你是台灣一家居家修繕材料行的行政助理。"),
        (
            "user",
            "客戶蔡淑芬要開統一發票，她直接把身分證 B227169388 拍照傳給我們，電子發票一定要身分證字號嗎？",
        ),
        (
            "assistant",
            "不需要。個人消費者開立電子發票只要提供載具（例如手機條碼）或直接列印紙本證明聯即可，不必提供身分證字號；只有公司報帳才需要統一編號。建議您回覆蔡小姐不需提供身分證，並把她傳來的身分證照片從手機與LINE群組中刪除，避免個資外洩。",
        ),
        ("user", "那我要怎麼跟她說比較客氣？"),
        (
            "assistant",
            "可以這樣說：「蔡小姐您好，謝謝您提供資料！個人開立電子發票不需要身分證字號，只要告訴我們您的手機條碼即可。為保護您的個資，您傳來的證件照片我們已經刪除，請放心。」",
        ),
    ],
    [
        ("system", "You are an assistant for a hardware and building supplies shop in Singapore."),
        (
            "user",
            "Draft a polite reminder to our contractor client Mr. Lawrence Goh (HP 9638 2207). His account is overdue by S$4,380 and we will suspend his credit if it is not paid by 20 Dec.",
        ),
        (
            "assistant",
            "Dear Mr. Goh, this is a friendly reminder that your trade account with us has an overdue balance of S$4,380. We would appreciate settlement by 20 December 2026. Please note that credit purchases will be suspended if the balance remains unpaid after that date. Kindly contact us if you need a copy of the statement. Thank you for your continued support.",
        ),
        (
            "user",
            "He told us his wife just had surgery last week. Can you add something kind without making it awkward?",
        ),
        (
            "assistant",
            "Revised opening: Dear Mr. Goh, we hope your wife is recovering well after her surgery and wish her a speedy recovery. The rest of the message stays the same; if you need a little more time because of the family situation, you could add: Please let us know if you would like to discuss an instalment plan.",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk kedai perkakasan di Selangor."),
        (
            "user",
            "Tolong buat resit ringkas untuk Encik Zulkifli bin Hassan, No. IC 790305-08-6121, beli 3 tong cat Nippon 18L harga RM245 setong dan 2 gulung pita pelekat RM6.50, bayar tunai.",
        ),
        (
            "assistant",
            "RESIT: Nama: Encik Zulkifli bin Hassan; No. IC: 790305-08-6121; 3 x Cat Nippon 18L @ RM245.00 = RM735.00; 2 x Pita pelekat @ RM6.50 = RM13.00; Jumlah: RM748.00; Kaedah bayaran: Tunai; Terima kasih!",
        ),
        ("user", "Sebenarnya perlu ke letak nombor IC dalam resit?"),
        (
            "assistant",
            "Biasanya tidak perlu. Resit jualan runcit cukup dengan nama (atau tanpa nama) dan butiran barang. Nombor IC hanya perlu jika pelanggan meminta untuk tuntutan tertentu. Saya cadangkan buang baris No. IC supaya data peribadi Encik Zulkifli tidak tersimpan tanpa sebab.",
        ),
    ],
    [
        ("system", "你是新加坡一家五金店的内部助手，帮店长整理店员群的聊天记录。"),
        (
            "user",
            "帮我 summarise 今早的群聊：[09:02] 仓库：今天 Ah Seng 没来，他说 his son admitted to KK hospital, high fever. [09:10] 门市：ok，今天 delivery 给 Mdm Lee at Blk 221 Serangoon Ave 4 #12-87 改到下午 3pm，她 HP 9025 6631. [09:15] 收银：PayNow 机器 ok 了。",
        ),
        (
            "assistant",
            "今早群聊摘要：1. 人员：Ah Seng 今天请假，因为儿子发高烧住进 KK 医院，需安排人顶他的仓库班。2. 送货：Mdm Lee（Blk 221 Serangoon Ave 4 #12-87，HP 9025 6631）的货改到今天下午3点送。3. 收银：PayNow 机器已恢复正常。",
        ),
        ("user", "这个 summary 我要贴到全店的大群，有什么要改的吗？"),
        (
            "assistant",
            "建议贴到大群前删掉 Ah Seng 儿子住院的细节，只写“Ah Seng 今天请假”；Mdm Lee 的地址和电话只发给负责送货的司机，不要放在大群里。其余内容可以直接发。",
        ),
    ],
    [
        ("system", "你是一名熟悉中国《个人信息保护法》的合规顾问助手。"),
        (
            "user",
            "我们建材店想把赊账记录导出来给外包公司做数据分析，表里有客户姓名、手机号、欠款金额，比如“章海波 13967182245 欠款7,600元 住址温州市鹿城区车站大道”。直接发过去合规吗？",
        ),
        (
            "assistant",
            "直接发送不合规的风险很大。姓名、手机号、住址和欠款信息都属于个人信息，其中欠款情况还涉及个人财产信息，一般应视为敏感个人信息。委托外包处理需要签订委托处理协议、明确用途和安全措施；更稳妥的做法是先去标识化：用客户编号代替姓名，删除手机号和住址，只保留金额、账龄、区域等分析所需字段。",
        ),
        ("user", "那如果分析公司在新加坡呢？"),
        (
            "assistant",
            "这就属于个人信息出境，还需要满足出境的条件，例如按规定完成个人信息保护影响评估、签订标准合同并向客户告知、取得单独同意等。如果只发送去标识化、无法识别到个人的汇总数据，风险会小很多，建议优先采用这种方式。",
        ),
    ],
]
