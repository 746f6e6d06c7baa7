# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en169: SG/MY theme parks and attractions (annual passes, ride incidents, lost children, season staff, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en169
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "guest policy and FAQ"): _lines("""
        Annual Pass holders must present the pass together with photo ID at the turnstile; passes are non-transferable and will be voided if used by another person.
        Children below 3 years old enter free of charge; proof of age (birth certificate or passport) may be requested at the gate.
        Height requirement for the Dragon Coaster is 122 cm without shoes; guests between 107 cm and 122 cm may ride Junior Swirl with an accompanying adult.
        If your child goes missing, alert the nearest team member in a blue vest immediately; all exits are placed on Code Adam lockdown within five minutes.
        Lost & Found items are kept for 30 days at Guest Services (Main Entrance, next to the locker bay); unclaimed items are donated or disposed of.
        Annual Pass renewals made within 30 days of expiry get 15% off, and the new validity starts the day after the old one ends.
        Q: Is the park open on Hari Raya Aidilfitri? A: Yes, 10am to 7pm. Expect heavy crowds and try to arrive before 9.30am.
        Q: Can I bring outside food? A: Only baby food, medically required diets and sealed bottled water. Durians and alcohol are not allowed.
        Guests with disabilities may request an Access Pass at Guest Services; a doctor's memo is not required, but the guest must be present when the pass is issued.
        Rain policy: outdoor rides stop when lightning is detected within 8 km and reopen 30 minutes after the last strike. No refunds are given for weather closures.
        Tickets bought online are non-refundable but may be rescheduled once, free of charge, up to 48 hours before the visit date.
        Season pass blackout dates for 2027: 1–3 Jan, Chinese New Year 6–8 Feb, and the June school holidays 29 May–27 Jun.
        Write the parent's mobile number on the back of your child's wristband with the marker provided at the gate, so our staff can call you if you get separated.
        For feedback, email guestcare@pulauriapark.com.sg or call our Guest Care hotline 6795 2200 (daily 9am–6pm).
    """),
    ("en", "operations log"): _lines("""
        INC-2026-04417 | 14:32 | Cyclone Coaster | E-stop triggered by block-zone sensor fault, train held on lift hill, 24 guests evacuated via catwalk, no injuries. Ride closed pending manufacturer technician.
        Maintenance WO#77120: replace lap-bar hydraulic cylinder, row 3 seat 2, Log Flume boat 6. Parts on PO 4500321187, ETA 12 Dec.
        Daily ride availability 07/11/2026: 31 of 34 attractions operational; Wave Pool closed (pump failure), Mini Drop closed for annual permit inspection.
        Code Adam 15:05 Zone C: 7-year-old boy, blue shirt, separated near the bumper cars; reunited with family 15:19 at Info Kiosk 3; lockdown stood down 15:21.
        First aid summary Week 45: 42 cases — 18 heat exhaustion, 11 abrasions, 6 motion sickness, 4 insect bites, 3 referred to hospital by ambulance.
        Staffing gap: Water Zone needs 12 lifeguards per shift, current roster has 9; request 3 from the agency before Friday's school-holiday peak.
        Queue time snapshot 11:00 — Battle Wings 75 min, River Rapids 40 min, Carousel 5 min, Haunted Shophouse 25 min.
        Shift handover: Zone B PA speaker near the churros kiosk is crackling again; ticket IT-88213 raised with facilities, no ETA yet.
        Weather hold 16:12–16:58, lightning within 8 km; all outdoor rides cycled empty twice before reopening to guests.
        Season staff onboarding batch SS-27A: 46 hires, 38 completed lifeguard certification, 8 pending swim test retake on 14 Dec.
        Near-miss NM-0093: a guest's phone fell from the Sky Swing and landed in the planted area, no one hurt; add reminder to the loose-articles announcement.
        Turnstile count 22 Nov: 18,402 entries, 6,115 of them annual pass scans, peak at 10:20 with 1,930 entries in 15 minutes.
        Asset register: RID-014 Vekoma SLC 689m (2009), RID-021 Zamperla Disk'O 40 (2016), RID-033 Mack Log Flume (2003), RID-040 S&S Free Fly (2022).
    """),
    ("en", "tickets and bookings"): _lines("""
        Booking confirmed! Ref: PRX-7Q4K-22918 | 2 Adults + 1 Child | Visit date 21 Dec 2026 | Total S$287.00 (incl. 9% GST). Show the QR code at Gate A.
        Your order #SO-40092177 has been refunded to the original payment method; please allow 7–14 working days for it to appear.
        E-ticket barcode 2009 4471 8820 3316 — valid for one entry only; screenshots are accepted at the turnstile.
        Annual Pass tiers 2027: Explorer S$168 (weekdays only), Adventurer S$238, Ultimate S$328 with free parking and 10% off F&B.
        Invoice INV-SG-2026-118830 | Corporate Family Day | 450 pax @ S$62.00 = S$27,900.00 | Payment terms 30 days from invoice date.
        Promo code MERDEKA69 gives RM69 off family bundles purchased 25–31 Aug; not valid with other offers or for annual passes.
        Dear {first_name}, your Annual Pass {pass_no} expires on {expiry_date}. Renew before then and save 15%!
        Group booking form — Organisation: ________ / Contact person: ________ / Mobile: ________ / No. of pax: ____ / Date of visit: ____
        Ticket prices for MyKad holders: Adult RM129, Child/Senior RM109. Non-Malaysians: Adult RM169, Child/Senior RM139.
        Car Park B (levels P2–P5): S$3.50 per entry for pass holders; the gantry reads your in-vehicle unit, no cash payment.
        Transaction ID TXN20261122093155884 | Status SUCCESS | Amount RM 356.00 | Channel FPX | Merchant: Taman Ceria Waterworld Sdn Bhd
        Express Pass Unlimited: S$139 on weekdays, S$199 on peak days; sold out for 24–26 Dec.
    """),
    ("en", "reviews and forum"): _lines("""
        Went on a Tuesday in November, almost no queue. Bring a poncho, the rapids ride will soak you down to your underwear.
        Anyone knows if the annual pass can be used by the helper? Asking because my kids go with her on weekdays while we work.
        Tip: the water park lockers are cashless now, only PayWave or the park app. Bring your card in a waterproof pouch.
        Review 2/5: food court overpriced (S$14 for chicken rice!) and the toilets near the Egypt zone were flooded the whole afternoon.
        Is Legoland worth it for a 4 year old or better to go Sunway Lagoon? Planning a weekend trip from Singapore in March.
        Lost my son for about 10 minutes near the dodgems last year, staff were super fast, closed the exits and found him at the candy shop. Kudos to the team.
        Glassdoor-style review: season staff pay S$11/h, shifts 9.5 hours, free staff meals; supervisors very strict about phones on the ride platform.
        PSA: from 1 Jan the night show moves to 8.15pm and the fireworks finale is only on Saturdays.
        Does anyone know the height limit for the mini coaster? My girl is 98cm, scared she cannot go.
        How do I complain about a rude ride attendant? Should I email Guest Care or use the feedback form in the app?
        Genting SkyWorlds vs Universal: SkyWorlds is smaller but cheaper, and the cool weather up there is a big plus with kids.
        Review 5/5: the carousel staff let my autistic son ride twice because he was too anxious the first time. Small thing but it made our day.
    """),
    ("mixed", "group chat"): _lines("""
        wah the queue for the coaster damn long sia, 90 min leh, we go eat first lah
        Eh confirm Sat 8am meet at HarbourFront MRT exit E? bring sunblock hor
        Dey the wave pool close today, maintenance kononnya, so jalan-jalan aquarium only lah
        lol the mascot dance for CNY so cringe but the kids love it 哈哈
        anyone got extra Express Pass? sell me at cost can, need for this Sat
        boss say all season staff must come 7.30am tmr for briefing, don't late ah
        tmr got thunderstorm forecast, confirm rides close one, postpone to next week better
        Singapore Zoo or Bird Paradise for toddler? the tram at zoo quite shiok leh
        Legoland ada promo MyKad holder 30% off sampai hujung bulan, jom pergi?
        我们 meet at the entrance 10点 okay? parking at P3 cheaper than P1
        Haunted house this year very scary leh, the pontianak scene my whole body goosebump
        Guest services say lost & found only keep 30 days, so go collect asap la
    """),
    ("ms", "notis dan soalan lazim"): _lines("""
        Pengunjung yang berketinggian kurang daripada 120 cm tidak dibenarkan menaiki Roller Coaster Helang.
        Sila jaga anak-anak anda. Kanak-kanak yang hilang akan dibawa ke Kaunter Khidmat Pelanggan di Pintu Masuk Utama.
        Taman tema ditutup pada 3 Disember 2026 untuk kerja penyelenggaraan tahunan. Pemegang Pas Tahunan akan diberi lanjutan tempoh sah selama 7 hari.
        Harga tiket untuk pemegang MyKad: Dewasa RM95, Kanak-kanak RM75, Warga Emas RM60.
        Surau dan tempat berwuduk terletak bersebelahan Medan Selera, Zon B.
        Jawatan kosong: Pembantu Permainan Sementara (musim cuti sekolah). Gaji RM1,700 sebulan, elaun makan disediakan. Mohon melalui portal kerjaya kami.
        Pakaian renang yang sesuai diwajibkan di kolam ombak; burkini dibenarkan.
        Aduan boleh dibuat melalui talian 07-388 6000 atau emel aduan@tamanceria.com.my (Isnin hingga Jumaat, 9 pagi hingga 5 petang).
        Laporan kejadian: Kereta Gantung dihentikan selama 45 minit akibat gangguan bekalan elektrik; semua penumpang selamat dan tiada kecederaan dilaporkan.
        Bayaran balik tidak diberikan bagi tiket yang telah digunakan, kecuali lebih separuh permainan utama ditutup sepanjang hari lawatan.
        Soalan: Bolehkah saya membawa makanan dari luar? Jawapan: Hanya makanan bayi dan air mineral dibenarkan.
        Cuti sekolah: taman dibuka dari 9 pagi hingga 10 malam, pertunjukan bunga api setiap malam Sabtu pukul 9.
    """),
    ("zh-Hans", "游客须知"): _lines("""
        身高不足120厘米的儿童须由成人陪同乘坐旋转木马。
        年卡持有人入园时须出示年卡及本人有效身份证件，年卡仅限本人使用，不得转借。
        如与孩子走散，请立即联系身穿蓝色背心的工作人员，或前往正门旁的游客服务中心。
        雷雨天气期间，所有户外游乐设施将暂停运营，恢复时间视天气情况而定。
        水上乐园储物柜仅支持无现金支付，每次10新元，当天可多次开关。
        订单号 SG20261205-883127 已成功退款，款项将在7至14个工作日内退回原支付账户。
        暑期招聘：季节性游乐设施操作员，时薪12新元，需年满18岁，提供员工餐及制服。
        客服热线：+65 6795 2200（每日上午9时至下午6时），邮箱 guestcare@pulauriapark.com.sg。
        请问马来西亚乐高乐园适合几岁的小孩？一家四口玩两天预算大概多少？
        投诉处理流程：收到投诉后3个工作日内回复，复杂个案不超过14个工作日结案。
        过山车紧急停运通报：2026年10月18日15时20分，因传感器故障停运，乘客均已安全撤离，无人受伤。
    """),
    ("en", "history and news"): _lines("""
        Haw Par Villa was built in 1937 by the brothers Aw Boon Haw and Aw Boon Par, the businessmen behind Tiger Balm.
        Sentosa was known as Pulau Blakang Mati before it was renamed in 1972 and developed as a resort island.
        The Genting Highlands resort was founded by Lim Goh Tong, who started building the road up the mountain in the 1960s.
        Legoland Malaysia in Iskandar Puteri opened in 2012 as the first Legoland park in Asia.
        Universal Studios Singapore opened at Resorts World Sentosa in 2010 and was the first Universal park in Southeast Asia.
        Upin & Ipin, the twin boys created by Les' Copaque Production, appear at the meet-and-greet stage every weekend at 11am and 3pm.
        Shrek and Donkey are back at the Far Far Away castle after a six-month refurbishment of the show building.
        The Singapore Flyer, at 165 m, was the world's tallest Ferris wheel when it opened in 2008.
        Jurong Bird Park closed in January 2023 and its birds were moved to Bird Paradise in Mandai.
        Families from Johor Bahru can take the shuttle from Larkin Sentral; nearest emergency department is Hospital Sultanah Aminah.
    """),
    ("en", "code and config"): _lines("""
        SELECT pass_no, tier, expiry_date FROM annual_pass WHERE expiry_date < CURRENT_DATE + INTERVAL '30 days' AND renewal_reminder_sent = false;
        lost_child_alert: {escalate_after_min: 10, lockdown_gates: [A, B, C], pa_message_template: "LC-{zone}-{time}"}
        RIDE_HEIGHT_MIN_CM = {"cyclone": 122, "junior_swirl": 92, "log_flume": 107, "sky_swing": 130}
        PASS_NO_PATTERN = "^AP-(SG|MY)-[0-9]{8}$"  # annual pass numbers, issued sequentially per country
        def mask_nric(s): return s[0] + "XXXX" + s[-4:]  # show only the last 3 digits and the checksum letter
        0 2 * * * /opt/ticketing/bin/expire_passes --dry-run=false --notify-email --batch-size=500
        incident_id,date,time,ride_id,category,severity,guests_affected,closed_minutes
        Error E4021: Pass already scanned at another turnstile within the last 15 minutes. Please see Guest Services.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LOST CHILD REPORT LC-1127 | Child: TAN XIN YI, F, 6 y/o, pink Elsa T-shirt, two ponytails | Last seen: Carousel 14:40 | Mother: MDM LIM BEE HOON, HP 9127 4830 | Reunited 15:02 at Info Kiosk 3
        Annual Pass application — Name: MUHAMMAD IRFAN BIN ABDUL RAHMAN / NRIC: S8734216F / DOB: 14-03-1987 / Mobile: +65 8356 2190 / Tier: Ultimate
        Incident report: guest Wong Kah Wai (M, 34) complained of chest tightness after exiting Cyclone, said he has a history of asthma; conveyed to SGH by SCDF ambulance at 16:25.
        HR note: season staff Nurul Aisyah binti Kamarudin (Splash Zone lifeguard) absent 12–14 Nov without MC. Second warning issued; contract not renewed for the 2027 season.
        Refund approved for Priya d/o Ramasamy, annual pass AP-SG-00482913, S$238 back to her Visa card; she cited relocation to Perth.
        Complaint from Mr Desmond de Souza, Blk 512 Jurong West St 52 #08-114 S(640512): his daughter's slipper was lost on the Log Flume and staff laughed when he asked for help.
        Ride operator roster Wk 49 — Karthik a/l Subramaniam: closing shift Fri/Sat; on medical leave Sun (dengue, confirmed by polyclinic).
        Charged for 4 Express Passes: card 4556 3321 9251 5127, exp 08/28, name on card SHARON ONG KAH HUI.
        Found child: boy approx 5 yrs, says his name is Aiden Goh and his papa is Goh Wei Jie; PA announcement 11:52 asking Mr Goh Wei Jie to come to Guest Services, Zone A.
        Season staff application: Chua Soo Lin, 22, NUS Year 3, available 18 Nov – 31 Dec, T0412398G, mob 9034 7751, prefers water park.
        Witness statement: I, Hannah McKenzie, Australian passport PA4418270, was queuing for River Rapids when the boat in front of mine tipped on its side at the second drop.
        Blacklist: guest Ong Boon Kiat, annual pass revoked for lending it to his brother-in-law on three occasions; banned from entry until 30 Jun 2027.
        Lost & Found claim #LF-3308: iPhone 15, blue case, owner Claire Pereira, claire.pereira92@gmail.com, collected 23 Nov after IC check.
        Vehicle SLF4821Y towed from the fire lane at Car Park B; registered to annual pass holder Mr Teo Jun Hao, notify him by SMS at 8812 0456.
        Medical: Siti Hajar binti Othman, 8 yrs, bee sting on left arm at Butterfly Garden, known allergy; EpiPen given by mother, observed 30 min and discharged.
        Payroll query: season staff Kavitha a/p Raman, DBS account 027-9-184532, November pay short by 14 hours of OT.
        From: Jason Lim Wei Ming <jason.lwm@hotmail.com> Subject: Son refused entry — "My son Ethan is 123 cm but your staff at the Dragon Coaster measured him twice and still turned him away."
        WSH report: ride technician Rajesh s/o Muthu slipped on the Wave Pool deck at 07:40, fractured right wrist, 14 days hospitalisation leave.
        Pass misuse at Gate B: pass registered to FIN G5519027K (Maricel Dizon, domestic worker) presented by a different lady; pass withheld at Guest Services.
        hi this is Gerald Oliveiro, i bought 2 annual passes on the app but only 1 was emailed to me, pls call me at 9688 1327
        Lee Mei Ling / S7621054C / Adventurer AP / renewal 12.12.26 / paid PayNow
        Disciplinary: Ahmad Faris bin Zulkifli (season staff, dodgems) seen on CCTV taking S$50 from the cash float at 18:40 on 29 Nov; police report lodged at Jurong West NPC.
        Stall audit: the tall guy everyone calls Ah Seng who runs the coconut shake stall at unit C-07 (the one with the dragon tattoo) was found selling milk past expiry; second offence.
        Lost wallet: Roland anak Jimbai, IC 850930-13-5067, wallet left near the water park lockers with his MyKad and a Maybank debit card inside.
        To whom it may concern: Ms Jessica Gumis was employed with us as Guest Relations Officer from 1 Mar 2022 to 30 Sep 2026 and left on good terms.
        Stroller rental S-114, deposit RM50, hirer Rosnah binti Yusof, 920318-14-6284, H/P 016-228 9134, returned with broken wheel.
        CCTV request from police: Zone D footage 22 Nov 17:00–17:30, re: outrage of modesty report made by Ms Angeline Koh (21) against a man in the Haunted Shophouse queue.
        Birthday package: Aarav turning 7 on 14 Dec, parents Vikram & Sneha Nair, 20 kids, cake must be peanut-free (Aarav's allergy); contact Sneha 9265 0184.
        Family Annual Pass | TAY CHEE KEONG S6810393B | NG PEI SHAN S8245106D | TAY YU HAN T1277540C | TAY YU XUAN T1803365D | Ultimate x4
        Guest feedback call-back list: 1) Mdm Koh Siew Lan re: scalded by hot soup at food court, wants medical bill reimbursed, case #204418, tel 8471 3302
    """),
    "mixed": _lines("""
        eh Jun Kai's mum just called, he fell from the bouncy castle, now at KKH A&E, can someone cover his 3pm shift at the water play?
        guys my annual pass kena suspended cos the photo not me lol, it's under my wife name Chong Li Ting, her hp 9865 1207, can help check?
        Bro Faizal, your Legoland booking under your IC 870512-01-5523 kan? Counter cannot find la, try give them your phone 012-347 8812
        reminder: Suresh bday sat 2pm at the water park cabana, his wife Meena say surprise so don't tell him ok
        那个 Lim Ah Huat 又来 complain already, 说我们的 staff 推他孩子, 他的电话 91864027, 经理说要 call back
        tmr ask Nadia binti Hashim to do the lost child desk, she just came back from maternity leave so no ride duty ya
        anyone saw the video? the uncle on Sky Swing who vomit on everyone, name is Tony Ho, he even posted on his IG @tonyho.travels lol
        pls transfer the RM240 for the Sunway Lagoon tix to my Maybank 1140 2256 8831, Lee Hui Wen, thx
    """),
    "ms": _lines("""
        Laporan Kanak-kanak Hilang: Nama: MUHAMMAD ADAM BIN HAIRUL, 5 tahun, baju merah, kali terakhir dilihat di Zon Dino jam 11.20 pagi. Bapa: Hairul bin Saad, tel 019-552 7710.
        Borang Pas Tahunan: Nama: Nor Azizah binti Mahmud | No. KP: 790101-07-5348 | Alamat: No. 23, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru | Tel: 017-690 3321
        Aduan: Saya Encik Zulkarnain bin Ismail ingin membuat aduan kerana anak saya, Aina, tercedera di gelongsor air akibat skru yang tercabut pada 2 Nov.
        Pekerja sambilan Faridah binti Awang (Zon Air) diberi amaran bertulis kerana lewat lima kali dalam bulan Oktober.
        Bayaran balik tiket RM356 kepada Tuan Haji Kamal bin Osman, akaun CIMB 7063441829, telah diluluskan oleh Pengurus Operasi.
        Pemandu bas pelancong Mohd Shahril, bas nombor plat JQB 4521, tertinggal dompet di kaunter tiket; sila hubungi beliau di 013-775 2046.
        Senarai pemenang cabutan bertuah Pas Tahunan: 1) Lim Chee Wah (Ipoh), 2) Kumaran a/l Velu (Klang), 3) Nur Syafiqah binti Zainal (Kuantan).
    """),
    "zh-Hans": _lines("""
        走失儿童登记：姓名 陈思雨，女，8岁，身份证号 330106201809220464，监护人 母亲 周晓燕，电话 138 2746 5190，最后出现地点：水上乐园造浪池。
        投诉记录：游客王建国反映其在过山车排队时被插队，与工作人员发生争执，要求退还快速通行证费用139新元。
        年卡办理：黄丽华，护照号 EH3817265，手机 +86 159 2183 7406，年卡类型：全年畅玩卡。
        员工档案：兼职员工 林志豪，36岁，NRIC S9045172C，负责碰碰车区域，周末班。
        游客刘伟（身份证 510107199107052830）在激流勇进项目中遗失眼镜，已登记失物，联系方式微信 liuwei_cd1991。
        香港旅客张嘉欣（HKID K482913(1)）在乐园内晕倒，初步判断为中暑，已由救护车送往医院。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of Pulau Ria Adventure Park. Help guests with annual passes, bookings and feedback.",
        ),
        ("user", "Hi I want to renew my annual pass, it expires next week"),
        ("assistant", "Sure! May I have the full name and NRIC on the pass so I can look it up?"),
        ("user", "Nadiah binte Rosli, S9518273I"),
        (
            "assistant",
            "Thank you, Nadiah. I found your Adventurer pass expiring on 13 Dec 2026. Renewing now gives you 15% off, so S$202.30.",
        ),
    ],
    [
        ("user", "URGENT my son missing near the pirate ship!!! pls help"),
        (
            "assistant",
            "I'm alerting the park team now. What is your child's name, age and what is he wearing? And a number we can reach you on?",
        ),
        (
            "user",
            "Ryan Kwek, 6, yellow Minions tshirt and black crocs. Im his mum, my number 9172 5540",
        ),
        (
            "assistant",
            "Thank you. Please stay where you are; a team member is on the way and all exits have been alerted.",
        ),
    ],
    [
        (
            "user",
            "I want to make a formal complaint. My daughter hurt her chin on the lap bar of Battle Wings on 30 Nov.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share the guest's name and your contact details so our Guest Care team can follow up?",
        ),
        (
            "user",
            "Her name is Isabelle Yeo, she's 11. She needed 4 stitches at Raffles Hospital. I'm her father Benjamin Yeo, email ben.yeo.sg@gmail.com. I expect the park to cover the medical bill of S$640.",
        ),
        (
            "assistant",
            "Noted, Mr Yeo. I've logged this as a ride incident complaint and a Guest Care manager will contact you within 3 working days.",
        ),
    ],
    [
        (
            "user",
            "hello, I applied for the season staff ride operator job 2 weeks ago but no reply yet. can check?",
        ),
        (
            "assistant",
            "Of course. Please give me your full name and IC number used in the application.",
        ),
        (
            "user",
            "Danial Hakim bin Mohd Noor, IC 011204-08-1131. I stay in Ipoh but can move to JB for the season",
        ),
        (
            "assistant",
            "Thanks Danial. Your application is shortlisted; you will get an interview slot by SMS this week.",
        ),
    ],
    [
        ("user", "You charged me twice for the Express Pass!! S$199 x 2"),
        (
            "assistant",
            "I'm sorry about that. Which card was used, and what is the booking reference?",
        ),
        ("user", "mastercard 5221 8856 5223 3897, booking PRX-9L2M-50331, under Angela Tham"),
        (
            "assistant",
            "Thank you, Ms Tham. I've flagged the duplicate charge of S$199 for refund to that card within 7–14 working days.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya tertinggal beg sandang hitam di kolam ombak semalam. Ada jumpa tak?",
        ),
        (
            "assistant",
            "Waalaikumsalam. Boleh berikan nama penuh dan nombor telefon untuk rekod barang hilang?",
        ),
        (
            "user",
            "Nama saya Syazwani binti Ahmad Tarmizi, tel 011-2841 6605. Dalam beg ada kunci kereta Myvi dan ubat insulin anak saya.",
        ),
        (
            "assistant",
            "Terima kasih, Puan Syazwani. Beg yang sepadan ada di Kaunter Barang Hilang; sila bawa kad pengenalan semasa menuntut.",
        ),
    ],
    [
        ("user", "你好，我们一家三口下个月去新加坡环球影城，想办年卡，要提供什么资料？"),
        ("assistant", "您好！年卡需要每位持卡人的姓名、证件号码和一张近照。请提供三位的资料。"),
        (
            "user",
            "爸爸 赵海峰 护照 E58827163；妈妈 吴婷 身份证 440106198803145724；孩子 赵一诺，8岁，电话 13961528304",
        ),
        ("assistant", "收到，我已为赵海峰先生一家登记三张年卡申请，确认短信将发送至您的手机。"),
    ],
    [
        (
            "user",
            "can you help me write a complaint letter to the water park? the lifeguard shouted at my mother in law who is wheelchair bound",
        ),
        (
            "assistant",
            "Sure. Please tell me the names, date and your address to put on the letter.",
        ),
        (
            "user",
            "my name is Melvin Sim Kok Leong, 42, Blk 118 Bedok North Rd #11-260 Singapore 460118. mother in law is Mdm Heng Ah Moi, 78, she had a stroke last year. happened on 16 Nov about 2pm",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Guest Care Team, on 16 Nov at about 2pm, my mother-in-law Mdm Heng Ah Moi, who uses a wheelchair, was shouted at by a lifeguard...' Sign off with Melvin Sim Kok Leong and your address.",
        ),
    ],
    [
        ("system", "You help park supervisors draft HR documents."),
        (
            "user",
            "Draft a final warning letter for season staff Vinod a/l Krishnan, staff ID PRA-S-2291. He let a kid below 122cm onto Cyclone on 27 Nov and was rude to the guest's parents.",
        ),
        (
            "assistant",
            "Dear Mr Vinod a/l Krishnan, this letter serves as a final warning regarding the incident on 27 November 2026, when you permitted a child below the 122 cm height requirement to board Cyclone...",
        ),
        (
            "user",
            "add that this is his third offence after the two verbal warnings in October, and cc his agency",
        ),
    ],
    [
        (
            "user",
            "My daughter Chloe Tan Hui Min is 9 and has epilepsy, controlled with meds. Is it safe for her to go on the 4D ride with strobe lights?",
        ),
        (
            "assistant",
            "Strobe effects can trigger seizures in some people with photosensitive epilepsy. Please check with her neurologist first; the park's Access Pass lets you skip that ride and still use others.",
        ),
        (
            "user",
            "ok thanks. her neuro at KKH said avoid strobes. can you note it on our booking PRX-3H8T-71054 so staff know? my number is 8673 0921",
        ),
        (
            "assistant",
            "I've added a note to booking PRX-3H8T-71054 that Chloe should avoid strobe-effect attractions, with your contact number for staff.",
        ),
    ],
]
