# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat120: chats with an assistant about one's own eyesight (myopia control, LASIK, cataract, glasses and contact lens orders, eye clinic visits). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notices_and_faq"): _lines("""
        Singapore National Eye Centre appointment line: 6227 7266 (Mon–Fri); for eye emergencies after hours, please go to the SGH Emergency Department at Outram Road.
        FAQ: Can my child wear Ortho-K lenses if they have allergic conjunctivitis? Usually the allergy has to be controlled first, and the optometrist will check the cornea before any fitting.
        Reminder from Tan Brothers Optical (UEN 201912345K): a dilated eye exam takes about 90 minutes and you should not drive for 4–6 hours after the drops.
        Lim & Co Eye Surgeons, 3 Mount Elizabeth #08-11, Singapore 228510 — LASIK and SMILE consultations by appointment only; walk-ins are seen for post-op reviews only.
        Patients on atropine 0.01% drops should bring the bottle to every review so the batch number and expiry date can be noted.
        Policy: we do not send prescriptions, OCT scans or reports over WhatsApp; requests must go through the patient portal or be made at the counter with photo ID.
        New fees from 1 July: comprehensive eye exam S$48, paediatric myopia assessment with axial length S$120, contact lens fitting S$60 (waived with a 6-month lens purchase).
        A patient asked whether cataract surgery can be paid with MediSave — yes, within the MOH withdrawal limits for the procedure; our counter staff can show you the current table.
        Our Jurong Point store moves to #B1-23 from 15 March; orders with collection numbers starting JP-24 can be picked up at the new unit.
        Chemical splash in the eye? Rinse with clean running water for at least 15 minutes first, then call 995 or go to the nearest A&E.
        Focus Point Mid Valley: frames buy-1-free-1 until 31 May; lens upgrades, coatings and Ortho-K lenses are not part of the promotion.
        Talk this Saturday: Professor Donald Tan, founding medical director of SNEC, on forty years of myopia research in Singapore — free admission, registration at events@eyeforum-sg.org.
        Please email sales@clearsight-optical.com.sg or fax 6555 0192 for corporate eye-screening packages; we do not take bookings through Facebook comments.
    """),
    ("en", "assistant_answers"): _lines("""
        Myopia control options with good evidence include low-dose atropine, DIMS or HAL spectacle lenses such as MiYOSMART and Stellest, Ortho-K, and dual-focus soft lenses like MiSight 1 day.
        LASIK is generally not done before about 18, and most surgeons want your prescription to be stable for at least 12 months before treatment.
        Sir Harold Ridley implanted the first intraocular lens at St Thomas' Hospital in London in 1949, after noticing that Perspex splinters in RAF pilots' eyes caused little inflammation.
        A prescription written as -3.75 / -0.50 x 180 means 3.75 dioptres of myopia with 0.50 dioptres of astigmatism at an axis of 180 degrees.
        Spending around two hours a day outdoors is one of the best-studied ways to delay the onset of myopia in children.
        Claude Monet's late water-lily paintings became reddish and muddy while he had cataracts; after his surgery in 1923 he reworked some of them.
        A sudden shower of new floaters with flashes, or a curtain coming across your vision, should be treated as a possible retinal detachment and seen the same day.
        SMILE uses a femtosecond laser to cut a thin lenticule that is removed through a 2–4 mm incision, so there is no corneal flap as in LASIK.
        A contact lens prescription is not the same as a glasses prescription: it adds base curve and diameter, and powers above ±4.00 D are usually vertex-adjusted.
        Posterior capsule opacification after cataract surgery is common and is usually cleared in a few minutes with a YAG laser capsulotomy.
        Nobita in Doraemon is the classic cartoon picture of a short-sighted schoolboy, though his round glasses never seem to get a new prescription.
        In Singapore you can buy contact lenses online, but the seller is expected to ask for a valid prescription from a registered optometrist or ophthalmologist.
        Axial length growth of more than roughly 0.3 mm a year in a school-age child is usually treated as fast progression and worth raising with the eye doctor.
    """),
    ("en", "order_logs_and_config"): _lines("""
        2024-11-03T09:14:22+08:00 INFO order=OPT-SG-884213 status=LENS_CUT lab=Tampines-02 sku=HOYA-MS-156-CLR qty=2
        {"clinic_id": "EYE-OUT-3", "slot": "2025-01-14T10:30", "patient_ref": "<PATIENT_ID>", "type": "CATARACT_PREOP", "duration_min": 45}
        WARN sms_gateway: template appt_reminder missing variable {{phone}}; message to +65 0000 0000 not sent (sandbox mode)
        Tracking SF1402 3379 5521 — 2 boxes Acuvue Oasys 1-Day -2.75 dispatched from the Shenzhen warehouse, ETA 3 working days.
        SELECT order_id, sph_od, sph_os, cyl_od, cyl_os FROM rx_orders WHERE created_at >= '2025-01-01' AND status = 'PENDING_QC';
        myopia_alert_threshold_axial_mm_per_year: 0.30  # flag for optometrist review, never auto-message parents
        Invoice INV-2025-00417 | Capitol Optical Pte Ltd, UEN 198700123W | OCBC business a/c 501-234567-001 | Total S$1,286.00 incl. GST
        Lookup result: NRIC S****123A, mobile 9***-**21, last visit 2024-08-19 — record locked, supervisor PIN required to unmask.
        git commit 4f9c2e1: round cylinder power to the nearest 0.25 D in the lens order form and reject axis values above 180
        Ticket #CS-77104 closed: customer reported peeling anti-blue coating, lenses remade under warranty at no charge.
        ERROR topo_import: file OPD_20250301_batch7.csv has 0 rows; expected columns eye,k1,k2,axis,pachy_um
        Stock in: atropine 0.01% lot 24B117, expiry 2026-05, 480 vials received at the Woodlands branch pharmacy.
        UUID 3f2a9c61-7d4e-4b8a-9e1f-2c6b0d5a8e73 mapped to anonymised study subject P-0193 in the Ortho-K follow-up dataset (n=212).
    """),
    ("zh-Hans", "电商商品与订单通知"): _lines("""
        【宝岛眼镜】您的订单 BD20250312884 已完成验光加工，请于7日内凭取件码 5821 到门店领取。
        依视路星趣控 1.59 PC 近视管理镜片，适合6-16岁青少年，现价¥3980/副，含一年内免费复查。
        爱尔眼科全飞秒 SMILE 术前检查套餐 ¥680，含角膜地形图、眼轴、散瞳验光，术后复查免挂号费。
        强生安视优舒日日抛30片装，度数 -1.00 至 -12.00，散光款请另选；下单时请填写验光单上的基弧和直径。
        物流提醒：您购买的角膜塑形镜护理液（3瓶装）已由中通快递揽收，运单号 7785 2210 9934 51。
        尾号5678的顾客您好，138****5678 预约的儿童近视筛查为3月15日上午，请提前十分钟到达。
        陈记眼镜行（深圳东门店）统一社会信用代码 91440300MA5G2K8L3P，客服热线 400-880-1234，营业时间 10:00-21:30。
        商品评价：镜框很轻，戴一整天鼻梁不压；就是防蓝光膜层在强光下有点偏紫，整体还是推荐。
        退换货规则：定制镜片一经加工不予退换；镜框30天内未使用可退，需保留原包装及发票。
        温馨提示：0.01%阿托品滴眼液为医院制剂，需凭眼科处方在院内药房购买，本网店不销售。
        双十一预售：蔡司成长乐镜片定金¥200抵¥400，尾款支付时间 11月1日20:00 至 11月3日24:00。
        发票信息：上海明亮视光眼镜有限公司，税号 91310105MA1FL2XX7Q，开户行 招商银行上海长宁支行，对公账号 1219 0888 0010 001。
        博士眼镜会员日：全场镜架8折，验光免费，配镜满500元送清洗液一瓶，活动截至本月28日。
    """),
    ("zh-Hans", "用户提问"): _lines("""
        孩子8岁散瞳验光-1.25D，医生建议戴离焦镜，离焦镜和角膜塑形镜哪个控制效果更好？
        近视800度加散光150度，还能做全飞秒吗？还是只能考虑ICL？
        白内障手术选单焦点还是多焦点人工晶体？听说多焦点晚上开车会有光晕。
        为什么隐形眼镜和框架眼镜的度数不一样？框架-6.00换成隐形大概是多少？
        请帮我写一条朋友圈文案，宣传我们眼镜店周末的免费儿童视力筛查活动。
        角膜塑形镜能用医保报销吗？还是只能用个人账户或者自费？
        每天户外两小时为什么能预防近视？是因为光照强度还是因为看远处？
        帮我翻译成英文：本店提供免费验光，配镜满500元送护理液一瓶。
        做完LASIK多久可以游泳、化妆和坐飞机？
        老花眼和近视能互相抵消吗？老一辈人常这么说，是真的吗？
        眼轴长度24.5mm算正常吗？成年人和孩子的标准一样吗？
        《红楼梦》里有没有写到眼镜？清代的眼镜是从哪里传进中国的？
        低浓度阿托品滴眼液应该晚上点还是早上点？点了以后怕光怎么办？
    """),
    ("zh-Hant", "診所公告與用戶提問"): _lines("""
        眼鏡88全線分店本週日照常營業，隱形眼鏡買三送一優惠至月底，詳情請致電客務熱線 2838 0000。
        小林眼鏡（台北忠孝店）週一公休，驗光請先線上預約，現場候位約40分鐘。
        請問台灣健保有給付白內障手術嗎？自費的多焦點人工水晶體大概要多少錢？
        衛教單張：角膜塑型片每晚配戴至少8小時，鏡片有刮痕或眼睛紅痛時應立即停戴並回診。
        香港衞生署學生健康服務中心的視力檢查如果發現問題，通常會轉介到哪裡跟進？
        LASIK術後第一週不要揉眼、不要游泳，洗頭時請閉眼並避免水流直接沖向眼睛。
        寶島眼鏡會員點數將於12月31日到期，可折抵鏡框或鏡片消費，每100點折抵新台幣10元。
        請問SMILE和LASIK哪個比較適合有乾眼症的人？網上的說法都不一樣。
        澳門仁伯爵綜合醫院眼科門診須經衛生中心轉介，覆診病人請按預約紙上的時間報到。
        診所收費表：電腦驗光 HK$150、兒童近視控制評估 HK$680、OCT掃描 HK$900，恕不設保險直接結算。
        陳振記眼鏡公司1958年開業，至今仍喺油麻地舖頭人手調校鏡架，最近仲上咗報紙專訪。
        請幫我把這段話改得有禮貌一點：因驗光師請假，本週六所有兒童驗光預約改至下週。
        公告：本中心電話系統維修，3月2日上午暫停接聽，網上預約 booking@visioncare-hk.com 不受影響。
    """),
    ("ms", "soalan_dan_notis"): _lines("""
        Berapa kos pembedahan katarak di hospital kerajaan untuk warganegara, dan perlukah surat rujukan daripada klinik kesihatan?
        Adakah kanta lekap berwarna yang dijual dalam talian selamat dipakai tanpa preskripsi?
        Notis: Klinik Mata Wong & Anak, Jalan Tun Razak, Kuala Lumpur ditutup sempena Hari Raya Aidilfitri; semua temujanji akan dijadualkan semula.
        Apa beza LASIK, SMILE dan PRK? Mana satu paling sesuai untuk orang yang aktif bersukan?
        Rabun jauh kanak-kanak boleh dikawal dengan titisan atropin dos rendah, kanta cermin mata khas dan aktiviti luar sekurang-kurangnya dua jam sehari.
        Kedai Optik Ahmad Sdn Bhd (No. Syarikat 201501012345) menawarkan pemeriksaan mata percuma untuk warga emas setiap hari Jumaat.
        Apa maksud OD -2.50 dan OS -3.00 pada kad preskripsi cermin mata?
        Boleh tak pengeluaran KWSP digunakan untuk kos pembedahan katarak ibu bapa?
        Promosi Hari Merdeka: cermin mata progresif RM599 sepasang termasuk salutan anti-silau; tawaran sah hingga 31 Ogos.
        Selepas pembedahan katarak, elakkan mengangkat barang berat dan jangan gosok mata sekurang-kurangnya seminggu.
        Pesanan ORD-MY-559201 untuk 6 kotak kanta lekap bulanan telah dihantar melalui Pos Laju, nombor penjejakan ER123456789MY.
        Kenapa budak-budak sekarang cepat rabun? Sebab telefon pintar atau sebab kurang main di luar?
        Borang temujanji: Nama: <NAMA>, No. MyKad: XXXXXX-XX-XXXX, No. telefon: {{telefon}} — sila lengkapkan sebelum hari pemeriksaan.
    """),
    ("mixed", "code_switched_questions"): _lines("""
        Eh the MiYOSMART lens at Owndays vs Better Vision, which one cheaper ah? Heard got promo this month.
        LASIK vs ICL for -9.00 leh, which one less risk? Got dry eye also can do meh?
        Bro Ortho-K tu betul-betul boleh stop myopia ke or just temporary? Harga dia mahal gila.
        想问下 SMILE 手术 recovery 要几天 ah, next day can go back to work or not?
        我哋 optical shop 想寫個 FAQ 講 contact lens 點樣清潔，可唔可以幫手 draft 個英文版？
        Atropine 0.01% 同 0.05% 有咩分別？Side effect 會唔會好畏光？
        Help me compare Acuvue Oasys vs Dailies Total1 for dry eye, budget around RM150 per month can?
        Cataract surgery kat private hospital dengan government punya waiting time beza banyak tak?
        眼镜店 staff 说 blue light lens 可以防近视，真的有 evidence 吗 or just marketing?
        Polycarbonate lens vs 1.67 high index for kids, which one safer if they play football?
        Aiyo the frame from Taobao arrive already but nose pad broke, can claim refund or not ah?
        台灣的眼科 clinic 做 LASIK 大概多少錢？比 Singapore 便宜很多嗎？
        Can draft a WhatsApp broadcast for our shop: free eye check for kids this Saturday 10am–4pm at Blk 123 Ang Mo Kio Ave 3 #01-1234, call 6456 0000?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Koh, NRIC S8834271B — can you check if my LASIK consult on 12 Feb is confirmed? My mobile is 9126 4583.
        My son Ethan Goh in P4 at Rosyth School went from -1.50 to -2.75 in one year, and his doctor at KKH wants to start him on atropine 0.05%.
        Please update my contact lens delivery address to Blk 412 Bedok North Ave 2 #09-127, Singapore 460412 — the boxes keep going to my old flat.
        20931,Marcus Tan Wei Jie,2011-06-18,-3.25,-3.50,ortho-k,next review 2025-03-04,mum 8732 0915
        My grandmother Mdm Ong Siew Lan, 84, had her left cataract done at SNEC last week and now gets headaches; she's also on warfarin for her heart, should I be worried?
        Please refund to my card 4539 1488 0343 6467 exp 09/27, the Acuvue order came in the wrong power.
        {"customer": "Priya Ramasamy", "email": "priya.ramasamy88@gmail.com", "rx": {"od": -4.25, "os": -4.75}, "lens": "Dailies Total1", "dob": "1994-02-11"}
        I drive Grab and failed the eye test for my vocational licence renewal; my FIN is G5193026L — can LASIK fix it before the deadline in April?
        Can you help me write to my boss? I'm Daniel Lee from accounts at Harbourfront, I have keratoconus and need a week off for corneal cross-linking on 18 March.
        2025-02-11 10:42 OPD check-in: Tan Mei Ling, T0512893A, Rm 3B, dx glaucoma suspect, IOP 26/24, next: visual field test.
        My neighbour at #07-32, the retired teacher Mr Subramaniam, has lost most of his sight to diabetic retinopathy and lives alone — how can I get him help?
        I need my LASIK report in English for my Australian visa medical: Sarah Chia, born 14 March 1992, passport K4829105M.
        Order for Kenneth Yap, kyap.runs@hotmail.com, ship to 18 Jalan Kechubong, Singapore 576562 — 2 pairs MiYOSMART, PD 62.
        My wife Joanne Teo is 30 weeks pregnant and her vision went blurry yesterday with swollen ankles; the gynae at Thomson said check for pre-eclampsia — is this an eye problem?
    """),
    "zh-Hans": _lines("""
        我叫王晓梅，身份证 440306198905143421，想预约全飞秒术前检查，手机 13826471950。
        帮我看下这张验光单：刘子轩，8岁，深圳南山区育才二小三年级2班，右眼-1.75 左眼-2.00，眼轴24.6/24.8。
        我爸李建国去年做完白内障后视网膜脱离，现在在中山眼科中心住院，我想给做手术的那家民营医院写投诉信。
        收货信息：张丽 18917263548 上海市长宁区仙霞路320弄5号602室，隐形眼镜-5.50两盒。
        客户陈浩然（微信 chr_19880621）说离焦镜片做错度数，要求退款到他的工行卡 6222 0210 0118 7342 560。
        2025-03-08 14:20:11 [预约] patient=赵敏 id=31010519760322281X 科室=眼底病 诊断=糖尿病视网膜病变
        我老公周伟做ICL术前检查查出圆锥角膜，医生说不能做了，他很沮丧，我该怎么安慰他？
        楼下3单元101的孙奶奶青光眼快失明了，子女都在国外，北京海淀有什么上门助盲服务吗？
        我是杨帆，QQ 2847193650，上个月配的眼镜验光师把散光轴位写错了，帮我写个投诉。
        黄嘉伟,15012348876,110108200109171531,SMILE全飞秒,已付定金2000
        我女儿吴雨桐今年高三，近视1000度，2007年5月出生，想报考军校，视力不合格能先做手术吗？
    """),
    "zh-Hant": _lines("""
        我係陳美玲，HKID K538214(9)，想改期下星期三嘅白內障術前檢查，電話 9436 2185。
        請幫我查訂單：林志豪，手機 0928-617-453，寄到台北市大安區復興南路一段200號7樓之3，日拋 -3.25 六盒。
        我媽媽黃秀英，身分證 H203611470，上週在林口長庚做完右眼白內障，現在看東西有黑影，要馬上回診嗎？
        病歷摘要：李家豪，男，34歲，HKID Y420761(9)，雙眼高度近視 -9.50D，擬行ICL植入，青黴素過敏。
        我老公張偉明喺觀塘揸貨車，驗眼話佢有早期青光眼，會唔會影響佢續牌？佢好驚冇工開。
        LINE ID: amy_chou0815，我是周怡君，想問角膜塑型片的回診時間可以改到週六嗎？
        客戶投訴：何詠詩女士（wingsze.ho@yahoo.com.hk）投訴職員喺門市大聲讀出佢嘅弱視病史。
        我個仔梁子朗讀聖保羅男女中學附屬小學四年級，一年深咗150度，醫生話要戴Ortho-K。
        澳門居民身份證 5218846(3)，吳嘉欣，想預約仁伯爵醫院眼科覆診，電話 6628 4173。
        我同事許文傑因為視網膜脫落請咗兩個月病假，老闆叫我寫份報告，點寫先唔會講太多？
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, MyKad 900412-14-5527, nak tanya status temujanji LASIK saya, telefon 012-384 7621.
        Ayah saya Encik Rosli bin Hamzah, 68 tahun, ada katarak dua-dua mata dan kencing manis; dia tinggal di No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Tolong semak pesanan kanta lekap untuk Siti Hajar, e-mel sitihajar.92@gmail.com, telefon 017-552 9048, kuasa -2.25 kedua-dua mata.
        Anak saya Muhammad Irfan, kelas 3 Bestari di SK Seksyen 7, disahkan rabun jauh -2.00 dan guru kelasnya minta surat doktor.
        2025-01-20 | Lim Chee Keong | MyKad 850923-07-6215 | glaukoma sudut tertutup | rujuk Hospital Pulau Pinang
        Tolong tulis surat rayuan kepada bank: saya Hafiz bin Osman, ada hutang kad kredit RM18,000 lepas bayar pembedahan katarak mak di hospital swasta.
        Kereta saya WXY 4821 kena saman sebab tak pakai cermin mata, lesen saya ada syarat kanta pembetulan; nama saya Kumar a/l Selvam.
        Borang tuntutan: Tan Hui Min, akaun Maybank 1140 2238 5571, RM2,350 untuk kanta ortho-k anak.
        Jiran saya Kak Yam di Blok C-12-5 Pangsapuri Seri Intan baru hilang penglihatan sebelah mata lepas strok, suaminya pun baru meninggal; macam mana nak mohon bantuan JKM?
    """),
    "mixed": _lines("""
        Eh can help me check my Owndays order? Name Jasmine Lau, HP 8234 6710, the glasses supposed to ready last Friday leh.
        我妈 Madam Lee Ah Moi 下个月在 SNEC 做 cataract op，NRIC S7641209Z，要带什么 documents 去？
        Bro aku Faizal, IC 020315-10-1137, nak tanya LASIK boleh claim insurance aku tak, policy no GE-88214573.
        My colleague Ah Hock Ng 在 Jurong 厂里被 chemical 溅到眼睛，现在 NUH 住院，his wife 叫我帮忙填 form，他的 FIN F2287345T。
        IG @lensbyclaire_sg 那个 Claire Ng 啦，她上次 LASIK 做坏了 now one eye got haze，她叫我不要跟人讲。
        Customer note: Mr Ravi a/l Murugan, 016-728 3391, Taman Tun Dr Ismail, wants progressive lenses but cannot pay until his RM3,200 salary comes in end month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for an optical retail chain in Singapore."),
        (
            "user",
            "How does Ortho-K actually slow down myopia in kids? Is it safe to sleep in lenses?",
        ),
        (
            "assistant",
            "Ortho-K lenses reshape the cornea overnight, which gives clear daytime vision and changes peripheral focus in a way that slows eye growth for many children. The main risk is infection, so strict hygiene and regular reviews matter.",
        ),
        (
            "user",
            "OK sounds good. Please book a fitting for my daughter Chloe Sim, she's 9 and in P3 at Nan Hua Primary, and send the confirmation to 9817 2046.",
        ),
        (
            "assistant",
            "I can't make bookings directly, but you can book a paediatric Ortho-K fitting through the store's online form or counter line. Mention Chloe's age and current prescription so they allow enough time for the assessment.",
        ),
    ],
    [
        (
            "user",
            "我妈罗素芬，身份证510107196512030885，想在成都做白内障手术，手机13980246157，能帮我看哪家医院排期快吗？",
        ),
        (
            "assistant",
            "建议先到三甲医院眼科门诊做术前评估，比如华西医院眼科或成都市第一人民医院，排期通常需要现场或官方渠道预约。个人身份证号和手机号不需要发给我。",
        ),
        ("user", "好的，她还有高血压，手术前要停药吗？"),
        (
            "assistant",
            "一般降压药不需要停，反而要把血压控制平稳再手术；具体请遵照眼科和心内科医生的意见。",
        ),
    ],
    [
        (
            "user",
            "我隔籬屋嘅譚伯住石硤尾邨美柏樓12樓，佢兩隻眼都有白內障，成日撞親嘢，又冇家人照顧。",
        ),
        (
            "assistant",
            "聽落譚伯需要盡快睇醫生同埋有人幫手。可以聯絡區內嘅長者地區中心或者社工，佢哋可以安排陪診同轉介眼科。",
        ),
        ("user", "佢話上個月喺屋企跌親，手腕仲未好，我驚佢再跌。"),
        (
            "assistant",
            "可以請社工評估家居安全，例如加扶手同改善照明；如果佢有頭暈或者再跌倒，應該即刻去急症室。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu AI yang menjawab soalan tentang kesihatan mata."),
        ("user", "Berapa lama masa pemulihan selepas LASIK? Boleh terus kerja esoknya?"),
        (
            "assistant",
            "Ramai pesakit boleh kembali bekerja dalam satu hingga dua hari, tetapi elakkan menggosok mata, berenang dan habuk untuk seminggu pertama.",
        ),
        (
            "user",
            "Ok. Saya nak daftar untuk pemeriksaan awal. Nama saya Azman bin Yusof, MyKad 760708-01-5093, telefon 019-476 2318, tinggal di Johor Bahru.",
        ),
        (
            "assistant",
            "Terima kasih, tetapi saya tidak boleh membuat pendaftaran. Sila hubungi klinik mata pilihan anda terus untuk temujanji dan jangan kongsi nombor MyKad di ruang sembang awam.",
        ),
    ],
    [
        (
            "user",
            "My colleague Jeremy Wong in our finance team has diabetic retinopathy and had laser treatment last week, can't really read spreadsheets now.",
        ),
        (
            "assistant",
            "That sounds difficult for him. Any workplace adjustments should ideally come from Jeremy himself, for example larger monitors, screen magnification or a temporary change in duties.",
        ),
        (
            "user",
            "HR wants me to tell them what's going on with him since I sit beside him lah. Should I?",
        ),
        (
            "assistant",
            "It's best not to share his medical details on his behalf. You could encourage him to speak to HR directly or provide a doctor's memo with only what's needed for adjustments.",
        ),
    ],
    [
        (
            "system",
            "You are the order-status bot for ClearView Contacts. Customer on this session: Aaron Phua, aaron.phua91@gmail.com, 27 Lorong Ah Soo #03-14, Singapore 536731, card ending 7027.",
        ),
        ("user", "where is my order?"),
        (
            "assistant",
            "Hi Aaron, your order of 4 boxes of Biofinity -3.00 left our warehouse yesterday and will be delivered to 27 Lorong Ah Soo #03-14, Singapore 536731 by Thursday.",
        ),
        ("user", "Can you change the delivery to my office instead?"),
        (
            "assistant",
            "Sure, please reply with the office address and a contact person, and I'll update the courier instruction before dispatch.",
        ),
    ],
    [
        ("user", "孩子近视一年涨了100度，正常吗？"),
        (
            "assistant",
            "学龄儿童每年增长50度以内算比较理想，一年100度属于进展偏快，建议去医院做散瞳验光和眼轴测量，再和医生讨论控制方案。",
        ),
        ("user", "低浓度阿托品和离焦镜可以一起用吗？"),
        (
            "assistant",
            "可以联合使用，不少研究显示联合方案效果更好，但要在医生指导下进行，并定期复查眼轴。",
        ),
        (
            "user",
            "那麻烦帮我记一下：我儿子叫郭子墨，杭州市学军小学四年级3班，眼轴右25.1左25.3，我电话 15867329041，下次复查提醒我。",
        ),
        (
            "assistant",
            "我没法设置提醒，建议在医院的公众号或者手机日历里设复查提醒。孩子的个人信息也不需要发给我。",
        ),
    ],
    [
        ("user", "請問台灣白內障手術自費升級多焦點水晶體，可以用什麼補助嗎？"),
        (
            "assistant",
            "健保會給付基本的單焦點人工水晶體，自費升級的差額通常需要自己負擔，部分縣市對中低收入長者另有補助，可以向區公所社會課詢問。",
        ),
        (
            "user",
            "我是陳俊宏，身分證 F120438597，LINE 是 chen.jh1970，我媽有中低收入證明，你幫我查她符不符合。",
        ),
        (
            "assistant",
            "我沒辦法查詢個人資格，建議直接帶證明文件到戶籍所在地的區公所或醫院社工室詢問，也請不要在這裡提供身分證號碼。",
        ),
    ],
    [
        (
            "user",
            "What are the vision requirements for commercial pilots after retinal detachment surgery?",
        ),
        (
            "assistant",
            "Aviation authorities usually require a recovery period, stable vision and a specialist report before a pilot can be re-assessed. The exact rules depend on the licensing authority.",
        ),
        (
            "user",
            "It's for my husband, Captain Benjamin Ho — he flies for a regional carrier out of Changi and had the surgery at Gleneagles two weeks ago. He hasn't told the airline yet and is terrified of losing his licence.",
        ),
        (
            "assistant",
            "That's understandable. He should speak to his aviation medical examiner soon, as pilots are generally required to report significant medical events, and the examiner can explain the path back to flying.",
        ),
    ],
    [
        ("user", "Boleh tak kedai optik hantar cermin mata ke rumah untuk warga emas?"),
        (
            "assistant",
            "Sesetengah kedai optik menawarkan penghantaran atau khidmat pemeriksaan di rumah untuk warga emas. Tanya kedai berdekatan tentang caj dan kawasan liputan.",
        ),
        (
            "user",
            "Mak saya Puan Salmah dah tak larat keluar sejak kaki dia dipotong sebab diabetes. Rumah kami di No. 8, Lorong Cempaka 3, Taman Melawati, 53100 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Semoga ibu anda sihat. Anda boleh minta kedai optik datang ke rumah untuk pemeriksaan asas; jika ada masalah retina akibat diabetes, beliau masih perlu ke klinik mata untuk pemeriksaan lanjut.",
        ),
    ],
    [
        ("system", "You help clinic staff tidy up spreadsheets."),
        (
            "user",
            "Can you turn this into a neat table? name,nric,phone,procedure,date / Goh Li Ting,S9150382D,9073 5518,LASIK,2025-04-02 / Hafizah Rahim,T1267054G,8645 2097,PRK,2025-04-03",
        ),
        (
            "assistant",
            "Here it is: Name | NRIC | Phone | Procedure | Date; Goh Li Ting | S9150382D | 9073 5518 | LASIK | 2025-04-02; Hafizah Rahim | T1267054G | 8645 2097 | PRK | 2025-04-03.",
        ),
        ("user", "Thanks. Can you also mask the NRICs?"),
        (
            "assistant",
            "Sure: Goh Li Ting S****382D and Hafizah Rahim T****054G. Consider masking the phone numbers too if this goes outside the clinic.",
        ),
    ],
    [
        ("user", "我哋間 clinic 想問 HKID 影印本可唔可以留喺病人 file 度？"),
        (
            "assistant",
            "根據私隱專員公署指引，一般唔應該隨便收集身份證副本，除非有法例要求或者確實有需要，亦要妥善保管。",
        ),
        (
            "user",
            "明白。咁呢個病人 XA226105(4) 關秀琼，佢話唔記得自己上次 LASIK 做咗幾多度，可唔可以幫我睇下？",
        ),
        (
            "assistant",
            "我冇辦法查閱病人紀錄，請用診所系統翻查佢嘅手術報告，亦唔好喺公開平台貼病人嘅身份證號碼。",
        ),
        ("user", "OK，咁我打 5127 8840 搵返佢本人確認。"),
    ],
    [
        ("user", "Nak order contact lens online, mana satu website yang ok kat Malaysia?"),
        (
            "assistant",
            "Pilih penjual yang minta preskripsi sah dan jual produk berdaftar dengan MDA, contohnya kedai optik yang ada kedai fizikal juga.",
        ),
        (
            "user",
            "Ok aku dah pilih. Tolong isi borang ni untuk aku: Nama Kelvin Chong, kad 5182 0344 7192 6053, exp 11/26, CVV 418, alamat 15-3 Jalan SS2/24, Petaling Jaya.",
        ),
        (
            "assistant",
            "Maaf, saya tak boleh isi borang pembayaran. Jangan kongsi nombor kad dan CVV dalam sembang; isi terus di laman pembayaran yang selamat.",
        ),
    ],
    [
        ("system", "你是眼科诊所的客服助手，帮助员工起草回复。"),
        (
            "user",
            "有个患者投诉，帮我写个回复：患者叫冯佳琪，微信 fengjq_0719，她做完ICL后眼压高到32，说我们没及时告诉她风险。",
        ),
        (
            "assistant",
            "您好，冯女士，非常抱歉给您带来困扰。关于ICL术后眼压升高的情况，我们已安排主诊医生为您复查，并会详细说明处理方案及后续随访安排。",
        ),
        ("user", "再加一句，她下周二上午10点复诊，在徐汇分院3楼。"),
        (
            "assistant",
            "已补充：您的复诊时间为下周二上午10点，地点在徐汇分院3楼，届时医生会为您复测眼压并解答疑问。",
        ),
    ],
]
