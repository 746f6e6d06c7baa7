# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix30: Singapore National Service and reservist life (Singlish, English, 华文, Melayu). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix30
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "NS forum posts"): _lines("""
        Anyone enlisting 12 Jan intake? Heard Tekong this year got new bunks, aircon or not ah?
        PES B1 vs C9L1 what's the actual difference? Doc at CMPB say my knee "borderline" only, damn sian waiting for the review letter.
        Pro tip for BMT: bring extra Sebamed and tiger balm, and label everything with your 4D, confirm got people anyhow take.
        Is it normal for ICT to be activated with only 3 weeks notice? My last one came via NS Portal SMS, no letter at all.
        ORD loh!!! 730 days done, 0 days left. Thank you to all the encik and sirs who tahan my nonsense 🫡
        Quick q: if I fail IPPT twice do I go RT or IPT? Window closing 31 Mar and I still haven't booked a slot at Maju.
        For those asking — MUP claims for self-employed need your NOA from IRAS for the last 2 years. Took about 4 weeks to get paid.
        Tbh SCDF vocation quite chill if you get rota at a neighbourhood fire post, but when got call 3am you still must turn out within 1 min.
        Anyone know which bus from Boon Lay to SAFTI? 182 or 193? Booking in first time tmr, don't want to be late then kena extra.
        Nah that "new IPPT format 2026" post is fake, MINDEF never announce anything. Stop spreading la.
        My platoon sergeant very garang but actually quite fair. If you keep quiet and don't siam, you'll be fine.
        r/NationalServiceSG weekly thread #214: post your vocation, posting and what you wish you knew before enlistment.
        Guys, Ah Boys to Men is NOT a documentary 😂 no one in my coy got a Lobang who can settle everything.
    """),
    ("en-SG", "IPPT and ICT notices"): _lines("""
        NOTICE: Your IPPT window for Work Year 2026 opens on 1 Feb 2026 and closes on 31 Jan 2027. Book your test at any FCC via the NS Portal.
        Dear <Rank> <Full Name>, you are required to report for In-Camp Training at <Camp> on <Date> at <Time>. Please bring your 11B and this notice.
        ICT Reporting: 0800hrs, Khatib Camp Main Gate. Attire: No. 4 with boots. Duration: 10 days. Unit: {UNIT_CODE}.
        IPPT awards for NSmen: Gold $500, Silver $300, Pass with Incentive $200. Scores are based on age group, push-ups, sit-ups and 2.4km run.
        NS FIT sessions are available on weekdays 1900-2100 and Saturdays 0800-1000 at Kranji, Maju and Khatib FCCs.
        Booking ref. IPT-2026-0418-7732 is confirmed for Session 3 (1930hrs). Late arrival of more than 15 min will be marked absent.
        Deferment requests must be submitted at least 8 weeks before the ICT start date, with supporting documents from your employer. Do not attach documents unrelated to the request.
        Reminder: Open Mobilisation Exercise — on hearing your unit's codeword on radio or TV, report to your mobilisation centre within the stipulated time.
        NS PORTAL: Your ICT for 12-23 Oct has been confirmed. Ref: ICT/2026/40SAR/0915. This SMS is not monitored. For enquiries call 1800-367-6767.
        Failure to report for ICT without a valid reason is an offence under the Enlistment Act 1970 and may result in prosecution.
        Book out: 1800hrs Friday. Book in: 2200hrs Sunday. Stay-in personnel to report to the CSM office for the duty roster.
        Template — Employer Letter: "This is to certify that [Name], NRIC [XXXXXXXX], has been employed as [Designation] since [Date], drawing a monthly salary of [Amount]."
        ICT pay will be credited within 5 working days after the last day of training. Check the "Pay & Allowances" page of the NS Portal for the status.
    """),
    ("en-SG", "SAF SCDF SPF announcements"): _lines("""
        SCDF: In case of fire or medical emergency, call 995. For non-emergency ambulance services, call 1777.
        The Singapore Police Force reminds the public to call 999 for emergencies, or the Police Hotline at 1800-255-0000 to provide information.
        Minister for Defence Chan Chun Sing officiated at the Commissioning Parade at SAFTI MI, where 412 officer cadets received their commission.
        Chief of Defence Force Vice-Admiral Aaron Beng thanked NSmen and their employers at this year's Total Defence Awards.
        Exercise Wallaby concluded at Shoalwater Bay Training Area, Queensland, with more than 1,000 SAF personnel taking part.
        Live firing at Pasir Laba Live Firing Area: 0700-1900hrs, 3-7 Mar. Members of the public are advised to keep clear of the demarcated areas.
        A fire broke out at a 10th-storey unit in Tampines on Sunday afternoon. SCDF evacuated about 40 residents and no injuries were reported.
        MINDEF press release (14 Mar 2026): The SAF will conduct a routine combined arms exercise in western Singapore. Residents may hear loud sounds.
        The Home Team NS Awards recognise PNSmen and SCDF NSmen for their service; nominations from units close on 30 Apr.
        Lost your SAF 11B? Make a police report online, then visit CMPB at 3 Depot Road, Singapore 109680 with the report number.
        RSAF Open House 2026 at Paya Lebar Air Base: free entry, shuttle buses from Paya Lebar MRT every 10 min, 0900-1700.
        SPF is recruiting: full-time NSFs posted to the Police Coast Guard will undergo a 9-week training programme at the Home Team Academy.
    """),
    ("en-SG", "NS guides and MINDEF policy"): _lines("""
        Under the PDPA, units must not circulate full NRIC numbers in chat groups. Where strictly necessary, show only the last three digits and the letter.
        Make-Up Pay (MUP) compensates employed NSmen for the difference between their civilian income and their NS pay during ICT.
        Self-employed NSmen claim MUP based on the assessable income in their Notice of Assessment; upload the IRAS NOA as a PDF.
        How to apply for an Exit Permit: Step 1, log in to the NS Portal with Singpass; Step 2, select "Overseas Travel"; Step 3, enter your trip dates and destination.
        Handling medical documents: store memos in the unit's restricted drive only; never post MC photos in chat groups; redact the diagnosis before forwarding to admin clerks.
        The Enlistment Act requires all male Singapore citizens and second-generation permanent residents to register for NS upon reaching 16½ years of age.
        Pre-enlistment checklist: Singpass login, PES notification letter, enlistment letter, and a bank account in your own name for allowance crediting.
        All exports of personnel data must be password-protected, and the password must be sent through a separate channel such as SMS.
        NSF allowance table (illustrative): REC $755, PTE $775, LCP $805, CPL $880, 3SG $1,120, 2LT $1,300.
        FAQ: Deferment from full-time NS is generally not granted for university studies, except for medicine at local universities under specific schemes.
        Employers may not dismiss or penalise an employee for attending NS. Call the NS Call Centre at 1800-367-6767 for assistance.
        NSmen who travel overseas for 14 days or more should notify their unit, and those going for 6 months or more must apply for an Exit Permit.
    """),
    ("mixed", "army group chat and camp slang"): _lines("""
        Oi tmr 0530 first parade, all bring water bottle full. Don't be the one kena pumping for whole platoon again
        Wah lau 今天又 area cleaning, 我们 section 扫到 4pm, the encik come check still say got leaf
        Sian lah cookhouse today again mee siam, tmr confirm nasi lemak then 周三 chicken rice
        Guys pls chope the back row in the 3 tonner, I need to 睡觉 before the route march
        Who got extra rifle cleaning kit? Mine the pull-through spoil already, confirm kena if 2IC check
        Reminder: BO tomorrow 1200 if no extra. Don't anyhow wayang then kena confine, ok?
        Anyone wanna share Grab back to Tampines after BO? split 4 way quite cheap one
        Bro today stand by bed 3 times leh, 真的是 tekan level max
        Jom makan after ICT end? Prata at Jalan Kayu confirm shiok 😋
        Reservist group: ICT activation confirmed 14–25 Sept, pls ack with 👍 and update NS Portal if got clash
        Agar agar one lah, don't need to be so precise. Just eyeball the azimuth and walk.
        Kena extra 2 days because the whole bunk fail stand by area. Ok lor, 命苦
        PSA: 3 tonner leaving 0645 sharp from parade square. Late = walk to range 🙃
    """),
    ("en-SG", "memorials and history"): _lines("""
        Lieutenant Adnan Saidi led C Company of the 1st Battalion, Malay Regiment at the Battle of Pasir Panjang in February 1942.
        Reflections at Bukit Chandu, 31-K Pepys Road, Singapore 118458, tells the story of the Malay Regiment's last stand.
        The Lim Bo Seng Memorial at Esplanade Park honours the Force 136 resistance leader who died in Japanese captivity in 1944.
        Dr Goh Keng Swee, Singapore's first Minister for Defence, introduced National Service in 1967.
        The Kranji War Memorial contains the graves of more than 4,400 Commonwealth servicemen who died in the Second World War.
        Elizabeth Choy was interned and tortured by the Kempeitai after the Double Tenth incident of 1943.
        SAFTI Military Institute's Goh Keng Swee Command and Staff College runs courses for mid-career officers.
        Of the first batch of NS registrants in 1967, 900 young men were enlisted into the first two NS battalions, 3 SIR and 4 SIR.
        The Civilian War Memorial, known locally as "the chopsticks", hosts the annual ceremony on Total Defence Day, 15 February.
        Plaques at Changi Beach and Punggol Beach mark sites of the Sook Ching massacre of February 1942.
        The Army Museum of Singapore next to SAFTI MI traces the Army's history from the first NS battalions to today's digital forces.
        National Service has been called a rite of passage by successive Defence Ministers since the 1970s.
    """),
    ("zh-Hans", "国民服役新闻与指南"): _lines("""
        国防部宣布，自2026年起，全职国民服役人员（NSF）的每月津贴将调高，具体数额请参阅国防部网站。
        个人体能测验（IPPT）包括俯卧撑、仰卧起坐和2.4公里跑三个项目，满分为100分。
        战备军人若无法出席常年训练（ICT），须至少提前八周通过NS Portal提交延期申请。
        林谋盛烈士纪念碑位于滨海艺术中心附近的滨海公园，是新加坡的国家古迹之一。
        德光岛基本军事训练学院（BMTC）每年接收数以万计的新兵。
        国防部国民服役热线：1800-367-6767（星期一至星期五，上午8时30分至下午6时）。
        阿南沙益中尉在巴西班让战役中率领马来军团奋勇抵抗，至今仍被视为民族英雄。
        电影《新兵正传》由梁智强执导，片中的 Ken Chow 和 Lobang 两个角色深受观众喜爱。
        请勿在群组中转发新兵的身份证号码、病假单或家庭住址；如需核对资料，请私下联系连部行政文员。
        全面防卫日当天中午12时20分，全岛将鸣响公共警报系统（PWS）的"重要讯息"信号。
    """),
    ("ms", "notis dan panduan NS"): _lines("""
        Perhatian kepada semua NSmen: Latihan Dalam Kem (ICT) bagi tahun kerja 2026 akan bermula pada bulan Mac.
        Leftenan Adnan Saidi gugur di Bukit Chandu pada 14 Februari 1942 ketika mempertahankan Singapura.
        Sila hubungi Pusat Panggilan NS di talian 1800-367-6767 untuk sebarang pertanyaan mengenai tempahan IPPT.
        Semua warganegara lelaki Singapura wajib mendaftar untuk Perkhidmatan Negara apabila berumur 16½ tahun.
        Jangan kongsi nombor NRIC, alamat rumah atau sijil cuti sakit anggota dalam kumpulan WhatsApp unit.
        Geng, esok first parade pukul 0600, jangan lambat nanti kena tekan satu platun.
        Majlis Hari Pertahanan Menyeluruh akan diadakan di Tugu Peringatan Perang Orang Awam pada 15 Februari.
    """),
    ("en-SG", "NS portal system text and records"): _lines("""
        NS Portal app v6.4.2 (build 2026.11.18-a3f9c1e) — fixes IPPT booking crash on Android 15.
        SAF e-Mart order #EM-2611-004731: 2x Combat Boots (Size 9), 1x Admin Pouch, total S$184.60. Ready for collection at Kranji Camp III.
        SingPost tracking RR482130972SG — item "SAF 100 Pin Set" out for delivery.
        2026-10-14T08:31:07+08:00 INFO ippt-booking-svc slot_id=FCC-MAJU-0915-S3 capacity=120 booked=117
        sha256 293439ff570c66914a52f245d8b21de6db0884551c55130894e697d015916432  ns-portal-android-6.4.2.apk
        CSV header: rank,name,nric_last4,unit,pes,ippt_score,ict_status
        Error 403: Singpass session expired. Please log in again to continue your MUP claim. (ref: a7c3e19b)
        Sample record (dummy): {"rank": "PTE", "name": "<redacted>", "nric": "S0000000A", "unit": "DEMO"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Rec Muhammad Irfan bin Zulkifli (T0738152I), BMTC Sch 3 Echo Coy Pl 2 — PES downgraded to C9L1 on 14/11 due to bronchial asthma, excused RMJ and boots until 14/02.
        Hi Sir, I'm Mdm Lim Siew Hoon, mother of Rec Ethan Tan Jun Hao from Pl 4 Charlie Coy. Can call me at 9127 4408 when the ferry reaches, I'll be waiting at the carpark.
        Deferment appeal — 2SG Goh Wei Ming (S9427316A), 40 SAR. I am a VP at Meridian Capital Partners, monthly gross $14,800, and the ICT clashes with our Tokyo IPO roadshow 3-14 Nov.
        Incident report: LCP Ravi s/o Krishnasamy, 3 SIR Bravo Coy, sustained a closed fracture of the left tibia during FIBUA training at Murai Camp on 08 Oct 2026 and is warded at NTFGH Ward 46.
        bro can drop me at Blk 682C Punggol Dr #11-284 after BO? Thanks ah, my house the one near Waterway Point
        MUP claim for CPT Lee Kah Meng, POSB Savings 198-32741-6, employer Halcyon Marine Engineering Pte Ltd, basic salary $7,950 + fixed allowance $600.
        NOK details for 2LT Daniel Chua: father Mr Chua Boon Keat, S7034582Z, HP 9830 1172, 25 Toh Tuck Road #03-07 Singapore 596711.
        Rec Aaron Seah is G6PD deficient — do NOT give him Bactrim or anything with naphthalene. NRIC T0761904E, Sch 1 Alpha Coy.
        Former NSF Daryl Lim Jia Le, 21, was sentenced to four months' detention in the SAF Detention Barracks for going AWOL for 63 days from Selarang Camp.
        PTE Harpreet Singh s/o Gurdev Singh, T0693317Z, practising Sikh, requests permission to wear a patka under his helmet — attach religious exemption memo.
        IPPT result slip: 3SG Jeremy Koh Zhi Hao, S9618042Z, age grp 27, push-up 38, sit-up 40, 2.4km 10:42 — 78 pts SILVER.
        Hi Serene, I'll be on ICT 12-23 Oct, pls route urgent matters to my manager. Thanks — Benjamin Ong Wei Lun (benjamin.ong.wl@gmail.com, HP 8716 0243)
        Hi admin, SGT (NS) Nurul Hakim bin Yusof here, my mum just got admitted to SKH for a stroke, need to apply compassionate deferment for ICT. HP 8264 5093.
        SAF 11B lost: 1SG Wong Kai Xiang, NRIC S****571J, 24 SA, last seen at the Khatib Camp gym on Tuesday evening.
        Vehicle pass application: CFC Lim Yong Sheng, vehicle SLK 4728 H (white Toyota Corolla Altis), parking lot B2 for the ICT duration.
        Reservist Tan Wei Jie from 2 SIR collapsed during the 2.4km at Maju FCC yesterday, doctors at NUH say it's heat stroke and he's still in ICU.
        Exit permit: LTA (NS) Chow Ka Ho, working at a bank in Hong Kong, HK mobile 9627 3185, residing at Flat 12B, Tower 3, Laguna City, Kwun Tong.
        For the NS D&D deposit just charge my card lah — Visa 4556 3602 1874 3092, exp 09/28, name on card LEONARD YEO.
        My wife Chen Yi-Ting is Taiwanese, her ID is F226093754 — need her details for the 40 SAR family day registration.
        Urine test positive for cannabis: PTE Marcus Phua Jun Kai (T0815526C), 1 GDS, to be referred to SAF Provost Unit for investigation.
        POP guests for Rec Javier Ng Kai Wen: Mr Ng Teck Huat and Mrs Ng (nee Ho Li Ping), contact 9455 0318.
        Section mate Joel Tay's birthday is 3 Mar 2007 — his mum says we can deliver the cake to 17 Jalan Kembangan, Singapore 419116.
        Medical board outcome for 2SG Shaun Rajoo (S9752208A): PES E9L9 due to major depressive disorder, to be re-vocationed out of combat roles.
        Salary cert: ME2 Kelvin Ang Boon Hock, Senior Technician at Aerotech Nexus Pte Ltd, $4,320/mth; MUP to be credited to OCBC 5012 8834 7001.
    """),
    "mixed": _lines("""
        Encik, 我儿子 Rec Lim Jun Wei (T0724468H) 昨天发烧39度, 现在在 Tekong 的 medical centre 吗? 我是他妈妈 9638 2104
        Bro 我住 Blk 412 Bedok North Ave 2 #07-1185, BO 后 can tumpang your car? I pay petrol
        Mak saya Puan Rohani binti Ismail, MyKad 750412-01-5238, tinggal di JB, boleh ke dia masuk for POP as visitor?
        Kawan, PTE Haziq bin Roslan kena MC 5 hari sebab dengue, dia warded kat CGH, his hp 8591 3720 kalau nak visit
        3SG 陈志明 S9083364B 的 ICT 已经延期, reason: 太太 due date 20 Nov at KKH, 请 update roster
        我弟弟 Rec 黄俊杰 in 3 SIR Charlie Coy, PES B2 因为扁平足 flat feet, 他说那个 MO 态度很差
        Wei, Mr Teo 刚刚打来, 他说 Rec Teo Kai Le 的 pickup 改到 Changi Point, 电话 +65 8127 6634
        MUP 钱还没进? 我的 DBS 账户 027-9-041583, 名字 Koh Wei Liang, 公司 HR 说 salary $5,600 已经 submit 了
        Tolong la bro, saya punya IC T0652281A, nama Mohamad Danial bin Hassan, check kenapa IPPT booking tak boleh masuk
        妈妈从福建来看 POP, 她的身份证 35010219720314462X, 名字 林秀英, 电话 +86 138 5012 7743, 需要 visitor pass
        My dad is SPR from Malaysia, IC 730228-14-6651, nama Lee Ah Kow, nombor telefon 012-718 4420 — need him for the Family Day registration
        Rec 吴家豪 的 NOK 是他奶奶, 住 Blk 56 Lorong 5 Toa Payoh #03-22, 没有手机, 只有 home line 6254 1187
    """),
    "zh-Hans": _lines("""
        关于列兵张伟杰（T0747730E）的伤情通报：该员于11月3日夜间野外训练时右肩脱臼，现已送往樟宜综合医院治疗。
        战备军人上士刘家辉（S8812649A）申请常年训练延期，雇主为恒信物流私人有限公司，月薪8,200新元，附雇主信函。
        新兵何俊彦的母亲何太太请求在樟宜渡轮码头接人，联系电话 9176 5502，车牌 SMB 9051 D。
        请将补薪汇入我的UOB账户 371-305-882-1，户名：许文彬，NRIC S9561173G。
        二等士官梁振宇住在宏茂桥3道 Blk 330 #05-1411，明天早上6点请司机去接他回营。
        全职国民服役人员陈嘉俊患有癫痫，上周在营房发作一次，请各位班长注意，不要安排他站岗。
        我是预备役军人王浩然的太太，他在香港工作，香港手机 6135 2290，香港身份证 K372915(A)，想问他的出境许可怎么续期。
        前全职国民服役人员李子轩因擅离职守48天，被军事法庭判处在扣留营服刑三个月。
    """),
    "ms": _lines("""
        Rekrut Muhammad Aiman bin Zainal (T0680195H), Kompeni Delta, disahkan menghidap asma dan diberi cuti sakit 3 hari.
        Ibu kepada PTE Farhan bin Jamil, Puan Salmah, boleh dihubungi di 9742 6618 untuk urusan jemputan di Terminal Feri SAF.
        Permohonan penangguhan ICT: Sarjan Kedua Hafiz bin Omar (S9304418E), jurutera di Binaan Mutiara Pte Ltd, gaji bulanan $5,900.
        Alamat rumah LCP Azlan bin Mohd Noor: Blk 215 Choa Chu Kang Central #09-122, Singapura 680215 — tolong hantar barang dia ke sini.
        Nombor akaun Maybank untuk tuntutan MUP: 0412 3350 8861, atas nama Nurul Izzah binti Kamal, isteri kepada 3SG Zulfadli bin Ahmad.
        Abang saya CFC Iskandar Shah bin Rahim patah tangan semasa latihan di Pulau Tekong, sekarang di wad 23 Hospital Besar Changi.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a reservist unit's admin team."),
        ("user", "Can help me draft a msg for carpool after ICT end?"),
        ("assistant", "Sure! Who's in the carpool and where are the drop-off points?"),
        (
            "user",
            "Me (3SG Alvin Lau) driving SGX 316 E, drop Kelvin Sim at Blk 105 Hougang Ave 1 #04-317 first, then Marcus at 9 Jalan Bunga Rampai",
        ),
        (
            "assistant",
            "Draft: 'Carpool after ICT — leaving 1730 from the main gate. Drop-offs: Hougang Ave 1, then Jalan Bunga Rampai. Pls be at the carpark on time.'",
        ),
    ],
    [
        ("user", "My son just enlisted at Tekong, his eczema very bad now, who should I contact?"),
        (
            "assistant",
            "You can ask him to report sick at the medical centre, and you may also call the BMTC hotline or his company's CSM.",
        ),
        ("user", "His name is Rec Bryan Loh Wen Jie, T0792254F, Sch 5 Hotel Coy"),
        ("user", "I'm his father, can the CSM call me back at 9845 0267?"),
        (
            "assistant",
            "I can't contact the unit for you, but I can help you draft a message to the CSM.",
        ),
    ],
    [
        ("user", "help me write ICT deferment letter, formal one"),
        (
            "assistant",
            "Of course. Please share your rank, unit, ICT dates and the reason for deferment.",
        ),
        ("user", "2SG Marcus Teo Jun Ming, 3 SIB, ICT 9-20 Mar"),
        (
            "user",
            "reason: I'm the only data engineer at Lumen Freight Pte Ltd, going-live of our new system that week. my pay $6,800, boss is Ms Farah Aziz",
        ),
        (
            "assistant",
            "Dear Sir, I would like to request a deferment of my ICT scheduled from 9 to 20 March due to a critical system go-live at my workplace...",
        ),
    ],
    [
        ("user", "MUP claim rejected, say bank account invalid. What should I check?"),
        (
            "assistant",
            "Check that the account is in your own name, is active, and that the bank code and account number match your passbook.",
        ),
        ("user", "ok this is it: DBS 072-4-118390"),
        (
            "user",
            "name on account is Ong Jia Hui but that's my wife, I'm 1SG Ong Chee Seng, S9845026B",
        ),
        (
            "assistant",
            "MUP is usually credited to the NSman's own account, so you may need to update it to one in your name.",
        ),
    ],
    [
        ("system", "You are an assistant that helps Singapore NSmen with overseas travel rules."),
        ("user", "I'm posted to HK by my company for 2 years, what do I need for NS?"),
        (
            "assistant",
            "For trips of 6 months or more you need an Exit Permit. You will usually need a bond or guarantor depending on your status.",
        ),
        (
            "user",
            "OK my details: CPT (NS) Ernest Kwok, HKID Y604218(8), staying at Flat 7C, Block 2, Taikoo Shing, mobile +852 9418 2736",
        ),
        (
            "assistant",
            "Thanks. Please submit these details yourself through the NS Portal; I can't file the application for you.",
        ),
    ],
    [
        ("user", "hi i'm Rec Nicholas Fong from Sch 2"),
        ("assistant", "Hi Nicholas, how can I help?"),
        (
            "user",
            "i keep having panic attacks at night since week 2, cannot sleep, sometimes think of hurting myself",
        ),
        (
            "assistant",
            "I'm really sorry you're going through this. Please speak to your Platoon Commander or the MO today, and you can call the SAF Counselling Hotline at 1800-278-0022 any time.",
        ),
    ],
    [
        ("system", "Ride-hailing support bot."),
        ("user", "driver cannot find my pickup, I'm at Kranji Camp II main gate"),
        (
            "assistant",
            "Sorry about that! Could you confirm your drop-off address and contact number?",
        ),
        ("user", "drop off Blk 503 Woodlands Dr 14 #06-45, Singapore 730503"),
        ("user", "hp 9072 3318, name Syed Imran"),
        ("assistant", "Thank you, your driver has been notified."),
    ],
    [
        ("user", "How does my foreign wife register for the unit Family Day?"),
        (
            "assistant",
            "Usually the unit sends a form; spouses who are foreigners may need to give their FIN or passport number for the camp pass.",
        ),
        (
            "user",
            "She's Vietnamese, Nguyen Thi Lan, FIN G5527813Q, works at a nail salon in Joo Chiat, my own name is SSG (NS) Roy Tan",
        ),
        (
            "assistant",
            "Please enter her details directly into the unit's registration form rather than sharing them here.",
        ),
    ],
    [
        ("user", "我是PR, 从深圳来的, 收到 CMPB 的 registration letter 了"),
        ("assistant", "第二代永久居民需要依法登记并服兵役，请按信件指示在截止日期前完成登记。"),
        ("user", "我叫郑浩宇, 中国身份证 440306199808273114, 现在在 NUS 读书"),
        ("user", "如果我放弃 PR 会不会影响我以后来新加坡工作?"),
        ("assistant", "放弃PR而不履行兵役义务可能影响今后的工作和入境申请，建议直接咨询CMPB。"),
    ],
    [
        ("user", "Eh 我们 section 出事了"),
        ("assistant", "What happened? Is anyone hurt?"),
        (
            "user",
            "PTE 王俊杰 today fall from the low wall at obstacle course, 头撞到地, now at CGH A&E, 怀疑 concussion",
        ),
        ("user", "his mum number 9316 4470, PC ask me to inform her but I don't dare"),
        (
            "assistant",
            "Let your PC or CSM make the call to the family; they are trained for this and will update her properly.",
        ),
    ],
]
