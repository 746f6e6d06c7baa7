# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en195: SG/MY pilates, yoga and dance studios (packages, trials, waivers, payroll, complaints, broadcasts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en195
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "whatsapp_broadcast"): _lines("""
        📢 Flow & Core broadcast: Reformer classes at our Tanjong Pagar outlet are back from 3 Jan! Book via the app, new slots open every Sunday 8pm.
        Hi lovely members! CNY schedule: studio closed 17-18 Feb, reduced timetable 19-21 Feb. All class packs auto-extended by 3 days. Gong Xi Fa Cai 🍊
        Reminder: Hari Raya Aidilfitri closure 31 Mar – 1 Apr. Selamat Hari Raya, maaf zahir dan batin from the whole Nadi Yoga team 🌙
        Broadcast: aircon servicing in the Hot Room on Tue 10am-2pm, all classes in that window move to Studio B. Sorry for the inconvenience!
        ⚡ 48-hour flash sale: 10-class Mat Pilates pack S$250 (usual S$320). Promo code FLOW10 at checkout, valid 6 months from purchase. T&Cs apply.
        Our front desk landline is now +65 6221 8804 (Mon-Fri 8am-8pm). For bookings you can still WhatsApp the studio business line +65 8869 2210.
        Happy Deepavali from all of us at Nadi Yoga Bangsar! Studio open as usual on 20 Oct, 7am Sunrise Flow with live tabla ✨
        Parking tip: the building's season parking is full, but the HDB carpark across the road is S$0.60 per half hour via Parking.sg.
        Haze update: PSI is above 150 this evening so Sunset Yoga at East Coast Park is cancelled. All bookings have been returned as credits automatically.
        Workshop alert 🩰 Intro to Heels Choreo, Sat 14 Dec 2-4pm, S$45 members / S$55 non-members, max 20 pax. Wear heels with ankle strap please.
        January timetable is out! Added: 7.15am Barre Burn (Tue/Thu) and 8pm Yin & Sound Bath (Fri). Removed: 12.30pm Lunch Express due to low turnout.
        Lost & found clearing on 30 Nov: 4 water bottles, 1 black jacket size 6, lots of grip socks. Anything uncollected goes to donation.
        Gentle reminder that grip socks are compulsory on the reformer. Available at reception, S$18 each or 2 for S$30.
        Apologies, the booking app (v4.2.1) showed some classes as full this morning due to a sync glitch. Fixed now, please try again 🙏
        Community rules for this group: no selling, no MLM, no political posts, be kind. Admins may remove messages without notice.
        Heavy rain warning from MSS 🌧 If you're stuck on the way to the 7pm class, reply LATE and we'll hold your spot for 10 minutes.
        Year-end recital theme is Encanto! Junior troupe will perform the Mirabel, Isabela and Luisa numbers. Costume fitting schedule to follow.
    """),
    ("en", "package_terms"): _lines("""
        Class packages are non-transferable and non-refundable. Expiry: 5-class pack 2 months, 10-class 4 months, 20-class 8 months from first booking.
        Late cancellation (less than 12 hours before class) or no-show forfeits 1 class credit. Unlimited members are charged a S$15 penalty instead.
        Package freeze: one free freeze of up to 30 days per package with a valid medical certificate. Each additional freeze is S$20.
        Trial class S$35, one per person, first-timers only. Top up S$40 within 7 days to convert it into a 5-class starter pack.
        All prices include 9% GST. Flow & Core Pte. Ltd., UEN / GST Reg. No. 201912345K, 72 Tras Street #03-01, Singapore 079013.
        Monthly Unlimited auto-renews on the 1st of each month at RM399. To cancel, give 30 days written notice through the member portal.
        Student rate: 20% off all packs with a valid full-time student card (under 25). Just show the card at the counter, we do not keep a copy.
        Corporate wellness packages for companies with 10 or more staff: Tier A (10-29 pax) S$22 per class, Tier B (30+ pax) S$19 per class.
        Prenatal classes are open from 12 weeks with doctor's clearance. Postnatal from 6 weeks (normal delivery) or 8-10 weeks (C-section) with OB/GYN approval.
        Refunds are only given if the studio permanently closes or cancels a course, processed within 14 working days to the original payment method.
        Private 1-on-1 S$120/hr, duet S$160/hr. Packs of 10 privates are valid for 6 months. 24-hour cancellation policy applies.
        Kids ballet Term 1 fees (10 lessons): Pre-Primary S$280, Grade 1-2 S$320. 10% sibling discount on the second child.
        RAD exam fees are set by the exam board and collected separately; they are not covered by term fees.
        SkillsFuture credit cannot be used for recreational classes; only our 200-hr Yoga Teacher Training is claimable (course ref TGS-2026012345).
        Promo codes cannot be stacked: one code per transaction, codes are not case-sensitive, no cash value.
        Nadi Yoga Sdn. Bhd. (Registration No. 202301045678 (1512345-X)), Lot 3A-2, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur.
    """),
    ("en", "waiver_template"): _lines("""
        I, ______________________ (NRIC/Passport No. ______________), acknowledge that pilates involves physical exertion and I take part at my own risk.
        Please tick if you have: [ ] high blood pressure [ ] heart condition [ ] surgery in the last 6 months [ ] pregnancy [ ] osteoporosis [ ] none of the above
        Emergency contact name: ______________ Relationship: ______________ Contact no.: +65 ____ ____
        Parent/guardian signature required for participants under 18. Signature: ____________ Date: __/__/____
        PDPA notice: your personal data is collected to administer bookings and for your safety, and is never sold. Contact our Data Protection Officer at dpo@flowcore.com.sg.
        The studio is not liable for loss of or damage to personal belongings. Lockers are available; please bring your own padlock.
        By signing this waiver I confirm that I have disclosed any medical condition which may affect my ability to participate safely.
        Waiver version WV-2026-03, effective 1 Mar 2026, supersedes WV-2024-11. Members on the old version will be asked to re-sign at next check-in.
        Photo/video consent: [ ] I agree to be photographed during class for the studio's social media [ ] I do not agree
        Any injury in class must be logged in the Incident Form within 24 hours by the instructor on duty and reviewed by the studio manager.
        Incident Form fields: Date | Time | Class | Instructor | Description | First aid given (Y/N) | Ambulance called (Y/N) | Follow-up action
        Name of member: {member_name} | Package: {package_type} | Credits left: {credits_left} | Expiry: {expiry_date}
    """),
    ("en", "booking_system_log"): _lines("""
        2026-11-14 07:58:12 INFO booking.create id=BK-7741902 class=REF-INT-0800 slot=12/12 waitlist=3 channel=app
        2026-11-14 08:01:45 WARN payment.retry invoice=INV-2026-118203 gateway=stripe attempt=2 code=card_declined
        Order #FC-20261114-0093 | 10-class Reformer pack | S$380.00 | PAID | PayNow ref 8QK2M7
        Class REF-BEG-1930 cancelled (instructor unavailable). 11 bookings returned as credits. job_id=5f3c2a9e
        Waitlist promoted: BK-7742210 -> CONFIRMED (auto, 11h59m before class start)
        Shipment SPXMY0884122075518 (grip socks x 60) delivered to Bangsar outlet receiving bay, 14:22
        Export attendance_2026-11.csv: 4,812 rows, 37 classes per week, average fill rate 83%
        cron expire_packages ran 02:00 SGT, 143 packages expired, 0 errors, duration 4.2s
        Xero sync OK: invoice INV-MY-004421 RM1,188.00 status AUTHORISED, tax code SST-0
        HTTP 429 from scheduling API for site_id 5721034, backing off 60s (retry 3/5)
        Refund RF-20261102-17 RM89.00 to original card **** **** **** 4412 status=SUCCEEDED
        Check-in kiosk #2 offline 10:14-10:31, 9 manual check-ins entered by front desk.
        Promo FLOW10 redeemed 212 times in Nov, gross S$53,000, average basket S$250.
        sha256 of waiver_v2026-03.pdf: 9c1f0e4b7a2d88e3f61c55ab0d7e2c94b13a6f08d2e57c1b4a9f3e6d0c8b2a71
    """),
    ("en", "howto_advice"): _lines("""
        How should a small studio pay freelance instructors: per class, per head or hourly? Many SG studios pay S$50-90 per group class plus a bonus above 8 pax.
        Do self-employed yoga teachers in Singapore need to pay MediSave? Yes, once annual net trade income is above S$6,000.
        In Malaysia, do part-time dance instructors need EPF? If they are employees under a contract of service, yes; genuine freelancers under a contract for service generally not.
        What should a pilates studio's PDPA policy cover? Purpose of collection, consent, retention period, access and correction requests, and the DPO's contact.
        Handling a late-cancel dispute: check the booking log timestamp, apply the policy consistently, and offer a one-time goodwill credit for a first offence.
        Should we keep photocopies of members' NRIC? Generally no; the PDPC guidelines say studios should not collect full NRIC numbers for class bookings.
        Cueing a neutral pelvis for beginners: imagine a bowl of water in your pelvis and don't let it spill forwards or backwards.
        Early postpartum with diastasis recti: skip crunches and the Hundred at first, start with breathing and transverse abdominis activation.
        Sanitising reformer straps: wipe with diluted disinfectant after every class and do a deep clean weekly; replace frayed loops straight away.
        Choosing a booking system for a 3-room studio: compare per-booking fees, WhatsApp reminders and local payments like PayNow, DuitNow and GrabPay.
        Joseph Pilates called his method Contrology and set it out in Return to Life Through Contrology, first published in 1945.
        B.K.S. Iyengar's Light on Yoga (1966) is still the standard alignment reference in many teacher trainings in KL and Singapore.
        Misty Copeland became the first African American female principal dancer at American Ballet Theatre in 2015, and our juniors love her story.
        Our internal Studio Operations Handbook, 2nd ed. (ISBN 978-981-18-4417-1), has a full chapter on incident reporting and waivers.
        Instructors on an S Pass cannot freelance for other studios in Singapore, because the pass is tied to the sponsoring employer.
    """),
    ("mixed", "member_group_chat"): _lines("""
        anyone know if the 7am reformer at the Bugis studio got parking nearby? last week i drove round 3 times, sian
        lol the hot room today damn hot, my mat became swimming pool 😂
        wah the new barre teacher quite garang ah, my legs still shaking now
        those who did the 200hr YTT, worth it or not? thinking of signing up but quite ex leh
        eh anyone selling their unused class pack? can transfer or not ah
        Admin: packs can't be transferred, sorry! But our referral promo gives both of you 1 free class 😊
        Kak, kelas zumba malam ni still on ke? Hujan lebat gila kat Shah Alam
        3 classes back to back today, dead tired but shiok
        有没有人去过 Tampines 那家 aerial yoga？值得吗
        sis which grip socks u all use ah, the branded ones or the Shopee $5 ones also can?
        if got lower back pain should go pilates or physio first? asking for a friend haha
        Admin: the 9am Sat class is now 14 spots instead of 12, we added two more reformers 🎉
    """),
    ("ms", "notis_studio"): _lines("""
        Notis: Studio ditutup pada 1 Mei sempena Hari Pekerja. Kelas akan disambung seperti biasa pada 2 Mei.
        Pakej 10 kelas Zumba kini RM180 sahaja, sah selama 3 bulan. Tempah melalui aplikasi atau talian perniagaan kami 03-2201 7788.
        Ahli yang hamil perlu membawa surat pengesahan doktor sebelum menyertai kelas yoga prenatal.
        Peringatan: pembatalan lewat (kurang daripada 12 jam) akan menyebabkan 1 kredit kelas hangus.
        Kelas tarian kanak-kanak (umur 5-12) setiap Sabtu jam 10 pagi. Yuran bulanan RM120, termasuk kostum persembahan akhir tahun.
        Bayaran jurulatih sambilan dibuat pada 7hb setiap bulan ke akaun bank berdaftar. Sila hantar invois sebelum 3hb.
        Semua peserta wajib mengisi borang penepian risiko sebelum kelas pertama.
        Selamat Hari Raya Aidiladha! Kelas pagi 10 Jun dibatalkan, kelas petang berjalan seperti biasa.
        Kelas khas Muslimah (wanita sahaja) setiap Selasa dan Khamis jam 8.30 malam bersama jurulatih wanita.
        Parkir percuma di aras B2 selama 2 jam, sila cop tiket di kaunter.
    """),
    ("zh-Hans", "studio_notice"): _lines("""
        【通知】本周六下午空调维修，14:00-17:00 的课程改到 B 教室上课，敬请谅解。
        新会员体验课 S$30，每人限一次；当场购买10节课套餐可享九折。
        孕妇请在上课前出示医生证明，怀孕满12周后才可参加孕期瑜伽。
        课程套餐不可转让、不予退款，有效期从第一次预约开始计算。
        农历新年（2月17日至18日）休馆两天，所有课程套餐自动延长3天。恭喜发财！
        导师课时费每月7号发放，请在每月3号前提交上月课时表。
        普拉提新手常见问题：核心无力、骨盆不稳。建议先上垫上课程，再上器械课。
        请自备防滑袜，前台有售，每双18新元。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TRIAL BOOKING | Name: NUR AISYAH BINTI KAMARUDIN | HP: 012-738 4419 | Email: aisyah.kmrdn@gmail.com | Class: Mat Pilates Beginner, Sat 9.00am | Heard from: Instagram
        Health declaration – NG PEI SHAN, NRIC S8234517E, DOB 11/02/1982. Slipped disc L4-L5 (2023), still seeing physio. Cleared for mat only, no loaded spinal flexion.
        Payroll Nov 2026 (freelance) | Ramesh s/o Krishnan | 38 group classes x S$60 = S$2,280 + head bonus S$150 | POSB Savings 081-23456-7 | pay by 7 Dec
        Complaint 12/11 from Chloe Tan Hui Min (Unlimited member since 2023): the 7pm hot yoga instructor adjusted her hips without asking and she felt very uncomfortable. She wants her Nov fee refunded.
        pls freeze Melissa Fernandez's 20-class pack from today, she's 14 wks pregnant and her gynae says no hot classes until after delivery. MC letter in her file.
        No-show list wk 47 (S$15 each): Jasmine Koh Li Ting x3, Arvind a/l Subramaniam x2, Farah Hanim binti Zulkifli x2 — charge cards on file.
        🎉 Shout out to Aunty Lim Siew Hoon, 72, who just completed her 100th class with us only 18 months after her knee replacement! So proud of you auntie 💪
        RAD Grade 3 entries: 1) Chloe Lim Xin Yi, DOB 14/03/2016, Nanyang Primary; 2) Sophia Rahman, DOB 02/09/2015, Henry Park Primary. Exam fees collected from parents.
        Refund request: Visa 4556 5608 1000 2256, cardholder DANIEL WONG KAH LOK, RM450 for unused Bangsar unlimited months (moving to Penang in Jan).
        Emergency contact for member Priya d/o Rajendran: husband Suresh, 9734 2816. Note: asthmatic, inhaler kept in locker 14.
        Instructor onboarding: TAN JIA HUI | Malaysian | MyKad 950609-07-5384 | FIN G5190372U (S Pass) | start 2 Jan | rate S$2,900/month + S$20 per private
        Heads up, @yogawithjo.sg tagged us in a story crying after class, she's going through a divorce. Please don't repost, just DM her something kind.
        Found a pink iPhone in Studio A after 8pm Barre, lock screen says Mei Ling. Called Goh Mei Ling from the booking list on 8126 4479, she'll collect tmr morning.
        The grey Honda Vezel SLK4827E parked at the loading bay again belongs to Karen Ong (Unlimited). 3rd time this month, please remind her nicely.
        Kids Hip Hop incident 9 Nov: Ethan Lee (8) fell during freestyle and cut his chin. Ice pack applied, no hospital. Mum Jessica Lee informed at pickup 11.05am.
        Payslip Oct 2026 | WAN NOR SYAFIQAH BINTI WAN ISMAIL | IC 920314-10-5628 | Basic RM2,800 | Class allowance RM640 | EPF (11%) RM378.40 | SOCSO RM17.25 | EIS RM6.90 | Net RM3,037.45 | Maybank 5142 7730 9184
        Hi Michelle! Your Reformer Intro trial is confirmed for Thu 5 Dec 7.30pm. We've noted your C-section in Aug, instructor will give modifications. See you! [sent to +65 9381 0247]
        Google review escalated: Vanessa Chua (member ID FC-10442) wrote that the owner shouted at her in front of the class. Refunded her remaining 10-pack S$320 as goodwill on 18 Nov.
        CPF Nov | LIM BOON KEAT | S7621093D | ordinary wage S$3,200 | employee 20% S$640 | employer 17% S$544 | total S$1,184
        Dr Harpreet Kaur (Unlimited) asks to be moved to the 6.30am class permanently because of her ward shifts at TTSH. Her number 9012 5583 if any clash.
        Dear Mr Chong Wai Keong, your Monthly Unlimited (RM399) for November is overdue. Your card ending 3869 was declined twice; please update it by 20 Nov or your membership will be paused.
        Injury report IR-2026-031 | Member: Joanne Rozario | Aerial Hoop L2, 23 Oct | fell approx 1m onto left wrist, swelling, sent to Raffles Hospital A&E by Grab | instructor on duty: Kelly
        Chair Yoga Mon/Wed 10am for Mrs Rosalind D'Cruz (67). Daughter Natalie pays with Mastercard 5223 4180 3156 9365, receipts to natalie.dcruz@outlook.com please.
        YTT applicant: Kavitha a/p Muniandy, 29, from Klang, staff nurse at Hospital Tengku Ampuan Rahimah wanting a career switch. Deposit RM1,000 received 4 Nov.
        Bali retreat manifest | WONG KA MAN | HKID K628104(4) | HK passport K03841726 | room share with Chan Hoi Yan | vegetarian | paid S$2,450 in full
        Home private session for Mdm Yeo Siew Lan, Blk 218 Bishan St 23 #08-112, Singapore 570218, Tues 3pm. She has Parkinson's, bring the chair and small props.
        GIRO batch 28 Nov: Aisyah Rahmat OCBC 601-234567-001 S$1,840 | Daniel Ho DBS 027-9-114583 S$2,260 | Meera Pillai UOB 451-302-118-6 S$980
        Corporate member: Siddharth Menon, FIN F2738419Q, Employment Pass, 15% discount via his employer's wellness scheme, pack expires 31 Mar.
        Dear Manager, I am Hazel Tay, a member since 2021. My locker was broken into on 3 Nov during the 6pm class and my wallet with $200 is gone. Please call me at 9665 1023.
        kelvin ng 91827364 trial sat 10am reformer, first time, bit of shoulder pain
        Kids Ballet Grade 6 registration: SOPHIE LEE EN QI | birth cert / NRIC T1123456E | school: CHIJ St Nicholas Girls' | parent: Lee Kok Hwa 9822 0416 | term fees S$420 paid
        Sub request: can Sherman Toh (@sherm_teaches on Telegram) cover Fri 7pm Vinyasa? Jolene is on hospitalisation leave till Mon.
    """),
    "mixed": _lines("""
        eh babe the waiver for my mum: Lee Ah Mooi, S6915028D, got high BP on medication, can I sign for her or not?
        admin can help check my package ah? name Jovan Seah, hp 8712 3305, bought 20-class in Aug but app show only 6 left, I only went 9 times leh
        Kak Yati tolong cancel kelas Isnin untuk Puan Roslina binti Ahmad, dia masuk wad sebab denggi, nanti dia bagi MC
        老师，我女儿黄诗琪下个月的 Grade 2 考级费 S$95 已经 PayNow 了，my number 9188 3057 if need to check
        bro Vignesh your payment for Sept classes masuk already? RM1,260 to your CIMB 7064 2213 58 right?
        Sharing here: Ong Shu Fen from the 6pm reformer class just gave birth at KKH 🍼 baby boy 3.2kg! Let's send her a small hamper
    """),
    "ms": _lines("""
        Borang pendaftaran ahli: Nama: MUHAMMAD HAFIZ BIN ROSLAN | No. KP: 880721-14-6217 | Tel: 019-662 4038 | Alamat: No. 12, Jalan SS 2/55, 47300 Petaling Jaya | Pakej: 10 kelas
        Aduan: Puan Zarina binti Hashim mengadu jurulatih Zumba kelas Khamis datang lewat 20 minit sebanyak tiga kali. Beliau minta 2 kelas ganti.
        Slip bayaran Okt: Nur Syazwani binti Abdullah, jurulatih sambilan, 22 kelas x RM50 = RM1,100, masuk ke Bank Islam 1203 4020 1187 65.
        Maklumat kecemasan ahli Norhayati binti Salleh (ada sejarah sawan): Encik Rizal bin Othman (suami), 013-288 7140.
        Tempahan kelas percubaan: Siti Khadijah binti Osman, 017-540 9926, Selasa 8.30 malam kelas Muslimah. Ada sakit lutut kanan.
        Penepian risiko ditandatangani oleh Tan Mei Yee, KP 870402-08-5146, hamil 20 minggu, untuk kelas yoga prenatal.
        Refund RM250 kepada Ahmad Faizal bin Mohd Noor kerana berpindah ke Kuching, akaun Maybank 1640 3321 5587.
    """),
    "zh-Hans": _lines("""
        会员投诉：陈美玲（电话 9123 4567）说周三晚上的普拉提老师在课上当众评论她的体重，要求换老师并退还剩余5节课。
        新会员登记：张宇，中国护照 E79244316，身份证 310105199304282627，陪读妈妈，住 Novena，想报周一三五上午的瑜伽。
        导师课时费明细（11月）：刘晓红，团课30节×55新元=1650新元，私教6节×90新元=540新元，合计2190新元，转账至 DBS 027-9-556132。
        舞蹈班家长群：林子涵妈妈请注意，子涵上周脚踝扭伤，医生说两周内不能跳，已帮她暂停课程。
        退款申请：王建国，会员号 M-20931，因腰椎间盘突出无法继续上课，申请退还剩余8节课 S$240，微信号 wjg_1975。
        静修营报名：李慧敏，身份证 44030419900715362X，手机 +86 138 2651 0437，素食，对花生过敏，同住室友张宇。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for a pilates studio in Singapore. Keep messages short and friendly.",
        ),
        (
            "user",
            "Draft a polite WhatsApp to our member Farah Lim (9827 4410). Her unlimited package expired on 30 Nov but she still booked 3 classes this week.",
        ),
        (
            "assistant",
            "Hi Farah! Hope you're well 😊 Just a heads up that your Unlimited package ended on 30 Nov, so the 3 classes booked this week aren't covered yet. Would you like us to renew it for you? Let us know and we'll sort it out!",
        ),
        (
            "user",
            "Add that she can renew at the old price S$280 because she's been with us since 2019.",
        ),
    ],
    [
        (
            "user",
            "Help me work out my Nov pay. I'm Deepa Nair, freelance. Studio 1: 24 classes at S$65. Studio 2: 10 classes at S$55 plus S$80 travel.",
        ),
        (
            "assistant",
            "Studio 1: 24 x S$65 = S$1,560. Studio 2: 10 x S$55 = S$550 + S$80 = S$630. Total for November: S$2,190.",
        ),
        (
            "user",
            "Great, now write the invoice to Stretch Lab Pte Ltd for the Studio 2 part. Payee DEEPA NAIR, OCBC 501-882304-001, PayNow to my mobile 9347 1180.",
        ),
    ],
    [
        (
            "user",
            "My name is Loh Wen Xuan, 34. I have scoliosis (32 degrees) and had spinal fusion T4-L1 in 2019. Is it safe for me to join a group reformer class?",
        ),
        (
            "assistant",
            "With a fusion that long, it's best to get written clearance from your spine surgeon first, and start with private sessions so the instructor can avoid loaded spinal rotation and flexion.",
        ),
        (
            "user",
            "ok my surgeon is at NUH, I'll ask at my review on 16 Jan. Can you write the email I send to the studio?",
        ),
    ],
    [
        (
            "user",
            "Please write a reply to this complaint: 'I am Mrs Kamala Devi a/p Arumugam. My daughter Anjali (9) was scolded by the Bharatanatyam teacher in front of the class last Saturday and now refuses to go.'",
        ),
        (
            "assistant",
            "Dear Mrs Kamala Devi, thank you for telling us, and we're very sorry Anjali had this experience. We have spoken to the teacher and would like to meet you and Anjali this week to make things right.",
        ),
        (
            "user",
            "Also say we will refund Anjali's Term 4 fees of RM360 to her account and she is welcome back anytime.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada jurulatih kami Amirul bin Hassan (011-2345 6781): kelas Sabtu 9 pagi dibatalkan dan bayaran November lewat 3 hari.",
        ),
        (
            "assistant",
            "Salam Amirul, harap sihat. Untuk makluman, kelas Sabtu jam 9 pagi dibatalkan minggu ini. Bayaran November pula akan lewat 3 hari. Maaf atas kesulitan, terima kasih atas pengertian!",
        ),
    ],
    [
        (
            "user",
            "Summarise this for our insurer: member Rachel Goh, NRIC S9146305I, tore her left hamstring in Jumpboard class on 2 Dec, 7.15pm, seen at SGH A&E, MC 14 days.",
        ),
        (
            "assistant",
            "Incident summary: On 2 Dec at about 7.15pm, a member sustained a left hamstring tear during a Reformer Jumpboard class. She was taken to SGH A&E and given 14 days' medical leave. Member details: Rachel Goh, S9146305I.",
        ),
        (
            "user",
            "Add that she signed waiver WV-2026-03 on 4 Feb and her claim ref with the insurer is CLM-88213.",
        ),
    ],
    [
        (
            "user",
            "Make a table from these trial sign-ups: 'Wei Ling 9155 2034 Sat mat / Harith 8822 6017 Sun reformer / Ms Priscilla Sim 9090 1276 Tue barre, has knee pain'",
        ),
        (
            "assistant",
            "| Name | Phone | Day | Class | Notes | / | Wei Ling | 9155 2034 | Sat | Mat | - | / | Harith | 8822 6017 | Sun | Reformer | - | / | Priscilla Sim | 9090 1276 | Tue | Barre | knee pain |",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信给会员周丽华（电话 8123 6790），她的10节课套餐下周五到期，还剩4节没上。",
        ),
        (
            "assistant",
            "周姐您好！提醒一下，您的10节课套餐将在下周五到期，目前还剩4节课哦。需要帮您预约这周的课程吗？",
        ),
        ("user", "再加一句：她上个月说膝盖不舒服，问她现在好点没有。"),
    ],
    [
        (
            "user",
            "Our barre instructor Bryan Teo's S Pass expires 15 Jan, FIN G7721530T. What do we need for the renewal?",
        ),
        (
            "assistant",
            "Generally you'll need his valid passport, the latest payslips showing the declared salary, and to apply through the employer portal at least 6 weeks before expiry.",
        ),
        (
            "user",
            "His Malaysian passport is A58203714, valid till 2029. Salary we declared S$3,400. Can you fill in a checklist for him?",
        ),
    ],
    [
        (
            "user",
            "For our Bali retreat I need a manifest: 1) Wong Ka Man, HKID Y417250(5). 2) Chen Xiaoyu, PRC ID 35020319881122104X. Both arrive DPS 12 Mar on SQ 946.",
        ),
        (
            "assistant",
            "Retreat manifest | 1. Wong Ka Man | HKID Y417250(5) | arr. DPS 12 Mar, SQ 946 | 2. Chen Xiaoyu | PRC ID 35020319881122104X | arr. DPS 12 Mar, SQ 946",
        ),
    ],
    [
        (
            "user",
            "What's a kind way to reply to a member who asks to freeze her package during chemotherapy?",
        ),
        (
            "assistant",
            "Thank her for telling you, confirm the freeze with no fee and no fixed end date, and let her know she can come back at her own pace, with gentler classes if she likes.",
        ),
        (
            "user",
            "Her name is Serena Lau, she starts chemo at NCCS in January. Her phone is 9476 3302. Write it to her directly.",
        ),
    ],
]
