# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat122: chats with an assistant about one's own small claims, neighbour disputes and community mediation (small claims tribunals, noise and ceiling-leak complaints, police reports, mediation letters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat122
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "small_claims_faq"): _lines("""
        Q: What is the claim limit at the Small Claims Tribunals? A: Up to S$20,000, or up to S$30,000 if both parties file a memorandum of consent before the claim is heard.
        Claims should be filed within 2 years from the date the cause of action arose; filing is done online through the Community Justice and Tribunals System (CJTS).
        Filing fees depend on the amount claimed and on whether you file as a consumer or as a business; please check the current fee schedule on the judiciary website before paying.
        Consultations and hearings take place at the State Courts Towers, 1 Havelock Square, Singapore 059724; arrive 15 minutes early and bring your case number and documents.
        Neighbour disputes about noise, smells, obstruction or items left in the common corridor may be taken to the Community Disputes Resolution Tribunals after mediation has been tried.
        Ceiling leak between HDB flats? Under HDB guidelines the upper- and lower-floor owners usually share the repair cost of an inter-floor slab leak unless one side is clearly at fault.
        Q: Can I bring a lawyer to the tribunal? A: No, lawyers cannot act for parties at SCT hearings; a representative may appear only in the limited situations allowed by the rules.
        Q: The respondent did not turn up at the hearing. What happens? A: The tribunal may hear the claim and make an order; the absent party has a limited time to apply to set it aside.
        Step 3 of 5: Upload supporting documents (PDF, JPG or PNG, max 10 MB each). Accepted: quotations, invoices, chat screenshots, photos of damage, contractor inspection reports.
        Common filing mistakes: naming the agency instead of the company that signed the contract, leaving out the UEN, and claiming interest or transport costs without any basis.
        Sample respondent field: Brightway Renovation Pte Ltd, UEN 201834567K, registered office 71 Ubi Road 1, #07-22 Oxley Bizhub, Singapore 408732.
        Typical timeline: e-consultation within 1-2 weeks of filing, mediation about 4 weeks later, and if there is no settlement a hearing is fixed before a Tribunal Magistrate.
        Community Mediation Centre sessions are voluntary, confidential and free of charge; neighbours are invited by letter and may bring a family member for support.
    """),
    ("zh-Hans", "物业通知"): _lines("""
        【温馨提示】近期多位业主反映夜间噪音扰民，根据《中华人民共和国噪声污染防治法》，22:00至次日6:00请勿进行装修、拖拽家具、大声播放音乐等行为，屡劝不改的物业将上报街道及派出所。
        锦绣华庭物业服务中心通知：3号楼2单元自10月15日起进行屋面防水维修，施工时间每日8:30-12:00、14:00-18:00，如家中出现渗漏请致电物业前台 021-5888 6123 登记报修。
        楼上楼下漏水纠纷处理流程：①业主报修→②物业上门查看并拍照存档→③必要时委托第三方检测→④出具检测报告→⑤由责任方维修；协商不成可向社区人民调解委员会申请免费调解。
        装修管理规定第七条：装修垃圾须袋装后运至小区东门指定堆放点，不得堆放于楼道、电梯厅、消防通道等公共区域；违反者按《装修管理服务协议》约定扣除相应装修保证金。
        物业收费标准（2025年度）：住宅物业费 2.80元/㎡·月，地面临时停车 150元/月，地下车位管理费 80元/月，装修保证金 3000元（竣工验收合格后无息退还），收费依据已报发改部门备案。
        紧急联系方式：物业24小时值班电话 0755-2688 3301，工程维修 0755-2688 3302，秩序维护（保安）0755-2688 3309，邻里纠纷亦可拨打 12345 政务服务便民热线反映。
        滨江街道人民调解委员会工作时间：周一至周五 9:00-17:00，地址：滨江路188号社区服务中心二楼调解室，受理噪音、漏水、占用公共通道等邻里纠纷，调解不收取任何费用。
        文明养犬提醒：遛狗请拴绳并及时清理粪便，乘坐电梯时请主动避让其他乘客，大型犬须佩戴嘴套；犬只夜间持续吠叫影响邻居休息的，物业将协同社区民警上门劝导。
        公告编号 WY-2025-0937：因地下车库排水泵故障，B2层部分车位出现积水，维修单位恒通机电工程有限公司预计于11月3日18:00前完成抢修，给您带来不便敬请谅解。
        业主大会筹备组公告：本小区第三届业主委员会换届选举将于12月1日至12月10日通过微信小程序「智慧物业」线上投票进行，投票结果将在各楼栋大堂公示不少于七日。
        空调外机滴水及噪音问题：请业主自行检查冷凝水管是否接入预留排水立管，外机支架须采用不锈钢材质；如需与相邻住户协调，可到管家前台登记，工单号将以短信发送。
        高空抛物警示：根据《民法典》第一千二百五十四条，禁止从建筑物中抛掷物品，造成他人损害的由侵权人依法承担侵权责任；物业已在各楼栋外立面安装高空抛物监控摄像头。
        维修资金使用公示：5栋屋面渗水维修工程，施工单位鑫宇防水工程有限公司，合同金额 48,600.00 元，分摊户数 96 户，公示期 2025年9月1日至9月7日，如有异议请书面提出。
    """),
    ("zh-Hant", "小額錢債與調解指南"): _lines("""
        小額錢債審裁處處理申索款額不超過港幣75,000元的金錢申索，審裁處位於深水埗通州街303號西九龍法院大樓，登記處辦公時間請以司法機構網頁公布為準。
        入稟前請準備：申索書、證明文件副本（收據、合約、相片、WhatsApp對話截圖）、被告的正確名稱及送達地址；若被告為公司，須註明其商業登記號碼及註冊辦事處地址。
        審裁處聆訊中雙方均不可由律師代表，審裁官一般會先鼓勵雙方和解；若和解不成，案件會押後作正式審訊，雙方須於限期前把證人陳述書及文件送交審裁處。
        樓宇滲水投訴可致電1823政府熱線，由食物環境衞生署及屋宇署組成的聯合辦事處跟進，調查可包括量度濕度、色水測試及反向壓力測試等，以找出滲水源頭。
        台灣民眾若與鄰居因噪音、漏水發生糾紛，可向鄉鎮市區公所調解委員會申請調解，調解不收任何費用，調解成立並經法院核定後，與民事確定判決有同一之效力。
        依民事訴訟法規定，訴訟標的金額或價額在新臺幣十萬元以下者適用小額訴訟程序，起訴時應繳納裁判費，若經調解成立可依規定聲請退還部分裁判費。
        澳門的小額錢債案件可向初級法院提出，程序較一般民事訴訟簡便，市民可向法院查詢可受理的金額上限、所需文件及是否符合申請司法援助的條件。
        大廈公契一般規定業主須保持單位內喉管及排水設施狀況良好，如因單位喉管失修引致下層天花滲水，業主立案法團或受影響業主可按公契及普通法追討損失。
        觀塘區社區調解服務中心：九龍觀塘鴻圖道52號百本中心12樓，熱線 3568 2210，服務時間週一至週五 09:30-18:00，首次諮詢免費，其後按個案複雜程度收費。
        《建築物管理條例》（第344章）第18條規定，業主立案法團須負責維修及保持大廈公用部分處於良好及安全的狀況，並可就有關開支向業主攤分徵收。
        台北市政府1999市民當家熱線可受理住宅噪音陳情，裝修工程於夜間或例假日施工且經稽查超過管制標準者，環保局得依《噪音管制法》處以罰鍰。
        調解書範本：茲因本大廈上層單位與下層單位之浴室滲水爭議，經雙方同意委託持牌水喉匠檢測，並按檢測報告分擔維修費用，工程於簽署後三十日內完成。
        申索人勝訴後若對方仍不付款，可向審裁處申請執行判決，例如申請扣押債務人財物的執行令，相關表格可於司法機構網站下載或到登記處索取。
    """),
    ("ms", "notis_pengurusan_strata"): _lines("""
        NOTIS KEPADA SEMUA PENDUDUK: Kerja-kerja membaiki paip utama di Blok C akan dijalankan pada 18 Oktober 2025, 9.00 pagi hingga 5.00 petang. Bekalan air akan terganggu sepanjang tempoh tersebut.
        Badan Pengurusan Bersama (JMB) Pangsapuri Seri Mutiara mengingatkan bahawa kerja pengubahsuaian hanya dibenarkan Isnin hingga Sabtu, 9.00 pagi hingga 6.00 petang, tidak termasuk cuti umum.
        Aduan kebocoran siling antara unit hendaklah dibuat secara bertulis kepada pejabat pengurusan. Pemeriksaan bersama akan diatur mengikut tempoh yang ditetapkan di bawah Akta Pengurusan Strata 2013 (Akta 757).
        Pertikaian strata yang tidak dapat diselesaikan secara baik boleh difailkan di Tribunal Pengurusan Strata (TPS); had tuntutan ialah RM250,000 dan pihak-pihak tidak diwakili peguam.
        Caj penyelenggaraan bagi tahun 2026: RM0.28 sekaki persegi sebulan, ditambah sumbangan kumpulan wang penjelas sebanyak 10% daripada caj penyelenggaraan. Bayaran lewat dikenakan faedah 10% setahun.
        Pejabat Pengurusan: Aras G, Blok A, Residensi Damai Jaya, Jalan Damai 3, 56000 Cheras, Kuala Lumpur. Tel: 03-9130 5521 | WhatsApp pejabat: 011-2605 7781 (waktu pejabat sahaja).
        Peringatan: Dilarang meletakkan kasut, rak, basikal atau pasu bunga di koridor bersama. Barangan yang menghalang laluan kecemasan akan dialihkan oleh pihak pengurusan tanpa notis lanjut.
        Tribunal Tuntutan Pengguna Malaysia (TTPM) mendengar tuntutan sehingga RM50,000 berkaitan barangan dan perkhidmatan, contohnya kontraktor kalis air yang tidak menyiapkan kerja yang telah dibayar.
        Mesyuarat Agung Tahunan (AGM) ke-5 akan diadakan pada 23 November 2025 (Ahad), jam 10.00 pagi di Dewan Serbaguna Aras 3. Pemilik yang mempunyai tunggakan caj tidak layak mengundi.
        Aduan bunyi bising selepas jam 11.00 malam boleh dilaporkan kepada pengawal keselamatan di pondok pengawal (ext. 100) atau melalui aplikasi i-Neighbour di bawah kategori Gangguan Bunyi.
        Pesuruhjaya Bangunan (COB) Dewan Bandaraya Kuala Lumpur boleh dihubungi bagi aduan berkaitan pengurusan strata. Sila sertakan nombor aduan dan salinan surat yang telah dihantar kepada JMB.
        Sebut harga kerja kalis air bumbung: Ah Seng Waterproofing Enterprise (SSM 201903145672), RM18,450.00 termasuk waranti 5 tahun. Salinan sebut harga dipamerkan di papan notis lobi.
        Kolam renang dan gimnasium ditutup sementara pada 1 hingga 7 Disember 2025 untuk kerja penyelenggaraan. Kad akses penduduk akan diaktifkan semula secara automatik selepas tempoh tersebut.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, today 3 sessions: 10am case CM-2025-0412 (noise), 2pm CM-2025-0419 (ceiling leak), 4pm CM-2025-0423 (corridor obstruction). Room 2 aircon rosak, pakai Room 3 ya.
        Blk 23 那单渗水 case，contractor report 已经 upload 到 shared drive /Cases/2025/Q4 了，麻烦 check 一下 moisture reading 和 thermal photos 有没有 attach 齐。
        Reminder: jangan hantar screenshot case yang ada nombor IC dalam group ni. Guna case ref je, contoh TPS/KL/2025/0881, ok? PDPA audit bulan depan.
        今日下晝 2:30 同物業管理處開會，傾吓 A座天台防水工程嘅報價，三間公司：信達、永固、Ah Kow Waterproofing，大家睇吓邊間 warranty 長啲先再決定。
        FYI printer at counter 2 jam again, IT ticket #INC-558201 raised. Meanwhile boleh print dekat pantry dulu. 谢谢大家配合，下午应该修好。
        Hotline stats last week: 1823 referrals 41, walk-in 17, email 29. Noise complaints naik 30% sejak renovation season, mostly weekend drilling and hacking works.
        明天 CDRT 那边的 hearing 改到 11am，Courtroom 3 at State Courts。我们只需要 submit mediation outcome form，不需要出席哦，form 记得用新版。
        Template baru untuk surat jemputan mediasi dah update dalam SharePoint, version v3.2. Tolong guna yang baru, yang lama ada typo di alamat pejabat kita, No. 12 Jalan Tun Razak.
        Weekly KPI: 23 cases closed, 15 settled (65%), 6 referred to tribunal, 2 withdrawn. 辛苦大家！Friday makan-makan at Din Tai Fung Paragon, 7pm, booking under the centre.
        收到市民热线转来的工单 GD20251104-00731，内容是楼上空调滴水，已经派给片区网格员，明天上午上门查看，afternoon 我再 follow up 结果。
        New SOP: all leak cases need photos with timestamp plus tile moisture meter reading before we schedule joint inspection. Contoh borang ada dalam folder Forms/Leak_v2.
        各位，下周一 Deepavali 公众假期中心休息，hotline 会转去 voicemail，urgent case 请 email duty@harmonymediation.org.sg，周二照常开门。
        Training slot: Managing angry parties in neighbour disputes, run by Singapore Mediation Centre, 2 Dec, 9am-1pm. Yang nak join, reply sebelum Jumaat ya, max 6 pax.
    """),
    ("en", "case_system_logs_config"): _lines("""
        2025-11-04T09:12:33+08:00 INFO case-svc created case_id=CDR-2025-004812 category=noise priority=P3 channel=web source_ip=10.20.4.17
        2025-11-04T09:12:34+08:00 WARN notify-svc sms_gateway timeout after 3000ms, retry=2/5, template=MEDIATION_INVITE_V4, batch=7f3c9e21
        mediation: {session_length_minutes: 90, max_parties: 6, reminder_hours_before: [72, 24, 2], default_venue: Room 2, interpreter_langs: [zh, ms, ta]}
        ALLOWED_ATTACHMENT_TYPES = ["pdf", "jpg", "png", "heic", "mp4"]  # max 25 MB each; videos longer than 60s are rejected by the upload API
        SELECT case_id, category, status, opened_at FROM cases WHERE status = 'PENDING_MEDIATION' AND opened_at < now() - interval '30 days' ORDER BY opened_at;
        commit 9e4b2a17c0d5: fix(leak-form): validate moisture_reading between 0 and 100 percent, reject future inspection dates; bump version to 2.14.3
        HTTP 422 POST /api/v2/claims {"error": "claim_amount exceeds tribunal limit", "limit_sgd": 20000, "code": "SCT_LIMIT", "trace": "a91f03c2"}
        case_id,category,opened_at,status,assigned_team,sla_due,outcome_code - header row for the monthly export; party columns must never be added to this sheet.
        cron: 0 2 * * * /opt/cmc/bin/purge_attachments --older-than 365d --dry-run=false >> /var/log/cmc/purge.log 2>&1
        sha256(mediation_agreement_template_v5.docx) = 3b7a1c9e04f2d68a5e91b0c7d4f3e2a18c6b5d9e0f1a2b3c4d5e6f708192a3b4
        2025-11-05 14:03:11,208 ERROR pdf-render failed for doc_id=MA-77310: font NotoSansCJK-Regular.ttc not found, falling back to DejaVuSans
        export TRIBUNAL_API_BASE=https://api.example.org/cjts/v1 && export TIMEOUT_MS=8000 && npm run sync:hearings -- --since=2025-10-01
        Release notes 3.8.0: added Malay and Chinese templates for mediation invitations, fixed UTC vs SGT bug in hearing reminders, removed the legacy fax channel.
    """),
    ("zh-Hant", "水電維修價目表"): _lines("""
        偉記水電工程價目表（2025年11月更新）：浴室去水位重新防水 HK$3,800起、廚房喉管更換 HK$2,500起、天花滲水檢測 HK$1,200／次，另加上門費 HK$200。
        明叔冷氣維修中心：窗口機清洗 $380、分體機清洗 $580、冷氣去水喉滴水處理 $450起，九龍區免上門費，預約請WhatsApp 6128 3390，星期日及公眾假期休息。
        陳記防水工程（商業登記號碼 71234567）專營天台防水、外牆裂縫修補，工程保養三至五年，免費報價，寫字樓：新界荃灣德士古道220號荃運工業中心8樓。
        台北大安區永興水電行：抓漏檢測 NT$2,500、更換馬桶進水器 NT$800、熱水器安裝 NT$1,500起，週日及夜間加收30%，統一編號 24567813，可開立發票。
        滲水測試套餐：紅外線熱成像 + 濕度儀 + 色水測試，一般住宅單位 HK$2,800，需時約3小時，檢測報告於5個工作天內以電郵發出，可供審裁處或法團參考。
        地台防水工程（浴室約40平方呎）：拆除舊磚、兩層防水膜、閉水測試48小時、重新鋪磚及收口，總價 HK$16,800，包括清運建築廢料，保養兩年。
        澳門新興隆水電工程公司營業時間 09:00-19:00，地址：澳門提督馬路68號地下，電話 2852 6619，接受澳門通及MPay付款，緊急維修請於營業時間內致電。
        高雄阿福水電行提供24小時緊急抓漏服務，市話 (07) 721-5633，LINE官方帳號 @afu-water，刷卡另收3%手續費，夜間出勤費 NT$600。
        收費說明：以上價目已包括材料及人工，不包括高空工作台租用、大廈管理處收取之工程按金及垃圾清運費，最終以師傅現場視察後之書面報價為準。
        發票 INV-HK-250318：天花批盪修補 1項 HK$1,650；立邦 Nippon 白色乳膠漆 2公升 HK$280；合計 HK$1,930，已付訂金 HK$500，尚欠餘款 HK$1,430。
        常見問題：樓上漏水是否一定由樓上業主負責？答：須視乎滲水源頭，若源頭為大廈公用喉管或外牆，則一般由業主立案法團安排維修及承擔費用。
        SKU WP-PU-5KG 聚氨酯防水塗料 5公斤裝 HK$468／桶；SKU WP-TAPE-10 丁基防水膠帶 10米 HK$89；滿 HK$1,000 免費送貨至港九市區。
        新北市板橋區大同冷氣空調行 評價4.6顆星：師傅準時到場，處理冷氣排水管漏水問題，收費透明有明細，唯假日預約需提早一週，停車位不好找。
    """),
    ("zh-Hans", "法规与新闻"): _lines("""
        《中华人民共和国人民调解法》于2010年8月28日经第十一届全国人大常委会第十六次会议通过，自2011年1月1日起施行，规定人民调解委员会调解民间纠纷不收取任何费用。
        《民法典》第二百八十八条规定：不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系，这是处理邻里漏水、通行纠纷的基本依据。
        “枫桥经验”起源于20世纪60年代初浙江省诸暨县枫桥区，核心是“小事不出村、大事不出镇、矛盾不上交”，至今仍被视为基层化解矛盾纠纷的典型经验。
        《噪声污染防治法》自2022年6月5日起施行，禁止在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业，但抢修、抢险作业和因生产工艺要求必须连续施工的除外。
        清代大学士张英“千里修书只为墙，让他三尺又何妨”的六尺巷典故发生在安徽桐城，如今常被社区用作邻里纠纷调解宣传栏和调解室墙上的素材。
        《物业管理条例》规定，业主应当遵守管理规约，不得擅自改变房屋用途；物业服务企业对违反规约的行为应当予以制止，并及时向有关行政管理部门报告。
        多地法院发布的典型案例显示，因楼上卫生间防水层老化导致楼下天花板渗水的，法院一般判令楼上业主承担修复费用，并赔偿楼下业主合理的财产损失。
        民事诉讼法规定，标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的简单金钱给付民事案件，适用小额诉讼程序，实行一审终审。
        12345政务服务便民热线受理噪声扰民、违章搭建、物业纠纷等非紧急诉求，紧急警情请拨打110；热线工单一般在规定时限内转交属地街道办理并进行回访。
        香港律政司司长林定国在多个公开场合推广调解，鼓励商界及社区机构签署“调解为先”承诺书，以调解作为处理争议的首选方式，减少不必要的诉讼。
        新加坡于2015年通过《社区纠纷解决法》，时任律政部长尚穆根在国会介绍该法案，随后设立社区纠纷解决审裁庭，专门处理邻里噪音、异味、滋扰等纠纷。
        诉讼服务中心公告：立案窗口工作时间为工作日9:00-12:00、13:30-17:00，当事人也可通过“人民法院在线服务”小程序网上立案，案号格式如（2025）沪0115民初12345号。
        马来西亚《2013年分层管理法令》（Akta 757）规定设立分层管理审裁庭，处理管理机构与业主之间关于管理费、维修及滋扰的争议，审裁庭程序中不允许律师代表。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My upstairs neighbour Gerald Tan Wei Ming at Blk 412 Bedok North Ave 2 #09-187 has ignored three letters about the leak, can you help me draft a claim against him?
        Respondent: Priya d/o Ramasamy, NRIC S7841236J, mobile 9117 4820 - claim for S$2,350 being her unpaid share of the inter-floor ceiling repair.
        Just so you know, the lady next door, Mrs Lim Soo Hoon, was hospitalised for depression last month, which is why the mediator postponed our session.
        Claimant details for the SCT form: Marcus Yeo Jun Hao, DOB 14/03/1986, email marcus.yeo86@gmail.com, 3 Jalan Kemaman, Singapore 328421.
        Paid the contractor by PayNow to 8823 6140 (that's my husband Daniel's number), S$1,800 deposit, and the guy disappeared after two days of hacking.
        The police report F/20251103/2291 names my ex-tenant Kevin Ong Boon Kiat as the man who kicked my door in; he was arrested the same night.
        Hi, I'm Rachel Koh, 34, seven months pregnant, and the drilling from the flat above starts at 8am every day - can I mention my pregnancy at the CDRT hearing?
        Bank: DBS, account 027-884152-3, account name Tay Hui Ling - please transfer the S$640 settlement as agreed at the mediation on 6 November.
        Witness statement - Ahmad Faizal bin Rosli, FIN G4418837N, condo security guard, saw car SKF 4821 G scrape my neighbour's gate at about 2.15am.
        Uncle Henry from #05-12 owes me S$3,000 from our mahjong kitty and now says his gambling debts are too big to repay anyone this year.
        CSV row: 2025-10-28,CDR-2025-004377,Wong Kah Wai,+65 8345 1907,noise,renovation after 10pm,open
    """),
    "zh-Hans": _lines("""
        楼上602的王建国天天半夜拖椅子，我已经报了三次警，民警说只能调解，他手机是13912347788，你帮我写一封调解申请书吧。
        申请人：刘晓梅，女，身份证号 320102198805174327，住南京市玄武区中山门大街88号7栋1单元502室，申请就楼上漏水问题进行人民调解。
        我邻居赵阿姨说她儿子刚离婚，心情不好，所以每天晚上在家喝酒摔东西，我该怎么跟居委会反映又不伤和气？
        被申请人孙立强欠我装修款12800元，我是转账到他的工商银行卡 6222 0211 0203 4567 891，他一直拖着不还，能起诉吗？
        我是张先生，住在杭州西湖区文三路388号12幢301，楼上漏水把我家吊顶泡坏了，物业让我自己找楼上的陈女士协商。
        调解记录：当事人何美玲，联系电话 186-2345-9012，车牌粤B 7K3X9 被邻居车辆剐蹭，双方同意由对方赔偿修车费1500元。
        老李家的狗咬了我女儿，医院诊断是左小腿撕裂伤，打了狂犬疫苗，医药费2300多，他不肯出，能去小额诉讼吗？
        我叫周婷，得了焦虑症一直在吃药，楼上装修的噪音让我几个月睡不着，医生开了证明，这个能作为调解时的证据吗？
        微信号 lily_chen0917 是楼下陈丽丽的，她在业主群里造谣说我家漏水是故意的，我想截图报警处理。
        日志：2025-11-02 21:47 来电 15820461937 投诉 3栋1703 住户吴海涛夜间唱K，已派网格员上门。
    """),
    "zh-Hant": _lines("""
        我係住喺觀塘順天邨天澤樓1423室嘅李太，樓上1523成日漏水落嚟，想問小額錢債審裁處點樣入紙告佢？
        被告：黃志強，香港身份證 K482913(6)，電話 9386 2071，欠我裝修工程尾數 HK$18,500，有WhatsApp對話記錄為證。
        鄰居陳伯上個月中風入咗院，佢個仔話冇錢維修浴室，所以滲水問題一直拖住，我唔知應該點做。
        申請人：林淑芬，身分證字號 F224583917，住新北市板橋區文化路一段188巷12號4樓，申請與樓上住戶調解漏水糾紛。
        樓上張先生（手機 0912-345-678）每晚十二點後在家彈鋼琴，管委會已發函兩次仍未改善，我可以向區公所申請調解嗎？
        我老公何家偉上年破產咗，而家對面單位話要告我哋賠償滲水損失，佢哋仲告唔告得到我同我老公？
        澳門居民身份證 1284563(7)，姓名：區嘉欣，聯絡電話 6628 4417，地址：澳門黑沙環新街52號海富花園第3座12樓B。
        阿珍你好，我係隔籬屋嘅Ken，上次你話你老公失業咗所以遲咗俾維修費，我明白，但係而家已經拖咗半年喇。
        報案紀錄：台中市警察局第三分局 受理編號 1130928-0457，報案人吳明哲，稱鄰居飼養犬隻夜間吠叫並咬傷其母親。
        我個女 Chloe 讀緊小三，有哮喘，樓下燒嘢啲煙成日飄上嚟，佢已經入咗兩次急症室，可以報警嗎？
    """),
    "ms": _lines("""
        Jiran atas saya, Encik Roslan bin Hamid, unit B-12-3 Pangsapuri Sri Ria, dah 3 bulan tak baiki paip bocor. Boleh tolong saya tulis surat tuntutan?
        Nama: Nurul Aina binti Zulkifli, No. KP 890714-10-5526, Tel 012-738 4401, menuntut RM4,200 kos membaiki siling di Tribunal Tuntutan Pengguna.
        Makcik Kiah sebelah rumah baru lepas bercerai dan ada masalah hutang ah long, sebab tu kereta dia kena simbah cat merah semalam.
        Nombor plat kereta jiran yang selalu parking depan pagar saya: WVB 8821. Saya dah buat laporan polis, nombor repot KAJANG/012345/25.
        Suami saya Hafiz ada penyakit jantung, bunyi bising dari kedai karaoke bawah rumah buat dia tak boleh tidur langsung. Boleh saya guna surat doktor dia?
        Akaun Maybank 1640 2233 8791 atas nama Tan Mei Ling, sila masukkan RM1,500 seperti dipersetujui dalam perjanjian mediasi bertarikh 3 Nov.
        Saya Kumar a/l Subramaniam, tinggal di No. 27, Jalan SS 2/64, 47300 Petaling Jaya. Anjing jiran gigit anak saya minggu lepas, boleh saya tuntut kos hospital?
        E-mel jiran tu hairul.nizam82@yahoo.com, dia selalu tak balas. Saya nak hantar notis tuntutan secara rasmi, boleh ke guna e-mel je?
        Pak Mat tingkat 5 tu baru keluar lokap sebab kes pukul isteri, sekarang dia ugut saya pulak pasal aduan bising.
        Borang aduan JMB - Nama: Lee Chee Keong | Unit: A-08-11 | Tel: 016-552 0938 | Aduan: air menitis dari siling bilik air sejak 10/10/2025.
    """),
    "mixed": _lines("""
        我楼上那个 uncle 叫 Lim Ah Huat，他 unit #08-234 每天 3am 还在剁猪肉，I already complained to town council 两次了 still no action.
        Boss, saya nak tanya, 隔壁的 Siti Hajar binti Omar owe me RM800 for the broken pagar, she gave me her number 019-204 8836 but tak pernah angkat.
        Pls help draft WhatsApp to 阿伟 (my neighbour, 9823 4410): bro the water from your aircon dripping on my laundry every day, 可以 fix 一下吗?
        My mother-in-law 黄秀英 got dementia, sometimes she shouts at night, now the neighbour threaten to report to CDRT. Ada cara nak explain tak?
        Claimant: Chua Chee Meng 蔡志明, NRIC S8034219H, Blk 158 Toa Payoh Lorong 1 #11-402, claiming S$1,260 from contractor because leak repair 没做好.
        Hi, 我昨天 lodge police report at Ang Mo Kio NPC, report no. D/20251106/0078, about my neighbour Mdm Koh Siew Lan who threw my potted plants down. Next step?
        Salary saya cuma RM2,300 sebulan, 楼上 Mr Raj tuntut RM5,000 sebab dia kata my bathroom leak rosakkan his siling. I'm Aisyah, boleh negotiate installment tak?
        Neighbour's IG account @jasmine.tkh.88 posted video of my son having meltdown (he has autism) and tagged 我们 block, can I 报警 for this?
        收件人：Ms Angeline Foo, email angeline.foo.sy@hotmail.com, HP 9674 3302 - Re: Mediation outcome, kindly pay S$450 by 30 Nov lah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that explains Singapore small claims procedures in plain English. You do not give formal legal advice.",
        ),
        (
            "user",
            "My contractor took a S$4,500 deposit for my bathroom waterproofing and never came back. I'm Jonathan Seah, flat at Blk 221 Jurong East St 21 #07-311. His company is RedBrick Works. Can I file at SCT?",
        ),
        (
            "assistant",
            "Yes, a claim about a contract for the supply of services such as waterproofing is generally within SCT jurisdiction, and S$4,500 is well under the S$20,000 limit. You would file online through CJTS, naming the company (with its UEN) as respondent rather than the individual worker. Gather the quotation, payment proof and your messages with him.",
        ),
        ("user", "I only have his WhatsApp, 8156 9023, and the PayNow receipt. Is that enough?"),
        (
            "assistant",
            "Those are useful. Also look up the company's UEN on ACRA's BizFile so you can name the right entity, and take dated photos of the unfinished bathroom. Screenshots of the chat showing the agreed scope and dates will help the tribunal.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理邻里纠纷的中文助手，回答要简洁实用。"),
        (
            "user",
            "楼上1202的业主叫钱志远，他家卫生间漏水把我家天花板泡塌了一块，我去敲门他老婆说他在外地出差。我叫宋雅琴，住1102，物业说只能帮忙协调，我该怎么办？",
        ),
        (
            "assistant",
            "建议先做三件事：第一，拍照录像并让物业出具书面的漏水查勘记录；第二，找第三方检测机构确认渗水来源；第三，以书面形式（微信或快递函件）告知对方维修要求和期限。如果协商不成，可以向社区人民调解委员会申请调解，调解不收费；调解不成再考虑起诉。",
        ),
        ("user", "他手机是13706581234，我发了三次短信都不回，这样算书面通知了吗？"),
        (
            "assistant",
            "短信可以作为已通知的证据之一，请保留截图并注明发送时间。为稳妥起见，也可以通过EMS寄送书面函件，保留回执。",
        ),
    ],
    [
        (
            "user",
            "我住沙田禾輋邨豐和樓，樓上單位成日滲水，我已經打咗1823，但係滲水辦話要等。我叫麥詠詩，電話 6372 9184，可唔可以直接去小額錢債審裁處告樓上？",
        ),
        (
            "assistant",
            "可以考慮，但通常建議先掌握滲水源頭的證據。滲水辦的調查報告或持牌人士的檢測報告，對證明責任好重要。如果你的損失（例如天花修補、傢俬損壞）不超過港幣75,000元，可以向小額錢債審裁處提出申索。",
        ),
        (
            "user",
            "樓上係一個阿伯，叫佢鍾生，佢話自己有長期病要洗腎，冇精神理呢啲，咁我仲告唔告好？",
        ),
        (
            "assistant",
            "明白你嘅顧慮。你可以先同法團或社區調解服務聯絡，嘗試用調解方式解決，例如由你先安排師傅維修，再同對方商量分期攤分費用。如果調解唔成功，先再考慮入稟。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu penduduk strata di Malaysia memahami hak mereka. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya pemilik unit C-15-07, Residensi Bayu Puchong. JMB kenakan caj lewat RM1,120 walaupun saya dah bayar. Nama saya Mohd Shahrul bin Ismail, no. IC 870223-08-6119. Boleh saya bawa ke Tribunal Pengurusan Strata?",
        ),
        (
            "assistant",
            "Boleh. Tribunal Pengurusan Strata mendengar pertikaian antara pemilik petak dan badan pengurusan, termasuk caj penyelenggaraan dan caj lewat. Sediakan resit bayaran, penyata akaun daripada JMB dan surat-menyurat. Borang tuntutan boleh difailkan di pejabat tribunal atau secara dalam talian.",
        ),
        (
            "user",
            "Bendahari JMB, Puan Lee Mei Fong, kata resit saya tak sah sebab bayar tunai kat pengawal. Macam mana?",
        ),
        (
            "assistant",
            "Kumpulkan apa-apa bukti sokongan seperti resit tulisan tangan, gambar, atau mesej WhatsApp yang mengesahkan penerimaan wang. Anda juga boleh minta salinan rekod kutipan harian daripada pejabat pengurusan sebelum memfailkan tuntutan.",
        ),
    ],
    [
        (
            "user",
            "eh my neighbour at #14-22 keep knocking the wall at night one, I think he got mental issue, name is Terence Low. I stay #14-21, Blk 682C Punggol Drive. What can I do ah?",
        ),
        (
            "assistant",
            "Sorry to hear that. A good first step is to keep a noise diary with dates and times, and try speaking to him calmly or leaving a polite note. If that does not help, you can approach the Community Mediation Centre for free voluntary mediation. If mediation fails or he refuses, you can file a claim at the Community Disputes Resolution Tribunals.",
        ),
        ("user", "Ok can you write a short polite note for me, sign as Mdm Ng, HP 9027 6648"),
        (
            "assistant",
            "Dear Neighbour at #14-22, I hope you are well. I stay next door at #14-21. Over the past few weeks there has been knocking on our shared wall late at night, which has been affecting my sleep. Could we please keep it down after 10pm? I am happy to chat if anything is troubling you. Thank you for your understanding. Mdm Ng, 9027 6648",
        ),
    ],
    [
        (
            "system",
            "使用者資料：姓名 簡志豪；地址 台中市西屯區市政路402號9樓之3；電話 0937-228-516。請以繁體中文協助處理鄰里糾紛。",
        ),
        (
            "user",
            "樓下那戶每天早上六點就開始用電鑽，已經三個禮拜了，管委會說他們在裝潢。我可以怎麼做？",
        ),
        (
            "assistant",
            "可以先請管委會依社區規約確認裝潢施工時段，並請對方遵守。若仍持續在清晨施工，可撥打1999或向環保局檢舉噪音；也可以向西屯區公所調解委員會申請調解，調解不用費用，成立後經法院核定具有確定判決的效力。",
        ),
        ("user", "好，那幫我寫一段給管委會的陳情內容，用我的名字。"),
        (
            "assistant",
            "管委會您好：本人簡志豪，住9樓之3。樓下住戶近三週每日清晨六時起進行電鑽施工，嚴重影響作息，懇請管委會依社區規約通知該戶將施工時間調整至規定時段內，並回覆處理結果。聯絡電話 0937-228-516。謝謝。",
        ),
    ],
    [
        (
            "user",
            "In Penang. My neighbour's dog bit my 8 year old son Aiden on the arm last Saturday, 6 stitches at Gleneagles. The owner is a guy called Vincent Khoo, 42 Lorong Kenari 3, Bayan Lepas. Should I make a police report first?",
        ),
        (
            "assistant",
            "I'm sorry about your son. Yes, lodging a police report at the nearest balai polis is a sensible first step, as it creates an official record. Keep the medical report, receipts and photos of the injury. You can also report the dog to the local council (MBPP) if it is unlicensed or roaming. For recovering medical costs, you may send a letter of demand and then consider a claim in the Magistrates' Court if he does not pay.",
        ),
        (
            "user",
            "The hospital bill was RM3,870. His wife said they will pay half only. Is that fair?",
        ),
        (
            "assistant",
            "That depends on the facts, such as whether the dog was properly restrained. You could propose mediation, or reply in writing that you are seeking the full RM3,870 with supporting receipts, while staying open to a reasonable settlement.",
        ),
    ],
    [
        ("system", "你是法律常识助手，用简体中文回答，不构成正式法律意见。"),
        (
            "user",
            "我借给对门的邻居马红霞8000块钱，她说孩子住院急用，白血病，转账记录都有。现在半年了一直不还，微信也把我拉黑了。",
        ),
        (
            "assistant",
            "这种情况属于民间借贷纠纷。您可以先通过短信或书面函件催告还款，保留转账记录、聊天记录等证据。如对方仍不还，可以向对方住所地法院起诉，8000元的简单金钱给付案件一般可以适用小额诉讼程序，立案可以通过人民法院在线服务小程序办理。",
        ),
        ("user", "我只知道她身份证后四位是0628，住在成都武侯区的那套房子，够起诉吗？"),
        (
            "assistant",
            "起诉时需要写明被告的姓名、性别、住所等信息。如果不知道完整身份证号，可以在起诉状中提供已知信息，并向法院申请调查或由律师申请调查令。",
        ),
    ],
    [
        (
            "user",
            "我住喺澳門氹仔嘅濠景花園，樓上成晚拖櫈仔，我叫葉寶儀，已經同管理處投訴過三次。可以點做？",
        ),
        (
            "assistant",
            "可以先請管理處發書面通知俾樓上住戶，並保存投訴記錄。如果噪音喺夜間持續，可以向治安警察局報案或向環境保護局反映。亦可以考慮透過社區調解服務同對方溝通。",
        ),
        (
            "user",
            "管理處話樓上住客係租客，業主係一位姓歐陽嘅先生，電話 6699 2815，我應該直接搵業主？",
        ),
        (
            "assistant",
            "可以嘅。業主有責任確保租客遵守大廈管理規章，你可以禮貌咁聯絡業主，說明情況同投訴日期，並要求佢提醒租客。記得保留通話或訊息記錄。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a mediation invitation letter? I'm claiming S$980 for a broken window from my neighbour's son's football.",
        ),
        (
            "assistant",
            "Sure. Please tell me your name, your neighbour's name and unit number, and the date of the incident, and I will prepare a draft you can send.",
        ),
        (
            "user",
            "Me: Farah Nabilah binti Yusof, #03-14. Neighbour: Mr Bernard Chia, #03-15, same block, Blk 35 Marine Crescent. Incident was 19 Oct.",
        ),
        (
            "assistant",
            "Dear Mr Bernard Chia, I am writing about the incident on 19 October when a football kicked from your unit's corridor broke my kitchen window at #03-14, Blk 35 Marine Crescent. The replacement cost was S$980, and I enclose the receipt. I would like to resolve this amicably and invite you to a mediation session at the Community Mediation Centre. Please let me know your available dates. Yours sincerely, Farah Nabilah binti Yusof",
        ),
    ],
    [
        ("system", "Pembantu AI untuk menulis surat rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat tuntutan kepada jiran saya, Encik Azman bin Karim, No. 15 Jalan Mawar 2, Taman Sri Gombak. Kereta dia langgar pagar rumah saya no. 17, kos baiki RM2,650.",
        ),
        (
            "assistant",
            "Kepada: Encik Azman bin Karim, No. 15, Jalan Mawar 2, Taman Sri Gombak. Perkara: Tuntutan Kos Membaiki Pagar. Dengan hormatnya saya merujuk kepada kejadian kereta tuan melanggar pagar rumah saya di No. 17, Jalan Mawar 2. Kos membaiki berjumlah RM2,650 seperti sebut harga yang dilampirkan. Saya memohon tuan menjelaskan jumlah tersebut dalam tempoh 14 hari dari tarikh surat ini. Sekian, terima kasih.",
        ),
        (
            "user",
            "Tambah nama saya Noraini binti Abdullah dan nombor telefon 013-885 2047 di bawah.",
        ),
        (
            "assistant",
            "Baik, di bahagian akhir surat tambahkan: Yang benar, Noraini binti Abdullah, No. 17, Jalan Mawar 2, Taman Sri Gombak. Tel: 013-885 2047.",
        ),
    ],
    [
        (
            "user",
            "我喺將軍澳租屋，業主唔肯退按金 HK$24,000，話我搞到廚房漏水。業主叫 Raymond Szeto 司徒文傑，佢 email 係 raymond.szeto1968@netvigator.com。我可唔可以去 Small Claims Tribunal？",
        ),
        (
            "assistant",
            "可以。追討租務按金屬於金錢申索，金額喺港幣75,000元以內，可以向小額錢債審裁處入稟。準備好租約、交樓時嘅相片、按金收據同你哋之間嘅WhatsApp或email記錄。",
        ),
        ("user", "佢話漏水係我裝洗碗碟機搞成，但師傅報告話係樓上喉管問題，份報告有用嗎？"),
        (
            "assistant",
            "有用。持牌水喉匠或驗樓公司嘅書面報告，可以證明漏水源頭唔係你造成。入稟時附上報告副本，聆訊時帶齊正本。",
        ),
    ],
    [
        (
            "system",
            "CRM context for this conversation: caller Tan Boon Huat, NRIC S6623018B, Blk 508 Hougang Ave 8 #04-233, prior case CM-2024-1187 (noise, settled). Use this only to help the caller.",
        ),
        ("user", "Hi, the same neighbour is making noise again, what are my options this time?"),
        (
            "assistant",
            "Since your earlier case with the same neighbour was settled through mediation, you could first check whether the settlement terms are being breached and keep a diary of the new incidents. You can request another mediation session, or, if the earlier agreement is not being followed, consider filing at the Community Disputes Resolution Tribunals.",
        ),
        ("user", "Ok please file a new mediation request under my name."),
        (
            "assistant",
            "I cannot file on your behalf, but you can submit the request on the Community Mediation Centre website. Quote your previous case reference CM-2024-1187 so the centre can link the two cases.",
        ),
    ],
    [
        (
            "user",
            "昨晚楼上扔下来一个花盆，砸中了我停在楼下的车，车牌是沪A·D8326，挡风玻璃全碎了，我妈当时在旁边被碎片划伤了手，缝了五针。我已经报警了。",
        ),
        (
            "assistant",
            "很抱歉发生这样的事。高空抛物涉嫌违法，您报警是正确的。请保存车损照片、您母亲的就诊病历和发票，并向派出所索取报警回执。根据民法典第一千二百五十四条，侵权人应当承担责任；如难以确定具体侵权人，公安机关等有关机关应当依法及时调查，查清责任人。",
        ),
        ("user", "监控拍到是17楼的住户，物业说姓邓，叫邓国伟，他不承认。我可以直接起诉他吗？"),
        (
            "assistant",
            "可以。您可以以邓国伟为被告提起侵权诉讼，要求赔偿车辆维修费和您母亲的医疗费等损失。建议先向物业调取并封存监控录像，派出所的调查结论也会是重要证据。",
        ),
    ],
]
