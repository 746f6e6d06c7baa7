# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en323: SG/MY traditional Chinese medicine halls and sinsehs (herbal prescriptions, acupuncture and tuina records, patients' ailments, instalment plans, sinsehs' and dispensers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en323
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop_notices"): _lines("""
        NOTICE: Our Chinatown outlet at 335 Smith Street #02-118 will close at 2pm on 29 Jan for Chinese New Year eve. Sinseh consultations resume 3 Feb (初六), 9am sharp.
        Acupuncture and tuina are by appointment only. Please call the hall at 6225 8861 or WhatsApp our counter line +65 9177 2046 between 10am and 6pm, Mon to Sat.
        All our physicians are registered with the TCM Practitioners Board (TCMPB), Singapore. Registration certificates are displayed at the reception beside the herb drawers.
        Please inform the sinseh if you are pregnant, on blood thinners such as warfarin, or taking Western medicine before any herbal prescription, cupping or gua sha is given.
        Decoction service: we can boil your herbs for you. Ready in 2 hours, packed in 200ml sachets, $1.50 per sachet. Collect at counter 3 with your queue slip.
        Instalment plan for the 10-session tuina package available via Atome and Grab PayLater (3 x $126.00). No interest if paid on time. T&Cs apply, ask counter staff.
        Wong Fei-hung may have run Po Chi Lam in Foshan, but our bone-setter does not do flying kicks. Sprain and dislocation cases: walk in, no appointment needed.
        Hall hours from 1 March: Mon-Fri 9.00am-7.30pm, Sat 9.00am-5.00pm, Sun and PH closed. Last consultation number issued 45 minutes before closing.
        Lost and found: one black umbrella and one box of Eu Yan Sang Bak Foong Pills left at the waiting area on 14 Aug. Claim at the front counter with proof of purchase.
        Pioneer Generation and Merdeka Generation cardholders enjoy 10% off consultation fees at our hall. Please show your physical or digital card at registration.
        Ah Seng Medical Hall (UEN 53218476K), 62 Jalan Besar, Singapore 208814. Established 1958. We do not sell rhino horn, tiger bone or any CITES-listed species.
        Moxibustion will not be done in Room 2 while the smoke detector is being serviced by the MCST contractor on 18 and 19 Nov. Sorry for the inconvenience.
        Free public talk by the Singapore Chinese Physicians' Association: 'Eating Right in the Rainy Season', Chinatown Point, 133 New Bridge Road, 7 Sept, 2pm.
    """),
    ("en", "price_list"): _lines("""
        Consultation (first visit) $18 | Follow-up $12 | Herbal decoction per pack from $6.80 | Concentrated granules per day from $9.50 | Prices exclude 9% GST.
        Acupuncture 30 min $45 | Acupuncture + electro-stim $55 | Cupping (fire or pump) $30 | Gua sha $35 | Moxibustion add-on $15 | Tuina 45 min $60.
        Wild American ginseng (Wisconsin, 8-10 yrs), sliced: S$38.80 per 37.5g (1 tael). Whole roots, grade A: S$168 per tael. Slicing done free of charge.
        Dong quai (当归) whole head, Gansu Minxian: RM28 / 100g. Huang qi (黄芪) sliced, Inner Mongolia: RM14 / 100g. Goji (宁夏枸杞) 280 grade: RM22 / 250g.
        Cordyceps sinensis, Nagqu, Tibet, 1,800 pieces per kg: S$118 per gram. Cultured Cordyceps militaris: S$24.90 per 50g. Certificate of origin on request.
        Bird's nest, Sarawak cave, cleaned, AAA grade: RM4,880 per kg. Swiftlet house nest, Pahang, unbleached: RM3,200 per kg. MyGAP and VHM certified.
        Tiger Balm Red 19.4g S$4.60 | Po Chai Pills 10 vials S$6.20 | White Flower Oil 20ml S$7.90 | Kwan Loong Medicated Oil 57ml S$9.30 | Prices valid till 31 Dec.
        Tuina package, 10 sessions: $540 (save $60). 3-month instalment: $180 x 3 via PayNow to UEN 201934521M, reference TN10. Package valid 6 months from first use.
        Herbal tea of the day (凉茶): chrysanthemum + prunella (夏枯草) $2.20/cup, 24-flavour (廿四味) $2.80/cup, bitter gourd tea $2.50/cup. Takeaway bottle +$0.30.
        Ling zhi spore powder, shell-broken, 60 capsules x 500mg: RM168. Twin pack RM310. Free shipping West Malaysia above RM150; Sabah/Sarawak RM15 flat.
        Ba Zhen Tang (八珍汤) 7-day set $48.00; Liu Wei Di Huang Wan (六味地黄丸) 200 pills Lanzhou Foci brand $12.90; Bao He Wan 200 pills $11.50.
        Rental of electric herb decoction pot (2L, auto shut-off): $15/day, deposit $100 refundable. Delivery within CBD $8, elsewhere in Singapore $12.
        Student rate for NTU and SUSS TCM students: 20% off dried herbs above $30 with valid matric card. Not applicable to ginseng, cordyceps and bird's nest.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, shipment from Guangzhou landed. 14 cartons, invoice GZ-2024-08817. Please check the chuan xiong and bai zhu boxes first, last batch got moisture.
        Reminder: Tuesday sinseh on leave next week, so all Tue acupuncture slots shift to Thursday. Front desk pls update the booking sheet tab 'Nov wk3'.
        Drawer 47 (fu ling) almost empty, drawer 112 (gan cao) also low. I already put in PO-5531 to Hock Seng Trading, ETA Friday.
        Who moved the brass scale? The digital one for 0.1g weighing is at station B now, please put back after using. Auditor coming 12/3.
        FYI HSA sent a circular on Chinese proprietary medicine labelling, effective 1 July. Boss says print the summary and paste at the dispensing area.
        Closing checklist pls: off moxa extractor fan, lock ginseng cabinet, count cash float ($200), print Z-report from POS terminal 02 before 7.45pm.
        Decoction machine #3 leaking again from the valve. Already called supplier hotline 6743 2219, technician coming tomorrow 10am. Use #1 and #2 only today.
        Lazada order LZ2411-7738192 returned, parcel damaged and the goji got wet. Pls don't restock, mark as write-off in the system under code WO-DMG.
        Grab courier for the Tiong Bahru delivery is waiting downstairs. Packet is in the blue basket, labelled order no. 0457. Can someone pass down?
        Sinseh says if customers ask about the haze, can recommend the chrysanthemum + mulberry leaf tea set, but don't promise it cures anything. HSA very strict on claims.
        Stock take result: huang lian short by 38g, dang shen over by 120g. Probably weighing error during last Saturday rush. Recheck on Monday before we report.
        New POS update v4.2.1 tonight after closing. Don't key in any sales after 8pm, system will restart. IT will post in this group once done.
        J&T picked up 9 parcels at 3.40pm, tracking JT6500183347 to JT6500183355, all Klang Valley orders. Pls put the red san qi warning sticker on the next batch.
    """),
    ("en", "config_and_code"): _lines("""
        CLINIC_TZ=Asia/Singapore; QUEUE_PREFIX=A; MAX_DAILY_ACU_SLOTS=24; GST_RATE=0.09; DEFAULT_CURRENCY=SGD  # herbs-pos config v3.7
        SELECT sku, herb_name_zh, stock_g FROM herb_inventory WHERE stock_g < reorder_level_g ORDER BY drawer_no;  -- daily low-stock report
        def price_decoction(days: int, per_day: float = 6.80) -> float: return round(days * per_day * 1.09, 2)  # incl. 9% GST
        CREATE TABLE prescriptions (rx_id VARCHAR(16) PRIMARY KEY, patient_ref CHAR(36), herb_sku VARCHAR(12), dose_g DECIMAL(6,1), created_at TIMESTAMP);
        2024-11-18T09:41:07+08:00 INFO pos.sync batch=8831 items=42 store=SG-CHINATOWN-01 status=ok duration_ms=1274
        WARN inventory: SKU HB-DGU-100 (dang gui 100g) below reorder level 500g at store MY-PETALING-02, current=210g, supplier=HSTRADING
        smtp_from: noreply@tongahmedical.com.sg | smtp_host: smtp.office365.com | port: 587 | reply_to: appointments@tongahmedical.com.sg
        a3f9c21 fix: tuina package instalment rounding (3 x 126.67 -> 126.66/126.67/126.67), closes #214
        {"sku":"GJ-NX-250","name_en":"Ningxia goji 280 grade","name_zh":"宁夏枸杞","unit":"g","pack":250,"price_myr":22.00,"halal_cert":false}
        ACUPOINT_MAP = {"LI4": "合谷 Hegu", "ST36": "足三里 Zusanli", "SP6": "三阴交 Sanyinjiao", "PC6": "内关 Neiguan"}  # flag SP6/LI4 for pregnancy
        0 2 * * * /opt/herbpos/bin/backup --db herbpos_prod --dest s3://sinseh-backups/sg/ --keep 30  # nightly backup
        sha256(price_list_2025Q1.pdf) = 9f2c4e7a1b0d83c56e4f7a29b1c08d3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b
        app.get("/api/v2/herbs/:sku/stock", auth("dispenser"), async (req, res) => res.json(await stock.bySku(req.params.sku)));
    """),
    ("zh-Hans", "药材商品详情"): _lines("""
        【同仁堂】安宫牛黄丸 3克×1丸 礼盒装，北京同仁堂出品，新加坡门市现货，每丸 S$98.00，限购每人两盒，售完即止。
        长白山人参须 特级 500克装 RM89，产地吉林抚松，原料批号 CBS-2407-15，保质期24个月，请置阴凉干燥处保存。
        宁夏中宁枸杞 头茬果 280粒/50克，无硫熏，SGS检测报告编号 SHHG2408012345，下单满S$50本岛包邮。
        云南文山三七粉 20头 超细粉 250克，现磨现卖，门店地址：吉隆坡苏丹街 Jalan Sultan 52号，营业时间早九晚六。
        正宗广东新会陈皮 十年陈 茶枝柑 100克 S$45.80，附新会陈皮行业溯源码，可扫码查询仓储年份与产区，送礼自用两相宜，新加坡本岛满S$80免运费。
        张仲景《伤寒论》经方浓缩颗粒：桂枝汤、小柴胡汤、四逆散，每盒14包，每包相当于饮片一日量，售价S$32，须经注册中医师处方方可配发，恕不接受网上自助下单。
        福建武夷山大红袍岩茶 250克罐装，可搭配药膳汤包，商品编号 SKU-TEA-DHP-250，目前库存 36 罐，另有 100克试饮装 S$18.50，马来西亚订单由吉隆坡仓发货。
        马来西亚彭亨州燕屋燕盏 一级 50克 RM420，兽医局VHM认证，出口批号 VHM-EXP-2311-0087，可寄新加坡。
        李时珍《本草纲目》记载的黄精，九蒸九晒工艺，500克袋装 RM65，湖南产区，适合煲汤或泡酒，商品编号 HJ-HN-500，吉隆坡门市与网店同价，每周三补货。
        虎标万金油（红）19.4克，胡文虎创立品牌，团购10瓶以上每瓶S$4.20，门市客服热线 6532 0188，批发询价请电邮 wholesale@tigerherbs.com.sg。
        川贝枇杷膏 京都念慈菴 300毫升，香港制造，订单号 ORD20241108-00417 已发货，顺丰单号 SF1402837765123。
        艾灸条 南阳五年陈艾 十支装 S$16.90，无烟型另售 S$19.90，适合家用艾灸盒，发货仓：新加坡裕廊仓库，下午三点前付款当天寄出，马来西亚运费另计。
        东阿阿胶 250克铁盒装 RM380，附防伪码，马来西亚总代理公司注册号 201901028765 (1332567-K)，正品保障。
    """),
    ("zh-Hant", "醫館歷史"): _lines("""
        同濟醫院創立於1867年，是新加坡最古老的中醫慈善機構之一，其位於歐南街的舊址建築於1973年被列為國家古蹟，醫院現遷至振瑞路的同濟大廈繼續贈醫施藥。
        余仁生由余廣於1879年在霹靂州務邊創立，初時為錫礦工人提供中藥，後由其子余東璇將業務擴展至新加坡與香港，如今已成為區域內知名的上市中藥集團。
        胡文虎與胡文豹兄弟於1920年代將萬金油由仰光帶至新加坡，並於1937年興建虎豹別墅，今已改為公眾主題公園，園內十殿閻王雕塑仍吸引不少遊客與學生參觀。
        中華醫院由新加坡中醫師公會於1952年創辦，開設義診並培養本地中醫人才，為南洋中醫教育奠定基礎，至今仍在全島多個分院為年長者提供低收費診療。
        香港《中醫藥條例》於1999年通過，其後推行註冊中醫制度，由香港中醫藥管理委員會負責註冊及紀律事宜，並設有表列中醫制度，讓資深從業者過渡至註冊資格。
        澳門的中藥老字號多集中於議事亭前地一帶，部分藥材行自清末營業至今，仍保留昔日的百子櫃與銅秤，是不少遊客參觀歷史城區時駐足拍照的地點。
        臺灣全民健康保險自1995年開辦起即給付中醫門診，包括針灸與傷科推拿，中醫藥政策由衛生福利部主管，各大醫學中心亦普遍設有中醫部門。
        黃飛鴻在廣州開設寶芝林醫館，以跌打正骨聞名，其故事經電影演繹後成為南洋華人最熟悉的醫者形象之一，不少跌打醫館至今仍掛著他的畫像。
        檳城椰腳街一帶在二十世紀初藥材行林立，貨源多經汕頭與廈門轉運，十九世紀中葉已有閩籍藥商於此落腳，部分店屋現已列入喬治市世界遺產核心區。
        吉隆坡茨廠街的老藥材店多設有百子櫃，抽屜以毛筆書寫藥名，部分店鋪至今仍以算盤結帳、以牛皮紙包藥，成為老街文化導覽的重要一站。
        新加坡《中醫執業者法令》於2000年通過，中醫管理委員會隨後成立，針灸師與中醫師先後須向該會註冊方可執業，每兩年須完成規定的持續教育學分。
        孫思邈著《備急千金要方》，提出「大醫精誠」，至今仍是不少南洋中醫學院畢業典禮上宣讀誓詞的出處，勉勵新一代醫師以仁心對待每一位求診者。
        馬來西亞《2016年傳統與輔助醫藥法令》生效後，中醫執業者須向衛生部傳統與輔助醫藥局註冊並定期更新執業證書，未註冊者不得以中醫師名義執業或刊登廣告。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah rawatan akupunktur di pusat kami selamat? J: Semua jarum pakai buang dan steril. Pengamal kami berdaftar dengan Bahagian Perubatan Tradisional dan Komplementari.
        S: Berapa lama satu sesi tuina? J: Sesi biasa 45 minit, termasuk penilaian ringkas. Sila tiba 10 minit awal untuk pendaftaran di kaunter.
        S: Bolehkah saya bayar secara ansuran? J: Ya, pakej 10 sesi boleh dibayar 3 kali melalui Atome atau kad kredit Maybank dan CIMB, tanpa faedah.
        S: Adakah ubat herba di sini halal? J: Hanya produk berlabel halal JAKIM disahkan halal. Sila tanya kakitangan untuk senarai produk yang diperakui.
        S: Di manakah kedai kami? J: No. 27, Jalan Tun H.S. Lee, 50000 Kuala Lumpur, berhampiran Stesen LRT Pasar Seni. Tempat letak kereta terhad.
        S: Bagaimana hendak membuat temu janji? J: Hubungi talian kedai 03-2072 5519 atau WhatsApp kaunter 012-338 4107, 9 pagi hingga 6 petang, Isnin hingga Sabtu.
        S: Bolehkah wanita hamil menerima bekam? J: Tidak digalakkan. Sila maklumkan sinseh jika anda hamil atau mengambil ubat pencair darah sebelum rawatan.
        S: Bolehkah resit dituntut daripada insurans? J: Sesetengah polisi menerima resit rawatan TCM. Resit rasmi kami mengandungi nombor pendaftaran SSM 201801034412.
        S: Berapakah caj konsultasi? J: RM30 untuk lawatan pertama dan RM20 untuk susulan. Ubat herba dikira berasingan mengikut preskripsi sinseh.
        S: Bolehkah herba dihantar ke Sabah? J: Boleh, melalui Pos Laju atau J&T. Caj penghantaran RM15, tempoh 3 hingga 5 hari bekerja.
        S: Apakah itu moksibusi? J: Rawatan memanaskan titik akupunktur dengan daun mugwort (ai ye) yang dibakar. Sesuai untuk sakit sendi akibat sejuk.
        S: Adakah kedai dibuka semasa Hari Raya? J: Tutup pada 1 dan 2 Syawal. Dibuka semula hari ketiga, waktu operasi 10 pagi hingga 4 petang.
        S: Bolehkah saya bawa preskripsi daripada sinseh lain? J: Boleh. Pendispens kami akan menimbang herba mengikut preskripsi, kecuali bahan terkawal di bawah Akta Racun 1952.
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Very old-school medical hall, the 百子柜 still got handwritten labels. Uncle at counter weigh herbs with brass scale, very shiok to watch. Price reasonable lah.
        ★★☆☆☆ Waited 1.5 hours for consultation even with appointment. Tuina itself ok but reception very blur, kept calling wrong queue number. 下次不来了。
        4/5 Tempat bersih, sinseh explain slowly in Mandarin and English. Cupping a bit painful but neck much better after. Parking kat Jalan Sultan susah sikit.
        Their 凉茶 stall at Chinatown Complex Food Centre #02-54 sells the 24-flavour one, damn bitter but good for heatiness. $2.80 a cup, opens 7am.
        Ordered dried herbs on Shopee from this medical hall, order 241106KP8HT2Q, arrived in 2 days, vacuum packed. Seller replied in Chinese and English. Recommended!
        Eu Yan Sang outlet at Raffles City, staff very patient, explained difference between cultured and wild cordyceps, no hard sell. 服务态度好，五星。
        Hockhua Tonic outlet in Ipoh: bird's nest price higher than Petaling Street but at least got cert. Staf cakap Melayu pun fluent. 4 stars.
        Paid for a 10-session acupuncture package at this Bukit Timah clinic, it closed down after 4 sessions. Many others also reported to CASE. Avoid!!
        Sinseh here very honest, said no need to buy the expensive ling zhi, just sleep early and drink more water. Mana ada kedai lain cakap macam tu? Respect 👍
        Tried the Ah Por's Kitchen herbal soup packs (black chicken + dang gui, S$8.90). Brand is from Ipoh I think, taste quite authentic, cook 3 hours.
        Chinatown 老字号, air-con kuat, ada tempat duduk for elderly. Decoction service fast, tunggu 2 jam je. Google Maps pin slightly off, shop is beside the 7-Eleven.
        Went to Tong Ren Tang at Bugis for the 安宫牛黄丸, S$98 per pill. Expensive but genuine. Counter staff spoke mostly Mandarin so bring your 华语. 3.5/5
        Kedai ubat cina ni sangat lama, sejak 1948. The wooden signboard was written by a Qing-dynasty calligrapher, they say. Must visit kalau pergi Jonker Street, Melaka.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Patient card: Tan Boon Huat, M, 42, NRIC S8234517E, Blk 412 Bedok North Ave 2 #08-221, S460412. Dx: lumbar strain, 气滞血瘀. Rx: tuina 2x/week, Du Huo Ji Sheng Tang 7 packs.
        Mdm Goh Siew Lan came in again for insomnia and night sweats, says she has been sleeping 3 hours a night since her divorce was finalised in March. Sinseh added Suan Zao Ren Tang.
        Pls call back Mr Ravi Chandran at 9734 6218 re his acupuncture slot Thu 3pm, he wants to shift to Sat because he has dialysis on Thursdays.
        Instalment record | Package: fertility support 12 sessions | Client: Nurul Ain bte Kamarudin | Paid 2 of 6 (S$210 each) | Next due 15/01 | Note: IVF cycle 2 starting Feb.
        Lim Ah Kow still owes the hall $1,340 for the cordyceps and ginseng he took on credit since June. Told him last week, he said will pay after his son's CNY bonus.
        Tuina log 12/11 10:30, Desmond Yeo Wei Jie, right frozen shoulder, ROM improved to 120 deg. Mentioned he got retrenched last month so wants to stop package early; refund balance $270.
        Herb delivery to: Mrs Jessie Koh, 18 Jalan Kembangan #02-05, Singapore 419111, HP 8126 5093. Leave with guard if nobody home. 7 packs, already decocted.
        Jayden's mum WhatsApp again: boy (7 yrs) still got eczema flare on both elbows after 2 weeks of herbs, she asking if can switch to topical only. Her number 9015 3382.
        Callback list Mon: 9682 4410 (wants refund for unused cupping sessions, very angry), 8473 1956 (asking about gout herbs), 6258 3304 (home line, elderly, speaks Hokkien).
        Consent form: I, Siti Hajar binti Osman (FIN G5520376N), agree to receive electroacupuncture. I confirm I am not pregnant and have no pacemaker. Signed 03/09/2024.
        Email from kelvin.ong.1988@gmail.com: hi sinseh, the herbs for my gastric ulcer finish already, can courier another 14 days to my office? Same as last time.
        PayNow refund of $95 sent to 9047 2231 (Mr Chua Kok Leong) for cancelled moxa package, txn ref PN24110800713. He said his wife just gave birth so cannot come.
        Patient Harjit Singh s/o Gurmit Singh, DOB 14/02/1976, NRIC S7621094B, type 2 diabetes on metformin 500mg bd. Sinseh advised no gan cao, watch sugar. Review 2 weeks.
        Aunty Mei from Block 56 (the one with the walking stick) came to collect her son's herbs again; he is still warded at IMH, she pays cash every Friday.
        rx_id,name,nric,phone,dx | RX-240931,Lee Hui Min,T0318842B,9128 7740,irregular menses PCOS
        Mr Zainal Abidin's bank transfer for the sciatica package bounced, DBS acct 072-915463-8. Called him twice, no answer. Hold his next booking until cleared.
        Photo received on WhatsApp from Grace Teo: her tongue (pale, teeth marks) and the rash on her neck, sent 6 Dec 9.14pm. Saved to patient folder P-20483, do not forward.
        Car SKQ 4821 M belongs to the tuina patient who parks at our loading bay every Tuesday, Mr Benjamin Sim. Building security complained again.
        Mr Wong Kah Wai (HKID K482913(1)) visiting from Hong Kong for stroke rehab, left side weakness since Aug. Wife asks if acupuncture 3x weekly possible during the 2-week stay.
        Referral: Ms Priya d/o Suresh, 31, 4 months pregnant, severe morning sickness, lost 3kg. Requests only ginger and acupressure, no decoction. Contact 8890 1247.
    """),
    "zh-Hans": _lines("""
        陈先生（陈志强）腰椎间盘突出第三次复诊，针灸配合推拿，自述上个月刚被公司裁员，问能否分期付款，已同意分三期每期S$180。
        患者：王丽华，女，38岁，身份证号350203198609142620，厦门来新加坡陪读，失眠心悸两个月，处方天王补心丹加减七剂。
        林太又来拿药了，她老公在吉隆坡欠了一屁股赌债，她说最近睡不着、一直掉头发，师傅给她开了归脾汤。
        阿明的手机 016-472 8813，推拿套餐还剩3次没用，他说下周从新山过来，叫我们先帮他留周六早上的位。
        收件人：张晓燕，广州市天河区龙口西路123号华景新城8栋1502房，电话 139 2417 6580，寄东革阿里和燕窝各一盒。
        门诊登记：刘建国，男，身份证440106197805233416，高血压三级，服氨氯地平，今日血压168/102，建议先看西医，暂不针灸。
        黄师傅说陈美玲小姐怀孕八周了，上次开的桃仁红花方子要马上停，已经打电话 9231 5508 通知她本人。
        欠款记录：郑国华 赊账 RM2,860（冬虫夏草、高丽参），承诺每月还RM300，已还两期，第三期已逾期15天。
    """),
    "zh-Hant": _lines("""
        病人資料：何嘉欣，HKID Y305127(5)，住址九龍觀塘協和街101號5樓B室，主訴產後腰痛、乳汁不足，已預約推拿三次。
        李伯（李國雄）中風後右手無力，女兒說家中沒人照顧，想申請上門針灸，聯絡電話 9632 1187。
        臺灣病人吳雅婷，身分證字號A228374613，經期不順、多囊卵巢，回臺前想帶三個月份量的科學中藥。
        蔡太太說她老公早前被警察帶走調查，現在她一個人顧兩個小孩，頭痛失眠，師傅這次幫她減了診金。
        澳門客人梁志明電郵 leungcm.mo@yahoo.com.hk，要求將上次的痛風藥方寄到他家：氹仔柯維納馬路256號濠景花園第3座12樓F。
        分期付款表：客戶 周淑芬｜療程 減重針灸20次｜總額 S$1,600｜已付 S$800｜餘額分四期｜信用卡尾號 9023｜備註：糖尿病前期。
    """),
    "ms": _lines("""
        Pesakit: Encik Mohd Faizal bin Rahman, No. KP 850312-14-5673, alamat No. 12, Jalan SS 2/64, 47300 Petaling Jaya. Sakit belakang kronik, 6 sesi akupunktur.
        Puan Rosnah telefon lagi, anak dia baru ditangkap polis sebab dadah, dia tak boleh tidur dan tekanan darah naik. Sinseh suruh datang hari Khamis.
        Baki hutang Kak Yati untuk pakej bekam: RM450. Dia janji bayar selepas gaji hujung bulan. No telefon 013-928 4471.
        Rekod tuina: Muthu a/l Krishnan, 58, pemandu lori, cakera tergelincir L4-L5, gaji tak cukup nak bayar penuh, setuju ansuran RM100 sebulan.
        Pindahan bank dari akaun Maybank 1640 2287 5513 atas nama NORAZLINA BT ISMAIL, RM320 untuk herba kesuburan. Sila sahkan dengan pesakit.
        Kereta WXY 7392 milik Encik Lau Chee Meng diletak depan pintu kedai sejak pagi. Dia datang urut tapi dah 3 jam. Tolong call dia 012-655 0938.
        Borang pendaftaran: Nama: Aishah binti Yusof | Tarikh lahir: 02/11/1993 | E-mel: aishah.yusof93@gmail.com | Hamil 20 minggu | Alahan: kacang tanah.
        Cik Mei Ling dari Seremban, pesakit migrain, baru bercerai bulan lepas dan pindah rumah ke Taman Bukit Kepayang, minta herba dihantar ke alamat baru.
    """),
    "mixed": _lines("""
        Sinseh ah, Mr Lee Chong Wei (not the badminton one lah, the uncle from Toa Payoh Lor 8) his gout flare again, toe swollen, he ask can pay 分三期 or not?
        @counter pls prepare 7包 for 黄秀英 aunty, 9187 4402, 她的 kidney 有问题 (CKD stage 3), NO 关木通 NO 马兜铃, double check!
        Booking 14/12 3pm 针灸: Siti (HP 011-2384 5561), back pain lepas bersalin, baby 2 bulan. Dia bawa anak sekali, prepare mat.
        Boss, 那个 Kenneth Chia 还欠 $780 tuina package, 电话不接, WhatsApp blue tick only. Should we send lawyer letter to his office?
        Patient 阿珍 from Pasir Ris, 乳腺癌 after chemo, want herbs to 补气血. Her daughter's email chia.lynn@outlook.sg for sending the rx photo.
        Terima kasih sinseh! Saya Farah, IC 900715-10-5528, my period dah regular after 3 months herbs. Next month I datang lagi ya 😊
        收据 Receipt No. R-58812 | 病人: Ong Beng Hock 王明福 | NRIC S6915503J | 针灸+拔罐 $85 | Paid NETS | Remark: 乙肝带菌者, use disposable cups only.
        Uncle Ah Huat 又来赊账了, 说他儿子在新山 kena accident, hospital bill 很多, 这次 herba RM240 先记账, total already RM1,120.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Tong Ah Medical Hall, 62 Jalan Besar, Singapore. Be polite, never give a diagnosis, and refer medical questions to the sinseh.",
        ),
        (
            "user",
            "Hi, I'm Sharon Low, HP 8461 2093. Can I book acupuncture for my migraine this Sat morning? Also I'm 10 weeks pregnant, is that safe?",
        ),
        (
            "assistant",
            "Hi Sharon, thanks for letting us know about your pregnancy. Some acupoints are avoided during pregnancy, so the sinseh will assess you first before any needling. I can hold Sat 10.15am for a consultation under 8461 2093. Shall I confirm?",
        ),
        ("user", "Yes pls confirm. Can my husband come in with me?"),
        (
            "assistant",
            "Confirmed: Sat 10.15am, consultation for Sharon Low. Your husband is welcome to sit in the room. Please bring your antenatal card if you have one.",
        ),
    ],
    [
        (
            "user",
            "Help me draft a WhatsApp to Mr Victor Tay (9318 6674). He missed 2 instalments of $150 for his 10-session tuina package, total $300 overdue. Don't sound rude, he's a regular.",
        ),
        (
            "assistant",
            "Sure. Draft: Hi Mr Tay, hope your back is feeling better! Just a gentle reminder that 2 instalments ($150 each, $300 total) for your tuina package are pending. You can PayNow to our UEN as usual. Let us know if you need a new schedule. Thank you!",
        ),
        (
            "user",
            "Good. Add that we can split into 3 smaller payments if his hospital bills after the knee op are a problem.",
        ),
        (
            "assistant",
            "Updated last line: If it helps with the bills after your knee operation, we can also split the $300 into 3 payments of $100. Just let us know and we will adjust.",
        ),
    ],
    [
        ("system", "你是一名中医诊所的病历整理助手，请用简体中文输出结构化病历。"),
        (
            "user",
            "帮我整理：患者何建平，男，32岁，身份证110108199203071558，北京来新加坡工作，主诉胃胀反酸三个月，舌淡苔白腻，脉弦滑，最近因为离婚压力大，失眠。处方柴胡疏肝散加减七剂。",
        ),
        (
            "assistant",
            "【病历】姓名：何建平｜性别：男｜年龄：32｜证件：110108199203071558｜主诉：胃胀反酸三个月｜舌脉：舌淡苔白腻，脉弦滑｜病史：近期离婚，情志不畅，失眠｜辨证：肝胃不和｜处方：柴胡疏肝散加减，七剂。",
        ),
        ("user", "证件号码要不要写全？"),
        (
            "assistant",
            "内部病历可按诊所规定保存完整证件号，但对外转发或上传云端时建议只保留必要信息，并取得患者同意。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan ke Bahasa Inggeris: Saya, Rohani binti Abdullah, No. KP 780921-08-5124, bersetuju menjalani rawatan bekam. Saya ada darah tinggi dan sedang makan ubat amlodipine.",
        ),
        (
            "assistant",
            "Translation: I, Rohani binti Abdullah, NRIC No. 780921-08-5124, agree to undergo cupping therapy. I have high blood pressure and am currently taking amlodipine.",
        ),
        ("user", "Terima kasih. Boleh tambah ayat yang dia tak hamil?"),
        (
            "assistant",
            "Tambahan: I confirm that I am not pregnant. Versi Melayu: Saya mengesahkan bahawa saya tidak hamil.",
        ),
    ],
    [
        (
            "system",
            "Context for this session: patient Caleb Tan, 13, NRIC T1147720D, mild persistent asthma, uses Symbicort inhaler; mother is the contact, HP 9752 0381. Give general diet tips only, no dosing.",
        ),
        (
            "user",
            "What soups can I cook for my son during the rainy season? The sinseh said he is 肺气虚.",
        ),
        (
            "assistant",
            "For a child described as lung qi deficient, families often cook mild soups such as pear with a little chuan bei, or lotus seed with yam (淮山). Keep using his Symbicort as the doctor prescribed and check with the sinseh before adding any herbs.",
        ),
        ("user", "Ok thanks, can you remind me next Monday?"),
        (
            "assistant",
            "I can't set reminders myself, but you may want to save a note on your phone for Monday, or ask the clinic to send an SMS to 9752 0381.",
        ),
    ],
    [
        (
            "user",
            "我想從新加坡寄一批中藥回香港給我媽媽，收件人陳碧霞，地址香港灣仔軒尼詩道318號3樓C室，電話 9123 4875，她有腎病，藥材有沒有限制？",
        ),
        (
            "assistant",
            "一般乾藥材可以郵寄，但部分含馬兜鈴酸的品種（如關木通、廣防己）在香港屬禁用或受管制。考慮到陳女士有腎病，建議先請香港的註冊中醫核對處方。",
        ),
        ("user", "好，那可以用順豐嗎？"),
        (
            "assistant",
            "可以，順豐有新加坡寄香港的服務，申報時請列明藥材名稱與重量，並附上處方影本以便清關。",
        ),
    ],
    [
        (
            "user",
            "Eh help me make a CSV for today's instalment collections: Alvin Ng 9023 1187 paid $120 tuina 3/6; 林美珍 8812 4490 paid $200 针灸 2/4; Rahim bin Said 9341 7702 paid $90 cupping 5/5 done.",
        ),
        (
            "assistant",
            "Here you go: name,phone,amount,treatment,instalment | Alvin Ng,9023 1187,120,tuina,3/6 | 林美珍,8812 4490,200,针灸,2/4 | Rahim bin Said,9341 7702,90,cupping,5/5 (completed). Paste into Excel and use | as the row separator.",
        ),
        ("user", "Steady. Add one column for overdue, 林美珍 late 10 days."),
        (
            "assistant",
            "Added overdue_days: Alvin Ng 0, 林美珍 10, Rahim bin Said 0. Want me to draft a reminder message for 林美珍 as well?",
        ),
    ],
    [
        (
            "user",
            "My father Mr Teo Hock Chye, 74, is on warfarin after his heart valve surgery. The medical hall uncle wants to sell him dan shen and san qi for his 'blood circulation'. Is that ok?",
        ),
        (
            "assistant",
            "Please be careful. Dan shen and san qi can both affect bleeding and may interact with warfarin, raising the INR. Do not start them without asking his cardiologist or the anticoagulation clinic first, and tell the sinseh he is on warfarin.",
        ),
        (
            "user",
            "His INR last week was 3.8 already, the clinic at Tan Tock Seng adjusted his dose.",
        ),
        (
            "assistant",
            "An INR of 3.8 is above the usual target range for many patients, so adding herbs that thin the blood would be risky. Keep to the clinic's plan and bring the herb list to his next INR check.",
        ),
    ],
    [
        (
            "system",
            "You help customers write clear, polite complaint letters to businesses in Malaysia.",
        ),
        (
            "user",
            "Write a complaint to Harmoni Herbal Centre, Jalan Gasing PJ. I paid RM1,200 for a 12-session slimming acupuncture plan, they closed without notice. I am Jessica Lim Pei Ying, 012-447 9036, jessica.lpy@gmail.com.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Jessica Lim Pei Ying, purchased a 12-session slimming acupuncture plan at your Jalan Gasing centre for RM1,200. The centre has since closed without notice and 12 sessions remain unused. I request a full refund within 14 days. Contact: 012-447 9036, jessica.lpy@gmail.com. Yours faithfully, Jessica Lim Pei Ying",
        ),
        ("user", "Can mention I will go to Tribunal Tuntutan Pengguna if no reply?"),
        (
            "assistant",
            "Added before the sign-off: If I do not receive a response within 14 days, I will file a claim with the Tribunal Tuntutan Pengguna Malaysia.",
        ),
    ],
    [
        (
            "user",
            "Worker from our site, Mr Hossain Md Rakib, FIN F3398215K, fell from ladder, 腰扭伤 very bad. Boss wants to send him to sinseh instead of hospital to save MC. Can or not?",
        ),
        (
            "assistant",
            "Because it was a fall at work, he should be seen by a doctor first to rule out fracture or nerve injury, and the employer must report workplace injuries under WICA if he gets MC beyond 3 days. Tuina can come later once serious injury is excluded.",
        ),
        ("user", "Ok la, he say can't feel his left foot properly also."),
        (
            "assistant",
            "Numbness in the foot after a fall is a warning sign. Please bring him to A&E today, not to a sinseh. Keep his FIN and the accident details for the MOM report.",
        ),
    ],
]
