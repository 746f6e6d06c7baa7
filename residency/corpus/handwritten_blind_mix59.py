# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix59: 中医/TCM clinics in SG, MY and HK (herbal prescriptions, 针灸, tuina, physician registration, MediSave). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix59
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "方剂与处方笺"): _lines("""
        桂枝汤：桂枝三两、芍药三两、甘草二两（炙）、生姜三两、大枣十二枚，出自张仲景《伤寒论》。
        处方笺模板：姓名＿＿＿＿ 性别＿ 年龄＿＿ 病历号＿＿＿＿＿＿；诊断：＿＿＿＿；Rp：＿＿＿＿ 共＿剂，每日一剂，水煎分两次温服。
        六味地黄丸 Liu Wei Di Huang Wan：熟地黄24g、山茱萸12g、山药12g、泽泻9g、牡丹皮9g、茯苓9g。
        浓缩颗粒剂换算参考：饮片10g ≈ 颗粒1g（5:1），具体以厂家标示为准，医师开方时请勿重复换算。
        十八反：甘草反甘遂、大戟、海藻、芫花；乌头反贝母、瓜蒌、半夏、白蔹、白及。
        附子须先煎30–60分钟，至口尝无麻辣感为度；孕妇慎用。
        加减：气虚明显者加黄芪15g、党参12g；湿重者去熟地，加苍术10g、薏苡仁30g。
        煎药中心订单 DJ-20261204-0387：代煎7剂，每剂2包×200ml，真空包装，冷藏可保存7天。
        玉屏风散颗粒（黄芪、白术、防风）100g/瓶，S$28.50，适用于表虚自汗、易感冒者，请遵医嘱。
        "后下"指薄荷、砂仁等芳香药在煎煮结束前5分钟放入；"包煎"指车前子、旋覆花等用纱布包好再煎。
        李时珍《本草纲目》载药1892种，附方11096首，至今仍是药房员工培训的必读书目。
        饮片批号 YP2509A118｜当归（甘肃岷县）｜含水量≤15%｜二氧化硫残留≤150mg/kg｜检验合格
        关木通、广防己等含马兜铃酸的药材在新加坡禁止进口及销售，处方系统已自动屏蔽。
        Rx 模板 #17 小柴胡汤：柴胡12g 黄芩9g 半夏9g 党参9g 炙甘草6g 生姜3片 大枣4枚
    """),
    ("zh-Hant", "香港中醫規管與機構"): _lines("""
        根據《中醫藥條例》（第549章），註冊中醫須持有有效執業證明書方可執業，證明書每三年續期一次。
        「地區中醫診所暨教研中心」現時全港十八區各設一間，政府資助門診每次收費$120。
        長者醫療券可用於註冊中醫診症及針灸，每年金額$2,000，累積上限$8,000。
        表列中醫與註冊中醫不同：表列中醫須通過執業資格試方可轉為註冊中醫。
        李時珍中醫館（旺角分店）營業時間：星期一至六 10:00–20:00，星期日及公眾假期休息。
        孫思邈《大醫精誠》：「凡大醫治病，必當安神定志，無欲無求，先發大慈惻隱之心。」
        余仁生創於1879年，創辦人余廣當年在馬來亞霹靂州經營藥材店，為礦工提供草藥。
        金庸筆下「蝶谷醫仙」胡青牛見死不救，只醫明教中人，是《倚天屠龍記》中的經典角色。
        中醫藥管理委員會秘書處地址：九龍長沙灣道303號長沙灣政府合署，查詢請於辦公時間致電。
        價目表：針灸每次$350（已包診金），拔罐另加$80，推拿30分鐘$280，中藥每劑$65起。
        東華三院中醫門診提供針灸及骨傷服務，長者可使用醫療券，詳情請致電各診所查詢。
        註冊編號格式：註冊中醫 00XXXX，表列中醫 LXXXXX（X為數字），請於處方及收據上清楚列明。
        本中心新冠康復者中醫診療計劃已完結，三年間共提供約1.4萬人次診症。
    """),
    ("en", "SG clinic FAQ and MediSave"): _lines("""
        MediSave cannot be used for TCM consultations or herbs at our clinic. We accept cash, NETS, PayNow and credit cards.
        All TCM practitioners in Singapore must be registered with the TCM Practitioners Board (TCMPB) under the TCM Practitioners Act.
        Acupuncture: first visit S$55 (incl. consultation), follow-up S$45, cupping +S$20. Prices before 9% GST.
        For appointments call 6288 3110 or WhatsApp our clinic line 8123 4000 (Mon–Sat, 9am–6pm).
        Thong Chai Medical Institution, founded in 1867, is one of the oldest charitable TCM institutions in Singapore.
        Patients on warfarin should tell the physician before taking danshen, dong quai or ginkgo because of bleeding risk.
        Pls come 10 min early & wear loose clothes for tuina. Avoid heavy meals 1 hr before acupuncture.
        Invoice INV-2026-004417 | Consultation S$25.00 | Herbs (7 days) S$63.00 | GST 9% S$7.92 | Total S$95.92
        Some Integrated Shield riders reimburse TCM outpatient treatment up to a yearly limit; please check with your insurer.
        Singapore Chung Hwa Medical Institution in Toa Payoh offers subsidised consultations for seniors.
        Q: Can I use my CHAS card here? A: Sorry, CHAS subsidies do not apply to TCM treatment at our clinic.
        Tan Tock Seng Hospital and SGH have run acupuncture services alongside Western medicine for years.
        Closed on 25 Dec and 1 Jan. Herb collection counter open till 8pm on weekdays.
    """),
    ("zh-Hans", "针灸推拿诊所公告"): _lines("""
        本诊所周日及公共假期休息，农历新年初一至初三暂停门诊，初四照常应诊。
        针灸后2小时内勿洗冷水澡，针口若有少许瘀青属正常现象，一般3–5天自行消退。
        三伏贴开始预约啦！头伏7月15日、二伏7月25日、三伏8月14日，每贴RM38，三次套餐RM100。
        小儿推拿适用于6个月至6岁儿童，常见调理：积食、夜啼、反复感冒。
        预约请拨打 03-7957 2288 或到柜台登记；夜诊（7pm–9pm）只限针灸及推拿。
        温馨提示：孕妇、装有心脏起搏器者、有严重出血倾向者请勿接受电针治疗。
        艾灸室禁止吸烟，对艾烟过敏者请提前告知医师。
        拔罐后出现紫红色罐印属正常，一般持续3至7天，无需特别处理。
        北京同仁堂吉隆坡门店开业三周年，全场中成药九折（11月30日止）。
        秋季养生：宜食银耳、百合、雪梨，少食辛辣燥热之品。本文仅供参考，不代替医师诊断。
        本年度门诊量同比增长12.4%，其中针灸占41%、内科占37%、推拿占22%。
        华佗五禽戏晨练班每周六早上7点在诊所楼下广场，免费参加，风雨不改。
        中医执业医师请于12月31日前完成本年度CPE学分（不少于25分）。
    """),
    ("ms", "klinik perubatan tradisional"): _lines("""
        Semua pengamal perubatan tradisional dan komplementari wajib berdaftar dengan Majlis T&CM di bawah Akta 775.
        Klinik dibuka setiap hari kecuali Khamis, 10 pagi hingga 7 malam. Temujanji: 04-229 8810.
        Rawatan akupunktur tidak sesuai untuk wanita hamil trimester pertama tanpa nasihat doktor.
        Harga: konsultasi RM30, akupunktur RM80 sesi, urutan tuina 45 minit RM120.
        Ubat herba yang dijual mesti berdaftar dengan NPRA dan mempunyai nombor MAL, contohnya MAL20031234T.
        Pesakit diabetes perlu memaklumkan paras gula darah terkini kepada pengamal sebelum rawatan bekam.
        Unit T&CM di Hospital Sultanah Bahiyah, Alor Setar, menawarkan akupunktur untuk kesakitan kronik.
        No. resit RCP-KL-2026-118830 | Jumlah RM245.00 | Bayaran: DuitNow QR
        Borang pendaftaran: Nama: __________ No. K/P: ______-__-____ No. Tel: __________
        Kami tidak berkongsi maklumat peribadi pesakit dengan pihak ketiga tanpa persetujuan bertulis, selaras dengan PDPA 2010.
        Pertanyaan produk: khidmat pelanggan 1-300-88-2468 (Isnin–Jumaat, 9 pagi–5 petang).
        Elakkan makanan sejuk, udang dan minuman berais semasa mengambil ubat herba ini.
        Aduan berkenaan pengamal T&CM boleh dibuat melalui portal Bahagian Perubatan Tradisional dan Komplementari KKM.
    """),
    ("en", "clinic systems and logs"): _lines("""
        SELECT rx_id, herb_code, dose_g FROM prescription_items WHERE rx_id = :rx_id AND voided = 0;
        2026-12-04T09:14:22+08:00 INFO herbdispense-svc v3.8.1 batch=HB-77120 dispensed=142 failed=0
        sha256(tcm-herb-db-2026.11.3.tar.gz) = ecad97eeacc5f4cefdd10b003e82ab270f20b30ca35214e1412d325483182aca
        Dear {{patient_name}}, your acupuncture appt at {{clinic_branch}} is confirmed for {{date}} {{time}}. Reply C to cancel.
        TCMCare 2.14.0 release notes: pinyin search for 1,200+ herbs; granule doses now round to 0.5 g; fixed CHAS code mapping.
        Your herbal parcel is on the way! Tracking no. NVSGTCM0012847731, ETA 6 Dec.
        nric_masked: string — keep only first letter and last 4 chars, e.g. "S****567D". Never log the full NRIC.
        PID|1||{MRN}^^^TCMCLINIC||{FAMILY}^{GIVEN}||{DOB}|{SEX}|||{ADDRESS}||{PHONE}
        ERROR 2026-12-03 18:02:11 medisave-gateway: claim CLM-88412093 rejected, code MS-E104 (TCM not claimable)
        EAN 9556123004412 — Pei Pa Koa 300ml, batch 24K18, exp 11/2028, shelf B-07
        tcm-herb-db 2026.11.3 (schema v41): 3,482 herbs, 611 classical formulas, 97 toxicity flags
        {"herb": "黄芪", "pinyin": "huang qi", "max_dose_g": 30, "toxic": false, "pregnancy": "caution"}
        cron: 0 2 * * * /opt/tcmcare/bin/purge_appointments --older-than 2190d --dry-run=false
    """),
    ("zh-Hant", "香港診所WhatsApp公告"): _lines("""
        【通告】本診所12月24日（平安夜）只應診上午，12月25、26日休息，祝大家聖誕快樂🎄
        冬至前後適合做天灸，名額有限，請WhatsApp 5123 8800 預約，唔接受walk-in。
        溫馨提示：食中藥期間戒口，少食生冷、煎炸嘢，唔好同西藥同時間食，相隔最少兩個鐘。
        新到貨：正宗寧夏杞子、長白山人參，會員九五折，歡迎到門市選購。
        颱風訊號八號或黑色暴雨警告生效期間，診所暫停應診，已預約者會另行通知。
        醫療券使用須知：長者須帶備身份證正本，於登記處簽署同意書。
        針灸療程10次套票 $3,000，有效期6個月，不可轉讓。
        醫師診症時間：星期一至五 9:30–13:00 / 15:00–19:30，星期六 9:30–13:00。
        中藥代煎服務：每劑加$25，翌日下午3點後取藥，可以順豐到付。
        本所病人資料一律保密，查詢病歷請親臨並出示身份證明文件。
        伍連德紀念講座：「中西醫結合防疫史」，12月14日（六）下午3時，費用全免。
        訂單編號 HKTCM-88120419 已出貨，順豐單號 SF1402277830514。
    """),
    ("en", "patient data handling"): _lines("""
        Do not send patient NRIC numbers over WhatsApp; use the clinic's secure portal instead.
        Under Singapore's PDPA, NRIC numbers may only be collected when required by law or to establish identity to a high degree of fidelity.
        When exporting case notes for research, remove names, NRIC/FIN, phone numbers, addresses and dates of birth, and replace the patient ID with a study code.
        Front desk checklist: lock the screen when away, shred printed prescriptions, never discuss a patient's condition at the counter.
        If a patient asks for a copy of their records, verify identity in person and respond within 30 days.
        Suspected data breach? Inform the DPO immediately; notifiable breaches must be reported to the PDPC within 3 calendar days.
        Tongue and pulse photos must be saved in the EMR, not on personal phones or group chats.
        Clinical records are kept for at least 6 years after the last visit, then securely destroyed.
        If a caller says they are family, do not confirm appointments or diagnoses unless the patient's consent is on file.
        Consent form v4 now includes a separate checkbox for using de-identified case records in TCM teaching.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        病历：林秀凤，女，58岁，NRIC S6820947A，主诉失眠多梦半年，舌红少苔，脉细数。诊断：不寐（心肾不交）。
        黄国栋先生，住槟城乔治市 Jalan Burma 233号，电话 012-478 3391，下周三上午10点针灸（腰椎间盘突出）。
        代煎药请寄：广州市天河区天河北路 583 号 2 栋 1506，收件人陈嘉怡，138 2456 7810。
        张医师您好，我妈妈何月娥上次开的药吃完了，她乳腺癌术后还在吃他莫昔芬，能继续喝中药吗？
        游客患者吴丽萍，身份证 440106197803124523，来新加坡旅游期间腰扭伤，已推拿3次。
        吴志强（推拿师）11月工资：底薪RM2,800＋提成RM1,460，扣EPF RM469，实发RM3,791。
        加我微信 zhou_lin_tcm88，我把老公周立新的舌苔照片发给你，他最近胃胀得厉害。
        小郑（郑佳颖）怀孕12周，孕吐很严重，想问能不能针内关穴？她的手机 9176 4428。
        退款：银行卡 6214 8379 5500 2112，户名马丽娟，退回预付疗程费 S$480。
        收件人：李国华 Blk 512 Bedok North Ave 2 #08-1147 Singapore 460512 电话 9632 1875
        医生手记：何太（何李淑贞）乙肝携带二十年，今日ALT 88，原方加垂盆草30g。
        患者陈美玲诉吉隆坡某中医诊所针灸致气胸一案，地方法院判赔RM85,000。
        核对：患者黄*玲，出生日期1985-07-26，身份证 350203198507263042，预约12月8日针灸。
        中医师许文彬（TCMPB注册号 A10563）因违规开具含马兜铃酸药材，被暂停执业六个月。
        我爸叫苏振邦，身份证440304196602287717，前列腺癌骨转移，想配合中药减轻疼痛。
    """),
    "zh-Hant": _lines("""
        病人：陳嘉欣 小姐，HKID Y427013(2)，電話 9368 2214，診斷：月經不調，處方：逍遙散加減 7劑。
        李伯（李志強）住黃大仙竹園北邨榮園樓1203室，中風後遺症，逢星期二上門針灸。
        張黃美華用醫療券付款 $600，HKID K315207(3)，剩餘餘額 $3,150。
        唔該幫我book星期六下晝推拿，我叫Kelvin梁（梁家俊），電話6172 9930，條腰又痛返😣
        轉介信：病人何卓恩（男，45歲）轉介伊利沙伯醫院耳鼻喉科，懷疑鼻咽癌，EBV DNA陽性。
        收據抬頭：黃志偉，付款 Visa 4556 3301 2478 1205，金額 HK$1,280。
        我老婆鄧麗芬（身份證C668294(2)）做完針灸手臂腫咗，你哋點負責？
        區域法院 DCPI 1867/2025：吳美玲訴旺角某中醫館，指推拿後頸椎受傷，索償$52萬。
        台灣旅客林雅婷，身分證 A228147394，拔罐後背部起水泡，已轉介急症室。
        寄藥地址：新界沙田第一城36座18樓F室，麥家豪先生收，電話9821 3306。
        伍詠詩小姐不孕兩年，試管嬰兒第二次失敗，現轉中醫調理，月經第3天開始服藥。
        病人email：chanwaiming.1978@gmail.com（陳偉明），糖尿病腳，針灸後請跟進傷口。
    """),
    "en": _lines("""
        Patient: Tan Boon Kiat, NRIC S7834512H, DOB 14/03/1978. Dx: frozen shoulder (肩凝症). Acupuncture x6.
        Hi doc, Ravi Menon here (9745 2261). My wife Priya Nair had a miscarriage last month, can she start the herbal tonic?
        Refund for Mdm Goh Siew Lan to her PayNow 9011 3487, she was charged twice for tuina on 2 Dec.
        Staff file: Wong Mei Chee, Malaysian, tuina therapist, FIN G5521068W, basic S$2,900/month.
        Home visit: Mr Lim Ah Kow, Blk 203 Toa Payoh North #11-1124 S310203, bedbound post-stroke. Daughter Lim Pei Shan 8234 5507.
        Claim: policyholder Ng Wei Jie, NRIC T0418863I, TCM outpatient rider, Dx lumbar disc prolapse L4/L5.
        Pls send Mrs Harjit Kaur's herbal invoice to harjit.kaur77@yahoo.com.sg — she's on chemo for stage 2 breast CA so no dang gui.
        Patient Muhammad Faiz bin Rosli, MyKad 880514-14-5527, hep B carrier, cupping declined.
        Mr Teo Kok Wah parks his car SJH 8812 K at our lot every Tue for his acupuncture after dialysis.
        Foreign patient Zhang Wei, PRC passport EA4471920, staying at a hotel on Orchard Rd, acupuncture for Bell's palsy.
        Dr Ho Kah Leng's final pay S$6,420 incl. leave encashment, credit to DBS 029-418765-3.
        Reminder sent to +65 9*** 4418 (Mdm Siti binte Rahmat, Blk 88 Tampines St 81) for her 3pm cupping.
        My son Ethan Koh Jun Yi, 10, Nanyang Primary, still wets the bed every night. Can TCM help? Call me at 9123 8840.
    """),
    "ms": _lines("""
        Pesakit: Siti Norhaliza binti Abdullah, No. K/P 900212-10-5684, No. 12, Jalan SS 2/45, Petaling Jaya. Rawatan: akupunktur untuk migrain.
        Encik Lee Chong Hock (016-552 8817) minta tukar temujanji tuina ke hari Sabtu sebab anaknya masuk wad.
        Resit bayaran balik dihantar ke nurul.aina.kamal@gmail.com atas nama Nurul Aina Kamal, pesakit diabetes jenis 2.
        Pekerja: Tan Mei Ling, gaji pokok RM3,200, No. KWSP 18877213, No. K/P 930407-07-5322.
        Mahkamah Sesyen Johor Bahru mendapati pengamal herba Ong Kah Seng bersalah menjual ubat bercampur dexamethasone, didenda RM20,000.
        Pemandu e-hailing Ahmad Zaki bin Hassan, kereta WXY 3388, cedera belakang — 5 sesi urut ditanggung PERKESO.
        Salam doktor, saya Farah, isteri Encik Hafiz Othman. Dia ada kanser usus tahap 3, boleh ke minum herba ni?
        Sila caj kad 5204 7430 1566 2388 (Wong Siew Ping, luput 08/28) untuk pakej 10 sesi akupunktur.
        Hantar ke: Puan Kavitha a/p Subramaniam, 23 Lorong Kenari 5, Taman Bukit Indah, 81200 Johor Bahru, tel 011-2345 6678.
        MC 2 hari untuk Mohd Rizal bin Yusof (K/P 850923-01-6241), diagnosis: sciatica.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi, does acupuncture help with insomnia? been sleeping 3h a night"),
        (
            "assistant",
            "Acupuncture is commonly used for insomnia, usually 1–2 sessions a week for 4–6 weeks. Would you like to book a first consultation?",
        ),
        ("user", "ok book me thurs evening"),
        ("assistant", "Sure. May I have your full name and contact number?"),
        ("user", "Chong Li Ting, 9684 3310, NRIC S8917264J"),
    ],
    [
        ("user", "請問醫療券可唔可以用嚟食中藥？"),
        ("assistant", "可以，註冊中醫的診金及處方中藥均可使用醫療券，長者須帶備身份證正本。"),
        ("user", "我阿媽七十三歲，叫區碧霞，HKID R190356(9)"),
        ("user", "佢住觀塘秀茂坪寶達邨達欣樓2208，腳腫咗成個月，你哋有冇上門？"),
    ],
    [
        ("user", "doktor, boleh buat temujanji untuk urut tuina?"),
        ("assistant", "Boleh. Sila beri nama dan nombor telefon."),
        ("user", "Nama Lim Swee Hong"),
        ("user", "no tel 012-36"),
        ("user", "7 4425"),
        ("assistant", "Terima kasih, Encik Lim. Temujanji anda Sabtu jam 11 pagi."),
    ],
    [
        (
            "system",
            "You are the booking assistant of Hui Min TCM Clinic. Current patient: 梁淑仪, 67, CKD stage 3, on warfarin 3mg daily, tel 8765 2094.",
        ),
        ("user", "我可以吃丹参片吗？"),
        ("assistant", "丹参可能增强华法林的抗凝作用，请先与主诊医师确认，不要自行服用。"),
    ],
    [
        ("user", "面瘫针灸一般要多久？"),
        ("assistant", "周围性面瘫一般建议发病一周后开始针灸，疗程约4–8周，视恢复情况而定。"),
        ("user", "我老公上周在中央医院确诊的，左边脸完全动不了"),
        ("user", "他叫董伟，身份证320502198206112333，现在在新加坡工作"),
        ("assistant", "明白，建议尽早预约，我们可安排周二或周五下午。"),
    ],
    [
        ("user", "Can you confirm my booking?"),
        (
            "assistant",
            "Confirmed: Mr Rajesh Kumar s/o Muthu, Tues 9 Dec 3pm, acupuncture for sciatica, contact 8877 1023. See you!",
        ),
        ("user", "thx"),
    ],
    [
        ("user", "Is TCM claimable under MediSave?"),
        (
            "assistant",
            "Generally no — MediSave can't be used for TCM outpatient treatment at most clinics.",
        ),
        ("user", "my father Chua Seng Huat NRIC S1523807J, he has stage 4 liver cancer at NCC"),
        ("user", "we want herbs to help his appetite, any subsidy?"),
        (
            "assistant",
            "Some charitable TCM institutions offer free or subsidised consultations for seniors; please check with them directly.",
        ),
    ],
    [
        ("user", "老闆想問下，推拿師阿芳幾時可以返工？"),
        ("assistant", "請問是哪位同事？需要核對人事記錄。"),
        ("user", "黃淑芳，WhatsApp 6621 0347，佢話上個月做咗子宮切除手術，仲喺度病假"),
        ("user", "仲有佢十二月份人工$17,500照出唔出？"),
    ],
    [
        ("user", "我的药寄到哪里了？订单号 SGTCM-2026-55102"),
        ("assistant", "请提供收件人姓名和地址以便核对。"),
        ("user", "洪慧敏"),
        ("user", "Blk 631 Jurong West St 61 #05-412 Singapore 640631"),
        ("assistant", "已查到，包裹今天下午送达。"),
    ],
    [
        ("user", "我是台湾来的，想在香港看中医，要带什么证件？"),
        ("assistant", "带上护照或台胞证即可，初诊需填写登记表。"),
        ("user", "好的，我叫蔡明哲，身分证 F125580434，LINE ID ming_tsai0815"),
        ("user", "我有高血压在吃药，针灸会不会有影响？"),
    ],
]
