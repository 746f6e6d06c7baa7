# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat125: chats with an assistant about one's own study abroad (overseas university applications, student visas, accommodation abroad, money from home, homesickness). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat125
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "admissions_faq"): _lines("""
        Q: Does the University of Melbourne accept the Gaokao for direct undergraduate entry? A: Yes, for selected provinces; see the 2027 Gaokao entry score table on the international admissions page.
        Applicants holding the Malaysian STPM need a minimum of ABB across three subjects; MUET Band 4.0 or above satisfies the English requirement for most courses.
        The application fee of GBP 28.50 is non-refundable. Payment in UCAS Hub must be completed before 18:00 UK time on 29 January 2027 for the equal-consideration deadline.
        Conditional offers carry the condition code CO-IELTS-65; upload your Test Report Form number in the portal, not a phone photo of the certificate.
        For Hong Kong DSE holders, Level 5** in English Language is treated as equivalent to IELTS 7.5 by the Admissions Office at King's College London.
        Questions about your CAS letter? Email cas-enquiries@intl-admissions.example.ac.uk or call the Compliance Team on +44 161 306 6000, Mon-Fri 09:00-17:00 UK time.
        The Vice-Chancellor's International Scholarship is worth AUD 10,000 per year; no separate application is required for students who apply by 31 October.
        Document checklist v3.2: passport bio page, transcripts with certified English translation, personal statement (max 4,000 characters), one academic reference.
        Taiwan applicants: submit the graduation certificate verified by the Ministry of Education plus the official GSAT score report; copies notarised in Taipei are accepted.
        Deferral requests must reach the Graduate School by 15 June 2027. Ref. policy GS-ADM-014, revised 03 March 2026, approved by the Senate Academic Committee.
        Our Singapore office at 1 Raffles Place, #20-61, One Raffles Place Tower 2 holds drop-in advising every Saturday 10:00-13:00; no appointment needed.
        The Chevening Scholarship, funded by the UK Foreign, Commonwealth and Development Office, opens for applications from Malaysia every August.
        Q: Can I change my course after accepting the offer? A: Transfers are possible until week 2 of semester 1, subject to capacity in the new school and a reissued CAS.
    """),
    ("zh-Hans", "留学中介价目表"): _lines("""
        【2027申请季】英国本科全程申请服务套餐：5所院校申请+文书3篇+面试辅导2次，总价人民币28,800元，签约时付50%，录取后付清尾款。
        美国研究生申请单项服务：个人陈述（PS）撰写4,500元/篇，推荐信润色1,200元/封，简历（CV）修改800元/份，加急48小时另加30%。
        澳洲学生签证（subclass 500）代办服务费3,600元，不含移民局签证费AUD 2,000及体检费；完整材料清单见官网第7页。
        雅思一对一冲刺课：口语+写作20课时6,980元，上课地点为北京市海淀区中关村大街27号中关村大厦11层教学中心，周末班每期限8人。
        新加坡国立大学硕士申请套餐编号SG-PG-2027-03：选校评估+3所院校递交+签证指导，合同价19,500元，发票抬头可开公司名称。
        香港院校申请服务（港大、中大、科大三选）：12,000元，含非本地生入学申请指导，申请费HK$450/所由学生自理，不在服务费内。
        增值服务：伦敦希思罗机场接机£120/次，租房视频代看£60/套，英国银行开户预约£30，均可在“留学通”小程序下单支付。
        退费规则：递交任何一所院校申请前解约，退还已付服务费的80%；递交后不予退费，签证拒签不退服务费。详见服务合同第5.2条及附件二。
        团购优惠：同校同专业3人及以上同时签约，每人立减1,500元；优惠码STUDY2027，有效期至2026年12月31日，不与其他优惠同享。
        马来西亚私立大学预科（Foundation）申请：服务费6,800元，合作院校包括泰莱大学、双威大学、思特雅大学，含学生准证指导。
        咨询热线400-820-6655（工作日9:00-21:00），客服邮箱service@liuxue-example.cn，总部地址：上海市静安区南京西路1266号恒隆广场1期36楼。
        2026年第四季度价目表版本号V4.1，生效日期2026-10-01，原V3.8价目表同时作废，已签合同仍按签约时价格执行。
        加拿大学签SDS通道代办费4,200元，GIC担保投资金额CAD 20,635需由申请人在指定银行自行办理，本公司不代为汇款。
    """),
    ("zh-Hant", "學生宿舍公告"): _lines("""
        【宿舍公告】何善衡堂將於2027年1月8日上午9時至下午5時進行消防系統測試，期間警鐘會間歇響起，請同學毋須驚慌，照常作息。
        逸夫書院宿舍冷氣按量收費：每度電HK$1.35，預繳卡可於書院辦公室或自助增值機增值，最低增值額HK$50，餘額不設退款。
        非本地生宿位申請截止日期為2027年3月15日中午12時，逾期申請將列入候補名單，結果將於5月以電郵通知，請留意垃圾郵件匣。
        國立臺灣大學男一舍洗衣房新增投幣式烘衣機6台，每次新台幣20元，使用時間為早上7點至晚上11點，請勿放入含鋼圈衣物或羽絨被。
        農曆新年期間（2月5日至2月12日）宿舍餐廳暫停營業，留校同學可憑學生證於校內便利商店享九折優惠，詳情請見宿舍網站最新公告。
        寄宿生請注意：訪客須於晚上11時前離開，並於大堂登記處出示身份證明文件登記；過夜留宿一律不獲批准，違者將按宿舍規則扣減宿舍分數。
        維修報告：蔡元培樓B座電梯已於12月3日完成年度檢驗，檢驗證編號EL-2026-08871，已張貼於電梯內，如有異常請致電維修熱線。
        宿費繳交：2026/27學年第二學期宿費HK$14,800，請於1月20日前經學生資訊系統繳付，逾期將收取行政費HK$200。
        郵件收發室開放時間：週一至週五上午10時至晚上7時，週六上午10時至下午1時；包裹到達後7日內未領取的包裹將一律退回寄件人。
        臺北市大安區羅斯福路四段1號校總區第二學生活動中心地下一樓為宿舍服務中心臨時辦公地點，服務至2月底，電話分機62115。
        新生入住指引：請攜帶入住確認電郵列印本、學生證及床上用品，宿舍不提供枕頭和被子，可於校內合作社購買，每套新台幣890元。
        澳門大學書院宿舍網絡維護：12月14日凌晨1時至5時Wi-Fi「UM_Residence」暫停服務，有線網絡不受影響，造成不便，敬請見諒。
        失物招領：於三樓自修室拾獲黑色摺遮兩把、藍色水樽一個及USB手指一隻，請於一個月內攜同學生證到地下舍監辦公室認領，逾期將捐贈予慈善機構。
    """),
    ("ms", "soalan_lazim_visa_pelajar"): _lines("""
        S: Berapa lama proses permohonan Pas Pelajar melalui EMGS? J: Biasanya 14 hari bekerja selepas semua dokumen lengkap dimuat naik ke portal STARS.
        Pelajar tajaan MARA yang akan melanjutkan pelajaran ke United Kingdom wajib menghadiri taklimat pra-berlepas di Ibu Pejabat MARA, Jalan Raja Laut, Kuala Lumpur.
        Yuran pemprosesan visa pelajar baharu ialah RM1,060 termasuk insurans perubatan; bayaran dibuat oleh institusi pengajian, bukan terus oleh pelajar.
        Untuk visa pelajar Australia (subclass 500), bukti kewangan minimum ialah AUD 29,710 setahun bagi kos sara hidup mengikut kadar terkini Jabatan Hal Ehwal Dalam Negeri.
        Ibu bapa boleh menghantar wang sara hidup melalui pemindahan telegrafik di mana-mana cawangan Maybank; caj perkhidmatan bermula RM10 bagi setiap transaksi.
        S: Adakah keputusan SPM diterima untuk program diploma di politeknik Singapura? J: Ya, dengan kepujian dalam Bahasa Inggeris dan Matematik bagi kebanyakan kursus.
        Talian bantuan pusat sehenti pelajar antarabangsa: +603-2776 1000 (Isnin hingga Jumaat, 9 pagi hingga 5 petang). E-mel pertanyaan am: bantuan@pelajar-example.com.my.
        Pemeriksaan kesihatan wajib dijalankan di klinik panel EMGS dalam tempoh 7 hari selepas ketibaan; senarai klinik panel dikemas kini pada 1 Disember 2026.
        Pelajar yang menukar institusi perlu memohon pembatalan pas pelajar lama terlebih dahulu; caj pembatalan ialah RM250 mengikut Jadual Fi 2026.
        Biasiswa Yang di-Pertuan Agong dibuka kepada graduan cemerlang untuk pengajian sarjana dan PhD di universiti terkemuka luar negara; tarikh tutup 31 Mac 2027.
        Pinjaman PTPTN tidak boleh digunakan untuk pengajian sepenuhnya di luar negara kecuali bagi program berkembar yang diluluskan Kementerian Pendidikan Tinggi.
        Kolej kediaman antarabangsa di Universiti Malaya: bilik seorang RM650 sebulan, bilik berkongsi RM420 sebulan, termasuk elektrik dan internet, tidak termasuk makanan.
        Nota: Versi 2.4 panduan permohonan ini menggantikan versi 2.3 bertarikh 12 Ogos 2026. Sila muat turun salinan terkini dari laman web rasmi sebelum menghantar borang.
    """),
    ("mixed", "agency_staff_group_chat"): _lines("""
        各位 reminder: UCAS deadline 29 Jan 6pm UK time, 所有 Oxbridge 以外的 case 请在 20号前 submit，不要拖到最后一天。
        Counter 2 今日 system down, visa appointment 改去 counter 4 办理，VFS Global 那边已经 confirm 了 slot 不受影响。
        Boss 话下星期一 team meeting 改 10am，地点 Level 12 meeting room B，记得带 Q4 signing 数字同埋 pipeline report。
        Guys, IDP 新的 IELTS test date 出了：Jan 11, Jan 18, Feb 8 in KL，Penang centre 只有 Jan 18，快点 update 各个 client group。
        Printer at 3楼 out of toner again, 已经 call vendor, ticket no. HP-SR-2026-44817, they say tomorrow 11am 来换。
        Reminder semua: pejabat tutup 25 Dis dan 1 Jan, 但 WhatsApp hotline +60 12-380 5521 masih ada on-duty staff 回复 enquiries.
        新的 fee schedule V4.1 已经 upload 到 shared drive /Sales/Pricing/2027，旧的 V3.8 请 delete 掉 jangan guna lagi。
        Monash 那边的 rep 说 Feb intake 的 CoE 会 delay 大约 5 working days，因为 DHA system upgrade，大家先跟 parents 做 expectation management。
        FYI 今天 walk-in 有 17 个，13 个问 UK，3 个 Australia，1 个 Taiwan 交换，conversion target 这个月还差 6 单。
        Office aircon 明天 8am-10am servicing, 请大家 9:30 才进来，pantry 的冰箱也会 switch off 两个钟，食物自己拿走。
        Education fair at Sunway Pyramid Convention Centre this Sat-Sun, booth no. C-18, 需要 4 个 staff 轮班，please sign up in the sheet by Thurs.
        Courier 今天把 12 份 offer pack 送错去 Level 8，已经拿回来了，tracking no. JNT7788120045MY 那份还没到，明天再 follow up。
        Finance 提醒: invoice numbering 从 1 Jan 开始用 INV-2027-00001 格式，旧 prefix SA-26 不要再开了，e-Invoice LHDN 那边要对得上。
    """),
    ("en", "portal_log_lines"): _lines("""
        2026-12-04T08:15:22.114Z INFO visa-sync[4412] batch=CAS-SYNC-20261204-03 fetched=218 updated=211 skipped=7 duration_ms=48213 source=sms-api
        2026-12-04T08:16:01.009Z WARN payment-gw[771] webhook retry attempt=3 event=evt_1QkZ8fL2mN0pX7 status=502 upstream=api.stripe.com latency_ms=30011
        [2026-12-04 16:42:10 +0800] ERROR doc-ocr worker-07 job=ocr-9f3a21c7 page=2/4 reason=LOW_CONFIDENCE score=0.41 model=passport-mrz-v5.2.1 action=route_to_manual
        Dec 04 16:45:33 sgp-app-02 nginx[1287]: 10.0.3.17 - - GET /api/v2/intakes?country=AU&level=PG HTTP/1.1 200 5312 0.084s
        2026-12-04 17:00:00,000 INFO scheduler cron=reminder-deadline-7d sent=342 bounced=4 template=uk_ug_deadline_v3 locale=zh-Hans
        2026-12-04T09:30:11Z DEBUG housing-api GET /rooms?city=Manchester&max_rent_gbp=180&ensuite=true results=27 cache=HIT ttl=300
        2026-12-04T09:31:45Z INFO fx-rates updated CNY/GBP=0.1098 MYR/AUD=0.3412 TWD/USD=0.03108 HKD/GBP=0.1012 provider=ecb-mirror
        release v3.14.0 deployed to prod-hk by ci-bot, commit a9c41e7f2b, migrations 0087_add_intake_term, 0088_index_offer_status applied in 2.3s
        2026-12-04T10:02:17Z ERROR ielts-verify timeout contacting trf-verification endpoint after 15000ms; circuit_breaker=OPEN retry_after=120s pending=56
        2026-12-04T10:05:00Z INFO healthcheck services=14 up=13 degraded=1 (sms-gateway-my) p95_latency_ms=412 region=ap-southeast-1
        WARN 2026-12-04 18:20:44 tuition-remit: SWIFT MT103 batch BATCH-HK-7731 held for compliance screening, items=9, total_usd=214380.00
        2026-12-04T11:11:11Z INFO i18n loaded locales=[en, zh-Hans, zh-Hant, ms] keys=4821 missing_ms=12 bundle=portal-web@2.9.7
        2026-12-04T23:59:59Z INFO audit-rotate archived=audit-2026-12-04.log.gz size_mb=184.6 sha1=7d1e0c55b3a9f2e8c41d6b07a9e35f12c8b4d0e6 retained_days=400
    """),
    ("zh-Hans", "留学新闻"): _lines("""
        教育部留学服务中心发布通知：自2027年1月1日起，国外学历学位认证全面实行线上申请，平均办理周期缩短至10个工作日，收费标准保持不变。
        英国首相斯塔默在伦敦一场高等教育论坛上表示，英方欢迎中国学生赴英学习，并将研究简化毕业生签证的续签流程，具体方案预计明年春季公布。
        新加坡教育部长李智陞出席南洋理工大学开学典礼时指出，国际学生比例将维持在本科生总数的约四分之一，不会大幅扩招，本地学生学额优先。
        据澳大利亚内政部最新数据，2025-26财年学生签证申请中来自中国大陆的申请人占比约为18%，仍居各来源地前列，拒签率则同比略有下降。
        马来西亚高等教育部长赞比里在吉隆坡表示，政府计划到2030年吸引25万名国际学生来马就读，并简化学生准证审批程序，缩短等待时间。
        清华大学校长李路明在新年致辞中提到，学校2026年与海外高校新签署交换协议43份，覆盖21个国家和地区，派出交换生人数创历史新高。
        香港特区行政长官李家超宣布，“高端人才通行证计划”合资格大学名单新增10所内地及海外大学，即日起生效，申请不设配额，审批约需四周。
        美国国务院宣布恢复部分F-1学生签证面谈预约，北京、上海、广州领事馆每周新增约1,200个名额，预约系统同步开放，学生可登录官网选择时段。
        日本文部科学省公布2026年度留学生政策后续方案，东京大学、京都大学等将继续扩大全英文授课学位项目的招生规模，并增设面向亚洲学生的奖学金。
        北京外国语大学将于2027年3月举办“海外升学开放日”，地点为北京市海淀区西三环北路2号，报名通道于1月15日开放，现场提供免费咨询。
        据国家外汇管理局公告，个人年度便利化购汇额度仍为等值5万美元，留学学费购汇可凭录取通知书和缴费通知在额度外办理，无需占用个人年度额度。
        新东方创始人俞敏洪在直播中谈及留学市场变化，称家长选择更趋理性，英国、新加坡和中国香港的热度明显上升，美国申请人数则有所回落。
        诺贝尔物理学奖得主杨振宁早年留学芝加哥大学的经历，被收入一本新版留学励志读物，出版社称首印两万册上市一周即已售罄，正在加印。
    """),
    ("en", "config_and_code"): _lines("""
        APPLICATION_FEE_GBP = 28.50  # UCAS 2027 cycle, multiple choices; update every September when the new fee is published
        visa_checklist.yaml: subclass: 500, financial_evidence_aud: 29710, oshc_required: true, english_test: [IELTS, PTE, TOEFL], version: "2026.12"
        export const CURRENCIES = ["CNY", "HKD", "MOP", "TWD", "SGD", "MYR", "GBP", "AUD", "USD"]; // supported for tuition remittance quotes
        SELECT country, COUNT(*) AS offers FROM offers WHERE intake_term = '2027-09' AND status = 'UNCONDITIONAL' GROUP BY country ORDER BY offers DESC;
        def deadline_reminder(days_left: int) -> str: return f"Your UCAS deadline is in {days_left} days" if days_left <= 14 else ""
        HOUSING_API_BASE_URL=https://api.example-housing.co.uk/v2 HOUSING_API_TIMEOUT_MS=8000 HOUSING_CITIES=London,Manchester,Edinburgh,Leeds
        def test_fx_quote(): assert quote("CNY", "GBP", 100000).fee == 150.0 and quote("MYR", "AUD", 20000).rate_source == "ecb"
        "ielts_min": {"overall": 6.5, "writing": 6.0, "speaking": 6.0}, "toefl_min": {"total": 92}, "duolingo_min": 120, "schema": "requirements/v7"
        CREATE TABLE intakes (id SERIAL PRIMARY KEY, university_code CHAR(6) NOT NULL, term VARCHAR(7), tuition_minor INTEGER, currency CHAR(3));
        # cron: 0 3 * * * /opt/portal/bin/sync_cas.sh --env=prod --region=ap-southeast-1 >> /var/log/portal/sync_cas.log 2>&1
        if applicant.english_waiver and applicant.curriculum in {"HKDSE", "SPM", "STPM", "GSAT"}: requirements.pop("ielts_min", None)
        pip install studyportal-sdk==2.9.7 && studyportal login --tenant demo --api-key sk_test_EXAMPLEKEY0000 && studyportal intakes list --country NZ
        timezone_map: {"UCAS": "Europe/London", "UAC": "Australia/Sydney", "JUPAS": "Asia/Hong_Kong", "UPU": "Asia/Kuala_Lumpur"}  # deadlines in local time
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Goh Xin Yi, 19, from Ipoh - my UCAS personal ID is 142-887-3316 and my Leeds offer is still conditional on A-level Chemistry.
        I'm Jason Lim, second-year at Monash, and my dad was just diagnosed with stage 3 colon cancer - can I defer my finals and fly back to Penang?
        Please update my contact for the HKU SPACE transfer: Wong Kai Lok, mobile +852 6123 4478, personal email kailok.wong98@gmail.com.
        Sponsor details for my CAS: father Tan Boon Huat, NRIC S7512345J, sales manager, monthly salary SGD 6,200, DBS savings account 027-123456-7.
        I owe my landlord £2,340 in back rent and my parents don't know; I'm Melissa Chong and the flat is 14 Birchfields Road, Flat 3, Manchester M13 0XY.
        Student record: Ng Wei Jie | DOB 2006-03-11 | NRIC T0612345C | Passport K4418205B | Intake 2027-09 | BSc Computer Science | Offer status: Conditional
        I'm Cheryl, 22, on a Student visa at Glasgow and I just found out I'm 8 weeks pregnant - will the NHS charge me for antenatal care?
        Can you check this? Account name: LEE JIA HUI, Maybank account 1140 2233 5567, for the tuition transfer of RM48,500 to the University of Sydney.
        My plate is WXY 8832 and I'm selling the Myvi before I leave for Perth in February; the buyer wants a copy of my IC 050817-14-2236, is that safe?
        Hey, it's Darren Koh - my UK visa got refused because of the 28-day bank statement rule; GWF reference GWF071234567, refusal letter dated 2 Dec 2026.
        I was arrested last night in Brisbane after a fight outside a bar - I'm Kelvin Ooi on a subclass 500 visa, will this get my visa cancelled?
        Emergency contact: Siti Aisyah binti Rahman (mother), phone +60 13-724 5590, No. 21, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
    """),
    "zh-Hans": _lines("""
        我叫周雨桐，身份证号110105200307152340，申请的是伦敦大学学院教育学硕士，签证材料里需要填父母的工作单位吗？
        我妈刚说家里欠了二十多万网贷，下学期学费可能交不上了，我是在墨尔本读大二的刘子涵，现在能申请休学吗？
        王先生您好，您女儿王思琪的美国F-1签证已于12月3日获批，SEVIS编号N0034567890，请提醒她按时缴纳I-901费用。
        帮我看看这封邮件：发件人 zhangyh_2005@163.com，我是张宇航，想问曼彻斯特大学宿舍能不能换单人间，因为我有抑郁症在吃药。
        我手机号13917284456，微信同号，之前在你们公司签了英国本科申请合同，想问退费进度，合同编号LX-2026-0873。
        阿杰昨晚又打电话来哭，说在多伦多太孤单了想退学回国，他是我表弟陈俊杰，今年才18岁，我该怎么劝他？
        请把学费汇到这个账户：户名 赵明远，中国银行账号6217 8520 0001 4467 892，开户行南京鼓楼支行，金额GBP 26,500。
        我是孙佳怡的妈妈，她在悉尼租的房子是Unit 1205, 2 Quay Street, Haymarket NSW 2000，房东一直不退3,200澳币押金怎么办？
        我叫黄乐妍，雅思TRF号码26CN012345HUAL001，总分6.0没达到港中大6.5的要求，还能用这个成绩拿conditional offer吗？
        家里的事我不想让学校知道：爸妈上个月刚办完离婚手续，我是林晨曦，现在生活费只有妈妈一个人出，能申请困难补助吗？
        签证申请表：姓名 吴浩然；出生日期 2004-11-02；护照号 EK8472619；户籍地址 四川省成都市武侯区人民南路四段48号3栋2单元501室。
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，香港身份證號碼Y678901(1)，喺英國讀緊碩士，BRP唔見咗，想問點樣補領同埋要幾耐？
        林太話佢個仔喺溫哥華讀書讀到抑鬱，成日唔接電話，佢個仔叫林浩賢，UBC二年級，有冇輔導熱線可以介紹？
        我是許怡君，身分證字號F228473910，申請早稻田大學交換學生時要填，請問這個號碼要寫在表格哪一欄？
        阿明喺倫敦租屋被騙咗四千鎊按金，已經報警，案件編號CAD 3318/04DEC26，佢全名係黃子明，我想幫佢搵律師。
        媽媽每月匯生活費到我的帳戶：台新銀行 帳號 2888-01-0045621-8，戶名 蔡宜庭，請問這樣算是 sponsor 的財力證明嗎？
        我係梁穎詩，澳門居民身份證5215738(3)，想申請葡萄牙科英布拉大學碩士，住址係澳門氹仔柯維納馬路順景園第三座12樓B。
        陳生你好，你個女陳曉晴喺悉尼醫院做咗闌尾切除手術，OSHC會員號碼7734 5521 09，醫院要你盡快簽財務同意書。
        我男朋友何俊朗上星期喺多倫多因為醉駕被捕，佢讀緊約克大學，學生簽證會唔會因為咁被取消？我好驚。
        電話0912-345-678（台灣手機），Line ID: yuting_tsai0612，想找人一起在墨爾本Carlton合租，預算每週AUD 350。
    """),
    "ms": _lines("""
        Saya Nurul Izzati binti Kamal, no. MyKad 040322-08-6614, nak tanya macam mana nak mohon visa pelajar ke Jepun untuk biasiswa MEXT.
        Anak saya Muhammad Haziq sedang belajar di Kaherah dan baru disahkan menghidap tibi; dia perlu balik ke Kelantan untuk rawatan, boleh tangguh pengajian?
        Tolong semak: nombor akaun CIMB 7012 3344 5519 atas nama AHMAD FAUZI BIN YUSOF, untuk hantar duit sara hidup RM1,500 kepada anak di Dublin.
        Hutang PTPTN saya RM38,240 belum dibayar dan saya nak sambung Master di UK; nama saya Farah Hanim binti Zulkifli, adakah saya akan disekat ke luar negara?
        No telefon saya 019-483 7726, e-mel aina.syahirah03@yahoo.com - tolong hantar senarai semak dokumen visa pelajar New Zealand.
        Alamat untuk surat tawaran: No. 7, Lorong Seri Kenanga 4, Taman Seri Kenanga, 83000 Batu Pahat, Johor - penerima Encik Roslan bin Abdullah.
        Saya Amirah, pelajar tahun satu di Leeds, tiap malam menangis di asrama sebab rindu rumah; ibu kata jangan balik sebab tiket mahal, saya patut buat apa?
        Borang penjamin: Nama: Lim Mei Ling; No. KP: 780915-07-5524; Pekerjaan: Kerani; Gaji bulanan: RM3,800; Hubungan: ibu kepada pemohon.
        Saya dah bercerai tahun lepas dan bekas suami enggan tandatangan surat kebenaran untuk anak kami, Danish Iskandar, belajar di Australia. Apa pilihan saya?
    """),
    "mixed": _lines("""
        Hi 我是 Kenny Chua，NRIC S9912345A 的 copy 要不要 certify？ NUS exchange office 说 documents 要 ASAP submit。
        我的 FIN G1234567X 下个月 expire 了，我是 Xu Mingyang，在 NTU 读 PhD，Student's Pass renewal 大概要几天？
        Bro, my PayNow is 9123 8876, 那 £500 deposit 你先 transfer 给我，我帮你 pay 给 Edinburgh 的 landlord。
        Mum 寄来的 parcel 收件人写成 Lee Wen Xuan, Flat 5, 22 Hyde Park Road, Leeds LS6 1AF，但我已经搬走了，怎么改地址？
        我 boyfriend Marcus Teo 昨天 diagnose 了 type 1 diabetes，他在 Perth 读 engineering，OSHC 会不会 cover insulin？
        Saya Tan Wei Ming, 我的 IC 是 021108-14-5573, nak apply JPA scholarship 去 Germany, tapi 我的 SPM BM 只有 C, boleh ke?
        Semalam 我 papa call 说 business 亏了 RM200k，semester depan 的 fees mungkin tak dapat bayar，我是 Chloe Yap, Year 2 di Nottingham。
        CSV: name,passport,dob,university,phone | Huang Zixuan,E91827364,2005-07-19,University of Auckland,+86 186 2030 4417
        阿 Ben 的 Hong Kong address 是 Flat C, 18/F, Block 3, Kornhill, Quarry Bay，他 visa 下来了，我 mail 他的 CoE 过去 OK 吗？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are StudyBridge, an assistant that helps students with overseas university applications and student visas. Be accurate and concise.",
        ),
        (
            "user",
            "Hi, I'm Aaron Leong, NRIC T0123456G, applying to the University of Edinburgh for Sept 2027. Do I need to show bank statements for the Student visa if I'm from Singapore?",
        ),
        (
            "assistant",
            "Singapore is on the UK's differentiated evidence list, so you usually don't have to submit bank statements with the application, but you must still hold the required funds for 28 days and provide them if UKVI asks.",
        ),
        (
            "user",
            "Ok. My dad will be sponsoring me, his savings are in his own POSB account. Is that fine?",
        ),
        (
            "assistant",
            "Yes, funds in a parent's account are accepted if you also have a letter of consent from your father and proof of your relationship, such as your birth certificate.",
        ),
    ],
    [
        ("system", "你是一名留学生活助手，用简体中文回答，语气温和。"),
        ("user", "我在伯明翰读研一，最近每天晚上都睡不着，特别想家，已经两个星期没去上课了。"),
        (
            "assistant",
            "很理解你现在的感受，初到海外的前几个月常常是最难熬的。方便说说最近白天大多在做什么吗？学校一般都有免费的心理咨询服务。",
        ),
        (
            "user",
            "我叫何雨萱，学号2471893，之前在国内就确诊过焦虑症，一直在吃舍曲林，这边的药快吃完了。我该怎么跟学校说？",
        ),
        (
            "assistant",
            "建议你尽快在当地GP诊所注册，带上国内的诊断证明和药盒，请医生续开处方；同时可以联系学校的Wellbeing Service，说明你在服药和缺课的情况，申请延期或特殊考虑。",
        ),
    ],
    [
        ("system", "你係一個幫香港學生處理海外住宿問題嘅助手，用廣東話回覆。"),
        ("user", "我喺倫敦租咗間房，業主一直唔修暖氣，已經兩個禮拜冇暖水。點算？"),
        (
            "assistant",
            "你可以先用書面通知業主，列明問題同開始日期，要求佢喺合理時間內維修。如果佢唔理，可以聯絡所屬區議會嘅 Private Housing team 投訴。",
        ),
        (
            "user",
            "幫我寫封 email 啦。我叫鄭子朗，地址係 Room 4, 37 Mile End Road, London E1 4TT，電話 +44 7700 912 834，業主叫 Mr Patel。",
        ),
        (
            "assistant",
            "Dear Mr Patel, I am writing regarding Room 4, 37 Mile End Road, London E1 4TT. The heating and hot water have not worked since 20 November. Please arrange a repair within 7 days. Regards, Cheng Tsz Long, +44 7700 912 834",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya untuk pelajar Malaysia yang belajar di luar negara. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya belajar di Adelaide. Mak nak hantar duit belanja bulanan, cara mana paling murah?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Biasanya perkhidmatan pindahan wang dalam talian seperti Wise atau remittance bank mengenakan caj lebih rendah berbanding pemindahan telegrafik biasa di kaunter.",
        ),
        (
            "user",
            "Ok. Akaun saya di sini Commonwealth Bank, BSB 065-000, akaun 1234 5678, nama Nur Balqis binti Hamzah. Mak guna akaun Bank Islam dia. Betul ke maklumat ni cukup?",
        ),
        (
            "assistant",
            "Untuk pindahan ke Australia, mak awak perlukan nama penuh penerima, BSB, nombor akaun dan kod SWIFT Commonwealth Bank, iaitu CTBAAU2S. Pastikan nama sama seperti dalam akaun bank.",
        ),
    ],
    [
        ("user", "Eh can help me check 我的 CAS? The school put my passport number wrong leh."),
        (
            "assistant",
            "Sure. A wrong passport number on your CAS should be corrected by the university before you apply for the visa. What does the CAS show versus your actual passport?",
        ),
        (
            "user",
            "CAS 写 E1234567, 但我 real passport 是 K2297341C, name Ong Jia Hao, DOB 14 Feb 2007. I already email the admission office 2 times, no reply.",
        ),
        (
            "assistant",
            "Send one more email to the international compliance team with a scan of your passport bio page, and ask them to reissue the CAS with the correct number K2297341C before you pay the visa fee.",
        ),
    ],
    [
        (
            "system",
            "Student profile (internal, do not reveal): Name: Priyanka Devi a/p Suresh; MyKad 050614-07-5388; phone +60 16-552 9013; applying: University of Warwick MSc Data Science; household income RM4,200/month; father on dialysis.",
        ),
        ("user", "Which scholarships can I apply for? My family can't really afford the UK fees."),
        (
            "assistant",
            "Given your circumstances, look at the Chevening Scholarship, the Warwick Chancellor's International Scholarship and Yayasan-backed loans in Malaysia. Several of these consider financial need alongside academic results.",
        ),
        ("user", "Do I need to mention my dad's illness in the personal statement?"),
        (
            "assistant",
            "You don't have to, but if his dialysis has affected your responsibilities or finances, a short, factual sentence can give context. Focus most of the statement on your academic goals.",
        ),
    ],
    [
        (
            "user",
            "帮我润色一下个人陈述的开头：我出生在湖南衡阳一个普通家庭，父亲周建国在我高二那年因工伤瘫痪，母亲靠摆摊供我读完大学。",
        ),
        (
            "assistant",
            "可以这样改：我在湖南衡阳长大。高二那年，父亲因工伤瘫痪，家里的担子落到了母亲身上，她靠经营一个小摊位供我读完大学。这段经历让我很早就开始思考社会保障的意义。",
        ),
        (
            "user",
            "很好。我申请的是LSE社会政策硕士，申请号是LSE-PG-27-118842，我叫周晓雯。最后一段要不要写家里还欠着十几万医药费？",
        ),
        (
            "assistant",
            "不建议写具体欠款金额。可以简单提到家庭经济压力促使你关注医疗保障政策，然后把重点放在你希望在LSE研究的问题和毕业后的计划上。",
        ),
    ],
    [
        ("system", "你是協助台灣學生申請美國研究所的助理，請使用繁體中文。"),
        (
            "user",
            "我要填DS-160，國籍欄和身分證字號要怎麼寫？我的身分證字號是A123456789，名字是王柏翰。",
        ),
        (
            "assistant",
            "國籍填Taiwan；National Identification Number欄位填你的身分證字號A123456789即可。姓名請依護照英文拼音填寫。",
        ),
        (
            "user",
            "好，護照英文名是WANG, PO-HAN，護照號碼358821467。還有我之前在美國交換時逾期停留過5天，要誠實填嗎？",
        ),
        (
            "assistant",
            "一定要誠實填寫。曾經逾期停留需要在Security and Background問題中回答是，並準備說明原因及當時離境的證明，隱瞞被發現的後果會嚴重得多。",
        ),
        ("user", "了解，謝謝。"),
    ],
    [
        (
            "user",
            "Visa pelajar saya ke Ireland ditolak. Nama saya Muhammad Irfan bin Azman, pasport A58392014, nombor rujukan permohonan 71238845. Boleh rayu tak?",
        ),
        (
            "assistant",
            "Boleh. Ireland membenarkan rayuan dalam tempoh 2 bulan dari tarikh surat penolakan. Semak sebab penolakan dalam surat tersebut dahulu.",
        ),
        (
            "user",
            "Surat tu cakap bukti kewangan tak cukup. Abah saya cuma ada RM22,000 dalam akaun dan dia baru kena berhenti kerja bulan lepas.",
        ),
        (
            "assistant",
            "Dalam rayuan, sertakan penyata bank terkini, surat tajaan daripada penaja lain jika ada, dan penjelasan bagaimana yuran dan sara hidup akan dibayar. Jika ada ahli keluarga lain yang boleh menaja, lampirkan dokumen mereka.",
        ),
    ],
    [
        ("system", "You are a housing assistant for international students in Australia."),
        (
            "user",
            "My landlord in Melbourne is keeping my whole bond of AUD 1,800. Can you draft a message to the RTBA?",
        ),
        (
            "assistant",
            "Sure. Please give me your full name, the rental address, the bond number and your move-out date.",
        ),
        (
            "user",
            "Name is Yeo Shu Ting, address 12/48 Lygon Street, Carlton VIC 3053, bond number 0004417326, moved out 30 Nov 2026. Email me at shuting.yeo@outlook.com.",
        ),
        (
            "assistant",
            "Draft: I, Yeo Shu Ting, former tenant of 12/48 Lygon Street, Carlton VIC 3053 (bond 0004417326), vacated on 30 November 2026 and request repayment of my bond of AUD 1,800. Please contact me at shuting.yeo@outlook.com.",
        ),
    ],
    [
        (
            "user",
            "Aiyo I really stress lah, 我借了 housemate RM5,000 去付 deposit, now she ask back but my PTPTN belum masuk.",
        ),
        (
            "assistant",
            "That sounds stressful. It may help to tell her honestly when you expect the money and offer a written repayment plan, even in small instalments.",
        ),
        (
            "user",
            "Her name is Jasmine Lau, 她已经 WhatsApp 我妈 012-668 3390 了, 我妈还不知道我在 Nottingham 打工 overstay 工时，怎么办？",
        ),
        (
            "assistant",
            "First, stop working beyond the 20 hours per week allowed during term time, since that can affect your visa. Then talk to your mother before she hears more from Jasmine; a clear plan will make the conversation easier.",
        ),
    ],
    [
        ("system", "你是一个帮家长了解孩子留学签证进度的助手。"),
        (
            "user",
            "我儿子郑浩宇在新加坡读理工学院，他的学生准证号码是F7654321N，学校说要续签，我是他妈妈，手机13862045518，能帮我查吗？",
        ),
        (
            "assistant",
            "学生准证续签需要由学校在SOLAR系统中提交，家长无法直接查询。建议让孩子登录ICA网站查看申请状态，或者请学校国际学生办公室联系您。",
        ),
        (
            "user",
            "他最近一直不回我微信，上次说在那边谈了女朋友，成绩也挂了两科，我很担心他被退学。",
        ),
        (
            "assistant",
            "理解您的担心。学生准证通常要求出勤率达标，挂科本身不一定影响准证，但长期缺课会有风险。可以先请学校的学生辅导员帮忙了解情况。",
        ),
    ],
    [
        ("user", "I need to email Monash about my late fee payment. Can you write it?"),
        (
            "assistant",
            "Of course. Who is it from, what is your student ID, and why was the payment late?",
        ),
        (
            "user",
            "From Hafiz Rahman, student ID 33190275, MyKad 030918-10-4417. The money from my parents got stuck because my father's account at RHB was frozen during a bankruptcy case.",
        ),
        (
            "assistant",
            "Dear Student Finance, I am Hafiz Rahman (ID 33190275). My tuition payment is delayed because my family's bank account has been temporarily frozen due to a legal matter. I request an extension of 30 days and can provide supporting documents. Thank you.",
        ),
    ],
    [
        ("system", "你係一個幫香港家長處理子女海外留學問題嘅助理。"),
        (
            "user",
            "我個仔何嘉樂喺曼城讀大學，身份證號碼K345612(9)，佢上個禮拜喺街度俾人搶咗銀包，BRP同信用卡都唔見咗。",
        ),
        (
            "assistant",
            "首先佢要向 Greater Manchester Police 報案攞 crime reference number，然後喺 GOV.UK 網上報失 BRP，再聯絡銀行凍結信用卡。",
        ),
        ("user", "佢而家驚到唔敢出街，仲話想退學返香港。我應唔應該飛過去陪佢？"),
        (
            "assistant",
            "如果佢情緒受到好大影響，過去陪佢一段時間可能有幫助。亦可以叫佢聯絡大學嘅 Student Support，佢哋有專門嘅輔導同安全支援。",
        ),
    ],
]
