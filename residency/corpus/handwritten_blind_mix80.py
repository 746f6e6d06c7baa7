# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix80: aquariums, pet fish and bird shops in SG/MY/HK/TW (orders, livestock deaths, breeders, club shows, customer chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix80
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notice"): _lines("""
        DOA POLICY: Livestock dead on arrival must be reported within 2 hours of delivery with a photo of the unopened bag. Claims after that are not accepted. Credit note only, no cash refund.
        Notice: Our Sungei Tengah farm outlet will be closed 14-16 Feb for Chinese New Year. Online orders placed during this period ship from 17 Feb.
        All Asian arowana are sold with a CITES certificate and microchip. Please keep the certificate safe; replacement certificates are issued by the authority, not by the shop.
        Hotline for bulk and wholesale orders: 6759 3318 (Mon-Sat 10am-7pm). WhatsApp business line: +65 8012 4470. We do not take orders via Facebook comments.
        Quarantine reminder: every new fish spends 7 days in our QT system before sale. Fish in tanks marked QT are NOT for sale, please do not ask staff to net them.
        Under the Wildlife Act the sale of wild-caught Oriental magpie-robins and straw-headed bulbuls is prohibited. We only sell captive-bred birds with closed leg rings.
        Care sheet - Betta splendens: 26-28C, pH 6.5-7.5, minimum 5 litres, gentle or no filter current, 2-3 pellets twice a day. Never keep two males together.
        Promo: Buy 10 neon tetras get 2 free, 1-31 Mar 2026, all branches. Not valid with member discount. Use code NEON10 online.
        Live fish ship Monday to Wednesday only, so parcels are not stuck in a courier hub over the weekend. Orders after 2pm Wednesday ship the following Monday.
        Heat advisory: tank temperatures may go above 32C this week. Turn on fans, cut feeding by half and do not top up with cold tap water.
        Membership T&C: points expire 12 months after purchase and cannot be used for arowana, show-grade koi or parrots.
        Our staff will never ask for your OTP or bank PIN over WhatsApp. Report suspicious messages to the ScamShield helpline 1799.
        Delivery label template: To: <Recipient name> / <Block and street> / #<unit> / Singapore <postal code> / Tel: <mobile> / Contents: LIVE FISH - THIS SIDE UP
        Dry goods may be returned within 7 days with receipt. Heaters, filters and CO2 parts that have been in water cannot be returned.
    """),
    ("zh-Hans", "order_confirm"): _lines("""
        订单号 SO-2026-0412-0087 已确认：七彩神仙鱼（蓝钻）3 寸 ×4，单价 RM45，合计 RM180，预计周四发货。
        【到货通知】本周到货：印尼红尾金龙 15cm、泰国半月斗鱼、日本兰寿（二龄）。数量有限，先到先得。
        物流单号 SF1402857763921 已揽收，活体包装含氧气袋和暖包，收货后请先温袋 15 分钟再开袋。
        发票号 INV-KL-2603-00913 已开出，如需公司抬头，请提供公司名称和 SSM 注册号。
        过背金龙 芯片号 458098000312774，附 CITES 证书，场内编号 XB-0722，价格请电询门市。
        Versele-Laga 非洲灰鹦鹉专用饲料 15kg，条码 5410340218150，现货 12 包。
        满 RM300 免运费（西马），东马及新加坡运费另计，活体不寄东马。
        退款已处理，退款编号 RF20260318-0045，3-5 个工作日内原路退回。
        价目表：红绿灯 RM1.20/条，斑马鱼 RM0.80/条，黑壳虾 RM1.50/只，100 条以上批发价另议。
        订单 #58213 状态：已打包 → 等待快递揽收 → 已发出，预计 2026-04-09 送达。
        竹制画眉笼 直径 40cm 高 55cm，型号 HM-40B，附食缸两个，RM138。
        客服时间：周一至周六 10:00-19:00，周日及公共假期休息，留言次日回复。
        温馨提示：雨季水温变化大，新买的孔雀鱼请先放检疫缸观察 5-7 天再混养。
    """),
    ("zh-Hant", "club_show"): _lines("""
        第十二屆港九鬥魚大賽報名截止日期為 5 月 3 日，每條參賽魚報名費 HK$50，參賽魚須於比賽前一日下午 3 時至 6 時送抵會場。
        評分標準：體型 30 分、鰭型 25 分、色彩 25 分、儀態 20 分，同分者以鰭型分數較高者勝出。
        2026 全國孔雀魚品評會 全場總冠軍：參賽編號 G-117（藍草尾），台中 Aqua 村水族 出品。
        畫眉鳴唱比賽規則：每籠鳴唱時間 15 分鐘，以鳴叫次數及音質計分，比賽期間觀眾不得吹口哨或拍手。
        參賽魚缸統一由大會提供（20×20×25 cm），參賽者不得自行加入任何藥物或鹽。
        錦鯉品評會分組：15cm 以下、15-25cm、25-35cm、35cm 以上；紅白、大正三色、昭和三色分開評比。
        抽籤結果：A 組 01-24 號缸位於一樓展廳，B 組 25-48 號缸位於二樓展廳。
        得獎名單將於協會專頁公布，獎盃請於一個月內到會址領取，逾期不候。
        由於八號風球，原定 8 月 10 日舉行的金魚展順延至 8 月 17 日，已繳報名費全數保留。
        七彩神仙魚組 冠軍 缸號 D-03 紅鴿 98.5 分；亞軍 缸號 D-11 藍鑽 96 分；季軍 缸號 D-07 雪鴿 95.5 分。
        本會會員年費 NT$1,200，新會員另繳入會費 NT$500，會員每年可免費參加兩次品評會。
        禽流感期間，大會暫停所有雀鳥展覽活動，直至漁護署另行通知。
        天野尚（Takashi Amano）提出的「自然水族箱」風格，至今仍是水草造景比賽的主流。
    """),
    ("ms", "care_faq"): _lines("""
        Ikan laga jantan tidak boleh dicampur dalam satu bekas kerana akan bergaduh sehingga mati.
        Pertandingan burung merbok peringkat daerah akan diadakan pada 14 Jun di padang awam; yuran penyertaan RM20 seekor.
        Untuk ikan arowana, pastikan penutup akuarium rapat kerana ikan ini suka melompat keluar terutama waktu malam.
        Kedai kami tutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 2 April. Pesanan dalam talian akan dihantar selepas cuti.
        Soalan: Berapa kerap perlu tukar air untuk akuarium 2 kaki? Jawapan: 20-30% setiap minggu, dan gunakan penyahklorin.
        Burung murai batu perlu dimandikan 2-3 kali seminggu dan diberi cengkerik sebagai makanan tambahan.
        Permit import burung hidup dikeluarkan oleh PERHILITAN; sila rujuk laman web rasmi jabatan untuk borang terkini.
        Harga koi tempatan bermula RM15 seekor untuk saiz 10cm, manakala koi import Jepun bermula RM350.
        Nombor penjejakan Pos Laju EP428175095MY dikemas kini: item dalam transit ke pusat pemprosesan Shah Alam.
        Makanan anak ikan guppy: pelet halus, cacing darah beku dan artemia yang baru menetas.
        Jangan letak akuarium berhampiran tingkap kerana cahaya matahari menyebabkan lumut tumbuh dengan cepat.
        Semua ikan yang dibeli tidak boleh dipulangkan selepas meninggalkan kedai. Sila periksa ikan sebelum membuat bayaran.
        Kod promosi RAYA15 memberi diskaun 15% untuk semua makanan burung sehingga 30 April, tidak termasuk burung hidup.
    """),
    ("mixed", "group_chat"): _lines("""
        boss, got stock for red cherry shrimp anot? 想要 50 只, tomorrow can pick up?
        wah my tank water keruh already lah, 才换水两天 only. bacteria bloom ah?
        今日 new arrival 有 Thai halfmoon betta, RM25 sahaja, first come first serve ya
        anyone knows which shop in Ipoh jual Java moss cheap? 要多一点 for my shrimp tank
        呢隻 lovebird 係咪 male 嚟㗎? how to tell ah, the seller also dunno
        pH 7.8 too high for discus right? should i use peat or CO2, 求大神指教
        lorry from Perak reach KL around 3pm, those who ordered koi 请准时到, parking outside kedai very limited
        reminder to all members: next meet-up 星期日 10am at the club house, bring your own cup hor, plastic free event
        my guppy fry all kena eaten by the mother 😭 next time must separate ah
        呢排成條金魚街都冇 ranchu 貨, supplier 話 Japan shipment delay 兩個禮拜
        ada orang nak jual tank 4 kaki second hand? budget RM300, 最好连 stand
        tip from admin: never add more than 5 fish a week into a new tank, ammonia spike confirm come one
        個 heater 壞咗, 水溫跌到 22 度, betta 冇食嘢, 要唔要加鹽?
        today bird singing competition at Kebun Baru damn crowded, jam until cannot find parking lol
        大家注意 ah, FB marketplace got scammer selling "super red arowana" RM800 with fake cert, don't transfer any deposit
    """),
    ("en", "order_log"): _lines("""
        2026-03-14T09:12:44+08:00 INFO order=SG-260314-0192 status=PACKED items=3 sku=BT-HM-RED,BT-HM-BLU,FD-PEL-50 weight_kg=1.2
        [WARN] courier_api timeout after 30s, retry 2/3, tracking=NVSGAQUA00418273
        DOA_CLAIM case=DC-000873 order=MY-260402-0551 species="Paracheirodon innesi" qty_dead=4 photo_ok=true decision=CREDIT amount=MYR 4.80
        stock_adjust tank=T-14 species="Symphysodon aequifasciata" delta=-2 reason=mortality user=system
        cron nightly_report: 412 orders, 37 DOA claims (8.98%), avg basket SGD 46.20, top SKU FD-BLOODWORM-100G
        POST /api/v2/orders 201 Created 184ms order_id=ord_8f3a21c7 channel=web
        webhook payment.succeeded id=evt_3PqK2L amount=12800 currency=HKD order=HK-0331-7702
        ERROR temperature_sensor tank=QT-03 reading=34.1C threshold=31C alert_sent=#ops-livestock
        SKU,Name,Price,Qty / FLW-ARW-RT15,Red Tail Golden Arowana 15cm,SGD 1280,3 / FLW-DSC-BLD,Blue Diamond Discus 3in,SGD 38,24
        inventory sync ok: 1,284 SKUs, 43 live SKUs hidden (out of stock), last_sync=2026-04-01 23:59:07
        refund_batch RB-2026-W14 processed 19 refunds totalling TWD 8,450 via original payment method
        config: live_shipping_days=[MON,TUE,WED]; cutoff_hour=14; heatpack_below_c=20; coldpack_above_c=30
        invoice INV-2026-004417 void, replaced by INV-2026-004418 (wrong SKU for CO2 regulator CR-2X)
    """),
    ("mixed", "faq_qa"): _lines("""
        Q: How many ppm nitrate is safe for shrimp? A: keep it below 20 ppm, ideally under 10, with a weekly 20% water change.
        问：鹦鹉啄毛是什么原因？答：常见原因有无聊、营养不良、寄生虫，建议带去看鸟类专科兽医。
        Q: Boleh hantar ikan hidup ke Singapura? A: Boleh, tapi perlu permit import AVS dan sijil kesihatan; kami uruskan untuk pesanan borong sahaja.
        問：新缸要開幾耐先可以放魚？答：一般要養水 3-4 個星期，做完氮循環先好放。
        Q: Why is my arowana's eye drooping? A: usually from looking down for food; feed at the surface and cover the tank bottom.
        問：鳥類輸入需要什麼文件？答：需動植物防疫檢疫署核發的輸入檢疫條件文件及輸出國官方健康證明書。
        Q: What does "F1" mean on a breeder's tag? A: first-generation offspring of wild-caught parents.
        Q: how to clean sponge filter? A: squeeze in old tank water, never under tap, chlorine will kill the bacteria one
        问：斗鱼吐泡泡是不是要繁殖了？答：这是成熟雄鱼的正常行为，不一定代表马上要繁殖。
        Q: Is it legal to keep a hill myna as a pet in Singapore? A: check the current NParks list of approved species before buying any bird.
        問：點解金魚會反肚？答：多數係鰾病，先停餵兩日，再慢慢將水溫調高到 26 度。
        Q: Lovebird boleh hidup berapa lama? A: biasanya 10-15 tahun jika dijaga dengan baik dan diberi makanan seimbang.
        Q: My kids want Nemo and Dory after the movie, are clownfish and blue tang ok for beginners? A: clownfish yes; blue tang needs a big tank and gets ich easily.
    """),
    ("zh-Hant", "mortality_log"): _lines("""
        3 月 12 日 缸號 B-07 孔雀魚死亡 6 尾，疑似水溫驟降，已加溫至 26°C 並加鹽 0.3%。
        本週到貨紅蓮燈 500 尾，到貨死亡 23 尾（4.6%），已向供應商申請補貨。
        QT-2 七彩 2 尾出現白便，隔離後投藥甲硝唑，觀察 5 天。
        鸚鵡區 虎皮鸚鵡 1 隻精神不佳，已送合作動物醫院檢查，結果待定，暫停販售同籠 4 隻。
        月報：3 月活體總死亡率 3.1%，較 2 月下降 0.8 個百分點，主要死因為運輸緊迫。
        供應商批次 LOT-TH-260305 泰國鬥魚 80 尾，到貨即死 5 尾，品質評等 B。
        停電 40 分鐘，A 區 12 缸打氣停止，恢復後巡缸無死亡。
        錦鯉池 pH 8.4、氨 0.5 ppm，已換水 30% 並停餵一日。
        金魚批次 GF-0322 出現白點病，全批下架，預計 4 月 2 日重新上架。
        檢疫規定：所有進口活體須於檢疫缸觀察 14 日，期間不得出售或轉缸。
        銀龍 S-05 跳缸死亡，原因為缸蓋未扣緊，已要求夜班加強巡缸並加裝扣鎖。
        冷氣故障導致 B 區水溫升至 33°C，損失紅鼻剪刀 40 尾，已向保險公司報案，保單編號 PL-7731-2026-HK。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DOA claim form | Name: TAN WEI MING | Mobile: 9684 2317 | Order: SG-260402-0118 | Species: Cardinal tetra x30 | Dead on arrival: 9 | Photo: Y | Remarks: customer upset, bag was cold
        Delivery slip - To: Mdm Lee Soo Hwa, Blk 415 Hougang Ave 10 #08-1123, Singapore 530415. Tel 8273 5591. Contents: 1x 3ft tank set, 20x guppy (LIVE). Leave with neighbour if not home.
        Internal blacklist: Kelvin Ong Jun Hao - returned 3 arowanas as DOA but his own photos show the fish still breathing. Do not accept any further claims from him.
        Breeder registration: Mr Ganesan a/l Muthusamy, NRIC S8837977B, farm plot off Lim Chu Kang Lane 3, keeps 40 pairs of Endler guppies; licence renewal due 30 Jun.
        Refund to PayNow NRIC S9279104A (account name: Nur Aisyah binti Hamzah), SGD 45.00 for 3 dead plakat bettas, order SG-260322-0410.
        LOST: grey cockatiel "Mochi", flew off near Toa Payoh Lorong 1 on Sat evening, very tame, answers to whistle. Reward given. Please call Jasmine 9017 4482.
        Vet referral: owner Desmond de Souza, African grey "Captain", severe feather plucking; owner says he travels for work 3 weeks a month. Contact desmond.desouza88@gmail.com
        Roster note: Chua Mei Ling (counter staff, Tampines branch) on MC until Friday, doctor says slipped disc. Raju to cover her shift.
        Koi pond maintenance subscription - card on file: MR JONATHAN HOLLISTER, VISA 4543 1278 9360 0665, exp 09/28, billed HKD 1,800 monthly.
        17 | Lim Boon Keat | S6980882D | Halfmoon Betta (M) | Paid | 9128 5540
        Voicemail 10:42am: "Hi, this is Rachel Goh, the lovebird I bought from you last week died this morning, I'm really upset, please call me back at 8845 1260."
        Wholesale account opening: contact person Mr Wong Kah Heng, personal mobile +60 12-748 3391, IC 850412-10-5523, requests 30-day credit terms for his pet shop.
    """),
    "zh-Hans": _lines("""
        收件人：陈晓燕，手机 138 2716 5043，地址：广州市天河区体育西路 191 号 2 栋 1502 房。商品：兰寿金鱼 2 条（活体），请务必当天签收。
        客户黄志强（身份证 440106198803157290）预定的红龙已到店，尾款 ¥12,800 还没付，已经催了两次。
        微信 lzy_koi1992 那个客户林子谊说锦鲤全死了，要求全额退款，在电话里骂了店员半小时。
        会员资料：李秀娟，女，1992 年生，住厦门思明区，身份证 350203199207211982，偏好玄凤鹦鹉、虎皮鹦鹉。
        退款信息：张伟 工商银行 6222 0284 9593 1034 130，金额 ¥860（原因：七彩到货死亡 3 条）。
        送货地址：No. 23, Jalan Kuchai Maju 6, 58200 Kuala Lumpur，收件人 郑美玲，电话 016-339 2718，货到付款 RM420。
        王建国在鸟友群里借了 RM2,000 说要买画眉，讲好三月还，到现在都没还，大家小心。
        上海浦东的客户周敏（身份证 310115197511020842）要开发票报销，抬头写个人，发票寄公司。
        饲养员刘德福上周被金刚鹦鹉咬伤手指，缝了 4 针，请病假到 15 号。
        买家 QQ：2847160395，昵称阿杰，深圳南山人，要 20 对虎皮鹦鹉，说下周自己开车来提货。
    """),
    "zh-Hant": _lines("""
        漁護署進口許可申請：申請人 陳家豪 CHAN KA HO，香港身份證 A685894(8)，聯絡電話 9372 5518，擬進口錦鯉 30 尾（日本新潟）。
        梁太 住黃大仙竹園北邨桃園樓 1812 室，訂咗 2 尺缸連安裝，星期六朝早 10 點上門，佢話屋企有 BB 唔好太嘈。
        新北 林雅婷 小姐 身分證 F227669798，報名 2026 孔雀魚品評會，參賽 3 缸，報名費 NT$1,500 已匯款。
        會員 吳志明 先生 LINE ID：wu.guppy0918，手機 0932-618-457，欠款 NT$3,200 至今未付。
        黃文傑上星期喺金魚街買咗兩條獅頭，今日話全部死晒，喺 Facebook 留咗一星評價，仲 post 埋我哋店員張相。
        雀鳥花園嘅鍾伯（鍾國強，住深水埗）中風入咗明愛醫院，佢啲畫眉暫時交俾個仔照顧。
        訂金請匯至 國泰世華 013 帳號 0345-5012-8876 戶名 蔡佩君，3 日內匯款 NT$6,800。
        轉數快 FPS：6148 2093（張小姐），收到款即寄順豐，水草同蝦一齊寄。
        新竹物流 收件人：許家銘，台中市西屯區福科路 2 段 88 號 5 樓，電話 0978 224 913，內容物：水族燈具，到貨前請電聯。
        客訴紀錄：鄭宏達 先生（身分證 E132097112）表示購買之血紅龍運送途中死亡，要求退費 NT$28,000，已轉主管處理。
    """),
    "ms": _lines("""
        Borang Penyertaan Pertandingan Merbok | Nama: MOHD FAIZAL BIN ABDUL RAHMAN | No. K/P: 880930-13-5671 | Tel: 019-225 7804 | Kelab: Kelab Merbok Kuching | Bil. burung: 2
        Noraini binti Yusof belum bayar baki RM380 untuk dua ekor arowana, janji nak bayar hujung bulan ni.
        Penghantaran: Encik Ahmad Zaki bin Hassan, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel 017-552 9014. Barang: akuarium 3 kaki + 10 ekor ikan emas.
        Permohonan permit PERHILITAN untuk memelihara burung tiong: pemohon Kavitha a/p Ramasamy, K/P 910723-07-6284, alamat di Bukit Mertajam.
        Pekerja kami Hafiz bin Osman cuti sakit 3 hari sebab demam denggi, jadi cawangan Klang tak boleh terima pesanan sampai Khamis.
        Bayaran balik RM150 ke akaun Maybank 1642 3318 7720 atas nama Farah Nadia binti Ismail (koi mati semasa penghantaran).
        Pembeli Lim Chee Keong dari Ipoh dah 3 kali tak datang ambil tempahan, deposit RM50 dia hangus.
        Ahli baru Kelab Burung Serindit Johor: Rajesh a/l Balakrishnan, K/P 780215-01-5197, pelihara 6 ekor murai batu di rumah.
        DuitNow ke 011-2638 4470 (Aina) untuk deposit ikan laga, lepas bayar hantar resit dekat sini ya.
    """),
    "mixed": _lines("""
        eh the uncle Ah Seng from Blk 215 Bedok North, the one with the silver arowana and walking stick, fell down at home and now in CGH, his son asking who can help feed the fish
        Order #MY-260215-0877 deliver to 黄伟杰 Wong Wei Kiat, 35 Jalan SS2/24, Petaling Jaya, call 012-338 0662 b4 reach, ada anjing garang dalam rumah
        各位 member pls dont deal with Jason Teo Kok Wei, he took RM500 deposit for arowana then block everyone, IG @jasonteo.kw
        Boss pls call my wife Michelle Heng at 9284 3106 when the koi arrive, I'm outstation in Jakarta till Thursday
        Peter Fairbairn 住 Discovery Bay 嗰個鬼佬客, 張卡 declined 咗三次, pond service 停住先
        客人 Sharon Liao 廖書涵 的 LINE id 是 sharon_0623liao, 她 order 的 12 隻白金孔雀明天店到店到中和門市
        pls transfer to my POSB 188-45193-2 (Lim Hui Shan) for the 2 cockatiels, tq
        Congrats 我们的 member Tan Siew Ling 拿到 betta show 冠军! her daughter Chloe, P4 at Nanyang Primary, also came to help set up the tanks
        bro Azlan bin Mokhtar tu pinjam my net and breeding box since Dec, sampai sekarang tak pulang, dia kerja Petronas Kerteh kan?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant of an online aquarium shop in Singapore. Help with orders, DOA claims and care questions.",
        ),
        (
            "user",
            "hi my order SG-260409-0044 came this morning, 5 of the 20 neon tetras dead in the bag",
        ),
        (
            "assistant",
            "Sorry to hear that. Please send a photo of the unopened bag within 2 hours of delivery, and confirm the name and mobile number on the order so we can process a credit.",
        ),
        (
            "user",
            "ok sent the photo. name is Priya d/o Subramaniam, mobile 9736 4081. delivered to Blk 52 Telok Blangah Drive #05-118, send the replacement same address",
        ),
    ],
    [
        ("user", "你好，想問你哋有冇上門安裝 4 尺海水缸？"),
        ("assistant", "有㗎，安裝費 HK$1,200，包埋試水同第一次換水。請提供地址同方便嘅時間。"),
        (
            "user",
            "地址係將軍澳寶琳邨寶智樓 2207 室，我姓何，何詠詩，電話 5307 6621，星期六下晝得閒。",
        ),
        ("assistant", "收到，何小姐，星期六下午 2 點師傅會上門。"),
    ],
    [
        ("system", "Pembantu maya Kedai Burung Sri Murai, Johor Bahru."),
        ("user", "Salam, saya nak beli sepasang burung tiong, perlu permit ke?"),
        (
            "assistant",
            "Ya, burung tiong memerlukan permit daripada PERHILITAN. Kami boleh bantu isi borang jika tuan/puan beri nama penuh, nombor K/P dan alamat.",
        ),
        (
            "user",
            "Nama saya Nor Hidayah binti Kamaruddin, K/P 950104-08-6218, alamat No. 7, Jalan Cempaka 12, Taman Ipoh Jaya, 31350 Ipoh.",
        ),
        ("assistant", "Terima kasih Puan Nor Hidayah, borang akan siap dalam 3 hari bekerja."),
    ],
    [
        ("user", "請問白金孔雀魚還有貨嗎？想要 5 對"),
        ("assistant", "有的，一對 NT$350，可以宅配到府，請提供收件資料。"),
        (
            "user",
            "寄到台南市東區崇學路 120 巷 6 號，收件人蘇冠宇，0921 503 886，身分證要填嗎？D123278019",
        ),
        ("assistant", "宅配不需要身分證字號，請不要在對話中提供。收件資料已記錄，明天出貨。"),
    ],
    [
        ("user", "老板，这条红龙 5800 能不能便宜点？"),
        ("assistant", "已经是最低价了，包证书和芯片。"),
        (
            "user",
            "那行，我加你微信，微信号 jie_nanshan99，叫我阿杰就行。开证书要身份证对吧，440305199902080638",
        ),
        ("assistant", "对，证书上要写买家姓名和身份证号，麻烦再发一下全名。"),
        ("user", "全名罗俊杰。"),
    ],
    [
        (
            "user",
            "I breed Endler guppies at home and want to sell through your platform. How do I list?",
        ),
        (
            "assistant",
            "You can register as a seller. We need your name, a contact email and a Telegram handle or phone number for buyers.",
        ),
        (
            "user",
            "Name's Marcus Goh Jun Wei, email marcusgoh.endlers@gmail.com, telegram @marcus_endlers_sg. I stay in Yishun so buyers can self-collect at my block.",
        ),
        (
            "assistant",
            "Thanks Marcus, your seller profile is under review and should be live within 2 working days.",
        ),
    ],
    [
        (
            "user",
            "boss, the guy who came in yesterday around 4pm, Kenny Lau, the one always wear Liverpool jersey, I saw him slip 2 plakat into his pocket",
        ),
        (
            "assistant",
            "Thanks for letting us know. We'll review the CCTV from 3:30 to 4:30pm yesterday before taking any action.",
        ),
        (
            "user",
            "ya he's a regular, his number in our member list is 8162 0937, maybe ask him nicely first",
        ),
    ],
    [
        (
            "user",
            "My name is Alan Koh, I'm going into NUH for chemo next month and will be warded about 3 weeks. Can your shop board my two lovebirds?",
        ),
        (
            "assistant",
            "We're sorry to hear that, Mr Koh. Yes, we board birds at SGD 8 per bird per day including food. Please bring their cage and any supplements.",
        ),
        ("user", "Thank you. My daughter will drop them off on the 3rd."),
    ],
    [
        ("user", "Can I pay the deposit for the koi by card over chat?"),
        (
            "assistant",
            "For security please use the payment link we send you; do not type card numbers here.",
        ),
        (
            "user",
            "too late lol, 5204 7441 9283 2760 exp 11/27, name WENDY CHONG, just charge HKD 2,000 pls",
        ),
        (
            "assistant",
            "Please contact your bank to block that card. We have not charged it and have removed the details from our records.",
        ),
    ],
    [
        ("user", "我隻玄鳳今朝喺窗口飛咗出去，灰色黃面，叫 Kiwi，雀鳥花園有冇人見到？"),
        ("assistant", "好抱歉。你可以喺雀鳥花園嘅告示板貼尋鳥啟事，亦可以留低聯絡方法俾我哋。"),
        ("user", "唔該，我係 Ivy 蔡，住太子花園街附近，電話 9602 4418，有消息 WhatsApp 我。"),
    ],
    [
        ("system", "Registration helper for a betta club show in Singapore."),
        ("user", "hi can foreigners join the show? i'm working here on S Pass"),
        (
            "assistant",
            "Yes, anyone can enter. Please give your name as in passport, your FIN and the number of entries.",
        ),
        (
            "user",
            "Nguyen Van Thanh, FIN G9349321X, 3 entries: 2 plakat, 1 halfmoon. pay by paynow ok?",
        ),
        (
            "assistant",
            "Noted, Mr Nguyen. Please PayNow to the club UEN shown on the poster, SGD 15 in total.",
        ),
    ],
]
