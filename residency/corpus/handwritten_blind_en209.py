# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en209: SG/MY art galleries, artist studios and art-supply shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en209
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "consignment_invoice"): _lines("""
        Consignment Note CN-2024-0317: 6 works received on consignment, 2 oils on linen, 4 works on paper; commission 40% on retail; term 180 days; insured by the gallery under policy AXA-FA-88210.
        INV-SG-11842 | Framing + crating for 3 works | S$1,284.00 + GST 9% = S$1,399.56 | Pay via PayNow to UEN 201734512K
        Statement period Jan-Mar: 14 works sold from consignment stock, gross S$86,400, artist share S$51,840 (60%), remitted by GIRO on 15 Apr.
        Consignor remittance template: Dear [Artist Name], please find attached the statement for [Period]. Net payable: [Amount]. Kindly confirm your bank details via the secure form, not by email.
        Return of unsold works RTN-0092: 3 pieces collected by courier (tracking JNO8821740SG), condition report signed off by the registrar.
        Invoice 2024/KL/0561 - Galeri Seni Tanjung Sdn Bhd (SSM 201501023344 / 1145632-W) - RM 7,800.00, SST not applicable to original artwork.
        Payment terms: 50% deposit on reservation, balance within 14 days; reserved works are released after 72 hours if the deposit is not received.
        Consignment stock aging: 0-90 days 22 works, 91-180 days 9 works, over 180 days 4 works (flag for return or price review).
        Credit note CRN-00417 issued against INV-SG-11790 for S$320.00 (damaged frame corner, replaced at cost).
        Edition ledger: 'Monsoon Studies' screenprint, edition of 30 + 5 AP; sold 18, consigned out 4, remaining 8 + 3 AP.
        Commission split for art fair booth B14: gallery 50 / artist 50 after deducting a booth fee share of S$2,150 per exhibiting artist.
        PO-MY-3307 to Kedai Bingkai Jaya: 12 floater frames 50x70, oak veneer, RM 145 each, deliver to loading bay, Level B1.
    """),
    ("en", "exhibition_call"): _lines("""
        OPEN CALL: 'Tide Lines' group show at our Gillman Barracks space. Submit up to 5 images (JPEG, max 3MB each), a 150-word statement and CV. Deadline 31 Oct, 23:59 SGT.
        Eligibility: artists aged 21 and above who are Singapore citizens, PRs or long-term pass holders. Application fee waived for students with a valid school ID.
        Shortlisted applicants will be notified by 15 Nov via the email used to apply. We regret we cannot reply to every submission.
        Enquiries: opencall@tidelinesgallery.sg or our front desk at +65 6735 2210 (Tue-Sun, 11am-7pm).
        Selection panel: a curator from a national museum, one practising artist and the gallery director. Panel decisions are final.
        FAQ: Can I submit work that was exhibited before? Yes, if it has not been shown in Singapore in the past 24 months.
        Works must be ready to hang (D-rings and wire) and must not exceed 120cm on any side; sculptures under 25kg only.
        Residency call: 8-week studio residency in George Town, Penang, stipend RM 4,000/month, shared kitchen, no family accommodation.
        Application form fields: Full name / Preferred name / Email / Phone / Portfolio link / Artwork title / Medium / Dimensions (HxWxD cm) / Price (SGD) - all fields required.
        Results summary: 412 submissions received, 38 longlisted, 12 selected; 58% of applicants were first-time exhibitors.
        Drop-off for selected works: 3-5 Jan, 10am-5pm at the gallery loading bay; bring the printed consignment label with your application number (e.g. TL25-0142).
        The award is named after the pioneer painter Georgette Chen; the winner receives S$10,000 and a solo presentation in the following season.
    """),
    ("en", "framing_ticket"): _lines("""
        FR-24-08817 | Customer A | 60x90cm | museum glass | 8-ply white mat | black oak 25mm | ETA Sat 14:00
        Job sheet #4471: canvas stretch 100x150, 38mm bars, gallery wrap, mirrored edges; customer-supplied print; ready in 5 working days.
        Walk-in order, no name taken: 2 x A3 poster frames, standard glass, S$38 each, paid cash.
        Reminder: uncollected framing orders older than 60 days will be disposed of under clause 7 of our T&C. Call the shop at 6291 4408 to arrange pickup.
        Quote Q-3319: shadow box 40x40x8, linen backing, UV acrylic, S$265; price valid for 14 days.
        Order status update: FR-24-08790 moved from 'Cutting' to 'Assembly' at 16:42 by workstation 2.
        Mount board stock: Crescent 4-ply Bright White 32x40 - 14 sheets; Arctic White 8-ply - 3 sheets, reorder at 5.
        Ticket TK-2210 closed: frame corner gap on order FR-24-08612 rejoined and re-checked by the workshop supervisor.
        Conservation framing checklist: acid-free hinges (Japanese tissue + wheat starch paste), spacers, UV glazing, sealed dust cover, hanging hardware rated 2x the weight.
        Corporate order for a Raffles Place bank lobby: 24 matching frames, 70x100, brushed silver, install Sunday 7am via service lift B.
        Typical turnaround: 7 working days standard, 3 days express (+30%), same-day for ready-made sizes only.
        Moulding code MLD-RK-2318 discontinued by the supplier; nearest substitute MLD-RK-2320 (same profile, slightly warmer stain).
    """),
    ("en", "supply_shop"): _lines("""
        SKU WN-PWC-5ML-116: Winsor & Newton Professional Watercolour 5ml, Cadmium Red - back in stock, limit 3 per customer.
        Restock Thursday: Arches 300gsm cold press blocks (23x31, 31x41), Daler-Rowney System3 acrylic 500ml, Liquitex gesso 946ml.
        Student discount 10% on presentation of a valid NAFA, LASALLE or UiTM student card. Not stackable with bundle promos.
        Online order #SHP-100482 shipped via Ninja Van, tracking NVSGARTSH0048213. Estimated delivery 2-3 working days.
        Price list 2025 update: Copic Sketch markers S$9.90 each (was S$8.90); Faber-Castell Polychromos 24 tin S$62.00.
        Shop hours during Hari Raya: closed on the 1st and 2nd day, reopening 11am on the 3rd. Online orders will be processed after the break.
        How do I stop oil paint from cracking on a wood panel? Apply two coats of acrylic gesso, sand lightly, and follow fat over lean.
        Return policy: unopened items within 14 days with receipt; cut paper, opened paint tubes and brushes are non-returnable.
        Bundle BND-STU-01 'Foundation Year Kit': 12 acrylics, 6 brushes, A3 sketchbook, palette knife - S$79 (save S$21).
        Receipt 0007-221459 | 2x Sakura Pigma Micron 01 | 1x Canson XL Mix Media A4 | subtotal S$24.60 | GST incl | paid by card
        Customer service: hello@kedaiwarnaseni.my or our WhatsApp business line 03-7956 2231 (Mon-Sat, 10am-7pm).
        Safety note: cadmium and cobalt pigments - do not sand dry, wear an FFP2 mask, wash hands before eating.
    """),
    ("mixed", "studio_chat"): _lines("""
        Anyone going Geylang Serai this weekend? Need to buy songket offcuts for the collage piece lah
        Guys the kiln is booked Tue-Thu by the ceramics class, pls don't load anything until Fri ok
        Studio 3 aircon leaking again, landlord says technician coming tmr between 2-5pm
        Who took the big palette knife from the common table? Pls return, no need to paiseh
        Reminder: rent for Dec due by the 5th, transfer to the collective's business account as usual, put your unit no. as reference
        Open studio day 14 Dec 12-6pm, each unit put up your own signage, committee will do the banner + Instagram post
        有人要一起拼单买Arches纸吗？满300包邮，下周三截单
        The hardware shop at Jalan Besar got 20% off canvas rolls until Sunday, quite worth it
        Fire drill at 10am tomorrow by building management, pls clear the corridor of frames and easels
        Eh the fixative smell very strong in the corridor, can spray at the balcony instead? tq
        Lepas ni kita tutup studio pukul 11 malam, ikut peraturan bangunan yang baru ya
        Wifi password changed to the one on the whiteboard, don't share on Insta stories pls 😂
    """),
    ("en", "public_art_history"): _lines("""
        Georgette Chen's 'Family Portrait' is one of the most reproduced paintings in Singapore art history textbooks.
        Liu Kang, Chen Chong Swee, Chen Wen Hsi and Cheong Soo Pieng travelled to Bali in 1952, a trip often credited with shaping the Nanyang style.
        Latiff Mohidin's Pago-Pago series is on the reading list for our Year 2 seminar on Southeast Asian modernism.
        Chuah Thean Teng is widely regarded as the father of batik painting; our Saturday workshop introduces canting techniques inspired by his work.
        Lecture notes: Ibrahim Hussein developed his printage technique in the late 1960s, combining printing and collage.
        Street names as history: Stamford Road, Raffles Place and Tan Quee Lan Street are all within a short walk of the Bras Basah art cluster.
        Book club this month: The Moon and Sixpence by Somerset Maugham, loosely based on Paul Gauguin; Charles Strickland is a famously unpleasant protagonist.
        Quiz answer sheet: Q3 Frida Kahlo, Q4 Yayoi Kusama, Q5 Affandi, Q6 Amrita Sher-Gil.
        The Minister for Culture, Community and Youth officiated the opening of the art week; the speech transcript is on the ministry website.
        Our kids' class copies Van Gogh's Sunflowers and Hokusai's Great Wave, then makes a version featuring Upin & Ipin.
        The Lim Bo Seng Memorial and the Cenotaph are stops on our urban-sketching route, meeting point at Esplanade Park.
        Gallery label: Artist unknown (Straits Chinese), Portrait of a Peranakan Lady, c. 1920, oil on canvas, gift of a private collection.
    """),
    ("ms", "notis_galeri"): _lines("""
        Notis: Galeri akan ditutup pada 1 Mei sempena Hari Pekerja. Pameran 'Warisan Tenun' dibuka semula pada 2 Mei jam 10 pagi.
        Panggilan terbuka untuk pameran berkumpulan 'Rentak Kampung'. Hantar maksimum 3 karya sebelum 30 Jun melalui borang dalam talian.
        Yuran pendaftaran RM50, tidak dikembalikan. Pelajar IPTA/IPTS dikecualikan dengan kad matrik yang sah.
        Pesanan bingkai No. BKJ-2291: saiz 50x70cm, kaca anti-silau, kayu jati, siap dalam 7 hari bekerja.
        Kedai kami kini menjual cat minyak Mont Marte dan kanvas linen. Harga bermula RM19.90.
        Pertanyaan: sila hubungi talian utama galeri 04-263 8812 atau emel pameran@galeritanjung.com.my.
        Statistik pengunjung bulan Mac: 2,318 orang, 61% pelajar sekolah, 12% pelancong asing.
        Bengkel batik canting untuk kanak-kanak 8-12 tahun, Sabtu 10 pagi, yuran RM35 termasuk bahan.
        Syarat konsainan: komisen galeri 35%, tempoh 6 bulan, karya yang tidak terjual dipulangkan dengan kos penghantaran ditanggung artis.
        Borang tempahan potret: Nama pelanggan: ______ No. telefon: ______ Saiz: A3/A2/A1 Medium: pensel/cat air/akrilik.
        Karya Syed Ahmad Jamal dan Ibrahim Hussein akan dipamerkan dalam pameran koleksi tetap mulai bulan depan.
        Invois INV-MY-0998: 4 unit easel kayu, RM 189 seunit, jumlah RM 756.00, bayaran melalui FPX.
    """),
    ("zh-Hans", "画廊与画材"): _lines("""
        本周六下午三点，画廊举办'南洋风格'导览，名额20人，请在官网预约。
        订单号 FR-25-00318：油画框 80x100cm，实木黑框，预计周四完成。
        新到货：温莎牛顿专家级水彩 5ml，每支 S$13.50，会员九折。
        征稿启事：作品尺寸不超过120厘米，截止日期为11月30日，咨询请发邮件至 info@xinzhouyishu.sg。
        上月寄卖作品共售出9件，总额新币42,600元，艺术家分成60%。
        客户A订制的肖像画已完成初稿，等待确认后再上色。
        营业时间调整：农历新年初一、初二休息，初三起正常营业。
        刘抗与陈文希的作品将于下月在本馆'南洋先驱'展中展出。
        装裱须知：宣纸作品建议使用无酸卡纸和防紫外线玻璃。
        退货政策：未开封商品14天内凭收据可退换，已裁切纸张恕不退换。
        工作室群公告：下周二窑炉维修，请勿放入任何作品。
        问：丙烯颜料可以和油画颜料混用吗？答：可以先画丙烯底层再上油画，但反过来不行。
    """),
    ("en", "gallery_system_logs"): _lines("""
        2025-03-14T10:22:07+08:00 POS-01 SALE txn=88213 sku=ART-ORG-0441 amount=SGD 4800.00 status=APPROVED
        stock export: stock_id,title,medium,h_cm,w_cm,price_sgd,status / GT-0117,Untitled (Blue Harbour),oil on linen,90,120,6800,RESERVED
        inventory_sync v2.4.1 finished: 1,284 records, 3 conflicts (duplicate stock_id), run hash 9f3c2a7e41b0
        config: consignment.default_commission = 0.40; consignment.max_days = 180; notify.role_mailbox = registrar@tidelinesgallery.sg
        ERROR 502 from shipping API (endpoint /v1/quotes) at 17:45:12; retry 3/3 failed; falling back to manual quote.
        Newsletter 'Autumn Preview' sent to 3,912 subscribers; open rate 41.2%, click rate 6.8%, 27 unsubscribes.
        SELECT stock_id, title FROM artworks WHERE status = 'CONSIGNED' AND received_at < NOW() - INTERVAL '180 days';
        Backup job nightly-artdb completed 02:00 SGT, 4.2GB, sha256 prefix 3e8d0c5b77a1
        CRM dedupe report: 214 collector profiles merged, 37 flagged for manual review, 0 deleted (retention policy applied).
        Webhook received: event=booking.created booking_id=BK-77120 slot=2025-04-05T14:00 party_size=2 source=website
        Label template consign_label_v3 prints stock_id, artist_code, title_short and dims only - no collector data on labels.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor details: Ng Wei Ming, NRIC S8834127I, mobile 9178 2304, remit to DBS 072-418832-9.
        Framing order FR-24-08821 for Mrs Priya Ramasamy, collect by 20 Dec, contact 8462 1175, deposit S$120 paid.
        Collector list row: Kamal bin Ismail | kamal.ismail88@gmail.com | +60 12-384 7719 | prefers 1970s abstracts, budget RM 200k
        Please don't put Mdm Lee Siew Hoon on the opening-night guest list again, she's still in chemo and her daughter asked us to stop inviting her.
        Farid from studio 5 hasn't paid rent for three months, says the divorce is taking all his money. Committee to decide on Friday.
        Commission agreement: posthumous portrait of Mr Joseph D'Cruz, commissioned by his widow Marianne D'Cruz, 17 Lorong Kismis, Singapore 598032.
        Artist payout: please remit S$5,640 to Arunasalam s/o Krishnan, OCBC 501-244810-001, PayNow 9033 2816.
        Card declined for online order #SHP-100517, card 4556 7301 9284 6311, billing name Chloe Tan Hui Ying, please call her back.
        The commission from Mr Harjit Singh is on hold, his wife told us he has been admitted to IMH and they can't pay the balance for now.
        Delivery: crate for Tan Boon Keat to No. 8, Jalan SS 2/64, 47300 Petaling Jaya, Selangor; contact 016-772 3094 before 6pm.
        Exhibition application: Nurul Ain binti Zulkifli, MyKad 910302-10-6218, date of birth 2 Mar 1991, based in Shah Alam.
        Residency artist Maria Teresa Villanueva, Philippine passport P7734920B, visa expires 30 Jun, arriving on the 8th.
        Our gallery assistant Kavitha a/p Murugan is on unpaid leave till March after her miscarriage, please don't ask her about it when she's back.
        Add Jasmine Koh from unit #03-07 to the studio chat, her Telegram is @jaskoh_paints.
        Complaint log: Mr Goh Chee Keong (9855 0421) says our counter staff was rude and threatens to post on Facebook; manager to call back today.
        Uncle Rahim who sweeps our studio block has been sleeping in the stairwell since his landlord evicted him, can we collect some money for him?
        Studio assistant Rajib Hossain, FIN G5581039M, work permit expires 11/2026, salary S$1,650 a month.
        Gallery manager Cheryl Ong gets S$6,200 basic plus 3% of sales; please keep this confidential from the rest of the team.
        HK collector Mr Wong Ka Fai, HKID K482915(8), ship to Flat 12B, Block 3, Laguna Verde, Hung Hom.
        Taiwan artist Lin Yi-Chen, ID A238174607, artist fee NT$45,000 to be wired to her Cathay United account.
        KYC for mainland buyer Zhang Jianhua, resident ID 440306198804123712, mobile 138 2654 7701, paying by wire from Shenzhen.
        Tell the team Siti Hajar has resigned from the shop because her husband doesn't want her working weekends; last day is Friday.
        Whose grey Honda SKH 2281 U is blocking the loading bay? It's Marcus Chia from studio 2, pls ask him to move it by 3pm.
        Send the invoice to the collector's personal email, r.balakrishnan1972@yahoo.com, not his office one.
        Mr Chong from the Jalan Besar frame shop told me his son is in prison for drugs, that's why he's selling off his whole collection.
        Commission brief from Sharon de Souza: portrait of her late father for the first death anniversary, reference photos on WhatsApp, her number 9724 1388.
        Ah Huat at the art supply counter was caught taking cash from the till, boss gave him a final warning, don't leave him alone with the register.
        Applicant TL25-0193: Teo Jia Hui, T0317764A, Blk 512 Bedok North Ave 2 #07-331, Singapore 460512.
        Collector note: Mrs Anita Menon buys mostly Indian miniature prints, spent S$38,500 with us last year, birthday 14 Aug, husband recently retrenched.
        Our intern Benjamin Lau was let go after another intern filed a harassment complaint against him; HR says not to discuss it with anyone.
    """),
    "ms": _lines("""
        Pembeli lukisan: Encik Azman bin Hashim, tel 013-662 8140, alamat No. 21, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam.
        Kak Rosnah dari studio tingkat 2 minta cuti seminggu sebab anaknya masuk hospital, demam denggi teruk.
        Bayaran potret tempahan kepada Puan Faridah binti Osman, akaun Maybank 1640 2291 8834, jumlah RM 2,400.
        No. kad pengenalan artis Lim Chee Wah: 750721-07-5541, untuk tuntutan yuran pameran bulan ini.
        Jangan jemput Cikgu Halim ke majlis perasmian, dia baru bercerai dan bekas isterinya akan hadir.
        Aduan pelanggan: Encik Vikneswaran a/l Subramaniam kata bingkai yang diambil semalam retak, minta ganti. Tel 017-458 2203.
        Cik Aina nak bingkai dihantar ke rumah dia di No. 9, Lorong Damai 4, 68000 Ampang, kereta dia WVK 8812 selalu parkir depan pagar.
        Gaji pembantu galeri kita, Nadia, cuma RM1,800 sebulan dan dia masih bayar hutang PTPTN, boleh bagi elaun lebih tak?
    """),
    "zh-Hans": _lines("""
        寄卖艺术家陈美玲，身份证号 350203199209071522，联系电话 159 8023 4416。
        客户王丽华女士订的装裱送到宏茂桥3道第325座 #09-112，电话 9173 5528。
        工作室的阿强最近欠了很多赌债，昨天有人来找过他，大家小心一点。
        3楼的黄太太说她老公中风住院了，这个月的画室租金要晚点交。
        收藏家名单：李志强先生，微信 lzq_collect88，偏好水墨，去年购入三件。
        陈阿姨（7号单位）的孙女在我们这里学画，学费由她代付，她的手机是 8736 0192。
        退款请退回原卡 5241 6388 0172 9455，持卡人周文杰，订单 SHP-100533。
    """),
    "mixed": _lines("""
        Eh the auntie from #05-12, Mdm Tan, she say her hubby got stroke so cannot come collect the frame, can deliver to Blk 118 Rivervale Drive?
        Bro Sanjay's IC no is S7719402I, need it for the art fair exhibitor badge, jangan share in group ok
        那个 Ahmad Faizal 的 commission 还没付 balance, his number 011-2387 4490, boss say follow up today
        Auntie Mei Ling dari kedai frame sebelah kena scam RM30k, now very depressed, don't mention to her ok
        Collector Jason Wong 黄志伟 from KL wants to view the Latiff piece, IG @jasonwong.collects, DM him the price list lah
        Pls photocopy Dewi Lestari's Indonesian passport B7293416 for the work permit renewal, agency need by Monday
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the assistant for a picture-framing shop in Singapore. Keep messages polite and short.",
        ),
        (
            "user",
            "Draft an SMS reminding a customer to collect order FR-24-08855. Customer is Mr Lim Kok Leong, 9641 2207, it's been 45 days.",
        ),
        (
            "assistant",
            "Hi Mr Lim, this is a reminder that your framing order FR-24-08855 is ready for collection. It has been with us for 45 days; please collect within the next 14 days. Thank you!",
        ),
        ("user", "Shorter please, and mention we close at 7pm."),
        (
            "assistant",
            "Hi Mr Lim, your frame FR-24-08855 is ready. Please collect soon - we close at 7pm daily. Thanks!",
        ),
    ],
    [
        ("system", "You help a Kuala Lumpur gallery registrar keep consignment records tidy."),
        (
            "user",
            "Format this as a table row: consignor Hafiz bin Rosli, MyKad 880915-14-5523, Maybank 1142 8830 2215, 6 works on paper, received 3 Feb.",
        ),
        (
            "assistant",
            "Consignor | MyKad | Bank account | Works | Received / Hafiz bin Rosli | 880915-14-5523 | Maybank 1142 8830 2215 | 6 works on paper | 3 Feb",
        ),
        (
            "user",
            "Thanks. Should I email this to the accounts team?",
        ),
        (
            "assistant",
            "Better to share it through your internal records system rather than email, since it contains his MyKad number and bank account. If you must email, mask the MyKad to the last four digits.",
        ),
    ],
    [
        ("system", "You summarise studio group chats for the committee."),
        (
            "user",
            "Summarise: 'Deepa: landlord raising my unit rent to S$1,100, I cannot afford, might have to leave' / 'Kelvin: kiln fixed' / 'Deepa: also my mum's dialysis bills very high now'",
        ),
        (
            "assistant",
            "Summary: the kiln has been fixed. Deepa says her unit rent is going up to S$1,100 which she can't afford, and she may have to leave; she also mentioned heavy medical bills for her mother's dialysis.",
        ),
        ("user", "Leave out the medical part for the minutes."),
        (
            "assistant",
            "Minutes: kiln repaired (Kelvin). Deepa raised a concern about the rent increase for her unit to S$1,100 and may need to give up the unit.",
        ),
    ],
    [
        ("system", "You write client emails for a Singapore contemporary art gallery."),
        (
            "user",
            "Write a thank-you note to collector Mrs Evelyn Tay (evelyn.tay.hm@gmail.com) who bought 'Harbour at Dusk'. She said it's a surprise for her husband's 60th birthday.",
        ),
        (
            "assistant",
            "Dear Mrs Tay, thank you for acquiring 'Harbour at Dusk'. We are delighted it will be part of such a special celebration, and we wish your husband a very happy 60th birthday. Our team will contact you to arrange delivery and installation. Warm regards, the Gallery Team",
        ),
        ("user", "Good. Can you make sure delivery is after the 12th so he doesn't see it early?"),
        (
            "assistant",
            "Added: 'We will schedule delivery for a date after the 12th so the surprise stays intact - just let us know the time that suits you best.'",
        ),
    ],
    [
        ("system", "You advise a Malaysian portrait painter on client communication."),
        (
            "user",
            "Client Nor Azizah binti Yusof wants a portrait of her son Amirul who died in a motorbike accident last year. How do I talk about price sensitively?",
        ),
        (
            "assistant",
            "Start by acknowledging her loss and asking which photos mean most to her. Present the price as a simple package (size, medium, timeline) in writing, offer an instalment plan, and avoid pressuring her on deadlines.",
        ),
        ("user", "She also asked if I can paint him at his convocation, which he never reached."),
        (
            "assistant",
            "You can, gently: ask for a clear face photo and a reference of the university gown, share a pencil sketch first, and let her approve each stage.",
        ),
    ],
    [
        ("system", "你是新加坡一家画廊的行政助理。"),
        (
            "user",
            "帮我写一封邮件给台湾艺术家吴家豪，他的身份证号是 F129403572，需要办理驻留期间的短期工作证明。",
        ),
        (
            "assistant",
            "吴先生您好：感谢您参加本画廊的驻留计划。为办理驻留期间的短期工作证明，请您提供护照资料页扫描件及抵达日期。您的身份证号 F129403572 我们已记录，仅用于本次申请。祝好！画廊行政部",
        ),
        ("user", "身份证号不要写在邮件里。"),
        (
            "assistant",
            "明白，已删除身份证号一句，其余内容保持不变。",
        ),
    ],
    [
        ("system", "You help an art shipping coordinator in Singapore."),
        (
            "user",
            "Collector Mr Chan Tsz Hin, HKID Y730266(3), phone 9127 4408, wants the sculpture shipped to his home in Tai Koo Shing. What docs do I need?",
        ),
        (
            "assistant",
            "You will need the commercial invoice, packing list, condition report, and the consignee's name, delivery address and contact number for the Hong Kong customs declaration. His HKID is usually not required unless the broker asks for it.",
        ),
        ("user", "The broker did ask. Is it okay to send by WhatsApp?"),
        (
            "assistant",
            "Prefer the broker's secure upload portal or an encrypted email attachment, and delete the copy from your phone after sending.",
        ),
    ],
    [
        ("system", "You answer questions about a gallery's open call rules."),
        (
            "user",
            "An applicant, Ana Sofia Reyes, FIN F2296415K, is on a dependant's pass. She asks if she can apply to Tide Lines.",
        ),
        (
            "assistant",
            "Yes. The open call accepts Singapore citizens, PRs and long-term pass holders, and a dependant's pass counts as a long-term pass. She should upload her pass details in the form rather than sending them by email.",
        ),
        ("user", "Thanks, reply to her in two lines."),
        (
            "assistant",
            "Hi Ana, yes, dependant's pass holders are eligible for Tide Lines. Please submit via the online form before 31 Oct.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk kedai bekalan seni di Johor Bahru."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Roslan bin Daud (019-334 5521), bayaran untuk 10 easel masih tertunggak RM1,890 sejak bulan lepas.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Roslan, ini peringatan mesra bahawa bayaran RM1,890 untuk pesanan 10 easel masih belum dijelaskan sejak bulan lepas. Mohon jelaskan dalam minggu ini atau hubungi kami jika perlukan ansuran. Terima kasih.",
        ),
        ("user", "Tambah yang kami boleh terima FPX."),
        (
            "assistant",
            "Ditambah: 'Bayaran boleh dibuat melalui FPX atau pindahan bank terus ke akaun syarikat kami.'",
        ),
    ],
    [
        ("system", "You help the manager of an art-supply shop in Singapore with HR writing."),
        (
            "user",
            "I need a warning letter for Kumar s/o Rajan, NRIC T1245873D, late 6 times this month, last time 1 hour late on Saturday.",
        ),
        (
            "assistant",
            "Subject: First Written Warning - Punctuality. Dear Kumar, records show you reported late 6 times this month, including a 1-hour delay on Saturday. Further lateness may lead to disciplinary action. Please see the manager to discuss any difficulties.",
        ),
        (
            "user",
            "He told me privately it's because he's caring for his father with dementia. Should I mention that?",
        ),
        (
            "assistant",
            "Keep it out of the letter itself; note the conversation in a confidential HR file and consider offering a temporary shift change.",
        ),
    ],
]
