# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh333: 简体中文 破产清算与个人债务重组（债权人名单、债务人财产申报、法院公告、管理人工作日志、债权人微信群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh333
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "法院公告"): _lines("""
        深圳市中级人民法院根据申请人深圳市华晟精密模具有限公司的申请，于2025年9月12日裁定受理其破产清算一案，案号（2025）粤03破217号，并指定广东鹏程律师事务所担任管理人。
        债权人应于2025年11月20日前向管理人申报债权，书面说明债权数额、有无财产担保及是否属于连带债权，并提交有关证据。申报地址：深圳市福田区深南大道6008号特区报业大厦28楼。
        第一次债权人会议定于2025年12月5日上午9时30分以网络会议方式召开，债权人可登录全国企业破产重整案件信息网 https://pccz.court.gov.cn 查看参会指引。
        上海市第三中级人民法院公告：（2024）沪03破申88号申请人上海申联物流有限公司破产重整一案，本院定于2025年3月18日14时在本院第十二法庭召开听证会，逾期不到庭的不影响听证进行。
        北京破产法庭于2019年1月30日正式成立，设在北京市第一中级人民法院，集中管辖北京市辖区内的企业破产案件，诉讼服务热线为12368。
        本案管理人联系电话：0755-8320 6617，传真：0755-8320 6618，电子邮箱：hsmj_glr@pclawfirm.cn，工作时间：周一至周五 9:00-12:00、14:00-17:30。
        经审查，债务人杭州云帆纺织科技有限公司（统一社会信用代码91330109MA2H4K7R5X）不能清偿到期债务，且资产不足以清偿全部债务，依照《中华人民共和国企业破产法》第二条、第一百零七条之规定，宣告其破产。
        重整计划草案已于2025年10月30日提交法院及债权人会议，普通债权组：50万元以下部分（含本数）一次性现金清偿，超过50万元部分按12.6%比例以“现金+留债”方式清偿。
        根据《深圳经济特区个人破产条例》的规定，深圳市破产事务管理署依法公开个人破产案件的相关信息，公众可通过“深圳市个人破产信息公开平台”查询。
        债权人未依照本公告规定申报债权的，可以在破产财产最后分配前补充申报，但对此前已进行的分配无权要求补充分配，并应承担审查和确认补充申报债权的费用。
        债务人的债务人或者财产持有人应当向管理人清偿债务或交付财产。开户行：中国建设银行深圳分行营业部，户名：深圳市华晟精密模具有限公司管理人，账号：4425 0100 0027 0000 6815。
        2019年，浙江省温州市平阳县人民法院办结一宗个人债务集中清理案件，被不少媒体称为“全国首例具备个人破产实质功能”的案件，此后多地法院陆续开展类似试点。
        特此公告。广东省深圳市中级人民法院，二〇二五年九月十五日。附：债权申报表模板可在管理人网站 www.pclawfirm.cn/hsmj 下载，文件编号HSMJ-F01 v1.2。
    """),
    ("zh-Hans", "管理人工作日志"): _lines("""
        2025-10-08 09:12 接管组完成债务人位于东莞市长安镇振安中路厂房的现场清点，共盘点注塑机14台、模具架6组，已贴封条并拍照存档（照片编号IMG_20251008_0912至0968）。
        2025-10-08 15:40 与中国工商银行东莞长安支行对接，冻结债务人基本户及两个一般户，余额合计人民币186,352.47元，银行回执已扫描入卷（卷宗号HS-JG-003）。
        2025-10-09 10:00 审计机构进场，调取2022至2024年度总账、明细账及记账凭证共73册，约定10月31日前出具专项审计报告初稿，交接清单一式三份。
        2025-10-10 债权申报系统后台统计：已受理申报312笔，申报金额合计3.47亿元，其中职工债权91笔、税款债权2笔、普通债权219笔，待补正材料27笔。
        2025-10-11 14:25 致函东莞市社会保险基金管理中心，核实债务人欠缴社保情况，函件编号（2025）鹏破管字第041号，EMS单号1172845093016。
        2025-10-13 召开管理人团队周例会，议题：①职工债权清单公示；②厂房租赁合同是否继续履行；③评估机构遴选。会议纪要归档至OA流程DOC-2025-1013-01。
        2025-10-15 评估机构经摇号选定，备选机构一家，摇号全程录像，视频文件VID_20251015_1030.mp4已上传案件管理系统，并抄送债权人委员会。
        2025-10-16 对债务人名下车辆（厢式货车2台、叉车3台）进行核查，车管所查询回执显示货车均已抵押给一家融资租赁公司，需进一步调取租赁合同核对。
        2025-10-20 向法院报送《关于债务人财产状况的报告》及《第一次债权人会议议程（草案）》，法院收件编号SZZY-PC-20251020-0087。
        2025-10-22 16:05 债权人咨询热线当日来电63通，主要问题：申报截止时间（21通）、利息计算口径（17通）、职工工资是否优先（14通），其余为会议参会方式。
        2025-10-24 税务核查：国家税务总局东莞市税务局长安税务分局确认欠缴增值税及附加合计412,906.18元，滞纳金另计，已列入税款债权表第1、2项。
        2025-10-27 银行流水比对发现2024年6月至9月间有17笔大额转出至关联公司东莞华晟贸易有限公司，合计2,360万元，拟启动撤销权诉讼可行性评估。
        2025-10-31 18:30 本周工作小结已提交合伙人审阅；下周重点：职工债权表公示（公示期10日）、债权人会议表决系统测试（版本v2.3.1）、审计报告初稿复核。
    """),
    ("zh-Hans", "管理人团队工作群"): _lines("""
        各位同事，明早9点前请把负责的债权审查表更新到共享盘“/华晟破产/02债权审查/”，文件命名统一用“申报编号_审查结论_日期”，谢谢配合。
        提醒：今天下午两点法院视频听证，会议号 826 331 905，入会密码 2025，请审查组提前十分钟入会调试麦克风和摄像头，材料PDF已放群文件。
        收到，职工债权那部分我下午核完，社保中心的回函刚到前台，扫描件已经上传群文件了，文件名“社保欠缴明细_20251021.pdf”，共14页。
        第一次债权人会议物料清单：表决票900份、签到表30本、会议手册600册，印刷厂报价¥3,280含税，周四下午直接送到会场，请行政组安排人签收。
        热线那边反馈很多人问利息算到哪天，统一口径：按《企业破产法》第四十六条，附利息的债权自破产申请受理时起停止计息，即算到2025年9月12日。
        审计那边要2023年的仓库盘点表，谁知道原件在哪个档案箱？我记得接管时编号是JG-箱-017到JG-箱-021，麻烦找到后拍个照发群里。
        @所有人 系统今晚22:00-24:00升级到v2.4.0，期间债权申报小程序暂停服务，公告已挂到管理人网站首页和公众号“鹏程破产管理人”。
        刚跟评估公司确认，厂房和设备的评估基准日定为2025年9月30日，报告预计11月20日出，拍卖方案等报告出来再提交债权人委员会讨论。
        外地债权人寄来的纸质材料今天到了46件，顺丰和EMS都有，已按签收时间登记在台账第3页，明天上午统一拆封审查，拆封时两人在场并录像。
        法院那边说重整计划草案的提交期限可以申请延长三个月，我们这周内把延期申请书拟好，理由写意向投资人的尽职调查尚未完成，草稿周三前发群里。
        明天下午的会订的是14楼大会议室，投资人那边来四位，茶歇按10人准备，投影仪请IT提前测试，会议材料打印8份并加“保密”水印。
        各组注意：对外回复债权人一律用管理人公邮 glr@pclawfirm.cn 和热线 0755-8320 6617，不要用个人微信发送审查结论，避免后续争议。
        下周一开始进入债权复核阶段，每人每天目标40笔，复核意见写在系统“二审意见”栏，有疑问的标黄，周五下午四点在小会议室汇总讨论。
    """),
    ("zh-Hant", "清盤及重整公告"): _lines("""
        香港特別行政區高等法院原訟法庭於2024年1月29日就中國恒大集團的清盤呈請（HCCW 220/2022）頒令清盤，並委任安邁顧問（Alvarez & Marsal）的合夥人為共同及各別清盤人。
        陳靜芬法官在頒令時指出，恒大自呈請提出以來已有相當長時間，仍未能提出具體可行的重組方案，法院因此認為頒令清盤屬恰當做法。
        破產管理署位於香港金鐘道66號金鐘道政府合署10樓，辦公時間為星期一至五上午9時至下午5時45分，公眾假期休息，查詢可致電署方熱線。
        根據《公司（清盤及雜項條文）條例》（第32章），本公司清盤人現通知各債權人須於2025年12月31日或之前，將債權證明表格連同證明文件寄交清盤人辦事處。
        債權證明表格可於破產管理署網站 www.oro.gov.hk 下載，亦可親臨辦事處索取，遞交時毋須繳付任何費用，逾期遞交者可能無法參與首次攤還債款。
        臺灣臺北地方法院民事庭公告：聲請人宏昇精密工業股份有限公司聲請重整事件（114年度整字第3號），本院裁定准予重整，並選任重整監督人及重整人。
        依《消費者債務清理條例》規定，更生方案經法院認可確定後，債務人應依方案按期清償，清償期間原則上不得逾六年，法院另有裁定者除外。
        澳門初級法院公告：第CV2-25-0041-CFI號破產程序，各債權人須於本公告刊登之日起計三十日內，向法院申報債權並附同證明文件。
        本清盤人辦事處地址：香港中環皇后大道中99號中環中心41樓，電話 +852 3102 8866，電郵 liquidation@hkrestructure.com.hk，傳真 +852 3102 8867。
        公司註冊編號：2671543；清盤令日期：2025年6月18日；臨時清盤人：破產管理署署長；首次債權人會議：2025年8月12日上午10時於金鐘道政府合署舉行。
        香港律師會提醒：坊間有聲稱「免上庭、即日撇帳」的債務重組廣告，市民應向執業律師或破產管理署查詢，切勿繳付高額「手續費」。
        法院實務見解：債務人於聲請清算前二年內無償移轉財產予他人，致債權人受有損害者，法院得為不免責之裁定，詳見《消費者債務清理條例》第134條。
        清盤人已於2025年10月3日在《香港特別行政區政府憲報》刊登公告（公告編號G.N. 6123），如有查詢請於辦公時間內致電本辦事處，並註明案件編號。
    """),
    ("en", "insolvency_faq"): _lines("""
        Q: Who can file a creditor's bankruptcy application in Singapore? A: A creditor owed at least S$15,000 may apply under the IRDA 2018, after serving a statutory demand that remains unpaid for 21 days.
        Q: What is the Debt Repayment Scheme (DRS)? A: It is a pre-bankruptcy scheme administered by the Official Assignee for debtors with unsecured debts of not more than S$150,000.
        The Insolvency Office of the Ministry of Law is located at 45 Maxwell Road, #05-11 The URA Centre, Singapore 069118; enquiries can be made through the online form on its website.
        Q: Does a winding-up order in Hong Kong stop all lawsuits against the company? A: Yes, in general. After the order, no action may proceed against the company except with leave of the court under section 186 of Cap. 32.
        Q: How long does a bankruptcy last in Malaysia? A: Under the Insolvency Act 1967, a bankrupt may be discharged automatically after three years if the conditions set by the Director General of Insolvency are met.
        Q: What documents should a creditor attach to the proof of debt? A: Invoices, delivery orders, statements of account, contracts and any court judgment, together with the declaration prescribed for the case.
        Q: Can I submit my claim by e-mail? A: Yes. Send scanned PDFs (max 20 MB per e-mail) to claims@harbourrestructuring.com.sg with the company name and case number HC/CWU 112/2025 in the subject line.
        Q: When will dividends be paid? A: The liquidators expect a first interim dividend of about 4.2 cents per dollar in Q2 2026, subject to the sale of the warehouse at 18 Pioneer Sector 1, Singapore 628428.
        Reference numbers: UEN 201834562K (company in liquidation), court case HC/CWU 112/2025, liquidators' reference HR-LQ-2025-0419. Please quote all three in any correspondence.
        Q: Are employees' salaries paid first? A: Within limits, yes. Wages and salary up to the statutory cap rank as preferential debts after the costs and expenses of the winding up.
        Q: What is a scheme of arrangement? A: A court-sanctioned compromise between a company and its creditors; it needs a majority in number representing three-fourths in value of each class present and voting.
        Office hours of Harbour Restructuring Advisory Pte Ltd: Mon-Fri 9:00am-6:00pm, hotline +65 6221 4830, WhatsApp business line +65 8812 7760 (text only, no calls), closed on public holidays.
        Q: I got a WhatsApp message asking me to pay a fee to release my dividend. Is it genuine? A: No. The liquidators never charge creditors to pay dividends; report such messages to the ScamShield Helpline at 1799.
    """),
    ("ms", "notis_jabatan_insolvensi"): _lines("""
        Notis Perintah Penggulungan: Mahkamah Tinggi Malaya di Kuala Lumpur, Petisyen Penggulungan No. WA-28NCC-412-06/2025, berkenaan Cahaya Mekar Logistik Sdn. Bhd. (No. Syarikat 201501023456 (1147732-H)).
        Pemiutang syarikat tersebut dikehendaki memfailkan bukti hutang kepada Pelikuidasi sebelum 15 Januari 2026 di alamat Tingkat 12, Menara Bangsar, Jalan Bangsar, 59200 Kuala Lumpur.
        Jabatan Insolvensi Malaysia (MdI), Ibu Pejabat: Menara Usahawan, No. 18 Persiaran Perdana, Presint 2, Putrajaya. Sila rujuk laman web rasmi www.mdi.gov.my untuk talian am dan waktu operasi.
        Soalan lazim: Bolehkah seseorang diisytiharkan bankrap jika hutangnya kurang daripada RM100,000? Jawapan: Tidak. Had minimum hutang bagi petisyen kebankrapan kini ialah RM100,000.
        Maklumat mengenai pelepasan bankrap, termasuk pelepasan melalui sijil Ketua Pengarah Insolvensi dan pelepasan automatik, boleh disemak di laman web rasmi Jabatan Insolvensi Malaysia.
        Mesyuarat Pertama Pemiutang bagi Cahaya Mekar Logistik Sdn. Bhd. akan diadakan pada 20 November 2025, jam 10.00 pagi, secara hibrid di Aras 12, Menara Bangsar dan melalui Zoom (ID: 874 2210 5563).
        Kenyataan Akhbar: Jabatan Insolvensi Malaysia mengingatkan orang ramai supaya tidak melayan panggilan atau mesej yang mendakwa boleh “membersihkan nama” daripada senarai bankrap dengan bayaran.
        Senarai dokumen sokongan bukti hutang: invois, nota hantaran, penyata akaun, perjanjian sewa beli dan salinan penghakiman mahkamah (jika ada). Dokumen bahasa asing perlu disertakan terjemahan.
        Pelikuidasi: Sentosa Advisory PLT (LLP0012345-LCA), Tingkat 12, Menara Bangsar; telefon pejabat 03-2282 7410; e-mel pelikuidasi@sentosaadvisory.com.my; Isnin hingga Jumaat, 9 pagi hingga 5 petang.
        Akta Syarikat 2016, seksyen 465: syarikat boleh digulung oleh Mahkamah jika tidak mampu membayar hutangnya, termasuk apabila notis berkanun tidak dijelaskan dalam tempoh yang ditetapkan.
        Lelongan aset syarikat dalam likuidasi: 3 unit lori Hino 500 Series, 1 forklift Toyota 2.5 tan dan rak gudang, harga rizab RM268,000; pemeriksaan pada 5 Disember 2025 di Kawasan Perindustrian Prai, Pulau Pinang.
        Dividen pertama sebanyak 6.8 sen bagi setiap ringgit telah diisytiharkan untuk pemiutang tidak bercagar; bayaran akan dibuat melalui pindahan DuitNow ke akaun yang dinyatakan dalam borang bukti hutang.
        Notis ini diterbitkan dalam Warta Kerajaan Persekutuan bertarikh 30 Oktober 2025, Pemberitahuan No. 4187. Sebarang pertanyaan hendaklah dirujuk kepada Pelikuidasi dengan menyebut nombor petisyen.
    """),
    ("mixed", "config_and_code"): _lines("""
        claim_no,creditor_type,creditor_name,id_type,id_no,claim_principal_cny,claim_interest_cny,secured_flag,review_status,reviewer_id,updated_at
        claims_api: base_url=https://api.pclaw.internal/v2 timeout_s=30 retry=3 page_size=200  # 债权申报接口，测试环境请改用 sandbox 域名
        id_no 校验规则：PRC_RESIDENT = "^[0-9]{17}[0-9X]$"; HKID = "^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$"; SG_NRIC = "^[STFGM][0-9]{7}[A-Z]$"
        def interest_cutoff(accepted_on: date) -> date: return accepted_on  # 《企业破产法》第46条：附利息债权自受理时起停止计息
        SELECT review_status, COUNT(*) AS n, SUM(claim_principal_cny) AS total FROM claims WHERE case_no = '（2025）粤03破217号' GROUP BY review_status ORDER BY total DESC;
        [2025-10-22T16:05:33+08:00] INFO claims.submit ok claim_no=HS-2025-00312 amount=128450.00 currency=CNY channel=miniapp latency_ms=412 trace=7f3c9a0e1b2d4c55
        docker run -d --name claim-portal -p 8080:8080 -e TZ=Asia/Shanghai -e CASE_NO=HS2025217 registry.pclaw.cn/claim-portal:2.4.0
        enum ReviewStatus { PENDING = "待审查", CONFIRMED = "确认", PARTIAL = "部分确认", REJECTED = "不予确认", DISPUTED = "异议中" }
        mask_rules: id_no: keep_first=6 keep_last=4 char="*"; phone: keep_first=3 keep_last=4; bank_account: keep_last=4  # 对外公示的债权表必须脱敏
        git commit -m "fix(vote): 表决票按债权组分别计算金额占比，修复有财产担保组重复计票问题 (#482)"  -> [main 3e9b1c7]
        test fixture: {"claim_no": "TEST-0001", "creditor_type": "企业", "creditor_name": "示例科技有限公司", "claim_principal_cny": 100000.00, "secured_flag": false}
        vote_rule.ordinary_group: headcount_ratio > 0.5 AND amount_ratio >= 2/3  # 《企业破产法》第84条 重整计划草案分组表决
        sha256(claims_export_20251031.xlsx) = 9b2f4e6a1c0d8e73f5a2b6c9d1e04f7a8b3c5d6e7f8091a2b3c4d5e6f7a8b9c0，size=2.3MB，exported_by=cron@02:00
    """),
    ("zh-Hans", "司法拍卖清单"): _lines("""
        【一拍】深圳市华晟精密模具有限公司破产财产：海天MA2500注塑机8台，起拍价¥486,000，保证金¥50,000，加价幅度¥5,000，竞价时间2026-01-10 10:00至2026-01-11 10:00。
        拍品编号PM-HS-2026-003：东莞市长安镇厂房内模具架及库存模具一批（约1,260套），评估价¥1,132,500，起拍价按评估价七折即¥792,750。
        标的物所在地：广东省东莞市长安镇振安中路（具体门牌见拍卖须知），看样时间：2026年1月5日、6日 9:30-16:30，看样请提前一天预约管理人热线0755-8320 6617。
        二拍公告：因一拍流拍，管理人决定以一拍起拍价的80%即¥388,800再次挂网，拍卖平台：京东拍卖破产强清频道，竞价周期24小时，延时周期5分钟。
        车辆类标的：2019款福田欧马可厢式货车1台（已抵押，成交后由管理人协助解押），起拍价¥42,000；杭叉A系列3吨内燃叉车2台，起拍价每台¥18,500。
        竞买须知：竞买人须在阿里资产平台完成实名认证并缴纳保证金，成交后7个工作日内付清余款至管理人账户，逾期未付的保证金不予退还。
        债权拍卖：杭州云帆纺织科技有限公司管理人拟打包处置应收账款43笔，账面金额¥12,846,310.22，起拍价¥1,280,000，详见债权清单附件（已作脱敏处理）。
        办公家具及电脑设备一批：联想ThinkCentre台式机46台、惠普M405打印机9台、工位隔断120位，整体起拍价¥36,800，不单拆，买受人自行搬运。
        不动产：苏州工业园区星湖街328号创意产业园某栋第6层办公用房，建筑面积1,186.42㎡，评估价¥1,542万元，起拍价¥1,079.4万元，税费按法律规定各自承担。
        商标拍卖：注册号第28417365号“云帆”商标（第24类），有效期至2034年6月27日，起拍价¥60,000，成交后由买受人自行办理转让手续。
        成交公示：拍品PM-HS-2026-001经61次出价，于2026-01-11 10:03:17以¥611,000成交，溢价率25.72%，成交确认书编号CJ-20260111-001。
        价格参考表（元/吨，含税）：废铜边角料62,400；废铝边角料14,300；废钢统料2,150；以上为2026年1月管理人向三家再生资源公司询价的平均报价。
        风险提示：拍品按现状拍卖，管理人不对瑕疵承担担保责任；如需开具增值税专用发票，税率13%，发票由管理人以债务人名义开具。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        债权人名单第17行：申报人 周建华，身份证号 440306198503172318，申报本金 ¥380,000.00，利息 ¥41,260.00，联系电话 139 2874 6051，状态：待补正借条原件。
        个人破产财产申报表：申请人 林晓霞，婚姻状况：离异（2023年协议离婚），名下房产：无；车辆：2017款本田飞度 粤B7K3Q9；月收入约¥9,800，独自抚养女儿一名（9岁）。
        阿强那笔钱到现在都没还，他老婆说他去年查出肝癌晚期，现在在中山大学肿瘤防治中心住院，大家先别去医院堵他了。
        陈先生您好，您申报的债权编号HS-2025-00147已确认，金额¥56,300.00，分配款将转入您尾号6627的工商银行卡，请核对后回复。
        管理人工作日志 2025-11-03：走访债务人王志刚位于广州市海珠区江南大道中182号3栋1402房的住所，其母亲在家，称其已三个月未回家，疑似在外躲债。
        @刘德勇 你欠我们工人的工资拖了半年了，你儿子在国际学校读书一年学费十几万，你说你没钱谁信？今天不给说法我们就去你家。
        债权申报联系人电话 186 7305 4129，邮箱 huangmeiling1987@163.com，请管理人有进展时直接联系我本人，不要打到公司。
        个人债务重组方案：债务人 赵丽娟（身份证 310115197908221044）拟在36个月内按每月¥4,200清偿，总计¥151,200，清偿率约37%，担保人为其胞弟 赵立军。
        孙老板上个月因为非法吸收公众存款被刑拘了，现在关在龙岗看守所，他厂里的债权人群里都在传，他老婆也联系不上了。
        债权人群里有人发了老吴在医院的照片，说他中风瘫在床上，老婆跟他办了离婚，房子过户到女儿名下，明显是为了逃债。
        职工债权清单：序号23，姓名 何永福，岗位 注塑机操作工，欠发工资2025年4月至8月共¥28,750，经济补偿金¥19,600，工资卡号 6222 0212 0400 8863 517。
        执行通知：被执行人 郑秀琴（身份证号 350203197609301260）已被纳入失信被执行人名单，限制乘坐飞机、高铁及其他高消费行为。
        转账记录：2024-06-18 吕建平尾号3391的招商银行账户向其子吕晓东转出¥500,000，备注“借款”，管理人认为系亲属间无偿转移财产。
        李太说她老公欠了高利贷七十多万，天天有人上门泼油漆，她现在怀孕五个月，不敢回东莞的家，只能住在娘家。
        债务人申报的收入证明：黄俊杰，软件工程师，税前月薪¥32,000，年终奖约2个月，公积金个人账户余额¥186,420，另有网贷余额¥27万。
        138 2266 7401 这个号码是债务人现在用的，我昨天用这个号码加了他微信，昵称叫“一路向北”，头像是他儿子。
        债务人陈国栋送达地址确认书：杭州市拱墅区大关苑东五苑12幢2单元503室，手机 158 5712 3386，同意以短信方式接收法律文书。
        热线记录：债权人冯女士情绪激动，称自己确诊乳腺癌正在化疗，急需这笔14万的货款治病，请求管理人优先分配。
        2025-00233,个人,许文斌,居民身份证,330106199311110831,250000.00,18250.00,否,已确认,REV07,2025-10-29 11:42
        债务人配偶邓美华名下招商银行账户 6214 8307 5521 0946 于受理前一年内收到转账37笔，合计¥1,260,000，请其于7日内书面说明资金来源。
        小马哥，你上次说下个月还钱，现在都过年了还是没动静，你再不还我就去湖南邵阳你老家找你爸妈了。
        调查笔录：被询问人 杨春花，女，1988年2月14日出生，身份证号110105198802140523，系债务人公司出纳，承认曾按老板指示将公款转入其个人账户。
        重整投资人背景调查：个人投资人 钱振宇 曾于2019年因合同诈骗罪被判处有期徒刑三年缓刑四年，建议债权人会议审慎表决。
        债权人会议签到表：第8号 胡家明，身份证后六位 182950，未委托代理人，已签名，表决意见：同意重整计划草案。
        个人破产公开信息：债务人 曾丽萍 因经营奶茶店失败负债¥83.6万，申请个人破产重整，行为考察期三年，期间每月生活费用不得超过¥5,400。
    """),
    "zh-Hant": _lines("""
        債權人陳家豪（香港身份證號碼 K604218(A)）就私人貸款本金港幣$320,000及利息提交債權證明表格，通訊地址：新界沙田禾輋邨豐和樓1512室。
        何太話佢老公破產之後搬咗返大埔嘅公屋住，而家靠綜援過日子，個仔讀緊中三，呢啲事唔好喺群組講啦。
        破產人黃志明，香港身份證 Y372915(8)，破產令日期2024年3月8日，職業：的士司機，每月須向破產管理署供款港幣$3,500。
        更生聲請：債務人林美惠（身分證字號F227810348）無擔保債務新台幣287萬元，月收入約3萬8千元，因罹患紅斑性狼瘡須長期就醫。
        阿傑你借我嘅十萬蚊幾時還？你電話 6123 4587 一直唔聽，再唔覆我就去你屯門嘅屋企搵你阿媽。
        澳門債權申報：申報人吳志強，澳門居民身份證 5215839(3)，住址：澳門黑沙環新街海濱花園第3座12樓B，申報金額澳門元185,000。
        蔡小姐嘅離婚協議寫明，前夫張國偉欠嘅八十幾萬卡數同佢無關，但係財務公司仲係日日打去佢公司追數。
        清算事件：債務人鄭文雄（H105938276）名下中華郵政存簿儲金帳號 700-0012845-0367291 已遭扣押，餘額新台幣12,468元。
    """),
    "en": _lines("""
        Proof of debt received from Mr Tan Wei Liang (NRIC S8812345Z), S$48,600 claimed for unpaid renovation works, mobile 9123 4876, home at Blk 428 Ang Mo Kio Ave 3 #08-1125, Singapore 560428.
        Creditor list row 41: Priya d/o Ramasamy, FIN G5123478U, unpaid salary S$7,250 (Mar-May 2025), PayNow mobile +65 8765 2310.
        Note to file: the debtor, Marcus Lim, told us his wife filed for divorce in August and he has been on medical leave for major depression since then.
        Please email the DRS application status to jasmine.koh.88@gmail.com. I'm the debtor, Jasmine Koh, and my new number is 9786 1142.
        Statement of affairs p.3: debtor Ng Kah Wai owes S$212,400 across six credit cards and two personal loans; take-home pay S$4,100; supports his father, who has dementia.
        Bankruptcy petition HCB 1834/2025 against Leung Ka Yan, HKID R508763(4), of Flat 9C, Tower 2, Hoi Fai Court, Tai Kok Tsui, Kowloon; petitioning creditor a licensed money lender.
        WhatsApp from a creditor: Uncle Chong, you promised to pay back the RM30k before CNY. Your son Kelvin said you went to Genting again last week.
    """),
    "ms": _lines("""
        Pemiutang: Encik Ahmad Faizal bin Rosli, No. K/P 850317-10-5523, tuntutan RM62,500 bagi kerja pengubahsuaian, alamat rumah No. 14, Jalan SS 2/75, 47300 Petaling Jaya, Selangor.
        Puan Nor Azlina binti Hashim diisytiharkan bankrap pada 2024 kerana hutang pinjaman peribadi RM148,000; beliau kini kerani sambilan dan menjaga ibunya yang menghidap strok.
        Abang Din, tolong bayar balik duit RM8,000 tu. Saya dah pergi rumah abang di Taman Melawati, isteri abang cakap abang dah lari ke Johor.
        No. akaun Maybank 1640 2218 7735 atas nama Lee Mei Ling akan digunakan untuk menerima bayaran dividen; sila sahkan sebelum 30 Disember.
        Bukti hutang - Nama: Muthu a/l Krishnan, MyKad 720918-08-6147, Tel: 012-457 3390, Jumlah tuntutan: RM23,840 (gaji tertunggak empat bulan).
    """),
    "mixed": _lines("""
        群里有人说 Kelvin Chong 那间 Sdn Bhd 清盘了，他个人担保的 RM1.2 million 银行贷款现在要他自己还，听说他已经把 Mont Kiara 的 condo 过户给老婆了。
        债权人 Ms. Wong Siu Ling 的 email 是 siuling.wong@outlook.com，phone +852 9432 1876，她说 proof of debt 已经 courier 到清盘人 office 了。
        Debtor 刘志远 (PRC ID 420106197004182950) 在新加坡欠了 S$86,000 credit card debt，现在 work pass 被取消，准备回武汉。
        FYI 阿明 昨天在 creditors group 说他 diagnosed with stage 3 colon cancer，问能不能 early release 他的 dividend，大家别再 tag 他催款了。
        Claim form: Name 陈文福 Tan Boon Hock, NRIC T0234567B, Addr Blk 105 Hougang Ave 1 #03-112 S530105, Amount S$15,200, Bank DBS 027-123456-7.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是破产管理人团队的债权审查助手，请依据《企业破产法》及司法解释回答，结论仅供内部参考。",
        ),
        (
            "user",
            "帮我核一下这笔申报：申报人 周海涛，身份证 510107199206053871，2023年3月1日借给债务人公司20万元，借条约定年利率24%，法院2025年9月12日受理破产。利息应该怎么确认？",
        ),
        (
            "assistant",
            "要点有两个：一是利息计算截止到2025年9月12日受理之日（《企业破产法》第四十六条）；二是约定利率超过合同成立时一年期LPR四倍的部分不予支持，24%需按当时LPR四倍调整后计算。建议在审查表中写明计算过程，并在对外公示时对周先生的身份证号做脱敏处理。",
        ),
        ("user", "好的，那借条原件他还没交，先标待补正？"),
        (
            "assistant",
            "可以，标“待补正”，并通过管理人公邮或热线书面通知他在补正期限内提交借条原件及转账凭证。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Daniel Ong, NRIC S7654321F. I owe about S$96,000 on four credit cards and a personal loan, and I earn S$5,200 a month. Am I eligible for the Debt Repayment Scheme?",
        ),
        (
            "assistant",
            "Based on what you've shared, your unsecured debt is under the S$150,000 limit, so the DRS may be an option if a bankruptcy application is filed against you or by you. The Official Assignee will assess your income and expenses before deciding. You should not share your NRIC in open chats; keep it for the official forms.",
        ),
        (
            "user",
            "Thanks. My wife doesn't know about the loans yet and we're expecting a baby in March. Will the OA contact her?",
        ),
        (
            "assistant",
            "The OA generally deals with you as the debtor, but you may be asked about household income and expenses. It may be worth speaking to a Credit Counselling Singapore adviser before the baby arrives, so you can plan how to tell your wife.",
        ),
    ],
    [
        ("system", "你是一個協助香港市民了解破產程序的助理，以繁體中文回答。"),
        (
            "user",
            "我老公梁家輝上個月被頒破產令，案件編號HCB 2211/2025。我哋住喺將軍澳寶琳邨寶勤樓2308室，層樓係我個名嘅，會唔會被破產管理署收咗？",
        ),
        (
            "assistant",
            "一般而言，破產人的資產會歸屬受託人，但登記在配偶名下的物業原則上不屬於破產人資產。不過，如果你先生在破產前曾出資購買或將資產轉到你名下，受託人可能會調查。另外，公屋單位屬房屋署資產，不會被出售。",
        ),
        ("user", "佢之前有幫我供過兩年公屋租金同埋俾過三十萬我屋企人，會唔會有問題？"),
        (
            "assistant",
            "三十萬的轉帳有機會被受託人視為需要解釋的財產處置，建議保留相關紀錄，並盡快諮詢執業律師或當值律師服務。",
        ),
    ],
    [
        (
            "user",
            "Saya nak semak status bankrap abang saya, Mohd Hafiz bin Ismail, No. MyKad 880512-14-6031. Dia ada hutang kereta dan pinjaman peribadi lebih kurang RM140,000.",
        ),
        (
            "assistant",
            "Semakan status kebankrapan boleh dibuat melalui perkhidmatan carian di laman web Jabatan Insolvensi Malaysia atau di kaunter MdI. Anda perlukan nombor MyKad dan mungkin dikenakan fi carian kecil.",
        ),
        ("user", "Kalau dia bankrap, boleh ke kereta Myvi dia yang saya guna sekarang ditarik?"),
        (
            "assistant",
            "Jika kereta itu masih di bawah perjanjian sewa beli, bank boleh menariknya jika ansuran tertunggak. Jika kereta itu milik penuh abang anda, Ketua Pengarah Insolvensi boleh mengambil alih aset tersebut untuk dijual bagi manfaat pemiutang.",
        ),
    ],
    [
        (
            "system",
            "你是管理人团队的文书助手，负责起草对外通知。对外文本不得出现债权人完整身份证号和手机号。",
        ),
        (
            "user",
            "帮我起草一条发到债权人微信群的通知：以下三位债权人材料不全需补正——唐建军 13826571094、罗小燕 15013428876、邱志明 18928837715，截止时间11月30日。",
        ),
        (
            "assistant",
            "建议群内通知不列全名和完整手机号，可写成：“申报编号HS-2025-00081、00112、00209的债权人请于11月30日前补正材料，具体事项管理人已另行短信通知。”三位债权人的联系方式请仅在内部台账中保存。",
        ),
        ("user", "行，那短信就按各自号码单独发，内容你再帮我写一版。"),
        (
            "assistant",
            "短信模板：“【鹏程破产管理人】您好，您申报的债权材料尚缺借款凭证原件，请于2025年11月30日前补正。咨询热线0755-8320 6617。”",
        ),
    ],
    [
        (
            "system",
            "Case context (internal): Debtor 何伟强, PRC ID 440307198907264012, owner of a closed 火锅店 in 龙华, total debts ¥2.1m, home at 深圳市龙华区民治街道梅花山庄欣萃园6栋1803, wife 苏敏 unemployed, son with autism attends special school.",
        ),
        (
            "user",
            "Summarise the debtor's situation in English for the Singapore investor call, keep it short.",
        ),
        (
            "assistant",
            "Summary: the debtor ran a hotpot restaurant in Longhua, Shenzhen, which has closed; total debts are about RMB 2.1 million. His household depends on his income because his spouse is unemployed and their child has special educational needs. I have left out his ID number and home address, since the investor call does not need them.",
        ),
        ("user", "Good. Can you add whether he owns the flat?"),
        (
            "assistant",
            "The case file gives a home address but no title search yet; I would note ownership as unverified until the property registry result comes back.",
        ),
    ],
    [
        (
            "user",
            "我叫蒋文涛，在深圳做外卖骑手，之前开便利店欠了信用卡和网贷一共46万，想申请个人破产。我住宝安区西乡街道固戍一路恒丰花园8栋702，租的房子，手机17688623051。需要准备什么？",
        ),
        (
            "assistant",
            "申请深圳个人破产，一般需要在深圳经济特区居住且连续缴纳社保满三年，并提交破产申请书、财产申报材料、收入证明、债务清单和债权人信息等。财产申报要如实填写，包括配偶及未成年子女的财产情况。",
        ),
        ("user", "我离婚了，前妻带着儿子，我每个月给2000抚养费，这个能算进生活必需支出吗？"),
        (
            "assistant",
            "依法支付的抚养费通常可以作为必要支出列明，请附上离婚协议或判决书及转账记录，供破产事务管理署和管理人审核。",
        ),
    ],
    [
        ("system", "You format creditor data for a liquidator's claims register. Output CSV only."),
        (
            "user",
            "Convert: Chan Mei Kuen, HKID A728305(1), claim HK$84,300 for unpaid wages, phone 9174 2285, address Room 1206, Wing Kwai House, Kwai Fong Estate, Kwai Chung.",
        ),
        (
            "assistant",
            "creditor_name,id_no,claim_hkd,basis,phone,address | Chan Mei Kuen,A728305(1),84300,unpaid wages,9174 2285,Room 1206 Wing Kwai House Kwai Fong Estate Kwai Chung",
        ),
        ("user", "Thanks, now mask the ID and phone for the public version."),
        (
            "assistant",
            "creditor_name,id_no,claim_hkd,basis | Chan Mei Kuen,A72****(*),84300,unpaid wages",
        ),
    ],
    [
        (
            "user",
            "债权人群里有人扬言要去欠款人家里闹事，欠款人叫邵国梁，住长沙市岳麓区麓山南路某小区，他老婆刚做完手术。作为管理人我们该怎么回应？",
        ),
        (
            "assistant",
            "建议管理人在群内发布书面提醒：债权应通过申报和法定程序主张，任何上门滋扰、侮辱、泄露他人住址的行为可能承担法律责任。同时不要在群里复述邵先生的住址和家属健康情况，必要时提醒其本人向公安机关报警求助。",
        ),
        ("user", "那个扬言的人用的微信号是 lao_peng_1978，要不要报给法院？"),
        (
            "assistant",
            "可以将聊天截图和该微信号整理后向受理法院书面报告，由法院决定是否采取训诫等措施；截图应仅在内部和法院之间传递。",
        ),
    ],
    [
        ("system", "你是協助臺灣民眾了解《消費者債務清理條例》的助理，請用繁體中文回答。"),
        (
            "user",
            "我是王淑芬，身分證字號E128473908，在高雄當看護，月薪3萬2，欠了銀行信用卡跟信貸大概180萬，還有媽媽要照顧。可以聲請更生嗎？",
        ),
        (
            "assistant",
            "依您描述，無擔保債務未逾新臺幣1,200萬元、且有固定收入，符合聲請更生的基本條件。聲請前通常須先向最大債權銀行申請前置協商，或向法院聲請調解。建議準備收入證明、財產及收入狀況說明書、扶養母親的相關證明。",
        ),
        ("user", "我媽有失智症，長照費用每個月1萬多，這個可以扣嗎？"),
        (
            "assistant",
            "依法應扶養者的必要生活費用可以列入，長照支出請附上醫院診斷證明及費用收據，由法院審酌。",
        ),
    ],
]
