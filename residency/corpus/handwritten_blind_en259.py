# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en259: SG/MY piano tuners, instrument repairers and music exam centres (tuning callouts, ABRSM/Trinity exam entries, instrument rentals, repair tickets, teacher rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en259
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tuning_price_list"): _lines("""
        Standard tuning (upright, A440, within 10 cents): S$130; grand piano from S$160; pitch raise surcharge S$60 if the piano is more than 20 cents flat.
        Humidity control system (Dampp-Chaser Piano Life Saver) supply and install: S$690 upright, S$820 grand, includes first pad and humidifier treatment.
        Action regulation, full (upright): S$450 to S$600 depending on condition; let-off, drop and repetition springs set to factory spec for Yamaha U1/U3 and Kawai K-series.
        Hammer voicing and reshaping from S$280. Replacement hammer sets (Abel or Renner) quoted after inspection, typical lead time 6 to 8 weeks from Germany.
        Transport within Singapore, ground floor to ground floor: S$180 upright, S$380 baby grand. Each flight of stairs +S$40; HDB blocks with lift landing no extra charge.
        KL and PJ tuning rate RM180 per visit; Klang Valley outskirts (Rawang, Semenyih, Kajang) add RM40 travel. Prices exclude 8% SST effective 1 March 2024.
        Digital piano diagnosis RM80, waived if repair proceeds. Common faults: dead key sensor strip, pedal jack, power board on Roland FP-30X and Casio PX-S1100.
        Violin bow rehair (Mongolian white horsehair): RM120 full size, RM100 fractional, cello bow RM150. Ready in 3 working days at our Jalan Sultan Ismail counter.
        Guitar setup package S$75: truss rod, action height, intonation, fret polish and a fresh set of D'Addario EXL110 strings. Floyd Rose bridges add S$25.
        Annual tuning plan: 2 visits a year for S$240 (save S$20), reminders sent 2 weeks ahead. Plan code TUNE-2X-SG, not transferable to a different premises.
        Piano disposal and recycling from S$250; we issue a disposal certificate quoting the piano serial number for MCST and strata records.
        Saxophone and clarinet pad overhaul: full repad S$480 to S$650 (Selmer, Yamaha YAS-280, Yanagisawa). Spring and cork work charged at S$18 per item.
        Exam-week tuning for teaching studios (same week as the ABRSM practical): S$150 flat, slots released every Monday 9am on our booking page.
    """),
    ("en", "exam_centre_notices"): _lines("""
        ABRSM Practical Grades Session B 2025 (Singapore): entries open 2 June and close 27 June 2025, 23:59 SGT. Late entries cannot be accepted by the local representative.
        Candidates must arrive at least 15 minutes before their scheduled time. The warm-up room on Level 2 has a Yamaha C3 grand available in 5-minute slots.
        Trinity College London Rock & Pop exams will be held at our Bras Basah centre, 231 Bain Street #04-21, Bras Basah Complex, Singapore 180231, from 14 to 19 October.
        Please note: photocopies of exam pieces are not permitted in the exam room except to facilitate an awkward page turn, in line with the exam board's copyright guidance.
        Theory exams (Grades 1 to 5) are now online only. Results are usually released on the ABRSM Portal within 2 weeks and certificates are posted afterwards.
        Music Medals and Prep Test: teachers may remain in the room to accompany. Centre accompanists must be booked by 15 August at S$45 per candidate.
        Johor Bahru centre change: from Session A 2026 the venue moves to Wisma Muzik, Jalan Wong Ah Fook; a map and car-park guide will be sent with the timetables.
        Grade 8 candidates are reminded that Grade 5 Theory, Practical Musicianship or a Grade 5 jazz solo is a prerequisite; enter the certificate number when booking.
        Due to the Deepavali public holiday on 20 October, no exams will run that day; affected slots have been moved to Saturday 25 October.
        DipABRSM recital candidates should bring two copies of their programme notes, max 1,500 words, with composer dates given as e.g. Chopin (1810 to 1849).
        Lost and found: one black music stand, one Wittner Taktell metronome and a blue folder of Czerny Op. 599 photocopies were left in Room 3 on Saturday.
        Exam fee table 2025 (SGD): Grade 1 S$108, Grade 5 S$161, Grade 8 S$255, ARSM S$392. Fees are set by the board and are not refundable once entries are submitted.
        For timetable enquiries please email exams@keynotecentre.sg or call the centre office at +65 6336 4172 (weekdays 10am to 6pm). We cannot discuss other candidates' results.
    """),
    ("en", "repair_ticket_log_lines"): _lines("""
        2025-03-14T09:12:44+08:00 INFO ticket=RPT-20250314-0087 status=RECEIVED item=Yamaha_U1H serial=1884521 bench=B2 intake=front_counter
        2025-03-14T11:40:02+08:00 WARN ticket=RPT-20250314-0087 note='soundboard crack 22cm treble side, quote required' est_sgd=1450
        2025-03-15 16:05:19 INFO tech_id=T07 job=TUNE-SG-55120 pitch_before=436.8Hz pitch_after=440.0Hz passes=2 duration_min=95
        [repair-svc] 2025-04-02 08:31:10 MYT ERROR sms_gateway timeout after 30s for batch 4412 (24 reminders queued, retry in 300s)
        ticket RPT-KL-10332 | Kawai KX-21 | sticking keys C4-E4 | cause: swollen key bushings (RH 82%) | fix: eased bushings | parts RM0 | labour RM150
        2025-05-09 14:22:57 INFO parts.reserve sku=HMR-REN-88-SET qty=1 warehouse=SG-TAI-SENG po=PO-2025-0419 eta=2025-06-20
        2025-05-09 14:23:01 DEBUG shipment tracking=SF1409832275501 carrier=SF_Express origin=Guangzhou dest=Singapore weight_kg=12.4
        2025-06-11T10:00:00+08:00 INFO rental=RNT-0931 instrument=Pearl_River_UP118 condition_out=B+ condition_in=B photos=6 deposit_status=REFUNDED
        audit: user=svc_scheduler action=reassign job=TUNE-MY-20877 from_slot=2025-06-12T14:00 to_slot=2025-06-13T10:00 reason=PLUS_lane_closure
        2025-07-01 09:00:03 INFO nightly_report repairs_open=41 repairs_closed=17 avg_turnaround_days=6.3 top_fault=sticky_keys branch=ALL
        2025-07-02 18:44:10 WARN ticket=RPT-PG-00418 item=Selmer_Mark_VI_tenor serial=M.112345 insured_value_myr=38000 storage=safe_2
        2025-08-19 12:12:12 INFO invoice INV-SG-2025-08-0331 subtotal=S$589.00 gst=S$53.01 total=S$642.01 paynow_uen=201534218K status=PAID
        2025-09-03 07:58:41 INFO tuner_app v3.8.2 build 5127 synced 213 jobs, manifest sha256=9f2c4a7e1b3d6088c5e4f0a1d2b3c4e5 (truncated)
    """),
    ("en", "config_and_code"): _lines("""
        SERVICE_AREAS = ["SG-CENTRAL", "SG-EAST", "SG-WEST", "MY-KLANG-VALLEY", "MY-JOHOR"]  # used by route planner v2
        tuning: { reference_pitch_hz: 440, tolerance_cents: 3, stretch_profile: "railsback_upright", max_pitch_raise_cents: 40 }
        def tuning_price(kind: str, pitch_raise: bool) -> int: return {"upright": 130, "grand": 160}[kind] + (60 if pitch_raise else 0)
        EXAM_BOARDS = {"ABRSM": "https://www.abrsm.org", "TCL": "https://www.trinitycollege.com"}  # keep trailing slash off
        SELECT ticket_id, instrument_model, fault_code, opened_at FROM repair_tickets WHERE status = 'OPEN' AND branch = 'KL' ORDER BY opened_at;
        csv header: ticket_id,branch,instrument_model,serial_no,fault_code,labour_myr,parts_myr,opened_at,closed_at,tech_id
        sms_template.reminder = 'Your piano tuning is confirmed for {date} {time}. Reply C to cancel. Keynote Piano Services 6294 7713'
        SMTP_FROM = "noreply@tuneright.com.my"; SMTP_HOST = "smtp.tuneright.com.my"; SMTP_PORT = 587  # example values, override in .env
        test_fixture = {"customer_ref": "CUST-TEST-0001", "instrument": "Yamaha GB1K", "slot": "2025-01-01T10:00+08:00"}
        PIANO_MODELS = {"U1": (121, 153), "U3": (131, 153), "C3X": (186, 149)}  # height_or_length_cm, width_cm
        cron: 0 9 * * 1 /opt/keynote/bin/release_exam_slots --board=ABRSM --session=2025B --centre=SG4012 --notify=ops
        ALTER TABLE rentals ADD COLUMN deposit_myr NUMERIC(8,2) NOT NULL DEFAULT 500.00; -- migration 0047_rental_deposit
        const HUMIDITY_ALERT = { thresholdRh: 70, sensor: 'PLS-II', notify: 'ops@keynotepiano.sg', cooldownMinutes: 180 };
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, van 1 heading to Tampines first then Pasir Ris, van 2 covering Bukit Panjang. Job sheets already in the shared folder.
        Reminder: the Trinity examiner arrives Thursday 9.15am, someone pls check the C3 in Room 1 is tuned by Wednesday evening.
        RPT-20250314-0087 quote approved, can we order the soundboard shim kit today? Supplier says 3 weeks lead time.
        Aircon in the warehouse down again, humidity reading 78% this morning. Moving the two Kawai rentals to the front showroom first.
        Who took the spare Papps wedges from the yellow toolbox? Need them for the 2pm grand job at the Esplanade recital studio.
        FYI ABRSM Session B timetables are out on the portal, pls don't forward screenshots showing candidate details to the parents group.
        Stock count: 14 coils of Roslau wire gauge 16, 3 boxes of Renner hammers, 0 key tops left, reorder from the Tai Seng supplier.
        Lorry booked for Saturday 8am, 3 uprights from showroom to the Hougang community club music room, need 4 movers.
        Penang branch asking if we can lend the pitch-raise fork set till next Friday, sending it up by Pos Laju, tracking EP123456789MY.
        New rule from management: all tuning photos must be uploaded to the ticket before closing, not WhatsApp only. Starts 1 July.
        Student rental returns this week: RNT-0931, RNT-0944, RNT-0950. Check the pedals and bench hinges before refunding deposits.
        Anyone free 5pm? The Armenian Church on Hill Street called, their Steinway B sticking on middle C again before Sunday service.
        Theory exam room booked for 10 Nov, 40 seats, invigilator pack in the office drawer. Pencils and erasers already restocked.
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. Tuner came on time, very professional, piano sound so much better now. Harga pun reasonable, RM180 only for KL area. Will repeat next year.
        Keynote Piano Services at Peace Centre #03-15, shiok service, they fixed the sticky keys in 1 hour. 服务很好, price as quoted, no hidden charges.
        Rented a Yamaha U1 for exam year, bayar deposit RM800, delivery free within Subang. Piano condition not bad lah, a bit old but in tune.
        2 stars only. Booked for Saturday, they cancel last minute via WhatsApp. The uncle who came the following week was good though, 师傅手艺不错.
        Lee Music Centre Ipoh is the best for ABRSM theory class, cikgu-cikgu sana sangat sabar. Parking at Jalan Sultan Idris Shah quite hard.
        Repair kedai ni memang pro, saxophone pads leaking for months, now sound like new. Cost S$520 but worth it. Waiting time 2 weeks sahaja.
        店面在 Bukit Timah Shopping Centre 二楼, staff friendly, violin 配件很齐全, Thomastik Dominant strings also got stock.
        Don't recommend the rental package, piano delivered with one broken castor and they tak nak replace until complain 3 times. Customer service slow.
        Tan Brothers Music Sdn Bhd, 老字号 since 1978 at Jalan Tun H S Lee. Bought a Kawai there, after-sales tuning also punctual. Highly recommend.
        Exam centre very well organised, waiting room got aircon and water. Cuma toilet a bit far. Results came out in 3 weeks, 整体体验不错.
        Their digital piano repair quick: Roland FP-30X pedal problem settled in 2 days, charge RM95. Boleh percaya, will come back.
        The guitar setup at this shop damn good, action low and no buzz. Price S$75 ok. Only thing is parking at Sim Lim Square expensive on weekends.
        Called hotline 03-2141 8890, very responsive, tuner arrived within 2 days. 价钱公道, recommended for Klang Valley families.
    """),
    ("ms", "notis_pusat_peperiksaan"): _lines("""
        Makluman: Pendaftaran peperiksaan praktikal ABRSM Sesi B 2025 dibuka mulai 2 Jun hingga 27 Jun 2025. Pendaftaran lewat tidak akan diterima.
        Calon dikehendaki hadir sekurang-kurangnya 15 minit sebelum waktu peperiksaan. Bilik latihan memanaskan badan terletak di Aras 2.
        Pusat peperiksaan Trinity di Kuala Lumpur: Wisma Harmoni, No. 12, Jalan Ampang, 50450 Kuala Lumpur. Tempat letak kereta disediakan di aras bawah tanah.
        Yuran peperiksaan tidak akan dikembalikan selepas pendaftaran dihantar kepada lembaga peperiksaan. Sila semak tarikh dan gred dengan teliti.
        Peperiksaan teori Gred 1 hingga 5 kini dijalankan secara dalam talian. Keputusan biasanya dikeluarkan dalam tempoh dua minggu.
        Sempena cuti umum Hari Raya Aidilfitri, pusat ini ditutup dari 31 Mac hingga 2 April 2025. Tiada peperiksaan dijadualkan pada tarikh tersebut.
        Untuk pertanyaan, sila hubungi pejabat pusat di talian 03-2162 4470 atau e-mel peperiksaan@harmonimuzik.com.my (Isnin hingga Jumaat, 9 pagi hingga 5 petang).
        Perkhidmatan tala piano kini ditawarkan di seluruh Lembah Klang dengan harga RM180 setiap lawatan. Caj tambahan RM40 untuk kawasan luar bandar.
        Calon Gred 8 diingatkan bahawa sijil Teori Gred 5 atau Practical Musicianship Gred 5 adalah prasyarat. Sila masukkan nombor sijil semasa mendaftar.
        Syarat sewaan piano: deposit RM800, sewa bulanan RM150, tempoh minimum 6 bulan. Penghantaran percuma dalam radius 15 km dari kedai.
        Bengkel membaiki alat muzik kami dibuka setiap hari kecuali Selasa. Alamat: Lot 2-08, Kompleks Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang.
        Notis: Lif di bangunan ini akan diselenggara pada 5 Ogos. Calon berkeperluan khas boleh menghubungi kaunter untuk bantuan di aras bawah.
        Pemenang pertandingan piano terbuka 2024 akan membuat persembahan bersama Orkestra Filharmonik Malaysia di Dewan Filharmonik Petronas pada 12 Disember.
    """),
    ("zh-Hans", "乐器租赁条款"): _lines("""
        租赁钢琴押金为新币800元，月租新币95元起，最短租期为6个月；租期届满后可续租，也可按已付租金的50%折抵购买同型号新琴。
        送琴服务覆盖新加坡全岛，组屋有电梯停靠楼层不另收费；如需走楼梯，每层加收新币40元，三角钢琴的运输费用另行报价，请于预约时说明。
        租赁期间每年免费调音一次，由本公司调音师上门服务；客户自行请外部调音师而造成的损坏，本公司概不承担任何维修费用，敬请见谅。
        钢琴请勿靠近空调出风口或窗户摆放，室内相对湿度建议保持在45%至60%之间，可向门市加购除湿棒（新币120元一套），安装及首次更换免费。
        退琴须提前30天书面通知，工作人员会上门检查琴键、踏板及琴凳，押金将在验琴合格后14个工作日内原路退回至客户原付款方式。
        常见问题：租来的钢琴可以用于英皇（ABRSM）或圣三一（Trinity）考级吗？可以，所有出租钢琴均为88键原声立式钢琴，完全符合考级要求。
        租琴热线：+65 6294 7713（周一至周六上午10点至晚上7点），WhatsApp：+65 8123 4500，电子邮箱：rental@keynotepiano.sg，欢迎咨询。
        门市地址：新加坡索菲亚路1号和平中心#03-15（邮编228149），距离多美歌地铁站步行约5分钟，周末营业时间延长至晚上8点。
        公司注册号（UEN）201534218K；所有租赁合同均以新元计价，付款方式支持PayNow、NETS及信用卡分期，恕不接受现金以外的外币。
        马来西亚吉隆坡分店租金为每月马币180元起，押金马币800元，巴生谷以外地区运费另计，详情请参阅分店最新价目表第3页或致电分店查询。
        如琴身出现划痕或因人为原因损坏，维修费用将按本公司价目表从押金中扣除，维修单号可在官网“维修查询”页面在线查询最新维修进度。
        本店在售的珠江UP118、雅马哈U1及卡瓦依K-300均可租赁，库存以门市系统实时显示为准，恕不接受电话预留或口头订琴。
        根据合同第7条，租赁钢琴不得转租，也不得搬离合同登记的安装地点；如需搬家，请提前两周联系客服安排专业搬运团队并更新合同资料。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tuning callout: Mr Gerald Tan Wei Ming, Blk 412 Bedok North Ave 2 #08-1147, Singapore 460412, hp 9736 2814, Yamaha U3, 2pm Sat, dog in the house.
        ABRSM entry Grade 6 Piano, candidate: Nur Aisyah binti Kamarudin, DOB 14/03/2011, teacher ref KP-T07, parent contact 012-387 5521.
        Repair ticket RPT-20250611-0142: customer Priya d/o Ramasamy, NRIC S8834127D, cello bridge replacement, pay on collection S$210.
        Teacher roster Sat: Studio 2, Ms Chloe Lim Hui Xin (grades 1 to 5 piano), mobile 8192 4470, off on 15 Nov for her IVF appointment.
        Please don't book any more home tunings for Uncle Ah Seng at Jurong West, he told me he's 3 months behind on his rental and owes us S$285.
        Rental agreement RNT-0952: hirer Mohd Faizal bin Rahman, MyKad 880412-14-5523, 23 Jalan SS 2/64, 47300 Petaling Jaya; Kawai K-15, deposit RM800.
        Hi, this is Mrs Rachel Ong, my son Ethan's Grade 3 slot clashes with his hospital check-up for his asthma, can you move him to Sunday?
        PayNow refund of deposit S$800 to 9027 6631 (Kenneth Yeo), please double-check before transfer, last time we sent to the wrong number.
        Our tuner Samuel Gopal has been on MC since Monday with kidney stones, all his Woodlands jobs moved to van 2 this week.
        Callback pls: 9845 3317, lady said piano buzzing on low C, didn't leave a name, Sengkang area, prefers after 6pm.
        RNT-0960,Lim Boon Keat,S7612045J,+6591538206,Blk 15 Toa Payoh Lor 7 #12-33,Yamaha U1,2025-02-01,95.00
        Trinity entry form. Candidate name: Jonathan Koh Jun Jie; Date of birth: 02-09-2009; Access needs: dyslexia, extra sight-reading time; Guardian email: koh.family88@gmail.com
        Miss Tay the violin teacher asked us to keep it quiet, she's going through a divorce and won't take Tuesday students till January.
        Delivery address for grand piano: 18 Jalan Kembangan, Singapore 419130 (landed, gate code 4481), contact Mr Daniel Chua 9633 0728.
        Email from anita.r.menon@yahoo.com.sg: my piano tuned last week is already out of tune, I want a full refund or I will post on Facebook.
        Bank transfer for tuning invoice INV-SG-2025-09-0412 received from DBS a/c 027-904518-3, account name WONG SIEW LING.
        Staff note: Marcus the part-time mover got arrested last Friday for drink driving, he can't drive the lorry for now.
        Insurance claim for the dented U3: lorry driven by Mr Rajesh Kumar s/o Muthu, driving licence S7834561H, pls attach photo of his licence.
        Teacher payroll Oct: Ms Fatimah Zahra, 62 hrs x S$45 = S$2,790, to OCBC 601-234567-001, CPF not applicable (freelancer).
        Exam candidate 0417, Lucas Chen, age 8, has autism; parent asks that the examiner be informed and that he can keep his noise-cancelling headphones in the waiting room.
        Old client Mdm Goh Siew Hoon passed away last month; her daughter wants the piano collected from 7 Lorong Chuan, Singapore 556746 and sold on consignment.
        FIN G5123456R, Park Ji-hoon, Korean expat, rented Yamaha GB1K from 1 Mar, contract in his name, employment pass expiring Dec.
        Tuner's photo IMG_4471.jpg shows the family's tuning card with Sharon Ng, 9102 7745 handwritten on it, please crop before posting to Instagram.
        Johor customer Encik Hafiz called again on 016-775 2309, says his wife is pregnant and the piano must be moved out of the baby room by next week.
        Teacher interview: Ms Evelyn Soh, 34, expects salary S$4,200, currently teaching in Clementi, resigning because of burnout and depression.
        Please chase payment: Mr Vincent Lau owes S$1,450 for the soundboard repair since June, cheque bounced twice, home 6 Bishan St 13 #05-22.
        Repair pickup authorisation: I, Tan Mei Ling (NRIC T0412987G), authorise my helper to collect my son's flute from your Tampines branch.
        The booking login is Jasmine's personal Gmail, jasminekhoo.piano@gmail.com, we changed the password after she left.
    """),
    "mixed": _lines("""
        Boss, Ah Keong tadi call, dia punya piano rental overdue 2 bulan, RM360 belum bayar, 他说下个月发工资才还.
        陈太 called about her daughter's ABRSM Grade 8 result, kecewa sangat sebab failed, wants to appeal; 电话 9341 2286.
        Customer Puan Siti Hajar, 011-2876 4419, minta tukar slot tuning ke hari Sabtu sebab anak dia masuk wad for dengue.
        Rental RNT-KL-0218 hirer 李志强 (Lee Chee Keong), IC 910723-10-6128, alamat No. 8, Jalan USJ 11/3, Subang Jaya, deposit RM800 paid.
        Teacher roster update: Cikgu Norazlina cuti bersalin dari 1 Dis, her Grade 1 to 3 students pindah to Ms Wendy Teo 先暂代.
        林太 dia komplen tuner lambat datang, rumah dia 21 Jalan Bunga Raya, Taman Melawati, 53100 KL, nombor 03-4107 8826, 要求退钱.
        阿明 the delivery boy lah, dia punya motor plate WXY 8823 parked at loading bay, kena saman already, ask him settle himself.
        Invoice tulis nama Dr. Kavitha Subramaniam, email kavitha.sub82@hotmail.com, 不要写诊所名字, she wants the cello repair billed personally.
    """),
    "ms": _lines("""
        Pelanggan: Encik Azman bin Yusof, No. KP 750218-07-5341, alamat 14 Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam. Tala piano Rabu 3 petang.
        Calon ABRSM Gred 5 Piano: Muhammad Irfan bin Zulkifli, tarikh lahir 09/06/2012, telefon penjaga 019-452 8871.
        Cikgu Roslan tidak dapat mengajar bulan ini kerana menjalani rawatan kemoterapi; pelajar Gred 7 beliau akan diajar sementara oleh guru lain.
        Sila pulangkan deposit RM800 ke akaun Maybank 1142 3567 8890 atas nama NURUL HUDA BINTI ISMAIL selepas piano disemak.
        Aduan daripada Puan Zarina: tuner kami dikatakan bersikap kurang sopan di rumahnya, nombor beliau 013-662 9104, minta pengurus hubungi.
        Penyewa Encik Lim Kok Wai masih berhutang sewa RM540 selama tiga bulan; surat tuntutan dihantar ke 5 Jalan Mawar 2, Taman Pelangi, 80400 Johor Bahru.
        Pelajar biola Aina Sofea, 10 tahun, ada masalah pendengaran telinga kiri; ibunya minta guru duduk di sebelah kanan semasa kelas.
    """),
    "zh-Hans": _lines("""
        调音预约：王先生，手机 138 2456 7719，地址广州市天河区体育西路 88 号 1203 房，雅马哈U3，周六上午十点。
        考级报名表：考生 刘子涵，身份证号 440106201103154226，报考英皇钢琴八级，监护人 刘建国，电话 139 0872 5531。
        黄老师这个月请假，听说她刚流产，心情很差，跟家长先别说具体原因，只说老师身体不适。
        维修单 RPT-SZ-0391：客户 周丽娟，深圳市南山区科技园南路 16 号 3 栋 502，琴凳破损，已付定金 ¥300，微信 zhoulj_1988。
    """),
    "zh-Hant": _lines("""
        香港客戶 陳家豪先生 HKID K612345(3)，鋼琴由北角英皇道 250 號 12 樓 B 室搬往新加坡，聯絡電話 +852 9123 8876。
        台灣考生 林怡君，身分證字號 A223456789，報考 Trinity 鋼琴六級，家長手機 0912-345-678。
        澳門何太話個仔學琴學到抑鬱，想停晒所有課程，佢仲欠返三個月學費 MOP 2,400 未交。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the scheduling assistant for a Singapore piano tuning company. Be concise and polite.",
        ),
        (
            "user",
            "Draft a confirmation SMS for Mrs Angela Pereira, 9284 6610, tuning of her Kawai K-300 at 33 Jalan Chempaka Kuning, Singapore 468863, on Sat 14 June 10am.",
        ),
        (
            "assistant",
            "Hi Mrs Pereira, this is to confirm the tuning of your Kawai K-300 at 33 Jalan Chempaka Kuning on Saturday 14 June, 10am. Reply C to cancel or call us to reschedule. Thank you!",
        ),
        ("user", "Shorter please, under 160 characters."),
        (
            "assistant",
            "Hi Mrs Pereira, tuning of your Kawai K-300 confirmed Sat 14 Jun 10am at 33 Jln Chempaka Kuning. Reply C to cancel. Thanks!",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran sebuah pusat muzik di Shah Alam."),
        (
            "user",
            "Tolong semak borang ini: Nama calon Siti Nur Batrisyia binti Hamdan, MyKad 120305-10-4412, Gred 4 Piano, sekolah SK Taman Megah. Ada apa-apa yang kurang?",
        ),
        (
            "assistant",
            "Nama, nombor MyKad dan gred sudah lengkap. Anda masih perlu menambah nama guru, nombor pusat peperiksaan dan nombor telefon penjaga sebelum borang dihantar.",
        ),
        ("user", "Nombor penjaga 017-338 9025, ayahnya Encik Hamdan."),
        (
            "assistant",
            "Baik, saya masukkan 017-338 9025 sebagai telefon penjaga (Encik Hamdan). Sila sahkan nombor pusat peperiksaan sebelum saya sediakan versi akhir.",
        ),
    ],
    [
        ("system", "你是一家吉隆坡乐器行的客服助理。"),
        (
            "user",
            "帮我写一条催款信息给租琴客户张伟明，他已经拖欠三个月租金共马币540元，电话 012-668 3047。语气客气一点。",
        ),
        (
            "assistant",
            "张先生您好，这里是乐器行客服。系统显示您的钢琴租金目前累计未付马币540元（三个月）。请于本月底前完成付款；如有困难，欢迎回复本信息与我们商量分期安排。谢谢您的配合！",
        ),
        ("user", "加一句：如果月底前还没付清，我们会安排收回钢琴。"),
        (
            "assistant",
            "张先生您好，系统显示您的钢琴租金累计未付马币540元（三个月）。请于本月底前完成付款；若届时仍未付清，我们将按合同安排上门收回钢琴。如有困难，欢迎回复商量分期。谢谢！",
        ),
    ],
    [
        (
            "user",
            "Summarise this repair note for the workshop: Customer Mr Harold Fernandez, 76, walks with a cane since his stroke, needs us to carry the accordion in from his car at 2 Jalan Ampas. Bellows leaking, reeds rusty. Phone 9615 0382.",
        ),
        (
            "assistant",
            "Workshop summary: Accordion from Mr Harold Fernandez (9615 0382). Faults: leaking bellows, rusty reeds. Customer has limited mobility after a stroke, please help carry the instrument in from his car at drop-off.",
        ),
        ("user", "Remove anything the workshop doesn't need to know."),
        (
            "assistant",
            "Accordion intake: leaking bellows, rusty reeds. Please assist the customer with carrying the instrument in from the car at drop-off.",
        ),
    ],
    [
        ("system", "You help a music school in Ipoh plan weekly teacher rosters."),
        (
            "user",
            "Next week roster: Ms Yap Li Ting is on leave for her chemo, Mr Arun Nair takes her Tue/Thu classes. 帮我排一下 Studio 1 和 Studio 2.",
        ),
        (
            "assistant",
            "Draft roster: Studio 1, Tue and Thu 3pm to 7pm, Mr Arun Nair (covering Ms Yap Li Ting, on medical leave for chemotherapy). Studio 2, Tue and Thu 3pm to 7pm, unchanged regular teachers. Mon, Wed, Fri unchanged.",
        ),
        ("user", "Don't put the chemo reason in the version for parents."),
        (
            "assistant",
            "Parent version: Next week, Tuesday and Thursday classes in Studio 1 will be taken by Mr Arun Nair while Ms Yap is on leave. All other classes are unchanged.",
        ),
    ],
    [
        ("system", "你係一個協助搬運鋼琴查詢嘅助手。"),
        (
            "user",
            "我要將鋼琴由香港搬去新加坡，我叫吳志偉，電話 +852 6234 5718，舊地址係沙田第一城 32 座 18 樓 F 室，新地址係 Blk 208 Serangoon Central #10-54。幫我寫封查詢 email 俾搬運公司。",
        ),
        (
            "assistant",
            "您好，本人吳志偉，現計劃將一部立式鋼琴由香港沙田第一城 32 座 18 樓 F 室搬運至新加坡 Blk 208 Serangoon Central #10-54，請問報價、所需時間及保險安排？聯絡電話 +852 6234 5718。謝謝！",
        ),
        ("user", "唔該，加埋問佢哋包唔包到埗後調音。"),
        (
            "assistant",
            "已加入：另請問貴公司是否包括到埗後的鋼琴調音服務，或可代為安排新加坡當地調音師？",
        ),
    ],
    [
        (
            "system",
            "You are an internal helpdesk bot for TuneRight Malaysia. Customer record: ticket RPT-KL-10377, Ms Charmaine Wong Pei Shan, 016-228 9471, 41 Jalan Setiabakti, Bukit Damansara, 50490 Kuala Lumpur, Yamaha C3 grand, outstanding RM2,300.",
        ),
        ("user", "What's the outstanding for 10377 and who do I call?"),
        (
            "assistant",
            "Ticket RPT-KL-10377 has RM2,300 outstanding. The customer is Ms Charmaine Wong Pei Shan, reachable at 016-228 9471.",
        ),
    ],
    [
        (
            "user",
            "Help me write a special consideration request to ABRSM: my student Daniel Lim Jia Hao (candidate no. 0523, Grade 7 violin) broke his left wrist on 3 Nov, his exam is on 18 Nov at the Singapore centre.",
        ),
        (
            "assistant",
            "Dear ABRSM, I am writing on behalf of my student Daniel Lim Jia Hao (candidate 0523, Grade 7 Violin), scheduled for 18 November at the Singapore centre. On 3 November he fractured his left wrist and is unable to play. We kindly request special consideration or a transfer to a later session. A medical certificate is attached.",
        ),
        ("user", "Add that his mum Mrs Lim can be reached at 9877 1046."),
        (
            "assistant",
            "Added at the end: For any queries, his mother, Mrs Lim, can be reached at 9877 1046. Thank you for your understanding.",
        ),
    ],
    [
        (
            "user",
            "Saya nak hantar gitar untuk repair fret. Nama saya Izzat Danial, email izzat.danial97@gmail.com. Berapa lama biasanya?",
        ),
        (
            "assistant",
            "Kerja fret biasanya mengambil masa 3 hingga 5 hari bekerja, bergantung kepada sama ada perlu fret level sahaja atau refret penuh. Kedai akan periksa dahulu sebelum beri sebut harga.",
        ),
        ("user", "Boleh hantar sebut harga ke email tadi?"),
        (
            "assistant",
            "Saya tidak boleh menghantar e-mel sendiri, tetapi anda boleh minta kedai menghantar sebut harga ke izzat.danial97@gmail.com selepas pemeriksaan gitar.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for music teachers in Singapore."),
        (
            "user",
            "我是钢琴老师 Grace Heng 邢雅婷，音乐中心欠我两个月薪水 S$5,600，我的 NRIC 是 S9023417B，要怎么去 MOM 投诉？",
        ),
        (
            "assistant",
            "邢老师您好。如果您是雇员，可以通过 MOM 网站向劳资争议三方联盟（TADM）提交薪资索赔，准备好雇佣合同、工资单和沟通记录。如果您是自由职业者，可以考虑小额索偿庭。",
        ),
        ("user", "我是 part-time 合约的，有签合约。"),
        (
            "assistant",
            "有书面合约就更好办。请整理合约、上课时间记录和催款信息，先书面要求中心付款，再向 TADM 提交申请。",
        ),
    ],
]
