# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en245: SG/MY stamp, coin and banknote dealers and collectors' societies (auctions, valuations, consignments, member lists, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en245
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "auction_lot_descriptions"): _lines("""
        Lot 1047: Straits Settlements 1867 QV 24c on 8a surcharge, mint part original gum, light toning at top margin, cat. SG 7, estimate S$380-450.
        Lot 1052: Malaya Japanese Occupation 1942 'Dai Nippon 2602' overprint on Perak 8c, block of four, fine used, Kuala Lumpur cds, est. RM1,200-1,500.
        Lot 2210: Singapore 1967 Orchid Series $1,000, signature of Lim Kim San as Minister for Finance, PMG 64 EPQ Choice UNC, prefix A/1, est. S$2,800-3,400.
        Lot 2214: Malaysia 1st Series RM1000 with Tuanku Abdul Rahman portrait, Bank Negara governor's signature, PCGS Banknote 58, small pinhole noted at left.
        Lot 3005: Hong Kong 1941 HSBC $1, serial J/H 372819, VF with two vertical folds, consignment reference C-24-0871, estimate HK$1,600-2,000.
        Lot 3121: Sarawak 1933 Rajah Vyner Brooke 25 cents, NGC MS63, attractive toned obverse, ex Penang Numismatic Society 1998 sale, est. RM950-1,200.
        Lot 4008: China 1934 Sun Yat-sen Junk dollar (L&M 110), PCGS AU Details - Cleaned, cert #40712835, opening bid HK$3,000, no reserve.
        Lot 5102: British North Borneo 1939 definitives, complete set of 15, lightly hinged, with 1941 War Tax overprints, Stanley Gibbons 2024 cat. GBP 1,150.
        Lot 5130: 1963 Malaysia Inauguration first day cover, Kuching cancel 16 SEP 1963, printed cachet, clean unaddressed cover, estimate RM180-220.
        Lot 6001: Singapore 1999 Portrait Series $10,000 Yusof Ishak, ZZ replacement prefix, PMG 66 EPQ Gem UNC; buyer's premium 20% plus GST applies.
        Lot 6040: Macau 1952 Banco Nacional Ultramarino 5 patacas, Pick 38a, Fine, 3 mm edge tear at bottom, sold as is, no returns accepted on this lot.
        Lot 7015: Kedah 1912 Sheaf of Rice 50c, perf 14, used with Alor Star duplex, faint crease visible under UV, BPA certificate 2019 no. 65117.
        Lot 7102: Johor 1896 Sultan Ibrahim 4c overprinted 'Three Cents', unused without gum, centred slightly low, Stanley Gibbons 34, est. S$120-160.
    """),
    ("en", "society_notices"): _lines("""
        Singapore Stamp Club monthly meeting: 2nd Saturday, 2.30pm, Level 3 Function Room, Toa Payoh Central Community Club. Bourse tables S$15, members free.
        Reminder: 2027 membership renewal is due by 31 January. Ordinary S$40, junior S$10, life S$600. PayNow to UEN 198703215E, quote your membership no. as reference.
        The Malaysia Numismatic Society AGM will be held on 14 March 2027, 10am, at the Museum and Art Gallery Bank Negara Malaysia, Jalan Dato' Onn, Kuala Lumpur.
        Call for exhibits: frames for the youth showcase at the Singapore Philatelic Museum, 23-B Coleman Street, close 28 Feb. Forms from exhibits@ssc-sg.example.org.
        Bourse rules: no grading arguments at the tables, slab cracking must be done off-premises, and every dealer must show an SSM or UEN number on the table card.
        Talk this Sunday: 'Forgeries of the 1948 Malayan Currency Board 10 dollar note' by the society's research committee. Loupes and UV torches will be provided.
        Library notice: Steven Tan's Standard Catalogue of Malaysia Singapore Brunei Coins and Paper Money (latest edition) is reference-only and stays in the room.
        Penang Numismatic Society bourse moves to Komtar Level 5 from April. Table booking via the society office line 04-262 7788, Tuesday to Saturday 10am-5pm.
        Members are reminded that the society does not authenticate coins for sale. Send items to NGC or PCGS through an authorised submission centre instead.
        Results for Sale 88 are now posted: 612 lots offered, 547 sold (89.4%), hammer total S$418,950. Unsold lots may be bought at reserve until 20 November.
        The committee thanks Stanley Gibbons and Taisei Coins for sponsoring the junior collectors' prize, a 2027 Commonwealth Stamp Catalogue set for each winner.
        Notice of closure: the clubroom at Bras Basah Complex #04-21 will be closed from 29 to 31 December for the year-end stock-take and pest control.
        The Malaysia 2027 national stamp exhibition follows FIP judging rules; the palmares will be read at the closing dinner at Dewan Tunku Canselor, Universiti Malaya.
    """),
    ("en", "dealer_price_list"): _lines("""
        SKU SG-ORC-001 | Singapore Orchid Series $1 (1967) UNC | S$38.00 | in stock: 12 | raw, crisp, no folds | ships in PVC-free sleeve
        Malaysia 3rd Series RM1 Tuanku Abdul Rahman (1981), AUNC, S$6.50 each, 10 pieces for S$58, bundles of 100 by quotation only.
        Mint sets: BNM 2017 proof set RM420; MAS 2019 Bicentennial S$1 cupronickel in folder S$18. Postage RM8 by Pos Laju or S$4 by SingPost registered.
        KL shop price list effective 01/09/2026: all prices nett, no SST on second-hand collectibles, 3% cash discount on purchases above RM5,000.
        Hong Kong 1997 Handover commemorative $1,000 gold coin, 1/4 oz, boxed with COA, HK$9,800; weekend prices follow Friday closing spot.
        China 1983 Panda 1 oz gold 100 yuan, NGC PF69 Ultra Cameo, cert 5781234-012, S$4,650; bank transfer only, no cash payments above S$20,000.
        Straits Settlements 1926 George V 10 cents silver, VF S$12, EF S$25; lot of 20 mixed dates S$180 including registered postage within Singapore.
        Albums: Lighthouse Grande F with black pages RM289; Leuchtturm A4 stockbook 32 pages RM95; Hawid mounts, assorted sizes, RM22 per pack.
        Stamps by the kilo: Malaysia on-paper mission mixture 1 kg RM140, Singapore off-paper 500 g S$65; shipped from our Ipoh branch with J&T tracking.
        Buyback rates (we pay): 1 oz Merlion silver S$38, Kijang Emas 1 oz at 96% of the BNM daily selling price, damaged coins purchased by weight only.
        Taiwan 1981 ROC 70th anniversary NT$1,000 silver coin, UNC in original capsule, NT$3,200 or S$140, limited to two pieces per customer per month.
        Special this week: Brunei 1967 Sultan Omar Ali Saifuddien III $1 note UNC B$85; Sultan Hassanal Bolkiah 1989 $1 note B$12, both with free toploader.
        Price list v2026.11, valid while stocks last, E&OE. Chop Kim Hock Coins & Stamps Sdn Bhd (201501034567 / 1157842-K), 41 Jalan Sultan Yusuf, Ipoh.
    """),
    ("zh-Hans", "拍卖公告"): _lines("""
        【秋季钱币专场】第1203号拍品：1914年袁世凯像壹圆银币（三年版），PCGS AU55，起拍价新币1,800元，估价新币2,500至3,000元。
        本次拍卖预展时间：2026年12月12日至13日，上午10:00至下午6:00，地点：新加坡滨海湾金沙会展中心4楼，B12号展位，欢迎莅临。
        买家佣金为落槌价的20%，另加9%消费税（GST）；境外买家须于拍卖结束后7个工作日内付清全部款项，逾期按拍卖规则处理。
        第2058号拍品：1953年第二套人民币伍元（各民族大团结），八五品，纸张有轻微黄斑，冠号VI IV II，起拍价新币3,000元。
        征集启事：现面向马来西亚、新加坡藏家征集清代铜元、海峡殖民地银币及早期邮票，截止日期2027年1月15日，征集热线+65 6338 2190。
        第3310号拍品：1980年庚申猴年邮票整版（80枚），原胶，背面无贴痕，品相上佳，附专业鉴定证书编号YP-2020-0451，估价另询。
        拍卖规则第7条：拍品均以现状拍卖，本公司对拍品的真伪及品质不作任何担保，竞买人应于预展期间亲自审看原物后再行竞投，成交后一概不设退换。
        网络同步竞拍平台：live.sgauction.example.com，注册后须缴纳保证金新币2,000元，未成交者于拍卖结束后五个工作日内全额退还。
        第4402号拍品：孙中山像开国纪念币壹圆（上五星），NGC MS62，证书号6142873-009，估价新币4,200至5,000元，附原装评级盒。
        本公司注册号：UEN 201234567N；营业地址：新加坡桥南路（South Bridge Road）268号#02-05；客服电话+65 6225 8801，周一至周六营业。
        成交结果公告：本场共上拍486件，成交441件，成交率90.7%，总成交额新币1,236,400元（含佣金），详细成交价可于官网查询。
        第5017号拍品：马来亚及英属婆罗洲货币局1959年壹元纸币，英女王伊丽莎白二世像，PMG 65 EPQ，起拍价新币600元。
        委托须知：送拍物品须于11月30日前送达本公司，委托佣金为落槌价10%，保险费1%，图录拍摄费每件新币50元，流拍不另收费。
    """),
    ("zh-Hant", "錢幣郵票知識"): _lines("""
        香港1935年滙豐銀行壹圓紙幣正面印有滙豐總行大廈，是本地藏家最熱門的早期紙鈔之一，品相達EF以上者價格近十年逐年上升。
        澳門大西洋銀行於1906年開始發行澳門元紙幣，早期票面以葡文為主，現存品相完好者極為稀少，拍賣場上每每引起藏家激烈競投。
        臺灣銀行1946年發行的舊臺幣壹圓，正面為孫中山像，因戰後通脹嚴重，1949年以四萬元兌一元改發新臺幣，舊鈔遂退出流通。
        鑑定小貼士：真品袁大頭邊齒整齊、字口清晰，偽品常見重量明顯低於26.6克及敲擊聲音沉悶，建議先以精密電子秤及卡尺複核再交易。
        香港錢幣研究會逢每月第一個星期六下午兩點於香港大會堂低座會議室聚會，歡迎公眾人士旁聽，毋須預約，入場免費，另設小型交換檯。
        PCGS與NGC評級盒上的MS代表Mint State，即未流通品，分數由60至70，一般而言MS65或以上方被視為精品級別。
        香港郵政1997年發行「香港回歸祖國」紀念郵票，首日封蓋銷中環郵政總局郵戳者最受歡迎，全套首日封現時市價約港幣三百元左右。
        清代光緒元寶由各省造幣廠鑄造，廣東省造「庫平七錢二分」龍洋為最常見版本，市場參考價約港幣800至2,000元不等，視乎品相而定。
        新加坡首套「胡姬花系列」紙幣於1967年發行，票面簽名者為時任財政部長林金山，是新加坡獨立後首套自主發行的流通貨幣，收藏價值甚高。
        馬來亞及英屬婆羅洲貨幣局1953年起發行之紙幣印有英女皇伊利沙伯二世肖像，在新馬兩地同時流通，直至1967年新加坡及馬來西亞各自發行新幣為止。
        收藏保存建議：紙鈔應存放於不含PVC的保護套內，室內濕度維持於45%至55%，避免陽光直射，切勿使用膠紙或漿糊修補任何破損。
        中華郵政於2023年底發行「龍年」生肖郵票一套兩枚，面值新臺幣5元及12元，另有小全張，全臺集郵櫃台及網路郵局均有發售。
        澳門郵政1999年「澳門回歸祖國」小型張，全張編號版，市場參考價澳門幣180元，連原裝郵政護封者價格更高，購買時宜留意背膠黃斑。
    """),
    ("ms", "notis_persatuan"): _lines("""
        Mesyuarat Agung Tahunan Persatuan Numismatik Malaysia akan diadakan pada 14 Mac 2027, jam 10 pagi, di Muzium dan Galeri Seni Bank Negara Malaysia.
        Yuran keahlian 2027: biasa RM50, pelajar RM15, seumur hidup RM500. Bayaran melalui DuitNow kepada akaun persatuan, nombor pendaftaran PPM-001-14-12031987.
        Pameran setem dan syiling di Dewan Komuniti Taman Tun Dr Ismail, Sabtu 9 pagi hingga 5 petang. Masuk percuma, tempat letak kereta adalah terhad.
        Ahli dinasihatkan supaya tidak membeli syiling Kijang Emas daripada penjual tidak berdaftar di Facebook Marketplace kerana banyak kes tiruan telah dilaporkan.
        Lelongan bulanan persatuan: katalog boleh dimuat turun di laman web mulai 1 Disember; bidaan bertulis mesti sampai sebelum jam 12 tengah hari, 13 Disember.
        Bengkel percuma 'Mengenal Setem Tiruan Tanah Melayu' untuk pelajar sekolah menengah di Perpustakaan Awam Pulau Pinang pada 20 Disember, jam 2 petang.
        Untuk sebarang pertanyaan, hubungi pejabat persatuan di talian 03-2698 4412 atau e-mel setiausaha@numismatik-my.example.org, Isnin hingga Jumaat.
        Peraturan bursa: setiap peniaga wajib mempamerkan nombor SSM, harga mesti ditanda dengan jelas, dan sebarang pertikaian dirujuk kepada jawatankuasa disiplin.
        Senarai setem peringatan Pos Malaysia 2026 kini boleh didapati di kaunter filateli Pejabat Pos Besar Kuala Lumpur, Jalan Raja Laut, semasa waktu pejabat.
        Notis: Bilik bacaan persatuan akan ditutup sementara dari 24 hingga 31 Disember bagi kerja-kerja penyelenggaraan penghawa dingin dan pendawaian.
        Pertandingan mereka bentuk sampul hari pertama sempena Hari Malaysia 2027 dibuka kepada semua ahli junior; hadiah utama ialah satu set syiling BNM.
        Syiling peringatan 60 Tahun Bank Negara Malaysia (2019) kini ada dalam simpanan perpustakaan persatuan untuk rujukan ahli sahaja, bukan untuk dijual.
        Ahli jawatankuasa sesi 2027/2028 akan dipilih melalui undi pos; kertas undi akan dihantar ke alamat berdaftar setiap ahli selewat-lewatnya 15 Februari.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Counter 2 pls check lot 1047 again before 3pm, the agent say got thin spot at the back. Ambil photo under UV and upload to shared drive ok.
        Today no need to open the safe for walk-in, only pre-booked viewing. 下午三点后 courier 会来拿 DHL shipment, AWB 4419 2837 65, already packed.
        Stock count done: Orchid $1 x 46, Bird $2 x 112, Ship $10 x 19. Tolong update Google Sheet tab 'Dec-26' sebelum balik, thanks all.
        PCGS submission batch SG-2612-03 dah sampai Hong Kong, grading ETA 6-8 weeks. 客户问的话就说 tracking 在 portal 可以看到。
        Aircon in strongroom rosak lagi, humidity 68% already. Pls move all albums to Room B first, I call Daikin service tomorrow morning.
        Invoice INV-2026-11873 already paid via PayNow but short S$15. Can follow up politely or not? 可能是 bank charge only, no need to fuss.
        Eh the 1935 HSBC $1 note tu cannot list online yet, tunggu cert dari PMG dulu. Once the cert number comes I post in this group.
        Tomorrow bourse at Toa Payoh, bring 2 tables, 1 light box, the NETS terminal and the receipt book. Setup start 8.30 sharp ya, jangan lambat.
        Website down since 11:42, 502 error from Shopify side. 我已经开 ticket #55821 with their support, don't panic, orders still in the queue.
        Reminder: jangan quote gold coin price on WhatsApp, always ikut BNM daily rate at 10am. Kalau customer push, ask them come to the shop.
        Consignment form v3 dah update in shared folder, tambah column for 'reserve price' and 'insurance value'. Pakai yang baru mulai hari ini.
        Lalamove pickup from the Jurong East branch at 4pm, parcel 2.3 kg, fragile sticker already paste. Order no. SO-884102, no COD.
        Lunch order: 4 chicken rice, 2 nasi lemak ayam goreng, 1 mee siam. Kopitiam stall say ready 12.15, anyone free pls go collect.
    """),
    ("en", "logs_config_code"): _lines("""
        INFO 2026-12-07T09:14:22+08:00 auction.bid lot=2210 source=online amount=SGD 3100 status=ACCEPTED increment=100 latency_ms=38
        grading_api: {base_url: 'https://api.example-grading.com/v2', timeout_s: 30, retries: 3, cert_lookup: true, cache_ttl_h: 24}
        CREATE TABLE lots (lot_no INT PRIMARY KEY, sale_id TEXT, title TEXT, estimate_low NUMERIC(10,2), estimate_high NUMERIC(10,2), currency CHAR(3));
        lot_no,sale_id,category,title,grade,service,cert_no,estimate_low,estimate_high,currency,reserve_flag
        2210,S88,banknote,Singapore 1967 Orchid $1000,64EPQ,PMG,8071234-007,2800,3400,SGD,Y
        def buyer_premium(hammer: Decimal, rate: Decimal = Decimal('0.20')) -> Decimal: return (hammer * rate).quantize(Decimal('0.01'))
        WARN 2026-12-07 10:02:51 image_pipeline: lot 3121 obverse.jpg 6000x4000 exceeds 20MB, resized to 2400x1600 quality=85
        ERROR 2026-12-07 10:05:09 payment.paynow: webhook signature mismatch for invoice INV-2026-11902, sha256=9f2c4e1ab07d33e8c5a6b1f0d2e94477, retry 2/5
        shipping: {carrier: SingPost, service: 'Registered Article', max_value_sgd: 500, insurance_rate: 0.015, label_prefix: 'RR'}
        Tracking RR123456785SG delivered 2026-12-05 14:37, collected at Eunos Post Office counter; parcel ref SO-883977, 1 item, declared value S$220.
        git commit 3e7a91c: fix rounding of 9% GST on buyer's premium, bump catalog-service to v2.14.3, tighten Pick number pattern
        cron: '0 10 * * 1-5' job=refresh_gold_rate source=https://www.bnm.gov.my/ output=rates/kijang_emas.json notify=ops-channel
        docker run -d --name lot-indexer -e DB_HOST=db.internal -e DB_USER=app_readonly -e DB_PASS=changeme -p 8080:8080 numis/indexer:1.8.0
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor: Mr. Ong Boon Keat, NRIC S7734215Z, 41 Jurong West Street 42 #09-318, Singapore 640041, consigning 14 Straits Settlements silver dollars, reserve S$6,500.
        Member list 2027 row 112: Priya Ramasamy | life member since 2004 | +65 9172 4480 | priya.ramasamy88@gmail.com | interests: Indian princely states revenues
        Dispute log: buyer Kenneth Lau Wai Hong claims lot 4008 was cleaned before sale and says he will file at the Small Claims Tribunal if the S$3,400 is not refunded by Friday.
        Sorry for the late payment for the Kedah lot, this is Faridah Hamzah, I was warded at Hospital Sultanah Bahiyah for two weeks after my chemo, will transfer by month end.
        Please send the cheque to Mrs. Jessie Tan, Blk 217 Ang Mo Kio Avenue 1 #05-1182, Singapore 560217; she is handling her late father's stamp albums for the estate.
        Collector Vincent Chua has asked the society to quietly drop his membership; his wife says he owes three dealers about S$48,000 from the Taipei gold coin deals.
        Bidder registration: Lim Siew Ling, FIN G6120583M, DOB 14/03/1988, mobile +65 8236 1907, card ending 4417 exp 09/28, maximum bid limit S$10,000.
        Call back the uncle who left a voicemail about his late father's coins: 016-772 3058, after 7pm only, he is hard of hearing so speak slowly.
        Payout for consignment C-24-0871: OCBC 501-233847-001, account name Muthu s/o Arumugam, amount S$12,480.50 after 15% commission.
        Refund to be sent to POSB savings 027-91836-4 as requested in the buyer's email of 3 Dec; do not use the old DBS account any more.
        Committee note: treasurer Dennis Goh resigned after the audit found S$7,200 of bourse fees in his personal account; a police report was filed at Bedok NPC.
        Hi, this is Aisyah, the one who bought the Sarawak 25c last week. My new address is 12 Jalan SS2/64, 47300 Petaling Jaya, please update before posting the cert.
        Valuation request from Dr. Harjit Singh Gill (HKID K482913(1)), now living in Tsim Sha Tsui, for three albums of Malaya postal history he kept after his divorce.
        CCTV from 2 Dec shows member no. 0415, Raymond Sim, pocketing a 1903 Straits dollar at table 6; he drove off in car plate SJJ 4821 A.
        Photo attached: Mdm Chong Mei Fong holding her 1967 Orchid set in her flat at Tampines Street 81, taken by her son for the insurance claim after the break-in.
        WhatsApp from the buyer of lot 5130: 'I'm pregnant and cannot come down, can my husband Jason Yeo collect on Saturday?' Sender +65 9654 2013.
    """),
    "zh-Hans": _lines("""
        委托人：陈建国先生，身份证号440305198506123419，手机138 2647 1950，委托拍卖1980年庚申猴整版两版，底价人民币18万元。
        王丽华女士（身份证310104199109231828）要求将拍卖所得汇入招商银行6214 8321 0675 4419，收件地址：上海市徐汇区宛平南路88弄5号602室。
        林太说她老公最近确诊了阿尔茨海默症，家里那批袁大头要尽快出手，让我们千万别在群里提这件事。
        会员名单第37号：张伟明，电话138 1094 7726，邮箱zhangwm_coins@163.com，住深圳福田区，主要收藏清代铜元及机制币。
        阿明上次在拍卖会欠了三万块还没结清，听说他在外面还借了高利贷，下次他报名一定要先收保证金。
        买家黄志强（微信号hzq_1979stamp）投诉收到的猴票有薄损，要求全额退款，并威胁要在小红书上曝光我们。
        快递单：收件人刘芳，电话159 2038 6614，地址：厦门市思明区湖滨南路218号3栋1102室，内件：钱币评级盒6枚，保价2万元。
        请联系郑浩然先生核对付款，他的支付宝账号是zheng.haoran@qq.com，上周转错了八千块到我们对公账户。
        鉴定申请表｜姓名：周雅琴｜性别：女｜出生日期：1993-03-07｜证件号：110108199303072267｜藏品：开国纪念币2枚｜电话：186 0117 3392
    """),
    "zh-Hant": _lines("""
        寄賣人：李國華先生，香港身份證Y305718(4)，住址：新界沙田禾輋邨豐和樓1208室，電話9376 2841，寄賣1935年滙豐壹圓紙幣兩張。
        陳太話佢老爺上個月過咗身，啲郵票簿要等遺產承辦書批咗先可以拎出嚟估價，叫我哋唔好催佢。
        臺灣會員資料：吳淑芬，身分證字號A215830746，地址：台北市大安區和平東路二段96巷7號4樓，手機0912-468-375。
        張志明因為在網拍賣假的袁大頭被新北地檢署起訴，他的會員資格已暫停，請勿再接受他的任何委託。
        澳門藏家何嘉欣小姐的匯款資料：大西洋銀行帳戶9017-2283-5546，金額澳門幣42,300元，請於週五前完成。
        阿賢話佢每月人工得兩萬三，仲供緊樓，今次拍賣最多只可以出到港幣五萬，唔好再加價逼佢。
        請核對以下身份證號碼是否與競投登記表相符：E771042(2)，登記電話6198 3357。
        買家投訴：楊先生（電郵yeung.kc.collect@yahoo.com.hk）指我們寄錯了澳門1999回歸小型張，要求賠償運費及律師信費用。
    """),
    "ms": _lines("""
        Penyerah barang lelong: Encik Mohd Firdaus bin Abdul Razak, No. MyKad 870412-14-5523, alamat No. 23, Jalan Melati 3, Taman Melawati, 53100 Kuala Lumpur.
        Puan Noraini binti Ismail memaklumkan bahawa beliau sedang menjalani rawatan dialisis dan meminta anak lelakinya mengambil syiling Kijang Emas di kedai.
        Sila pindahkan hasil jualan ke akaun Maybank 1640 2238 5517 atas nama Siti Khadijah binti Omar, jumlah RM8,740 selepas komisen 12%.
        Senarai ahli: No. 208 | Ganesan a/l Subramaniam | 019-556 2870 | ganesan.subra@yahoo.com | Ipoh, Perak | minat: setem Negeri-negeri Melayu Bersekutu
        Pak Long yang selalu datang bursa hari Sabtu tu sebenarnya dah diisytiharkan bankrap tahun lepas, jadi jangan terima cek daripada dia.
        Nombor kenderaan pembeli yang ambil barang tanpa bayar: WXY 7721, Proton X50 warna kelabu, dirakam CCTV jam 4.12 petang semalam.
        Aduan daripada Cik Nurul Huda Zakaria: suaminya menjual koleksi setem arwah bapanya tanpa izin semasa proses perceraian, minta lot 88 dibatalkan.
        Borang penilaian: Nama: Tan Ah Kow; MyKad: 560918-07-5031; Tel: 04-826 1147 (rumah); Alamat: 15 Lorong Kulit, 10460 George Town, Pulau Pinang.
        Kalau nak tanya pasal syiling lama arwah atuk saya, boleh WhatsApp saya terus di 013-420 8896, Hafiz.
    """),
    "mixed": _lines("""
        Eh the Ah Seng who sold us the fake Kijang Emas, his real name is Koh Seng Huat, IC 650723-10-5587, stay in Klang one. 下次他来直接 call 我。
        Auntie Lucy Ng say her son warded in IMH again, so she want to sell the whole Bird series collection cepat-cepat, can help her price fairly?
        客户 Mr. Rajesh Kumar 的 PayNow 是 9345 1826, 他说 refund 直接 transfer 进去就可以, jangan pakai cheque.
        Consignment drop-off 今天: 谢美玲 Mdm Chia Mei Ling, 0122871496, 3 albums Malaya + 1 box coins, receipt CR-5541, dia nak cash advance RM2,000.
        Bro, Jimmy Lee from the Penang club kena tangkap by CCD for money laundering using gold coins, jangan sebut his name in the newsletter ok.
        Delivery: 收件人 黄家明 Wong Ka Ming, Flat 14B, Block 3, Tai Koo Shing, Hong Kong, tel +852 9628 4471, item: SG Orchid set, insured HK$8,000.
        台湾买家 Chen Yi-ting 陈怡婷, 身分證 B244719033, nak ship ke Taichung, 她说 customs 要 ID 才可以 clear.
        Sister Mei dia punya salary kena cut 30% this year, so the layaway for the 1941 HSBC note she cannot pay RM650 monthly already, minta extend 6 months.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the office assistant of a Singapore stamp and coin auction house. Draft documents clearly and politely.",
        ),
        (
            "user",
            "Draft a consignment receipt for Mr. Goh Teck Seng, NRIC S8519047D, mobile 9822 4106. He left 2 albums of Malaya stamps and 6 Straits dollars today, reserve S$3,000 overall.",
        ),
        (
            "assistant",
            "Consignment Receipt. Received from Mr. Goh Teck Seng (NRIC S8519047D, mobile 9822 4106): two albums of Malaya stamps and six Straits Settlements silver dollars. Overall reserve: S$3,000. Items will be catalogued for the next sale; commission and insurance per our standard consignment terms.",
        ),
        ("user", "Please add a line that the receipt must be shown when he collects unsold items."),
        (
            "assistant",
            "Added: 'Unsold items will be released only on presentation of this receipt by Mr. Goh Teck Seng or an authorised person with a signed letter.'",
        ),
    ],
    [
        (
            "user",
            "我爸爸周国平去年中风以后不能说话了，他收藏了很多袁大头和老邮票，我想帮他估个价，我的电话是139 5082 7713。",
        ),
        (
            "assistant",
            "很抱歉听到您父亲的情况。建议您先拍下每枚银币正反面及边齿的清晰照片，记录重量和直径，邮票则按套整理。可以联系正规拍卖行或钱币协会预约免费初估，不要在网上随便报价出售。",
        ),
        ("user", "那我需要带他的身份证去吗？他的证件号是350203197802145570。"),
        (
            "assistant",
            "委托拍卖时拍卖行通常会要求物主身份证明；如果由您代办，可能还需要授权书或监护相关文件。请不要在网上公开发送证件号码，直接在现场出示原件即可。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu setiausaha Persatuan Filateli Johor. Tulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan kepada Encik Azman bin Yusof, No. 8, Jalan Kenanga 2, Taman Pelangi, 80400 Johor Bahru. Dia belum bayar bidaan RM2,350 untuk lot 44 sejak bulan lepas.",
        ),
        (
            "assistant",
            "Tuan, PERINGATAN BAYARAN BIDAAN LOT 44. Dengan hormatnya perkara di atas dirujuk. Rekod kami menunjukkan bayaran sebanyak RM2,350 bagi lot 44 masih belum dijelaskan. Encik Azman bin Yusof diminta menjelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini. Sekian, terima kasih.",
        ),
        ("user", "Tambah ayat bahawa keahliannya akan digantung jika tak bayar."),
        (
            "assistant",
            "Ditambah: 'Sekiranya bayaran tidak diterima dalam tempoh tersebut, keahlian tuan akan digantung sementara mengikut Perkara 12 perlembagaan persatuan.'",
        ),
    ],
    [
        (
            "user",
            "我喺旺角一間錢幣舖買咗個假嘅開國紀念幣，老闆唔肯退錢。我叫梁振邦，電話6382 9104，收據寫住HK$6,800，可以點做？",
        ),
        (
            "assistant",
            "梁先生，你可以先保留收據同錢幣，然後寫信要求店舖退款並給予限期。如果對方拒絕，可以向香港海關（涉及虛假商品說明）或消費者委員會求助，金額在小額錢債審裁處範圍內亦可以自行入稟。",
        ),
        ("user", "入稟需要咩資料？"),
        (
            "assistant",
            "一般需要你的身份證明、對方店舖的名稱及地址、收據、錢幣照片，以及有評級公司或專家出具的偽品意見會更有說服力。",
        ),
    ],
    [
        (
            "system",
            "You help a Kuala Lumpur coin dealer tidy up spreadsheets. Reply in the same mix of languages the staff use.",
        ),
        (
            "user",
            "Tolong dedupe this member list: 'M0112, Lee Chee Ming, 012-668 3041, Cheras' / 'M0112, Lee Chee Ming, 0126683041, Cheras' / 'M0198, Saravanan a/l Muniandy, 017-290 5538, Klang'",
        ),
        (
            "assistant",
            "Dah clean: M0112, Lee Chee Ming, 012-668 3041, Cheras / M0198, Saravanan a/l Muniandy, 017-290 5538, Klang. Two rows for M0112 tu same person, cuma phone format lain, so I keep one with dash format.",
        ),
        ("user", "Ok thanks, 顺便 sort by member no."),
        ("assistant", "Sorted: M0112 first, then M0198. Nothing else changed."),
    ],
    [
        (
            "system",
            "Customer record loaded: name Rachel Koh Hui Min, email rachel.khm@outlook.com, order SO-884233, shipping to 7 Bedok Reservoir View #12-04, Singapore 478926.",
        ),
        ("user", "Hi, where is my order? I bought the Bicentennial coin folder last week."),
        (
            "assistant",
            "Hi Rachel, your order SO-884233 was handed to SingPost on 4 Dec as a registered article and is out for delivery to your Bedok Reservoir View address today.",
        ),
        ("user", "Great, can you also send the invoice to my email?"),
        (
            "assistant",
            "Sure, the invoice for SO-884233 has been sent to rachel.khm@outlook.com. Please check your spam folder if it does not arrive within 10 minutes.",
        ),
    ],
    [
        (
            "user",
            "I'm the executor for my mother, Margaret Lim Swee Eng, who passed away from pancreatic cancer in October. She left about 30 stamp albums. How should I get them valued for probate?",
        ),
        (
            "assistant",
            "I'm sorry for your loss. For probate you usually need a written valuation as at the date of death. Ask a dealer or auction house to do a probate valuation (not a buying offer), list each album briefly, and keep photos. A society may recommend independent valuers.",
        ),
        ("user", "Her NRIC was S6602391E, do I need to give that to the valuer?"),
        (
            "assistant",
            "The valuer normally only needs the deceased's name, date of death and your grant or executor details; the lawyer handling the estate will match it to the NRIC. Share the NRIC only if the valuer's form specifically requires it.",
        ),
    ],
    [
        ("system", "你是深圳一家邮币卡公司的客服助理，用简体中文回答。"),
        (
            "user",
            "客户李文涛说他在我们店买的1980年猴票是假的，要求退款12,000元，他的手机是137 2294 8051，我们该怎么回复？",
        ),
        (
            "assistant",
            "建议回复：李先生您好，我们已收到您对猴票真伪的反馈。请您在七日内携带原票及购买凭证到店，我们将送第三方机构鉴定；如鉴定为伪品，将全额退款12,000元。",
        ),
        ("user", "他说他不想来店里，要我们上门到他家南山区桃园路某某花园取件。"),
        (
            "assistant",
            "可以安排上门取件，但请与李先生确认具体门牌号及时间，并当面封装、签字拍照，避免事后争议。",
        ),
    ],
    [
        (
            "system",
            "You assist the honorary secretary of the Malaysia Numismatic Society in drafting minutes.",
        ),
        (
            "user",
            "Draft a minute item: committee voted 7-1 to expel member Tan Boon Hock (member no. 0277) after he was convicted in the Sessions Court for selling counterfeit Kijang Emas coins to two members.",
        ),
        (
            "assistant",
            "Item 5: Disciplinary matter. The committee considered the case of member no. 0277, Tan Boon Hock, following his conviction in the Sessions Court for selling counterfeit Kijang Emas coins to two members. Motion to expel carried 7-1. The secretary will notify him in writing.",
        ),
        ("user", "Buat versi Bahasa Melayu juga."),
        (
            "assistant",
            "Perkara 5: Hal tatatertib. Jawatankuasa telah menimbang kes ahli no. 0277, Tan Boon Hock, berikutan sabitan di Mahkamah Sesyen kerana menjual syiling Kijang Emas tiruan kepada dua ahli. Usul pemecatan diluluskan 7-1.",
        ),
    ],
    [
        (
            "user",
            "Help me reply to a buyer on Carousell. She's Nur Atiqah, +65 8731 0264, and she wants to pay the S$450 for the Bird series set in 3 instalments because she just lost her job.",
        ),
        (
            "assistant",
            "Hi Nur Atiqah, thanks for your interest in the Bird series set. I'm sorry to hear about your job. I can hold the set for you with three payments of S$150, one every two weeks; I'll post it once the last payment is in. Let me know if that works.",
        ),
        (
            "user",
            "Can you make it shorter and add that I'll WhatsApp her at her number to confirm?",
        ),
        (
            "assistant",
            "Hi Nur Atiqah, happy to do 3 x S$150, fortnightly, set posted after the last payment. I'll WhatsApp you at +65 8731 0264 to confirm the dates.",
        ),
    ],
]
