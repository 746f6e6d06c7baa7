"""Blind check set en72: courier and logistics operations in SG/MY/HK (driver apps, parcel lockers, customs holds, warehouse rosters, proof of delivery). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en72
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "driver app"): _lines("""
        Job #SG-DLV-20261204-00871 assigned. Pickup window 09:00-11:00, Tuas South Ave 2 hub, dock 14.
        Hi {recipient_name}, your parcel {tracking_no} is out for delivery today between {slot_start}-{slot_end}. Reply STOP to opt out.
        POD failed to upload (err 413 payload too large). Photo compressed to 720p and retried 3x. App v5.18.2 build 2210.
        Reminder: scan every parcel at handover. No scan = no delivery credit. Rate this wk is $1.45/parcel for 1-30, $1.60 after 30.
        Route optimised: 47 stops, est. 6h 12m, 83.4 km. ERP gantries on route: 3 (est. $4.00).
        Cannot mark 'Delivered' outside 150m geofence. Move closer to drop point or select an exception code.
        bro the lift at blk 7 lobby B spoil again, all the 20+ floor parcels i do tmr morning can?
        Reminder: COD collected must be remitted same day via PayNow to UEN 201912345K before 6pm, or at any hub counter.
        New in v5.19: swipe left on a stop to call the recipient via masked number (calls are relayed, your number is hidden).
        Heavy rain warning for the west. Ops say can hold deliveries 30 min, no late-slot penalty today.
        Stop 23/47 - Ngee Ann City Tower B, loading bay L1. Security will ask for vehicle no. at registration, pass valid 30 min.
        Earnings summary wk48: 412 parcels, 9 failed, 2 RTS. Gross $612.40, incentive $80.00, fuel claim $54.10.
        Tip: for condo drops, check the Concierge Notes field first. Some estates only allow drop at guardhouse after 10pm.
        Pls dont put parcels on the gas riser ok, SCDF say fire hazard, cannot.
    """),
    ("en-MY", "delivery exceptions"): _lines("""
        Exception code EX03 - Recipient not available. Attempt 1 of 3. Next attempt scheduled next working day.
        EX07 Address incomplete: no unit number. Parcel routed back to Shah Alam DC for customer service follow-up.
        EX11 Refused by consignee - reason given: item not ordered. RTS to seller after 3 days hold.
        Flood at Jalan Klang Lama, all Kuchai Lama deliveries postponed. Mohon maaf atas kesulitan.
        Boss, guardhouse at this condo tak bagi masuk without resident approval. Leave at guardhouse or reattempt?
        Total exceptions Nov: 3,412 of 281,900 shipments (1.21%). Top cause: customer unreachable (38%).
        Parcel damaged in transit - outer carton crushed, inner intact. Photos uploaded, claim ref CLM-MY-2026-118842.
        Pls note Hari Raya Haji public holiday, no pickup from sellers that day. Cut-off moved to 2pm the day before.
        Penang hub sorter down 1h40m this morning (conveyor motor). Backlog cleared by 3pm, expect D+1 delay for northern region.
        Jalan Tun Razak closed for the marathon Sunday 5am-11am, reroute KLCC-area riders via Jalan Ampang.
        COD amount mismatch: system RM 89.90, seller invoice RM 98.90. Escalated to merchant ops, ticket #MO-55321.
        If customer ask to reschedule, dont promise exact time, just say within the slot lah.
        Wrong sort: parcel labelled for Kota Kinabalu found in the Johor Bahru cage. Re-manifested on MH2608 tomorrow.
    """),
    ("en-HK", "parcel lockers"): _lines("""
        Your parcel is ready at locker station HK-KWT-0219 (Kwun Tong MTR Exit A2). Pick-up code valid for 72 hours.
        Locker maintenance: Sham Shui Po station offline 02:00-05:00 on 7 Dec. Parcels will be held at the Cheung Sha Wan service point.
        Compartment sizes: S 35x10x45cm, M 35x20x45cm, L 35x40x45cm. Max weight 20kg per compartment.
        Parcels not collected within 3 days will be returned to sender. Extension HK$5/day, max 2 days.
        The locker at Prince Edward station is temporarily full, new deliveries diverted to Mong Kok East.
        locker door didnt open?? tried 3 times, screen just say System busy 請稍後再試
        Customer service hotline 2730 8899 (Mon-Sat 9am-7pm, except public holidays).
        Locker utilisation Nov: 86.2% avg, peak 97% on 11.11. 1,240 lockers across 18 districts.
        Our Nathan Road service point (near Jordan MTR) will close at 6pm on Christmas Eve.
        QR scan error E-204: code expired. Request a new code in the app under My Parcels > Resend code.
        Drivers: if all compartments are full, do NOT leave the parcel on top of the locker. Bring back to depot and mark EX-LKR-FULL.
        Collection at 7-Eleven and Circle K stores is available for parcels under 5kg.
    """),
    ("en", "customs holds"): _lines("""
        Shipment held by customs pending import permit. Please provide the commercial invoice and HS code for each line item.
        GST of 9% applies to imported low-value goods up to S$400 bought from OVR-registered overseas vendors.
        Singapore Customs, 55 Newton Road, #10-01 Revenue House, Singapore 307987.
        Jabatan Kastam Diraja Malaysia, Kompleks Kementerian Kewangan, Presint 2, 62592 Putrajaya.
        HS 8517.13 (smartphones) - no permit needed; HS 3004.90 (medicaments) - HSA licence required before release.
        Hong Kong is a free port: no duty on most imports except liquor above 30% ABV, tobacco, hydrocarbon oil and methyl alcohol.
        Customs hold reason CH-05: undervaluation suspected. Declared USD 12.00 for 2x wireless earbuds.
        MY: 10% sales tax on low value goods up to RM500 from registered sellers, effective 1 Jan 2024.
        AWB 618-40291735 cleared 04 Dec 2026 14:32 SGT, duties paid SGD 27.36, released to ground handler.
        Lithium ion batteries packed with equipment (UN3481): PI 967 Section II, max 2 batteries per package.
        Reminder to brokers: the TradeNet permit must be approved before cargo is moved out of the FTZ.
        Consignment ex-Shenzhen 52 ctns, 318.4 kg gross, 2.1 CBM. Held at ACC3 for x-ray re-inspection.
        Personal effects clearance needs packing list, passport copy and work pass. Do NOT email these to the ops group chat; upload via the secure portal only.
    """),
    ("en-SG", "warehouse roster"): _lines("""
        Roster wk50 - Loyang DC: Shift A 0600-1430 (12 pax), Shift B 1400-2230 (10 pax), Night 2200-0630 (6 pax).
        OT approved for Sat 13 Dec, inbound team only, max 4h. Pls submit claims by Mon via HR portal.
        WSQ forklift refresher due for 9 staff by end Jan. HR will send the list privately, dont post here.
        Team Raffles on Zone A picking, Team Changi on packing, Team Kallang on outbound staging.
        Headcount Mon: 34 planned, 31 present, 2 MC, 1 no-show. Picking rate 142 lines/hr vs target 150.
        Reminder: safety shoes compulsory in MHE zone. Next toolbox talk Thurs 0615 at bay 3.
        Cycle count aisle 12-18: 4 variances, net -7 units, all low-value SKUs. Adjustments posted.
        anyone can swap Sun night shift with me? got family thing. I take your Wed.
        PH roster: Christmas Day skeleton crew 8 pax, paid per MOM public holiday rules.
        Chiller room 2 temp log: 2.4C at 0800, 2.6C at 1400, 3.1C at 2000. Within 2-8C range.
        Agency staff must sign in at guardhouse with their own pass. Do not share the guardhouse tablet login.
        Dock 4 at 0700: container MSKU4820174 (40HC), 26 pallets, devanning crew of 5.
        KPI dashboard wk49: OTIF 96.8%, dock-to-stock 5.2h, order accuracy 99.91%.
    """),
    ("en", "proof of delivery"): _lines("""
        POD photo must show the parcel and the door/unit number only. Do not capture faces or the inside of the home.
        Signature capture is optional under the new SOP; PIN or photo POD is sufficient for parcels under S$200.
        Template: Delivered to {relationship} at {location}, received by {receiver_name} at {time}.
        Recipient names on labels must be masked in any screenshot shared to Telegram groups; show only the last 4 digits of the phone.
        Under the PDPA, customer phone numbers may only be used for the delivery they were collected for.
        Retention: POD images are kept 180 days, then auto-deleted. Disputes after 180 days rely on the merchant's records.
        Left at door as per instruction, photo taken 14:02.
        Delivered - handed to security at guardhouse, 2 parcels, 1 signature.
        If a driver phone is lost, ops must remote-wipe it within 1h and notify the DPO at dpo@courier.example.
        Never write the customer's NRIC on the airway bill. For age-restricted items, check the ID visually and tick the box only.
        POD dispute rate Q3: 0.42%; 61% resolved with GPS + photo evidence within 48h.
        Unable to obtain signature, recipient requested contactless delivery. Parcel placed at door mat.
    """),
    ("en", "history and public figures"): _lines("""
        Sir Stamford Raffles set up a British trading post in Singapore in 1819, laying the foundation for its port economy.
        Keppel Harbour is named after Admiral Sir Henry Keppel, who surveyed its waters in the 1840s.
        Nathan Road, Kowloon's main artery, is named after Sir Matthew Nathan, Governor of Hong Kong from 1904 to 1907.
        Postman Pat and his black-and-white cat Jess have been delivering the post in Greendale since 1981.
        Tan Tock Seng Hospital: courier deliveries to wards are accepted only at the Level 1 concierge.
        The Ministry of Transport says Tuas Port will consolidate all container terminal operations by the 2040s.
        The Port of Singapore handled about 39 million TEUs in 2023, a new record.
        The Chief Executive announced new logistics measures for the airport cargo precinct in this year's Policy Address.
        Lee Kong Chian School of Business hosts a supply-chain case competition every March.
        Sherlock Holmes would have loved tracking data: "Data! data! data! I can't make bricks without clay."
        Queen Elizabeth Hospital loading dock accepts courier deliveries Mon-Fri 8am-5pm only.
        Sultan Ismail Petra Airport in Kota Bharu now handles 2 daily freighter rotations.
    """),
    ("en", "tracking and system logs"): _lines("""
        Tracking number format: 2 letters + 8 digits + check digit + country code, e.g. RR123456785SG (UPU S10).
        2026-12-04T08:41:17.203+08:00 INFO dispatch.assign route=R-WST-114 stops=52 vehicle_class=VAN_1T
        sha256(manifest_20261204.csv) = fd373b870014865ad886933cfb55c1ec4c6af2b323de0919e70633bb883d168c
        ERROR locker-svc: compartment C-17 sensor timeout after 3000ms (station HK-TKO-0044)
        GET /v2/shipments/SPXMY0261204887/events 200 41ms
        driver-app 5.19.0: fixed crash when offline >2h; POD photos now watermarked with timestamp and geohash w21z7k.
        config: max_attempts=3, hold_days=5, rts_after_days=7, cod_limit_myr=1500
        Invoice INV-2026-11-004512: 1,284 parcels @ S$3.20 = S$4,108.80 + GST 9% S$369.79 = S$4,478.59.
        webhook payload: {"status": "OUT_FOR_DELIVERY", "eta": "2026-12-05T14:00:00+08:00", "recipient": "<redacted>"}
        Batch job pod-purge deleted 218,441 images older than 180d in 14m32s.
        WARN geocoder: postal code 000000 rejected, falling back to street-level match (confidence 0.62).
        SELECT tracking_no, status, updated_at FROM shipments WHERE hub = 'KUL1' AND status = 'EXCEPTION' LIMIT 100;
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Recipient: Tan Wei Ming, Blk 682C Jurong West St 64, #11-237, S643682. HP 9173 4582. Pls call before come.
        Redelivery pls - Priya d/o Ramasamy, Blk 148 Bishan St 11 #09-402 S570148, can leave with my neighbour at 401.
        Age-restricted item (wine) released after ID check: Lim Choon Huat, NRIC S8834127I, DOB 14/03/1988.
        POD: received by the helper Sari on behalf of Mdm Goh Siew Lan, 22 Lorong 5 Toa Payoh #08-03.
        Driver Muhammad Faizal bin Rahman (DRV-004417, van SLK 4821 X) on MC from today, slipped disc, out 2 weeks.
        FIN G5520931L - Nguyen Thi Hoa, packer Loyang DC, work permit expires 30/06/2027, HR pls renew.
        Payslip Nov - Ong Kah Seng, forklift operator: basic $2,350, OT $612, total $2,962, CPF $592.40.
        jolene.koh88@gmail.com (Jolene Koh) called 3x about the missing stroller, says she is 8 months pregnant and cannot come down to collect.
        Mr Ravi Chandran at Blk 412 Bedok North Ave 2 #07-115 is on dialysis Mon/Wed/Fri, deliver only Tue/Thu/Sat afternoon.
        Receiver verified: NRIC S****745D, Kelvin Ang Jun Hao, Blk 105 Yishun Ring Rd #03-221, signed 18:42.
        Refund for the damaged rice cooker to card 4556 3820 1774 0194, cardholder SHARON LEE MEI LING.
        FYI ex-driver Kumar s/o Selvam was convicted in the State Courts last month for pocketing $4,300 of COD cash. Do not rehire.
        whatsapp me +65 8826 1047, Aaron here, 3 Jalan Kembangan #02-01. dog will bark, just ring bell.
        Emergency contact for Nur Aisyah bte Osman (picker, Shift B): husband Azman, 9654 2317.
        Staff pass of Chloe Tay (NRIC T0219584J) reported lost at Changi Airfreight Centre, pls deactivate.
        Night shift 7 Dec: Jason Lim (lead), Ahmad Fauzi, Wong Mei Ling, Rajesh K., Lee Hui Min (light duty - pregnant, no lifting >5kg).
        The black Mazda SMH 8820 B blocking loading bay 2 belongs to Mr Henry Teo from #15-02, he has been warned 3 times.
    """),
    "en-MY": _lines("""
        Penerima: Nurul Ain binti Hashim, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 012-738 4419.
        IC 870314-10-5523, Mohd Hafiz bin Kamarudin, collecting on behalf of his mother - authorisation letter attached.
        Customer Chong Kah Wai (IC 920611-01-6284) nak claim for the broken TV, refund to Maybank acct 1142 3390 8172.
        Rider Tharmendran a/l Muniandy, bike WQK 3381, accident on Federal Highway this morning, fractured wrist, warded at HKL.
        Hantar ke rumah mak saya: Pn Rohani Abdullah, Lot 1182 Kampung Sungai Ramal Dalam, 43000 Kajang. Dia tak reti guna phone, call saya 017-285 6031.
        Salary slip Oct: Lau Chee Keong, despatch rider KL hub, RM 2,180 basic + RM 1,045 parcel incentive, EPF RM 240.
        Worker Md Rafiqul Islam, passport EB0418273 (Bangladesh), general worker Klang warehouse, permit exp Feb 2027.
        Pls bank in my COD balance to CIMB 7064 2198 33, name Yap Siew Ping, IC ends 4470.
        send the POD to faridah.ismail@yahoo.com.my, my husband Rosli signed for it but we never got the oven.
        Seller Lee Boon Hock (Klang) has been adjudged bankrupt since Aug, merchant ops freeze his COD payouts.
        Pn Ling Mei Chan, 5 Jalan Setia Tropika 3/2, 81200 Johor Bahru, asked us not to show the pharmacy name on the box - it is her HIV medication.
        Rider Shahrul (011-3928 4471) wife just gave birth, he is on paternity leave until 15 Dec.
        Refund to Visa 4147 0952 0031 8877 exp 08/28, cardholder Ahmad Zaki bin Yusof.
        Cust complain driver rude. Cust: Mr Gurdev Singh, 016-442 9017, Jalan Melawati 3, Taman Melawati. Driver: Azlan (DRV-MY-22871).
        Tenant at B-12-3 Residensi Vista Alam, Jalan Ikhtisas 14/1, Shah Alam - Mr Tan Kok Leong - 6 parcels RTS already, call him 019-661 2480.
        add me on WeChat lingling_0614, I'm Chen Ling from Bayan Lepas, want to ask about my shipment from Guangzhou.
    """),
    "en-HK": _lines("""
        Consignee: LEUNG Ka Yan, Flat 12B, Block 3, Kwai Shing East Estate, Kwai Chung, N.T. Tel: 9387 2214
        HKID K381542(0) - WONG Siu Fung - customs wants a copy for the personal import of 3 bottles of wine.
        Deliver to Mr Cheung, Rm 1708, 17/F, Wing Cheong House, Tsz Wan Shan Estate, mobile 6102 7745. Pls call b4 arrive, he uses a wheelchair.
        Driver HO Chi Keung (van RT 4827) failed the random alcohol test at Tsing Yi depot on 3 Dec.
        Locker pickup pending for Ms Yvonne Tsang, yvonne.tsang.hk@outlook.com / 5418 3390, code sent twice.
        My mum 林美華 is 86 and has dementia, pls dont leave parcels with her. Deliver to me at 9/F, 33 Fuk Wing St, Sham Shui Po, tel 9012 6638.
        Personal effects for Dr Andrew Kwok Ho-yin, HKSAR passport K03928174, arriving from London 12 Dec.
        Payroll Nov: van driver Lam Wai Kit HK$21,500 basic + HK$3,200 OT, MPF employee contribution HK$1,500.
        Mainland consignee ZHOU Xiaofeng, ID 440304198807124312, Rm 2306, Block B, Futian Tower, Shenzhen, mob +86 138 2716 4409.
        Sender 陳怡君 (Taiwan ID F228194601) is shipping dried mango to her sister in Yuen Long.
        Y604219(6) is my husband Lau Chun Ho's HKID, he will collect the customs-held parcel tmr.
        Courier Tse Ka Ming pleaded guilty at Kwun Tong Magistrates' Courts to stealing 14 parcels, jailed 4 months.
        pls whatsapp 5291 8834 (Kenny Lo) when u reach Unit 305, 3/F, Wah Luen Industrial Centre, Fo Tan.
        Collector Mr NG K**-wai, HKID M2270**(3), Flat 22D, Tower 5, Sceneway Garden, Lam Tin - same guy who disputed the last 3 PODs.
        Pay the duty with my card 5204 7311 8866 3028, NG PUI SHAN, exp 11/29.
        XA119364(0) - HKID of consignee Mr Bruce Yip, importing insulin pens for his type 1 diabetes.
        Ms Fong Wing Sze, Flat C, 5/F, 18 Kwong Fuk Rd, Tai Po, works night shift, only deliver after 3pm.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the in-app support assistant for delivery drivers. Be brief."),
        ("user", "stop 31 cannot find, the address got no unit no"),
        (
            "assistant",
            "Please check the delivery notes or call the recipient via the masked call button.",
        ),
        (
            "user",
            "notes say Blk 219 Choa Chu Kang Central, receiver Mdm Siti Rahmah, ph 9732 0518. but which floor??",
        ),
        (
            "assistant",
            "I'll raise an EX07 and customer service will get the unit number from the sender.",
        ),
    ],
    [
        ("user", "my locker code expired, can resend?"),
        ("assistant", "Sure. May I have the registered name and mobile number?"),
        ("user", "Cheng Hoi Lam"),
        ("user", "6387 1194"),
        ("assistant", "Thanks, a new pick-up code has been sent by SMS to the number ending 1194."),
    ],
    [
        ("system", "You help customers whose parcels are held by Malaysian customs."),
        ("user", "my parcel from Shenzhen held by kastam, they want my IC"),
        (
            "assistant",
            "Please upload the IC copy through the secure link in your SMS, not in this chat.",
        ),
        ("user", "too late already typed it lol 950722-14-"),
        ("user", "6138, name Wan Nurul Huda binti Wan Ismail"),
    ],
    [
        ("user", "Help me write a short WhatsApp msg to the team about tmr roster changes"),
        ("assistant", "Sure, what are the changes?"),
        (
            "user",
            "Rahim replace Joanne on shift A because Joanne got chemo on Thursday, and Marcus Yeo move to night shift",
        ),
        (
            "assistant",
            "Hi team, roster update for tomorrow: Rahim covers Shift A, Marcus moves to Night shift. Thanks all!",
        ),
        ("user", "good, dont mention the chemo part ya, she only told me"),
    ],
    [
        ("user", "Your POD photo is wrong. That is NOT my door"),
        ("assistant", "Sorry about that. Could you share the tracking number?"),
        ("user", "SGLZD2611208841"),
        (
            "user",
            "I'm Melissa Chua, #12-345 Blk 501 Tampines Central 1. the photo shows #12-347, my neighbour's",
        ),
        (
            "assistant",
            "Thank you, Melissa. I've opened a lost-parcel investigation, reference INV-88120.",
        ),
    ],
    [
        ("user", "customs says my package needs my HKID to clear, it's medicine"),
        (
            "assistant",
            "Which medicine is it? Some require a licence from the Department of Health.",
        ),
        ("user", "methotrexate for my rheumatoid arthritis, doctor prescribed"),
        ("user", "HKID Z538217(4), name Chan Pui Kwan"),
        (
            "assistant",
            "Please prepare the prescription; the customs officer will contact you within 2 working days.",
        ),
    ],
    [
        ("system", "You are a cross-border e-commerce shipping assistant. Answer in English."),
        (
            "user",
            "Need to fill in real-name info for the China customs declaration. Is this format ok?",
        ),
        (
            "user",
            "Name: 王志强 / ID: 31011519900827561X / Mobile: +86 159 2183 0476 / Addr: 上海市浦东新区张杨路500号 12楼",
        ),
        (
            "assistant",
            "Yes, that matches the required fields: name, resident ID, mobile and address on the order.",
        ),
    ],
    [
        ("user", "hi the rider threw my parcel over the gate and it broke"),
        ("assistant", "I'm sorry. We can refund the item value. Which card should we refund to?"),
        ("user", "same as payment, Mastercard 5522 1488 0613 4974"),
        (
            "user",
            "account name Kavitha Subramaniam, 14 Jalan Anggerik 2, Taman Anggerik, 41200 Klang",
        ),
        ("assistant", "Refund of RM 259.00 submitted, 7-14 working days."),
    ],
    [
        ("user", "Draft a warning letter for a driver who keeps getting summons"),
        ("assistant", "Please give me the driver's name, vehicle and the incidents to include."),
        (
            "user",
            "Goh Boon Keat, lorry GBD 3190 U, 3 speeding summons in Oct and a red light camera on 2 Nov at Upper Thomson Rd. Licence has 18 demerit points now",
        ),
        ("assistant", "Dear Mr Goh Boon Keat, this letter serves as a formal warning regarding..."),
    ],
    [
        ("user", "can courier pick up from Taiwan to Singapore for my aunt"),
        ("assistant", "Yes, we offer TW-SG pickup. The sender will need to provide ID for export."),
        ("user", "her name is 林秀英, ID A224719358"),
        (
            "user",
            "she stays at Heping E Rd Sec 2 No. 96, 5F, Da'an Dist, Taipei, phone 0912 448 317",
        ),
    ],
]
