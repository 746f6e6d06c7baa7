# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix167: language schools and exam-prep centres in SG/MY/HK/TW (IELTS, HSK and JLPT registrations, passport copies for exams, scores, refunds, teachers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix167
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exam_day_notices"): _lines("""
        IELTS on Computer at the British Council, Napier Road: candidates must arrive 30 minutes before the Listening test; nobody is admitted after 8:30 am.
        Reminder: the ID you bring on test day must be the same passport you used at registration. Photocopies, expired passports and phone photos of the bio page are not accepted.
        The JLPT December session in Singapore is run by the Japanese Cultural Society; test vouchers will be posted from 14 Nov and the venue list is on the JCSS website.
        Results for the paper-based IELTS are released 13 calendar days after the test date; computer-delivered results are usually ready in 3 to 5 days.
        Lockers on Level 2 are for candidate belongings only. Smart watches, earbuds and water bottles with labels must be stored before you enter Room 2B.
        Our centre is closed on 1 Jan and 29-30 Jan for Chinese New Year. Mock-test bookings for February open on 2 Jan at 10:00 through the student portal.
        Speaking tests may be scheduled up to 7 days before or after the written test. Check the Test Taker Portal for your slot; we cannot swap slots over the phone.
        HSK 4 internet-based test at the Confucius Institute, NTU: seats are limited to 40 per sitting and registration closes 20 days before the exam date.
        Lost property from the 16 Nov sitting (2 umbrellas, 1 grey hoodie, 1 Casio fx-82 calculator) is kept at the front desk until 30 Nov, after which it is donated.
        Quiet please: the Lower Primary phonics class in Room 1 runs 4-5:30 pm on Saturdays while the IELTS mock listening test is running next door in Room 2.
        Candidates with a certified medical condition may apply for special arrangements at least 6 weeks before the test; download form SA-2 from the official IELTS site.
        The PTE Academic lab at our Bukit Timah branch has 12 workstations; bookings are made only on the Pearson PTE website, not at the counter.
        Transfer fee for moving your IELTS date is SGD 60 if requested more than 5 weeks ahead; within 5 weeks the fee is not refundable except on documented medical grounds.
    """),
    ("zh-Hans", "HSK报名常见问题"): _lines("""
        问：HSK报名需要上传什么照片？答：近六个月内白底彩色证件照，JPG格式，大小不超过1MB，不可佩戴帽子和有色眼镜，请勿上传自拍或生活照。
        问：外国考生用什么证件报名？答：报名时填写的证件必须与考试当天携带的有效护照一致，证件号码填错的请在考前10天联系考点修改。
        问：HSK五级成绩多久能查？答：网考约考后10个工作日，纸笔考约一个月，可登录汉语考试服务网输入准考证号和姓名拼音查询。
        问：成绩报告有效期多久？答：作为来华留学汉语能力证明，HSK成绩自考试日期起两年内有效，超过两年需要重新参加考试，各高校另有规定的以学校要求为准。
        问：可以退费吗？答：报名截止日前可申请退考，扣除手续费人民币50元；截止日后不予退费，也不能改期或转让给他人，请谨慎选择考试日期。
        本考点（狮城汉语测试中心）咨询热线 +65 6352 0188，工作时间周一至周五 9:00-17:30，邮件请发至 hsk.enquiry@lioncity-chinese.sg。
        《HSK标准教程》（姜丽萍主编，北京语言大学出版社）第4册上下两本，本中心前台有售，每本新币28元，配套练习册每本新币18元，会员九五折。
        口语考试HSKK分为初级、中级、高级三个等级，录音时间约20分钟，可以与HSK笔试同日报名，但需要分别缴费并分别打印准考证。
        考前提醒：考试当天请携带准考证打印件和护照原件，手机须关机放入考场外储物柜，考试期间发现携带电子设备者一律按违纪处理，成绩作废。
        问：孩子10岁可以考HSK一级吗？答：可以，HSK没有年龄限制；8至15岁的学生也可以选择少儿汉语考试YCT，题型更适合小学生。
        模拟考安排：每周六上午9:30在B2教室举行HSK3至HSK6全真模拟，每场收费新币15元，报名请扫前台二维码，名额满即止。
        问：准考证什么时候可以打印？答：考前10天左右开放打印，登录报名账号后在“我的考试”页面下载PDF，建议彩色打印一份备用。
        汉语考试服务网系统维护通知：2026年12月12日 00:00-06:00（北京时间）暂停报名与缴费功能，维护结束后自动恢复，给您带来不便敬请谅解。
    """),
    ("zh-Hant", "補習社價目表"): _lines("""
        IELTS 密集衝刺班（8 堂，每堂 2 小時）HK$3,880，包 4 次全真模擬試及口試一對一評分，每班名額 12 人，額滿即止。
        JLPT N3 文法精讀班：逢星期二、四晚上 7:30-9:30，一期 12 堂，學費 HK$2,640，教材《新完全マスター文法 N3》另計。
        普通話水平測試（PSC）備試班 HK$1,980；HSK 5 級網考模擬卷每套 HK$120，一次過買三套送一套，模擬卷唔設退換。
        報名費 HK$200 一經繳付概不退還；學費可用八達通、轉數快（公司識別碼 8812345，英語坊教育有限公司）或現金繳付。
        旺角分校：彌敦道 688 號旺角中心第一期 12 樓 1205 室，查詢電話 2388 6120，WhatsApp 查詢請致 5118 2270（只限文字訊息）。
        暑期兒童英語拼音班（K3 至 P2）每月 HK$1,280，逢星期六上午上堂，報名即送 Oxford Phonics World 練習冊一本。
        試堂優惠：首次報讀任何日語課程可以 HK$99 試堂一次，上完唔滿意全數退回，每位新學員限用一次，唔可以同其他優惠同用。
        IELTS 作文批改每篇 HK$180，Task 1 加 Task 2 套餐 HK$320，48 小時內交回，附官方 band descriptor 逐項評分同改善建議。
        JLPT N1 讀解特訓（10 堂）HK$3,200；舊生續報九折，同一張單據報讀兩科或以上再減 HK$200，優惠期至 12 月 31 日。
        收據編號 RCP-2026-11-00871 所列課程如需轉期，請於開課前 7 日以書面通知，每次轉期收取行政費 HK$150。
        DSE 英文加 IELTS 雙軌班：中五生每月 HK$2,150，包 Paper 3 Listening 模擬練習及 IELTS Academic Reading 答題技巧。
        分校營業時間：星期一至五 14:00-21:30，星期六 09:30-18:00，星期日及公眾假期休息（考試前一星期除外，另行通知）。
        教材價目：《Cambridge IELTS 19 Academic》HK$268、《みんなの日本語 初級Ⅰ 第2版》HK$245、《HSK標準教程 3》HK$118。
    """),
    ("ms", "notis_pusat_bahasa"): _lines("""
        Pendaftaran JLPT sesi Julai di Kuala Lumpur dibuka 1 Mac hingga 31 Mac; borang dan bayaran hanya melalui laman web Japan Foundation Kuala Lumpur.
        Calon dikehendaki membawa kad pengenalan atau pasport asal pada hari ujian. Salinan fotostat tidak akan diterima oleh pengawas peperiksaan.
        Kelas Persediaan MUET bermula 6 Januari, setiap Sabtu 9 pagi hingga 12 tengah hari di Bilik Seminar 3, Tingkat 2, yuran RM450 untuk 10 minggu.
        Pusat kami ditutup pada Hari Deepavali dan cuti peristiwa yang diisytiharkan kerajaan negeri Selangor; tarikh kelas ganti akan dimaklumkan melalui aplikasi.
        Bayaran yuran boleh dibuat melalui DuitNow ke akaun syarikat Cahaya Bahasa Sdn. Bhd. (No. Pendaftaran 201801023456); sila sertakan nombor invois sebagai rujukan.
        Keputusan IELTS untuk ujian 9 November boleh disemak dalam talian mulai 22 November; Test Report Form akan diposkan dalam masa 7 hari bekerja.
        Peraturan bilik ujian: telefon bimbit mesti dimatikan dan disimpan dalam loker, tiada makanan dibenarkan kecuali air kosong dalam botol lutsinar tanpa label.
        Talian WhatsApp pejabat (mesej sahaja): +60 12-338 4410, dijawab Isnin hingga Jumaat 9.00 pagi hingga 6.00 petang kecuali cuti umum.
        Kelas Bahasa Mandarin HSK 1 untuk dewasa: 24 jam pembelajaran, buku teks HSK Standard Course 1, yuran RM680 termasuk satu ujian percubaan.
        Makluman: ujian percubaan JLPT N4 dan N5 akan diadakan di cawangan Johor Bahru, Jalan Wong Ah Fook, pada 23 November jam 2 petang.
        Bayaran balik hanya diproses jika permohonan dibuat 14 hari sebelum kelas bermula; caj pentadbiran RM50 akan ditolak daripada jumlah bayaran.
        Tempat letak kereta berbayar terdapat di Menara Cahaya, Jalan Tun Razak, kadar RM3 sejam; sila gunakan lif B untuk naik ke Tingkat 7.
        Jadual kelas Bahasa Jepun Asas: Tahap 1 (Isnin dan Rabu 8-10 malam), Tahap 2 (Selasa dan Khamis 8-10 malam), buku Minna no Nihongo disediakan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Front desk 提醒：今晚 N3 班改去 Room 5，projector 喺 Room 4 壞咗，technician 話聽日 10am 先嚟修，麻煩各位老師通知班上。
        Guys, IELTS mock paper set C 嘅 answer key 有錯，Listening Q27 應該係 B 唔係 C，please update your copy before Saturday class.
        Boss says new price list effective 1 Jan, HSK intensive naik ke RM780, jangan quote harga lama kepada walk-in customers ya.
        Printer level 3 kehabisan toner lagi, I already order 2 cartridges HP 206A under PO-2026-0412, ETA Thursday, pakai printer level 2 dulu.
        今日 JLPT N2 聽解 mock 全班平均 38/60，比上個月高咗 4 分，讀解 section 仍然係最弱，下星期加多兩堂 reading drill。
        Reminder to all teachers: submit attendance sheets for November by 5 Dec, format ikut template dalam shared drive folder Admin/Attendance/2026.
        Cikgu-cikgu, buku Cambridge IELTS 19 dah sampai, 40 naskhah, ambil di stor tingkat 2, jangan lupa sign out dalam log book ya.
        课室冷气又漏水，已经 report 给 building management，ticket no. BM-77120，明天早上 9 点会有 contractor 来检查，B3 暂时不要排课。
        Who can cover the Saturday 9am HSK 3 class next week? Need someone comfortable teaching the 把字句 chapter, lesson plan already in the drive.
        Marketing 话下个月 open day 要派 flyer，Mandarin 同 BM 两个版本，design 由 agency 做，deadline 15 Dec，大家有意见今晚之前讲。
        FYI the British Council updated the IELTS One Skill Retake rules, only for computer-delivered tests at partner venues, pls update our FAQ page.
        Tolong check semua whiteboard marker dalam bilik 1 hingga 6, banyak dah kering, I'll buy a new box from Popular bookstore petang ni.
        Zoom Pro licence renewed until 31 Dec 2027, meeting ID for the online HSK class kekal sama, no need to resend the link to the class.
    """),
    ("en", "registration_system_logs"): _lines("""
        2026-11-18T09:14:22+08:00 INFO booking.create order=ORD-SG-20261118-00412 product=IELTS_AC_CD venue=SG-NAP-01 seats_left=7 latency_ms=183
        2026-11-18T09:14:25+08:00 WARN payment.retry gateway=stripe intent=pi_3QxT8kLmN2 attempt=2 reason=card_declined_generic amount=SGD 300.00
        2026-11-18T09:15:02+08:00 ERROR upload.passport_scan status=rejected reason=file_too_large size_kb=6144 limit_kb=5120 request_id=9f2c1e7a
        2026-11-18T10:02:41+08:00 INFO cron.results_sync source=ielts_trf_feed rows_fetched=1284 rows_matched=1279 unmatched=5 duration_s=41.7
        deploy: regportal v4.12.3 (commit 7c1e9ab) rolled out to ap-southeast-1, feature flag jlpt_dec_session=true, rollback plan RB-118 on standby.
        config.yaml: max_upload_mb: 5, allowed_types: [jpg, png, pdf], retention_days: 90, passport_ocr: enabled, mask_fields: [doc_no, dob]
        2026-11-19T22:47:10+08:00 WARN auth.rate_limit ip_block=203.0.113.0/24 attempts=57 window=5m action=captcha_challenge
        SELECT exam_code, COUNT(*) AS seats FROM bookings WHERE session_date = '2026-12-07' AND status = 'CONFIRMED' GROUP BY exam_code;
        2026-11-20T08:00:00+08:00 INFO refund.batch batch_id=RF-20261120-A count=23 total=SGD 4,140.00 gateway=paynow status=queued
        schema bookings(id UUID PK, order_no TEXT UNIQUE, exam_code TEXT, session_date DATE, fee_cents INT, status TEXT, created_at TIMESTAMPTZ)
        2026-11-20T11:31:09+08:00 INFO email.send template=hsk_admission_ticket_v3 queued=312 sent=309 bounced=3 provider=ses region=ap-southeast-1
        sha256(trf_export_2026-11.csv) = 4e1f0b7a9c3d2e8f61a5b4c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f809a1b
        pytest tests/test_refund_rules.py::test_medical_refund_window PASSED [ 87%] in 0.42s; fixture uses exam_code=JLPT_N2 fee_cents=6500
    """),
    ("zh-Hant", "台灣補習班評論"): _lines("""
        這間在台北南陽街的英文補習班，雅思寫作課真的有用，老師會逐句改 Task 2，上了兩個月從 6 分進步到 6.5，推薦給要出國的人。
        櫃台服務態度普通，問日檢報名流程要等很久才有人回，不過教室很乾淨，冷氣也夠冷，整體給四顆星，下一期會考慮續報 N2 班。
        公館這家日語補習班用《大家的日本語》當教材，N4 班進度偏快，零基礎的人建議先上兩週的五十音衝刺班再跟正式課程，比較不會跟不上。
        收費透明，HSK 六級衝刺班一期 NT$12,800，沒有額外推銷教材，退費也依照臺北市短期補習班管理規則辦理，很放心。
        線上課程常常斷線，客服說是 Google Meet 的問題，希望店家改用更穩定的平台，不然真的很影響聽力練習的效果，實體課就沒有這個問題。
        語言訓練測驗中心（LTTC）辦的日檢考場就在台大附近，這家補習班考前一週會帶大家走一次考場動線，還會提醒要帶的文具，真的很貼心。
        位在忠孝東路四段的大樓 8 樓，電梯常常要等很久，但自習室開到晚上十點，考前衝刺很方便，飲水機和廁所也都維持得很乾淨，整體環境滿分。
        老師上課很愛拿村上春樹的小說來解釋日文敬語和語感，內容有趣但有時候離題太遠，整體來說還是給 4.5 分，適合想多了解日本文化的人。
        試聽課的感覺不錯，但報名後才知道教材費另外要 NT$1,500，建議店家在官網價目表上寫清楚，避免後來報名的學生產生誤會。
        托福和雅思合班上課有點混亂，兩種考試題型差很多，希望可以分開開班，其他像師資和環境都滿意，會推薦給身邊要出國考試的朋友。
        官方 LINE 帳號 @linguahub_tw 回覆很快，週末也有人回訊息，轉班手續兩天內就處理好了，比之前那家好太多。
        高雄分校的 JLPT N2 模擬考題目出得很接近真題，解析講義也做得很完整，印刷品質也很好，整期上完覺得這筆學費花得很值得。
        不推薦週六早上的班，教室隔音很差，隔壁兒童美語一直在唱 ABC song，根本沒辦法專心做聽力模擬題，建議改到下午時段。
    """),
    ("mixed", "invoices_and_receipts"): _lines("""
        TAX INVOICE No. INV-SG-2026-004518 | Lingua Bridge Academy Pte. Ltd. UEN 201512345K | IELTS Prep (20 hrs) SGD 880.00 + GST 9% SGD 79.20 | Total SGD 959.20
        Resit Rasmi No. RR/2026/11/0933 - Cahaya Bahasa Sdn. Bhd. (201801023456) - Yuran Kelas JLPT N4 RM 1,150.00 - Dibayar melalui FPX - 18/11/2026
        統一發票 AB-12345678，賣方統一編號 24567890，品名：日檢 N3 總複習講義 x1，金額 NT$650，營業人：語橋文教事業有限公司。
        收據 Receipt No. HK-RC-77812 英語坊教育中心 BR No. 71234567 | IELTS Speaking 1-on-1 x 4 sessions HK$2,400 | Paid by FPS 轉數快
        Credit Note CN-2026-0087 issued against INV-SG-2026-004102: HSK 4 mock test cancelled by the centre, SGD 45.00 credited as course credit.
        Invoice line items: 1x JLPT N5 textbook set (SKU JP-BK-N5-SET) RM 139.00; 1x workbook (SKU JP-WB-N5) RM 42.00; Pos Laju RM 8.00; total RM 189.00
        Pos Laju tracking ER123456789MY dispatched 19/11 from the Shah Alam hub, 1 carton containing 25 copies of Cambridge IELTS 19 for the Penang branch.
        澳門分校 Macau branch 收據 MOP 1,860，課程：葡語 A2 + HSK 3 combo，商業登記編號 SO-54321，地址：新馬路 37 號 5 樓 B 座。
        Purchase order PO-MY-2026-118 to Kinokuniya KLCC: 30 x Shin Kanzen Master N2 Grammar @ RM 92.00 each, payment terms Net 30 days.
        Statement of account for Sunrise Tuition Centre Pte. Ltd. (corporate client), Nov 2026: 3 invoices outstanding, total SGD 6,420.00, due 31 Dec.
        Refund voucher RV-2026-0314: IELTS transfer fee reversed per British Council policy update 01/11/2026, amount SGD 60.00, approved by Finance.
        增值税普通发票 发票号码 04400123，深圳译桥外语培训有限公司，统一社会信用代码 91440300MA5F2K7Q1T，HSK 辅导课 RMB 3,600.00。
        Receipt footer: Course fees are not transferable. Terima kasih. 多謝惠顧. Enquiries: accounts@linguabridge.example.sg or call 6225 8130.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Registration form: Full name (as in passport): TAN WEI LING JASMINE; Passport no. E7723145K; DOB 14/03/2001; Mobile +65 9127 4408; Test: IELTS Academic CD, 7 Dec 2026.
        Hi, this is Marcus Goh Jun Hao, I sat the IELTS on 9 Nov and Writing came back 5.5, I want a remark because my PR application needs 6.5 overall.
        Please refund to DBS account 072-118-4563-1 under Priya d/o Ramasamy; she withdrew from the HSK 3 course because of her chemotherapy schedule.
        Candidate NRIC S9032117Z, seat 14, Room 2B: flagged by invigilator, photo on the admission slip does not match the face on the passport.
        Kelvin Ong (Sec 4) keeps missing Saturday class; his mum told me privately the parents are divorcing and he is staying with his grandma in Tampines.
        Send the results letter to Mdm Lee Siew Khim, Blk 512 Jurong West Street 52, #08-231, Singapore 640512.
        FIN G7731208R, Ms Nguyen Thi Hoa, work permit holder, registering for IELTS Life Skills A1 for her spouse visa, contact hoa.nguyen92@gmail.com.
        Pls call back 9735 1182 about the refund, the father is very angry that his son's JLPT fee was charged twice on his card.
        2026-11-03,ORD-SG-20261103-00177,Rachel Chua Hui Min,rachel.chuahm@outlook.com,+6581124790,IELTS_GT,PAID,SGD 300
        Arjun from the Tuesday N4 class told me he has ADHD and gets extra time in school exams, can we apply for JLPT special accommodation for him?
    """),
    "zh-Hans": _lines("""
        报名信息：姓名 王晓燕，身份证号 110105199203154426，手机 13911876502，报考 HSK 六级，2026年12月14日 北京语言大学考点。
        陈先生说他儿子雅思口语只考了5分想退课，可他上个月刚被公司裁员，学费分期还欠我们8,000元没还。
        张老师您好，我是李嘉怡的妈妈，孩子最近查出抑郁症，下周的日语N3模考可能来不了，麻烦帮忙请个假。
        快递地址：上海市闵行区七莘路1885弄23号502室，收件人 周雨桐，电话 186 2133 0495，寄雅思成绩单原件。
        学员刘浩然的护照号 EJ4821736 已过期，请让他在12月1日前补交新护照扫描件，否则考试当天无法入场。
        退款请打到招商银行卡 6225 8801 2345 6783，户名 孙丽娟，退回HSK四级报名费650元，谢谢。
        阿强上次模考作弊被抓到，已经被考试中心禁考两年，这件事千万别跟其他学员和家长讲，他妈妈也不知道。
        微信号 xiaoyu_0823 那个在新加坡读书的女生说自己怀孕了，想把JLPT推迟到明年七月再考。
        赵女士投诉：她丈夫黄建国在我们中心上课时与前台发生争执并动手，已经报警，派出所立案编号 2026-1107-033。
        学员档案：吴俊杰，男，1998-07-21，身份证 350303199807215616，现住吉隆坡 Cheras，HSK5 成绩 236/300，月薪 RM4,200（申请分期用）。
    """),
    "zh-Hant": _lines("""
        報名表：英文姓名 CHAN Ka Yan，香港身份證 Y512830(5)，出生日期 2004年6月2日，手提 9123 6604，報考 JLPT N2 香港考場。
        黃太話佢個仔考完 DSE 之後情緒好差，成日喺屋企唔出門，問我哋可唔可以暫停 IELTS 課程兩個月。
        請將 JLPT 准考證寄去：新界沙田禾輋邨豐和樓 1812 室，收件人 梁志偉先生，電話 6218 9904。
        學員 林怡君，身分證字號 F228410931，出生 民國89年5月3日，手機 0928-614-370，報名日檢 N3 十二月場。
        阿傑話佢張信用卡已經爆咗，仲欠咗財務公司十幾萬，日文班嘅學費要遲兩個月先俾得，叫我哋唔好話俾佢屋企人知。
        陳sir 喺 WhatsApp 問：小女陳曉晴 IELTS Listening 只得 5.0，係咪要報埋暑期班？佢電話 5402 7731。
        退費帳號：中國信託 822-5403-2198-7701，戶名 蔡佳穎，退還日檢 N2 報名費 NT$1,600。
        教務備註：週三晚 N1 班的王同學上週在教室昏倒，家長說她有癲癇病史，之後上課請老師多留意。
        學員 何嘉欣 澳門居民身份證 5213478(2)，報考 HSK 4 級，電郵 kayan.ho.mo@gmail.com，請寄收據。
        家長開車接送，車牌 BLR-6627，白色 Toyota Altis，請保全放行進地下停車場，學生是六年級的許芷瑜。
    """),
    "ms": _lines("""
        Borang pendaftaran JLPT: Nama: Nurul Aisyah binti Mohd Razali, No. MyKad 010423-10-5638, Tel: 013-772 5418, Alamat: No. 12, Jalan SS 15/4C, Subang Jaya.
        Encik Faizal beritahu dia baru diberhentikan kerja dan tak mampu bayar baki yuran IELTS RM1,200, minta tangguh sampai Februari.
        Sila pulangkan wang ke akaun Maybank 1641 2230 8857 atas nama Siti Hajar binti Kamaruddin, kelas HSK 2 dibatalkan.
        Darren Lim Jia Hao (Tingkatan 5) ada asma teruk, inhaler dalam beg, kalau diserang semasa ujian percubaan sila hubungi ibunya 012-389 0071.
        No. pasport A41298765 milik calon Muhammad Hafiz bin Osman sudah tamat tempoh, dia perlu bawa pasport baharu pada hari ujian IELTS.
        Kak Ros cakap suami dia masuk lokap minggu lepas sebab kes dadah, jadi dia nak berhenti kelas Mandarin buat sementara.
        Kereta Myvi merah WVR 4473 milik ibu pelajar Aina selalu parkir di petak OKU depan pusat, tolong tegur dia petang ni.
        E-mel haziq.rahman03@yahoo.com, telefon 017-661 9024, minta sijil keputusan MUET dihantar ke rumah di Taman Melawati, Kuala Lumpur.
        Catatan kaunseling: pelajar Tharshini a/p Subramaniam menangis dalam kelas, katanya ayahnya hilang kerja dan keluarga mungkin pindah balik ke Ipoh.
        Rekod calon: 830915-14-5527, LEE CHONG MENG, calon persendirian HSK 5, keputusan 168/300, status GAGAL, ulang semula Mac.
    """),
    "mixed": _lines("""
        Eh front desk, 嗰個 Sat N3 班嘅 Mr Ho 何志強 又打嚟，佢 number 9668 2041，要 refund 因為佢老婆啱啱生 BB 要請假。
        Boss, student Wong Mei Ling (IC 950612-07-5510) nak tukar tarikh IELTS, dia cakap ada appointment 化疗 on 12 Dec.
        Passport scan: passport_TEO_SHU_FEN_E8841207C.pdf uploaded 2026-11-21 21:04, DOB 2003-08-19, nationality SGP, exam HSK5.
        家长群 msg: 我是 Jayden 的妈妈 Cheryl，Jayden 上堂被同学 bully，请老师 call 我 8733 5160 谈一下，thanks.
        TW student 鄭宇翔 LINE ID zheng_yx0512，他說 JLPT N2 成績單寄錯地址，正確是新北市板橋區文化路一段 218 號 7 樓之 3。
        Cikgu, saya ayah Hui Min, dia demam denggi masuk Hospital Serdang since Monday, tak dapat datang kelas HSK minggu ni. Sorry ya.
        Refund request: 羅嘉琪 Loh Ka Kei, HKID K604177(9), HSBC 004-512-873421-838, amount HK$2,640, reason: 搬去英國讀書.
        @Teacher Amy 你班上那个 Brandon Yeo, his father owes us 3 months fee SGD 1,350, lawyer letter 已经发了, don't let him join mock test.
        T0412387A,Lim Zi Xuan,JLPT N4 mock,Vocab 42/60,Reading 38/60,Listening 25/60,FAIL,parent +65 9011 3327
        Ahmad 那个学生 last month 确诊肺结核 TB, MOH dah contact kita, perlu list semua classmates dia untuk screening.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the enquiry assistant of Lingua Bridge Academy, an IELTS and HSK prep centre in Singapore. Be concise and follow the centre's transfer policy.",
        ),
        (
            "user",
            "Hi, I need to move my IELTS date. Name Farhan Iskandar, booking ORD-SG-20261102-00311, passport A50912283, phone 9022 4187. My wife is due to give birth that week.",
        ),
        (
            "assistant",
            "Thanks, Farhan. Transfers more than 5 weeks before the test cost SGD 60. Since the new date is for a family reason rather than a medical one of your own, the standard fee applies. Which new date would you prefer?",
        ),
        (
            "user",
            "Any Saturday in January. Can you text the confirmation to 9022 4187 instead of email?",
        ),
        (
            "assistant",
            "I will note Saturday 10 or 17 January and ask the front desk to SMS 9022 4187 once the British Council confirms the slot.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封退费邮件给HSK考点。孩子叫周子涵，准考证号 H51226010452，身份证 440306200803173021，因为骨折住院没法参加12月14日的HSK三级考试。",
        ),
        (
            "assistant",
            "好的，以下是邮件草稿：尊敬的考点老师，您好！考生周子涵（准考证号 H51226010452）因骨折住院，无法参加2026年12月14日HSK三级考试，现附上医院诊断证明，申请退考退费，恳请批准。家长敬上。",
        ),
        ("user", "再加一句，退款请退回原支付宝账户 zhouma_1979@163.com。"),
        (
            "assistant",
            "已补充：如获批准，请将费用退回原支付宝账户 zhouma_1979@163.com。建议同时附上住院证明扫描件，以免审核延误。",
        ),
    ],
    [
        ("system", "你係香港一間日文補習社嘅客服助手，用廣東話回覆，解答 JLPT 報名問題。"),
        (
            "user",
            "你好，我係梁太，想幫個女梁凱晴報 12 月 JLPT N3，佢 HKID 係 R338914(5)，佢有讀寫障礙，可唔可以申請加時？",
        ),
        (
            "assistant",
            "梁太你好！JLPT 有特別安排申請，需要喺報名時一併遞交醫生或教育心理學家報告。凱晴嘅 HKID 請只填喺官方報名表度，唔好喺 WhatsApp 傳俾我哋。",
        ),
        ("user", "明白，咁報告要幾新？佢上次評估係 2023 年喺葵涌嗰間診所做。"),
        (
            "assistant",
            "一般要求三年內嘅報告，2023 年嘅應該仲有效，但建議你打去 HKU SPACE JLPT 辦事處確認一下。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah ke English: Saya, Azlina binti Yusof (MyKad 880214-08-6642), beralamat di No. 7, Lorong Bunga Raya 3, Taman Sri Ampang, 31400 Ipoh, memohon bayaran balik yuran kelas JLPT N5 sebanyak RM950.",
        ),
        (
            "assistant",
            "Translation: I, Azlina binti Yusof (MyKad 880214-08-6642), of No. 7, Lorong Bunga Raya 3, Taman Sri Ampang, 31400 Ipoh, hereby apply for a refund of the JLPT N5 class fee of RM950.",
        ),
        (
            "user",
            "Tambah sebab: saya baru disahkan kanser payudara tahap 2 dan perlu mula rawatan bulan depan.",
        ),
        (
            "assistant",
            "Added: The reason for this request is that I was recently diagnosed with stage 2 breast cancer and must begin treatment next month. You may wish to attach a doctor's letter.",
        ),
    ],
    [
        (
            "system",
            "You help teachers at a Kuala Lumpur language centre write short progress notes. Output in English.",
        ),
        (
            "user",
            "Summarise for the parents group pls: 今天 HSK 4 班 okay, tapi Chloe Tan 哭了 because 她爸妈在闹离婚, dia tak fokus langsung, reading score 只有 31/100.",
        ),
        (
            "assistant",
            "I would not post this in the parents group. Chloe Tan's family situation and score are private; a safer group note is: Today's HSK 4 class covered reading practice; individual feedback will be sent privately.",
        ),
        ("user", "Ok then write a private message to her mum, number 012-775 3019."),
        (
            "assistant",
            "Draft to Chloe's mum (012-775 3019): Hi, Chloe seemed upset in class today and scored 31/100 in reading. We would be happy to arrange a short catch-up session if that helps. Please let us know.",
        ),
    ],
    [
        (
            "system",
            "CRM context for this conversation: student Benjamin Koh Wei Jie, email benkoh.wj@gmail.com, mobile +65 8264 0917, NRIC S8804512B, enrolled IELTS Academic 20-hr, outstanding balance SGD 440.",
        ),
        ("user", "Hi, can I know when my next IELTS class is?"),
        (
            "assistant",
            "Hi Benjamin, your next IELTS Academic lesson is on Thursday 7:30 pm at the Bukit Timah branch, Room 3. There is an outstanding balance of SGD 440 on your account.",
        ),
        ("user", "Ah ok, I'll pay by PayNow this weekend."),
        (
            "assistant",
            "Great, please use your invoice number as the PayNow reference so Finance can match it.",
        ),
    ],
    [
        (
            "user",
            "幫我檢查日檢報名表有沒有填錯：姓名 鄭雅婷，身分證字號 H220193846，生日 1990/11/08，地址 台中市西屯區河南路三段 120 號 9 樓，手機 0935-207-118。",
        ),
        (
            "assistant",
            "格式看起來正確：身分證字號為一個英文字母加九位數字，手機號碼也是十碼。地址請確認樓層後是否有「之幾」，因為准考證會寄到這個地址。",
        ),
        ("user", "沒有之幾。另外我有妊娠糖尿病，考試當天可以帶點心進去嗎？"),
        (
            "assistant",
            "LTTC 一般允許有醫療需求的考生申請攜帶食物，請在報名時勾選特殊需求並附上醫師證明。",
        ),
    ],
    [
        (
            "user",
            "Compute the class average from this mock result paste: Nicholas Lau 6.0 / Shermaine Ho 7.5 / Aravind s/o Krishnan 5.5 / Joanne Seah 6.5",
        ),
        (
            "assistant",
            "The average overall band is 6.375, which rounds to 6.5 under IELTS rounding. Aravind s/o Krishnan is the only student below 6.0.",
        ),
        (
            "user",
            "Write a note to Aravind's father, his email is krishnan.v1968@yahoo.com.sg, saying he needs extra classes.",
        ),
        (
            "assistant",
            "Dear Mr Krishnan, Aravind scored 5.5 in the latest IELTS mock. We recommend four extra Writing sessions before his test on 24 Jan. Please reply to confirm. This draft can be sent to krishnan.v1968@yahoo.com.sg.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pusat tuisyen bahasa di Johor Bahru. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak hantar surat tuntutan kepada parent yang belum bayar: Encik Rizal bin Hamdan, 22 Jalan Harmonium 23/4, Taman Desa Tebrau, hutang yuran RM2,350 sejak Jun.",
        ),
        (
            "assistant",
            "Draf: Encik Rizal bin Hamdan, 22 Jalan Harmonium 23/4, Taman Desa Tebrau. Dimaklumkan bahawa yuran tertunggak anak tuan berjumlah RM2,350 sejak Jun 2026. Sila jelaskan dalam tempoh 14 hari.",
        ),
        ("user", "Dia cakap dia baru keluar penjara dan tak ada kerja, boleh lembutkan ayat?"),
        (
            "assistant",
            "Boleh. Versi lebih lembut: Kami faham keadaan tuan mungkin sukar. Jika perlu, kami boleh bincang pelan bayaran ansuran untuk baki RM2,350. Sila hubungi kami bila sesuai.",
        ),
    ],
    [
        ("system", "你是新加坡一家中文补习中心的助理，帮老师整理HSK报名名单。"),
        (
            "user",
            "整理成表格：何俊豪 S9512043? 不对，是 F3021874N，电话 9187 5530，考HSK5；另一个学生 欧阳敏，电话 8420 6611，考HSK3。",
        ),
        (
            "assistant",
            "整理如下：1）何俊豪，证件号 F3021874N，电话 9187 5530，HSK5；2）欧阳敏，电话 8420 6611，HSK3，缺证件号码，请补充。",
        ),
        ("user", "欧阳敏的护照是 E4419082H，她说下个月要做手术，可能考不了。"),
        (
            "assistant",
            "已更新：欧阳敏，护照 E4419082H，电话 8420 6611，HSK3，备注：下月手术，可能缺考，建议先查询改期政策。",
        ),
    ],
]
