# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en215: SG/MY surf schools, SUP, kayaking and beach lifeguard clubs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en215
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lesson_booking"): _lines("""
        Booking ref SRF-26-04417 confirmed: 2 pax Beginner Surf (90 min), Sat 14 Mar, 08:30 slot, Desaru Coast. Total RM 356.00 incl. board and rash guard.
        Reminder: your SUP Intro session (ref PDL-88213) starts 7:15am at Tanjong Beach. Please arrive 20 min early for the safety briefing.
        Slot availability Sun 22 Jun: 07:00 (3 left), 09:00 (full), 16:30 (6 left). Max 8 students per instructor.
        Kids Surf Camp June holidays: 5 mornings, ages 8-14, S$420 per child, sibling discount 10%. Register at the front desk or bookings@pantaisurf.com.sg.
        Reschedule policy: free if more than 48 hrs before your slot; 50% charge within 48 hrs; no-shows forfeited. Weather cancellations by the school are fully refunded.
        Group booking GRP-2026-0311 for a corporate team-building day: 24 pax, 3 instructors, 2 x 2-hour blocks, invoice to the company's finance team.
        Private lessons: 1:1 S$150/hr, 1:2 S$120/hr per pax, weekday slots before 10am S$20 off.
        Can I book a kayak lesson for a 6-year-old? What's the minimum age for the Pulau Ubin mangrove tour?
        Booking status export 2026-03-09: confirmed 142, pending payment 17, cancelled 9, weather-off 23.
        Your PayNow payment of S$89.00 to PANTAI SURF PTE LTD (UEN 201934567K) has been received. Ref: PN20260314-7781.
        Level 2 assessment: paddle out unassisted, duck-dive 3 sets and catch 5 unbroken green waves. Assessed by the head coach.
        Waitlist position #4 for Sat 29 Mar 16:00 Sunset Paddle. We will SMS you if a slot opens.
        Booking form fields: full_name, date_of_birth, swim_ability (none/basic/strong), emergency_contact_name, emergency_contact_phone, medical_notes.
    """),
    ("en", "waiver_form"): _lines("""
        I, ______________ (NRIC/Passport No. ____________), acknowledge that surfing involves inherent risks including drowning, reef cuts and collision.
        Parent/guardian signature required for participants under 18. Name of minor: __________ Date: __/__/____
        Medical declaration: asthma, epilepsy, heart condition or recent surgery? [ ] Yes [ ] No. If yes, speak to the instructor before entering the water.
        This waiver is governed by the laws of Singapore. Version WV-2026.2, last revised 01 Feb 2026.
        Waiver e-sign link: https://sign.pantaisurf.com.sg/w/{{booking_id}}?lang=en (expires 24 hours after issue)
        Template: Dear {{first_name}}, thank you for booking with us. Please complete your waiver before {{session_date}}.
        Waivers signed this month: 318 (adult 241, minor 77). 12 flagged for medical follow-up, all cleared by the duty coach.
        Photo consent: I agree / do not agree that photos of the session may be used on the club's social media pages.
        Digital waiver PDF checksum sha256: 4e1a9b07c3f2d88e5a61b0c9274fd3e2a8b1c6059d7e4f3a2b1c0d9e8f7a6b5c
        Under the PDPA, waiver records are kept for 3 years and then securely destroyed. Access requests: dpo@pantaisurf.com.sg.
        Swim test: participants must swim 50 m unaided and tread water for 2 minutes before joining any SUP touring group.
        Emergency contact: Name ________ Relationship ________ Mobile +65 ________
        Q: Does the waiver cover a friend on the same booking? A: No, every participant signs their own waiver, walk-ins included.
    """),
    ("en", "incident_log"): _lines("""
        INC-2026-0087 | 10:42 | East Coast Park Area C | Minor reef cut to left foot, cleaned and dressed on site. Student continued lesson. Logged by duty lifeguard.
        Rescue log 03/05: 2 swimmers assisted back to shore near the breakwater, no CPR required, no ambulance. Red flag raised 11:15.
        Jellyfish sting reports this weekend: 7 (Sat 4, Sun 3). Vinegar applied in all cases. Rash guards now compulsory for kids' classes.
        Near-miss: unattended SUP board drifted into the channel, recovered by patrol boat 2. Leash checks added to the pre-launch list.
        Customer A (adult male, 40s) reported dizziness after the session; rested under the tent 20 min, declined medical help.
        Incident summary Q1 2026: 31 first-aid cases, 4 rescues, 0 hospitalisations, 2 equipment failures (fin box, leash swivel).
        SCDF called at 15:02 for a kayaker in difficulty off Changi Point; handed over at 15:19. Full report filed with the club safety officer.
        Lightning risk alert received 16:40, all craft called in by 16:48, beach cleared by 16:55. Resumed 17:50 under the 30-minute rule.
        Bluebottle sightings at Tanjung Aru: avoid swimming near the river mouth until further notice.
        Lost property: one GoPro Hero 11 on a blue floating grip, found at Rack B. Claim at the club office with proof of purchase.
        Form IR-3 fields: date/time, location, nature of injury, first aid given, witness (role only), follow-up. No diagnoses in free text.
        Student #3 in the 09:00 group swallowed water on the inside and was brought in by the assistant coach; fine after 10 minutes.
        Boat log 2026-04-18: patrol RHIB out 07:00-12:30, fuel 38 L, engine hours 1,412.6, no incidents.
    """),
    ("en", "board_rental"): _lines("""
        SKU SUP-ALL-106-INF | Inflatable all-round 10ft6 | Day rate S$45 | Deposit S$100 | Stock 14
        Invoice INV-RNT-260412-0093: 2 x Softtop 8ft (4 hrs) S$60.00, 1 x Wetsuit S$10.00, GST 9% S$6.30, Total S$76.30.
        Rental T&C: the renter is liable for dings and fin damage beyond normal wear; repair fees as per the price list at the counter.
        Kayak rental tiers: single S$25/hr, double S$35/hr, glass-bottom S$50/hr. Last rental out at 6pm.
        Quiver check 2026-05-01: 22 softtops OK, 3 need wax, 1 fin box cracked (tag BRD-0419), sent for repair.
        config: rental.max_duration_hours=8; rental.deposit_hold=true; rental.late_fee_per_hour=15.00; currency=SGD
        Order #WS-88120 shipped via Ninja Van, tracking NV2026SG0044718Q. 1 x Leash 9ft, 1 x Deck grip.
        Rental card: 10 sessions for RM 380, valid 6 months, non-transferable.
        Online shop order numbers follow PS-YYYYMMDD-NNNN, for example PS-20260301-0001.
        Price list: ding repair small RM 40, large RM 120, fin replacement RM 65, lost leash RM 55, lost paddle RM 180.
        Storage rack rental: Rack C slots 01-24, S$35/month, 3-month minimum, key card issued at the counter.
        POS export,2026-03-14,txn_count=86,gross=4312.50,refunds=2,voids=1,card=61%,paynow=34%,cash=5%
        How do I deflate and roll an iSUP without creasing the rails? Any tips for storing it in a condo?
    """),
    ("en", "tide_weather_notice"): _lines("""
        Tide table Tanjong Pagar Sat 14 Mar: HW 02:41 (2.8m), LW 08:57 (0.6m), HW 15:10 (2.9m), LW 21:22 (0.4m).
        NE monsoon swell forecast Desaru: 1.2-1.8m @ 9s, wind NE 15-20 kt, best window 07:00-10:00.
        NEA advisory: thundery showers expected over the east in the afternoon. Lessons after 3pm may be cancelled at short notice.
        MET Malaysia strong wind and rough sea warning (category 2) for waters off Terengganu and Pahang until Fri 23:59.
        PSI 24-hr reading 68 (moderate) at 8am. Outdoor lessons proceed as normal.
        Water quality: Pasir Ris beach enterococci Band B this week. Avoid swallowing water.
        Flag status 09:30: YELLOW at Batu Ferringhi, RED at Teluk Cempedak. Swim between the flags only.
        UV index 11 (extreme) by noon. Reapply reef-safe sunscreen every 2 hours.
        Spring tide Mon: very low water 0.1m at 07:35, reef exposed at Pulau Hantu, no SUP launches from the north jetty.
        Wind at Changi stn 14:00: 18 kt gusting 26 kt from 040. Beginner SUP cancelled; advanced downwinder on standby.
        Haze update: if PSI goes above 100 all water sessions are suspended and we will refund or reschedule.
        Swell API response: {spot_id: 4412, hs: 0.9, tp: 8.2, dir: 55, ts: 2026-03-14T06:00+08:00}
        Tomorrow 6:45am: glassy, knee-to-waist high, low tide rising. Good for the longboard class.
    """),
    ("mixed", "club_whatsapp"): _lines("""
        Morning all! Sunrise paddle tmr still on, meet 6.30am at the ramp lah. Bring own water, no plastic bottles pls 🙏
        Wah today the waves at Desaru damn shiok, but the rip at the left side near the rocks very strong. Newbies stay in the whitewater ok
        Admin here: pls don't post personal stuff in this group, it's for trip coordination only. Thanks!
        明天早上七点集合, 记得带防晒和rash guard. 下午有雷雨就取消 ya
        Anyone got spare 9ft leash? Club storeroom ran out, new batch arrives Thursday
        Poll: dragon boat or SUP race day on 12 Jul? 👍 for SUP, ❤️ for dragon boat
        Reminder: club AGM Sat 3pm at the clubhouse, agenda in the Notes tab. Quorum is 30 members.
        Boleh tak kita tukar meeting point ke jeti lama? Parking kat depan penuh on weekends
        Lifeguard roster for CNY: slots open on Day 2 and Day 3 morning, reply ✅ and the coordinator will slot you in
        Beach clean-up after paddle, gloves and trash bags provided by NParks. Last time we collected 43 kg!
        Kayak trip to Pulau Ubin postponed due to the small craft advisory. New date TBC.
        今天风大, SUP beginners jangan keluar ok, 教练说在lagoon练习就好
        Who left the blue dry bag at Rack B? Been there since Sunday, will move to lost & found tmr
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Kelas luncur air kanak-kanak dibatalkan pada Sabtu ini kerana amaran laut bergelora daripada MET Malaysia.
        Yuran keahlian tahunan Kelab Penyelamat Pantai: RM 120 (dewasa), RM 60 (pelajar). Bayaran melalui FPX atau tunai di kaunter.
        Latihan CPR dan bantuan cemas setiap Ahad pertama bulan, 9 pagi di dewan kelab. Terbuka kepada semua ahli.
        Sewa kayak: RM 30 sejam (single), RM 45 sejam (double). Jaket keselamatan wajib dipakai sepanjang masa.
        Bendera merah bermaksud dilarang berenang. Sila patuhi arahan penyelamat pantai yang bertugas.
        Jadual air pasang Teluk Cempedak: pasang tinggi 3.1m pada 05:12, surut 0.5m pada 11:40.
        Pertandingan SUP Terbuka Kuantan 2026: pendaftaran dibuka 1 Mac, yuran RM 80, hadiah wang tunai keseluruhan RM 5,000.
        No. pendaftaran syarikat: 202301045678 (1509876-X). Talian pejabat: 09-567 2231 (Isnin hingga Jumaat).
        Borang penepian risiko: Nama ______ No. KP ______ Tandatangan ______ Tarikh ______
        Seramai 14 peserta telah menamatkan kursus penyelamat peringkat asas bulan ini. Tahniah semua!
        Ubur-ubur banyak dikesan di kawasan utara pantai. Elakkan berenang berhampiran muara sungai.
        Macam mana nak daftar kelas SUP untuk orang dewasa yang tak pandai berenang?
        Kedai kelab tutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 2 April. Tempahan dalam talian masih dibuka.
    """),
    ("en", "club_trivia_and_places"): _lines("""
        Fun fact for the kids' class: Duke Kahanamoku, the Olympic swimmer from Hawaii, is credited with spreading modern surfing worldwide.
        Joseph Schooling's 100m butterfly gold at Rio 2016 is still the reason half our junior swimmers signed up.
        Our land fitness block borrows Nicol David's famous court-sprint drills; not squash, but the footwork transfers to SUP.
        Meeting point: the jetty at the end of Jalan Sultan Ahmad Shah, next to the Tanjung Bungah ferry sign.
        Raffles Marina hosts the regatta briefing; shuttle from Tuas Link MRT every 20 min.
        Kelly Slater's wave pool in Lemoore was the talk of the clubhouse after his latest interview.
        Costume paddle theme this year: Moana, Aquaman and SpongeBob. Best costume wins a free month of rentals.
        The club was founded in 1987 and named after Tanjong Rhu, not after any of the founders.
        Pandelela Rinong's Olympic diving medal was screened live at the clubhouse and the juniors went wild.
        Sir Stamford Raffles landed near the Singapore River in 1819; our heritage kayak tour passes the landing site.
        Bethany Hamilton's story (Soul Surfer) is on the reading list for the junior lifeguard programme.
        Second-hand wetsuits at the dive shop on level 5 of Tan Boon Liat Building, open Tue-Sun.
        Dragon boat crews train at Kallang Basin; carpark entry is via Tessensohn Road, not Stadium Boulevard.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking SRF-26-05112 under Nurul Aisyah binti Kamarudin, mobile 012-738 4419, 2 pax Beginner Surf, Sat 08:30.
        Waiver signed: Lim Wei Jie, NRIC S8723416I, DOB 12/04/1987, emergency contact (wife) 9123 4780.
        INC-2026-0091: Rajesh a/l Subramaniam, 34, dislocated right shoulder duck-diving at Cherating, taken to HTAA Kuantan by ambulance.
        Student Marcus de Souza told the coach he is on antidepressants and asked us not to mention it to the group.
        Refund to card 4532 0177 4512 8937 for cancelled SUP tour, cardholder Goh Mei Ling, RM 240.00.
        Rental deposit held on Mastercard 5522 6601 9834 1728 exp 09/28, renter Arjun Pillai, Rack B board BRD-0422.
        Lifeguard trainee Muhammad Haziq bin Rosli failed the 400m swim test for the second time and has been taken off the CNY roster.
        Please call back Mdm Tan from Blk 512 Bedok North Ave 2 #05-12, she says her son's wetsuit was never returned.
        FIN G5502817L, Nguyen Thi Hoa, Vietnamese national, domestic helper accompanying the 2 kids for Junior Surf Camp.
        Our instructor Siti Rahmah binti Othman is on medical leave till 20 Mar after her miscarriage, please don't ask her about it when she's back.
        Kayak renter left his IC at the counter: Tan Kok Wai, 890412-14-5523, please WhatsApp him at 016-552 9081.
        Ms Priya d/o Ramasamy still owes S$360 for her private lessons in Feb; second reminder sent, will escalate to collections.
        Car SKQ 4821 B parked across the boat ramp again, it belongs to Daniel Koh from the SUP yoga class.
        Sarah Whitfield, UK passport 548203917, booked the Pulau Ubin kayak tour, staying at Pan Pacific room 2214.
        IG @kayakwithweiling tagged us in her story; that's Chua Wei Ling from the Tuesday sunset paddle and she wants the photos removed.
        Coach Farid's salary for March was RM 3,850 plus RM 600 lesson commission, paid to Maybank 1640 2231 8874.
        Mr Jaswinder Singh s/o Harbhajan Singh complained that our rental staff shouted at his autistic daughter Simran.
        Emergency contact for student Ethan Lee Jun Hao (age 9): mother Karen Lee, karen.lee.jh88@gmail.com, +65 8734 2210.
        Lifeguard Azlan bin Ismail was suspended for 2 weeks after being found asleep on the tower at Batu Ferringhi.
        Michelle Rozario's divorce hearing is on Friday so she can't do the morning rescue drill, please cover her slot.
        Hello, this is Amirul Hakim about booking PDL-88301, can you change it to Sunday? Reach me at amirul.hakim92@yahoo.com.
        Incident: Tay Boon Huat, 67, collapsed on the beach after kayaking, CPR by lifeguard, AED 1 shock, conveyed to CGH. Son informed at 9766 1042.
        Md Rafiqul Islam, the Bangladeshi worker who helps carry boards on weekends, hurt his back lifting the rescue boat and his employer hasn't been told.
        Pre-session health note: Jessica Ong has Type 1 diabetes, carries glucose gel in her PFD pocket, insulin pump on left arm.
        Please update the club register: new address for member Kamala a/p Krishnan is No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Telegram @haziq_paddles keeps DMing the female students after lessons; he's Haziq Firdaus from the Thursday intermediate group, consider a ban.
        Transfer S$450 to DBS 027-81234-5 (Benjamin Tham) for the Bintan trip chalets, he fronted the booking.
        Auntie Rosie from Blk 38, the one who always brings kueh, said her husband is in hospice now so she won't come for the Saturday paddle.
        Hafiz Danial's mum said he got caught stealing at school and wants the camp coach to talk to him.
        Member T0154932J, Wong Jia Hui, membership lapsed since Jan, outstanding S$240 in rack fees.
    """),
    "mixed": _lines("""
        Eh the new boy in the 9am group, Aaron Teo, his dad call me say he got epilepsy, so must always stay within arm's reach ok
        陈阿姨 at 3栋 asked if her grandson can join kids surf camp free, she say money very tight since 她老公 lost his job
        Boss, that customer Kumar a/l Muniandy still haven't pay for the broken paddle RM 180, his number 019-334 7812, can chase tak?
        Lost IC found at Rack C: Lee Siew Mei, 950923-10-6187, anyone know her? 已经拿去 office
        Coach, my daughter Chloe Yeo can't come this week, her period cramps very bad, sorry ya 🙏
        WeChat id lin_xiaoyu_0716 就是那个上周在Sentosa SUP课哭的女生, 她妈妈要退款
        Nak inform, Hafizah binti Zulkifli tak dapat join lifeguard test sebab dia mengandung 4 bulan, jangan bagitahu orang lain dulu
        Pls note Uncle Ah Seng from #08-33 owes the club S$120 for storage rack, he said will pay after his chemo session
        The Pereiras, Gregory and Anne-Marie, want separate invoices for the kids' camp because they are separating, can do?
        HK tourist 黄志明 Wong Chi Ming, HKID K381452(1), booked the 3-day kayak package, paying by AlipayHK
    """),
    "ms": _lines("""
        Peserta Mohd Faizal bin Abdullah (No. KP 010305-07-0342) cedera di kepala semasa latihan penyelamat, dihantar ke Hospital Pulau Pinang.
        Sila hubungi Puan Norhayati di 013-665 2047 berkenaan yuran kelas anak beliau yang tertunggak RM 240.
        Jurulatih Khairul Anuar didapati positif dadah dalam ujian rawak dan digantung tugas serta-merta.
        Alamat penghantaran papan SUP: Encik Zainal Abidin, No. 7, Lorong Seri Ampang 2, 25150 Kuantan, Pahang.
        Nur Syafiqah binti Roslan masih belum bayar balik pinjaman RM 500 daripada tabung kelab, sudah tiga bulan lewat.
        Kenderaan JRT 5520 milik ahli kelab Ahmad Fadzli diletak di laluan kecemasan, sila alihkan segera.
    """),
    "zh-Hans": _lines("""
        游客张丽娟, 身份证号 440304198807153420, 预约了周六圣淘沙的立桨冲浪课程, 手机 138 2674 5519
        救生员王建国上周在沙滩值班时喝酒被投诉, 俱乐部决定扣他一个月奖金
        林志强先生的女儿在皮划艇课上摔伤了手臂, 他要求俱乐部赔偿医药费新币 1,200 元
    """),
    "zh-Hant": _lines("""
        台灣來的學員陳怡君, 身分證 A234015876, LINE ID yijun.surf, 報名了三天的衝浪營
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a surf school in Desaru. Be brief and friendly.",
        ),
        (
            "user",
            "Hi, I want to move my booking SRF-26-05201 to Sunday morning. Name is Tan Hui Min, phone 017-228 4096.",
        ),
        (
            "assistant",
            "Thanks! Sunday has 07:00 and 09:00 slots open for Beginner Surf. Which one would you like?",
        ),
        ("user", "09:00 please, same 2 pax."),
        (
            "assistant",
            "Done. Booking SRF-26-05201 is now Sun 09:00, 2 pax. A confirmation SMS will go to the number you gave.",
        ),
    ],
    [
        ("system", "You help lifeguard club staff write incident reports."),
        (
            "user",
            "Write up today: Rajoo a/l Veerasamy, 52, got stung by a box jellyfish at Tanjung Aru around 4pm, severe pain, we applied vinegar, ambulance took him to Queen Elizabeth Hospital. His wife Letchumi was with him.",
        ),
        (
            "assistant",
            "Incident report: At approx. 16:00 at Tanjung Aru, an adult male participant (Rajoo a/l Veerasamy, 52) sustained a suspected box jellyfish sting. Vinegar was applied on site and he was conveyed by ambulance to Queen Elizabeth Hospital, accompanied by his wife.",
        ),
        ("user", "Good, add that the red flag went up at 16:10."),
    ],
    [
        ("system", "You are an assistant for a SUP rental shop in Singapore."),
        (
            "user",
            "My husband forgot to sign the waiver. Can I sign for him? He's Ng Boon Keat, NRIC S7741208E, born 1977.",
        ),
        (
            "assistant",
            "Sorry, each adult needs to sign their own waiver. We can send the e-sign link to his phone so he can do it in 2 minutes before launch.",
        ),
        ("user", "ok send to 9672 3318"),
    ],
    [
        ("system", "You translate messages between Malay and English for a kayak club."),
        (
            "user",
            "Translate: Saya Noraini binti Hassan, No. KP 780215-03-5566, ingin membatalkan keahlian kerana saya sedang menjalani rawatan kanser.",
        ),
        (
            "assistant",
            "I am Noraini binti Hassan, IC No. 780215-03-5566, and I would like to cancel my membership because I am undergoing cancer treatment.",
        ),
    ],
    [
        ("system", "You help a beach lifeguard club coordinator plan rosters."),
        ("user", "Need to replace Darren Fernandez on Saturday's tower shift."),
        (
            "assistant",
            "Sure. Any constraints I should know, like certification level or preferred beach?",
        ),
        (
            "user",
            "Same level, Pasir Ris. Don't tell the others, but Darren is going into rehab for his gambling problem so he'll be away the whole month.",
        ),
        (
            "assistant",
            "Understood, I'll keep the reason out of the roster. For Saturday at Pasir Ris, post the open slot to the Level 2 pool without a reason given.",
        ),
    ],
    [
        ("system", "你是一家新加坡皮划艇俱乐部的客服助手。"),
        (
            "user",
            "帮我写一封退款邮件给客户李海峰, 他的身份证号是350203199211030615, 上周的红树林之旅因为天气取消了。",
        ),
        (
            "assistant",
            "李先生您好: 由于上周天气原因, 您预约的红树林皮划艇之旅已取消。全额退款将在7个工作日内退回原付款账户。如有疑问请联系我们的客服热线。",
        ),
        ("user", "不用写身份证号吧?"),
        ("assistant", "对, 退款邮件里不需要写身份证号, 用预约编号核对就可以了。"),
    ],
    [
        ("system", "You are a finance helper for a surf school in Penang."),
        (
            "user",
            "Customer Emily Choo wants her deposit back on Visa 4012 8831 0456 6721, the board was returned with no damage.",
        ),
        (
            "assistant",
            "Okay. Release the RM 100 deposit hold back to the same card and note that the board was returned in good condition.",
        ),
        ("user", "Done, thanks."),
    ],
    [
        ("system", "You help a surf school manager handle customer complaints."),
        (
            "user",
            "A parent complained that our coach Shaun Rodrigues made inappropriate comments to her 15-year-old daughter Natalie during Sunday's lesson. How do I handle this?",
        ),
        (
            "assistant",
            "Take it seriously: record the parent's account in writing, remove the coach from lessons with minors while you investigate, speak to any other staff present and tell the parent when she will hear back.",
        ),
        ("user", "Should I tell the other coaches why Shaun is off the schedule?"),
        (
            "assistant",
            "No. Keep the reason confidential and share it only with whoever is running the investigation.",
        ),
    ],
    [
        ("system", "You manage social media for a kayaking club in Langkawi."),
        (
            "user",
            "Draft a reply to @farah.paddles.lgk, she's Farah Izzati, one of our members, asking us to delete the group photo because her ex-husband keeps finding her through our page.",
        ),
        (
            "assistant",
            "Hi Farah, we're so sorry about this. We've removed the photo and will make sure you're not tagged or shown in future posts without your OK. Take care.",
        ),
        ("user", "Also remove her from the tagged list on the older posts."),
    ],
    [
        ("system", "You help a Sentosa surf school check staff paperwork."),
        (
            "user",
            "New beach hand is Ramesh Kannan, FIN F1938472K, Indian national on a work permit. And the Taiwanese freelance instructor is Huang Jun-Wei, ID F122849301. Anything missing?",
        ),
        (
            "assistant",
            "For the work permit holder, check that the permit lists your company as employer and the occupation matches. For the freelance instructor, confirm he has a valid pass that allows him to work in Singapore before he teaches.",
        ),
        ("user", "Ok, I'll ask Ramesh for a copy of his permit card tomorrow."),
    ],
]
