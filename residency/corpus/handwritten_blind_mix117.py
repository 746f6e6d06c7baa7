# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix117: flower shops and florists in HK/SG/MY/TW (orders, cards, wreaths, weddings, slots, suppliers). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix117
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "order_export"): _lines("""
        ORD-SG-250214-00417 | Hand-tied 12 Red Naomi Roses | S$128.00 | slot 14 Feb 09:00-13:00 | postcode 238859 | status OUT_FOR_DELIVERY
        Valentine's cutoff: orders placed after 23:59 on 12 Feb were auto-moved to the 15 Feb slot; 1,284 orders affected, refunds issued in Stripe batch rf_9QxT2kLm.
        INV-2025-03391 Funeral wreath stand (L, white chrysanthemum & lily) x1, HK$1,480, deliver to hall 3 of the funeral parlour on King's Road, North Point, by 07:30.
        Tracking JNT-MY-7720019384: Klang Valley same-day, picked up 10:42, ETA 15:00-18:00, signature on delivery required.
        Order #HK88314 note: no price tag please. Card: Happy 10th anniversary, love you always.
        Mother's Day 2025 export: 2,906 orders, 41% carnation, 23% hydrangea mix, 12 late deliveries, 3 wrong-address reattempts.
        SKU FLR-PEO-PNK-07 Sarah Bernhardt peony (pink) x7 stems, backorder until 2025-05-03, ETA from Kunming hub.
        Standing order CSO-0042: lobby arrangement every Monday 08:00, Level 1 reception, MBFC Tower 2, invoice to the client's accounts-payable mailbox.
        WED-TW-2025-118: bridal bouquet + 2 bridesmaid posies + 6 boutonnieres + aisle florals, NT$68,800, 50% deposit received, balance due 14 days before the banquet.
        Refund ticket RF-3307: bouquet arrived wilted after 2h in the heat, 2 photos attached, replacement dispatched in the 16:00-20:00 slot, cost centre SG-OPS.
        Slot capacity 2025-09-06 (Mid-Autumn): 09-13 FULL, 13-17 92/100, 17-21 40/100, drivers rostered 7, vans 3.
        Gift card GC-5XK2-9PQL-RT88 redeemed S$50.00 at POS-02 Orchard outlet, remaining balance S$0.00.
        Courier handover 18:05: 18 parcels to van #4, manifest sha1 3f9a0c2e71b4d85e6a0f11c9e2d4b7a5c8e09f13, cold box temp 6.5C.
    """),
    ("zh-Hant", "card_and_wreath_wording"): _lines("""
        花牌字款範本：沉痛悼念 ○○○ 先生千古　□□□ 敬輓
        輓聯常用語：音容宛在、駕鶴西歸、永垂不朽、福壽全歸（適用於高壽長者）
        生日心意卡（可自選）：祝你生日快樂，年年有今日，歲歲有今朝！
        開張花籃字款：恭賀 {公司名稱} 開業大吉 生意興隆　{致送人} 敬賀
        結婚花牌：百年好合 永結同心 —— 請喺備註填寫新人稱呼，我哋會按格式排版。
        心意咭字數上限 80 字；如需直排，請揀「直式卡」選項，額外收費 HK$20。
        殯儀館送花須知：紅磡一帶嘅殯儀館一般要喺出殯前一晚 9 時前送達，花牌要預留 1.8 米高位置。
        畢業花束卡片範例：恭喜畢業！前程似錦，鵬程萬里。
        基督教追思禮拜嘅花牌一般唔寫「千古」，可改用「安息主懷」或「榮歸天家」。
        台灣告別式花籃輓詞：「慈竹風淒」用於女性長輩、「德範長昭」用於男性長輩，下款寫敬輓人名。
        母親節卡片：媽媽，辛苦晒！多謝你咁多年嘅照顧。
        喬遷之喜花牌：新居入伙 鴻運當頭　___ 敬賀（空格請填上款）
        問：花牌上款應寫逝者全名定係稱呼？答：一般寫「○公○○老先生」，唔肯定可以問禮儀師。
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai kami tutup 30 Mac hingga 2 April sempena Hari Raya Aidilfitri. Pesanan dalam talian akan dihantar mulai 3 April.
        Caj penghantaran: RM15 dalam Lembah Klang, RM25 ke Putrajaya dan Nilai, percuma untuk pesanan melebihi RM250.
        Slot penghantaran: pagi 9.00-12.00, petang 2.00-5.00, malam 6.00-9.00 (slot malam untuk Kuala Lumpur sahaja).
        Kalungan bunga untuk majlis pengebumian perlu ditempah sekurang-kurangnya 4 jam lebih awal. Sila hubungi talian utama 03-7781 2290.
        Harga bunga kekwa dari Cameron Highlands naik 18% minggu ini kerana bekalan terjejas akibat hujan lebat.
        Bunga telur untuk majlis perkahwinan: minimum 100 batang, RM3.50 sebatang, tempoh siap 7 hari bekerja.
        Terma: Bunga segar tidak boleh dipulangkan. Aduan mesti dibuat dalam masa 24 jam bersama gambar.
        Promosi Hari Ibu: kod IBU2025 diskaun 10%, sah 1-12 Mei, tidak boleh digabung dengan baucar lain.
        Hubungi kami: WhatsApp perniagaan 011-5520 8841 atau emel pesanan@bungasetia.com.my (Isnin-Sabtu, 9 pagi-6 petang).
        Invois dikeluarkan oleh Taman Bunga Harum Sdn. Bhd. (201901023456 / 1331245-X), No. SST W10-1808-32000123.
        Cawangan Jalan Tuanku Abdul Rahman ditutup untuk kerja ubah suai; pesanan ambil sendiri dipindahkan ke cawangan Bangsar.
        Kebanyakan hospital kerajaan tidak menerima jambangan bunga di wad ICU dan wad kanak-kanak, sila semak sebelum membuat tempahan.
        Bengkel gubahan bunga kering: Sabtu 14 Jun, 10 pagi, yuran RM180 termasuk bahan, maksimum 12 peserta.
    """),
    ("zh-Hans", "supplier_chat"): _lines("""
        斗南今日行情：卡罗拉 A 级 ¥42/扎（20 枝），B 级 ¥28，明早 7 点前冷链发出。
        【供应商群】SKU DN-HYD-BLU-60 蓝色绣球 60cm 缺货，预计下周二到货。
        老板，这批厄瓜多尔玫瑰 Freedom 60cm 的报关单号 530120250618044712，清关预计两天。
        订单 PO-KM-20250602-017：白菊 300 枝、西伯利亚百合 120 枝、满天星 40 扎，合计 ¥6,380，月结 30 天。
        包装损耗超过 5% 按合同第 7 条赔付，请仓库主管拍照上传到共享文件夹。
        今年七夕预售量比去年同期增长 27%，建议提前锁定 2000 扎红玫瑰。
        荷兰拍卖价：芍药 Coral Charm €0.92/枝，比上周涨 11%，新加坡到岸价另加空运 S$1.10/枝。
        发货通知：顺丰冷运单号 SF1402398876543，温度记录仪编号 TL-0093，签收后请回传温度曲线。
        采购部统一邮箱 purchasing@ 改为 procurement@yunhuaflora.cn，下月起旧邮箱停用。
        问一下各位，郁金香进口到新加坡需要 NParks 植检证吗？一般几天能批下来？
        开票请填公司全称，统一社会信用代码 91530112MA6P8K3Q2R，开户行 昆明呈贡支行。
        到货质检：抽检 50 枝，花头直径平均 5.2cm，弯颈 3 枝，合格率 94%。
        马来西亚金马仑的菊花这周减产，吉隆坡几家批发商都在找云南货补位。
    """),
    ("mixed", "delivery_faq"): _lines("""
        Delivery slot 9am-1pm 嘅 order 要前一日 6pm 前落單，same-day 就要 11am 前 ok?
        Can deliver to hospital lah, but most public hospitals only accept at the main lobby counter, 唔可以上 ward。
        Hari Raya week 所有 slot 爆满, pre-order boleh buat sampai 25 Mac sahaja ya.
        請問 funeral wreath 可唔可以直接 deliver 去火葬場？定係只可以去殯儀館？
        Remote area surcharge: Sentosa / Jurong Island / Tuas +S$15, Jurong Island 要 security pass 所以要提早 2 日.
        Bouquet 會唔會喺車入面焗死？No worry, our vans got aircon 18°C, 夏天都 ok.
        Kalau penerima tak ada di rumah, rider akan tunggu 10 minit then call the number on the order, 之後 leave at guardhouse.
        台北市區當日配送 cut-off 中午 12 點，新北部分區域 +NT$150，離島暫不配送 sorry。
        Condo 有 security 唔畀上樓, we'll leave at the guardhouse and send photo proof to the order email.
        How to change card message after order placed? Login > My Orders > Edit card, 可以改到 dispatch 前 2 小時。
        Midnight delivery 11pm-12am slot 只限 Valentine's 同 Christmas Eve, extra S$30 ah.
        唔該問下 Mother's Day 係咪一定要 pre-order？Ya, 5 月 10-11 號啲 slots 通常上個禮拜已經 full 晒.
        Penghantaran ke Sabah dan Sarawak belum ada lagi, sorry 暂时只做 West Malaysia 先.
    """),
    ("en", "config_and_code"): _lines("""
        DELIVERY_SLOTS = ['09:00-13:00', '13:00-17:00', '17:00-21:00']  # SG, changed in v3.4.1
        sku_pattern: ^FLR-[A-Z]{3}-[A-Z]{3}-[0-9]{2}$
        cron: 0 5 * * * /opt/florist/bin/sync_stock --market=dounan --dry-run=false
        git commit 7c1e9ab fix(wreath): round stand height to 6ft for HK funeral parlours
        ERROR 2025-02-14T08:12:55+08:00 slot_allocator: capacity exceeded zone=SG-EAST slot=2 requested=14 remaining=0
        feature flag funeral_express_enabled=true for region HK only; TW pending review of venue rules.
        SELECT slot, COUNT(*) FROM orders WHERE delivery_date = '2025-05-11' GROUP BY slot;
        POST /api/v2/orders/{order_id}/status returns 409 Conflict if status is already DELIVERED.
        Template: Dear {{recipient_name}}, your flowers from {{sender_name}} will arrive between {{slot_start}} and {{slot_end}}.
        image: registry.petalstem.io/florist-pos:2.18.0@sha256:9b2f6e1d0c4a7e55b1d3a8c0f2e94b6d7a1c3e5f8b0d2a4c6e8f0a1b3c5d7e9f
        PAYNOW_UEN=202214567N  # paynow reference format ORD-{yyyymmdd}-{seq:04d}
        Privacy note in app footer: recipient addresses are kept for 90 days after delivery, then replaced by a SHA-256 hash.
        Gift card codes are base32 (GC-XXXX-XXXX-XXXX); do not run the Luhn validator on them, it rejects 100% of codes.
    """),
    ("mixed", "public_names_and_places"): _lines("""
        Vanda Miss Joaquim, Singapore's national flower, was bred by Agnes Joaquim and registered in 1893.
        每年五月八日，歌迷都會喺金寶山筠園鄧麗君墓前擺滿白玫瑰同 orchids。
        梅艷芳逝世周年，歌迷會喺跑馬地附近擺大型花牌，今年我哋負責其中兩個。
        The 'Queen Elizabeth' rose, a pink grandiflora, was introduced in 1954 to honour the new monarch.
        林黛玉葬花 scene in 紅樓夢 inspires our 'Daiyu' peach blossom box set, SKU FLR-PCH-BOX-03.
        Kedai di Jalan Sultan Ismail buka 24 jam sepanjang minggu Hari Valentine, 欢迎 walk-in.
        國父紀念館旁邊嘅花店街 weekend 有 market, Sun Yat-sen 銅像前面唔准擺攤。
        David Austin's 'Juliet' garden rose costs about three times a standard red rose at wholesale.
        台北建國假日花市 open Sat-Sun 9am-6pm, under the 建國高架橋.
        Mong Kok 花墟道 Flower Market Road is five minutes from Prince Edward MTR exit B1.
        Photos of Tunku Abdul Rahman at the 1957 Merdeka declaration show jasmine garlands; kami buat replika untuk pameran sekolah.
        Princess Diana's funeral in 1997 saw an estimated one million bouquets outside Kensington Palace, a standard case in floristry history class.
        Harry Potter themed bouquet 'Hermione' (SKU FLR-FAN-HER-01) sells out every September when the school term starts.
    """),
    ("en", "reviews_and_stats"): _lines("""
        Customer A ordered three wreaths for the same service; Customer B cancelled after the hall booking changed.
        Q3 complaint summary: 17 late deliveries, 5 wrong card messages, 2 damaged vases, 0 missing orders.
        ★★★★★ Flowers were fresh and the rider called before arriving. Will order again. (verified buyer)
        ★★☆☆☆ Peonies didn't open even after 4 days. Shop reply: sorry, store credit of S$40 issued to your account.
        Survey n=412: 63% of HK respondents prefer Korean-style wrapping, 22% Japanese-style, 15% no preference.
        A bride (name withheld) requested an all-white phalaenopsis cascade; quote sent, 3 revisions so far.
        3 of our 11 drivers completed the cold-chain handling course in May.
        TW wedding season 2024: 214 bridal bouquets, median spend NT$4,800, 9% ordered matching corsages.
        Top search terms last week: sympathy flowers near me, graduation bouquet, 開張花籃, bunga tangan.
        Anonymised case study: a patient's family asked for no strongly scented lilies, so the florist switched to spray roses.
        Google rating 4.7 from 1,203 reviews for the Orchard Road outlet, up from 4.5 last year.
        Roster note: the duty manager closes the chiller at 21:30; the night florist handles wreath prep until 02:00.
        Ticket CS-22018 closed: customer accepted the replacement bouquet, no further action required.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ORD-SG-250214-00522 deliver to Mdm Koh Siew Lan, Blk 412 Bedok North Ave 2 #08-117, S460412, call 9734 2218 before arrival.
        Card for Rachel Pereira: Sorry I missed your chemo session today, I'll be there on Thursday. Love, Aunty Doreen.
        Corporate account opened for Tan Wei Ming, director, NRIC S8834127I, billing to his personal card on file.
        Refund S$186 to Visa 4556 9830 1274 5532 (exp 08/27) for the wilted wreath, cardholder Gopal s/o Ramasamy.
        Please keep it discreet: the roses are from Jason Lim to Michelle at the Raffles Place office, his wife must not see the bill.
        Driver note: Mr Arumugam at Block 23 is housebound since his stroke, knock loudly and wait at least five minutes.
        Email from melissa.ong.86@gmail.com asking to redirect her wedding bouquet to her new flat in Punggol.
        HR log: florist assistant Hafiz bin Rosli was caught taking cash from the till twice in March; final written warning issued.
        Wreath for the late Mr Chua Boon Keng, wake at Blk 78 Telok Blangah Drive void deck, family contact son Daniel 8122 5607.
        Payroll June: Joanna de Souza, senior florist, basic S$2,350, 3 days unpaid leave deducted for her divorce hearing.
    """),
    "zh-Hans": _lines("""
        收货人：陈美玲，手机 138 2745 9016，地址：深圳市南山区科技园南路 88 号 3 栋 1502。
        跨境花礼报关需要订花人身份证号 440305198804173625，姓名 刘佳慧，已核对无误。
        王建国的老婆在住院做乳腺手术，他每周二都订一束百合送去肿瘤科，别在卡片上写病房。
        3栋的陈阿姨又来赊账了，上次欠的 680 元还没还，老板说下次先收现金。
        微信号 lucy_hz0917 的客户要求卡片写：给周子豪，祝你和她永远不幸福。
        供应商对接人赵德明的私人手机 159 0218 7734，他说别打公司座机，怕被老板知道他接私单。
        员工黄晓峰因私拿花材被扣工资 1200 元，本人已签字确认，这事别外传。
        退款请打到招商银行卡 6214 8301 2255 7894，户名 孙丽娟。
        婚礼花艺定金合同签署人 林秋菊，身份证 35020619920812154X，定金 ¥5,000 已付。
        订单备注：送到厦门市思明区莲前西路 256 号 12-3 室 郑女士，刚出月子别按门铃，到了打 186 5071 3329。
    """),
    "zh-Hant": _lines("""
        訂單 HK88502：送九龍城嘉林邊道 15 號 5 樓 B 室，何太（何潔儀）收，電話 9316 8842。
        月結賬戶登記：陳志強，HKID K618203(8)，公司地址同住址一樣。
        花牌上款：沉痛悼念 梁錦榮 先生千古，孝女 梁詠詩 敬輓，送去紅磡殯儀館 2 樓靈堂。
        身分證字號 A223817462 蔡佩珊 預訂婚禮捧花，送到台北市大安區復興南路二段 151 巷 7 號 4 樓。
        舖頭熟客 Kelvin 哥話佢離咗婚，所以今年唔再訂結婚週年花，叫我哋唔好再打去問。
        黃生（12B 嗰位）欠咗三個月花籃月費 HK$2,700，老闆已經叫律師發信。
        客人蔡小姐說以後改用 LINE 聯絡，ID 是 peishan_0312，不要再打手機。
        林冠宇 F129403652 申請把發票存到手機載具，退款匯回他的郵局帳戶。
        唔好將花送去醫院精神科病房，林淑芬 屋企人唔想其他人知佢入咗院。
        送貨司機張偉文 車牌 KT 3821 上個月超速兩次，公司扣咗佢獎金。
    """),
    "ms": _lines("""
        Penghantaran kepada Puan Noraini binti Hassan, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, tel 012-738 4410.
        No. MyKad 880417-10-5536 (Siti Hajar binti Ismail) diperlukan untuk membuka akaun korporat.
        Encik Faizal bin Othman minta kad ditulis untuk isterinya yang baru keguguran, jangan sebut langsung tentang bayi.
        Bayaran balik RM320 ke akaun Maybank 1640 2273 8819 atas nama Muthu a/l Subramaniam.
        Kak Ros dari gerai sebelah masih berhutang RM450 untuk bunga telur kenduri kahwin anaknya.
        Kalungan bunga untuk arwah Haji Mokhtar bin Abdullah, rumah di Lot 512, Kampung Baru Sungai Buloh, hubungi anak beliau 019-221 7083.
        Pelanggan minta dihubungi melalui Telegram @nurul_izzati93 sahaja, nombor lama dia sudah ditutup.
        Pekerja kami Rahim bin Yusof selalu ambil cuti sakit sebab rawatan dialisis, bos nak tukar dia ke syif separuh masa.
        Pasport A51209874 milik Rina Kusumawati, pekerja dari Indonesia, masih disimpan oleh majikan kedai bunga itu.
        Penerima: Cik Kavitha a/p Rajendran, Unit 17-3, Residensi Bayu, Jalan Klang Lama, 58000 Kuala Lumpur, hadiah pertunangan.
    """),
    "mixed": _lines("""
        Eh the wreath for Uncle Lim's mother, wake at Blk 233 Ang Mo Kio Ave 3, deliver before 7pm ok? His number 9026 4471.
        Boss, that customer Priya d/o Murugan ask us don't tell her husband about the bouquet, 佢話係送俾 boyfriend 嘅 lah.
        Jenny Chua from #05-12 paiseh say she cannot pay this month, 因為佢老公 lost his job.
        FIN G5072418U belongs to our new helper Maria Santos, work permit renewal 要 copy 俾 MOM.
        IG @kaylaaa_tyx DM 我哋 say her wedding flowers late 咗兩個鐘, she want full refund.
        Aiyo 林太 (Mrs Lim Bee Hoon) call again, ask whether 佢老公 got order roses for another woman, cannot tell her lah.
        Bank transfer from DBS 027-654321-8 ref Wong Mei Fen deposit for wedding arch, pls confirm received.
        Driver 阿明 (Ahmad Faris bin Zulkifli) langgar kereta at Jalan Ipoh, plate WXY 4427, insurance claim pending.
        Aunty Mei Ling 今日來拎花 cry 咗好耐, her son just passed away in the accident last week.
        Customer T0261945D 要求 invoice 寫 her company, name Chloe Ng Hui Min, email chloe.nghm@outlook.com.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for a florist in Singapore. Collect delivery details politely.",
        ),
        (
            "user",
            "Need a sympathy wreath for my grandfather Mr Ong Kah Huat, wake at Blk 108 Jurong East St 13 void deck.",
        ),
        (
            "assistant",
            "I'm sorry for your loss. Which slot would you like, and who should the driver call on arrival?",
        ),
        (
            "user",
            "Tomorrow 9-1 slot. Call my mum Ong Lay Hoon at 9658 3120, she is at the wake the whole day.",
        ),
        (
            "assistant",
            "Noted: wreath to Blk 108 Jurong East St 13, slot 09:00-13:00, contact Ong Lay Hoon 9658 3120.",
        ),
    ],
    [
        ("system", "你是香港一間花店嘅客服助手，負責婚禮花藝預約。"),
        ("user", "我想預約 11 月 8 號嘅新娘花球同埋頭車花，要登記邊啲資料？"),
        ("assistant", "需要新娘姓名、聯絡電話同埋取貨或送貨地址，訂金收據會用身份證號碼核對。"),
        (
            "user",
            "新娘係何詠欣，電話 6128 4490，HKID Y402917(6)，送去將軍澳日出康城 3 期 5 座 22 樓 A。",
        ),
        ("assistant", "收到，已為何小姐登記 11 月 8 號婚禮花藝，稍後會將報價單傳送到你部電話。"),
    ],
    [
        ("system", "Anda pembantu tempahan untuk kedai bunga di Johor Bahru."),
        ("user", "Saya nak tempah gubahan hantaran tunang, 7 dulang, untuk majlis 20 Julai."),
        ("assistant", "Baik. Boleh berikan nama penuh, nombor telefon dan alamat majlis?"),
        (
            "user",
            "Nama saya Nur Syafiqah binti Kamarul, 017-362 5581, MyKad 020315-01-4472, alamat No. 9 Jalan Seroja 2, Taman Johor Jaya, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nur Syafiqah, tempahan 7 dulang untuk 20 Julai telah direkodkan.",
        ),
    ],
    [
        ("system", "你是台灣花店的線上客服，協助開立發票。"),
        ("user", "我上週訂的告別式花籃要開個人發票，要給什麼？"),
        ("assistant", "請提供買受人姓名與身分證字號，我們會以電子發票寄送。"),
        ("user", "鄭雅婷，B288173044，寄到 yating.cheng77@gmail.com，是我外婆的告別式。"),
        ("assistant", "已收到，鄭小姐的電子發票會在三個工作天內寄出，再次致上哀悼。"),
    ],
    [
        ("system", "你是云南一家鲜花批发商的财务助理。"),
        ("user", "新加坡那边的花店这个月的货款还没到，帮我查一下。"),
        ("assistant", "可以，请告诉我对方的付款人或者付款卡号，我去核对流水。"),
        (
            "user",
            "付款人是他们老板的个人卡，户名 许志伟，卡号 4379 1234 0066 8153，说是 6 号转的。",
        ),
        (
            "assistant",
            "查到 6 号有一笔来自尾号 8153 的入账，金额 S$2,840，已经和许志伟的订单对上了。",
        ),
    ],
    [
        ("system", "You handle complaints for an online florist in Hong Kong."),
        (
            "user",
            "My order HK90127 arrived with half the roses dead. This is for my girlfriend's birthday, I'm so embarrassed.",
        ),
        (
            "assistant",
            "Very sorry about that. Could you share a photo and the recipient's name so we can arrange a replacement?",
        ),
        (
            "user",
            "Recipient is Vivian Leung Ka Yan, Flat 7C, Block 2, Laguna City, Kwun Tong. Photo sent to support already from ericchan.hk@yahoo.com.",
        ),
        (
            "assistant",
            "Thanks Eric. A fresh bouquet will go to Ms Leung in today's 17:00-21:00 slot at no charge.",
        ),
    ],
    [
        ("system", "You are a Singapore florist chatbot. Staff may chat in Singlish."),
        (
            "user",
            "Want to send flowers to my colleague in hospital but keep it anonymous can or not?",
        ),
        (
            "assistant",
            "Can! We just leave the sender name blank on the card. Which hospital and ward?",
        ),
        (
            "user",
            "Her name Nurul Aini, ward 64 bed 12 at the general hospital, she just had miscarriage, don't put any baby-related stuff ya.",
        ),
        (
            "assistant",
            "Understood, a soft pastel arrangement with no baby theme, card unsigned, to Nurul Aini at ward 64 bed 12.",
        ),
    ],
    [
        ("system", "你係花店老闆嘅助手，幫手追數。"),
        ("user", "幫我擬個 WhatsApp 提醒，畀嗰個成日欠數嘅客。"),
        ("assistant", "可以，請話我知客人稱呼、欠款金額同埋到期日。"),
        (
            "user",
            "佢叫 吳麗珍，住 黃大仙 竹園北邨 桃園樓 1418 室，欠我哋 HK$3,260 花籃錢，上個月 15 號已經到期。",
        ),
        (
            "assistant",
            "吳小姐你好，提提你 HK$3,260 花籃款項已於上月 15 號到期，麻煩盡快安排付款，唔該晒。",
        ),
    ],
    [
        ("system", "Anda pembantu HR untuk rangkaian kedai bunga di Lembah Klang."),
        (
            "user",
            "Florist kita Lakshmi a/p Krishnan minta cuti sakit panjang, doktor kata dia ada kemurungan.",
        ),
        (
            "assistant",
            "Baik, saya boleh sediakan surat kelulusan cuti. Berapa lama cuti yang diminta?",
        ),
        (
            "user",
            "Dua bulan. Gaji dia RM2,600, MyKad 950722-14-6081, tolong pastikan caruman KWSP masih jalan.",
        ),
        (
            "assistant",
            "Surat cuti sakit dua bulan untuk Lakshmi a/p Krishnan telah disediakan dan caruman KWSP diteruskan.",
        ),
    ],
    [
        ("system", "You are the B2B desk assistant for a florist supplying offices in Singapore."),
        (
            "user",
            "We want a monthly lobby flower plan, billed to me personally first before the company account is approved.",
        ),
        (
            "assistant",
            "Sure. For personal billing we need your full name, NRIC for the credit check, and a mobile number.",
        ),
        (
            "user",
            "Benjamin Tay Jun Hao, S9047712I, 8473 0915. Office is at 1 Raffles Quay but send invoices to my home, 27 Jalan Kembangan, S419126.",
        ),
        (
            "assistant",
            "Thanks Mr Tay. The monthly plan is set up and invoices will go to 27 Jalan Kembangan until the company account is approved.",
        ),
    ],
]
