# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en179: SG/MY boxing, muay thai and MMA gyms (trial classes, sparring injuries, fight cards, weigh-ins, membership freezes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en179
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gym_notice"): _lines("""
        TIMETABLE UPDATE (from 1 Dec): Muay Thai Fundamentals moves to Mon/Wed 7.30pm, Boxing Conditioning stays Tue/Thu 8pm, Open Mat Sat 10am–12pm.
        Sparring is by coach approval only. Mouthguard, 16oz gloves, shin guards and groin guard compulsory — no exceptions, no matter how many fights you've had.
        Reminder: wipe down the mats and bags after use. Cleaning spray is next to the water cooler. Ringworm is no joke, guys.
        Trial class $25 (1 class), fully offset if you sign up for any membership within 7 days. Gloves and wraps provided for trial. Bring water and a towel.
        Gym will be closed on Deepavali and the day after for floor re-matting. Classes resume Thursday as usual.
        Fight team selection for the Feb interclub: attendance of at least 3 sparring sessions per week in Jan required. Speak to the head coach if you're keen.
        Lost & found: one pair of red Fairtex 14oz gloves, a black Venum hoodie (size M) and a water bottle with Pikachu stickers. Unclaimed items will be donated on 31 Dec.
        Please do not drop the kettlebells. Our downstairs neighbour is a dental clinic and they have complained twice.
        Parking: the gym has no season parking. Nearest public carpark is the multi-storey behind the hawker centre, $0.60 per half hour after 7pm.
        Kids Muay Thai (7–12 yrs) is now Sat 9am and Sun 9am. Parents please wait at the lounge, not on the mat side.
        Weigh-in for the in-house smoker is Friday 6pm–8pm at the gym. Scale is calibrated; bring your own shorts. Rehydrate properly, no sauna suits inside.
        Ramadan timetable: evening classes shift to 9.30pm for the month so members can break fast first. Morning 7am class unchanged.
        Our enquiry line 6291 4470 is manned Tue–Sun 11am–9pm. For membership changes please use the member app, not WhatsApp.
        New stock at the counter: hand wraps $12, mouthguards $18 (boil-and-bite), Thai oil $15. NETS and PayNow accepted.
        The ring is booked for the amateur team 8–9pm on Fridays. Bag work area remains open to all members.
    """),
    ("en", "fight_card"): _lines("""
        ONE Championship returns to the Singapore Indoor Stadium with Rodtang on the main card and three muay thai bouts on the prelims.
        Fight night results (interclub smoker, 3x2 min, headgear): Blue corner 4 wins, Red corner 3 wins, 1 draw. Full videos on the club page next week.
        Manny Pacquiao is the only boxer to win world titles in eight weight divisions — that's why the coach keeps showing his footwork clips.
        Bout order for Saturday: 1) 57kg novice K-1 rules 2) 63.5kg Class C muay thai 3) 71kg amateur boxing 4) 77kg MMA amateur 5) Main event 61kg muay thai 5x3.
        Muhammad Ali vs Joe Frazier in Manila, 1975, is still the fight every boxing coach tells you to watch at least once.
        Weight classes for the youth division: 40, 42, 45, 48, 51, 54, 57, 60kg. Day-of weigh-in, 1kg allowance for under-15s only.
        Angela Lee became ONE's first atomweight world champion; many of our female members started MMA after watching her fights.
        Buakaw's run in K-1 MAX in the 2000s made the Thai clinch popular with a whole generation of kickboxers in the region.
        Rocky Balboa running up the museum steps is a great scene, but please don't drink raw eggs before the morning run.
        In Hajime no Ippo, Ippo's Dempsey Roll is named after Jack Dempsey — fun to watch, terrible idea to copy in sparring.
        Result: Main event went the full five rounds, unanimous decision 49-46, 49-46, 48-47. Fight of the night bonus awarded to both corners.
        Card subject to change. Fighters who fail the medical check or miss weight by more than 1kg will be pulled; the promoter will announce replacements on the day.
        Khabib Nurmagomedov retired undefeated at 29-0 after his win over Justin Gaethje in 2020.
        Tickets: ringside $120, general $45, students $30 with valid ID. Doors open 6pm, first bout 7pm.
    """),
    ("en", "faq_advice"): _lines("""
        How long should I wait after a broken nose before sparring again? Generally at least 6 weeks and only after a doctor clears you.
        Is it normal for shins to be bruised after the first month of muay thai? Yes, they condition over time; ice, rest and don't kick the heavy bag bare-shin every day.
        What's the difference between 14oz and 16oz gloves? Heavier gloves have more padding and are safer for sparring; 16oz is the usual requirement above 70kg.
        Can I freeze my membership if I'm travelling for work? Yes, up to 3 months per year with at least 7 days' notice via the app; a $10 admin fee applies per freeze.
        Do I need experience to join a trial class? No, trial classes are beginner friendly. Just tell the coach about any injuries before class starts.
        How do I cut weight safely for an amateur fight? Start 6-8 weeks out, manage calories, and leave only a small water cut; never rely on diuretics or saunas on the day.
        What should I eat after weigh-ins? Fluids with electrolytes first, then easily digestible carbs like rice, bananas or bread. Skip the nasi lemak until after your bout.
        Boleh ke muslimah join muay thai? Yes — we have a women's-only class, and long sleeves with leggings or a sports hijab are perfectly fine.
        How to wrap hands properly: start at the wrist, go around the thumb, cross between the knuckles, finish at the wrist. 180-inch wraps for boxing, 120 for smaller hands.
        Is MMA safe for teenagers? Youth classes focus on technique and controlled drilling; full contact sparring is only for adults in our programme.
        Why does my jaw click after sparring? It could be TMJ strain from a hit or from clenching; see a dentist or doctor if it's painful or doesn't settle in a week.
        Can I claim gym membership under company benefits? Many flexi-benefit schemes in Singapore cover fitness memberships; ask HR for the claim form and keep the tax invoice.
        What's a Class C muay thai bout? A novice-level bout, usually with shin guards and headgear, shorter rounds and no elbows.
        Any tips for first fight nerves? Visualise the walk-out, stick to your warm-up routine, and trust your cornerman. Everyone's legs feel heavy in round one.
    """),
    ("en", "policy_template"): _lines("""
        MEMBERSHIP FREEZE FORM | Member name: ____________ | Member no.: ________ | Freeze from: __/__/____ to __/__/____ | Reason: ☐ Travel ☐ Injury ☐ Medical ☐ Others | Signature: ________
        Waiver: I, [FULL NAME], NRIC/Passport [ID NUMBER], acknowledge that combat sports carry an inherent risk of injury and participate at my own risk.
        Hi {first_name}, your trial class ({class_name}) is confirmed for {date} at {time}. Please arrive 15 mins early to fill in the waiver. Reply STOP to opt out.
        Refund policy: Class packages are non-refundable and non-transferable. Medical exemptions require a doctor's memo and are reviewed case by case.
        Under the PDPA we only collect your full NRIC number where the insurer requires it; otherwise the last 3 digits and letter are enough to verify you at the counter.
        Emergency contact: Name: __________ Relationship: __________ Mobile: +65 ________
        Minors under 18 must have the consent form signed by a parent or legal guardian before their first class.
        Injury procedure: 1) stop the session 2) first aid by certified coach 3) call 995 if there is loss of consciousness 4) fill in incident form within 24h 5) notify manager.
        Membership auto-renews monthly via GIRO. To cancel, submit the termination form 30 days before the next billing date; no cancellations over WhatsApp.
        Fighter medical clearance (amateur): ECG within 12 months, eye check, and a medical certificate stating "fit for full contact combat sports".
        Code of conduct: no sparring without a coach present, no ego, no filming other members without consent. Breaches may lead to suspension.
        Transfer of membership to another person is allowed once, with a $50 admin fee. Both parties must be present at the front desk with IC.
        Late cancellation (less than 4 hours before class) or no-show will forfeit that class credit.
        Dear Parent/Guardian, your child [Child Name] has been selected for the Youth Development Squad. Please confirm attendance by [date].
    """),
    ("mixed", "group_chat"): _lines("""
        anyone going 7am class tmr? need kaki, i always kena snooze alarm
        coach say tonight sparring cancelled cos ring rope spoil, bag work only
        wah today's conditioning damn siong, 10 rounds of skipping then burpees, legs jelly already
        who left their gloves at the bench ah, the pink ones, smell until like that 😂
        sat open mat got people? i wanna drill clinch, last week kena tossed around like rag doll
        boss, aircon upstairs not cold leh, like sauna sia
        fight night tix still available? want to bring my colleagues, they never watch live muay thai before
        anyone know where to buy cheap shin guards in JB? the Decathlon one too thin
        eh the new timetable out already, check the pinned msg
        abang, class Rabu malam still on ka? hujan lebat sini
        教练说星期六不用带护具，只是 pad work 而已
        who wanna tapau chicken rice after class, i order for everyone
        pls don't park at the loading bay again, the management send letter to gym already
        reminder to all: weigh-in Fri 6pm, don't simply eat then wake up bloated and complain
    """),
    ("ms", "notis"): _lines("""
        Kelas Muay Thai untuk wanita sahaja setiap Selasa dan Khamis jam 8 malam. Jurulatih wanita bertauliah.
        Gim akan ditutup sepanjang dua hari Hari Raya Aidilfitri. Kelas biasa bersambung pada hari ketiga.
        Yuran percubaan RM30 untuk satu kelas. Sarung tangan dan pembalut tangan disediakan.
        Semua peserta sparring wajib memakai pelindung mulut, sarung tangan 16oz dan pelindung kaki.
        Timbang berat untuk pertandingan amatur: Jumaat, 6 petang hingga 9 petang di dewan utama. Bawa kad pengenalan.
        Pembekuan keahlian dibenarkan maksimum 3 bulan setahun dengan surat doktor atau bukti perjalanan.
        Untuk pertanyaan, sila hubungi kaunter di 03-7865 4412 (Selasa–Ahad, 11 pagi–10 malam).
        Macam mana nak elak kecederaan lutut masa teep? Jangan kunci lutut, tolak dengan pinggul, dan panaskan badan dahulu.
        Keputusan kejohanan antara kelab: Kelab Biru menang 5 perlawanan, Kelab Merah 3, satu seri.
        Ibu bapa dinasihatkan menunggu di ruang menunggu semasa kelas kanak-kanak berlangsung.
        Sila jelaskan yuran bulanan sebelum 7 haribulan setiap bulan. Bayaran lewat dikenakan caj RM10.
        Borang Keizinan Ibu Bapa: Nama Peserta: ________ No. K/P: ______-__-____ Tandatangan Penjaga: ________
    """),
    ("zh-Hans", "gym_notice"): _lines("""
        泰拳体验课每人25新币，报名会员后可全额抵扣。请提前15分钟到场填写免责声明。
        对练必须戴护齿、16盎司拳套和护腿，没有教练在场禁止对练。
        本周六晚上有馆内友谊赛，称重时间为周五下午6点至8点。
        会籍冻结每年最多三个月，需要提前七天通过App申请，手续费10新币。
        鼻梁骨折后一般至少六周才可以恢复对练，请先咨询医生。
        儿童泰拳班改为周六上午9点，家长请在休息区等候。
        阿里和弗雷泽1975年在马尼拉的第三战，是每个拳击教练都会推荐的经典比赛。
        请每次训练后用消毒喷雾擦拭垫子和沙袋，预防皮肤感染。
        赛事门票：擂台边120新币，普通票45新币，学生票30新币。
        会员资料只用于保险和紧急联络，我们不会把您的资料提供给第三方。
    """),
    ("en", "system_log"): _lines("""
        2026-11-02 19:04:11 INFO booking_id=BK-88412 class=MT-ADV slot=20:00 status=CONFIRMED seats_left=3
        [WARN] payment_gateway retry 2/3 for invoice INV-2026-004512 (amount SGD 189.00) — timeout after 30s
        membership_plans: {"unlimited_monthly": 229, "8_class_pack": 168, "student": 149, "freeze_fee": 10}
        SELECT plan_code, COUNT(*) FROM memberships WHERE status = 'FROZEN' GROUP BY plan_code;
        Order #SG-SHOP-30718: 2x Hand Wraps 180in (Black), 1x Mouthguard Junior — shipped via Ninja Van, tracking NVSGGYM0048822193.
        Q3 injury log summary: 14 incidents (9 cuts/abrasions, 3 sprains, 2 suspected concussions referred to A&E). 0 incidents in kids classes.
        Ticket #CS-20419 resolved: app showed double booking for 8pm boxing; cache cleared, fixed in v3.4.2.
        Scale calibration certificate ref. CAL/2026/0917, valid until 30/09/2027, tolerance ±0.05kg.
        cron: 0 3 * * * /opt/gym/bin/auto_freeze_expiry.sh >> /var/log/gym/freeze.log 2>&1
        Receipt No. 00091233 | Trial class x1 | SGD 25.00 | Paid by PayNow | Thank you for training with us!
        Daily attendance 05/11: 7am 12 pax, 12pm 6 pax, 7pm 31 pax, 8.30pm 27 pax. Peak capacity exceeded at 7pm.
        webhook event payment_intent.succeeded id=evt_1Q9xK2LmN4 plan=8_class_pack currency=sgd amount=16800
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TRIAL CLASS REGISTRATION | Name: TAN WEI JIE | NRIC: S8834127I | Mobile: 9682 3145 | Class: Muay Thai Fundamentals Sat 10am | Injuries: old left ACL repair (2019)
        Incident report 14/11/2026, 8.45pm, Ring 1: Nurul Aisyah binti Kamarudin took a knee to the ribs during controlled sparring; suspected cracked rib, sent to Ng Teng Fong A&E by Grab.
        Hi, this is Priya d/o Ramasamy (member since 2023). I'd like to freeze my membership from Jan to Mar as I'm 14 weeks pregnant — doctor's memo attached.
        AMATEUR WEIGH-IN 21/11 — Muhammad Haziq bin Rosli 63.4kg MADE | Chua Jun Hao 66.1kg MISSED (+0.6) | Daniel Fernandez 71.0kg MADE | Arjun s/o Selvam 56.8kg MADE
        Please refund the remaining 6 classes to my DBS account 027-512884-3, name Lim Siew Ling. The 8-pack was bought on 3 Oct.
        Card on file updated for member Jason Ho Kah Meng: Visa 4556 1234 8871 2308, exp 08/29. Auto-renewal resumes 1 Dec.
        Waiver signed: Ms Jasmine Koh Hui Min, NRIC T0328814A, DOB 14/06/2003, emergency contact: mother Mdm Ong Bee Lian 9735 2208.
        Medical clearance for fight team: Marcus Yeo Zhi Hao — ECG normal, BP 128/82, mild deviated septum from a previous nose fracture; cleared for full contact.
        Member complaint: "The coach at Tuesday 8pm class let a 90kg guy spar with me at full power. I'm 58kg." — submitted by Rachel Tan Pei Shan, rachel.tanps@gmail.com
        Visa support letter: We confirm that Mr Sakda Phromsuk (Thai passport AC4417298) is employed as a full-time muay thai trainer at our Geylang outlet from 1 Jan 2027, monthly salary SGD 3,800.
        Kids class note: Ryan Lim Zheng Yu (9 yrs), son of Mr Lim Chee Keong — asthmatic, inhaler in his bag, max 2 rounds of skipping.
        Membership termination: Harvinder Singh s/o Gurmit Singh, member no. 20488, relocating to Perth for work on 15 Jan. Final GIRO deduction 1 Dec.
        Suspension notice: Member Benjamin Chia Wen Long is suspended for 4 weeks after punching a training partner outside of sparring on 3 Nov.
        Parking complaint — silver Honda Vezel SLJ 7425 S belongs to the new member Raymond Goh; he parks at the loading bay every Tuesday night.
        Overdue fees: Kelvin Ong Jia Wei — 3 months outstanding (SGD 687), last reminder sent 28 Oct, his phone 8812 6634 not answering.
        Hey coach, it's Farah (Farah Nadia binti Ismail, Thurs ladies class). My shoulder dislocated again during clinch on Sunday, physio says 8 weeks off. Can freeze?
        Transfer of membership from Eric Sim Boon Huat (S7712904I) to his brother Edwin Sim Boon Seng — admin fee $50 paid, effective 1 Dec.
        Trial booking: Kenji Watanabe, FIN G5523890T, on work pass, mobile +65 8230 1947, wants private boxing sessions twice a week before 8am.
        Fighter profile for promoter: Aiman Hakimi bin Zulkifli, 23, 10-2 amateur record, trains at our Bedok gym, Malaysian, MyKad 030515-01-4471.
        Mdm Goh, your son Ethan Goh (12) sprained his wrist during pad work today; ice applied, please bring him to a doctor if the swelling persists. — Coach
        PayNow refund sent to 9048 7713 (Siti Khadijah bte Omar) for the cancelled fight night ticket, SGD 45.
        Sparring injury log: 02/11 Dinesh a/l Krishnan – cut left eyebrow, 4 stitches at Tan Tock Seng; 05/11 Wong Mei Ling – sprained ankle, RICE; 09/11 Nicholas Pereira – concussion symptoms, no contact 3 weeks.
        Found after Saturday open mat: a wallet with the IC of LOW KAH HOCK, S8602259A, and a Visa card. Owner please collect from the front desk.
        Instagram @jayden.fightsclub (Jayden Teo, 17, youth squad) posted sparring videos filmed without the other members' consent — his parents have been informed.
        Selling my old gloves? nah — if you want second-hand Fairtex, telegram @amirul_kickz, he's Amirul Hakim from the Jurong West outlet, blue shorts guy.
        Corporate package c/o HR: participants — Grace Lau Mei Qi (Finance), Vikram Nair (IT), Joanne Seow (Legal), each 10 classes, SGD 280 per head.
        Trophy delivery address: Muhammad Fikri bin Osman, Blk 412 Bedok North Ave 2, #08-117, Singapore 460412 — interclub best fighter award.
        Pls note: Clarissa Danker (7am class) is recovering from breast cancer surgery — no contact work on her left side, pad holding only.
        Weight cut check-in (Day -3): Low Jun Kai 68.9kg, target 66.7kg; complains of dizziness, coach advised to stop water loading and see a GP.
        Booking confirmed: Private PT x10 for Mr Ahmad Rizal bin Hassan, NRIC S9051336B, paid by Mastercard 5200 4011 7789 3457.
    """),
    "ms": _lines("""
        Saya Siti Hajar binti Abdullah, IC 990630-12-5478, nak daftar kelas percubaan Muay Thai wanita hari Sabtu ni. Boleh hubungi saya di 013-882 4710.
        Laporan kecederaan: Mohd Irfan bin Yusof patah jari kelingking kanan semasa sparring tinju pada 12/11. Dirujuk ke Hospital Sultanah Aminah.
        Permohonan pembekuan keahlian: Nur Izzati binti Razali, no. ahli 3314, dari 1 Dis hingga 28 Feb kerana bersalin. Surat doktor dilampirkan.
        Senarai timbang berat: Hafiz bin Kamal 60.2kg LULUS, Tan Kok Leong 57.9kg GAGAL (+0.4), Ravi a/l Subramaniam 67.0kg LULUS.
        Bayaran balik RM180 untuk Azlan bin Mat Saman ke akaun Maybank 1640 2231 8875, sila sahkan bila dah masuk.
        Encik Zainal, anak encik Danish Haikal (10 tahun) pengsan sekejap lepas kelas tadi, mungkin sebab tak sarapan. Dah okay, tapi tolong bawa jumpa doktor.
        BORANG KEAHLIAN | NAMA: NORAZLINA BINTI HAMID | K/P: 020304-14-1186 | ALAMAT: No. 27, Jalan SS 2/64, 47300 Petaling Jaya | TEL: 012-605 3392
        Jurulatih Muay Thai kami, Encik Suresh a/l Muniandy, cuti sakit seminggu kerana denggi — kelas Khamis diganti.
    """),
    "zh-Hans": _lines("""
        会员黄伟明（电话 9264 1873）上周对练时肋骨骨裂，申请冻结会籍两个月。
        体验课报名：陈志豪，中国留学生，身份证号 440106199803142739，微信 czh_boxing98，想周末上拳击课。
        李嘉欣的学生证过期了，改回普通会员价，请财务把多扣的钱退到她的卡 4147 0955 3302 1172。
        今晚称重结果：吴俊杰 70.8公斤 过磅；林晓彤 52.3公斤 超重0.5公斤，需要明早复称。
        家长留言：我女儿张可欣（8岁）上周六泰拳课回家手腕肿了，已经去看医生，这两个星期先请假。
        香港来的会员陈家伟 Chan Ka Wai，香港身份证 K482917(4)，短期体验一个月，住在乌节路的酒店。
        投诉：教练郑国荣在课上当众嘲笑学员刘美玲的体重，她要求退款并换班。
        会籍表：王雨涵 女 2001年9月22日 身份证 350203200109220469 紧急联系人 母亲 电话 +86 138 5921 7746
    """),
    "mixed": _lines("""
        marcus lee jun wei nose confirm broken lah, the ENT at TTSH say need op, he out of fight night already
        sape kenal shafiq bin rahman? dia hutang yuran 2 bulan, phone 017-329 8851 tak angkat
        这个 lim ah seng ah, the uncle who come 7am class, 心脏做过 bypass, sparring 千万不要让他上
        coach pls add my wife to the ladies class grp, her number 9156 0428, name nicole chan
        wei alvin ng jun hong, ur car SKH 2268 J blocking the lorry at loading bay, pls move asap
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for a muay thai gym in Singapore. Help members book classes.",
        ),
        ("user", "hi want to book trial class for sat 10am"),
        (
            "assistant",
            "Sure! Saturday 10am Muay Thai Fundamentals has slots. May I have your full name and mobile number?",
        ),
        ("user", "Lee Hui Wen, 8345 2290. btw I have mild scoliosis, is that ok for muay thai?"),
    ],
    [
        (
            "user",
            "Hi, I'm Mohamad Khairul bin Anuar, member 1187. Had ACL reconstruction at Changi General last week, need to freeze 4 months.",
        ),
        (
            "assistant",
            "Sorry to hear that, and wishing you a smooth recovery. Medical freezes need a doctor's memo; I can send you the freeze form.",
        ),
        ("user", "ok pls send to khairul.anuar91@gmail.com"),
    ],
    [
        (
            "user",
            "my son Jonathan Tay, 14, came home with a black eye from sparring yesterday. who allowed kids to spar??",
        ),
        (
            "assistant",
            "I'm sorry about this. Youth members are not supposed to do full sparring. Can I get the manager to call you back today?",
        ),
        ("user", "yes call me at 9873 1102, after 6pm"),
    ],
    [
        ("system", "You help a gym admin register fighters for an interclub event."),
        (
            "user",
            "registering my daughter Chloe Ng Xin Yi for the youth interclub, 42kg division. NRIC T1176052F.",
        ),
        (
            "assistant",
            "Thanks. Please also send the signed parental consent form and her medical certificate.",
        ),
        (
            "user",
            "ok she had a mild concussion in August but doctor cleared her in October, will attach the memo",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, nak tanya pasal bayaran balik pakej 10 kelas yang tak sempat guna",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, sila beri nama penuh, no. kad pengenalan dan akaun bank untuk bayaran balik.",
        ),
        ("user", "Nama saya Roslan bin Hj Ahmad, IC 880112-07-6031, akaun CIMB 7006441892"),
    ],
    [
        ("user", "你好，我想取消会员"),
        ("assistant", "好的，请问您的姓名和会员号是多少？取消的原因是什么？"),
        (
            "user",
            "我叫郭文杰，会员号 5521，因为换工作搬去吉隆坡了。退款请转到我的 PayNow 9427 6610。",
        ),
    ],
    [
        (
            "user",
            "help me write an incident report: sparring tonight ~9pm, Suresh Pillai got KO'd by a head kick, out for about 10 sec, ambulance took him to NUH",
        ),
        (
            "assistant",
            "Incident Report — Date: tonight, approx. 9.00pm. Member Suresh Pillai lost consciousness for about 10 seconds after a head kick during sparring. First aid given; ambulance conveyed him to NUH. Follow-up: no contact until medically cleared.",
        ),
        (
            "user",
            "add that his training partner was Kumar, the coach on duty stopped the round immediately",
        ),
    ],
    [
        ("user", "how much water cut is safe for a 61kg amateur fight?"),
        (
            "assistant",
            "For amateurs with same-day or next-day weigh-ins, most coaches suggest keeping the water cut to 2-3% of body weight and doing the rest through diet.",
        ),
        (
            "user",
            "ok thanks. btw I'm Joel Rodrigues, fighting on the 12 Dec card, currently 65.4kg and I have type 1 diabetes, so I'm worried",
        ),
    ],
    [
        ("user", "can you update my card for auto-renewal?"),
        ("assistant", "Sure, please provide the card number, expiry date and name on card."),
        ("user", "5379 4822 6610 2948, exp 11/28, WONG KAR MUN"),
    ],
    [
        ("system", "You help a boxing promoter prepare fighter documents for a Singapore show."),
        (
            "user",
            "Need the weigh-in list entry for the Filipino boxer: Mark Anthony Dela Cruz, passport P4830217B, DOB 03/02/1999, 58.9kg at check-in",
        ),
        (
            "assistant",
            "Entry: DELA CRUZ, Mark Anthony | PHL | Passport P4830217B | DOB 03/02/1999 | Check-in weight 58.9kg | Division: 59kg.",
        ),
    ],
]
