# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en331: SG/MY watch and jewellery repair shops (repair tickets with customers' names and phones, heirloom pieces, insurance valuations, lost and stolen items, police reports, craftsmen's chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en331
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "repair_price_list"): _lines("""
        Battery replacement (quartz, standard): S$12 while-you-wait, S$18 incl. seal check; Swatch, Casio and Fossil pieces done at the counter in 10 min.
        Full servicing, ETA 2824-2 / Sellita SW200 automatic: from S$180, 12-month warranty on workmanship, 3-4 weeks turnaround, parts quoted separately.
        Rolex Cal. 3135 overhaul from S$650, Omega co-axial 8500 from S$720; genuine parts only, old parts returned in a sealed bag on collection.
        Bracelet resizing: remove link S$8, add link (customer supplies) S$15, pin-and-collar bracelets +S$5 per pin. Spring bar replacement S$6/pair.
        Sapphire crystal replacement, round flat up to 38mm: S$95; domed or shaped crystals quoted after measurement. Acrylic crystal polish S$20.
        Ring resizing 916 gold: up 1 size RM45, down 1 size RM35, each extra size +RM15; 750/18K white gold includes rhodium re-plating RM60.
        Pearl restringing with silk thread, knotted between each pearl: RM3.50 per inch, clasp replacement from RM28, ready in 5 working days.
        Prong retipping (platinum or 18K) RM40 per claw; full head replacement for solitaire from RM180 depending on metal weight at today's gold rate.
        Ultrasonic clean and polish for jewellery: S$10 per piece, free for items bought from us. Not suitable for emerald, opal, pearl or turquoise.
        Pressure test to 10 ATM with printout: S$25; gasket set S$30-45; crown and tube replacement quoted per model (Seiko, Citizen, Orient stocked).
        Insurance valuation certificate, single item with photos and gemstone report: S$80; each additional item on same cert S$45. Ready in 7 working days.
        Engraving: machine script S$3 per character, hand engraving by our craftsman from S$60 per line. Chinese characters counted as 2 each.
        Vintage pocket watch assessment (Waltham, Elgin, Longines) S$50, waived if you proceed with the restoration. Enamel dial repair not offered.
    """),
    ("en", "counter_notices"): _lines("""
        NOTICE: Items not collected within 12 months from the date on the repair ticket will be disposed of according to our terms. Please keep your ticket safe.
        Repair tickets must be presented on collection. If the ticket is lost, bring the ID used when depositing the item and fill in Form LT-2 at the counter.
        We are closed on 29 and 30 January for Chinese New Year. Repairs due during this period will be ready for collection from 31 January, 11am onwards.
        Open Mon-Sat 10.30am-7.30pm, Sun & PH 11am-5pm. #01-23 People's Park Complex, 1 Park Road, Singapore 059108. Shop WhatsApp (enquiries only): +65 8123 4400.
        This shop does not buy second-hand jewellery without a valid receipt. Under the Second-Hand Goods Dealers Act all purchases are recorded and reported to the Police.
        Lost or stolen watch? Lodge a police report first (police.gov.sg e-services or any NPC), then call our hotline 6225 7710 so we can flag the serial in our system.
        Dear customers, due to the rise in gold price, ring resizing quotes given before 1 March are valid only until 15 March. Thank you for your understanding.
        Water resistance test is NOT included in battery change. Watches more than 5 years old should have gaskets replaced before swimming. Management not responsible.
        Staff must not accept items for repair without issuing a numbered ticket. If you were not given one, please email service@tanbrotherswatch.com.sg.
        Authorised Service Centre for Seiko, Citizen and Casio G-Shock. Lot 3.41, Sungei Wang Plaza, Jalan Sultan Ismail, 50250 Kuala Lumpur. Tel 03-2141 8890.
        CCTV in operation. All valuations are done in front of the customer. Please do not leave bags or shopping unattended at the counter.
        Parts for vintage watches are sourced overseas and may take 6-10 weeks. A 50% deposit is required for orders above S$300, non-refundable once ordered.
        Gold and silver price board updated 10.00am daily: 999.9 buy S$118.20/g, 916 sell S$112.50/g. Prices subject to change without prior notice.
    """),
    ("en", "staff_group_chat"): _lines("""
        Workshop: ticket R-24117 the Tudor BB, mainspring barrel cracked, need to order from Swiss, counter pls inform customer ETA 5 weeks
        Counter: ok noted. Also R-24122 Seiko 5 keep losing 2 min a day, can regulate first or need full service? Customer ask price before proceed.
        Boss says don't use the cheap gaskets from the Jalan Besar supplier anymore, two Submariners came back fogged up. Use the ones in the blue box only.
        Ultrasonic machine at bench 2 spoil again lah, timer cannot set. Technician coming Thursday 3pm, in the meantime everybody use bench 1.
        Anyone seen the 0.80mm screwdriver blade? The Bergeon set missing one. Pls return to the tray after use, every week also same problem.
        Gold rate today 916 @ RM352/g, boss wants all resizing quotes updated before 11am. Old price cards throw away, don't mix with the new ones.
        FYI the Omega rep coming Monday 10am for the annual audit of our service bench. Clean the dust hood and print last 3 months of pressure test logs.
        Job R-24130 pearl necklace restring done, knotted silk #6, clasp reused. Put in envelope shelf C. Counter can SMS customer to collect.
        Don't accept any more Apple Watch for screen repair ah, we are not authorised, tell them go Apple Orchard Road or an authorised provider.
        Cabinet 4 key now with the supervisor. After 7pm closing must count all loupes and tweezers before lock. Last month short one Dumont no. 5.
        Received 40 pcs CR2016 and 60 pcs SR626SW from the Renata distributor, invoice INV-88213 in drawer. Pls don't use the Maxell ones past expiry.
        Walk-in asked if we can polish out scratches on a ceramic bezel. I told cannot, ceramic must replace the insert. Correct right?
        Reminder: insurance valuation photos must have the scale ruler and grey card in frame, last batch the insurer rejected 3 certs because no scale.
    """),
    ("en", "ticketing_config_and_logs"): _lines("""
        2025-03-14T10:42:17+08:00 INFO ticket.create id=R-24117 branch=SG-PPC item_type=watch brand=Tudor est_days=35 deposit_sgd=150.00
        2025-03-14T10:43:02+08:00 WARN parts.lookup sku=TUD-MS-2824-BRL status=backorder supplier=CH-BIENNE eta=2025-04-18
        2025-03-15 16:05:33 INFO sms.queue template=READY_FOR_COLLECTION ticket=R-24130 provider=twilio status=queued attempt=1
        REPAIR_STATUS = ['RECEIVED', 'QUOTED', 'APPROVED', 'IN_WORKSHOP', 'WAITING_PARTS', 'READY', 'COLLECTED', 'DISPOSED']
        ticket_no,branch,received_at,item_type,brand,model,serial_hash,quote_amt,currency,status,collected_at,staff_code
        def gold_quote(weight_g: float, rate_per_g: float, labour: float = 35.0) -> float: return round(weight_g * rate_per_g * 0.04 + labour, 2)
        config: disposal_after_days: 365, remind_at_days: [90, 180, 300], sms_sender_id: TANBROSWATCH, timezone: Asia/Singapore
        2025-03-16T09:00:01+08:00 INFO cron.goldrate fetched source=UOB 999.9_sell=118.20 916_sell=112.50 currency=SGD took_ms=412
        2025-03-16T11:27:45+08:00 ERROR printer.label device=ZD421 bench=2 code=E1045 msg='ribbon out' ticket=R-24141 retry_in=30s
        SELECT ticket_no, status, received_at FROM repairs WHERE status = 'READY' AND received_at < CURDATE() - INTERVAL 90 DAY ORDER BY received_at;
        2025-03-17T14:12:09+08:00 INFO stolen_registry.check serial_hash=9f2c1e7ab04d hit=false source=TWR latency_ms=230
        git commit -m 'fix(valuation): round 916 gold weight to 0.01g and show GST 9% on cert PDF (closes #212)'
        2025-03-18T19:31:55+08:00 INFO shift.close branch=MY-SWP tickets_in=17 tickets_out=22 cash_rm=3480.00 card_rm=6215.50 variance=0.00
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars. Brought my late grandfather's Seiko here, the uncle at the bench opened it in front of me and explain everything. S$160 full service, worth it lah.
        Service at Lee Hwa Jewellery Bugis very fast, ring resize done in 3 days. Only thing is parking at Bugis Junction damn expensive on weekend.
        Don't go this shop at Lucky Plaza, quote $80 for battery change on my Tissot then say gasket also need change. Walao. Went elsewhere, $25 settle.
        Kedai ni memang bagus, tukar bateri jam Casio cuma RM10, siap dalam 5 minit. Abang kat kaunter pun friendly, recommended for Kajang people.
        老板很专业, 我的 Omega Seamaster water resistance test pass 了, 还给我 printout. Price reasonable, will definitely come back again.
        Waited 2 months for my Longines, every time call they say parts still on the way. Finally ok but communication really lousy. 3 stars only.
        Habib Jewels Mid Valley staff very patient, explain difference between 916 and 750 to my mum. Ended up buying a bangle for Raya, nice!
        Polish my wedding band until like new, but they also remove some of the engraving inside. Should warn customer first leh. 2/5.
        Best place in JB for vintage watch, the sifu can fix old Titoni and Enicar that other shop reject. Cash only ah, remember to bring.
        Tempat repair jam paling lama pernah jumpa, 6 minggu untuk tukar crystal. Tapi hasil kemas, takde habuk dalam dial. Okla, 4 bintang.
        Poh Kong outlet at Sunway Pyramid did the insurance valuation for my engagement ring, cert came with photos and GIA report cross-check. Very pro.
        One of the oldest watch repair stalls at Peninsula Plaza, still going strong since the 1970s and now training the next generation. Support local heritage trade!
        Kena scam by online seller selling 'Rolex' on Carousell, brought to this shop to check, confirm fake within 2 min. Free of charge some more. Thank you!
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Tiket pembaikan mesti dibawa semasa mengambil barang. Barang yang tidak dituntut selepas 6 bulan akan dilupuskan tanpa notis lanjut.
        Soalan: Berapa lama tukar bateri jam? Jawapan: Biasanya 10 hingga 15 minit untuk jam kuarza biasa. Ujian kalis air dikenakan caj tambahan RM20.
        Kedai kami ditutup pada Hari Raya Aidilfitri (hari pertama dan kedua). Kami dibuka semula pada hari ketiga mulai jam 11 pagi.
        Harga emas 916 hari ini: jual RM365/g, beli RM338/g. Harga dikemas kini setiap pagi mengikut harga pasaran emas antarabangsa.
        Untuk kes kecurian, sila buat laporan polis di balai polis berhampiran dahulu. Bawa salinan laporan ke kedai untuk kami tandakan nombor siri barang.
        Kami tidak menerima gadaian. Untuk pajak gadai, sila rujuk Ar-Rahnu Bank Rakyat atau kedai pajak gadai berlesen di bawah KPKT.
        Soalan: Boleh besarkan cincin emas putih? Jawapan: Boleh, tetapi perlu salutan rodium semula. Caj tambahan RM50 dikenakan.
        Kedai Jam & Emas Wah Seng Sdn. Bhd. (No. Pendaftaran 199801012345). No. 27, Jalan Tun H.S. Lee, 50000 Kuala Lumpur. Tel: 03-2072 5581.
        Semua jam tangan yang diservis diberi jaminan 6 bulan untuk kerja tangan sahaja. Jaminan tidak meliputi kerosakan akibat air atau hentakan.
        Perkhidmatan ukir nama pada cincin dan loket: RM5 setiap huruf (mesin), RM40 setiap baris (tangan). Tulisan Jawi juga boleh dibuat.
        Pembayaran boleh dibuat melalui tunai, kad debit, DuitNow QR atau Touch 'n Go eWallet. Kami tidak menerima cek peribadi.
        Notis: Mulai 1 Mac, semua penilaian insurans memerlukan temu janji. Sila WhatsApp talian perniagaan kami di 012-338 7710 untuk tempahan slot.
        Awas penipuan! Kami tidak pernah meminta bayaran ke akaun peribadi. Akaun rasmi: Maybank 5141 2233 8890 atas nama Wah Seng Sdn. Bhd. sahaja.
    """),
    ("zh-Hans", "维修须知"): _lines("""
        本店维修单为唯一取件凭证，请妥善保管。如遗失维修单，须携带送修时所用证件到柜台填写挂失表格，经店员核对无误后方可取件，敬请配合。
        机械表全面保养收费：普通自动机芯新币180元起，计时机芯新币380元起，保养周期约三至四周，保修十二个月（不含人为损坏及进水）。
        石英表更换电池新币12元，现场等候约十分钟；如需防水测试另加新币25元，并附打印报告。超过五年未换胶圈的手表建议一并更换。
        金饰改圈按当日金价计算：916金每加大一号收费马币45元，缩小一号马币35元；白金戒指改圈需重新电镀铑，另收马币60元。
        珍珠项链重新穿线采用真丝线，每颗珍珠之间打结，收费每英寸马币3.5元，约五个工作日完成，扣头可另选14K或18K金，需另外报价。
        如手表被盗或遗失，请先向警方报案，再将报案编号告知本店，我们会在系统中标记该表序列号，若有人拿同一只表送修即会通知警方处理。
        保险估价证书包括商品照片、重量、宝石规格及当日市值，单件新币80元，同一证书每增加一件新币45元，七个工作日内出证，可供保险公司理赔使用。
        农历新年期间（正月初一至初三）暂停营业，初四上午十一点恢复营业。期间到期的维修件请于恢复营业后凭维修单领取，逾期不另收保管费。
        本店不收购无单据的二手首饰。依照新加坡二手商品经销商相关法令，所有收购记录均需妥善保存，并按规定定期向警方申报，敬请顾客谅解与配合。
        刻字服务：机器刻字每字新币3元，中文每字按两个字母计算；师傅手工雕刻每行新币60元起，约需三个工作日，繁体简体及英文字母均可。
        古董怀表评估费新币50元，如确认修复则免收。珐琅表盘修复及雕花表壳重造暂不受理，配件需从瑞士订购者须预付五成订金，订购后恕不退还。
        超声波清洗不适用于祖母绿、欧泊、珍珠及绿松石等有机或多孔宝石，本店会先行目测，不合适的首饰改用手工软布及温和清洁剂清洁，敬请留意。
        营业时间：周一至周六上午十点半至晚上七点半，周日及公共假期上午十一点至下午五点。地址：新加坡珍珠坊一楼23号铺位，欢迎光临。
    """),
    ("zh-Hant", "鐘錶珠寶歷史"): _lines("""
        寶璣（Abraham-Louis Breguet）於1801年取得陀飛輪專利，原意是抵消地心吸力對擺輪游絲的影響，至今仍被視為高級製錶工藝的象徵。
        勞力士創辦人漢斯·威爾斯多夫（Hans Wilsdorf）1905年在倫敦創業，1926年推出Oyster防水錶殼，1931年再推出恆動自動上鍊系統。
        英國製錶大師喬治·丹尼爾斯（George Daniels）發明同軸擒縱機構，後由歐米茄於1999年量產，大幅延長了機芯的保養週期。
        香港老字號周生生於1934年在廣州創立，1948年遷往香港發展，其後在澳門及中國內地開設分店，以足金飾品及婚嫁龍鳳鈪聞名。
        周大福由周至元於1929年在廣州創立，後由鄭裕彤家族發展為大中華區最大的珠寶零售商之一，並於2011年在香港聯交所上市。
        精工（Seiko）於1969年聖誕節推出全球首款石英腕錶Astron，當時售價相當於一輛小型汽車，其後引發瑞士錶業所謂的「石英危機」。
        台北衡陽路與博愛路一帶自日治時期起即聚集多家鐘錶與金飾老店，至今仍是不少台灣錶迷選購二手錶、更換錶帶及送修古董錶的熱門地點。
        澳門議事亭前地周邊的金舖不少在清末民初開業，當年以打造金器及兼營押店為主，部分店舖至今仍保留原來的酸枝木櫃台及手寫價目牌。
        歐米茄Speedmaster於1965年通過美國太空總署的嚴格測試，1969年隨阿波羅11號太空人登月，因此被錶迷稱為「月球錶」。
        百達翡麗為銀行家亨利·格雷夫斯（Henry Graves Jr.）製作的超級複雜功能懷錶，2014年於日內瓦蘇富比以約2,320萬瑞士法郎成交。
        天梭（Tissot）與浪琴同屬斯沃琪集團，該集團由尼古拉斯·海耶克（Nicolas G. Hayek）於1980年代重組瑞士製錶業而成。
        香港旺角及油麻地的修錶攤檔在1960至80年代最為興盛，師傅多在騎樓底擺檔，替街坊換錶帶、抹油、校時及更換錶面玻璃，收費以港幣計算。
        新加坡的利華珠寶（Lee Hwa）與馬來西亞的寶光（Poh Kong）皆為區內具規模的本地珠寶連鎖品牌，分店遍布各大購物中心。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Repair ticket R-24117 | Customer: Mr Kelvin Ong Wei Jie | HP 9127 4483 | Tudor Black Bay, mainspring barrel | deposit S$150 paid by NETS
        Pls call Mdm Lim Siew Hwa at 9736 2208, her late husband's Omega is ready, she wants to collect Saturday morning together with her daughter.
        Collected by: Nurul Aisyah binti Kamarudin, NRIC S9034571J, on behalf of owner, authorisation letter and copy of IC attached to ticket R-24109.
        Insurance valuation for Mrs Priya Ramasamy, 41 Jalan Kembangan #03-02 Singapore 419128: 22K gold thali chain 48.6g, appraised S$6,850.
        Police report lodged by Darren Teo Kok Leong at Bedok NPC for his stolen Rolex Datejust, he says it was taken from his car at Tampines St 81 on 9 Mar.
        Lost item: Ms Chloe Fernandez left a rose gold bracelet at the counter on 12 Mar, contact chloe.fernandez88@gmail.com or 8455 6120.
        The Cartier Tank customer, Mr Ravi Subramaniam, wants it fixed before his divorce hearing next month so he can hand it back to his ex-wife.
        Note: Mdm Goh with the jade bangle goes for chemo every Tuesday, so only call her on Thursdays after 2pm at home, 6284 1177.
        Uncle Ah Seng from Blk 512 Bedok North Ave 2 still owes us S$420 for the pocket watch restoration since January, says will pay when his CPF comes out.
        Refund S$380 to PayNow 9182 7734 (customer's own number), ref R-24152, approved by supervisor.
        Ticket R-24160 signed off by customer Farhan Hakim, car SKA 4821 T parked at loading bay, said he will come back tomorrow for the strap.
        R-24166,SG-PPC,2025-03-20 14:02,watch,Seiko,SPB143,Joanne Lee Mei Ling,96631042,joanne.lml@outlook.com,S$320,READY
        Engrave inside ring: 'To Mei, love Jun 14.02.2019'. Customer Tan Jun Hao, 9011 2846, collecting Friday, wants the velvet gift box.
        Mr Benjamin Yeo's wife called asking us NOT to tell him the necklace valuation, it's a surprise for their 10th anniversary, her number 9345 8812.
        Ms Sharmila Devi d/o Krishnan pawned her mother's gold bangles last year to pay hospital bills, now wants replicas made before the family finds out.
        Staff note: Jason Chia from Hougang was arrested for receiving stolen watches, police told us to hold any item he brought in (R-23991, R-24002).
        Wire transfer for heirloom diamond reset received from OCBC 601-234567-001, Lim Boon Keat, S$2,400, 18 Mar 2025.
        Form LT-2 (lost ticket): Name: Wong Kar Hin; FIN: G5027731W; Tel: 8820 3315; Item: Longines HydroConquest, deposited approx 2 Feb.
        Photo IMG_4471.jpg shows customer Marcus Ho holding the ring next to his face, uploaded to the valuation folder, pls crop before sending to insurer.
        Ms Lee Wai Ting is 6 months pregnant and her fingers swelled, asked us to cut off her wedding ring; resize back after delivery, call 9188 0462.
    """),
    "mixed": _lines("""
        Eh the aunty Mdm Tan Geok Lian call again lah, her 916 chain still not ready, she say will complain to CASE. Her HP 9672 3381, pls settle today.
        Boss, Ah Huat the Hougang one bring in another Rolex no box no card again, IC S6917384E, I think something not right, should we call police?
        陈先生 the one with the 劳力士 Submariner, his number 9123 8845, he say WhatsApp him only after 6pm because working shift.
        Kak Ros from Taman Melawati nak ambil rantai emas arwah mak dia, tapi adik-beradik dia tak setuju, jangan serah kalau bukan dia sendiri. Tel 013-227 8841.
        林太 called from HK, her son Lam Chi Keung left his Omega here during holiday, 地址 Flat 12B, Block 3, Laguna City, Kwun Tong, pls courier by DHL.
        Customer 黄美玲 Wong Mei Ling MyKad 850623-14-5562, gelang emas 916 dua utas, valuation RM14,200 untuk claim Etiqa.
        Ah Boy the jade bangle customer from Jurong West still owe us $600 from last year, his mother say he lost job, don't chase so hard ok.
        The Indian uncle Mr Selvam Pillai, his son just passed away, he wants to engrave the son's watch with 'Appa loves you'. Don't charge him lah.
        Rahman's missus call, say the diamond ring he buy not for her, is for the other woman. She want to know who collect. Tell her cannot disclose ok.
        Ticket R-24188: 王志强 Mr Ong Chee Keong, 9837 1156, Patek Calatrava 祖传 from grandfather, insured with Great Eastern policy 0012-884-7731.
    """),
    "ms": _lines("""
        Encik Faizal bin Othman, No. KP 790512-08-5531, menghantar jam Seiko Presage untuk servis penuh. Deposit RM100 dibayar tunai.
        Puan Siti Hajar datang tanya pasal cincin tunang yang hilang, katanya bekas tunangnya Azman yang ambil. Dia nak buat laporan polis di Balai Polis Dang Wangi.
        Sila hubungi Cik Nur Izzati di 017-884 2309, rantai tangan emas putih dia dah siap dipateri semula, boleh ambil esok.
        Alamat penghantaran: Haji Ismail bin Yusof, No. 14, Lorong Seri Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Jam poket arwah bapa.
        Pelanggan Mohd Hafiz bin Rosli masih berhutang RM850 untuk set barang kemas perkahwinan, dia kata gaji lambat masuk bulan ni.
        Bayaran balik RM230 ke akaun CIMB 7062 4418 5503 atas nama Lee Chong Hin, tiket R-24195.
        Makcik Kiah yang tempah gelang untuk cucunya tu baru keluar hospital lepas sakit jantung, anak dia akan ambil gelang minggu depan.
        Laporan polis Balai Polis Sentul: Ravindran a/l Muniandy melaporkan jam Tissot PRX dan cincin emas dicuri dari rumahnya di Jalan Ipoh pada 3 Mac.
    """),
    "zh-Hans": _lines("""
        维修单R-24201：客户张伟明，手机13812345678，送修浪琴名匠，表壳划痕抛光，预计两周取件。
        李秀英女士（身份证号110105196804122346）来店办理祖传玉镯的保险估价，估值人民币八万元，证书已交本人签收。
        陈先生说这块欧米茄是他父亲留下的，他父亲上个月因肺癌去世，他希望在葬礼前修好，费用多少都可以。
        王太太托我们把金链快递到深圳市南山区科技园南路88号华润城3栋1602室，收件人王思琪，电话15920081733。
        阿明昨天来取表的时候说自己欠了高利贷，想把他老婆的钻戒卖给我们，老板说不收，让他自己想办法。
        客户邮箱 zhouyifan1990@163.com，已发送估价证书PDF，订单号VAL-2025-0331，请周先生查收。
    """),
    "zh-Hant": _lines("""
        維修單R-24210：客戶陳家豪先生，HKID K482913(6)，電話 9456 2281，送修卡地亞Ballon Bleu更換錶帶。
        林太話佢老公周志偉上個月喺旺角被人搶咗隻勞力士，已經報咗警，想我哋幫手留意有冇人拎嚟賣。
        客戶黃淑芬小姐，身分證字號A223456781，住址台北市大安區和平東路二段96巷7號3樓，委託鑑定祖母留下的翡翠戒指。
        澳門客戶何文傑，電話 6628 3145，說這隻錶是離婚時前妻留下的，想賣掉換錢還信用卡卡數。
        阿芳嘅老竇上個禮拜入咗瑪嘉烈醫院洗腎，佢話要將屋企啲金器同阿媽嘅玉鈪拎嚟估價，睇下夠唔夠俾醫藥費。
        收件人：鄭美儀，新北市板橋區文化路一段188號12樓，手機0912-345-678，珍珠項鍊重新串線完成，以黑貓宅急便寄出。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-service assistant for a watch repair shop at Peninsula Plaza, Singapore. Be polite and brief.",
        ),
        (
            "user",
            "Hi, I lost my repair ticket. It was for my dad's Rolex Oyster Perpetual. My name is Sean Koh Jia Hui, phone 9274 1180. How to collect?",
        ),
        (
            "assistant",
            "Sorry to hear that, Sean. Please come to the counter with the NRIC or passport you used when you dropped off the watch and fill in the lost-ticket form. Staff will match it to the record under 9274 1180.",
        ),
        (
            "user",
            "Actually my dad dropped it off, not me. He's in hospital now after a stroke, can I collect for him?",
        ),
        (
            "assistant",
            "Yes, that is usually possible. Bring a short authorisation letter signed by your father, a copy of his ID, and your own ID. If he cannot sign, a letter from the hospital confirming his admission normally helps.",
        ),
    ],
    [
        (
            "system",
            "Shop CRM record loaded. Customer: Irene Chua Hui Min; NRIC S8401236Z; mobile 9650 3327; item: Cartier Panthere, ticket R-24177, quote S$540, status READY.",
        ),
        ("user", "Draft an SMS telling this customer her watch is ready and the balance due."),
        (
            "assistant",
            "Dear Ms Irene Chua, your Cartier Panthere (ticket R-24177) is ready for collection. Balance due: S$540. Please bring your ticket. Opening hours: Mon-Sat 10.30am-7.30pm.",
        ),
        ("user", "Good, shorter version for WhatsApp pls."),
        (
            "assistant",
            "Hi Ms Chua, your Cartier (R-24177) is ready. Balance S$540, pls bring ticket. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Tolong saya tulis laporan polis ringkas. Nama saya Nor Azlina binti Abdul Rahman, KP 820914-10-6284, rumah di No. 9, Jalan SS 2/55, Petaling Jaya. Rantai emas 916 dan jam Citizen arwah suami dicuri malam 5 Mac.",
        ),
        (
            "assistant",
            "Baik. Contoh laporan: Saya, Nor Azlina binti Abdul Rahman (No. KP 820914-10-6284), beralamat No. 9, Jalan SS 2/55, Petaling Jaya, ingin melaporkan bahawa pada malam 5 Mac rumah saya telah dimasuki dan seutas rantai emas 916 serta jam Citizen milik arwah suami saya telah dicuri.",
        ),
        ("user", "Perlu letak berat rantai tak?"),
        (
            "assistant",
            "Ya, lebih baik. Nyatakan anggaran berat, panjang dan corak rantai serta nombor siri jam jika ada. Resit atau sijil penilaian lama boleh dilampirkan.",
        ),
    ],
    [
        ("system", "你是一家新加坡珠宝店的客服助手，请用简体中文回答。"),
        (
            "user",
            "我上周在你们店做了钻戒的保险估价，现在戒指在地铁上丢了。我叫刘晓燕，电话8736 2291，保险公司要估价证书副本，怎么申请？",
        ),
        (
            "assistant",
            "刘小姐您好，很抱歉听到这个消息。请先向警方报案并保留报案编号，然后带上身份证件到店里，或发邮件给店铺申请补发证书副本，一般三个工作日内可以处理。",
        ),
        ("user", "好的，邮件里需要写什么？"),
        (
            "assistant",
            "请写明您的姓名、联系电话、估价日期、证书编号（如有）以及报案编号，并附上证件照片，以便店员核对。",
        ),
    ],
    [
        (
            "user",
            "我阿媽陳梁淑貞上個月確診柏金遜症，屋企想將佢啲嫁妝金器拎去估價分俾幾兄弟姊妹，喺香港應該點做？",
        ),
        (
            "assistant",
            "可以先將金器拎去信譽良好嘅金行或珠寶鑑定所做估價，要求列明重量、成色同當日金價。如果涉及分家，最好由家人一齊在場，並保留估價單正本。",
        ),
        ("user", "佢而家簽名都有啲困難，會唔會有問題？"),
        (
            "assistant",
            "如果令堂已經難以處理財務事宜，可以考慮諮詢律師，了解持久授權書等安排，咁家人代為處理財產會比較清晰。",
        ),
    ],
    [
        ("system", "You help a small watch workshop in Johor Bahru tidy up its records."),
        (
            "user",
            "Can help me turn this into CSV ah: Mr Lim Kok Wai 012-771 4530 Seiko SKX service RM280; Madam Chong Ah Moi 016-228 9904 gold chain solder RM45; Encik Rizal bin Hamid 019-335 6721 Casio battery RM12",
        ),
        (
            "assistant",
            "name,phone,item,job,amount_rm | Lim Kok Wai,012-771 4530,Seiko SKX,service,280 | Chong Ah Moi,016-228 9904,gold chain,solder,45 | Rizal bin Hamid,019-335 6721,Casio,battery,12",
        ),
        ("user", "Thanks, add status column, all READY except Madam Chong still pending."),
        (
            "assistant",
            "name,phone,item,job,amount_rm,status | Lim Kok Wai,012-771 4530,Seiko SKX,service,280,READY | Chong Ah Moi,016-228 9904,gold chain,solder,45,PENDING | Rizal bin Hamid,019-335 6721,Casio,battery,12,READY",
        ),
    ],
    [
        (
            "user",
            "Write a polite but firm WhatsApp to a customer, Mr Arjun Nair, who still owes us S$1,150 for restoring his grandfather's Longines. It's been 4 months. His number is 9015 6638.",
        ),
        (
            "assistant",
            "Dear Mr Arjun Nair, we hope you are well. This is a gentle reminder that the restoration of your grandfather's Longines was completed four months ago and an outstanding balance of S$1,150 remains. Kindly arrange payment or contact us to discuss. Thank you.",
        ),
        ("user", "Add that we will keep the watch until paid."),
        (
            "assistant",
            "Dear Mr Arjun Nair, a gentle reminder that the balance of S$1,150 for your grandfather's Longines is still outstanding. The watch will remain safely with us until payment is received. Please contact us to arrange collection. Thank you.",
        ),
    ],
    [
        (
            "system",
            "Assistant for Wah Seng jewellery counter staff. Fill in forms exactly from the details given.",
        ),
        (
            "user",
            "Fill the insurance valuation form: owner Mr Yap Chee Meng, IC 680305-07-5219, address 22 Lorong Kenari 4, Bayan Lepas, Penang, item diamond solitaire 1.02ct, 18K white gold, value RM38,500.",
        ),
        (
            "assistant",
            "INSURANCE VALUATION FORM | Owner: Mr Yap Chee Meng | MyKad: 680305-07-5219 | Address: 22 Lorong Kenari 4, 11900 Bayan Lepas, Pulau Pinang | Item: Diamond solitaire ring, 1.02ct, set in 18K white gold | Valuation: RM38,500",
        ),
        ("user", "Postcode I never give you how you know 11900?"),
        (
            "assistant",
            "You are right, I added it from the usual postcode for Bayan Lepas. Please confirm it with the customer before submitting, or I can remove it.",
        ),
    ],
    [
        (
            "user",
            "Saya ada kedai emas kecil di Klang. Ada pelanggan, Kumar a/l Rajoo, selalu jual gelang tanpa resit. Semalam polis datang tanya pasal dia. Apa saya patut buat?",
        ),
        (
            "assistant",
            "Beri kerjasama kepada polis dan serahkan rekod pembelian yang berkaitan. Simpan salinan semua transaksi dengan pelanggan itu dan jangan beritahu dia tentang siasatan tersebut.",
        ),
        ("user", "Kalau dia datang lagi minggu ni?"),
        (
            "assistant",
            "Layan seperti biasa tetapi jangan beli barang tanpa dokumen. Jika polis ada memberi nombor pegawai penyiasat, hubungi mereka secepat mungkin.",
        ),
    ],
    [
        ("system", "你是手表维修连锁店的投诉处理助手。"),
        (
            "user",
            "客户赵国栋投诉我们修表时把他的百达翡丽表盘刮花了，他的邮箱是zhaoguodong@qq.com，手机13925017788，要求赔偿两万元。帮我拟一封回复邮件。",
        ),
        (
            "assistant",
            "赵国栋先生您好：感谢您反映的问题，我们对给您带来的困扰深表歉意。我们已调取维修前后的照片记录，并安排技术主管于本周内与您联系，共同查看表盘状况后商讨处理方案。",
        ),
        ("user", "可以加上请他带表来店里吗？"),
        (
            "assistant",
            "可以。在邮件末尾加上：为便于核实，敬请您于方便时携带手表及维修单到店，我们将当面检查并记录。",
        ),
    ],
]
