# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix115: piano, violin and music theory exam centres and teachers in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix115
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exam_entry_notices"): _lines("""
        ABRSM Practical Grades Session B 2027: online entries open 3 Feb 09:00 SGT and close 24 Feb 23:59; late entries are not accepted under any circumstances.
        Centre 2218 (Bukit Timah) - Grade 5 Theory paper sits on Sat 14 Nov, 10:00-12:00. Candidates must arrive 20 min early with HB pencil and eraser; no phones in the exam room.
        Entry batch EB-27-00419 submitted: 36 candidates, 11 piano, 9 violin, 16 theory. Total fees SGD 5,842.00 paid by GIRO from the studio account.
        Reminder to all teachers: the applicant number on the entry form is the teacher's applicant code, not the candidate's. Please double-check before pressing Submit.
        Timetable release: appointment slips for Session A will be emailed to the applicant on or after 18 Apr. Please do not call the centre representative before then.
        Exam room 3 piano: Yamaha C3X, serial 6712408, tuned 12 Oct to A=442. Pedal squeak reported at 15:40, ticket FAC-0932 opened.
        Grade 8 violin candidates need a Grade 5 Music Theory pass (or Practical Musicianship) before entering; upload the certificate PDF to the portal under Prerequisites.
        Results summary, Centre 4471 Kuala Lumpur, Session B 2026: 214 candidates, 61 distinction, 88 merit, 52 pass, 13 below pass. No individual results are shared by phone.
        Performance Grades video upload window: 2 Mar - 16 Mar. Max file 2 GB, MP4/MOV, single unedited take, camera must show the performer's hands and face.
        Does anyone know if the Trinity Initial grade still allows an own-choice piece, or is it all from the 2027-2029 syllabus book now?
        Exam fees 2027 (SGD, incl. GST): Initial 118.00, Grade 1 132.00, Grade 5 214.00, Grade 8 336.00, ARSM 420.00. Theory Grade 5 online 96.00.
        Steward briefing 07:45 at the reception desk. The duty steward checks ID only when the examiner asks; do not photocopy anything.
        Candidate A (Grade 3 piano) and Candidate B (Grade 6 violin) were swapped in the 11:20 and 11:30 slots at the examiner's request; no action needed.
        Examiner's car arrives 08:15 at the Block 2 loading bay; the centre rep meets at the lobby, Lift B to level 7.
    """),
    ("zh-Hant", "hk_exam_centre_notices"): _lines("""
        【通告】2027年上半年術科考試報名截止日期為3月8日（星期一）下午5時正，逾期恕不受理。查詢請致電中心熱線 2388 4170（辦公時間）。
        各位家長：今個星期六嘅樂理考試喺旺角中心5樓考場，請小朋友9:30前到，記得帶2B鉛筆同擦膠，手機要交畀監考員保管。
        琴房B（Kawai K-300）調音已完成，A=440。如發現踏板有異聲，請填寫維修單 RM-2027-0114。
        本中心鋼琴考生去年合格率為92.4%，其中優異31人、良好57人，數據只作內部參考。
        請問八級小提琴考試嘅視奏係咪一定要用自己把琴？定係考場有得借？
        灣仔區考場地址：軒尼詩道 318 號 樂韻商業大廈 12 樓（近港鐵灣仔站A3出口）。
        考試當日請家長喺大堂等候區等，考場樓層只限考生同陪同老師進入。多謝合作！
        成績表預計喺考試後6至8星期寄返畀報名老師，中心唔會喺電話度透露任何考生分數。
        通知：八號風球或黑雨警告生效期間，當日考試將順延，新時間表會另行通知報名老師。
        證書補領表格（表格 C-07）已上載至網頁，費用 HK$180，需附申請人簽名。
        十月份考期：鋼琴一至五級 10/14-10/19，六至八級 10/21-10/26，小提琴同大提琴集中喺10/23。
        考場Wi-Fi：SSID MusicExam_Guest，密碼每日更新，貼喺接待處。
        伴奏老師費用：每位考生 HK$450（包一次綵排15分鐘），請於報名時一併繳交。
    """),
    ("zh-Hans", "recital_programmes"): _lines("""
        2027年春季学生汇报音乐会 节目单：1. 巴赫《G大调小步舞曲》BWV Anh.114 2. 车尔尼 练习曲 Op.599 No.19 3. 肖邦《降E大调夜曲》Op.9 No.2 ……演奏者名单以现场为准。
        音乐会时间：6月14日（周六）19:30，地点：维多利亚音乐厅二楼小厅，免费入场，凭票号 VCH-R-0614 系列入场。
        郎朗在2008年北京奥运会开幕式上与一位小朋友合奏，这段视频我们在大师课上播放过。
        曲目时长统计：独奏12首共68分钟，合奏3首共14分钟，中场休息15分钟，总计约1小时40分。
        本场音乐会特别致敬傅聪先生，演奏他最擅长的肖邦玛祖卡选段。
        请各位演奏者于18:00前到后台签到，着装要求：男生白衬衫黑裤，女生深色连衣裙；谢幕顺序按节目单编号。
        场地租用单号 VH-2027-0331，押金 SGD 1,200 已付，钢琴使用斯坦威D型（Steinway Model D），调律加收 SGD 280。
        节目单排版用A5双折，封面放校徽，内页字体思源宋体 10pt，印刷 300 份，单价 RM 0.85。
        第二部分：柴可夫斯基《四季》之《六月：船歌》；德彪西《月光》；马思聪《思乡曲》（小提琴与钢琴）。
        《交响情人梦》里千秋真一指挥的贝多芬第七交响曲，成了我们乐团暑期营的开场曲目。
        录像须知：家长可在座位上拍摄自己孩子的节目，禁止闪光灯，请勿把其他演奏者的视频上传社交媒体。
        吉隆坡国油爱乐厅周日下午场，门票 RM 35/50/80，学生半价，售票热线 03-2331 7007。
        返场曲目建议：舒曼《梦幻曲》或克莱斯勒《爱之喜》，时长都在3分钟以内。
    """),
    ("ms", "sewa_alat_muzik"): _lines("""
        Invois SEW-2027-00871: Sewa biola 3/4 (SKU VLN-34-STD) untuk 3 bulan, RM 45 sebulan, deposit RM 200 dikembalikan selepas alat dipulangkan dalam keadaan baik.
        Pakej sewa piano digital Roland FP-30X: RM 160/bulan, minimum 6 bulan, termasuk penghantaran dalam Lembah Klang. Caj naik tingkat RM 80 jika tiada lif.
        Syarat sewa: penyewa bertanggungjawab atas kerosakan tali, bridge dan busur. Tali E ganti RM 18, bulu busur ganti RM 95.
        Stok semasa cawangan Ipoh: biola 1/4 x 4, 1/2 x 6, 3/4 x 3, 4/4 x 2; cello 1/2 x 1. Kemas kini 09:12, 3 Mac.
        Boleh ke tukar biola 1/2 kepada 3/4 di tengah-tengah kontrak sewa? Budak sekarang cepat sangat membesar, haha.
        Sewa-untuk-milik: 80% daripada bayaran sewa 12 bulan pertama boleh ditolak daripada harga piano tegak Yamaha U1 terpakai, RM 14,900.
        No. pendaftaran syarikat: 201901023457 (1331288-X). Alamat kedai: Lot 2.14, Tingkat 2, Plaza Muzik, Jalan Tun Razak, 50400 Kuala Lumpur.
        Pesanan penghantaran DLV-44821: piano tegak ke Shah Alam, slot 10:00-13:00, 4 pekerja angkat, tangga 2 tingkat. Status: Dijadualkan.
        Caj lewat bayar: RM 10 seminggu selepas 7 hari tempoh tangguh. Notis ketiga akan dihantar melalui e-mel kepada penyewa berdaftar.
        Hubungi talian sewa kami 03-7955 2108 atau e-mel sewa@melodikedai.com.my untuk tempahan. Isnin-Sabtu, 10 pg - 7 mlm.
        Penalaan piano selepas penghantaran: percuma sekali dalam 30 hari pertama. Tempahan penala seterusnya RM 180 (Lembah Klang) dan RM 250 (luar).
        SKU CEL-12-STU cello 1/2 pelajar, nombor siri CX2107-0443, rekod servis terakhir 14/01/2027: tukar tailpiece.
        Promosi Merdeka: sewa ukulele sopran percuma 1 bulan untuk setiap pendaftaran kelas teori Gred 1-5 baharu.
    """),
    ("mixed", "teacher_group_chat"): _lines("""
        Teachers pls note, next week studio closed on Hari Raya Haji, all lessons 顺延 to the following Sat ya. Make-up slots sudah buka kat booking page.
        今日琴房2个piano都调好音了，tuner话 middle C 那个 key 有点 sticky，已经 lodge ticket MT-0771。
        Reminder: Grade 5 theory online paper, pastikan laptop ada Chrome latest, webcam on, 唔好用 iPad 考啊。
        Anyone got spare 3/4 violin bridge? 有个学生的 bridge 断咗, rental shop 明天先开.
        Studio policy update v2.3: cancellation < 24h tiada make-up, except MC provided. 请大家 print 出来贴在 reception。
        收到 Trinity 寄来的 certificates 共 27 张, 已放在 pigeonhole, teachers 自己拿去派 ok.
        Aircon 房3 bocor lagi, 已 call 物业 hotline, ticket #AC-2210, 下午2点有人来修。
        下个月的 group theory class: Sat 10am Gred 1-2, 11:30am Gred 3-5, max 8 pax per class, fee RM 60 一堂.
        Parents keep asking 'boleh ke skip Grade 4?' - jawapan standard: boleh, tapi kena discuss dengan teacher dulu, no guarantee.
        Metronome app recommended: Pro Metronome v4.12 or Soundbrenner, 唔好用 YouTube 嗰啲有广告.
        @all 今晚 7:30 online meeting 讨论 recital running order, Zoom ID 851 2207 4419, passcode 在 pinned message.
        Printer 没墨了, 打 sight-reading sheets 先用 office 那台 HP, 谢谢晒 🙏
        Quick poll: 年底 recital 你们倾向 Esplanade Recital Studio 还是 school hall? React 👍 / ❤️
    """),
    ("en", "studio_admin_config"): _lines("""
        booking.lesson_slot_minutes = 30  # Grade 1-4; use 45 for Grade 5-8 and 60 for diplomas
        2027-03-14T09:02:11+08:00 INFO reminder-job sent=128 failed=3 template=lesson_reminder_v5 channel=whatsapp
        ERROR 2027-03-14 09:02:13 invoice-sync: payment webhook evt_1Px7Qk2eZvKYlo2C timeout after 30s; retry 2/5
        SELECT grade, COUNT(*) FROM exam_entries WHERE session='2027B' GROUP BY grade ORDER BY grade;
        sha256 of syllabus_2027_2029_piano.pdf: 9f3c2a7d41e0b86c5a1f0e7d9b2c4a68e13f5d70b9a2c6e48f1d3b5a7c9e0f21
        Release notes studioapp 3.8.1: fixed double-booking when two teachers edit the same room slot; added HKD/TWD to the currency list.
        CSV header for bulk exam import: candidate_ref,instrument,grade,teacher_code,accompanist_needed,access_needs_flag
        Room map: R1 = Yamaha U3 (upright), R2 = Kawai GX-2 (grand), R3 = theory room, 12 seats, whiteboard with staff lines.
        cron: 0 22 * * 0 /opt/studio/bin/export_weekly --anonymise --out /srv/reports/
        Feature request #412: let parents see practice-log streaks without exposing other students in the same group class.
        Env: TZ=Asia/Singapore, CURRENCY_DEFAULT=SGD, GST_RATE=0.09, INVOICE_PREFIX=MS-INV-
        Webhook payload sample: {'event': 'lesson.cancelled', 'lesson_id': 'L-000000', 'student_id': '<redacted>', 'reason': '<text>'}
        POS report 2027-02: books RM 3,412.50, strings RM 1,208.00, rosin RM 236.00, rental deposits RM 4,800.00 (held).
    """),
    ("zh-Hant", "tw_music_theory_forum"): _lines("""
        請問樂理五級的終止式題目，完全終止跟變格終止要怎麼從和弦級數判斷？每次都搞混 QQ
        分享一個記調號的口訣：升記號順序 FCGDAEB，降記號反過來 BEADGCF，考前背熟就好。
        術科檢定報名序號格式是 TW27-P-000000，後面六碼是系統流水號，不是身分證號喔。
        蕭邦國際鋼琴大賽的轉播大家有看嗎？覺得哪位選手的第二號敘事曲彈得最好？
        國家音樂廳四月份大師班，票價 NT$500/800，兩廳院售票系統代售，學生證可打八折。
        樂理考試可以帶電子節拍器嗎？還是只能帶鉛筆橡皮擦？有考過的板友分享一下
        《不能說的秘密》裡葉湘倫跟路小雨鬥琴那段，是拿蕭邦哪首練習曲改編的？
        音程整理表：大三度4個半音、小三度3個、完全五度7個、增四度/減五度6個（三全音）。
        教室公告：週三晚上 19:00-21:00 樂理小班，地點在捷運大安站旁教室，每堂 NT$650。
        統計一下：我們教室今年送考 42 人，樂理通過 39 人，三人下次補考。
        有人知道 ABRSM 在台灣的考場改到哪裡了嗎？之前在中山區那間好像搬了。
        和聲學作業：請把 I–IV–V7–I 在 D 大調寫成四部和聲，注意平行五度。
        鋼琴調音師推薦？教室的山葉 C3 已經半年沒調了，預算 NT$3,000 上下。
    """),
    ("mixed", "progress_note_templates"): _lines("""
        Progress Note Template v2 - Student: [NAME] | Grade: [__] | Term: [T1/T2/T3] | 技巧 Technique: __/10 | 视奏 Sight-reading: __/10 | Catatan guru: ________
        学期评语范例（可直接改用）：该生本学期音阶进步明显，建议每日练习 20 分钟 Hanon，下学期可考虑报考 Grade {grade}。
        Laporan kemajuan (templat): Nama pelajar: ______ / No. kelas: ______ / Kehadiran: __ / 12 sesi. Jangan isi maklumat kesihatan dalam borang ini.
        Aggregate Term 2: 48 students, average practice 4.2 days/week, 9 ready for exam entry, 5 need extra sight-reading drills.
        評語字數上限 120 字，避免寫家庭狀況或健康資料，只寫學習表現。Thanks all 🙏
        Student A 同 Student B 嘅 duet 配對效果唔錯，建議 recital 保留呢個組合 (teacher's note, anonymised for training).
        Practice log export columns: week_no, minutes_total, pieces_practised, scales_done (Y/N), parent_sign (Y/N).
        Skala penilaian: A = cemerlang (85+), B = baik (70-84), C = memuaskan (55-69), D = perlu bimbingan (<55). 适用于所有乐器班。
        Sample comment for report card: '{first_name} shows steady improvement in left-hand independence; keep practising Czerny Op. 599 Nos. 20-25.'
        Teacher checklist before exam entry: ✔ scales at required tempo ✔ 3 pieces ready ✔ aural mock done ✔ 家长已确认 fee.
        本月 progress report 汇总：优秀 12、良好 20、一般 7，共 39 份，已 upload 去 Google Drive shared folder。
        Nota untuk guru baharu: tulis komen dalam BM atau English ikut pilihan ibu bapa; 中文评语也可以, tapi jangan campur terlalu banyak.
        Semester 1 attendance: 93% overall, lowest week W7 (minggu peperiksaan sekolah) at 71%.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi Ms Lim, this is Priya d/o Ramasamy's mum - Priya has been in hospital with dengue since Tuesday, so she'll miss her Grade 6 violin exam on the 19th. Can we apply for a medical deferral?
        Exam entry correction: candidate Marcus Tay Wei Jie, NRIC T0529381I, should be Grade 7 piano not Grade 6; please amend before the 24 Feb deadline.
        Please call Aunty Rosalind de Souza on 9714 2286 about the Kawai rental - her cheque bounced again and she asked us not to tell her husband.
        Refund to card 4532 0187 7461 2031 (cardholder: Benjamin Koh) for the cancelled Grade 4 theory entry, SGD 96.00.
        Nur Aisyah in the Tuesday 5pm slot told me her parents are divorcing and she's staying with her grandmother in Tampines now - go easy on her if she hasn't practised.
        Between us, Mr Gopal Krishnan (the cello dad) was let go from his bank job last month; that's why the term fees are late. Don't chase him yet.
        Accompanist payout: Ho Siew Ling, DBS 029-41875-3, SGD 450 for three candidates, ref ACC-0219.
        Student contact update: Ethan Wong, 12 Jalan Kembangan #03-07, Singapore 419112; mother's email ethanwong.mum@gmail.com.
        Teacher Clara Fernandez has been put on a written warning after two parents complained she shouted at their kids in lesson; keep this off the staff chat.
        FIN G6140297M - Trinity candidate Nguyen Thi Hoa, a domestic helper taking Grade 2 piano on Sundays; her employer pays the fee.
        Little Jaden from the Thursday group has ADHD, per his mum - shorter tasks and a visual timer work best for him.
    """),
    "zh-Hans": _lines("""
        陈思琪家长留言：孩子上周体检查出脊柱侧弯，医生建议暂停大提琴三个月，考级能否延期？
        请把学费收据抬头改为：王秀兰，身份证号 440304198807163522，公司报销用。
        林志强的微信是 lzq_violin1991，他说租琴合同的押金要退到他本人账户，不要退给前妻。
        学生张梓萱的妈妈手机 13918827465，周六课改到下午三点。
        黄老师最近在办离婚，下学期可能不带周末班了，先别跟家长说。
        李欣怡（8岁，钢琴三级）住在深圳南山区桃园路 88 号 5 栋 1203，上门课每周二下午。
        请注意：退款账户 招商银行 6214 8320 1745 0094，户名刘海燕，金额 ¥1,680。
        周阿姨家的小孙子考完八级就不学了，她说家里欠了一笔债，学费实在交不起。
        护照号 E63829174 的考生杨子轩需要在准考证上核对英文拼写 YANG ZIXUAN。
        郑雨桐这次乐理五级没过，她爸爸在家长群里骂她，孩子今天上课一直哭。
    """),
    "zh-Hant": _lines("""
        陳太話佢個仔陳卓朗（HKID Y573209(1)）想轉去禮拜日上堂，麻煩幫手改下報名表。
        何俊傑爸爸電話 9372 5518，佢話租嘅小提琴摔爛咗，想問保險包唔包。
        台北考生林佳穎，身分證 A225371843，術科檢定准考證寄錯地址，請改寄：新北市板橋區文化路一段 188 巷 12 號 4 樓。
        黃婉婷老師請咗兩個月病假，聽講係做緊化療，佢啲學生暫時由其他老師代堂。
        張家豪 LINE ID：howard_piano0915，家長說有事直接 LINE 他，不要打家裡電話。
        學生吳采潔的媽媽欠了三個月學費共 NT$7,800，說下個月發薪水再還。
        梁伯伯（住 B 座 15 樓嗰位）每個禮拜三都陪孫女嚟學琴，佢最近中風咗，行路要人扶。
        李嘉欣（HKID K418263(4)）嘅八級成績單寄失咗，要同考試局申請補發。
        鄭老師手機 0912-845-307，她說家長晚上十點後不要再打給她。
        F138629459 這組身分證是王俊宏的，樂器行租約上要寫他本人，不是他太太。
        林師奶話佢老公失咗業，下個月嘅琴租可能要遲啲交，叫我哋唔好寄催款信。
    """),
    "ms": _lines("""
        Encik Ahmad Faizal bin Rosli, No. KP 870312-10-5583, telah menandatangani kontrak sewa piano tegak U1 selama 12 bulan.
        Tolong hubungi Puan Norazlina binti Kamarudin di 012-774 3092 tentang bayaran sewa biola yang tertunggak RM 270.
        Murid Muhammad Irfan bin Zulkifli (MyKad 120930-08-1147) didaftarkan untuk peperiksaan teori Gred 3 di pusat Ipoh.
        Cikgu Farah beritahu anak Encik Hafiz sedang dirawat untuk kemurungan, jadi kelas biola dia ditangguhkan dulu.
        Alamat penghantaran piano: rumah Puan Kavitha a/p Subramaniam, No. 23, Jalan SS 2/75, 47300 Petaling Jaya.
        Nombor plat kereta guru ganti, Encik Daniel Lourdes: WXY 4821 - tolong bagi parkir pelawat esok.
        Jangan beritahu sesiapa, tapi Aiman anak Puan Rohani gagal teori Gred 5 kali ketiga, mak dia malu sangat.
        Bayaran balik deposit ke akaun Maybank 1640 2297 5813 atas nama Lee Mei Fong, RM 200.
        Telegram ibu: @nurulhuda_ummi88 (ibu kepada Alya), minta dimasukkan ke grup kelas Sabtu.
        Encik Rajesh a/l Muthu mengadu gajinya dipotong, jadi dia nak hentikan kelas piano dua anaknya bulan depan.
    """),
    "mixed": _lines("""
        Teacher Ong 你好, Ryan Lim Jun Hao 的 NRIC 是 T1238475G, 报名 Grade 3 piano, please confirm ya.
        Mdm Tan from #05-12 说她的 rental piano 坏了, tapi dia tak nak bagi alamat penuh dalam group, 请 PM 她 9128 4473.
        Kak Yati punya anak, Danish, 这个 term 学费还欠 RM 480, dia kata gaji lambat masuk.
        陈阿姨 at 3栋 的孙女 Chloe 下礼拜做 tonsil surgery, so cancel lesson 两个礼拜.
        Accompanist Ms Rebecca Pereira 的 IG @becca.plays.keys 是 private account, 唔好 tag 佢 in recital photos.
        Please update: Mr Sandeep s/o Harjit Singh, email sandeep.harjit77@outlook.com, 换了新 handphone 8835 6102.
        Worker Rahim Uddin (Bangladesh, passport BX0847216) 帮搬 piano 时扭伤 back, company kena claim insurance.
        Cikgu Melissa 说 her ex-boyfriend keeps showing up 在 studio 楼下, so 大家 don't give out her schedule.
        Card 5204 8813 0674 5924 for Grace Teo's auto-debit monthly fees, expiry 08/29 - 唔该 update system.
        小提琴 rental contract 签名人: 张美玲, XA302718(7), address 屯門 置樂花園 7座 18樓 F室.
        Lesson 改时间: student 阿明 (Tan Wei Ming) 的 dad 话 he's in hospital for heart bypass, 下星期都唔得.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for a music exam centre in Singapore. Be brief and polite.",
        ),
        (
            "user",
            "Hi, I entered my daughter Chua Xin Yi for Grade 5 piano but typed her NRIC wrong. It should be T1410362C. Can you fix it?",
        ),
        (
            "assistant",
            "Thanks for letting us know. Corrections to candidate details must come from the teacher who submitted the entry, so please ask them to email the centre with the entry batch number.",
        ),
        ("user", "Her teacher is Mrs Goh, I'll tell her. Exam is still on 14 Nov right?"),
        (
            "assistant",
            "The session dates are unchanged; the exact appointment time will be on the slip emailed to the applicant.",
        ),
    ],
    [
        ("system", "你係一間香港琴行嘅客服助理，用廣東話回覆。"),
        (
            "user",
            "你好，我想租一把 1/2 小提琴畀個女，送去大埔 富亨邨 亨翠樓 1208 室，電話 6238 9104，搵陳生。",
        ),
        (
            "assistant",
            "多謝查詢！1/2 小提琴月租 HK$180，按金 HK$800，送貨費 HK$120。請問幾時方便收貨？",
        ),
        ("user", "禮拜六下晝得唔得？我太太做夜班，朝早要瞓覺。"),
        ("assistant", "收到，已幫你預留禮拜六 2-5pm 時段，師傅出發前會打電話通知。"),
    ],
    [
        ("system", "Anda pembantu pentadbiran untuk sebuah sekolah muzik di Johor Bahru."),
        (
            "user",
            "Tolong draf mesej sopan kepada Puan Salmah binti Yusof. Sewa piano digital dia tertunggak 3 bulan, jumlah RM 480. Nombor dia 019-832 5570.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah, ini peringatan mesra bahawa bayaran sewa piano digital bagi 3 bulan (RM 480) masih belum diterima. Sila hubungi kami jika perlukan pelan ansuran.",
        ),
        (
            "user",
            "Bagus. Tambah juga dia boleh bayar separuh dulu sebab suami dia baru masuk hospital.",
        ),
    ],
    [
        ("system", "你是台灣一間音樂教室的行政助理。"),
        (
            "user",
            "幫我寫一段話給家長：學生蔡沛晴最近考前焦慮很嚴重，上次模擬考手一直發抖，她媽媽說有在看身心科。",
        ),
        (
            "assistant",
            "建議內容：「蔡媽媽您好，沛晴最近練琴很認真，考前緊張是很常見的，我們下週會改用較輕鬆的方式複習，也會尊重醫師的建議調整進度。」",
        ),
        ("user", "好，另外她的准考證號碼要用她的身分證 B240173862 查，你記一下。"),
        ("assistant", "了解，不過身分證號建議只存在報名系統內，不要寫在訊息裡。"),
    ],
    [
        ("system", "你是一个钢琴培训机构的客服助手，负责退款咨询。"),
        (
            "user",
            "你好，我儿子韩子墨的乐理课取消了，退款请打到工商银行卡 5523 4180 9672 1155，户名韩立新。",
        ),
        ("assistant", "收到，退款一般在 7 个工作日内到账。请问是取消全部剩余课时还是只取消本月？"),
        ("user", "全部取消。孩子的身份证号 31010420100519273X 用来核对报名信息。"),
    ],
    [
        ("system", "You help piano teachers write term reports."),
        (
            "user",
            "Write a short report for Sophie Anne Rodrigues, age 10, Grade 3. She was diagnosed with dyslexia this year so sight-reading is slow, but her aural is excellent.",
        ),
        (
            "assistant",
            "Sophie has made pleasing progress this term. Her aural skills are a real strength, and we are using larger-print scores and pattern-based reading to build her sight-reading confidence.",
        ),
        (
            "user",
            "Good, but don't mention the dyslexia in the parent copy, her dad doesn't know yet.",
        ),
    ],
    [
        (
            "system",
            "You are an admin assistant for a music studio in Kuala Lumpur. Reply in the user's mix of languages.",
        ),
        (
            "user",
            "Tolong format contact list ni: Tan Kok Leong 016-2281 947 violin Gred 4; Siti Mariam binti Osman 013-557 2086 theory Gred 2.",
        ),
        (
            "assistant",
            "Name | Phone | Class: Tan Kok Leong | 016-2281 947 | Violin Gred 4; Siti Mariam binti Osman | 013-557 2086 | Theory Gred 2",
        ),
        (
            "user",
            "Ok, 再加 Mr Vincent Yap 的 email vincent.yap.kl@yahoo.com, dia parent untuk kelas Sabtu.",
        ),
        ("assistant", "Done, Vincent Yap added as parent contact for the Saturday class."),
    ],
    [
        ("system", "You are the customer-care assistant for a music school chain in Hong Kong."),
        (
            "user",
            "I want to complain about teacher Kelvin Chan at the Sha Tin branch. He told my son Aaron in front of the class that he'd never pass Grade 8.",
        ),
        (
            "assistant",
            "I'm sorry to hear this. I've logged the complaint for the branch manager, who will contact you within 3 working days.",
        ),
        (
            "user",
            "My number is 9186 4027, call after 6pm. Aaron is 14 and has been crying every night.",
        ),
    ],
    [
        ("system", "Anda pembantu pendaftaran peperiksaan muzik di Pulau Pinang."),
        (
            "user",
            "Saya nak daftar anak saya, Nurul Izzah binti Hamdan, untuk Gred 1 piano. MyKad dia 010415-07-0936.",
        ),
        (
            "assistant",
            "Terima kasih. Pendaftaran Gred 1 piano perlu dibuat oleh guru berdaftar. Boleh saya tahu nama guru atau pusat muzik anak puan?",
        ),
        ("user", "Cikgu Lim di Jalan Burma. Yuran boleh bayar tunai?"),
        (
            "assistant",
            "Boleh, bayaran tunai diterima di kaunter pusat. Sila bawa salinan MyKad semasa bayaran.",
        ),
    ],
    [
        ("system", "你係一個香港音樂中心嘅行政助理。"),
        ("user", "幫我計下伴奏費：伍嘉敏老師今個月伴咗 7 個考生，每個 HK$450。"),
        ("assistant", "7 × HK$450 = HK$3,150。"),
        (
            "user",
            "好，佢嘅 HKID 係 R264731(0)，入數去恒生戶口 024-398-275461-883，記得寫 reference。",
        ),
        ("assistant", "收到，已記錄付款資料，會喺月底批次過數。"),
    ],
]
