# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en95: SG/MY optical shops and eye clinics (spectacle and contact lens orders, myopia control, eye tests, LASIK, warranty claims). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en95
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lens and frame specs"): _lines("""
        Kyoto Optix 1.67 high-index aspheric, UV420 blue-cut coating, Abbe value 32, SPH -0.25 to -12.00, CYL up to -4.00.
        Frame size 52□18-145 = 52mm lens width, 18mm bridge, 145mm temple length.
        Progressive corridor options: short (11mm) for small frames, standard (14mm). Min fitting height 15mm.
        Monthly silicone hydrogel, Dk/t 138, water content 48%, BC 8.6, DIA 14.2, powers +6.00 to -12.00 (0.50 steps beyond -6.00).
        Toric dailies come in CYL -0.75, -1.25, -1.75, -2.25, axes every 10° around 180 and 90 only.
        Photochromic lens darkens in ~30 sec outdoors, clears in 3-5 min. Won't activate much inside the car cos the windscreen blocks UV.
        Titanium frame 9.8g, nickel-free, screwless hinge. 2 yr warranty on hinge & plating.
        OD -3.25 / -0.75 x 180   OS -2.75 / -0.50 x 175   PD 62/60
        Transposition drill: +1.00 / -2.00 x 090 is the same as -1.00 / +2.00 x 180. Do the next five yourself.
        Vertex rule of thumb: spectacle -5.00 at 12mm ≈ -4.75 in CL. Above ±4.00 always compensate.
        Ortho-k material Boston XO, Dk 100, reverse geometry 4-zone design, replace every 12-18 months.
        Defocus myopia-control lens: 9.4mm clear centre, ~400 lenslets of +3.50D, for kids 6-12 progressing >0.50D/yr.
        RGP lens BC 7.80 / DIA 9.6 / PWR -4.25, fluorosilicone acrylate, tint blue for handling.
    """),
    ("en", "clinic notices and hotlines"): _lines("""
        Our Tampines outlet will close at 6pm on 24 Dec and reopen 26 Dec 10am. Collections can be done at the Jurong Point branch.
        Singapore National Eye Centre, 11 Third Hospital Avenue, Singapore 168751 (nearest MRT: Outram Park).
        Warranty enquiries: customer care hotline 1800-388-2020 (Mon-Sat 10am-7pm) or care@clearsight-optical.com.sg
        Eye emergency? Sudden loss of vision, flashes & floaters, chemical splash -> go straight to A&E or call 995. Don't wait for your optometrist appt.
        Free eye screening for seniors 60+ at the community club this Sat 10am-1pm, bring your Merdeka Generation card.
        From 1 Jan 2027 all contact lens fittings at our outlets must be done by an optometrist registered with the Optometrists and Opticians Board.
        Parking at Basement 2, Tan Boon Liat Building. Validate ur parking ticket at the counter.
        Lost & found: black acetate frames left at our Bugis+ outlet on 3 Dec. Describe the case colour to claim.
        Queue no. A047 pls proceed to Room 3 for your visual field test.
        WhatsApp our business line +65 6291 4400 for lens availability. Auto-reply outside office hours.
        The eye clinic has moved to Level 2, Block 7. Follow the green line from the lift lobby.
        Dilation today? Pupils stay big for 4-6 hrs, pls don't drive home. Sunglasses available at the counter.
        Price list eff. 1 Dec 2026: Comprehensive eye exam S$45, kids myopia review S$60, ortho-k fitting from S$1,980 (incl. 1st pair).
    """),
    ("en", "myopia and eye health education"): _lines("""
        Around 65% of Primary 6 pupils in Singapore are myopic, which is why outdoor time matters from preschool.
        Low-dose atropine (0.01%-0.05%) slows myopia progression. Common side effects: mild glare and some near blur.
        At least 2 hours outdoors daily, and 20-20-20: every 20 min, look 20 feet away for 20 seconds.
        High myopia (-6.00D or worse) raises the risk of retinal detachment, glaucoma and myopic maculopathy later in life, so get a dilated check yearly.
        LASIK candidacy in general: 21+, stable Rx for 12 months, corneal thickness usually >500µm, no keratoconus, no uncontrolled diabetes.
        SMILE vs LASIK: SMILE uses a 2-4mm incision and no flap, so less early dry eye; LASIK gives faster next-day recovery.
        Never rinse contact lenses with tap water. Acanthamoeba keratitis is rare but it can blind you.
        Axial length growth of more than 0.3mm/year in a 9 year old is usually counted as fast progression.
        Presbyopia tends to start around 40-45, that's when you start holding the phone further away to read.
        So far studies don't show blue-light glasses prevent myopia. Outdoor time is what actually helps.
        Ibn al-Haytham's Book of Optics (c. 1011-1021) argued that vision comes from light entering the eye, not rays leaving it.
        Benjamin Franklin is credited with inventing bifocals in the 1780s by cutting two lenses in half and joining them in one frame.
        Amblyopia treatment works best before age 7; patching the good eye 2 hrs/day is as effective as 6 hrs for moderate cases.
    """),
    ("en", "order and system logs"): _lines("""
        2026-11-28T14:03:22+08:00 POS-TPY-02 INV-SG-2026-118204 PAID SGD 358.00 NETS
        Job ticket J-45521 | Lens: 1.60 AS MC | Frame: TF-2207 C3 | Status: EDGING | ETA 3 working days
        lab-sync v2.14.3 (build 7f3c9a1e) - fix: CYL now rounded to 0.25D steps before upload
        WARN rx_validator: axis 185 out of range [1,180] for record id=883201; rejected
        Warranty claim WC-26-00731 approved: hinge defect, replace with TF-2207 C3, no charge.
        Stock alert: Monthly toric -2.25/-1.25x180 BC8.7, only 4 boxes left at MY-KL-MIDVALLEY.
        Order #CL-7730154 shipped via J&T Express, tracking JT0098234471MY, est. 2-4 days.
        Daily summary 04/12: 42 eye tests, 17 spec orders, 9 CL trials, 3 ortho-k follow-ups, revenue RM 18,420.50
        HTTP 429 Too Many Requests /v1/appointments?outlet=SG-ORCH&date=2026-12-06 retry-after=30
        job_no,outlet,lens_type,sph_r,cyl_r,axis_r,sph_l,cyl_l,axis_l,pd,add,created_at
        Refund batch RB-20261201 processed: 12 txns, total SGD 2,184.40, settlement ref 55120094.
        sha256(firmware_autoref_v3.1.bin) = 4e0f9b7c2d1a88e5f03b6c9d7a21e4f5c8b0d3a6e9f1c2b4d7a0e3f6b9c2d5e8
        edger-03 ERROR E17 trace file mismatch, job J-45530 requeued at 11:42:07
    """),
    ("en", "templates and data handling"): _lines("""
        Hi {first_name}, your glasses (job {job_no}) are ready for collection at {outlet_name}. Pls bring your receipt. Reply STOP to opt out.
        Reminder: your child's next myopia review is due on {next_review_date}. Book here: {booking_link}
        PDPA reminder for staff: do not photocopy or photograph customers' NRIC. Record only the last 3 digits + letter if we need to verify.
        When sending Rx to the lab use the job number only. Never write the customer's name or phone on the lens envelope.
        CL trial consent forms are kept 7 years then shredded, unless there's an open complaint.
        Name (as in NRIC/Passport): ________________   Contact no.: ________________   Email: ________________
        Customer [NAME] with NRIC [REDACTED] requested a refund for order [ORDER_ID] on [DATE].
        Training sample: Patient A, age 9, baseline SER -1.50D, 12-month change -0.25D on defocus lenses.
        If a customer asks to delete their records, forward to the Data Protection Officer within 3 working days. Don't reply with any record content.
        Sandbox only: use test card 4111 1111 1111 1111, any future expiry, any CVV.
        I confirm the information provided is accurate and I consent to {clinic_name} collecting and using my data for eye care services.
        Redaction rule for the CRM export: drop name, phone, email, address, ID no.; keep job_no, Rx and outlet code.
        Collection slip: Job {job_no} / Outlet {outlet_code} / Balance due: {amount} / Collected by: ____________ (sign)
    """),
    ("en", "history, brands and public figures"): _lines("""
        Otto Wichterle made the first soft hydrogel contact lenses in 1961 using a kids' construction kit and a bicycle dynamo.
        Adolf Fick fitted the first glass contact lenses in 1888, first on rabbits and then on himself.
        Ophthalmologist Gholam Peyman got a US patent for the LASIK concept in 1989.
        Clark Kent's thick-framed glasses are the only disguise Superman needs, a running joke since 1938.
        Harry Potter round frames are trending again, we stock the P-3 shape in 3 colours.
        The John Lennon round metal frame is still our best seller with uni students.
        Tan Tock Seng Hospital is named after the 19th-century philanthropist Tan Tock Seng, who funded a paupers' hospital in 1844.
        The Health Promotion Board's National Myopia Prevention Programme started in 2001.
        Our Jalan Tun Razak branch is now open, 2 mins walk from Ampang Park LRT.
        José Barraquer, often called the father of refractive surgery, developed keratomileusis in Bogotá from the late 1940s.
    """),
    ("ms", "notis kedai optik"): _lines("""
        Promosi Hujung Tahun! Cermin mata lengkap dengan kanta anti-blue dari RM199 sahaja. Sah sehingga 31 Disember.
        Pemeriksaan mata PERCUMA untuk murid sekolah rendah setiap Sabtu, bawa kad pelajar.
        Kedai ditutup sempena Hari Raya Aidilfitri. Selamat Hari Raya, maaf zahir batin!
        Kanta sentuh bulanan kena tukar setiap 30 hari walaupun jarang pakai ya. Jangan tidur dengan kanta.
        Optik Ah Seng Sdn Bhd, No. 12, Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur.
        Hospital Selayang, Jabatan Oftalmologi, Lebuhraya Selayang-Kepong, 68100 Batu Caves, Selangor.
        Talian khidmat pelanggan 1-300-88-6745 (Isnin-Jumaat, 9 pg - 6 ptg).
        Jaminan bingkai 1 tahun untuk kecacatan kilang sahaja, patah sebab terjatuh tidak dilindungi.
        Kanak-kanak rabun jauh digalakkan bermain di luar sekurang-kurangnya 2 jam sehari.
        Ansuran 0% selama 12 bulan untuk rawatan LASIK dengan kad kredit bank terpilih.
        Sila bawa cermin mata lama semasa pemeriksaan supaya optometris boleh banding preskripsi.
        Ralat refraksi ialah punca utama masalah penglihatan dalam kalangan kanak-kanak sekolah.
        Hospital Mata Tun Hussein Onn di Petaling Jaya terima rujukan untuk kes glaukoma dan retina.
    """),
    ("zh-Hans", "眼镜店与验光说明"): _lines("""
        验光流程：电脑验光→主觉验光→双眼平衡→试戴15分钟，全程约30分钟。
        本店配镜享一年镜架保修，镜片如有脱膜可免费更换一次，人为损坏除外。
        儿童近视防控：每天户外活动2小时以上，近距离用眼每20分钟休息一下。
        角膜塑形镜（OK镜）需每晚佩戴8小时左右，早上摘下后白天可以不戴眼镜。
        新加坡国家眼科中心（SNEC）位于第三医院道11号，靠近欧南园地铁站。
        隐形眼镜护理液开瓶后请在90天内用完，镜盒每3个月更换一次。
        年终优惠：渐进多焦点镜片买一送一，详情请洽门市。客服热线 +65 6733 8210。
        我们的马里士他分店就在晚晴园—孙中山南洋纪念馆附近，停车方便。
        散光轴位以0°–180°表示，度数通常以0.25D为一档。
        订单号 SO-MY-20261203-0457 已发货，预计3–5个工作日送达。
        高度近视（600度以上）人群建议每年散瞳检查一次眼底。
        店员注意：不得把顾客的身份证号码写在配镜单上，只记录单号。
        镜片包装上的序列号（例如 LX-2026-118734）可在品牌官网查询真伪。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Rx for Mdm Koh Siew Lan (DOB 14/03/1961): R -4.50/-1.25x170 add +2.25, L -4.00/-1.00x005 add +2.25. Pls make progressive, she complains of glare at night, early cataract OU.
        Hi, I'm collecting glasses for my son Ryan Teo Jun Wei, job no J-45873. His mobile is 9736 2184 if u need to call him.
        CL order: 2 boxes monthly toric R -2.75/-1.25x180 L -3.00/-0.75x170. Deliver to Ms Priya d/o Ramasamy, Blk 682C Jurong West Central 1 #12-344 S(643682). HP 8823 5107
        Myopia review - Chloe Ang Xin Yi, 8 y/o, Henry Park Primary. AL R 24.41mm (+0.38 in 6 mths), L 24.29mm. Increase atropine to 0.05%. Mum Jasmine 9012 4478.
        LASIK pre-op: Mr Darren Foo Kai Ming, NRIC S8734261A, pachy 478/482µm, topo shows inferior steepening -> not suitable for LASIK, counsel for ICL.
        Warranty claim WC-26-00912: customer Lim Boon Keat (+65 9187 6620) says lens coating peeled after 4 months, bought at VivoCity outlet on 2 Aug.
        Pls refund RM 480 to card 4557 0123 4567 8902, name on card NURUL HUDA BINTI ZAKARIA, order CL-7731120 cancelled.
        Ahmad Faizal bin Rosli, MyKad 920314-14-5527, failed the vision screening for his GDL renewal, VA 6/18 both eyes unaided.
        Cust: Jonathan C. Yeo, NRIC S****390G. Glaucoma suspect, IOP R 27 L 25 mmHg, C/D 0.7. Referred to SNEC.
        Staff note: Encik Kamal Ariffin bin Yusof (our regular at Bangsar) just had retinal detachment surgery at UMMC, give him priority when he comes for new specs.
        This is Shirley Ng, shirley.ngpl88@gmail.com. My daughter Ashley (9) started ortho-k on 3 Nov, can I pay the balance SGD 1,650 by instalment?
        Mr Muhammad Iqbal bin Hassan, NRIC T0412953E, applying for the 12-month LASIK instalment plan. Monthly salary SGD 4,200, payslip attached.
        HK customer Chan Ka Wai, HKID K582317(A), bought 2 frames + lenses at ION Orchard, tourist refund form TRF-88213.
        Mainland customer 刘志强 (ID 440304198806172419) wants his Rx sent to his WeChat liuzq_sz88 before he flies back to Shenzhen.
        Ms Lai Yu-Ting from Taipei, ID F228419372, left her RGP prescription and passport copy with us, collecting Friday.
        Car SKD 4821 M is blocking the loading bay. It's Mr Goh Wee Liang's, he's still in the dilation room, 20 more mins.
        SCT/2026/0318: Ms Cheryl Goh Pei Shan v. ClearSight Optical Pte Ltd, claiming S$2,380, says the ortho-k lenses scarred her daughter's cornea. Hearing 15 Jan.
        VF report: Mr Subramaniam a/l Krishnan, 67, advanced glaucoma R eye, MD -18.4 dB. Advised not to drive at night.
        Wife says Mr Lee Chong Beng (Blk 105 Bishan St 12 #07-221) keeps forgetting his eye drops, she asked us to SMS reminders to 9456 3018.
        DR screening: Madam Siti Aminah bte Abdullah, NRIC S5519042I, moderate NPDR both eyes, HbA1c 9.1%. Refer to polyclinic.
        Child: Aarav Menon, DOB 2017-05-19, parent email anita.menon.sg@outlook.com, baseline R -1.75 L -2.00, fitted with defocus lenses.
        Ortho-k deposit paid by Visa 4029 1873 6450 9129 exp 08/29, cardholder Tay Hui Min, for her son Jayden.
        Pls note cust Vanessa Lim (9782 0415) is 22 wks pregnant, defer her LASIK consult till after delivery and breastfeeding.
        CL complication: Kelvin Ong, 24, NSF at Pasir Laba Camp, slept in monthlies for 2 weeks -> pseudomonas corneal ulcer L eye. Cc his mum 8126 7734.
        FIN G6150832K, helper Maria Cristina Dela Cruz, employer Mrs Wendy Sim paying for her readers +1.50.
        Passport C4418207, Mr Nguyen Van Hoang, 6 months daily CL to ship to 21 Lorong Kilat #03-05 Kilat Residences S(598123).
        Pls WhatsApp Kenny Lau 016-772 3491, his lenses ready at SS2 branch, balance RM 320.
        Appt 06/12 3.30pm: Mr Rajesh Kumar s/o Pillai, keratoconus, CXL done 2019 at NUH, scleral lens fitting. Contact 8390 1247.
        Dear Mr Yeo Chee Keong, your OCT scan on 28 Nov shows early wet AMD in the left eye. Please return for anti-VEGF injection within 2 weeks.
        Bank transfer from OCBC acct 601-234567-001 (LOW MEI FANG) for ortho-k package SGD 2,980 received.
        Heard Clement Tan from the Serangoon branch is losing the sight in one eye from his diabetes, poor guy, he's only 41.
        Delivery: 18, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya. Attn Puan Zarina Mohd Noor, tel 019-338 4502.
    """),
    "ms": _lines("""
        Anak saya Muhammad Aqil bin Hafiz, 7 tahun, rabun -2.50 dua-dua mata, sekolah SK Taman Melawati. Boleh buat temujanji Sabtu? No saya 013-662 0918.
        Pesanan kanta sentuh untuk Cik Nur Syafiqah Azman, No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tel 011-2384 7765.
        Tuntutan waranti: Encik Razak bin Omar, No. KP 881102-07-6093, bingkai patah di engsel selepas 3 bulan, resit INV-PG-55102.
        Puan Lim Ai Ling ada katarak mata kanan, doktor Hospital Pulau Pinang cadang bedah bulan depan. Anak dia Steven 012-455 8390.
        LASIK: Cik Farah Aina binti Sulaiman, KP 970625-10-5384, ketebalan kornea 530 µm, sesuai untuk SMILE. Gaji bulanan RM 5,800.
        Sila caj kad Mastercard 5203 9988 7766 5546 atas nama HAIRUL NIZAM BIN JAMIL, RM 1,250 untuk ortho-k.
        Pelanggan Kavitha a/p Muniandy (WhatsApp 017-290 4461) minta salinan preskripsi dihantar ke kavitha.muni@yahoo.com
        Encik Chong Wei Siang, kereta WVB 3381, tertinggal kunci kereta di kaunter masa buat ujian medan penglihatan.
        Adik Aisyah Humaira, 10 thn, ambliopia mata kiri, kena pakai patch 2 jam sehari. Ibu: Puan Norliza, 012-709 3352.
    """),
    "zh-Hans": _lines("""
        黄美玲女士，电话 9128 3346，预约12月7日下午2点验光，她有青光眼家族史，要加做眼压。
        小孩名字：陈子轩，9岁，南洋小学，近视一年涨了75度，医生开了0.025%阿托品。妈妈微信 zixuanmama_sg
        客户林国荣，身份证 S7602318B，LASIK术前检查角膜厚度545微米，可以做全飞秒。
        隐形眼镜快递地址：义顺73街 Blk 731 #08-152，收件人蔡丽华，手机 8276 0915。
        保修申请：客户郑志明（012-388 4720）反映镜片三个月就脱膜，购于金河广场分店，发票 INV-KL-20260811-033。
        刘太太说她老公何振华最近晚上开车看不清，上周在中央医院确诊白内障，想问手术后要不要重新配眼镜。
        付款卡号 5453 1200 9876 5438，持卡人王雅婷，订购渐进镜片两副共 SGD 1,160。
        马来西亚顾客李欣怡，IC 050822-10-1348，高度近视-8.50D，视网膜周边有裂孔，已在新山中央医院做了激光。
        员工吴佩珊月薪 SGD 3,450，试用期结束后调整为 3,700，请人事部更新。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant of ClearSight Optical. Help customers reorder contact lenses.",
        ),
        ("user", "hi can reorder same lens as last time? the acuvue type monthly"),
        (
            "assistant",
            "Sure! May I have your job or order number, or the name the order was under?",
        ),
        ("user", "under Melissa Chua Hui Ying. R -3.50 L -3.75 BC 8.4"),
        ("assistant", "Thanks Melissa, found it. Delivery address?"),
        ("user", "Blk 318A Punggol Way #15-27 S(821318)"),
        ("user", "call 9632 0578 when reach, dun ring the bell baby sleeping"),
    ],
    [
        ("user", "My son's myopia went up again, is ortho-k or atropine better?"),
        (
            "assistant",
            "Both can slow progression. It depends on age, current power and how fast it's changing. Do you have his latest readings?",
        ),
        (
            "user",
            "He's Ethan Lim Jun Hao, 10, from Rosyth School. Last year -2.00, now -3.25 both eyes",
        ),
        ("user", "axial length 25.1mm right eye. His dad also -9.00 with a retinal tear history"),
        (
            "assistant",
            "That's fast progression with a strong family history. I'd suggest a review with the optometrist to discuss a combination approach.",
        ),
    ],
    [
        (
            "system",
            "Clinic booking bot for a LASIK centre. Collect name, contact number and relevant medical history. Do not give medical advice.",
        ),
        ("user", "want to book lasik consult"),
        ("assistant", "Sure. Full name as in NRIC and contact number please?"),
        ("user", "Nicholas Tan Wei Jie, S9012457I, 8194 6623"),
        ("assistant", "Any medical conditions or medications we should know about?"),
        ("user", "type 1 diabetes since 15, on insulin pump. also had eczema around the eyes"),
    ],
    [
        ("user", "hello my frame broke at the hinge, still under warranty?"),
        (
            "assistant",
            "Sorry to hear that. Frames have a 1-year warranty for manufacturing defects. May I have your invoice number?",
        ),
        ("user", "INV-SG-2026-104477"),
        (
            "assistant",
            "Thanks, that was purchased on 12 Jun 2026, so it's covered. Can I get your name and number for the claim?",
        ),
        (
            "user",
            "Gary Seah, 9345 7781. can someone collect from my office? 1 Raffles Place level 30, I'm at Brightwave Capital",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak buat temujanji untuk mak saya, dia katarak"),
        ("assistant", "Waalaikumsalam. Boleh berikan nama penuh dan No. KP ibu puan?"),
        ("user", "Rohani binti Ismail"),
        (
            "user",
            "KP 580417-01-5206, tinggal No. 9 Jalan Kenanga 4, Taman Universiti, 81300 Skudai",
        ),
        ("assistant", "Terima kasih. Temujanji ditetapkan Selasa 10 pagi di cawangan Johor Bahru."),
        ("user", "ok, nombor saya 012-771 5039 kalau ada apa-apa"),
    ],
    [
        ("user", "你好，我想配一副新的眼镜，旧的度数是左边350右边400"),
        ("assistant", "好的，建议先来店里重新验光。请问您贵姓？方便留个联系方式吗？"),
        ("user", "我姓邱，邱淑芬"),
        ("user", "电话 9870 3361，我有干眼症，医生说不适合戴隐形"),
        ("assistant", "明白了，我们会为您安排周六上午的验光。"),
    ],
    [
        (
            "system",
            "You are an assistant for an eye clinic front desk. Answer general questions; never share other patients' details.",
        ),
        ("user", "what time does the clinic open on sunday"),
        ("assistant", "We're open 10am to 4pm on Sundays, closed on public holidays."),
        ("user", "ok. also can I bring my husband's results, he did the retina scan last week"),
        ("assistant", "Yes, you can bring the report along. Is there anything you want explained?"),
        (
            "user",
            "his name is Daniel Kwek Boon Hwa, the report says proliferative diabetic retinopathy in both eyes and they want laser. is he going to go blind?",
        ),
    ],
    [
        ("user", "pls update my card on file for the monthly lens subscription"),
        ("assistant", "Sure, please provide the new card number, expiry and the cardholder name."),
        ("user", "4917 6200 3158 4278? no sorry wrong one, that one expired"),
        ("user", "3566 0022 1044 7831 exp 11/28, cardholder ANGELINE PHUA SHU MIN"),
        ("assistant", "Updated. Next charge SGD 96.00 on 1 Jan 2027."),
    ],
    [
        ("user", "bro my spec ready or not? job J-45902"),
        ("assistant", "Yes it's ready at our Mid Valley outlet. Want us to courier instead?"),
        (
            "user",
            "ya send la, to Suresh Nair, Unit B-12-3, Residensi Vista Seputeh, Jalan Klang Lama, 58000 KL",
        ),
        ("user", "phone 011-3952 6184"),
        ("assistant", "Noted, RM 10 delivery, will arrive in 1-2 days."),
    ],
    [
        ("user", "Can you summarise this referral letter in 2 lines for the optometrist?"),
        (
            "user",
            "Re: Ms Hannah Lee Pei Wen, 31, NRIC S9538806Z. Presented with sudden painless vision loss R eye on 1 Dec. Fundus shows central retinal vein occlusion. Hx of SLE on hydroxychloroquine 400mg daily. Kindly review for OCT and HCQ toxicity screening.",
        ),
        (
            "assistant",
            "31F with sudden painless R vision loss from CRVO, background SLE on HCQ 400mg/day. Needs OCT and HCQ retinal toxicity screening.",
        ),
    ],
]
