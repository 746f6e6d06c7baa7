"""Blind check set en82: hawker and F&B operations in SG/MY (stall tenancy, NEA and food-safety inspections, rosters, supplier invoices, food-poisoning complaints). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en82
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "inspection and licensing"): _lines("""
        NEA officer came at 11.40am, checked chiller temp (3.8°C ok) and pest control record. No offence, but must label all sauce containers with date prepared.
        Under the Points Demerit System, a food business that accumulates 12 or more demerit points within 12 months may have its licence suspended for 2 weeks.
        SFA reminder: the old A/B/C/D grade cards are replaced by the SAFE recognition framework decals (Bronze, Silver, Gold), pls remove the old card from the signboard.
        Inspection checklist item 7: hand-wash basin must have liquid soap and paper towel, NOT cloth towel. Item 8: raw and cooked food cannot share the same chopping board.
        Food shop licence for Lucky Star Coffeeshop Pte Ltd (UEN 201734567W) renewed till 31/08/2027, fee $145 paid via GIRO ref 8800212345.
        Notice from centre mgmt: quarterly spring cleaning 9-12 Dec, whole centre closed, pls clear all your things from the common area by 8 Dec 10pm.
        Eh boss, the NEA uncle say our grease trap overdue for cleaning already, last one was 14 Aug. Call Ah Huat Pest & Drain lah, their office line on the sticker.
        Feedback on hawker centre cleanliness goes to the NEA Contact Centre at 6225 5632; food safety lapses pls report through the SFA online feedback form.
        Rodent sighting reported near the loading bay of Blk 21 market. Pest control will bait on Tue & Fri nights until end Dec, pls don't leave food waste outside.
        Food Hygiene Officer must be present during operating hours for premises with 5 or more food handlers. Register the FHO under GoBusiness Licensing before 31 Jan.
        Temp log 04/12: walk-in chiller 2.1 / 2.4 / 3.0 °C, freezer -18.6 °C, bain-marie 68 °C. Checked by AM supervisor (initials only, see roster).
        Offence notice FS-07: failure to keep cooked food at or below 5°C or at or above 60°C. Composition fine $300 for first offence, $500 for subsequent.
        Result of surprise check at #01-xx stalls, Block B: 3 of 28 stalls given advisory for uncovered food, no suspensions this round.
    """),
    ("en-SG", "stall tenancy"): _lines("""
        Dear {stallholder_name}, your tenancy for Stall {stall_no} at {centre_name} will expire on {expiry_date}. Please log in to the Hawkers' Portal to apply for renewal.
        Tender results Nov 2026: Stall #01-38 Chinatown Complex Food Centre, cooked food, successful bid $1,280/month, 14 bids received.
        Under the tenancy conditions, stallholders must operate the stall personally or with registered assistants. Subletting is strictly not allowed.
        Monthly rent for cooked food stalls at Old Airport Road Food Centre ranged from $400 to $2,600 in the latest tender exercise.
        Pls note S&CC charges will go up to $312.50/mth from 1 Jan 2027, see circular NEA/HC/2026/118 pinned in the stallholders' group.
        Boss ask: if we change stall name from 'Ah Ma Fried Bee Hoon' to 'Ah Ma Heritage Bee Hoon', need to inform NEA or not ah?
        Incubation Stall Programme: new hawkers get a fully-equipped stall with rental subsidy for the first 6 months, then a lower subsidy for the next 6.
        Stall 02-117 at Tekka Centre is vacant after the tenancy ended; re-tender closes 15 Jan 2027, 3pm, submit bids only via the Hawkers' Portal.
        Kopitiam landlord quote: drinks stall $9k, chicken rice stall $6.5k, economic rice $8.2k per month, 2-year contract, 3 months deposit, no bargain.
        Assistant registration: fill form HA-2, attach the assistant's food hygiene cert. Do NOT email copies of IC to the office, upload via portal only.
        Ghim Moh Market stallholders' association meeting at the RC hall, Thurs 8pm. Agenda: aircon for wet market, tray return enforcement, roof leak near 01-20.
        Tenancy tip: if you want to hand over the stall to your family member, the succession scheme only applies to spouse or children who are Singapore citizens/PR.
        Rental arrears policy: after 2 months unpaid, a reminder letter is sent; after 3 months, the tenancy may be terminated and the deposit forfeited.
    """),
    ("en-MY", "supplier invoices"): _lines("""
        INVOICE No. INV-2026/11/00872 | Sin Hock Lee Trading Sdn Bhd (202001012345) | 20 ctn sardines 155g @ RM96.00 = RM1,920.00 | Terms 30 days
        PO #PO-KLG-24119: 50kg beras wangi, 12 tin minyak masak 17kg, 6 ctn santan. Delivery Tues before 7am pls, use back lane entrance.
        Eh tauke, last month 3 invoice still not settle: INV 00412 RM2,340.50, INV 00431 RM1,188.00, INV 00457 RM965.20. Kindly pay by 15/12 ya, thank you.
        Credit note CN-0098 issued for 3kg prawn returned (not fresh, head black already). RM114.00 deducted from Nov statement.
        DO 778213 received: 18 ctn frozen chicken wing, 2 ctn short, driver signed, shop chop stamped. Pls send the balance with Thursday delivery.
        Price revision from 1/1/2027: kangkung RM4.80/kg, taugeh RM3.20/kg, cili padi RM22/kg due to monsoon flood. Sorry for the inconvenience.
        Statement of Account as at 30/11/2026: opening bal RM12,480.00, invoices RM8,912.40, payments (RM10,000.00), closing bal RM11,392.40.
        Boss, Lee Kum Kee oyster sauce 5kg out of stock this week, supplier offer Maggi brand same price, can or not?
        Kindly bank-in to our company account and WhatsApp the slip to our office line 03-7781 2200, put invoice no. as reference.
        e-Invoice UUID 9KQ2X7M1A4B8C6D0E3F5G validated by MyInvois on 2026-11-28T09:14:52+08:00, QR code printed at bottom of invoice.
        Standing order: Gardenia 40 loaves, Massimo 20 loaves, daily except Sunday, consignment basis, unsold bread collect back next morning.
        Quotation Q-3381 valid 14 days: 30L stainless steel stock pot RM289, gas burner (high pressure) RM450, exhaust hood 6ft RM3,200 incl. installation.
        Supplier Ah Chong Sayur Enterprise changed payment terms to COD from December, no more 30 days credit for small orders below RM300.
    """),
    ("en-SG", "roster and HR admin"): _lines("""
        Roster wk 50: AM (6am-2pm) 3 pax, PM (2pm-10pm) 3 pax, Sat/Sun add 1 part-timer. Off days pls chop in the group by Thurs.
        CPF contribution for employees aged 55 and below: employer 17%, employee 20% of wages up to the Ordinary Wage ceiling.
        Hi {name}, your shift on {date} is {start}-{end} at {outlet}. Reply YES to confirm or NO to release the slot.
        Part-timer rate $10/hr weekday, $12/hr weekend & PH, paid every 2 weeks via PayNow to your own registered number. Don't ask cashier to pay cash.
        All new food handlers must complete the Food Safety Course Level 1 within 1 month of joining, before handling ready-to-eat food.
        HR note: when you send MC, just photo it to the supervisor. No need to write the diagnosis in the group chat, staff medical info must be kept private.
        Services sector Dependency Ratio Ceiling is 35% and the S Pass sub-ceiling is 10%, so with 6 locals we can only hire 3 foreign staff max.
        25 Dec: stall open 7am-3pm only. Staff working on PH get either 1 day off-in-lieu or extra day pay, choose one and tell the supervisor.
        Shift swap only allowed if same role (cook with cook, cashier with cashier) and supervisor approve in the roster app.
        Annual leave: 7 days in first year, +1 day per year of service, max 14 days, as per the Employment Act.
        Uniform: black apron, cap must cover hair, no rings or watch when handling food, covered shoes only, no slippers in kitchen.
        Who took staff locker key no. 7 ah? Pls return to the drink stall counter before closing, thanks.
        Sample import CSV header: name,nric,mobile,role -> use dummy row <name>,SXXXXXXXA,9XXXXXXX,cook for testing only.
    """),
    ("en-SG", "food-safety SOP"): _lines("""
        Cooked rice cannot be left at room temp more than 4 hrs. Bacillus cereus spores survive cooking, so cool quickly and chill.
        Thaw frozen chicken in the chiller overnight, NEVER in the sink under running tap for hours.
        Colour-coded boards: red raw meat, blue seafood, green veg, yellow cooked food, white bread and dairy.
        Food poisoning SOP: 1) keep samples of the suspect food 2) record batch no. and supplier 3) notify SFA within 24 hrs 4) do not throw anything until SFA says ok.
        Sambal belacan: fry until oil splits, cool fast in shallow tray, store at 5°C or below, discard after 3 days.
        Raw-egg sauces like mayo and aioli: use pasteurised eggs only, make fresh daily, keep chilled.
        Ice machine: descale monthly, swab test for coliforms quarterly. Last result Sept: 0 CFU/100ml.
        Norovirus: any staff with vomiting or diarrhoea must stay off work until 48 hours after symptoms stop. Supervisor to replace from standby list.
        Allergen board must list peanut, shellfish, egg, milk, soy, wheat, fish and sesame. Laksa contains prawn and cockle, tell customer if they ask.
        Pest control service report #PC-88213: 2 cockroach sightings under the sink, gel bait applied, next visit 19/12/2026.
        Checklist template - Handler: ________  Date: ________  Chiller temp: ____ °C  Signed: ________
        Wash hands 20 sec with soap after touching raw meat, money, handphone or going toilet. If you handle cash, use tongs for food.
    """),
    ("en-MY", "customer reviews"): _lines("""
        Char kway teow here damn shiok, got wok hei, but RM12 for one plate quite pricey for Penang standard lah.
        Ate the nasi lemak at 8am, by 2pm stomach pain already. The sambal smell a bit sour. Pls check your stock, not nice one.
        Review ★☆☆☆☆ Fried rice got hair inside, told the auntie she just say 'aiya sorry' only. Won't come back.
        Complaint from GrabFood order GF-241126-8XK2Q: customer say chicken not cooked inside. Refund RM18.90 approved by merchant.
        Kopi C kosong peng RM2.20, teh tarik RM2.00, price up 20 sen since November because sugar and susu also naik.
        Is this stall halal certified? Got JAKIM logo or just the 'no pork no lard' sign only ah?
        Response from management: We sincerely apologise for your experience. The batch has been discarded and the matter reported to the District Health Office. - Restoran Kayu Manis, Bangsar
        Uncle Bob's Ice Kacang at Jalan Alor still the best ABC in KL, 30 years same taste.
        Restoran Raju in SS2 open 24 hrs, roti canai RM1.60, teh o ais limau RM2.50, parking susah after 8pm.
        Wah this laksa too salty and the cockles not fresh. Whole table also complain same thing, staff just shrug.
        Delivery came 1 hr late, food all cold, foodpanda order #t5qs-82jd already reported to support, still no reply.
        Google review reply template: Hi {reviewer}, thank you for your feedback. Please DM us your order number so we can look into it.
        Went Sunday lunch, queue 40 mins for the Hainanese chicken rice, worth it but the chilli not spicy enough for me.
    """),
    ("en", "hawker history and news"): _lines("""
        Singapore's hawker culture was inscribed on UNESCO's Representative List of the Intangible Cultural Heritage of Humanity in December 2020.
        From the late 1960s to the 1980s, street hawkers were resettled into purpose-built hawker centres as part of a nationwide licensing and clean-up drive.
        Minister for Sustainability and the Environment Grace Fu told Parliament that new hawker centres would continue to keep food prices affordable.
        Lau Pa Sat, the Victorian cast-iron market at Raffles Quay, was gazetted a national monument in 1973.
        Tan Tock Seng Hospital and Changi General Hospital treated 47 people after the bazaar food poisoning cluster, MOH said in a statement on Monday.
        JKN Johor issued a 14-day closure order under Section 11 of the Food Act 1983 to an eatery in Taman Molek after inspectors found rat droppings.
        Makansutra founder KF Seetoh has long campaigned for a hawker succession plan as the median age of hawkers rises.
        Anthony Bourdain praised the chicken rice at Maxwell Food Centre on his travel show, and the queues there have been long ever since.
        In 2016 Chan Hon Meng became the first street-food vendor to receive a Michelin star, for his soya sauce chicken rice stall.
        Phua Chu Kang's catchphrase was printed on tote bags sold at the hawker heritage fair at the Singapore Sports Hub.
        Penang's Gurney Drive hawker centre reopened after an RM3.5 million upgrade with new exhaust hoods and 120 stalls.
        Stallholders received rental waivers during the Circuit Breaker period from April to June 2020, when dine-in was banned.
    """),
    ("en", "POS and delivery logs"): _lines("""
        2026-12-04T12:31:07+08:00 POS-03 ORDER#A1187 items=3 total=15.80 SGD pay=NETS txn=0098812273 status=APPROVED
        [WARN] printer KITCHEN-2 offline, 4 chits queued (orders 1204-1207), retry in 30s
        GrabFood merchant app v5.212.0 (build 39812): menu sync failed, item 'Laksa (Large)' price mismatch 7.50 vs 8.00
        sha256(menu_v27.json) = caec3ae885c69809bd38ab3b8b268da7aea4a9a970380b54cb6936304763df9e
        Daily Z-report 03/12/2026: gross S$2,847.60, discounts S$41.20, GST 9% S$231.67, cash S$612.00, PayNow S$1,488.40, cards S$747.20
        Lalamove order LLM-SG-8827310042: pickup 10:45 Pasir Panjang Wholesale Centre Blk 13 -> Bedok 85 Market, van 1.7m, S$38.00
        QR menu link https://order.hawkerpos.sg/s/BDK85-0117, table number auto-filled from the QR sticker on each table.
        Error 4032: PayNow QR expired. Regenerate via Settings > Payments > Merchant UEN 201934512K.
        foodpanda payout batch FP-PO-2026-48: 312 orders, commission 30%, net S$4,102.55, credited T+7.
        Shopee order 2612034KX9Q1 (stainless steel tongs x10) shipped, tracking SPXSG028374651273, ETA 2-3 working days.
        Roster app export columns: staff_id, role, outlet, shift_start, shift_end, break_mins. Name, mobile and NRIC are excluded by default.
        KDS stats lunch peak: avg ticket time 6m42s, dinner 9m15s, 3 tickets over 20m flagged for review.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Roster Sat 6/12: AM Nur Farhana Bte Rosli (8123 4471), Kumar, Ah Lian; PM Jason Teo Wei Jie (9788 2036) + 1 part-timer. Anyone cannot make it PM me.
        New WP holder: dishwasher Pham Thi Lan, FIN G5521893K, WP expiry 14/03/2027, start Monday at the Yishun outlet.
        Pls update staff record: Chua Wei Ming, NRIC S8834172D, new address Blk 512 Bedok North Ave 2 #07-281 S(460512).
        Complaint: my son Ethan Koh (6 yrs) got food poisoning after eating your chicken rice at Stall 01-21 on 2 Dec, admitted to KKH, stool culture shows Salmonella. Call me at 9456 1187. - Mrs Koh
        Cook Muthu Krishnan s/o Ramasamy on MC 3 days for gastroenteritis, don't roster him for kitchen until the doctor clears him.
        Stallholder Lim Bee Hoon of #01-45 owes 3 months rent ($3,120). Final reminder sent to her home at Blk 124 Bedok North St 2 #10-115.
        Payslip Nov 2026 - Employee: Tan Ah Kow (S6907731E) | Basic $2,150 | OT 18h $290.25 | CPF (EE) $488.05 | Net $1,952.20
        Eh pay the fishball supplier already or not? Uncle Ho say PayNow to his own hp 9012 3375, name Ho Kah Seng.
        FHO cert holder: Rachel Ng Shu Min (S****712J), course passed 03/10/2026, pls keep a copy at the stall.
        Food handler Lee Chee Keong tested positive for Hepatitis A on 28 Nov, SFA directed that he be excluded from food handling until cleared.
        Hawker Ong Kim Huat, 58, was fined $4,500 in the State Courts on Tuesday for continuing to sell food at Ghim Moh Market while his licence was suspended.
        Fish supplier driver Rajesh Kannan, lorry GBC 4521 Y, hp 8790 2214, comes Tue/Fri 5.30am, wait for him at the loading bay.
        Boss wife Mdm Goh Siew Eng collects the cash box every night 10pm, her car SMK 7788 C black Vezel, let her park at the loading bay.
        Part-timer Aisyah Binte Kamal, 17, JC student, can only work Sat. Her mum's number is 9336 0482 in case of emergency.
        Tenancy transfer: outgoing tenant Seah Poh Choo, 71, had a stroke in Oct; incoming tenant is her son Seah Jun Wei, NRIC T0219456I.
        PRC cook Huang Jianming, passport EJ4471832, ID 350582198906142370, contract $2,900/mth + hostel, S Pass FIN G6140387L.
        WhatsApp grp 'Stall 17 ChickenRice' admin is Kelvin Sim +65 9178 4420, invoices pls email to kelvin.sim.cr88@gmail.com
        Refund for Mdm Rosnah Bte Yusof: card 4556 1234 0987 2215 exp 08/28, $23.40 for the spoilt mee rebus, pls process today.
        Catering: Jessie Lau (9720 5513) ordering 80 pax for her dad's 70th on 14 Dec at Blk 201 Tampines St 21 void deck. Dad is diabetic, less sugar for the dessert.
        Inspection finding: stall assistant Goh Boon Kiat (S7820931C) caught smoking inside the stall, offence notice issued on the spot.
        Dear Mr Yeo Chin Huat, your appeal against the suspension of the licence for Stall #01-09 Tiong Bahru Market has been rejected.
        Cashier Nurul Huda Bte Salleh on 5 days hospital leave after her miscarriage, pls don't tell the other staff.
        Hi boss, I'm Ravi Chandran the new cook. NRIC S9045516H, DOB 12/07/1990, PayNow to 8127 6630 can already.
        Mr Daniel Ho Wen Jie at table 5 found glass in his fish soup, cut his gum and went to A&E at SGH, refund to his card ending 3168.
        Mr Tan from the wanton mee stall, his HP 9611 0274, home Blk 335 Clementi Ave 2 #04-66, send the rent letter there.
        Pls send CPF statement for Lakshmi d/o Subramaniam, NRIC S8471203E, she is applying for HDB loan.
        Emergency contact for dishwasher Bui Van Thanh (FIN G7730412L): wife Tran Thi Mai, +84 912 345 678, Nghe An province.
        Tourist complaint form: Chan Siu Ming, HKID K482913(1), staying Hotel 81 Chinatown rm 312, diarrhoea after eating the chilli crab.
    """),
    "en-MY": _lines("""
        Pekerja baru: Nurul Aina binti Zakaria, IC 990314-10-5528, tel 012-745 3381, start Monday as cashier RM1,700.
        Tauke, supplier Ah Keong say bank-in to his personal Maybank acct 5142 6612 3345, name Lim Ah Keong, not the company one.
        Complaint to JKN: after eating at the restoran on 20/11, my wife Farah Diana bt Hashim and 2 kids vomit and diarrhoea, all admitted Hospital Sungai Buloh. My hp 019-338 2471.
        Kak Yati (Noriyati binti Sulaiman) from the nasi lemak stall is a hepatitis B carrier, JKN asked her to bring doctor clearance before renewing her typhoid card.
        Staff Arumugam a/l Perumal, IC 880412-14-5523, salary RM2,200 + OT, EPF no. 18273645, start 1 Dec.
        Driver Ismail, lorry JKL 5821, hp 011-2874 9930, delivers ayam every morning 6am to our kedai in Taman Daya.
        Dear Encik Mohd Faizal bin Rahman, your gerai lease at Medan Selera Seksyen 7 is terminated due to 4 months arrears (RM1,400). Address: No. 23, Jalan Kristal 7/63, 40000 Shah Alam.
        My mother Madam Wong Ah Moi, 78, choked on a bone at your stall, Hospital Pulau Pinang says aspiration pneumonia. I want the CCTV. - Wong Kok Leong, wongkl1978@yahoo.com
        Worker Md Rafiqul Islam, passport BW0781245, permit expires 02/2027, staying at the hostel No. 5 Lorong Haji Taib 3, KL.
        Pls charge card 5203 1877 4402 3168 (cardholder TAN MEI YEE) for catering deposit RM500, CVV I send separately.
        Boss, Siti Hajar's husband called, she cannot come 2 weeks, got dengue, admitted Hospital Ampang. Her IC 950827-07-6284 for the SOCSO form.
        Chef Low Chee Meng, 44, of Taman Bukit Maluri, pleaded guilty at the Kuala Lumpur Magistrate's Court to assaulting a co-worker with a wok ladle.
        Salary advance approved for Ah Seng (Teh Kim Seng) RM800, deduct RM200/month from Jan, his son's hospital bill.
        Gerai no. 17 Pasar Malam Taman Connaught, owner Chong Mei Fong, 016-551 2093, WeChat meifong_ckt88
        Sorry boss late today, my daughter Alya Sofea (Darjah 2, SK Taman Melawati) fever 39.5, bring her to klinik first. - Zaleha, dishwasher
        Supplier rep Gan Teck Hoe on leave 3 weeks for heart bypass, his own hp 012-668 4410, only call if urgent.
        Typhoid jab record: LIM SOO HAR, MyKad 010315-10-1147, Klinik Kesihatan Kelana Jaya, dose 02/12/2026.
        Roster Bazar Ramadan Kg Baru: Hafiz Azman (013-992 4107) jaga air, Zul & Amir goreng, Puan Rohani Ismail pegang duit.
        Customer Mr Chandran Pillai left his Touch 'n Go card and IC at table 8, IC 820921-08-5371, call him at 012-309 7716.
        HR memo: kitchen helper Suresh a/l Maniam dismissed 28/11 after caught stealing 3 trays of chicken, police report made at IPD Brickfields.
        Vendor form - Owner: Lee Siew Ping; MyKad: 680219-07-5246; Address: 12, Lorong Sungai Pinang 5, 11600 Penang; Bank: CIMB 8007719264.
        Our Bangladeshi cook Abdul Karim's wife just delivered, he flying back to Sylhet 10 Dec, flight BS 343, his passport BX4408127.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Hup Lee Chicken Rice (Stall 01-21). Be polite and log complaints for the owner.",
        ),
        ("user", "hello ur chicken rice got problem!! whole family lao sai since last nite"),
        (
            "assistant",
            "We're very sorry to hear that. Could you tell us when you bought the food and what you ordered?",
        ),
        ("user", "2 Dec dinner, 3 packet roast chicken rice + 1 soup"),
        (
            "assistant",
            "Thank you. Is anyone seeing a doctor? We will report this to SFA and keep the batch records.",
        ),
        (
            "user",
            "my husband Alvin Soh went polyclinic, doc say food poisoning, gave him 2 days MC. u call him 9844 7120",
        ),
    ],
    [
        ("system", "You are RosterBot for Kopi Lah Group. Help staff view and swap shifts."),
        ("user", "hi can swap my sat PM with sunday AM?"),
        (
            "assistant",
            "Sure, please give me your staff name and the last 4 characters of your NRIC.",
        ),
        ("user", "Lee Xin Yi, 874E"),
        (
            "assistant",
            "Thanks Xin Yi. Sunday AM at Toa Payoh outlet has 1 open slot. Shall I confirm the swap?",
        ),
        ("user", "yes pls, i need sat off cos my chemo appointment at NCCS moved"),
    ],
    [
        ("user", "How do I appeal for rent waiver for my hawker stall?"),
        (
            "assistant",
            "You can write to the centre's managing agent or NEA with the reason, supporting documents, and your stall number.",
        ),
        (
            "user",
            "ok can help me draft. I am Koh Ah Lek, stall 01-63 Whampoa Makan Place, NRIC S9312874E",
        ),
        ("user", "reason: I had heart attack in Sept, closed 2 months, now owe $2,400"),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, I am writing to appeal for a waiver of rental arrears for Stall 01-63...'",
        ),
    ],
    [
        ("system", "You help a small Malaysian F&B business prepare supplier payments."),
        ("user", "need to pay sayur supplier today RM1,560"),
        ("assistant", "Please share the supplier's bank details as shown on the invoice."),
        (
            "user",
            "he dont have company acct, pay to his own one: Public Bank 6402817735, Tan Boon Chai",
        ),
        ("user", "his IC 700902-07-5149 also, bank ask for it"),
        (
            "assistant",
            "Noted. For amounts like this, please double-check the account name matches before transferring.",
        ),
    ],
    [
        ("user", "how to write letter to say my worker cannot handle food for a while"),
        (
            "assistant",
            "You can state the staff's role, the period of restriction, and the reason in general terms. Do you want a template?",
        ),
        ("user", "ya but put the real details la"),
        (
            "user",
            "worker name Sri Wahyuni, FIN G8823016M, she got typhoid, doctor at NUH say cannot touch food until 3 stool tests negative",
        ),
        ("assistant", "Understood. I will keep the medical detail brief in the letter."),
    ],
    [
        ("user", "catering order for Sat, 60 pax, mee siam + curry puff"),
        ("assistant", "Great! What's the delivery address and contact number?"),
        ("user", "Blk 88 Zion Rd #12-"),
        ("user", "#12-34 S(160088), contact my wife 9"),
        ("user", "sorry 9173 6628, her name is Pauline Wee"),
        (
            "assistant",
            "Got it, delivery on Saturday to the Zion Road address, we will call her 30 mins before arrival.",
        ),
    ],
    [
        (
            "system",
            "You are an HR assistant for a Malaysian restaurant group. Draft formal letters in English.",
        ),
        (
            "user",
            "Draft show cause letter for staff: Mohd Hafiz bin Jamal, IC 971128-41-6031?? no wait his IC is 971128-14-6031",
        ),
        ("assistant", "Sure. Which incident should the letter refer to?"),
        (
            "user",
            "He came to work drunk on 29 Nov and scalded the dishwasher with hot oil. Dishwasher is ok now.",
        ),
        (
            "assistant",
            "Here is a draft show cause letter addressed to Mohd Hafiz bin Jamal regarding the incident on 29 November...",
        ),
    ],
    [
        ("user", "Is it ok to keep customer complaint records with IC numbers?"),
        (
            "assistant",
            "Only collect what you need. Usually a name and contact number are enough; IC numbers should not be collected unless required by law.",
        ),
        (
            "user",
            "ok so for this one I just keep: Puan Norliza Abdullah, 017-228 6154, complaint about food poisoning after kenduri catering 30/11, she hospitalised at HTAA Kuantan",
        ),
        (
            "assistant",
            "That's reasonable. Store it securely and limit access to staff handling the complaint.",
        ),
    ],
    [
        (
            "system",
            "Complaint record #C-2026-1187 (internal): complainant Vincent Yap Kok Wai, 9602 1845, vincent.yap.kw@outlook.com, reported vomiting after eating oyster omelette at stall 02-17 on 1 Dec.",
        ),
        ("user", "Summarise this complaint for the SFA report, keep it short."),
        (
            "assistant",
            "On 1 Dec, a customer reported vomiting after eating oyster omelette from stall 02-17. Batch and supplier records are being retrieved.",
        ),
    ],
    [
        ("user", "nak tanya, if my stall assistant leave, need to cancel registration?"),
        (
            "assistant",
            "Yes, you should update the assistant registration in the Hawkers' Portal when an assistant stops working at your stall.",
        ),
        ("user", "ok. she is my niece, Tay Hui Min"),
        (
            "user",
            "she moving to JB with her new husband, address 18 Jalan Harmonium 23/5, Taman Desa Tebrau, 81100 Johor Bahru, in case need to send letter",
        ),
        (
            "assistant",
            "Thanks. No letter is needed for cancellation; you can do it online with your Singpass.",
        ),
    ],
]
