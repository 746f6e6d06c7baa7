# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat62: chats asking an assistant for help with one's own appraisals, PIPs, HR complaints and resignation. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat62
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat"): _lines("""
        User: My manager rated me "partially meets expectations" even though I hit every KPI on my scorecard. How do I respond in the employee comments box without sounding defensive? Assistant: Stick to evidence. List each KPI with its target and your actual result, then ask which specific behaviours led to the rating so you have something concrete to work on.
        User: What's the difference between a PIP and a written warning in Singapore? Assistant: A PIP is a developmental plan with goals and a review period; a written warning is a disciplinary record. Neither is defined in the Employment Act, so your company handbook decides how each is used.
        User: Is it normal for a PIP to be only 30 days? Assistant: Many employers use 60 to 90 days. Thirty days is short, so it is reasonable to ask for a longer window or for weekly check-ins with written feedback.
        User: How do I ask for a raise during my mid-year review? Assistant: Bring market salary data, a short list of outcomes you delivered since your last increment, and a specific figure or range instead of asking vaguely.
        User: I took medical leave twice this year and now my appraisal mentions "reliability concerns". Is that allowed? Assistant: Approved medical leave should not be treated as a performance issue. You can ask HR in writing whether the MC days were counted against you and request that the comment be reviewed.
        User: Can you explain Jack Welch's "vitality curve" and why companies moved away from forced ranking? Assistant: Welch sorted GE employees into a top 20%, a vital middle 70% and a bottom 10%. Critics said it encouraged internal competition and sandbagging, and Microsoft dropped its stack ranking system in 2013.
        User: In The Office, how does Michael Scott run performance reviews? I want a funny opener for our team offsite. Assistant: He treats them as a popularity contest and avoids anything uncomfortable, which makes a good contrast for a session about giving honest, specific feedback.
        User: How long is the notice period in Malaysia if my contract says nothing? Assistant: Under section 12 of the Employment Act 1955 it is four weeks if you have served less than two years, six weeks for two to five years, and eight weeks for five years or more.
        User: Should I accept a counter-offer after I've already resigned? Assistant: Ask yourself whether money was the real reason you wanted to leave. If it was the manager, the workload or the lack of growth, a raise rarely fixes that for long.
        User: How do I write a self-assessment for a 360 review when I hate bragging? Assistant: Describe the situation, what you did and the measurable result. Facts read as confident without sounding boastful.
        User: What should I bring to a meeting with HR about a bullying complaint? Assistant: A dated log of incidents, the names of any witnesses, copies of messages or emails, and a clear statement of the outcome you want.
        User: My boss keeps booking our 1:1s at 8pm. Is there a polite way to push back? Assistant: Try: "Could we move our 1:1 into core hours? I'm able to give it more focus before 6pm." Offer two alternative slots so it is easy to say yes.
        User: Can my employer hold back my last salary if I don't serve the full notice? Assistant: They can usually offset salary in lieu of notice as the contract allows, but not make other deductions without basis. In Singapore you can approach TADM for mediation if you disagree.
        User: Summarise Satya Nadella's "growth mindset" idea for one slide on performance feedback. Assistant: Shift from "know-it-all" to "learn-it-all": reward learning from setbacks, ask for feedback openly, and judge impact on others as well as individual results.
        User: What is a calibration meeting? Assistant: It is a session where managers compare proposed ratings across teams so that the same standard is applied and no single manager rates too harshly or too generously.
        User: Rewrite this so it sounds professional: "I'm quitting because this place is a circus." Assistant: "I have decided to resign in order to pursue an opportunity that is a better fit for my goals."
        User: Is it a red flag if HR asks me to sign my PIP on the spot? Assistant: You can ask for a day to read it. Signing usually means you acknowledge receiving it, not that you agree, and you can add written comments.
        User: How do I tell my team I'm leaving before the official announcement goes out? Assistant: Agree the timing with your manager first, then tell your direct reports in person, thank them, and explain how the handover will work.
        User: Give me three SMART goals for a customer service executive's appraisal. Assistant: Raise first-contact resolution from 72% to 80% by Q2; keep average handling time under six minutes; complete the complaint-handling course by 30 June.
        User: My exit interview is tomorrow. How honest should I be? Assistant: Be specific and calm, focus on processes rather than personalities, and remember that anything you say may be shared with your former manager.
    """),
    ("en", "template"): _lines("""
        Draft a resignation letter: "Dear [Manager Name], please accept this letter as formal notice of my resignation from the position of [Job Title], effective [Last Working Day]. Thank you for the support over the past [X] years."
        Turn this into a clean form for our HR portal: Employee Name: ________ | Staff ID: ________ | Review Period: 1 Jan 2026 – 31 Dec 2026 | Overall Rating: ☐ Exceeds ☐ Meets ☐ Below | Reviewer: ________
        Write a PIP template with sections for Objective, Success Measure, Support Provided and Review Date, using {employee_name} and {manager_name} as merge fields.
        Give me a grievance form template for a Malaysian SME: Complainant: <name> / IC No.: <XXXXXX-XX-XXXX> / Department: <dept> / Incident date: <DD/MM/YYYY> / Description: <free text>
        Help me make this reply to HR sound polite: "Hi [HRBP name], thanks for sharing my appraisal outcome. I'd like to schedule 30 minutes to go through the rating before I sign off."
        Write a reference request email template: "Dear Mr/Ms ____, I am applying for the role of ____ at ____ and would be grateful if you could act as a referee for me."
        Fix the Jinja in this reminder: "Dear {{ employee.first_name }}, your mid-year review with {{ manager.full_name }} is scheduled on {{ review_date }} at {{ review_time }}."
        Write the acknowledgement HR sends back after a resignation: "We acknowledge receipt of your resignation letter dated [date]. Your last day of service will be [date], and your final salary will be credited on [date]."
        Draft an email asking for a meeting with my skip-level manager about a conflict with my direct manager. Keep it neutral and don't name anyone.
        Make me a self-review table with four columns: What I achieved | Evidence | What I'd do differently | Support I need.
        Give me a neutral incident report format: "On [date], at about [time], [name of person] said the following in [location]: [exact words]. Witnesses present: [names]."
        Make a checklist of things to return on my last day: laptop, access card, company phone, parking label, corporate card and any confidential files.
        Turn these bullet points into a short resignation email: got a better offer, grateful for the mentoring, last day as per contract, happy to help with the handover.
        List five phrases a manager can use to open constructive feedback in an appraisal, like "I noticed that..." and "What would help you to...".
    """),
    ("zh-Hans", "chat"): _lines("""
        用户：年度绩效被打了C，评语说我"主动性不足"，面谈的时候我该怎么回应？ 助手：先请主管举出具体事例，再用数据说明你负责的项目成果，最后主动提出下个周期的改进目标。
        用户：公司让我签绩效改进计划（PIP），不签会怎么样？ 助手：签字通常只代表已收到。按照《劳动合同法》第四十条，员工不能胜任工作，经过培训或者调整岗位仍不能胜任的，公司才可以提前通知解除合同。
        用户：裸辞之前要注意什么？社保断缴一两个月影响大吗？ 助手：先确认所在城市买房、落户、摇号对连续缴纳的要求，必要时可以以灵活就业身份续缴。
        用户：帮我写一封简短的辞职信模板，称呼用"尊敬的XX经理"。 助手：尊敬的XX经理：因个人发展原因，本人申请辞去XX岗位职务，预计最后工作日为X月X日，在此期间会做好工作交接。感谢公司的培养！
        用户：《杜拉拉升职记》里杜拉拉是怎么处理和上司玫瑰之间的矛盾的？我想在部门分享会上讲讲。 助手：杜拉拉没有正面冲突，而是把工作做得足够扎实，同时主动和更高层沟通，让成绩被看见。
        用户：任正非说的"以奋斗者为本"在华为的考核制度里是怎么体现的？ 助手：主要体现在绩效结果和奖金、股权分配挂钩，强调向一线和贡献大的员工倾斜。
        用户：试用期被辞退，公司说我"不符合录用条件"，需要给赔偿吗？ 助手：公司需要证明录用条件事先告知过你且你确实不符合，否则属于违法解除，可以拨打12333咨询或申请劳动仲裁。
        用户：领导在工作群里公开批评我，我想回复又怕吵起来，怎么说比较得体？ 助手：可以只回复"收到，我会私下跟您确认具体问题"，然后单独沟通，避免在群里解释。
        用户：年终述职PPT一般包括哪几部分？ 助手：年度目标回顾、重点成果与数据、问题与反思、明年计划、需要的支持，五个部分十页以内就够了。
        用户：OKR和KPI有什么区别？我们公司今年从KPI改成OKR了，考核会不会更松？ 助手：OKR重在对齐方向和挑战目标，很多公司不直接把OKR完成度和奖金挂钩，但会另外做绩效评价。
        用户：同事总把我的方案说成是他的，怎么办？ 助手：重要方案尽量用邮件发出并抄送主管，周会上主动汇报自己负责的部分，留下可以追溯的记录。
        用户：离职证明上可以写离职原因吗？ 助手：《劳动合同法实施条例》第二十四条规定，离职证明应写明劳动合同期限、解除或终止日期、工作岗位和工作年限，一般不写负面原因。
        用户：劳动仲裁申请书怎么写？个人信息部分请都用"XXX"代替。 助手：申请人：XXX，性别：X，身份证号：XXXXXXXXXXXXXXXXXX，住址：XXX；被申请人：XXX有限公司；仲裁请求：一、……；事实与理由：……
        用户：考核表示例里写"员工张三，工号XXXX，本季度考核结果为B"，这种格式规范吗？ 助手：格式没问题，建议补上考核周期、评分人和评分依据，方便员工核对。
    """),
    ("zh-Hant", "chat"): _lines("""
        用家：公司話我 appraisal 唔達標，叫我簽 PIP，我應唔應該簽？ 助理：可以先要求公司以書面列明具體目標、評核標準同檢討日期，簽名前亦可以加上你自己嘅意見。
        使用者：在台灣被主管暗示「自請離職」，這樣還能拿資遣費嗎？ 助理：如果實際上是公司要你走，應該走資遣程序，依《勞動基準法》計算資遣費，也可以撥打1955勞工諮詢申訴專線。
        用家：香港《僱傭條例》下，辭職要俾幾耐通知期？ 助理：試用期完結後，通知期按合約計但唔可以少過七日；如果合約冇寫明，一般係一個月。
        使用者：考績被打乙等，年終獎金會不會被扣？ 助理：要看公司的獎金辦法，多數公司獎金是依考績等第計算，建議向人資索取書面規定。
        用家：同事成日喺 WhatsApp group 度寸我，我想投訴，HR 一般會點處理？ 助理：通常會先收書面投訴同證據，再分別約見雙方，所以記得保留截圖同日期。
        使用者：幫我把這句話改得委婉一點：「我覺得這次考核根本不公平。」 助理：「我對這次考核結果有些疑問，希望能進一步了解評分依據。」
        用家：平等機會委員會處理咩類型嘅投訴？ 助理：主要係性別、懷孕、殘疾、家庭崗位同種族歧視，以及性騷擾，工作場所嘅個案佔好大部分。
        使用者：離職面談要不要講真話？ 助理：可以講，但盡量具體、就事論事，把重點放在制度和流程，不要針對個人。
        用家：《穿Prada的惡魔》入面 Miranda 算唔算一個好上司？我想寫篇 blog 講 toxic boss。 助理：佢要求極高亦唔理下屬感受，但作為虛構角色，啱用嚟討論「高標準」同「情緒勒索」嘅分別。
        使用者：張忠謀在台積電時期對績效管理有什麼看法？我要寫報告。 助理：他公開談過重視紀律與誠信，也主張淘汰長期表現不佳的員工，可以從他的演講和自傳找引用來源。
        用家：勞工處嘅諮詢熱線係咩號碼？ 助理：可以打勞工處 2717 1771 查詢僱傭權益，亦可以去各區勞資關係科辦事處。
        使用者：請給我一份離職交接清單範本，欄位包括：工作項目／目前進度／接手人（待填）／截止日。 助理：好的，以下表格接手人欄位先留空，由主管指派後再填寫。
    """),
    ("ms", "chat"): _lines("""
        Pengguna: Bos beri saya markah 2 daripada 5 dalam penilaian prestasi tahunan. Macam mana nak buat rayuan? Pembantu: Minta salinan borang penilaian, senaraikan pencapaian berserta bukti, dan hantar rayuan bertulis kepada HR dalam tempoh yang ditetapkan.
        Pengguna: Berapa lama notis berhenti kerja kalau kontrak tak sebut langsung? Pembantu: Mengikut seksyen 12 Akta Kerja 1955, empat minggu jika berkhidmat kurang dua tahun, enam minggu untuk dua hingga lima tahun dan lapan minggu untuk lima tahun ke atas.
        Pengguna: Tolong buat templat surat letak jawatan dalam bahasa Melayu. Pembantu: Kepada [Nama Pengurus], Saya, [Nama Penuh], dengan ini memaklumkan peletakan jawatan saya sebagai [Jawatan] berkuat kuasa [Tarikh]. Sekian, terima kasih.
        Pengguna: Apa itu PIP dan boleh ke syarikat terus pecat saya lepas tamat PIP? Pembantu: PIP ialah pelan penambahbaikan prestasi. Majikan masih perlu buktikan ada sebab yang adil dan peluang yang munasabah sebelum menamatkan perkhidmatan.
        Pengguna: Saya rasa dibuli oleh penyelia. Selain HR, ke mana saya boleh buat aduan? Pembantu: Anda boleh rujuk Jabatan Tenaga Kerja untuk isu gaji dan syarat kerja, atau Jabatan Perhubungan Perusahaan jika dibuang kerja secara tidak adil.
        Pengguna: Boleh tak majikan potong gaji sebab saya ambil cuti sakit yang ada MC? Pembantu: Cuti sakit bergaji dilindungi di bawah seksyen 60F Akta Kerja, jadi potongan gaji untuk MC yang sah boleh dipertikaikan.
        Pengguna: Macam mana nak minta naik gaji masa sesi appraisal? Pembantu: Sediakan data gaji pasaran, senarai sumbangan anda tahun ini dan angka yang spesifik, kemudian minta maklum balas tentang apa yang diperlukan untuk capai angka itu.
        Pengguna: Apa beza "constructive dismissal" dengan berhenti kerja sendiri? Pembantu: Constructive dismissal berlaku apabila majikan melanggar terma asas kontrak sehingga pekerja terpaksa berhenti; tuntutan perlu dibuat melalui Jabatan Perhubungan Perusahaan.
        Pengguna: Tuliskan ayat penutup yang sopan untuk e-mel letak jawatan. Pembantu: "Terima kasih atas peluang dan bimbingan sepanjang saya berkhidmat di sini. Saya akan pastikan serahan tugas berjalan lancar."
        Pengguna: Syarikat minta saya jawab surat tunjuk sebab dalam 48 jam. Apa yang patut saya tulis? Pembantu: Jawab setiap tuduhan satu per satu, nyatakan fakta dan tarikh, lampirkan bukti, dan elakkan nada emosi.
        Pengguna: Borang EA saya tak dapat lagi lepas berhenti kerja. Siapa yang patut keluarkan? Pembantu: Majikan wajib sediakan Borang EA kepada pekerja sebelum akhir Februari setiap tahun, termasuk pekerja yang sudah berhenti.
        Pengguna: Macam mana nak tulis penilaian kendiri untuk jawatan eksekutif akaun? Pembantu: Fokus pada ketepatan laporan, tarikh tutup akaun bulanan dan penambahbaikan proses, setiap satu dengan angka.
        Pengguna: Tan Sri Tony Fernandes pernah cakap pasal budaya kerja di AirAsia kan? Saya nak rujuk untuk pembentangan. Pembantu: Ya, beliau sering menekankan struktur organisasi yang rata dan peluang untuk staf naik dari bawah; rujuk temu bual dan bukunya.
    """),
    ("mixed", "chat"): _lines("""
        User: my boss say my performance "not up to mark" but whole year never give any feedback leh, how to reply? Assistant: Ask politely for specific examples and for the goals you were measured against, then propose regular monthly check-ins going forward.
        User: 老板要我 sign PIP，我应该先 ask for what？ Assistant: 先 request 书面的 goals、衡量标准和 review timeline，签名时可以注明"acknowledge receipt only"。
        User: boleh tolong rewrite email to HR, nak complain OT tak bayar tapi don't want to sound too angry. Assistant: Sure, try: "I would like to seek clarification on the overtime hours for October, which do not appear in my payslip."
        User: 我想 resign 但是 bonus 还没 payout，should I wait until after CNY？ Assistant: 先看 bonus policy 有没有写"必须在发放日仍在职"，有的话最好等发放后再递信。
        User: appraisal form got one section "areas for improvement", apa nak tulis ah? Assistant: Pick one or two real skills, say what you'll do about each, and by when. Don't list weaknesses without a plan.
        User: HR call me for a "casual chat" tomorrow, feel like kena fire already, what should I prepare? Assistant: Bring your contract, recent appraisals and notes; listen first, ask for anything important in writing, and don't sign on the spot.
        User: 公司 restructure，说我的 position redundant，retrenchment benefit 怎样算？ Assistant: 在新加坡法律没有规定固定金额，常见做法是每服务一年补两周到一个月薪水，具体看合约或集体协议。
        User: can explain what is "garden leave" in simple words? Assistant: It means you're still employed and paid during your notice period, but told to stay away from work and not start a new job yet.
        User: 主管每次 1-on-1 都讲很难听的话，this counts as workplace harassment or not? Assistant: 如果是持续的、针对个人的羞辱，就可能构成职场霸凌，建议每次记录时间和原话。
        User: kena transfer to another dept right after I complain, is this retaliation? Assistant: It could be, if the timing and reasons suggest punishment. Ask HR in writing for the business reason behind the transfer.
        User: 幫我寫個 LinkedIn post 講我 resign 咗，keep it positive，唔好提公司壞話。 Assistant: "After four meaningful years, I'm moving on to a new chapter. Grateful to the team for everything I've learned."
        User: my colleague always take credit during team meeting, how to handle without drama one? Assistant: Send a short recap email after each meeting listing who owns which piece, and speak up early on items you led.
    """),
    ("en", "policy"): _lines("""
        Grievance procedure: Step 1 – raise the concern with your immediate supervisor within 14 days. Step 2 – if unresolved, submit Form HR-G01 to your HR Business Partner. Step 3 – escalate to the Head of Department, who will reply within 10 working days.
        Rating scale: 5 Outstanding / 4 Exceeds Expectations / 3 Meets Expectations / 2 Partially Meets / 1 Does Not Meet. Staff rated 1 or 2 in two consecutive cycles will be placed on a Performance Improvement Plan.
        All staff may call the Employee Assistance Programme 24/7 for confidential counselling. The helpline number is printed on the back of your staff pass.
        Salary disputes (Singapore): employees must first register for mediation at TADM; unresolved claims may then proceed to the Employment Claims Tribunals.
        Ministry of Manpower contact centre: 6438 5122, Monday to Friday, 8.30am to 5.30pm, excluding public holidays.
        Resignations must be submitted through the HR portal (Workday > Me > Job Change > Resign). The notice period starts on the next working day after submission.
        Malaysia: claims on unpaid wages may be lodged at the nearest Jabatan Tenaga Kerja office under section 69 of the Employment Act 1955.
        Exit clearance: return IT assets, deactivate access card, settle outstanding claims. Final payroll runs on the 25th; claims submitted after the last working day will not be processed.
        Probation may be extended once, for up to three months, with written reasons given to the employee at least one week before the original end date.
    """),
    ("en", "hard-negative"): _lines("""
        User: HR gave me case number HRC-2026-004817 for my grievance. How long do these usually take? Assistant: Most internal grievances are closed in two to six weeks; ask HR what their service standard is for that case type.
        User: The appraisal portal shows error ERR_4012 "review cycle locked" when I try to submit. Assistant: The cycle has probably closed; ask your HR administrator to reopen the form or submit your comments by email.
        User: My PIP reference is PIP/OPS/2026/113 and the review date is 15/01/2027. Does the period count from signing or from the start date? Assistant: Check the letter; most plans run from the stated start date regardless of when you sign.
        User: Which form applies when a foreign employee leaves Singapore for good, IR8A or IR21? Assistant: IR21 is the tax clearance the employer files for non-citizen employees who cease employment; IR8A is the regular yearly form.
        User: Jira ticket PEOPLE-3381 says "calibration pending". What does that status mean? Assistant: Your rating is proposed but not final until managers finish the calibration round.
        User: Our handbook is HR-POL-017 v3.2, effective 1 Apr 2026. Summarise section 4.3 on probation extensions. Assistant: Paste the section text and I'll summarise it.
        User: The salary band for grade M4 is SGD 7,800–10,200 a month. Is a 6% merit increase below market? Assistant: Merit budgets in Singapore have recently been around 3-5%, so 6% is on the higher side.
        User: Got an email from noreply@workday.com saying my self-review is due 2026-12-15 23:59 SGT. Is this legit? Assistant: Workday sends from that address, but open the portal directly instead of clicking the link to be safe.
        User: I posted my resignation letter by registered mail, tracking RR473820912SG. How do I prove the date it was delivered? Assistant: Download the delivery record from the SingPost tracking page and keep a copy with your letter.
        User: Is "Radical Candor" by Kim Scott (ISBN 978-1-250-10350-5) worth reading before my first round of appraisals as a manager? Assistant: Yes, its "care personally, challenge directly" framework is practical for feedback conversations.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tighten my self-appraisal? "Name: Priya d/o Ramasamy | Staff ID: 20417 | Dept: Finance Ops | FY2026: closed month-end in 4 days (target 6), led the SAP S/4HANA cutover, trained 3 new AP executives."
        Please fix the grammar: "Dear Mr Lim, I, Goh Jia Hui (NRIC S8734215H), hereby tender my resignation as Senior Executive, Procurement, with my last working day on 31 January 2027. Kindly send my final payslip to goh.jiahui87@gmail.com."
        My PIP letter says "Dear Nurul Izzati binti Kamal, following your FY2026 rating of 2 (Partially Meets), you are placed on a Performance Improvement Plan from 1 Dec 2026 to 28 Feb 2027, reviewed fortnightly with your supervisor Mr Daniel Foo." Is 3 months fair?
        help me write complaint to HR about my team lead Marcus Teo Wei Jie, he shouted at me in front of the whole team on 12 nov and called me useless in the ops whatsapp group, i got screenshots
        Rewrite my appeal: I was rated "Below Expectations" while on hospitalisation leave for thyroid surgery (14 Jul–8 Aug). My name is Farah Aisyah binti Mohd Yusof, employee no. SG-30872, Customer Experience team.
        Is this email signature ok for after I leave? Kelvin Ong Kah Wee | +65 9176 4238 | kelvin.ong.kw@outlook.com
        I need to update my bank details for the final pay. Account name: Rajesh Kumar s/o Subramaniam, DBS Savings 027-9-184563. How do I word the email to payroll?
        Draft a reply to my manager — she wrote in my appraisal that I "lack commitment" because I leave at 6pm to fetch my son from childcare. I'm Michelle Tay Hui Min, Senior Analyst in Credit Risk, and my flexi-work arrangement was approved in March.
        Summarise this for my notes: "Complainant: Sharon Lee Mei Ling (Marketing). Respondent: Bryan Chua Kok Leong (Regional Sales Manager). Allegation: unwelcome comments about complainant's appearance at the Sentosa offsite on 3 Oct 2026. Witnesses: 2."
        Can I list my old boss as a referee like this? "Mr Anthony de Souza, former Head of Operations, mobile 8352 6617" — he said yes over the phone but I didn't get it in writing.
        Please check my exit clearance form: EMPLOYEE: HO WEN XIN / FIN: G5823194R / LAST DAY: 15-01-2027 / REASON: RELOCATING TO PERTH / SEASON PARKING: SKP 4127 C / ACCESS CARD RETURNED: Y
        Can you make this warning letter less harsh? It's for my direct report Siti Hajar binti Abdullah (staff no. 0912), who was late 9 times in October and absent without leave on 21 Oct.
        Is my MC fine to submit for the appeal? "Patient: LEONG KAR WAI  NRIC: T0251836D  Unfit for duty 03/11/2026 to 05/11/2026  Diagnosis: acute gastroenteritis"
        make it firmer pls: "I, Vanessa Pereira, raised a complaint on 2 Sept (case HRC-2026-00913) about my supervisor's comments on my pregnancy and nobody from HR has contacted me since."
        For my Employment Pass cancellation HR wants: Name: XU MINGYANG / FIN: F2736418R / Passport: EH4829103 / Last day: 20 Dec 2026 / Forwarding address: Room 1203, 88 Longhua Middle Road, Xuhui, Shanghai. Anything missing?
    """),
    "zh-Hans": _lines("""
        帮我润色一下辞职信：本人刘晓雯，身份证号440106199103174828，于2021年3月入职贵公司市场部，因家庭原因申请于2027年1月15日离职，望批准。
        我叫周子豪，在杭州一家电商公司做运营，上个月绩效被打了D，主管陈立伟说我"态度有问题"但说不出具体哪里，我想写申诉，帮我理一下思路。
        帮我检查仲裁申请书：申请人：孙海燕，女，1988年9月21日出生，身份证号310115198809210264，住址：上海市浦东新区张杨路1280弄7号602室，联系电话13826479051。被申请人：上海某某科技有限公司。
        帮我写封投诉邮件：部门总监黄振宇多次在周会上当众辱骂我，还要求我晚上11点以后必须回复工作微信。我是数据组的何嘉怡，入职两年，之前考核都是B+。
        离职交接单：姓名：郑凯 工号：A10382 部门：研发二部 离职日期：2026-12-31 工资卡：工商银行 6222 0290 1544 3424 642 —— 帮我看看还漏了哪些项。
        我老公王磊在苏州工业园区一家外企做销售主管，九月确诊抑郁症请了三周病假，一回来就被放进了绩效改进计划，这合法吗？我们手上有医院的诊断证明。
        请把这段述职报告改得正式一点：我是财务部的张雨桐，2026年清理应收账款1200万元，推动ERP上线，但第三季度有两次报表延迟。
        帮我回复HR：您好，我是李俊峰，工号20190345，对本次年度考核"待改进"的结果有异议，请问复核流程怎么走？我的手机是159-1023-6678。
        这是离职证明草稿，帮我看看格式对不对：兹证明邓雅琪（身份证号：320102199702251183）自2022年7月1日至2026年11月30日在我公司担任行政专员，现已解除劳动合同。
    """),
    "zh-Hant": _lines("""
        幫我改封辭職信：本人陳嘉欣（HKID Y604729(5)），現職客戶服務主任，現根據合約給予一個月通知，最後工作日為2027年1月8日。
        我老細麥志強成日喺 WhatsApp 群組度話我「廢柴」，我想向人事部投訴，我係 marketing 部嘅黃穎詩 Jessica，點寫先夠專業？
        請幫我填勞資爭議調解申請書：林怡君，身分證字號 B203176845，手機 0912-486-357，地址：台中市西屯區河南路二段262巷15號4樓，前雇主積欠加班費約新台幣4萬元。
        我是新竹科學園區的製程工程師吳冠廷，身分證 H120493714，今年請了三個月育嬰留停，回來考績就被打丙，主管說是「出勤不足」，這樣算不算違反性平法？
        離職單：姓名 梁家豪 / 員工編號 HK-22871 / 聯絡電話 9386 2175 / 最後工作天 31/12/2026 / 強積金：轉入個人賬戶 — 幫我 check 下有冇漏嘢。
        請幫我寫一封 email 給 HR：我叫蔡佩珊，在內湖一家軟體公司擔任業務副理，上週主管在會議上當眾說我「懷孕了就別想升遷」，我要提出正式申訴。
        我想申請勞工處調解，前僱主扣起咗我最後一個月人工 $23,500，我個資料係：何志明，HKID K538214(9)，手提 6142 7739，麻煩幫我寫個事件經過。
        幫我把這段年度考評翻譯成英文：「黃子軒先生本年度表現未達標準，遲到十二次，客戶投訴三宗，建議延長試用期三個月。」
    """),
    "ms": _lines("""
        Tolong semak surat letak jawatan saya: "Saya, Muhammad Hafiz bin Zainal (No. KP: 900514-10-5537), Eksekutif Pemasaran, dengan ini memberi notis peletakan jawatan selama sebulan berkuat kuasa 1 Disember 2026."
        Nak buat aduan ke JTK sebab majikan tak bayar gaji Oktober. Nama: Nor Aziah binti Hassan, No. KP 881203-14-6248, tel 012-738 4521, alamat No. 17, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Penyelia saya, Encik Shahrul Nizam bin Osman, selalu tengking saya depan pelanggan di cawangan Ipoh. Tolong bantu saya tulis aduan rasmi kepada HR.
        Tukar maklumat bank untuk gaji akhir: nama pemegang akaun Kavitha a/p Muniandy, Maybank 1640 2231 5687. Tolong tulis e-mel ringkas kepada payroll.
        Borang penilaian: NAMA: AHMAD FIRDAUS BIN ROSLAN | JAWATAN: Juruteknik | GRED: N19 | MARKAH: 62% | ULASAN PENYELIA: Kerap lewat, perlu tindakan susulan. Boleh tolong saya tulis ulasan balas?
        Saya Lee Chee Keong, anak saya Lee Wen Hui kena berhenti masa probation di sebuah kilang di Bayan Lepas tanpa sebarang amaran bertulis. Boleh ke dia tuntut apa-apa?
        tolong formalkan ayat ni: "sy Siti Mariam binti Ramli, staff no 4471, nak mohon cuti tanpa gaji 2 bulan sbb mak sy baru disahkan kanser tahap 3"
        Saya Vinod a/l Krishnan, pemandu di gudang Klang. Majikan tuduh saya guna kereta sendiri WVN 3382 untuk hantar barang syarikat tanpa kebenaran dan beri surat tunjuk sebab. Tolong draf jawapan.
    """),
    "mixed": _lines("""
        eh can help me write msg to my boss, im tan wei ling from the jurong east branch, want to tell him i resigning, last day 31 jan, my hp 9023 8841 if he wan call
        帮我看看这个 appraisal comment ok 不 ok："Lim Jia Xuan has consistently missed deadlines this quarter and needs closer supervision" — 我是她的 manager，想写 softer 一点
        my manager 张志伟 put me on PIP sebab I refuse to sign the OT waiver, got whatsapp proof, can help draft complaint? my ic 950727-07-5431 if need
        老板用 WeChat 加我私人号 zhouyt_1993 说要"私下聊聊"我的 appraisal，我是 Zhou Yuting，感觉很不舒服，要不要 report 给 HR？
        HR email me this: "Hi Darren Yeo, further to your resignation, your final pay of SGD 5,430 will be credited to POSB 188-42731-6 on 28 Feb." correct or not if I still got 6 days leave unused?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are CareerCoach, an assistant inside the HR portal of a logistics company. Signed-in user: Benjamin Koh Jun Hao, Operations Supervisor, Tuas warehouse. FY2026 rating: 2 (Partially Meets). Active PIP until 31 Mar 2027.",
        ),
        ("user", "what should i focus on for my next pip check in"),
        (
            "assistant",
            "Your plan has three goals: pick accuracy above 99.5%, no overdue incident reports, and weekly shift briefings. Bring the last four weeks of accuracy numbers and the briefing attendance sheets.",
        ),
        ("user", "ok and how do i ask for more forklift manpower without sounding like excuse"),
    ],
    [
        (
            "user",
            "Can you write my resignation letter? I'm leaving for a competitor and want to keep it short.",
        ),
        (
            "assistant",
            "Sure. Please give me your full name, job title, your manager's name, and your intended last working day.",
        ),
        (
            "user",
            "Aaron Sim Zhi Wei, Data Analyst, manager is Ms Joanne Kwek, last day 10 Jan 2027. HR also wants my NRIC on it: T0376592F",
        ),
        (
            "assistant",
            "Dear Ms Kwek, / I, Aaron Sim Zhi Wei (NRIC T0376592F), wish to resign from my position as Data Analyst, with my last working day on 10 January 2027. Thank you for your guidance. / Yours sincerely, Aaron Sim Zhi Wei",
        ),
    ],
    [
        ("user", "公司说我不胜任工作直接辞退了，没有培训也没有调岗，我想申请劳动仲裁。"),
        (
            "assistant",
            "这种情况可能属于违法解除，可以主张赔偿金。需要我帮你整理仲裁申请书吗？请提供申请人的基本信息。",
        ),
        (
            "user",
            "申请人刘建国，男，身份证510107198701302295，住成都市武侯区人民南路四段19号2栋3单元501，电话18621547730，2019年4月入职，月薪1.8万。",
        ),
        (
            "assistant",
            "好的。申请人：刘建国，男，身份证号510107198701302295，住址：成都市武侯区人民南路四段19号2栋3单元501，联系电话：18621547730。仲裁请求：一、裁决被申请人支付违法解除劳动合同赔偿金……",
        ),
    ],
    [
        ("user", "收到封警告信，想你幫我睇下應該點回覆，我覺得好唔公平。"),
        ("assistant", "可以，請把警告信內容貼上來，個人資料你可以自己決定保留幾多。"),
        (
            "user",
            "「致：譚詠珊小姐（HKID Z781034(3)）　閣下於2026年11月5日及11月18日無故缺勤，現予書面警告。」其實我兩日都有入病假紙，係仁濟醫院急症室開嘅。",
        ),
    ],
    [
        ("user", "公司要我簽「合意終止」，但其實是他們要裁員，我該怎麼辦？"),
        (
            "assistant",
            "若實際上是資遣，公司應依勞基法給資遣費並預告。可以先不要簽，向勞工局申請調解。需要我幫你擬申請內容嗎？",
        ),
        ("user", "要，我叫陳柏宇，身分證F127650939，在新北市板橋的物流公司做倉管，年資六年。"),
        (
            "assistant",
            "申請人：陳柏宇（身分證字號F127650939），任職倉儲管理員，年資六年。爭議事項：雇主以合意終止名義迴避資遣程序，請求給付資遣費及預告工資。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan pasal penyelia saya yang selalu ugut nak bagi markah rendah kalau saya tak kerja hujung minggu.",
        ),
        (
            "assistant",
            "Boleh. Siapa nama penyelia itu dan jawatannya? Ada bukti seperti mesej WhatsApp?",
        ),
        (
            "user",
            "Nama dia Zulkifli bin Hamid, Pengurus Kilang syarikat kami di Seremban. Ada screenshot WhatsApp dari bulan Ogos.",
        ),
        (
            "user",
            "Oh ya, nama saya Nurul Huda binti Ismail, operator pengeluaran, no pekerja 30718.",
        ),
    ],
    [
        (
            "user",
            "I manage a team of 8 and need to put one of them on a PIP. Help me write the background section.",
        ),
        (
            "assistant",
            "Happy to. What are the specific performance gaps and the dates or examples you have?",
        ),
        (
            "user",
            "It's Joshua Fernandez, our junior account manager. He missed three client renewals worth about $140k in Q3, didn't update the CRM for six weeks, and two clients asked for a different account manager.",
        ),
        (
            "assistant",
            "Background: Over Q3 2026, Joshua Fernandez did not complete three client renewals (approx. $140k), CRM records were not updated for six weeks, and two clients requested reassignment. This plan sets out the expected standard and the support available.",
        ),
    ],
    [
        (
            "user",
            'HR send me this, can help me understand? "Dear Ms Kaur, we refer to your grievance dated 4 Nov. Our investigation did not find sufficient evidence..."',
        ),
        (
            "assistant",
            "It means HR closed the grievance without finding against the person you complained about. You can usually appeal to the next level. Do you want help drafting the appeal?",
        ),
        (
            "user",
            "yes pls. im Harpreet Kaur d/o Jaswant Singh, accounts, the one i complain about is my AM. can put my hp 8124 5093 for them to call",
        ),
    ],
    [
        (
            "user",
            "My daughter just resigned from her first job and the company is refusing to release her last salary. Can you help me write to them?",
        ),
        (
            "assistant",
            "Of course. Could you share her name, the company, her last day and how much is owed?",
        ),
        (
            "user",
            "Her name is Chloe Ng Xin Yi, she was a junior designer at a small agency in Tanjong Pagar, last day 30 Nov, they owe her $3,200 and say she 'breached notice' but she gave the full 1 month.",
        ),
    ],
    [
        (
            "user",
            "I think I'm being bullied at work but I'm not sure it's serious enough to report.",
        ),
        (
            "assistant",
            "Writing down each incident with the date, what was said and who was present will help you decide. Would you like me to help structure a log?",
        ),
        (
            "user",
            "Here's what I have: 14 Oct — Raymond Lau Chun Kit (senior engineer) said in standup 'maybe the girl should stick to documentation'. 21 Oct — excluded from design review again. 28 Oct — Raymond messaged me 'don't bother coming to the client visit'. Witnesses: Yvonne and Hakim.",
        ),
        (
            "assistant",
            "That already reads as a pattern. I've put it into a table with date, incident, exact words and witnesses.",
        ),
    ],
    [
        ("user", "帮我写年终述职的开头，我是做供应链的。"),
        ("assistant", "可以，先告诉我你的职位、负责的范围和今年最重要的两三个成果。"),
        (
            "user",
            "我叫钱一鸣，杭州仓配中心的物流主管，管12个人。今年把仓库差错率从0.8%降到0.3%，双十一期间零爆仓。",
        ),
        (
            "user",
            "对了HR要求述职文档首页写身份证号和手机号：330106199308125477，13957102846。",
        ),
    ],
    [
        (
            "user",
            "A recruiter called me for a reference check on someone who used to report to me. What am I allowed to say?",
        ),
        (
            "assistant",
            "Generally keep to facts you can support: dates, role, responsibilities and documented performance. Check whether your company requires references to go through HR.",
        ),
        (
            "user",
            "It's Suresh Kumar a/l Nadarajan. He was on a PIP twice in 2025 and I eventually let him go for falsifying site inspection reports. Can I tell the recruiter that?",
        ),
    ],
    [
        ("user", "主管下班後一直用 LINE 私訊我，內容越來越曖昧，我不知道要不要跟人資講。"),
        ("assistant", "這可能構成職場性騷擾，建議先保存對話紀錄。需要我協助擬申訴書嗎？"),
        (
            "user",
            "好。他叫鄭宏明，是我們業務部經理，LINE ID 是 hongming.cheng77。我是業務助理蔡宜蓁。",
        ),
        (
            "assistant",
            "申訴人：業務助理蔡宜蓁。被申訴人：業務部經理鄭宏明（LINE ID：hongming.cheng77）。事實經過：被申訴人自本年九月起多次於下班時間以LINE傳送帶有曖昧意味之私人訊息……",
        ),
    ],
    [
        (
            "user",
            "Finance rejected my claim for the Jakarta trip after I resigned. I paid with my own card. How do I push back?",
        ),
        (
            "assistant",
            "Check the claims policy for any rule on leavers. Then send finance the receipts, approval email and card statement lines. Want me to draft it?",
        ),
        (
            "user",
            "Yes. Name Wong Pei Shan, Regional Marketing. Hotel and flights were SGD 2,184.60 on my Mastercard 5407 3550 8318 6888, trip approved by my director on 2 Sept.",
        ),
    ],
    [
        ("user", "Saya perlu buat surat akuan untuk tuntutan gaji di Mahkamah Buruh. Boleh bantu?"),
        (
            "assistant",
            "Boleh. Saya perlukan nama penuh, nombor kad pengenalan, alamat dan nama majikan.",
        ),
        (
            "user",
            "Mohd Azlan bin Kamarudin, 870905-08-5119, No. 42 Lorong Bercham Jaya 6, 31400 Ipoh, Perak. Majikan: sebuah syarikat logistik di Ipoh.",
        ),
        (
            "assistant",
            "Saya, Mohd Azlan bin Kamarudin (No. K/P 870905-08-5119), beralamat di No. 42 Lorong Bercham Jaya 6, 31400 Ipoh, Perak, dengan sesungguhnya dan sebenarnya mengaku bahawa...",
        ),
    ],
    [
        ("user", "我啱啱 resign 咗，想將 MPF 轉去自己個 personal account，表格要填咩？"),
        (
            "assistant",
            "一般用 MPF(S)-P(A) 或者受託人提供嘅轉移表格，要填僱主名稱、計劃成員號碼同你嘅個人資料。",
        ),
        (
            "user",
            "幫我 check 下：姓名 LAU KA MAN 劉嘉敏，HKID R213957(9)，電話 5128 0463，email kaman.lau.hk@gmail.com，最後工作日 30/11/2026。",
        ),
    ],
    [
        (
            "user",
            "Can you help me reply to this thread? I'm the one who complained. / From: Grace Tham <grace.tham.sg@gmail.com> / To: HR Shared Inbox / Subject: Follow-up on my complaint against Kenneth Loh",
        ),
        (
            "assistant",
            "Of course. Grace, your reply should restate the date of your original complaint about Kenneth Loh, ask for an expected timeline, and request confirmation that you won't report to him during the investigation.",
        ),
        ("user", "yes and mention he still sits next to me and makes comments about my weight"),
    ],
]
