# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en256: SG/MY opticians and optometry shops (eye tests, spectacle and contact lens orders, myopia control for children, frame warranties, lens recalls, optometrist rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en256
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices"): _lines("""
        ClearSight Optical Bugis Junction #02-41 will close at 6pm on 14 Dec for Stellest fitting training; spectacle collections move to our Raffles City #B1-62 counter.
        Eye tests by appointment only on Sundays. Walk-ins welcome Mon-Sat 11am-8pm. Call 6338 4120 or WhatsApp our shop line +65 8123 4561 to book a slot.
        Lens recall notice: batch LT-2411-087 of our 1.67 blue-cut lenses may show coating haze. Bring your spectacles and receipt to any outlet for a free replacement by 31 Jan 2027.
        Frames bought on or after 1 Oct carry a 12-month manufacturer warranty against joint and hinge defects; scratches, lost screws from rough handling and pet bites are not covered.
        Kids' myopia control corner now open at Tampines 1 #03-18: axial length measurement with the Zeiss IOLMaster 700, free for children aged 6-12 with any 2-pair purchase.
        Contact lens orders placed before 3pm ship the same day via Ninja Van; a tracking number such as NVSGCLR0048172 is sent by SMS from our sender ID CLRSIGHT.
        Please do not leave spectacles on the counter. ClearSight Optical is not liable for items left uncollected more than 90 days after the date printed on your job card.
        Hari Raya opening hours: Mid Valley Megamall outlet LG-021 closed 30-31 Mar; Sunway Pyramid outlet open 12pm-6pm. Enquiries 03-2282 6610 (office hours).
        Free eye screening for seniors aged 60 and above at Toa Payoh Hub Atrium, 18-19 Jan, 10am-4pm, run by practitioners registered with the Optometrists and Opticians Board.
        Dilated eye exams: please arrange transport home as your vision may be blurry for 4-6 hours. Disposable sunglasses are provided. Slots at 10:30am and 2:30pm only.
        Our Gurney Plaza branch (Lot 170-03-15, 10250 George Town, Penang) moves to Lot 170-G-22 from 2 Feb; same phone 04-226 7788 and same WhatsApp +60 12-488 7788.
        Price match: show us a printed quotation from any licensed optician in Singapore for the same Hoya or Essilor lens and we will match it, excluding online-only sellers.
        Lost your job card? We can retrieve the order with the job number (e.g. JC-2026-118406) printed on your SMS receipt, or search by order date and outlet code.
    """),
    ("en", "myopia_control_faq"): _lines("""
        Q: What is atropine 0.01%? A: A low-dose eye drop studied in the ATOM2 trial at the Singapore Eye Research Institute, used nightly to slow myopia progression in children.
        Q: Is Hoya MiyoSmart suitable for a 7-year-old? A: DIMS lenses are generally fitted from age 6; the optometrist checks refraction, axial length and binocular vision first.
        Q: How often should axial length be measured? A: We recommend every 6 months; growth above 0.2 mm per half-year usually prompts a review of the control method.
        Q: Ortho-K or MiSight? A: Ortho-K lenses are worn overnight and removed in the morning; CooperVision MiSight 1 day is a daily soft lens worn in the day. Both need strict hygiene.
        Q: Does outdoor time really help? A: The Health Promotion Board advises at least 2 hours outdoors daily, and the 20-20-20 rule helps during homework and screen use.
        Q: Can Stellest lenses go into any frame? A: Essilor Stellest needs a minimum B-size of 28 mm and correct centration, so very small or rimless kids' frames are not accepted.
        Q: Is myopia control claimable under MediSave? A: Generally no. Spectacle and contact lenses are not MediSave-claimable; some company insurance plans reimburse up to S$200 a year.
        Q: What if an ortho-k lens is lost? A: A single replacement lens costs S$380 within the first 12 months under our Lens Care Plan, versus S$560 without the plan.
        Q: At what age does myopia stabilise? A: For most children it slows in the late teens, but high myopes above -6.00D should continue yearly retinal checks as adults.
        Q: Why are eye drops used before the test? A: Cyclopentolate 1% relaxes focusing so the refraction is not over-minused; the effect usually wears off within 6-24 hours.
        Q: Is Zeiss MyoCare available in Malaysia? A: Yes, through Carl Zeiss Vision partners; lead time is about 10 working days from the Kuala Lumpur lab after order confirmation.
        Q: Headaches with new DIMS lenses, is that normal? A: Mild adaptation for 1-2 weeks is common; if it lasts longer, book a free re-check within 30 days of collection.
        Q: Does school screening replace a full eye test? A: No. School vision screening checks visual acuity only; a full exam includes cycloplegic refraction and an eye health check.
    """),
    ("en", "price_list"): _lines("""
        Single vision 1.56 HMC S$88 | 1.60 blue-cut S$168 | 1.67 thin S$268 | 1.74 ultra-thin S$438 (prices per pair, fitting and cleaning kit included)
        Hoya MiyoSmart kids' myopia control lens, pair: S$598 (includes 6-monthly axial length review for 1 year, frame sold separately)
        Essilor Varilux XR Series progressive 1.60, pair: RM2,380; Varilux Comfort Max 1.50: RM1,590; first-time progressive adaptation guarantee 60 days
        Acuvue Oasys 1-Day 90 pack S$95, buy 4 boxes get 1 free; Dailies Total1 90 pack S$118; Biofinity monthly 6 pack S$72; toric add S$12 per box
        Comprehensive eye exam (refraction, tonometry, fundus photo) S$38, waived with spectacle purchase above S$250; contact lens fitting S$45
        Ray-Ban RB2140 Wayfarer Original 50mm black SGD 229 | Ray-Ban RB3025 Aviator Classic gold/green SGD 249 | Oakley Holbrook OO9102 SGD 259
        Ortho-K package (trial lens, 1 pair custom lenses, 4 follow-ups over 6 months, care kit): RM3,200; replacement lens per eye RM950
        Frame repair: nose pad replacement RM10, screw tightening free, hinge soldering for titanium RM80, ultrasonic cleaning free for all walk-ins
        Lindberg Spirit Titanium 2198 rimless from S$880; Moscot Lemtosh 46 tortoise S$455; Tom Ford FT5634-B Blue Block S$520, lenses extra
        Photochromic add-on Transitions Gen S +S$150 per pair; polarised sun lenses Rx -6.00 to +4.00 S$190 per pair; mirror coating +S$60
        Kids' frame bundle (Miraflex or Nano Vista with 1.56 lenses) S$139; add blue-cut +S$30; spare frame at 50% off on the same receipt
        Seniors and Pioneer Generation cardholders: 10% off frames and lenses on presentation of a valid card; not stackable, excludes contact lenses
        Causeway Bay shop price list: 1.60 single vision HK$880; 1.67 progressive HK$3,980; contact lens fitting HK$300; eye exam free with purchase
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-12-03T10:14:22+08:00 INFO pos.order created order_id=SO-BGS-0091823 outlet=BGS items=2 total_sgd=468.00 payment=NETS status=DEPOSIT
        2026-12-03T10:15:09+08:00 INFO lab.push job=JC-2026-118406 lens=HOYA-MS-159 index=1.59 coating=HVLL lab=HOYA-SG eta=2026-12-10
        2026-12-03T11:02:47+08:00 WARN inventory.low sku=ACU-OAS1D-90-M300 store=TMP qty_on_hand=3 reorder_point=10 supplier=JNJ-VISION-SG
        2026-12-03T11:30:00+08:00 INFO cron.recall_check batch=LT-2411-087 matched_jobs=142 notified=0 mode=dry_run elapsed_ms=812
        2026-12-03T12:01:15+08:00 ERROR payment.gateway txn=TXN8830012547 provider=Adyen code=refused_51 retry=1 terminal=BGS-T02
        [2026-12-03 14:22:08] roster.publish week=2026-W50 outlets=7 shifts=84 unfilled=3 published_by=svc-roster version=v2.4.1
        2026-12-03 15:40:51 MYT sync.ok branch=MVM-KL invoices=57 last_invoice=INV-MY-2026-004418 sst=8% upload=LHDN-MyInvois
        2026-12-03T16:05:33+08:00 DEBUG tonometer.import device=Topcon-CT-1P serial=TPC8817264 records=12 checksum=sha256:4f9c2e1a7b63d0e5
        2026-12-03T17:12:44+08:00 INFO warranty.claim claim_id=WC-000734 sku=RB-RB5154-2000-51 defect=hinge_crack decision=approved replacement=true
        2026-12-03T18:20:10+08:00 INFO sms.send template=READY_FOR_COLLECTION job=JC-2026-118377 sender=CLRSIGHT status=queued cost_sgd=0.045
        2026-12-03T19:03:27+08:00 WARN appointment.no_show slot=2026-12-03T18:30 room=EX2 outlet=TMP auto_release=true waitlist_offered=1
        2026-12-03T20:45:00+08:00 INFO eod.close outlet=RFC cash_sgd=1240.50 nets_sgd=3388.00 card_sgd=6102.40 variance=0.00 z_report=Z-20261203-RFC
        2026-12-04T02:00:01+08:00 INFO backup.done db=opticare_prod size_mb=2318 dest=s3://clearsight-backup-sg/2026/12/04/ duration_s=412
    """),
    ("en", "config_and_code"): _lines("""
        RECALL_BATCHES = ["LT-2411-087", "LT-2411-091"]  # 1.67 blue-cut coating haze, supplier ref QA-2026-33
        def axial_growth(prev_mm: float, curr_mm: float, months: int) -> float: return round((curr_mm - prev_mm) * 6 / months, 3)
        sms_sender_id: CLRSIGHT  # registered with the SGNIC SMS Sender ID Registry, do not change without compliance sign-off
        outlets = {"BGS": "Bugis Junction #02-41", "RFC": "Raffles City #B1-62", "TMP": "Tampines 1 #03-18", "MVM": "Mid Valley LG-021"}
        SELECT job_no, lens_sku, status FROM lab_jobs WHERE status = 'AT_LAB' AND eta < CURRENT_DATE - INTERVAL '3 days' ORDER BY eta;
        WARRANTY_MONTHS = {"frame": 12, "lens_coating": 6, "ortho_k": 3}  # ortho-k covers manufacturing defects only
        SUPPORT_EMAIL = "help@clearsight-optical.example"  # shared shop inbox, monitored 9am-6pm SGT on weekdays
        job_no,outlet,order_date,lens_sku,frame_sku,od_sph,od_cyl,od_axis,os_sph,os_cyl,os_axis,pd_mm,status
        0 2 * * * /opt/opticare/bin/recall_check --batch-file /etc/opticare/recalls.yaml --notify=false --log-level=info
        LENS_INDEX_PRICE_SGD = {1.56: 88, 1.60: 168, 1.67: 268, 1.74: 438}  # per pair, list price Dec 2026
        if rx.sph <= -6.00 and patient_age >= 40: flags.append("retinal_check_recommended")  # see clinical SOP 4.2
        [myinvois] seller_tin = C20881234560 ; sst_no = W10-2301-32000123 ; environment = sandbox ; api_version = 1.1
        docker run -d --name roster-api -p 8080:8080 -e TZ=Asia/Singapore ghcr.io/clearsight/roster-api:2.4.1
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Bugis team, Hoya lab say the MiyoSmart jobs from Monday delayed 2 days lah, pls update customers with SMS template DELAY_2D, don't call one by one.
        Tampines short one optom this Sat, anyone from Raffles City can cover 11am-8pm? OT rate as per HR circular 2026/14 ok.
        Reminder: recall batch LT-2411-087, check the job card before handing over. If lens code match, hold it and replace, no need to ask boss.
        今天Mid Valley的auto-refractor又hang了, already called Topcon service line 03-7958 2100, technician coming tomorrow 10am.
        Stock check: Acuvue Oasys -3.00 tinggal 2 box only, Biofinity toric -2.75/-0.75x180 habis. PO already sent to supplier this morning.
        Pls remember to wipe the trial frames with alcohol swab after every customer, the OOB inspection is coming on 18 Dec.
        Roster W51 published in the app, check your own shift. Swaps must be approved by the area manager before Thursday 6pm.
        Ray-Ban promo 2nd pair 50% ends this Sunday ok? Jangan lupa tukar the price tags tonight before closing, all outlets.
        The new Essilor Stellest poster sampai already, put at kids corner beside the VA chart, not at the entrance ya.
        Anyone got the SOP for dilated exam? Customers keep asking if can drive after, answer is NO, pls give the printed handout v3.
        收银机 Z-report 昨晚 variance RM12.40, pls recount float at opening, then update the Google Sheet tab EOD Dec.
        Ortho-K trial lenses sudah expire 2 sets, dispose according to SOP and log in the inventory app under write-off.
        CNY roster draft out: 29 Jan to 2 Feb, at least 1 optom + 1 optician per outlet, leave requests close 20 Dec.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Cawangan Optik Cahaya Mata di Jalan Tuanku Abdul Rahman, Kuala Lumpur akan ditutup pada 1 Syawal dan dibuka semula pada 3 Syawal pukul 10 pagi.
        Pemeriksaan mata percuma untuk warga emas 60 tahun ke atas setiap Selasa, 10 pagi hingga 1 petang. Sila bawa cermin mata lama anda bersama.
        Kanta sentuh berwarna mesti dibeli dengan preskripsi daripada optometris berdaftar dengan Majlis Optik Malaysia. Jualan tanpa pemeriksaan dilarang.
        Waranti bingkai 12 bulan hanya untuk kecacatan pembuatan. Kerosakan akibat terjatuh, terduduk atau digigit haiwan peliharaan tidak dilindungi.
        Pengumuman penarikan balik: kanta 1.67 kelompok LT-2411-087 boleh ditukar percuma di semua cawangan sehingga 31 Januari 2027. Sila bawa resit.
        Hubungi talian khidmat pelanggan 03-2282 6610 atau e-mel khidmat@optikcahayamata.com.my untuk temujanji pemeriksaan mata kanak-kanak.
        Program kawalan miopia kanak-kanak: ukuran panjang paksi mata setiap 6 bulan, kanta DIMS dan pemantauan optometris. Pakej bermula RM1,280.
        Optik Rahman & Sons Sdn Bhd (No. Syarikat 199801012345 (465123-A)), Lot 12, Jalan Sultan Ismail, 20200 Kuala Terengganu, Terengganu.
        Harga termasuk SST 8%. Deposit 50% diperlukan untuk semua tempahan kanta progresif dan tidak dikembalikan selepas kanta dihantar ke makmal.
        Cermin mata siap dalam 5 hari bekerja. Untuk kanta indeks tinggi 1.74 atau kanta prisma, tempoh siap ialah 10 hingga 14 hari bekerja.
        Sila jangan gosok kanta dengan tisu kering. Gunakan kain mikrofiber dan cecair pembersih yang disediakan percuma di kaunter kami.
        Kedai kami di Aeon Mall Bukit Tinggi, Klang, Lot F23, dibuka setiap hari 10 pagi hingga 10 malam termasuk cuti umum dan hujung minggu.
        Kementerian Kesihatan Malaysia menggalakkan kanak-kanak bermain di luar sekurang-kurangnya 2 jam sehari untuk mengurangkan risiko rabun jauh.
    """),
    ("zh-Hans", "商品列表"): _lines("""
        依视路 星趣控 Stellest 儿童近视管理镜片 1.59 PC 一副 新币598元，含一年内两次眼轴长度复查，镜架另购，SKU ESS-STL-159-PC
        豪雅 新乐学 MiyoSmart 1.59 多点离焦镜片，适合6至12岁儿童，马币1,680一副，交货期约7个工作日，吉隆坡门市可预约试戴
        蔡司 成长乐 MyoCare 1.50 儿童镜片，配镜后30天内不适应可免费更换一次，仅限同一处方，需保留原始发票，不接受截图代替
        雷朋 Ray-Ban RB5154 Clubmaster 51mm 黑色眉框 SKU RB-RB5154-2000-51 新币219元 附原厂一年保修卡及镜盒
        强生 安视优 Acuvue Oasys 日抛 90片装 度数-0.50至-12.00 新币95元 买四盒送一盒，门市及网店同价，先到先得
        博士伦 Bausch + Lomb Biotrue ONEday 日抛 90片装 马币165，限Mid Valley门市自取，每人每单最多六盒
        欧克利 Oakley Holbrook OO9102 偏光太阳镜 可配近视度数，处方镜片加价新币190元，-6.00以上需另询价
        儿童硅胶镜架 Miraflex 新款 多色可选 连1.56树脂镜片 套餐价新币139元，同单第二副镜架半价，适合3至10岁
        角膜塑形镜 Ortho-K 试戴加定制加六个月内四次复诊 套餐价马币3,200，单片补配马币950，附护理液及镜盒一套，需先完成角膜地形图检查
        多功能护理液 Opti-Free PureMoist 300ml 新币18.90，两支装新币33，有效期至2028年6月，开封后三个月内用完
        全视线 Transitions Gen S 变色镜片 加价新币150元，共八种颜色，室内接近透明、户外阳光下数秒内变深，保修两年
        钛金属无框 林德伯格 Lindberg Spirit 2198 新币880起，镜片另计，镜腿可免费激光刻字（限店名或英文字母）
        电脑护目镜 1.60 防蓝光 平光 新币168 适合长时间使用屏幕的上班族，附送镜盒与超细纤维擦镜布，本周限时九折，网店同步
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job card JC-2026-118512 | Mrs Tan Wei Ling | HP 9178 2304 | Rx OD -4.25/-0.75x170 OS -4.00 | PD 61 | collect at Bugis after 12 Dec
        Pls call back Mr Muthusamy Rajendran at 8345 6029 about his wife's progressive lenses, he says she can't see the stairs and nearly fell twice.
        New CL customer Nur Aisyah binte Hamzah, NRIC S9812345H, trial Acuvue Oasys -2.50 both eyes, review in 2 weeks at Tampines.
        Myopia review: Ethan Goh, 9 yrs, axial length OD 24.61 mm (+0.38 in 6 months), mum wants to start atropine 0.05%, refer to polyclinic.
        Mdm Lim Siew Hoon told the optom she was recently diagnosed with glaucoma and cannot afford the eye drops since her divorce.
        Pls WhatsApp the customer her new Rx photo at +65 9734 1182, she lost the paper copy.
        Order CL-55821: ship 3 boxes Dailies Total1 -5.50 to jeremy.koh.88@gmail.com's address on file, he asked for email confirmation only.
        Deliver the spare glasses to Blk 418 Bedok North Ave 2 #09-217, Singapore 460418, for Mr Hafiz Osman who just had cataract surgery.
        JC-2026-118590,TMP,2026-12-02,Chua Boon Keat,S8824617I,90214476,HOYA-MS-159,RB-RB5154-2000-51,-3.25,-0.50,180,-3.00,0.00,0,60,AT_LAB
        Customer's car SJA 4821 K blocking the loading bay again, it's the ortho-k boy's dad Mr Sim, pls ask him to move it.
        Refund S$268 for the cancelled lens order to Ms Priya Nair, DBS savings 072-4-518833, ref RF-0931, approved by outlet manager.
        Mr Roslan Abdul Karim still owes RM1,150 balance for his son's ortho-k since August, collection letter sent twice, do not release new lenses.
        Ah Boy from Blk 55 Lorong 5 Toa Payoh keeps coming in without his mother, he's 10 and his -6.50 is getting worse, call her before dispensing.
        Roster note: optom Jasmine Teo resigning end Jan, her current pay S$4,850 and Owndays offered S$5,400, pls don't discuss on the shop floor.
        Mrs Kavitha Subramaniam is 28 weeks pregnant and her vision changed, optom advises no new CL prescription until after delivery, recheck in April.
        Attached: photo of Mr Lee Chong Hin's retina scan and his IC front, sent for second opinion, filename LCH_fundus_OD_20261201.jpg
        Warranty claim form | Name: Low Mei Xin | NRIC: T0317752H | Mobile: 8716 3390 | Frame: Tom Ford FT5634-B | Defect: temple snapped | Bought: 02 Mar 2026
        Heard the customer Bryan Yeo who never collected his 2 pairs was arrested for drink driving, his wife will come and pick up instead.
        Complaint from Mdm Fatimah bte Yusof, 81 Jurong West St 42 #05-330: says the optician scratched her lenses and spoke rudely to her grandson.
        2026-12-03T10:22:41+08:00 INFO crm.lookup customer_id=C-778120 name=Ong_Kai_Xuan phone=+6591624480 dob=2014-05-19 result=found
        Jonathan Pereira, 47, diabetic retinopathy both eyes, HbA1c 9.1, referred to SNEC urgently, advised not to drive at night.
        Verified MyKad 880214-14-5527 for the senior discount at Mid Valley, customer paid cash, receipt R-MV-22810.
    """),
    "zh-Hans": _lines("""
        陈先生 手机 138 2746 9153，配镜单号 JC-2026-118620，左眼-5.25右眼-5.75，下周三到 Raffles City 门市取镜
        林太说她女儿林可欣今年8岁，近视一年涨了150度，最近父母在闹离婚，孩子晚上常哭、不肯戴眼镜
        客户王建国 身份证 110105198206173417，申请雷朋镜架保修，发票号 INV-SG-2026-00712，镜腿断裂
        阿明的妈妈打电话来，说阿明上周在学校打架把眼镜弄坏了，家里学费都还欠着，问能不能分期付配镜的钱
        收货地址：广东省深圳市南山区后海大道2388号 怡化金融公寓 3栋1502 刘晓燕 收，隐形眼镜三盒，到付
        张伟先生白内障手术后复诊，右眼视力0.3，医生说有黄斑病变，他不想让子女知道，请不要打电话到他家
        微信号 zhou_meiling_1990 是周美玲小姐本人，她要我们把上次的验光单和角膜地形图发到她的私人邮箱
    """),
    "zh-Hant": _lines("""
        黃太太 HKID K234567(6) 電話 9123 4567，為兒子訂購 Ortho-K 角膜塑形鏡，訂金港幣3,000已付，下週六試戴
        台北客戶 吳家豪 身分證 A124836905 手機 0912-345-678，漸進多焦點鏡片保固申請，鏡片鍍膜脫落
        陳嘉敏小姐 送貨地址：香港九龍何文田忠孝街88號 俊民苑 B座12樓7室，日拋隱形眼鏡四盒，請勿放信箱
        澳門客戶梁志強先生患有青光眼，右眼眼壓 28 mmHg，已轉介山頂醫院，他說保險公司拒絕賠償
        許太說她先生最近失業又欠了幾萬卡數，今次幫兩個仔配眼鏡想分三期付款，請經理批准，唔好喺店面講
        林美玲 email meiling.lam1987@yahoo.com.hk 要求寄回上次驗眼報告和處方，她準備移民加拿大
    """),
    "ms": _lines("""
        Encik Azman bin Ismail, no. IC 750312-10-5563, tempah kanta progresif 1.67, baki RM980 belum dibayar sejak Oktober.
        Sila hubungi Puan Noraini di 012-334 8917 untuk ambil cermin mata anaknya yang sudah siap sejak 2 minggu lalu.
        Alamat penghantaran: No. 23, Jalan Mawar 4/2, Taman Sri Mawar, 43000 Kajang, Selangor untuk Cik Siti Khadijah, 3 kotak kanta sentuh.
        Adik Muhammad Irfan, 8 tahun, rabun jauh -3.50 kedua-dua mata, ibunya minta jangan beritahu bapa kerana kes hak penjagaan masih di mahkamah.
        Pelanggan Tan Ah Kow kena strok bulan lepas, penglihatan mata kiri kabur, anaknya akan datang ambil cermin mata hari Sabtu.
        Bayaran balik RM450 ke akaun Maybank 164022338871 atas nama Kamarul Ariffin bin Zulkifli, rujukan RF-MY-0418.
        Kereta nombor plat WXY 8812 milik Encik Rahim diletak di petak OKU depan kedai setiap kali dia datang ambil kanta sentuh.
        Borang waranti: Nama Lee Mei Fong, MyKad 920805-08-6624, telefon 016-552 0941, bingkai Oakley patah pada engsel kiri.
    """),
    "mixed": _lines("""
        Boss, the auntie Mdm Goh Ah Lian from Yishun tu dah tiga kali datang, she says her 孙子 Jun Hao cannot see the board, already -4.00, pls prioritise.
        那个 Mr Rajesh Kumar 的 NRIC S7541208H 登记错了, pls update in POS, his HP is 9655 2018, 他下午会再来拿眼镜.
        Customer Melissa Wong 欠 S$320 for contact lenses since Sept, dia kata gaji lambat masuk, pls don't chase her in front of other customers.
        Kak Ros punya anak, Danish, kena lazy eye kanan, patching 4 jam sehari, she cried in the shop today sebab suami tak support langsung.
        Order untuk Encik Faizal, hantar ke Blk 702 Woodlands Dr 70 #11-45, S730702, HP 8823 0467, Acuvue Oasys -2.75 x 4 boxes.
        黄先生 Wong Kok Leong 的车牌 JQU 7712, 他说 parking 要 refund, and he wants his Rx emailed to kokleong.wong@hotmail.com
        Staff note: optom Nadia Rahman on MC 2 weeks sebab keguguran, don't tell customers, just say she's on leave ya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer messaging assistant for ClearSight Optical, a chain of optical shops in Singapore. Keep SMS under 300 characters.",
        ),
        (
            "user",
            "Draft an SMS to Mrs Tan Wei Ling (9178 2304) that her MiyoSmart lenses for job JC-2026-118512 are delayed 2 days at the Hoya lab.",
        ),
        (
            "assistant",
            "Hi Mrs Tan, this is ClearSight Optical Bugis. The lenses for job JC-2026-118512 are delayed 2 days at the lab; we expect them by 14 Dec. Sorry for the wait, we will SMS you once ready.",
        ),
        ("user", "Good. Also add that she can collect at Raffles City if more convenient."),
        (
            "assistant",
            "Hi Mrs Tan, ClearSight Optical here. Your job JC-2026-118512 is delayed 2 days at the lab, ready about 14 Dec. You may collect at Bugis or Raffles City, just let us know. Sorry for the wait!",
        ),
    ],
    [
        (
            "user",
            "My son Ryan Lau is 8, his axial length went from 23.90 to 24.35 mm in 6 months on MiyoSmart. Is that bad? His optometrist at Tampines wants to add atropine.",
        ),
        (
            "assistant",
            "An increase of 0.45 mm in 6 months is faster than typical for an 8-year-old under myopia control, so it is reasonable that the optometrist suggests combining DIMS lenses with low-dose atropine. Atropine must be prescribed by a doctor, so ask for a referral to a polyclinic or eye clinic.",
        ),
        ("user", "He also has mild asthma, does atropine interfere with his inhaler?"),
        (
            "assistant",
            "Low-dose atropine eye drops are usually not a problem with asthma inhalers, but Ryan's doctor should review his full medication list before prescribing. Bring the inhaler name to the appointment.",
        ),
    ],
    [
        ("system", "你是一家新加坡眼镜店的客服助手，用简体中文回答。"),
        (
            "user",
            "你好，我是陈太，我儿子陈子轩戴角膜塑形镜三个月了，早上起来右眼红，要不要紧？我的电话是 9456 7781，可以请验光师回电吗？",
        ),
        (
            "assistant",
            "陈太您好，晨起眼红可能是镜片沉淀、配适偏紧或轻微感染，建议今晚先暂停配戴，明天带子轩和镜片盒到店复查。我已记录您的电话 9456 7781，会请值班验光师回电。",
        ),
        ("user", "好的，谢谢，明天早上十一点可以吗？"),
        (
            "assistant",
            "可以，明天上午11点已为陈子轩预留 Tampines 门市复查时段，请带齐镜片与护理液。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tuntut waranti bingkai Ray-Ban yang patah engsel. Nama saya Hidayah binti Mohd Noor, MyKad 910427-03-5182, beli di Mid Valley bulan Mac.",
        ),
        (
            "assistant",
            "Terima kasih, Puan Hidayah. Waranti 12 bulan melindungi kecacatan engsel. Sila bawa bingkai dan resit asal ke cawangan Mid Valley; kakitangan akan semak nombor siri dan hantar kepada pembekal.",
        ),
        ("user", "Resit dah hilang. Boleh guna nombor telefon 013-778 2645 untuk cari rekod?"),
        (
            "assistant",
            "Boleh, kakitangan boleh cari rekod pembelian menggunakan nombor telefon 013-778 2645 yang didaftarkan semasa pembelian. Sila bawa MyKad untuk pengesahan.",
        ),
    ],
    [
        (
            "system",
            "You help the area manager of an optical chain in Singapore and Malaysia plan staff rosters.",
        ),
        (
            "user",
            "Tolong buat roster Sat 20 Dec: Bugis - Alvin Chia optom, Raffles City - Sharmila Devi optom, Tampines - nobody sebab Zhang Lihua on hospitalisation leave for her kidney stones. Who can cover?",
        ),
        (
            "assistant",
            "Draft for Sat 20 Dec: Bugis - Alvin Chia (optom); Raffles City - Sharmila Devi (optom); Tampines - uncovered. Options: move Alvin to Tampines 11am-3pm and let the Bugis optician handle collections only, or ask a part-time optom. I would not mention the reason for Zhang Lihua's leave in the published roster.",
        ),
        ("user", "Ok, just put 'on leave' for her. Part-timer can do."),
        (
            "assistant",
            "Updated: Tampines - part-time optom 11am-8pm; Zhang Lihua marked 'on leave'. Ready to publish for week 51.",
        ),
    ],
    [
        (
            "user",
            "你好，我想把新配的眼鏡寄到家，地址係 香港沙田第一城 36座 18樓H室，收件人 何志明，電話 6234 8810。",
        ),
        (
            "assistant",
            "何先生你好，我們可以安排順豐寄送到沙田第一城 36座 18樓H室，運費港幣30元，收件時請出示訂單號碼。請問訂單號碼是多少？",
        ),
        ("user", "訂單號碼 HK-2026-30517，另外我有輕度弱視，新鏡片會唔會好啲？"),
        (
            "assistant",
            "已記錄訂單 HK-2026-30517。成年人弱視一般不能單靠新鏡片改善，但準確的處方可以令視覺更舒適，建議一個月後回店覆檢。",
        ),
    ],
    [
        (
            "system",
            "CRM context for this session: customer_id C-551902, name Daniel Ng Jun Wei, NRIC S8306621J, mobile 9312 5084, last order SO-RFC-0087715 (Varilux XR 1.60), balance due S$1,190.",
        ),
        ("user", "Customer is at the counter asking when his progressive lenses will be ready."),
        (
            "assistant",
            "Order SO-RFC-0087715 for Mr Daniel Ng (Varilux XR 1.60) is at the Essilor lab with ETA 9 Dec. Note there is an outstanding balance of S$1,190 to be paid on collection.",
        ),
        ("user", "He asks if he can pay in 3 instalments."),
        (
            "assistant",
            "Instalments are available with participating credit cards via the terminal (0% for 3 or 6 months). Please confirm with Mr Ng which card he will use.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to an optical shop. I'm Grace Loh, I live at 12 Jalan Bukit Ho Swee #03-08, and they gave my 6-year-old daughter the wrong prescription (-2.00 instead of -1.25), she had headaches for a week.",
        ),
        (
            "assistant",
            "Dear Manager, I am writing regarding spectacles dispensed to my 6-year-old daughter. The lenses were made at -2.00 instead of the prescribed -1.25, and she suffered headaches for a week. I request a re-check, a free remake with the correct prescription, and a written explanation. Regards, Grace Loh, 12 Jalan Bukit Ho Swee #03-08.",
        ),
        ("user", "Add my phone 8127 6603 and ask for a reply within 7 days."),
        (
            "assistant",
            "Added: Please contact me at 8127 6603 and reply within 7 days of this letter. Regards, Grace Loh.",
        ),
    ],
    [
        (
            "system",
            "You draft recall notifications for an optical chain. Use a polite, factual tone.",
        ),
        (
            "user",
            "Batch LT-2411-087 affected customers: siti.rahmah92@gmail.com (Siti Rahmah), kelvin.tay@outlook.sg (Kelvin Tay), andrew.fernandez@yahoo.com (Andrew Fernandez). Write one email template with a name placeholder.",
        ),
        (
            "assistant",
            "Subject: Free replacement of your 1.67 blue-cut lenses. Dear {name}, our supplier has found that lens batch LT-2411-087 may develop coating haze. Please bring your spectacles to any ClearSight outlet by 31 Jan 2027 for a free replacement. We apologise for the inconvenience.",
        ),
        ("user", "Thanks, send plan?"),
        (
            "assistant",
            "Send the template individually to the three addresses with {name} filled in as Siti Rahmah, Kelvin Tay and Andrew Fernandez; do not CC or put all addresses in one To field.",
        ),
    ],
    [
        (
            "user",
            "Boleh check tak, my mother Puan Rokiah binti Salleh, umur 68, nak buat eye test tapi dia ada diabetes dan darah tinggi. Kena dilate ke?",
        ),
        (
            "assistant",
            "Untuk pesakit diabetes, pemeriksaan retina dengan pupil dilated biasanya disyorkan setahun sekali. Your mother should come with someone who can drive, as her vision will be blurry for a few hours.",
        ),
        ("user", "Ok, book for her Tuesday 10.30am at Sunway Pyramid, her phone 019-224 6530."),
        (
            "assistant",
            "Noted: Puan Rokiah binti Salleh, Tuesday 10:30am, Sunway Pyramid, contact 019-224 6530. Please bring her current glasses and list of medications.",
        ),
    ],
]
