# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en232: SG/MY climbing gyms, skate parks and trampoline parks. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en232
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "waiver_templates"): _lines("""
        RELEASE OF LIABILITY: I, [FULL NAME AS PER NRIC/PASSPORT], acknowledge that bouldering involves falls from height and agree to follow all facility rules.
        Participant name: ________  Date of birth: __/__/____  Emergency contact: ________  Relationship: ________
        Parent/guardian consent is required for jumpers under 18; children under 12 must be accompanied by an adult on court at all times.
        Hi {{participant.first_name}}, your digital waiver for {{venue.name}} expires on {{waiver.expiry_date}}. Re-sign at {{waiver.url}} before your next visit.
        Section 4(b): The Participant confirms he/she has no medical condition (e.g. heart condition, epilepsy, recent surgery, pregnancy) that would make trampolining unsafe. If unsure, consult a doctor first.
        Waiver version WV-2025.3 replaces WV-2024.7 from 1 March; returning members will be prompted to re-sign at the kiosk.
        By ticking this box you consent to Vertical Rock Pte Ltd (UEN 201834567W) collecting your name and contact number for the purposes of this waiver, in line with the PDPA 2012.
        I, ____________ (last 4 characters of NRIC/FIN: ____), confirm that I have read and understood the Skate Park Rules displayed at the entrance.
        Template field map: FULL_NAME | DOB | CONTACT_NO | EMAIL | EMERGENCY_NAME | EMERGENCY_NO | SIGNATURE | SIGNED_AT
        Group waiver for school excursions: the teacher-in-charge signs on behalf of the class; attach the class list separately and do not write student names on this form.
        Waivers are kept for 7 years after the last visit and then purged. Requests to access your record go to dpo@bouncenation.sg.
        Example filled form (training only): Name: John Doe, DOB: 01/01/1990, Contact: 9XXX XXXX, Emergency: Jane Doe (spouse).
    """),
    ("en", "bookings"): _lines("""
        Booking #TRP-88213 confirmed: 90 min Open Jump, Sat 12 Oct, 2:00pm, 3 pax x S$22 + 3 pairs grip socks S$4.50 = S$79.50.
        Your slot at Boulder Hive Kallang (11 Stadium Walk, #01-06, Singapore 397721) is Sun 3 Nov 10:30. Please arrive 15 min early for the safety briefing.
        Order ORD-2024-110458 | Skate Clinic Beginner (4 sessions) | RM240.00 | Paid via FPX | Txn FPX20241104102233
        Reminder: party package BDAY-GOLD for 15 kids at 4pm Saturday. Host may bring own cake; no candles inside the dome please.
        Refund processed for booking KL-ROC-55012 (session cancelled due to haze, API above 200). RM56.00 back to the original payment method within 7-14 working days.
        Waitlist position 4 for Kids Climbing Club (ages 7-10), Tuesday 5pm, term starting 7 Jan.
        Peak slots this weekend are 96% full; off-peak Tue-Thu 11am-4pm still has 40 spots at S$18.
        Booking API returned 409 CONFLICT: slot_id 7731 capacity 60 already reached, retry with next slot.
        Corporate booking for 40 pax (team bonding), invoice INV-SG-2024-00931 to be sent to the client's procurement mailbox on 30-day terms.
        E-ticket QR ZX7K-4Q2M-PP90: valid for 1 entry, non-transferable, present at gantry 2.
        Reschedule allowed up to 24h before the session; within 24h a S$5 admin fee applies per pax.
        Holiday camp summary: 128 children booked across 4 weeks, 9 on waitlist, 2 sessions oversubscribed.
    """),
    ("en", "incident_reports"): _lines("""
        IR-2024-0317: Patron (adult male, approx. 30s) fell from top of boulder B3, landed on mat seam, suspected ankle sprain. First aid given, ice pack, declined ambulance. Mat gap re-taped.
        Monthly injury summary Oct: 7 minor (3 ankle, 2 wrist, 2 abrasions), 1 moderate (fracture, referred to A&E), 0 serious. Rate 0.6 per 1,000 visits.
        Child A (age 8) collided with Child B on the main court; both checked by the first aider, no visible injury, parents informed on site.
        Auto-belay unit #4 retracted slowly during the 09:40 daily check; tagged out of service, service ticket TB-55812 opened with the supplier.
        Skater lost balance on the 6ft mini ramp coping; grazes on elbow; helmet worn. No further action needed.
        Near miss: belayer short-roped climber on route 12 (lead wall). Staff intervened, both given a refresher. Logged for weekly safety review.
        Ambulance called 16:22 (995), arrived 16:35; casualty conveyed to hospital. Footage from CAM-03 saved and sealed pending insurer request.
        Foam pit cube count below threshold (est. 1,800 vs 2,400 required); pit closed until top-up arrives Thursday.
        Insurance claim template: Claim No. ________, Date of incident ________, Injured party ________, Witness ________.
        Trend: 62% of trampoline injuries this quarter involved multiple jumpers on a single bed; recommend strict one-jumper-per-bed enforcement.
        First aiders on duty: 2 (front desk + floor). AED last checked 02/11, pads expire 2026-08.
        Heat advisory: outdoor skate park sessions from 12pm-3pm suspended whenever WBGT exceeds 32 degrees C.
    """),
    ("en", "house_rules_notices"): _lines("""
        Liquid chalk only on the training board; loose chalk buckets are not allowed in the kids zone.
        Route reset: Wall C (overhang) closed Mon 18 Nov 8am-2pm for setting. New set themed Merdeka Circuit goes up Tuesday.
        Skate park rules: helmets compulsory for under-16s, no scooters in the bowl Sat-Sun before 11am, drop in from the deck only when clear.
        Trampoline court rules: one jumper per bed, no double bouncing, no flips except in the supervised trick zone.
        Chinese New Year hours: Eve 10am-4pm, Day 1 and 2 closed, Day 3 onwards normal hours. Gong xi fa cai!
        Hari Raya Aidilfitri: park closed on 1 Syawal, reopens 2 Syawal at 2pm.
        Lockers are coin-free; set any 4-digit PIN. Staff cannot open a locker without the duty manager present.
        The mural at the skate park entrance along Jalan Tun Razak is a commissioned piece; no tagging please.
        Climbing shoes are not to be worn into the toilets. Rental shoes are sprayed and dried after every use.
        Parking at Level P3 of the mall, RM3 per entry with ticket validation at our counter.
        Ramadan hours: Mon-Fri open till 11pm for the buka puasa crowd; cafe closed 7:15-7:45pm.
    """),
    ("mixed", "competition_posts"): _lines("""
        Results Youth B Boulder: 1st 3T4z, 2nd 3T3z, 3rd 2T4z. Full scorecards on the board by the front desk. 恭喜所有参赛者!
        Watch party Sunday: Paris 2024 combined final, Janja Garnbret going for back-to-back gold. Free kopi if you come wearing a harness lol.
        Sky Brown was 13 when she took bronze in park at Tokyo 2020, so no excuse for the abang-abang not to drop in lah.
        Tony Hawk's 900 at the 1999 X Games is still the most replayed clip on our lobby TV 😂
        Entry list for the Bouldering Open: Men's Open 48, Women's Open 31, Youth A 22, Youth B 19. Heat timings out Friday.
        Skate jam prizes sponsored by Vans: Best Trick RM500, Best Line RM300, Best Slam RM100 (for real).
        Judging criteria: Amplitude 30%, Difficulty 30%, Execution 25%, Flow 15%. Judges' decisions are final.
        Qualifier format: 5 problems, 4 min on, 4 min rest, IFSC scoring (tops, zones, attempts).
        Live scores at scores.sgboulderleague.sg/2025/round3 show bib numbers only; names appear from finals.
        第三轮 Youth Girls 决赛 晚上7点开始, 请观众提前入座. Parking at the MSCP behind the sports hall.
        Nicol David officially opens our new ninja course this Saturday 11am, media invited.
        Team standings after Round 2: Kampong Crimpers 412 pts, Ubi Dynos 398, Bukit Slopers 377.
    """),
    ("en", "lost_and_found"): _lines("""
        Found 14/10: black La Sportiva Solution, size 41, left foot only, bouldering area near wall B. Tag LF-1014-03.
        Unclaimed items older than 30 days are donated on the 1st of each month. Claim at the front desk with a description.
        LF log: 1x blue Hydro Flask 32oz, 1x purple chalk bag with cat patch, 1x prescription glasses in brown case, 1x white earbuds.
        Found a set of keys with a Doraemon keychain at skate park bench 3, 17:45. Kept at counter.
        Found: kids' grip socks (yellow, size M) x 11 pairs. Honestly we get this every single day.
        Lost something? WhatsApp our counter line +65 6123 4567 (business hours only) with the item, date and session time.
        LF-2025-0288: smartwatch with pink band found in locker 58 after closing. Claimant must unlock the device to collect.
        Wallet with cash and cards handed to Ang Mo Kio NPC on 21 Jan under found-property ref FP-20250121-14.
        Skateboard deck (8.0, blue griptape, cartoon stickers) left at the bowl overnight, now in the back office.
        Policy: staff must not read names from lost cards or IDs over the PA; log as card, name visible, and store in the safe.
        Claim form: Item ____ Date lost ____ Session time ____ Description ____ Collected by (signature) ____
    """),
    ("en", "membership_support"): _lines("""
        How do I freeze my membership? Freezes are allowed 1-3 months per year at S$10/month; submit in the app under Account > Membership > Freeze.
        Monthly unlimited S$139 (adult), S$109 (student with valid matric card), S$99 (off-peak). 12-month contract, 30-day notice.
        Hi, is the student rate valid for poly students? Can I use my ITE card? Both are accepted, just show the card at the counter.
        Please email membership@boulderhive.sg for billing enquiries. Never send card details by email.
        GIRO form for auto-debit is available at the counter; processing takes 2-3 weeks, first 2 months are charged by card.
        Direct debit failed for 17 accounts this cycle (insufficient funds or expired card); auto-retry on the 5th.
        Jump Republic Sdn Bhd (202101034567 / 1427788-D), Lot 3-12, Jalan PJU 7/3, Mutiara Damansara, 47810 Petaling Jaya.
        Q: Can my membership be transferred to my sister? A: Memberships are non-transferable but can be cancelled with 30 days' notice.
        Family bundle: 2 adults + up to 3 children, RM420/month, all members must be registered at the same address.
        Support ticket #48213 status: resolved, duplicate charge reversed by the payment gateway.
        Customer A requested cancellation due to relocation; Customer B asked for a pro-rated refund. Both handled per policy 3.2.
        Toll-free hotline 1800-123-4567, 9am-9pm daily. Bukit Jalil main line +60 3-8996 2211.
        Active members by outlet (Nov): Kallang 1,284; Tampines 912; PJ 1,047; Johor Bahru 533.
    """),
    ("ms", "notis_dan_tiket"): _lines("""
        Notis: Taman luncur ditutup sementara pada 12-14 Disember untuk kerja baik pulih permukaan bowl.
        Peraturan: Topi keledar wajib untuk peluncur bawah 16 tahun. Kanak-kanak bawah 12 tahun mesti ditemani penjaga.
        Tiket: 2 Dewasa, 1 Kanak-kanak, Sesi 11:00 pagi, Ahad. Jumlah RM78.00. No. tempahan TMP-2024-77120.
        Barang hilang? Sila rujuk kaunter utama. Barang yang tidak dituntut selepas 30 hari akan didermakan.
        Waktu operasi bulan Ramadan: 12 tengah hari hingga 11 malam. Selamat berpuasa kepada semua pelanggan!
        Borang pelepasan tanggungan: Nama penuh ______ No. Kad Pengenalan ______ Tandatangan ______
        Pertandingan Boulder Terbuka Johor: yuran penyertaan RM50, hadiah wang tunai untuk 3 tempat teratas setiap kategori.
        Kaunter pertanyaan: 03-7722 1188 atau e-mel pertanyaan@lompat.my (Isnin-Jumaat, 10 pagi-7 malam).
        Statistik kecederaan suku tahun ketiga: 11 kes kecil, 2 kes sederhana, tiada kes serius.
        Stokin anti-gelincir wajib dipakai di kawasan trampolin. Harga RM5 sepasang di kaunter.
        Kursus belay untuk dewasa: 2 jam, RM60, termasuk kad pengesahan.
    """),
    ("en", "ops_exports"): _lines("""
        date,outlet,day_passes,memberships_sold,shoe_rentals,revenue_sgd;2024-11-02,KLG,412,9,188,14882.50
        SELECT outlet_id, COUNT(*) AS visits FROM checkins WHERE checkin_at >= '2024-11-01' GROUP BY outlet_id;
        waiver_service v2.8.1 (build 4f9c2ab): fixed duplicate signature bug on the Android kiosk.
        SKU CLM-SHOE-RENT-42 qty 36; SKU CHK-LQ-250ML qty 12 (reorder point 15); SKU GRP-SOCK-KID-M qty 240.
        kiosk.yaml: retention_days: 2555, mask_fields: [nric, phone, email], export_pii: false
        POS Z-report 03/12/2024 KLG-T2: gross S$6,214.00, NETS S$2,118.00, PayNow S$1,904.00, cash S$312.00, card S$1,880.00.
        sha256 checkins_2024-11.csv.gz 5f8732840cd3ea826ee3ab2bb24f617a85667e619f1d9a9bd272853974eb9024
        0 3 * * * /opt/jr/bin/purge_waivers --older-than 7y --dry-run=false
        WARN checkin_failed reason=WAIVER_EXPIRED count=14 window=1h outlet=PJ kiosk=K2
        route_id,wall,grade,setter_role,set_date;R-C-118,C,V4,head setter,2024-11-18
        Invoice FT-2024-1188 from FoamTech Supplies (200901012345): 2,400 foam cubes @ RM3.20 = RM7,680.00, SST 8%.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Waiver WV-2025.3 signed 09/03/2025 14:12: Tan Wei Ling, NRIC S8834127I, DOB 14/06/1988, emergency contact husband 9124 7785.
        IR-2024-0322: Muhammad Hafiz bin Rosli (member since 2021) came off the 45 degree board and dislocated his right shoulder; his brother drove him to Sengkang General. Check on him Monday.
        LF-1102-07: black jacket, name label Priya d/o Ramasamy sewn in the collar. Called her on 8723 5591, she's collecting Saturday.
        Booking BK-88121: Jasmine Lim Hui Min, 4 pax Open Jump 3pm, jasmine.limhm88@gmail.com, paid S$88 via PayNow.
        Please don't roster Kelvin Ong as floor belayer anymore, he failed his belay recheck twice and two members complained about him.
        Membership freeze: Nurul Aisyah binti Kamarudin, 3 months from 1 Dec, reason pregnancy (12 weeks), memo from her gynae attached.
        Auto-renew card on file: 4556 7301 0284 9173, exp 08/27, name on card DESMOND TEO KAH WENG.
        Hi, Raj here, Arjun's dad (Kids Club Sat 10am). Arjun has mild epilepsy and had a seizure last month, please brief the instructor before Saturday.
        Refund to Mr Suresh a/l Muniandy, MyKad 760304-07-5161, RM240 for the cancelled skate clinic, Maybank acct 114022885716.
        Comp registration: Chloe Fernandes, 16, Youth A Girls, consent signed by mother Angela Fernandes, contact 9688 1402.
        Route setter Lim Jun Hao's salary goes from S$3,200 to S$3,650 in Jan; do not discuss with the rest of the setting team.
        Cleaner Md Rasel Hossain (FIN G5138870X) hurt his back moving the crash mats on Sunday; file the WICA claim, he's on 5 days MC.
        Parent complaint: Mrs Kavitha Raman says her daughter Diya was pushed off the dodgeball court by an older kid and staff did nothing. Wants CCTV and a call back on 9076 3318.
        Benjamin Goh Zhi Hao is 2 months in arrears (S$278), card declined three times, last reminder before we suspend his access.
        Found in locker 22: Malaysian passport A38291047 belonging to Lee Siew Peng, now in the safe.
        Season pass holder Farah Nadhirah (IG @farah.skates.jb) reported being harassed in DMs by another park regular; escalate to the duty manager.
        Prize delivery address: Nicholas Chua, Blk 456 Jurong West St 41 #09-233, Singapore 640456.
        Car SJK4821U parked across two bays at B2 again, it's Mr Lau, the twins' dad from the Saturday class, please remind him nicely.
        Auntie Mei Ling from the cafe counter is on MC two more weeks after her knee op, someone cover her Tuesday shifts.
        Coach Faizal's divorce hearing is on the 14th, he asked for the day off, keep it between us.
        Shalini's boy Rohan is the one who broke his wrist in the foam pit on Saturday, she's asking if our insurance covers the cast.
        Wei Jie told me he's been getting panic attacks on the lead wall since his fall in March, let him stick to bouldering shifts for now.
        Mr Gomes, the Eurasian uncle from Siglap who comes every morning at 7, asked us to stop calling his house because his wife Maria is in hospice.
        Ah Boy, the tall skater with green Vans, still owes the pro shop RM180 for the deck he took on credit in August.
        Nadia Yusof was let go after the cash discrepancy at the Tampines counter; if she calls, refer her to HR only.
        Mdm Tan from #05-12 above the gym says the thumping from the trampoline room keeps her up at night and she's threatening to call the town council.
        HK visitor Chan Ka Yan, HKID K482719(8), signed the kiosk waiver but keyed her birthday wrong, please correct it to 03/09/1997.
        Exchange student Lin Yi-Chun, Taiwan ID A223581949, Telegram @yichun_climbs, wants the 3-month student membership.
        Comp fee transfer from Ong Li Xuan, OCBC 601-234567-001, ref Li Xuan youth B, please match it to her entry.
        Please whitelist Daniel Sim's email daniel.sim.climb@outlook.com, his booking confirmations keep landing in spam.
        Jayden's mum mentioned he's on ADHD meds and sometimes skips them on weekends, so watch him closely on the ninja course.
        Ticket #48240: Hafizah binti Omar says she was charged twice (S$139 x2) on 1 Nov, wants the refund to card 5204 8812 3390 5617.
    """),
    "mixed": _lines("""
        Eh the uncle who always sits at skate park bench 3, Uncle Lim Ah Kow, his grandson Marcus fall twice this month already, the mother say one more time she want to sue us leh.
        陈阿姨 at 3栋 said her son 小明 came home with bruises after the trampoline party, she wants the manager to call her at 9123 8876.
        Boss, Rahim bin Ismail's membership suspended already, he kena caught sharing his QR with his cousin. Don't let him in until he pay the RM50 fine.
        Today's party host Mdm Siti Zubaidah, WhatsApp 012-338 9147, can help her bring in the cake at 4:30pm? Budak-budak 15 orang.
        今天 lead wall 那个 fall 的 Ms Koh Pei Shan 是我们 member, she said 没事 but 她的 family doctor 说 maybe concussion, must follow up.
        Tolong check locker 41, Encik Azman's car key Proton X50 plate WXY 8812 inside, dia dah call 3 kali.
        Our setter Kumar s/o Pillai's wife just delivered, he take paternity leave 2 weeks, roster need to change lah.
        Bro, new kid Aiden Tay, 9 years old, dad wrote on the form got asthma and EpiPen in bag for peanut allergy. Tell the party host ok?
    """),
    "ms": _lines("""
        Pelanggan Nur Izzati binti Hassan (No. KP 020917-14-0386) cedera buku lali di kawasan trampolin pada 12/10 dan dihantar ke Hospital Kuala Lumpur.
        Aduan daripada Encik Zulkifli bin Ahmad, tel 017-605 2231: anaknya dihalau dari taman luncur oleh staf tanpa sebab.
        Pendaftaran pertandingan: Amirul Hakim bin Roslan, 17 tahun, kategori Belia A, alamat No. 12, Jalan SS 2/24, 47300 Petaling Jaya.
        Kak Rohani di kaunter minta cuti panjang sebab suaminya baru disahkan kanser, jangan hebohkan kepada staf lain.
        Bayaran balik RM56 kepada Puan Lim Mei Fong, akaun CIMB 8004551239, untuk sesi yang dibatalkan.
        Adik Danish dah dua kali terjatuh dari dinding minggu ni, ayahnya cakap dia tak cukup tidur sebab masalah keluarga di rumah.
    """),
    "zh-Hans": _lines("""
        会员张伟强（身份证号 440305199108234716，手机 138 2751 6640）申请年卡冻结三个月，原因是腰椎间盘突出手术。
        昨天蹦床区受伤的小朋友叫黄子轩，7岁，妈妈微信 huang_mama2017，要求我们承担医药费 S$1,260。
        失物招领：一本中国护照 E88213406，持有人郑雅婷，已交给值班经理保管。
        陈晓东上个月被发现私拿租鞋押金，已经被辞退了，别再排他的班。
        福建来的访客林志明，身份证 350203198802145620，报名周末攀岩体验课，联系电话 +86 139 0592 7718。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for Boulder Hive Kallang. Help customers with waivers and bookings.",
        ),
        (
            "user",
            "Hi, I signed the waiver last week as Tan Jia Hui, NRIC T0352961J, but the kiosk says record not found. Can check?",
        ),
        (
            "assistant",
            "Sorry about that! Kiosk lookups sometimes fail if the name was keyed with different spacing. Could you share the mobile number you used when signing?",
        ),
        ("user", "It's 9734 1120. I'm coming in at 7pm tonight with my boyfriend."),
        (
            "assistant",
            "Thanks, I'll pass this to the counter staff so they can locate your waiver under that number before 7pm. If it still can't be found, you can re-sign at the kiosk in about 3 minutes.",
        ),
    ],
    [
        ("system", "You help duty managers at a climbing gym write incident reports."),
        (
            "user",
            "Help me write an incident report. Vikram a/l Subramaniam, 34, fell at 7:10pm from the top of B4, landed on his back, complained of lower back pain, we called the ambulance.",
        ),
        (
            "assistant",
            "Incident Report: At approx. 19:10, climber Vikram a/l Subramaniam (34) fell from the top of boulder B4 and landed on his back on the matting. He reported lower back pain. Staff administered first aid and called 995; he was kept still until paramedics arrived.",
        ),
        ("user", "Add that his wife Deepa was there and went with him to Tan Tock Seng."),
        (
            "assistant",
            "Added: His wife, Deepa, was present at the time and accompanied him in the ambulance to Tan Tock Seng Hospital. Suggest you also note the mat inspection result and CCTV camera number.",
        ),
    ],
    [
        ("system", "You are the membership support bot for a Kuala Lumpur climbing gym."),
        (
            "user",
            "I want to cancel my membership. Name is Aaron Yeo, member since 2022, email aaron.yeo.kl@gmail.com. I'm moving to Perth for work next month.",
        ),
        (
            "assistant",
            "Sorry to see you go, Aaron. Cancellations need 30 days' notice, so your last billing date would be next month. I'll send a confirmation to the email on file.",
        ),
        ("user", "Can you waive the last month? Money is a bit tight with the move."),
        (
            "assistant",
            "I can't waive it myself, but I've noted your request for the membership manager, who will reply by email within 2 working days.",
        ),
    ],
    [
        ("system", "You are the customer service assistant for a trampoline park in Johor Bahru."),
        (
            "user",
            "I left my wallet at your trampoline park yesterday. It has my MyKad 890512-10-5523 and my Touch n Go card inside. Name Lim Chee Keong.",
        ),
        (
            "assistant",
            "Thanks Mr Lim. Our lost and found log shows a brown wallet handed in yesterday evening. Please bring another photo ID when you come to collect it.",
        ),
        ("user", "My driving licence is inside the wallet too. Can my wife collect for me?"),
        (
            "assistant",
            "Yes, she can collect with a signed authorisation letter from you plus her own IC. Staff will verify the MyKad number against the wallet before releasing it.",
        ),
    ],
    [
        ("system", "You help a gym manager draft internal staff messages."),
        (
            "user",
            "Draft a kind message to Siew Ling telling her we're moving her off the kids' programme after parents complained about her temper, but she keeps her adult classes.",
        ),
        (
            "assistant",
            "Hi Siew Ling, thank you for everything you've put into the kids' programme. After some feedback from parents, we've decided to move you off the kids' classes for now. Your adult classes stay exactly as they are. Happy to talk it through anytime.",
        ),
        (
            "user",
            "Also say we know she's been dealing with her dad's dementia and we'll be flexible with her hours.",
        ),
        (
            "assistant",
            "Added: We know things have been hard at home with your dad's dementia, so please tell us if you need your hours adjusted. We'll be flexible.",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan sebuah taman luncur di Shah Alam."),
        (
            "user",
            "Tolong tulis mesej kepada ibu bapa Aqil bin Mohd Faiz, anaknya patah tangan di taman luncur Sabtu lepas. Nombor ibunya 019-772 4530.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan, kami amat kesal atas kecederaan yang dialami oleh Aqil pada hari Sabtu. Pihak kami ingin bertanya khabar dan membantu urusan tuntutan insurans. Boleh kami hubungi Puan esok?",
        ),
        ("user", "Tambah bahawa bil hospital RM1,850 akan ditanggung oleh insurans syarikat."),
        (
            "assistant",
            "Baik, ayat tambahan: Bil hospital Aqil sebanyak RM1,850 akan ditanggung oleh insurans syarikat kami. Sila simpan resit asal.",
        ),
    ],
    [
        ("system", "你是新加坡一家攀岩馆的客服助理。"),
        (
            "user",
            "帮我回复这位家长：她女儿王心怡在我们这里上周六的攀岩课，她说孩子有心脏杂音，问能不能继续上课。",
        ),
        (
            "assistant",
            "您好，感谢您告知心怡的情况。为了安全起见，建议先请心怡的医生开一份可以参加运动的证明，我们收到后会通知教练特别留意。",
        ),
        ("user", "家长又说医生下个月才有空，这段时间可以先上轻松一点的课吗？"),
        (
            "assistant",
            "可以的，在拿到医生证明前，我们可以安排心怡参加低强度的抱石入门课，每节课教练都会在旁边看着。",
        ),
    ],
    [
        (
            "system",
            "You assist the finance team of a Singapore trampoline park with payment disputes.",
        ),
        (
            "user",
            "Customer Jonathan Pereira disputed a S$236 charge on card 4921 3307 6158 2047. He says he never booked the party package.",
        ),
        (
            "assistant",
            "Please pull the booking record for that charge and check the booking name, email and IP address. If the booking email doesn't match his, it may be card misuse and the charge should be refunded.",
        ),
        ("user", "The booking was made under his son's name, Ethan Pereira, with his son's email."),
        (
            "assistant",
            "Then it's likely a family purchase rather than fraud. Reply to Mr Pereira with the booking details and let him decide whether to withdraw the dispute.",
        ),
    ],
    [
        ("system", "You help event staff prepare competition documents."),
        (
            "user",
            "Format this entry list into a table: 1) Ng Kai Xin, 14, Youth B, S$35 paid 2) Harith bin Zainal, 15, Youth B, unpaid 3) Meera d/o Krishnan, 13, Youth C, paid",
        ),
        (
            "assistant",
            "| # | Name | Age | Category | Fee |; | 1 | Ng Kai Xin | 14 | Youth B | Paid S$35 |; | 2 | Harith bin Zainal | 15 | Youth B | Unpaid |; | 3 | Meera d/o Krishnan | 13 | Youth C | Paid |",
        ),
        ("user", "Harith's mum just paid at the counter."),
        ("assistant", "Updated row 2: Harith bin Zainal | 15 | Youth B | Paid S$35 (counter)."),
    ],
    [
        ("system", "You help a skate park operator write formal letters."),
        (
            "user",
            "Write a ban letter for Jerome Khoo, IG @jkhoo.sk8, who spray-painted the bowl on 3 Nov. His address is 21 Jalan Kembangan, Singapore 419120.",
        ),
        (
            "assistant",
            "Dear Mr Khoo, on 3 November you were recorded spray-painting the main bowl. This breaches Park Rule 7. You are banned from the park for 6 months from the date of this letter, and the cleaning cost of S$640 will be invoiced to you.",
        ),
        ("user", "He's only 17, should it go to his parents too?"),
        (
            "assistant",
            "Yes. As he is a minor, address the letter to his parent or guardian at the same address, and copy Jerome.",
        ),
    ],
]
