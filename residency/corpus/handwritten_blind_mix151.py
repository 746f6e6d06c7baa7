# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix151: language schools, tuition for foreign languages and translation or notarised-translation agencies in SG/MY/HK/TW (placement tests, class lists, translated certificates, fees, complaints, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix151
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "fee_schedule"): _lines("""
        IELTS Academic Intensive (8 weeks, 3x weekly, max 10 pax): S$1,280 incl. 9% GST; registration fee S$60 waived for sign-ups before 15 Jan 2027.
        JLPT N3 Weekend Class @ Bugis branch, 24 lessons x 2.5h, course fee S$960; textbook Minna no Nihongo Chukyu I sold separately at S$48.50.
        Certified translation, birth certificate (Chinese to English), 1 page: S$45; add S$30 for translator's affidavit; express 24h surcharge 50%.
        Notary attestation of a translated degree scroll from S$120 per set; Singapore Academy of Law authentication is charged at cost and quoted separately.
        Kids Phonics (age 4-6), Term 1 2027, 10 sessions, RM680; sibling discount 10%; materials fee RM85 covers the Oxford Phonics World Level 2 workbook.
        SPM Bahasa Melayu Karangan crash course, 6 Saturdays, RM420 per student, venue: Level 3, Plaza Damas, Jalan Sri Hartamas 1, 50480 Kuala Lumpur.
        TOPIK I preparation (Korean, beginner), 36 contact hours, HK$4,200; TOPIK exam fee not included, pay directly at the Korean Cultural Centre test venue.
        Corporate Mandarin for expats, 1-to-1 at client office, S$110/hr, minimum package of 20 hours, travel surcharge S$15 for locations outside the CBD.
        Document legalisation handling fee for Wisma Putra, Putrajaya: RM150 per document + courier RM25; processing 5-7 working days, subject to ministry queue.
        DELF B1 mock exam with full marking and oral simulation, S$180; bundle with 10-hour oral coaching at S$650 (save S$80). Prices valid until 31 Mar 2027.
        Late payment fee RM30 applies after the 7th of each month; cheques payable to Lingua Bridge Learning Sdn Bhd (202101034567 / 1425889-D).
        Translation of a Taiwan household registration transcript into English, NT$1,200 per page; notarisation at a private notary office quoted at NT$1,500 extra.
        Cantonese for Beginners (Jyutping romanisation), 12 lessons, HK$2,880; seats released on a first-paid basis; refund only if the school cancels the class.
    """),
    ("zh-Hans", "翻译公证须知"): _lines("""
        办理出国留学公证需提交：毕业证书原件及复印件、学位证书原件、申请人有效身份证件原件；如由他人代办，须另附经公证的委托书，受理窗口为公证处一楼3号至6号。
        翻译件须由具备资质的翻译公司出具，并加盖中英文翻译专用章及公司公章；本中心合作机构统一社会信用代码为91310115MA1K4B7X2R，可在国家企业信用信息公示系统查询。
        标准收费：出生公证每份200元，翻译费中译英每份120元，加急（3个工作日内出证）另收50%加急费；以上价格依据本省公证服务收费标准执行，如有调整以窗口公示为准。
        咨询电话：021-6387 2500（工作日9:00-17:00），邮箱 service@hucheng-notary.cn，地址：上海市黄浦区福州路318号8楼，地铁2号线南京东路站步行约8分钟。
        自2023年11月7日起，《取消外国公文书认证要求的公约》对我国生效，送往其他缔约国使用的公证书只需办理附加证明书（Apostille），无需再办理使馆领事认证。
        新加坡为该公约缔约国，送往新加坡使用的学历公证书可直接申请附加证明书；附加证明书编号格式如 CN-SH-2025-0048213，可在外交部领事服务网在线核验真伪。
        订单号 TR20260314-00871 已完成审校，译员资质：CATTI二级笔译；交付格式：PDF盖章扫描件 + 纸质件顺丰到付，运单号 SF1402876653210，预计后天送达。
        本公司出具的驾驶证译文可用于在马来西亚申请换领本地驾照，须同时提供护照、入境章页及陆路交通局（JPJ）指定表格，具体要求以JPJ官网最新公告为准。
        华文补习班招生：HSK四级冲刺班每周二、四晚7点至9点，地点：吉隆坡苏丹街（Jalan Sultan）38号二楼，学费每期马币580元，教材使用《HSK标准教程4》。
        严复在《天演论·译例言》中提出的“信、达、雅”三字标准，至今仍是本所新译员入职培训的第一课，配套阅读包括林纾译《巴黎茶花女遗事》选段及鲁迅的译论文章。
        公证书副本每份加收20元；如需英文、马来文双语译本，另计翻译费每千字180元，不足千字按千字计算，专有名词以官方机构公布的标准译名为准，不另行协商。
        温馨提示：受理后如需修改译文中的人名拼写，须提供护照首页复印件作为依据；修改一次免费，第二次起每次收取30元改稿费，改稿后出证时间顺延两个工作日。
        本中心营业执照注册号、翻译专用章备案号及公证处合作协议编号均在前台公示，办理业务前请核对收费标准，缴费后请索取增值税普通发票，发票抬头可填写单位名称。
    """),
    ("zh-Hant", "staff_group_chat"): _lines("""
        [10:42] 前台：今朝旺角分校三號房冷氣又壞咗，已經 call 咗物業管理處，報修編號 MK-2026-11873，下晝嗰堂 IELTS 班暫時搬去五號房上。
        [10:45] 課程主任：收到，記得喺 Google Classroom 出個 announcement，同埋門口貼張 A4 通知，唔好淨係喺 WhatsApp 家長群組講，費事有人走錯房。
        [11:02] 翻譯部：律師行嗰批宣誓譯本（工作單 TRN-26-0419）聽日中午前要交，仲差兩份附件未校對，邊位得閒幫手睇下繁簡對照同埋專有名詞？
        [11:15] 會計：十一月份學費入數已經對好，FPS 收款共 86 筆，銀行 statement 同系統差 HK$350，應該係一筆手續費，我今日會同銀行對返數。
        [11:30] 行政：提提大家，公司周年晚宴訂咗喺尖沙咀海港城嘅酒樓，六點半開始，請喺 Google Form 報名，截止星期五，帶埋家屬嘅請註明人數。
        [12:05] 前台：有兩位家長問 Cambridge YLE Movers 考試報名，British Council 官網寫截止日係一月十號，我哋代報收手續費 HK$150，價錢表上面未更新。
        [14:20] IT：新 CRM v3.2.1 今晚十一點至凌晨一點升級，期間報名系統會暫停，請前台唔好喺嗰段時間收報名表；有問題打 IT hotline 內線 2208。
        [14:33] 課程主任：日文 N2 班教材改用《新完全掌握》系列，出版社話一月先有貨，今期先用影印講義頂住，記得跟版權指引每份唔好超過全書一成。
        [15:10] 翻譯部：澳門嗰份葡文證明書譯本，客人要求用特區政府公報嘅官方中文譯名，我已經逐個機構名稱核對咗，冇問題可以出，聽朝寄去澳門。
        [15:48] 市場部：下個月喺 Facebook 同小紅書推聖誕 promotion，報 TOPIK 或 JLPT 課程減 HK$300，優惠碼 XMAS2026，已經同老闆 confirm 咗。
        [16:02] 行政：銅鑼灣分校新租約已經簽好，地址係軒尼詩道 488 號 15 樓，一月一號起生效，舊鋪嘅按金會喺退租驗收後三十日內退返公司戶口。
        [17:30] 前台：今日收咗 14 份新生 placement test，口試錄音已經上載 shared drive 嘅 /2026-12/placement 資料夾，評分表聽日交畀各科主任。
        [18:05] 課程主任：多謝大家今日頂住，星期六嗰場 DSE 英文 mock paper 監考人手仲差一個，有興趣 OT 嘅同事請喺 group 度舉手，OT 時薪 HK$120。
    """),
    ("ms", "notis_pusat_tuisyen"): _lines("""
        NOTIS: Kelas Bahasa Mandarin Tahap 2 pada Sabtu ini dipindahkan ke Bilik 4B kerana kerja-kerja penyelenggaraan penghawa dingin. Harap maklum.
        Pendaftaran kelas persediaan MUET sesi Januari 2027 kini dibuka. Yuran RM550 termasuk 4 ujian percubaan lengkap dan satu sesi lisan bersama pemeriksa berpengalaman.
        Untuk pertanyaan, sila hubungi talian pejabat 03-7955 2841 atau WhatsApp rasmi pusat di 011-2764 8830 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Alamat cawangan baharu: No. 27-1, Jalan SS 15/4D, Subang Jaya, 47500 Selangor, berhampiran stesen LRT SS15. Tempat letak kereta berbayar di belakang bangunan.
        Perkhidmatan terjemahan bertauliah bagi sijil kelahiran, sijil nikah dan transkrip akademik dari Bahasa Melayu ke Bahasa Inggeris; tempoh siap 3 hari bekerja.
        Yuran bulanan mesti dijelaskan sebelum 7 haribulan melalui DuitNow ke akaun syarikat Maybank 5140 1234 8876 atas nama Pusat Tuisyen Cahaya Ilmu Sdn. Bhd.
        Sempena Hari Guru, pusat akan ditutup pada 16 Mei. Kelas ganti akan diadakan pada hari Ahad, 24 Mei, jam 10 pagi hingga 12 tengah hari mengikut bilik asal.
        Ujian penempatan (placement test) Bahasa Jepun mengambil masa 45 minit: 20 soalan kosa kata, 15 soalan tatabahasa dan temu bual ringkas selama 5 minit.
        Peringatan: Pelajar yang tidak hadir tiga kali berturut-turut tanpa sebab munasabah akan dikeluarkan daripada senarai kelas dan tempat diberi kepada senarai menunggu.
        Buku teks Bahasa Korea untuk Semua Jilid 1 (ISBN 978-967-2345-18-6) boleh dibeli di kaunter pada harga RM45; stok terhad, satu naskhah bagi setiap pelajar.
        Pusat Tuisyen Cahaya Ilmu berdaftar dengan SSM (No. 201801029384) dan Jabatan Pendidikan Negeri Selangor; sijil pendaftaran dipamerkan di kaunter utama.
        Pertandingan Pidato Bahasa Melayu antara pusat akan diadakan pada 21 Februari 2027 di Dewan Bahasa dan Pustaka, Jalan Dewan Bahasa, Kuala Lumpur.
        Tokoh bahasa Za'ba (Zainal Abidin Ahmad) menjadi tema Minggu Bahasa kali ini; pelajar digalakkan membaca Pelita Bahasa Melayu sebelum sesi perbincangan.
    """),
    ("mixed", "config_and_logs"): _lines("""
        2026-12-07T09:14:22+08:00 INFO booking-svc placement_test.created id=PT-0048213 branch=SG-BUGIS lang=ja level_guess=N4 duration_s=2700
        2026-12-07T09:15:03+08:00 WARN notify-svc sms_gateway retry=2 template=CLASS_RESCHEDULE_ZH provider=twilio status=429 backoff_ms=1500
        DEFAULT_FROM_EMAIL = 'no-reply@linguabridge.edu.sg'  # 系统通知发件人, reply-to 设为 admissions@linguabridge.edu.sg
        SUPPORT_HOTLINE_MY = '+60 3-2181 7788'  # pejabat KL; WHATSAPP_BUSINESS_MY = '+60 12-388 0452' untuk pertanyaan yuran sahaja
        fixtures/student.yaml: { name: 'Test Student', email: 'student@example.com', class_code: 'HSK3-SAT-AM', fee_plan: 'monthly' }  # dummy data
        SELECT class_code, COUNT(*) AS enrolled FROM enrolments WHERE term='2027T1' AND status IN ('paid','trial') GROUP BY class_code HAVING COUNT(*) < 6; -- 少于6人要并班
        sha256(translated_cert_v3.pdf) = 9f2c4e81a7b3d05c6e18f4a2b9c07d35e6a1f8b2c4d9e07a3b5c1f6d8e2a4b90  已盖章版本，勿覆盖
        [cron] 02:00 SGT nightly export fees_2026-12.csv -> s3://lb-finance-archive/sg/ (rows=1842, size=2.3MB, gzip=on) OK
        fee_table.yaml: { hsk3_group: 'RM 480/term', hsk4_group: 'RM 560/term', ielts_1to1: 'RM 150/jam', sibling_discount: 0.1, sst: 0.08 }
        ERROR ocr-worker job=TRN-26-0419 page=3/5 lang=zh-Hant+en msg='印章区域无法识别, flag for manual review' confidence=0.41
        git log --oneline: a3f91c2 fix(zh-Hant): 修正港式用語「出世紙」對照表; 7be04d1 feat(ms): tambah templat sijil nikah v2.4.0
        POST /v1/quotes 201 Created quote_id=Q-2026-120731 doc_type=degree_cert src=ms tgt=en pages=2 total_myr=180.00 latency=212ms
        student_id,class_code,placement_score,cefr_level,fee_plan,consent_flag,created_at,updated_at  # export schema v5 untuk laporan bulanan
    """),
    ("en", "business_reviews"): _lines("""
        5/5 Auntie Lily's Mandarin House at Tiong Bahru Plaza is a gem: small classes, clear pinyin drills, and the front desk replies on WhatsApp within the hour.
        2/5 Paid RM1,200 upfront at a Bangsar translation bureau for a sworn translation and it came back with the university name misspelled twice. Fixed, but took a week.
        4/5 Berlitz at Raffles Place: pricey at S$95 per private hour, but scheduling is flexible and the online portal actually works on mobile.
        3/5 Pierre & Marie French Studio in Causeway Bay has great DELF prep, yet the room on the 12th floor is cramped and the lift queue at 7pm is brutal.
        1/5 Their notarised translation was rejected by the embassy because the notary seal was missing on page two. Ask for a sample before you pay, folks.
        5/5 Goethe-Institut Singapore's A1 intensive course got me through the exam in ten weeks. The library at the institute is a hidden bonus.
        4/5 Alliance Française de Kuala Lumpur on Jalan Terengganu: friendly staff, affordable evening courses, though parking near the building is a nightmare.
        Harry Potter-themed English camp at a Tsim Sha Tsui centre: kids loved the Hogwarts house quizzes, but HK$3,800 for five half-days feels steep. 3/5
        3/5 The Taipei cram school on Nanyang Street is classic buxiban style: 60 students per room, a miked-up teacher, endless mock tests. Good for TOEIC, not speaking.
        5/5 Booked a Cantonese crash course before moving to Hong Kong; the teacher used Stephen Chow movie clips to teach slang, which made every lesson fun.
        2/5 Customer service hotline 6225 8190 rang out three times before anyone picked up, and the quoted fee of S$60 turned into S$85 after admin charges.
        4/5 Decent Korean school near Mid Valley Megamall; textbooks are Sogang-based, teachers are certified, and the Sunday TOPIK mock costs only RM35.
        Owner's reply: Thank you for the feedback on order #INV-2026-0731. We have refunded the RM45 express fee and added a second proofreader for all certificate jobs.
    """),
    ("zh-Hant", "課程FAQ"): _lines("""
        Q：報名日檢N2衝刺班需要先做程度測驗嗎？A：是的，線上分級測驗約40分鐘，成績達N3合格標準者可直接編入，未達者建議先上N3銜接班。
        Q：翻譯社的譯本可以直接拿去法院公證嗎？A：可以，須由譯者本人或翻譯社負責人攜帶譯本與原文件，至地方法院公證處或民間公證人事務所辦理認證。
        Q：學費可以分期嗎？A：可刷國泰世華、台新、玉山等銀行信用卡分3期或6期零利率，現場亦接受LINE Pay與街口支付，恕不收取支票或外幣現金。
        Q：補習班的立案字號在哪裡查？A：本班立案字號為北市教終字第1120034567號，可至臺北市政府教育局短期補習班資訊管理系統輸入班名查詢。
        Q：外交部領事事務局的文件驗證要多久？A：一般件約4個工作天，急件須另付費用；地址為臺北市中正區濟南路一段2-2號3至5樓，請先線上預約。
        Q：請假可以補課嗎？A：每期最多可申請兩次補課，請於上課前24小時透過官方LINE帳號 @linguatw 提出申請，逾時恕不受理，亦不退費。
        Q：韓語班用什麼教材？A：初級使用延世大學《延世韓國語1》，中級改用首爾大學《首爾大學韓國語3A》，教材費另計，約新台幣650元。
        Q：繁體中文課適合新住民嗎？A：適合，本中心亦承辦內政部移民署補助的新住民生活適應輔導班，課程免費，名額依各縣市政府公告為準。
        Q：客服電話與營業時間？A：(02)2311-8866，週一至週五上午10點至晚上9點，週六至下午6點；Email：service@linguatw.com.tw，統一編號 54218736。
        Q：多益（TOEIC）成績多久可以查？A：依ETS台灣區代表忠欣公司公告，紙筆測驗約於考後12個工作天公布成績，可在官網以准考證號碼查詢。
        Q：英文畢業證書翻譯一份多少錢？A：中翻英每頁新台幣800元起，含翻譯社切結書；如需法院公證，公證費依《公證法》相關規定另計。
        Q：老師都有什麼資格？A：華語教師皆持有教育部對外華語教學能力認證，英語老師具CELTA或TESOL證書，並定期參加臺灣師範大學的在職研習。
        Q：可以先試聽嗎？A：每位新生可免費試上一堂60分鐘課程，請至臺北市中正區南陽街15號4樓櫃檯登記，或於官網填寫預約表單，名額有限。
    """),
    ("mixed", "invoice_lines"): _lines("""
        INVOICE No. LB-SG-2026-004512 | Bill to: Horizon Logistics Pte Ltd (UEN 201534567W) | Corporate Mandarin Level 2, 20 hrs x S$110 = S$2,200.00 | GST 9% S$198.00
        Invois No. CI-2026/11/0387 — Terjemahan sijil SPM (BM→EN) 2 halaman @ RM60 = RM120.00; cop pengesahan RM30.00; jumlah RM150.00; bayar sebelum 15/12/2026
        發票號碼 AB-12345678｜買受人：鴻遠國際貿易股份有限公司｜統一編號 28476153｜品名：商務英文企業內訓 16 小時｜金額 NT$48,000（含稅）
        收據編號 HK-RCPT-26-01942｜客戶：新城教育中心有限公司（商業登記號碼 71234568-000-12-26-A）｜代辦 Cambridge 考試報名 32 名｜HK$4,800｜已以 FPS 收款
        Tax Invoice TI-MY-2026-1129 | Seller: Lingua Bridge Learning Sdn Bhd (202101034567) | SST Reg No. W10-2101-32000145 | Translation 4,200 words ms→en @ RM0.18 = RM756.00
        订单 SO-20261203-5521｜客户：深圳前海云帆科技有限公司｜合同翻译（中译英）18,600字 × ¥0.22 = ¥4,092.00｜增值税专用发票已开具，税率6%
        Credit Note CN-2026-0088 against INV-2026-0731: refund express fee RM45.00 (late delivery, 翻译件延迟2天), credited via DuitNow ref 20261204MBBEMYKL010ORM0000123
        Line items: (1) 《HSK标准教程5上》 x 12 @ S$32.90; (2) 听力 audio licence 1 yr S$150; (3) delivery to Bukit Timah branch S$12 — subtotal S$556.80
        Proforma PF-TW-1187｜公證代辦：大學畢業證書英譯本 3 份 × NT$1,200 = NT$3,600；法院公證費 NT$750 × 3；快遞 NT$120；總計 NT$5,970
        Statement of Account as at 30 Nov 2026 — Sekolah Antarabangsa Seri Kembangan: opening RM12,400.00, invoices RM8,650.00, payments RM15,000.00, closing RM6,050.00
        Payment advice: PayNow to UEN 201812345K (Lingua Bridge Pte. Ltd.), ref LB-SG-2026-004512, amount S$2,398.00, value date 04/12/2026, status: SETTLED
        澳門 Invoice MO-26-0312｜客戶：濠江酒店管理有限公司｜葡文菜單及員工手冊中譯，共 42 頁 × MOP 180 = MOP 7,560｜付款期限 30 天，請以支票或銀行轉帳支付
        Quotation Q-2026-120731 valid 14 days: degree certificate + transcript (ms→en) 2 pages RM180.00; Pesuruhjaya Sumpah attestation RM20/page; total RM220.00
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Placement result for Rachel Ong Hui Min, Sec 3: 42/100 on the oral section; her mum says she has been seeing a child psychologist for selective mutism since P5.
        Please call Mr Desmond Loh back at 9127 4408 re: refund for his son's cancelled JLPT course, he was quite upset on the phone this morning.
        Translation job TRN-26-0512: divorce decree of Kavitha d/o Ramasamy and Jason Teo Wee Kiat, Family Justice Courts, care and control of the child to the mother.
        NRIC S8834127I, Tan Jia Hui, DOB 14/03/1988, enrolled in Korean Beginner 1 (Sat 10am), paid S$620 by PayNow on 02/12/2026.
        Reminder: Marcus Yeo still owes S$1,840 in fees for two terms; his dad told the front desk he lost his job in October and asked to pay in instalments.
        Certified translation of Malaysian birth certificate: child Aisyah binti Rahman, born 07/05/2019 at Hospital Sultanah Aminah Johor Bahru; mother Nur Farhana binti Ismail.
        Tutor applicant: Sarah Lim, sarah.lim.tutor88@gmail.com, +65 8823 1907, 3 years teaching IELTS, expects S$55/hr, currently pregnant and due in March.
        Complaint from Mrs Chandra that teacher Kenneth Wong shouted at her daughter Priya in the P4 Mandarin class on 28 Nov; she wants the CCTV footage.
        Home tuition address for Ethan (P6 Chinese): Blk 412 Bedok North Ave 2, #08-217, Singapore 460412, Tues and Thurs 5-7pm, the helper will open the gate.
        Bank transfer from POSB 123-45678-9 (account holder: Grace Chua Mei Ling) for the S$960 DELF course, please match it to her daughter's enrolment.
        Staff salary note: the new French teacher Amélie Durand (FIN G5518203K) is on S$4,200 a month, work pass expiring 30/06/2027.
    """),
    "zh-Hans": _lines("""
        学员报名表：姓名 王思远，身份证号 440304199307182510，手机 13826471935，报考雅思学术类，目标分数7.0，已缴定金2000元。
        陈先生来电投诉：孩子在HSK辅导班被同学欺负，已经去看心理医生，要求退还剩余学费1,350元，回电号码 139 1642 8857。
        翻译件信息：《离婚证》持证人 刘佳琪，登记日期2024年6月18日，登记机关 上海市浦东新区民政局，需译成英文并办理公证，用于新加坡PR申请。
        张老师说李梓萱的妈妈最近在闹离婚，孩子这学期经常缺课，学费也一直拖着没交，让前台先别催。
        快递单：收件人 赵明华，地址 广州市天河区林和西路168号锦绣花园5栋1203房，电话 137 2845 6091，内件：公证书原件2份。
        学员 周子豪 在分级测试时自述有读写障碍，家长要求考试延长时间，请各位老师注意，不要在班上公开讨论。
        工资条：外教 Michael Brown，2026年11月税前工资18,500元，扣个税1,240元，实发17,260元，收款账户 招商银行 6214 8302 1756 4490。
        阿杰欠了三个月的口语课学费，一共4,800块，微信号 ajie_0915，发消息一直不回，老板说下周再不交就停课。
        公证申请：申请人 黄丽娟，身份证 310104198802240832，申请事项：无犯罪记录公证及英文翻译，用途：赴马来西亚工作签证。
        林太太的女儿下个月要做手术，法语课暂停两个月，已同意把剩余的8节课顺延到明年三月。
    """),
    "zh-Hant": _lines("""
        學生資料：陳嘉欣，香港身份證 K462813(6)，電話 9263 5108，報讀 DSE 英文口試班，家長陳太要求每堂後 WhatsApp 匯報表現。
        翻譯件：出世紙，嬰兒姓名 梁浩然，出生日期 2021年3月9日，父親 梁志偉，母親 何詠詩，出生地點 伊利沙伯醫院。
        阿明話佢老婆啱啱確診乳癌，下個月開始化療，所以想暫停日文班，可唔可以 freeze 學費半年？
        台灣客戶 林志豪，身分證字號 A223184762，手機 0912-738-406，委託翻譯戶籍謄本及辦理法院公證，預計12月20日取件。
        家長投訴：黃太話個仔黃子朗喺韓文班被老師當眾罰企，而家唔肯返學，要求見校長同退返 HK$2,400。
        郵寄地址：沙田第一城 32座 18樓 F室，收件人 何小姐，電話 6138 2047，內有公證翻譯正本兩份，請親收。
        員工 group：Ricky 今日又遲到，佢話屋企欠咗財務公司錢，日日有人上門追數，我哋使唔使通知 HR？
        學員 吳佩珊（身分證 F125749031），住新北市三重區重新路五段609巷12號3樓，報名多益衝刺班，因懷孕申請靠門口座位。
        澳門居民 蔡家豪 申請葡文無犯罪記錄證明中譯本，澳門居民身份證號碼 5215372(4)，聯絡電話 6688 4127。
        收費記錄：張美玲 FPS 付款 HK$3,600，付款戶口 中銀香港 012-875-0-043216-8，備註：女兒張凱晴 DSE 中文作文班。
    """),
    "ms": _lines("""
        Nama pelajar: Muhammad Irfan bin Zulkifli, No. MyKad 080512-10-3357, kelas Bahasa Arab Asas, penjaga: En. Zulkifli, tel 012-645 8832.
        Puan Rohana binti Yusof minta terjemahan sijil nikah beliau dengan Encik Lim Wei Jie untuk permohonan visa pasangan ke Australia.
        Kak Ana dah tiga bulan tak bayar yuran tuisyen anak dia, RM900 semua, katanya suami kena buang kerja. Jangan tegur depan parents lain ya.
        Alamat penghantaran dokumen terjemahan: No. 15, Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur (rumah Encik Hafiz, tel 019-278 4416).
        Cikgu Farah cuti sakit dua minggu sebab keguguran, kelas BM Tingkatan 4 akan diganti oleh guru sementara. Tolong rahsiakan hal ini.
        Pemohon: Nurul Aina binti Kamarudin, MyKad 950823-14-5528, e-mel nurulaina.k95@yahoo.com, terjemahan transkrip UiTM untuk sambung belajar di Taiwan.
        Bayaran yuran RM560 diterima daripada akaun Maybank 1642 9087 3315 milik Tan Ah Kow, untuk anak beliau Tan Mei Xin, kelas Mandarin Tahun 5.
        Aduan ibu bapa: Encik Ravi a/l Subramaniam kata anaknya Deepa dibuli dalam kelas bahasa Inggeris dan kini mengalami kemurungan, minta mesyuarat segera.
        Kereta plat WXY 4821 milik bapa pelajar Adam Haikal selalu parkir di depan pintu masuk pusat tuisyen; sudah diberi amaran dua kali.
    """),
    "mixed": _lines("""
        Eh the new student 王小明 Jason, parents 离婚 already, mum says don't let dad fetch him after class ok, dad's number 9734 2281 we block already.
        Placement test 结果: Nur Syafiqah binti Azman, HSK 2 level, 想报 HSK3 班, contact mak dia 017-392 5610, boleh WhatsApp after 6pm.
        Boss, 阿May 今日请病假，她说 chemo 副作用好辛苦, Thursday 的 IELTS class 要找人 cover 吗?
        Client 黄先生 wants his 无犯罪记录 translated by Friday, passport E61834725, email huang.weidong@qq.com, urgent because visa appointment 19 Dec.
        CSV: 2026-12-03,STU-00871,Lee Jun Wei,T0256719E,+65 9182 4470,IELTS-AC-08,paid,S$1280
        Tolong check, 陈美琪 punya MyKad dalam borang terjemahan salah taip, tulis 870611-08-5624 tapi dia kata nombor betul hujung 5642.
        Teacher 阿Ken salary this month RM3,800 only, 因为他 MC 了 6 天, he's asking for advance because rent overdue, 要不要批?
        翻译 job: Lim Siew Ling 的 medical report from Gleneagles, diagnosis major depressive disorder, 要译成中文给她 insurance claim 用, keep confidential.
        Parent 林太 WhatsApp: 我個女 Chloe 下星期要入院開刀, so cancel the Friday Japanese lesson, 可唔可以 refund? 佢 number 9456 7720.
        HK 客人 Mr Cheung, HKID Y305917(9), 要 notarised translation of his 離婚協議書 for Singapore court, 住址 Flat 12B, Block 3, Kornhill, Quarry Bay.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant of a small French and Spanish language school in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Draft a polite reminder to Mrs Angela Koh (angela.koh77@gmail.com) that her son Ryan's Term 4 French fees of S$720 are three weeks overdue.",
        ),
        (
            "assistant",
            "Subject: Term 4 French fees for Ryan. Dear Mrs Koh, this is a gentle reminder that Ryan's Term 4 French course fee of S$720 remains outstanding. Kindly make payment by PayNow or at the front desk at your earliest convenience. Warm regards, Admin Team",
        ),
        (
            "user",
            "Add that she can pay in two instalments. She told me she's going through a divorce, but don't mention that obviously.",
        ),
        (
            "assistant",
            "Updated: ...If it helps, we are happy to split the S$720 into two instalments of S$360, the first by 15 December and the second by 15 January. Please let us know which option suits you. I have left out any reference to her personal circumstances.",
        ),
    ],
    [
        (
            "user",
            "帮我把这份无犯罪记录证明翻译成英文：兹证明张雨涵，女，身份证号350203199609114026，住址福建省厦门市思明区湖滨南路某小区，自2014年至今在本辖区内无违法犯罪记录。",
        ),
        (
            "assistant",
            "Certificate of No Criminal Record. This is to certify that Zhang Yuhan, female, ID card No. 350203199609114026, residing in Siming District, Xiamen, Fujian Province, has had no record of criminal offences within this jurisdiction from 2014 to the present.",
        ),
        (
            "user",
            "地址要写完整的，是湖滨南路256号海景花园3栋702室，另外她要拿去新加坡办工作准证，需要公证吗？",
        ),
        (
            "assistant",
            "已补充：residing at Room 702, Building 3, Haijing Garden, No. 256 Hubin South Road, Siming District, Xiamen. 用于新加坡工作准证时，一般需办理公证并加附加证明书（Apostille），具体以MOM要求为准。",
        ),
    ],
    [
        ("system", "你係一間香港英文補習社嘅行政助理，用廣東話書面語回覆。"),
        (
            "user",
            "幫我寫個 WhatsApp 畀陳太（9318 2054），話佢個女陳樂怡 placement test 考到 B1，建議報中級班，但係老師留意到佢好似有聽力問題，想建議佢去睇下耳科。",
        ),
        (
            "assistant",
            "陳太你好！樂怡嘅分班試成績係 B1，我哋建議佢報讀中級班（逢星期三 4:30-6:00）。另外，老師留意到樂怡上堂有時聽唔清楚指示，如果方便，可以考慮帶佢做個聽力檢查。有任何問題歡迎隨時搵我哋。",
        ),
        ("user", "語氣可唔可以再婉轉啲？唔好令家長覺得我哋話佢個女有病。"),
        (
            "assistant",
            "陳太你好！樂怡今次分班試表現唔錯，達到 B1 程度，我哋建議佢報中級班。老師亦想分享一個小觀察：課堂環境有時比較嘈，樂怡偶爾未必聽得清楚指示，如果你覺得有需要，可以考慮順便做個簡單聽力檢查，純粹作參考。多謝你！",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan sijil kelahiran ini ke Bahasa Inggeris: Nama: Nur Qistina binti Hairul Anuar, No. Pendaftaran Kelahiran: BP 481729, Tarikh lahir: 14 Ogos 2016, Tempat lahir: Hospital Tengku Ampuan Rahimah, Klang.",
        ),
        (
            "assistant",
            "Name: Nur Qistina binti Hairul Anuar; Birth Registration No.: BP 481729; Date of Birth: 14 August 2016; Place of Birth: Hospital Tengku Ampuan Rahimah, Klang.",
        ),
        (
            "user",
            "Tambah maklumat ibu bapa: Bapa Hairul Anuar bin Mohd Yusri, MyKad 840219-10-5731; Ibu Siti Aminah binti Rosli, MyKad 870904-10-6242.",
        ),
        (
            "assistant",
            "Father: Hairul Anuar bin Mohd Yusri, Identity Card No. 840219-10-5731; Mother: Siti Aminah binti Rosli, Identity Card No. 870904-10-6242. Sila semak ejaan nama dengan salinan asal sebelum dihantar untuk cop pengesahan.",
        ),
    ],
    [
        (
            "system",
            "Scheduling assistant for Lingua Bridge SG. Student record: Lee Jia Wen, NRIC T1147382I, mobile 9075 3316, JLPT N2 class Tue 7pm, note: has epilepsy, avoid flashing slides.",
        ),
        ("user", "Can you move Jia Wen's class to Thursday? 她说 Tuesday 要去医院复诊."),
        (
            "assistant",
            "Sure. I've noted a request to move Lee Jia Wen from the Tuesday 7pm JLPT N2 class to Thursday 7pm, subject to seat availability. Shall I send her an SMS confirmation at 9075 3316?",
        ),
        ("user", "Yes, but don't mention anything about her medical condition in the SMS."),
        (
            "assistant",
            "Understood. Draft SMS: Hi Jia Wen, your JLPT N2 class has been moved to Thursdays at 7pm starting next week. See you then! - Lingua Bridge. No health details are included.",
        ),
    ],
    [
        (
            "user",
            "I need a cover note in Chinese for the Taipei District Court notary office. My details: 鄭雅婷, ID E210477592, 台北市大安區和平東路二段 96巷 7號5樓. I'm notarising the English translation of my master's degree.",
        ),
        (
            "assistant",
            "公證請求書附件說明：請求人 鄭雅婷（身分證統一編號 E210477592），住址 臺北市大安區和平東路二段96巷7號5樓，茲檢附碩士學位證書正本及英文譯本各一份，請求就譯本與原本相符辦理認證。",
        ),
        ("user", "Perfect, also add my phone 0921-564-803 as contact."),
        (
            "assistant",
            "已加入：聯絡電話 0921-564-803。建議攜帶身分證正本及印章親自辦理，以免補件。",
        ),
    ],
    [
        ("system", "你是吉隆坡一家华文补习中心的行政助理。"),
        (
            "user",
            "帮我写一封警告信给老师 郑慧玲，她这个月迟到了5次，按合同每次扣RM50，总共扣RM250，从11月工资RM3,200里面扣。",
        ),
        (
            "assistant",
            "致郑慧玲老师：经核查，您于2026年11月共迟到5次，违反聘用合同第6条。根据合同规定，每次扣薪RM50，共计RM250，将从11月工资RM3,200中扣除，实发RM2,950。请今后准时到岗。此致，行政部",
        ),
        ("user", "加一句：如果是因为她妈妈住院的关系，可以申请弹性上班时间。"),
        (
            "assistant",
            "已补充：如迟到系因您母亲住院需要照顾，欢迎向行政部申请弹性上班安排，我们会酌情考虑。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Nicholas Phua, IELTS candidate number 012854 for the 18 Jan test at the British Council centre. I have ADHD and a doctor's letter from IMH. How do I apply for extra time?",
        ),
        (
            "assistant",
            "You can request special arrangements through the test centre where you booked, usually at least six weeks before the test date, by submitting the application form with recent medical evidence such as your doctor's letter. Since your test is on 18 January, contact the centre as soon as possible.",
        ),
        ("user", "Can you write the email for me? My email is nick.phua.sg@outlook.com."),
        (
            "assistant",
            "Subject: Special arrangements request - candidate 012854, 18 Jan test. Dear British Council team, I am Nicholas Phua (candidate no. 012854). I have been diagnosed with ADHD and attach a letter from my doctor at IMH. I would like to request extra time. Please reply to nick.phua.sg@outlook.com. Thank you.",
        ),
    ],
    [
        (
            "system",
            "You help a Johor Bahru tuition centre reply to parent complaints in English or Malay.",
        ),
        (
            "user",
            "Parent Puan Zarina called, very angry. Anak dia Danish Iskandar (Tahun 6) kena marah dengan tutor depan kelas sebab salah eja. She wants refund RM300. Nombor dia 013-775 2948.",
        ),
        (
            "assistant",
            "Cadangan balasan WhatsApp kepada Puan Zarina (013-775 2948): Assalamualaikum Puan Zarina, kami memohon maaf atas kejadian yang melibatkan Danish di kelas. Kami sedang menyiasat perkara ini bersama tutor berkenaan dan ingin mengatur pertemuan dengan puan minggu ini untuk membincangkan penyelesaian, termasuk permintaan bayaran balik RM300.",
        ),
        ("user", "Good. Also remind me to note this in Danish's file."),
        (
            "assistant",
            "Noted: add an incident entry to Danish Iskandar's file (Tahun 6), complaint from mother Puan Zarina, refund request RM300, meeting to be scheduled.",
        ),
    ],
    [
        ("system", "你是台中一間美語補習班的助理，協助整理班級名單。"),
        (
            "user",
            "幫我把這些排成表格：王柏翰 0937-215-488 國二；李佳穎 0955-602-173 國三，家長說她有氣喘；許承恩 0910-384-925 國二。",
        ),
        (
            "assistant",
            "姓名｜電話｜年級｜備註；王柏翰｜0937-215-488｜國二｜無；李佳穎｜0955-602-173｜國三｜家長告知有氣喘；許承恩｜0910-384-925｜國二｜無",
        ),
        ("user", "李佳穎的備註請不要公開在班級群組版本裡。"),
        (
            "assistant",
            "好的，群組版本只保留姓名與年級：王柏翰（國二）、李佳穎（國三）、許承恩（國二）；電話與健康備註僅保留在內部版本。",
        ),
    ],
]
