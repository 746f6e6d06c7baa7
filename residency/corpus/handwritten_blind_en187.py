# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en187: SG/MY yoga and pilates studios (bookings, injuries, instructor contracts, freezes, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en187
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio_policy"): _lines("""
        Membership freeze: members on 3-, 6- or 12-month plans may freeze up to 2 times per calendar year, minimum 14 days and maximum 60 days per freeze, with a S$20 admin fee.
        Medical freezes beyond 60 days require a doctor's memo or specialist letter submitted at the front desk; we do not keep a copy once the freeze is approved.
        Late cancellation: classes cancelled less than 12 hours before start time are forfeited; no-shows on unlimited plans incur a S$15 penalty charged to the card on file.
        Doors close 5 minutes after class begins. Latecomers will not be admitted into Reformer classes for safety reasons.
        Please inform your instructor of any injuries, surgery in the last 6 months, or pregnancy before class. You do not need to share details in front of the class.
        Grip socks are compulsory for all Reformer, Tower and Chair sessions and are available at the counter for S$12 per pair.
        Class packages are non-transferable and non-refundable, except where a refund is required under the Consumer Protection (Fair Trading) Act.
        Lotus Core Pilates Pte. Ltd. | UEN 201934512K | 80 Robinson Road #11-02, Singapore 068898 | Studio line 6235 1188
        Studio etiquette: shoes stay on the rack, phones on silent, and please wipe down your mat and props with the spray provided after class.
        Lost-and-found items are kept at reception for 30 days, after which unclaimed items will be donated or discarded.
        Our instructors are not physiotherapists and cannot diagnose injuries. For persistent pain, please see a registered physiotherapist or your GP.
        Freezes cannot be backdated. Submit your request in the app (Account > Membership > Request Freeze) before the intended start date.
        CCTV operates at reception and on the studio floors for safety. Footage is kept for 30 days; there are no cameras in the changing rooms.
        Children under 16 may attend Kids Yoga only with a parental consent form signed by a parent or guardian.
        Policy ref POL-MBR-07 v3.2, effective 1 Jan 2027, supersedes all earlier freeze, transfer and cancellation terms.
    """),
    ("en", "booking_log"): _lines("""
        2026-11-28 07:02:14 BOOKED class_id=RF-INT-0700 studio=TPG slot=8/10 ref=BK-7741902 channel=app
        2026-11-28 07:05:51 WAITLIST class_id=RF-INT-0700 position=3 ref=BK-7741935 channel=web
        CANCEL_LATE ref=BK-7740012 window=9h penalty=SGD15.00 status=charged txn=ch_3QzR8sLk20aVb1
        Invoice INV-2026-004417 | 20-Class Reformer Pack | S$780.00 | GST 9% S$70.20 | Total S$850.20 | Paid via PayNow
        Hot Vinyasa 60 | Tue 19:30 | Room 2 | capacity 28 | booked 28 | waitlist 6 | instructor TBC
        Plan UNL-M-12 auto-renew failed (card declined, response code 51). Retry scheduled 2026-12-03 02:00 SGT.
        Freeze request FRZ-002318 approved | start 2026-12-01 | end 2027-01-15 | 45 days | fee MYR 30.00
        Weekly report: 1,284 bookings, 96 late cancels (7.5%), 41 no-shows, average occupancy 83% (Reformer 94%, Mat 71%).
        Promo code NEWYOU26 applied to order #MY-884213, discount RM50.00, new total RM249.00.
        ClassPass sync: 14 reservations imported, 2 rejected (class full), batch cp_20261130_0600.
        Reformer bed #6 in Room B flagged for maintenance: spring 2 worn, carriage rope frayed. Ticket MNT-0457.
        Schedule export Jan 2027: 312 classes, 18 instructors, 4 studios (Bangsar, Mont Kiara, Damansara Heights, Subang Jaya).
        PayNow QR generated for invoice INV-2026-004502, amount S$45.00, expires in 15 min.
    """),
    ("en", "instructor_contract"): _lines("""
        Independent Contractor Agreement between Bayu Flow Studio Sdn Bhd (Registration No. 202101034567 (1425678-P)) and the Instructor named in Schedule A.
        Schedule A: Instructor Name: __________ | NRIC/Passport No.: __________ | Address: __________ | Bank: __________ | Account No.: __________
        The Instructor shall be paid RM120 per 60-minute group class and RM180 per private session, payable monthly by the 7th of the following month.
        Class rate SGD 85 per 55-min group class; SGD 10 extra per head above 12 attendees; cover classes are paid at the scheduled rate.
        The Instructor shall give not less than 48 hours' notice for any class they cannot teach and shall help find a qualified substitute.
        The Instructor must hold a valid Yoga Alliance RYT-200 (or equivalent) and a current first-aid and CPR-AED certificate throughout the term.
        Non-solicitation: for 6 months after termination, the Instructor shall not directly solicit Studio members for private classes.
        This Agreement is not a contract of service; the Instructor is responsible for their own CPF or EPF contributions, income tax and insurance.
        Either party may terminate this Agreement with 30 days' written notice, or immediately in the case of gross misconduct.
        Hi {first_name}, thanks for teaching {class_name} on {date}. Your payout of {amount} will be credited by {payout_date}.
        Rate card 2027: Mat SGD 70 / Reformer SGD 90 / Prenatal SGD 95 / Private 1:1 SGD 150 / Duet SGD 180.
        The Studio maintains public liability insurance for classes taught on Studio premises (Policy No. PL-2026-SG-00871).
        Instructors must not copy members' contact numbers, health declarations or payment details outside the studio booking system.
    """),
    ("en", "injury_advice"): _lines("""
        Is it safe to do Reformer Pilates 6 weeks after a C-section? Most physios suggest waiting for clearance at the 6-8 week postnatal check.
        For lower back pain in forward folds, bend the knees generously and hinge from the hips rather than rounding the lumbar spine.
        Wrist pain in Downward Dog often comes from sinking into the heel of the hand; spread the fingers and press through the knuckles.
        Joseph Pilates called his method Contrology and began developing it while interned on the Isle of Man during the First World War.
        B.K.S. Iyengar's Light on Yoga (ISBN 978-0-8052-1031-6) remains the standard reference for alignment-based practice.
        Diastasis recti: avoid full crunches and heavy loading until the gap has been assessed; start with breathwork and transverse abdominis activation.
        How do I modify Chaturanga for a shoulder impingement? Drop the knees and keep the elbows hugging the ribs, or skip straight to Cobra.
        Hot yoga is generally not recommended in the first trimester because raised core body temperature is linked to neural tube risks.
        Knee clicking in Pigeon without pain is usually harmless; pain on the inside of the knee means back off and put a block under the hip.
        For hypermobile students, cue micro-bends in the elbows and knees and prioritise stability over range.
        What's the difference between Hatha, Vinyasa and Yin? Hatha holds poses, Vinyasa links breath to movement, Yin holds passive stretches for 3-5 minutes.
        Ice within the first 48 hours for an acute ankle sprain, then see a physio if the swelling hasn't settled after a week.
        Scoliosis-friendly Pilates focuses on asymmetrical strengthening; side-lying work on the concave side is a common starting point.
        K. Pattabhi Jois popularised Ashtanga Vinyasa from Mysore; the primary series is traditionally practised six days a week.
    """),
    ("mixed", "whatsapp_group"): _lines("""
        Morning all! Tmr 7am Mat Flow still on ah, PSI only 85 so the aircon room ok one.
        Eh the carpark level 3 full already, better park at the HDB multi-storey opposite.
        Reminder: pls bring your own towel for Hot Yoga, studio towels all sent for wash today 🙏
        Aiyo Sat 9am Reformer full liao, anyone know if the waitlist usually clears?
        Can bring kids to watch or not? Or must wait outside the studio?
        Studio closed on Hari Raya Haji. Classes resume the next day as per normal schedule.
        CNY timetable: no classes on 1st and 2nd day, reduced schedule until Chap Goh Mei. 新年快乐!
        Wah today core class damn shiok but tmr confirm cannot walk one 😂
        Who left a black Lululemon water bottle in Room 1? Counter keeping it ya.
        Pls don't post promos from other studios in this group ya, admin will remove. Thanks ✌️
        Lepas class nak lepak mamak bawah tak? Teh tarik on me 😆
        Any recommendation for a physio near Bukit Timah for knee? Better if can claim insurance.
        Admin: this group is for class updates only. For bookings, freezes or billing pls PM the studio line or use the app.
        Tonight's Yin moved from Room 2 to Room 3 because of aircon servicing. Same time 8pm.
    """),
    ("ms", "notis_studio"): _lines("""
        Notis: Studio akan ditutup pada 31 Ogos sempena Hari Kebangsaan. Kelas akan disambung semula pada 1 September.
        Ahli yang ingin membekukan keahlian perlu mengisi borang dalam aplikasi sekurang-kurangnya 3 hari sebelum tarikh mula.
        Pembekuan atas sebab perubatan memerlukan surat doktor. Tempoh maksimum ialah 90 hari setahun.
        Kelas Yoga Pranatal setiap Sabtu jam 10 pagi. Sila dapatkan kebenaran doktor anda sebelum menyertai.
        Sila tiba 10 minit awal. Pintu studio ditutup 5 minit selepas kelas bermula.
        Stokin anti-gelincir wajib untuk kelas Reformer dan boleh dibeli di kaunter pada harga RM25.
        Pakej 10 kelas: RM350, sah selama 3 bulan dari tarikh pembelian. Pakej tidak boleh dipindah milik.
        Sepanjang bulan Ramadan, kelas petang dianjak ke jam 9.30 malam selepas solat tarawih.
        Bagaimana nak ubah suai pose Bhujangasana jika sakit pinggang? Rendahkan dada dan gunakan lengan untuk sokongan.
        Kami mencari jurulatih Pilates sambilan untuk cawangan Shah Alam. Sijil yang diiktiraf diperlukan. Mohon melalui laman web kami.
        Invois INV-MY-2026-01183 telah dijana. Jumlah RM420.00 termasuk SST 8%.
        Kumpulan WhatsApp ini untuk makluman kelas sahaja. Untuk tempahan dan pembekuan sila gunakan aplikasi.
    """),
    ("zh-Hans", "课程通知"): _lines("""
        本周六上午9点的普拉提核心床课程已满，可在App加入候补名单。
        会员冻结规则：每年最多冻结两次，每次不少于14天、不超过60天。
        因医疗原因申请冻结，请提供医生证明，工作人员审核后即删除副本。
        孕妇瑜伽课程适合怀孕第14周以后的学员，报名前请先咨询主治医生。
        迟到超过5分钟将无法进入核心床课堂，以确保所有学员的安全。
        农历新年初一、初二休息，初三起恢复正常课程。
        腰椎不适的学员做前屈时请屈膝，以髋关节为轴向前折叠。
        艾扬格（B.K.S. Iyengar）强调使用瑜伽砖和伸展带辅助正位练习。
        订单号 SG20261130-0481 已支付成功，金额 S$260.00。
        教练合约范本：每节团体课酬劳85新元，每月7日前结算，需提前48小时请假。
        请勿在群里发布其他工作室的广告，谢谢大家配合。
        热瑜伽课前两小时避免进食，课前课后注意补充水分。
    """),
    ("en", "membership_faq"): _lines("""
        Q: Can I transfer my remaining classes to a friend? A: Packages are non-transferable, but you can gift a new package through the app.
        Q: I'm travelling for 3 weeks, can I freeze? A: Yes, freezes of 14-60 days are allowed on 3-, 6- and 12-month plans.
        Q: Can I use SkillsFuture Credit for classes? A: No, our group classes are not SkillsFuture-eligible courses.
        For billing enquiries, WhatsApp our studio line +65 8800 4127 (Mon-Fri 10am-6pm) or email hello@lotuscorepilates.sg.
        Bangsar studio: Lot 3-2, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur. Tel 03-2201 7788.
        Q: What happens to my membership if I get injured? A: Submit a medical freeze with a doctor's memo; the freeze does not count against your term.
        Q: Is there a student rate? A: Yes, 20% off for full-time students who show a valid matric or student card at the counter.
        Intro offer: 3 classes for S$69, valid 21 days from the first booking, first-timers only.
        Corporate wellness packages start from 20 pax; email corporate@bayuflow.my for a quotation.
        Q: How do I delete my account and data? A: Go to Settings > Privacy > Delete Account, or email dpo@lotuscorepilates.sg; we reply within 30 days under the PDPA.
        Unlimited monthly: RM399 with a 12-month commitment or RM459 with no commitment. Prices include 8% SST.
        Q: Can I stop auto-renewal? A: Yes, switch it off under Membership > Auto-renew at least 3 days before the renewal date.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report IR-2026-041 | 14 Nov 2026, 7:40pm | Member: Chloe Tan Hui Min | Class: Reformer Intermediate | Felt sharp pain in left hamstring during Short Spine, iced on site, advised to see GP.
        FREEZE REQUEST / Name: MUHAMMAD HAFIZ BIN ZULKIFLI / MyKad: 880412-14-5523 / Mobile: 012-738 4419 / Reason: ACL reconstruction on 3 Dec / Freeze: 3 Dec 2026 - 28 Feb 2027
        Hi team, Priya Ramasamy here (10-class pack). I'm 22 weeks pregnant and my gynae says no more hot yoga, can I convert my remaining classes to prenatal? My number is 9736 2148.
        Instructor onboarding: Name: Brendan Joseph de Souza | NRIC S7651290F | DOB 12/03/1976 | Address: Blk 418 Bedok North Ave 2 #09-145, Singapore 460418 | POSB Savings 178-45219-6
        Billing dispute: member Vanessa Ong Pei Shan was charged twice for Unlimited Monthly (S$289 x2) on card 4556 3127 2951 9230, please reverse one charge.
        Complaint 22 Nov: instructor Jason Lee Wei Ming commented on a student's weight in the 8am class and adjusted her hips without asking. Student concerned: Nadia Rahim. Requesting review by studio manager.
        Waiver - Participant: Kavitha d/o Ramasamy; Age 34; Conditions: asthma (carries inhaler), previous L4/L5 disc bulge; Emergency contact: husband Ganesh, 8452 0913.
        Waitlist Sat 9am Reformer: 1. Tan Li Ting (9017 6632) 2. Aisyah Rahman (8193 4470) 3. Marcus Goh (9738 1205)
        member_id,name,email,phone,plan,status / M10482,Lim Wei Jie,weijie.lim87@gmail.com,+65 9245 1088,UNL-12,FROZEN-MEDICAL
        Corporate wellness roster Q1: Jeremy Koh - slipped disc, no forward folds; Samantha Yeo - pregnant, 2nd trimester; Arjun Pillai - no issues declared.
        Carpark whitelist: member Daniel Chua, vehicle SKQ 4821 B, unlimited plan, 2h free parking at basement 2.
        Lost and found: pink mat labelled "Melissa Pereira 9641 3057" left in Room 2 after Tuesday Yin, call her to collect.
        Payroll Nov 2026 - Siti Khadijah binti Osman - 26 classes x RM120 = RM3,120 - Maybank 1143 2209 8765 - paid 7 Dec.
        Dear Ms Wong Mei Ling, your medical freeze FRZ-002411 (post-op, gallbladder removal) from 1 Dec 2026 to 14 Jan 2027 has been approved. Your new expiry date is 30 Apr 2027.
        Instructor note: Ravi s/o Subramaniam arrived 10 min late for the 7am class again, third warning this month. Next incident means contract review.
        Physio referral: Mrs Jasmine Lau, 58, osteoporosis (T-score -2.7), avoid loaded spinal flexion; cleared by her doctor for gentle mat classes only.
        Trial class sign-up | Name: Nurul Izzati binti Kamal | Email: nurulizzati.kamal@yahoo.com | Phone: +60 17-254 8830 | Heard about us: Instagram
        Instagram DM log: @sherlynn.moves (Sherlyn Toh) asked to move her private session to Thu 3pm, confirmed by front desk.
        Member note: Mr Chong Kah Wai has a heart arrhythmia and is on beta blockers, keep intensity moderate and let him skip inversions.
        Refund request via Telegram from @kaiwen_lim95: Lim Kai Wen says his 5 unused classes expired while he was warded for dengue at CGH.
        Contract signed: Ms Deepa a/p Krishnan, MyKad 920917-10-6128, No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, rate RM150 per class.
        GIRO form | Account holder: TAN BOON KENG | OCBC 601-234567-001 | Monthly debit S$259 Unlimited Plan | Contact 9123 8876
        Booking confirmation sent to alicia.yeo.hx@hotmail.com for Private Duet Reformer, Sun 10am, Alicia Yeo and her mother.
        Membership transfer: from Eric Ng Chee Meng (S8843067J) to his wife Grace Ng, because he is relocating to Hong Kong in January.
        New hire: Maria Santos Reyes, FIN G5316072M, Work Pass valid to 30 Jun 2027, teaches Mon/Wed/Fri Hatha at the Novena studio.
        Front desk: the auntie in the red tracksuit who always takes the back-left mat at 6pm is Mdm Goh Siew Lan, 71, she fell at home last week, offer her the chair version.
        Health declaration: I, Aaron Fernandez, declare that I have type 1 diabetes and carry glucose tablets during class. Signed 03/11/2026.
        Chargeback on Amex 3770 6430 3000 161, cardholder Ho Jia Hui, 12-month contract cancelled after she relocated to Penang.
        For manager: student Amirul Hakim bin Roslan (19, NUS Year 1) fainted during Hot 60 on Tuesday; paramedics called, discharged the same night.
        Address update: Wong Jia Yi moved from Blk 231 Serangoon Ave 3 #12-88 to 8 Hillview Rise #05-12, Singapore 667979, please update billing.
    """),
    "mixed": _lines("""
        @Jolene Sim ur 7pm reformer tmr moved to Bed 4 ya, also pls settle the $45 outstanding for Nov 🙏
        eh Shafiq bin Azman's wife just msg me, he sprained his ankle playing futsal so cannot come Sat class, pls help freeze his package till end Dec
        Kak, Farah Nabilah binti Yusof dah bayar RM180 for Dec private sessions, resit dari 011-2847 5519, tolong tick dalam sheet ya
        Teacher, my ah ma Lee Ah Moi (78) say her knee pain again after yesterday class leh, next week can give her chair yoga instead?
        Reminder @Sandeep Kaur: your 10-class pack expiring 15 Dec, still got 4 classes left hor
        Wah Kelvin Teo no-show 3 times this month already, charge him $15 each can or not? His card 5204 7338 8142 5697 on file
        刚刚 Chen Xiaoyu 打来说她 slipped disc flare up, 下周的 private session 全部 cancel, refund to her PayLah 9183 2267
        hi everyone I'm Rachel Lim from Punggol, 3 months postpartum, first time doing pilates, hope to meet other mummies here! my IG @rachel.lim.mumlife
    """),
    "ms": _lines("""
        Puan Noraini binti Ahmad (No. K/P 760228-08-5014) memohon pembekuan keahlian selama 3 bulan kerana pembedahan lutut di Hospital Selayang.
        Resit bayaran: Encik Suresh a/l Munusamy, pakej 20 kelas RM650, dibayar melalui pindahan bank CIMB 7609441832.
        Aduan: Cik Lim Xin Yi mengadu jurulatih Zainal bin Ismail menegur beliau dengan kasar di hadapan kelas pada 18 Nov.
        Borang pendaftaran | Nama: NUR ATIQAH BINTI MOHD FAUZI | No. KP: 950623-07-5372 | Tel: 019-663 2075 | Alamat: 12, Lorong Bukit Jambul 3, 11900 Bayan Lepas, Pulau Pinang | Sejarah kesihatan: asma
        Jurulatih Aiman bin Rosli tidak hadir tanpa notis untuk kelas 7 pagi sebanyak 3 kali bulan ini; elaun November dipotong RM360.
        Pelajar UiTM Haziq bin Samsudin (MyKad 011105-01-0447) memohon kadar pelajar 20%, kad matrik telah disahkan.
    """),
    "zh-Hans": _lines("""
        学员陈美玲，手机 8736 5021，上周普拉提课后腰椎间盘突出复发，申请冻结会员两个月。
        教练合约：甲方 Lotus Core Pilates Pte. Ltd.，乙方黄志强（身份证号 S9012376I），每节课85新元，薪资转入 DBS 072-915348-2。
        投诉：林佳慧女士反映11月20日热瑜伽课上被教练强行调整姿势导致肩膀拉伤，要求退还剩余课时费用。
        会员李秀英（孕28周，妊娠糖尿病）需从热瑜伽改上孕妇瑜伽，已取得医生同意书。
        候补名单 周六9点核心床：1. 吴俊豪 9245 7730；2. 郑雅婷 8871 6024
        前台备注：刘建明先生车牌 SLX 9043 Z，每周二、四晚7点上课，可免费停车两小时。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the front-desk assistant for Lotus Core Pilates, Tanjong Pagar."),
        (
            "user",
            "Draft a reply to a member: Tan Shu Fen, NRIC T0245817E, wants to freeze her unlimited plan from 5 Jan for 6 weeks because she's going on university exchange in Seoul.",
        ),
        (
            "assistant",
            "Hi Shu Fen, thanks for letting us know! Your unlimited plan will be frozen from 5 Jan to 16 Feb 2027 and your expiry date extended by 6 weeks. Enjoy Seoul!",
        ),
        (
            "user",
            "Add that her NRIC has been verified and that the $20 admin fee goes on her card.",
        ),
    ],
    [
        (
            "user",
            "Summarise this for the incident log: 6:15pm Reformer class, member Goh Jun Wei, 34, lost balance on the jumpboard and hit his chin on the footbar. Small cut, first aid by instructor. He declined ambulance. His phone 9318 4402.",
        ),
        (
            "assistant",
            "Incident summary: Goh Jun Wei (34) fell during jumpboard work in the 6:15pm Reformer class and sustained a minor chin laceration. First aid given on site; ambulance declined. Contact: 9318 4402.",
        ),
        ("user", "Add a follow-up call tomorrow to check on him."),
    ],
    [
        (
            "user",
            "Can you format this for the payroll sheet? Nadia binti Harun, MyKad 930514-10-5886, 22 classes in Nov at RM130 each, Maybank 1622 0314 9927",
        ),
        (
            "assistant",
            "Nadia binti Harun | 930514-10-5886 | Nov 2026 | 22 | RM130.00 | RM2,860.00 | Maybank 1622 0314 9927",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Faizal bin Omar, dia belum bayar yuran bulan Disember RM399, nombor dia 013-552 0916.",
        ),
        (
            "assistant",
            "Salam Encik Faizal, ini peringatan mesra dari Bayu Flow Studio. Yuran keahlian bulan Disember sebanyak RM399 masih belum dijelaskan. Mohon buat bayaran melalui aplikasi. Terima kasih!",
        ),
        ("user", "Ok, tambah sekali dia boleh bayar di kaunter kalau app ada masalah."),
    ],
    [
        (
            "user",
            "Member called in: Stephanie Rodrigues, her card 5424 1825 5409 4428 was charged RM459 even though she cancelled within the 7-day cooling-off. How do I respond?",
        ),
        (
            "assistant",
            "Apologise, confirm the cancellation date in the system, and if it falls within the cooling-off period process a full refund to the same card. Tell her it takes 7-14 working days to appear.",
        ),
        ("user", "It does fall within. Please write the refund note for accounts."),
    ],
    [
        (
            "user",
            "帮我写一条通知给学员王丽娟，她因为乳腺手术申请的会员冻结已经批准，冻结到明年2月底。",
        ),
        (
            "assistant",
            "王丽娟您好，您因手术提交的会员冻结申请已获批准，冻结期至2027年2月28日，会籍到期日将相应顺延。祝您早日康复！",
        ),
    ],
    [
        (
            "user",
            "Fill in Schedule A of the instructor contract: Chloe Anne Lim, NRIC S6932741I, 22 Jalan Kembangan, Singapore 419124, UOB account 391-302-118-7, starts 2 Jan 2027.",
        ),
        (
            "assistant",
            "Schedule A - Instructor Name: Chloe Anne Lim | NRIC: S6932741I | Address: 22 Jalan Kembangan, Singapore 419124 | Bank: UOB | Account No.: 391-302-118-7 | Start date: 2 Jan 2027",
        ),
    ],
    [
        (
            "user",
            "someone in the studio whatsapp grp posted: 'pls pray for Auntie Chia Lay Hoon, she collapsed after class yesterday and now in SGH ICU'. should admin delete?",
        ),
        (
            "assistant",
            "It's kindly meant, but it shares a member's health information in a large group. I'd remove it, message the poster privately, and let the family decide what to share.",
        ),
        ("user", "ok can draft the private msg to the poster?"),
    ],
    [
        (
            "user",
            "Dedupe this waitlist export: Ong Kai Xiang 9871 2203; ong kai xiang 98712203; Toh Jia Min 8264 0517; TOH JIA MIN +65 8264 0517",
        ),
        ("assistant", "1. Ong Kai Xiang - 9871 2203 / 2. Toh Jia Min - 8264 0517"),
    ],
    [
        ("system", "You help the studio manager with HR paperwork."),
        (
            "user",
            "Our new Reformer instructor Oleksandra Kovalenko has FIN F2748153K and starts on 15 Jan. What else do I need to collect before her first class?",
        ),
        (
            "assistant",
            "Collect a copy of her work pass card, her Pilates certification, a current CPR-AED certificate, bank details for payouts and an emergency contact, and confirm the pass allows this employment.",
        ),
        ("user", "She also mentioned she's 4 months pregnant, do I need to tell the insurer?"),
    ],
    [
        (
            "user",
            "Summarise this complaint email. From: darren.tay.88@gmail.com / I'm Darren Tay. My 12-year-old daughter Chloe came home with a bruised shin from a Reformer strap in Kids Pilates on 29 Nov and no one told us.",
        ),
        (
            "assistant",
            "Parent Darren Tay reports his 12-year-old daughter Chloe was bruised by a Reformer strap in Kids Pilates on 29 Nov and the studio did not inform the family.",
        ),
        ("user", "Draft an apology and offer a free private session."),
    ],
]
