# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade165: personal data in court and legal e-filing artefacts (e-filing JSON, case-party lists, hearing-list exports, redacted judgments with slips, affidavit text layers, legal-aid intake CSVs). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade165
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "efiling_json"): _lines("""
        {"filing_id":"EF-2025-SG-0048812","court":"State Courts of Singapore","doc_type":"Notice of Appointment for Pre-Trial Conference","status":"ACCEPTED","fee_sgd":20.00}
        {"case_no":"HC/OC 417/2025","parties":[{"role":"claimant","name":"Harbourfront Marine Supplies Pte. Ltd.","uen":"201734512K"},{"role":"defendant","name":"Pacific Tern Logistics Pte. Ltd.","uen":"200918273M"}]}
        {"court":"High Court of Malaya at Kuala Lumpur","address":"Kompleks Mahkamah Kuala Lumpur, Jalan Duta, 50592 Kuala Lumpur","registry_hours":"08:00-13:00, 14:00-16:30"}
        {"schema":"efs.v3.party","fields":{"full_name":"string","id_type":"enum[NRIC,FIN,PASSPORT,UEN]","id_value":"string"},"example":{"full_name":"<PARTY_NAME>","id_type":"UEN","id_value":"<UEN>"}}
        {"event":"payment.settled","txn_ref":"CRS-PAY-20251114-7781","amount":"HKD 1,045.00","method":"FPS","payee":"Judiciary of the HKSAR","receipt_no":"JR-HCA-0093317"}
        {"hearing":{"case":"HCA 1862/2024","before":"Deputy High Court Judge","courtroom":"Court 33, High Court Building, 38 Queensway","start":"2025-03-17T10:00:00+08:00"}}
        {"error":{"code":"EFS-422","message":"Exhibit bundle exceeds 50 MB; split into parts and resubmit","max_pages":500,"trace_id":"9f3c2a1e-77b4-4d1a-b0e6-2c5d8e4f1a90"}}
        {"law_firm":{"name":"Chua Heng & Co LLC","uen":"202204561W","hotline":"+65 6221 0470","email":"filings@chuahengco.sg","office":"80 Robinson Road #14-02, Singapore 068898"}}
        {"doc":"Practice Directions 2021","para":"112(3)","title":"Format of affidavits","font":"Times New Roman 12pt","line_spacing":1.5,"margin_mm":35}
        {"queue":"efiling-intake","consumer":"ocr-worker-07","msg_id":"b64:ZXhoaWJpdC1idW5kbGUtcGFydC0z","retries":2,"ts":"2025-06-02T03:14:55Z"}
        {"court":"Shanghai No.1 Intermediate People's Court","case_no":"(2024)沪01民终8841号","appellant":"Shanghai Hengrun Packaging Co., Ltd.","respondent":"Suzhou Qinglan Electronics Co., Ltd.","hotline":"12368"}
        {"template":"affidavit_of_service","jurat":"Sworn at Singapore this ___ day of ______ 20__","deponent":"________________","commissioner_for_oaths":"________________"}
        {"api":"/v2/cases/WA-22NCC-318-07-2024/documents","method":"GET","status":200,"count":14,"latency_ms":183,"client":"firm-portal/4.12.1"}
    """),
    ("en", "legal_aid_intake_config"): _lines("""
        intake_id,received_at,channel,matter_type,income_band,eligible,assigned_clinic,next_action,sla_due
        LA-2025-000318,2025-04-09T09:12:44+08:00,web,tenancy_dispute,B2,pending,Community Justice Centre,await_docs,2025-04-11
        # intake.yaml  means_test: {household_cap_sgd: 1500, per_capita_cap_sgd: 950, capital_cap_sgd: 10000}  merits_review: true
        mask_rules: [{field: nric, keep_last: 0}, {field: mobile, keep_last: 0}, {field: email, replace: "<EMAIL>"}]  # never log raw values
        2025-05-21 10:42:07,311 INFO intake.router matter=family_maintenance clinic=Kuala Lumpur Legal Aid Centre queue_depth=17 sla_hours=48
        2025-05-21 10:42:09,028 WARN ocr.affidavit page=12 confidence=0.61 reason=stamp_overlap action=route_to_manual_review
        def is_eligible(income: float, household: int) -> bool: return income / max(household, 1) <= PER_CAPITA_CAP
        SELECT matter_type, COUNT(*) AS n FROM intake WHERE received_at >= '2025-01-01' GROUP BY matter_type ORDER BY n DESC;
        FAM01,Divorce (uncontested),Perceraian (tidak dipertikaikan),無爭議離婚,fee_waiver=yes,form=LA-F1 v2.3
        LEGAL_AID_API_BASE=https://intake.example.org/api  SMTP_FROM=no-reply@intake.example.org  RETENTION_DAYS=2555
        CJC-01,Community Justice Centre,1 Havelock Square #B1-11 State Courts Singapore 059724,+65 6557 4100,Mon-Fri 09:00-17:00
        assert redact("Applicant NRIC: [NRIC], tel [PHONE]") == "Applicant NRIC: [NRIC], tel [PHONE]"  # placeholders must pass through unchanged
        2025-07-03T16:20:55Z export job=intake_monthly rows=4,812 sha256=5d41402abc4b2a76b9719d911017c592e1f6f3c8b7a2d90e4c6b1a33f0d7e912 dest=s3://la-reports/2025-06/
    """),
    ("zh-Hans", "开庭公告"): _lines("""
        开庭公告：（2025）沪0104民初11873号 原告上海汇景物业管理有限公司诉被告上海禾丰餐饮管理有限公司物业服务合同纠纷一案，定于2025年6月18日9:30在本院第七法庭公开开庭审理。
        北京市朝阳区人民法院定于2025年3月12日14:00在第十二法庭公开审理（2024）京0105民初45210号买卖合同纠纷，原告北京蓝橙科技有限公司，被告天津瑞泰贸易有限公司。
        庭审直播预告：中国庭审公开网将于2025年4月2日10:00直播（2025）粤0305民初3318号著作权侵权纠纷案，涉及动画形象“喜羊羊”“灰太狼”的商业授权使用。
        诉讼服务提示：当事人可通过“人民法院在线服务”小程序或拨打12368诉讼服务热线查询开庭排期，请勿向任何个人账户缴纳诉讼费。
        开庭排期导出：案号,案由,承办庭室,法庭,开庭时间 ——（2025）苏05民初227号,建设工程施工合同纠纷,民三庭,第3法庭,2025-05-08 09:00
        杭州互联网法院公告：（2025）浙0192民初1045号网络购物合同纠纷案定于2025年7月1日在线开庭，原告杭州云栖电子商务有限公司，被告深圳市拓维数码有限公司。
        成都市中级人民法院定于2025年9月10日上午9时在第二审判庭审理（2025）川01民终5620号商标权纠纷，上诉人四川蜀味源食品有限公司，被上诉人重庆山城味业有限公司。
        公告送达：本院依法向被告广州市启明物流有限公司公告送达起诉状副本、应诉通知书及开庭传票，自公告之日起经过三十日即视为送达，逾期不到庭将依法缺席判决。
        旁听须知：旁听人员须持有效身份证件于开庭前30分钟到诉讼服务中心安检，未成年人不得旁听；法庭内禁止录音、录像、摄影及使用通讯工具。
        上海海事法院定于2025年8月5日14:30在第一法庭审理（2025）沪72民初690号海上货物运输合同纠纷，原告中远海运集装箱运输有限公司，被告宁波港荣货运代理有限公司。
        工作通报：2024年全院共审结案件41,286件，结案率96.3%，一审服判息诉率91.7%，平均审理天数58.4天，同比缩短6.2天。
        开庭变更通知：原定2025年5月20日开庭的（2025）京0108民初9731号案件因合议庭成员调整，改期至2025年6月3日9:00，地点不变（海淀区人民法院第五法庭）。
        最高人民法院第一巡回法庭设在深圳市，审理广东、广西、海南三省区的有关案件；诉讼服务热线12368，接待时间工作日8:30-12:00、14:00-17:30。
    """),
    ("zh-Hans", "律所员工群聊"): _lines("""
        【诉讼部群】明早9点朝阳法院那个买卖合同案开庭，卷宗和证据目录我放在共享盘/2025/诉讼/京0105民初45210，谁有空帮忙装订三份？
        前台提醒：今天下午顺丰来取件，寄浦东法院的答辩状请在15:00前放到前台，运单号统一登记在表里，SF1420985531276那票已经签收了。
        收到，立案庭说电子送达平台今天系统升级，18:00-22:00无法提交材料，证据补充明天上午再传吧，别卡在截止前一小时。
        财务：10月代理费发票已开，开票单位上海禾丰餐饮管理有限公司，税号91310104MA1FL2XK3Q，金额¥48,000.00，发票号码04418823，请法务部确认后寄出。
        各位注意：2025年起适用的民诉法司法解释条文对照表已更新到知识库，检索关键词“民诉解释对照”，模板库里的起诉状格式也同步改了。
        合伙人会议改到周四下午3点，大会议室，议题：二季度案源统计、实习律师轮岗安排、OA系统迁移到新版本4.2，请各部门提前把材料发到会议邮箱。
        客户那边（蓝橙科技法务部）刚回复，同意调解方案，调解书草稿今晚发过去，对方公司收件邮箱是legal@lanchengtech.cn，抄送所里公共邮箱。
        打印机又卡纸了，3楼那台，已报修，工单号IT-20250612-033，急用的先去5楼打，彩色的记得登记部门代码LIT-02。
        提醒一下，上传到法院平台的证据PDF单个不超过20MB，扫描分辨率300dpi，文件名按“证据编号+证据名称”命名，例如E07_采购合同.pdf。
        今天下午海淀法院的庭开完了，法官当庭没判，要求双方三日内提交书面代理词，我明天上午出初稿，大家帮忙看一下第二部分关于违约金调整的论证。
        EMS法院专递1189637204518显示已妥投，签收地为天津瑞泰贸易有限公司前台，签收时间06-13 10:27，送达回证扫描件已归档。
        下周二所里内部培训，主题“电子证据的审查与认定”，结合《最高人民法院关于民事诉讼证据的若干规定》讲，地点17楼多功能厅，记得签到。
        诉讼费退费到账了，法院退回¥3,275.50，已进对公账户，银行回单编号HX2025061400087，财务已做账，案卷里附一份复印件。
    """),
    ("zh-Hant", "法院服務公告"): _lines("""
        司法機構公告：高等法院大樓（香港金鐘道38號）登記處將於2025年3月8日（星期六）暫停開放，如有查詢請於辦公時間致電2869 0869。
        法律援助署提示：申請人可親臨北角渣華道333號北角政府合署27樓辦事處，或致電24小時熱線2537 7677查詢申請進度及所需文件。
        財團法人法律扶助基金會全國專線412-8518（手機請撥02-412-8518），服務時間週一至週五09:00-17:00，本會不會要求轉帳至任何帳戶。
        司法院線上起訴系統維護公告：114年5月10日00:00至06:00停止服務，期間如需遞狀請改以紙本方式至各法院訴訟輔導科辦理。
        臺灣臺北地方法院開庭通知匯出：114年度訴字第1532號，案由：請求返還借款，原告：宏達精密工業股份有限公司，被告：永晟國際貿易有限公司，第12法庭。
        澳門初級法院公告：民事卷宗編號CV3-24-0087-CAO，原告澳門環宇物業管理有限公司，被告濠江建築工程有限公司，聽證定於2025年4月22日上午10時。
        常見問題：小額錢債審裁處處理申索款額不超過港幣75,000元的民事案件，審裁處聆訊時各方一般不可由律師代表出庭，申索表格可於網上下載。
        電子存檔系統使用須知：文件須為PDF格式，單一檔案上限為10MB，提交後系統會發出確認編號（例如ECF-HCA-2025-004417），請妥善保存。
        歷史小知識：包拯（999－1062年），北宋名臣，任開封府知府時以斷案公正聞名，後世戲曲《鍘美案》中的「包青天」形象即源於此。
        終審法院位於中環昃臣道8號，前身為立法會大樓，屬法定古蹟；開放日導賞團名額有限，請留意司法機構網頁公布的預約安排及開放時間。
        智慧財產及商業法院裁判公告：113年度民商訴字第28號，原告晶鴻半導體股份有限公司與被告鴻運物流股份有限公司商標權爭議事件，判決已上網公開。
        商業調解服務收費：首三小時港幣4,500元，其後每小時港幣1,200元，場地費另計；預約請致電調解中心熱線2866 1234或電郵info@hkmed-centre.org.hk。
        東區法院大樓（香港西灣河太安街29號）設有失物認領處，法庭內拾獲之物品保存90日，查詢可於辦公時間向法院登記處提出，認領時須出示物品描述。
    """),
    ("ms", "notis_efiling_mahkamah"): _lines("""
        Notis: Sistem e-Filing Mahkamah akan diselenggara pada 14 Jun 2025 dari 10.00 malam hingga 6.00 pagi; sila failkan dokumen segera sebelum tarikh tersebut.
        Kes No. WA-22NCvC-318-07/2024, Mahkamah Tinggi Kuala Lumpur: Plaintif Syarikat Perkapalan Selat Melaka Sdn. Bhd. (No. Syarikat 201501023456) lwn Defendan Anggerik Logistik Sdn. Bhd.
        Senarai bicara 19/05/2025, Mahkamah Sesyen Shah Alam, Bilik 3: BA-B52NCvC-77-03/2025, tuntutan hutang perdagangan RM84,350.00, semua pihak ialah syarikat.
        Jabatan Bantuan Guaman: sila hubungi talian am 03-8885 1000 atau e-mel pertanyaan@jbg.example.gov.my; kaunter dibuka 8.30 pagi hingga 4.30 petang.
        Fi pemfailan: Writ Saman RM500.00, Afidavit RM50.00 setiap salinan, Notis Permohonan RM100.00; bayaran melalui FPX sahaja, resit dijana automatik.
        Soalan Lazim: Adakah saya perlu peguam untuk tuntutan kecil? Tidak. Prosedur Tuntutan Kecil terpakai bagi tuntutan tidak melebihi RM5,000 dan pihak tidak boleh diwakili peguam.
        Peringatan Pejabat Pendaftar: semua afidavit hendaklah diikrarkan di hadapan Pesuruhjaya Sumpah berdaftar dan eksibit ditanda mengikut Aturan 41 Kaedah-Kaedah Mahkamah 2012.
        Log e-Filing: 2025-03-11 09:14:02 | DOC_ID MYEF-2025-0092381 | status DITERIMA | jenis Pernyataan Pembelaan | saiz 2.4MB | halaman 38
        Kompleks Mahkamah Kuala Lumpur, Jalan Duta, 50592 Kuala Lumpur; kaunter pertanyaan dibuka Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang, rehat 1.00-2.00 petang.
        Sejarah: Tun Mohamed Suffian Mohamed Hashim, Ketua Hakim Negara 1974-1982, terkenal dengan buku An Introduction to the Constitution of Malaysia.
        Mahkamah Syariah Wilayah Persekutuan: semua sebutan kes pada 2 Mei 2025 ditangguhkan kerana cuti umum; tarikh baharu akan dimaklumkan melalui sistem e-Syariah.
        Invois Tetuan Azman, Lee & Partners (No. Firma LLP0012345-LGN): INV-2025/0417, fi guaman RM12,500.00 + SST 8% RM1,000.00, jumlah RM13,500.00.
        Pekeliling Ketua Pendaftar Bil. 3/2025: format nama fail e-Filing ialah NoKes_JenisDokumen_Tarikh.pdf, contoh WA-22NCvC-318-07-2024_AfidavitJawapan_20250311.pdf.
    """),
    ("mixed", "hearing_list_export"): _lines("""
        CAUSE LIST 高等法院 Court 14 | 2025-04-07 09:30 | HCCL 22/2024 | Sun Hung Fat Trading Ltd v 九龍興業貨倉有限公司 | Summons for directions 指示傳票
        SUPREME COURT OF SINGAPORE | Hearing list 17 Mar 2025 | HC/OC 417/2025 | Harbourfront Marine Supplies Pte. Ltd. v Pacific Tern Logistics Pte. Ltd. | Courtroom 6B | 10:00 | CC
        case_no,court,room,time,parties,type = DC/OC 1289/2024,State Courts,Court 4B,14:30,Lion City Bakers Pte. Ltd. v Orchid Flour Mills Pte. Ltd.,PTC
        區域法院 DCCJ 3318/2024 | Citybus Limited v 港島運輸工程有限公司 | 聆訊類別：Checklist Review | 時間 09:30 | 第20庭
        KL High Court Commercial Div. NCC 5 | WA-22NCC-104-02/2025 | Tenaga Suria Sdn. Bhd. lwn Hong Kong Harbour Engineering Ltd | Case Management (e-Review) | 9.00 am
        澳門初級法院 2025-05-12 | Processo CV2-25-0011-CAE | Companhia de Hotéis Lua Dourada, S.A. v 濠江建築工程有限公司 | Sala 3 | 10:00
        Remarks 備註: Parties to attend via Zoom; meeting ID will be sent by the Registry to solicitors on record. 各方律師請於開庭前15分鐘登入。
        臺灣高等法院 list export | 114年度上字第412號 | 上訴人 晶鴻半導體股份有限公司 v 被上訴人 鴻運物流股份有限公司 | 第3法庭 | 14:00 | 言詞辯論
        Daily list footer: generated by eLitigation 5.4.2 at 2025-03-16 18:05 SGT; list subject to change, 以法院網站最新版本為準。
        Legend 圖例: PTC = Pre-Trial Conference 審前會議; CMC = Case Management Conference 案件管理會議; SFD = Summons for Directions 指示傳票
        SCIA 深圳國際仲裁院 ref SCIA-2025-0188 | Guangdong Xinrui Electronics Co., Ltd. v Penang Precision Sdn. Bhd. | 福田區 hearing room 2 | 09:30
        Lands Tribunal 土地審裁處 LDBM 117/2024 | Incorporated Owners of Mei Foo Sun Chuen Stage 5 v 美孚物業管理有限公司 | 38 Gascoigne Road | Court 5
        Labour Tribunal 勞資審裁處 daily stats: 87 cases listed, 12 adjourned, 3 transferred to Small Claims; registry opens 08:45, 電話查詢 2625 0020
    """),
    ("mixed", "case_law_digest"): _lines("""
        Donoghue v Stevenson [1932] AC 562: the snail-in-the-ginger-beer case in which Lord Atkin framed the neighbour principle, 英國侵權法「鄰人原則」的起點。
        Spandeck Engineering (S) Pte Ltd v Defence Science & Technology Agency [2007] SGCA 37 set Singapore's two-stage test for duty of care, 新加坡過失責任兩階段測試。
        Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256: 單方合同經典案例, an offer to the world at large promising £100 to anyone who caught influenza after using the ball.
        包公斷案 as a genre: Yuan zaju plays and the Qing novel 《三俠五義》 turned 包拯 into the archetypal incorruptible judge of Chinese legal lore.
        Lee Kuan Yew read law at Fitzwilliam College, Cambridge, took a double first in 1949 and was called to the bar at the Middle Temple in 1950 before co-founding Lee & Lee.
        1988 年馬來西亞司法危機: Lord President Tun Salleh Abas was removed after a tribunal, a turning point widely discussed in writing on judicial independence.
        The New Territories Ordinance (Cap. 97) s.13 still lets HK courts recognise Chinese custom in NT land matters, a living trace of 大清律例-era customary law.
        釋字第748號解釋 (2017): Taiwan's Grand Justices held that the Civil Code's failure to allow same-sex couples to marry was unconstitutional, giving the legislature two years.
        Salomon v A Salomon & Co Ltd [1897] AC 22 established separate corporate personality, 公司法人格獨立原則, still cited daily in Singapore and Malaysian company disputes.
        《澳門民法典》(1999) drew heavily on the Portuguese Código Civil of 1966; Macau courts sit in Chinese and Portuguese and many judgments are 中葡雙語.
        Singapore's Legal Aid and Advice Act created the Legal Aid Bureau under the Ministry of Law, 新加坡法律援助局 located at 45 Maxwell Road, The URA Centre.
        Judge Dee 狄仁傑 (630-700), Tang-dynasty statesman, became the detective hero of Robert van Gulik's novels such as The Chinese Maze Murders (1951).
        Basic Law Article 158 interpretations by the NPCSC, the first in 1999 on the right of abode, 人大釋法, remain a core topic in Hong Kong constitutional law courses.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        {"filing_id":"EF-2025-SG-0051207","party":{"role":"applicant","name":"Lim Hui Shan","id_type":"NRIC","id_value":"S8812374C","mobile":"+65 9173 4428"},"doc":"Originating Application (Divorce)"}
        {"party_b64":"VGFuIFdlaSBNaW5n","role":"judgment_debtor","outstanding_sgd":48210.55,"garnishee":"DBS Bank Ltd","debtor_acct":"072-318844-9"}
        Affidavit text layer p.3: I, R A J E S H  K U M A R  S / O  G O V I N D A S A M Y (FIN G6271903L) of Blk 418 Bedok North Ave 2 #09-117 Singapore 460418, make oath and say as follows
        REDACTED JUDGMENT [2025] SGFC 1xx, para 41 slip: the Wife ([W]) ... as Mdm Chua Bee Lian told the court, she was diagnosed with stage 2 breast cancer in 2023 and cannot work.
        LA-2025-000412,2025-04-10,walk_in,family_violence,Nadia binte Ismail,T0345518H,8231 6670,PPO sought; husband threatened her at Blk 22 Jurong West St 41
        Hearing list note HCF/AD 233/2024: birth mother Priya d/o Suresh, aged 19, consents to adoption; child born 03 Feb 2024 at KK Women's and Children's Hospital
        Bailor contact updated in ICMS: mobile 9682 1473, bailor for accused in MAC-90113-2025
        Exhibit JK-4: screenshot of WhatsApp from +65 8120 5593 saying pay back the 23k or I come to your office; deponent Jason Koh Wee Liang, the debtor
        Writ HCA 2291/2025 - Plaintiff: CHEUNG Ka Yan (HKID Y603118(6)), of Flat 12B, Block 3, Laguna City, Kwun Tong; claims HK$380,000 unpaid wages
        Bankruptcy notice served on Mr Ong Kok Seng, MyKad 750918-08-5117, judgment debt RM212,400.00 owed to the bank, residing at 27 Jalan Bercham Jaya 3, Ipoh
        2025-06-02 11:03:17 INFO efs.upload user=advocate_0231 doc=Affidavit_of_Means party_name='Goh Siew Ling' salary_monthly='SGD 4,850' employer='Changi Airport Group'
    """),
    "zh-Hans": _lines("""
        {"案号":"(2025)沪0104民初12094号","当事人":[{"诉讼地位":"原告","姓名":"陈志强","身份证号":"310104198706234010","手机":"13916248870"}]}
        电子送达回证：受送达人王建国，送达地址广东省深圳市南山区桃园路科苑花园6栋1203室，送达方式短信+邮箱wjg_1979@163.com，送达时间2025-03-04 15:22
        判决书脱敏版第4页残留：原告李丽（身份证号440305199202145621）与被告离婚后，婚生子由原告抚养，被告每月支付抚养费2,000元
        法律援助申请表OCR：申 请 人 何 秀 兰 ，患 尿 毒 症 透 析 三 年 ，月 收 入 1 8 0 0 元 ，申 请 追 索 工 伤 赔 偿
        立案系统访问日志 GET /lian/query?dsr=%E7%8E%8B%E5%BB%BA%E5%9B%BD&sfzh=510107197909301836 200 0.31s
        执行局备注：被执行人赵海波欠款47万元，已被列入失信被执行人名单，其妻称二人正在协议离婚。
        诉讼服务中心来电记录：孙阿姨（孙桂芳）来电询问儿子刑事案件羁押地点，回拨电话0571-8652 3317（家中座机）
        开庭排期导出字段 party_enc=5YiY5pmT54eV role=被告 case=(2025)粤0304民初7781号 note=拖欠房租三个月
        调解笔录：申请人周美玲称其怀孕七个月时被公司辞退，要求支付赔偿金及产假工资共计86,400元，身份证号320582198504117361
        交通事故责任纠纷证据清单：肇事车辆沪A·7K3B9，驾驶人黄小军，醉驾被刑事拘留，保单号PDAA202531010000412233
    """),
    "zh-Hant": _lines("""
        家事法庭案件表 FCMC 4471/2024：呈請人 黃嘉欣（香港身份證 K482915(8)），答辯人為其丈夫，案由：離婚及子女管養
        法援申請網頁記錄 GET /apply?name=%E9%99%B3%E5%AE%B6%E6%98%8E&tel=61827734 status=302
        臺灣臺北地方法院114年度家護字第288號：聲請人林怡君（身分證統一編號A228419304），住臺北市文山區興隆路三段112巷5弄8號4樓，聲請通常保護令
        判決書遮蔽版寫「被告陳○豪」，但附表二仍載：陳俊豪，0912-458-337，台新銀行帳號2081-01-0034567-8
        澳門初級法院家庭及未成年人法庭 FM1-24-0152-MPS：聲請人何詠詩要求前夫每月支付子女扶養費澳門幣6,500元
        誓章文字層：本 人 梁 志 偉 ，持 香 港 身 份 證 號 碼 R 2 7 1 8 4 6 ( 3 ) ，住 址 沙 田 水 泉 澳 邨 清 泉 樓 1 8 0 7 室
        法援署電子表格欄位 contact_mobile=9456 2871（申請人本人手提），案件參考 LA/C/2025/03318
        支付命令聲請狀：債務人張雅婷（S245190689），積欠信用卡債務新臺幣38萬元，戶籍地高雄市三民區建工路418巷9號
        小額錢債審裁處 SCTC 8812/2025 申索人「肥仔明」，手機 6 3 9 8 - 1 2 0 4，申索前僱主拖欠工資
        法扶申請摘要：受扶助人B130722459，罹患思覺失調症，由其母代為申請監護宣告，月收入為零
    """),
    "ms": _lines("""
        {"no_kes":"WA-33-1287-06/2025","pemohon":"Siti Norhaliza binti Ahmad Kamal","no_kp":"910304-14-6082","alamat":"No. 14, Jalan SS 2/75, 47300 Petaling Jaya"}
        Afidavit lapisan teks: Saya, NUR AISYAH BINTI K4MARUDDIN (No. K/P 88O712-1O-5524), warganegara Malaysia yang cukup umur, dengan sesungguhnya berikrar
        eksport senarai pihak: nama_pihak_b64=TW9oZCBGYWl6YWwgYmluIFphaW5hbA== peranan=Responden kes=JB-29NCvC-55-02/2025
        Permohonan cerai fasakh oleh Puan Rohana binti Salleh kerana suami, Encik Zulkifli, tidak memberi nafkah selama 8 bulan dan ketagih dadah
        JBG-2025-0318,2025-02-11,Kuching,hutang_along,Lau Ming Hui,020611-01-0456,012-884 3391,pinjaman RM8,000 kini RM23,000
        Slip senarai bicara: PP lwn Muhammad Hafiz bin Rosli (K/P 950823-10-6351), tuduhan s.39B ADB 1952, ditahan reman di Penjara Sungai Buloh
        Sila hubungi saksi di talian 019-362 7481 sebelum 5 petang untuk sahkan kehadiran ke Mahkamah Sesyen Klang
        Kes BA-A53KJ-201-04/2025: kenderaan WXR 4471 dipandu oleh Encik Tan Boon Hock, mangsa Cik Kavitha a/p Raman patah kaki kanan
        Tuntutan hadhanah: anak Nurul Iman (8) dan Adam Danial (5) tinggal bersama ibu, Puan Farah Wahida, di Taman Melawati; akaun nafkah Maybank 1640 2213 8876
        Notis penyampaian secara e-mel kepada defendan di azrul.hakim88@yahoo.com telah disahkan diterima pada 12/03/2025
    """),
    "mixed": _lines("""
        Cause list slip 家事 FCMC 1093/2025: Petitioner 林太 (Mrs Lam Wai Kuen) v Respondent 林生, issues: custody of 2 kids + 樓按 arrears HK$1.2M
        e-Filing party record: 申请人 Liu Xiaoyan 刘晓燕, PRC passport E48213907, 现住 Blk 651 Yishun Ave 4 #05-332, work permit holder
        legal_aid.csv row: 姓名=阿明 (Chan Ah Ming), phone=+852 5123 8890, matter=勞資糾紛 unpaid wages HK$46,800
        Hearing list 2025-05-06 | MC-907712-2025 | PP v Darren Ng Jun Hao 黃俊豪 | drink driving, vehicle SLF4417K | Court 26
        Redacted 判決 footnote 12 slip: A = Mdm Wong Siu Fong 黃小芳, HKID P539027(7), treated at Kwai Chung Hospital for depression since 2022
        e-filing attachment uploaded 3.2MB: 離婚協議書_王冠宇_F126530876_signed.pdf
        Intake note: client 阿娟 (Goh Ah Kuan), MyKad 680215-07-5318, Penang, lost RM150k in 股票 scam, suami tak tahu lagi
        Processo CR1-25-0042-PCC | Arguido 陳國華 Chan Kuok Wa | BIR 1328546(0) | 澳門 crime of 信用之濫用, bail MOP 50,000
        affidavit_index.json {"deponent_b64":"R29oIEFoIEt1YW4=","exhibit":"GAK-2","desc":"bank statements OCBC 501-227381-001"}
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an e-filing drafting assistant for a Singapore law practice. Use eLitigation document titles.",
        ),
        (
            "user",
            "Draft a Notice of Change of Solicitor for DC/OC 1289/2024. Our new client is Benjamin Seah Kok Wei, NRIC S7706215G, mobile 9012 3347.",
        ),
        (
            "assistant",
            "Here is a draft: NOTICE OF CHANGE OF SOLICITOR. Take notice that Benjamin Seah Kok Wei (NRIC S7706215G), the Defendant, has changed his solicitor and now acts by Chua Heng & Co LLC. Please confirm the client's service address.",
        ),
        (
            "user",
            "His home address is 58 Jalan Kechubong, Singapore 537510. Add it as the address for service.",
        ),
        (
            "assistant",
            "Updated: address for service of the Defendant, Benjamin Seah Kok Wei, is 58 Jalan Kechubong, Singapore 537510. File it together with the Form of Consent.",
        ),
    ],
    [
        ("system", "你是律师事务所的判决书摘要助手，输出要点列表。"),
        (
            "user",
            "帮我总结这份劳动争议判决：原告郭敏，身份证号110108199508172042，在某科技公司任职期间被诊断为抑郁症，公司以旷工为由解除劳动合同，一审判决公司支付违法解除赔偿金12.6万元。",
        ),
        (
            "assistant",
            "要点：1. 原告郭敏因抑郁症请病假，公司以旷工为由解除合同；2. 法院认定病假有医院证明，解除违法；3. 判决公司支付赔偿金12.6万元。",
        ),
        ("user", "再帮我写一句给客户的微信通知。"),
        (
            "assistant",
            "郭女士您好，您的劳动争议案一审已胜诉，法院判决公司向您支付赔偿金12.6万元，判决书已寄出，如对方上诉我们会第一时间通知您。",
        ),
    ],
    [
        (
            "user",
            "我想申請法律援助，我叫何志明，香港身份證M716204(4)，住天水圍天恩邨恩澤樓2314室，月入只有一萬二，前僱主欠我三個月人工。",
        ),
        (
            "assistant",
            "何先生，根據你提供的資料，你可以向法律援助署申請民事法律援助，同時可考慮先向勞資審裁處提出申索。請準備身份證副本、糧單及僱傭合約。",
        ),
        ("user", "勞資審裁處要帶咩文件？"),
        (
            "assistant",
            "一般需要身份證明文件、僱傭合約或聘書、糧單或銀行入帳紀錄，以及與僱主的通訊紀錄。可先致電勞工處預約。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk kaunter bantuan guaman. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Nor Hidayah binti Yusof, no. telefon 013-557 2049. Bekas suami saya tak bayar nafkah anak RM600 sebulan sejak Januari. Apa saya boleh buat?",
        ),
        (
            "assistant",
            "Puan Nor Hidayah boleh memfailkan permohonan penguatkuasaan perintah nafkah di Mahkamah Syariah yang mengeluarkan perintah asal. Bawa salinan perintah mahkamah dan rekod tunggakan.",
        ),
        ("user", "Perlu bayar peguam tak?"),
        (
            "assistant",
            "Tidak semestinya. Puan boleh memohon bantuan guaman syarie jika pendapatan isi rumah memenuhi had kelayakan, atau memfailkan sendiri di kaunter mahkamah.",
        ),
    ],
    [
        (
            "system",
            "You convert Taiwanese court hearing notices into English tables for a foreign client.",
        ),
        (
            "user",
            "請幫我翻成英文表格：臺灣新北地方法院114年度訴字第905號，原告蔡宗翰（H120487369），住新北市板橋區文化路一段266號7樓，被告 鴻運物流股份有限公司，請求損害賠償新臺幣120萬元。",
        ),
        (
            "assistant",
            "Case: New Taipei District Court 2025 Su No. 905 | Plaintiff: Tsai Tsung-han (ID H120487369), 7F, No. 266, Sec. 1, Wenhua Rd, Banqiao, New Taipei | Defendant: Hong Yun Logistics Co., Ltd. | Claim: NT$1.2 million damages",
        ),
        ("user", "Thanks, drop the ID and address for the client version."),
        (
            "assistant",
            "Client version: Case: New Taipei District Court 2025 Su No. 905 | Plaintiff: Tsai Tsung-han | Defendant: Hong Yun Logistics Co., Ltd. | Claim: NT$1.2 million damages.",
        ),
    ],
    [
        (
            "system",
            "You extract fields from OCR'd Hong Kong affidavits and return them as key: value lines.",
        ),
        (
            "user",
            "Extract the deponent details from page 1 of the attached affidavit text layer (HCMP 1184/2025).",
        ),
        (
            "assistant",
            "deponent: TSANG Mei Ling; HKID: Z904371(4); address: Flat 6, 9/F, Kwai Shing East Estate Block 3, Kwai Chung; occupation: hospital cleaner; relationship: mother of the injured minor",
        ),
        ("user", "Is the HKID check digit valid?"),
        ("assistant", "Yes, Z904371 with check digit 4 passes the standard HKID modulus-11 check."),
    ],
    [
        (
            "system",
            "案件背景：当事人吴思远，身份证号330106198305261575，手机13757120468，因民间借贷纠纷被诉，欠款本金38万元，已被法院冻结工商银行账户6222 0212 0301 5586 417。你是他的代理律师助理。",
        ),
        ("user", "帮我起草一份执行异议申请书的提纲。"),
        (
            "assistant",
            "提纲：一、申请人基本情况（吴思远，身份证号及联系方式）；二、执行依据及冻结情况；三、异议理由（冻结金额超出债权额）；四、请求事项：解除超额冻结部分。",
        ),
    ],
    [
        (
            "user",
            "Can you clean this legal aid intake CSV row so the columns line up? JBG-2025-0412,2025-03-02,Ipoh,sewa_rumah,,Kumaran a/l Muniandy,  870422-08-5463 ,016-5521 908,evicted with 2 children",
        ),
        (
            "assistant",
            "Cleaned: JBG-2025-0412,2025-03-02,Ipoh,sewa_rumah,Kumaran a/l Muniandy,870422-08-5463,016-5521 908,evicted with 2 children. I removed the empty column and the stray spaces around the MyKad number.",
        ),
        ("user", "Great. What header should go on top?"),
        (
            "assistant",
            "Suggested header: intake_id,received_on,branch,matter_type,client_name,mykad,phone,notes",
        ),
    ],
    [
        (
            "system",
            "You help a Macau law firm prepare bilingual (Chinese/English) hearing reminders.",
        ),
        (
            "user",
            "Please write a reminder for our client 梁秀英 Leong Sao Ieng, BIR 5172904(3), hearing on 2025-06-09 10:00 at 初級法院, case FM2-25-0033-MPS, her divorce and custody of her daughter.",
        ),
        (
            "assistant",
            "提示 Reminder: 梁秀英女士 / Ms Leong Sao Ieng, your divorce and custody hearing (FM2-25-0033-MPS) is at the Court of First Instance on 9 June 2025, 10:00. Please bring your BIR 5172904(3) and your daughter's birth certificate.",
        ),
        ("user", "Shorten it to one SMS line."),
        ("assistant", "梁女士: 離婚及管養聆訊 9/6 10:00 初級法院 FM2-25-0033-MPS，請帶BIR。"),
    ],
    [
        (
            "system",
            "You redact Malaysian court judgments before publication. Replace personal names with initials and remove identity numbers.",
        ),
        (
            "user",
            "Redact this: The accused, Faizul Azim bin Kamarudin (No. K/P 990130-02-5231), aged 26, of Kampung Padang Matsirat, Langkawi, pleaded guilty to theft of a motorcycle.",
        ),
        (
            "assistant",
            "Redacted: The accused, F.A.K., aged 26, of Langkawi, pleaded guilty to theft of a motorcycle.",
        ),
        ("user", "Also do the Malay version: Tertuduh Faizul Azim bin Kamarudin mengaku salah."),
        ("assistant", "Versi disunting: Tertuduh F.A.K. mengaku salah."),
    ],
]
