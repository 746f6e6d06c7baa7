# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix129: bonsai, koi and orchid nurseries and hobby clubs in SG/MY/HK/TW (shows, sales, deliveries, member lists, WhatsApp and LINE groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix129
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Kohaku tosai 15-18 cm, Sakai Fish Farm bloodline: S$185 each; nisai 30-35 cm: S$680; breeder certificates included for every fish priced above S$500.
        Juniperus chinensis 'Itoigawa' pre-bonsai, 3-gallon nursery pot, trunk 2.5 cm: RM 120; field-grown 8 cm trunk with jin and shari already carved: RM 1,450.
        Vanda Miss Joaquim, blooming size in 12 cm teak basket: S$38; Dendrobium Sonia, 4 spikes: S$22; Aranda Christine cut stems, bundle of 10: S$15.
        Koi pellets: Hikari Friend 10 kg bag (SKU HK-FR-10L) S$96.00; Saki-Hikari Growth 5 kg medium S$142.00; all prices inclusive of 9% GST.
        Repotting service for trees up to 40 cm: S$35 with akadama/pumice/lava 1:1:1 supplied; bigger trees quoted on site. Aluminium wire 1.5 mm: S$4.80 per 100 g.
        Pond health check within 15 km of Pasir Panjang: S$80 per visit, covers KH/GH/ammonia/nitrite tests and a gill scrape under the microscope; medication extra.
        Phalaenopsis Sogo Yukidian 'V3' twin-spike in ceramic pot: HK$268; Paphiopedilum Maudiae group, single growth: HK$150; corporate orders of 20+ pots get 12% off.
        Klang Valley delivery: flat RM 25 below RM 300, free above RM 300; koi travel in oxygen bags, max 3 fish per box, live arrival guaranteed within 24 hours.
        Tokoname unglazed rectangle 28 x 20 x 6 cm, Yamaaki kiln stamp: S$210; Yixing oval 35 cm: S$165; mica training pots from S$9; pot feet and mesh free with any pot.
        Ficus microcarpa 'Tiger Bark' informal upright, 35 cm, six years in training: RM 380; Bougainvillea 'Mini Thai' in bract: RM 95; Premna microphylla raw stock: RM 60.
        Showa sansai 52 cm, Dainichi origin, in quarantine since 3 Oct: price on request; viewing by appointment at the Lim Chu Kang farm office, Tue to Sun 10am-5pm.
        Club membership S$60 a year (family S$90); show entry fee S$25 per koi and S$30 per bonsai; hobbyists under 16 enter free with a guardian-signed form.
        Invoice line: item 0042 Goshiki tategoi 40 cm, qty 1, unit S$1,250.00, GST 9% S$112.50, total S$1,362.50, order no. SO-2026-11-0387, terms 14 days.
    """),
    ("zh-Hans", "展会通知"): _lines("""
        【通知】2026年第十二届华南盆景艺术博览会将于12月18日至21日在广州流花湖公园举行，参展作品请于12月10日前提交照片及规格表，报名邮箱 expo@gz-penjing-assoc.org.cn。
        新加坡兰艺研究会年度展览定于2027年3月6日至8日在滨海湾花园花穹举行，参展兰株须于3月4日上午9时至下午5时送达，逾期恕不受理，详情请致电协会办公室 6278 1301。
        各参赛锦鲤须在入场前完成KHV检测，报告日期不得早于开幕前14天；认可检测机构名单见大会官网第3页，咨询请联系赛事组委会秘书处，电话 +60 3-7865 2210。
        评审标准：树形占40分，盆树比例与配盆占20分，枝干与根盘占25分，整体意境占15分；本届评审团由中国盆景艺术家协会推荐的五位专家组成，评审结果当场公示。
        展会期间每日上午10点、下午3点在B馆舞台有现场造型示范，示范树材为一株树龄约三十年的真柏，由主办方提供，观众免费观看，无需预约，座位有限先到先得。
        参展商须知：每个标准展位3米×3米，收费人民币2800元，含一桌两椅及220V电源一个；如需加装水循环设备，请在申请表第7栏勾选并另付押金500元，展后退还。
        本届锦鲤品评会共设红白、大正三色、昭和三色、写鲤、别光、浅黄秋翠、光写、变种鲤及丹顶等13个组别，按体长分为15、25、35、45、55、65厘米以上六个部。
        门票：成人票30元，学生及60岁以上长者凭证件15元，1.2米以下儿童免费；团体20人以上请提前三天通过公众号“南方兰友”预约，可享八折优惠，现场不设团体售票。
        为保障展品安全，布展时段（12月16日18:00至12月17日22:00）仅限持工作证人员进入，请各参展单位于12月12日前将所需工作证数量报至组委会，逾期不予补办。
        获奖名单将于12月21日下午4点在主舞台公布，金奖作品可获奖金人民币8000元及奖杯一座，全部获奖作品将刊登于《花木盆景》杂志2027年第2期，敬请关注。
        物流说明：外地参展盆景可委托大会指定承运商顺丰冷运，运单号以SF开头共15位，运输途中如有损坏，请在签收后24小时内凭开箱照片向承运商提出理赔。
        本会将组织会员团参观明年5月在槟城植物园（Penang Botanic Gardens）附近展览中心举办的槟城兰花展，费用每人约马币1200元，名额40人，额满即止。
        温馨提示：展馆内禁止使用三脚架及闪光灯拍摄锦鲤，请勿向展示池投放任何饲料；官方直播每日下午2点在视频号同步进行，导览小程序v2.3已上线，可查看展位图。
    """),
    ("zh-Hant", "staff_group_chat"): _lines("""
        今日旺角花墟店要補貨：白色大花蝴蝶蘭30盆、紅掌15盆，仲有兩箱中粒赤玉土，唔該倉務同事十點前裝車，貨車照舊泊喺界限街後巷嗰個上落貨區。
        大埔錦鯉場嗰邊話第三號池個pH跌咗去6.4，我已經落咗小蘇打，聽朝再測一次，如果仲係咁就要換三分一水，當更嘅同事記得喺記錄簿寫低數字。
        聽日西九文化區嗰張單係公司活動擺花，要二十盆金錢樹同十盆細葉榕盆景，發票抬頭寫公司名，唔好寫錯，單號係 INV-HK-26-1187，月結三十日。
        提提大家：花展期間（3月13至22號）維園攤位要兩個人輪更，早更九點到三點，晚更三點到九點，排班表已經放咗喺 Google Sheet 第二頁，有問題搵主管。
        送貨嗰架貨van今朝冷氣壞咗，已經book咗九龍灣車房下晝兩點維修，今日啲蘭花改用另一架車送，落單時注意送貨時間可能遲一個鐘，要同客講定先。
        新到嗰批台灣蝴蝶蘭有幾盆葉面有黑點，懷疑係細菌性軟腐，已經隔離喺溫室B區最入面，暫時唔好賣住，等供應商回覆同埋化驗結果出咗先再決定。
        網店後台今朝九點至十一點升級，版本由 4.2.1 轉去 4.3.0，期間 WhatsApp Business 自動回覆會暫停，有客問貨就話下晝再覆住，唔好即刻報價。
        上個月門市營業額係 HK$186,400，比去年同期多咗一成二，主要係年宵桃花預訂帶動，會計部話月尾前要交晒收據副本，唔該各店負責同事跟進。
        錦鯉飼料又加價，日本Hikari 由每包 HK$520 加到 HK$565，我建議下個月起門市價跟住調，大家有意見喺度講，星期五例會再定，新價表會出PDF。
        澳門嗰間酒店訂咗五十盆洋蘭擺大堂，要星期四朝早八點前到氹仔，過關文件已經搞掂，跟車同事記得帶埋植物檢疫證書正本同埋兩份發票副本。
        溫室A區嗰部抽濕機顯示 E3 錯誤碼，睇說明書係水箱滿，倒咗水但仲閃緊燈，我已經打咗品牌維修熱線 3105 8822，佢哋聽日朝早十點上門檢查。
        盆景班下星期二改咗喺沙田大會堂展覽廳上堂，時間唔變，七點半開始，學員通知由課程部統一發，唔使喺group度再問，工具箱照舊由倉務準備。
        今日收到嘅黑松素材有三棵根盤唔夠好，已經影相send返俾日本供應商，佢哋話可以換貨或者退八成款，大家覺得點？聽日中午前要覆返人哋。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama koi perlu dikuarantin sebelum dimasukkan ke kolam? J: Kami syorkan sekurang-kurangnya 3 hingga 4 minggu dalam tangki berasingan pada suhu air 26-28°C.
        S: Adakah kedai ini menghantar ke Sabah dan Sarawak? J: Ya, melalui kargo udara dari KLIA setiap Selasa dan Jumaat; caj bermula RM 180 bagi satu kotak ikan.
        S: Bagaimana cara menyiram orkid Dendrobium semasa musim tengkujuh? J: Kurangkan siraman kepada dua kali seminggu dan pastikan media kulit kayu kering sebelum disiram semula.
        S: Bolehkah saya membayar secara ansuran? J: Pembelian melebihi RM 2,000 boleh dibayar melalui Atome atau Grab PayLater dalam 3 ansuran tanpa faedah.
        S: Di manakah lokasi ladang? J: Lot 2118, Jalan Sungai Buloh Lama, 47000 Sungai Buloh, Selangor; dibuka setiap hari 9 pagi hingga 6 petang kecuali Hari Raya Aidilfitri.
        S: Apakah nombor pendaftaran syarikat? J: Taman Koi Harmoni Sdn. Bhd. (No. SSM 201701034567 / 1245678-W), turut berdaftar dengan Jabatan Perikanan Malaysia.
        S: Kenapa daun orkid saya menguning? J: Biasanya kerana cahaya matahari terus atau akar reput; hantar gambar ke talian WhatsApp kedai 017-338 2041 untuk nasihat percuma.
        S: Adakah bonsai sesuai diletakkan di dalam rumah? J: Juniper dan Pine perlukan cahaya luar; Ficus dan Serissa boleh bertahan di dalam rumah berhampiran tingkap yang cerah.
        S: Berapakah saiz kolam minimum untuk koi? J: Sekurang-kurangnya 5,000 liter dengan kedalaman 1.2 meter, serta penapis yang memproses seluruh isi padu air setiap 2 jam.
        S: Bagaimana jika ikan mati semasa penghantaran? J: Rakam video semasa membuka kotak dan hantar dalam masa 2 jam; kami ganti ikan sama saiz atau pulangkan 100% bayaran.
        S: Adakah kelab menerima ahli baharu? J: Ya, yuran pendaftaran RM 50 dan yuran tahunan RM 80; borang boleh dimuat turun dari laman web kelab atau diambil di kaunter nurseri.
        S: Apakah media terbaik untuk Phalaenopsis? J: Campuran lumut sphagnum dan kulit pain kasar 1:2, ditukar setiap 18 bulan; elakkan tanah kebun biasa kerana akar mudah reput.
        S: Bilakah pertandingan koi tahunan diadakan? J: Biasanya pada bulan Ogos di MIECC, Seri Kembangan; tarikh bagi tahun 2027 akan diumumkan di halaman Facebook rasmi kami.
    """),
    ("mixed", "product_listing"): _lines("""
        🔥 READY STOCK 🔥 Kohaku 25cm x 3 ekor, import dari Niigata, 已检疫两周, harga RM 450 seekor, beli 3 free 1 bag Hikari 2kg. COD di kedai Sungai Buloh sahaja.
        【Carousell】Juniper Shimpaku bonsai 正宗日本 import, height 32cm, trunk 4cm, jin & shari done, comes with Tokoname pot. S$480 nego sikit, self-collect at our Yishun nursery.
        Dendrobium 'Burana Jade' 3 pots for S$25, 花期大概 2 months, suitable for corridor or balcony, cahaya separa teduh pun ok. Listing ID 2298451120, shop rating 4.9.
        Shopee SKU ORC-PHAL-W2S｜白色蝴蝶兰 double spike 双梗｜ceramic pot 陶瓷盆 included｜Penghantaran Lembah Klang 1-2 hari｜RM 89.90 (harga asal RM 129).
        二手 koi pond filter Nexus 320, used 18 months, working perfectly, 包 media, RM 3,200 ono. Boleh test dulu di kedai kami di Jalan Kuchai Lama, Isnin tutup.
        Ficus 'Ginseng' bonsai 人参榕 mini 15cm, sesuai untuk hadiah CNY, 每棵 RM 28, bulk order 50 pcs ke atas dapat harga borong RM 22. PM page for full catalogue.
        Taiwan 進口 Oncidium 'Sharry Baby' 巧克力文心蘭, smells like chocolate 真的有巧克力味, NT$350/盆, 7-11 交貨便 ok, 宅配 +NT$150, 花況如圖.
        Lelong! Tancho Kohaku 38cm, female, 体型好 body shape cantik, Momotaro bloodline, certificate ada. Kolam stok penuh. RM 2,800 firm. Viewing Sabtu & Ahad sahaja.
        Akadama 赤玉土 hard quality 14L, double-line, S$32 / bag; Kanuma 鹿沼土 S$28; 买满 5 bags free delivery island-wide, order via shop website or hotline 6552 0913.
        Mokara 'Calypso' cut flowers 一扎 10 stems, RM 18, fresh dari ladang Cameron Highlands every Tuesday, restoran dan hotel boleh buka akaun kredit 30 hari.
        Vanda Robert's Delight 'Blue' 蓝色万代兰 hanging basket, 已开花 in bloom, S$55. Sesuai untuk balkoni yang dapat matahari pagi. Stock 12 baskets left only.
        Bundle deal 🎁 Bonsai starter kit: 3 pre-bonsai (Serissa, Fukien Tea 福建茶, Premna), wire 3 sizes, 剪刀一把, cut paste; RM 159 sahaja, SKU BNS-KIT-03, stok terhad.
        Koi food 自家配方 spirulina 12%, protein 40%, 5kg pail, RM 135 only, sesuai musim panas, batch no. KF-2611-B, expiry 11/2027. 批发请私讯 page, dealer price ada.
    """),
    ("en", "delivery_system_logs"): _lines("""
        2026-11-28T09:14:02+08:00 INFO dispatch.route route_id=R-SG-W-0412 stops=14 vehicle=VAN-03 cold_chain=true est_duration=5h20m driver_shift=AM
        2026-11-28T09:14:07+08:00 WARN sensor.tank tank=Q2 farm=LCK temp_c=29.6 threshold=28.0 action=chiller_on ack=pending retries=0
        orders.csv header: order_id,sku,qty,unit_price_sgd,pickup_slot,show_code,payment_status,created_at,channel,warehouse_bin
        config.yaml -> whatsapp_business: { number: +6562205541, template: order_ready_v3, lang: [en, zh_CN, ms] }  # shop hotline, do not change
        2026-11-28T10:02:33+08:00 ERROR payments.paynow txn=PN20261128100233A91 amount=148.00 status=timeout retry=2/3 merchant_uen=201534567K
        SKU,name,category,price_myr,stock -> ORC-VAN-MJ-12,Vanda Miss Joaquim 12cm basket,orchid,42.00,37 (last sync 2026-11-27 23:00)
        shipment tracking JNT 630098771245 status=OUT_FOR_DELIVERY hub=Shah Alam DC eta=2026-11-29 14:00 parcel=koi_food_5kg x2
        const SHOW_ENTRY_FEE = { koi: 25, bonsai: 30, orchid: 15 }; // SGD per entry, updated for the 2027 season by the club committee
        sha256(catalogue_2026Q4.pdf)=9f2c4b1e7a0d33c58e6f12ab40c9d7e1b25f6a8c0e3d4f5a6b7c8d9e0f1a2b3c size=18.4MB uploaded=2026-11-20
        cron: 0 6 * * * /opt/nursery/bin/sync_stock --source=pos --target=shopee --region=MY --dry-run=false >> /var/log/sync_stock.log
        2026-11-29T16:45:10+08:00 INFO notify.line channel=@tw-orchid-farm msg_id=LN-88213 template=show_reminder sent=1342 failed=7
        env example: SMTP_FROM=orders@greenbough-nursery.com.sg SMTP_HOST=smtp.example.com SMTP_PORT=587  # replace before deploy
        2026-11-30T07:30:00+08:00 INFO pond.feed schedule=auto ponds=[P1,P2,P5] grams=[420,380,150] feeder_fw=v1.8.3 battery=87%
    """),
    ("zh-Hant", "歷史"): _lines("""
        嶺南盆景起源於清末民初的廣州，以「截乾蓄枝」技法著稱，素仁和尚與孔泰初被視為早期代表人物，其後這種風格隨移民傳入香港、澳門與東南亞各地。
        卓錦萬代蘭（Vanda Miss Joaquim）於1893年由新加坡的艾妮絲·卓錦培育並獲植物園記錄，1981年被選為新加坡國花，至今仍是植物園最受歡迎的品種之一。
        香港銀行家伍宜孫自上世紀五十年代起鑽研盆景，其「文農」盆景在海外多次展出，部分藏品後來轉贈美國亨廷頓圖書館的中國園林「流芳園」作永久陳列。
        台灣蝴蝶蘭產業於1980年代起步，台糖公司後來在台南後壁設立蘭花生物科技園區，如今台灣每年輸出的蝴蝶蘭苗株在全球市場佔相當大的比例。
        錦鯉原產於日本新潟縣山古志村一帶，十九世紀初農民在梯田水池中飼養食用鯉魚時發現色彩變異，之後逐步培育出紅白、大正三色等經典品種。
        1914年東京大正博覽會上展出的錦鯉引起轟動，此後錦鯉逐漸被視為觀賞魚，二戰後更隨日本經濟起飛而傳到香港、台灣、新加坡及馬來西亞。
        日本盆栽大師木村正彥以大膽的雕刻枯枝技法聞名，被譽為「盆栽魔術師」，他的示範作品曾影響不少台灣及香港年輕一代的盆景愛好者與職業園藝師。
        美國日裔盆景家約翰·中（John Naka）於1973年出版《Bonsai Techniques》，書中的構圖原則至今仍是東南亞不少盆景班的入門教材與參考書。
        新加坡植物園的蘭花育種計劃始於1928年，由時任園長艾瑞克·霍頓（Eric Holttum）主持，其後發展出以來訪貴賓名字命名雜交蘭的傳統，延續至今。
        1960年代香港新界元朗、上水一帶已有不少錦鯉及金魚養殖場，後來因土地發展逐漸遷往大埔及錦田，部分老字號至今仍在原址附近營業。
        電影《小子難纏》（The Karate Kid）中宮城先生修剪盆景的一幕，使八十年代不少觀眾第一次認識盆景，這個虛構角色至今仍常被盆景社拿來開玩笑。
        馬來西亞金馬崙高原自英國殖民時期起便是溫帶蔬果、花卉及蘭花的種植中心，1885年測量師威廉·金馬崙（William Cameron）在勘察時記錄了這片高原。
        台灣國際蘭展自2005年起在台南後壁舉辦，曾吸引超過二十萬人次入場，展期多在三月，與日本東京巨蛋世界蘭展並列亞洲最重要的兩大蘭展之一。
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Ah Hock Koi Farm @ Lim Chu Kang 真系好正, 鱼质量好 and staff very patient explaining filtration. Harga berpatutan, will come back for the 2027 show season.
        ★★☆☆☆ Ordered 2 Phalaenopsis via Shopee from 花漾兰园 official store, order 2611280RK9J4, one pot arrived with broken spike 折咗, seller offered only 10% refund. Not happy.
        Tempat ni best untuk beginner bonsai, 老板好 friendly, ada kelas setiap Sabtu pukul 10 pagi, yuran RM 60 termasuk pokok. Parking agak susah on weekends though.
        4/5 – 台北建國假日花市 B 區那家蘭花攤 selection 很多, price reasonable, 但是 weekend 人超多, 建議早上九點前去. Card payment OK, LINE Pay 也可以.
        Uncle Tan Bonsai Garden (Jalan Ampang branch) 的 juniper 品相一般, overpriced compared to Sungai Buloh, but service ok and pot collection quite impressive. 3 stars.
        Kedai ikan koi paling lengkap di Ipoh! 品种多 from Kohaku to Kujaku, water super clear, and they post KHV test results on the wall. Highly recommended 👍
        ★★★★☆ National Orchid Garden at Singapore Botanic Gardens, S$15 entry, 看到 Dendrobium Margaret Thatcher 同 Dendrobium Memoria Princess Diana, 影相一流, bring water!
        旺角花墟「陳記蘭藝」服務態度麻麻, 問價都唔耐煩, but the Paphiopedilum selection is the best in Hong Kong, 價錢 HK$120 起. Mixed feelings, 3/5.
        Delivery by Koi Express MY was late by 6 hours, tracking KX-MY-55810244 stuck at Seremban hub, ikan masih hidup nasib baik. Their hotline 1-300-88-5644 took forever.
        超推 Kaohsiung 蘭花農場 tour, NT$250 含導覽 and one free mini orchid, 老闆娘 explained 組培 process very clearly. 週一公休 so check before going.
        Reply from the owner: Terima kasih atas maklum balas! 我们已经 improve packaging, now using double-layer oxygen bags for all koi above 30cm. – Management, Harmoni Koi Centre
        1 star. Bought 'Itoigawa juniper' at a Sunday pasar tani stall in Shah Alam, turned out to be Juniperus procumbens 根本唔系 Itoigawa. Be careful with roadside stalls.
        澳門 Jardim da Flora 附近嗰間小水族店 has nice small koi and 金魚, prices in MOP, 店主講 Cantonese + Portuguese 好得意, 值得一去. 4.5/5.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member list row: Goh Wei Liang, NRIC S8834517G, mobile 9176 2284, Blk 318 Clementi Ave 4 #09-112 Singapore 120318, koi club since 2019, 2026 dues paid.
        Please don't announce it in the group, but Mr. Raymond Teo won't be judging at the show — he's starting chemo at NCCS next week for stage 3 colon cancer.
        Delivery slip: Koh Siew Ling, 27 Jalan Kemuning 3, Taman Kemuning, 41200 Klang, Selangor, HP 012-748 3390, 2 x Phalaenopsis, COD RM 178.
        Can someone tell Jason Yeo from the orchid stall that his ex-wife called the nursery again about the maintenance he owes — S$14,000 in arrears, apparently.
        PayNow refund to 9488 1273 (Mdm Ong Bee Hoon) for the cancelled Kohaku, S$650, ref PN-RF-0931, she asked us to confirm by SMS.
        Winner of the 35 cm Showa class: Dr. Arvind Pillai; prize cheque to be mailed to his home at 56 Simei Street 1, #04-11, Singapore 529939.
        Pls whatsapp me directly at +65 8842 6617 for the wired juniper, don't PM the club page, the admin replies very slowly.
        Koi boarding form | Owner: Melissa Chua Hui Min | Email: melissa.chua88@gmail.com | Pond address: 14 Sunrise Drive, Singapore 806538 | Emergency contact: husband, 9023 5518
        Auntie Lucy from Block 227 fell in her garden last Sunday and fractured her hip, she's warded at Changi General, so skip her repotting demo this month.
        Car SLA4127U has been parked at the koi farm loading bay since Friday — it's the new member Harish Menon's car, his licence got suspended after the drink-driving arrest.
    """),
    "zh-Hans": _lines("""
        会员登记：王建国，身份证号 440103197805123517，手机 138 2745 9163，住址 广州市荔湾区龙津西路88号3栋502，兴趣：岭南盆景，入会日期2024年3月。
        陈先生上周在展会上心脏病发，现在还在中山一院ICU，他订的那盆真柏先帮他留着，这事别在群里说。
        请帮忙转账给刘秀琴的建行卡 6217 0031 2045 8876 510，金额3600元，是她那条大正三色的尾款，备注写锦鲤。
        阿明这个月又没交会费，听说他做生意亏了二十多万，还欠鱼场老板四万块，大家借钱给他要小心。
        快递单：收件人 周丽华，电话 159 0213 6684，地址 上海市闵行区七宝镇漕宝路3366弄18号1202室，物品：蝴蝶兰两盆，保价500元。
        请核对会员黄美玲的身份证末四位 672J 和生日 1969年4月3日，她要报名明年兰展的评审培训。
        林太说她女儿怀孕五个月了，胎位不太稳要卧床，这次花展不能来帮忙摆摊，让我们另外找人顶上。
        日志：2026-11-30 10:21 用户 zhangwei_koi88 登录，绑定手机 186****3307，IP 113.89.24.160，收货地址改为 深圳市南山区桃源村二期7栋1803。
        老吴的车牌粤B·7K2M9，以后他来鱼场拉货直接放行，不用登记，他家就住在鱼场后面的吴屋村12号。
        张师傅工资每月8500元加提成，上个月因为弄死两条鱼被扣了1200，他老婆还来店里闹过一次。
    """),
    "zh-Hant": _lines("""
        報名表：姓名 麥志強，香港身份證 K345678(1)，手機 9387 2156，住址 新界大埔寶湖道寶湖花園5座12樓C室，參展項目：錦鯉大正三色55cm組。
        何太話佢老公上個月被裁員，屋企供樓都就嚟供唔起，啲錦鯉養唔起，想平賣晒成池魚，大家有興趣可以私訊佢。
        台灣會員資料：吳淑芬，身分證 F224518730，電話 0932-517-846，地址 新北市板橋區文化路二段182巷5號4樓，蘭藝社年費已繳。
        阿坤，你上次話買魚借嘅兩萬蚊幾時還？成個錦鯉會都知你賭波輸咗錢，唔好再避我電話。
        請轉帳至 中國信託 帳號 5401-3378-2019，戶名 蔡明哲，蝴蝶蘭訂金 NT$12,000，匯款後請 LINE 告知帳號末五碼。
        澳門蘭友會會員梁少芳，證件號碼 5215438(1)，電話 6628 4471，住喺氹仔海洋花園第二座十八樓，會費請上門收。
        黃伯早排中咗風，而家坐輪椅，佢屋企人話佢啲盆景要搵人幫手打理，一個月淋水同剪枝四次。
        寄件資料：收件人 鄭志宏 先生，台中市西屯區福科路88巷12號3樓，手機 0912-338-475，內容物：羅漢松盆景一盆，貨到付款 NT$3,800。
        會員陳玉明嘅電郵 ymchan1972@yahoo.com.hk 收唔到花展通告，麻煩秘書處改返做 ymchan72@gmail.com。
        陳小姐話佢離緊婚，前夫唔肯分返個錦鯉池啲魚，佢問我哋可唔可以幫手估值出份報告俾律師。
    """),
    "ms": _lines("""
        Senarai ahli kelab: Mohd Faizal bin Rahman, No. K/P 850317-10-5523, tel 013-662 4819, alamat No. 12, Jalan Mawar 5, Taman Sri Gombak, 68100 Batu Caves.
        Encik Azlan Hashim tak dapat datang pertandingan koi sebab isterinya baru bersalin pramatang, bayi masih dalam NICU Hospital Sungai Buloh.
        Tolong bank-in baki RM 2,300 ke akaun Maybank 1621 4408 7732 atas nama Nurul Huda binti Ismail untuk bonsai Ficus yang dibeli semalam.
        Kak Ros dah tiga bulan tak bayar sewa gerai orkid, katanya hutang along dia makin teruk, jangan bagi dia ambil stok baru.
        Alamat penghantaran: Siti Aminah, Lot 445 Kampung Sungai Sireh, 45500 Tanjong Karang, Selangor. Hubungi 019-287 5530 sebelum sampai.
        Pakcik Hamid sakit buah pinggang, kena dialisis tiga kali seminggu, jadi ahli kelab bergilir-gilir beri makan koi di rumah dia.
        Kereta WXY 8842 milik En. Shahrul Nizam — dia ditangkap polis semalam kerana menyeludup ikan arowana, jangan benarkan dia masuk ladang.
        Emel peribadi saya haziq.orkid92@gmail.com dan nombor IC 920814-14-6271, untuk sijil pemenang pertandingan orkid ya.
        Gaji Zulkifli sebagai penjaga kolam RM 1,900 sebulan; dia minta pendahuluan RM 800 sebab anak dia masuk wad denggi.
        Rekod CSV ahli_id,nama,ic,telefon -> MKS-0217,Tan Boon Keat,780522-07-5119,016-441 2785
    """),
    "mixed": _lines("""
        Eh 各位, Alvin Lim 的 koi 全部 died 因为 KHV, 他现在 depressed 到不想出门, please don't tag him in the group ok.
        Order confirm ✅ 收件人 Lee Mei Fong, 地址 Blk 512 Bedok North Ave 3 #11-254 S460512, HP 9632 0175, 2 x Vanda 蓝色, total S$110 PayNow done.
        Boss, Ah Keong cakap IC dia 880605-08-5439 hilang, 他要 renew membership 但是 no IC, boleh guna passport A41235567 tak?
        阿玲 tolong transfer deposit RM 500 ke CIMB 7012 5588 4403 (nama: Wong Siew Lan), 她要 book 那条 Sanke 先.
        LINE 群 screenshot: 王小姐 0958-226-713 說她的 orchid order 還沒到, 地址 高雄市苓雅區四維三路66號9樓之2, please check 物流.
        HKID check for 展品登記: 張偉賢 Cheung Wai Yin, Z683365(A), mobile 6135 2280, entries: 2 x Kohaku 55cm.
        FYI 我 manager 说 Rachel Ng 这个月 salary 只有 S$2,100 加 commission, she's asking for raise 因为她老公刚 retrenched.
        Chat export: [03/12/26 21:14] Kenny Ho: bro my new number 9457 1182 ah, old one kena scam, 大家 update 一下 contact.
        Uncle Ravi 手上那粒 mole 医生 say maybe melanoma, biopsy next Monday at SGH, so bonsai class 他 skip 两个 week.
        Taiwan member form: 林佳慧 (Lin Chia-hui), 身分證 A227385612, birthday 1985/09/14, 住 台南市東區崇學路120巷7號, orchid club 年費 NT$1,500 paid.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant of Greenbough Nursery, a bonsai and orchid nursery in Singapore. Be brief and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to our member Daniel Seah (9345 7720) that his three repotted junipers are ready for collection at the Yishun nursery, balance S$105 still unpaid.",
        ),
        (
            "assistant",
            "Hi Daniel, this is Greenbough Nursery. Your three repotted junipers are ready for collection at our Yishun nursery. A balance of S$105 is still outstanding; you can pay by PayNow or at the counter when you collect. Thank you!",
        ),
        ("user", "Good, also mention we're closed on Monday."),
        (
            "assistant",
            "Hi Daniel, this is Greenbough Nursery. Your three repotted junipers are ready for collection at our Yishun nursery (closed on Mondays). Balance due: S$105, payable by PayNow or at the counter. Thank you!",
        ),
    ],
    [
        (
            "user",
            "帮我把下面的会员信息整理成CSV，表头用 姓名,手机,城市,会费状态：李志刚 13922874516 佛山 已交；赵敏 18617730294 东莞 未交；何国栋 13711625840 广州 已交",
        ),
        (
            "assistant",
            "姓名,手机,城市,会费状态; 李志刚,13922874516,佛山,已交; 赵敏,18617730294,东莞,未交; 何国栋,13711625840,广州,已交",
        ),
        ("user", "再帮我写一句提醒赵敏交会费的短信，语气客气一点。"),
        (
            "assistant",
            "赵敏您好，这里是岭南盆景研习会。温馨提醒您2027年度会费尚未缴纳，方便时请于本月底前通过微信或现场缴交，谢谢您的支持！",
        ),
    ],
    [
        ("system", "你係一間香港錦鯉場嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "有個客何志輝先生話佢上星期買嘅兩條紅白送到屋企（將軍澳日出康城3期8座21樓B室）第二日就死咗，佢好嬲，幫我寫個道歉訊息。",
        ),
        (
            "assistant",
            "何生你好，我哋對兩條紅白喺送到之後咁快死咗感到非常抱歉。為咗搵出原因，想麻煩你提供開箱片同水質數據；確認之後我哋會安排同尺寸嘅魚補返俾你，或者全數退款。再次同你講聲對唔住。",
        ),
        ("user", "佢仲話要我哋上門睇下個魚池。"),
        (
            "assistant",
            "可以加一句：如果方便，我哋可以安排技術同事下星期上門日出康城免費檢查魚池水質同過濾系統，時間你揀，請覆返你方便嘅日子。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat peringatan yuran tertunggak untuk ahli kelab orkid kami, Puan Rohani binti Sulaiman, No. K/P 710923-06-5348, tunggakan RM 240 untuk tahun 2025 dan 2026.",
        ),
        (
            "assistant",
            "Puan Rohani binti Sulaiman (No. K/P 710923-06-5348) — PERINGATAN YURAN TERTUNGGAK — Dengan hormatnya dimaklumkan bahawa yuran keahlian Puan bagi tahun 2025 dan 2026 berjumlah RM 240 masih belum dijelaskan. Mohon jelaskan bayaran sebelum 31 Disember 2026 bagi mengekalkan keahlian. Sekian, terima kasih. Setiausaha Kelab",
        ),
        ("user", "Boleh buang nombor IC? Nanti surat ni dihantar melalui WhatsApp."),
        (
            "assistant",
            "Boleh. Gantikan baris pertama dengan: Kepada Puan Rohani binti Sulaiman, Ahli Kelab. Selebihnya kekal sama. Menghantar nombor IC melalui WhatsApp memang tidak digalakkan.",
        ),
    ],
    [
        (
            "user",
            "Summarise this WhatsApp group chat for me: [Eddie Chong] 星期六 koi show 我 bring 两条 Showa. [Suresh] Ok bro, I'll drive, my car WVB 3318. [Eddie Chong] 我的 new number 016-725 4490 hor. [Mei Ling] Sorry tak dapat ikut, mak saya masuk hospital lagi.",
        ),
        (
            "assistant",
            "Summary: Eddie Chong is bringing two Showa to Saturday's koi show and shared a new number (016-725 4490). Suresh will drive in his car WVB 3318. Mei Ling can't join because her mother is back in hospital.",
        ),
        ("user", "Make it shorter, for the club secretary."),
        (
            "assistant",
            "Saturday show: Eddie (2 Showa, new no. 016-725 4490) and Suresh driving (WVB 3318). Mei Ling absent, family emergency.",
        ),
    ],
    [
        (
            "system",
            "Customer record for this session: Name: Teresa Lau Pui Yee; HKID: R214096(8); Phone: 9271 3358; Address: Flat 7D, Block 2, Tai Po Centre, Tai Po, N.T.; Orders: ORD-HK-20488 (2 x Phalaenopsis, paid). Help the customer with delivery questions.",
        ),
        ("user", "Hi, when will my orchids arrive?"),
        (
            "assistant",
            "Hi Ms Lau, your order ORD-HK-20488 with two Phalaenopsis is paid and scheduled for delivery to Tai Po Centre tomorrow between 2pm and 6pm. The driver will call 9271 3358 before arriving.",
        ),
        ("user", "Can you deliver to my office instead? It's in Kwun Tong."),
        (
            "assistant",
            "Sure, please send me the full office address and a contact name at reception, and I'll update the delivery for tomorrow's afternoon slot.",
        ),
    ],
    [
        (
            "user",
            "我媽媽陳秀蘭今年78歲，下星期要在台大醫院開刀換髖關節，住院大概兩週。她養了二十幾盆蝴蝶蘭，我不太會照顧，這段時間該怎麼澆水？",
        ),
        (
            "assistant",
            "祝陳媽媽手術順利。兩週內蝴蝶蘭照顧很簡單：水苔盆大約每7到10天澆一次，摸起來表面乾了再澆；放在有散射光、不被直曬的窗邊；開花中的盆不要移動位置，以免落花。不需要施肥，等媽媽出院再恢復。",
        ),
        ("user", "如果葉子變軟怎麼辦？"),
        (
            "assistant",
            "葉子變軟多半是缺水或根部受損。先檢查水苔是否完全乾透，乾的話澆透一次；如果水苔一直濕、根變褐色軟爛，就是爛根，需要換盆修根，可以拍照問附近的蘭園。",
        ),
    ],
    [
        (
            "user",
            "Make me an invoice for a bonsai sale. Seller: Evergreen Bonsai Studio, UEN 202118765M. Buyer: Tan Kah Wee, 21 Lorong 3 Toa Payoh #06-45 Singapore 310021. Item: Japanese black pine, 45 cm, S$1,200.",
        ),
        (
            "assistant",
            "INVOICE No. EBS-2026-0112; Seller: Evergreen Bonsai Studio (UEN 202118765M); Bill to: Tan Kah Wee, 21 Lorong 3 Toa Payoh #06-45, Singapore 310021; Item: Japanese black pine bonsai, 45 cm, qty 1, S$1,200.00; Total: S$1,200.00; Payment: PayNow or bank transfer within 14 days.",
        ),
        ("user", "Add 9% GST."),
        (
            "assistant",
            "Updated totals: Subtotal S$1,200.00; GST 9% S$108.00; Total payable S$1,308.00. Everything else stays the same.",
        ),
    ],
    [
        ("system", "你是马来西亚一家兰花园的行政助理，帮老板处理员工事务。"),
        (
            "user",
            "帮我算一下：工人阿福（黄福来，IC 760411-01-5237）月薪RM 2,200，EPF员工扣11%，这个月他借了RM 300预支，实发多少？",
        ),
        (
            "assistant",
            "黄福来本月计算：月薪RM 2,200；EPF员工部分11% = RM 242；预支扣回RM 300。实发 = 2,200 − 242 − 300 = RM 1,658。另外SOCSO和EIS的员工扣款也要按当月表格扣除，实际到手会再少一点。",
        ),
        ("user", "SOCSO大概多少？"),
        (
            "assistant",
            "按月薪RM 2,200左右的级别，员工SOCSO约RM 10.75，EIS约RM 4.30，最终以PERKESO最新缴款表为准。扣除后阿福实发约RM 1,642.95。",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 WhatsApp message 追數：會員 Kelvin 蘇家豪 (HKID Y508731(5), 電話 6482 9053) 上年花展租咗我哋兩個 koi tank 仲欠 HK$4,600, 已經 chase 咗三次都唔覆。",
        ),
        (
            "assistant",
            "蘇生你好，我係香港錦鯉研習社秘書處。上年花展你租用兩個展示魚缸嘅費用 HK$4,600 至今仍未繳付，我哋之前已經聯絡過三次。麻煩你喺本月31號前安排過數，或者覆返呢個訊息同我哋傾還款安排，多謝合作。",
        ),
        ("user", "語氣可唔可以強硬少少？"),
        (
            "assistant",
            "蘇生，HK$4,600 魚缸租金已逾期近一年，三次提醒均未獲回覆。如本月31號前仍未收到款項或回覆，本社將暫停你嘅會籍並考慮循小額錢債審裁處追討。請盡快處理。",
        ),
    ],
]
