# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix101: florists, gift hampers and flower delivery in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix101
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "delivery-policy"): _lines("""
        Same-day delivery island-wide for orders placed before 1pm; orders after 1pm go out the next working day. Deliveries to Sentosa and Jurong Island carry a S$15 surcharge.
        We do not deliver to ICUs or isolation wards; please address hospital orders to the ward's nurse station and fill in the ward and bed number on the order form.
        Fresh flowers are perishable, so refunds are not offered once a bouquet has been accepted; photos of any damage must reach us within 24 hours of delivery.
        Valentine's Day surcharge: S$20 per order for deliveries between 12 and 14 February. Timed delivery slots cannot be guaranteed on these dates.
        Condolence wreaths are delivered straight to the funeral parlour hall or void deck; please give the hall name and wake timing rather than a home address.
        Hamper contents may vary with stock; an item of equal or greater value will be substituted without prior notice.
        Wine and liquor hampers can only be handed to recipients aged 18 and above, and our driver may ask for proof of age at the door.
        Halal-certified hampers are packed in a separate room and never share crates or trolleys with alcohol hampers.
        If nobody is home, the driver will leave the bouquet at the condo guardhouse only if the sender ticked "OK to leave with security" on the order form.
        Orchid plants in ceramic pots need about 100ml of water once a week; never let the roots sit in a saucer of water.
        The Vanda Miss Joaquim, Singapore's national flower, is named after Agnes Joaquim, who bred the hybrid in her Tanjong Pagar garden in the 1890s.
        Price matching does not apply to marketplace listings on Shopee or Lazada, or to flash-sale items.
        Corporate clients on 30-day credit terms receive a consolidated statement on the 5th of each month.
        Delivery zone WEST covers postal sectors 60 to 64 and 65 to 68; zone EAST covers sectors 38 to 52.
    """),
    ("en", "order-log"): _lines("""
        [2026-02-13 06:42:11] route_plan: 412 drops assigned across 18 vans, avg 23 drops/van, est. completion 19:40
        ORDER FL-2026-021488 | SKU ROSE-RED-24 | qty 1 | slot 14:00-18:00 | status OUT_FOR_DELIVERY | tracking NVSGBLOOM0049221837
        Template SMS_DELIVERED: "Hi {recipient_first_name}, a gift from {sender_display} has been delivered. Order {order_no}. Reply STOP to opt out."
        WARN stock_low sku=HAMPER-CNY-L2 (Prosperity Deluxe) remaining=7 reorder_point=20 supplier_po=PO-88213
        Refund REF-77319 approved: S$68.00 to original payment method, 5-7 business days, reason_code=DMG_PETALS
        GET /api/v2/orders?status=pending&slot=AM&region=WEST 200 OK (134 ms)
        invoice INV-SG-2026-000931 | Acme Logistics Pte Ltd | 42 desk arrangements | subtotal 3,654.00 | GST 9% 328.86 | total 3,982.86
        Delivery exception codes: E07 = recipient not reachable; E09 = building access denied; E12 = unit number missing or address incomplete.
        Ticket #CS-104827 closed: duplicate charge reversed by payment gateway in batch 2026-03-02, no customer action required.
        Form field hints: Recipient name (as on letterbox) | Recipient mobile (8 digits, no +65) | Unit no. (#xx-xxx) | Card message (max 200 chars)
        courier_webhook: {"awb": "SPXMY028813377421", "event": "PICKED_UP", "hub": "Shah Alam DC", "ts": "2026-05-09T08:15:00+08:00"}
        Batch print: 96 card messages, font Playfair 11pt, 85 x 55 mm, printer FLR-CARD-02, job #5521
        Coupon MUM2026 applied: 15% off, min spend S$80, valid 1-12 May 2026, one use per account
        payment_captured: Visa ending 4821, auth code 0A7731, amount S$128.00, order FL-2026-030377
        cron: 0 5 * * * python sync_florist_stock.py --warehouse=TPY --dry-run=false
    """),
    ("zh-Hant", "hk-shop-notice"): _lines("""
        母親節預訂現已開始！5月8日前落單享九折，康乃馨花束由$388起，全港送貨（離島除外）。
        溫馨提示：好多公立醫院病房唔收鮮花同盆栽，送院前請先向有關醫院查詢。
        花牌訂購須知：開張花牌最少三日前預訂，字款請以中文正楷提供，上款及下款由客人自行填寫。
        八號或以上颱風信號或黑色暴雨警告生效期間，所有送貨暫停，已確認訂單順延至翌日。
        殯儀館花圈送貨：紅磡一帶殯儀館每日最後送貨時間為晚上七時，請註明禮堂名稱。
        旺角花墟門市營業時間：早上九時至晚上八時；年廿八至年三十通宵營業。
        我哋嘅果籃用日本蜜瓜、泰國榴槤（季節限定）同新西蘭奇異果，即日朝早入貨，保證新鮮。
        付款方式：FPS 轉數快、PayMe、八達通、信用卡；公司客戶可申請月結。
        情人節當日送貨唔接受指定時間，我哋會喺早上十時至晚上九時之間送達。
        《紅樓夢》第二十七回「黛玉葬花」，今年我哋以此為題設計咗一款白色系花束，名叫「葬花吟」。
        訂單編號 HKF-250214-0871 已確認，預計送貨時間 2月14日 14:00–18:00，如有查詢請回覆此訊息。
        花藝工作坊：逢星期六下午二時至四時，學費$480包材料，每班八位，適合初學者。
        今年維園年宵攤位係第 112 號，主打桃花、水仙同劍蘭，歡迎街坊嚟睇睇。
    """),
    ("zh-Hans", "product-listing"): _lines("""
        【开业花篮】双层高约1.8米，红色系向日葵+百合，附缎带可写贺词，新加坡本岛免运费。
        新年礼篮 A 款：燕窝礼盒×1、鲍鱼罐头×2、澳洲红酒×1、曲奇饼干×1，售价 S$188（含 GST）。
        花材说明：厄瓜多尔玫瑰花头直径约5-6厘米，瓶插期约7-10天，建议每两天换水并斜剪根部。
        商品编码 HB-2026-MID-08｜中秋月饼花篮｜库存 36｜重量 3.2kg｜尺寸 40×30×55 cm
        温馨提示：百合花粉对猫有毒，家中有宠物的客户建议选择无百合款式。
        永生花（保鲜花）可保存1-3年，请避免阳光直射及潮湿环境。
        本店花束均附赠手写卡片一张，卡片内容请在下单页"留言"栏填写，最多80字。
        企业订购满 30 份可享 85 折，并可开具正式发票，付款支持银行转账及 PayNow（公司 UEN）。
        包装颜色可选：雾霾蓝、奶油白、复古粉；如未注明，默认使用奶油白。
        马来西亚金马仑高原直送菊花，每扎20枝，批发价 RM18，欢迎花店同行询价。
        孔子说"岁寒，然后知松柏之后凋也"，这款松柏盆景礼盒寓意长寿坚贞，适合送长辈。
        运单号 SF1402837749214 已揽收，预计明日送达，可在顺丰官网查询物流。
    """),
    ("ms", "notis-kedai"): _lines("""
        Tempahan hamper Hari Raya Aidilfitri kini dibuka! Tempah sebelum 15 Mac untuk diskaun 10%, penghantaran percuma sekitar Lembah Klang.
        Semua hamper makanan kami hanya menggunakan produk yang mempunyai sijil halal JAKIM.
        Penghantaran hamper ke Sabah dan Sarawak mengambil masa 3 hingga 5 hari bekerja; bunga segar tidak boleh dihantar ke Malaysia Timur.
        Untuk kalungan bunga takziah, sila berikan nama dewan atau surau; kami akan menghantar dalam masa 3 jam.
        Bayaran boleh dibuat melalui FPX, DuitNow QR, kad kredit atau tunai semasa penghantaran (COD) untuk kawasan tertentu sahaja.
        Kedai kami tutup pada hari pertama dan kedua Hari Raya; pesanan dalam talian akan diproses semula pada hari ketiga.
        Pesanan MYB-2026-044187 telah diserahkan kepada J&T Express, nombor penjejakan 630029847712.
        Cara menjaga orkid: letak di tempat teduh, siram dua kali seminggu dan elakkan air bertakung dalam pasu.
        Kad ucapan boleh ditulis dalam Bahasa Melayu, Inggeris atau Cina; maksimum 150 patah perkataan.
        Pelanggan korporat boleh memohon akaun kredit 30 hari dengan mengemukakan salinan pendaftaran SSM syarikat dan borang permohonan yang lengkap.
        Harga hamper sudah termasuk bakul rotan dan pembalut; kotak kayu boleh dinaik taraf dengan tambahan RM25.
        Bunga raya diisytiharkan sebagai bunga kebangsaan Malaysia pada tahun 1960 dan menjadi tema gubahan Merdeka kami tahun ini.
        Talian khidmat pelanggan: 03-7722 8899 (Isnin hingga Sabtu, 9 pagi hingga 6 petang). Talian ini tidak menerima panggilan WhatsApp.
    """),
    ("mixed", "staff-groupchat"): _lines("""
        @all tmr CNY eve, 300+ hampers to go out, drivers report 6.30am sharp ok, 迟到的 route 会被 reassign
        今日 Tampines zone 太多 order, west van 下午 come help pls, 大概 40 drops
        Bunga ros merah dah habis, supplier kata next shipment from Cameron Highlands sampai esok pagi
        Reminder 所有 card message 要 double check spelling 才 print, yesterday got 3 wrong ones 被 complain
        Hospital orders today: 2 for NUH, 1 for KKH, all go to the nurse station, don't go up to the ward
        呢排啲玫瑰好易 burn 邊，入貨時記得逐扎檢查，有問題即刻 send 相俾 supplier
        Lorry kecil rosak, so afternoon Klang run kena guna van 2, ok tak?
        Mother's Day week we cap at 250 orders/day, website will auto-close the slot bila dah penuh
        明天 Mid-Autumn corporate batch 120 个 hamper, packing team 7am start, 记得 bubble wrap 月饼盒
        Jangan lupa scan QR setiap kali hantar, system tak update kalau tak scan
        新 ribbon color code: red = birthday, white = sympathy, gold = grand opening, 唔好撈亂
        PSA: payment gateway down 3-4pm today, 客户可以 pay via PayNow QR on the invoice instead
        Kalau customer tanya pasal lily pollen, bagitau kita boleh cut the anthers before delivery, free of charge
        Those 花牌 for the Kwun Tong 酒樓 opening, 3 sets, need lorry not van, 佢哋 around 2.5m tall
    """),
    ("mixed", "corporate-account"): _lines("""
        Corporate account application checklist: ACRA BizFile extract, billing address, PO format, approver designation, preferred delivery window.
        Standing order for the Raffles Hotel lobby: 2 large tropical arrangements every Monday, invoice to accounts payable, PO ref RH-PO-2026-0142.
        客戶：Lam Kee Trading Ltd｜月結戶號 CORP-HK-00318｜每月十五號結數，逾期 30 日暫停月結。
        Syarikat Perniagaan Bunga Seri Melati Sdn Bhd (No. SSM 201901023456) — akaun korporat diluluskan dengan had kredit RM10,000.
        統一編號 28635742 的發票已開立，發票號碼 AB-12345678，請至財政部電子發票整合服務平台查詢。
        Tan Tock Seng Hospital staff appreciation day: 80 sunflower stalks, deliver to the main lobby loading bay by 8am on 12 Aug.
        Billing entity: Bloomhaus Pte. Ltd., UEN 201734518K, GST registered; corporate orders desk 6812 3340, corporate@bloomhaus.sg.
        Quarterly review with the bank's facilities team: 42 reception vase changes per month, switch to a seasonal palette from Q3.
        Corporate gifting SOP: all hampers above HK$1,000 need the client's procurement approval email attached to the order before dispatch.
        Standing order paused: Menara Maybank level 32 reception flowers suspended during renovation (Jun to Aug 2026).
        公司帳戶對帳單：2026年4月，訂單 37 張，金額 NT$86,450，請於 5 月 20 日前匯款至本公司帳戶（帳號請見發票背面）。
        Client brief: law firm open house, 12 table centrepieces, no strong scent, white and green only, budget S$95 each.
        Chinese New Year corporate catalogue 2027: 18 hamper designs, MOQ 10 per design, order cut-off 15 January, 企业 logo 印刷 extra S$3/pc.
    """),
    ("zh-Hant", "tw-shop-faq"): _lines("""
        母親節康乃馨預購：5/1前下單享早鳥價，台北市、新北市可指定到貨時段，其他縣市以宅配到貨。
        宅配注意事項：鮮花不適合寄送外島（澎湖、金門、馬祖），敬請見諒。
        訂單編號 TW20260510-00412 已出貨，黑貓宅急便單號 9071-2345-6781，可至官網查詢配送進度。
        開幕花籃可加印賀詞緞帶，請於備註欄填寫上款與下款，例：恭賀 OO 開幕誌慶／XX 敬賀。
        本店可開立三聯式發票，請於結帳時輸入公司統一編號及抬頭。
        畢業季花束：向日葵＋滿天星，NT$680起，可加購小熊玩偶 NT$150。
        喪禮花籃請提供殯儀館名稱及廳別，我們將於公祭前一日送達。
        付款方式：信用卡、ATM 轉帳、LINE Pay、街口支付；貨到付款僅限台北市。
        花材會依季節調整，若指定花材缺貨，將以同色系、同等價值之花材替代。
        客服專線 02-2771-5566，服務時間週一至週六 10:00–19:00。
        《小王子》裡狐狸說：「你要對你馴服的東西負責。」這款單支玫瑰禮盒就是以那朵玫瑰為靈感。
        國慶連假期間（10/9–10/12）暫停出貨，10/13 起依訂單順序陸續寄出。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DELIVER TO: MDM LIM SOK HOON | BLK 512 BEDOK NORTH AVE 2 #08-217 S(460512) | HP 9734 2816 | SLOT 10AM-1PM | CARD: "Happy 70th Ma, from all of us" | SENDER WISHES TO REMAIN ANONYMOUS
        Complaint from Rajesh s/o Muthusamy (9021 7745): the condolence wreath for his father's wake at the Blk 22 Jalan Bukit Merah void deck arrived at 9.40pm, after the prayers had ended; he wants a full refund and says the family was embarrassed in front of relatives.
        Card message: "Wei Ling, I know I messed up on Saturday. I've booked the counselling sessions like you asked. Please come home. - Jason" | Deliver to Tan Wei Ling, Level 14 reception, One Raffles Quay (she works at the bank there)
        Hospital delivery note: patient NUR AISYAH BINTI ABDUL RAHMAN, Ward 56 Bed 12, just delivered twins by C-section; sender says NO lilies, she is asthmatic. Sender is her husband, mobile 8812 4093.
        Refund processed for Mrs Kathleen Pereira to card 4556 3372 8104 3626, S$146.00 - wrong colour roses were delivered to her daughter's graduation.
        Self-collect: Mr Goh Kian Huat will pick up his 3 CNY hampers at 5pm in his car SMK 4281 S, please help load them into the boot.
        Credit application (sole proprietor): KOH MEI XIN, NRIC S8523417Z, residential address 18 Jalan Kembangan #03-02 Singapore 419120, personal guarantee for S$5,000 credit line.
        Regular: Mr Daniel Fernandez orders red roses on the 3rd of every month for his wife Priya, but this year's anniversary card goes to Blk 925 Jurong West St 91 #11-40 instead - do NOT mention this if his wife calls.
        Staff leave: trainee florist Siti Hajar binti Mohd Yusof on MC 3-5 June (dengue), mobile 9158 6620; reassign her wedding bouquets to the Tampines studio.
        Lost & found: brown wallet left at the counter on 12 Feb belongs to Eugene Lim Jun Wei, has his EZ-Link card and a POSB card inside; he called from 8390 1124 and will collect tomorrow.
        Bridal consult: Charmaine Ong & Marcus Yeo, wedding 14 Nov, bride is 5 months pregnant so wants a bouquet under 1kg; S$600 deposit paid by PayNow from 9644 3071.
        Voucher dispute: Ms Angeline Cheah (angeline.cheah88@gmail.com) says her ex-colleague used her S$200 gift voucher without permission and wants it reissued in her name only.
        Driver incident: van SLA 718 R, driver Muhammad Faizal bin Osman, rear-ended a taxi on Upper Serangoon Rd at 14:20; he admits he was on his phone, HR to issue a written warning.
        Part-time helper for Valentine's week: Chloe Wong Xin Yi, NRIC T0942617A, 17 years old, S$11/hr, parent consent form signed by her father.
    """),
    "zh-Hant": _lines("""
        送貨單｜收件人：陳嘉欣小姐｜地址：九龍灣德福花園 E 座 23 樓 F 室｜電話：9482 3176｜心意卡：生日快樂，阿欣！——細佬
        客戶投訴：何志明先生（6132 8854）話佢訂俾阿媽嘅八十大壽花籃送錯咗去沙田第一城，佢阿媽住大圍，要求即日補送同退運費。
        月結申請表：申請人 李偉強，HKID Y547281(2)，住址 荃灣海濱花園 5 座 17 樓 C 室，個人擔保額 HK$20,000。
        花牌上款：恭賀 梁家豪先生 陳詠琪小姐 新婚之喜｜下款：深水埗同事敬賀｜11月8日晚宴前送到尖沙咀酒樓三樓
        退款資料：收款人 張美玲，滙豐銀行帳號 004-512-384729-838，退回多收嘅 $420 送貨費。
        收件人 林雅婷，0912-345-678，台北市大安區和平東路二段 96 巷 7 號 3 樓｜卡片：「雅婷，恭喜考上台大研究所！爸媽」
        會員資料更新：吳建宏，身分證字號 F139284070，生日 1983/04/12，手機 0928-117-630，地址 新竹市東區光復路二段 101 號 5 樓。
        客訴紀錄：蔡淑芬小姐（LINE ID：shufen_0702）反映母親節花束送達時已枯萎，她母親住院中（榮總 12 樓）無法拍照，希望改送盆栽。
        阿 Ken（黎家俊）聽日要覆診骨科，調去下晝返工，佢負責嘅西貢單交俾司機 B。
        花圈訂單：沉痛悼念 先母 鄭陳秀英 老太太｜孝男 鄭志偉 敬輓｜送往 九龍殯儀館 二樓｜聯絡 9673 5521
        刷卡授權失敗：持卡人 陳怡君，卡號 3568 1244 0915 2739，已請客人改用 ATM 轉帳。
    """),
    "zh-Hans": _lines("""
        寄件人实名登记：张晓燕，身份证 440304199208153423，手机 138 2654 9017，寄往香港铜锣湾的生日礼篮一个。
        订花备注：送给女朋友刘思琪，她在新加坡国立大学读研，住 PGP 宿舍 House 5，下午两点后才在；我的微信 chen_haoran1994。
        会员升级：黄丽娟，生日 1990-03-07，手机 +86 159 0213 4468，累计消费 ¥12,860，升级为金卡会员。
        投诉：周子豪先生说送到他太太病房（产科 12 床）的花被护士退回，产科不收鲜花，要求退款到招商银行卡 6225 8801 4736 9251。
        收花人 郑美华阿姨，宏茂桥4道 第628座 #04-1123，电话 9166 0538，卡片写：祝您手术顺利，早日康复。
        马来西亚货到付款订单：收件人 林慧敏，槟城乔治市 Jalan Burma 168 号，MyKad 790226-07-5142，签收时须核对身份证。
        员工考勤：花艺师 吴佳怡 本月迟到 6 次，扣全勤奖 S$100，下次再迟到将发警告信。
        婚礼花艺订金收据：新人 许文杰 & 彭静雯，婚期 2026-10-18，订金 RM3,000 由 Maybank 户口 1141 2233 4455 转入。
    """),
    "ms": _lines("""
        Penerima: PUAN NORAZLINA BINTI HASHIM | No. 23, Jalan Mawar 4, Taman Seri Indah, 43000 Kajang, Selangor | Tel: 012-384 7719 | Kad: "Selamat Hari Ibu, mak. Maaf tak dapat balik tahun ni."
        Aduan pelanggan: Encik Kamarul Ariffin bin Zainal (019-662 4180) kata hamper Raya untuk mertuanya di Kota Bharu sampai lambat 4 hari dan kuih dah berkulat; minta bayaran balik penuh.
        Pengesahan COD: penerima Siti Mariam binti Abdullah, No. MyKad 870514-10-5528, ditandatangani pada 14/5 jam 3.10 petang.
        Nota pemandu: rumah Puan Kavitha a/p Subramaniam di Lorong Cempaka 7, Bukit Mertajam ada anjing garang, telefon dulu 016-502 3398 sebelum masuk pagar.
        Permohonan bayaran balik: nama akaun NUR FARHANA BINTI ISMAIL, Maybank 1641 2238 0915, jumlah RM129.00 (bunga rosak semasa penghantaran).
        Pekerja baru: Muhammad Haziq bin Rosli, IC 010918-01-0657, mula kerja 2 Jun sebagai pembantu penghantaran, lesen motosikal B2, gaji RM1,800.
        Kad ucapan: "Kepada Dr. Aminah binti Yusof, terima kasih kerana merawat ayah kami, Encik Rahim bin Daud, semasa di wad ICU HUSM. Daripada anak-anak."
        Pelanggan tetap: Mak Cik Rosnah, Blok C-12-3 Pangsapuri Sri Kenanga, Cheras, tempah bunga segar setiap Jumaat untuk kubur arwah suami; dia bayar tunai dan tak guna WhatsApp.
        Akaun korporat, orang untuk dihubungi: Encik Lee Chong Wai, Pengurus Kewangan, telefon bimbit peribadi 011-2738 4406, emel peribadi leecw.1982@yahoo.com.
    """),
    "mixed": _lines("""
        bro the auntie at Blk 301 Serangoon Ave 2 #07-15 (Mrs Tay) complain again 说 bouquet 太小, 她 want to speak to manager, her hp 9847 2210
        Order note: sender Farid Hakim says jangan bagi tahu isteri dia Nadia, surprise anniversary, deliver to her office Level 9 Menara Binjai KL after 3pm
        收件人 Mdm Lakshmi d/o Ramasamy, Blk 269A Sengkang East Way #12-304, she's 85 and 听不到 doorbell, driver pls knock loudly and call her son Ravi 9310 5582
        阿Sam (何俊豪) 今日收咗客人 $2,000 現金冇入數, boss 話要扣人工 & 發警告信
        FIN G6142783Q, Mr Nguyen Van Minh 要 update 他的 member profile, new hp 8127 6649, 旧 number 停用了
        Pls refund to card 5312 4709 1827 3647, customer Ho Wai Kit 他 order 两次 by mistake
        Pak cik Ismail (No 12 Jalan H4, Taman Melawati) order wreath for his wife's funeral semalam, dia tak mampu bayar penuh, boss kata bagi 50% discount, jangan tagih lagi
        IG @ch3rylyn.bakes DM us: her mum Mdm Chong Siew Lan 在 Gleneagles 做化疗, 想 send hamper 去 Ward 7 every Friday
        Telegram @kelvintan_sg 买了 10 个 Valentine bouquet 说要 resell, 他 real name Kelvin Tan Boon Keat, 用 PayNow 9283 6615 付款
        hotel concierge 说要 guest full name + passport no. 才 accept: 許佩真 HSU PEI-CHEN, TW passport 312658094, check-in 13 Feb, 99 roses proposal 要 7pm 前送到
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Hi, I need a sympathy arrangement sent today. My colleague Aileen Soh lost her mum last night, the wake is at the void deck of Blk 115 Yishun Ring Road.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Our condolence stands can reach Yishun by 6pm today. What would you like on the ribbon, and who should we list as the sender?",
        ),
        (
            "user",
            "Ribbon: 'Deepest condolences, from the Finance team'. Sender is me, Bryan Koh, 9176 4402. Aileen's mum was Mdm Goh Bee Choo, in case the parlour asks.",
        ),
        (
            "assistant",
            "Noted. A white lily and chrysanthemum stand with that ribbon, delivered to the Blk 115 Yishun Ring Road void deck before 6pm. We'll text 9176 4402 once it's set up.",
        ),
    ],
    [
        (
            "user",
            "你好，想訂一個生果籃聽日送去將軍澳，收件人係我嫲嫲 馮少芬，佢啱啱出院，唔食得太甜嘅嘢。",
        ),
        (
            "assistant",
            "收到！我哋可以將蜜瓜同提子換成蘋果、奇異果同啤梨。請提供詳細地址同收件人電話。",
        ),
        (
            "user",
            "地址：將軍澳尚德邨尚美樓 1423 室，電話 6135 2807（我姑媽接聽）。我叫 馮子軒，已經用 FPS 過咗 $580 俾你哋。",
        ),
        (
            "assistant",
            "已收到款項，明天上午十時至下午一時送到，司機到之前會先致電 6135 2807。祝嫲嫲早日康復！",
        ),
    ],
    [
        ("user", "Assalamualaikum, saya nak tempah hamper Raya saiz besar untuk mak saudara saya."),
        (
            "assistant",
            "Waalaikumussalam! Hamper Raya saiz besar RM289, termasuk kuih raya, kurma dan sirap. Boleh beri nama dan alamat penerima?",
        ),
        (
            "user",
            "Penerima: Hajah Zaleha binti Omar, No. 8, Lorong Kenari 3, Taman Bayu Perdana, 41200 Klang. Telefon 013-228 5160. Dia baru lepas operasi lutut, jadi tolong hantar sampai ke pintu.",
        ),
        (
            "assistant",
            "Baik, kami akan hantar terus ke pintu rumah Hajah Zaleha pada 25 Mac dan telefon 013-228 5160 sebelum tiba.",
        ),
    ],
    [
        (
            "user",
            "你好，我人在上海，想给我妈妈订一束花送到新加坡，她下周一在中央医院做心脏搭桥手术。",
        ),
        (
            "assistant",
            "您好！医院病房一般可以接收小型花束，建议选择无香味的款式。请问收花人姓名和病房信息？",
        ),
        (
            "user",
            "收花人 沈玉梅，心脏科 Ward 64，床号还不知道。我叫 沈佳琪，手机 +86 139 1682 7340，卡片写'妈妈加油，我下个月就回来'。",
        ),
        (
            "assistant",
            "好的，我们会在周一上午送到 Ward 64 护士站，并注明收花人沈玉梅。送达后会短信通知 +86 139 1682 7340。",
        ),
    ],
    [
        ("user", "hello can help me arrange 99 roses for proposal this sat? she dunno anything ah"),
        (
            "assistant",
            "Congrats in advance! 99 red roses is S$399. Where and what time should it arrive?",
        ),
        (
            "user",
            "deliver to the restaurant at MBS by 7pm, table under my name Darren Lee Wen Jie. her name is Cheryl Ng, she thinks it's just her bday dinner. my hp 9734 0158, pls don't call before 8pm cos she might see",
        ),
        (
            "assistant",
            "Got it, 99 roses to the restaurant by 7pm Saturday, table under Darren Lee, and we will WhatsApp instead of calling 9734 0158.",
        ),
    ],
    [
        ("user", "您好，我想訂畢業花束，6/14 送到台中東海大學。"),
        ("assistant", "您好～畢業典禮當天我們有專人送到校門口，請提供收件人姓名、系所與聯絡電話。"),
        (
            "user",
            "收件人 葉承恩，化學系，電話 0937-602-148。我是他女朋友 邱郁涵，0921-558-903，卡片請寫：「承恩畢業快樂，明年換你來接我了」",
        ),
        ("assistant", "好的，6/14 上午十點前送達東海大學正門，到了會先打 0937-602-148 給葉先生。"),
    ],
    [
        (
            "system",
            "You are BloomBot, the order assistant for Petal & Stem, a florist in Singapore. Never ask for full card numbers; payments go through the secure link.",
        ),
        (
            "user",
            "Just charge my Visa 4966 1023 8457 1905, exp 09/28, name Sharon Tay Hui Min. The orchids are for my sister's new flat.",
        ),
        (
            "assistant",
            "Thanks, but please don't send card details in chat. I'll send you a secure payment link instead. Where should the orchids go?",
        ),
        (
            "user",
            "Blk 335C Anchorvale Crescent #14-88, Singapore 543335, to Rachel Tay. She collects her keys on Saturday so deliver Sunday.",
        ),
    ],
    [
        (
            "user",
            "Hi, HR from Syarikat Pembinaan Mega Jaya here. Nak hantar get-well hamper untuk staff kami yang accident motor minggu lepas.",
        ),
        (
            "assistant",
            "Semoga cepat sembuh. Hamper 'Lekas Sembuh' RM150 ada buah-buahan dan bijirin. Boleh bagi nama pesakit dan wad?",
        ),
        (
            "user",
            "Encik Azman bin Salleh, Wad 8B katil 21, Hospital Sultanah Aminah JB. Kaki kiri patah, dijangka 2 minggu di wad. Invoice ke syarikat ya.",
        ),
        (
            "assistant",
            "Baik. Hamper akan dihantar ke Wad 8B esok pagi untuk Encik Azman bin Salleh, dan invois akan dihantar ke syarikat.",
        ),
    ],
    [
        ("user", "想訂花圈，家父上個禮拜過咗身，星期五喺紅磡殯儀館出殯。"),
        ("assistant", "節哀順變。請問花圈嘅上下款同禮堂名稱係？"),
        (
            "user",
            "上款：沉痛悼念 先父 盧國棟 老先生｜下款：孝男 盧家樂、孝女 盧家怡 敬輓。禮堂係地下福壽堂。我係盧家樂，電話 9218 6734。",
        ),
        (
            "assistant",
            "收到，花圈會喺星期五早上八點前送到地下福壽堂，有問題會打 9218 6734 搵盧先生。",
        ),
    ],
    [
        (
            "user",
            "Your shop printed my full name on a card that went to my ex-girlfriend. I specifically asked for anonymous.",
        ),
        (
            "assistant",
            "I'm very sorry. Could you share the order number so I can check what happened?",
        ),
        (
            "user",
            "FL-2026-020913. I'm Anand a/l Krishnan, 8455 2307. The flowers went to Meena at her office in Cyberjaya and now her family keeps calling me. I want this escalated.",
        ),
        (
            "assistant",
            "I've escalated order FL-2026-020913 to our manager, who will call you at 8455 2307 within 24 hours. We'll also review how the anonymous request was missed.",
        ),
    ],
]
