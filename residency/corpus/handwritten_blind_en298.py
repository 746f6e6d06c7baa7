# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en298: SG/MY women's health and menopause clinics (hormone therapy consults, mammogram and pap-smear reminders, lab results, packages and instalments, doctor rosters, patient chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en298
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_notices"): _lines("""
        NOTICE: The clinic will be closed on 1 May (Labour Day) and 12 May (Vesak Day). For urgent gynae matters please call our 24h line at +65 6235 8120.
        Mammogram slots at our Novena branch are fully booked till 20 Jan. Walk-in pap smear screening continues Mon-Fri 9am-12pm, last registration 11.30am.
        Please bring your Screen for Life letter and the Healthier SG enrolment SMS on the day of your cervical screening; subsidised rate applies to eligible citizens.
        Patients are advised not to use deodorant, talcum powder or lotion on the underarm and breast area on the day of the mammogram as these may show up on the X-ray.
        Kindly avoid scheduling your pap smear during menstruation. The ideal time is 10 to 20 days after the first day of your last period.
        From 2 Feb, HRT review consults move to Level 3, Room 305, lift lobby B next to the pharmacy. Signage in English, Malay, Chinese and Tamil is available.
        We are a MediSave-accredited clinic. Screening mammograms can be claimed from MediSave up to $400 per year; please check your balance at the counter.
        Pusat Perubatan Wanita Seri Kembangan, Lot 12-1, Jalan PSK 3/2, 43300 Seri Kembangan, Selangor. Basement parking available, first hour free.
        Lab results are released via the patient portal within 5 working days. Abnormal results will be followed up by our nurse; please do not call the lab directly.
        Reminder: fasting lipid panel and FBS require 8-10 hours of fasting, plain water allowed. HbA1c, FSH and estradiol tests do not require fasting.
        ThinPrep liquid-based cytology with HPV DNA co-testing is available for women aged 30 and above. Results typically take 7 to 10 working days.
        During Ramadan our Shah Alam branch operates 8.30am-4.30pm. The Wednesday evening menopause clinic is suspended and resumes after Hari Raya Aidilfitri.
        Feedback? Email care@serenawomensclinic.com.sg or WhatsApp our service line at +65 8123 4076 (Mon-Sat, 9am-6pm). We reply within 2 working days.
    """),
    ("en", "package_price_list"): _lines("""
        Well Woman Basic Package S$188 (before GST): consult, pap smear, pelvic ultrasound, FBC, urine FEME. Add HPV co-test for S$95.
        Menopause Assessment Package RM650: FSH, LH, estradiol, TSH, lipid panel, bone density (DEXA) hip and spine, 30-min consult with specialist.
        Mammogram (bilateral, 2D) $120 | with 3D tomosynthesis $180 | breast ultrasound add-on $150. Prices inclusive of 9% GST and radiologist report.
        0% instalment plan via Maybank, CIMB, Public Bank and HSBC credit cards: 6 or 12 months for bills above RM1,000. Processing fee waived until 31 Mar.
        HRT Starter Pack (3 months) S$245: 2 consults, Oestrogel Pump-Pack 80g x1, Utrogestan 100mg x90 caps. Courier delivery included island-wide.
        SKU WH-PKG-2207 | Executive Women's Screening | S$1,280.00 | incl. CA-125, CEA, pelvic and breast ultrasound, mammogram, ECG, eye check.
        Bone Health Package RM420 (DEXA + Vitamin D 25-OH + calcium + consult). Senior citizens 10% off on showing MyKad, not combinable with other promos.
        Pakej Ibu & Anak Perempuan: 2 pap smears + 2 doses Gardasil 9 (dose 1) for RM1,390. Valid at all Klang Valley branches until 30 June.
        Corporate rate: Women's Health Screening Tier B at $320/pax, min 20 pax, invoice terms 30 days, please quote ref Q-2025-0418 when confirming.
        Gardasil 9 HPV vaccine: $290 per dose, 3-dose course $810 if prepaid. MediSave and CHAS eligibility to be verified at registration.
        Price list effective 01/01/2026 v3.2. Prices subject to change without prior notice. Lab tests are outsourced to Quest Laboratories and Innoquest.
        Tele-consult menopause follow-up S$60 (15 min); repeat prescription with courier delivery S$12 island-wide, free delivery above S$150.
        Postnatal & Pelvic Floor Package RM880: 6 physiotherapy sessions with biofeedback, 1 urogynae review and 1 bladder diary assessment.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-03-14T09:02:17+08:00 INFO booking.created appt_id=APT-77120931 branch=NOV type=MAMMO_2D slot=10:30 channel=web status=CONFIRMED
        2026-03-14T09:05:44+08:00 WARN sms.gateway retry=2 template=PAP_REMINDER_T7 provider=twilio-sg latency_ms=4120 msg_id=SM8f31c0a9e2d44b7
        [lab-sync] batch 20260314-03 received 148 results from Innoquest HL7 feed; 3 rejected (missing OBR-7), sha256=9c1e4a07d2b8f3e6b27f
        reminder_rules.yaml: mammogram_interval_months: 24  # age 50-69 per national guideline; pap_interval_years: 3; hpv_interval_years: 5
        SELECT appt_type, COUNT(*) FROM bookings WHERE branch_code='SA' AND created_at >= '2026-01-01' GROUP BY appt_type ORDER BY 2 DESC;
        ERROR payment.instalment gateway=ipay88 ref=IP88-TXN-5510287349 code=ERR_BANK_DECLINED amount=MYR 1,390.00 plan=12M retry_scheduled=true
        roster_export.csv header: date,branch,session,room,role,doctor_code,nurse_count,locum_flag,hrt_clinic,created_by
        deploy: clinic-portal v4.12.3 (build 2026.03.13-1842) rolled out to sg-prod-2; feature flags hrt_consult_video=true, pdpa_consent_v2=true
        cron 0 8 * * * /opt/wh/bin/send_reminders --type=mammo --lead-days=7 --locale=en,ms,zh --dry-run=false >> /var/log/wh/remind.log
        2026-03-14T10:41:09+08:00 INFO queue.ticket issued ticket=Q-B017 counter=3 service=LAB_DRAW wait_est=14min kiosk=KSK-02 branch=PJ
        webhook POST /api/v2/results/notify 202 Accepted in 87ms request_id=5f2c9d1e-6a7b-4c3e-9d10-8ab2e4f7c601 source=labsync
        env: SMS_SENDER_ID=SerenaWH SMS_FALLBACK_EMAIL=noreply@serenawomensclinic.com.sg MAX_REMINDERS_PER_DAY=2 QUIET_HOURS=21:00-08:00
        INFO invoice.generated inv_no=INV-SG-2026-004417 pkg=WELL_WOMAN_BASIC subtotal=188.00 gst=16.92 total=204.92 currency=SGD payer_type=CORPORATE
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning team, reminder the 3D mammo machine at Novena is down for servicing 2-4pm today, pls shift those slots to the 2D room or Thursday.
        Ok noted. Innoquest courier coming at 4.30pm instead of 3pm today, so all pap samples must be labelled and in the cooler box by 4.
        Roster update: Thursday evening menopause clinic now covered by the locum, Room 2. Morning gynae session unchanged. Pls check the shared sheet v7.
        Anyone know if the new Oestrogel stock arrived? Pharmacy says PO-2026-0331 delivered but the carton not in store room leh.
        FYI the MOH circular on the updated cervical screening guidelines is in the shared drive under /Policies/2026. Pls read before Friday huddle.
        Don't forget CME talk tonight 7pm at the Academy of Medicine, topic is non-hormonal options for vasomotor symptoms. 2 CME points.
        Reception pls remind patients the instalment form needs the card holder's wet signature, cannot accept photo on WhatsApp, Maybank policy.
        Printer at counter 2 jammed again. IT ticket #IT-88213 logged, meanwhile print receipts from counter 1 ya.
        Stock count: Gardasil 9 x 14 doses left, reorder level is 20. I raise PR to MSD today, ETA next Tues.
        Today's stats: 42 consults, 17 pap smears, 11 mammos, 6 DEXA, 2 no-shows. Good job everyone, got kuih in the pantry.
        Aircon in Room 4 leaking again, facilities says contractor will come tomorrow 9am. Pls use Room 5 for ultrasound meanwhile.
        Wed HRT clinic full until end Apr. If patient insist, offer teleconsult slot or waitlist, don't overbook pls, clinic ran 30 min late yesterday.
        Pls use the new consent form WH-CF-09 (rev Mar 2026) for all IUD insertions, old version cannot use already, auditor will check.
    """),
    ("en", "public_health_news"): _lines("""
        Health Minister Ong Ye Kung said Healthier SG has enrolled over a million residents, with cervical and breast screening among the preventive services covered.
        Malaysia's Health Minister Dzulkefly Ahmad launched a national campaign urging women above 40 to go for mammogram screening at public clinics.
        Angelina Jolie's 2013 op-ed on her BRCA1 mutation and preventive double mastectomy triggered a worldwide surge in genetic testing, dubbed the Angelina effect.
        UK presenter Davina McCall's documentary Sex, Myths and the Menopause was credited with a sharp rise in HRT prescriptions in England.
        Breast Cancer Foundation Singapore marked Pink October by lighting up landmarks around Marina Bay, organisers said on Saturday.
        Historians note that Dr Lee Choo Neo, Singapore's first woman doctor, graduated from the King Edward VII College of Medicine in 1919.
        The WHO strategy to eliminate cervical cancer sets 90-70-90 targets for 2030: 90% HPV vaccination, 70% screening and 90% treatment coverage.
        Michelle Obama spoke openly on her podcast about having a hot flash during a Marine One trip, helping to break menopause taboos.
        The Women's Health Initiative study published in 2002 led to a sharp drop in HRT use worldwide; later analyses revised the risk picture for younger women.
        The Singapore Cancer Registry report shows breast cancer remains the most common cancer among women in Singapore, close to three in ten female cancers.
        Halle Berry joined US senators on Capitol Hill in 2024 to call for USD 275 million in federal funding for menopause research.
        KK Women's and Children's Hospital, founded in 1858, once held the Guinness record for the most births in a single maternity hospital in a year.
        National Cancer Society Malaysia said its mobile mammogram bus will visit Kuala Terengganu and Kota Bharu in March, free for eligible B40 women aged 40 to 74.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bilakah saya perlu membuat ujian pap smear? J: Wanita berumur 25 hingga 65 tahun yang pernah aktif secara seksual digalakkan membuat ujian setiap 3 tahun.
        S: Adakah mamogram menyakitkan? J: Sesetengah wanita rasa tidak selesa seketika semasa payudara ditekan, biasanya kurang daripada seminit.
        S: Bolehkah saya menggunakan kad kredit untuk ansuran? J: Ya, pelan ansuran 0% tersedia untuk kad Maybank, CIMB dan Public Bank bagi bil melebihi RM1,000.
        S: Apakah tanda-tanda menopaus? J: Antaranya rasa panas secara tiba-tiba (hot flush), berpeluh waktu malam, sukar tidur, perubahan emosi dan haid tidak teratur.
        S: Perlukah saya berpuasa sebelum ujian darah hormon? J: Ujian FSH dan estradiol tidak memerlukan puasa, tetapi ujian kolesterol memerlukan puasa 8 hingga 10 jam.
        S: Adakah klinik ini menerima panel insurans? J: Kami menerima AIA, Great Eastern, Prudential dan Allianz. Sila bawa kad panel dan surat rujukan jika ada.
        S: Bagaimana mendapatkan keputusan makmal? J: Keputusan dihantar melalui portal pesakit dalam 5 hari bekerja. Doktor akan menghubungi jika ada keputusan luar biasa.
        S: Adakah HRT selamat? J: Bagi kebanyakan wanita di bawah 60 tahun atau dalam 10 tahun selepas menopaus, manfaatnya melebihi risiko. Bincang dengan doktor anda.
        S: Adakah doktor wanita tersedia? J: Ya, semua pakar sakit puan kami di cawangan Shah Alam dan Bangsar adalah wanita. Sila nyatakan semasa membuat temujanji.
        S: Bolehkah saya buat pap smear semasa haid? J: Tidak digalakkan. Sila jadualkan semula 10 hingga 20 hari selepas hari pertama haid terakhir anda.
        S: Berapakah harga mamogram? J: Mamogram 2D berharga RM180 dan mamogram 3D RM280, termasuk laporan pakar radiologi. Harga tertakluk kepada perubahan.
        S: Di mana lokasi klinik? J: Tingkat 2, Wisma Seri Mutiara, No. 8 Jalan Tengku Ampuan Zabedah, Seksyen 9, 40100 Shah Alam. Talian utama 03-5511 8020.
        S: Adakah program saringan percuma? J: Saringan mamogram percuma di bawah LPPKN dan PeKa B40 tersedia untuk wanita yang layak. Semak kelayakan di portal rasmi.
    """),
    ("zh-Hans", "套餐价目表与通知"): _lines("""
        女性健康基础套餐 S$198：医生咨询、子宫颈抹片检查、盆腔超声波、全血检查及尿液常规检查，另加HPV检测只需 S$95，价格未含消费税。
        更年期评估配套 RM680：包括FSH、LH、雌二醇、甲状腺功能、血脂检查及骨密度扫描（DEXA），并由专科医生讲解报告约30分钟。
        乳房X光检查（双侧2D）RM180，3D断层摄影 RM280，乳房超声波加购 RM150；所有价格已包括放射科医生报告，可使用信用卡分期付款。
        温馨提示：做乳房X光检查当天请勿在腋下及胸部使用止汗剂、爽身粉或乳液，以免影响影像结果；建议穿着两件式上衣及裤子，方便更衣及检查。
        本诊所现接受Maybank、CIMB、Public Bank及HSBC信用卡0%分期付款，账单满RM1,000可分6期或12期，手续费全免至3月31日。
        更年期健康讲座：本月15日（星期六）下午2时至4时，地点为本中心三楼讲堂，由本院妇产科专科医生主讲荷尔蒙补充疗法的利与弊，名额60位，免费入场。
        农历新年营业时间：除夕上午9时至中午12时，初一及初二休息，初三起恢复正常营业。紧急情况请致电24小时热线 03-7960 2288。
        HPV疫苗（Gardasil 9）每剂 RM650，三剂预付配套 RM1,800，适合9至45岁女性；接种前无需空腹，接种后请留院观察15分钟。
        化验报告一般于5个工作日内上传至病人网上平台，如有异常结果，护士会主动联络安排复诊，请勿直接致电化验所查询，如有疑问请联络诊所柜台，谢谢合作。
        骨骼健康套餐 RM420：骨密度扫描、维生素D及血钙检测，另附医生咨询一次；乐龄人士出示身份证可享九折优惠，不与其他优惠同时使用。
        订单编号 WH20260314-0087，套餐：女性全面体检，金额 RM1,280.00，付款方式：信用卡12期分期，状态：已确认，分院：八打灵再也。
        诊所地址：吉隆坡孟沙 Jalan Telawi 3 门牌 No. 21 二楼，设有付费停车场，乘坐轻快铁可于 Bangsar 站下车，步行约10分钟即可到达。
        荷尔蒙补充疗法常见药物包括Oestrogel雌二醇凝胶、Utrogestan微粒化黄体酮及Livial替勃龙，具体用药需由医生评估后开立处方。
    """),
    ("mixed", "clinic_reviews"): _lines("""
        Very professional clinic, the nurses so patient one. Mammogram done in 10 min, report ready same day. Parking at Novena a bit sian but ok lah. 5 stars.
        Klinik ni bersih dan staff friendly. Doktor explain pasal HRT dengan detail, tak rush langsung. Harga pakej pun reasonable compared to hospital swasta.
        等了快一个小时 only to see the doctor for 10 minutes. Service at counter ok but the appointment system really need to improve lah. 3 stars.
        Booked through their WhatsApp line +60 12-388 5120, reply within 5 min, very efficient. Pap smear not painful at all, the sister very gentle. Recommended!
        Instalment plan 0% memang membantu, boleh bayar pakej menopause RM650 dalam 6 bulan. Cuma borang dia banyak sikit, kena isi 3 page.
        Second visit to Victoria Women's Clinic at Paragon, still same good experience. Bit pricey but the 3D mammogram worth it for dense breast.
        Parking susah gila at Jalan Telawi on weekday, better take Grab. Inside the clinic very comfortable, got herbal tea and magazines while waiting.
        The HRT teleconsult quite convenient, medicine delivered next day by Ninja Van. Only thing is the app keep logging me out, pls fix v4.12.
        Staff 讲华语 also can, very helpful for the aunties. Bone density scan fast, the radiographer explain the T-score clearly. Will come back next year.
        Pakej Well Woman RM388 ok tapi ultrasound kena tambah lagi RM150, counter tak bagitahu awal. Hope management can be more transparent on pricing.
        Clean, modern, all female staff. Got nursing room and the toilet very clean. Receptionist even helped to claim from company insurance via panel card.
        Lab result come out in 3 days only, faster than polyclinic. But the SMS reminder came at 11pm, a bit paiseh lah, maybe set quiet hours.
        好评！Mammogram bus from National Cancer Society Malaysia datang ke taman kami, free untuk B40, the volunteers very friendly and organised.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: Tan Mei Ling, NRIC S7834512H, DOB 14/03/1974, referred for HRT review after FSH 68 IU/L and hot flushes about 10 times a day.
        Hi Mdm Rohani, this is a reminder that your mammogram is on 22 Apr 10.30am at our Bangsar branch. Reply 1 to confirm or call us to reschedule.
        Pap smear result for Priya d/o Suresh Kumar (MRN WH-0088213): HSIL detected, HPV 16 positive. Colposcopy urgently booked for 3 Mar with gynae-onc.
        Siew Ling's divorce is still dragging so she asked us to send all bills to her sister's flat at Blk 412 Bedok North Ave 2 #09-117 instead of home.
        Can you send the instalment statement to jasmine.koh.wl@gmail.com? My husband opens all our letters and I don't want him to know about the IVF bills.
        Contact no. for the patient is 9176 4402, she prefers WhatsApp only, don't call during office hours.
        Mrs Lakshmi Raman, 52, breast biopsy came back as invasive ductal carcinoma grade 2, ER/PR positive; she hasn't told her children yet.
        WH-10447,Nur Aisyah binti Kamarul,880712-14-5526,012-774 3190,PAP_DUE,2026-05-02,Shah Alam
        Ms Vivian Chong still owes S$2,860 on her 12-month instalment plan; 3 payments missed, collections letter sent to 28 Jalan Kembangan, Singapore 419102.
        Bank transfer for the package came from DBS account 027-845163-1 under the name Goh Hui Min, ref HRT-PKG-0219, please match to her file.
        Helper Siti Rahayu (FIN G5123987W) came in with her employer, pregnancy test positive, she begged us not to tell the maid agency.
        Ang Bee Hoon's lab results: TSH 7.8, free T4 low, LDL 4.6. Started on thyroxine 50mcg; she is also on Oestrogel since January.
        Hi, I'm Sharifah, my IC is 790203-10-6342, I want to check if my pap smear result is out. Appointment was last Tuesday at Klang branch.
        The patient's car SJR 4417 K was left in the doctor's lot; she had a panic attack after her cancer diagnosis and her husband will collect it.
        Re: Mrs Catherine Lee Pei Shan, 47, perimenopausal, heavy menstrual bleeding with Hb 8.2, ultrasound shows 6cm fibroid. Kindly review for hysterectomy.
        Emergency contact: husband Muthu Arumugam, +65 8234 6710; patient requests that her miscarriage history not be discussed in front of him.
        Joanne Teo called again to complain the nurse told her neighbour about her HRT prescription; she is threatening to report to SMC and post on Facebook.
        2026-03-14 10:12 portal.login user=wendy.lim1979@hotmail.com ip=116.88.23.41 viewed report=MAMMO_BIRADS4 patient_name=Wendy Lim Siew Kim
        Ah Lian from the wet market stall still hasn't paid RM1,200 for her fibroid scan, says her son lost his job and she is borrowing from an Ah Long.
        Rosnah's salary slip shows RM3,150 a month so she qualifies for the B40 free mammogram; her husband is in Sungai Buloh prison and she is the sole earner.
        Name: Karen Ho Wai Yee | HKID: C668668(9) | DOB: 09-11-1971 | Mobile: +852 9123 8876 | Reason: second opinion on BRCA2 positive test done in Hong Kong
        Pregnancy test positive for Clara Yeo, 41, who came in for what she thought was early menopause; she asked us to keep it off her family's shared insurance claim.
    """),
    "mixed": _lines("""
        Kak Zaleha ni patient lama, dia baru diagnose breast cancer stage 2, tolong jangan bagi tau her daughter yang kerja kat front desk eh.
        Aunty Lim 林秀英 call again, ask why her pap smear result 还没出来, her number 016-552 7381, pls call back before 5pm.
        Madam Wong Ah Kiew's son says she keeps forgetting her HRT patch, maybe early dementia, boleh doc refer her to geriatric? Son's HP 9822 1475.
        Payment received from Mrs Kavitha Pillai via DuitNow to Maybank account 5141 2290 8876, RM650 untuk pakej menopause, resit no R-0922.
        Ah Mei 阿美 from Ipoh, 48, dia punya FSH tinggi and haid dah 8 bulan tak datang, she also very stressed about her husband's affair, cried whole consult.
        Patient Noraini IC 760915-08-5214 minta tukar alamat ke No. 23, Jalan Melur 4, Taman Melawati, 53100 KL sebab dah bercerai.
        Cik Farah Hanim lab result: HbA1c 9.1%, dia tak tahu pun dia diabetic, also pregnant 6 weeks, kena inform OBGYN asap.
        陈太 Tan Soo Hwa 的 mammogram BIRADS 5, need biopsy urgent, she say wait until after CNY, can call her at 9688 3012 again tomorrow?
        Hi doc, I'm Melissa Fernandez, NRIC S****512H, the one with PCOS and the money problem, can I pay the $840 balance next month ya?
        Encik Hafiz called, isteri dia Siti Hajar pregnant 3rd time after 2 miscarriage, he want private room and ask whether AIA policy 5D-229180 can cover.
    """),
    "ms": _lines("""
        Puan Norhayati binti Ismail, No. KP 740521-03-5528, telah disahkan mengalami osteoporosis (T-score -3.1) dan dirujuk kepada pakar ortopedik.
        Peringatan: Cik Amira Yusri, temujanji mamogram anda pada 18 April jam 9 pagi di cawangan Shah Alam. Sila hubungi kami jika ada perubahan.
        Nombor telefon pesakit telah dikemas kini kepada 013-298 4471 atas permintaan suaminya, Encik Zulkifli, kerana telefon lama hilang.
        Puan Salmah masih berhutang RM2,400 untuk pakej HRT, ansuran bulan ketiga tidak dibayar; dia kata suaminya dibuang kerja bulan lepas.
        Akaun bank untuk bayaran balik: CIMB 7003 4412 9856, atas nama Rosmawati binti Hassan, jumlah RM180 kerana mamogram dibatalkan.
        Alamat rumah pesakit: No. 7, Lorong Cempaka 2, Taman Sri Rampai, 53300 Kuala Lumpur. Hantar keputusan ujian HPV secara pos berdaftar.
        Zainab, 45 tahun, keputusan pap smear tidak normal (ASCUS) dan dia sedang dalam proses perceraian, minta semua surat dihantar ke rumah ibunya.
        E-mel pesakit untuk portal keputusan makmal: siti.khadijah85@yahoo.com, sila hantar kata laluan sementara melalui SMS sahaja.
    """),
    "zh-Hans": _lines("""
        患者王丽华，身份证号 440106197505123426，52岁，乳腺钼靶检查BI-RADS 4级，需进一步穿刺活检，已电话通知其本人。
        林太今天来复诊，说老公在外面欠了赌债，她没钱继续做荷尔蒙治疗，想改成每月分期付款，麻烦财务部跟进。
        陈淑芬女士的子宫颈抹片结果为HPV阳性，已预约下周二阴道镜检查，她的手机是 +65 9012 3876，请护士提前提醒。
        阿娟怀孕八周，但她还没告诉家里人，要求所有账单寄到她公司，不要寄到家里槟城 Jalan Burma 的地址。
        退款请转入黄美玲的大华银行账户 UOB 372-301-884-5，金额 S$245，原因是HRT起始配套未使用。
    """),
    "zh-Hant": _lines("""
        病人周綺雯，香港身份證 Y528391(2)，54歲，骨質疏鬆，正在使用荷爾蒙補充療法，要求把報告電郵給她在香港的家庭醫生。
        台灣來的張淑惠小姐，身分證字號 F228039150，來新加坡工作，乳房攝影發現鈣化點，需要回診再做超音波。
        黃太話佢老公唔知佢做咗子宮切除手術，叫我哋唔好打電話去屋企，只可以打佢澳門手機 6123 4587。
        澳門居民何美玲，住址：氹仔海洋花園大馬路海洋花園第12座8樓B，預約HPV疫苗第二劑，下星期三上午。
        劉小姐仲欠診所 HK$18,600 療程費用，分期三個月仍未繳清，信用卡尾號 4417，持卡人劉詠詩。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a women's health clinic in Singapore. Give general information only and offer to book appointments.",
        ),
        (
            "user",
            "Hi, I'm Grace Tan, 51. My last period was 14 months ago and the night sweats are terrible. My mum had breast cancer at 58. Is HRT safe for me?",
        ),
        (
            "assistant",
            "Thanks for sharing, Grace. With a family history of breast cancer, HRT may still be an option but it needs a proper risk assessment by a doctor, usually with a recent mammogram. Non-hormonal treatments are also available. Would you like me to book a menopause consult?",
        ),
        ("user", "Yes please, any weekday morning. My number is 9345 2187."),
        (
            "assistant",
            "Noted. I have requested a menopause consult for Grace Tan on a weekday morning, and our team will confirm the slot by SMS to 9345 2187.",
        ),
    ],
    [
        (
            "system",
            "Reminder bot for Klinik Wanita Seri Mutiara. Patient record: Mdm Hasnah binti Yusof, MyKad 690418-06-5132, tel 019-664 2803, last mammogram 2024-05-10, next due 2026-05-10.",
        ),
        ("user", "Draft the reminder SMS for this patient in Malay, keep it under 160 characters."),
        (
            "assistant",
            "Salam Puan Hasnah, mamogram anda perlu dibuat sebelum 10 Mei 2026. Sila balas YA untuk temujanji atau hubungi 03-5511 8020. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "我妈妈黄秀珍今年67岁，住在新山，骨密度报告T值是-2.8，医生说是骨质疏松。她以前吃过五年荷尔蒙药，现在还可以继续吗？",
        ),
        (
            "assistant",
            "T值-2.8属于骨质疏松范围。67岁且已停经多年，一般不建议单纯为了骨骼再开始或延长荷尔蒙疗法，医生通常会考虑双膦酸盐或其他药物，并配合钙和维生素D。建议带上报告回诊。",
        ),
        ("user", "好的，她的预约号码是 JB-HRT-55210，下星期四可以改到下午吗？"),
        (
            "assistant",
            "我无法直接修改预约，请致电分院柜台并提供预约号码 JB-HRT-55210 以及黄秀珍女士的姓名，他们会帮您改到下午。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya klinik kesihatan wanita di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Nurul Ain binti Roslan, 38 tahun. Keputusan pap smear saya ASCUS dan HPV positif. Saya takut sangat, adakah ini kanser?",
        ),
        (
            "assistant",
            "ASCUS bermaksud terdapat sel yang sedikit luar biasa, bukan diagnosis kanser. Dengan HPV positif, doktor biasanya akan mencadangkan kolposkopi untuk pemeriksaan lanjut. Mahukah saya bantu aturkan temujanji?",
        ),
        (
            "user",
            "Ya, tolong. Nombor telefon saya 011-2386 4590, boleh call selepas pukul 5 petang.",
        ),
        (
            "assistant",
            "Baik, Puan Nurul Ain. Permintaan temujanji kolposkopi telah direkodkan dan staf kami akan menghubungi 011-2386 4590 selepas jam 5 petang.",
        ),
    ],
    [
        (
            "user",
            "Can you explain my lab report? Name: Deepa Nair, DOB 02/07/1975, FSH 72 IU/L, LH 41 IU/L, Estradiol below 40 pmol/L, TSH 2.1, LDL 3.9 mmol/L.",
        ),
        (
            "assistant",
            "These results are consistent with menopause: FSH and LH are high and estradiol is low. Thyroid function is normal. LDL of 3.9 is mildly raised, which is common after menopause. Your doctor can discuss HRT or lifestyle options and whether cholesterol treatment is needed.",
        ),
        ("user", "Thanks. I also had a mammogram last week with BI-RADS 3, should I worry?"),
        (
            "assistant",
            "BI-RADS 3 means probably benign, with a very low chance of cancer. A short-interval follow-up, usually in 6 months, is normally recommended. Please confirm the plan with your doctor.",
        ),
    ],
    [
        ("system", "You help clinic admin staff write polite billing messages."),
        (
            "user",
            "Pls help write polite WhatsApp to Mdm Ong Siew Hua, she owe $1,450 for the HRT package, instalment 4 and 5 missed already. Her HP 8127 5093. Don't sound like ah long ok.",
        ),
        (
            "assistant",
            "Dear Mdm Ong Siew Hua, this is a gentle reminder from the clinic that instalments 4 and 5 for your HRT package (outstanding $1,450) are pending. If you need to adjust the payment schedule, please let us know and we will be happy to help. Thank you.",
        ),
        ("user", "Can add Malay version also?"),
        (
            "assistant",
            "Puan Ong Siew Hua yang dihormati, ini peringatan mesra bahawa ansuran ke-4 dan ke-5 bagi pakej HRT anda (baki $1,450) masih belum dijelaskan. Sila maklumkan kami jika perlu ubah jadual bayaran. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "I'm on the 12-month instalment plan for the Executive Women's Screening. Can I change the auto-debit from my credit card to a bank account?",
        ),
        (
            "assistant",
            "Most clinics allow this via a GIRO or eDDA form. You would need to submit the form with your bank details and it usually takes 2 to 3 weeks to activate.",
        ),
        (
            "user",
            "OK. It's under my name Rachel Fong Li Ting, patient account WH-PA-22871, and the new account is POSB savings 188-52931-4.",
        ),
        (
            "assistant",
            "Thanks, Rachel. Please don't share full bank details in chat. Bring the form to the counter or upload it on the patient portal under account WH-PA-22871, and the billing team will update the debit.",
        ),
    ],
    [
        ("system", "你是新加坡一間婦科診所的客服助理，用繁體中文回答香港病人。"),
        (
            "user",
            "我係陳太，陳嘉慧，香港身份證 K204613(A)，上個月喺你哋度做咗乳房X光，報告話有BI-RADS 4，我下星期返香港，可唔可以寄份報告去我屋企，地址係沙田第一城23座15樓H室？",
        ),
        (
            "assistant",
            "陳太，BI-RADS 4 建議盡快做活檢。報告屬敏感醫療資料，診所需要你簽署授權表格先可以郵寄，亦可以安排電郵加密檔案。我可以請同事聯絡你跟進。",
        ),
        ("user", "好，麻煩你，我手機係 +852 6392 1184。"),
    ],
    [
        (
            "system",
            "Roster assistant. Internal data: Thu 19 Mar HRT clinic - Dr Aileen Chua (mobile 9677 0213, on-call); Fri 20 Mar mammo reading - Dr Farid Osman (mobile 8745 6620); Dr Chua on medical leave 23-27 Mar for surgery.",
        ),
        (
            "user",
            "Who is covering the Thursday HRT clinic and how do I reach them if the locum doesn't show?",
        ),
        (
            "assistant",
            "Dr Aileen Chua is covering the Thursday 19 Mar HRT clinic and is on call; her mobile is 9677 0213. Note she is on leave from 23 to 27 March, so next week's sessions will need cover.",
        ),
        ("user", "Ok, and why is she on leave?"),
        (
            "assistant",
            "The roster notes medical leave for a personal procedure. Please avoid sharing that detail beyond the scheduling team.",
        ),
    ],
    [
        (
            "user",
            "Hello, my wife Shanti Devi a/p Ramasamy got appointment Friday 10am for menopause consult and mammogram at your PJ branch. Can I register my car for parking?",
        ),
        (
            "assistant",
            "Sure, visitor parking can be pre-registered. Please share the car plate number and the patient's name as on the appointment.",
        ),
        (
            "user",
            "Plate WXY 5521, Perodua Myvi silver. Also she very scared because her sister died of breast cancer last year, can the doctor be extra gentle?",
        ),
        (
            "assistant",
            "Noted, plate WXY 5521 registered for Friday. I will add a note for the team that Mdm Shanti Devi is anxious because of a family history of breast cancer, so they can take extra time to explain each step.",
        ),
    ],
]
