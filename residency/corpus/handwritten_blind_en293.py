# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en293: SG/MY art galleries, art advisers and auction houses (consignment agreements, collector lists, provenance notes, instalment payments, artwork shipping and insurance, exhibition openings). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en293
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "auction_lot_notes"): _lines("""
        Lot 118 | Cheong Soo Pieng (1917-1983), Balinese Women, c. 1955, oil on canvas, 91 x 61 cm, signed and dated lower right. Estimate SGD 180,000 - 260,000.
        Provenance: acquired directly from the artist; thence by descent; Larasati Singapore, 12 April 2009, lot 47. Exhibited: Nanyang Academy of Fine Arts, 1961.
        Lot 204 | Latiff Mohidin (b. 1941), Pago-Pago series, 1964, oil on board, 60 x 45 cm. Literature: illustrated in the Balai Seni Negara retrospective catalogue, p. 88.
        Condition report, lot 77: minor craquelure along the upper stretcher bar, old retouching visible under UV at lower left, no active flaking. Frame not original.
        Lot 31 | Georgette Chen (1906-1993), Still Life with Rambutans and Mangosteens, oil on canvas, 46 x 55 cm. Estimate on request; buyer's premium 25% up to SGD 500,000.
        Catalogue essay: Liu Kang's 1952 Bali trip with Chen Chong Swee, Chen Wen Hsi and Cheong Soo Pieng is widely regarded as the birth of the Nanyang style.
        Lot 156 | Chuah Thean Teng (1912-2008), Mother and Child, batik, 72 x 50 cm, artist's chop lower left. Accompanied by a certificate from Yahong Art Gallery, Penang.
        Lot 89 | Ibrahim Hussein (1936-2009), untitled, 1972, acrylic and printage on canvas, 122 x 91 cm. Estimate RM 350,000 - 480,000. Subject to Malaysian export permit.
        Sale ref. SG-MOD-2025-11, lots 1-212, viewing 20-22 Nov 10:00-19:00, sale 23 Nov 14:00 SGT. Absentee and telephone bids close 24 hours before the sale begins.
        Lot 12 | Zao Wou-Ki (1920-2013), 10.01.68, oil on canvas, 73 x 92 cm. Provenance: Galerie de France, Paris; private collection, Europe (acquired from the above).
        Lot 66 | Tan Swie Hian (b. 1943), calligraphy after Su Shi's Ode to the Red Cliff, ink on paper, 138 x 69 cm, two seals of the artist, framed under UV acrylic.
        Lot 73 | Yong Mun Sen (1896-1962), Penang Harbour, watercolour on paper, 28 x 38 cm, inscribed on the reverse Tai Koon Art Studio, Penang, 1939. Estimate RM 40,000 - 60,000.
        Results: 187 of 212 lots sold (88.2% by lot), total SGD 4.36m incl. premium; top lot Liu Kang, Life by the River, 1975, hammer SGD 620,000 after nine bids.
    """),
    ("en", "gallery_notices"): _lines("""
        Opening reception: Thursday 15 January 2026, 6.30pm-9pm, Gillman Barracks, 9 Lock Road, #01-22, Singapore 108937. Free admission, RSVP to rsvp@ambertidegallery.sg.
        Gallery hours Tue-Sat 11am-7pm, Sun 12pm-6pm, closed Mondays and public holidays. Enquiries +65 6734 2190 or WhatsApp the gallery line at +65 8123 4560.
        Balai Seni Negara, No. 2 Jalan Temerloh, off Jalan Tun Razak, 53200 Kuala Lumpur will be closed on 31 August for Hari Merdeka. Regular hours resume 1 September.
        ILHAM Gallery, Ilham Tower, No. 8 Jalan Binjai, 50450 Kuala Lumpur: tonight's artist talk has moved to the Level 5 auditorium. Parking validation at the concierge.
        Notice to collectors: all pick-ups from our Kallang warehouse must be booked 48 hours ahead. Loading bay open 9am-5pm on weekdays. E-mail logistics@harbourfineart.com.sg.
        We are closed 28-29 January for Chinese New Year. Gong Xi Fa Cai from all of us! The online viewing room stays open at viewingroom.lotusartspace.sg.
        Please do not touch the artworks. Photography without flash is permitted in Gallery 2; video recording requires prior written approval from the gallery office.
        Find us at ART SG 2026, Marina Bay Sands Expo and Convention Centre, Booth B12. VIP preview by invitation; public days 17-19 January, tickets from SGD 45.
        Singapore Art Museum at Tanjong Pagar Distripark, 39 Keppel Road, #01-02: the free shuttle from Tanjong Pagar MRT Exit A runs every 20 minutes on weekends.
        Workshop: Introduction to Chinese ink painting with our resident instructor, Saturdays 10am-12pm, 4 sessions, SGD 280 incl. materials. Max 12 participants.
        Registered office: Amber Tide Gallery Pte. Ltd., UEN 201934517R, 47 Duxton Road, #02-01, Singapore 089511. GST Reg. No. M90-1234567-8.
        Exhibition 'Tropical Modern: Nanyang and After' runs until 8 March 2026 at National Gallery Singapore, 1 St Andrew's Road, City Hall Wing, Level 3.
        Our framing partner: Ah Huat Frame & Glass, 231 Bain Street, #02-15 Bras Basah Complex, Singapore 180231. Tel 6338 4172, open daily 11am-8pm, 10% off with our invoice.
    """),
    ("en", "shipping_logs_and_config"): _lines("""
        2025-11-03T09:14:22+08:00 INFO crate=CRT-SG-00418 status=PACKED dims=128x96x22cm weight=41.5kg tilt_indicator=OK shock_indicator=OK
        2025-11-03T16:40:05+08:00 WARN shipment=SHP-7731 awb=618-40215536 temp=26.4C rh=68% threshold_rh=60% action=notify_registrar_queue
        AWB 176-88230145 | SIN-HKG | CX 734 | 2 crates, 86 kg gross | Fine art, non-hazardous, HS 9701.91 | Insured value SGD 1,250,000 nail-to-nail
        insurance: {policy: "FA-2025-00917", cover: "nail-to-nail", basis: "low_estimate", deductible_sgd: 5000, exclusions: ["inherent vice", "gradual deterioration"]}
        export_permit_ref=TN-20251104-000317 hs_code=9701.91.00 declared_value_sgd=380000 incoterm=DAP origin=Changi Airfreight Centre dest=HKIA
        sha256(condition_report_lot118.pdf)=4f9a1c2e7b0d83a6c55e19f0b7d2a4e8c1f6093b5a7e2d4c8b1f0a3e6d9c2b75 uploaded_by=svc-registrar-bot
        [courier] POD received 2025-11-06 11:02 SGT, consignee signature on file, crates CRT-SG-00418/00419 intact, seals 004821-004822 unbroken.
        def buyers_premium(hammer): return hammer * 0.25 if hammer <= 500_000 else 125_000 + (hammer - 500_000) * 0.20  # SGD, example values only
        SELECT lot_no, artist, hammer_sgd FROM results WHERE sale_id = 'SG-MOD-2025-11' AND hammer_sgd > 100000 ORDER BY hammer_sgd DESC LIMIT 10;
        freeport_move id=MV-2025-0932 from="Le Freeport, 32 Changi North Crescent" bay=B2-14 to=viewing_room_3 handler=ART-OPS-02 at=2025-11-08T10:00+08:00
        lot_no,artist,title,year,medium,height_cm,width_cm,estimate_low_sgd,estimate_high_sgd,hammer_sgd,premium_sgd,status
        DHL 7389104652 in transit: Kuala Lumpur Gateway 2025-11-09 21:47, out for delivery to the gallery at 23 Jalan Bangkung, Bangsar on 11 Nov before 1pm.
        release v2.4.1 (2025-10-30): catalogue importer now parses dimensions like '91 x 61 cm' and 'H 36 in.'; fixed rounding of 9% GST on buyer's premium.
    """),
    ("en", "staff_group_chat"): _lines("""
        Crates for lot 118 and 119 just reached the loading bay, registrar pls check the tilt watch before we sign the POD ya
        Reminder: condition reports for all Nanyang lots must be on the shared drive by Friday 5pm, photos in TIFF not JPEG ok, thanks all
        Client wants to see the Latiff in person before bidding, can we hold viewing room 2 on Sat 2-4pm? Will confirm once the booking form comes in
        Printer at the Gillman office jammed again, catalogue proofs for the Dec sale pushed to tmr morning, sorry everyone
        FYI humidity in storeroom B hit 68% last night, dehumidifier tripped, facilities already reset it. Pls check the Teng batiks first thing
        Courier ETA now 3pm, the truck cannot enter Lock Road before 2pm because of the event setup. Need 2 pax to help unload at the back
        Anyone has the updated estimate sheet? The one on drive still shows the Cheong Soo Pieng at 150-220k, should be 180-260k now
        Opening night headcount so far 142 RSVPs, caterer needs final number by Wed. Wine from the usual supplier, 8 cases enough or not?
        Just got off the call with the insurer, they need the valuation letter on letterhead plus photos of the crate labels before issuing the cover note
        GST 9% on buyer's premium only for local buyers, overseas shipments with export docs are zero-rated. Finance pls double check INV-2025-1147
        KL team: export permit from Jabatan Warisan Negara for the Ibrahim Hussein still pending, don't book the flight until we have it in hand
        Lunch order for install day: chicken rice x6, 1 veg rice, 2 kopi peng, 1 teh o kosong. Collect from the coffeeshop at 12.30 pls
        Wall text for room 3 has a typo, 'Nanyang Acadamy' lol. Vendor can reprint the vinyl by Thurs, cost SGD 85, approved already
    """),
    ("mixed", "consignment_faq"): _lines("""
        Q: Berapa lama consignment period? A: Standard term is 6 months from the date of the signed agreement, boleh extend another 3 months by mutual consent.
        Q: What commission do you charge? A: 15% of hammer for lots above SGD 20,000, 20% below that. Tak ada hidden fees, insurance billed at cost.
        Q: 可以分期付款吗？ A: Yes, lots above SGD 50,000 can be paid in 3 instalments over 90 days; title passes only after full payment, 作品在付清前留在仓库.
        Q: Do you accept works without certificate? A: Boleh, but we need provenance documents such as old exhibition catalogues or gallery receipts. 来源不明的作品恕不接受.
        Q: Siapa tanggung insurance masa shipping? A: From collection at your premises until the sale, the house covers nail-to-nail at the agreed low estimate.
        Q: How to pay? A: Bank transfer to our company account, PayNow to UEN 201934517R, or cheque payable to the gallery. No cash above SGD 20,000 ya.
        Reserve price 底价 is confidential and cannot exceed the low estimate. Kalau lot tak terjual, we will discuss a re-offer in the next sale or return.
        Unsold lot return shipping: Klang Valley RM 350 per crate, Penang or JB RM 680, Singapore SGD 420 incl. customs handling. 以上价格不含SST.
        Untuk karya batik dan cat air, kami sarankan framing dengan UV glass. Framing partner quote usually SGD 180-450 ikut saiz, 需要的话我们可以安排.
        Q: Catalogue photos siapa ambil? A: Our in-house photographer, 免费 for lots above SGD 10,000. Smaller lots charged SGD 60 per work.
        Hotline 1-800-22-8833 (Malaysia toll free) or WhatsApp business +60 3-2201 7788. E-mail consign@galerisenibayu.com.my. Isnin-Jumaat 10am-6pm.
        Selepas jualan, payment to consignor within 35 days after the buyer has paid in full, 买家付清后35天内结算, less commission and agreed costs.
        Company: Galeri Seni Bayu Sdn. Bhd. 202101034567 (1432198-W), Lot 3-2, Publika, Solaris Dutamas, 50480 Kuala Lumpur. 欢迎预约参观.
    """),
    ("ms", "terma_dan_notis_galeri"): _lines("""
        Fasal 4.1: Pihak Penjual mengesahkan bahawa karya yang diserahkan adalah milik sahnya dan bebas daripada sebarang gadaian, lien atau tuntutan pihak ketiga.
        Fasal 5.2: Komisen rumah lelong ialah 15% daripada harga tukul bagi setiap lot yang terjual, dan ditolak daripada hasil jualan sebelum pembayaran dibuat.
        Fasal 6: Insurans disediakan dari paku ke paku (nail-to-nail) pada nilai anggaran rendah, kecuali kerosakan akibat kecacatan sedia ada pada karya.
        Pembayaran ansuran: deposit 40% dalam tempoh 7 hari selepas lelongan, baki 60% dalam dua bayaran bulanan. Hak milik berpindah selepas bayaran penuh.
        Pameran 'Warna Tanah Air' dibuka secara rasmi pada 12 Disember 2025, jam 8 malam, di Balai Seni Negara, Jalan Temerloh, Kuala Lumpur. Masuk adalah percuma.
        Notis: Galeri ditutup pada hari Isnin dan cuti umum. Waktu operasi Selasa hingga Ahad, 10 pagi hingga 6 petang. Pertanyaan sila hubungi 03-4026 7000.
        Karya Syed Ahmad Jamal (1929-2011) bertajuk Gunung Ledang akan dipamerkan bersama lakaran asal daripada koleksi tetap Balai Seni Negara.
        Semua karya berusia lebih 50 tahun yang hendak dieksport memerlukan permit daripada Jabatan Warisan Negara di bawah Akta Warisan Kebangsaan 2005.
        Invois INV-MY-2025-0388: Lot 89, harga tukul RM 420,000, premium pembeli RM 84,000, SST tidak dikenakan, jumlah perlu dibayar RM 504,000.
        Resit No. R-25-01127 bagi bayaran ansuran kedua telah dikeluarkan pada 3 November 2025; sila simpan salinan ini untuk rujukan audit tahunan.
        Penghantaran karya ke Pulau Pinang menggunakan lori berhawa dingin dengan suspensi udara; anggaran tiba 2 hari bekerja dari gudang Shah Alam.
        Pihak galeri berhak menolak mana-mana karya yang tidak mempunyai dokumen asal-usul (provenans) yang mencukupi atau sijil keaslian yang sah.
        Lelongan Seni Moden & Kontemporari Malaysia, Ahad 23 November 2025, jam 1 petang, di Galeri Prima, Balai Berita, 31 Jalan Riong, Bangsar, Kuala Lumpur.
    """),
    ("zh-Hans", "拍卖规则与公告"): _lines("""
        竞投须知：所有竞投人须于拍卖前办理登记并缴纳保证金人民币五万元，拍卖成交后，买家须于七个工作日内付清全部成交价款及佣金。
        本场重点拍品为吴冠中（1919-2010）《江南水乡》，纸本设色，68×68厘米，估价人民币三百万至五百万元，附出版著录及展览记录。
        买家佣金按落槌价的百分之十五收取；落槌价超过人民币一千万元的部分，按百分之十二收取，另须支付国家规定的相关税费，详见图录后附的业务规则。
        预展时间：2025年12月5日至7日，每日上午十点至下午六点，地点为上海展览中心西一馆，凭预展券入场，现场不设售票处，敬请提前预约。
        赵无极、朱德群、吴冠中等名家作品本季共计二十四件，其中十一件为首次公开亮相，全场估价合计约人民币一亿元，欢迎各界藏家莅临品鉴。
        拍品须由专业艺术品物流公司承运，全程恒温恒湿包装，保险按估价上限投保，运单号以SF开头，可在顺丰官网或小程序查询实时物流状态。
        服务热线：400-820-8866（工作日9:00-18:00），客服邮箱 service@huayunauction.cn，公司地址：北京市朝阳区东三环北路38号泰康金融大厦12层。
        委托人须提供作品来源证明，包括原购买发票、展览图录或前次拍卖记录，本公司保留拒绝征集任何来源不明或权属有争议作品的权利。
        分期付款说明：成交价超过人民币二百万元的拍品可申请分三期付款，首期不少于百分之四十，全部款项付清后方可办理提货及出库手续。
        新加坡南洋画派专场共七十六件拍品，涵盖刘抗、陈文希、钟泗宾与陈宗瑞等先驱画家的油画、水彩与水墨作品，电子图录已在官网上线。
        订单号 HY-20251207-00318 已生成，支付状态：待付款，应付金额人民币 1,150,000.00 元，请于 2025-12-14 23:59 前完成支付。
        鉴定证书编号 ZJ-2025-1406，附高清图片三张，由本公司书画部出具，仅供参考，不构成对作品真伪的任何法律保证或担保。
        开幕式将于周六下午三点举行，届时中国美术馆馆长将到场致辞，现场设有策展人导览，请观众提前十五分钟入场并出示电子票或邀请函。
    """),
    ("zh-Hant", "展覽與藝術市場新聞"): _lines("""
        M+博物館位於西九文化區博物館道38號，本季推出水墨與現代性專題展，展期至明年三月底，逢星期一休館，學生及六十五歲以上長者半價優惠。
        巴塞爾藝術展香港展會今年於香港會議展覽中心舉行，共有二百四十多間畫廊參展，其中接近半數來自亞太地區，公眾日門票已經全部售罄。
        台北市立美術館位於中山北路三段181號，館方表示常玉作品特展將於明年春季開幕，預計展出油畫、素描與版畫共六十餘件，並附設導賞活動。
        本拍賣行香港辦事處位於中環皇后大道中15號置地廣場公爵大廈，查詢電話 +852 2521 8800，傳真 +852 2521 8801，辦公時間週一至週五。
        本季香港秋拍現代藝術晚間拍賣總成交額逾十億港元，其中一幅趙無極六十年代抽象油畫以逾二億港元成交，創下本季單件作品最高成交紀錄。
        澳門藝術博物館位於冼星海大馬路澳門文化中心，本月推出館藏嶺南畫派作品展，展出高劍父、陳樹人等名家作品逾八十件，免費入場。
        運費報價單 QT-HK-25-0917：香港至新加坡空運兩箱，恆溫恆濕包裝，保險按估價上限計算，總額港幣38,600元，報價有效期14天。
        藝術品進口新加坡一般須繳付9%消費稅，經自由港保稅倉存放者可暫免徵收，待作品提貨進入本地市場時，再由進口商向關稅局申報繳稅。
        展覽開幕酒會：十二月六日（星期六）晚上七時，地點為上環荷李活道88號地下明月畫廊，敬請回覆 rsvp@mingyuegallery.hk 留位。
        國立故宮博物院本季推出宋代書畫特展，包括黃庭堅、米芾等名家書法名跡，為保護文物，部分展件只限期展出四十二天，參觀前請先查閱官網。
        委託合約第七條：賣方保證對作品擁有完整所有權，並同意拍賣行於圖錄、網站及社交媒體刊登作品圖片作宣傳用途，毋須另行支付任何費用。
        電子圖錄下載連結將於預展前一週發出，檔案大小約120MB，版本 v3.2，SHA-1 校驗碼 3c71b0e4a9d2f58e61c07a94b3d8e25f10a6c7d9。
        于右任行書對聯《海為龍世界，雲是鶴家鄉》，紙本水墨，附舊藏題跋及裱工標籤，估價港幣八十萬至一百二十萬元，成交後另加買家佣金。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor: Mr Benedict Tay Wei Liang, NRIC S7834521G, 22 Jalan Kembangan, Singapore 419125, consigning Cheong Soo Pieng lot 118 under agreement CA-2025-0412.
        Collector list row: Goh Siew Lan | goh.siewlan.collects@gmail.com | +65 9734 2816 | prefers Nanyang ink | budget SGD 50-120k | VIP preview: yes
        Instalment 2 of 3 from Mr Rajesh Pillai is 21 days overdue; he says the bank recalled his business loan and asks for another 60 days on the Latiff.
        Pls don't mention in front of other clients, Mdm Foo Hui Min is going through a divorce and her ex-husband is disputing who owns the Georgette Chen in their home.
        Ship to: Dr Aminah Yusof, 18 Lorong Ara Kiri 2, Bangsar, 59100 Kuala Lumpur. Tel +60 12-338 4172. Deliver after 6pm only, her helper will receive the crate.
        Refund for unsold lot 204 deposit SGD 15,000 to DBS account 072-418536-9 in the name of Chua Kok Meng, as per his signed withdrawal form.
        Client called from 9128 4407 again asking if her Liu Kang sold, she said she will only pick up the cheque after 8pm.
        Provenance: bought by the late Mr Ong Chin Huat from the artist in 1963; his granddaughter Ong Mei Ling (NRIC S8216093J) is sole executrix under the 2024 grant of probate.
        Mr Harith Zulkifli (MyKad 780512-14-5523) will collect the crate himself on Saturday at the Shah Alam warehouse, car plate WVB 8823.
        VIP note: Mrs Serena Khoo was recently diagnosed with Parkinson's, needs wheelchair access and a chair in every room during the private viewing.
        Insurance claim for crate damaged in transit HKG-SIN: claimant Mr Vincent Lau, HKID K482917(4), contact vincent.lau.hk88@outlook.com.
        Art adviser retainer: Ms Priya Ramasamy is paid SGD 9,800 a month plus 3% on each acquisition; her contract with the family office ends 31 March.
        2025-11-14,INV-2025-1147,Tan Boon Huat,S6927304A,+65 8452 1093,Lot 31,SGD 420000,instalment 1/3 paid
        2025-11-15T10:22:07+08:00 bidder_reg id=B-0917 name="Loh Jia Hui" email=jiahui.loh@yahoo.com.sg phone=+6591830264 paddle=305 kyc=passed
        Mr Kenneth Seah was arrested last month in the forged Chen Wen Hsi scrolls case, so freeze all his consignments until legal clears them.
        Ms Nurul Izzati is five months pregnant and should not lift crates; pls roster her on the front desk for the opening, her maternity leave starts in Feb.
        Collector Mdm Lee Poh Choo, 81, widowed and living alone at Blk 112 Bishan Street 12, #08-341, says her nephew now handles all her art purchases.
        The shipper needs Singapore passport K3718264B for Mr Darren Lim Zhi Hao for the temporary import of the Sanyu drawing into Hong Kong.
        Paddle 212 is Mr Arjun Menon, credit limit SGD 300k, still owes SGD 46,500 from the March sale, do not release new lots to him until settled.
        Mr Yap Kah Seng's OCBC cheque no. 000127 for SGD 85,000 bounced; he admits he is behind on his mortgage and wants to return the Chuah Thean Teng.
        Courier the certificate to Ms Charmaine Wee at 5 Sunset Drive, Singapore 597390, not her office; she doesn't want her husband to know about the purchase.
        Remember to call back +65 9402 6617 about the Sanyu drawing, she asked for the full condition report by e-mail tonight.
        Invoice PDF bounced, please resend to wongmeixuan.art@gmail.com instead, the old address was her work account which she no longer uses.
        Name: Ahmad Firdaus bin Rahman | IC: 850923-10-6647 | Address: No. 14, Jalan SS 2/55, 47300 Petaling Jaya | Maybank 1640 2278 5519 | Lot 156
    """),
    "mixed": _lines("""
        Boss, Mr Tan Chee Keong 的 cheque 又 bounce 了, he said his company kena wind-up, can we give him until CNY to pay the balance SGD 62k?
        Aunty Rosie 那边 confirm 要 the Cheong Soo Pieng, but she wants 分期 6 months, her son Marcus will sign as guarantor, dia punya IC S9051362A.
        Pak Hamid's wife called, dia masuk hospital for heart bypass surgery, so he can't come for the handover. 请把作品 hold 到下个月.
        Collector WhatsApp +60 16-772 3108, nama Jason Ng Wei Sheng, 住在 Mont Kiara, suka Latiff and Ibrahim Hussein, budget RM 200-400k.
        Kak Ros said her ex-husband 还没 transfer the settlement, so her instalment for lot 73 will be late lagi sebulan. Jangan chase dia ya.
        Hantar ke rumah Madam Chong, No. 7, Jalan Setiabakti 9, Bukit Damansara, 50490 KL, 她的 maid 会开门, call 012-289 5564 before reaching.
        阿明 from the old client list lah, the one who owes us 3 months storage fee RM 4,500 for his Chinese ink paintings, still cannot contact him.
        Mr Lau's bank info: HSBC HK 004-512-339812-838, 户名 LAU CHUN KIT, for sale proceeds of lot 12, HKD 1.86m, pls double check before TT.
        Consignor form: 姓名 Lim Swee Hong 林瑞鸿, NRIC T0412758C, add 88 Lorong K Telok Kurau #03-02 S425706, hp 9867 3321.
        Datin Sharifah Nor punya driver, plate VBH 2291, akan ambil lukisan di gudang esok pagi, 她说 no need to call her, just WhatsApp.
    """),
    "ms": _lines("""
        Penerima: Encik Mohd Faizal bin Ismail, No. KP 810304-08-5129, No. 22, Jalan Kenari 3, Taman Cempaka, 31400 Ipoh, Perak. Lot 204, sila telefon dahulu.
        Puan Zarina Abdullah belum jelaskan ansuran ketiga RM 18,000; katanya suaminya baru diberhentikan kerja dan mereka sedang menjual rumah.
        Sila hubungi pemilik asal di 019-335 7742 untuk pengesahan provenans lukisan batik tersebut sebelum katalog dihantar ke pencetak.
        Akaun bank untuk hasil jualan: CIMB 8007339214, atas nama Nor Azlina binti Hashim, sila sahkan melalui telefon sebelum pindahan dibuat.
        Encik Razak Mansor disahkan menghidap kanser paru-paru tahap tiga, keluarganya mahu menjual koleksi lukisan Syed Ahmad Jamal secara senyap.
        Borang pendaftaran pembida: Nama Lee Chee Wai, e-mel cheewai.lee88@gmail.com, telefon +60 17-402 8815, no. paddle 118, deposit RM 20,000.
    """),
    "zh-Hans": _lines("""
        委托人：王建国，身份证号 440304197806152835，手机 13826471593，委托吴冠中水墨一件参拍，底价人民币二百万元。
        陈先生上周刚做完心脏支架手术，这次秋拍不能亲自到场，授权他女儿陈思琪代为竞投，请提前准备好授权书。
        买家刘女士要求拍品直接送到家中：上海市徐汇区天平路112弄5号601室，联系电话 139 1624 8807，请避开午休时间。
        林太和她先生正在打离婚官司，那幅刘抗油画属于夫妻共同财产，法院判决前不能交付给任何一方。
        付款记录：2025-11-20 收到张美玲（身份证 310105198509221049）转账人民币 450,000 元，为分期第二期，尚欠 300,000 元。
    """),
    "zh-Hant": _lines("""
        委託人：周嘉欣小姐，香港身份證 Y305628(5)，住址：九龍塘歌和老街12號3樓，手提 9183 4652，委託常玉素描一幀。
        黃生話佢盤生意周轉唔到，之前買嗰幅趙無極仲欠我哋港幣一百二十萬，想分多六期還，老闆仲未答應。
        台灣買家林志豪先生，身分證字號 A228764135，地址：台北市大安區仁愛路四段300巷8號5樓，作品請以空運送達。
        陳太話佢個仔喺英國讀書學費好貴，想將去年買嘅吳冠中放返出嚟拍，但係唔想俾親戚知道。
        匯款帳號：中國信託 822-5403-1772-6618，戶名蔡宜庭，作品售出扣除佣金後請匯入，聯絡電郵 yiting.tsai@gmail.com。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the registrar team of a Singapore gallery. Keep letters polite, short and in British spelling.",
        ),
        (
            "user",
            "Draft a reminder to Mr Gabriel Soh Kian Wee (NRIC S9051362A is on file, but don't put it in the letter). His second instalment of SGD 28,000 for lot 118 was due on 15 Dec and we still haven't received it.",
        ),
        (
            "assistant",
            "Dear Mr Soh, I hope you are well. This is a gentle reminder that the second instalment of SGD 28,000 for lot 118 fell due on 15 December. We would be grateful if you could arrange payment at your earliest convenience, or let us know if you would like to discuss the schedule. Kind regards, / Registrar",
        ),
        (
            "user",
            "Good. Add that he can also PayNow to our UEN and that the work stays in storage until the final payment.",
        ),
        (
            "assistant",
            "Added: 'Payment may be made by bank transfer or PayNow to our company UEN. As set out in the agreement, the work will remain in our storage until the final instalment is received.'",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ke Bahasa Melayu: 'The consignor, Puan Halimah binti Osman (MyKad 620715-01-5308) of No. 9, Jalan Bakawali 12, Taman Johor Jaya, 81100 Johor Bahru, warrants that she is the sole owner of the work.'",
        ),
        (
            "assistant",
            "Pihak Penjual, Puan Halimah binti Osman (MyKad 620715-01-5308) dari No. 9, Jalan Bakawali 12, Taman Johor Jaya, 81100 Johor Bahru, menjamin bahawa beliau adalah pemilik tunggal karya tersebut.",
        ),
        (
            "user",
            "Terima kasih. Dia juga minta bayaran masuk akaun Bank Islam 01-023-02-114587-3, boleh tambah satu ayat?",
        ),
        (
            "assistant",
            "Boleh: 'Hasil jualan akan dibayar ke akaun Bank Islam 01-023-02-114587-3 atas nama Puan Halimah binti Osman dalam tempoh 35 hari selepas pembeli menjelaskan bayaran penuh.'",
        ),
    ],
    [
        ("system", "你是一家新加坡拍卖行的客户服务助理，负责整理藏家资料。"),
        (
            "user",
            "帮我把这几位藏家整理成表格：许志伟，手机 +65 9273 5518，喜欢陈文希；郑丽华，邮箱 zheng.lihua@163.com，住在北京市海淀区万柳中路8号院3号楼，预算两百万；还有何先生，电话 13601275384。",
        ),
        (
            "assistant",
            "好的： / | 姓名 | 联系方式 | 备注 | / | 许志伟 | +65 9273 5518 | 喜欢陈文希 | / | 郑丽华 | zheng.lihua@163.com；北京市海淀区万柳中路8号院3号楼 | 预算人民币二百万元 | / | 何先生 | 13601275384 | 暂无 |",
        ),
        ("user", "谢谢，再加一列标注谁需要寄纸本图录。"),
        (
            "assistant",
            "已加上“寄送图录”一列：郑丽华寄往北京的住址，许志伟与何先生暂时只发电子图录，如需纸本请再告诉我。",
        ),
    ],
    [
        (
            "user",
            "我有一幅林風眠嘅仕女圖想由香港運去新加坡交拍賣行，保險公司要我提供咩資料？我叫梁家豪，HKID P714203(3)，住沙田第一城12座18樓C室。",
        ),
        (
            "assistant",
            "梁先生你好。一般保險公司會要求：作品資料（作者、尺寸、材質、年份）、近期估值或拍賣行估價、狀況報告及相片、起運及目的地地址、運輸方式同日期。身份證號碼通常只喺投保表格上填寫，唔需要喺電郵入面公開。",
        ),
        ("user", "拍賣行估價係港幣一百五十萬，應該買幾多保額？"),
        (
            "assistant",
            "通常以估價上限或者雙方協定價值投保，即約港幣一百五十萬，並選擇「釘到釘」（nail-to-nail）保障，涵蓋由你屋企提貨至拍賣行收貨期間嘅風險。",
        ),
    ],
    [
        (
            "system",
            "You help an art adviser in Singapore write event invitations. CRM excerpt: Mr & Mrs Daniel Koh, 31 Binjai Park, Singapore 589846, +65 9617 2284, daniel.koh.sg@gmail.com; interests: Georgette Chen, Liu Kang; note: Mrs Koh is recovering from knee surgery, arrange seating.",
        ),
        (
            "user",
            "Write a short invitation for the Koh couple for our opening on 15 Jan at Gillman Barracks.",
        ),
        (
            "assistant",
            "Dear Mr and Mrs Koh, We would be delighted to welcome you to the opening of 'Tropical Modern' on Thursday 15 January, 6.30pm, at 9 Lock Road, Gillman Barracks. Given your love of Georgette Chen and Liu Kang, we have set aside a quiet moment to show you two works before the crowd arrives. Seating will be arranged for your comfort throughout the evening. Warm regards",
        ),
    ],
    [
        (
            "user",
            "One of our regular bidders, Mr Marcus Teo, was declared bankrupt last week (I saw his name in the Gazette). He's registered for Sunday's sale. Can I tell the other staff and block his paddle?",
        ),
        (
            "assistant",
            "You can restrict his bidding under your conditions of sale, since an undischarged bankrupt generally cannot enter large transactions without the Official Assignee's consent. Share it only with staff who handle bidder registration and credit, not the wider team, and record the decision factually.",
        ),
        ("user", "Should I call him first?"),
        (
            "assistant",
            "Yes, a short private call or e-mail is kinder and lowers the risk of a scene on the day. Explain that the house cannot accept his registration for this sale, without mentioning the bankruptcy in front of anyone else.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis nota provenans untuk koleksi arwah ayah saya, Allahyarham Haji Kamarudin bin Daud, no. KP lama 4172835. Dia beli lukisan Ibrahim Hussein terus daripada pelukis pada 1976 di Kuala Lumpur.",
        ),
        (
            "assistant",
            "Contoh nota: 'Provenans: Diperoleh terus daripada pelukis, Kuala Lumpur, 1976, oleh Allahyarham Haji Kamarudin bin Daud; seterusnya melalui pewarisan kepada pemilik sekarang.' Nombor kad pengenalan tidak perlu dimasukkan dalam nota katalog.",
        ),
        (
            "user",
            "Saya anak sulung, nama saya Nurhayati binti Kamarudin, tinggal di No. 5, Jalan Mawar 2, Taman Sri Muda, 40400 Shah Alam. Perlu ke saya letak dalam surat kepada rumah lelong?",
        ),
        (
            "assistant",
            "Ya, dalam surat iringan kepada rumah lelong anda patut nyatakan nama dan alamat anda sebagai waris serta lampirkan salinan surat kuasa pentadbiran harta pusaka, tetapi butiran ini tidak akan dicetak dalam katalog.",
        ),
    ],
    [
        (
            "user",
            "Turn this into a CSV for the bidder list: paddle 101 Ms Evelyn Tham evelyn.tham@singnet.com.sg 9156 3207; paddle 102 Mr Suresh Kumar suresh.k1970@gmail.com 8733 0419; paddle 103 Datin Lim Bee Geok 012-355 7610.",
        ),
        (
            "assistant",
            "paddle,name,email,phone / 101,Ms Evelyn Tham,evelyn.tham@singnet.com.sg,+65 9156 3207 / 102,Mr Suresh Kumar,suresh.k1970@gmail.com,+65 8733 0419 / 103,Datin Lim Bee Geok,,+60 12-355 7610",
        ),
        (
            "user",
            "Datin Lim's e-mail is missing, leave it blank. Also mark 102 as telephone bidder.",
        ),
        (
            "assistant",
            "paddle,name,email,phone,mode / 101,Ms Evelyn Tham,evelyn.tham@singnet.com.sg,+65 9156 3207,room / 102,Mr Suresh Kumar,suresh.k1970@gmail.com,+65 8733 0419,telephone / 103,Datin Lim Bee Geok,,+60 12-355 7610,room",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for an independent art adviser based in Kuala Lumpur and Singapore.",
        ),
        (
            "user",
            "My client 何太 (Mrs Ho Siew Fong) and her husband are separating. 她要我 list out which artworks she bought with her own money, the Chen Wen Hsi gibbons and the Latiff. Lawyer needs it by Friday.",
        ),
        (
            "assistant",
            "I can help you structure it. For each work list: artist, title, date of purchase, seller or auction and lot, price paid, invoice number, and which account paid (her own or joint). Attach copies of invoices and bank transfer records. Keep the note factual and send it only to her lawyer.",
        ),
        (
            "user",
            "Ok. The Latiff she paid from her UOB account 392-310-447-5 in 2019, SGD 145k. The gibbons was from the joint account.",
        ),
        (
            "assistant",
            "Noted: Latiff Mohidin, purchased 2019, SGD 145,000, paid from Mrs Ho's UOB account 392-310-447-5 (sole); Chen Wen Hsi, gibbons, paid from the joint account. I'd mark the second as 'jointly funded' and let the lawyer advise on how it is treated.",
        ),
    ],
    [
        (
            "user",
            "Need a shipping label for the Cheong Soo Pieng going to the buyer in Taipei: 吳佩珊 Ms Wu Pei-Shan, 台北市信義區松仁路100號12樓之3, +886 912 345 678, 身分證 F135720468 for customs.",
        ),
        (
            "assistant",
            "Label: / To: Ms Wu Pei-Shan 吳佩珊 / 台北市信義區松仁路100號12樓之3 / Tel +886 912 345 678 / Contents: 1 painting, oil on canvas, fine art, HS 9701.91 / For the customs declaration, her national ID F135720468 goes on the commercial invoice, not on the outside label.",
        ),
        ("user", "Great, and insurance value?"),
        (
            "assistant",
            "Use the invoice total including buyer's premium, with nail-to-nail cover until delivery to her address in Taipei.",
        ),
    ],
]
