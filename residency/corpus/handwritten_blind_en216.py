# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en216: SG/MY stamp, coin and banknote clubs and dealers. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en216
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "auction_listing"): _lines("""
        Lot 1042: Straits Settlements 1937 $10, KGVI portrait, serial B/5 48213, PMG 35 Choice VF. Estimate S$1,800-2,400.
        Lot 1043 - Malaya & British Borneo 1953 $1, 10 consecutive serials, all gUNC, light handling on top note. Start bid RM 650.
        Singapore Orchid series $1 with solid number 777777, the rarest single in tonight's sale. Reserve not disclosed.
        Lot 217. Federation of Malaya 1957 Merdeka cover with Tunku Abdul Rahman cachet, Kuala Lumpur cancel 31 Aug, fine.
        Withdrawn: Lot 388 (Sarawak 1918 Rajah Vyner Brooke 50c) pending authenticity review by the house specialist.
        Lot 559 | Brunei 1967 $1 Sultan Omar Ali Saifuddien III | PMG 64 EPQ | cert 8012447-009 | hammer S$420 + 18% BP
        Singapore Portrait series $2 'Yusof Ishak' first prefix 0AA with replacement ZZ, pair. Est S$300.
        Buyer's premium 20% on hammer, 9% GST on premium only for SG-registered bidders; MY bidders settle via FPX.
        Lot 730: Penny Black 1840, plate 6, four margins, red Maltese cross, ex-Lanyard Collection. Opening S$2,250.
        Lot 731-745 — sixteen sheets of Malaysia 1965 orchid definitives, Johor to Terengganu state heads, mint NH.
        Absentee bids close 2026-11-28 18:00 SGT. Live bidding on the house app, lot pace approx 90 per hour.
        Lot 902: Japanese Occupation 'banana money' $10 block letter MT, ten notes, tatty to VF, sold as seen, no returns.
        Hammer results for Sale 47: 612 lots sold of 688 offered (89%), total S$1,284,650 incl. premium.
        Lot 66 — Singapore 1967 $1 coin, 'Apartment block' reverse, proof-like, toned, NGC PF66 cert 4409781-011.
    """),
    ("en", "grading_certificate"): _lines("""
        PMG Certification 7741029-012 | Malaysia 1986 RM1000 | Grade 58 Choice About Unc | Comments: minor corner tip fold
        NGC #5922148-004 Straits Settlements 1901 1 Cent Queen Victoria MS 63 BN. Verify at the grader's public lookup.
        PCGS 47110256 Singapore 1985 $5 Gold Tiger, PR69 DCAM, holder gen 6.2, hologram intact.
        Grade scale reminder: 60-70 Uncirculated, 50-58 About Uncirculated, 40-45 Extremely Fine, 20-35 Very Fine.
        Certificate void if holder is cracked, resealed or the label is altered. Reholder fee US$25 per slab.
        Submission form SF-2026-11 v3.2: tier Economy, declared value column in USD, max 50 notes per invoice.
        Label designation EPQ (Exceptional Paper Quality) is not awarded to notes with evidence of pressing or washing.
        Batch 26-0417: 38 items received, 35 graded, 2 genuine ungradable (cleaned), 1 returned as questionable authenticity.
        Cert lookup sha256 3f9c1a7be2d04c6a88e1f0b947a5d2c6e3b81f07ac2d944e5b6f108c7a3e9d12 matches archived image set.
        Stamp expertising: the committee is of the opinion that the 1867 Straits Settlements 24c overprint is genuine, full gum.
        Grader note: 'Net grade VF30 due to old tape repair on reverse'. No owner details are printed on certificates.
        Crossover request CR-88120: NGC MS64 to PCGS, minimum grade MS64, otherwise return in original holder.
        Population report extract: Malaysia 1971 $1 Parliament Building, MS65 pop 14, MS66 pop 3, none finer.
    """),
    ("en", "club_newsletter"): _lines("""
        Monthly meeting: 2nd Saturday, 2pm, Function Room B, 10 Anson Road. Bring your swaps album, no selling on the floor.
        Welcome to our 23 new members this quarter! Total membership now 418 (SG 301, MY 96, others 21).
        The Treasurer reports subscriptions collected S$12,540 for FY2026; audited statements available at the AGM.
        Talk this month: 'Watermarks of the Ship series' by our Vice-President. Coffee by the canteen at Bras Basah.
        Reminder: the club mailbox is secretary@sgphilatelycircle.org.sg; please don't send valuables to the meeting venue.
        Junior Section: 12 students from three secondary schools completed the Stamp Detective badge. Well done all!
        Youth Stamp Design Contest theme for 2027: 'Our Kampong Days'. Entry forms from the front desk of the National Library.
        In memoriam notices are published only with written consent of the family; please write to the Secretary.
        Exhibition results: club members took 2 Gold, 5 Large Vermeil and 7 Silver at the regional show in Bangkok.
        New accession to the club library: 'Currency of the Straits' (3rd ed., 2019), catalogue no. LIB-0771.
        Bourse tables for the December fair: 40 tables at S$80 each, dealers must show ACRA UEN at check-in.
        Committee 2026/27: President, Vice-President, Hon. Secretary, Hon. Treasurer and four ordinary members, elected unopposed.
        Note from the editor: photographs for the next issue should be 300 dpi minimum, JPG or TIFF, under 20 MB.
        Annual dinner at Hua Yuan Restaurant, Jalan Besar: 10-course, S$78 per head, tables of 10.
    """),
    ("en", "dealer_invoice"): _lines("""
        INVOICE INV-2026-08841 | Merlion Numismatics Pte Ltd (UEN 201834567K) | 2 x Singapore 2026 Lunar Horse $10 silver @ S$168 | GST 9% S$30.24 | Total S$366.24
        Order #SG-557201 shipped via SingPost Registered, tracking RR481122937SG, est. 3-5 working days.
        Payment to: Straits Coin House Sdn Bhd, Maybank business account, reference = invoice number only.
        Returns accepted within 7 days if slab unopened. Contact returns@straitscoinhouse.com.my or hotline 03-2145 8800.
        SKU MY-BN-1998-RM50-UNC | Malaysia RM50 1998 Ahmad Don signature | qty 3 | RM 185.00 ea
        Quote Q-0926: bulk lot of 2.4 kg mixed Malaya coppers, priced by weight at RM 140/kg, no cherry picking.
        Packing slip: 1 album, 4 stock cards, 1 magnifier 10x. Packed by: Station 3. Checked: QA.
        Ninja Van AWB NVSGMRL000418273 - consignment delayed at Tuas checkpoint, new ETA 2026-12-09.
        Proforma for Customer A: 5 x Brunei $1 polymer 2011 @ B$4.50, total B$22.50, valid 14 days.
        Shop hours: Mon-Sat 11am-7pm, closed Sun & PH. Peninsula Shopping Centre #03-41, 3 Coleman Street.
        Credit note CN-00312 issued against INV-2026-07710, reason: wrong variety supplied (prefix A vs. AA).
        Postage table: SG local S$3.50, West MY S$12, East MY S$15, insured value above S$500 requires courier.
        Consignment agreement template: Consignor [NAME], IC [NUMBER], commission 15% of hammer, minimum fee S$20 per lot.
        EDI export 2026-11-30T23:59:01+08:00 rows=1,204 checksum=9a41e6 status=OK
    """),
    ("mixed", "forum_qna"): _lines("""
        Anyone know if the 1999 Singapore $2 with 'lorong' error is real or just a fake story? Seen on Carousell quite a lot lah.
        How to store banknotes in Singapore humidity? Using Mylar sleeves plus dry box at 45% RH, ok or not?
        Bro, the RM1 1967 first series with Tunku portrait, A/1 prefix how much now? Market very slow this year.
        Tips: never clean old coins with Brasso, confirm kena downgraded to 'details' by the grader.
        Is it legal to bring Japanese occupation notes across the Causeway? Customs treat as collectibles, not currency, correct?
        Question for the philately folks: how to tell Die I vs Die II on the Malayan Tiger definitives without a scope?
        Which catalogue is better for Straits Settlements notes, the big world catalogue or the local specialised one ah?
        Mod note: posts asking for valuations must include clear front/back photos. No selling in this thread, ya.
        Kenapa semua 'fancy number' notes jual mahal sangat? Is 888888 really worth 20x face?
        Sudah try the grader's online cert checker? Just type the cert number, no need login.
        For the newbies: UNC means no folds at all, AU can have one light centre fold. Don't believe seller's 'UNC-' claims.
        Thread summary: 47 replies, consensus is the 2005 $10 'Education' with missing thread is a counterfeit, not an error.
        请问 Singapore 1980s bird series coins 的 proof set 现在还值得收吗? Prices flat since 2020.
        Got anyone going to the Kuala Lumpur coin fair at Mid Valley? Booth map already out on the organiser's page.
    """),
    ("en", "provenance_note"): _lines("""
        Provenance: ex-Sir Stamford Raffles commemorative collection assembled for the 1969 sesquicentennial exhibition, museum deaccession.
        Ex Loke Wan Tho family gifts to the National Museum? No - this piece is a 1970s restrike; the note on the envelope is misleading.
        The 1819 'Raffles Landing' vignette appears on the reverse of the 1990s $50; this lot is a specimen, SPECIMEN perforated.
        Pedigree label reads 'Ex Eliasberg' — the famous American collection sold 1996-97, verified against the sale catalogue.
        Provenance unknown; acquired at a Sungei Road flea market in 2009 per consignor's declaration (no name recorded).
        Illustrated in the Straits Times numismatic column, 14 March 1984, p. 22, as part of a bank's corporate collection.
        Deaccessioned by a Penang heritage trust, board resolution 2018/07, sold without reserve to fund conservation.
        Chain of custody: estate of [DECEASED] > executor > auction house, probate grant no. [REDACTED] on file.
        The envelope bears a presentation inscription from Tunku Abdul Rahman to a visiting delegation, 1963; signature authenticated.
        Previously in the Batu Pahat Chinese Association reference collection, dispersed 2015.
        Note: Dr. Goh Keng Swee's signature appears as Minister for Finance on the 1967 Orchid series; this is printed, not autograph.
        Receipt attached from a dealer at Coleman Street dated 1978, price pencilled S$45; buyer name torn off.
        Provenance chain verified by the house's specialist team against 3 prior sale catalogues (1988, 2001, 2014).
    """),
    ("ms", "notis_kelab"): _lines("""
        Mesyuarat Agung Tahunan Persatuan Numismatik akan diadakan pada 14 Disember 2026, jam 10 pagi, Dewan Seminar Tingkat 2.
        Yuran keahlian tahunan RM60, pelajar RM20. Sila bayar melalui akaun persatuan, rujukan: YURAN2027.
        Pameran setem sempena Hari Kebangsaan: 120 bingkai dipamerkan, terbuka kepada orang ramai, masuk percuma.
        Ahli dinasihatkan tidak membawa wang tunai yang banyak ke bazar numismatik. Pengawal keselamatan disediakan.
        Katalog lelongan Siri 12 boleh dimuat turun dari laman web rasmi. 450 lot, termasuk wang kertas Siri Pertama.
        Pertandingan mereka bentuk setem untuk murid sekolah rendah: tarikh tutup 31 Januari 2027.
        Notis: Lot 88 ditarik balik atas permintaan penyerah. Tiada bayaran dikenakan.
        Pendaftaran gerai untuk Pesta Setem Johor Bahru dibuka. 30 gerai, RM150 setiap satu, termasuk meja dan 2 kerusi.
        Ceramah 'Sejarah Mata Wang Kesultanan Melayu Melaka' oleh kurator muzium, terbuka kepada semua ahli.
        Siri Pertama RM1 (1967) tandatangan Tun Ismail Mohd Ali — harga pasaran naik 12% berbanding tahun lalu.
        Sila hubungi sekretariat di talian 03-7955 2210 (waktu pejabat) untuk pertanyaan keahlian.
        Keputusan undian: 87 ahli hadir, 79 setuju, 5 tidak setuju, 3 berkecuali. Usul diluluskan.
        Setem Hari Pertama: sampul surat rasmi tersedia di Pos Malaysia cawangan terpilih mulai 8 pagi.
    """),
    ("zh-Hans", "钱币邮票"): _lines("""
        本周拍卖：新加坡1967年胡姬花系列1元，冠号A/1，PMG评级64，起拍价新币380元。
        马来亚及英属婆罗洲1953年10元，品相VF，纸张有轻微黄斑，估价马币1,200至1,500。
        会员大会定于12月第二个星期六下午两点举行，地点为会所二楼，欢迎携带藏品交流。
        提醒各位藏友：评级币壳如有裂痕，证书即失效，请勿自行拆壳。
        新加坡2026年马年生肖银币已到货，每枚168新元，限量3,000枚。
        请问日据时期香蕉钞有没有收藏价值？大部分都是几块钱一张。
        本会共有会员418人，其中新加坡301人，马来西亚96人。
        拍卖成交统计：本场共688件拍品，成交612件，成交率89%。
        邮票鉴定须知：送鉴定前请勿清洗或修补，胶面请保持原状。
        海峡殖民地1901年1分铜币，NGC MS63 BN，证书号5922148-004，可在官网查询。
        孙中山像邮票在本地市场依然热门，1940年代版本品相好的不多。
        退货须在7天内办理，评级币未拆封为准。客服邮箱：support@merlionnumismatics.com.sg
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor: Tan Boon Huat, NRIC S8123456F, 12 Jalan Kembangan #03-07 Singapore 419133. 42 lots, Straits Settlements notes.
        Buyer dispute BD-0417: Mr Rajendran s/o Muthusamy says Lot 1042 arrived with a tear; he's asking refund to DBS 027-4-118392.
        Please ship the Merdeka covers to Nur Aisyah binti Kamarul, 23 Jalan SS 2/64, 47300 Petaling Jaya. Tel 012-738 4419.
        Winning bidder paddle 117 is Lim Wei Jie (mobile 9736 2180). Invoice emailed to weijie.lim88@gmail.com.
        Estate of the late Mdm Goh Siew Lan: her son Kenneth Goh wants the album valued before the siblings split the collection.
        Mr Harjit Singh a/l Gurcharan from the club has been suspended for six months after the swap-table incident, per committee vote.
        Member renewal: Chua Mei Ling, DOB 14/05/1981, FIN G5521873R, card ending 6547 charged S$60.
        Can someone tell Auntie Poh at #05-12 that her late husband's coin tins are ready for pickup? She doesn't use WhatsApp.
        Ahmad Faizal bin Ismail, MyKad 780514-10-5523, consigned 3 Brunei polymer sets; payout to Maybank 5141 2233 7890.
        Heads up, committee: Desmond Fernandez told me he's selling his stamps because of the divorce and needs cash fast. Please keep quiet.
        Courier returned parcel RR481122954SG: addressee Priya d/o Selvam, Blk 431 Choa Chu Kang Ave 4 #11-229, not at home.
        Payment card on file for bidder 2209: 4556 3321 0987 6547, exp 09/28, name Sebastian Pereira.
        Old Mr Koh from Bukit Merah has been in and out of Tan Tock Seng since his stroke; his daughter is handling the Sale 47 lots.
        Dealer blacklist entry: Wong Kah Meng, car plate SJK 4821 M, bounced two cheques (S$3,400 total) at the Peninsula fair.
        Grading submission under name Siti Khadijah binti Omar, passport A38817402, return address Taman Molek, Johor Bahru 81100.
        Hi, this is Marcus Lee, my Telegram is @marcuslee_coins, 8452 0917 also can. Interested in your Orchid set.
        Noted for the AGM minutes: Treasurer Jessie Ong has been off since August for chemo, so the accounts are late.
        Please refund Kavitha a/p Ramasamy, she was overcharged RM 320 on invoice INV-2026-08852; her number is 017-325 6608.
        Estate inventory prepared for the executor, Mrs Beatrice de Souza (NRIC S7034912D): 14 albums, 2 coin cabinets, 1 safe.
        Ah Seng from the Sunday Sungei Road crowd owes me S$1,250 for the KGVI notes since March, still never pay.
        FIN F2367401R, Nguyen Van Thanh, construction worker, wants to sell his late father's Indochina piastres. Lives at Tuas South Dormitory.
        Bid deposit via PayNow to 9658 3304 (Teo Kok Leong) — please confirm the receipt screenshot before the sale.
        Zainal's wife called the club: he is at Hospital Sultanah Aminah after a heart attack and won't be at the Johor fair.
        Mr Lau's son has been sneaking coins out of his dad's cabinet to pay gambling debts, that's why the 1967 set is missing.
        Provenance note: acquired from Mr Paul Rozario of 8 Lorong Marzuki, Singapore 416903, in 1998; copy of receipt attached.
        Customer complaint from Dr. Liew Chee Keong, HP +65 9821 4470: the seller at booth 12 shouted at him and refused the return.
        Club membership register row 211: Subramaniam a/l Krishnan, 650923-07-5187, Bayan Lepas, Penang, joined 2004.
        Amir's salary was cut when his company downsized, he asked to pay the dinner S$78 in instalments, approved by the Treasurer.
        Second letter of demand to Mr Yeo Chin Huat for unpaid hammer S$4,180; legal action if not settled by 20 Dec.
        My IG is @stamps.by.rachel, DM me for the Malayan Tiger blocks. Rachel Tan, Clementi.
    """),
    "ms": _lines("""
        Penyerah: Mohd Hafiz bin Abdullah, No. KP 890302-14-6041, alamat No. 5 Jalan Tun Razak, 50400 Kuala Lumpur.
        Pembeli lot 88, Encik Rosli bin Hassan, belum bayar RM 2,450. Telefon 019-882 3107.
        Puan Salmah binti Yusof memaklumkan suaminya meninggal dunia; koleksi setem akan dijual melalui peguam keluarga.
        Sila pindahkan bayaran kepada Nurul Huda binti Ramli, akaun CIMB 7012 4485 3309, rujukan LOT217.
        Ahli kelab Kamal dikenakan tindakan disiplin kerana menjual wang kertas palsu di bazar bulan lepas.
        Kereta WXY 4821 milik Encik Zulkifli diletak di luar dewan, sila alihkan segera.
        Pak Din dari Kampung Baru dah tak sihat, anak dia yang urus koleksi syiling lama tu sekarang.
        Emel Cik Farah Adibah: farah.adibah92@yahoo.com, beliau mahu beli set Siri Pertama dengan bayaran ansuran.
    """),
    "zh-Hans": _lines("""
        委托人陈志明，身份证号35020319780412305X，手机138 2617 4490，委托拍卖民国邮票共23件。
        黄美玲的丈夫欠了会里三千多块会费和拍卖款，她说家里最近很困难。
        收件人：林佳慧，台湾身份证F221087345，电话0928 461 375，台北市大安区。
        3栋的陈阿姨说她儿子把她的古钱币偷去卖了，要会里帮忙查一下是哪个摊位收的。
        张国强，香港身份证K362517(6)，电话6273 1849，竞得第559号拍品，需安排寄往香港。
        付款人刘伟，银行卡5204 1277 8801 2346，身份证440306198509232713，请核对后发货。
        老会员李伯最近住院动手术，他那批海峡殖民地钞票暂时不能拿来拍卖。
    """),
    "mixed": _lines("""
        Eh the guy who buy my 1967 set, Jason Ng, NRIC T0287154D, until now still haven't transfer, I got his IC photo if need.
        Boss, Uncle Chong 电话 9123 0842, he say the banknote album 要 send to his house at Yishun Ring Road Blk 742.
        Mdm Fatimah binti Harun punya anak cakap dia dah masuk nursing home, so the stamp collection kena jual cepat.
        Carousell seller @kopi_coins_sg is actually Eric Toh from Tampines, kena report already for selling fake Orchid notes.
        WeChat号 linxiaoyu_1988 那个林小雨, she owes me RM 900 for the bird series set since Chinese New Year.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for a Singapore coin dealer. Be polite and concise.",
        ),
        (
            "user",
            "Hi, I bought the 2026 Lunar Horse silver coin, order #SG-557214, but the capsule is cracked.",
        ),
        (
            "assistant",
            "Sorry to hear that. Could you send a photo of the capsule and the packing slip so we can arrange a replacement?",
        ),
        (
            "user",
            "Sent. Please courier the replacement to Tan Li Ping, 36 Sunset Way #02-14, Singapore 597077, mobile 9384 6120.",
        ),
        (
            "assistant",
            "Thank you, Ms Tan. A replacement will be dispatched within 2 working days to the Sunset Way address.",
        ),
    ],
    [
        ("system", "You help the secretary of a stamp club draft emails."),
        (
            "user",
            "Draft a gentle email to our member Mr Ravi Chandran about his overdue subscription of S$60 for two years.",
        ),
        (
            "assistant",
            "Dear Mr Chandran, our records show subscriptions for 2025 and 2026 (S$120 in total) are outstanding. We would be grateful if you could settle at the next meeting. Warm regards, Hon. Secretary",
        ),
        ("user", "Add that we know his wife has been unwell and he can pay later if needed."),
    ],
    [
        ("user", "What's the difference between PMG 64 and 64 EPQ?"),
        (
            "assistant",
            "EPQ means Exceptional Paper Quality: the note is original, unpressed and not washed. A 64 without EPQ may have been processed.",
        ),
        (
            "user",
            "Thanks. I'm selling my note to Hafizah binti Razak in Klang, her IC 920716-10-5368. Should I send her the cert scan?",
        ),
        (
            "assistant",
            "You can share the certificate number; she can verify it on the grader's site. Avoid sending her IC details around in chat.",
        ),
    ],
    [
        ("system", "You are an assistant for an auction house in Kuala Lumpur."),
        (
            "user",
            "Bidder 3341 wants his payout split. Name Chai Kok Seng, Public Bank 4-1982-0374-27, IC 710829-08-5213.",
        ),
        (
            "assistant",
            "Noted. Please confirm the split percentages and whether the full amount goes to that Public Bank account.",
        ),
        ("user", "60% to that account and 40% cash at the counter. He collects on Friday."),
    ],
    [
        ("user", "帮我写一则会讯，通知本月聚会改在周日。"),
        ("assistant", "各位会员：本月聚会改于星期日下午两点举行，地点不变，欢迎带藏品交流。"),
        ("user", "再加一句：吴秀英老师因为癌症复发，本月无法主持讲座，请大家为她祈福。"),
        ("assistant", "已加入：吴秀英老师因病无法主持本月讲座，祝她早日康复。"),
    ],
    [
        ("system", "You assist a numismatic forum moderator."),
        (
            "user",
            "A member posted that 'Bryan Sim from Hougang' sold him a fake $10 Ship note. Bryan's phone 8736 1092 is in the post. Keep or remove?",
        ),
        (
            "assistant",
            "Remove the phone number and the identifying details; ask the member to report via the dispute form instead of naming publicly.",
        ),
        ("user", "Ok, I'll edit it out. Also need a template for the dispute form."),
        (
            "assistant",
            "Dispute form: Your member ID, Seller member ID, Item, Date of sale, Amount paid, What went wrong, Photos attached (Y/N).",
        ),
    ],
    [
        ("user", "Can you value a Malaya 1941 $1 in VF?"),
        (
            "assistant",
            "A 1941 Board of Commissioners of Currency Malaya $1 in VF typically trades around S$40-80 depending on paper.",
        ),
        (
            "user",
            "It was my grandmother Lim Ah Moi's. She's 91 and has dementia now, my uncle wants to sell everything before she passes.",
        ),
        (
            "assistant",
            "That sounds difficult. If the items are hers, the family may want to agree who can act for her before any sale, e.g. under a Lasting Power of Attorney.",
        ),
    ],
    [
        ("system", "You are a shipping helper for a Johor stamp dealer."),
        (
            "user",
            "Prepare a Pos Laju label. Receiver: Muthu a/l Velu, No 12 Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor. HP 016-774 2051.",
        ),
        (
            "assistant",
            "Label ready: Muthu a/l Velu, No 12 Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor. Tel 016-774 2051. Item: stamps, value RM 180.",
        ),
        ("user", "Mark it as fragile and insured."),
    ],
    [
        ("user", "Our club wants to publish the AGM attendance list. What should we check first?"),
        (
            "assistant",
            "Check consent. Publish counts only, or names of office bearers acting in their official roles.",
        ),
        (
            "user",
            "One problem: Mrs Sharon D'Cruz asked not to be listed because she is hiding from her ex-husband. She lives at Pasir Ris Drive 6 now.",
        ),
        (
            "assistant",
            "Then leave her off any published list entirely and make sure her new address is not in the minutes.",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore coin shop verify customer identity for high-value purchases.",
        ),
        (
            "user",
            "Customer buying the S$12,000 gold set gave NRIC T1176320G, name Ong Jia Hui. Is the format ok?",
        ),
        (
            "assistant",
            "The format (letter, 7 digits, letter) is correct. Please sight the physical card and record only what the AML policy requires.",
        ),
        (
            "user",
            "Also her passport is K1847203B, she paid with card 4147 0938 5512 0763. Log it please.",
        ),
    ],
]
