# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat115: chats with an assistant about one's own pregnancy, fertility treatment and newborn care. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat115
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "antenatal_scan_questions"): _lines("""
        User: What is the difference between the 12-week NT scan and the 20-week detailed anomaly scan? Assistant: The NT scan measures the fluid at the back of the baby's neck between 11+0 and 13+6 weeks and is combined with blood markers (PAPP-A, free beta-hCG) to give a ratio such as 1:2,500; the anomaly scan at 18-22 weeks checks organs, spine, limbs and placenta position.
        User: my CRL is 45mm what week is that roughly Assistant: A crown-rump length of 45 mm corresponds to about 11 weeks 2 days on the Robinson chart; your sonographer may date it a day or two differently depending on the chart they use.
        User: Is a risk of 1 in 350 for Down syndrome considered high? Assistant: Many screening programmes use 1:250 or 1:150 as the cut-off for a higher chance result, so 1:350 is usually reported as lower chance; your obstetrician will explain whether NIPT is still offered.
        User: How is the due date calculated with Naegele's rule? Assistant: Franz Naegele, a German obstetrician of the early 1800s, added 280 days to the first day of the last menstrual period, which is the same as adding one year, subtracting three months and adding seven days.
        User: what does EFW 2.1kg, AC 50th centile, HC 45th centile mean on my report Assistant: EFW is estimated fetal weight; AC and HC are abdominal and head circumference. Centiles compare the measurement with babies of the same gestation, so 45th-50th is roughly average.
        User: OGTT at 24-28 weeks, do I need to fast? Assistant: Yes, usually 8-10 hours overnight; you drink 75 g of glucose and blood is taken at 0, 1 and 2 hours. Under IADPSG criteria GDM is diagnosed if fasting is 5.1 or more, 1-hour 10.0 or more, or 2-hour 8.5 mmol/L or more.
        User: Can you draft a checklist of questions to ask at my first booking visit? Assistant: Sure: 1) Which hospital will I deliver at? 2) Which bloods are included (FBC, blood group, rubella, hepatitis B, HIV, syphilis)? 3) When is the dating scan? 4) Folic acid 400 mcg, iron or calcium? 5) Who do I call after hours?
        User: how many antenatal visits does WHO recommend now Assistant: The 2016 WHO model recommends at least eight contacts: the first within 12 weeks, then at 20, 26, 30, 34, 36, 38 and 40 weeks.
        User: Why do they ask for a urine sample at every antenatal visit? Assistant: The dipstick checks for protein (an early sign of pre-eclampsia), glucose and signs of infection; it takes under a minute and is routine at every check.
        User: Is the 4D scan package at private clinics worth it? They quote SGD 180-250 for 30 minutes with a USB of clips. Assistant: A 3D/4D session is mostly a keepsake and does not replace the medical anomaly scan; if budget matters, prioritise the scans your doctor orders.
        User: what is a normal fetal heart rate at 8 weeks Assistant: Around 140-170 beats per minute is typical at 8 weeks; it peaks near 9 weeks and settles to 110-160 bpm later in pregnancy.
        User: My scan printout says Placenta: posterior, upper segment, clear of os. Is that good? Assistant: Yes, that is the usual reassuring wording: the placenta is on the back wall, high up, and not covering the cervix.
        User: Explain the GBS swab at 35-37 weeks in simple words. Assistant: Group B Streptococcus is a common bacterium carried by roughly 1 in 5 women; if the swab is positive you are offered IV antibiotics during labour to protect the baby.
    """),
    ("en", "baby_shop_orders"): _lines("""
        User: My order #SG-BB-20481137 for the S1 Plus pump still shows packed since Tuesday, tracking SPX0738201649SG. Assistant: That tracking number is sitting at the courier's sorting hub; standard delivery is 3-5 working days, so if it has not moved by Friday, message the shop through the in-app chat.
        User: Which is cheaper per gram: a 900g formula tin at RM 189.90 or the 1.6kg at RM 312? Assistant: The 900 g tin works out to RM 0.211 per gram and the 1.6 kg to RM 0.195, so the larger tin saves about 7.6% if you finish it within 4 weeks of opening.
        User: Write a polite return request for SKU NB-SWD-0042 (swaddle, size 0-3m, wrong colour), invoice INV-2025-118823. Assistant: Hello, I would like to return SKU NB-SWD-0042 from invoice INV-2025-118823. The item is unused with tags attached, but the colour differs from the one ordered. Please advise on the return steps. Thank you.
        User: the car seat label says ECE R129 i-Size, 40-105 cm, is that ok for a newborn? Assistant: Yes, i-Size seats rated from 40 cm are designed for newborns travelling rear-facing; fit the infant insert and keep the harness at or just below shoulder level.
        User: Voucher code MUMMY15 is 15% off, min spend RM 150, cap RM 30. My cart is RM 178.50, how much do I pay? Assistant: 15% of RM 178.50 is RM 26.78, which is under the RM 30 cap, so you pay RM 151.72 before shipping.
        User: Is the Swing Maxi the same as the Swing Maxi Flex? Assistant: The Flex is the later version with the newer oval shields; the motor and app pairing are similar, but the shields and some spare parts are not interchangeable.
        User: Tax invoice says GST Reg No. M90-3456712-K, total S$428.00 incl. 9% GST. How much is the GST? Assistant: S$428.00 divided by 1.09 is S$392.66 before tax, so the GST is S$35.34.
        User: Warranty card: Model BM-308, Serial 2305-ZK-118472, 24 months from date of purchase, service centre 1800-227-6611. What should I keep? Assistant: Keep the warranty card, the tax invoice showing the purchase date and a photo of the serial plate; the service centre asks for all three if the motor fails.
        User: Compare steriliser dryers: Brand A S$129, Brand B S$159 with 3-year warranty, Brand C S$99. Assistant: Brand C is cheapest; Brand B costs S$30 more than A but adds two extra years of cover, which helps because heating elements are the part that fails most often.
        User: Shopee order 240611QJ7K2M9P, the baby cot arrived with a cracked rail. How do I raise a dispute? Assistant: Open the order, tap Return/Refund within the return window, choose Damaged item, upload photos and any unboxing video, and keep all packaging until the case is closed.
        User: Which diaper size for a 5.2 kg baby? Pack says NB up to 5kg, S 4-8kg. Assistant: At 5.2 kg size S is the better fit; NB will be tight at the waist and leg cuffs.
        User: The breast pump adaptor recall notice lists lot numbers 22A114 to 22A190 and mine says 22A156. Assistant: Your lot is inside the recalled range, so stop using that adaptor and follow the manufacturer's recall page to get a free replacement.
        User: baby bath thermometer shows 37.5C is that ok Assistant: Yes, 37-38 degrees Celsius is the usual recommended bath temperature for newborns; test with your elbow as well.
    """),
    ("zh-Hans", "confinement_centre"): _lines("""
        User: 月子中心28天套餐一般多少钱？上海这边报价38800元起，贵吗？Assistant: 上海中档月子中心28天套餐大多在3万到8万元之间，38800元属于中低档；建议问清楚是否包含新生儿护理、产后修复和家属陪护餐。
        User: 帮我写一个月嫂面试问题清单。Assistant: 可以：1. 带过几个宝宝？有无早产儿护理经验？2. 持有哪些证书（母婴护理师、育婴师）？3. 新生儿黄疸怎么观察？4. 夜间喂养怎么安排？5. 健康证是否在有效期内？
        User: 合同第7条写着“甲方：________ 乙方：________ 服务期：自____年__月__日起26天”，26天够吗？Assistant: 26天是常见的“一单”周期，按自然日计算；如果想坐满42天，可以在合同里约定续单价格。
        User: 坐月子到底能不能洗头？Assistant: 现在产科的意见是产后可以正常洗头洗澡，注意水温、及时吹干即可；剖宫产伤口愈合前不要泡澡。
        User: 月子餐第一周为什么要吃清淡的？Assistant: 产后第一周以排恶露、恢复肠胃为主，一般建议小米粥、蒸蛋、鱼汤这类清淡易消化的，第二周起再逐步加补。
        User: 某月子会所官网写“金牌月嫂 1对1 24小时 · 房型A 32㎡ · 订金20%”，订金能退吗？Assistant: 要看合同的退订条款，不少机构规定入住前30天以上退订可退订金的50%-80%，建议签约前书面确认。
        User: 广州月嫂价格：初级8800/26天，中级12800，高级16800，金牌19800，平均多少？Assistant: 四档平均14550元/26天，折合每天约560元。
        User: 产后42天复查要查哪些项目？Assistant: 一般包括血压、体重、盆底功能评估、子宫复旧、伤口愈合情况，宝宝同时查体格发育和黄疸消退情况。
        User: 新生儿经皮黄疸12.5 mg/dL，出生第4天，高吗？Assistant: 足月儿第4天经皮胆红素12.5 mg/dL 一般属于需要观察的范围，是否要照蓝光需对照小时胆红素曲线，由儿科医生判断。
        User: 产假怎么算？国家规定98天，难产加15天，我们省还有生育奖励假。Assistant: 基本是98天再加省级奖励假，多数省份合计延长到158天或180天，具体以参保地的人口与计划生育条例为准。
        User: 月子中心营业执照上统一社会信用代码91310115MA1K4Q2X8L，怎么查真伪？Assistant: 在国家企业信用信息公示系统输入该代码，核对企业名称、经营状态以及经营范围是否包含母婴护理服务。
        User: 产后多久可以开始做凯格尔运动？Assistant: 顺产后几天内就可以开始轻柔的盆底肌收缩练习，剖宫产等伤口不痛后再开始，每天3组，每组10-15次。
        User: 月子期间空调开多少度合适？Assistant: 室温保持在24-26℃、湿度50%-60%左右即可，避免风口直吹产妇和宝宝。
    """),
    ("zh-Hant", "vaccination_schedule"): _lines("""
        User: 香港BB初生要打乜針？Assistant: 按香港兒童免疫接種計劃，初生時打卡介苗（BCG）同第一劑乙型肝炎疫苗，之後一個月、兩個月開始去母嬰健康院打其他針。
        User: 台灣寶寶2個月要打哪些疫苗？Assistant: 依疾管署時程，2個月接種五合一疫苗（DTaP-Hib-IPV）第一劑及13價結合型肺炎鏈球菌疫苗第一劑。
        User: 輪狀病毒疫苗要自費嗎？口服兩劑還是三劑？Assistant: 多數縣市需自費，兩劑型每劑約2,300元，三劑型每劑約1,600元，部分縣市有補助，可問接種院所。
        User: 打完六合一發燒38.2度正常嗎？Assistant: 接種後48小時內出現38度左右發燒屬常見反應，可以多餵奶、減少衣物；超過39度或持續兩天以上請就醫。
        User: 母嬰健康院預約熱線同網上預約邊個快啲？Assistant: 網上預約系統一般即時睇到空檔，比打電話快；記得帶齊兒童健康紀錄冊同針卡。
        User: 兒童健康手冊「預防接種時程及紀錄表」那頁要填什麼？Assistant: 那一頁由醫療院所填接種日期、疫苗批號並蓋院所章，家長只需每次帶手冊給護理師。
        User: 麻疹腮腺炎德國麻疹（MMR）幾歲打？Assistant: 香港在1歲及18個月各打一劑；台灣在滿12個月及滿5歲至入小學前各一劑。
        User: 五合一三劑的全國完成率大概多少？Assistant: 近年公開統計大約在96%-97%之間，各縣市之間差異約一到兩個百分點。
        User: 新生兒維生素K針係咪一定要打？Assistant: 維生素K注射用嚟預防新生兒出血症，香港同台灣醫院都會喺出生後為BB注射，屬常規做法。
        User: 接種卡上寫疫苗批號 AHAVB817AA、有效期限 2026/03，有什麼用？Assistant: 批號方便日後追蹤同一批次的不良反應或回收，有效期限則確認接種時疫苗未過期。
        User: 肺炎鏈球菌疫苗13價跟15價差在哪？Assistant: 15價多涵蓋22F與33F兩種血清型，兩者都可作為常規接種，時程相同。
        User: 幫我整理BB頭一年打針時間表嘅模板，留空格填日期。Assistant: 好：出生：BCG、乙肝一 ____；1個月：乙肝二 ____；2個月：六合一、肺炎球菌 ____；4個月：六合一、肺炎球菌 ____；6個月：六合一 ____；12個月：MMR、肺炎球菌加強 ____。
        User: 打針後可以即刻餵母乳嗎？Assistant: 可以，餵奶有安撫作用，有研究指可以減少寶寶打針時的哭鬧。
    """),
    ("ms", "klinik_kesihatan_ibu"): _lines("""
        User: Buku pink ibu mengandung tu apa sebenarnya? Assistant: Buku Rekod Kesihatan Ibu ialah rekod antenatal yang diberi oleh klinik kesihatan; ia mencatat tekanan darah, berat badan, ujian darah dan imbasan sepanjang kehamilan.
        User: Kod warna putih, hijau, kuning, merah dalam buku pink maksudnya apa? Assistant: Ia sistem pengelasan risiko: putih tiada risiko dikesan, hijau risiko rendah, kuning perlu dipantau oleh pakar, merah perlu dirujuk segera ke hospital.
        User: Berapa kali kena datang klinik untuk anak pertama? Assistant: Biasanya sebulan sekali hingga 28 minggu, dua minggu sekali dari 28 hingga 36 minggu, dan setiap minggu selepas 36 minggu sehingga bersalin.
        User: Boleh tak buat ujian OGTT di klinik swasta kalau klinik kesihatan penuh? Assistant: Boleh, tetapi bawa salinan keputusan ke klinik kesihatan supaya dicatat dalam buku pink; pastikan berpuasa 8 jam sebelum ujian.
        User: Jadual imunisasi bayi umur 2 bulan? Assistant: Mengikut Program Imunisasi Kebangsaan, pada umur 2 bulan bayi menerima dos pertama vaksin heksavalen (DTaP-IPV-Hib-HepB) dan vaksin pneumokokal.
        User: Cuti bersalin pekerja swasta sekarang berapa hari? Assistant: Selepas pindaan Akta Kerja 1955 yang berkuat kuasa 1 Januari 2023, cuti bersalin ialah 98 hari dan suami layak cuti paterniti 7 hari.
        User: Tolong buat senarai hospital bag untuk bersalin di Hospital Tunku Azizah. Assistant: Senarai ringkas: buku pink, kad pengenalan, baju butang depan, bengkung, pad bersalin, tuala kecil, lampin saiz NB, bedung, sarung kaki, topi bayi dan kerusi kereta bayi untuk balik.
        User: Pantang 44 hari betul ke kena minum air suam je? Assistant: Amalan tradisional galakkan air suam, tetapi air biasa juga selamat; yang penting cukup minum 2-3 liter sehari, lebih-lebih lagi jika menyusu badan.
        User: Lepas czer bila boleh urut? Assistant: Kebanyakan doktor nasihatkan tunggu sekurang-kurangnya 6-8 minggu selepas pembedahan caesarean dan elakkan tekanan pada kawasan luka.
        User: Pakej bersalin normal hospital swasta KL ada yang tulis RM 3,500 - RM 6,800, munasabah? Assistant: Julat itu munasabah untuk kelahiran normal 2 hari 1 malam; caesarean biasanya RM 8,000 - RM 15,000 bergantung pada hospital dan pakar.
        User: Bacaan kuning bayi 250 umol/L hari ke-3, tinggi tak? Assistant: Untuk bayi cukup bulan bacaan itu perlu dibanding dengan carta mengikut jam umur; di banyak hospital ia masih di bawah paras fototerapi tetapi ujian perlu diulang.
        User: Tuntutan takaful bersalin biasanya perlukan dokumen apa? Assistant: Biasanya borang tuntutan, bil asal hospital, laporan doktor, salinan sijil kelahiran bayi dan salinan kad pengenalan pemegang polisi; semak senarai terkini dengan syarikat takaful anda.
        User: Susu ibu perahan boleh simpan berapa lama? Assistant: Pada suhu bilik hingga 4 jam, dalam peti sejuk (4 darjah) hingga 4 hari, dan dalam peti beku hingga 6 bulan.
    """),
    ("mixed", "ivf_clinic_admin"): _lines("""
        User: IVF in SG roughly how much ah? Clinic quote S$15,000-S$18,000 per fresh cycle. Assistant: That is within the usual range; eligible couples at public ART centres can get government co-funding, and Medisave can be used within the withdrawal limits for assisted conception.
        User: AMH 1.2 ng/mL 是低吗？Assistant: AMH 1.2 ng/mL 属于偏低到正常下限，提示卵巢储备一般，医生会结合年龄和AFC（窦卵泡数）决定促排方案。
        User: Embryo grading 4AA vs 3BB apa beza? Assistant: Dalam sistem Gardner, nombor 1-6 menunjukkan tahap pengembangan blastosis, huruf pertama kualiti inner cell mass dan huruf kedua kualiti trophectoderm; 4AA dianggap gred tinggi.
        User: Clinic says trigger at 21:30, OPU at 09:30 two days later - why so exact? Assistant: Egg collection is timed 34-36 hours after the trigger injection so the eggs are mature but not yet released; 21:30 to 09:30 two days later is exactly 36 hours.
        User: 试管婴儿按年龄的成功率大概多少？Assistant: 按公开统计，35岁以下每次移植活产率约40%-50%，35-37岁约30%-40%，40岁以上降到10%-15%左右，各中心差异较大。
        User: Consent form template: I, ____________ (NRIC/Passport No. ____________), consent to the freezing of ___ embryos for ___ years. Can fill in later? Assistant: Yes, it is a blank template; the clinic fills it in with you at the counselling session and both partners sign in front of a witness.
        User: Progesterone pessary 400mg twice daily - before or after shower? Assistant: Most clinics advise inserting it after showering and lying down for 15-20 minutes so less of it leaks out.
        User: 移植后第9天 beta-hCG 85 mIU/mL，算正常吗？Assistant: 第5天囊胚移植后第9天 hCG 超过50一般算较好的起点，关键是48小时后复查能否大致翻倍。
        User: IUI or IVF first for unexplained infertility, wife 33? Assistant: Practice varies; many clinics offer up to 3 cycles of stimulated IUI first for unexplained infertility under 35, and move to IVF if those do not work.
        User: Malaysia ada subsidi IVF di hospital kerajaan? Assistant: Ada hospital kerajaan yang menawarkan rawatan kesuburan pada kos bersubsidi, tetapi senarai menunggu panjang; tanya klinik O&G hospital rujukan negeri anda.
        User: Python snippet to get EDD from a day-5 blastocyst transfer date? Assistant: from datetime import date, timedelta; transfer = date(2025, 5, 14); edd = transfer + timedelta(days=261); print(edd) gives 2026-01-30.
        User: Louise Brown was the first IVF baby right, born 1978 in Oldham? Assistant: Yes, Louise Brown was born on 25 July 1978 at Oldham General Hospital; Robert Edwards later received the 2010 Nobel Prize in Physiology or Medicine for developing IVF.
        User: 取卵后肚子胀，是不是OHSS？Assistant: 轻度腹胀很常见，多喝电解质水、高蛋白饮食；如果一天体重增加超过1公斤、尿量明显减少或呼吸困难，要马上回中心就诊。
    """),
    ("en", "names_and_history"): _lines("""
        User: Is Virginia Apgar the person the Apgar score is named after? Assistant: Yes, Dr Virginia Apgar, an American anaesthesiologist, introduced the score in 1952 to assess newborns at 1 and 5 minutes on colour, heart rate, reflexes, tone and breathing.
        User: Baby name ideas inspired by books, like Atticus, Matilda, Hermione? Assistant: Others to consider: Scout and Boo (To Kill a Mockingbird), Jo and Beth (Little Women), Lyra (His Dark Materials), Eloise, Anne of Green Gables, and Arya.
        User: We're delivering at Thomson Medical Centre - is Thomson Road named after someone? Assistant: Yes, it is named after John Turnbull Thomson, Government Surveyor of the Straits Settlements in the 1840s and 1850s.
        User: Who was Tan Tock Seng? Assistant: Tan Tock Seng was a 19th-century Hokkien merchant and philanthropist in Singapore who funded the pauper hospital that grew into Tan Tock Seng Hospital.
        User: Aisyah or Aishah, which spelling is more common in Malaysia? Assistant: Both are very common in Malaysian birth registrations, often combined as Nur Aisyah or Siti Aishah; pick the spelling that matches family usage.
        User: Dr Spock's Baby and Child Care, is it still relevant? Assistant: Benjamin Spock's 1946 book shaped a generation of parents, but some advice, such as putting babies to sleep on their stomachs, has since been reversed by safe-sleep research.
        User: Which famous people talked publicly about IVF? Assistant: Michelle Obama wrote in her memoir Becoming that both of her daughters were conceived through IVF, and several athletes and actors have spoken about it in interviews.
        User: Princess Charlotte was born in the Lindo Wing, right? Assistant: Yes, Princess Charlotte was born at the Lindo Wing of St Mary's Hospital, Paddington, on 2 May 2015, as were her brothers George and Louis.
        User: How old is George in Peppa Pig supposed to be? Assistant: George Pig is Peppa's little brother and is presented as a toddler of about two, while Peppa is four.
        User: What's the story behind the name Kandang Kerbau Hospital? Assistant: Kandang Kerbau means buffalo pen in Malay; the area once had cattle pens, and the hospital there is today KK Women's and Children's Hospital.
        User: Chinese baby naming for 2026, which characters go with fire? Assistant: 2026 is a 丙午 Fire Horse year; characters often linked with fire include 炎, 煜, 灿, 昕 and 晗, but pick meanings and sounds you like.
        User: Steptoe and Edwards, which one was the gynaecologist? Assistant: Patrick Steptoe was the gynaecologist who pioneered laparoscopic egg collection; Robert Edwards was the physiologist. Steptoe died in 1988 and so could not share the 2010 Nobel Prize.
        User: Is Ferber the guy behind controlled crying? Assistant: Yes, Richard Ferber, a paediatric sleep specialist in Boston, described graduated extinction in his 1985 book Solve Your Child's Sleep Problems.
    """),
    ("zh-Hans", "tracker_app_export"): _lines("""
        User: 宝宝记录App导出的CSV表头是 date,time,feed_type,amount_ml,side,duration_min,diaper，帮我写个公式算每天总奶量。Assistant: Excel 里可以用 =SUMIFS(D:D,A:A,A2)，或者插入数据透视表，按 date 汇总 amount_ml。
        User: 孕前BMI正常，整个孕期增重多少合适？Assistant: 中国营养学会的推荐是全孕期增重8-14公斤，孕中晚期每周约0.37公斤；美国IOM的建议是11.5-16公斤。
        User: 胎动App提醒「2小时内少于10次请就医」，这个标准对吗？Assistant: 常见建议是在宝宝活跃时段侧卧计数，2小时内感觉到10次为正常，明显减少应及时就医，各医院标准略有不同。
        User: 导出记录：2025-03-14 02:10 母乳 左侧 15min；03:45 配方奶 90ml；05:20 尿布 湿。喂养间隔正常吗？Assistant: 新生儿一般每2-3小时喂一次，这几条记录间隔约1.5-2小时，属于正常的按需喂养。
        User: 帮我看看这个配置：reminder: {type: vitamin_d, dose_iu: 400, time: '09:00', repeat: daily} Assistant: 结构没问题；新生儿维生素D一般建议每天400 IU，出生后数天开始补充。
        User: App 升级到 v3.12.4 (build 20250301) 后宫缩计时器数据没了，怎么恢复？Assistant: 先看设置里「云同步」是否开启，再试「从备份恢复」；仍不行就通过App内的意见反馈联系开发者，附上版本号和机型。
        User: 月子中心小程序统计：本月入住产妇42人，其中剖宫产17人，占比多少？Assistant: 17/42 约等于40.5%。
        User: App 安装包官网给的 SHA-256 是 3f9a1c7e0b24d58e…，怎么核对？Assistant: 在电脑上用 sha256sum 或 certutil -hashfile 文件名 SHA256 计算下载文件的哈希，与官网公布值逐位比对一致即可。
        User: 写一段SQL：从 feeds 表按 baby_id 统计最近7天平均每次奶量。Assistant: SELECT baby_id, AVG(amount_ml) AS avg_ml FROM feeds WHERE fed_at >= NOW() - INTERVAL '7 days' GROUP BY baby_id;
        User: 孕周计算器：末次月经 2025-01-06，今天 2025-04-20，孕几周？Assistant: 相差104天，即孕14周6天，预产期约为2025-10-13。
        User: 国家统计局说2024年出生人口954万，比2023年多了？Assistant: 是的，2023年公布的出生人口为902万，2024年为954万，增加约52万。
        User: 月子中心客服电话 400-820-6617 是官方的吗？Assistant: 400 开头是企业服务号码，可以在企业官网或营业执照信息里核对，不要通过陌生短信里的号码转账付款。
        User: 3个月男宝 6.4kg 62cm，在WHO曲线大概什么位置？Assistant: 按WHO标准，3个月男孩体重中位数约6.4kg，身长中位数约61.4cm，所以体重在50百分位左右，身长略高于中位数。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Can you reformat this for the clinic form: Name: Rachel Goh Hui Min, NRIC S8734215H, EDD 14 Sep, G2P1, previous LSCS 2022. Assistant: Sure - Patient: Rachel Goh Hui Min | NRIC: S8734215H | EDD: 14 Sep | Obstetric history: G2P1, previous LSCS (2022).
        User: Please draft an SMS to our confinement nanny Auntie Lim at 9127 4408 saying the baby came early and she should start on Monday instead.
        User: My sister-in-law Priya d/o Raman had her second miscarriage last week at 9 weeks and doesn't want the family to know. How do I support her quietly?
        User: The breast pump was paid with my husband's card 4532 0187 4562 1095 exp 08/27 - should the S$389 refund go back to the same card? Assistant: Yes, card refunds normally return to the card used for the purchase, so it will go to the card ending 1095.
        User: Dr Kwek told my wife Melissa at the 20-week scan that the baby might have a cleft lip. How do we break it to her parents?
        User: Write a birth announcement: Baby Ethan Tan Jun Yi, born 03.11.2025, 3.12kg, to proud parents Daniel Tan and Serene Ong, Blk 418 Bedok North Ave 2 #08-215, visitors welcome after 2pm.
        User: My email is joanne.pereira88@gmail.com and the fertility centre keeps sending my embryo storage invoice to an old address. Help me write a complaint.
        User: Our helper Siti Rahayu is about 5 months pregnant and hasn't told the agency yet. What are my obligations as her employer?
        User: Work permit holder Maria Luisa Santos, FIN G5062817K, needs an antenatal booking at the polyclinic. What documents should she bring?
        User: Our helper Jocelyn Dela Cruz, Philippine passport P4827193B, needs a letter from us for her prenatal check at the clinic, can you draft it?
        User: My colleague Farhan's wife lost the baby at 32 weeks and he's back at work tomorrow. What shouldn't I say to him?
        User: Note for the condo guard: my husband's car SLA 7732 C will be parked at the drop-off point tonight because my contractions are 5 minutes apart, unit #11-04.
        User: Confinement nanny deposit: DBS account 027-418236-9, name Lee Mei Ling, S$1,200 - is it safe to transfer before she starts?
        User: My husband Marcus Chua had a sperm count of 2 million/ml and doesn't want his mother to find out. How do I answer her when she keeps asking why we're doing IVF?
    """),
    "zh-Hans": _lines("""
        User: 帮我整理一下建档表：姓名 王晓雯，身份证 44030619920817354X，手机 13826417350，末次月经 2025-02-03，既往体健。
        User: 我表姐刘婷婷做了三次试管都没成功，她婆家一直在催，我该怎么劝她？
        User: 月嫂张凤英阿姨手机 15902317784，微信 zhangfy_yuesao，之前在我们家做了26天，帮我写一段推荐语发朋友圈。
        User: 帮我把这段发给月子中心：我是陈思雨，房号 A-1206，宝宝今天黄疸14.8，请安排儿科医生明早来看一下。
        User: 我们楼下3栋的李阿姨说她儿媳妇这胎是试管做的，还让我别说出去，我该怎么回应？
        User: 老公周建国，身份证310115199502034627，要给宝宝办出生医学证明，父亲需要带哪些材料？
        User: 产检医院短信：【孕妇学校】尊敬的赵敏女士，您预约的2025-06-18 14:00 分娩镇痛课程已确认，就诊卡号0021738846。帮我加到日历里。
        User: 我同事孙佳怡产后抑郁挺严重，上周还住院了，领导问起来我要不要告诉他？
        User: 快递单：收件人 黄丽娟 139 2245 8071，广东省深圳市南山区龙珠四路18号5栋702，吸奶器显示签收了但我没收到，怎么投诉？
        User: 月子中心退定金，户名吴海燕，工行卡号 6222 0202 1837 4400，金额8000元，帮我写个退款申请。
        User: 宝宝林一诺，2025年5月3日在市妇幼出生，出生医学证明编号Q440061283，打乙肝第二针要带什么？
    """),
    "zh-Hant": _lines("""
        User: 我老婆陳嘉欣，身份證 Y385172(7)，想預約公立醫院產前檢查，表格點填？
        User: 我阿嫂何綺雯第二胎驗出妊娠糖尿，佢唔想俾奶奶知，我應唔應該講？
        User: 幫我寫個WhatsApp俾陪月梁姐，電話 9486 2173，話BB提早咗出世，下星期一開工。
        User: 林怡君，身分證字號 A224187356，要申請育嬰留職停薪津貼，需要附什麼文件？
        User: 隔壁黃太太說她女兒做人工受孕已經第三次失敗，叫我別跟別人講，我該怎麼安慰她？
        User: 月子中心認識的媽媽陳美美，LINE ID 是 mimi_chen0912，幫我寫一段邀請她參加媽媽聚會的訊息。
        User: 寶寶張宥辰 2025/07/22 出生，健保卡號 000012876534，第一次預防接種要帶什麼？
        User: 我係黃志明，身份證 K604219(8)，太太喺私家醫院生BB，保險索償表要填乜？
        User: 吳佩珊 0935 218 476，產後護理之家訂房確認信寫入住日 11/03，幫我確認是不是產後第三天。
    """),
    "ms": _lines("""
        User: Tolong isi borang: Nama Nur Aisyah binti Kamarulzaman, No. KP 950312-10-5482, telefon 012-739 4180, Klinik Kesihatan Seksyen 7, jangkaan bersalin 20 Ogos.
        User: Kakak ipar saya, Rohani binti Yusof, keguguran kali ketiga dan suaminya salahkan dia. Macam mana saya nak bantu?
        User: Suami saya Mohd Hafiz bin Abdullah, IC 900725-03-6117, nak mohon cuti paterniti. Boleh tolong tulis surat kepada HR?
        User: Jiran saya Kak Salmah dari blok C tingkat 4 baru bersalin tak cukup bulan, bayinya masih di NICU. Apa yang sesuai saya bawa?
        User: Bidan Puan Devi a/p Subramaniam nombor 019-284 6671, tolong buat mesej WhatsApp tanya jadual urut lepas bersalin.
        User: Akaun Maybank 1642 8830 2917 atas nama Lim Siew Ling untuk deposit pusat berpantang RM 2,000 - selamat ke bayar dulu?
        User: Adik saya Nurul Izzati, 19 tahun, mengandung dan belum berkahwin, dia takut nak beritahu ayah. Apa nasihat awak?
        User: Alamat hantar hamper bayi: Siti Khadijah binti Othman, No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor. Tolong susun jadi label.
        User: Pekerja saya Kavitha a/p Murugan hamil 6 bulan dan selalu ambil cuti sakit. Boleh saya tamatkan kontrak dia?
        User: Kawan saya Hanis (IG @ummi.hanis_baby) post gambar scan bayi dengan nama penuh dan nombor MRN hospital. Patut saya tegur dia?
    """),
    "mixed": _lines("""
        User: Eh can help me write msg to my confinement lady Ah Ying, her number 8762 3915, tell her baby already born at KKH, start on Sat can or not?
        User: My wife Jia Hui 产后一直哭，doctor say postnatal depression, should I tell her boss at work?
        User: Pls check: 老婆 Tan Li Ting NRIC T0256381E, baby due 12 Jan, want to apply Baby Bonus and open CDA, how?
        User: My cousin Kelvin Ng (Telegram @kelvin_ivfdad) posts all his wife's IVF results in a public group, how to tell him stop nicely?
        User: Faridah binti Ismail, MyKad 880914-14-5236, nak claim insurance for caesarean bersalin, what documents need ah?
        User: Colleague Rajesh s/o Krishnan wife lost twins at 24 weeks, company want send flowers, what to write on the card?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful pregnancy and newborn care assistant."),
        (
            "user",
            "I need to book my first antenatal visit at the polyclinic. My details: Chloe Seah Wan Ting, NRIC S9012476E, mobile 9668 2105. Can you write the booking request?",
        ),
        (
            "assistant",
            "Here is a draft: Dear Polyclinic, I would like to book a first antenatal (booking) visit. Name: Chloe Seah Wan Ting, NRIC: S9012476E, Mobile: 9668 2105. I am about 8 weeks pregnant by my last period. Thank you.",
        ),
        (
            "user",
            "Add that I had a miscarriage last year at 7 weeks, and that I prefer a female doctor.",
        ),
        (
            "assistant",
            "Updated: I had a miscarriage last year at 7 weeks, so I would appreciate an early dating scan if possible. I would also prefer to be seen by a female doctor.",
        ),
    ],
    [
        ("system", "你是一个母婴健康助手。"),
        (
            "user",
            "帮我给月子中心写个入住登记：产妇 郑可欣，身份证 110108198805126216，手机 18611029437，预产期 2025-09-02，计划剖宫产。",
        ),
        (
            "assistant",
            "入住登记：产妇姓名：郑可欣；身份证号：110108198805126216；联系电话：18611029437；预产期：2025-09-02；分娩方式：计划剖宫产。请确认房型和入住天数。",
        ),
        ("user", "房型选B，28天，另外注明我有妊娠期高血压，需要每天量两次血压。"),
        (
            "assistant",
            "已补充：房型B，入住28天；产妇有妊娠期高血压，请护理人员每日早晚各测量一次血压并记录。",
        ),
    ],
    [
        ("system", "你係一個育兒助手，用廣東話回答。"),
        (
            "user",
            "我想請陪月，佢叫譚秀英，身份證 XA271836(4)，住觀塘，介紹人話佢之前做過早產BB，可唔可以幫我寫份簡單合約？",
        ),
        (
            "assistant",
            "可以，合約要點：僱主姓名、陪月姓名譚秀英及身份證號碼 XA271836(4)、工作日數（例如26日）、每日工時、薪金及支付方式、訂金同取消安排、雙方簽署。",
        ),
        ("user", "薪金寫兩萬二，26日，訂金三千。"),
    ],
    [
        ("system", "Anda pembantu kesihatan ibu dan anak."),
        (
            "user",
            "Saya Zulaikha binti Mohd Noor, IC 930118-01-6624, buat rawatan IVF di hospital kerajaan Johor. Doktor kata embrio saya gred 3BB. Teruk ke?",
        ),
        (
            "assistant",
            "Gred 3BB bermaksud blastosis sudah berkembang penuh dengan kualiti sel yang sederhana baik; ramai kehamilan berjaya daripada embrio gred ini. Doktor anda akan nilai bersama faktor umur dan rahim.",
        ),
        (
            "user",
            "Suami saya, Azman, tak tahu saya dah dua kali gagal sebelum kahwin dengan dia. Perlu ke saya beritahu?",
        ),
        (
            "assistant",
            "Itu keputusan peribadi anda; jika sejarah perubatan itu mungkin mempengaruhi rawatan sekarang, doktor perlu tahu, dan kaunselor kesuburan boleh bantu anda bincang dengan suami.",
        ),
    ],
    [
        ("system", "You are an assistant for employers of domestic helpers in Singapore."),
        (
            "user",
            "My helper Nirmala, FIN M4128657J, told me she is pregnant. She's scared she'll be sent home. What happens now?",
        ),
        (
            "assistant",
            "Under work permit conditions MOM must be informed of a pregnancy, and the permit is usually cancelled unless special approval applies; before that, she can speak to a counsellor at a migrant worker centre about her options.",
        ),
        (
            "user",
            "She says the father is her boyfriend from the market, Ravi. Do I need to tell MOM his name?",
        ),
    ],
    [
        ("system", "You are a friendly pregnancy assistant."),
        (
            "user",
            "My wife Grace was admitted to the labour ward last night with pre-eclampsia at 33 weeks. Her BP was 165/110.",
        ),
        (
            "assistant",
            "I'm sorry, that sounds frightening. At 33 weeks with severe-range blood pressure, the team will usually give magnesium sulphate, steroid injections for the baby's lungs and close monitoring.",
        ),
        (
            "user",
            "They said Grace might need a C-section tomorrow. Should I tell her mother in Ipoh now or wait?",
        ),
        (
            "assistant",
            "Many families find it helps to tell close relatives early so they can plan travel; ask Grace what she prefers, since she may want her mother there.",
        ),
    ],
    [
        ("system", "你是育兒補助申請助手。"),
        (
            "user",
            "我叫蔡雅婷，身分證 F127058640，手機 0928 437 615，寶寶上個月在新北出生，可以申請哪些補助？",
        ),
        (
            "assistant",
            "新北市可申請生育津貼、育兒津貼與托育補助；申請時需準備申請人身分證（F127058640）、寶寶戶籍資料及存摺封面。",
        ),
        ("user", "戶籍地址是新北市板橋區文化路一段188巷22號4樓，要寫在表格上嗎？"),
        (
            "assistant",
            "要，申請表的戶籍地址欄填寫：新北市板橋區文化路一段188巷22號4樓，需與戶口名簿一致。",
        ),
    ],
    [
        ("system", "You are a billing support assistant for a fertility clinic."),
        (
            "user",
            "I was double charged for my frozen embryo transfer. Card 5524 3601 8874 3029, amount S$3,850 charged twice on 2 June.",
        ),
        (
            "assistant",
            "I'm sorry about that. Please send the clinic's billing office your invoice number, the last four digits 3029 and both transaction dates, and ask for a reversal of the duplicate S$3,850.",
        ),
        ("user", "The invoice is under my name, Vanessa Lim Shu Qi. Please draft the email."),
        (
            "assistant",
            "Dear Billing Team, I am Vanessa Lim Shu Qi. My card ending 3029 was charged S$3,850 twice on 2 June for a frozen embryo transfer. Please reverse the duplicate charge. Thank you.",
        ),
    ],
    [
        ("system", "Anda pembantu penjagaan bayi baru lahir."),
        (
            "user",
            "Anak saya Muhammad Rayyan bin Shahrul, lahir 2 Mac, kena vaksin BCG tapi parut tak timbul lagi. Normal ke?",
        ),
        (
            "assistant",
            "Biasanya parut BCG timbul dalam 2-6 minggu, kadang-kadang lebih lambat; kalau selepas 3 bulan tiada langsung, tanya klinik kesihatan.",
        ),
        (
            "user",
            "Klinik dekat rumah saya di No. 14, Lorong Cempaka 2, Taman Bunga Raya, 05400 Alor Setar. Boleh cadang klinik mana paling dekat?",
        ),
    ],
    [
        ("system", "你是一位孕产期陪伴助手。"),
        ("user", "我找了个导乐，叫何静，微信号 hejing_doula88，说她能陪产，可信吗？"),
        (
            "assistant",
            "可以请她提供导乐培训证书和之前客户的评价，并确认她是否与你分娩的医院有合作，很多医院对陪产人员有规定。",
        ),
        (
            "user",
            "她还说我上次在群里提到的前置胎盘她知道，我没告诉过她，是不是群里的刘姐说出去的？",
        ),
        (
            "assistant",
            "有可能是群里有人转述了。你可以直接问何静是从哪里听说的，并提醒群里的人不要外传你的健康信息。",
        ),
    ],
]
