# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix36: F&B operations in Singapore and Malaysia (hawkers, delivery merchants, hygiene, rosters, payroll), code-switching English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix36
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "menu and price list"): _lines("""
        Char Kway Teow (S) $5 / (M) $6 / (L) $8 — add cockles +$1, add egg +$0.80
        SET A: Nasi Lemak w/ Chicken Wing + Teh O Ice Limau $7.50 (before GST)
        Prices revised wef 1 Jan 2026 due to GST 9% and increase in supplier cost. Thank you for your understanding 🙏
        Kopi $1.40 | Kopi-O $1.20 | Kopi-C Kosong $1.50 | Teh Tarik $1.60 | Milo Dinosaur $3.20 | Bandung $1.80
        Ah Heng's Signature Curry Chicken Noodle $6.50 — Grandpa Heng's recipe unchanged since 1972!!
        Uncle Lim's Famous Carrot Cake (black/white) $4 / $5 / $6, min order 2 plates for delivery
        Mee Siam Mai Hum — not available on Mondays. Harga: $4.50
        Roti Prata: Kosong $1.30, Egg $1.80, Plaster $2.50, Cheese Mushroom $4.80. Tosai $2.20.
        Kids meal (below 12): mini fish & chips + Ribena $6.90, valid at all Kopi Sentral outlets except airport
        Hainanese Chicken Rice (Roasted/Steamed) Half Chicken $16, Whole $30. Chilli & ginger extra $0.50/pkt
        Durian Pengat $7.80 — contains dairy & coconut. Allergen info: may contain traces of peanuts.
        Halal-certified by MUIS (Cert No. MUIS-HC-2025-08871). No pork no lard.
        Bak Kut Teh (Teochew style) $8.80/$10.80, Pig trotter $7.50, You tiao $1.50, refill soup FOC
        Ondeh-ondeh box of 10 $6, Kueh Salat $1.60/pc, Ang Ku Kueh (peanut / mung bean) 3 for $4
    """),
    ("mixed", "delivery platform notices"): _lines("""
        GrabFood Merchant: Your store 'Hock Lee Fishball Noodles (Toa Payoh)' is paused due to high cancellation rate. Resume via GrabMerchant app > Store Status.
        foodpanda: Payout for 17 Nov – 23 Nov 2026 of SGD 4,382.15 has been processed. Ref: PO-SG-20261124-009182.
        [GrabMerchant] Order GF-3318-9920-A44 was marked 'Food Ready' 14 min after acceptance. Avg prep time for your store: 11 min.
        Dear Merchant Partner, mulai 1 Disember 2026 komisen foodpanda untuk kategori Hawker kekal 25%. Sila rujuk Merchant Portal untuk maklumat lanjut.
        您的店铺评分已更新：4.6★（近30天，基于 312 条评价）。Tips：上传清晰的菜品照片可提升转化率 18%。
        GrabFood promo 'Jom Makan 20% off' runs 1–15 Dec; campaign funding 50:50 merchant/Grab, max discount RM8 per order.
        Reminder: pickup code = last 4 chars of the order ID (e.g. order ending 7K2F → rider shows 7K2F). Don't hand over food without code.
        Menu item 'Nasi Lemak Ayam Berempah' rejected: image contains watermark. Pls re-upload (min 800x800px, JPG/PNG, <5MB).
        Vendor support foodpanda MY: 1800-82-3338 (9am–9pm daily). Untuk isu bayaran, emel partner-support@vendorhelp.my
        Order #FP-M5KX-2291 | 2x Chicken Chop, 1x Iced Lemon Tea | Subtotal RM38.40 | Delivery fee RM3.99 | Small order fee RM0.00
        GrabMerchant v5.42.1 (build 2026112801) release notes: fixed crash when tablet prints orders with >30 items.
        提醒：12月25日圣诞节当天平台订单量预计增长40%，请提前备货并在 Merchant App 开启'Busy Mode'。
        Ops broadcast: kalau rider tunggu lebih 10 min at your counter, platform auto-compensate RM2 to rider from merchant payout. Pls prepare early ya.
    """),
    ("en", "hygiene notices and licensing"): _lines("""
        SFA Licence No. 2025/FS/041872 — Food Stall. Licensee must display this licence at a conspicuous place at the stall.
        Under the Environmental Public Health (Food Hygiene) Regulations, food handlers must complete the Food Safety Course Level 1 before handling food.
        The SAFE framework replaces the old A/B/C/D grading; premises with a good track record may receive Bronze, Silver or Gold awards.
        Food Safety feedback: call the SFA contact centre at 6805 2871 or use the online feedback form. Hawker centre cleanliness goes to NEA.
        Inspection checklist: hand-wash basin with soap; chiller ≤ 4°C; freezer ≤ -18°C; raw and cooked food stored apart; pest control records kept 12 months.
        Demerit points: 6 points for sale of food unfit for human consumption; licence suspended 2 weeks when 12 points accumulate within 12 months.
        NOTICE: Stall #01-37 closed 8–12 Dec for the annual spring cleaning of the hawker centre. Sorry for the inconvenience.
        Food handlers who are ill with diarrhoea, vomiting, or fever with sore throat must not handle food and must report to their supervisor.
        Maxwell Food Centre, 1 Kadayanallur Street, Singapore 069184 — managed by NEA, about 100 cooked food stalls.
        Food Handler Record — Name: ________ NRIC/FIN (last 4): ____ FSC cert no.: ________ Expiry: __/__/____
        Old grading shown on licence: 'A' 85% and above, 'B' 70–84%, 'C' 50–69%, 'D' 40–49%; reviewed annually.
        Any person who sells food not of the nature, substance or quality demanded by the purchaser shall be guilty of an offence.
    """),
    ("ms", "notis KKM dan premis makanan"): _lines("""
        Premis makanan ini telah diperiksa oleh Pejabat Kesihatan Daerah Petaling pada 12/11/2026. Gred: A. Sijil sah sehingga 11/11/2027.
        Semua pengendali makanan WAJIB hadir Kursus Latihan Pengendali Makanan (KLPM) dan ambil suntikan anti-tifoid di bawah Peraturan-Peraturan Kebersihan Makanan 2009.
        Premis DITUTUP 14 hari di bawah Seksyen 11 Akta Makanan 1983 kerana terdapat najis tikus dan lipas di ruang penyediaan.
        Aduan keselamatan makanan boleh dibuat melalui SISPAA atau terus ke Bahagian Keselamatan dan Kualiti Makanan negeri.
        Restoran Nasi Kandar Haji Mydin, Jalan Tuanku Abdul Rahman — buka 24 jam kecuali Jumaat 12.30–2.30 ptg.
        Kedai Kopi Ah Chong (sejak 1958) di Jalan Sultan Ahmad Shah masih guna dapur arang untuk roti bakar.
        Senarai harga: teh tarik RM2.00, kopi O RM1.60, roti canai RM1.50 — harga wajib dipamerkan di bawah Akta Kawalan Harga dan Antipencatutan 2011.
        Mulai 1 Jan 2027 semua premis makanan di Wilayah Persekutuan mesti pamer tanda 'Dilarang Merokok' dalam jarak 3 meter dari meja.
        Lesen Perniagaan DBKL No. LP/2026/WP/0419823 — Restoran. Tamat tempoh: 31/12/2026.
        Jadual cuci dapur: Isnin – hood & filter; Rabu – fumigasi; Jumaat – longkang & perangkap minyak.
        Kursus KLPM sesi Disember di Dewan Serbaguna MBPJ, Jalan Yong Shook Lin, Petaling Jaya. Yuran RM50, sijil siap 7 hari.
        Hospital Tengku Ampuan Rahimah Klang terima 23 kes keracunan makanan selepas satu majlis kenduri di Kapar; siasatan masih berjalan.
    """),
    ("zh-Hans", "店铺故事与招牌"): _lines("""
        「阿坤海南鸡饭」招牌上的"阿坤"是创办人的小名，老店1965年开在牛车水，现在由第三代经营，还坚持用炭火煮饭。
        松发肉骨茶、黄亚细肉骨茶、发起人肉骨茶——新加坡几家老字号肉骨茶各有拥趸。
        菜单：招牌云吞面 $5.50（干捞/汤），加辣免费；叉烧饭 $5；外卖盒每个 +$0.30。
        本店已开通 foodpanda 及 GrabFood，电话订餐请拨店面热线 6221 0388（营业时间 10am–8pm，周二休息）。
        林志明面家（Lim Chee Meng Noodle House）今年入选必比登推介，店址：大巴窑8巷210号熟食中心 #01-12。
        冬至汤圆预购：芝麻/花生/红豆 各 $6.80/盒（10粒），12月20日前下单，21日起自取。
        李光耀在1960至70年代推动把街边小贩迁入小贩中心，奠定了今天新加坡小贩文化的基础。
        新加坡小贩文化于2020年12月被列入联合国教科文组织人类非物质文化遗产代表作名录。
        海南咖啡店暗语：'Kopi C 烧'是加淡奶的热咖啡，'Teh O Peng'是不加奶的冰茶，'Kosong'就是无糖。
        11月盘点：本月共售出 8,420 碗叻沙，较去年同期增长 12.6%，毛利率约 61%。
        槟城姓周桥（Chew Jetty）一带的小吃摊以福建面和炒粿条闻名，周末游客很多。
        员工守则第5条：上班须戴发网与口罩，指甲剪短，不得佩戴戒指和手表进入厨房。
        纪录片《鸡饭的故事》讲述新马华人的饮食记忆，片中的"阿福伯"是编剧虚构的人物。
    """),
    ("mixed", "roster, payroll templates and HR policy"): _lines("""
        Roster wk 49 (1–7 Dec): AM shift 7am–3pm, PM shift 3pm–11pm. Pls swap shift via the HR app, not in the WhatsApp group.
        Payslip template: Employee Name: {name} | NRIC/FIN: {nric_masked} | Basic: {basic} | OT hrs: {ot_hours} | CPF (EE): {cpf_ee} | Net Pay: {net}
        CPF contribution rates for employees aged 55 and below: employer 17%, employee 20% (monthly wages above $750).
        KWSP: caruman majikan 13% bagi gaji RM5,000 ke bawah, 12% bagi gaji melebihi RM5,000. PERKESO & SIP dipotong setiap bulan.
        Do not post staff IC / work permit photos in the outlet group chat. Send to HR via the secure form only and delete local copies after upload.
        排班表请用英文缩写，不要写全名和手机号；身份证、准证复印件一律交给HR，不得留在店里。
        Gaji minimum Malaysia RM1,700 sebulan berkuat kuasa 1 Feb 2025 untuk majikan dengan 5 pekerja atau lebih.
        OT rate = 1.5 × hourly basic rate; hourly basic rate = (12 × monthly basic) / (52 × 44).
        Headcount Dec 2026: Kitchen 14, Service 9, Cashier 4, Dishwasher 3 — total 30 staff across 3 outlets.
        Work permit quota (Services sector): dependency ratio ceiling 35%; levy Tier 1 $450/month per worker.
        Slip gaji Nov 2026 akan dikreditkan pada 7/12. Sebarang pertanyaan sila emel hr@kopisentral.com.sg
        Sample data for training only: staff IDs EMP-0001 to EMP-0030 are dummy records; names like 'John Doe' and 'Ali bin Abu' are placeholders.
    """),
    ("en", "reviews, media and public figures"): _lines("""
        Anthony Bourdain's visit to Maxwell Food Centre turned Tian Tian Hainanese Chicken Rice into a tourist must-try.
        Chef Wan demonstrated his rendang on a TV3 cooking segment last Raya, and the clip drew over a million views.
        Hawker Chan's soya sauce chicken rice became the first hawker dish in the world to receive a Michelin star in 2016.
        ★★☆☆☆ Waited 45 min for laksa, soup lukewarm, portion smaller than last year. Won't come back.
        ★★★★★ Auntie's kaya toast still the best in Tiong Bahru, kopi thick and strong! Queue moves fast.
        In 'Phua Chu Kang Pte Ltd', Chu Kang's brother Chu Beng is forever grumbling about the price of everything.
        Uncle Muthu's stall in Kampung Durian Runtuh is where Upin and Ipin always order roti canai and teh tarik.
        Jalan Loke Yew in KL is named after the 19th-century tin miner and philanthropist Loke Yew; today it is lined with char siew shops.
        P. Ramlee was said to love nasi kandar from a Penang stall, though no record confirms the legend.
        The 2026 hawker awards shortlist: 42 hawker stalls, 18 cafés and 9 zi char restaurants across the island.
        Makansutra founder K.F. Seetoh has campaigned for years for schemes to help young hawkers take over old stalls.
        Average hawker meal price rose to $4.20 in 2026 from $3.50 in 2019, according to the latest household survey.
    """),
    ("mixed", "POS, order and system logs"): _lines("""
        2026-12-03T12:41:07+08:00 POS-02 SALE inv=INV-SG-00881273 amt=23.60 pay=PAYNOW status=OK
        Order GF-A7C2-19XK delivered 12:58. Rider rating prompt sent. Merchant SLA met (prep 9m12s).
        sha256(menu_v12.json)=3f9a1c0e7b2d4f58a6e19c0d3b7a28f4e5c6d9a0b1e2f3a4b5c6d7e8f9a0b1c2
        [ERROR] ESC/POS printer timeout on KDS-3 (192.168.1.43:9100), retry 3/3 — order FP-SG-7731-QQ2 queued.
        Z-report 03/12/2026: gross $3,482.40, discounts $112.00, GST 9% $278.25, nett $3,092.15, 214 txn.
        Tracking SPXSG0245187736 — frozen dumpling carton (20kg), status: out for delivery, ETA 2–5pm.
        Invoice No. 2026/12/0447 from Seng Huat Trading Pte Ltd — 10 bags x 20kg jasmine rice @ $38 = $380.00
        e-Invois LHDN: UUID 8F3K2Q9W-LM4N-7P0R disahkan 03-12-2026 10:22, amaun RM1,286.50
        webhook POST /v2/orders status=CANCELLED reason=RIDER_NOT_FOUND order_id=99812734455 retries=2
        kiosk firmware v3.8.14-rc2 (commit a91f0c3) — fix: DuitNow QR payment timing out after 30s
        Table 7 | 4 pax | 2x Chilli Crab (SP $98/kg, 1.3kg) | 4x Mantou | 1x Cereal Prawn | Bill $214.60 incl. svc 10% + GST
        PO-2026-3391: 50 tins evaporated milk, 30 kg sugar, 12 btl sardines in tomato sauce — ETA 5 Dec, COD.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Roster update: Jessica Tay Hui Min (S8834127I) moving from Bedok outlet to Jurong Point from 8 Dec, pls update her CPF records.
        Hi boss, Kelvin Soh from stall 14 here, my HP 9734 2210, call me if the supplier come early tmr.
        Complaint: delivered to Blk 412 Bedok North Ave 2 #08-115 S460412 but rider left it at the wrong unit. Name on order: Mdm Rosalind Chua. Pls refund.
        Cook Lee Boon Keat (our Ah Keat) diagnosed with hepatitis A — MC till 20 Dec, do NOT let him back in the kitchen before polyclinic clearance.
        Payroll Nov: Muthu Krishnan s/o Ramasamy, dishwasher, basic $1,850 + OT $312.40, CPF EE $432.00, pay into POSB 188-45302-7.
        Rider dispute: rider Faizal bin Rahmat, motorbike SLM4721R, says he was made to wait 25 min; customer says he was rude. His contact 8261 0947.
        Customer Jonathan Goh says he was charged twice for order GF-8812 — card 4556 1802 4471 3095, exp 09/28. Pls check with the acquirer.
        Work permit holder Aung Kyaw Min, FIN G5561043L, Myanmar passport MF1183205, WP expiry 14/03/2027 — renew before CNY.
        Regular Mr Wong Kah Lok (table 12 every Fri night) has severe shellfish allergy, carries an EpiPen — never serve him the prawn mee.
        Pls refund Priya d/o Selvam, email priya.selvam.91@gmail.com — her biryani set on 2 Dec was spoiled, she sent photos.
        Our ex-supervisor Daniel Ho Wei Jie was charged in the State Courts on 18 Nov for misappropriating $14,200 from the stall's takings; next mention 9 Jan.
        Interview candidate: Tan Shu Ting, 34, NRIC S9263410H, lives at 27 Jalan Bunga Rampai, Singapore 538422, expected salary $2,600.
        CCTV: the lady who took the tip jar paid by PayNow as 'RACHEL L** S** M**', +65 9312 ****; she stays upstairs at Blk 108 Yishun Ring Rd #04-21.
        I'm the owner's daughter Natalie Lim Jia Yi, DOB 03/05/1998 — pls add me as authorised user on the GrabMerchant account, email natalie.lim.jy@outlook.com
        Van driver Ravi Chandran (car SJB5507T) is on medication for epilepsy per his neurologist, so don't roster him on the late catering runs.
    """),
    "zh-Hans": _lines("""
        店长：新来的厨师张建国，身份证 350582198907142313，福建泉州人，工作准证还在办，先别排他上炉。
        @所有人 今晚洗碗的阿芬（黄秀芬）请假，她儿子在竹脚妇幼医院住院，有急事打她 8847 1902。
        投诉：我叫刘美玲，昨晚在你们店吃了生蚝，半夜上吐下泻进了陈笃生医院急诊，单据都留着，电话 9058 3316。
        11月工资：收银员 吴佩珊 基本工资 $2,100，加班18小时，扣迟到 $40，实发 $2,317.60，转账到 OCBC 601-238844-001。
        外卖地址：兀兰21街 Blk 703 #11-342，邮编 730703，收件人郑耀华先生，电话 8390 5527，门口有狗请先打电话。
        阿明叔（陈国明）上个月确诊糖尿病，还有一只脚伤口一直不好，医生叫他不要再站着炸油条了，他女儿说会来帮忙顾摊。
        供货商联系人：新山的李振豪，手机 +60 12-638 4471，微信 lzh_jb1988，欠我们 RM6,830 货款还没结清。
        厨房助理 洪嘉欣，台湾身份证 F129034479，住宿在 Blk 15 Upper Boon Keng Rd #09-1120，准证申请中。
        香港来的客人蔡家豪，HKID K482913(1)，订了30人份除夕盆菜，联系电话 +852 9168 2273，订金已收。
        员工体检结果：李秋月 伤寒带菌检测阳性，即日起暂停一切食物处理工作，等卫生部复检通知。
        冯志勇（S7712094G）是自己辞职的，他说我们欠薪，现在已经去 TADM 投诉了，下周三调解。
        客人留言：我太太邱雅琪对花生严重过敏，上次你们的沙爹酱差点让她进ICU，请在她会员号 M2026-08817 下备注。
    """),
    "ms": _lines("""
        Pekerja baru: Nur Aisyah binti Kamarul Ariffin, No. KP 950223-10-6248, gaji permulaan RM1,900, mula kerja 2/12/2026.
        Rider foodpanda Mohd Hafiz bin Zulkifli, plat motor WXY 8217, tel 016-221 8093, dah 3 kali ambil order tapi tak hantar. Tolong blacklist.
        Tukang masak kami, Encik Rosli bin Hamid, disahkan positif tibi oleh Klinik Kesihatan Kajang, cuti sakit 14 hari, semua staf kena saringan.
        Alamat penghantaran: No. 23, Jalan SS 2/61, 47300 Petaling Jaya, Selangor — penerima Puan Saripah Ahmad, 019-447 2360.
        Gaji Kak Yati (Suryati binti Omar) bulan ni RM2,150 masuk Maybank 1641 2233 8790, jangan lupa tolak pendahuluan RM300.
        Pelanggan tetap Dr. Haslinda Yusof dari Bandar Botanik Klang ada penyakit seliak — jangan guna kicap biasa untuk pesanan dia.
        Bekas pekerja kami, Azman bin Ismail, didakwa di Mahkamah Majistret Shah Alam kerana mencuri RM8,400 dari kaunter, sebutan semula 15 Jan.
        No. KWSP pekerja Lim Chee Keong: 18834052, IC 880912-14-5563, caruman Nov belum dibayar lagi.
        Tolong isi borang PERKESO untuk Rajeswari a/p Muniandy — dia jatuh kat dapur semalam, patah pergelangan tangan kanan, IC 860301-13-5702.
        Pemandu lori ais tu, Kamal bin Osman, kereta JQE 8821, tel 011-2709 5532, selalu datang lewat, saya nak buat aduan kat syarikat dia.
    """),
    "mixed": _lines("""
        Boss, Ah Boy (Teo Kok Wai) punya IC 010630-01-0874 ah, dia nak buat EPF withdrawal, nanti you tolong sign the form.
        Eh tadi customer Mdm Leong Bee Choo call, dia cakap the chicken rice got hair inside, her number 9215 7730 pls call back before 5pm, she very angry liao.
        Pls update Grab payout bank: holder Goh Siew Lan, DBS 072-884311-9, NRIC S6650318F — she's the new sole-prop owner from Dec.
        老板，新来的 Malaysian 仔 Wong Jun Hao，MyKad 920817-08-5339，住 Johor Bahru Taman Sentosa Jalan Sutera 4 No. 17，每天过 Causeway 来上班。
        Rider 投诉：我是 Grab rider Tan Wei Liang，rider ID GRB-SG-442817，你们店员骂我 'bodoh'，我要 report，my phone 8134 2209。
        Table 5 Mrs Harpreet Kaur (landlord's wife), 7 months pregnant with gestational diabetes — husband says no sugar in her teh halia, Bala remember ah.
        Salary advance approved: Kumar a/l Subramaniam, FIN F2238719R, $500 to be deducted from Dec pay. Sign here: ________
        Ah Mei, your ex-husband Lau Chee Seng came to the stall again asking for you. I never give him your new address Blk 273C Compassvale Link #12-08 don't worry.
        Sharon Lee Pei Yi 的 payslip 显示 basic $3,480/month，她 ask 要 increment 到 $3,800，否则 next month resign。
        GrabFood chat: 'I'm Benjamin Ng, my son Ethan (6) had an allergic reaction to your satay, we're at Mount Alvernia now. My NRIC T0245816G for the insurance claim.'
        Rider accident: Muhammad Irfan bin Salleh, motorbike FBL2215Y, fractured leg at Jln Bukit Merah junction 2/12 11:40pm, now warded SGH Ward 57.
        foodpanda acct kena hack — owner Ong Mei Ling punya login mei.ling.ong88@gmail.com dan phone 8552 7814 someone changed already, pls reset urgent.
        Kopi uncle 陈亚发 Tan Ah Huat, 67, just discharged from NUH after heart bypass, his son say he cannot do the 5am shift anymore.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are GrabMerchant Support. Verify store ownership before changing payout details.",
        ),
        ("user", "hi i want change the payout bank acct for my stall Ah Seng Prawn Noodle"),
        (
            "assistant",
            "Sure. For verification, please provide the registered owner's full name and NRIC.",
        ),
        ("user", "Ng Ah Seng"),
        ("user", "S8041276B"),
        ("assistant", "Thank you. Please also upload the bank statement showing the new account."),
        ("user", "ok will send tmr, new acct UOB 381-302-771-4 under same name"),
    ],
    [
        ("user", "my order FP-SG-5520-XJ9 never arrive, app shows delivered!!"),
        (
            "assistant",
            "Sorry about that! Could you confirm the delivery address and a contact number?",
        ),
        ("user", "Blk 556 Choa Chu Kang St 52 #10-318 S680556"),
        ("user", "name Chloe Yeo, 9476 1183. Rider put at wrong block again"),
        ("assistant", "Thanks Chloe, I've raised a refund request for the full amount of $27.40."),
    ],
    [
        (
            "system",
            "You are the roster assistant for Kopi Sentral (Toa Payoh outlet). Produce weekly rosters as tables.",
        ),
        ("user", "make next week roster: AM 3 pax, PM 3 pax, Sunday closed"),
        ("assistant", "Sure, please list the staff available and any constraints."),
        (
            "user",
            "Mei Fong (can't do PM, she fetch grandson), Hakim (fasting no issue), Jun Kai, Siti Rohani 8723 4091 (just back from surgery, no lifting), Ah Lian, Vijay",
        ),
        ("assistant", "Noted. Here's a draft roster with Siti Rohani on cashier duty only."),
    ],
    [
        ("user", "帮我写一封警告信给员工，迟到太多次了"),
        ("assistant", "好的，请提供员工姓名、职位和迟到的具体日期。"),
        ("user", "王丽娟，厨房帮工，中国籍，11月迟到7次"),
        (
            "user",
            "她的准证号码 G3307281W，护照 EJ4418273，在国内的紧急联系人是她妈妈 +86 139 2476 5591",
        ),
        ("assistant", "收到，以下是警告信草稿：……"),
    ],
    [
        ("user", "Saya rider GrabFood, restoran tu tak nak bagi makanan sebab kata saya lambat"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nombor pesanan dan maklumat akaun rider anda?",
        ),
        ("user", "GF-MY-88213-KL, saya Nor Azlan bin Yusof"),
        ("user", "IC 790415-07-5121, motor PKN 4416, no tel 012-573 8806"),
        ("assistant", "Terima kasih, kes anda telah direkodkan dengan ID tiket TK-20261203-0442."),
    ],
    [
        ("user", "how to calculate CPF for part-time staff ah"),
        (
            "assistant",
            "CPF applies if monthly wages exceed $50. The rate depends on age and total wages for the month.",
        ),
        (
            "user",
            "ok so for Lim Hui Ling, 58 years old, part-time $1,320 this month, what is the employee share?",
        ),
        (
            "assistant",
            "For an employee aged above 55 to 60, the employee share is lower; please check the CPF rate table for her exact band.",
        ),
    ],
    [
        ("user", "can a food handler with typhoid work front of house only? no touching food"),
        (
            "assistant",
            "No. A confirmed typhoid case or carrier must be excluded from food handling and should get clearance before returning.",
        ),
        (
            "user",
            "ok i tell him. he's our tzechar chef Chong Wai Keong, been there 12 years, very sad",
        ),
        ("user", "doctor at Raffles Medical say he must take antibiotics 4 weeks"),
    ],
    [
        ("user", "want to book wedding catering 25 Jan, 300 pax, Hokkien style"),
        ("assistant", "Congratulations! May I have the contact person, phone and venue address?"),
        ("user", "contact is my fiancée Jasmine Toh, 9630 2274"),
        (
            "user",
            "venue is her parents' house, 18 Jalan Kembangan, S419123, tentage at the driveway",
        ),
        ("assistant", "Thank you, our sales team will contact Jasmine within 2 working days."),
    ],
    [
        (
            "system",
            "Customer profile — Name: Kevin Lau Zi Hao; Mobile: +65 8916 4402; Allergies: peanut, sesame (anaphylaxis); Birthday: 14 Feb 1991. Greet the customer warmly.",
        ),
        ("user", "what's new on the menu this month?"),
        ("assistant", "We have a new salted egg fish skin bowl and a durian cendol this December!"),
    ],
    [
        ("user", "我是熟食中心 #01-45 的租户，想改每月租金自动扣账"),
        ("assistant", "好的，请提供新的扣款卡号以及持卡人姓名。"),
        ("user", "5204 7311 8865 4027"),
        ("user", "持卡人 Seah Boon Hock 佘文福，有效期 11/29，就是我本人"),
        ("assistant", "已收到，新卡将从下个月起用于扣款。"),
    ],
]
