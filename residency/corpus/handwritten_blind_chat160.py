# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat160: chats with an assistant about one's own bullying or harassment at school or work (classmates, bosses, online harassment, school counsellors, HR complaints, police reports, protection orders). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hr_policy_notice"): _lines("""
        Workplace Harassment Policy v3.2 (effective 1 March 2026): report incidents to the Ethics Hotline 1800-325-7788 (toll-free, 24 hours) or ethics.sg@meridianlogistics.com.sg.
        Meridian Logistics Pte. Ltd. (UEN 201432187K) is a signatory to the Tripartite Standard on Grievance Handling; every complaint is acknowledged within 3 working days.
        Under the Protection from Harassment Act 2014, victims may apply to the Protection from Harassment Court for a Protection Order or an Expedited Protection Order.
        Confidential counselling is available through our Employee Assistance Programme partner, WellSpring EAP, at 6223 9140 or WhatsApp +65 8012 4455 (Mon-Fri, 9am-6pm).
        HR Service Centre, Level 12, 1 Raffles Place, Tower 2, Singapore 048616. Walk-in consultations on grievance matters are by appointment only, booked through the intranet.
        All formal grievances must be submitted on Form HR-GRV-07 (rev. 2025-11). Anonymous reports are accepted via the EthicsPoint portal, case reference format GRV-2026-00000.
        Retaliation against any employee who files a good-faith complaint is a disciplinary offence under Section 9.4 of the Employee Handbook and may lead to summary dismissal.
        Kuala Lumpur office: Suite 21-03, Menara Hap Seng 2, Jalan P. Ramlee, 50250 Kuala Lumpur. HR line 03-2141 6620 ext. 214 for queries on our Anti-Sexual Harassment Act 2022 policy.
        Harassment awareness training (module HAR-101, 45 minutes) is mandatory for all staff by 30 June 2026; people managers must also complete HAR-201 on bystander intervention.
        The Tribunal for Anti-Sexual Harassment in Putrajaya accepts complaints within three years of the last incident; the maximum award is RM250,000 in compensation.
        Hong Kong branch employees may contact the Equal Opportunities Commission enquiry line 2511 8211 or visit its office at 16/F, 41 Heung Yip Road, Wong Chuk Hang.
        Line managers may not investigate complaints involving their own direct reports; such cases are escalated to the Regional Ethics Committee chaired by the General Counsel.
        Posters of this notice (A3, bilingual EN/ZH, SKU POS-HAR-A3-0412) may be requested from facilities@meridianlogistics.com.sg for display in pantries and lift lobbies.
    """),
    ("en", "case_system_log"): _lines("""
        2026-03-14T09:21:07+08:00 INFO case-svc[2231]: case GRV-2026-00417 created channel=web_portal category=bullying severity=P2 sla_hours=72
        2026-03-14T09:21:08+08:00 DEBUG attachments: stored 3 files sha256=9f2c4e1a7b03d8e65c21f0a4b8d9e7f3 bucket=hr-evidence-sg-prod enc=AES-256-GCM
        2026-03-14T11:02:55+08:00 WARN notifier: SMTP relay smtp.internal.meridian:587 timed out after 30s, retry 2/5 for template ack_complainant_v4
        retention_policy: { evidence_days: 2555, closed_case_days: 1825, redact_on_export: true, export_format: pdf/a-2b, legal_hold_field: case.legal_hold }
        ALTER TABLE grievance_case ADD COLUMN poha_order_type VARCHAR(16) CHECK (poha_order_type IN ('PO','EPO','DO','NONE')) DEFAULT 'NONE';
        2026-03-15T08:00:00+08:00 INFO scheduler: nightly SLA sweep finished, 14 cases due in 24h, 2 overdue (GRV-2026-00381, GRV-2026-00390), escalated to queue ethics-l2
        Release 4.7.1 (build 20260312.3): fixed a bug where the bullying category dropdown showed the Malay label 'Buli Siber' twice; upgraded pdfbox to 3.0.2.
        export CASE_API_URL=https://cases.example.com/api/v2 CASE_API_TIMEOUT=15 CASE_REDACT_MODE=strict FEATURE_ANON_INTAKE=true
        GET /api/v2/cases?status=open&category=harassment&page=3&per_page=50 200 118ms ua=CaseDesk/4.7.1 (Windows NT 10.0; Win64; x64)
        2026-03-16T14:44:19+08:00 ERROR pdf-render: template tribunal_form_AGS1_ms.docx missing placeholder {{respondent_block}}, job 7f41c0 aborted
        metrics: intake_total{channel='hotline'} 312, intake_total{channel='portal'} 958, intake_total{channel='walk_in'} 44, median_days_to_close 23.5
        CSV header for the quarterly board report: quarter,region,category,cases_opened,cases_closed,substantiated_pct,median_days,retaliation_flags
        2026-03-17T02:13:50+08:00 INFO backup: snapshot hr-cases-2026-03-17 completed, 41.8 GiB, md5=0c9a1f5e77b24d03a8e6c1d2f9b0e4aa, region ap-southeast-1
    """),
    ("zh-Hans", "校园反欺凌规定"): _lines("""
        根据《未成年人保护法》第三十九条，学校应当建立学生欺凌防控工作制度，对教职员工、学生等开展防治学生欺凌的教育和培训，本校每学期至少组织一次专题排查。
        本校学生欺凌治理委员会由分管副校长、德育处、心理健康教育中心、法治副校长及家长委员会代表组成，每月第一周周三下午15:30在行政楼二楼会议室召开例会。
        心理咨询室开放时间：周一至周五 12:30-13:30、16:40-18:00，地点为综合楼三楼312室，预约请扫描教学楼一楼大厅海报上的二维码，或到德育处登记。
        全国12355青少年服务台提供心理咨询和法律援助服务，同学们遇到欺凌可随时拨打求助；如遇人身安全受到威胁等紧急情况，请直接拨打110报警并告知值班老师。
        依据教育部等十一部门印发的《加强中小学生欺凌综合治理方案》，对恶意排斥、网络诽谤等行为，学校应在接到报告后及时启动调查，并在规定期限内作出认定。
        欺凌事件处理流程：报告→调查（5个工作日）→认定→处理→复查申请（当事人可在收到认定结果之日起5日内向区教育局学生欺凌防治工作部门提出）。
        反欺凌举报邮箱 fanqiling@szyz-school.edu.cn 由德育处专人管理，来信内容严格保密，不会告知被举报学生及其家长；德育处值班电话 0755-8832 6170。
        2025-2026学年第二学期防欺凌主题班会安排：第3周《认识网络欺凌》，第7周《做勇敢的旁观者》，第12周《情绪管理与求助》，各班主任请提前一周提交教案。
        对实施欺凌的学生，学校可视情节轻重给予批评教育、警示谈话、纪律处分；情节严重、构成违法犯罪的，依法移送公安机关处理，并通报其监护人到校配合。
        本规定自2026年3月1日起施行，原《学生行为规范实施细则（2019年修订版）》第四章同时废止，本规定由学校办公室负责解释，修订稿将于每年8月公示。
        孔子曰：「己所不欲，勿施于人。」本学期德育主题定为「尊重与包容」，各年级将以《论语》选读和鲁迅《故乡》为素材，开展同理心专题阅读与讨论活动。
        寄宿生宿舍每晚21:30由值班生活老师查寝，宿舍楼一楼设有匿名意见箱（编号SS-01至SS-06），每周一上午由德育处与团委共同开箱登记并于三日内反馈。
        校园监控覆盖率已达98%，楼梯转角、厕所门口走廊及操场看台下方等欺凌易发区域增设摄像头32个，录像保存期限为90天，调取须经分管副校长审批签字。
    """),
    ("zh-Hans", "心理咨询价目表"): _lines("""
        安宁心理咨询价目表（2026年版）：个体咨询50分钟 ¥480，资深咨询师 ¥680，青少年校园欺凌专项评估 ¥880/次，含书面评估报告一份，可开具正规发票。
        家庭咨询90分钟 ¥980；团体辅导「走出霸凌阴影」8次课程 ¥2,400/人，每期限额10人，周六上午10:00开课，第1次课前需完成线上初评问卷。
        预约热线 400-820-6176（工作日9:00-21:00），企业微信客服同步在线；安宁心理咨询（深圳）有限公司，统一社会信用代码 91440300MA5G8K2X7Q。
        门店地址：深圳市南山区粤海街道高新南七道9号 A座1506室，地铁1号线深大站D出口步行约8分钟，大厦地下停车场前2小时免费，请到前台盖章。
        合作律师事务所法律咨询收费标准：劳动争议（含职场霸凌、性骚扰）首次面谈 ¥500/小时，出具书面法律意见书 ¥3,000 起，代理劳动仲裁另行报价。
        发票说明：本机构可开具增值税普通发票，项目名称为「心理咨询服务」，税率1%，单位报销请提供单位全称与纳税人识别号，电子发票3个工作日内发送。
        订单号 AN20260312083315，套餐「校园适应支持4次卡」¥1,760，支付状态：已支付，有效期至2026-09-30，本卡不可转让、不可拆分退款，逾期自动失效。
        学生优惠：凭有效学生证可享个体咨询8折，每月限用2次，不与团购、会员储值等其他优惠同享；高校学生另可申请公益低价名额，每周开放6个。
        咨询师团队均持有国家二级心理咨询师证书或心理学硕士以上学历，督导为中国心理学会临床与咨询心理学注册督导师，所有个案每周接受集体督导。
        线上视频咨询使用腾讯会议，会议号于预约成功后以短信形式发送；如需取消或改期请至少提前24小时告知，否则将收取该次咨询费用的50%作为违约金。
        北京分店：北京市海淀区中关村大街27号中关村大厦11层1107，电话010-6256 8839，周二至周日10:00-20:00营业，周一店休，法定节假日另行通知。
        推荐书目（前台有售）：《被讨厌的勇气》岸见一郎、古贺史健著 ¥49.8；《乌合之众》古斯塔夫·勒庞著 ¥32.0；《蛤蟆先生去看心理医生》¥38.0。
        SKU AN-EVAL-TEEN-01 青少年欺凌心理评估（SCL-90 + 儿童抑郁量表 CDI + 社交焦虑量表）¥880，测评时长约75分钟，报告出具时间为3个工作日。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：在公司被上司長期言語羞辱，算不算職場霸凌？答：持續性的貶抑、排擠、恐嚇或刻意孤立，通常都可能構成職場霸凌，建議先保存證據再向人資部門提出申訴。
        問：勞工申訴專線是多少？答：可撥打勞動部1955專線（24小時，免付費），提供中文、英文、印尼文、越南文及泰文服務，來電內容均依法保密處理。
        問：學生在校園遭受霸凌可以向誰求助？答：可向學校學務處或輔導室反映，也可撥打教育部防制校園霸凌專線 1953，專線由專人接聽並轉介各縣市教育局處。
        問：香港有沒有針對性騷擾的法律？答：《性別歧視條例》（第480章）禁止在僱傭、教育、貨品及服務提供等範疇的性騷擾，受害人可向平等機會委員會投訴。
        問：向平機會投訴有時限嗎？答：一般須於事件發生後12個月內提出，查詢熱線 2511 8211，亦可透過網上表格、電郵或親臨黃竹坑辦事處遞交投訴。
        問：被網友在Threads上公開辱罵、起底怎麼辦？答：香港《個人資料（私隱）條例》已將起底行為列為刑事罪行，可截圖保存後向個人資料私隱專員公署舉報。
        問：台灣的性騷擾申訴有沒有時限？答：依2023年修正之《性騷擾防治法》，應於知悉事件後2年內、且於行為終了後5年內提出，未成年受害人另有延長規定。
        問：保護令要去哪裡申請？答：在台灣可向地方法院家事法庭聲請通常保護令或暫時保護令，情況緊急時可由警察機關、檢察官或直轄市、縣市主管機關代為聲請緊急保護令。
        問：澳門有沒有相關求助渠道？答：可聯絡社會工作局或治安警察局，緊急求助電話為999、110或112，均24小時運作，亦可親臨各警司處報案。
        問：輔導費用如何計算？答：本中心個人輔導每節50分鐘 HK$900，全日制學生及長者可申請半價，綜援人士可豁免收費，詳情請致電 3568 2104 查詢。
        問：公司人資收到投訴後應該怎麼處理？答：依《性別平等工作法》，雇主知悉性騷擾情形時應立即採取有效之糾正及補救措施，並組成申訴處理委員會進行調查。
        問：心情很低落可以打給誰？答：衛福部1925安心專線（依舊愛我）24小時免付費，另有生命線1995、張老師專線1980可供傾訴，香港可致電撒瑪利亞防止自殺會。
        問：需要準備哪些證據？答：建議保存對話截圖、電郵、錄音及就醫紀錄，並逐次記錄事件的日期、時間、地點、在場人士與當時的具體言行，越詳細越好。
    """),
    ("zh-Hant", "商家評論"): _lines("""
        ★★★★★ 灣仔「晴天輔導中心」環境很安靜，第一次去就覺得被理解，前台姐姐很貼心，每節收費HK$850，比想像中合理，而且可以用八達通或轉數快付款。
        ★★☆☆☆ 這間律師行諮詢費HK$1,500一小時，講了二十分鐘都是官腔，完全沒有針對職場欺凌給建議，建議大家先去法律援助署或當值律師服務問清楚再決定。
        ★★★★☆ 台北大安區的「陳記防身術教室」教練很專業，課程一期8堂NT$4,800，適合被騷擾後想重建安全感的女生，教室在捷運忠孝復興站4號出口旁邊。
        ★★★★★ 旺角「小敏心理工作坊」的團體輔導很有幫助，六次課程HK$2,280，地址西洋菜南街1A號百寶利商業中心12樓，出地鐵站步行只要三分鐘。
        ★★★☆☆ 澳門新馬路附近的一間輔導機構，預約要等三個星期，但社工很用心聽，每節收費澳門元600，可以用澳門通或支付寶付款，週日不開放。
        ★☆☆☆☆ 線上諮詢平台「心聆」客服電話0800-211-885永遠打不通，退款拖了45天還沒到帳，訂單編號XL-2603-118842至今沒有人處理，非常失望。
        ★★★★☆ 信義區「王道身心科診所」週六也有開，候診大約40分鐘，醫師願意開診斷證明給公司請假用，健保掛號費NT$150，自費心理晤談一次NT$2,000。
        ★★★★★ 九龍塘「守護者資料鑑證社」幫忙整理網上欺凌的截圖證據並做時間戳存證，收費HK$6,800，報告條理清楚，最後成功向平台申請刪帖，值得推介。
        ★★☆☆☆ 中環那間「Sunny Mind Counselling」裝修很漂亮但太商業化，第一節收HK$1,200，之後一直推銷十節套票，個人覺得不值，服務態度也一般。
        ★★★★★ 台中西屯「向陽心理諮商所」的諮商心理師都很年輕但很專業，首次晤談NT$1,800，可以開立收據申請公司EAP補助，週一到週六晚上都有時段。
        ★★★☆☆ 荃灣「李氏跆拳道會」兒童班每月HK$680，教練會主動處理班上小朋友互相取笑的問題，但附近停車不太方便，建議搭西鐵到荃灣西站再步行。
        ★★★★☆ 屯門這間補習社的導師發現班上有學生被欺負，主動聯絡家長和學校社工跟進，這種責任感很少見，學費一個月HK$1,450，小班教學最多八人。
        ★★★★★ 推薦桃園「慈心法律事務所」的免費初談30分鐘，專門處理職場性騷擾與霸凌案件，事務所電話03-335-8126，週六上午也有律師助理接聽電話。
    """),
    ("ms", "notis_sekolah"): _lines("""
        Makluman kepada semua ibu bapa: Program Sekolah Selamat Bebas Buli akan diadakan pada 14 April 2026 (Selasa) di Dewan Besar sekolah, jam 8.00 pagi hingga 12.30 tengah hari.
        Sebarang aduan buli boleh disalurkan melalui Talian Kasih 15999, WhatsApp Talian Kasih 019-261 5999, atau sistem aduan rasmi Kementerian Pendidikan Malaysia.
        Unit Bimbingan dan Kaunseling dibuka setiap hari persekolahan dari 7.30 pagi hingga 4.30 petang di Bilik Kaunseling Aras 2, Blok C, bersebelahan Pusat Sumber.
        Murid yang terlibat dalam kes buli boleh dikenakan tindakan disiplin mengikut peraturan sekolah termasuk amaran bertulis, gantung sekolah atau buang sekolah.
        Alamat sekolah: SK Seri Bintang Utara, Jalan 7/91, Taman Shamelin Perkasa, 56100 Kuala Lumpur. Telefon pejabat 03-9285 4471, faks 03-9285 4472.
        Jadual ceramah: 9.00 pagi - Buli Siber dan Keselamatan Internet oleh PDRM IPD Cheras; 10.30 pagi - Kesihatan Mental Remaja oleh pegawai Hospital Kuala Lumpur.
        Ibu bapa dinasihatkan memantau penggunaan media sosial anak-anak. Laporan buli siber boleh dibuat kepada MCMC melalui portal aduan rasmi atau talian 1-800-188-030.
        Yuran Persatuan Ibu Bapa dan Guru (PIBG) sesi 2026 ialah RM60 sekeluarga dan boleh dibayar melalui FPX di portal sekolah sebelum 31 Mac 2026. Resit akan dihantar melalui e-mel.
        Peraduan poster Anti-Buli peringkat sekolah: saiz A3, tema 'Berani Bersuara', hantar kepada guru kelas sebelum 20 April. Hadiah pertama baucar buku bernilai RM150.
        Akta Anti Gangguan Seksual 2022 (Akta 840) membolehkan mangsa memfailkan aduan ke Tribunal Anti Gangguan Seksual tanpa perlu melantik peguam untuk mewakili mereka.
        Mesyuarat Jawatankuasa Disiplin dan Anti-Buli bil. 2/2026 akan diadakan pada 28 Mac 2026, 2.30 petang, di Bilik Mesyuarat Utama. Kehadiran semua guru tingkatan adalah wajib.
        Kotak aduan tanpa nama telah dipasang di kantin, surau dan asrama puteri. Kotak akan dibuka setiap Jumaat oleh Penolong Kanan HEM bersama seorang guru kaunseling.
        Pautan borang aduan buli dalam talian: https://forms.gle/bebasbuli2026 (kod akses AB-2026). Maklumat pengadu dirahsiakan mengikut garis panduan kaunseling KPM.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] HR Ops: Morning all, reminder 今天下午3点 grievance committee meeting moved to Meeting Room 7B, sila bawa laptop sebab kita review 4 cases.
        [09:15] Legal: Noted. For case GRV-2026-00417 pls don't circulate the evidence folder by email, guna SharePoint link only, 权限我已经设好了。
        [09:20] Facilities: New anti-harassment posters 到了, 120 pcs A3, I'll put them at pantry L10-L14 and lift lobby. Malay version esok baru sampai.
        [10:02] HR Ops: EAP vendor changed hotline to 6223 9140 effective 1 Apr, please update the intranet page ya, old number 6223 9100 already 停用了。
        [10:05] IT: Case portal v4.7.1 deploy tonight 11pm-1am, downtime lebih kurang 45 min, anonymous intake form 会暂停, hotline still operating as usual.
        [11:30] Training: HAR-101 completion rate now 87%, Penang office paling rendah 62%, can department heads 帮忙 chase before end of month ah?
        [11:41] HR Ops: TAFEP guidelines updated, 新版 Workplace Fairness Act briefing slides uploaded to /HR/Policies/2026, check page 14 on grievance timelines.
        [14:08] Legal: Tribunal AGS Borang 1 template dah update, 旧的不要再用了, new file name AGS_Borang1_v2026.docx in the Legal Templates folder.
        [15:55] Committee Sec: Minutes for meeting 03/2026 draft dah siap, pls comment by Fri 5pm, 有问题直接在文件里 tag 我 or drop a note here.
        [16:20] HR Ops: Quarterly report due 10 Apr, columns ikut template: quarter,region,category,cases_opened,cases_closed ok? 不要加 extra columns。
        [17:02] Facilities: Level 12 meeting room 7B aircon 坏了, tomorrow's mediation session pindah ke Room 9A, same time 10am, projector sudah test.
        [17:30] IT: Reminder jangan screenshot case details into WhatsApp groups, 公司 policy section 6.2 says use Teams only. Thanks all 🙏
        [18:05] HR Ops: CEO townhall on respectful workplace next Tue 4pm, 大家 please encourage your teams to join, Zoom link ada dalam calendar invite.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My supervisor Darren Koh Wei Jie keeps calling me useless in front of the whole team at our Jurong office, and yesterday he threw my file on the floor. Can I report this to TAFEP?
        For the POHA application: Applicant: Nur Aisyah binte Rahmat, NRIC S9734218J, residing at Blk 412 Tampines Street 41, #08-223, Singapore 520412; Respondent: former colleague.
        Complaint form HR-GRV-07 | Complainant: Priya Ramasamy | Staff ID MLG-004187 | Mobile 9123 6645 | Email priya.ramasamy88@gmail.com | Alleged harasser: Team Lead, Finance Ops
        The guy who's been stalking me online uses the handle @kaiser_jx and I'm pretty sure he's Jason Teo from my old poly class, he messaged me from 8765 2201 last night.
        I'm Ethan Goh, I started seeing a psychiatrist at IMH for depression after the bullying, and my boss Mr Lim found out and told the whole department I'm mentally unstable.
        my daughter Chloe Tan (Sec 2, class 2E3) came home with bruises again, the same three boys cornered her in the toilet. her form teacher's reply was basically kids will be kids
        Police report no. F/20260314/2231 was filed at Bedok NPC by Marcus Lee Jun Hao (T0268457D) regarding threatening messages from an ex-colleague.
        GRV-2026-00422,Hafiz bin Osman,1994-07-19,+60 12-388 4107,Warehouse Assistant,2026-03-02,verbal abuse by shift supervisor,open
        After I filed the HR complaint against her, Melissa Wong cut my bonus to zero and now I owe $8,400 on my credit card. My DBS account 120-45873-9 is nearly empty.
        Can you help me word an email to the school counsellor? My son Ryan Lim, 9 years old, at Rosyth School, has been refusing to go to school since the P3 camp incident.
        HR said the investigation into Kevin Chua found insufficient evidence, but two other interns told me he did the same thing to them at the Changi Business Park office.
        I'm 14 weeks pregnant and my manager Sharon Lee keeps telling the team I'm lazy and moved me to the night roster. My name is Angela Cheong, employee no. 55218.
    """),
    "zh-Hans": _lines("""
        我叫王思琪，在杭州一家互联网公司做运营，组长刘建国天天在工作群里点名骂我，还说我要是敢去仲裁就让我在这个行业里混不下去。
        孩子叫张子涵，在海淀区某小学四年级3班，被同桌的几个男生连续两个月勒索零花钱，一共被拿走了860多块，孩子现在晚上做噩梦。
        报警回执：报案人李晓燕，身份证号440305199708123729，联系电话13826547190，报案事由：前同事在微博上散布其私人照片。
        领导陈国平知道我在吃抗抑郁的药以后，就故意把我调去仓库，还在部门会上说公司不养病人，我该怎么维权？
        赵老师您好，我是初二(5)班周雨桐的妈妈，手机 15902117735，孩子最近被班里同学起外号、孤立，想约您周四放学后谈一谈。
        劳动仲裁申请书：申请人孙婷，女，1995年2月26日出生，住成都市武侯区棕北小区12栋2单元501，身份证号510107199502261843。
        有人把我家地址（上海市浦东新区张杨路1588弄7号1203室）和我妈的电话都挂到了贴吧上，说我是小三，我现在都不敢回家。
        公司HR说我投诉的那个副总吴斌是老板的小舅子，劝我签个自愿离职协议，拿两个月工资一万六走人，不然就按旷工处理。
        心理老师记录：学生刘一鸣，14岁，遭受长期言语欺凌，出现失眠、自伤念头，已于3月10日通知家长并转介至市精神卫生中心。
        我叫何俊杰，在东莞一家电子厂上班，拉长天天找茬扣我工资，这个月被扣了1,200，工号DG-07731，我想去劳动局投诉他。
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，喺觀塘一間物流公司做文員，上司黃志強成日對我講鹹濕笑話，仲摸過我膊頭，我想去平機會投訴但驚冇證據。
        香港身份證 K583216(0)，姓名：梁詠詩，住址：沙田第一城第32座18樓F室，擬向區域法院申請禁制令以制止前男友持續騷擾。
        我兒子林柏宇在台中某國中念七年級，被同學拍影片傳到IG限動嘲笑，學校輔導室說要組霸凌調查小組，請問我要準備什麼？
        身分證字號 A228374168 的林美華於2026年3月5日向新北市政府勞工局提出職場性騷擾申訴，被申訴人為其所屬部門經理。
        阿杰成日喺WhatsApp group度起我底，將我個電話 6283 1947 同公司地址貼晒出嚟，我已經去咗旺角警署報咗案。
        主管郭志明知道我離婚後還在一個人付房貸，就一直在會議上說「家裡都顧不好還想升職」，我真的快崩潰了。
        澳門朋友何嘉怡在賭場做荷官，被主管長期排夜班刁難，還被威脅如果去勞工局投訴就炒她，她的澳門身份證是 5215873(2)。
        請幫我寫信給學校：家長 許文傑，電話 0928-614-372，孩子 許佳穎 就讀三年二班，近兩週遭同學集體排擠並在LINE群組散布謠言。
        林太話佢個女喺學校俾人蝦，個女有讀寫障礙，啲同學成日笑佢蠢，佢而家諗住幫個女轉校，又驚個女唔適應。
        通常保護令：聲請人 蔡欣妤（F126390587），相對人 高振宇，命相對人不得對聲請人為騷擾、跟蹤行為，並應遠離其住居所至少100公尺。
    """),
    "ms": _lines("""
        Saya Nurul Izzati binti Ahmad, kerani di sebuah syarikat di Shah Alam. Penyelia saya, Encik Faizal, selalu mesej saya lewat malam dengan ayat lucah. Boleh saya adu ke Tribunal?
        No. KP anak saya 120419-14-5527, nama Muhammad Danish bin Azlan, Tingkatan 2. Dia dibuli oleh pelajar senior di asrama sampai patah jari kelingking.
        Laporan polis dibuat oleh Siti Khadijah binti Yusof (KP 950823-10-6204) di IPD Petaling Jaya berkenaan gangguan berterusan oleh bekas majikan melalui panggilan dari nombor 011-2745 8830.
        Kak Ros kata anak dia, Aiman, dah tak nak pergi sekolah sebab kena ejek pasal berat badan. Dia tanya macam mana nak jumpa kaunselor tanpa bagitahu suami.
        Bos saya Mr. Tan Kok Leong potong gaji saya RM800 sebab saya ambil MC masa kena migraine teruk. Gaji asas saya RM2,600 je, macam mana nak bayar sewa bulan ni?
        Borang aduan: Nama: Lim Siew Ling | No. Tel: 016-558 2093 | E-mel: siewling.lim92@yahoo.com | Alamat: No. 27, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru
        Suami saya Zulkifli dah kena reman 4 hari sebab tumbuk rakan sekerja yang buli dia, sekarang saya tak tahu nak bayar peguam dengan duit apa.
        Akaun Maybank saya 1140 2287 3365 atas nama Rajesh a/l Subramaniam. Bekas rakan sekerja ugut nak sebar gambar peribadi saya kalau saya tak transfer RM3,000.
        Cikgu, saya mak kepada Nur Qistina, 5 Bestari. Dia balik menangis sebab kawan sekelas ambil gambar dia dalam tandas dan sebar dalam group WhatsApp kelas. Nombor saya 013-902 4615.
        Perintah perlindungan interim No. MS-IPO-2026-0317 dikeluarkan untuk Puan Kavitha a/p Murugan, beralamat di No. 14, Lorong Kenari 5, Bayan Lepas, Pulau Pinang.
    """),
    "mixed": _lines("""
        Hi, saya Wong Mei Ling, HR kat company ni 一直不理我的 complaint, my manager Alvin keep send me 不雅照片 through Telegram, handle dia @alvin_lks. What should I do?
        我老板 Mr Raj 每次 meeting 都 shout at me 说我 stupid, I'm Tan Jia Hui, Staff ID SG-20813, 这算不算 racial harassment under TAFEP?
        School counsellor cakap my son 陈俊豪 kena buli sebab dia ada autism, tapi cikgu kelas tak buat apa-apa, should I go direct to PPD?
        Eh can help me check, the guy who keep WhatsApp me is 012-667 3814, dia ex-colleague from Penang branch, name Eric Lau, 我已经 block 了 but he create new number.
        FIN G5129873Q, Maria Santos, domestic helper, 她的雇主太太 always 骂她 and threaten to send her home, she wants to call the HOME helpline 但怕被发现.
        Form teacher 说 Jia Wen 的 case 要 escalate to discipline master, parents contact: Mdm Ong 9734 2218, 家里地址 Blk 88 Toa Payoh Lor 4 #05-117.
        我在 KL 的 company 被 senior 欺负，他叫 Hakim bin Zainal, always 在 group chat 笑我口吃, saya dah screenshot semua, 想问 Tribunal form 怎么填。
        Lawyer quote me RM5,500 for the case against my ex-boss Steven Yap, 我现在 salary only RM3,200, 还要还 PTPTN RM18k, 真的 afford 不起, ada legal aid tak?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a calm, practical assistant helping employees in Singapore deal with workplace conflict. Do not give legal advice; point to official channels where appropriate.",
        ),
        (
            "user",
            "My team lead Bryan Ong Zhi Hao has been mocking my accent in every stand-up for three months. Last week he imitated me on a Zoom call with 20 people. I'm Vanessa Pereira, analyst in the risk team.",
        ),
        (
            "assistant",
            "I'm sorry, Vanessa, that sounds humiliating. Start a dated log of each incident with who was present, and keep any recordings or chat messages. You can raise a formal grievance with HR, and TAFEP can advise if the company does not act.",
        ),
        ("user", "HR is friends with him. Should I just quit?"),
        (
            "assistant",
            "Before deciding, consider writing to HR in email so there is a record, copying the grievance channel named in your handbook. If the process is not fair, TAFEP accepts reports directly, and you can still decide about leaving with your documentation in hand.",
        ),
    ],
    [
        (
            "user",
            "我女儿叫郑可欣，在南京鼓楼区一所初中读初一（3）班，班上几个女生建了个群专门骂她，还把她的照片P成表情包到处发。",
        ),
        (
            "assistant",
            "听到这些真的很让人心疼。建议您先把群聊截图、表情包和发布时间保存好，然后尽快联系班主任和学校德育处，书面说明情况，要求学校启动欺凌认定程序。",
        ),
        ("user", "班主任说都是小孩子闹着玩。我电话是 13770582614，学校要是不管我能去哪里？"),
        (
            "assistant",
            "如果学校不处理，可以向区教育局反映，也可以拨打12355青少年服务台求助；若照片被恶意传播造成严重影响，还可以向派出所报案。请不要把您的手机号发在公开场合，以免被骚扰。",
        ),
    ],
    [
        ("system", "你是一個支援香港用戶的中文助理，回答請用繁體中文，語氣溫和。"),
        (
            "user",
            "有個人喺連登起我底，將我全名蘇曉彤、返工地址同埋電話 9346 7021 全部放晒上網，仲話我係小三，我應該點做？",
        ),
        (
            "assistant",
            "你而家一定好驚。建議你即刻截圖保存帖文連結同時間，然後向個人資料私隱專員公署舉報起底，同時可以去警署報案。亦可以要求平台刪除相關帖文。",
        ),
        ("user", "我已經喺灣仔警署報咗案，但係佢開咗新帳號再貼。"),
        (
            "assistant",
            "可以將新帖文一併交畀負責警員，並再次向私隱專員公署補充資料。如果對方身份清楚，亦可以諮詢律師申請禁制令。記得照顧好自己情緒，有需要可以搵輔導機構傾吓。",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu saya tulis aduan ke Tribunal Anti Gangguan Seksual. Nama saya Farah Nadia binti Ismail, No. KP 910305-10-5386, pembantu tadbir di Klang. Pengurus saya Encik Roslan Hamid selalu sentuh bahu saya dan hantar mesej lucah.",
        ),
        (
            "assistant",
            "Baik, Puan Farah. Berikut draf ringkas: Saya, Farah Nadia binti Ismail (No. KP 910305-10-5386), ingin memfailkan aduan gangguan seksual terhadap Encik Roslan Hamid, pengurus saya, atas perbuatan menyentuh tanpa kebenaran dan menghantar mesej berunsur lucah sejak Januari 2026.",
        ),
        ("user", "Perlu letak tarikh setiap kejadian ke?"),
        (
            "assistant",
            "Ya, sebaiknya senaraikan tarikh, masa, tempat dan saksi bagi setiap kejadian, serta lampirkan tangkapan skrin mesej. Simpan salinan asal di tempat selamat sebelum menghantar borang.",
        ),
    ],
    [
        (
            "user",
            "hi can ask ah, i'm intern at a bank in Marina Bay, the VP Gerald Sim keep asking me go drinks alone with him and say my internship grade depends on it. my name Sherlyn Ho, NUS year 2.",
        ),
        (
            "assistant",
            "Sherlyn, that is not okay and it is not your fault. Tying your grade to personal outings is a serious abuse of power. Keep screenshots of his messages and note dates. You can report to the bank's HR or ethics line and also inform your NUS internship coordinator.",
        ),
        ("user", "i scared they blacklist me leh"),
        (
            "assistant",
            "That fear is understandable. Most banks have anti-retaliation rules, and the university can support you if the placement becomes unsafe. You could also speak with a counsellor at NUS University Counselling Services first to plan your next step.",
        ),
    ],
    [
        (
            "system",
            "使用者資料：姓名 吳欣怡；身分證字號 B214703858；手機 0935-172-846；居住地 高雄市三民區。請協助其處理前同事跟蹤騷擾問題。",
        ),
        ("user", "前同事一直在我家樓下等我下班，還傳訊息說知道我每天幾點出門，我很害怕。"),
        (
            "assistant",
            "吳小姐，您的安全最重要。建議立即向轄區派出所報案並保存所有訊息，依《跟蹤騷擾防制法》警察可以核發書面告誡；若對方仍持續，可向法院聲請保護令。",
        ),
        ("user", "聲請保護令需要準備什麼？"),
        (
            "assistant",
            "通常需要聲請狀、身分證明、報案紀錄及相關證據，例如訊息截圖、監視器畫面或證人。高雄地方法院有提供書狀範本，也可以向法律扶助基金會諮詢免費協助。",
        ),
    ],
    [
        (
            "user",
            "My 15-year-old son Adam Haziq is being cyberbullied on TikTok. Someone made an account called @adam_fatboy_smk and posts his photos every day. We live in Subang Jaya.",
        ),
        (
            "assistant",
            "I'm sorry your family is going through this. Screenshot every post with the date and URL, then report the account to TikTok for bullying and impersonation. You can also lodge a complaint with MCMC and make a police report, especially if there are threats.",
        ),
        ("user", "Can you draft the MCMC complaint for me? My number is 017-334 8192."),
        (
            "assistant",
            "Here is a draft: I am writing to report the cyberbullying of my son, Adam Haziq, aged 15, by the TikTok account @adam_fatboy_smk, which has posted his photos with insulting captions daily since 2 March 2026. Contact: 017-334 8192. Please attach your screenshots before submitting.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这个劳动仲裁申请写得对不对：申请人：冯晓东，男，身份证号110108200804192537……",
        ),
        (
            "assistant",
            "稍等一下，这个身份证号显示出生日期是2008年4月19日，您现在应该还不满18周岁，请先确认号码是否填写正确。另外，如果您确实是未成年人，建议由监护人陪同办理。",
        ),
        (
            "user",
            "哦写错了，是我表弟的。我自己的是32058319860917641X，在苏州一家工厂被车间主任天天辱骂。",
        ),
        (
            "assistant",
            "好的，请把申请书里的号码改为您本人的32058319860917641X。仲裁请求部分建议写明被辱骂的时间、地点和证人，并附上录音或聊天记录作为证据，然后提交到苏州当地劳动人事争议仲裁委员会。",
        ),
    ],
    [
        (
            "user",
            "Saya pelajar Tingkatan 4 di Kuantan. Ada budak kelas saya, nama dia Syafiq, ugut nak pukul saya kalau saya tak bagi duit RM10 setiap hari. Saya takut nak bagitahu cikgu.",
        ),
        (
            "assistant",
            "Terima kasih sebab berani cerita. Apa yang Syafiq buat ialah buli dan ugutan, dan ia salah. Cuba beritahu guru kaunseling sekolah atau ibu bapa kamu secepat mungkin. Kamu juga boleh hubungi Talian Kasih 15999.",
        ),
        (
            "user",
            "Kalau saya bagitahu mak, nanti dia marah sebab saya dah bagi duit dekat sebulan.",
        ),
        (
            "assistant",
            "Kebanyakan ibu bapa lebih risau tentang keselamatan anak daripada duit. Kamu boleh mula dengan berkata kamu perlukan bantuan kerana ada orang mengugut kamu. Kalau lebih selesa, minta guru kaunseling hadir bersama semasa bercakap dengan mak.",
        ),
    ],
    [
        (
            "system",
            "You help Hong Kong residents understand civil and criminal options for harassment. Keep answers short.",
        ),
        (
            "user",
            "My ex-boss Raymond Cheung keeps turning up outside my flat in Tseung Kwan O and calling my mobile 6718 2045 at 3am. Can I get an injunction?",
        ),
        (
            "assistant",
            "Yes, you can apply to the court for an injunction restraining him from contacting or approaching you. Keep a log of every call and visit, and report to the police, as repeated nuisance calls may be an offence.",
        ),
        ("user", "Is legal aid available? I only earn HK$14,500 a month."),
        (
            "assistant",
            "With that income you may pass the Legal Aid Department's means test, which also looks at savings. You can book a free Duty Lawyer legal advice session while your application is assessed.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封 HR complaint email，英文的。我是 Jasmine Lau，Marketing Executive，我的 manager Derek Foo 一直在 team chat 里说我 fat and ugly，还不让我参加 client meeting。",
        ),
        (
            "assistant",
            "Sure, here is a draft: Subject: Formal Grievance against Derek Foo. Dear HR, I, Jasmine Lau, Marketing Executive, wish to lodge a formal complaint regarding repeated demeaning remarks about my appearance made by my manager, Derek Foo, in the team chat, and my exclusion from client meetings since January 2026.",
        ),
        ("user", "要不要加我的 personal email jasmine.lau.mkt@gmail.com 让他们联系我？"),
        (
            "assistant",
            "可以加，但建议同时写上公司邮箱，并说明希望通过私人邮箱联系以保护隐私。另外记得把 team chat 的截图作为附件一并提交。",
        ),
    ],
    [
        (
            "user",
            "我喺澳門一間酒店做前台，經理麥家豪成日喺更表度整蠱我，仲喺同事面前講我阿媽欠賭債嘅事，我好大壓力。",
        ),
        (
            "assistant",
            "聽落你承受咗好多壓力。你可以先記錄每次排更同埋佢講嘅說話，保存截圖。如果公司內部冇人處理，可以向勞工事務局查詢，公開講你家人債務亦可能涉及私隱問題。",
        ),
        ("user", "個人資料私隱呢啲係咪可以搵個人資料保護局？"),
        (
            "assistant",
            "係，澳門個人資料保護局負責處理涉及個人資料嘅投訴。你可以準備證人或錄音，向佢哋提交投訴表格。",
        ),
    ],
    [
        (
            "system",
            "Context from the counselling centre CRM: client_id=CL-55021; name=Daniel Ng Kai Xiang; dob=2009-11-02; school=Sec 3; presenting_issue=peer exclusion, self-harm thoughts; guardian_phone=8213 5570. Be gentle and concise.",
        ),
        ("user", "hi i dont really want to talk to the counsellor tmr, can i cancel"),
        (
            "assistant",
            "Hi Daniel, it's okay to feel unsure. You can reschedule if you need to, but tomorrow's session is a safe space just to talk about what's been happening at school. If you're having thoughts of hurting yourself right now, please call SOS at 1767 or tell a trusted adult.",
        ),
        ("user", "ok maybe i go but dont tell my mum ok"),
        (
            "assistant",
            "I hear you. Your counsellor will explain what stays private and when they would need to involve your guardian for your safety. You can ask them about that at the start of the session.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat police report pasal my ex-colleague Nicholas Chong yang spread gambar edit saya dalam group company. Nama saya Deepa a/p Krishnan, KP 880612-07-5042, tinggal di Bukit Mertajam.",
        ),
        (
            "assistant",
            "Baik Cik Deepa. Untuk laporan polis, nyatakan tarikh anda nampak gambar itu, nama group, siapa yang menyebarkannya dan kesan kepada anda. Bawa salinan IC serta tangkapan skrin ke balai polis berhampiran.",
        ),
        ("user", "Can I also complain to the company HR at the same time?"),
        (
            "assistant",
            "Yes. Filing a police report does not stop you from lodging an internal complaint. Give HR a copy of the report number once you have it, and ask in writing what interim steps they will take to protect you at work.",
        ),
    ],
]
