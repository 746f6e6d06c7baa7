# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat78: chats asking an assistant to help plan a child's overseas studies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat78
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "user_request"): _lines("""
        How early should we start the UK Student visa application if the course starts in late September? The university says CAS statements go out in July.
        Can you explain the difference between an I-20 and a DS-2019 in plain words? I'm a parent and none of this existed when I studied.
        What is the Immigration Health Surcharge for a three-year undergraduate course in the UK, and is it paid all at once with the visa?
        Write me a checklist for an Australian subclass 500 visa for an 18-year-old starting a bachelor's in Brisbane, including what goes into the Genuine Student answers.
        Agent or apply directly through UCAS? Give me honest pros and cons, the agents here keep calling me.
        My son gets homesick easily. What can a parent do in the first six weeks after drop-off without smothering him?
        Roughly compare monthly living costs for a student in Manchester vs Melbourne, rent included, in MYR please.
        For the UK 28-day funds rule, can the money sit in a parent's account, or must it be in the student's own name?
        Summarise who can apply for the Fulbright Foreign Student Program from Malaysia and when the cycle usually opens.
        Is Chevening open to undergraduates or only to master's students? And why is it called Chevening anyway?
        Tell me how Lee Kuan Yew ended up reading law at Fitzwilliam, Cambridge. My kid has an interview there and wants to know the history.
        An education loan quote says 4.5% flat over 7 years on RM 150,000. What is the effective annual rate roughly, and what would the monthly instalment be?
        DHL waybill 4827193055 is the passport return from the visa centre in KL, how many days does it usually take to reach Penang?
        What questions should a parent ask at a university open day about pastoral care and mental-health support for international first-years?
    """),
    ("en", "chat_exchange"): _lines("""
        User: what is a CAS number and where do I find it? Assistant: A CAS (Confirmation of Acceptance for Studies) is a 14-character reference your UK university issues once the offer conditions are met and any deposit is paid. It is printed on the CAS statement the university e-mails, and you copy it into the Student visa form.
        User: can a parent be the financial sponsor on an I-20? Assistant: Yes. The I-20 separates personal funds from funds from other sources; a parent's bank letter or statement in English showing at least the first year's estimated costs is the usual evidence.
        User: how much is the SEVIS I-901 fee now? Assistant: For F-1 and M-1 students it is US$350, paid online at fmjfee.com before the visa interview. Print the payment confirmation and bring it to the consulate.
        User: is the MEXT embassy-recommended undergraduate scholarship open to Malaysians? Assistant: Yes. Applications go through the Embassy of Japan in Kuala Lumpur, usually around April to May, with written tests in English, mathematics and Japanese followed by an interview.
        User: the uni sent invoice INV-2026-08812 for a £5,000 tuition deposit, is it refunded if the visa is refused? Assistant: Most UK universities refund the deposit, sometimes minus a small admin fee, if you send the official refusal notice before the course starts. The refund policy is usually linked at the bottom of the invoice.
        User: my kid's landlord in Bristol wants a UK-based guarantor and we have none. Assistant: That's common for international students. The usual options are a paid guarantor service such as Housing Hand, paying several months' rent upfront, or choosing university halls, which don't ask for a guarantor.
        User: does Australian OSHC have to cover the whole visa period? Assistant: Yes. Overseas Student Health Cover must run from arrival until the visa expires, not just until the course ends, and it has to be in place before the visa is granted.
        User: Turing studied at King's College Cambridge, right? Assistant: Yes. Alan Turing read mathematics at King's from 1931 and was elected a fellow in 1935, the year before his paper on computable numbers.
        User: what does "conditional offer AAA including Mathematics" mean? Assistant: The place is confirmed only if the student gets three A grades at A-level and one of them is Mathematics. Missing by one grade is sometimes still accepted at Confirmation, but it is not guaranteed.
        User: travel insurance quote POL-TRV-558201-03 for a year abroad, what should I check? Assistant: Check that it covers a continuous 12-month stay (many policies cap trips at 31 or 90 days), medical evacuation, pre-existing conditions, and belongings kept in student halls.
        User: can a student on a UK Student visa work 25 hours a week during term? Assistant: No. Degree-level students are limited to 20 hours a week in term time; breaching that condition can lead to the visa being cancelled and can count against future applications.
        User: time difference between Kuala Lumpur and Toronto for weekly calls? Assistant: KL is UTC+8 and Toronto is UTC-5 in winter, so 13 hours apart; in summer it's 12. A Sunday 9 pm call in KL lands at 8 am Sunday in Toronto in winter.
        User: which is older, Oxford or Harvard? Assistant: Oxford, by a long way. Teaching there is recorded from 1096, while Harvard was founded in 1636.
        User: the accommodation portal shows "Booking ref ACC-27-44910, status: awaiting contract", what happens next? Assistant: The residences team normally issues a licence agreement to sign online within a few days, then you pay the first instalment to confirm the room. If nothing arrives within a week, reply to the confirmation e-mail quoting that reference.
    """),
    ("en", "template"): _lines("""
        Dear [Admissions Officer], I am writing on behalf of my [son/daughter], [Full Name], applicant ID [__________], to ask whether the deadline for the financial documents can be extended by [number] days.
        SPONSOR DECLARATION | Name of sponsor: ____________ | Relationship to student: ____________ | NRIC / Passport No.: ____________ | Monthly income (MYR): ____________ | Signature: ____________
        Homestay form fields: student_name: {student_name} | date_of_birth: {dob} | dietary_needs: {diet} | allergies: {allergies} | emergency_contact: {guardian_phone}
        Letter of financial support: I, <PARENT NAME>, holder of passport no. <PASSPORT NO.>, confirm that I will pay the tuition fees and living costs of <STUDENT NAME> for the full duration of <COURSE> at <UNIVERSITY>.
        fx = {"GBP": 5.95, "AUD": 3.05, "USD": 4.70}; yearly_myr = {k: tuition[k] * fx[k] for k in tuition}  # tuition per country, local currency
        Monthly budget | Rent: £___ | Food: £___ | Transport: £___ | Phone plan: £___ | Books: £___ | Fun: £___ | Savings: £___ | Total: £___
        To whom it may concern, [Student Name] has been a student at [School] since [Year]. In my capacity as [Role], I can confirm that [he/she/they] ...
        Hi parents 👋 reminder: the pre-departure briefing for all {university} freshers is on {date}, {time} at {venue}. Please bring a printed copy of the offer letter and the CAS statement.
        Student ID: XXXXXXXX | Programme: BSc Economics | Intake: September 2027 | Fee status: Overseas | Scholarship: [if any]
        Scholarship essay prompt (500 words): Describe a setback you faced, what you learned from it, and how you will contribute to the university community.
        Loan document checklist: [ ] offer letter [ ] fee schedule [ ] parent's payslips (last 3 months) [ ] EPF statement [ ] copy of IC (both sides) [ ] guarantor form
        Emergency contact card: Name: ______ | Uni security (24h): ______ | Nearest A&E: ______ | Embassy / High Commission: ______ | Home contact: ______
    """),
    ("zh-Hans", "user_request"): _lines("""
        孩子明年9月去英国读本科，签证一般提前多久申请比较稳？CAS还没下来能先约生物信息吗？
        帮我列一份澳洲学生签证（500类）的材料清单，家长做资金担保要准备哪些证明？
        美国F-1签证面签常被问什么问题？给几个高中毕业生的回答示范。
        留学贷款和直接用家里存款哪个划算？假设30万人民币，年利率4.2%，分5年还，帮我算一下。
        国家留学基金委（CSC）的公派项目本科生能申请吗？还是只招研究生？
        小孩刚去墨尔本两周，天天晚上打电话哭，说想回家，我该怎么跟她沟通？
        帮我写一封给学校宿舍办公室的英文邮件，问能不能提前三天入住，名字先空着我自己填。
        香港的大学和新加坡的大学，读计算机哪个性价比高？学费和生活费大概差多少？
        英国签证的存款要存满28天是什么意思？是28天里每天都不能低于那个数吗？
        钱学森当年是怎么去麻省理工的？想给孩子讲讲老一辈留学的故事。
        录取通知书上有个编号 UOM-OFR-2026-118472，这个号码签证申请表里要填吗？
        在英国留学生能开什么银行卡？Monzo 和 HSBC 哪个开户快，要不要地址证明？
        雅思要考到几分才能直接录取，不用读语言班？
    """),
    ("zh-Hans", "chat_exchange"): _lines("""
        用户：I-20上的金额和我们的存款证明对不上怎么办？ 助手：I-20上的金额是学校估算的第一年费用，存款证明只要不低于这个数就可以；如果差一点，可以补一份父母的收入证明或者再开一张定期存单。
        用户：留学生在澳洲每两周最多能打工多少小时？ 助手：目前学期内每两周上限是48小时，假期不限。超时打工可能导致签证被取消。
        用户：美签被拒，拒签纸上写的是214(b)，什么意思？ 助手：214(b)是指签证官认为申请人没有充分证明自己学成后会回国，或者学习目的不够明确。不是永久拒签，准备好新的材料可以重新预约面签。
        用户：孩子住homestay好还是学生公寓好？ 助手：第一年年纪小、英语还不够熟练的话，homestay能提供三餐和照应；想早点独立、方便交朋友，学生公寓更合适。可以先住一学期homestay再换。
        用户：一年生活费按1.2万英镑算，要换多少人民币？ 助手：按大约1英镑兑9.1元人民币估算，约10.9万元；汇率每天变，建议分几次换，避免一次换在高点。
        用户：在英国遇到紧急情况，领事保护电话是多少？ 助手：可以拨打外交部全球领事保护与服务应急热线 +86-10-12308 或 +86-10-65612308，24小时有人接听；也可以联系中国驻英国大使馆领事部。
        用户：留学回国后学历认证在哪里办？ 助手：在教育部留学服务中心的网站上在线申请，需要学位证书、成绩单和护照出入境记录，一般10到15个工作日出结果。
        用户：订单号 20261108993015 的机票改签要多少钱？ 助手：我查不到航空公司或订票平台的订单，建议在下单的App里找"改签"，或者打航空公司客服，改签费一般取决于舱位等级。
        用户：子女出国读大学的费用能抵个税吗？ 助手：可以享受子女教育专项附加扣除，每个子女每月2000元，境外全日制学历教育也适用，需要留存录取通知书、留学签证等资料备查。
        用户：帮我把"我们家孩子性格比较内向，希望能安排安静一点的室友"翻译成英文。 助手：Our child is rather introverted, so we would be grateful if a quieter roommate could be arranged.
        用户：杨振宁是在哪里读的博士？ 助手：杨振宁1945年赴美，1948年在芝加哥大学获得物理学博士学位，导师是爱德华·泰勒。
        用户：宿舍合同上写着 Licence agreement ref LA-24/7781，这种合同中途能退吗？ 助手：大部分英国学校宿舍合同是整学年的，中途退租通常要自己找人顶替，或者按合同里的 early termination 条款付违约金，具体看合同第几条。
    """),
    ("zh-Hant", "chat_exchange"): _lines("""
        使用者：小孩要去日本念語言學校，在留資格認定證明書大概要等多久？ 助理：一般從學校送件到入管局核發約需1到3個月，四月入學通常前一年11月就要送件。
        使用者：教育部的留學貸款要怎麼申請？利息怎麼算？ 助理：先取得國外學校的入學許可，再向承辦銀行提出申請；在學期間和寬限期內的利息，依規定可由政府部分補貼，詳細以教育部當年度公告為準。
        使用者：香港學生去英國讀書，用BN(O)簽證還是學生簽證比較好？ 助理：BN(O)簽證可以工作、沒有工時限制，但大學學費未必能以本地生收費；學生簽證則限制每週20小時打工。要看家庭的長遠打算。
        使用者：我們是香港人，孩子想申請台灣的大學，要走海外聯招會嗎？ 助理：港澳學生可以透過海外聯合招生委員會申請，也可以參加個人申請或以DSE成績申請，名額和時程每年公告。
        使用者：孩子說宿舍室友半夜很吵，我要不要直接打給學校？ 助理：建議先讓孩子自己跟室友談，再找宿舍的RA或宿舍辦公室反映；家長直接打去學校，通常還是會被請孩子本人處理。
        使用者：美國大學的 Early Decision 跟 Early Action 差在哪？ 助理：ED有約束力，錄取了就必須就讀並撤回其他申請；EA沒有約束力，只是提早申請、提早放榜。
        使用者：澳洲的留學生健保叫什麼？ 助理：叫OSHC（Overseas Student Health Cover），申請學生簽證時就要買好，保期要涵蓋整個簽證期間。
        使用者：中華民國護照去荷蘭念碩士需要簽證嗎？ 助理：免簽只適用180天內停留90天的短期停留；念碩士屬長期居留，要由學校擔任保證人代為申請居留許可。
        使用者：公費留學考試每年幾月報名？ 助理：通常是上半年公告、報名，確切日期請以教育部國際及兩岸教育司當年的簡章為準。
        使用者：蔡英文以前在哪裡念博士？ 助理：她在倫敦政經學院（LSE）取得法學博士學位，時間是1984年。
        使用者：長榮 BR67 從桃園飛倫敦大概幾點到？ 助理：班表會依季節調整，一般是深夜從桃園出發、隔天清晨抵達希斯洛，請以長榮官網當天的時刻表為準。
        使用者：學費收據編號 RCPT-2026-004519 上面的金額是英鎊，報稅時要怎麼換算？ 助理：一般以付款當天銀行的賣出匯率換算成新台幣，保留匯款水單和收據即可。
        使用者：孩子第一次一個人在國外過年，有什麼方法讓他不那麼孤單？ 助理：可以約好除夕視訊一起「圍爐」，寄一點年貨過去，也可以鼓勵他參加學校台灣同學會的新年聚會。
    """),
    ("ms", "user_request"): _lines("""
        Macam mana nak mohon pinjaman PTPTN kalau anak nak sambung belajar di luar negara? Boleh ke atau untuk IPT tempatan sahaja?
        Apa beza biasiswa JPA, MARA dan Yayasan Khazanah untuk pelajar lepasan SPM yang nak ke UK?
        Tolong senaraikan dokumen untuk visa pelajar Australia (subclass 500) untuk anak umur 17 tahun, termasuk borang kebenaran ibu bapa.
        Anak saya rindu rumah teruk sangat, baru sebulan di Dublin. Apa yang patut saya buat sebagai ibu?
        Berapa anggaran kos sara hidup sebulan untuk pelajar di Melbourne, dalam ringgit?
        Tuliskan templat surat tajaan ibu bapa dalam bahasa Inggeris, biarkan ruang nama dan nombor kad pengenalan kosong.
        A-Level atau foundation, mana lebih sesuai kalau sasaran universiti di UK?
        Perlu ke ambil IELTS kalau anak dah dapat A+ Bahasa Inggeris dalam SPM?
        Surat tawaran ada "Student Reference No." dan "Offer Code MCY-2027-SEP", yang mana satu perlu diisi dalam borang visa?
        Ceritakan sikit tentang Tunku Abdul Rahman masa belajar di St Catharine's College, Cambridge.
        Tukar duit ke pound, mana lebih jimat: Wise, pengurup wang atau bank biasa?
        Apakah syarat kelayakan Biasiswa Yang di-Pertuan Agong dan bila biasanya dibuka?
        Asrama universiti atau sewa rumah sendiri, mana lebih selamat untuk pelajar perempuan tahun pertama?
        Careline PTPTN 03-2193 3000 tu buka hari Sabtu ke?
    """),
    ("mixed", "chat_exchange"): _lines("""
        User: eh the uni say CAS kena hold because "pending deposit", should I bayar dulu or wait for scholarship result? Assistant: Most universities won't issue the CAS until the deposit is paid or a sponsor letter is on file. Ask admissions whether a conditional scholarship letter can replace the deposit.
        User: 孩子 want to go NUS or Melbourne, 你觉得 which one better for engineering? Assistant: Both are strong; NUS is cheaper if she gets the MOE Tuition Grant, Melbourne's engineering is a 3+2 model (bachelor then master), so compare total years and cost.
        User: the bank officer say education loan "3.5% p.a. flat", 这个算高吗? Assistant: A 3.5% flat rate works out to roughly 6.5% effective per year over five years, because interest is charged on the original amount throughout. Ask for the effective rate in writing.
        User: boleh tak F-1 student kerja part time off campus? Assistant: Generally no. In the first year F-1 students can only work on campus, up to 20 hours a week in term; off-campus work needs CPT or OPT authorisation.
        User: uni 宿舍 ballot result keluar bila ah? Assistant: It depends on the university, but most publish the hall allocation in July to August on the accommodation portal. Check the applicant portal rather than waiting for e-mail.
        User: homesick 怎么办 lah, my girl cry every night on video call. Assistant: It's very common in the first month. Keep calls short and regular, ask about small things she did that day, and encourage her to join one society; if it lasts beyond six weeks, the university's wellbeing service can help.
        User: MOE Tuition Grant 要 bond 几年? Assistant: For Singapore PRs and international students it's three years of working for a Singapore-registered entity after graduation; Singapore Citizens have no bond.
        User: IHS £776 per year 对吗 for student visa? Assistant: Yes, the student rate of the Immigration Health Surcharge is £776 per year, charged for the full visa length including the extra months after the course.
        User: SGD to AUD now how much ah? roughly only. Assistant: I don't have live rates, but check your bank app or a site like xe.com; for budgeting, use a slightly worse rate than today's so you have a buffer.
        User: wah the visa centre say biometric slot full until next month, got any faster way? Assistant: Check every morning for cancellations, look at other visa centres in the country, or pay for the priority appointment if your centre offers it.
        User: can help translate "surat akuan sumpah" to English for visa? Assistant: It's a "statutory declaration", a sworn statement signed before a Commissioner for Oaths.
        User: 学校 send email say "Enrolment ID required", tapi kita baru dapat offer je. Assistant: The enrolment ID is usually generated only after the offer is accepted; accept it on the applicant portal first, and the ID will show in the confirmation e-mail.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you make this sponsor letter sound more formal? "I, Tan Boon Keat (NRIC S7815342C), father of Tan Jia Hui, confirm I will bear all tuition and living costs for her BSc at the University of Leeds."
        my daughter priya d/o ramesh is starting at Monash Clayton in Feb and she has asthma, what should I tell the uni health service? her student no is 33817264
        Pasting my son's details for the homestay form: Name: LIM WEI JIE | DOB: 12/04/2007 | Passport: K4213870B | Allergies: peanuts (severe, carries EpiPen) | Parent contact: +65 9732 4158
        Draft an email to the Leeds accommodation office explaining that my son Aaron Ng Jun Wei missed the room deadline because he was in hospital with dengue for most of July.
        Fix the grammar: "Dear sir, my son Muhammad Haziq bin Rosli (student ID 2291847) fail two module in first semester because he suffer depression, please consider extenuating circumstances."
        Help me fill the DS-160: surname CHEN, given names YU-TING, passport 356820147, date of birth 1 March 2008, home address 5F, No. 18, Lane 72, Sec. 2, Heping E. Rd., Da'an Dist., Taipei 106.
        Will this pass the 28-day rule? The Maybank statement for account 1641 2058 3377 (in my wife Noraini binti Hassan's name) shows RM 82,400 held since 3 June, course is one year in London.
        Loan statement: Borrower: Goh Siew Ling | Co-borrower: Goh Kah Meng (son, NUS → KCL transfer) | Outstanding: SGD 46,380.12 | Auto-debit card: 5523 1860 4472 9188 | Next instalment: 15 Jan — why is the interest so high?
        Is it safe to e-mail my son's IELTS result to the agent? TRF no. 26MY002741ONGJ001A, candidate ONG JUN HAO, overall 6.5, writing 5.5 — he needs 6.0 in each band for Melbourne.
        ugh. my boy kevin (kevin lau, first year at UBC, lives in Totem Park) hasn't replied in 4 days and his roommate says he's been skipping classes. should I call residence life?
        Here's the SEVIS receipt, please check it: SEVIS ID N0034718265 | Name: WONG, Hui Min Charmaine | School: Boston University | Amount paid: USD 350.00
        Polish this reference: "I have taught Daniel Raj s/o Arumugam for two years at SMK Seri Bintang Utara; he scored 9A in SPM, led the robotics club and won the state-level science fair in 2024."
        My daughter needs money for rent, write a short message confirming I sent £900 to her Monzo: name Grace Teo Shu Fen, sort code 04-00-04, account 38219407.
        Sophie Marchetti, 17, boarding at Cheltenham Ladies' College, told her housemistress she has been skipping meals; she's been on sertraline since March. How do I raise this with the school without embarrassing her?
    """),
    "zh-Hans": _lines("""
        帮我看看担保人信息有没有填错：担保人 王建国，身份证号 320102197907044138，与申请人关系 父子，年收入 38万。
        孩子叫刘子涵，2007年3月14日出生，身份证 110105200703141627，申请英国大学要用，帮我把这些信息翻成英文。
        女儿陈思琪在悉尼大学读大二，最近说抑郁了在看心理医生，室友说她一周没去上课了，我该怎么办？
        我儿子周浩然，护照号 E83726154，F-1签证被214(b)拒了，第二次面签怎么准备？
        麻烦把这段改成正式一点的邮件：张老师您好，我是李沐阳的妈妈，电话 138 1062 4479，孩子在曼大宿舍电脑被偷了，想问学校能不能协助报警。
        留学贷款申请表帮我检查一下：借款人 黄丽萍，身份证 330106197602185228，月收入 2.6万，贷款用途 女儿赴澳留学学费。
        帮我回复中介：我是杨一诺的爸爸，微信 yangbo_1979，孩子多伦多大学的offer已经收到了，奖学金是 CAD 10,000，下一步交什么材料？
        I-20 邮寄地址是这个，帮我翻成英文格式：上海市浦东新区锦绣路1888弄12号602室，收件人 徐子轩，电话 186 2173 5508。
        儿子吴俊杰在伯明翰大学挂了两科要补考，学校邮件说再挂就要退学，签证会被取消吗？
        6222 0210 0375 1497 是孩子国内的工行卡，在英国ATM能直接取钱吗？手续费多少？
    """),
    "zh-Hant": _lines("""
        幫我看一下留學貸款申請書有沒有錯：申請人 林冠宇，身分證字號 A135810677，就讀學校 University of Southern California，貸款金額 新台幣200萬。
        我兒子張家豪在墨爾本大學念大二，室友偷偷跟我說他最近在玩線上賭博，已經欠了快一萬澳幣，我該怎麼處理？
        幫我將地址譯做英文，要填英國學生簽證：九龍塘多實街12號3樓A室，收件人何卓穎，電話 9386 2417，佢香港身份證係 Y482915(6)。
        女兒李宥蓁在早稻田交換，房東說她欠了兩個月房租，我的LINE ID是 lee.mama0512，可以幫我寫一封日文訊息給房東嗎？
        我個女 Chan Hoi Yan 喺 Warwick 讀緊 Year 2，成績單有兩科 fail，點樣同佢嘅 personal tutor 傾？
        獎學金申請表：姓名 陳柏翰｜護照號碼 311472806｜手機 0912-384-657｜申請項目 教育部留學獎學金｜就讀 ETH Zürich 碩士
        請幫我寫封信俾港大交換生辦公室：本人梁家俊（香港身份證 K703162(9)）為學生梁詠詩之父親，同意佢下學期往多倫多大學交換。
    """),
    "ms": _lines("""
        Tolong semak borang tajaan ni: Nama penaja: Rosli bin Abdullah | No. K/P: 750823-10-6025 | Hubungan: bapa | Pelajar: Nurul Aina binti Rosli | Universiti: University College Dublin
        Anak saya Siti Khadijah binti Kamal baru dapat tawaran MARA untuk perubatan di Ireland, tapi dia ada thalassemia minor, perlu ke isytihar dalam borang kesihatan?
        Akaun CIMB 8011452963 atas nama Faridah binti Omar, itu akaun saya untuk terima duit pinjaman pendidikan anak, macam mana nak tulis surat kebenaran kepada bank?
        Anak saya Amirul Hakim bin Zainal demam panas di Glasgow, nombor dia 07912 483615, tolong tuliskan mesej kepada warden asrama minta tengokkan dia.
        Semak maklumat ni untuk borang UCAS: Nama: ARJUN A/L SELVAM | No. MyKad: 070412-14-5381 | Sekolah: SMK Taman Connaught | Keputusan SPM: 8A 1B
        Macam mana nak tuntut balik deposit asrama £300 untuk anak saya Nur Izzati binti Azman, no. pelajar C2053187, Cardiff University? Dia dah keluar bilik sejak Jun.
        Saya Tan Mei Ling, no. tel 017-628 4402, nak pinjam RM 120,000 untuk anak belajar di Taiwan, gaji saya RM 6,800 sebulan, layak tak?
        Pasport anak saya A58213490 tamat Mac 2027 tapi visa Australia dia sampai 2028, kena mohon pasport baru dulu ke?
    """),
    "mixed": _lines("""
        my daughter Chloe Yeo Xin Yi, NRIC T0724561G, 要去 Imperial 读 Chem Eng, the bursary form 要填 household income, we earn about SGD 9k a month combined, how to fill?
        eh can help check ah, my son Harith bin Zulkifli dapat offer UNSW tapi medical check-up kata ada TB scar on x-ray, will the visa kena reject?
        孩子 Jason Koh Wei Ming 的 Telegram @jasonkoh_perth 三天不回 message, he's year 1 at Curtin 住 on-campus, 我很担心 lah what to do
        我们是 EP holder, 儿子 Rohan Mehta 的 FIN G5128634R (Student's Pass), going Melbourne for uni next Feb, 要先 cancel his Student's Pass 吗?
        pls address the parcel to my girl: Lee Shu Qi, 14 Mayfair Road, Jesmond, Newcastle NE2 3DL, phone 07458 219306 — 里面有她的 eczema 药膏, customs ok or not?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I need to write a financial sponsorship letter for my son's UK visa. Can you help?",
        ),
        (
            "assistant",
            "Of course. Please tell me the sponsor's full name, passport or ID number, relationship to the student, the student's name, the course and university, and the amount being held.",
        ),
        (
            "user",
            "Sponsor is me, Ho Kok Leong, passport A41729036. Student: Ho Zhi Xuan, my son. MSc Data Science at University of Glasgow, Sept intake. Funds: RM 310,000 in Public Bank account 3184722608.",
        ),
        (
            "assistant",
            "Here is a draft: I, Ho Kok Leong (passport A41729036), father of Ho Zhi Xuan, confirm that I will fund his MSc Data Science at the University of Glasgow. The funds of RM 310,000 are held in my Public Bank account 3184722608 and are available for his use.",
        ),
    ],
    [
        (
            "system",
            "You are the application assistant for BrightPath Education Consultants. Current client file: Ananya Krishnan, DOB 19-06-2008, Indian passport W4729183, target: Computer Science, University of Toronto / UBC / Waterloo. Guardian: Mrs Lakshmi Krishnan, +91 98450 31726.",
        ),
        ("user", "What's the deadline for the Waterloo supplementary form this year?"),
        (
            "assistant",
            "For Waterloo Computer Science the AIF is usually due in early February; check the applicant portal, since the exact date is shown there once the OUAC application is submitted.",
        ),
    ],
    [
        ("user", "女儿去英国三周了，每天晚上都跟我哭，说想回家，我该怎么办？"),
        (
            "assistant",
            "刚到的头一两个月想家很常见。可以固定时间视频、少问成绩多聊生活，鼓励她参加一两个社团。如果情况持续或者影响到吃饭睡觉，可以联系学校的 wellbeing 服务。",
        ),
        (
            "user",
            "她叫孙悦，在约克大学读心理学，宿舍在 Derwent College。她说已经两天没吃东西了。我在国内，电话 159 2188 4306，能帮我写一封英文邮件给学校吗？",
        ),
        (
            "assistant",
            "好的，草稿如下：Dear Student Support Team, I am the mother of Sun Yue, a first-year Psychology student living in Derwent College. She has told me she has not eaten for two days and is very distressed. Could someone check on her? I can be reached on +86 159 2188 4306.",
        ),
    ],
    [
        ("user", "請問教育部留學貸款的保證人需要什麼資格？"),
        (
            "assistant",
            "保證人一般需為有正當職業和收入的成年人，通常是父母或配偶，銀行會審核其信用狀況。",
        ),
        (
            "user",
            "那幫我看一下表格：申請人 陳品妤（B290135741），保證人 陳志明（F128460939），父女，陳志明在台積電擔任工程師，年收入約180萬，申請金額 新台幣150萬，就讀 University of Edinburgh 碩士。",
        ),
    ],
    [
        ("user", "Boleh ke guna PTPTN untuk anak belajar di luar negara?"),
        (
            "assistant",
            "Pada umumnya PTPTN untuk pengajian di institusi dalam negara. Untuk luar negara, pilihan biasa ialah biasiswa MARA, JPA atau pinjaman bank. Boleh saya tahu butiran anak puan?",
        ),
        (
            "user",
            "Nama anak saya Muhammad Aiman bin Ismail, MyKad 060915-07-2217, baru habis A-Level, dapat tawaran University of Sheffield kejuruteraan mekanikal. Saya Zaleha binti Mokhtar, kerja kerani, gaji RM 3,900.",
        ),
        (
            "assistant",
            "Terima kasih, Puan Zaleha. Dengan pendapatan isi rumah begitu, Aiman mungkin layak untuk pinjaman pelajaran luar negara MARA. Sediakan salinan MyKad 060915-07-2217, surat tawaran Sheffield dan slip gaji puan.",
        ),
    ],
    [
        (
            "user",
            "my girl is SPR, does the MOE Tuition Grant bond stop her from doing a master's overseas right after graduating?",
        ),
        (
            "assistant",
            "The service obligation can usually be deferred for further full-time study, but you have to apply for the deferment through the Tuition Grant portal.",
        ),
        (
            "user",
            "ok can u help me write the deferment appeal then. her name is Nur Farhana binti Abdul Rahim, NRIC T0612947H, graduated NTU Jan 2027, offer for MSc at TU Delft. our address Blk 512 Jurong West St 52, #08-145, Singapore 640512",
        ),
    ],
    [
        (
            "user",
            "Can you put this into a neat table for the homestay agency? Student Mei Kuan Ooi, born 2 Feb 2008, from Ipoh, going to Auckland Grammar... sorry, Epsom Girls Grammar, Year 13. Vegetarian, allergic to shellfish. Mum: Ooi Siew Peng, 016-502 8813.",
        ),
        (
            "assistant",
            "Student: Ooi Mei Kuan | Date of birth: 02/02/2008 | Hometown: Ipoh | School: Epsom Girls Grammar, Year 13 | Diet: vegetarian | Allergy: shellfish | Parent: Ooi Siew Peng, +60 16-502 8813",
        ),
    ],
    [
        ("user", "孩子美签二签要准备什么？"),
        (
            "assistant",
            "重点是把第一次被拒的原因补上：学习计划、资金来源和回国打算。方便的话，告诉我第一次面签的情况。",
        ),
        (
            "user",
            "孩子叫陈一鸣，身份证 440106200806090431，护照 EJ5628413，第一次在广州总领馆被214(b)拒了，签证官问他为什么不在国内读，他答得不好。学校是普渡大学。",
        ),
        ("user", "另外他爸爸陈国栋的银行流水只有半年，够吗？"),
    ],
    [
        (
            "user",
            "My daughter's landlord in Leeds is refusing to return her deposit. What are her rights?",
        ),
        (
            "assistant",
            "In England, deposits for assured shorthold tenancies must be protected in a government-approved scheme within 30 days. If it wasn't, she can claim compensation. Was it protected?",
        ),
        (
            "user",
            "No idea. Tenant is Isabel Fernandes, 22 Brudenell Grove, Leeds LS6 1HP, deposit £650, landlord Mr Derek Holroyd. She moved out 30 June. Her email is isabel.fernandes08@gmail.com if the scheme needs it.",
        ),
    ],
    [
        ("user", "我個仔想申請英國大學，UCAS 嘅 personal ID 係咩嚟？"),
        ("assistant", "UCAS Personal ID 係註冊後自動生成嘅10位數字，之後所有大學聯絡都會用到。"),
        (
            "user",
            "佢叫黃梓朗，UCAS ID 148-302-7719，HKID R259047(5)。我想問 King's College London 話要補 DSE 成績單，點寄？我哋住將軍澳唐德街9號將軍澳中心5座21樓B室。",
        ),
    ],
    [
        (
            "user",
            "Anak saya sakit apendiks di Osaka, kena bedah. Insurans pelajar boleh claim tak?",
        ),
        (
            "assistant",
            "Kebanyakan pelajar di Jepun diwajibkan menyertai Insurans Kesihatan Nasional (NHI), yang menanggung 70% kos. Baki boleh dituntut daripada insurans perjalanan atau pelajar jika ada.",
        ),
        (
            "user",
            "Dia Nur Aqilah binti Hamdan, pelajar tahun dua Osaka University, polisi insurans Takaful TPL-88213407. Saya ayah dia, Hamdan bin Yusof, 019-455 2813. Tolong tulis e-mel kepada syarikat takaful.",
        ),
    ],
    [
        (
            "user",
            "our youngest is really struggling at boarding school in Scotland. we call him bubu at home.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. What signs are you seeing, and has the school been in touch?",
        ),
        (
            "user",
            "Benjamin Lim, Year 10 at Gordonstoun, the only Malaysian boy in Round Square house. He told the matron he wants to hurt himself. I'm flying out Friday. what do I say to his housemaster?",
        ),
    ],
    [
        ("user", "中国银行的留学贷款需要什么抵押？"),
        (
            "assistant",
            "一般需要房产抵押或者存单质押，也可以找有稳定收入的担保人，额度通常不超过总费用的80%。",
        ),
        (
            "user",
            "帮我填一下：借款人 郑建华，身份证 440304197804123571，学生 郑宇航（身份证 42010620080117195X），目的地 新加坡国立大学，还款卡号 6259 6587 1203 4461，房产在深圳福田区香蜜湖街道。",
        ),
        (
            "assistant",
            "已整理：借款人 郑建华（440304197804123571），学生 郑宇航（42010620080117195X），留学院校 新加坡国立大学，还款账户 6259 6587 1203 4461。房产地址需要写到门牌号。",
        ),
    ],
    [
        (
            "system",
            "You help students polish scholarship applications. Keep the applicant's voice.",
        ),
        (
            "user",
            "Please tighten my CV header and summary. SIDDHARTH MENON | siddharth.menon.2008@outlook.com | +65 8461 2093 | Raffles Institution, IB predicted 43. Applying for the Jardine Scholarship to read Economics at Oxford. I tutor my younger brother who has dyslexia.",
        ),
    ],
    [
        ("user", "留学中介要我加微信发材料，安全吗？"),
        ("assistant", "尽量通过正规机构的官方邮箱提交，身份证和护照扫描件要加水印注明用途。"),
        (
            "user",
            "我已经发了 😓 我微信是 zhouwen_hz88，QQ 2864017351，中介那边拿到了我女儿周可欣的护照 EH4829167 和成绩单，她申请的是港大。现在中介不回了怎么办？",
        ),
    ],
    [
        (
            "user",
            "My son Vikneswaran a/l Subramaniam was diagnosed with type 1 diabetes last year. He starts at University of Melbourne in March. Does OSHC cover insulin?",
        ),
        (
            "assistant",
            "Vikneswaran's OSHC will cover doctor visits and hospital care; insulin is usually covered under the PBS-equivalent pharmaceutical benefit in OSHC, but pre-existing conditions can have a 12-month waiting period for hospital treatment.",
        ),
        (
            "user",
            "waiting period?? his visa grant number is 0283441799204, can you check with immi?",
        ),
    ],
    [
        ("user", "帮我写一封感谢信给女儿在澳洲的住家"),
        ("assistant", "好的，请告诉我住家的称呼、孩子的名字，以及想感谢的具体事情。"),
        (
            "user",
            "住家是 Margaret 和 Tom，孩子叫张雨桐，身份证 310115200611222841，在 Adelaide 住了一年，上个月她阑尾炎住院，住家每天去医院看她。",
        ),
        (
            "assistant",
            "Dear Margaret and Tom, thank you for caring for our daughter Zhang Yutong over the past year in Adelaide, and especially for visiting her every day in hospital after her appendicitis operation last month.",
        ),
    ],
]
