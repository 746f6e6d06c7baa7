# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en268: SG/MY prosthetics, orthotics and mobility-aid suppliers (fittings, wheelchair rentals, subsidy applications, home delivery, repairs, clinic referrals). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en268
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Standard folding wheelchair (18-inch seat, steel frame) rental: S$45 per week, S$120 per month, refundable deposit S$150, delivery within Singapore S$35 one way.
        Lightweight aluminium wheelchair KY863LAJ-18, 12.5 kg, swing-away footrests: S$389 nett, or S$38.90 after Seniors' Mobility and Enabling Fund (SMF) 90% subsidy if eligible.
        Below-knee prosthesis, basic package (socket, pylon, SACH foot, 2 check fittings): RM6,800; with Ottobock Taleo carbon foot upgrade add RM4,200.
        Custom ankle-foot orthosis (AFO), polypropylene, includes casting and one review visit: S$680 per leg. Hinged AFO with dorsiflexion assist: S$920 per leg.
        Rollator with seat and basket, model R-7 Heron, 4 x 8-inch wheels, max user weight 136 kg: RM289 (promo until 31 Dec), usual price RM349.
        Repair labour: puncture repair S$15 per tyre, solid tyre replacement S$48 per pair incl. parts, brake adjustment S$20, on-site call-out (HDB/condo) S$40.
        Power wheelchair battery 24V 12Ah lithium (288 Wh, airline-friendly): S$520; lead-acid 24V 35Ah pair S$360; old battery collection free of charge.
        Commode chair with castors and padded seat, 4 lockable wheels: S$165. Shower chair with backrest, height adjustable 40-53 cm: S$58.
        Silicone liner (cushion, 3 mm, sizes 22-32): RM1,150 each; sleeve suspension RM420; prosthetic sock ply pack (1/3/5 ply x 6) RM95.
        Hospital bed rental, 3-function electric with side rails and mattress: S$180/month, minimum 3 months; installation and dismantling S$80 each way.
        Quad cane, small base, aluminium, height 71-94 cm: RM45. Forearm crutches (pair), adult: RM98. Axilla crutches (pair), wooden: RM70.
        Knee-ankle-foot orthosis (KAFO) with drop-lock knee joint: from S$2,850; final price depends on measurements, joint choice and number of review visits.
        Pressure-relief cushion (air cell, 4-inch, 18 x 18) S$298; gel foam cushion S$96; cover replacement S$35. All prices inclusive of 9% GST.
    """),
    ("en", "faq"): _lines("""
        Q: Can I rent a wheelchair for a family member being discharged next week? A: Yes. Call our hotline 6258 4410 by 4pm and we deliver the next working day.
        Q: Who approves the Seniors' Mobility and Enabling Fund? A: Applications go through a participating agency such as a hospital, polyclinic or AIC-appointed provider, not through us.
        Q: How long does a new below-knee prosthesis take? A: Usually 4 to 6 weeks from casting to final fitting, with 2 or 3 check socket sessions in between.
        Q: Do you service brands you did not sell? A: We repair Invacare, Sunrise Medical, Karma, Permobil and most Taiwan and China manual chairs. Older parts may take 2-3 weeks.
        Q: Can someone else collect the rental on the hirer's behalf? A: Yes, bring the rental agreement number and a signed authorisation letter from the hirer.
        Q: Is there SOCSO (PERKESO) support for prosthetic limbs? A: Insured persons with an approved claim may be referred to the PERKESO Rehabilitation Centre in Ayer Keroh, Melaka.
        Q: How often do paediatric AFOs need replacing? A: Most children are reviewed every 6 to 12 months, and a new pair is made when growth or fit requires it.
        Q: What payment modes do you accept? A: PayNow to UEN 201734512K, NETS, Visa/Mastercard, and cheques made payable to Stride Orthotics Pte Ltd.
        Q: Where is your fitting clinic? A: 62 Ubi Road 1, #05-11 Oxley Bizhub, Singapore 408734 (lift lobby B). Nearest MRT: Ubi on the Downtown Line.
        Q: Do you deliver to Johor Bahru? A: Yes, free for purchases above RM500 within JB and Iskandar Puteri; Kulai and Pontian add RM40. SG deliveries go through our SG branch.
        Q: How do I clean a silicone liner? A: Turn it inside out, wash daily with mild pH-neutral soap, rinse well and air-dry away from direct sun. Never use alcohol.
        Q: Can I bring a power wheelchair on a Scoot or AirAsia flight? A: Usually yes if each lithium battery is under 300 Wh; bring the spec sheet and inform the airline 48 hours ahead.
        Q: What does the Assistive Technology Fund cover? A: The SG Enable ATF supports persons with disabilities buying devices for work, school or independent living, subject to means testing.
    """),
    ("en", "delivery_log"): _lines("""
        2026-11-03 09:14:22 +08 DISPATCH ord=SO-26-11872 item=WC-STD-18 qty=1 van=VAN-03 zone=SG-EAST slot=10:00-13:00 status=LOADED
        2026-11-03 11:02:57 +08 DELIVERED ord=SO-26-11872 pod=signature_captured photo_id=pod_8f3c21ab dur_onsite=14m
        2026-11-03 11:40:05 +08 WARN ord=SO-26-11890 lift_not_working=true note='carry up 3 floors, surcharge S$20 approved by ops'
        2026-11-04 08:30:00 +08 CRON rental_reminder sent=37 failed=2 template=RENT_DUE_D3 channel=whatsapp_business
        2026-11-04 14:18:44 +08 PICKUP rma=RMA-2026-0412 item=PWC-MERITS-P326 reason=joystick_fault tech=TECH-07 bay=B2
        [jb-hub] 2026-11-05T10:05:11+08:00 INFO shipment J&T 630012845571 consigned: 2 cartons ortho soft goods, 7.4 kg, to Batu Pahat branch store
        [jb-hub] 2026-11-05T16:47:30+08:00 ERROR courier_api timeout after 30000 ms endpoint=/v2/track retry=3/5 awb=NJVMY0028831456
        2026-11-06 07:55:19 +08 ROUTE_OPT van=VAN-01 stops=9 est_km=84.6 first=Jurong West Polyclinic last=Sengkang General Hospital
        2026-11-06 12:31:02 +08 DELIVERED ord=SO-26-11935 site='Tan Tock Seng Hospital, Rehab Centre loading bay' receiver=ward_store
        2026-11-07 09:00:41 +08 STOCK_MOVE sku=AFO-PP-M-L from=WH-UBI to=CLINIC-NOVENA qty=4 ref=TRF-000781 user=svc_inventory
        2026-11-07 15:22:10 +08 RETURN rental=RA-2026-05521 item=HB-3F-02 condition=B cleaning=required deposit_action=refund_pending
        2026-11-08 10:10:10 +08 SMS_GATEWAY batch=notif_20261108 provider=twilio queued=54 delivered=51 undelivered=3 cost_usd=1.62
        2026-11-08 18:02:36 +08 EOD summary deliveries=21 pickups=8 repairs_onsite=5 failed_attempts=1 avg_lateness_min=6.2
    """),
    ("en", "config_and_code"): _lines("""
        RENTAL_RATES = {"WC-STD-18": {"week": 45, "month": 120}, "HB-3F-02": {"month": 180}, "ROLL-R7": {"week": 20, "month": 55}}
        smtp: {host: smtp.stride-ortho.example, port: 587, from: noreply@stride-ortho.example, reply_to: clinic@stride-ortho.example}
        def smf_subsidy(price: float, tier: str) -> float: return round(price * {"A": 0.9, "B": 0.75, "C": 0.5}.get(tier, 0.0), 2)
        CREATE TABLE rental_agreement (ra_no VARCHAR(16) PRIMARY KEY, sku VARCHAR(24), start_date DATE, end_date DATE, deposit_cents INT, client_id BIGINT);
        whatsapp_business: {phone_number_id: "104882913357120", display_number: "+65 8123 4410", template_namespace: "stride_ortho_v3"}
        if order.zone in ("SG-WEST", "SG-NORTH") and order.weight_kg > 60: order.crew_size = 2  # power chairs need two movers
        ORDER_NO_PATTERN = "^SO-[0-9]{2}-[0-9]{5}$"  # e.g. SO-26-11872, counter resets every 1 January
        GET /api/v2/rentals?status=overdue&branch=JB&page=2&per_page=50 -> 200 OK (38 items, 412 ms)
        invoice_footer: "Stride Orthotics Pte Ltd | UEN 201734512K | GST Reg No. 201734512K | 62 Ubi Road 1, #05-11 Oxley Bizhub, Singapore 408734"
        sku,description,uom,unit_price_sgd,gst_code,min_stock,supplier_code,last_cost_date  # header of products_master.csv, ERP export v4.12.3
        const FITTING_SLOT_MINUTES = { casting: 60, check_socket: 45, final_fit: 90, review: 30 }; // agreed with clinic lead 2026-09
        docker run -d --name booking-api -e TZ=Asia/Singapore -e DB_URL=postgres://app:changeme@db:5432/booking -p 8080:8080 stride/booking:2.8.1
        sha256(pwc_ctrl_fw_v1.4.7.bin) = 316a56c650fe91d2806e5b08cbe55b733bac7d79817d07ea16170b1a7c9034b6  verified OK
    """),
    ("en", "business_reviews"): _lines("""
        5 stars. Stride Orthotics at Ubi fixed the wheelchair puncture the same day. Fair price, no hard selling, and they tightened the brakes for free.
        4/5. Rented a hospital bed from them for 3 months, delivery was on time but the installation team came 40 min late. Pickup was smooth.
        Terrible experience with the Bukit Mertajam outlet. Ordered a rollator online, told 3 days, received after 2 weeks. Their line 04-538 7721 never answers.
        Good range of Karma and Invacare chairs to test at the Jalan Ipoh showroom. Parking is tight, come before 10am on Saturdays.
        The orthotist team at the Novena clinic is patient and explains every step. Insoles were ready in 10 days. Would recommend for flat feet.
        Price list on the website is outdated. The RM289 rollator is now RM349 in store. Please update, Ah Seng Mobility Supplies!
        Compared prices online first. Their quote was S$40 cheaper than the hospital retail pharmacy for the same commode chair, same brand.
        Replied within an hour on their business WhatsApp +60 12-338 7190. Walking frame delivered to Seremban the next morning. Terima kasih!
        Not bad lah. Repair took longer than promised because the part from Taiwan was delayed, but they lent a loaner chair free for the whole week.
        Owner's reply: Thank you for the feedback. We updated the online price list on 1 Nov 2026 and extended Saturday hours to 5pm. Management, Ah Seng Mobility Supplies
        Came in after hearing Paralympic champion Yip Pin Xiu speak about accessible sport. Staff measured seat width and depth carefully before suggesting a chair.
        1 star. Deposit refund took 6 weeks and I had to call 3 times. Rental agreement RA-2026-03317, still no explanation for the delay.
        Clean showroom near Kampung Baru, wheelchair-accessible toilet, and the ramp is actually usable, unlike many shops along Jalan Raja Muda Musa.
    """),
    ("ms", "notis_bantuan"): _lines("""
        NOTIS: Permohonan Bantuan Peralatan Tiruan melalui Pejabat Kebajikan Masyarakat Daerah perlu disertakan laporan pegawai perubatan kerajaan dan sebut harga pembekal.
        Pembekal berdaftar boleh mengemukakan sebut harga kerusi roda, kaki palsu dan alat sokongan dalam tempoh 14 hari bekerja dari tarikh surat rujukan hospital.
        Waktu operasi kaunter servis: Isnin hingga Jumaat 9.00 pagi - 6.00 petang, Sabtu 9.00 pagi - 1.00 petang. Tutup pada hari Ahad dan cuti umum.
        Makluman: Penghantaran kerusi roda ke Kota Bharu dan Kuala Terengganu ditangguhkan 2 hingga 4 hari kerana banjir. Kami mohon maaf atas kesulitan.
        Bayaran deposit sewaan katil hospital adalah RM300 dan akan dipulangkan dalam 7 hari bekerja selepas katil dipungut dalam keadaan baik.
        Pemegang Kad OKU yang sah layak menerima diskaun 10% untuk semua alat bantu pergerakan di cawangan Shah Alam dan Klang, tertakluk kepada terma.
        Untuk pertanyaan, hubungi talian khidmat pelanggan 03-7846 2290 atau e-mel khidmat@alatbantu-sejahtera.com.my (bukan untuk tuntutan PERKESO).
        Pusat Rehabilitasi PERKESO Tun Abdul Razak di Ayer Keroh, Melaka menyediakan perkhidmatan prostetik dan ortotik untuk orang berinsurans yang dirujuk.
        Syarikat: Alat Bantu Sejahtera Sdn. Bhd. (No. Pendaftaran 201901034562 (1342871-T)), Lot 12, Jalan Kemajuan 12/18, Seksyen 12, 46200 Petaling Jaya, Selangor.
        Peringatan: Bateri kerusi roda elektrik mesti dicas sekurang-kurangnya 8 jam sebelum penggunaan pertama. Jangan guna pengecas yang bukan asal.
        Klinik susulan ortotik cawangan Johor Bahru dibuka setiap Selasa dan Khamis mulai 8.30 pagi, mengikut temu janji sahaja. Sila bawa surat rujukan.
        Harga kaki palsu bawah lutut (asas) bermula RM6,800; bantuan tambahan boleh dimohon melalui lembaga zakat negeri atau badan bukan kerajaan yang berkaitan.
        Nombor invois INV-ABS-2026-004417 bertarikh 14/11/2026 telah dibatalkan dan digantikan dengan INV-ABS-2026-004452 kerana kesilapan kod SST.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, VAN-02 aircon rosak again. Today's Bedok and Tampines drops I move to VAN-01 ok? Pls confirm by 9am.
        TTSH rehab ward store called, they want the 2 demo rollators back by Fri. Siapa free tomorrow afternoon boleh pick up?
        Stock check: AFO-PP-M-L left 3 only, size S habis already. I raise PO to the Ottobock distributor today, ETA 10 working days.
        Reminder: all SMF claims for Nov must submit to the AIC portal before the 28th. Late one kena wait next cycle, boss very particular about this.
        JB hub update: J&T pickup 4pm, Ninja Van 5pm. Parcels for Melaka clinic jangan campur with the Penang ones, last time salah hantar.
        Anyone know the torque spec for the Karma KM-2512 rear axle nut? Manual say 25 Nm but workshop always use 30 hor.
        Quotation template updated to v7, now show GST 9% separately. Use the new one from /Sales/Templates/ on shared drive, old one don't use liao.
        Clinic Novena aircon servicing Sat 10am-12pm, fitting room 2 cannot use. Reschedule the casting slots to Mon pls.
        Boss say this month rental target 120 units. Now 97 only, push the hospital bed package bundle with commode, got 5% off.
        Loading bay at Changi General Hospital full again, driver wait 25 min. Next time go the Simei side entrance, faster lah.
        网上订单 SO-26-12044 want change delivery slot to afternoon, I already update system, 司机 take note ya.
        Power chair demo unit PWC-DEMO-03 battery can only last 6 km now, need replace before the mobility expo at Suntec next weekend.
        已经 submit sebut harga to JKM for the Kuantan case, ref JKM/PHG/BPT/2026/118, tunggu approval, usually 3-4 minggu.
    """),
    ("zh-Hans", "产品介绍"): _lines("""
        台湾康扬 Karma KM-8520 轻量轮椅，铝合金车架，净重仅 9.8 公斤，可折叠靠背，适合经常搭乘地铁和出租车的用户。售价 RM2,380。
        德国奥托博克 Ottobock 3R80 旋转液压膝关节，适合活动量较高的大腿截肢者，需由持证义肢师评估后配装，价格请向门店咨询。
        带轮助行架高度可调 78-95 厘米，承重 100 公斤，附带刹车和座椅，新加坡门市价 S$129，已含 9% 消费税。
        定制足部矫形鞋垫：3D 扫描取模，EVA 与碳纤维两种材质可选，制作周期约 7-10 个工作日，吉隆坡及新山门店均可预约。
        电动轮椅锂电池 24V 12Ah，单颗 288Wh，符合多数航空公司随身携带规定，附原厂检测报告与 MSDS 文件，新加坡售价 S$520，保修一年。
        护理床出租：三摇电动款，含床垫及护栏，月租 RM450，起租三个月，押金 RM300，槟城、怡保、吉隆坡地区免运费，其他地区运费另议。
        门店地址：吉隆坡 Jalan Klang Lama 第 3 英里 No. 21，靠近 Mid Valley，营业时间周一至周六 9:30-18:00，咨询热线 03-7981 5520。
        本公司为 SG Enable 合作供应商，可协助符合条件的客户申请辅助科技基金（ATF）及乐龄行动辅助基金（SMF），具体资格以官方审核结果为准。
        膝踝足矫形器（KAFO）适用于小儿麻痹后遗症、脊髓损伤等下肢无力情况，需医生转介单，首次评估费 S$80，定制周期约三至四周。
        产品编号 CUSH-AIR-1818，气囊减压坐垫，18×18 英寸，高度 10 厘米，有助降低压疮风险，附打气泵与修补包。
        轮椅维修服务：更换内胎 S$15，实心轮胎一对 S$48，刹车调整 S$20，上门服务费 S$40，更换零件保修 90 天。
        国产轮椅品牌配件也可订购，一般从广州仓发货，到新加坡约 10-14 天，到马来西亚约 7-10 天，清关费用另计，订单号以 CN-PO 开头。
        官方微信公众号「行动无碍辅具」每周二推送护理知识，客服邮箱 service@xingdong-aid.example，工作日 24 小时内回复。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient: Mr Muthusamy Ravichandran, 67, right transtibial amputee (diabetic), NRIC S7634218J, casting booked 12 Nov 2026 10:30am at Novena clinic.
        Deliver rollator to Mdm Koh Bee Lian, Blk 412 Bedok North Ave 2, #08-1157, Singapore 460412. Call her son Darren at 9187 4402 before arriving.
        Wheelchair rental RA-2026-05540 hirer Nurul Ain binte Kamarudin, NRIC T0458127F, deposit S$150 paid by PayNow from mobile 8836 2019.
        Cheong Wai Keat still owes us S$1,480 for the power chair repair since August; he said he lost his job and asked to pay S$100 a month.
        Pls note Mrs Lakshmi Pillai's daughter is 5 months pregnant and cannot lift the commode, so the crew must carry it up to the 3rd floor.
        Email from aaron.tay.wh82@gmail.com asking for a quote on a second-hand stair climber for his mother, replied 14:05.
        SMF application: applicant Lim Ah Huat, 81, household per capita income S$620, lives alone in a rental flat at Blk 23 Jalan Tenteram #05-212.
        Just the number for the pickup tomorrow: 9724 6613 (the son, not the patient). Don't call the landline, the old man is hard of hearing.
        Hi, this is Jason Lau's wife. He came home from Changi General after the amputation and is very depressed, can your prosthetist visit him at home?
        10442,Tan Mei Ling,S8826413D,+65 9021 5573,Hinged AFO (L),2026-10-18,paid
        Invoice to: Mr Harjit Singh s/o Gurbachan Singh, 17 Jalan Chempedak, Singapore 598641. Item: Pro-Flex LP foot S$7,950, balance S$3,950 outstanding.
        Home visit note: Mdm Fatimah Bte Osman has a stage 3 pressure sore on the sacrum; her husband is bedbound after a stroke and the maid handles transfers.
        Driver reported the client's son's car SKQ4821H blocked our van at the Jurong West Blk 686 loading bay for 40 minutes again.
        Refund of deposit S$300 to DBS account 027-918452-3 (account name Goh Siew Hwa) approved by finance on 21/11/2026.
        Mr Zulkifli Abdul Hamid's ATF application was rejected because his salary of S$4,800 is above the income cap; he wants to appeal.
        Photo attached IMG_20261109_1432.jpg shows Mr Ong Kah Seng's stump wound where the socket rubbed, please advise whether to stop the fitting.
        Referral: Pt Priya d/o Ramasamy, DOB 14/03/1958, cerebral palsy with spastic diplegia, needs bilateral AFOs. Referred from Jurong Polyclinic.
        Hey can you send the quotation to my personal email kelvin.ng.1990@hotmail.com instead? Company email blocks attachments. Thanks, Kelvin Ng
        Note for crew: at 8 Lorong 24 Geylang #03-02, Mr Seah Boon Kiat has two aggressive dogs, ring his mobile 8452 0917 from the gate first.
        Customer FIN G5170384M called about the mobility scooter warranty; system shows purchase on 03/05/2025 under home number 6781 2240.
        Arrears list Q4: Ramli Bin Yusof S$640 (bed rental 4 months), Chew Lay Peng S$210 (rollator), Anand Krishnan S$95 (late return fee).
        Mr Benjamin Teo Wei Liang was arrested last month and his wife asked us to collect the rented wheelchair early and refund the unused weeks.
    """),
    "mixed": _lines("""
        Eh the Pasir Ris uncle, Lee Boon Chye, call again say his kaki palsu very pain at the knee, can squeeze him in Thursday? HP 9635 1208.
        陈先生 (Tan Kok Leong) 的轮椅 rental 已经 overdue 3 weeks, phone 9312 7781 tak angkat, maybe send surat to his Hougang flat?
        Puan Rosnah binti Ismail punya claim PERKESO for the above-knee prosthesis, IC 780412-14-5523, dia nak tahu bila boleh fitting.
        林太 said her husband 中风 after the fall, now wheelchair-bound, she wants the bed by Sat. Address: 15 Jalan Bukit Ho Swee #07-330.
        阿明 from Batu Pahat WhatsApp +60 17-705 4418 asking cheaper crutches, dia baru keluar hospital after motor accident, no money pay full.
        Driver note: Uncle Raju (Rajendran a/l Subramaniam) tinggal sorang, diabetes teruk, both legs amputated, spare key with neighbour #10-14.
        Pls update 黄小姐 Wong Pei Shan email to peishan.wong88@yahoo.com.sg, her old one bounce. She's the one with the scoliosis brace.
        Madam Chua Geok Lan paid cash RM1,200 for the walker and commode, tapi her son Chua Jun Hao call say mak dia dementia, want refund.
        Boss, Encik Hafiz Rahman punya Axia JRT 7762 parked at our JB loading bay since morning, dia tunggu MRI result at the hospital.
        IC 850923-10-6148 punya customer, the one with lupus, still not collect her wheelchair cushion, I already call 3 times liao.
    """),
    "ms": _lines("""
        Pelanggan: Encik Mohd Fadzli bin Abdullah, No. KP 920117-07-5331, alamat No. 24, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang.
        Puan Noraini binti Hassan memaklumkan anaknya Aiman, 9 tahun, disahkan distrofi otot dan perlu kerusi roda khas sebelum sesi persekolahan baru.
        Sila hubungi waris pesakit, Cik Farah Nadia Azhar, di talian 012-447 9031 untuk sahkan tarikh penghantaran katil hospital ke rumahnya di Kajang.
        Bayaran balik deposit RM300 dimasukkan ke akaun Maybank 1140 2278 6531 atas nama Zainab binti Yusoff pada 18/11/2026.
        Encik Kamal Ariffin masih berhutang RM2,150 untuk kaki palsu; dia minta tangguh kerana baru bercerai dan perlu bayar nafkah anak.
        Borang bantuan: Nama pemohon Lim Siew Ling, No. Kad OKU 2019-884213, diagnosis strok hemiplegia kanan, pendapatan isi rumah RM1,850 sebulan.
        E-mel pelanggan untuk invois: haslinda.rahim77@gmail.com, dia mahu salinan resit untuk tuntutan insurans selepas pembedahan lutut.
        Pemandu lapor: Pakcik Osman Jaafar di Felda Jengka 8, rumah No. 117, tidak dapat turun tangga selepas amputasi, perlu dua orang angkat kerusi roda.
    """),
    "zh-Hans": _lines("""
        客户王建国，身份证号 440306198507123417，深圳南山区人，定制的大腿假肢要寄到新加坡亲戚家，请再确认收件地址。
        刘女士的母亲下周出院，需要租护理床和轮椅，联系电话 138 2745 9016，住址：广州市天河区龙口西路 88 号 5 栋 1203 房。
        张伟明先生因糖尿病足截肢，欠款 RM3,400 尚未结清，他女儿说家里正在卖房还债，请暂缓催收。
        黄丽萍 邮箱 huangliping_1983@163.com，订购碳纤维踝足矫形器一副，要求开具公司抬头发票报销。
        陈先生来电投诉师傅上门修轮椅时打碎了他家门口的花盆，要求赔偿 S$80，他的电话 9173 6628，住在大巴窑。
        会员资料：姓名 郑晓燕，手机 +86 159 0218 3347，微信号 zxy_rehab1991，购买记录：电动代步车 1 台，分期付款剩余 6 期。
    """),
    "zh-Hant": _lines("""
        客戶何詠詩，香港身份證 K482915(8)，住九龍觀塘協和街 101 號 12 樓 C 室，訂購電動輪椅一部，需要送貨上樓。
        陳國輝先生，身分證字號 F128390549，脊髓損傷下肢癱瘓，申請輔具補助購買站立架，聯絡電話 0912-348-765。
        黃太話佢老公上個月中風，而家要坐輪椅，想租一部兩個月，電話 6187 2054，住沙田禾輋邨豐和樓。
        林美華小姐（澳門居民身份證 5/215837/3）懷孕七個月，腳踝水腫，訂購壓力襪及助行器，送貨到氹仔住所。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Stride Orthotics Pte Ltd, a prosthetics and orthotics clinic in Singapore. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I need to book a below-knee prosthesis review for my dad, Mr Gopal Naidu, NRIC S6902571D. His socket became loose after he lost weight on dialysis. Any slot next week?",
        ),
        (
            "assistant",
            "Sorry to hear the socket is loose; weight loss on dialysis often changes limb volume. We have Tuesday 10:30am or Thursday 2:00pm at our Ubi clinic. Which suits him, and what number should we call?",
        ),
        ("user", "Thursday 2pm. Please call me, his daughter Kavitha, at 9456 1180."),
        (
            "assistant",
            "Booked: Mr Gopal Naidu, Thursday 2:00pm, socket review. We will call Kavitha at 9456 1180 the day before. Please bring his current liner and socks.",
        ),
    ],
    [
        (
            "user",
            "Can you help me draft a short cover note for an SMF application? It's for my mother, Mdm Yeo Ah Moi, 79, Blk 105 Towner Road #09-318. She needs a motorised scooter after her hip fracture in September.",
        ),
        (
            "assistant",
            "Here is a draft: To the SMF assessing officer, I am writing on behalf of my mother, Mdm Yeo Ah Moi, 79, residing at Blk 105 Towner Road #09-318. Following a hip fracture in September 2026 she can no longer walk distances and requires a motorised scooter to attend follow-ups. The therapist's assessment is attached. Thank you.",
        ),
        (
            "user",
            "Great, add that her monthly household income per person is about S$700 and she lives with me only.",
        ),
        (
            "assistant",
            "Added: Our household per capita income is approximately S$700 a month, and my mother lives with me as her sole caregiver. Remember to attach the income documents the agency asks for.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya syarikat Alat Bantu Sejahtera Sdn. Bhd. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak mohon bantuan kerusi roda dari JKM untuk suami saya, Azman bin Said, IC 010305-01-2284. Dia lumpuh separuh badan lepas kemalangan motosikal bulan lepas.",
        ),
        (
            "assistant",
            "Maaf mendengar tentang kemalangan suami puan. Langkah pertama ialah dapatkan laporan pegawai perubatan hospital kerajaan, kemudian hantar borang ke Pejabat Kebajikan Masyarakat Daerah bersama sebut harga. Kami boleh sediakan sebut harga kerusi roda.",
        ),
        (
            "user",
            "Ok, tolong hantar sebut harga ke e-mel saya, rohaya.azman@gmail.com. Kami tinggal di Kluang.",
        ),
        (
            "assistant",
            "Baik, sebut harga untuk kerusi roda ringan dan kusyen akan dihantar ke rohaya.azman@gmail.com dalam masa satu hari bekerja, dengan nama pesakit Azman bin Said.",
        ),
    ],
    [
        (
            "system",
            "你是辅具公司的客服助理。客户资料：周志强，男，58 岁，手机 136 5120 8874，左小腿截肢，2025 年装配假肢，尚欠尾款 RM1,600。",
        ),
        ("user", "帮我写一条微信提醒这位客户付尾款，语气客气一点。"),
        (
            "assistant",
            "周先生您好，感谢您一直以来的信任。您 2025 年装配的小腿假肢尚有尾款 RM1,600 未结清，方便时请安排付款，如有困难可联系我们商量分期。祝您身体健康！",
        ),
    ],
    [
        (
            "system",
            "You help the rentals desk of a Malaysian mobility-aid supplier write polite WhatsApp reminders.",
        ),
        (
            "user",
            "Overdue list: Siva Kumar a/l Muniandy, 016-338 2741, wheelchair, 3 weeks; Ng Soo Lin, 012-905 6617, hospital bed, 5 weeks. Write reminders for both.",
        ),
        (
            "assistant",
            "1) Hi Mr Siva Kumar, this is a reminder that the wheelchair rental is 3 weeks overdue. Please reply to arrange extension or pickup. 2) Hi Ms Ng Soo Lin, the hospital bed rental is now 5 weeks overdue. Kindly contact us to settle or schedule collection. Thank you!",
        ),
        (
            "user",
            "Ms Ng told us before her father passed away last week, so make hers gentler pls.",
        ),
        (
            "assistant",
            "Dear Ms Ng Soo Lin, we are very sorry for the loss of your father. Whenever you are ready, let us know a convenient time to collect the hospital bed. No rush, and the late charges will be waived.",
        ),
    ],
    [
        (
            "user",
            "Help me write WhatsApp to customer lah. Mr Sim Boon Keng, 9027 3365, his power chair joystick spoil, repair quote S$380, can collect Sat.",
        ),
        (
            "assistant",
            "Hi Mr Sim Boon Keng, good news: the joystick repair for your power chair is quoted at S$380 including parts and labour. If you agree, we can collect the chair this Saturday. Please reply to confirm. Thank you!",
        ),
        ("user", "Also tell him his old balance S$120 from last time still not paid ah."),
        (
            "assistant",
            "Added: Also a gentle reminder that there is an outstanding balance of S$120 from the previous repair. You may pay both together on collection. Thank you, Mr Sim!",
        ),
    ],
    [
        ("system", "你是台灣輔具租售公司的線上客服，請用繁體中文回答。"),
        (
            "user",
            "我爸爸吳文雄，身分證字號 B104762530，今年七十五歲，有帕金森氏症，想申請輔具補助買電動床，要怎麼做？",
        ),
        (
            "assistant",
            "了解吳先生的狀況。一般需先到縣市輔具資源中心評估，取得評估報告後向公所申請補助，再向廠商購買。請勿在對話中提供身分證號碼，申請時再填寫即可。",
        ),
        ("user", "好，那可以先幫我留資料嗎？我的電話 0933-516-208，住台中市北屯區。"),
        (
            "assistant",
            "已記錄：聯絡人電話 0933-516-208，台中市北屯區，病患吳文雄先生，需求電動床。專人會在兩個工作天內與您聯絡。",
        ),
    ],
    [
        (
            "system",
            "Internal ops assistant. Delivery record RA-2026-05521: client Mdm Jessie Chan Swee Lan, 23 Sunset Way #04-07, Singapore 597158, tel 6466 0913, item HB-3F-02 hospital bed.",
        ),
        ("user", "Driver asking where to collect the bed for RA-2026-05521, send him the details."),
        (
            "assistant",
            "Collection for RA-2026-05521: Mdm Jessie Chan Swee Lan, 23 Sunset Way #04-07, Singapore 597158. Call 6466 0913 before arriving. Item: HB-3F-02 hospital bed with mattress and side rails.",
        ),
    ],
    [
        (
            "user",
            "I want to complain. Your technician scratched my car, plate SJB 3318 E, while loading my wife's wheelchair at our condo yesterday.",
        ),
        (
            "assistant",
            "I'm sorry about this. To open a claim, please share photos of the damage, the date and time, and the order or repair number if you have it.",
        ),
        (
            "user",
            "Repair RMA-2026-0430. Photos sent to your email from daniel.koh.sg@outlook.com. My wife Michelle has MS and we need that chair daily, so don't take long.",
        ),
        (
            "assistant",
            "Thank you, Mr Koh. I have noted RMA-2026-0430, vehicle SJB 3318 E, and that the photos were sent from daniel.koh.sg@outlook.com. The case will be escalated today so Michelle's chair is not affected.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a prosthetics supplier in Johor Bahru. Reply in the customer's language.",
        ),
        (
            "user",
            "Hi, saya Tan Ah Kow, IC 631108-01-5527, kerja kilang di Pasir Gudang. Tangan kanan putus dalam kemalangan di tempat kerja. PERKESO cover tak tangan palsu?",
        ),
        (
            "assistant",
            "Maaf atas kemalangan encik. Jika kemalangan berlaku semasa bekerja dan tuntutan faedah bencana kerja diluluskan, PERKESO boleh merujuk encik untuk rawatan dan peralatan prostetik. Sila dapatkan borang laporan kemalangan daripada majikan.",
        ),
        ("user", "Majikan saya tak mahu isi borang. Apa saya boleh buat?"),
        (
            "assistant",
            "Encik boleh pergi sendiri ke pejabat PERKESO terdekat di Johor Bahru dengan laporan hospital dan kad pengenalan untuk membuat laporan. Kami juga boleh beri sebut harga tangan palsu sebagai rujukan.",
        ),
    ],
]
