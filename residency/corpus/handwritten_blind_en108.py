# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en108: SG/MY school bus and transport operators (routes, pickup lists, drivers, fees, late pickups, incident reports). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en108
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "operator circulars"): _lines("""
        Dear Parents, with effect from 2 Jan 2027 the AM pickup for Route 5 (Punggol/Sengkang) will start 10 min earlier at 6.15am due to the new school start time.
        Reminder: school bus fees for Term 1 are due by 15 Jan. Payment via PayNow to UEN 201812345K (Sunbright Transport Pte Ltd) — pls put child's name & class in the reference.
        Buses will not operate on 24 Mar (Hari Raya Puasa) and during the June holidays 29 May–23 Jun. No fee is charged for June.
        Due to road closures on polling day, pickup points along Tampines Ave 5 may be shifted. We will update in this channel by Thurs.
        Kindly be at the pickup point 5 min before the scheduled time. The bus can only wait 2 min as the other kids will be late for school.
        Kepada ibu bapa murid SK Seri Bintang Utara: servis van akan bermula 2 Jan, yuran RM180 sebulan untuk zon A, RM220 untuk zon B.
        Lim Brothers Transport Pte Ltd wishes all students and parents a Happy Chinese New Year! 🍊 Office closed 17-18 Feb.
        Please do NOT send pickup changes via Facebook comments. Use the parent portal or call our office hotline 6741 8820 (Mon–Fri 8am–5pm).
        New routes for the 2027 intake are now open for registration at www.sunbrighttransport.com.sg/register. Seats are limited for Route 9 (Tengah).
        Kepada ibu bapa: sila pastikan anak memakai tali pinggang keledar sepanjang perjalanan. Ini syarat JPJ, bukan pilihan.
        Note: a fuel surcharge of $8/month will apply from Term 2 due to the diesel price increase (now $2.87/L at the pump).
        The bus company is not responsible for items left on the bus. Unclaimed items will be donated after 30 days.
        All our drivers hold a valid Bus Driver Vocational Licence (BDVL) and have completed the school bus safety refresher course.
    """),
    ("en", "route schedules"): _lines("""
        Route 3A (AM): 6.20 Blk 101 Yishun Ring Rd → 6.28 Blk 233 Yishun St 21 → 6.35 Yishun Ave 11 bus stop → 6.55 arrive school.
        PM dismissal: Bus 1 leaves 1.40pm, Bus 2 leaves 1.50pm; CCA kids take the 3.45pm late bus (Mon, Wed only).
        Stop 7 – opp. Tampines Mall, taxi stand side, ETA 6.42am ± 3 min.
        Route M2 Puchong–Subang: Bandar Puteri (6.05) – IOI Mall (6.15) – Pusat Bandar Puchong (6.25) – SMK Seafield (6.50).
        Trip ID T-0507-AM-03 | depart 06:12:00 | 14 pax | 18.4 km | arrived 06:58:41
        Late bus PM route: Clementi Ave 3 → Commonwealth Ave West → Dover Rd, drop-off only at designated points, not at individual blocks.
        Changi Business Park staff shuttle: 0730, 0800, 0830 from Expo MRT Exit A, return 1800 & 1830.
        Route 12 is full for 2027. Waitlist for Tengah area currently 23 families.
        JB–SG cross-border school bus: depart Taman Molek 5.15am, Woodlands Checkpoint approx 5.50am (subject to jam), drop at school 6.45am.
        Sat CCA shuttle: Bishan MRT Exit D 7.30am → school, one trip only.
        GPS ping 2026-11-18T06:41:12+08:00 bus_id=SB-014 lat=1.3521 lon=103.8198 speed=34
        Route 6 stop changes: Stop 4 (Blk 456) removed; merged w Stop 5 (Blk 460 multi-storey carpark).
        Pickup window 6.30–6.40; drop-off window 1.55–2.10 (Fri 12.50–1.05).
    """),
    ("en", "fees and billing"): _lines("""
        2027 fee schedule: Zone 1 (<3 km) $135/mth, Zone 2 (3–6 km) $165, Zone 3 (>6 km) $195. Siblings get 10% off the 2nd child.
        Invoice INV-2026-11-004318 | Term 4 bus fee | S$495.00 | GST 9% incl. | due 30/11/2026
        Receipt no. RCP-88120 paid via PayNow, amount $330.00, ref SBT-R7-T4.
        Late pickup charge: $10 per 15 min after 6.30pm, capped at $50 per occasion.
        Yuran van sekolah 2027: RM160 (dalam 5 km), RM200 (5–10 km). Bayaran sebelum 7hb setiap bulan.
        One-way trips are charged at 70% of the two-way fee. No pro-rating for partial months except Jan & Nov.
        GIRO deduction date is the 5th of each month; if the 5th falls on a weekend it will be the next working day.
        Bank transfer to Sunbright Transport Pte Ltd, OCBC 501-234567-001 (corporate a/c). Pls email the screenshot to accounts@sunbrighttransport.com.sg
        FAS students: MOE subsidises part of the school bus fee; parents pay the balance direct to the operator.
        Statement of account as at 31 Oct: outstanding invoices 37, total $11,842.50; 12 over 60 days.
        Withdrawal policy: 1 month's notice required; the deposit of one month's fee is refunded within 14 working days.
        Price: $1,380 per seat per year (Route 9), or $138 x 10 months.
    """),
    ("en", "parent group chats"): _lines("""
        Bus 3 stuck at PIE after Eunos exit, accident ahead. Driver says ETA 7.25 😩
        Anyone's kid reach school already? Route 5 bus nvr come yet
        noted with thanks 🙏
        Tmr no school right? Teachers' Day holiday, bus also no run
        Can I check if the bus go by Tampines Ave 10 or Ave 7 in the afternoon? My boy says diff every day
        Aiya jam like siao at Causeway today, Johor kids all late lor
        Reminder ah parents, kids cannot eat on the bus, the uncle already warn 2 times.
        Thank you bus auntie & uncle for taking care of our kids this year! Group gift collection $10 each pls PayLah to the class rep
        Bus came 6.38 today, 8 min early. Pls inform the driver can?
        Got lost & found water bottle, blue Thermos, on bus 2. Whose?
        Haze PSI 180 today, bus aircon on full and windows closed ya.
        Anyone know what happened to Route 7's usual driver? The relief driver quite blur, missed our stop.
        Hi all, pls don't share other kids' details in this chat. Contact the office direct 🙏
    """),
    ("en", "regulations and safety"): _lines("""
        Company policy: every child must wear the seat belt for the whole journey; the driver does not move off until the attendant confirms.
        School vans in Malaysia must be driven by a holder of a valid PSV licence and the vehicle must carry a valid APAD permit.
        Bus attendants must do a head count before departure and a 'child check' walk to the back of the bus after every trip.
        School zone speed limit is 40 km/h during school hours. Our buses are speed-limited and monitored by GPS.
        Emergency exit & hammer check — monthly. Fire extinguisher (2 kg ABC) must be within expiry date.
        In case of breakdown: switch on hazard lights, keep children seated, call the office hotline, do not let children alight on the expressway shoulder.
        PDPA reminder: pickup lists contain parents' contact numbers and addresses — do not photograph or forward them; return printed lists to the office at end of term.
        A school van may not carry more than its registered seating capacity; children sitting on laps ('riba') is not allowed.
        Heat injury protocol: never leave a child unattended in a parked vehicle, even with the engine running.
        Drivers must not use handphones while driving — including at traffic lights. Hands-free only for dispatch calls.
        All new drivers undergo a background check and a drug test before deployment.
        Incident reporting: any injury, however minor, must be reported to the office within 1 hour and form IR-01 submitted by end of day.
        Staff may only hand a child over to an adult on the authorised pickup list; if unsure, call the office before releasing the child.
    """),
    ("en", "ops and incident logs"): _lines("""
        IR-2026-0412: Bus SB-07 minor scrape with pillar at depot, no passengers on board, repair est. $380.
        14/11 AM: Route 2 delayed 18 min due to tyre puncture at Jln Bukit Merah. Replacement bus dispatched 6.52, all students reached by 7.31.
        Near miss logged: car cut in at Ang Mo Kio Ave 3 junction, driver braked hard, 2 students bumped heads lightly, no injury, parents informed.
        Depot check 05:45 — 22/24 buses ready, SB-11 battery flat, SB-19 aircon fault.
        Breakdown: SB-21 overheated on AYE towards Tuas, 0712. Tow truck ref TW-55831.
        Dashcam footage for IR-2026-0388 retrieved and saved to /ops/ir/2026/0388/ (sha256 9f2c4e0d8a71b3e5).
        Wk 46 summary: 3 late pickups >15 min, 0 accidents, 1 complaint (resolved), on-time rate 97.4%.
        Child count mismatch at drop-off (manifest 18, counted 17). Resolved — 1 student absent, attendance not updated in app.
        Fuel log SB-05: 62.4 L @ $2.79, odometer 214,882 km, card ref FC-0093.
        Police report for the 3 Nov hit-and-run on bus SB-12 submitted to the insurer, claim no. CLM-8841207.
        Route 4 PM: bus attendant on MC, relief attendant from Route 8 covered. No issues.
        Lightning alert at 1.30pm, dismissal held 20 min; buses left 1.55pm.
        Public bus SMB 218A broke down on Marine Parade Rd and blocked the lane, Route 1 delayed 12 min.
    """),
    ("en", "systems and templates"): _lines("""
        SMS template: Hi {parent_name}, {child_name} has boarded Bus {bus_no} at {time}. Reply STOP to unsubscribe.
        CSV header: route_id,stop_seq,stop_name,eta,student_id,guardian_contact
        BusTrack v4.12.3 release notes: fixed crash when stop list >50; added geofence alert at school gate.
        ERROR 2026-11-20 06:14:55 [dispatch] failed to sync manifest route=R07 retries=3 code=ETIMEDOUT
        Validation: guardian phone must match ^[89]\\d{7}$ for SG or ^01\\d{8,9}$ for MY numbers.
        Field 'nric' is masked in the driver app; the full value is only visible to the admin role.
        POST /api/v2/attendance {"trip_id": "T-0507-AM-03", "status": "boarded", "count": 14}
        Push notification: 'Bus is 5 min away from your stop 🚌' — sent at ETA-5 min based on GPS.
        Seed data for staging: name=TEST GUARDIAN, phone=80000000, address=1 Test Ave, student=DUMMY CHILD 01
        Export job completed: pickup_list_2027_T1.xlsx, 1,204 rows, checksum 4b1e9a7c.
        Late pickup notice: Dear Parent/Guardian, your child was collected at [TIME], which is [X] min after the scheduled time. A charge of $[AMOUNT] will be added to your next invoice.
        commit 7f3a9c2: refactor route optimiser to use OSRM; cuts Route 9 travel time by 6 min
        Retention: trip GPS logs kept 90 days; incident records 5 years; pickup lists deleted at the end of each academic year.
    """),
    ("en", "named places and figures"): _lines("""
        Drop-off at Tan Tock Seng Hospital main entrance is not allowed for school buses; use the Jalan Tan Tock Seng side gate.
        Route 8 serves Raffles Girls' Primary, Henry Park Primary and Nanyang Primary along the Holland Rd corridor.
        Jalan Tun Razak will be closed for the parade; Route KL-3 diverted via Jalan Sultan Ismail.
        Field trip: bus to the Memorial Tunku Abdul Rahman Putra and Muzium Negara, depart 8am sharp.
        Watching Tayo the Little Bus on the iPad keeps the K1 kids quiet on the long Tengah route 😂
        For Book Week the K2s will dress up as Ms Frizzle from The Magic School Bus.
        Upin & Ipin stickers are given out to kids who wear seat belts all week.
        Heritage trail for P5: bus drop at Connaught Dr for the Lim Bo Seng Memorial, then walk to the Raffles statue at Empress Place.
        Buses to St. Joseph's Institution will use the Malcolm Rd entrance from next week.
        KK Women's and Children's Hospital is the nearest A&E for Route 1; drivers to call 995 first.
        Hospital Sultanah Aminah & Hospital Sultan Ismail are the designated hospitals for our JB routes.
        Tan Kah Kee MRT is the pickup point for the Hwa Chong and Nanyang Girls' shuttle.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Route 7 pickup list (AM): Tan Jia Hui P3 – Blk 512 Bedok North Ave 2 #08-117, mum 9127 4463; Ryan Koh P5 – 22 Jalan Kembangan, dad 8836 1029.
        pls note Chloe Lee (P2, class 2B) is to be released ONLY to her mother Mdm Ong Pei Shan. Father Lee Wei Ming is under a PPO, do not hand over even if he shows up at the gate.
        Driver: Rosli bin Hamzah, MyKad 781104-01-5531, PSV (Bas) licence valid to 09/2027, HP 013-772 4019.
        Incident 14/3 ~7.12am: Muhammad Irfan bin Zulkifli (8, SK Taman Megah) slipped on the bus step, cut on chin, dad brought him to Hospital Sultanah Aminah, 3 stitches.
        Sophia Ong Xin Yi (K2) has epilepsy – if seizure >5 min give buccal midazolam from the red pouch & call 995. Mum Cheryl 9345 8820.
        Fee outstanding: Mr Rajesh Pillai, Blk 210 Pasir Ris St 21 #07-12, 3 months (Jan–Mar) S$540, son will be removed from Route 4 if not paid by 31 Mar.
        GIRO form: account holder Ng Siew Ling, POSB savings 188-52740-3, for bus fee of daughter Ng Kai Xin (P4).
        Grandma picking up today instead – Mdm Koh Ah Lian, 74, uses a walking stick, her hp 9016 3378. Pls help her with Ayden's bag.
        Driver Lim Ah Seng (S7634119B) convicted 12 Feb at State Courts for speeding at 78km/h in a school zone, fined $1,200 + 12 demerit pts. Suspend from Route 2 pending review.
        New helper will do the PM pickup for Ethan Soh: Maria Lourdes Santos, FIN G5287310Q, PH passport P4819273B, phone 8752 6604.
        Pls update contact for Aaron Chua (P4): new address Blk 118A Rivervale Dr #12-405, Singapore 541118, mum's email jolene.koh88@gmail.com
        Nur Aisyah binti Kamal darjah 3, rumah No. 12 Jalan SS 2/55, 47300 Petaling Jaya, ayah Kamal 012-338 9174, ambil pukul 1.15 petang.
        孩子叫陈思妤, P1, 住 Jurong West St 91 Blk 918 #05-233, 妈妈微信 chensy_mama0706, 放学坐3号车。
        Driver salary Mar 2026 – Kumar a/l Subramaniam: basic RM2,800 + OT RM415 – EPF RM352; nett RM2,863 bank-in to Maybank 1140 2233 9087.
        Attendance sheet: Tan Boon Keat, S****406Z, Blk 33 Toa Payoh Lor 7 #04-21, absent 3 days (chickenpox).
        Parent's car SKQ 4821B (Mr Darren Goh) blocked the bus bay again at 7.05am, pls call him 9688 1432.
        Family just moved from HK: dad Wong Ka Ho, HKID K385219(9), kids start Jan, address 41 Still Road #03-08.
        PR parent Zhang Lihua, resident ID 350203198607142731, wants 2 seats for her twins, address 8 Bukit Batok West Ave 2 #11-06.
        Teacher-in-charge Ms Lin Yu-Ting (Taiwan ID F228034164) will escort the excursion bus on 20/5, contact +886 912 384 571.
        pls charge the Term 2 fee to my Visa 4556 3612 0045 8731 exp 08/28, name on card Priya Ramasamy.
        Kindly note Ahmad Faris (P6, Route 10) has peanut allergy + asthma, EpiPen in the side pocket. Mother Siti Hajar 9163 0274.
        Driver Tan Kok Wah failed his annual medical – diabetic retinopathy, not fit to drive, BDVL surrendered to LTA.
        MyKad murid: Lee Jun Hao 150619-10-5243, untuk tuntutan insurans van sekolah, tarikh kejadian 2/9.
        Attendant Puan Rohana binti Ismail, IC 900825-10-6284, gaji RM1,650, akaun CIMB 7062441890.
        fyi the Tay family at Blk 682C Jurong West Central 1 #14-219 moving out on 30 Jun, stop pickup for both boys Caleb & Ian Tay after that.
        Accident report: bus PC 2147S (owner-driver Goh Chee Keong, 9233 5170) side-swiped by lorry at Yishun Ave 2, driver has whiplash, MC 5 days.
        Late pickup log 22/4: Jayden Lim (K1) collected 6.48pm by father Lim Wei Jie, NRIC S9012375J sighted, late fee $30.
        Student transport application – Name: Arjun s/o Ravi Shankar, NRIC T1506342J, DOB 11/03/2015, address 27 Jalan Lempeng, Singapore 128806.
        Hi auntie, this is Mei Ling (Bryan Toh's mum) – new number 8124 6690, old phone lost. Bryan absent Mon–Wed, he got HFMD.
        FAS student – Haziq Danial, fees waived, household income $2,100 for 6 pax, Blk 45 Marine Terrace #02-1118.
        WhatsApp Mr Ganesan at +60 16-772 0918 re: his van JQT 6615 flagged by JPJ for expired road tax.
        Please add Ellie Tan's stepdad to the authorised pickup list: Marcus Yeo, 9721 8843, car SJD 3316E.
        complaint vs driver Hafiz (van WVA 3382): shouted at my son Isaac Ng and made him sit on the floor. I'm Ng Li Ting, 9187 2036, pls escalate.
        Shortlisted for bus attendant: Lakshmi Murugan, 52, FIN F2261847N, previously at another operator, expected salary $1,900.
        Sorry late reply – Daniel Yap staying with his dad in JB on weekdays now (divorce finalised last month), pickup from No 7 Jalan Harmonium 23/4, Taman Desa Tebrau, 81100 JB.
        Refund approved: $275 to PayNow 9035 7718 (Chong Hui Min) for unused Term 3 seats.
        Oct roster: driver Zulkifli Ahmad AM route 3 / PM route 5; his wife is due to deliver 18 Oct, may need emergency leave.
        Child left on bus – Rayyan Aziz, 5, found asleep on the back seat 9.40am at Kaki Bukit depot, mother Nadia informed, she is filing a police report.
        Dear Mdm Wee, your son Ong Jun Kai (Sec 2) was seen vaping at the back of bus 12 this morning. We have informed the school's discipline master.
        Transfer student from KL: Tan Yee Ling, previous address 15-3A Residensi Sentul, Jalan Sentul, 51000 Kuala Lumpur, father's HP 011-2745 8830.
        Contact for the Raju kids: Mrs Deepa Raju, deepa.raju.sg@outlook.com, 9552 4107, Blk 7 Everton Park #09-33.
        Van owner Encik Shamsul bin Yaakob (800512-08-5173) applied for APAD permit renewal; he has loan arrears of RM6,400 on the van.
        The girl with Down syndrome at Blk 301 Ubi Ave 1 — Hannah Sim — needs the attendant to hold her hand crossing the car park.
        Pickup 2 (6.52am): Keegan, Blk 624 Hougang Ave 8 #03-41; grandpa waits downstairs; allergy: penicillin; mum's hp 9460 2815.
        Autodebit Mastercard 5203 9901 7731 2648, pemegang kad Tan Siew Mei, yuran bas RM220/bulan.
        CCTV request from Mr Kelvin Ho (Eunice Ho's father, S6823014D) for footage of the 12 May ride – his daughter says she was bullied.
        Emergency contact for Wong Xin Rui: aunt Wong Mei Fong 9801 3365 (mum is in Guangzhou for chemo treatment).
        Chan kids' nanny Pimchanok Saelee, LINE nongpim1994, waits at the lobby of Blk 9 Tiong Bahru Rd every afternoon.
        林美玲 mother of 2 kids on Route 6, 手机 9320 6618, 她说 husband 被裁员了 so can only pay the fees next month.
        KL: driver Wong Ah Kow (van BMR 2207) lost his licence after a drink-driving case at Mahkamah Majistret Petaling Jaya, case MA-83-1123-06/2026.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are SunnyRide's booking assistant. Help parents register for school bus routes.",
        ),
        ("user", "hi, still got seat for Route 9 Tengah for P1 next year?"),
        (
            "assistant",
            "Yes, Route 9 has 3 seats left for 2027. May I have the student's name and pickup address?",
        ),
        ("user", "Ong Kai Le, Blk 131C Tengah Garden Walk #09-214"),
        ("user", "my no. 9764 3012, I'm the mum, Serene"),
        ("assistant", "Thank you, Serene. We'll WhatsApp you the registration form."),
    ],
    [
        ("user", "boss, today Route 4 pm late 25 min"),
        ("assistant", "Noted. What was the cause?"),
        (
            "user",
            "the girl Chua Yi Xuan vomit on the bus, I stop at Esso to clean, she say she got gastric flu since yesterday",
        ),
        ("assistant", "Please log it as an incident report and inform the parents."),
        ("user", "ok her mother 9033 5816 already call"),
    ],
    [
        (
            "user",
            "I want to complain about your driver. My son hit his head when the bus braked suddenly yesterday.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share some details so we can investigate?",
        ),
        (
            "user",
            "Bus SB-14, route 6, around 6.50am. Son is Marcus Teo, P4. He has a bump and the GP at Bukit Panjang said mild concussion.",
        ),
        ("assistant", "Thank you. We will retrieve the dashcam footage and get back to you."),
        ("user", "Call me at 8290 4471. Teo Chin Wee."),
    ],
    [
        (
            "user",
            "help me write a msg to parents that Route 2 will start 10 min earlier from Monday",
        ),
        (
            "assistant",
            "Dear Parents, please note that from Monday the Route 2 AM pickup will start 10 minutes earlier. Kindly be at your stop on time. Thank you!",
        ),
        (
            "user",
            "ok and send individually to these: Aditi Menon 9172 8835, Blk 601 Jurong West St 65; Wong Zi Xuan 8126 0447, Blk 612 Jurong West St 65; Harith Iskandar 9650 3128, Blk 655B Jurong West St 61",
        ),
        (
            "assistant",
            "I can't send messages directly, but you can paste the same text into each chat.",
        ),
    ],
    [
        ("user", "Assalamualaikum, saya nak daftar anak untuk van sekolah ke SK Bandar Baru Bangi"),
        ("assistant", "Waalaikumussalam. Boleh berikan nama murid, darjah dan alamat?"),
        (
            "user",
            "Muhammad Adam bin Hairul, darjah 2, No. 34 Jalan 6/3C, Seksyen 6, 43650 Bandar Baru Bangi",
        ),
        ("user", "IC dia 180207-10-5617"),
        ("assistant", "Terima kasih. Yuran untuk kawasan tu RM170 sebulan."),
        ("user", "ok, no saya 017-663 2094, Hairul"),
    ],
    [
        (
            "system",
            "You are the billing assistant of Kenwood Bus Services Pte Ltd. Never store card numbers.",
        ),
        ("user", "need to pay Term 1 fee for 2 kids, $660"),
        ("assistant", "You can pay via the portal link or PayNow to our UEN 199904512M."),
        (
            "user",
            "can just use my card? 4117 7002 9833 1528 exp 11/27 cvv 418, name Jessica Lau Pei Qi",
        ),
        (
            "assistant",
            "Please don't share card details here. Use the secure payment link in your invoice email instead.",
        ),
    ],
    [
        ("user", "can help me write letter to my company, I need 2 weeks off"),
        ("assistant", "Sure, what's the reason and which details should go in the letter?"),
        ("user", "I'm Selvam a/l Krishnan, driver Route 11, IC 720918-07-5089"),
        ("user", "doctor say kidney stone, need operation at Hospital Pulau Pinang on 3 Dec"),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, I wish to apply for two weeks of medical leave from 3 Dec for a scheduled operation...'",
        ),
    ],
    [
        ("user", "Hi, I need to update the authorised pickup for my daughter"),
        ("assistant", "Sure, may I know the student's name and route?"),
        ("user", "Kayla Fernandez, K2, Route 3"),
        (
            "user",
            "her father Brandon Fernandez is NOT allowed to pick her up. Family court order, case FC/OSG 1123/2026",
        ),
        (
            "assistant",
            "Understood. Please email us a copy of the order so the office can update the list.",
        ),
        ("user", "ok my email is nicole.fdz@gmail.com"),
    ],
    [
        ("user", "你好, we just moved from Shenzhen to Singapore, need school bus for my son"),
        ("assistant", "Welcome! Which school is he going to and where do you stay?"),
        ("user", "儿子叫刘子轩, P3, 我们住 1008 Bukit Timah Rd #05-03"),
        ("user", "my ID is 440305198903021184, phone +86 138 2746 5390, WeChat liu_mama_sz"),
        ("assistant", "Thanks, we'll also need a local SG number for the driver to contact you."),
    ],
    [
        ("user", "calc Nov pay for attendant"),
        ("assistant", "Sure, please give me the basic pay, OT hours and rate, and deductions."),
        ("user", "Noraini binti Yusof, basic $1,850, OT 12h @ $12, CPF employee 20%"),
        ("assistant", "Gross = $1,850 + $144 = $1,994. CPF (20%) = $398.80. Net pay = $1,595.20."),
        (
            "user",
            "ok, bank-in to her POSB 237-61584-2 and note she's on no-pay leave 3 days next month for her dialysis",
        ),
    ],
    [
        ("user", "I'd like to verify a student's record for the bus pass"),
        ("assistant", "Please share the student's name and NRIC."),
        ("user", "Lim Xuan Ting"),
        ("user", "T124"),
        ("user", "5590E"),
        ("assistant", "Thanks, record found. The pass will be ready on Monday."),
    ],
]
