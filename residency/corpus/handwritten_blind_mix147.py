# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix147: pet cremation and pet funeral services in SG/MY/HK/TW (pickup of a pet's body, cremation packages, ash urns, grief notes from owners, vet referrals, staff rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Basic Communal Cremation (pets up to 10 kg): S$180 incl. GST, pickup within the CCR, no ashes returned, scattered at sea off Changi on the last Friday of each month.
        Private Cremation – Small (0–5 kg, cats, rabbits, hamsters) S$328; Medium (5.1–15 kg) S$398; Large (15.1–30 kg) S$498; XL above 30 kg: quote on request.
        Add-ons: after-hours pickup 9pm–7am +S$80; public holiday surcharge +S$50; carry-down from HDB blocks without lift landing +S$30 per floor above level 4.
        Witnessed Cremation Package RM1,180 – includes a 30-minute farewell room, fresh flower bed, chanting by monk or prayer by pastor on request, and teak urn Model TK-08.
        Paw-print keepsake in clay RM65 | ink paw print on A5 card RM25 | fur lock in glass vial RM38 | nose-print 925 silver pendant from RM260 (ready in 7 working days).
        Urn catalogue 2026: Ceramic Lotus (white, 12 cm) HK$480; Rosewood Box with photo frame HK$880; Biodegradable Sea Urn HK$360; Mini Heart Keepsake, set of 3, HK$420.
        Bird, hamster and reptile cremation from NT$2,800 (up to 1 kg), individual chamber, ashes returned in a 6 cm porcelain jar within 48 hours of pickup.
        Tree memorial plot at our Lim Chu Kang partner garden: S$650 for 5 years, includes a Tabebuia rosea sapling, brass plaque with the pet's name and yearly upkeep.
        Home euthanasia coordination fee S$120 (vet fee billed separately by the attending clinic); our team arrives about 15 minutes after the vet to take your pet into care.
        Weights are taken on our calibrated floor scale at the crematorium; if the actual weight falls into a higher band, the S$70–S$100 difference is collected on urn delivery.
        Corporate rate for vet clinics: 12% off private cremation for partners referring more than 20 cases per quarter, statement issued on the 5th, payment terms 30 days.
        Hotline 6908 2716 (24h) · WhatsApp +65 8036 4419 (office hours) · care@pawsandpetals.sg · 51 Ubi Avenue 1, #03-18 Paya Ubi Industrial Park, Singapore 408933
        Price list effective 1 Jan 2027; all prices in SGD and inclusive of 9% GST. Issued by Rainbow Bridge Memorial Pte. Ltd., UEN 201734582K, version PL-2027-01.
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Paws & Petals Memorial picked up our 14-year-old schnauzer from the emergency vet in Bukit Timah within 90 minutes, very gentle and explained every fee upfront.
        3/5 for Heavenly Paws KL. The cremation itself was dignified but the urn took 11 days instead of the 7 promised, and their WhatsApp line went unanswered all weekend.
        Google review, 4 stars: the farewell room at the Jalan Kepong branch is small but spotless, and the staff let us play his favourite squeaky toy before the chamber closed.
        Honest review of Uncle Lim's Pet Memorial (Yishun): price was exactly as quoted, S$398 for a 9 kg cat, zero upselling. Ashes came back in a simple camphor wood box.
        Be careful with the free pickup promos on Carousell – one operator charged an extra S$150 on the spot. Stick to companies with a proper UEN and their own crematorium.
        Five stars for Dr. Paws Aftercare Taipei: the night driver came at 2am in the rain, wrapped our cat in a cotton shroud and bowed before lifting her into the van.
        Compared three HK providers for a 20 kg dog, private cremation: Pets Heaven Tuen Mun HK$1,680, Happy Trails Kwai Chung HK$1,950, Forever Friends Yuen Long HK$2,100.
        Facebook review: Mama Rose Pet Funeral in Penang handled our rabbit with so much care, and the urn had her name engraved in both Chinese and English at no extra cost.
        Two stars. The package said witnessed cremation but we waited 40 minutes in the car park of the Sungai Buloh facility before anyone came out. Please fix your scheduling.
        Noah & Co. Aftercare near Tiong Bahru Market does paw-print home visits before pickup; S$45 on top of the package, worth every cent, and the prints came out crisp.
        Update after the owner replied: they refunded the S$60 late-delivery fee and sent a handwritten condolence card, so I am changing this review from 2 to 4 stars.
        Best thing about Rainbow Bridge Memorial is the 24h hotline 6908 2716: a real person picked up at 4am and walked us through each step without rushing us.
        Trustpilot, verified customer: Sadly needed their service twice this year. Consistent, punctual, and the eco sea-scattering off Pulau Ubin was beautifully done.
    """),
    ("zh-Hans", "配置与日志"): _lines("""
        # 宠物火化订单服务配置 cremation.yaml：pickup_radius_km: 30, max_weight_kg: 80, default_urn_sku: URN-CER-12W, night_surcharge: 1.5  # 夜间接运加价系数
        2026-11-18 03:42:17 INFO order=PC20261118-0093 状态变更 PENDING_PICKUP -> IN_TRANSIT vehicle=VAN-02 terminal=tablet-07 预计到达 04:20
        2026-11-18 05:10:02 WARN 炉温传感器 furnace-B 读数 812°C 低于设定值 850°C，系统已自动延长焚化时长 12 分钟，关联工单 WO-5531，请值班人员复核
        def price_for(weight_kg: float) -> int:  # 单独火化定价：小型≤5kg 1280元，中型≤15kg 1680元，大型≤30kg 2280元，超大型人工报价
        SELECT order_no, pet_species, weight_kg, urn_sku FROM cremation_order WHERE status = 'ASH_READY' AND branch_code = 'SH-PD-01';  -- 浦东店待取骨灰清单
        CSV表头：订单号,宠物种类,体重kg,火化方式,骨灰盒SKU,接运时间,门店编码,金额元,支付渠道,发票号（此导出仅供财务对账使用，不含任何客户字段）
        # .env.example 示例值，请勿提交真实密钥：SMS_TEMPLATE_ID=SMS_300012345  OSS_BUCKET=pet-memorial-prod  WECHAT_APPID=wx1234567890abcdef
        2026-11-19 10:02:55 INFO 短信批次回执 template=SMS_300012345 batch=B20261119-07 sent=214 failed=3 失败原因：空号或停机（按规范不落盘号码）
        骨灰盒库存告警：SKU URN-JADE-S（和田玉小号）剩余 4 件，低于安全库存 10 件；SKU URN-WOOD-M（黑胡桃中号）剩余 27 件，本周无需补货。
        git commit 3f9a2c7e：修复接运单打印模板二维码错位问题，版本号升至 v2.14.3，影响门店 BJ-CY-02、GZ-TH-01，已在测试环境回归通过
        cron: 0 2 * * * /opt/petcare/bin/purge_expired_photos.sh --days 180  # 每天凌晨两点自动清理超过180天的告别仪式现场照片
        API 响应示例 {"package_id": "PKG-SOLO-M", "name": "单独火化·中型", "price_cny": 1680, "includes": ["上门接运", "骨灰盒", "纪念证书"]}
        2026-11-20 18:30:00 INFO 日结：上海浦东店完成火化 17 单，其中单独火化 12 单、集体火化 5 单，营业额 ¥26,840，退款 1 笔 ¥300（订单 PC20261120-0041）
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：毛孩喺屋企離世，第一時間應該點做？答：先用毛巾墊底，放喺陰涼位置，用毛巾包住冰袋放喺腹部，然後致電我哋24小時熱線 3568 2910 安排上門接運。
        問：私人火化同集體火化有咩分別？答：私人火化係單獨一爐，骨灰全數交還；集體火化會同其他毛孩一齊進行，骨灰不會發還，由公司統一安排撒放。
        Q：火化需要多久？A：5公斤以下的貓狗約60至90分鐘，大型犬約2至3小時；冷卻及撿骨後，骨灰一般於3個工作天內送回府上或於觀塘門市領取。
        問：可以揀骨灰龕位嗎？答：本公司於大埔設有寵物紀念館，骨灰龕位年費由港幣1,200元起，另設永久位可供選擇，歡迎預約參觀，參觀時間約30分鐘。
        問：在台灣，毛孩過世後需要辦理什麼手續？答：已植入晶片並完成登記的犬貓，飼主應向所在縣市動物保護機關辦理死亡註銷，本公司可協助提供火化證明文件。
        問：可以見證火化過程嗎？答：可以，「告別見證套餐」提供30分鐘告別禮及家屬全程陪同，台北內湖廠每日名額有限，請至少提前一天預約，以免向隅。
        問：付款方式有哪些？答：接受現金、八達通、轉數快FPS（識別碼 1603842，收款人：永恆天使寵物殯儀有限公司）、Visa及Mastercard，恕不接受支票。
        問：骨灰可唔可以撒落海？答：可以，我哋每月第二個星期六安排出海撒灰，船程約45分鐘，會遠離泳灘及養魚區，每位毛孩家長收費港幣800元，名額有限。
        Q：寵物生前的項圈、玩具可以一起火化嗎？A：可放入少量棉質衣物或紙製品，金屬、塑膠、電池及玻璃製品請勿放入，以免影響骨灰純淨度及爐具安全。
        問：獸醫診所轉介有冇優惠？答：經合作診所轉介（九龍城、沙田、元朗區合作獸醫）可享九折，請向診所索取轉介編號，格式為 VR-2026-XXXX，付款時出示即可。
        問：澳門有冇寵物火化服務？答：澳門市政署設有動物屍體處理服務，可向市政署查詢；本公司暫時未有提供跨境接運，如有不便，敬請見諒。
        問：火化後幾時收到紀念證書？答：證書會連同骨灰一併送上，內容包括毛孩名字、品種、火化日期及爐號，例如「爐號 B-03，2026年11月21日」。
        問：如何預約？答：可WhatsApp公司熱線 +852 5301 8876 或電郵 booking@eternalangel.hk，辦公時間星期一至日 09:00–21:00，公眾假期照常提供服務。
    """),
    ("zh-Hant", "法規與歷史"): _lines("""
        台灣《動物保護法》於1998年公布施行，之後歷經多次修正，寵物登記與晶片植入制度亦逐步推行，成為今日寵物殯葬業務與死亡註銷流程的重要背景。
        前總統蔡英文飼養的貓「想想」與「阿才」經常出現在她的社群貼文中，吸引不少網友關注，也讓動物陪伴、收養與善終等議題受到更多討論。
        忠犬八公（ハチ公）於1935年離世，其標本現存於東京的國立科學博物館，澀谷站前的八公銅像至今仍被視為寵物紀念文化最具代表性的地標之一。
        香港漁農自然護理署提醒，已領牌的狗隻死亡後，持牌人應通知該署以註銷狗隻牌照；市民亦可將動物屍體交予食物環境衞生署轄下設施處理。
        英國唐寧街十號的「首席捕鼠官」Larry自2011年上任，歷經多位首相仍留守官邸，被視為最著名的官邸動物之一，一舉一動常獲英國媒體報道。
        日本和歌山電鐵貴志站的站長貓「小玉」於2015年離世，電鐵公司為牠舉行了神道教式葬禮，並追封為「名譽永久站長」，數千人前往悼念。
        《彩虹橋》（Rainbow Bridge）散文詩約於1980年代開始流傳，作者歸屬至今仍有爭議，現已成為世界各地寵物告別式上最常被朗讀的文字之一。
        台北市動物保護處設有犬貓遺體收受服務，民眾可依公告時間將寵物遺體送至指定地點，再由市府統一委託合格業者進行焚化處理，費用依公告收取。
        香港《廢物處置條例》規管動物屍體的棄置方式，私營寵物火化場亦須符合環境保護署就空氣污染管制發出的相關牌照要求，方可營運焚化爐。
        新加坡國家公園局轄下的動物及獸醫服務署（AVS）建議飼主在犬隻死亡後辦理狗隻執照註銷，並選擇合法經營的寵物火化或遺體處理服務。
        古埃及人會將貓製成木乃伊，並安葬於布巴斯提斯（Bubastis）一帶的神廟墓地，考古學家在當地發現大量貓木乃伊，反映人與動物告別的悠久傳統。
        澳門市政署（IACM）負責處理公共地方發現的動物屍體，市民亦可按該署指引將已故寵物交予市政署作無害化處理，部分私人業者則提供骨灰保存服務。
        台灣寵物殯葬業者近年多依《廢棄物清理法》取得處理許可，焚化爐須通過地方環保局定期檢驗，部分業者亦主動公開爐具型號與排放檢測紀錄。
    """),
    ("ms", "notis_dan_polisi"): _lines("""
        NOTIS: Perkhidmatan ambilan jenazah haiwan peliharaan 24 jam di seluruh Lembah Klang. Hubungi talian kecemasan 03-6157 2288 atau WhatsApp syarikat 011-2345 0912.
        Untuk pelanggan Muslim, kami menyediakan pilihan pengebumian kucing di tapak perkuburan haiwan berlesen di Rawang sebagai alternatif kepada pembakaran mayat.
        Harga pakej pembakaran persendirian: kucing bawah 5 kg RM480, anjing sederhana 5–15 kg RM680, anjing besar 15–30 kg RM880. Harga sudah termasuk SST 8%.
        Sila balut jenazah haiwan dengan tuala atau selimut kapas dan letakkan di tempat sejuk. Jangan masukkan ke dalam peti sejuk beku kerana ia menyukarkan proses pembakaran.
        Pejabat kami di No. 18, Jalan Industri Batu Caves 1/3, Taman Perindustrian Batu Caves, 68100 Batu Caves, Selangor dibuka Isnin hingga Sabtu, 9 pagi hingga 6 petang.
        Syarikat: Pelangi Abadi Pet Memorial Sdn. Bhd. (No. Pendaftaran 201901023456 (1330456-K)); insinerator kami telah diperiksa oleh Jabatan Alam Sekitar pada Mac 2026.
        Waktu operasi sempena Hari Raya Aidilfitri: kaunter ditutup pada hari pertama dan kedua, namun talian kecemasan 03-6157 2288 tetap beroperasi untuk ambilan jenazah.
        Polisi bayaran balik: deposit RM100 tidak dikembalikan selepas jenazah diambil, kecuali jika pembakaran tidak dapat dijalankan atas sebab teknikal pihak syarikat.
        Abu haiwan akan dihantar melalui Pos Laju dalam kotak berkunci; nombor penjejakan dalam format EP123456789MY akan dihantar melalui SMS sebaik sahaja bungkusan dipos.
        Kerjasama klinik veterinar: Klinik Haiwan Taman Tun Dr Ismail dan Pusat Veterinar Bangsar boleh membuat rujukan terus melalui borang rujukan dalam talian kami.
        Jadual tugas minggu ini: syif pagi 7am–3pm dua pemandu van dan seorang operator relau; syif malam 11pm–7am hanya seorang pemandu atas panggilan.
        Peringatan: kami tidak pernah meminta bayaran ke akaun peribadi. Semua bayaran hanya ke akaun Maybank syarikat 5140 1234 5678 atas nama Pelangi Abadi Pet Memorial Sdn. Bhd.
        Upacara perpisahan ringkas boleh diadakan di bilik memorial kami selama 20 minit; keluarga dibenarkan membawa bunga, gambar dan mainan kegemaran haiwan tersebut.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:02] Ops: Morning all, today 7 pickups. Van 1 cover Jurong & Clementi, Van 2 cover Tampines & Pasir Ris. 记得带多两张 cotton shroud ya, stock running low.
        [08:15] Van 2: Noted. Pickup PK-1187 at the vet clinic on Tampines St 81, body already in their cold room, clinic say after 10am can collect, they close lunch 1–2pm.
        [09:40] Furnace: 炉B今日 maintenance 到 12pm，all private cremation 先排炉A，集体 batch 改去 afternoon slot，sorry ah everyone，technician 已经到咗。
        [10:05] Counter: 有客 walk-in 问 urn，Ceramic Lotus 白色 12cm 剩 3 个 only, can someone check store room got more stock or not? PO-RBM-2026-088 还没到。
        [11:22] Van 1: Clementi pickup done ✅ 12kg poodle mix, weight tag W-12.3, family want witnessed cremation tomorrow 10am, pls block the farewell room slot.
        [13:10] Ops: Reminder ya, jangan post gambar jenazah dalam group ni. All photos upload to the job folder in Drive under order number only, thanks.
        [14:30] Counter: 今日 PayNow QR 试咗几次都 fail，先叫客用 NETS 或 transfer to company UEN 201734582K，IT 话 5pm 前会 fix，有 update 再讲。
        [15:45] Furnace: 炉A 第三单完成，cooling 中，骨灰 approx 280g，已装入 temporary tin T-07，等 counter 换 urn，order number 写咗喺 tin 底。
        [16:20] Ops: 听日 roster 更新：早班 2 drivers + 1 furnace op，夜班 on-call 1 driver only。PH surcharge remember charge ah, S$50, don't forget key in system.
        [17:05] Van 2: Jam teruk kat TPE, ETA balik base 6.15pm. 后座的 2 个 body bag 已经 seal 好 + ice pack 换咗，no issue.
        [18:00] Counter: Macam biasa, close counter 7pm. Urn delivery untuk order PK-1179 dan PK-1181 postpone ke esok sebab customer minta hantar hujung minggu.
        [19:30] Ops: 各位辛苦晒 🙏 今日 total 7 pickups, 5 private 2 communal, revenue S$2,614, 没有 complaint. Tomorrow same time briefing 8am sharp.
        [22:48] On-call: Hotline got call from Mount Pleasant Gelenggang after-hours, 1 cat 4kg, I go collect now, ETA 23:20. Will log PK-1194 in system after drop-off.
    """),
    ("mixed", "invoices_and_listings"): _lines("""
        TAX INVOICE 税务发票 No. INV-2026-11-0457 | Rainbow Bridge Memorial Pte. Ltd. | GST Reg No. 201734582K | Private Cremation Medium S$398.00 + Ink paw print S$25.00
        Invois No. PA/2026/0912 – Pelangi Abadi Pet Memorial Sdn. Bhd. (1330456-K) | Pakej Persendirian Kucing RM480.00 | Urn Seramik RM120.00 | Jumlah RM600.00
        發票 Invoice HK-EA-261121-03 永恆天使寵物殯儀有限公司 商業登記 71836524-000 | 私人火化 20kg 犬 HK$1,980 | 玫瑰木骨灰盒 HK$880 | 合計 HK$2,860
        統一發票 AB-12345678｜天使毛孩生命事業有限公司 統編 24536806｜個別火化 小型犬 NT$6,800｜骨灰罈 NT$1,200｜總計 NT$8,000（含稅）
        Shopee listing: Pet Memorial Urn 宠物骨灰盒 Kayu Jati Solid 15cm, boleh ukir nama haiwan, RM89.90, SKU URN-TEAK-15, 4.9★ (1.2k sold), ship from Selangor.
        Lazada: Paw Print Clay Kit 爪印泥 DIY keepsake, non-toxic, air-dry 48h, RM29.00 → RM22.90 (11.11 sale), Seller: PawMemento Official Store, free shipping min RM40.
        Carousell: Brand new 3-tier pet altar shelf 宠物纪念架 solid wood, S$65, self-collect at Ubi MRT exit A or delivery via Lalamove at buyer cost, no lowballers pls.
        Purchase Order PO-RBM-2026-088 to 景德镇陶艺有限公司 Jingdezhen Ceramic Art Co., Ltd.: 300 pcs Lotus urn 12cm white @ US$6.40, FOB Shanghai, ETD 15 Dec 2026.
        Delivery note DN-55871 · 2 × Biodegradable Sea Urn 可降解海葬盒 · SF Express 顺丰 SF1402938475621 · delivered to our Kwai Chung warehouse, Kwai Fung Crescent.
        Credit note CN-2026-014 · refund late-delivery fee S$60.00 against INV-2026-10-0399 · reason: urn engraving delay (supplier QC) · approved by Ops Manager.
        Taobao 淘宝 商品：宠物纪念水晶相框 Crystal Photo Frame 12×18cm 激光内雕，¥168，48小时发货，店铺：念念宠物纪念品旗舰店，支持7天无理由退货。
        Monthly statement 月结单 Nov 2026 – Partner clinic code VC-HK-017: 23 referrals, 10% rebate HK$4,186 credited to clinic trade account, payable by 5 Dec 2026.
        Quotation 报价单 Q-2611-77 for Heavenly Paws KL: incinerator service contract, 4 visits/year, RM9,600 + SST, valid 30 days, machine model PetCrem-250 (2019).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pickup form PK-1193 — Owner: Melissa Tan Hui Ling, 9 kg Shih Tzu Mochi, Blk 402 Jurong West St 42, #11-318, Singapore 640402, contact 9127 4463, pickup after 6pm.
        Grief note left on our memorial wall: Bruno, Dad is so sorry I couldn't be there, the divorce hearing was the same morning. Love always, Kelvin Ong.
        Please bill the balance to Darren Koh; he's paying the cremation in three instalments because he's still behind on his car loan and the bank froze his card.
        Certificate must read exactly as on the owner's NRIC S7841153H, she insisted, and the dog's name is Lucky, not Lucki.
        Hi, this is Priya's husband. She had a miscarriage last week so please don't call her about the urn; send all updates to rajesh.menon84@gmail.com instead.
        Driver log 21:14 — collected Coco (cat, 3.8 kg) from Mrs. Annabelle Chua at 19 Jalan Kelulut, Singapore 809034; she said she only came home from chemo yesterday.
        Refund to POSB savings 188-43917-2 under the name Lim Wei Jie, amount S$120, reason: pickup cancelled because the pet recovered overnight.
        Vet referral: patient Biscuit euthanised 20/11 at owner's request; owner Mr. Samuel Yeo (HP 8345 2091) declined necropsy and wants private cremation.
        Just call 9688 3120 when the ashes are ready, please don't ring the doorbell, my mum can't handle it right now.
        Staff roster note: Nurul is on MC till Friday after her gallbladder surgery, and Alvin asked not to be rostered on Sundays because of custody arrangements with his ex-wife.
        HK client Mr. Benjamin Cheung, HKID K532741(5), Flat 12B, Block 3, Laguna City, Kwun Tong; urn delivery Saturday 2pm, he works nights so call only after 1pm.
    """),
    "zh-Hans": _lines("""
        接运单：陈建国先生，手机 13816724590，上海市闵行区莘庄镇七莘路1855弄12号502室，金毛“旺财”体重32公斤，要求凌晨接运。
        客户王丽娟的身份证号 330106198504173025，用于开具火化证明和发票抬头，证件照片已存档在订单附件里。
        李女士说她刚查出乳腺癌，正在化疗，没力气来领骨灰，让我们寄到她妹妹家，电话里千万别提她生病的事。
        阿杰上个月欠的火化尾款1880元还没付，他说等年终奖发了再还，财务先挂账，备注他的微信号 ajie_0917。
        转账记录：付款人 赵海燕，招商银行卡号 6214830123456781，金额 ¥2,280，用途 宠物火化-豆豆。
        快递面单收件人：刘思远 15920318874 广东省广州市天河区天河北路233号中信广场附近华景小区7栋1103室，内件骨灰盒一个，保价500元。
        投诉记录：周先生说他老婆正在跟他闹离婚，狗的骨灰归谁还没定，要求我们暂时不要把骨灰交给他们任何一方。
        微信群纪念留言：“妞妞，妈妈对不起你，那天要是早点送你去医院就好了。”——孙晓梅，北京朝阳区望京西园三区，2026年11月。
        员工排班：张磊周一至周三上夜班；小何怀孕已满七个月，改为白班前台，不再安排搬运和接运工作。
    """),
    "zh-Hant": _lines("""
        上門接運：黃太，電話 9386 2174，慈雲山慈正邨正安樓1512室，唐狗「豆豆」約15kg，聽日朝早九點，佢話𨋢細要用摺床。
        客戶身份證號碼 Y218604(5) 用嚟做火化證明，姓名：梁嘉欣 Leung Ka Yan，證書要中英文名。
        陳生話佢上個月俾公司裁咗，冇錢一次過俾火化費，問可唔可以分三期，每期港幣650蚊，經理已經批咗。
        台北客戶林美君小姐，身分證字號 A228357167，住址：台北市大安區復興南路二段148巷6號5樓，預約週六個別火化。
        訃聞留言板：「小白，阿嬤住院這段時間謝謝你一直陪著她，我們會想你。」——吳家豪 敬上，桃園市中壢區。
        退款帳戶：國泰世華銀行 戶名 許志明 帳號 0123-5678-9012，退還訂金新台幣2,000元，請財務週五前處理。
        獸醫轉介單：病患「布丁」，飼主何國強先生，電話 0928-617-305，飼主本身患有巴金森氏症，行動不便，請安排專人上門接運。
        員工更表備註：阿偉呢排要照顧患癌嘅老竇，逢星期二、四唔可以返夜更；Kitty 仲放緊產假，十二月中先返工。
        家屬自行開車到新北五股廠見證火化，車號 BKL-2739，聯絡人 蔡佩珊 0955-208-114，請警衛先放行。
        澳門客戶何永基 Ho Weng Kei，澳門居民身份證 5215638(2)，住址：氹仔海洋花園第3座12樓B，接運貓「肥仔」。
    """),
    "ms": _lines("""
        Borang ambilan: Pemilik Encik Mohd Faizal bin Rahman, No. KP 870514-10-5523, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, kucing Oyen 4.2 kg.
        Puan Siti Aishah minta abu kucingnya dihantar ke rumah ibunya kerana dia sedang dalam proses perceraian dan sudah keluar dari rumah suami.
        Tel pemilik 012-738 4490, sila hubungi selepas 8 malam sahaja sebab dia kerja syif.
        Bayaran dibuat oleh Lee Chee Keong dari akaun CIMB 7012345689 sebanyak RM680 untuk pembakaran anjing Max.
        Nota pemandu: Kak Ros, jiran pemilik, serahkan jenazah arnab; pemilik sebenar, Cik Nadia Kamal, masih di wad ICU Hospital Sungai Buloh selepas kemalangan motosikal.
        Aduan: Encik Ganesan a/l Muthu kata abu anjingnya tertukar, e-mel ganesan.muthu77@yahoo.com.my, dia minta siasatan semula dan pampasan RM2,000.
        Jadual staf: Hafiz cuti sakit (denggi) sehingga 12/12; Aina mula cuti bersalin Januari; Razak ganti syif malam Hafiz.
        Plat kenderaan pelanggan WVB 5821 untuk akses ke kawasan upacara, atas nama Tan Mei Ling, telefon 017-229 0631.
        Catatan kaunseling: Pn. Rohani, 62 tahun, tinggal seorang diri sejak suami meninggal tahun lepas; kucing itu satu-satunya teman dan dia sebut dia sedang dirawat untuk kemurungan.
        PA-2611-045,Wong Kah Wai,880923-08-6147,016-441 8902,Anjing,Golden Retriever,31.5kg,Persendirian,RM880,Ipoh
    """),
    "mixed": _lines("""
        Hi boss, customer Mr. Alan Chia 谢先生 call already, his dog Lucky pass away last night at home, Blk 512 Bedok North Ave 3 #08-221, can pickup 10am or not?
        阿May話佢老公上個禮拜中風入咗院, so can deliver the ashes to her office instead? She'll sign for it personally, her mobile 6271 9034.
        DuitNow dari Chong Wei Liang 张伟良 ke syarikat, rujukan PA-2611-052, akaun pengirim Public Bank 4-1234567-09, jumlah RM880.
        Log 2026-11-22 08:14 SMS sent to +60 12-907 3316 (owner: Kavitha d/o Subramaniam) – Abu Milo sudah sedia, boleh ambil esok pukul 10 pagi.
        林太 say she cannot pay the balance yet lah, her son kena retrench and the family 欠咗 credit card好多钱, pls hold the urn for 2 more weeks.
        Form: Name 名字: Ng Siew Hoon 黄秀云 | NRIC: S8823741B | Email: siewhoon.ng@outlook.com | Pet: cat Kopi | Package: Private Small S$328
        WhatsApp from owner: Thank you for taking care of Snowy 🐾 I'm Jessica 陈嘉慧, 我下个月生BB, so maybe January then come collect ashes ok?
        Driver note: 地址 No. 8, Lorong Seri Kuching 3, Taman Seri Kuching, 52100 Kepong KL, owner 黄先生 Wong Kok Leong, 狗好重 ~40kg need 2 pax.
        Photo caption for memorial album: Grandpa Ah Huat 阿发爷爷 with Bobby at Bishan Park, 2019 – uploaded by his granddaughter Chloe Sim, album shared privately with family.
        Roster 更表: Desmond 夜更 Mon–Wed; Faridah off Thu for her diabetes follow-up at CGH; 阿强 on-call Sat, his S$500 salary advance deduct from Dec pay.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Rainbow Bridge Memorial Pte. Ltd. in Singapore. Collect pickup details politely and confirm the package.",
        ),
        (
            "user",
            "Hi, my cat Tofu passed away an hour ago. I'm Grace Lim Pei Shan, Blk 118 Bishan St 12 #05-240, Singapore 570118. My number is 9734 1026. Can someone come tonight?",
        ),
        (
            "assistant",
            "I'm very sorry about Tofu, Grace. I've noted pickup at Blk 118 Bishan St 12 #05-240 and will have our on-call driver call you at 9734 1026 within 30 minutes. After 9pm there is an S$80 after-hours fee. Would you like private or communal cremation?",
        ),
        ("user", "Private please, small size. She was 4 kg."),
        (
            "assistant",
            "Noted: Private Cremation – Small, S$328 plus S$80 after-hours pickup. Please keep Tofu wrapped in a towel in a cool spot until the driver arrives.",
        ),
    ],
    [
        (
            "user",
            "我隻貓仔「雪糕」尋日走咗，我係陳穎詩，我阿爸啱啱確診咗肺癌，佢最錫雪糕，我唔知點同佢講，可唔可以幫我諗下點樣開口？",
        ),
        (
            "assistant",
            "穎詩，好抱歉聽到雪糕離開，仲要喺你阿爸確診嘅時候。可以揀佢精神比較好嘅時間，簡單直接講：「雪糕尋日安詳咁走咗，我哋會幫佢辦好火化。」再問佢想唔想一齊揀骨灰盒，等佢都可以參與道別。",
        ),
        ("user", "好，多謝你。火化公司叫我填表，要寫身份證號碼，我寫 E904417(9) 就得？"),
        (
            "assistant",
            "一般火化證明只需要姓名同聯絡電話，未必需要身份證號碼。建議你先問清楚公司用途，如非必要可以唔填，保障個人資料。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Pelangi Abadi Pet Memorial. Rekod pelanggan: Nurul Izzah binti Hassan, KP 920306-14-5588, tel 013-665 2047, aduan: abu kucing lewat 10 hari.",
        ),
        (
            "user",
            "Tolong draf balasan e-mel kepada pelanggan ini, minta maaf dan tawarkan pulangan yuran penghantaran.",
        ),
        (
            "assistant",
            "Puan Nurul Izzah yang dihormati, kami memohon maaf atas kelewatan 10 hari penghantaran abu kucing puan. Sebagai tanda kesal, yuran penghantaran RM40 akan dipulangkan sepenuhnya. Pegawai kami akan menghubungi puan di 013-665 2047 untuk mengesahkan tarikh penghantaran baharu.",
        ),
        ("user", "Bagus, tapi jangan letak nombor telefon dalam e-mel."),
        (
            "assistant",
            "Baik, ini versi tanpa nombor telefon: Puan Nurul Izzah yang dihormati, kami memohon maaf atas kelewatan penghantaran abu kucing puan dan akan memulangkan yuran penghantaran RM40 sepenuhnya. Pegawai kami akan menghubungi puan untuk tarikh penghantaran baharu.",
        ),
    ],
    [
        ("system", "你是宠物殡葬公司的内部数据助手，只在公司内网使用。"),
        (
            "user",
            "帮我把这几条整理成表格：1）郑伟 13905718842 杭州西湖区文三路90号 柯基 12kg 单独火化；2）胡晓婷 18657103326 杭州拱墅区湖墅南路 英短 4kg 集体火化。",
        ),
        (
            "assistant",
            "整理如下（客户｜手机｜地址｜宠物｜体重｜方式）：郑伟｜13905718842｜杭州西湖区文三路90号｜柯基｜12kg｜单独火化；胡晓婷｜18657103326｜杭州拱墅区湖墅南路｜英短｜4kg｜集体火化。",
        ),
        ("user", "再加一列身份证号，郑伟的是 110105197909231615。"),
        (
            "assistant",
            "已为郑伟补充身份证号 110105197909231615；胡晓婷暂缺，请补充后再导出。提醒：身份证号属于敏感个人信息，导出前请确认用途并做好权限控制。",
        ),
    ],
    [
        (
            "user",
            "Can help me write an IG caption for my dog Kaya? She passed last week. Abit complicated because my ex-husband Marcus Teo got custody of her after our divorce in March and I only saw her on weekends.",
        ),
        (
            "assistant",
            "I'm so sorry. Here's a gentle caption: Kaya, my weekend sunshine. Every Saturday was ours, and every one of them was enough. Run free, little one. 🐾",
        ),
        (
            "user",
            "Nice. Can add that her ashes will be at my place at Blk 27 Telok Blangah Rise #14-88 if friends want to visit?",
        ),
        (
            "assistant",
            "I'd suggest not posting your home address publicly on Instagram. You could write: Friends who'd like to say goodbye, DM me and I'll share where Kaya is resting.",
        ),
    ],
    [
        ("system", "你是台灣寵物生命紀念公司的線上客服，請用繁體中文回答。"),
        (
            "user",
            "我家狗狗「黑糖」昨天走了，晶片要怎麼註銷？我是張雅婷，身分證 H120469389，住新竹市東區光復路二段101巷3號。",
        ),
        (
            "assistant",
            "雅婷您好，很遺憾黑糖離開了。寵物死亡註銷可至新竹市動物保護機關或委託登記站辦理，需準備飼主身分證件與寵物晶片號碼；我們的火化證明也可作為佐證，火化後會一併交給您。",
        ),
        ("user", "那火化證明上面會印我的身分證字號嗎？"),
        (
            "assistant",
            "不會，證明上只會印飼主姓名、寵物名字、品種與火化日期；身分證字號僅在您辦理註銷時向主管機關出示即可。",
        ),
    ],
    [
        (
            "system",
            "You help staff at Amberleaf Veterinary Clinic write referral emails to pet cremation partners.",
        ),
        (
            "user",
            "Draft a referral to Paws & Petals Memorial. Patient: Pepper, 11yo beagle, euthanised today 3:40pm. Owner: Mr. Raymond Seah, mobile 8112 6057, lives at 6 Sunset Way #02-11. He has early dementia, so please also copy his daughter Felicia Seah at felicia.seah@hotmail.com.",
        ),
        (
            "assistant",
            "Subject: Cremation referral – Pepper (beagle, 11y). Dear Paws & Petals team, we refer Pepper, euthanised at 3:40pm today. Owner Mr. Raymond Seah (8112 6057), 6 Sunset Way #02-11. Please also keep his daughter Felicia Seah (felicia.seah@hotmail.com) informed of all arrangements. Kind regards, Amberleaf Veterinary Clinic.",
        ),
        (
            "user",
            "Remove the part about dementia from anything you send, just say contact the daughter too.",
        ),
        (
            "assistant",
            "Done – the draft above mentions only that the daughter should be kept informed, with no reference to his health.",
        ),
    ],
    [
        (
            "user",
            "Saya nak bayar pakej pembakaran anjing RM880 secara ansuran. Nama saya Arif Danial bin Zulkifli, IC 950714-01-6223. Gaji saya baru RM2,300 dan ada hutang PTPTN lagi, boleh kira bayaran bulanan untuk 4 bulan?",
        ),
        (
            "assistant",
            "Untuk RM880 dalam 4 bulan, bayaran ialah RM220 sebulan. Jika syarikat mengenakan yuran pentadbiran, jumlah mungkin berubah; sila semak dengan kaunter.",
        ),
        ("user", "Kalau 6 bulan pula?"),
        (
            "assistant",
            "Untuk 6 bulan, lebih kurang RM146.67 sebulan (5 bulan RM147 dan bulan akhir RM145). Sebaiknya jangan kongsi nombor IC dalam mesej umum; berikan hanya semasa mengisi borang rasmi di kaunter.",
        ),
    ],
    [
        (
            "system",
            "客户档案：孙卫东，男，手机 13701235578，上海市徐汇区漕溪北路新乐小区8号楼601，宠物萨摩耶“大白”，已于2026-11-15单独火化，尾款¥800未结清，客户称近期失业。",
        ),
        ("user", "帮我总结一下这个客户的情况，准备给财务。"),
        (
            "assistant",
            "客户孙卫东（手机 13701235578），萨摩耶“大白”已于2026-11-15完成单独火化，尾款¥800未结清；客户表示近期失业，建议财务考虑分期或延期收款。",
        ),
        ("user", "失业那句给财务的版本就别写了。"),
        (
            "assistant",
            "好的：客户孙卫东，萨摩耶“大白”2026-11-15单独火化，尾款¥800待结清，建议与客户协商付款安排。",
        ),
    ],
    [
        (
            "system",
            "You are an HR helper for Eternal Angel Pet Funeral Ltd in Hong Kong. Reply in English with some Cantonese if the user does.",
        ),
        (
            "user",
            "幫我排下個禮拜嘅更表。Staff: 李志豪 (Ho Gor), Wong Siu Ling, Mandy Chan. Mandy 啱啱做完手術，醫生紙到12月10號; Siu Ling 星期三要上庭處理離婚，唔得返。",
        ),
        (
            "assistant",
            "Draft roster: Mon–Tue early shift 李志豪 + Wong Siu Ling; Wed early 李志豪 only (Siu Ling off for court); Thu–Sun early Wong Siu Ling, late on-call 李志豪. Mandy Chan off on sick leave until 10 Dec.",
        ),
        ("user", "Ho Gor 唔可以連續做七日, fix 佢。"),
        (
            "assistant",
            "Updated: 李志豪 off on Sunday; Sunday on-call covered by part-timer pool. Wong Siu Ling off Wednesday; Mandy Chan on sick leave until 10 Dec. Please avoid posting the reasons for leave on the public roster board.",
        ),
    ],
]
