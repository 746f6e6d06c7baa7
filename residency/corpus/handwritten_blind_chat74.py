# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat74: chats asking an assistant for help with one's own gym, diet and weight-loss plan. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat74
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant_chat"): _lines("""
        User: I'm 34F, 168 cm, 82 kg with PCOS and I keep stalling at the same weight, what should I change first? Assistant: Start with protein at every meal, 8-10k steps a day and lifting three times a week; ask your doctor before adding metformin or inositol.
        User: Is 1,500 kcal a day too low for a 90 kg guy who trains 4 days a week? Assistant: Probably too aggressive; most people in that range do better around 1,900-2,100 kcal with about 160 g protein so training doesn't suffer.
        User: What's the difference between RPE 8 and RIR 2? Assistant: They describe roughly the same effort: RPE 8 means you could have done about two more reps, which is what RIR 2 says.
        User: Can you turn this into a 4-day upper/lower split: squat, bench, row, RDL, OHP, pull-ups? Assistant: Day 1 upper (bench, row), Day 2 lower (squat, RDL), Day 3 upper (OHP, pull-ups), Day 4 lower (front squat, hip thrust), rest between.
        User: I have type 2 diabetes and I'm on metformin, is intermittent fasting safe? Assistant: Fasting on glucose-lowering medication can cause hypos in some people, so agree a plan with your doctor before skipping meals.
        User: How do I measure my waist properly for my progress log? Assistant: Stand relaxed, breathe out normally and measure midway between your lowest rib and the top of your hip bone, same time of day each week.
        User: My order #WS-20261130-48817 of whey isolate arrived with a broken seal, how should I word the refund request? Assistant: Quote the order number, attach a photo of the seal and ask for a replacement or refund under their damaged-goods policy.
        User: What did Arnold Schwarzenegger's Golden Era split look like? Assistant: He trained six days a week on a double split: chest and back together, shoulders and arms together, legs on their own, often twice a day.
        User: Is Saitama's 100 push-ups, 100 sit-ups, 100 squats and 10 km run every day actually a good plan? Assistant: It's a fun challenge from One Punch Man, but with no progression or rest days it isn't a balanced programme.
        User: Convert 3 sets of 225 lb bench to kg for my log. Assistant: 225 lb is about 102 kg, so write 3 x 102 kg, or 100 kg if your gym only has 2.5 kg plates.
        User: I tore my ACL two years ago, which leg exercises are usually safer to restart with? Assistant: Many physios begin with leg press in a limited range, step-ups, Spanish squats and hamstring curls; get clearance from your own physio first.
        User: What does the "VAT" number on a DEXA scan report mean? Assistant: VAT is visceral adipose tissue, the fat around your organs; it's reported in grams or cm², and lower is better.
        User: The app says my spin class booking BK-7731-Q was cancelled by the studio, do I get the credit back? Assistant: Most studios return the credit automatically when they cancel; if it isn't back in 24 hours, quote the booking reference to support.
        User: Give me a high-protein breakfast under 400 kcal without eggs. Assistant: Greek yoghurt (200 g) with 30 g whey, berries and a spoon of oats comes to about 380 kcal and 45 g protein.
        User: My smartwatch says I burned 2,900 kcal today, should I eat that back? Assistant: Wrist trackers often overestimate by 20-40%, so eat back maybe half and judge by your weekly weight trend.
        User: What's a reasonable rate of weight loss per week? Assistant: Around 0.5-1% of body weight per week is a common target; faster than that usually costs muscle and adherence.
        User: Write a short motivational note I can stick on my fridge, no names please. Assistant: "You don't have to be extreme, just consistent. One good meal, one workout, one day at a time."
        User: Is creatine safe if I have mild kidney issues? Assistant: Creatine raises creatinine on blood tests and usually isn't advised with kidney disease unless your nephrologist agrees.
    """),
    ("en", "template_request"): _lines("""
        Make me a weekly progress log template: Date | Weight (kg) | Waist (cm) | Hips (cm) | Steps | Sleep (h) | Notes
        Draft a PAR-Q form for my small gym with blanks: Full name: ________ | Date of birth: __/__/____ | Emergency contact: ________ | Phone: ________ | Do you have a heart condition? Yes / No
        Write a generic email to a personal trainer asking about rates and availability, use [Trainer Name] and [Your Name] as placeholders.
        Create a meal plan table for {client_name}, target {kcal} kcal and {protein_g} g protein, with columns breakfast / lunch / dinner / snacks.
        Give me a Google Sheets formula for a 7-day moving average of my weight in column B starting at B2, like =AVERAGE(B2:B8) dragged down.
        JSON schema for a diet app user profile: {"user_id": "string", "height_cm": "number", "weight_kg": "number", "conditions": ["string"], "goal": "lose|maintain|gain"}
        Template SMS reminder for gym members: "Hi <FIRST_NAME>, your PT session is on <DATE> at <TIME>. Reply C to confirm or R to reschedule."
        Write a medical clearance letter template for a doctor to sign: "I, Dr ____________ (MMC No. ______), certify that ____________ (NRIC/MyKad ______________) is fit for moderate-intensity exercise."
        Explain this Python and the Asian BMI cut-offs: bmi = weight_kg / (height_m ** 2); print(f"BMI: {bmi:.1f}")
        Can you make a checklist for a first dietitian appointment: food diary, medication list, latest blood test, questions to ask?
        Make a cutting-phase tracker with rows Week 1-12 and columns Target kg / Actual kg / Avg kcal / Avg protein / Training days / Mood (1-5).
        Draft an anonymous testimonial template: "I lost __ kg in __ weeks with [Program Name]. My favourite part was ___."
    """),
    ("en", "public_info_and_references"): _lines("""
        User: What is HPB's Healthy 365 app and how do National Steps Challenge rewards work? Assistant: Healthy 365 is the Health Promotion Board's app; you earn Healthpoints for steps and active minutes and redeem them for vouchers.
        User: Tan Tock Seng Hospital has a weight management clinic, do I need a referral? Assistant: Generally yes; subsidised appointments at public hospitals in Singapore need a referral from a polyclinic or GP.
        My parcel tracking number is SPXMY0291847365 and the kettlebell still hasn't arrived after 9 days, what should I say to Shopee support?
        User: Is the Garmin Forerunner 265 or 965 better for logging strength workouts? Assistant: Both have the same strength-training features; the 965 mainly adds maps and a bigger battery.
        The nutrition label says per 100 g: energy 1,620 kJ, protein 78 g, fat 6.2 g, carbs 5.1 g, batch L2611-0437, best before 14/08/2027. Is that a decent whey?
        User: How did Lee Chong Wei train his footwork at his peak? Assistant: Sessions he shared publicly show shadow-footwork drills, multi-shuttle feeding and court sprints, plus gym work for legs and core.
        User: Our gym's invoice INV-2026-00917 charged RM 189.00 twice for December, how do I dispute it? Assistant: Email their billing team with the invoice number, both transaction dates and a bank statement screenshot, and ask for a reversal.
        User: Is ISBN 978-0-9825227-3-8 the third edition of Starting Strength? Assistant: That matches the third edition; check the copyright page to be sure before ordering.
        Customer service for IronLane Gym is 1800 274 6633 (Mon-Fri 9am-6pm) or support@ironlanegym.sg; how do I ask them to freeze my membership for surgery recovery?
        User: Ticket #CS-558203 with my meal-prep company has been open a week about wrong macros on the labels, how do I escalate? Assistant: Reply on the ticket asking for a supervisor and a resolution date, then use their complaints form if nothing happens in 48 hours.
        User: What does the WHO recommend for weekly activity for adults? Assistant: 150-300 minutes of moderate or 75-150 minutes of vigorous activity, plus muscle-strengthening on two or more days.
        User: Firmware 4.12.3 on my smart scale keeps showing body fat as "--", any fix? Assistant: Stand barefoot with dry feet on the electrodes, re-pair the scale in the app and update to the newest firmware if there is one.
    """),
    ("zh-Hans", "assistant_chat"): _lines("""
        用户：我女，29岁，身高162，体重68公斤，想三个月减到60，每天吃多少热量合适？ 助手：一般可以从每天1400-1500千卡开始，蛋白质每公斤体重1.2-1.6克，每周称重取平均值。
        用户：有甲减的人减肥会更难吗？ 助手：甲减控制不好时代谢会偏低，先按医嘱把甲功调到正常范围，再配合饮食和力量训练效果更好。
        用户：帮我做一个一周减脂食谱，不吃牛肉，早餐要简单。 助手：好的，周一早餐：燕麦40克+鸡蛋2个+无糖豆浆；午餐：糙米饭+清蒸鱼+炒青菜……
        用户：深蹲时膝盖内扣怎么纠正？ 助手：先减轻重量，脚尖和膝盖方向一致，再加入弹力带侧走和臀中肌激活练习。
        用户：京东订单号 308571926473 买的体脂秤测得不准，退货理由怎么写？ 助手：可以写“商品测量数据与实际偏差较大，申请退货”，并附上与医院测量结果的对比照片。
        用户：淘宝订单 3715820946173528493 的蛋白粉一直没发货，催客服怎么说比较好？ 助手：可以说“订单已付款五天仍未发货，请告知具体发货时间，否则申请退款”。
        用户：帮我把训练记录整理成表格：1月5日 卧推60kg×8×4，深蹲80kg×6×5，硬拉100kg×5×3。 助手：好的，表格列为日期｜动作｜重量｜次数｜组数。
        用户：刘畊宏的毽子操适合体重大的人跳吗？ 助手：刘畊宏直播里的操跳跃较多，体重基数大或膝盖不好的人建议先做低冲击版本。
        用户：生酮饮食对痛风患者安全吗？ 助手：生酮初期可能使尿酸升高，痛风患者应在医生指导下进行，并保证足够饮水。
        用户：帮我写一个健身打卡群的群规模板，成员名字用【昵称】代替。 助手：一、每天晚上10点前打卡，格式为【昵称】+训练内容+体重……
        用户：体检单上“甘油三酯 2.3 mmol/L”偏高吗？饮食要怎么调整？ 助手：略高于参考值，建议减少精制碳水、含糖饮料和酒精，多吃深海鱼和蔬菜。
        用户：北京协和医院营养科的减重门诊怎么挂号？ 助手：一般可以通过医院官方App或微信公众号预约，首诊建议带上近期体检报告。
        用户：顺丰单号 SF1429386570241 的哑铃显示已签收但我没收到，怎么投诉？ 助手：先联系派件网点核实签收照片，再通过顺丰官方客服提交投诉。
        用户：Keep 里的“燃脂跑”课程和自己慢跑有什么区别？ 助手：课程带有配速和间歇提示，强度安排更规律，本质上都是有氧跑步。
        用户：产后六个月想恢复训练，腹直肌分离两指宽，能做卷腹吗？ 助手：建议先做呼吸和深层核心训练，暂时避免卷腹，最好请盆底康复治疗师评估。
        用户：请用《中国居民膳食指南（2022）》解释每天应该吃多少蔬菜。 助手：指南建议成年人每天蔬菜不少于300克，其中深色蔬菜占一半。
    """),
    ("zh-Hans", "template_request"): _lines("""
        帮我设计一个减脂打卡表：日期｜空腹体重(kg)｜腰围(cm)｜饮水(ml)｜步数｜训练内容｜备注
        写一个私教课预约确认短信模板：“{会员姓名}您好，您预约的{日期}{时间}私教课已确认，如需改期请提前24小时联系前台。”
        帮我写一份健身房入会健康问卷模板：姓名____ 性别____ 出生日期____ 是否有高血压/心脏病/糖尿病（是/否）____
        用 Python 写一个函数，输入身高(cm)和体重(kg)，返回 BMI 和中国成人标准分类（<18.5 偏瘦，18.5-23.9 正常，24-27.9 超重，≥28 肥胖）。
        帮我列一份通用的减重门诊初诊资料清单（近三个月体检报告、用药清单、饮食记录），不需要任何个人信息。
        写一个微信群公告模板：本周体重挑战赛统计截止时间为周日晚上9点，请大家按“昵称+体重变化”格式接龙。
        设计一个表结构：CREATE TABLE weigh_in (id INT PRIMARY KEY, member_id INT, weigh_date DATE, weight_kg DECIMAL(5,2), waist_cm DECIMAL(5,1));
        给营养师写一封咨询邮件模板，称呼用“XX营养师”，落款用“您的来访者”。
    """),
    ("zh-Hant", "assistant_chat"): _lines("""
        使用者：我162公分、74公斤，有多囊性卵巢，醫生說要先減5%體重，一週運動要排幾天？ 助理：可以先排三天重訓加兩天快走，每次40分鐘左右，飲食控制在每天1400大卡上下。
        使用者：幫我把這份減脂菜單改成外食版，我在台北上班，午餐只能吃便當。 助理：便當可以選烤雞腿或滷雞腿去皮，飯減半，多加一份燙青菜。
        使用者：健身房會籍合約編號 CT-2026-118734 想提前解約，違約金收三個月月費合理嗎？ 助理：可以對照合約條款和消保法規定，必要時向消保官申訴。
        使用者：戴資穎的步法訓練有哪些可以在家練？ 助理：她公開分享過的敏捷梯、米字步和單腳跳練習，在家用膠帶貼出格子就能做。
        使用者：香港瑪麗醫院的營養師門診要轉介信嗎？ 助理：公立醫院的營養師服務一般需要醫生轉介，可以先向家庭醫生或普通科門診查詢。
        使用者：幫我寫一張體態評估表範本，姓名、身高、體重欄位留空。 助理：好的：姓名：＿＿＿＿　身高：＿＿cm　體重：＿＿kg　圓肩：是／否　骨盆前傾：是／否
        使用者：高血壓吃藥中，可以做高強度間歇訓練嗎？ 助理：血壓控制穩定後通常可以，但建議先從中強度開始，並和醫師確認用藥是否影響心率。
        使用者：蝦皮訂單 241203QX7K9M2A 的彈力帶少寄一條，要怎麼申請補寄？ 助理：在訂單頁面選「退貨／退款」或直接聯絡賣家，附上開箱照片。
        使用者：國健署的每日飲食指南裡，全穀雜糧類一天要吃幾碗？ 助理：依熱量需求不同，大約是一天1.5到4碗。
        使用者：168斷食期間可以喝無糖豆漿嗎？ 助理：無糖豆漿有熱量，嚴格來說會中斷斷食，斷食時段建議只喝水、黑咖啡或無糖茶。
        使用者：我每天走一萬步，但體重三週都沒變，是不是平台期？ 助理：有可能，可以先確認飲食紀錄是否準確，再加入兩到三次重訓。
        使用者：InBody 報告上的「骨骼肌量」和「除脂體重」差在哪？ 助理：除脂體重包含水分、骨骼和所有肌肉，骨骼肌量只計算能主動收縮的骨骼肌。
    """),
    ("ms", "assistant_chat"): _lines("""
        Pengguna: Saya lelaki 38 tahun, 95 kg, ada darah tinggi. Boleh buat jadual senaman 3 hari seminggu? Pembantu: Boleh. Mulakan dengan jalan laju 30 minit dan latihan beban ringan, elakkan menahan nafas semasa mengangkat.
        Pengguna: Berapa kalori nasi lemak biasa? Pembantu: Sepinggan nasi lemak dengan sambal, telur dan ikan bilis lebih kurang 400-500 kcal.
        Pengguna: Macam mana nak puasa sunat Isnin Khamis tapi masih pergi gym? Pembantu: Buat latihan ringan sebelum berbuka, atau latihan berat sejam selepas berbuka.
        Pengguna: Tolong buat templat borang pendaftaran kelas zumba: Nama: ______ | No. Telefon: ______ | Tarikh lahir: ______ | Masalah kesihatan: ______
        Pengguna: Hospital Sultanah Aminah ada klinik obesiti tak? Pembantu: Biasanya anda perlukan surat rujukan dari klinik kesihatan atau doktor am dahulu.
        Pengguna: No. tracking J&T 630291847562 untuk dumbbell saya tak bergerak 5 hari, patut buat apa? Pembantu: Hubungi penjual dan khidmat pelanggan J&T dengan nombor tracking itu, dan minta siasatan.
        Pengguna: Nicol David buat latihan apa untuk stamina squash dia? Pembantu: Dalam temu bual dia sebut latihan ghosting, larian selang dan latihan kekuatan kaki.
        Pengguna: Saya ada diabetes jenis 2, boleh makan kurma masa berbuka? Pembantu: Boleh dalam jumlah kecil, contohnya 1-2 biji, dan ambil kira dalam jumlah karbohidrat hidangan.
        Pengguna: Apa beza senaman kardio zon 2 dengan HIIT? Pembantu: Zon 2 ialah kardio santai yang masih boleh bercakap, HIIT pula selang-seli usaha maksimum dan rehat.
        Pengguna: Invois gym saya INV/KL/2026/004418 caj RM120 dua kali, macam mana nak tulis aduan? Pembantu: Nyatakan nombor invois, tarikh caj dan lampirkan penyata bank, minta bayaran balik dalam 7 hari bekerja.
        Pengguna: Berapa gram protein sehari kalau berat 70 kg dan nak bina otot? Pembantu: Sekitar 1.6-2.2 g sekilogram, jadi lebih kurang 110-155 g sehari.
        Pengguna: Tolong semak caption Instagram gym saya, tanpa nama: "Minggu ke-12, turun 6 kg, terima kasih semua!" Pembantu: Ayat dah okey; boleh tambah satu tip ringkas supaya lebih menarik.
        Pengguna: Lepas bersalin secara pembedahan, bila boleh mula angkat berat? Pembantu: Biasanya selepas pemeriksaan 6-8 minggu dan kebenaran doktor, bermula dengan beban ringan.
        Pengguna: Garis panduan KKM sebut "Suku Suku Separuh", apa maksudnya? Pembantu: Separuh pinggan sayur dan buah, suku nasi atau bijirin, suku lagi protein seperti ikan, ayam atau kekacang.
    """),
    ("mixed", "assistant_chat"): _lines("""
        User: Bro I want to cut for CNY, now 82kg, body fat around 24%, can lah give me a simple plan? Assistant: Can! Aim for about 1,900 kcal, 150 g protein, 3 lifting days and 8k steps daily.
        用户：我在吉隆坡，平时吃 mamak 比较多，roti canai 一片多少 kcal？ 助手：一片原味 roti canai 大约 300 kcal，加 dhal 另外算。
        User: Eh the hawker chicken rice is how many calories ah? 我减肥中。 Assistant: 一份白切鸡饭大约 600 kcal，去皮、少饭可以降到 450 左右。
        User: Saya nak buat intermittent fasting 16:8 tapi kerja shift malam, macam mana nak adjust eating window? Assistant: Anchor the window to when you wake up, e.g. eat from 2pm to 10pm, and keep it the same on off days.
        使用者：我在新加坡，想報 ActiveSG gym，收費怎麼算？ 助理：ActiveSG gym 一般按次或月票收費，具體價錢以官網為準。
        User: My InBody says SMM 28.4 kg, PBF 31.2%, visceral fat level 11, 这样算 skinny fat 吗？ Assistant: 体脂偏高、肌肉一般，可以说有点 skinny fat，重点是力量训练加足够蛋白质。
        User: Can translate this to BM for my gym poster: "Please wipe down equipment after use" Assistant: "Sila lap peralatan selepas digunakan."
        User: 我的 promo code FITNOV26 在 Fitness First 结账用不了，是不是过期了？ Assistant: 可能是过期或不适用于该配套，建议直接问门店前台。
        User: Weekend want go hiking Bukit Timah, after that still can do leg day or not? Assistant: Can, but keep leg day lighter or move it one day later so your knees recover.
        User: Boleh explain macam mana nak kira TDEE? 我看不懂 Mifflin-St Jeor. Assistant: Kira BMR dulu guna berat, tinggi dan umur, lepas tu darab dengan faktor aktiviti, contohnya 1.55 untuk aktif sederhana.
        用户：我有 gastric，早上空腹做 cardio 会不会胃痛？ Assistant: 有胃病的话建议先吃一点好消化的东西，比如半根香蕉或几块苏打饼干。
        User: 做完 leg day 第二天 DOMS 很严重，can still go run ah? Assistant: Easy jog okay, just skip intervals until the soreness goes down.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls fix grammar: "Hi Coach Daniel, this is Rachel Koh Hui Min. My doctor at the polyclinic said my HbA1c is 7.1 so I need to go easy on the HIIT classes for now, can we swap to strength only?"
        Please tidy this up before I submit: MEMBERSHIP FREEZE REQUEST | Name: MARCUS LEONG WEI HAO | NRIC: S8834712I | Reason: ACL reconstruction on 14 Nov 2026, 3 months rehab | Mobile: 9672 4138 | Member since 2021
        Can you turn this into a nicer weekly update for my coach? "Week 7 - Jonathan Pereira: 96.8 -> 95.1 kg, waist 104 cm, BP 138/88, knee still sore on lunges, missed Friday because of night shift at the port"
        Help me write a message to the dietitian: I'm Sarah Lim Xin Yi, DOB 02/05/1990, my last lipid panel showed LDL 4.6 and I'd like to try the Portfolio diet before starting statins.
        Write delivery instructions for my meal prep: Blk 418 Tampines Street 41 #08-223 Singapore 520418, attn Ng Shu Fen, 9123 8804, NO peanuts (anaphylaxis), low sodium please.
        My card keeps getting declined on the gym app, the Visa is 4556 2281 0374 9161 exp 09/28, can you see if I'm typing it wrong?
        Summarise this for his doctor: Aaron Fernandes | Jan 2026: 112.0 kg, 41% BF | Mar: 106.4 kg | Jun: 99.8 kg, started Mounjaro 5 mg | Sep: 93.2 kg | goal 85 kg before his wedding in March
        Rewrite this politely for the bootcamp WhatsApp group: "Priya a/p Subramaniam won't be at bootcamp for 2 weeks, she's been admitted to Hospital Kuala Lumpur for gallstones"
        Can you estimate my TDEE from this InBody printout? HAZEL TAN SU-ANN | Age 41 | Height 158 cm | Weight 69.3 kg | PBF 36.8% | VFL 9 | tested 22/11/2026
        Please email the 12-week plan to kelvin.ongwj88@gmail.com, I'm Kelvin, 34, 1.75 m, 101 kg, pre-diabetic (fasting glucose 6.4) and I can only train before work.
        Check my claim wording: Claimant Benjamin Yeo Jun Kai, NRIC T0172635D, policy PRU-LF-5520198, diagnosis lumbar disc prolapse L4/5 from deadlifting, 6 physio sessions at SGD 110 each.
        Rank our office weight-loss challenge by kg lost: Farah Nadia binti Hamzah 78.4 -> 74.9, Kumar s/o Rajendran 102.3 -> 97.0, Michelle Ho Pei Wen 65.2 -> 63.8, Ahmad Zaki bin Osman 88.0 -> 85.1
        Is this registration complete? Athlete: CHRISTOPHER ALOYSIUS DE SOUZA | Passport No. A53172846 | Category: Men's Physique Novice | Weigh-in 24 Jan 2027, Kuching | Declared: asthma, uses salbutamol inhaler
    """),
    "zh-Hans": _lines("""
        帮我看看这份体检报告饮食上要怎么调整：姓名：周晓雯 性别：女 身份证号：440106198803124528 体重 71.5kg 空腹血糖 6.8mmol/L 甘油三酯 2.9mmol/L
        帮我改一下发给私教的微信：王教练好，我是陈宇航，上周体检查出中度脂肪肝，医生让我三个月减10斤，周二周四的课能不能加点有氧？我手机 13810247365。
        健身房退卡申请｜会员姓名：李浩然｜身份证：310115199206271636｜联系电话：159 2083 4417｜原因：确诊腰椎间盘突出，医嘱半年内禁止负重训练。帮我把措辞改正式一点。
        把这段减脂打卡整理成周报：【张丽娟】周一 63.2 周三 62.8 周五 62.5，这周生理期有点水肿，甲减的药一直在吃。
        我老公刘建国，45岁，在东莞开物流公司，高血压二级在吃氨氯地平，体重92公斤，帮他做个在家能练的计划，别太累。
        帮我填一下减重门诊预约：患者 黄诗涵，身份证 330106199511032241，既往史：多囊卵巢综合征，BMI 31.2，预约 2026年12月18日上午。
        帮我润色这封邮件：营养师您好，我是赵一鸣，邮箱 zhaoyiming_fit@163.com，最近在做低碳饮食，尿酸升到 520，想预约复诊。
        微信号 xyh_lifting_0512 是我，加我把训练计划发过来，备注一下我有轻度脊柱侧弯，硬拉要注意。
        帮我写个快递备注：寄到上海市浦东新区张杨路1588弄12号602室，收件人吴敏，138 1724 9056，蛋白粉不要放快递柜。
    """),
    "zh-Hant": _lines("""
        幫我把這段話改得客氣一點傳給教練：我是林佩君，上次InBody體脂31%，醫生說我有脂肪肝，這個月想先暫停會籍，身分證 A223817453 要附上嗎？
        會籍轉讓申請：轉讓人 陳志明 HKID Y305816(4) 電話 9432 7716，承讓人 何嘉欣，原因：膝關節手術後無法繼續訓練。請幫我檢查格式。
        減重門診病歷摘要：姓名 張家豪 身分證字號 F139570268 身高 176 體重 108.4 BMI 35.0 合併睡眠呼吸中止症，開始使用 Saxenda 0.6mg。請幫我用白話解釋。
        我阿嬤黃秀英今年78歲，有骨質疏鬆，住台中北屯，想請你幫她排一個在家做的肌力訓練，不要有跳躍。
        幫我改吓呢段 WhatsApp：「Coach Ray 你好，我係譚美欣，上星期驗血膽固醇 6.8，醫生叫我減 8 磅，聽日堂可唔可以改做低衝擊？我電話 6158 2093。」
        LINE ID: peiyu_0923 是我，麻煩把30天減脂菜單傳過來，我乳糖不耐，午餐都在公司附近外食。
        健美比賽報名表幫我核對：選手 蔡雅婷／身分證 B274601839／組別 女子比基尼 B 組／緊急聯絡人 蔡先生 0933-572-186／病史：氣喘
    """),
    "ms": _lines("""
        Tolong buat pelan diet untuk suami saya, Mohd Hafiz bin Yusof, 41 tahun, kencing manis jenis 2, berat 98 kg, kerja pemandu lori di Klang.
        BORANG PENDAFTARAN AHLI GIM | Nama: NUR AISYAH BINTI ABDUL RAHMAN | No. MyKad: 850722-14-6378 | Tel: 012-387 4519 | Masalah kesihatan: asma, PCOS | Tolong semak ejaan borang ni.
        Boleh ringkaskan log ni untuk hantar kat coach? "Siti Khadijah binti Ismail - Minggu 1: 84.5 kg, Minggu 4: 81.2 kg, pinggang 96 cm, lutut kiri sakit lepas lompat tali"
        Saya Rajesh a/l Muniandy, IC 900415-10-5523, nak tuntut kos fisioterapi bahu dari insurans syarikat sebab cedera masa bench press 3 Nov. Tolong tulis surat.
        Tolong betulkan ayat untuk group WhatsApp bootcamp: "Kak Ros (Rosnah binti Daud) tak dapat datang 2 minggu sebab baru operate buang rahim, doakan dia ye."
        Hantar pelan makan 7 hari ke emel saya nurulaini.fit93@yahoo.com.my, saya ada gastrik dan tak makan daging lembu.
        Yuran PT bulan ni dah bayar ke akaun Maybank 1640 2231 8857 atas nama Faizal bin Kamarudin, tolong buat resit ringkas RM 450 untuk 8 sesi.
        Tolong tulis arahan untuk rider hantar meal prep ke No. 23, Jalan Seri Putra 3/7, Bandar Seri Putra, 43000 Kajang, Selangor. Saya Lim Chee Keong, 019-662 0834, alah udang.
        Anak saya Muhammad Irfan bin Zulkifli, 14 tahun, sekolah di SMK Seksyen 9 Shah Alam, BMI 30, doktor kata prediabetes. Nak buat jadual aktiviti lepas sekolah yang dia suka.
    """),
    "mixed": _lines("""
        Can help me write to my dietitian ah: Hi, I'm Tan Mei Ling (S9127403E), 体重 76kg, just diagnosed 糖尿病前期, can I change my appointment to next Tue?
        我的 address is Blk 205 Bishan Street 23 #11-164, Singapore 570205, can you write a note for the meal delivery guy? I'm 黄伟强, 9817 3306, no pork no peanut.
        Eh can check whether this correct, I paid PT Coach Hafiz with my Mastercard 5204 7311 8265 0930 but kena charged twice RM 300 on 2 Dec.
        帮我 translate to English: “我叫 Wong Kah Yee，马来西亚身份证 011203-07-0491，左膝盖半月板撕裂，暂时不能跑步，申请 gym 会籍冻结三个月。”
        FIN G5216843R, Ramesh Kumar, just moved to Singapore for work, want gym plan because 高血压 + knee pain, my number 8245 9031.
        帮我 summarise this PT log: "Client: Jasmine Chia Yu Xuan | 9 Nov: squat 40kg x 8 | 16 Nov: 45kg x 8, complained lower back pain | 23 Nov: physio said 先别做 deadlift"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are FitBuddy, the coaching assistant for PulseBox Gyms. Member profile loaded: Grace Teo Li Ying | Member ID PBX-220417 | Age 36 | Height 161 cm | Start weight 72.0 kg | Conditions: hypothyroidism (levothyroxine 75 mcg daily), mild asthma | Home club: Jurong East | Goal: lose 6 kg before her sister's wedding in March.",
        ),
        ("user", "what should i eat before my 6am class? i usually take my thyroid pill at 5.30"),
        (
            "assistant",
            "Good morning Grace! Since you take levothyroxine at 5:30, keep a 30-60 minute gap before food, so a light snack right after class works better, e.g. a banana and a protein shake. Keep your inhaler with you for the HIIT part.",
        ),
        ("user", "ok noted. also log today 70.6kg"),
    ],
    [
        (
            "user",
            "Can you help me fill in the referral form for the weight management programme at the polyclinic? It asks for personal particulars, medical history and current meds.",
        ),
        (
            "assistant",
            "Sure. Send me your full name as in your NRIC, NRIC number, date of birth, contact number, height and weight, and any conditions or medications, and I'll lay it out in the form's order.",
        ),
        (
            "user",
            "Desmond Goh Boon Keat, S8406157C, 21/06/1984, 9340 5172. 1.70 m, 104 kg. Sleep apnoea (using CPAP), fatty liver, on metformin 500 mg twice a day.",
        ),
        (
            "assistant",
            "Here's the filled section: Name: DESMOND GOH BOON KEAT | NRIC: S8406157C | DOB: 21/06/1984 | Contact: 9340 5172 | Height/Weight: 170 cm / 104 kg (BMI 36.0) | History: obstructive sleep apnoea on CPAP, fatty liver | Medication: metformin 500 mg BD.",
        ),
    ],
    [
        (
            "user",
            "hey, I'm Lisa Fernandez, I work the front desk at a dental clinic in Ipoh so I'm sitting like 9 hours a day",
        ),
        (
            "assistant",
            "Nice to meet you, Lisa! Sitting that long makes short movement breaks really valuable. What's your main goal right now?",
        ),
        (
            "user",
            "lose about 8 kg. Doctor put me on amlodipine last month for high blood pressure, it was 150/95 at the check, so I'm scared to do anything too intense",
        ),
        (
            "assistant",
            "That's a sensible worry. Brisk walking, cycling and light strength work are usually fine with controlled blood pressure; avoid holding your breath while lifting and check with your doctor before anything very hard.",
        ),
        ("user", "ok give me a 4-week walking plan then"),
    ],
    [
        (
            "user",
            "Turn this into a clean contact card for my new PT: 'jess wong / jessica wong pei shan / 9812 7720 / jess.wongps@gmail.com / 28F / slipped disc 2023, no heavy deadlifts / vegetarian'",
        ),
        (
            "assistant",
            "Client card - Name: Jessica Wong Pei Shan (Jess) | Mobile: 9812 7720 | Email: jess.wongps@gmail.com | Age/Sex: 28 F | Injury history: slipped disc (2023), avoid heavy deadlifts | Diet: vegetarian",
        ),
        ("user", "perfect thanks"),
    ],
    [
        ("user", "我爸今年62，血压高、膝盖有骨关节炎，想让他每天锻炼一下，有什么适合的？"),
        (
            "assistant",
            "可以从快走、固定自行车、坐姿抬腿和弹力带练习开始，每次20-30分钟，避免爬楼梯和深蹲跳。开始前最好先问问医生。",
        ),
        (
            "user",
            "好的。医院减重门诊要网上预约，帮我把信息按格式排一下：孙德明，身份证 370102196403173512，手机 139 0531 7782，身高170，体重86公斤，高血压吃了五年缬沙坦。",
        ),
        (
            "assistant",
            "整理如下：姓名：孙德明｜身份证号：370102196403173512｜联系电话：13905317782｜身高/体重：170cm / 86kg（BMI 29.8）｜既往史：高血压（缬沙坦治疗5年）、膝骨关节炎。",
        ),
    ],
    [
        (
            "system",
            "你是「轻盈」App 的减脂助手。当前用户档案：郑雨桐，女，32岁，深圳南山，手机 18620937415，身高 165cm，起始体重 70.2kg，目标 60kg，过敏：花生；备注：产后 8 个月，母乳喂养中。",
        ),
        ("user", "今天中午公司聚餐吃火锅，怎么点比较不胖？"),
        (
            "assistant",
            "雨桐你好！哺乳期不建议过度节食。火锅可以选清汤锅底，多点蔬菜、豆腐和鱼片，蘸料避开花生酱，用蒜泥、香醋和小米辣代替。",
        ),
        ("user", "好的谢谢，今天早上称了 66.8"),
    ],
    [
        ("user", "我想去醫院減重門診，要準備什麼？"),
        (
            "assistant",
            "通常建議帶健保卡、近三個月的抽血報告和用藥清單，也可以先記錄一週的飲食。需要的話我可以幫你整理初診單。",
        ),
        (
            "user",
            "好，幫我填線上初診單：姓名 吳佳蓉，身分證字號 E281053748，電話 0928-461-735，病史：甲狀腺亢進治療後、憂鬱症目前服用 sertraline，體重 83 公斤。",
        ),
        (
            "assistant",
            "初診單整理如下：姓名：吳佳蓉｜身分證字號：E281053748｜聯絡電話：0928-461-735｜目前體重：83 kg｜病史：甲狀腺亢進（已治療）、憂鬱症（sertraline）。",
        ),
    ],
    [
        ("user", "我想取消健身中心合約，但佢哋話要醫生證明，我應該點寫封信？"),
        (
            "assistant",
            "可以寫明合約編號、取消原因，再附上醫生證明。你提供個人資料同合約資料，我幫你起稿。",
        ),
        (
            "user",
            "我叫何家俊，HKID K482719(8)，電話 9276 3308。上個月喺伊利沙伯醫院做咗心臟搭橋手術，醫生叫我半年內唔好做劇烈運動。合約編號 HF-88213。",
        ),
        (
            "assistant",
            "敬啟者：本人何家俊（香港身份證號碼 K482719(8)，聯絡電話 9276 3308）於上月接受心臟搭橋手術，醫生建議半年內避免劇烈運動，故申請終止合約 HF-88213，隨函附上醫生證明。",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar program turun berat badan kat klinik kesihatan, borang tu minta maklumat peribadi. Boleh tolong susun?",
        ),
        (
            "assistant",
            "Boleh. Beri saya nama penuh, no. MyKad, alamat, no. telefon, berat dan tinggi, serta penyakit yang ada.",
        ),
        (
            "user",
            "Nama Norhayati binti Salleh, IC 780930-01-5244, alamat No. 7 Jalan Bakawali 12, Taman Johor Jaya, 81100 Johor Bahru, tel 011-2398 4471, 88 kg, 155 cm, darah tinggi dan kolesterol tinggi.",
        ),
        (
            "assistant",
            "Maklumat borang: Nama: NORHAYATI BINTI SALLEH | MyKad: 780930-01-5244 | Alamat: No. 7 Jalan Bakawali 12, Taman Johor Jaya, 81100 Johor Bahru | Tel: 011-2398 4471 | Berat/Tinggi: 88 kg / 155 cm (BMI 36.6) | Penyakit: hipertensi, hiperkolesterolemia",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya Gim Sihat Bangi. Profil ahli: Ahmad Firdaus bin Roslan, No. ahli GSB-0913, umur 27, tinggi 172 cm, berat 81 kg, sejarah: koyak ligamen ACL kanan 2024 (sudah dibedah), sasaran: 74 kg sebelum hari raya.",
        ),
        ("user", "Hari ni leg day, apa yang selamat untuk lutut saya?"),
        (
            "assistant",
            "Firdaus, memandangkan ACL kanan anda pernah dibedah, fokus pada leg press julat separa, hamstring curl, hip thrust dan step-up rendah. Elakkan lompatan dan pusingan mengejut pada lutut kanan.",
        ),
        ("user", "Ok, catat berat hari ni 79.4 kg"),
    ],
    [
        ("user", "can help me plan my meals for the week? trying to lose weight for my IPPT"),
        (
            "assistant",
            "Sure! How old are you, what's your height and weight, and do you have any medical conditions or foods to avoid?",
        ),
        (
            "user",
            "25, 1.72m, 84kg. got G6PD deficiency so no fava beans 蚕豆. 我是 Nicholas Lee Jun Wei, NS at Clementi camp, weekdays eat cookhouse",
        ),
        (
            "assistant",
            "Got it, Nicholas. With G6PD deficiency we'll skip fava beans completely. Weekdays: pick the cookhouse protein plus vegetables and half the rice; weekends I'll give you simple home meals around 2,000 kcal.",
        ),
        ("user", "ok can whatsapp the plan to 8736 2049?"),
    ],
    [
        (
            "user",
            "Bro the fitness app subscription nak renew tapi my card kena declined, can check the number for typo?",
        ),
        (
            "assistant",
            "I can't check with the bank, but I can check the format. Don't send the CVV.",
        ),
        ("user", "Ok, 4392 2604 1873 5294, exp 11/27, nama on card MUHD SYAZWAN B ZAINAL"),
        (
            "assistant",
            "4392 2604 1873 5294 has 16 digits and passes the Luhn check, so a typo is unlikely. Ask the bank whether online or overseas transactions are enabled for MUHD SYAZWAN B ZAINAL's card.",
        ),
    ],
    [
        (
            "user",
            "I'm the admin of our condo's 12-week weight loss challenge. Can you rank everyone by % lost?",
        ),
        ("assistant", "Sure, paste each person's name with their starting and current weight."),
        (
            "user",
            "Wendy Chan Siew Ling 74.0 to 68.1, Rahul s/o Gopal 96.5 to 90.2, Mdm Lau Ah Moi 61.3 to 59.9, Farhan bin Jamil 88.8 to 80.3, Kenneth Tay 102.0 to 97.4",
        ),
        (
            "assistant",
            "Ranking by % lost: 1. Farhan bin Jamil 9.6% | 2. Wendy Chan Siew Ling 8.0% | 3. Rahul s/o Gopal 6.5% | 4. Kenneth Tay 4.5% | 5. Mdm Lau Ah Moi 2.3%",
        ),
    ],
    [
        ("user", "帮我定一个增肌计划，我 178，62 公斤，太瘦了"),
        (
            "assistant",
            "可以每天热量盈余 300-500 千卡，蛋白质每公斤 1.6-2 克，每周练 4 次全身或上下肢分化。",
        ),
        (
            "user",
            "我叫钱子豪，在武汉读大二，有乙肝小三阳，吃蛋白粉有没有影响？计划发我 QQ 2874619053 就行",
        ),
        (
            "assistant",
            "肝功能正常的话，适量蛋白粉一般没问题，但建议先请肝病科医生看一下最近的肝功能和病毒载量，再决定用量。",
        ),
    ],
    [
        (
            "user",
            "Isteri saya baru bersalin 3 bulan, nak mula diet tapi masih menyusu. Boleh bagi tips?",
        ),
        (
            "assistant",
            "Tahniah! Semasa menyusu, jangan kurangkan kalori terlalu banyak; sasarkan turun 0.5 kg seminggu dan minum air secukupnya.",
        ),
        (
            "user",
            "Nama dia Nur Fatihah binti Hassan, umur 31, kena diabetes masa mengandung (GDM) dan doktor Hospital Serdang suruh pantau gula. Tolong buat pelan makan 7 hari.",
        ),
        (
            "assistant",
            "Baik, pelan untuk Puan Nur Fatihah: karbohidrat kompleks dalam jumlah kecil setiap hidangan, protein di setiap waktu makan, dan snek seperti kacang atau yogurt tanpa gula. Teruskan pemantauan gula seperti yang disuruh doktor.",
        ),
    ],
    [
        (
            "user",
            "I post my progress pics in a private Telegram channel, can you help me write the caption for week 20?",
        ),
        ("assistant", "Sure, what numbers and milestones do you want in it?"),
        (
            "user",
            "Rizal here (telegram @rizal_lifts_kl, Rizal Hakim bin Anuar). Down from 118 to 97 kg since July, stopped my BP meds last week with my doctor's ok",
        ),
        (
            "assistant",
            "Week 20 from @rizal_lifts_kl: 118 to 97 kg (-21 kg) since July, and off blood pressure meds with the doctor's green light. Slow and steady still works!",
        ),
    ],
    [
        ("user", "我在訂減脂便當，幫我寫給店家的備註"),
        ("assistant", "好的，請告訴我收件資訊和飲食限制。"),
        (
            "user",
            "收件人 許志偉，台北市大安區復興南路二段151巷8號4樓，0912-508-663，LINE: zhiwei_hsu77，我有痛風，不要豆類和海鮮。",
        ),
        (
            "assistant",
            "備註：收件人 許志偉｜台北市大安區復興南路二段151巷8號4樓｜0912-508-663（LINE: zhiwei_hsu77）｜痛風飲食：請勿放豆類及海鮮，謝謝！",
        ),
    ],
]
