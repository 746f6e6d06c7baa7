# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en267: SG/MY carpet, curtain and upholstery cleaners and makers (home visits, measurements, stain disputes, deposits, staff schedules, customer reviews). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en267
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Carpet shampoo (wall-to-wall, synthetic): S$1.80 per sq ft, minimum charge S$120 per visit, no transport surcharge for Tampines and Pasir Ris.
        Persian and silk rugs, hand wash at our Kallang Bahru workshop: from S$9.50 per sq ft, collection and return included for rugs above 6ft x 9ft.
        Curtain dry clean (take down, clean, re-hang): night curtain S$6.00 per panel width, sheer S$4.50, blackout lining add S$1.50 per panel.
        Sofa steam clean: 1-seater S$45, 2-seater S$70, 3-seater S$90, L-shape 5-seater S$150; leather conditioning add S$30 per seat.
        Mattress dust-mite treatment with UV-C lamp: single RM90, queen RM130, king RM150. Promo valid till 31 March 2026 for Klang Valley bookings only.
        Made-to-measure ripplefold curtains, linen-look polyester, 2.5x fullness: from RM68 per metre width, track and installation charged separately.
        Roller blinds, sunscreen fabric 5% openness, chain operated: up to 1.2m wide RM185, 1.2m to 1.8m RM240, above 1.8m quotation on site.
        Re-upholstery of dining chair seat pad, fabric from our Warwick, Zepel and Jim Thompson catalogues: S$65 per chair, 6 chairs and above S$58 each.
        Stain removal add-on (coffee, red wine, curry, bak kwa oil): S$25 per spot up to 10cm diameter; results not guaranteed on old or bleached stains.
        Odour treatment for pet urine on carpet, enzyme spray plus sub-floor extraction: S$3.20 per sq ft, minimum chargeable area 20 sq ft.
        Office carpet tiles 50cm x 50cm, deep extraction after 7pm or on weekends: S$0.95 per sq ft for areas above 3,000 sq ft in Raffles Place and the CBD.
        Transport surcharge: Sentosa, Jurong Island and Tuas S$35; Johor Bahru cross-border service RM150 plus toll and parking charged at cost.
        Deposit 30% upon confirmation of measurement for all custom curtains and blinds; balance payable on the day of installation by PayNow or cheque.
    """),
    ("en", "faq"): _lines("""
        Q: Do I need to be home during the cleaning? A: An adult must be present at the start and end of the visit to inspect the items with our technician and sign the job sheet.
        Q: How long does the carpet take to dry? A: Usually 4 to 6 hours with fans and aircon running; thick wool carpets during the monsoon season may need overnight drying.
        Q: Is the deposit refundable? A: The 30% deposit is refundable if you cancel at least 72 hours before the measurement slot; once fabric is cut it is no longer refundable.
        Q: What if a stain comes back after drying? A: That is called wicking. Report it within 7 days through the booking portal and we will re-treat the spot at no cost.
        Q: Can you clean curtains without taking them down? A: Yes, on-site steam cleaning is available for fixed pleat curtains; motorised tracks (Somfy, Silent Gliss) must be switched off first.
        Q: How do you measure for curtains? A: We measure the track width and the drop from the top of the track to the floor, then add 2.0x to 2.5x fullness depending on the heading style.
        Q: Do you handle stain disputes? A: Our technician photographs every item before cleaning. Disputes are reviewed by the operations manager within 5 working days using those photos.
        Q: Are your chemicals safe for babies and pets? A: For home visits we only use pH-neutral, fragrance-free detergents certified under the Singapore Green Label Scheme.
        Q: Which areas do you cover? A: All of mainland Singapore, plus Johor Bahru, Iskandar Puteri and Kulai for carpet and sofa jobs above RM300.
        Q: Do you accept CDC vouchers? A: CDC vouchers are accepted at our Toa Payoh Lorong 8 shopfront only, not for home-visit bookings made online.
        Q: How often should rugs be professionally cleaned? A: Every 12 to 18 months for living rooms, or every 6 months in homes with pets, toddlers or dust allergies.
        Q: Can I reschedule? A: You may reschedule once free of charge up to 24 hours before the slot. Same-day changes incur a S$30 admin fee.
        Q: What warranty do you give on re-upholstery? A: 12 months on workmanship and stitching, 6 months on foam; fabric fading from direct sunlight is not covered.
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Kassim & Sons Upholstery on Jalan Sultan, our 20-year-old rattan settee looks brand new and they matched the songket fabric perfectly.
        Ah Seng Curtain Trading at Ampang Point measured on Saturday and installed by Thursday. Fair price, and the blackout lining really blocks the afternoon sun.
        Booked Mdm Wong's Rug Spa via their website. Two guys came on time, rolled up the 8x10 Kashan and returned it in 9 days. No more musty smell, worth the S$420.
        2/5. The team was polite but the sofa still had watermarks after drying. Their hotline 6293 4410 took three days to reply and only offered a partial redo.
        Highly recommend Uncle Bob's Carpet Cleaning for condo move-outs, the landlord accepted the carpet without deducting anything from the deposit.
        Spotless Home Services Pte Ltd (UEN 201734562N) handled our office carpet over the Hari Raya weekend with zero disruption to Monday operations.
        Their Jurong West showroom has a good range of Warwick and Laura Ashley fabrics, but the sales staff push the expensive motorised tracks too hard.
        Three stars. Curtains came back 2cm shorter after dry clean even though they promised a pre-shrink test. Got an RM80 voucher as goodwill, acceptable lah.
        Finally found a cleaner that does wool carpets properly. Ask for their low-moisture method, carpet was dry before dinner. Found them through a Carousell listing.
        Rated 4.6 on Google with 1,200 reviews and it shows. Booking confirmed by WhatsApp from their business line +65 8892 3104, reminder the day before, invoice same night.
        Avoid the free stain check flyers in Bukit Panjang, they quoted S$380 on the spot for a single sofa. Two other companies quoted an average of S$95.
        Good job on the Peranakan-print cushion covers, the piping was redone exactly like the original. Five stars from a Katong household.
        The owner is clearly passionate about Turkish kilims and gave a short talk on Ushak weaving while packing our rug. Premium price but you get what you pay for.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-03-14T09:12:44+08:00 INFO booking.created id=BK-SG-0031877 service=sofa_steam seats=3 zone=EAST slot=2026-03-16T14:00 team=T04
        2026-03-14T09:13:02+08:00 WARN pricing.rule id=PR-112 matched=none fallback=base_rate sku=CRP-SHAMPOO-SYN qty_sqft=420
        deposit_policy: {percent: 30, refundable_until_hours: 72, currencies: [SGD, MYR], non_refundable_after: fabric_cut, admin_fee_sgd: 30}
        SELECT job_id, team_code, dry_time_min FROM jobs WHERE service = 'rug_handwash' AND completed_at >= '2026-01-01' ORDER BY dry_time_min DESC LIMIT 20;
        def fullness_width(track_mm: int, ratio: float = 2.5) -> int: return int(track_mm * ratio) + 150  # 75mm returns each side
        order_id,created_at,zone,service_code,sqft,unit_price_sgd,stain_addon_qty,total_sgd,deposit_paid,status
        ORD-2026-004417,2026-02-03 10:40,WEST,RUG-HW-WOOL,54,9.50,2,563.00,Y,COMPLETED
        2026-03-15 18:02:11 ERROR sms.gateway provider=twilio code=30007 template=REMINDER_D1 retry_in=300s queue_depth=14
        docker run -d --name booking-api -e TZ=Asia/Singapore -e DB_HOST=db.internal -p 8080:8080 ghcr.io/example/booking-api:2.7.3
        commit 4f9a1c2e7b0d: curtain measurement form v3 adds bay window segments, ceiling-fix vs wall-fix toggle and hook type (pin, S-hook, glider).
        [scheduler] 2026-03-17 06:30 MYT generated 42 jobs for 9 teams; overflow=3 moved to 2026-03-18; van utilisation 87%
        STAIN_CODES = {'C01': 'coffee', 'C02': 'red wine', 'C07': 'turmeric/curry', 'P03': 'pet urine', 'I01': 'ink', 'W09': 'water ring'}
        invoice.pdf generated path=s3://receipts-bucket/2026/03/INV-MY-26-01288.pdf sha1=9e1b7c04d2a8f3e65b0c1a47d9e2f8830b6c4a51 size=84kB
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team 3 pls note: tmr 9am Bedok North job is 2 rugs + 1 L-shape sofa, bring the small extractor, the lift at that block under maintenance so must use stairs.
        Van 2 tayar pancit on PIE near the Toa Payoh exit, we late about 40 min. Office pls inform the customer for the 11am slot, sorry ah.
        Reminder all: before start job must take before photos of every stain and upload to the job card. No photo means company cannot defend if got dispute later.
        Stock check: Prochem Fibre Rinse left 2 tubs, enzyme spotter 1 bottle, 5L solvent 3 cans. Store will order from supplier on Monday, anyone need extra tell now.
        今天 Mont Kiara condo job done, carpet 320 sqft, 客户 already pay balance by DuitNow, slip uploaded to folder 0315. Tomorrow we start 8am ok?
        Curtain workroom update: 14 panels for the Sentul project cut already, hemming tomorrow, eyelet machine rosak again, technician coming Thursday 2pm.
        Weekend roster: Sat Team 1 + Team 4 full day, Sun only Team 2 half day until 1pm. Anyone want to swap settle yourself and update the sheet by Friday.
        Guys jangan guna hot water on the silk rug ok, cold rinse only. Last month one rug colour run and company paid RM1,800 claim. Learn from that.
        OT claim form for February submit by 5 March. HR says no more WhatsApp screenshot, must use the new form in the staff app version 1.4.
        Measurement tip: bay window 3 segments, measure each one separately then total. Last week quote wrong because we measure straight across only, customer not happy.
        Boss confirm 11.11 promo: sofa + carpet bundle 15% off, valid for bookings made 8 to 12 Nov, job date until 15 Dec. Flyers reach office Wednesday.
        哪个 team 有空? Ampang Jaya shoplot office need carpet tile spot cleaning before 10am Friday, 800 sqft only, quick job. Reply in this group.
        Pls check van 4 first aid box, plaster and gloves habis already. Also the moisture meter battery low, charge before tomorrow's Puchong run.
    """),
    ("mixed", "invoices"): _lines("""
        TAX INVOICE No. INV-SG-26-000812 | Spotless Home Services Pte Ltd | UEN 201734562N | GST Reg No. 201734562N | 3015 Bedok North Street 5, #04-22, Singapore 486350
        Carpet deep extraction, office L12, 2,400 sq ft @ S$0.95 = S$2,280.00; stain spotting x6 @ S$25 = S$150.00; subtotal S$2,430.00; GST 9% S$218.70; total S$2,648.70
        INVOIS No. KSU/2026/0341 · Kassim & Sons Upholstery Sdn Bhd (202001023456 / 1378921-P) · Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor
        Item: re-upholstery sofa 3+2+1, fabric Zepel Fibreguard FG-220 Sand, 21m @ RM48 = RM1,008; labour RM1,350; foam 2.5 density RM420; SST 8% on service RM108.00
        Payment: 30% deposit received 04/02/2026 ref DEP-0341, balance due on delivery. Bank: Maybank, a/c name Kassim & Sons Upholstery Sdn Bhd, a/c no. 5621 0834 7719.
        收据 Receipt No. R-JB-26-0077 | 新山 Ah Seng Curtain Trading (JM0812345-U) | 窗帘清洗 12 幅 RM216 | 挂钩更换 60 个 RM30 | 合计 RM246 | Paid by cash
        Quotation QT-2026-0188 valid 14 days: supply and install Somfy Glydea 60e motorised track, 3.6m, with remote and 2 brackets per metre, S$1,280 nett.
        Credit Note CN-26-0019 against INV-SG-26-000744: refund S$90.00 for re-treatment not performed (stain wicking case closed by ops on 12/03/2026).
        Delivery Order DO-88213 | 3 rolls blackout fabric 280cm wide, colour Charcoal, dye lot B2419 | received in good condition, checked by workshop supervisor.
        Invois Cukai / 税务发票 No. 2026-MY-00457 · No. Pendaftaran SST W10-2208-32000511 · Cuci karpet pejabat 1,500 kaki persegi @ RM1.10 = RM1,650.00
        Bill To: Marina Bay Sands Pte. Ltd., Facilities Department, 10 Bayfront Avenue, Singapore 018956 | PO No. 4500913822 | Job: ballroom foyer carpet spot clean
        e-Invoice UUID 7F3A91C2-44D8-B0E5-2C6A-1D9F8B37E004 validated by LHDN MyInvois on 2026-02-19 14:22:07, supplier TIN C21234567080, buyer TIN C10987654320
        Statement of account Feb 2026: opening balance RM3,420.00, invoices RM12,880.50, payments received RM11,200.00, closing balance RM5,100.50, please remit within 30 days.
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai kami di Jalan Tuanku Abdul Rahman akan ditutup pada 30 dan 31 Mac sempena Hari Raya Aidilfitri. Tempahan cucian langsir dibuka semula 1 April.
        Harga cucian karpet bermula RM1.20 sekaki persegi. Caj minimum RM100 bagi setiap lawatan di Lembah Klang, luar kawasan tertakluk kepada caj pengangkutan.
        Deposit 30% diperlukan untuk tempahan langsir ukuran khas. Deposit tidak akan dikembalikan selepas kain dipotong mengikut ukuran yang disahkan.
        Pelanggan dinasihatkan mengalihkan barang berharga dan perabot kecil sebelum pasukan kami tiba. Syarikat tidak bertanggungjawab atas kehilangan barang peribadi.
        Tuntutan kerosakan mesti dibuat dalam tempoh 7 hari selepas perkhidmatan dengan nombor invois dan gambar. Aduan juga boleh dibawa ke Tribunal Tuntutan Pengguna Malaysia.
        Talian khidmat pelanggan: 03-4021 8890 (Isnin hingga Sabtu, 9 pagi hingga 6 petang). WhatsApp perniagaan: 011-5120 7788. E-mel: khidmat@bersihlangsir.com.my
        Promosi Merdeka: cuci sofa 3 tempat duduk + karpet 5x7 kaki hanya RM199. Sah untuk tempahan dari 25 Ogos hingga 16 September 2026.
        Kami menggunakan bahan pencuci bebas fosfat yang selamat untuk kanak-kanak. Karpet akan kering dalam masa 4 hingga 6 jam bergantung kepada cuaca.
        Waktu operasi bulan Ramadan: 9 pagi hingga 4.30 petang. Lawatan ke rumah selepas waktu berbuka boleh diatur atas permintaan dengan caj tambahan RM30.
        Sejarah ringkas: perniagaan ini bermula sebagai kedai jahit langsir kecil di Kampung Baru pada tahun 1987 dan kini mempunyai 3 cawangan di Selangor dan Johor.
        Cara ukur langsir: ukur lebar rel dari hujung ke hujung, kemudian ukur tinggi dari rel ke lantai. Tolak 1 cm supaya langsir tidak menyapu lantai.
        Peringatan: Juruteknik kami sentiasa memakai uniform biru dan membawa kad kuasa syarikat. Jangan buat bayaran tunai kepada individu yang tidak dikenali.
        Syarikat ini berdaftar dengan SSM (No. 201801034567) dan semua kakitangan telah menjalani latihan keselamatan kimia serta kursus pengendalian mesin pengekstrak.
    """),
    ("zh-Hans", "门店公告"): _lines("""
        【营业时间调整】本公司芽笼分店自2026年3月1日起营业时间改为上午10点至晚上7点，逢周日及公共假期休息；上门清洗地毯、沙发、窗帘请至少提前三个工作日预约。
        价目表：布艺沙发蒸汽清洗单人位新币45元、双人位70元、三人位90元；真皮沙发护理每座另加30元；顽固污渍（咖啡、红酒、咖喱）每处加收25元。
        定金说明：定制窗帘确认尺寸后需付30%定金，面料裁剪后定金不予退还；尾款于安装当天以PayNow、支票或现金支付，恕不接受信用卡分期付款。
        量尺须知：师傅上门测量时会记录轨道宽度、离地高度及窗台深度，飘窗需分段测量；如需罗马帘或电动轨道，请在预约时注明以便携带样品。
        污渍争议处理流程：清洗前技师会为每件物品拍照存档，客户如对清洗效果有异议，请于七天内凭订单号联系客服，运营主管将在五个工作日内答复。
        客服热线 6748 2231（周一至周六 9:00-18:00），微信公众号「洁美地毯护理」，邮箱 service@jiemei-carpet.sg，公司注册号（UEN）201912345K。
        新品上架：比利时进口亚麻混纺纱帘，门幅280厘米，可做韩式褶、蛇形帘，每米新币38元起，本月下单免费上门量尺（限新加坡本岛地区）。
        温馨提示：羊毛地毯及真丝地毯建议每12至18个月专业清洗一次，家中有宠物或幼儿者建议缩短至6个月；请勿自行使用漂白剂处理污渍。
        员工排班安排：农历新年期间（正月初一至初三）全体放假，初四起恢复上门服务，年前最后一批窗帘清洗订单截止日期为2月10日，敬请留意。
        本店马来西亚新山分店地址：柔佛新山士古来路88号店屋（Jalan Skudai），电话 07-238 6612，停车位充足，欢迎携带布样到店比对颜色。
        行业小知识：波斯地毯以手工打结计算密度，大不里士（Tabriz）地毯常见每平方英寸200至400结，清洗时不可使用高温蒸汽，以免褪色缩水。
        公告：近日有不法分子冒充本公司员工上门推销免费除螨服务，本公司所有技师均穿蓝色制服并出示工作证，如有疑问请致电总部核实。
        订单号 SO-20260318-0457 已完成清洗，请于3月22日前到店取回窗帘，逾期每日收取保管费新币5元；取件时请出示订单短信或电子收据。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job sheet BK-SG-0032011: customer Mr Tan Wei Jie, Blk 512 Bedok North Ave 2, #08-1147, Singapore 460512, HP 9127 4483, 3-seater fabric sofa + 2 rugs.
        Please note Mdm Rosnah binte Ismail has severe asthma, team must use fragrance-free solution only and keep the windows open during the sofa clean at her flat.
        Deposit refund to Lim Pei Shan, POSB savings 189-43512-7, amount S$240, reason: she cancelled the measurement 5 days before the slot.
        Stain dispute: Ms Priya d/o Raman says the red wine mark on her cream carpet was caused by our technician and will file at the Small Claims Tribunals if not refunded S$600.
        Call back 9682 1147 about the curtain fitting, the man said his wife is out till 6pm.
        Mrs Goh cannot pay the S$1,150 balance this month because her husband lost his job in January; agreed instalments of S$300 monthly from April.
        Reminder: Jasmine Koh is 7 months pregnant, do not use solvent-based spotter on the nursery curtains and keep the visit under 2 hours.
        2026-02-11,Harjit Singh,harjit.s.1979@gmail.com,+65 9034 7721,42 Jalan Kembangan Singapore 419147,CURTAIN_MEASURE,deposit 30%
        Payslip Feb 2026: Muthu a/l Krishnan, curtain installer, basic S$2,150, OT 22h S$310, CPF employee S$492.00, net pay S$1,968.00.
        Email from ahmad.faris.rahim88@yahoo.com: the curtains you hemmed for my mother at Pasir Ris are 3cm too short, please call me back today.
        Complaint: the technician sent to Mr Chua Boon Keng's house last Tuesday was rude and smelled of alcohol; Mr Chua wants a different team and a written apology.
        Before/after photos for Wendy Lee, unit #14-06, 21 Clementi Ave 1, uploaded to drive as IMG_4471 to IMG_4490; sofa arm shows old bleach damage from before our visit.
        Installer Rahul Kumar, work permit FIN G7834521M, permit expires 14 May 2026, please renew before rostering him for the Jurong Island contract.
        Warranty claim verified: NRIC S****254I, name on invoice Ms Ng Siew Ling, blackout curtains bought June 2025, lining peeling after 8 months.
        Kevin from Woodlands Drive 16 called again about the refund, very angry and threatening to post on Facebook; his number is 8276 3390.
        Sarah Teo says she is going through a divorce and only she can sign off the job, please do not discuss anything with the ex-husband if he calls.
        Name: Lau Chee Meng | NRIC: S6934082B | Address: 27 Lorong Ah Soo, Singapore 536745 | Mobile: +65 9788 2014 | Job: re-upholster 6 dining chairs | Deposit: S$116 PayNow
        PayNow received from +65 8154 6621 (ANG MEI XIN), S$180.00, ref CURT-DEP-2291, deposit for 4 panels of sheer curtains.
        Mrs Fernandez says her son Ethan has autism and gets very distressed by loud vacuums, so team please use the quiet extractor and tell her before switching on.
        Customer's car SKV 3308 M is parked in the driveway at 9 Jalan Kechubong, team please park along the road and do not block the gate.
    """),
    "mixed": _lines("""
        Boss, that Ah Meng from Serangoon Gardens still owe us S$380 since December, he say wait until his CNY bonus then pay.
        Aunty Lucy 的 sofa tomorrow 10am, 23 Jalan Bunga Raya, Taman Melawati, 53100 KL, dia cakap pintu pagar kunci, call her 012-338 9017 bila sampai.
        陈先生 (Tan Ah Kow) WhatsApp +60 16-772 4108 hantar gambar carpet kena kencing kucing, minta quote cepat, his mother just discharged from hospital after stroke.
        Customer IC 850716-10-5527, Nur Aisyah binti Kamarudin, langsir 6 panel, deposit RM350 paid via Maybank2u, ref MB2U-99812.
        林太 complain again 窗帘 shrink 3cm, she say will report to KPDN and tell all her church friends, her husband is lawyer some more, careful ah.
        Driver Ravi punya lesen memandu expired last week, jangan bagi dia drive van 3 until renew, the JPJ saman RM300 he must pay himself.
        Pls refund deposit RM420 to Wong Kah Hoe, CIMB 7012334458, customer cancel because he kena retrench last week.
        Kak Yati dari Kajang tu hamil anak kedua, dia minta we all guna pencuci tanpa bau, jangan sembur apa-apa dekat bilik baby.
        Customer punya kereta WTQ 8841, Lexus putih, dia minta jangan block driveway dia at No. 7 Jalan SS2/64, Petaling Jaya.
        阿Boy 这个月 salary only RM1,900 because MC 5 days for dengue, HR pls confirm before bank in on the 28th.
    """),
    "ms": _lines("""
        Pelanggan: Encik Mohd Hafiz bin Abdullah, No. KP 870923-03-5161, alamat No. 15, Jalan Mawar 4, Taman Sri Andalas, 41200 Klang. Tempahan cuci karpet 8x10.
        Puan Zarina minta bayar secara ansuran sebab suami dia baru diberhentikan kerja, baki RM850 untuk langsir ruang tamu.
        Sila hubungi Cik Nadia di 019-442 7730 selepas jam 5 petang untuk mengesahkan ukuran langsir bilik tidur.
        Aduan Encik Faizal: sofa kulit dia retak selepas dicuci, dia tuntut RM2,400 dan sudah failkan tuntutan di Tribunal Tuntutan Pengguna, no. TTPM-B-1123-2026.
        Gaji Mac 2026: Azman bin Yusof, juruteknik, gaji pokok RM2,300, KWSP pekerja RM253, dibayar ke akaun Bank Islam 12029010234567.
        Makcik Salmah di Taman Keramat ada sakit buah pinggang dan buat dialisis Selasa dan Khamis, jadi lawatan mesti hari Isnin atau Rabu sahaja.
        E-mel pelanggan siti.khadijah.m@gmail.com minta resit deposit RM300 dan gambar sebelum cucian untuk tuntutan insurans rumah.
        Juruteknik Shahril ditangkap polis minggu lepas kerana kes dadah, jadi dia tidak akan masuk kerja; tolong keluarkan nama dia dari jadual pasukan 2.
    """),
    "zh-Hans": _lines("""
        客户王建国先生，身份证号 110105198503127310，在新山森林城市的公寓需要清洗全屋窗帘，联系电话 138 1047 6625，只在周末在马来西亚。
        李女士说她老公欠我们尾款新币680元，两人正在办离婚，让我们直接找他要，不要再打她的电话。
        阿明下个月要做心脏搭桥手术，请假两周，排班表上把他从第二组换出来，这两周工资照发，请财务留意。
        陈太的手机号码是 9176 2238，她只接受周末上门量尺，因为家里有老人中风卧床。
        员工张志强二月工资：基本工资RM2,600，加班RM420，扣除EPF RM286，实发RM2,734，转入Public Bank账户 4-5678901-23。
        黄小姐邮箱 huang.xiaoyu2019@163.com，要求把沙发清洗前后照片发给她，她要向房东讨回押金。
        订单备注：刘先生，NRIC T0212378E，住址 Blk 221 Ang Mo Kio Ave 1 #05-1012，三人沙发有猫尿渍，需除臭处理。
    """),
    "zh-Hant": _lines("""
        何嘉欣小姐，香港身份證 Y582143(4)，住址九龍太子道西 188 號 12 樓 B 室，窗簾訂金港幣 1,200 元已收，量尺日期 3 月 21 日。
        台北客戶林志明先生，身分證 A124738020，手機 0912-586-307，訂製遮光窗簾兩組，地址台北市大安區和平東路二段 76 號 5 樓。
        黃太話佢個仔有嚴重鼻敏感，洗完地氈一定要用 HEPA 機吸多一次，唔該師傅記住。
        澳門客戶梁先生（電話 6634 2187）投訴梳化洗完有水漬，要求退還訂金澳門元 800。
        員工周家豪上個月因欠債被財務公司追數，公司電話成日有人打嚟搵佢，請前台唔好透露佢嘅排班。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a Singapore carpet and sofa cleaning company. Collect the service, address, contact number and preferred slot, then confirm.",
        ),
        (
            "user",
            "Hi, I want to book a 3-seater sofa and one 5x8 rug clean. My name is Jeremy Sim, address 88 Lorong Chuan #07-03, Singapore 556749, mobile 9451 6620.",
        ),
        (
            "assistant",
            "Thanks Jeremy. I have noted a 3-seater sofa steam clean and one 5x8 rug at 88 Lorong Chuan #07-03, contact 9451 6620. Which slot works for you, Saturday 10am or Monday 2pm?",
        ),
        (
            "user",
            "Saturday 10am. Please tell the team my dog is very protective, I will keep him in the bedroom.",
        ),
        (
            "assistant",
            "Noted, Saturday 10am is confirmed and I have added a note about your dog to the job sheet. You will get a WhatsApp reminder the day before.",
        ),
    ],
    [
        (
            "user",
            "Help me draft a polite reply to a stain dispute. Customer Ms Jocelyn Heng, order ORD-2026-003982, says our team left a yellow ring on her white wool carpet at 5 Sunrise Terrace. Our before photos show the ring was already there.",
        ),
        (
            "assistant",
            "Dear Ms Heng, thank you for letting us know. We have reviewed order ORD-2026-003982 and the photos our technician took before cleaning at 5 Sunrise Terrace, which show a faint yellow ring in the same spot. We would still like to help: we can send a team to re-treat the area at no charge this week. Please let us know a suitable time.",
        ),
        (
            "user",
            "Good, but also mention we can share the photos with her by email at jocelyn.heng@outlook.sg.",
        ),
        (
            "assistant",
            "Added: We will also e-mail the before and after photos to jocelyn.heng@outlook.sg today so you can compare them yourself.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pejabat untuk syarikat cuci langsir di Shah Alam. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Rizal Hakimi, deposit RM250 dia akan dipulangkan ke akaun Maybank 1640 2298 5573 dalam 5 hari bekerja sebab kami tak dapat siapkan langsir sebelum majlis kahwin anak dia.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Rizal Hakimi. Kami mohon maaf kerana tidak dapat menyiapkan langsir sebelum majlis perkahwinan anak Encik. Deposit RM250 akan dipulangkan ke akaun Maybank 1640 2298 5573 dalam tempoh 5 hari bekerja. Terima kasih atas kesabaran Encik.",
        ),
        ("user", "Bagus. Tambah sikit, kalau ada masalah boleh call saya di pejabat."),
        (
            "assistant",
            "Sila tambah di hujung mesej: Jika ada sebarang pertanyaan, Encik boleh menghubungi pejabat kami pada waktu bekerja. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "帮我算一下窗帘布料。客户陈国栋先生，住榜鹅 Punggol Field 的组屋 Blk 268B #11-452，客厅轨道宽 3.2 米，落地高 2.6 米，要 2.5 倍褶。",
        ),
        (
            "assistant",
            "按 2.5 倍褶计算，轨道 3.2 米需要成品宽度约 8.0 米；如果布料门幅是 280 厘米并横向使用（高度 2.6 米加上下折边约 2.8 米以内），直接买 8.2 米左右即可，多出的用于两侧折边。",
        ),
        ("user", "好的，另外陈先生电话 8736 1904，他说下周二上午在家，帮我写个短信确认量尺。"),
        (
            "assistant",
            "陈先生您好，我们将于下周二上午到府上（Blk 268B Punggol Field #11-452）复核窗帘尺寸，如时间有变请回复本短信或致电 8736 1904 联系我们的同事。谢谢！",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian upholstery workshop supervisor plan weekly staff rosters.",
        ),
        (
            "user",
            "Next week roster pls. 3 teams. Faridah on MC whole week because she just had miscarriage, Kumar only can work Mon-Wed, Ah Keong and Dinesh full week.",
        ),
        (
            "assistant",
            "Suggested roster: Mon-Wed Team A Kumar + Ah Keong on home visits, Team B Dinesh on workshop sewing; Thu-Sat Team A Ah Keong + Dinesh on home visits, workshop on hold. Faridah is marked on medical leave all week; I would not mention the reason on the shared roster to protect her privacy.",
        ),
        ("user", "Ok good point, just write MC only. Thanks."),
    ],
    [
        (
            "user",
            "你好，我想問洗一張 6x9 呎嘅波斯地氈幾錢？我住將軍澳唐明街 9 號 23 樓 C 室，電話 9287 4415，姓鄭。",
        ),
        (
            "assistant",
            "鄭先生/小姐你好！6x9 呎手織波斯地氈手洗一般約港幣 1,600 至 2,200 元，視乎物料同污漬情況，包上門收送。我哋可以安排師傅上門睇咗先報價。",
        ),
        ("user", "好，星期六下晝得唔得？"),
        (
            "assistant",
            "星期六下晝 2 點至 4 點可以，我會將地址將軍澳唐明街 9 號 23 樓 C 室同電話 9287 4415 記錄落預約單，師傅出發前會先打電話畀你。",
        ),
    ],
    [
        (
            "system",
            "Customer record for context: name=Grace Fong; mobile=+65 9023 5518; address=16 Kew Drive, Singapore 465970; notes=owes S$520 balance from January curtain order, two reminders sent.",
        ),
        ("user", "Write a short firm but friendly reminder about the outstanding balance."),
        (
            "assistant",
            "Hi Grace, this is a gentle reminder that S$520 remains outstanding for your January curtain order. Could you arrange payment by PayNow or bank transfer by 31 March? Please let us know if you need an instalment plan. Thank you!",
        ),
    ],
    [
        (
            "user",
            "A customer left a 1-star Google review: 'Technician broke my grandmother's antique lamp and company ignored me.' Her name is Melissa Chong and she lives at Bukit Timah, order BK-SG-0029914. How should I respond publicly?",
        ),
        (
            "assistant",
            "Keep the public reply short and do not disclose her order details or address online. For example: We are very sorry to hear this and take damage reports seriously. Our operations team will contact you directly today to resolve this. Then follow up privately with Ms Chong using the contact details on order BK-SG-0029914.",
        ),
        (
            "user",
            "Thanks, she also gave us her phone 8462 0071 in the complaint form, can I call her?",
        ),
        (
            "assistant",
            "Yes, since she gave 8462 0071 for this complaint, calling her about the lamp claim is appropriate. Note the call outcome in the order record.",
        ),
    ],
    [
        (
            "user",
            "Tolong kira SST untuk invois reupholstery. Pelanggan Puan Noraini binti Hashim, IC 790402-08-6034, alamat 31 Jalan Setia 2, Taman Setia Indah, 81100 Johor Bahru. Labour RM1,600, kain RM900.",
        ),
        (
            "assistant",
            "Cukai perkhidmatan 8% dikenakan ke atas upah perkhidmatan RM1,600, iaitu RM128.00. Jumlah invois: RM1,600 + RM900 + RM128 = RM2,628.00. Sila pastikan butiran Puan Noraini binti Hashim dan alamat di Taman Setia Indah dicetak betul pada invois.",
        ),
        ("user", "Kain pun kena SST ke?"),
        (
            "assistant",
            "Bergantung kepada cara invois. Jika kain dijual sebagai sebahagian daripada perkhidmatan, ada kemungkinan keseluruhan jumlah dikenakan cukai; sila semak dengan akauntan atau panduan Kastam untuk kes anda.",
        ),
    ],
    [
        ("system", "You are an assistant for a Penang curtain shop owner. Be practical."),
        (
            "user",
            "A guy named Benjamin Lee Choon Hock ordered RM3,800 of curtains, paid only RM500 deposit, now refuses to pay the rest and blocked my number. His number was 017-455 2091. What can I do?",
        ),
        (
            "assistant",
            "First send a written demand (WhatsApp and registered post to the delivery address) stating the balance of RM3,300 and a deadline of 14 days. If unpaid, you can file a claim at the magistrate court under the small claims procedure for amounts up to RM5,000 without a lawyer. Keep the quotation, deposit receipt and installation photos as evidence.",
        ),
        ("user", "Do I need his IC number for the court form?"),
        (
            "assistant",
            "The form asks for the defendant's details; an IC number helps but is not always required. His full name, Benjamin Lee Choon Hock, the address where you installed the curtains and the phone 017-455 2091 are usually enough to start.",
        ),
    ],
]
