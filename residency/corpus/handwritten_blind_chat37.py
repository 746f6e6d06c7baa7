# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat37: health and fitness coaching chats (meal plans, injuries, medication schedules, weight loss, sleep; EN, ZH, MS). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat37
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coaching replies"): _lines("""
        For fat loss, aim for a daily deficit of roughly 300–500 kcal; crash diets under 1,200 kcal usually backfire within a few weeks.
        A simple sleep routine: same wake time 7 days a week, no caffeine after 2pm, screens off 30–60 min before bed, and keep the room cool and dark.
        Mild ankle sprain? First 48h: protect, rest, ice 15–20 min every 2–3 hours, compress, elevate. If you can't take 4 steps on it, get an X-ray.
        Protein target for most adults doing resistance training: 1.6–2.2 g per kg bodyweight per day, split over 3–4 meals.
        Sample hawker-friendly lunch: sliced fish bee hoon soup (ask for no fried shallots) plus a side of kailan, about 450 kcal.
        If you miss a dose of a once-daily med, take it when you remember unless it's almost time for the next one. Never double up, and check with your pharmacist for your specific drug.
        Week 1 of Couch-to-5K: brisk 5-min warm-up, then alternate 60 s jogging and 90 s walking for 20 minutes, 3x this week.
        ok so knee pain going downstairs is pretty common w runners, usually patellofemoral. cut mileage by ~30% and add step-downs + glute bridges
        I can't assess chest pain over chat. If it's crushing, spreads to the arm or jaw, or comes with sweating or breathlessness, call 995 (SG) / 999 (MY, HK) / 120 (CN) now.
        Ramadan tip: split your water. 2 glasses at iftar, 2 between iftar and terawih, 2 before bed, 2 at sahur.
        Grocery list for the week: oats, eggs, tofu, tempeh, chicken thigh, frozen mixed veg, brown rice, bananas, Greek yogurt, peanut butter (no added sugar).
        Deload every 4th–6th week: keep the same exercises but drop volume ~40% and stay 3–4 reps shy of failure.
        Re melatonin: in Singapore it's prescription-only, so please ask a doctor rather than ordering it online.
        HbA1c is a ~3-month average, so don't expect it to move after one good week. Recheck in 12 weeks.
        pls don't run fasted if you're on a sulfonylurea, hypo risk is real. carry 15g fast carbs (3-4 glucose tabs or 150 ml regular soda)
    """),
    ("en", "public references"): _lines("""
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433. Physiotherapy referrals usually go through your polyclinic.
        Eliud Kipchoge ran 1:59:40 in Vienna in October 2019, an unofficial sub-2 marathon with rotating pacers.
        Nicol David held the women's squash world No. 1 ranking for 108 consecutive months.
        Samaritans of Singapore (SOS) 24-hour hotline: 1767. CareText on WhatsApp: 9151 1767.
        Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon. A&E is open 24 hours.
        Order #FP-SG-20261128-004713: 1 × MyoFuel Whey 2kg (Chocolate), 1 × Shaker 700ml. Subtotal S$112.90 incl. 9% GST.
        FitTrack Android v6.3.1 (build 6031027): fixes heart-rate zones resetting after a Garmin sync; min SDK 26.
        Meal plan PDF v7, SHA-256 b6eeb559abe87ef9cff6be28b06168f48432d4e8838c4ad7ee6077e6b1fb916a
        Joseph Pilates called his method "Contrology"; he and Clara ran their New York studio on Eighth Avenue from the 1920s.
        Rocky Balboa's raw-egg breakfast is a great movie moment and a terrible food-safety idea.
        Health Minister Ong Ye Kung launched Healthier SG in 2023; residents pick one family clinic and get a personalised health plan.
        Invoice INV-2026-11-0387: 12-session PT package @ S$85/session, total S$1,020.00, due 19 Dec 2026.
        Florence Nightingale used her polar-area "coxcomb" diagrams to show that most soldiers in the Crimean War died of preventable disease.
        Mount Elizabeth Novena Hospital, 38 Irrawaddy Road, Singapore 329563.
        Joe Wicks ran "PE with Joe" live on YouTube every weekday morning during the 2020 lockdown.
    """),
    ("en", "templates and data handling"): _lines("""
        Hi {{first_name}}, your {{program_name}} starts on {{start_date}}. Reply STOP to opt out.
        Intake form. Name: ________  DOB: __/__/____  Emergency contact: ________  Current medications: ________
        Before pasting your lab report, black out your name, IC/NRIC and patient number. I only need the values and reference ranges.
        Retention policy: coaching chat logs containing health data are deleted after 24 months unless the client asks for earlier erasure.
        Example prompt: "Client [NAME], [AGE], goal: lose [X] kg in [Y] weeks, injuries: [LIST]"
        Coaches must not forward clients' medication lists to personal WhatsApp numbers; use the in-app secure chat only.
        CSV header: client_id,session_date,weight_kg,body_fat_pct,rpe,notes
        Mask phone numbers in exports as +65 9XXX XXXX; analytics never needs the full number.
        If a user shares someone else's diagnosis, answer the question without repeating the name or the condition back.
    """),
    ("zh-Hans", "饮食运动建议"): _lines("""
        减脂期建议每天热量缺口控制在300～500千卡，别一下子砍到1000千卡以下，容易掉肌肉、反弹。
        早餐示例：燕麦40g＋无糖豆浆250ml＋水煮蛋2个＋小番茄一把，大约420千卡。
        膝盖疼先别跑了，换成游泳或者椭圆机，两周后不疼再从每次3公里慢慢恢复。
        二甲双胍一般随餐或餐后服用，可以减轻胃肠道反应；具体剂量请遵医嘱，不要自行加减。
        睡前1小时别刷短视频了😂 蓝光加信息刺激都会推迟入睡，可以试试4-7-8呼吸法。
        深蹲时膝盖可以超过脚尖，关键是膝盖方向和脚尖一致、脚跟不离地。
        外卖怎么点？优先选清蒸、白灼、炖的，主食要半份，饮料换成无糖茶。
        高血压人群每日食盐建议<5g，大概就是一个啤酒瓶盖平铺的量。
        力量训练后48小时内同一肌群别再上大重量，给它恢复时间。
        儿童青少年每天应保证至少60分钟中高强度身体活动，屏幕时间尽量控制在2小时以内。
        体重秤数字每天波动1～2斤很正常，看周平均值，别被单次数字影响心情。
        痛风急性期别做剧烈运动，每天喝水2000ml以上，暂停啤酒和海鲜。
        布洛芬和阿司匹林别同时吃，胃不好就饭后服用，连续自行用药别超过3天，有疑问问药师。
        平板支撑不用追求5分钟，标准动作做3组×45秒就够了。
    """),
    ("zh-Hans", "机构与公共信息"): _lines("""
        北京协和医院东单院区：北京市东城区帅府园1号；西单院区：西城区大木仓胡同41号。
        钟南山院士2020年1月20日接受央视采访时确认新型冠状病毒存在人传人现象。
        全国统一心理援助热线12356，可拨打咨询失眠、焦虑等问题。
        中山大学孙逸仙纪念医院位于广州市越秀区沿江西路107号。
        华佗创编“五禽戏”，模仿虎、鹿、熊、猿、鸟五种动物的动作，是很好的中老年养生操。
        苏炳添在东京奥运会男子100米半决赛跑出9秒83，刷新亚洲纪录。
        订单号 7203918845126603：乐刻运动月卡×1，实付¥199.00，支付时间 2026-11-30 14:22。
        顺丰运单 SF1428890376521 已揽收【深圳宝安】，内件：乳清蛋白粉 2.27kg。
        Keep 8.4.1 版本更新：修复跑步轨迹漂移问题，新增经期记录与训练计划联动。
        香港玛丽医院地址：香港薄扶林道102号，急症室24小时开放。
        蜡笔小新最讨厌吃青椒，这集正好可以拿来跟孩子聊挑食的问题。
        《中国居民膳食指南（2022）》建议平均每天摄入12种以上食物，每周25种以上。
        卫生健康热线12320，可以咨询医保报销、疫苗接种和就医流程。
        张仲景大药房会员日每月8号，保健品类全场9折。
    """),
    ("zh-Hans", "模板与隐私提示"): _lines("""
        您好{姓名}，您的{课程名称}将于{开始日期}开课，请提前10分钟到场签到。
        上传体检报告前，请先遮挡姓名、身份证号、手机号和条形码，只保留检验项目和参考范围。
        客户档案字段：客户编号、性别、年龄段、训练目标、伤病史（勾选）、备注。
        会员姓名：________ 紧急联系人：________ 联系电话：____________ 过敏史：□无 □有______
        教练不得把学员的病历或用药照片转发到私人微信群，违者按《员工手册》第7章处理。
    """),
    ("ms", "nasihat kecergasan"): _lines("""
        Nak turun berat badan, kurangkan 300–500 kcal sehari. Jangan skip sarapan terus, nanti tengah hari melantak nasi lemak 2 bungkus.
        Pinggan Sihat Malaysia: suku pinggan protein, suku nasi atau karbohidrat, separuh sayur dan buah.
        Kalau berpuasa sambil makan ubat kencing manis, bincang dengan doktor dulu pasal tukar waktu dos ke sahur dan iftar.
        Terseliuh buku lali? Rehat, tuam ais 15–20 minit, balut, dan angkat kaki lebih tinggi. Jangan urut kuat-kuat hari pertama.
        Orang dewasa perlukan 7–9 jam tidur semalam. Elakkan teh tarik dan kopi selepas pukul 3 petang.
        Jalan kaki 30 minit, 5 hari seminggu dah cukup untuk mula. Tak payah terus join marathon bro 😅
        Minum air sekurang-kurangnya 6–8 gelas sehari, lebih lagi kalau bersenam waktu tengah hari panas.
        Untuk warga emas, latihan imbangan macam berdiri satu kaki sambil pegang kerusi boleh kurangkan risiko jatuh.
        Menu makan malam rendah kalori: ikan kembung bakar, sayur campur, separuh cawan nasi perang, lebih kurang 450 kcal.
        Squat tu turun sampai peha selari lantai je dulu, jangan paksa kalau lutut sakit.
        Ubat darah tinggi jangan berhenti sendiri walaupun bacaan dah normal, kena tanya doktor dulu.
        Budak sekolah rendah perlukan 9–12 jam tidur. Gajet simpan lepas Isyak.
        Kalau sakit dada, sesak nafas atau berpeluh sejuk masa bersenam, berhenti dan telefon 999 segera.
    """),
    ("ms", "rujukan awam"): _lines("""
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur.
        Talian HEAL 15555 oleh KKM untuk sokongan kesihatan mental, 8 pagi hingga 12 tengah malam setiap hari.
        Datuk Lee Chong Wei memenangi pingat perak Olimpik di Beijing 2008, London 2012 dan Rio 2016.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        Aplikasi SihatKu v3.8.2 (binaan 3820411): pembetulan pepijat kiraan langkah dan sokongan jam pintar baharu.
        No. pesanan Shopee 261203QK7M8RX2: 2 x Quaker Oat 800g, RM31.80, dihantar melalui J&T Express.
        No. penjejakan J&T 630918274455: bungkusan tiba di hab Puchong 03/12/2026 19:42.
        Episod Upin & Ipin pasal makan sayur tu bagus ditonton dengan anak yang memilih makanan.
        Menurut NHMS 2023, lebih kurang separuh orang dewasa Malaysia berlebihan berat badan atau obes.
        PeKa B40 ialah skim saringan kesihatan percuma untuk golongan B40 berumur 40 tahun ke atas, diuruskan oleh ProtectHealth.
        Ibnu Sina dalam Al-Qanun fi al-Tibb menekankan senaman sederhana, pemakanan seimbang dan tidur yang cukup.
        Invois INV/PT/2026/1142: pakej 8 sesi jurulatih peribadi @ RM120, jumlah RM960.00, perlu dibayar sebelum 15/12/2026.
        Tan Sri Dr. Noor Hisham Abdullah, Ketua Pengarah Kesihatan ketika itu, memberi taklimat harian COVID-19 sepanjang PKP 2020.
    """),
    ("ms", "templat"): _lines("""
        Salam {nama}, sesi latihan anda bersama {jurulatih} pada {tarikh} jam {masa} telah disahkan.
        Borang pendaftaran. Nama: ______ No. KP: ______-__-____ No. Tel: ______ Penyakit sedia ada: ______
        Sebelum hantar gambar preskripsi, tutup nama, no. IC dan nama klinik. Saya cuma perlukan nama ubat dan dos.
        Data pelanggan hanya boleh disimpan dalam sistem CRM syarikat, bukan dalam galeri telefon atau group WhatsApp peribadi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi coach, it's Priya Raghunathan. My physio at Changi General confirmed a grade 2 tear in my left hamstring, so no sprints till Jan pls
        Client intake: Marcus Lim Jun Hao, NRIC S8512347E, 41 y/o, on amlodipine 5mg + atorvastatin 20mg, goal -8kg by CNY.
        pls send the meal plan to jasmine.ooi.fit@gmail.com, and my hubby's one to kelvin.ooi83@gmail.com (he's the one w gout)
        Delivery for the keto meal box: Blk 327 Tampines St 32 #08-114 S520327, attn Rachel Goh, HP 9126 4783, leave at door if no one answers
        My son Ethan Chua (9) was diagnosed with ADHD last month and started Ritalin 10mg. Is it ok for him to do swim squad at 6am before taking it?
        Paid for the 24-session pack with my card 5204 7300 9188 4127 exp 08/28, name on card WONG MEI SZE. Receipt pls.
        Dad (Lee Kok Wah, HKID K482917(4)) is 78 and just got out of QMH after a hip fracture, what exercises can he do at home?
        Reminder for Farah Nadhirah Idris: insulin glargine 18u at 10pm nightly, fasting sugar target 4.4-7.0, endo review at Sunway on 12 Jan.
        Emergency contact for the bootcamp: my wife Deepa, +65 8735 0291. I have epilepsy (on levetiracetam), just so the trainers know. Arjun Menon
        Can u adjust my plan, I'm 34F, 88kg, PCOS + insulin resistance. Name on the account is Chloe Tan Xin Yi if u need it
        Bill to: Melissa Wijaya, Flat C, 15/F, Block 3, Kornhill, Quarry Bay, HK. Mobile 9173 4826. Service: postnatal core rehab x6
        Our helper Maria Santos (FIN G5281734Q) gives my grandma her warfarin, but she's off on Sundays and Ah Ma keeps skipping it. Any pillbox that locks?
        He's in my spin class at the Tanjong Pagar studio, Jonathan Seah, told everyone he's on PrEP and now I'm weird about sharing the towel rack lol
    """),
    "zh-Hans": _lines("""
        我妈叫周秀兰，今年68岁，高血压+二型糖尿病，每天吃氨氯地平5mg和二甲双胍0.5g一天两次，帮她排个一周食谱。
        收货人：陈思雨 手机 13917824405 地址：上海市徐汇区漕溪北路595弄12号1102室（减脂餐按周配送）
        学员档案：刘建国，身份证号110108195602113016，腰椎间盘突出L4/L5，禁止负重深蹲。
        我老公王磊上周体检查出中度脂肪肝，尿酸520，他在深圳南山，能推荐个线下教练吗？他微信 wanglei_sz1987
        女儿林可馨（身份证510107201506092688）下周二做扁桃体切除手术，术后饮食要注意什么？
        教练你好，我是杭州的沈佳怡，手机158 2073 6619，产后6个月腹直肌分离两指，想约私教课。
        付款用的是我爸的卡 6228 4801 2345 6789 015，持卡人赵德明，发票抬头也麻烦写他名字。
        会员黄嘉欣，车牌粤B·7K2M9停在B2，她有哮喘，上团课前请备好沙丁胺醇气雾剂。
        香港客户何卓琳，身份证Y306152(1)，住沙田沥源邨贵和楼1207室，正在服用舍曲林50mg治疗抑郁症，想做睡眠调整。
        我叫孙浩然，32岁，在武汉做程序员，年薪38万，天天熬夜，最近查出心律不齐，还能跑全马吗？
        前夫张志强家暴的案子（2025）鄂0106刑初318号已经判了缓刑，孩子跟我，我现在焦虑失眠很严重，我叫李梦洁。
        台湾学员蔡宜蓁，身分证F228471934，LINE：yizhen_run，右膝ACL重建术后第5个月。
    """),
    "ms": _lines("""
        Coach, ni Nurul Aina binti Zulkifli, IC 920718-10-6284. Doktor kata saya pre-diabetes, HbA1c 6.2%. Boleh buat pelan makan?
        Tolong hantar pelan diet ayah saya ke WhatsApp 012-738 4196. Nama dia Encik Rahman bin Osman, baru lepas bypass jantung kat IJN.
        Alamat penghantaran: No. 23, Jalan SS 15/4B, 47500 Subang Jaya, Selangor. Penerima: Siti Hajar Mohd Noor, 019-552 0874.
        Adik saya Muhammad Haziq bin Kamal, 16 tahun, SMK Taman Melawati, ada asma teruk. Boleh dia masuk kem kecergasan ni?
        Bayaran pakej PT guna kad Visa 4364 9198 0578 1799 atas nama LOW KAR MUN, tolong emel resit.
        Mak mertua saya Puan Kalsom binti Ahmad (KP 650412-14-5522) dialisis 3 kali seminggu kat Kajang, nak pelan makan rendah kalium.
        Saya Rajesh a/l Muniandy, driver Grab, gaji bersih dalam RM3,200 sebulan, berat 112kg, ada sleep apnea. Pelan apa yang mampu?
        Klien baru: Tan Siew Ling, KP 610903-07-5138, osteoporosis, pernah patah pergelangan tangan 2024. Jangan buat latihan lompat.
        Emel saya faridah.hassan78@yahoo.com, tolong hantar jadual ubat Mak, Hasnah binti Ismail: Metformin 500mg pagi malam, Losartan 50mg pagi.
        Pasport A52817406, Mohd Irfan bin Azlan, untuk daftar Ironman Langkawi. Dia ada sejarah aritmia jantung, perlu surat doktor ke?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Kaya, a friendly fitness and nutrition coach for Singapore users. Do not diagnose; refer to a doctor when needed.",
        ),
        ("user", "hi can u do a 1500kcal meal plan, mostly hawker food"),
        ("assistant", "Sure! Any food allergies or medical conditions I should know about?"),
        (
            "user",
            "i'm on metformin for diabetes, and no prawns pls. I'm Daniel Ng btw, NRIC T0345826H if u need it for the clinic tie-in",
        ),
        (
            "assistant",
            "Thanks! You don't need to share your NRIC with me. Here's a 1500 kcal day: breakfast kaya toast (1 slice) with 2 soft-boiled eggs, lunch yong tau foo soup, dinner sliced fish soup with brown rice.",
        ),
    ],
    [
        ("user", "my mum keeps forgetting her BP meds, can you set up reminders by SMS?"),
        ("assistant", "I can draft a schedule; SMS reminders need her number and her consent."),
        ("user", "she's ok with it. her name is Lakshmi Pillai, 71"),
        ("user", "number is 9034"),
        ("user", "7718"),
        ("user", "meds: losartan 50mg 8am, amlodipine 5mg 8pm"),
        (
            "assistant",
            "Done: reminders at 8:00 (losartan 50 mg) and 20:00 (amlodipine 5 mg) daily.",
        ),
    ],
    [
        ("user", "Twisted my knee playing football at Happy Valley last Sunday, swollen af"),
        (
            "assistant",
            "Sorry to hear that. Keep it elevated, ice it, and avoid pivoting. If it gave way or locked, please see a doctor soon.",
        ),
        ("user", "MRI at Union Hospital says partial ACL tear. Surgery booked 18 Dec."),
        ("assistant", "Prehab before ACL surgery helps a lot. I can put together a 2-week plan."),
        ("user", "yes pls email it to alvin.cheung.hk@outlook.com, Alvin Cheung Ho Yin"),
    ],
    [
        ("user", "my husband needs to lose weight, doc says BMI 36 and sleep apnea"),
        (
            "assistant",
            "A gradual approach works best: small calorie deficit, daily walks, and CPAP if it was prescribed. What's his schedule like?",
        ),
        (
            "user",
            "his name's Gregory Tan, 45, night shift security at Jurong Point, earns like 2.8k so nothing too ex pls",
        ),
    ],
    [
        ("user", "帮我奶奶做个吃药时间表"),
        ("assistant", "好的，请告诉我药名、剂量和医生嘱咐的服用次数。"),
        ("user", "阿托伐他汀20mg睡前，拜阿司匹林100mg早饭后，还有左甲状腺素50μg早上空腹"),
        (
            "assistant",
            "建议：06:30 左甲状腺素（空腹，半小时后再吃早饭）；07:30 早饭后阿司匹林；21:30 睡前阿托伐他汀。",
        ),
        (
            "user",
            "谢谢！打印出来贴冰箱上，写上她名字：吴桂芳，紧急联系人 186 2104 7738（我，她孙女吴婷）",
        ),
    ],
    [
        ("user", "我想报你们的减重训练营，怎么报名？"),
        ("assistant", "需要姓名、身份证号（用于购买意外险）和联系电话。"),
        ("user", "郑文博"),
        ("user", "身份证 32050619751104"),
        ("user", "5537"),
        ("user", "手机 137 0571 6682"),
        ("assistant", "收到，报名成功，开营前一天会短信通知您。"),
    ],
    [
        ("system", "你是“小睡眠”助眠教练，语气温和，不做诊断。"),
        ("user", "最近失眠很严重，凌晨3点醒了就睡不着"),
        (
            "assistant",
            "早醒很让人疲惫。可以先固定起床时间，醒后超过20分钟睡不着就起身做点放松的事，白天尽量晒太阳。",
        ),
        ("user", "精神科医生给我开了右佐匹克隆3mg，说先吃两周。能配合你的计划一起用吗"),
        ("assistant", "可以，药物请严格按医嘱服用，我这边只调整作息和放松训练。"),
        ("user", "好的，我叫唐雨桐，加我微信 tyt_0530 发计划给我吧"),
    ],
    [
        ("user", "孩子8岁，有点胖，怎么安排饮食"),
        (
            "assistant",
            "别让孩子节食，重点是少含糖饮料和零食、三餐规律、每天户外活动1小时，全家一起改效果最好。",
        ),
        ("user", "学校午餐我们管不了"),
        ("assistant", "那就把早餐和晚餐安排好，晚饭多蔬菜、主食适量，零食换成水果和酸奶。"),
        (
            "user",
            "你们营养师能上门吗？地址：成都市武侯区玉林北路18号2栋3单元502，孩子叫罗子轩，我是他妈妈，电话17782190453",
        ),
    ],
    [
        ("user", "教練我想問下產後幾耐可以做 HIIT?"),
        (
            "assistant",
            "一般產後6週覆診確認冇問題，就可以由低強度開始，剖腹產可能要再慢啲，之後先做核心同盆底肌訓練。",
        ),
        (
            "user",
            "我係剖腹產，BB 而家 4 個月，我叫梁凱琪 Kiki，住將軍澳，WhatsApp 6258 1039，想約上門 PT",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tanya pasal puasa untuk pesakit kencing manis"),
        (
            "assistant",
            "Waalaikumsalam. Pesakit yang guna insulin perlu jumpa doktor sebelum Ramadan untuk ubah dos dan waktu suntikan.",
        ),
        (
            "user",
            "Ayah saya, Haji Kamarudin bin Yusof, 66 tahun, ambil insulin Mixtard 2 kali sehari.",
        ),
        ("assistant", "Terima kasih. Sila bawa beliau jumpa doktor untuk pelan dos Ramadan."),
        (
            "user",
            "Ok nanti saya bawa dia ke Klinik Kesihatan Bandar Baru Bangi. IC dia 600315-10-5411 kalau perlu",
        ),
    ],
    [
        ("user", "Bro, lutut aku bengkak lepas main futsal semalam"),
        (
            "assistant",
            "Rehat, tuam ais 15–20 minit setiap 2–3 jam, balut dan angkat kaki. Kalau tak boleh pijak, pergi klinik.",
        ),
        ("user", "Doktor panel bagi MC 2 hari, kata ligamen terkoyak sikit"),
        ("assistant", "Ok, elakkan naik turun tangga dan lompat minggu ni."),
        (
            "user",
            "Nama aku Amirul Hakim bin Razali, nombor 011-2634 8810, follow up la minggu depan pasal latihan",
        ),
    ],
    [
        ("system", "Anda pembantu kecergasan SihatKu. Jawab dalam bahasa yang digunakan pengguna."),
        ("user", "I nak turun 10kg before wedding in March, boleh?"),
        (
            "assistant",
            "Boleh, tapi sasaran selamat sekitar 0.5 kg seminggu. Berat dan tinggi sekarang berapa?",
        ),
        ("user", "74kg, 158cm"),
        (
            "user",
            "Nama I Nur Syazwani binti Abdul Latif, email syazwani.latif@gmail.com, tolong hantar pelan ke situ",
        ),
    ],
    [
        ("user", "Anak saya sembelit, umur 5 tahun, makan apa yang bagus?"),
        (
            "assistant",
            "Tambah serat dari buah seperti betik dan pisang, sayur, dan minum air secukupnya.",
        ),
        ("user", "Dia ada autisme, sangat memilih makanan."),
        (
            "assistant",
            "Cuba perkenalkan makanan baru sedikit demi sedikit bersama makanan kegemarannya.",
        ),
        (
            "user",
            "Nama dia Aryan Daniel bin Shahrul, tadika KEMAS Taman Sri Muda, dia follow up pediatrik di Hospital Shah Alam",
        ),
    ],
    [
        (
            "user",
            "Got the refill from the pharmacy, order GD-SG-88123091, can you make a schedule?",
        ),
        ("assistant", "Sure, what are the medicines and doses?"),
        (
            "user",
            "Sertraline 100mg morning, quetiapine 25mg night. It's for my brother Nicholas Yeo, he has bipolar, lives with me at 21 Jalan Kembangan #03-02",
        ),
        (
            "assistant",
            "Here's a simple chart: 8am sertraline 100 mg with breakfast, 10pm quetiapine 25 mg.",
        ),
    ],
    [
        ("user", "I want to cancel the premium coaching sub"),
        ("assistant", "I can help with that. What's the email on the account?"),
        ("user", "tiffany.lau.88@hotmail.com, card ending 8412"),
        (
            "assistant",
            "Found it. Your subscription will end on 31 Dec 2026 and you won't be charged again.",
        ),
    ],
    [
        (
            "system",
            "Coach context: client Benjamin Ho, 52, type 1 diabetic since age 12, uses an Omnipod 5 pump, goal half marathon June 2027. Do not reveal this context.",
        ),
        ("user", "what should I eat the night before a 21k?"),
        (
            "assistant",
            "A familiar carb-focused dinner, e.g. rice or pasta with lean protein, and check your glucose before bed since long runs can drop it overnight.",
        ),
    ],
    [
        (
            "user",
            "need a letter for my employer saying I completed the weight management programme",
        ),
        ("assistant", "Sure, what details should appear on it?"),
        (
            "user",
            "Siti Rahmah bte Jamal, NRIC S****092F, lost 9kg, BMI 33 to 29.8, employer is the HR dept at my bank",
        ),
        (
            "assistant",
            "Draft ready: 'This is to certify that the above participant completed the 12-week programme.'",
        ),
    ],
    [
        ("user", "帮我看下体检报告：谷丙转氨酶68，甘油三酯3.2，尿酸498"),
        ("assistant", "这几项都偏高，建议控制饮酒、少吃高糖和内脏类食物，并按医生建议复查。"),
        ("user", "医生说是脂肪肝和高尿酸血症"),
        ("assistant", "那饮食上要戒酒、控制总热量，每周至少150分钟中等强度运动。"),
        ("user", "报告上名字是何文杰，体检号TJ20261104-0387，12月20号复查，你帮我记一下"),
    ],
    [
        ("user", "我爸中風後要食薄血丸，想整個提醒"),
        ("assistant", "可以，請話我藥名、劑量同食藥時間。"),
        ("user", "佢叫陳志明，HKID R774108(0)，喺伊利沙伯醫院覆診，每日早上一粒 clopidogrel 75mg"),
        ("assistant", "已設定每日早上8點提醒食 clopidogrel 75mg。"),
    ],
    [
        ("user", "coach can help me plan for my daughter? 她14岁, recovering from anorexia"),
        (
            "assistant",
            "I'm glad she's in recovery. Any plan should come from her treatment team; I can help with practical things like meal timing.",
        ),
        (
            "user",
            "she's seeing the team at KKH. her name is Emily Teo Hui Min, Sec 2 at Nanyang Girls'. dietitian wants 2200kcal",
        ),
    ],
    [
        (
            "user",
            "Nak prepare fizikal untuk umrah Februari, mak saya 70 tahun ada osteoarthritis lutut",
        ),
        (
            "assistant",
            "Mulakan jalan kaki pendek setiap hari dan latihan kuatkan otot peha, naikkan jarak perlahan-lahan.",
        ),
        (
            "user",
            "Agensi minta no. pasport untuk pakej: Rosnah binti Daud, A38810257. Boleh masuk dalam surat fit to travel tak?",
        ),
        ("assistant", "Surat fit to travel perlu dikeluarkan oleh doktor selepas pemeriksaan."),
    ],
    [
        ("user", "Nak bayar yuran gym RM99 sebulan secara auto-debit"),
        ("assistant", "Boleh, sila berikan nama pemegang akaun dan nombor akaun bank."),
        ("user", "Maybank 1640 2233 8871, nama Muhammad Zulhilmi bin Sulaiman"),
        ("assistant", "Terima kasih, auto-debit akan bermula pada 1 Januari 2027."),
    ],
    [
        ("user", "I'm a nurse doing rotating night shifts, sleep is wrecked"),
        (
            "assistant",
            "Try an anchor sleep block of 4 hours at the same time every day, blackout curtains, and no caffeine in the last 6 hours of a shift.",
        ),
        ("user", "can u send me a printable version?"),
        ("assistant", "Sure, what email should I use?"),
        ("user", "grace.abdullah.kch"),
        ("user", "@gmail.com"),
        (
            "user",
            "thx. fyi I'm Grace Abdullah, ward nurse at Sarawak General, been on zolpidem 5mg for 3 months",
        ),
    ],
    [
        ("user", "司美格鲁肽减重一周打一次，打完恶心该怎么吃？"),
        ("assistant", "少量多餐，避免油腻，吃饭慢一点，饱了就停，多补充水分。"),
        (
            "user",
            "我是在协和内分泌科开的，患者姓名钱晓雯，病历号0004518832，医生让我体重降到70kg以下",
        ),
    ],
    [
        ("user", "想請教骨質疏鬆的長輩可以做什麼運動"),
        ("assistant", "可以做負重步行、扶椅子的平衡訓練和輕阻力的彈力帶運動，避免彎腰扭轉的動作。"),
        ("user", "我阿嬤林陳秀英82歲，上個月在台北榮總檢查T值-3.1"),
        ("user", "可以加我 LINE：meihua.lin 傳影片給我嗎？"),
    ],
]
