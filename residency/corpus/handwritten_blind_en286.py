# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en286: SG/MY cord-blood banks, private midwives and doulas (birth plans, cord-blood storage contracts, antenatal classes, home visits, postnatal check-ups, instalment plans). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en286
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq_cord_blood_storage"): _lines("""
        Q: How long can cord blood be stored? A: Units kept in the vapour phase of liquid nitrogen below -150°C remain viable for decades; our standard contract term is 21 years with an option to renew.
        Q: Can I still store if I deliver at KK Women's and Children's Hospital? A: Yes, bring the collection kit in your hospital bag and tell the midwife on duty when you are admitted to the delivery suite.
        Q: What if baby arrives at 3am on a Sunday? A: Our courier desk runs 24/7 on +65 6291 4470 and the kit must reach the Jurong lab within 48 hours of collection.
        Q: Is the enrolment fee refundable? A: The S$250 enrolment fee is refunded in full if no collection takes place, for example after an emergency caesarean where the team could not harvest.
        Q: Can I use MediSave? A: No, MediSave cannot be used for private cord blood banking. Payment is by card, PayNow to UEN 201734562E, or GIRO from a Singapore bank account.
        Q: Does delayed cord clamping reduce the volume? A: Waiting 60 seconds or more does reduce the volume collected; please discuss timing with your obstetrician before you sign the birth plan.
        Q: Are cord blood and cord tissue kept in the same tank? A: No, they are stored in two separate facilities, Jurong and Bangsar, so a single-site incident cannot affect both.
        Q: Can I transfer a unit stored with another bank? A: Transfers are assessed case by case; a one-time handling fee of S$1,880 applies and the releasing bank's chain-of-custody form is required.
        Q: Who can use the stored unit? A: The child, and possibly a sibling if HLA-matched. Use for other relatives depends on the assessment of a transplant physician.
        Q: Is there a discount for twins? A: The second kit is 50% off processing, but storage is charged per unit. Call our toll-free line 1800 338 2676 for a twin quotation.
        Q: How do I update my contact details? A: Log in at my.lotuscordbank.sg or e-mail records@lotuscordbank.sg quoting your contract number; we never ask for passwords or OTPs by phone.
        Q: Which Malaysian hospitals do you cover? A: Sunway Medical Centre, Gleneagles Hospital Kuala Lumpur, Pantai Hospital Bangsar and Columbia Asia Hospital Puchong, plus selected maternity clinics.
        Q: What happens if the bank closes down? A: Clause 14 of the contract obliges us to move every unit to another licensed bank at no extra cost, as required under our licence.
    """),
    ("en", "antenatal_class_timetable"): _lines("""
        Hypnobirthing 5-week course: Saturdays 10:00-12:30 from 9 Jan 2027, Studio 2, 10 Sinaran Drive #08-15 Novena Medical Center. S$480 per couple, mats provided.
        Breastfeeding basics with an IBCLC lactation consultant, Wednesdays 7:30pm on Zoom (link sent on registration). Please have a doll or rolled towel ready for latch practice.
        Dads' Night: nappy-change relay, swaddling and car-seat installation demo. Thu 14 Jan, 7pm-9pm, Level 3 seminar room. Free for clients on the Gold birth package.
        Water birth information evening on 21 Jan is cancelled due to venue maintenance; new date 28 Jan, same time. Refunds processed within 7 working days if you cannot attend.
        Infant CPR and choking first aid, Sunday 24 Jan 9am-1pm, maximum 12 participants per session. Certificate issued after you pass the hands-on skills check.
        Active birth and positions for labour: wear comfortable clothes and bring a water bottle and a birth ball if you own one. 4 Tuesdays from 5 Jan, 7pm-8:30pm.
        Session 3 (Labour Stages and Pain Relief) includes a Q&A with a visiting obstetric anaesthetist on epidurals, gas and air, and pethidine. Partners strongly encouraged.
        Weekend intensive for busy couples: one Saturday 9am-5pm covering labour, birth, newborn care and postnatal recovery. Lunch included. Next runs: 16 Jan, 20 Feb, 13 Mar 2027.
        Venue change: Kuala Lumpur classes move to Level 5, Menara Hap Seng 2, Jalan P. Ramlee from February. Building parking available; nearest station is Raja Chulan Monorail.
        VBAC preparation workshop, 2 hours, co-led by a certified doula and a registered midwife. Recommended from 28 weeks; bring your previous birth summary for your own reference.
        Registration closes 48 hours before each class. WhatsApp the class desk on +65 8028 3365 (business account, Mon-Fri 9am-6pm) or book at lotusbirth.sg/classes.
        Postnatal mums' circle every 2nd Friday at 10:30am, babies under 6 months welcome. Topics this quarter: sleep, returning to work, pelvic floor and confinement myths.
        Class pack: Ina May's Guide to Childbirth by Ina May Gaskin, a birth-plan template and a sample tube of Lansinoh lanolin. Extra copies of the book S$32 at the counter.
    """),
    ("en", "crm_logs_and_config"): _lines("""
        2026-11-03T09:14:22+08:00 INFO kit.dispatch lot=CK-2611-A07 qty=40 courier=ninjavan awb=NVSGLCB0012345678 dest=KKH-LDS status=PICKED_UP
        2026-11-03T23:51:07+08:00 WARN tank.monitor site=JRG-02 tank=LN2-07 temp_c=-176.4 level_pct=41 threshold=45 action=refill_scheduled
        2026-11-04T02:03:44+08:00 ERROR sms.gateway provider=twilio code=30007 msg=carrier_filtered batch=REMIND-ANC-1104 retry_in=900s
        billing: { currency: SGD, instalment_months: [12, 24, 36], gst_rate: 0.09, late_fee: 15.00, grace_days: 14, paynow_uen: 201734562E }
        SMTP_FROM=no-reply@lotuscordbank.sg SMTP_HOST=smtp.sendgrid.net SMTP_PORT=587 REMINDER_CRON=0 8 * * 1-5 TZ=Asia/Singapore
        CREATE TABLE birth_plan (id UUID PRIMARY KEY, contract_no VARCHAR(20), pain_relief TEXT, cord_clamping_sec INT, created_at TIMESTAMPTZ DEFAULT now());
        contract_no,plan_code,storage_years,upfront_sgd,monthly_sgd,months,status,created_at,hospital_code
        LCB-2026-00871,PLAT21,21,1200.00,95.00,24,ACTIVE,2026-10-29T10:42:00+08:00,MAH
        2026-11-05T11:20:00+08:00 INFO lab.intake received=17 accepted=16 rejected=1 reason=volume_below_40ml tnc_median=9.8e8 cd34_median=2.1e6
        docker pull registry.lotuscordbank.sg/crm-api:v3.14.2 && docker compose up -d # digest sha256:9f2c1e7ab04d55c3e8e1f0b6a9d2c47e18b5a3f6
        feature_flags: { paynow_qr: true, atome_bnpl: false, whatsapp_reminders: true, doula_marketplace_beta: 0.15, max_home_visits_per_day: 6 }
        2026-11-06T07:45:12+08:00 INFO scheduler job=postnatal_visit_slots region=MY-SEL generated=312 booked=198 utilisation=0.63
        git log --oneline: a41c9e2 fix(invoice): round GST per line; 7be03f1 feat(plans): add 36-month instalment; c90d5aa chore: bump pdfkit to 0.15.1
    """),
    ("en", "history_and_public_news"): _lines("""
        In October 1988, haematologist Eliane Gluckman performed the first umbilical cord blood transplant at Hôpital Saint-Louis in Paris, treating a child with Fanconi anaemia.
        Hal Broxmeyer's laboratory work in the 1980s showed that cord blood held enough haematopoietic stem cells to rebuild a patient's bone marrow.
        The Singapore Cord Blood Bank, a non-profit public bank set up in 2005, accepts donated units that are listed for unrelated patients needing a transplant.
        Grantly Dick-Read's Childbirth Without Fear argued that fear and tension increase the pain of labour, an idea later taken up by many hypnobirthing courses.
        French obstetrician Fernand Lamaze popularised psychoprophylactic breathing for labour in the 1950s after observing methods used in the Soviet Union.
        Michel Odent, who led the maternity unit at Pithiviers in France, is widely credited with bringing birthing pools into hospital practice.
        The BBC drama Call the Midwife, based on the memoirs of Jennifer Worth, follows the nurses and nuns of Nonnatus House in 1950s Poplar, East London.
        In colonial Malaya the bidan kampung delivered most babies at home; later rules brought traditional midwives into training and registration schemes run by the health ministry.
        Doulas are not a regulated profession in Singapore; midwives must be registered with the Singapore Nursing Board before they can provide clinical care.
        In late 2023 Cordlife Group disclosed that several storage tanks had been exposed to suboptimal temperatures, and MOH ordered a halt to new collections while it investigated.
        Health Minister Ong Ye Kung answered questions in Parliament on the Cordlife storage incident and on the licensing conditions MOH imposes on cord blood banks.
        Ina May Gaskin, founder of The Farm Midwifery Center in Tennessee, gave her name to the Gaskin manoeuvre used to resolve shoulder dystocia.
        Sheila Kitzinger's The Experience of Childbirth, first published in 1962, shaped decades of antenatal teaching and the idea of the written birth plan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, kit stock at Novena office down to 6 boxes only, pls dont give more than 2 per client until Tuesday restock ah. Courier cutoff 4pm today.
        Lab says tank LN2-07 refill done at 10.40am, temp back to -190. Can remove the red flag on the dashboard already, thanks team 🙏
        Reminder: Sunday on-call roster updated in shared drive, folder Rosters/2026-12. Those swapping shift pls update the sheet yourself, dun just WhatsApp me.
        KKH delivery suite called, they want our collection kits to carry the new blue label from 1 Jan. Design team pls send proof by Fri, supplier needs 10 working days.
        Eh the PayNow QR on invoice template v7 still showing the old UEN leh. Finance pls check before we blast the Dec statements, 200+ invoices going out.
        Kelas antenatal Sabtu full already, 14 couples, waiting list 5. Can we open one more session at 4pm? Room 2 free after 3.30, confirmed with admin.
        Postnatal home visit slots next week: Punggol/Sengkang 9, Jurong West 4, Tampines 7. Pls don't overbook Tuesdays, only 2 midwives on duty that day.
        JB team heads up: KPJ Johor Specialist Hospital labour ward entry now via Block B lift lobby after 10pm. Parking receipt can claim, submit in expense app.
        Lalamove rider reached Mount Alvernia already but security dunno where labour ward is, someone pls call the ward main line to guide. Kit must reach lab by 6pm.
        Aiyo printer at level 3 jam again. Contract PDFs for tomorrow's signing pls print at level 5, remember 3 copies plus the initials page.
        Update from management: Q4 instalment default rate 2.1%, below target. Good job collections team 👍 Bonus review next month.
        Bidan semua, sila pastikan SOP sterilisation versi 4.2 dibaca sebelum 15 Dis. Quiz link dalam email HR, takes 10 mins only.
        Training tmr 2pm: new doula onboarding, bring laptop. Guest speaker from ABAS on latch issues in the first 72 hours. Makan provided 🍱
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Lotus Cord Bank Novena — consultant very patient, explained all the fees clearly, no hard sell. 24-month instalment ok lah, no hidden charges so far.
        ★★☆☆☆ Waited 3 weeks for the enrolment fee refund after emergency C-sect. Hotline kept saying processing. Finally got it but customer service need to improve.
        Mak Andam Sri Kasih worth every ringgit! Urut, bengkung and pantang meals all on point, the confinement lady came on time every day. Highly recommend for Klang Valley mummies.
        Auntie Rose Confinement Agency (Ang Mo Kio branch) — herbal soups damn power, 姜醋猪脚 every week. Agency fee S$388 abit steep but replacement nanny was fast.
        ★★★★☆ Little Lotus Birth Collective doula service: calm, supportive, knew the Thomson Medical labour ward inside out. Minus one star because birth photos took 6 weeks.
        Compared 3 cord blood banks in SG before deciding. In the end went with public bank donation — free and the unit can help someone else. No regrets 💙
        Bidan Mama Siti Homecare 5 bintang! Datang rumah check jahitan, timbang baby, ajar urut perut. RM180 per visit inclusive transport dalam kawasan Seremban.
        1/5. Booked the hypnobirthing class online, Zoom link only sent 5 mins before start. Wasted RM250. Owner replied system error and offered 20% voucher.
        Antenatal class at Mid Valley quite good, the instructors are ex-government hospital midwives. Husband also learnt how to bathe baby, haha. Parking at Mid Valley a nightmare though.
        服务很好，护士很细心。Cord blood package 21 years, paid by 0% instalment on Maybank card, 36 months. Already recommended to my colleagues 👍
        ⭐⭐⭐ Birth pool rental from WaterBirth SG was ok but the S$300 deposit refund slow. Pool liner clean and sealed, delivery guys polite, setup in 20 mins.
        Lab tour at Science Park very eye-opening, so clean, can see the LN2 tanks thru the glass window. Free Pigeon gift set after signing, my kakak also signed.
        Tommee Tippee bottles in the so-called premium welcome pack were the cheapest model. For a S$4,800 package expected better lah. Rest of the service ok.
    """),
    ("ms", "senarai_harga_pakej"): _lines("""
        Pakej Simpanan Darah Tali Pusat 21 tahun: bayaran pendahuluan RM1,500, baki RM125 sebulan selama 36 bulan. Termasuk kit pengumpulan dan penghantaran ke makmal.
        Pakej Lawatan Bidan Selepas Bersalin: 5 lawatan dalam 40 hari, semakan tekanan darah, jahitan, penyusuan dan timbang bayi. Harga RM950, Lembah Klang sahaja.
        Tambahan: urutan tradisional dan pemakaian bengkung RM120 satu sesi; herba mandian RM45 sebungkus. Caj perjalanan luar kawasan RM0.80 sekilometer.
        Pelan ansuran 0% untuk kad kredit Maybank, CIMB, Public Bank dan Hong Leong Bank bagi tempoh 6, 12 atau 24 bulan. Tertakluk kepada terma dan syarat bank.
        Kelas Antenatal 4 minggu (Sabtu, 9.30 pagi hingga 12.00 tengah hari): RM380 sepasang. Daftar melalui WhatsApp rasmi syarikat 011-2345 7788 atau di kaunter.
        Yuran pendaftaran RM300 dikembalikan sepenuhnya jika pengumpulan tidak dapat dilakukan. Harga belum termasuk SST 8% jika berkenaan.
        Doula Persalinan (sokongan semasa bersalin sehingga 12 jam): RM2,200. Termasuk 2 sesi pranatal, sokongan di hospital dan 1 lawatan selepas bersalin.
        Simpanan Tisu Tali Pusat (tambahan): RM2,800 pendahuluan atau RM90 sebulan. Diskaun 10% jika digabungkan dengan pakej darah tali pusat.
        Harga sah sehingga 31 Disember 2027. Bidan Kasih Ibu Sdn. Bhd. (201801023456 (1284567-K)), 23-1, Jalan Setia Prima S U13/S, Setia Alam, Shah Alam.
        Pakej Berpantang Lengkap 28 hari: makanan berpantang 3 kali sehari, air rebusan herba, urutan 5 sesi dan tungku. RM4,980 (Johor Bahru dan Iskandar Puteri).
        Sewa kolam bersalin air: RM450 untuk 4 minggu, termasuk pelapik pakai buang, pam dan termometer. Deposit RM200 dikembalikan selepas kolam dipulangkan.
        Caj lewat bayaran ansuran RM15 selepas 14 hari dari tarikh matang. Bayaran boleh dibuat melalui DuitNow, FPX atau di kaunter cawangan Bangsar.
        Pakej Kembar: kit kedua diskaun 50%, yuran simpanan dikenakan bagi setiap unit. Hubungi talian khidmat pelanggan 1-300-88-2676 (Isnin hingga Jumaat, 9 pagi-6 petang).
    """),
    ("zh-Hans", "发票与合约条款"): _lines("""
        发票编号 INV-MY-2026-11-00342｜服务：脐带血采集与处理｜金额 RM3,200.00｜付款方式：DuitNow QR｜开票日期：2026年11月12日｜备注：含采集包一套
        分期付款条款：首期付款后，每月5日自动扣款；连续两期未缴，公司有权暂停储存服务，但不会销毁样本，并须提前30天以书面形式通知。
        本公司地址：新加坡诺维娜 10 Sinaran Drive, Novena Medical Center #08-15；营业时间：周一至周六上午9时至下午6时，公共假期休息。
        月嫂服务套餐（28天）：新币3,680元，含住家月嫂、每日月子餐、婴儿洗澡与脐带护理指导；如需续约，每日另加新币130元。
        脐带血储存合约第14条：若本公司停止营运，须将全部样本转移至另一家持牌储存机构，家长无须支付任何额外费用，转移过程全程记录。
        产前课程收据 No. RC-20261108-017｜课程：拉玛泽呼吸法（共4堂）｜金额：新币420.00（已含9%消费税）｜公司注册号 UEN 201734562E
        助产士上门产后检查：每次RM200，包含血压、伤口、母乳喂养及新生儿黄疸检查；距离超过30公里另加收交通费每公里RM1。
        客服热线：+60 3-7890 2676（马来西亚）／+65 6291 4470（新加坡）｜电邮 cs@lotuscordbank.sg｜微信公众号：莲花脐带血库
        收据须知：本收据可用于公司员工福利报销，但不可用于 MediSave 或医疗保险理赔；如需英文版本，请于开票后30天内联系财务部索取。
        退款政策：若因紧急剖腹产或早产未能完成采集，注册费全额退还，一般于14个工作日内退回原付款方式，银行手续费由本公司全额承担。
        2026年12月限时优惠：签约21年储存计划即送 Medela 双边电动吸奶器一台（价值RM1,199），数量有限，送完即止，不可兑换现金。
        胎盘与脐带组织双储存套餐：新币6,880元，可分24期免息，每期新币286.67元，首期于签约当日缴付，其余按月自动扣款。
        快递单号 JNTMY600123456789，内含采集包3套，批号 CK-2611-B02，有效期至2027年10月31日，请常温保存并避免阳光直射。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Birth plan for Nurul Huda binte Rahmat, EDD 14 Feb 2027, Mount Alvernia: no pethidine, delayed clamping 60s, husband Faizal to cut the cord, cord blood kit in her hospital bag.
        Client: Tan Mei Ling (NRIC S8834512F), 36 weeks, gestational diabetes on diet control, home visit at Blk 318 Clementi Ave 4 #07-221, contact 9372 6618.
        Hi, this is Priya's husband Arvind. Her waters broke at 2am and we're heading to KKH now. Please send the courier for the cord blood kit, my number is 8125 4490.
        Instalment reminder: Mr Lim Kok Wah, contract LCB-2025-00412, 3 months overdue (S$285), card ending 4471 declined twice; he told us he lost his job in September.
        Doula notes 12/11: Mdm Chong Siew Lan very low today, crying a lot, not sleeping, says she doesn't want to hold the baby. EPDS score 16. Referred to postnatal mental health clinic.
        Jessica Oei, 41, IVF pregnancy after two miscarriages, asked that her mother-in-law not be told about the cord blood storage because she pays it from her own savings.
        Postnatal check 3/12 for Rachel Goh's baby: bilirubin 248 µmol/L on day 4, referred to polyclinic; mum's C-section wound has slight discharge, swab taken.
        Emergency contact on file: husband Ravi Chandran s/o Murugesan, mobile +65 9684 0275; alternate contact: sister Kavitha Chandran, 8831 7702.
        Please refund the S$250 enrolment fee to my POSB savings 183-47219-6, account name Lee Hui Min. My baby was stillborn at 34 weeks and we won't be storing anything.
        Home visit booking: Sarah Abdullah, 22 Jalan Kechubong, Singapore 459402, gate code 4417, dog in the porch, please ring twice and don't park in front of the neighbour's gate.
        Cord tissue contract signed by Wong Jun Hao and Cheryl Teo, baby due Mar 2027; GIRO from OCBC 601-234567-001; she's anxious because their first son has thalassaemia major.
        LCB-2026-01133,Fatimah Zahra binti Ismail,890615-14-5526,+60 12-718 4093,fatimah.zahra89@gmail.com,PLAT21,ACTIVE
        2026-11-08T14:02:11+08:00 INFO portal.login user=kelly.ng.wk@hotmail.com ip=118.200.57.34 device=iPhone14 contract=LCB-2024-00977 result=success
        Deborah's ex-husband called asking whether the cord blood unit can be released to him; she has a PPO against him and sole custody of the baby. Do not disclose anything.
        Joanne and Marc Fernandez want a home water birth at Parc Meridian #14-07, 18 Pasir Ris Link; second baby, the first ended in a third-degree tear.
        Sales lead: Ms Amanda Yeo, 28 weeks, works at DBS Marina Bay, earns around S$9k a month so can do the upfront plan, prefers calls after 7pm on 9022 4187.
        WhatsApp from client: Hi doula, it's Hui Shan, baby born 03:12 this morning 2.9kg, both ok but I lost a lot of blood, transfused 2 units. Pls tell the cord bank.
        Photo IMG_4402.jpg shows Mrs Koh Bee Leng breastfeeding in her bedroom; she has asked that it be deleted from the doula's Instagram drafts immediately.
        Mr Hafiz bin Osman owes S$1,140 in missed instalments for his daughter's cord blood storage; his wife says they are separating and he refuses to pay. Next step: letter of demand.
        Class register, couple 7: Grace Liew and Daniel Soh. She has type 1 diabetes and needs a snack break at 10am; he uses a wheelchair, so book the ground-floor room.
        Mother: Aisha Rahman | FIN G7712345N | DOB 02/09/1994 | Nationality: Bangladeshi | Pass: Dependant Pass | Delivery hospital: Thomson Medical Centre
        Midwife visit note: baby Ethan Tay, born 11/11/2026, 3.21kg, tongue-tie noted and referred for frenotomy; mum Vanessa Tay has cracked nipples, using shields.
        Courier pickup tonight: Mrs Pereira's husband will meet the rider at the condo lobby in a grey Honda Vezel SMB 4217 K around 11pm.
        Hi, can you update my email to jasmine.kaur.1990@yahoo.com.sg and my address to 7 Hillside Drive #02-05, Singapore 548927? Thanks, Jasmine Kaur (LCB-2023-00218).
        Yvonne, our doula client in Bukit Timah, is HIV positive and on ART; cord blood collection is not advised, please raise it with the lab director privately.
        Call back +65 8456 2093 about the 36-month instalment; she wants to confirm the terms before her husband finds out how much it costs.
    """),
    "mixed": _lines("""
        Bidan, tolong check for my wife Siti Nur Aisyah, dia dah 39 minggu but baby still not turun. IC dia 950822-10-6134. Can datang rumah tomorrow morning?
        陈太太 delivered already at Gleneagles, boy 3.4kg. She say forgot to bring the cord blood kit, her husband 陈志伟 rushing home now to take. HP 9175 3308.
        Ah Ming's wife got pre-eclampsia, admitted to HKL since Monday, BP 160/110. He ask whether can postpone the instalment 2 months, can or not?
        Mdm Lakshmi a/p Subramaniam, 018-392 7741, home visit No. 14 Jalan DJ 3/2, Taman Desa Jaya, Kepong. Pls bring the jaundice meter, baby kuning since day 3.
        林太 don't want her in-laws to know she paying RM6,880 for cord tissue, pls send invoices only to her personal email linsweeping.82@gmail.com, not to the house.
        Boss, client Nur Izzati bt Kamal already 4 bulan tak bayar, total RM500. Her husband kena tangkap last month for drug case, she alone with baby now. How?
        Madam Ho 何秀英 from Ipoh called, her daughter in Melbourne giving birth in Jan, want to buy the kit and courier overseas. Her house no 05-254 8831.
        Reminder: bidan visit to Puan Zarina at Apartment Sri Melati, Blok C-12-3, Jalan Genting Kelang, Setapak. Dia baru discharge, bekas caesar agak bengkak.
        Husband Koh Wei Liang (S8812345Z) WhatsApp: my wife wan to cancel the contract because we divorcing, pls don't call her anymore, call me at 9688 1247.
        阿珍 the confinement nanny's client Mrs Rao — baby got G6PD deficiency, cannot use 黄连 or camphor, pls tell the nanny before she cook the herbal bath.
        Payment received from Muthu Kumar a/l Rajan via DuitNow 012-776 3049, RM450, ref birth pool deposit, pls issue receipt and WhatsApp him.
        Taiwanese mummy Huang Ya-Ting 黄雅婷, Taiwan ID F227193502, staying in Mont Kiara, expecting twins in April, want doula package plus cord blood for both babies.
    """),
    "ms": _lines("""
        Puan Rohana binti Yusof (No. KP 870403-03-5482) telah menandatangani kontrak simpanan darah tali pusat, ansuran RM125 sebulan melalui akaun Maybank 1571 2280 4419.
        Nota bidan: Cik Farah, 24 tahun, hamil anak pertama luar nikah dan minta dirahsiakan daripada keluarga. Lawatan di klinik sahaja, jangan telefon ke rumah.
        Sila hubungi Encik Azman di talian 019-455 2871 untuk mengesahkan alamat penghantaran kit: No. 8, Jalan Merbau 2, Taman Bukit Indah, 81200 Johor Bahru.
        Laporan lawatan: Puan Sharifah Nadia, tekanan darah 150/100, sakit kepala teruk, dirujuk ke Hospital Sultanah Aminah. Suami bekerja di luar negara.
        Pelanggan Nor Aini bt Hassan mengadu bidan lambat 2 jam; dia minta bayaran balik RM180 ke akaun CIMB 7012 4456 8832. E-mel: noraini.hassan@yahoo.com.
        Nama ibu: Wan Nur Syafiqah binti Wan Ismail; Tarikh lahir bayi: 02/12/2026; Berat: 2.45kg (pramatang 35 minggu); Alamat: Lot 1123, Kampung Pulau Melaka, 15050 Kota Bharu.
    """),
    "zh-Hans": _lines("""
        客户王丽娟，身份证号440305198806123429，在深圳预约脐带血储存，联系电话138 2654 7719，预产期2027年3月。
        陈先生来电说太太产后大出血住院，想把分期付款延后三个月，他说最近生意失败欠了不少钱。
        月嫂反映：林太（林美华）产后情绪低落，常哭，说不想活了，请助产士今天下午务必上门，地址：新加坡 Blk 211 Bishan St 23 #10-145。
        新加坡客户张伟，FIN G5123456T，邮箱 zhangwei.sg@163.com，合约 LCB-2026-00512，已付首期 S$1,200，余额分24期。
    """),
    "zh-Hant": _lines("""
        香港客戶何嘉欣小姐，身份證 K718204(A)，預產期2027年1月，在養和醫院分娩，想把臍帶血運到新加坡儲存，電話 6218 4093。
        台灣媽媽陳怡君，身分證字號 B226048175，住台中市西屯區，有妊娠糖尿病，要求陪產員全程陪同並協助哺乳。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Lotus Cord Bank Singapore. Be accurate about fees and instalment terms and never promise refunds without approval.",
        ),
        (
            "user",
            "Hi, I'm Melissa Chua, contract LCB-2025-00301, NRIC S9123456D. My husband just got retrenched. Can I switch from the 24-month to the 36-month instalment plan?",
        ),
        (
            "assistant",
            "I'm sorry to hear about your husband's job, Melissa. Switching from 24 to 36 months is allowed once during the contract. Your remaining balance is spread over the new term and there is no fee for the change. I'll pass your request to our billing team and they will confirm the new monthly amount by e-mail.",
        ),
        (
            "user",
            "Ok. Please send it to melissa.chua.sg@gmail.com, not my work email. And don't call my mobile 9733 5102 during office hours.",
        ),
        (
            "assistant",
            "Noted. Billing will reply only to melissa.chua.sg@gmail.com, and I've added a note that calls to 9733 5102 should be made after 6pm.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a birth plan? I'm Hannah Lim, 33, second baby. First was an emergency C-section at KKH for fetal distress. I want to try VBAC at Thomson Medical. GBS positive this time.",
        ),
        (
            "assistant",
            "Here's a draft. Birth plan: Hannah Lim, planned VBAC, Thomson Medical. 1. Medical background: previous emergency caesarean (fetal distress), GBS positive, IV antibiotics in labour. 2. Monitoring: continuous CTG accepted as recommended for VBAC. 3. Pain relief: open to epidural. 4. Cord: delayed clamping if baby is well; cord blood collection kit in bag. 5. If repeat caesarean needed: partner present, skin-to-skin in theatre if possible.",
        ),
        (
            "user",
            "Add that my husband Bryan must be told first if anything goes wrong, and I'm scared of needles, I fainted during my last epidural.",
        ),
        (
            "assistant",
            "Added: 6. Communication: if there is any complication, please speak to my husband Bryan first. 7. Needle anxiety: I fainted during my previous epidural. Please explain each procedure beforehand and let me lie down for cannulation.",
        ),
    ],
    [
        (
            "system",
            "Client record for the home-visit assistant. Name: Nadia binte Salleh. Address: Blk 672 Jurong West St 65 #11-318, Singapore 640672. Mobile: 8294 6031. Delivered 28/11/2026, SVD, 2nd-degree tear. Baby: girl, 3.05kg. Notes: history of depression, on sertraline.",
        ),
        (
            "user",
            "Summarise today's visit for the file: mum's stitches healing, BP 118/76, baby weight 3.12kg, feeding every 3 hours, mum says she's coping but sleeping 3 hours a night.",
        ),
        (
            "assistant",
            "Visit summary for Nadia binte Salleh, day 9 postpartum: perineal repair healing well, BP 118/76. Baby 3.12kg, back above birth weight, feeding 3-hourly. Mum reports coping but only about 3 hours of sleep a night; given her history of depression and sertraline use, repeat EPDS at next visit and confirm she has support at night.",
        ),
        ("user", "Ok, also add that her husband works nights at the airport so she's alone."),
        (
            "assistant",
            "Added: husband works night shifts at the airport, so mum is alone with the baby overnight. Suggest checking whether family can stay over and share the postnatal helpline numbers with her.",
        ),
    ],
    [
        (
            "user",
            "I'm a freelance doula. Write a polite WhatsApp reminder to my client Stephanie Wee. She still owes me S$1,200 balance for the doula package since October. Her number is 9017 3352.",
        ),
        (
            "assistant",
            "Hi Stephanie, hope you and baby are doing well! Just a gentle reminder that the S$1,200 balance for the birth doula package (due in October) is still outstanding. You can PayNow to my registered number or let me know if you'd like to split it into two payments. Thank you so much! 😊",
        ),
        (
            "user",
            "Make it a bit firmer, this is the third reminder and she keeps saying her husband controls the money.",
        ),
        (
            "assistant",
            "Hi Stephanie, this is my third reminder about the S$1,200 balance for your doula package, due since October. I understand things may be tight at home, but I need a payment date from you by this Friday. If splitting it helps, I can accept S$600 now and S$600 next month. Thank you.",
        ),
    ],
    [
        (
            "system",
            "You are an information assistant for a private cord blood bank in Singapore. You give general information and do not replace medical advice.",
        ),
        (
            "user",
            "My son Lucas Ong (4) was diagnosed with acute lymphoblastic leukaemia at NUH last month. We stored his cord blood with you, contract LCB-2022-00158. Can it be used for him?",
        ),
        (
            "assistant",
            "I'm very sorry about Lucas's diagnosis. For ALL, doctors usually prefer donor stem cells rather than the child's own cord blood, because the child's own cells may carry the same pre-leukaemic changes. His haematologist at NUH will decide. We can send the unit report for contract LCB-2022-00158 directly to the transplant team if you give us written consent.",
        ),
        (
            "user",
            "Yes please. His doctor's email is at NUH, I'll forward it. My wife Pei Shan is also pregnant again, due June. Should we store the new baby's cord blood for Lucas?",
        ),
        (
            "assistant",
            "A sibling's cord blood can be useful if it is an HLA match, so please tell Lucas's team about the pregnancy. Some banks offer directed sibling collection; we can prepare the paperwork for Pei Shan's delivery once the doctors confirm it would help.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me calculate ah? Cord blood package RM5,800, I pay RM1,500 first then balance 36 bulan. My name Kavitha a/p Ramasamy, IC 910507-08-5270. Husband say too expensive.",
        ),
        (
            "assistant",
            "Sure. RM5,800 minus RM1,500 leaves RM4,300. Over 36 months that is about RM119.44 a month, assuming 0% interest. If the plan charges interest or an admin fee, the monthly amount will be higher, so check the contract schedule.",
        ),
        (
            "user",
            "Ok. Actually I also got PTPTN loan still owing RM23k, and my salary only RM3,200. Can afford or not?",
        ),
        (
            "assistant",
            "RM119 a month is about 3.7% of a RM3,200 salary. Whether it's affordable depends on your other commitments, including the PTPTN repayment. Many parents also consider public donation, which is free. It may help to list your monthly expenses with your husband before signing.",
        ),
    ],
    [
        (
            "user",
            "我老婆 Tan Hui Ying just give birth at Sunway Medical yesterday, need 陪月 from 15 Dec, 28 days. Our address 31 Jalan SS2/24, Petaling Jaya. Budget around RM5k. Got any recommendation?",
        ),
        (
            "assistant",
            "Congratulations! For a 28-day 陪月 in PJ starting 15 Dec, RM5k is within the usual range for a live-in confinement nanny, though December is peak season so book quickly. Ask each agency about replacement policy, whether the nanny cooks 月子餐, and whether she has a medical check-up. Do you want a list of questions to ask them?",
        ),
        (
            "user",
            "Yes. Also my wife got thyroid problem, taking medicine, and she cannot take too much ginger because of her gastric.",
        ),
        (
            "assistant",
            "Questions to ask the agency: 1. Can the nanny adjust confinement meals for a mother with a thyroid condition and gastric problems, with less ginger and wine? 2. Will she follow the doctor's medication schedule? 3. What happens if the nanny leaves early? 4. Is her work permit and health check up to date? Also let the agency know Hui Ying's diet restrictions in writing before the start date.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu dokumentasi untuk bidan persendirian di Malaysia. Tulis laporan ringkas dan profesional.",
        ),
        (
            "user",
            "Saya bidan di Kuantan. Tolong tulis laporan lawatan untuk Puan Hidayah binti Razak, no tel 013-908 2264, alamat No. 45, Lorong Seri Kuantan 12, Taman Seri Kuantan. Hari ke-5 selepas bersalin, bayi kuning, ibu demam 38.2.",
        ),
        (
            "assistant",
            "Laporan Lawatan Selepas Bersalin. Nama ibu: Puan Hidayah binti Razak. Hari ke-5 selepas bersalin. Ibu: suhu 38.2°C, perlu pemeriksaan lanjut untuk jangkitan. Bayi: kelihatan kuning, disyorkan ujian bilirubin di klinik kesihatan hari ini. Tindakan: rujuk ke Hospital Tengku Ampuan Afzan jika demam berterusan.",
        ),
        (
            "user",
            "Tambah juga suami dia tiada, kerja offshore, dan dia tinggal dengan ibu mertua yang tak bagi dia pergi klinik.",
        ),
        (
            "assistant",
            "Ditambah: Suami bekerja offshore; ibu tinggal bersama ibu mertua yang tidak membenarkan beliau ke klinik. Perlu perbincangan dengan keluarga dan susulan rapat oleh bidan dalam 24 jam.",
        ),
    ],
    [
        (
            "user",
            "你好，我叫刘芳，身份证310104199003182626，现在在上海，明年4月要去新加坡生孩子。想在新加坡存脐带血，需要准备什么？我的微信号是 liufang_0318。",
        ),
        (
            "assistant",
            "您好，刘女士。在新加坡储存脐带血一般需要：1. 在分娩医院确认允许私人采集；2. 提前与储存机构签约并领取采集包；3. 提供护照和分娩医院信息。建议在孕32周前完成签约。",
        ),
        (
            "user",
            "我先生是新加坡PR，叫周建华，电话 +65 9188 6720。合约可以用他的名字签吗？我们的钱主要是他付的。",
        ),
        (
            "assistant",
            "一般可以由父亲作为合约签署人和付款人，但机构通常会要求母亲签署采集同意书。请周先生准备好身份文件，并确认分期付款的扣款账户在他名下。",
        ),
    ],
    [
        (
            "user",
            "我係黎太，全名黎詠詩，香港身份證 R552913(0)。想問你哋有冇陪產員可以喺養和陪我生？預產期係3月12號。",
        ),
        (
            "assistant",
            "黎太你好！可以安排陪產員於養和醫院陪產，但需要先確認醫院同產科醫生是否接受陪產員入產房。一般建議於懷孕28至32週預約面談，了解你嘅分娩計劃。",
        ),
        (
            "user",
            "我上一胎產後抑鬱好嚴重，食咗半年藥，今次好驚。我電話 9671 2384，可以搵個有經驗嘅陪產員打俾我嗎？",
        ),
        (
            "assistant",
            "明白，多謝你坦白講。我會將你嘅情況標示為優先，安排一位有產後情緒支援經驗嘅陪產員致電 9671 2384。另外都建議你同產科醫生提早傾產後跟進計劃。",
        ),
    ],
]
