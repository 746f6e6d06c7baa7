# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en203: SG/MY dietitians, nutrition clinics and slimming centres. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en203
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "package_terms"): _lines("""
        Package T&C clause 4.2: Sessions not utilised within 12 months from the date of purchase shall be forfeited and are non-refundable, save as required by law.
        A 5-day cooling-off period applies to direct sales contracts only; packages purchased at our outlets after a walk-in body scan are not direct sales contracts.
        Refunds, where approved, are processed to the original mode of payment within 14 working days. Cash refunds are not available for NETS or credit card purchases.
        Package code SLM-24W-PRM: 24 weekly consults, 6 body-composition scans, 2 cooking demos, S$2,880 before GST.
        Unused sessions may be transferred once to an immediate family member, subject to a S$50 admin fee and the recipient completing a fresh health screening form.
        Clients on GLP-1 medication must provide a doctor's memo before starting the Intensive Reset programme.
        Results vary. Weight loss figures quoted in our advertisements are averages of clients who completed the full 12-week programme in 2025 (n = 418).
        Package freeze: up to 3 months for medical reasons (MC required) or pregnancy, maximum twice per contract.
        The Centre does not provide medical diagnosis. Clients with BMI 37.5 and above or uncontrolled hypertension will be referred to a registered medical practitioner before enrolment.
        Disputes that cannot be resolved at outlet level may be lodged with CASE (Consumers Association of Singapore) or filed at the Small Claims Tribunals.
        For Malaysian outlets, unresolved complaints may be brought to the Tribunal for Consumer Claims Malaysia (TTPM) under the Consumer Protection Act 1999.
        No-show or cancellation less than 24 hours before the appointment will be counted as one utilised session.
        Pro-rated refund formula: (package price ÷ total sessions) × unused sessions, less 10% administrative charge and the list price of any scans already taken.
        Instalment plans (6 or 12 months, 0%) are available only with participating bank credit cards; the Centre is not a party to the card agreement.
        Meal replacement products sold with the package are non-returnable once opened, in line with food safety requirements.
    """),
    ("en", "meal_plan"): _lines("""
        Week 1 meal plan (1,400 kcal): B – 2 slices wholemeal bread, 1 soft-boiled egg, kopi-o kosong | L – yong tau foo soup, 6 pieces, no fried items, half portion bee hoon | D – steamed fish, 1 cup brown rice, stir-fried kailan | Snack – 1 apple
        Hawker swap list: char kway teow → sliced fish soup with bee hoon (approx. 740 kcal → 350 kcal); nasi lemak → keep the ikan bilis and egg, skip the fried chicken wing and the sambal refill.
        Ramadan plan for type 2 diabetes: sahur – oats with low-fat milk and dates (max 3); iftar – break fast with 1 date and plain water, then half plate vegetables, quarter protein, quarter brown rice or chapati.
        Teh tarik kurang manis is still about 120 kcal per cup; teh-O kosong is close to zero.
        Portion guide: 1 rice bowl of rice = 2 carbohydrate exchanges; 1 palm-sized piece of chicken (90 g) = 3 protein exchanges.
        Low-FODMAP trial, week 2: avoid onion, garlic, wheat noodles and milk | allowed – rice, bee hoon, firm tofu, kangkung, lactose-free milk.
        Renal diet (CKD 3b) sample: limit potassium – leach potatoes and soak vegetables; avoid starfruit completely; white rice preferred over brown; 1.5 L fluid limit unless advised otherwise.
        Gestational diabetes snack ideas (15 g carb each): 3 wholemeal crackers + 1 slice cheese; 1 small pear; 200 ml unsweetened soya milk.
        Lacto-ovo vegetarian plan, 1,600 kcal: 1 thosai with dhal (no ghee), 2 idli with sambar, chana masala with 1 chapati, plain curd at dinner.
        Confinement month adjustments: keep sesame oil chicken to 1 tbsp oil per serving, use DOM sparingly, add papaya fish soup for protein.
        Weekly grocery list for the 1,200 kcal plan: brown rice 2 kg, 10 eggs, 500 g chicken breast, 3 blocks tofu, mixed frozen vegetables, Greek yogurt 0% fat.
        Kids' lunchbox (7–12 y): mini wholemeal sandwiches with egg mayo (light mayo), cherry tomatoes, 1 mandarin orange, water bottle — no packet drinks.
        Intermittent fasting 16:8 is not recommended for clients on insulin or sulfonylureas without physician clearance.
        Post-bariatric progression: clear fluids day 1–2, full fluids to week 2, puree weeks 3–4, soft diet weeks 5–6; protein target 60–80 g/day.
        Festive season tips: 1 pineapple tart ≈ 80–100 kcal; limit to 3 per house visit and skip the second slice of bak kwa.
    """),
    ("en", "clinic_reports"): _lines("""
        Q3 2026 outlet report — Jurong East: 212 active packages, 61 new sign-ups, median weight change −3.4 kg at week 12, 9 refund requests (6 approved).
        Dietitian caseload, week 47: diabetes 38%, weight management 31%, renal 12%, paediatrics 9%, others 10%.
        Average no-show rate fell from 14% to 8% after SMS reminders were sent 48 hours before appointments.
        According to the National Population Health Survey, obesity among Singapore residents aged 18–74 was about 10.5% in 2019–2020.
        Malaysia's NHMS 2019 reported that about half of adults were overweight or obese.
        Refund dispute tracker, Nov 2026: 17 open, 11 resolved, average resolution time 9.2 days; top reason cited – "results not as promised".
        Body-composition scanner calibration: InBody 570 at Bangsar outlet passed weekly check 04/12/2026 09:10, drift 0.2%.
        Client satisfaction survey (n = 326): 87% would recommend the programme; lowest score was for parking at the Bangsar outlet.
        Community talk on My Healthy Plate at Tampines Hub, 23 Nov: 64 residents attended, 41 completed the post-talk quiz.
        KPI dashboard: conversion from free body scan to paid package 22.7% against a target of 25%.
        Average HbA1c drop among 58 programme completers was 0.8 percentage points at 6 months.
        Outlet headcount, Dec 2026: 4 dietitians, 2 nutritionists, 6 slimming consultants, 1 outlet manager.
    """),
    ("en", "faq_advice"): _lines("""
        Is brown rice really better than white rice for someone with prediabetes, or is it just marketing?
        How much weight loss per week is safe? Most dietitians suggest 0.5 to 1 kg per week for adults.
        Can I still eat roti canai on a weight loss plan? Have it plain, skip the extra curry refill, and pair it with teh-o kosong.
        In Malaysia, dietitians must be registered with the Malaysian Allied Health Professions Council under the Allied Health Professions Act 2016.
        Are slimming teas safe? HSA has warned about slimming products found to contain sibutramine, so check its list of adulterated products before buying.
        Do I need a referral to see a dietitian at a polyclinic, or can I just book online?
        How do I read the Healthier Choice Symbol on packaged food at the supermarket?
        Why does my weight go up after a salty dinner even though I ate less? Mostly water retention; look at the weekly trend, not a single weigh-in.
        Is 1,200 kcal a day too low for a breastfeeding mother?
        What can I eat or drink before a morning fasting blood test?
        Which has less sugar, kopi C siew dai or kopi O siew dai?
        Should I weigh myself in the morning before breakfast or at night?
        My Healthy Plate: fill half your plate with fruit and vegetables, a quarter with wholegrains and a quarter with protein.
        Is it normal for a slimming centre to ask for a full NRIC number before a free body scan? Under PDPC guidelines they generally should not.
    """),
    ("mixed", "whatsapp_broadcast"): _lines("""
        Hi {first_name}! Reminder: your weigh-in is on {date} at {time} at our {outlet} outlet. Reply 1 to confirm, 2 to reschedule 🙏
        📢 Year-end promo! Body composition scan only $18 (U.P. $60). WhatsApp us at 6789 2210 or walk in to our Bugis outlet. T&Cs apply.
        Selamat pagi semua! Group check-in Minggu 3: please post your breakfast photo by 10am ya. Jangan lupa minum air 2 liter 💧
        Reminder to all members: outlets closed on Hari Raya Haji. Weigh-ins resume the next day, no session will be deducted.
        Pls don't share your weight in the group if you're not comfortable, can PM coach directly. Let's keep this space supportive ❤️
        Today's tip: kopi-c kosong instead of kopi, save about 50 kcal a cup. Small changes add up lah 😊
        Dear valued member, our Penang outlet has moved to Level 2, Gurney Plaza. Hotline unchanged: 04-228 1000.
        Group rules: 1) no selling of supplements 2) no body-shaming 3) medication questions → ask your doctor, not the group.
        Congrats to our Week 8 challenge winners! Team Durian lost a combined 23.6 kg 🎉 Prizes can be collected at the front desk.
        Template – refund acknowledgement: Dear [Client Name], we have received your refund request (ref [REF-NO]) dated [DATE]. Our team will respond within 7 working days.
        CNY reminder 🧧 1 mandarin orange ≈ 50 kcal, 1 love letter ≈ 40 kcal, 1 slice bak kwa ≈ 230 kcal. Huat ah, but in moderation!
        Deepavali cooking demo this Sat 3pm @ Little India outlet: baked murukku & less-sugar payasam. Free for members, RSVP by replying YES.
        Auto-reply: Thank you for contacting us! Our nutrition consultants are available Mon–Sat 10am–8pm. For medical emergencies please call 995.
        Kalau nak tukar appointment, sila WhatsApp at least 24 jam sebelum ya. Terima kasih!
    """),
    ("ms", "notis_klinik"): _lines("""
        Notis: Klinik Pemakanan akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Semua temujanji akan dijadualkan semula.
        Pakej Langsing 12 Minggu: RM1,980 termasuk 12 sesi konsultasi, 3 imbasan komposisi badan dan pelan pemakanan peribadi.
        Bayaran balik hanya akan diproses dalam tempoh 14 hari bekerja selepas borang tuntutan lengkap diterima.
        Tip sihat: gantikan nasi putih dengan nasi perang, atau ambil separuh nasi dan separuh sayur.
        Pelanggan yang hamil atau menyusukan bayi tidak digalakkan menyertai program detoks.
        Sesi yang tidak digunakan dalam masa 12 bulan akan luput dan tidak boleh dituntut semula.
        Berapa kalori dalam sepinggan nasi lemak biasa? Lebih kurang 400 hingga 650 kcal bergantung kepada lauk.
        Pesakit diabetes yang ingin berpuasa perlu berjumpa doktor sebelum Ramadan untuk menyesuaikan dos ubat.
        Aduan boleh dibawa ke Tribunal Tuntutan Pengguna Malaysia jika pertikaian tidak dapat diselesaikan di peringkat cawangan.
        Jadual timbang berat: Isnin & Rabu 9 pagi – 1 petang, Sabtu 10 pagi – 4 petang.
        Program ini bukan rawatan perubatan. Keputusan berbeza mengikut individu.
        Borang pendaftaran: Nama: ________ No. K/P: ______-__-____ No. Telefon: ____________ Berat: _____ kg
    """),
    ("zh-Hans", "营养贴士"): _lines("""
        减重不是越快越好，每周减0.5到1公斤比较安全。
        早餐可以选择全麦面包加一个水煮蛋，再配一杯无糖豆浆。
        本中心配套一经开始使用，未使用的疗程可按比例退款，需扣除百分之十手续费。
        糖尿病患者吃榴莲要控制分量，一次不超过两粒果肉。
        温馨提示：农历新年初一至初三中心休息，初四恢复营业。
        称重请在早上空腹、上完厕所后进行，穿同样的衣服，数据才有可比性。
        请问哪种面热量比较低？米粉和粿条差不多，关键是汤底和配料。
        肾病患者要注意钾的摄入，杨桃绝对不能吃。
        会员须知：如需冻结疗程，请提供医生证明，最长可冻结三个月。
        一碗白饭约200千卡，换成半碗糙米饭加半碗蔬菜可以少吃约80千卡。
        坐月子期间的麻油鸡可以少放油，用去皮鸡肉代替鸡翅。
        报名表：姓名______ 身份证号码______ 手机______ 体重______公斤
    """),
    ("en", "system_records"): _lines("""
        INV-SG-2026-0048817 | Package SLM-12W-STD | Qty 1 | S$1,380.00 | GST 9% S$124.20 | Total S$1,504.20 | Paid: NETS
        Refund ref RF-26-11-0093 status changed: PENDING_REVIEW → APPROVED_PARTIAL (amount MYR 640.00)
        Appointment slot config: {"outlet": "TPY", "slot_minutes": 45, "max_per_day": 14, "buffer_minutes": 15}
        SELECT outlet_code, COUNT(*) FROM weigh_ins WHERE weigh_date >= '2026-11-01' GROUP BY outlet_code;
        SKU MR-VAN-500G Meal replacement shake, vanilla, 500 g, EAN 9556001234568, batch L26-1104, exp 11/2027
        CASE complaint ref CA/2026/118402 — closed, mediated settlement reached with outlet.
        InBody export schema v3.2: weight_kg, smm_kg, bfm_kg, pbf_pct, vfa_level, bmr_kcal, measured_at
        Cron: 0 9 * * 1 send_weekly_checkin_reminders --outlet=ALL --dry-run=false
        Shipment of 48 cartons meal replacement to Johor Bahru outlet, tracking no. SPXMY0261183274, ETA 09/12/2026
        Receipt no. 000318274 | Terminal 02 | 06/12/2026 14:32 | Body scan walk-in | $18.00 | VISA ****
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consultation note 02/12/2026 — Mdm Tan Bee Lian (65F), T2DM on metformin 850 mg BD, HbA1c 8.4% (Oct), eats 2 slices kaya toast + kopi daily; advised kopi-o kosong, wholemeal bread, review in 4 weeks.
        CLIENT REGISTRATION | NAME: MUHAMMAD HAZIQ BIN ROSLAN | NRIC: S9925555B | DOB: 14/03/1999 | MOBILE: 9176 2048 | PACKAGE: SLM-24W-PRM | GOAL: -12 KG
        Weigh-in log Tampines, Sat 29 Nov: Jasmine Goh 71.2 (−0.6) | Ravi s/o Subramaniam 94.8 (+0.3) | Lim Hui Ling 63.0 (−1.1) | Farah Nadia binti Azman 78.5 (−0.4)
        Refund dispute: client Chong Wai Keat says the consultant promised him 10 kg in 8 weeks, he lost 2.3 kg, wants S$2,100 back to card 4556 3309 7578 1692.
        pls refund to my POSB savings 183-84920-1, name same as IC, thanks
        Referral: Dear Dietitian, kindly see Mr Ganesh a/l Muniandy, 58, CKD stage 3b (eGFR 38), hyperkalaemia K 5.6, for low-potassium diet counselling. Thank you.
        I, SITI AMINAH BINTI ABDULLAH (NRIC S7905274D), agree to purchase the Bridal Slim 16-week package at S$3,288 payable in 6 monthly instalments.
        Testimonial consent: Nurul Huda binti Kassim, 34, agrees that her before/after photos (−11.2 kg in 16 weeks) may be used on our Instagram and Facebook pages.
        WhatsApp check-in from +65 8345 1962: breakfast kaya toast 2 slices, lunch chicken rice no skin, dinner skipped cos OT
        Paediatric referral: Ethan Lee Jun Hao, 9 y, BMI-for-age above 97th centile, mother reports 3 packets of chocolate milk a day; P3 at Rosyth School.
        Client asked us not to call her landline; mobile only 012-384 7715 (Puan Rosnah), after 6pm.
        Front desk: Mr Daniel Fernandez (Tues 7pm slot) is disputing the S$38 no-show charge for 18 Nov, says he was warded at CGH that day; MC to follow.
        Email from chloe.ang.wy@gmail.com: hi, I want to cancel my package, I'm pregnant and my gynae says no dieting
        Lead sheet: Priya d/o Raman | 27 | bride-to-be, wedding Mar 2027 | wants −6 kg | budget ~S$1.5k | called 5 Dec, follow up Mon
        Instalment plan set up: card 5520 3881 1153 8509, 12 months 0%, cardholder LEE MEI FONG, package RM4,560.
        Home visit for meal planning at Blk 612 Ang Mo Kio Ave 4 #08-1123, S560612 — husband post-stroke on thickened fluids (level 2), wife does the cooking.
        Eating disorder flag: Chen Xiaoling (poly student, 19) reported purging after meals twice this week; BMI 16.8; referred to IMH with her consent.
        BODY COMPOSITION | NAME: WONG KAR MUN | AGE 41 | HT 158 cm | WT 69.4 kg | PBF 38.2% | VFA 11 | MEMBER NO M-20731
        Refund via DuitNow to 017-602 9143 — Kavitha a/p Ramasamy, RM1,150 pro-rated, approved by branch manager.
        Auntie Lucy from our Yishun group, the one who runs the economic rice stall at Blk 744 Yishun St 72, has lost 7 kg since Aug — ask if she'll let us feature her story.
        MyKad 880412-14-5523 — please verify before activating the 6-month Pakej Langsing.
        Bariatric follow-up: Mohd Faizal bin Ismail, sleeve gastrectomy 14/10/2026 at KPJ Damansara, 7 weeks post-op, tolerating soft diet, protein ~55 g/day, some hair loss.
        Commission dispute: Jolene Yap Hui Min (consultant, Clementi) claims she closed the S$5,400 package for the Ho family but the commission went to another consultant.
        Aaron Teo (IG @aaronteo.lifts) posted a 1-star review calling our Clementi outlet a scam; he still owes S$620 on his instalment plan.
        Letter of demand: our client Ms Norhayati binti Jaafar of No. 23, Jalan SS 2/64, 47300 Petaling Jaya, demands a full refund of RM6,800 within 14 days.
        Allergy alert on file: Sarah Ong Li Ting, anaphylaxis to peanuts and shellfish, carries EpiPen — no satay sauce in her cooking demo samples.
        Car SMK6283Z is in our loading bay again, belongs to Marcus from the Sat 10am group, pls ask him to park at the basement.
        FIN F8861644T — helper employed by the Chua family, employer paying for her diabetes diet consult, S$85.
        Tele-consult: Mr Harjit Singh s/o Gurdev Singh, 52, gout (uric acid 520 µmol/L), advised to limit organ meats, beer and sardines; follow-up on Zoom 20 Dec.
        Hi this is Mei Ling's mum, her new number is 9027 3316, pls update for the kids' nutrition camp
        File note: Mrs Margaret Pereira, 71, lives alone in Katong, poor appetite since her husband passed in Sept, weight down 5 kg in 2 months, MUST score 2.
        Auto-debit failed for card 4568 3588 4686 0060 exp 09/28 — inform Ms Low Pei Shan, third failed attempt this month.
        Foreign client ZHANG YUTING, PRC ID 440305199003142743, student pass, 12-week package S$980 paid in cash.
        Staff chat: anyone can cover my 3pm? I'm at KKH with my son, he got dengue — Nadia (8812-4470)
        HKID K482917(4) — Mr Leung, HK expat, pls attach scanned copy to his package contract.
        Approved refund S$1,296 to OCBC 501-284731-001, account holder TAN JIA WEI, signed off by outlet manager 3 Dec.
    """),
    "ms": _lines("""
        Rekod timbang: Puan Zaleha binti Osman, 52 tahun, berat 84.6 kg (turun 1.2 kg), tekanan darah 142/90, dinasihatkan kurangkan garam dan kuah kari.
        Sila pulangkan baki RM1,420 ke akaun Maybank 1141 2068 3357 atas nama NUR SYAFIQAH BINTI HAMDAN. Terima kasih.
        Encik Azlan (016-448 2907) minta tukar temujanji ke hari Sabtu sebab kerja syif malam.
        No. K/P 920807-10-6044, pelanggan baru Pakej Pengantin, deposit RM500 diterima.
        Aduan: Cik Aina Sofea binti Mazlan kata perunding paksa dia ambil pakej RM5,200 masa imbasan percuma, dia nak batalkan kontrak.
        Anak Puan Halimah, Muhammad Irfan bin Kamarul (8 tahun, SK Taman Melawati), obes dengan BMI 27, makan mi segera hampir setiap malam.
        Kad kredit 5176 4430 8566 6153 dicaj dua kali untuk pakej yang sama — pelanggan Rajeswari a/p Krishnan minta bayaran balik.
        Alamat penghantaran meal replacement: Lot 1127, Kampung Gelam Baru, 13400 Butterworth, Pulau Pinang, penerima Hajah Rokiah, tel 019-225 8804.
    """),
    "zh-Hans": _lines("""
        陈美华女士，58岁，糖尿病十年，糖化血红蛋白8.9%，每天早上喝两杯加糖咖啡，建议改喝无糖咖啡。
        会员林志强（手机9652 0187）投诉顾问承诺三个月瘦15公斤，现在只瘦了4公斤，要求全额退款。
        请把退款转到我的DBS户口027-9-034817，户名黄丽娟，谢谢。
        客户郑雅琴，身份证号350203198509210462，已签12周减重配套合同，首付新币800元。
        刘家豪的妈妈说他在学校常常不吃午餐，体重过轻，今年在宏茂桥读小学四年级。
        微信号 fitmum_huiyi88 的会员，产后六个月，母乳喂养，想减重但不想影响奶量。
        何秀英阿姨上周在中心称重时头晕，血压偏低，已通知她女儿来接她回家。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "Help me write a refund request to SlimPro Bugis. My name is Vanessa Chua Pei Wen, NRIC S8849083E, I bought the 24-week package for S$2,880 in June but had to stop after my thyroid surgery in Sept.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Outlet Manager, I, Vanessa Chua Pei Wen (NRIC S8849083E), purchased the 24-week package on ... I am requesting a pro-rated refund as I underwent thyroid surgery in September and was advised by my surgeon to stop the programme.",
        ),
        ("user", "Can you add that they can reach me at 9433 1827 and attach my MC?"),
    ],
    [
        ("system", "You are a clinical nutrition assistant for a dietetics clinic. Be concise."),
        (
            "user",
            "Summarise for the doctor: Lakshmi d/o Venkatesan, 46F, PCOS, fasting glucose 6.8, TG 2.4, wt 82 kg ht 1.56 m, eats 3 thosai + 2 teh tarik for breakfast.",
        ),
        (
            "assistant",
            "Summary: 46-year-old female with PCOS, BMI 33.7, impaired fasting glucose and raised triglycerides. High refined-carbohydrate and sugar intake at breakfast. Suggest carbohydrate portion control and sugar-free beverages.",
        ),
    ],
    [
        (
            "user",
            "coach i weighed 76.3 this morning, up from 75.1 last week 😭 ate too much at my cousin's wedding",
        ),
        (
            "assistant",
            "No worries! One weekend won't undo your progress. Most of that is water and salt. Back to the plan today and we'll check again Sat.",
        ),
        (
            "user",
            "ok thanks. btw this is Kelvin Ng from the Sat 9am Tampines group, my new number is 8155 2640",
        ),
    ],
    [
        (
            "user",
            "Saya nak minta refund pakej langsing, baru guna 2 sesi. Nama saya Nurul Ain binti Zakaria, IC 010623-01-0918.",
        ),
        ("assistant", "Baik puan, boleh berikan nombor akaun bank untuk bayaran balik?"),
        (
            "user",
            "CIMB 7060 2245 81, nama sama macam IC. Saya dah mengandung 2 bulan, doktor suruh stop.",
        ),
    ],
    [
        ("user", "我是会员吴俊杰，手机9718 5302，上个月买了二十次的配套。"),
        ("assistant", "吴先生您好，请问有什么可以帮您？"),
        (
            "user",
            "我最近查出有胃溃疡，医生说不能再喝代餐奶昔，想把剩下的十六次转给我太太陈丽萍用。",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay for my client pls: Mr Ramesh Kumar a/l Sivam, your blood sugar is still high, please cut down the teh tarik to once a day.",
        ),
        (
            "assistant",
            "Encik Ramesh Kumar a/l Sivam, paras gula dalam darah encik masih tinggi, sila kurangkan teh tarik kepada sekali sehari.",
        ),
    ],
    [
        ("system", "You help HR staff at a wellness company draft emails."),
        (
            "user",
            "Draft a warning letter to our slimming consultant Tiffany Lau Shu Min, staff ID E0517, for telling clients they will lose 5 kg a week and pressuring an elderly walk-in to sign a S$4,800 package.",
        ),
        (
            "assistant",
            "Dear Ms Tiffany Lau Shu Min (E0517), this letter serves as a formal warning regarding misrepresentations made to clients about expected weight loss and the conduct of a sales consultation with an elderly walk-in customer.",
        ),
    ],
    [
        (
            "user",
            "Can you make a school lunch plan for my daughter? Chloe Tay Xin Yi, 10, Primary 4 at Nan Hua Primary, she's allergic to egg and a bit overweight (38 kg, 1.36 m).",
        ),
        (
            "assistant",
            "Sure. Here is an egg-free 5-day lunchbox plan around 450 kcal per meal, with wholegrain carbs, lean protein such as chicken, fish or tofu, and plenty of vegetables and fruit.",
        ),
        ("user", "thanks! also she hates broccoli lol"),
    ],
    [
        (
            "user",
            "Help me fill the TTPM claim form. Claimant: Ng Siew Mei, MyKad 850330-13-5672, address 18, Lorong Tabuan Jaya 3A, 93350 Kuching, Sarawak, phone 011-2734 6618. Respondent: a slimming centre in Kuching, claim RM3,600 for unused sessions.",
        ),
        (
            "assistant",
            "Section A (Claimant): Name – Ng Siew Mei; MyKad – 850330-13-5672; Address – 18, Lorong Tabuan Jaya 3A, 93350 Kuching, Sarawak; Tel – 011-2734 6618. Section C (Claim): RM3,600 refund for unused slimming sessions.",
        ),
    ],
    [
        ("system", "You are an assistant for a nutrition clinic's coaching team."),
        (
            "user",
            "Summarise this week's weigh-ins for the group chat: Suresh Pillai 91.0 → 90.2, Grace Lim Ai Ling 64.8 → 64.9, Nor Azizah binti Md Said 77.5 → 76.6, Benjamin D'Cruz 85.3 → 84.1.",
        ),
        (
            "assistant",
            "Great week team! Suresh −0.8 kg, Grace +0.1 kg, Azizah −0.9 kg, Benjamin −1.2 kg. Total team loss 2.8 kg. Keep it up!",
        ),
    ],
]
