# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en84: SG/MY home services (movers, storage units, aircon servicing, handymen, cleaners, renovation quotes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en84
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "aircon servicing promo"): _lines("""
        GENERAL SERVICING PROMO: 1 unit $35, 2 units $60, 3 units $80, 4 units $100 (wall-mounted fan coil only). Chemical wash from $80/unit. Valid till 31 Jan 2026, T&C apply.
        Chemical overhaul for System 4 (1 compressor + 4 FCU) - $420 nett, incl. gas top-up R410A up to 50psi.
        Why your aircon leaking water? 90% of the time is choked drain pipe lah. If you on it every night, book general servicing every 3 months.
        Daikin iSmile Eco 5-ticks System 3 supply & install from $2,899, incl. 5 yrs compressor warranty via authorised dealer.
        Hotline 6100 2288 / WhatsApp 8888 2288 (Coolbreeze Aircon Pte Ltd, UEN 201734567W). No hidden charges, no transport fee for Central & East.
        Gas top-up R32: $40-$80 depending on pressure reading. If leak detected, leak test + nitrogen flush will be quoted separately.
        Error code E4 on Mitsubishi Starmex usually means indoor fan motor issue - pls switch off at the isolator and call us, don't keep resetting.
        Festive special!! Book 3 units general servicing + get FREE aircon deodoriser. Quote code CNY26 when booking.
        All our technicians are trained in-house and hold valid refrigerant handling certs. Every job comes with 30-day workmanship warranty.
        Copper piping replacement $25/ft (1/4 + 1/2 insulated), trunking $12/ft. Dismantle old condenser + disposal $50.
        Note: we do NOT service condensers above 3rd storey without a proper ledge - safety first, per WSH work-at-height guidelines.
        Showroom at Tan Boon Liat Building, 315 Outram Road #07-03, open Mon-Sat 10am-7pm, closed on PH.
        The 5-tick energy label is issued by NEA under the Mandatory Energy Labelling Scheme; a 5-tick unit saves roughly $200/yr in electricity vs a 2-tick.
        Contract plan (Quarterly): 4 visits/yr, $240 for 2 units, priority booking within 48 hrs. Plan ID CP-Q-2U.
    """),
    ("en", "moving and storage guide"): _lines("""
        Moving checklist: 1) book the service lift with the management office at least 3 working days before, 2) lay floor protection, 3) label boxes by room, 4) keep valuables + documents with you.
        HDB lifts can be used for moving but inform your Town Council if you're padding the lift; some TCs collect a $200 refundable deposit.
        3-ton lorry with 3 movers: $280 for 4 hrs within the same town, each additional hour $60, staircase carry $10 per floor.
        Storage unit sizes: 20 sqft (studio boxes), 50 sqft (1-bedroom), 100 sqft (3-room HDB), 200 sqft (5-room or landed).
        Prohibited items: perishables, flammables, live plants, firearms and cash. We reserve the right to inspect under clause 9.2.
        Pack heavy items in small boxes and light items in big boxes - common sense but everybody forgets!
        Piano moving: upright $350 anywhere in Singapore, grand piano from $850, climate-controlled storage add-on available.
        Cross-border SG to JB move: clearance at Woodlands Checkpoint takes 1-3 hrs; the agent needs a packing list + Customs Form K1. Budget RM2,500-RM4,000 for a 3-room.
        Climate-controlled units are kept at 22-25°C and 55-65% RH - good for wooden furniture, wine and paper documents.
        Access hours 6am-11pm daily; Premium tenants get 24/7 access via QR code in the app.
        The loading bay at our Kallang Bahru facility can take up to a 24ft lorry, height limit 4.5m.
        Old mattress? HDB residents can request free bulky item removal from the Town Council, or pay a karung guni uncle about $30-$50.
        Moving day tip: snap a photo of the back of your TV before unplugging so you know which cable goes where.
    """),
    ("en", "storage licence terms and PDPA notice"): _lines("""
        Clause 4.1 The Licensee shall pay the monthly fee in advance on the 1st of each month. Late payment incurs a 5% administrative charge.
        Clause 11.3 Where fees remain unpaid for 60 days, the Licensor may, after giving 14 days' written notice, sell or dispose of the goods to recover the arrears.
        PDPA Notice: We collect your name, contact number and the last 3 digits + letter of your NRIC/FIN solely for access control. We do not keep full NRIC numbers or photocopies.
        Staff reminder: NEVER forward customer IC photos on your personal WhatsApp. Upload to the CRM, then delete from your phone gallery.
        Data Protection Officer: dpo@storagehub.com.sg. Access and correction requests are handled within 30 days.
        Template - access card issued: Dear {TENANT_NAME}, your access card {CARD_NO} for unit {UNIT_ID} at {BRANCH} is now active.
        Goods are insured up to $2,000 per unit by default; higher sums insured available at $5 per $1,000 per month.
        Retention: signed licence agreements are kept for 7 years after termination, then shredded by a certified vendor.
        Under the PDPA you may withdraw consent for marketing messages at any time by replying STOP to our SMS.
        CCTV footage is kept for 30 days and is released only upon a written request from the Singapore Police Force.
        Unit transfer fee $30; downsizing is allowed once every 6 months with no penalty.
        Sample redaction for incident reports to HQ: Name: [REDACTED], NRIC: SXXXXXXXA, Unit: #[REDACTED]. Do not include phone numbers.
    """),
    ("en", "renovation quotation"): _lines("""
        Item 3.2 Hacking of existing kitchen wall tiles and screed, incl. debris disposal - $1,250.00
        Item 5.1 Supply & lay 60x60cm homogeneous tiles to living/dining floor, approx 480 sqft @ $6.80/sqft = $3,264.00
        Carpentry: kitchen top cabinet 10ft run, laminate finish, Blum soft-close hinges - $1,800; bottom cabinet 12ft w/ quartz countertop - $4,200
        Quotation No. QTN/2025/11/0387, valid 30 days. 40% deposit upon confirmation, 40% upon carpentry install, 20% upon handover.
        HDB permit needed for: hacking of walls, replacement of windows, installation of grilles. Our RC will apply on your behalf (approx. 1-2 wks).
        Noisy works (hacking, drilling) only allowed Mon-Fri 9am-5pm for HDB flats, not on weekends or PH.
        Electrical: 13A switch socket $55/pt, lighting point $45/pt, full rewiring of 4-room by LEW from $3,800.
        Payment to DBS current account 072-123456-7 (Sterling Interior Pte Ltd) or PayNow to UEN 201912345K.
        SPC vinyl flooring 5mm over existing tiles: $4.50/sqft supply + install, 10 yr residential warranty, min 300 sqft.
        Waterproofing of bathroom floor (2 coats membrane + 24hr ponding test) - $680 per bathroom.
        Total (before GST): $38,750.00; GST 9%: $3,487.50; Grand total: $42,237.50
        Exclusions: loose furniture, curtains, aircon, appliances, and any works in the common corridor.
        Design by Studio Ong & Partners, 3D drawings 2 rounds of revision included, additional revision $150 each.
    """),
    ("en", "booking platform logs"): _lines("""
        [2025-11-28T09:14:22+08:00] INFO booking.created id=BK-7H2Q9X service=aircon_general units=3 slot=AM region=SG-EAST
        WARN dispatch: no technician available for slot 2025-12-02 14:00-16:00 zone=JB-SOUTH, retrying in 300s
        Your order #SG-HS-000482117 is confirmed. Track your movers at https://app.example.sg/t/9fa2c1 (link expires in 24h).
        Release 4.12.0 (build 20251130.2): fixed crash on Android 14 when uploading >10 photos; PayNow QR now shows merchant UEN.
        sha256 3b7f0c2e9a41d5e8b6c0f1a2d3e4b5c6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2  homeservice-api-4.12.0.tar.gz
        ERROR payment.gateway 402 card_declined ref=pi_3QxT8uL2abc00012 amount=13500 currency=SGD
        Reminder: Your aircon servicing is tomorrow between 2pm and 4pm. Reply 1 to confirm, 2 to reschedule. Reply STOP to opt out.
        Tracking no. JNTMY0012398845 - Out for delivery (Shah Alam Hub)
        cron: nightly purge of chat attachments older than 90 days completed, 18,442 files deleted, 0 errors
        SMS template SG_HANDYMAN_ETA: "Hi {{first_name}}, your handyman {{tech_name}} is on the way, ETA {{eta_min}} mins."
        Invoice INV-2025-11-00921 | Subtotal $180.00 | GST $16.20 | Total $196.20 | Status: PAID
        Ticket #CS-55812 closed: refund for cancelled cleaning slot issued to original payment method, 7-14 business days.
        GET /api/v2/jobs?status=pending&page=3 200 OK 142ms ua=HomeProApp/4.11.3 (iOS 18.1)
    """),
    ("en", "forum posts and reviews"): _lines("""
        Like Phua Chu Kang always say, "use your brain!" - don't let any contractor hack the bomb shelter wall, it's illegal one.
        Anyone tried Ah Seng Aircon Services? Their promo $20/unit seems too good to be true leh.
        At IKEA Tampines the assembly counter quoted $120 to put together one PAX wardrobe, cheaper to get a handyman from Carousell.
        Review: Lim Brothers Movers Pte Ltd - 4/5. Came 20 min late but super careful with the rosewood cabinet and the fish tank.
        Bob the Builder can fix it, but my contractor cannot fix a leaking toilet bowl after 3 tries 🙄
        Sir Stamford Raffles landed in 1819 and 200 years later still nobody can install a proper aircon drain pipe in this country haha
        FYI the MCST of that condo along Jalan Tun Razak doesn't allow moving on Sundays and PH, plan accordingly.
        Mr DIY got sell aircon cleaning spray RM12.90 only, no need to buy online.
        Tan Tock Seng Hospital's rehab team has a home safety checklist for seniors: grab bars, ramps, non-slip tiles. Handymen charge ~$60 per grab bar.
        Which cleaning company is better ah? Helpling, Whissh or the small local ones? Need 4 hrs weekly for a 4-room.
        From the 2024 industry survey: 62% of respondents serviced their aircon less than twice a year; average spend $145 per visit.
        Always get the quotation in writing and don't pay more than 50% upfront - CASE says the same thing in their reno guide.
        PSA: the Kim Seng Road branch of that storage chain is closing end of month, existing tenants are being moved to Alexandra.
    """),
    ("ms", "iklan servis"): _lines("""
        Servis aircond murah area Shah Alam & Klang! Cuci biasa RM70/unit, chemical wash RM150. WhatsApp kami sekarang!
        Lori 1 tan + 2 pekerja, pindah rumah dalam Lembah Klang dari RM250. Tambah RM50 setiap tingkat untuk flat tiada lif.
        Pakej cuci rumah lepas renovasi: RM450 untuk rumah teres 2 tingkat, termasuk cuci tingkap & lantai.
        Syarikat berdaftar SSM 202301045678 (1512345-X). Terima bayaran DuitNow, FPX dan kad kredit.
        Notis pengurusan: kerja ubahsuai di kondominium hanya dibenarkan Isnin-Jumaat 9 pagi-5 petang, Sabtu 9 pagi-1 petang. Tiada kerja pada cuti umum.
        Tukang paip & wiring 24 jam - JB, Skudai, Iskandar Puteri. Caj panggilan RM40, waktu malam RM80.
        Stor simpanan mini di Cheras, saiz 25 kaki persegi dari RM99/bulan. Deposit sebulan, minima sewa 3 bulan.
        Aduan pengguna boleh dibuat kepada KPDN melalui talian 1-800-886-800 atau portal e-Aduan.
        Kedai Perabot & Pindah Rumah Pak Abu Sdn Bhd - sejak 1988, dipercayai ramai!
        Sebut harga no. SH-2025/1102 sah untuk 14 hari. Harga belum termasuk SST 8%.
        Tips: sebelum servis aircond, pastikan ada ruang 1 meter di bawah unit dalaman dan alihkan barang berharga.
    """),
    ("zh-Hans", "装修群公告"): _lines("""
        【群公告】本群只讨论新加坡组屋装修经验，禁止发广告，违者踢出。
        冷气保养价格参考：普通清洗 $30-40/台，化学清洗 $70-90/台，化学大修 $150 以上。
        搬家小贴士：组屋搬家前记得跟市镇理事会报备，大件家具要提前拆好。
        装修准证 (HDB Renovation Permit) 一般 1-2 个星期批下来，敲墙一定要有准证。
        报价单编号 QT-20251118-06，有效期 30 天，价格已含 9% GST。
        陈嘉庚地铁站附近那家五金店关门了，有人知道哪里还能买到 Blum 铰链吗？
        新山的师傅价格便宜一半，但是过关麻烦，还要办工作准证。
        有谁用过"阿发冷气"？听说服务不错，但是要等两个星期。
        储物仓库 50 平方英尺每月大概 $150-$200，看地点，裕廊那边便宜一点。
        清洁阿姨一般按小时算，$20-25/小时，最少 3 小时起。
        提醒各位：不要把自己的身份证照片发给不认识的装修师傅，PDPA 规定他们不能随便收集。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Job sheet AC-118204 | Cust: Mdm Koh Siew Lan | Blk 472 Tampines St 44 #08-219 S520472 | HP 9847 2163 | 3 FCU gen svc | elderly stays alone, hard of hearing - press doorbell long
        Hi, Jasmine Tay here, moving from 18 Bedok Reservoir View #05-12 to 2 Punggol Walk #14-33 on 13 Dec. My number 8632 0419, email jas.tay.88@gmail.com
        Storage licence agreement - Licensee: RAJENDRAN S/O MUTHUSAMY, NRIC S8734126G, Unit B2-118 (50 sqft), start 01/11/2025, monthly $168.
        Card on file for recurring cleaning: VISA 4556 2109 3318 4728, exp 08/28, name on card LIM WEI JIE
        Tech remark: Mr Alvin Goh (NRIC T****451I), 33 Jalan Kembangan #02-05, has a pacemaker - do not run the vacuum pump near him.
        Reno quote for Mr & Mrs Daniel Chua, 5-room at Blk 307A Anchorvale Rd #11-408 S541307, key collection 20 Nov, budget cap $55k, contact Mrs Chua 9075 3382
        Small Claims Tribunal SCT/2025/004417: Ms Nurul Huda binte Hassan v. Excel Reno Works Pte Ltd, claim $9,800 for defective waterproofing at her Yishun flat.
        Pls add my helper to the access list for unit C-207: Maria Santos Dela Cruz, FIN G5102938R, she will collect the boxes on Sat. - Mdm Ong
        Payslip Nov 2025 - Technician: Mohd Faizal bin Rahmat | Basic $2,300.00 | OT $412.50 | CPF (employee) $542.50 | Net pay $2,170.00
        Pls tell the movers our own car SLK4821X is at lot 23, so the lorry use the visitor bay - Sharon Lee, 9 Leedon Heights #07-02
        Mdm Chan Ah Moi, 78, Blk 624 Hougang Ave 8 #07-112, just had a stroke - son Kelvin Chan (8156 7720) wants grab bars in the toilet + a ramp at the kerb.
        Tenant is a PRC national, Wang Jianhua, ID 440304198607123411, needs the master room aircon serviced before he moves in on the 1st.
        HK client Ms Cheung Wing Yan, HKID K482916(6), relocating to 57 Meyer Road #21-03 on 3 Jan, reachable on +852 6123 4870.
        Client Lin Yi-Chun (TW ID F228934150) booked a 4-hour deep clean for her rental unit at The Trilinq #09-17 on Fri.
        Hi Sterling Interior, I'm Priya Nair, owner of 12 Siglap Plain. Pls send the revised quote to priya.nair.home@outlook.com - and I'm 6 months pregnant so no high-VOC paint please.
        Refund to DBS acct 027-845612-3 under name TAN HUI MIN for cancelled mover booking SG-HS-000482130.
        Cleaner's docs for condo registration: Sari Wulandari, Indonesian passport B7742019, WP no. 0 28471933, employed by HomeBright Pte Ltd.
        Note Mr Harjit Singh at Casa Merah #12-07 goes for dialysis Mon/Wed/Fri, so schedule the hacking only on Tue/Thu mornings.
        WhatsApp from Tan Ah Boon +65 9731 5508: "bro my aircon drip until floor all wet, Blk 18 Toa Payoh Lor 7 #03-45, can come tmr morning?"
        Auction notice, unit C-045: tenant Chong Mei Ling (last known address 88 Lorong Chuan, S556744) has arrears of $1,344 over 8 months.
        Mover damage claim: claimant Benjamin Seah Jun Hao, DOB 14/02/1991, policy HSG-7781204, damaged item Yamaha upright piano, est. $8,500.
        Customer Mr Low Kok Wah, Blk 209 Bishan St 23 #10-151, has early dementia - daughter Amanda (9420 6631) must be present during the visit.
        Reno contract signed by Vivian Ng Pei Shan (NRIC S7615093A) and Eric Ng Wee Leong for 26 Jalan Lim Tai See, contract sum $86,400.
        Incident: our technician Ravi Kumar (WP 0 31840277) fell off the ladder at a Clementi job on 4 Nov, fractured wrist, 14 days MC, WICA claim filed.
        Complaint: "I'm Grace Lim, your cleaner took my bracelet from my flat at 5 Rhu Cross #08-02. Police report no. E/20251122/0451."
        Pls pass the spare keys to my mum at #04-22 same block, Rosie Fernandez, home line 6445 9182.
        Billing contact for handyman subscription: Mr Kenneth Yeo, kenneth.yeo@yeofamily.sg, 9 Holland Grove Road.
        Booking chem wash - name: Siti Aminah, HP 8842 5510, address 405 Pasir Ris Dr 6 #06-331. Call before coming, baby sleeping 1-3pm.
        CRM: "R. Kannan, S****201D, Blk 14 Marsiling #05-88" - owes $1,920 to Apex Movers, account handed to the collection agency.
        Can quote for repainting? Landlord is Mr Quek Boon Hwa, tenant is me (Arjun Mehta, passport Z4812093). Unit 21 Cairnhill Rise #15-04.
        Corporate relocation: assignee Sophie Laurent, package $14,500/mo incl. $5,000 housing, 40ft container from Lyon to 3 Nassim Road #06-02.
        Paid the $1,200 deposit by PayNow to 9288 3017 (my own number, Edwin Ho) - pls confirm the Sat 9am slot.
    """),
    "ms": _lines("""
        Pelanggan: Encik Azman bin Ismail, No. KP 850314-14-5527, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya. Tel 012-387 4419. Servis 2 unit aircond.
        Sewa stor: Puan Rohani binti Yusof (KP 920708-10-6284), unit S-21 Cheras, bayaran RM99 sebulan guna kad Mastercard 5204 7411 2903 6580.
        Tukang cuci kami Kak Lina (Norlina Abdullah, 016-552 0873) akan ke rumah Cik Farah di Residensi Alamanda Blok C-12-5, Setia Alam hari Sabtu ni.
        Encik Lee Chong Hin, No. 8, Jalan Molek 2/14, Taman Molek, 81100 JB minta sebut harga dapur. Isteri dia baru lepas pembedahan kanser, jadi jangan bising sangat.
        Pindah rumah: Cik Nadia Kamal 019-773 2041, dari Pangsapuri Seri Mas B-3-7, Bandar Sri Permaisuri ke No. 14, Jalan Kenanga 3, Kajang. Kereta dia WXY 8231 kena alih dulu.
        Gaji juruteknik bulan Oktober: Muhammad Hafiz bin Zulkifli - RM2,150 + elaun RM300, potongan KWSP RM270.
        Mahkamah Tuntutan Kecil: Puan Kavitha a/p Subramaniam menuntut RM6,800 daripada kontraktor kerana bumbung rumahnya di Ipoh masih bocor selepas dibaiki.
        Tolong hantar invois ke emel hakimi.razak91@gmail.com - saya Hakimi Razak, rumah di Lot 5, Jalan Bukit Indah 15/3, 81200 Johor Bahru.
        Pekerja kami Sdr Wahyu Pratama, pasport Indonesia C1204587, permit kerja tamat 12/2025 - sila perbaharui sebelum dia masuk tapak di Subang.
        Akaun Maybank 1140 2298 7731 atas nama NUR SYAFIQAH BT AHMAD untuk pulangan deposit stor RM300.
    """),
    "zh-Hans": _lines("""
        师傅您好，我是刘美玲，住在盛港 Blk 273C Compassvale Link #09-541，电话 8713 6624，想约周六上午清洗三台冷气。
        搬家联系人：黄志强，马来西亚身份证 780122-07-5031，从槟城搬到新加坡，新地址 Blk 118 Rivervale Dr #04-210。
        储物柜租户周晓燕，身份证号 35020319920218062X，押金已退到她的招商银行卡 6214 8301 9427 6357。
        我妈妈陈秀英有帕金森，走路不稳，装修时请在厕所装扶手，地址 Blk 56 Strathmore Ave #12-18。
        装修合同甲方：张立新，护照号 E62917403；乙方：卓越装修私人有限公司；合同金额 $62,000。
        清洁阿姨罗桂芳的微信号 luoguifang_1968，她每周二、五来我家打扫，一个月工资 $900。
        客户吴家豪的车牌 SMA7093B，周日搬家那天要停在访客车位，请先跟公寓管理处登记。
        小额索偿庭案件：业主郑丽华起诉装修公司，要求赔偿 $12,500，因为她家浴室漏水到楼下。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of Coolbreeze Aircon. Collect service type, address and contact.",
        ),
        ("user", "hi want to book aircon chemical wash for 2 units"),
        ("assistant", "Sure! Chemical wash is $80/unit. May I have your name and address?"),
        ("user", "Daryl Sim. Blk 162 Yung Kuang Rd #09-27"),
        ("user", "S610162"),
        ("assistant", "Thanks Daryl. Which number should the technician call?"),
        ("user", "9362 0845, whatsapp also can"),
    ],
    [
        ("user", "How much to move a 4-room HDB to a condo in Bukit Timah?"),
        (
            "assistant",
            "Usually $650-$900 with 2 lorry trips and 4 movers, depending on the amount of furniture.",
        ),
        ("user", "ok. the condo mgmt wants the owner details for the moving-in form"),
        (
            "user",
            "Owner: Melvin Chia Kok Leong, NRIC S9021345H, unit 11 Toh Tuck Road #03-09, move-in 18 Dec",
        ),
        ("assistant", "Noted, I'll fill in the form and send it to the MCST for approval."),
    ],
    [
        ("system", "StorageHub SG customer support. Never ask for full card numbers in chat."),
        (
            "user",
            "my monthly payment for the 50 sqft unit failed, can I just give you my card here",
        ),
        (
            "assistant",
            "For security please update your card in the app under Billing > Payment Methods.",
        ),
        ("user", "app keeps crashing. card is 4147 2085"),
        ("user", "0017 3930 exp 03/27, name Joanne Poh"),
        (
            "assistant",
            "Please don't share card details here - I've masked them. Let me send you a secure payment link instead.",
        ),
    ],
    [
        ("user", "need a handyman to install grab bars and a bed rail"),
        ("assistant", "We can do that. Is it for an elderly family member?"),
        ("user", "yes my dad Mr Teo Hock Seng, he has Alzheimer's and fell twice last month"),
        ("assistant", "Sorry to hear that. Where is the flat?"),
        ("user", "Blk 33 Marine Cres #06-121, I'll be there, I'm his son Marcus, 8127 4490"),
    ],
    [
        (
            "user",
            "I want to sign up for part-time cleaning, but my helper will be the one opening the door",
        ),
        ("assistant", "No problem. We'll need her name so our cleaner can identify her."),
        ("user", "Her name is Lorna Bautista, FIN F2219874L"),
        ("user", "she's paid $750 a month and off on Sundays so don't come on Sunday"),
        ("assistant", "Got it, weekday slots only. I'll send you the options."),
    ],
    [
        ("user", "my contractor disappeared after taking 50% deposit, what can I do"),
        (
            "assistant",
            "You can file a claim at the Small Claims Tribunals for amounts up to $20,000, or $30,000 with consent of both parties.",
        ),
        ("user", "already filed. SCT/2025/006832, Hannah Wee vs Mega Reno Concepts, $14,200"),
        (
            "assistant",
            "Then bring your quotation, payment receipts and chat records to the consultation.",
        ),
        (
            "user",
            "hearing is 9 Jan, my flat is Blk 510 Jurong West St 52 #05-260 if they need to inspect",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tanya harga servis aircond 3 unit di Bangi"),
        ("assistant", "Waalaikumsalam. Cuci biasa RM70 seunit, jadi RM210 untuk 3 unit."),
        ("user", "ok boleh. nama saya Zulaikha binti Omar"),
        ("user", "alamat No. 41, Jalan 9/2, Seksyen 9, 43650 Bandar Baru Bangi, tel 011-2847 6153"),
        ("assistant", "Terima kasih Puan Zulaikha, juruteknik akan datang Khamis jam 10 pagi."),
    ],
    [
        ("user", "你好，我想租一个储物仓，50平方英尺的"),
        ("assistant", "好的，50 平方英尺每月 $168，需要先登记身份信息。"),
        ("user", "我是中国护照，名字是孙浩然，身份证号 3205831979"),
        ("user", "03302574，手机 +86 139 1682 7304"),
        ("assistant", "收到，已为您预留 B1-033 单位。"),
    ],
    [
        (
            "user",
            "We're relocating from Hong Kong to Singapore in February, need a quote for a 20ft container",
        ),
        (
            "assistant",
            "Happy to help. Door-to-door from HK to SG for a 20ft is usually HK$28,000-35,000.",
        ),
        ("user", "OK. Contact is my husband Leung Ka Ho, HKID Y305174(7), mobile 9482 3317 (HK)"),
        ("assistant", "Thanks. What is the pickup address in Hong Kong?"),
        ("user", "Flat 12B, Tower 3, 8 Tai Hang Road, and the SG address is still TBC"),
    ],
    [
        ("user", "Do you provide boxes and bubble wrap?"),
        (
            "assistant",
            "Yes, 20 medium boxes + 1 roll bubble wrap is $45, delivered free with any move.",
        ),
        ("user", "What about disposal of an old fridge?"),
        ("assistant", "Fridge disposal is $40, we'll remove it on moving day."),
        (
            "user",
            "ok pls deliver the boxes to my wife Melissa Wong, she's home all day, 9264 1187, 7 Jalan Bunga Rampai",
        ),
    ],
]
