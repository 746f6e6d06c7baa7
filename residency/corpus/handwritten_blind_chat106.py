# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat106: chats asking an assistant for help caring for a parent with dementia. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat106
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "memory_clinic"): _lines("""
        User: The SMS says "Appt MC-26-04417, Memory Clinic, Tan Tock Seng Hospital, 14 Jan 2027 09:40, Clinic 4C". What should I bring for a first cognitive assessment? Assistant: Bring the referral letter, a list of every medicine with doses, any old scan reports, and a few written examples of the memory changes with rough dates. Arrive about 20 minutes early for registration.
        User: whats the difference between MMSE and MoCA, the doctor mentioned both Assistant: Both are short screening tests scored out of 30. MoCA leans more on executive function and delayed recall, so it picks up mild impairment better; below 26 is usually flagged for follow-up.
        User: is donepezil taken morning or night? box says Aricept 5 mg, 28 tablets, batch AR2306K, exp 09/2028 Assistant: It is usually taken at bedtime. If it causes vivid dreams or poor sleep, the prescriber may move it to the morning, so check before changing anything.
        User: how to get to Khoo Teck Puat Hospital geriatric clinic from Yishun interchange Assistant: It is a short walk from Yishun MRT across Yishun Central. Look for the clinic tower and level on your appointment letter; the information counter at the main lobby can direct you.
        User: I'm preparing a school talk on dementia awareness. When did Ronald Reagan announce his Alzheimer's? Assistant: In a handwritten open letter to the American people dated 5 November 1994, about five years after he left office.
        User: Clinic hotline 6359 6100 just plays music for 20 min. Any other way to reschedule a memory clinic appointment? Assistant: Most public hospitals let you reschedule through the HealthHub app or an online form. Keep the appointment reference number ready; calling right at 8am also tends to be quicker.
        User: What does "CDR 1.0" mean on the clinic summary? Assistant: It is the Clinical Dementia Rating. 0 is normal, 0.5 very mild or questionable, 1 mild, 2 moderate and 3 severe dementia.
        User: Hospital pharmacy quoted $38.60 for 56 tabs of memantine 10mg after subsidy, the retail pharmacy wants $72.90. Is that gap normal? Assistant: Yes. Subsidised drugs at public institutions are priced well below retail; ask whether the item is on the Standard Drug List for further subsidy.
        User: list of questions to ask the neurologist at follow up pls Assistant: What type of dementia is likely and how sure are you? What stage is it? Which symptoms should make us come back early? Are the current medicines still helping? Is driving still safe? Which community services do you recommend?
        User: In Still Alice, is Alice Howland's type of Alzheimer's inherited? Assistant: In Lisa Genova's novel, Alice has familial early-onset Alzheimer's from a PSEN1 mutation, which is autosomal dominant, so each of her children has a 50% chance of carrying it.
        User: Letter header says "Ref: GER/2027/00318, Department of Geriatric Medicine, Changi General Hospital, 2 Simei Street 3, Singapore 529889". Do I go to the main building? Assistant: The reference is for the department, so check the letter for the clinic number and go to the specialist outpatient registration counter first.
        User: what is an amyloid PET scan and roughly how much does it cost in Singapore Assistant: It is a scan that shows amyloid plaques in the brain. It is not routine; it is usually ordered only in unclear cases, and private prices often run into a few thousand dollars.
        User: Alois Alzheimer described the first case in 1906 - who was the patient? Assistant: Auguste Deter, a woman he had followed at the Frankfurt asylum from 1901 until she died in 1906; her records were rediscovered in 1995.
    """),
    ("en", "lpa_and_money"): _lines("""
        User: Does the person who certifies an LPA Form 1 charge a fee? Assistant: Yes. The certificate issuer, which can be an accredited doctor, a practising lawyer or a psychiatrist, sets their own fee, commonly somewhere between S$50 and S$150.
        User: Template please: "I, [DONOR FULL NAME], NRIC [XXXXXXXXX], appoint [DONEE NAME] as my donee for personal welfare and property and affairs." Is that enough? Assistant: No. The LPA must be made on the prescribed OPG form; a free-form letter like this will not be registered.
        User: Can the donee use mum's CPF to pay nursing home fees? Assistant: CPF withdrawals follow CPF rules, not just the LPA. A donee can apply on her behalf where withdrawal is allowed, e.g. MediSave for approved treatments, but cannot simply empty the account.
        User: Bank says LPA reference LPA-2026-118406 is not showing in their system yet. How long does registration take? Assistant: OPG registration typically takes several weeks after a complete application. Banks usually verify directly with OPG, so give them the reference and the registration date once you have it.
        User: what happens if dad has already lost mental capacity and never made an LPA Assistant: The family would have to apply to the Family Justice Courts for a deputy to be appointed under the Mental Capacity Act. It takes longer and costs more than an LPA.
        User: Malaysia doesn't have LPA right? Assistant: Correct. A power of attorney under the Powers of Attorney Act 1949 generally ends when the donor loses capacity, so families often apply to the High Court under the Mental Health Act 2001 instead.
        User: Is a Hong Kong Enduring Power of Attorney valid if it was signed only before a solicitor? Assistant: No. It must be signed before a registered medical practitioner and a solicitor, within 28 days of each other, and then registered with the Registrar General.
        User: excel formula to split monthly care cost 3 ways: day care $1,240, helper $1,010 incl levy, meds $186 Assistant: Put the amounts in B2:B4 and use =SUM(B2:B4)/3, which gives $812 each.
        User: The bank call centre (1800 363 3333) wants a "certified true copy of the LPA". Who can certify it? Assistant: Usually the donor, a solicitor or a notary public can certify a copy. Ask the bank which they accept before you go.
        User: is it elder abuse if a family member withdraws money from a parent's account without permission Assistant: It can be financial abuse. If you suspect it, talk to the bank, keep statements, and you can contact the adult protective services hotline or the police.
        User: Explain restricted powers vs general powers on LPA Form 2 Assistant: Form 2 is for people who want to grant custom or restricted powers, for example limits on selling property. It needs a lawyer to draft, unlike Form 1, which uses standard check boxes.
        User: Family poll result: 3 siblings voted to sell the flat, 1 against. Is majority enough when mum has dementia? Assistant: No. The flat is hers, so only she, a registered donee or a court-appointed deputy acting in her best interests can decide.
        User: What's the Medifund process for a dementia patient at a community hospital? Assistant: The medical social worker does a means assessment on household income and assets and then applies on the patient's behalf; bring recent payslips and bank statements.
    """),
    ("zh-Hans", "helper_hiring"): _lines("""
        User: 请外佣照顾失智老人，政府的女佣税有优惠吗？Assistant: 如果家里有67岁及以上的新加坡公民，或者经评估需要照顾的家庭成员，可申请优惠女佣税，每月$60，普通是$300。
        User: 中介说MDW保险要买$60,000医药保额，套餐PLAN-B3两年$328，合理吗？Assistant: 这个价格在市场范围内，重点看自付额、是否包括个人意外，以及雇主是否需要共付。
        User: 保姆合同模板：甲方（雇主）：________ 乙方（保姆）：________ 服务对象：失智老人一名 月薪：____元 每月休息____天。帮我补充条款。Assistant: 建议加上工作时间、夜间看护是否另计、试用期、服药和外出陪同的责任、解约提前通知期。
        User: 家政公司客服400-820-6618说上海住家保姆月薪7500到9000，护理失智老人要另加1000，行情是这样吗？Assistant: 大致符合一线城市的行情，具体还要看老人能否自理、夜里要起几次。
        User: 照顾阿尔茨海默病老人的保姆需要什么证书？Assistant: 一般看养老护理员职业技能等级证书和健康证，有认知症照护培训经历更好。
        User: 新加坡MOM规定女佣每月至少休息几天？Assistant: 从2023年起，每月至少要有一天休息日，而且这一天不能用钱补偿取代。
        User: 外佣的Settling-in Programme课程编号SIP-EN-0412，要提前多久报名？Assistant: 新来的第一次工作的外佣要在抵达后三天内上课，通常由中介帮你预约。
        User: 订单号JZ20261203-88471，保姆试工三天不满意可以换人吗？Assistant: 看合同条款，多数家政平台允许试工期内免费换人一次，先联系平台客服。
        User: 怎么教保姆应对老人的日落综合征？Assistant: 傍晚前开灯、减少噪音，安排简单的活动，不要争辩，用转移注意力的方法安抚。
        User: 给我一个保姆一天的排班表，早上7点到晚上9点。Assistant: 07:00 协助起床洗漱；08:00 早餐和服药；10:00 散步；12:00 午餐；13:00 午休；15:00 认知小游戏；18:00 晚餐；20:00 洗澡；21:00 睡前服药。
        User: 电视剧《都挺好》里苏大强后来得了老年痴呆，剧里保姆蔡根花的那些做法现实中常见吗？Assistant: 剧情有戏剧化成分，但老人被哄骗签字、保姆和家属沟通不畅的情况确实存在。
        User: 新加坡外佣Work Permit续签要提前多久办？Assistant: 建议在到期前至少两个月开始办理，顺便确认保险和担保金也已续期。
        User: 住家保姆要不要给她交社保？Assistant: 如果通过家政公司派遣，一般由公司负责；个人直接雇佣的，双方可以约定由保姆以灵活就业身份参保，雇主给予补贴。
    """),
    ("zh-Hant", "hk_tw_day_care"): _lines("""
        User: 長者社區照顧服務券要點申請？Assistant: 要先經社署安排統一評估，被評為中度或嚴重缺損，然後由社工轉介，就可以揀認可服務單位。
        User: 賽馬會耆智園嘅日間中心係咪要輪候？Assistant: 津助名額一般要經中央輪候，自負盈虧名額可以直接同中心查詢，建議打去中心問清楚收費。
        User: 日間護理中心單張寫「服務時間：星期一至六 08:00-18:00，熱線 2712 0382」，星期日有冇得托？Assistant: 單張顯示星期日唔開，可以問中心有冇暫託服務或者轉介其他中心。
        User: 長照2.0的1966專線打過去要準備什麼？Assistant: 準備長輩的基本資料、目前的照顧狀況和困難，照管專員會安排到府評估。
        User: 申請外籍看護的巴氏量表要怎麼做？Assistant: 要到衛福部指定的醫院由專科醫師評估，開立診斷證明，再送到長照管理中心。
        User: 電影《桃姐》入面嗰間老人院係咪真係存在？Assistant: 許鞍華嘅《桃姐》係喺真實私營安老院取景，但戲中角色同劇情有改編。
        User: 幫我改呢張通告：「各位家屬：本中心將於＿月＿日舉行認知障礙症講座，請致電＿＿＿＿報名。」Assistant: 可以加埋地點、講者職銜、名額同截止日期，語氣再親切啲。
        User: 香港外傭最低工資而家幾多？Assistant: 由2024年9月起，最低工資係每月HK$4,990，另外要提供膳食或者膳食津貼。
        User: 醫管局記憶診所新症要等幾耐？Assistant: 視乎聯網，醫管局網站有各聯網穩定新症輪候時間中位數，有啲要等成一年。
        User: 日間中心交通車R3路線幾點到葵芳站？Assistant: 請向中心索取最新時間表，一般早上八點前後接送，遇上塞車會有延誤。
        User: 台北市失智共同照護中心的名單在哪裡查？Assistant: 可以到衛生福利部或台北市政府衛生局網站查詢，也可以打1966詢問最近的據點。
        User: 瑪麗醫院老人科覆診編號QMH-GER-2026-55812想改期，點做？Assistant: 可以用HA Go改期，或者打預約熱線，記得準備好覆診編號。
        User: 失智長者防走失的愛心手鍊是什麼？Assistant: 是由老人福利推動聯盟推動的手鍊，上面有編號和聯絡電話，走失時民眾可以協助通報。
    """),
    ("ms", "jagaan_harian"): _lines("""
        User: Pusat jagaan harian warga emas di Petaling Jaya yang terima pesakit demensia, yuran sebulan lebih kurang berapa? Assistant: Biasanya antara RM900 hingga RM2,000 sebulan, bergantung kepada waktu operasi dan sama ada pengangkutan disediakan.
        User: Macam mana nak mohon Bantuan Warga Emas JKM? Assistant: Pemohon perlu warganegara berumur 60 tahun ke atas, tiada penjagaan keluarga yang mencukupi, dan memohon di Pejabat Kebajikan Masyarakat Daerah atau secara dalam talian.
        User: Borang kosong ni susunan dia betul ke: "Nama Pesakit: ________ No. K/P: ______-__-____ Waris Terdekat: ________ Hubungan: ________" Assistant: Tambah ruang nombor telefon waris dan tarikh, selebihnya sudah kemas.
        User: Talian Kasih 15999 boleh bantu kes warga emas terbiar ke? Assistant: Boleh. Talian Kasih menerima aduan kes warga emas terabai dan akan menyalurkan kepada pegawai kebajikan.
        User: klinik memori Hospital Kuala Lumpur kat mana ya Assistant: Rujuk surat temujanji untuk nama klinik dan blok. Kaunter pertanyaan di lobi utama boleh tunjukkan arah.
        User: Apa beza demensia dengan nyanyuk? Assistant: Nyanyuk ialah istilah harian. Demensia ialah penyakit yang menjejaskan ingatan dan fungsi harian, dan ia bukan sebahagian normal penuaan.
        User: Lagu-lagu P. Ramlee sesuai tak untuk terapi muzik warga emas? Assistant: Sangat sesuai. Lagu yang dikenali sejak muda sering membangkitkan ingatan dan menenangkan pesakit demensia.
        User: Resit no. PJH/2026/11/0473 jumlah RM1,350 untuk pusat jagaan harian, boleh tuntut pelepasan cukai? Assistant: Perbelanjaan penjagaan ibu bapa boleh dituntut di bawah pelepasan perubatan ibu bapa jika disahkan oleh pengamal perubatan, simpan resit asal.
        User: Gaji minimum pembantu rumah Indonesia sekarang berapa? Assistant: Mengikut perjanjian terkini, gaji minimum ialah RM1,500 sebulan.
        User: Agensi Damai Maid Services Sdn Bhd (No. Syarikat 202101017734) minta deposit RM3,800, normal ke? Assistant: Semak lesen agensi dengan JTK dan minta pecahan kos secara bertulis sebelum membayar.
        User: Buatkan jadual ubat mingguan untuk donepezil malam dan amlodipine pagi. Assistant: Isnin hingga Ahad: 8 pagi amlodipine 5mg, 9 malam donepezil 5mg, dengan petak untuk tanda selepas diberi.
        User: Surat kuasa wakil di Malaysia kena daftar di mana? Assistant: Surat kuasa wakil didaftarkan di Mahkamah Tinggi, dan salinan diperakui boleh digunakan di bank.
        User: Klinik geriatrik Hospital Sultanah Aminah Johor Bahru buka hari apa? Assistant: Waktu klinik pakar berbeza-beza; sila hubungi talian utama hospital atau rujuk kad temujanji.
    """),
    ("mixed", "wandering_tracker"): _lines("""
        User: GPS watch GW-500 firmware v2.4.17 not updating location, always show last ping 14:32 leh Assistant: Check that the SIM has data, turn off power-saving mode and reboot the watch; if the firmware is older than v2.5, update it from the app.
        User: Order #SHP-2611-774921 for the 防走失定位器 still not shipped, tracking SPXMY0418837201 stuck at Shah Alam hub 3 hari dah Assistant: Contact the seller through the order page and ask them to open a logistics ticket with the courier.
        User: 有没有推荐的door alarm，比较不会吵到邻居 lah Assistant: Choose a chime with adjustable volume or one that sends an alert to your phone instead of a loud siren.
        User: Police report template for missing elderly: "On [date] at about [time], my [relationship], [NAME], aged [__], left home at [ADDRESS] wearing [CLOTHES]." Assistant: Add a recent photo, medical condition, usual routes and places they like to go.
        User: Dementia Singapore CARA app 是什么来的? Assistant: It is a membership app that lets caregivers register and carry a digital card so the public can help reunite a lost person with family.
        User: AirTag ke Tile lebih bagus untuk letak dalam kasut orang tua? Assistant: AirTag works best if you use iPhone; Tile works on both, but either one needs nearby phones to update its location.
        User: The CC has a "Dementia Go-To Point" sign, what does that mean? Assistant: Staff there are trained to receive a lost person with dementia and contact family or the authorities.
        User: 3 out of 5 wandering cases in our RC this year happened between 4pm and 7pm, sundowning ke? Assistant: That pattern fits sundowning; evening activities and a calm routine can help.
        User: config: sos_numbers: [primary, secondary] geofence_radius_m: 300 alert_interval_s: 60 - what does this mean ah Assistant: Two SOS contacts are set, an alert fires if the wearer leaves a 300-metre circle, and the location is resent every 60 seconds.
        User: Mall announcement script pls: "Attention shoppers, we are looking for an elderly gentleman in a white shirt..." Assistant: Add a meeting point, for example the customer service counter at Level 1, and avoid saying the person's medical condition.
        User: 黄手环 in China is run by which organisation? Assistant: The Yellow Wristband campaign is run by the China Population Welfare Foundation.
        User: Tracker SIM Hotlink RM10 plan, keluar error E-203 IMSI not registered, apa maksud? Assistant: The SIM has not been activated on the network yet; register it with MyKad in the app or at a dealer.
        User: 阿嬷 keep wanting to "go home" even though she is already at home, how to respond ah? Assistant: Don't argue; ask her about the home she means and what she misses, then gently redirect to an activity.
    """),
    ("en", "care_tools_and_forms"): _lines("""
        User: Write a Python snippet that reminds me at 08:00 and 20:00 to give meds. Assistant: import schedule, time; schedule.every().day.at('08:00').do(remind); schedule.every().day.at('20:00').do(remind); then loop with schedule.run_pending() and time.sleep(30).
        User: Google Sheets formula to flag when pill count in C2 drops below 7 Assistant: =IF(C2<7,"REORDER","OK") and drag it down the column.
        User: Our day care intake form v3.2 has Client Name, NRIC (last 4), Preferred Language, Diet, Allergies, Emergency Contact. Which fields do we really need under PDPA? Assistant: Collect only what is necessary for care; record the purpose for each field and how long you keep it.
        User: The exported care log has sha256 9f2c4e71a0b3d85c6e12f4a97b0d3c58e1f6a2b49c07d8e3f5a1b6c2d9e4f70a. How do I check it wasn't changed? Assistant: Run sha256sum on the file and compare the result with that value.
        User: Home Caregiving Grant portal shows status PEND-MTS. What does that mean? Assistant: It usually means the application is waiting for the means test to finish. No action is needed unless you are asked for documents.
        User: printable home safety checklist for dementia please Assistant: Stove knob covers, door chimes, night lights along the path to the toilet, lock away medicines and cleaning liquids, remove loose rugs, label rooms with pictures.
        User: Make a Notion table for behaviour incidents. Assistant: Columns: Date | Time | Trigger | Behaviour | Response | Outcome | Notes.
        User: Regex to pick out dates like 14/01/2027 from clinic SMS exports Assistant: Use [0-9]{2}/[0-9]{2}/[0-9]{4} and then check the month is 01-12.
        User: Caregivers Training Grant course code CTG-DEM-101 "Understanding Dementia", 2 days, $360 - can the grant cover it? Assistant: The grant gives up to $200 a year for approved courses, so you would pay the rest.
        User: Blank incident report: "Client: ____ Date/Time: ____ Location: ____ Staff on duty: ____" make it more complete Assistant: Add Description, Injuries, First aid given, Family informed (Y/N, time), Supervisor review and Follow-up actions.
        User: crontab line to email the daily care log to family-updates@ourcarehome.sg at 9pm? Assistant: 0 21 * * * /usr/local/bin/send_log.sh family-updates@ourcarehome.sg
        User: summarise the Barthel Index scoring Assistant: Ten activities such as feeding, bathing, grooming, dressing, bowels, bladder, toilet use, transfers, mobility and stairs, total 0 to 100; higher means more independent.
        User: Give me a fill-in care plan header: Resident ID ____ Room ____ Care level ____ Review date ____
    """),
    ("zh-Hans", "cn_long_term_care"): _lines("""
        User: 上海长护险的失能等级评估怎么申请？Assistant: 到街道社区事务受理服务中心或者线上提交申请，评估机构上门评估，结果分为二级到六级。
        User: 宣武医院记忆门诊挂号要提前几天？Assistant: 热门专家号通常提前一周放号，可以在医院公众号或者114平台预约。
        User: 多奈哌齐片5mg×7片，京东订单号284719306615，价格¥38.5，和医院比贵吗？Assistant: 医院医保报销后一般更便宜，网购要注意凭处方购买。
        User: 意定监护是什么？去哪里办？Assistant: 依据民法典第三十三条，具有完全民事行为能力的成年人可以事先协商确定自己的监护人，一般到公证处办理。
        User: 12345市民热线可以投诉养老院吗？Assistant: 可以，热线会转给民政部门处理，记得说明机构名称、时间和具体问题。
        User: 电影《妈妈！》讲的是什么？Assistant: 杨荔钠导演，吴彦姝演母亲，奚美娟演患阿尔茨海默病的女儿冯济真，讲八十多岁的母亲照顾六十多岁的女儿。
        User: 养老院收费单：床位费¥2,800/月，三级护理费¥1,600/月，伙食费¥1,200/月，合计¥5,600，合理吗？Assistant: 在二线城市属于中等水平，认知症专区一般还会另加费用。
        User: 防走失手环，淘宝SKU 1029384756-黑色-4G版，能直接接110吗？Assistant: 一般不能直接接警，只能设置家属号码，走失后由家属报警。
        User: 社区统计：本街道60岁以上老人4,312人，其中认知障碍筛查阳性286人，帮我算个比例写成简报。Assistant: 阳性率约6.6%，建议下一步对阳性人员开展专科复筛并建立照护档案。
        User: 老人走失多长时间才能报警？Assistant: 不需要等24小时，发现老人走失就可以立刻拨打110。
        User: 医保个人账户的钱能给父母用吗？Assistant: 很多地区已经开通家庭共济，可以在医保App上绑定近亲属。
        User: 认知障碍照护专区和普通养老院有什么区别？Assistant: 专区有封闭式管理、专门培训的护理员和更高的人员配比，环境设计也更便于定向。
        User: 帮我写一份空白的《老人外出登记表》，要有姓名、房间号、外出时间、陪同人、返回时间这几栏。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Can you help me fill the LPA Form 1? Donor: Goh Swee Lian, NRIC S4403821H, 78, Blk 412 Ang Mo Kio Ave 10 #07-1183, Singapore 560412. Donee is me, her son Goh Wei Ming.
        User: my dad Rajendran s/o Muthusamy keeps walking out at 3am, last night the police found him at Sembawang MRT. what door alarm should I get?
        User: Draft a message to the day care centre: my mother Mdm Ong Ah Hua bit another client's hand this morning and I want them to know she has been more agitated since her UTI.
        User: Please save this as the emergency contact on the wandering tag: Jessica Pereira, 9127 4408, daughter. Assistant: Noted. Engrave the number only and keep the full name in the app profile.
        User: Write an email to my brother at kelvin.tan.wk82@gmail.com telling him dad's Medifund application was rejected and we still owe the hospital $8,430.
        User: Our helper's work permit is expiring. Her FIN is G5520917R, name Siti Rohmah binti Sukarno from Blitar. What does MOM need for renewal?
        User: My aunt Dorothy de Souza has started accusing her neighbours of stealing and she forgot my cousin's funeral. How do I bring up seeing a doctor without upsetting her?
        User: Mum's Visa 4556 3320 1847 2610 was used 14 times at the same 7-Eleven last month. I think someone is taking advantage of her dementia. How do I dispute it?
        User: Dad drove off again in SKV4821A even though the neuro said no more driving. Can I ask LTA to revoke his licence?
        User: Write a lost-person notice: Mr Chia Kok Leong, 81, has dementia, last seen in a blue pyjama top near his home at 27 Jalan Kembangan, Singapore 419128. Please call 8833 1602.
        User: Grandma Florence keeps asking where Grandpa Eddie is, and he passed in 2019. Do I tell her the truth every time?
        User: How much should I pay our helper Maricel Dizon now that she also does night shifts with Papa? She gets $680 now and has been with us since 2019.
        User: I need to fly mum to Perth to live with my sister. Her passport is K4419275C, expiring March 2027. Will the airline let her travel with moderate dementia?
        User: My father's HKID is K482913(1). Which boxes on the elderly health care voucher form do I fill?
        User: Please add @sharon_lowmy to the caregiver reminder bot, she is my mum's part-time carer Sharon Low and should get the 8pm medication ping.
        User: Mr Balasubramaniam a/l Krishnan in bed 12 at our nursing home keeps refusing his insulin and the family wants us to hide it in his food. Is that allowed?
    """),
    "zh-Hans": _lines("""
        User: 帮我填长护险申请表：被评估人王秀兰，女，身份证号310105194702251647，住上海市长宁区仙霞路318弄12号602室，联系人是我（女儿）。
        User: 我爸走丢了！刘建国，78岁，穿灰色夹克，有老年痴呆，在杭州西湖区文三路附近不见的，看到的请打13917462085，帮我写一条朋友圈。
        User: 我婆婆赵桂芬最近总说保姆偷了她的金镯子，其实是她自己藏在枕头里忘了，我该怎么跟保姆解释？
        User: 护工李晓梅的微信是lixiaomei_0921，她说每天可以上门4小时，一个月4200，帮我写个简单的合同。
        User: 我们小区3栋的陈阿姨这两天又在楼下转圈找她老伴，她儿子在深圳联系不上，我们邻居能做什么？
        User: 帮我写委托书：委托人张淑珍，身份证440304194308123026，委托女儿代为办理工商银行卡6228480012394752的挂失和取款。
        User: 我妈妈林秀英NRIC S5107733D，住在Blk 225 Bishan Street 23 #09-241，要申请Home Caregiving Grant，需要什么文件？
        User: 我舅舅周德明得了阿尔茨海默病，借了网贷三万多，催收天天打电话给我舅妈，怎么办？
        User: 日间照料中心的护工马红梅昨天把我爸一个人锁在房间里两个小时，我要投诉她，帮我写封投诉信。
        User: 快递收件人何玉珍，电话15801237764，北京市海淀区学院路38号院5号楼2单元401，这是给我妈寄的防走失定位器，帮我确认地址格式。
        User: 我公公孙志强，身份证110108195111032078，想趁现在还清醒去公证处办意定监护，指定我老公做监护人，要带哪些材料？
    """),
    "zh-Hant": _lines("""
        User: 想幫媽媽黃美玲整持久授權書，佢HKID係Y627104(7)，而家仲認得人，但係醫生話係早期認知障礙，要搵邊類醫生簽？
        User: 我外婆林陳玉梅，身分證A238154721，住新北市板橋區文化路一段188巷5號3樓，想申請長照2.0居家服務，要準備什麼？
        User: 外籍看護Nurhayati的手機是0912 376 418，她說阿公晚上都不睡，請幫我用簡單中文寫一段話跟她溝通。
        User: 我爸爸鄭志雄上星期喺葵芳走失咗八個鐘，警察搵返佢，佢依家連自己住邊都唔記得，我應該點安排？
        User: 社工何姑娘話明天上門評估阿爸，佢手機9381 2247，幫我寫個WhatsApp覆佢確認時間。
        User: 彩虹邨金華樓嘅李婆婆成日半夜喺走廊嗌人，佢個仔話佢有腦退化但唔肯送老人院，我哋鄰居可以點？
        User: 我阿公陳文雄，身分證F120947368，今年中風後加上失智，巴氏量表35分，可以申請外籍看護嗎？
        User: 外婆的看護Siti的LINE是siti_tw88，她想週日放假回教堂，請幫我寫一份輪休安排。
    """),
    "ms": _lines("""
        User: Tolong isi borang JKM untuk ayah saya, Ismail bin Ahmad, K/P 460817-10-5523, alamat No. 14 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        User: Mak saya hilang dari rumah pagi tadi, nama Che Som binti Daud, 79 tahun, pakai baju kurung hijau. Sesiapa nampak sila hubungi 012-748 3916. Tolong buat poster.
        User: Abang saya Azlan bin Yusof dah 4 bulan tak bayar bahagian dia untuk pusat jagaan harian ayah, macam mana nak tegur tanpa bergaduh?
        User: Amma saya, Letchumy a/p Ramasamy, selalu lupa makan ubat darah tinggi dan semalam dia jatuh dalam bilik air. Patut ke saya hantar dia ke rumah jagaan?
        User: Untuk surat kuasa wakil, akaun Maybank ayah saya 1640 2281 7730, nama Hashim bin Osman. Bank kata perlu perintah mahkamah, betul ke?
        User: Hantar emel kepada kakak saya norhayati.ismail77@yahoo.com, beritahu mak dah disahkan demensia peringkat sederhana di Hospital Selayang.
        User: Ayah bawa kereta VCH 7702 ke Seremban seorang diri semalam dan sesat sampai ke Rembau. Macam mana nak halang dia memandu?
        User: Pembantu rumah kami, Kak Wati dari Lombok, minta naik gaji dari RM1,500 ke RM1,800 sebab jaga nenek malam-malam. Patut ke?
        User: Paspot pembantu rumah kami Sri Wahyuni C4471928 tamat tempoh bulan depan, kena buat di Kedutaan Indonesia atau agensi?
        User: Atuk saya, Encik Abdul Karim bin Hassan, dah lupa dia pernah jual tanah di Parit Buntar dan sekarang menuduh sepupu saya mencuri geran. Apa patut kami buat?
    """),
    "mixed": _lines("""
        User: my ah ma Tan Geok Eng keep asking for 阿公 who passed already, she is at Blk 88 Telok Blangah Heights #12-345, should we move her to stay with us?
        User: Pls help me reply the agency: helper Nur Aini, FIN F3318472R, transfer from Mr Yeo's family, start date 2 Jan, can she handle 阿嬷 with dementia or not?
        User: I'm the main caregiver, my NRIC T0276314H, grandma's is S3976205F, the polyclinic form asks for both - 这样填对吗?
        User: Tolong check this, my dad's car SJB6603S kena saman at Woodlands checkpoint, he drove there alone and cannot remember why. Boleh appeal ke?
        User: 我妈 Pang Mei Ling 在 Rumah Seri Kenangan Cheras, room 2B, 昨天 the nurse said she fell twice, her IC 390914-14-5041, apa boleh buat?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful caregiving assistant for families in Singapore."),
        (
            "user",
            "I want to apply for the Home Caregiving Grant for my mother, Lim Ah Moi. She has Alzheimer's and needs help bathing and dressing.",
        ),
        (
            "assistant",
            "I can walk you through it. You will need her NRIC, a functional assessment from a doctor or AIC-appointed assessor, and your household income details for the means test.",
        ),
        (
            "user",
            "Her NRIC is S4812093H and we stay at Blk 506 Tampines Central 1 #04-322. My mobile is 9732 1185 if AIC needs to call.",
        ),
        (
            "assistant",
            "Thanks. Put those in the applicant and care recipient sections, and list your mobile as the contact so the assessor can arrange a home visit.",
        ),
    ],
    [
        ("user", "我爸爸叫吴国平，今年七十五，最近总是忘记关煤气，医生说是血管性痴呆。"),
        (
            "assistant",
            "很抱歉听到这个消息。可以先装燃气报警器和自动熄火的灶具，再考虑白天有人陪伴。",
        ),
        (
            "user",
            "他身份证是320106194905172824，住南京鼓楼区中山北路206号3栋502，我想给他申请居家养老上门服务。",
        ),
        (
            "assistant",
            "可以带上他的身份证和户口本到所在街道的社区服务中心申请，评估通过后会安排上门服务。",
        ),
    ],
    [
        ("system", "Anda pembantu penjagaan warga emas yang mesra."),
        (
            "user",
            "Ayah saya Ramli bin Hamzah, 74 tahun, hilang sejak pukul 5 petang dekat Pasar Besar Ipoh. Dia ada demensia.",
        ),
        (
            "assistant",
            "Segera buat laporan polis di balai terdekat; tidak perlu tunggu 24 jam. Sediakan gambar terkini dan pakaian terakhir yang dipakai.",
        ),
        (
            "user",
            "IC dia 530711-08-5217, telefon saya 016-552 8041. Tolong tulis mesej untuk kongsi dalam grup WhatsApp taman.",
        ),
        (
            "assistant",
            "ORANG HILANG: Encik Ramli bin Hamzah, 74, menghidap demensia, kali terakhir dilihat di Pasar Besar Ipoh jam 5 petang. Jika nampak, hubungi 016-552 8041.",
        ),
    ],
    [
        ("user", "媽媽確診咗中度認知障礙，我同細佬想幫佢處理銀行戶口。"),
        (
            "assistant",
            "如果佢已經冇精神上行為能力，可能要向監護委員會或者法庭申請；如果仲有能力，可以考慮持久授權書。",
        ),
        (
            "user",
            "佢叫馮惠芬，HKID C739215(8)，匯豐戶口 512-483920-838，住觀塘順利邨利富樓1412室，醫生話佢仲有少少判斷能力。",
        ),
        ("assistant", "咁最好盡快約註冊醫生同律師，評估佢係咪仍然明白授權書內容，再一齊簽署。"),
    ],
    [
        ("system", "You help employers of migrant domestic workers in Singapore."),
        (
            "user",
            "Our helper Marites Bautista has been looking after my father for 3 years. He keeps shouting at her and last week he slapped her.",
        ),
        (
            "assistant",
            "That is serious for her safety. Speak to her privately, make sure she is not injured, and discuss with the doctor whether his agitation can be treated.",
        ),
        (
            "user",
            "She wants to transfer. Her FIN is F2849163T, passport P7731804B. Can I still give her a good reference?",
        ),
        (
            "assistant",
            "Yes, you can write a reference and agree to a transfer; MOM's portal lets the new employer apply while she is still with you.",
        ),
    ],
    [
        (
            "user",
            "the day care at Bedok got one staff Auntie Jenny Koh, she scold my mum in front of everybody say she smelly",
        ),
        (
            "assistant",
            "That's unacceptable. Write down the date, time and who saw it, and raise it with the centre manager in writing.",
        ),
        (
            "user",
            "ok pls help draft. my mum is Mdm Sim Poh Choo, she's there Mon to Fri, my number 8266 0493",
        ),
        (
            "assistant",
            "Dear Centre Manager, I am writing about an incident involving my mother, Mdm Sim Poh Choo, and a staff member, Ms Jenny Koh. Please contact me at 8266 0493 to discuss.",
        ),
    ],
    [
        ("user", "我想幫奶奶申請長照，她住在台中市西屯區，最近一直忘記吃藥。"),
        ("assistant", "可以撥打1966長照專線，照管專員會到家裡評估失能等級。"),
        (
            "user",
            "奶奶叫蔡素琴，身分證E244182066，電話04-2316-8825，主要照顧者是我爸蔡明德，0937 552 014。",
        ),
        (
            "assistant",
            "好的，打電話時準備好這些資料，並說明奶奶忘記吃藥和行動狀況，評估會比較準確。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping families in Malaysia manage an elderly parent's finances.",
        ),
        (
            "user",
            "My father Lee Chee Keong has dementia and I think our cousin has been using his Mastercard.",
        ),
        (
            "assistant",
            "Call the bank to freeze the card, ask for 6 months of statements, and lodge a police report if you confirm unauthorised use.",
        ),
        (
            "user",
            "Card number is 5204 7311 8862 0945, he banks with CIMB in Bukit Mertajam, his IC 480205-01-6632.",
        ),
        (
            "assistant",
            "Give the bank the card number and his IC when you call. As he lacks capacity, they may ask for a court order before you can manage the account.",
        ),
    ],
    [
        ("user", "我妈妈下周要去 Ng Teng Fong 医院看记忆门诊，我要陪她。"),
        ("assistant", "建议提前写下她最近的症状变化和正在吃的药，方便医生评估。"),
        (
            "user",
            "她叫黄丽华，NRIC S5239014A，最近把邻居 #08-115 的 Mdm Kwek 当成她姐姐，还一直打电话给我表哥 Desmond，号码 9044 3127。",
        ),
        ("assistant", "这些都是很重要的细节，可以告诉医生，包括她认错人的时间和频率。"),
        ("user", "好，我会写下来带去。"),
    ],
    [
        ("system", "Anda membantu keluarga menjaga ibu bapa yang menghidap demensia."),
        (
            "user",
            "Saya nak buat grup Telegram untuk adik-beradik giliran jaga Appa, nama dia Subramaniam a/l Velu.",
        ),
        (
            "assistant",
            "Idea yang baik. Buat jadual mingguan dan pin dalam grup supaya semua tahu giliran masing-masing.",
        ),
        (
            "user",
            "Tambah adik saya @kavitha_subra dan abang @ganesh.s88. Appa tinggal di No. 7 Lorong Bunga Raya 2, 31400 Ipoh, dan dia baru disahkan Alzheimer.",
        ),
        (
            "assistant",
            "Saya cadangkan ada ruangan untuk catatan ubat dan temujanji klinik dalam grup tersebut.",
        ),
    ],
]
