# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en236: SG/MY craft beer, wine and whisky bars and bottle shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en236
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_confirmations"): _lines("""
        Booking BK-260314-0087 confirmed: 4 pax, counter seats, Fri 13 Mar 2026, 8:30pm. Table held 15 min. Reply C to cancel.
        Your reservation at The Malt Cellar (Keong Saik Rd) is confirmed. Ref MC-44193. Min spend S$120 per table applies after 9pm.
        Reminder: ref TB-7720 for 10 pax, Sat 7pm, whisky flight package x10 @ $68++. Deposit of $200 received via PayNow UEN 201934421M.
        Hi {first_name}, thanks for booking {venue_name} on {date} at {time}. Please bring a physical ID or the Singpass app for everyone in your party.
        Walk-ins welcome, bookings only for groups of 6 and above. Call the bar line 6438 2219 between 3pm and 6pm.
        Booking changed: BK-260320-0142 moved from 7:00pm to 8:15pm, pax 3 -> 5, high table T12. Changed by: front desk terminal 2.
        Private event enquiry form: Name ______ Company ______ Contact no. ______ Expected pax ______ Budget per head ______
        Deposit policy: groups of 8+ pay S$50 per head upfront, refundable up to 48 hours before the slot. No-shows forfeit the full amount.
        Cancellation received for ref KL-HB-0931 (Hopbox Bangsar), 6 pax, Thu 9pm. Slot released to waitlist position 1.
        Waitlist status: you are number 3 for Saturday counter seats. We will WhatsApp the number used to book when a seat opens.
        Confirmed: Robertson Quay tasting room, Sun 22 Mar, 4-6pm, Guest A + 11 guests, billed to corporate account AC-3391.
        Booking export 2026-03-14: total 41 bookings, 187 covers, 6 no-shows (14.6%), avg lead time 3.2 days.
        Your table for the Father's Day brunch pairing is locked in. Ref FD-0614-22. Kids below 18 welcome but will be served mocktails only.
    """),
    ("en", "id_check_rules"): _lines("""
        Door policy: ID checks for anyone who looks under 25. Accepted: NRIC, passport, driving licence, EP/S Pass card. Photocopies and photos on phone are NOT accepted.
        Malaysia outlets: no sale of alcohol to anyone below 21. Staff who sell to minors can be fined personally and the outlet licence is at risk.
        Reminder: under the Liquor Control (Supply and Consumption) Act, no takeaway sales between 10.30pm and 7am. Till will lock the Beer & Spirits category at 22:29.
        If the NRIC starts with T08 or later, check the full date of birth. Do NOT write the number down or photocopy it, just sight it and hand it back.
        Q: Can a foreigner use a digital IC from their home country app? A: No. We only accept physical documents or the Singpass app with the profile photo showing.
        Liquor Control Zones (Geylang, Little India): public drinking banned from Fri 7am to Mon 7am and on the eve of PH. Bottle shop staff to remind customers at checkout.
        Fake ID red flags: laminate peeling at the corner, font on the DOB line a different weight, hologram flat under the torch.
        Age check count for week 10: 312 IDs sighted, 9 refusals (2.9%), 1 confiscated fake, 0 complaints.
        Training slide 4/12: Challenge 25. Ask politely, check photo vs face, check DOB, check expiry, hand back. Never announce the age out loud.
        Sample refusal script: Sorry boss, cannot serve you tonight without valid ID, company rule ya. Can offer you our non-alcoholic menu.
        Online orders: courier must sight the recipient's ID on delivery. If recipient is under 18 or has no ID, parcel returns to hub, S$8 restocking fee.
        Fun fact for trainees: the Singapore Sling was created at the Long Bar by Ngiam Tong Boon around 1915, so the drink is older than every ID you will ever check.
        Template: Refusal log - Date: ___ Time: ___ Reason: [no ID / expired / suspected fake / intoxicated] Staff initials: ___
    """),
    ("en", "delivery_dispatch"): _lines("""
        DO-2026-03-0412 | 18 ctn Tiger Crystal 320ml x24 | from Tuas DC to 33 Boon Tat Street S069620 | ETA 10:00-12:00 | POD required
        Ninja Van tracking SGNJV2603140088712 status: Out for delivery. Age-verified parcel, signature + ID sight required.
        Lalamove order #LM-88213004 assigned, vehicle: van, pickup Hopbox Bangsar loading bay, drop-off Jalan Telawi 3 outlet.
        Short delivery on PO 7781: ordered 12 btl Glenfiddich 12 70cl, received 11, one bottle broken in transit. Photo attached, claim raised with supplier.
        Supplier Roaring Barrel Imports Pte Ltd (UEN 201512783H): deliveries Tue/Thu, cut-off 2pm the day before, hotline 6745 0021, orders@roaringbarrel.com.sg.
        Keg return log: 14 empty 30L kegs collected, 2 still at the Amoy Street outlet, deposit credit S$40 per keg pending.
        Cold chain note: kegs must be under 4C on arrival. Delivery at 11:42 logged 7.8C, 3 kegs rejected, driver signed the rejection slip.
        Customs permit no. for bonded whisky transfer: TN-2603-118842 (example format, replace with the actual permit when raised).
        Grab Express: 1 bottle Hibiki Harmony to Level 12 reception, One Raffles Place. Company reception to sign, no personal receiving.
        Weekly dispatch summary KL hub: 1,204 parcels, 38 failed deliveries (no one home 21, no valid ID 11, address issue 6).
        Rider instructions: do not leave alcohol with the guard house or a neighbour. If the customer cannot show ID, mark FAILED-AGE and return.
        Route B Thursday: Ann Siang Hill > Club Street > Keong Saik > Jalan Besar > Tanjong Katong, first drop 9:30am.
        Pallet label: SKU WHS-JW-BLK-1L x 60, lot L2025-44B, bonded, do not break seal before customs inspection.
    """),
    ("en", "pos_tab_exports"): _lines("""
        TAB T-0417 | Table 9 | opened 20:02 | 3x Pint Anchor $13.50 | 1x Truffle fries $14 | subtotal $54.50 | svc 10% | GST 9% | total $65.35
        Z-report 14/03/2026 Terminal 01: gross sales S$8,412.60, voids 6, comps 4 ($96), card 71%, PayNow 22%, cash 7%.
        SKU WHS-LAG-16, Lagavulin 16 30ml, qty 7, unit 22.00, amount 154.00, cost 61.60, margin 60%
        Open tabs at close: 3 (T-0421 bar seat 4, T-0425 table 2, T-0430 patio). Duty manager to settle or transfer to pre-auth.
        Pre-auth hold S$150 released for tab T-0388 after settlement, auth code 0K71XA, terminal NETS-02.
        Happy hour rule engine v2.3.1: 5pm-8pm, -30% on tap beers, excludes limited-release kegs, cap 2 discounted pints per tab.
        Void log: item Hazy IPA pint voided 21:17 by supervisor PIN #14, reason: wrong tap pulled.
        CSV export header: tab_id, table_no, opened_at, closed_at, pax, subtotal, svc_charge, gst, total, payment_method, staff_code
        Receipt footer: Thank you! Hopbox Craft Sdn Bhd (202101034567) SST No. W10-2104-32000123. Please drink responsibly.
        Tab T-0502 split 4 ways: $41.20 each, paid 3x Visa contactless, 1x GrabPay. Customer A requested an itemised receipt.
        Monthly top SKUs Feb: Tiger draught 1,880 pints, Brewlander Hazy 640, Monkey Shoulder highball 512, Guinness 404.
        Bottle keep tag #BK-0093: Macallan 12 Double Cask, 40% remaining, expires 30/06/2026. Tag number only, no names on shelf labels.
        Refund RF-2026-0031 S$28.00 to original payment method, reason: flat keg, approved by the outlet manager.
    """),
    ("en", "incident_log_anonymised"): _lines("""
        Incident IR-0314-02, 23:40: intoxicated male patron (approx. 30s) refused service, left with friends, no injuries. Police not called.
        01:15 glass broken at bar seat 6, staff member cut finger, first aid given, logged in accident book #A-118.
        Two groups argued over the pool table, separated by security. Both left separately at 00:20. CCTV clip saved as CAM3_0315_0018.mp4.
        Weekly summary: 5 incidents (2 intoxication, 1 fight, 1 slip, 1 lost property). No police reports filed.
        Lost property: black umbrella, 1 phone charger, 1 Yeti cup. Held at the counter 30 days then donated.
        Guest B vomited in washroom 2, area closed 22:10-22:35, cleaned per SOP-HYG-04.
        Ambulance called 00:48 for a patron who fainted near the entrance; conveyed to hospital. Duty manager to complete the insurer form within 24h.
        Noise complaint from the condo next door received at 23:05, music reduced to level 4, back door closed.
        CCTV retention: footage is kept 30 days then auto-deleted. Requests from police go to the compliance@ mailbox only.
        Power trip 21:32, cold room offline 18 min, temp peaked 9C, 2 kegs quarantined for QA.
        Report template: Incident no. ___ / Date & time ___ / Persons involved (use Guest A, Guest B, Staff 1) / Description ___ / Action taken ___
        Fight at the Jalan Alor outlet patio 02:10, 3 males involved, police report number to be attached by the outlet manager when received.
        Incident count by outlet Q1: Clarke Quay 11, Bangsar 7, Gurney Drive 4, Amoy St 3.
    """),
    ("en", "licences_and_compliance"): _lines("""
        Liquor licence Class 1A, licence no. LL-2025-SG-018832, valid to 31/12/2026, outlet 12 Club Street #01-01, S069414.
        Liquor licences in SG are handled by the police Liquor Licensing Unit; renewals go through the GoBusiness portal.
        MY: Lesen Minuman Keras (Kedai) renewed yearly with the city council; display the original at the counter next to the SSM cert.
        Company: Barrel & Hop Pte Ltd, UEN 201934421M, registered office 80 Robinson Road #10-01A, S068898.
        Excise: SST registration no. W10-1808-31004455; duty-paid stamp must be on every spirits bottle on the shelf.
        Checklist before inspection: licence displayed, No sale to persons under 18 signage, hours notice, CCTV working, no dispensers accessible to the public.
        Approved manager change filed 02/03/2026, transaction ID GB-2603-7731-0045, processing 14 working days.
        Note for hotel partner: outlet serves alcohol and is not halal-certified; separate glassware and dishwashing zone kept for the halal kitchen.
        Licence fee budget lines: Class 1A S$880/yr, Class 1B S$1,320/yr, Class 2 S$440/yr (example figures for budgeting, check the official site).
        Penalty history for outlet: 0 compoundable offences 2023-2025. Last inspection result: satisfactory.
        Config: licence_expiry_alert_days = 60; notify = [licensing@barrelandhop.sg, ops@barrelandhop.sg]
        SSM company no. 202101034567 (1408812-K), Hopbox Craft Sdn Bhd, directors on file per company registry (not reproduced here).
        Temporary liquor licence for the Beerfest at Marina Bay, 3 days, 5,000 pax capacity, ref TLL-26-0412.
    """),
    ("mixed", "staff_chat_ops"): _lines("""
        Boss, keg IPA habis already, change to the lager tap ok? Customer A table 5 want to know.
        Tonight short 1 bartender, the part-timer cannot come, can someone tolong cover 7-11pm?
        今天 delivery 迟了, supplier say lorry stuck at Tuas checkpoint, ETA 3pm.
        Reminder all: tengok IC properly, if 看起来 young must check. Last week got spot check at Clarke Quay.
        Who closed last night ah? Till short $12.40, pls check Z-report again before I escalate.
        Fridge 2 temperature 8C, maybe door tak tutup rapat. Jaga sikit.
        Table 12 birthday group 10 pax, cake from outside, corkage waived by manager, jangan charge.
        Stock take tomorrow 10am, everyone come early, 吃早餐 first, we count all whisky by the ml.
        New Hazy IPA from the Penang brewery arriving Thu, 10 kegs 30L, tapping Fri happy hour, shout on IG.
        The Johnnie Walker rep coming 4pm for training, nobody smoke near the back door please lah.
        Aiyo the POS hang again, version 4.12.7, call vendor helpdesk 1800 222 8810 and give outlet code SG-AMY-03.
        Kedai botol Bangsar: promo Raya dah habis, remove the banner, put back the normal price tags.
        老板 said from next month all tabs above $300 need pre-auth, no more trust-trust.
    """),
    ("en", "tasting_and_posts"): _lines("""
        Tonight's flight: Johnnie Walker Black, Jack Daniel's Single Barrel, Jameson Black Barrel, Jim Beam Double Oak. $48 for 4 x 15ml.
        Fun history: Arthur Guinness signed a 9,000-year lease on St James's Gate in 1759 for 45 pounds a year.
        Our Hemingway Daiquiri is made the way Papa supposedly liked it: double rum, no sugar, grapefruit and maraschino.
        Bond night! Vesper martini shaken not stirred, as ordered by James Bond in Casino Royale. Dress code optional.
        Tasting notes Bunnahabhain 12: sea spray, dried fig, hazelnut, a slow salty finish. 46.3% ABV, non-chill filtered.
        Watch party: Joseph Schooling's 2016 Olympic gold replay on the big screen, Tiger buckets $45.
        Book club corner: this month we read The Great Gatsby; gin rickey special in honour of Jay Gatsby.
        Quiz question 7: Which brewery makes Tiger Beer? Answer: the brewery founded in Singapore in 1931, now under Heineken.
        Whisky 101: what's the difference between single malt and blended? Single malt = one distillery, malted barley only, pot stills.
        Review roundup: 4.6 stars from 1,032 Google reviews, top mentions: staff knowledge (212), price (97).
        Meet the brewer: head brewer of a Sarawak craft brewery, Sat 3pm, 20 seats, $35 incl. tasting paddle.
        Talk: Ichiro Akuto and the Chichibu story, presented by the brand ambassador, Thu 7.30pm, free with any Japanese whisky pour.
        Pairing tip: Laphroaig 10 with bak kut teh sounds wrong, but ask the bartender to let you try it.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-260314-0093 under Darren Koh Jun Hao, 4 pax, contact 9128 4471, allergic to shellfish, wants the corner booth.
        Door scan log 23:14 NRIC S8734216F, DOB 04/11/1987, admitted, wristband #0442.
        Guest Farah binti Ismail, MyKad 990312-14-5582, disputed tab T-4418 at Bangsar, says she was charged twice for the Chivas bottle.
        Whisky locker renewal: card 4532 0187 4460 3185 exp 09/28, cardholder Jonathan Lim Wei Jie, auto-renew yearly.
        Pls stop serving Suresh from the Tuesday quiz team, his wife called to say he just came out of rehab for drinking.
        Mdm Goh from #03-07 upstairs complained about the noise again, says her husband has dementia and wakes up at every bass drop.
        Deliver 2 cases to 27 Jalan SS 2/64, 47300 Petaling Jaya, attn Kavitha a/p Raman, 012-338 4719, she works nights so only after 2pm.
        Car SJK 4821 U belongs to the regular who parks in our loading bay every Friday, the short guy called Alvin, manager says clamp warning next time.
        Tourist at the door showed HKID K382915(4), name Wong Ka Lok, born 2001, admitted after checking the photo.
        Membership form: Chen Yi-ting, Taiwan ID A238174652, LINE id yiting_0822, prefers peaty single malts.
        Salary update: Aravind s/o Muthu (bartender) revised to S$3,100 from Jan, keep confidential from the rest of the floor team.
        Written warning issued to Nur Aisyah binti Kamal on 14 Nov for pouring free shots for her friends; a second one means termination.
        Uncle Lim with the grey Honda still owes $380 on his tab since August, told him no more credit until he clears it.
        Kitchen helper Rohim Uddin (FIN G6093145W) fainted while unloading the kegs, sent to the clinic, MC 3 days.
        Please send the event invoice to priya.nair.86@gmail.com, she is paying personally for her dad's 60th.
        The person behind IG @mel.hops.sg who posted our bartender's face with a nasty caption is Melissa Chua, she used to work here.
        Refund S$240 to Maybank acct 1142-0388-5721 (Tan Siew Ling) for the cancelled wine dinner.
        Gerald de Souza asked us not to tell his ex-wife he has a bottle in the keep, they are in the middle of a custody case.
        Walk-in guest from Manila, passport P4827716B, Maria Lourdes Santos, 34, ID checked at 22:50.
        Add @kenneth_tay88 (Kenneth Tay, 9736 2018) to the bottle share Telegram group, he paid his $60 share.
        Bartender Jasmine Ong is pregnant, don't roster her on the heavy keg change shifts, she hasn't told the others yet.
        Spare store keys are with Hafiz at his flat, Blk 418 Bedok North Ave 2 #09-233, S460418, call before going over.
        Chargeback notice: card 5521 4783 0926 1144 used on tab T-0611, cardholder Lee Boon Keat says he never visited the bar.
        Membership: Wang Lei, PRC ID 440305198806123170, mobile 138 2716 4592, in town from Shenzhen for work until June.
        Complaint from Mr Balakrishnan of the Thursday darts league: he says Devi from the bar laughed at his stutter in front of everyone.
        Don't let Zul's girlfriend know he was here last Friday with another woman, he begged the whole staff.
        Blacklist: Clement Yeo, NRIC T0458127F, barred for 6 months after throwing a glass at staff on 2 Feb.
        Staff onboarding: Siti Hajar bte Rahmat, NRIC S9126603B, salary to POSB 128-45673-9.
        EP holder Daniel Okafor, FIN F2275418K, employed as sommelier, pass renewal due 30/06, wife and kids still in Lagos.
        Guest Lin Chih-ming left his wallet at seat 3, TW ID F145920372 inside, his number is 0928 614 307.
        Wine club member Patrick Tan Soon Huat, NRIC S7712958H, pays by GIRO, wants statements sent to his office, not home.
        Part-timer Nicole Lee, NRIC T0219874B, is 9 hours short in her Feb pay, she emailed from nicolelee.02@outlook.com.
        Ah Boy from the kopitiam downstairs was in hospital again for his liver, his sister asked us to stop selling him beer.
        Lorry WVB 3381 from the supplier, driver Muthusamy keeps dropping the kegs, we are filing a complaint naming him.
        Kelvin, the tall bartender at Amoy St, got arrested for drink driving on Sat and is out on bail, HR asking who else knows.
        Ms Chan Wing Yan from Hong Kong, mobile 9173 2284, wants a callback about the necklace she lost at the patio.
        Hong Kong visitor Leung Chi Keung, HKID Y604271(4), lost his card case at the bar, found by the cleaner this morning.
    """),
    "mixed": _lines("""
        Eh that 陈阿姨 at Blk 3 who always buy Guinness, her son just passed away, jangan tanya about him ok.
        Boss, Ah Meng's tab dah 3 bulan tak bayar, $520, his number 8123 5590, you call him lah.
        Delivery 给 Mr Lim Chee Keong, 23 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, HP 016-702 8843, 放 guardhouse 不行, must sign.
        那个 regular Raj s/o Pillai 上个星期 heart bypass, doctor say cannot drink already, don't serve him ok.
        Customer WeChat ID lily_huang_1990, 她 order 6 bottles Penfolds for her wedding, 新郎 called Jason.
        Bartender Faizal bin Othman kena MC again, third time this month, HR want to check his 病历.
        Refund S$96 to Tan Mei Hua, DBS 027-903418-2 lah, her PayNow 不 work.
    """),
    "ms": _lines("""
        Pelanggan Ahmad Faris bin Zulkifli, no. IC 870415-10-5523, mengadu dicaj dua kali untuk tab T-2291 di cawangan Bangsar.
        Tolong hantar invois kepada Puan Noraini binti Hassan, 013-447 2915, rumah di No. 8 Jalan Mawar 2, Taman Melati, 53100 Kuala Lumpur.
        Pekerja kontrak Rina dari Indonesia cedera tangan semasa angkat tong bir, majikan belum daftar PERKESO untuk dia.
        Akaun Maybank 5621 8830 4417 atas nama Lim Kah Wai untuk bayaran balik deposit majlis.
    """),
    "zh-Hans": _lines("""
        陈晓燕，身份证号350203199202140521，网上订了三瓶山崎，要求送到酒店1812房。
        黄志伟先生电话 +86 139 2817 5563，他说上次在克拉码头的酒吧被多收了两百块。
        那个常来的李大哥最近离婚了，每晚都喝到打烊，老板说要多注意他。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a whisky bar on Keong Saik Road, Singapore."),
        (
            "user",
            "Hi, need to shift booking BK-260321-0110 under Goh Wei Ming, mobile 9024 6617, from 8pm to 9pm.",
        ),
        (
            "assistant",
            "Done, BK-260321-0110 is now at 9pm for the same 4 pax. We sent a confirmation to 9024 6617.",
        ),
        ("user", "Thanks. Also my friend is diabetic, got any no-sugar cocktails?"),
        (
            "assistant",
            "Yes, our bartenders can do a dry highball or a stirred whisky drink with no syrup. Just tell them at the counter.",
        ),
    ],
    [
        ("system", "You help a bar operations manager draft HR letters."),
        (
            "user",
            "Draft a warning letter for Muhammad Irfan bin Yusof, barback, for being drunk on shift on 8 March. His NRIC is S8811042J.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Muhammad Irfan bin Yusof (S8811042J), this letter serves as a formal warning for reporting to work under the influence of alcohol on 8 March 2026...",
        ),
        ("user", "Make it softer, he just lost his mum last month."),
    ],
    [
        (
            "user",
            "At the door a girl showed NRIC T0136655B, is she old enough for our bar in Singapore?",
        ),
        (
            "assistant",
            "T01 means she was born in 2001, so she is over 18. Still check the photo matches her face.",
        ),
        (
            "user",
            "Ok, her name on the card was Charmaine Ho. She came back with her boyfriend later, the drunk one from last week.",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan untuk kedai botol di Bangsar."),
        (
            "user",
            "Tolong tulis jawapan kepada Encik Hairul Nizam bin Ramli, telefon 019-662 4180, yang mengadu wain yang dihantar pecah.",
        ),
        (
            "assistant",
            "Salam Encik Hairul, kami mohon maaf atas botol yang pecah. Kami akan hantar pengganti esok dan hubungi encik di 019-662 4180 untuk masa penghantaran.",
        ),
        (
            "user",
            "Tambah juga dia pelanggan tetap, selalu beli untuk isteri dia yang sakit, jadi beri diskaun 10%.",
        ),
    ],
    [
        (
            "user",
            "Rider can't find the address for order WEB-90112. Customer is Samantha Rodrigues, 15 Jalan Bukit Pantai, 59100 KL.",
        ),
        (
            "assistant",
            "Ask the rider to call the customer on the number in the order. Do you want me to write a short SMS?",
        ),
        (
            "user",
            "Yes, her number is 017-239 5518. Say the rider is at the gate and needs to see her IC.",
        ),
        (
            "assistant",
            "Hi Samantha, your rider for order WEB-90112 is at the gate of 15 Jalan Bukit Pantai. Please bring your IC for the age check. Thanks!",
        ),
    ],
    [
        ("system", "You write polite payment reminders for a craft beer bar."),
        (
            "user",
            "Write a WhatsApp reminder to Benjamin Tan, 8456 7302, his tab T-0877 of $412 is 2 months overdue.",
        ),
        (
            "assistant",
            "Hi Benjamin, hope you're well! Just a gentle reminder that tab T-0877 ($412) is still open. You can settle by PayNow to our UEN or at the bar. Thanks!",
        ),
        (
            "user",
            "Good. Don't mention that his company retrenched him, he told the bartender in confidence.",
        ),
    ],
    [
        (
            "user",
            "Rewrite this incident note properly: guest Rachel Fernandez slipped at the stairs around 11pm, twisted ankle, her husband Marcus took her to A&E.",
        ),
        (
            "assistant",
            "Incident 23:00: Guest Rachel Fernandez slipped on the staircase and twisted her ankle. First aid was offered; her husband Marcus took her to the emergency department.",
        ),
        (
            "user",
            "Add that the floor was wet because of a spilled pint, and that she called today to say it's a fracture.",
        ),
        (
            "assistant",
            "Added: the stairs were wet from a spilled pint, not yet mopped. On the following day the guest called to inform us the injury was diagnosed as a fracture.",
        ),
    ],
    [
        ("system", "You help a whisky club manage its member spreadsheet."),
        ("user", "How do I sort members by join date in Google Sheets?"),
        (
            "assistant",
            "Select the data range, then Data > Sort range, tick the header row option and choose the join date column, A to Z.",
        ),
        (
            "user",
            "Also fix this row, the email is wrong: Vincent Chong Kah Hoe, joined 2024-05-11, email vincent.chongkh@gmail,com, card 4012 8876 5432 1098.",
        ),
        (
            "assistant",
            "The email should be vincent.chongkh@gmail.com. I would also not keep the full card number in the sheet; store only the last 4 digits, 1098.",
        ),
    ],
    [
        (
            "user",
            "帮我写个 note 给 staff: 那个 regular 张伟明 Uncle, 住在 Toa Payoh Lor 4 Blk 52 的, 最近 diabetes 严重, 不要给他 sweet cocktails.",
        ),
        (
            "assistant",
            "Note to all staff: please do not serve sweet cocktails to Uncle 张伟明 (regular). Offer him dry options or soft drinks instead.",
        ),
        ("user", "ok also say his daughter will come settle his tab every Sunday."),
    ],
    [
        ("system", "You are a refund assistant for an online wine shop in Singapore."),
        (
            "user",
            "Customer Ong Hui Min wants refund for order #SG-W-55412, she paid with card 5355 1820 4417 6622.",
        ),
        (
            "assistant",
            "I can start the refund of order SG-W-55412 to the original card ending 6622. It usually takes 5 to 10 working days.",
        ),
        (
            "user",
            "She also says she is moving to Perth next week, send the confirmation to huimin.ong@yahoo.com instead.",
        ),
        ("assistant", "Noted, the refund confirmation will go to huimin.ong@yahoo.com."),
    ],
]
