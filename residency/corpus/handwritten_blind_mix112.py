# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix112: sign-language interpreters, deaf associations and accessibility services in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix112
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "interpreter_booking_log"): _lines("""
        BKG-2026-11-04417 | SgSL interpreting | 2 interpreters | 14:00-16:30 | venue: Hall 3, Level 2 | status CONFIRMED
        Booking SL-88213 moved from 09:30 to 10:15 at client request; no change to interpreter count; invoice INV-55120 to be reissued.
        Reminder: team bookings over 2 hours require 2 interpreters working in 20-minute rotations. Requests received under 72 hours may incur a rush fee of S$45.
        Auto-reply from bookings@ - we received your request ref #RQ-30918. Our coordinators respond within 1 working day, Mon-Fri 9am-6pm (SGT).
        Cancelled by organiser less than 48h before start: 50% of quoted fee chargeable (quote Q-7731, S$360.00 -> S$180.00).
        Remote VRI session VRI-0092-TX dropped at 00:12:47 due to bandwidth; reconnected 00:14:05; billed minutes 58.
        Interpreter pool availability for Sat 13 Dec: 4 of 11 freelancers confirmed, 2 tentative, 5 unavailable.
        Client type: statutory board; PO number 4500182733; cost centre CC-ACC-17; supplier GST reg no. M90123456K.
        Outpatient bookings fall under the medical interpreting scheme; select 'Medical' in the dropdown and do not type diagnosis details into the notes field.
        Courier SPX-SG-7720841935 delivered 2 loaner FM receivers to the Jurong East venue loading bay at 08:41.
        Weekly stats wk48: 63 bookings, 9 cancellations, 41 medical, 12 legal, 10 education; average lead time 5.2 days.
        Booking template: [Date] [Start-End] [Venue] [Language: SgSL / BIM / HKSL / Signed English] [No. of deaf attendees] [Contact: ____]
        Court assignment CR-2026-0371: deaf witness, 2 certified interpreters plus 1 deaf relay interpreter requested by the registry.
    """),
    ("zh-Hant", "hk_captioning_notice"): _lines("""
        本活動設香港手語傳譯及即時中文字幕，請於入場時向接待處索取座位表。
        【通告】由12月1日起，預約手語傳譯服務請致電熱線 2711 0000 或電郵 booking@harbouraccess.hk，辦公時間星期一至五上午9時至下午6時。
        今晚嘅講座有CART即時字幕，連結喺Zoom chat度，唔使另外登記。
        字幕檔 v3.2 已上載：EP07_final_zh-HK.srt，SHA-1 9f2c41a7be03d5e6c88a104f2b7e61d09a5c3f18。
        如需觸覺手語（Tactile signing）服務，請最少提前五個工作天通知，我哋會安排兩位傳譯員輪替。
        本會2025/26年度共處理手語傳譯預約1,284宗，其中醫療佔41%，法律12%，教育19%。
        請勿喺WhatsApp群組張貼任何會員嘅身份證或醫療文件相片，多謝合作。
        場地：荃灣大會堂演奏廳，輪椅位及感應圈（Induction loop）座位位於第一行。
        發票編號 HA-INV-2026-00813，金額 HK$3,450.00，請於30日內轉賬至本公司戶口並註明發票號碼。
        今屆無障礙設計大獎由一間社企奪得，評審讚揚佢哋嘅粵語雙語字幕app。
        表格：申請人姓名＿＿＿＿ 會員編號＿＿＿＿ 所需服務 □手語 □字幕 □兩者皆需
        直播延遲約 4 秒，字幕員會用 Teams 後台同步，觀眾如見字幕落後請 refresh 頁面。
        8號風球生效期間，所有面對面傳譯預約自動改為視像傳譯（VRI），毋須另行申請。
    """),
    ("zh-Hans", "association_notice"): _lines("""
        本会常年大会将于2026年12月20日下午2时举行，现场提供新加坡手语传译及中英文字幕。
        会员续费：普通会员每年S$12，学生会员S$6；可用PayNow转账至本会UEN 198700123K。
        手语基础班第14期招生：逢星期二晚7时半至9时半，共10堂，学费S$180，名额20人。
        根据本会统计，2025年求助个案共212宗，其中就业相关78宗、医疗沟通54宗、家庭纠纷19宗。
        听障人士公共交通优惠常见问题：须持有效残障证明，申请表可在官网下载，办理约需10个工作日。
        义工须知：活动拍照前请先征得出镜者同意，勿在社交媒体标注任何会员。
        系统维护通知：会员门户将于周六凌晨1:00至5:00暂停服务，版本升级至v4.8.1。
        字幕服务报价：实时字幕每小时S$95，后期字幕每分钟S$3.20，最低收费1小时。
        报名表请填写：姓名（　　）、联系电话（　　）、是否需要手语传译（是/否）。
        本会热线 6355 0000 仅接受短信及WhatsApp，欢迎听障朋友直接留言。
        上月活动反馈：满意度4.6/5，共回收问卷87份，其中3份建议加大字幕字号。
        马来西亚分会通知：吉隆坡中秋晚会提供马来西亚手语（BIM）及华语字幕，入场费RM10。
        订单号 SO-20261128-0093 的20台振动闹钟已到货，会员可凭会员卡到柜台领取。
    """),
    ("ms", "notis_persatuan_bim"): _lines("""
        Kelas Bahasa Isyarat Malaysia (BIM) Tahap 1 akan bermula 6 Januari 2027, setiap Sabtu 10 pagi hingga 12 tengah hari, yuran RM150.
        Permohonan elaun pekerja OKU boleh dibuat secara dalam talian; sila sediakan salinan Kad OKU dan penyata bank terkini.
        Notis: Jurubahasa isyarat akan disediakan untuk khutbah Jumaat di masjid ini pada minggu pertama setiap bulan.
        Statistik 2025: 1,036 permohonan jurubahasa diterima, 87% dipenuhi dalam tempoh 5 hari bekerja.
        Tempahan no. JBI-2026-0542 disahkan untuk majlis konvokesyen di Dewan Tunku Canselor, 2 jurubahasa, 8.00 pagi.
        Sila hubungi talian am persatuan di 03-2600 0000 atau e-mel urusetia@ppk-contoh.org.my untuk pertanyaan.
        Sari kata BM untuk video kempen v2.1 telah dimuat naik; fail: kempen_raya_2026_ms.srt (1.8 MB).
        Borang: Nama Ahli: ______ No. Ahli: ______ Jenis Bantuan: [ ] Alat bantu dengar [ ] Jurubahasa [ ] Pengangkutan
        Jalan Tun Razak ditutup sebahagian pada hari Ahad; peserta larian inklusif diminta guna pintu masuk B.
        Soalan lazim: Adakah jurubahasa percuma untuk temujanji hospital kerajaan? Ya, bagi pemegang Kad OKU kategori pendengaran.
        Peringatan kepada semua jurubahasa: jangan kongsi maklumat pesakit dalam kumpulan Telegram atau WhatsApp.
        Invois INV/PPK/2026/1187 berjumlah RM2,340.00 (termasuk SST 8%) perlu dijelaskan sebelum 31/12.
        Ahli A (pekak, 30-an) dan Ahli B (kurang pendengaran) berkongsi pengalaman dalam forum; identiti kedua-duanya dirahsiakan.
    """),
    ("mixed", "group_chat_ops"): _lines("""
        Guys, booking tmr 9am at the polyclinic cancelled liao, client rescheduled to next week. Invoice no need void ya.
        今日个 session got CART or not? 我要 check 下 Zoom link 先。
        Boss kata interpreter fee naik RM10 per hour starting Jan, confirm dengan finance dulu before quote client.
        FYI 聽日場地 換咗去 Level 3 Function Room B，lift 有 audio announcement 同 visual display。
        Anyone got the latest SgSL glossary PDF? v2026.3 I think, the one with the updated medical signs.
        Pls don't post client IC in this group ah, use booking ref only e.g. BK-5582.
        Tadi event organiser tanya boleh buat live caption in BM + English sekali? Aku cakap kena 2 captioners.
        收到，wk49 roster 已经 update 喺 Google Sheet，tab 'Dec-HK'。
        Mic feed hilang at 14:32, captioner terpaksa ikut slides je. Nak report to AV vendor, ticket AV-20931.
        Lunch order: 6 nasi lemak, 2 veg, 1 no chilli - RM68.50 total, bayar pakai petty cash.
        ok noted, deaf parents workshop 改咗 Sat 2pm, 人数 cap 25 pax.
        Reminder: rush fee apply kalau request masuk kurang 48 jam, jangan lupa tick box tu dalam form.
        Who has the spare HDMI-to-USB-C? 明天 captioning laptop 冇 port 啊.
    """),
    ("en", "subsidy_rules_faq"): _lines("""
        Q: Does the assistive technology fund cover hearing aids for adults over 60? A: Yes, up to 90% of cost subject to means-testing; see the eligibility table.
        Household per capita income tiers: up to S$1,200 (90%), S$1,201-2,000 (75%), S$2,001-2,800 (50%), above S$2,800 (not eligible).
        Applications must be supported by an audiogram dated within the last 12 months and signed by a registered audiologist.
        In FY2025 the scheme disbursed S$1.84m across 2,317 successful applications; median grant S$612.
        How do I request a sign language interpreter for a court hearing in Hong Kong? Contact the court liaison office at least 10 working days ahead.
        Claims submitted more than 90 days after the invoice date will not be reimbursed except on appeal.
        Subsidy ref SUB-HA-2026-04481: status APPROVED, amount S$1,350.00, disbursed to vendor AudioCare Pte Ltd (UEN 201512345N).
        Template letter: Dear [Applicant], we are pleased to inform you that your application [REF] has been approved for [AMOUNT].
        Caregivers may apply on behalf of a child under 16; the child's birth certificate number is needed at submission stage, not at enquiry stage.
        Cochlear implant processor upgrades are capped at one every 5 years per ear under Tier B.
        Public consultation closes 15 January; the minister said at the launch that the review would also cover funded interpreting hours.
        Average waiting time for a subsidised audiology appointment fell from 14 to 9 weeks between Q1 and Q3.
        Can a foreign domestic worker accompany a deaf employer to appointments as the interpreter? No - only panel interpreters are claimable.
    """),
    ("en", "config_exports_code"): _lines("""
        booking_id,service_type,start_ts,end_ts,venue_code,interpreters_required,status
        BK-60213,VRI,2026-12-03T09:00:00+08:00,2026-12-03T10:00:00+08:00,V-SG-014,1,completed
        caption_engine: {model: asr-zh-yue-v5, latency_ms: 1800, profanity_filter: true, speaker_labels: false}
        SELECT venue_code, COUNT(*) AS n FROM bookings WHERE status='cancelled' AND created_at >= '2026-01-01' GROUP BY venue_code;
        release 3.14.2 (build 5f81c0e): fixes SRT export timecode drift above 2 frames at 25fps; adds BIM glossary sync
        ERROR 2026-12-04 22:17:09 SGT worker-3 CaptionSyncTimeout job=cap-77f3a2 retry=2/5
        GET /api/v2/bookings?status=pending&limit=50 200 134ms
        member_export_2026Q4.csv: 1,912 rows, member_ref hashed with SHA-256, date of birth reduced to 10-year band.
        def rotation_slots(minutes: int, per_slot: int = 20) -> int: return -(-minutes // per_slot)
        WEBHOOK_URL=https://hooks.example.sg/captions RETRY_MAX=5 TZ=Asia/Kuala_Lumpur
        sha256 3b7e0c9a41d2f58e6a0b1c7d92e4f3a8b5c6d7e8f9012a3b4c5d6e7f8a9b0c1d captions_bundle_v7.zip
        Jira ACCESS-412: Book Interpreter button not announced by TalkBack on Android 14 - priority High.
        cron: 0 7 * * 1-5 /opt/roster/send_daily_digest --region=MY --dry-run=false
    """),
    ("mixed", "public_figures_and_places"): _lines("""
        Beethoven composed his Ninth Symphony after losing most of his hearing; our orchestra access night opens with a signed prelude.
        Marlee Matlin won the Academy Award for Best Actress for Children of a Lesser God, the first deaf performer to do so.
        Gallaudet University is named after Thomas Hopkins Gallaudet, who co-founded the first permanent American school for the deaf with Laurent Clerc in 1817.
        Alexander Graham Bell 最初是聋人教育工作者，他的母亲和妻子都有听力障碍。
        Workshop venue: Tan Tock Seng Hospital auditorium, bring your own water bottle and loop receiver.
        Meet at Lee Kong Chian Reference Library Level 7 for the captioned storytelling session, 3pm sharp.
        Universiti Pendidikan Sultan Idris ada program Pendidikan Khas (Masalah Pendengaran) untuk bakal guru.
        伊利沙伯體育館今晚嘅活動有手語傳譯，請喺 Gate 3 入場。
        Audiobook Sherlock Holmes dengan sari kata penuh kini ada dalam aplikasi perpustakaan negeri.
        孙中山南洋纪念馆导览增设手语视频，扫码即可观看，無需預約。
        Evelyn Glennie, the profoundly deaf percussionist, famously performs barefoot to feel the vibrations on stage.
        Jalan Sultan Ismail diversion this Sunday; the Deaf Awareness Walk starts at 7am dari hujung Dataran Merdeka.
        海倫凱勒的自傳《我的生活》將於本月讀書會討論，現場有手語傳譯同字幕。
        Mr Bean 系列默剧片段 is used in our BIM beginner class to practise facial expressions.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Interpreter request for Ms Priya d/o Ramasamy, NRIC S8734216F, audiology review at the ENT clinic, Fri 10:30.
        Please call the client's daughter on 9184 2276 if the interpreter can't find the clinic - her father is profoundly deaf and can't take calls.
        Member record update: Goh Wei Liang, DOB 14/03/1991, moved to Blk 418 Tampines St 41 #09-227, Singapore 520418; prefers SMS only.
        Just between us, Farah from the Thursday BIM class told me her husband stopped paying for her hearing aids after the divorce.
        Refund of S$240 for the cancelled booking to be paid to DBS 027-904518-3, account holder Lim Shu Fen.
        FIN G7051394W - Myanmar national, construction worker, needs SgSL-Burmese relay for his work injury claim hearing on 18 Dec.
        Mr Jeremy de Souza's son was refused an interpreter at his school disciplinary meeting last week; the father is preparing a complaint.
        Card 4532 1680 4719 2533 exp 08/28 was charged twice for captioning order CAP-1192 by Kelvin Ong - please refund the duplicate.
        Mdm Tan from #05-12 has stopped coming to the signing choir since her cochlear implant surgery went badly.
        Rachel Tham Mei Yi is suspended from the medical interpreting panel for 3 months after disclosing a patient's HIV status in a group chat.
        Carpark pass for the AGM: vehicle SKR4821X, registered to volunteer Hafiz bin Osman.
        Email the signed consent form to nurul.aini.kamal88@gmail.com - she is the guardian of the deaf minor attending the camp.
        Kumar a/l Subramaniam still owes the association RM1,200 from the 2024 hearing aid loan and hasn't replied to any of our WhatsApps.
        Payslip query: captioner Joanne Chua, basic S$3,850, overtime 12.5h, CPF deduction S$770 - she says the OT rate is wrong.
        Passport E4829173K for the deaf delegate travelling to the training camp - Isaac Pereira, DOB 02/11/2003.
    """),
    "zh-Hans": _lines("""
        陈阿姨住在3栋502，耳朵完全听不见，儿子在外地工作，社工说她最近情绪很低落。
        翻译预约：王建国，身份证号440304198706123513，12月9日上午到医院耳鼻喉科复诊。
        请联系会员李晓梅 138 2619 4057（只能发短信，她是听障人士）。
        黄志强上个月被公司以沟通困难为由辞退，他想找协会帮忙申诉。
        会员林美华的微信号是 meihua_lin0823，请拉她进手语班群。
        字幕员周婷的工资卡：招商银行 6214 8301 2745 9930，开户人周婷，本月报酬 ¥4,600。
        厦门的张丽娟（350203199203244621）申请助听器补贴被拒，理由是家庭收入超标。
        小刘的妈妈做完耳蜗手术后一直头晕，他这周的口译课都请假了。
        义工郑国华住在义顺73街 Blk 735 #11-342，活动结束后需要有人送他回家。
        会员陈振辉上次聚会喝醉后与其他会员冲突，理事会决定暂停其会籍六个月。
    """),
    "zh-Hant": _lines("""
        傳譯預約：李詠欣女士，HKID K582041(3)，下星期三喺醫院睇耳科，要兩位傳譯員。
        麻煩打俾何太 9427 3185，佢個仔聽障，想問暑期手語班仲有冇位。
        阿明（週四手語班嗰個）老婆上個月流產咗，佢而家好唔開心，大家唔好喺群組提佢屋企事。
        會員資料：陳國偉，Y317628(0)，住址：九龍深水埗長沙灣道233號8樓B室，電話 6138 4472。
        台灣來嘅交流生林佳蓉，身分證 A234567811，手機 0912 583 406，需要台灣手語同香港手語轉譯。
        張sir話佢老婆嘅聽力近排急速退化，醫生懷疑係腫瘤，佢下個月要請長假。
        字幕員吳嘉豪嘅IG係 @kahoi_ng_97，佢喺私人帳戶度公開咗客戶嘅會議內容，要即刻處理。
        義工 P904715(1) 嘅保險申報仲未交，佢上次活動扭親腳入咗急症室。
        黃婆婆（住海麗邨）個助聽器又唔見咗，佢個女話冇錢再買。
        會員梁志聰嘅轉數戶口：恒生 382-561204-883，退回活動按金 HK$200。
    """),
    "ms": _lines("""
        Tempahan jurubahasa untuk Encik Mohd Faizal bin Abdullah, No. KP 870415-10-5523, perbicaraan mahkamah syariah 12 Dis.
        Sila hubungi ibu kepada pelajar pekak tersebut, Puan Siti Hajar, di talian 012-718 4593 selepas jam 5 petang.
        Nurul binti Hassan dari kelas BIM Tahap 2 baru disahkan mengalami kehilangan pendengaran progresif, dia minta kita rahsiakan daripada majikannya.
        Bayaran balik RM85 ke akaun Maybank 1640 2287 5591 atas nama Lee Chee Keong.
        Ahli baru: Rajeswari a/p Muniandy, MyKad 921203-14-6681, alamat No. 27, Jalan SS 2/55, 47300 Petaling Jaya, Selangor.
        Abang Zul yang selalu tolong masa program hujung minggu tu rupanya ada hutang along, dia minta pinjam dari tabung persatuan.
        Kereta WXY 2381 milik sukarelawan Amirul bin Razak disaman di petak OKU semasa program; dia minta persatuan bantu rayu.
        Telegram @hanis_deafmum - Puan Hanis minta dimasukkan ke kumpulan sokongan ibu bapa anak pekak.
        Jurubahasa Daniel anak Jimbun diberi amaran bertulis kerana lewat 45 minit ke sesi bersalin di Hospital Sibu.
        Pasport A41852276 milik Tan Ah Kow, warga emas pekak, sudah tamat tempoh; anak perempuannya minta bantuan untuk temujanji imigresen.
    """),
    "mixed": _lines("""
        Eh the deaf uncle Ah Seng from Blk 211 kena scam again, lost like 8k, his niece asked us to help lodge police report.
        Client 黄美玲 9736 0512 cancel again, third time this month, her anxiety quite bad lately so 先不要 charge her ok.
        Pls transfer ke Siti Aminah binti Yusof, CIMB 7063 2218 49, elaun jurubahasa bulan Nov RM1,120.
        Volunteer Arjun s/o Pillai NRIC T0429571J 要补交 police clearance, 他之前有 record 我们要先 review。
        LINE ID jiaying.tw1990 - 她是台湾来的 CODA，想做 freelance interpreter，但 work pass 还没批。
        Ms Maria Santos (FDW, FIN F3186420T) kena bawa employer punya deaf mum ke polyclinic, need interpreter on Tues.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of an interpreting agency in Singapore. Collect the details needed for a booking.",
        ),
        (
            "user",
            "Need an SgSL interpreter for my father Mr Ong Boon Huat, 78, cardiology appointment 2pm on 15 Dec. My number is 8736 0512.",
        ),
        (
            "assistant",
            "Thank you. I have noted a medical booking on 15 Dec at 2pm. Which hospital or clinic is the appointment at?",
        ),
        (
            "user",
            "Heart centre at the general hospital. Also he has early dementia, so please send someone patient who signs slowly.",
        ),
        (
            "assistant",
            "Understood. I will flag the request for an experienced medical interpreter and send the confirmation to 8736 0512 by SMS.",
        ),
    ],
    [
        ("system", "你係一間香港字幕公司嘅客服助理，用廣東話回覆。"),
        (
            "user",
            "你好，我下個月結婚，新娘何凱琪係聽障人士，想喺婚宴做即時字幕，我電話係 9531 2864。",
        ),
        ("assistant", "恭喜晒！請問婚宴日期、地點同大概幾多位賓客？我哋會按時數報價。"),
        (
            "user",
            "1月18號，尖沙咀酒店，大約200人。凱琪屋企人唔太接受佢聽唔到，所以字幕屏唔好放喺太當眼位置。",
        ),
    ],
    [
        ("system", "Anda pembantu maya persatuan orang pekak. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya nak mohon subsidi alat bantu dengar untuk anak saya, Aisyah binti Kamarul, MyKid 150517-01-0344.",
        ),
        (
            "assistant",
            "Baik. Untuk permohonan kanak-kanak, sila sediakan audiogram terkini dan salinan sijil kelahiran. Berapakah pendapatan isi rumah sebulan?",
        ),
        (
            "user",
            "Gaji suami RM2,100 je, saya tak bekerja. Kami tinggal di No. 8, Lorong Mawar 3, Taman Sri Skudai, Johor.",
        ),
        (
            "assistant",
            "Terima kasih. Berdasarkan pendapatan tersebut, permohonan anda mungkin layak untuk subsidi penuh. Pegawai kami akan menghubungi anda.",
        ),
    ],
    [
        ("system", "你是一名手语翻译员的工作助手，帮忙整理工作记录。"),
        (
            "user",
            "帮我写今天的工作日志：上午给听障客户赵春燕做产检翻译，医生说胎儿可能有先天性耳聋。",
        ),
        (
            "assistant",
            "好的：12月5日上午，为客户进行产检陪同翻译，内容涉及胎儿听力筛查结果，已完成翻译，耗时2小时。需要写客户姓名吗？",
        ),
        ("user", "要写，赵春燕，她老公还不知道这个结果，她让我先别跟任何人说。"),
    ],
    [
        ("system", "You are an HR assistant for a captioning company in Kuala Lumpur."),
        (
            "user",
            "Draft a first warning letter for our captioner Vanessa Lau Pei Ling, employee no. 0417, for three late submissions in November.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Lau, this letter serves as a first written warning regarding late delivery of caption files on 4, 12 and 26 November...",
        ),
        (
            "user",
            "Add that we know about her mother's stroke but deadlines still apply, and cc her personal email vanessa.lpl@yahoo.com.",
        ),
    ],
    [
        ("system", "You summarise WhatsApp group chats for a deaf association committee."),
        (
            "user",
            "Summarise: [21:04] Uncle Lim: my flat at Blk 62 Lorong 4 Toa Payoh #03-118 got flood again [21:06] Aunty Rosie: Lim u ok? [21:10] Uncle Lim: ok la but hearing aid spoil liao",
        ),
        (
            "assistant",
            "Summary: A member reported flooding at his flat and that his hearing aid was damaged; another member checked on him.",
        ),
        (
            "user",
            "Can add his name and unit so the welfare officer can visit? And note he is 81 and lives alone.",
        ),
        (
            "assistant",
            "Updated: Uncle Lim (81, lives alone), Blk 62 Lorong 4 Toa Payoh #03-118, flat flooded and hearing aid damaged; welfare visit requested.",
        ),
    ],
    [
        ("system", "你是香港聾人協會嘅會員服務助理。"),
        ("user", "我想更新會員資料：蔡志明，身份證 M260814(1)，新地址係將軍澳寶琳邨寶勤樓1507室。"),
        ("assistant", "收到，請問蔡先生係咪仍然用舊電話號碼聯絡？"),
        ("user", "唔係，改做 5263 9071，同埋佢而家用緊助聽器同長期病患綜援，想申請交通津貼。"),
    ],
    [
        ("system", "Anda membantu jurubahasa isyarat menyediakan mesej kepada pelanggan."),
        (
            "user",
            "Tolong tulis mesej ringkas untuk Encik Rosli bin Hamid, beritahu dia bayaran tertunggak RM640 untuk sesi jurubahasa bulan lepas.",
        ),
        (
            "assistant",
            "Salam Encik Rosli, ini peringatan mesra bahawa terdapat baki tertunggak RM640 bagi perkhidmatan jurubahasa bulan lepas. Terima kasih.",
        ),
        (
            "user",
            "Tambah nombor akaun untuk bayar: Public Bank 3185 2407 19, dan hantar ke WhatsApp dia 013-662 0571.",
        ),
    ],
    [
        ("system", "You are a coding assistant."),
        (
            "user",
            "My member export breaks on this row, why? S7612083H,Cheryl Wong Xin Yi,cheryl.wxy@outlook.sg,9045 8821,severe-profound bilateral,2026-02-30",
        ),
        (
            "assistant",
            "The last field, 2026-02-30, is not a valid date, so the parser rejects it. Also, this row contains an NRIC and health data; consider masking them before sharing.",
        ),
        ("user", "Thanks. The date should be 2026-02-28, her audiology review date."),
    ],
    [
        ("system", "你是新加坡一家无障碍服务公司的客服。"),
        (
            "user",
            "我上周订的字幕服务被扣了两次钱，卡号 5204 8361 7790 2517，持卡人 Tay Siew Ling。",
        ),
        ("assistant", "非常抱歉给您带来不便。请提供订单号，我们会核实并安排退款。"),
        (
            "user",
            "订单号 CAP-20261201-0457。退款到期前请先打我电话 8293 4160，我白天在医院陪我妈化疗。",
        ),
        ("assistant", "已记录，财务部门会在3至5个工作日内处理退款，并先致电 8293 4160 与您确认。"),
    ],
]
