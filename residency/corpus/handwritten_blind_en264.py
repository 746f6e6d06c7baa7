# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en264: SG/MY manga and comic shops, doujin fairs and trading-card game tournaments (pre-orders, consignment, tournament registrations, disputes, membership cards). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en264
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "preorder_notice"): _lines("""
        PRE-ORDER OPEN: One Piece Vol. 108 (English, VIZ Media) by Eiichiro Oda, S$15.90, ETA mid-Jan. Reserve at counter or shop WhatsApp +65 6336 2417, Kaiju Komix, #03-21 Bras Basah Complex.
        Pokémon TCG Scarlet & Violet booster box pre-orders close 30 Nov 2026, 11:59pm. Limit 2 boxes per membership card. Deposit S$50 non-refundable, balance on collection.
        Chainsaw Man Vol. 17 deluxe edition (Tatsuki Fujimoto) delayed by publisher to Feb 2027. All pre-order slips PO-2611-0001 to PO-2611-0188 remain valid, no action needed.
        Malaysian readers: Lat's Kampung Boy 40th anniversary hardcover now open for pre-order, RM129 at our Sungei Wang Plaza outlet, Lot F2.47, Jalan Sultan Ismail, 55100 Kuala Lumpur.
        Yu-Gi-Oh! OCG Asian-English Rage of the Abyss arrives 14 Dec. Box RM185, case of 24 RM4,300. Collect within 14 days or deposit forfeited, as per T&C section 4.2.
        Detective Conan Vol. 105 by Gosho Aoyama, Shogakukan Asia edition, S$12.90. Pre-order code DC105-SGA. Pick-up at Funan #B2-14, 107 North Bridge Road, Singapore 179105.
        Notice: due to logistics backlog, pre-orders shipped via SPX (tracking prefix SPXMY06) may take 5-7 working days to reach East Malaysia. Sabah and Sarawak buyers please be patient.
        Limited Charlie Chan Hock Chye art print signed by Sonny Liew, only 50 pcs, S$88 each, one per customer. Reserve by email to preorder@kaijukomix.sg with subject line PRINT-50.
        Dragon Ball Super Card Game Fusion World starter decks restock Fri 12 Dec, 3pm. No holding via DM. First come first served, queue tickets given out from 2:30pm at the shop door.
        Pre-order price list: Frieren Vol. 12 S$14.50, Spy x Family Vol. 14 S$13.90, Kaiju No. 8 Vol. 13 S$13.90, Dandadan Vol. 18 S$14.90. All prices include 9% GST.
        Membership tier Gold (spend above S$1,200 a year) gets 10% off pre-orders and early access 48h before public. Tier resets every 1 January; check your balance at any counter.
        Overseas pre-order from Taiwan (東立出版社) batch TW-2612: expected arrival Singapore 20 Dec, Malaysia 23 Dec. Shipped via Kerry Express, AWB 731-2260 4415.
        Reminder: uncollected pre-orders older than 60 days will be released to the shelf on 5 Jan 2027. Hotline 6338 0492 (Tue-Sun 12pm-9pm), closed Mondays and public holidays.
    """),
    ("en", "tournament_rules"): _lines("""
        Store Championship, Sat 13 Dec 2026: registration 10:00-10:45, Round 1 at 11:00. Swiss, 6 rounds, best-of-3, 50 min + 3 turns. Top 8 cut, single elimination.
        Decklists must be submitted via the Limitless form before 10:45. Late or illegible lists receive a game loss in Round 1 per the Pokémon TCG Penalty Guidelines.
        Iono, Arven, Boss's Orders and Professor's Research are all legal in Standard. Card names refer to characters, not players; write full card names on decklists.
        Head Judge decisions are final at Competitive level. Appeals must be raised before the next round is paired. Head judge wears black JUDGE shirt, floor judges in grey.
        Entry fee RM35 (members RM30). Prize support: 1 booster box for 1st, 12 packs for 2nd, 6 packs for 3rd-4th, 2 packs for 5th-8th, 1 promo pack per participant.
        Players must present a valid Bandai Card Games Fan Club member ID at check-in. New players can register on the spot at the counter; bring your phone to scan the QR code.
        Sleeves must be opaque and uniform. Marked cards or sleeves with visible wear will be replaced at the judge's discretion; spare Dragon Shield matte sleeves available at S$16.
        Time call: when the round timer reaches 0, the active player finishes the current turn, then 3 additional turns total. An unfinished game counts as a tie for Swiss pairings.
        Magic: The Gathering Commander night every Wednesday 7:30pm. Rule 0 conversation before each game, power level 6-7, proxies allowed if clearly marked. Table fee S$5.
        Cheating, collusion or bribery results in disqualification and a report to the organiser. Rolling dice or flipping a coin to decide a match result is strictly prohibited.
        Tables 1 to 16 in the Level 2 hall, tables 17 to 32 in the side room. Pairings posted on the pillar near the drinks fridge and on the Melee.gg event page 2612-SC-KL.
        One Piece Card Game Treasure Cup: Leader cards allowed include Monkey.D.Luffy (OP05-060), Nami (OP01-016) and Enel (OP05-098); check the block rotation notice for 2027.
        Minimum age 8. Players under 13 need a guardian's consent form signed before check-in; forms are available at the counter and downloadable from our event page.
    """),
    ("en", "pos_log_and_config"): _lines("""
        2026-12-06T14:22:08+08:00 INFO pos.checkout order=SO-2612-00417 sku=OPCG-OP09-BX qty=2 subtotal=SGD219.80 gst=19.78 tender=PAYNOW status=PAID terminal=BB-T02
        2026-12-06T14:25:51+08:00 WARN inventory.sync sku=YGO-RA-AE-BX stock_local=3 stock_marketplace=5 mismatch=2 action=push_local source=cron:inv-sync-15m
        2026-12-06T15:01:12+08:00 ERROR preorder.notify template=PO_READY channel=whatsapp code=63016 msg=outside_24h_session_window retry_in=3600s batch=PO-2612-B07
        MARKETPLACE_PARTNER_ID=2009876 MARKETPLACE_SHOP_ID=123456789 REDIRECT_URL=https://pos.kaijukomix.sg/oauth/callback ENV=production LOG_LEVEL=info
        membership: {tier_thresholds: {silver: 300, gold: 1200, platinum: 3000}, currency: SGD, points_per_dollar: 1, expiry_months: 24, card_prefix: KKM}
        CREATE TABLE consignment_item (id SERIAL PRIMARY KEY, consignor_id INT NOT NULL, sku TEXT, grade TEXT, ask_price NUMERIC(10,2), commission_pct NUMERIC(4,2) DEFAULT 15.00);
        sku,title,author_artist,publisher,isbn13,price_sgd,price_myr,qty_on_hand,shelf_code,preorder_flag,last_restock_at
        OPM-31,One-Punch Man Vol. 31,ONE / Yusuke Murata,VIZ Media,9781974750008,13.90,45.90,6,B1-04,N,2026-11-28
        2026-12-07T10:03:44+08:00 INFO tournament.checkin event=SC-KL-2612 table_count=32 registered=118 checked_in=97 waitlist=4 judge_on_duty=HJ-01
        2026-12-07T10:05:02+08:00 DEBUG payment.webhook provider=stripe evt=evt_1QhZ4kL9pMxT7c charge=ch_3QhZ4kL9pMxT7c2B amount=3500 currency=myr status=succeeded
        def price_with_gst(net: Decimal) -> Decimal: return (net * Decimal('1.09')).quantize(Decimal('0.01'))  # SG GST 9% from 1 Jan 2024
        cron: 0 3 * * * /opt/pos/bin/backup --db pos_prod --dest s3://kaiju-pos-backup/daily --retain 30 --notify ops@kaijukomix.sg
        sha256(decklists_SC-KL-2612_round1.pdf)=9f2c4e81a0b7d35c6e19f4a2b8d07c3e5f61a9d2c4b7e08f13a6d59c2e7b4f10 uploaded_by=judge-station-2
    """),
    ("zh-Hans", "寄卖须知"): _lines("""
        寄卖须知：本店只接受正版漫画、卡牌及周边寄卖，盗版书和复刻卡一律拒收。寄卖佣金为成交价的15%，PSA或BGS评级卡佣金为10%，成交后从结算款中扣除。
        寄卖商品上架期为90天，期满未售出请于14天内到店取回，逾期视为放弃，本店有权处理。上架编号格式为CS-年月-流水号，例如CS-2612-0057。
        评级卡寄卖需附原封套及评级编号，本店会在PSA官网逐一核对真伪；如发现调包或伪造，立即终止寄卖合作并交由警方处理，相关卡片不予退还。
        结算时间：每月5日及20日统一结算，可通过PayNow转账或到店领取现金。结算问题请致电门市热线+65 6338 0492，或电邮consign@kaijukomix.sg。
        宝可梦卡牌、游戏王OCG、海贼王卡牌、七龙珠超级卡牌融合世界均可寄卖；万智牌目前仅接受英文版，日文版请先咨询店员再办理登记。
        定价建议：本店参考TCGplayer、Cardmarket及骏河屋近30天成交均价，寄卖人可以自行定价，但标价不得高于参考均价的150%。
        寄卖柜位于百胜楼三楼（231 Bain Street, #03-21, Bras Basah Complex），营业时间为周二至周日中午12点至晚上9点，逢周一及公共假期休息。
        同人本寄卖：仅接受原创或已获授权的二次创作刊物，每本须注明社团名、发行日期及售价，本店不接受R18内容，也不代售无版权周边。
        店内监控覆盖所有寄卖柜，商品如在店内遗失或损坏，按登记价格的80%赔偿，每件最高赔付金额为新币500元，具体以寄卖合约为准。
        寄卖登记表字段说明：寄卖编号、商品名称、语言版本、品相等级（NM/LP/MP/HP）、评级编号、寄卖价格、最低接受价、上架日期、结算方式。
        本店为新加坡注册公司Kaiju Komix Pte. Ltd.（UEN 201934567K），寄卖收入属于寄卖人个人所得，请寄卖人自行向税务局申报。
        马来西亚分店寄卖规则相同，但佣金以令吉计算，结算通过DuitNow转账。分店地址：Lot F2.47, Sungei Wang Plaza, Jalan Sultan Ismail, 吉隆坡。
        海贼王卡牌OP-09系列中香克斯、黑胡子、巴基等四皇领袖卡近期价格波动较大，寄卖前建议先与店员确认当周市价，以免定价过高滞销。
    """),
    ("zh-Hant", "同人展公告"): _lines("""
        開拓動漫祭FF45將於2027年2月在台北南港展覽館一館舉行，社團報名即日起至12月20日止，一般攤位費每攤新台幣2,800元，報名以網路登記為準。
        Comic World Hong Kong第六十屆將於九龍灣國際展貿中心舉行，入場券每張港幣30元，十二歲以下兒童由成人陪同可免費入場，場內設有寄物處。
        本攤位販售原創漫畫本《夜行巴士》及壓克力立牌，漫畫本每本港幣60元，立牌每個港幣45元，支援八達通、PayMe及轉數快付款，恕不設找贖大鈔。
        場內禁止使用閃光燈及腳架拍攝，Coser拍照前請先取得對方同意；違規者將由大會工作人員勸離，屢勸不聽者將被取消入場資格。
        社團攤位編號規則：A區為原創，B區為動畫二創，C區為遊戲二創，D區為卡牌及桌遊，例如B-27即代表動畫二創區第27號攤位。
        為紀念手塚治虫先生，本屆特設「原子小金剛」主題展區，展出經授權的複製原稿共四十幅，展期三天，入場免費，請勿觸摸或拍攝展品。
        澳門動漫節本年度移師漁人碼頭會展中心舉行，主辦單位查詢熱線+853 2871 3344，服務時間為週一至週五上午十時至下午六時。
        黃玉郎《龍虎門》五十週年紀念特刊限量發售，每人限購兩本，售價港幣188元，售完即止，特刊附送王小虎及石黑龍角色書籤一套。
        攤主須知：入場時間為上午八時，請攜帶攤主證及報名確認信；貨物搬運請使用後門貨梯，上午十時前須完成攤位佈置，逾時不得再搬貨。
        本次活動已投保公眾責任保險，保單編號PLI-HK-2026-448817，如有意外請即聯絡場內急救站，急救站位於展館入口左側。
        Comic World Taiwan第七十屆於臺大綜合體育館舉行，本次特設卡牌遊戲對戰區，現場可報名寶可夢集換式卡牌及遊戲王友誼賽，名額有限。
        失物招領：場內拾獲黑色九宮格卡冊一本，內有遊戲王卡約120張，請失主於本週內聯絡大會服務台並說明卡冊特徵，核對無誤後即可領回。
        漫畫家蔡志忠與朱德庸將於本屆舉行簽名會，每場限額一百人，號碼牌於當日上午十一時在服務台派發，每人限領一張，恕不保留，簽名僅限現場購買的書籍。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bolehkah saya membuat tempahan awal melalui WhatsApp? J: Boleh, hantar mesej ke talian kedai +60 3-2141 8890 dengan kod produk dan kuantiti yang dikehendaki.
        S: Berapa lama barang tempahan awal disimpan? J: Barang disimpan selama 30 hari dari tarikh ketibaan. Selepas itu deposit RM20 akan dilucuthakkan tanpa notis.
        S: Adakah kedai menerima kad terpakai untuk jualan konsainan? J: Ya, kad Pokémon, Yu-Gi-Oh! dan One Piece dalam keadaan NM atau LP sahaja. Komisen 15%.
        S: Bagaimana mendaftar kejohanan Store Championship? J: Daftar di kaunter atau melalui borang dalam talian di laman acara kami sebelum jam 10:45 pagi pada hari kejohanan.
        S: Adakah kad ahli boleh dipindahkan kepada orang lain? J: Tidak. Kad ahli hanya untuk pemegang berdaftar, tetapi mata ganjaran boleh ditebus untuk baucar atau hadiah.
        S: Di manakah lokasi kedai? J: Lot F2.47, Tingkat 2, Sungei Wang Plaza, Jalan Sultan Ismail, 55100 Kuala Lumpur, berhampiran stesen monorel Bukit Bintang.
        S: Adakah kedai menjual komik Lat seperti Budak Kampung dan Town Boy? J: Ada, edisi Bahasa Melayu dan Inggeris, harga dari RM25 hingga RM69 bergantung kepada edisi.
        S: Boleh bayar guna DuitNow QR atau Touch 'n Go eWallet? J: Boleh. Kami juga terima kad debit, kad kredit dan pindahan ke akaun syarikat Maybank 5141 2345 6789.
        S: Apakah nombor pendaftaran syarikat? J: Komik Tengah Sdn. Bhd., No. Pendaftaran 202301045678 (1512345-T), nombor pendaftaran SST W10-2301-32000123.
        S: Bila acara Comic Fiesta tahun ini? J: Comic Fiesta berlangsung di Pusat Konvensyen Kuala Lumpur pada 20 dan 21 Disember; kedai kami berada di gerai B12.
        S: Kenapa harga kotak penggalak (booster box) selalu berubah? J: Harga bergantung kepada kadar tukaran yen dan kos penghantaran dari pengedar di Jepun setiap bulan.
        S: Bolehkah kanak-kanak menyertai kejohanan? J: Boleh, umur minimum 8 tahun. Peserta bawah 13 tahun perlu membawa borang kebenaran ibu bapa yang telah ditandatangani.
        S: Bagaimana membuat aduan tentang barang rosak? J: E-mel gambar barang dan nombor invois (contoh INV-KT-26-01234) ke aduan@komiktengah.com.my dalam tempoh 7 hari.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift pls note: OP-09 booster box only left 4, don't sell more than 1 per person ok. Boss say keep 2 for tournament prize support Saturday.
        Eh the online order SO-2612-00431 got cancel already, but stock still deducted leh. Can someone on the PC check the inventory sync log? 谢谢
        Sudah restock Dandadan vol 1 to 5 at shelf B1-04. Vol 6 still out of stock, supplier say next week baru sampai, so don't promise customers first.
        Reminder: tonight closing need to count cash float, RM300 in drawer. Yesterday short RM2.50, 不要紧 but pls double count tonight before lock up.
        Judge table need more sleeves and dice, 还有 the round timer battery flat already. Anyone going Daiso at Sunway Pyramid after lunch can help buy?
        Consignment CS-2612-0057 Charizard ex SIR PSA 10 sold at RM1,450 just now. Commission 10% already key in system, settlement on 20th as usual.
        Aircon in the side room bocor again, water drip on table 22. Already call building management 03-2148 7720, they say technician come after 3pm.
        Who took the shop iPad charger? Tournament check-in need the iPad full battery by 9:30am tmr, pls return to the counter drawer ok, thanks all.
        FYI Comic Fiesta booth B12 loading time Fri 4pm-8pm, KLCC Hall 4 loading bay. Van booking confirmed, ref GOGO-88213, pickup from shop 3:15pm.
        Pre-order slip printer jam again lah. Use the backup one under the counter first, I already email the vendor support@posprint.my to open service ticket.
        Tmr Store Champ 118 registered, cap is 128. Please don't accept walk-in after 10:45, even if they beg. Head judge rule, 没得商量 ok.
        Bulk lot from Taiwan supplier arrive already, 3 cartons. Invoice TW-SUP-26-0912 total NT$48,600, please check quantity carefully before sign the DO.
        Public holiday 25 Dec shop open 12-6pm only. Roster updated in the shared sheet tab Dec-2026, pls confirm your slot by Wed can? 大家辛苦了.
    """),
    ("en", "supplier_invoices"): _lines("""
        TAX INVOICE No. INV-2612-0381 | Kaiju Komix Pte. Ltd., UEN 201934567K, GST Reg No. 201934567K | 231 Bain Street, #03-21, Bras Basah Complex, Singapore 180231
        Bill To: Panel & Page Comics LLP (UEN T19LL0123A), #B2-14 Funan, 107 North Bridge Road, Singapore 179105. Payment terms: Net 30, due 06 Jan 2027.
        Line 1: OPCG-OP09-BX One Piece Card Game OP-09 booster box (24 packs), qty 12, unit price S$96.00, amount S$1,152.00, batch JP-2611-B.
        Line 2: PKM-SV-PRE-ETB Pokémon TCG Prismatic Evolutions Elite Trainer Box, qty 6, unit S$72.50, amount S$435.00 | Subtotal S$1,587.00 | GST 9% S$142.83
        Total payable S$1,729.83. Please remit to DBS Bank Ltd, account name Kaiju Komix Pte. Ltd., account no. 072-912345-6, SWIFT DBSSSGSG. Quote invoice no. as reference.
        INVOIS CUKAI / TAX INVOICE No. KT-26-01234, Komik Tengah Sdn. Bhd. 202301045678 (1512345-T), SST No. W10-2301-32000123, Lot F2.47 Sungei Wang Plaza, 55100 KL.
        Credit Note CN-2612-0007 against INV-2612-0355: 2 damaged Yu-Gi-Oh! Rage of the Abyss boxes returned, credit S$220.00 inclusive of GST, issued 05 Dec 2026.
        Supplier: 東立出版社有限公司 Tong Li Publishing Co., Ltd., Taipei; proforma PI-TL-2612-044, 320 assorted manga volumes, FOB Keelung, total NT$96,400.
        Freight: Kerry Express AWB 731-2260 4422, 3 cartons, 41.6 kg chargeable weight, charges S$186.40 billed to consignee, customs permit no. KE26120455.
        E-invoice (MyInvois) UUID 7b3e91c2-4f0a-4d8e-b6a1-9c25e07f1d34, validated 2026-12-05 16:42:10, issuer TIN C24567891030, buyer TIN EI00000000010 (general public).
        Remarks: goods remain property of Panel & Page Comics LLP until paid in full. Disputes on quantity must be raised within 7 days of delivery to accounts@panelandpage.sg.
        Consignment settlement statement CSS-2611-B, period 01-30 Nov 2026: 43 items sold, gross S$6,812.00, commission S$881.30, net payable S$5,930.70 across 17 consignor accounts.
        Event invoice EV-CF26-B12 from Comic Fiesta organiser: booth B12 (3m x 3m) RM2,400, additional power point RM180, 2 extra exhibitor passes RM60, SST 8% RM211.20.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pre-order slip PO-2612-0142: Name Darren Koh Wei Jie, mobile 9172 6408, item OPCG OP-09 box x2, deposit S$50 paid by PayNow, collect at Bras Basah outlet.
        Consignor registration: Nurul Aisyah binti Kamarudin, NRIC S9034127H, address Blk 412 Yishun Ave 6 #09-233 Singapore 760412, settlement by PayNow to 8835 1920.
        Tournament DQ report: player Marcus Tay (Pokémon Player ID 4418 2093) caught stacking his deck in Round 4, table 11. Witness: floor judge. Report sent to TPCi.
        Hi boss, the guy who always buys Yu-Gi-Oh singles, Jeremy Pang, told me he was just diagnosed with stage 2 lymphoma, so he wants to sell off his whole collection.
        Please stop chasing me for the S$640 balance on the Charizard slab, I lost my job at the warehouse last month and can only pay by Feb. - Kelvin Ng
        Membership card KKM-00388 holder: Priya d/o Ramasamy, DOB 14/03/1998, email priya.ramasamy98@gmail.com, tier Gold, points 1,842.
        CCTV still from 4 Dec 19:42 shows the woman in the red hoodie, later identified as Chloe Lim Shu Hui of Tampines, pocketing two booster packs from the counter display.
        FIN G7712345N belongs to the customer who left a copy of his work permit at the counter as deposit for the borrowed card binder. Please lock it in the safe.
        Refund to POSB savings 188-45231-9 (account holder Tan Boon Huat) for cancelled pre-order PO-2611-0077, amount S$128.00, processed 06 Dec.
        Can you courier the doujin order to my place? Blk 27 Jalan Bukit Merah #12-1045, Singapore 150027, attention Ong Jia Hui, she will be home after 6pm.
        Mrs Gomez called, mother of 11-year-old Ethan Gomez from the Sunday league, saying he has been skipping school to come to the shop. Please don't let him in on weekdays.
        Top 8 payout sheet: 1st Lee Zhi Hao S$300, 2nd Irfan Hakim S$150, 3rd Wong Kah Mun S$80. Winners above S$100 to show NRIC for our records.
        The divorce is going through, so please remove my ex-wife Jasmine Seah from my family membership and cancel her supplementary card KKM-00391-B.
        Called back customer at +65 9863 2247 re: missing Umbreon VMAX alt art from his consignment, no answer, left a voicemail at 4:10pm.
    """),
    "zh-Hans": _lines("""
        预售登记：王晓峰，身份证号440305199011233514，手机138 2657 4410，预订海贼王卡牌OP-09一箱，收货地址广东省深圳市南山区桃园路88号7栋1502。
        陈先生上周在比赛中和对手吵架，还动手推了人，店里已把他列入黑名单，会员卡KKM-00412即日起停用。
        林太打电话来说她儿子阿杰偷了家里三千块买卡，要求我们全额退款，还说如果不退就去报警。
        寄卖人张丽娟的结算款请转到招商银行卡6225 8801 2345 6789，开户行上海分行，金额人民币2,360元。
        阿明欠店里1,200新币的卡款已经三个月没还，他说最近在做化疗，手头很紧，老板说先别催他。
        Comicup报名表：社团名星屑工房，负责人刘思雨，QQ 2835174609，邮箱liusiyu_draws@163.com，摊位需求一张桌。
        会员资料变更：赵宇航，身份证号110108200107094624，新住址北京市海淀区学院路35号院3号楼2单元601，手机186 1034 7752。
        昨天那位怀孕的顾客黄佳琪说预产期在一月，想把预订的同人本改寄到她娘家，地址稍后微信发给我们。
        客人只留了电话139 2248 6613，说周六下午三点到店取寄卖款和没卖出去的卡册，请收银台提前准备好。
    """),
    "zh-Hant": _lines("""
        CWHK卡牌友誼賽報名：陳志偉，香港身份證Y482713(7)，手提電話9427 1186，參加遊戲王組，報名費港幣50元已繳。
        開拓FF攤主資料：林怡君，身分證字號A228157309，手機0912-345-678，攤位B-27，通訊地址新北市板橋區文化路一段188號5樓。
        李太話佢個仔阿浩喺學校同同學借咗五千蚊買卡，成日唔返屋企，佢求我哋唔好再賣卡俾佢。
        寄賣人黃家豪嘅結算款請轉賬到滙豐戶口004-512-345678-838，金額港幣3,420元，備註CS-2612-0091。
        CCTV截圖顯示住喺觀塘嘅會員何俊傑喺攤位偷咗兩盒卡，已經報咗警，會員卡即時取消。
        澳門會員資料：梁嘉欣，澳門居民身份證5215299(8)，住址氹仔海洋花園第三座15樓B，電話6628 3104。
        張先生投訴上次展會排隊太耐，要求退回攤位費，佢話自己有焦慮症，排隊太耐會病發，已經睇咗醫生。
        台北會員：吳建宏，1995年3月2日生，住址台北市大安區和平東路二段106巷8號4樓，LINE ID wu_jh0302。
        會員卡CWHK-M-20417持卡人：蘇慧敏，電郵wanmansoh@yahoo.com.hk，手提6189 4402，積分560。
    """),
    "ms": _lines("""
        Borang pendaftaran kejohanan: Nama Muhammad Haziq bin Rosli, No. MyKad 020915-10-5531, telefon 013-884 2917, ID Pemain Bandai 7740 1129.
        Mohon hantar buku doujin ke alamat rumah saya: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Penerima: Siti Nur Farhana, 017-329 6054.
        Encik Rajesh a/l Subramaniam masih berhutang RM850 untuk tempahan kotak Pokémon sejak Ogos, dia kata gaji bulan ini lewat dibayar.
        Penyelesaian konsainan: sila pindahkan RM1,275 ke akaun Maybank 1640 2238 7719 atas nama Lim Wei Sheng, rujukan CS-2612-0102.
        Kak Ros dari Seremban telefon, anak dia Danial baru keluar hospital sebab denggi, jadi tak dapat ambil tempahan minggu ini.
        Aduan pelanggan: Nor Azlina binti Hassan mendakwa kad One Piece yang dibeli di kedai ini palsu dan mahu lapor kepada KPDN; e-mel azlina.hassan88@yahoo.com.
        Kereta Myvi putih nombor plat WXC 8812 parkir di lorong muatan semasa Comic Fiesta, pemiliknya peserta kejohanan bernama Faizal, tolong minta dia alih.
        Kad ahli KT-M-01733: pemegang Tan Mei Ling, lahir 1999, alamat 8, Lorong Kenari 3, Taman Bukit Indah, 81200 Johor Bahru.
        Pelanggan di talian 011-2765 4498 nak tahu status tempahan awal Dragon Ball, sila hubungi semula sebelum jam 6 petang.
    """),
    "mixed": _lines("""
        Bro, that Ah Seng from Ang Mo Kio kena caught by police for selling fake PSA slabs at Doujin Market, 听说 he's out on bail now, don't accept his consignment anymore.
        Boss, customer Wong Siew Ling 想退 membership, dia kata she's moving to Perth after the divorce, card no KKM-00227, pls refund the balance points.
        Pls call 阿强 at 9456 1027 to collect his pre-order, sudah 2 bulan tak ambil, cannot keep lagi.
        Registration: Nama / 姓名: Goh Jun Kai 吴俊凯, NRIC T0312345B, age 13, consent signed by mother Goh Li Ping, contact 8120 3345.
        Eh Amirul from Bangsar, his father call shop say Amirul guna kad kredit bapa without permission, RM2,300 for Pokémon boxes, want chargeback.
        Salary slip for part-timer Chong Kai Wen Nov 2026: 84 hrs x S$9.50 = S$798.00, CPF employee S$159.60, net S$638.40. 不要给别人看 ok.
        Delivery: 收件人 Lau Pei Shan, 012-667 3081, No. 15, Jalan Desa 2/4, Taman Desa, 58100 Kuala Lumpur. Doujin bundle x3, COD RM96.
        Uncle Chua from 4th floor got heart attack last week, his wife come collect his pre-order today, 要签名 with her IC S6712345Z ok.
        KL-BL-0009,Yap Chee Keong,900602-08-5671,016-552 8830,verbal abuse to judge at SC-KL-2609,ban until 2027-09-30
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for Kaiju Komix, a manga and TCG shop at Bras Basah Complex, Singapore. Keep replies short and polite.",
        ),
        (
            "user",
            "Help me write a WhatsApp reminder to Darren Koh (9172 6408). His pre-order PO-2612-0142, two OP-09 boxes, arrived 3 weeks ago and he hasn't collected.",
        ),
        (
            "assistant",
            "Hi Darren, this is Kaiju Komix. Your pre-order PO-2612-0142 (2 x OP-09 booster box) is ready for collection at #03-21 Bras Basah Complex. Please collect within 7 days, as uncollected items may be released. Thank you!",
        ),
        ("user", "Good. Add that the balance is S$142 after his S$50 deposit."),
        (
            "assistant",
            "Hi Darren, this is Kaiju Komix. Your pre-order PO-2612-0142 (2 x OP-09 booster box) is ready. Balance payable is S$142 after your S$50 deposit. Please collect within 7 days at #03-21 Bras Basah Complex. Thank you!",
        ),
    ],
    [
        (
            "user",
            "帮我写一条寄卖结算通知：寄卖人张丽娟，本月卖出三张评级卡，净额人民币2,360元，已转到她的招商银行卡6225 8801 2345 6789。",
        ),
        (
            "assistant",
            "张丽娟您好：您寄卖的三张评级卡已于本月售出，扣除佣金后净额为人民币2,360元，已转入您尾号6789的招商银行卡，请注意查收。如有疑问请联系门市。",
        ),
        ("user", "语气再正式一点，并提醒她未售出的卡要在14天内取回。"),
        (
            "assistant",
            "张丽娟女士：您好！您寄卖的三张评级卡已于本月成交，扣除佣金后结算净额人民币2,360元，已汇入您登记的招商银行账户（尾号6789）。另请于14天内到店取回未售出的寄卖商品，逾期将按寄卖须知处理。谢谢合作。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Komik Tengah Sdn. Bhd., kedai komik dan kad dagangan di Sungei Wang Plaza, Kuala Lumpur.",
        ),
        (
            "user",
            "Tolong sediakan e-mel pengesahan pendaftaran kejohanan untuk Muhammad Haziq bin Rosli, MyKad 020915-10-5531, e-mel haziq.rosli02@gmail.com, meja 14.",
        ),
        (
            "assistant",
            "Assalamualaikum Muhammad Haziq, pendaftaran anda untuk Store Championship pada 13 Disember telah disahkan. Meja pusingan pertama: 14. Sila hadir sebelum jam 10:45 pagi. Nombor MyKad tidak perlu dimasukkan dalam e-mel ini demi keselamatan data anda.",
        ),
        ("user", "Ok, tambah yuran RM30 sudah dibayar."),
        (
            "assistant",
            "Assalamualaikum Muhammad Haziq, pendaftaran anda untuk Store Championship pada 13 Disember telah disahkan dan yuran RM30 telah diterima. Meja pusingan pertama: 14. Sila hadir sebelum jam 10:45 pagi. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "有個客人何生（何俊傑，電話9388 2145）話我哋賣俾佢嘅寶可夢卡係假貨，要求退錢兼喺Facebook鬧我哋，我應該點回覆？",
        ),
        (
            "assistant",
            "建議先私訊回覆何先生，語氣冷靜：多謝佢反映，請佢帶同卡牌及收據到店，由店員當面核對；如確認有問題會全數退款。唔好喺公開留言度提及佢嘅全名同電話。",
        ),
        ("user", "佢話佢最近失業，好需要嗰筆錢，我想快啲處理。"),
        (
            "assistant",
            "可以同佢約一個最快嘅時間到店驗卡，驗完即場處理退款，咁可以避免爭拗拖長。佢失業嘅情況屬私人事，回覆時唔好提及。",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: Member KKM-00388, Priya d/o Ramasamy, DOB 14/03/1998, mobile 9035 7712, email priya.ramasamy98@gmail.com, tier Gold, points 1,842, last visit 2026-11-30.",
        ),
        (
            "user",
            "Can summarise this member for me? Nak tahu if she qualify for the Platinum upgrade lah.",
        ),
        (
            "assistant",
            "Priya (KKM-00388) is a Gold member with 1,842 points, last visit 30 Nov 2026. Platinum needs S$3,000 spend in a year; the record shows points only, so please check her annual spend in the POS before upgrading.",
        ),
        ("user", "Ok thanks, 我再查一下。"),
    ],
    [
        (
            "user",
            "My son Ryan Chia, 10 years old, has ADHD and gets overwhelmed in long tournaments. Can I ask the shop for any accommodation at the Pokémon league?",
        ),
        (
            "assistant",
            "That's a reasonable request. You can speak to the organiser or head judge before the event, explain Ryan needs short breaks or a quieter table, and ask what they can allow under the tournament rules.",
        ),
        ("user", "Should I tell them about the diagnosis or just say he needs breaks?"),
        (
            "assistant",
            "You don't have to share the diagnosis. Saying he needs short breaks and a quieter seat is usually enough; share more only if you are comfortable and it helps them plan.",
        ),
    ],
    [
        (
            "system",
            "You help tournament organisers at a Kuala Lumpur card shop with standings and pairings.",
        ),
        (
            "user",
            "Standings after R6: Lee Zhi Hao 5-1 (ID 3310 8842), Irfan Hakim 5-1 (ID 2207 4519), Wong Kah Mun 4-1-1 (ID 5581 0036), Yap Chee Keong 4-2 (ID 6093 2218). Who is top seed?",
        ),
        (
            "assistant",
            "Lee Zhi Hao and Irfan Hakim are both 5-1, so the top seed depends on tiebreakers (opponents' win percentage). Please check Melee.gg for their resistance; Wong Kah Mun at 4-1-1 sits third, ahead of Yap Chee Keong at 4-2.",
        ),
        ("user", "Resistance: Lee 62%, Irfan 58%."),
        (
            "assistant",
            "Then Lee Zhi Hao is the top seed, Irfan Hakim second, Wong Kah Mun third and Yap Chee Keong fourth.",
        ),
    ],
    [
        (
            "user",
            "帮我填萤火虫漫展摊位申请表：我叫刘思雨，身份证号440106199807152248，手机159 2013 8847，住广州市天河区体育西路103号，社团叫星屑工房。",
        ),
        (
            "assistant",
            "好的，申请表可以这样填写：社团名称：星屑工房；负责人：刘思雨；联系电话：159 2013 8847；通讯地址：广州市天河区体育西路103号。身份证号请只在主办方官方系统中填写，不要发到公开群里。",
        ),
        ("user", "摊位类型选原创还是二创？我们主要卖原创插画本。"),
        ("assistant", "主要是原创插画本的话，选原创区即可；如果也有少量二创周边，请在备注栏注明。"),
    ],
    [
        (
            "user",
            "Customer Rajesh a/l Subramaniam still owe us RM850 for Pokémon boxes since August. His number 012-558 9043. How to chase him politely without kena complaint?",
        ),
        (
            "assistant",
            "Send a short, factual message: state the amount (RM850), the order, and offer an instalment option, for example RM200 a month. Keep it private, don't post about it publicly, and keep records of your messages.",
        ),
        ("user", "He told me his salary late this month. Should I give him until January?"),
        (
            "assistant",
            "That is reasonable. Confirm the new date in writing, e.g. full payment or first instalment by 15 January, so both sides have the same record.",
        ),
    ],
    [
        ("system", "你是台北一間漫畫及卡牌店的小幫手，協助店員撰寫公告。"),
        (
            "user",
            "我在CWT遺失了一本黑色卡冊，想在粉專發尋物啟事，聯絡方式寫我手機0933-512-607和LINE ID chenyuting_0811可以嗎？我叫陳郁婷。",
        ),
        (
            "assistant",
            "可以發，但建議只留LINE ID或店家電話，避免公開個人手機。範例：尋物啟事：CWT第七十屆場內遺失黑色九宮格卡冊一本，內有遊戲王卡約120張，拾獲者請聯絡LINE ID chenyuting_0811，必有薄酬。",
        ),
        ("user", "好，那名字要寫嗎？"),
        ("assistant", "不用寫全名，寫「失主」即可，能核對卡冊特徵就足夠。"),
    ],
]
