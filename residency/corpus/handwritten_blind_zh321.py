# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh321: 简体中文 农民专业合作社与家庭农场（社员名册、土地流转合同、补贴发放、借款与农资赊账、分红、微信群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh321
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "合作社公告"): _lines("""
        【通知】鹤壁市淇滨区丰禾粮食种植专业合作社定于2026年12月20日上午9:00在社办公楼二楼会议室召开年度社员大会，审议2026年度财务决算及盈余分配方案，请各位社员准时参加。
        关于2027年小麦统一供种的公告：本社统一采购“百农207”“郑麦379”两个品种，到户价每斤2.35元，报名截止11月15日，咨询电话0392-3318620（社办公室，工作日8:00-17:30）。
        本社统一社会信用代码93410611MA9G4K7R2N，法定代表人变更登记已于2026年10月28日在淇滨区市场监督管理局办结，新版营业执照复印件已张贴在社务公示栏。
        盈余返还公示：2026年度可分配盈余共计1,286,400元，其中按交易量返还比例为62%，按出资额分配比例为38%，分户明细表已张贴于各村党群服务中心公示栏，公示期7天。
        烘干中心开放通知：玉米烘干服务即日起开放预约，每吨收费85元（含装卸），地址：淇滨区上峪乡工业路16号，烘干中心值班电话0392-3318625，夜间22点后不接单。
        土地托管服务价格公示（2026秋季）：旋耕每亩45元，播种每亩30元，植保飞防每亩8元/次，机收每亩60元，全程托管每亩380元/年，价格经理事会第12次会议表决通过。
        温馨提示：近期有人冒充合作社工作人员以“补贴代办”为由收取手续费，本社从未委托任何个人收费，各项补贴均由财政通过一卡通直接发放，如有疑问请拨打12316三农服务热线。
        本社对公账户开户行：中国农业银行鹤壁淇滨支行，账号16250101040018736，户名：鹤壁市淇滨区丰禾粮食种植专业合作社，社员缴纳股金请在附言中注明村组名称。
        农机入冬检修通知：12月10日至12日对本社14台拖拉机、6台联合收割机集中检修，维修点设在“老杨农机修配厂”（淇滨大道与黎阳路交叉口东50米），检修期间暂停对外作业。
        2026年度社员大会议程：一、理事长作年度工作报告；二、监事会作监督报告；三、审议盈余分配方案；四、表决新增入社申请27份；五、自由发言，每人限时3分钟。
        化肥集中采购结果公示：中标供应商为河南心连心化学工业集团股份有限公司，产品为“心连心”复合肥（15-15-15）50kg/袋，到社价每袋168元，比当地零售价低12元。
        冬季防火告示：秸秆严禁露天焚烧，违者依照《大气污染防治法》有关规定处罚，本社秸秆打捆回收点设在上峪乡西街粮站旧址，回收价每吨120元，现场过磅现结。
        关于启用新版社员证的通知：新版社员证编号规则为“FH-村组代码-四位流水号”，样式如FH-00-0000，旧证于12月31日后作废，换证请到社办公室一号窗口办理。
    """),
    ("zh-Hans", "补贴政策问答"): _lines("""
        问：耕地地力保护补贴发给谁？答：原则上发给拥有耕地承包权的种地农民，土地流转的按流转合同约定执行，具体标准以各县农业农村局、财政局联合公示为准。
        问：家庭农场认定需要什么条件？答：一般要求以家庭成员为主要劳动力，经营面积达到县级标准（粮食类多为50亩以上），土地流转期限5年以上，并在全国家庭农场名录系统完成填报。
        问：农机购置补贴怎么申请？答：实行先购后补，购机后到县农机服务中心提交发票、合格证和机具照片，或在农机购置与应用补贴辅助管理系统线上申请，审核通过后资金打到购机者账户。
        问：合作社分红算不算工资收入？答：不算，社员从合作社取得的盈余返还属于按交易量分配的经营所得，与务工工资分开核算，具体纳税口径请咨询当地税务服务热线12366。
        问：土地流转合同必须备案吗？答：根据《农村土地经营权流转管理办法》（农业农村部令2021年第1号），流转期限为一年以上的，应当向乡镇人民政府农村土地承包管理部门备案。
        问：一卡通补贴到账了怎么查？答：可携带社保卡或惠农卡到开户银行网点打印明细，也可登录手机银行查询，农业银行客服热线95599，农村信用社客服热线96288。
        问：种粮农民一次性补贴按什么发？答：中央财政资金按实际种粮农民的播种面积核定，流转土地的发给实际种粮者，多数省份在夏收前发放到位，标准以县级公示文件为准。
        问：国家级示范社评定有哪些硬指标？答：参照《国家农民合作社示范社评定及监测暂行办法》，要求依法登记满2年、财务管理规范、可分配盈余按交易量返还比例不低于60%等。
        问：高标准农田建成后谁来管护？答：按“谁受益、谁管护”原则，一般由村集体或新型经营主体负责日常管护，县级财政每年安排一定管护经费，标准约每亩10至20元。
        问：社员退社后股金怎么退？答：依照《农民专业合作社法》有关规定，成员资格终止的，合作社应当按照章程规定的方式和期限退还记载在该成员账户内的出资额和公积金份额。
        问：小麦完全成本保险保费谁出？答：中央、省、县三级财政合计承担约80%，农户自缴约20%，每亩自缴部分通常在5元以内，出险后请第一时间拨打中国人保报案电话95518。
        问：粮食烘干机能享受农机补贴吗？答：可以，谷物烘干机列入2024-2026年农机购置补贴范围，单台补贴额按分档标准执行，批次式烘干机按批处理量分档补贴。
        问：合作社年报什么时候报？答：每年1月1日至6月30日通过国家企业信用信息公示系统（www.gsxt.gov.cn）报送上一年度年度报告，逾期未报将被列入经营异常名录。
    """),
    ("zh-Hans", "员工工作群消息"): _lines("""
        【丰禾合作社工作群】库房：今天上午到了心连心复合肥320袋，已入库A区3排，入库单号RK20261205-017，下午两点后按赊账登记表发放，没登记的一律不发。
        财务室：@所有人 本周五前把11月的农资赊账单据交到财务，纸质单据必须有社员本人签字，电子版统一命名为“村组-日期-单号”，不要只发手机截图。
        烘干中心：3号烘干塔温控器又报E07故障，厂家售后热线400-661-8899说明天上午派人来，今晚先用1号、2号塔，排队的车辆按取号顺序进场。
        理事长办公室：明天县农业农村局来检查示范社材料，会议室八点半前打扫干净，档案柜里2023-2026年的会议记录按年份排好，会计凭证暂不外借。
        飞防队：今天作业面积1,260亩，药剂吡唑醚菌酯加戊唑醇，两台大疆T50满负荷运转，明天东风三级，早上六点开飞，中午十二点以后停飞。
        收购组：今天玉米收购价水分14%以内每斤1.12元，水分每高1个点扣量1.5%，霉变粒超5%的一律拒收，检测仪读数拍照发群里留档备查。
        库房：上周盘点差异已经查清，是调拨单DB-1128录入时把单位“袋”写成了“吨”，系统已冲红重开，现在库存账实相符，财务那边可以结账了。
        办公室：新版社员证样卡已印好，模板用的是示例编号FH-00-0000，正式制卡前请各村联络点把入社申请表原件交回来，复印件不算数。
        财务室：农行对公户今天到账县财政拨付的示范社奖补资金200,000.00元，摘要为“2026年省级示范社奖补”，记账凭证号记-12-045，请理事会知悉。
        农机组：约翰迪尔1204拖拉机右后轮液压管漏油，已联系“老杨农机修配厂”，配件编号RE567338，预计周三到货，这两天先别给它排作业。
        信息员：小程序“丰禾社员通”v2.3.1今晚22:00更新，更新后分红查询改为输入社员证号加短信验证，更新期间大约停服半小时，大家先在各村群里通知一下。
        收购组：明早七点开秤，2号地磅已经校准，检定证书有效期到2027年3月，磅单一式三联，白联留存，红联交售粮户，黄联交财务室。
        办公室：今年分红大会定在12月20日，红色横幅“丰收有你 共享未来”已经订好，音响找上峪乡综合文化站借，签到表按村组分成7张打印。
    """),
    ("zh-Hant", "農會公告與價目"): _lines("""
        雲林縣虎尾鎮農會公告：115年第二期稻作公糧收購即日起受理，蓬萊稻乾穀計畫收購每公斤26元，請農友攜帶繳售通知單至本會供銷部登記，額滿為止。
        本會供銷部肥料價目（115年12月）：台肥43號複合肥料每包20公斤新台幣445元，台肥1號即溶複合肥料每包520元，持本會會員證購買享九五折優惠。
        農業部農糧署提醒：對地綠色環境給付計畫申報期間為每年1月至3月及7月至9月，農友可至轄區公所或農會服務台申報，詳情請洽各區分署。
        彰化縣溪湖鎮農會信用部營業時間：週一至週五上午8:00至下午3:30，地址：彰化縣溪湖鎮彰水路二段99號，總機04-8812345，國定假日暫停營業。
        本會會員代表大會訂於12月18日上午九時召開，議程包括114年度盈餘分配案及理監事改選作業說明，會場設於本會三樓大禮堂，敬請會員代表準時出席。
        吳郭魚產銷班第3班共同運銷公告：本週拍賣價每台斤48元，魚貨請於週三清晨5點前送至集貨場，集貨場電話05-6322718，冰塊由產銷班統一採購。
        香港新界元朗區蔬菜產銷合作社啟事：本社春季菜苗訂購即日開始，辦事處設於元朗大馬路菜站側，辦公時間逢星期二、四上午十時至下午一時，逾時恕不受理。
        澳門市政署提醒：鮮活食品零售商須遵守《食品安全法》，本地農產品批發價格可於紅街市二樓資訊欄查閱，相關查詢請致電市政署熱線2833 7676。
        農會超市年終特賣：池上米3公斤裝特價299元，關廟鳳梨酥禮盒12入特價360元，活動至12月31日止，商品條碼4710088512306，數量有限售完為止。
        褚橙小知識：「褚橙」名稱源自雲南紅塔集團前董事長褚時健晚年在哀牢山種植的冰糖橙，十年後進入北京市場熱銷，已成為大陸知名的農產品品牌。
        產銷履歷標章查詢：消費者可掃描包裝上的QR code或至產銷履歷農產品資訊網輸入追溯號碼，例如10612260301，即可查詢該批產品的生產與驗證紀錄。
        農保加保說明：年滿15歲、實際從事農業工作且每年農業工作日數累計達90日以上者，可申請加保農民健康保險，應備文件請洽本會保險部（總機分機215）。
        禽流感防疫通報：農業部動植物防疫檢疫署公告，雲林縣某蛋雞場檢出H5N1亞型禽流感，半徑3公里內禽場實施移動管制21天，疑問請洽防檢署動物疫情通報專線。
    """),
    ("en", "log_config_and_schema"): _lines("""
        2026-12-05T08:14:22+08:00 INFO coop-ledger[2231] batch=DIV-2026-FINAL rows=1486 status=posted checksum=sha256:9f3c2a71e0b4d85c6a1f7e29b3d04c18 elapsed=3.42s
        CREATE TABLE member_roster (member_id VARCHAR(16) PRIMARY KEY, village_code CHAR(4), share_capital NUMERIC(12,2), joined_on DATE, status VARCHAR(8) DEFAULT 'active');
        member_id,village_code,share_capital_cny,land_mu,trade_volume_kg,rebate_cny,bonus_cny,paid_on,payout_channel,remark
        subsidy_sync: endpoint=https://api.example.gov.cn/v2/subsidy/batches timeout=30s retry=3 page_size=500 cron=0 2 * * * dry_run=false
        WARN credit-sales: account AR-2026-0417 exceeds credit limit CNY 20,000.00 by CNY 1,350.00; rule=CREDIT_CAP_V3; action=flag_for_review
        ERROR land-lease: contract LC-2025-0093 renewal date 2026-02-30 is invalid; expected ISO-8601 date; source=import_2026Q4.xlsx line 118
        docker run -d --name farmcoop-api -p 8080:8080 -e DB_HOST=db.internal -e DB_USER=app_user -e TZ=Asia/Shanghai registry.example.com/farmcoop/api:2.3.1
        Release notes v2.3.1: fixed rounding of dividend rebates to 2 decimals, added MyKad and NRIC format validators, mini-program login now uses OAuth2 PKCE, removed legacy CSV export.
        lease_id,parcel_no,area_mu,annual_rent_cny_per_mu,start_date,end_date,payment_schedule,filing_status,township_office
        GET /api/v1/coops/93410611MA9G4K7R2N/members?page=2&size=50 200 OK 184ms ua=okhttp/4.12.0 req_id=7b1e4c09-2f1d-4a6e-9c1b-55d0e3a8f210
        cron[1187]: 2026-12-06 02:00:01 CST subsidy_sync started; fetched 12 batches, 3,904 records; 0 mismatches; next run 2026-12-07 02:00:00 CST
        schema member: {member_id: str, pattern: FH-[0-9]{2}-[0-9]{4}, example: FH-00-0000, share_capital: {min: 500, max: 50000}, land_mu: float}
        INFO wechat-export: group=staff-ops message_count=214 media=37 written to s3://farmcoop-archive/2026/12/chatlog-20261206.jsonl.gz size=2.4MB
    """),
    ("ms", "notis_koperasi"): _lines("""
        Notis Mesyuarat Agung Tahunan Kali ke-32 Koperasi Peladang Kawasan Tanjung Karang Berhad akan diadakan pada 14 Disember 2026, jam 9.00 pagi di Dewan Orang Ramai Sungai Burong.
        Bayaran Subsidi Harga Padi musim 2/2026 akan dikreditkan terus ke akaun penerima mulai 20 Disember; sebarang pertanyaan sila hubungi pejabat LPP negeri semasa waktu pejabat.
        Dividen 8% dan bonus patronaj 2% bagi tahun kewangan 2025 telah diluluskan oleh mesyuarat; bayaran dibuat melalui pindahan bank ke akaun ahli sebelum 31 Januari 2027.
        Harga di kedai koperasi: baja NPK 15-15-15 (50kg) RM118 sebeg, baja urea RM96 sebeg, racun rumpai glifosat 4 liter RM62. Harga tertakluk kepada perubahan tanpa notis.
        Lembaga Pertubuhan Peladang (LPP) ditubuhkan di bawah Akta Lembaga Pertubuhan Peladang 1973 untuk menyelaras pertubuhan peladang kawasan, negeri dan kebangsaan di seluruh Malaysia.
        Skim Kredit Input Pertanian: ahli boleh mengambil baja dan racun secara kredit sehingga RM3,000 semusim, dibayar balik selepas menuai melalui potongan hasil jualan padi di kilang.
        Perhatian: Koperasi tidak pernah meminta nombor TAC atau kata laluan perbankan melalui WhatsApp. Talian rasmi koperasi ialah WhatsApp 011-2618 4470 (waktu pejabat sahaja).
        FELDA ditubuhkan pada 1 Julai 1956 dan rancangan tanahnya banyak diperluas oleh Tun Abdul Razak semasa menjadi Menteri Pembangunan Luar Bandar; kini sawitnya diurus bersama FGV Holdings Berhad.
        Jadual pengairan MADA Musim 1/2027: air dilepaskan ke Wilayah I mulai 3 Februari dan Wilayah II mulai 10 Februari; pesawah dinasihatkan menyiapkan batas dan tali air lebih awal.
        No. pendaftaran koperasi: KPS-2-7/1982; alamat pejabat: Lot 1452, Jalan Besar Sungai Burong, 45500 Tanjung Karang, Selangor; e-mel pertanyaan: urusetia@kpktk.coop.my.
        Kursus pengendalian dron penyembur racun anjuran Jabatan Pertanian akan diadakan 8 hingga 10 Januari 2027 di Pusat Latihan Pertanian Telok Chengai; yuran RM150 termasuk makan.
        Invois INV-KPK-2026-0931: 40 beg baja NPK @ RM118, jumlah RM4,720.00, SST dikecualikan, dibayar melalui FPX pada 02/12/2026, rujukan transaksi 2612021045339871.
        Ahli baharu dikehendaki membeli minimum 100 unit saham pada harga RM1 seunit; borang keahlian boleh dimuat turun di laman web koperasi di bahagian Muat Turun.
    """),
    ("mixed", "农资价目表"): _lines("""
        SKU: FH-FERT-151515-50 | 心连心 复合肥 NPK 15-15-15 50kg | 现金价 ¥168 | 赊账价 ¥175（按月计息0.5%）| 库存 320 bags | 仓位 A-3
        SKU: FH-SEED-BN207-25 | 百农207 小麦种子 Wheat seed 25kg | ¥58.75/袋 | 发芽率≥85% | 批号 BN20260612 | 产地 河南新乡 | 包衣 coated
        DJI Agras T50 植保无人机 整机套装 | 官方指导价 ¥69,999 | 农机购置补贴后约 ¥54,000 | 质保12个月 | 含两块智能电池 | 售后热线 400-700-0303
        先正达 Syngenta 阿米妙收 Amistar Top 325g/L 悬浮剂 100ml | ¥38/瓶 | 整箱40瓶 ¥1,440 | 适用 wheat rust, rice blast | 安全间隔期21天
        约翰迪尔 John Deere 1204 拖拉机 | 二手 2019年出厂 | 作业小时 3,150h | 售价 ¥168,000 | 看车地点：老杨农机修配厂（淇滨大道与黎阳路交叉口东）
        Price list updated 2026-12-01 | 尿素 Urea 46% 40kg ¥92 | 磷酸二铵 DAP 18-46-0 50kg ¥198 | 氯化钾 MOP 60% 50kg ¥165 | ex-warehouse, 免增值税
        地膜 PE mulch film 0.01mm×1.2m×1000m | ¥145/卷 | 全生物降解 PBAT 款 ¥268/卷 | 满50卷送货上门，配送范围限淇滨区及浚县 | MOQ 10 rolls
        烘干服务 Grain drying | 玉米 corn ¥85/吨 | 小麦 wheat ¥70/吨 | 入塔水分30%以上另加 ¥10/吨 | 发票号 FP-2026-11-0457 | 结算方式 bank transfer
        中化 Sinochem 复合肥 17-17-17 40kg | 零售 ¥172 | 会员价 ¥165 | 合作社团购满 10 吨享 3% rebate | Order No. PO-20261203-0088 | 交货 12月15日前
        水溶肥 Water-soluble fertilizer 20-20-20+TE 10kg | 品牌：史丹利 Stanley | ¥128/袋 | 滴灌 drip irrigation 专用 | 条码 6921234500417 | 保质期3年
        德邦快递 tracking DPK202612050093 | 发货方：丰禾合作社农资部 | 货物：玉米种子 60 袋 | 运费 ¥320 | 预计 12-08 到达浚县王庄镇农资服务站
        金正大 Kingenta 控释肥 26-10-12 40kg ¥158 | 鲁西 Luxi 尿素 40kg ¥90 | 司尔特 Sierte 生物有机肥 40kg ¥36 | 价格含税 incl. 9% VAT | 量大另议
        隆平高科 Longping High-Tech 杂交水稻种子 1kg/袋 ¥78 | 批发 ≥200袋 ¥72 | 品种审定编号见包装 | 种子生产经营许可证号 D(湘)农种许字(2026)第0088号
    """),
    ("zh-Hans", "三农新闻与历史"): _lines("""
        1978年冬，安徽凤阳县小岗村18户农民按下红手印签订“大包干”契约，拉开了中国农村改革的序幕，严俊昌、严宏昌等当年的带头人后来多次接受媒体采访。
        “杂交水稻之父”袁隆平院士于2021年5月22日在长沙逝世，享年91岁，他生前念念不忘的“禾下乘凉梦”和“杂交水稻覆盖全球梦”激励着一代代农业科研人员。
        2007年7月1日，《中华人民共和国农民专业合作社法》正式施行；2017年12月27日第十二届全国人大常委会第三十一次会议通过修订，自2018年7月1日起施行。
        路遥在长篇小说《平凡的世界》中塑造了孙少安这一农民形象，他在双水村率先搞生产责任组、办砖厂，成为改革开放初期农村能人的文学缩影。
        据农业农村部公开数据，全国依法登记的农民合作社已超过200万家，纳入全国家庭农场名录系统的家庭农场近400万个，新型农业经营主体持续发展壮大。
        历年中央一号文件持续聚焦“三农”，近年文件多次提出实施新型农业经营主体提升行动，支持家庭农场组建农民合作社、合作社根据发展需要办企业。
        山东烟台自2017年起推行“党支部领办合作社”模式，由村党支部牵头、村集体和群众入股，在果业、粮食和乡村旅游等领域形成了一批可复制的做法。
        褚时健74岁时在云南哀牢山承包荒山种橙，十年后“褚橙”进京热销，他的经历被写进周桦所著的《褚时健传》，成为企业家二次创业的经典案例。
        北大荒农垦集团有限公司是我国耕地规模最大的现代农业企业集团之一，耕地面积约4,400万亩，粮食年产量稳定在400亿斤以上，被称为“中华大粮仓”。
        1950年6月30日，中央人民政府公布施行《中华人民共和国土地改革法》，到1952年底，除部分少数民族地区外，全国基本完成了土地改革。
        2016年4月25日，习近平总书记在安徽凤阳县小岗村主持召开农村改革座谈会，强调要坚持和完善农村基本经营制度，深化农村土地制度改革。
        电视剧《山海情》以宁夏西海固移民搬迁为背景，剧中马得福、李水花等角色让闽宁镇的扶贫故事广为人知，该剧获第27届上海电视节白玉兰奖最佳中国电视剧。
        《诗经·豳风·七月》记载“七月流火，九月授衣”，完整描绘了西周时期农夫一年四季的耕作与生活，是研究先秦农事历法的重要文献。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        社员名册：FH-03-0127 王建军，男，1968年3月生，身份证号410611196803152717，住上峪乡东街村3组，入股金额5,000元，承包地12.6亩，联系电话139 3921 4476。
        土地流转合同（编号LC-2025-0093）甲方（流出方）：刘桂芳，身份证号410611197204083021，住址淇滨区上峪乡北窑村二组17号；乙方：丰禾粮食种植专业合作社；流转面积8.3亩，租金每亩每年800元。
        赊账登记：张老三（大名张德福）11月赊心连心复合肥20袋、尿素10袋，合计4,280元，说好明年麦收后还清，担保人是他外甥李涛。
        分红明细：社员赵秀英 交易量38,600斤 按交易量返还2,316元 按股分红450元 合计2,766元，已转入她农行尾号6621的卡，12月22日到账。
        @周红梅 你家那口子做心脏搭桥的钱凑够没有？社里互助金可以先借你3,000，写个借条就行，不收利息，年底分红再扣。
        孙大勇欠合作社农机作业费1,850元已经两年了，打电话一直不接，听说他在外面赌博欠了不少钱，下次社员大会要不要把他的名字公开出来？
        补贴发放花名册（上峪乡东街村）序号14：陈玉兰，一卡通账号6228480468123345719，耕地地力保护补贴1,130.00元，种粮一次性补贴96.40元，合计1,226.40元。
        分红打这张卡就行：6217 0025 3009 4417 862，建行的，户名是我老婆，她开户时留的手机号是138 3921 5092。
        借款合同：借款人马春生，身份证号410621198205117032，向合作社借款50,000元用于搭建大棚钢架，期限12个月，月利率0.6%，以其名下车牌号豫F3K827的小型轿车作抵押。
        理事会会议记录：杨秀兰申请退社，理由是与丈夫离婚后承包地判归男方，她本人已随女儿搬到郑州居住，股金3,000元按章程予以退还。
        张主任，我是东街村的老郭，郭永福，我高血压加脑梗住了半个月院，今年的托管费能不能缓到明年交？有事打我手机15839216807。
        家庭农场认定申请表：经营者李卫东，身份证号410611197906234613，家庭成员：妻韩晓燕、子李浩然（在读高中），经营面积126亩，住址浚县王庄镇后李村78号。
        群里说一下，东街村的刘嫂子怀孕七个月了，这次分红大会的搬运活别叫她，她家那份米面油我直接给送到家里。
        转账记录：向刘桂芳转账2,490.00元，附言“2025年土地流转租金尾款”，交易单号4200002385202612051183476612，收款方微信号liuguifang72。
        收件人：韩晓燕 186 3926 0715，河南省鹤壁市浚县王庄镇后李村78号，玉米种子两袋，到了先打电话，家里白天没人。
        财务室私下说，钱老四今年的分红被法院冻结了，他欠农商行的贷款12万逾期三年，已经被列为失信被执行人。
        阿明（李明亮）说他妈查出尿毒症，每周要透析三次，他想把家里15亩地全部托管给社里，托管费直接从分红里扣。
        社员信息变更：杨国庆，原手机号137****2209已停用，新号码17803925561，微信号yangguoqing_1975，家庭住址变更为淇滨区黎阳路锦绣花园6号楼2单元501。
        FH-05-0311,杨国庆,410611197511083515,东街村5组,3000.00,9.4,27850,1671.00,270.00,2026-12-22
        农资赊账单 No.SZ-20261128-033 赊购人：丁秀琴 品名：尿素40kg×5袋 金额460元 约定还款日2027-06-30 联系电话152 3927 0946 本人签字：丁秀琴
        黄师傅（黄志强）上个月因为偷合作社仓库的化肥被派出所行政拘留了10天，以后别再叫他来帮工了，群里知会一声。
        合作社会计徐丽娜，月工资4,200元加绩效，社保按最低基数缴纳，她预产期在明年2月，下个月开始休产假，请提前安排交接。
        @蒋大姐 您家老爷子的残疾人证号41061119480722301842和低保证明复印件明天带到社里来，残疾人农机补贴要用。
        上峪乡东街村6组 户主身份证号410611195807240023 承包面积7.2亩 补贴金额720.00元 备注：户主已去世，补贴暂停发放待继承人确认。
        2026-12-05 10:22:14 INFO member_update id=FH-03-0127 name=王建军 phone=13939214476 new_phone=13939218830 operator=admin01
        王大姐，你儿子王磊在深圳打工的工资卡被冻结那事，派出所说是帮人转账涉嫌帮信罪，他要是回来了让他到社里找我，先别出门。
    """),
    "zh-Hant": _lines("""
        虎尾鎮農會會員資料：林春木，身分證字號P120458738，住雲林縣虎尾鎮平和里中正路168巷5號，手機0933-512-846，水稻耕作面積1.2公頃。
        李太話佢老公上個月中風入咗屯門醫院，元朗嗰兩塊菜田冇人打理，想問合作社可唔可以幫手搵人租出去。
        漁農補貼申請人：陳國華先生，香港身份證號碼K345271(9)，地址：新界元朗錦田北吉慶圍12號地下，聯絡電話9612 4873。
        澳門本地菜農登記：黃美玲，澳門居民身份證5215678(3)，住址：澳門路環石排灣大馬路X座15樓C，電話6628 4190。
        張素娥阿嬤欠農會信用部購地貸款38萬元，已經逾期一年多，聽說她兒子在大陸做生意失敗，家裡的田可能會被拍賣。
        耕地三七五租約：出租人吳秀琴（身分證N220361482），承租人蔡明德，座落彰化縣溪湖鎮大突段0123地號，面積0.35公頃，年租金稻穀1,200台斤。
        LINE群組：阿雄仔那兩季的肥料錢12,600元還沒還，他家在崙背鄉豐榮村民族路32號，誰順路去幫忙問一下。
        稻作補助撥款：戶名黃玉珠，中華郵政帳號0001234-0567891，身分證P201583647，核撥金額新台幣18,400元，撥款日115年12月15日。
    """),
    "en": _lines("""
        Member roster export: Liu Guifang, member FH-02-0058, share capital CNY 3,000, mobile +86 135 3920 6617, Beiyao Village Group 2 No. 17, Shangyu Township, Hebi.
        Tan Wei Ming, NRIC S8123946J, runs a leased vegetable plot at Lim Chu Kang and still owes the growers' co-op SGD 2,150 for seedlings and netting.
        Ah Huat told the WhatsApp group he cannot repay the fertiliser credit this season because he was diagnosed with stage 3 liver cancer last month.
        Please send the lease renewal to chen.meiling.farm@gmail.com; she is handling her late father's 20-mu plot now that the estate is split between her and her brother.
        Muthu a/l Krishnan, MyKad 710415-08-5537, owes the koperasi RM2,340 for fertiliser taken on credit and has asked to pay in three instalments.
        2026-12-04 16:02:11 WARN payout failed member=FH-07-0042 name=Zhao Xiuying acct=6228480468129907214 reason=account_frozen retry=false
    """),
    "ms": _lines("""
        Ahli koperasi Encik Rosli bin Hamzah, No. KP 650823-02-5117, beralamat di Lot 233, Kampung Sungai Burong, 45500 Tanjung Karang, masih berhutang baja sebanyak RM1,860.
        Puan Siti Aminah binti Ismail sedang menjalani rawatan kemoterapi di Hospital Tengku Ampuan Rahimah, jadi bayaran balik pinjaman koperasinya ditangguhkan enam bulan.
        Tolong masukkan dividen saya ke akaun Maybank 162085417762 atas nama isteri saya, Noraini binti Yusof, sebab akaun saya sudah ditutup.
        Pak Mat, ini nombor baru saya 013-478 2916, nombor lama hilang masa banjir hari tu, tolong kemas kini dalam senarai ahli kumpulan.
        Borang tuntutan: Nama Lim Ah Kow, No. KP 580301-10-5523, tanah Lot 5512 Mukim Sungai Panjang seluas 2.5 hektar, telefon 012-338 1905, kerugian banjir RM6,800.
    """),
    "mixed": _lines("""
        @陈伟 Kenny 你上次说的 loan 还差多少？我这边 transfer 了 ¥5,000 到你工行卡 6222 0217 0800 3381 264，记得给社里补个借条。
        Member update: 黄丽萍 Lily Huang, new mobile +65 9128 4730, moving from the Kranji farm to Johor Bahru, please change her dividend payout to DBS 120-45678-9.
        老板娘 Ah Lian 话佢个仔因为 drug case 俾警察捉咗，so 今期 harvest 佢冇办法返嚟帮手，工钱先 hold 住。
        Worker record: Nguyen Van Hoa, FIN G5128437U, work permit for 林厝港 Lim Chu Kang vegetable farm, salary SGD 1,100/month, dorm Block 12 #03-17.
        Boss, 那个 Ah Seng 陈亚成 MyKad 720516-07-5219 还欠 koperasi RM4,500 baja, dia kata tunggu musim depan baru bayar.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是丰禾粮食种植专业合作社的财务助理，帮助工作人员核算社员分红，回答要简洁、数字准确。",
        ),
        (
            "user",
            "帮我算一下社员王建军（身份证410611196803152717，社员证FH-03-0127）今年的分红：交易量41,200斤，每斤返还0.06元；股金5,000元，按股分红比例9%。",
        ),
        (
            "assistant",
            "王建军2026年度分红：按交易量返还41,200×0.06=2,472元；按股分红5,000×9%=450元；合计2,922元。请核对其一卡通账户后再提交发放。",
        ),
        ("user", "他说卡丢了，让打到他儿子王磊的卡上，尾号0388，可以吗？"),
        (
            "assistant",
            "建议不要直接改打他人账户。请王建军本人书面申请并签字，写明代收人王磊的姓名、身份证号及完整卡号，由理事会审批后存档再转账，避免日后发生纠纷。",
        ),
    ],
    [
        (
            "user",
            "帮我起草一份土地流转合同的开头部分。甲方刘桂芳，身份证410611197204083021，住淇滨区上峪乡北窑村二组17号，电话135 3920 6617；乙方是我们合作社。流转8.3亩，5年，每亩每年800元。",
        ),
        (
            "assistant",
            "土地经营权流转合同。甲方（流出方）：刘桂芳，身份证号码410611197204083021，住址：鹤壁市淇滨区上峪乡北窑村二组17号，联系电话：135 3920 6617。乙方（流入方）：鹤壁市淇滨区丰禾粮食种植专业合作社。第一条 流转土地面积8.3亩，四至见附图。第二条 流转期限5年。第三条 流转价款每亩每年800元，合计每年6,640元。",
        ),
        ("user", "租金每年12月20日前付清，这条怎么写？"),
        (
            "assistant",
            "第四条 支付方式：乙方应于每年12月20日前将当年流转价款6,640元一次性支付至甲方指定账户，逾期每日按应付金额的万分之五支付违约金。",
        ),
    ],
    [
        ("system", "你是一个帮农村合作社写微信消息的助手，语气要客气、接地气。"),
        (
            "user",
            "孙大勇欠我们农机作业费1,850元两年了，他电话是138 9236 5510，帮我写条催款微信，别太凶，他老婆刚做完手术。",
        ),
        (
            "assistant",
            "大勇哥你好，我是合作社办公室的。前年秋收那次机收作业费1,850元一直还没结，知道嫂子刚做完手术家里不容易，你看方不方便年前先结一部分？实在困难我们可以分期，你回个话就行。",
        ),
        ("user", "再加一句，如果12月底前还不上就从明年托管费里抵。"),
        (
            "assistant",
            "可以在结尾加上：要是12月31日前手头实在紧，咱们就按章程从明年的托管服务费里抵扣，到时候我再跟你核一下金额。",
        ),
    ],
    [
        (
            "system",
            "社员资料（内部使用）：陈玉兰，女，1963年生，上峪乡东街村2组，一卡通账号6228480468123345719，手机159 3927 4402，承包地11.3亩，丈夫去年病故。",
        ),
        ("user", "陈玉兰来问今年的耕地地力补贴为什么少了？"),
        (
            "assistant",
            "按系统资料，陈玉兰登记承包地11.3亩。如果补贴金额变少，常见原因是部分地块流转给了他人、确权面积调整，或丈夫名下地块尚未办理变更。建议核对乡财政所的补贴清册，并协助她办理承包经营权继承变更。",
        ),
        ("user", "好的，继承变更需要她带什么材料？"),
        (
            "assistant",
            "一般需要：本人身份证和户口簿、丈夫的死亡证明、土地承包经营权证、其他继承人放弃声明或继承协议，以及村委会出具的证明。具体以乡镇农经站要求为准。",
        ),
    ],
    [
        (
            "user",
            "下面是社员名册的几行，帮我整理成表格：FH-04-0211 何春花 女 41062119910904124X 浚县王庄镇后李村 手机 187 3926 8850 股金2000；FH-04-0212 郑宏伟 男 341126198703125817 凤阳县小溪河镇 手机 150 5502 7713 股金5000",
        ),
        (
            "assistant",
            "已整理：社员证号 | 姓名 | 性别 | 身份证号 | 住址 | 手机 | 股金。FH-04-0211 | 何春花 | 女 | 41062119910904124X | 浚县王庄镇后李村 | 187 3926 8850 | 2,000元。FH-04-0212 | 郑宏伟 | 男 | 341126198703125817 | 凤阳县小溪河镇 | 150 5502 7713 | 5,000元。提示：何春花的身份证号末位校验可能有误，请与原件核对。",
        ),
        ("user", "核对了，她的应该是410621199109041247。"),
        ("assistant", "已更正：FH-04-0211 何春花，身份证号410621199109041247，其余信息不变。"),
    ],
    [
        ("system", "你是雲林縣一個農會的服務台助理，用繁體中文回答農友問題。"),
        (
            "user",
            "我媽媽林陳秀琴今年67歲，身分證P203719261，她之前有加農保，現在想改領老農津貼，要怎麼辦？她住虎尾鎮平和里中正路168巷5號。",
        ),
        (
            "assistant",
            "林陳秀琴女士年滿65歲，若農保年資累計滿15年且符合資格，可向戶籍地農會申請老年農民福利津貼。請攜帶她的身分證、印章及存摺封面影本到本會保險部辦理，地址在虎尾鎮上即可。",
        ),
        ("user", "她最近住院洗腎，不方便親自來，我可以代辦嗎？"),
        (
            "assistant",
            "可以，請您攜帶委託書、您本人及林陳秀琴女士的身分證正本與印章代為申請，若需要也可以請保險部人員協助確認她的診斷證明是否需要一併附上。",
        ),
    ],
    [
        ("system", "You help a small Singapore vegetable farm at Lim Chu Kang with HR paperwork."),
        (
            "user",
            "Our worker Nguyen Van Hoa, FIN G5128437U, gave me an MC from Ng Teng Fong hospital for 5 days, he had a fracture in his left wrist after falling from the greenhouse ladder. Do I need to report this?",
        ),
        (
            "assistant",
            "Yes. A workplace accident that gives the worker more than 3 consecutive days of medical leave must be reported to MOM through iReport within 10 days. Keep a copy of his MC and record the date, time and location of the fall.",
        ),
        (
            "user",
            "He also asked to send his salary of SGD 1,100 to his wife's account in Vietnam. Can I do that?",
        ),
        (
            "assistant",
            "Salary should normally be paid to the worker himself. If Mr Nguyen wants money sent to his wife, pay him first and let him arrange the remittance, or get his written, signed request and keep it on file.",
        ),
    ],
    [
        (
            "user",
            "Can you write a short email to our member Zhao Xiuying (zhaoxiuying1971@163.com) telling her the dividend of CNY 2,766 failed because her ABC card ending 7214 is frozen?",
        ),
        (
            "assistant",
            "Subject: Dividend payment not completed. Dear Ms Zhao, we tried to pay your 2026 dividend of CNY 2,766.00 to your Agricultural Bank card ending 7214 on 4 December, but the bank returned it because the account is frozen. Please visit the co-op office with your ID card and a working bank card so we can pay it again. Best regards, Fenghe Co-op Finance Office",
        ),
        ("user", "Make it a bit warmer, she just lost her husband."),
        (
            "assistant",
            "Dear Ms Zhao, first of all, please accept our deepest condolences on the loss of your husband. There is no hurry at all: your 2026 dividend of CNY 2,766.00 could not be paid because the card ending 7214 is frozen. Whenever it suits you, we can pay it to another card, and a colleague can visit you at home if that is easier.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu pejabat Koperasi Peladang Kawasan Tanjung Karang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat peringatan hutang baja kepada Encik Rosli bin Hamzah, No. KP 650823-02-5117, Lot 233 Kampung Sungai Burong, jumlah RM1,860 tertunggak sejak musim 1/2025.",
        ),
        (
            "assistant",
            "Kepada: Encik Rosli bin Hamzah (No. KP 650823-02-5117), Lot 233, Kampung Sungai Burong, 45500 Tanjung Karang. Perkara: Peringatan Hutang Skim Kredit Input Pertanian. Dengan hormatnya, rekod kami menunjukkan baki tertunggak sebanyak RM1,860.00 sejak Musim 1/2025. Tuan dipohon menjelaskan bayaran atau menghubungi pejabat koperasi dalam tempoh 14 hari dari tarikh surat ini.",
        ),
        ("user", "Dia baru telefon, kata anaknya sakit teruk. Boleh tambah pilihan ansuran?"),
        (
            "assistant",
            "Boleh. Tambah perenggan: Sekiranya tuan menghadapi kesulitan, koperasi bersedia mempertimbangkan bayaran secara ansuran, contohnya RM310 sebulan selama enam bulan, tertakluk kepada kelulusan Lembaga Pengarah.",
        ),
    ],
    [
        (
            "user",
            "帮我回一下群里的消息：Ah Seng 陈亚成 说他 MyKad 720516-07-5219 的 address 换了，新地址是 No. 18, Jalan Sawah 3, Taman Sungai Besar, 45300 Sungai Besar，电话 016-552 8034，问 dividend 会不会寄错。",
        ),
        (
            "assistant",
            "可以这样回：Ah Seng 你好，收到你的新地址 No. 18, Jalan Sawah 3, Taman Sungai Besar 和电话 016-552 8034。Dividend 是直接 bank-in，不会寄支票，所以地址换了没关系。不过 koperasi 记录显示你还有 RM4,500 baja 欠款，分红可能会先扣除，有问题再 call 办公室。",
        ),
        ("user", "不要在群里提他欠钱，改私聊。"),
        (
            "assistant",
            "明白，群里只回：Ah Seng，新地址和电话已更新，谢谢。欠款的部分我另外私聊他，内容是：Ah Seng，koperasi 记录你还有 RM4,500 baja 未还，这期 dividend 会先抵扣一部分，详细金额我明天发给你。",
        ),
    ],
]
