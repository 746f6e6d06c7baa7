# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en145: SG/MY nail, lash and beauty salons (bookings, allergy and patch tests, package credits, complaints, staff). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en145
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "salon_policy"): _lines("""
        Appointments are held for 15 minutes past the booked time; after that the slot is released and a late fee of $10 applies.
        Cancellations made less than 24 hours before the appointment will forfeit the S$20 deposit or one session from your package.
        A patch test is required at least 48 hours before any first-time lash lift, lash tint or brow lamination, and again if your last treatment was more than 6 months ago.
        Clients who are pregnant, undergoing chemotherapy or taking isotretinoin should consult their doctor before waxing or lash lift; our therapists may decline the service for safety.
        Package credits are valid for 12 months from the date of purchase and are non-transferable. Unused credits are not refundable except where required by law.
        In line with the PDPA we do not collect full NRIC numbers for membership sign-up; a mobile number and birthday (day and month only) are sufficient.
        Removal of gel or acrylic done at another salon is charged at $15 and adds about 20 minutes to your appointment.
        All metal tools are cleaned, disinfected and sterilised in an autoclave between clients; files, buffers and orange sticks are single-use and discarded after each service.
        Children under 12 are welcome for a mini manicure with regular polish only; gel, acrylic and lash services are not offered to minors.
        Any lifting or chipping within 5 days of a gel manicure will be fixed free of charge once; please quote your booking reference.
        We reserve the right to refuse service to clients with visible fungal infection, open wounds or broken skin on the treatment area.
        Prices are inclusive of 9% GST. Promotional rates cannot be combined with package redemptions or member birthday vouchers.
        Staff are not allowed to accept personal bank transfers or PayNow for package sales; all payments must be made at the counter against an official receipt.
        Refund requests for unused package sessions are processed within 14 working days to the original payment method, less an administrative fee of 10% of the remaining value.
        Complaints should be raised within 7 days of the service through the feedback form or at the outlet; the outlet manager will reply within 3 working days.
        Allergy declaration: please tell your therapist about any known allergy to acrylates, latex, adhesives, fragrance or hair dye (PPD) before the service begins.
    """),
    ("en", "price_menu"): _lines("""
        Classic Gel Manicure $38 | Gel Pedicure $48 | Gel Removal $15 | French tips +$8 | Chrome +$10 | Cat-eye +$12
        LASH EXTENSIONS: Natural Classic (60-80 lashes) S$88 / Hybrid S$118 / Russian Volume S$148 / Refill within 3 weeks from S$58
        Package PKG-GEL10: 10 gel manicures for $320 (save $60), valid 12 months, redeemable at Tampines, Jurong East and Bugis outlets.
        SKU 8809-GLUE-05 Sky Glue S+ 5ml, retention 6-7 weeks, drying time 1-2 sec, discard 30 days after opening.
        Stock order PO-2611-0374: 24 bottles base gel, 12 TPO-free top coat, 6 boxes nitrile gloves size M, 2 UV/LED lamps model SUN5 48W.
        Brow Lamination + Tint $68 (first trial $48 for new customers only, one redemption per customer).
        Shade DG-117 "Teh Tarik" and DG-204 "Kopi-O" are back in stock; limited CNY red collection RD-888 available till 2 Feb.
        Membership tiers: Silver (spend $500) 5% off, Gold (spend $1,500) 10% off plus a birthday lash refill, Platinum (spend $3,000) 15% off.
        Bridal Package: trial makeup, wedding-day nails for the bride and 2 bridesmaids, lash extension 3 days before, from $688.
        Invoice numbering: INV-{outlet}-{yyyymm}-{seq}, e.g. INV-TPN-202611-00482, printed on 80mm thermal roll.
        Paraffin wax add-on $12, callus removal $18; ingrown toenails are referred to a podiatrist (we do not perform medical procedures).
        Lash lift + tint 45 min S$78 | Keratin lash lift S$98 | Brow threading S$12 | Upper lip S$6
        We have moved! New address from 1 Jan: 21 Tan Quee Lan Street #01-03, Singapore 188108, tel 6338 2046 (Tue-Sun 11am-9pm).
        Glow Lab Pte. Ltd. (UEN 201912345K) | Official receipts only issued for payments made at the counter or through our booking app.
    """),
    ("en", "customer_question"): _lines("""
        Is it normal for my eyes to sting a bit on the first day after lash extensions, or should I get them removed?
        How long should I wait after a gel manicure before swimming or going to the sauna?
        Can I do a pedicure if I'm diabetic? What precautions should I tell the salon about?
        Why do my gel nails keep lifting at the cuticle after only 3 days, is it the nail prep or the product?
        What's the difference between a patch test and a strand test for lash lift?
        Anyone knows if salons in JB accept SGD or must change to ringgit first?
        Is it safe to get acrylic nails while breastfeeding?
        My package shows 3 sessions left at the counter but the app says 0, who should I contact?
        Any recommendation for a halal-certified breathable nail polish? Does it really let water through for wudhu?
        How do I know if I'm allergic to HEMA? Read that it can develop after years of using DIY gel kits.
        What's the usual tipping practice at nail salons in Singapore? Not common right?
        Can a salon keep my deposit if I cancel 2 days before because I got MC?
        Is it OK to bring my own polish to the salon or will they charge extra?
        After a lash lift, how many hours must I keep them dry, 24 or 48?
        Best way to remove press-on nails without damaging the natural nail?
    """),
    ("en", "system_log"): _lines("""
        2026-11-14 10:32:07 INFO booking.created ref=BK-7F3A21 outlet=ORC-02 service=GEL_MANI_CLASSIC slot=2026-11-16T14:00+08:00 channel=web
        2026-11-14 10:33:51 WARN sms.gateway retry=2 template=REMINDER_24H status=THROTTLED queue_depth=418
        [PAY] txn_id=pi_3Q8xK2LmVn9Rz amount=SGD 128.00 method=PayNow status=SUCCEEDED order=ORD-55120934
        ERROR package.redeem failed: credits_remaining=0 package_id=PKG-LASH5-000918 reason=EXPIRED (expiry 2026-10-31)
        cron nightly_reconcile completed in 00:04:12, 1,284 bookings, 37 no-shows, 12 cancellations under 24h
        deploy salon-pos v4.12.3 (commit a91f3e7c) to outlets KL-MVM, KL-SUNWAY, PG-GURNEY; rollback target v4.12.2
        GET /api/v2/outlets/SG-TPN-01/availability?date=2026-12-20&service=LASH_REFILL 200 143ms
        Table customers: id BIGINT PK, display_name VARCHAR(80), phone_hash CHAR(64), consent_marketing BOOLEAN, created_at TIMESTAMPTZ
        loyalty key = sha256(phone) e.g. 9c1185a5c5e9fc54612808977ee8f548b2258d31b6ebd7a59e3d5c7e1c4f8a26; raw numbers are never written to logs
        INFO autoclave_cycle unit=AC-03 cycle=#2211 temp=134C hold=4min result=PASS indicator_strip=OK
        SingPost tracking EZ447120935SG for web order WEB-88213, 2 x cuticle oil 15ml, est. delivery 3-5 working days
        J&T tracking 630018847219 order #MY-20261102-5521 status: Out for delivery (Shah Alam hub)
        Config: REMINDER_HOURS=24, DEPOSIT_SGD=20, NO_SHOW_BLOCK_AFTER=3, PATCH_TEST_VALID_DAYS=180
        Case ref CASE-SR-2026-00731 closed: duplicate booking caused by double tap on iOS app 3.8.0, fixed in 3.8.1.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys tmr Bugis outlet short of 1 nail tech, anyone can cover 12-6pm? OT pay as usual.
        Eh the UV lamp at station 3 spoil already lah, pls don't use, I already message the supplier.
        Reminder: pls key in every patch test into the system, auditor coming next week then they check the records one.
        Wah today walk-in so many, all want CNY red nails, the Kopi-O shade finish already ah.
        Boss say from Dec onwards package cannot sell with instalment, only full payment.
        Sapa on duty Sabtu ni? Stok remover tinggal 2 botol je, tolong order before Friday.
        Pls remember ah after each customer wipe down the armrest with 70% alcohol, last week got complaint about dusty table.
        Lash glue fridge temp today 18 degree, ok can. Don't put near the aircon vent again.
        Anyone know how to reset the POS printer? Keep printing half receipt only.
        Nanti Deepavali week confirm super busy, all leave freeze from 28 Oct to 3 Nov ya.
        New gel brand sample reach already, try on tips first, don't straight away use on customer.
        Walk-in aunty ask whether we do ear piercing, I say no, refer to the jewellery shop downstairs, ok right?
        Training Saturday 10am at HQ Ubi, topic: Russian volume fans + retention troubleshooting. Bring own tweezers.
        Google review dropped to 4.3 leh, pls remind customers nicely to leave review after service, don't force.
    """),
    ("ms", "notis_salon"): _lines("""
        Notis: Premis ini akan ditutup pada 1 dan 2 Syawal. Temujanji boleh dibuat semula mulai 3 Syawal.
        Ujian tampalan (patch test) diwajibkan sekurang-kurangnya 48 jam sebelum rawatan lash lift atau tint kening.
        Semua peralatan logam disterilkan menggunakan autoklaf selepas setiap pelanggan. Kikir kuku adalah pakai buang.
        Pakej kredit sah selama 12 bulan dari tarikh pembelian dan tidak boleh dipindah milik.
        Pelanggan yang hamil atau sedang mengambil ubat jerawat isotretinoin dinasihatkan berjumpa doktor sebelum rawatan waxing.
        Harga: Manicure Biasa RM 55, Gel Manicure RM 85, Gel Pedicure + Scrub Kaki RM 120, belum termasuk SST 8%.
        Promosi Hari Raya: Inai + Gel Nails combo RM 99 (harga asal RM 140), sah 1-30 Syawal di semua cawangan Lembah Klang.
        Kuku gel breathable tidak semestinya membenarkan air wuduk menembusi; sila rujuk pihak berkuasa agama untuk panduan.
        Bayaran pendahuluan RM 30 diperlukan untuk tempahan lash extension dan akan ditolak daripada jumlah bil.
        Pelanggan yang lewat lebih 15 minit, slot akan diberikan kepada pelanggan lain tanpa notis.
        Untuk aduan, sila hubungi talian khidmat pelanggan 03-7722 1800 (Isnin-Jumaat, 10 pagi - 6 petang) atau e-mel aduan@kilaukuku.com.my.
        Jawatan kosong: Juruteknik Kuku dan Lash Artist, pengalaman 1 tahun, gaji RM 2,200 + komisen, hantar resume ke cawangan Bangsar.
    """),
    ("zh-Hans", "门店公告"): _lines("""
        本店所有金属工具在每位客人使用后均经高温高压消毒，指甲锉及抛光条一人一用。
        首次做睫毛烫或嫁接睫毛的顾客，请于预约前48小时到店做皮肤过敏测试。
        套餐次数有效期为购买日起12个月，不可转让，过期作废。
        预约迟到超过15分钟将自动取消，订金S$20不予退还。
        农历新年期间（除夕至初三）休息，初四起照常营业，新年款美甲请提早预约。
        价目表：单色猫眼甲 S$45，法式 S$50，手绘每指另加 S$5起，卸甲 S$15。
        孕妇、正在服用异维A酸或皮肤有伤口的顾客，请先咨询医生再做脱毛或睫毛烫。
        请问做完美睫后多久可以洗脸？要避免用卸妆油吗？
        光疗甲经常起翘，多半是前期处理不足或甲面有油分，建议先用脱水剂再上底胶。
        会员储值满S$1000送S$150，储值金额不可提现，仅限本品牌新加坡门店使用。
        招聘：美甲师两名，有经验者优先，包培训，底薪加提成，欢迎到裕廊东门店面谈。
    """),
    ("en", "industry_news"): _lines("""
        The Health Sciences Authority reminded consumers to check cosmetic products against its list of adulterated products after mercury was found in whitening creams sold online.
        CASE said the beauty industry again drew the most complaints last year, many involving pressure selling of prepaid packages.
        Malaysia's Ministry of Health published a list of cancelled cosmetic notifications for products found to contain hydroquinone and tretinoin.
        Fans copied the googly-eye nail art from Everything Everywhere All at Once, the film that won Ipoh-born Michelle Yeoh the Oscar for Best Actress.
        In Legally Blonde, Elle Woods befriends Paulette, the manicurist who becomes one of the film's most loved characters.
        Madam C. J. Walker, the American entrepreneur, built one of the first large beauty businesses in the early 1900s selling hair-care products.
        Singer Siti Nurhaliza expanded her SimplySiti cosmetics brand with a halal-certified nail colour range, according to the company.
        Rihanna's Fenty Beauty arrived in Sephora stores in Singapore and Malaysia as part of its global launch in 2017.
        An industry survey estimated that nail and lash services grew faster than facials in Klang Valley salons over the past three years.
        After several salon chains closed abruptly, MPs asked whether prepaid beauty packages should be protected by a deposit guarantee scheme.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        CLIENT CARD | Name: TAN HUI MIN, JOCELYN | Mobile: 9672 3185 | DOB: 14/03 | Allergy: cyanoacrylate (lash glue), both eyelids swollen after 2nd set Aug 2025 | Remarks: NO extensions, lift only after patch test
        Patch test 12/11/2026 10:15am: Ms Nur Farhana binti Azman, lash lift solution A+B behind left ear, no reaction at 48h check, cleared for service.
        Hi, this is Priya d/o Ramasamy, I booked Russian volume for Sat 3pm under 8314 0927 but need to push to Sunday, can?
        Complaint #C-1189: Mr Lim Wee Kiat (+65 9048 7762) reports infected big toe after pedicure on 2 Nov at Tampines outlet; GP diagnosed paronychia, he is claiming $180 in medical costs.
        Package statement - Ong Siew Ling Stella - PKG-GEL10 bought 3/2/2026 for $320 - used 7 - remaining 3 - expires 2/2/2027
        Staff file: NGUYEN THI HOA, FIN G5280958X, Work Permit, nail technician since 1 Mar 2025, basic $1,650 + commission, 6 days MC taken this year.
        Refund approved to Visa 4563 3285 8278 3813 for 4 unused lash refills, S$232.00, ref RF-2026-0419.
        Warning letter to Kavitha a/p Subramaniam, senior lash artist, Sunway outlet: second time taking customer bookings through her own Instagram and collecting payment directly, 14 Oct 2026.
        pls note regular Mdm Lee Ah Moi, 76, diabetic and on blood thinners, NO cutting of cuticles, file and polish only, daughter will accompany her
        Member sign-up: Chloe Fernandes | chloe.fdes92@gmail.com | 8826 5410 | birthday 22 Jul | heard of us from a colleague
        No-show list Nov: 1) Wong Jia Hui 9731 0058 (3 no-shows since Sept) 2) Siti Aishah binti Rahmat 012-338 4719 (2 no-shows, deposit forfeited)
        House call confirmed: bride Rachel Goh Xin Yi, 12 Dec 2026 6:30am, Blk 617 Jurong West St 65 #09-214 S(640617), bridal nails x 4 pax, balance $420 to collect on site.
        Incident report 5 Nov: during gel removal therapist Aung Myat Thu nicked Ms Yasmin Karim's left index finger with the e-file; first aid given, client declined clinic visit, 20% voucher offered.
        Can transfer the $150 deposit refund to my POSB 160-42731-8? Account name Darren Chua Wei Jie. Thanks.
        Reply to review: Dear Mr Rajesh Pillai, we are sorry that your wife's lash extensions came off within a week of her appointment at our Tampines outlet on 8 Nov.
        Instalment agreement: JOANNE YEO PEI SHAN, NRIC S8881170D, Platinum Lash Package $1,188, 6 monthly payments of $198 from Dec 2026.
        Mrs Teo Bee Lian (Serangoon Gardens, her twin girls are also our clients) - latex allergy, nitrile gloves only.
        Web booking | Name: Aisyah Zulkifli | Email: aisyahzul@yahoo.com | Phone: +60 16-772 0931 | Service: Lash Lift | Outlet: JB City Square | 21/12/2026 11:00 | Note: first time, mild eczema around eyes
        Lost & found: gold bracelet left by Madam Jayanthi Krishnan at station 2 on 30 Nov, she will collect on Tuesday, contact 019-455 8102.
        Roster note: Mei Ling (Tan Mei Ling) on hospitalisation leave 18-24 Nov after a miscarriage, please do not schedule her and do not ask her about it.
        Payroll Nov 2026: MUTHU KUMAR S/O RAJENDRAN, receptionist, basic $2,300, CPF employee $460, net $1,840, credited to DBS 072-834519-6.
        Student rate verified: Sophia Lim Xuan, NRIC T0846246H, NTU year 1, 15% off lash refill until Dec 2027.
        Customer Angeline Koh paid $88 by PayNow to 8590 2241 (Cheryl's personal number) instead of the company UEN, to be investigated by the outlet manager.
        Ms Hannah Seow made a police report on 9 Nov about her wallet stolen at the Bugis outlet during her pedicure; police requested CCTV for 3-4pm.
        Please block Telegram user @kwokzz_88, he keeps messaging our lash girls asking where they stay.
        Car SMK 4821 J is blocking the loading bay, owner is the lady doing full set at station 4 (Mrs Chandra Sekaran), pls ask her to move.
        Brow embroidery consult: Candice Tay, 34, on Roaccutane until Sept, history of keloid on left shoulder, advised to postpone 6 months.
        Gift voucher GV-50821 S$200 bought by Marcus Low for his girlfriend Jasmine Ho (9845 1267), lash + nails, send e-voucher to her on 24 Dec.
    """),
    "mixed": _lines("""
        eh Jolene Tan Pei Ying tmr 2pm cancel ah, she say her baby down with HFMD, move to next sat can?
        Boss, customer Faridah binti Osman from Bangi complain lash glue pedih mata, she went klinik yesterday, doctor say contact dermatitis, she want full refund RM 180.
        Refund RM30 deposit to customer Maybank 514012786631 (NURUL IZZATI BINTI HASSAN) pls, she cancel sebab MC.
        Lim Siew Kheng the Ipoh regular every month do gel one, she say husband lost job so pause the package, pls freeze her credits 3 bulan.
        Rahul s/o Gopal the new guy at front desk kena caught taking cash from the tip box, CCTV 28/11 4:12pm, HR pls follow up.
        Ex-staff Vanessa Lee running @vanessa.lashes.jb now, she resigned last month but still DM our regulars to book with her leh.
        Tmr 10am Mdm Goh Siew Lan is wheelchair user, need station near the door, her helper will come along, pls prepare.
        Customer Zhang Wei from Shenzhen, passport EH5827391, buy 2 bottle cuticle oil + nail kit $126, want eTRS form, above $100 ok right?
    """),
    "ms": _lines("""
        Pelanggan: NUR AIN BINTI ABDULLAH | No. KP: 960308-01-7032 | Tel: 011-2345 6678 | Rawatan: Lash Lift | Ujian tampalan 10/11/2026: tiada reaksi
        Aduan Puan Rosnah binti Yusof: ibu jari kaki bengkak dan bernanah selepas pedikur pada 3 Nov di cawangan Shah Alam, menuntut kos klinik RM 95.
        Surat amaran kepada Mohd Hafiz bin Kamarudin, juruwang cawangan Bangsar, kerana kekurangan wang tunai RM 250 pada 15/11/2026.
        Kak Zura (Zuraidah binti Mat Isa) dah bayar pakej 10 sesi RM 450, baki 6 sesi, tamat tempoh Mac 2027.
        Pekerja baharu: SITI MARIAM BINTI JAAFAR, KP 020517-10-1284, alamat No. 23, Jalan SS 2/55, 47300 Petaling Jaya, akaun CIMB 7062881340.
        Tolong batalkan temujanji saya Sabtu ni pukul 11, anak saya demam. Aminah, 017-660 1284.
        Puan Devi a/p Muniandy hamil 5 bulan, buat manicure biasa sahaja tanpa gel, elakkan urutan titik tekanan pada kaki.
    """),
    "zh-Hans": _lines("""
        客户陈美玲（手机9316 7740）上次嫁接睫毛后眼皮红肿，已确认对睫毛胶过敏，以后只做睫毛烫，做之前必须先皮试。
        员工档案：王秀英，中国籍，准证号码 G3148801Q，美甲师，2024年6月3日入职，月薪S$1,800。
        投诉记录：林志伟先生称其女儿林可欣在本店做光疗甲后甲沟发炎，要求退还S$68并赔偿医药费。
        黄太太（黄丽珍）美睫套餐还剩4次，她说下个月全家移民澳洲，要求退款，剩余金额S$392。
        李秋萍储值卡余额S$645，今日消费S$88（单色猫眼+卸甲），扣款后请把电子收据发到她的微信 qiuping_0723。
        厦门来的游客郑雅婷，身份证号350203199507183629，预约明天下午两点到酒店上门美甲，乌节路酒店1208房。
        美甲师刘佳怡上周连续三天迟到，本月已是第二次，经理已口头警告，再犯扣全勤奖。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Glow Lab Nail Bar, Singapore. Be brief and friendly.",
        ),
        ("user", "hi can I book gel mani this sat 2pm at tampines?"),
        (
            "assistant",
            "Sure! Saturday 2pm at Tampines is available. May I have your name and mobile number to hold the slot?",
        ),
        ("user", "Eunice Poh, 8147 3392. also I'm allergic to latex pls note"),
        (
            "assistant",
            "Noted, Eunice. Booked for Sat 2pm, Classic Gel Manicure, and your therapist will use nitrile gloves.",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite reply to this complaint. Mdm Saroja a/p Velu said her eyelids swelled after a lash lift at our Ipoh outlet on 3 Nov and she had to see a doctor. She wants RM 250 compensation.",
        ),
        (
            "assistant",
            "Dear Mdm Saroja, we are very sorry to hear about the swelling after your lash lift on 3 Nov. Could you share the doctor's memo and receipt so our manager can review your claim and get back to you within 3 working days?",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya baki pakej saya. Nama Nor Azlina binti Ismail, no telefon 013-247 8856.",
        ),
        (
            "assistant",
            "Terima kasih Puan Nor Azlina. Baki pakej Gel Manicure puan ialah 4 sesi, tamat tempoh 30 Jun 2027.",
        ),
        ("user", "Ok terima kasih, boleh book Jumaat 3 petang?"),
    ],
    [
        (
            "user",
            "帮我算一下：客户吴佩珊上个月买了10次美睫套餐S$880，已经用了3次，她现在要退款，公司扣10%手续费，应该退多少？",
        ),
        (
            "assistant",
            "每次单价S$88，剩余7次共S$616，扣除10%手续费S$61.60后，应退给吴佩珊S$554.40。",
        ),
    ],
    [
        (
            "user",
            "Format this as a table for the accountant: Aung Myat Thu, FIN F8765991R, basic $1,650, OT 12h; Lwin Lwin Oo, FIN G9062762M, basic $1,600, OT 8h.",
        ),
        (
            "assistant",
            "Name | FIN | Basic | OT hours / Aung Myat Thu | F8765991R | $1,650 | 12 / Lwin Lwin Oo | G9062762M | $1,600 | 8",
        ),
    ],
    [
        ("system", "Customer support assistant for a lash studio chain in Singapore."),
        (
            "user",
            "Hi my card got charged twice for the lash refill yesterday, $58 x 2. Card is 5264 5960 4479 0241, name on card KHOO BENG HUAT.",
        ),
        (
            "assistant",
            "Sorry about that, Mr Khoo. I have flagged the duplicate $58 charge for a refund to your card; it usually takes 5-7 working days to appear.",
        ),
    ],
    [
        (
            "user",
            "hi I'm Grace Lim, did patch test last week at your Jurong Point branch, today behind my ear super itchy and red, can I still do lash lift this Sunday?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Redness and itching at the test spot suggest a reaction, so we don't recommend going ahead with the lash lift. Please see a doctor if it gets worse.",
        ),
        ("user", "ok then pls cancel my Sunday booking, my number is 9027 5518"),
    ],
    [
        (
            "user",
            "Summarise this for the incident log: today 3pm at Gurney outlet, customer Ms Tan Ai Ling fainted during pedicure, she said she skipped lunch and is diabetic, we called her husband and he fetched her at 3.40pm.",
        ),
        (
            "assistant",
            "Incident (Gurney, 3:00pm): Ms Tan Ai Ling, a diabetic customer who had skipped lunch, fainted during her pedicure. Staff assisted her and her husband collected her at 3:40pm.",
        ),
    ],
    [
        (
            "user",
            "Customer Faizal bin Othman wants to buy a lash package for his wife Liyana as a surprise for her birthday on 15 Jan. Send e-voucher to faizal.othman81@gmail.com. Write a short voucher message.",
        ),
        (
            "assistant",
            "Happy Birthday, Liyana! Faizal has gifted you our Hybrid Lash Package. Book anytime before 15 Jan 2028 and enjoy your pampering day.",
        ),
    ],
    [
        ("user", "Look up booking BK-9C2E17 for me"),
        (
            "assistant",
            "Booking BK-9C2E17: Ms Charmaine Fong, 9460 3827, Hybrid lash set, Sat 13 Dec 11:00am at Bugis, S$20 deposit paid, note: contact lens wearer.",
        ),
        ("user", "ok send her the 24h reminder"),
    ],
    [
        (
            "user",
            "帮我翻译成英文：顾客何淑仪说她做完足部护理后脚底长了疣，怀疑是在我们店感染的，她的电话是012-907 3341。",
        ),
        (
            "assistant",
            "Customer Ho Shuk Yee says she developed a wart on the sole of her foot after a pedicure and suspects she caught it at our salon. Her phone number is 012-907 3341.",
        ),
    ],
]
