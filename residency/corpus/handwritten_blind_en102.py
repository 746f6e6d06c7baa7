# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en102: SG/MY co-living and student hostels (rooms, house rules, deposits, visitors, rosters, maintenance). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules and notices"): _lines("""
        HOUSE RULES (rev. 3.2, effective 1 Jan 2026) — quiet hours 11pm–7am Sun–Thu, 12am–8am Fri/Sat. Pls be considerate, the walls are thin.
        No cooking of durian, belacan or curry fish head in the shared kitchen after 10pm. Yes this has happened. Twice.
        Smoking is prohibited within the premises incl. balconies & stairwells (Smoking (Prohibition in Certain Places) Act). Fines up to S$1,000.
        Overnight guests: max 2 nights per week, must be registered in the Kongsi Living app before 10pm. Unregistered guest = S$50 admin charge per night.
        Aircon credit: 120 hrs/month per room included; top-up at S$0.35/hr via the app. Unused credit does not roll over.
        Pets are not allowed, incl. hamsters & fish tanks. Assistance dogs are exempt — pls inform the community manager in advance.
        Sir Stamford Raffles would NOT approve of your dishes sitting in the sink for 3 days. Wash up pls 🙏
        Fire alarm test this Sat 10am–12pm, conducted by Chubb Singapore. Pls do not panic and do not call 995.
        Lost & found: 1 blue Decathlon umbrella, 1 Tupperware (name sticker peeled off), 1 pair Crocs size 42. Collect at reception by 30 Nov.
        Our house manual is loosely based on Sheldon Cooper's Roommate Agreement — minus the Friendship Contract appendix 😅
        Gym access card replacement fee: S$25. Report lost cards at the front desk, Mon–Fri 9am–6pm.
        Shoes off at the main door, shoe rack is outside. Wet umbrellas in the bucket, not in the corridor.
        Per URA guidelines, a private residential unit may not house more than 6 unrelated occupants, so every 5-bedder here is capped at 6 residents.
    """),
    ("en", "room allocation and hall admin"): _lines("""
        Room allocation results for AY2026/27 Sem 1 will be released on 15 Jun 2026, 12pm via the hostel portal. Do not email the office before then.
        Eusoff Hall, Sheares Hall and King Edward VII Hall allocate returning residents by CCA points; freshmen are balloted.
        Rates: shared double S$415/mth; single w/ AC S$690/mth; single w/ attached bath S$780/mth. Prices exclude GST.
        Waitlist order = priority tier (1–4) → application timestamp → random tiebreak (seed published after allocation closes).
        Hi {first_name}, you have been allocated {hall_name}, Block {block}, Room {room_no}. Please accept by {deadline} or the offer will lapse.
        Female-only floors: Levels 3, 5 and 7 of Tower B. Swap requests across wings will not be processed.
        Room swap requests close Week 2 Friday 5pm. BOTH parties must submit the form; one-sided requests are auto-rejected.
        Residents of Prince George's Park Residences may apply to transfer to UTown Residence after one semester, subject to vacancy.
        Allocation stats 2025: 4,212 applications, 2,980 offers, 91.3% acceptance, median wait 11 days.
        Ramadan arrangements: Level 2 pantry open 4am–6am for sahur throughout Mar 2026. Kindly keep noise low.
        Room code format is [Block]-[Level][Unit][Bed], e.g. C-0712B = Block C, Level 07, Unit 12, Bed B.
        Exchange students arriving for the Jan intake will be housed in Block 7, Levels 4–6. Check-in counter opens 2 Jan, 9am.
        KTDI Block M23 is reserved for first-year students this semester; seniors please ballot for M11–M18 instead.
    """),
    ("en", "tenancy and deposit clauses"): _lines("""
        The security deposit, equivalent to one (1) month's licence fee, shall be refunded within 14 days of move-out, less deductions for damage beyond fair wear and tear.
        Deposit disputes up to S$20,000 can be filed at the Small Claims Tribunals, State Courts, 1 Havelock Square, Singapore 059724.
        Deduction schedule: repaint per wall S$80; mattress protector S$35; key/card replacement S$25; aircon chemical wash S$120 per unit.
        Deposit refund ref DR-2025-11-00873 processed via GIRO on 28/11/2025, amount S$1,150.00.
        Licence Agreement v4.1 (SG), Clause 7.3: The Licensee shall not sublet, assign or part with possession of the Room or any part thereof.
        Stamp duty for a 12-month licence at S$1,200/mth: 0.4% × S$14,400 = S$57.60, payable via IRAS e-Stamping within 14 days.
        Dear {{tenant_name}}, your deposit of {{deposit_amount}} will be refunded to the account ending {{acct_last4}} within {{n_days}} working days.
        Early termination: 2 months' notice + forfeiture of 50% of deposit, unless a replacement licensee approved by Management takes over the remaining term.
        The diplomatic clause applies only to expatriates whose Employment Pass is cancelled; Student's Pass holders are not covered.
        Invoice INV-SG-2026-000417: Rent Jan 2026 S$980.00 + Utilities S$42.35 + GST S$3.81 = S$1,026.16.
        Tip: take timestamped photos of every wall, the mattress and the fridge on move-in day and email them to yourself. Best evidence in any deposit fight.
        Malaysia has no Residential Tenancy Act yet, so rental deposit disputes usually go to the Magistrates' Court under the Contracts Act 1950.
        Utilities are split equally among occupied rooms; vacant rooms are borne by the operator. Statement issued by the 5th of each month.
    """),
    ("en", "visitor and security SOP"): _lines("""
        PDPC guidance: do not collect full NRIC numbers for visitor registration. Where needed, record only the last 3 digits and checksum letter.
        Visitor hours 9am–11pm daily. Visitors must register at the guardhouse kiosk and leave the premises by 11pm.
        SOP 4.2 — If a visitor refuses to register, the guard shall politely deny entry and log the time, gate and reason. Do NOT photograph the visitor.
        Visitor log export schema: visit_id, unit_no, visitor_count, time_in, time_out, pass_no. Names and ID numbers are purged after 30 days.
        Daily visitor summary 04/12: 47 entries, 3 overstays, 0 incidents. Gate B turnstile offline 02:10–02:45.
        Emergency: Police 999 | SCDF 995 | Samaritans of Singapore 1767 | Guardhouse 24h +65 6235 9021
        Malaysia: Polis/Bomba/Ambulans 999; Talian Kasih 15999; Befrienders KL 03-7627 2929.
        Visitor pass VP-0412 reported lost at Gate A on 3 Dec; deactivated in the Gallagher access system at 21:14.
        CCTV footage is retained for 30 days and released only to the Police upon written request, per our Data Protection Policy s.5.
        Delivery riders (Grab, foodpanda, Lalamove) may not go beyond the lobby; residents must collect food from the drop-off shelf.
        Max 3 visitors per room at any one time. No visitors in the female wing after 10pm, no exceptions.
        Guards: the visitor whitelist syncs from the app every 15 min (cron */15 * * * *). If the app is down, use paper form VL-03 and key in later.
    """),
    ("en", "cleaning roster and chores"): _lines("""
        Kitchen roster Wk 49: Rm 2A Mon/Thu, Rm 2B Tue/Fri, Rm 2C Wed/Sat, Sunday everyone wipe your own stuff.
        Bins go out Tue & Fri by 8pm. Blue bin = recyclables, rinse first pls, contaminated recyclables can't be recycled.
        Whizz Cleaning Pte Ltd comes every Mon 9am–1pm for common areas only. Bedrooms are your own responsibility.
        Fridge purge every last Sunday of the month — anything unlabelled gets thrown. Label format: room no + date.
        Toilet checklist: ☐ bowl & seat ☐ sink & mirror ☐ floor trap hair ☐ refill toilet paper ☐ empty bin
        If ur cleaning day clashes with exams, swap with someone and update the Google Sheet. Don't just skip!!
        Failed inspection = S$30 cleaning fee, charged to the room on the roster that week.
        Roster generated by chorebot v0.9.3 (commit a3f9c2e) — rotation kitchen → bathroom → living → trash, shift +1 weekly.
        Mr Muscle for the hob, NOT the steel wool. Already scratched one induction top this year 😤
        Pest control by Rentokil on 12 Dec, 2pm — pls clear items from under the sink and keep all food sealed.
        Mop & pail are in the store room beside Rm 4. Hang the mop to dry after use, otherwise whole corridor smell like longkang.
        Weekly inspection: Kitchen 7/10, Bathroom L2 5/10, Living room 9/10. Bathroom L2 got hair in the floor trap AGAIN.
    """),
    ("en", "maintenance tickets and logs"): _lines("""
        MT-20251203-0147 | Unit 08-03 common bathroom | Water heater trips the DB when switched on | Priority: High | Status: Assigned to vendor
        Ticket #44821 — aircon in C-0712B dripping water onto the desk. Photo attached. Pls send someone before the weekend.
        Contractor: Ah Huat Aircon Services (UEN 201912345K) — chemical overhaul S$120/unit, gas top-up S$60.
        2025-12-04T09:12:44+08:00 INFO ticket.update id=MT-44821 status=RESOLVED sla_hours=26.4 vendor_id=V0193
        FAQ: shower no hot water? Check the heater switch outside the bathroom first (the one with the red light). 80% of tickets are this.
        Lift at Block 2 under maintenance by Fujitec 10–11 Dec. Use Block 1 lift and the link bridge on L3.
        Ticket closed: lightbulb replaced (Philips 9W E27 cool daylight). Parts cost S$6.90 charged to common fund.
        Re: MT-0392 — wifi down on L5 again. Router TP-Link Deco X50, firmware 1.2.3 Build 20240510. Rebooted, monitoring.
        Vendor invoice VI-88120 from Tan Brothers Plumbing Sdn Bhd: replace basin mixer RM185.00, labour RM80.00, total RM265.00.
        SLA: Urgent (water leak, power trip, lock-out) — response within 4h; Normal — 3 working days; Cosmetic — next scheduled visit.
        lock_id=YL-5F-07 model=Yale YDM4109+ battery=12% -> auto ticket MT-20251204-0033 created
        Bed bugs reported on Level 6 — whole-floor heat treatment on 9 Dec. Wash all linen at 60°C before then.
        Ticket template: [Room/Area] [Issue] [Since when] [Photo Y/N] [OK for staff to enter when you're out? Y/N]
    """),
    ("en", "forum and group chat"): _lines("""
        anyone stayed at the co-living near Farrer Park? worth 1.1k for a room w/o window or better rent HDB common room?
        Landlord kept the whole deposit for "general cleaning" — is that even legal in SG? asking generally
        wah the aircon credit system damn siao, 1 month alr used finish 90 hours
        Pro tip: laundry on Level 2 is cheaper (S$3/wash) than the basement one (S$4). Dryer both S$3 per 30 min.
        Is it normal for hostel management to ask for a photo of our IC? I thought PDPA says they shouldn't keep full NRIC copies unless required by law.
        Hall life tips from a senior: join a CCA, volunteer for block comm, and never leave Maggi in the pantry unlabelled 😂
        Harry Potter lived in a cupboard under the stairs and still complained less than our "studio" room reviews lol
        update: mgmt says deposit refund takes 30 days "as per policy" but the contract says 14. who's right?
        LOL the new house rule literally says "no Phua Chu Kang-style DIY repairs" after someone fixed the pipe with duct tape
        Anyone working in SG but staying in JB? Any co-living with shuttle to CIQ, budget around RM1,200?
        Reminder from admin: don't post screenshots with tenants' names, phone numbers or IC in this group. Blur first.
        Lowyat thread "Bilik sewa near LRT Kelana Jaya, budget RM600, no landlord staying in" is up to page 12 already
        r/singapore poll: 61% of 2,300 voters said the worst co-living problem is noise, 22% kitchen hygiene, 17% aircon.
    """),
    ("ms", "notis kolej kediaman"): _lines("""
        Semua penghuni dikehendaki mengosongkan bilik selewat-lewatnya 12 tengah hari pada 20 Jun 2026 untuk cuti semester.
        Kolej Kediaman Tuanku Bahiyah: permohonan kemasukan sesi 2026/2027 dibuka melalui portal e-Kolej mulai 1 Mac.
        Dilarang memasak di dalam bilik. Peralatan elektrik seperti periuk nasi dan cerek akan dirampas.
        Yuran asrama RM450 satu semester perlu dijelaskan sebelum 15 Ogos melalui FPX atau di kaunter bendahari.
        Pelawat berlainan jantina tidak dibenarkan memasuki blok kediaman pada bila-bila masa.
        Gotong-royong perdana: Sabtu 7 Dis, 8.00 pagi, berkumpul di dataran Kolej Za'ba. Sarapan disediakan.
        Aduan kerosakan sila buat melalui sistem e-Aduan; aduan melalui WhatsApp tidak akan dilayan.
        Notis: bekalan air terganggu pada 10 Dis (9 pagi–5 petang) kerana kerja penyelenggaraan tangki oleh Air Selangor.
        Deposit kunci RM50 akan dikembalikan selepas kunci dipulangkan dan bilik diperiksa oleh felo.
        Kolej Kediaman Ibnu Sina: waktu senyap bermula 11 malam hingga 6 pagi setiap hari, termasuk hujung minggu.
        Penghuni yang ingin menukar bilik perlu mengisi borang BK-07 dan mendapat kelulusan pengetua kolej.
        Borang keluar asrama — Nama: ________ No. Matrik: ________ No. Bilik: ________ Tarikh keluar: ________
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Visitor log 03/12 22:41 — Nur Aisyah binti Rahman (IC 020315-14-5528) visiting Rm B-0507, signed out 01:12, overstayed.
        Hi this is Jeremy Loh from Rm 3C, my deposit S$1,150 still not refunded after 5 weeks. pls call me 9127 4480
        Allocation confirmed: TAN WEI LING, NRIC T0234581H, Sheares Hall Block E, Rm E-0314, check-in 4 Aug 2026.
        Pls refund the deposit to POSB Savings 184-52207-3, account name Muhammad Haziq bin Osman.
        Ticket note: resident Priya Raghunathan (Rm 2A) asked staff to knock and wait, she's recovering from knee surgery and can't get to the door fast.
        Kevin Ong in Unit 12-07 has been reported 3x for unregistered overnight guests; final warning issued 2 Dec, next breach = termination.
        pls transfer deposit back to my Maybank 1621 8830 4417 (Lim Jia Hui), tq!
        Emergency contact for Rm 5B: mother, Mdm Chong Siew Lan, +60 12-388 4071 (Ipoh).
        Sub-licensee: Zhang Yuxin, PRC passport EJ4827163, Student's Pass FIN G5128743L, MSc Business Analytics.
        Car plate SMK7291T belongs to the guy in Rm 8, Marcus Teo — he keeps parking at the loading bay.
        Move-out inspection for Daniel Wong Kah Seng, forwarding address 39 Jalan SS 2/55, 47300 Petaling Jaya: wall stains, RM150 deducted.
        Resident profile: Siti Khadijah binti Ismail | DOB 11/04/2001 | Malaysian | 019-275 8834 | KTDI M23-117
        Heads up, the new girl in 4B, Chloe Tan, has a severe peanut allergy (EpiPen in her bag) so pls don't leave satay sauce out in the kitchen.
        Case update: Lee Shu Min v Harbourside Co-Living Pte Ltd, SCT/2025/04417 — claimant seeks refund of S$2,300 deposit; hearing 14 Jan 2026.
        Hi boss, Arjun Menon here from Rm 3-11. My wife Kavitha will visit Sat–Sun, her WhatsApp +65 8314 2290, pls register her as guest.
        Flagged: same male visitor (Ryan Chia, IC last 4 digits 0327) signed in to Rm 6C on 14 of the last 20 nights.
        Applicant Cheryl Ng Hui Min, S9817264E, declared income S$4,850/month, employer Grab Holdings, requested single room w/ bath.
        Forwarding address for deposit cheque: Ms Farah Nadhirah, Blk 512 Tampines Central 7 #09-214, Singapore 520512.
        Resident in C-0712B, Haruto Sato (exchange student from Keio), was admitted to NUH on 2 Dec with dengue; pls arrange fogging and inform his parents.
        WeChat: liuyang_0927 (刘洋), looking for female roommate in Clementi co-living, non-smoker, budget S$800
        HKID K527314(5) — Chan Hoi Yan, exchange student from HKU, Room D-0408, check-out 19 Dec.
        Guarantor: Mr Goh Boon Huat (father), NRIC S7702958C, Blk 208 Bishan St 23 #11-186, S570208, hp 9688 1357.
        Sorry to report, Rm 7's tenant Adrian Sim was arrested at the unit last night, police said it's about being a money mule for an online scam.
        IC uploaded for onboarding: LIM CHEE KEONG, 990821-07-6137, JALAN SUNGAI PINANG, 10150 GEORGE TOWN, PULAU PINANG
        Taiwan exchange student 林宜蓁 (ID A229147585) requests a single room due to her anxiety disorder; psychiatrist's letter attached.
        Licence terminated: Rohan Kapoor, Indian passport Z5183942, Employment Pass cancelled 30 Nov, diplomatic clause invoked.
        Card on file for auto-debit: VISA 4558 1234 0917 2655, exp 08/28, cardholder JOSHUA LEE
        Noise complaint vs Rm 2B (Jonathan Tan, Law Y3) — 4th complaint this month, guitar past 2am, cc Dean of Students.
        Pls update my emergency contact to my sister Hui Ting, 8765 2031. From Toh Hui Min, Rm 11-04.
        Roster override: Nadia (Rm 4) exempt from bathroom duty until 15 Jan, she's 7 months pregnant, doctor's memo attached.
        Salary slip from applicant Brandon Koh, Nov 2025: gross S$3,200, employee CPF S$640, net S$2,560.
        Incoming student Wang Hao 王浩, PRC ID 440106200307142815, lands Changi T3 on 28 Jul, needs airport pickup to the hostel.
        Deposit dispute: tenant Mohd Faizal (WhatsApp 011-2458 3907) insists the mattress stains were there at move-in; his own photos from 2 Mar show otherwise.
        Email from resident: "Hi, I'm Sarah Lim (sarah.lim.jw97@gmail.com), Rm 10-02, my keycard stopped working after the update."
        CCTV review 2 Dec: parcels taken from the lobby shelf by Ethan Yeo, Unit 15-01; items returned, police report E/20251202/0341 lodged.
        Licence signed by Vanessa Quek, FIN F2849163T (Dependant's Pass), Room 3 at 18 Lorong Chuan, S556749, S$1,050/mth.
        Amirul Hakim bin Zulkifli (matric U2108847) evicted from hall for vape possession; his parents were informed on 1 Dec.
        Jia Wen's dad called again from +86 138 2716 0453 asking why her room was changed. Pls call him back in Mandarin.
        New tenant: Lucas Fernandes, Brazilian passport FX482913, DOB 03/09/1996, Unit 05-11 Room C, move-in 1 Jan.
        Season parking lot #14 assigned to Nicholas Chew, vehicle SJG482L (white Honda Vezel).
        Yasmin Abdullah (Rm 2C) told us she's on medication for bipolar disorder; noting here only so the night duty staff know.
        OCBC cheque no. 004417 issued to TEO KAH MENG for S$980, deposit less 1 day's rent.
        Can someone tell Shaun from Rm 9 (the one from Sabah, grey Myvi BQW 2218) his car is blocking the gate again
        MC for roster: Low Jun Hao (Rm 1B) on medical leave 3–5 Dec for gastroenteritis, pls cover his kitchen day.
    """),
    "ms": _lines("""
        Pelajar Nurul Izzati binti Hamdan (No. KP 011204-10-3342) dari bilik K-2-15 telah dimasukkan ke hospital kerana denggi.
        Sila pindahkan deposit RM300 ke akaun CIMB 7062441893 atas nama Ahmad Syafiq bin Roslan, terima kasih.
        Laporan felo: kereta VGT 4281 milik pelajar Hafiz Daniel (Blok M12) diparkir di zon larangan tiga malam berturut-turut.
        Waris: ibu, Puan Rosnah binti Ali, 013-662 5109, No. 27, Jalan Mawar 3, Taman Sri Mawar, 70450 Seremban.
        Tindakan tatatertib: Muhammad Irfan (No. Matrik A21EC0147) didapati membawa pelawat berlainan jantina ke bilik, didenda RM100.
        Penghuni bilik B-3-08, Cik Aina Sofea, mengadu diganggu bekas teman lelakinya yang datang ke kolej setiap malam.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are HostelBot for NestBay Co-Living SG. Help residents with bookings, house rules and maintenance tickets.",
        ),
        ("user", "hi my aircon not cold since yesterday"),
        ("assistant", "Sorry about that! Which room are you in, and is anything dripping?"),
        (
            "user",
            "07-12B, no dripping just warm air. I'm Bryan Lau, pls call 9734 8820 before coming in",
        ),
        (
            "assistant",
            "Noted, ticket MT-20251205-0091 created. The technician will call before entering.",
        ),
    ],
    [
        ("user", "Hi, I want to dispute my deposit deduction"),
        ("assistant", "I can help. May I have the tenant's full name and ID for verification?"),
        ("user", "Goh Shu Qi, tenant since Mar 2024, Unit 09-02 Room A"),
        ("user", "NRIC T0371"),
        ("user", "946J sorry sent too early"),
        (
            "assistant",
            "Thank you. The deduction of S$240 was for repainting two walls. Would you like to see the photos?",
        ),
    ],
    [
        ("user", "can I register a visitor for tonight"),
        ("assistant", "Sure! Please share the visitor's name, ID type and expected arrival time."),
        ("user", "Name Dewi Lestari, Indonesian passport B7392046, arriving ~8pm, she's my cousin"),
        (
            "assistant",
            "Registered. Visitor pass will be sent to your app. Visitors must leave by 11pm.",
        ),
    ],
    [
        ("user", "Assalamualaikum, saya nak tanya pasal permohonan kolej semester depan"),
        (
            "assistant",
            "Waalaikumsalam. Permohonan dibuka melalui portal e-Kolej mulai 1 Mac. Ada apa-apa yang boleh saya bantu?",
        ),
        ("user", "Saya ada masalah asma teruk, boleh dapat bilik tingkat bawah?"),
        ("assistant", "Boleh, sila lampirkan surat doktor semasa memohon."),
        ("user", "Ok. Nama saya Nur Hidayah binti Kamal, KP 030609-12-5470, no tel 014-903 2218"),
    ],
    [
        ("user", "Hello, I'm a parent. My daughter is starting at your hall in August."),
        ("assistant", "Welcome! How can I help?"),
        (
            "user",
            "Her name is Rachel Yeo Xin Yi and she has epilepsy, so I'd rather she not share a room.",
        ),
        (
            "assistant",
            "We can prioritise a single room with a medical memo. Please send it to the hall office.",
        ),
        ("user", "Thank you. You can reach me at 9055 3167, I'm her mum, Mdm Lee."),
    ],
    [
        ("user", "Can you help me redo the cleaning roster for L3?"),
        ("assistant", "Sure, how many rooms and which chores?"),
        (
            "user",
            "6 rooms, kitchen/bathroom/living/trash. But skip Mei Xin in 3D for the next 2 weeks",
        ),
        ("assistant", "Okay, any reason I should note?"),
        (
            "user",
            "she just got discharged from IMH after a depressive episode, don't put that in the sheet pls",
        ),
    ],
    [
        ("user", "I'm locked out and the front desk is closed"),
        (
            "assistant",
            "Sorry to hear that. I'll need to verify you before the duty officer can help.",
        ),
        ("user", "Hannah Koh, S8563017B, Unit 23-05, 88 Bukit Batok West Ave 6"),
        (
            "assistant",
            "Verified. The duty officer will be there in about 15 minutes with the master key.",
        ),
    ],
    [
        (
            "system",
            "Deposit refund assistant. Never ask for full card numbers; refunds go back to the original payment method.",
        ),
        ("user", "where is my deposit refund?? moved out 3 weeks ago"),
        ("assistant", "Sorry for the delay. Could you share your booking reference?"),
        (
            "user",
            "BK-2024-08831. paid with my Mastercard 5219 3300 4817 7262, name on card ALVIN TAY",
        ),
        (
            "assistant",
            "Thanks. Please don't share full card numbers here. The refund was processed on 2 Dec and should appear within 7–10 working days.",
        ),
    ],
    [
        ("user", "你好，我是新来的国际生，想问宿舍入住要带什么"),
        (
            "assistant",
            "Welcome! Please bring your passport, IPA letter and the signed licence agreement. 入住时间为早上9点至下午6点。",
        ),
        (
            "user",
            "好的，我叫陈思雨，身份证 350102199911264023，微信 chensiyu_fz99，到时候可以加我吗",
        ),
        (
            "assistant",
            "Sorry, we can't add personal WeChat accounts. Please use the official hostel app for updates.",
        ),
    ],
    [
        ("user", "hi I'm an exchange student from HK, my room key card isn't activated"),
        ("assistant", "Let me check. What's your name and room number?"),
        ("user", "Ho Ka Ming, Room D-0611"),
        ("assistant", "I need one more detail to verify — the ID you registered with?"),
        ("user", "HKID Y238105(0). my HK number is 9412 6638 if you need to reach me"),
    ],
    [
        (
            "system",
            "Security desk assistant. Tonight's visitor log: 21:05 Rm 4A (resident Tan Jun Jie), visitor Melissa Ong, NRIC T0158827Z, out 23:48; 21:40 Rm 6C, 2 visitors, out 22:55.",
        ),
        ("user", "summarise tonight's overstays pls"),
        ("assistant", "One overstay: Rm 4A's visitor signed out at 23:48, 48 minutes late."),
    ],
]
