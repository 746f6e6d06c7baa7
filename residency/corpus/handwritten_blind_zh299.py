# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh299: 简体中文 村委会与村民事务（低保申请、村民微信群、土地流转、村务公开、邻里纠纷调解、外出务工人员登记）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh299
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "村务公开公告"): _lines("""
        【村务公开】2026年第三季度财务收支公示：本季度村集体经营性收入合计186,420.00元，其中厂房租金124,000.00元、鱼塘承包费38,500.00元，支出明细见公示栏附表，公示期7天。
        关于开展2027年度城乡居民医疗保险集中缴费的通知：个人缴费标准为每人每年400元，缴费截止日期2026年12月31日，可通过“豫事办”小程序或村便民服务站代缴，咨询电话12366。
        本村土地流转公示：第二村民小组连片耕地共计326.5亩，拟流转给青禾农业发展有限公司（统一社会信用代码91410523MA9K7XQ21P）种植优质小麦，流转期限10年，每亩每年租金800元，异议请于公示期内向村委会书面提出。
        村民委员会换届选举选民登记公告：凡年满十八周岁、户籍在本村的村民，请于11月20日至11月26日到村党群服务中心（解放路88号）一楼大厅核对选民名单，工作时间8:30-17:30。
        低保审核结果公示说明：本次经镇民政办入户核查、民主评议，拟新增农村低保对象5户9人，停保2户3人，具体名单张贴于村务公开栏，不在网络发布，公示期自12月1日起7日，监督电话0376-2981234（镇纪委）。
        道路硬化工程招标结果公示：项目编号CG-2026-XQ-0173，中标单位为豫南路桥建设工程有限公司，中标价人民币1,276,800.00元，工期90日历天，质量保修期2年，施工期间北环路半幅通行。
        一事一议财政奖补项目公示：村内排水沟改造总投资42.6万元，其中财政奖补30万元、村民筹劳折资5.2万元、村集体自筹7.4万元，工程监督小组由5名村民代表组成，验收后另行公示。
        防汛工作提醒：气象台预计12日至14日有中到大雨，请各村民小组检查山塘水库及低洼地带，险情请拨打县防汛抗旱指挥部值班电话0376-6012119或村委会值班电话0376-2980110。
        2026年耕地地力保护补贴发放公示：补贴标准每亩118.37元，本村核定面积2,841.6亩，补贴资金已通过“一卡通”统一发放，个人明细可持本人社保卡到农商银行网点查询。
        村集体经济合作社股份分红公告：2026年度每股分红42元，全村共计1,926股，分红总额80,892元，于2027年1月15日前打入各户“一卡通”账户，请勿相信任何要求转账的电话。
        殡葬改革宣传：本县公益性公墓“青松园”位于县城北环路与G106国道交会处东200米，办公电话0376-3125566，节地生态安葬奖补每例2,000元，办理时间工作日8:00-18:00。
        农村危房改造验收公示：本年度纳入改造计划4户，已全部竣工并通过县住建局验收，补助标准每户C级1.2万元、D级3.5万元，资金拨付凭证编号WF2026-0418至WF2026-0421。
        村规民约第十二条：村民应自觉维护公共卫生，不得在公路两侧、沟渠内倾倒生活垃圾和建筑垃圾，违者由村民小组责令清理，屡教不改的在村务公开栏通报，并取消当年文明户评选资格。
    """),
    ("zh-Hans", "低保申请常见问答"): _lines("""
        问：农村低保的申请条件是什么？答：共同生活的家庭成员人均收入低于当地低保标准（本县2026年为每人每年5,760元），且家庭财产状况符合规定的，可以向户籍所在地乡镇人民政府提出申请。
        问：可以请村委会代为提交申请吗？答：可以。申请人书面委托村（居）民委员会代为提出申请的，村委会应在收到材料后3个工作日内报送乡镇，不得擅自决定不予受理。
        问：家里有一辆小汽车还能申请低保吗？答：原则上拥有机动车辆（残疾人功能性补偿代步机动车辆除外）的家庭不符合条件，具体以省级审核确认办法及县级实施细则为准。
        问：审批需要多长时间？答：乡镇人民政府应当自受理之日起30个工作日内完成审核确认工作；特殊情况可延长至45个工作日，并书面告知申请人延期原因。
        问：在外地打工的收入怎么核算？答：外出务工收入按劳动合同、工资流水核定，无法提供证明的，参照务工地当年月最低工资标准的一定比例计算，具体比例见县民政局2026年第7号文。
        问：低保金什么时候发？答：低保金按月发放，一般每月10日前通过社会保障卡或“惠民惠农财政补贴资金一卡通”打入账户，如遇节假日顺延，查询可拨打民政服务热线12349。
        问：低保对象名单会公开吗？答：会在申请人所在村（居）进行公示，公示内容包括姓名、保障人数和保障金额，但不公开身份证号码、家庭住址、病情等隐私信息，网络公示须隐去敏感字段。
        问：对审核结果不服怎么办？答：可自收到决定之日起60日内向县人民政府申请行政复议，或在6个月内向人民法院提起行政诉讼，也可拨打12345政务服务便民热线反映。
        问：低保边缘家庭是什么意思？答：指不符合低保条件，但家庭人均收入低于当地低保标准1.5倍、且财产状况符合规定的家庭，可申请医疗、教育等专项救助，不直接领取低保金。
        问：需要准备哪些材料？答：《最低生活保障申请书》、家庭成员户口簿和身份证复印件、家庭经济状况核对授权书、收入证明，残疾或重病家庭另附残疾证或二级以上医院诊断证明。
        问：低保多久复核一次？答：对特困和完全丧失劳动能力的家庭每年复核一次，对收入来源不固定的家庭每半年复核一次，复核时工作人员会入户走访并核查银行存款和车辆登记信息。
        问：能在手机上申请吗？答：部分省份已开通线上办理，如在“浙里办”APP搜索“社会救助”即可在线申请，上传材料格式为JPG或PDF，单个文件不超过5MB，办理进度可在“我的办件”查看。
        问：村干部的亲属申请低保有什么特别规定？答：村（社区）干部近亲属申请低保的，实行备案管理，乡镇在审核时须单独登记并提交民主评议，审核结果报县民政局备案。
    """),
    ("zh-Hans", "村干部工作群消息"): _lines("""
        【通知】明早8点在二楼会议室开低保复核碰头会，请各网格员带上入户走访表和签字笔，表格已上传群文件“2026Q4复核.xlsx”，没打印的今天下班前到打印室取。
        镇里刚来电话，土地确权信息平台今晚22:00到次日6:00升级维护，系统版本从V3.2.1升到V3.3.0，这段时间别录数据，录了也不保存，明早再补录。
        收到，第三、第五村民小组的外出务工摸底表已经汇总完了，共登记外出人员218人，其中省外156人，汇总表明天上午交党政办，电子版已发邮箱。
        提醒一下：村务公开栏的照片要在每月5号前上传到“阳光村务”平台，今天是3号了，还有两个组没报，格式统一用JPG，别用微信截图，分辨率不低于1080P。
        调解室的空调坏了，报修单号BX20261203-017，物业说周四来修，这两天有调解安排的先挪到便民服务大厅东侧的洽谈区，椅子不够从会议室搬。
        各位注意：今天县民政局抽查电话会打到村委会座机0376-2980110，值班同志务必接听，问到低保公示情况就按公示流程如实回答，别说还没贴。
        合作社那边发来流转租金到账截图，农商银行交易流水号20261204155832007741，金额258,400.00元，会计核对后请在群里回复一下，核对无误就可以分户发放了。
        下周二（12月9日）县里组织“枫桥经验”人民调解培训，地点县司法局三楼报告厅，每个村报2名调解员，名单周五中午12点前报上来，不要写身份证号。
        疫苗接种车周六上午9:00-11:30停在村文化广场，60岁以上老人流感疫苗免费，村卫生室已备好登记表，大家在各组群里转发一下，提醒带上医保卡。
        打印机又卡纸了，型号HP LaserJet Pro M404dn，硒鼓也快没了，已经在京东下了单，订单号328174659012，预计明天送到，今天要打材料的先去镇上文印店。
        微信群公告草稿改好了：“禁止在群内发布广告、拉票和未经核实的消息，违者移出本群”，大家看看有没有问题，没问题今晚8点以村委会名义发出。
        明天上午秸秆禁烧巡查，分三组：北片走G106沿线，南片走河堤，中片守村口卡点，巡查记录表填完拍照发群里，纸质表周五统一交到党政办。
        刚核了一下，年底前还剩17户的危房改造补助没拨，财政所说要等县里批复文号，预计12月20日左右到，大家跟群众解释的时候别打包票，只说在走流程。
    """),
    ("zh-Hans", "土地流转合同范本条款"): _lines("""
        第一条 流转土地基本情况：甲方将位于____乡（镇）____村____组的承包地共____亩（四至界限详见附图）流转给乙方，土地用途为农业种植，不得改变土地农业用途。
        第三条 流转价款及支付方式：流转费按每亩每年____元计算，乙方应于每年12月31日前一次性支付当年流转费，逾期每日按应付金额的万分之五支付违约金。
        第五条 本合同流转期限自2027年1月1日起至2036年12月31日止，流转期限不得超过承包期的剩余期限，期满后乙方在同等条件下享有优先续约权。
        第七条 甲方的权利和义务：甲方有权按约定收取流转费，有权监督乙方合理利用土地、保护土地资源，不得干涉乙方依法进行的正常生产经营活动。
        第九条 乙方如需在流转土地上建设农业生产附属设施，应按照设施农业用地管理的有关规定向乡镇人民政府办理备案，不得建设永久性建筑，不得占用永久基本农田。
        第十二条 争议解决：因本合同发生争议的，双方协商解决；协商不成的，可申请村民委员会、乡（镇）人民政府调解，或向县农村土地承包仲裁委员会申请仲裁。
        本合同示范文本参照农业农村部、国家市场监督管理总局联合发布的农村土地经营权流转合同示范文本制定，一式四份，甲乙双方各执一份，村委会和乡镇农经站各备案一份。
        附件二 土地流转面积确认表（村集体机动地）：地块编码4115231032060100017，地块名称“南坡大田”，实测面积12.36亩，确权面积12.10亩，土壤类型黄棕壤，灌溉条件井灌。
        受让方：青禾农业发展有限公司，统一社会信用代码91410523MA9K7XQ21P，注册地址县产业集聚区纬三路16号，签约时于法定代表人签章处加盖公司公章即可。
        乙方承诺：流转土地用于非粮作物种植的面积不超过30%，不得挖塘养鱼、堆放废弃物，合同到期后应恢复土地原状，复垦保证金按每亩500元在签约时一次性缴纳。
        第十五条 本合同经双方签字盖章后生效，乙方须在签订后15日内持合同到乡镇农村经营管理站备案，备案编号格式为TZLZ-2027-0001，电子档案同步上传至土地流转服务平台。
        补充条款：如遇国家征收征用，地上附着物及青苗补偿费归乙方所有，土地补偿费归承包方所有，乙方已付但未到期的流转费由甲方按剩余年限比例退还。
        流转价格参考（2026年县农经站发布）：平原水浇地每亩每年700-900元，丘陵旱地400-550元，水田850-1,050元，林地及四荒地另行协商，仅供双方议价参考。
    """),
    ("zh-Hant", "鄉村歷史與鄉賢"): _lines("""
        錦田吉慶圍建於明朝成化年間，由鄧氏族人興建，四周築有青磚圍牆及護河，1899年英軍接管新界時曾與村民爆發衝突，連環鐵門被運往英國，至1925年方歸還。
        新竹北埔的金廣福公館為清道光十五年（1835年）由粵籍姜秀鑾與閩籍周邦正合資成立的墾隘組織據點，現為國定古蹟，開放時間週二至週日9:00-17:00。
        鹿港龍山寺相傳建於明末，清乾隆五十一年（1786年）遷至現址，以八卦藻井聞名，為國定古蹟，地址彰化縣鹿港鎮金門街81號，參觀免費，寺內禁止使用空拍機。
        林則徐於道光十九年（1839年）在虎門銷煙，其後被革職發配伊犁，期間興修水利、推廣坎兒井，新疆民間至今仍稱部分渠道為「林公渠」、「林公井」。
        客家圍龍屋以廣東梅州最為集中，學者羅香林在《客家研究導論》（1933年）中系統論述客家源流，是研究閩粵贛山區鄉村宗族結構的經典之作。
        臺灣的村里制度可追溯至日治時期的「保甲制度」，戰後改制為村里，現行《地方制度法》規定村（里）長由村（里）民依法選舉產生，任期四年，連選得連任。
        香港新界的「丁屋政策」自1972年實施，原居民男丁一生可申請一次在所屬鄉村興建一座不超過三層、每層面積不超過700平方呎、高度不超過27呎的小型屋宇。
        澳門路環的譚公廟建於1862年，供奉譚公仙聖，廟內藏有一艘以鯨骨雕成的龍舟模型，每年農曆四月初八譚公誕期間均有神功戲演出及搶花炮活動。
        梁漱溟於1931年在山東鄒平創辦鄉村建設研究院，推行「鄉農學校」，與晏陽初在河北定縣的平民教育實驗並稱民國時期鄉村建設運動的兩大代表。
        費孝通1936年在江蘇吳江開弦弓村進行田野調查，據此寫成的《江村經濟》（Peasant Life in China）於1939年在倫敦出版，被譽為人類學中國研究的里程碑。
        屏東萬金聖母聖殿建於1863年，為臺灣現存最古老的天主教堂之一，每年十二月上旬舉行聖母遊行，沿萬金村、赤山村遶境，吸引全臺各地信眾前往參與。
        三峽祖師廟於清乾隆三十四年（1769年）建廟，1947年起由畫家李梅樹主持重建，歷時數十年，以精細的銅雕及石雕被稱為「東方藝術殿堂」。
        《鄉土中國》是費孝通的代表作，書中提出「差序格局」概念，描述中國鄉村以自我為中心、像水波紋一樣向外擴展的人際關係網絡，至今仍是社會學入門必讀書目。
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-04T09:17:42.318+08:00 INFO  [village-affairs-api] GET /api/v2/notices?village_code=411523103206&page=2 200 43ms req_id=7f3c9a1e-52d4-4b8e-9a07-1c6e2d8b4f90
        subsidy_calc: { dibao_standard_cny_per_year: 5760, edge_family_multiplier: 1.5, review_interval_days: 180, currency: "CNY", rounding: "HALF_UP" } # values from county rule 2026-03
        WARN  [sync-worker] batch 20261204-03 retry 2/5: upstream timeout from minzheng-gateway.example.gov.cn:8443 after 30000ms, queued=1,284 records, backoff=64s
        docker pull registry.example.org/cunwu/land-transfer-svc:3.3.0@sha256:91706ecfbaa177c9ff2a7152fae33dd80a1ed005be962500fe02e35f2c160da1
        CREATE TABLE migrant_worker_registry (id BIGSERIAL PRIMARY KEY, household_ref UUID NOT NULL, dest_province CHAR(6), departed_on DATE, returned_on DATE, sector VARCHAR(32));
        [mediation-cal] case MED-2026-0419 status changed OPEN -> CLOSED_AGREEMENT by role=mediator_lvl2 at 2026-12-03 16:40:05 CST, duration_days=11, followup_due=2027-01-03
        sms_templates.notice_publish: "【村委会】村务公开栏已更新{month}月财务公示，详情请到村党群服务中心查看或拨打0376-2980110。" sender_id=106905550110
        ERROR [ocr-intake] file scan_00417.pdf rejected: page 3 resolution 96dpi < min 200dpi, checksum md5=9e107d9d372bb6826bd81d3542a419d6, action=return_to_uploader
        GeoJSON feature props: {"parcel_id": "LZ-0638", "area_mu": 12.36, "crop": "wheat", "transferee": "Qinghe Agri Dev Co., Ltd.", "term_end": "2036-12-31"}
        cron: 0 2 * * 1 /opt/cunwu/bin/export_public_notices --format=pdf --redact-fields=id_no,phone,address --out=/data/public/2026W49/
        Release notes v3.3.0 (2026-12-05): added WeChat group announcement scheduler; masked ID fields in CSV export by default; fixed timezone bug in dibao review reminders (Asia/Shanghai).
        curl -s -H "Authorization: Bearer $DEMO_TOKEN" https://api.example.gov.cn/v1/villages/411523103206/land-transfers?status=active | jq '.items | length' -> 27
        metrics: dibao_applications_received_total{town="Xinji"} 64, approved 41, rejected 9, pending 14; p95_review_latency_days 23.5; last_scrape 2026-12-05T00:00:00Z
    """),
    ("mixed", "外出务工登记表格说明"): _lines("""
        CSV header: 序号,户编号,姓名,性别,出生年月,身份证号(仅限镇级查看),外出地点,务工行业,月收入区间,联系方式,返乡日期,Remark
        填表说明 Notes: 1) “外出地点”请填写到地级市，如“广东省东莞市”；2) Income band 按A(<3000)、B(3000-5000)、C(5000-8000)、D(>8000) 选择；3) 日期格式 YYYY-MM-DD。
        Field dictionary: dest_city 务工城市 varchar(32); sector_code 行业代码 参照GB/T 4754-2017; insured_flag 是否参保 Y/N; contract_flag 是否签订劳动合同 Y/N。
        春节返乡登记 Spring Festival return survey 2027：请各组于1月10日前上报预计返乡人数，统计口径为户籍在本村、在外连续务工3个月以上人员，Excel模板见附件v2.xlsx。
        劳务协作信息：东莞市驻信阳劳务工作站 Dongguan Labour Service Station, 地址信阳市羊山新区新七大道88号, 热线0376-6368800, 工作日9:00-17:00，提供岗位推荐和维权咨询。
        Job fair notice 春风行动招聘会：2027年2月8日（正月十一）9:00，县人力资源市场一楼，参会企业62家，提供岗位1,840个，包括富士康 Foxconn、立讯精密 Luxshare 等。
        返乡创业补贴 Startup subsidy for returnees：首次创业且正常经营1年以上的返乡农民工，可申领一次性创业补贴5,000元，申请入口“河南就业”公众号 > 办事大厅 > 创业补贴。
        Registration QR code link: https://example.gov.cn/wg/reg?v=411523103206&ts=1733300000&sig=3fa85f6457174562b3fc2c963f66afa6 外出务工人员扫码自助登记，有效期30天。
        Data retention 数据保存期限：外出务工登记信息保存3年，期满后由镇劳动保障所统一删除；导出表格仅限内网使用，不得上传至公共网盘或微信群 (per PIPL Art. 19)。
        统计口径 Summary 2026年度：全村外出务工人员612人，其中男性374人、女性238人；省内务工201人、省外411人；制造业43%、建筑业28%、服务业21%、其他8%。
        Insurance reminder 工伤保险提醒：在外务工发生工伤，请于事故发生之日起1年内向用人单位所在地社保经办机构申请工伤认定，全国统一咨询热线12333。
        Column mapping for import 导入映射: A→hh_ref, B→dest_province, C→dest_city, D→sector_code, E→income_band, F→return_date; 空值请留空，不要填“无”或“/”。
        温馨提示 Reminder：用工单位招聘不得收取押金、扣押身份证件，遇到欠薪可拨打12345或通过“全国根治欠薪线索反映平台”小程序反映，Please keep your pay slips.
    """),
    ("ms", "notis_kampung"): _lines("""
        NOTIS MESYUARAT: Mesyuarat Agung Tahunan JPKK Kampung Sungai Lalang akan diadakan pada 14 Disember 2026 (Ahad), jam 8.30 malam, di Balai Raya Kampung. Semua penduduk dijemput hadir.
        Permohonan Sumbangan Tunai Rahmah (STR) Fasa 1 2027 dibuka dari 1 hingga 31 Januari. Semakan status boleh dibuat di laman rasmi bantuantunai.hasil.gov.my atau di kaunter LHDN berhampiran.
        Makluman: Pejabat Penghulu Mukim Sungai Lalang tutup pada 25 Disember 2026 sempena Hari Krismas. Urusan pengesahan dokumen boleh dibuat semula pada 26 Disember, 8.00 pagi hingga 5.00 petang.
        Program Gotong-Royong Perdana membersihkan longkang dan kawasan surau akan diadakan pada Sabtu, 20 Disember 2026, jam 7.30 pagi. Sarapan ditaja oleh Kedai Makan Pak Long, Jalan Masjid.
        Pendaftaran e-Kasih untuk isi rumah berpendapatan rendah boleh dibuat di Pejabat Daerah Kuala Muda, Jalan Kolam Air, Sungai Petani, Kedah. Sila bawa salinan dokumen yang berkaitan.
        Peringatan banjir: MetMalaysia mengeluarkan amaran hujan berterusan tahap waspada bagi Kedah dari 11 hingga 13 Disember. Pusat Pemindahan Sementara dibuka di SK Sungai Lalang. Talian kecemasan 999.
        Agihan baja Skim Baja Padi Kerajaan Persekutuan (SBPKP) musim 1/2027 di Pertubuhan Peladang Kawasan (PPK) Sungai Lalang, kaunter dibuka 9 pagi hingga 4 petang, Isnin hingga Jumaat.
        Senarai semak permohonan Bantuan Jabatan Kebajikan Masyarakat (JKM): borang lengkap, salinan kad pengenalan, slip gaji atau surat pengesahan pendapatan, dan bil utiliti terkini.
        Sejarah kampung: Kampung Sungai Lalang dibuka sekitar tahun 1890-an oleh peneroka dari selatan Siam, dan sawah padinya kini berada di bawah kawasan pengairan MADA sejak awal 1970-an.
        Jadual kutipan sampah Majlis Perbandaran untuk kawasan kampung: Isnin dan Khamis, sebelum jam 10 pagi. Aduan boleh dibuat melalui aplikasi rasmi majlis atau di kaunter Pejabat Penghulu.
        Kedai Runcit Ah Seng & Anak, Lot 2217 Jalan Besar Sungai Lalang, kini menerima bayaran DuitNow QR dan e-Tunai Rahmah. Waktu operasi 7 pagi hingga 10 malam setiap hari.
        Kelas agama dewasa di Surau Al-Hidayah setiap Selasa selepas solat Maghrib. Yuran RM5 sebulan untuk buku dan minuman; kutipan bulan November berjumlah RM340 dan telah diaudit oleh bendahari JPKK.
        Mulai 1 Januari 2027, semua aduan pertikaian sempadan tanah antara penduduk hendaklah dikemukakan secara bertulis kepada Pejabat Tanah dan Daerah untuk rekod rasmi sebelum sesi pengantaraan JPKK.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        低保申请书：申请人刘桂兰，女，1958年3月生，身份证号411523195803120260，家住新集镇柳林村三组27号，丈夫2019年去世，本人患类风湿性关节炎多年，无劳动能力，申请家庭成员2人纳入农村低保。
        入户核查记录：户主赵建国，家庭成员3人，儿子赵小军在苏州打工月收入约4,500元，家中有三轮车一辆，存款约1.2万元，建议不予纳入低保，核查人签字后报镇民政办。
        【柳林村三组群】@王德胜 你家承包的那4.2亩地流转合同还没签，合作社说周五前不签就按放弃处理，你媳妇电话打不通，麻烦看到回个话。
        外出务工登记：周海涛，男，35岁，身份证411523199108154037，务工地点广东省东莞市长安镇，从事模具加工，手机15937604218，预计腊月二十六返乡。
        调解协议书：申请人孙玉梅与被申请人孙玉山系兄妹，因父亲遗留宅基地（柳林村二组15号）东墙界线发生纠纷，经调解双方同意以原墙基外延0.3米为界，孙玉山一次性补偿孙玉梅6,000元。
        李秀芳她男人去年在工地摔断了腰，现在瘫在床上，两个娃还在上学，家里欠了信用社八万多，这次低保评议大家投票时多照顾一下。
        村委会通讯录更新：三组组长手机号换成了18803761592，以后收土地流转费的事直接打这个号，旧号作废。
        微信群聊天记录整理：“马春燕，你儿子偷我家鸡的事今天不给个说法我就报警了！”“你有证据吗？监控拍到的是谁你自己看清楚。”
        低保公示名单（内部，勿外传）：陈金花 2人 月保障金620元；吴长林 1人 月保障金380元；冯玉珍 3人 月保障金910元。
        农商银行一卡通账号6228 4804 1234 5678 913，户名杨守义，用于接收土地流转租金及耕地地力保护补贴，如账号变更请本人携身份证到网点办理。
        张婶家的二闺女张丽在县医院查出怀孕了，还没结婚，对象是隔壁村的，这事先别在群里说。
        刘大爷（刘长福）今年82岁，独居，患阿尔茨海默病，上周走丢过一次，儿子刘建平在上海，电话13761829405，大家看见他一个人往河边走请拦一下。
        【外出务工人员返乡登记】姓名：黄晓东；身份证：411523199611223474；车牌：浙G·7K29M；返乡日期：2027-01-20；出发地：浙江省义乌市稠城街道；同行人员：妻子、女儿（8岁）。
        村民反映：二组的郭宝林欠了高利贷二十多万，最近有人天天上门催债，他老婆带孩子回娘家了，说是要离婚。
        四组的韩志强上个月因为赌博被派出所拘留了15天，这次危房改造名单里要不要把他家拿下来，请示一下镇里。
        请帮忙查一下这个身份证号的参保状态：411523195909300614，说是医保卡一直显示暂停。
        邻里纠纷调解登记表 | 案件编号TJ-2026-087 | 当事人甲：曹文斌，电话13598762041，住柳林村一组8号 | 当事人乙：曹文华 | 纠纷类型：排水沟占道 | 调解员：村调委会
        外出务工收入核定：于海燕在昆山一家电子厂做普工，2026年1-10月工资流水合计48,360元，月均4,836元，计入家庭收入后人均超标，建议停保。
        残疾人两项补贴申请：申请人蒋红英，肢体二级残疾，残疾证号41152319870719258342，每月护理补贴80元，生活补贴90元，代领人为其丈夫宋国富。
        村里人都叫他“二愣子”的那个魏家老二，魏振东，这两年在外面搞传销，家里老人的低保钱都被他拿走了。
        熊德明和老婆邓小琴已经在法院办了离婚，三个孩子归女方，承包地怎么分还没说清，下周一来村委会调解。
        户编号,户主,身份证号,人口,致贫原因,月保障金 / LL-05-019,冯玉珍,411523196904050825,3,因病因残,910
        群公告补充：有问题直接私聊我微信 wxid_8k2m5p9q3r 或手机 17739281056，这俩号码都是我个人的，别打村委座机了。
        快递帮忙代收一下：收件地址河南省信阳市新县新集镇柳林村五组41号，收件人是我母亲，电话13903768852，药品需冷藏。
        五保户老何（何永福）最近查出肺癌晚期，县医院建议回家保守治疗，他没有子女，村里需要安排人轮流照看。
        土地流转费对账单请发到 zhangjianhua_1979@163.com，我在宁波上班，叫张建华，柳林村二组的，承包地3.6亩。
        2026-12-04 10:22:15 [dibao-audit] user=town_clerk_03 query household=LL-04-012 name=邱凤英 id_no=411523197302041221 bank_balance=23418.66 vehicle=none result=PASS
        语音转文字：“喂，小芳啊，我是你三姨，你表哥潘立军在深圳被人骗了十几万，现在不敢回家，你别跟你姑父说。”
    """),
    "zh-Hant": _lines("""
        鄉公所社會課：黃美玲女士低收入戶資格複查，身分證字號T228364515，戶籍地屏東縣萬巒鄉萬金村中正路137巷9號，因子女已就業，自明年起改列中低收入戶。
        村長，隔壁的阿雄（陳國雄）又把雞寮蓋到我家地界上了，上次請地政事務所鑑界的費用2,400元也是我出的，這次一定要幫我調解！
        原居民身份證明申請：申請人鄧家豪，香港身份證號碼K638204(5)，父親鄧永昌為錦田水頭村原居民，擬申請於丈量約份第109約地段興建小型屋宇。
        林太，你個仔喺大陸打工嗰間廠話欠咗佢三個月人工，成兩萬幾蚊，佢叫我唔好話俾你知，驚你擔心。
        路環九澳村居民梁國輝，澳門居民身份證5215437(3)，向社會工作局申請經濟援助，家中兩名長者均患慢性病，家庭月入約MOP 6,500。
        村里幹事訪視紀錄：獨居長者蔡林秀琴（大家叫她蔡阿嬤），住雲林縣口湖鄉下崙村，中度失智，兒子在臺中工作，手機0912-386-517，每週五送餐到府。
        我是新竹北埔的彭淑芬，想問土地交給農會出租以後，我哥彭國昌欠銀行三百多萬，會不會查封到我名下那塊地？
    """),
    "en": _lines("""
        Welfare officer note: Mr. Tan Boon Huat, NRIC S1947362G, 71, lives alone at Blk 412 Ang Mo Kio Ave 10 #08-1123, diabetic with early kidney failure; referred to ComCare for assistance.
        Hi, this is Priya Ramasamy, my father's land lease payment from the village co-op hasn't arrived yet, account Maybank 1142 8830 5617, please check with the treasurer.
        Dispute log: complaint filed by Mr. Ho Kah Wai against the family at No. 23, Jalan Kenanga 4, Taman Sri Muda, about an overflowing septic tank; his phone 012-738 4419.
        Returnee registration: Wang Lei, passport E89231547, flying home from Kuala Lumpur on 2027-01-18; says his former employer still owes him RM7,800 in back wages.
        Please call me back on +86 159 3761 0482 about my mother's dibao review, I'm working in Shenzhen and can't come to the village office.
        Send the signed land transfer contract scan to liuwei.farmer88@qq.com, that's my personal inbox, not the co-op one.
    """),
    "ms": _lines("""
        Permohonan bantuan JKM: Puan Rohani binti Ismail, No. KP 650318-02-5386, alamat No. 14, Lorong Haji Salleh, Kampung Sungai Lalang, 08100 Bedong, Kedah, suami meninggal dunia 2025, tiga anak masih bersekolah.
        Pak Ngah Daud tu dah tiga bulan tak bayar hutang kedai, RM1,250 semua, lepas tu dia kena strok minggu lepas, sekarang terlantar di Hospital Sultanah Bahiyah.
        Aduan pertikaian sempadan: Encik Mohd Faizal bin Abdullah (012-455 8170) mendakwa jirannya Encik Ramli bin Hassan memindahkan pancang sempadan lot sawah sejauh 2 meter.
        Sila pindahkan bayaran sewa tanah ke akaun CIMB 7062 3318 44 atas nama Siti Aishah binti Kamarudin, IC 920714-02-6132.
    """),
    "mixed": _lines("""
        马来西亚籍员工登记：Lim Chee Keong 林志强, MyKad 870623-07-5519, 住址 No. 8, Lorong Kampung Jawa 3, 11900 Bayan Lepas, Penang, 在新加坡 Tuas 工地工作, FIN G6183047U。
        @阿珍 你老公 Ah Keat 那笔 RM30k 的 loan 到底还了没？Bank 的人今天又来 kampung 找了，说再不还就要上门收车。
        申请人 Applicant: 陈美华 Chan Mei Wah | HKID Y417359(5) | Tel 9187 3420 | 地址 Address: 新界大埔林村社山村35號 | 申請 Application: 綜援 CSSA
        低保 review note: household head 钟永平, monthly income from 外卖 delivery in Guangzhou about ¥5,200, owns a BYD car plate 粤A·D39K71, cannot qualify.
        请帮我 translate 给 HR：My son 罗浩然 (DOB 2009-05-17) has epilepsy, he can't work night shifts, please contact me at luo.mama2026@gmail.com.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是村委会便民服务助理，负责解答低保、医保、养老等政策问题，回答简洁准确，不得索要不必要的个人信息。",
        ),
        (
            "user",
            "我婆婆杨秀英今年78岁，身份证411523194806160140，有糖尿病和高血压，我老公在杭州打工一个月六千多，她能单独申请低保吗？",
        ),
        (
            "assistant",
            "老人和儿子如果在户口上分户且不共同生活，可以考虑以老人单独立户申请；但赡养人的赡养能力会被纳入核算。建议先到村便民服务站领取申请书，附上诊断证明，由镇民政办入户核查。",
        ),
        ("user", "她的身份证号码要不要写在申请书上？"),
        (
            "assistant",
            "需要，申请书和经济状况核对授权书都要填写本人身份证号码并签字或按手印，但这些材料只在乡镇审核环节使用，公示时不会公开号码。",
        ),
    ],
    [
        (
            "user",
            "帮我写一份调解协议，当事人是柳林村一组的曹文斌和他堂弟曹文华，两家中间的排水沟被曹文华用水泥封了一半，下雨就淹曹文斌家院子。",
        ),
        (
            "assistant",
            "好的，这是草稿：人民调解协议书。当事人甲：曹文斌；当事人乙：曹文华。纠纷事实：乙方封堵两户间排水沟约一半宽度，致甲方院落积水。协议内容：乙方于十日内拆除封堵部分，恢复原排水沟宽度0.6米；费用由乙方承担；双方今后不得单方改变排水设施。",
        ),
        ("user", "再加一条，曹文华答应赔曹文斌被泡坏的两袋化肥钱，一共260元。"),
        (
            "assistant",
            "已补充：第四条 乙方曹文华于协议签订之日向甲方曹文斌一次性赔偿化肥损失人民币260元，甲方收款后出具收条。",
        ),
    ],
    [
        (
            "system",
            "You help village committee staff draft WeChat group announcements in Chinese and English.",
        ),
        (
            "user",
            "Draft a notice that land rent for Group 2 will be paid on Dec 20. Contact person is our accountant Zhou Lihong, her mobile is 13837612905.",
        ),
        (
            "assistant",
            "【土地流转租金发放通知】二组各承包户：2026年度流转租金定于12月20日统一打入一卡通，如有疑问请联系村会计周丽红（13837612905）。Land rent for Group 2 will be paid on 20 Dec; questions to accountant Zhou Lihong at 13837612905.",
        ),
        (
            "user",
            "Actually she doesn't want her personal number public, use the office line 0376-2980110 instead.",
        ),
        (
            "assistant",
            "Updated: 如有疑问请在工作时间拨打村委会座机0376-2980110。 For questions, please call the village office at 0376-2980110 during office hours.",
        ),
    ],
    [
        ("system", "你是里辦公處的行政助理，協助里幹事撰寫訪視紀錄與公文。"),
        (
            "user",
            "幫我整理一下：今天去看獨居的許阿公，許文德，住口湖鄉下崙村12鄰，他上禮拜跌倒髖骨骨折，出院後沒人照顧，女兒許雅琪在高雄，電話0935-221-846。",
        ),
        (
            "assistant",
            "訪視紀錄：個案許文德先生，獨居，上週跌倒致髖骨骨折，已出院，目前缺乏照顧人力。主要聯絡人：女兒許雅琪（高雄，0935-221-846）。建議：轉介長照2.0居家服務並申請緊急救援系統。",
        ),
        ("user", "要不要也申請中低收入老人生活津貼？"),
        (
            "assistant",
            "可以一併評估。需備妥戶籍資料、存款與不動產證明，向鄉公所社會課提出申請，審核通過後每月核發。",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat rayuan bantuan JKM untuk ibu saya, Puan Zaiton binti Yusof, No. KP 580902-02-5112, dia menghidap kanser payudara tahap 3.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya ingin merayu bagi pihak ibu saya, Puan Zaiton binti Yusof (No. KP 580902-02-5112), yang kini menghidap kanser payudara tahap 3 dan tidak mampu bekerja. Kos rawatan dan pengangkutan ke hospital amat membebankan keluarga kami. Kami memohon pertimbangan Bantuan Orang Tua atau Bantuan Am.",
        ),
        ("user", "Tambah juga alamat rumah: No. 7, Kampung Sungai Lalang, 08100 Bedong."),
        (
            "assistant",
            "Baik, saya telah menambah alamat kediaman beliau di No. 7, Kampung Sungai Lalang, 08100 Bedong, Kedah pada bahagian pengenalan surat.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore-based agency that helps Malaysian villagers register for work in Singapore. 回答可用中英混合。",
        ),
        (
            "user",
            "我表弟 Tan Wei Jie 陈伟杰, MyKad 990311-02-5027, 想去新加坡做 construction，他有 asthma，会不会影响 work permit 体检？",
        ),
        (
            "assistant",
            "Asthma 本身一般不会导致 work permit 体检不通过，体检主要检查 TB、HIV 等传染病以及 pregnancy（女性）。不过建议他带上近期的 doctor letter，说明病情稳定、用药情况。",
        ),
        ("user", "OK, 他的联络电话是 011-2938 4471，可以直接给你们 agent 吗？"),
        ("assistant", "可以，但建议通过我们的官方 WhatsApp 提交，并请他本人同意后再分享个人资料。"),
    ],
    [
        (
            "system",
            "你是镇民政办的低保复核助手。以下是待复核家庭档案：户主吴长林，男，66岁，身份证411523196508270316，独居，右腿截肢，月保障金380元，银行存款3,200元，住柳林村四组9号。",
        ),
        ("user", "这户今年复核要注意什么？"),
        (
            "assistant",
            "重点核查：一是是否有新增收入来源，如子女赡养费或务工收入；二是存款和车辆情况是否变化；三是残疾证等级是否需要年审。该户为独居重度残疾，符合每年复核一次的条件。",
        ),
        ("user", "入户时需要带什么表？"),
        (
            "assistant",
            "带《最低生活保障对象复核表》、家庭经济状况核对授权书（如到期需重签）及入户调查照片登记表，复核人员两人以上同行。",
        ),
    ],
    [
        (
            "user",
            "我把村里外出务工统计表的一行贴给你，帮我检查格式：27,LL-03-011,彭小兵,男,1993-06,411523199306124517,江苏省苏州市,电子制造,C,15290347816,2027-01-25,",
        ),
        (
            "assistant",
            "这行共12个字段，与表头一致。姓名彭小兵、性别男、出生年月1993-06与身份证号中的出生日期一致；外出地点江苏省苏州市已细化到地级市；收入区间C；联系电话15290347816为11位手机号，格式正确。Remark为空，可以保留。",
        ),
        ("user", "身份证号那一列要不要打码再发到镇里？"),
        (
            "assistant",
            "按照镇里的数据要求，报送镇劳动保障所的表格可以保留完整号码，但应通过内网或加密文件传送，不要发到微信群；如需在村内公示，必须隐去身份证号和手机号。",
        ),
    ],
    [
        ("system", "You are a bilingual assistant for a Hong Kong rural committee office."),
        (
            "user",
            "Can you translate this complaint into English? 我係林村社山村嘅何志明，隔籬屋嘅狗成日半夜吠，仲咬傷咗我個女何詠欣隻腳，醫咗三百幾蚊。",
        ),
        (
            "assistant",
            "Translation: I am Ho Chi Ming of Sha Shan Village, Lam Tsuen. My neighbour's dog barks every night, and it also bit my daughter Ho Wing Yan on the leg; her medical fees were over HK$300.",
        ),
        ("user", "Thanks. Which department should I send it to?"),
        (
            "assistant",
            "For a dog bite, report to the Agriculture, Fisheries and Conservation Department (AFCD) via 1823; for the noise, you may also ask the rural committee office to mediate with the neighbour.",
        ),
    ],
    [
        ("system", "你是村民微信群的群公告助手，帮助村干部起草通知。"),
        (
            "user",
            "帮我写个群通知：五组的邓桂香老人昨晚去世了，享年91岁，出殡定在12月9日上午，家属是她儿子邓永军，有事可以联系他13569274018。",
        ),
        (
            "assistant",
            "【讣告】五组邓桂香老人于12月6日晚不幸辞世，享年91岁。定于12月9日上午举行出殡仪式，请邻里亲友届时前往送别。如需帮忙，请联系家属邓永军，电话13569274018。倡导文明节俭办丧，不燃放大型烟花。",
        ),
        ("user", "电话要不要放在群里？"),
        (
            "assistant",
            "建议先征得邓永军本人同意；如不便公开，可改为“如需帮忙请联系五组组长或村委会”，并使用村委会座机。",
        ),
    ],
]
