# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat107: chats with an assistant about eye problems and eye care. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat107
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "child_myopia_howto"): _lines("""
        User: my 7 yo keeps squinting at the whiteboard, what age should kids get their first proper eye test? Assistant: Most optometry bodies suggest a full check before primary school and then once a year; squinting at distance is a good reason to book one sooner.
        User: is atropine 0.01% actually proven for slowing myopia or is it marketing Assistant: The LAMP study in Hong Kong and the ATOM2 trial in Singapore both found low-dose atropine slowed progression, with 0.05% doing better than 0.01% in LAMP; the eye doctor will weigh rebound and glare.
        User: difference between ortho-k and MiSight? Assistant: Ortho-k lenses are rigid and worn overnight to reshape the cornea; MiSight 1 day is a soft daily disposable worn during the day with a dual-focus optic. Both aim to slow axial elongation.
        User: how many hours outdoors per day do kids need to help prevent myopia Assistant: Studies usually cite about 2 hours of outdoor time a day; Taiwan's Tian-Tian 120 campaign is built on exactly that 120-minute target.
        User: what is a normal axial length for an 8 year old Assistant: Roughly 22.5 to 23.5 mm is typical around that age, but the trend over visits matters more than one reading, so compare against the clinic's percentile chart.
        User: explain 20-20-20 rule in one line Assistant: Every 20 minutes of near work, look at something 20 feet (6 m) away for 20 seconds.
        User: The school screening slip says VA 6/12 OU, refer. What does OU mean? Assistant: OU means both eyes; 6/12 means seeing at 6 metres what a typical eye sees at 12, so the school is asking for a full refraction at an optometrist.
        User: write a WhatsApp reminder for parents in Class 3B about the vision screening on 14 March, no names Assistant: Dear parents of 3B, the school vision screening is on Thu 14 March during period 2. Please make sure your child brings their current spectacles if they wear any. Result slips will go home by 21 March.
        User: Is -1.75 D bad for a 9 year old? Assistant: It is mild myopia, but starting early means more years to progress, so ask about myopia-control options and outdoor time rather than plain single-vision glasses.
        User: Hoya MiyoSmart vs Essilor Stellest, which one Assistant: Both are defocus spectacle lenses; Stellest uses highly aspherical lenslets and MiyoSmart uses DIMS segments. Trial results are in a similar range, so fit, price and frame choice often decide it.
        User: can cycloplegic drops sting Assistant: Yes, cyclopentolate stings for a few seconds and the pupils stay large for several hours, so bring sunglasses and avoid booking it right before an exam.
        User: make a table of screen time limits by age from the WHO guidance Assistant: Under 1 year: no screen time. 1 year: no sedentary screen time. 2 to 4 years: no more than 1 hour a day, less is better. The 2019 guideline does not set limits for school-age children.
        User: Nobita from Doraemon wears glasses, is that why so many kids in Japan are short-sighted lol Assistant: A cartoon character is not the cause; high myopia rates in East Asia are linked to heavy near work and little time outdoors.
    """),
    ("zh-Hans", "cataract_surgery_questions"): _lines("""
        User: 白内障手术一般要多久？需要住院吗？ Assistant: 常规超声乳化手术一般15到30分钟，多数医院按日间手术安排，当天即可回家，术后第一天复查。
        User: 单焦点和多焦点人工晶体区别是什么 Assistant: 单焦点晶体通常看远清楚、看近需要老花镜；多焦点晶体可兼顾远近，但夜间可能有眩光和光晕，价格也更高。
        User: 术前医生说要做IOL Master测量，这是干什么的 Assistant: IOLMaster 700用来测眼轴长度、角膜曲率和前房深度，医生据此计算人工晶体度数，常用Barrett Universal II公式。
        User: 白内障术后多久能洗头？ Assistant: 一般建议一周内避免脏水进眼，可以仰头让家人帮忙洗，洗完点眼药前先洗手。
        User: 莫奈晚年画的睡莲颜色越来越红、越来越浑，是因为白内障吗 Assistant: 不少研究认为莫奈1912年后受白内障影响，色觉偏黄偏红；他1923年接受了右眼手术，此后画作色调明显变化。
        User: 帮我写一份白内障术后注意事项，贴在病房门口那种 Assistant: 术后注意事项：1. 按时点眼药；2. 一周内勿揉眼、勿游泳；3. 睡觉戴护眼罩；4. 如视力突然下降或眼痛加重，请立即到眼科急诊或拨打医院总机转眼科值班。
        User: 医保能报销进口晶体吗？上海的政策 Assistant: 各地规定不同，上海一般对人工晶体设有限额支付，超出部分自付，具体以医院医保办和当年文件为准。
        User: 后发性白内障是什么，YAG激光疼不疼 Assistant: 后囊膜混浊俗称后发障，Nd:YAG激光切开后囊一般几分钟完成，不用开刀，基本不痛。
        User: 我们科上个月做了214台白内障，其中双眼同期的9台，帮我算下占比 Assistant: 9÷214≈4.2%。
        User: 预约单上写“日间手术中心 B2层 07:30报到”，需要空腹吗？ Assistant: 局部麻醉的白内障手术一般不要求严格空腹，可以吃清淡早餐，降压药照常服用，具体以预约单上的术前须知为准。
        User: 手术同意书模板里“患者姓名：____ 住院号：____”这两栏要手写吗 Assistant: 是的，空栏由患者或家属在现场填写并签字，模板本身不要预填任何内容。
        User: 为什么做完白内障看东西发蓝 Assistant: 混浊的晶状体原本会过滤部分蓝光，换成透明人工晶体后短期内常觉得颜色偏蓝偏亮，多数人几周内就适应了。
        User: 飞秒激光辅助白内障和普通超乳价格差多少？ Assistant: 国内公立医院飞秒辅助通常额外收费约8000到15000元，视地区和晶体类型而定。
    """),
    ("zh-Hant", "glasses_contact_lens_orders"): _lines("""
        User: 我在官網訂的日拋隱形眼鏡，訂單編號 CL-TW-20261118-0457 顯示「備貨中」已經三天，正常嗎？ Assistant: 特殊度數常需向原廠調貨，一般5至7個工作天；可來電客服專線 0800-021-668 查詢。
        User: 1-DAY ACUVUE MOIST 的基弧 8.5 跟 9.0 差在哪 Assistant: 基弧是鏡片內面的弧度，要配合角膜曲率；驗光師會依試戴結果決定，不建議自行更換。
        User: 幫我把這張處方翻成白話：SPH -3.25 CYL -0.75 AXIS 180 ADD +1.50 Assistant: 近視325度、散光75度、軸度180，另外看近要加150度，常見於需要漸進多焦鏡片的人。
        User: 寶島眼鏡跟小林眼鏡的會員點數可以互轉嗎 Assistant: 兩家是不同公司，點數系統不互通，請以各自的會員條款為準。
        User: 香港嘅眼鏡舖驗眼係咪一定要視光師？ Assistant: 香港驗眼應由註冊視光師進行，第一部分視光師可以處方眼鏡同隱形眼鏡，店舖一般會展示註冊證明。
        User: SKU: HOYA-NLUX-160-BC 是什麼鏡片？ Assistant: 應該是 HOYA Nulux 系列折射率1.60的非球面鏡片，BC 多半指濾藍光膜層，實際要看店家的編碼表。
        User: 退貨政策寫「隱形眼鏡未拆封30天內可退，已拆封不可退」，這樣寫合法嗎 Assistant: 台灣網購一般有七天鑑賞期，但隱形眼鏡屬醫療器材，部分情形可排除；建議請法務確認並在結帳頁明確標示。
        User: 幫我寫一則 Facebook 貼文：週年慶鏡框全面8折，活動期間 12/1–12/15，南京東路門市 Assistant: 週年慶來了！12/1至12/15全館鏡框8折，歡迎到南京東路門市試戴，現場提供免費視力檢查。
        User: 隱形眼鏡護理液 Opti-Free 跟 Renu 可以混用嗎 Assistant: 不建議混用，換品牌前先把鏡盒洗淨晾乾，並依新產品說明浸泡至少4到6小時。
        User: 哈利波特那副圓框眼鏡有沒有官方授權款？ Assistant: 有華納授權的周邊鏡框，不過要配度數的話，還是得到眼鏡行量瞳距和鏡架尺寸。
        User: 訂單 #HK-OPT-558201 嘅順豐單號 SF1402958837612 查唔到 Assistant: 順豐單號通常出貨後12小時先更新，如果聽日仍然查唔到，請電郵店舖客服信箱並附上訂單號。
        User: 角膜塑型片一副大概多少錢？台北 Assistant: 台北市場價約新台幣2萬5千到4萬元，通常含初期回診，各診所收費不同。
        User: 鏡片上刻的小「H」和兩個小圓圈是什麼？ Assistant: 那是漸進鏡片的隱形刻印，用來標示品牌與配鏡中心位置，驗光師可據此核對加光度數。
    """),
    ("ms", "eye_insurance_claims"): _lines("""
        User: Boleh tak claim insurans untuk pembedahan katarak kat hospital swasta? Assistant: Kebanyakan polisi perubatan melindungi pembedahan katarak jika disyorkan pakar, tetapi semak tempoh menunggu (biasanya 120 hari untuk penyakit tertentu) dan had bilik.
        User: Apa dokumen perlu untuk tuntutan alat bantuan penglihatan bawah PERKESO? Assistant: Biasanya borang permohonan, laporan doktor, sebut harga kedai optik dan salinan dokumen pengenalan pencarum; semak senarai terkini di laman PERKESO.
        User: Tolong terangkan maksud co-payment 10% dalam polisi ni Assistant: Maksudnya anda bayar 10% daripada bil yang layak dan syarikat insurans bayar bakinya, tertakluk kepada had tahunan.
        User: Nombor claim CLM-MY-2026-0098817 status pending document, apa lagi diorang nak? Assistant: Biasanya laporan pakar atau resit asal; semak e-mel daripada unit tuntutan atau hubungi talian khidmat pelanggan syarikat insurans.
        User: LASIK dilindungi insurans ke? Assistant: Umumnya tidak, kerana LASIK dianggap prosedur elektif, kecuali polisi anda menyatakan sebaliknya.
        User: Tuliskan templat surat rayuan tuntutan ditolak, tinggalkan tempat kosong untuk nama dan nombor polisi Assistant: Kepada Unit Tuntutan, Saya, [NAMA PENUH], pemegang polisi [NO. POLISI], ingin merayu keputusan penolakan tuntutan bertarikh [TARIKH] bagi rawatan [JENIS RAWATAN]. Dilampirkan [DOKUMEN]. Sekian, terima kasih.
        User: Hospital Mata Tun Hussein Onn ada dalam panel AIA tak? Assistant: Semak senarai hospital panel dalam aplikasi insurans atau hubungi pusat khidmat pelanggan, sebab senarai panel berubah setiap tahun.
        User: Berapa had tahunan biasa untuk optical benefit syarikat? Assistant: Ramai majikan di Malaysia beri RM200 hingga RM500 setahun untuk cermin mata atau kanta sentuh, ada yang setiap dua tahun sekali.
        User: Kenapa kod ICD H25.1 keluar dalam borang tuntutan? Assistant: H25.1 ialah kod untuk katarak nuklear berkaitan usia; hospital gunakannya untuk menerangkan diagnosis kepada penanggung insurans.
        User: GL tu apa? Assistant: Guarantee Letter, iaitu surat jaminan daripada syarikat insurans kepada hospital supaya anda tak perlu bayar deposit besar masa masuk wad.
        User: 37 daripada 412 tuntutan optik bulan lepas ditolak sebab resit tak lengkap, berapa peratus? Assistant: Lebih kurang 9.0%.
        User: mySalam tanggung pembedahan mata tak? Assistant: mySalam memberi bayaran sekali bagi penyakit kritikal tertentu dan elaun harian hospital; pembedahan katarak biasa tidak dikira sebagai penyakit kritikal.
        User: Nak tukar kanta sentuh bulanan ke harian, boleh claim dua kali setahun? Assistant: Bergantung kepada had faedah optik; kalau had RM300 setahun, kedua-dua pembelian dikira dalam had yang sama.
    """),
    ("en", "clinic_letters_templates"): _lines("""
        User: draft a referral letter template from an optometrist to an ophthalmologist for suspected glaucoma, leave placeholders Assistant: Dear Dr {{surgeon_name}}, Re: {{patient_name}}, DOB {{dob}}. I would be grateful if you could review this patient, whose IOPs were {{iop_od}}/{{iop_os}} mmHg with C/D ratios of {{cd_od}}/{{cd_os}}. Kind regards, {{optometrist_name}}
        User: what does VA cc 6/9 OD, 6/6 OS, IOP 16/17 via iCare mean in a letter Assistant: Corrected vision is 6/9 in the right eye and 6/6 in the left; eye pressures of 16 and 17 mmHg were measured with an iCare rebound tonometer, both in the normal range.
        User: Reword for patients: Pt for review 3/12 with HVF 24-2 Assistant: We would like to see you again in 3 months, when you will do a visual field test (Humphrey 24-2).
        User: Make a letterhead for our eye centre: Clearview Eye Centre, UEN 201934567K, 8 Sinaran Drive #07-02, Singapore 307470, tel 6250 4400 Assistant: CLEARVIEW EYE CENTRE | UEN 201934567K | 8 Sinaran Drive #07-02, Singapore 307470 | T: 6250 4400 | enquiries@clearvieweye.sg
        User: Is it OK to write legally blind in a clinic letter? Assistant: Better to state the measurement, such as best-corrected acuity below 6/60 or a field narrower than 20 degrees, because the legal threshold differs by country.
        User: expand these: NPDR, CSMO, RAPD, PVD Assistant: Non-proliferative diabetic retinopathy; clinically significant macular oedema; relative afferent pupillary defect; posterior vitreous detachment.
        User: give me a polite letter template for patients who missed their diabetic eye screening Assistant: Dear [Patient name], our records show you were unable to attend your diabetic eye screening on [date]. Please call the screening office on [phone] or reply to [role mailbox] to rebook.
        User: Mail merge is putting «FirstName» into the letters literally, how do I fix it in Word Assistant: Go to Mailings, Finish & Merge, Edit Individual Documents; if field codes still show, press Alt+F9 to toggle them off.
        User: Patient A (68M) and Patient B (71F) both got PCO after surgery, write a one-line audit note Assistant: Audit note: 2 of 118 cataract cases in Q3 (1.7%) developed visually significant PCO needing YAG capsulotomy within 6 months.
        User: our letter footer says this letter is computer generated and requires no signature, is that acceptable for referrals? Assistant: Most clinics still add the doctor's name and registration number to referral letters; check your institution's policy.
        User: convert 6/18 Snellen to logMAR Assistant: 6/18 is about 0.48 logMAR.
        User: The Moorfields letter says seen in the Richard Desmond Children's Eye Centre, is that a separate hospital? Assistant: No, it is the children's wing of Moorfields Eye Hospital on City Road, named after a donor.
        User: Write an MC template for eye surgery with blanks Assistant: MEDICAL CERTIFICATE. This is to certify that ______ (ID no.: ______) underwent ______ and is unfit for duty from ______ to ______ ( __ days). Doctor: ______ Reg. no.: ______ Clinic stamp: ______
    """),
    ("mixed", "optical_shop_tickets"): _lines("""
        User: ticket OPT-44821 customer says frame screw loose, 保修 cover 吗? Assistant: Screw replacement is normally free under the 1-year frame warranty; log it as WAR-SCREW in the POS.
        User: boss nak tahu berapa pasang Stellest kita jual bulan 11, POS export ada 63 rows tapi 4 refund Assistant: Net 59 pairs sold in November.
        User: 帮我 reply 这个 Google review: waited 40 mins even with appointment Assistant: Thank you for the feedback and sorry about the wait. Our Saturday slots were overbooked, so we have added a second optometrist from 10am to 2pm.
        User: lens lab 的 job ticket 写 PD 31/32, SH 18, frame 52□18-140, 52□18 是什么意思 Assistant: 52 is the lens width in mm, 18 the bridge width and 140 the temple length; SH is the fitting height.
        User: stock check: SKU RB5154-2000-51 tinggal 2, SKU RB3447-001-50 habis, tolong buat PO draft Assistant: PO draft: RB5154 2000 51 x6, RB3447 001 50 x4, deliver to Mid Valley outlet, payment terms 30 days.
        User: 客人 walk-in 问 can use Medisave for cataract surgery? Assistant: Yes, MediSave can be used for approved day surgery including cataract, within the withdrawal limits; refer them to the billing counter.
        User: our Shopee listing for anti radiation blue light glasses kena flag, kenapa? Assistant: Medical or radiation claims can breach platform rules; rename it blue light filtering lens and remove health claims.
        User: 明天 roster: 2 optometrists + 1 dispenser at Bugis branch, 10:00–21:00, 帮我排午饭时间 Assistant: Optom 1: 13:00–14:00, Optom 2: 14:00–15:00, Dispenser: 15:00–16:00, so the floor is never unattended.
        User: 系统 log shows ERR_RX_VALIDATION: axis 190 out of range, kenapa Assistant: Cylinder axis must be between 1 and 180; 190 is probably a typo for 10 or 180.
        User: promo code EYE2026SG tak boleh pakai untuk contact lens? Assistant: The code is limited to category FRAMES in the campaign settings; add CL to the eligible categories if that was intended.
        User: Ninja Van tracking NVSGOPT00082913 stuck at hub since Mon, 怎么 escalate Assistant: Raise a ticket in the shipper dashboard with the tracking number, and call merchant support if it goes past 3 working days.
        User: Lazada store rating dropped 4.9 to 4.6 after 12 delivery complaints, draft a notice Assistant: Notice: because of high volume after 11.11, deliveries may take 5 to 7 days. We apologise and have added extra packing staff.
        User: HQ minta summary eye test percuma bulan ni: Bugis 142, Tampines 98, Jurong 117, total berapa? Assistant: 357 free eye tests in total.
    """),
    ("en", "eye_history_and_stats"): _lines("""
        User: Which famous painter had cataracts? Assistant: Claude Monet is the best known; Edgar Degas also had a progressive retinal disease that shaped his later pastels.
        User: Who invented bifocals? Assistant: Benjamin Franklin is traditionally credited; he described his double spectacles in a letter in 1784.
        User: was John Milton blind when he wrote Paradise Lost Assistant: Yes, Milton was fully blind by 1652 and dictated Paradise Lost to helpers.
        User: What is the projected global prevalence of myopia for 2050? Assistant: Holden and colleagues (2016) projected about 4.76 billion people, roughly 49.8% of the world population.
        User: stats on singapore kids myopia Assistant: Singapore reports some of the highest rates in the world; surveys commonly cite about 65% of children myopic by Primary 6 and around 80% of young adults.
        User: Who did the first intraocular lens implant? Assistant: Sir Harold Ridley, at St Thomas' Hospital in London, on 29 November 1949.
        User: Fyodorov and radial keratotomy, what's the story Assistant: Svyatoslav Fyodorov popularised radial keratotomy in the USSR in the 1970s after treating a boy whose cornea had been cut by broken glasses.
        User: what caused Stevie Wonder's blindness? Assistant: He has said in interviews that retinopathy of prematurity, after he was born six weeks early, caused it.
        User: Which footballer played in goggles? Edgar Davids? Assistant: Yes, Edgar Davids wore protective sports glasses from 1999 onward because of glaucoma.
        User: what was the Vision 2020 initiative Assistant: VISION 2020: The Right to Sight was a global initiative launched in 1999 by the WHO and IAPB to eliminate avoidable blindness.
        User: summarise the Tian-Tian 120 programme Assistant: A Taiwan Ministry of Education campaign from 2010 that encouraged 120 minutes of outdoor activity a day for schoolchildren; myopia rates among primary pupils dipped afterwards.
        User: How many people worldwide have vision impairment according to WHO? Assistant: The WHO World Report on Vision (2019) says at least 2.2 billion people have a near or distance vision impairment.
        User: where exactly is SNEC? Assistant: The Singapore National Eye Centre is at 11 Third Hospital Avenue, Singapore 168751, on the Singapore General Hospital campus in Outram.
    """),
    ("zh-Hans", "eyecare_app_dev"): _lines("""
        User: 写个Python函数把度数 -3.25 转成“近视325度” Assistant: def to_text(s): v = float(s); return ('近视' if v < 0 else '远视') + str(round(abs(v) * 100)) + '度'
        User: 验光系统配置里有 max_cyl: -6.00, axis_range: [1,180], step: 0.25，要加一个下加光范围 Assistant: 可以加 add_range: [0.75, 3.50] 和 add_step: 0.25，保存后重启服务生效。
        User: SQL：统计2026年每个月的白内障手术量，表名 surgery，字段 op_date、op_type Assistant: SELECT DATE_FORMAT(op_date,'%Y-%m') AS m, COUNT(*) FROM surgery WHERE op_type='cataract' AND YEAR(op_date)=2026 GROUP BY m ORDER BY m;
        User: 小程序预约挂号页面报错 errcode 40029 invalid code Assistant: 40029 表示 wx.login 返回的 code 无效或已被使用，每个 code 只能换一次 session_key，检查是否重复请求。
        User: 眼科HIS导出的CSV表头是 visit_id,dept,va_od,va_os,iop_od,iop_os，出境前怎么脱敏？ Assistant: 这些列本身不含身份信息，但要确认 visit_id 无法回溯到病人，可用加盐哈希替换，比如 sha256(salt + visit_id)。
        User: 帮我写 commit message：修复视力表 logMAR 换算 bug（6/7.5 算错） Assistant: fix(va): correct Snellen 6/7.5 to logMAR 0.10 conversion
        User: 验光 App v3.8.2-rc1 在鸿蒙上闪退，日志 java.lang.NullPointerException at RxFormActivity.onResume Assistant: 检查 onResume 里是否访问了尚未初始化的处方对象，建议在 onCreate 完成绑定或先做空判断。
        User: 帮我设计一个近视防控随访表的字段，不要放姓名 Assistant: 建议字段：随访编号、年龄段、性别、等效球镜 OD/OS、眼轴 OD/OS、户外时间（小时/天）、干预方式、随访日期。
        User: 模型文件的 hash 是 9f2c4e1a7b03，怎么查是哪个版本的验光算法？ Assistant: 在模型仓库里运行 git log --oneline | grep 9f2c4e1，对应提交的 tag 就是版本号。
        User: 给我一个镜片订单的 JSON 示例，含 sku、球镜、柱镜、轴位、数量 Assistant: {"sku": "ZEISS-SV-160-DV", "sph": -2.50, "cyl": -0.50, "axis": 175, "qty": 2}
        User: 正则匹配处方 SPH 值，格式像 +1.25 或 -10.00 Assistant: 可以用 ^[+-]?[0-9]{1,2}[.](00|25|50|75)$ ，只允许0.25步进。
        User: 接口 /api/v2/appointments?clinic_id=SZ-EYE-003&date=2026-12-08 返回 429 Assistant: 429 表示请求太频繁，按响应头 Retry-After 等待后重试，或申请提高限流配额。
        User: 爱尔眼科的开放平台有没有沙箱环境？ Assistant: 我不确定该公司是否公开提供开发者沙箱，建议通过其官网的商务合作或技术支持邮箱确认。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: can you help me fill in the Great Eastern claim form? Name: Rachel Koh Mei Ling, NRIC S8734521A, policy GE-HP-7730192, cataract surgery right eye on 3 Nov at Mount Elizabeth. Assistant: Sure, section B needs the surgeon's diagnosis and the itemised bill.
        User: write a text to my son's teacher: Hi Mrs Govindasamy, Aarav s/o Ramesh in 2 Integrity has new glasses (-2.50) and needs to sit in the front row from Monday. Thanks, Ramesh 9127 4836
        User: my mum Lim Ah Moi is 78 and keeps refusing cataract surgery, she lives alone at Blk 214 Bedok North St 1 #08-119, how do I convince her?
        User: Ms Farah binte Osman from our accounts team told everyone her retina detached last week, should I organise a card or is that intrusive?
        User: update the contact lens subscription for jeremy.tan.wk@gmail.com to 1-Day Acuvue Oasys -4.75 both eyes and charge card 4532 0187 4562 9015 exp 08/28
        User: claim details: patient Nurul Aisyah binti Kamarudin, MyKad 910214-10-5582, ortho-k lenses RM3,800 at Klinik Mata Harmoni, can you check if anything is missing?
        User: the optometrist thinks my colleague Benedict Pereira has keratoconus and he's terrified of losing his driving job, how serious is it really?
        User: draft an email to the clinic for me: I am Priya d/o Murugan, FIN G5538142P, domestic worker, my employer will not give me leave for my eye appointment on 12 Dec.
        User: my dad's car SJA 4821 M got a summons because he can't read road signs anymore after his glaucoma got worse, can he appeal?
        User: reword for HR: Mr Kumar a/l Subramaniam (IC 650309-08-6121) has diabetic retinopathy grade R2 and must not operate heavy machinery until review.
        User: my neighbour Auntie Rosalind at #05-12 keeps bumping into things since her eye operation and her kids never visit, should I call someone?
        User: im 15 and my IG is @kaylee.wears.frames, my parents say contacts are too expensive, can you list cheaper brands I can DM shops about
        User: booking for Md Rafiqul Islam, Bangladesh passport EF0482913, construction worker, needs an eye test for his work permit renewal on Tuesday, which form?
        User: help me draft an apology to Mdm Chua Siew Lan, our dispenser gave her the wrong progressive lenses twice and she fell down the stairs at home.
    """),
    "zh-Hans": _lines("""
        User: 帮我看看这张病历：患者王建国，身份证号440304198706121534，诊断右眼孔源性视网膜脱离，建议尽快手术。我该怎么跟他家里人解释？
        User: 我儿子刘子轩，身份证110108201109150030，学校体检视力只有0.3，想申请报销角膜塑形镜，材料怎么写？
        User: 帮我给眼镜店发个消息：我叫赵晓燕，手机13826491057，上周在你们店配的眼镜左眼度数配错了，要求重做。
        User: 我们科护士长周丽华最近查出青光眼，一直瞒着不想请假，我作为同事要不要告诉主任？
        User: 我妈孙桂芝住杭州市西湖区文三路398号5幢2单元701，白内障术后要人上门换药，哪里能找到靠谱的护工？
        User: 我微信号 lily_eyecare_88，帮我写段话发家族群：下周三我在同仁医院做白内障手术，需要有人陪，谁有空加我。
        User: 理赔被拒了：被保险人张美玲，保单号P2025SH00381762，收款卡号6222 0212 0345 8877，帮我写申诉信。
        User: 隔壁3栋的陈阿姨眼睛做完手术后一直看不清，她儿子在外地欠了一屁股债回不来，我该怎么帮她？
        User: 帮我翻成英文发给新加坡的医院：病人何淑芬，女，1965年1月28日生，身份证510107196501284468，糖尿病视网膜病变，需转诊。
        User: 我老公黄志明的护照号E83920517，下个月去香港做ICL手术，预约表上要填，帮我看看格式对不对。
        User: 我身份证310105199203042827，在网上买的隐形眼镜是假货，眼睛都发炎了，怎么投诉商家？
        User: 班主任刘老师说班上眼镜最厚的是吴浩然，他家里穷配不起新眼镜，我想匿名捐一副，怎么弄比较好？
    """),
    "zh-Hant": _lines("""
        User: 幫我寫信給診所：我是林雅婷，身分證A228567314，手機0912-486-735，想改約下週的白內障術前檢查。
        User: 我爸爸黃國雄（F133720988）去年在長庚做了白內障手術，保險公司說要診斷證明正本，可以申請幾份？
        User: 幫我填醫管局眼科覆診表：姓名陳家豪，HKID K482913(1)，電話9364 2718，地址九龍觀塘協和街101號8樓C室。
        User: 我同事 Kelvin 梁志偉上個禮拜話佢隻左眼開始睇唔到嘢，又唔肯去睇醫生，佢老婆啱啱生完BB，我應唔應該同佢老細講？
        User: 我的 LINE ID 是 mingyu.chen77，幫我寫一段給驗光師的訊息，說我女兒的角膜塑型片左眼破了。
        User: 張淑惠阿嬤住台中市北屯區崇德路二段216巷7號3樓，她有黃斑部病變，想申請身心障礙證明，流程是什麼？
        User: 我們公司會計許美玲隱瞞自己的視網膜病變，上週開車撞到機車，老闆想開除她，這樣合法嗎？
        User: 幫我寫封email俾保險公司：受保人何志明，HKID Y305718(4)，保單HKL-MED-22918374，白內障手術費HK$48,000，要求全數賠償。
        User: 信用卡5523 1760 4488 2137被重複扣了兩次隱形眼鏡的錢，持卡人是我太太蔡佩君，怎麼跟銀行申訴？
        User: 我兒子的同學小胖（王柏翰）因為戴厚眼鏡被霸凌，他媽媽昨晚私訊我哭了一整晚，我該怎麼回她？
    """),
    "ms": _lines("""
        User: Tolong semak borang tuntutan ni: Nama Siti Khadijah binti Abdul Rahman, No. KP 870521-14-6238, tel 013-482 9175, tuntutan kanta progresif RM1,250.
        User: Anak saya Muhammad Irfan bin Zulkifli, darjah 4 di SK Taman Melawati, rabun jauh -3.00, cikgu suruh duduk depan. Boleh tolong tulis surat kepada guru kelas?
        User: Jiran saya Pak Cik Rahim kat Lorong 7 dah tak nampak langsung lepas glaukoma, anak-anak dia tak peduli, patut ke saya lapor ke JKM?
        User: Hantar mesej ke klinik: saya Tan Wei Jie, 012-738 4516, nak tukar temujanji pembedahan katarak ayah saya Tan Ah Kow dari 9 Dis ke 16 Dis.
        User: Tolong hantar cermin mata mak saya Puan Zainab binti Yusof ke No. 23, Jalan Kenanga 3/5, Taman Kenanga, 75200 Melaka, resit ORD-MY-558102.
        User: Penyelia saya Encik Faizal diberhentikan sebab penglihatan dia makin teruk dan dia tak mampu bayar pembedahan, ada dana bantuan yang saya boleh cadangkan?
        User: Akaun untuk bayaran balik: Maybank 1640 2837 5519, nama pemegang Lee Chong Meng, tuntutan kanta sentuh tu ditolak silap.
        User: Telegram @nadia_optom_kl tu akaun peribadi saya, boleh buatkan bio ringkas untuk saya sebagai optometris baru?
        User: Tolong terjemah ke BI: Pesakit Rajeswari a/p Krishnan, 54 tahun, KP 710908-07-5344, katarak matang mata kiri dan tidak boleh memandu.
        User: Kak Yati kat pejabat baru buat LASIK tapi ada komplikasi, dia malu nak bagitahu suami dia, macam mana saya nak tolong?
    """),
    "mixed": _lines("""
        User: pls help draft msg to my helper's agency, her name is Maricel Dela Cruz, FIN F2287615P, she needs cataract op but employer insurance only cover $15k, 怎么办?
        User: ortho-k 复诊 booking: child Ethan Ong Jun Hao, parent contact 8274 1903, email ong.family.sg@gmail.com, slot Sat 10am Novena branch
        User: 我 boss Mr Teo 的 glaucoma eye drops 一直放在 pantry 冰箱, now whole office knows and he is super paiseh, how to tell HR to be discreet?
        User: Bapa saya Wong Kah Seng, NRIC S6645017A, nak claim MediShield Life untuk cataract surgery kat SNEC, perlu form apa?
        User: 帮我 check passport number betul tak for my maid Sumiati binti Sukardi, Indonesian passport C4821937, nak buat eye test untuk renew work permit
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a chain of eye clinics in Singapore."),
        ("user", "Need to reschedule my daughter's ortho-k review, it clashes with her exams."),
        (
            "assistant",
            "Of course. Could you give me the patient's name and NRIC, plus a contact number?",
        ),
        (
            "user",
            "Chloe Yeo Hui Min, T1298830Z, mobile 9736 2481. Any Saturday morning after 20 Dec is fine.",
        ),
        (
            "assistant",
            "Thanks. I have moved Chloe's review to Saturday 27 Dec at 9:30am at the Novena clinic and sent an SMS to 9736 2481.",
        ),
    ],
    [
        ("system", "你是某眼科医院的智能客服，负责回答复诊和用药问题。"),
        ("user", "我父亲马德福上周做了白内障手术，今天说眼睛胀痛，看灯有彩虹圈。"),
        ("assistant", "术后眼胀、看灯有虹视可能与眼压升高有关，建议今天就回医院急诊复查。"),
        ("user", "好的，急诊要登记吗？我手机15921837406，他本人没有智能手机。"),
        (
            "assistant",
            "可以用您的手机号在公众号上替他挂眼科急诊，到院后出示他的身份证和出院小结即可。",
        ),
    ],
    [
        ("system", "你係一間保險公司嘅理賠助手，用廣東話回覆。"),
        ("user", "我想查下我阿媽白內障手術嘅理賠進度。"),
        ("assistant", "冇問題，請提供受保人姓名、HKID 同保單號碼。"),
        ("user", "李慧芬，HKID A774201(3)，保單號 HKM-88310295，喺養和做嘅，單據上個月已經寄咗。"),
        ("assistant", "多謝。李慧芬女士嘅索償已收到，而家等緊醫生報告，預計10個工作天內有結果。"),
    ],
    [
        ("system", "Anda pembantu maya untuk sebuah kedai optik di Kuala Lumpur."),
        ("user", "Saya nak order kanta sentuh bulanan, -5.25 dua-dua mata, 2 kotak."),
        ("assistant", "Baik. Sila beri nama penuh, alamat penghantaran dan nombor telefon."),
        (
            "user",
            "Ahmad Hafiz bin Roslan, No. 8, Jalan SS 2/72, 47300 Petaling Jaya, 019-527 3846.",
        ),
        (
            "assistant",
            "Terima kasih Encik Ahmad Hafiz, pesanan anda akan dihantar dalam 3 hari bekerja.",
        ),
    ],
    [
        ("system", "You help customers with medical insurance claims."),
        (
            "user",
            "My husband Daniel Fernandez had a retinal detachment repair at Gleneagles and the insurer only paid half.",
        ),
        ("assistant", "I'm sorry to hear that. Do you know which part was rejected and why?"),
        (
            "user",
            "They said pre-existing condition. We paid the balance with our Amex 3774 819203 65514, can we get it back if the appeal succeeds?",
        ),
        (
            "assistant",
            "If the appeal succeeds the insurer reimburses you directly, not the card; keep the card statement as proof of payment.",
        ),
    ],
    [
        ("system", "你是台灣一家眼科診所的線上客服。"),
        ("user", "我想預約黃斑部注射，健保有給付嗎？"),
        ("assistant", "符合健保事前審查條件就有給付，需要先做OCT檢查。請問病人資料？"),
        ("user", "邱美華，身分證H210944573，1958年生，之前在你們這裡看過濕性黃斑部病變。"),
        ("assistant", "好的，已查到邱美華女士的病歷，會由櫃台致電安排OCT與送審。"),
    ],
    [
        ("system", "You are an HR helpdesk assistant for a construction company in Singapore."),
        (
            "user",
            "One of our dorm workers, Md Shahidul Islam, got cement splash in his eye yesterday, supervisor only gave him water to rinse.",
        ),
        (
            "assistant",
            "Chemical eye injuries need urgent medical review; please send him to the nearest A&E today and report it as a workplace incident.",
        ),
        (
            "user",
            "ok, his work permit no is 0 1928374 6 and he stays at Tuas View Dormitory block C, what else for the MOM report?",
        ),
        (
            "assistant",
            "Submit an iReport within 10 days with the incident details, his work permit number and the medical certificate from the hospital.",
        ),
    ],
    [
        ("system", "You are a supportive assistant for school counsellors."),
        (
            "user",
            "A Sec 2 boy, Jovan Lim, has been failing tests, and today he admitted he cannot see the board at all.",
        ),
        ("assistant", "That is worth acting on quickly. Has he had an eye test recently?"),
        (
            "user",
            "No, his mother said they can't afford glasses since his father left, and he begged me not to tell his classmates.",
        ),
        (
            "assistant",
            "You could quietly refer him to a free or subsidised eye screening scheme and let only the form teacher know he needs a front seat.",
        ),
    ],
    [
        ("system", "你是一个帮用户处理职场问题的助手。"),
        ("user", "我们部门的副总监郑海峰眼底出血，已经看不清电脑了。"),
        ("assistant", "这种情况需要尽快就医，公司也应考虑合理调整工作安排。"),
        ("user", "问题是总经理知道后打算年底晋升名单不考虑他，还让我别声张，我该怎么办？"),
        (
            "assistant",
            "因健康原因影响晋升可能涉及就业歧视，你可以建议他保留病历，必要时咨询劳动仲裁或律师。",
        ),
    ],
    [
        (
            "system",
            "You are the assistant for an online contact lens store serving Malaysia and Singapore.",
        ),
        ("user", "Hi, nak set up auto-renew for my daily lenses every 3 months."),
        ("assistant", "Sure. Please share the email for your account and the card to charge."),
        (
            "user",
            "email aina.karim92@yahoo.com, card Visa 4917 6620 3518 4572 exp 11/27, name on card Nur Aina binti Abdul Karim.",
        ),
        (
            "assistant",
            "Done, Nur Aina. Your next order ships on 6 March and you will get a reminder 3 days before.",
        ),
    ],
]
