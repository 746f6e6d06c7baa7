# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat103: chats asking an assistant for help with one's own weight loss, diet and supplements. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat103
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "diet_chat"): _lines("""
        User: I'm 38, 1.62 m and 84 kg with type 2 diabetes on metformin 1000 mg twice a day — is 16:8 intermittent fasting safe for me? Assistant: Many people on metformin alone can try 16:8, but check with your doctor first, start with a 12-hour window and watch for readings below 4 mmol/L.
        User: can i take berberine together with metformin or will my sugar drop too low Assistant: Both lower glucose, so combining them can raise the risk of lows and stomach upset; ask your pharmacist before adding berberine.
        User: Does green tea extract interact with warfarin? Assistant: Green tea contains some vitamin K and high-dose extracts have been linked to liver injury; keep your intake consistent and tell the clinic that monitors your INR.
        User: Make me a 1,500 kcal Asian meal plan for 7 days, no beef, I work night shifts. Assistant: Here is a plan with three meals and one snack shifted to your waking hours. Day 1, first meal (your 6 pm): 2 eggs, wholemeal toast, kopi-o kosong...
        User: My fasting sugar this morning was 6.4 mmol/L, is that pre-diabetes? Assistant: A single fasting reading between 5.6 and 6.9 mmol/L is in the impaired fasting glucose range; a doctor would confirm it with a repeat test or an HbA1c.
        User: How much protein do I need per day if I'm trying to lose fat but keep muscle? I weigh around 70 kg. Assistant: A common target is 1.6–2.2 g per kg of body weight, so roughly 110–150 g a day spread over your meals.
        User: is it normal to feel nauseous in the first week of semaglutide 0.25 mg Assistant: Nausea is the most common side effect when starting; eat smaller meals, stop when full, avoid greasy food, and call your doctor if you cannot keep fluids down.
        User: What's the difference between Ozempic, Wegovy and Rybelsus? Assistant: All three contain semaglutide; Ozempic (injection) and Rybelsus (tablet) are approved for type 2 diabetes, while Wegovy is the higher-dose injection approved for weight management.
        User: I take levothyroxine every morning, when can I have my protein shake? Assistant: Take levothyroxine on an empty stomach with water and wait 30–60 minutes before eating; shakes with added calcium or soy are best kept about four hours apart.
        User: Is it safe to use a potassium-based salt substitute while I'm on lisinopril? Assistant: Salt substitutes are high in potassium and ACE inhibitors such as lisinopril can raise potassium, so ask your doctor to check your blood potassium before switching.
        User: calories in one plate of chicken rice vs economy rice with 1 meat 2 veg? Assistant: A typical plate of chicken rice is about 600 kcal; economy rice with one meat and two vegetables ranges from roughly 500 to 750 kcal depending on the gravy.
        User: I lost 6 kg in 2 months but I've been stuck at 78 kg for 3 weeks, what am I doing wrong? Assistant: Plateaus are normal; recheck portion sizes, add daily steps, prioritise protein and sleep, and recalculate your calorie target at your new weight.
        User: My HbA1c went from 8.2% to 6.9% after cutting rice, can I stop my gliclazide? Assistant: That is a great improvement, but don't stop gliclazide on your own; lower readings can mean the dose needs reducing, which your doctor should decide.
        User: what snacks are ok at 10pm if i have gestational diabetes Assistant: A small bedtime snack with protein and slow carbs, such as wholegrain bread with peanut butter or plain Greek yoghurt, can help keep morning readings steady.
        User: Do fat burner pills with 200 mg caffeine interact with my sertraline? Assistant: Caffeine itself does not strongly interact with sertraline, but many fat burners also contain yohimbine or synephrine, which can raise heart rate and anxiety; show the label to your pharmacist.
    """),
    ("en", "refunds_and_orders"): _lines("""
        Write a polite refund request to a slimming centre with placeholders: Dear [Centre Name], I signed up for the [Package Name] on [Date] and paid [Amount]. Under your 7-day cooling-off clause I would like to cancel. Regards, [Your Name], [Contact Number].
        User: My order #KL-20251104-88172 of KetoLab meal boxes arrived spoiled, tracking no. JNT 630028174455. How do I ask for a refund? Assistant: Photograph the boxes and labels, open a return request within 48 hours, and quote the order and tracking numbers in your message.
        User: Shopee rejected my return for order 251106K7QP3T9M because the detox tea seal was opened, is that allowed? Assistant: Opened consumables are often excluded, but if the product was faulty or not as described you can escalate through the Shopee Guarantee dispute process.
        User: Is the GST on this right? Invoice INV-2025-004817 | 12-Week Slim & Tone Package | 24 sessions x S$120 = S$2,880.00 | GST 9% S$259.20 | Total S$3,139.20 | Paid by Visa
        User: How do I file a claim at the Small Claims Tribunals in Singapore for a slimming package refund? Assistant: File online through the Community Justice and Tribunals System, pay the filing fee and attend the consultation; bring your contract and receipts.
        User: what is CASE's number for slimming package complaints? Assistant: The Consumers Association of Singapore can be reached on 6277 5100 or through the complaint form on its website.
        Refund policy (excerpt): Packages are non-transferable. Unused sessions may be refunded within 30 days of purchase less a 15% admin fee. Refunds go back to the original card within 14 working days. Ref: POL-RF-07 rev. 3.
        User: My statement shows two charges of RM1,999.00 on 03/11 from FITQ*SLIMPLAN KUALA LUMPUR, how do I dispute a duplicate charge? Assistant: Call your card issuer, ask to raise a chargeback for a duplicate transaction, and give the merchant name, date and amounts.
        Ticket #CS-449812 status: refund approved for order 1029384756 (Slimming Coffee x3). Amount RM147.00 will be credited within 5–7 business days. Case closed by agent.
        User: Draft a chargeback letter for a weight-loss programme that never started, leave my details blank. Assistant: Dear [Bank Name] Disputes Team, I dispute a charge of [amount] on [date] from [merchant]; the service was never provided. Card: ending [last 4 digits]. Cardholder: [Full Name].
        User: Lazada tracking LEXPU0138842716 says delivered but I never got my whey protein, what now? Assistant: Ask neighbours and building security, then open a "not received" claim in the app within the protection period, quoting the tracking number.
        Promo terms: "Lose 5 kg in 30 days or your money back" applies to programme code SLIM30-MY only; participants must attend all 8 weigh-ins; claims to refunds@trimwell.example within 14 days of programme end.
        User: Is it legal for a slimming salon to refuse a refund if I signed on my first visit under pressure? Assistant: Singapore's Consumer Protection (Fair Trading) Act treats high-pressure sales tactics as unfair practices; you can ask for cancellation and escalate to CASE.
    """),
    ("en", "public_figures_and_fiction"): _lines("""
        User: Why did Oprah Winfrey's 2015 investment in Weight Watchers move the company's share price so much? Assistant: She bought about 10% of the company and joined the board, and investors expected her endorsement to bring in new members, so the stock more than doubled in a day.
        User: What did Ancel Keys's Seven Countries Study actually claim about saturated fat? Assistant: Keys reported that countries with higher saturated fat intake had higher rates of coronary heart disease, a correlation later criticised for its choice of countries.
        User: Summarise how Frederick Banting and Charles Best isolated insulin in Toronto in 1921. Assistant: Working in J.J.R. Macleod's lab, they tied off dogs' pancreatic ducts, extracted the islet secretion and showed it lowered blood sugar in diabetic dogs.
        User: Was the Atkins diet invented by Dr Robert Atkins, and what did his 1972 book recommend? Assistant: Yes, Dr. Atkins' Diet Revolution promoted a very low-carbohydrate diet with unrestricted protein and fat during the induction phase.
        User: Michael Phelps' famous 12,000 calorie diet during the Beijing Olympics, was that real? Assistant: Phelps later said the figure was exaggerated and that he probably ate closer to 8,000–10,000 kcal on heavy training days.
        User: In Bridget Jones's Diary she logs her weight, cigarettes and units of alcohol every day — can you make me a similar tracker template? Assistant: Sure: Date | Weight (kg) | Calories | Steps | Alcohol units | Mood | Notes.
        User: Did Jenny Craig the company shut down in 2023? Assistant: Jenny Craig closed its US centres and laid off most staff in May 2023; the brand was later sold and relaunched online.
        User: Why did Novo Nordisk's share price fall in December 2024? Assistant: The CagriSema trial showed about 22.7% weight loss, below the 25% the company had signalled, and investors reacted to the gap.
        User: Why did Joel Habener, Svetlana Mojsov and Lotte Bjerre Knudsen receive the 2024 Lasker Award? Assistant: For the discovery and development of GLP-1-based medicines, which led to drugs such as semaglutide.
        User: Explain Dr Jason Fung's argument in The Obesity Code in three sentences. Assistant: Fung argues that insulin, not calories alone, drives fat storage; frequent eating keeps insulin high; and intermittent fasting lowers it.
        User: What are the four phases of the Dukan Diet? Assistant: Attack, Cruise, Consolidation and Stabilisation, starting with pure protein and gradually adding vegetables and other foods.
        User: Garfield eats a whole tray of lasagna — how many calories would that actually be? Assistant: A standard 9x13-inch tray of meat lasagna is around 4,000–5,000 kcal, far beyond what any cat should eat.
    """),
    ("en", "tracker_code"): _lines("""
        def bmi(weight_kg: float, height_m: float) -> float: return round(weight_kg / height_m ** 2, 1)  # Asian cut-offs: overweight >= 23, obese >= 27.5
        User: fix my SQL: CREATE TABLE glucose_log (id SERIAL PRIMARY KEY, user_id INT REFERENCES users(id), reading_mmol NUMERIC(4,1), taken_at TIMESTAMPTZ, context TEXT CHECK (context IN ('fasting','pre_meal','post_meal'))); Assistant: The statement is valid; add an index on (user_id, taken_at) for range queries.
        {"bot": "meal-planner", "version": "2.3.1", "default_kcal": 1600, "locale": "en-SG", "exclude": ["pork", "shellfish"], "user_name": "{{user.name}}", "reminder_cron": "0 7 * * *"}
        User: write a regex to pull readings like "FBS 6.2 mmol/L" out of lab text Assistant: Try FBS[ :=]*([0-9]{1,2}[.][0-9]) *mmol/L and read group 1 as a float.
        mifflin_st_jeor = lambda w, h, a, male: 10 * w + 6.25 * h - 5 * a + (5 if male else -161)  # BMR in kcal/day, w in kg, h in cm
        User: My Apple Health export has HKQuantityTypeIdentifierBodyMass rows, how do I parse them in pandas? Assistant: Iterate the Record elements with that type attribute and read value, unit and startDate into a DataFrame.
        git commit -m "fix: round carb grams to 1 dp in MealPlanCard; bump libre-parser to 0.9.4" -> [main a3f9c21] 2 files changed, 14 insertions(+), 6 deletions(-)
        CSV header for the weight log: date,weight_kg,waist_cm,steps,kcal_in,kcal_out,notes | sample row: 2025-11-03,79.4,94,8412,1620,2310,"rest day"
        User: In my Flutter app the food-diary import fails with HTTP 429 after 50 requests, how do I back off? Assistant: Use exponential backoff with jitter, honour the Retry-After header, and cache barcode lookups locally.
        OPENFOODFACTS_BASE=https://world.openfoodfacts.org/api/v2 | CACHE_TTL=86400 | MAX_DAILY_KCAL=4000 | LOG_LEVEL=info | API_KEY=${SECRET_API_KEY}
    """),
    ("zh-Hans", "饮食用药咨询"): _lines("""
        用户：我空腹血糖6.8，餐后两小时11.2，这算糖尿病吗？ 助手：按诊断标准，空腹≥7.0或餐后2小时≥11.1才达到其中一条，建议复查并加做糖化血红蛋白。
        用户：二甲双胍和左旋肉碱能一起吃吗？ 助手：目前没有明确的相互作用报道，但左旋肉碱减肥的证据很有限，服用前可以先问药师。
        用户：帮我做一份一周1200大卡的减脂食谱，不吃香菜，早餐要快手的。 助手：好的，第一天早餐：全麦面包2片+水煮蛋1个+无糖豆浆250ml……
        用户：淘宝订单号 3948217760512338842 的代餐奶昔一直没发货，商家也不回复，怎么投诉？ 助手：可以申请“未发货仅退款”，超过承诺发货时间可申请平台介入，也可以拨打12315。
        用户：顺丰单号 SF1420367789012 显示已签收，可我没收到减肥茶，怎么办？ 助手：先联系快递员确认投递位置，再在顺丰App里发起投诉或理赔。
        用户：“国食健注G20190345”是什么意思？这个减肥胶囊正规吗？ 助手：这是保健食品注册批准文号的格式，可以在市场监管总局的特殊食品信息查询平台核实。
        用户：听说司美格鲁肽能减肥，没有糖尿病也能打吗？ 助手：用于体重管理需要医生评估并开具处方，不建议自己网购注射。
        用户：吃奥利司他期间要补充维生素吗？ 助手：奥利司他会减少脂溶性维生素吸收，通常建议睡前服用含A、D、E、K的复合维生素，与药物间隔至少2小时。
        用户：减肥训练营退费规则写着“开营7天内全额退款，7天后按剩余天数退80%，3-5个工作日原路返回”，这合理吗？ 助手：规则本身不违法，但如果宣传与实际不符，你仍然可以要求全额退款。
        用户：微信支付交易单号 4200001873202511063378412906 能当退款凭证吗？ 助手：可以，交易单号能证明付款，建议同时保存和商家的聊天记录与收款截图。
        用户：《西游记》里猪八戒那么能吃，按现在的标准他一天得吃多少卡路里？ 助手：这是个有趣的设想，小说没有体重数据，只能按体型粗略估算……
        用户：李时珍《本草纲目》里说荷叶能让人变瘦，有科学依据吗？ 助手：荷叶提取物在动物实验中有一定作用，但高质量的人体研究很少，不能替代控制饮食。
        用户：我在吃华法林，能吃纳豆吗？ 助手：不建议，纳豆富含维生素K2，会明显减弱华法林的抗凝效果。
        用户：生酮饮食期间尿酮试纸显示“++”，正常吗？ 助手：生酮状态下尿酮阳性很常见，但如果伴随恶心、呕吐、呼吸有烂苹果味，尤其是糖尿病患者，要马上就医。
        用户：订单编号 250611093847261530 的减重门诊费用，能开公司抬头的发票报销吗？ 助手：个人医疗费用一般不能作为公司费用报销，具体要看你单位的福利制度。
    """),
    ("zh-Hant", "減重諮詢"): _lines("""
        用戶：纖體公司嘅「冷靜期」喺香港有冇法例保障？ 助手：香港暫時未有全面嘅法定冷靜期，要睇返合約條款，亦可以向消費者委員會求助，熱線 2929 2222。
        用戶：台灣的減重門診健保有給付嗎？ 助手：單純肥胖的減重藥物多數需要自費，若合併糖尿病等疾病，部分藥物可依健保規定給付，請與醫師討論。
        用戶：「衛部藥輸字第027456號」是什麼意思？ 助手：這是衛福部核發的輸入藥品許可證字號，可以到食藥署的許可證查詢系統核對。
        用戶：幫我設計一個茶餐廳都食得到嘅減肥餐單，一日1500卡。 助手：早餐：火腿通粉走牛油、少通粉、加煎蛋改蒸蛋；午餐：白切雞飯少飯走汁……
        用戶：血糖機顯示 HI 是什麼意思？ 助手：代表血糖超出儀器可測上限（通常是 600 mg/dL 或 33.3 mmol/L），請立即再測一次並就醫。
        用戶：《紅樓夢》入面林黛玉咁瘦，用現代標準BMI大概幾多？ 助手：小說冇寫身高體重，只能講佢屬於偏瘦體型，難以準確估算。
        用戶：遇到減肥產品消費糾紛可以打1950，這是哪個單位的？ 助手：1950 是行政院消費者保護會的全國消費者服務專線，會轉接到各縣市消保官。
        用戶：訂單編號 TW2511080042917，我買的膠原蛋白粉少寄一罐，客服要我提供什麼？ 助手：提供訂單編號、開箱照片或影片，以及包裝上的批號即可。
        用戶：長期食 Metformin 會唔會影響維他命B12？ 助手：會，長期服用二甲雙胍可能降低B12吸收，可以請醫生定期驗血。
        公告：本中心所有纖體療程合約均設7日冷靜期，冷靜期內取消可獲全數退款（扣除已使用療程），查詢請致電 2811 3388 或電郵 enquiry@slimlab.example.hk。
        用戶：糖尿病人可以食月餅嗎？一個雙黃白蓮蓉大概幾多卡？ 助手：一個傳統雙黃白蓮蓉月餅約有800卡以上，建議切成四份、同家人分享。
        用戶：陳時中當衛福部長的時候，國健署有推過什麼減重政策？ 助手：可以查閱國民健康署在其任內（2017–2022年）的年報，裡面有健康體重管理相關計畫。
        用戶：保健食品包裝上的「小綠人」標章是什麼意思？ 助手：那是衛福部的健康食品標章，代表產品經審查認可具有特定的保健功效。
    """),
    ("ms", "soalan_diet"): _lines("""
        Pengguna: Boleh tak pesakit kencing manis ambil metformin masa puasa Ramadan? Pembantu: Ramai pesakit boleh teruskan, tetapi waktu dos biasanya dialih ke sahur dan berbuka; jumpa doktor sebelum Ramadan.
        Pengguna: Buatkan pelan makan 1,400 kalori untuk seminggu, masakan Melayu, tak pedas sangat. Pembantu: Hari 1 — Sarapan: 1 keping roti canai kosong tanpa kuah, teh O kurang manis...
        Pengguna: Apa maksud nombor MAL19986543TC pada kotak kopi kurus ni? Pembantu: Itu nombor pendaftaran produk NPRA; semak di laman QUEST3+ untuk pastikan ia sah.
        Pengguna: Pil kurus yang dijual online tanpa nombor MAL, bahaya tak? Pembantu: Produk tanpa pendaftaran mungkin mengandungi sibutramine atau bahan terlarang lain; KKM pernah keluarkan amaran tentang produk sebegini.
        Pengguna: Macam mana nak buat tuntutan di Tribunal Tuntutan Pengguna untuk pakej pelangsingan? Pembantu: Isi Borang 1 dalam talian di laman KPDN, bayar fi RM5, dan lampirkan resit serta perjanjian.
        Pengguna: Hotline KPDN untuk aduan pengguna nombor berapa? Pembantu: Anda boleh hubungi 1-800-886-800 atau guna aplikasi Ez ADU KPDN.
        Pengguna: Nombor pesanan Shopee 251104QW8RT2KM, teh detoks sampai dalam keadaan bocor, boleh minta pulangan? Pembantu: Boleh, mohon "Pulangan/Bayaran Balik" dalam aplikasi dalam tempoh jaminan dan lampirkan gambar.
        Pengguna: Bacaan gula saya lepas makan nasi lemak 10.8 mmol/L, tinggi sangat ke? Pembantu: Bacaan 2 jam selepas makan melebihi 7.8 mmol/L dianggap tinggi; cuba kurangkan nasi dan sambal manis.
        Pengguna: Dalam Upin & Ipin, Opah selalu masak bubur lambuk — berapa kalori semangkuk? Pembantu: Semangkuk bubur lambuk saiz sederhana kira-kira 250–350 kalori bergantung pada santan dan daging.
        Pengguna: Tun Dr Mahathir selalu kata rahsia sihatnya ialah makan sedikit — ada kajian tentang makan sikit dan umur panjang? Pembantu: Kajian sekatan kalori pada haiwan menunjukkan kesan positif, tetapi bukti pada manusia masih terhad.
        Notis: Klinik Kesihatan Seksyen 7 Shah Alam — Kelas Pengurusan Berat Badan setiap Selasa 9.00 pagi, daftar di kaunter 3. Sila bawa buku rekod kesihatan.
        Pengguna: Saya makan ubat darah tinggi amlodipine, boleh minum jus limau gedang untuk kurus? Pembantu: Limau gedang boleh meningkatkan paras amlodipine dalam darah; elakkan atau tanya ahli farmasi dulu.
        Pengguna: Tracking Pos Laju EP418273605MY tak bergerak 5 hari, suplemen saya tersangkut ke? Pembantu: Semak status di laman Pos Malaysia; kalau lebih 7 hari, buat aduan dengan nombor tracking itu.
        Pengguna: Puasa sunat Isnin Khamis boleh bantu turun berat badan tak? Pembantu: Boleh membantu jika jumlah kalori seminggu berkurang, tetapi pastikan sahur seimbang dan minum air secukupnya.
    """),
    ("mixed", "campur_chat"): _lines("""
        User: eh can help me plan 1500kcal meal plan, I eat nasi lemak almost every morning leh. Assistant: Can! Try half-portion nasi lemak with egg and ikan bilis, skip the fried chicken, and keep lunch lighter like yong tau foo soup.
        User: 我有 pre-diabetes，doctor 叫我 cut carbs，可是我每天都要吃 mee goreng，怎么办？ Assistant: 可以先把面减半、多加菜和鸡蛋，或者换成 kuey teow soup。
        User: boleh ke makan keto kalau ada gout? my uric acid tinggi. Assistant: Keto can raise uric acid in the first weeks, so people with gout should check with their doctor first and drink plenty of water.
        User: Ozempic 在 Malaysia 要 prescription 吗？可以直接在 pharmacy 买吗？ Assistant: 需要医生处方，药房只能凭处方配药。
        User: how much refund if I only used 3 out of 10 sessions of the slimming package ah, contract says "non-refundable" wor. Assistant: A "non-refundable" clause may not hold if you were misled at the sale; ask CASE for advice before you give up.
        User: 呢個 diet app 嘅 premium 月費 HK$98，我 cancel 咗但係 Apple 仍然 charge 我，點算？ Assistant: 可以喺 reportaproblem.apple.com 申請退款，揀「我無意訂閱」。
        User: kak, nak tanya, teh hijau 'slim express' ni ada sibutramine tak? batch no. 2504178. Assistant: Tak boleh pastikan tanpa ujian makmal; semak senarai amaran produk di laman NPRA.
        User: sugar 9.5 after makan char kway teow, is that bad? 我是 type 2 的. Assistant: Above 7.8 two hours after eating is high; a smaller portion and extra greens can help.
        User: HSA got list of banned slimming products anot? Assistant: Yes, the Health Sciences Authority publishes alerts on its website about products found with undeclared potent ingredients.
        User: 减肥 group 的 admin 说 "Week 3 weigh-in 请大家 submit before Sunday 10pm"，要准备什么？ Assistant: 通常是早上空腹、同一台秤、穿一样的衣服称重，然后截图上传。
        User: Kopi-O kosong vs kopi C siew dai calories different how much? Assistant: Kopi-O kosong is under 10 kcal; kopi C siew dai with evaporated milk and less sugar is about 60–80 kcal.
        User: 我在 Watsons 买了 fat burner，receipt no. 0182-2511-000437，还没开封，可以 return 吗？ Assistant: 很多门店接受未开封商品在14天内凭收据退换，建议带收据回原店。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you explain these results in simple words? HEALTHWAY MEDICAL | Patient: TAN WEI LING | NRIC: S8734126G | DOB: 14/03/1987 | HbA1c 7.2 % (H) | Fasting glucose 8.1 mmol/L (H) | LDL-C 3.9 mmol/L | Remarks: start metformin 500 mg OM, review 3/12
        Fix my grammar pls: "Dear SlimWorks, I am Jonathan Lim Kah Seng and I paid $2,880 for the 24-session Body Contour package on 3 Oct but only attended 2 sessions. I would like a refund for the unused sessions. You can reach me at 9126 4478."
        my mother Mdm Koh Geok Hua is 74 and on warfarin 3 mg, she wants to start turmeric capsules and fish oil for her knees and her weight — is that safe?
        Make me a 4-week low-GI meal plan and format it so I can email it to myself at priya.nair.k88@gmail.com — I'm 34, 78 kg, PCOS, vegetarian, allergic to peanuts.
        What is this medicine for and can I take it with my green tea pills? Label: GUARDIAN PHARMACY TAMPINES | DANIEL OOI CHEE KEONG | Orlistat 120 mg 1 cap three times a day with meals | Qty 84 | 12/11/2025
        Help me fill the claim form: Claimant Sarah Elizabeth Fernandez, NRIC T0258713G, policy no. PRU-LF-20418835, laparoscopic sleeve gastrectomy at Mount Elizabeth Novena on 22 Aug 2025, total bill S$31,420.50, surgeon fee S$12,800.
        They charged my Mastercard 5412 7530 0917 2649 twice for the same FitQueen 12-week slim plan, RM1,999 each time — how do I dispute it with the bank?
        My son Aaron Teo Zhi Hao is 11, in Primary 5 at Rosyth School and weighs 58 kg; the school health screening put him in the overweight programme. What should I pack in his lunchbox?
        Can you spot a pattern? Libre export for Marcus Yeo Jun Hao: 06:40 5.8 | 08:15 11.4 (kaya toast + teh) | 12:30 7.2 | 15:00 6.1 | 19:45 12.9 (briyani) | 23:10 8.0
        Please update my keto meal delivery: new address Blk 415 Bedok North Ave 2 #08-127 Singapore 460415, name Kelvin Ang Boon Huat, mobile 8732 1906, leave at the door after 7pm.
        A seller on Telegram, @slimqueen_vivian, sold me fake Ozempic pens for $450 and then blocked me; her number was +65 9083 5512. How do I report her to HSA and the police?
        Write a short daily reminder card for my dad Bernard Pereira (79): insulin glargine 18 units at 10 pm, check sugar before breakfast, no kueh after dinner, walk 20 minutes.
        InBody printout — ID: 0187 | Name: Lau Siew Peng | Age 46 | Height 158 cm | Weight 71.3 kg | PBF 39.8 % | Visceral fat level 12 | 02.11.2025 — what does visceral fat 12 mean for me?
        Is this dose normal? Patient: GRACE LEE HUI YING | FIN: M4125903L | Duromine 30 mg 1 cap every morning x 30 days | Dr's note: BMI 33.4, review BP in 4 weeks
    """),
    "zh-Hans": _lines("""
        帮我看下体检报告要不要吃药：姓名 张晓雯 性别 女 身份证号 440106198603140523 空腹血糖 7.4 mmol/L 糖化血红蛋白 6.9% 甘油三酯 2.8 mmol/L 体重指数 29.6
        帮我写个投诉：我在网上买的“纤体酵素”吃了一直拉肚子，商家拒绝退款。收货人刘建国，电话 138 2716 4093，地址上海市浦东新区张杨路1588弄7号602室，订单金额 398 元。
        我老公王志强有二型糖尿病，在吃二甲双胍和格列美脲，最近他早餐换成了代餐奶昔，会不会低血糖？
        减肥群里有个人（微信号 lily_shou0821）卖司美格鲁肽，说不用处方、一支 680，靠谱吗？我已经转了定金给她。
        帮我把这段改得正式一点：本人陈思远，身份证号310115199211070281，于2025年10月在“轻盈之道”美容院办理减脂疗程卡12800元，现申请退还剩余9次费用，联系电话159-0213-7746。
        处方笺 | 患者：黄丽娟 女 52岁 | 诊断：2型糖尿病；肥胖症 | Rx：司美格鲁肽注射液 0.25mg 皮下注射 每周一次 ×4周 | 请问之后剂量会加到多少？
        客户档案（营养师用）：孙悦，女，29岁，BMI 31.2，甲减服用优甲乐 50μg，目标3个月减重8kg，QQ 2738194056，每周三晚8点线上打卡。
        给我妈李秀英（68岁，住南京鼓楼区）设计一个低盐低嘌呤的一周食谱，她有高血压和痛风，不吃羊肉。
        商家说退款要打到银行卡，我该怎么回？户名：何俊杰，开户行：招商银行杭州西湖支行，卡号 6225 8813 0746 9253，退款金额 1,260 元。
        【减脂营打卡】@周小雨 第21天 体重 63.2kg（-0.8），腰围 74cm，晚餐水煮鸡胸+西兰花，生理期有点浮肿，明天继续！
    """),
    "zh-Hant": _lines("""
        幫我改下投訴信：本人陳嘉欣（香港身份證號碼 K482913(1)），於2025年9月喺銅鑼灣「纖形美學」簽咗 HK$46,800 療程，職員話唔可以退款。聯絡電話：6218 7735。
        這是我的健檢報告：姓名 林怡君｜身分證字號 A238190549｜腰圍 92 公分｜空腹血糖 118 mg/dL｜醫師建議轉介減重門診，請問這樣要自費嗎？
        我是黃柏翰，上個月在診所開始打 Saxenda 每天 1.8mg，體重從 96 掉到 89 公斤，但一直便秘，可以吃什麼？
        我阿媽梁玉珍有慢性腎病，食緊 Metformin 同降血壓藥，佢朋友介紹咗隻減肥茶，佢飲得唔得㗎？
        那個代購的 LINE ID 是 amber_0312tw，手機 0928-561-307，賣我說是日本原裝的酵素結果是假貨，要怎麼檢舉她？
        幫我睇下張送餐單啱唔啱：收件人 吳子健｜地址 九龍灣德福花園 P 座 12 樓 F 室｜電話 9476 2180｜餐單：低碳水 21 餐（第二週）
        我係何曉彤，喺澳門鏡湖醫院睇緊營養科，醫生話我要減 10 公斤，電話 6651 0384，可唔可以幫我整一個月嘅餐單？
    """),
    "ms": _lines("""
        Tolong semak borang Tribunal ni: Nama: NURUL AINA BINTI KAMARUDIN | No. KP: 880412-10-5524 | Alamat: No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam | Tuntutan: RM2,450 bayaran balik pakej kurus "Slim Glow 8 Minggu"
        Mak saya Rosnah binti Ibrahim, 63 tahun, kencing manis dan cucuk insulin pagi malam — boleh ke dia puasa sunat Isnin Khamis?
        Ni keputusan ujian darah suami saya, Mohd Faizal bin Abdul Rahman: gula puasa 9.2, HbA1c 8.1%, kolesterol 6.4. Doktor suruh kurangkan nasi, apa menu sarapan yang sesuai?
        Kawan saya Rajeswari a/p Muniandy, 50 tahun, ambil metformin dan gliclazide, dia nak cuba teh hijau pelangsing dari Shopee — selamat ke?
        Tolong tulis mesej minta refund: Saya Hafiz Iskandar, dah bayar RM680 untuk jus detoks tapi penjual senyap. No. tel saya 012-738 4419, akaun Maybank 1640 2283 7719.
        Kad Visa saya 4539 7812 0364 8156 kena caj RM299 setiap bulan untuk langganan app diet yang saya dah batalkan sejak Ogos. Macam mana nak hentikan?
        Kak Ida (Farida binti Yusof) dari grup Telegram "Kurus Bersama" jual pil kurus tanpa label, adik saya makan terus berdebar-debar dan masuk wad. Nak buat laporan, apa yang perlu disediakan?
        Borang pendaftaran Program Kurus Sihat: NAMA: JUSTIN ANAK JAMIT | NO. KP: 910823-13-5671 | BERAT: 104 kg | TINGGI: 172 cm | PENYAKIT: darah tinggi, sleep apnea | NO. TEL: 019-552 8063
    """),
    "mixed": _lines("""
        eh can help me write whatsapp to the slimming centre? say i Michelle Goh Hui Min already paid $500 deposit for the lipo laser, now want cancel, my hp 9671 2054
        bro my name Arvind s/o Krishnan, 112kg, Sunway doctor say pre-diabetic already, can make me meal plan mamak-friendly or not?
        我的 Dexcom data sync 不到 app，account 是 weiting.chua@outlook.com，名字 Chua Wei Ting，今天 reading 一直显示 ???，帮我看看是不是 sensor 的问题
        Boss, my wife Aishah binti Zainal just did gastric balloon at KPJ Damansara, doctor say liquid diet 2 weeks, can suggest menu ah?
        我妈妈 Lim Ah Kiew 明天要去 Hospital Pulau Pinang 验血，puasa 从几点开始？她 IC 是 560918-07-5128，要带什么？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are NutriMate, the nutrition assistant of Vitalis Weight Clinic. Current patient profile: Goh Mei Ling, F, 41, T2DM on metformin 850 mg BD and empagliflozin 10 mg OM, allergy: shellfish, target weight 65 kg. Do not recommend ketogenic diets.",
        ),
        ("user", "what can I eat for breakfast that won't spike my sugar?"),
        (
            "assistant",
            "Hi Mei Ling! Since you're on metformin and empagliflozin, a steady breakfast works best: 2 slices of wholegrain bread with an egg, or rolled oats with unsweetened soy milk and a few nuts. Avoid sweet kaya and condensed milk.",
        ),
        ("user", "ok and can I still have kopi in the morning?"),
    ],
    [
        ("user", "help me write a refund letter to Body Sculpt Studio"),
        (
            "assistant",
            "Sure. Could you tell me the name on the contract, the package, when you paid and how much?",
        ),
        (
            "user",
            "Ong Jia Hui, package Sculpt 20, paid S$3,600 on 14 July by PayNow, only went 3 times because of my back injury, member no BSS-11842",
        ),
        (
            "assistant",
            "Dear Body Sculpt Studio, I, Ong Jia Hui (member no. BSS-11842), paid S$3,600 on 14 July for the Sculpt 20 package. Due to a back injury I have attended only 3 of 20 sessions and request a pro-rated refund of the remaining 17 sessions.",
        ),
    ],
    [
        ("user", "我想给减肥药厂家写封投诉信，吃了他们的胶囊心慌失眠"),
        ("assistant", "可以，请告诉我购买渠道、批号、你的症状，还有联系方式。"),
        (
            "user",
            "京东买的，批号 20250611，吃了5天开始心悸，去医院查心率120。我叫赵静怡，电话 186 5532 0917",
        ),
        (
            "assistant",
            "好的，投诉信如下：本人赵静怡于京东购买贵司减肥胶囊（批号20250611），服用5天后出现心悸、失眠，经医院检查心率达120次/分，现要求退款并说明产品成分。联系电话：186 5532 0917。",
        ),
    ],
    [
        ("user", "Saya nak mohon bayaran balik pakej kurus di pusat kecantikan, boleh tolong?"),
        (
            "assistant",
            "Boleh. Saya perlukan nama penuh, nombor kad pengenalan, nama pusat, tarikh bayaran dan jumlah.",
        ),
        (
            "user",
            "Siti Hajar binti Osman, IC 950127-14-3380, Pusat Langsing Ayu Cheras, bayar RM3,200 pada 2 Sept 2025, baru pergi 2 kali sebab alahan kulit.",
        ),
        (
            "assistant",
            "Terima kasih. Draf surat: Saya, Siti Hajar binti Osman (No. KP 950127-14-3380), memohon bayaran balik baki pakej yang dibayar RM3,200 pada 2 September 2025 kerana mengalami alahan kulit selepas 2 sesi.",
        ),
    ],
    [
        ("user", "我想申請減重手術，健保要什麼條件？"),
        (
            "assistant",
            "一般需要 BMI≥37.5，或 BMI≥32.5 且合併糖尿病、高血壓等共病，並經半年以上飲食運動控制無效，實際仍以醫院評估為準。",
        ),
        (
            "user",
            "我 BMI 38.1，有高血壓，幫我整理成給醫院的表：蔡宗翰、F127304861、1979/05/22 生、電話 0912 447 863",
        ),
        (
            "assistant",
            "整理如下：姓名：蔡宗翰｜身分證字號：F127304861｜出生日期：1979/05/22｜電話：0912 447 863｜BMI：38.1｜共病：高血壓｜申請項目：減重手術評估。",
        ),
    ],
    [
        ("user", "我喺旺角纖體中心簽咗個 HK$28,000 嘅 package，做咗兩次覺得冇效，想攞返錢"),
        ("assistant", "可以先書面要求退款，再向消委會投訴。你想我用咩名同聯絡方法寫？"),
        ("user", "用我個名：鄭詠詩，身份證 P926047(5)，電話 5193 4628，合約編號 MK-2025-0917"),
        (
            "assistant",
            "致貴中心：本人鄭詠詩（香港身份證 P926047(5)），合約編號 MK-2025-0917，已付 HK$28,000，僅使用兩次療程，現要求退還餘額。聯絡電話：5193 4628。",
        ),
    ],
    [
        (
            "user",
            "my dad is starting Mounjaro next week, he's also on warfarin and atorvastatin. any interactions?",
        ),
        (
            "assistant",
            "Tirzepatide slows stomach emptying, which can change how other oral drugs are absorbed, so his INR may need closer checks in the first weeks. Who manages his warfarin?",
        ),
        (
            "user",
            "his name is Harold Tan Eng Chye, 66, sees the NUH anticoagulation clinic every month. can you write a note listing his meds for me to bring?",
        ),
        (
            "assistant",
            "Medication note for Harold Tan Eng Chye (66): warfarin (dose per INR clinic), atorvastatin 20 mg nightly, tirzepatide 2.5 mg weekly starting next week. Request: please review INR more often for the first month.",
        ),
    ],
    [
        ("user", "I was just diagnosed, can you read my glucose numbers?"),
        ("assistant", "Of course, paste them with the times and what you ate."),
        (
            "user",
            "Fasting 7.9, 2h after breakfast 12.3, before dinner 6.8. I'm Nadia Rahman, 29, 32 weeks pregnant, diagnosed with GDM at KK Women's and Children's Hospital last Tuesday",
        ),
        (
            "assistant",
            "Thanks Nadia. For gestational diabetes the usual targets are below 5.3 fasting and below 6.7 two hours after meals, so your fasting and breakfast readings are high; share them with your KKH team before your next visit.",
        ),
    ],
    [
        (
            "user",
            "can help me compare the 3 meal prep plans from FitKitchen? which one lowest carb",
        ),
        (
            "assistant",
            "Plan B has the lowest carbs at about 35 g per meal; Plan A is balanced at 55 g and Plan C is high-protein at 45 g.",
        ),
        (
            "user",
            "ok take Plan B, write the order msg for me: name Jasmine Koh, deliver to 28 Jalan Bunga Rampai, Singapore 538419, call 8245 3370 when reach, pay by card 4003 4461 2095 3876",
        ),
        (
            "assistant",
            "Hi FitKitchen, I'd like to order Plan B (low carb, 4 weeks). Name: Jasmine Koh | Address: 28 Jalan Bunga Rampai, Singapore 538419 | Call 8245 3370 on arrival | Payment: card 4003 4461 2095 3876.",
        ),
    ],
    [
        ("user", "代餐店答应退款了，让我提供信息，帮我组织一下"),
        ("assistant", "一般需要收款人姓名、开户行、卡号、退款金额和订单号。"),
        (
            "user",
            "徐梦琪，工商银行成都武侯支行，6222 0216 0308 4571 298，退 2,340 元，订单号 DC20251018-0573",
        ),
        (
            "assistant",
            "您好，退款信息如下：收款人：徐梦琪｜开户行：工商银行成都武侯支行｜卡号：6222 0216 0308 4571 298｜金额：2,340 元｜订单号：DC20251018-0573。请核对后安排退款，谢谢。",
        ),
    ],
    [
        (
            "user",
            "my sister Chloe Ng is 19 and for two months she's been eating about 600 kcal a day and taking laxatives after dinner. she says it's just a diet",
        ),
        (
            "assistant",
            "I'm glad you're looking out for her. Very low intake combined with laxative use can be a sign of an eating disorder and can upset her heart rhythm. Is she in school or working?",
        ),
        (
            "user",
            "year 1 at NUS, she fainted once during a lecture last week. how do I bring it up without her getting angry?",
        ),
    ],
    [
        ("user", "Saya beli pil kurus dari Telegram, lepas makan jantung berdebar-debar."),
        (
            "assistant",
            "Sila berhenti ambil pil itu dan dapatkan rawatan jika berdebar berterusan. Ada maklumat penjual untuk laporan?",
        ),
        (
            "user",
            "Penjual guna nama Telegram @kurusviral_zana, no WhatsApp 011-2637 5408, nama akaun bank Zanariah binti Musa",
        ),
        (
            "assistant",
            "Baik. Simpan tangkapan skrin, buat laporan polis dan aduan kepada NPRA dengan menyatakan akaun @kurusviral_zana, nombor 011-2637 5408 dan nama akaun Zanariah binti Musa.",
        ),
    ],
    [
        ("system", "你是减脂训练营的助教机器人，负责统计学员每日打卡。"),
        (
            "user",
            "帮我汇总今天的打卡：@林晓彤 61.5kg 完成；@郑浩 88.2kg 未完成（说胃痛请假）；@许佳佳 57.0kg 完成",
        ),
        (
            "assistant",
            "今日打卡汇总：林晓彤 61.5kg ✅；郑浩 88.2kg ❌（胃痛请假）；许佳佳 57.0kg ✅。完成率 2/3。",
        ),
    ],
    [
        (
            "user",
            "my company insurance rejected my claim for the obesity clinic, says weight management is excluded. can I appeal?",
        ),
        (
            "assistant",
            "You can appeal if the visit was to treat a covered condition rather than purely for weight loss. What was the diagnosis on the referral?",
        ),
        (
            "user",
            "It was for sleep apnea and fatty liver, my GP referred me. Write the appeal: Ramesh Kumar s/o Subramaniam, FIN G5193027X, claim ref CLM-7742019, Raffles Hospital, 18 Sept 2025",
        ),
        (
            "assistant",
            "Dear Claims Team, I, Ramesh Kumar s/o Subramaniam (FIN G5193027X), appeal the rejection of claim CLM-7742019 for my visit to Raffles Hospital on 18 Sept 2025. The consultation was on GP referral for obstructive sleep apnea and fatty liver.",
        ),
    ],
    [
        ("user", "我想去泰国做胃袖状切除，帮我写封英文邮件问曼谷的医院报价"),
        (
            "assistant",
            "好的，需要你的基本信息：姓名拼音、年龄、身高体重、护照号、计划日期和既往病史。",
        ),
        ("user", "Qian Yuxuan，34岁，165cm 102kg，护照 EJ4218073，想12月中旬去，有多囊卵巢综合征"),
        (
            "assistant",
            "Dear International Patient Services, my name is Qian Yuxuan (passport EJ4218073), 34 years old, 165 cm and 102 kg, with PCOS. I would like a quotation for laparoscopic sleeve gastrectomy in mid-December.",
        ),
    ],
    [
        ("user", "can you help me 回覆呢個 slimming 客服？佢哋要我 add WeChat 先處理 refund"),
        ("assistant", "可以，將你嘅資料同想講嘅嘢貼俾我。"),
        (
            "user",
            "我微信係 kaying_lau0412，名字劉嘉盈，order 係 SP-HK-30917，收咗我 HK$3,980，話好快有效但食咗一個月冇變",
        ),
        (
            "assistant",
            "回覆：你好，我係劉嘉盈（微信：kaying_lau0412），訂單 SP-HK-30917 已付 HK$3,980，產品與宣傳不符，請於七日內安排全數退款。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu farmasi Klinik Mediviron. Rekod pesakit: TAN AH HOCK, KP 790305-01-6237, diabetes jenis 2, ubat semasa: metformin 1 g BD, sitagliptin 100 mg OD.",
        ),
        ("user", "Boleh saya ambil kapsul garcinia cambogia untuk kurus?"),
        (
            "assistant",
            "Encik Tan, garcinia cambogia tidak disyorkan bersama metformin dan sitagliptin kerana boleh menjejaskan hati dan paras gula. Bincang dengan doktor tentang pilihan lain.",
        ),
    ],
]
