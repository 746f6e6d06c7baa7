# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en172: SG/MY art galleries, art classes and artist residencies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en172
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exhibition notice"): _lines("""
        Opening reception: Thursday 14 November, 7pm to 9pm at the Main Hall. Free admission, RSVP via the link in our bio; light refreshments served.
        "Tides of the Straits" brings together 42 works from the Nanyang school, including Cheong Soo Pieng's 1950s studies of Balinese women and Chen Wen Hsi's gibbons.
        Gallery hours during the exhibition: Tue to Sun 11am to 7pm, closed Mondays and public holidays. Last entry 6.30pm.
        Georgette Chen (1906-1993) taught at the Nanyang Academy of Fine Arts from 1954 to 1980; her still lifes of rambutans and mangosteens remain among the most reproduced images of Singapore art.
        Latiff Mohidin's Pago-Pago series, begun after his return from Berlin in the 1960s, anchors the second room of the show.
        Due to the Deepavali public holiday, the gallery will close at 3pm on Friday. We apologise for any inconvenience.
        Artist talk postponed: the Saturday panel on batik painting will now take place on 23 March, same time. Registered guests need not re-register.
        Photography without flash is permitted in Galleries 1 to 3. Please do not touch the works; some surfaces are unvarnished.
        Wall text: Chuah Thean Teng is widely credited with developing batik as a fine-art medium in Penang in the 1950s.
        Group tours for schools (max 40 pupils) can be booked two weeks in advance through the education desk; worksheets are provided for Primary 4 to Secondary 2.
        Advisory: this exhibition contains depictions of nudity. Visitors under 16 should be accompanied by an adult.
        Sold works are marked with a red dot; works marked with a green dot are reserved for 48 hours pending payment.
        Parking at Gillman Barracks is limited on opening nights; the nearest MRT is Labrador Park (CC27), about a 10-minute walk.
        "Kampung Memories" is a members' show by a Penang watercolour society; all 68 works are for sale and prices are listed on the room sheet.
        Our private viewing for collectors is by invitation only. To be added to the mailing list, please sign up at the front desk.
    """),
    ("en", "consignment and commission terms"): _lines("""
        The Gallery retains a commission of 40% of the net sale price on all consigned works; the artist receives 60% within 30 days of the buyer's payment clearing.
        Consignment period: 6 months from the date of receipt, renewable by mutual agreement in writing.
        Consignor name: ____________ | NRIC/Passport No.: ____________ | Contact No.: ____________ | (please complete in block letters)
        Works remain the property of the artist until sold. The Gallery insures consigned works at 60% of the agreed retail price while on its premises.
        Commissioned portraits require a 50% non-refundable deposit; the balance is payable on approval of the final work. Two rounds of changes are included.
        Invoice INV-2024-0917: 1 x framed oil on canvas, 90 x 120 cm, S$6,800.00 incl. GST. Payment due within 14 days.
        Consignment note CN/24/118: 5 works received in good condition, 2 with minor frame chips noted on the condition report.
        Sales of artwork are subject to 9% GST for GST-registered galleries; the artist's share is calculated on the price before GST.
        Price list revision v3.2, effective 1 January: small works (under 40 cm) S$850-1,500; medium S$2,200-4,800; large on request.
        Artists must collect unsold works within 14 days of the end of the consignment period; uncollected works incur a storage fee of S$5 per work per day.
        The commission fee for a 60 x 60 cm acrylic pet portrait starts at RM1,200; delivery in 6 to 8 weeks from deposit.
        Resale royalties are not mandatory in Singapore or Malaysia, but some galleries voluntarily pay 5% to the artist on secondary sales.
        Condition report legend: A = excellent, B = minor wear, C = visible damage; FR = frame issue; CV = canvas issue.
        Gallery UEN 201824517K. Cheques payable to the company name only; PayNow to UEN accepted.
        A certificate of authenticity is issued for each work, stating title, medium, dimensions, year and edition number.
    """),
    ("en", "art class admin"): _lines("""
        Term 2 weekend classes: Kids Drawing (5-7 yrs) Sat 9.30am, Junior Watercolour (8-12 yrs) Sat 11am, Teen Portfolio Prep Sun 2pm. 10 lessons per term.
        Fees: S$380 per 10-lesson term, materials included. SkillsFuture Credit can be used for the adult courses listed on the portal.
        What to bring: an apron or old T-shirt, a water container and a hand towel. All paints and paper are provided.
        Make-up lessons can be arranged within the same term if we are informed 24 hours before the class. Missed lessons without notice are not refundable.
        Which pencils should a beginner buy? A set of 2H, HB, 2B, 4B and 6B is enough; add a kneaded eraser and a blending stump.
        O-Level Art coursework tip: your preparatory work should show development (thumbnails, colour studies, experiments), not just the final piece.
        For portfolio applications to NAFA and LASALLE, most reviewers want 10 to 15 works, with at least a few observational drawings from life.
        Our studio is on the second floor; lift access is via the loading bay. Strollers can be parked outside the classroom.
        Class cancelled due to the haze; the PSI in the north is above 150 this morning. A make-up date will be announced.
        Holiday art camp, 3 to 6 June, 9am to 1pm daily, ages 6 to 12; each child brings home a clay pot and a framed painting.
        How do I stop my watercolour paper from buckling? Stretch it with gummed tape, or use 300 gsm cold-pressed paper.
        Enquiries: hello@kilnandcanvas.sg or 6294 8810 (Mon to Fri, 10am to 6pm). We do not take class bookings over WhatsApp.
        Adult life drawing: Wednesdays 7.30pm to 9.30pm, S$35 per drop-in, model fee included. Participants must be 18 and above.
        Refund policy: full refund if withdrawn 7 days before the term begins; 50% before the second lesson; no refund thereafter.
        Chinese brush painting for beginners starts with the four gentlemen: plum, orchid, bamboo and chrysanthemum.
    """),
    ("en", "residency open call"): _lines("""
        Open call: the 2025 studio residency offers three artists a 10-week studio, a monthly stipend of S$2,000 and a closing show.
        Eligibility: Singapore citizens, PRs and Malaysian artists with at least two years of practice. Full-time students are not eligible.
        Application requirements: CV (max 2 pages), artist statement (max 500 words), 10 images of recent work, and a project proposal with a budget.
        Applications close 31 January, 11.59pm (GMT+8). Shortlisted applicants will be interviewed in the second week of February.
        The residency provides shared kiln access, an etching press and 24-hour studio entry; accommodation is not included.
        Residents are expected to run one public workshop and one open-studio day during the programme.
        Selection panel: a curator from the partner museum, a practising artist and a representative of the funding foundation.
        Successful applicants from outside Singapore must obtain the appropriate pass; the host organisation will provide a letter of support.
        Residencies such as Rimbun Dahan in Kuang, Selangor, have hosted Malaysian and Australian artists since the 1990s.
        FAQ: Can collaborative duos apply? Yes, but the stipend is shared and only one studio is allocated.
        Proposal template / Title: ___ / Medium: ___ / Timeline (week 1-10): ___ / Budget (S$): ___ / Community component: ___
        Your application reference has the format RES25-XXXX. Please quote it in all correspondence.
        Results will be emailed to all applicants by 15 March. Due to the volume of applications we are unable to give individual feedback.
        Outcomes from last year's cohort included a ceramics installation, a risograph zine and a sound piece recorded along the Rochor Canal.
    """),
    ("mixed", "gallery staff chat"): _lines("""
        Eh the framer say Thursday can collect liao, all 6 pieces, invoice already paid.
        Opening night need how many wine glasses ah? Last time 120 not enough leh.
        Reminder: tmr install from 10am, bring the spirit level and the mirror plates. Don't forget the hanging wire.
        The lighting guy say track 3 spoil, need to change the transformer, quote $280.
        Who took the bubble wrap from the storeroom? Need it for the Penang shipment later.
        Walk-in aunty just asked if the big ink painting can pay by instalment, I said must check with boss first.
        Courier tracking RR473188206SG, should reach KL by Monday.
        Today sold 2 small ones, both cash, receipts in the drawer.
        Boss say no more consignment until after CNY, storeroom full already.
        Pls update the price list on the website, the 40x50 ones now $1,450 not $1,250.
        Later 3pm the school group coming, 35 kids Sec 2, need someone to do the tour.
        Can someone check the humidity in room 2? Reading 78% just now, too high for the works on paper.
        Aircon servicing Friday morning, so gallery open at 1pm that day ya.
    """),
    ("ms", "notis kelas dan pameran"): _lines("""
        Pameran "Warisan Tekat" dibuka kepada orang ramai mulai 5 Oktober, setiap hari 10 pagi hingga 6 petang, kecuali Isnin.
        Kelas lukisan cat air untuk kanak-kanak berumur 7 hingga 12 tahun diadakan setiap Sabtu, yuran RM150 sebulan termasuk bahan.
        Borang permohonan residensi seniman: Nama: ________ No. Kad Pengenalan: ______-__-____ No. Telefon: ________
        Karya yang dihantar secara konsainan akan dipamerkan selama tiga bulan; komisen galeri ialah 35% daripada harga jualan.
        Sila bawa apron, berus dan bekas air sendiri. Kertas lukisan disediakan oleh pihak penganjur.
        Tarikh tutup permohonan: 28 Februari. Hanya calon yang tersenarai pendek akan dihubungi.
        Balai Seni Negara menyimpan koleksi karya Ibrahim Hussein dan Syed Ahmad Jamal yang dipamerkan secara bergilir.
        Bengkel batik canting untuk dewasa: 2 sesi, RM220 seorang, tempat terhad kepada 15 peserta.
        Nombor invois INV/KL/2024/0356 telah dijelaskan. Terima kasih atas pembayaran anda.
        Galeri ditutup sempena Hari Raya Aidilfitri dari 9 hingga 13 April dan dibuka semula pada 14 April.
        Soalan: Bolehkah pelajar Tingkatan 5 memohon? Jawapan: Boleh, dengan kebenaran ibu bapa dan surat sokongan sekolah.
        Bengkel kartun kanak-kanak bulan ini diinspirasikan oleh buku Budak Kampung karya Lat.
    """),
    ("zh-Hans", "画室与画廊通知"): _lines("""
        本周六下午两点举办水墨画示范，由画室老师现场讲解山水皴法，名额有限，请提前报名。
        少儿素描班每期十堂课，学费新币三百八十元，含画材。
        画展开幕酒会定于十一月十四日晚上七点，欢迎各位藏家莅临。
        寄卖作品须附作品清单，注明尺寸、材质、创作年份及底价。
        徐悲鸿曾于二十世纪三四十年代多次到访南洋，在新加坡举办筹赈画展。
        报名表：学员姓名＿＿＿＿ 年龄＿＿ 家长联系电话＿＿＿＿（请用正楷填写）
        因农历新年假期，画廊于初一、初二休馆，初三照常开放。
        作品集辅导课程适合准备报考艺术学院的中学生，每周一次，共八周。
        发票号码 INV-2024-1103 已结清，作品将于三个工作日内送达。
        驻留艺术家计划提供工作室、每月津贴及结业展览，申请截止日期为一月三十一日。
        请勿触摸展品，部分油画尚未上光油。
        国画入门先练用笔，从梅兰竹菊四君子开始。
    """),
    ("en", "catalogue and inventory"): _lines("""
        Cat. no. 23: Untitled (Red Field), 2019, acrylic on linen, 120 x 150 cm. Price on request.
        Accession no. 2015-01432: ink and colour on paper, hanging scroll, gift of a private foundation.
        Edition 7/25, archival pigment print on Hahnemuhle Photo Rag, 50 x 70 cm, signed and numbered in pencil verso.
        Exhibition catalogue, 96 pp., full colour, ISBN 978-981-18-4402-7, S$35 at the gallery shop.
        SKU KC-PRT-0342: framed giclee print, limited to 50 copies.
        Provenance: acquired from the artist's estate; exhibited at the Singapore Art Museum, 1997; private collection, Kuala Lumpur.
        Storage location: Rack B-04, Bay 2. Condition: B (minor surface dirt, frame corner chipped).
        Lot 118: Chen Wen Hsi (1906-1991), "Gibbons", ink and colour on paper, estimate S$28,000-35,000.
        Dimensions are given height before width; framed sizes are approximately 8 cm larger on each side.
        Insurance valuation update Q3: 214 works on hand, total agreed value S$1.86 million.
        Crate 3 of 4 / FRAGILE / this way up / keep dry / gross weight 48 kg
        Catalogue raisonne, two volumes, ISBN 978-967-2411-88-8, hardcover, RM480 per set.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CONSIGNMENT AGREEMENT | Consignor: TAN WEI MING | NRIC: S8834172D | Address: Blk 218 Bedok North St 1 #05-112 Singapore 460218 | HP: 9127 4406 | Works: 3 (oil on canvas) | Split 60/40
        Artist payout 14/03: Arjun s/o Ramasamy, sold "Monsoon Shophouse" at S$4,200 less 40% = S$2,520, transferred to his POSB savings 188-23456-7.
        Portfolio review notes: Chloe Lim Xin Yi, Sec 4, strong life drawing but rushed the final piece; mum mentioned dad was retrenched in March and asked whether Chloe can get the bursary for the NAFA foundation year.
        Kids class register Sat 9.30am: Ryan Pereira (7) has a severe peanut allergy, EpiPen in his bag; pick-up by grandma only; mum Sharon 9688 2150.
        Collector note (CRM): Dr Sharmila Nair, ENT surgeon, buys mid-century Nanyang works, budget around S$80k, husband Vikram handles payments, call only after 11am on 9835 6621.
        Ship to: Mr Desmond Yeo Chee Keong, 42 Jalan Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur / Tel +60 12-338 7154 / Crate 2 of 2 / Insured value RM18,000
        Deposit received for commissioned family portrait: Mrs Karen Goh, Visa 4556 1853 3450 6788 exp 09/27, S$1,750 (50%).
        Complaint log C-0412: Mr Lee Kok Wah of 27 Jalan Kemuning, Johor Bahru, says the frame on his wife's commissioned portrait cracked within 2 weeks; demands a full refund of RM640, very upset on the phone.
        Residency applicant: Nurul Aisyah binti Kamarudin, MyKad 950723-14-6108, nurul.aisyah.studio@gmail.com, 017-604 2295; proposal: songket motifs in stoneware.
        Congrats to our student Lynnette Koh (16, Sec 4) for winning the youth category at this year's open competition! Follow her work at @lynnette.draws
        Resident artist Farhan bin Yusof was absent 12-15 Aug with dengue; MC from the polyclinic attached, stipend not deducted.
        Incoming resident: Putu Ayu Wirawan, F, DOB 03/02/1991, Indonesian passport B7719304, arriving 2 Sep on SQ939, studio 2A.
        Opening night parking reserved: SKP 4718 Y for Mr Benjamin Chua (collector, table 3), please let him in at the barrier.
        hi can add me to the life drawing group? my tele is @kailash_sketches, I'm Kailash, came for the trial session on Wed
        Student file: Sophia Tan Hui Min, P5, diagnosed with ADHD; mum requests she sits near the teacher and gets short breaks every 20 min.
        Refund of RM2,300 to Mdm Rohani binti Ismail, No. 8 Lorong Damai 5, 11700 Gelugor, Penang, for the cancelled batik panel commission; her Maybank acct 5141 2237 8890.
        Holiday camp registration / Child: LAU JUN KAI ETHAN / NRIC: T1182365Z / Age: 13 / Parent: Lau Mei Ling 8123 5097 / Medical: asthma, carries inhaler
        Consignor payout details: Nadia binte Rahim (T0247719F), OCBC 601-234567-001, 3 works unsold, collect by 30 Nov.
        From: james.fernandez.art@hotmail.com / Hi, I'm James Fernandez. I'd like to consign four of my late father's batik paintings. Could you value them before my siblings and I decide?
        Ms Hannah Mueller, FIN F2719054P, wants her 6 purchased works crated and shipped to Hamburg when her Employment Pass ends in June.
        Studio allocation: Maria Santos Dela Cruz (FIN M4420683P), Filipino painter, studio 4B, rent S$450 deducted from stipend monthly.
        Sold to Mr Ong Boon Huat (repeat buyer): 2 lithographs, paid by Mastercard 5521 9073 9074 9161, deliver to 15 Jalan Kayu #02-03 S(799452) on Sat.
        Aiman didn't come again this week. His mother Puan Zaleha told me they can't afford the term fees after the divorce. (Aiman Hakim bin Zulkifli, Sat 11am watercolour)
        Teen Portfolio waitlist: 1. Kavya d/o Suresh (Sec 3, 9371 0584) 2. Ho Jia Wen (Sec 4, 8766 3019) 3. Marcus Teo Wei Jie (JC1, parent email teo.family88@yahoo.com.sg)
        Emergency contact form / Student: Elaine Chong / Contact: husband Raymond Chong, +65 9042 7718 / Medical: epilepsy, please avoid strobe lights during the video art session
        Commission brief: portrait of client's late mother from a 1980s photo; client Mr Vijay a/l Krishnan, 016-772 0913, wants it ready before her first death anniversary in Jan.
        Refund approved: Ms Cheryl Wong withdrew from the wheel-throwing course due to pregnancy complications; S$420 to UOB 372-301-845-6.
        Lost and found: wallet left after Sunday class, IC inside belongs to KOH SIEW LAN, S7531846D. Kept at the counter.
        Bursary application: Wong Zi Xuan, DOB 12/05/2004, NRIC T0419852I, LASALLE BA (Hons) Fine Arts Yr 2, per capita household income S$1,100.
        Incident report: student Darren Ng (14) cut his palm on a lino cutter during printmaking, 3 stitches at the A&E; father informed at 8215 6642.
        Payout to T0338470A via PayNow, S$1,120, for "Kopitiam Mornings" (sold 3/5).
    """),
    "ms": _lines("""
        BORANG KONSAINAN | Nama: AHMAD FAIZAL BIN OSMAN | No. KP: 880412-10-5523 | Alamat: No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor | Tel: 019-283 7461 | Bil. karya: 4
        Puan Siti Hajar binti Abdullah (KP 930506-12-5064) memohon residensi 3 bulan di Kota Kinabalu; beliau ibu tunggal dengan dua anak kecil.
        Bayaran komisen untuk En. Ravi a/l Subramaniam: RM3,150 dimasukkan ke akaun CIMB 8604331972 pada 5/6.
        Pelajar Nur Izzati binti Hamzah, Tingkatan 4, tidak hadir kelas 3 minggu kerana demam denggi; ibu bapa minta tangguh bayaran yuran.
        Salam cikgu, saya ayah Danish (kelas Sabtu 9.30), boleh tukar ke kelas Ahad? Nombor saya 011-2193 8820, Hafiz.
        Resit: Diterima daripada Cik Tan Li Ying (KP 020915-07-0342) sebanyak RM450 bagi yuran kelas lukisan cat minyak, Jan hingga Mac.
        Senarai penghantaran: Encik Lim Chee Wai, 23 Lorong Pasar Baru 2, 30200 Ipoh, Perak / 2 lukisan, dibalut / tel 013-558 4126
        Nota kurator: karya Mohd Shafiq bin Rosli ditolak kerana plagiat; beliau telah diberi amaran bertulis dan dilarang menghantar karya selama setahun.
    """),
    "zh-Hans": _lines("""
        学员：陈思慧，十二岁，周六上午油画班，家长陈先生电话 9176 3402，已缴学费 $480。
        寄卖人：黄志强，身份证号 S9012277J，寄卖作品三件，成交后六四分成，款项汇入星展银行账户 012-45873-2。
        藏家林美玲女士的微信号 linmeiling_art88，偏好吴冠中风格的水墨，预算约五万新币。
        驻留艺术家刘嘉欣（中国籍，护照号 E52817364）九月抵达，住在画廊安排的宿舍。
        学生李俊杰作品集评语：素描基础扎实，但色彩较弱；母亲说他有色弱，请老师多留意。
        订画客户郑伟文先生要求画他已故父亲的肖像，定金马币一千五，联系电话 012-775 3308。
        投诉记录：家长周丽华女士投诉女儿在陶艺课上被另一名学生推倒受伤，要求退款并调看监控录像。
    """),
    "mixed": _lines("""
        the lady who commission the cat portrait, Mrs Priya Chandran, hp 9305 1246, she want collect Sat but only after 4pm, pls wait for her
        boss, Kelvin Tan (the framer's son) still haven't pay for the 3 prints lah, $1,350 outstanding, he say next week gaji then pay
        Siapa ambil class Ahad? Cikgu Aida Rahman MC today, her son admitted KK hospital, so I cover first.
        这个学生 Bryan Koh 的妈妈又打来说要退学费，说他 PSLE 之后没时间来了，她电话 8427 5190
        guys pls note resident artist Kenji Watanabe stay studio 3, his FIN G5507381W, MOM need copy of his passport by Fri
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an admin assistant for a small contemporary art gallery in Singapore."),
        (
            "user",
            "Draft a consignment receipt for artist Teo Swee Lan, NRIC S8265013Z. 5 ink paintings received today, 60/40 split in her favour.",
        ),
        (
            "assistant",
            "CONSIGNMENT RECEIPT / Consignor: Teo Swee Lan (NRIC S8265013Z) / Works received: 5 ink paintings / Commission: artist 60%, gallery 40% / Received by: ________ Date: ________",
        ),
        ("user", "Add her PayNow number 9476 2038 for the payout line."),
    ],
    [
        (
            "user",
            "Help me write a polite WhatsApp to a parent. Her son Adam Iskandar bin Rahman keeps disrupting the Saturday 11am class and pushed another kid yesterday. Mum is Puan Norhayati.",
        ),
        (
            "assistant",
            "Salam Puan Norhayati, I hope you are well. I wanted to share some concerns about Adam in our Saturday 11am class. Yesterday he pushed another child, and he has found it hard to settle in recent lessons. Could we find a time to talk about how to support him?",
        ),
        (
            "user",
            "Make it shorter, she's already upset because he was suspended from school last month.",
        ),
    ],
    [
        ("system", "You help a residency selection panel summarise applications."),
        (
            "user",
            "Summarise applicant 1: Goh Pei Shan, 34, ceramicist, on medical leave from her MOE teaching post since May for depression, wants the residency to restart her practice. Strong kiln work, weak proposal budget.",
        ),
        (
            "assistant",
            "Applicant 1, Goh Pei Shan (34, ceramicist): strong technical kiln work; proposal budget underdeveloped. Currently on medical leave from teaching and sees the residency as a way back into studio practice.",
        ),
    ],
    [
        (
            "user",
            "I need to chase a collector for payment. Mr Harish Menon bought 2 works in October, S$12,400 still unpaid. His email is harish.menon72@gmail.com. Write a firm but polite email.",
        ),
        (
            "assistant",
            "Dear Mr Menon, thank you again for acquiring two works from our October exhibition. Our records show an outstanding balance of S$12,400. We would be grateful if payment could be made within the next 7 days. Kind regards.",
        ),
        (
            "user",
            "Mention the invoice number INV-2024-1022 and that we can't release the works until it's paid.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封邮件给学生家长：学生王梓涵的作品集已被南洋艺术学院录取，家长王太太电话 9618 4420，想约她下周来画室谈后续课程。",
        ),
        (
            "assistant",
            "王太太您好：恭喜梓涵的作品集获南洋艺术学院录取！我们想邀请您下周到画室详谈后续课程安排，方便的话请回复合适的时间。",
        ),
        ("user", "加一句感谢她这两年一直接送孩子来上课。"),
    ],
    [
        (
            "user",
            "Tolong semak borang ni. Nama: Lee Mei Fong, KP 011130-01-1288, alamat 18 Jalan Harmonium 23/5, Taman Desa Tebrau, 81100 Johor Bahru. Format betul tak?",
        ),
        (
            "assistant",
            "Format nombor KP betul (12 digit, dengan sengkang). Alamat lengkap dengan poskod dan bandar. Pastikan nama ditulis mengikut kad pengenalan.",
        ),
        ("user", "Ok, tambah juga no akaun Public Bank dia 3182744062 untuk bayaran komisen."),
    ],
    [
        (
            "user",
            "Write a letter of support for our resident artist Syafiq Iskandar bin Mohd Noor, Malaysian passport A41928375, for his Training Employment Pass. Residency runs 1 Mar to 31 May.",
        ),
        (
            "assistant",
            "To whom it may concern: We confirm that Mr Syafiq Iskandar bin Mohd Noor (Malaysian passport A41928375) has been selected for our studio residency from 1 March to 31 May. The gallery will provide a studio and a monthly stipend during this period.",
        ),
        ("user", "Add his MyKad 860219-13-5371 and that he's from Kuching."),
    ],
    [
        (
            "user",
            "Can you turn my notes into a condition report? Client Mrs Evelyn Sim, painting water-damaged by a pipe leak in her condo at 8 Shelford Road #07-05, she's claiming from her insurer.",
        ),
        (
            "assistant",
            "CONDITION REPORT / Owner: Mrs Evelyn Sim / Cause: water ingress from a burst pipe / Observations: tide lines along lower edge, localised paint lifting, canvas slack / Recommendation: professional conservation before rehanging.",
        ),
        ("user", "Her contact is 9837 2264, put it at the top for the loss adjuster."),
    ],
    [
        (
            "user",
            "one of my teen students, Rachel Ang (15, my Sunday class), has been drawing pictures of herself cutting her arms. her mom's number is 8350 9127. should I call the mom?",
        ),
        (
            "assistant",
            "It is right to take this seriously. Speak with Rachel privately and calmly first, then inform her parent. If you believe she is in immediate danger, contact emergency services. You can also point the family to professional support services.",
        ),
        ("user", "ok. her mum works nights, what's the best time to call?"),
    ],
    [
        (
            "user",
            "Write an Instagram caption congratulating our student Arvind Pillai, who just got into Central Saint Martins with a partial scholarship.",
        ),
        (
            "assistant",
            "Huge congratulations to Arvind, who has been offered a place at Central Saint Martins with a scholarship! From his first charcoal studies in our Teen Portfolio class to this, we are so proud.",
        ),
        (
            "user",
            "tag his account @arvind.makes.things and thank his parents Suresh and Lakshmi for their support.",
        ),
    ],
]
