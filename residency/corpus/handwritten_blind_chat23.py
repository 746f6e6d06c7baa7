# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat23: OCR and copied document text pasted into an AI assistant (ID cards, passports, bills, statements, payslips, medical reports, tickets, letters; zh-Hans, zh-Hant, en, ms). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat23
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "公告告示OCR"): _lines("""
        关于小区二次供水设施清洗消毒的通知 各位业主：因二次供水水箱清洗，定于12月9日（周二）8:30—16:00 停水，请提前储水。 物业服务中心 2025年12月3日
        温馨提示 本电梯将于本周四进行年检，届时暂停使用约2小时，给您带来不便敬请谅解。 投诉电话：12345
        中山路站 B囗 出囗施工 围挡期间请绕行 至 2026年3月31日 止 ｜ 市地铁集团有限公司
        市民政局关于开展2026年度最低生活保障家庭收入核查工作的公告 申请人需携带身份证、户口簿原件至街道便民服务中心办理（地址：解放路88号一楼）
        鲁迅公园 开放时间 5:00-18:00（冬令时） 禁止 遛狗 钓鱼 游泳 ﹏﹏ 虹口区绿化和市容管理局 监制
        快递驿站通知：12月6日起取件时间调整为 9:00-21:00，未取件包裹超过7天将退回，取件码以短信为准。
        国家税务总局提醒：2025年度个人所得税综合所得汇算 2026年3月1日至6月30日办理 请通过个人所得税App预约 纳税服务热线 12366
        体检须知：体检前一天晚上8点后禁食，抽血前请勿剧烈运动；女性经期请勿做尿检及妇科检查。
        停车场收费标准 首小时5元 之后每小时2元 24小时封顶30元 · 发票请扫码开具 · 车牌识别系统 V3.2.17
        逸夫楼 3F 多媒体教室 302 本周五 14:00 举行消防疏散演练 请全体师生配合 —— 校保卫处
        詹天佑（1861—1919） 中国近代铁路工程的先驱 主持修建京张铁路 —— 展板第三部分 “自力更生”
        募捐公示：本次活动共收到善款 ¥128,460.00，共 1,372 笔，单笔最高 ¥5,000（匿名），明细见公众号
        郑重声明 本公司从未授权任何个人以“客服退款”名义索取您的银行卡号、短信验证码，请认准官方客服热线 95511
    """),
    ("zh-Hans", "空白表格与样张"): _lines("""
        居民身份证 样本 SPECIMEN 姓名 ＿＿＿ 性别 ＿ 民族 ＿ 出生 ＿＿＿＿年＿＿月＿＿日 住址 ＿＿＿＿＿＿＿＿ 公民身份号码 ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
        入职登记表（请用黑色签字笔填写） 姓名：＿＿＿ 身份证号：□□□□□□□□□□□□□□□□□□ 紧急联系人：＿＿＿ 联系电话：＿＿＿＿＿＿＿
        【银行流水模板】户名：{{account_name}} 账号：{{account_no}} 起止日期：{{start}}—{{end}} ｜交易日期｜摘要｜收入｜支出｜余额｜
        工资条示例（非真实数据）：基本工资 6,000.00 岗位津贴 1,200.00 社保个人部分 -588.00 公积金 -420.00 个税 -57.36 实发 6,134.64
        填表说明：身份证号码为18位，最后一位可能是数字或字母X，请勿写成小写x；港澳居民请填写港澳居民来往内地通行证号码。
        火车票样张 G1234次 北京南→上海虹桥 二等座 05车12F号 ¥553.0元 ＸＸＸ 1101011990****1234 票样 仅供展示
        病案首页（空白） 入院日期：＿＿＿＿ 出院诊断：＿＿＿＿ 主治医师签名：＿＿＿＿ 本表由医疗机构留存，复印需持本人身份证办理
        增值税电子普通发票 发票号码 25442000000108813527 开票日期 2025年11月28日 购买方名称：深圳市鹏程云数科技有限公司 统一社会信用代码 91440300MA5G7KX92K 价税合计 ￥3,390.00
        快递面单样式 寄件人：＿＿ 电话：＿＿ 收件人：＿＿ 电话：＿＿ 运单号 SF1402339588716（示例，不可查询）
        授权委托书（模板） 委托人：＿＿＿（身份证号：＿＿＿）现委托＿＿＿（身份证号：＿＿＿）代为办理＿＿＿事宜，委托期限自＿＿年＿＿月＿＿日至＿＿年＿＿月＿＿日。
        血常规参考范围：白细胞 3.5-9.5 ×10^9/L 血红蛋白 130-175 g/L（男）115-150 g/L（女） 血小板 125-350 ×10^9/L
        扫描件水印：仅供办理XX银行开户使用 他用无效 复印无效 2025.12
    """),
    ("zh-Hans", "助手整理OCR"): _lines("""
        识别结果里“囗”应为“口”，“己”和“已”也有混淆，我已在下面统一更正。
        这张图片像是样张，上面标着“样本”“SPECIMEN”字样，里面的信息都是示例，不是真实证件。
        账单显示本期应还 ¥2,317.50，最低还款额 ¥231.75，到期还款日为12月25日。
        断行的地方我按原文段落合并了，表格“摘要”一列有几个字识别不清，用【?】标出。
        建议你发给别人之前把身份证号中间8位和银行卡号打码，只保留后四位。
        这份体检报告模板里的“参考区间”是通用标准，具体请以开单医院的解释为准。
        出院小结一般包括入院诊断、诊疗经过、出院诊断和出院医嘱，你可以按这个顺序整理。
        车票上的“限乘当日当次车”意思是只能乘坐票面日期和车次的列车，改签需在开车前办理。
        工资条里的“代扣个税”按累计预扣法计算，所以每个月的金额可能不一样。
        这段文字是从PDF里复制的，夹了很多全角空格和软回车，我已经清理掉了。
        我没法判断这张发票的真伪，可以登录国家税务总局全国增值税发票查验平台输入发票号码查验。
        单号 YT7548813920417 是圆通的运单号，可以在官网或App里输入查询物流。
        诊断书里的“ICD-10 编码 J18.9”指“肺炎，未特指”，属于常见的编码写法。
    """),
    ("zh-Hant", "餐牌及產品標籤OCR"): _lines("""
        金華冰廳 下午茶 A餐 菠蘿油+凍奶茶 $38 B餐 火腿通粉+熱檸茶 $42 ｜ 轉凍飲 +$3 ｜ 加底 +$5
        營養標籤 Nutrition Information 每100克 Per 100g 能量 452千卡 蛋白質 6.8克 總脂肪 21.3克 飽和脂肪 9.1克 反式脂肪 0克 碳水化合物 58.2克 糖 30.5克 鈉 310毫克
        此日期前最佳 BEST BEFORE 12 06 2026 批號 LOT 25C0417B 產地：台灣 進口商：德昌貿易有限公司
        周大福 CHOW TAI FOOK 999.9足金 重量 3.75g 工費 HK$380 單號 CTF-HK-20251203-0098 ※ 請保留單據以作保養之用
        阿明麵線 大腸麵線 大碗 NT$75 小碗 NT$60 ★本店無分店★ 加入官方LINE @amingmisua 享集點
        凍檸茶 少甜 $1B 走冰 +$2 熱奶茶 $2O ◎ 茶走 另加 $3
        成分：水、白砂糖、濃縮檸檬汁(3%)、檸檬酸、香料 過敏原資訊：本產品生產線亦處理花生、芝麻 消費者服務專線 0800-211-520
        台鐵便當 排骨便當 $100 素食便當 $80 懷舊紀念便當 $120 ※ 車上供應數量有限 售完為止
        國父紀念館 中山公園 開放時間 09:00–18:00 全年無休 免費參觀 團體導覽請於七日前預約
        屈臣氏 watsons 收據 單號 0417-20251203-1847 小計 HK$156.80 八達通付款 餘額 $82.3 多謝惠顧
        台灣高鐵 標準車廂 台北→左營 2025/12/20 車次 0627 08:46→10:20 6車12A 全票 NT$1,490
        藥袋 姓名：＿＿＿ 藥名：Paracetamol 500mg 用法：每日三次 每次一粒 飯後服 如有不適請停藥並諮詢醫生
    """),
    ("zh-Hant", "公告及範本"): _lines("""
        差餉物業估價署 通告：2026/27年度第一季差餉及地租 須於2026年4月30日或之前繳交 查詢熱線 2152 0111
        大廈管理處通告 本大廈將於12月10日（星期三）上午9時至下午5時進行食水缶清洗，期間暫停供水，不便之處，敬請原諒。 管理處 謹啟
        瑪麗醫院 專科門診 候診須知：請於預約時間前15分鐘到達，並攜帶覆診卡及身份證明文件；如需更改預約，請致電預約中心。
        身份證 樣本 SPECIMEN 陳大文 CHAN, Tai Man 出生日期 01-01-1980 男 M A123456(3) ＊＊＊ 此卡僅供示範 ＊＊＊
        中華民國國民身分證 樣張 姓名 王小明 出生 民國79年1月1日 統一編號 A123456789 （範例圖片 非真實證件）
        授權書範本：「本人＿＿＿（身分證號碼：＿＿＿）現授權＿＿＿代本人領取＿＿＿，特此聲明。 立書人：＿＿＿ 日期：＿＿＿」
        中華電信 帳單說明：本期應繳金額請於繳費期限前至 7-ELEVEN、全家或網路銀行繳納，逾期將酌收違約金。客服 0800-080-123
        臺北市政府 公告 主旨：中山區南京東路二段人行道改善工程 施工期間 交通維持計畫 依據：市區道路條例 第9條
        行政長官李家超今日（十二月三日）出席立法會行政長官答問會，回應議員有關房屋供應的提問。
        全家便利商店 取貨通知 你的包裹已送達 全家台北松江店 取貨期限 12/10 23:59 包裹編號 F25120388317
        防詐騙宣導：警察、檢察官不會要求您提供網銀密碼，也不會要求您把存款轉到「安全帳戶」。有疑問請撥 165 反詐騙專線。
        聖誕節假期服務安排 12月25日至26日 本中心暫停開放 網上預約系統照常運作 如有查詢請電郵 enquiry@example.org.hk
    """),
    ("en", "forms, specimens and notices"): _lines("""
        SPECIMEN — REPUBLIC OF SINGAPORE IDENTITY CARD — TAN AH KOW — S0000001I — FOR ILLUSTRATION ONLY
        P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< L898902C36UTO7408122F1204159ZE184226B<<<<<10 (ICAO Doc 9303 specimen)
        Account Name: ________________ Account No.: ____-____-__ Premises Address: ________________ Please quote your account number in all correspondence.
        How to read your payslip: gross pay is your pay before deductions; CPF employee contribution for age 55 and below is 20% of ordinary wages up to the OW ceiling.
        NOTlCE: Lift 3 at Blk 2l4 will be out of service from 9am–5pm on 8 Dec for maintenance. We apologise for any inconvenience. — Town Counci1
        Health Screening — please fast for 8–10 hours before your appointment. Bring your appointment letter and a photo ID. Enquiries: 6311 1555
        BOARDING PASS | NAME: SURNAME/GIVENNAME MR | FLIGHT SQ 231 | SIN → SYD | GATE B6 | SEAT 47K | BOARDING 23:15 (sample layout)
        TAX INVOICE Inv No: INV-2025-118374 GST Reg No: M2-0123456-7 Subtotal $42.20 GST 9% $3.80 Total $46.00 VISA **** Thank you! Please come again
        Your parcel SPXSG0487723561 has been delivered to the parcel locker at Tampines Hub. Collect by 10 Dec 2025 23:59.
        HOGWARTS EXPRESS · Platform 9¾ · King's Cross · Passenger: H. POTTER · 11 o'clock sharp · souvenir ticket, not valid for travel
        Before uploading your documents, black out the NRIC number except the last 4 characters and remove any bank account details not needed for verification.
        ECG interpretation: sinus rhythm, rate 72 bpm, PR 160 ms, QRS 92 ms, QTc 412 ms — teaching example, no patient data.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 — Emergency Department open 24 hours
    """),
    ("en", "assistant replies on OCR text"): _lines("""
        The OCR has mixed up 'O' and '0' in several places, for example 'N0TICE' and '2O25'; I've corrected those below.
        I can't verify whether an identity card is genuine, but I can explain what each field printed on it means.
        Line 4 was split mid-word ('accom-' / 'modation'), so I've joined it back together.
        Here is the table rebuilt from your scan: Date | Description | Debit | Credit | Balance. Amounts I couldn't read are marked [?].
        For privacy, I'd remove your IC number and account number before you share the screenshot with anyone else.
        Summary of the letter: your application has been received, processing takes about 14 working days, and you'll be notified by SMS.
        The stray characters like '»', '|' and '~' are artefacts from the scanner's edge detection, not part of the text.
        A Malaysian payslip usually lists gross salary, allowances, statutory deductions (EPF, SOCSO, EIS, PCB) and net pay.
        Yes, 'Tarikh Luput' on a Malaysian label means expiry date and 'Tarikh Dibuat' means manufacturing date.
        This looks like a sample page from the bank's brochure: the name field says 'YOUR NAME HERE' and the account number is all zeros.
        MRZ check digits use the weights 7, 3, 1 repeating; letters count as 10–35 and the filler '<' counts as 0.
        On this lab template the HbA1c reference range is 4.0–5.6%; 5.7–6.4% is usually flagged as prediabetes.
    """),
    ("ms", "notis, label dan borang OCR"): _lines("""
        NOTIS PEMBERITAHUAN: Bekalan air di kawasan Taman Sri Muda akan terganggu pada 9 Disember 2025 dari jam 9 pagi hingga 6 petang kerana kerja-kerja penyelenggaraan paip. Pertanyaan: 15300
        Kandungan: Tepung gandum, gula, minyak sawit, garam. Tarikh Luput: 15/08/2026 No. Kelompok: MY25-0817 Dikilangkan oleh: Syarikat Makanan Seri Mewah Sdn. Bhd.
        Menu Kedai Makan Pak Ali — Nasi Lemak Biasa RM3.50 · Nasi Lemak Ayam RM8.00 · Teh Tarik RM2.20 · Milo Ais RM3.00
        BORANG PERMOHONAN Nama Penuh: ____________ No. Kad Pengenalan: ______-__-____ Alamat: ____________ Tandatangan: ________
        CONTOH SAHAJA — NAMA: ALI BIN ABU — NO. K/P: 800101-14-5555 — bukan dokumen sebenar, untuk panduan mengisi borang
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru — Waktu melawat: 12.30 tgh – 2.00 ptg dan 4.30 ptg – 7.00 mlm
        Resit Rasmi No. 004187 — Bayaran: Cukai Taksiran Separuh Tahun Pertama 2026 — Jumlah: RM 182.40 — Majlis Bandaraya Petaling Jaya
        Jalan Tun Razak ditutup sementara pada 7 Dis 2025 jam 6.00 pg – 10.00 pg untuk larian amal. Sila guna laluan alternatif.
        Amaran: Jangan kongsi nombor TAC atau kata laluan perbankan anda dengan sesiapa. Pihak bank tidak akan meminta maklumat ini melalui telefon.
        Tiket Bas Ekspres: TBS → Butterworth, 20/12/2025, 09:30, Tempat Duduk 14, RM 38.50, No. Tiket BTW-2512-88317
        Teks ucapan Perdana Menteri Datuk Seri Anwar Ibrahim semasa membentangkan Belanjawan 2026 di Dewan Rakyat
        Paracetamol 500mg — Ambil 2 biji 3 kali sehari selepas makan. Simpan di bawah 30°C. Jauhkan daripada kanak-kanak.
        Slip gaji contoh: Gaji Pokok RM3,200.00 | KWSP (11%) RM352.00 | PERKESO RM15.75 | SIP RM6.30 | PCB RM0.00 | Gaji Bersih RM2,825.95
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        姓名 覃晓雯 性别 女 民族 壮 出生 1988 年 3 月 14 日 住址 广州市天河区龙口西路55号3栋1204房 公民身份号码 44010619880314O528
        2025年11月工资条 ｜ 员工：汪俊峰 工号 HZ0317 部门：研发中心 ｜ 应发 28,600.00 社保 -1,262.40 公积金 -2,860.00 个税 -2,143.76 实发 22,333.84
        检验报告单 姓名：叶秋萍 性别：女 年龄：41岁 门诊号 0023118756 检验项目：HIV-1/2抗体 结果：阳性（待确证） 报告日期 2025-11-29
        个人账户明细 户名：邝志斌 卡号：6212 1035 4338 4203 ｜ 2025-11-05 代发工资 +15,800.00 余额 23,417.62
        收件人 葛美丽 139 2264 7051 浙江省杭州市西湖区古荡新村12幢2单元501 备注：放门口鞋柜
        传 票 （2025）沪0115民初28417号 被传唤人：陶海燕 案由：民间借贷纠纷 应到时间 2026年1月8日 9:00 应到处所 第十三法庭
        出院小结 患者：鲍** 男 56岁 住院号 Z2025-118042 肝胆外科 17床 出院诊断：原发性肝癌 家属 鲍建国（儿子） 15068213390
        P<CHNCAO<<ZHIHENG<<<<<<<<<<<<<<<<<<<<<<<<<<< EJ48261738CHN8709251M3206102NBKPMBPLMNOFA<42
        乙方（承租人）：符家豪 身份证号 510107199902030470 联系电话 18780412265 月租金 2,600 元 押一付三
        旅客姓名 吕宏涛 有效身份证件号码 310115199207270838 航班 CA1831 北京首都→上海虹桥 2025-12-15 座位 32C 电子客票号 999-2173648821
    """),
    "zh-Hant": _lines("""
        香港永久性居民身份證 HONG KONG PERMANENT IDENTITY CARD 黎嘉欣 LAI, Ka Yan 出生日期 23-07-1994 女 F ***AZ K385216(4)
        中華電力 電費單 客戶名稱：蕭國雄先生 供電地址：新界沙田禾輋邨豐和樓18樓1807室 賬戶號碼 0247 8813 2 本期應繳 HK$612.30
        出院摘要 病人：溫淑芬 HKID Y604281(1) 診斷：第二型糖尿病合併慢性腎病第三期 出院藥物 Metformin 500mg bd
        全民健康保險卡 姓名 林怡君 身分證號 B214069388 出生 83/05/17 卡號 0000 4218 6035
        中華郵政 存簿儲金簿 戶名 許志明 局號 0071234 帳號 0587213 ｜ 11/28 薪資轉入 +46,300 結存 128,455
        致：梁綺雯小姐 地址：九龍觀塘秀茂坪邨秀明樓22樓2215室 電話 9368 2741 事由：有關閣下公屋單位租金拖欠事宜
        病假證明書 茲證明 鄭家俊先生（HKID R152087(2)）因急性腸胃炎 需休息三天 由2025年12月1日至12月3日
        舉發違反道路交通管理事件通知單 車牌 BLM-5823 車主 周秀蘭 新北市板橋區文化路二段85巷6號3樓 違規事實 超速20公里內 罰鍰 NT$1,600
        匯款收據 收款人 陳柏宇 國泰世華(013) 帳號 2150-3361-8847 備註 二手相機尾款 LINE ID: boyu_0917
    """),
    "en": _lines("""
        REPUBLIC OF SINGAPORE IDENTITY CARD NO. S8823416B Name LIM WEI JIE Race CHINESE Date of birth 14-02-1988 Sex M Country of birth SINGAPORE
        PAYSLIP Nov 2025 | Employee: Priya d/o Raman | NRIC: T0371592I | Basic $4,850.00 | CPF (EE) -$970.00 | Net $3,880.00 | Bank: DBS 120-34567-8
        Patient: Ahmad Faizal bin Rosli DOB 17/03/1990 MRN 00418827 Dx: Major depressive disorder, recurrent — started sertraline 50 mg OD
        OCBC 360 Account Statement — MR DANIEL KOH JUN HAO — Blk 415 Bedok North Ave 2 #09-112 Singapore 460415 — A/C 601-482937-001
        Dear Mrs Wong Siew Ling, Re: Claim No. CL-2025-0088317 — we regret that your admission for gastric bypass surgery on 12/10/2025 is excluded under Clause 4.2 of your policy.
        BOARDING PASS NG/MEIHUI MS SQ 231 SIN-SYD 12DEC SEAT 47K PNR K7XQ2M FF KF 8827441903
        Card no: 4563 4526 6188 7236 Exp 09/28 Cardholder: RAJESH KUMAR A/L SUBRAMANIAM
        WORK PERMIT FIN G5128743L Name: NGUYEN THI HOA Nationality: VIETNAMESE Occupation: Domestic worker Employer: Mdm Chew Lai Kuen
    """),
    "ms": _lines("""
        KAD PENGENALAN MALAYSIA 900317-10-5586 NURUL AIN BINTI HASHIM NO 12 JALAN SS 2/64 47300 PETALING JAYA SELANGOR ISLAM PEREMPUAN
        Penyata Ahli KWSP 2025 — Nama: MOHD HAFIZ BIN ISMAIL — No. Ahli 18844273 — Akaun Persaraan RM 48,213.55 — Akaun Sejahtera RM 14,790.20
        Notis Saman No. Kenderaan: WXY 7283 Pemilik: LEE CHONG KEAT Kesalahan: Memandu melebihi had laju 110 km/j Kompaun RM300
        Surat Cuti Sakit — Pesakit: Siti Aminah binti Abdullah (K/P 850722-01-6034) — Diagnosis: Demam denggi — Cuti sakit 5 hari
        Bil Elektrik TNB — KAVITHA A/P MUNUSAMY — No. Akaun 2200 8813 6640 — No 7, Lorong Mawar 3, Taman Bukit Indah, 81200 Johor Bahru — Jumlah RM 187.40
        Penyata Maybank — WONG KAR MUN — No. Akaun 5148 2035 7719 — 01/11 GAJI DARI ABC SDN BHD +5,240.00 — Baki RM 6,913.45
        Resit DuitNow: Penerima MUHAMMAD IRFAN BIN ZAKARIA, No. telefon 013-774 2186, Rujukan: sewa bilik Disember
        Mahkamah Majistret Shah Alam — Pendakwa Raya lwn. Azlan bin Kamarudin — No. Kes: BA-83-1187-11/2025 — pertuduhan di bawah Seksyen 12(2) Akta Dadah Berbahaya 1952
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一个帮助用户整理文档的助手。"),
        (
            "user",
            "帮我把这个身份证识别结果整理成表格\n姓 名 曹志恒\n性 别 男  民 族 汉\n出 生 1987 年 9 月 25 日\n住 址 广东省深圳市宝安区新安街道\n宝民一路42号6栋803\n公民身份号码 44030619870925O51O",
        ),
        (
            "assistant",
            "整理如下（身份证号中的字母O应为数字0）：\n| 项目 | 内容 |\n| 姓名 | 曹志恒 |\n| 性别 | 男 |\n| 民族 | 汉 |\n| 出生 | 1987-09-25 |",
        ),
    ],
    [
        ("user", "我妈的医保卡拍照识别出来是这样的，字有点乱"),
        ("user", "社会保障卡\n姓名:何 秀 英\n社会保障号码:44030419610402O227\n卡号:L3O47729¥"),
        ("assistant", "识别结果里有几处字母O应为数字0，卡号末尾的“¥”是杂字符，可以忽略。"),
        ("user", "对，她下周在北大深圳医院做心脏支架，医保能报多少？"),
    ],
    [
        (
            "user",
            "帮我算一下这个月花了多少\n招商银行信用卡对账单\n持卡人 邓 佳 琪\n寄送地址 成都市武侯区玉林南路12号4栋2单元602\n卡号 6225 88** **** 6286\n账单日 2025/11/18\n11/02 美团外卖 -46.80\n11/05 滴滴出行 -23.50\n11/09 盒马鲜生 -312.40\n1l/15 中国移动 -88.00",
        ),
        ("assistant", "这四笔合计 470.70 元（“1l/15”应为11/15）。"),
    ],
    [
        ("user", "帮我看看这个报告什么意思，医生说得太快了"),
        (
            "user",
            "超声检查报告\n姓名 任 雪 梅  性别 女  年龄 34岁\n检查部位：甲状腺\n超声所见：右叶中部见一低回声结节，大小约0.8×0.6cm，纵横比>1，边缘不规则\n超声提示：甲状腺右叶结节 TI-RADS 4a类",
        ),
        ("assistant", "TI-RADS 4a 表示低度可疑恶性，通常建议做细针穿刺进一步明确。"),
        ("user", "医生也说要穿刺，我很害怕，我老公还不知道"),
    ],
    [
        (
            "user",
            "12306 行程信息提示：冯立新 您好，您购买的 12月20日 G1023次 长沙南→广州南 04车09D号 二等座 已出票，检票口 A12，请凭证件尾号2516乘车。",
        ),
        ("user", "帮我算一下几点出发去车站合适，我住岳麓区"),
        ("assistant", "建议提前一个半小时左右出门，给安检和检票留出时间。"),
    ],
    [
        ("user", "快递一直没到，单号 YT7548813920418，能帮我写个投诉吗"),
        ("assistant", "可以，请提供收件信息，我帮你写得具体一点。"),
        (
            "user",
            "收件人 谭志远 15918826734\n地址 深圳市南山区桃源街道龙珠花园B区7栋1502\n下单日期 11月28日",
        ),
        (
            "assistant",
            "好的，投诉内容如下：本人于11月28日下单，运单号YT7548813920418，至今未送达……",
        ),
    ],
    [
        (
            "user",
            "水務署 水費單\n用戶名稱 CHEUNG WING SZE 張詠詩\n供水地址 香港仔華富邨華昌樓12樓08室\n賬戶號碼 8021 3347 61\n應繳 HK$ 95.20\n請幫我翻譯成英文",
        ),
        (
            "assistant",
            "Water Supplies Department bill — Account name: CHEUNG WING SZE; amount due: HK$95.20 ...",
        ),
        ("user", "thx，順便話我知點樣用轉數快交"),
    ],
    [
        ("user", "我張回鄉證掃描出嚟係咁，幫我睇下幾時到期"),
        (
            "user",
            "港澳居民來往內地通行證\n姓名 麥 浩 賢\nMAK, HO YIN\n出生日期 1991.06.18\n證件號碼 H6O218847\n有效期限 2015.05.10-2025.05.09",
        ),
        ("assistant", "有效期至2025年5月9日，已經過期，需要重新申請換證。"),
    ],
    [
        (
            "user",
            "薪資明細 114年11月\n姓名 黃冠霖   員編 T230981\n本薪 52,000  伙食津貼 3,000\n勞保自付 -1,145  健保自付 -807\n實領 53,048\n請問勞保自付是怎麼算的？",
        ),
        ("assistant", "勞保自付額是依投保薪資級距乘以費率，再由勞工負擔20%計算。"),
    ],
    [
        ("user", "身分證正面OCR的結果如下，幫我轉成英文給簽證用"),
        (
            "user",
            "姓名 吳 承 翰\n出生 民國 85 年 1 1 月 03 日\n統一編號 F12873405O\n發證日期 民國108年7月1日 (補發) 新北市",
        ),
        ("assistant", "Name: WU, CHENG-HAN; Date of birth: 3 Nov 1996; ID No.: F128734050 ..."),
    ],
    [
        (
            "user",
            "私家醫院收據\n病人 歐陽子晴 OU YEUNG, Tsz Ching\nHKID XA271849(6)\n項目 婦產科診症 人工流產手術\n總數 HK$ 18,500\n保險可唔可以claim？",
        ),
        ("assistant", "視乎你保單的條款，一般需要醫生報告同正本收據，建議先問保險公司。"),
    ],
    [
        ("system", "You are a helpful assistant that drafts letters."),
        (
            "user",
            "HOUSING & DEVELOPMENT BOARD\nDear Mr Tan Boon Huat\nNRIC: S7659023J\nFlat: Blk 128 Toa Payoh Lor 1 #11-240 Singapore 310128\nArrears as at 30 Nov 2025: $1,287.40\n\ncan you help me write a reply asking for instalment plan",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I refer to your letter regarding the arrears on my flat ...",
        ),
    ],
    [
        (
            "user",
            "MEDICAL CERTlFICATE\nThis is to certify that MUHAMMAD HAZIQ BIN OTHMAN (NRIC T0234875B)\nwas examined on O2/12/2025 and is unfit for duty from 02/12/2025 to 04/12/2025\nDiagnosis: Acute gastroenteritis",
        ),
        ("user", "my boss wants a copy, can he see the diagnosis part?"),
        (
            "assistant",
            "Many employers only need the MC dates; you can ask HR whether the diagnosis needs to be shown.",
        ),
    ],
    [
        ("user", "can you read the MRZ for me, the OCR is off"),
        ("user", "P<SGPCHUA<<WEI<MING<<<<<<<<<<<<<<<<<<<<<<<<<"),
        ("user", "K4208715C9SGP9507085M3001112<<<<<<<<<<<<<<02"),
        (
            "assistant",
            "Surname CHUA, given names WEI MING, passport K4208715C, born 8 Jul 1995, male, expires 11 Jan 2030.",
        ),
    ],
    [
        (
            "user",
            "Transfer Successful\nFrom: Savings ****7719\nTo: TEOH KAH WAI\nCIMB 7060228514\nAmount RM 1,500.00\nRef: loan repayment ah keong\nDate 03 Dec 2025 21:14\n\nhelp me write a msg to tell him I paid",
        ),
        (
            "assistant",
            "Hi Kah Wai, just to let you know I've transferred RM1,500 to your CIMB account tonight ...",
        ),
    ],
    [
        (
            "user",
            "CURRlCULUM VlTAE\nSarah Tham Li Ying\n+65 9127 4836 | sarah.tham.ly@gmail.com\nBlk 661 Jurong West St 64 #05-318\n\nEXPERlENCE\nAccounts Executive, 2021–present",
        ),
        ("user", "pls fix the OCR and make it look professional"),
    ],
    [
        ("user", "Tolong isi borang ni guna maklumat IC saya"),
        (
            "user",
            "KAD PENGENALAN\n0109 23-12-0784\nFARAH NADIA BINTI JAMALUDIN\nLOT 1123 KG LIKAS\n88400 KOTA KINABALU\nSABAH",
        ),
        (
            "assistant",
            "Baik. Nama: Farah Nadia binti Jamaludin; No. K/P: 010923-12-0784; Alamat: Lot 1123, Kg Likas ...",
        ),
    ],
    [
        (
            "user",
            "SLIP GAJI NOV 2025\nNama: RAMLI BIN YUSOF\nNo. Pekerja: 04471\nNo. KWSP: 17730214\nGaji Pokok RM 2,650.00\nElaun Syif RM 180.00\nKWSP RM 292.00\nPERKESO RM 13.25\nPCB RM 0.00",
        ),
        ("user", "kenapa PCB saya 0?"),
        (
            "assistant",
            "Pendapatan bercukai bulanan anda mungkin di bawah paras yang dikenakan PCB.",
        ),
    ],
    [
        ("user", "Boleh terjemah kad temujanji ni ke English? Untuk anak saya baca"),
        (
            "user",
            "KAD TEMUJANJI\nKlinik Pakar Psikiatri\nNama: Lim Siew Peng\nNo. RN: 2025-00418\nTarikh: 15/12/2025  Masa: 9.00 pg\nBawa ubat sedia ada (Quetiapine)",
        ),
        (
            "assistant",
            "Appointment card — Psychiatry Specialist Clinic; Name: Lim Siew Peng; Date: 15 Dec 2025, 9.00 am ...",
        ),
    ],
    [
        (
            "user",
            "Tiket ETS\nNama Penumpang: ZULKIFLI BIN OMAR\nNo. KP: 750130-07-5011\nKL Sentral → Ipoh\n21/12/2025 07:30\nCoach C Seat 12A\n\nkalau nak tukar tarikh boleh ke?",
        ),
        (
            "assistant",
            "Tiket ETS biasanya boleh ditukar sekali sebelum waktu berlepas, tertakluk kepada caj.",
        ),
    ],
    [
        ("system", "You are an OCR cleanup assistant. Reply in the language the user asks for."),
        (
            "user",
            "帮我翻译成英文，签证用\n常住人口登记卡\n户主姓名 严国庆\n与户主关系 户主\n出生地 湖南省长沙市\n公民身份号码 430104197801300330\n文化程度 大学本科  婚姻状况 已婚",
        ),
        (
            "assistant",
            "Household Register — Name of head of household: YAN GUOQING; Relationship: head ...",
        ),
    ],
    [
        (
            "user",
            "收 据\n今收到房客 华思源 12月房租 ¥3,200 元整\n收款人：房东 彭美玲  微信 pml_8826\n房屋地址：武汉市洪山区卓刀泉社区3栋402\n帮我写个微信消息问押金什么时候退",
        ),
        ("assistant", "彭姐您好，我是402的租客华思源，想问一下押金大概什么时候可以退……"),
    ],
    [
        ("user", "My dad's blood test came back, can you help me read it?"),
        ("assistant", "Of course, please paste the results."),
        ("user", "肝功能\nALT 182 U/L ↑\nAST 155 U/L ↑\nGGT 96 U/L ↑\n乙肝表面抗原 阳性(+)"),
        (
            "assistant",
            "The liver enzymes are raised and hepatitis B surface antigen is positive, which suggests a hepatitis B infection.",
        ),
        ("user", "he's 钟德明, 63, still driving for Didi in Foshan. should I tell his company?"),
    ],
    [
        (
            "user",
            "LEMBAGA HASIL DALAM NEGERI\nNotis Taksiran 2024\nNama: GOH SWEE LIAN\nNo. Cukai: IG 2418 8830 060\nAlamat: 23, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong\nCukai kena bayar: RM 2,317.00\n\nbro can explain this in simple English?",
        ),
        (
            "assistant",
            "This is your 2024 tax assessment: LHDN says you owe RM2,317 in income tax ...",
        ),
    ],
    [
        ("user", "幫我將呢張單入面嘅資料打成文字，影得唔清楚"),
        (
            "user",
            "»  新 界 區 交 通 違 例 定 額 罰 款 通 知 書\n車 牌 號 碼  VH 4821\n登 記 車 主  何 志 強\n地 址  元 朗 朗 屏 邨 玉 屏 樓 2O9 室\n違 例  違 例 泊 車 |  罰 款 $ 4 0 0 ~",
        ),
        (
            "assistant",
            "車牌號碼：VH 4821；登記車主：何志強；地址：元朗朗屏邨玉屏樓209室；違例：違例泊車；罰款：$400。",
        ),
    ],
]
