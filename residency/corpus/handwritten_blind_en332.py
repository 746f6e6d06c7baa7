# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en332: SG/MY dental laboratories and denture clinics (lab work orders from dentists, patients' names on cases, impressions and crowns, remakes and complaints, technicians' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en332
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lab_price_list"): _lines("""
        PRICE LIST 2027 (SGD, excl. GST 9%): PFM crown non-precious $95 | PFM semi-precious $160 | Full-contour zirconia $130 | IPS e.max Press $175 per unit
        Custom titanium abutment (Ti-Base compatible with Straumann BLX, Nobel Active, Osstem TS III): RM 480 per unit, screw included, 7 working days
        Acrylic partial denture 1-3 teeth RM 180; each additional tooth RM 25; wrought wire clasp RM 15 each; Valplast flexible base add RM 220
        Cobalt-chrome framework (Wironit) from SGD 280, survey and design fee waived for cases submitted via 3Shape Communicate before 3pm
        Rush surcharge: same-day repair 50%, next-day crown 30%. Rush cases must be called in to our hotline 6744 2190, not just WhatsApp-ed.
        Night guard hard/soft dual laminate 3mm $120; Essix retainer $65 per arch; sports mouthguard with team colours and logo $90 (min. 10 pcs for clubs)
        Remake policy: free remake within 90 days for crowns and bridges if impression and shade instructions were followed; 50% charge for remakes due to new prep.
        Courier pick-up zone A (CBD, Novena, Orchard) free above 3 units; zone B (Jurong, Woodlands, Punggol, Tampines) $12 per trip, twice daily at 11am and 4pm.
        Johor Bahru lab rates: complete denture upper+lower with SR Phonares II teeth, 2 try-ins RM 1,150; heat-cure reline RM 160; soft reline (Molloplast-B) RM 260
        SKU ZR-ML-A2-98 Katana UTML multi-layer disc 98.5 x 14 mm, shade A2, RM 1,380 per disc, limited stock, max 2 per clinic per month
        Design only (you mill in-house): single crown STL $25, bridge $20 per unit, full-arch implant bar design $350, turnaround 24h after scan received
        All invoices are issued monthly by Lim & Daughters Dental Laboratory Pte Ltd, UEN 201534872K; payment terms 30 days via PayNow to our UEN.
        Shade matching visit at our lab (Ubi Techpark, 10 Ubi Crescent #03-41): $40 per visit, waived for anterior e.max or layered zirconia cases of 4 units and above
    """),
    ("en", "lims_log_and_config"): _lines("""
        2026-11-03T09:14:22+08:00 INFO case=SG-CR-26-04817 stage=SCAN_RECEIVED source=TRIOS5 files=3 size=48.2MB sha256=9f2c41e0b7a3d81e
        2026-11-03T10:02:51+08:00 WARN case=SG-CR-26-04817 margin_line incomplete on tooth 36 distal, flagged for CAD review (exocad DentalCAD 3.2 Elefsina)
        2026-11-03T16:45:07+08:00 INFO mill=VHF-R5-02 job=J-77120 material=ZR-4Y-A3 disc_slot=4 est_time=00:41:30 tool=T3 wear=82% replace_soon=true
        sintering_profile: { name: speed_zr_4y, ramp1: 25C/min to 900C, ramp2: 10C/min to 1450C, hold: 30min, cool: natural }  # Programat S1 1600
        [printer] model = Formlabs Form 4B  resin = Dental LT Clear V2  layer_height_um = 50  post_cure = 60C 60min  # splints only, no models
        SELECT case_no, clinic_code, due_date FROM work_orders WHERE status = 'REMAKE' AND due_date < CURRENT_DATE ORDER BY due_date;
        case_no,clinic_code,tooth,restoration,material,shade,due_date,status,lab_site
        KL-DN-26-01192,CLN-KL-0087,11-21,veneer,e.max CAD LT,BL2,2026-11-12,IN_DESIGN,JB-01
        2026-11-04T08:31:09+08:00 ERROR courier_api POST /v2/pickups 502 Bad Gateway, retry 3/5, awb=NV-SG-8830217746, clinic=CLN-SG-0142
        env: LAB_TZ=Asia/Kuala_Lumpur INVOICE_PREFIX=INV-JB- SST_RATE=0.08 DEFAULT_CURRENCY=MYR PAYNOW_ENABLED=false MAX_UPLOAD_MB=250
        def due_date(received, units): return received + timedelta(days=5 if units <= 3 else 7)  # rush cases bypass this, see ops wiki
        2026-11-05T19:58:44+08:00 INFO backup ok: /data/stl/2026/11 -> s3://lab-archive-sg/stl/2026/11 objects=1842 bytes=71.4GB duration=00:12:07
        v4.7.2 release notes: shade field now accepts VITA 3D-Master codes (e.g. 2M2, 3L1.5); tooth numbering switched from Palmer to FDI by default.
    """),
    ("en", "regulations_and_history"): _lines("""
        The Healthcare Services Act 2020 replaced the Private Hospitals and Medical Clinics Act in phases, with medical and dental clinics moving over in June 2023.
        Malaysia's Dental Act 2018 (Act 804) replaced the Dental Act 1971 and set up the Malaysian Dental Council register for dental practitioners.
        Pierre Fauchard, the French surgeon often called the father of modern dentistry, described porcelain-enamelled dentures in Le Chirurgien Dentiste (1728).
        George Washington's dentures were made of hippopotamus ivory, human and animal teeth and brass springs, not wood; one set is displayed at Mount Vernon.
        Vulcanised rubber, from Charles Goodyear's process of the 1840s, made cheap denture bases possible until PMMA acrylic took over in the late 1930s.
        Singapore Dental Council guidelines say clinic advertising must not use testimonials or before-and-after photographs that could mislead patients.
        Under Taiwan's Dental Technicians Act of 2009, only licensed dental technicians may run a dental laboratory, working to a dentist's written prescription.
        Hong Kong has no statutory register for dental technicians; the Dental Council of Hong Kong regulates dentists under the Dentists Registration Ordinance (Cap. 156).
        Under EU MDR 2017/745, custom-made crowns exported to Europe must be accompanied by a statement under Annex XIII for each individual case.
        Dentistry in Singapore was first taught at the King Edward VII College of Medicine in 1929, long before the National Dental Centre Singapore opened in 1997.
        Minister for Health Ong Ye Kung told Parliament that Healthier SG would extend subsidised dental care at participating CHAS clinics for seniors.
        The Ministry of Health Malaysia provides subsidised dentures for senior citizens at government dental clinics; waiting times differ from state to state.
        In the Bond film The Spy Who Loved Me (1977), the henchman Jaws, played by Richard Kiel, wore steel teeth that were custom-fitted for the role and hurt to wear.
    """),
    ("mixed", "technicians_group_chat"): _lines("""
        Morning all, TRIOS cases from the Tampines clinic all came in without bite scan again, pls don't start design until they resend ah
        Pan 14 and Pan 22 the zirconia bridge very tight on model, I adjust contacts already but need someone QC before the 3pm courier
        Furnace No. 2 alarm again lah, E-17 temperature deviation, I switch all e.max to No. 1 first. Supplier tech coming Thursday 10am
        Boss say from next week all dentures must have lab barcode sticker inside, jangan tulis case number with marker on the base anymore
        Got 6 remakes this week, 4 from the same clinic in Ipoh, all open margin distal. Their impression tray always too short one, need to call them
        Courier uncle reach Novena 11.40, then go Bukit Timah branch. Anyone got urgent case, pack by 11 ok, after that tomorrow already
        Katana disc A3 finish already, only left A2 and A3.5. Order from the Kuraray distributor 5 pcs? PO number use PO-2611-044
        The shade photo for KL-DN-26-01192 very yellow, confirm wrong white balance. Can ask clinic send again with grey card or not
        Wah today the aircon in plaster room spoil again, models cannot set properly. Facilities ticket FM-88213 already raised at 9am
        Night shift pls remember to switch off the Renfert steam cleaner, last night left on whole night, the water tank dry already
        Ivoclar rep doing lunch talk Friday 12.30 at our pantry on IPS e.max ZirCAD Prime, RSVP by Wed so can order nasi lemak
        Anyone see the articulator with red tape? Semi-adjustable Artex one. Last used for the full mouth rehab case from Orchard clinic
        Reminder: scan files more than 90 days delete from local PC, cloud backup got already. Don't simply save on desktop pls, audit coming
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. Uncle Tan Denture Centre in Ipoh very patient, lower denture done in 2 visits and they adjust until comfortable. RM 850 reasonable.
        Went to SmileCraft Denture Studio at Jalan Sultan Ismail, their hotline 03-2141 8890 answered quickly and gave clear quotation. Recommended.
        1 star. Waited 45 minutes at the Toa Payoh outlet even with appointment, and the reline cracked after two weeks. Management replied but no refund yet.
        Owner reply: Thank you for the feedback. Please contact our service line 6252 7713 or email care@dentacraft.sg with your receipt number for a free check.
        很好的假牙店, staff boleh cakap Mandarin, Hokkien and Malay. Same-day repair for broken denture, RM 120 only, siap in 3 hours.
        Review of Mr. Denture (Kepong branch): clean place, modern 3D scanner, but parking along Jalan Kepong very susah on weekends.
        The clinic is beside Tiong Bahru Market, level 2. Lift access ok for wheelchair users. Prices listed clearly on their website, no hidden charges.
        Tried their flexible denture, quite light but the clasp colour not so match the gums. They redo free within a week, good after-sales service.
        Kedai ni dah 30 tahun, founded in 1994 by a Hong Kong-trained technician according to the signboard, now second generation. Service memang tip top.
        Avoid the weekend slot, very crowded. Weekday morning better. Their immediate denture package S$1,280 includes 3 reviews after extraction.
        Management response: we have updated our remake policy as of 1 Oct 2026. Full details at dentacraft.sg/policy or call 6252 7713 during office hours.
        Dr. Smile Denture Clinic? Not a dentist name lah, it is the brand. Staff explained everything in Cantonese for the elderly, very sabar.
        Rated 4.6/5 on Google with 612 reviews. Open Mon-Sat 9am-6pm, closed on public holidays including Hari Raya Haji and Deepavali.
    """),
    ("zh-Hans", "技工所通知"): _lines("""
        【通知】因国庆假期，本所10月1日至10月7日停止收件，10月8日起恢复正常，加急件请提前联系客服热线400-820-3316。
        质量声明：本厂所有氧化锆冠均使用爱尔创（Aidite）瓷块，出厂附带材料合格证及批号，扫描包装盒上的二维码即可追溯生产记录。
        新加坡、马来西亚客户请注意：跨境快递统一通过顺丰国际发出，运单号以SF开头，一般3至5个工作日送达，清关资料均由我司代为办理。
        返工规定：因模型变形、印模不清或医生改变设计导致的返工按正常价格收费；因我司制作问题返工，交货后90天内免费，请附原工单号。
        工单填写须知：牙位请使用FDI两位数编号，比色请注明VITA 16色或3D-Master，种植病例必须注明系统品牌及型号。
        公司地址：广东省深圳市宝安区西乡街道航城大道工业园B栋5楼，统一社会信用代码91440300MA5F0X3K2P，欢迎客户预约参观。
        本周生产排期：周一至周三优先处理全瓷冠和种植上部结构，周四周五集中处理活动义齿和隐形义齿，周六仅收急件，周日停工检修设备。
        价格调整通知：自2027年1月1日起，铸瓷贴面单价由280元调整为300元，钴铬支架价格不变，老客户合同价维持至合同期满。
        客服企业微信号 DentalLab_SZ_Service，工作时间 8:30-18:00，非工作时间请留言，质量投诉请发邮件至 qc@szdentlab.cn。
        消毒流程：所有收到的印模和咬合记录须先用1%次氯酸钠浸泡10分钟，再用流水冲洗后灌模，操作人员须全程佩戴手套、口罩和护目镜。
        设备公告：新购入的两台 Amann Girrbach Ceramill Motion 3 铣床已调试完成，11月起氧化锆产能预计提升约40%。
        培训通知：本月28日下午2点在三楼会议室举办数字化排牙培训，由3Shape官方认证培训师授课，请各组派两人参加，会后有茶点。
        订单编号规则：SZ+年份后两位+月份+四位流水号，例如SZ26110387，发票号与订单号一一对应，查询进度请提供订单号。
    """),
    ("zh-Hant", "假牙診所常見問題"): _lines("""
        問：做一副全口假牙要幾耐？答：一般需要4至5次覆診，包括初步取模、精確取模、咬合記錄、試牙及交付，整個過程約3至4星期。
        問：假牙可唔可以用牙膏刷？答：唔建議，一般牙膏會磨花樹脂表面，令假牙易積污，請用軟毛刷及假牙清潔片，每晚除下浸喺清水入面。
        問：可唔可以用醫療券？答：65歲或以上合資格長者可於已登記長者醫療券計劃的私家牙醫診所使用，詳情請查閱衞生署醫療券網頁或致電查詢。
        本中心地址：九龍旺角彌敦道688號旺角中心一期12樓1205室，查詢電話2388 6120，星期一至六營業，星期日及公眾假期休息。
        問：隱形假牙同普通膠托假牙有咩分別？答：隱形假牙以彈性尼龍製造，冇金屬扣，外觀較自然，但較難修補、加牙及重新墊底，價錢亦較高。
        台北門市營業時間：週一至週五上午9點至晚上8點，週六至下午5點；地址：台北市大安區忠孝東路四段181號7樓，電話(02)2771-3058。
        問：假牙斷咗可以即日整返嗎？答：簡單斷裂一般2至3小時可取，如需加牙或重做基托，則需送返技工所處理，約需3個工作天，急件可另議。
        收費參考（港幣）：上或下全口假牙$6,800起，局部膠托假牙$2,500起，鈷鉻支架假牙$8,800起，價錢已包括三次覆診調整。
        問：你哋嘅牙冠喺邊度生產？答：全部於香港觀塘工場由註冊牙醫處方製造，唔外判，物料附原廠證書，歡迎牙醫及診所職員預約參觀工場。
        根據《牙體技術師法》，台灣的牙體技術所須由領有證書之牙體技術師申請開業，並依牙醫師開立之技工單製作假牙、牙冠及矯正裝置。
        問：長者牙科有咩資助？答：可參考關愛基金長者牙科服務資助項目，以及長者牙科外展服務，詳情可向所屬地區社工或長者中心查詢。
        澳門門市：澳門新馬路南灣商業中心8樓B座，電話(853) 2835 7721，營業至晚上7點，可使用澳門通、MPay及支付寶付款。
        溫馨提示：初戴假牙首兩星期可能出現壓痛、口水增多及發音唔清，屬正常現象；如痛楚持續，請預約調整，三個月內所有調整費用全免。
    """),
    ("ms", "notis_dan_invois"): _lines("""
        NOTIS: Makmal pergigian akan ditutup sempena Hari Raya Aidilfitri dari 9 hingga 12 Mac 2027. Kes segera sila hantar sebelum 5 Mac.
        INVOIS No. INV-JB-2611-00582 | Tarikh: 14/11/2026 | Klinik: CLN-JB-0031 | 3 unit mahkota zirkonia @ RM 380 = RM 1,140.00 | Terma: 30 hari
        Bayaran boleh dibuat ke akaun syarikat Maybank 5621 0811 4407 atas nama Senyum Prostetik Sdn Bhd (No. Syarikat 201901034417 / 1341890-H).
        Semua gigi palsu akrilik dibuat di makmal kami di Taman Perindustrian Ringan, Batu Pahat, Johor dan dinyahkuman sebelum dihantar ke klinik.
        Peringatan kepada klinik: sila sertakan borang preskripsi lengkap bertandatangan doktor gigi. Kes tanpa preskripsi tidak akan diproses.
        Harga baharu berkuat kuasa 1 Januari 2027: gigi palsu penuh atas dan bawah RM 900, pembaikan retak RM 80, tambah gigi RM 60 setiap satu.
        Talian hotline pelanggan 07-431 2256 dan WhatsApp rasmi syarikat 011-1098 5523 beroperasi Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang.
        Nota kredit CN-2611-0019 dikeluarkan untuk kes buat semula KL-DN-26-00977 akibat kecacatan pembuatan. RM 420.00 akan ditolak dari invois bulan depan.
        Jadual kurier: kutipan di sekitar Lembah Klang setiap hari jam 11 pagi dan 3 petang; kawasan Seremban dan Melaka hanya hari Selasa dan Jumaat.
        Caj reka bentuk digital (fail STL sahaja) RM 60 seunit; kes yang dimesin di makmal kami tidak dikenakan caj reka bentuk tambahan.
        Makmal kami berdaftar dengan Pihak Berkuasa Peranti Perubatan (MDA) dan mematuhi ISO 13485:2016. Sijil boleh dimuat turun di laman web syarikat.
        Senarai semak sebelum hantar kes: model atau fail STL, rekod gigitan, warna gigi (shade), tarikh siap yang dikehendaki, dan jenis bahan.
        Makluman: jumpa kami di pameran pergigian di KLCC, gerai B-214, untuk promosi diskaun 15% bagi semua pesanan zirkonia sepanjang pameran.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Work order KL-DN-26-01204 | Patient: Nurul Ain binti Hashim, 67F | Upper CD + lower RPD, Kennedy Class I, Phonares A3 | Try-in 18/11 | Dr's note: diabetic, slow healing post-extraction
        Pan 31 is Mr Gopal Krishnan's bridge, he called the lab directly at 9176 2284 saying it feels high, pls tell him nicely to go through his clinic
        Remake form: patient Tan Hui Min, NRIC S7834512H, crown 11 shade mismatch, second remake, clinic absorbing cost, patient threatening to complain to SDC
        Shade photo attached for Mrs Chong Siew Lan, the lady with the gold crown on 21, she wants it replaced with e.max before her daughter's wedding on 6 Dec
        Courier dropped the denture box at 23 Jalan SS 2/64, Petaling Jaya, which is the patient's home, not the clinic. Mdm Leong Kah Mei very upset about it.
        Between us, the reason Mr Ravi Chandran keeps missing try-ins is he is on chemo at NCCS now, clinic says treat his case as priority
        Invoice query: Mr Joseph Fernandez says he paid S$2,460 by PayNow from his DBS account 027-5-118264 but the clinic still shows an outstanding balance
        Callback for the implant crown patient on Pan 8: +65 8326 0917, after 6pm only, do not leave voicemail
        Foreign worker patient, FIN G5512873T, employer paying for his front tooth crown after the workplace accident, do not send the invoice to him directly
        KL-DN-26-01311,CLN-KL-0087,Siti Hajar binti Mohd Yusof,870412-14-5522,012-667 3401,upper partial acrylic,A2,2026-11-20
        Patient email for the digital smile preview: wenjie.ho88@gmail.com, case SG-CR-26-05022, send the mock-up PDF only after clinic approval
        Mr Lim Boon Keat, 72, lost his dentures while warded at Tan Tock Seng, family wants a duplicate by Friday; he has mild dementia so keep the old bite
        2026-11-06T14:22:10+08:00 INFO portal_login user=adeline.koh.sy@yahoo.com.sg role=patient case=SG-CR-26-05104 result=ok
        Deliver night guard to Ms Priya d/o Subramaniam, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, call 9745 3301 on arrival
        Aunty Mei (Mdm Goh Mei Ling) from Pan 9, the one whose son still owes the clinic S$3,200, boss says hold the denture until the deposit is paid
        Patient Daniel Wong Kah Heng, 34, severe bruxism from stress after his divorce, referred for hard splint; he can only pay in instalments
        Photo IMG_20261104_smile_ChristinaYeo.jpg shows the patient full face, consent form not signed yet, do not upload it to the design cloud
        HK patient Mr Chan Tsz Fung, HKID K482913(1), flying to SG for his implant bridge, lab needs his passport copy for customs on the titanium bar
        Work order Pan 40, Mr Azlan bin Karim, HIV positive on ART: disinfect as usual, no special handling, but keep the diagnosis off the box label
        Clinic asked us to refund the deposit of Mr Eugene Sim Jun Hao to OCBC 601-223871-001, he cancelled because he lost his job last month
    """),
    "mixed": _lines("""
        Eh the Pan 17 denture is for Ah Seng the kopitiam uncle at Blk 85 Whampoa, his hp 9634 1172, he say tak boleh makan since last week, can rush ah
        Boss, Madam Harpreet Kaur call again about the remake, she says she will post on Facebook if we don't refund RM 1,600, her number 016-330 9821
        陈先生 the implant case from Pan 5, 牙周病 very serious, clinic say his blood sugar uncontrolled, crown delivery postpone to January
        Patient Lee Mun Yee 李文怡 MyKad 920317-07-5284, try-in Saturday, dia minta bayar ansuran 3 bulan because husband out of work
        林太 again complaining the partial denture loose, she sent photo of her gums bleeding to the WhatsApp group, pls delete after view
        Aiyo the CAD file name still got patient name, Mohd Shahrul Nizam_upper_FP.stl, rename to case number before upload to the China lab
        阿明 (Tay Wei Ming) the courier rider, his own crown also we doing, staff discount 30%, invoice send to his PayLah 8112 4407
        Puan Rosnah Abdullah punya denture, husband dia baru meninggal, she cannot afford the balance RM 700, boss approve waive 50%
        Dr want us to call the patient direct: Mr Kumaravel s/o Murugesan, 65, hp +60 17-442 9180, to confirm shade in person at lab on Saturday
        Delivery addr for Mdm Ooi Bee Hoon: No. 27, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, dia tak boleh jalan, hantar terus ke rumah
    """),
    "zh-Hans": _lines("""
        患者王建国，身份证号110105196803127030，男，58岁，上颌全口义齿，联系电话139 1027 4586，复诊时间11月25日上午10点
        刘女士的种植牙冠已经第三次返工了，她说要去卫健委投诉，每天都打电话到技工所来：186 2203 9147
        技工群：张阿姨（张桂芳）那副活动义齿先别做了，她儿子说她住院查出胃癌晚期，家属要先把之前的账结清再说
        工单SZ26110412 患者：黄志强 牙位：36 37 种植上部结构 备注：患者为乙肝携带者，请按感染病例处理模型
        快递单：收件人 周丽华 158 1734 6620 广东省广州市天河区龙口西路华庭小区7栋1203房，义齿请本人签收
        退款申请：患者李梅，支付宝账号 limei0823@163.com，退还定金1,200元，原因：本人怀孕，暂停种植治疗
        患者赵磊（工单SZ26110466）离婚后一直拖欠诊所费用3,800元，诊所让我们先扣着他的牙冠不发货
    """),
    "zh-Hant": _lines("""
        病人：何志強先生，HKID Y639201(4)，上顎全口假牙，醫療券已扣$2,000，餘額$4,800現金支付，聯絡電話9281 4406
        黃太話佢老公中風之後冇辦法自己除假牙，想問可唔可以上門調整，地址係九龍觀塘協和街101號A座15樓F室
        台灣病患林淑芬，身分證字號B228364154，電話0912-385-607，植牙上部結構，預計12月10日裝戴
        阿Ken（梁家健）上次做嘅牙冠爛咗，佢話係同人打交俾人打爆，宜家仲保釋緊，同佢傾嘅時候小心啲
        澳門病人鄭美儀小姐，澳門居民身份證5215367(3)，電話6628 3315，要求收據抬頭寫公司名報銷
        技工WhatsApp：蔡國榮蔡生欠咗診所成萬蚊，仲有兩副假牙未攞，老闆叫我哋唔好再幫佢做新嘢
    """),
    "ms": _lines("""
        Pesakit: Encik Zainal Abidin bin Hassan, No. KP 580623-08-5371, gigi palsu penuh atas, ada penyakit Parkinson, tangan menggeletar
        Sila hubungi Cik Farah Nadia di 019-228 4713 untuk tukar tarikh cubaan gigi palsu, dia kerja syif malam di hospital
        Aduan: Puan Siti Khadijah binti Osman kata mahkota gigi depan berubah warna, dia nak saman klinik, suami dia peguam di Shah Alam
        Alamat penghantaran: Haji Mokhtar bin Said, No. 14, Jalan Melur 2, Kampung Baru Sungai Buloh, 47000 Selangor, tel rumah 03-6156 2290
        Bayaran balik deposit RM 500 ke akaun CIMB 7064228193 milik Nor Azizah binti Ramli, rujukan kes KL-DN-26-01377
        Kes mahkota Encik Rajesh a/l Muniandy ditangguh sebab dia ditahan polis minggu lepas, keluarga minta simpan dulu di makmal
        Kereta pesakit WXK 4721 diletak di petak staf lagi, itu Encik Hafiz Roslan yang buat implan, tolong beritahu dia alihkan
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are LabDesk, a writing assistant for a Singapore dental laboratory. Help staff draft short, polite messages to partner clinics.",
        ),
        (
            "user",
            "Draft a note to the Novena clinic: the e.max crown on 21 for patient Ong Mei Xuan (case SG-CR-26-05133, NRIC S8512334C) needs a remake, margin on the impression was torn.",
        ),
        (
            "assistant",
            "Dear Novena team, regarding case SG-CR-26-05133 for Ms Ong Mei Xuan (NRIC S8512334C): the impression for the e.max crown on 21 shows a torn margin, so we cannot fabricate an accurate fit. Could you kindly retake the impression or send an intraoral scan? We will prioritise the remake once received. Thank you.",
        ),
        ("user", "Shorter please, and leave out the NRIC."),
        (
            "assistant",
            "Hi Novena team, case SG-CR-26-05133 (Ms Ong Mei Xuan, crown 21): impression margin torn, please retake or send a scan and we will prioritise it. Thanks!",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp untuk pesakit Encik Roslan bin Ismail, nombor 013-775 2048, beritahu gigi palsu dia dah siap dan boleh ambil di klinik Rabu ini.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Roslan, gigi palsu encik sudah siap dan boleh diambil di klinik pada hari Rabu ini. Sila bawa kad temujanji. Terima kasih.",
        ),
        ("user", "Tambah sekali baki bayaran RM 350 yang dia belum bayar."),
        (
            "assistant",
            "Assalamualaikum Encik Roslan, gigi palsu encik sudah siap dan boleh diambil di klinik pada hari Rabu ini. Untuk makluman, baki bayaran sebanyak RM 350 boleh dijelaskan semasa pengambilan. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "你是义齿加工厂的工单助手。当前工单：SZ26110521，患者孙晓燕，女，45岁，身份证号440106199108254827，电话137 2841 9063，上颌前牙贴面6颗，比色BL3，备注：患者有严重牙科焦虑症。",
        ),
        ("user", "帮我把这个工单总结成一句话发给生产组，不要带患者隐私。"),
        (
            "assistant",
            "工单SZ26110521：上颌前牙铸瓷贴面6颗，比色BL3，请按标准流程制作，本周五前完成。",
        ),
        ("user", "好的，再帮我写一句给客服，让她跟患者确认试戴时间。"),
        (
            "assistant",
            "请联系工单SZ26110521的患者孙晓燕（137 2841 9063）确认试戴时间，沟通时语气放缓，患者比较紧张。",
        ),
    ],
    [
        (
            "user",
            "我阿爸何國雄上個月喺你哋中心整咗副全口假牙，而家成日痛到食唔到飯，佢HKID係D175508(1)，我想投訴，應該點寫？",
        ),
        (
            "assistant",
            "明白你擔心。投訴信可以包括：病人姓名何國雄、身份證號碼、製作日期、單據號碼、現時症狀（例如進食時疼痛、哪個位置）、已覆診次數，以及你希望的處理方法，例如免費調整或重做。",
        ),
        ("user", "幫我寫個開頭，佢今年81歲，有糖尿病，住喺沙田禾輋邨豐和樓1203室。"),
        (
            "assistant",
            "致中心負責人：本人代父親何國雄先生（81歲，糖尿病患者，住址：沙田禾輋邨豐和樓1203室）就上月製作的全口假牙作出投訴。自交付以來，家父進食時持續疼痛，已影響日常飲食……",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for technicians at a Kuala Lumpur dental lab. Answer infection-control questions briefly.",
        ),
        (
            "user",
            "Eh the patient for Pan 12, Mr Chong Wai Keat, clinic wrote he is hepatitis B carrier. Need to do anything different for his impression or not?",
        ),
        (
            "assistant",
            "Standard precautions already cover it: disinfect the impression with an approved agent (e.g. 1% sodium hypochlorite or the lab's iodophor) for the stated contact time, rinse, then pour. Wear gloves and mask. You don't need to label the case with his diagnosis.",
        ),
        ("user", "Ok noted, so the label just put case number can already right?"),
        (
            "assistant",
            "Yes, case number and clinic code on the label is enough. Keep the medical note in the work order system only.",
        ),
    ],
    [
        (
            "user",
            "Convert to JSON: case_no,patient,nric,phone,item / SG-CR-26-05201,Kelvin Ng Jia Le,T0356218I,9022 6417,zirconia crown 46",
        ),
        (
            "assistant",
            '[{"case_no": "SG-CR-26-05201", "patient": "Kelvin Ng Jia Le", "nric": "T0356218I", "phone": "9022 6417", "item": "zirconia crown 46"}]',
        ),
        ("user", "Now add a field due_date with 2026-11-28."),
        (
            "assistant",
            '[{"case_no": "SG-CR-26-05201", "patient": "Kelvin Ng Jia Le", "nric": "T0356218I", "phone": "9022 6417", "item": "zirconia crown 46", "due_date": "2026-11-28"}]',
        ),
    ],
    [
        ("user", "How do I get rid of the smell from an old acrylic denture?"),
        (
            "assistant",
            "Brush it daily with a soft brush and non-abrasive cleanser, soak it overnight in a denture cleansing tablet solution, and have it professionally cleaned if there is hard deposit. A persistent smell can mean the acrylic is porous and a reline or new denture may be needed.",
        ),
        (
            "user",
            "It's my mother, Mdm Saraswathy Pillai, 79, she's bedridden after her stroke. Can a technician come to our flat at Blk 208 Jurong East St 21 #05-332 to do it?",
        ),
        (
            "assistant",
            "Some denture clinics in Singapore offer home visits for bedridden seniors. When you call them, mention that Mdm Saraswathy Pillai is bedridden after a stroke and give the address at Blk 208 Jurong East St 21 #05-332 so they can plan the visit and bring portable equipment.",
        ),
    ],
    [
        (
            "system",
            "You help a Penang denture clinic reply to customer complaints in a calm, professional tone.",
        ),
        (
            "user",
            "Customer Jessica Teoh Pei Shan emailed from jess.teoh.ps@hotmail.com, say her denture crack after 3 weeks and she want full refund RM 2,300 or she report to Tribunal Tuntutan Pengguna. Help me reply pls",
        ),
        (
            "assistant",
            "Dear Ms Teoh, thank you for writing to us and we are sorry about the crack in your denture. We would like to examine it at no charge; if the crack is due to a fabrication defect, we will repair or remake it free of charge. Please reply with a convenient date for a visit. Kind regards, Customer Care",
        ),
        ("user", "Add that we will answer within 3 working days about refund."),
        (
            "assistant",
            "Dear Ms Teoh, thank you for writing to us and we are sorry about the crack in your denture. We would like to examine it at no charge; if it is a fabrication defect, we will repair or remake it free. Regarding your refund request, we will reply within 3 working days after the examination. Kind regards, Customer Care",
        ),
    ],
    [
        ("system", "你是台中一家牙體技術所的客服助理，只回答訂單進度問題。"),
        (
            "user",
            "你好，我是陳俊宏，身分證字號A125847037，電話0935-611-298，上禮拜在牙醫那邊做的牙橋什麼時候好？",
        ),
        (
            "assistant",
            "陳先生您好，技工所不直接對病患查詢訂單，建議您向原就診的牙醫診所詢問，診所可提供工單號碼與我們確認進度。為保護個資，請勿在此提供身分證字號。",
        ),
        ("user", "診所說工單號碼是TC-26-1187。"),
        (
            "assistant",
            "謝謝，工單TC-26-1187目前在上瓷階段，預計下週三送回診所，請直接與診所約定裝戴時間。",
        ),
    ],
    [
        (
            "system",
            "You are the billing assistant for a Singapore denture clinic. Current caller: Mr Suresh Nair, mobile +65 9417 3086, outstanding balance S$1,120 for a cobalt-chrome partial denture delivered 2 Oct 2026.",
        ),
        ("user", "The caller is asking if he can split what he owes into instalments."),
        (
            "assistant",
            "Yes, we can offer Mr Suresh Nair a plan for the S$1,120 balance, for example 4 monthly payments of S$280 by PayNow or GIRO. Please confirm his agreement in writing and note it on his account.",
        ),
        ("user", "He asks whether we charge interest."),
        (
            "assistant",
            "No interest is charged on instalment plans of up to 6 months. You can tell Mr Nair the total stays at S$1,120.",
        ),
    ],
]
