# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en270: SG/MY glamping sites, campsites and outdoor adventure camps (bookings, waivers, school camps, injuries, staff rosters, weather cancellations). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en270
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "site_notices"): _lines("""
        NOTICE: Campfires are only permitted in the steel fire pits at Pitches 1 to 12. Ground fires will result in forfeiture of the RM200 security deposit. Management, Sungai Chilling Riverside Camp
        Quiet hours 10.30pm to 7.00am. Generators must be switched off by 10pm. Noise complaints can be made to the Duty Office at +60 3-6093 2418 (24 hrs).
        Monkey alert: long-tailed macaques are active near the Jelutong Campsite toilets on Pulau Ubin. Do not feed them and keep all food sealed inside your tent. NParks Helpline 1800-471-7300.
        Check-in at Bell Tent Reception from 3pm, check-out by 11am. Late check-out until 1pm is SGD 40 per tent, subject to availability. Reception WhatsApp: +65 8876 2210.
        Water from the river is NOT potable. Refill stations are at the Surau, Block C shower room and the Cafe counter. Boil or filter before drinking, thank you.
        Lightning risk: when the siren sounds twice, leave the kayaking lagoon and high ropes course immediately and gather at Shelter B (yellow roof beside the archery range).
        Ferry notice: bumboats from Changi Point Ferry Terminal (51 Lorong Bekukong, S499172) leave when 12 passengers have boarded. Last boat back to Changi is usually around 9pm.
        Lost and found items are kept for 30 days at the Camp Office, Lot 2147 Jalan Sungai Chilling, 44100 Kuala Kubu Bharu, Selangor, after which they are donated to charity.
        Pets are welcome at Glade Tents G1 to G6 only. Maximum 2 dogs per tent, leashed at all times. Pet fee RM35/night. Please bring the dog's vaccination card for checking.
        The suspension bridge to the waterfall trail is closed from 14 Nov 2026 for repairs by Sinar Jaya Engineering Sdn Bhd (201501023456). Please use the Riverside Trail instead.
        First aid post is beside the flying fox tower. AEDs are at Reception and in the Dining Hall. In an emergency call 999 or the camp hotline 011-2765 4410.
        School groups: teachers-in-charge must collect student wristbands at the Activity Desk by 8.15am. Your group code is printed on the MOE OAL confirmation letter.
        Drones may not be flown over the campsite without written approval from management. In Singapore, CAAS rules apply and an Activity Permit is needed above 200 ft.
    """),
    ("en", "booking_faq"): _lines("""
        Q: Can I book the Pulau Ubin campsites through you? A: No, Ubin campsites are booked on the NParks website. We only rent out gear, e.g. a 4-person tent at SGD 35/night.
        Q: What happens if it rains? A: Our bell tents sit on raised timber decks with sewn-in groundsheets. We only cancel if MSS issues a heavy rain warning with lightning for the East.
        Q: Do you accept PayNow? A: Yes, PayNow to UEN 201834817K (Wild Lalang Outdoors Pte. Ltd.). Please put your booking number, e.g. WL-26-0412, in the reference field.
        Q: Is the food halal? A: Our caterer Dapur Mak Teh Catering holds a JAKIM halal certificate. The BBQ set (RM68/pax) is halal; food brought into the shared kitchen must also be halal.
        Q: Minimum age for the high ropes course? A: 7 years old and at least 120 cm tall. Children under 12 must be accompanied by a paying adult on the ground.
        Q: Can we change our dates? A: Free date change up to 7 days before arrival. Within 7 days an RM50 admin fee applies. Email reservations@bukitrimbacamp.my with your booking ID.
        Q: How do I get there by public transport? A: KTM Komuter to Rawang, then e-hailing (about RM45, 50 min). We can also arrange a 4x4 pickup from Kuala Kubu Bharu town at RM120 per trip.
        Q: Are the campsites wheelchair accessible? A: Deck Tents D1 and D2 have ramps and an accessible shower next door. Please tell us when booking so we can allocate them.
        Q: What is the refund policy for weather cancellations? A: If we cancel due to weather you get a full refund or a credit note valid 12 months. If you cancel, the 30% deposit is non-refundable.
        Q: Do you provide sleeping bags? A: Yes, Coleman sleeping bags rated to 15 degrees are included in all glamping packages. Big Agnes sleeping pads can be rented at SGD 8.
        Q: Is there mobile signal? A: Maxis and CelcomDigi have 4G at Reception; signal drops near the river. Free WiFi SSID CampHub-Guest, password given at check-in.
        Q: Who runs the school camps? A: Our facilitators hold Standard First Aid + AED certification from the Singapore Red Cross and are trained under the MOE OAL safety framework.
        Q: Can I bring my own tent to the glampsite? A: Yes, BYO tent pitches are RM25 per pitch per night, max 2 tents per pitch, check-in from 2pm. Power point add-on RM10.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-11-18T06:42:13+08:00 INFO weather.poller source=MSS station=S24 rain_mm_1h=38.6 threshold=30 action=flag_cancel site=UBN-GLAMP
        2026-11-18T06:42:14+08:00 WARN booking.bulk_cancel site=UBN-GLAMP date=2026-11-18 affected=23 refunds_queued=23 batch_id=rf_7c41e09b
        BOOKING_SMTP_FROM=no-reply@ubinglamp.sg BOOKING_SMTP_HOST=smtp.sendgrid.net BOOKING_SMTP_PORT=587 TZ=Asia/Singapore LOCALE=en-SG
        payments: {provider: stripe, currency: SGD, paynow_uen: 201834817K, webhook: https://api.ubinglamp.sg/v2/hooks/stripe, retry: 3}
        def nightly_rate(tent: str, day: dt.date) -> Decimal: return RATES[tent] * (Decimal('1.25') if day.weekday() >= 4 else Decimal('1.00'))
        ALTER TABLE waivers ADD COLUMN guardian_signed_at TIMESTAMPTZ NULL; -- migration 0047_waiver_guardian, release v3.12.0
        GET /api/v2/sites/KKB-01/availability?from=2026-12-20&to=2026-12-27&tent=bell_5m 200 OK 84ms req_id=9f2e1a7d-33b0-4c5e-a0d1-6b7c2e9f4410
        [cron] 02:00 SGT export_roster.py --site all --week 2026-W49 --out s3://campops-exports/rosters/ completed in 11.4s (412 rows)
        error_code=E_CAPACITY_FULL message='Slot AT-HIGHROPES-0930 has 0 places left' site=SGC-SG session=2026-12-03 retry_after=null
        image registry.campops.io/booking-api:3.12.1 digest sha256:4be1c0a9d7f23e88b19f0d6c5a2e7b41f93c0d8e6a1b2c3d4e5f60718293a4bc pushed by ci-runner-02
        booking_id,site_code,pitch_no,checkin_date,nights,pax_adult,pax_child,package_code,total_sgd,payment_status,created_at
        BK-2611-00873,UBN,J07,2026-11-21,2,2,1,GLAMP-FAM,486.00,PAID,2026-10-02 14:11:52
        feature_flags: {waitlist_enabled: true, storm_auto_cancel: false, min_age_high_ropes: 7, max_pax_per_bell_tent: 5, ms_locale: 'ms-MY'}
    """),
    ("en", "business_reviews"): _lines("""
        4/5 for Wild Lalang Outdoors at Pasir Ris Park: bell tent was clean, fairy lights were cute, but the portable fan died at 2am. Still worth SGD 189 for a staycation-lite.
        3/5 for Bukit Rimba Eco Camp, Hulu Langat. River is lovely and the nasi lemak breakfast from Warung Pak Abu is shiok, but the toilets near Zone C need serious upgrading.
        Took a Sec 2 CCA group to the MOE Dairy Farm Adventure Centre, instructors very professional and the safety briefing was thorough. Only gripe: canteen closes at 6pm.
        Honest review of the Gunung Ledang glamping dome: aircon works, the morning mist view is unreal. RM420/night is steep though for a dome with a shared bathroom.
        Avoid on long weekends! The Janda Baik riverside campsite was packed, 4WD parking full, karaoke next door until 1am. Management did refund RM60 after we complained at the counter.
        Uncle Chua's Camping Store at Changi Village rented us a Naturehike tent and 2 Helinox chairs for SGD 45 total. Gear a bit dusty but they showed us how to pitch it properly.
        Five stars for the Outward Bound Singapore 5D4N course on Pulau Ubin. The kayak expedition was tough but the instructors handled a capsized boat very calmly.
        Camp Kopi Tiam near Kuala Kubu Bharu: rafting on Sungai Selangor was Grade II at best after a dry week, so manage expectations. Guides were fun, gear was okay.
        Glamping @ Siloso review: SGD 318 for one night sounds crazy until you see the sunset from the deck. The breakfast hamper had kaya toast and Milo peng, kids loved it.
        Taman Negara via Kuala Tahan: canopy walkway was closed for maintenance and the resort desk only told us on arrival. The boat ride upriver was still worth it.
        2 stars. Booked the Bear Grylls Survival Weekend package at a camp in Bentong and it turned out to be a normal BBQ plus a YouTube video of Bear Grylls. Cheeky marketing.
        Company retreat at Fraser's Hill: Jack Wolfskin jackets handed out as door gifts lol. The Pine Tree Trail hike was the highlight, but the chalet rooms smelled damp.
        East Coast Park Area G camping is free with an NParks permit, but BBQ pits are booked separately. Toilets near the McDonald's are clean, 10/10 would camp again.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:02] Ops Lead: Morning all, MetMalaysia says thunderstorm 2pm to 4pm. Kayak session at 2.30 shift to indoor ropes ok? Pls confirm by 9am then I inform the school liaison.
        [07:05] Kitchen: noted boss. Lunch for the SMK group still 142 pax? Yesterday list was 138, the extra 4 halal or vegetarian ah?
        [07:11] Store: Tent T14 and T19 zip spoil already, sent to the repair shop in Rawang. Cannot use tonight, pls allocate other tents lah.
        [07:30] Duty Manager: Roster for week 49 uploaded to the shared drive, Sat night shift still got 1 slot. Anyone want OT, RM12/hr, PM me.
        [07:34] Facilitator Team B: Boleh, Team B can take Sat night. But we need to leave by 6am Sunday, ada kenduri kampung. Can another team cover 6 to 8am?
        [08:10] Ops Lead: Reminder semua, waiver forms must be 100% collected before harness on. No form no climb, no matter what the teacher say. Saya tak nak repeat last year punya incident.
        [08:15] Front Desk: Bas from KL Sentral ETA 10.40, driver said jam at Rawang toll. 2 buses, details in the booking file. Welcome drinks sedia at Dewan A.
        [09:02] Safety Officer: River gauge 1.4m, still below the 1.8m cut-off. Tubing can go ahead. I check again 12 noon, kalau air naik cepat we stop all water activities.
        [09:20] Store: 20 pcs Decathlon headlamps arrived, invoice INV-DKT-88120 RM599.20 passed to accounts. AAA batteries 3 boxes also in.
        [10:45] Kitchen: 明天早餐 nasi lemak + bihun goreng, 150 pax. Supplier 说 egg price naik 5 sen, ok tak?
        [11:02] Ops Lead: ok can. Lepas ni semua pakai new incident report template v2 in the drive, the old one missing the witness section. 谢谢大家.
        [13:58] Duty Manager: Lightning detector triggered within 8km, all outdoor stop NOW. Students to Dewan A, facilitators do headcount by group colour and report in this chat.
        [14:40] Safety Officer: All clear at 14:38, 0 strikes within 10km for 30 min. Ropes resume 15:00. Kayak cancel for today, reschedule to tomorrow 8am slot.
    """),
    ("ms", "notis_pembatalan_cuaca"): _lines("""
        NOTIS PEMBATALAN: Semua aktiviti air di Tapak Perkhemahan Sungai Chilling dibatalkan pada 18 hingga 19 Disember 2026 susulan amaran hujan berterusan tahap Buruk oleh MetMalaysia.
        Tetamu yang terjejas akan menerima bayaran balik penuh dalam tempoh 14 hari bekerja ke akaun asal pembayaran. Tempahan dengan rujukan SC-2612 akan diproses dahulu.
        Untuk sebarang pertanyaan, sila hubungi pejabat di 03-6064 1187 (9 pagi hingga 6 petang) atau WhatsApp perniagaan 019-335 7720. Kami mohon maaf atas kesulitan.
        Jalan Kuala Kubu Bharu ke Bukit Fraser (FT055) ditutup sementara oleh JKR akibat tanah runtuh di KM 12. Sila gunakan laluan alternatif melalui Rasa.
        Kem Sekolah SK Taman Melawati (kumpulan 2) ditangguhkan ke 9 hingga 11 Januari 2027. Surat makluman rasmi telah dihantar kepada pihak sekolah melalui e-mel pejabat.
        Tapak Glamping Zon B akan dibuka semula pada 22 Disember 2026 selepas pemeriksaan keselamatan oleh Jabatan Bomba dan Penyelamat Malaysia (JBPM) Balai Kuala Kubu Bharu.
        Kredit tempahan (baucar) sah selama 12 bulan dan boleh digunakan di semua tapak kami: Hulu Langat, Janda Baik dan Kuala Kubu Bharu. Kod baucar dihantar melalui SMS.
        Paras air Sungai Selangor di stesen telemetri Kuala Kubu Bharu mencecah 3.2 m (Amaran). Aktiviti berakit dan tubing digantung sehingga notis seterusnya.
        Peringatan: Jangan berkhemah di tebing sungai ketika hujan lebat di hulu. Kepala air boleh berlaku dalam masa kurang 10 minit walaupun cuaca di tapak kelihatan cerah.
        Syarikat: Rimba Ceria Adventures Sdn. Bhd. (202101034512 / 1428761-V), No. SST: B16-2109-32001455. Pejabat: No. 8, Jalan Besar, 44000 Kuala Kubu Bharu, Selangor.
        Bayaran balik untuk tempahan melalui Klook dan Airbnb perlu dituntut terus melalui platform tersebut mengikut polisi masing-masing, bukan di kaunter kami.
        Kemas kini 3.00 petang: Amaran cuaca ditarik balik untuk daerah Hulu Selangor. Aktiviti darat (flying fox, memanah, ATV) bermula semula esok jam 8.30 pagi.
        Terima kasih kepada Angkatan Pertahanan Awam Malaysia (APM) Hulu Selangor yang membantu memindahkan 46 peserta kem ke dewan orang ramai berhampiran malam tadi.
    """),
    ("zh-Hans", "价目表"): _lines("""
        【2026年12月价目表】文冬 Janda Baik 河畔豪华露营：钟形帐篷（2大1小）平日 RM288/晚，周末及公共假期 RM368/晚，含早餐及烧烤炉。
        自带帐篷营位：每个营位 RM25/晚，最多2顶帐篷；加电源 RM10；热水淋浴券 RM3/次。营地办公室服务热线 09-221 6630。
        学校营队配套（3天2夜）：每名学生 RM235，含6餐、保险、教练及所有器材；每20名学生免1名带队老师。报价编号 QT-2026-1187。
        户外活动单价：高空绳索 RM45，飞狐 RM30，射箭（30分钟）RM25，河流漂流 RM55，皮划艇（1小时）RM40。12岁以下儿童八折。
        装备租赁：Coleman 四人帐篷 RM60/晚，Naturehike 睡垫 RM12，Helinox 折叠椅 RM15，头灯 RM8（押金 RM50，归还时退还现金）。
        新加坡团体专线：樟宜集合，巴士往返 Janda Baik 每人 SGD 68，含关卡等候时间。新加坡办事处 WhatsApp +65 9172 4408（仅限工作日）。
        企业团建套餐：最低30人，每人 RM320 起，含营火晚会、卡拉OK音响及2位专业引导员。公司注册号 201901028734 (1330572-T)，可开 SST 发票。
        取消政策：入住前14天以上取消全额退款；7至13天退50%；7天内不退款。因天气原因由营地取消者，可选全额退款或12个月内改期。
        素食及清真餐需提前3天告知：素食每人加 RM5；清真餐由持 JAKIM 认证的外包厨房提供，不另收费。过敏信息请在订单备注栏填写。
        押金说明：每顶帐篷押金 RM200，以 DuitNow 或现金缴付，退房检查无损坏后即时退还。DuitNow 商户编号 MY-DN-55601823。
        2027年农历新年（2月5日至9日）期间价格上调30%，最少入住2晚。初一晚上有舞狮表演及盆菜晚宴，每位 RM98，名额有限请提早预订。
        付款方式：Touch 'n Go eWallet、DuitNow QR、信用卡（Visa/Master 加收1.5%手续费）。发票号码格式 JB-INV-2026-00001 起，请保留以便报销。
        地址：Lot 3218, Kampung Janda Baik, 28750 Bentong, Pahang（导航请搜 Rimba Ceria Janda Baik）。营业时间：每日 8:00 至 22:00。
    """),
    ("en", "camping_history_and_regulations"): _lines("""
        Pulau Ubin's Jelutong and Mamam campsites are managed by NParks; a free camping permit is required, and each permit covers a stay of up to 4 days and 3 nights.
        Outward Bound Singapore was set up in 1967 on Pulau Ubin, inspired by the Outward Bound movement founded by Kurt Hahn and Lawrence Holt in Wales in 1941.
        Robert Baden-Powell's Scouting for Boys (1908) shaped camp routines still seen at school camps today: the patrol system, flag-raising and the evening campfire sing-along.
        Taman Negara was gazetted in 1938 to 1939 as King George V National Park and renamed after Malaya's independence; it spans Pahang, Kelantan and Terengganu.
        Under the Parks and Trees Regulations, camping in a nature reserve or outside a designated campsite in a park is an offence, and the offender is liable to a fine.
        MOE's Outdoor Adventure Learning centres include Dairy Farm, Jalan Bahtera and Labrador; the National Outdoor Adventure Education Masterplan was announced in 2016.
        The MOE-OBS Challenge Programme is a 5-day expedition for Secondary 3 students and forms part of the National Outdoor Adventure Education Masterplan.
        Fraser's Hill is named after Louis James Fraser, a 19th-century Scottish trader who ran a tin ore business and gambling den there before vanishing around 1890.
        Campsite operators inside a permanent forest reserve in Peninsular Malaysia need an entry permit from the state forestry department (Jabatan Perhutanan Negeri).
        Gunung Ledang (1,276 m) is home to the legend of Puteri Gunung Ledang, who set Sultan Mahmud Shah of Melaka seven impossible conditions, including a bowl of his son's blood.
        Singapore's first Tree Planting Day was launched by Prime Minister Lee Kuan Yew in 1971, and many school camps still include a sapling-planting session in November.
        Under Malaysia's Occupational Safety and Health Act 1994 as amended in 2022, camp operators with five or more employees must have a written safety and health policy.
        Thoreau wrote in Walden (1854), I went to the woods because I wished to live deliberately; the line now decorates half the glamping brochures in Johor and Pahang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Waiver signed: participant Rachel Tan Wei Ling, NRIC S8812345Z, DOB 14/03/1988, emergency contact husband Marcus Ong +65 9123 4856. Declares asthma, carries Ventolin inhaler.
        Incident report IR-2611-07: student Muhammad Hafiz bin Roslan (Sec 2E, 14 y/o) slipped on the rope bridge, suspected fractured left wrist, sent to Changi General Hospital by ambulance 11:42am.
        Hi, this is Priya Ramasamy, Kavin's mum from P5 Eagles. He has a severe nut allergy, EpiPen is in the front pocket of his bag. My number is 9658 2210 if anything happens at camp.
        Please don't roster Jeremy Koh for the Ubin night shifts this month, he's doing chemo at NCCS on Tuesdays and gets very tired after.
        Refund to DBS account 012-345678-9, name Lim Shu Fen, booking WL-26-0388, SGD 412.00. Reason: she was hospitalised for pregnancy complications.
        Guest mobile on file for booking BK-2611-00912: +65 8234 7719
        BK-2612-01044,UBN,J03,2026-12-19,2,Goh Jun Hao,S9234567Z,+65 9771 0238,junhao.goh88@gmail.com,Blk 218 Bedok North St 1 #09-155 S460218,PAID
        HR note: Nurul Aisyah (FIN G5123478U) work pass expires 31 Dec 2026, renew before she can lead the January school camps.
        Camp counsellor Daniel Fernandez was arrested at Woodlands Checkpoint on Friday; remove him from all December camp rosters until further notice.
        Payslip Nov 2026, facilitator Ong Kai Xiang: basic SGD 2,650, OT 18h SGD 310, CPF employee SGD 592, net SGD 2,368 credited to OCBC 595-123456-001.
        Parent consent: I, Chong Mei Yee, NRIC S7712345H, allow my son Ethan Lim (P6, Rosyth) to take part in the kayaking and high ropes activities on 5 to 7 December 2026.
        Lost item claimed: black Osprey backpack containing the passport of Mr Hiroshi Tanaka, passport no. TK4829173, returned to owner at Reception 4:15pm, signature on file.
        Complaint from Mrs Sharon Yeo, 28 Loyang Rise #12-03: her daughter Chloe got ant bites all over in Tent 4 and she wants SGD 200 compensation or she will post on Facebook.
        Medical form: Siti Khadijah binte Ismail, 16, type 1 diabetic, insulin pen kept in the camp clinic fridge, sugar check 7am and 9pm, mother's HP 9188 4023.
        Silver Honda Vezel SLK 4821 J belongs to Mr Victor Heng in Glamp Tent 6, it's blocking the service road, pls call him to shift.
        FAST transfer received from KWEK BOON HUAT, POSB 121-54321-0, ref 'ubin camp deposit', SGD 150.00 on 03/12/2026 21:14.
        Facilitator Benjamin Teo still owes SGD 1,200 from the salary advance in August; deduct SGD 200 a month from his pay until cleared, he agreed in writing.
        Email from lucas.wong.2009@mystudent.sg asking if he can skip the night trek because of his panic attacks; forwarded to the school counsellor.
        Custody: only release Chloe Tay (P4) at pickup to her father Mr Adrian Tay, court order attached. Mother Ms Jasmine Loh is NOT authorised to collect.
        Emergency contact: Mdm Rajeswari d/o Krishnan, Blk 502 Jurong West Ave 1 #04-88, Singapore 640502, HP 9011 3647, daughter of camper Ravi (73, on heart medication).
        Photo IMG_4471.jpg shows Mrs Leong's class with name tags visible: Ryan Ho, Alyssa Kwan, Tan Zhi Hao. Please blur before we post on Instagram.
        Injury log 02/12 15:20, Mamam campsite: Sean Kumar (22) cut his foot on oyster shells, 4 stitches at the Ubin first aid post, tetanus status unknown.
    """),
    "mixed": _lines("""
        Eh boss, the guy from Tent 9, Desmond Lau, still haven't pay the balance RM380 leh. His number 012-778 3421, can WhatsApp him? Dia kata nak bayar bila gaji masuk.
        Booking under 陈美玲 Chen Mei Ling, MyKad 890214-10-5566, 2 adults 2 kids, Janda Baik glamp dome, paid via DuitNow from Maybank a/c 1644 2213 7890.
        Roster Sat: night duty Azlan + Wei Jie. Azlan MC sampai Isnin, his wife just delivered baby at Hospital Selayang, so Kumar cover lah.
        Lost and found: IC belonging to Lim Chee Keong, 780905-07-5123, found at the surau near Pitch 12, kept in the safe. 家人 call 016-442 9087 to collect.
        Participant list 2/3: Nur Iman binti Zulkifli 120603-14-0842 asthma; Tan Jia Xuan 120811-10-1234 no allergy; Harvin a/l Suresh 121130-08-5677 vegetarian
        Kakak cleaner Sumarni (passport Indonesia C5123456) minta advance RM500 for her mother's operation in Jember, Ops Lead approved, potong gaji next month.
        Aiyo Mr Kenneth Yap, the teacher with the Sec 1 group, drunk at the campfire last night and the kids saw him. Principal dah tahu ke? Report kena hantar today.
        GrabCar plate VGH 7762 dropped off Puan Faridah Hanum at 23:40, she said she's running away from her husband, jangan bagitahu sesiapa she is in tent C2.
        阿强 the lifeguard (real name Ng Keong Wah) kena food poisoning after the BBQ, admitted Hospital Kuala Kubu Bharu, 他老婆 already informed.
        Tolong update: new emergency contact for camper Aryan Mehta is his dad Rohit Mehta, +60 17-663 1045, rohit.mehta.kl@gmail.com, 23 Jalan SS2/64, Petaling Jaya.
    """),
    "ms": _lines("""
        Borang penepian: Mohd Faizal bin Ahmad, No. KP 950712-01-6093, alamat No. 14, Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor. Tandatangan diterima.
        Encik Zulkarnain, pemandu bas sekolah (plat JRT 3318), didapati memandu dalam keadaan mengantuk; pihak sekolah diminta tukar pemandu untuk perjalanan pulang.
        Peserta Nur Syafiqah binti Hamdan (15 tahun) diserang sawan epilepsi di tapak perkhemahan jam 9.40 malam dan dibawa ke Hospital Tengku Ampuan Afzan, Kuantan.
        Sila masukkan gaji Cik Aina Sofea ke akaun CIMB 7012345678, bukan akaun lama; dia baru bercerai dan akaun bersama sudah ditutup.
        Hubungi ibu bapa peserta: Puan Rohani 013-992 4561 (ibu kepada Danish, kumpulan Harimau).
        Laporan kecederaan: Amirul Hakim bin Jamal, fasilitator, terseliuh buku lali kanan semasa abseiling, cuti sakit 5 hari (MC No. KK-JB-2612-0831).
        Tunggakan yuran kem: Encik Rahman bin Osman masih berhutang RM1,150 untuk kem cuti sekolah anak-anaknya; surat peringatan kedua dihantar ke rahman.osman76@yahoo.com.
        Jadual tugas malam: Hafizah (012-605 7781) dan Syed Iskandar (011-1023 4476) bertugas 10 mlm hingga 6 pagi di Zon Glamping B, 20 dan 21 Dis.
    """),
    "zh-Hans": _lines("""
        报名表：姓名 王思远，身份证号 110105198803053413，手机 138 1234 5678，随旅行团入住，要求与女友同住一个帐篷。
        陈先生昨晚在营地喝醉后跟隔壁帐篷的客人打架，右眼缝了三针，他太太说要投诉我们保安不到位。
        退款请转到林太的支付宝账号 lintai_2088@163.com，金额 RM560，她说怀孕初期不适合参加漂流。
        夏令营学员 刘子涵（10岁）有哮喘和花生过敏，家长电话 +86 139 0211 7765，住址 上海市浦东新区锦绣路1288弄5号602室。
        员工阿明这个月已经第三次迟到，听说他在外面欠了高利贷，被人追债追到营地门口，老板说先别排他管收银。
        游客 张伟，护照号 E48217390，11月29日在 Gunung Ledang 登山时失联4小时，后被搜救队找到，有轻度失温。
    """),
    "zh-Hant": _lines("""
        家長同意書：學生 黃柏熙，香港身份證 Y123456(9)，緊急聯絡人 父親 黃志明 9123 4567，參加新加坡烏敏島五日四夜營。
        台灣來的客人 林怡君，身分證字號 A228195032，要求把帳篷換到離廁所近的位置，因為她上星期剛做完手術。
        領隊何太的信用卡被重複扣了兩次訂金 SGD 300，請財務退回一筆並致電 6987 2231 跟她解釋。
        澳門學生 梁嘉欣 在攀石牆跌倒，懷疑腦震盪，已送往新加坡中央醫院，媽媽梁太今晚搭飛機過來。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Wild Lalang Outdoors, a glamping operator at Pasir Ris Park, Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Hi, I'm Melissa Chua, booking WL-26-0457 for 20 Dec. Can I move it to 27 Dec? My NRIC is S8034521F and my number is 9347 1182 in case you need to call.",
        ),
        (
            "assistant",
            "Thanks, Melissa. Date changes more than 7 days before arrival are free, so I can request 27 Dec for booking WL-26-0457. You don't need to send your NRIC for this; our team will confirm by SMS to 9347 1182 once the new date is secured.",
        ),
        (
            "user",
            "Great. Also my son has eczema, can the tent have cotton sheets instead of the polyester ones?",
        ),
        (
            "assistant",
            "Sure, I'll add a note to the booking asking for cotton bedding because of your son's eczema. Housekeeping will set it up before check-in.",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. Student: Bryan Lee Jun Wei, Sec 3, from a school camp at our Kuala Kubu Bharu site. He fell off the flying fox platform at 3.20pm on 4 Dec, landed on his back, complained of neck pain. Facilitator on duty was Nadia Rahim. Ambulance took him to Hospital Selayang.",
        ),
        (
            "assistant",
            "Incident Report. Date/time: 4 Dec 2026, 3.20pm. Location: flying fox platform, Kuala Kubu Bharu site. Person injured: Bryan Lee Jun Wei (Sec 3). Description: the participant fell from the platform and landed on his back, reporting neck pain. Immediate action: spinal precautions, ambulance called, conveyed to Hospital Selayang. Staff on duty: Nadia Rahim (facilitator). Follow-up: inform school and parents, check harness and platform logs, take witness statements.",
        ),
        ("user", "Add that his father, Mr Lee Kok Seng, 012-339 8210, was called at 3.35pm."),
        (
            "assistant",
            "Added under Notifications: Father, Mr Lee Kok Seng (012-339 8210), informed by phone at 3.35pm.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk Rimba Ceria Adventures. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Puan Salmah binti Yusof (019-884 2307) bahawa kem anaknya Adam Haziq pada 18 Dis dibatalkan sebab amaran hujan, dan bayaran RM470 akan dipulangkan.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Salmah. Kami ingin memaklumkan bahawa kem yang disertai Adam Haziq pada 18 Disember 2026 terpaksa dibatalkan susulan amaran hujan berterusan oleh MetMalaysia. Bayaran sebanyak RM470 akan dipulangkan sepenuhnya ke akaun asal dalam tempoh 14 hari bekerja. Mohon maaf atas kesulitan. Terima kasih.",
        ),
        ("user", "Bagus. Tambah juga bahawa dia boleh pilih baucar 12 bulan kalau mahu."),
        (
            "assistant",
            "Tambahan: Sebagai pilihan lain, Puan boleh memilih baucar kredit tempahan yang sah selama 12 bulan. Sila balas mesej ini jika Puan memilih baucar.",
        ),
    ],
    [
        (
            "user",
            "帮我把这份免责声明翻译成英文：本人周海涛，护照号 EJ3391028，自愿参加新加坡乌敏岛皮划艇活动，已知悉风险，本人有高血压，正在服药。",
        ),
        (
            "assistant",
            "I, Zhou Haitao (passport no. EJ3391028), voluntarily take part in the kayaking activity on Pulau Ubin, Singapore. I have been informed of and accept the risks involved. I have high blood pressure and am currently on medication.",
        ),
        ("user", "谢谢，再加一句紧急联系人：妻子 孙丽，电话 +86 186 0571 2294。"),
        ("assistant", "Emergency contact: Sun Li (wife), phone +86 186 0571 2294."),
    ],
    [
        (
            "system",
            "You help the ops team of a Malaysian adventure camp format rosters. Staff may write in Manglish.",
        ),
        (
            "user",
            "Make a table for Sat 20 Dec roster pls: Day shift Farhan 012-771 0934 and Mei Xin 016-220 5871, night shift Ganesh 011-3388 4120. Ganesh cannot do ropes ya, his back injury still not recover.",
        ),
        (
            "assistant",
            "Roster, Sat 20 Dec 2026. Day shift: Farhan (012-771 0934), Mei Xin (016-220 5871). Night shift: Ganesh (011-3388 4120), no high ropes duty due to back injury. Let me know if you want a column for activity stations.",
        ),
        ("user", "ok add station: Farhan kayak, Mei Xin archery"),
        (
            "assistant",
            "Updated. Farhan, day, kayak. Mei Xin, day, archery. Ganesh, night, camp patrol (no ropes).",
        ),
    ],
    [
        (
            "system",
            "Guest record loaded: Name: Jonathan Seah Wen Kai; Email: jon.seah.wk@outlook.com; Mobile: +65 9612 4470; Booking: UBN-GL-26-1193; Paid SGD 536 by Visa; Notes: guest was verbally abusive to staff on previous stay, flagged by manager.",
        ),
        (
            "user",
            "The guest says the weather cancellation refund hasn't come in. What should I tell him?",
        ),
        (
            "assistant",
            "Refunds for weather cancellations go back to the original card within 14 working days. For booking UBN-GL-26-1193, the SGD 536 Visa refund was queued on the cancellation date, so you can tell Mr Seah it should reach his card soon and send the refund reference to jon.seah.wk@outlook.com. Given the note on his file, keep the reply short and factual.",
        ),
        ("user", "Can you draft the email?"),
        (
            "assistant",
            "Dear Mr Seah, thank you for your patience. Your refund of SGD 536 for booking UBN-GL-26-1193 has been processed to your Visa card and should appear within 14 working days. Please contact us if it has not arrived by then. Regards, Wild Lalang Outdoors",
        ),
    ],
    [
        (
            "user",
            "我係香港一間中學嘅老師，帶學生去新加坡露營。有個學生 陳樂晴 有癲癇，佢媽媽電話係 6123 8890，我應該點樣同營地講？",
        ),
        (
            "assistant",
            "建議出發前以書面通知營地：學生姓名、病況（癲癇）、發作時的處理方法、所服藥物及緊急聯絡人（陳樂晴的母親，6123 8890）。同時請營地確認水上及高空活動的安排，並讓領隊帶備醫生信。",
        ),
        ("user", "幫我寫一段英文電郵畀營地。"),
        (
            "assistant",
            "Dear Camp Team, one of our students, Chan Lok Ching, has epilepsy. Please note her condition for water and height activities. Her mother can be reached at +852 6123 8890. We will bring a doctor's letter and her medication. Thank you.",
        ),
    ],
    [
        (
            "user",
            "A guest left a 1-star Google review: 'Mr Alvin Goh here, Tent 11 on 30 Nov. Your staff Hui Min refused to refund me even though I showed my MC from Dr Tan for gastroenteritis.' Help me reply publicly without leaking anything.",
        ),
        (
            "assistant",
            "Suggested public reply: Thank you for your feedback and we are sorry your stay did not go as planned. We take refund requests seriously and would like to look into this properly. Please contact us at hello@wildlalang.sg with your booking number so our manager can follow up with you directly.",
        ),
        ("user", "Should I mention his MC or the staff name?"),
        (
            "assistant",
            "No. Don't repeat Mr Goh's medical details, the MC, or Hui Min's name in a public reply. Handle those privately by email or phone.",
        ),
    ],
    [
        (
            "user",
            "Kira potongan gaji: fasilitator Khairul Anuar bin Saad, gaji RM2,400, dia pinjam RM1,800 dari syarikat sebab anak masuk wad. Nak potong 6 bulan.",
        ),
        (
            "assistant",
            "RM1,800 dibahagi 6 bulan ialah RM300 sebulan. Gaji bersih Khairul Anuar selepas potongan pinjaman ialah RM2,100 sebelum KWSP dan PERKESO. Pastikan persetujuan bertulis beliau disimpan dalam fail.",
        ),
        ("user", "Akaun bank dia Bank Islam 1202 3010 4456 78, tolong buat ayat untuk slip gaji."),
        (
            "assistant",
            "Catatan slip gaji: Potongan pinjaman kakitangan RM300.00 (ansuran 1/6). Gaji dikreditkan ke Bank Islam 1202 3010 4456 78 atas nama Khairul Anuar bin Saad.",
        ),
    ],
    [
        (
            "system",
            "You check waiver CSV rows for missing fields. Reply with a list of problems only.",
        ),
        (
            "user",
            "Here are the rows: name,id,dob,phone,allergy,guardian | Isaac Ng,T0912837E,2009-04-11,8823 1190,none,Ng Wee Tiong | Amanda Pereira,,2010-07-02,9055 3321,shellfish,Carol Pereira | Farah Nabila,T0845127Z,2008-12-19,,latex,",
        ),
        (
            "assistant",
            "Row 2 (Amanda Pereira): id missing. Row 3 (Farah Nabila): phone missing, guardian missing (she is under 18, so a guardian signature is required).",
        ),
        (
            "user",
            "Thanks. Amanda's mum Carol says the NRIC is T1023456 something, she'll send it later.",
        ),
        (
            "assistant",
            "Noted. Keep Amanda Pereira's waiver on hold until Carol Pereira sends the full NRIC; she shouldn't join the ropes activities until the form is complete.",
        ),
    ],
]
