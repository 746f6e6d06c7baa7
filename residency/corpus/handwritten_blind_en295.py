# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en295: SG/MY preschools and childcare centres (enrolment forms, allergy and medication lists, pick-up authorisations, subsidies, incident reports, parent group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en295
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parent_notices"): _lines("""
        Dear Parents, the centre will be closed on Mon 20 Oct 2025 for Deepavali and on Tue 21 Oct for staff training. Kindly make alternative care arrangements.
        HFMD ALERT: One case was confirmed in our N1 class on 14 Aug. The room has been disinfected with bleach solution (1:50) and all toys sanitised. Keep your child home if you see mouth ulcers or a rash on the palms.
        Reminder: Term 3 fees are due by the 7th. PayNow to UEN 201834567K (Little Hornbill Preschool Pte Ltd) and key in the invoice number INV-2025-0839 as the reference.
        Racial Harmony Day is on 21 July! Children may come in ethnic costumes: baju kurung, cheongsam, kurta or sarong are all welcome. No toy weapons or props please.
        Our Punggol branch has moved to Blk 268C Punggol Field #01-12, Singapore 823268, beside the void deck playground. Operating hours remain 7am to 7pm, Mon to Fri.
        Storytelling week: we will read The Very Hungry Caterpillar by Eric Carle and The Gruffalo by Julia Donaldson. Kindly return borrowed library books by Friday.
        Please label all bottles, pacifiers and spare clothing. Lost-and-found items unclaimed after 30 days will be donated to The Salvation Army family store at Bukit Timah.
        Half-day on Christmas Eve, 24 Dec: last pick-up is 1.00pm. Lunch will be served at 11.30am and no tea-break snack or dinner will be provided on that day.
        From 1 Jan 2026, the late pick-up fee will be $10 per 15 minutes after 7.15pm, as approved by the centre management committee at its meeting on 3 Nov.
        Haze update: the 24-hr PSI reading is 118 (unhealthy). All outdoor play is suspended today and air purifiers are running in every classroom and the sick bay.
        Mother's Day craft: please send in one empty toilet roll and one bottle cap by Wednesday. The K1 children are making paper flower pots for their mummies.
        Chinese New Year concert rehearsals start 5 Jan. K2 children will perform a lion dance item; the lion heads are on loan from Kong Chow Wui Koon at Chinatown.
        Parent-teacher conference slots open on the parent app from 9am Monday. Each session is 15 min; choose Zoom or face-to-face at the Level 2 Meeting Room.
    """),
    ("en", "subsidy_faq"): _lines("""
        Q: Who is eligible for the Basic Subsidy? A: Singapore Citizen children enrolled in an ECDA-licensed centre. Working mothers get up to $600 a month for full-day infant care.
        Q: How do I apply for Additional Subsidy? A: Submit via the LifeSG app or at the centre office; gross monthly household income must be $12,000 and below.
        Q: Is KiFAS the same as the childcare subsidy? A: No. KiFAS (Kindergarten Fee Assistance Scheme) applies to MOE Kindergartens and Anchor Operator kindergartens only.
        Q: How long does approval take? A: Usually 3 to 4 weeks. The subsidy is backdated to the month of application if all documents were complete at submission.
        Q: Which documents are needed? A: The latest 3 months of payslips or CPF contribution history for each working parent; the centre keys in the child's birth certificate details.
        Q: Can PR children receive subsidies? A: Permanent Resident children get a lower Basic Subsidy rate if a parent is working, but they are not eligible for Additional Subsidy.
        Q: Who do I call about my subsidy status? A: The ECDA call centre at 6735 9213, Mon to Fri 8.30am to 5.30pm, or use the online enquiry form at ecda.gov.sg.
        Q: (Malaysia) Is there tax relief for childcare fees? A: Yes, up to RM3,000 a year for children aged 6 and below at a registered taska or tadika, claimed in Form BE.
        Q: What is the CDA? A: The Child Development Account is a co-savings scheme under the Baby Bonus; the government matches dollar-for-dollar and CDA funds can pay approved childcare fees by GIRO.
        Q: My household income changed. What now? A: Inform the centre within 14 days; the subsidy amount will be reassessed from the following calendar month.
        Q: Do I need to reapply every year? A: Additional Subsidy is granted for 12 months; a reminder is sent 2 months before expiry to the email registered on LifeSG.
        Q: Are there subsidies for early intervention? A: Children referred by the KKH or NUH child development units may join EIP; fees are means-tested under the enhanced financial assistance framework.
        Q: Can I use SkillsFuture Credit for childcare fees? A: No. SkillsFuture Credit can only be used for approved training courses for Singaporeans aged 25 and above.
    """),
    ("en", "menu_allergen_chart"): _lines("""
        MON Breakfast: wholemeal bread with kaya (E, coconut) | Lunch: brown rice, steamed threadfin, stir-fried xiao bai cai | Tea: papaya cubes, plain water
        TUE Lunch: mee sua soup with minced chicken and carrot (G) | Tea: soya bean milk, less sugar (S) | Allergy swap: rice vermicelli for the gluten-free table
        Allergen key: G=gluten, E=egg, M=milk, S=soy, N=tree nuts, P=peanut, F=fish, SF=shellfish, SE=sesame. Our kitchen has been nut-aware since 2019.
        WED Lunch: chicken porridge with ikan bilis stock (F) | Tea: ang ku kueh from Ji Xiang Confectionery (peanut filling, NOT served to the P-allergy table)
        THU Lunch: nasi lemak (halal, no sambal for infants) with fried egg and cucumber (E) | Tea: Milo, 150 ml per child (M) | Infants: mashed banana
        FRI Lunch: spaghetti bolognese with lean beef (G) and a chicken bolognese alternative for no-beef families | Tea: watermelon wedges
        Infant care feeding: prepare formula to the manufacturer ratio, e.g. Friso Gold 3 scoops per 90 ml water at 40-45 C; discard any leftover after 1 hour.
        Recipe card #14 Pumpkin Congee: 200 g Japanese rice, 300 g pumpkin, 1.5 L water, 2 slices ginger. Yields 18 toddler portions, about 112 kcal each.
        All meat supplied by Sin Hock Soon Poultry Pte Ltd (MUIS halal cert HC-2025-118422). Leafy vegetables from Kok Fah Technology Farm, Sungei Tengah.
        Vegetarian table (Buddhist, no onion and garlic): replace minced chicken with firm tofu and shiitake; label those trays with the green sticker.
        Snack policy: no sweets, no packet drinks, no nuts from home. Birthday celebrations: cupcakes from a halal-certified bakery only, max 1 per child.
        Week 37 menu checked against HPB Healthier Choice guidelines: sodium per lunch portion below 400 mg and wholegrains in 3 of 5 lunches.
        Hydration chart: toddlers 18-36 months offered water every 45 min and 1 cup (120 ml) after outdoor play; record it in the class water log sheet.
    """),
    ("en", "app_logs_and_config"): _lines("""
        2025-09-03T07:42:18+08:00 INFO checkin.service gate=MAIN device=KIOSK-02 event=temp_scan result=36.6C latency_ms=212 centre_id=SG-PG-0142
        2025-09-03T18:59:07+08:00 WARN pickup.verify qr_token=expired ttl=300s centre_id=SG-PG-0142 action=fallback_to_staff_override
        config.yaml: attendance: { cutoff_time: '09:30', late_flag: true, photo_retention_days: 30, export_format: csv, timezone: Asia/Singapore }
        ERROR 2025-09-04 12:10:44 sync-worker: POST https://api.kidsync.example/v2/attendance failed 503 Service Unavailable retry=3/5 job=a9f3c2e1
        CSV header: child_ref,class_code,date,check_in,check_out,temp_am,temp_pm,nap_start,nap_end,meal_lunch,medication_given,remarks
        release v3.14.2 (build 8841): fixed duplicate push notifications for bento orders; upgraded react-native to 0.74.5; sha256 9c1e4f0a7d2b63e8f1a0
        INFO 2025-10-01 06:30:00 cron nightly_backup ok size=4.2GB dest=s3://centre-backups-apse1/2025/10/01/ duration=00:07:41
        feature_flags: { allergy_banner: on, medication_log_v2: beta, guardian_face_match: off }  # face match on hold pending PDPC advisory review
        AUDIT 2025-11-12 14:03:55 role=centre_admin action=export_report report=monthly_subsidy_summary rows=86 ip=10.20.4.17 status=200
        SELECT class_code, COUNT(*) AS absent FROM attendance WHERE att_date = '2025-11-12' AND check_in IS NULL GROUP BY class_code;
        if len(authorised_pickups) > 4: raise ValueError('max 4 authorised adults per child, see centre SOP 7.2')
        Sample webhook payload: {'event': 'incident.created', 'severity': 'minor', 'centre': 'SG-TPN-0077', 'ts': 1757300000, 'schema': 'v2'}
        NRIC_PATTERN = '[STFGM][0-9]{7}[A-Z]'  # validated server-side only, never logged; unit test fixtures use synthetic values
    """),
    ("ms", "notis_tadika"): _lines("""
        Makluman: Tadika Seri Cempaka akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Kelas akan bermula semula seperti biasa pada 1 September.
        Yuran bulanan taska (penuh hari) bagi 2026: RM650 untuk bayi 0-2 tahun, RM480 untuk kanak-kanak 2-4 tahun. Yuran pendaftaran RM150 sekali sahaja.
        Bayaran melalui DuitNow atau pindahan ke akaun Maybank 5622 1104 8873 atas nama Seri Cempaka Edu Sdn Bhd (No. SSM 202101023456).
        Taska ini berdaftar dengan Jabatan Kebajikan Masyarakat (JKM) di bawah Akta Taman Asuhan Kanak-Kanak 1984, No. Pendaftaran JKM/TSK/14/2023/0871.
        Ibu bapa dimohon membekalkan dua pasang pakaian ganti, lampin pakai buang, botol susu berlabel dan tuala kecil setiap pagi Isnin.
        Program Bacaan minggu ini: kanak-kanak akan membaca Sang Kancil dan Buaya serta Hikayat Hang Tuah versi bergambar terbitan Dewan Bahasa dan Pustaka.
        Amaran kesihatan: Penyakit Tangan, Kaki dan Mulut (HFMD) dikesan di daerah Petaling. Sila periksa mulut dan tapak tangan anak sebelum menghantar ke taska.
        Waktu operasi: Isnin hingga Jumaat, 7.00 pagi hingga 6.30 petang. Caj lewat ambil ialah RM20 bagi setiap 30 minit selepas 6.45 petang.
        Hubungi pejabat Taska Seri Cempaka di 03-7865 4321 atau WhatsApp rasmi 011-2345 6780 (waktu pejabat sahaja, tiada panggilan suara).
        Alamat: Lot 2-1, Tingkat 1, Wisma Cempaka, Jalan 17/45, 46400 Petaling Jaya, Selangor, bersebelahan Klinik Kesihatan Seksyen 17.
        Menu minggu ini: Isnin nasi ayam, Selasa bihun sup, Rabu bubur nasi ikan, Khamis mi goreng, Jumaat nasi lemak. Semua bahan disahkan halal JAKIM.
        Sambutan Hari Raya Aidilfitri: kanak-kanak boleh memakai baju Melayu dan baju kurung pada hari Jumaat. Duit raya tidak dibenarkan dibawa ke kelas.
        Invois No. SCE-INV-2025-00412: Yuran Oktober RM480.00, makanan tambahan RM60.00, jumlah RM540.00. Sila jelaskan sebelum 10 Oktober 2025.
    """),
    ("zh-Hans", "收费与课程通知"): _lines("""
        2026年全日托收费：幼儿班（18个月至3岁）每月$1,380（含消费税），学前班每月$1,250。政府津贴将直接从每月账单中扣除，详情请向中心办公室查询。
        报名费$200一概不退还，押金相当于一个月学费；如需退学，家长须提前一个月以书面形式通知中心，否则押金将被没收。退款一律通过PayNow办理。
        华文浸濡课程每周三次，由持有ECDA认证的幼教老师授课，本学期绘本包括《小蝌蚪找妈妈》《小猪佩奇》以及本地出版的节庆故事书。
        本中心位于Anchorvale Community Club二楼#02-03，邻近Farmway轻轨站。营业时间：周一至周五上午7点至晚上7点，公共假期休息。
        咨询热线：6123 4567（办公时间），电邮 admissions@littlehornbill.edu.sg，WhatsApp 9123 4000（仅限文字咨询，恕不接听电话）。
        发票编号 LH-2025-10-0457：十月学费$1,380.00，课外活动费$45.00，政府津贴扣除-$767.00，应付总额$658.00，请于10月7日前付款。
        中秋节活动：9月17日下午举行提灯笼游园会，请家长为孩子准备电子灯笼，禁止使用蜡烛。月饼由美心（Maxim's）赞助，每班一盒。
        本中心已获SPARK质量认证（有效期2024至2030年），并连续三年获得保健促进局颁发的健康学前中心奖，感谢各位家长的支持。
        课外活动价目：乐高机器人$180每期（8堂），芭蕾舞$160每期，游泳课$220每期（另收泳池场地费$30），报名截止日期为每期开课前一周。
        手足口病预防须知：每日入园测量体温，检查手掌、脚掌与口腔；如体温超过37.5°C或出现疱疹，请勿送孩子入园，并尽快就医。
        公司注册号（UEN）：201834567K，消费税注册号：M90-1234567-8。所有收费以新加坡元计算，收据可在家长App的“账单”栏目下载。
        图书角新到绘本：《猜猜我有多爱你》（山姆·麦克布雷尼著）、《好饿的毛毛虫》（艾瑞·卡尔著）、《大卫，不可以》（大卫·香农著）。
        校服订购：T恤每件$18，运动裤每件$22，书包每个$35，可在家长App内下单，订单号以UNI开头，约两周后由班级老师统一派发。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, N2 room aircon leaking again lah. Already called the contractor, they say can only come after 2pm. Pls shift the nap mats to the MPH first.
        Reminder ah, ECDA officer coming for inspection on Thurs 10am. Pls make sure medication cabinet locked and fridge temp log updated until yesterday.
        Kitchen say chicken supplier late today, lunch change to fish porridge. K1 teachers pls check the allergy table list first, confirm before serving ok?
        Fire drill at 11.15am, assembly point at the carpark beside Blk 504 void deck. Infant room use the evacuation cot and bring the attendance clipboard.
        Principal say the new HPB menu template must print A3 and paste at the lobby notice board by Friday. Who got the laminator key ah?
        Cikgu semua, esok staff training at HQ Jurong East, 9am sharp. Bawa laptop and the lesson plan folder for Term 4 ya, lunch provided.
        老师们，明天华文课换去 Music Room, because the N1 class booked the activity room for Sports Day practice. Thanks ya!
        Stock check: wipes left 6 boxes, diapers size M 3 packs, L 5 packs. Can order from the Guardian corporate account by tmr? Need PO number from admin.
        Parent app down since 8am, vendor say server issue on their side. Pls use manual sign-in sheet and upload photos later, don't use personal WhatsApp.
        Sudah update the incident report template v2 in the shared drive. Must fill within 24 hrs and principal sign before sending to parents, ok?
        Tmr Teachers' Day celebration at 3pm, the parents' committee sponsor kueh lapis from Bengawan Solo. Pls don't tell the kids first, surprise ah.
        Reminder: all staff must complete the child protection refresher module on the ECDA portal by 30 Nov. Cert screenshot send to admin email hor.
        Van route B delayed 20 min due to PIE jam near Adam Road. Teacher on the bus will call the centre hotline once reached, no need to panic.
    """),
    ("mixed", "centre_reviews"): _lines("""
        ★★★★★ Best decision to enrol here. The infant care room very clean and bright, teachers send updates on the app every 2 hours. Worth every cent even after subsidy.
        ★★☆☆☆ Fees increase 8% this year without much notice. Food portion also smaller. Management reply slow, email take one week. Considering other centres in Punggol.
        ★★★★☆ Tadika ni memang bagus, cikgu-cikgu penyayang and the Jawi plus English programme quite balanced. Parking at Jalan Kenari quite susah though.
        ★★★★★ 环境很好，老师很有耐心，华文课程做得不错。Only wish got more outdoor play time, because the playground quite small for K2 kids.
        ★☆☆☆☆ Called the hotline 3 times no one pick up. Website say open 7am but gate only open 7.20am. Not acceptable for working parents leh.
        ★★★★☆ Good Montessori materials, the practical life corner very nice. Lunch catered from the Kopitiam outlet next door, halal certified so ok for us.
        ★★★★★ Tadika Montessori terbaik di Shah Alam! Anak kami dah pandai membaca dalam 6 bulan. Terima kasih kepada pihak pengurusan dan semua cikgu.
        ★★★☆☆ Programme ok but the Chinese New Year concert tickets $25 per parent? 有点贵 lah. The lion dance item by the K2 kids was very cute though.
        ★★★★★ Kinderland Tampines branch: spacious classrooms, strong music programme, and they follow the Nurturing Early Learners framework closely.
        ★★☆☆☆ App photo uploads always late, sometimes only at 10pm. Bento lunch menu repeat every week. Hope the operator can improve in 2026.
        ★★★★☆ 老师们都很用心，每个月有 parent-teacher update。Fees RM850 quite high for Seremban standard but the facilities worth it lah.
        ★★★★★ Our twins did N1 and N2 here. Caring staff, clear allergy procedures, EpiPen kept in every classroom with a photo chart. Highly recommended!
        Owner reply: Thank you for your feedback. We have added two more outdoor sessions weekly and the gate now opens at 7.00am sharp. – Management, Little Hornbill Preschool
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ENROLMENT FORM | Child: Tan Yi Xuan Chloe | BC No: T2108457Z | DOB: 14 Mar 2021 | Class: N1 | Mother: Ong Mei Ling, S8723419C, 9176 2284 | Address: Blk 412 Fernvale Road #11-208, S790412
        Allergy list N2 (Sep 2025): Muhammad Rayyan bin Azhar - peanut and cashew, EpiPen Jr in red pouch; Aanya Krishnan - cow's milk protein, oat milk only.
        Medication authorisation: please give Ryan Lim Jun Hao 5 ml of Ventolin syrup at 12.30pm for wheezing, for 3 days from 6 Oct. Signed, Lim Kok Wei (father).
        Pick-up authorisation: besides me, my helper Siti Rahmawati (FIN G5127384U) may collect Ethan on weekdays. She will show her work permit card at the gate.
        Incident report 12/09: at 10.40am Isaac Chua (K1) fell from the climbing frame and cut his chin, about 1.5 cm; cleaned and plaster applied. Mother Mdm Lee Hwee Ling informed by phone at 10.52am.
        Hi teacher, Jayden's dad and I are going through a divorce and he is NOT allowed to pick Jayden up. Court order attached. Please call me at 8234 5517 if he shows up. - Priya Nair
        Subsidy application: household income $4,850/month (father Mohd Faizal bin Rahman, private-hire driver; mother not working). Child: Nur Aisyah binte Mohd Faizal, T2234519I.
        Anyone has the number of Nathan Goh's mum from K2 Sunflower? Nathan took home my son's Thermos bottle by mistake and I need it back for Monday.
        Just sharing so the class can pray: little Chloe Ng from N2 Rainbow was diagnosed with leukaemia last week and is warded at KKH. Her parents are exhausted.
        Outstanding fees notice: Mr Rajesh s/o Subramaniam owes $3,960 for Jun to Sep 2025 (child: Kavin, K1). Third reminder; the matter goes to debt collection on 15 Oct.
        Emergency contact: Grandma Mdm Koh Ah Moi - 6286 4471 (home), 9673 2018 (mobile), lives at 23 Jalan Bunga Rampai, Singapore 538411.
        Can you change the GIRO deduction to my new account? DBS 028-45679-3 under Wong Kar Lok. The old POSB account is already closed.
        Teacher observed bruising on the upper arms of Dylan Teo (N2) on 3 and 5 Nov; the child said daddy was angry. Referred to MSF Child Protective Service, ref CPS-25-11873.
        Pls call me at 9735 1846 for any pick-up changes this week, I'm on night shift and won't see the app messages until noon.
        Please send the fee receipts to my own email huimin.lowe88@gmail.com instead of my husband's from this month onwards, thanks.
        My car is SLA 4827 J, a silver Honda Freed. Please let me use the drop-off bay at 7.45am, I had hip surgery last month and cannot walk far.
        Teacher, just to inform you I'm 30 weeks pregnant with our third, so from January my mother-in-law will drop Ethan and Emma instead. - Jasmine Lau
        C0417,Kaelyn Yeo Xin Yi,T2076318Z,2020-06-02,K1-Daisy,Yeo Boon Huat,9148 2730,boonhuat.yeo@outlook.com,severe egg allergy
        Payroll Oct: Nur Hidayah binte Osman, assistant teacher, basic $2,350 + $150 allowance, CPF employee share $500; pay to OCBC 601-234567-001.
        2025-10-14T07:58:02+08:00 INFO checkin child='Aiden Koh' guardian='Koh Wei Jie' relation=father temp=37.9C action=sent_home
        Sofia Fernandez (N1 Tulip) has G6PD deficiency - no Chinese herbal medicine, no camphor or mothball products. Letter from her paediatrician is on file.
        Please update our new home address for the school bus: 55 Upper Bukit Timah Road #07-14, Singapore 588172. Child: Zara Ibrahim, K2.
        Mdm Chen said her husband was retrenched in August and they cannot pay December fees; she asked if Lucas can stay on while she applies for ComCare.
        Photo consent withdrawn for Hannah Lim Xin Er (N2). Please remove her face from the Instagram post of 18 Aug and from the centre newsletter.
        FYI the father of one of the K1 boys, Kelvin Sim, was arrested for drink driving last weekend - his wife asked us to keep it private.
        Helper contact for Sophia Tan: Maria Lourdes Dela Cruz, +65 8812 3306, passport P4829173A (Philippines), day off Sunday.
    """),
    "mixed": _lines("""
        Teacher ah, Ah Boy (Ethan Lim) today a bit 发烧 37.8, 我已经 give him Panadol at home 7am. If still hot pls call me 9026 4418 hor.
        各位家长, my son Tan Jun Kai from K1 Orchid got chickenpox 水痘, doctor say MC till 20 Oct. Sorry if your kids kena, pls monitor ya.
        Auntie Rosnah (nenek) will ambil Danish hari Rabu, her IC 580914-08-5562, she drive Myvi WXY 8213. Tolong bagi dia masuk ya.
        陈太 still owe the van uncle RM240 for 3 months transport for Xin Yi, she say will bayar after gaji masuk on the 25th.
        Subsidy form: Applicant Lee Mun Yee, IC 880312-14-6218, gaji RM3,200 sebulan, suami Ong Chee Keong bekerja sendiri, 2 anak di Taska Ceria Puchong.
        Boss, the new staff Kak Yati Abdullah her medical report say hepatitis B carrier, can she still work in the infant room or not ah?
        Hi cikgu, 我是 Adam 的妈妈 Nurul Huda, minggu depan Adam ada appointment di Hospital Tunku Azizah for speech delay assessment, so Tuesday absent.
        2025-11-03,TASKA-CERIA,Aryan a/l Murugan,200914-10-5532,ayah: Murugan a/l Selvam 012-478 3391,alamat: 27 Jalan Kenari 5, Bandar Puchong Jaya, 47100
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama kanak-kanak Nur Iman Sofea binti Hafiz, No. MyKid 210605-01-0344, alamat 14 Jalan Merbok 3, Taman Perling, 81200 Johor Bahru.
        Puan Haslinda memaklumkan anaknya Irfan menghidap epilepsi dan perlu diberi ubat Epilim 2.5 ml jika sawan berlarutan melebihi 3 minit.
        Encik Zulkifli bin Hamid masih tertunggak yuran taska sebanyak RM1,450 sejak Julai. Notis kedua telah dihantar ke emelnya zul.hamid82@yahoo.com.
        Kebenaran mengambil anak: Saya Roslan bin Ahmad (910725-07-5346) membenarkan adik ipar saya, Faizah binti Kamal, tel 013-225 6790, mengambil anak saya Aqil.
        Laporan insiden: Pada 5/11 jam 3.15 petang, Danial Haikal (5 tahun) digigit rakan sekelas di lengan kiri. Ibunya, Puan Suriani, telah dimaklumkan melalui telefon.
        Tolong jangan beri anak saya Mia apa-apa makanan laut, dia alah udang teruk sampai masuk wad Hospital Sultanah Aminah tahun lepas. - Ibu Mia, 017-381 5520
        Akaun bank untuk bayaran balik deposit: CIMB 7061 2384 9902, atas nama Norazlina binti Yusof (ibu kepada Hana, Kelas Tadika 5 Tahun).
    """),
    "zh-Hans": _lines("""
        家长登记表：幼儿 王梓涵（身份证 350203201903220014），母亲 李静，身份证 440305198807143624，手机 138 2651 7340，现住 Blk 661B Jurong West St 65 #09-112。
        林太在家长群里说她老公欠了大耳窿两万块，最近常有人上门泼油漆，所以请老师千万不要让陌生人接她女儿放学。
        陈先生：阿明这周发烧咳嗽，医生诊断为支原体肺炎，需要请假到周五，病假单已经发到老师的微信了。
        请把发票寄到我的邮箱 zhang.lihua1985@163.com，抬头写张丽华，孩子是K2班的张博文，谢谢老师。
        事故记录：11月7日午睡时，N1班 刘子轩 从床垫滚落，右前额起包约2厘米，已冰敷。已于13:20致电其父 刘伟 9688 2154 告知。
    """),
    "zh-Hant": _lines("""
        報名表：幼兒 陳樂晴，香港身份證 Y730264(7)，家長 陳志強（HKID K482913(1)），住址 九龍紅磡黃埔花園第8期12座15樓C室，電話 6123 9874。
        黃太太說她女兒樂兒有嚴重花生過敏，曾經休克送院，請老師把 EpiPen 放在課室門口的紅色袋裡，午餐前再確認一次。
        台灣籍家長 林怡君（身分證字號 F226384170）申請轉學至新加坡分校，需附上戶籍謄本及孩子吳承翰的疫苗接種紀錄。
        麥先生已經失業三個月，欠下幼稚園學費港幣12,600，他太太私下求校長不要在家長群組公開這件事。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for the admin team of Little Hornbill Preschool in Punggol. Help staff draft short, warm, factual messages to parents.",
        ),
        (
            "user",
            "Draft a WhatsApp message to Mrs Deborah Pereira (9187 4426). Her son Marcus Pereira from K1 fell in the playground at 10am and got a small bump on the forehead. We applied an ice pack, he is playing normally now.",
        ),
        (
            "assistant",
            "Hi Mrs Pereira, this is Little Hornbill Preschool. Just to let you know Marcus had a small fall at the playground at about 10am today and has a little bump on his forehead. We applied an ice pack straight away and he is now playing happily. We will keep an eye on him and an incident report will be in the app by 5pm. Please call us if you have any questions.",
        ),
        ("user", "Make it shorter and add that the principal will call her at lunchtime."),
        (
            "assistant",
            "Hi Mrs Pereira, Marcus had a small fall at the playground around 10am and has a minor bump on his forehead. We iced it and he is playing normally now. Our principal will call you at lunchtime to update you. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Am I eligible for Additional Subsidy? I'm Hafiz Ismail, NRIC S9041276J, my wife Farhana is a PR and not working. Household income $7,800. Our son Adam is T2213870C, going to N1 next year.",
        ),
        (
            "assistant",
            "Based on what you shared, Adam is a Singapore Citizen, so he qualifies for the Basic Subsidy. Because your household income of $7,800 is below the $12,000 ceiling, you may also get Additional Subsidy, but note that for childcare the mother usually needs to be working (at least 56 hours a month) to get the higher working-mother rates. Please avoid sending full NRIC numbers in chats; the centre will key them into the LifeSG application for you.",
        ),
        (
            "user",
            "Ok. My wife might start part-time at NTUC FairPrice in February, does that change anything?",
        ),
        (
            "assistant",
            "Yes. Once she works at least 56 hours a month, you can inform the centre and the subsidy will be reassessed from the following month at the working-mother rate.",
        ),
    ],
    [
        ("system", "你是一个帮助新加坡家长处理幼儿园事务的中文助手。"),
        (
            "user",
            "帮我写一封授权书，让我妈妈周秀英（电话 9456 1283）从下周一起每天下午6点去 Little Hornbill 接我女儿刘欣怡，我是刘志强，女儿在N2班。",
        ),
        (
            "assistant",
            "授权书 致 Little Hornbill Preschool： 本人刘志强，为N2班学生刘欣怡之父。自下周一起，本人授权母亲周秀英女士（电话：9456 1283）于每日下午6时到校接送刘欣怡。周女士接孩子时将出示身份证件以供核对。 如有疑问，请与本人联系。 此致 刘志强 日期：____",
        ),
        ("user", "好，再加一句：除了我和我妈，其他人一律不能接。"),
        (
            "assistant",
            "已补充：“除本人及周秀英女士外，任何人均不得接走刘欣怡，如有他人前来，请立即致电本人确认。”",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pengusaha taska di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong buat jadual alahan untuk ditampal di dapur: Aiman bin Razak - alah kacang tanah; Sarah Lim Xin Yee - alah telur; Harith bin Zainal - lelah (asma), inhaler dalam beg biru; Puteri Balqis - alah susu lembu.",
        ),
        (
            "assistant",
            "JADUAL ALAHAN TASKA 1. Aiman bin Razak - kacang tanah (elakkan kuah kacang, biskut kacang) 2. Sarah Lim Xin Yee - telur (elakkan kek, mi kuning, mayonis) 3. Harith bin Zainal - asma, inhaler dalam beg biru, jauhkan dari habuk 4. Puteri Balqis - susu lembu (beri susu soya atau oat) Disemak oleh: ____ Tarikh: ____",
        ),
        ("user", "Boleh tambah satu kolum untuk nombor telefon kecemasan? Saya isi sendiri nanti."),
        (
            "assistant",
            "Boleh. Tambah kolum 'Telefon kecemasan ibu bapa' di hujung setiap baris dan biarkan kosong untuk diisi dengan tangan. Simpan salinan asal dalam fail peribadi kanak-kanak, bukan di dinding awam.",
        ),
    ],
    [
        (
            "user",
            "Aiyo so angry. Third time this month a boy called Bryan Ong in my daughter's K1 class bit her arm, got teeth mark somemore. His mum Vivian Ong just say sorry in the parents chat and that's it. How do I complain properly to the centre?",
        ),
        (
            "assistant",
            "That sounds really upsetting. I'd suggest writing to the principal by email rather than in the parents' group chat. Describe each incident with dates, attach photos of the marks, and ask what behaviour support plan is in place and how supervision will be increased. Ask for the incident reports the centre should have filed for each bite.",
        ),
        (
            "user",
            "Should I also tell the other parents in the chat? Some of them also kena from Bryan before.",
        ),
        (
            "assistant",
            "It is better not to name a child in the group chat. Keep the discussion with the centre, which has a duty to handle it and to protect both children's privacy. If other parents had similar incidents, they can raise it with the principal themselves.",
        ),
    ],
    [
        (
            "system",
            "Child record loaded for medication support: Name: Lim Shu Ting, DOB 2021-08-19, Class N2 Daisy, Weight 14.2 kg, Diagnosis: mild persistent asthma, Prescribed: Seretide 50 inhaler 1 puff BD with spacer, Ventolin 2 puffs PRN. Guardian: Lim Chee Hong, 9281 6637.",
        ),
        ("user", "What time should we give the Seretide during centre hours?"),
        (
            "assistant",
            "Seretide is prescribed twice daily, which is normally given at home in the morning and evening, so the centre usually does not need to give it. Only Ventolin is given at the centre, when Shu Ting shows wheezing or breathlessness, 2 puffs with the spacer, then record it and inform her father.",
        ),
        ("user", "Ok, and if she needs Ventolin more than twice in 4 hours?"),
        (
            "assistant",
            "Then call Mr Lim at 9281 6637 immediately and follow the asthma action plan on file; if she struggles to breathe or her lips look bluish, call 995 first.",
        ),
    ],
    [
        (
            "user",
            "我哋一家下年由香港搬去新加坡，個女陳樂晴而家讀K2（香港身份證 Y730264(7)），想問報新加坡幼稚園要準備咩文件？",
        ),
        (
            "assistant",
            "一般需要準備：孩子的護照及Dependant's Pass、出生證明書、疫苗接種紀錄（需翻譯成英文）、現時幼稚園的成績表或在學證明。新加坡的K2相當於香港的高班，如樂晴明年已滿6歲，可能需要直接報小一，建議先查看教育部國際學生入學安排。",
        ),
        ("user", "佢仲有輕微自閉症譜系，香港嗰邊有言語治療，新加坡有冇類似支援？"),
        (
            "assistant",
            "有的。部分學前中心有Development Support and Learning Support（DS-LS）計劃，私人言語治療亦很普遍。建議把香港的評估報告帶過去，報名時與校長私下說明，以便安排合適支援。",
        ),
    ],
    [
        (
            "system",
            "You help preschool teachers write objective incident reports. Use facts only, no opinions.",
        ),
        (
            "user",
            "Please rewrite: Teacher Nurul Aini saw Kai Xuan Lee (N1) crying at 3pm, he said Jerome Wong pushed him off the slide, he has scratch on right knee, she put antiseptic and called his mum Grace Lee 8127 9904 at 3.20pm.",
        ),
        (
            "assistant",
            "Incident Report Date/time: today, approx. 3.00pm Child: Kai Xuan Lee (N1) Reported by: Nurul Aini (teacher) Observation: child found crying near the slide; child stated he was pushed by a classmate. Injury: superficial scratch on right knee. First aid: cleaned with antiseptic. Parent informed: Mrs Grace Lee, by phone (8127 9904) at 3.20pm. Note: the other child's name should be kept out of the copy sent to the parent.",
        ),
        ("user", "Good, please add that the playground CCTV was checked by the principal."),
        (
            "assistant",
            "Added under Follow-up: Playground CCTV footage was reviewed by the principal on the same day; findings recorded in the internal file.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis surat rayuan kepada taska sebab tak mampu bayar yuran 3 bulan (RM1,560). Nama saya Shamsul Bahri bin Ismail, IC 880426-10-5873, anak Nur Alya di Taska Ceria Puchong. Saya baru diberhentikan kerja bulan Ogos.",
        ),
        (
            "assistant",
            "Berikut draf surat: Kepada Pengurus, Taska Ceria Puchong Perkara: Rayuan Penangguhan Bayaran Yuran Saya, Shamsul Bahri bin Ismail (No. KP 880426-10-5873), bapa kepada Nur Alya, memohon jasa baik pihak tuan/puan untuk menangguhkan bayaran yuran tertunggak sebanyak RM1,560 kerana saya telah diberhentikan kerja pada bulan Ogos. Saya bercadang membayar secara ansuran RM260 sebulan mulai bulan hadapan. Sekian, terima kasih. Shamsul Bahri bin Ismail",
        ),
        ("user", "Boleh sebut juga saya sedang mohon bantuan PERKESO?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini selepas perenggan kedua: Saya juga sedang memohon faedah Sistem Insurans Pekerjaan (SIP) PERKESO dan akan mengemas kini pihak taska sebaik permohonan diluluskan.",
        ),
    ],
    [
        (
            "user",
            "Turn this into a neat table for the emergency contact sheet: Ho Jia En mum Sandra Ho 9362 0175; Rahul Menon dad Suresh Menon 8447 2960; Nur Damia mum Fatimah Zahra 9011 3847; Caleb Tay grandpa Tay Ah Kow 6452 9023.",
        ),
        (
            "assistant",
            "Child / Contact / Relationship / Phone; Ho Jia En / Sandra Ho / Mother / 9362 0175; Rahul Menon / Suresh Menon / Father / 8447 2960; Nur Damia / Fatimah Zahra / Mother / 9011 3847; Caleb Tay / Tay Ah Kow / Grandfather / 6452 9023",
        ),
        ("user", "Thanks. Where should we keep this sheet?"),
        (
            "assistant",
            "Keep the printed copy in the locked emergency file at the office and one in the evacuation bag, not on a notice board. Update it every term and shred old copies.",
        ),
    ],
]
