# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat66: chats asking an assistant about one's own pregnancy and new baby. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat66
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant_chat"): _lines("""
        User: I'm 12 weeks along and have my first antenatal appointment at the polyclinic next week, what should I bring? Assistant: Bring your NRIC, any earlier scan or blood test reports, a list of medicines and supplements you take, and your questions about first-trimester screening.
        User: What's the difference between the OSCAR test and NIPT? Assistant: OSCAR combines a nuchal translucency scan with a blood test to give a risk estimate, while NIPT analyses fetal DNA in the mother's blood and is more accurate for trisomy 21, but both are screening tests, not diagnosis.
        User: Is the Baby Bonus Cash Gift paid in one lump sum? Assistant: No. It is paid in instalments, starting soon after the birth is registered and continuing until the child is about six and a half, into the bank account nominated in the application.
        User: Who came up with the Apgar score? Assistant: Dr Virginia Apgar, an American anaesthesiologist, proposed it in 1952 as a quick check of a newborn's colour, heart rate, reflexes, muscle tone and breathing at one and five minutes.
        User: My wife's EDD is in late March and she wants a water birth, which hospitals in Singapore offer that? Assistant: A few private maternity hospitals have birthing pools; availability depends on the obstetrician agreeing, so ask the delivery suite of each hospital and raise it at her next antenatal visit.
        User: How many weeks of government-paid paternity leave do fathers get now? Assistant: For babies born from 1 April 2025, eligible fathers get four weeks of Government-Paid Paternity Leave, which is now mandatory for employers to grant.
        User: I paid a confinement nanny agency a $500 deposit (invoice INV-2025-00318) and they cancelled on me two weeks before my due date. Can I get it back? Assistant: Check the refund clause in your agreement first; if the agency cancelled, most contracts require a full refund, and you can file a claim with the Small Claims Tribunals if they refuse.
        User: Tracking number SPXSG0412789563 for my breast pump says delivered but nothing arrived. Assistant: Screenshot the tracking page, check with your condo guardhouse or neighbours, then raise a "not received" dispute in the app within the return window.
        User: What vaccines does a newborn get in the first month in Singapore? Assistant: BCG and the first dose of hepatitis B are usually given at birth, with the second hepatitis B dose at one month under the National Childhood Immunisation Schedule.
        User: What does "G2P1" mean on my antenatal card? Assistant: Gravida 2, para 1: this is your second pregnancy and you have had one previous birth after 24 weeks.
        User: Is it safe to fly at 30 weeks? Assistant: Most airlines allow travel up to 28 to 32 weeks without a letter and need a fit-to-fly certificate after that; check the airline's rules and ask your doctor if you have complications.
        User: How much infant care subsidy does a working mother get? Assistant: The Basic Subsidy for full-day infant care at a licensed centre is up to $600 a month for working mothers, and Additional Subsidy depends on gross household income; ECDA has an online subsidy calculator.
        User: The hospital sent an SMS with appointment reference 25-ANC-004718 but no time, what should I do? Assistant: Call the hospital's central appointment line or check the appointment section in its app; quote the reference number so they can find the booking.
        User: Summarise what Grantly Dick-Read argued in Childbirth Without Fear. Assistant: He argued that fear causes tension, and tension causes pain in labour, so education and relaxation could break this fear-tension-pain cycle.
        User: What's the difference between a doula and a confinement nanny? Assistant: A doula gives emotional and practical support before and during labour, while a confinement nanny lives in for about 28 days after birth to care for mother and baby, cook confinement meals and help with night feeds.
        User: Policy number 7008123456 on my maternity insurance, does the number tell me which plan I bought? Assistant: Not on its own; the policy schedule or the insurer's app will show the plan name, the coverage period and any waiting period for pregnancy complications.
        User: My baby is three weeks old and still a bit yellow, when should I worry? Assistant: Jaundice lasting beyond two weeks in a breastfed baby should be checked by a doctor, sooner if the stools are pale, the urine is dark or the baby is feeding poorly.
        User: Do I need to give the hospital my marriage certificate to register the birth? Assistant: If the parents are married, the marriage certificate lets the father's particulars be included; you only need to have it ready, not hand over the original.
    """),
    ("en", "user_request"): _lines("""
        Write a WhatsApp message to tell my boss I'm pregnant and plan to start maternity leave in April, keep it professional and short.
        Make a checklist of what to pack in the hospital bag for a planned C-section.
        Fill in this template nicely: Dear [Employer Name], I am writing to inform you that my expected date of delivery is [EDD] and I intend to start my maternity leave on [Start Date].
        Explain how the Child Development Account co-matching works, with an example of parents saving $3,000 in the first year.
        Translate "please do not give my baby formula without asking me first" into Malay and Chinese so I can stick it on the cot.
        Compare the normal delivery packages of Thomson Medical, Mount Alvernia and KKH in a table with ward class and price.
        What questions should I ask when interviewing a confinement nanny who comes from Malaysia?
        Give me a 28-day vegetarian confinement menu, no pig's liver obviously, with less ginger in week one.
        Our Shopee order 240918QKX73BWM for the baby cot arrived with a cracked rail, help me write a refund request.
        Write a short thank-you card for the midwives at the delivery suite, signed "Baby and family".
        Explain Lee Kuan Yew's "Stop at Two" campaign and why Singapore later reversed it.
        What documents does a foreign father need to register a baby born in Singapore?
        Draft a polite message to turn down the cord blood banking sales rep who keeps calling after my antenatal class.
        Calculate my due date if my last period started on 3 February 2026 and my cycles are 32 days.
    """),
    ("en", "form_template"): _lines("""
        BIRTH PLAN | Mother's name: __________ | EDD: __/__/____ | Birth partner: __________ | Pain relief: epidural / gas / none | Skin-to-skin: Yes / No | Delayed cord clamping: Yes / No
        Confinement nanny service agreement, Clause 4: The Agency shall provide a replacement nanny within 48 hours if the assigned nanny is unable to continue for any reason. Template ref CNA-T-2025-v3
        Parentcraft class confirmation | Booking ID PC-250611-0093 | Session: Breastfeeding Basics | 14 Jun 2025, 2:00pm | Venue: Block A Level 3 Seminar Room | Please bring a doll or soft toy.
        Invoice No. TMC-INV-88210457 | Normal delivery package (2 nights, 4-bed ward) | Subtotal $3,850.00 | GST 9% $346.50 | Total $4,196.50 | MediSave claimable subject to limits
        Baby Bonus application status: Submitted | Reference no. BB2025-0047715 | Please allow up to 14 working days for processing.
        Product: double electric breast pump, SKU SPC-S1P-SG, 2-year local warranty, serial number to be recorded at purchase.
        Checklist for birth registration: Notification of Live Birth from the hospital, parents' identity documents, marriage certificate if applicable, child's name in English and in Chinese or other script if desired.
        Infant care fee schedule 2026: full day $1,420 per month before subsidies, GST inclusive; registration fee $107 (non-refundable); waitlist priority for siblings.
        SPECIMEN Notification of Live Birth | Child's name: [to be registered] | Sex: [M/F] | Date of birth: [DD-MM-YYYY] | Place of birth: [hospital] | Mother's ID no.: [ ]
        Maternity ward visiting hours: 12pm to 2pm and 5pm to 8:30pm daily; maximum two visitors per bed; children under 12 not allowed in the nursery corridor.
    """),
    ("zh-Hans", "assistant_chat"): _lines("""
        用户：怀孕12周要去社区医院建档，需要带什么材料？助手：一般需要身份证、医保卡、早孕B超单，部分地区还要结婚证或生育登记回执，具体以当地社区卫生服务中心要求为准。
        用户：NT检查一般在孕几周做？助手：通常在孕11周到13周+6天之间，太早或太晚都测不准，建议提前一到两周预约。
        用户：出生医学证明丢了能补办吗？助手：可以，一般到出生的医院或当地卫健部门指定的签发机构申请补发，需要父母身份证和相关说明材料。
        用户：上海的生育津贴怎么算？助手：一般按用人单位上年度职工月平均缴费工资除以30再乘以产假天数计算，由社保直接发放或经单位转发。
        用户：三孩政策是哪一年出台的？助手：2021年5月31日中共中央政治局会议提出实施一对夫妻可以生育三个子女政策及配套支持措施。
        用户：月嫂和育婴师有什么区别？助手：月嫂主要负责产后一个月内的产妇和新生儿护理，育婴师侧重0到3岁婴幼儿的日常照料和早期发展。
        用户：帮我写一份面试月嫂的问题清单。助手：1. 您带过多少个新生儿？2. 有没有母婴护理相关证书和健康证？3. 遇到宝宝黄疸您会怎么处理？4. 月子餐能做哪些？
        用户：宝宝出生后多久要上户口？助手：多数地方要求在出生后一个月内，凭出生医学证明和父母户口簿、身份证到派出所办理，不少城市已支持线上"出生一件事"联办。
        用户：每年3600元的育儿补贴是真的吗？助手：是的，2025年国家出台育儿补贴制度，对3周岁以下婴幼儿按每孩每年3600元发放，具体申领渠道以当地公告为准。
        用户：我老婆孕28周查出妊娠期糖尿病，饮食上要注意什么？助手：少量多餐，主食粗细搭配，避免含糖饮料和精制点心，按医生要求监测空腹和餐后血糖。
        用户：订单号3987216540123857712的吸奶器一直没发货，怎么催？助手：可以在订单页面点"催发货"，超过承诺发货时间还没发的，可以申请退款并选择"未按约定时间发货"。
        用户：林巧稚是谁？助手：林巧稚是中国现代妇产科学的主要开拓者之一，长期在北京协和医院工作，一生接生了五万多个婴儿，被称为"万婴之母"。
        用户：无痛分娩的费用医保能报销吗？助手：多数地区已将分娩镇痛纳入医保支付范围，但报销比例和限额各地不同，可以问问建档医院的医保窗口。
        用户：帮我把这个模板翻成英文：新生儿姓名：______ 性别：__ 出生时间：____年__月__日 出生地点：______医院。助手：Newborn's name: ______ Sex: __ Date of birth: ____/__/__ Place of birth: ______ Hospital.
    """),
    ("zh-Hant", "assistant_chat"): _lines("""
        使用者：香港公立醫院產檢係咪要先去母嬰健康院登記？助手：一般先到衞生署母嬰健康院登記，由健康院安排轉介到所屬聯網的公立醫院產科跟進。
        使用者：BB出世之後幾耐內要去生死登記處登記？助手：要喺出生後42日內登記，一般由父母其中一方帶同出生紙所需文件預約辦理。
        使用者：台灣勞保生育給付現在是多少？助手：依被保險人分娩或早產當月起前6個月平均月投保薪資一次給與60日，雙胞胎以上按比例增給。
        使用者：台北的月子中心一晚大概多少錢？助手：市區一般每晚約新台幣8千到2萬元以上，差別在房型、護理比例和是否含月子餐，建議先參觀再簽約。
        使用者：請幫我寫一份陪月合約範本，姓名和日期都留空。助手：陪月服務合約 甲方（僱主）：＿＿＿＿ 乙方（陪月員）：＿＿＿＿ 服務期：由＿＿年＿＿月＿＿日至＿＿年＿＿月＿＿日 每日工作時數：＿＿小時
        使用者：孕婦健康手冊上的第一次產檢要做哪些項目？助手：通常包括問診、身高體重血壓、血液常規、血型、德國麻疹抗體、B型肝炎、梅毒及愛滋病篩檢和尿液檢查。
        使用者：香港的在職家庭津貼有冇兒童津貼？助手：有，合資格住戶除咗基本津貼，每名合資格兒童仲可以申領兒童津貼，金額按住戶收入分級。
        使用者：投訴編號 2025-0613-0047 係我投訴產房護士態度嗰單，一般幾時會回覆？助手：醫院病人聯絡主任一般會喺數星期內書面回覆，可以引用編號打去查詢進度。
        使用者：育嬰留職停薪津貼怎麼申請？助手：由投保單位向勞保局申請，或自行上網填寫申請書，津貼為平均月投保薪資的六成，政府再加發兩成補助。
        使用者：衞生署母嬰健康院有冇熱線可以問？助手：可以打衞生署家庭健康服務24小時資訊熱線2112 9900，或者上網預約。
        使用者：台灣有沒有孕產婦的諮詢專線？助手：國民健康署孕產婦關懷諮詢專線0800-870-870，諧音「抱緊您，抱緊您」，平日可免費撥打。
        使用者：幫我用《冰雪奇緣》裡艾莎和安娜的角色寫一首哄寶寶睡覺的搖籃曲。助手：小雪花，輕輕飄，艾莎姐姐在守護，安娜陪你數星星，寶寶閉眼睡好覺。
    """),
    ("ms", "assistant_chat"): _lines("""
        Pengguna: Bila kena daftar kelahiran anak di JPN? Pembantu: Kelahiran perlu didaftarkan dalam tempoh 60 hari dari tarikh lahir; selepas itu dikira pendaftaran lewat dan mungkin dikenakan bayaran.
        Pengguna: Apa dokumen perlu bawa masa nak buat buku pink di klinik kesihatan? Pembantu: Bawa MyKad, sijil nikah jika ada, dan keputusan ujian kehamilan; jururawat akan buka rekod antenatal dan tetapkan temujanji seterusnya.
        Pengguna: Berapa hari cuti bersalin untuk pekerja swasta sekarang? Pembantu: Sejak 1 Januari 2023, cuti bersalin di bawah Akta Kerja ialah 98 hari dan bapa yang layak mendapat cuti paterniti 7 hari.
        Pengguna: Tolong senaraikan pantang larang berpantang yang masih ada asas dari segi perubatan. Pembantu: Menjaga kebersihan luka, rehat cukup dan makan seimbang memang disokong, tetapi larangan mandi atau minum air kosong tiada asas perubatan.
        Pengguna: Apa beza bidan kampung dengan jururawat pantang? Pembantu: Bidan kampung biasanya membuat urutan dan amalan tradisional, manakala jururawat pantang terlatih menjaga ibu dan bayi di rumah termasuk pemantauan luka dan penyusuan.
        Pengguna: Suami saya bekerja sendiri, adakah dia layak untuk faedah PERKESO bila saya bersalin? Pembantu: Faedah bersalin PERKESO untuk orang bekerja sendiri diberi kepada ibu yang mencarum, jadi semak sama ada anda sendiri berdaftar di bawah skim tersebut.
        Pengguna: Tulis templat surat kepada majikan untuk memaklumkan tarikh mula cuti bersalin, biarkan nama kosong. Pembantu: Tuan/Puan, saya [Nama], jawatan [Jawatan], ingin memaklumkan bahawa saya akan bercuti bersalin mulai [Tarikh] hingga [Tarikh].
        Pengguna: Macam mana nak buat temujanji di klinik kesihatan? Pembantu: Anda boleh buat temujanji melalui aplikasi MySejahtera di bahagian klinik, atau telefon terus klinik kesihatan yang berhampiran.
        Pengguna: Saya mengandung 34 minggu dan kaki bengkak teruk petang-petang, normal tak? Pembantu: Bengkak ringan biasa, tetapi jika disertai sakit kepala, penglihatan kabur atau tekanan darah tinggi, segera ke hospital kerana ia boleh jadi tanda preeklampsia.
        Pengguna: Subsidi yuran taska untuk penjawat awam berapa sebulan? Pembantu: Kadar subsidi bergantung kepada pendapatan isi rumah dan taska mesti berdaftar dengan JKM; semak pekeliling terkini di laman web kerajaan.
        Pengguna: No. pesanan Lazada 402918374650213 untuk stroller belum sampai dah dua minggu, macam mana nak buat aduan? Pembantu: Buka pesanan itu dalam aplikasi, pilih "Hubungi Penjual" dahulu, kemudian failkan pertikaian jika tiada jawapan dalam 48 jam.
        Pengguna: Siapa Tun Dr Siti Hasmah Mohd Ali? Pembantu: Beliau ialah antara doktor perubatan wanita Melayu terawal di Malaysia dan banyak memperjuangkan kesihatan ibu dan anak di kawasan luar bandar.
        Pengguna: Buatkan senarai barang untuk beg hospital bersalin, saya nak bersalin di hospital kerajaan. Pembantu: Buku pink, MyKad, kain batik, tuala wanita bersalin, baju menyusu, lampin dan baju bayi, selimut bedung, serta kerusi kereta bayi untuk balik.
        Pengguna: Berapa kali bayi perlu diperiksa selepas keluar wad? Pembantu: Biasanya jururawat klinik kesihatan akan membuat lawatan rumah dalam minggu pertama, dan bayi diperiksa semula di klinik pada usia sebulan.
    """),
    ("mixed", "user_request"): _lines("""
        eh can help me check if confinement nanny from JB need work permit to come SG? how long MOM approval take ah
        老婆 next week 要去 KKH 做 detailed scan, 需要 full bladder 吗?
        bb baru 2 minggu, jaundice level tinggi sikit, doctor suruh jemur pagi, betul ke cara ni?
        Pls explain Baby Bonus CDA 怎样 co-match, 我 confused lah, 第一个孩子 first step grant 几多?
        wanna ask 陪月 usually how much one month in KL now? heard RM4k to 6k for experienced one
        can write me a birth announcement for the baby, name leave blank, in English and 中文 both
        Hospital bill got MediSave maternity package, how much can claim ah for normal delivery?
        想问 NIPT 喺 HK private clinic 做大概几钱, 有冇 recommend 嘅 type 同埋要注意咩?
        ada tak template birth plan dalam BM + English, nak print bawa masa bersalin
        my MIL insist cannot wash hair during confinement 😩 is there any science behind this or not
        Shopee order 250114K9FJ2XQW 啲 baby formula 到咗但 expiry date 得一个月, 点样 return?
        ECDA infant care subsidy 跟 KiFAS 有什么 difference? 要 apply 哪个 for 6 month old?
    """),
    ("zh-Hans", "policy_notice"): _lines("""
        【温馨提示】孕妇建档请携带：身份证原件、医保卡、早孕B超报告。建档时间：周一至周五 8:00-11:30。卫生健康咨询电话：12320
        根据《上海市人口与计划生育条例》，符合规定生育的夫妻，女方在国家规定产假基础上延长生育假60天，男方享受配偶陪产假10天。
        新生儿出生医学证明办理须知：1. 父母双方身份证原件；2. 结婚证（如有）；3. 新生儿姓名确定后填写《出生医学证明》首次签发登记表。
        育儿补贴申领说明：补贴对象为3周岁以下婴幼儿，每孩每年3600元，按年发放，申请人为婴幼儿父母一方或其他监护人。
        母子健康手册第12页：产后42天检查记录——血压____ 体重____ 子宫复旧情况____ 乳房情况____ 医生签名____
        月子中心收费标准（2026版）：标准套房28天38,800元；豪华套房28天56,800元；订金5,000元，入住前30天内取消不退。合同编号：YZ-2026-____
        预约挂号成功！就诊序号：A037，科室：产科门诊，时间：2026-01-08 上午09:30-10:00，请提前30分钟到院取号，过号需重新排队。
        母婴室使用须知：本室仅供哺乳及婴儿护理使用，请保持整洁，单次使用时间不超过30分钟，男士请勿入内。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me fill the LifeSG birth registration? Mother: Tan Hui Min Rachel, NRIC S8712682Z; father: Goh Wei Jie Marcus, S8206801E; baby girl born 3 Nov 2025 at KKH, 2.98kg.
        Please rewrite this more politely for HR: "Hi Joanne, this is Priya d/o Raman from Finance, my gynae says I must be on bed rest from tomorrow because of placenta previa, MC attached."
        Fix my grammar: My name is Nur Syafiqah binti Azman, I am 29 weeks pregnant and my employer terminate me last week, I want to file complaint to MOM.
        My confinement nanny Auntie Lai Siew Fong (Malaysian passport A58213947) arrives 12 Jan, can you list what MOM needs for her work permit application?
        For the Baby Bonus form, the cash gift goes to POSB savings 188-45129-3 in my name, Chia Mei Ling, is that the right format for the account number?
        Summarise my discharge letter in simple words: Patient LEE XIN YI, NRIC S9725013H, Ward 81, SVD on 14/08/2025 at 03:42, EBL 350ml, 2nd degree tear repaired, baby boy 3.21kg, Apgar 9/9, review at O&G clinic in 6 weeks.
        My number is 9672 4183, write an SMS I can send to my husband Daniel Koh reminding him to fetch my mum from Tampines on my induction day, 21 Feb.
        Check this infant care application: Applicant Siti Rahmah Bte Ismail, NRIC S9746395F; child Muhammad Aryan bin Hafiz, birth cert no. T2430678F, DOB 19/06/2024; gross household income $6,800. Do we qualify for Additional Subsidy?
        Write a short email to the confinement centre saying I'll pay the deposit with Visa 4556 9367 5569 1164 exp 09/28, name on card ONG PEI SHAN.
        BIRTH PLAN: Amanda Fernandes, EDD 2 Apr 2026, birth partner husband Joel Fernandes (8135 0926); GBS positive so needs IV antibiotics in labour; no episiotomy unless necessary; delayed cord clamping please. Can you tidy this up?
        Email to the nanny agency: I'm Kavitha a/p Subramaniam, I booked Auntie Mok from 28 Mar to 25 Apr for my second delivery at Gleneagles and paid the deposit by PayNow, please confirm.
        Help me answer the agency form: Employer name WONG KAH MENG, FIN G1732221X, address Blk 412 Bedok North Ave 2 #08-117 Singapore 460412, wife's EDD 10 May 2026.
        Sign me up for the antenatal class: Bryony Hales-Tan, bryony.halestan@gmail.com, second pregnancy, due end of June, partner attending.
        Make this birth announcement sound warmer: Welcome Isabelle Rose! Born 6 Dec 2025, 3.05kg, to Gareth de Souza and Michelle de Souza (nee Pereira) at Mount Alvernia.
    """),
    "zh-Hans": _lines("""
        帮我检查一下建档信息有没有填错：姓名 周思琪，身份证号 310115199304170521，末次月经 2025年11月3日，丈夫 陈浩，手机 13817624590。
        帮我写个请假条：本人黄雅婷，市场部专员，现孕32周，医生建议卧床休息两周，附医院诊断证明。
        帮我润色一下发给月嫂的微信：张阿姨您好，我是刘欣，预产期3月18号，在顺义的医院生，想约您3月10号上户，月薪按18800算，定金已转到您卡上。
        我老公林志强（身份证350203198906110676）要去给宝宝上户口，他需要带户口本原件吗？
        生育津贴申请表帮我核对一下：申请人 王璐，身份证号 110105199503062443，分娩日期 2025-09-27，剖宫产，津贴收款卡 6222 0237 2159 4483 545。
        宝宝叫郑一诺，男，2025年2月19日在广州市天河区妇幼保健院出生，妈妈蔡晓雯、爸爸郑凯，帮我写个满月酒邀请函。
        帮我给医院写投诉信：我是产科3床产妇何佳怡，10月5号晚上分娩时助产士态度很差，还延误了打无痛。
        我的微信号是 siqi_mama0417，帮我写个找住家月嫂的招聘启事，把联系方式写在最后。
        孕检报告帮我看看：孕妇 杨帆 29岁 G1P0 孕24+3周 OGTT 5.3/10.8/9.1 mmol/L，是不是妊娠期糖尿病？
        帮我填育儿补贴申请：婴儿 孙浩宇，身份证 440106202502190352，监护人 孙立，手机 186-2071-3358，收款卡 6217 0088 2816 3390 040。
    """),
    "zh-Hant": _lines("""
        幫我睇下呢份陪月合約啱唔啱：僱主 陳美琪（HKID Y438127(9)），地址 九龍灣啟業邨啟泰樓1203室，陪月員 鄧姐，服務期 2026年1月5日至2月1日，費用 HK$28,000。
        我係 Karen 張嘉欣，電話 6218 4593，BB 喺伊利沙伯醫院出世，想問點樣預約生死登記處幫囡囡張芷晴登記出世？
        幫我寫育嬰留停申請的理由：申請人 林怡君，身分證 A260403048，子女 陳宥安 民國114年8月3日出生。
        我叫黃靖雯，住新北市板橋區文化路一段188巷12號5樓，寶寶10月出生，新北市的生育津貼要怎麼領？
        幫我潤飾一下：本人吳穎欣（員工編號 HR-20871）因妊娠高血壓需提早放產假，預產期2026年3月2日，懇請批准。
        月子中心入住單幫我確認：產婦 許雅筑 0928-613-475，預產期 115/02/14，先生 吳承翰 0955-204-817，LINE ID：yachu0214
        我老公 HKID K902351(8)，回鄉證 H60318245，想帶 BB 返深圳探爺爺嫲嫲，BB 嘅回鄉證點申請？
        產檢紀錄幫我整理成表格：廖品妤 第28週 血壓118/76 體重64.2kg 胎心142；第30週 血壓121/78 體重65.0kg 胎心138；第32週 出現水腫。
    """),
    "ms": _lines("""
        Tolong semak borang daftar kelahiran ni: Nama bayi Nur Aisyah Humaira binti Mohd Faizal, lahir 03/09/2025 di Hospital Tengku Ampuan Rahimah Klang, ibu Nurul Izzati binti Rahman, No. KP 910214-10-2528.
        Saya Farah Wahida binti Kamarudin, mengandung 36 minggu, tolong tulis surat kepada majikan saya Encik Lim untuk mohon bekerja dari rumah sampai bersalin.
        Nak bayar deposit pantang RM500 kepada Kak Ros (Rosnah binti Yusof), akaun Maybank 1640 2218 5573. Tolong tulis mesej WhatsApp untuk dia, nombor dia 017-264 9031.
        Tolong buat jadual temujanji untuk isteri saya Siti Khadijah binti Osman, No. KP 930512-01-4976, pemeriksaan seterusnya 12 Jan di Klinik Kesihatan Tampoi, scan 20 minggu.
        Suami saya Mohd Hafizuddin bin Zainal (KP 880730-14-3021) nak mohon cuti paterniti 7 hari, boleh draf e-mel kepada HR syarikat dia?
        Bayi saya Adam Rayyan bin Hakim lahir pramatang 32 minggu di Hospital Sultanah Aminah dan sekarang di NICU, tolong tulis mesej ringkas untuk group keluarga.
        Tolong semak e-mel ini: Saya Thanaletchumi a/p Muniandy, no. telefon 019-281 7465, ingin menempah pakej pusat berpantang dari 1 hingga 28 Mac selepas bersalin secara pembedahan.
        Borang Subsidi Yuran Taska: pemohon Aina Sofea binti Roslan, tel 011-2384 6710, anak Muhammad Iman umur 8 bulan, pendapatan isi rumah RM4,200. Betul ke saya isi?
    """),
    "mixed": _lines("""
        pls help me msg the 陪月 agency: 我是 Jasmine Teo, 9058 6612, EDD 20 Apr at Thomson, want auntie from Ipoh, can start 18 Apr? 预算 $3,800 max
        wife Melissa Chua just delivered at NUH ward 48, bb jaundice need phototherapy, help me tell my boss Mr Rajesh I taking paternity leave from today
        帮我 check 这个 Baby Bonus form: Father Lim Jun Hao S9407648Z, Mother Ng Shu Qi F4820710M (she on LTVP), bank DBS 072-918364-5, ok or not?
        Saya dah bersalin kat Sunway Medical, nama bb Ethan Lee Jia Le, tolong buat ayat announcement untuk FB, nak tag suami saya Lee Chee Keong
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I need to register my son's birth online but the form confuses me. Can you walk me through it?",
        ),
        (
            "assistant",
            "Sure. You'll need the Notification of Live Birth reference from the hospital, both parents' NRIC or FIN, and the name you've chosen. What details do you have?",
        ),
        (
            "user",
            "Baby born 22 Oct 2025 at Sengkang General. Me: Yeo Shu Fen, S8403153D. Husband: Kumar Raj s/o Ganesan, S9707718E. Name we picked: Aiden Kumar Raj.",
        ),
        (
            "assistant",
            "Thanks. In the form, enter Yeo Shu Fen (S8403153D) as mother and Kumar Raj s/o Ganesan (S9707718E) as father, then type 'Aiden Kumar Raj' as the child's name and check it matches the spelling you want on the certificate.",
        ),
    ],
    [
        (
            "system",
            "You are BumpBuddy, a pregnancy companion. User profile: Rachel Yeo Li Ting, 34, EDD 2026-04-09, delivering at NUH, penicillin allergy, previous miscarriage 2024. Personalise answers.",
        ),
        ("user", "what can I take for a cold at 20 weeks?"),
        (
            "assistant",
            "Paracetamol is generally considered safe in pregnancy; saline nasal spray and rest help too. Avoid decongestants unless your obstetrician agrees.",
        ),
    ],
    [
        ("user", "My doctor wants me on bed rest. Can you write a short note for my manager?"),
        (
            "assistant",
            "Of course. What's your name, your manager's name and how long the bed rest is?",
        ),
        (
            "user",
            "I'm Chloe Ang, manager is Benjamin Ho, 2 weeks from Monday because of threatened preterm labour at 31 weeks.",
        ),
        (
            "assistant",
            "Dear Benjamin, I'm writing to let you know that my doctor has placed me on bed rest for two weeks from Monday due to threatened preterm labour at 31 weeks. I'll share the medical certificate and handover notes by Friday. Regards, Chloe Ang",
        ),
    ],
    [
        ("user", "帮我写一份和月嫂的服务协议，我把信息发给你。"),
        ("assistant", "好的，请提供双方姓名、服务时间、费用和上户地址，我来整理成协议。"),
        (
            "user",
            "甲方：赵婉清，手机15921837746；乙方：王秀兰（月嫂），身份证420106199607120854——哦不对，这是我老公的，月嫂的我回头再发。",
        ),
        ("user", "上户地址：上海市浦东新区锦绣路1588弄6号602室，服务26天，费用16800元。"),
    ],
    [
        ("user", "生育津贴到账金额好像不对，能帮我算一下吗？"),
        ("assistant", "可以。请告诉我单位上年度职工月平均缴费工资和你的产假天数。"),
        ("user", "月平均缴费工资12800元，产假158天。"),
        (
            "assistant",
            "按12800÷30×158计算，约为67413元。如果实际到账少很多，可以向单位人事或社保中心查询。",
        ),
        (
            "user",
            "我叫钱诗雨，身份证320102199003250261，社保说要本人带材料去，你帮我列个清单，再写一段跟人事说明情况的话。",
        ),
    ],
    [
        ("user", "想請你幫手寫封信俾陪月中心，要求退返訂金。"),
        ("assistant", "冇問題，可唔可以講下你嘅姓名、訂咗邊段時間、訂金幾多同埋點解要退？"),
        (
            "user",
            "我叫何凱琪，HKID A731592(1)，本來訂咗11月陪月，但醫生話我前置胎盤要提早開刀，日子唔啱，訂金HK$5,000，佢哋話唔退。",
        ),
        (
            "assistant",
            "明白，我會寫明何凱琪小姐因醫療原因需更改生產日期，要求按合約全數或部分退還HK$5,000訂金。",
        ),
    ],
    [
        ("user", "我要幫女兒辦出生登記，戶政事務所要帶什麼？"),
        (
            "assistant",
            "一般需要出生證明書、父母雙方身分證、戶口名簿和印章，若在醫院已通報，可直接到戶政事務所辦理。",
        ),
        (
            "user",
            "好，我先把資料給你幫我核對：母 蔡佩珊 B296642192，父 劉冠宇 A188583734，女兒 劉語晴 114年11月2日 台中榮總出生。",
        ),
    ],
    [
        ("user", "Saya nak daftar kelahiran anak online, boleh bantu?"),
        (
            "assistant",
            "Boleh. Sila sediakan nama penuh bayi, tarikh dan tempat lahir, serta nama dan nombor MyKad ibu bapa.",
        ),
        ("user", "Bayi: Muhammad Zayyan bin Azlan, lahir 15/01/2026 di Hospital Putrajaya."),
        (
            "user",
            "Ibu: Nor Hidayah binti Jamil 940327-10-4382, bapa: Azlan bin Harun 900118-12-3511.",
        ),
        (
            "assistant",
            "Baik, saya akan isi Nor Hidayah binti Jamil sebagai ibu dan Azlan bin Harun sebagai bapa. Pastikan ejaan nama Muhammad Zayyan bin Azlan sama seperti yang dikehendaki.",
        ),
    ],
    [
        ("user", "Tolong tulis mesej WhatsApp untuk tempah mak bidan urut lepas bersalin."),
        ("assistant", "Boleh, bila tarikh bersalin dan alamat untuk urutan di rumah?"),
        (
            "user",
            "Saya Syazwani, baru bersalin 3 hari lepas secara normal. Alamat No. 27, Jalan Kenanga 3/5, Taman Kenanga, 43000 Kajang. Nombor saya 012-738 4592.",
        ),
        (
            "assistant",
            "Assalamualaikum Mak Bidan, saya Syazwani, baru bersalin normal 3 hari lepas. Nak tempah urutan di rumah, No. 27 Jalan Kenanga 3/5, Taman Kenanga, Kajang. Boleh hubungi saya di 012-738 4592.",
        ),
    ],
    [
        ("user", "can help me check infant care subsidy ah, my girl turning 2 months next week"),
        (
            "assistant",
            "Sure. Are both parents working, and what's the rough gross household income?",
        ),
        (
            "user",
            "both working, income about 9k. her birth cert T2535532B, name Low Xin Hui Chloe. centre is the one at Punggol Waterway, start date 3 Mar",
        ),
        (
            "assistant",
            "With both parents working and about $9,000 household income, Chloe should get the Basic Subsidy and some Additional Subsidy.",
        ),
    ],
    [
        ("user", "What does MOM need for a Work Permit for a confinement nanny?"),
        (
            "assistant",
            "You'll typically need the nanny's passport details, the employer's particulars, and proof of the baby's expected or actual birth date. Want me to prepare a checklist with your details?",
        ),
        (
            "user",
            "yes. Nanny: Chong Yoke Lan, Malaysian, passport A62049185, 56 years old. Employer is my husband Ho Jia Wen, S8014292G, I'm the one giving birth. Baby due 14 Feb at Mount Elizabeth Novena.",
        ),
    ],
    [
        (
            "user",
            "Please summarise this scan report for my parents: 'Name: PRIYANKA NAIR, Age 31, GA 20w2d by dates. Single live fetus, placenta low-lying 1.5cm from os, EFW 340g. Advised repeat scan at 32 weeks.'",
        ),
        (
            "assistant",
            "Priyanka's 20-week scan shows one healthy baby growing normally at about 340g. The placenta is sitting a little low, so the doctor wants another scan at 32 weeks to see if it moves up.",
        ),
        ("user", "great, make it shorter for whatsapp"),
    ],
    [
        ("user", "你好，我想投诉上周在医院产房的经历，帮我整理一下。"),
        ("assistant", "好的，请说明时间、科室、经过和你的诉求。"),
        (
            "user",
            "11月20号凌晨，我爱人吴晓燕在产科待产，宫口开到8指了一直没人来，打铃二十分钟才有护士。我是她丈夫邓建国，手机13926751048。",
        ),
        (
            "assistant",
            "已整理：投诉人邓建国（产妇吴晓燕的丈夫），11月20日凌晨产科待产期间呼叫铃响应延误约二十分钟，诉求为医院说明情况并改进值班安排。",
        ),
    ],
    [
        (
            "system",
            "Maternity Concierge bot for a private hospital. Current patient record: Mdm Loh Pei Yi, NRIC S9587496G, Suite 5, delivered by emergency LSCS on 02/12/2025, baby boy in SCN for observation. Address her politely.",
        ),
        ("user", "when can I see my baby in the nursery?"),
        (
            "assistant",
            "Mdm Loh, the Special Care Nursery allows parents to visit any time; a nurse can wheel you there once you're able to sit up comfortably.",
        ),
    ],
    [
        ("user", "Boleh bantu saya tulis surat makluman cuti bersalin kepada bos?"),
        ("assistant", "Boleh. Nama, jawatan, nama syarikat dan tarikh mula cuti?"),
        (
            "user",
            "Nama saya Kamini a/p Ramasamy, eksekutif akaun di syarikat logistik di Shah Alam, cuti mula 1 Februari sebab doktor kata ada risiko pre-eklampsia, e-mel peribadi kamini.rsamy@yahoo.com.",
        ),
    ],
    [
        ("user", "產檢後醫院說要加做高層次超音波，可以幫我看一下預約單嗎？"),
        ("assistant", "可以，請貼上內容，個資可以先遮起來。"),
        (
            "user",
            "病人：鄭筱涵 身分證F251393070 電話0912-406-538 預約：115年1月21日 上午10:20 產科超音波室 備註：前胎早產。",
        ),
        (
            "assistant",
            "鄭小姐的高層次超音波約在115年1月21日上午10:20，因為前一胎早產，醫師可能也會順便量子宮頸長度。",
        ),
    ],
    [
        (
            "user",
            "want to pay cord blood bank deposit online but site keep failing, can check my card details correct?",
        ),
        (
            "assistant",
            "I'd suggest not sharing full card details here. You can check the expiry date and billing address match your bank records.",
        ),
        (
            "user",
            "its Mastercard 5521 9217 1804 8578, 11/27, name TAN KAI LING, billing Blk 218 Jurong East St 21 #05-332. baby due next month so I need this settled",
        ),
    ],
]
