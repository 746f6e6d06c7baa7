# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en135: SG/MY school canteens, student care centres and after-school programmes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en135
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "canteen_notice"): _lines("""
        From Term 2, drink stalls in the canteen will sell only beverages with the Healthier Choice Symbol; plain water stays free at the coolers beside Stall 6.
        Reminder to all stallholders: deep-fried items may be sold at most twice a week under the Healthy Meals in Schools Programme, and every meal must include a serving of vegetables.
        Canteen hours during exam week (5–9 Oct): 7.00am to 12.30pm. Stalls 2 and 5 will be closed on Friday for pest control.
        Students on the MOE Financial Assistance Scheme receive their meal subsidy on their student card at the start of each term; no paper coupons will be issued this year.
        Our canteen is nut-aware, not nut-free. Vendors must label any dish containing peanuts, tree nuts, sesame or shellfish with the red allergen sticker.
        Price revision approved by the Canteen Committee: chicken rice set $2.80 → $3.00, fishball noodles $2.50 → $2.70, effective 1 March 2027.
        Lost & found at the canteen: one navy Thermos bottle, two PE T-shirts (size S) and a Pokémon pencil case. Unclaimed items will be donated after 30 Nov.
        Parents who need to send food to school must leave it at the security post before 9.45am, labelled with the class only; staff will bring it to the canteen at recess.
        Recess timings Term 3: P1–P2 9.30–10.00am, P3–P4 10.00–10.30am, P5–P6 10.30–11.00am. Halal and non-halal stalls have separate washing areas.
        Stall 4 (Western food) is closed from 12 to 16 May for renovation; students may buy pasta and baked potato from Stall 7 during this period.
        The Canteen Committee will hold its termly food tasting on Wednesday; PSG parent volunteers are welcome, please register via the school's Parents Gateway post.
        Reduced-sugar desserts only: chendol, ice kacang and bubur cha cha will be served with less gula melaka and no syrup refills from next week.
        NEA hygiene inspection result for the school canteen this quarter: all stalls Grade A, no follow-up action required.
        Racial Harmony Day (21 July): each stall will serve one heritage dish, and P5 students will present on Yusof Ishak, Singapore's first President, during recess.
        Students with food allergies should inform their form teacher; the General Office keeps the allergy list and shares it with canteen vendors only on a need-to-know basis.
        Free breakfast (bread, egg and milk) is available from 7.00am for students on FAS at Stall 3; no sign-up is needed.
    """),
    ("en", "centre_handbook"): _lines("""
        Fees are payable by the 7th of each month via GIRO or PayNow to the centre's UEN 201812345K; a $10 late charge applies from the 15th.
        Children are released only to parents or adults named on the Authorised Collection Form. Collectors may be asked to show photo ID if staff do not recognise them.
        Outdoor play is cancelled when the 1-hour PM2.5 reading is in the Elevated band or when the lightning alert is on; children will play in the multi-purpose hall instead.
        Medication is given only with a signed Medication Authorisation Form stating drug name, dose and time. We do not give medicine from unlabelled containers.
        Homework supervision is from 2.30pm to 4.00pm daily; enrichment (Speech & Drama, Lego Robotics, Chinese calligraphy) starts at 4.15pm.
        June holiday programme: full-day care 7.30am–7.00pm, $180 for two weeks including two excursions (Science Centre and Gardens by the Bay).
        If your child will be absent, inform us on the parent app before 12 noon so the escort teacher does not wait at the school gate.
        Withdrawal needs one calendar month's written notice or one month's fee in lieu. The deposit is refunded within 30 days of the final bill.
        Incident protocol: minor bumps are logged and parents told at pick-up; head injuries, bleeding that needs more than a plaster, and allergic reactions are called in to parents immediately.
        Staff-to-child ratio at the centre is 1:25 for primary school children; for field trips it is 1:10 with at least one trained first-aider.
        Tea-break is at 3.30pm (fruit and a light snack); dinner is not provided. Lunch comes from a halal-certified licensed caterer.
        Late pick-up after 7.00pm is charged at $10 per 15 minutes; after 7.30pm, staff will call the emergency contacts listed in the enrolment form.
        Mobile phones must stay in the child's bag from arrival until 6.00pm. The centre is not responsible for lost devices.
        Bullying, including name-calling about a child's race, religion or family background, is not tolerated; parents of all children involved will be called in.
    """),
    ("en", "vendor_contract"): _lines("""
        Tender No. MOE-TND-2026-0417 for canteen stall operation (Stall 3, Mixed Rice): closing date 14 Nov 2026, 12 noon. Site show-round on 3 Nov at 2.00pm.
        Clause 7.2: The Operator shall ensure that every food handler holds a valid Basic Food Hygiene certificate (WSQ Food Safety Course Level 1) before commencing work.
        Clause 11: Monthly rental of $380 (excluding utilities) is payable to the School by GIRO on the first working day of each month.
        Invoice INV-24/0917 from Sunrise Catering Pte Ltd: 412 packed lunches @ $3.60 for Sports Day, total $1,483.20 incl. GST.
        PO 4500218836 issued to FreshLeaf Fruits for weekly fruit delivery to 3 student care centres, Term 1, contract value $6,240.
        The caterer shall not add MSG and shall keep a daily sample of each dish, chilled at 0–4°C, for 72 hours for investigation purposes.
        Contract reference SCC/CAT/2027/03 has been extended by six months to 30 June 2027 at the same unit rate of $4.20 per meal.
        Termination: either party may end this agreement with 60 days' written notice. The School may terminate immediately if the operator's food shop licence is suspended.
        Supplier onboarding checklist: ACRA BizFile extract, SFA food shop licence, halal certificate (if applicable), public liability insurance of at least $1 million.
        Delivery note DN-88213 | 40 trays nasi lemak (halal) | 2 trays vegetarian bee hoon | received 11.42am | temp check 68°C.
        Vendors scoring below 60% in the termly student feedback survey for two consecutive terms will be placed on probation for 3 months.
        Credit note CN-2026-0055 (payment advice ref PA-T2026110457) for 18 missing cartons of UHT milk; $97.20 will be offset against the September invoice.
        Quotation Q-7731 valid till 31 Jan 2027: 2 stainless-steel bain-maries and 1 commercial rice cooker (10 L), installation included, $4,860 before GST.
        The appointed caterer for the Student Care Centre is Chef's Table Kitchen Pte Ltd, 10 Ubi Crescent #03-45, Singapore 408564, tel 6747 1200 (office hours).
    """),
    ("en", "parent_faq"): _lines("""
        How do I apply for Student Care Fee Assistance (SCFA)? Apply through the student care centre your child attends; the centre submits the application with your income documents to MSF.
        Can my child get SCFA if we live in a 5-room flat? Eligibility depends on gross monthly household income or per capita income, not housing type, and the child must be a Singapore Citizen or PR.
        What is the difference between a school-based and a community-based student care centre? School-based centres operate inside the school compound, so no escort is needed after dismissal.
        Does MOE FAS cover canteen meals? Yes, students on FAS get a school meal subsidy on school days, usually credited to the student card.
        My child has a peanut allergy — what should I tell the student care centre? Give them the doctor's letter, the allergy action plan and two unexpired auto-injectors, and ask how they handle tea-break snacks.
        Is it normal for a student care centre to ask for my NRIC at registration? Centres may need it for SCFA claims, but they should explain why and keep it secure under the PDPA.
        Tips for the first week of P1: pack a small water bottle, practise buying food with coins, and teach your child to say "no peanut please" if they have an allergy.
        What should a pick-up authorisation letter include? The child's name and class, the authorised adult's name and relationship, the date(s) and the parent's signature.
        Can grandparents collect my child without being listed? Most centres will refuse; add them to the collection list in advance or send a written authorisation on the day.
        How long can a student care centre keep my child's records after withdrawal? Only as long as needed for legal or business purposes; ask the centre's Data Protection Officer for its retention policy.
        Is the centre allowed to post photos of children on Facebook? Only with parents' consent, and you can opt out on the photo consent form at any time.
        How much does student care cost in Singapore? Most centres charge between $280 and $450 a month before subsidies; school-based centres tend to be cheaper.
        What happens if I cannot pay the student care fees for a few months? Speak to the centre manager early; they can help you apply for SCFA or refer you to the nearest Social Service Office.
        How early should I register for student care for P1? Many centres open registration in the middle of the K2 year, and school-based centres give priority to students of that school.
    """),
    ("en", "form_template"): _lines("""
        AUTHORISED COLLECTION FORM | Child's name: ____________ | Class: ____ | Authorised adult: ____________ | Relationship: ________ | Contact no.: ________ | Valid from ___ to ___
        Allergy Action Plan — Name: [CHILD_NAME] | Allergen(s): [ALLERGENS] | Emergency medication: [MEDICATION] | Parent contact: [PHONE]
        Dear Parent/Guardian, we wish to inform you that {{child_name}} was involved in a minor incident at {{time}} on {{date}}. First aid was given by {{staff_role}}.
        SCFA Application Checklist: ☐ Latest 3 months' payslips of all working household members ☐ CPF contribution history ☐ Child's birth certificate ☐ Signed consent form
        Medication Authorisation | Name of medicine: ______ | Dosage: ______ | Time(s): ______ | Start/end date: ______ | Parent's signature: ______
        Incident Report Form IR-__ | Date/time: | Location: | Description of incident: | Injury (if any): | Action taken: | Parent informed at (time): | Reported by (staff):
        Canteen Vendor Daily Temperature Log | Date | Chiller (°C) | Freezer (°C) | Hot holding (°C) | Checked by (initials) | Remarks
        ENROLMENT FORM (Section B: Household) — No. of household members: __ | Gross monthly household income: $____ | Housing type: ☐ 1–2 rm ☐ 3 rm ☐ 4 rm ☐ 5 rm/EC ☐ Private
        Photo Consent: I do / do not (delete as appropriate) give consent for my child's photographs to be used in the centre's newsletter and social media pages.
        Hi <Parent name>, this is a reminder that the fees for <Month> of $<amount> are due on <date>. Kindly ignore this message if payment has been made.
        Notification of Change of Particulars: New address: ______________ Postal code: ______ New mobile no.: ______ Effective date: ______
        Dietary Requirements (tick all that apply): ☐ Halal ☐ Vegetarian ☐ No beef ☐ No pork ☐ Lacto-ovo ☐ Other: ________
    """),
    ("mixed", "group_chat"): _lines("""
        Parents pls note canteen closed tmr for Teachers' Day celebration, kids bring own snack ok. Thanks!
        Anyone know if the SCC in the school got space for P2 next year? Heard the waitlist damn long leh.
        Wah the chicken rice stall increase price again ah, $3 already. Still ok la compared to outside.
        Reminder from class rep: Sports Day packed lunch order form closes Friday, halal and veg options both available.
        Does anyone have the PayNow UEN for the student care? The QR code on the letter cannot scan.
        The holiday programme at the CC quite good one, got cooking class and Lego, $120 for one week.
        Tmr got heavy rain warning, the centre says the walk to the library cancel, will do indoor games instead.
        Mummies, any bento box recommendation that doesn't leak? Mine keeps spilling soup in the bag 😅
        The canteen auntie at stall 5 very nice one, always give extra egg 😂
        The 1+1 promo at the drinks stall only for Milo and Horlicks, not the juices ah.
        Pls remind your kids no sharing food during recess this week, one of the classes got a severe allergy case.
        老师 said tomorrow 安亲班 will bring them to the library at 3pm, need to wear PE attire hor.
    """),
    ("ms", "notis_sekolah"): _lines("""
        Makluman kepada ibu bapa: Rancangan Makanan Tambahan (RMT) bagi sesi 2027 akan bermula pada minggu kedua persekolahan. Senarai murid layak akan dipaparkan oleh guru kelas.
        Pengusaha kantin hendaklah memastikan semua pengendali makanan telah menerima suntikan anti-tifoid dan menghadiri Latihan Pengendali Makanan yang diiktiraf oleh KKM.
        Harga makanan di kantin sekolah tertakluk kepada senarai harga yang diluluskan oleh Jawatankuasa Kantin: nasi lemak RM1.50, mi goreng RM1.50, air sirap RM0.80.
        Tender kantin SK Taman Melawati bagi tempoh 2027–2029 dibuka mulai 1 November. Dokumen tender boleh dibeli di pejabat sekolah dengan bayaran RM50 (tidak dikembalikan).
        Program Susu Sekolah: murid prasekolah dan Tahap 1 akan menerima susu kotak 200 ml tiga kali seminggu. Murid yang alah kepada susu lembu sila maklumkan guru kelas.
        Pusat transit kami beroperasi dari 12.30 tengah hari hingga 6.30 petang, termasuk makan tengah hari, bimbingan kerja rumah dan solat berjemaah. Yuran RM350 sebulan.
        Mesyuarat Agung PIBG akan diadakan pada 13 Mac 2027 (Sabtu), 8.30 pagi di Dewan Terbuka. Agenda termasuk laporan kewangan kantin dan cadangan yuran PIBG.
        Murid dilarang membeli makanan daripada penjaja di luar pagar sekolah. Ibu bapa diminta bekerjasama demi keselamatan dan kebersihan makanan anak-anak.
        Bantuan Awal Persekolahan (BAP) RM150 akan dikreditkan terus ke akaun bank ibu bapa atau penjaga yang berdaftar dalam sistem. Tiada borang perlu diisi.
        Kantin akan ditutup pada hari Rabu untuk gotong-royong dan semburan racun serangga. Murid digalakkan membawa bekal dari rumah.
        Soalan: Bolehkah pusat jagaan memberi ubat demam kepada anak tanpa kebenaran bertulis? Jawapan: Tidak, ubat hanya diberi dengan borang kebenaran yang ditandatangani ibu bapa.
        Sempena Hari Kebangsaan, pusat transit akan menayangkan filem Allahyarham P. Ramlee "Bujang Lapok" dan kartun Upin & Ipin pada 30 Ogos jam 3 petang.
    """),
    ("zh-Hans", "托管通知"): _lines("""
        各位家长：本中心将于十月十二日（星期一）开始实施新的接送制度，接孩子时须在前台出示身份证件。
        本学期下午茶点菜单已更新：周一面包和牛奶，周二绿豆汤，周三水果，周四蛋糕，周五饼干和豆奶。
        学生托管津贴（SCFA）申请需要提供最近三个月的工资单和公积金记录，详情请向中心经理查询。
        提醒：如孩子有食物过敏，请在报名表上注明并附上医生证明，中心会通知餐饮供应商。
        安亲班学费每月RM380，包括午餐、功课辅导和华文补习；假期班另行收费。
        学校食堂第三摊位（素食）下周暂停营业，学生可到第五摊位购买素食便当。
        本中心所有工作人员均已完成急救培训，并持有有效的急救证书。
        请家长在家长应用程序上确认孩子的放学时间，以便老师准时到校门口接送。
        年终假期活动：参观科学馆、手工制作和烹饪课，两星期费用为一百八十元。
        阅读角新到《老鼠记者》（Geronimo Stilton）系列和《米小圈上学记》，欢迎孩子们借阅。
        根据个人资料保护法令，中心不会将孩子的个人资料提供给第三方，除非事先获得家长同意。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ALLERGY LIST P3 Integrity (2027) | LIM KAI XUAN — peanut (anaphylaxis), EpiPen Jr kept in GO | NUR ALEYA BINTI HAFIZ — shellfish | RAGHAV S/O MURUGAN — lactose intolerant
        Pick-up authorisation: I, Tan Mei Ling (S7834512H), authorise my helper Ms Dewi Lestari (FIN G5147093T, HP 8336 5190) to collect my son Ethan Tan Jun Hao from Greenfield Student Care on weekdays until 31 Dec.
        Incident note 14/03, 4.20pm: Aaron Fernandez (P2) slipped near the shoe rack and bumped his forehead; ice pack applied, no vomiting. Mother informed by phone at 4.35pm and advised to monitor for 24h.
        SCFA application — Household: Mdm Siti Rahmah binti Ismail (sole earner, cleaner, $1,850/month), 3 children; Muhammad Danish bin Ahmad Fauzi, P4, requesting the maximum subsidy.
        GIRO Application | Payer: KOH WEI LIANG | Bank: DBS | Account no.: 027-915384-2 | For: Little Acorns Student Care fees (child: Koh Yu Xin, P1)
        Hi teacher, this is Priya's mum, can you tell Priya Devi d/o Ramesh to wait at the centre today, her dad will pick her up around 6.45, his number is 9127 4408.
        Canteen vendor staff record: Stall 2 (Indian Muslim food) — assistant Mohamed Ashraf s/o Abdul Kader, FIN F2281540R, Basic Food Hygiene cert expires 08/2027.
        Enrolment: Name: CHLOE ONG XIN YI | NRIC: T1598230B | DOB: 17/05/2015 | School: Westwood Primary | Address: Blk 628 Jurong West St 65 #11-240 S(640628)
        Behaviour log: Jayden Wong (P5) used vulgar language at a teacher and threw a chair during homework time, 2nd time this month. Parent meeting with the father set for Thu 5pm.
        Dear Mr Rajendran Pillai, the fees for Arjun (P3) for Aug–Oct totalling $1,140.00 remain unpaid. Please settle by 15 Nov or his place at the centre may be withdrawn.
        Canteen card top-up paid with Visa 4556 3159 4741 7400, exp 09/28, cardholder LEE SOOK FUN, for her daughter Lee Hui Min (Sec 4E).
        Allergy update from parent: Hannah Goh Le Xuan (P1 Kindness) is now also allergic to egg white after the skin prick test at KKH on 2 Feb; please inform the tea-break caterer.
        Emergency contacts P4 Care Group: Nicholas Yeo — mum 9684 2237 / Zara binti Kamal — dad 8812 0573 / Shreya Nair — grandma (home) 6789 1123
        Custody note on file: only the mother, Mrs Angela Chua-Lim, may collect Megan Lim (P3). The father is NOT authorised under a Family Court order; call the mother at 9745 3316 if he turns up.
        Stall tenancy: Operator Zainal Abidin bin Yusof, NRIC S6893310B, trading as Warung Zainal (Stall 6), residential address Blk 112 Bedok North Rd #04-211 Singapore 460112.
        FAS meal subsidy list Term 1 — 3A: Tay Jia Le, Muhammad Haziq bin Roslan, Kavitha d/o Selvam (all full subsidy, approved 9 Jan).
        Stall 7 operator Mr Goh Ah Kow, 62, was admitted to CGH after a mild stroke last week; his daughter will run the economic rice stall until further notice.
        Escort log 12/08, 1.35pm at Punggol Green Primary gate: 14/15 children collected. Missing: Ryan Teo Zhi Hao (P2) — mother later said he had a dental appointment and forgot to inform the centre.
        Hi, I'm Joanne Sim, mother of Lucas Sim (P6). Please update my email to joanne.sim82@gmail.com and my mobile to +65 8163 7742 for the student care newsletters.
        Confidential — Nur Insyirah binti Azman (P4) arrived with bruises on both arms for the third time this term; referred to the school counsellor and Child Protective Service on 22/10.
        Pick-up bay permit: car plate SKL 4821 C, registered to Mr Benjamin Ng (father of Olivia Ng, P2), valid for Term 3.
        Attendance anomaly: Darren Lee Jun Wei (T1736614E) signed in 2.41pm on 3/9 with no sign-out record; staff confirmed his grandfather collected him at 6.10pm.
        Refund request: please refund the $350 deposit for Alicia Fernandes (withdrawn 30 June) to POSB savings 152-60931-4 in her father's name, Clement Fernandes.
        Dietary note: Harish Kumar a/l Sivakumar — no beef, vegetarian on Tuesdays and Fridays, family prefers he skips the chicken tea-break snacks on those days.
        Canteen complaint: Mrs Wendy Tan says her son Marcus Tan (2B) had food poisoning after eating mee siam from Stall 4 on Monday and was on MC for two days.
        SCC ENROLMENT 2027 | Child: MUTHU LAKSHMI D/O GOPAL | Birth cert no. T1862295A | Father: GOPAL S/O ARUMUGAM, lorry driver, 9023 5518 | Household income $2,600 | Blk 219 Yishun St 21 #07-1432 S760219
        Staff roster note: relief teacher Nurul Ain binti Hashim (S9012736E) on hospitalisation leave 3–7 Nov for dengue; the centre manager will cover her P3 homework group.
        Reuben Tan Jia Jun, P5 — coeliac disease, brings own lunch; please do not offer him birthday cake or bread at tea-break.
        hi ms goh, kayla's father will come pick her up today, he's driving SLA 736 M, pls let her go with him ok. thanks — rachel (kayla wee's mum)
        Fee assistance appeal | Applicant: Hafizah binti Osman | Husband in prison until 2028 | 4 children | Income: $1,200, part-time at a hawker stall | Child at centre: Aisyah binti Roslan (P2)
    """),
    "ms": _lines("""
        Senarai murid RMT 2027, Tahun 3 Bestari: 1) Muhammad Aqil bin Rosli — MyKid 180911-10-1243; 2) Nurul Izzah binti Kamarul — MyKid 180204-10-0386.
        Borang permohonan KWAPM: Nama bapa: ABDUL RAHMAN BIN SALLEH, No. KP 810227-08-6121, pekerjaan: penoreh getah, pendapatan RM900 sebulan, bilangan tanggungan 5.
        Cikgu, anak saya Amirul Haikal tak boleh makan udang, dia alahan teruk. Nombor saya 012-718 4452 kalau ada apa-apa. — Mak Amirul (4 Cekal)
        Laporan insiden Pusat Transit Ceria: Pada 5/3 jam 3.15 petang, Adam Harith bin Faizal (8 tahun) terjatuh dari buaian dan lengan kiri bengkak. Dibawa ke klinik oleh ibunya, Pn. Suraya.
        Kontrak kantin 2027–2029: Pengusaha: Hj. Kamaruddin bin Ahmad, No. KP 790830-06-5343, alamat: Lot 233, Kampung Batu 5, 28000 Temerloh, Pahang.
        Bayaran yuran pusat transit bulan Jun untuk Puteri Balqis (Tahun 1) — RM350 telah dipindahkan dari akaun Maybank 1641 2290 8153 atas nama Faridah binti Hassan.
        Saya, Mohd Firdaus bin Zakaria (KP 840519-10-5871), membenarkan adik ipar saya Encik Shahril, tel 019-552 8013, mengambil anak saya Aina Sofea dari sekolah pada 14 hb ini.
        Catatan kaunselor: Daniel anak Jimbun (Tahun 5) kerap tidak membawa wang belanja dan mengadu lapar; ibu bapa bercerai, tinggal dengan nenek. Dicadangkan untuk RMT.
    """),
    "zh-Hans": _lines("""
        家长通知：陈紫涵（三年级）对花生严重过敏，肾上腺素笔已交给前台，如有过敏反应请立即联系妈妈 8291 6604。
        安亲班报名表：学生姓名 黄俊杰，四年级；父亲 黄志明，手机 016-889 2140；地址：No. 17, Jalan Setia Indah U13/22Y, 40170 Shah Alam；午餐不吃牛肉。
        事故记录：10月8日下午4点，林嘉欣在托管中心厕所滑倒，后脑勺起包，已冰敷，并已电话通知外婆。
        老师好，我是王梓轩的妈妈，他这个月的托管费能不能迟两个星期交？他爸爸刚失业，家里有点困难。
        收费记录：学生 刘思彤（P2），九月学费 $320 已通过 PayNow 收到，付款人 刘伟强，手机 +65 8552 3067。
        微信加我吧，我是郑一鸣的爸爸，微信号 zheng_dad1985，以后接送的事直接找我。
    """),
    "mixed": _lines("""
        Teacher, tmr Aisyah's nenek will fetch her ya, nama dia Pn. Rokiah binti Said, IC 580712-03-5096, she will bring her IC to show.
        hi cikgu, saya mummy Hayden Lau, dia demam since last night so today tak datang transit ok. MC from the klinik I send later.
        老师, Jun Kai 今天 5pm 会被他 uncle 接, uncle 叫 Alvin Soh, HP 9356 1782, 麻烦你 check 一下他的 IC 哦。
        Pls add to Vikram's allergy list — Vikram Rao (P4 Harmony) reacted to kiwi at Sunday lunch, face swell up, GP say avoid kiwi & pineapple. Thx, Sunita
        Kak, tolong transfer the catering payment for Oct ($1,260) to Uncle Tan Boon Huat's personal account, OCBC 687-412930-001, the stall account closed already.
        Ms Kaur here, Simran's mum — Simran Kaur d/o Jaswant Singh cannot join the Sentosa excursion on Fri, her asthma flare up again, sorry ah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an admin assistant for a student care centre in Singapore."),
        (
            "user",
            "Draft a WhatsApp message to Mrs Nadia Rahman. Her son Zayan Iskandar bumped his head on the slide at 3.40pm today, we applied an ice pack and he seems fine.",
        ),
        (
            "assistant",
            "Hi Mrs Nadia, this is the centre. Zayan bumped his head on the slide at about 3.40pm today. We applied an ice pack straight away and he is alert and playing normally. Please keep an eye on him tonight for vomiting, drowsiness or headache.",
        ),
        (
            "user",
            "Add that he can skip PE tomorrow if she wants, and she can call me at the centre.",
        ),
    ],
    [
        ("user", "How is per capita income calculated for student care fee assistance?"),
        (
            "assistant",
            "Per capita income is the gross monthly household income divided by the number of household members. Include the salaries of all working members, and count children and non-working adults in the household size.",
        ),
        (
            "user",
            "Ok so I earn $2,350, my husband drives Grab about $1,800, 5 of us at home. My daughter is Tan Xin Yi, P3 at Northoaks Primary, NRIC T1907452D. Can she get the max subsidy?",
        ),
    ],
    [
        ("user", "How do I renew my Basic Food Hygiene certificate in Singapore?"),
        (
            "assistant",
            "Book a refresher or the full Food Safety Course Level 1 with an approved training provider, attend the session and pass the assessment. The updated record will then show on the SFA system.",
        ),
        (
            "user",
            "Ok help me write an email to the school canteen committee. I'm Lim Chee Seng, drinks stall operator at Fernvale school canteen, NRIC S7719634Z. Tell them I booked the course on 18 Nov and will send the cert after.",
        ),
        (
            "assistant",
            "Dear Canteen Committee, I am Lim Chee Seng, operator of the drinks stall. My food hygiene certificate has lapsed and I have booked the course on 18 November. I will submit the renewed certificate immediately after. Thank you for your understanding.",
        ),
    ],
    [
        ("user", "Macam mana nak mohon RMT untuk anak sekolah rendah?"),
        (
            "assistant",
            "Kelayakan RMT biasanya ditentukan oleh sekolah berdasarkan pendapatan isi rumah. Hubungi guru kelas atau guru penyelaras RMT dan sediakan slip gaji atau surat pengesahan pendapatan.",
        ),
        (
            "user",
            "Anak saya Nur Damia binti Hisham, Tahun 2 SK Bukit Indah, MyKid 190503-01-0628. Suami saya OKU tak bekerja, saya kerja kilang gaji RM1,500. Layak tak?",
        ),
    ],
    [
        ("user", "Format this into a table with columns Name / Class / Allergy / Action:"),
        ("assistant", "Sure, paste the list and I will format it."),
        (
            "user",
            "Isaac Chong P2 — prawns, antihistamine in bag; Fatimah Zahra binti Yusri P4 — peanuts, EpiPen at counter; Deepak s/o Rajan P5 — eggs, avoid cakes; Clara Lim P1 — milk, soy milk only",
        ),
    ],
    [
        ("system", "You help student care staff write incident reports in plain English."),
        (
            "user",
            "At 4.50pm Ivan Koh (P4) and Bryan Lim (P4) fought over a Nintendo Switch in the reading corner. Ivan got a scratch on his left cheek, Bryan pushed him first. Write the report.",
        ),
        (
            "assistant",
            "Incident Report — 4.50pm, reading corner. Two P4 students, Ivan Koh and Bryan Lim, argued over a Nintendo Switch. Bryan pushed Ivan, and Ivan sustained a small scratch on his left cheek. The area was cleaned and a plaster applied. Both parents will be informed at pick-up.",
        ),
    ],
    [
        ("system", "You help a centre manager reply to parents politely."),
        (
            "user",
            "A father, Mr Suresh Menon, came to collect his daughter Ananya Menon (P2) but he is not on the collection list. The mother says they are separating and he should not collect. What do I tell him?",
        ),
        (
            "assistant",
            "Tell him calmly that the centre can only release children to adults on the authorised list, and that any change must come in writing from the parent who enrolled the child. Do not discuss the family situation.",
        ),
        ("user", "He left his number 9512 4406, please draft the SMS to him."),
    ],
    [
        (
            "user",
            "Need to reconcile: we paid Mdm Chong Siew Lan (sole proprietor, Happy Kitchen) $2,140 to her UOB 372-318-540-6 for Sept tea-break catering, but she says she only received $1,900.",
        ),
        (
            "assistant",
            "Check the bank transaction record for the exact amount credited, then compare with the invoice and any credit notes. A $240 gap often comes from a deducted credit note or a second partial transfer.",
        ),
        ("user", "Ya there was a credit note for 60 spoiled kuih, can you draft a reply to her?"),
    ],
    [
        (
            "user",
            "帮我写一封给家长的信：李浩然（五年级）这个月在安亲班三次没交功课，还和同学打架。",
        ),
        (
            "assistant",
            "尊敬的家长您好：浩然这个月在安亲班有三次没有完成功课，并且与同学发生了冲突。我们希望与您约个时间面谈，一起帮助他改进。谢谢您的配合。",
        ),
        ("user", "家长是李先生，电话 013-226 4917，信里加上请他星期五下午来中心。"),
    ],
    [
        ("user", "Hi, I want to change my daughter's emergency contact, what do you need from me?"),
        (
            "assistant",
            "Please send the child's name and class, the new contact's name, relationship and mobile number, and confirm whether the old contact should be removed.",
        ),
        (
            "user",
            "Child: Sophia Rodrigues, P1 Grace. New contact: her aunt Melissa D'Cruz, 8917 2250. Remove her grandmother, she moved back to Melaka.",
        ),
    ],
    [
        (
            "user",
            "my son Haikal bin Rizal P5 never get his canteen money this term even though we on FAS, teacher say need to re-apply, why ah?",
        ),
        (
            "assistant",
            "FAS approval is usually for one year, so families must re-apply each year. Once the school approves the new application, the meal subsidy will be credited again.",
        ),
        ("user", "ok i submit already last week. if got problem pls call me 8204 7719"),
    ],
]
