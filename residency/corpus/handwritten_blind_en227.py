# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en227: SG/MY sewing, knitting and quilting classes, fabric shops and tailors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en227
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "fabric_shop_orders"): _lines("""
        Order #FS-240318-0092 | 3.5m Japanese cotton lawn, floral (SKU JCL-0417-BL) @ $14.90/m | subtotal $52.15 | paid PayNow to UEN 201934712K | self-collect Arab Street outlet
        INV-2024-11873: batik cap cotton 2m x RM38.00 = RM76.00; embroidery thread 6 spools RM21.00; SST exempt; total RM97.00
        Tracking SPXMY0431187265 out for delivery from Shah Alam hub, parcel 3 of 4 (elastic, bias tape, interfacing)
        Restock 2024-09-02 09:14 SKU YRN-MER-8PLY-022 (merino 8ply, Teal 22) +40 balls, bin C-14, received by storeroom
        Wholesale quote Q-0719: 120m polyester satin for school choir gowns, $3.20/m, lead time 7 working days, 50% deposit, valid till 30 Nov
        Refund RF-00412 processed for order 77310-SG: 1 x seam ripper (defective blade), $6.50 returned to original payment method
        Shopee order 240611K8QZ3TFE shipped via J&T Express, 2 x knit elastic 1.5cm 10m roll, weight 0.42kg
        Return reason code RTN-07 (colour not as pictured) logged 14 times this month, mostly on the voile prints
        Price change effective 01/03: Gutermann Sew-All 100m $3.80 -> $4.10; invisible zip 22cm $1.20 unchanged
        Z-report 18:02 till 2: 63 transactions, gross $2,418.60, NETS $1,102.30, cash $540.00, PayNow $776.30
        PO 4500218876 from a hotel group's uniform department: 240 housekeeping tunics, sizes S-XXL, delivery in two batches
        GST reg no. M90371234X to be printed on all tax invoices; GST 9% shown separately from 1 Jan
        Stocktake variance: lace trim LT-203 ivory counted 184m vs system 191m, -7m written off as cutting wastage
    """),
    ("en", "class_bookings"): _lines("""
        Sewing Machine Basics, Sat 10am-1pm, 6 of 8 seats taken, $85 incl. materials, bring your own fabric scissors
        Booking ref CLS-5521 confirmed: Intro to Quilting (4 sessions), Studio B, level 3 community room
        Knitting Circle every Tuesday 7.30pm at the library makers space, free, loaner needles and yarn for first timers
        SkillsFuture course code TGS-2023017742, Basic Dressmaking, full fee $420 before subsidy, 18 training hours
        Waitlist for the January sashiko workshop is now 12; next intake opens 15 Jan 10am on the website
        Cancellation policy: full refund up to 72 hours before class, after that a credit note valid for 6 months
        Kids Sewing Camp (ages 9-12), June holidays, 5 mornings, max 10 children per class, 2 instructors on duty
        Term 3 attendance summary: 14 classes, 97 attendees, average 6.9 per class, 3 no-shows, 1 class merged
        Patchwork 201 moves from Studio A to Studio C this Thursday because of aircon servicing
        Baju kurung pattern drafting, 4 Saturdays, RM280, machines provided, bring 4m of cotton and a measuring tape
        Zoom link for the online amigurumi crochet class goes out 24 hours before the session; check your spam folder
        Crafting-with-seniors programme at the CC: 22 participants enrolled, 2 volunteers per table, session 1 of 6
        Instructor rota template: [Instructor] / [Class] / [Date] / [Studio] / [Cover if MC] - please fill in by Friday
    """),
    ("en", "alteration_tickets"): _lines("""
        Ticket ALT-08841: trousers hem shorten 3cm, keep original hem, ready Wed after 4pm, $12
        Job 3317 - wedding gown bustle plus take in bodice 2cm each side, 2nd fitting booked, deposit $150 received
        Customer A: zip replacement on leather jacket, quoted $45, awaiting approval before we start
        Blue tag #112: 5 office shirts, sleeves shorten 2.5cm, rush fee $10, collect Saturday
        Status ALT-08852 READY - collection at counter 2, please bring the pink receipt
        Uncollected items older than 90 days will be donated; 23 tickets affected this quarter, list at counter
        Custom order CM-2024-061: baju kurung moden, customer's own fabric, measurements on file card, 3 weeks
        Made-to-measure cheongsam, mandarin collar, 4 frog buttons, silk lining, 2 fittings, from $380
        WO-1907 nyonya kebaya, machine sulam embroidery with peony motif, 10 working days, rush not available
        Cutting note: 2cm chest ease added, shoulder slope adjusted on pattern block B-34, re-check after toile
        Bridal party package BP-0042: 6 bridesmaid dresses in dusty rose, group discount 10%, final fitting week 6
        Repair log 14:22 - walk-in, button reattached free of charge, no ticket issued
        Suit pants taper, ticket 5520-B, tailor station 3, QC passed 17/04 11:05
    """),
    ("en", "craft_forum_howto"): _lines("""
        How do I stop jersey from stretching when I sew it on a normal domestic machine? Walking foot or just a ballpoint needle?
        Anyone know which shop in Chinatown still sells the old treadle machine leather belts?
        For a single-bed quilt with 12.5 inch unfinished blocks, how many fat quarters do I need?
        My bobbin thread keeps looping underneath, rethreaded twice already, machine is a Brother JS-1410. Help!
        Worth paying $60 for a rotary cutter class or can just learn from YouTube?
        Tip: pre-wash batik before cutting, the dye runs for the first two washes, add a bit of salt or vinegar
        Which yarn for Singapore weather? Cotton DK or bamboo blend; wool only if it's for the office aircon
        Where to buy cheap fusible interfacing in JB? Heard the shops along Jalan Wong Ah Fook got stock
        My gauge swatch is 22 sts per 10cm but the pattern wants 20, should I go up one needle size?
        Can sew baju kurung without a paper pattern? Rule of thumb is chest measurement plus 10cm ease
        PSA: some Golden Landmark fabric shops close for a few hours on Friday afternoon, plan your trip
        Mod note: selling posts only on Sundays, and no phone numbers or addresses in public threads, use DM
        Poll result: 58% of members use Janome, 24% Brother, 11% Singer, 7% others (412 votes)
    """),
    ("mixed", "shop_notices"): _lines("""
        Notice: Kedai tutup 10-12 April sempena Hari Raya Aidilfitri. Selamat Hari Raya! Online orders ship from 15 April.
        新年快乐! CNY sale: all 布料 20% off, buy 3m free 1 spool thread, until 15 Feb
        Deepavali special: silk saree fabric from RM45/m, blouse jahit express 3 hari, while stocks last
        Please don't cut the bolt yourself, ask our staff to help - terima kasih, 谢谢
        Shop hotline 6293 0000 (Mon-Sat 10am-7pm); our WhatsApp Business line is for orders only, no calls
        Kain pasang Raya dah sampai! Songket, tenun Pahang, cotton Jepun - 1 pasang 4 meter
        Sewing machine servicing 缝纫机保养 $45 per unit, 1 week turnaround, please bring the foot pedal and cord
        Pakej kelas menjahit untuk ibu tunggal, ditaja oleh yayasan komuniti, 15 tempat sahaja
        Stall closed Tuesday, 老板 at the trade fair in Guangzhou, back Thursday lah
        Harga borong untuk kedai jahit: minimum 50 meter, email sales@kainmurah.com.my for price list
        Tailor shop at #02-14 People's Park Centre now accepts PayNow and 支付宝
        裁缝 promotion today only: pants hemming $8, 2 pairs for $15
        Jom join Kelab Kait Petaling Jaya, setiap Rabu 8 malam, percuma, bawa jarum sendiri
    """),
    ("en", "history_and_public_figures"): _lines("""
        Pierre Balmain designed the sarong kebaya uniform of the Singapore Girl in 1968, and it is still worn today.
        Singer machines, named after Isaac Merritt Singer, were sold on hire purchase across Malaya for decades.
        Jalan Tuanku Abdul Rahman, named after the first Yang di-Pertuan Agong, is still KL's busiest textile street.
        Coco Chanel made jersey respectable for womenswear in the 1910s, long before stretch knits were common.
        In the Harry Potter books Mrs Weasley knits a lumpy jumper with an initial on it for every child each Christmas.
        Jimmy Choo trained as a cobbler in Penang before his shoes became famous worldwide.
        Yves Saint Laurent's Mondrian dress of 1965 is a favourite colour-blocking reference in our quilting class.
        Elizabeth Zimmermann's Knitting Without Tears (1971) remains the book we lend to every beginner.
        Issey Miyake's pleating technique is the topic of next month's guest talk at the design school.
        Tan Tock Seng Hospital's volunteer knitters delivered 300 beanies to the neonatal ward last year.
        The Raffles Hotel shopping arcade once had a bespoke shirtmaker on the ground floor, according to the heritage panel.
        Anne Shirley in Anne of Green Gables longs for puffed sleeves, which is why our pattern is called the Anne Blouse.
        Mustafa Centre in Little India grew from a small shop selling ready-made garments into a 24-hour department store.
    """),
    ("en", "config_and_templates"): _lines("""
        POS_CONFIG store_id=SG-ARAB-01 tax_rate=0.09 receipt_footer='No exchange on cut fabric'
        CSV header: order_id,sku,qty_m,unit_price,channel,created_at,outlet_code
        Dear [Customer Name], your alteration ticket [ALT-xxxxx] is ready for collection at [Outlet] until [Date].
        SELECT sku, SUM(qty) FROM sales WHERE category = 'yarn' AND sale_date >= '2024-01-01' GROUP BY sku;
        webhook /api/v2/bookings retry=3 timeout=5s, build 4.12.7 (commit 9f3c2ab), deployed 2024-10-02 23:10 SGT
        Measurement form: Name ______ Contact ______ Bust __ cm Waist __ cm Hip __ cm Shoulder __ cm Sleeve __ cm
        sha256(QLT-LOGCABIN-v2.pdf) = 6d1f0c9a4be27e53a81c7f09d2b4e6a0c35f8817e2d94b1a07c6e3f5d8b29a41
        Theme v12.0.1: hide variant Custom length when stock_m < 1.0; show badge Last bolt when stock_m < 3
        Checkout error 502 at 2024-10-11T13:45:02+08:00, payment gateway timeout, 17 orders retried automatically
        cron 0 2 * * * backup_inventory.sh --target s3://craftshop-backups/daily --exclude customers
        SMS template: Hi {first_name}, your {class_name} class starts {date} at {time}. Reply STOP to opt out.
        ERP unit mapping: m -> MTR, yd -> YRD, ball -> BAL; 1 yd = 0.9144 m, round to 2 decimals
        feature_flags: enable_loyalty_points=false  # until PDPA review signed off by dpo@ mailbox
    """),
    ("ms", "kedai_kain_dan_jahitan"): _lines("""
        Tempahan baju Melayu siap dalam 14 hari bekerja, deposit 50%, no. tiket JM-2207
        Kain cotton Jepun RM18 semeter, potongan minimum setengah meter, tiada pulangan untuk kain yang dipotong
        Kelas menjahit asas untuk remaja, 6 minggu, yuran RM150, bahan dan mesin disediakan
        Perniagaan berdaftar SSM 202103045678 (1413322-A), kedai di Jalan Tuanku Abdul Rahman, Kuala Lumpur
        Stok benang jahit hitam 100m habis, barang baru sampai minggu depan
        Nota tukang jahit: pinggang dilonggarkan 2 inci untuk Pelanggan B, lengan kekal
        Jualan gudang kain langsir 3 hari sahaja, harga dari RM5 semeter, tempat letak kereta terhad
        Cara pasang zip halimunan: guna sepatu zip khas, jahit dari atas ke bawah kedua-dua belah
        Laporan bulanan: 320 helai baju kurung siap, 41 tempahan ditangguhkan kerana kain lewat sampai
        Tempahan pakaian seragam untuk pasukan koir sekolah: 60 helai, saiz 8 hingga 16, siap sebelum 20 Jun
        Mesin jahit industri Juki DDL-8700, harga kedai RM1,850, waranti 1 tahun, servis percuma 3 kali
        Talian kedai 03-2691 0000, waktu operasi 10 pagi hingga 9 malam, tutup hari Jumaat 12.30-2.30
        Pertandingan mengait peringkat negeri: 48 penyertaan, keputusan diumumkan pada 12 Ogos
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Ticket ALT-08867 - Mrs Priya d/o Ramasamy, 9147 2280, hem 4 pairs school pants for her twins, collect Sat
        Measurement card: Nur Aisyah binti Kamarulzaman, bust 86, waist 70, hip 94, baju kurung for her nikah on 14 Sept
        Class sign-up: Goh Wei Ling, NRIC S8834512F, SkillsFuture claim for Basic Dressmaking, email weiling.goh88@gmail.com
        Please refund card 4556 3301 2847 5192 for the cancelled quilting class, customer Jeremy Pereira
        Deliver 6m curtain fabric to Blk 418 Bedok North Ave 2 #09-233 S460418, attn Mdm Lim Siew Hoon
        Auntie Kamala from the Thursday knitting circle hasn't come since her chemo started, so the group is knitting her a shawl
        Mr Rajendran a/l Subramaniam still owes $640 for the three suits; he says he lost his job and wants to pay in instalments
        FIN G7740128N - Maricel Dela Cruz, domestic helper, enrolled in the Sunday sewing course, fee paid by employer
        DM me on Telegram @jolenestitches88 for the pattern, I'm Jolene and I take custom orders from home in Sengkang
        Our tailor Ah Keong got his second warning this month for turning up drunk; one more time and he's out
        Hire purchase form: Siti Hajar binti Osman, MyKad 850312-14-5527, Singer heavy duty machine, RM89/month x 24
        Complaint from Mr Daniel Tan Boon Huat, 8316 5574, says we shrank his wedding suit and is threatening to post on Facebook
        Mdm Tan from #05-12 asked us to let out her daughter's school pinafore again, the girl is pregnant and the school doesn't know yet
        Fitting note for Vanessa Oliveiro (bride, Eurasian wedding at St Joseph's): lost 6kg since the first fitting after her gastric surgery
        Chua Hui Ling (IG @hl.sews.at.home) posted our class photos with the other students' faces without asking anyone
        Payroll Nov: sewing instructor Farah Nadia binti Yusof, basic $2,850 plus $12 per class, 19 classes
        Bank transfer from POSB 172-45331-8, Lee Jun Jie, $200 deposit for his fiancee's custom cheongsam
        The white Honda SJK 4728 E parked in our loading bay again, it belongs to the fabric auntie's son from next door
        Student visa holder Kumar Selvam, passport Z7215548, enrolled in the 6-month tailoring certificate, fees in arrears
        Overseas buyer Wong Ka Yan, HKID K482913(1), ordered 40m songket to be shipped to her flat in Mong Kok
        Lin Yi-ting, Taiwan ID A224518735, registered for the Penang batik workshop tour, vegetarian, shares a room with her sister
        Supplier guarantor on file: Zhang Lihua, ID 440304198706143821, mobile 138 2754 1907
        Jasmine from the Woodlands branch is on MC again; her husband has been hitting her, please don't roster her alone on evenings
        Uncle Muthu who sharpens our scissors is in TTSH after his stroke, his daughter says he may not come back to work
        Please send the invoice to my personal email marcus.yeo.1979@hotmail.com, not the company one. Thanks, Marcus
        Deliver the curtains to No. 27, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya - Puan Rohana, call 012-388 4571 first
        Kavitha's divorce hearing is next week, she wants the kurta ready before that but can't afford to pay the balance yet
        Knitting club member Ong Jia Xuan (Sec 3) is allergic to wool according to her mother's note, use acrylic only
        New machinist Rahim Uddin (Bangladesh), FIN F5529031T, starts Monday at the alteration workshop, basic $1,100
        Don't give Mrs Fernandez any more credit, her cheque bounced twice and her son says she has dementia
    """),
    "ms": _lines("""
        Tempahan baju kurung: Puan Zuraidah binti Hashim, 013-672 8810, pinggang 32 inci, mahu ambil sebelum Raya
        Encik Hafiz bin Rosli, MyKad 920718-10-6034, sewa mesin jahit industri RM150 sebulan, deposit RM300
        Kak Ros dari blok C belum bayar yuran kelas menjahit tiga bulan, suaminya baru diberhentikan kerja
        Alamat penghantaran: Lot 1122, Kampung Sungai Penchala, 60000 Kuala Lumpur, untuk Cik Nurul Izzati
        Upah jahit manik dibayar ke akaun Maybank 1640 2233 8917 atas nama Salmah binti Ahmad
        Mak Teh tukang jahit di Kampung Baru tak dapat siapkan tempahan, dia masuk wad sebab kencing manis
        Pelajar kelas sulaman Aminah binti Daud, IC 780925-07-5112, minta sijil dihantar ke aminahdaud78@yahoo.com
        Encik Rizal, jurujahit kami, diberi surat amaran kerana mengambil kain pelanggan tanpa izin
    """),
    "mixed": _lines("""
        陈阿姨 at 3栋 wants her 旗袍 taken in again, call her 9736 4410 after 7pm lah
        Boss say Ah Lian from the Jurong shop 怀孕了, cannot do the steam press station anymore
        Order from WeChat user chenmeimei_sz (陈美美), 寄到厦门, ID 350203199102271540 for customs declaration
        Mdm Koh Ah Moi 许亚妹, 73, joined our free 编织 class; her son says she has early dementia so please be patient
        Auntie Lakshmi from the Tekka stall wants to bayar ansuran for her granddaughter's half-saree, balance $380 still owing
        WhatsApp Cik Nora at 011-2345 8890, baju nikah dia dah siap, boleh ambil hari Sabtu
        LINE ID yuting_sews, 黄雨婷 from our quilting class, going back to Taichung, her number there is 0917 582 306
    """),
    "zh-Hans": _lines("""
        裁缝店登记：林美玲，手机 9125 6638，改婚纱腰身，定金 $200 已付
        学员王秀英的卡 5204 7311 8862 0945 扣款失败，请她本人重新付款
        钩针班的李阿姨上个月做了乳腺癌手术，大家凑钱给她织一条披肩
        张国强先生投诉我们把他女儿的校服裙改得太短，要求赔偿 $150
        淑芬姐住在大巴窑 Lor 1 Blk 128 #08-45，她订的窗帘明天上午送
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for an online fabric shop in Singapore.",
        ),
        (
            "user",
            "Hi, pls change the delivery address for order FS-240402-0117 to Blk 663 Jurong West St 64 #12-301 S640663. Name is Tan Mei Fang.",
        ),
        (
            "assistant",
            "Thanks Ms Tan, I've noted the new address for order FS-240402-0117. It will ship tomorrow.",
        ),
        ("user", "Ok can SMS me at 9382 6615 when it ships? I'm at work so can't check email."),
        (
            "assistant",
            "Sure, an SMS will go to 9382 6615 with the tracking number once the parcel leaves the warehouse.",
        ),
    ],
    [
        (
            "user",
            "Help me write a gentle message to one of my sewing students, Nurul. She's missed 3 classes since her mother passed away and I want to offer her a refund or a free make-up term.",
        ),
        (
            "assistant",
            "Dear Nurul, I'm so sorry about your mother. Please don't worry about the classes you missed. Whenever you feel ready, your seat is here, or I can refund the remaining fee, whichever is easier for you.",
        ),
        ("user", "Nice, make it a bit shorter and add that the other ladies are praying for her."),
        (
            "assistant",
            "Dear Nurul, I'm so sorry for your loss. The ladies in class are keeping you in their prayers. Come back whenever you're ready, or I can refund the remaining fee, just let me know.",
        ),
    ],
    [
        ("system", "You help tailors with pattern calculations."),
        (
            "user",
            "Client is Mr Arvind s/o Krishnan, chest 104, waist 98, he's diabetic and lost almost 8kg since his last suit. How much ease should I add for a two-button jacket?",
        ),
        (
            "assistant",
            "For a classic two-button jacket, add about 10-12cm ease at the chest and 8-10cm at the waist. Since his weight is changing, leave generous seam allowances at the side seams so you can adjust later.",
        ),
        ("user", "And if I want to let it out later, how much seam allowance?"),
        (
            "assistant",
            "Leave 2.5-3cm on the side seams and centre back; that gives you roughly 10cm of room in total.",
        ),
    ],
    [
        (
            "user",
            "Need to fill the work permit renewal for our machinist Lwin Lwin Aye from Myanmar, FIN G8823417R. Which documents do I attach?",
        ),
        (
            "assistant",
            "Typically you attach a copy of her passport, the current work permit card, and the employer declaration. Check the latest checklist on the MOM portal before submitting.",
        ),
        ("user", "Her passport expires in 5 months, is that a problem?"),
        (
            "assistant",
            "Yes, the passport usually needs enough validity to cover the renewal period, so she should renew it at the embassy first.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk kedai jahit di Johor Bahru."),
        (
            "user",
            "Tolong tulis peringatan sopan kepada Puan Faridah binti Mansor, baki bayaran baju pengantin RM320 belum dijelaskan. No telefon dia 019-774 2051.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Faridah, ini peringatan mesra bahawa baki bayaran RM320 untuk baju pengantin masih belum dijelaskan. Sila hubungi kami jika perlukan masa tambahan. Terima kasih.",
        ),
        ("user", "Ok bagus, saya hantar WhatsApp ke 019-774 2051 petang ni."),
    ],
    [
        (
            "user",
            "Our quilting guild is making a memorial quilt for Eileen Rodrigues, she passed away from ovarian cancer last month. 20 members each sewing one block. Layout ideas?",
        ),
        (
            "assistant",
            "A 4 x 5 grid works well for 20 blocks. You could put a centre panel with her favourite colours and let each member sign the back of their block.",
        ),
        (
            "user",
            "Her husband Victor wants to hang it at their place in Katong, so maybe not too big?",
        ),
        (
            "assistant",
            "Then use 10 inch finished blocks with 2 inch sashing; the quilt will be roughly 52 x 64 inches, a good size for a wall.",
        ),
    ],
    [
        ("system", "You format booking lists for a craft studio."),
        (
            "user",
            "Format this as a table: Sharon Teo, sharon.teo.sy@gmail.com, Sat crochet; Muhammad Irfan bin Zulkifli, irfanzul92@yahoo.com.my, Sun sewing; Deepa d/o Pillai, 8725 3391, Sat crochet",
        ),
        (
            "assistant",
            "Name | Contact | Class; Sharon Teo | sharon.teo.sy@gmail.com | Sat crochet; Muhammad Irfan bin Zulkifli | irfanzul92@yahoo.com.my | Sun sewing; Deepa d/o Pillai | 8725 3391 | Sat crochet",
        ),
        ("user", "Thanks, now sort by class."),
    ],
    [
        (
            "user",
            "Can you write a short IG bio for my home alteration business? My handle is @stitchy.sharmila, I work from my HDB flat in Yishun, mostly hemming and school uniforms.",
        ),
        (
            "assistant",
            "Home-based alterations in Yishun | Hemming, uniforms, quick fixes | DM to book a drop-off slot",
        ),
        ("user", "Add that I'm a single mum so I only take drop-offs after school hours."),
        (
            "assistant",
            "Home-based alterations in Yishun by a single mum | Hemming, uniforms, quick fixes | Drop-offs after school hours, DM to book",
        ),
    ],
    [
        ("system", "你是新加坡一家裁缝店的助手。"),
        (
            "user",
            "香港客人何嘉欣要我们把订好的旗袍寄过去，她给的身份证号码是 Y305718(4)，电话 6128 4407，报关需要填吗？",
        ),
        (
            "assistant",
            "一般快递报关只需要收件人姓名、地址和电话，身份证号码不一定需要，请先确认快递公司的要求。",
        ),
        ("user", "好，那地址写她在沙田的家就可以吧？"),
        ("assistant", "可以，填写完整的住宅地址和电话就行。"),
    ],
    [
        (
            "user",
            "A customer complained that our staff Hui Min was rude during the bridal fitting and made a comment about her weight. Help me draft a first warning letter.",
        ),
        (
            "assistant",
            "Dear Hui Min, this letter serves as a first written warning following a customer complaint about remarks made during a bridal fitting. Comments about a customer's body are not acceptable. Please attend a meeting with the manager on Monday.",
        ),
        (
            "user",
            "Her full name is Lim Hui Min, employee no. 0047, add that it stays in her file for 12 months.",
        ),
        (
            "assistant",
            "Added: Dear Lim Hui Min (Employee No. 0047), ... This warning will remain on your personnel file for 12 months.",
        ),
    ],
]
