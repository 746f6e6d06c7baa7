# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix169: bonsai, orchid and aquarium-fish hobby societies in SG/MY/HK/TW (members' lists, show entries, plant and fish sales, disputes, club treasurers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix169
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "show_regulations"): _lines("""
        Rule 4.2: All orchid entries must be staged at the Orchid Society of South East Asia benching area by 0900 hrs on Friday; late plants will be shown as display only.
        Rule 4.3: Entry tags (Form B) must show the full registered grex name, e.g. Papilionanthe Miss Joaquim, and the class code such as V-01 for Vanda hybrids.
        Plants with an RHS registration still pending may compete in Class 12 only; the panel uses the AOS 100-point scale for flower quality and cultural awards.
        Bonsai exhibits in the Shohin category must not exceed 20 cm in height measured from the soil surface to the apex, pot and stand excluded.
        No sale of plants is allowed inside the judging hall at 1 Cluny Road; the sales tent opens at 10:00 beside the National Orchid Garden gate.
        Fish in the Asian Arowana class must come with the CITES certificate and microchip record from a licensed farm; chips are scanned by AVS officers at check-in.
        Betta entries are shown in 1-litre jars numbered by class and sequence (e.g. HMPK-M-017); exhibitor names stay hidden from judges until results are posted.
        Protests against a judge's decision must be lodged in writing with the show secretary within 30 minutes of the results, with a S$50 deposit refunded if upheld.
        The Grand Champion rosette is named after Vanda Miss Joaquim, Singapore's national flower, first recorded by Agnes Joaquim in her Tanjong Pagar garden in 1893.
        Judging schedule v2.3: Orchids Sat 08:30-12:00, Bonsai Sat 13:00-16:00, Aquascapes Sun 09:00-11:30; results go up on the Hall B noticeboard at noon.
        Aquascape entries in the Nature Aquarium class must use tanks of 60x30x36 cm or smaller; scoring follows the layout principles popularised by Takashi Amano.
        Members of the Malaysian Orchid Society pay RM15 per class; non-members pay RM25, payable by the society's DuitNow QR at the registration counter only.
        Any plant found with scale, mealybug or Fusarium rot will be disqualified and moved to the quarantine table near Exit 3 without further notice.
    """),
    ("zh-Hans", "价目表"): _lines("""
        【吉隆坡观赏鱼批发价 2026年12月】过背金龙 15-18cm 每尾 RM2,800 起，附CITES证书及芯片记录，诚信水族 Sdn Bhd 门市价，欢迎同行批发洽谈。
        七彩神仙鱼价目：鸽子红 5cm 每尾 S$18，10尾以上每尾 S$15；蓝钻 6cm 每尾 S$22；红松石 7cm 每尾 S$28，以上价格含包装，不含快递费。
        罗汉鱼（花罗汉）珍珠头 10cm RM380，金花 12cm RM650，超级红马 15cm RM1,200，出水照片仅供参考，鱼况以门市实物为准，恕不议价。
        五针松盆景（日本引进，树龄约三十年）高45cm 冠幅60cm 售价 S$3,800；真柏舍利干 高38cm 售价 S$2,600，均含紫砂盆及红木几架。
        蝴蝶兰 台湾大白花 3.5寸盆 每盆 RM25，5盆装 RM110；黄金豹 每盆 RM35；年宵组合盆（5梗）RM168，新山门店限量供应，售完即止。
        石斛兰切花每扎（10枝）批发价 S$6.50，零售价 S$9.90；卓锦万代兰每枝 S$4.20，每周二、周五由金马仑高原农场冷链直送到货。
        灯科鱼开缸套餐：红绿灯50尾 + 宝莲灯20尾 + 黑线飞狐5尾 = RM99，新缸开缸专用，另送 Seachem Stability 硝化细菌一瓶（500ml）。
        水草泥 ADA Amazonia 9L 每包 S$58，Power Sand Special M 6L 每包 S$42，CO2 钢瓶 2kg 充气 S$15/次，Clementi 门市自取免运费。
        雀梅小品 高15cm 每盆 RM180；九里香中品 高35cm 每盆 RM450；福建茶大品 高60cm 每盆 RM1,100；价格不含运费，西马地区运费 RM40 起。
        斗鱼价目：半月斗鱼公鱼 RM25/尾，母鱼 RM12/尾；巨象耳公鱼 RM45/尾；泰国进口精品 Koi Galaxy 公鱼 RM85/尾，全部为本场自家繁殖。
        会员价格说明：本会注册会员凭会员卡享九折，花展期间另送兰花专用肥料一包（花宝三号 1公斤装），以上价格有效期至2027年1月31日。
        锦鲤（日本新潟产）红白 25cm ¥3,500 起，大正三色 30cm ¥5,800 起，昭和三色 35cm ¥8,800 起，广州芳村花鸟鱼虫市场现货，支持微信支付。
        器材报价：Eheim 2217 外置过滤桶 S$239，Chihiros WRGB II 60cm 水草灯 S$219，JBL 加热棒 200W S$45，门市电话 6744 2981（10:00-20:00）。
    """),
    ("zh-Hant", "員工群組對話"): _lines("""
        ［09:12］今朝三號缸啲泰獅有兩條浮頭，我已經加咗氣泵同換咗三成水，下晝再睇下使唔使落鹽，大家經過記得望一望，有事即刻出聲。
        ［09:35］供應商話聽日朝早十點送貨到通菜街舖頭，今次有蘭壽、琉金同珍珠鱗各兩箱，記得預留後面嗰兩個空缸，氧氣樽都要開定。
        ［10:02］收銀嗰部八達通機又斷線，我打咗去八達通客戶服務熱線 2266 2222 報咗，佢話技術員下晝兩點前會上嚟，暫時收現金先。
        ［11:20］有客訂咗一百條紅綠燈同埋兩包水草泥，單號 HK-SO-26120715，下晝三點會嚟攞貨，麻煩包好放喺櫃枱後面，唔好賣錯俾人。
        ［12:48］提提大家，漁護署下個禮拜三會嚟巡舖，主要睇動物售賣商牌照同埋魚缸標籤，牌照記得貼返喺門口當眼位置，唔好俾水浸濕。
        ［14:05］Facebook 專頁有人問血鸚鵡幾錢，我覆咗 HK$68 一條、三條 HK$180，想問下聖誕期間仲有冇其他優惠要加落個 post 度？
        ［15:30］貨倉嗰部 Eheim 2213 過濾又漏水，我已經熄咗電，保養卡喺文件櫃第二格，聽日打去代理問下仲喺唔喺保養期內。
        ［16:42］太子花墟嗰邊間蘭花檔問我哋可唔可以幫佢寄賣啲水草盆栽，佢哋話三七分賬，等老闆睇完合約再決定，大家暫時唔好答應住。
        ［17:15］今日營業額 HK$12,860：現金 HK$4,200、八達通 HK$3,460、信用卡 HK$5,200，已經入埋十二月月結表，夾錢差額係零。
        ［18:20］天文台話今晚可能改發八號風球，如果真係掛八號舖頭即刻收，門口啲金魚袋全部收返入舖，電掣熄晒，只留過濾同氣泵。
        ［19:03］聽日早更九點開門，一返嚟先幫啲七彩餵紅蟲，四號同五號缸要換水，水溫保持喺二十九度左右，換完記得寫返落紀錄簿。
        ［20:10］新一批 Tropica 水草到咗，有莫絲、鹿角苔同小榕，我已經入咗 POS 系統，SKU 由 TP-2612-001 開始編，價錢跟返上次。
        ［21:45］今日有客話上星期買嘅金魚死咗，我跟公司政策講咗七日內憑單據可以換一條同價魚，單號 HK-SO-26113022，已經換咗俾佢。
    """),
    ("ms", "notis_persatuan"): _lines("""
        NOTIS: Mesyuarat Agung Tahunan Persatuan Orkid Malaysia akan diadakan pada 17 Januari 2027, jam 10 pagi, di Dewan Serbaguna Taman Botani Perdana, Kuala Lumpur.
        Yuran keahlian tahunan bagi tahun 2027 ialah RM60 (biasa) dan RM30 (pelajar); bayaran boleh dibuat melalui DuitNow QR rasmi persatuan di kaunter pendaftaran.
        Pertandingan Bonsai Peringkat Negeri Selangor 2027: pendaftaran dibuka mulai 1 Februari, borang penyertaan boleh dimuat turun dari laman web rasmi persatuan.
        Peserta kategori ikan arowana wajib membawa sijil CITES dan permit Jabatan Perikanan Malaysia; ikan tanpa cip mikro tidak dibenarkan dipamerkan sama sekali.
        Pameran Orkid Antarabangsa akan berlangsung di Shah Alam dari 5 hingga 9 Mac; dibuka dari 9 pagi hingga 9 malam setiap hari dan masuk adalah percuma.
        Ahli jawatankuasa dimaklumkan bahawa penyata kewangan bagi tahun berakhir 31 Disember 2026 sedang diaudit dan akan dibentangkan semasa AGM nanti.
        Bengkel percuma Teknik Pendawaian Bonsai untuk Pemula diadakan setiap Sabtu jam 3 petang di tapak semaian Sungai Buloh; sila bawa playar dan dawai aluminium sendiri.
        Harap maklum: jualan anak benih orkid Dendrobium dan Oncidium dihadkan kepada 5 pasu bagi setiap ahli supaya semua ahli mendapat peluang yang sama.
        Talian hotline persatuan: 03-7956 2231 (Isnin-Jumaat, 9 pagi-5 petang); e-mel urusetia@persatuanikanhiasan.org.my untuk sebarang pertanyaan pendaftaran.
        Peraturan baharu: semua ikan yang dijual di gerai persatuan mesti dikuarantin sekurang-kurangnya 14 hari dan direkodkan dalam log kuarantin berkod QL-2027.
        Lawatan sambil belajar ke ladang orkid di Cameron Highlands pada 22 Februari; bas bertolak dari Stesen LRT Kelana Jaya jam 6.30 pagi, tambang RM85 seorang.
        Persatuan ini berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia, No. Pendaftaran PPM-012-10-14031985; sila nyatakan nombor ini dalam semua surat rasmi.
        Hadiah Juara Keseluruhan ialah Piala Pusingan Sultan Selangor, wang tunai RM2,000 dan sijil penghargaan; keputusan panel hakim adalah muktamad.
    """),
    ("mixed", "product_listing"): _lines("""
        [Carousell] Flowerhorn Kamfa jantan 5 inch, kepala besar, warna merah on point, RM450 nego sikit, COD area Puchong atau pos guna J&T, tracking JT6203947718.
        【Shopee】Phalaenopsis 蝴蝶兰 Sogo Yukidian 'V3' 白花 in bloom, 2 spikes, 3.5 inch pot, 包邮西马, SKU PHA-SGY-V3-035, stok tinggal 8 pasu sahaja.
        Juniper chinensis 真柏 pre-bonsai, 8 years from cutting, trunk 3cm, sudah wire sekali, S$220 self-collect at our nursery 60 Lim Chu Kang Lane 3, DM for more photos.
        Betta Halfmoon Avatar Gold 公鱼 4 months old, import dari Thailand, RM65 per ekor, beli 3 free 1 jar, ship dalam styrofoam box + heat pack, Lalamove ok.
        Selling Cryptocoryne wendtii brown 水草 10 pots for S$35, grown emersed kat farm Lim Chu Kang, no snails guaranteed, Carousell listing ID 2412887301.
        二手 Aquarium set: 4ft tank 120x45x45 + cabinet + Eheim 2217 + Chihiros A II lights, RM1,800 包括 delivery within Klang Valley, tank no leak, sudah test 2 minggu.
        Cattleya 嘉德麗雅 Rlc. Chief Boss 'Magnificent' AM/AOS 剛開花 very fragrant, NT$1,200 每盆, 7-11 賣貨便 可寄, 貨號 CTL-CB-0412, 台南後壁園區出貨.
        Mini bonsai Serissa 六月雪 dalam pasu Tokoname handmade, tinggi 12cm, sesuai untuk meja office, RM120, stock ready, ship dari kedai kami di Ipoh Garden.
        L-number plec L046 Zebra Pleco 2.5 inch, captive bred, HK$1,350 一條, 旺角金魚街門市有現貨, shop WhatsApp 9187 4420 查詢 (11am-10pm).
        Arowana Super Red 红龙 grade A, 20cm, microchip 900118001234567, dengan sijil CITES dari ladang berlesen, RM3,500 firm, no trade-in, no swap.
        Vanda Robert's Delight 'Blue' 万代兰 bare root, 40cm, sedia berbunga dalam 2-3 bulan, S$45 each, buy 3 S$120, sold by Kranji Orchid Farm (UEN 199801234W).
        Red cherry shrimp 樱花虾 grade Sakura, 50 ekor RM40, 100 ekor RM70, pos seluruh Malaysia guna Pos Laju, DOA guarantee kalau ada video unboxing.
        Kit Nature Aquarium ADA Cube Garden 45-P + Solar RGB + Super Jungle Mix, open box tapi brand new, S$680, resit dealer ADA attached, warranty till 2027-08.
    """),
    ("en", "config_and_logs"): _lines("""
        show_entry_service v3.8.1 started on port 8443 (env=prod, db=entries_2027, tz=Asia/Singapore, max_upload_mb=20, workers=4)
        2026-12-07T09:14:22+08:00 INFO entry.create class=V-01 entry_id=OS27-V01-0042 plant='Vanda Miss Joaquim' status=PENDING_PAYMENT
        2026-12-07T09:15:03+08:00 INFO payment.webhook provider=stripe intent=pi_3QkH2aLxF4sP8T01 amount=1500 currency=SGD result=succeeded
        config.yaml judging: { scale: 'AOS-100', min_points_award: 75, classes: ['V-01','D-02','P-05','BON-SH','BET-HM'], blind_exhibitor: true }
        WARN tank_monitor sensor=T-07 temp_c=31.6 ph=6.2 ammonia_ppm=0.50 threshold_exceeded=true action=notify_group:aquarium-staff
        ERROR csv_import: row 118 rejected, column 'grex_name' empty; file=orchid_entries_2027.csv sha1=9f2c1e0a7b44d8e3c5a61f02e7b9d4c8a1e3f5b7
        CSV header: entry_id,class_code,genus,grex_name,clone_name,pot_size_cm,award_code,judge_panel,points,staged_at,table_no
        def award_code(points: int) -> str: return 'FCC' if points >= 90 else 'AM' if points >= 80 else 'HCC' if points >= 75 else ''
        nginx upstream show_api 10.0.4.12:8443 healthy, response_time_ms=38, active_conn=112, requests_total=58213, last_check=10:02:11
        cron: 0 2 * * * /opt/ossea/bin/backup_entries.sh --bucket s3://ossea-show-backups/2027 --retain-days 30 --compress zstd
        feature_flags.json = {"online_sales": true, "fish_auction": false, "live_judging_stream": true, "max_entries_per_class": 6}
        2026-12-07T11:40:57+08:00 INFO auction.close lot=AR-2027-015 species='Scleropages formosus' winning_bid=4200 currency=SGD bids=17 reserve_met=true
        Release notes 3.8.1: fixed timezone bug in staging deadline check; added Shohin height validation (<= 20 cm); bumped Django to 5.1.4.
    """),
    ("zh-Hant", "歷史"): _lines("""
        1893年，新加坡的亞美尼亞裔園藝家艾妮絲·卓錦（Agnes Joaquim）在自家花園發現卓錦萬代蘭，1981年被選為新加坡國花，至今仍是國家胡姬花園的代表品種。
        台灣蝴蝶蘭產業於1980年代起步，台糖公司後來在台南後壁設立台灣蘭花生物科技園區，台灣國際蘭展其後多年在此舉辦，吸引全球買家前來採購。
        盆景藝術源於中國唐代，章懷太子墓壁畫中已見侍女手捧盆景的形象，宋元以後傳入日本，逐漸發展成今日國際通稱的 Bonsai 藝術。
        美國加州盆景大師約翰·直家（John Naka）的著作《Bonsai Techniques》於1970年代出版，其後在港台盆景界廣為流傳，影響了一整代愛好者。
        香港旺角通菜街一帶自1970年代起聚集大量金魚店，俗稱「金魚街」，至今仍有數十間水族店林立，是本地人同遊客常去的特色街道之一。
        日本水景大師天野尚（Takashi Amano）於1982年創立ADA，提出「自然水族箱」概念，2015年辭世，其大型水景作品仍在里斯本海洋館展出。
        嶺南盆景由廣東孔泰初、素仁和尚等人於民國時期發展出「蓄枝截幹」技法，與揚派、川派、蘇派及海派並列為中國盆景的五大主要流派。
        亞洲龍魚於1975年列入《瀕危野生動植物種國際貿易公約》附錄一，其後容許經登記的養殖場出口人工繁殖的第二代個體，並須植入晶片。
        新加坡的胡姬花外交始於1950年代，植物園以來訪貴賓命名雜交品種，伊莉莎白二世女王、曼德拉及成龍等人都曾獲以其名字命名的胡姬花。
        台灣早期國蘭收藏風氣在1970年代達至頂峰，春蘭、報歲蘭的名品曾以數百萬新台幣成交，當年報章將這股炒賣潮稱為「蘭花熱」。
        馬來西亞金馬崙高原以英國測量師威廉·金馬崙（William Cameron）命名，他於1885年勘察該地，今日高原是當地蘭花及盆景苗圃的重要產地。
        澳門盧廉若公園建於二十世紀初，園內設有溫室及盆景區，每年春節前後舉辦花卉展覽，是澳門唯一保留蘇州園林風格的公園，現由市政署管理。
        金魚起源於中國宋代的鯽魚變異，明代已有盆養記載，其後傳入日本育成蘭壽等品種，二十世紀再經香港及台灣回流華人社會，廣受歡迎。
    """),
    ("mixed", "invoices"): _lines("""
        TAX INVOICE No. INV-2026-004417 | Kranji Orchid Farm Pte Ltd | UEN 199801234W | GST Reg No. M90364215K | 10 Neo Tiew Lane 2, Singapore 718813 | Tel 6793 2210
        Invois No. IV/26/12/0881 dari Syarikat Akuarium Seri Kembangan Sdn Bhd (No. Syarikat 201701023456 (1234567-K)), Jalan SK 6/1, Taman Seri Kembangan, 43300 Selangor.
        Item: 锦鲤饲料 Hikari Gold 5kg x 4 @ RM168.00 = RM672.00; 水质测试套装 API Master Kit x 2 @ RM95.00 = RM190.00; Subtotal RM862.00, SST 6% RM51.72.
        發票號碼 AB-12345678 | 賣方：屏東好蘭園藝有限公司 統一編號 24681357 | 品名：蝴蝶蘭苗 1.7吋 x 500株 單價 NT$18 | 總計 NT$9,000（含稅）
        Payment terms 30 days nett. Please remit to OCBC Bank A/C 601-234567-001 (Kranji Orchid Farm Pte Ltd) quoting INV-2026-004417; PayNow to UEN 199801234W also accepted.
        收據 Receipt No. R-HK-77812 | 旺角 Aqua Kingdom 水族 | 九龍旺角通菜街 158 號地下 | 商業登記 BR No. 61234587 | 2026-12-06 15:42 | 八達通付款 HK$486.00
        Credit Note CN-0092 against INV-2026-004391: 12 pots Dendrobium Sonia 'Earsakul' returned due to bud blast, S$96.00 credited to the OSSEA show trade account.
        Quotation QT-2027-0031 untuk Penang Bonsai Society annual show: sewa 40 meja pameran @ RM35, 2 khemah 10x20ft @ RM450, sistem PA RM600; total RM2,900, sah 30 hari.
        e-Invoice UUID 7f3e9a12-4b6c-4d8e-9a1f-2c3b5d7e8f90 validated by LHDN MyInvois on 2026-12-05 10:21:44, supplier TIN C24567891010, buyer TIN C20987654320.
        DELIVERY ORDER DO-55821 | 发货：Johor Arowana Breeding Centre | 收货：Aqua Kingdom Singapore Pte Ltd, 1 Pasir Ris Farmway 3 | 6 tails Super Red | AVS permit AVS-IMP-2026-11873
        請款單 INVOICE #TW-BN-2026-118 | 台北建國假日花市 攤位 A-27 | 真柏素材 x 3 @ NT$2,400 | 黑松 x 2 @ NT$3,200 | 小計 NT$13,600 | 匯款請至本園藝社公司帳戶
        Bil Tunai No. 004512 | Kedai Ikan Hiasan Ah Seng, Lot 12 Pasar Tani Kekal Sungai Buloh | 2x Oscar Tiger 4 inci @ RM25 | 1x pam udara Resun @ RM38 | Jumlah RM88
        Statement of Account Dec 2026, Singapore Aquarium Fish Exporters' Association: opening S$1,240.00, invoices S$3,860.00, payments S$4,000.00, closing S$1,100.00.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Members' list 2027 row 44: Tan Wei Ling, NRIC S7823416D, 12 Jalan Kembangan #03-11, Singapore 419123, mobile 9123 4872, Vanda grower since 2009.
        Treasurer's note: Mr Gerald Ong still owes the society S$1,450 from the 2025 show stall; he says he lost his job at the bank and wants to pay in instalments, keep this within committee.
        Show entry OS27-BET-0113 exhibitor: Priya Raman, priya.raman.bettas@gmail.com, +65 8274 1903, class HMPK female, paid by PayNow to the society.
        Please don't put Uncle Lim Boon Huat on the judging roster this year, his wife says his dementia is getting worse and he got lost at the Botanic Gardens last month.
        Dispute log #7: complainant Marcus Teo (FIN F3345712W) says the seller sold him an arowana with dropeye; he wants S$2,300 refunded to his DBS account 012-345678-9.
        New member: Jessica Chua Hui Min, DOB 14/03/1991, Blk 221 Tampines St 21 #08-342, Singapore 520221, works as a nurse at Changi General Hospital.
        Kenny Sia, the koi guy who comes to every meet, got arrested last week for drink driving, so he can't drive the club van to the Kranji show anymore.
        Refund request from Mrs Rosalind Yeo: she was charged twice for the orchid potting workshop, Visa card ending 4417, please reverse S$80 to her.
        Car park passes for show volunteers: SMK 4821 T (Daniel Koh), SGP 7732 K (Aunty Mei Foong, the orchid lady), FBA 1209 E (Hafiz Rahman).
        Our secretary Angela Sim is pregnant with twins and will step down after the AGM; she asked us not to announce it on the Facebook group yet.
        CSV: 2027-0315,Ravi Chandran,S6619082Z,ravi.c88@yahoo.com.sg,+65 9742 3381,Bonsai,Life member,paid 2026-11-30
    """),
    "zh-Hans": _lines("""
        会员登记表：姓名 陈志明，身份证号 440106197803152436，手机 138 2741 6935，住址 广州市天河区龙口西路 88 号 3 栋 1202 房，入会类别：锦鲤组。
        财务群里说一下：老黄（黄德胜）上个月向会里借了 RM3,000 去做心脏搭桥手术，说好年底还，现在电话都不接了，大家看看怎么处理。
        林太在群里说她老公跟她离婚了，家里那批蝴蝶兰要全部转卖，钱要拿去付律师费，叫我们不要问太多。
        参展名单更新：王秀英，电话 +86 139 0592 7718，邮箱 wangxy_orchid@163.com，报名兰花 墨兰'金华山' 2盆，住厦门市思明区莲前西路。
        新山分会秘书刘美珍的身份证 850923-14-6671 复印件不小心发到公开群了，请管理员马上删掉，别让人截图。
        阿明收了我 S$600 说帮我从台湾带七彩神仙鱼回来，鱼没到钱也不退，他的 PayNow 是 9634 2287，有人认识他吗？
        盆景协会会计周建国月薪才 RM2,800，还要照顾患肺癌的母亲，理事会决定免收他今年的会费，请大家不要外传。
        快递单：收件人 张丽华 136 1234 7788 福建省福州市鼓楼区五四路 210 号南门小区 5 号楼 302 室，内件：兰花苗 20 株。
        陈先生的车牌是 WXY 8823，他每次来苗圃都把车停在门口挡住货车，下次请他停到对面的停车场。
        转账记录：付款人 李国强，招商银行卡号 6225 8812 3456 7890，金额 ¥12,800，备注：购买红白锦鲤两尾（芳村交货）。
    """),
    "zh-Hant": _lines("""
        會員資料：何家偉先生，HKID K582913(5)，住址 九龍荔枝角道 333 號 4 樓 B 室，電話 6123 8890，2018 年入會，專養蘭壽金魚。
        蘭展報名表：姓名 黃淑芬，身分證字號 D228419674，手機 0912-345-678，地址 台南市東區長榮路二段 52 號 7 樓，參展品種：蝴蝶蘭大白花。
        阿強上個禮拜喺金魚街俾差佬拉咗，聽講係藏毒，佢寄賣喺我哋舖頭嘅幾條錦鯉而家點算好？
        梁太話佢個仔患咗白血病，要喺瑪麗醫院長期留醫，所以今年盆景展佢冇辦法嚟幫手做義工。
        司庫報告：李志豪先生仲欠會費同攤位費合共 HK$2,600，佢話自己最近申請緊破產，叫我哋唔好再追數。
        轉數快收款人：陳美玲，FPS 登記電話 9876 5432，電郵 meiling.chan.hk@gmail.com，付款備註：購買三盆真柏素材。
        台北盆栽協會會員名冊第 12 筆：林建宏，F133905623，1975/06/18 生，新北市板橋區文化路一段 188 巷 5 號 3 樓，電話 02-2968-5521。
        澳門會員蔡國榮先生嘅澳門身份證號碼係 5123456(7)，佢話要補領會員證，麻煩幫手跟進一下。
        吳小姐懷孕唔方便搬魚缸，佢叫我哋將訂咗嘅 4 呎缸送去佢屋企：新界沙田第一城 32 座 18 樓 F 室。
        郵局帳號轉帳：戶名 張雅婷，局號 0001234 帳號 0567890，金額 NT$4,500，購買報歲蘭兩盆。
    """),
    "ms": _lines("""
        Senarai ahli: Encik Mohd Faizal bin Abdullah, No. K/P 780512-10-5523, No. 15, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, tel 012-338 7741.
        Puan Siti Aishah binti Ramli belum bayar yuran RM60, dia kata suaminya baru kena buang kerja dan mereka tengah susah, boleh beri tangguh?
        Pemenang cabutan bertuah: Nur Hidayah Kamarudin, akaun Maybank 1140 2233 6789, hadiah RM500 akan dimasukkan minggu depan.
        Abang Jamal yang jual arowana kat pasar malam Sungai Buloh tu baru keluar hospital sebab strok, jadi gerai dia tutup sebulan.
        Borang penyertaan: Lee Chee Keong, e-mel ckleebonsai@hotmail.com, tel 016-502 8817, kategori Bonsai Sederhana, no. pendaftaran PB-27-0051.
        Aduan: kereta Encik Ravi Subramaniam nombor plat BKL 4472 terlanggar rak orkid kat tapak pameran, kerugian RM1,200, dia setuju bayar ganti rugi.
        Kak Ros, bendahari kita, minta cuti tiga bulan sebab nak jalani kemoterapi kanser payudara, tolong doakan dia.
        Penghantaran kepada Tan Mei Ling, No. 8, Lorong Seri Impian 2, Taman Impian, 81300 Skudai, Johor, tel 017-720 3391, 2 kotak orkid Dendrobium.
        Encik Zulkifli bin Hassan (K/P 690101-08-6215) didapati bersalah menjual ikan hiasan tanpa permit dan didenda RM5,000 oleh mahkamah Ipoh.
        Log WhatsApp kumpulan: [12/11 21:03] Hafizah Aziz: akaun CIMB saya 7012 3345 8890 ya, untuk bayar balik duit beli pasu tu.
    """),
    "mixed": _lines("""
        Eh bro, Jason Lim tu still owe 我 RM800 for the flowerhorn, dia kata gaji belum masuk, his number 011-2345 6789 kalau you nak tolong chase.
        Hi admin, 我的 NRIC T0254871I 写错了 in the show entry form, please update under name Chloe Ng Jia Xin, thanks!
        CSV row: 2027,BET-0042,黃偉明,Wong Wai Ming,A771245(9),wmwong.betta@gmail.com,+852 9365 2140,Kowloon City,paid
        Auntie Lucy Wong 那盆 Vanda 被偷了 lah, she said polis report dah buat, report no. KLG/012345/26, suspect is her own nephew 阿杰.
        老陈 Mr Chan Kok Wah 的 DuitNow ID 是 880814-07-5531, transfer RM250 for the bonsai pot, dia minta tolong screenshot receipt bagi dia.
        Team, reminder: Ms Farah Lim 有 severe asthma, 她的 booth 不能 near the fogging machine, please arrange 她坐 Hall A entrance.
        Delivery note: 收件人 Mdm Goh Siew Lan, Blk 405 Ang Mo Kio Ave 10 #11-1287, S560405, HP 9638 2274, item 鹿角苔 x 5 pots, COD S$45.
        Taiwan 供应商 say 林盛發先生 R204758139 需要 scan passport for export permit, 他 email 是 lin.shengfa@yahoo.com.tw, can you forward?
        Photo caption: 林太 with her grandson Ethan Lim (8 years old, 读 Rosyth School Primary 2) at the orchid stall, please don't upload to public page.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for the treasurer of a Singapore orchid society. Be polite and concise.",
        ),
        (
            "user",
            "Can you draft a WhatsApp reminder to Mr Benjamin Goh (9182 7365)? He hasn't paid his 2027 membership of S$60 and the S$120 bench fee for the Vanda show. Keep it friendly, he's been a member since 1998.",
        ),
        (
            "assistant",
            "Sure. Here's a draft: Hi Mr Goh, hope you and your orchids are doing well! A gentle reminder that the 2027 membership fee (S$60) and the Vanda show bench fee (S$120) are still outstanding, S$180 in total. You can PayNow to the society UEN or pay at the next meeting. Thank you for your many years of support since 1998! Warm regards, Treasurer",
        ),
        (
            "user",
            "Great, also add that if he's having money trouble after his surgery he can pay in two parts.",
        ),
        (
            "assistant",
            "Added line: If it's easier after your recent surgery, you're welcome to pay in two instalments, just let me know which works for you. Would you like me to shorten the whole message for WhatsApp?",
        ),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾漁護署，我上個禮拜喺金魚街一個叫陳偉雄嘅散賣佬度買咗三條蘭壽，佢電話係 6288 3014，三日內全部死晒，佢話唔關佢事。",
        ),
        (
            "assistant",
            "可以。以下係草稿：致漁農自然護理署：本人於上星期向一名自稱陳偉雄嘅人士（電話 6288 3014）購買三條蘭壽金魚，三日內全部死亡，懷疑魚隻於出售時已經染病。對方拒絕負責。懇請貴署跟進該人士是否持有動物售賣商牌照。你想唔想加埋購買日期同付款方式？",
        ),
        ("user", "加埋啦，係 11 月 29 號，俾咗 HK$450 現金。我個名係何淑儀，回覆電話 9455 2761。"),
        (
            "assistant",
            "已加入：購買日期為 2026 年 11 月 29 日，以現金支付 HK$450。投訴人：何淑儀，聯絡電話 9455 2761。建議你同時附上魚隻相片同埋任何收據或 WhatsApp 對話截圖。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk setiausaha Persatuan Bonsai Perak. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong susun jadual ahli ni: Ahmad Kamil 820314-08-5571 012-4478 231; Lim Siew Peng 750628-08-6622 016-558 9023; Rajesh a/l Muthu 880102-08-5439 019-332 7710.",
        ),
        (
            "assistant",
            "Berikut jadual ahli: | Nama | No. K/P | Telefon | 1. Ahmad Kamil | 820314-08-5571 | 012-4478 231 | 2. Lim Siew Peng | 750628-08-6622 | 016-558 9023 | 3. Rajesh a/l Muthu | 880102-08-5439 | 019-332 7710 |. Perlu saya tambah lajur status yuran?",
        ),
        ("user", "Ya, Kamil dah bayar, Siew Peng belum, Rajesh dikecualikan sebab dia OKU."),
        (
            "assistant",
            "Baik, lajur status yuran ditambah: Ahmad Kamil - Sudah bayar; Lim Siew Peng - Belum bayar; Rajesh a/l Muthu - Dikecualikan (OKU). Saya cadangkan maklumat OKU disimpan dalam fail sulit, bukan dalam jadual yang dikongsi.",
        ),
    ],
    [
        (
            "user",
            "我妈妈周桂芳今年七十岁，刚确诊帕金森，手抖得厉害，她以前最爱养墨兰。有没有适合她照顾、不用太费力的兰花？",
        ),
        (
            "assistant",
            "很理解您的心意。建议选择耐旱、少浇水的品种，比如石斛兰或文心兰，一到两周浇一次即可；也可以改用自动吸水花盆，减少她搬动和浇水的次数。墨兰其实也比较粗生，放在散射光的窗边就好。",
        ),
        (
            "user",
            "她住在深圳福田区景田北路 36 号 5 栋 601，我想直接从网上寄两盆过去，你帮我写个收件信息格式。",
        ),
        (
            "assistant",
            "可以这样填写：收件人：周桂芳；地址：广东省深圳市福田区景田北路 36 号 5 栋 601；电话：请填写您或老人常用的手机号；备注：活体植物，请勿倒置，送货前电话联系。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian aquarium club treasurer reconcile payments. Users may mix English, Malay and Chinese.",
        ),
        (
            "user",
            "Bro help me check, transfer dari Tan Boon Keat RM350 masuk on 3 Dec, account Public Bank 4-4571-2290-18, tapi dia 说 he paid RM400 for the arowana deposit. Siapa betul?",
        ),
        (
            "assistant",
            "Based on what you've shown, the bank credit from Tan Boon Keat on 3 Dec is RM350, so there's a RM50 difference from the RM400 he mentions. Ask him for his transfer receipt; he may have paid the balance in cash or through a different account.",
        ),
        (
            "user",
            "OK dia hantar receipt, another RM50 through TNG eWallet dari nombor 012-887 4402. 所以 total 对了 kan?",
        ),
        (
            "assistant",
            "Yes, RM350 bank transfer plus RM50 via Touch 'n Go eWallet from 012-887 4402 makes RM400, matching the arowana deposit. I'd note both references against his name in the ledger so the audit trail is clear.",
        ),
    ],
    [
        (
            "system",
            "You are the order-support assistant for Reef & Root Aquatics Pte Ltd. Customer on this session: Ms Nadia Rahim, customer ID RR-10482, phone 8765 0921, delivery address 18 Hougang Street 91 #05-08, Singapore 534236. Open order: SO-2026-3381 (Oase BioMaster 350, 2 bags Tropica soil).",
        ),
        ("user", "Hi, where is my filter? It was supposed to come yesterday."),
        (
            "assistant",
            "Hi Ms Rahim, I'm sorry for the delay. Order SO-2026-3381 was handed to our courier this morning and is scheduled for delivery today between 2pm and 6pm to your Hougang Street 91 address. The driver will call 8765 0921 before arriving.",
        ),
        ("user", "Ok thanks, can you ask him to leave it with my neighbour at #05-10 if I'm out?"),
        (
            "assistant",
            "Noted. I've added a delivery instruction: if no one answers, leave the parcel with the neighbour at #05-10. You'll get an SMS once it's delivered.",
        ),
    ],
    [
        (
            "user",
            "我要報名台灣國際蘭展的個人組，表格要填身分證字號跟地址，可以幫我檢查格式嗎？姓名：許志明，身分證 A215738407，地址：台中市西屯區文心路三段 241 號 9 樓之 2，電話 0933-218-774。",
        ),
        (
            "assistant",
            "格式大致正確：身分證字號為 1 個英文字母加 9 位數字，A215738407 長度符合；地址建議寫成「台中市西屯區文心路三段241號9樓之2」；手機 0933-218-774 也沒問題。請確認參展品種與盆數是否已填寫。",
        ),
        (
            "user",
            "品種是文心蘭 Onc. Sweet Sugar 兩盆，另外我太太陳怡君也要一起報名，她的身分證是 B220635174 嗎？好像是我記錯了。",
        ),
        (
            "assistant",
            "建議您直接向陳怡君女士本人確認身分證字號，或請她自行填寫，避免登錄錯誤影響報名；若號碼有誤，主辦單位可能會退件。文心蘭兩盆的部分已可填入「參展品種」欄。",
        ),
    ],
    [
        (
            "user",
            "Saya jual pokok bonsai beringin kepada seorang lelaki bernama Shahrul Nizam, dia bayar RM1,500 guna cek tapi cek tu tendang. Kereta dia Proton X70 plat WVF 3318.",
        ),
        (
            "assistant",
            "Maaf dengar tentang itu. Langkah pertama: minta bank keluarkan surat cek tak laku, kemudian hubungi pembeli secara bertulis untuk menuntut bayaran. Jika tiada respons, anda boleh buat laporan polis dengan menyertakan salinan cek dan butiran pembeli.",
        ),
        (
            "user",
            "Alamat dia saya ada, No. 22 Jalan Cempaka 7, Taman Cempaka, 68000 Ampang. Boleh tolong tulis surat tuntutan?",
        ),
        (
            "assistant",
            "Boleh. Kepada: Encik Shahrul Nizam, No. 22 Jalan Cempaka 7, Taman Cempaka, 68000 Ampang. Perkara: Tuntutan Bayaran RM1,500 bagi Pembelian Pokok Bonsai Beringin. Cek yang tuan berikan telah ditolak oleh bank. Sila jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini, jika tidak tindakan undang-undang akan diambil. Sila tambah nama dan tandatangan anda di bahagian bawah.",
        ),
    ],
    [
        ("system", "你係香港一個錦鯉會嘅秘書助手，幫手整理會議紀錄，用繁體中文。"),
        (
            "user",
            "幫我整理周年大會紀錄：出席 12 人；副主席 Alan Cheung 請辭，原因係佢同太太離緊婚要搬去英國；司庫報告會費收入 HK$18,400。",
        ),
        (
            "assistant",
            "周年大會紀錄（初稿）：一、出席人數：12 人。二、人事變動：副主席 Alan Cheung 因個人及家庭原因請辭，大會接納。三、財務報告：本年度會費收入 HK$18,400。建議紀錄只寫「個人及家庭原因」，唔好寫離婚，保障佢私隱。",
        ),
        ("user", "好，另外補選咗梁家豪做副主席，佢電話 9321 6670，要寫落通訊錄。"),
        (
            "assistant",
            "已加入：四、補選：梁家豪先生當選副主席，即時生效。通訊錄更新：梁家豪，9321 6670。會議紀錄對外公佈時，可以考慮唔列出電話號碼。",
        ),
    ],
    [
        (
            "user",
            "How much would it cost to ship a 3-foot bonsai from Penang to Singapore? Pickup from 41 Lorong Delima 3, Island Glades, 11700 Gelugor, sender Ooi Chin Hock, 012-491 6620.",
        ),
        (
            "assistant",
            "For a 3-foot (about 90 cm) potted bonsai, most cross-border couriers will treat it as oversized and need a phytosanitary certificate from the Malaysian Department of Agriculture plus an NParks import permit on the Singapore side. Expect roughly RM350-RM600 for a door-to-door specialist plant mover, excluding permit fees.",
        ),
        (
            "user",
            "Receiver is my sister Ooi Mei Ling at 27 Siglap Drive, Singapore 456190, phone 9012 4486. Can you put the sender and receiver details in a neat block for the courier form?",
        ),
        (
            "assistant",
            "Sender: Ooi Chin Hock, 41 Lorong Delima 3, Island Glades, 11700 Gelugor, Penang, Malaysia, Tel 012-491 6620. Receiver: Ooi Mei Ling, 27 Siglap Drive, Singapore 456190, Tel 9012 4486. Contents: 1 live bonsai tree in ceramic pot, approx. 90 cm, with phytosanitary certificate attached.",
        ),
    ],
]
