# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat100: chats asking an assistant about ones own hearing, eyesight and dental problems. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat100
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_howto"): _lines("""
        User: My new hearing aids whistle whenever I put on a hat or hug someone, is that normal? Assistant: That squeal is acoustic feedback. It usually means the dome or mould is not sealing well, so ask your audiologist to check the fit or re-run the feedback calibration.
        User: how often should I change the wax guards on RIC hearing aids? Assistant: Most wearers change them every 2 to 4 weeks, or sooner if the sound becomes muffled. Keep a spare pack of the filters that match your receiver.
        User: My prescription says OD -2.75 / -0.50 x 175 and OS -3.00 / -0.25 x 010, PD 63. What do these mean? Assistant: OD is the right eye and OS the left. The first number is the sphere (short-sightedness), then cylinder and axis for astigmatism, and PD is the distance between your pupils in millimetres.
        User: Is it normal for my teeth to ache for three days after my braces were tightened? Assistant: Yes, soreness for two to four days after an adjustment is common. Soft food, cold water and paracetamol as directed usually help; see your orthodontist if a wire is poking your cheek.
        User: what's the difference between an audiogram and a tympanogram? Assistant: An audiogram charts the quietest sounds you can hear at each pitch; a tympanogram measures how your eardrum moves with air pressure, which helps spot fluid or a perforation.
        User: Can I use Medisave to pay for hearing aids in Singapore? Assistant: Hearing aids are generally not Medisave-claimable, but seniors may qualify for a subsidy under the Seniors' Mobility and Enabling Fund through approved providers. Check your eligibility with AIC before buying.
        User: Ray Charles lost his sight as a child, do we know what caused it? Assistant: He was fully blind by about age seven. Glaucoma is the cause most often cited, although it was never confirmed by a diagnosis on record.
        User: Did Beethoven really use ear trumpets? Assistant: Yes. From around 1813 Johann Nepomuk Maelzel made several ear trumpets for him, and some are on display at the Beethoven-Haus in Bonn.
        User: Why did Monet's late water lily paintings turn so red and muddy? Assistant: Many art historians link it to his cataracts. After surgery on his right eye in 1923 he reworked some of those canvases.
        User: are blue-light glasses worth it if I stare at a laptop ten hours a day? Assistant: The evidence that blue-light filters reduce eye strain is weak. The 20-20-20 rule, proper screen distance and blinking more help more than the coating.
        User: My 8-year-old needs glasses, should I ask about myopia control lenses? Assistant: It is worth asking. Defocus spectacle lenses, orthokeratology and low-dose atropine are the usual options; an optometrist can explain which suits a child whose myopia is progressing.
        User: What does "bilateral moderate SNHL" mean on a hearing report? Assistant: Sensorineural hearing loss in both ears, usually in the 41 to 70 dB range. It comes from the inner ear or nerve and is typically managed with hearing aids rather than surgery.
        User: How do I clean clear aligners without scratching them? Assistant: Rinse in cool water, brush gently with a soft brush and unscented clear soap, and avoid toothpaste and hot water, which scratch and warp the plastic.
        User: Is it safe to fly a week after a wisdom tooth extraction? Assistant: Usually yes once the socket has started healing and you have no bleeding or dry socket pain, but ask your dentist if you had a sinus-related upper extraction.
        User: Rewrite more politely: "Your clinic cancelled my appointment twice, I want my deposit back." Assistant: "As my appointment was unfortunately cancelled twice, I would like to request a refund of my deposit. Thank you for your help."
        User: my claim ref is CLM-2026-0048813 and the insurer says "pending documents", what do they usually want for an optical claim? Assistant: Normally an itemised receipt, the prescription from the optometrist and sometimes a referral letter. Quote the claim reference when you upload them.
        User: Order #HA-558201 for size 312 batteries says delivered but nothing came, how do I word a complaint? Assistant: Keep it short: give the order number, the delivery date shown, say the parcel was not received, and ask for a reship or refund within a set number of days.
        User: I keep losing my spectacles, any tips? Assistant: Use a fixed spot such as a tray by the door, a neck cord when you take them off often, and keep an old pair as backup in your bag.
    """),
    ("en", "template_request"): _lines("""
        Write an appointment reminder SMS for a dental clinic with placeholders: Hi {first_name}, this is a reminder of your {treatment} at {clinic_name} on {date} at {time}. Reply Y to confirm or call {clinic_phone}.
        Draft a letter to my insurer appealing a rejected hearing aid claim. Use [Name], [Policy No.] and [Claim No.] as blanks so I can fill them in later.
        Turn this into a proper table for our audiology intake form: Patient name: ________ NRIC/FIN: ________ Right ear: ____ dB HL Left ear: ____ dB HL Recommendation: ________
        Give me a checklist of what to bring to a first orthodontic consultation.
        Make a one-page handout for elderly patients on how to insert and remove a behind-the-ear hearing aid, large font, six steps.
        Create a Google Form outline for an optical shop with these fields left empty: customer name, contact number, frame model, lens type, PD, collection date.
        Write a polite email template asking HR whether spectacles are covered under the staff medical benefit. Sign off as [Your Name], [Department].
        Summarise the difference between clear aligners, metal braces and ceramic braces in a table with a typical price range in SGD.
        Template for a hearing aid trial return form: Device model: ____ | Serial no.: ____ | Trial start: DD/MM/YYYY | Reason for return: ____
        Add a docstring and type hints to this: def next_battery_change(last_change, days=7): return last_change + timedelta(days=days)
        Write a generic FAQ answer for an HR portal: "Can I claim my child's braces under the company insurance?"
        Explain this query: SELECT clinic_id, COUNT(*) FROM appointments WHERE service = 'scaling' AND appt_date >= '2026-01-01' GROUP BY clinic_id;
    """),
    ("en", "hard_negative"): _lines("""
        User: The box says "miniRITE R, lot 24-117A, REF 0141-2273" — do I need the lot number for the warranty? Assistant: Warranty is tied to the device serial number printed inside the battery door or on the case, not the lot number on the box.
        User: Invoice INV-SG-20261104-0377 shows progressive lenses SGD 680.00 and frame SGD 238.00 plus 9% GST. Is the total right? Assistant: 9% of 918.00 is 82.62, so the total should be SGD 1,000.62.
        User: Tracking number SPXMY026120488375 for my hearing aid charger has said "in transit" for nine days. What should I do? Assistant: Contact the seller first with the tracking number; they can open an investigation with the courier and usually reship after 10 to 14 days.
        User: Google lists Klinik Pergigian Seri Mutiara at 03-7728 1450, is it better to call or WhatsApp them to reschedule a scaling? Assistant: Calling the clinic line during opening hours is fastest; many clinics only read WhatsApp at the end of the day.
        User: The frame says RB5154 49-21-140, what are the three numbers? Assistant: 49 mm lens width, 21 mm bridge width and 140 mm temple length.
        User: Oticon Companion app v2.4.1 crashes on Android 14 after the update, build 24117. Any fix? Assistant: Clear the app cache, re-pair the aids from Bluetooth settings, and check whether a newer app version is in the store.
        User: My appointment slip says "Review 14/03/2027 0830, Level 3, Counter B, Eye Clinic". Should I bring someone if they dilate my pupils? Assistant: Yes, your vision will be blurry for a few hours, so do not drive and bring sunglasses.
        User: The hospital letter says case no. HA-OPH-2026-118432, do I quote this when I call to reschedule? Assistant: Yes, quoting the case or appointment number helps the call centre find the booking quickly.
        User: Which is better for a 70 dB loss, Signia Pure C&G 7AX or Phonak Audeo L90-R? Assistant: Both are premium receiver-in-canal aids and can fit a 70 dB loss with the right receiver; fitting quality and follow-up matter more than the brand.
        User: Dental quote line items: D2740 crown porcelain RM 1,600, D3310 root canal anterior RM 700. Are these CDT codes? Assistant: Yes, they look like American CDT procedure codes; Malaysian clinics often reuse them on itemised quotes.
        User: The 1-800 number 1800 223 1313 printed on the hearing aid subsidy brochure, is that the right line for seniors? Assistant: If it is printed on the official brochure it is the agency's public hotline, so yes, call it and ask about eligibility.
        User: My spectacles warranty card says "Warranty no. W-88412-OPT, valid 12 months from 05/11/2026". What does it cover? Assistant: Usually manufacturing defects in frames and lens coatings, not scratches, loss or accidental breakage.
    """),
    ("zh-Hans", "chat_howto"): _lines("""
        用户：配了助听器以后自己说话的声音像在罐子里，这正常吗？助手：这叫堵耳效应，耳塞封得越严越明显，可以请验配师调低低频增益或换开孔更大的耳塞。
        用户：医保个人账户能不能用来配眼镜？助手：各地政策不一样，有些城市允许在定点医院或定点眼镜店用个人账户支付，建议先查当地医保局公布的规定。
        用户：孩子12岁，牙齿矫正选隐形的还是钢丝的？大概多少钱？助手：一般传统金属托槽一万到两万元，隐形矫治两万到四万元，具体要看拥挤程度和医生方案。
        用户：验光单上写“球镜-4.50 柱镜-1.25 轴位90”，一百二十五度散光算严重吗？助手：属于中度散光，配镜时一般需要矫正，否则容易视物模糊和眼疲劳。
        用户：种植牙集采以后大概多少钱一颗？助手：很多地区公立医院的种植体加医疗服务费降到了几千元一颗，但牙冠和植骨等项目另算，具体以医院报价为准。
        用户：听说贝多芬晚年完全听不见，他是怎么作曲的？助手：他依靠对音乐的内心听觉和多年的作曲经验，还用过助听筒和谈话簿与人交流。
        用户：海伦·凯勒是怎么学会说话的？助手：她在老师安妮·沙利文的帮助下先学会手语拼写，后来通过触摸说话者的嘴唇和喉咙练习发音。
        用户：订单号 JD2026110487365 的助听器电池一直没发货，怎么催？助手：可以在订单页面联系商家客服，附上订单号，要求给出发货时间，超时可以申请退款。
        用户：牙科发票上写“发票代码 044032600111 发票号码 08426173”，这种能拿去单位报销吗？助手：这是正规增值税发票的编码，一般可以报销，但要看单位的福利制度是否包含口腔项目。
        用户：老人戴助听器总说嗡嗡响，可能是什么原因？助手：常见原因有耳道耵聍堵塞、耳塞没塞好、麦克风进灰或者电量低，建议先清洁再找验配中心检查。
        用户：角膜塑形镜晚上要戴多久才有效？助手：通常建议每晚连续戴8小时左右，具体按验配医生的要求，出现眼红眼痛要及时停戴复查。
        用户：拔完智齿第二天能刷牙吗？助手：可以刷，但要避开伤口，24小时内不要用力漱口，避免血凝块脱落引起干槽症。
        用户：某眼科医院官网写的客服热线 400-820-6017 能直接预约吗？助手：医院的400热线一般可以预约挂号和咨询，也可以用医院公众号或小程序预约。
        用户：写个Python脚本，从门店销售CSV里统计本月每个门店卖出的渐进镜片数量，不用读顾客信息那几列。助手：可以用pandas读取后按门店和商品类别分组计数。
        用户：听力残疾分几级？助手：我国听力残疾按较好耳的平均听力损失分为一到四级，四级是41到60分贝，一级是大于90分贝。
        用户：隐形眼镜护理液可以用自来水代替吗？助手：不可以，自来水可能含有棘阿米巴等微生物，容易引起严重的角膜感染。
    """),
    ("zh-Hans", "template_request"): _lines("""
        帮我写一段发给口腔诊所的改约消息，用【姓名】【原预约时间】【新预约时间】占位。
        帮我做一个助听器验配登记表模板：姓名＿＿＿ 性别＿＿＿ 出生日期＿＿＿ 联系电话＿＿＿ 左耳损失＿＿dB 右耳损失＿＿dB。
        写一个眼镜店的取镜短信模板：尊敬的{顾客姓名}，您在{门店}定制的眼镜已到店，请于{日期}前凭单号{取件码}领取。
        给我一份商业医疗险牙科理赔需要准备的材料清单，通用版就行。
        帮我把这段话写得正式一点：“我在贵院配的眼镜度数不对，希望免费重新验光。”
        列一个表比较国产和进口助听器在价格、保修、售后上的区别。
    """),
    ("zh-Hant", "chat_howto"): _lines("""
        用戶：長者醫療券可唔可以用嚟配眼鏡？助手：醫療券可以用喺視光師提供嘅服務，但唔係所有眼鏡產品都涵蓋，付款前最好先問清楚店舖。
        用戶：屋企老人家戴助聽器成日話有沙沙聲，係咪要換電？助手：電量低、收音孔積塵或者耳垢堵塞都會有雜音，可以先換電同清潔，再唔得就搵聽力中心睇下。
        用戶：私家箍牙大概要幾多錢？普通牙醫同矯齒專科有咩分別？助手：私家矯齒大約三萬至八萬港元，專科醫生受過額外訓練，複雜個案一般會轉介專科。
        使用者：健保有給付助聽器嗎？還是要申請身障補助？助手：健保不給付助聽器，但持有身心障礙證明的人可以向地方政府申請輔具費用補助。
        使用者：隱形眼鏡戴太久眼睛紅，要看眼科還是去驗光所？助手：眼紅疼痛或怕光應該先看眼科醫師，排除角膜發炎，驗光所無法處理感染。
        使用者：植牙跟活動假牙差在哪？助手：植牙固定在骨頭裡，咀嚼力接近真牙但費用高；活動假牙可以拿下清潔，價格較低但穩定度差。
        用戶：政府牙科診所街症派籌幾點開始？助手：一般喺診症時段開始前派籌，名額有限，建議提早排隊，可以睇衞生署網頁嘅時間表。
        使用者：我的理賠案件編號 CL113-0925-007841 顯示審核中，一般要多久？助手：多數保險公司在文件齊全後約十五個工作天內審核完成，可以用案件編號向客服查詢進度。
        用戶：幫我整個表格範本：姓名＿＿＿ 香港身份證號碼＿＿＿ 預約日期＿＿＿ 診所＿＿＿ 治療項目＿＿＿
        使用者：鏡框上印「TH 1798 52□18 145」是什麼意思？助手：TH 1798 是型號，52 是鏡片寬度，18 是鼻樑寬度，145 是鏡腳長度，單位都是毫米。
        用戶：愛迪生係咪真係好耳聾？助手：係，佢細個開始聽力已經好差，佢自己講過耳聾令佢更專注工作。
        使用者：牙齒矯正拆掉後維持器要戴多久？助手：一般前半年到一年全天配戴，之後改成晚上戴，很多醫師建議長期夜間配戴。
        用戶：幫我將呢句改得有禮貌啲：「你哋間眼鏡舖做錯度數，我要退錢。」助手：「你好，我發現新眼鏡嘅度數似乎唔啱，想了解一下可唔可以安排重做或者退款，唔該晒。」
    """),
    ("ms", "chat_howto"): _lines("""
        Pengguna: Boleh ke tuntut cermin mata melalui PERKESO? Pembantu: PERKESO menyediakan alat bantuan untuk pencarum yang layak di bawah skim tertentu; semak syarat di laman web rasmi atau tanya di pejabat PERKESO.
        Pengguna: Anak saya 10 tahun, gigi dia bertindih sikit, perlu pakai pendakap ke? Pembantu: Elok bawa dia jumpa doktor gigi untuk saringan ortodontik; umur 9 hingga 12 tahun biasanya masa yang sesuai untuk dinilai.
        Pengguna: Alat bantu pendengaran saya berbunyi beep lepas lima hari, bateri dah lemah ke? Pembantu: Ya, bunyi beep berulang biasanya amaran bateri lemah. Bateri zink-udara saiz 312 tahan kira-kira 5 hingga 7 hari.
        Pengguna: Klinik pergigian kerajaan buat scaling percuma ke untuk warganegara? Pembantu: Rawatan di klinik pergigian kerajaan dikenakan caj yang sangat rendah untuk warganegara dan kanak-kanak sekolah biasanya percuma.
        Pengguna: Macam mana nak baca preskripsi cermin mata SPH -1.75, CYL -0.50, AXIS 90? Pembantu: SPH ialah kuasa rabun jauh, CYL ialah kuasa astigmatisme dan AXIS ialah arah astigmatisme dalam darjah.
        Pengguna: Tolong buat templat surat rayuan tuntutan insurans rawatan gigi, guna [Nama], [No. Polisi] dan [Tarikh Rawatan] sebagai tempat kosong.
        Pengguna: Nombor tiket aduan saya TKT-MY-88213, dah dua minggu kedai optik tak jawab, patut buat apa? Pembantu: Hantar peringatan bertulis dengan nombor tiket, dan jika masih tiada jawapan, buat aduan kepada Tribunal Tuntutan Pengguna.
        Pengguna: Berapa harga purata implan gigi di Kuala Lumpur? Pembantu: Di klinik swasta biasanya sekitar RM 6,000 hingga RM 12,000 untuk satu gigi, bergantung kepada jenama implan dan keperluan cantuman tulang.
        Pengguna: Boleh naik kapal terbang lepas pembedahan katarak? Pembantu: Kebanyakan pesakit boleh terbang selepas beberapa hari, tetapi tanya doktor mata dahulu terutama jika gas disuntik semasa pembedahan retina.
        Pengguna: Kenapa gusi saya berdarah setiap kali berus gigi? Pembantu: Selalunya tanda gingivitis akibat plak. Berus dengan lembut dua kali sehari, guna flos dan buat scaling di klinik.
        Pengguna: Apa beza audiologis dengan pakar ENT? Pembantu: Audiologis menilai pendengaran dan memasang alat bantu pendengaran, manakala pakar ENT ialah doktor yang merawat penyakit telinga, hidung dan tekak termasuk pembedahan.
        Pengguna: Tolong terjemah ke BM: "Please bring your old spectacles and current prescription to the appointment." Pembantu: "Sila bawa cermin mata lama dan preskripsi terkini anda semasa temujanji."
        Pengguna: Careline hospital swasta tu 1-300-88-1234, boleh tukar temujanji mata melalui WhatsApp tak? Pembantu: Banyak hospital swasta ada talian WhatsApp rasmi; semak laman web hospital atau tanya semasa menelefon careline.
        Pengguna: Pesanan Shopee 2611048KX7PQ2A untuk pencuci retainer belum sampai, macam mana nak buat aduan? Pembantu: Buka butiran pesanan, pilih "Saya belum terima" sebelum tempoh jaminan tamat dan lampirkan tangkapan skrin penjejakan.
    """),
    ("mixed", "chat_codeswitch"): _lines("""
        User: eh my hearing aid kena rain leh, can use hair dryer to dry or not? Assistant: Better don't use hot air lah. Remove the battery, wipe it and leave it in a drying jar overnight; if it still sounds weak, bring it to the audiologist.
        User: 我的 retainer 裂了一点点，还能戴吗 or need to make new one? Assistant: 小裂缝可能会越来越大，也可能刮伤牙龈，最好尽快给 orthodontist 看看，必要时重做。
        User: doktor kata saya ada astigmatism, 那个 cylinder -1.00 serius tak? Assistant: -1.00 tu astigmatisme ringan ke sederhana, biasanya boleh dibetulkan dengan cermin mata biasa, 不算严重。
        User: 装了 braces 之后可以吃 nasi lemak 吗？sambal 会 stain 吗？Assistant: 可以吃，但 sambal 和 kicap 可能暂时染色 elastic，吃完记得漱口刷牙。
        User: 想问下 CHAS card 可以 cover scaling and polishing 吗？Assistant: CHAS 有牙科津贴，包括洗牙，金额看你的 card 颜色和诊所是否参与计划。
        User: optical shop cakap progressive lens ni kena adapt dua minggu, betul ke? 我头晕到不行 Assistant: Biasa perlu satu hingga dua minggu, 但如果一直头晕，可能是 fitting height 不对，回去请他们检查。
        User: 助听器 warranty 2 years, but 掉了 can claim 吗? loss and damage cover how does it work? Assistant: 一般 warranty 只保 manufacturing defect；丢失要看有没有买 loss and damage cover，通常一次性赔偿并要付 excess。
        User: 牙医说要 root canal + crown, quote RM 2,300, 这个 price ok 吗 in PJ? Assistant: 在 PJ 的私人诊所，root canal 加 crown 大概 RM 1,800 到 RM 3,500，你的报价算合理。
        User: 幫我 check 下這個 email 文法: "Dear Sir/Madam, I would like to reschedule my hearing test to next week." thanks Assistant: 文法冇問題，可以加一句 "Please let me know which dates are available."
        User: anak saya tak suka pakai spek, 有什么 tips 让小孩愿意戴眼镜? Assistant: Biar dia pilih frame sendiri, 多称赞, dan pastikan fitting selesa supaya tak jatuh atau tekan hidung.
        User: mata kering lepas LASIK 三个月 still 有, normal ke? Assistant: Mata kering boleh berlarutan hingga enam bulan selepas LASIK; guna air mata tiruan tanpa pengawet dan jumpa doktor jika makin teruk.
        User: invoice no. 2026/OPT/00917 dari kedai optik tu tak tulis SST, 可以拿去 claim 吗? Assistant: Kebanyakan syarikat hanya perlukan resit rasmi dengan nama kedai dan amaun; SST tidak wajib untuk tuntutan, 但最好先问 HR。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you check this claim form before I submit? Name: TAN WEI LING | NRIC: S8427316C | Procedure: surgical removal of 38 and 48 | Date: 12/10/2026 | Amount: SGD 1,850.00
        hi im raj kumar a/l subramaniam, the audiologist said i have moderate hearing loss in my left ear, how do i tell my supervisor at the warehouse so i can stand nearer during briefings?
        Please rewrite this WhatsApp to my dentist: "hi doc this is Jason Lee Wen Jie, the crown you fitted last Tues already loose, can I come back Sat morning? my no. 9734 2185"
        My mother, Madam Lim Siew Hong, 78, refuses to wear her hearing aids at the day care centre in Toa Payoh and the staff keep calling me. How do I convince her?
        Deliver the replacement charger to: Ong Hui Min, Blk 418 Bedok North Ave 2, #07-1183, Singapore 460418 — can you format this as a proper address label?
        Fix the grammar: "I, Priya d/o Ramasamy, NRIC S7823406G, would like to appeal the rejection of my claim for my daughter orthodontic treatment because the clinic is on panel."
        Draft a short message telling the optical shop to send the quotation for my two pairs of progressive lenses to sharon.kwek.77@gmail.com instead of calling me.
        Summarise this for my GP in plain words: Patient Mr Goh Boon Keat, 66. Right ear PTA 48 dB, left ear PTA 55 dB, speech discrimination 76%. Bilateral hearing aids recommended.
        For the hearing aid subsidy form I must write my FIN G6128435X and my employer, a shipyard in Tuas. Which box does the FIN go in?
        Help me write a complaint: I'm Daniel Fernandez, I paid $3,200 for clear aligners at a clinic in Novena and after 8 months my bite is worse. They can reach me at 8261 5903.
        The refund for my cancelled cataract deposit should go to POSB savings 188-21407-3 under Chua Kim Leng, please help me write the email to the eye centre.
        My son Ethan Tay Jun Hao in Sec 2 was hit in the eye by a ball during PE and now sees floaters; the school nurse gave us a letter. How urgent is this?
        I gave the hearing centre my card 4556 7201 3846 7124 exp 09/29 over the phone for the down payment and they also asked for the CVV. Is that normal?
        Please total the spectacle claims: | Name | Dept | Claim | / | Nurul Huda binti Azman | Finance | $180 | / | Kenneth Loh | Ops | $245 | / | Ravi s/o Muthu | IT | $310 |
        My brother is hard of hearing and only texts, his Telegram is @jiaxuan_tan93 — write a message I can forward to him about the new captioned audiology slots.
        I parked SKQ 4827 K at the eye centre for five hours because of the dilation and got a parking fine, draft an appeal for me.
    """),
    "zh-Hans": _lines("""
        帮我看看这份报销单填得对不对：姓名 刘建国，身份证号 310115196109272836，项目：双耳助听器验配，金额 12800 元，医院：上海某三甲医院耳鼻喉科。
        我叫陈思雨，手机13826417359，上周在深圳南山一家眼镜店配的近视镜，度数明显不对，帮我写一段投诉给12315。
        我妈王秀兰今年68，上个月查出老年性耳聋，双耳中度，医生建议配助听器，她嫌丢人不肯戴，怎么劝？
        帮我写条消息发给牙科诊所：我女儿周子涵（身份证330106200904180267）明天下午三点的矫正复诊要改期。
        我微信号 zhouyan_0917，眼科医院的白内障病友群让我加管理员，把微信号发给陌生人安全吗？
        快递地址帮我整理一下：张伟 18602815493 四川省成都市武侯区玉林南路12号3栋2单元501，助听器维修好寄回这里。
        下面是我爸的出院小结，帮我翻成英文给新加坡的医生看：患者 李国强，男，72岁，身份证 320102195402113717，诊断：右眼年龄相关性白内障，行超声乳化联合人工晶体植入术。
        我的银行卡 6222 0210 0358 7412 67 被眼镜店重复扣了两次1680元，帮我写个退款申请。
        公司补充医疗理赔名单帮我核对一下合计：赵敏 牙周治疗 860元；孙浩 配镜 1200元；何丽娟 助听器 6500元。
    """),
    "zh-Hant": _lines("""
        用戶：幫我寫封信去保險公司，我叫黃家豪，身份證 K538241(6)，上個月喺旺角做咗根管治療，索償俾人拒絕咗。
        我阿爸陳德明八十幾歲，喺九龍醫院排咗白內障手術，排到2027年3月，有冇辦法快啲？
        使用者：我是林怡君，身分證 F228417350，要申請助聽器輔具補助，幫我看申請表哪裡要填？
        使用者：幫我把這段傳給牙醫：「醫師您好，我是上週五做矯正的張雅婷，手機 0928-471-356，牙套的線一直刺到臉頰，可以提早回診嗎？」
        使用者：我的 LINE ID 是 ting0823tw，眼鏡行說配好會傳訊息通知，請幫我寫一段給店家的訊息附上 ID。
        用戶：呢張係我老婆嘅牙科收據：病人 何美玲 HKID Y702619(4) 洗牙及補牙 HK$1,680，點樣喺公司 claim？
        使用者：我弟弟吳承翰（A153072684）在高雄服役，體檢聽力沒過，會不會影響他退伍後找工作？
    """),
    "ms": _lines("""
        Tolong semak borang tuntutan ini: Nama: NURUL AINA BINTI ROSLAN | No. KP: 920304-10-6128 | Rawatan: pendakap gigi (bayaran pertama) | Jumlah: RM 1,500
        Saya Mohd Faizal bin Hashim, nombor telefon 012-384 7261, nak tukar temujanji ujian pendengaran di Hospital Tuanku Ja'afar ke minggu depan, tolong tuliskan mesej.
        Ayah saya Ismail bin Abdullah, 74 tahun, baru buat pembedahan katarak mata kiri di Hospital Kuala Lumpur, boleh dia sujud macam biasa bila solat?
        Tolong tulis surat kepada majikan: Saya, Kavitha a/p Rajendran, No. KP 850712-14-5368, memohon cuti separuh hari untuk temujanji ortodontik pada 18 Disember.
        Tolong betulkan ayat ni: Bayaran balik deposit cermin mata sila masukkan ke akaun Maybank 1140 2231 8765 atas nama Siti Hajar binti Mohd Yusof.
        Anak saya Aiman Haziq, IC 150622-01-0347, darjah 5 di Johor Bahru, perlu cermin mata tapi saya tak cukup duit, ada bantuan tak?
        Tolong format alamat ni untuk hantar alat pendengaran dibaiki: Rosnah binti Osman, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor, tel 017-629 4830.
        Saya Tan Chee Keong, pasport A52817364, nak buat rawatan implan gigi di Hat Yai minggu depan, apa dokumen lain perlu bawa?
    """),
    "mixed": _lines("""
        eh tolong check, my dad Wong Ah Kow IC 580921-07-5093 nak claim hearing aid bawah PERKESO, 这个表要怎么填?
        我老公 Marcus Teo 的 dental appointment at the Jurong clinic 改去 next Fri 10am 可以吗, help me reply the clinic, his HP is 9128 6450.
        我 HP 011-2847 5019, tolong tulis mesej kat kedai optik suruh call bila spek dah siap, 谢谢。
        can help translate to Chinese for my grandma Mdm Koh Ah Lian: "Ah Ma, your hearing test at the polyclinic is on 14 Jan 9am, I will fetch you" 要简单一点。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for Bright Smile Dental. Current caller: Ong Mei Ling, DOB 03/05/1990, HP 9462 0357, allergy: penicillin, last visit: scaling on 02/09/2026.",
        ),
        ("user", "Hi, can I move my filling appointment to Saturday?"),
        (
            "assistant",
            "Sure, Ms Ong. Saturday 10:30am is free with the same dentist. Shall I book it? I have noted your penicillin allergy on the record.",
        ),
        ("user", "yes please, thanks"),
    ],
    [
        (
            "user",
            "I want to submit an outpatient dental claim through my company insurance portal. What information do they usually need?",
        ),
        (
            "assistant",
            "Usually the patient's name and NRIC, the treatment date, the clinic name, an itemised receipt and sometimes the dentist's notes. If you share the details I can help you fill in the form text.",
        ),
        (
            "user",
            "ok. patient is me, Siow Kai Ming, S8705123D. treatment 21 Nov, two fillings and scaling at a clinic in Clementi, $265.",
        ),
        (
            "assistant",
            "Here is the text for the form: Patient: Siow Kai Ming (S8705123D); Date: 21/11/2026; Treatment: 2 composite fillings + scaling and polishing; Amount: SGD 265.00. Attach the itemised receipt.",
        ),
    ],
    [
        ("user", "我爸耳朵越来越背，想给他办残疾人证，这样买助听器能有补贴吗？"),
        (
            "assistant",
            "很多地方持证的听力残疾人可以申请助听器适配补贴。需要先到指定医院做听力残疾评定，再到户籍所在地的残联办理。您父亲的情况方便说一下吗？",
        ),
        (
            "user",
            "他叫何振华，1972年生的，身份证110105197211300658，去年体检双耳平均听阈七十多分贝。",
        ),
        (
            "assistant",
            "按七十多分贝来看，可能评为三级听力残疾。可以带着何振华的身份证和户口本，到朝阳区残联指定的医院做评定。",
        ),
    ],
    [
        ("user", "長者醫療券可唔可以幫我阿媽俾聽力測試同埋助聽器？"),
        (
            "assistant",
            "醫療券可以用喺註冊醫療專業人員提供嘅服務，例如部分聽力相關服務，但要睇提供者有冇登記參加計劃。你阿媽今年幾歲？",
        ),
        ("user", "佢叫梁玉珍，七十三歲，身份證 C668304(3)，住喺觀塘，左耳聽唔到已經兩年。"),
    ],
    [
        (
            "user",
            "Doktor gigi cakap anak perempuan saya perlu pendakap gigi, ada subsidi tak untuk pelajar sekolah?",
        ),
        (
            "assistant",
            "Program pergigian sekolah boleh rujuk murid ke klinik ortodontik kerajaan, tetapi senarai menunggu panjang. Boleh saya tahu umur dan sekolah anak puan?",
        ),
        (
            "user",
            "Nama dia Nur Alya Sofea binti Khairul, 13 tahun, No. KP 130309-10-0584, sekolah menengah di Klang. Gigi atas dia tersembul sangat.",
        ),
    ],
    [
        ("user", "白內障手術健保有給付嗎？人工水晶體要自費多少？"),
        (
            "assistant",
            "健保給付基本的白內障手術與單焦點人工水晶體，多焦點或散光矯正的水晶體要自付差額，大約每眼三萬到八萬元不等。",
        ),
        (
            "user",
            "我媽媽鄭秀琴，身分證 H266104934，在台中榮總排了右眼手術，醫生建議多焦點的，我想先算一下自付金額。",
        ),
        (
            "assistant",
            "了解，鄭秀琴女士如果選多焦點水晶體，自付差額需以台中榮總的公告價格為準，建議向醫院索取自費同意書先看金額。",
        ),
    ],
    [
        (
            "user",
            "Please tidy this referral letter: Dear Audiologist, I am referring Mr Harjit Singh s/o Gurmeet Singh, 58, a taxi driver, who reports tinnitus and reduced hearing in the right ear for 6 months. Kindly assess and advise on hearing aids.",
        ),
        (
            "assistant",
            "Dear Audiologist, I would be grateful if you could assess Mr Harjit Singh s/o Gurmeet Singh, a 58-year-old taxi driver with six months of right-sided tinnitus and reduced hearing, and advise on suitability for hearing aids. Thank you.",
        ),
    ],
    [
        (
            "user",
            "eh can help me write msg to the hearing aid shop, the left one cannot charge already",
        ),
        (
            "assistant",
            "Sure. Do you want to ask them to collect it, or will you bring it in? I can include your contact details if you give them.",
        ),
        (
            "user",
            "ask them collect lah, my address Blk 262 Jurong West St 24 #11-354 Singapore 640262",
        ),
        ("user", "name put Alvin Seah, hp 9815 3327. say i only free after 7pm"),
    ],
    [
        (
            "user",
            "Can you help me check the warranty status of my hearing aids? The clinic said to email the manufacturer's service desk.",
        ),
        (
            "assistant",
            "Yes. Usually you need the serial numbers, the purchase date and your contact details. What do you have on the warranty card?",
        ),
        (
            "user",
            "Owner: Gerald D'Cruz, purchased 4 March 2025 at a hearing centre in Katong, serials 2413GH0457 and 2413GH0461, email gerald.dcruz.sg@outlook.com",
        ),
        (
            "assistant",
            "Here is a draft: Dear Service Team, I am Gerald D'Cruz. My hearing aids (serials 2413GH0457 and 2413GH0461), bought on 4 March 2025, have stopped charging. Please confirm whether they are still under warranty. Reply to gerald.dcruz.sg@outlook.com.",
        ),
    ],
    [
        ("user", "做了半年隐形矫正，牙缝反而变大了，诊所不给退钱，怎么投诉？"),
        (
            "assistant",
            "可以先整理合同、缴费凭证和治疗前后的照片，向诊所书面提出，协商不成再向当地卫健委或消协投诉。需要我帮你写投诉信吗？",
        ),
        (
            "user",
            "要的。我叫吴佳怡，深圳南山的，身份证440305198803140426，合同金额28000，已经付了20000。",
        ),
        ("user", "诊所那边联系我可以加我微信 wujiayi_smile88"),
    ],
    [
        ("user", "Saya nak buat pembedahan LASIK di Singapura, perlu bawa apa?"),
        (
            "assistant",
            "Bawa pasport, laporan pemeriksaan mata terdahulu dan senarai ubat. Kalau nak, saya boleh bantu tulis e-mel kepada klinik untuk temujanji.",
        ),
        (
            "user",
            "Ok tolong. Nama saya Farah Nadia binti Zulkifli, pasport A61039527, rabun -6.50 kedua-dua mata, nak datang 10 Januari.",
        ),
    ],
    [
        (
            "user",
            "The optical shop charged my card twice for the same spectacles. How do I raise a dispute?",
        ),
        (
            "assistant",
            "First ask the shop for a refund in writing. If they do not respond, call your card issuer and dispute the duplicate transaction. I can draft the message if you share the details.",
        ),
        (
            "user",
            "Card is 5521 6380 4417 2092, charged SGD 428 twice on 19 Nov at the same outlet. Cardholder Melissa Quek.",
        ),
    ],
    [
        ("user", "我想喺銅鑼灣間眼鏡舖訂副漸進鏡，佢哋要我留電話同名，會唔會有問題？"),
        ("assistant", "眼鏡舖通常用嚟通知你取貨，正常情況冇問題。你可以問佢哋資料用途同保存幾耐。"),
        (
            "user",
            "好，咁幫我寫張訂單備註：陳家欣，手提 6281 4907，鏡片要加防藍光，下個禮拜六嚟攞。",
        ),
    ],
    [
        ("user", "How do I book a school vision screening follow-up for my kid?"),
        (
            "assistant",
            "If the school screening flagged a problem, you will usually get a referral letter; you can then book with the health service or a private optometrist. Do you want help drafting the booking request?",
        ),
        (
            "user",
            "Yes. She's Chloe Ng Xin Yi, Primary 4 at a school in Sengkang, born 2 Feb 2017, screening said right eye 6/18.",
        ),
        (
            "assistant",
            "Draft: I would like to book a follow-up eye examination for my daughter Chloe Ng Xin Yi (born 02/02/2017, Primary 4), who was referred after school screening showed right eye vision of 6/18.",
        ),
    ],
    [
        ("user", "听说现在有上门验配助听器的服务，适合八十多岁不方便出门的老人吗？"),
        (
            "assistant",
            "适合的。上门服务一般可以做纯音测听和调试，需要提供地址和联系人，我可以帮你写预约信息。",
        ),
        (
            "user",
            "老人叫孙桂芝，住杭州市西湖区文三路259号6幢302室，联系人是她儿子，电话15921083746。",
        ),
    ],
    [
        ("user", "Nak bayar deposit implan gigi online, klinik minta nombor kad, selamat ke?"),
        (
            "assistant",
            "Lebih selamat guna pautan pembayaran rasmi atau FPX daripada memberi nombor kad melalui WhatsApp.",
        ),
        (
            "user",
            "Dah terlanjur bagi. 卡号 4217 6400 9381 5268, IC saya 880514-08-6271, nama Lim Chee Hoong. 现在怎么办?",
        ),
        (
            "assistant",
            "Lim Chee Hoong, segera hubungi bank untuk sekat kad yang berakhir dengan 5268 dan minta kad baharu, kemudian semak transaksi terkini.",
        ),
    ],
    [
        (
            "user",
            "My hearing aids keep dropping the Bluetooth connection to my phone during calls.",
        ),
        (
            "assistant",
            "Try forgetting the aids in Bluetooth settings, restarting both, and re-pairing through the manufacturer's app. Is this for work calls?",
        ),
        (
            "user",
            "Yes, I'm Benedict Chia, I work on the customer hotline at an insurance company and I have severe hearing loss, my manager keeps marking me down for dropped calls.",
        ),
    ],
]
