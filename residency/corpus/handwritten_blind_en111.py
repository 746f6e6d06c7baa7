"""Blind check set en111: SG/MY hotel front desks (check-in, complaints, lost and found, incidents, loyalty). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en111
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "front office SOP"): _lines("""
        Per the PDPC advisory guidelines, do not collect or keep a full NRIC number at check-in unless the law requires it; the last 3 digits plus checksum letter (e.g. S****567D) is enough to match a booking.
        Foreign guests: sight the passport and record passport no., nationality and date of entry on the reg card. Malaysian guests may present MyKad instead.
        Never say a guest's room number out loud at the counter - write it on the key card wallet and hand it over.
        If a caller asks "which room is Mr so-and-so in", do NOT confirm the guest is in-house. Offer to transfer the call or take a message.
        Early check-in subject to availability; guaranteed 0700hrs check-in only if the previous night is booked.
        Deposit: cash SGD 100/night or card pre-auth SGD 150/night, released in 7-14 working days depending on the issuing bank.
        Walk-in guests must show valid photo ID. Under-18s cannot register a room on their own.
        Template: "Dear {{title}} {{last_name}}, we look forward to welcoming you on {{arrival_date}}. Your confirmation no. is {{conf_no}}."
        Shift handover checklist: cash float count, VIP arrivals, pending wake-up calls, open complaints, key encoder status.
        Reg cards are shredded after 12 months; scanned copies are purged from the PMS document store on the same cycle.
        Pls remember to key in the car plate for season parking redemption, otherwise the gantry will charge hourly lor.
        Guests requesting a copy of their own data must submit the Data Access Request form; the DPO replies within 30 days.
    """),
    ("en", "guest reviews and replies"): _lines("""
        Dear Valued Guest, thank you for your 4/5 review. We have shared your comments on the shower pressure with our engineering team.
        Room was clean but walls v thin, can hear next room TV until 2am. Location near MRT is the only plus point.
        Checked in at 11pm, queue damn long because only one counter open. Pls add staff at night leh.
        Breakfast nasi lemak sambal 10/10, the roti canai uncle at the live station deserves a raise!
        Review title: "Fawlty Towers vibes" - 2/5. Felt like Basil Fawlty himself was running reception.
        Overall rating 4.3 from 2,184 reviews; cleanliness 4.5, location 4.7, value 3.9 (as of Q3 2025).
        Stayed 3 nights in a Deluxe King for a conference at Suntec, aircon a bit weak but housekeeping was fast.
        Hotel reply: We sincerely apologise for the 40-minute wait at check-in during the F1 weekend and have since opened a second express counter.
        Pool is small la but ok for kids, towel service stops at 7pm which is quite early.
        Booked through Agoda, price cheaper than walk-in by almost RM60, but they still tried to upsell me a club room.
        Staff remembered we were celebrating an anniversary and left a cake in the room, very sweet gesture.
    """),
    ("en", "lost and found log"): _lines("""
        LF-2025-1187 | 14/11 0930 | Black umbrella, no tag | Found: L1 lobby | Stored: LF cabinet A | Disposal 14/02/2026
        Unclaimed items older than 90 days will be donated to the Salvation Army Family Thrift Store or disposed of.
        Found 1x Harry Potter and the Prisoner of Azkaban paperback (kids edition), pool deck, sun lounger 12.
        Passports and IDs found must be handed to the nearest Neighbourhood Police Centre within 24h - do not photocopy.
        Phone chargers (USB-C, white) x6 from housekeeping week 46, all unclaimed, released to staff welfare.
        Jewellery is double-sealed in tamper-evident bags, logged with the bag no. (e.g. TB-004512) and kept in the FO safe.
        Envelope with SGD 200 cash found in a room safe on L11, no name inside; held in FO safe, bag TB-004533, witnessed by DM and security.
        L&F enquiry form fields: Name / Contact no. / Date of stay / Room no. (if known) / Item description / Preferred return method.
        Courier return fee SGD 25 within Singapore, overseas quoted separately; payment via PayNow to UEN 201912345K.
        Brown teddy bear with Build-A-Bear tag found at Kids Club, logged LF-2025-1203.
        Pair of Ray-Ban Wayfarer sunglasses, found in taxi queue area 17/11 2210, no case.
    """),
    ("en", "incident and engineering log"): _lines("""
        0312hrs fire alarm activated L7 corridor (smoke detector SD-7-14) due to shower steam; FCC reset 0318hrs, SCDF not activated.
        Lift 3 stalled between L5 and L6 for 11 mins, 2 occupants unhurt, released by Schindler technician; lift OOS pending inspection.
        Water leak from ceiling in corridor outside rooms 1012-1016, traced to burst pipe in riser; carpet dried by 0600.
        Police attended 2215hrs re noise complaint at pool bar; no arrests, DJ volume reduced, bar closed 2300.
        Power trip at B1 kitchen 1645hrs, RCCB reset by in-house electrician, no SP Group involvement.
        Slippery floor at porch after heavy rain, wet floor signs placed and mats changed; no injuries reported.
        Incident Report form IR-07 rev 3: time, location, description, persons involved (names on page 2 only), witnesses, actions taken.
        Suspected bedbugs on L9: Rentokil inspected 6 rooms, no live activity, rooms returned to inventory 19/11.
        CCTV retention 30 days. Footage released to police only on written request quoting the report number.
        NEA dengue cluster alert for the Jalan Besar area - check roof garden for stagnant water daily.
        Generator load test 0200-0230hrs Sunday, lifts 1 and 2 on standby power only, guests on L20+ informed by letter.
    """),
    ("en", "loyalty programme"): _lines("""
        Earn 10 points per USD 1 spent on eligible charges; Gold members get a 25% bonus, Platinum 50%.
        Tier qualification: 10 nights for Silver, 25 for Gold, 50 for Platinum within the calendar year.
        Member numbers are 9 digits (format 000 000 000). Never ask members for their account password over the phone.
        Promo code BONUS2X valid for stays 1 Dec 2025 - 31 Jan 2026, excluding Chinese New Year eve.
        Stays credited to Marriott Bonvoy, Shangri-La Circle or ALL - Accor Live Limitless cannot also earn points in our programme.
        Points expire after 24 months without account activity; any earn or redeem resets the clock.
        Suite Night Awards cannot be applied to award stays booked with Points + Cash.
        Sample statement: 2,450 base pts + 612 elite bonus + 1,000 promo = 4,062 pts credited.
        Diamond welcome amenity: choice of 1,000 pts, a local snack platter, or 2 drink vouchers at the lobby bar.
        Status match requests are reviewed within 10 business days; a screenshot of current status with the name visible is required.
        Partner earn: 1 point per SGD 2 at participating F&B outlets, capped at 5,000 pts per month.
    """),
    ("en", "concierge and heritage"): _lines("""
        Raffles Hotel opened in 1887 and takes its name from Sir Stamford Raffles, founder of modern Singapore.
        The Eastern & Oriental Hotel in George Town was opened by the Armenian Sarkies brothers, who later founded Raffles Hotel too.
        Somerset Maugham and Rudyard Kipling are among the writers said to have stayed at the E&O.
        The Singapore Sling is credited to Hainanese bartender Ngiam Tong Boon at the Long Bar, around 1915.
        Tan Tock Seng Hospital (11 Jalan Tan Tock Seng, S308433) is about 10 mins by taxi; A&E is open 24h.
        ICA Building, 10 Kallang Road, Singapore 208718 - passport and re-entry matters; nearest MRT is Lavender.
        Jalan P. Ramlee, named after the legendary film star, is a 5-min walk from our KL property and full of bars.
        STB Touristline 1800 736 2000 (toll-free in SG); Tourism Malaysia infoline 1-300-88-5050.
        Emergency: SG police 999, SCDF ambulance 995; in Malaysia call 999, Bomba 994.
        Sun Yat Sen Nanyang Memorial Hall in Balestier is where Dr Sun planned parts of the 1911 revolution - 15 min by cab.
        Crazy Rich Asians fans keep asking for the spots where Rachel Chu and Nick Young's scenes were filmed; map at the concierge.
        Jabatan Imigresen Malaysia HQ: Blok 2G4, Presint 2, 62550 Putrajaya, Mon-Fri 8am-5pm.
    """),
    ("en", "PMS docs and code"): _lines("""
        GET /api/v2/reservations/{confirmation_no}/folio returns line items; guest.name and guest.id_no are redacted unless scope=fo.pii.
        ALTER TABLE guest_profile ADD COLUMN id_no_hash CHAR(64) NOT NULL; -- SHA-256 of normalised NRIC/passport, raw value never stored
        id_no_hash sample: fc24427b4c55a8583f78272bdf28659883b1f29fe264e0025b7d2fb6fb8c0c6a
        PMS build 5.6.19.4 patch notes: fixed key encoder timeout on VingCard, added night audit report NA-FOLIO-ZERO.
        Sandbox gateway: use test card 4111 1111 1111 1111, any future expiry, CVV 123 - do NOT key real guest cards in UAT.
        Reg card OCR confidence threshold set to 0.92; below that the agent must verify fields manually.
        Night audit completed 03:42:17 SGT: 412 rooms, occupancy 87.6%, ADR SGD 238.40, RevPAR SGD 208.84.
        Retention job purge_guest_docs runs daily (cron 0 2 * * *) and deletes ID scans older than 365 days.
        Key encoder error E-0x1F: card not blank - re-encode with Copy Key disabled.
        Field mapping: resv.guest_email -> crm.contact.email, hashed (SHA-256, lowercase, trimmed) before upload to ad audiences.
        Release 2025.11.3 (commit a41c9e7) adds MyKad chip reader support for the Malaysian properties.
    """),
    ("en", "billing and rates"): _lines("""
        Folio 00418832 | Room SGD 268.00 x 2 | Svc chg 10% 53.60 | GST 9% 53.06 | Total SGD 642.66
        Tax invoice INV-SG-2025-118204, GST Reg No. M90-1234567-8.
        BAR Deluxe King: SGD 245++ weekdays, SGD 289++ weekends; breakfast SGD 38 nett per person.
        MY rates inclusive of 8% SST and 10% service charge; Tourism Tax RM10/room/night collected separately from foreign guests.
        Cancellation: free until 48h before arrival, thereafter 1 night charged; no-show charged full stay.
        Corporate rate code CORP-LOGI15: 15% off BAR, minimum 20 room nights per year.
        Minibar: Tiger beer SGD 12, Pringles SGD 8, Toblerone SGD 9 - all prices nett.
        Refund ref RF-20251119-00731 processed; funds usually reflect in 5-10 business days.
        Group block "ASEAN Dental Congress 2026": 120 rooms, cut-off 30 days prior, attrition 20%.
        Deposit receipt no. 0048721, cash SGD 300.00, received by FO cashier shift B.
        Late checkout fee: until 2pm free for Gold, until 4pm 50% of room rate, after 6pm full night.
    """),
    ("ms", "notis dan prosedur"): _lines("""
        Waktu daftar masuk ialah 3.00 petang dan daftar keluar 12.00 tengah hari.
        Tetamu warga asing dikenakan Cukai Pelancongan RM10 semalam bagi setiap bilik.
        Sila tunjukkan MyKad atau pasport semasa daftar masuk; salinan tidak disimpan melebihi tempoh yang dibenarkan.
        Barang tercicir yang tidak dituntut dalam tempoh 3 bulan akan didermakan kepada badan kebajikan.
        Kolam renang dibuka 7.00 pagi hingga 9.00 malam; kanak-kanak bawah 12 tahun mesti ditemani orang dewasa.
        Dilarang membawa durian ke dalam bilik. Caj pembersihan RM500 akan dikenakan.
        Surau terletak di Aras 2, bersebelahan Dewan Seri Mutiara.
        Talian aduan pengguna KPDN: 1-800-886-800.
        Sarapan pagi dihidangkan di Restoran Tun Perak, Aras 1, dari 6.30 hingga 10.30 pagi.
        Templat SMS: "Salam {nama}, tempahan anda {no_tempahan} telah disahkan. Terima kasih."
        Sistem PMS akan diselenggara pada 23/11 dari 2.00 hingga 4.00 pagi; daftar masuk secara manual menggunakan borang RC-02.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Reg card: Mr Tan Wei Jie, NRIC S8834127I, rm 1507, arr 12/11 dep 14/11, HP 9127 4483, car SKF4821J parked B2.
        LF-2025-1192 iPhone 14 Pro (blue) claimed by Mr Rajesh s/o Maniam, HP 8836 2091, collected 16/11 1420hrs, IC sighted T0251938G.
        Rm 809 Mdm Lim Siew Hoon informed us she is on dialysis at NUH every Tue/Thu/Sat, pls approve late c/o and low-salt menu for her.
        0245hrs Mr Ong Kah Seng (rm 2204) found unconscious in bathtub, conveyed by SCDF to TTSH, suspected alcohol overdose; wife Mdm Chua Li Ping informed at +65 9734 5518.
        Platinum member Ms Priya Raghunathan, no. 801 442 917, priya.rag88@gmail.com, bday 17 Aug, high floor pls, SEVERE shellfish allergy.
        DNR list: Mr Kelvin Goh Boon Huat, S7619452A - smashed TV in rm 1103 and left SGD 1,240.60 unpaid, police report B/20251103/2241.
        Pre-auth SGD 500 on Visa 4539 6782 0134 5522 exp 08/28, cardholder LEE MEI LING, rm 611.
        Housekeeping was told that Encik Zulkifli Abdul Rahman from the Penang branch of Kenanga Logistics is HIV positive, and the supervisor asked staff to double-glove in his room.
        Mr Benjamin Seah guaranteed 3 nights with Amex 3779 126403 38126 exp 11/27, billing addr 18 Jalan Kembangan #03-02 S419123.
        Long stay: Mr Nguyen Van Hung, FIN G5520731W, 30 nights paid by employer, emergency contact his wife Tran Thi Mai +84 912 448 307.
        Ms Zhou Jing, 身份证 350203199011221687, mobile +86 159 1872 3304, tour leader for the Xiamen group, rm 1106.
        Mr Chan Ka Ho HKID K736412(1), +852 9488 1207, wants airport transfer to Changi T1 tmr 0530, 2 large luggage.
        Ms Lin Yi-Chun 林怡君, TW ID A223417855, travelling alone with her 6yo son, rm 1702, requested extra bed.
        Pls courier the forgotten spectacles to Mdm Wong Ah Moi at Blk 512 Jurong West St 52 #08-217 S640512, she paid $25 via PayNow already.
        Member Mr Sim Teck Leong (acct 7723 0018 4412, sim.tl@outlook.com) says 85,000 pts were transferred out without his consent, pls freeze account.
        Lost child at lobby 1720hrs: boy abt 5yo named Aryan, parents Mr and Mrs Vikram Nair from rm 1419, reunited 1735hrs.
        Rm 903 Mrs Tan Hui Min is 32 weeks pregnant with gestational diabetes - wheelchair at porch on arrival and keep her near the lift.
        Valet: black Merc C200 SJR907X belongs to Dr Anand Krishnan (rm 1801), key tag V-33, he leaves for KK Hospital 0630 daily.
        Guest Encik Faizal Hashim's Myvi WXY 4417 got scratched at our B1 car park, he wants to claim, call him 016-772 9045.
        Boss, guest Puan Rohana binti Jaafar (MyKad 910817-10-6348) complain got bedbug in her room, she show me the bites on her arm, v angry, want full refund lah.
        Security: Ms Siti Mariam binti Osman (rm 1012) asked that no calls be put through - she has a PPO against her ex-husband Mohd Rizal bin Ahmad and showed us the court order.
        Mr Oliver Bennett, UK passport 561237894, DOB 04/06/1984, arr SQ317 from LHR, rm 2010.
        Mr Yeo Chin Huat, 78, wheelchair user and hard of hearing - install the visual fire alarm strobe kit in rm 318 before he checks in.
        From: jasmine.loh93@yahoo.com.sg / Subject: refund pls / Hi I'm Jasmine Loh, stayed 3-5 Oct, booking HT-88231, still waiting for my SGD 180 deposit back.
        Honeymoon: Mr Darren Lim and Ms Eunice Tay married 15/11, her bday 22/11 (turning 29), pls arrange cake and rose petals in rm 2506.
        Refund MYR 386.00 to Maybank acct 5141 2233 8790, account holder Tan Siew Mei, as approved by FOM.
        Rm 2307 Mr Alvin Teo told the night auditor he has been having suicidal thoughts; SOS hotline given, his sister Ms Teo Li Yun called back at 8102 7764.
        Mdm Kalaivani d/o Ramasamy collected her gold bangle left in the rm 714 safe, IC S6743019J sighted, signed LF book 21/11.
        Emergency contact for rm 1009 (Mdm Goh Ah Lian, 81, early dementia): son Mr Goh Kim Seng 9265 0317.
        Final warning letter issued to FO agent Tharshini d/o Selvam for crediting 40,000 loyalty pts to her own member account.
        Mr Sanjay Mehta, Indian passport T4512873, DOB 11/02/1979, company Mehta Textiles Pvt Ltd, email sanjay.mehta79@rediffmail.com.
        Guest Mr Marcus Low in 1215 is the one who had the epileptic seizure at the pool yesterday, pls check on him during turndown.
        Ms Chloe Whitfield, AU passport PA4428173, chloe.whitfield@bigpond.com, vegan, travelling with partner Ms Hannah Price.
        Chinese group leader 刘晓燕 Liu Xiaoyan, WeChat liuxy_0817, ID 320583199207164023, rooming list attached for 18 pax.
        Mr Chua Jun Hao (NRIC S****127I, HP 9127 ****) rm 1507 complained the minibar charge SGD 46 was not his.
        Mr Wang Qiang, ID 440305198802142315, +86 138 2745 6610, paid deposit with MasterCard 5520 8144 7391 0226.
        Ex night auditor Chong Kar Wai, 34, charged at Ipoh Sessions Court with CBT of RM48,200 from the hotel float, case AB-62-114-09/2025.
        Guest Mdm Leong Pei Shan, Blk 457 Tampines St 42 #05-112 S520457, home tel 6785 2290, requested the tax invoice to be posted to her.
        Rm 1118 Mr Hamid bin Karim's insulin pen left in the fridge after c/o - call his daughter Nurul on 019-445 2306 to arrange pickup.
        WhatsApp the invoice to Mr Gan Chee Keong +60 12-338 4721, billing to his home address No. 7 Jalan Kenari 3, Taman Melawati, 53100 KL.
        Ms Wong Ka Yan, HKID Y508231(3), chose to pay with Visa 4147 2099 3310 8279; she is an HK SAR permanent resident staying 5 nights.
        Night auditor Mr Peter Lau's salary is SGD 2,450 basic + SGD 380 shift allowance, pls don't tell the others.
        Mr Edwin Ng, rm 1420, arrested in the lobby by CID officers at 2130hrs for suspected drug trafficking; belongings held pending police instructions.
        Visitor log: Ms Cheryl Tan (S9102287G) visited rm 1606 Mr Daniel Foo at 2340hrs, left 0215hrs.
    """),
    "ms": _lines("""
        Tetamu Encik Mohd Hafiz bin Yusof, No. K/P 880523-14-5627, bilik 512, tel 011-2345 8870, daftar masuk 14/11.
        Aduan: Puan Noraini binti Said dari Kuantan kata anak dia Aiman (7 tahun) ada asma teruk, minta bilik tanpa karpet.
        Barang tercicir: dompet coklat milik Cik Farah Nabila binti Hassan, ada IC 030911-01-0782 dan kad ATM, sudah hubungi dia di 017-882 3619.
        Pekerja: Azlan bin Hamid, penyambut tetamu syif malam, gaji pokok RM2,100, cuti sakit 3 hari kerana demam denggi mula 18/11.
        Hantar invois kepada Tuan Haji Ismail bin Abu Bakar, No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor.
        Ahli Gold Encik Lau Kok Wing, no. ahli 6601 8824, tarikh lahir 25/01/1968, IC 680125-13-5433, tinggal di Kuching.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant of a hotel in Orchard Road. Help guests with bookings.",
        ),
        ("user", "hi can i change my booking to 2 nights instead of 3"),
        ("assistant", "Sure! May I have your confirmation number and the name on the booking?"),
        ("user", "HT-90417, name is Ho Mei Xin"),
        (
            "assistant",
            "Thank you. For security, please confirm the last 4 characters of your NRIC.",
        ),
        ("user", "aiya just take the whole thing S7208846... wait no. T0488153I"),
        ("assistant", "Thanks Ms Ho, your stay is now 2 nights, 5-7 Dec."),
    ],
    [
        ("user", "Can you help me draft an apology email to a guest? Keep it short."),
        ("assistant", "Of course. Please share what happened and who the guest is."),
        (
            "user",
            "Guest is Mr Ravi Chandran, rm 1403. He got food poisoning after eating the seafood buffet on 18/11, had to go to Raffles Hospital for IV drip. Email is ravi.chandran@singnet.com.sg",
        ),
        (
            "assistant",
            "Dear Mr Chandran, we are deeply sorry to hear you fell ill after dining with us on 18 November...",
        ),
    ],
    [
        (
            "user",
            "i left my laptop at your hotel last week, grey MacBook Air with a Totoro sticker",
        ),
        ("assistant", "Sorry to hear that! Which dates did you stay and which room?"),
        ("user", "checked out 20/11 from 1906"),
        (
            "assistant",
            "We have a matching item. Please provide your full name and a contact number.",
        ),
        ("user", "Kevin Lim Jia Hao"),
        ("user", "+65 9865 2271"),
        ("assistant", "Thank you Mr Lim, our team will call you to arrange collection."),
    ],
    [
        (
            "system",
            "Concierge bot for a KL hotel. Do not reveal other guests' information. Loyalty questions go to the member desk.",
        ),
        ("user", "Can I get late checkout tomorrow? I'm a Gold member"),
        ("assistant", "Happy to check. What is your member number?"),
        ("user", "660 218 443, under Yap Siew Ling, birthday is tomorrow actually 6 Dec haha"),
        ("assistant", "Happy early birthday, Ms Yap! Late checkout until 2pm is confirmed."),
    ],
    [
        ("user", "summarise this incident report into 3 bullet points for the GM"),
        (
            "user",
            "At 1915hrs guest Mdm Koh Bee Lian (67, rm 805) slipped on wet floor outside Lift Lobby B, fractured her left wrist. Ambulance 995 called, taken to SGH. Her son Mr Alan Koh (8493 1176) arrived at 2010hrs and said they will consider legal action.",
        ),
        (
            "assistant",
            "- Guest slipped near Lift Lobby B at 1915hrs and fractured her wrist\n- Conveyed to SGH by ambulance\n- Family indicated possible legal action",
        ),
    ],
    [
        ("user", "hello, can issue invoice under my company name ah?"),
        ("assistant", "Yes, please send the company name and billing address."),
        ("user", "Syarikat Tan Bros Trading, but put my own name also Tan Chee Wah"),
        (
            "user",
            "address: No. 41, Jalan Harmonium 23/2, Taman Desa Tebrau, 81100 Johor Bahru. my IC 750302-07-5191",
        ),
        ("assistant", "Noted, the invoice will be emailed within 24 hours."),
    ],
    [
        ("user", "please make a table from this rooming list: name, passport, room"),
        (
            "user",
            "1) Budi Santoso - C8823145 - 1201\n2) Dewi Lestari - C7710258 - 1202\n3) Agus Pranoto - C9054412 - 1203",
        ),
        (
            "assistant",
            "| Name | Passport | Room |\n|---|---|---|\n| Budi Santoso | C8823145 | 1201 |\n| Dewi Lestari | C7710258 | 1202 |\n| Agus Pranoto | C9054412 | 1203 |",
        ),
    ],
    [
        ("user", "why did you charge my card twice??"),
        ("assistant", "I'm sorry about that. Could you share the booking details so we can check?"),
        ("user", "Mastercard ending 9138, stay 10-12 Nov"),
        ("assistant", "And the name on the booking, please?"),
        (
            "user",
            "Nicholas Teo Wen Kai. you can email me at nick.teowk@gmail.com, I want the refund by Friday",
        ),
        ("assistant", "Thank you Mr Teo, I have escalated this to our finance team."),
    ],
    [
        ("system", "You are an HR assistant for hotel operations staff."),
        (
            "user",
            "One of my front desk staff gave MC again, how many days sick leave is she entitled to in Malaysia?",
        ),
        (
            "assistant",
            "Under the Employment Act, it is 14 days a year for under 2 years of service, 18 days for 2-5 years, 22 days for 5+ years, plus up to 60 days hospitalisation.",
        ),
        (
            "user",
            "ok. her name is Nurul Izzati binti Kamal, 3 years service, she said she's in the early stage of a miscarriage risk and the doctor asked for bed rest 2 weeks",
        ),
        (
            "assistant",
            "She is entitled to 18 days. Please handle her medical details confidentially.",
        ),
    ],
    [
        ("user", "hi I stayed at your Sentosa property with my family, forgot my son's inhaler"),
        ("assistant", "We can help. What is the guest name on the reservation?"),
        (
            "user",
            "Sharifah Nur Aina, son is Daniel Iskandar age 9, he has asthma so it's quite urgent",
        ),
        (
            "user",
            "please send to Blk 208C Punggol Field #12-455 Singapore 823208, I'll pay the courier",
        ),
        (
            "assistant",
            "Understood, we will arrange same-day delivery and call you before dispatch.",
        ),
    ],
]
