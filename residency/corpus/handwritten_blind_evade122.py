# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade122: personal data in education-platform exports (LMS gradebooks, xAPI statements, Moodle logs, plagiarism-checker reports, online exam proctoring logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade122
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "moodle_log_lines"): _lines("""
        2026-11-03 02:00:01 | cron | Scheduled task Cleanup old sessions (session_cleanup_task) finished in 0.41 s, next run 02:15:00 UTC+8
        [Tue Nov 04 03:12:44.118 2026] [php:warn] mod_assign: file_get_contents(/var/moodledata/temp/backup/9c1e2f): failed to open stream, course 4417
        Backup completed: backup-moodle2-course-4417-eng101_2026s1-20261104-0312-nu.mbz (184.6 MB, sha1 3f9a1c0e7b22d4a8e91f0c5b6d7e8a9b0c1d2e3f)
        Upgrade from 4.3.6+ (Build: 20240912) to 4.5.2 (Build: 20260310) completed; 214 plugins checked, 3 missing from disk: block_xp, local_sgbadge, theme_lambda
        Gradebook regrade finished for course id 5120 (BIO1001 Cell Biology): 38 grade items, 1,214 grades recalculated in 12.8 s, 0 locked items skipped
        Enrolment sync (enrol_database): 2,406 users processed, 118 enrolments added, 41 suspended, 0 errors; source table sis.enrol_2026s1
        Cannot obtain task lock for quiz_statistics task after 120 seconds; another cron runner on moodle-web-03 may still be running (pid 28817)
        Course reset executed for ACC2001 Financial Accounting: deleted 312 forum posts, 1,008 quiz attempts and 56 assignment submissions; grades kept as snapshot
        Plugin mod_hvp 1.27.1 installed by CLI script admin/cli/upgrade.php --non-interactive on host moodle-sg-prod-02 at 2026-11-05T01:10:27+08:00
        Course 'Shakespeare's Tragedies: Hamlet to Lear' (id 7713) restored from template ENG2204-TPL, 14 sections, 9 quizzes, 1 Turnitin assignment
        Message output 'email' failed for noreply@lms.example.edu.sg: SMTP 421 4.7.0 Try again later, queue length 3,882, retry in 300 s
        06/11/26, 04:30:00 | System | Course: CS2030 Programming Methodology II | Course module deleted | The 'forum' activity with course module id '9120' was deleted. | cli |
        Log store logstore_standard purged 4,118,502 rows older than 365 days in 418 s; table mdl_logstore_standard_log now 11.2 GB on pgsql 15.6
    """),
    ("en", "xapi_statements"): _lines("""
        {"verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},"object":{"id":"https://lms.example.sg/xapi/activities/module-3-lab-safety"}}
        {"actor":{"objectType":"Group","name":"Cohort NUR-2026A","member":[]},"verb":{"id":"http://adlnet.gov/expapi/verbs/attended"},"object":{"id":"https://lrs.example.my/act/orientation-day"}}
        {"objectType":"Activity","id":"https://xapi.lms.example.edu.hk/activities/chem1042/lab-4","definition":{"name":{"en-US":"Titration Lab 4"},"type":"http://adlnet.gov/expapi/activities/assessment"}}
        POST /xapi/statements HTTP/1.1 200 OK X-Experience-API-Version: 1.0.3 body=["1b4e28ba-2fa1-11d2-883f-0016d3cca427"] 17 ms lrs-node-2
        {"actor":{"objectType":"Agent","account":{"homePage":"https://lms.example.edu.sg","name":"svc-grade-sync"}},"verb":{"id":"https://w3id.org/xapi/adl/verbs/synced"},"timestamp":"2026-11-02T09:30:00+08:00"}
        {"result":{"score":{"scaled":0.85,"raw":17,"min":0,"max":20},"success":true,"completion":true,"duration":"PT14M32S"},"context":{"platform":"Moodle 4.5","language":"zh-CN"}}
        LRS client config: endpoint=https://lrs.example.com.my/xapi/ auth=Basic(key=lrs_key_demo) version=1.0.3 batch_size=50 retry=3 timeout_ms=8000
        {"id":"http://id.tincanapi.com/verb/viewed","display":{"en-US":"viewed","zh-CN":"查看了","zh-TW":"檢視了","ms-MY":"melihat"}}
        {"object":{"id":"https://lms.example.sg/act/reading/oliver-twist-ch12","definition":{"name":{"en-US":"Oliver Twist, Chapter 12: Oliver at Mr Brownlow's house"}}}}
        {"error":true,"code":400,"message":"Invalid mbox: must be of the form mailto:name@example.com","statementId":"9f2a7c41-6b3e-4d8a-a1f5-0c2e7d9b4a18"}
        {"context":{"contextActivities":{"parent":[{"id":"https://lms.example.edu.sg/course/GEA1000"}],"grouping":[{"id":"https://lms.example.edu.sg/term/AY2026-27-S1"}]}}}
        {"object":{"id":"https://lms.example.my/act/webinar-2026-11","definition":{"name":{"en-US":"Webinar: Tan Sri Jeffrey Cheah on the future of private higher education"}}}}
        GET /xapi/statements?verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fpassed&since=2026-11-01T00%3A00%3A00Z&limit=500 200 312 statements more=/xapi/statements?more=c2VjdGlvbj0y
    """),
    ("en", "plagiarism_report"): _lines("""
        Similarity Report | Submission ID 2284719530 | Overall similarity 17% | Internet sources 12% | Publications 6% | Student papers 4% | Excluded: bibliography, quotes
        Match 1 (6%): Lu Xun, 'A Madman's Diary', trans. William A. Lyell, in Diary of a Madman and Other Stories, University of Hawaii Press, 1990, pp. 29-41
        Match 2 (3%): en.wikipedia.org/wiki/Raffles_Hotel - text retrieved 2026-10-14; 41 matching words in 2 blocks, paraphrase not detected
        Match 3 (2%): Submitted to Universiti Malaya on 2025-04-11 - student paper, owner institution only, content not viewable without permission request
        AI writing indicator: 34% of qualifying text (1,882 of 5,540 words) flagged as likely AI-generated; detector model 2026.09; not a determination of misconduct
        Exclusion settings for assignment PSY2201 Essay 2: exclude matches under 8 words, exclude quoted material, exclude bibliography, repository: standard paper repository
        Source: Lee Kuan Yew, From Third World to First: The Singapore Story 1965-2000, HarperCollins, 2000 - 27 matching words, cited with quotation marks
        Batch export complete: 214 reports, 3 failed (file too large, over 100 MB), 7 pending OCR for scanned PDFs; download link expires 2026-11-12 23:59 SGT
        POST /api/v1/submissions/8b1e9c/similarity 202 Accepted, eta 90 s, webhook https://lms.example.edu.hk/hooks/originality, report_id R-77104-2026
        Translated match detected (zh-Hans to en): 11% overlap with 鲁迅《故乡》 English translation by Yang Xianyi and Gladys Yang, Foreign Languages Press, 1960
        Note to instructors: a score above 25% is not proof of plagiarism; check whether matches are properly cited quotations, template text or the assignment brief itself
        Repository match (5%): 2019 journal article on Harry Potter and the Philosopher's Stone as bildungsroman, Harry's arc in chapters 1-6, Journal of Children's Literature Studies
        Licence renewal: Feedback Studio institutional seats 18,500, term ends 2027-01-31, invoice INV-TII-2026-0883, PO 4500187726, billed to Library Acquisitions Unit
    """),
    ("zh-Hans", "平台公告"): _lines("""
        【系统维护通知】智学云课堂将于2026年11月15日00:00至06:00进行版本升级（v5.8.2），期间无法提交作业和参加测验，请各位同学提前安排。客服热线：400-820-6218。
        关于期末在线考试的说明：考试采用双机位监考，请提前在“考试中心-设备检测”完成摄像头和麦克风测试，如遇问题请拨打技术支持电话010-5887 3320（工作日9:00-17:30）。
        清华大学在线教育办公室地址：北京市海淀区清华大学文北楼三层，工作时间周一至周五8:30-17:00，咨询邮箱 online-edu@example.edu.cn，来访请提前预约。
        成绩导出格式调整：自本学期起，成绩册导出文件统一为UTF-8编码的CSV，字段包括课程代码、作业名称、满分、平均分、标准差，不再包含学号和姓名列。
        学习通平台“鲁迅《呐喊》导读”课程新增第5章测验，共20题，限时30分钟，截止时间为11月20日23:59，逾期系统自动关闭提交入口，成绩按最高一次计入。
        查重系统通知：本科毕业论文查重统一使用知网PMLC，总文字复制比不得超过30%，第二次检测费用为每篇50元，由学院统一支付，学生无需自行购买检测服务。
        雨课堂版本4.3.1更新说明：修复了PPT弹幕在iOS 17下闪退的问题，新增课堂红包功能开关，管理员可在“学校设置-互动”中关闭，建议各学院在考试周前完成升级。
        监考规则第七条：考试过程中考生离开摄像头画面超过30秒，系统将自动标记为“异常行为”，由监考老师人工复核，复核结果将在三个工作日内通过站内信通知。
        智慧树课程《孔子与论语》已上线，由文学院教学团队主讲，共12讲，每讲配套10道随堂测验，完成全部测验且期末考试成绩达到60分可获得2学分。
        发票信息：上海智学云信息科技有限公司，统一社会信用代码 91310115MA1K4B7X2Q，开户行：招商银行上海张江支行，对公账号 1219 0888 7710 602，地址：上海市浦东新区祖冲之路899号。
        服务器日志迁移完成：共迁移2.4亿条学习行为记录（xAPI格式），存储于阿里云华东2（上海）地域，保留期限为三年，迁移期间未发生数据丢失，校验哈希已归档备查。
        温馨提示：平台不会以任何形式索要您的密码或短信验证码，如接到自称“教务处老师”的可疑电话要求转账缴费，请立即挂断并拨打官方热线400-820-6218核实。
        课程《高等数学（上）》第三次作业统计：应交1,286份，实交1,203份，平均分78.4，最高分100，最低分12，及格率91.2%，详细分布见附件直方图。
    """),
    ("zh-Hant", "監考規則"): _lines("""
        網上考試監考須知：考生須於開考前15分鐘登入監考系統，並以鏡頭360度展示考試環境，桌面只可放置計算機、白紙兩張及學生證，其他物品一律移離桌面。
        港灣學院網上學習中心技術支援熱線 (852) 2766 5100，WhatsApp 查詢 (852) 5108 3322（只限文字訊息），辦公時間星期一至五上午九時至下午六時。
        監考系統自動偵測項目包括：多張人臉、無人臉、視線偏離、背景語音、切換瀏覽器分頁、外接螢幕；每項偵測結果將以紅黃綠三級標示，供監考員覆核。
        澳門大學網上考試技術支援：電郵 exam-support@example.edu.mo，辦公時間星期一至五 09:00-18:00，地址：澳門氹仔大學大馬路澳門大學N6行政樓。
        臺灣大學數位學習中心公告：NTU COOL 將於 12 月 1 日 02:00-05:00 進行資料庫維護，期間測驗及作業繳交功能暫停，已開始之測驗請於維護前提交。
        若考試期間網絡中斷超過5分鐘，考生應立即致電技術支援熱線並保留斷線截圖，事後由課程主任按個別情況決定是否安排補考，補考須於兩星期內完成。
        錄影保存政策：監考錄影檔案加密存放於香港數據中心，保存期為考試成績公布後90日，期滿自動刪除，校方人員查閱須經學術誠信委員會書面批准。
        考試代碼 HKU-ECON1210-FE-2026，開考時間 2026-12-10 09:30 HKT，考試時長 120 分鐘，題目共 40 題多項選擇及 3 題短答，總分 100 分。
        違規處理：被標記為「高風險」的考卷，須於七個工作天內由兩名監考員獨立覆核，覆核結果以電郵通知，學生可於收到通知後十四天內提出上訴。
        監考軟件版本說明：Respondus LockDown Browser 2.1.3.05 (Windows) 及 2.1.2.14 (macOS)，不支援 Chromebook 及 iPadOS 15 或以下版本。
        中國文學史期末網上考試範圍：《詩經》、屈原《離騷》、司馬遷《史記》選篇、李白及杜甫詩選、曹雪芹《紅樓夢》前四十回，共佔總分百分之六十。
        臺北市大安區羅斯福路四段1號為國立臺灣大學校總區地址，實體補考場地設於博雅教學館 B1 電腦教室，座位數 120 個，請攜帶學生證入場。
        考場守則：考生不得使用耳機、智能手錶或第二部手機；如需使用助聽器等輔助器材，須於考試前兩星期向學生事務處提交申請表格及相關證明。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bagaimana saya muat turun transkrip? J: Log masuk ke portal, pilih Akademik > Transkrip, kemudian klik Muat Turun PDF. Transkrip rasmi perlu dipohon di kaunter Bahagian Akademik.
        S: Apakah had saiz fail untuk tugasan? J: Had maksimum ialah 50 MB setiap fail dan format yang diterima ialah PDF, DOCX serta PPTX sahaja.
        Meja Bantuan EduNusantara: 1-300-88-6472 (Isnin hingga Jumaat, 8.30 pagi - 5.30 petang) atau e-mel bantuan@edunusantara.com.my untuk isu log masuk.
        S: Kenapa markah kuiz saya tidak muncul? J: Markah akan dipaparkan selepas pensyarah menerbitkan gred, biasanya dalam tempoh 3 hari bekerja selepas kuiz ditutup.
        S: Adakah peperiksaan dalam talian diawasi? J: Ya, sistem pengawasan merakam video, audio dan skrin sepanjang peperiksaan. Rakaman disimpan selama 60 hari.
        Alamat pejabat: Pusat Pembelajaran Digital, Aras 3, Menara Ilmu, Jalan Universiti, 50603 Kuala Lumpur (bersebelahan Perpustakaan Utama), dibuka 8 pagi hingga 5 petang.
        S: Berapakah yuran langganan Turnitin untuk pelajar pascasiswazah? J: Tiada caj; langganan ditanggung oleh Institut Pengajian Siswazah bagi sesi 2026/2027.
        S: Bolehkah saya menggunakan Google Chrome versi lama? J: Versi minimum yang disokong ialah Chrome 118 dan Firefox 115 ESR. Sila kemas kini pelayar anda sebelum kuiz.
        Nombor pendaftaran syarikat: EduNusantara Sdn. Bhd. (201801034512 / 1295571-K), Lot 12, Jalan PJU 7/3, Mutiara Damansara, 47800 Petaling Jaya, Selangor.
        S: Apakah skala gred yang digunakan? J: A (80-100), A- (75-79), B+ (70-74), B (65-69), B- (60-64), C+ (55-59), C (50-54), gagal di bawah 50.
        S: Di manakah saya boleh membaca novel Salina karya A. Samad Said untuk kursus BMK2013? J: Naskhah digital tersedia di pangkalan data perpustakaan melalui VPN kampus.
        S: Siapa yang perlu dihubungi jika kamera tidak dikesan? J: Hubungi Unit Sokongan Teknikal melalui WhatsApp rasmi 011-1088 2290 (mesej sahaja) dan sertakan kod ralat.
        S: Bagaimana jika saya terlepas kuiz kerana sakit? J: Kemukakan sijil cuti sakit yang sah kepada pensyarah kursus dalam tempoh 7 hari melalui borang e-Rayuan di portal.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] IT支援: Moodle prod 今早 8:55 开始 502，已重启 php-fpm，现在 OK 了，请大家 refresh 一下 gradebook 页面再 export。
        [09:15] 教务处: Noted. CS2030 的 final quiz 截止时间延到今晚 23:59，announcement 我已经 post 在 course page 了。
        [10:02] Exam Unit: Proctoring flagged 14 attempts for ECON1210, semua kena review sebelum Jumaat ya, list ada dalam shared drive folder FE2026/flags.
        [10:05] Library: Turnitin quota 剩 1,200 submissions，下个月要 top up，quotation 已经发给 finance，PO-2026-1187 等批。
        [11:30] Registry: 成绩 export CSV 的 column Final Grade 有 rounding bug，是 4.5.2 版本 known issue，patch 下周才上 production。
        [11:32] IT支援: 收到，我先 disable 自动 push 到 SIS，等 patch 再开。Jangan manual edit dalam DB ya, nanti audit trail rosak.
        [14:20] 課程組: 明天嘅 workshop 講者係 Prof. Gabriel Leung（前港大醫學院院長），場地改咗去 Centennial Campus CPD-3.04，記得改 Teams invite。
        [14:45] Finance: Invoice INV-2026-1103 from EduNusantara Sdn Bhd, RM 18,540.00 已批，payment run 星期四，remittance advice 会 email 过去。
        [15:10] Exam Unit: 明天 9am mock exam 用 LockDown Browser 2.1.3，pls remind tutors 提醒学生先装好，Chromebook 不 support。
        [16:00] IT支援: xAPI LRS disk 用到 87%，今晚 2am 做 archive，期间 statements 会 queue 住，不会丢，大概 40 分钟搞定。
        [16:03] Registry: ok noted. 另外 SSO SAML cert 12月20号到期，记得 renew，不然全校 login 不到 LMS 和 proctoring portal。
        [17:45] 課程組: 《紅樓夢》導讀 course 嘅 quiz bank 已經 import 完，總共 240 題，tag 咗 chapter 1-40，下星期開放俾學生練習。
        [18:02] Library: Reminder, book fair at Popular Bookstore Bras Basah Complex this Sat, 教材 list 已放 Teams channel，预算 SGD 3,000。
    """),
    ("mixed", "gradebook_csv_config"): _lines("""
        Course code,Item name,Category,Max points,Weight %,Mean,Median,Std dev,Submitted,Late,Missing,Export time (UTC+8)
        CS1010S,Problem Set 3,Assignments,20,10,14.62,15,3.81,412,27,9,2026-11-06 17:20
        课程代码,课程名称,作业名称,作业类别,满分,权重,平均分,中位数,标准差,及格率,应交人数,实交人数,迟交人数,导出时间（北京时间）
        config.php: $CFG->wwwroot = 'https://lms.example.edu.sg'; $CFG->dataroot = '/var/moodledata'; $CFG->dbtype = 'pgsql'; $CFG->prefix = 'mdl_';
        LTI sandbox id_token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Imxtcy0yMDI2LWsxIn0.eyJpc3MiOiJodHRwczovL2NhbnZhcy5leGFtcGxlLmVkdS5zZyIsImF1ZCI6InRvb2wtNzczMSIsImRlcGxveW1lbnRfaWQiOiJkZXAtMDQiLCJleHAiOjE3OTY1MTUyMDB9.sig
        X-Proctor-Context: Y291cnNlPUNTMTAxMFM7dGVybT1BWTIwMjYtUzE7c2VjdGlvbj1MMDI= (ProctorEdge v3, section-level header)
        https://mooc.example.cn/course/search?kw=%E9%AB%98%E7%AD%89%E6%95%B0%E5%AD%A6%EF%BC%88%E4%B8%8A%EF%BC%89&sort=hot&page=2
        gradebook.yaml: rounding: half_up, decimals: 2, letter_scale: {A: 85, B: 70, C: 55, D: 40}, hide_totals_until: "2026-12-20"
        SELECT gi.itemname, AVG(gg.finalgrade) AS mean FROM mdl_grade_grades gg JOIN mdl_grade_items gi ON gi.id = gg.itemid WHERE gi.courseid = 4417 GROUP BY gi.itemname;
        df = pd.read_csv("gradebook_export_2026S1.csv", encoding="utf-8-sig"); df = df.drop(columns=["Email address", "ID number", "Phone"])
        成績匯出設定：export_format=xlsx; include_feedback=false; include_idnumber=false; 分隔符=逗號; 編碼=Big5-HKSCS; 小數位=1
        proctor.ini [flags] face_missing_sec=30 multi_face=true gaze_threshold=0.35 audio_db=55 upload=https://proctor.example.com.my/api/v2/sessions
        fixtures/users.csv (sandbox only): username,firstname,lastname,email / teststudent01,Test,Student01,teststudent01@example.invalid
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        04/11/26, 21:47:03,Rachel Tan Hui Min,-,Quiz: Week 9 Quiz,Quiz,Quiz attempt submitted,The user with id '48213' has submitted the attempt with id '991204' for the quiz with course module id '8841'.,web,116.87.142.39
        [ProctorLog] session 77-AC21 ECON1210 | candidate Darren Koh Jun Wei (matric A0248817X) | 09:41:12 second face detected; 09:41:30 candidate says his younger brother walked in | flag=HIGH
        Lim Wei Jie,T0412785J,weijie.lim04@gmail.com,MA1521,Final Exam,38/100,F,Remarks: repeating module, on academic probation since Sem 2
        Special consideration approved for Priya d/o Ramasamy: extra 25% time in all online exams due to diagnosed ADHD and generalised anxiety disorder, per psychiatrist letter dated 2 Oct.
        {"actor":{"objectType":"Agent","name":"Jonathan Ong","mbox":"mailto:jon.ong.kj@hotmail.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/failed"},"object":{"id":"https://lms.example.sg/act/ethics-module"}}
        Missing-work SMS sent to parent at +65 9176 4402 for 3 overdue assignments in Sec 3 Science (status: delivered 18:02)
        Student paper match 41%: identical to essay submitted 2025-03-02 by Marcus Yeo Kai Xiang (Ngee Ann Polytechnic); referred to academic integrity panel, second offence, possible expulsion
        LTI launch debug: id_token payload=eyJpc3MiOiJodHRwczovL2xtcy5zdW53YXlsZWFybi5teSIsInN1YiI6InUtNTU4MTIiLCJuYW1lIjoiTnVydWwgQWluYSBiaW50aSBSb3NsaSIsImVtYWlsIjoibnVydWxhaW5hLnJvc2xpOThAZ21haWwuY29tIn0
        Account hold: Kevin Chua owes S$4,860 in tuition arrears for AY2025/26; exam results withheld and LMS access limited until an instalment plan is signed
        Exam-at-home declaration: candidate Sarah Lau, address Blk 418 Bedok North Ave 2 #07-1153 Singapore 460418, room is private, no other persons present
        ID check failed - face does not match card; card shows FIN G7361542P, name NGUYEN THI MAI, DOB 14/05/2003; escalated to invigilator at 08:52
        Feedback comment on Assignment 2: 'Jeremy, I know things have been hard since your dad's arrest last month - take the extension, no penalty.' posted 12/10 22:15
    """),
    "zh-Hans": _lines("""
        监考日志 2026-06-18 14:03:22 考生：黄志豪 身份证号：44030519990817263X 事件：人脸比对失败（相似度0.41），已转人工复核
        成绩册导出：学号 2023104512，姓名 周嘉怡，手机 139 2847 1056，高等数学（上）期末 52 分，补考资格：是
        辅导员备注：张雨桐同学因抑郁症住院两周，期中考试申请缓考，已附北京安定医院诊断证明，请任课老师不要在班级群里提及。
        审计日志：GET /user/view.php?id=33018&fullname=%E9%BB%84%E5%BF%97%E8%B1%AA&phone=13726648051 HTTP/1.1 200 操作人：教务员账号
        学生家长联系电话 186 0215 7734（母亲），请勿在班级群公开，如有缺勤直接私聊联系。
        {"actor":{"name":"陈思远","account":{"homePage":"https://xuetang.example.cn","name":"chensiyuan_2001"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"result":{"score":{"raw":96}}}
        学费欠费名单：刘浩然 欠缴学费及住宿费合计 12,600 元，家庭经济困难，已申请国家助学贷款，贷款合同号 GJZX-2026-318827
        查重报告：作者 王梓萱（学号 20221187）毕业论文总文字复制比 48.7%，与2024届 李俊峰 的学位论文高度重合，建议延期答辩
        考生 顾晓雯，身份证 310115200103044823，住址 上海市浦东新区张杨路1388弄7号602室，申请在家参加线上考试
        班主任私信：小杨妈妈，子涵这周又没交作业，听说你们家最近在办离婚手续，孩子情绪不太好，要不要约个时间聊聊？
    """),
    "zh-Hant": _lines("""
        監考紀錄 HKU-ECON1210-FE-2026｜考生 陳嘉欣 HKID K482913(1)｜10:14 偵測到第二部手機螢幕反光，10:16 考生承認查看 WhatsApp，標記為嚴重違規
        成績表匯出 學生姓名：黃詠琪 電話：6283 4719 電郵：wingki.wong@yahoo.com.hk 科目：中國文學史 期末成績 C-
        網上補考申請：梁志偉，澳門居民身份證 5215387(2)，手機 6628 3190，因家中長輩病危需返回中山，申請延期一星期
        數位學習平台帳號申請：姓名 林佳蓉，身分證字號 A227384651，手機 0912-458-337，地址 台中市西屯區福星路427巷18號5樓
        輔導紀錄：吳柏翰同學因網上賭博欠下約新台幣30萬元債務，最近多次缺考，已轉介學生諮商中心跟進。
        相似度報告 82%：學生 鄭浩昇（學號 3036781204）作業與去年 葉凱琳 繳交版本幾乎相同，擬記大過一次
        林太來電投訴：佢個仔喺網上考試被誤判作弊，要求睇返監考錄影，聯絡電話 9478 2615，請今日內回覆。
        匯出連結 https://lms.example.edu.hk/grade/report/user/index.php?id=812&userid=5521&name=%E9%BB%83%E8%A9%A0%E7%90%AA&grade=C-
        特殊考試安排：何俊賢（聽障，雙耳配戴助聽器）獲准使用即時字幕軟件，考試時間延長30分鐘。
        助教備註：阿明（BBA二年級 Tutorial 05）話佢女朋友懷孕咗，最近要返夜班賺錢，作業全部遲交，請老師酌情處理。
    """),
    "ms": _lines("""
        Log pengawasan: calon Muhammad Hafiz bin Zulkifli (No. KP 020514-10-1187) meninggalkan kerusi 2 minit 14 saat pada 10:22, sebab: ke tandas, status: amaran
        Pengepala X-Proctor-Context dalam log pelayan: bmFtYT1NdWhhbW1hZCBIYWZpeiBiaW4gWnVsa2lmbGl8aWM9MDIwNTE0LTEwLTExODd8dGVsPTAxMy02NjI0IDkwODU=
        Senarai tunggakan: Siti Nur Aisyah binti Kamarudin, baki pinjaman PTPTN RM 21,450, akaun Bank Islam 1402 9017 5532 80, transkrip ditahan
        Nama: Tan Mei Ling | No. Matrik: S2145109 | Telefon: 016-772 3948 | Kuiz 4: 6/20 | Catatan: wajib hadir kelas pemulihan
        Sila hubungi penjaga pelajar di talian 019-358 4471 berkenaan kehadiran dalam talian yang rendah (32%)
        Permohonan penangguhan peperiksaan oleh Nur Izzati Hamdan kerana hamil 7 bulan dan disahkan berisiko tinggi oleh Hospital Sultanah Aminah
        Alamat surat-menyurat pelajar: No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor - penerima: Puan Rohani Ismail (ibu)
        Laporan Turnitin: tesis sarjana Ahmad Faris bin Rahim 63% sama dengan tesis 2022 dari universiti lain, dirujuk kepada Jawatankuasa Integriti, kemungkinan ijazah dibatalkan
        Kenderaan dikesan di kampus semasa peperiksaan dalam talian: WXY 4821 atas nama Arvind a/l Selvaraju, bercanggah dengan log IP dari Ipoh
    """),
    "mixed": _lines("""
        [Proctor] 2026-11-20 09:05 candidate 李明轩 (Li Mingxuan) passport E38471926, 考场 remote, webcam snapshot s3://proctor-sg/snap/li_mingxuan_0905.jpg
        Gradebook CSV: Wong Ka Hei 黃家希,kahei.wong@connect.example.hk,3035661290,ECON1210,Midterm,41,需要 consultation，家長已經打過嚟
        Tutor WhatsApp export: [21/11/26 23:14] Aunty Mei: cikgu, my son Jun Hao 这个月考试没法 online, dia kena denggi, admitted Hospital Pulau Pinang
        LTI 1.3 launch failed (nonce reuse); payload=eyJzdWIiOiI3ZjNlIiwiZ2l2ZW5fbmFtZSI6IuWYieaAoSIsImZhbWlseV9uYW1lIjoi5ZGoIiwicGhvbmVfbnVtYmVyIjoiKzg2MTM5Mjg0NzEwNTYifQ
        proctor_session_ctx=Y2FuZGlkYXRlPUxpbSBXZWkgSmllO25yaWM9VDA0MTI3ODVKO21vYmlsZT0rNjU5MTgyNzM2NA== (ProctorEdge v3, session 5521-SG)
        Moodle 私信 export: Chong Yi Xuan to tutor: 老师 sorry 我 late submit 因为我爸爸 lost job, 我要做 part-time, boleh extend tak? IC saya 031122-14-0586
        xAPI: actor.name=Desmond 李伟健, actor.mbox=mailto:desmond.lee.wk@gmail.com, verb=terminated, result.extensions.proctor_flag=phone_detected
        Appeal ticket #A-2291: candidate Ho Jia Wen, NRIC S****127G, mobile 9***5521, 申请复核 Final Exam 分数 (58 → 65)
        Refund request: 学生 Farah Liyana 多缴 RM 1,200, akaun Maybank 1640 3382 9017, 请 finance 本周内处理
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are GradeBot, an assistant for the LMS admin team at a Singapore polytechnic. Help staff clean and summarise gradebook exports.",
        ),
        (
            "user",
            "Can you compute the average of these? Rachel Tan,T0238816I,72 / Bryan Goh,S8126639E,55 / Nur Hidayah Salim,T0359021B,88. Also flag anyone below 60.",
        ),
        (
            "assistant",
            "The average is 71.7. Bryan Goh (55) is below 60. Before sharing this further, consider removing the NRIC column, since the summary does not need it.",
        ),
        ("user", "ok remove NRIC and give me a table"),
        (
            "assistant",
            "Name | Score | Flag; Rachel Tan | 72 | -; Bryan Goh | 55 | below 60; Nur Hidayah Salim | 88 | -",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给家长的邮件，学生刘浩然欠了学费12,600元，家长电话是138 2291 4076，语气要委婉一点。",
        ),
        (
            "assistant",
            "好的，以下是草稿：尊敬的刘浩然家长您好，经核对，刘浩然同学本学年尚有学费及住宿费合计12,600元未缴清。学校理解家庭可能存在困难，可协助申请助学贷款或分期缴费，如有需要请联系学生资助中心。",
        ),
        ("user", "把电话号码也加进去，说我们会打这个号码跟进。"),
        (
            "assistant",
            "已补充：我们将于本周内致电138 2291 4076与您沟通后续安排，感谢您的理解与配合。",
        ),
    ],
    [
        ("system", "你是港灣學院學術誠信組的助理，協助整理監考個案。"),
        (
            "user",
            "個案：陳嘉欣，HKID K482913(1)，ECON1210 期末考試，監考系統 10:14 偵測到第二部手機。佢話係屋企人嘅電話。幫我寫個簡短摘要。",
        ),
        (
            "assistant",
            "個案摘要：考生陳嘉欣（HKID K482913(1)）於ECON1210期末網上考試10:14被系統偵測到鏡頭範圍內有第二部手機。考生表示該手機屬家人所有。建議兩名監考員覆核錄影後再作決定。",
        ),
    ],
    [
        (
            "user",
            "Tolong bina satu xAPI statement untuk pelajar Muhammad Hafiz bin Zulkifli, emel hafiz.zul02@gmail.com, yang lulus kuiz Modul 4 dengan markah 17/20.",
        ),
        (
            "assistant",
            "Ini contohnya: {'actor': {'name': 'Muhammad Hafiz bin Zulkifli', 'mbox': 'mailto:hafiz.zul02@gmail.com'}, 'verb': {'id': 'http://adlnet.gov/expapi/verbs/passed'}, 'result': {'score': {'raw': 17, 'max': 20}}}",
        ),
        ("user", "Boleh guna nombor IC dia 020514-10-1187 sebagai account name?"),
        (
            "assistant",
            "Tidak digalakkan. Nombor MyKad ialah data peribadi sensitif; lebih baik gunakan ID dalaman LMS seperti u-55812 dalam medan account.name.",
        ),
    ],
    [
        (
            "user",
            "eh can help me check this proctor flag? candidate Darren Koh, matric A0248817X, 第二张脸 at 09:41, he say his brother walk in only",
        ),
        (
            "assistant",
            "Based on the log, the second face appeared at 09:41:12 and the candidate explained it at 09:41:30. If the recording shows the brother leaving quickly and no communication, this is usually treated as low risk. Recommend the reviewer watch 09:40-09:43.",
        ),
        ("user", "ok thanks, 我会 forward 给 exam unit, his mobile 9827 3310 if they need to call"),
        (
            "assistant",
            "Noted. When forwarding, share the mobile number only with the exam unit staff handling the case.",
        ),
    ],
    [
        (
            "system",
            "Student profile for context: Priya d/o Ramasamy, Year 2 Nursing, diagnosed with dyslexia and ADHD, approved for 25% extra exam time and a screen reader.",
        ),
        (
            "user",
            "Draft a reminder to the proctoring team about the accommodations for tomorrow's NUR2104 online exam.",
        ),
        (
            "assistant",
            "Reminder: For tomorrow's NUR2104 online exam, Priya d/o Ramasamy has approved accommodations of 25% extra time and use of a screen reader. Please configure her proctoring session so the screen reader is not flagged as unauthorised software.",
        ),
    ],
    [
        (
            "user",
            "监考日志里有一段 base64：Y2FuZGlkYXRlPUxpbSBXZWkgSmllO25yaWM9VDA0MTI3ODVKO21vYmlsZT0rNjU5MTgyNzM2NA== 帮我解码看看是什么",
        ),
        (
            "assistant",
            "解码结果为：candidate=Lim Wei Jie;nric=T0412785J;mobile=+6591827364。这是考生姓名、新加坡身份证号和手机号码，属于个人信息，建议日志中不要明文或以base64形式保存。",
        ),
        ("user", "那导出给外包分析公司之前应该怎么处理？"),
        (
            "assistant",
            "建议删除该请求头，或用不可逆的随机ID替换整段内容，并在映射表中单独保存，不随导出文件一起提供。",
        ),
    ],
    [
        (
            "user",
            "Saya Puan Rohani Ismail, ibu kepada Nur Izzati Hamdan. Anak saya hamil dan doktor suruh rehat, tapi sistem tak benarkan dia tangguh peperiksaan. Tolong tulis surat rayuan.",
        ),
        (
            "assistant",
            "Baik puan. Draf: Kepada Bahagian Peperiksaan, saya memohon penangguhan peperiksaan dalam talian bagi anak saya Nur Izzati Hamdan atas nasihat doktor kerana kehamilan berisiko tinggi. Sijil perubatan dilampirkan.",
        ),
        (
            "user",
            "Tambah alamat rumah kami: No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang.",
        ),
        (
            "assistant",
            "Sudah ditambah di bahagian atas surat sebagai alamat pengirim: No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor.",
        ),
    ],
    [
        ("system", "你是臺灣某大學數位學習中心的客服助理。"),
        (
            "user",
            "學生林佳蓉（身分證 A227384651）說她的 NTU COOL 帳號被鎖，手機 0912-458-337 收不到驗證碼，怎麼辦？",
        ),
        (
            "assistant",
            "請先確認系統中登記的手機號碼是否為 0912-458-337。如號碼正確，可由管理員在後台重設雙重驗證，並請學生攜帶學生證到櫃檯核對身分後解鎖。",
        ),
        ("user", "她人在台中，不方便來台北。"),
        (
            "assistant",
            "可改用視訊核對身分：請她在視訊中出示學生證，由兩名職員確認後即可遠端解鎖，過程請勿錄影保存證件畫面。",
        ),
    ],
    [
        (
            "user",
            "Summarise this Turnitin case for the integrity panel: Marcus Yeo Kai Xiang's essay matched 41% with his classmate Chloe Ng's 2025 submission; this is his second offence.",
        ),
        (
            "assistant",
            "Case summary: Marcus Yeo Kai Xiang's essay shows a 41% match with a 2025 submission by Chloe Ng from the same cohort. Records show a previous integrity offence. The panel should check whether Chloe Ng shared her work knowingly before considering any penalty for her.",
        ),
        ("user", "Add that Marcus said he was under stress because his mother has cancer."),
        (
            "assistant",
            "Added: Marcus states that he was under significant stress because his mother is undergoing cancer treatment; the panel may consider this as mitigation.",
        ),
    ],
]
