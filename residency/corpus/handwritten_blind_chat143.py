# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat143: chats with an assistant about one's own adult ADHD or autism assessment (diagnosis costs, medication, telling an employer or school, accommodations, insurance, family reactions). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_price_list"): _lines("""
        Adult ADHD Diagnostic Assessment (psychiatrist, 2 x 60-min sessions incl. DIVA-5 interview): S$1,450.00 before 9% GST. Deposit S$300 payable on booking.
        Autism (ASD) Adult Assessment with ADOS-2 Module 4 and ADI-R informant interview, clinical psychologist, full written report included: S$2,680.00 nett.
        Medication review, 15 min, existing ADHD patients only: S$95.00; methylphenidate and atomoxetine dispensed at cost plus S$8.50 dispensing fee per item.
        Written report for employer or university accommodations (up to 3 pages, signed): S$220.00; urgent turnaround within 5 working days +S$80.00.
        The Quiet Room Psychology, 1 Orchard Boulevard #09-07 Camden Medical, Singapore 248649 | Appointments 6733 1852 | WhatsApp (text only) 8028 4471
        Medisave withdrawal for outpatient psychiatric assessment is subject to CDMP rules; please check with our billing counter before your first visit.
        IMH Specialist Outpatient Clinic, 10 Buangkok View, Singapore 539747: referral from a polyclinic or GP required for subsidised adult neurodevelopmental consults.
        Package ADHD-ADULT-PLUS: assessment + 3 coaching sessions with our occupational therapist + 1 family briefing session, S$2,150 (save S$310). Valid 6 months.
        Late cancellation (less than 48 hrs) forfeits the S$300 deposit. No-show for the ADOS-2 session is charged in full. Rescheduling once is free of charge.
        Payment: PayNow to UEN 201934512K (The Quiet Room Psychology Pte. Ltd.), NETS, Visa/Mastercard. Cheques payable to the company name only.
        Sensory-friendly appointment slots (dimmed lights, no waiting room) on Tue and Thu 8:00-9:30am at no extra cost; request via booking@quietroom.com.sg.
        Teleconsult follow-up via Zoom for stable patients on atomoxetine 40-80 mg: S$110 per session; medication courier within Singapore S$12 flat.
        Price list effective 01/01/2027, supersedes list dated 15/06/2026. All fees in SGD. Ong & Partners Psychological Services LLP, UEN T09LL1784B.
    """),
    ("en", "telehealth_app_logs_config"): _lines("""
        2026-11-30T09:14:22.418+08:00 INFO booking-svc appt_id=APT-7Q3K9 slot=2026-12-04T10:00 service=ADHD_ADULT_INTAKE clinic_id=SG-ORC-02 status=CONFIRMED latency_ms=142
        2026-11-30T09:14:23.009+08:00 WARN payment-gw txn=pi_3QxT8vL2aK91 amount=300.00 currency=SGD provider=stripe retry=1 reason=card_authentication_required
        questionnaire.asrs_v1_1: { part_a_items: 6, part_b_items: 12, threshold_part_a: 4, scoring: 'shaded_box', locales: ['en-SG', 'zh-Hans', 'ms-MY'] }
        ASSESSMENT_REPORT_TEMPLATE=templates/report_adult_asd_v3.2.docx  # placeholders {{patient_name}} {{dob}} are filled at render time and never logged
        SMTP_FROM=no-reply@calmpath.health  SMTP_HOST=smtp.sendgrid.net  SMTP_PORT=587  REMINDER_HOURS_BEFORE=48,2  REMINDER_LOCALE_FALLBACK=en-SG
        2026-12-01 22:03:51 ERROR rx-sync: failed to push e-prescription batch RXB-20261201-0045 to pharmacy partner (HTTP 503), 17 items queued for retry
        CREATE TABLE assessment_fee (code VARCHAR(24) PRIMARY KEY, description TEXT NOT NULL, price_cents INT, gst_applicable BOOLEAN DEFAULT TRUE);
        INSERT INTO assessment_fee VALUES ('ASD-ADOS2-M4', 'ADOS-2 Module 4 adult observation, 90 min', 168000, TRUE), ('ADHD-REV-15', 'Medication review', 9500, TRUE);
        release v4.18.0 (2026-11-27): add Malay translation of WURS-25 intake form, fix timezone bug for Kuala Lumpur clinics, commit 3e7a91f0c2d4b8a6
        GET /api/v2/clinics?country=MY&service=adhd_adult&page=2 200 87ms ua=CalmPathApp/4.18.0 (Android 15; Pixel 8) cache=MISS region=ap-southeast-1
        feature_flags: { sensory_friendly_waiting_room: true, employer_letter_addon: true, insurance_preauth_upload: false }  # rollout 25% HK region
        cron: 0 3 * * *  purge_unconfirmed_bookings --older-than=72h --dry-run=false  # owner: platform-team, ticket OPS-2291, reviewed 2026-10-02
        2026-12-02T08:00:00+08:00 INFO waitlist-svc clinic=HK-CEN-01 queue_length=214 median_wait_days=96 service=ASD_ADULT_FULL snapshot=daily
    """),
    ("zh-Hans", "医院门诊须知"): _lines("""
        成人注意缺陷多动障碍（ADHD）专病门诊每周二、周四下午开诊，需提前7天通过医院官方微信公众号预约，首诊请携带身份证原件、医保卡及既往病历资料。
        首诊评估包括医生面诊、成人ADHD自评量表（ASRS）、韦氏成人智力测验及持续性操作测验（CPT），检查费用合计约人民币860元，部分项目可按规定纳入医保报销。
        北京大学第六医院位于北京市海淀区花园北路51号，成人ADHD门诊号源每周五上午9点在官方平台释放；如遇心理危机，可拨打全国心理援助热线12356。
        盐酸哌甲酯属于第一类精神药品，按规定每次处方不得超过15日常用量，需本人持身份证原件就诊，他人代为取药须提供委托书及代办人身份证件。
        孤独症谱系障碍成人评估需预约两次，第二次为ADOS-2结构化观察，时长约90分钟，请勿空腹前来，可携带耳塞或降噪耳机以减少感官不适。
        如需开具诊断证明用于单位请假或学校考试延时申请，请在就诊当日到门诊楼三楼医务处窗口办理，工本费10元，三个工作日后凭挂号凭条领取。
        上海市精神卫生中心（徐汇院区）位于宛平南路600号，成人发育障碍咨询门诊号源于每周一上午10点释放，目前平均候诊时间约为六周左右。
        温馨提示：本院不提供线上开具哌甲酯类处方服务，网上自称“包开药、包诊断”的机构均与本院无关，请谨防诈骗，如遇可疑情况请拨打12345反映。
        医保政策说明：门诊精神类疾病评估费用的统筹支付比例以当地医保局公布为准，起付线按年度累计计算，商业补充医疗保险需凭发票另行申请理赔。
        复诊患者可在互联网医院预约视频复诊，但第一类精神药品须线下取药；择思达（盐酸托莫西汀胶囊）可线上续方，快递费用由患者自行承担。
        门诊挂号费标准：普通号25元，副主任医师号40元，主任医师号60元，知名专家特需号300元，特需门诊费用不纳入基本医疗保险支付范围。
        量表填写说明：请根据过去六个月的实际情况作答，不要只按最近一周的状态选择；若由家属陪同就诊，请家属另行填写童年期行为回顾问卷。
        门诊时间调整通知：2027年1月1日（元旦）成人ADHD专病门诊停诊一天，1月2日起恢复正常，已预约患者将收到系统短信提醒，无需重新挂号。
    """),
    ("zh-Hans", "网店商品列表"): _lines("""
        【处方药】择思达 盐酸托莫西汀胶囊 25mg×14粒/盒 礼来（Eli Lilly）出品 参考价¥268.00 需上传有效处方，执业药师审核通过后24小时内发货
        专注达 盐酸哌甲酯缓释片 18mg×15片｜第一类精神药品，本平台仅展示药品说明信息，不提供线上销售，请凭医院处方至医院药房购买
        图书｜《分心不是我的错》修订版 作者：爱德华·哈洛韦尔、约翰·瑞提 平装 352页 ISBN 978-7-5217-3306-4 定价¥59.80 现货当天发
        图书｜天宝·格兰丁《我看世界的方法跟你不一样》平装 288页 定价¥45.00 现货｜满99减20｜作者为美国科罗拉多州立大学动物科学教授
        解压指尖陀螺 成人办公款 铝合金静音轴承 SKU: FDG-AL-0427-GRY 颜色：深空灰 ¥39.90 全国包邮（新疆、西藏除外）7天无理由退换
        ADHD成人时间管理手帐 2027年版 A5活页 内含番茄钟打卡页与任务拆解模板 SKU: PLN-2027-A5 ¥68.00 月销3.2万+ 支持开具电子发票
        Loop Experience 2 Plus 降噪耳塞 官方旗舰店 感官友好设计 降噪17dB 附XS至L四种尺寸耳套 ¥229.00 顺丰包邮 两件九折
        可视化计时器 Time Timer 原装进口 8英寸 静音无滴答声 型号TT08-W ¥198.00 适用于办公会议与学习专注训练，附中文说明书
        【在线课程】成人ADHD自我管理8周课（录播+每周直播答疑）由执业心理咨询团队授课 价格¥699 课程编号KC-ADHD-2026-08 可分3期免息
        重力毯 7kg 150×200cm 玻璃珠填充 可拆洗外套 适合有感觉统合需求的成人 SKU: WB-7KG-150 ¥359.00 支持7天无理由退货
        订单号 202612031458337921 已发货｜中通快递 运单号 78923140056621｜商品：时间管理手帐×1、降噪耳塞×1｜预计12月6日送达
        店铺公告：本店不销售任何精神类处方药，客服不提供诊断建议；如需评估请前往正规医院精神科或心理科就诊。客服热线400-820-6617（9:00-21:00）
        商品评价精选：“计时器声音很小，开会时放在桌上不会打扰别人，说明书也写得很清楚，性价比很高。”——匿名买家，已购Time Timer 8英寸
    """),
    ("zh-Hant", "保險條款與常見問題"): _lines("""
        問：成年後才確診專注力不足／過度活躍症（ADHD），會影響投保醫療保險嗎？答：投保前已確診的情況一般須於投保書如實申報，保險公司或會加設不保事項。
        自願醫保計劃（VHIS）標準計劃下，精神科住院治療每保單年度保障上限為港幣30,000元，門診評估費用一般不在保障範圍內，詳情請參閱保單條款第4.3條。
        全民健康保險：身心科門診評估成人ADHD可依健保給付，部分負擔依醫院層級收取，醫學中心門診未經轉診之基本部分負擔為新台幣420元。
        常見問題：臨床心理師執行之心理衡鑑如屬自費項目，收費約新台幣3,000至8,000元不等，請向診所索取正式收據以便申報綜合所得稅醫藥費列舉扣除。
        醫院管理局精神科專科門診新症輪候時間（港島東聯網）：穩定新症中位數約52星期，最長輪候約98星期，數據截至2026年9月30日，僅供參考。
        理賠所需文件：理賠申請表正本、醫生診斷證明書、收費收據正本及藥物處方明細；遞交地址：香港灣仔港灣道18號中環廣場35樓 Lumen Assurance 理賠部。
        澳門衛生局仁伯爵綜合醫院精神科設有成人精神科門診，一般須經衛生中心轉介，澳門居民可按相關法規享有免費或收費減免的醫療服務。
        客戶服務熱線：(852) 2866 8898（星期一至五上午9時至下午6時）；電郵 claims.hk@lumenassurance.com.hk；查詢時請備妥保單號碼以便核對。
        保單條款第7.2條：因發展障礙（包括自閉症譜系障礙及專注力不足／過度活躍症）而引致之教育評估、言語治療及職業治療費用，不在本計劃保障範圍內。
        問：公司團體醫療保險會把我的診斷告知人力資源部嗎？答：根據《個人資料（私隱）條例》，保險公司一般不得未經同意向僱主披露個別成員的醫療資料。
        台灣：身心障礙證明須經指定鑑定醫院評估，自閉症類別經鑑定後由直轄市、縣（市）政府核發，有效期一般為五年，期滿前九十日內可申請重新鑑定。
        產品編號 VHIS-FLX-2027｜等候期：精神科治療30日｜年度保障限額港幣80萬元｜保費按年齡組別計算，另須繳付保險業監管局保費徵費0.1%。
        溫馨提示：網上流傳「確診ADHD就不能買保險」的說法並不準確，核保結果視乎個別情況而定，建議投保前先向持牌保險中介人查詢清楚。
    """),
    ("zh-Hant", "公眾人物新聞與書評"): _lines("""
        美國體操名將西蒙·拜爾斯（Simone Biles）曾公開表示自小確診ADHD並一直服用處方藥物，強調「擁有ADHD並沒有什麼可恥的」，引起廣泛迴響。
        奧運泳將米高·菲比斯（Michael Phelps）多次在訪問中談及童年被診斷為專注力不足過動症，以及游泳訓練如何幫助他集中精神和建立紀律。
        演員安東尼·鶴健士（Anthony Hopkins）受訪時透露自己晚年才被診斷為亞氏保加症，並認為這影響了他看待人際關係和演戲的方式。
        瑞典環保運動人士桑伯格（Greta Thunberg）曾形容亞氏保加症是她的「超能力」，此言論引發社會對女性自閉症長期診斷不足的討論。
        書評｜天寶·葛蘭汀《星星的孩子》繁體中文版再版，作者以第一人稱描寫自閉症者的感官世界，至今仍是台灣特殊教育課程常見的指定讀物。
        書評｜史提夫·席爾博曼的《NeuroTribes》中譯本梳理了漢斯·亞斯伯格與李奧·肯納的研究史，篇幅雖長但資料詳實，本刊評分4.5／5。
        衛生福利部心理健康司於2026年發布新聞稿，指成人ADHD就診人數五年內增加近一倍，呼籲企業提供彈性工時、安靜工作區等合理調整措施。
        電影《雨人》（Rain Man，1988）中達斯汀·荷夫曼飾演的雷蒙·巴比特，曾長期塑造大眾對自閉症「天才症候群」的刻板印象，近年屢受檢討。
        韓劇《非常律師禹英禑》由朴恩斌主演，劇中患有自閉症的律師角色在香港及台灣引發熱議，也帶動了成人自閉症評估的網上查詢量上升。
        書評｜愛德華·哈洛威爾與約翰·瑞提合著的《分心不是我的錯》被譽為ADHD經典，但部分章節的藥物資訊已經過時，讀者宜配合最新臨床指引閱讀。
        香港小童群益會於2026年11月舉辦「成人ADHD與職場」公開講座，地點為灣仔會址禮堂，講者為註冊臨床心理學家，費用全免，名額80個。
        專欄回顧：漢斯·亞斯伯格於1944年發表的論文長期被英語世界忽略，直至1981年英國精神科醫生洛娜·溫（Lorna Wing）引介後才受到重視。
        立法會衞生事務委員會於2026年12月會議上討論精神科專科門診輪候問題，醫務衞生局局長表示將研究把成人ADHD評估納入基層醫療試點計劃。
    """),
    ("ms", "polisi_hr_penyesuaian"): _lines("""
        Polisi Penyesuaian Munasabah (Versi 2.1, berkuat kuasa 1 Januari 2027): pekerja yang mempunyai keadaan neuroperkembangan seperti ADHD atau autisme boleh memohon waktu kerja fleksibel.
        Permohonan penyesuaian hendaklah dikemukakan melalui Borang HR-RA-07 kepada Unit Sumber Manusia; dokumen sokongan perubatan dirahsiakan dan tidak disimpan dalam fail peribadi am.
        Menurut Akta Orang Kurang Upaya 2008, orang kurang upaya berhak mendapat akses kepada pekerjaan atas dasar sama rata; majikan digalakkan menyediakan kemudahan yang sesuai.
        Contoh penyesuaian: meja di sudut yang kurang bising, fon kepala pembatal bunyi, arahan kerja secara bertulis, mesyuarat ringkas mingguan dengan penyelia dan rehat pendek tambahan.
        Kos penilaian ADHD dewasa di klinik psikiatri swasta sekitar Lembah Klang adalah antara RM800 hingga RM2,500; panel klinik syarikat menanggung sehingga RM1,200 setahun.
        Pertanyaan berkaitan polisi ini boleh diajukan kepada talian HR 03-2094 5510 (sambungan 218) atau e-mel wellbeing@sinar-logistik.com.my pada waktu pejabat.
        Cuti sakit untuk temujanji susulan psikiatri dikira di bawah cuti sakit biasa (14 hari setahun bagi tempoh perkhidmatan kurang 2 tahun) mengikut Akta Kerja 1955.
        Pendaftaran Kad OKU di Jabatan Kebajikan Masyarakat (JKM) adalah secara sukarela; pekerja tidak diwajibkan mendedahkan status OKU kepada majikan atau rakan sekerja.
        Program Bantuan Pekerja (EAP) menyediakan 6 sesi kaunseling percuma setahun melalui rakan kongsi kami; talian sokongan 24 jam 1-800-88-3372 (panggilan percuma).
        Latihan kesedaran neurodiversiti untuk pengurus akan diadakan pada 15 Januari 2027, 9.00 pagi hingga 1.00 tengah hari, Bilik Mesyuarat Cempaka, Aras 12, Menara Sinar.
        Syarikat: Sinar Logistik Sdn. Bhd. (No. Pendaftaran 201501023456), Aras 12, Menara Sinar, Jalan Sultan Ismail, 50250 Kuala Lumpur. Tel am 03-2094 5500.
        Ubat seperti metilfenidat hanya boleh dibekalkan dengan preskripsi pakar; pekerja yang mengambil ubat tidak perlu melaporkannya kecuali tugas melibatkan jentera berat.
        Semakan polisi: dokumen ini akan disemak semula setiap 24 bulan oleh Jawatankuasa Kesejahteraan Pekerja; cadangan boleh dihantar melalui portal dalaman, ID dokumen POL-HR-2027-014.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, reminder: ADOS-2 kit Module 4 dah balik from servicing, letak dalam cabinet B. Pls sign out in the logbook before guna ok.
        今日下午三点的 intake 全部 move 去 Room 3，因为 Room 2 aircon rosak, technician datang 4pm. Sorry for the hassle everyone 🙏
        FYI the new DIVA-5 Chinese version forms sampai already, 2 boxes, PO-2026-0912. Front desk pls update inventory sheet tab Forms.
        Billing counter: PayNow QR baru dah tampal at counter, UEN 202107755D, jangan guna QR lama lagi ya. 旧的那张已经作废了，记得收起来。
        Doctor on duty tomorrow is from the Novena branch, clinic line 6255 0193. Kalau ada urgent med review, call that number, bukan handphone.
        Heads up: MOH circular on controlled drugs record-keeping updated, effective 1 Feb 2027. Pharmacy team 请看 attachment p.4-6 lah.
        Sensory-friendly slot Tuesday 8am full already until end Jan. 要加 slot 的话 kena tanya clinical director dulu ok, jangan terus confirm.
        Reminder 各位：report template v3.2 dah update, ada new section for workplace accommodations. Old v3.1 jangan pakai lagi, dah archive.
        Courier pickup for atomoxetine deliveries today 5.30pm, Ninja Van. Total 14 parcels, manifest NV-SG-20261203-118. Pls seal properly.
        CME talk this Sat 10am at Academy of Medicine, 81 Kim Tian Road, topic adult ADHD and driving safety. Ada 3 seats sponsored, siapa nak?
        Wifi password waiting area tukar dah: QuietRoom2027! Jangan bagi patients the staff wifi ya, 那个只给 EMR 系统用。
        Printer at nurse station jammed again 😤 HP ticket 5039928816 opened, 明天 technician datang. Use the one at billing meantime.
        Monthly stats Nov: 46 adult ADHD intakes, 19 ASD assessments, average wait 5.2 weeks. Good job team, makan malam on the clinic Friday 7pm 🍜
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Lee Wei Jie, 31, and I was finally diagnosed with combined-type ADHD at IMH last Thursday. My boss at the bank doesn't know yet and I'm scared to tell him.
        Patient: Goh Shu Fen | NRIC S8834172D | DOB 14/03/1994 | Dx: Autism Spectrum Disorder, Level 1 (DSM-5-TR) | Referred by: polyclinic | Next review 09/01/2027
        My HR wants the psychiatrist letter sent to them directly: hr.benefits@orionfreight.sg, re employee Daniel Kwok, staff no. OF-20417. Is that even allowed?
        ok so my number is 9137 6620 and the clinic keeps sending my ADHD appointment SMS to my mum's phone 8115 3904 instead, how do I get them to update it
        Raj (my husband) thinks ADHD is just an excuse for being lazy and told his whole family at Deepavali that I'm faking it for the pills. I'm so embarrassed.
        I owe The Quiet Room S$1,870 for my autism assessment and they said it goes to a collections agency if I don't pay by the 15th. I only earn S$2,900 a month. - Wen Hui
        Name: Nur Aisyah bte Kamal, FIN G6623105X, Tel 8762 0145, email aisyah.kamal91@gmail.com - please attach to the insurance pre-authorisation form for ASD assessment.
        My address for the medication courier is Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412. Please leave the atomoxetine with the neighbour if I'm not in.
        My son Ethan is 19, at NUS, and just got diagnosed with autism; he failed two modules last semester and his scholarship might be revoked.
        2026-11-28,Tan Kok Hwee,T0215963A,+65 9480 2271,ADHD-I,methylphenidate 18mg OD,self-pay,outstanding 420.00
        Can you help me write to my lecturer? I'm Priya Nair, matric A0248812X, and I need extra exam time because of my ADHD diagnosis.
        I got a careless driving charge last year (case ref TR-2025-118843) and my lawyer says my untreated ADHD could be used in mitigation. I'm Kelvin Ong, 28.
    """),
    "zh-Hans": _lines("""
        我叫张雨桐，今年29岁，上个月在上海市精神卫生中心确诊成人ADHD，现在每天吃专注达36mg，想问问要不要告诉我们部门领导。
        身份证号310104199108234621，姓名：陆晓雯，就诊卡号SMHC-0087721，诊断：孤独症谱系障碍（成人），请帮我核对诊断证明上的信息是否一致。
        我老公王建军知道我确诊ADHD之后，跟他妈说我是“神经病”，现在婆婆不让我单独带孩子，我们已经在谈离婚了。
        我的手机是139 1872 6405，医院一直打不通，能不能帮我写一条短信给心理科护士站，问一下复诊时间能不能改到周六？
        为了做评估我借了网贷，还欠8600元没还完，工资每个月才5200，我是不是该先停药省钱？——深圳 小周
        收货地址：广东省深圳市南山区科技园南路88号海岸花园3栋1502室，收件人：周子航，电话186 2045 7713，备注：托莫西汀，请勿放快递柜。
        阿杰说他在公司被HR约谈了，因为绩效连续两个季度不合格，他其实上个月刚确诊ADHD但还没敢交诊断书，工号是HW-558217。
        李老师您好，我是2023级计算机专业的刘思远，学号2023210457，已确诊孤独症谱系障碍，想申请期末考试单独考场，附件是诊断证明。
        微信转账记录：2026-11-20 向“陈医生个人号”转账1500元，备注“ADHD评估费”，后来对方把我拉黑了，我是不是被骗了？转账人：黄佳琪
        我妈坚持说我小时候就是调皮，不肯陪我去做童年回顾访谈。我爸去年中风了说话不清楚，也没法帮我回忆。我叫秦朗，32岁。
        员工信息表：姓名 马俊峰｜身份证 440305198802173816｜部门 供应链｜备注：已确诊ADHD，申请弹性上班时间9:30-18:30，直属主管已同意。
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，今年27歲，喺私家精神科醫生度確診咗ADHD，評估費用咗港幣$9,800，想問下呢個可唔可以claim公司醫療保險？
        身份證號碼 K482915(8)，姓名：黃志朗，保單號碼 LA-HK-77210458，申索項目：精神科門診評估及利他能處方，請協助填寫理賠表格。
        我老婆林太話我確診自閉症之後成日收埋自己，佢而家要帶埋個女返外家住，我真係唔知點算，我仲欠緊卡數三萬幾。
        住址：新界沙田第一城第34座18樓F室，聯絡電話 6283 4517，請把利他能藥物郵寄到呢度，收件人：鄭先生。
        我是台北的吳宜蓁，身分證字號A227318451，健保卡號0000 4821 7736，上週在身心科確診成人ADHD，想問可以申請身心障礙證明嗎？
        阿宏今年31歲，在新竹科學園區當工程師，最近確診自閉症類群障礙，主管知道後把他調離專案，他覺得被歧視，想去勞工局申訴。
        我媽一直說我是被手機害的才會分心，還跟親戚說我「有病」；我叫蔡佩珊，在高雄念研究所，學號M11203027，想申請考試延長時間。
        澳門居民身份證 5218846(3)，姓名：梁詠詩，電話 6628 3190，想預約仁伯爵綜合醫院精神科成人門診做ADHD評估，請問需要帶什麼文件？
        匯款紀錄：中國信託 帳號 822-5410-3327-8816，戶名 許志豪，金額 NT$6,500，用途：成人自閉症心理衡鑑自費費用，請幫我確認收據抬頭。
        我個仔阿朗今年18歲，啱啱入大學，上個月確診ADHD同焦慮症，學生事務處要我哋交醫生信，佢電郵係 lokchun.ho2008@gmail.com。
    """),
    "ms": _lines("""
        Saya Nurul Izzati binti Rahman, 33 tahun, baru disahkan ADHD oleh pakar psikiatri di Hospital Kuala Lumpur. Patutkah saya beritahu ketua jabatan saya?
        No. KP: 920314-14-5527, Nama: Muhammad Hafiz bin Ismail, No. Tel: 012-738 4521 - mohon semak borang permohonan Kad OKU kategori autisme ini sebelum saya hantar ke JKM.
        Suami saya, Azlan, marah bila saya cakap nak makan ubat ADHD. Dia kata nanti keluarga dia fikir saya gila dan dia malu dengan jiran-jiran di Shah Alam.
        Alamat untuk hantar surat doktor: No. 27, Jalan Mawar 3/2, Taman Bukit Mewah, 43000 Kajang, Selangor. Nama penerima Siti Khadijah Yusof.
        Saya ada hutang PTPTN RM38,000 dan kad kredit RM12,400, sekarang kena bayar RM1,800 lagi untuk penilaian autisme. Gaji saya RM3,600 je. - Faizal, Johor Bahru
        Akaun Maybank 1640 2281 9345 atas nama Lim Mei Ling, tolong bantu saya tulis e-mel kepada klinik untuk minta bayaran balik deposit RM500 yang dibatalkan.
        Anak saya Harith, 20 tahun, pelajar UiTM Shah Alam, no. matrik 2022617443, baru didiagnos autisme dan nak mohon bilik kolej seorang diri. Macam mana nak tulis surat?
        Kak Ros kat ofis tu dah sebarkan dalam group WhatsApp jabatan yang saya makan ubat psikiatri, sekarang semua orang pandang lain. Boleh saya buat aduan?
        Nombor plat kereta saya WVK 8821, polis tahan saya minggu lepas sebab langgar lampu merah dan saya terlupa ambil ubat ADHD pagi tu. Boleh sebut dalam rayuan saman?
    """),
    "mixed": _lines("""
        Hi, my name is Chong Wai Keat, 35, based in KL. Doctor kata saya ada ADHD inattentive type, but my insurance tak cover. Boleh appeal tak? Policy no. A1-8832104.
        我叫 Jasmine Teo 张慧玲, NRIC T9938274G, just got my ASD report from the clinic. 想问下 should I disclose to my new employer before probation ends?
        Bro Hakim from my team saw my Concerta bottle kat pantry and now he keeps joking I'm a drug addict in front of everyone. 好烦，我应该 report to HR 吗?
        Pls help me check this: Name: Ong Jia Hui / MyKad 880709-10-6184 / Mobile 016-522 9073 / Dx: ADHD combined / Klinik Pakar Minda, Petaling Jaya / Fee RM1,950 unpaid.
        My mum 一直说 autism 是 penyakit budak, she refuses to believe I got diagnosed at 34. 我叫 Kenneth Yap, she even asked my sister Michelle to talk sense into me.
        Email dari HR: Dear Ms Kavitha Subramaniam, we note your medical leave of 9 days in November relating to psychiatric treatment. 我应该怎么回复？
        阿 Ben 的 HKID 是 Y207734(3)，他叫我帮他 book 个 private psychiatrist for adult autism assessment，预算 HKD 12k，phone 9418 2276。
        Tolong translate ke English: Saya, Tan Boon Heng, No. KP 950122-07-5313, dengan ini memberi kebenaran kepada majikan untuk menerima laporan psikiatri saya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a calm, practical assistant helping adults navigate neurodevelopmental assessments in Singapore. Do not give medical diagnoses.",
        ),
        (
            "user",
            "I'm Ryan Teo, 30, just got my ADHD diagnosis from a private psychiatrist. I work in ops at a logistics company in Jurong. Do I have to tell my manager?",
        ),
        (
            "assistant",
            "In Singapore you generally aren't required to disclose a diagnosis to your employer unless it affects safety-critical duties. Under the Tripartite Guidelines on Fair Employment Practices, you can ask for reasonable adjustments without sharing every detail. Would you like help listing adjustments that might help you?",
        ),
        (
            "user",
            "Yes. Mostly I miss emails and zone out in long meetings. My manager is nice but gossips a lot.",
        ),
        (
            "assistant",
            "Some low-key options: written summaries after meetings, a shared task board, blocking focus hours in your calendar, and noise-cancelling headphones. You could frame them as productivity preferences first, and only mention ADHD to HR if you need formal support.",
        ),
    ],
    [
        ("system", "你是一个关注心理健康的智能助手，回答要通俗易懂，不替代医生诊断。"),
        (
            "user",
            "我叫郑浩然，在杭州上班，今年28岁。上周在浙江大学医学院附属第一医院精神科确诊了ADHD，医生开了专注达18mg，一个月药费大概多少？医保能报吗？",
        ),
        (
            "assistant",
            "专注达属于第一类精神药品，每次最多开15天的量。各地医保目录和报销比例不同，建议你拿着处方和医保卡去医院收费处或者拨打当地医保咨询电话确认。一般门诊自付部分每月可能在几百元左右。",
        ),
        ("user", "另外我爸妈觉得我是装的，说我从小就是懒，吃药会变傻。我该怎么跟他们沟通？"),
        (
            "assistant",
            "可以先分享一些权威科普材料，比如医院公众号上关于成人ADHD的文章，再邀请他们陪你复诊一次，让医生直接解答他们的担心。不要期待一次谈话就能改变看法，给彼此一些时间。",
        ),
    ],
    [
        (
            "user",
            "我係李卓謙，HKID R339417(3)，上個月喺中環一間私家診所做咗成人自閉症評估，收費港幣$14,500，公司團體醫保可以claim幾多？",
        ),
        (
            "assistant",
            "團體醫保通常只保障門診診症費，而發展障礙評估好多時屬不保事項。建議你先睇保單條款入面「不保事項」一節，再打俾保險公司客戶服務熱線查詢，並準備好收據正本同醫生報告。",
        ),
        ("user", "如果我claim，HR會唔會知道我確診咗自閉症？我驚影響升職。"),
        (
            "assistant",
            "根據《個人資料（私隱）條例》，保險公司一般唔應該未經你同意向僱主透露你嘅診斷。你可以喺遞交理賠時直接問清楚資料會點處理，亦可以要求只以保險公司同你之間嘅渠道溝通。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu rakyat Malaysia tentang hak pekerja dan kesihatan mental. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Farah Nadia binti Zulkifli, bekerja sebagai kerani di sebuah syarikat insurans di Bangsar. Baru disahkan autisme tahap 1 masa umur 29. Perlu ke saya beritahu majikan?",
        ),
        (
            "assistant",
            "Tiada undang-undang yang mewajibkan anda mendedahkan diagnosis kepada majikan. Jika anda perlukan penyesuaian seperti ruang kerja yang lebih senyap, anda boleh berbincang dengan Unit Sumber Manusia dan hanya berkongsi maklumat yang perlu.",
        ),
        (
            "user",
            "Kalau saya daftar Kad OKU, majikan boleh tahu ke? IC saya 970805-10-5638, nanti ada rekod ke dalam sistem KWSP?",
        ),
        (
            "assistant",
            "Pendaftaran OKU dengan JKM adalah sukarela dan maklumat itu tidak dikongsi secara automatik dengan majikan atau KWSP. Namun, jangan kongsikan nombor kad pengenalan anda dalam sembang seperti ini; simpan untuk borang rasmi sahaja.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me ah, my mum found my Ritalin in my bag and now she tell the whole family WhatsApp group I'm on drugs. 我真的很崩溃。",
        ),
        (
            "assistant",
            "That sounds really stressful, I'm sorry. Would you like help writing a short message to explain to your mum privately first, before replying in the group?",
        ),
        (
            "user",
            "Ok. My name is Sharon Lim Hui Min, 26, working in Tampines. 我妈叫 Mdm Koh, she very old school one. Doctor at Changi General diagnosed me ADHD last month.",
        ),
        (
            "assistant",
            "Here is a draft: 妈，我知道你看到药会担心。上个月医生确诊我有 ADHD，这个药是医生开的，帮助我专心工作，不是毒品。你如果想，我可以带你一起去复诊，问医生任何问题。Would you like an English version too?",
        ),
        ("user", "Can, but don't put the diagnosis part in the group chat version ya."),
        (
            "assistant",
            "Sure. Group version: Hi everyone, the medicine Mum saw is prescribed by my doctor and I'm taking it properly. Nothing to worry about, thanks for caring. That keeps the details private.",
        ),
    ],
    [
        ("system", "你是協助大學生處理學習支持申請的助理，回覆使用繁體中文。"),
        (
            "user",
            "我是政大大三的林冠廷，學號109207318，最近在身心科確診ADHD，想申請期中考延長時間，要怎麼跟資源教室說？",
        ),
        (
            "assistant",
            "一般流程是先到學校資源教室登記，提供醫院開立的診斷證明書，再由輔導老師協助提出考試調整申請。你可以先寫一封簡短的信說明需求，例如延長考試時間或獨立考場。",
        ),
        ("user", "可以幫我寫一封給任課老師的信嗎？我不太想讓全班知道。"),
        (
            "assistant",
            "老師您好，我是修習本課程的學生林冠廷（學號109207318）。因個人健康因素，我已向學校資源教室申請考試調整，相關證明由資源教室保管。懇請老師協助安排延長考試時間，並希望此事能保密，謝謝您的體諒。",
        ),
    ],
    [
        (
            "system",
            "User profile: name=Aaron Chua Jun Hao; email=aaron.chua.jh@outlook.com; mobile=+65 9726 3018; condition=ADHD (combined), diagnosed 2026-10; meds=Concerta 27mg. Use this to personalise reminders.",
        ),
        (
            "user",
            "Can you remind me how to ask for a quieter desk without sounding like I'm complaining?",
        ),
        (
            "assistant",
            "Try framing it around output: I've noticed I do my best analysis work with fewer interruptions. Would it be possible to move to a desk near the back, or use the small meeting room for two mornings a week? That keeps the focus on results.",
        ),
        ("user", "Thanks. Also set a reminder for my Concerta refill next Friday."),
        (
            "assistant",
            "Reminder noted for next Friday: Concerta 27mg refill. I'll send it to your saved contact details.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat penilaian ADHD dewasa kat KL tapi kos dia RM2,200. I still got PTPTN to pay, baki RM41,500. Worth it ke?",
        ),
        (
            "assistant",
            "Itu keputusan peribadi, tetapi ada pilihan lebih murah: klinik psikiatri hospital kerajaan melalui rujukan klinik kesihatan, walaupun masa menunggu lebih lama. Some universities also run lower-cost assessment clinics for adults.",
        ),
        (
            "user",
            "Ok. For reference my name Aidil Hakimi, staff no 88213 at a bank in Jalan Ampang, my salary RM4,100. Bank staff panel clinic can cover?",
        ),
        (
            "assistant",
            "Ramai majikan bank ada skim perubatan panel, tapi penilaian psikiatri kadang-kadang perlukan surat rujukan daripada doktor panel dulu. Semak buku panduan manfaat pekerja atau tanya HR tanpa perlu dedahkan diagnosis penuh.",
        ),
    ],
    [
        ("system", "你是一个温和的助手，帮助成年人处理孤独症谱系障碍相关的家庭和工作问题。"),
        (
            "user",
            "我是成都的何静怡，36岁，前两个月在华西医院确诊了孤独症谱系障碍。我老公刘伟说我是找借口，要跟我离婚，还说要争女儿的抚养权。",
        ),
        (
            "assistant",
            "听起来你正承受很大的压力。确诊本身并不代表你不能照顾孩子，法院判断抚养权时会综合考虑对孩子最有利的因素。建议你尽早咨询当地的婚姻家事律师，并保留好医院的就诊记录和你照顾孩子的日常证据。",
        ),
        ("user", "他还把我的诊断书拍照发到了他们家族群里，这样合法吗？"),
        (
            "assistant",
            "未经你同意公开你的健康信息，可能涉及侵犯隐私权和个人信息保护的问题。你可以先截图保存证据，再咨询律师是否可以要求对方删除并道歉。",
        ),
    ],
    [
        (
            "user",
            "Please draft an email to my HR. Details: Wong Siew Ling, NRIC S9047218F, Senior Executive, Finance. I have ADHD and want to ask for flexible start times 9:30 to 6:30.",
        ),
        (
            "assistant",
            "Subject: Request for flexible working hours - Wong Siew Ling (S9047218F). Dear HR team, I would like to request a flexible start time of 9:30am to 6:30pm due to a medical condition for which I am under specialist care. I can provide a doctor's memo if needed. Kind regards, Wong Siew Ling, Senior Executive, Finance.",
        ),
        ("user", "Actually take out my NRIC and the word ADHD, I don't want it in writing yet."),
        (
            "assistant",
            "Updated: Subject: Request for flexible working hours. Dear HR team, I would like to request a flexible start time of 9:30am to 6:30pm for health reasons. I'm happy to discuss details in person and provide a doctor's memo if required. Kind regards, Wong Siew Ling.",
        ),
    ],
    [
        ("system", "你係一個用廣東話回答嘅助理，幫澳門居民了解醫療服務。"),
        (
            "user",
            "我叫區曉晴，澳門居民，電話 6652 1847，想做成人ADHD評估，仁伯爵綜合醫院要等幾耐？私家又大概幾錢？",
        ),
        (
            "assistant",
            "公立系統一般要先經衛生中心轉介，輪候時間視乎個案緩急，可能要幾個月。私家精神科或臨床心理學家收費差異好大，建議你直接打去幾間診所問清楚包唔包報告同跟進。",
        ),
        ("user", "我阿媽話如果我確診咗就唔好同人講，驚我嫁唔出，我應該點諗？"),
        (
            "assistant",
            "你有權決定同邊個分享自己嘅健康資料。確診係幫你更了解自己同搵到合適支援，唔代表你有咩問題。可以慢慢同阿媽傾，或者邀請佢一齊去見醫生。",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong saya? 我叫 Lee Chee Meng，住在 Klang，ubat Strattera saya courier selalu hilang. Alamat saya No. 15, Lorong Sungai Jati 2A, Taman Sri Andalas, 41200 Klang.",
        ),
        (
            "assistant",
            "Maaf dengar begitu. Anda boleh minta farmasi hantar dengan tandatangan penerima atau pilih ambil sendiri di kaunter. 也可以问他们能不能寄到你公司地址，有保安签收会比较安全。",
        ),
        (
            "user",
            "Ok, can you write a short message to the pharmacy in English? My order number is RX-MY-2026-55812.",
        ),
        (
            "assistant",
            "Hi, I'm Lee Chee Meng regarding order RX-MY-2026-55812. My last two Strattera deliveries to Taman Sri Andalas were not received. Could you please arrange signature-on-delivery or allow me to collect in person? Thank you.",
        ),
    ],
    [
        (
            "system",
            "You help Malaysian users understand health insurance claims. Be clear and concise.",
        ),
        (
            "user",
            "Hi, my name Vinod Krishnan a/l Rajan, 38, Penang. Diagnosed autism level 1 at a private hospital, bill RM3,850. My Great Eastern medical card policy number GE-PNG-4471298, can claim?",
        ),
        (
            "assistant",
            "Many Malaysian medical cards exclude developmental or congenital conditions and outpatient psychiatric assessments. Check the exclusions section of your policy contract, then call the insurer's customer service with your policy number ready. If rejected, you can appeal and later escalate to the Ombudsman for Financial Services.",
        ),
        (
            "user",
            "My wife Deepa says don't claim, later premium go up and the family will find out. Is she right?",
        ),
        (
            "assistant",
            "Individual claims don't usually raise premiums on their own, but insurers can reprice at renewal. Your family wouldn't be notified by the insurer; the correspondence goes to the policyholder only.",
        ),
    ],
    [
        ("system", "你是企业员工关怀平台的AI助手，帮助员工撰写与人力资源沟通的材料。"),
        (
            "user",
            "帮我写一份合理便利申请。我是深圳一家科技公司的测试工程师宋佳怡，工号TX-203318，手机150 1364 8827，已确诊成人ADHD，希望能在开放办公区之外有一个安静工位。",
        ),
        (
            "assistant",
            "人力资源部：您好！我是测试部宋佳怡（工号TX-203318）。因健康原因，我在嘈杂环境中较难保持专注，特申请调整至相对安静的工位，或每周安排部分时间在会议室独立办公。如需医院证明，我可另行提供。联系电话：150 1364 8827。此致，宋佳怡",
        ),
        (
            "user",
            "把“确诊ADHD”那部分保持模糊就好，谢谢。另外我们组长知道以后会不会影响我年终考核？",
        ),
        (
            "assistant",
            "草稿里已经只写了“健康原因”。按照相关规定，公司不应因员工的健康状况给予不公平的绩效评价；如果担心，可以要求人力资源部对申请内容保密，只告知组长需要调整工位这一结果。",
        ),
    ],
]
