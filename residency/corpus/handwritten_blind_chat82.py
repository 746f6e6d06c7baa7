# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat82: chats asking an assistant for help with one's own university coursework problems (extensions, appeals, plagiarism accusations, special consideration). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat82
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "extension and special consideration chat"): _lines("""
        User: How far in advance should I ask for an assignment extension, and is it better to email the lecturer or go through the faculty portal? Assistant: Check your course outline first; most universities want the request before the due date through the official form, and an email to the coordinator is a courtesy, not a substitute.
        User: my laptop (Dell XPS 13 9340) died 2 days before my report was due, does hardware failure usually count for an extension? Assistant: Many policies exclude IT failure unless it was unforeseeable and you can show a repair receipt; keep the service ticket and any backup timestamps.
        Can you write me a short, polite extension request to my tutor? Use [Tutor name], [Course code] and [new date] as placeholders, I'll fill them in myself.
        User: What's the difference between an extension and special consideration? Assistant: An extension moves the deadline for one task; special consideration is a formal process that can lead to a supplementary exam, adjusted marks or a deferral, and it usually needs documentation.
        User: the portal says "SC application SC-2025-S2-00417 received, outcome within 5 working days" — is that 5 days from today? Assistant: It is usually counted from the submission timestamp and excludes weekends and public holidays, so check the time on your confirmation receipt.
        User: Is a medical certificate from a telehealth app accepted for special consideration in Australia? Assistant: Many universities accept telehealth certificates if they state the dates of impairment and the practitioner's registration; some insist on their own Professional Practitioner Certificate form.
        User: I submitted at 23:59:47 and the deadline was 23:59:00, Canvas marked it late. Is a 47-second penalty normal? Assistant: Some institutions apply a grace period of a few minutes; ask the course coordinator and quote the exact timestamps from the submission receipt.
        How do I explain a mental health issue in an extension request without oversharing? Give me three neutral phrasings I could adapt.
        User: My uni's late penalty is 5% of the total marks per calendar day. The assignment is out of 40, I'm 3 days late and my raw mark is 32, what do I get? Assistant: 5% of 40 is 2 marks a day, so 6 marks off: 26/40.
        User: can i ask for an extension because of a job interview overseas? Assistant: Interviews are usually not listed as grounds, so ask early, explain the dates, and offer to hand in a partial draft before you fly.
        User: what documents count as evidence of a bereavement for special consideration? Assistant: A death notice, funeral programme or a letter from the funeral director is usually enough; most universities do not need the death certificate itself.
        Make me a checklist for applying for a deferred exam: deadlines, evidence, who to email, and what to do if it's refused.
        User: Our group project deadline falls on Deepavali, can the whole group ask for more time? Assistant: Yes, one member can submit a group request citing the religious observance, attach the academic calendar and copy everyone in.
        User: The extension form asks for a "supporting documentation ref no." — is that the clinic receipt number, like INV-20250311-0098? Assistant: Yes, any reference printed on the certificate or receipt is fine; upload the document as well so the office can verify it.
        User: if i get special consideration for a final exam, will my transcript show it? Assistant: Normally not; the transcript shows the grade, sometimes with a code marking a deferred or supplementary assessment.
        Write a respectful follow-up email for when a lecturer hasn't answered my extension request after 3 working days. Placeholders only, no real names.
    """),
    ("en", "academic integrity chat"): _lines("""
        User: Turnitin shows 38% similarity but most of it is my reference list and the assignment brief I quoted. Am I in trouble? Assistant: A similarity score is not a finding of plagiarism; the marker looks at what matched, and a bibliography or quoted task text is normally ignored.
        User: what is "contract cheating" and why do unis punish it harder than normal plagiarism? Assistant: It means getting someone else to do your assessed work, paid or unpaid; because it is deliberate deception, penalties often include suspension or expulsion.
        User: Is it self-plagiarism to reuse paragraphs from my own essay from last semester? Assistant: Usually yes unless the lecturer agrees in advance and you cite the earlier work; many policies call it duplicate submission.
        User: I got an email saying I must attend an academic integrity meeting for case AIO/2025/0813. What should I prepare? Assistant: Bring your drafts, version history, notes and sources, answer factually, and ask whether you may bring a support person from the students' union.
        How do I prove an essay is my own work if I wrote it in Google Docs? Can the version history be exported as evidence?
        User: My essay was flagged as AI-generated by a detector. Are these tools reliable? Assistant: They have documented false positives, especially for writers whose first language is not English; ask what evidence beyond the score is relied on and offer your drafts and notes.
        User: Was Karl-Theodor zu Guttenberg's doctorate revoked for plagiarism? Assistant: Yes, the University of Bayreuth withdrew it in 2011 and he resigned as German defence minister the same year.
        Explain the difference between paraphrasing and patchwriting with a short example sentence about photosynthesis.
        User: Can I use Grammarly on an assessed essay or is that misconduct? Assistant: Spelling and grammar suggestions are usually fine; generative rewriting features may not be, so read the course's AI-use statement.
        User: what counts as "collusion" in my programming course? we discussed the algorithm as a group but coded separately. Assistant: Discussing ideas is normally allowed; collusion is sharing code or writing it together for an individual task. Keep your own commit history as evidence.
        Summarise the Claudine Gay plagiarism controversy at Harvard in 2023-24 neutrally, in about 150 words.
        User: The MOSS report for CS2030 lab 4 shows a 71% match with another submission, but we both used the starter code. Assistant: Ask whether the starter code was given to MOSS as base code; if not, the shared skeleton inflates the match.
        User: How long does a plagiarism finding stay on my record? Assistant: It varies; many universities keep an internal record for the duration of study plus a few years, and it only appears on the transcript if there was a suspension.
        Draft a statement for an integrity panel in which [Student] admits careless referencing but denies any intent to deceive. Under 200 words, placeholders only.
    """),
    ("en", "appeal forms and policy text"): _lines("""
        GRADE APPEAL FORM | Student name: ____________ | Student ID: ____________ | Course code: ______ | Grounds (tick one): [ ] procedural error [ ] new evidence [ ] bias | Signature: ____________ | Date: __/__/____
        Appeals must be lodged within 10 working days of the release of results. Appeals against academic judgement alone will not be considered.
        Notice: the Examinations Office counter at Level 2, Block E will close at 4 pm on 24 December. Online special consideration applications remain open throughout the break.
        Under the Student Discipline Rules, a student may be accompanied at a hearing by a friend or a Students' Union advocate, who may not act as a practising lawyer.
        Dear {{student_name}}, your application {{application_id}} for special consideration in {{course_code}} has been {{outcome}}. Kind regards, Student Services
        If you are in distress, Samaritans of Singapore runs a 24-hour hotline at 1767, and Befrienders Kuala Lumpur can be reached on 03-7627 2929.
        Fee refund schedule: withdrawal before week 2 — 100%; before week 4 — 50%; after week 4 — nil. Refunds are paid to the account from which the fee was paid.
        Outcome codes: DEF = deferred assessment granted; SUP = supplementary exam; WD = withdrawn without academic penalty; NGC = no grade change.
        Academic Integrity Office, Northbridge University, Registry Building Room 3-12, Mon-Fri 09:00-17:00, general line +65 6601 0000, integrity@northbridge.edu.sg
        Case reference formats: AIO/YYYY/NNNN for integrity matters and SC-YYYY-SN-NNNNN for special consideration; please quote the reference in all correspondence.
        Sample opening: "I, [Full name], student number [ID], request a review of my final mark for [Course] on the following grounds: ..."
        Thesis binding order TB-88213-SG: 3 hardcover copies, navy, gold lettering, S$96.30 incl. GST, ready for collection after 3 working days at the campus print shop, postcode 119077.
        The referencing guide (ISBN 978-0-13-468599-1) is on two-hour loan at the library counter; an e-book copy is available through the catalogue.
    """),
    ("en", "code and config"): _lines("""
        def late_penalty(raw, total, days_late, rate=0.05): return max(0, raw - total * rate * days_late)
        extension_policy: {max_days: 7, requires_evidence: true, auto_approve_hours: 48, exclude: [final_exam, group_presentation]}
        SELECT student_id, course_code, COUNT(*) AS n FROM extension_requests WHERE term = '2025S1' GROUP BY student_id, course_code HAVING COUNT(*) > 2;
        sha256(report_final_v3.pdf) = 9f2c1a7e4b0d83f65a21c0e9d7b4f6a3e18c5d2b7a09f4e6c3b1d8a5e7f20c94
        curl -X POST https://lms.example.edu/api/v1/courses/2231/assignments/88/overrides -d 'due_at=2025-04-02T23:59:00+08:00'
        Can you explain what the pattern ^A0[0-9]{6}[A-Z]$ in our intake spreadsheet's validation rule matches, and why it rejects lower-case letters?
    """),
    ("zh-Hans", "学业求助对话"): _lines("""
        用户：作业延期申请一般要提前几天交？助手：多数学校要求在截止日期前通过教务系统提交，并附上证明材料，最好提前三到五个工作日。
        帮我写一封给任课老师的延期申请邮件模板，姓名、学号、课程名都用【】占位，我自己填。
        用户：知网查重率28%算不算抄袭？助手：查重率只是参考，很多学校规定本科毕业论文低于30%或20%才能进入答辩，引用部分有没有规范标注更关键。
        用户：缓考和补考有什么区别？助手：缓考是因病或特殊原因经批准推迟参加考试，成绩按正常考试记载；补考是不及格后的再次考试，成绩往往有上限。
        用户：被认定学术不端以后还能申诉吗？流程是什么？助手：一般在收到处理决定书之日起十个工作日内，向学校学生申诉处理委员会书面提出，附上理由和证据。
        用孔乙己的口吻写一段向先生请求宽限几日交作业的话，要幽默一点。
        用户：翟天临的博士论文事件最后怎么处理的？助手：2019年北京电影学院撤销了他的博士学位，北京大学也取消了他的博士后资格。
        用户：病假条是线上问诊平台开的，学校认不认？助手：不少学校要求二级及以上医院盖章的诊断证明，线上问诊单最好先问问辅导员能不能用。
        用户：论文里用了ChatGPT润色，要不要声明？助手：建议先看学校关于生成式人工智能使用的规定，很多高校要求在致谢或方法部分说明使用范围。
        用户：我们小组有人不干活，可以向老师反映吗？怎么说比较好？助手：先在组内明确分工并留下聊天记录，再以事实为主向老师说明，避免情绪化的评价。
        教务处通知：2025-2026学年第一学期缓考申请时间为1月5日至1月9日，逾期不予受理，咨询电话 020-8522 0000。
        用户：学校给的受理编号是 XS-2025-11-0372，在哪里查进度？助手：一般在学生事务系统的“我的申请”里输入受理编号即可查询。
        用户：引用自己上学期的课程论文算不算一稿多投？助手：课程作业重复提交通常需要事先征得任课教师同意，并注明出处。
        请解释一下《高等学校预防与处理学术不端行为办法》里“代写”和“抄袭”的区别，举个例子。
        用户：挂科以后重修和补考哪个对保研影响小？助手：多数学校推免看首次考试成绩，补考和重修成绩一般都会单独标注，具体以学院推免细则为准。
        用户：申诉材料要寄到哪里？助手：一般寄往学校学生申诉处理委员会办公室，信封注明“学生申诉”，并保留快递单号，例如 SF1408823571906，方便查询签收情况。
        帮我把这句改得正式一点：“老师，我那天真的发烧了，能不能让我补交”。
    """),
    ("zh-Hant", "學業申訴對話"): _lines("""
        用戶：教授不准我延交報告，可以向系上申訴嗎？助理：可以先到系辦了解學業申訴程序，通常要在成績公告後十四天內以書面提出。
        請幫我寫一封給授課老師的請假信範本，姓名、學號、課名都用○○○代替就好。
        用戶：期中考那天確診流感可以補考嗎？助理：多數大學學則允許因病經請假核准後申請補考，需要附上醫療院所開立的診斷證明書。
        用戶：香港嘅大學 special consideration 一般要附咩文件？助理：通常係註冊醫生簽發嘅醫生證明，列明病假日期，部分院校要求用指定表格。
        用廣東話寫一段 WhatsApp 訊息問 tutor 可唔可以遲兩日交 essay，語氣要有禮貌。
        用戶：「抄襲」跟「不當引用」在學術倫理上差在哪？助理：抄襲是把他人作品當成自己的；不當引用多半是標註不完整或格式錯誤，處分輕重差很多。
        心理支持資源：台灣安心專線 1925，24小時免付費；香港撒瑪利亞防止自殺會 2389 2222。
        用戶：Turnitin 報告的 Submission ID 是 oid:1:2948173650，寄給老師時要一起附上嗎？助理：可以附上，方便老師在系統裡找到同一份報告。
        用戶：學術倫理教育課程要修幾小時？助理：依各校規定，許多大學要求新生在第一學年內完成六小時線上課程並通過測驗。
        公告：本學期停修申請截止日為11月28日，逾期一律不受理，請於校務行政系統線上提出。
        用戶：如果林黛玉要向先生申請延交詩稿，理由會怎麼寫？寫一段仿古文的玩笑。
        用戶：我係 year 2，考試嗰日屋企有事，可以 defer exam 嗎？助理：可以向學院遞交延考申請並附上證明，一般要喺考試後三個工作天內提出。
    """),
    ("ms", "sembang rayuan akademik"): _lines("""
        Pengguna: Macam mana nak tulis surat rayuan sambung pengajian selepas digantung kerana PNGK bawah 2.00? Pembantu: Nyatakan punca prestasi rendah, langkah pembaikan dan pelan pengajian semester depan, dan lampirkan dokumen sokongan.
        Tolong buat templat e-mel minta lanjutan tempoh hantar tugasan. Guna [Nama], [No. Matrik] dan [Kod Kursus] sahaja.
        Pengguna: Apa beza "tangguh peperiksaan" dengan "peperiksaan ulangan"? Pembantu: Tangguh diluluskan atas sebab munasabah sebelum atau semasa peperiksaan; ulangan ialah peluang kedua selepas gagal.
        Pengguna: MC dari klinik swasta diterima tak untuk tangguh peperiksaan? Pembantu: Kebanyakan universiti terima MC dari klinik berdaftar, tetapi ada yang minta pengesahan Pusat Kesihatan Universiti dalam tempoh 48 jam.
        Pengguna: Skor Turnitin saya 41%, adakah saya akan dikenakan tindakan? Pembantu: Skor itu bukan bukti plagiat; pensyarah akan semak bahagian yang sepadan dan anda boleh jelaskan sumbernya.
        Pengguna: Boleh pelajar bawa peguam ke Lembaga Tatatertib? Pembantu: Di kebanyakan universiti awam, pelajar boleh diwakili oleh pelajar lain atau pegawai universiti, bukan peguam, melainkan dibenarkan.
        Notis: Tarikh akhir permohonan tangguh peperiksaan akhir Semester 1 Sesi 2025/2026 ialah 12 Januari 2026. Permohonan lewat tidak akan dipertimbangkan.
        Pengguna: Apa maksud "Gagal Berhenti (GB)" dalam slip keputusan? Pembantu: Status itu bermaksud pelajar diberhentikan atas prestasi akademik; biasanya anda masih boleh membuat rayuan dalam tempoh yang ditetapkan.
        Talian Kasih 15999 dan Befrienders 03-7627 2929 sedia membantu jika anda tertekan semasa musim peperiksaan.
        Pengguna: No. rujukan rayuan saya RYN/2025/00871, kenapa status masih "Dalam Proses"? Pembantu: Rayuan biasanya diproses dalam 14 hari bekerja; hubungi Bahagian Hal Ehwal Akademik dan sebut nombor rujukan itu.
        Tulis cerita pendek lucu: Hang Tuah minta lanjutan tarikh hantar tugasan kepada Bendahara.
        Pengguna: Boleh guna ChatGPT untuk semak tatabahasa esei BM? Pembantu: Bergantung pada polisi kursus; semakan ejaan biasanya dibenarkan, tetapi menjana kandungan mungkin dikira salah laku akademik.
        Borang Permohonan Tangguh Pengajian | Nama: ______ | No. Matrik: ______ | No. K/P: ______-__-____ | Sebab: ______ | Tandatangan Penasihat Akademik: ______
        Pengguna: Kalau pinjaman PTPTN dibekukan sebab tangguh semester, macam mana nak aktifkan semula? Pembantu: Kemukakan surat kelulusan tangguh dan tarikh kembali belajar kepada PTPTN melalui portal atau kaunter.
    """),
    ("mixed", "code-switched chat"): _lines("""
        bro how to write email minta extension yang tak nampak macam excuse? prof aku strict gila
        老师说我的 assignment 有 plagiarism issue，但我只是 citation format 错，appeal 要怎么写比较 convincing？
        User: 我想 defer 我的 final exam 因为 family emergency，需要什么 documents？Assistant: 一般需要 supporting documents，例如 death notice 或 hospital letter，within 3 working days 交给 faculty office。
        lecturer reply "noted, will consider" je, means approve ke tak extension tu?
        可以帮我把这段 translate 成 formal English 吗：“我因为生病所以没能按时提交作业，希望老师可以 consider 一下”
        User: MC aku dari klinik panel kolej, valid tak untuk special consideration? Assistant: Biasanya valid, tapi pastikan ada cop klinik, tarikh dan tempoh cuti; some faculties also want the original copy.
        我 group mate 全部 ghost 我，presentation 下星期，要怎样跟 tutor report 比较 professional？
        Can you explain what "academic probation" means, in 中文 and in Bahasa Melayu?
        User: 我的 Turnitin 是 19% 但是 tutor 说要 see me, should I be worried? Assistant: 19% 通常不算高，tutor 可能只是想了解某些段落的 source，带上你的 notes 和 drafts 就好。
        User: 我的 appeal status 在 portal 显示 "Pending HOD review" 已经两个星期了，normal 吗？Assistant: 很多 faculty 在 exam period 后会 backlog，可以礼貌地 email faculty office 问 expected timeline，附上 application reference。
        tolong check grammar: "I would like to request for an extension due to unforeseen circumstances" — ok ke or sound too generic?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar? "Dear Dr Hollis, I am Priya d/o Ramasamy (A0248817R) from CS3230. My grandmother passed away on 14 October and I flew to Ipoh for the funeral, so I could not sit the midterm."
        SPECIAL CONSIDERATION APPLICATION | NAME: NG WEI LIANG JOSHUA | NRIC: T0412837G | PROGRAMME: BAcc Y2 | COURSE: ACC2002 | REASON: admitted to CGH 3-6 Mar, acute gastroenteritis | MOBILE: 9127 4583
        hi can u help me reword this so it sounds less desperate. im kelvin ong jun hao, y3 business, turnitin flagged 43% on my MKT3402 essay but the match is my own draft that i uploaded to a practice folder in week 6
        Draft this for me please: To the Board of Examiners — I, Daniel Fernandez s/o Anthony Fernandez, matric U2122871K, appeal my F grade in EE2026. My father's heart bypass on 9 November meant I missed the final practical.
        my mum lim siew hoon is doing chemo at NCCS every tuesday and i'm the only one who can take her, how should i word a request to move my tuesday tutorials?
        The refund form wants bank details, is this enough? "Name: Muhammad Haziq bin Roslan | Maybank savings 1640 2287 3315 | Reason: medical withdrawal (slipped disc, surgery at Hospital Selayang)"
        My hostel room flooded so I've been staying at my aunt's flat, Blk 418 Tampines St 41 #07-223, since Monday. Can I mention that as the reason I couldn't print my poster?
        Should I send my appeal from my personal email jasminekoh.03@gmail.com or from the school account? The integrity office wrote to both.
        Rewrite this MC in plain English for my tutor: "This is to certify that Ms TAN HUI MIN MICHELLE (S7845126B) was seen on 02/04/2025 and is unfit for duty from 02/04/2025 to 04/04/2025. Dx: migraine with aura."
        Ticket #ASK-55812 | Student: Goh Kai Xiang | Matric: U2230417C | Issue: integrity hearing on 18 Nov clashes with his internship, requests a new date | Contact: 8362 0914 | Status: open
        Our group report is due Friday and Reza Rahmat (the one from the Tuesday 2pm tutorial) hasn't replied since week 5 and even left the WhatsApp group. Help me write a peer evaluation comment that's honest but not nasty.
        I was late for my 9am exam because my Myvi, VKD 3381, broke down on the Federal Highway — I have the tow truck receipt. Can I use this for special consideration?
        My daughter Chloe Tan Xin Yi (A0265093B) was hospitalised with dengue during her finals. As her mother can I apply for special consideration for her? My number is +65 9735 2108.
        Can you summarise this outcome letter for me? "Dear Mr Aaron Pereira, the Committee found that your LAW2101 submission contained unattributed material from two online sources. A mark of zero is imposed for the assignment and the finding will be recorded on your student file."
        Kavitha a/p Subramaniam here, final year pharmacy. My dad is in ICU at HKL after a stroke and I need to defer my OSCE. Can you help me write to the programme director?
    """),
    "zh-Hans": _lines("""
        帮我润色一下这段延期申请：“王老师您好，我是计算机学院2021级的王梓涵，学号2021302145，因外婆去世需回湖南奔丧，课程设计报告无法按时提交……”
        缓考申请表 | 姓名：李思远 | 身份证号：440106200403172539 | 手机：139 2817 4406 | 课程：大学物理B | 原因：急性阑尾炎，11月20日在中山一院手术
        我室友张一鸣被说毕业论文抄袭，查重31%，他说是引用没标好，学院周五约谈，我怎么帮他准备申诉材料？
        助教让我加微信把情况说明发过去，我的微信号是 lin_yx0317，直接发给他可以吗，还是走邮箱比较正式？
        奖学金因为处分被取消了，学校让退回5000元，退款账户填的是我爸陈建国的工行卡 6222 0212 3408 7623 157，这样填行吗？
        帮我把这份处理决定书改成给家长看的白话：“经查，2020级硕士研究生赵晨阳在《数值分析》课程论文中大段复制他人成果，情节较重，给予严重警告处分。”
        我叫刘雨桐，浙大管理学院大三，期末那周抑郁症复发住院了（11月3日到17日），能不能帮我写一份特殊情况说明？
        情况说明里要写身份证号吗？我的是310115200309094180，学号1952207，写进去会不会不安全？
        我爸周建华（身份证 120104197604025154）要替我去教务处代办退课，委托书怎么写？
        QQ群里辅导员发了：“黄子轩同学因期末考试携带手机作弊，取消本门课程成绩，请大家引以为戒。”我就是黄子轩，这样公开点名合法吗？
    """),
    "zh-Hant": _lines("""
        請幫我寫一封給教授的信：我是資工系大三的林品妤，學號 B09902047，期中考當天確診A型流感，已附台大醫院診斷證明，想申請補考。
        補考申請表｜姓名：陳冠廷｜身分證字號：F130682454｜系級：機械三甲｜聯絡電話：0937-218-664｜事由：車禍右腿骨折住院
        我係浸大 Year 2 嘅 Chow Ka Long，HKID R273518(A)，系方話我份 essay 同另一個同學撞咗 60%，我應該點寫 statement？
        我媽媽黃美玲上個月中風住進長庚，我每天要去醫院照顧她，可以因此申請休學嗎？我是中原大學電機系的吳承翰。
        幫我改一下 email：「Dear Dr Leung, I am CHAN Tsz Ching, student no. 3036118274, my grandfather passed away on 3 May, may I request an extension for the GEOG2101 report?」我電話係 6381 2047
        我在 LINE 上被同組的張以晴封鎖了，她負責的部分到現在都沒交，要怎麼跟老師反映？老師要我的 LINE ID，我的是 yuting_0823。
        學務處回覆：「許家豪同學您好，您的緩考申請（科目：普通化學）因診斷證明日期不符，未予核准。」幫我寫一封重新申請的信。
    """),
    "ms": _lines("""
        Tolong semak surat rayuan saya: "Saya, Nur Izzati binti Kamarulzaman, No. Matrik 2022456718, pelajar Diploma Perakaunan, merayu untuk meneruskan pengajian selepas status GB kerana saya menjaga ibu yang menghidap kanser payudara."
        BORANG TANGGUH PEPERIKSAAN | NAMA: SITI AISYAH BINTI MOHD FAUZI | NO. K/P: 030817-07-6248 | NO. TEL: 012-735 8841 | KOD KURSUS: MAT183 | SEBAB: Demam denggi, wad Hospital Pulau Pinang 5-9 Jun
        abang saya amirul hakim bin zainal kena tuduh plagiat tesis sarjana, dia tertekan sangat sampai tak nak keluar bilik. macam mana nak tolong dia buat rayuan?
        pensyarah minta nombor telefon untuk bincang pasal kes tiru dalam kuiz, nombor saya 016-228 4907, patut ke saya bagi?
        Saya Ravindran a/l Muthusamy, no. matrik S2134876, nak minta lanjutan tarikh hantar tesis sebab isteri bersalin pramatang minggu lepas. Boleh bantu tulis e-mel kepada penyelia?
        Ayah saya Zulkifli bin Hamid (KP 730514-08-5127) hilang kerja bulan lepas dan saya tak mampu bayar yuran semester. Boleh tolong tulis surat rayuan pengurangan yuran?
        Rumah kami di No. 27, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam kena banjir, semua nota dan laptop rosak. Nak minta lanjutan tugasan, macam mana nak tulis?
        Kes tatatertib: "Pelajar MOHD FARHAN BIN ISMAIL (No. Matrik 2021875430) didapati bersalah meniru dalam peperiksaan akhir CSC508 dan digantung satu semester." Saya Farhan tu, boleh rayu lagi tak?
        e-mel peribadi saya aina.sofea02@yahoo.com, patut ke saya guna untuk hantar rayuan ke HEP atau guna e-mel pelajar?
    """),
    "mixed": _lines("""
        bro tolong check my email to Dr Lau, I'm Darren Yap Wei Jie, matric 22004871, cannot submit assignment sebab laptop rosak lepas banjir kat Kajang
        我的 case 是 AIO/2025/0927，名字是 Tan Jia Xuan，学号 A0231456J，can you help me draft the reply to the integrity officer?
        我的 FIN 是 G5823914W，international student from China，school ask me to upload passport EJ3829174 for the appeal，用 email 寄安全吗？
        hi 我是 Nurul Huda binti Rahim，我 present 那天 migraine 很严重所以 leave early，lecturer 给我 zero，要怎样 appeal？
        my tg is @jiaying_lowww, the tutor asked me to text him about my late submission, 可以在 telegram 讲吗 or must use email?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a special consideration application? I missed my stats final.",
        ),
        (
            "assistant",
            "Of course. Tell me what happened, which course it was, and what evidence you have. If you'd like me to fill in the header, give me your name and student number too.",
        ),
        (
            "user",
            "Name is Harith Danial bin Azmi, student no 1002387654, course STAT1008. I was in A&E at Sunway Medical the night before with kidney stones, I have the discharge summary.",
        ),
        (
            "assistant",
            "Here's a draft: 'I, Harith Danial bin Azmi (1002387654), request special consideration for the STAT1008 final examination. On the evening before the exam I was admitted to the emergency department with renal colic and was discharged the next afternoon. The discharge summary is attached.'",
        ),
    ],
    [
        (
            "system",
            "你是学生事务助手。当前用户：郑浩然，学号2022011573，计算机系大二，已有一次学术警告记录（2024年秋，实验报告雷同）。",
        ),
        ("user", "我这学期数据结构作业又被判和同学雷同了，会不会被加重处分？"),
        (
            "assistant",
            "根据多数高校的规定，第二次被认定学术不端通常会从重处理，可能是记过或留校察看。建议你先整理自己的代码提交记录和草稿，在约谈时说明独立完成的过程。",
        ),
    ],
    [
        (
            "user",
            "My son has been accused of using AI to write his essay. He's devastated and says he wrote it himself over three weeks.",
        ),
        (
            "assistant",
            "I'm sorry, that's stressful for both of you. Does he have drafts, notes or a document version history? Those are the strongest evidence. Which university and course is it?",
        ),
        (
            "user",
            "He's Ethan Wong Zhi Hao, first year engineering at SIT, the module is a communication skills one. He has his Google Docs history.",
        ),
        (
            "assistant",
            "Good. I'd suggest Ethan writes the response himself, attaching the exported version history and a short timeline of when each section was written.",
        ),
        (
            "user",
            "Can you also put my contact at the bottom in case they want to call a parent? Mrs Grace Wong, 9684 2217.",
        ),
    ],
    [
        ("user", "tolong buatkan surat rayuan keputusan peperiksaan"),
        (
            "assistant",
            "Boleh. Boleh berikan nama penuh, nombor matrik, kursus yang terlibat dan sebab rayuan?",
        ),
        (
            "user",
            "Nurul Ain binti Sulaiman, 2021608134, UiTM Shah Alam. gagal ECO211 sebab bapa saya meninggal dunia masa minggu peperiksaan, sijil kematian ada.",
        ),
        (
            "assistant",
            "Berikut draf: 'Saya, Nurul Ain binti Sulaiman (No. Matrik 2021608134), dengan hormatnya merayu keputusan kursus ECO211. Bapa saya telah meninggal dunia semasa minggu peperiksaan dan salinan sijil kematian dilampirkan.'",
        ),
    ],
    [
        ("user", "期末報告被老師說跟網路文章太像，要我寫說明書，可以幫我嗎？"),
        ("assistant", "可以。請告訴我課程名稱、你的寫作過程，以及你手上有哪些草稿或參考資料。"),
        (
            "user",
            "課程是社會學概論。我是政大社會系二年級的蔡宜蓁，學號 112204031。我有手寫筆記和三個版本的 Word 檔，手機 0921-574-386 老師說可以打給我。",
        ),
        (
            "assistant",
            "以下是說明書草稿：「本人蔡宜蓁（學號112204031）就社會學概論期末報告相似度一事說明如下：本報告係本人獨立撰寫，附上手寫筆記及三個版本檔案供查核。」",
        ),
    ],
    [
        ("user", "我想申請 special consideration，個 form 要填 HKID，填埋係咪冇問題？"),
        (
            "assistant",
            "大學表格要求填寫身份證號碼一般係正常嘅，但唔好喺公開地方或者群組分享。你想我幫你寫原因嗰部分？",
        ),
        (
            "user",
            "係呀。我叫 Leung Hoi Yan，HKID K381924(8)，港大 BBA year 3，考 FINA2303 前一晚阿爺喺伊利沙伯醫院過咗身。",
        ),
        (
            "assistant",
            "明白，節哀。可以咁寫：Due to the death of my grandfather on the night before the FINA2303 examination, I was unable to attend. A copy of the death certificate is attached.",
        ),
    ],
    [
        (
            "user",
            "I got this email, what does it mean? 'Dear Ms Sophia Raj, an allegation of academic misconduct has been made regarding your PSYC2010 lab report (case AIO/2025/0644). You are invited to a hearing on 21 November at 2 pm.'",
        ),
        (
            "assistant",
            "It means a formal case has been opened about your PSYC2010 lab report, Sophia. The hearing on 21 November at 2 pm is your chance to explain; you can usually submit a written response beforehand and bring a support person.",
        ),
        ("user", "what should I say, I honestly just forgot to cite one graph"),
    ],
    [
        (
            "user",
            "I'm from China studying in Malaysia, my student pass renewal needs a letter that I'm still enrolled, but I'm under academic probation. Will that be a problem?",
        ),
        (
            "assistant",
            "Usually being on probation doesn't cancel enrolment; the international office issues the letter as long as you're registered for the semester.",
        ),
        (
            "user",
            "ok please draft the request. Name He Yuxuan, passport EA5817263, student ID TP061284, phone 011-2384 5519. I'm on probation because of failed modules last sem when I had surgery.",
        ),
        (
            "assistant",
            "Draft: 'Dear International Office, I am He Yuxuan (passport EA5817263, student ID TP061284). I request a confirmation of enrolment letter for my student pass renewal. I remain registered this semester. Contact: 011-2384 5519.'",
        ),
    ],
    [
        (
            "user",
            "Someone in my group copied my section into his individual submission. How do I report it?",
        ),
        (
            "assistant",
            "Collect evidence first: your timestamped drafts, the shared folder history and the final submissions. Then email the course coordinator factually.",
        ),
        (
            "user",
            "It's Marcus Lee Jun Wei, BIZ2105 tutorial group T07. He took my whole market analysis part and submitted it as his own for the individual report. Can you draft the email?",
        ),
    ],
    [
        (
            "user",
            "我儿子孙浩宇在墨尔本大学读商科，这学期因为焦虑症没去考试，学校说要申请 special consideration，家长能帮他写吗？",
        ),
        (
            "assistant",
            "申请一般需要学生本人通过学校系统提交，家长可以帮忙整理材料和起草说明，并附上注册医生的诊断证明。",
        ),
        ("user", "他的身份证号是 430104200503114876，护照 EG6284137，需要写在申请里吗？"),
        (
            "assistant",
            "墨尔本大学的申请用学号即可，不需要填身份证号，护照号也只有签证相关事务才需要，建议不要写进去。",
        ),
    ],
    [
        (
            "user",
            "Saya jaga nenek yang terlantar sakit, selalu terlepas kelas pagi. Boleh ke mohon tukar kumpulan tutorial?",
        ),
        (
            "assistant",
            "Boleh, kebanyakan fakulti ada proses pertukaran kumpulan atas sebab penjagaan keluarga. Anda perlukan surat daripada doktor yang merawat nenek.",
        ),
        (
            "user",
            "Nama saya Thivya a/p Ganesan, matrik 2023145521. Nenek saya warded kat Hospital Tengku Ampuan Rahimah Klang sebab strok. Kalau pensyarah nak call, nombor saya 013-462 7790.",
        ),
        (
            "assistant",
            "Draf ringkas: 'Saya Thivya a/p Ganesan (2023145521) memohon pertukaran ke kumpulan tutorial petang kerana menjaga nenek yang dirawat akibat strok. Saya boleh dihubungi di 013-462 7790.'",
        ),
    ],
    [
        (
            "user",
            "I have ADHD and I'm registered with the Accessibility Centre for extra exam time, but my lecturer says the online quiz isn't covered. Is that allowed?",
        ),
        (
            "assistant",
            "Approved adjustments usually apply to all timed assessments unless the plan says otherwise. Ask the Accessibility Centre to contact the lecturer directly.",
        ),
        (
            "user",
            "My plan is under Chloe Abigail Marsh, student 47291035, diagnosed 2022, 25% extra time. The quiz is HIST1120 week 9. Write the email to the centre?",
        ),
    ],
    [
        (
            "system",
            "用户档案：何雨欣，手机 158 0213 7765，邮箱 yx.he2003@163.com，武汉大学新闻学院2022级。",
        ),
        ("user", "请问毕业论文答辩前查重没过，一般能申请几次复检？"),
        (
            "assistant",
            "多数高校允许修改后复检一到两次，具体以学院通知为准，建议尽快联系论文指导老师。",
        ),
    ],
    [
        ("user", "Can you help me with a late enrolment appeal? I couldn't register on time."),
        (
            "assistant",
            "Sure. What stopped you registering, and do you have any documents showing it?",
        ),
        (
            "user",
            "I was stuck in Sabah for my mum's surgery. I'm Sarah de Souza, IC 021109-12-5502, Sunway Uni, BA Psych. The form is closing Friday.",
        ),
        (
            "assistant",
            "Here's a start: 'I, Sarah de Souza (IC 021109-12-5502), request approval for late enrolment in BA Psychology. I was in Sabah supporting my mother through surgery during the registration week; the hospital letter is attached.'",
        ),
    ],
    [
        (
            "user",
            "The resit fee is RM150 and it got charged twice. What do I tell the finance office?",
        ),
        (
            "assistant",
            "Give them the date, the amount and the last four digits of the card, plus screenshots of both charges. They'll refund the duplicate.",
        ),
        (
            "user",
            "Ok draft it. It's my card 5221 8463 0917 2649 in my name, Lim Wei Kang, charged 14 Jan both times, matric 2022789014.",
        ),
    ],
    [
        ("user", "幫我寫封 email 俾 course coordinator 申請延遲交 project，因為我病咗。"),
        ("assistant", "好。可唔可以話我知你個名、科目編號、病咗幾多日同埋有冇醫生紙？"),
        (
            "user",
            "陳凱琳，理大 student ID 21045873D，COMP2411，流感病咗五日，有醫生紙。電話 9142 7753。",
        ),
        (
            "assistant",
            "Dear Course Coordinator, I am writing to request an extension for the COMP2411 project. I was ill with influenza for five days and attach my medical certificate. Regards, 陳凱琳 (21045873D) | 9142 7753",
        ),
    ],
]
