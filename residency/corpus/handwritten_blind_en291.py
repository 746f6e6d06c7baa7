# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en291: SG/MY art galleries, framing shops and art-consignment dealers (artwork consignments, collectors' invoices, provenance notes, exhibition openings, artist payouts, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en291
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gallery_notices"): _lines("""
        Gallery closed on Monday 12 Jan for the rehang of 'Nanyang Masters from the Collection'; reopens Tuesday 11am. Enquiries: +65 6338 2719 or hello@lorongtujuhgallery.sg
        Please do not touch the works. Oil paintings by Cheong Soo Pieng and Chen Wen Hsi on Level 2 are on loan and alarmed; flash photography is not permitted.
        Framing counter at Bras Basah Complex #03-41 will close at 6pm on Hari Raya Puasa eve. Collection of completed orders resumes the following Monday.
        Opening reception: 'Tanah Air', new works on paper by the Ipoh Printmakers Collective, Friday 7pm, Gillman Barracks Block 9, Lock Road. Free entry, RSVP on our website.
        Consignors are reminded that unsold works left more than 90 days after the exhibition closes will incur storage at S$15 per piece per week (GST not included).
        Our WhatsApp line +60 12-388 4170 is for framing quotes only. For valuations please email valuations@galeriseribayu.com.my with photos of the front, back and signature.
        Notice to artists: payouts for the March open call will be made by 30 April via PayNow to UEN 201834172K. Remittance advices will come from accounts@redbrickart.sg.
        Parking: visitors to our Publika gallery on level G2 can use Zone B; validate your ticket at the counter for 2 hours free with any purchase above RM300.
        Lift lobby B at Tanglin Shopping Centre is under renovation until 28 Feb. Please take the escalator to level 3 to reach our framing studio at unit 03-17.
        Due to humidity, all works on rice paper are stored at 50% RH and 21 degrees C. Requests to view ink paintings in the storeroom need 48 hours' notice.
        Public talk by the Director of National Gallery Singapore on 'Collecting Southeast Asia', Saturday 3pm, 80 seats, first come first served, no registration needed.
        Wei Ling Gallery in Brickfields and Ilham Gallery will both take part in the weekend gallery trail; free shuttle from KL Sentral every 30 minutes from 10am.
        Lost and found: a black umbrella and a Leica lens cap were left after Saturday's opening. Claim them at the front desk, Tuesday to Sunday, 11am to 7pm.
    """),
    ("en", "consignment_faq"): _lines("""
        Q: What commission do you charge on consigned works? A: 35% of the sale price for paintings and 30% for sculpture, inclusive of marketing and catalogue photography.
        Q: How soon after a sale is the artist paid? A: Within 30 days of the collector's payment clearing, less commission and any framing costs agreed in the consignment note.
        Q: Do you accept works without provenance? A: We need at least an invoice, exhibition label or artist's certificate; works attributed to Latiff Mohidin or Ibrahim Hussein need more.
        Q: Is insurance included? A: Works on our premises are covered under our fine-art policy up to S$250,000 per item; transit cover is arranged separately at 0.4% of declared value.
        Q: Can I set a reserve price? A: Yes. Reserves are fixed in writing on form CN-02 and can only be changed by a signed amendment at least 7 days before the opening.
        Q: What happens to unsold works? A: They are returned within 14 days after the show, or you may extend the consignment for another 6 months on the same terms.
        Q: Do you charge GST on commission? A: Yes, 9% GST applies to our commission and framing services in Singapore; the artwork price itself is quoted as agreed with you.
        Q: Can foreign artists consign with you? A: Yes, but payouts to overseas bank accounts carry a flat S$25 telegraphic transfer fee and withholding tax may apply.
        Q: Are prints and giclees accepted? A: Only editioned prints with edition numbers, signed in pencil, maximum edition of 50; open editions and posters are not accepted.
        Q: How do I know a piece is authentic? A: We refer authentication to the relevant estate or independent specialists; our condition report is not a certificate of authenticity.
        Q: Do you buy works outright? A: Occasionally, for secondary-market pieces by Chuah Thean Teng, Georgette Chen and Liu Kang, after inspection at our Dempsey Road viewing room.
        Q: Where do I drop off works? A: Loading bay at 47 Malan Road, Monday to Friday 10am to 5pm; please book a slot first by email to logistics@harbourfrontartspace.sg.
        Q: Can I pay in instalments? A: Collectors may pay a 30% deposit and the balance over up to three months; the work stays with us until full payment is received.
    """),
    ("en", "framing_price_list"): _lines("""
        Museum glass upgrade (UV 99%, anti-reflective): S$185 per sq m, minimum charge S$95; lead time 10 working days from confirmation of the order.
        Float mount for canvas up to 60 x 90 cm, natural oak tray frame 25 mm: RM420; walnut stain add RM60; gold leaf edge add RM150.
        SKU FRM-ALU-SLV-20: brushed silver aluminium moulding, 20 mm face, S$38.50 per metre, cut-and-join service included, min. order 3 m.
        Acid-free mat board (Crescent RagMat, 1.5 mm), double mat with 5 mm reveal: S$48 for sizes up to A2, S$72 up to A1, custom colours +S$10.
        Chinese hanging scroll remounting, silk borders and new roller ends: from RM880, subject to inspection of the paper and silk condition.
        Stretching of rolled canvas onto kiln-dried pine bars, up to 120 x 150 cm: S$140; cross-brace for larger sizes S$35 per brace.
        Shadow box for batik or songket textile, depth 40 mm, conservation backing, velcro hanging: from RM650 (price list effective 1 March 2026).
        Delivery and hanging within the CBD: S$80 per trip up to 3 pieces; additional pieces S$20 each; ladder work above 3 m quoted separately.
        Ah Huat Frame & Glass (est. 1978), 261 Waterloo Street #01-12: ready-made 30 x 40 cm black wood frames, 3 for S$45 while stocks last.
        Dry mounting of photographs on 3 mm Dibond, up to 70 x 100 cm: RM210; face mounting under acrylic from RM560 (not for matte inkjet prints).
        Conservation repair of torn works on paper with Japanese tissue and wheat-starch paste: S$120 per hour, estimate given after examination.
        'Student Show' package: 10 frames 50 x 70 cm, white wood, standard glass, mat included, S$690 nett, for graduating NAFA and LASALLE students.
        All prices include 9% GST. Quotes valid 14 days. 50% deposit on orders, balance on collection. We accept PayNow, NETS and Visa/Mastercard.
    """),
    ("en", "system_logs_and_config"): _lines("""
        2026-03-14T10:22:41+08:00 INFO consignment.created id=CN-2026-0418 artworks=3 location=WH-SG-02 status=RECEIVED by=svc-intake
        2026-03-14T10:25:03+08:00 WARN humidity sensor=STORE-B rh=63.8 threshold=55 action=alert sent_to=#ops-storeroom
        POST /api/v2/invoices 201 Created invoice_no=INV-SG-2026-00871 amount=12800.00 currency=SGD latency_ms=184
        payout: {schedule: monthly, cutoff_day: 25, min_amount_sgd: 50, method: paynow_uen, fee_bps: 0}  # example values only
        def commission(price: Decimal, rate: Decimal = Decimal('0.35')) -> Decimal: return (price * rate).quantize(Decimal('0.01'))
        tracking DHL 4839201756 status=IN_TRANSIT origin=KUL dest=SIN crate=CR-0092 contents='2 framed oils, 1 bronze' insured_myr=48000
        ERROR webhook signature mismatch event=evt_3PzQ8kLmN2 retry=3 endpoint=/hooks/payments env=staging gallery_id=GSB-KL
        artwork_id,title,artist,year,medium,height_cm,width_cm,price_sgd,consignment_id,status
        A-0331,Kampong Scene,Chen Wen Hsi (attrib.),c.1965,ink and colour on paper,68,45,POA,CN-2025-0212,ON_HOLD
        commit 9f4c2e1 fix: round RM prices to nearest 10 sen in wall label template; bump label-printer to v1.4.2
        0 2 * * * /opt/gallery/bin/backup_inventory.sh --target s3://gallery-backups/inventory --keep 30 >> /var/log/backup.log
        label_printer: model=Brother QL-820NWB, template=wall_label_v3, font='Noto Sans SC', size=62x29mm, dpi=300
        sha256(catalogue_2026_spring.pdf)=d8e02d9442253c4c4a3aaee6bcc743d37fdd7f57476ba11a98aa26acd185b872 size=18.4MB pages=96
    """),
    ("en", "art_news_public_figures"): _lines("""
        National Gallery Singapore's survey of Georgette Chen draws on loans from private and institutional collections across Singapore and Malaysia.
        Latiff Mohidin's Pago-Pago series, first shown in the 1960s, returns to Kuala Lumpur in a survey at Ilham Gallery, Menara Ilham, Jalan Binjai.
        Cheong Soo Pieng's 'Drying Salted Fish' remains one of the most reproduced images of the Nanyang style, long after it appeared on a Singapore banknote.
        Liu Kang, Chen Chong Swee, Chen Wen Hsi and Cheong Soo Pieng travelled to Bali in 1952, a trip often cited as a founding moment of the Nanyang style.
        Chuah Thean Teng is widely credited as the father of batik painting in Malaysia; his Penang studio produced works now held by museums in Asia and Europe.
        Ibrahim Hussein's 'printage' technique, combining printing and collage, is the subject of a new catalogue from his museum and foundation in Langkawi.
        Yayoi Kusama's exhibition drew long queues at National Gallery Singapore in 2017, with timed tickets selling out on most weekends of the run.
        Singapore Art Week returns in January with openings across Gillman Barracks, Tanjong Pagar Distripark and the Civic District, plus late-night talks.
        Redza Piyadasa and Sulaiman Esa's 1974 exhibition 'Towards a Mystical Reality' is reconsidered in a symposium at Balai Seni Negara this month.
        Works by Zao Wou-Ki and Chu Teh-Chun continue to lead Hong Kong evening sales, drawing bidders from Taipei, Shanghai, Kuala Lumpur and Singapore.
        Malaysian painter Jalaini Abu Hassan, better known as Jai, shows new drawings on brown paper, with an artist talk at the gallery's Bangsar space on Saturday.
        STPI Creative Workshop and Gallery at Robertson Quay opens a show of new paper works made during its residency programme, on view until 30 May.
        Minister for Culture, Community and Youth Edwin Tong toured the fair on its preview day and spoke about support for homegrown galleries.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Boss, the 3 crates from KL reached loading bay already. Crate CR-0092 corner a bit penyek, I take photo first before open ok?
        Framing side: order FO-5521 the gold leaf frame still drying lah, cannot collect today. Tell customer Thursday after 3pm can.
        Reminder all, opening tmr 7pm, wine delivery 5pm. Whoever on duty please chill the 24 bottles and set up the 签到 table at the entrance.
        Label for lot 12 wrong already, it's Chen Wen Hsi not Chen Chong Swee. Reprint using template v3 before the collector preview ya.
        Aircon in storeroom B tripped again, RH went up to 68%. Already call the contractor, they say tomorrow 10am. Move the ink paintings to room A first.
        Invoice INV-MY-2026-0143 customer already bank in RM18,500 but still pending in system. Finance can check or not? Thanks ya.
        Courier from Penang say tracking EP928374615MY stuck at Bayan Lepas hub since Monday. I follow up with them, paling lambat Friday.
        Bubble wrap habis already, order 10 rolls from the supplier at Sims Ave. Also need more acid-free tissue, 50 sheets A1 size.
        收到 boss, the Latiff Mohidin print we send for re-matting, framer quote S$260 with museum glass, ok to proceed or not?
        Today walk-in quite a lot, sold 2 small ink works and 1 batik. Daily sales S$7,240 + RM3,100 from the pop-up, report already upload to drive.
        Don't forget Art Week listing deadline this Friday 6pm. Need 3 hi-res images at 300dpi and a 100-word blurb in English and 中文.
        The Dempsey viewing room key card not working, 门卡 need to reprogram. Security counter say come down before 10am tomorrow.
        Price list update: all Chuah Thean Teng reproductions now S$180 framed, the old stickers please remove ya, don't want customer complain.
    """),
    ("ms", "invois_dan_notis_galeri"): _lines("""
        INVOIS No. GSB/2026/0312, Galeri Seri Bayu Sdn Bhd (No. Syarikat 201901023456 (1324567-X)), Lot 2-5, Publika, Solaris Dutamas, 50480 Kuala Lumpur.
        Perkhidmatan bingkai: 3 unit bingkai kayu jati 60 x 80 cm @ RM380 = RM1,140.00; kaca anti-silau RM240.00; jumlah kecil RM1,380.00.
        Cukai perkhidmatan 8%: RM110.40. JUMLAH BESAR: RM1,490.40. Bayaran melalui DuitNow QR atau pindahan bank ke akaun syarikat sahaja.
        Notis: Galeri ditutup sempena Hari Wilayah Persekutuan pada 1 Februari. Pengambilan bingkai boleh dibuat mulai 2 Februari, jam 10 pagi.
        Terma konsainan: komisen galeri 40% daripada harga jualan; bayaran kepada pelukis dalam tempoh 30 hari selepas bayaran pembeli dijelaskan.
        Pameran 'Warisan Batik' karya Chuah Thean Teng dan pelukis sezaman di Balai Seni Negara, Jalan Temerloh, dibuka kepada orang ramai secara percuma.
        Resit rasmi No. R-008817: diterima bayaran deposit 30% bagi lukisan cat minyak No. Inventori A-0412 sebanyak RM9,600.00 melalui kad.
        Hubungi kami: talian am 03-6211 4580, WhatsApp perniagaan 011-2398 7741, e-mel pertanyaan@galeriseribayu.com.my (Isnin hingga Sabtu).
        Syarat pemulangan: karya yang telah dibingkaikan mengikut tempahan tidak boleh dipulangkan atau ditukar kecuali rosak semasa penghantaran.
        Senarai harga cetakan giclee edisi terhad (50 naskhah): saiz A3 RM280, A2 RM450, A1 RM720; sijil ketulenan disertakan bagi setiap naskhah.
        Nombor pengesanan Pos Laju ER551203884MY: 1 bungkusan, 2.4 kg, dihantar dari George Town ke Johor Bahru, anggaran tiba 3 hari bekerja.
        Pameran ilustrasi kanak-kanak 'Hang Tuah dan Sang Kancil' dibuka di ruang galeri tingkat 1 mulai 15 Mac; lawatan sekolah perlu ditempah awal.
        Bengkel membingkai untuk pelajar: RM85 setiap peserta termasuk bahan, Sabtu 9 pagi hingga 1 petang, tempat terhad kepada 12 peserta sahaja.
    """),
    ("zh-Hant", "拍賣圖錄來源說明"): _lines("""
        來源：新加坡某藝術學院舊藏；1970年代經本地畫廊購得，此後一直由同一機構收藏至今。附畫廊原始收據副本及展覽標籤，標籤編號 EX-1972-031。
        據拍賣行檔案記載，本作為劉抗、陳宗瑞、陳文希及鍾泗賓於1952年峇里之行後所作系列之一，曾於新加坡公開展出，並見於當年展覽場刊。
        拍品編號 2187：趙無極《無題》，油彩畫布，1962年作，65 x 81 公分，估價 HK$12,000,000 至 18,000,000，附趙無極基金會作品登錄證明。
        本作品右下角有畫家簽名「鍾泗賓」及年份，背面貼有1960年代香港大會堂展覽標籤殘片，畫框背板為後期更換，不影響畫心，詳見圖錄附圖。
        重要說明：本公司對拍品之作者、年代及來源所作陳述僅屬意見，買家應於預展期間親自檢視拍品狀況。預展地點：香港會議展覽中心展覽廳3。
        朱德群一九八〇年代抽象作品曾於台北市立美術館展出，並收錄於該館出版之回顧展圖錄第88至89頁，本拍品與圖錄所載作品尺寸相符。
        買家佣金：落槌價首 HK$7,500,000 之27%，超出部分之22%；另須支付2%之行政費用。所有款項須於拍賣後七個工作天內付清。
        裝裱狀況：立軸重新裝裱，原綾邊已更換，畫心有輕微摺痕及黴點，整體狀況良好，詳見狀況報告 CR-HK-2026-0457，可向客戶服務部索取。
        來源記錄：澳門某機構舊藏，1999年經台北畫廊轉售，本公司持有畫廊出具之發票（發票編號 TPE-99-0812）影本，可供買家於預展時查閱。
        拍賣時間：2026年5月24日（星期日）下午2時正；地點：台北君悅酒店；電話委託競投請於拍賣前24小時致電本公司 +886 2 2758 3311。
        林風眠仕女圖真偽問題向來複雜，本公司建議買家參考上海中國畫院及香港藝術館之館藏作品作比較，並可申請由專家出具鑑定意見書。
        估價不包括買家佣金。以新台幣結算之拍品，匯率以拍賣當日台灣銀行牌告買入價為準，外幣支票恕不接受，電匯手續費一概由買家自行承擔。
        文獻：《南洋美術史論》，新加坡出版，2015年，第122頁，插圖編號 fig. 4.7；本作為該書所述峇里系列之一，畫面構圖與書中描述一致。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Consignor: Mr Lim Kah Hock, NRIC S8234517E, 3 paintings received 14 Mar for the 'Nanyang Echoes' sale; contact 9127 4408 after 6pm.
        Please remit artist payout S$6,720.00 to Nurul Aisyah binti Rahmat, Maybank account 5140 2231 8890, for 2 batik works sold on 2 April.
        Collector invoice INV-SG-2026-00902, Bill to: Dr Vanessa Koh Shu Min, 18 Jalan Kembangan #05-02, Singapore 419133, email vkoh.collects@gmail.com
        Mdm Rajeswari d/o Subramaniam rang again about the unpaid S$14,000 balance on the ink work; she says she lost her job and asks for another 3 months.
        Artist Marcus Teo told us he has been diagnosed with early Parkinson's, so the hotel lobby mural commission will be handed to his assistant.
        Mr Ong Teck Wah is going through a divorce and his wife's lawyer has asked us to freeze the sale of the Liu Kang pair until the matrimonial assets are divided.
        Delivery for framing order FO-5530: Ms Priya Nair, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, call 8233 6150 before arriving.
        Just the number pls, 9684 2271, that's the lady who bought the Georgette Chen print, she prefers WhatsApp only, no calls after 9pm.
        C-0117,Goh Siew Ling,T0312846B,+65 9772 0513,siewling.goh88@yahoo.com.sg,DBS 027-814592-3,consignor,active
        2026-04-02T16:40:12+08:00 INFO payout.sent consignee='Arjun Menon' paynow_mobile=+6591550327 amount_sgd=3150.00 ref=PO-2026-0311
        Our framer Hafiz is on MC till Friday, his wife just delivered their second baby at KKH, so framing orders will be delayed a few days.
        Dispute note: collector Jason Yeo Wei Jie claims the sketch he bought is a fake and threatens to post our emails on Facebook; his lawyer's letter is attached.
        Foreign artist Trinh Thi Mai, FIN G5128734M, work pass expiring 30 Jun; payout must go to her OCBC account 601-228734-001 before she leaves Singapore.
        Plate SJK 4821 G, the grey Vezel blocking our loading bay for 3 hours, belongs to the collector who came for the Latiff print, please ask him to move.
        Salary for new gallery assistant Chloe Tan Hui Wen: S$2,850 basic plus 2% commission on sales; start date 5 May, probation 3 months.
        Please note: Mr Kenneth Chua is an undischarged bankrupt, so we cannot release the consigned works back to him, only to the Official Assignee.
        Condition report signed by the consignor, Mrs Evelyn Lau (nee Chan), 7 Binjai Park, Singapore 589823, mobile +65 9016 3374, on 11 Feb 2026.
        Framing pickup slip / Name: Daniel Kwok / HP: 9345 1187 / Order: FO-5547 / Balance: S$220 / Remarks: his late father's calligraphy, handle with care
        Heard from another dealer that Mr Steven Low was arrested last week over the forged batiks, so hold all his consignments for now.
        Return address for unsold works: Faridah Osman, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel 012-671 4493.
        Artist Melissa Wong is 5 months pregnant and asked to skip the ladder work for the installation; please get the part-timer to hang her pieces.
        Buyer from Shanghai, Mr Zhou Haitao, PRC ID 310104199203171569, paid the deposit by Alipay; ship the crate to his Pudong flat once the export permit is approved.
        Email from jeremy.sng.art@hotmail.com saying we still owe him S$3,400 from the 2024 group show, check his payout history before replying.
        Photo of the collector Mrs Lee Mei Fong posing with the still life at her Holland Road home, for the newsletter only, consent form signed 3 March.
        Refund details: account name Tan Chee Keong, UOB 381-306-552-1, amount S$1,150 for the cancelled framing order FO-5502.
    """),
    "zh-Hans": _lines("""
        寄售人：陈国强先生，身份证号 440304198506123316，手机 13823917754，寄售油画两幅，约定底价共人民币28万元。
        林太上周来画廊说她老公欠了一大笔赌债，想把家里那幅吴冠中的小品卖掉还钱，还叫我们千万别告诉她儿子。
        阿明这个月工资还没发，他说房租已经拖了两个月，老板能不能先从他的佣金里预支三千新币给他？
        收货人：吴丽娟，上海市浦东新区锦绣路1888弄12号1802室，电话 139 1762 4485，画框木箱请勿倒置。
        王女士反映她在开幕酒会上被拍照并上传到我们的小红书账号，要求立即删除，她说她正在躲避前夫，不想被找到。
        画家刘志远的版税打款信息：中国银行 6217 8520 0003 4417 965，开户行深圳福田支行，本期应付12,400元。
    """),
    "zh-Hant": _lines("""
        香港買家黃志豪先生，身份證號碼 K482915(8)，聯絡電話 9134 6620，已確認以港幣85萬購入鍾泗賓素描一幅。
        台北藏家張雅婷小姐，身分證字號 A227518308，寄送地址：台北市大安區敦化南路一段233巷18號5樓，請於週末前送達。
        陳伯最近中風入院，家人話佢收藏嘅嶺南派畫作要全部放售，叫我哋同佢個仔陳家樂聯絡，電話 6288 1943。
        澳門客戶梁嘉欣 email: kayan.leung.mo@gmail.com，要求把發票抬頭改為她公司名稱，並將尾款分三期付款。
        顧客投訴：何太話我哋裱框時整爛咗佢阿媽留低嘅刺繡，要求賠償港幣兩萬，否則會去消委會投訴。
        藝術家蔡宗翰的匯款資料：國泰世華銀行 帳號 0123-5087-6642-1，身分證 F139264701，本季寄售所得新台幣186,000元。
    """),
    "ms": _lines("""
        Pembeli: Encik Mohd Faizal bin Abdullah, No. KP 780312-14-5523, alamat No. 14, Jalan Setia 3/7, Taman Setia Indah, 81100 Johor Bahru.
        Kak Ros dari bahagian kewangan minta cuti seminggu sebab suaminya masuk ICU di Hospital Kuala Lumpur selepas kemalangan jalan raya.
        Bayaran artis kepada Siti Hajar binti Kamarudin, akaun CIMB 8603 1127 45, jumlah RM4,250 bagi dua lukisan cat air yang terjual minggu lepas.
        Pelanggan Puan Zainab, tel 013-448 2096, belum jelaskan baki RM7,800 untuk lukisan Latiff Mohidin; dia kata perniagaan suaminya sudah muflis.
        Kereta Myvi putih nombor WXY 7281 milik Encik Razak dilihat merempuh tiang di tempat letak kereta galeri, sila simpan rakaman CCTV.
        Pelukis muda Muhammad Aiman Hakimi ditahan polis minggu lepas kerana grafiti di Jalan Sultan; pamerannya kami tangguhkan dahulu.
        Borang konsainan | Nama: Lee Chooi Peng | No. MyKad: 850721-07-5386 | Tel: 016-402 7719 | E-mel: chooipeng.lee@gmail.com | Karya: 3 batik
    """),
    "mixed": _lines("""
        Boss, that uncle Mr Tan Ah Kow from Geylang call again, say his daughter sell his Liu Kang without permission, he want us 退还 the painting, very emo one.
        Eh, Siti's NRIC for the payout form is S7619032A, she WhatsApp me just now. Can process today or not? 谢谢 ya.
        Customer 黄美玲 HP 9822 5107 want to collect her framed 结婚照 tomorrow, balance S$180 still owe, remind her bring receipt ok.
        Auntie Lily from Ipoh passed away last month, her son say want to sell all the Chinese ink paintings, 价钱 can discuss, his number 012-558 3016.
        Artist payout batch: Kelvin Lau Jun Hao, PayNow 8716 4420, S$2,980, tolong double check before send, last time salah orang.
        The Taiwanese collector 蔡先生 (身分證 B248103657) want invoice in his name, tolong print and chop by today ya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the back-office assistant of a Singapore gallery. Draft clear, polite emails for staff.",
        ),
        (
            "user",
            "Draft an email to our consignor Mr Bernard Chia Kok Leong (bchia.kl@gmail.com) telling him his Chen Wen Hsi ink work sold for S$38,000 and his payout after 35% commission will go to his DBS account ending 4471 by 30 May.",
        ),
        (
            "assistant",
            "Subject: Sale of your Chen Wen Hsi ink work. Dear Mr Chia, we are pleased to inform you that your consigned work has sold for S$38,000. After our 35% commission (S$13,300), your payout of S$24,700 will be credited to your DBS account ending 4471 by 30 May. Warm regards, The Gallery Team",
        ),
        (
            "user",
            "Add a line that we will courier the sale certificate to his home at 22 Chestnut Drive, Singapore 679298.",
        ),
        (
            "assistant",
            "Added: We will also courier the sale certificate to 22 Chestnut Drive, Singapore 679298 within the next week; please let us know if someone will be home to receive it.",
        ),
    ],
    [
        (
            "user",
            "Collector paid S$52,000 for two Georgette Chen prints, Mdm Sharon Heng, NRIC S9043326A. How much GST and commission on our side if commission is 30%?",
        ),
        (
            "assistant",
            "Commission: 30% of S$52,000 is S$15,600. GST at 9% on the commission is S$1,404. So the gallery invoices S$17,004 for its services, and the consignor receives S$36,400 before any framing deductions.",
        ),
        (
            "user",
            "Thanks. Also she mentioned she is selling because of her husband's medical bills, should I note that in the CRM?",
        ),
        (
            "assistant",
            "I would not record the reason in the CRM. A family member's health and finances are sensitive personal data; note only what you need for the transaction, such as the sale date and the amounts.",
        ),
    ],
    [
        ("system", "你是一家新加坡画框店的客服助理，请用简体中文回答。"),
        (
            "user",
            "帮我写一条催款短信给陈志伟先生，电话 9273 6618，他三月订的四幅画框还欠 S$640 没付，已经拖了两个月。",
        ),
        (
            "assistant",
            "陈先生您好，这里是画框店。您三月份订制的四幅画框尚有余款 S$640 未结清，烦请于本周内付款或来店领取时一并结算。如有疑问请回复此短信，谢谢！",
        ),
        ("user", "语气再客气一点，他太太刚动完手术，不想逼得太紧。"),
        (
            "assistant",
            "陈先生您好，希望您和家人一切安好。温馨提醒，您三月订制的四幅画框尚有余款 S$640，待方便时再结算即可，画框我们会妥善保管。祝早日康复，谢谢！",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran sebuah galeri seni di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat makluman bayaran kepada pelukis Nor Hidayah binti Ismail, No. KP 910415-10-6642, akaun Bank Islam 1208 5019 3374 22, jumlah RM5,600 untuk 2 lukisan.",
        ),
        (
            "assistant",
            "Kepada Puan Nor Hidayah binti Ismail (No. KP 910415-10-6642). Dengan hormatnya, dimaklumkan bahawa bayaran sebanyak RM5,600 bagi dua lukisan anda yang terjual akan dikreditkan ke akaun Bank Islam 1208 5019 3374 22 dalam tempoh 7 hari bekerja. Sekian, terima kasih.",
        ),
        ("user", "Boleh tambah nota bahawa cukai tidak dipotong?"),
        (
            "assistant",
            "Boleh. Tambahkan ayat ini: Sila ambil maklum bahawa tiada cukai dipotong daripada bayaran ini dan anda bertanggungjawab melaporkan pendapatan tersebut kepada LHDN.",
        ),
    ],
    [
        (
            "user",
            "Can summarise this dispute for boss? Customer Ms Cheryl Ng Pei Shan, HP 9158 3307, say the frame we made for her 婚纱照 got scratch, she want full refund S$420, she very angry and threaten to report to CASE.",
        ),
        (
            "assistant",
            "Summary: Ms Cheryl Ng (HP 9158 3307) reports a scratch on the frame made for her wedding photo and asks for a full refund of S$420, and she has said she will go to CASE. Suggested next step: ask for photos, inspect the frame, and offer a repair or replacement before deciding on a refund.",
        ),
        ("user", "ok can, make it shorter for WhatsApp."),
        (
            "assistant",
            "Boss, Ms Cheryl Ng (9158 3307) complain frame for her wedding photo got scratch, want full refund S$420, threaten CASE. Suggest we inspect first and offer repair or replacement.",
        ),
    ],
    [
        ("system", "你是香港一間裱畫舖的助理，用繁體中文回覆。"),
        (
            "user",
            "客人麥志明先生（電話 6371 2284）拎咗一幅佢爺爺留低嘅手卷嚟重裱，佢話想寫張收據，身份證號碼 Y306274(9)，按金港幣一千五。",
        ),
        (
            "assistant",
            "收據：茲收到麥志明先生（身份證號碼 Y306274(9)，電話 6371 2284）交來手卷一件作重新裝裱，按金港幣1,500元，餘款於取件時繳付。預計完成日期為三星期後。",
        ),
        ("user", "收據唔使寫身份證號碼得唔得？"),
        (
            "assistant",
            "可以，收據一般只需要姓名同聯絡電話。建議刪除身份證號碼，減少收集不必要的個人資料。",
        ),
    ],
    [
        (
            "system",
            "CRM record for context: Collector: Mr Yap Boon Hwee | Mobile: +65 9640 1182 | Address: 5 Windsor Park Road, Singapore 574134 | Notes: prefers Liu Kang, outstanding balance S$9,500 since Jan.",
        ),
        ("user", "Write a short reminder to the collector about the outstanding balance."),
        (
            "assistant",
            "Dear Mr Yap, a gentle reminder that a balance of S$9,500 remains outstanding on your purchase from January. Please let us know if you would like to arrange payment or discuss instalments. Kind regards, The Gallery",
        ),
    ],
    [
        (
            "user",
            "Turn these into a table: 1) Chong Wai Keat, 012-331 5082, 3 batik, RM12,000; 2) Suresh a/l Raman, 017-640 2219, 1 oil, RM8,500; 3) Ho Siew Mei, 016-775 9043, 2 prints, RM1,900.",
        ),
        (
            "assistant",
            "Name | Phone | Works | Amount; Chong Wai Keat | 012-331 5082 | 3 batik | RM12,000; Suresh a/l Raman | 017-640 2219 | 1 oil | RM8,500; Ho Siew Mei | 016-775 9043 | 2 prints | RM1,900",
        ),
        ("user", "Thanks, total?"),
        ("assistant", "Total consigned value is RM22,400 across 6 works."),
    ],
    [
        ("system", "You help collectors write provenance notes for artworks."),
        (
            "user",
            "My late grandfather Mr Quek Soon Lai bought this Cheong Soo Pieng sketch in 1968 from a shop in Penang. I'm Quek Li Xuan, I inherited it after my parents' divorce settlement. Can you write a provenance note?",
        ),
        (
            "assistant",
            "Provenance: Acquired in Penang in 1968 by Mr Quek Soon Lai; thence by descent to the present owner, Ms Quek Li Xuan. You may prefer to leave out the divorce settlement, as a provenance note only needs the chain of ownership.",
        ),
        ("user", "Ok leave that out. Should I add my IC number T1156208B?"),
        (
            "assistant",
            "No, an IC number is not needed in a provenance note. Keep it for the consignment form only, where the gallery needs it to verify ownership.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a framing shop in Johor Bahru. Reply in mixed English and Malay as the staff do.",
        ),
        (
            "user",
            "Tolong confirm delivery slot untuk customer Puan Rosnah Yusof, alamat No. 8, Jalan Bakawali 21, Taman Johor Jaya, 81100 Johor Bahru, tel 019-772 3054, 2 large frames.",
        ),
        (
            "assistant",
            "Ok, slot confirm Sabtu 10 pagi to 12 tengah hari for Puan Rosnah Yusof at No. 8, Jalan Bakawali 21, Taman Johor Jaya. Driver akan call 019-772 3054 30 minit sebelum sampai.",
        ),
        ("user", "Dia cakap rumah ada anjing, guard dulu."),
        (
            "assistant",
            "Noted, saya tambah remark: ada anjing, minta pelanggan ikat anjing sebelum driver masuk.",
        ),
    ],
]
