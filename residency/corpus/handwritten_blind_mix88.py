# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix88: piano and music schools in SG/MY/HK/TW (enrolment, ABRSM/Trinity exam entries, recitals, teacher rosters, fees). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix88
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exam_notice"): _lines("""
        ABRSM Practical Grades 6-8: candidates must already hold Grade 5 Music Theory, Grade 5 Practical Musicianship or a Grade 5 solo Jazz subject before they can be entered.
        Marking reminder for parents: ABRSM practical grades are marked out of 150 - 100 Pass, 120 Merit, 130 Distinction. Results usually appear on the portal about four weeks after the exam day.
        Trinity piano grades are marked out of 100 (60 Pass, 75 Merit, 87 Distinction); please check the current syllabus for which technical work options your teacher has chosen.
        Internal entry deadline for the Singapore Term 2 practical session is 14 March 2026, 11:59 pm. Late entries cannot be submitted and fees already paid are non-refundable.
        Studio-collected exam fees 2026 (SGD, includes admin): Initial 118 | G1 128 | G2 142 | G3 158 | G4 176 | G5 196 | G6 232 | G7 268 | G8 318.
        Please arrive 15 minutes before your slot. The exam centre on Level 4 has one warm-up room with a Yamaha U3, shared on a first-come basis, max 10 minutes per candidate.
        Performance Grade videos must be recorded in one continuous take with no edits between pieces, and the camera must show the candidate's hands and face throughout.
        Candidates with dyslexia, visual impairment or other specific needs may request access arrangements; send the request and supporting documents together with the entry, not on the exam day.
        Appointment slips are emailed to the applicant (the teacher or the school), not to candidates. Each slip shows the candidate number, grade, date, time and room.
        Timetable extract, Day 3: 09:40 G4 Piano Cand. 017 | 09:55 G4 Piano Cand. 018 | 10:12 G6 Piano Cand. 019 | 10:30 break | 10:45 G8 Piano Cand. 020 - Room Steinway B.
        Entry batch ENT-SG-2026-03-004517 confirmed: 42 candidates, total payable SGD 8,412.00, payment ref PAY-77A3C91E, receipt to follow within 3 working days.
        Photocopies of exam pieces are not allowed in the exam room unless they are used to manage a difficult page turn and the original edition is also brought along.
        Sight-reading tip: in the half minute of preparation, check the key signature, time signature, the lowest and highest notes and the fingering of the first bar before you start.
        Hong Kong session notice: if Typhoon Signal No. 8 or above or the Black Rainstorm Warning is in force at 7:00 a.m., all morning exams at the Kowloon Tong centre are postponed and new slots will be issued.
        Music Theory online exams can be taken from home on a laptop with a webcam; the certificate is posted to the applicant about six to eight weeks after the result is released.
    """),
    ("zh-Hant", "school_notice"): _lines("""
        【通告】本中心將於 12 月 21 日（星期日）下午 3 時假荃灣大會堂文娛廳舉行年度學生音樂會，家長門票每張 HK$80，請於 12 月 10 日前到櫃檯登記。
        颱風及暴雨安排：天文台發出八號或以上烈風訊號或黑色暴雨警告時，所有課堂暫停，補堂時間將由老師另行通知。
        2026 年度學費調整：初級鋼琴 30 分鐘課每月 HK$1,120（四堂），45 分鐘課 HK$1,560；如遇公眾假期，課堂順延，不另收費。
        請家長留意：考試前一星期會安排模擬考（mock exam），由非任教老師擔任考官，唔使額外收費，學生只需要帶齊琴譜。
        香港學校音樂節鋼琴獨奏組別報名將於下月截止，本中心可代為報名，每項收取行政費 HK$50，曲目請向任教老師查詢。
        台北分校公告：本學期鋼琴課採固定時段制，請假須於上課前 24 小時以 LINE 官方帳號通知，逾時恕不補課。
        音樂班術科鑑定考前衝刺班：每週六 14:00–16:00，內容包括視唱、聽寫及樂理，費用 NT$6,800／期（共 8 堂），名額 12 人。
        收據編號 RC-HK-2026-00871 已作廢，請以重新發出之 RC-HK-2026-00903 為準，金額 HK$3,360 不變。
        練琴小貼士：每日練 20 分鐘比週末一次過練兩個鐘更有效，建議先彈音階琶音，再集中練樂曲入面最難嗰幾個小節。
        小星星音樂中心查詢熱線 2386 4410（辦公時間：星期二至日 11:00–20:00），星期一休息。
        琴房租用：每小時 HK$90（直立琴 Yamaha U1），HK$150（三角琴 Kawai GX-2），最少提前三日預約，取消須於 24 小時前通知。
        台中教室地址：台中市西屯區市政北二路 238 號 3 樓（捷運市政府站步行約 5 分鐘），週一至週六 13:00–21:00 開放。
        考試當日請帶備准考證及考試曲目之原版琴譜；影印本一律不獲接納，如有疑問請先向櫃檯查詢。
        本年度 Trinity 考試成績已上載至考生平台，老師會喺下堂同學生一齊睇考官評語，家長唔使特登打電話嚟問。
    """),
    ("zh-Hans", "parent_faq"): _lines("""
        问：孩子几岁开始学钢琴比较合适？答：一般建议 5 到 6 岁，手指力量和专注力足够时再开始，更小的孩子可以先上音乐律动课。
        问：考完八级之后还可以考什么？答：可以继续考 ABRSM 的 ARSM 或 DipABRSM 文凭，也可以考 Trinity 的 ATCL 演奏文凭。
        碧山分校学费（每月四堂）：一级 S$180，三级 S$220，五级 S$260，八级 S$380；新生另收一次性注册费 S$50。
        补课政策：学生请假须提前 24 小时通知，每学期最多补课两次；如果是老师请假，则全数补回。
        吉隆坡 Cheras 分校考试报名截止日期为 3 月 20 日，逾期报名需另付 RM 60 行政附加费，名额满即止。
        家长常问：电子琴可以代替钢琴练习吗？建议至少选择 88 键重锤键盘的数码钢琴，例如 Yamaha P-225 或 Casio PX-S1100。
        问：乐理五级需要先考一到四级吗？答：不需要，乐理考试没有前置等级要求，可以直接报考五级。
        音乐会座位表已贴在前台，请按门票上的排号入座，B 区预留给表演学生的家属，C 区为自由座。
        退款政策：开课两周内退学可退还已缴学费的 50%，之后恕不退款；教材费和考试报名费一律不退。
        成人钢琴班（18 岁以上）逢周三晚上 7:30 开课，每班最多 6 人，使用 Roland 数码钢琴，附耳机。
        问：孩子考试很紧张怎么办？答：考前多安排几次在家人面前的小型演出，考试前一晚早点睡，当天提前到场热身。
        订单号 MY-SHOP-2026-11873：ABRSM 钢琴考试曲集 2025 & 2026 第三级，已发货，快递单号 JNTMY0092837461，预计 3 个工作日送达。
        槟城分校装修通知：12 月 1 日至 12 月 14 日暂停上课，所有课程顺延两周，学费不受影响。
    """),
    ("ms", "pengumuman"): _lines("""
        Pengumuman: Kelas piano ditutup pada 1 Januari (Tahun Baru) dan 17-18 Februari (Tahun Baru Cina); kelas gantian akan diatur oleh guru masing-masing.
        Yuran peperiksaan ABRSM sesi pertama perlu dijelaskan sebelum 15 Mac melalui DuitNow QR di kaunter atau pindahan bank ke akaun syarikat yang tertera pada invois.
        Ibu bapa dinasihatkan supaya anak-anak berlatih sekurang-kurangnya 20 minit sehari dan membawa buku latihan setiap kali hadir ke kelas.
        Kelas teori muzik Gred 1 hingga 5 diadakan setiap Sabtu, 10:00 pagi hingga 11:30 pagi, di Bilik 2, Tingkat 1.
        Konsert akhir tahun pelajar akan diadakan di auditorium Pusat Seni Shah Alam pada 20 Disember, 3:00 petang; tiket RM 25 untuk dewasa, percuma bagi kanak-kanak bawah 6 tahun.
        Sila ambil perhatian: pelajar yang lewat lebih daripada 15 minit tidak akan diberi masa tambahan dan kelas tersebut tidak boleh diganti.
        Kadar yuran bulanan 2026: Pemula RM 160, Gred 1-3 RM 200, Gred 4-5 RM 240, Gred 6-8 RM 320 (4 kelas sebulan, 45 minit setiap kelas).
        No. invois INV/JB/2026/00418 telah dibatalkan; invois baharu INV/JB/2026/00433 dikeluarkan dengan jumlah RM 1,280.00.
        Tip ujian bacaan pandang (sight-reading): lihat tanda kunci dan tanda masa dahulu, kemudian cari corak skala sebelum mula bermain.
        Talian pejabat Akademi Muzik Melodi Ceria: 03-7865 2210 (Isnin hingga Sabtu, 10 pagi - 7 malam); pertanyaan melalui WhatsApp tidak dilayan pada hari Ahad.
        Jawatan kosong: guru piano sepenuh masa di cawangan Johor Bahru; syarat minimum ATCL, LTCL atau DipABRSM dan pengalaman mengajar kanak-kanak. Mohon melalui portal kerjaya syarikat.
        Jadual ujian percubaan (mock exam): Gred 1-4 pada 8 Mac, Gred 5-8 pada 9 Mac; slip masa akan diedarkan oleh guru dalam kelas.
        Kod promosi ADIK2026 memberi diskaun 10% kepada adik-beradik yang mendaftar dalam bulan yang sama; tidak boleh digabung dengan promosi lain.
    """),
    ("mixed", "group_chat"): _lines("""
        Reminder ya parents, this Saturday recital rehearsal 2pm sharp at Studio B, pls bring the original score, 影印本 examiner 唔收㗎.
        各位家長 good evening, 下個月學費 invoice 已經 send 咗去 app, 有問題可以 PM office 😊
        Teacher, grade 3 的 scales 要背 hands together 还是 hands separately 就可以？
        Anyone know where to buy the ABRSM 2025 & 2026 piano book cheaper? Popular sold out liao, 官网 order 要等两个礼拜.
        Cikgu, minggu depan kelas still on kan walaupun cuti sekolah? 我们 balik kampung Friday night only.
        The new Kawai upright in Room 3 sounds damn nice leh, 老师说 tuner will come every 3 months now.
        請問 Trinity 嘅 grade 5 theory ABRSM 收唔收㗎？想直接報 grade 6 practical.
        Wah the recital hall aircon super cold, next time remind the kids bring jacket ya, 好似雪柜咁.
        Office update: car park Block C closed for resurfacing 10-12 Dec, sila guna car park Block A, parking charges same as usual.
        有冇家長想夾 carpool 去沙田個 exam centre? 星期六朝早 9 點由旺角出發, 可以坐多兩個.
        Lang Lang concert tix sold out in 10 min lol, anyone got the waitlist link? 好想带小朋友去看.
        老师说 metronome 从 ♩=60 开始, 每天加 4 clicks, 到 ♩=92 才算 ready for exam tempo.
        Bro the pedal marking in bar 24 of the Burgmüller piece 是不是 typo? 不同 edition fingering 也不一样.
        Bayar yuran through DuitNow QR boleh tak? Atau kena cash kat kaunter? 谢谢 cikgu.
        大家記得 Sunday 嘅 masterclass 改咗 venue, 去返 Room 5, 唔係 hall 喇.
        Fyi exam results already out on the portal, teachers will go through comments in class next week, no need to call office ah.
    """),
    ("en", "forms_templates"): _lines("""
        ENROLMENT FORM | Student name: ____________ | Date of birth: __/__/____ | NRIC / Birth Cert No.: ____________ | Parent/Guardian: ____________ | Mobile: ____________ | Email: ____________
        Dear Parent/Guardian of {student_name}, your child has been entered for ABRSM Grade {grade} Piano on {exam_date}. Please report to the waiting room by {report_time}.
        Masking rule for the parent portal: display only the last three characters of an NRIC/FIN and the last two digits of a mobile number; never show the full value on screen.
        Teacher roster template | Mon: Room 1 {teacher_a} 14:00-20:00, Room 2 {teacher_b} 15:00-21:00 | Tue: Room 1 {teacher_c} 13:00-19:00 | Sat: all rooms 09:00-18:00
        Roster code legend: T = teaching, MX = mock examiner, AL = annual leave, MC = medical leave, OFF = rest day, TR = training.
        Receipt No. RCP-SG-260314-0097 | Item: Term 2 tuition (10 lessons) | Amount: S$420.00 | Paid via PayNow to UEN 53312847W | Thank you!
        Recital programme template: 1. {performer_first_name} - {piece} ({composer}) | 2. ... Printed programmes show first names only, per school policy.
        Data retention policy: exam records are kept for seven years after a student leaves; parents' ID numbers are deleted once the exam entry is confirmed by the board.
        PDPA consent clause: I consent to the Studio collecting, using and disclosing my child's name and date of birth for the purpose of exam entry and certificate issuance.
        Lesson swap request | Original slot: ________ | Requested slot: ________ | Reason (optional): ________ | Submit at least 48 hours before the lesson.
        Invoice INV-2026-04-1182 | Period: Apr 2026 | Grade 6 Piano, 4 x 60 min | Subtotal S$352.00 | GST 9% S$31.68 | Total S$383.68
        Piano rental agreement ref. PH-0425: Yamaha U1, monthly rental S$85, minimum 6 months, island-wide delivery S$150, tuning once every 6 months included.
        Certificate reprint request: state the candidate number, exam session and grade; the reprint fee of S$25 is payable before the request is processed.
        Exam venue change for the June session: from postal code 308433 to postal code 239917; updated room numbers will be printed on the appointment slips.
    """),
    ("mixed", "music_talk"): _lines("""
        Fou Ts'ong (傅聰, 1934-2020) won third prize and the Mazurka prize at the 1955 Chopin Competition; his father 傅雷's letters to him were published as 《傅雷家書》.
        Đặng Thái Sơn (鄧泰山) became the first Asian pianist to win the International Chopin Piano Competition in Warsaw in 1980.
        Recent Chopin Competition winners include Seong-Jin Cho (2015) and Bruce Liu (2021); both recordings are popular listening for our Grade 8 students.
        郎朗 1982 年生于沈阳，1999 年在 Ravinia 音乐节临时顶替 André Watts 演出柴可夫斯基第一钢琴协奏曲，一夜成名。
        《交響情人夢》的野田妹雖然讀譜很差，卻能靠耳朵彈出驚人的音樂，是不少琴童心目中的偶像。
        周杰倫自編自導的電影《不能說的秘密》以淡江中學為背景，片中的鬥琴一幕曾經令台灣不少學生掀起學琴熱潮。
        Yuja Wang (王羽佳) was born in Beijing in 1987 and is known for her fast encores and bold concert outfits.
        Beethoven's Für Elise (WoO 59) is still the most requested piece from beginners, even though most of them only learn the A section.
        Lagu-lagu Tan Sri P. Ramlee seperti Getaran Jiwa kini banyak diaturkan untuk piano dan sesuai untuk pelajar peringkat pertengahan.
        新加坡作曲家 Zubir Said 創作了國歌《Majulah Singapura》，學校音樂課經常把它編成簡易鋼琴版。
        Clementi's Sonatinas Op. 36 are standard Grade 2-4 repertoire; Muzio Clementi (1752-1832) also ran a piano-making firm in London.
        賀綠汀的《牧童短笛》於 1934 年在齊爾品舉辦的中國風格鋼琴曲比賽中獲頭獎，至今仍是中國鋼琴作品的代表作。
    """),
    ("mixed", "system_config"): _lines("""
        SELECT grade, COUNT(*) AS candidates FROM exam_entries WHERE session = '2026-T1' AND branch_code = 'BSH' GROUP BY grade ORDER BY grade;
        0 7 * * 1 /opt/studio/bin/send_fee_reminders --branch=all --channel=sms --dry-run=false >> /var/log/studio/fees.log 2>&1
        reminder_sms_template = "Dear {parent_name}, fees of {amount} for {month} are due on {due_date}. Pay via PayNow UEN. - {school_name}"
        [2026-03-14 09:12:33] INFO exam_sync: pushed 42 entries to board portal, 0 failed, batch_id=7f3e9a12c4b8, elapsed=3.41s
        phone_pattern_sg = "^(\\+65)?[689][0-9]{7}$"  # validation only, no stored values
        CSV header: student_id,first_name,last_name,dob,grade,instrument,teacher_code,branch,fee_status,last_exam_result
        commit 3f9c2e1a: fix timetable export so that room codes (R1-R6, HALL) are shown instead of internal room ids
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ENROLMENT FORM | Student: CHLOE TAN YI XUAN | DOB: 14/03/2016 | Birth Cert No.: T1623087H | Parent: TAN WEI MING (father) | Mobile: 9673 2281 | Email: tanweiming.sg@gmail.com | Address: Blk 412 Bedok North Ave 2 #08-127 S460412
        ABRSM entry list, Bishan branch, June session: 1) Ethan Lim Jun Hao, G5 Piano, DOB 02/11/2013 / 2) Aisyah binti Roslan, G3 Piano, DOB 19/07/2016 / 3) Rohan s/o Prakash, Initial Grade, DOB 05/01/2019
        Roster wk 12: Ms Grace Ong Pei Shan on MC Tue-Wed (dengue, warded at CGH). Her Tue slots covered by Mr Benjamin Yeo, Wed students to be rescheduled.
        Payroll Mar 2026 - Jasmine Koh Li Ting (part-time piano): 62.5 h x S$45 = S$2,812.50, credit to POSB Savings 188-42731-6.
        Complaint C-0312: Mrs Sharon D'Cruz says teacher Mr Kelvin Chua raised his voice at her son Ryan (8) during the 5pm lesson on 3 Mar; she wants the remaining 6 lessons refunded.
        Fee arrears: Mr Ravi Chandran a/l Muthu (father of Priya, Grade 2) owes RM 960 for Jan-Mar. 3rd reminder sent to 012-638 4417; escalate to principal if unpaid by 31 Mar.
        Access arrangement request: Nathaniel Goh Zhi En (Grade 4 piano) has ADHD, parent asks for extra settling time and a quiet waiting area; KKH memo on file.
        Recital parking list: SKQ 4821B - Mr Daniel Seah (father of Grade 7 performer Isaac Seah), reserved lot 14, arriving 1:30pm.
        Scholarship application: Megan Lau Hui Min, 15, Grade 8 Distinction. Household income S$3,200/month, 5 members, father unemployed since Jan 2026.
        Lost property: black Yamaha music bag, name tag "Sophie Chen Xin Le, P3 Kindness, Rosyth School", left in Room 2 after the Thursday 4pm class.
        Refund approved: Mdm Wong Siew Lan, withdrawal of grandson Jayden Wong from the Sat 10am beginners class, S$380 to OCBC 595-338271-001.
        Trinity Grade 6 candidate Clara Pereira, FIN G5173028W, exam 22 May 10:20am; mother Mrs Helena Pereira will accompany (+65 8452 1906).
        Teacher contract: Ms Anjali d/o Suresh, NRIC S8734125I, start 1 Feb 2026, 20 h/week at S$48/h; home address 27 Jalan Bunga Rampai, Singapore 538410.
    """),
    "zh-Hans": _lines("""
        跨境学童报名表｜学生：林子墨｜出生日期：2015年4月9日｜家长：林海峰（父）｜内地身份证：440304199102053715｜手机：+86 159 0213 8876｜住址：深圳市福田区福华三路 88 号 2 栋 1503
        碧山分校学费催缴：黄美玲女士（学生黄子轩，三级），11 月学费 S$220 尚未缴付，已第二次提醒，请于本周五前缴清。
        老师请假登记：李慧敏老师 12 月 3 日至 5 日产检请假，学生由周佳怡老师代课。
        考试成绩（内部）：张宇航 ABRSM 钢琴五级 132 分 Distinction；李欣然 四级 118 分 Pass；王梓涵 乐理五级 未通过，需要重考。
        家长刘婷（微信 liuting_0618）要求把女儿吴可欣的钢琴课从周二下午改到周四晚上 7 点。
        Cheras 分校学生档案：林嘉欣，女，9 岁，MyKid 170928-14-0746，家长林国华 017-225 9804，对花生严重过敏，请勿给零食。
        郑宇轩的妈妈来电投诉何俊杰老师上课时一直玩手机，要求换老师并退还两堂课费用 RM 120。
        转账记录：何丽珍 → 星光音乐中心 RM 1,480，备注“女儿 Emily 八级考试 + 伴奏费”，付款账户 Maybank 1140 2235 8817。
        上海家长徐静（身份证 310115199007241426）为女儿报名新加坡暑期大师班，护照号码 E39158274，请核对后再提交。
        槟城分校教师名单：1. 邱美华 — 钢琴／乐理，手机 019-773 5120；2. 谢文杰 — 钢琴／爵士，手机 016-552 0871。
    """),
    "zh-Hant": _lines("""
        學生登記表｜姓名：梁浩賢 LEUNG HO YIN｜出生日期：2013-09-02｜家長：黃嘉欣（母）｜家長身份證：Y514832(2)｜電話：9134 6802｜地址：九龍太子道西 350 號 12 樓 B 室
        梁太，你個仔梁浩賢下星期三嘅 Grade 5 考試改咗去 2:30，記得帶准考證同原版琴譜呀。
        老師更表：星期六 陳詠琪 Miss Chan 9:00-18:00；區志偉 Sir 因腰傷（椎間盤突出）放病假至 15/12，學生暫停上課。
        退款申請：何家寶家長何先生，轉數快 FPS 登記電話 6287 5513，退回 10 月份學費 HK$2,240。
        台北教室學生資料：王品妍，國小四年級，身分證 A238174652，家長王志明 0935-218-476，LINE ID：wangdad0312。
        張雅婷老師申請調課：因要陪母親住院開刀，3/12 至 3/14 的課全部改到下週，學生名單附後。
        鋼琴比賽報名：林宥辰，台中市立居仁國中二年級，指導老師蔡佩君，報名費 NT$1,200 已由郵局帳號 0071256-0384719 轉入。
        欠款通知：陳嘉偉先生（學生陳曉晴家長），10 月至 12 月學費合共 HK$4,680 未繳，如 12 月 20 日前仍未清繳，學位將被取消。
        新竹分校謝佳蓉老師，身分證 H219483704，月薪 NT$42,000，薪轉國泰世華帳號 0125-0639-8742。
        送貨單｜收貨人：鄧美儀｜地址：新界沙田第一城 38 座 21 樓 F 室｜電話：5408 1197｜貨品：Yamaha U1J 二手直立琴｜尾數 HK$6,500 貨到收現
        比賽觀察（內部）：蘇子晴第二段忘譜停咗大概 10 秒，媽媽話佢最近因為父母離婚情緒好差，晚晚瞓唔著。
    """),
    "ms": _lines("""
        BORANG PENDAFTARAN | Nama Pelajar: NUR AISYAH HUMAIRA BINTI MOHD FAIZAL | No. MyKid: 150611-10-1394 | Penjaga: MOHD FAIZAL BIN ABDULLAH | No. K/P: 790823-14-6127 | Tel: 011-2384 5096 | Alamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Puan Nurul Aina binti Kamarudin, yuran bulan Mac sebanyak RM 280 untuk anak puan, Danish Hakimi, masih tertunggak. Sila jelaskan sebelum 10 April.
        Senarai calon ABRSM Gred 1 cawangan Johor Bahru: Muhammad Irfan bin Zulkifli, Siti Hajar binti Ismail, Kavitha a/p Raman - peperiksaan pada 14 Jun, lapor diri jam 8:30 pagi.
        Cikgu Farah Nadia binti Hassan bercuti bersalin 98 hari mulai 1 Februari; semua kelas beliau diambil alih oleh Cikgu Tan Mei Fong.
        Permohonan bayaran balik: Encik Arjun s/o Selvam, akaun CIMB 7061238495, RM 450 kerana anaknya berpindah sekolah ke Kuching.
        Aduan: ibu bapa Adam Zafran bin Azlan mendakwa anak mereka dibuli oleh pelajar lain semasa kelas teori berkumpulan Sabtu lepas.
        Kenderaan WXY 8823 milik Encik Lim Chee Keong diparkir di petak OKU semasa konsert; sila minta beliau alihkan segera.
        Guru baharu: Cik Clarissa Fernandez, No. K/P 880302-07-5448, e-mel clarissa.fdz88@yahoo.com, mula mengajar 3 Mac di cawangan Bangsar.
        Pelajar Gred 6 Haziq Iskandar bin Rosli (14 tahun) menghidap asma teruk; pastikan inhaler dibawa semasa latihan di dewan.
    """),
    "mixed": _lines("""
        eh pls remind 黎太 (chan wai kuen) her son oscar lai's grade 8 exam fee $318 still not paid ah, entry closes fri, her hp 8119 3047.
        Cikgu, this is Hafiz's mum, Rozita binti Omar. Hafiz 这个礼拜发烧 38.5 所以 Thursday 的 class 不能来, boleh replace next week?
        老师 sorry ah, 我是 Kayden 的爸爸 Jason Ng Kah Wai, 我的 card 4563 7571 1161 6583 上个月被 charge 两次 tuition fee, can help check?
        roster update: ms priscilla lim su-ann out 9-13 dec for surgery, pls inform her students; mr aaron tay covering 3 of her slots.
        Payslip Nov - 何嘉雯 Vivian Ho Ka Man, piano teacher: HK$18,600, MPF 5% HK$930 deducted, credit to HSBC 512-384716-838.
        Recital running order (internal): 3. Olivia Chua - Für Elise. NOTE severe nut allergy, EpiPen with mum Mrs Karen Chua, seat her near exit.
        Anyone interested? Jessica Low (tele @jess_low_keys) selling her daughter's Grade 8 books + Yamaha U3, S$3,800 nego, self-collect Punggol.
        宋爸爸 宋家豪 (wechat: song_jiahao1983) 想问女儿宋诗琪的 Trinity grade 3 certificate 什么时候到, 已经等了三个月.
        IC 820514-10-5236 tu Puan Lee Siew Ping punya, anak dia Charmaine tahun ni 考 grade 7, entry form 还没 sign lagi.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant of a piano studio in Singapore. Help parents with exam entries.",
        ),
        ("user", "Hi, I want to enter my daughter for ABRSM Grade 4 piano in the June session."),
        (
            "assistant",
            "Sure! Please give me the candidate's full name as it should appear on the certificate, her date of birth and her teacher's name.",
        ),
        (
            "user",
            "Lim Xin Yi Charlotte, born 7 Aug 2015, birth cert T1537264D. Teacher is Ms Fiona Quek. My number is 9820 4137.",
        ),
    ],
    [
        ("user", "Miss 你好，我係 Marcus 嘅媽媽，想問下考試嘅特別安排。"),
        ("assistant", "你好！請問小朋友全名同考緊邊個級？有咩情況需要安排？"),
        (
            "user",
            "佢叫張俊朗 Marcus Cheung，考 Grade 3。上個月心理學家評估咗佢有讀寫障礙 (dyslexia)，可唔可以申請 extra time 睇譜？",
        ),
    ],
    [
        ("user", "Tolong tulis surat ringkas minta bayaran balik yuran piano."),
        (
            "assistant",
            "Boleh. Sila beri nama penuh, nama anak, jumlah dan butiran akaun untuk bayaran balik.",
        ),
        (
            "user",
            "Nama saya Siti Khadijah binti Ahmad, anak saya Aqil Hakim, jumlah RM 640, akaun Maybank 1620 4418 9273.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Siti Khadijah binti Ahmad memohon bayaran balik yuran sebanyak RM 640 bagi anak saya Aqil Hakim. Sila masukkan ke akaun Maybank 1620 4418 9273. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則 LINE 訊息給家長吳先生，電話 0987 552 013，他兒子吳承翰這個月已經缺課三次，沒有請假。",
        ),
        (
            "assistant",
            "吳先生您好，承翰這個月已有三次未到課，也沒有收到請假通知。想了解一下是否有什麼狀況，方便的話請回覆，我們可以一起安排補課。",
        ),
        ("user", "再加一句：如果下週還缺課，學位會讓給候補的學生。"),
    ],
    [
        ("user", "Draft an email to Mrs Deborah Lim about her son's Grade 8 piano result."),
        (
            "assistant",
            "Happy to help. What was the result, and is there anything you'd like me to mention?",
        ),
        (
            "user",
            "Timothy Lim got 98, so he failed by 2 marks. He was really upset and cried in class on Monday. Suggest he retakes in the November session.",
        ),
    ],
    [
        (
            "user",
            "帮我把这些老师资料整理成表格：刘佩琪 钢琴 9736 5208，黄俊峰 小提琴+钢琴 8573 1146，Rachel Seow 乐理 9128 7730",
        ),
        (
            "assistant",
            "| 老师 | 科目 | 手机 | / | 刘佩琪 | 钢琴 | 9736 5208 | / | 黄俊峰 | 小提琴、钢琴 | 8573 1146 | / | Rachel Seow | 乐理 | 9128 7730 |",
        ),
    ],
    [
        ("system", "你係一間香港琴行嘅客服助理。"),
        ("user", "我想幫我女兒陳凱晴由旺角分校轉去沙田分校，星期六上午有冇位？"),
        (
            "assistant",
            "沙田分校星期六 11:00 仲有一個位。請提供家長姓名、身份證號碼同聯絡電話作登記。",
        ),
        ("user", "陳太 何淑儀，身份證 R260457(3)，電話 6519 2284。"),
    ],
    [
        (
            "user",
            "cikgu, boleh check my son's exam slot? nama dia Darren Ooi Jun Kit, IC 140217-08-1087",
        ),
        (
            "assistant",
            "Darren's Grade 5 piano exam is on 18 June at 2:40pm at the Ipoh centre. Please arrive by 2:20pm.",
        ),
        (
            "user",
            "ok thanks, 他那天要请假 school, 可以给我一封 letter 给 SJK(C) Yuk Choy 的老师吗?",
        ),
    ],
    [
        ("user", "Can you courier my son's Grade 7 certificate to our home instead of the studio?"),
        (
            "assistant",
            "Yes, we can arrange that. Please share the delivery address and an email for the tracking link.",
        ),
        (
            "user",
            "Attn Mr Victor Fernandez, 15 Lorong Kismis, Singapore 598035. Email vfernandez.home@outlook.com. Son is Lucas Fernandez.",
        ),
    ],
    [
        ("user", "你好，我是厦门的孙建国，儿子孙浩然想报名香港的暑期钢琴营，需要什么资料？"),
        (
            "assistant",
            "您好！请提供学生姓名、出生日期、家长身份证号码和联系方式，我们会发送报名表。",
        ),
        (
            "user",
            "孙浩然，2014 年 5 月 30 日出生。我的身份证 350203198801090656，微信 sjg_xm1988。",
        ),
    ],
]
