# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat90: chats asking an assistant about one's own pharmacy, prescription and medicine questions. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat90
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_medicine_question"): _lines("""
        User: Can I take ibuprofen with my blood pressure tablets? Assistant: Regular NSAIDs such as ibuprofen can push blood pressure up and blunt some antihypertensives, so ask your pharmacist before using it for more than a day or two; paracetamol is usually the safer choice for occasional pain.
        User: my prescription says "1 tab bd pc" what does that mean Assistant: "bd" is twice a day and "pc" is after meals, so one tablet two times a day, taken after food.
        User: How long is the amoxicillin syrup good for after the pharmacist mixes it? Assistant: Most reconstituted amoxicillin suspensions are kept in the fridge and thrown away after 7 to 14 days; the exact discard date should be written on the pharmacy label.
        User: is a dry tickly cough normal after starting lisinopril? Assistant: Yes, a persistent dry cough is a known side effect of ACE inhibitors. Don't stop it on your own, but tell your doctor, who can switch you to an ARB such as losartan if it bothers you.
        User: What's actually different between a generic and the brand-name version of my statin? Assistant: The active ingredient, strength and how it is absorbed must match; fillers, colour, shape and price can differ, which is why the tablet may look different after a switch.
        User: I took my progestogen-only pill 5 hours late, what now? Assistant: For most POPs a dose more than 3 hours late counts as missed: take it as soon as you remember, carry on as usual and use condoms for the next 2 days. Check the leaflet, as desogestrel pills allow 12 hours.
        User: Who discovered penicillin and how did it become a real medicine? Assistant: Alexander Fleming noticed the mould killing bacteria in 1928; Howard Florey and Ernst Chain purified it at Oxford around 1940, and US companies scaled up production during the Second World War.
        User: Why was thalidomide never sold in the US? Assistant: FDA reviewer Frances Oldham Kelsey refused to approve it in 1960 because the safety data were thin, and the wave of birth defects in Europe later proved her right.
        User: my grandma takes 9 different pills a day and keeps mixing them up, any tips? Assistant: A weekly pill organiser, an up-to-date medicine list in her purse, phone alarms and asking the pharmacy about blister packing or a medication review all help.
        User: Can I keep my insulin pens in hand luggage on a long-haul flight? Assistant: Yes, keep insulin in the cabin, never in the hold where it can freeze; bring a doctor's letter and spare supplies, and use a cooling wallet for long trips.
        User: Label says "store below 25°C, protect from light". My room has no aircon, is that a problem? Assistant: Keep it in the coolest dark place indoors, away from the window and kitchen; don't refrigerate it unless the label says so, and ask the pharmacist if the room is often above 30°C.
        User: what does PRN mean on my inhaler label Assistant: PRN is Latin "pro re nata", meaning as needed, so you use it when you have symptoms rather than on a fixed schedule.
        User: Is it okay to cut my 10 mg tablets in half? Assistant: Only if the tablet is scored and is not modified-release or enteric-coated; "SR", "XL", "CR" or "EC" on the name usually means do not split. Your pharmacist can confirm.
        User: Can I drink grapefruit juice with atorvastatin? Assistant: Small amounts are usually fine with atorvastatin, but large daily quantities can raise its blood level; with simvastatin it is best avoided altogether.
        User: What happens if I take paracetamol that expired last month? Assistant: It is unlikely to be harmful, just possibly a little less effective; for antibiotics, insulin or liquid medicines don't use anything past expiry.
        User: Why does my pharmacist keep asking for my date of birth when I collect? Assistant: It is a standard check to make sure the right medicine goes to the right patient; pharmacies confirm two identifiers, usually name and date of birth or address.
        User: Does metformin really cause a metallic taste? Assistant: Yes, it's a fairly common early side effect and usually fades within a few weeks; taking it with meals helps the stomach upset that often comes with it.
        User: Which countries are strict about codeine in luggage? Assistant: The UAE, Japan, Indonesia and Singapore are among the strictest; some need a permit in advance, so check each country's health ministry or embassy page before you fly.
    """),
    ("en", "bare_request"): _lines("""
        Write a polite message to my pharmacist asking for an early refill because I'll be away three weeks. Leave placeholders for my name, date of birth and prescription number.
        Draft a doctor's letter template for carrying medicine abroad: "This is to certify that [Patient Name], passport no. [Passport No.], is under my care and requires [Medicine, strength, quantity] for [Condition] during travel from [Date] to [Date]."
        Make me a blank medication schedule table with columns Medicine | Dose | Morning | Noon | Evening | Bedtime | Notes.
        Turn this into a wallet card layout: Name: ________ / NRIC: ________ / Allergies: ________ / Current medicines: ________ / Emergency contact: ________
        Explain this label in plain words: "Metformin 500 mg / Take ONE tablet TWICE daily with meals / Qty: 60 / Refills: 2 / Rx# 7731904 / Disp: 03/11/2026"
        Summarise the side effects section of a Panadol Extend leaflet in simple English for an elderly reader.
        Translate "Take on an empty stomach, 1 hour before breakfast" into Malay, Simplified Chinese and Traditional Chinese.
        Write an SMS template: "Hi {first_name}, your prescription {rx_id} is ready for collection at {branch} until {date}. Reply STOP to opt out."
        Give me a checklist of documents to bring when flying into Singapore with codeine cough syrup.
        Check my spreadsheet formula for days of tablets left: =(B2-C2)/D2 where B2 is quantity dispensed, C2 tablets taken and D2 daily dose.
        Compare how Watsons and Guardian handle prescription refills in Malaysia, in a short table.
        List the questions I should ask the pharmacist when I pick up a brand new prescription.
        What should a basic travel medicine kit for two weeks in Vietnam contain?
        Rewrite this pharmacy notice to sound friendlier: "Prescriptions not collected within 14 days will be returned to stock."
    """),
    ("zh-Hans", "chat_medicine_question"): _lines("""
        用户：布洛芬和对乙酰氨基酚可以一起吃吗？助手：两者作用机制不同，必要时可以交替使用，但每种都不要超过说明书的每日最大剂量，最好先问药师。
        用户：处方上写“tid po”是什么意思？助手：tid 表示每日三次，po 表示口服。
        用户：吃头孢停药后多久能喝酒？助手：一般建议停药后至少 7 天内不要饮酒，避免出现双硫仑样反应。
        用户：职工医保在定点药店买药能报销多少？助手：各地政策不同，通常门诊慢特病和个人账户可用，具体比例请查询当地医保局或拨打 12393 医保服务热线。
        用户：屠呦呦是怎么发现青蒿素的？助手：她在 1970 年代受葛洪《肘后备急方》中“青蒿一握，以水二升渍，绞取汁”的启发，改用低温乙醚提取，2015 年获诺贝尔生理学或医学奖。
        用户：带降压药坐飞机去泰国要开证明吗？助手：自用量的普通降压药一般不需要许可，建议保留原包装和处方或病历，放在随身行李里。
        用户：说明书上“国药准字H20053417”是什么？助手：这是药品批准文号，H 代表化学药品，可以在国家药监局网站查询真伪。
        用户：孩子发烧 38.5 度，布洛芬混悬液怎么按体重算？助手：一般每次 5–10 mg/kg，每 6–8 小时可重复，24 小时不超过 4 次，请以说明书和医生意见为准。
        用户：网上药店买处方药一定要上传处方吗？助手：是的，处方药需要凭处方销售，平台通常提供执业医师复诊开方，再由药师审方后发货。
        用户：二甲双胍饭前吃还是饭后吃？助手：普通片一般随餐或餐后服用以减少胃肠道反应，缓释片通常晚餐时一次服用。
        用户：胰岛素笔开封以后能放多久？助手：多数开封后在室温（不超过 25–30°C）可用 28 天左右，未开封的放冰箱冷藏，不要冷冻。
        用户：药盒上 OTC 红色和绿色有什么区别？助手：红色是甲类非处方药，需在药店由药师指导购买；绿色是乙类，安全性更高，部分超市也能卖。
        用户：李时珍的《本草纲目》收录了多少种药？助手：全书收录药物 1892 种，附方一万余首，成书于明代万历年间。
        用户：帮我写一段取药提醒短信模板，姓名和取药码用 {姓名} 和 {取药码} 代替。
        用户：我妈吃氨氯地平后脚踝有点肿，正常吗？助手：踝部水肿是氨氯地平较常见的副作用，通常不危险，但应告诉医生，可能调整剂量或换药。
        用户：快递单号 SF1420783365921 显示药品在转运中心，冷链药会不会坏？助手：可以联系商家确认是否使用冷链包装，收到后检查冰袋和温度指示卡。
    """),
    ("zh-Hant", "chat_medicine_question"): _lines("""
        使用者：慢性病連續處方箋第二次要怎麼領？助理：第二次調劑可在前一次給藥期間用完前 10 天內，持慢箋和健保卡到健保特約藥局領取。
        使用者：藥袋上寫「飯後及睡前服用」是一天幾次？助理：通常是三餐飯後各一次加上睡前一次，共四次，不確定請打藥袋上的藥局電話問藥師。
        使用者：帶安眠藥去日本需要申請嗎？助理：部分精神科藥物在日本屬於管制藥品，超過一定數量需事先申請，建議查日本厚生勞動省的說明並攜帶英文處方。
        使用者：食藥署的消費者諮詢專線是多少？助理：可撥打食品藥物消費者專線 1919 詢問。
        使用者：普拿疼跟伏冒熱飲可以一起吃嗎？助理：伏冒熱飲多含乙醯胺酚，和普拿疼一起吃可能超過每日上限，最好擇一。
        使用者：處方箋上那串「1151207A0083」是我的身分證嗎？助理：不是，那是醫院或藥局的處方編號，用來追蹤調劑紀錄。
        使用者：為什麼孫思邈被稱為「藥王」？助理：他是唐代醫藥學家，著有《備急千金要方》和《千金翼方》，後世尊為藥王。
        使用者：藥盒上「衛部藥輸字第027614號」代表什麼？助理：這是衛福部核發的輸入藥品許可證字號，可到食藥署西藥許可證查詢系統核對。
        使用者：抗生素一定要吃完嗎？沒症狀了可以停嗎？助理：依醫師指示吃完療程，提早停藥可能讓感染復發或產生抗藥性。
        使用者：退燒塞劑要怎麼保存？助理：大多需放在陰涼處或冰箱冷藏，避免融化變形，開封前看清楚外盒標示。
        使用者：長期吃氫離子幫浦阻斷劑（PPI）胃藥有什麼風險？助理：長期使用可能與鎂和維生素 B12 偏低、骨折風險增加有關，應定期讓醫師評估是否還需要。
        使用者：喺香港藥房買抗生素使唔使處方？助理：抗生素屬處方藥物，須憑醫生處方，並在註冊藥劑師監督下出售。
        使用者：幫我寫一張藥物過敏卡範本，姓名、身分證字號、過敏藥物都留空白。
        使用者：醫管局公立醫院藥費點計？助理：收費會按政策調整，最新標準請查醫院管理局網站，或問覆診醫院的藥劑部。
    """),
    ("ms", "soalan_ubat"): _lines("""
        Pengguna: Boleh ke makan panadol sekali dengan ubat darah tinggi? Pembantu: Paracetamol biasanya selamat dengan kebanyakan ubat darah tinggi; yang perlu dielakkan ialah NSAID seperti ibuprofen tanpa nasihat doktor.
        Pengguna: Apa maksud "1 biji 3 kali sehari selepas makan" pada label ubat? Pembantu: Makan satu biji, tiga kali sehari, selepas makan pagi, tengah hari dan malam.
        Pengguna: Nak bawa ubat ke Mekah untuk umrah, perlu surat doktor tak? Pembantu: Ya, bawa surat doktor atau preskripsi dalam Bahasa Inggeris, simpan ubat dalam bungkusan asal dan dalam beg tangan.
        Pengguna: Macam mana nak semak ubat tu berdaftar dengan KKM? Pembantu: Lihat nombor pendaftaran MAL dan pelekat hologram Meditag pada kotak, kemudian semak di laman carian produk NPRA.
        Pengguna: Boleh makan metformin masa puasa? Pembantu: Biasanya boleh, tetapi waktu dan dos perlu diubah kepada sahur dan berbuka; bincang dengan doktor atau ahli farmasi sebelum Ramadan.
        Pengguna: Farmasi klinik kesihatan boleh hantar ubat ke rumah? Pembantu: Boleh, melalui perkhidmatan Ubat Melalui Pos (UMP); daftar di kaunter farmasi, caj pos dibayar oleh pesakit.
        Pengguna: Siapa Wu Lien-teh? Pembantu: Doktor kelahiran Pulau Pinang yang memimpin usaha membendung wabak hawar di Manchuria pada 1910–1911 dan dicalonkan untuk Hadiah Nobel.
        Pengguna: Kesan sampingan amlodipine apa? Pembantu: Antaranya bengkak buku lali, muka merah, sakit kepala dan pening; beritahu doktor jika bengkak teruk.
        Pengguna: Tolong buat templat WhatsApp untuk farmasi: "Salam, saya [Nama], nak tambah ubat untuk preskripsi [No. Preskripsi], boleh ambil pada [Tarikh]?"
        Pengguna: Nombor Pusat Racun Negara berapa? Pembantu: Talian Pusat Racun Negara ialah 1-800-88-8099 pada waktu pejabat; untuk kecemasan terus hubungi 999.
        Pengguna: Insulin yang belum buka kena simpan dalam peti ais ke? Pembantu: Ya, simpan pada 2–8°C di bahagian tengah peti ais, jangan dalam tempat beku.
        Pengguna: Kenapa antibiotik kena habiskan walaupun dah sihat? Pembantu: Supaya semua bakteria mati dan jangkitan tidak berulang atau menjadi rintang.
        Pengguna: Ubat batuk yang ada kodein boleh beli tanpa preskripsi? Pembantu: Di Malaysia, ubat batuk berkodein dikawal di bawah Akta Racun dan hanya boleh dibekalkan oleh ahli farmasi mengikut syarat tertentu.
        Pengguna: Kotak ubat tulis "Batch: 2417A, EXP 08/2027, MAL19986543AZ", maksudnya apa? Pembantu: Batch ialah nombor kelompok pengeluaran, EXP tarikh luput Ogos 2027, dan MAL ialah nombor pendaftaran produk dengan KKM.
        Pengguna: Ubat darah tinggi saya kena makan pagi ke malam? Pembantu: Ikut arahan pada label; jika tiada, kebanyakan boleh diambil pada waktu yang sama setiap hari, dan diuretik lebih baik pagi supaya tidak kerap ke tandas waktu malam.
    """),
    ("mixed", "chat_codeswitch"): _lines("""
        User: doc gave me amoxicillin 抗生素, boleh minum susu sekali tak? Assistant: Amoxicillin is fine with milk; it's tetracyclines like doxycycline that should be kept away from dairy.
        User: 药剂师 say this one must take "sebelum makan", means before or after? Assistant: "Sebelum makan" means before meals, usually 30 minutes before eating.
        User: 我下个月去 KL travel, bring 安眠药 need permit or not ah? Assistant: For a personal supply carry the prescription or a doctor's letter and keep the medicine in its original box; psychotropics in larger amounts may need declaration.
        User: 医生开的 prednisolone 5mg tapering schedule 怎么看? Assistant: Follow the dates exactly: for example 4 tabs for 3 days, then 3 tabs for 3 days, down to 1; never stop a long steroid course suddenly.
        User: boleh tolong translate label ni ke 中文: "Jangan ambil bersama alkohol" Assistant: 请勿与酒精同服。
        User: HK 藥房買 Panadol usually 一盒幾錢? Assistant: Prices vary by chain and pack size; expect a box of 20 tablets to cost roughly the price of a meal, and supermarkets are often cheaper.
        User: can u explain 慢箋 lah, clinic in Taipei say 可以 refill 3 times? Assistant: 慢箋 is a chronic-illness prescription; one slip can usually be filled up to three times, each covering up to 30 days.
        User: order no. WTS-MY-20261204-55812 still "processing", 几时会到? Assistant: Pharmacist verification for prescription items can take 1–2 working days; after dispatch you'll get a tracking link by e-mail.
        User: my 阿嬷 on 降血糖药, can she makan durian a bit or not? Assistant: A small portion with a meal is usually okay for well-controlled diabetes, but durian is very high in sugar, so check her glucose afterwards.
        User: 藥單上寫 "Losartan 50mg OD", OD 係咩意思 ah? Assistant: OD means once daily, so one tablet each day at about the same time.
        User: Guardian ada jual 日本 Eve 止痛药 tak? Assistant: Availability differs by outlet; check the Guardian app or ask the pharmacist for an equivalent ibuprofen product registered in Malaysia.
    """),
    ("en", "pharmacy_ops_reference"): _lines("""
        User: My online pharmacy order #PH-8830-41927 has said "awaiting pharmacist verification" for two days, is that normal? Assistant: Prescription items are checked manually; 1–3 working days is common, so contact their support if it goes past that.
        User: Tracking SPXMY02684713954 says "in transit to last mile hub". Does that mean it's out for delivery? Assistant: Not yet; it means the parcel is moving to the local depot, and it usually goes out for delivery within a day of arriving.
        User: What does NDC 0093-7214-01 printed on my pill bottle mean? Assistant: It's the US National Drug Code: the first part is the labeler, then the product, then the package size.
        User: Receipt says "INV-2026-118342 | Atorvastatin 20mg x30 | S$24.60 | Paid: NETS". Can I claim this under MediSave? Assistant: MediSave generally covers approved chronic disease treatment through the clinic's Chronic Disease Management Programme, not off-the-counter purchases, so check with the clinic.
        User: The insurer gave me claim reference CLM/26/0071845. How long does outpatient medicine reimbursement usually take? Assistant: Many insurers settle simple outpatient claims within 7 to 14 working days once documents are complete.
        User: Is "SIN 11872P" on the box the Singapore licence number? Assistant: Yes, HSA-registered therapeutic products carry a SIN registration number, which you can look up in the HSA register.
        User: barcode 9556091103226 on my vitamin C bottle, does 955 mean it's made in Malaysia? Assistant: 955 is the GS1 Malaysia prefix, which shows where the barcode was registered, not necessarily where it was made.
        User: The queue slip says "A047, Counter 3, 10:42". How long do polyclinic pharmacies usually take? Assistant: It depends on the time of day; mornings are busiest, and many polyclinics let you check queue status on their app.
        User: Do pharmacies around postcode 560123 deliver on Sundays? Assistant: Several chains offer Sunday delivery through their apps; enter the postcode at checkout to see available slots.
        User: My refill reminder says "Rx 5519273 – 0 refills remaining". What do I do? Assistant: It means the prescription is used up; you'll need a new prescription from your doctor before the pharmacy can dispense again.
        User: What does lot number B2417A-03 and "EXP 2027-08" on my inhaler box tell me? Assistant: The lot identifies the manufacturing batch for recalls, and the inhaler should not be used after the end of August 2027.
        User: The recall notice lists batches 24K118 and 24K119 of a metformin XR brand. Mine is 24K121, am I affected? Assistant: Only the listed batches are recalled, so 24K121 isn't affected, but you can confirm with your pharmacy.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you check this label before I take it? "TAN WEI LING  S8234617A / Warfarin 3mg tab / Take ONE tablet at night / INR clinic 18/12 / Disp 02/12/2026"
        Draft a message to the Unity pharmacy for me: I'm Jasmine Ong, 14 weeks pregnant, my GP prescribed ondansetron and I want to check it's safe before I collect. Call me on 9738 2164.
        Please fix the grammar: "Dear Pharmacist, my father Lim Chee Keong (NRIC S1638207H) has run out of amlodipine 10mg and clopidogrel, he had a stroke in March and cannot come himself, I will collect on his behalf."
        Write a letter for Japanese customs saying I, Rachel Whitfield, British passport 553019284, will carry 60 tablets of Concerta 36mg for my ADHD during my trip from 12 to 26 January.
        Do any of these interact? This is my mum's list: Mdm Goh Siew Lan, 74, DOB 03/05/1952 — metformin 850 bd, atorvastatin 20 on, aspirin 100 om, glipizide 5 om.
        NAME: SARAVANAN A/L MUTHUSAMY | IC: 750826-07-5013 | MEDICINE: Insulin glargine 100U/mL | CLINIC: KK Bayan Lepas | PHONE: 012-378 5491 — is this refill form complete?
        my wife Kavitha a/p Ramasamy is allergic to penicillin and sulfa drugs and her blood group is O+, make a wallet card for her
        I got charged twice at the pharmacy on card 4556 3301 7842 9131 (S$86.40 each time). Help me word a dispute e-mail to my bank.
        For the travel insurance claim: claimant Desmond de Souza, policy TRV-88213-SG, his insulin was stolen in Bali and the replacement cost IDR 1,450,000. Contact desmond.desouza71@gmail.com. Please tidy this up.
        My son Ethan Pereira is in Primary 4 at Rosyth School and has to use his Ventolin before PE. How do I write to his form teacher about it?
        Check my tracker format: "2026-11-30 Marianne Chua – sertraline 50mg – skipped, nauseous | 2026-12-01 Marianne Chua – sertraline 50mg – taken"
        Home delivery request: recipient Muhammad Hafiz bin Azman, Blk 412 Hougang Ave 10 #08-1127 Singapore 530412, HP 8461 0927, item Humira pen x2, needs cold chain.
        Can you explain these results? Patient: HO KAR WAI, HKID Y702415(9), HbA1c 8.9%, fasting glucose 11.2 mmol/L, currently on metformin 1g bd.
        I work at a pharmacy, summarise this handover note: "Mr Raymond Yeo (tall uncle from Blk 21 Sin Ming Rd, always in the Liverpool jersey) collects Madopar every Tue, tremor worse lately, son says he falls at night."
    """),
    "zh-Hans": _lines("""
        帮我看看这张处方有没有问题：姓名 王秀英 女 68岁 身份证号 320102195806301861 诊断 2型糖尿病 阿卡波糖 50mg tid 随第一口饭嚼服
        我是陈晓梅，在网上药店买的舍曲林一直没发货，手机 139 2874 5106，帮我写个投诉，语气别太冲
        帮我爸填一下异地就医备案：姓名 刘建国，身份证 31010419720908351X，参保地 上海，就医地 成都，门诊慢特病 高血压、冠心病
        我老公周志强的降压药吃完了，他在深圳出差，帮我写个买药跑腿备注，送到 深圳市南山区桃园路蔚蓝海岸三期12栋1803
        这是我女儿的过敏记录，帮我整理成表格：林可欣，2001年2月24日出生，身份证510107200102240088，对青霉素和头孢过敏，有哮喘
        我微信号 lin_xiaofang1987，群里有人说我上次代购的日本眼药水是假货，帮我回一段话解释一下购买渠道
        张伟明，护照号 EA2817364，要带两个月的氯硝西泮去新加坡，需要准备什么材料？
        帮我写请假条：本人赵丽娟，因服用新开的抗抑郁药出现严重头晕，需请假两天，望批准。
        药店会员登记帮我核对格式：会员 黄国栋 手机 18612039847 地址 杭州市西湖区古荡新村东区7幢2单元401 长期用药 瑞舒伐他汀 10mg
        我婆婆孙桂芳一直吃华法林，这周 INR 3.8，医生让每天减到 2.25mg，帮我做个新的服药表
    """),
    "zh-Hant": _lines("""
        幫我看這個藥袋寫什麼：姓名 陳怡君 身分證 A227184508 藥名 Sertraline 50mg 每日一次 早餐後 共28天
        我是許文豪，身分證 F128439069，要帶健保慢箋的藥出國三個月，可以一次領完嗎？
        幫我寫封信畀診所：本人鄭嘉欣，HKID K318604(0)，電話 6238 1947，上個月喺你哋度開嘅 Prednisolone 食完出疹，想早啲覆診。
        我阿嬤林秀琴住台南市東區崇學路120巷8號3樓，她的高血壓藥要改宅配，幫我寫藥局的備註
        幫我填藥局預約領藥表：姓名 周穎、LINE ID ying.chou0812、手機 0928-613-405、慢箋第二次調劑、藥品 Eltroxin
        我媽媽吳淑芬（E205613782）的失智症藥 Aricept 想換成貼片，幫我整理要問醫生的問題
        梁志明，回鄉證 H60318274，帶胰島素筆同針頭經羅湖返深圳，使唔使申報？
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: NUR AISYAH BINTI KAMARUDDIN, No. K/P: 920303-10-6148, Alahan: Aspirin, Ubat semasa: Levothyroxine 50mcg
        saya Ahmad Faizal bin Rosli, IC 880514-14-5237, ubat darah tinggi saya dah habis, KK Setapak suruh buat temujanji, tolong tuliskan mesej untuk mereka
        Mak saya Siti Rohani binti Abdullah, 58 tahun, kencing manis dan makan warfarin, dia tanya boleh ke minum jamu sekali?
        Hantar ubat UMP ke alamat: No. 27, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru. Penerima: Rosnah binti Ismail, tel 019-224 8613. Betul tak format ni?
        Suami saya Mohd Khairul bin Hassan, pasport A45219876, nak pergi umrah bulan depan dan kena bawa ubat epilepsi (levetiracetam), surat apa yang perlu?
        Jiran saya yang orang panggil Ah Seng, pakcik jual durian depan Restoran Sri Ternak SS2 tiap malam Khamis, kaki kanan dah dipotong sebab kencing manis — dia minta saya tanya boleh ke makan gliclazide lepas makan durian?
        Saya dah bayar RM 186.50 untuk ubat dari akaun Maybank 164012857936 atas nama Lee Mei Fong tapi farmasi kata belum terima, tolong tulis mesej minta mereka semak.
        Anak saya Muhammad Irfan bin Zulkifli, darjah 3 SK Taman Melawati, kena bawa inhaler ke sekolah, tolong tulis surat kepada guru kelas dia.
    """),
    "mixed": _lines("""
        my mum 陈美玲 IC 630127-13-5542 kena diabetes, Klinik Kesihatan Kuching bagi metformin, 她问可不可以喝苦瓜茶 together?
        bro help me, my FIN F2381746L, I'm Md Rahim Uddin, company doctor say my TB test positive, need to take isoniazid 9 months, can still renew work permit or not?
        帮我 translate to English for the clinic: 我叫杨静 G5529031N, 在吃氯雷他定, 怀孕8周, 可以继续吃吗
        I'm Kelvin Tham, NRIC T0517382A, my Telegram is @kelvintham88 and some "online pharmacy" DM'd me there offering Ozempic without prescription, 这样安全吗?
        我用银联卡 6228 4800 4512 3780 在 Watsons KL 买药被扣了两次 RM 89.90, 帮我写 email to the bank
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I'm flying to Dubai next month and I take tramadol for my back. Do I need anything special?",
        ),
        (
            "assistant",
            "Tramadol is a controlled medicine in the UAE, so you should apply for prior approval through the Ministry of Health and Prevention's online service before you travel. You'll usually need the prescription, a recent medical report and a copy of your passport, and you should carry no more than the approved quantity. Would you like me to draft the cover letter?",
        ),
        (
            "user",
            "yes pls. I'm Priya d/o Ramesh, NRIC S8816243I, tramadol 50mg twice a day for a slipped disc, travelling 3 to 17 Jan, phone 9615 0482.",
        ),
    ],
    [
        (
            "system",
            "你是康宁大药房的在线药师助手。当前会员：郑丽华，手机 158 2193 7460。慢病档案：高血压（氯沙坦 50mg qd）、痛风（别嘌醇 100mg qd）。回答要简洁。",
        ),
        ("user", "脚趾又肿又痛，可能痛风发作了，能吃布洛芬吗？"),
        (
            "assistant",
            "痛风急性发作时可以短期用布洛芬等止痛药，但您在吃降压药，布洛芬可能影响血压和肾功能，建议先咨询医生，并多喝水，别嘌醇不要自行停。",
        ),
    ],
    [
        (
            "user",
            "I was just discharged from hospital and got a bag of new medicines. What side effects should I watch for?",
        ),
        (
            "assistant",
            "Happy to help. Could you tell me which medicines and doses are on your discharge list?",
        ),
        (
            "user",
            "Here it is: Patient LAU WING SZE, HKID CA412960(0), Queen Mary Hospital, discharged 28/11/2026. Bisoprolol 2.5mg daily, Entresto 24/26mg bd, furosemide 40mg mane. Dx: heart failure. Tel 5417 2086.",
        ),
        (
            "assistant",
            "Thanks, Ms Lau. With bisoprolol, Entresto and furosemide the main things to watch are dizziness on standing, a slow pulse, low potassium and dehydration. Weigh yourself every morning and call the clinic if you gain more than 2 kg in 3 days.",
        ),
    ],
    [
        (
            "user",
            "Saya nak guna perkhidmatan Ubat Melalui Pos untuk ubat tiroid saya. Apa maklumat yang farmasi perlukan?",
        ),
        (
            "assistant",
            "Biasanya farmasi memerlukan nama penuh, nombor kad pengenalan, alamat penghantaran, nombor telefon dan nombor preskripsi. Saya boleh bantu susun borang jika anda beri maklumat tersebut.",
        ),
        (
            "user",
            "Nama Nurul Izzati binti Hamzah, IC 010911-01-0742, alamat No. 8, Jalan Kenanga 2/5, Taman Kota Masai, 81700 Pasir Gudang, Johor, tel 011-2870 4415. Ubat Carbimazole 5mg.",
        ),
        (
            "assistant",
            "Baik, ini borangnya: Nama: Nurul Izzati binti Hamzah | No. K/P: 010911-01-0742 | Alamat: No. 8, Jalan Kenanga 2/5, Taman Kota Masai, 81700 Pasir Gudang | Tel: 011-2870 4415 | Ubat: Carbimazole 5mg.",
        ),
    ],
    [
        ("user", "慢箋第二次可以請家人代領嗎？"),
        (
            "assistant",
            "可以，家人帶著慢箋正本和病人的健保卡到健保特約藥局即可代領。需要我幫你寫一張委託說明嗎？",
        ),
        (
            "user",
            "好，病人是我爸林志偉，身分證 H124086537，糖尿病和高血脂，由我林佳蓉代領，手機 0933-208-716。",
        ),
        (
            "assistant",
            "委託說明：茲委託林佳蓉（手機 0933-208-716）代為領取林志偉先生（身分證字號 H124086537）之慢性病連續處方箋第二次調劑藥品。",
        ),
    ],
    [
        ("user", "can u make a pill timetable for my 阿嬷, she keep forgetting"),
        ("assistant", "Sure. What medicines does she take, and at what doses?"),
        (
            "user",
            "Teo Ah Moi, 86, NRIC S0473815B. amlodipine 5mg morning, metformin 500mg after breakfast and dinner, donepezil 5mg night, calcium 1 tab lunch. she stay with us at Blk 118 Bukit Batok West Ave 6",
        ),
        (
            "assistant",
            "Here's a timetable for Mdm Teo Ah Moi: Morning – amlodipine 5mg + metformin 500mg after breakfast | Lunch – calcium 1 tab | Dinner – metformin 500mg | Bedtime – donepezil 5mg.",
        ),
    ],
    [
        (
            "user",
            "How early can I refill a prescription in Singapore if I'm travelling for a month?",
        ),
        (
            "assistant",
            "It depends on the clinic and the medicine; many will give an extra supply for travel if you ask your doctor, while controlled drugs are stricter. Tell them your travel dates.",
        ),
        (
            "user",
            "OK write the request to my clinic then. Callum Fraser, FIN G7042196N, DOB 14/02/1990, on sertraline 100mg and propranolol 10mg, away 20 Dec to 25 Jan, mobile +65 9052 3318.",
        ),
    ],
    [
        ("user", "去香港转机顺便买点药，要填健康申报吗？"),
        (
            "assistant",
            "一般过境不需要健康申报，但如果携带的药品较多，建议保留处方。你需要帮忙整理什么材料吗？",
        ),
        (
            "user",
            "我叫何俊杰，身份证 350203198904125735，有癫痫在吃丙戊酸钠，想在香港买一盒 Keppra 带回厦门，帮我写个给海关看的说明。",
        ),
    ],
    [
        (
            "user",
            "The pharmacy gave me the wrong strength of my thyroxine. Help me write a complaint.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Pharmacy Manager, on [date] I collected my prescription and found the strength dispensed did not match my prescription. I would like this corrected and an explanation. Shall I add your details?",
        ),
        (
            "user",
            "yes add: Gerald Sim Kok Wah, NRIC S7719025B, prescribed levothyroxine 50mcg but got 100mcg, took it for 5 days and had palpitations. 8127 3390, 35 Jalan Kemaman, Singapore 328436",
        ),
        (
            "assistant",
            "Updated: Dear Pharmacy Manager, I am Gerald Sim Kok Wah (NRIC S7719025B). I was prescribed levothyroxine 50mcg but was dispensed 100mcg, which I took for five days and experienced palpitations. Please contact me at 8127 3390.",
        ),
    ],
    [
        ("user", "Adik saya ada bipolar dan selalu lupa makan lithium. Macam mana nak bantu dia?"),
        (
            "assistant",
            "Cuba gunakan kotak ubat mingguan, peringatan telefon, dan pastikan dia buat ujian darah paras lithium seperti dijadualkan. Sokongan keluarga sangat membantu.",
        ),
        (
            "user",
            "Nama dia Farah Nadia binti Yusof, 24 tahun, belajar di UiTM Shah Alam, doktor dia di Hospital Tengku Ampuan Rahimah. Tolong tulis mesej WhatsApp yang lembut untuk ingatkan dia.",
        ),
    ],
    [
        ("user", "我老竇食緊一隻好貴嘅標靶藥，醫管局唔包，可以申請撒瑪利亞基金嗎？"),
        (
            "assistant",
            "撒瑪利亞基金會資助部分自費癌症藥物，要經醫院醫生轉介，再由醫務社工做經濟審查。你想我幫你整理資料嗎？",
        ),
        (
            "user",
            "佢叫黃志雄，HKID M560231(4)，肺癌第四期，食緊 Osimertinib，每月大約三萬幾，屋企入息每月兩萬五。",
        ),
        (
            "assistant",
            "好，資料整理如下：病人黃志雄（HKID M560231(4)），肺癌第四期，正服用 Osimertinib，每月藥費約三萬多元，家庭每月入息約兩萬五千元。可帶同這些資料見醫務社工。",
        ),
    ],
    [
        ("user", "I want to keep a simple medication log for my aunt. What should it include?"),
        (
            "assistant",
            "Her name, allergies, each medicine with dose and time, who prescribed it, and a column to tick when taken. Want me to start one?",
        ),
        (
            "user",
            "Yes. Aunty Josephine Tan Bee Hoon, 81, allergic to codeine, lives with me at 23 Jalan Kelawei, 10250 George Town. Meds: losartan 50mg om, paracetamol 1g prn, lactulose 15ml on.",
        ),
    ],
    [
        (
            "user",
            "insurance say need more docs for my medicine claim, policy no. MED-4419027, what they want usually?",
        ),
        (
            "assistant",
            "Usually the original receipt, the prescription or doctor's memo, and a claim form with your IC number and bank details.",
        ),
        (
            "user",
            "ok help me fill: Wong Kah Meng, IC 790412-08-5561, gout meds febuxostat RM 212.00 from Farmasi Alpro Ipoh, bank Public Bank 4883720169, tel 017-462 9031",
        ),
    ],
    [
        ("user", "怀孕期间感冒了，能吃什么药？"),
        (
            "assistant",
            "孕期用药要谨慎，对乙酰氨基酚一般可以短期用于发热和疼痛，多数复方感冒药不建议使用，最好先问产科医生。",
        ),
        (
            "user",
            "帮我给产科王医生写条微信：我是苏婉清，孕22周，预产期明年4月2日，这两天咳嗽发烧38度，能不能吃泰诺？",
        ),
        (
            "assistant",
            "王医生您好，我是苏婉清，目前孕22周，预产期明年4月2日。这两天咳嗽并发烧到38度，想请问能否服用泰诺（对乙酰氨基酚）？谢谢！",
        ),
    ],
    [
        (
            "system",
            "You are the MedsDirect telepharmacy assistant. Patient on file: Ng Boon Huat, DOB 1961-08-19, allergy: NSAIDs, address 15 Lorong Seri Kuching 4, 93200 Kuching. Do not give dosing outside the label.",
        ),
        ("user", "My knee hurts after badminton. What can I take?"),
        (
            "assistant",
            "Since your record shows an NSAID allergy, please avoid ibuprofen, naproxen and diclofenac gels. Paracetamol as labelled, rest, ice and a knee support are safer options; see a doctor if it swells.",
        ),
    ],
    [
        ("user", "我女儿发烧，美林每次喝多少？"),
        ("assistant", "布洛芬混悬液按体重算，请告诉我孩子的年龄和体重。"),
        ("user", "刘一诺，3岁半，15公斤，杭州市西湖区文新幼儿园小二班的，昨晚烧到39.2度。"),
        (
            "assistant",
            "按15公斤计算，每次约5 mL（100 mg/5 mL 规格），间隔6–8小时，24小时内不超过4次。如果持续高烧超过3天请就医。",
        ),
    ],
    [
        (
            "user",
            "Can you make this WhatsApp to a customer sound nicer? 'Mr Ravi a/l Krishnan, ur Januvia 100mg refill ready, come take before Sat, 016-557 2089 if got problem.'",
        ),
        (
            "assistant",
            "Good afternoon Mr Ravi a/l Krishnan, your Januvia 100mg refill is ready for collection. Please collect it before Saturday; if you have any questions, call or WhatsApp us at 016-557 2089.",
        ),
        ("user", "wait 016-557 2089 is his own number not ours, change to our shop line"),
    ],
]
