# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en182: SG/MY gurdwara, Hindu temple and church community services. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en182
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "temple and church notice"): _lines("""
        Thaipusam 2027 kavadi registration opens 2 Jan at the temple office, 397 Serangoon Road. Registration closes once the daily quota of 1,000 devotees is reached; please bring your NRIC or passport for verification.
        Gurpurab of Guru Nanak Dev Ji: Akhand Path begins Friday 6.00am, Bhog on Sunday 8.00am, followed by kirtan and Guru ka Langar till 2.00pm. All are welcome.
        NOTICE: The langar hall will be closed for floor repairs from 14 to 18 Dec. Langar will be served in the multipurpose hall on level 2 during this period. We apologise for the inconvenience. — Management Committee
        Deepavali Light-Up volunteers: please report to the kalyana mandapam at 5.30pm for the safety briefing. Wear the temple T-shirt and bring your volunteer lanyard.
        Christmas Eve Mass schedule: 6.00pm (English), 8.30pm (Mandarin), 11.30pm Midnight Mass. Parking in the church compound is reserved for the elderly and wheelchair users; please use the multi-storey carpark across the road.
        Panguni Uthiram paal kudam procession leaves the temple at 6.00am sharp. Devotees carrying milk pots should assemble at the back gate by 5.15am; water stations are at the two junctions along the route.
        Vaisakhi Nagar Kirtan: the procession leaves the gurdwara at 9.00am and returns by 1.00pm. Road closures along the route have been approved; sevadars in orange vests will guide the sangat.
        Navarathri prayers nightly at 7.30pm from 2 to 10 Oct. Archanai tickets RM5 at the counter; ubayam sponsorship slots for the nine nights are full.
        The Annual General Meeting of the Sikh welfare society will be held on 22 Feb 2027 at 2.00pm. Members who wish to nominate candidates for the committee must submit Form N-3 by 31 Jan.
        Mass intentions for the Holy Souls month: $10 per intention, envelopes at the parish office. Names written on the envelopes are read only during Mass and the lists are shredded after November.
        Reminder to all visitors: shoes on the rack outside, heads covered in the Darbar Sahib, no tobacco or alcohol on the premises. Rumals are available at the entrance.
        Blood donation drive in the church hall this Sunday, 10am to 3pm, together with the blood bank. Donors must be 16 to 60 years old and weigh at least 45kg.
        The temple office hotline is now 6298 1174 (Mon to Sat, 9am to 6pm). For funeral prayer arrangements after office hours, call the duty priest line 6298 1175.
        Christmas hamper packing: 320 hampers will go to households under the parish welfare scheme this year. Drivers with their own cars are needed on Saturday 19 Dec from 9am.
        Thai Pongal in the temple courtyard on 14 Jan from 7am. Pots and firewood are provided; families should register at the counter by 10 Jan (limit 40 pots).
        The columbarium office will be closed on Good Friday and Easter Sunday. Niche visits are allowed, but applications for new niches will only be processed from Tuesday.
    """),
    ("en", "form and roster template"): _lines("""
        LANGAR SEVA ROSTER — Week of ________ | Sunday breakfast: Team A (prep 5.00am) | Sunday lunch: Team B | Dishwashing: Team C | Team leaders to confirm headcount by Thursday 9pm.
        Welfare Aid Application Form WA-1 / Applicant name: ______________ / NRIC/FIN: ______________ / Household size: ____ / Gross monthly household income: $________ / Attach latest CPF contribution history and 3 months of payslips.
        Marriage Solemnization Booking (Temple) / Groom name: ________ / Bride name: ________ / Date of ROM: ________ / Preferred muhurtham slot: [ ] 7.30am [ ] 9.30am [ ] 11.30am / Deposit $300 (non-refundable)
        Counselling intake (office use only) | Client ID: C-______ | Referred by: [ ] self [ ] pastor [ ] FSC [ ] hospital | Presenting issue: ____________ | Risk screen done: Y / N
        Funeral service request / Name of deceased: ________ / Date of death: ________ / Wake location: ________ / Contact person and mobile: ________ / Service language: Tamil / English / Punjabi / Mandarin
        Hi {volunteer_name}, thank you for signing up for langar seva on {shift_date}. Please arrive by {arrival_time} at the {kitchen} kitchen. Reply STOP to opt out of reminders.
        Roster export columns: shift_id, shift_date, slot (AM/PM), station (roti / dal / sabzi / washing), volunteer_id, confirmed (bool), remarks
        roster.yaml → shifts: [{slot: breakfast, start: "05:00", min_volunteers: 12}, {slot: lunch, start: "10:30", min_volunteers: 20}, {slot: washing, start: "13:00", min_volunteers: 8}]
        Thaipusam Kavadi Registration / Devotee name: ________ / IC or passport no.: ________ / Type: [ ] Alagu kavadi [ ] Paal kudam [ ] Ratham / I declare that I am medically fit to carry kavadi. Signature: ________
        SELECT shift_date, station, COUNT(*) AS volunteers FROM langar_roster WHERE shift_date >= '2027-01-01' GROUP BY shift_date, station ORDER BY shift_date;
        Bereavement care visit log (template): Date | Visited by (ministry team) | Family members present | Follow-up needed Y/N | Next visit date | Notes
        Dear Parishioner, your pledge of $______ for the Building Fund has been received with thanks. Official receipt no. BF-______ will be mailed to the address on our records.
    """),
    ("en", "welfare policy"): _lines("""
        Financial assistance is given for up to 6 months at a time, subject to review. Households with per capita income above $800 will be referred to ComCare or the nearest Family Service Centre.
        All counselling notes are kept in a locked cabinet at the church office and are destroyed 7 years after the last session, in line with our data protection policy.
        Volunteers handling welfare cases must attend the PDPA briefing and sign the confidentiality undertaking before they are given access to any case file.
        The gurdwara does not collect NRIC numbers from langar volunteers; only a name and a mobile number are kept, and only for the duration of the roster period.
        A Hindu temple ceremony alone does not make a legal marriage in Singapore; the solemnization must be conducted by a solemnizer licensed by the Registry of Marriages.
        In Malaysia, non-Muslim marriages must be registered under the Law Reform (Marriage and Divorce) Act 1976; temples appointed as registration centres may register the marriage on site.
        Bursary eligibility: students from Primary 1 to tertiary level, household per capita income not exceeding $1,200, and at least 80% school attendance in the previous year.
        Donations of $50 and above qualify for tax deduction. To receive it, donors must give their NRIC/FIN or UEN so the receipt can be submitted to IRAS; anonymous donations cannot be claimed.
        Our counsellors cannot provide crisis support after office hours. If you or someone you know is in immediate danger, call 995, or the Samaritans of Singapore 24-hour hotline at 1767.
        Befrienders Kuala Lumpur offers emotional support 24 hours a day at 03-7627 2929. The temple welfare desk can sit with you while you make the first call if you prefer.
        Dry rations (rice 10kg, cooking oil 2L, dhal 2kg, milk powder) are distributed on the first Saturday of each month to registered households. Beneficiaries should bring their collection card.
        Cases involving suspected family violence must be escalated to the welfare chairperson within 24 hours and reported to the authorities through the designated channel.
        Funeral assistance of up to RM1,500 is available to families who cannot afford cremation costs; applications must be supported by the death certificate and a letter from the local community leader.
        Personal data collected on this form will be used only to assess eligibility for assistance and will not be disclosed to third parties without consent, except as required by law.
    """),
    ("en", "history and faq"): _lines("""
        The Sri Mariamman Temple in South Bridge Road was founded in 1827 by Naraina Pillai, who arrived in Singapore with Stamford Raffles, and is the oldest Hindu temple in Singapore.
        Guru Nanak Dev Ji, the founder of Sikhism, was born in 1469 in Talwandi, the town known today as Nankana Sahib in Pakistan.
        Guru Gobind Singh established the Khalsa at Anandpur Sahib on Vaisakhi day in 1699.
        The Armenian Church of St Gregory the Illuminator, completed in 1836 to a design by George Drumgoole Coleman, is the oldest surviving church building in Singapore.
        The golden Murugan statue at Batu Caves, unveiled in 2006, stands 42.7 metres tall at the foot of the 272 steps.
        Why is langar eaten sitting on the floor? The practice, begun by Guru Nanak and made an institution by Guru Amar Das, puts everyone on the same level regardless of caste, wealth or faith.
        What is the difference between a kavadi and a paal kudam? A paal kudam is a pot of milk carried on the head as an offering to Lord Murugan; a kavadi is a decorated frame carried on the shoulders.
        Can non-Catholics attend a funeral Mass? Yes, all are welcome. Only Catholics receive Holy Communion; others may come forward for a blessing with their arms crossed over the chest.
        Is there a fee for an Anand Karaj at the gurdwara? Most gurdwaras do not charge for the ceremony itself, but families usually make an offering and sponsor the langar for the guests.
        Thaipusam is a public holiday in several Malaysian states, including Selangor, Penang, Perak, Johor and Negeri Sembilan, but it is not a public holiday in Singapore.
        St Andrew's Cathedral was built with Indian convict labour, and its white walls were finished with Madras chunam, a plaster said to contain egg white, sugar and coconut husk.
        How do I get to the Sri Veeramakaliamman Temple? It is about a 5-minute walk from Little India MRT station (NE7/DT12) along Serangoon Road.
    """),
    ("en", "treasurer record"): _lines("""
        Receipt No. SSPT/2026/018842 — Archanai (Sahasranamam) — $25.00 — paid by NETS — 06/12/2026 10:42
        Invoice INV-2026-1147, Ganesh Trading Pte Ltd: 50 bags Ponni rice 10kg @ $18.50 = $925.00, GST 9% $83.25, total $1,008.25, payment terms 30 days.
        Bank reconciliation Nov 2026: langar fund opening balance $42,318.60, donations received $18,905.00, provisions purchased $14,212.45, gas and utilities $2,630.10, closing balance $44,381.05.
        PayNow to UEN T08SS0123K (Sikh welfare fund) — please key in LANGAR in the reference field so the treasurer can allocate your donation.
        Cheques should be crossed and made payable to "Church of St Mark Building Fund"; bank transfers go to the church's OCBC current account 501-123456-001.
        Tracking no. SG2026120614238817 for the carton of prayer books from the publisher; expected delivery 10 Dec, to be received at the parish office.
        ISBN 978-981-4779-05-0 — hymnal, second edition, 120 copies ordered at $14.90 each, less 10% church discount.
        Case ref WEL-2026-0341 closed: assistance period ended and no renewal was requested. Total disbursed $1,800 over 6 months.
        Hall booking ref KM-27-0088: kalyana mandapam, Sunday 14 Feb 2027, 7.00am to 1.00pm, rental $2,400, deposit $500 received, balance due 14 Jan.
        Audit note: donation receipts nos. 004511 to 004513 were voided because of printing errors and are kept in the voided receipts file.
        Purchase order PO-0912: 12 x 14kg LPG cylinders for the langar kitchen, delivery Tuesday before 7am, vendor code V-2231.
    """),
    ("mixed", "group chat"): _lines("""
        Eh the langar tomorrow start 5am or 5.30? My team need to know when to come for the atta kneading
        Paiseh all, the tea urn in the kitchen spoil already, someone pls tell the office to call the repair guy
        Deepavali murukku order closing tonight ya, $12 per tin, collect at temple canteen Sat after 4pm
        Kavadi practice this Sunday after the 6pm pooja, boys come in veshti ok, don't come in shorts lah
        Reminder semua: parking at the church sangat limited on Christmas Eve, better take MRT or Grab
        Who took the big degh from the store? Need it back by Friday for the Gurpurab langar, thanks ji
        Anyone knows the Thaipusam road closure start from 11pm or midnight? Want to plan the drop-off
        Wah today the sambar finish so fast, next week must cook at least 3 big pots
        Choir practice shifted to 7.30pm Thurs because the hall booked for a wake. Bring your new hymn sheets
        Aiyo who left the rice cooker on whole night in the fellowship hall, the office very angry already 😅
        Pls bring extra tiffin carriers for the food distribution, last month we ran out halfway
        Nanti Sunday after service got potluck ah? I bring kuih lapis and curry puff
        Langar seva signups for Vaisakhi open already, link in the group description. Dishwashing slots still got a lot
        Can someone check whether the ambulance for the Thaipusam first aid post is confirmed? The first aid association said they will reply by Monday
        The new donation QR is the one with the temple logo ok, the old one don't use anymore, scammers sending fake QR in other groups
        Wedding hall aircon not cold again, 3rd time this month, committee pls do something before the Feb muhurtham season
    """),
    ("ms", "notis"): _lines("""
        Notis: Dewan kuil ditutup untuk kerja-kerja pembaikan dari 3 hingga 7 Januari. Upacara perkahwinan yang telah ditempah akan dipindahkan ke dewan serbaguna.
        Pendaftaran kavadi Thaipusam dibuka mulai 2 Januari di pejabat kuil, 9 pagi hingga 5 petang. Sila bawa kad pengenalan untuk pengesahan.
        Bantuan makanan bulanan akan diedarkan pada Sabtu pertama setiap bulan. Penerima berdaftar sila bawa kad pengambilan.
        Gereja akan mengadakan Misa Krismas dalam Bahasa Malaysia pada jam 9.00 malam, 24 Disember. Semua dijemput hadir.
        Langar percuma dihidangkan setiap hari dari 11 pagi hingga 2 petang di gurdwara. Sila tanggalkan kasut dan tutup kepala sebelum masuk.
        Untuk pertanyaan mengenai pendaftaran perkahwinan, sila hubungi pejabat kuil di 03-2078 3467 semasa waktu pejabat.
        Permohonan biasiswa pelajar bagi tahun 2027 dibuka sehingga 31 Januari. Borang boleh diambil di kaunter kebajikan.
        Khidmat kaunseling percuma disediakan setiap Selasa dan Khamis, 2 petang hingga 6 petang, dengan temu janji. Semua maklumat dirahsiakan.
        Peringatan: Semua sukarelawan perarakan Thaipusam wajib hadir taklimat keselamatan pada 20 Januari jam 8 malam di dewan kuil.
        Derma boleh dibuat melalui DuitNow QR di kaunter utama; resit rasmi akan dikeluarkan atas permintaan.
    """),
    ("zh-Hans", "community notice"): _lines("""
        本堂圣诞节崇拜时间：12月24日晚上8时（华语），12月25日上午9时（英语）及上午11时（华语）。欢迎亲友一同参加。
        福利部提醒：每月第一个星期六上午10时在副堂发放干粮，已登记的家庭请携带领取卡。
        本堂提供免费辅导服务，每周二、四下午2时至6时，需预约。所有谈话内容均保密。
        婚礼场地须提前六个月预订，新人并需参加教会安排的婚前辅导课程（共四堂）。
        追思礼拜可在本堂或殡仪馆举行，请与教会办公室联系安排，办公室电话 6345 2871。
        锡克庙每天免费提供素食（Langar），不分宗教种族，欢迎所有人。
        大宝森节当天部分道路封闭，请留意陆路交通管理局的公告，并尽量乘搭地铁前往。
        屠妖节期间小印度一带人潮拥挤，请看管好个人财物，小心扒手。
        圣诞节爱心礼包包装活动定于12月19日上午9时举行，需要约30名志工，请到办公室报名。
        根据个人资料保护法令，教会只会将登记资料用于福利评估，不会转交第三方。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LANGAR ROSTER Sun 13 Dec — Roti station: Harpreet Kaur (9176 2043), Manjit Singh Gill (8325 0917), Jasvinder Kaur d/o Gurbachan Singh; team lead Amarjit Singh 9648 3302
        Welfare aid approved: Mdm Letchumi d/o Ramasamy, NRIC S7834521G, 3-person household, income $1,150/mth (part-time cleaner). $300 monthly grocery vouchers for 6 months from Jan 2027.
        Prayer list for Sunday: please uphold Bro. Daniel Tan Wei Ming, who underwent a triple bypass on Tuesday, and Sis. Grace Lim Hui Shan, whose chemotherapy starts next week.
        Counselling session note 3 — client Ms Priya Nair, 34. Reports low mood since her miscarriage in August, poor sleep, denies suicidal ideation. Husband Arvind not yet aware she is attending. Next session 17 Dec.
        Marriage booking confirmed: Groom SURESH KUMAR S/O MANOGARAN (S8612093C) and Bride KAVITHA D/O RAJENDRAN (T0245718G), solemnization 14 Feb 2027, 9.30am muhurtham, kalyana mandapam. Deposit $300 paid.
        Funeral notice: the late Mr Ong Ah Huat (1941–2026). Wake at the void deck of Blk 418 Bedok North Ave 2, funeral service Sat 10am. For enquiries please contact his son Ong Kok Leong at 9734 1180.
        Donation receipt for tax deduction — Donor: Mr Tan Boon Kiat, NRIC S6921407Z, amount $2,000.00, receipt no. BF-2026-00917, date 28/11/2026.
        Bursary 2027 award list (primary): Kishore s/o Ravichandran, P5, Westwood Primary, $400 | Dhanya Sree d/o Murali, P3, Greendale Primary, $300 | Ethan Lourdes, P6, St Anthony's Primary, $400
        Pls note Uncle Balwant Singh Sidhu (wheelchair user, Blk 203 Woodlands Ave 9) needs pickup for langar on Sunday 10am; his daughter Simran's HP is 9012 6647.
        Home visit report: Mrs Josephine Pereira, 78, lives alone at 31 Jalan Kembangan, uses a walking frame since her fall in October; a neighbour brings her meals. Requested help with utilities arrears of $412.
        FIN G5617302T — Mr Rajib Hossain, work permit holder, asked for emergency food rations after his employer stopped paying his salary in October; referred to the migrant workers' centre.
        Please refund the hall deposit of $500 to Mr Anand Krishnan's POSB savings account 188-42613-7 (booking ref KM-27-0091). He cancelled because of his mother's hospitalisation.
        Card payment for Navarathri ubayam sponsorship: cardholder LIM SIEW LING, Visa 4556 3375 3355 4149, exp 09/28, amount $1,008.00.
        Choir member update: Sis. Melissa Fernandez has moved to 25 Upper Serangoon View #12-33, Singapore 534206; new email mel.fdz82@gmail.com
        Anand Karaj on 7 Mar: Gurpreet Singh Sandhu and Navneet Kaur Dhillon. Bride's father Mr Sukhdev Singh Dhillon is sponsoring langar for 400 guests; contact 9821 5570.
        Welfare committee minutes, item 4: Mr Kenneth Sim (S9043176E) applied for help with his son's ITE school fees after losing his job as a delivery driver in September. Committee approved $600 one-off.
        Volunteer incident log 02/12: Encik Raju a/l Velu (HP 012-738 4521) sustained a burn on his right forearm while handling the dal pot; first aid given and sent to the hospital A&E by his brother.
        Pastoral care: visited Aunty Mary Chua Geok Lian at Tan Tock Seng, Ward 9B bed 12. Recovering from a stroke, speech still slurred. Her daughter Rebecca will update the cell group.
        Thaipusam annadhanam sponsors: Mr and Mrs Selvam Pillai, 14 Jalan Loyang Besar, Singapore 509273, $1,500 — official receipt to be mailed to their home.
        From: Shanthi Gopal <shanthi.gopal77@yahoo.com.sg> Subject: Appeal for help — my husband was admitted to IMH last week and I cannot pay the rent for our flat this month. Can the temple help us?
        Car park pass for the wedding family: vehicle SKL 4821 C, driver Mr Harjit Singh Randhawa, valid 14 Feb 7am to 2pm, lot 12 near the kitchen entrance.
        Funeral prayers booked: deceased Mr Periasamy s/o Kandasamy; wake at Blk 55 Chai Chee Drive #03-118; priest to go at 7pm Thu; contact widow Mdm Saroja 8167 2294.
        Case WEL-2026-0352: Ms Nur Aisyah binti Rahman, 27, single mother of two, staying at a friend's place in Yishun after leaving an abusive relationship; needs help with the childcare subsidy application.
        Bulletin: Congratulations to Joshua Koh Jun Wei and Evangeline Sim Pei Shan, who were married in our church on 28 Nov! They will be moving to Perth in January for Joshua's new job.
        SEVADAR ID CARD / NAME: BALJIT KAUR / NRIC: S5521968J / DOB: 02-06-1955 / BLOOD GROUP: B+ / EMERGENCY CONTACT: son, 9364 7718
        Counsellor handover: Mr Vikram Menon (HP 8743 2290) has relapsed with alcohol and missed his last two sessions; his wife called the office on Monday, very worried. Please follow up this week.
        Refund form — Name: Chong Mei Fong / Maybank a/c 1142 3358 7016 / Amount: RM250 / Reason: cancelled wedding hall booking for 22/05/2027
        Passport copies for the Amritsar yatra group: Mr Gurcharan Singh Bains, passport E7731854K; Mrs Kulwant Kaur Bains, passport E7731862L; both depart 3 Mar on SQ.
        Befriender match: Mr Goh Ah Seng (82, early dementia, lives with his helper at Blk 7 Dover Crescent) assigned to volunteer Ms Sharon D'Cruz for fortnightly visits.
        Youth camp medical list: Aaron Thomas (sec 3) — asthma, carries inhaler; Nadia Joseph (sec 2) — peanut allergy, EpiPen with camp nurse; parents' consent forms received.
    """),
    "mixed": _lines("""
        guys pls pray for my mum lah, Mdm Kamala Devi d/o Sinnathamby, warded at CGH since yesterday for kidney failure, doctor say need to start dialysis already
        Bro Thomas Ng Kian Hock the new usher, his no. is 9155 3087, pls add him to the group
        eh harpreet's dad (Mr Kuldip Singh Bhullar, the one who always do dishwashing) kena fall at home last night, now at Khoo Teck Puat ward 7, visiting hrs 12 to 2
        anyone got contact for the auntie who cook sambar last week? oh found it already, Vasanthi Arumugam 8942 1106
        PayNow $45 for the murukku to 9273 5541 (Shalini Ravi) ya, tq
        Wedding ushers list: Ryan Tan (8711 3320), Dinesh Raj s/o Maniam (9680 4115), Aaron Lourdes (8133 9027), report 7.30am sharp ok
        Sis Evelyn Goh's son Caleb kena caught vaping in school, she very stressed, pls don't gossip but keep her in prayer
        jaspal bhaji new number 016-552 8830 (Malaysia line) while he's back in Ipoh for his father's bypass surgery
    """),
    "ms": _lines("""
        Penerima bantuan bulan Januari: Puan Letchumy a/p Muniandy, KP 680412-08-5532, Taman Bercham, Ipoh — baucar makanan RM200.
        Encik Ravi a/l Ganesan (012-409 7736) telah mendaftar untuk kaunseling perkahwinan bersama isterinya; sesi pertama pada 8 Januari jam 3 petang.
        Sukarelawan langar minggu ini: Manpreet Kaur (016-221 4908), Harvinder Singh a/l Bachan Singh (019-376 5512).
        Permohonan biasiswa: nama pelajar Thivya a/p Saravanan, Tingkatan 4, SMK Convent Bukit Nanas, pendapatan isi rumah RM2,300 sebulan, bapa bekerja sebagai pemandu lori.
        Upacara pengebumian mendiang Encik Joseph Anthony akan diadakan pada hari Sabtu; sebarang pertanyaan sila hubungi anaknya Cik Maria Joseph di 011-2384 6650.
        Tempahan dewan perkahwinan: pengantin lelaki Kumaresan a/l Rajoo (KP 910305-07-5287), pengantin perempuan Devi a/p Subramaniam (KP 930718-07-5426), tarikh 12 Jun 2027.
        Aduan: sukarelawan Encik Samuel Lee Chee Keong didapati memarahi warga emas semasa agihan makanan pada 5 Disember; jawatankuasa akan berjumpa beliau minggu depan.
    """),
    "zh-Hans": _lines("""
        请为陈美玲姐妹代祷，她下周二开始化疗，丈夫黄志强弟兄需要独自照顾两个孩子。
        福利申请：申请人林国华，身份证 S7290634I，家庭月收入约1,400元，妻子中风后需要长期护理。
        婚前辅导登记：新郎张伟杰（电话 9188 4027），新娘李慧敏，婚礼日期 2027年3月20日。
        追思礼拜通知：已故王德明弟兄的追思礼拜定于本周六上午10时举行，家属联系人：长女王丽珍 8266 0413。
        探访记录：刘秀英姐妹，85岁，独居于宏茂桥10道第348座，最近在家跌倒，行动不便，需要志工每周送饭两次。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a short letter to the gurdwara welfare committee asking for monthly help for my neighbour? He is Mr Avtar Singh Grewal, 71, lives alone at Blk 11 Jalan Bukit Merah #05-212.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: 'Dear Welfare Committee, I am writing on behalf of my neighbour, Mr Avtar Singh Grewal, aged 71, who lives alone. I would be grateful if the committee could consider him for monthly assistance...' Would you like to add details of his income or health?",
        ),
        (
            "user",
            "Yes add that his only income is $450 Silver Support plus a bit from his son, he has diabetes and one leg amputated last year, and his NRIC is S1846207I.",
        ),
    ],
    [
        (
            "system",
            "You are the parish office assistant. Be gentle and clear with bereaved families.",
        ),
        (
            "user",
            "Hi, my father Francis Xavier D'Souza passed away at home last night. I'd like to book a funeral Mass for Thursday. My number is 9437 2286.",
        ),
        (
            "assistant",
            "I am very sorry for your loss. A funeral Mass on Thursday is possible at 10am or 2pm. Could you tell me where the wake is being held so the priest can come for the evening prayers?",
        ),
        (
            "user",
            "Wake is at our flat, Blk 627 Hougang Ave 8 #09-41. 10am please, and my brother Michael will do the eulogy.",
        ),
    ],
    [
        (
            "user",
            "hi, nama saya Ganesh a/l Perumal, IC 830617-10-5391. boleh saya daftar paal kudam untuk anak perempuan saya sekali?",
        ),
        (
            "assistant",
            "Boleh. Untuk kanak-kanak di bawah 18 tahun, ibu bapa perlu mendaftar bagi pihak mereka dan menandatangani borang persetujuan. Sila nyatakan nama dan umur anak anda.",
        ),
        (
            "user",
            "anak saya Kavya a/p Ganesh, umur 12, sekolah SJK(T) Jalan Sungai Besi. dia ada asma sikit, ok ke?",
        ),
    ],
    [
        (
            "user",
            "I want to see the church counsellor. My husband Vincent Low has been gambling online, he lost about $40k of our savings and I only found out last week.",
        ),
        (
            "assistant",
            "I'm sorry you are going through this. The church counselling service can see you in confidence. Would you like me to help you write a message to the counselling office to request an appointment?",
        ),
        (
            "user",
            "Yes please. My name is Karen Low, mobile 8651 3309, I prefer weekday afternoons when the kids are in school.",
        ),
    ],
    [
        (
            "user",
            "Please turn this into a neat table for the langar roster: jaswant singh 91238874 roti, paramjit kaur 8290 1156 dal, ravinder 9672-3301 washing, gurmeet kaur sabzi 87045512",
        ),
        (
            "assistant",
            "| Name | Mobile | Station  / | Jaswant Singh | 9123 8874 | Roti  / | Paramjit Kaur | 8290 1156 | Dal  / | Ravinder | 9672 3301 | Washing  / | Gurmeet Kaur | 8704 5512 | Sabzi |",
        ),
        (
            "user",
            "Thanks. Add a note that Paramjit Kaur cannot lift heavy pots because of her back surgery.",
        ),
    ],
    [
        (
            "user",
            "We're getting married at the temple on 5 June 2027. Groom is Arjun Pillai, bride is Meera Krishnan. Can you write a short Tamil-English invitation?",
        ),
        (
            "assistant",
            "Certainly. 'With the blessings of the Almighty, the families of Arjun Pillai and Meera Krishnan invite you to their wedding on Saturday, 5 June 2027...' Shall I include the muhurtham time and RSVP details?",
        ),
        (
            "user",
            "Yes, muhurtham 9.15am, RSVP to Meera's mother Mrs Lalitha Krishnan at 9826 4470 by 1 May.",
        ),
    ],
    [
        (
            "user",
            "Can you check this donation receipt is correct before I send? Donor: Ms Ho Li Ting, NRIC T0513862G, amount $500, receipt BF-2026-01122.",
        ),
        (
            "assistant",
            "The format looks fine: donor name, identification number, amount and receipt number are all present. You may also want to add the date of donation and the charity's UEN.",
        ),
        ("user", "ok date is 30 Nov 2026. send to her email liting.ho05@hotmail.com right?"),
    ],
    [
        (
            "user",
            "Christmas hamper delivery route for Sat, can you sort by area? 1) Mdm Fatimah Bee, Blk 23 Toa Payoh Lor 7 #04-55, 2) Mr Chandran s/o Pillay, Blk 156 Bukit Batok St 11 #02-31, 3) Mdm Lee Ah Moi, Blk 19 Toa Payoh Lor 7 #11-02",
        ),
        (
            "assistant",
            "Sorted by area: Toa Payoh — Mdm Fatimah Bee (Blk 23, #04-55), Mdm Lee Ah Moi (Blk 19, #11-02); Bukit Batok — Mr Chandran s/o Pillay (Blk 156, #02-31). Start with Toa Payoh as the two blocks are next to each other.",
        ),
        (
            "user",
            "good. also note Mdm Lee is bedridden, knock loudly and wait, her helper may be downstairs.",
        ),
    ],
    [
        (
            "user",
            "tolong draft whatsapp to Encik Kannan a/l Muthu, we refund RM500 deposit for Deepavali stall to his account",
        ),
        (
            "assistant",
            "Boleh. 'Salam sejahtera Encik Kannan, pihak kuil akan memulangkan deposit gerai Deepavali sebanyak RM500 ke akaun bank anda...' Sila berikan nombor akaun jika mahu dimasukkan.",
        ),
        ("user", "CIMB 8604 1127 3390, his HP 017-663 2184"),
    ],
    [
        ("user", "帮我写一个代祷信息：我的婆婆郑秀兰在邱德拔医院，心脏手术后还在加护病房。"),
        (
            "assistant",
            "好的：'亲爱的弟兄姐妹，请为郑秀兰姐妹代祷，她刚做完心脏手术，目前在医院加护病房观察，求主赐她平安与医治。'需要加上家属联络方式吗？",
        ),
        ("user", "加上我的电话 9733 6018，我叫陈建国，有人想探望可以先联络我。"),
    ],
    [
        ("system", "You help youth ministry staff write follow-up notes."),
        (
            "user",
            "Write a short follow-up note: Nathaniel Chia, 15, from our youth group, told me he has been self-harming since his parents' divorce. He goes to Bedok South Secondary.",
        ),
        (
            "assistant",
            "Here is a note: 'Follow-up: Nathaniel Chia (15) disclosed self-harm linked to family changes. Immediate steps: inform the youth pastor today, contact a parent or guardian, and refer to a professional counsellor. Do not leave him alone if there is current risk.'",
        ),
        ("user", "Add that his mum's number is 8244 9150 and she doesn't know yet."),
    ],
]
