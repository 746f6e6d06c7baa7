# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix105: robotics, coding and STEM enrichment classes for kids in SG/MY/HK/TW (enrolment, competition teams, parent chats, certificates, refunds). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix105
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "course_listing"): _lines("""
        Junior Robotics L1 (ages 7–9): 10 x 90-min sessions with LEGO SPIKE Essential, S$480 before GST, Saturdays 10:00–11:30 at the Bishan studio, max 8 kids per class.
        Python Foundations for P5–S2: loops, lists, functions and a mini turtle-graphics project in week 6; laptops provided, no prior coding needed.
        Term 3 2025 timetable: RBX-L1-SAT-A 10:00, RBX-L1-SAT-B 13:30, PY-F-SUN 09:30, ARD-INT-WED 16:30 — classes marked * are full, waitlist only.
        Holiday camp "Build-a-Bot", 9–13 June, 9am–1pm daily, S$395 including the take-home chassis kit and a camp T-shirt.
        Minecraft Education coding club for 6–8 year olds: block coding and redstone logic; no Minecraft account needed, we use centre licences.
        A trial class is 60 min and costs S$25, fully offset if you enrol for the full term within 7 days of the trial.
        Competition Prep (WRO Junior) is by invitation after assessment; training Tue & Thu 5–7pm plus two full-day mock rounds in August.
        Sibling discount of 10% applies to the second child onwards and cannot be combined with the early-bird rate.
        Kuala Lumpur branch (Mont Kiara): RM 1,280 per term of 12 lessons; one-off materials fee RM 150 for the mBot2 kit, which students keep.
        Hong Kong centre, Kwun Tong: HK$3,600 per 8-lesson term; schools can also book in-school STEM workshops for whole classes.
        Taipei Xinyi classroom: NT$12,800 for 16 lessons including an Arduino starter kit; Wednesday and Friday classes start at 18:30.
        Make-up lessons: max 2 per term, book at least 24h ahead via the parent portal; no-shows are not refundable.
        AI for Kids (10–14): train an image classifier with Teachable Machine, then run it on a micro:bit v2 with a HuskyLens camera.
    """),
    ("mixed", "parent_chat_generic"): _lines("""
        anyone know if Sat 10am robotics class got makeup this week? my boy got CCA that day leh
        the parking at the Bishan centre damn jialat on Saturday, better take MRT lah
        老师说下个星期要带 laptop 来，charger 也要带哦，上次好多人没电
        Ada sesiapa tahu kelas coding hari Ahad ni start pukul berapa? Group WhatsApp tak update lagi
        佢哋話 SPIKE Prime 套件要自己買定係 centre 借㗎？我唔想買一套擺喺屋企積塵
        Reminder from admin: pls don't post kids' photos showing school uniform crests in this group ya, thanks all 🙏
        The WRO mission mat this year sooo big hor, where to practise at home? our HDB living room not enough space
        eh the invoice for Term 2 can pay by PayNow to the UEN right? just scan the QR on the receipt?
        我哋個仔上完 trial 好鍾意，不過 HK$3,600 一期真係有啲貴，有冇人知有冇 early bird？
        Kelas robotik ni sesuai untuk budak darjah 2 ke? Anak saya baru 8 tahun, takut dia bored
        有家长知道蓝桥杯青少年组报名截止是几号吗？官网写得好乱
        Thanks coach for the extra session yesterday, the kids all very happy with their line-follower 👍
        想問下 Scratch 同 Python 邊個啱小三先學？我見好多 centre 都由 Scratch 開始
        boleh bayar guna Touch 'n Go eWallet tak? atau kena bank transfer ke akaun syarikat?
    """),
    ("zh-Hant", "notice_hk_tw"): _lines("""
        【通告】由於天文台發出八號烈風或暴風信號，今日（星期六）所有機械人課程暫停，補堂安排稍後於家長平台公佈。
        黑色暴雨警告生效期間，中心將會關閉；如警告於上課前兩小時取消，課堂照常進行。
        本中心可為學校提供到校 STEM 工作坊，學校可運用「全方位學習津貼」支付相關費用。
        2025 年暑期 Arduino 進階班：7 月 14 日至 18 日，每日 10:00–13:00，學費 HK$2,980，名額 12 人。
        臺北信義教室報名須知：國小三年級以上，需自備筆電（Windows 10 或以上／macOS 12 或以上），課程使用 mBlock 5。
        退費辦法：開課前申請者全額退費；開課後未逾全期三分之一者，退還學費二分之一；逾三分之一者恕不退費。
        全國中小學科展北區初賽將於 3 月舉行，本班學生作品須於 2 月 20 日前交由指導老師審閱。
        查詢熱線：3702 1184（辦公時間：星期一至五 10:00–19:00）；WhatsApp 只處理報名查詢，恕不回覆課程技術問題。
        香港科學館參觀日：集合地點為尖沙咀東部科學館道 2 號大堂，費用已包括入場門票及來回旅遊巴。
        FLL 挑戰賽香港區選拔賽每隊上限 10 人，年齡 9–16 歲，每隊須有一名年滿 18 歲的教練。
        證書將於結業後兩星期內寄出；如需補發，每張收取行政費 HK$50，請於家長平台填寫申請表。
        本補習班立案字號：北市教終字第1120345678號；統一編號 83416027；收據請妥善保存以便退費。
        鐵臂阿童木同多啦A夢都係日本漫畫入面嘅機械人角色，今期 Storytelling with Robots 課堂會用佢哋做例子。
    """),
    ("zh-Hans", "competition_curriculum"): _lines("""
        蓝桥杯青少年组 Python 赛项省赛时长 120 分钟，题型包括选择题和编程题，需使用官方指定的考试系统。
        WRO 常规赛小学组每队 2–3 名队员加 1 名教练，比赛当天现场拼装，不得携带预先组装好的结构件。
        课程大纲（Scratch 3.0 进阶）：第 1–2 课 变量与广播；第 3–4 课 克隆体；第 5–6 课 列表；第 7–8 课 综合项目「太空射击」。
        本季度优惠码 STEM2025SPRING 仅限新生使用，每个家庭限用一次，不与其他优惠叠加。
        订单号 202504121833550917 已完成支付，电子发票将在 3 个工作日内发送到平台登记的邮箱。
        钱学森被誉为“中国航天之父”，本周科学家故事课将介绍他在喷气推进领域的贡献。
        屠呦呦因发现青蒿素获得 2015 年诺贝尔生理学或医学奖，适合作为小学科学写作课的主题素材。
        信息学奥赛 CSP-J 分为第一轮和第二轮，第二轮为上机编程，需使用 C++ 作答。
        Arduino 小车套件（型号 ZK-RB02）包含：UNO R3 主板 1 块、L298N 电机驱动 1 块、HC-SR04 超声波模块 1 个、TT 马达 2 个。
        退费流程：家长在小程序提交申请 → 校区主管审核（2 个工作日）→ 财务原路退回（7–10 个工作日）。
        客服热线 400-820-6617（工作日 9:00–18:00），微信公众号搜索「小创客编程营」即可在线报名。
        请勿在家长群内发送孩子的身份证号、护照号等信息，保险登记请通过系统单独上传。
    """),
    ("ms", "notis_kelas"): _lines("""
        Notis: Kelas Robotik Tahap 1 pada hari Sabtu ini dibatalkan kerana cuti umum Hari Malaysia; kelas ganti akan diumumkan kemudian.
        Yuran pendaftaran RM 80 tidak akan dikembalikan. Yuran penggal boleh dikembalikan 50% jika pembatalan dibuat sebelum kelas kedua.
        Pertandingan robotik peringkat Wilayah Persekutuan akan diadakan di Pusat Sains Negara, Bukit Kiara, pada bulan Julai.
        Semua peserta wajib membawa botol air, kasut sukan dan laptop yang telah dicas penuh.
        Sijil penyertaan akan dihantar melalui e-mel dalam tempoh 14 hari bekerja selepas program tamat.
        Kursus ini sesuai untuk murid Tahun 4 hingga Tingkatan 2; tiada pengalaman pengaturcaraan diperlukan.
        Pembayaran boleh dibuat melalui FPX, DuitNow QR atau pindahan bank ke akaun syarikat; sila nyatakan nombor invois sebagai rujukan.
        Talian pertanyaan: 1-300-88-2776 (Isnin–Jumaat, 9 pagi–6 petang).
        Kisah Dato' Dr. Sheikh Muszaphar Shukor, angkasawan pertama Malaysia yang ke ISS pada 2007, digunakan dalam modul Sains Angkasa minggu ini.
        Kem STEM cuti sekolah di Universiti Teknologi Malaysia (UTM) Skudai terbuka kepada pelajar berumur 10–15 tahun.
        Borang pendaftaran: Nama murid: ________ | No. MyKid: ________ | Nama penjaga: ________ | No. telefon: ________
        Sila ambil perhatian bahawa ibu bapa tidak dibenarkan menunggu di dalam bilik darjah semasa kelas berlangsung.
        Syarikat: Robo Minda Sdn. Bhd. (No. Pendaftaran 202301012345 (1504321-X)) — sila tulis nama syarikat ini pada cek.
    """),
    ("en", "ops_billing"): _lines("""
        Ticket #RF-24117: refund for cancelled holiday camp approved, S$395.00 back to the original card, ref TXN 8fa21c09e7; ETA 5–10 business days.
        Invoice INV-2025-004173 | Term 2 Junior Robotics | 10 sessions | S$480.00 + GST 9% = S$523.20 | Status: PAID
        Kit shipment via Ninja Van, tracking NVSGROBO2504811730, 3 parcels, delivered to the Tampines Hub centre loading bay.
        Stripe payout po_1Q8xYz2eZvKYlo2C4b7n sent on 2025-03-31, amount S$12,480.60, 41 charges.
        Case HK-2025-0317-044 closed: parent asked to switch from the Saturday to the Sunday class; moved, no fee adjustment.
        Group accident policy ref GPA/SG/25/007781 covers all enrolled students during class hours and official competitions.
        SKU 45678 LEGO Education SPIKE Prime Set — stock 14; SKU 45345 SPIKE Essential — stock 6; reorder threshold 5.
        Company UEN 201934512K; GST Reg No. M90371452X — please quote both on any corporate sponsorship invoice.
        Refund batch 2025-W14: 23 requests, 19 approved, 3 partial (prorated), 1 rejected (after 3rd lesson); total S$6,215.40.
        Room booking: Lab B, 2025-04-19 09:00–17:00, purpose: WRO mock competition, booked by Ops, confirmation code RMB-77Q3K.
        Certificate batch job CERT-2025T1 generated 212 PDFs; 4 failed because the surname field was empty — rerun after data fix.
        ISBN 978-1-59327-407-8 (Python for Kids) ordered x20 for the library corner; PO-SG-00918.
        Parent portal login issue affected ~30 accounts on 2025-05-02 between 19:10 and 19:55 SGT; root cause expired TLS cert on the API gateway; resolved.
        Demo shelf: DJI RoboMaster S1, Makeblock mBot2, uArm Swift Pro and the SKX 3301 servo kit — not for loan to students.
    """),
    ("mixed", "code_config"): _lines("""
        from microbit import * / while True: / if button_a.is_pressed(): display.show(Image.HAPPY) / else: display.clear()
        void loop() { int d = sonar.ping_cm(); if (d > 0 && d < 15) { stopMotors(); turnRight(90); } else { forward(180); } }
        # 老师示范：用 turtle 画五角星 / import turtle / t = turtle.Turtle() / for _ in range(5): t.forward(100); t.right(144)
        config.yaml: class_size_max: 8 / makeup_quota: 2 / refund_window_days: 7 / currency: SGD / timezone: Asia/Singapore
        SELECT course_code, COUNT(*) AS enrolled FROM enrolments WHERE term = '2025T2' GROUP BY course_code HAVING COUNT(*) >= 6;
        Scratch 積木：當綠旗被點擊 → 重複無限次 → 如果 碰到顏色 黑色 那麼 右轉 15 度 否則 移動 5 步
        def mask_phone(p: str) -> str: return p[:2] + '*' * (len(p) - 4) + p[-2:]  # 用嚟喺 log 隱藏家長電話
        pip install pybricksdev && pybricksdev run ble main.py  # SPIKE Prime kena flash firmware Pybricks dulu
        ENV: PORTAL_BASE_URL=https://portal.example.edu.sg  SMTP_HOST=smtp.example.com  MAX_UPLOAD_MB=10
        git clone https://github.com/example-stem/line-follower-kit.git && cd line-follower-kit && make flash BOARD=uno
        PID 參數建議：Kp=1.2, Ki=0.0, Kd=6.5；巡線速度 40%，轉彎時降至 25%。
        sha256(cert_pdf) = 3b9f0c2a7e41d85c6f0a19e2b7d4c8a1e5f63092b7c4d1e8a6f20b9c3d7e5a14 — verify at /cert/verify before printing
    """),
    ("en", "stem_people_places"): _lines("""
        Ada Lovelace's notes on the Analytical Engine (1843) are often called the first published algorithm — Coding L1 opens with her story.
        Alan Turing proposed the "imitation game" in 1950; our older students debate whether today's chatbots would pass it.
        Grace Hopper popularised the word "debugging" after a moth was found in the Harvard Mark II relay.
        Seymour Papert's Logo turtle is the direct ancestor of the turtle module our Python class uses.
        Scratch was created by Mitchel Resnick's Lifelong Kindergarten group at the MIT Media Lab and launched publicly in 2007.
        Charles Kao (高錕), former Vice-Chancellor of CUHK, won the 2009 Nobel Prize in Physics for his work on optical fibre communication.
        Field trip: Lee Kong Chian Natural History Museum, then lunch at NUS University Town; the bus leaves Science Centre Singapore at 8:30.
        Venue: Sir Run Run Shaw Hall, CUHK. Doors open 9:00, team check-in closes 9:45 sharp.
        Venue: Dewan Tunku Canselor, Universiti Malaya; park at the Jalan Universiti gate and follow signs to the robotics arena.
        Baymax from Big Hero 6 and WALL-E feature in our "Design a helper robot" worksheet for ages 6–8.
        Tony Stark is fictional, but his workshop montage is a fun way to introduce the engineering design cycle.
        Audrey Tang, Taiwan's first digital minister, has spoken widely about civic tech — a good case study for the Code for Good unit.
        Yang Chen-Ning and Tsung-Dao Lee shared the 1957 Nobel Prize in Physics for parity violation; S2 enrichment reads a simplified account.
        TAR UMT Penang Branch hosts the northern regional round this year; lunch is provided at the campus cafeteria.
        Lee Yuan-tseh (李遠哲) won the 1986 Nobel Prize in Chemistry; his crossed molecular beam work is mentioned in our S1 chemistry taster.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ENROLMENT FORM | Student: TAN KAI XUAN AIDEN | DOB: 12/03/2015 | School: Rosyth School P4 | Parent/Guardian: TAN WEI LIANG (father) | Mobile: 9734 2281 | Email: tanweiliang.fam@gmail.com | Course: RBX-L2-SAT-A
        Allergy & medical: Chloe Ng Hui Min (9) — severe peanut allergy, EpiPen in the front pocket of her blue bag; mum Rachel Ng asks coaches to call her at 8236 5190 first, then 995.
        Refund request #RF-24133 — Parent: Priya d/o Ramesh | Child: Harini (P3, Junior Robotics Sat 1:30) | Reason: family relocating to Chennai in July | Pay to POSB Savings 183-42795-6, name PRIYA D/O RAMESH
        Coach note 14/05: Ryan Goh Jun Hao (Sec 1) grabbed another team's robot twice and swore at a teammate; spoke to his dad at pickup, dad says Ryan is on ADHD medication and missed his dose today.
        WRO Junior team "Circuit Breakers" — Member 1: Joshua de Souza, NRIC T1423857Z, DOB 2014-06-21; Member 2: Lim Jia Hui, NRIC T1510942J; Coach: Marcus Pereira, S8123764F, +65 9681 0473
        Certificate of Achievement — awarded to OLIVER BENNETT, Grade 5, Stamford American International School, for 2nd place in the FLL Explore category, Singapore, 22 March 2025
        Pickup authorisation: Kavin a/l Suresh (10) may be collected only by his grandmother Mdm Saraswathy or by his father Suresh s/o Murugan, car SKL4821C. Nobody else.
        Hi, this is Mrs Koh, Ethan Koh's mum from the Wed Arduino class — he fractured his wrist at school sports day, can he just watch for the next 3 weeks? You can reach me at 9045 7732.
        FIN G5120384X — Aarav Mehta, Dependant's Pass holder, P5 at Global Indian International School, enrolling in Python Foundations; invoice to be paid by father's employer.
        Card on file for Sophie Lim (parent of Ava Lim, Coding L1): VISA 4556 2187 0341 2294 exp 09/27 — auto-charge each term, as agreed on the call on 3 Feb.
        Bursary shortlist: Nur Aisyah binti Mohd Faizal (P6, Junior Robotics), household income S$2,900/month, family on ComCare, 75% fee waiver approved by centre manager.
        bad debt list: Mr Daniel Chua (son Caleb, P6, PY-F-SUN) — owes S$1,040 for Term 1 + Term 2, 3 reminders ignored, do NOT re-enrol until cleared.
    """),
    "mixed": _lines("""
        eh coach, Jayden Ong cannot come Sat hor, he got fever 39 since last night, doctor say maybe influenza A, MC until Mon. can arrange makeup or not?
        Zhi Xuan mummy here 😊 子轩 next week 去 Genting 所以 Sat class 请假, also pls update my new number 012-738 4429 in the portal tq
        Cikgu, Adam Haziq bin Rosli tak dapat datang Sat class sebab his dad kena admit hospital, sorry last minute 🙏
        陳樂謙 (Lok Him) 媽咪: 佢 this term 轉咗去 Diocesan Boys' School 讀 P4, 可唔可以 change 去 Sunday 11am 班？我 WhatsApp 係 6418 2390
        Team list for RoboRAVE HK: Wong Kar Lok (HKID Y482913(A)), Leung Tsz Ching, Chan Hoi Yin — all P6 at our Tai Koo centre, consent forms signed except Tsz Ching's
        refund pls: Lucas Teo, RBX-L1 Sun, paid S$480 via PayNow but withdrew after trial coz he gets panic attacks in big groups. Transfer to OCBC 5012-384761-001 under TEO MEI LING thx
        林品妤 (Pin-Yu) 的 mom 這邊～ 她 last week 在 class 被同學笑，回家一直哭，想跟老師約時間聊聊，我的 LINE ID: pinyu_mama0613
        Ms Dhanya pls note: Arjun s/o Venkatesh turns 11 on 3 Aug, his mum wants to bring cake to class, but he is lactose intolerant so no cheesecake ya
        王浩然 mummy: 请问 Python 班的 certificate 可以寄到 Blk 412 Bedok North Ave 2 #08-215 Singapore 460412 吗？我们 Sat 没空去拿
        makcik dia cakap Danish tak boleh balik dengan van hari ni, his mum Puan Norhayati binti Kassim akan ambil sendiri pukul 6, nombor dia 019-225 6081
        Tk: Jonathan Yap's dad called, he's contesting the late-withdrawal fee, says coach never showed up on 12 Apr. v angry, threatens to post on FB. Follow up by Fri.
        p/s 李芷晴 (Tiffany, Sat 2pm) 爸爸 said she is 色盲 (colour blind), so for the colour sensor mission pls pair her with someone, don't make a big deal in front of class
    """),
    "zh-Hans": _lines("""
        报名信息：学员 张梓萱，女，2014年3月18日生，身份证号 440305201403184520，就读深圳市南山实验学校五年级；监护人 张立新，手机 138 2671 4493。
        @王老师 我是周宇航妈妈，宇航这周六要去医院做胃镜，上午的机器人课请假，能不能补到下周三晚上？
        退费申请：学员 刘思远（编程进阶班），已上 3 节课，因孩子确诊抑郁症需休学，申请退还剩余 9 节费用 ¥3,240，退至农行卡 6228 4804 1293 7605 282。
        蓝桥杯青少年组报名表：选手 陈一诺，证件号 310104201309273811，学校 上海市徐汇区向阳小学，家长微信 chenyinuo_dad
        课堂记录 2025-04-12：赵子墨上课多次离开座位，把同学机器人的电池拔掉，已和他奶奶沟通，奶奶说父母刚离婚、孩子最近情绪不稳定。
        获奖证书：兹证明 广州市天河区华阳小学六年级 黄诗涵 同学在 2025 年广州市青少年机器人竞赛中荣获小学组一等奖。
        赴新加坡 WRO 比赛随队名单：李沐阳（女，2015-01-02），身份证 44010620150102186X，护照 E73926418；监护人 李建华，186-1207-3359。
        吴俊杰爸爸说这学期的课费 ¥6,800 要开电子发票，抬头写个人，发到邮箱 wujunjie_family@163.com。
    """),
    "zh-Hant": _lines("""
        學員資料：何家俊（Ho Ka Chun），HKID K730214(2)，出生日期 2013-07-09，就讀喇沙小學五年級，家長 何太 9632 7481。
        Coach 筆記：梁曉彤今日喺堂上哮喘發作，用咗自己嘅 inhaler，已即刻通知佢媽咪，佢話會帶佢去睇醫生。
        退款申請：家長 陳美玲，學員 黃子朗（星期六 2pm 機械人班），因全家移民英國，要求退返剩餘 5 堂學費，入 HSBC 戶口 512-738219-838。
        臺北班報名表｜學員：張宸瑋｜身分證字號：F128734069｜新北市板橋區海山國小五年級｜家長：張淑芬 0912-483-726
        陳柏翰媽媽來電：孩子上週比賽落選後一直說不想再來上課，媽媽希望老師私下鼓勵他，並詢問能否改上週日班。
        保險登記：學員 王語彤，身分證 E210493872，血型 O，對盤尼西林過敏；緊急聯絡人 王建國 0988 216 453。
        各位家長，恭喜 5B 班鄭子軒同學奪得學界機械人大賽小學組冠軍，佢下個月會代表學校去深圳參加決賽！
        李太你好，Ethan（李浩賢）上個月學費 HK$3,600 仲未收到，請於本星期五前轉數至本中心戶口，唔該晒。
        我是蔡昀庭的爸爸，我們家搬到 臺中市西屯區福星路 427 巷 18 號 7 樓，結業證書請寄新地址，謝謝。
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama: MUHAMMAD IRFAN BIN ZULKIFLI | No. MyKid: 140512-14-5673 | Sekolah: SK Taman Tun Dr Ismail 1, Tahun 5 | Penjaga: ZULKIFLI BIN HASHIM | Tel: 017-364 9210
        Aleesya Sofea binti Kamarul Arifin, 11 tahun, ada epilepsi; jika dia sawan, baringkan dia mengiring dan segera hubungi ibunya di 016-482 7733.
        Permohonan bayaran balik: Encik Hafiz bin Ahmad Rafi, bapa kepada Danial Haikal (kelas coding Ahad), akaun Maybank 1641 2038 7754, jumlah RM 640 kerana anak berpindah ke Johor Bahru.
        Senarai pasukan Pertandingan Robotik Kebangsaan: Kavitha a/p Rajendran (MyKid 130823-07-0418), Tan Yi Xuan (MyKid 150207-07-1129), Wan Ahmad Harith bin Wan Zainal — semua dari SK Minden Heights, Pulau Pinang.
        Catatan guru: Haziq Iskandar bin Roslan (Tahun 4, kelas Selasa) selalu lewat 30 minit kerana ibunya bekerja syif malam di hospital; tolong jangan tandakan dia ponteng.
        Sijil Penyertaan — dianugerahkan kepada NUR QISTINA BINTI AHMAD FAUZI, SK Seksyen 7 Shah Alam, atas penyertaan dalam Kem Robotik Cuti Sekolah 2025.
        Aduan daripada Puan Suraya binti Othman: anaknya Amirul dimarahi jurulatih di depan kawan-kawan minggu lepas dan dia mahu berjumpa pengurus; tel 011-2874 3305.
        Kemas kini e-mel: Alya Maisarah binti Shahrul (Tahun 6) — ibu faridah.yusof82@gmail.com; ibu bapa sudah bercerai, jangan hantar apa-apa kepada bapa.
        Pelajar tajaan: Ravi a/l Subramaniam, 12 tahun, isi rumah B40, yuran kelas robotik ditaja penuh oleh tabung CSR syarikat untuk tahun 2025.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the admin assistant for BrightBots Learning Centre (Singapore). Write polite, concise emails.",
        ),
        (
            "user",
            "Pls draft a refund confirmation to Mdm Lee Siew Ling. Her son Marcus Lee Jun Wei (P4, RBX-L1-SAT-A) was hospitalised for dengue and will miss the rest of term. Refund 6 unused lessons = S$288 to her POSB savings 214-63852-7.",
        ),
        (
            "assistant",
            "Dear Mdm Lee, we are sorry to hear that Marcus has been unwell and wish him a speedy recovery. We have approved a refund of S$288.00 for the 6 remaining lessons of RBX-L1-SAT-A, to be credited to your POSB savings account 214-63852-7 within 7–10 business days. Warm regards, BrightBots Admin",
        ),
        (
            "user",
            "good, also say his cert of participation will be mailed to 58 Jalan Bunga Rampai, Singapore 538421, and cc her husband at lee.kokhwa@gmail.com",
        ),
    ],
    [
        (
            "user",
            "Convert to CSV with headers name,nric,dob,school: / Isaac Chong T1445019F 09-08-2014 Catholic High School (Primary) / Megan Yeo T1387264Z 17-02-2013 Nanyang Primary / Ahmad Rayyan T1692033E 30-05-2016 Henry Park Primary",
        ),
        (
            "assistant",
            "name,nric,dob,school / Isaac Chong,T1445019F,2014-08-09,Catholic High School (Primary) / Megan Yeo,T1387264Z,2013-02-17,Nanyang Primary / Ahmad Rayyan,T1692033E,2016-05-30,Henry Park Primary",
        ),
        (
            "user",
            "thanks, now mask the NRIC except the last 4 chars for the copy going to the competition organiser",
        ),
        (
            "assistant",
            "name,nric,dob,school / Isaac Chong,*****019F,2014-08-09,Catholic High School (Primary) / Megan Yeo,*****264Z,2013-02-17,Nanyang Primary / Ahmad Rayyan,*****033E,2016-05-30,Henry Park Primary",
        ),
    ],
    [
        (
            "user",
            "你好，我個女叫陳凱晴 Chloe，今年 P3，讀緊拔萃女小學，佢有讀寫障礙（dyslexia），想問你哋 coding 班會唔會要睇好多字？",
        ),
        (
            "assistant",
            "你好！P3 Scratch 班主要係拖砌積木，文字唔多，導師亦會用口述同圖示幫手。報名時可以喺備註寫低凱晴嘅需要，我哋會安排佢坐近導師。",
        ),
        ("user", "好呀，咁幫我登記星期六朝早班，我電話 5172 9064，電郵 hoiching.mama@outlook.com"),
    ],
    [
        (
            "user",
            "Tolong tulis surat kepada Guru Besar SK Bukit Damansara memohon anak saya, Nur Insyirah binti Azman (Tahun 5, MyKid 140903-14-0326), dikecualikan hadir ke sekolah 12–14 Jun kerana mewakili pasukan robotik di pertandingan di Singapura.",
        ),
        (
            "assistant",
            "Tuan/Puan, dengan hormatnya saya memohon pelepasan bagi anak saya, Nur Insyirah binti Azman (Tahun 5), daripada hadir ke sekolah pada 12 hingga 14 Jun kerana beliau terpilih mewakili pasukan robotik ke pertandingan di Singapura. Surat jemputan penganjur dilampirkan. Sekian, terima kasih. Yang benar, Azman bin Yusoff",
        ),
        (
            "user",
            "Tambah nombor telefon saya 012-915 3307 dan nombor pasport dia A51928374 untuk rekod sekolah.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段期末評語給學生許哲睿：國小四年級，上課專注但不太敢發言，這學期自己做出了避障車，媽媽說他在家會主動研究 mBlock。",
        ),
        (
            "assistant",
            "哲睿這學期表現穩定，上課專注、動手能力強，獨立完成了避障車專題，展現出很好的解決問題能力。期待你下學期多分享自己的想法，你的點子值得讓大家聽見！",
        ),
        ("user", "再加一句建議下學期報名進階班，我會用 LINE 私訊給他媽媽（ID: jerry_hsu_mom）。"),
    ],
    [
        (
            "user",
            "why does this crash? / parents = [{'name': 'Goh Siew Mei', 'child': 'Goh Yu Xuan', 'phone': '+65 8812 4096', 'cls': 'PY-F-SUN'}] / for p in parents: send_sms(p['phone'], 'Hi ' + p['name'] + ', ' + p['child'] + ' has class ' + p['class'])",
        ),
        (
            "assistant",
            "The dict stores the course under the key 'cls', but the loop reads p['class'], so Python raises KeyError: 'class'. Use p['cls'] (or rename the key). Better still, load parent contacts from the portal export instead of hard-coding them in the script.",
        ),
        (
            "user",
            "ok fixed. the sms to Mrs Goh still not going thru tho, is it because of the space in the number?",
        ),
        (
            "assistant",
            "Most SMS gateways want E.164 without spaces, so normalise it first, e.g. phone.replace(' ', '') to get +6588124096.",
        ),
    ],
    [
        (
            "user",
            "帮我写个请假条，孩子叫郑雨桐，在新加坡南洋小学读三年级，周六上午的机器人班要请假，因为她要做扁桃体切除手术。",
        ),
        (
            "assistant",
            "尊敬的老师：您好！学生郑雨桐（南洋小学三年级）因需进行扁桃体切除手术，本周六上午的机器人课程无法出席，特此请假，恳请安排补课。谢谢！家长：______",
        ),
        ("user", "落款写我的名字郑海峰，再加上电话 +65 9870 3316。"),
    ],
    [
        (
            "user",
            "I coach a Sec 2 robotics team at an enrichment centre. One student, Bryan Lim Wei Jie from Bukit Panjang Government High, keeps taking credit for teammates' code and last week deleted a teammate's program right before the NRC qualifier. How should I handle it?",
        ),
        (
            "assistant",
            "Address it privately and factually: describe what happened, its impact on the team, and the expectation going forward. Use version control or shared folders so contributions are visible, and assign clear roles. Document the incident with dates in case you need to involve parents.",
        ),
        (
            "user",
            "His mum already messaged me saying I'm 'targeting' Bryan. Should I reply to her in writing?",
        ),
        (
            "assistant",
            "Yes, keep it in writing, calm and specific: state the facts, what support you are offering Bryan, and invite her to a short meeting with the centre manager present.",
        ),
    ],
    [
        (
            "user",
            "can translate to BM for the teacher? 'Hi Cikgu Farah, this is Wei Ling's mum. Tan Wei Ling is allergic to latex, so pls don't let her handle the rubber bands in the catapult activity tmr. Thanks!'",
        ),
        (
            "assistant",
            "Hai Cikgu Farah, saya ibu kepada Wei Ling. Tan Wei Ling alah kepada lateks, jadi tolong jangan benarkan dia memegang getah dalam aktiviti lastik esok. Terima kasih!",
        ),
        ("user", "perfect, also add my hp 016-705 2248 in case got emergency"),
    ],
    [
        (
            "system",
            "You help team managers with travel logistics for school robotics competitions.",
        ),
        (
            "user",
            "Team flies to Taipei on 20 Nov 2025. Which passports expire within 6 months? Tsang Chun Hei K08524317 exp 2026-03-02; Yip Wing Sze K09173350 exp 2029-07-15; Lau Ka Ho K07781264 exp 2025-12-30.",
        ),
        (
            "assistant",
            "Six months after 20 Nov 2025 is 20 May 2026. Tsang Chun Hei (2026-03-02) and Lau Ka Ho (2025-12-30) fall short and should renew before travel; Yip Wing Sze (2029-07-15) is fine.",
        ),
        (
            "user",
            "ok, Ka Ho's dad says they'll renew at Immigration Tower next Tue. remind me to chase him on +852 9288 1473 if no update by Fri",
        ),
    ],
    [
        (
            "user",
            "Help me write an appeal for the centre's bursary. I'm Lakshmi d/o Krishnan, single mother, take-home S$2,300. My son Darren Raj (P5, Zhenghua Primary) wants to continue robotics but I cannot afford S$480 per term.",
        ),
        (
            "assistant",
            "Dear Bursary Committee, I am writing to appeal for financial assistance so that my son, Darren Raj (P5, Zhenghua Primary), can continue in the robotics programme. As a single mother with a take-home income of S$2,300, the term fee of S$480 is beyond my means. Robotics has given Darren confidence and purpose, and I would be grateful for your consideration. Yours sincerely, Lakshmi d/o Krishnan",
        ),
        (
            "user",
            "can add that he was diagnosed with dyslexia at KK Hospital last year and robotics is the only subject he feels confident in",
        ),
    ],
]
