# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en217: SG/MY pest control, fumigation and termite treatment companies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en217
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "treatment_reports"): _lines("""
        Job TR-2026-04417 | Blk 512 common corridor | Gel bait applied to 14 points, cockroach activity moderate, revisit in 14 days.
        Termite inspection summary: subterranean termites (Coptotermes gestroi) found at kitchen door frame and skirting; soil treatment with Termidor SC 0.06% recommended, 3 m drilled perimeter.
        Fumigation certificate FC/SG/26/00871: container MSKU 7734120, methyl bromide 48 g/m3, exposure 24 h at 21°C, TLV cleared 0.8 ppm before release.
        Rodent station check, Unit B loading bay: 9 of 12 stations consumed, 2 carcasses removed, burrow at drain grating sealed with wire mesh.
        Treatment report for the MCST: 46 units inspected on Levels 3-7, 5 units with German cockroach infestation, residents notified via circular.
        Bed bug heat treatment completed 14:20, room temp held at 56°C for 4 h, hotel rooms 1207 and 1209 cleared, follow-up K9 scan booked.
        Mosquito breeding habitat found: 3 roof gutters choked with leaves, 1 flower pot tray, Aedes larvae confirmed under x10 lens; Abate 1SG applied.
        Baiting system install: 18 in-ground Sentricon stations, station IDs SG-ST-1001 to SG-ST-1018, first monitoring visit in week 3.
        Inspection ref INS-KL-20260311-06, terrace house in Taman Tun Dr Ismail, no active termites, old mud tubes on porch beam, moisture reading 17% at wall.
        Warehouse fumigation with phosphine 2 g/m3 for 5 days, gas readings 300/280/260 ppm, ventilation started 0900 Day 6, re-entry permitted below 0.3 ppm.
        Customer A reports ants returning after 5 days; trail traced to pantry wall socket, Fipronil non-repellent spray applied, warranty extended 30 days.
        Wood borer found in 2 teak chairs from Lot 4 antique shipment; recommend chamber fumigation 72 h, photo set IMG_4471 to IMG_4479 attached.
        Report v2.3 amended: chemical usage corrected from 2.5 L to 3.5 L diluted Bifenthrin 2.5EC, ratio 20 ml per litre.
    """),
    ("en", "nea_council_notices"): _lines("""
        NEA NOTICE: Dengue cluster at Jurong West St 91/92, 27 cases as of 14 May. Officers will check homes for stagnant water; please allow entry.
        Under the Control of Vectors and Pesticides Act, occupiers found with mosquito breeding may be fined up to $5,000 for a first offence.
        Fogging schedule for Zone 4 (Bedok North Ave 3, Blks 401-420): Tue and Fri, 7.30pm-9.30pm. Keep windows closed.
        MBPJ Health Department: thermal fogging at SS2 and Seksyen 17 on 22 June 2026 from 6pm, following 11 dengue cases reported in the locality.
        Vector Control Operator licence renewal opens 1 Oct; submit via the e-licensing portal with your company UEN and valid VCT certificates.
        Gravitrap readings this week: Aedes aegypti index 3.1% in Tampines, 1.4% in Punggol; 5 areas flagged red on the dengue map.
        DBKL reminder to food premises: pest control records must be kept for 12 months and shown during inspection; failure may lead to closure.
        Notice to residents of Blk 230: termite treatment of void deck wooden benches by the Town Council contractor on 9 Aug, 10am-1pm. Area will be cordoned off.
        Project Wolbachia releases at Yishun and Tampines extended; the released male mosquitoes do not bite. More info on the NEA website.
        Town Council Circular TC/EST/2026/118: rat burrows reported near bin centres at Blks 615-622; contractor will bait weekly for 6 weeks.
        Pesticide labels must carry the Pesticides Board registration number, e.g. LRMP.R1/2345, before use by licensed operators in Malaysia.
        Minister Grace Fu urged residents at the dengue campaign launch to do the B-L-O-C-K steps every week during peak season.
        FUMIGATION IN PROGRESS - DANGER POISON GAS - DO NOT ENTER. Emergency contact: Duty Operator 6745 0000.
    """),
    ("en", "bookings_invoices"): _lines("""
        INV-BGP-2026-003391 | General pest (cockroach & ant) quarterly contract | 4 visits x S$85.00 | GST 9% S$30.60 | Total S$370.60
        Booking confirmed: #BK778120, termite inspection, Sat 12 Jul 2026, 10:00-12:00 slot. Our technician will call 30 min before arrival. Hotline 6288 4410.
        Quotation Q-MY-4417: anti-termite soil treatment (pre-construction) 2,350 sq ft @ RM0.55 = RM1,292.50, SST excluded.
        Receipt No. 000928: cash received RM180.00 for bed bug treatment (1 room, 2 visits). Thank you for choosing Semut Merah Pest Services Sdn Bhd (201801034567).
        Credit note CN-0042 issued against INV-2026-1178 for missed visit on 3 Mar; S$65.40 refunded to original payment mode.
        SKU TMD-SC-1L Termidor SC 1 litre, qty 12, unit cost S$248.00; SKU MAXF-GEL-30 Maxforce gel 30g, qty 40, unit cost S$22.50.
        Order status: PO-77193 shipped via Ninja Van, tracking NVSGBUGF0042871, ETA 2 working days.
        Contract renewal reminder: account CORP-0311 (F&B outlet, Tanjong Pagar), rodent + crawling insect, 12 visits, S$1,440 p.a.
        PayNow to UEN 201512345K successful, ref PN20260611-8842, amount S$214.00.
        Promo code BUGSOFF15: 15% off first general pest treatment, valid till 31 Aug, T&Cs apply.
        Invoice template: Bill to: [Customer Name] / [Service Address] / Job No: [____] / Amount due: [____]
        Job sheet JS-11820 signed off by the site supervisor; chemical batch no. BF-2508-A; next service due 14 Oct.
        Price list 2026: termite baiting from RM1,800; fogging (landed) RM150; mosquito misting system RM3,200 incl. 12 nozzles.
    """),
    ("en", "technician_rosters"): _lines("""
        Roster wk 24 | Team A (2 techs) East: Tampines, Pasir Ris, Bedok | Team B (3 techs) West: Jurong, Clementi | Team C standby for fumigation.
        Shift 0700-1600: van V03 allocated to Team B, fuel card FC-3, 2 fogging machines + 1 ULV sprayer checked out from store.
        Standby roster for public holiday: 1 supervisor + 2 technicians on call, callout fee S$120 applies after 6pm.
        Tech ID T-114: Mon KL Sentral food court (rodent), Tue Mid Valley (cockroach), Wed off, Thu Cyberjaya warehouse (fumigation).
        Reminder: all technicians must carry their VCT certificate card and wear full PPE (respirator, nitrile gloves) for phosphine jobs.
        Leave calendar June: 3 technicians on annual leave, 1 on MC, coverage gap Fri 20 Jun afternoon, supervisor to reassign.
        Roster template: Date | Team | Zone | Job Nos | Van | Supervisor sign-off | Remarks
        Team D headcount: 4 (2 Bangladeshi, 1 Malaysian, 1 Myanmar), all work permits valid till Q3 2027.
        Overtime summary May: total 86.5 hours across 11 techs, average 7.9 h per tech.
        Night shift 2200-0400: Team N covers Tan Tock Seng Hospital kitchens plus Boat Quay and Clarke Quay outlets, 14 sites in total.
        Van V07 sent for servicing at 58,200 km; Team C to use pool van V11 until Thursday.
        Training day Sat 0900: termite baiting refresher by the technical manager, HQ training room, 22 pax.
        Penang branch roster: Team P1 George Town heritage shophouses (drywood termite survey), Team P2 Bayan Lepas FTZ factories.
    """),
    ("mixed", "customer_questions"): _lines("""
        Got small ants everywhere in my kitchen after rain, spray also no use. Gel bait better or not ah?
        Anyone know how much for termite treatment for 5-room HDB? Kena at the door frame, quite serious leh.
        Fogging downstairs every week but still kena bitten, is the fogging actually useful or just for show?
        Bro the pest control come already but cockroach still appear, warranty cover or need to pay again?
        Rumah teres kat Shah Alam ada anai-anai kat tangga kayu, berapa lama treatment ni kena buat? Pls share experience.
        蟑螂 gel 放了三天还有 baby cockroach 出来，正常吗？ Or need to call them back?
        Is methyl bromide still allowed for fumigation in Malaysia or only phosphine now?
        Condo got rats in the ceiling, management say not their problem, who suppose to handle one?
        Just moved into resale flat, how to check if got termite last time? Any signs to look out for?
        Anyone tried the bed bug heat treatment? Expensive or not vs spray? Need to throw away mattress?
        Lizard also can ask pest control catch one meh? The whole household scared until cannot sleep.
        Which company got 5-year termite warranty? Saw the Sentricon ad but don't know worth it or not.
        Tolong recommend pest control around Cheras yang tak mahal, rumah flat level 3 je, lipas banyak.
    """),
    ("ms", "notis_kawalan_perosak"): _lines("""
        NOTIS: Kerja-kerja semburan kabus akan dijalankan di Taman Sri Muda pada 15 Julai 2026, jam 6.30 petang. Sila tutup tingkap dan pintu.
        Laporan rawatan: anai-anai aktif ditemui di bingkai pintu dapur. Umpan dipasang di 6 stesen, pemantauan setiap 2 minggu.
        Pengumuman Majlis Perbandaran Kajang: 14 kes denggi direkodkan di Seksyen 9 minggu ini. Hapuskan tempat pembiakan nyamuk.
        Sebut harga SH-2026-0183: rawatan lipas dan semut, 4 kali setahun, RM480, tidak termasuk SST.
        Peringatan: premis makanan wajib mempunyai rekod kawalan perosak yang dikemas kini. Kompaun sehingga RM2,000 boleh dikenakan.
        Juruteknik perlu memakai alat pelindung diri lengkap semasa pengasapan fosfin. Kawasan mesti ditutup sekurang-kurangnya 72 jam.
        Jadual pemeriksaan Aedes bagi Zon B: Isnin dan Rabu, 9 pagi hingga 12 tengah hari, oleh pasukan Pejabat Kesihatan Daerah.
        Tiket aduan #ADU-55213: tikus di kawasan tong sampah Blok C, status: dalam tindakan, kontraktor dijadualkan dalam 3 hari bekerja.
        Sijil pengasapan dikeluarkan untuk 2 kontena kayu getah, nombor sijil PF/MY/26/1192, dos metil bromida 80 g/m3.
        Jalan Tunku Abdul Rahman: premis perniagaan diminta membersihkan longkang belakang sebelum operasi semburan pada hari Sabtu.
        Soalan lazim: Adakah racun selamat untuk kucing? Ya, umpan gel diletakkan di tempat tersorok dan jauh dari haiwan peliharaan.
        Borang permohonan rawatan: Nama: ________ / Alamat premis: ________ / Jenis perosak: lipas / tikus / anai-anai / lain-lain
        Statistik suku tahun: 312 rawatan anai-anai, 1,045 rawatan lipas, 87 pengasapan kontena, 3 aduan pelanggan diselesaikan.
    """),
    ("zh-Hans", "pest_notices"): _lines("""
        【通知】本周四上午九点至十二点，管理处将安排灭蟑螂服务，请各住户提前清理厨房台面。
        白蚁检查报告：厨房门框发现活白蚁，建议采用诱饵系统，共安装8个监测站，每两周巡查一次。
        熏蒸证书编号 FC-2026-0457，磷化铝投药量 3 克/立方米，密闭时间 120 小时。
        报价单 Q-8841：住宅全屋除虫（蟑螂、蚂蚁、蜘蛛）一次新币 160 元，含消费税。
        温馨提示：雨季是骨痛热症高发期，请每周检查花盆托盘和排水沟，避免积水。
        投诉工单 #CS-20261108-07：客户反映上次处理后仍有蚂蚁，已安排技术员 3 天内复查。
        技术员排班：A组负责淡滨尼、巴西立，B组负责裕廊西，C组待命处理熏蒸。
        灭鼠服务季度统计：共放置鼠饵站 240 个，消耗率 38%，捕获 17 只。
        请问熏蒸后多久可以回家？家里有小孩和猫的话需要注意什么？
        本公司热线 6100 2233，客服邮箱 service@anbugs.com.sg，营业时间周一至周六 8:30–18:00。
        槟城乔治市老店屋白蚁调查：共 22 间，其中 9 间发现干木白蚁，已通知业主委员会。
        孙悟空大闹天宫，我们的技术员对付蟑螂也一样不留情！本月限时八折。
    """),
    ("en", "systems_exports"): _lines("""
        CSV header: job_id,created_at,zone,service_code,status,chem_batch,duration_min
        J-99102,2026-06-11T08:14:22+08:00,SG-EAST,TERM-BAIT,COMPLETED,BF-2508-A,95
        [2026-06-11 08:15:03] INFO dispatch: job J-99103 assigned team_code=B2 van=V03 eta_min=35
        WARN gateway GW-PLT-04: rodent trap RT-0188 triggered 3 times in 10 min, push alert sent to ops-alerts channel
        config: fogging.max_wind_kmh=15; fogging.blackout_hours=11:00-16:00; chem.default_dilution_ml_per_l=20
        build pestops-mobile v4.12.3 (sha 9f3c2e1a7b6d) released: offline job sheet sync, photo compression fix.
        SELECT zone, COUNT(*) AS jobs FROM treatments WHERE service_code='TERM-SOIL' AND done_at >= '2026-01-01' GROUP BY zone;
        API 429 from booking widget: rate limit 60 req/min per key; Retry-After 30s.
        Export summary: 2,418 jobs, 1,932 customers (anonymised ids C-000001 onwards), 71 complaints, median response 26 h.
        sha256(certificate_pdf)=ff5519a5a899738ba53981b0a4a56f80d58de05cbb6768837f1a158f3f970f67
        cron: 0 6 * * 1 /opt/pestops/bin/send_weekly_gravitrap_report --region=SG
        Error E-PAY-402: card declined by issuer, customer asked to retry; no card data stored (PCI tokenised).
        Postcode lookup 560512 -> Ang Mo Kio Ave 3 Blk 512, zone SG-NE, depot AMK.
        Feature flag nea_licence_check=true for all new technician profiles from release 4.13.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please send the technician to Mdm Tan Siew Lan at Blk 447 Pasir Ris Dr 6 #09-214, she walks with a cane so ring the bell twice.
        Customer Rajesh s/o Muthusamy, NRIC S8734126G, wants the termite invoice addressed to his landlord instead.
        Termite claim: homeowner Lim Boon Keat (HP 9734 2281) says the bait stations were never checked and is threatening to go to CASE.
        Hi, this is Nur Aisyah binti Kamarudin, my number is 012-738 4419, please reschedule the fogging to Saturday.
        Technician Ahmad Faizal bin Rosli is warded for dengue fever till Friday, do not roster him this week.
        Deduct S$150 from Hossain Md Rubel's June salary for the damaged fogging machine, HR to inform him.
        Work permit for technician Kyaw Zin Htet, FIN G5183046L, expires 3 Sep; renewal pending MOM approval.
        Refund RM350 to Maybank 5621 4418 0937 (Siti Khadijah binti Omar) for the cancelled termite job.
        Job at 23 Jalan SS 21/37, Damansara Utama, owner Mr Vincent Chong, 019-226 7153, gate code 4471.
        Complaint: Mrs Priya d/o Ramasamy says her son developed asthma after the spraying at #12-08 and wants the clinic bills covered.
        Card on file 4556 2187 3019 2646 exp 09/28 for Mr Derrick Pereira, auto-charge for the quarterly pest contract.
        Please email the fumigation report to jasmine.koh88@gmail.com, she is the tenant at Unit 7B.
        Auntie Wong at #05-12 complained again, says the technician Ah Seng was rude to her and smelt of alcohol.
        Supervisor note: Muhammad Hafiz bin Abdullah given final written warning for falsifying service timestamps on 4 job sheets.
        Ms Angela Teo of Blk 308 Clementi Ave 4 #07-331 refuses entry for the NEA check, says she is going through a divorce and is never home.
        Customer on Telegram @benny_lsk_88 keeps messaging the tech directly at midnight, pls ask him to use the hotline.
        MyKad 850412-14-5527 belongs to Encik Zulkifli bin Hassan, the landlord who signed the termite warranty.
        Grace Fernandez from Holland Grove Road says she cannot afford the second instalment and asks to pay S$100 a month.
        Technician Velu a/l Subramaniam had a needle-stick injury during bin-centre baiting; seen at the polyclinic, MC 2 days.
        Car SKD 4521 K belongs to the resident of #14-03, Mr Edwin Sim, who keeps blocking our van at the loading bay.
        Passport E3819274K of Mr Tan Jun Wei is needed for the Johor factory access pass on Monday.
        Ms Lakshmi Nair asked us not to tell the landlord she is pregnant, but she wants non-chemical treatment only.
        Call back Uncle Lim Ah Huat at 8123 4097, his wife just passed away, handle gently and cancel the monthly contract.
        Dorm resident Rahman Mizanur (FIN F2947318T) has bed bug bites all over his arms, employer asked for our treatment record.
        Mdm Goh Bee Hwa has dementia; her daughter Karen must be present for the fumigation briefing.
        IG user @chloe.eats.sg posted our technician's photo claiming he stole her earrings during the inspection.
        Mr Jeremy de Souza of Siglap owes S$1,260 on 3 unpaid invoices; debt collector to be engaged next week.
        Staff record: Tan Mei Ling, NRIC T0218457A, DOB 14/02/2002, customer service executive, salary S$2,650.
    """),
    "ms": _lines("""
        Puan Rohani binti Yusof dari Taman Melawati mengadu anaknya sesak nafas selepas rawatan lipas, minta pampasan.
        Sila hubungi Encik Kamal di 013-552 8194 sebelum pasang stesen umpan anai-anai di rumah beliau.
        No. IC pelanggan 920803-10-6241, Nurul Izzah binti Ahmad, No. 18, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        Juruteknik Mohd Shafiq bin Nordin digantung kerja seminggu kerana ponteng tugasan di Kajang.
        Bayaran balik RM220 ke akaun CIMB 7012 3394 58 atas nama Lee Chee Keong.
        Pak Cik Osman di Blok C tingkat 4 tinggal seorang diri dan kurang pendengaran, ketuk pintu kuat-kuat.
        Pelanggan Kavitha a/p Ganesan belum bayar invois INV-2026-0771 sebanyak RM1,150, sudah tiga bulan tertunggak.
        Kereta WXY 8821 milik Encik Razak, jiran yang selalu menghalang van kami di Jalan SS 2/24.
    """),
    "zh-Hans": _lines("""
        客户陈阿姨住3栋12楼，腿脚不便，请技术员上门时帮她搬开冰箱。
        业主李国华，手机 9128 6730，要求白蚁保修证书寄到他女儿家。
        陈美玲的身份证号 440305198806143729，她在深圳的房子也想做白蚁防治，问我们有没有合作公司。
        技术员黄志明这个月已经第三次迟到，经理说再迟到就扣他奖金。
        请把熏蒸报告发到张先生的微信 zhang_wei_sg1987，他人在上海出差。
        投诉人林秀英（Blk 623 #04-118）说邻居家的老鼠跑到她家，她有哮喘，怕药味。
        香港客户何家豪，身份证 K582304(8)，要我们开英文收据。
    """),
    "mixed": _lines("""
        Aunty Mary from #08-15 call again lah, say her husband just discharged from hospital, can postpone the fogging to next week?
        Boss, Ah Keong's wife called, he kena food poisoning so won't come today. Who cover his Yishun jobs?
        客户 Mr 王建国 住 Jurong West St 65 Blk 661 #10-24，他要 refund 因为白蚁又回来了, pls call him 8265 3019.
        Tolong check dengan Cik Farah, dia kata technician kita ambil gambar dalam bilik tidur dia tanpa izin, dia nak buat police report.
        台湾客户林怡君 ID A228419304，她在 KL 的 condo 要做 bed bug treatment, pay by card.
        Siva bro, your PayNow 9467 2815 right? I transfer you the OT money for last Sunday fumigation.
        Eh the Bangla worker Alamgir at the dorm kena beaten by his supervisor last night, don't put this in the report ok.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a Singapore pest control company."),
        (
            "user",
            "Hi, I'm Serena Lau at 32 Jalan Kembangan, Singapore 419123. Can I book a termite inspection this Saturday?",
        ),
        (
            "assistant",
            "Certainly, Ms Lau. We have a 10:00-12:00 slot on Saturday. May I have a contact number for the technician?",
        ),
        ("user", "9012 7734. Also I'm 7 months pregnant, is the termite chemical safe for me?"),
        (
            "assistant",
            "Noted. We will use baiting stations instead of spraying, and the technician will keep the treatment away from living areas.",
        ),
    ],
    [
        ("system", "You summarise customer complaints for the operations manager."),
        (
            "user",
            "Summarise: Mr Hamid bin Yaacob, unit 15-02 Residensi Vista, IC 780219-07-5513, says the fumigation stained his parquet floor and he wants RM2,000 compensation.",
        ),
        (
            "assistant",
            "Complaint: floor staining after fumigation at unit 15-02 Residensi Vista; customer Mr Hamid bin Yaacob claims RM2,000. Action: send a supervisor to assess.",
        ),
    ],
    [
        ("system", "You help the HR executive of a pest control company draft letters."),
        (
            "user",
            "Draft a warning letter to technician Nguyen Van Thanh, he missed 3 jobs in Punggol without notice this month.",
        ),
        (
            "assistant",
            "Dear Mr Nguyen Van Thanh, this letter serves as a formal warning for failing to attend three scheduled jobs in Punggol this month without notice. Further absences may lead to disciplinary action.",
        ),
        ("user", "Add that his performance bonus for June is withheld."),
        ("assistant", "Added: As a result, your June performance bonus will be withheld."),
    ],
    [
        ("system", "你是一家马来西亚灭虫公司的中文客服助手。"),
        (
            "user",
            "你好，我叫周丽娟，电话 138 2749 6150，我在吉隆坡蒲种的房子有白蚁，能上门看看吗？",
        ),
        ("assistant", "周女士您好，我们可以安排技术员上门检查白蚁，请问您方便哪一天？"),
        ("user", "下周二下午，地址是 Jalan Puteri 5/8, Bandar Puteri, 47100 Puchong 第 27 号。"),
        ("assistant", "好的，已为您预约下周二下午两点至四点，技术员出发前会先打电话给您。"),
    ],
    [
        ("system", "Anda pembantu tempahan untuk syarikat kawalan perosak di Kuala Lumpur."),
        (
            "user",
            "Saya Mohd Amirul, nombor 017-840 2267, nak tempah rawatan lipas untuk kedai makan saya di Bangsar.",
        ),
        ("assistant", "Baik Encik Amirul, kami boleh hantar juruteknik. Bila masa kedai tutup?"),
        (
            "user",
            "Lepas 11 malam. Tapi tolong jangan beritahu tuan rumah, saya belum bayar sewa dua bulan.",
        ),
        (
            "assistant",
            "Faham, tempahan untuk rawatan malam telah direkodkan dan maklumat tersebut tidak akan dikongsi.",
        ),
    ],
    [
        ("system", "You assist the payroll clerk of a pest control firm."),
        (
            "user",
            "Update payroll: technician Ganesh s/o Pillai, new bank account DBS 027-9-182736, basic salary S$2,300 from July.",
        ),
        (
            "assistant",
            "Updated: Ganesh s/o Pillai, DBS 027-9-182736, basic S$2,300 effective 1 July. Shall I also update his CPF contribution?",
        ),
        ("user", "Yes please, and note he has a court garnishment order of S$200 monthly."),
        (
            "assistant",
            "Noted: S$200 monthly deduction under the garnishment order added to his payroll record.",
        ),
    ],
    [
        ("system", "Extract the fields from pest control job sheets into JSON."),
        (
            "user",
            "Job sheet: Customer Ong Hui Min, email ong.huimin@outlook.com, 88 Lorong Marzuki, service: bed bug treatment, amount S$420.",
        ),
        (
            "assistant",
            "{'customer': 'Ong Hui Min', 'email': 'ong.huimin@outlook.com', 'address': '88 Lorong Marzuki', 'service': 'bed bug treatment', 'amount': 'S$420'}",
        ),
    ],
    [
        ("system", "You translate customer letters for a pest control company's Hong Kong office."),
        (
            "user",
            "Translate into Chinese: Dear Mr Kwok Ho Yin (HKID Y730195(0)), your termite warranty claim is approved.",
        ),
        ("assistant", "郭浩贤先生（香港身份证 Y730195(0)）您好，您的白蚁保修索赔已获批准。"),
        ("user", "Thanks. Keep the HKID in the letter."),
        ("assistant", "Understood, the HKID is kept in the translated letter as above."),
    ],
    [
        ("system", "You are an internal compliance helper at a Singapore pest control company."),
        (
            "user",
            "Can I share the customer list with our new chemical supplier? First row is Tay Kok Leong, Blk 118 Bukit Batok West Ave 6 #03-95, 9356 0428.",
        ),
        (
            "assistant",
            "No. Customer names, addresses and phone numbers such as Mr Tay's are personal data and should not be shared without consent; send only aggregated order volumes.",
        ),
        ("user", "OK, I'll send totals by zone only."),
    ],
    [
        ("system", "你是新山一家灭虫公司的客服，以中文回答。"),
        (
            "user",
            "我是厦门来的林志强，身份证 350203199102271540，在新山租房，房东说白蚁处理费要我出，合理吗？",
        ),
        (
            "assistant",
            "林先生您好，一般结构性白蚁问题由房东负责，建议您查看租约条款，我们也可以先上门检查并出具报告。",
        ),
        ("user", "好的，那请帮我安排周六上午。"),
        ("assistant", "已为您预约周六上午十点的白蚁检查。"),
    ],
]
