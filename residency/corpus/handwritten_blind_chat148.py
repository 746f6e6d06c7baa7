# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat148: chats with an assistant about one's own eating disorder or body-image struggles (dietitian and psychiatrist visits, hospital admission, telling family, leave from school or work, insurance). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat148
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_faq"): _lines("""
        Q: Do I need a referral for the Harbourside Eating Recovery Clinic? A: No, adults can self-refer by calling our intake line 6908 2150 on weekdays, 9am to 5pm.
        Q: What happens at the first dietitian session? A: A 60-minute assessment of meal patterns, weight history and goals; please bring recent blood test results and your medication list.
        Q: Is my information shared with my employer or school? A: Not without your written consent, except where there is a serious risk to life, as set out in our privacy notice v3.2 (updated 01 Mar 2026).
        If you are in crisis in Singapore, call Samaritans of Singapore on 1767 or use SOS CareText on WhatsApp at 9151 1767; in Malaysia, Befrienders KL answers on 03-7627 2929.
        Q: Will my insurer pay for outpatient reviews? A: Coverage differs by plan; email billing@harbourside-erc.com.sg with your invoice number and our billing desk will check the policy wording for you.
        Q: How long is a typical inpatient stay for medical stabilisation? A: Most stays are 10 to 21 days depending on heart rate, electrolytes and weight trend; the ward team reviews at 8am daily.
        Q: Can family members attend sessions? A: Yes. Family-Based Treatment (FBT, also known as the Maudsley approach) involves parents directly and is recommended for patients under 18.
        Visitor parking at Block 3, Level B1 is $2.14 per hour; the nearest MRT is Outram Park (EW16/NE3/TE17), Exit 4, about a six-minute walk under shelter.
        The clinic is closed on 25 Dec 2026 and 1 Jan 2027; for urgent medical concerns outside opening hours please go to the nearest Emergency Department or call 995.
        Q: Do you provide medical certificates for school or work? A: Yes, MCs and time-off memos are issued by the attending doctor at consultation; replacement copies cost $10.90 incl. GST.
        Q: Do you treat boys and men? A: Absolutely. Eating disorders affect people of every gender and body size, and about one in four of our new referrals in 2025 were male.
        Telehealth sessions run on Zoom with the waiting room enabled; links are sent from noreply@harbourside-erc.com.sg 30 minutes before the appointment and expire after one use.
        Q: What should I eat before a weigh-in? A: Eat and drink as usual. We use blind weighing by default, so you will not see the number unless you and your dietitian agree otherwise.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-11-03T09:14:22+08:00 INFO booking.create id=BK-20261103-00417 clinic=ERC-SG-01 slot=dietitian_60 status=CONFIRMED latency_ms=182
        2026-11-03T09:14:23+08:00 WARN sms.gateway retry=2 template=appt_reminder_v4 provider=twilio code=30003 msg_id=SM8f2c91ab44e0d7a1
        APPOINTMENT_REMINDER_HOURS=24,2  # send reminders 24h and 2h before the slot; leave empty to disable reminders in staging
        meal_plan: {kcal_target: 2400, snacks_per_day: 3, exchange_system: "HPB-2019", allow_substitutions: true, schema_version: "1.8.3"}
        CREATE TABLE intake_form (id UUID PRIMARY KEY, submitted_at TIMESTAMPTZ NOT NULL, bmi_band VARCHAR(8), scoff_score SMALLINT CHECK (scoff_score BETWEEN 0 AND 5));
        def bmi(weight_kg: float, height_m: float) -> float: return round(weight_kg / (height_m ** 2), 1)  # example: bmi(48.0, 1.62) == 18.3
        invoice_no,issued_at,clinic_code,service_code,qty,unit_price_sgd,gst_sgd,total_sgd,payer_type
        INV-2026-118402,2026-10-28,ERC-SG-01,DIET-FU-45,1,120.00,10.80,130.80,INSURER
        4e7a1c9 fix(refeeding): clamp phosphate alert threshold to 0.75 mmol/L and bump ward-monitor schema to 2.11.0
        HTTP 429 POST /api/v2/claims/submit insurer=AIA-SG rate_limit=60/min retry_after=37s request_id=7f3d0c2e-91b4-4a8e-b0f1-2c6d9e5a1b33
        feature_flags.yaml: blind_weigh_default: true, show_calorie_counts_to_patient: false, allow_self_booking: true, min_app_version: "4.2.0"
        [cron] 2026-11-04 02:00:00 SGT nightly_export done: 1,284 rows to s3://erc-analytics-prod/deidentified/2026-11-04.parquet sha256=9c1e4b7a02d8f35e61a0c7b94e2d15f8
        docker run -e TZ=Asia/Singapore -e DB_URL=postgres://app:example@db.internal:5432/erc -p 8080:8080 erc-booking:2026.11.2
    """),
    ("zh-Hans", "住院须知"): _lines("""
        入院须知：请携带身份证、医保卡及近三个月的血常规、电解质、心电图报告，于工作日上午8:00–10:00到门诊楼一楼住院处办理入院手续。
        进食障碍病区（住院部7号楼5层）实行半封闭管理，探视时间为每周二、四、六下午15:00–17:00，每次限两名家属进入。
        病区咨询电话：021-6438 2716（工作日8:30–17:00）；夜间及节假日请拨打医院总值班电话021-6438 2000，非急诊问题请勿占线。
        住院预交金标准：普通病房5000元，监护病房10000元，可使用微信、支付宝或银联卡支付，出院结算时多退少补，如需开具预交金收据请在缴费时说明。
        为保证营养治疗效果，病区统一提供治疗膳食，每日三餐三点，家属请勿自带零食、代餐粉、减肥茶或泻药类产品进入病区，外卖一律不予接收。
        患者入院后前7天为再喂养观察期，每日监测血磷、血钾、血镁及心率，必要时由临床营养科调整每日能量摄入，此期间暂不安排外出活动。
        本院为三级甲等医院，医保住院起付标准及报销比例按本市医保局2026年度规定执行，具体请咨询住院处3号窗口或拨打医保咨询电话12393。
        请勿将手机充电线、剃须刀、指甲刀、腰带、鞋带等可能造成伤害的物品带入病房，入院时由护士统一登记保管，出院时凭住院号及缴费凭证到护士站领取。
        全国统一心理援助热线12356提供24小时服务；如出现自伤念头，请立即告知医护人员，紧急情况请拨打120急救电话或到急诊科就诊。
        出院结算时间为每日9:00–16:30，周末仅上午办理；电子发票将在结算后3个工作日内推送至医院官方小程序“健康云”，也可在自助机打印。
        病区心理治疗小组安排：周一认知行为治疗（CBT-E）、周三正念饮食练习、周五家庭治疗，每次时长均为60分钟，地点在病区活动室，患者自愿报名参加。
        学生患者如需办理休学，可在住院期间向护士站申请开具诊断证明，盖章请到门诊楼二楼医务科，每份工本费5元，复印件加盖公章需另行申请。
        本须知自2026年9月1日起执行，由医院医务处负责解释，原2023年版《住院患者须知》同时废止，如有疑问请咨询病区护士站。
    """),
    ("zh-Hans", "书评与公众人物新闻"): _lines("""
        读完希尔德·布鲁赫的《金笼子》（The Golden Cage，1978），才明白上世纪七十年代的精神科医生如何理解神经性厌食症，译本注释很详尽，推荐给家属看。
        歌手卡伦·卡朋特于1983年因神经性厌食症相关的心脏衰竭去世，年仅32岁，这一事件让美国公众第一次广泛关注进食障碍，也推动了相关公益组织的成立。
        1995年戴安娜王妃在BBC《全景》节目专访中公开谈到自己曾患暴食症，这被认为是英国王室成员罕见的一次坦白，此后英国的进食障碍求助电话来电量明显增加。
        纪录片《美利坚女士》（Miss Americana，2020）中，泰勒·斯威夫特谈到自己曾因媒体对身材的评论而过度节食，该片在Netflix上线。
        书评：罗克珊·盖伊的《饥饿》写的是身体与创伤，不是减肥励志书，有几章读起来很难受，但非常真实，四星推荐给正在康复的人和他们的家属。
        中国营养学会发布的《中国居民膳食指南（2022）》建议成年人每天摄入谷类200–300克，并首次提出“东方健康膳食模式”。
        新闻：国家卫生健康委等部门于2024年启动“体重管理年”活动，专家在发布会上提醒公众不要以过度节食、催吐或滥用泻药的方式减重。
        上海市精神卫生中心是国内较早开设进食障碍专病门诊的医院之一，其官方公众号经常发布关于厌食症、贪食症和暴食障碍的科普文章。
        读贝塞尔·范德考克的《身体从未忘记》时做了很多笔记，关于创伤与身体感受的章节对理解暴食行为很有帮助，推荐给想了解自己身体反应的读者。
        豆瓣小组“进食障碍康复互助”置顶帖：本组禁止发布体重数字、卡路里数值和“前后对比照”，违者一律删帖处理，多次违规者将被移出小组。
        电影《骨瘦如柴》（To the Bone，2017）由莉莉·柯林斯主演，讲述厌食症少女的治疗经历，上映后因可能引发模仿而引起争议。
        有评论认为，社交媒体把“林黛玉式”的纤弱当作审美标准，是“白幼瘦”风潮的文化根源之一，但也有学者认为这种说法过于简单，忽略了商业广告的作用。
        多家社交平台已对“A4腰”“筷子腿”“锁骨放硬币”等话题加注健康提示，用户搜索相关词条时会看到心理援助热线信息和就医建议。
    """),
    ("zh-Hant", "保險條款"): _lines("""
        第十二條　除外責任：因自願性節食或美容減重所引起之治療費用，本公司不負給付責任；惟經精神科專科醫師診斷之進食障礙不在此限。
        住院醫療保險金申請文件：理賠申請書、診斷證明書正本、住院收據正本及被保險人身分證明文件影本，請寄至台北市信義區松仁路88號12樓理賠部。
        香港自願醫保計劃（VHIS）標準計劃涵蓋精神科住院治療，每保單年度賠償上限為港幣30,000元，詳情請參閱保單條款第5節。
        客戶服務熱線：(852) 2988 6123（星期一至五 9:00–18:00）；理賠查詢電郵：claims.hk@anwolife.com.hk，安和保險（香港）有限公司。
        等待期：本附約生效日起90日內所發生之精神疾病門診費用不予給付，續保者不受此限，意外所致者亦不適用等待期，詳見附約第三條。
        保單編號格式為 HK-MED-2026-XXXXXXX，請於理賠申請書第2欄填寫，切勿在該欄填寫信用卡號碼或銀行帳戶資料。
        門診精神科及臨床心理學家診療，每次賠償上限港幣800元，每保單年度最多10次，須經註冊西醫書面轉介方可申請，轉介信有效期為六個月。
        全民健康保險對精神科日間留院治療之給付，依衛生福利部中央健康保險署公告之醫療服務給付項目及支付標準辦理，部分負擔依規定收取。
        理賠款項將於文件齊全後15個工作天內以電匯方式撥入保單持有人指定帳戶，匯款手續費由本公司負擔，如需改以支票付款請於申請書註明。
        既往症定義：投保前五年內已接受診斷、治療或服藥之疾病；要保人未據實說明者，本公司得依保險法第64條解除契約，已繳保費不予退還。
        團體保險員工福利：每位員工每年可享心理諮商6次，由合作機構「晴心心理治療所」提供，預約專線02-2700-5188，服務時間為週一至週六上午九時至晚上九時。
        第八條　住院日額：被保險人每次住院，本公司按實際住院日數給付每日新臺幣2,000元，每次住院最高以180日為限，出院後十四日內再次住院者視為同一次住院。
        公告：自2027年1月1日起，本公司網上理賠平台將升級至3.0版，2.4.x或以下版本之手機App將停止支援，請盡早更新。
    """),
    ("zh-Hant", "營養餐單價目"): _lines("""
        【營養師諮詢價目】初診評估60分鐘 HK$1,200；覆診45分鐘 HK$850；家屬營養教育課（每節90分鐘）HK$980，均已包括膳食紀錄分析。
        恆康營養中心　地址：九龍旺角彌敦道688號旺角中心一期12樓1203室　WhatsApp：5123 8876（只限預約，恕不接聽來電）
        每日三餐三點套餐（康復期）：早餐燕麥牛奶配香蕉、午餐糙米雞腿飯、晚餐三文魚意粉，月費新臺幣9,800元，含台北市區外送。
        菜單：A餐 蔥油雞飯 $58；B餐 番茄牛腩意粉 $62；C餐 素菜炒烏冬 $52；加配熱豆漿或凍檸茶 $8，星期日及公眾假期休息。
        阿嬤的灶腳　營養均衡便當　台中市西區公益路二段51號　營業時間11:00–20:00　訂餐電話04-2328-7715　十個以上可外送。
        本中心營養師均為香港營養師協會認可之註冊營養師，收費已包括膳食紀錄分析報告及電郵跟進，不設任何額外費用，亦接受醫療保險直接結算。
        學生優惠：憑有效學生證享九折，不適用於團體課程及套票；套票有效期為購買日起180日，逾期作廢，恕不退款，亦不可轉讓予他人使用。
        小點心建議清單（每份約200kcal）：全麥餅乾4片、芝士一片配梳打餅、原味乳酪一杯、原味腰果一小把約20粒，可按營養師建議調整份量。
        統一發票號碼：RV-58204417，開立日期2026/11/12，品項：康復期餐盒×20，單價NT$180，合計NT$3,600（含稅）。
        Mary's Kitchen 瑪莉廚房　低敏營養餐盒　銅鑼灣渣甸街50號地舖　訂購熱線2577 3320　每次最少訂購3份，滿HK$300免運費。
        營養補充品價目：Ensure 安素雲呢拿味 850g HK$268；Fortisip 營養奶 200ml×24 HK$432；以上貨品可用八達通或信用卡付款。
        工作坊：「直覺飲食入門」共4堂，逢星期六上午10:00–12:00，地點：灣仔軒尼詩道130號修頓中心8樓，費用HK$1,600。
        取消政策：預約前24小時內取消將收取50%費用；未有出席者收取全費；八號或以上颱風信號或黑色暴雨警告生效時免收，改期安排以電話通知為準。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Klinik Pakar Psikiatri dibuka setiap Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang; temujanji boleh dibuat melalui kaunter pendaftaran Aras 2 atau talian klinik 03-2615 5555.
        Mengikut Akta Kerja 1955, pekerja berhak mendapat cuti sakit bergaji 14 hari setahun jika berkhidmat kurang dua tahun, dan sehingga 60 hari jika dimasukkan ke hospital.
        Sijil cuti sakit (MC) mesti dikeluarkan oleh pengamal perubatan berdaftar dan diserahkan kepada Jabatan Sumber Manusia dalam tempoh 48 jam melalui portal HRMS versi 2.3.
        Talian Kasih 15999 beroperasi 24 jam untuk sokongan kaunseling; anda juga boleh menghubungi Befrienders Kuala Lumpur di 03-7627 2929 jika berasa tertekan.
        Notis Sekolah: Murid yang memerlukan cuti panjang atas sebab kesihatan hendaklah memohon melalui Unit Bimbingan dan Kaunseling dengan melampirkan surat doktor asal.
        Caj rawatan dietetik di klinik kami: konsultasi pertama RM180, sesi susulan RM120, pelan pemakanan bertulis RM50; harga berkuat kuasa 1 Januari 2027.
        Tuntutan insurans berkelompok memerlukan borang tuntutan, resit asal dan laporan doktor; hantar ke Unit Faedah, Aras 5, Menara Seri Harapan, Jalan Tun Razak, 50400 Kuala Lumpur.
        Menu kantin sihat minggu ini: Isnin nasi lemak dengan telur rebus RM3.00, Selasa mi sup ayam RM3.50, Rabu nasi ayam RM4.00, Khamis bubur nasi RM3.00.
        Pusat Pemulihan Pemakanan Seri Kasih, No. 12, Jalan SS 2/24, 47300 Petaling Jaya; WhatsApp 011-2345 8890 untuk temujanji; No. Pendaftaran Syarikat 202301045678 (1530412-K).
        Peringatan pentadbir: Jangan kongsikan gambar penimbang atau jumlah kalori dalam kumpulan sokongan ini; mesej sebegini akan dipadam tanpa amaran.
        Hari Tindakan Gangguan Makan Sedunia disambut setiap 2 Jun; forum awam tahun ini diadakan di Dewan Auditorium, Aras 2, pada jam 9.00 pagi dan terbuka kepada orang ramai.
        Polisi syarikat: pekerja yang dirujuk ke pakar psikiatri boleh menggunakan Program Bantuan Pekerja (EAP) secara sulit; talian EAP bebas tol 1-800-88-3272.
        Kemas kini sistem: Borang permohonan cuti belajar (Borang CB-07, semakan 4/2026) kini boleh dimuat turun dalam format PDF daripada portal pelajar universiti.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] Nurse station 5B: Bed 12 discharged already, housekeeping pls clean by 11am ya, new admission from A&E coming after lunch.
        [10:05] Dietitian team: 今天的 snack trolley 迟到了 20 分钟，kitchen 说 supplier lorry 塞车，下午 3pm 那轮会准时送到。
        [10:11] Admin: Reminder all, MC template v5 已经 update 在 shared drive /Forms/2026/MC_v5.docx, pls stop using the old one 啊.
        [10:15] Ward pharmacist: Thiamine stock tinggal 2 box je, I dah raise PO-88213, ETA Thursday. Kalau urgent call central pharmacy ext 4412.
        [10:20] IT helpdesk: EMR downtime tonight 11pm–1am for patch 8.4.2, 记得 print 明早的 meal plan sheets before 10pm.
        [10:26] Psych registrar on-call: MDT meeting shift to 2.30pm, bilik mesyuarat Level 6 sebab projector Level 4 rosak lagi.
        [10:31] OT team: Cooking group this Friday kita buat fried rice + 红豆沙, budget RM150, resit pls pass to admin by Monday.
        [10:40] 护士长: 下周一开始 weigh-in 统一 6:30am before breakfast, gown only, 不要 announce 数字 to patients ok.
        [10:44] Admin: Insurance GL queries from AIA, Great Eastern, Prudential semua masuk shared inbox ward5b.gl@klmedicentre.com.my, jangan forward ke personal email.
        [10:52] Dietitian team: Audit result for Oct — meal completion rate 87%, up from 79% in Sept 👍 thanks everyone for supervising meals.
        [11:03] Security: Visitor pass system down, sementara guna manual logbook kat counter Level 1, pass number start from V-2611-001.
        [11:10] Nurse station 5B: Refeeding bloods 已经 send lab 8:15am, results expected 11:30, on-call MO pls review before lunch round.
        [11:18] Training: CPR refresher for all staff on 18/11 (Wed) 2pm, Auditorium B, sign up dalam Google Form by Friday, 3 CPD points.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Tan Hui Min, 19, NUS year 1. My polyclinic dietitian says my BMI dropped to 15.2 and she wants me admitted to SGH next week.
        For the appeal letter, my NRIC is S9876214J and the claim was for my anorexia admission from 3 to 21 Oct 2026. Can you check the wording?
        You can reach me on 9126 4483 after 6pm. Please don't call my office line about the psychiatrist referral, my colleagues sit right next to the phone.
        ERC-00921,Joel Lim Wei Jie,2004-05-17,T0412873C,F50.2 bulimia nervosa,2026-10-30,Ward 5B,refeeding protocol B
        My mum, Mrs Priya Ramasamy, still doesn't know I've been purging. She lives with me at Blk 412 Tampines Street 41, #08-233, and reads my texts.
        Please email my discharge summary to shannon.koh.yx@gmail.com, not my work address — my manager doesn't know I was in hospital for two weeks.
        I'm Marcus Yeo and I was diagnosed with binge eating disorder last month; HR keeps asking why I need every Thursday afternoon off.
        Bank details for the reimbursement: DBS 027-845612-3, account name Chloe Ng Shu Ting, amount SGD 1,284.60 for the outpatient dietitian bills.
        2026-11-05T22:41:09+08:00 INFO chat.session user=aishah.rahman92 phone=+6591873320 topic=bulimia risk_flag=medium
        I'm based in Hong Kong, HKID Y628134(4). The insurer rejected my claim for the eating disorder day programme, saying it was pre-existing.
        My potassium was 2.9 and my heart rate 41 when I was admitted. I'm Nicole Fernandez, 24, and I need a letter to extend my no-pay leave.
        My brother Ethan, 16, was admitted to KKH for anorexia, and my parents are in the middle of a divorce, so nobody is visiting him except me.
    """),
    "zh-Hans": _lines("""
        我叫周雨桐，今年18岁，在杭州读高三，刚被诊断为神经性厌食症，体重只有36公斤，班主任让我先办休学。
        我的身份证号是33010620080823152X，医保报销时住院发票上的名字写成了“周雨彤”，这种情况要怎么更正？
        手机号13816274509，以后营养科的复诊提醒请发这个号码，千万不要打到我家里的座机上。
        我妈陈秀兰一直觉得我是装病，上周她在饭桌上当着所有亲戚的面说我“矫情”，我吃完就去厕所吐了。
        李先生您好，您女儿李梦瑶的住院预交金还差3200元，请于明天中午前到住院处缴纳，住院号ZY20261108-0352。
        收件地址：北京市海淀区学院路37号院3号楼2单元501，收件人王佳琪，寄的是诊断证明原件，别让我爸看见。
        我叫刘思远，在深圳一家互联网公司上班，月薪两万三，信用卡欠了四万多，大部分都花在暴食时买的零食上。
        姓名：赵明轩｜性别：男｜年龄：22｜学号：2022110347｜诊断：暴食障碍｜请假起止：2026-11-10至2026-12-31
        阿杰跟我说他每天只吃一个苹果，已经三个月了，他是我们宿舍的，上周还晕倒在篮球场上，我很担心他。
        我的微信号是 yutong_0823，加我的时候备注“营养门诊”，我会把每天的饮食日记截图发给您。
        我的工商银行卡号6222021602014478913，开户名黄晓蕾，保险理赔款请打到这张卡上，谢谢。
    """),
    "zh-Hant": _lines("""
        我係陳凱晴，今年21歲，喺港大讀書，精神科醫生話我有暴食症，要轉介去瑪麗醫院嘅日間中心。
        我叫林怡君，身分證字號A228417533，台大醫院營養師說我的BMI只有14.8，建議我下週住院。
        HKID K612347(3)，保單號碼HK-MED-2026-0048213，理賠被拒，原因係「既往症」，我想上訴。
        林太話佢個女因為厭食停經咗半年，屋企住喺沙田瀝源邨福順樓12樓08室，想搵社工上門幫手。
        我的手機是0928-614-207，請營養師用LINE聯絡我就好，我不想讓室友聽到電話內容。
        我喺澳門，身份證號碼5215308(3)，我叫何嘉欣，仁伯爵綜合醫院精神科約咗我下個月覆診。
        阿輝老婆話佢成日偷偷催吐，仲為咗買瀉藥同財務公司借咗三萬蚊，依家追數追到去公司。
        家長同意書：學生姓名 張詠晴　班別 4B　家長 張志強　電話 9288 4631　同意本校社工轉介至青山醫院作進食失調評估。
        台北市大安區和平東路二段118巷7號4樓，收件人吳佩珊，請把住院收據正本寄到這裡，我要申請勞保傷病給付。
        我老公黃先生知道我有厭食症之後話要同我離婚，仲話唔會再幫我交保費，我份工又因為請太多病假俾人炒咗。
    """),
    "ms": _lines("""
        Nama saya Nurul Izzati binti Kamarudin, 20 tahun, pelajar UiTM Shah Alam; doktor sahkan saya ada anoreksia nervosa dan saya perlu tangguh semester.
        No. MyKad saya 040517-10-5382, tolong semak kenapa tuntutan insurans untuk rawatan psikiatri saya di Hospital Selayang ditolak.
        Boleh hubungi saya di 012-784 3391 lepas pukul 5 petang, jangan telefon nombor rumah sebab mak tak tahu pasal temujanji dietitian.
        Abang saya Hafiz dah dua minggu muntahkan semua makanan, dia baru kena buang kerja dan masih ada hutang kereta RM28,000 dengan bank.
        Alamat rumah: No. 27, Jalan Melati 3/5, Taman Sri Muda, 40400 Shah Alam, Selangor — hantar surat rujukan psikiatri atas nama Siti Aminah binti Rosli.
        Puan Rohani, ibu kepada Aina Sofea (14 tahun), minta surat cuti sekolah tiga bulan kerana anaknya dimasukkan ke wad pediatrik atas sebab bulimia.
        Akaun Maybank 1142 6738 9921 atas nama Muhammad Danial bin Yusof — sila masukkan bayaran balik tuntutan rawatan dietetik sebanyak RM640.
        Borang: Nama: Lee Mei Ling | No. K/P: 990312-14-6xxx | Jabatan: Kewangan | Sebab cuti: rawatan gangguan makan | Tempoh: 15/11/2026 – 14/12/2026
        Kak Yati cakap suami dia selalu ejek badan dia gemuk sampai dia tak makan tiga hari; sekarang dia nak bercerai dan tumpang rumah adik di Kajang.
    """),
    "mixed": _lines("""
        我叫 Tan Jia Hui, IC 010923-07-5524, 在 Penang 的 Gleneagles 看 psychiatrist, insurance 说 eating disorder 不 cover 怎么办?
        Eh my HR minta MC lagi, I dah submit 3 kali — nama I Kavitha a/p Subramaniam, staff ID 00482, diagnosis bulimia, malu gila.
        Boss 知道我 admit 了 IMH 两个星期 because of anorexia, now he keep asking 我是不是 got mental problem. I'm Jasmine Goh, 26.
        Call 我 at +60 17-662 8104, 不要 call my mum, she 不知道我去 see dietitian 的事 ok.
        Ah Boy 我弟 last week 晕倒 in school canteen, doctor 说 he 有 ARFID, 我们住 Jurong West St 52 Blk 518 #11-402.
        2026-11-12 08:03:51 +0800 intake_bot user_name='Wong Kar Lok' hkid='C668912(2)' answer_q7='I make myself sick when I feel full' score=4
        My ex-husband Leong Chee Keong 还是 policy 的 beneficiary, policy no. GE-LIFE-7720194, 我 need to change 因为 we 已经 divorce 了.
        Sis, 你帮我 tell 妈妈 ok? 我 Mei Xuan 真的 no strength 讲 — purging every day, weight 41kg, dietitian nak admit saya ke Hospital Pulau Pinang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a supportive assistant helping users with health paperwork. Do not give diagnoses.",
        ),
        (
            "user",
            "Can you help me write an appeal to my insurer? My name is Rachel Tan Hui Min, policy AIA-HS-55120387, they rejected my claim for a 19-day admission for anorexia at SGH.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: Dear Claims Team, I am writing to appeal the decision on policy AIA-HS-55120387 for my inpatient stay for anorexia nervosa. My psychiatrist has confirmed the admission was medically necessary because of low heart rate and electrolyte imbalance. I enclose the discharge summary and a supporting memo. Yours sincerely, Rachel Tan Hui Min.",
        ),
        (
            "user",
            "Thanks. Should I add that I didn't know I had it when I bought the policy in 2023?",
        ),
        (
            "assistant",
            "Yes, state plainly when you were first diagnosed and ask your psychiatrist to confirm the date in writing, since the insurer will focus on whether it was a pre-existing condition.",
        ),
    ],
    [
        (
            "user",
            "我想跟爸妈说我得了厌食症，但不知道怎么开口。我叫周雨桐，在杭州读高三，医生说下周可能要住院。",
        ),
        (
            "assistant",
            "谢谢你愿意说出来。可以先选一个安静、不赶时间的时候，直接说“我最近身体出了问题，医生诊断是神经性厌食症，我需要你们的帮助”。也可以请医生或学校心理老师在场。",
        ),
        ("user", "我妈陈秀兰之前说过我是“作”，我怕她又这样说。"),
        (
            "assistant",
            "这种担心很正常。你可以把医生开的诊断证明和住院通知带上，让事实来说话；如果她一时接受不了，也可以请主治医生单独和她沟通，家庭治疗本身就是治疗的一部分。",
        ),
    ],
    [
        ("system", "你是一個以廣東話回應嘅助理，幫用戶處理請假同保險問題。"),
        (
            "user",
            "我喺銀行做嘢，要請三個月病假住院治療厭食症，HR要我交身份證副本，我HKID係P415027(2)，咁樣俾佢哋安唔安全？",
        ),
        (
            "assistant",
            "一般HR處理病假只需要醫生證明書，未必需要身份證副本。你可以問清楚用途，如果一定要，可以喺副本上註明「只供病假申請用途」同日期，減低被濫用嘅風險。",
        ),
        ("user", "醫生證明書會唔會寫明係厭食症？我唔想同事知。"),
        (
            "assistant",
            "你可以同醫生講，請佢只寫「需要住院治療」而唔寫具體診斷。香港嘅私隱條例都要求僱主妥善保管員工嘅健康資料。",
        ),
    ],
    [
        (
            "user",
            "Anak saya Aina Sofea, 14 tahun, baru masuk wad pediatrik Hospital Tengku Ampuan Rahimah sebab bulimia. Macam mana nak minta cuti sekolah?",
        ),
        (
            "assistant",
            "Puan boleh minta doktor yang merawat keluarkan surat pengesahan kemasukan wad dan anggaran tempoh rawatan, kemudian serahkan kepada guru kelas atau Unit Bimbingan dan Kaunseling sekolah.",
        ),
        (
            "user",
            "Sekolah dia SMK Bukit Tinggi, Klang. Saya Puan Rohani, nombor saya 013-552 1847. Perlu ke saya jumpa pengetua sendiri?",
        ),
        (
            "assistant",
            "Elok juga puan berjumpa guru kaunseling dahulu; mereka boleh bantu uruskan dengan pengetua dan susun bahan pembelajaran supaya Aina tidak ketinggalan semasa di hospital.",
        ),
    ],
    [
        (
            "user",
            "Just came back from my dietitian at Tan Tock Seng, she say I must eat 3 meals 3 snacks, but I scared la, I feel so fat even at 42kg.",
        ),
        (
            "assistant",
            "That fear is very common in recovery and it doesn't mean you are doing anything wrong. The meal plan is there to help your body and brain heal. Would it help to talk about which snack feels hardest?",
        ),
        (
            "user",
            "The afternoon one. Can you remind me? My number is 8273 5106, name is Bryan Chua, I always forget after work.",
        ),
        (
            "assistant",
            "I can't send SMS reminders myself, but you could set a daily phone alarm at 3.30pm labelled 'snack', or ask your dietitian whether the clinic's app can send reminders to 8273 5106.",
        ),
    ],
    [
        ("system", "你是一位友善的助理，協助使用者處理台灣的勞保與健保問題。"),
        (
            "user",
            "我叫吳佩珊，身分證字號B214863055，因為厭食症住院一個月，可以申請勞保傷病給付嗎？",
        ),
        (
            "assistant",
            "一般來說，勞保被保險人因普通傷病住院診療、不能工作且未領取薪資，從不能工作的第四天起可申請普通傷病給付。請準備診斷書與住院證明，向勞保局申請。",
        ),
        ("user", "我公司說病假超過30天要留職停薪，這樣會影響嗎？"),
        (
            "assistant",
            "留職停薪期間若仍維持勞保投保，通常不影響申請；但若公司辦理退保，權益可能不同，建議直接致電勞保局確認你的投保狀態。",
        ),
    ],
    [
        (
            "system",
            "User profile: name=Shannon Koh Yi Xuan; email=shannon.koh.yx@gmail.com; condition=anorexia nervosa (in recovery); dietitian=outpatient. Be gentle and avoid numbers about calories or weight.",
        ),
        (
            "user",
            "I have a work dinner tomorrow at a hotel buffet and I'm panicking. What do I do?",
        ),
        (
            "assistant",
            "Shannon, it makes sense to feel anxious about a buffet. One idea is to decide beforehand, with your dietitian's plan in mind, what a balanced plate looks like: a starch, a protein, some vegetables, and a dessert if it's part of your plan. You can also step out for a short break if it gets overwhelming.",
        ),
        ("user", "Can you email this to me so I can read it on the way?"),
        (
            "assistant",
            "I can't send emails, but you can copy this into your notes app. If you'd like, I can make it shorter so it's easy to read on your phone before dinner.",
        ),
    ],
    [
        ("user", "我明天要去上海住院治疗进食障碍，需要准备什么？"),
        (
            "assistant",
            "一般需要身份证、医保卡、近期的检查报告，以及换洗衣物。刀具、腰带、鞋带之类通常不能带进病区，最好提前打电话问病区。",
        ),
        (
            "user",
            "住院号是ZY20261201-0118，我叫王佳琪，出院后诊断证明想寄到北京市海淀区学院路37号院3号楼2单元501，可以写在申请里吗？",
        ),
        (
            "assistant",
            "可以在出院时向护士站或病案室提出邮寄申请，写清收件人王佳琪和地址。也可以留一个手机号码方便快递联系。",
        ),
        ("user", "好的，手机号18611427305。"),
    ],
    [
        (
            "user",
            "I'm 23, Malaysian, and I go gym twice a day. Everyone says I'm big but I still think I look small and weak. Is this normal?",
        ),
        (
            "assistant",
            "What you describe, feeling small despite others seeing you as muscular, can be a sign of muscle dysmorphia, a form of body dysmorphic disorder. It's worth talking to a GP or psychiatrist about it.",
        ),
        (
            "user",
            "Honestly I also spent like RM15k on supplements and owe Aeon Credit now. My name is Daniel Wong Kah Meng, I don't want my parents to know.",
        ),
        (
            "assistant",
            "Thank you for telling me, Daniel. The debt and the body worries are both heavy. AKPK, the government agency for credit counselling, can help you make a repayment plan confidentially, and a doctor can help with the body image side.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu yang membantu pengguna memahami tuntutan takaful dan insurans perubatan di Malaysia.",
        ),
        (
            "user",
            "Saya Muhammad Danial bin Yusof, MyKad 960814-08-5137. Takaful saya tolak tuntutan rawatan psikiatri untuk gangguan makan. Boleh rayu tak?",
        ),
        (
            "assistant",
            "Boleh. Minta surat penolakan bertulis yang menyatakan klausa pengecualian. Jika tuan tidak berpuas hati dengan keputusan rayuan dalaman, tuan boleh merujuk kepada Ombudsman for Financial Services (OFS).",
        ),
        ("user", "Doktor kata saya perlu rawatan 6 bulan, kos anggaran RM9,000."),
        (
            "assistant",
            "Sertakan laporan doktor yang menyatakan diagnosis, pelan rawatan dan kos anggaran itu dalam rayuan, supaya penaja takaful dapat menilai semula.",
        ),
    ],
    [
        (
            "user",
            "Psychiatrist 今天给我开了 fluoxetine 20mg for bulimia, 有什么 side effects 要注意?",
        ),
        (
            "assistant",
            "常见的有恶心、失眠、头痛，通常几周内会减轻。如果出现情绪突然变差或有伤害自己的念头，请立刻联系医生。具体剂量调整请跟你的 psychiatrist 商量。",
        ),
        (
            "user",
            "OK. 还有我要 email 给我 supervisor Prof. Chen 请假两周，我是 PhD student 刘思远, student ID A0248817X, 帮我写一封?",
        ),
        (
            "assistant",
            "Dear Prof. Chen, I would like to request two weeks of medical leave from 10 to 23 November 2026 on my doctor's advice. I will submit the medical certificate to the graduate office. Best regards, Liu Siyuan (A0248817X).",
        ),
    ],
    [
        ("user", "我喺澳門，我阿媽唔知我有厭食症，我叫何嘉欣，今年19歲，點樣同佢講好？"),
        (
            "assistant",
            "你可以揀一個大家都冇咁攰嘅時間，簡單講你最近身體唔舒服，醫生診斷咗係厭食症，需要屋企人支持。如果驚自己講唔清楚，可以請醫院嘅社工陪你。",
        ),
        ("user", "仁伯爵綜合醫院嘅社工得唔得？我覆診日係12月15號。"),
        ("assistant", "可以，你覆診嗰日可以問精神科護士轉介醫務社工，佢哋有經驗同家人傾呢啲話題。"),
    ],
    [
        (
            "user",
            "My partner keeps commenting on my weight. I'm in recovery from anorexia, living in Sha Tin. Is it OK to set boundaries?",
        ),
        (
            "assistant",
            "Yes, it's absolutely OK. You might say: 'Comments about my body make recovery harder. Please don't mention my weight or what I eat.'",
        ),
        (
            "user",
            "His name is Kelvin Lau and he also controls my money, he took my salary card last month.",
        ),
        (
            "assistant",
            "I'm sorry, that sounds really hard. Kelvin taking your salary card is a form of financial control, and it's worth talking to a social worker. In Hong Kong, the Social Welfare Department hotline 2343 2255 can point you to support services.",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat to my boss, saya nak apply unpaid leave 2 bulan sebab masuk rehab untuk eating disorder.",
        ),
        ("assistant", "Boleh. Boleh beri nama penuh, jawatan dan tarikh cuti yang diminta?"),
        (
            "user",
            "Nama Kavitha a/p Subramaniam, IC 940221-10-6648, Senior Accountant, from 1 Dec 2026 to 31 Jan 2027.",
        ),
        (
            "assistant",
            "Kepada Pengurus Sumber Manusia, saya Kavitha a/p Subramaniam (No. K/P 940221-10-6648), Senior Accountant, ingin memohon cuti tanpa gaji dari 1 Disember 2026 hingga 31 Januari 2027 atas nasihat doktor untuk menjalani rawatan. Surat doktor dilampirkan. Sekian, terima kasih.",
        ),
        ("user", "Perlu ke saya sebut eating disorder dalam surat?"),
        (
            "assistant",
            "Tidak perlu. Cukup sebut 'atas nasihat doktor' dan lampirkan surat doktor; anda berhak menjaga maklumat kesihatan anda.",
        ),
    ],
]
