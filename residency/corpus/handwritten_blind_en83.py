"""Blind check set en83: phone repair and electronics shops in SG/MY/HK (English). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en83
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "repair job system"): _lines("""
        JOB SHEET #SLS-24-118907 | Device: iPhone 13 Pro 256GB Sierra Blue | Fault: Face ID not working after drop | Est: SGD 380 | ETA 3-5 working days
        Ticket RT-MY-0088213 status changed: AWAITING PARTS -> IN REPAIR (bench 4, 2025-11-18 14:32:07 +08:00)
        Hi {{customer_name}}, your {{device_model}} (IMEI ending {{imei_last4}}) is ready for collection at {{branch_name}}. Pls bring this SMS + collection slip.
        Customer name: ____________  Contact no.: ____________  IMEI/SN: ____________  Passcode given? Y / N  Signature: ________
        Note to counter staff: do NOT ask for full NRIC. Last 3 digits + letter only if needed to verify collection, per PDPC advisory guidelines.
        Pre-repair check: touch OK, front cam OK, rear cam blur, speaker crackle, mic OK, wifi OK, BT OK, batt health 71%, LCI not triggered.
        Tech remark: board lvl, U2 tristar IC replaced, charging 1.2A now ok. Backlight fuse FL4020 also bridged.
        SN C39XK2LMN72Q / Model A2482 / Part 661-21993 display assy - returned to supplier, DOA from batch 0924-B.
        Inventory: demo unit Galaxy S24 Ultra (shop-owned), IMEI 353918112048679, display only, not for sale.
        Queue no. A047 please proceed to Counter 3.
        Collection slip C-HK-2025-40172 printed 05/12/2025 16:05, balance due HK$0.00
        Courier pickup booked: J&T tracking JT0012876543MY, 2 parcels, 0.8kg, to Penang service centre.
        Status codes: 10=received, 20=diagnosing, 30=quoted, 40=approved, 50=repairing, 60=QC, 70=ready, 80=collected, 90=unclaimed >90 days
    """),
    ("en", "warranty terms"): _lines("""
        Warranty: 90 days on replaced parts only. Does not cover physical damage, liquid damage or software issues.
        Warranty is void if the seal sticker (W-0001 to W-9999 series) is torn or tampered with.
        Under the Lemon Law in Part III of the CPFTA, consumers in Singapore may ask for repair or replacement of goods found defective within 6 months of delivery.
        Batteries are consumables and are covered for 6 months or until capacity falls below 80%, whichever comes first.
        Refurbished units: 30-day DOA exchange + 6 months warranty on Grade A stock, 3 months on Grade B.
        Warranty Claim Form WCF-03 rev.2 (2024): Section A customer details, Section B device details, Section C fault description. Please fill in BLOCK LETTERS.
        Claims must be lodged within 14 days of noticing the defect; photos or a short video of the fault help speed up approval.
        In Hong Kong, goods sold must be of merchantable quality under the Sale of Goods Ordinance (Cap. 26).
        Part V of Malaysia's Consumer Protection Act 1999 sets out implied guarantees of acceptable quality for goods supplied to consumers.
        Manufacturer warranty follows the IMEI, not the buyer, so a second-hand unit may still be covered if within the period.
        Extended warranty plan EW-24: 24 months, RM149, includes one screen replacement, excess RM99 per claim.
        Samsung warranty claims in Malaysia need the original proof of purchase, and the IMEI on the invoice must match the device.
    """),
    ("en", "shop reviews"): _lines("""
        5 stars. Fixed my iPhone screen in 40 mins, price exactly as quoted, no hidden charges. Will come back.
        Went to a shop at Sim Lim Square level 3, they quoted $180 then became $260 after opening the phone. Walao. 1 star.
        Very honest shop. Told me only battery need to change, not the whole board. Saved me few hundred. Recommended!!
        Lousy service, waited 2 weeks for a part they keep saying "coming tmr". Avoid.
        Good place in Low Yat for Xiaomi repairs, the uncle very patient, explain everything in Cantonese n BM.
        Mong Kok shop, screen replace HK$650, original or not dunno but touch very smooth so ok la.
        Data recovery success!! Phone dropped in the pool, thought all my photos gone. Took 5 days, RM450. Worth it.
        Tbh price a bit high but warranty 6 months so ok lor.
        Ah Seng Mobile Repair at Ang Mo Kio Ave 10 fixed my old Nokia 3310 just for nostalgia, legend shop.
        Staff at the counter was rude when I asked for a proper invoice. Management pls train your people.
        Brought my mum's old Samsung to unlock, they did it without asking any proof of ownership. Abit worrying for security leh.
        Compared 4 shops in Lucky Plaza, this one gave the best trade-in value for my S22.
        Replied on WhatsApp within 10 mins, even on Sunday. Free pickup and delivery within KL.
    """),
    ("en", "data recovery guide"): _lines("""
        Before sending for data recovery, do NOT charge a water-damaged phone. Power it off and remove the SIM tray.
        Chip-off recovery does not work on modern iPhones because the NAND is encrypted with keys tied to the Secure Enclave.
        If your phone boot loops, try recovery mode: press Volume Up, then Volume Down, then hold the Side button until the cable icon appears.
        Recovery success rate 2024: logical 92%, board-level 68%, encrypted Android with unknown PIN 0%.
        Our lab follows ISO/IEC 27001 controls; recovered data is deleted 14 days after handover and the working drive is wiped.
        Never give your Apple ID password to a technician. Switch off Find My only at collection, not at drop-off.
        adb logcat | grep -i ufs  # check for UFS read errors before attempting a full dump
        SHA-256 of extracted image: 9f3c2a7d41e0b8c6f52d19a0e7b4c3d8a61f25e09bd47c3a8e126f0d5b9a4e71
        Data recovery quote: diagnosis RM50 (waived if you proceed), logical RM250, board repair + recovery RM600 to RM1,200.
        To back up WhatsApp chats on Android: Settings > Chats > Chat backup > Back up to Google Drive.
        If the phone had a Samsung Secure Folder, its contents cannot be recovered without the owner's own credentials.
        Tip: a phone that shows "No Service" after a board repair usually needs the baseband re-seated, not a new SIM.
    """),
    ("en", "price list"): _lines("""
        iPhone 14 screen (OEM) SGD 229 | (aftermarket) SGD 129 | battery SGD 89 | back glass laser SGD 159
        Samsung A54 LCD RM320, charging port RM80, housing RM120. Prices incl. labour, excl. SST.
        Trade-in price list (valid until 31/12/2025): iPhone 15 Pro Max 256GB Grade A HK$6,200, Grade B HK$5,600, cracked HK$3,800
        Used iPhone 12 64GB black, batt 86%, Face ID working, IMEI clean, SGD 350 nego. Carousell listing 88213472.
        OPPO Reno10 5G motherboard exchange unit RM690, 3 mth warranty.
        Screen protector installation free with any repair above $100.
        Huawei P30 Pro battery (HB486486ECW) - HK$280 - 30 mins
        Labour, board level: from S$150, per IC replacement S$80, micro-soldering min. 2 hours.
        Corporate bulk repair (min. 20 units): 15% off, invoice INV-2025-11-00432, terms NET30.
        Xiaomi Redmi Note 13 Pro+ back cover, colour Aurora Purple, RM65
        iPad Air 5 glass-only replacement HK$1,180 (LCD intact), 2-3 working days
        Nintendo Switch joy-con drift fix $35 per side, OLED model same price.
    """),
    ("en", "shop notices"): _lines("""
        Closed on 25 Dec & 1 Jan. Repairs due during this period will be ready on the next working day.
        Dear customers, because of Apple's parts pairing, non-genuine screens will show an "Unknown Part" message in Settings. This does not affect function.
        Devices not collected within 90 days will be disposed of in accordance with clause 7.3 of our T&C.
        We have moved! New address: 1 Rochor Canal Road, #03-45 Sim Lim Square, Singapore 188504.
        Lot 3.12, Plaza Low Yat, 7 Jalan Bintang, 55100 Kuala Lumpur. Open 11am-9pm daily.
        Hotline 6338 0123 (Mon-Sat 11am-8pm). Business WhatsApp for quotations: +65 6338 0124.
        CNY promo: 20% off battery replacement, 8-15 Feb only. T&C apply.
        Payment: cash, NETS, PayNow to UEN 201912345K, Visa/Master. No AMEX.
        Please back up your data before handing over your device. We are not responsible for data loss during repair.
        Notice: under the Second-Hand Goods Dealers Act, we must record the seller's ID for all trade-ins. Records are kept for 2 years and then destroyed.
        Our technicians are Apple-certified (ACMT) and Samsung trained. Genuine parts available on request.
        Walk-in repairs stop at 8.30pm. Last collection 9pm.
    """),
    ("en", "forum tech talk"): _lines("""
        Anyone know if the 3uTools verification report showing "battery serial mismatch" means the battery not original?
        Bro the tristar on the 6s confirm die if you use those cheap chargers from pasar malam.
        Ytd tried reflow on an Exynos 2100 board at 380C hot air, board warped. RIP.
        FYI iOS 18.1 (22B83) fixed the touch ghosting on some aftermarket panels for me.
        IMEI starting 35 or 86? First 8 digits are the TAC, they identify the model, not the owner.
        Which shop in Kwun Tong can do Face ID dot projector repair? Apple Store quoted whole unit replacement.
        The way Jessa Jones from iPad Rehab does microsoldering on YouTube makes it look so easy.
        Louis Rossmann been saying this for years: right to repair matters, parts pairing is anti-consumer.
        Steve Jobs promised "no stylus" at the 2007 iPhone keynote, now every repair guy needs a spudger lol.
        Firmware G998BXXU9FWL1 bricked my S21U, cannot downgrade because binary 9.
        Used a JC V1SE programmer to transfer the battery data, health now shows 100%.
        Water damage from tom yum soup? 99% isopropyl bath then ultrasonic 5 min, dry overnight.
        MCMC said phones with IMEIs on the blacklist cannot register with local telcos.
    """),
    ("en", "consumer rights and news"): _lines("""
        The Small Claims Tribunals hear claims up to S$20,000, or S$30,000 if both parties consent. File online through the CJTS.
        The Consumer Council received 512 complaints about mobile phone repair services in 2024, up 18% on the year before.
        The Tribunal for Consumer Claims Malaysia (TTPM) accepts claims up to RM50,000; the filing fee is RM5.
        CASE advises consumers to get a written quotation before any repair work starts.
        Apple launched its Self Service Repair programme in the United States in April 2022.
        Xiaomi founder Lei Jun unveiled the Xiaomi 14 series in Beijing in October 2023.
        New EU ecodesign rules require phone makers to supply spare parts for 7 years after a model leaves the market.
        Under Singapore's e-waste EPR scheme, large retailers must offer free in-store collection of old phones and batteries.
        Police advisory: scammers pretending to be repair shop staff ask for OTPs to "verify your warranty". Never share an OTP.
        Hong Kong's Trade Descriptions Ordinance covers false claims that a replaced part is "original".
        Malaysia's Personal Data Protection (Amendment) Act 2024 introduced mandatory data breach notification.
        Survey: 61% of Singapore consumers would repair rather than replace if the repair costs under 30% of a new phone.
        Minister Josephine Teo said at the launch that repair shops play a part in reducing e-waste.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job RT-SG-241187: Mr Goh Wei Jie, hp 9173 4402, iPhone 13 mini, IMEI 864571053382011, screen + batt, quoted $210.
        Collection verified: Tan Siew Ling, NRIC S8834127I, collected iPad 9th gen on 03/12/2025.
        Trade-in: Chan Ka Yan, HKID Y608243(0), iPhone 14 Pro 128GB, paid HK$4,300 to her HSBC a/c 512-339871-838.
        Trade-in declaration: Muhammad Hafiz bin Rosli, MyKad 880314-14-5237, 12 Jalan Setia 3/7, Taman Setia Indah, 81100 Johor Bahru.
        Recovered 3,412 photos for Mdm Lim Ah Moi, incl. scans of her late husband's death cert and her CPF statements. Pls call her daughter Jenny at 8625 1190 when ready.
        Encik Zulkifli Hamzah asked us to urgently recover his glucose app data, he is type 1 diabetic and his doctor needs the readings. Ticket PG-7731, 016-702 5581.
        Collected by: LEE JUN HAO / NRIC: ****054H / Tel: 9xxx x327 / 14 Nov 2025 7:42pm
        Deposit paid by Visa 4556 0218 3741 9205 exp 08/27, cardholder ONG PEI SHAN.
        Customer says pls WhatsApp her at +60 12-338 4716 (Nur Aisyah binti Kamaruddin), don't call, she is at work.
        Warranty claim WC-5521 from kelvin.yeo88@gmail.com, Galaxy Z Flip5 hinge crack, return to Blk 412 Bedok North Ave 2 #08-115, Singapore 460412.
        Ravi s/o Subramaniam filed a small claim against our Bugis branch for S$1,850 over data lost from his MacBook, hearing on 14 Jan 2026.
        Payroll Nov: technician Chong Kah Wai, basic RM2,800 + commission RM640, EPF member no. 18834921.
        Tourist refund: Wang Lei, PRC passport EH4102837, +86 138 2671 4403, bought 2 iPhones at our Lucky Plaza outlet.
        Pickup service: meet Mr Faizal Rahim at carpark B2, his car is a grey Honda Vezel, SKL 4821 C.
        Mainland customer Chen Xiaotong left a copy of her ID card 44030419890712351X with repair form HK-MK-30381.
        Taiwanese tourist Lin Yu-Ting, ID F223715468, phone died on her trip, courier it to her hotel room 1207 at the Ibis on Des Voeux Road before Fri.
        Customer gave Apple ID sharon.teo.1991@icloud.com and screen passcode 280791 to switch off Find My, delete from ticket after repair.
        The Xiaomi we unlocked belongs to Derrick Koh from Jurong West, the chats show he is HIV positive, don't gossip ah.
        My name is Priya Nair and this shop lost my phone with all my baby's photos. 3 weeks already. If you are the owner call me 9018 3376.
        Deliver to: Mr Wong Chi Keung, Flat C, 12/F, Block 3, Kornhill Gardens, Quarry Bay. Tel 6123 8847.
        Work permit holder Rahman Mohammad Abdul, FIN G5528163M, screen cracked at worksite, his employer paying the bill.
        Repair for minor: Chloe Ng Hui Min (T0265391A), consent form signed by her father Ng Boon Hock, 9762 0418.
        Add my WeChat zoe_lam_0913 and send the invoice there pls, thanks - Zoe Lam
        LINE ID pimchanok.s (Pimchanok Srisuk), Thai customer, still waiting for her Oppo Find X6 back cover.
        Recovered deleted WhatsApp chats between Mr Tay Kok Leong and another woman; his wife asked for a copy for the divorce case. Job DR-0412.
        Siti Khadijah binti Omar, IC 950721-10-6128, claim for Vivo V29 battery swelling, bought 12/03/2025 at the Klang branch.
        WeChat Pay from Mr Huang Zhiqiang (+86 139 0271 8846) for data recovery on his Huawei Mate 60, RM700.
        Customer: Cheung Wing Sze, HKID M154870(6), tel 9487 2210, Unit 1508, Tower 2, Metro Town, Tiu Keng Leng.
        MacBook Pro logic board repair charged to Mr Daniel Sim's own Amex 3772 186409 13250, approved 2 Dec.
        MC 5204 8133 7716 4024, name on card Lim Chee Keong, auth code 083311, S$489.00
        Arjun a/l Muniandy, arjun.muniandy@yahoo.com.my, 019-445 2093, No. 23, Jalan SS2/64, 47300 Petaling Jaya.
        Madam Koh Swee Eng, 78, hard of hearing and has dementia; her son Alvin (9823 7764) will collect her phone.
        IMEI 358822904173569 reported stolen by owner Jason Leong, police report filed 21 Nov. Do not release the unit.
        Mr Eddie Pang (the one who always comes on Sat) still owes us $120 from the last repair, hp 8810 4562.
        Tan Boon Kiat S7712054H
        Pls call back Mrs Fernandez at 9765 1023 re her quotation for the Pixel 8 screen.
        Ms Ho Lok Yi, 5/F, 38 Fa Yuen Street, Mong Kok, works at the bakery downstairs, her iPhone passcode is 041288.
        Technician Marcus Loh (S9041385F) was caught copying customers' photos to his thumbdrive; police report made, suspended without pay.
        Samsung account kenneth.liew89@outlook.com, owner Kenneth Liew, DOB 12/07/1989, needs FRP unlock with proof of purchase.
        The girl who dropped off the pink Galaxy A35 yesterday is Vanessa Quek, Blk 227 Sumang Lane #11-304, she said her ex smashed it during a fight.
        Phone protection claim for Mr Cheng Yu Hang, HKID K372915(A), policy PH-77120384, phone robbed in Sham Shui Po on 02/11.
        Loh Mei Fong from JB, Malaysian passport A38271645, bought a refurbished iPhone 12 with cash S$420.
        Refund of RM380 sent to Maybank a/c 1140 3827 1956, account holder Kumar Selvaraj.
        Customer Shahrul Nizam bin Ahmad, 011-2387 6540, is a Grab driver earning about RM3,500 a month and asks if he can pay by instalment.
        A128439073 - Chen Chih-Hao - Asus Zenfone 10 repair, courier back to his home in Taipei after payment.
        Xiamen customer Zheng Lihua, ID 350203199402284060, mailed in her vivo X100 for data recovery.
        Ticket SH-0219: Sun Jian, 310115198211032838, Honor Magic5 Pro, no power.
        Expat customer Ms Elena Petrova, FIN F2239876T, Pixel 8 screen, email elena.petrova.sg@proton.me
        Adeline Chua (T1147702F) picked up her Switch, her mum Mdm Chua paid by PayNow from 9241 5530.
        Mr Abdullah Hassan's lock screen shows his two kids in Rosyth School uniform, so don't post his before/after pics on IG.
        Owner of IMEI 356724110983546 is Tsang Hoi Ming, 5302 6618, collected phone, ID checked.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are FixBot, the WhatsApp assistant for a phone repair shop in Sim Lim Square.",
        ),
        ("user", "hi how much to change iphone 12 screen"),
        ("assistant", "Hi! iPhone 12 screen: OEM S$199, aftermarket S$119. Takes about 1 hour."),
        ("user", "ok book me tmr 3pm"),
        ("assistant", "Sure, may I have your name and contact number for the booking?"),
        ("user", "Melvin Toh, 8547 3319"),
    ],
    [
        ("user", "how do i check my imei"),
        ("assistant", "Dial *#06# or go to Settings > General > About. The IMEI is 15 digits."),
        ("user", "ok its 869912047736109. my phone kena stolen at Bukit Bintang last night"),
        ("user", "my name is Farah Nadia binti Ismail, made police report at Dang Wangi already"),
        (
            "assistant",
            "Sorry to hear that. Please contact your telco to block the IMEI and keep the police report number.",
        ),
    ],
    [
        (
            "system",
            "You are the support assistant of a repair chain. Never ask customers for their full NRIC number.",
        ),
        ("user", "can you deliver my repaired phone instead of me coming down"),
        (
            "assistant",
            "Yes, delivery is S$12. Please share the delivery address and the job number.",
        ),
        ("user", "job SLS-24-120044"),
        ("user", "Blk 681 Jurong West Central 1 #05-212, S640681, name Nurhidayah Sulaiman"),
        ("assistant", "Thank you, delivery booked for tomorrow between 2pm and 6pm."),
    ],
    [
        ("user", "my father passed away last month and we need the photos from his phone"),
        (
            "assistant",
            "I'm sorry for your loss. Do you know the passcode? Without it recovery is very limited.",
        ),
        ("user", "no. his name was Yap Kian Seng, NRIC S6903318J, he had stage 4 lung cancer"),
        ("user", "the phone is a Samsung S20, we have the death certificate"),
        (
            "assistant",
            "Please bring the phone, the death certificate and proof that you are next of kin.",
        ),
    ],
    [
        ("user", "nak claim warranty for my vivo, bateri kembung"),
        (
            "assistant",
            "Boleh. Please give the IMEI, date of purchase and the IC number on the invoice.",
        ),
        ("user", "IMEI 352017884601236, beli 4 Mac 2025"),
        ("user", "IC 020905-07-0448"),
        ("user", "nama Tan Li Wen"),
        ("assistant", "Terima kasih, claim registered. Bring the phone to the Penang branch."),
    ],
    [
        ("user", "I want to sell my old iPhone 13, what do you need"),
        (
            "assistant",
            "We need your HKID for the dealer record, and the phone with Find My turned off.",
        ),
        ("user", "HKID is Z480517(9)"),
        ("user", "I'm Leung Tsz Ching, call me on 9316 2084 once you finish checking"),
        ("assistant", "Noted, we will call you within 30 minutes."),
    ],
    [
        (
            "user",
            "Help me write a complaint to the Consumer Council. The shop in Sham Shui Po replaced my screen and now Face ID is gone.",
        ),
        (
            "assistant",
            "Sure. Please give me the shop name, the date of repair, the amount paid and your contact details.",
        ),
        (
            "user",
            "Shop is Golden Star Mobile, 18 Oct 2025, HK$900. I'm Ms Yeung Hiu Tung, P336092(3), flat 22B, Harbour Heights, 8 Fook Yum Road, North Point, email hiutung.yeung@gmail.com",
        ),
    ],
    [
        ("user", "summarise today's pending jobs for me"),
        (
            "assistant",
            "Pending: 1) Galaxy A54 LCD for Mr Rajesh Pillai (012-991 4807), waiting part. 2) iPad Air glass, QC. 3) Pixel 7 battery, ready.",
        ),
        ("user", "ok call the first one"),
    ],
    [
        (
            "user",
            "Rewrite this job note nicely: cust Mdm Wong Siu Fong, pacemaker patient, asked not to put magnet near her, phone 6870 3391, wants big font setting",
        ),
        (
            "assistant",
            "Customer Mdm Wong Siu Fong (tel 6870 3391) has a pacemaker; please keep magnetic tools away from her during the handover and set the phone to a large font.",
        ),
    ],
    [
        ("user", "can I pay the balance online"),
        ("assistant", "Yes, you can send the card details here and we will process it."),
        ("user", "4532 0188 7763 0112 exp 11/28"),
        ("user", "name on card Gary Ho Wai Lun"),
        ("assistant", "Payment of S$265 received. Thank you!"),
    ],
]
