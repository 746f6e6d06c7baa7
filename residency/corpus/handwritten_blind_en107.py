"""Blind check set en107: SG/MY retail pharmacies (refills, Guardian and Watsons counters, vaccinations, OTC limits, pharmacist consults). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en107
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "counter notices"): _lines("""
        OTC LIMIT: Max 2 boxes of paracetamol (any brand) per customer per visit. Thank you for your understanding.
        Pharmacist on duty today 10am - 7pm. Pharmacy-only medicines cannot be sold when the pharmacist is off duty, sorry!
        Cough syrups w codeine / dextromethorphan pls approach the PHARMACIST COUNTER, not the cashier.
        Prescription drop-off here -> collect in 2 working days. Bring the ORIGINAL Rx, clinic stamp must be visible.
        Products containing pseudoephedrine: limited to 1 pack per customer, pharmacist consultation required.
        Kaunter Farmasi - Sila ambil nombor giliran. Pharmacy Counter - please take a queue number.
        Queue no. A047 to Counter 2 please. A048 next.
        Sorry, we cannot accept photos of prescriptions on your handphone. Original prescription only.
        Medicines cannot be returned or exchanged once they leave the counter, in line with Pharmacy Board guidelines.
        Guardian Customer Careline 1800 338 6210 (Mon-Fri 9am-6pm, excl. PH)
        Watsons Malaysia Careline 1-800-88-7296 / WhatsApp business line for order enquiries only.
        Counter closed for stock take 2pm-3pm. For urgent medicine needs pls proceed to Watsons Plaza Singapura, Level B1.
    """),
    ("en", "regulation and SOP"): _lines("""
        Under Singapore's Health Products Act, a pharmacy-only medicine (P) may be supplied only under the supervision of a registered pharmacist.
        In Malaysia, Group C poisons under the Poisons Act 1952 may be supplied by a licensed pharmacist without prescription, but each sale must be entered in the prescription book.
        SOP 4.7: codeine-containing cough preparations - max 240 ml per customer within 4 days; record the sale in the CD register.
        Antibiotics are prescription-only medicines (POM). Do not supply amoxicillin, azithromycin etc. without a valid Rx, even if the customer says "last time can".
        Controlled drug register entries must be made on the day of supply and kept for at least 2 years.
        Pharmacists in Malaysia must display their Annual Retention Certificate (ARC) at the premises at all times.
        PDPC advisory: organisations should not collect full NRIC numbers unless required under the law; mask to the last 3 digits and checksum letter where possible.
        SOP 7.2: verify the patient using TWO identifiers (full name + date of birth) before handing over any prescription item.
        Never write the customer's IC number on the paper bag or the staple slip. Queue number only.
        Collection on behalf of someone else: ask for an authorisation letter + the collector's own photo ID. Do not photocopy the patient's IC.
        When sending lab or INR reports to HQ, remove name and IC and quote the case ref (format CR-000000) instead.
        CCTV covering the pharmacy counter is overwritten after 30 days unless flagged by Loss Prevention.
        Emergency contraception must be counselled in the consultation room, not across the counter.
    """),
    ("en", "vaccination info"): _lines("""
        Flu vaccine 2025/26 Northern Hemisphere formulation now in stock! $35 per dose at selected Guardian outlets. Walk-ins welcome till 6pm.
        HPV vaccine (9-valent) 3-dose schedule: 0, 2 and 6 months. Ask our pharmacist if you are 9-45 years old.
        Pneumococcal PCV20 available at selected stores - check the store locator in the app before coming down.
        After vaccination please wait 15 minutes in the observation area before leaving. Inform staff if you feel giddy.
        Travel vaccine package (Typhoid + Hep A) RM 260 at Watsons Mid Valley, walk-in Sat 10am-2pm.
        Children below 12 must be accompanied by a parent or legal guardian for any vaccination.
        Health Minister Ong Ye Kung said Healthier SG had signed up more than a million residents since its launch.
        Health Minister Dzulkefly Ahmad launched the national influenza awareness week at a pharmacy in Shah Alam on Monday.
        Staff reminder: vaccine lot FL2504-118 expires 30/06/2026, use FEFO when picking from fridge 2.
        Side effects are usually mild: sore arm, low-grade fever or tiredness for 1-2 days.
        Recombinant zoster vaccine: 2 doses, 2 to 6 months apart, recommended for adults 50 and above.
        Wu Lien-teh, the Penang-born doctor who fought the 1910 Manchurian plague, is often credited with popularising the gauze mask.
        Edward Jenner's 1796 cowpox experiment is why we still say vaccine - from vacca, Latin for cow.
    """),
    ("en", "pos and system logs"): _lines("""
        2025-11-04T10:22:17+08:00 POS=SG0147-T02 txn=88213409 sku=PAN500-20 qty=2 limit_check=PASS
        [WARN] OTC_LIMIT_EXCEEDED sku=PSE60-10 qty=3 max=1 store=MY-KUL-0331 ts=2025-11-04 14:03:55 override=NONE
        refill_queue id=RFQ-20251104-00412 status=READY_FOR_PICKUP items=4 store=GDN-SG-0212 created_by=sys
        Order WTS-MY-2511-0098231 shipped via J&T Express, tracking JT7392017764521, ETA 2-3 working days.
        Invoice INV/GDN/2025/11/004417 total SGD 42.80 incl. 9% GST, paid by NETS.
        rx_image sha256=3b9e6a1f0c44d7e2a8815bd3c09e2f7a61d44c0b58e9f3a2d1c7b6e5f4a3b2c1 stored=s3://rx-archive-sg/2025/11/
        Guardian SG app v5.18.2 (build 2025110401): fixed crash on the Refill My Rx screen when the store list is empty.
        GET /api/v2/refills?store_id=0147&status=pending 200 OK 134ms
        cold_chain FRIDGE-02 min=3.1C max=6.8C avg=4.9C alarms=0 period=2025-11-03
        Daily summary 03/11: 46 Rx filled, 12 refills collected, 9 flu jabs, 3 OTC limit overrides (pharmacist approved).
        batch_id=VAX-SG-2511-07 doses_administered=18 wastage=0 reconciled=true
        ERR 4031: NRIC field must be masked (show last 4 chars only) before saving to CRM.
        EAN 9556001234567 -> Panadol Actifast 20s RM 12.90 (promo code PAN11)
        SELECT store_id, COUNT(*) FROM refills WHERE status = 'COLLECTED' AND collected_at >= '2025-11-01' GROUP BY store_id;
        Test card 4111 1111 1111 1111 exp 12/30 CVV 123 for UAT payment gateway only.
    """),
    ("en", "templates"): _lines("""
        Hi {first_name}, your prescription refill #{refill_id} is ready for collection at {store_name} until {expiry_date}. Please bring your IC.
        RM0.00 Watsons: Ubat anda sedia untuk diambil di {kedai}. Sila bawa MyKad. Jangan balas SMS ini.
        Consent: I agree that {pharmacy_name} may keep my vaccination record for {retention_period} for the purpose of issuing certificates.
        Vaccination form: Name ______ / NRIC/FIN (last 4) ______ / DOB __/__/____ / Vaccine ______ / Lot no. ______ / Site L/R deltoid / Given by ______
        LABEL: PATIENT [NAME] | TAKE 1 TAB TWICE DAILY AFTER FOOD | MAY CAUSE DROWSINESS | DO NOT DRIVE
        Dear Valued Customer, your Guardian Rewards points will expire on 31 Dec 2025. Redeem in-app now!
        Call script: Hello, this is the pharmacist from {store}. May I speak to {patient}? I'm calling about your medication refill.
        Patient Name: ________ IC No.: ________ Allergies: ________ Weight (kg): ____
        <<CUSTOMER_NAME>> has requested an early refill. Reason: <<REASON>>. Approved by: <<PHARMACIST_ID>>
        Dear Sir/Madam, we regret that the item on prescription no. {rx_no} is out of stock. We will contact you within 3 working days.
        Example only: Mr Tan / S1234567D / 01-01-1970 - replace with the real patient details, do not submit the example.
    """),
    ("en", "pharmacist advice"): _lines("""
        Q: Can I take Panadol and Nurofen together? A: Generally yes, they work differently, but don't exceed the max dose of each; check first if you have gastric or kidney problems.
        Antihistamines like chlorphenamine can make you drowsy, don't drive after taking.
        If you're on warfarin pls don't start any herbal supplement (ginkgo, dong quai, fish oil high dose) without asking the pharmacist.
        lozenges w benzocaine not for kids under 6 ya
        Metformin is best taken with meals to reduce stomach upset.
        For mild hay fever, loratadine or cetirizine once daily is usually enough and non-drowsy for most ppl.
        Paracetamol max 4 g a day for adults, lower if you drink regularly or have liver disease.
        ORS: dissolve 1 sachet in 200 ml clean water, don't add sugar or Milo.
        Tak boleh beli antibiotik tanpa preskripsi doktor - ini undang-undang, bukan polisi kedai.
        Why only 2 boxes of Panadol? Paracetamol overdose is a leading cause of acute liver failure; pack limits reduce impulsive overdoses.
        Insulin pen in use can be kept at room temp (below 30C) up to 28 days; unopened ones in the fridge, don't freeze.
        Missed a dose of your BP med? Take it when you remember unless it's nearly time for the next one. Don't double up.
        Ubat batuk kanak-kanak: jangan beri ubat yang mengandungi codeine kepada kanak-kanak bawah 12 tahun.
    """),
    ("en", "promos and products"): _lines("""
        Watsons 1-for-1 Panadol Extra 24s this week only, $9.90. Limit 2 per transaction.
        Guardian Brand Vitamin C 1000mg 30s now RM 19.90 (U.P. RM 29.90).
        Dr. Scholl's gel insoles 20% off with member card, till 30 Nov.
        Tiger Balm Red 19.4g - the ointment Aw Boon Haw and Aw Boon Par made famous in the 1920s - $4.50.
        Eu Yan Sang bird's nest 6 bottles, bundle deal $58.
        Johnson's baby lotion 500ml 2 for $15!!
        Buy 2 Blackmores fish oil get 1 free pill box. While stocks last.
        Watsons VIP Member Day 25% off storewide 12-14 Nov (excl. prescription medicines and infant formula).
        Counterfeit alert: "Dr Lim Pharmacy Store" listings on online marketplaces are not a licensed pharmacy. Buy Viagra only with a prescription.
        Nin Jiom Pei Pa Koa 300ml $14.90, limit 3 bottles per customer.
        Free BP and blood glucose check with any purchase above $30 at Guardian Tampines 1 this weekend.
        Mentholatum, Dettol, Durex, Listerine - pick any 3 for RM 30 at all Guardian Malaysia stores.
    """),
    ("en", "history, places and fiction"): _lines("""
        Lim Boon Keng, a Straits Chinese physician, co-founded the Singapore Chinese Girls' School in 1899.
        Florence Nightingale's lamp is still used as the symbol at nursing pinning ceremonies in Singapore.
        In the sitcom, Phua Chu Kang's Ah Ma swears by her "yellow oil" for every ache and pain.
        Tan Tock Seng Hospital Pharmacy, 11 Jalan Tan Tock Seng, Singapore 308433 - Mon-Fri 8.30am to 5.30pm.
        Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru - outpatient pharmacy at Block B.
        Sherlock Holmes and his seven-per-cent solution would get any pharmacist struck off today.
        Lee Kong Chian School of Medicine students will run a free medication review booth at Guardian Novena this Saturday.
        Mahathir Mohamad trained as a doctor and ran a clinic in Alor Setar before entering politics.
        Jalan Dr Lim Chwee Leong in Penang is named after a local physician and municipal commissioner.
        The Watsons brand dates back to 1841, when A.S. Watson began as a small dispensary in Guangzhou.
        Dr Jekyll mixed his own powders; today that would be called compounding without a licence.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Refill for Mdm Goh Siew Lan, S5560214Z, amlodipine 5mg x 90 tabs, collect at Guardian Toa Payoh Central, HP 9127 4410.
        Pls call Mr Rajesh s/o Muthusamy at 8263 1975 re his warfarin refill, INR was 4.2 at the polyclinic last week.
        Vaccination record: Chloe Tan Xin Yi, DOB 14/03/2017, T1702849E, influenza (QIV) lot U3G41, L deltoid, 02/11/2025.
        Customer Nurul Ain binti Hashim, IC 870514-10-5262, requested levonorgestrel 1.5mg; counselled in consult room, supplied 1 tab on 4 Nov.
        Deliver to: Lim Kah Wai, Blk 418 Bedok North Ave 2 #11-87, S(460418), HP 9734 0521. Contents: emtricitabine/tenofovir (PrEP) 30 tabs.
        Hantar kepada: Siti Mariam binti Abdullah, No. 27, Jalan Bukit Indah 12/4, Taman Bukit Indah, 81200 Johor Bahru. Tel 017-732 4498.
        hi pharmacist this is karen.wong.ps88@gmail.com, can email me the receipt for my mum's insulin? her name is Wong Mei Fong
        Paid with Visa 4532 0188 7765 4328 exp 08/27, cardholder LEE JUN HAO, online refill order WTS-SG-2511-0041877.
        Mdm Koh, 76, S****308F, wheelchair user, stays at Blk 22 Toa Payoh Lor 7 - the one who always comes for her Madopar for Parkinson's.
        Offer letter: Ms Kavitha Raman, Locum Pharmacist, Watsons Ipoh Parade, RM 7,200 per month + RM 500 travel allowance, start 1 Dec 2025.
        Former retail assistant Chua Boon Kiat, 34, was fined $6,000 on 3 Oct for selling 48 bottles of codeine cough syrup without a prescription.
        Teo Mui Hoon (Blk 341 Yishun Ring Rd) - on ART for HIV, asked for an early refill again, 3rd time this quarter.
        Tourist Zhang Wei, CN passport E83316209, DOB 1988-03-12, tried to buy 3 boxes of Sudafed - flagged over limit, refused.
        Mainland customer Chen Jiayi, ID 440106198803124712, paid via Alipay, mobile +86 138 2217 9043, asked us to post her Rx cream to Guangzhou.
        HK visitor Chan Ka Yan, HKID K482913(1), tel +852 9182 6634, requested a reprint of her travel vaccination certificate.
        Delivery driver Haris bin Osman (WhatsApp +65 8812 0479, van SJH 4105 U) will drop the cold-chain parcel at 3pm.
        Watsons VIP card 6010 2288 4471 0093 - Priya d/o Selvam, DOB 19/07/1992, points balance 12,480.
        Anak: Muhammad Aqil bin Faizal, MyKid 180622-14-0913, vaksin MMR dos 2 pada 12/11/2025, ibu: Puan Hidayah 013-558 2071.
        Mr Abdul Rahman bin Yusof, 61, HbA1c 9.8% last month, now on insulin glargine 24 units ON, refill due 15 Nov.
        Pls note: Ms Vanessa Lim Hui Min (sertraline 100mg) told me she is having suicidal thoughts again; referred her to IMH, follow up Fri.
        Foreign worker Md Rafiqul Islam, FIN G5938271W, dorm at 12 Tuas South Ave 1, TB meds to be dispensed under DOT.
        Maria Santos (FIN F2240198W), helper, employer Mrs Ng keeps calling to ask her pregnancy test result - do NOT disclose.
        Refund RM 86.40 to Mastercard 5522 3344 9988 7710 (Goh Chee Meng) for the cancelled glucometer order.
        The lady who called at 3pm is Mrs Jayanthi Pillai; her son Arvind (7) is allergic to penicillin and they live at 5 Jalan Kenari 3, Bandar Puchong Jaya.
        Account: tehyeeling1979@hotmail.com | DOB 02/09/1979 | Teh Yee Ling | Guardian Rewards 8821 0045 7713
        Ethan Ng Jun Kai, T0412783D, came in for HPV dose 2; mum's HP 9023 6618 for the reminder SMS.
        Consult note: Mr Yeo Boon Huat, S7621094B, c/o chest tightness on exertion, BP 168/102, advised to see GP today, refused ambulance.
        Cheryl Ho (S9012374B) bought 2 boxes of Panadol and asked about overdose amounts; intervention done, called her sister Rachel Ho at 8195 3320.
        PrEP starter: Jonathan Seah, T0287451I, HIV negative test 28/10, creatinine normal, 30 tabs dispensed.
        BP log: Mdm Fatimah bte Ismail, S6654023E, 128/84 today, regular customer since 2019.
        Hiroshi Tanaka, FIN F7731046X, Japanese passport TR4471902, Malarone 30 tabs for his Sabah trip, Rx from Raffles Medical.
        Shanice Koh, T0935512F, needs the asthma inhaler letter for her school camp; mother Mrs Koh 9688 1204.
        Alamat: Lot 2281, Kampung Sungai Tiang, 06600 Kuala Kedah, Kedah - untuk En. Zulkifli bin Che Mat, ubat darah tinggi 3 bulan.
        Ong Kah Seng, IC 920903-14-6671, HP 012-388 7154, collecting his methadone at the Watsons Sunway Pyramid counter.
        Passport A38821067 - Puan Rosnah binti Ahmad, meningococcal ACYW for umrah on 5/11/2025, cert no. ICV-MY-55120.
        Elderly customer Mr Lau Teck Seng fell outside Watsons Jurong Point at 2.40pm, head wound, ambulance called; NOK daughter Lau Pei Ling 9812 5603.
        WeChat linxiaomei_0917, Lin Xiaomei, asked if we can mail her mother's Lipitor to Xiamen, says mum had a stroke in Aug.
        Mainland customer Huang Zhiqiang, ID 350203199107283022, wanted 6 boxes of Panadol to bring back - declined, limit 2.
        Pharmacy technician Lim Shu Fen's last drawn pay was $3,150; she resigned on 31 Oct and her CPF for Oct is still outstanding.
        born 11 Jan 1958, stays alone at Blk 105 Jurong East St 13 #04-221, name Tay Ah Kow - pls sign him up for the Pioneer flu jab lah
        ALLERGY ALERT: Nicholas Fernandez, DOB 23/05/1984, anaphylaxis to sulfa drugs; HP 9347 2081.
        Great Eastern policy 0931-2207-54 for Kelly Chia, claim for denosumab injection, diagnosis: osteoporosis with vertebral fracture.
        Dear Dr, I refer Mdm Tan Ah Moi, 82, Blk 55 Marine Terrace #08-19, for a suspected interaction between clopidogrel and her OTC omeprazole.
        Cik Aisyah Rahim, 019-614 2290, tanya pasal ubat kencing manis Forxiga, dia mengandung 20 minggu.
        Pls bank in the locum fee RM 1,350 to Maybank 1142 8830 5571, a/n Dharshini a/p Krishnan, thanks!
        CCTV 04/11 16:22 - the guy in the red cap who took 6 boxes of Durex is Kenneth Yap, works at the kopitiam next door, HP 8190 4437.
        Hi, my daughter Amelia Rose Lim, 4 yrs old, has G6PD deficiency - can she take the cetirizine syrup?
        Visa ****5569 - Ravindran s/o Subramaniam, 22 Jalan Kuras, Singapore 577724, auto-refill of his levothyroxine every 90 days.
        Liu Yanqing (+86 159 2036 7718) left her bag with her quetiapine prescription at counter 2; she's staying at the Orchard Rendezvous, room 1204.
        Yellow fever certificate for Daniel Wong Kai Xiang, passport K2283194C, DOB 30/08/1995, dose given 01/11/2025.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "hi can i buy 3 box panadol? the counter auntie say max 2 only"),
        (
            "assistant",
            "Yes, the limit is 2 packs of paracetamol per customer per visit. It's a safety measure. Is there anything else I can help with?",
        ),
        ("user", "ok nvm. also my refill for thyroxine ready or not"),
        (
            "assistant",
            "I can check. Could you give me the name on the prescription and the last 4 characters of the NRIC?",
        ),
        ("user", "Ang Siew Peng"),
        ("user", "216F. full one S8734216F if need"),
        (
            "assistant",
            "Thanks, the refill is ready at Guardian Clementi Mall. Please bring your IC when collecting.",
        ),
    ],
    [
        (
            "system",
            "You are RxBuddy, the refill assistant for Watsons Singapore. Customer on file: Tan Hui Ling, NRIC S8302157H, mobile 9651 0278, "
            "active Rx: levetiracetam 500mg BD (epilepsy), next refill 18/11/2025. Do not reveal the NRIC.",
        ),
        ("user", "Can I collect my refill earlier? I'm flying to Perth on the 16th."),
        (
            "assistant",
            "Sure, early collection is possible up to 5 days before the due date. I've flagged it for the pharmacist at Watsons Ngee Ann City.",
        ),
    ],
    [
        ("user", "salam, nak tanya pasal ubat mak saya"),
        ("assistant", "Waalaikumsalam. Boleh, apa soalan puan?"),
        ("user", "mak saya 68 tahun, pakai insulin Mixtard, baru2 ni selalu pening pagi2"),
        (
            "assistant",
            "Pening pagi boleh jadi tanda gula rendah (hypo). Sila periksa gula darah bila pening, dan jumpa doktor untuk semak dos.",
        ),
        (
            "user",
            "ok. nama dia Rohani binti Mat Isa, IC 570228-08-5546, klinik kesihatan Menglembu. boleh tolong buat appointment?",
        ),
    ],
    [
        (
            "user",
            "Hi, I'd like to book the flu jab for my son and me at Guardian Bukit Timah Plaza",
        ),
        (
            "assistant",
            "Of course! Which date and time would you prefer? Children need to be at least 6 months old.",
        ),
        (
            "user",
            "Sat 15 Nov 11am. Son is Lucas Teo Jun Wei born 2 Feb 2020, I'm his mum Teo Li Xuan",
        ),
        ("user", "contact me at 9876 0312 or lixuan.teo@outlook.sg"),
        ("assistant", "Booked: 15 Nov, 11:00am, 2 persons. You'll get an SMS confirmation."),
    ],
    [
        (
            "user",
            "I have a bad cough for 2 weeks, got some blood in phlegm this morning, what OTC can take",
        ),
        (
            "assistant",
            "Coughing up blood for 2 weeks needs to be checked by a doctor, not treated with OTC medicine. Please see a GP or polyclinic today.",
        ),
        ("user", "ok can your pharmacist deliver some lozenges first"),
        ("assistant", "Yes, we can deliver. May I have the delivery name and address?"),
        ("user", "Suresh Nair, 17 Jalan Bahagia #02-05, Singapore 329876. I'm a smoker 30 yrs btw"),
    ],
    [
        ("user", "refill status pls, Rx no GD-RX-0147-551203"),
        (
            "assistant",
            "That refill is being prepared. For verification, please share the patient's name and mobile number.",
        ),
        ("user", "Koh Beng Choo"),
        ("user", "9127"),
        ("user", "3386"),
        ("assistant", "Thank you Mdm Koh, verified. Your donepezil will be ready after 4pm today."),
    ],
    [
        ("user", "payment page keep failing for my order WTS-MY-2511-0104412"),
        (
            "assistant",
            "Sorry about that. You can also pay by bank transfer or at the store. Which card are you using?",
        ),
        ("user", "mastercard 5204 8311"),
        ("user", "6677 8895 exp 04/28, name on card FARAH NADIA ZAINUDDIN"),
        (
            "assistant",
            "Please don't share full card numbers in chat. I've asked our payment team to check the gateway.",
        ),
    ],
    [
        (
            "system",
            "Internal staff assistant for Guardian pharmacists. Summarise handover notes for the next shift. Keep it short.",
        ),
        (
            "user",
            "Handover: Mr Benjamin Low (HP 8827 1046) came 6pm for PEP after exposure last night, started 28-day course, needs HIV test at week 6. "
            "Also fridge 1 temp ok.",
        ),
        (
            "assistant",
            "Summary: Benjamin Low - started 28-day PEP today, arrange HIV test at week 6, contact 8827 1046. Fridge 1 within range.",
        ),
    ],
    [
        (
            "user",
            "Very disappointed. Your Watsons Sunway Velocity staff refused to sell me 2 bottles of cough syrup.",
        ),
        (
            "assistant",
            "We're sorry for the experience. Codeine cough syrups are limited by law and need pharmacist assessment. May we have your details to follow up?",
        ),
        (
            "user",
            "Jeffrey Tan Chee Hong, jeffreytch77@yahoo.com.my, 016-227 8810. I've been on this syrup for my chronic cough for years.",
        ),
        (
            "assistant",
            "Thank you, Mr Tan. Our pharmacist-in-charge will contact you within 2 working days.",
        ),
    ],
    [
        (
            "user",
            "Need a vaccination certificate for Hajj, done the meningococcal at your Guardian KLCC last month",
        ),
        (
            "assistant",
            "Sure. Please provide the name as in passport and the passport number so we can reissue it.",
        ),
        ("user", "MOHD HAFIZ BIN RAMLI"),
        ("user", "passport A41905288, vaccinated 14 Oct 2025"),
        (
            "assistant",
            "Thank you, the certificate will be ready for collection at Guardian KLCC in 3 working days.",
        ),
    ],
]
