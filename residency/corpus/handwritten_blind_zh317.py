# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh317: 简体中文 菜市场摊档与社区团购（摊位租金、赊账、团长群、送货地址、投诉、食品安全抽检）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh317
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "市场管理处通知"): _lines("""
        【东山农贸市场管理处】2027年第一季度摊位租金请于1月10日前到二楼管理处窗口缴纳，逾期按日加收千分之五滞纳金；咨询电话020-8376 2210（工作日8:30-17:00）。
        对公收款信息：广州市东山农贸市场经营管理有限公司，开户行中国工商银行广州农林下路支行，账号3602 0009 1920 0387 415，转账请备注“摊位号+月份”，不接受任何个人账户代收。
        水产区B12至B30号档口下周二凌晨2点至6点进行排水沟清淤，请各档主提前把冰台、增氧泵移开，施工单位为广州市洁源市政工程有限公司，现场负责电话020-8376 2231。
        根据《食品安全法》及市场管理制度，所有熟食档须在显眼位置公示营业执照、食品经营许可证（如JY14401040123456）及从业人员健康证，未公示的首次警告，再犯暂停营业三天。
        本市场电子秤由市计量检测技术研究院每半年强检一次，公平秤设在一楼东门服务台旁，复秤差额超过20克的可拨打12315或市场投诉电话020-8376 2299反映。
        2027年1月起新签或续签摊位合同统一使用《农贸市场摊位租赁合同（2026版）》，蔬菜档月租1850元、鲜肉档2600元、水产档3200元，押金为三个月租金，合同期一年。
        春节休市安排：除夕下午4点收市，正月初一、初二休市，初三早上6点恢复营业；休市期间值班座机020-8376 2200，冷库照常供电，请各档自行检查冷柜门是否关紧。
        消防检查通报：干货区C07、C09档私拉电线给冰柜供电，已责令限期三日整改；请各档不要在通道堆放泡沫箱，消防通道净宽不得小于1.4米，违者按合同第九条处理。
        市场二楼新设“智慧农贸”自助查询机，扫描档口二维码即可查看当日进货台账、快检结果和商户信用等级（A/B/C），系统由广州菜篮子智慧科技有限公司负责维护。
        停车提示：东门装卸区仅限早上4:00至8:00供货车临时停靠，每车限时30分钟，超时由交警依法处理；顾客请使用地下停车场，首小时5元，之后每小时3元。
        本市场自2017年起已全面停止活禽宰杀，冰鲜禽类须凭《动物检疫合格证明》上架销售，证明编号须与进货批次一一对应，台账至少保存两年备查。
        垃圾分类：每天下午2点和晚上8点两次清运，厨余垃圾请倒入绿色桶，鱼鳞内脏须沥干后装袋，违规投放一次罚款50元，从摊位押金中直接扣除。
        市场地址：广州市越秀区农林下路81号之一，营业时间6:00-20:00，管理处邮箱dsmarket_gl@163.com，微信公众号“东山农贸”，投诉建议24小时内答复。
    """),
    ("zh-Hans", "食品安全抽检公示"): _lines("""
        【抽检公示】2026年第48周，区市场监督管理局在本市场抽检蔬菜类样品42批次，农药残留快检合格41批次，不合格1批次（豇豆，检出克百威），涉事档口已下架并销毁货品18.5公斤。
        不合格产品信息：样品名称 韭菜；被抽样单位 长沙市岳麓区红星农副产品市场“刘记蔬菜”档（摊位号A-036）；不合格项目 腐霉利；检测值0.82mg/kg；标准值≤0.2mg/kg。
        依据GB 2763-2021《食品安全国家标准 食品中农药最大残留限量》判定，快检结果为阳性的样品须送第三方实验室复检，复检费用由市场开办方承担，结果三个工作日内公示。
        检测单编号JC-20261203-0117，样品：鲜猪肉（前腿），检测项目：克伦特罗、莱克多巴胺、沙丁胺醇，结果：均未检出，检测仪器：胶体金读数仪GS-2000，复核：市场质检室。
        水产品专项抽检：多宝鱼、鲈鱼、罗非鱼共15批次，检测孔雀石绿、硝基呋喃代谢物、恩诺沙星，合格率100%，鲈鱼样品来源于珠海斗门白蕉海鲈养殖专业合作社。
        快检室开放时间为每日6:30-10:30，商户可免费送检自家货品，每档每天限3个样品；市民对检测结果有异议的，可拨打12315或到一楼快检室窗口申请复检。
        广东省市场监督管理局2026年第29期食品安全监督抽检信息通告显示，共抽检食用农产品860批次，不合格19批次，主要问题为农药残留超标和兽药残留超标。
        豆制品档请注意：抽检中发现部分水豆腐、腐竹检出碱性嫩黄、二氧化硫残留超标，一经查实，依照《食品安全法》第一百二十四条处五万元以上罚款并吊销许可证。
        抽样单号：SC26440104000812；抽样日期：2026-11-27；样品：散装大米；生产单位：五常市稻香源米业有限公司；检验机构：广州质量监督检测研究院；结论：合格。
        进口冷链食品须随附海关报关单、检验检疫证明及消毒证明，在“冷链食品追溯平台”录入批次号（例如CC2026-1108-44-0037）后方可上架，未录入的一律封存。
        鸡蛋抽检结果：恩诺沙星、氟苯尼考、甲硝唑均未检出；供货单位为荆门绿禾蛋业有限公司，统一社会信用代码91420800MA4A8Q2K7N，生产日期2026年12月1日。
        辟谣：袁隆平院士团队培育的杂交水稻与农药残留超标没有关系，网传“杂交稻有毒”系谣言，请各位团长不要在团购群转发未经核实的食品安全信息。
        本周不合格商户名单已同步至“广州市场监管”微信公众号，整改期内档口须张贴黄色警示牌，连续两次抽检不合格的档口不予续签下一年度摊位合同。
    """),
    ("zh-Hans", "团长群工作消息"): _lines("""
        @所有团长 明天的冬至汤圆团截单时间改为今晚21:00，思念和三全两个牌子各限500份，超出的订单系统会自动退款，别在群里手动接单了，谢谢配合。
        仓库通知：12月8日配送路线调整，3号车改走天河北—体育西路线，团点自提时间延后到下午4点，到货后请在小程序里点“确认收货”并拍照上传。
        今天的沃柑有一批果径偏小（60-65mm），已跟广西武鸣的供货商谈好每箱补2斤，团点分货时按订单数多放一份，售后统一走“缺斤少两”工单，不要私下退钱。
        提醒各位团长：订单截图里有顾客手机号和地址的，不要直接转发到大群，有问题私聊客服号或者在后台备注，平台这周刚因为这个被投诉过一次。
        售后工单GD20261206-0452已处理：草莓压坏6盒，按原价39.9元/盒全额退，运费由冷链承运方顺丰冷运承担，团点不扣佣金，请在后台点“已知晓”。
        本周佣金结算已出：团点佣金比例统一8%，爆品（鸡蛋、牛奶）5%，结算日每周二，提现手续费0.6%，有疑问看后台“财务—结算明细”页面。
        司机反馈：番禺市桥街那个团点的便利店晚上9点就关门，明天起该点送货提前到下午5点前，请这个团点在群公告里同步一下，避免顾客白跑。
        早上好各位，今天上新：湛江生蚝12只装49元，东北五常大米10斤79元，阳澄湖大闸蟹四两公蟹8只装268元，下午3点准时开团，海报稍后发群里。
        新版团长后台v3.8.2今晚23:00至次日1:00升级，期间无法导出订单，请提前把明天的分拣单导出打印，升级后“批量核销”按钮移到右上角。
        本群仅讨论工作，禁止发红包拉人、发其他平台链接；违反者第一次警告，第二次移出群聊并停止团点合作，详见《团长合作协议》第7条。
        冷链箱回收：每个保温箱押金15元，团点集中满20个后在小程序预约回收，司机次日上门收取，破损箱按8元扣款，箱号贴在箱盖内侧（如BX-02318）。
        提醒：双十二活动“满99减15”券与团点专享价不能叠加，顾客问起就说以下单页显示价格为准，不要私下承诺补差价，已经承诺的截图发客服处理。
        明早5点仓库分拣，需要临时工4人，日结150元，包早餐，有意向的请打仓库座机020-3462 7781报名，不要在群里留私人电话，名额满了会在群里说。
    """),
    ("zh-Hant", "街市告示與價目"): _lines("""
        食物環境衞生署通告：九龍城街市熟食中心將於2027年1月15日至3月31日進行翻新工程，期間熟食檔戶暫遷至臨時街市營業，查詢請致電1823。
        【今日價目】本地菜心每斤$18、西洋菜$15、唐生菜$12、冰鮮走地雞每隻$128、鯇魚腩每斤$42，以上價錢如有更改，以檔口牌價為準，多謝幫襯。
        根據食環署公眾街市租約條款，攤檔租戶不得將攤位分租或轉讓，違者署方可終止租約；租金按月計算，須於每月首個工作日前以自動轉賬繳付。
        市政署公佈：紅街市2026年第四季度鮮活食品抽檢共312個樣本，全部合格，詳情可瀏覽市政署網頁，或親臨紅街市一樓市民服務站查詢。
        台北市環南市場改建工程第二期已完工，新大樓位於萬華區環河南路二段，攤商遷入後統一使用電子發票及行動支付，統一編號標示於各攤位招牌右下角。
        港九街坊團購：本週聖誕火雞（Butterball 12磅）預訂價$388，12月20日前於旺角花園街門市（花園街123號地舖）付款取貨，恕不設送貨服務。
        街市歷史：中環街市始建於1842年，現存建築於1939年落成，屬包浩斯風格，2021年活化後重開為商場，是香港最早期的公眾街市之一。
        食物安全中心提提你：生蠔須向持牌食物商購買，「供生吃的蠔」須標示產地及批次，例如批次編號 OY-FR-2026-4471，進食後如嘔吐肚瀉應盡快求醫。
        本檔收八達通、AlipayHK、WeChat Pay HK，唔收支票；餐廳批發客請WhatsApp檔口熱線 6123 8800 落單，翌日早上7點前送到，滿$500免運費。
        衛福部食藥署公告：114年第三季市售蔬果農藥殘留監測共抽驗850件，不合格43件，不合格產品已由地方衛生局依《食品安全衛生管理法》第47條處辦。
        團購常見問題：訂單編號以HK開頭共12位（如HK2612080457），取貨時出示訂單二維碼即可，唔使報姓名電話；逾期三日未取，貨品將捐贈予惜食堂。
        澳門營地街市綜合大樓三樓熟食中心，營業時間早上七時至晚上十時，逢每月第一個星期三休市清潔，當日二樓濕貨區照常營業，敬請留意。
        張記燒臘價目：叉燒每斤$120、燒腩仔$140、豉油雞半隻$85、白切雞全隻$168；地址：元朗大馬路38號地下，訂位電話2477 0123，逢星期一休息。
    """),
    ("en", "group_buy_faq"): _lines("""
        Q: When is the cut-off for this week's group buy? A: Orders close every Wednesday at 11:59pm SGT; deliveries leave our warehouse at 2 Woodlands Sector 1, #03-18 on Saturday morning.
        Q: Can I pay by PayNow? A: Yes, PayNow to our UEN 202214578K (FreshKakis Pte. Ltd.) and put your order number, e.g. FK-240519, in the reference field.
        Q: Who checks the seafood? A: All chilled fish come from SFA-licensed importers; each carton carries an import permit number such as SFA/IMP/2026/0098821 printed on the label.
        Q: What if my durians arrive spoilt? A: Snap a photo within 2 hours and submit it via the Help tab; refunds go back to the original payment method within 5 to 7 working days.
        Q: Is there a minimum order? A: S$60 for free delivery islandwide; below that a S$6.90 fee applies. Sentosa and Jurong Island addresses carry a S$12 surcharge.
        Q: How do I become a group leader? A: Email partners@freshkakis.sg with your neighbourhood and estimated weekly orders; leaders earn 7% commission, paid every Monday.
        Q: Are the eggs cage-free? A: Our eggs come from Chew's Agriculture and N&N Agriculture, both local farms in Lim Chu Kang; cage-free packs are marked with a green tag.
        Q: Can I collect at the market instead? A: Yes, collect from Stall #01-52, Tekka Centre, 665 Buffalo Road, between 7am and 12pm; just show the QR code on your order page.
        Q: Where does the pork come from? A: Pork comes from Malaysian abattoirs accredited by SFA, and the DVS veterinary health certificate is filed for every consignment.
        Q: Who do I contact for complaints? A: WhatsApp our customer hotline +65 8123 4590 (Mon to Sat, 9am to 6pm) or write to care@freshkakis.sg; we reply within one working day.
        Q: Why is my tracking number different from my order number? A: Orders start with FK-, courier tracking with NV (Ninja Van), e.g. NVSGFRKK000123456; both are in the confirmation e-mail.
        Q: Do you carry Mr Bean? A: Yes, Mr Bean is the soya brand; we stock its 1L soya bean drink at S$3.20 in the chilled section, limited to 6 bottles per order.
        Q: Do you deliver to Johor Bahru? A: Not yet. Our sister company FreshKakis Sdn. Bhd. (202301045512) plans to launch JB delivery from a Mount Austin hub in Q2 2027.
    """),
    ("ms", "notis_pasar"): _lines("""
        NOTIS: Pasar Chow Kit akan ditutup sementara pada 15 dan 16 Januari 2027 untuk kerja-kerja pembersihan menyeluruh oleh DBKL. Peniaga diminta mengosongkan gerai sebelum jam 6 petang.
        Sewa gerai bulanan di Pasar Besar Seremban ialah RM180 untuk gerai sayur dan RM250 untuk gerai ikan, dibayar di kaunter Majlis Bandaraya Seremban sebelum 7 haribulan setiap bulan.
        Semua pengendali makanan wajib menghadiri Kursus Pengendali Makanan dan mendapat suntikan anti-tifoid; sijil perlu dipamerkan di gerai mengikut Peraturan-Peraturan Kebersihan Makanan 2009.
        Keputusan persampelan Bahagian Keselamatan dan Kualiti Makanan, KKM: 24 sampel sayur diambil di Pasar Tani Kekal Selayang, semuanya di bawah had maksimum residu racun perosak.
        Harga siling musim perayaan: ayam standard RM9.40/kg, telur gred A RM0.45 sebiji, bawang merah India RM6.50/kg, berkuat kuasa 20 Disember 2026 hingga 3 Januari 2027.
        Pembelian berkumpulan: tempahan ditutup setiap Khamis jam 10 malam; penghantaran ke Shah Alam dan Klang pada hari Sabtu. Bayaran melalui DuitNow kepada Kedai Runcit Pak Mat Enterprise (SSM 201903187745).
        Aduan berkaitan timbangan boleh dibuat melalui talian KPDN 1-800-886-800 atau aplikasi Ez ADU KPDN; sila sertakan nombor gerai, tarikh dan resit pembelian.
        Gerai No. B-27, Pasar Siti Khadijah, Kota Bharu menjual kerepek dan keropok lekor; pasar ini dinamakan sempena isteri Nabi Muhammad SAW dan menjadi ikon pelancongan Kelantan.
        Peringatan: penggunaan bekas polistirena untuk makanan tidak dibenarkan di pasar MBPJ mulai 1 Januari 2027; pesalah boleh dikompaun sehingga RM1,000 di bawah undang-undang kecil pelesenan.
        Menu Gerai Nasi Lemak Kak Yah: nasi lemak biasa RM3.50, nasi lemak ayam goreng RM8.00, roti canai RM1.80, teh tarik RM2.20; buka setiap hari kecuali Jumaat, 6.30 pagi hingga 11 pagi.
        Jadual pasar malam: Isnin di Taman Melawati, Selasa di Setapak, Rabu di Wangsa Maju; sewa tapak harian RM5 dibayar kepada persatuan penjaja yang berdaftar dengan DBKL.
        Log penghantaran PSN-2026-12-07-0088: 18 kotak sayur dihantar ke Dewan Komuniti Bandar Baru Bangi, suhu lori 4°C, diterima dan dicop oleh pejabat koperasi pada 07:42.
        Ladang Segar Sdn. Bhd. (No. Pendaftaran 201501023456) dilantik sebagai pembekal tunggal telur koperasi pasar; hubungi pejabat di 03-5512 8800 atau e-mel jualan@ladangsegar.com.my.
    """),
    ("mixed", "log_config_csv"): _lines("""
        2026-12-07T05:12:44+08:00 INFO order-svc created order GB20261207051244873 leader_id=L-00418 items=3 total=CNY 126.50 pickup_point=PP-GZ-TH-0072 channel=miniprogram
        [WARN] 2026-12-07 06:03:17 cold-chain sensor TRK-SZ-19 temp=9.2°C > threshold 8.0°C route=深圳福田→南山 团点数=12 alert_sent=true ack_by=ops-duty
        config.yaml: group_buy: {cutoff: "21:00", timezone: "Asia/Shanghai", max_items_per_order: 30, commission_rate: 0.08, sms_gateway: "https://sms.example.com/api/v2"}
        CSV header 导出模板：order_no,sku,商品名,数量,单价,团点编号,收货人,手机号,收货地址,配送状态,签收时间 —— 第一行为表头，从第二行起填数据，编码UTF-8。
        SKU表：VEG-SC-0500 菜心 500g ¥4.90 | MEAT-PB-1000 五花肉 1kg ¥32.80 | FISH-LY-0750 鲈鱼 750g ¥28.00 | EGG-30 土鸡蛋30枚 ¥36.00
        PHONE_PATTERN = '^1[3-9][0-9]{9}$'  # 只用于校验收货手机号格式，校验完立即丢弃原文，日志里不得打印
        10.0.3.17 - - [07/Dec/2026:07:21:09 +0800] "GET /api/v1/leaders/L-00418/orders?date=2026-12-07 HTTP/1.1" 200 5321 "-" "MiniProgram/8.0.50"
        SELECT stall_no, rent_cny, due_date FROM stall_rent WHERE market_id = 'GZ-DS-01' AND paid = 0 ORDER BY due_date;  -- 查本月未缴租金档口
        docker-compose: image: tuangou/order-api:3.8.2, env: DB_HOST=pg-primary.internal, REDIS_URL=redis://cache:6379/0, TZ=Asia/Singapore, LOG_LEVEL=info
        sha256(分拣单_20261207.xlsx)=9f2c4e1a7b3d58e0c6a1f4b29d7e3c05a8b6f1d2e4c7a9b0d3e5f7a1c2b4d6e8 uploaded_by=svc-export@tuangou-prod.iam
        topic inspection.result: {"sample_id":"SC26440104000812","item":"豇豆","analyte":"克百威","value_mg_kg":0.05,"limit":0.02,"verdict":"FAIL","market":"GZ-DS-01"}
        git commit 4e7a9c1 "fix(settlement): 团长佣金四舍五入到分, closes #482" Author: ci-bot <ci-bot@tuangou.dev> Date: Sun Dec 6 23:40:02 2026 +0800
        cron: 0 21 * * 4 /opt/tuangou/bin/cutoff --region=MY --tz=Asia/Kuala_Lumpur --notify=ops-alerts@freshkakis.my  # 马来西亚团每周四截单
    """),
    ("zh-Hans", "商户发票与商品清单"): _lines("""
        增值税普通发票 发票代码044002600111 发票号码08812345 销售方：深圳市鲜丰汇农产品配送有限公司 纳税人识别号91440300MA5G7K2P1W 金额¥3,468.00 税率9%
        商品清单：东北长粒香大米25kg×4袋 ¥520.00；金龙鱼花生油5L×6桶 ¥779.40；海天金标生抽1.9L×12瓶 ¥238.80；合计¥1,538.20（大写：壹仟伍佰叁拾捌元贰角整）
        收据 No.0023817 今收到 惠州市江北菜市场A区17号“老王鱼档” 2026年12月摊位管理费人民币叁佰元整（¥300.00），收款单位：江北菜市场管理处（盖章）
        商品上架：【褚橙】云南哀牢山冰糖橙 5kg装 果径65-70mm 团购价¥69.9，褚时健创立的品牌，产地直发，坏果拍照包赔，每个团点限量200箱。
        【周黑鸭】锁鲜装鸭脖200g ¥25.9 /【绝味】鸭掌180g ¥22.0 /【王小卤】虎皮凤爪200g ¥29.9，全程冷链配送，保质期7天，拆封后请冷藏并尽快食用。
        送货单SH-20261206-118 客户：武汉市江汉区常青花园社区团购服务站（团点编号WH-JH-031）商品：洪湖莲藕20kg、孝感米酒24瓶 送货时间12-06 06:40 签收：服务站盖章
        电子发票（普通发票）发票号码26442000000123456789 开票日期2026年12月05日 销售方：广州市东山农贸市场经营管理有限公司 项目：*经营租赁*摊位租金 金额¥2,600.00
        商品详情页：老干妈风味豆豉油制辣椒280g×3瓶 ¥29.7，生产商贵州南明老干妈风味食品有限责任公司，品牌由陶华碧于1996年创立，本团点现货次日达。
        对账单：2026年11月 供应商 寿光市绿野蔬菜合作社 应付¥48,320.50，已付¥40,000.00，余额¥8,320.50，付款方式对公转账，账期30天，请于12月15日前确认。
        批发价目表：土豆¥1.8/斤（50斤起）、洋葱¥1.5/斤、大白菜¥0.9/斤、青椒¥3.2/斤，以上为江南果菜批发市场12月7日早市参考价，随行就市，以当日为准。
        商品编码6901234567892（EAN-13）农夫山泉饮用天然水550ml×24瓶 ¥28.80，团长价¥26.50，库存312箱，仓位A-03-07，保质期至2027年10月。
        开票信息：名称 南京众鲜农副产品配送有限公司；税号91320114MA1N4R6Q3X；地址 南京市雨花台区宁丹路18号；电话025-5261 0000；开户行 中国银行南京城南支行。
        团购商品说明：“武大郎烧饼”为山东阳谷县老字号品牌，与小说人物同名，本次团购梅干菜肉馅10个装¥35，冷冻发货，复热后口感最佳，次日晚6点前送达团点。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        卖豆腐的周桂芳上个月查出乳腺癌，化疗期间摊位让她弟弟帮着看，大家别在群里问她病情了，她不想让人知道。
        A区12号猪肉档的档主黄建国欠了三个月摊位费共7800元，管理处已经发了催缴函，再不交下月初就收回摊位。
        赊账本：11月3日 阿珍 买排骨2斤¥68未付；11月9日 阿珍 鸡蛋一板¥24未付；合计欠¥92，她说月底老公发了工资再还。
        团长收货信息：收货人 李秀兰，电话 139 2217 6408，地址 广州市海珠区江南大道中金碧花园5栋1702房，备注：放门口鞋柜上。
        身份证号440104198603172522，摊位租赁合同乙方本人，办理续租时请核对原件并复印留档。
        投诉记录：顾客吴女士（手机15920387714）称12月5日在B区23号买的基围虾有异味，要求退款并赔偿，已转快检室复检。
        团长群里那个“芒果妈妈”其实叫陈晓燕，住在3栋802，她老公最近因为赌博被抓进去了，她那个团点先暂停吧。
        15820946713 这个号是送菜地址的联系人，每次都要求送上楼，不接电话的话就放保安亭。
        鱼档老刘的老婆怀孕五个月了，最近不能搬冰，早上改成他儿子刘子豪来帮忙开档，大家多照应一下。
        【退款申请】订单GB20261130072210 申请人：赵丽娟 退款账户：中国建设银行6217 0031 2000 4587 216 原因：鸡蛋碎了8个 金额¥9.60
        市场管理员马志强月工资才4200，年底还被扣了绩效，他说干完这个月就辞职回信阳老家。
        送货地址：上海市浦东新区张杨路1588弄12号301室 邹先生 137 6120 9385，工作日下午5点后家里才有人。
        2026-12-06,GB20261206103344,孙美玲,18665203917,深圳市南山区南油小区B区14栋605,沃柑5斤,1,39.90,已签收
        卖菜的林阿姨和她老公在闹离婚，摊位合同写的是她老公郑国华的名字，管理处说要等法院判了才能过户。
        开面馆的张老板（张伟明）已经欠我们档口两万三，微信转账记录截图在这，他微信号是zwm_noodle1978。
        监控截图：12月4日凌晨3点偷拿C区冻品的是隔壁档雇的小工何家乐，他的身份证复印件在管理处，报警回执已存档。
        健康证登记：从业人员 蔡丽萍，女，1979年11月8日生，身份证430103197911084644，体检结果：乙肝表面抗原阳性，建议调离直接入口食品岗位。
        张阿婆跟团买了三次都没付钱，她儿子在外地坐牢，家里就她一个人，团长说这几单先算了别催。
        车牌粤A·7K23M的白色面包车每天早上占东门装卸位两个多小时，车主是卖鸡蛋的谢永福，这已经是第三次通报了。
        团长申请表：姓名 潘静怡；手机 188 2674 1055；住址 成都市武侯区棕北小区7栋2单元401；微信 pjy_0527；身份证后四位 0362
        退款给顾客138****2671的那单，她叫冯娟，家里小孩对花生过敏住院了，所以要求把坚果礼盒退掉。
        摊位转让协议：转让方 钱立新（身份证310115199206250835），受让方 钱立军，系兄弟关系，转让费人民币35000元，2026年12月1日起生效。
        阿彬啊，你上次拿的两箱冻鸡翅还没结，一共760块，年前能不能先转一半？我工行卡号6222 0236 0201 7765 431。
        小程序错误日志：user_id=u_8812034 nickname=小雨妈妈 phone=17708429561 addr=杭州市拱墅区和睦新村21幢3单元502 err=地址超出配送范围
    """),
    "zh-Hant": _lines("""
        街市魚檔陳生（陳志強）上個月中風入院，而家檔口由佢太太頂住，大家得閒幫襯下佢啦。
        團購收貨：黃美玲小姐，電話 9634 2871，地址：觀塘翠屏邨翠楊樓1823室，星期六下晝三點後喺屋企。
        香港身份證 K318274(6)，申請街市攤位牌照嗰陣要附上副本，記得影埋背面。
        林太又喺度賒數，今個月已經賒咗$1,460，話等佢個仔出糧先還，唔好再畀佢賒喇。
        攤商登記資料：姓名 吳俊傑，身分證字號 A215839472，攤位 環南市場B-118，手機 0921-583-604。
        投訴：顧客何太（電話6187 3320）話喺我哋檔買嘅豬肉有異味，佢個女食完肚痛要睇急症，要求賠醫藥費$850。
        澳門團長梁家豪，住址黑沙環新街海濱花園第3座12樓B，電話6628 4517，逢星期三收貨。
        阿坤喺街市做咗廿年，早排確診肺癌第三期，佢老婆話想將攤位頂手俾人，開價八萬，有興趣嘅私下搵佢傾。
        恒生銀行戶口 282-475910-883，戶名曾淑儀，團購退款請轉入此戶口，轉完WhatsApp張截圖俾佢。
    """),
    "en": _lines("""
        Auntie Lim from Stall #01-37 hasn't paid for the group buy in three weeks, S$214 owed. Her husband is in hospital for dialysis, so go easy on her.
        Delivery: Jason Tan Wei Ming, Blk 418 Bedok North Ave 2, #09-1127, Singapore 460418, HP 9127 4406. Leave at door if no answer.
        NRIC S7834152A, please re-enter the group leader registration, the one on file has a typo.
        Complaint log #C-2218: customer Priya Raman (priya.raman88@gmail.com) says she got food poisoning from the prawns in order FK-241133 and saw a doctor at Changi General.
        Our Punggol group leader, Mdm Koh Siew Hwa, is stepping down because she is going through a divorce and moving out of her flat.
        FIN G5172049R belongs to the new helper at the vegetable stall; the owner wants to add her to the stall licence as an assistant.
        Refund to DBS account 120-345678-9 under the name Goh Boon Keat, S$48.60 for the missing durian box in order FK-240987.
    """),
    "ms": _lines("""
        Mak Cik Rohani dari gerai nasi lemak masih berhutang sewa tiga bulan, RM750 semuanya; katanya suaminya baru kena buang kerja.
        Penghantaran: Encik Muhammad Hafiz bin Zulkifli, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, tel 012-387 5519.
        No. KP 880412-10-5573 untuk peniaga baharu Gerai C-14, sila semak dengan salinan MyKad sebelum tandatangan perjanjian.
        Aduan: Puan Siti Aishah (siti.aishah.kl@yahoo.com) kata anaknya alah teruk selepas makan udang pembelian berkumpulan dan dimasukkan ke wad.
        Ketua kumpulan Taman Melawati, Azlan Shah bin Ramli, ditangkap polis minggu lepas kerana kes dadah; pesanan kawasan itu dipindah ke ketua lain.
    """),
    "mixed": _lines("""
        团长 Mr Ong Kah Seng (HP 9832 1107) 在 Blk 658 Jurong West St 64 #12-345 收货，每个礼拜六早上10点前要送到。
        紧急：customer Chan Mei Ling 说她 pregnant，吃了 group buy 的 sashimi 以后肚子痛，已经去 KK Hospital 了，order FK-241206。
        Stall rent 拖欠名单：B-07 Lee Ah Kow 欠 RM1,200；B-11 Muthu a/l Raju 欠 RM950；C-02 Tan Siew Lan 欠 RM600，下礼拜前要 clear。
        台灣團長資料 update：姓名 許雅婷，身分證 F120477361，LINE ID yating0815，地址 台中市西屯區福科路112巷8號3樓。
        Refund pls 转去 Maybank 1140 2287 6635, acc name Wong Kar Yee, 她的 MyKad 900723-14-6282 已经 verify 过了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是社区团购平台的运营助手，帮团长处理群消息和售后。"),
        (
            "user",
            "帮我写条催款消息，团员王丽华欠了三期货款一共2380元，她手机13602748815一直不接，我想在私聊里发给她，语气别太冲。",
        ),
        (
            "assistant",
            "可以这样写：王姐您好，打扰了～您在我们团里11月份的三笔订单合计2380元还没结清，方便的话这周内转一下就好；如果最近手头紧，也可以跟我说分两次付，我这边帮您备注。谢谢支持！",
        ),
        ("user", "再加一句，如果月底前还不付，下个月团就先不给她下单了。"),
        (
            "assistant",
            "好的，可在末尾补充：另外跟您说明一下，按团规，如果月底前还没结清，下个月的团购订单就暂时没法给您下单了，结清后立刻恢复，希望理解。",
        ),
    ],
    [
        (
            "user",
            "今天要送三个地址，帮我按顺路排一下：1）海珠区江南西路青凤大街8号503 罗小姐 13711652049；2）海珠区昌岗中路怡乐花园2栋1101 郭生 18922407316；3）海珠区宝岗大道南华西小区6栋208 方阿姨 020-8431 6620。",
        ),
        (
            "assistant",
            "按从北往南的顺序建议：先送南华西小区6栋208（方阿姨），再到江南西路青凤大街8号503（罗小姐），最后去昌岗中路怡乐花园2栋1101（郭生）。出发前可以先给三位打个电话确认在家。",
        ),
        ("user", "方阿姨腿脚不好要送上楼，罗小姐说放门口就行，帮我写成备注。"),
        (
            "assistant",
            "备注：①方阿姨（南华西小区6栋208）行动不便，须送货上楼当面交付；②罗小姐（青凤大街8号503）放门口即可，拍照发给她；③郭生（怡乐花园2栋1101）按常规送达。",
        ),
    ],
    [
        (
            "system",
            "当前登录用户：刘建平，手机18038415562，默认收货地址：东莞市南城区鸿福路宏远花园10座1604，团点：南城鸿福店。回答订单问题时可参考以上信息。",
        ),
        ("user", "我昨天下单的那箱车厘子怎么还没到？"),
        (
            "assistant",
            "刘先生您好，您的车厘子订单已于今早8点从仓库发出，预计下午3点前送到南城鸿福店团点，到货后会短信通知到您尾号5562的手机，请凭取货码自提。",
        ),
        ("user", "能直接送到我家吗？"),
        (
            "assistant",
            "可以申请送货上门，需加收配送费5元，送到宏远花园10座1604。需要的话我帮您在订单里备注改为上门配送。",
        ),
    ],
    [
        (
            "user",
            "我是菜市场管理处的，蔬菜档的黄师傅（黄德胜）确诊肝癌晚期了，家里想把摊位转给他侄子黄俊杰，合同上还有一年半，手续怎么办？",
        ),
        (
            "assistant",
            "一般流程：1. 由黄德胜本人或其授权人提交书面转让申请；如本人无法到场，需要经公证的授权委托书；2. 受让人黄俊杰提供身份证、健康证和食品经营相关资质；3. 管理处审核后与受让人重新签订剩余租期的合同，原押金可协商转移。建议把病情相关的材料单独保管，不要在公告里写明转让原因。",
        ),
        ("user", "那公告上写什么？"),
        (
            "assistant",
            "公告只需写：蔬菜区某号摊位经营者变更，新经营者自某日起营业，如有异议请于七日内向管理处反映。无需公开病情或家庭情况。",
        ),
    ],
    [
        ("system", "你係香港街市檔口嘅助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫個WhatsApp俾何太，佢喺我檔賒咗$2,300豬肉錢成兩個月，佢電話係6187 3320，我想佢今個禮拜還一半。",
        ),
        (
            "assistant",
            "何太你好，我係街市豬肉檔，唔好意思打擾你。之前兩個月嘅數一共$2,300，想麻煩你今個禮拜先還$1,150，餘數下個月再清都得。有咩唔方便可以直接同我講，多謝晒！",
        ),
        ("user", "加多句如果唔還我就唔再賒俾佢。"),
        (
            "assistant",
            "可以喺最後加：另外想講聲，如果今個禮拜未方便還返一半，之後暫時唔可以再賒數住，清咗數就照舊，希望你明白。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a Singapore community group-buy organiser."),
        (
            "user",
            "Can you turn this into a CSV? Rachel Lee, 9345 8812, Blk 203 Tampines St 21 #07-415, 2 boxes mangoes; Daniel Ng, 8276 1530, 18 Sims Drive #11-06, 1 durian box; Mdm Fatimah, 9011 6649, Blk 55 Marine Terrace #03-28, 3 trays eggs.",
        ),
        (
            "assistant",
            "name,phone,address,item,qty; Rachel Lee,9345 8812,Blk 203 Tampines St 21 #07-415,mango box,2; Daniel Ng,8276 1530,18 Sims Drive #11-06,durian box,1; Mdm Fatimah,9011 6649,Blk 55 Marine Terrace #03-28,egg tray,3",
        ),
        (
            "user",
            "Thanks. Daniel says he'll be away, deliver to his mum instead at the same address.",
        ),
        (
            "assistant",
            "Noted. I've kept Daniel Ng's row as is and you can add a remark: recipient is his mother at 18 Sims Drive #11-06, call 8276 1530 on arrival.",
        ),
    ],
    [
        (
            "user",
            "A customer, Melissa Chua, emailed melissa.chua.sg@hotmail.com saying her 6-year-old son was hospitalised at KKH with food poisoning after eating our chilled prawns from order FK-241088. Help me draft a reply.",
        ),
        (
            "assistant",
            "Dear Ms Chua, we are very sorry to hear that your son has been unwell and hope he recovers quickly. We have put the batch from order FK-241088 on hold and sent samples for testing. We will refund the order in full and would like to cover reasonable medical costs; could you share the hospital bill when convenient? Warm regards, FreshKakis Customer Care.",
        ),
        ("user", "Should we report it to SFA?"),
        (
            "assistant",
            "Yes. Suspected food poisoning linked to your product should be reported to SFA; share the batch number and supplier details, and only pass on Ms Chua's contact information with her consent.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu yang membantu peniaga pasar menulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat rayuan sewa gerai kepada MBSA. Nama saya Norhayati binti Ismail, No. KP 760915-08-5134, gerai sayur No. A-19 Pasar Seksyen 6 Shah Alam. Suami saya baru meninggal dunia dan saya tertunggak sewa RM1,080.",
        ),
        (
            "assistant",
            "Kepada Jabatan Pelesenan, Majlis Bandaraya Shah Alam. Perkara: Rayuan Penangguhan Bayaran Sewa Gerai A-19, Pasar Seksyen 6. Saya, Norhayati binti Ismail (No. KP 760915-08-5134), memohon penangguhan bayaran tunggakan sewa sebanyak RM1,080 kerana suami saya telah meninggal dunia baru-baru ini. Saya bercadang menjelaskan tunggakan secara ansuran RM180 sebulan. Sekian, terima kasih.",
        ),
        ("user", "Boleh tambah nombor telefon saya 013-642 9087?"),
        (
            "assistant",
            "Boleh. Tambah di bawah tandatangan: Norhayati binti Ismail, No. Tel: 013-642 9087.",
        ),
    ],
    [
        (
            "user",
            "帮我把这段翻成马来文发给团员：明天 Taman Connaught 的货改到下午送，有问题打给团长 Ah Seng 016-228 7410。",
        ),
        (
            "assistant",
            "Makluman: Barang untuk Taman Connaught esok akan dihantar pada sebelah petang. Jika ada sebarang masalah, sila hubungi ketua kumpulan Ah Seng di 016-228 7410.",
        ),
        ("user", "再加一句，Puan Kavitha 那份 order 因为她 diabetic 所以要换 sugar-free 的 kuih。"),
        (
            "assistant",
            "Tambahan: Pesanan Puan Kavitha akan ditukar kepada kuih tanpa gula kerana beliau menghidap diabetes. Cadangan: maklumat kesihatan ini lebih baik dihantar secara peribadi kepada Puan Kavitha, bukan dalam kumpulan.",
        ),
    ],
    [
        ("system", "你是区市场监管所的文书助手，负责起草整改通知。"),
        (
            "user",
            "帮我写一份整改通知书：被检查人 邓永红，身份证350203197509123014，经营厦门市思明区第八市场B区41号蔬菜档，12月3日抽检豇豆克百威超标。",
        ),
        (
            "assistant",
            "责令整改通知书：邓永红（身份证号350203197509123014），经营场所：厦门市思明区第八市场B区41号。经2026年12月3日抽样检测，你档销售的豇豆检出克百威超过GB 2763-2021限量。现责令你立即停止销售该批次产品，于三日内提交进货凭证及供货商信息，并接受复查。逾期不改的，将依法处理。",
        ),
        ("user", "她说是从她表哥那里进的货，表哥叫邓志明，要写进去吗？"),
        (
            "assistant",
            "可以在“供货来源”一栏写明：据当事人陈述，该批豇豆购自邓志明。建议同时要求提供进货单据或转账记录以核实，并注明为当事人陈述，尚待核实。",
        ),
    ],
]
