# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh255: 简体中文 废品回收站与二手家电上门回收（称重单、上门预约、回收员工作群、以旧换新补贴、环保部门公告、价格行情、纠纷与投诉）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh255
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "价格行情"): _lines("""
        【今日废品回收参考价 2026-12-07】黄铜（干净无杂）38.5元/斤，紫铜（光亮线）52元/斤，铝合金门窗料9.2元/斤，不锈钢304统料4.1元/斤，以过磅实重为准。
        纸类行情：黄板纸（A级，含水≤12%）1.45元/公斤，花纸0.95元/公斤，书本纸1.30元/公斤；白云区几家打包站今日下调0.05元，明日视玖龙、理文两家纸厂收货价再调。
        废旧家电整机回收参考：1.5匹定频空调内外机一套180-260元，变频机另加30元；双门冰箱（能用）80-150元；滚筒洗衣机60-120元；显像管电视一律按10元/台环保处置。
        塑料类：PET矿泉水瓶（去盖去标）2.6元/公斤，HDPE洗发水瓶2.2元/公斤，PP周转箱1.8元/公斤，混杂泡沫不收；大宗货满5吨可安排车辆上门，价格另议。
        电瓶行情（铅酸）：电动车48V12Ah整组按重量计7.8元/公斤，汽车启动电瓶6.9元/公斤，壳体破损漏液的需单独装袋，锂电池暂不收，请勿与铅酸电瓶混放。
        废钢统料今日报价：重废（厚度≥6mm）2580元/吨，中废2420元/吨，轻薄料1980元/吨，带漆带油扣杂3%-5%，参考上海钢联12月6日收盘价，沙钢到厂价另报。
        手机及电脑配件：整机按台收，苹果iPhone 8及以上机型另询；电脑CPU按型号报价，Intel i5-8400回收价约45元/颗，内存条DDR4 8G约28元/条，硬盘现场打孔销毁。
        本周行情小结：铜价受LME库存下降影响连涨三天，沪铜主力合约报72,380元/吨；铝价横盘；废纸受春节前备货影响略有回暖，建议散户积攒到周五再卖。
        回收站挂牌价（每日早8点更新）：旧衣物0.6元/斤（需干净打包）、茅台五粮液空瓶带盒另议、易拉罐0.12元/个，门口电子秤免费称，欢迎街坊自行复秤。
        二手家电门店收购价（仅限能正常使用）：格力KFR-35GW挂机2019年后产280元起，美的BCD-213冰箱150元起，海尔EG100滚筒200元起，需现场通电测试。
        空调铜管回收：拆机紫铜管（带保温棉）按38元/斤计，去棉剥干净按50元/斤；外机压缩机整只约65元，冷凝器铜铝管按铜铝混料22元/斤算，铝翅片另计。
        【以旧换新补贴参考】一级能效空调补贴成交价20%，单件最高2000元；二级能效补贴15%，单件最高1500元；旧机须由备案回收企业上门拆回并出具回收凭证。
        废品行情口诀：“铜看沪期、铝看长江、纸看玖龙、钢看沙钢”，每天开工前先刷一遍行情，报价误差不超过5%就按站里挂牌价执行，超过的报站长定价。
    """),
    ("zh-Hans", "环保部门公告"): _lines("""
        关于规范再生资源回收站点经营行为的通告：各回收站点须在醒目位置公示营业执照、收购品种和计量器具检定合格证，禁止收购来源不明的井盖、电力线缆等市政设施。
        深圳市生态环境局提示：废旧荧光灯管、含汞温度计、过期药品属于有害垃圾，请投放至小区红色有害垃圾收集容器，不得交由流动回收人员私自拆解或转卖。
        根据《废弃电器电子产品回收处理管理条例》（国务院令第551号），电视机、电冰箱、洗衣机、房间空调器和微型计算机等废弃产品应交由有资质的处理企业处理。
        公告：本区第二批“两网融合”回收服务点名单已确定，共计46个，服务时间为每周二、四、六上午9:00-11:30，咨询电话0755-2391 8800（区城管局工作日接听）。
        余杭区城市管理局发布：自2027年1月1日起，全区再生资源回收车辆须统一喷涂“再生资源回收”标识并安装GPS定位终端，未备案车辆不得进入住宅小区作业。
        特此通告：严禁在居民区周边露天焚烧废旧电线剥取铜芯，违者依据《中华人民共和国大气污染防治法》第一百一十九条处一万元以上十万元以下罚款。
        市商务局、市发展改革委联合印发《2026年家电以旧换新补贴实施细则》，补贴资金由中央和地方按9:1比例共担，活动期限至2026年12月31日截止，逾期不再受理。
        环保提醒：废机油、废铅蓄电池属于《国家危险废物名录》所列危险废物，回收站点未取得危险废物经营许可证的，不得收集、贮存，请交由持证单位处理。
        朝阳区再生资源分拣中心（东坝乡驹子房路甲8号）年底开放日安排：12月20日上午接待社区团体参观，每批不超过30人，请通过所在街道办事处统一报名。
        信息公开：2026年第三季度全市共回收废弃电器电子产品12.6万台，其中电视机3.1万台、冰箱2.4万台、洗衣机2.8万台、空调1.9万台、电脑2.4万台。
        《再生资源回收管理办法》第七条规定，回收生产性废旧金属的经营者应当如实登记出售单位名称、经办人身份证明、物品名称、数量和来源，登记资料保存两年。
        投诉举报渠道：对回收站点缺斤短两、强买强卖、占道经营等行为，可拨打12345政务服务便民热线或12315市场监管投诉热线，也可登录全国12315平台提交。
        区生态环境分局关于年终执法检查的通知：12月15日至25日对辖区内37家再生资源回收站点开展联合检查，重点检查危废台账、消防通道和地磅检定证书。
    """),
    ("zh-Hans", "回收员工作群"): _lines("""
        【调度】今天上午三号车跑龙华片区，先去民治大道家乐福门口收那批超市纸箱，大概2吨，过磅单拍照发群里，别忘了让门店后勤盖章确认。
        二号车收到，沃尔玛那边的冷柜回收预约改到下午两点了，他们后勤说卸货平台只开到四点，我先回仓库把叉车借出来，免得到时候卸不下来。
        各位注意：新地磅今天上午厂家来校准，9点到11点暂停过磅，散户来卖货的先登记排号，称重单编号从WB20261207-0001重新开始编。
        有谁在福田？华强北赛格广场B座物业那边有一批旧电脑要报废，28台主机加14台显示器，需要开具回收证明和数据销毁证明，谁顺路接一下单。
        今天铜价又涨了，站里说光亮铜挂牌调到52，黄铜不动，收货的时候跟客户讲清楚，挂牌价以上午8点公布的为准，下午一律不再改价。
        提醒一下：冰箱上门拆运，带压缩机的一定要竖着装车，不要倒放；空调拆机前先收氟，回收证明上写清楚品牌型号和出厂编号，漏写的退回重填。
        仓库通知：明天上午持证处置企业的车辆来拉CRT电视，一共63台，全部码放在2号库东侧，托盘编号P-017到P-024，装车前拍照留底发群。
        小程序后台今天派单量187单，完成162单，取消25单，主要是客户临时改时间；大家回访时态度好一点，别在电话里跟客户吵，有分歧报给客服组。
        三号车报平安：在梅林关那边堵了40分钟，预计11点20到达，下一单的海尔冰箱已经电话确认过，物业同意从货梯走，需要押金200元。
        【公告】本月绩效按完成单数和好评率算，差评超过3条的扣当月奖金，另外车辆油费报销发票抬头统一开“深圳市绿源再生资源回收有限公司”。
        请示一下：永辉超市那家门店的旧货架能不能按废钢收？他们要求出具增值税专用发票，3%的税点到底由哪一方承担，合同里要写清楚。
        已经跟超市采购部对接了，价格在废钢统料基础上每吨下浮120元，税点由我方承担，合同编号HT-2026-1207-03，明天上午签字盖章。
        下午四点全员到站开会，内容：1. 新版以旧换新回收凭证填写规范；2. 年底消防安全检查；3. 春节值班排班，每台车至少来一个人。
    """),
    ("zh-Hant", "以舊換新常見問題"): _lines("""
        問：「四電一腦」生產者責任計劃涵蓋哪些電器？答：冷氣機、雪櫃、洗衣機、電視機，以及電腦、打印機、掃描器和顯示器，購買新機時可要求銷售商免費除舊。
        問：購買新雪櫃時，舊機一定要由店舖安排回收嗎？答：根據《產品環保責任條例》，銷售商須提供免費除舊服務，但消費者可選擇不使用，並須在收據上確認放棄。
        問：WEEE·PARK在哪裡？答：位於屯門環保園附近的曾咀，處理經收集的受管制電器，市民一般不能直接送貨，應透過除舊服務或環保署安排的收集點交收。
        問：台灣的廢四機回收怎麼辦？答：購買新機時可請經銷商回收舊機，亦可撥打環境部資源回收免付費專線0800-085-717，預約清潔隊或合格回收商到府收取。
        問：舊冷氣機回收需要收費嗎？答：在本店購買新冷氣機，除舊及拆機服務全免；如只需拆走舊機而不購買新機，窗口機收費HK$380，分體機HK$580起。
        問：上門回收的師傅會否清除電腦硬碟資料？答：我們提供資料銷毀服務，每部硬碟HK$50，完成後發出銷毀證書（編號格式DS-2026-00001起），客戶可在場監督。
        問：以舊換新的回收證明遺失了怎麼辦？答：請攜帶購買單據到原門市，店員可憑訂單編號（例如HK26120731884）在系統補印，每張訂單只限補印一次。
        問：舊式唐樓沒有升降機，可以上門收雪櫃嗎？答：可以，但樓梯搬運每層加收HK$30，超過8樓或雪櫃容量大於400公升者，需預約兩名搬運師傅同行。
        問：收舊冷氣的時段？答：星期一至六上午10時至下午6時，星期日及公眾假期暫停；查詢請致電本公司熱線 3956 2180 或 WhatsApp 6218 7730（辦公時間回覆）。
        問：澳門居民如何處理舊電器？答：可參加環境保護局舊電器回收計劃，將舊電器送往指定回收點，或於購買新電器時經參與商戶安排將舊機運走回收。
        問：台中的二手家電行會收故障的洗衣機嗎？答：多數會，但只能以廢品價回收，大約新台幣100至300元，如需搬運下樓另計，建議先拍照傳給店家估價。
        問：「大同電鍋」舊款還能賣嗎？答：1970至80年代的大同電鍋在收藏圈頗受歡迎，外觀完整的可送往二手市集或舊物店估價，一般不會當作廢品秤斤處理。
        問：回收公司的商業登記證號碼在哪裡查到？答：本公司商業登記證號碼為 71234568-000-12-26-3，已張貼於門市收銀處，亦可於稅務局網站查冊核實。
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-07T08:14:32+08:00 INFO scale.wb2 ticket=WB20261207-0014 gross_kg=1842.5 tare_kg=1210.0 net_kg=632.5 material=COPPER_BRIGHT price_cny_per_kg=104.00
        [pickup-api] POST /v2/orders 201 order_id=RO-SZ-2026120700387 slot=14:00-16:00 district=Longhua items=[fridge_double_door, aircon_1.5hp] latency_ms=184
        scale: { port: /dev/ttyUSB0, baud: 9600, protocol: yaohua-xk3190, zero_tolerance_kg: 0.5, auto_print: true }  # indicator calibrated 2026-11-28 by vendor
        WARN price_feed: upstream quote for SHFE cu2602 is stale (age=3h12m), falling back to cached 72380 CNY/t from 2026-12-06T15:00:00+08:00
        ERROR subsidy-sync: trade-in voucher batch TI-GD-202612-0041 rejected by provincial platform, code=E4031 msg=recycler filing number mismatch, retry in 300s
        env: RECYCLER_FILING_NO=GD-ZS-2025-0317 INVOICE_TITLE=Shenzhen Lvyuan Renewable Resources Co., Ltd. TAX_ID=91440300MA5G8K2X7Q SMS_SENDER=106900012345
        CREATE TABLE weigh_ticket (ticket_no VARCHAR(20) PRIMARY KEY, material_code CHAR(8), gross_kg NUMERIC(8,1), tare_kg NUMERIC(8,1), created_at TIMESTAMPTZ);
        sha256(weigh_ticket_export_20261207.csv)=9f2c41be07a3d58e61f4c0b7a2e9d835c1f06b4e7a92d13c58e0f7b6a4d21e93 rows=412 exported_by=cron@scale-host-02
        GET /api/v1/quotes?material=PET_CLEAR&region=SG 200 {"price_sgd_per_kg":0.38,"updated":"2026-12-07T09:00:00+08:00","source":"collector-index-v2"}
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Shanghai SCALE_VENDOR=mettler-toledo; COPY ./weighbridge /app; CMD ["gunicorn","wb.app:create_app()","-b","0.0.0.0:8080"]
        cron: 0 8 * * * /opt/recycle/bin/publish_prices --board=shop-01 --channel=wechat-official --template=daily_quote_v3 >> /var/log/recycle/prices.log 2>&1
        INFO dispatch: route optimised for truck-03, 9 stops, 46.2 km, ETA last stop 16:40, depot=Longhua Sorting Centre (Minzhi Ave 388, unit B2), routing=2.14.1
        README: set SUPPORT_EMAIL=support@lvyuan-recycle.example and HOTLINE=400-820-1357 in .env; both are company contact points printed on every pickup receipt footer.
    """),
    ("mixed", "称重单与发票"): _lines("""
        称重单 Weigh Ticket No. WB20261207-0031｜客户单位：永辉超市福州仓山店｜品名：废纸箱 OCC｜毛重 3,260 kg 皮重 2,140 kg 净重 1,120 kg｜单价 ¥1.42/kg｜金额 ¥1,590.40
        增值税专用发票 VAT Special Invoice No. 44031926 · 销售方：深圳市绿源再生资源回收有限公司 · 统一社会信用代码 91440300MA5G8K2X7Q · 征收率 3% · 价税合计 ¥28,840.00
        Invoice INV-SG-2026-11873 | GreenLoop E-Waste Pte Ltd (UEN 201824715W) | 12 x Dell OptiPlex 7050, 12 x 24-inch monitors | data wiping cert included | Total SGD 360.00 (GST 9% incl.)
        Receipt 收據 No. 0026817 · 綠循環回收（香港）有限公司 · 商業登記號 65432179 · 舊雪櫃除舊服務 1 件 HK$0.00 · 樓梯搬運 4 層 HK$120.00 · 合計 HK$120.00
        Tax Invoice No. TI/KL/2026/04417 · Syarikat Kitar Semula Maju Sdn. Bhd. (202001034567) · Besi buruk 2.35 tan @ RM1,150/tan · Jumlah RM2,702.50 · 废铁 scrap iron
        回收凭证 Recycling Certificate No. HS-440306-2026-008812 | 品类：房间空调器 Room AC | 型号 Gree KFR-35GW/NhGc1B | 回收企业备案号 GD-ZS-2025-0317 | 拆解厂：持证处理企业
        Purchase Order PO-2026-1207-015 from 华润万家深南大道店: 旧冷柜 Display Freezers × 6, pickup at loading dock, payment terms Net 30, 联系 门店后勤部 0755-8832 6610 ext. 203
        出库单 Outbound Note OB-20261207-02 · 货物：废铅酸蓄电池 Lead-acid batteries 1.86 t · 接收单位许可证 permit JS-HW-3205-0091 · 转移联单号 TR2026-320500-004471
        Credit Note CN-0042 to Courts (Malaysia) Sdn Bhd: trade-in rebate adjustment for 38 refrigerators, RM-1,140.00, ref. campaign Tukar Lama Dapat Baru 2026, 备注 年底对账
        对账单 Statement Nov-2026 | 客户：华南家电回收服务中心 | 订单 46 笔 | 回收空调 312 台、冰箱 188 台 | 应付 ¥96,420.00 | 已付 ¥80,000.00 | 余额 ¥16,420.00 | Due 2026-12-15
        Weighbridge slip 地磅单 #44719 · Material: HMS 1&2 废钢重废 · Net 18.64 t · Rate CNY 2,580/t · Amount CNY 48,091.20 · Buyer: 钢厂废钢采购部 · Printed 2026-12-07 10:42:09
        快递面单 Courier waybill SF1402 7731 8859 · 寄件方：爱回收龙华门店 · 收件方：爱回收华东检测中心 · 内件：二手手机 20 台 · 保价 ¥20,000 · 月结卡号 0755-MJ-88213
        Invoice 統一發票 No. AB-12345678 · 賣方：台北市二手家電行股份有限公司 統一編號 24536817 · 品名：回收舊冷氣拆機費 · 金額 NT$1,500 · 稅額 NT$75 · 含稅 NT$1,575
    """),
    ("ms", "notis_kitar_semula"): _lines("""
        Notis: Pusat Kitar Semula Majlis Bandaraya Petaling Jaya di Jalan 51A/223 dibuka setiap hari Sabtu, 9.00 pagi hingga 1.00 petang, untuk penerimaan barang elektrik terpakai.
        Makluman: Di bawah Akta Kualiti Alam Sekeliling 1974, sisa elektrik dan elektronik tidak boleh dibakar secara terbuka; kompaun dan denda berat boleh dikenakan kepada pesalah.
        Harga belian hari ini di kedai kami: tin aluminium RM4.20/kg, surat khabar RM0.45/kg, kotak RM0.35/kg, tembaga RM28.00/kg, besi buruk RM0.90/kg. Harga tertakluk kepada perubahan.
        Program Tukar Lama Dapat Baru: Bawa peti sejuk lama anda ke cawangan yang menyertai dan dapatkan rebat sehingga RM300 untuk pembelian model inverter 5 bintang, sehingga 31 Disember 2026.
        Perkhidmatan kutipan di rumah: Hubungi talian syarikat 03-7865 4321 atau WhatsApp 011-2345 6780 (waktu pejabat sahaja) untuk menempah lori kutipan barang lusuh.
        Peringatan Jabatan Alam Sekitar (JAS): Bateri asid plumbum terpakai adalah buangan terjadual kod SW 102 dan hanya boleh dihantar kepada premis pemulihan berlesen.
        Soalan Lazim: Adakah kami membeli mesin basuh rosak? Ya, kami membeli mengikut berat sebagai besi buruk, kira-kira RM15 hingga RM40 seunit bergantung kepada saiz.
        Waktu operasi Kedai Barang Lusuh Ah Seng, No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Minyak, Pulau Pinang: Isnin hingga Sabtu 8.00 pagi hingga 6.00 petang.
        Ulasan Google: Kedai besi buruk ini timbang dengan jujur, penimbang digital ada sijil Metrologi, bayaran tunai terus. Parking agak sempit waktu pagi. 5 bintang.
        Pengumuman MBSA: Kutipan sisa pukal (perabot dan peralatan elektrik lama) di Seksyen 7 Shah Alam akan dijalankan pada 14 Disember 2026; letakkan barang di tepi jalan sebelum 7.00 pagi.
        Nombor pendaftaran syarikat: 201901023456. Lesen Pusat Pengumpulan e-Sisa daripada JAS: 002417. Sila semak status lesen di portal rasmi JAS sebelum berurusan dengan mana-mana pengumpul.
        Senarai barang yang TIDAK diterima: tong gas, bahan kimia, lampu kalimantang pecah, bateri litium kembung dan tayar kenderaan. Sila hubungi majlis tempatan untuk pelupusan.
        Berita: Nik Nazmi Nik Ahmad, ketika menjadi Menteri Sumber Asli dan Kelestarian Alam, pernah menggesa pengeluar peralatan elektrik menyertai skim tanggungjawab pengeluar lanjutan (EPR).
    """),
    ("zh-Hans", "商家点评"): _lines("""
        这家“老王废品回收站”挺实在，电子秤当面清零，纸箱按1.4一公斤收，比小区门口流动收购的多给了两毛，就是周日下午不营业，去之前最好先看看公众号。
        在爱回收App上估价iPhone 13 256G，线上报价2350，门店检测后说屏幕有划痕扣了150，整体还算透明，打款到账不到十分钟，下次换机还会再来。
        差评！约了“张师傅家电回收”上门收旧冰箱，说好的120元，来了之后说压缩机不行只给30，还要收50块搬运费，这家店大家避雷，别被低价预约骗了。
        格力官方以旧换新活动体验：下单新空调时勾选回收旧机，安装队当天就把旧机拆走了，补贴直接在订单里抵扣，比自己找收废品的省事多了。
        海尔智家门店的回收服务还行，旧洗衣机折价200元，但只能用于购买指定型号，线下门店和电商平台的补贴不能叠加，这点店员没提前说清楚，扣一星。
        “城北再生资源回收站”评分4.5，地址在建设路和解放路交叉口往东50米，院子很大停车方便，收废铁废铜都按沪期价，老板不压秤，开票也爽快。
        京东以旧换新服务评价：回收员准时到达，穿工装带工牌，拆空调用了40分钟，回收凭证现场拍照上传，补贴三个工作日内到账，给五星好评。
        董明珠曾在公开演讲中提到，格力回收的旧空调要进入正规拆解线，不能流入翻新市场，这也是很多人愿意走品牌官方回收渠道的原因之一。
        新闻：小米之家门店近期上线旧手机、旧平板以旧换新，雷军在发布会上介绍称回收估价由第三方检测机构完成，门店当场出具检测报告。
        这个二手家电市场在广州花地湾一带，几十个档口卖翻新冰箱空调，价格是新机的三到四成，但保修只有三个月，买之前一定要现场通电试机。
        预约“绿源回收”上门收旧书和旧衣服，称重用的是带检定标签的电子秤，旧衣物0.3元一斤，书本0.8元一斤，工作人员还帮忙把纸箱压平带走。
        回收站环境一般，院子里堆满了旧家电，下雨天地面很滑，但价格公道、开票规范，单位批量处理旧电脑的话推荐，能出具数据销毁证明和回收凭证。
        读完萧红《呼兰河传》里写小城街头叫卖的段落，再看今天的智能回收箱，真有恍如隔世之感——从挑担吆喝到扫码投递，不过八十多年光景。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        陈先生家的旧空调约在周六上午拆，地址是深圳市龙华区民治街道白石龙一区23栋602，电话138 2657 4190，记得带收氟机和两个人上去。
        称重单备注：卖货人王建国，身份证号440306198604123515，黄铜电缆头共计38.6公斤，来源说是自家装修剩的，已拍身份证正反面存档。
        群里说一下，老刘（刘德胜）上周在城中村收货时被电动车撞了，右腿骨折住在市人民医院，这个月的单子先分给其他人。
        阿明你昨天收的那台海尔冰箱，客户林太打了三次电话投诉，说你多收了80块搬运费，她手机号是13925806314，今天一定回个电话道歉。
        以旧换新补贴申请表：申请人 赵雅琴；身份证 32050219791123004X；银行卡 6222 0212 0803 4417 562（工商银行苏州分行）；旧机：美的冰箱BCD-215。
        站长说小周最近手头紧，欠了网贷四万多，催收电话都打到站里座机了，大家别把他住哪告诉陌生人。
        上门预约：孙女士，杭州市余杭区五常街道丰岭路西溪鼎苑11幢1单元802室，12月9日14:00，收洗衣机和旧电脑各一台，手机15057213869。
        投诉记录：客户黄美玲称回收员上门时拍下了她家客厅和孩子的照片并发到工作群，要求删除并道歉，客户电话186 2031 7745。
        车牌粤B·7K29Q的那辆小货车是老郑自己的，不是公司车，他说下周要把车卖了还老家的房贷。
        支付宝转账记录：向张海燕（支付宝账号 zhanghaiyan0612@163.com）支付废纸款268.50元，备注“12月7日收纸箱”。
        那个来卖铜线的男的叫蒋立新，上次被派出所带走问过话，说是偷了工地的电缆，以后他来卖货一律不收。
        听李阿姨说她老伴去年中风瘫痪在床，家里的旧轮椅和制氧机都想卖掉，她家住和平里东街11号院4号楼3单元501。
        预约单号,姓名,电话,地址,品类;RO-2026120700412,周立伟,13711458920,广州市海珠区江南大道中158号之二1203房,冰箱
        微信转账给回收员何志强，收款人微信号 hzq_19880915，金额1,250元，是他这个月垫付的油费和过路费。
        嫂子（吴秀兰）跟站长离婚的事群里别再讨论了，她现在带着两个孩子住娘家，以后站里的账由会计直接对接。
        顾客钱丽萍投诉称重单WB20261203-0088少称了12公斤，要求补差价16.8元，否则去12315举报，联系电话021-5892 3147（家中座机）。
        回收员登记表：姓名 马晓燕，身份证 510107199203076824，户籍 四川省成都市武侯区，紧急联系人 丈夫何勇 13880462175，驾驶证C1。
        老板娘怀孕七个月了，这段时间不来站里，过磅单都由小梅代签，有急事打她老公电话159 8037 2246。
        退款申请：客户蔡文博的以旧换新补贴被驳回，原因是身份证号350203198809152030与下单人信息不一致，请核实后重新提交。
        今天在朝阳区收了郭大爷的旧电视，他说儿子在外地坐牢，家里没人帮忙，想让我们顺便把阳台的旧冰箱也搬走。
        回收员工资表12月：黄志鹏 底薪4500 提成3260 扣款200 实发7560；工资卡 6217 0037 1002 5581 093（建设银行）。
        回访录音摘要：孟先生（手机177 0213 5586）对回收价格不满，称旧电脑硬盘里有他父亲的病历资料，要求现场销毁并录像。
    """),
    "zh-Hant": _lines("""
        客戶陳志偉先生預約週四上門收雪櫃，地址：九龍觀塘秀茂坪邨秀明樓1823室，聯絡電話 9463 2107。
        除舊服務登記：姓名 黎嘉欣，香港身份證 K538201(7)，回收電器：LG 洗衣機一部，簽收日期 2026年12月5日。
        師傅話林太上個月做完乳癌手術，唔方便搬嘢，要我哋幫手搬埋個舊衣櫃落樓，佢住將軍澳尚德邨尚智樓。
        台北客戶張淑芬，身分證字號 F126830451，申請廢四機回收獎勵金，匯款帳號：台灣銀行 004-0320-6158-2941。
        回收場嘅阿豪又借咗大耳窿兩萬蚊冇還，啲人今朝搵上回收場度淋紅油，老闆話再係咁就炒咗佢。
        投訴：新北市板橋區文化路二段182巷7號4樓的住戶吳先生表示，回收業者載走冷氣時損壞了他家鋁窗，要求賠償新台幣8,000元。
        澳門居民鄭美華預約舊雪櫃回收，澳門身份證 1326854(3)，電話 6628 4517，地址：氹仔花城利鴻街某大廈12樓B座。
        收據抄本：收款人 梁國棟，轉數快 FPS 識別碼 168823450，款項 HK$350（舊冷氣機回收），備註：現金不足改用轉數快。
    """),
    "en": _lines("""
        Pickup booked for Mr. Tan Wei Liang, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, mobile 9127 4863, collecting 1 old washing machine on 9 Dec.
        Copper scrap seller Goh Kah Wai, NRIC S8823517G, 14.2 kg of stripped wire, paid SGD 92.30 by PayNow to his mobile 8234 1509.
        Driver note: Priya's husband lost his job last month and they are behind on rent, so she asked if we can pay her sorting commission weekly.
        Complaint from Mrs. Wong Siew Ling (siewling.wong82@gmail.com): the collector photographed her flat's interior and her daughter without consent during the fridge pickup.
        Our collector Ahmad Faizal has been on medical leave since Monday after a hernia operation; please reassign his Jurong West pickups this week.
        Customer record: Rahul Menon, FIN G5930284T, 23 Jalan Kemaman, Singapore 579567, trade-in voucher TI-SG-88213 approved for SGD 150.
        Refund for the cancelled aircon removal goes to Lee Jun Hao, DBS savings 027-4-183526; he says the crew scratched his parquet floor.
        Call back re: aircon removal on +65 8631 2974, she prefers WhatsApp after 7pm because she works night shifts.
    """),
    "ms": _lines("""
        Pelanggan Encik Muhammad Hafiz bin Rosli, No. KP 880623-10-5127, menjual 3 buah peti sejuk lama; bayaran RM180 dimasukkan ke akaun Maybank 1640 2387 5512.
        Alamat kutipan: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor (rumah Puan Lee Mei Ling), telefon 012-387 4512, kutipan pada 10 Disember.
        Kak Ros beritahu anak lelakinya ditahan polis minggu lepas kerana kes dadah, jadi dia minta cuti seminggu dari kerja mengasingkan barang lusuh.
        Nombor telefon pengadu: 019-624 3871, beliau dakwa pekerja kami mengambil dua buah kipas tanpa kebenaran dari rumahnya di Taman Melawati.
        Pekerja am Suresh a/l Muniandy, No. KP 910214-08-6673, gaji bulanan RM1,850, masih berhutang pendahuluan gaji RM600 dengan syarikat.
        Puan Norazlina binti Hashim menghidap diabetes dan baru dipotong kaki kiri, jadi dia minta kami angkat mesin basuh lama dari tingkat tiga PPR Kerinchi Blok C.
    """),
    "mixed": _lines("""
        客户 Mr. Lim 的地址是 Blk 215 Jurong East St 21 #11-342, Singapore 600215, 他说 fridge 很重要，到之前先 call 他，HP 9734 6120。
        明天 pickup 张伟明 的旧 aircon，地址 No. 8, Jalan Kuchai Maju 3, 58200 Kuala Lumpur，HP 016-338 7421，他 IC 是 850317-14-5529。
        那个 auntie 黄秀珍 说她 son 欠了 ah long 三万，每天有人来淋红油，她想快点卖掉屋里的 electrical appliances 凑钱还债。
        Order RO-HK-20261207-118 | 客戶 Ms. Cheung Hoi Yan | HKID Y604127(0) | Tel 6152 8830 | 舊雪櫃 1 部 + 洗衣機 1 部 | 沙田第一城 32座 18樓 F室
        @Kumar 你这个月 salary slip RM2,300，EPF no. 18804522，有问题私下找 boss，别在 group 讲，大家都看得到。
        客人 Jason Lin（林俊宏）的 LINE ID 是 jasonlin_0427，old fridge 放在台中市西屯區福科路312號1樓車庫，門鈴壞了請直接打 0912-487-305。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是“绿源回收”的在线客服助手，负责上门回收预约，回复要简洁，确认时间、地址和品类。",
        ),
        (
            "user",
            "你好，我想预约上门收一台旧冰箱和一台滚筒洗衣机，我叫何丽娟，电话13602784519，地址是广州市天河区棠下街道中山大道西89号B栋1504。",
        ),
        (
            "assistant",
            "何女士您好，已为您登记：旧冰箱1台、滚筒洗衣机1台，地址天河区中山大道西89号B栋1504。请问您方便的上门时间是周几哪个时段？",
        ),
        ("user", "周六上午十点左右吧，楼里有电梯。冰箱是海尔的，用了十二年，还能制冷。"),
        (
            "assistant",
            "好的，已预约周六10:00-12:00。能制冷的双门冰箱参考回收价80-150元，以师傅现场检测为准，出发前会打13602784519与您确认。",
        ),
    ],
    [
        (
            "user",
            "帮我写一段投诉，发给市场监管局12315。昨天我在城东回收站卖了一批废铜，称重单WB20261206-0057写的是21.4公斤，我自己在家称的是24公斤整。",
        ),
        (
            "assistant",
            "可以。请提供投诉人姓名、联系电话，以及回收站名称和地址，我帮您整理成规范的投诉文本。",
        ),
        (
            "user",
            "我叫周建华，电话18927460312，身份证410105197502284513。回收站叫城东再生资源回收站，当时过磅的那个人叫老马。",
        ),
        (
            "assistant",
            "投诉文本如下：投诉人周建华（电话18927460312）于2026年12月6日在城东再生资源回收站出售废铜，称重单WB20261206-0057记载21.4公斤，本人自行复称为24公斤，差额2.6公斤，怀疑地磅计量不准，请求依法核查计量器具并责令退还差价。身份证号通常在平台实名认证时填写，正文中可不写。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Singapore e-waste collection company. Follow PDPA: only repeat personal data when needed.",
        ),
        (
            "user",
            "I want to claim the trade-in rebate for my old fridge. My name is Siti Rahmah binte Osman, NRIC T0163942G, and I live at Blk 638 Woodlands Ring Road #05-221.",
        ),
        (
            "assistant",
            "Thank you, Ms Siti. I have noted your trade-in request for one refrigerator. To process the rebate, please also upload the recycling receipt issued by the collector when the old unit was removed.",
        ),
        (
            "user",
            "The collector came on Tuesday but didn't give me any receipt. Can you send one to siti.rahmah.osman@gmail.com?",
        ),
        (
            "assistant",
            "I will ask the operations team to issue the receipt and email it to siti.rahmah.osman@gmail.com within two working days. The rebate is usually credited within 14 days after that.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段 WhatsApp 訊息畀陳太，佢明天下晝兩點約咗我哋收舊冷氣，但係師傅遲到，可能要三點先到。佢電話係 9285 3146。",
        ),
        (
            "assistant",
            "陳太你好，我係綠循環回收客服。好抱歉，因為上一單工程延誤，師傅預計明天下午三點左右先到府上拆舊冷氣，遲咗大約一個鐘，請問方便嗎？如有不便請回覆此號碼，我哋可以改期。",
        ),
        ("user", "佢住黃大仙竹園北邨蓮園樓2017室，順便提醒佢要清走冷氣機附近啲雜物。"),
        (
            "assistant",
            "可以喺訊息最後加一句：「師傅會到竹園北邨蓮園樓2017室，麻煩預先清走冷氣機附近嘅雜物，方便拆機，多謝合作！」",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk kedai barang lusuh di Klang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak jual 40 kg wayar tembaga dan 2 bateri kereta. Nama saya Mohd Azlan bin Ismail, IC 790512-10-6241. Boleh bayar terus ke akaun CIMB 7012 4583 9906?",
        ),
        (
            "assistant",
            "Terima kasih Encik Azlan. Harga hari ini tembaga RM28.00/kg dan bateri kereta kira-kira RM35 sebiji. Bayaran boleh dibuat ke akaun CIMB yang diberikan selepas barang ditimbang di kedai.",
        ),
        ("user", "Kenapa kedai perlu salin IC saya?"),
        (
            "assistant",
            "Kedai yang membeli logam buruk biasanya perlu merekod butiran penjual untuk mematuhi syarat lesen pihak berkuasa tempatan dan pencegahan kecurian kabel. Salinan IC disimpan untuk tujuan itu sahaja.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: 姓名 Karen Ho 何嘉雯; HKID R217390(4); 電話 5617 2093; 地址 香港仔華富邨華安樓1107室; 備註 行動不便，需搬運師傅兩名。",
        ),
        (
            "user",
            "Please summarise this customer's pickup requirements for the driver, keep it short, 中英都得。",
        ),
        (
            "assistant",
            "Driver brief: 何嘉雯 Karen Ho, 華富邨華安樓1107室, Tel 5617 2093. 客戶行動不便, please send 2 movers and call before arrival. HKID not needed for pickup.",
        ),
        ("user", "Thanks, also remind the driver the lift at 華安樓 stops at odd floors only."),
        (
            "assistant",
            "Added: 華安樓 lift only stops at odd floors — 1107 is on 11/F so the lift goes directly; no stair carrying needed.",
        ),
    ],
    [
        (
            "user",
            "我们站回收员刘师傅（刘长顺）上个月因为腰椎间盘突出请了12天病假，底薪4200，按22天算，病假工资按80%发，帮我算一下实发多少。",
        ),
        (
            "assistant",
            "日工资=4200÷22≈190.91元。病假12天应发80%：190.91×12×0.8≈1832.73元；正常出勤10天：190.91×10≈1909.09元。合计约3741.82元，再扣除个人社保部分即为实发。",
        ),
        ("user", "社保个人部分扣468.50元，他还欠站里借款1000元这个月要扣。"),
        (
            "assistant",
            "实发=3741.82-468.50-1000=2273.32元。建议在工资条上分别列明病假工资和借款扣回，并让刘长顺签字确认，避免以后有争议。",
        ),
    ],
    [
        ("system", "你是某省家电以旧换新补贴服务平台的AI助手，只回答补贴申请相关问题。"),
        (
            "user",
            "我帮我爸申请空调以旧换新补贴，他叫沈国良，身份证110108199306147623，系统一直提示身份信息校验失败，是怎么回事？",
        ),
        (
            "assistant",
            "您提供的身份证号第17位为偶数，按编码规则对应的是女性，如果沈国良先生是男性，可能号码抄错了。另外出生年份为1993年，也请核对是否为您父亲本人的证件号。",
        ),
        (
            "user",
            "啊对，那是我自己的身份证号，我叫沈佳怡。那用我的名字申请可以吗？旧空调是我爸家里的。",
        ),
        (
            "assistant",
            "补贴要求申请人与新机购买人、旧机回收凭证上的交售人信息一致。如果新空调是以您的名义购买、回收凭证也写您的名字，可以由您申请；否则请使用您父亲本人的身份证信息重新提交。",
        ),
    ],
    [
        (
            "user",
            "My parser chokes on this pickup log line, can you fix the regex? 2026-12-07 10:02:11 booking ok name=Daniel Koh phone=+6591842276 email=dkoh.home@yahoo.com.sg addr=Blk 118 Ang Mo Kio Ave 4 #03-59",
        ),
        (
            "assistant",
            "The problem is the unquoted name and address containing spaces. Split on the known keys instead: match each key with a pattern like (name|phone|email|addr)= followed by a lazy capture up to the next key or the end of line.",
        ),
        (
            "user",
            "Works now. Should I mask those fields before shipping logs to our analytics vendor?",
        ),
        (
            "assistant",
            "Yes. Name, phone, email and home address in that line are personal data; mask or hash them before export, for example keep only the postal sector of the address and drop the name entirely.",
        ),
    ],
    [
        ("system", "你是台灣二手家電回收行的LINE客服小幫手，請用繁體中文回覆。"),
        (
            "user",
            "我要申請廢四機回收，舊洗衣機跟舊電視各一台。我叫許文彬，身分證字號 B224719064，住台中市北屯區崇德路三段88巷15號，手機 0935-214-870。",
        ),
        (
            "assistant",
            "許先生您好，已登記洗衣機及電視各一台，地址台中市北屯區崇德路三段88巷15號。請問希望哪一天到府收取？",
        ),
        (
            "user",
            "下週三下午，另外我太太剛開完刀在家休養，師傅來的時候請小聲一點、不要按門鈴，直接打我手機。",
        ),
        (
            "assistant",
            "好的，已安排下週三下午到府，並備註「勿按門鈴，請致電0935-214-870」。祝尊夫人早日康復。",
        ),
    ],
]
