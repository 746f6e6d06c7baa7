# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en149: SG/MY car wash, detailing and tinting shops (bookings, damage claims, membership, staff chats, CCTV disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en149
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        EXTERIOR WASH — Sedan $15 | SUV/MPV $18 | 7-seater & van $22 | add tyre shine +$3 | weekdays before 11am 10% off
        Interior deep clean (shampoo seats, carpet, roof lining, steam aircon vents): Sedan $180, SUV $220, MPV $250. Allow 5-6 hours, car must be dropped by 10am.
        Ceramic coating 9H, 2 layers + 1 top coat, includes 1-step paint correction, 3-year warranty with 6-monthly maintenance: from $888 (Vezel / Yaris Cross size).
        Solar film package: 3M Crystalline CR70 windscreen + FX-ST 35 sides & rear — $1,280 for sedans, lifetime warranty against bubbling & fading.
        Headlamp restoration $60/pair | Engine bay degrease $40 | Odour removal (ozone) $80 | Pet hair removal from $30 depending on condition
        Membership tiers — Silver: 10 washes $120 (valid 6 months) / Gold: 20 washes $220 + 1 free interior vacuum / Platinum: unlimited weekday washes $89/month, 12-month lock-in
        Add-ons: clay bar $50, glass water-repellent coating $45 (windscreen only), rim ceramic $120 for 4 wheels, leather conditioning $70
        Tinting price list effective 1 Jan 2026: V-Kool VK40 full car $1,650 | Llumar AIR 80 windscreen $650 | Huper Optik Ceramic 30 sides $780
        Motorcycle wash $8, big bike (above 400cc) $12. No chain lube service on Sundays.
        Cancellation: bookings cancelled less than 24 hours before the slot will forfeit the $50 deposit; one free reschedule per booking.
        PPF full front (bonnet, bumper, fenders, side mirrors) XPEL Ultimate Plus: $2,400; full body quote on inspection only.
        Corporate fleet rate: 20 vehicles and above, $11 per exterior wash, invoiced monthly, 30-day payment term.
        Tint removal (old film + glue) $150 sedan / $200 SUV; rear windscreen with defogger lines charged separately at $80.
    """),
    ("en", "shop_notice"): _lines("""
        NOTICE: These premises are under 24-hour CCTV surveillance. Footage is kept for 30 days and is released only to the Police or upon a formal written request to management.
        Please remove all valuables, cash cards and your ERP in-vehicle unit card before handing over the key. We are not responsible for items left in the vehicle.
        Pre-existing scratches, dents, stone chips and kerb rash on rims will be recorded on the vehicle inspection sheet at check-in. Kindly check the sheet before signing.
        Damage claims must be raised before the vehicle leaves the compound. Claims raised after the vehicle has left will be reviewed but cannot be guaranteed.
        Our Tampines outlet will be closed on 17 and 18 February for Chinese New Year. Bookings resume from 19 February, 9am. Gong Xi Fa Cai!
        Dear customers, due to water supply works in the estate, high-pressure wash is suspended today. Waterless wash available at the same price.
        Members: wash credits are tied to one registered vehicle. To change the registered vehicle, please bring the new log card to the counter.
        Lost & found items are kept for 14 days at the cashier counter. Please quote your job card number when collecting.
        For enquiries, WhatsApp our hotline 6789 2231 (Mon-Sat 9am-7pm) or email bookings@sparkleautospa.com.sg.
        Tinted film curing: do not wind down the windows for 3 days after installation and avoid cleaning the inside of the glass for 7 days.
        LTA requirement reminder: the windscreen and front side windows must allow at least 70% visible light transmission. We do not install darker film on these windows.
        Staff are not allowed to drive customer vehicles outside the compound. Valet service requires a signed authorisation form.
        Public holiday surcharge: $5 per vehicle for all wash packages on gazetted public holidays.
    """),
    ("en", "staff_sop"): _lines("""
        SOP 4.2 Snow foam: dilute 1:10 in foam cannon, dwell 3-5 min, do not let it dry on panels under direct sun. Rinse top to bottom.
        Two-bucket method only. Wash mitts that touch the ground go straight to the laundry bin, no exceptions.
        Check-in checklist: walk-around photos (8 angles + rims), mileage, fuel level, warning lights, personal items, key count. Upload to the job card before starting work.
        If you cause any damage, report to the supervisor immediately. Do not attempt touch-up yourself. Photograph it, tag the panel with blue tape and note the time.
        Tint install: clean glass with slip solution, heat-shrink film for the rear windscreen on the outside, squeegee from centre outward, trim 2mm from the dot matrix.
        Machine polishing: test spot first, start with a finishing pad, only move to cutting compound if defects remain. Never polish over rubber trims.
        IPA wipe-down at 15% before ceramic application. Cure 24 hours indoors, no water contact for 7 days.
        Closing duties: drain the pressure washer, switch off the compressor, check the oil interceptor, lock the key cabinet, set the alarm.
        Chemical storage: acid wheel cleaner on the bottom shelf, away from alkaline degreaser. SDS folder hangs at the store room door.
        CCTV retrieval: only the outlet manager may export footage. Log the date range, camera number and reason in the CCTV register.
        Customer says the car got scratched after the wash? Stay calm, do not admit or deny, walk the customer through the check-in photos, call the manager.
        Roster rule: minimum 2 staff at the tint bay whenever windscreen film is being installed.
        Heat-gun safety: keep the nozzle moving, max 400°C setting on film, never point at plastic trims, cameras or parking sensors.
    """),
    ("mixed", "staff_chat"): _lines("""
        boss, foam cannon at bay 3 spoil again, the nozzle leak like siao. can order new one or not
        Today very jam ah, 14 cars in queue already, anyone can come in early tmr?
        ok noted, 3M film stock left 2 rolls CR70, FX-ST 35 left half roll only
        Eh the Alphard booking for 2pm cancel liao, can slot the walk-in Myvi in
        Reminder: new ceramic supplier training tmr 9am sharp at HQ. wear uniform pls
        Abang, vacuum kat bay 2 rosak, tak sedut langsung. Guna yang portable dulu.
        lunch break rotate ya, don't all go makan same time, customer waiting nobody entertain
        who last used the polisher? pad never wash, all the compound dry already. pls lah
        Oredi update the price board for CNY, pls check the font ok or not
        Rain coming, all exterior wash after 4pm tell customer can reschedule free
        got customer ask whether we do PPF for motorbike tank. we do or not ah?
        Stock check: APC 2 drums, snow foam 1 drum, tyre gel 6 bottles, microfibre need to reorder 明天前要下单
        CCTV cam 4 (facing exit) blur liao, the lens got soap film. tomorrow morning someone wipe pls
    """),
    ("en", "customer_faq"): _lines("""
        How long should I wait before washing my car after ceramic coating? Generally 7 days, and avoid automatic tunnel washes for the first month.
        Is 70% VLT film on the windscreen really cooler? Yes, heat rejection depends on the IR-blocking layer, not on how dark the film looks.
        Can I bring my own ceramic product and just pay for labour? Sorry, our warranty only covers products we supply and apply.
        What is the difference between wax, sealant and ceramic coating in terms of durability and price?
        Q: Do you wash cars with matte paint or matte wrap? A: Yes, with pH-neutral matte-safe shampoo only, no wax and no polishing.
        Why does my new tint look hazy with small water pockets? That is normal moisture during curing and should clear in 1-2 weeks depending on the weather.
        Is 5% tint on the rear windscreen legal in Malaysia? No, JPJ sets a minimum of 30% VLT for the rear side windows and rear windscreen of private cars.
        My car has a bird dropping stain that won't come off, will polishing remove it? Usually yes, unless it has etched through the clear coat.
        How do I claim if my car was damaged at a car wash in Singapore? Take photos, inform the outlet before leaving, and approach CASE if it cannot be resolved.
        Which is better if I park at an open-air HDB carpark every day, PPF or ceramic coating?
        Does the membership auto-renew? You can switch off auto-renewal anytime in the app under Account > Subscription.
        Can I wait at the shop while the tint is being installed? Yes, there is an air-con lounge with free WiFi; a full car takes about 3-4 hours.
        Do car wash operators need to follow the PDPA for CCTV? Yes, footage showing people is personal data, so it must be protected and kept only as long as there is a business or legal purpose.
    """),
    ("en", "system_log"): _lines("""
        2026-03-14 09:12:05 INFO booking.create ref=BK-260314-0087 service=EXT_WASH_SEDAN bay=2 slot=10:30 status=CONFIRMED
        2026-03-14 11:47:31 WARN payment.retry txn=PAY-88213-A gateway=stripe attempt=2 reason=timeout
        JOB CARD JC-0045219 | Service: Interior Deep Clean | In: 09:05 | Out: 15:40 | QC: passed | Remarks: rear seat stain partially removed
        Invoice INV-2026-03-01882 | Ceramic Coating Gold Pkg | Subtotal $888.00 | GST 9% $79.92 | Total $967.92
        export const TINT_VLT_MIN = { SG: { windscreen: 70, frontSide: 70 }, MY: { windscreen: 70, frontSide: 50, rear: 30 } };
        SELECT outlet_id, COUNT(*) AS washes FROM job_cards WHERE service_date BETWEEN '2026-01-01' AND '2026-01-31' GROUP BY outlet_id;
        CCTV NVR-02 channel 5 motion event 2026-04-02T16:21:09+08:00 duration 00:03:12 archived to /nvr/2026/04/02/ch05_1621.mp4
        Claim case CLM-2026-0117 status changed: UNDER_REVIEW -> CLOSED_NO_FAULT (reviewer: ops_manager)
        Warranty card no. WC-CR-774120, film batch 3M-CR70-2511-B, roll length 30.5m, installer code T07
        sms_template.booking_reminder = 'Hi {name}, reminder: your {service} at {outlet} is on {date} {time}. Reply C to confirm.'
        cron: 0 22 * * * /opt/washpos/bin/backup.sh --db bookings --retain 14
        Daily summary 2026-05-20 Outlet JB-Skudai: 63 washes, 4 interior, 2 ceramic, 1 tint, revenue RM 4,215.00, 0 incidents
        Membership plan PLAT-UNL-M price=89.00 currency=SGD lock_in_months=12 max_vehicles=1 active_subscribers=412
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Premis ini dilindungi CCTV 24 jam. Rakaman disimpan selama 30 hari sahaja.
        Harga cucian luar: Kereta RM12, SUV/MPV RM15, Pikap RM18. Vakum dalam tambah RM5.
        Sila keluarkan barang berharga dari kenderaan anda sebelum menyerahkan kunci. Pihak kedai tidak bertanggungjawab atas sebarang kehilangan.
        Kedai tutup pada hari pertama dan kedua Hari Raya Aidilfitri. Selamat Hari Raya, maaf zahir dan batin!
        Tuntutan kerosakan mesti dibuat sebelum kenderaan keluar dari premis. Sila semak borang pemeriksaan kenderaan semasa serah kunci.
        Had kegelapan cermin mengikut JPJ: cermin depan 70%, tingkap sisi depan 50%, tingkap belakang dan cermin belakang 30%.
        Pakej Salutan Seramik 3 tahun bermula RM1,299. Termasuk pengilatan satu langkah dan pemeriksaan percuma setiap 6 bulan.
        Pekerja dikehendaki memakai sarung tangan getah semasa menggunakan bahan kimia pencuci rim.
        Ahli Gold: 15 kali cucian RM150, sah selama 6 bulan, tidak boleh dipindah milik.
        Soalan: Boleh cuci kereta masa hujan? Jawapan: Boleh, tetapi kami sarankan tempah semula secara percuma.
        Tempahan boleh dibuat melalui talian 03-7865 4410 atau aplikasi kami. Waktu operasi 9 pagi hingga 7 petang.
        Pada cuti umum, caj tambahan RM3 dikenakan bagi setiap kenderaan.
    """),
    ("zh-Hans", "门店通知"): _lines("""
        本店提供洗车、打蜡、镀晶及贴膜服务，营业时间：上午9点至晚上7点，逢星期二休息。
        温馨提示：请在交车前取出车内贵重物品，如有遗失本店概不负责。
        镀晶后7天内请勿洗车，一个月内避免使用自动洗车机。
        隔热膜安装后三天内请勿升降车窗，以免膜边翘起。
        会员卡洗车次数不可转让，有效期为购买日起六个月。
        本店装有24小时监控，录像保存30天，只在警方要求下提供。
        新春优惠：全车内饰清洗 + 臭氧除味，特价RM199（原价RM260）。
        车辆交车时如发现刮痕或凹陷，请当场告知店员并在检查表上注明。
        请问陶瓷镀膜和普通打蜡有什么区别？镀膜一般可以维持两到三年，打蜡只有一到两个月。
        员工守则：每天收工前必须清洗抛光盘并关闭空压机。
        马来西亚法规：前挡风玻璃透光率不得低于70%，前侧窗不得低于50%。
        工单号 JC-0052187 已完成质检，可以通知车主取车。
    """),
    ("en", "industry_news"): _lines("""
        Transport Minister Anthony Loke announced in 2019 that private cars in Malaysia may use 50% VLT film on the front side windows and 30% on the rear.
        Dr Mahathir Mohamad launched the Proton Saga in 1985, and decades later the Saga is still one of the most common cars at neighbourhood car washes.
        Detailers report that Tesla Model Y owners in Singapore increasingly put PPF on the front bumper because of stone chips on the expressways.
        Lewis Hamilton's black Mercedes livery in 2020 sparked a wave of satin black wrap requests at detailing shops, one wrap installer said.
        Survey: 62% of Klang Valley car owners wash their cars at least twice a month, spending an average of RM48 per visit.
        Waterless wash start-ups are growing in Singapore's condo carparks, where management committees often ban hose washing.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BOOKING | Name: Tan Wei Ming | HP: 9123 4876 | Car: Honda Vezel SKQ 4821 B | Service: Ceramic Gold | Date: 14/3 10am | Deposit $100 paid via PayNow
        Hi this is Priya Menon, my Mazda 3 (SLB 8862 Z) was at your Bedok outlet yesterday and now there's a 10cm swirl mark on the driver door that wasn't there before. Please call me at 8765 2291.
        DAMAGE CLAIM FORM / Claimant: MUHAMMAD HAFIZ BIN ROSLAN / NRIC: S8712345F / Vehicle: SJH 2190 K Toyota Corolla Altis / Incident: side mirror cracked during drying / Date: 02/04/2026 / Amount claimed: $420
        Membership renewal for Mdm Lim Soo Cheng (Platinum Unlimited) charged to Visa 4556 2011 4622 0029 exp 09/28 — renewal successful.
        @Rizwan the guy from SMG 317 X came back again complaining abt the rim, his name Kelvin Goh, very fierce one, pls handle nicely
        Incident note 05/04: Mr Rajesh s/o Krishnan alleges staff took $50 cash from his glove box. CCTV ch3 12:10-12:40 reviewed with him present, nobody seen opening the glove box. He still says he will make a police report.
        Warning letter: Mohd Aiman bin Zulkifli, detailer, Woodlands outlet — late 6 times in March and caught smoking in the tint bay on 18/3. This is a final warning.
        Work permit holder MD SHAHIDUL ISLAM, FIN G5521093X, car grooming assistant, WP expiry 30/11/2026, medical check-up due next month.
        Hi can I book tint for my wife's car? She's Jessica Wong, plate SGX 5573 X, Honda Jazz, her number is 9034 7712. She'll drop the car on Saturday morning.
        Refund request: customer Aisyah binti Kamarudin paid $280 twice for the interior package, pls refund one payment to her POSB 182-45371-6.
        Lost item: Mr Benedict Fernandes (9671 5530) left his son's school bag in the back seat of SNA 9014 E, he will collect tomorrow after 6pm.
        jason lee 9822 1473 vezel wash+wax 3pm
        From: daryl.koh88@gmail.com / Subject: Bubbles in my tint after 2 weeks / Hi, I did the V-Kool package on 3 Feb at your Ubi branch and now the rear windscreen has bubbles. Photos attached. Daryl
        Reply to Google review: Dear Ms Nurul Huda Rahmat, we are sorry your Myvi was returned with water spots on 12 May. Our manager will call you to arrange a free re-wash.
        Tint warranty registration — Owner: CHEW KAH HENG | MyKad: 790301-07-5211 | Car: Honda City PKD 2231 | Tel: 012-458 3391 | Film: 3M FX-ST 35 full car
        Accounts: Ong Boon Huat still owes us $1,250 for the PPF since January, every time says next week pay. Send lawyer letter?
        HR: Ravi a/l Muniandy on MC this whole week, slipped disc after lifting the tyre rack at the Jurong outlet. Pls record as work injury.
        Pick-up authorisation: I, Chloe Tan Hui Min (NRIC S9034518D), authorise my driver to collect my car SFV 66 Z after the detailing is done.
        Valet log 14:05 — Ahmad Faizal drove customer car SBA 1288 B to the petrol kiosk for tyre pressure, back 14:30. Owner Mr Chua (98145526) was not informed beforehand.
        Cust: Puan Rosnah Ismail, 019-336 7845, Perodua Axia VCK 4421, full tint 30% sides, deposit RM100 via DuitNow, collect Friday 5pm.
        CCTV footage request: Requested by Siti Mariam binti Osman, NRIC T0127784C, footage of 21/4 3-4pm, reason: insurance claim for a dent on her BMW 318i rear bumper.
        Payroll April: Nguyen Van Hoa (S Pass, detailer) basic $2,150 + OT $312, credit to DBS 027-851234-6.
        the auntie from Blk 312 Tampines St 32 #08-115 call again, Mdm Goh, say we never vacuum properly and want us to collect her car from home
        Referral: Marcus Rodrigues referred his colleague, both get 1 free wash. Marcus HP 8233 6610, Outlander SDN 7142 G.
        Insurance claim vs Sparkle Auto Spa by Mr Edwin Yeo Kah Seng (T0345529C): windscreen chipped during tint removal on 9 June, quotation $780.
        IG DM from @shawn.drives.gt86 — wants full PPF on his GT86 next month, asking 15% discount since his brother also coated with us
        Telegram tint enquiry from Yuki Tan (@yuki_tan_97), Tesla Model 3, wants 70% front and 20% rear, she says message her at 8466 1029
        NAME: KAVITHA A/P SUBRAMANIAM | IC: 920815-14-6078 | TEL: 016-702 4418 | VEHICLE: PERODUA BEZZA WUP 3390 | PACKAGE: CERAMIC 3 YEARS | PAID: RM1,299
        Expat customer James Whitfield, 41 Jalan Kembangan, wants pick-up and drop-off for his Volvo XC60 every fortnight, pays by card 5401 8774 6472 8406.
        Complaint escalated: Mr Harpreet Singh Gill says his Civic Type R SKF 3306 L came back with a chipped front lip after the wash on 3 Aug. Staff on duty was Kumar. Pending CCTV review.
        Membership card MB-002231 belongs to Dr Anand Pillai, Gold tier, 7 washes left, registered car SLA 5189 J.
        2026-07-11,Lee Jia Hui,jiahui.lee95@outlook.com,9357 8104,Interior Deep Clean,$220,PAID
    """),
    "ms": _lines("""
        Encik Azman bin Yusof (012-667 3021) komplen kereta dia calar lepas cuci, bumper depan. Dah semak CCTV, memang calar sebelum masuk.
        Borang tuntutan: NORAZLINA BINTI HASSAN, No. KP 870412-10-5524, Honda HR-V BNK 6620, cermin sisi pecah semasa vakum, tuntutan RM350.
        Pekerja Faizal bin Hamid ambil cuti sakit 3 hari, demam denggi, MC dari klinik kesihatan. Tolong susun semula jadual.
        Tempahan: Cik Farah Adlina, 011-2345 6178, Proton X50 BPH 7721, pakej tint penuh 30%, Sabtu 11 pagi.
        Ahli baru: Muthu a/l Rajoo, kad ahli Gold, bayar guna kad 5521 1590 6004 1376.
        Tolong hantar rakaman CCTV kepada Puan Zaleha binti Abdul Rahman, emel zaleha.ar@yahoo.com, untuk kes kereta dia kena langgar masa parking.
        Pekerja Rahim Uddin belum terima gaji bulan Mac RM1,700, masuk akaun Maybank 1642 3301 8827.
        Abang Jamal yang cuci kereta dekat Seksyen 7 tu, nombor dia 013-882 4107, dia polish murah gila.
    """),
    "zh-Hans": _lines("""
        客户陈志强，电话 9672 3318，车牌 SJR 8824 Z，预约周六上午十点全车镀晶，已付订金 $200。
        投诉：黄美玲女士说她的宝马 SMK 1047 Y 在我们店洗车后左后门有划痕，要求赔偿 $650，监控录像已调出，等经理审核。
        员工林家豪本月迟到五次，已经口头警告，下次再迟到就扣薪水。
        会员资料 / 姓名：郑淑芬 / 手机：012-386 5570 / 车牌：JQT 2218 / 会员等级：金卡 / 到期：2026年12月31日
        王伟强先生要求退回贴膜订金 RM300，请转账到他的大众银行户口 6421038715。
    """),
    "mixed": _lines("""
        bro the Civic FK8 owner Ah Huat, Lim Kok Huat 9387 2254, say his tint turn purple liao after 1 yr, warranty still valid or not can check
        Eh the lady customer Mdm Tay 98102377 her car key we pass to wrong person!! Now she at counter scolding, come down fast
        Boss, Encik Kamal Ariffin punya Hilux VBC 8812 dah siap, tapi dia belum bayar baki RM450. Call dia 017-221 9905 takde jawab.
        客户 Vincent Lau 要做 full PPF，HP 012-517 8830，budget RM8k，下个星期二 drop car
        Kak Ros, customer Jeremy Oei 8142 6675 tanya his ceramic warranty card hilang, boleh reissue tak? He coated at our Puchong branch last Dec.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Sparkle Auto Spa, Singapore. Collect name, mobile, plate and service.",
        ),
        ("user", "hi want to book exterior wash + wax this sat"),
        (
            "assistant",
            "Sure! Saturday has slots at 10:00, 11:30 and 15:00. May I have your name, mobile number and vehicle plate?",
        ),
        ("user", "11:30. Nicholas Seah, 9745 3318, SGB 920 B, it's a white Corolla"),
        (
            "assistant",
            "Thanks Nicholas, booked: Sat 11:30, Wash + Wax, SGB 920 B. A reminder SMS will be sent to 9745 3318 the day before.",
        ),
    ],
    [
        (
            "user",
            "My car was damaged at your Kallang outlet on 18 Sept. Rear wiper arm snapped when your staff used the tunnel brush.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. To open a damage claim, I need the vehicle plate, the owner's full name as in the log card, and NRIC for verification.",
        ),
        (
            "user",
            "Owner is my mother, Goh Siew Lan, NRIC S6629104I. Plate SFM 4471 H. I'm her son, Daniel.",
        ),
        (
            "assistant",
            "Thank you. Claim CLM-2026-0342 has been opened for SFM 4471 H. Our outlet manager will review the CCTV and contact you within 3 working days.",
        ),
    ],
    [
        (
            "user",
            "help me draft a termination letter. staff is Suresh Kumar s/o Ganesan, detailer at our Ang Mo Kio branch, he took a customer's car for a joyride on 2 Oct, caught on CCTV, and this is his second offence.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Mr Suresh Kumar s/o Ganesan, following the incident on 2 October 2026 in which you drove a customer vehicle outside the premises without authorisation, as recorded on CCTV, and given the prior written warning issued to you, your employment is terminated with effect from ...'",
        ),
        (
            "user",
            "add that his last salary will be paid into his OCBC account and he must return the uniform and locker key",
        ),
    ],
    [
        (
            "user",
            "customer demanding we send him the CCTV clip of his car. he is Mr Lawrence Chong, hp 8851 9204, car SNB 2603 X. he says our worker kicked his tyre. can we just whatsapp him the video?",
        ),
        (
            "assistant",
            "Under the PDPA you can give him footage of himself and his car, but other people in the clip (staff, other customers) should be masked first. Better to let him view it at the outlet, or send a redacted copy through a proper access request.",
        ),
        (
            "user",
            "ok then write a polite reply to him saying he can come view it at the outlet on monday 3pm",
        ),
    ],
    [
        (
            "user",
            "I want to cancel my Platinum membership. Name Farhan bin Ismail, phone 9208 6613.",
        ),
        (
            "assistant",
            "I can help with that, Farhan. Your plan has a 12-month lock-in ending 31 Jan 2027. Early termination fee is $120. Shall I proceed?",
        ),
        (
            "user",
            "ok proceed, charge the fee to my Visa 4966 1203 8815 2902, don't use the card on file, that one cancelled already.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tempah tint untuk Myvi saya. Nama Nurul Izzati binti Mohd Salleh, IC 011123-01-0342.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nurul Izzati. Boleh berikan nombor plat kenderaan dan nombor telefon untuk pengesahan?",
        ),
        (
            "user",
            "Plat JRT 5518, telefon 012-743 9026. Saya nak 50% depan, 30% belakang, hari Ahad boleh?",
        ),
        (
            "assistant",
            "Boleh. Tempahan anda: Ahad 10 pagi, tint penuh Myvi JRT 5518. Deposit RM100 perlu dibayar dalam 24 jam.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条WhatsApp回复客户。客户叫吴俊杰，他的Camry上周在我们店做镀晶，现在说引擎盖有水渍印，要求重做。",
        ),
        (
            "assistant",
            "吴先生您好，谢谢您的反馈。关于您Camry引擎盖上的水渍问题，我们很抱歉造成不便。请问本周哪天方便把车开来，我们会免费为您处理。",
        ),
        (
            "user",
            "加上他的工单号 JC-0061204，还有提醒他这次来要带保修卡，他的手机是 9114 0287，我会直接发过去。",
        ),
    ],
    [
        (
            "user",
            "Need to redo next week roster. Hakim on hospitalisation leave till Thurs (appendix surgery), Wei Jie on reservist Mon-Wed, Lakshmi only can do mornings because of her baby.",
        ),
        (
            "assistant",
            "Here's a suggestion: Mon-Wed mornings Lakshmi + 2 relief staff at wash bay; tint bay covered by the two senior installers; from Thursday Hakim back on light duties at the counter only.",
        ),
        (
            "user",
            "ok but write out the full names for HR: Abdul Hakim bin Sulaiman, Ng Wei Jie, Lakshmi d/o Rajan. And note Hakim's surgery was at Changi General.",
        ),
    ],
    [
        (
            "user",
            "A customer paid twice for her ceramic coating. Can you draft the refund email? She is Ms Grace Lim Pei Shan, grace.lps@hotmail.com, refund $888 to DBS 072-334518-9.",
        ),
        (
            "assistant",
            "Subject: Refund of duplicate payment — Dear Ms Grace Lim, we have found a duplicate payment of $888 for your ceramic coating. The amount will be refunded to your DBS account ending 518-9 within 5-7 working days. We apologise for the inconvenience.",
        ),
    ],
    [
        (
            "user",
            "we found a wallet in the Alphard this morning, owner is Mr Tan Boon Keng, inside got his IC S8537264E and some cash. he not answering. what to do?",
        ),
        (
            "assistant",
            "Record it in the lost & found log with the amount of cash counted by two staff, keep the wallet locked in the safe, and keep trying the number in the booking. Do not photograph the IC unless needed.",
        ),
        (
            "user",
            "the booking number is 9630 4471. ok I text him. his address in the system is 27 Jalan Bunga Rampai, maybe we just courier it to his house",
        ),
    ],
    [
        (
            "user",
            "can you tell me if my package is still valid? I'm a foreign worker, FIN G3318857P, name Ramil Dela Cruz, I bought the 10-wash card in March for my employer's car.",
        ),
        (
            "assistant",
            "Thanks Ramil. The 10-wash card bought in March 2026 is valid for 6 months, so it expired in September. You have 3 unused washes; we can extend once for $20.",
        ),
        ("user", "ok extend, my employer Mdm Koh will pay at counter, her car SLD 6025 B"),
    ],
]
