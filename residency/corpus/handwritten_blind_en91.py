"""Blind check set en91: SG/MY coworking spaces and office management (access cards, visitor logs, room bookings, tenant directories). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules and building notices"): _lines("""
        Quiet Zone on L3: calls must be taken in the phone booths, max 15 min per booking.
        Pantry fridge will be cleared every Friday 5pm. Label your stuff or it goes to the bin, no exceptions.
        Fire drill on Thu 11 Dec 2026, 10:30am. All tenants to assemble at the open carpark facing Anson Road.
        Lifts 3 & 4 under maintenance by Fujitec from 8-10 Dec, pls use the lobby B lifts.
        Bicycles are not allowed in the lift lobby; bike racks are at B1 next to the loading bay.
        Aircon after-hours extension: S$45/hr per zone, request via the app at least 2 working days ahead.
        No pets in the building except certified guide dogs, as per Guide Dogs Singapore guidelines.
        Reminder: the main door at 18 Cross Street auto-locks at 8pm, use your card at the side gate after that.
        Smoking only at the designated point behind the building, near the Telok Ayer Street entrance.
        Toilet on L5 closed for renovation until further notice. Sorry for the inconvenience!
        Printer on L2 (Ricoh IM C3000) jammed again, facilities already informed, ETA fix tmr morning.
        Parcels received after 6pm are held at the Level 1 concierge until the next working day.
        Emergency numbers: SCDF ambulance/fire 995, Police 999, Police hotline 1800 255 0000, building security ext 100.
    """),
    ("en", "room booking system"): _lines("""
        Booking confirmed: Room Raffles (10 pax, 75-inch screen), Wed 10 Dec 2026 14:00-15:30 SGT. Ref BK-2612-08841.
        Room 'Tan Kah Kee' is now bookable from the app, it replaces the old Boardroom 2.
        Your booking BK-2612-09117 was auto-released because nobody checked in within 15 minutes.
        Credit balance: 38.5 hrs remaining for December. Extra hours are billed at RM35/hr.
        Error 409: slot overlaps with an existing booking (room_id=KL-L12-R04, start=2026-12-11T09:00+08:00).
        Recurring bookings longer than 12 weeks need approval from the community team.
        Hi {{member_first_name}}, your booking for {{room_name}} on {{date}} has been cancelled. Reply HELP for support.
        Room 'Ada Lovelace' HDMI port 2 is faulty, use the Barco ClickShare dongle instead.
        Hot desk occupancy last week: Mon 71%, Tue 88%, Wed 92%, Thu 84%, Fri 46%.
        Pls book the Event Space via the form, not the app. Minimum 4 hrs, S$120/hr incl. AV tech.
        Room names on L7 follow Malaysian rivers: Pahang, Rajang, Kinabatangan, Perak, Kelantan.
        Phone booth PB-03 shows occupied 24/7, probably flat battery on the occupancy sensor, ticket #FM-55120.
        L10 rooms are named after Nobel laureates: Marie Curie, Rabindranath Tagore, Amartya Sen, Wangari Maathai.
    """),
    ("en", "access control admin notes"): _lines("""
        HID iCLASS SE reader firmware updated to v10.2.1.47 on all 14 doors, no action needed.
        Card format: 26-bit Wiegand, facility code 142. Cards outside FC 142 will be rejected at the turnstiles.
        Tailgating alarm at Door D07 (L1 side entrance) 2026-12-03 22:14:07 +08:00, cleared by security.
        To deactivate a lost card: Admin Console > Cardholders > search by card no. > Suspend. Do not delete, we need the audit trail.
        Audit log retention is 180 days; export older events to the encrypted archive bucket before purge.
        Changelog 4.18.0: added QR visitor passes, fixed timezone bug for Asia/Kuala_Lumpur, removed the legacy SOAP API.
        sha256(access-suite-4.18.0.msi) = 3f9a1c07e4b2d58861a0f2c9b7e3d41a5c6e08f7b9a2d3c4e5f60718293a4b5c
        Controller MAC 00:1B:63:4F:A2:19 in the L3 comms rack lost heartbeat at 03:12, auto-recovered 03:14.
        Access groups: ALL-HOURS (24/7), OFFICE (Mon-Fri 7am-10pm), WEEKEND-PASS (Sat-Sun 9am-6pm), CLEANERS (5am-8am).
        Visitor QR codes expire 2 hours after the scheduled time; the host gets a push notification when the guest scans in.
        Mobile credential needs iOS 16+ or Android 11+; employee badge in Apple Wallet supported from Q1 2027.
        Turnstile lane 2 anti-passback set to soft mode during the renovation period.
        Batch import CSV columns: card_number, facility_code, first_name, last_name, company, access_group, valid_from, valid_to
    """),
    ("en", "tenant directory and signage"): _lines("""
        Level 12: 12-01 Kopi Loop Pte Ltd | 12-02 Northbridge Legal LLC | 12-03/04 Arcwave Analytics Sdn Bhd
        Lim & Partners LLC (Level 9), general enquiries 6221 0450, Mon-Fri 9am-6pm.
        Mr Bean, #01-07, opens 7.30am daily. Soya milk 1-for-1 for members on Mondays.
        Ya Kun Kaya Toast and Old Chang Kee are at B1, next to the MRT link.
        Lee Kong Chian School of Business is at 50 Stamford Road, NOT this building. Pls redirect delivery riders.
        Oh & Sons Renovation Pte Ltd (UEN 201734567W), Unit 05-09, by appointment only.
        Block A lobby: tenants A to M. Block B lobby: tenants N to Z. Couriers use the loading bay on Cecil Street.
        Wisma Lim Foo Yong, Jalan Raja Chulan, 50200 Kuala Lumpur: our KL satellite office is on Level 8.
        Nearest A&E: Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, about 12 min by taxi.
        Member helpline 1800 738 2000 (toll-free, 24h) or help@hivespaces.example for billing and access issues.
        Level 3: Community Lounge, Pantry, Phone Booths PB-01 to PB-06, Wellness Room (book via app).
        Dr. Sun Yat Sen Nanyang Memorial Hall is 10 min away by car if your visitors want to go sightseeing.
    """),
    ("en", "PDPA and visitor policy"): _lines("""
        Per PDPC advisory guidelines, do not collect full NRIC numbers from visitors; the last 3 digits and letter are enough.
        Visitor log fields: name, company, host, time in, time out. Do not ask for IC number or home address.
        Visitor log entries are auto-deleted after 30 days unless they are needed for a security investigation.
        CCTV footage requests must go to the Data Protection Officer via the Data Access Request form, not via reception.
        Template: Dear [Tenant Name], your access card [Card No.] will expire on [Date]. Please renew at the concierge.
        PDPA notice: CCTV in operation in all common areas. Recordings are kept for 28 days.
        For MY sites, follow PDPA 2010 (Act 709) as amended in 2024: appoint a DPO and notify breaches within 72 hours.
        Do NOT paste visitor names or IC numbers into the Slack channel. Use the ticket ID only.
        PDPC enquiries line: +65 6377 3131. Breach notifications go through the PDPC online form.
        Retention matrix: access events 180d, CCTV 28d, visitor logs 30d, lease contracts 7y after the lease ends.
        In monthly reports show only the card number suffix (e.g. ****4471) and the company, never the holder's name.
        The old SafeEntry QR posters in the lobby can be taken down, SafeEntry has not been required since 2023.
    """),
    ("en", "community ops chat"): _lines("""
        Eh the pantry coffee machine rosak again lah, can someone call the vendor?
        Boss say rooftop BBQ pit cannot use after 10pm, neighbours complain already.
        3 Grab riders waiting at lobby, whose food ah? Order GF-8823-TK4, label only says Arcwave.
        Reminder guys, CNY deco going up on 26 Jan, pls don't stick tape on the glass walls.
        Wifi password for L8 changed to Hive@Dec2026! pls update the table tents.
        Cleaner auntie say L4 room got teh tarik spilled on the carpet, already called the shampoo guys.
        FYI Harry Potter trivia night this Fri 7pm, prizes sponsored by Kinokuniya.
        Season parking going up from S$110 to S$125/mth from Jan 2027, notice already in the lift.
        KL team can order Kenny Rogers Roasters for Friday lunch? 25 pax, budget RM600.
        Room 'Phua Chu Kang' projector spoil again, use the TV in Room Raffles first.
        Can help re-order lanyards? 200 pcs, the blue ones, same supplier as last time (PO 4500218873).
        The door at L9 beeping non-stop, I think someone prop it open with a chair again
        CNY 团拜 at the event space on 3 Feb 4pm, got lou hei and mandarin oranges, all members welcome
    """),
    ("en", "billing and invoices"): _lines("""
        Invoice INV-SG-2026-011873 | Dedicated desk x4 @ S$650 = S$2,600.00 + 9% GST S$234.00 | Total S$2,834.00
        Payment via PayNow to UEN 201822145R (Hive Spaces Pte. Ltd.), please quote the invoice number as reference.
        Service tax at 8% applies to rental of office space in Malaysia under the July 2025 SST expansion.
        Late payment fee: 1.5% per month on amounts overdue for more than 14 days.
        Credit note CN-0092 issued to Suite 6-2 for 3 days of aircon downtime.
        Bank transfer: DBS Bank Ltd, acct 072-901234-5, Hive Spaces Pte. Ltd., SWIFT DBSSSGSG.
        KL invoices: Maybank 5140 1122 9087, Ruang Kerja Bersama Sdn. Bhd. (202001012345).
        Security deposit is 2 months of membership fees, refunded within 30 days after the move-out inspection.
        Stripe payout po_1QkZ7x2eZvKYlo2C8fJ3a9Tb settled 2026-12-02, SGD 48,215.60.
        Q3 2026 revenue by site: KL Sentral RM1.82m, Bangsar South RM1.14m, PJ RM0.96m.
        2027 rates: hot desk S$380, dedicated desk S$620, private office from S$2,400/mth (4 pax).
        Please ignore the reminder email sent on 3 Dec, it was triggered by a billing job error (job 7f3e-22c1).
    """),
    ("ms", "notis pejabat"): _lines("""
        Makluman: Bilik mesyuarat Langkawi ditutup pada 12 Dis untuk kerja-kerja penyelenggaraan.
        Sila imbas kad akses anda di pintu masuk utama; pelawat perlu mendaftar di kaunter keselamatan.
        Kad akses yang hilang akan dikenakan caj penggantian RM50 setiap satu.
        Tempat letak kereta bermusim: RM180 sebulan, tertakluk kepada kekosongan.
        Pejabat kami di Jalan Tun Sambanthan, berhampiran stesen monorel KL Sentral.
        Untuk kecemasan, hospital terdekat ialah Hospital Kuala Lumpur di Jalan Pahang. Talian kecemasan 999.
        Waktu operasi kaunter: Isnin hingga Jumaat, 9 pagi hingga 6 petang. Tutup pada cuti umum.
        Notis PDP: Rakaman CCTV disimpan selama 30 hari dan hanya diakses oleh pasukan keselamatan.
        Templat: Kepada [Nama Penyewa], kad akses anda [No. Kad] telah dinyahaktifkan pada [Tarikh].
        Pantri tingkat 5 dibersihkan setiap Jumaat jam 4 petang, sila ambil barang anda sebelum itu.
        Majlis rumah terbuka Hari Raya pada 14 April 2027 di ruang acara, semua penyewa dijemput!
        Aplikasi tempahan bilik akan dinaik taraf ke versi 3.2.0 malam ini, 11 malam hingga 1 pagi.
        Lawatan team-building ke Bangunan Sultan Abdul Samad dibatalkan kerana hujan lebat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Card 0047 (FC 142) issued to Tan Wei Ling, Arcwave Analytics, unit 12-03, NRIC S8834127I. Pls put her in ALL-HOURS.
        Visitor log 03/12: Muhammad Hafiz bin Rosli, IC 880412-14-5523, visiting Northbridge Legal, in 10:42 out 11:55.
        Lost card report from Priya d/o Ramasamy (hot desker), last used at D07 on 2 Dec. Call her at 9127 4830 once found.
        Season parking for SMB 4821 G belongs to Kenneth Ong from Kopi Loop; he is moving to the KL office, cancel from Jan.
        Pls note Ms Chloe Ng (unit 08-11) has epilepsy. If she has a seizure don't put anything in her mouth, call 995.
        Room booking title: 'Jasmine Lee - PIP review + salary cut to S$4,200' (booked by HR, Arcwave).
        Farid bin Osman's home address for the deposit refund cheque: Blk 412 Bedok North Ave 2 #08-155, Singapore 460412.
        Parcels for Ravi Chandran keep coming to reception; his home is 27 Jalan Kemuning 3, Taman Kemuning, 41050 Klang, Selangor.
        Tenant director Lim Boon Hock was made bankrupt (HC/B 1842/2025), so the lease guarantor has to be replaced.
        Mdm Goh Siew Lan, 71, mother of the L3 cafe owner, fell at the lobby ramp on 1 Dec and fractured her left wrist. IR-2026-114.
        Access denied 22:41, card ****4471, holder Koh Jun Jie (Arcwave, desk 12-03-D14), reason: outside access group.
        Visitor: Alicia Teo Hui Min, NRIC ending 945D, host Marcus Yeo (Northbridge Legal), purpose: divorce consultation.
        FIN G5170843T, Nguyen Thi Thu Ha, cleaner with BrightClean Services, access group CLEANERS 5am-8am.
        Email for Jason Tay's replacement card link: jason.tay.sg88@gmail.com, he sits at hot desk zone B.
        WhatsApp me at +65 8832 1964 if the courier comes, Melissa Chan from Suite 6-2
        Passport K2719483C, Daniel Wee Jun Hao, expiry 2031-06-14. Needed for his KL site access pass.
        Refund the deposit to Nur Aisyah binti Zakaria, Maybank acct 1140 5572 8833, she moved out on 30 Nov.
        Corporate card on file is expired, member Bryan Chua gave his personal Visa 4556 3102 9384 7151 exp 09/28 instead.
        CCTV shows Ivan Lau (Kopi Loop) took the Dell monitor from L4; police report KL/IPD/2026/33817 lodged against him.
        New intern Hannah Liew Jia Xin (DOB 14/03/2005) needs a temp card until 28 Feb.
        Emergency contact for Suresh Kumar (unit 07-02): wife Kavitha, 9356 0712.
        Confidential: Mr Tan Kok Meng, 58, is returning after a stroke and needs a ground-floor room with wheelchair access.
        Pls print visitor badge for Wong Mei Fong, HKID K628417(5), host: Arcwave, 3pm today.
        Chinese national Zhao Yuting, resident ID 440306198807153124, work pass still pending, temp access only.
        SKQ 7302 M, owner Rachel Seah, parked at lot B1-23 without a season pass 3 times this month.
        Michelle Ho is 7 months pregnant and starts maternity leave on 15 Jan, pls reassign her office key to Aaron.
        Telegram of the Arcwave finance guy Desmond Pang is @desmondpang_sg, he settles their invoices personally.
        Desk D09 is Eugene Sim's, he is on MC till Fri with dengue, pls sanitise the desk and chair.
        Salary slip left in the L2 printer tray: Lim Hui Shan, Nov 2026, gross S$6,350, employee CPF S$1,270.
        Please update my mailing address to 18 Lorong Ah Soo #05-12, Singapore 536741. Grace Tan, membership M-20331
        Ong Kai Wen keeps coming to look for his ex-wife Serene Ong on Level 9; she has a PPO against him, do not let him up.
        Auntie Rosnah's son Haziq (13) will wait in the lounge after school 2-5pm daily, she works at unit 11-06.
        Benjamin Lau, 41, ex-tenant of 03-04, wants his deposit cheque sent to 7 Lorong Burmah, 10050 George Town, Penang.
        Access log: 2026-12-02 23:58 D03 GRANTED card 0412 Eugene Sim | 2026-12-03 00:07 L9 GRANTED Eugene Sim | 03:46 EXIT
        Cheryl Ang from 10-05 owes S$14,200 in unpaid rent; we filed a small claim against her, SCT/2026/04817.
        Call Mr Jeevan Pillai on 9688 3105 about the wallet he left in Room Raffles yesterday.
        Hi, pls register my helper Maria Santos (FIN F3382016W) so she can drop off lunch for me at 14-02. Thanks, Mrs Lee Siew Khim
        Weng Kit Loh from Kopi Loop drives the white Honda Vezel SJH 2260 S, season lot B2-07.
        Aaron Yap says his neighbour at desk B-12, Bernard Foo, is HIV positive and wants to be moved away from him.
        Interviews in Room Perak on 10 Dec: Lee Xin Yi 10am, Arjun Menon 11am, Tay Shu Qi 2pm, expected pay 7k / 8.5k / 6.8k.
    """),
    "ms": _lines("""
        Pelawat: Nurul Ain binti Hashim, No. KP 930726-10-6348, berjumpa En. Zul di tingkat 8, masuk 2.15 ptg.
        Kad akses baharu untuk Encik Mohd Shahrul bin Ismail, telefon 012-387 4561, unit 15-3A.
        Alamat rumah Puan Lee Mei Yin untuk pulangkan deposit: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Encik Rajesh a/l Muniandy (penyewa 9-1) dimasukkan ke wad HKL kerana serangan jantung, sila tangguhkan invois dia.
        Kereta VEN 4821 milik Cik Farah Wahida binti Kassim diletak di petak OKU tanpa pas, saman dalaman dikeluarkan.
        Gaji Cik Aminah binti Daud dari syarikat pembersihan cuma RM1,700 sebulan, dia minta kerja lebih masa di tingkat 10.
        WhatsApp Cik Tan Li Ying di 011-2765 3340 kalau bungkusan dia sampai, dia kerja dari rumah hari ini.
        Penyewa Ahmad Zulkifli bin Harun, KP 770921-08-5213, telah diisytiharkan bankrap; jangan perbaharui sewaan.
        Pelawat Dewi Lestari Putri, pasport Indonesia C4821937, menginap di unit 3A-12 Residensi Bangsar South minggu ini.
        Anak Puan Salmah, Irfan (8 tahun), ada asma. Kalau dia sesak nafas di ruang rehat, inhaler ada dalam beg biru dia.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the front-desk assistant for Hive Spaces Tanjong Pagar. Be brief."),
        ("user", "hi my card cannot tap at the turnstile since morning"),
        ("assistant", "Sorry about that! Can you share the card number and your company?"),
        ("user", "card 0388, Arcwave, name Shirley Goh"),
        ("user", "NRIC T0261945D if you need to verify"),
        (
            "assistant",
            "Thanks, your card was outside the OFFICE group window. It is reactivated now.",
        ),
    ],
    [
        ("user", "Can I book the Wellness Room every Tue 4-5pm for the next 6 weeks?"),
        ("assistant", "Recurring bookings under 12 weeks are fine. What title should I use?"),
        (
            "user",
            "Put 'private'. It's for my staff Kelvin Loh to see his counsellor, he was diagnosed with depression last month and doesn't want others to know",
        ),
        ("assistant", "Understood, booked as 'Private' for 6 Tuesdays."),
    ],
    [
        ("user", "need to pre-register a visitor for tmr 10am, host is me at 12-02"),
        ("assistant", "Sure. Visitor's full name and company please?"),
        ("user", "Kwok Ho Yin, from a HK client"),
        (
            "assistant",
            "Got it. For overseas visitors the KL site also needs an ID document number.",
        ),
        ("user", "his HKID is Y305926(8), mobile +852 6143 8827"),
    ],
    [
        ("user", "boleh tolong tukar alamat bil syarikat saya?"),
        ("assistant", "Boleh. Sila berikan alamat baharu."),
        ("user", "No. 5, Jalan Setia Prima U13/18, 40170 Shah Alam"),
        (
            "user",
            "sebenarnya itu rumah saya, saya bisnes sorang. Nama atas bil: Mohd Izwan bin Saleh",
        ),
        ("assistant", "Terima kasih, alamat bil telah dikemas kini."),
    ],
    [
        ("user", "I left my wallet in Room Rajang around 3pm, anyone found it?"),
        ("assistant", "Security has a black wallet. Can you describe what's inside?"),
        ("user", "my MyKad 910305-01-6674, a CIMB debit card and some cash"),
        ("assistant", "Matches. You can collect it at the counter with another photo ID."),
        ("user", "ok thanks, name is Chong Pei Yi, will come down now"),
    ],
    [
        ("user", "who owns the black car SLF 918 D? blocking me at B2 for 30 min already"),
        (
            "assistant",
            "I'm sorry, we can't share owner details, but security will make an announcement.",
        ),
        (
            "user",
            "nvm found out, it's Marcus Yeo from Northbridge, his hp 8140 2297, calling him now",
        ),
    ],
    [
        (
            "system",
            "Member profile: Nicholas Chia, M-20418, DOB 1990-02-11, mobile 9473 2816, plan Dedicated Desk.",
        ),
        ("user", "how many meeting room hours do I have left this month?"),
        ("assistant", "You have 6.5 hours left for December."),
    ],
    [
        ("user", "Pls update my emergency contact"),
        ("assistant", "Sure, who should we list?"),
        ("user", "My husband Gerald Tan, +65 9025 7731"),
        (
            "user",
            "and pls note I'm type 1 diabetic, if I faint give me sugar first. Jolene, desk C-04",
        ),
        ("assistant", "Noted, your emergency contact and medical note are updated."),
    ],
    [
        ("user", "the company card is maxed, can charge this month's invoice to my personal card?"),
        ("assistant", "Yes, you can pay via the billing portal or share the details with finance."),
        ("user", "Mastercard 5204 1299 8301 2642 exp 11/29, name on card LOW SIEW PING"),
    ],
    [
        ("user", "need a private room tmr 9am, 30 min, somewhere far from the open area"),
        ("assistant", "Room Kinabatangan on L7 is free. What title do you want on the calendar?"),
        (
            "user",
            "just 'HR 1:1'. It's the termination meeting for Alvin Ng, pls don't put his name anywhere",
        ),
        ("assistant", "Booked as 'HR 1:1', 9:00-9:30."),
    ],
]
