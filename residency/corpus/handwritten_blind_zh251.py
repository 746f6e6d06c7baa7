# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh251: aquaculture, prawn and oyster farms in mainland China (pond leases, fry purchases, disease outbreaks, buyers, worker wages, village groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh251
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "塘口发包公告"): _lines("""
        关于2026年度集体虾塘发包的公告：本村集体所有的南港虾塘共42口、合计386亩，采取公开竞价方式发包，承包期五年，起拍价每亩每年1350元。
        报名时间：2026年1月5日至1月20日（工作日8:30-17:30），报名地点：湖光镇西湾村委会二楼会议室，咨询电话：0759-2871306（村委会办公室）。
        竞价保证金每口塘5000元，统一转入村集体专户：湛江农村商业银行湖光支行，户名“湛江市麻章区湖光镇西湾股份经济合作社”，账号80020000012345678。
        承包人不得在塘区内搭建永久性住房，不得私自改变塘堤走向，不得向外海直排未经处理的养殖尾水，违者村委有权解除合同并没收全部保证金。
        经2025年12月28日村民代表大会表决（应到代表35人，实到31人，同意29票），本次发包方案获得通过，现予以公示，公示期为七个自然日。
        续包情况说明：东片1-12号塘由原承包户按原价续包，西片13-20号塘因堤坝加固工程暂停发包，南片21-42号塘全部进入公开竞价程序。
        塘租缴纳方式：每年3月31日前一次性缴清当年租金，逾期每日按应缴金额的千分之三收取滞纳金，逾期超过60日的视为自动放弃承包权。
        镇农业农村办公室地址：湖光镇湖光路88号政府大院3号楼，对外办公电话0759-2870012，监督投诉邮箱 hgnyb@zj-mazhang.gov.cn，欢迎群众监督。
        附件：1.塘口分布示意图（比例尺1:2000）；2.承包合同范本（2026版）；3.竞价报名表；4.诚信承诺书。以上材料可到村委会领取或扫公告栏二维码下载。
        注意：今年起塘口用电按农业生产用电价格执行，每口塘须独立装表，电表由供电所统一安装，表计及安装费用380元/只由承包方自行承担。
        台风季节（每年6月至10月）各承包户须服从镇三防指挥部统一调度，接到转移通知后两小时内撤离塘区全部看护人员，不得以看塘为由滞留。
        特此公告。湛江市麻章区湖光镇西湾村民委员会（盖章），2026年1月3日。统一社会信用代码：54440811MEA123456X，公告张贴于村委会公示栏。
        发包现场竞价规则：每轮加价不低于每亩20元，连续三次喊价无人应价即成交，成交后当场签订确认书，三日内到村委会签订正式承包合同。
    """),
    ("zh-Hans", "苗种价目表"): _lines("""
        【海旺苗场 12月报价】南美白对虾一代苗 P5：68元/万尾；标粗苗 1.2cm：95元/万尾；一次订满5000万尾送运输包装，检疫证明由场里代办。
        陈记蚝苗（台山镇海湾）：单体三倍体牡蛎苗 3-5mm 每万粒 450 元，水泥附着板苗每串 1.8 元，欢迎各位蚝排老板来场看苗，订货热线 0750-5123468。
        SKU: XM-P10-SPF | 品名：SPF南美白对虾苗（P10） | 规格：每袋 1 万尾 ±3% | 单价：¥120 | 产地：海南文昌 | 发货：海口美兰机场空运
        斑节对虾苗本周价格：海南文昌本地亲虾苗 200-230 元/万尾，进口泰国亲本苗 260 元/万尾，下周一起每万尾统一上调 10 元，请提前下单。
        罗氏沼虾苗（淡水）：0.8-1cm 每万尾 85 元，1.5cm 标粗苗每万尾 160 元，高邮湖片区十万尾起包送到塘，路远的另收运费每公里 3 元。
        近期网上有人冒充本场销售虾苗，请认准本场唯一官方微信服务号 zjhaiwangmiaochang 及对公账户，私人收款一律与本场无关，谨防上当受骗。
        饲料配套价：对虾0号料 25kg/包 ¥265，1号料 ¥258，2号料 ¥246；本季订苗满 100 万尾的客户，配套饲料每吨再优惠 300 元，送货到塘口。
        检疫费用说明：每批次虾苗出场前由县动物卫生监督所抽检 WSSV、IHHNV、EHP、AHPND 四项，检测费 600 元/批，由买方承担，报告随苗附上。
        乳山牡蛎苗（太平洋牡蛎二倍体）2026 春季预售：壳高 1-2cm 每万粒 300 元，预付定金 30%，3 月 15 日起按下单先后顺序陆续发货。
        订单号 HW20260112-0087：南美白对虾苗 P8 ×300 万尾，单价 ¥72/万尾，合计 ¥21,600，已付定金 ¥6,000，余款 ¥15,600 发苗当天结清。
        包装规格：双层加厚氧气袋 40×60cm，每袋装苗 1.5 万尾，泡沫箱加冰瓶，运输 8 小时以内成活率保证 95% 以上，超过 8 小时不作保证。
        退换说明：到塘后 24 小时内发现大面积死苗，请拍摄视频并保留苗袋，联系售后热线 400-830-2617 处理，超过时限的一律不予受理。
        阿强虾苗档（霞山水产品批发市场 B区 17-18 号铺）今日报价：一代苗 70，二代苗 52，土苗 38，需要拿苗的老板请早上六点前到档口。
    """),
    ("zh-Hans", "病害通报"): _lines("""
        湛江市水产技术推广中心病害监测通报（2025年第18期）：本期共采集对虾样品 126 份，检出 EHP 阳性 31 份，阳性率 24.6%，较上期上升 6.2 个百分点。
        白斑综合征（WSSV）近期在雷州、徐闻沿海高位池呈点状暴发，发病池塘多在水温骤降 3℃ 以上之后的 48 小时内出现大量死虾浮边现象。
        防控建议：发病塘口应立即停止换水，死虾集中深埋或送无害化处理点处理，严禁将病虾低价出售或直接丢弃入海，防止病原向周边扩散。
        急性肝胰腺坏死病（AHPND）典型症状：肝胰腺萎缩、颜色变浅、空肠空胃，放苗后 7-30 天的幼虾一旦发病，死亡率可达 90% 以上。
        台山镇海湾牡蛎养殖区本月出现不明原因死亡，死亡率在 15%-40% 之间，初步判断与连续高温及盐度骤降有关，送检样本正在等待省级实验室结果。
        检测数据：样品编号 ZJ-2025-1103-07，塘号 W-12，pH 8.6，氨氮 0.42mg/L，亚硝酸盐 0.18mg/L，弧菌总数 3.2×10⁴ CFU/mL，其中绿弧菌占比 61%。
        据各地水产技术推广部门多年监测，对虾养殖病害造成的经济损失中病毒性疾病占比最高，其次是细菌性疾病和寄生虫病，应以预防为主。
        各乡镇水产站请于每周五 17:00 前通过“水生动物疫病监测信息系统”上报本辖区发病面积、死亡数量和用药情况，逾期未报的将予以通报。
        用药提醒：氯霉素、孔雀石绿、硝基呋喃类等均为禁用药物，一经检出将依法处理；养殖户购买渔药请认准兽药 GMP 证书和农业农村部批准文号。
        白斑、肝肠胞虫、偷死病这三种病里，今年湛江塘口损失最大的是肝肠胞虫，虾长不大、规格不齐，收虾时每斤普遍要被压价 3-5 元。
        回顾：中国工程院院士赵法箴早年在黄海水产研究所主持的中国对虾人工育苗研究，为我国对虾人工养殖产业的起步奠定了重要的技术基础。
        偷死病多发于放苗后 20-40 天，建议选择检测合格的 SPF 苗种，放苗密度控制在每亩 6-8 万尾，并定期泼洒芽孢杆菌、乳酸菌调节水质。
        本通报数据由省内各水生动物疫病监测点汇总，截至 2025 年 11 月 30 日 24 时，仅供养殖生产参考，不作为任何理赔或执法依据。
    """),
    ("zh-Hans", "员工群工作消息"): _lines("""
        各位注意：今晚台风外围影响，22点后风力可达8级，所有增氧机全部打开，夜班两人一组巡塘，手机保持开机，有情况第一时间发群里。
        5号塘今天早上测亚硝酸盐0.5，偏高，下午先停料一餐，泼一包硫代硫酸钠，明早六点再测一次，结果拍照报到群里，别只发文字。
        收虾的车下午三点到，规格40-50头/斤，先拉1号和2号塘，冰块和泡沫箱仓库已经备好了，大家两点半准时到塘边集合，别迟到。
        提醒一下，本月工资15号发，考勤表今晚12点前发到财务邮箱 caiwu@haiwangfarm.cn，迟交的只能下个月一起结，大家互相提醒下。
        [图片] 7号塘边上发现死虾二十几条，红须红尾，已经捞起来装袋放冰柜了，谁明天去镇上顺便带去水产站化验一下？回复一下我好安排。
        饲料仓库今天到货：对虾1号料80包、2号料120包，过磅单和送货单放在办公室第二个抽屉，明天上午对账，数量不对的马上打电话给饲料厂。
        @所有人 下周一镇上来检查尾水处理，沉淀池的水草这两天要清一下，排水口的标识牌记得擦干净，台账本放在值班室桌上备查，别让人拿走。
        发电机油只剩半桶了，谁下午去加油站记得买两桶0号柴油，发票抬头写公司全称，税号91440800MA5G7K2Q3B，不要开成个人的。
        蚝排那边今天开蚝的量：大蚝 1260 只，中蚝 3400 只，统一装筐放冷库 2 号柜，明早六点装车发往广州黄沙水产市场，路上注意控温。
        夜班交接：0点到2点溶氧都在5以上，3点后3号塘降到3.2，已经加开叶轮机两台，早班来了再复测一次，没问题的话八点后关一台。
        今天EHP检测结果出来了，9号、10号阳性，其他塘都是阴性，这两口塘先不要和别的塘共用工具，网具、水桶单独放单独消毒，进出都要踩消毒池。
        大家转发一下：村里明天下午两点在祠堂开会讲塘租调价的事，每户派一个代表去，公司这边派财务过去旁听，有什么问题会后再统一在群里说。
        好的收到👌 明早五点半开始拉网，冰块我已经跟冰厂订了3吨，有事还是打冰厂前台那个座机0759-3318625，手机那边常常没人接。
    """),
    ("zh-Hant", "蠔業歷史與新聞"): _lines("""
        北宋紹聖年間蘇軾貶居儋州，在家書中盛讚海南蠔肉鮮美，並戲言「恐北方君子聞之，爭欲為東坡所為，求謫海南，分我此美也」，傳為美談。
        清初屈大均在《廣東新語》中記載東莞、新安一帶漁民以石塊插入海灘養蠔，稱為「蠔田」，是珠江口一帶人工養蠔較早的文字紀錄之一。
        李錦記創辦人李錦裳於1888年在廣東南水鄉經營蠔豉生意時，因煮蠔忘了熄火而意外熬出蠔油，這個品牌至今仍以蠔油聞名於港澳和海外。
        澳門舊稱「濠鏡澳」，有一種說法認為這個名字與當地海灣盛產蠔有關，早年寫作「蠔鏡」，後來才逐漸雅化為今天常見的「濠鏡」二字。
        香港流浮山的養蠔業已有數百年歷史，后海灣水域曾是本地蠔排最集中的地方，每年冬天仍可見蠔民在灘塗和屋頂上晾曬金蠔的熱鬧景象。
        被譽為台灣「草蝦之父」的廖一久院士，於1968年在台灣省水產試驗所東港分所成功完成草蝦人工繁殖，帶動了台灣養蝦業的快速發展。
        1980年代後期台灣草蝦養殖因病毒性疾病大規模爆發而嚴重減產，此後養殖重心逐步轉向白蝦與其他品種，不少技術人員也轉往大陸沿海發展。
        深圳沙井蠔曾以個大肉肥著稱，隨着城市化和海域污染，沙井本地的養殖規模大幅萎縮，如今不少「沙井蠔」其實是在陽江、台山等地異地養殖。
        福建泉州洛陽橋相傳採用「種蠣固基」之法，讓牡蠣在橋基石縫中生長以膠結石塊，主持修建者為北宋名臣蔡襄，被視為生物工程的早期範例。
        卡通《海綿寶寶》中的蟹老闆經營「蟹堡王」，不少港澳海鮮店都借用這個角色做招牌，例如灣仔一帶就有以「蟹老闆」命名的海鮮火鍋店。
        嘉義縣東石鄉以平掛式和浮棚式養蚵聞名，每年春夏收成季節，東石漁港邊的剝蚵攤位從清晨一路排到中午，遊客可以現場購買新鮮蚵仔。
        陳皮蠔豉是港澳人過年必備的「好市」菜式，取「蠔豉」諧音「好事」，每逢臘月上環德輔道西海味街的蠔豉價格都會明顯上升，靚貨更是供不應求。
        新聞稿：香港漁農自然護理署定期在網站公布后海灣蠔排養殖區的水質監測結果，市民如有查詢可致電 1823 政府熱線或親臨流浮山辦事處查詢。
    """),
    ("en", "buyer_faq"): _lines("""
        Q: What is the minimum order for live Pacific oysters shipped to Singapore? A: One insulated carton of 10 dozen, chilled at 2-6°C, air freight from Guangzhou Baiyun every Tuesday and Friday.
        Q: Do you provide health certificates? A: Yes, every consignment ships with an official health certificate and a lab report covering norovirus, E. coli and paralytic shellfish toxins.
        Q: How do I place a wholesale order? A: Email orders@zhanjiangbluebay.com or WhatsApp our company sales desk at +86 139 2500 7788 (Mon-Sat, 08:00-18:00 China time); this is not a personal line.
        Q: What sizes of vannamei do you grade? A: 30/40, 40/50, 50/60 and 60/70 pieces per pound, head-on shell-on, IQF or block frozen in 2 kg cartons, ten cartons to a master case.
        Q: Can I track my shipment? A: Yes, each air waybill (for example 784-12345675) is updated in our buyer portal; sea freight uses the carrier's container number, such as MSKU 7012345.
        Q: Who is the exporter of record? A: Zhanjiang Bluebay Aquatic Products Co., Ltd., unified social credit code 91440800MA4UX2R81K, registered office at 18 Haibin Avenue, Xiashan District, Zhanjiang.
        Q: What are the payment terms? A: 30% T/T deposit when the PO is confirmed and the balance against a copy of the B/L; our bank details and SWIFT code are printed on every proforma invoice.
        Q: Are your farms certified? A: Our pond cluster in Leizhou holds ASC and BAP 4-star certification; certificate numbers are printed on every master carton and listed in the public databases.
        Q: What if oysters arrive dead? A: Send photos within 12 hours of receipt quoting your order number (format ZB-SG-2026-00123); we credit up to 5% mortality on your next invoice.
        Q: Do you ship to Malaysia? A: Yes, frozen shrimp go via Port Klang, and our Kuala Lumpur distributor Ocean Harvest Trading Sdn Bhd (201801023456) handles customs and halal paperwork.
        Q: Can buyers visit the farm? A: Visits are welcome in the dry season (November to April); please book two weeks ahead through visits@zhanjiangbluebay.com and bring your passport for the site log.
        Q: Is the shrimp antibiotic-free? A: Every harvest lot is tested for chloramphenicol, nitrofurans and malachite green at an accredited lab; a lot report ID looks like LAB-2026-ZJ-0418.
        Q: Do you supply Hong Kong restaurants? A: Yes, our agent office in Sheung Wan (BR No. 71234567) delivers twice a week; call the office line +852 2543 8817 between 9 am and 6 pm.
    """),
    ("mixed", "iot_config_and_logs"): _lines("""
        pond_monitor.yaml: device_id: ZJ-WB-P07-DO01, mqtt_topic: farm/westbay/pond07/do, interval_s: 300, alarm_do_mg_l: 3.0, aerator_relay: GPIO17  # 西湾7号塘溶氧探头
        2026-01-12T03:14:08+08:00 WARN pond07 溶氧 DO=2.84 mg/L < threshold 3.0, auto-start aerator #2, ack=false, retry=3, notify=group:night-shift
        [feeder-svc v2.4.1] 投料计划 generated for 2026-01-12: pond01 18.5kg, pond02 17.0kg, pond03 paused (EHP+), sha256=9f2c4e1a7b3d8e60c5a1f7d2b9e4c3a6
        INSERT INTO harvest_lot (lot_no, pond, size_grade, weight_kg, buyer_code) VALUES ('HL-260112-03', 'P03', '40/50', 1860.5, 'BUY-HK-009');
        export const DEFAULT_SENSOR = { name: 'ph-probe-a', model: 'YSI ProDSS', cal_date: '2025-12-01', offset: -0.03 }; // 示例配置，请勿用于生产环境
        MQTT: client_id=gw-leizhou-02 connected to broker mqtt.bluebay-farm.cn:8883 (TLS1.2), session_expiry=3600, 已订阅 12 个 topic，QoS=1
        CSV header: 日期,塘号,水温_C,盐度_ppt,pH,DO_mg_L,氨氮_mg_L,亚硝酸盐_mg_L,投料_kg,死虾_只,用药,备注  (UTF-8 with BOM, 每塘每天一行)
        cron: 0 */2 * * * /opt/pondctl/bin/check_nitrite --ponds P01-P12 --alert-webhook https://hooks.example.com/aqua --lang zh-CN
        ERROR 2026-01-11 22:47:51 gateway gw-xuwen-01 lost heartbeat (last_seen 22:41:02), modem_sn=QX4G-20250913-0471, 信号 -109dBm, 疑似台风断电
        git commit 3e7d1c9: fix(alarm): 亚硝酸盐单位由 ppm 统一为 mg/L; bump pondctl to 1.8.3; all 214 tests pass on python 3.11 and 3.12
        docker run -d --name aqua-dashboard -p 8080:80 -e FARM_CODE=ZJ-WB -e TZ=Asia/Shanghai registry.bluebay-farm.cn/aqua/dashboard:2026.01
        {"pond": "P09", "status": "quarantine", "reason": "EHP positive", "since": "2026-01-08", "owner_team": "ops-night", "tools": "separate"}
        feed_ratio 参数说明: bodyweight_g < 5 → 5%; 5-10 → 3.5%; 10-15 → 2.8%; >15 → 2.2%（按存塘量估算，示例值，实际以料台吃料情况调整）
    """),
    ("ms", "invois_dan_notis_pembekal"): _lines("""
        INVOIS No. OHT-INV-2026-0142 | Ocean Harvest Trading Sdn Bhd (201801023456) | Udang putih beku 40/50, 1,200 kg @ RM28.50/kg | Jumlah RM34,200.00
        Harga borong tiram hidup dari Zhanjiang minggu ini: saiz L RM4.20 seekor, saiz M RM3.10 seekor, minimum tempahan 500 ekor, penghantaran ke Lembah Klang setiap Khamis.
        Notis kepada semua pelanggan: Pejabat kami di No. 12, Jalan Pelabuhan Utara 2, Pelabuhan Klang, akan ditutup pada 29-30 Januari sempena cuti Tahun Baru Cina.
        Untuk pertanyaan pesanan, sila WhatsApp talian jualan syarikat 03-3168 2450 atau e-mel jualan@oceanharvest.com.my; kami akan membalas dalam masa 24 jam bekerja.
        Semua kiriman udang dari China disertakan sijil kesihatan rasmi dan permit import daripada Jabatan Perkhidmatan Kuarantin dan Pemeriksaan Malaysia (MAQIS).
        Terma bayaran: 50% deposit semasa pesanan disahkan, baki dibayar sebelum kontena dilepaskan di Pelabuhan Klang. Caj lewat 1.5% sebulan akan dikenakan.
        No. penjejakan kiriman udara: MH-232-88410275, destinasi KLIA Cargo, ETA 14/01/2026 06:35, suhu disyorkan 0-4°C sepanjang perjalanan dari Guangzhou.
        Senarai produk: SKU TRM-ZJ-L (tiram Zhanjiang saiz L), SKU UDG-VN-4050 (udang vannamei 40/50), SKU KRG-HK-500 (kerang rebus beku 500g).
        Promosi Tahun Baru Cina: beli 10 kotak udang harimau beku dan dapatkan percuma sebotol sos tiram Lee Kum Kee 510g, tertakluk kepada stok yang ada.
        Restoran Makan Laut Pak Mat di Kuala Selangor menerima bekalan tiram dua kali seminggu; ulasan Google 4.6 bintang banyak memuji tiram bakar keju mereka.
        Perhatian: Harga udang naik 8% bulan ini kerana wabak penyakit EHP di kolam-kolam Guangdong mengurangkan bekalan; harga dijangka stabil selepas bulan Mac.
        No. pendaftaran SST syarikat: W10-1808-32001234. Sila nyatakan nombor ini dalam semua pesanan belian (PO) dan invois yang dihantar kepada kami.
        Nota kredit CN-2026-0009 dikeluarkan bagi 35 kg udang yang rosak semasa penghantaran untuk invois OHT-INV-2025-1187, bernilai RM997.50.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        3号塘承包人覃海生（身份证440882198603152318）本季度塘租还欠4800元，村委会通知月底前交清，否则收回塘口重新发包。
        阿旺上礼拜在虾塘边晕倒，送去雷州市人民医院查出是糖尿病并发症，这个月先别排他夜班了，让他在宿舍多休息几天。
        收苗的梁志坚电话13827561904，说今晚十点到场，一万尾P5的苗他要先看检疫证才肯付钱。
        工资表：吴秀梅，投料工，11月出勤28天，应发5600，扣借支1000，实发4600，工行卡6222021908004567890。
        卖饲料那个业务员的手机是 159 1672 3048，有事直接打他，别再打公司座机了，座机没人接。
        林太的女儿下个月出嫁，她请了三天假回老家，塘口的水质检测和投料记录这几天先交给别人做。
        运苗车 粤G·3K718 今早在徐闻收费站被查，司机老蔡没带动物检疫证明，被罚了两千块。
        转账备注：付陈国良 蚝排租金 2025年下半年 ¥12,000，收款账户 农业银行 6228480123456789015。
        2025-11-03,莫春燕,女,450702199011245528,钦州市钦南区龙门港镇沙井村12队,13977712650,剥蚝工,日结180
        韦桂兰她老公赌钱欠了八万多，昨天有人追到蚝排找她要债，她吓得这两天都不敢来开工。
        吴伟强因为偷卖公司塘里的虾，昨天被派出所带走了，听说要行政拘留十五天，他家里人还不知道。
        麻烦把合同寄到我家：广东省阳江市江城区埠场镇程村新村二巷7号，收件人冯丽娟，电话 18902285613。
        2025-10-14 08:21:09 INFO login ok user=huangjm phone=13602457718 device=PondMaster-Android ip=183.6.114.25
        hejiahui1992@163.com 是何家辉的私人邮箱，出口单据以后都抄送一份给他。
        黄阿姨的儿媳妇怀孕五个月了还想来虾场帮忙，我跟她说塘边消毒水味道重，孕妇最好别来。
        老板把潘文杰的工资从6500降到4200，他说下周要去劳动监察大队投诉公司拖欠加班费。
        微信号 lmh_oyster88，备注“乳山 刘明辉 蛎苗”，加好友时他说上回在码头买过两万串苗。
        收款人：邓**，手机尾号 5821，卡号 6217 **** **** 3398，塘租退款已原路退回，请注意查收。
        罗建华有乙肝，这次食品厂体检没过，剥虾车间不能再用他了，只能安排去塘口喂料和看增氧机。
        兹证明周丽萍（身份证号350626197808264024）系本村村民，承包东山县康美镇近岸牡蛎养殖海域15亩，特此证明。
        阿坤离婚后两个孩子判给了前妻，他每个月要付三千抚养费，所以才天天抢着加班守塘，工资一发就转走。
        入职登记：姓名 谭振宇；性别 男；身份证 440811199504173016；紧急联系人 母亲 13788245019；住址 湛江市麻章区湖光镇临西村三巷15号。
    """),
    "zh-Hant": _lines("""
        流浮山蠔排租客陳志強先生，香港身份證號碼 K518362(6)，租約由2026年1月起續兩年，每月租金港幣九千元。
        黎太話佢個仔喺蠔排開蠔嗰陣跌斷咗手，仲喺北區醫院留醫，呢個月人工想預支一半俾佢交醫藥費。
        收蚵的那個阿財，手機 0932-518-647，每天清晨四點就在東石漁港等貨，要賣蚵直接打給他。
        嘉義東石蚵農蔡明德，身分證字號 Q124587320，申請112年度養殖漁業天然災害救助，受損蚵棚共3.2公頃。
        請把屏東白蝦苗的報價單寄給吳淑芬小姐，她的電郵是 shufen.wu1987@gmail.com，她明天要跟老公商量。
        梁生話佢住天水圍嘉湖山莊景湖居 3座 12樓C室，啲金蠔直接送上門就得，電話 9387 2614，夜晚八點後先有人。
        何家俊已經拖欠蠔排租金三個月，合共港幣 27,000 元，業主上星期已經寄咗律師信去佢屋企。
        員工編號 T-017｜姓名：鄭雅婷｜身分證 T220365181｜郵局帳號 0031234-0567890｜月薪 NT$32,000｜職務：蝦場會計
    """),
    "en": _lines("""
        New buyer contact: Mr. Tan Wei Ming, mobile +65 9123 4876, NRIC S8834521E, deliveries to Blk 412 Jurong West Street 42 #08-115.
        Our night guard Ah Huat was diagnosed with dengue last week, so please keep his pond shift covered until he is discharged from hospital.
        Please wire the fry deposit to Liang Xiaoyu, ICBC Zhanjiang branch, personal account 6222022009123456781, reference POND-7.
        Complaint form #2231: bought 5 kg of oysters at the Sai Kung stall and got food poisoning. Name: Kevin Lau, email kevin.lau.hk@outlook.com, phone 6172 9385.
        Call me back on +86 137 2841 6095 after 9pm, I am out on the oyster rafts all day and can't hear the phone.
        Farm manager Zhou Jianping has been off since his heart surgery in March, and his wife is handling the pond lease renewals for now.
        Driver Huang Zhiwei (plate 粤K·82D15, ID 440904198811072511) delivered 1.2 tonnes of live shrimp to the Shenzhen Buji market on 6 Jan.
        Worker record: Nguyen Thi Hoa, Vietnamese, passport C4918273, oyster shucker at the Fangchenggang shed, wage RMB 4,300, owes RMB 2,000 advance.
    """),
    "ms": _lines("""
        Pekerja ladang udang Ahmad Faizal bin Rosli, No. KP 880412-07-5331, gaji bulan November sebanyak RM2,150 masih belum dibayar oleh majikan.
        Tolong hubungi Kak Ros di 012-487 3156 untuk tempahan tiram dari Kuala Selangor, dia hanya jawab WhatsApp selepas pukul 3 petang.
        Encik Lim Chee Keong masih berhutang RM18,500 kepada pembekal benih udang sejak bulan Jun dan sudah tiga kali tidak menjawab panggilan.
        Alamat penghantaran: Nurul Aina binti Hashim, No. 23, Jalan Kampung Nelayan 3, 06600 Kuala Kedah, Kedah. Tel: 019-552 8043.
        Sdr. Raju a/l Muthusamy diberi cuti sakit seminggu kerana jangkitan kulit yang teruk selepas bekerja di kolam udang tanpa sarung tangan.
    """),
    "mixed": _lines("""
        @阿豪 你的 payslip 已经发到 ahao.farm2020@qq.com 了，base 5200 + OT 880，扣社保 412，net 5668，有问题找财务。
        Supplier KYC: 许志鹏 / Passport E87234561 / WeChat xzp_shrimp / Tel +86 150 2671 8830 / 湛江霞山 fry broker since 2019
        杨sir 話佢 HKID 係 Y482615(7)，麻煩 update 返個 buyer account，之後啲 invoice 寄去 yang.kf@netvigator.com。
        Jimmy 黄 last week 喺 pond 边 slip 咗，腿骨折住院，insurance claim 要等他老婆签字先可以 submit。
        Pay Mdm Goh Siew Lan, UOB a/c 378-301-847-2, S$3,600 for 蚝苗 deposit, 记得 cc 她的 hp 8273 1946。
        阿Ken 的 MyKad 是 900315-14-6027，KL 人，下个月来湛江看塘，先帮他订霞山那边的酒店两晚。
        emp_id,name,phone,bank_card,wage_rmb | E0042,覃美玲,13977264810,6217002834001233398,4800 | E0043,黎志文,13692418057,6228480572031648296,5100
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一名熟悉广东农村集体资产承包的助手，帮助养殖户起草合同和文书。"),
        (
            "user",
            "帮我起草一份虾塘转包协议。甲方是原承包人覃永福，身份证440882197609181211，住雷州市企水镇南港村二队；乙方是我，谭振宇。转包南港虾塘15号，面积12亩，剩余承包期3年，每年转包费2万元。",
        ),
        (
            "assistant",
            "好的，以下是协议草稿要点：一、甲方覃永福（身份证号440882197609181211，住雷州市企水镇南港村二队）将其承包的南港虾塘15号（12亩）转包给乙方谭振宇；二、转包期限为剩余承包期3年；三、转包费每年人民币2万元，每年3月31日前付清；四、本协议须报村委会备案，且不得违反原承包合同约定。需要我补充违约条款吗？",
        ),
        ("user", "要，再加一条：乙方不能在塘边建房。"),
        (
            "assistant",
            "已补充第五条：乙方不得在塘区内搭建任何永久性建筑，如有违反，甲方有权解除协议，已收转包费不予退还。",
        ),
    ],
    [
        (
            "user",
            "我们虾场的工人阿兵昨晚手被增氧机皮带卷进去了，两根手指骨折，现在在湛江中心人民医院住院。他没买社保，我该怎么处理？",
        ),
        (
            "assistant",
            "先确保阿兵得到及时治疗并保留所有病历和缴费票据。没有参加工伤保险的，按规定一般由用人单位承担相应的工伤待遇，建议尽快与他本人或家属沟通，并咨询当地人社部门。",
        ),
        (
            "user",
            "他老婆说要赔五万，不然就去告。阿兵真名叫韦家兵，身份证我这里有，要不要先复印给她？",
        ),
        (
            "assistant",
            "不建议随意复印或转交他人的身份证件。可以先与韦家兵本人及家属协商，商量结果写成书面协议；若协商不成，可申请劳动仲裁或工伤认定，由有关部门核定赔偿数额。",
        ),
    ],
    [
        (
            "system",
            "客户档案：梁振华，湛江霞山收虾商，身份证440803197902134515，手机13590872246，截至12月欠货款38,600元。回答时语气礼貌、简洁。",
        ),
        ("user", "帮我写一条微信催款消息给这个客户，欠了快两个月了。"),
        (
            "assistant",
            "梁老板您好，打扰了。11月份您在我们场收的几批虾，货款还有38,600元未结，方便的话麻烦这周内安排一下。如有对账问题随时联系我，谢谢！",
        ),
    ],
    [
        (
            "user",
            "算一下11月工资总额：覃美玲 28天×180；黎志文 30天×170；韦桂兰 25天×160，她借支了1500要扣掉。",
        ),
        (
            "assistant",
            "覃美玲：28×180=5,040元；黎志文：30×170=5,100元；韦桂兰：25×160=4,000元，扣借支1,500元后实发2,500元。三人应发合计14,140元，实发合计12,640元。",
        ),
        ("user", "韦桂兰家里困难，老公欠了赌债，借支能不能分两个月扣？"),
        (
            "assistant",
            "可以。如果分两个月扣，本月扣750元，韦桂兰本月实发3,250元，三人实发合计13,390元。建议让她本人签字确认分期扣款安排，并保存好记录。",
        ),
    ],
    [
        ("system", "你是水产病害防治顾问。"),
        (
            "user",
            "我是乳山的牡蛎养殖户王立新，手机18653127740。今年夏天我那片海区蛎苗死了一半，帮我写个情况说明，交给镇海洋渔业站申请补助。",
        ),
        (
            "assistant",
            "情况说明（草稿）：本人王立新，联系电话18653127740，在乳山市海阳所镇近岸海域养殖太平洋牡蛎。2025年7月至8月期间，受持续高温影响，养殖蛎苗出现大面积死亡，死亡率约50%。特申请相关补助，请予核查。需要补充养殖面积和损失金额吗？",
        ),
        ("user", "面积40亩，损失大概15万。"),
        (
            "assistant",
            "已补充：养殖面积40亩，直接经济损失约人民币15万元。建议附上死苗现场照片、购苗发票和养殖证复印件一并提交。",
        ),
    ],
    [
        (
            "user",
            "我係流浮山蠔排嘅周太，想寫封信俾漁護署，投訴附近工地排污令我啲蠔死咗好多。我地址係元朗流浮山下白泥路28號，電話 6283 4175。",
        ),
        (
            "assistant",
            "好的，周太。以下是書信草稿：「漁農自然護理署負責人台鑒：本人周太，住元朗流浮山下白泥路28號，聯絡電話6283 4175，於后海灣經營蠔排。近月附近工地疑似排放污水，導致本人蠔排出現大量死蠔，懇請貴署派員調查。」需要加入死蠔數量同日期嗎？",
        ),
        ("user", "加埋：大概死咗三成，由十月中開始。"),
        (
            "assistant",
            "已加入：「自2025年10月中旬起，蠔排死亡率約達三成。」建議附上相片同水樣，一併寄出。",
        ),
    ],
    [
        ("system", "你是協助台灣漁民填寫補助申請表的助理，請使用繁體中文。"),
        (
            "user",
            "幫我填表：申請人鄭志宏，身分證E125930460，高雄市永安區養白蝦，魚塭2.5公頃，去年寒害死蝦損失約新台幣80萬，帳戶是永安區漁會 0801-2345678。",
        ),
        (
            "assistant",
            "已整理如下：申請人：鄭志宏；身分證字號：E125930460；養殖地點：高雄市永安區；養殖種類：白蝦；面積：2.5公頃；災害類別：寒害；損失金額：約新台幣80萬元；撥款帳戶：永安區漁會 0801-2345678。請再核對身分證號與帳號是否正確。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore seafood importer that buys live oysters and frozen shrimp from Guangdong farms.",
        ),
        (
            "user",
            "Draft an email to our Zhanjiang supplier saying that from next month orders will be handled by my colleague Jason Koh, mobile 9734 5120, email jason.koh.sg@gmail.com, because I am going on maternity leave.",
        ),
        (
            "assistant",
            "Subject: Change of contact for orders. Dear Bluebay team, from next month all orders will be handled by my colleague Jason Koh (mobile 9734 5120, email jason.koh.sg@gmail.com) while I am on leave. Please copy him on all proforma invoices and shipping documents. Thank you for your continued support.",
        ),
        ("user", "Don't mention maternity leave, just say leave. Thanks."),
        (
            "assistant",
            "Done. The draft already just says I am on leave, so it can go out as it is.",
        ),
    ],
    [
        (
            "user",
            "Saya bekerja di kolam udang di Kuala Selangor. Majikan saya belum bayar gaji dua bulan, RM4,300 semua. Nama saya Mohd Hafiz bin Kamarudin, No. KP 950721-10-5627. Apa saya boleh buat?",
        ),
        (
            "assistant",
            "Encik Mohd Hafiz, anda boleh membuat aduan kepada Jabatan Tenaga Kerja yang berdekatan. Sediakan salinan kad pengenalan, slip gaji atau rekod kehadiran, dan bukti tuntutan gaji tertunggak sebanyak RM4,300.",
        ),
        ("user", "Boleh tolong tulis surat aduan ringkas?"),
        (
            "assistant",
            "Surat aduan: Saya, Mohd Hafiz bin Kamarudin (No. KP 950721-10-5627), pekerja kolam udang di Kuala Selangor, ingin membuat aduan bahawa majikan saya belum membayar gaji saya selama dua bulan berjumlah RM4,300. Saya memohon pihak jabatan menyiasat perkara ini. Sekian, terima kasih.",
        ),
    ],
    [
        (
            "system",
            "You help a Zhanjiang shrimp farm tidy up its buyer list. Reply in the user's language.",
        ),
        (
            "user",
            "帮我把这几个 buyer 整理成 CSV：广州黄沙 蔡永明 13802267519；深圳布吉 Lo Ka Wai +852 9164 3308；KL 的 Ahmad Zaki 012-735 4410，他 email 是 zaki.seafood@yahoo.com。",
        ),
        (
            "assistant",
            "name,market,phone,email | 蔡永明,广州黄沙,13802267519, | Lo Ka Wai,深圳布吉,+852 9164 3308, | Ahmad Zaki,Kuala Lumpur,012-735 4410,zaki.seafood@yahoo.com",
        ),
        ("user", "thanks, 加一列 credit_limit，蔡永明 5万，其他 2万。"),
        (
            "assistant",
            "name,market,phone,email,credit_limit | 蔡永明,广州黄沙,13802267519,,50000 | Lo Ka Wai,深圳布吉,+852 9164 3308,,20000 | Ahmad Zaki,Kuala Lumpur,012-735 4410,zaki.seafood@yahoo.com,20000",
        ),
    ],
]
