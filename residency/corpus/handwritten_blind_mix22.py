# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix22: customer reviews and marketplace Q&A in English, 中文 and Bahasa Melayu (Shopee, Lazada, Taobao, Carousell, Google Maps, OpenRice, Dianping, Grab, Foodpanda). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix22
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "product review"): _lines("""
        Item received in good condition, packaging very secure with bubble wrap. Fast delivery, 3 days only to Penang. Will repeat order!
        5 stars. Seller responsive. The 20000mAh powerbank can charge my phone 4 times, legit.
        Colour not same as picture lah, the "navy blue" is more like purple. Size M fits like S. 2 stars.
        Bought during 11.11 at RM39.90 after voucher, now selling RM59. Quality ok for the price.
        The Lee Kum Kee oyster sauce arrived with the cap leaking, whole box sticky. Seller replaced within a week so 4 stars.
        Tried the Khairul Aming Sambal Nyet everyone on TikTok is talking about, pedas gila but sedap, worth the hype.
        Order ID 2312045KPQ7R3M still showing "To Ship" after 6 days, seller keeps saying stock coming. Cancelled.
        Tracking SPXMY04812276531 stuck at Shah Alam hub since 2 Dec. Anyone else?
        Ordered the Tintin "Destination Moon" poster, print is sharp, came rolled in a tube. Captain Haddock looks great framed.
        Firmware updated to v2.3.17 and the earbuds finally stopped disconnecting. The guide in the box helped.
        Not genuine. Checked the serial on Apple's Check Coverage page and it came back invalid. Reported to Lazada.
        Got Mahathir's "A Doctor in the House" memoir, paperback, 800+ pages, slightly yellow but for RM25 cannot complain.
        Q: Does this air fryer come with UK 3-pin plug? A (seller): Yes, MY/SG 3-pin plug, 1 year warranty at Pensonic service centres.
    """),
    ("en", "google maps review"): _lines("""
        Ah Hock Char Kway Teow at Lorong Selamat still the best in Penang. Wok hei power, add cockles +RM2. Queue 30 mins on Sat.
        Uncle Lim's Chicken Rice: roasted better than steamed, chilli very garlicky. Closed Wednesdays.
        Din Tai Fung at Pavilion KL, xiao long bao consistent as always. Service a bit slow during lunch peak.
        Mak Cik Kiah Nasi Lemak opens 6am, sambal manis style, sold out by 10. Cash and DuitNow QR only.
        Chilli crab $98/kg at East Coast, pricey but the tourists love it. Book ahead on weekends.
        Place was featured by Anthony Bourdain years ago and still rides on that fame. Food is ok la, not mind-blowing.
        Parking is a nightmare, use the Jalan Alor public car park, RM3 per entry after 6pm.
        3.2/5 - laksa broth too diluted, fishballs the frozen type. Used to be better before they moved from SS15.
        Kedai Kopi Ah Seng has the best kaya toast in Ipoh, charcoal toasted, kopi kaw. Go before 9.
        Stall #01-23 at Maxwell Food Centre, the one with the longest queue, Hainanese chicken rice $6.
        Staff super friendly, the manager gave us free ais kacang for my daughter's birthday. Will come back with family.
        Halal certified by JAKIM, cert displayed at the counter. Good for our Muslim friends.
        Booked via Chope, the restaurant's reservation line +65 6222 8110 also picks up fast.
    """),
    ("en", "seller reply and help centre"): _lines("""
        Hi {buyer_name}, thanks for your order #{order_sn}! It has been handed to {courier}; track it with {tracking_no}.
        Dear customer, we're sorry for the inconvenience. Please submit a Return/Refund request within 15 days of receipt with photos of the defect.
        Seller reply: Hi there, size chart is in the 2nd image. For 60kg we recommend M. Thank you!
        Customer Service hotline 1-300-88-9968 (Mon-Sun 9am-9pm). Never share your OTP with anyone claiming to be platform staff.
        Refund of RM87.40 for order 230918K7T2WQ9A has been credited to ShopeePay on 21/09/2023 14:32.
        SOP for CS agents: redact buyer phone numbers and addresses before escalating a dispute screenshot to the brand team.
        Dispute #DSP-2024-118274 closed in favour of buyer; reason code ITEM_NOT_AS_DESCRIBED; refund auto-issued.
        Lost an item in a Grab? Go to Help Centre > Past rides > I lost an item. Driver contact numbers are masked for privacy.
        Invoice INV/2024/11/004512: 2 x Philips Sonicare HX6851, subtotal S$258.00, GST 9% S$23.22.
        Our warehouse at Lot 12, Jalan Perusahaan 4, Kawasan Perindustrian Bukit Minyak closes on public holidays; orders resume the next working day.
        We're sorry the Ramly burger patties arrived thawed. The cold-chain courier was delayed, a full replacement has been sent.
        Carousell tip: meet at a public place like an MRT station, and use CarouPay so your payment is protected.
    """),
    ("zh-Hans", "淘宝评价"): _lines("""
        宝贝收到了，质量比想象中好，面料舒服不起球，170cm 65kg穿L刚好，好评！
        物流太慢了，顺丰单号SF1428839016752在杭州转运中心卡了三天，客服态度还行。
        在李佳琦直播间抢的，比平时便宜了四十多，正品，已验货。
        老王烧烤的调料包买第三次了，孜然味很正，在家烤羊肉串跟店里一个味儿。
        订单号 3698512047736281549，申请仅退款已通过，钱原路退回支付宝了。
        和描述不符：说好的纯棉，洗一次缩水两个码，差评！！
        追评：用了一个月，电池续航还是很顶，充一次能用三天。
        包装有点简陋就一个塑料袋，幸好东西没坏，阿里小蜜转人工挺快的。
        买给我爸的，他说老花镜度数刚好，就是镜腿有点紧。
        孙悟空手办做工精细，金箍棒可以拆，漆面没瑕疵，送人很有面子。
        天猫官方旗舰店售后热线 400-826-7190，工作时间9:00-21:00，换货很顺利。
        亲，感谢您的支持～七天无理由退换，运费险已为您投保，有问题随时联系客服哦！
        问大家：这款电饭煲内胆是涂层的吗？答：是的不粘涂层，用了半年没掉。
    """),
    ("zh-Hans", "大众点评"): _lines("""
        老王烧烤（五道口店）人均85，羊肉串肥瘦相间，烤腰子一绝，就是排队太久。
        海底捞服务还是那么好，等位还能做美甲，番茄锅底yyds。
        张亮麻辣烫这家卫生一般，汤底偏咸，胜在便宜。
        周黑鸭的鸭脖太辣了，我一个四川人都顶不住。
        环境4 口味4.5 服务3，周末中午人多，建议提前在美团上取号。
        差评，外卖少了一份米饭，打店里电话 021-6438 2719 一直没人接。
        杨国福麻辣烫按斤称，一碗28块，料挺足，辣度可选。
        号称鲁迅笔下的咸亨酒店，茴香豆和黄酒还不错，孔乙己雕像前好多人排队拍照。
        探店打卡：人均120，必点烤鱼和冰粉，停商场B2凭小票免2小时。
        商家回复：感谢亲的点评，您提到的上菜慢问题我们已经加派人手，欢迎再次光临！
        团购券¥99双人套餐，券码 8823 4671 9902 已核销，性价比高。
        饿了么订单 2024120318552317，骑手超时35分钟，平台赔了3元红包。
        王婆大虾这家连锁味道稳定，小龙虾个头大，就是等位要一个多小时。
    """),
    ("zh-Hant", "OpenRice食評"): _lines("""
        陳記大排檔嘅椒鹽瀨尿蝦真係一流，鑊氣十足，兩個人叫咗三個餸埋單$480。
        週末去咗旺角嗰間，等位等咗成個鐘，侍應態度麻麻，唔會再去。
        麥兆記雲吞麵，蝦雲吞爽口，湯底有大地魚味，$42一碗算抵食。
        拜完黃大仙順路嚟食，菠蘿油熱辣辣，凍奶茶夠茶味。
        訂座電話 2388 6172，建議提早一星期訂，星期六晚好full。
        米芝蓮一星，主廚以前喺文華東方做過，但收加一服務費仲要另收茶芥有啲離譜。
        成碟炒飯得啲蛋同蔥，$88真係搶錢，味精多到飲咗三支水。
        支持八達通同OpenRice Pay，學生仲有九折。
        李小龍主題餐廳，牆上掛滿佢嘅劇照，打卡一流，食物就普通。
        九記牛腩嘅清湯腩名不虛傳，排咗四十分鐘都值。
        Carousell買嘅二手Switch，序號XAW10034872561，保養到2025年6月，開機冇問題。
        食評更新：換咗廚師之後跌咗好多，叉燒又乾又鞋。
        順豐單號 SF1603927718844 已派送到智能櫃，取件碼 482913，三日內有效。
    """),
    ("ms", "ulasan Shopee"): _lines("""
        Barang sampai dengan selamat, packing kemas. Seller layan baik, terima kasih!
        Baju ni kain dia tebal, tak jarang. Saiz ikut chart, saya ambil XL ngam-ngam.
        Tudung Ariani ni memang lembut, warna sama macam gambar. Recommended!
        Penghantaran lambat sikit sebab cuti Deepavali tapi faham la. J&T tracking 630048812951 dah sampai.
        Order dah seminggu tak ship lagi, chat seller pun tak balas. Nak refund macam mana ni?
        Beli kerepek pedas Mak Jah, sedap tapi pecah banyak dalam bungkusan.
        Barang tiruan! Logo senget, jahitan tak kemas. Jangan beli dari kedai ni.
        Harga RM12.90 je masa Flash Sale, pakai Shopee Coins lagi jimat. Berbaloi.
        Raket ni model sama yang Dato' Lee Chong Wei guna dalam iklan tu, tapi ni versi murah la.
        Penjual balas: Terima kasih atas sokongan anda! Sila tekan "Order Received" selepas terima barang ya 😊
        Ada garansi ke? Penjual: Ya, garansi rasmi Malaysia 1 tahun, simpan resit dan kad waranti.
        Peringatan: jangan letak no. IC atau nombor akaun bank dalam chat, Shopee tak pernah minta maklumat tu.
        Nasi lemak Wanjo Kampung Baru antara yang paling sedap kat KL, sambal dia manis pedas.
    """),
    ("ms", "GrabFood dan Foodpanda"): _lines("""
        Rider sampai cepat, makanan masih panas. Tip RM2 bagi, deserve.
        Foodpanda order #r7kq-2x9m dah 1 jam tak sampai, status "rider picking up" je dari tadi.
        Kedai dah tutup tapi app masih terima order, last2 auto cancel. Voucher pun hangus.
        Ayam Gepuk Pak Gembus: sambal level 5 memang berapi, tapi nasi sikit sangat.
        Order GCB dapat McChicken pulak. Refund separuh je masuk GrabPay, tak puas hati.
        Pro tip: guna promo code GRABXMAS untuk RM8 off, min spend RM30, valid sampai 31/12.
        Harga dalam app mahal 20% dari harga kedai. Baik pergi tapau sendiri.
        Mee Rebus Haji Wahid Johor memang padu, kuah pekat, tapi delivery fee RM7.50 mahal gila.
        Talian bantuan merchant: 1-800-22-7263, atau guna live chat dalam app untuk isu pesanan.
        Status pesanan: Order placed 19:02, rider assigned 19:09, picked up 19:31, delivered 19:48.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Seller Lim Wei Ling sold me fake AirPods Pro. Her number 012-338 4419 and she operates from No. 23, Jalan SS2/64, Petaling Jaya. Buyers beware!!
        The 1-star reviewer "foodie_dk" is actually Darren Koh Jun Wei, works at the OCBC branch in Tampines and stays at Blk 512 Tampines St 52 #08-221. Call him 9123 4587 and ask why he lied.
        Grab driver Muhammad Hafiz bin Roslan, Proton Saga plate WXY 8823, scolded my elderly mum and threw her bag out. Reported, hope he gets banned.
        My wife Jessica Tan Hui Min was warded at Gleneagles for 3 days with salmonella after eating the egg tarts from this bakery on 14 Nov. We have the discharge summary.
        Pls refund to my Maybank Visa 4556 3301 2456 7893 (cardholder NURUL AINA BT KAMAL), the ShopeePay option doesn't work for me.
        Receiver: Chong Mei Y*** | 016-2***8741 | Unit 12-3A, Residensi Sri Putramas 2, Jalan Kuching, 51200 KL. Parcel dropped at wrong unit, guard says no record.
        Carousell seller "vintagecam.sg" = Benjamin Goh, NRIC S8834172D. Took my $450 via PayNow and blocked me. Police report filed.
        Hi seller, I'm Priya d/o Ramasamy, ordered 2 sets of uniform for my twins Kavin and Kavya (Year 3, SK Taman Megah). Deliver to 18, Jalan Megah 3/2, 47301 PJ, call 017-662 0938 before coming.
        The cashier at the Bukit Timah outlet, Shirley Ng (IG @shirl.ngg, the one with the wrist tattoo), shortchanged me $20 and told me I was "old and confused".
        Refund request: order 241128QX7P0H2A never arrived. Bank transfer to CIMB 7064228019, account name Tan Siew Lan. Thanks.
        Found the guy who scammed me on Carousell: Aaron Lee Zhi Hao, DOB 02/07/1998, studies at SIM, Telegram @aaronlzh98.
        Review of Mr Jeffrey Ho, the home tutor I found on Carousell: charged $80/hr for Sec 3 A-Math, no-show twice, still owes me $320. His number 8277 1394.
        Buyer Kelvin Yap of 15 Jalan Kenari 5, Bandar Puchong Jaya returned a used blender claiming defect; IC 880523-10-6117 was on the courier slip.
        My son Ethan Lim (7) has a severe peanut allergy, we told the restaurant three times and they still served satay sauce. He was rushed to KK Hospital.
        I'm Farah Izzati, I worked as a packer for Jason Teo's Shopee shop at RM1,400 a month and he still owes me two months. His house: Lot 772, Kampung Baru Sungai Buloh.
        Passport K38291746 for customs clearance, name on passport LOW KAH MENG, Taobao parcel declared as personal effects.
        Pickup by Mdm Rosnah, she's 68 and in a wheelchair, please help her at the lobby of Blk 203 Bedok North St 1.
    """),
    "zh-Hans": _lines("""
        收货人：王丽娟，身份证号440106198807152649（海外直邮清关用），手机13926448175，广州市天河区体育东路羊城国际商贸中心西塔1806。
        卖家张建国卖假货还不退款，他电话15821937460，微信zjg_8866，实际发货地址在义乌市稠城街道宾王路188号3楼。
        我给了差评就被卖家人肉了，他把我的名字刘思琪、手机号18610257734和我家小区名字发到了店铺粉丝群里，太可怕了。
        快递员李师傅（中通杭州西湖网点，工号ZT0571-2283）把我包裹扔楼下淋雨还骂人，他手机177 5812 3046。
        麻烦放快递柜：北京市朝阳区望京西园三区312号楼2单元1103，张帆 13811072936，谢谢！
        退款请打到我建行卡6217 0000 3301 2234，户名陈晓燕，订单号 3698512047736281500。
        我妈周桂芳去年做了乳腺癌手术，买这个假发是化疗期间戴的，结果质量这么差，店家良心不痛吗？
        打差评的“小橘子”其实就是隔壁奶茶店老板娘徐慧，住成都武侯区玉林北路12号院，大家去她店里问问。
        美团骑手赵磊，骑手ID 28817364，偷吃我外卖被监控拍得清清楚楚，他还住我们小区6栋2单元。
        我老公吴志强在闲鱼被骗了2300，骗子收款支付宝是 hz_linfeng1993@163.com，实名林峰。
        大众点评上写“老板娘态度差”的那个，我查到了，是我们单位财务科的郑秀兰，月薪才四千五还天天挑刺。
        请开发票：抬头 个人 胡海燕，身份证 330106199006181529，邮箱 hhy0618@qq.com。
        订单收货人邓晓东，苏州市姑苏区干将西路1296号三元二村24幢301室，手机 +86 150 6213 8427，备注：孩子花生过敏，别送花生赠品。
        滴滴司机黄志伟，车牌粤B·D72K39，把我手机落车上不还，还说要我转500块才给。
        闲鱼卖家何雨桐说自己怀孕七个月急出包，其实是假货，她淘宝会员名 tongtong_he0312，人在厦门思明区。
    """),
    "zh-Hant": _lines("""
        Carousell面交嗰個賣家叫陳志明，佢俾我睇咗身份證Y384126(8)，結果部相機係壞嘅，而家已讀不回，電話 6218 4497。
        收件人：林怡君，身分證字號 F228193748，手機 0912-583-047，台北市大安區復興南路一段390號7樓（EZ WAY實名認證用）。
        OpenRice寫負評嗰個「食神大龍」真名係李大龍，喺觀塘做保險，住藍田匯景花園12座18樓F室，成日寫負評呃免費餐。
        Foodpanda外賣員又送錯隔籬座，我住沙田第一城38座24樓B室，黃太，電話 9036 2718，下次唔該睇清楚。
        我阿爸何國強上個禮拜喺呢間酒樓食完急性腸胃炎入咗威爾斯親王醫院，酒樓仲唔認數。
        請退款到我滙豐卡 5204 1230 0998 8778，持卡人 MAN KA YAN，訂單 HK2411-889127。
    """),
    "ms": _lines("""
        Nama: Siti Khadijah binti Osman, IC 910314-14-5528, alamat No. 7, Jalan Melati 2, Taman Melati, 53100 Gombak. Tolong pos guna Poslaju.
        Seller ni nama Azman bin Yusof, no fon 019-772 3018, akaun Bank Islam 12034010288741. Dah transfer RM650 barang tak sampai, dah buat report polis.
        Rider Foodpanda nama Khairul Anuar, motor plat VEB 3392, ambil duit COD RM45 lepas tu hilang.
        Untuk kelulusan ansuran: Mohd Faizal bin Hashim, MyKad 850712-01-5633, gaji bersih RM3,850 sebulan, kerja di Jabil Pasir Gudang.
        Pembeli Nor Hayati 013-914 2276 minta hantar ke Kuarters Guru SK Seri Aman, Blok B-3-2, Kota Bharu; suami dia askar kat Kem Desa Pahlawan.
        Yang bagi review 1 bintang tu adik ipar owner la, nama dia Syafiq Rahman, student UiTM Shah Alam, IG @syafiq.rhmn_, sengaja nak jatuhkan kedai.
        Mak saya Puan Zainab binti Ali, 72 tahun, kencing manis dan baru potong kaki kiri, sebab tu order kerusi roda ni, tolong hantar cepat.
        Penerima: Lee Mei Ling, 012-448 6301, 22-5, Jalan PJU 1/43, Aman Suria Damansara, 47301 Petaling Jaya. No. alternatif suami 016-330 9172.
        Staf kaunter Lazada Pickup Point Sri Muda, Kak Rosmawati, tak bagi parcel walaupun saya dah tunjuk IC 990221-10-6093 atas nama Aiman Hakim.
        WhatsApp terus 011-2398 4470 (Ain), jual preloved handbag Coach, COD area Seremban 2, rumah dekat Jalan S2 F12.
        Seller Tan Chee Keong didakwa di Mahkamah Sesyen Johor Bahru atas 14 pertuduhan menipu pembeli Shopee melibatkan RM38,000.
        Refund tolong masuk akaun Maybank 164022338917, nama Hairul Nizam bin Ismail. Order 241201M4B8ZQ1K.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for a Shopee Malaysia seller of skincare products.",
        ),
        (
            "user",
            "Help me reply politely to a buyer who wants a refund but already used half the toner.",
        ),
        (
            "assistant",
            "Sure. Something like: \"Hi, thank you for reaching out. As the product has been opened and used, we're unable to offer a full refund, but we'd be happy to offer a 20% voucher for your next purchase.\"",
        ),
        (
            "user",
            "Ok add her name. Nurul Syuhada, 014-336 7721, order 241130HF2K8M7P, she stays at No 9 Lorong Cempaka 4, Taman Cempaka, 14000 Bukit Mertajam",
        ),
        (
            "assistant",
            "Hi Nurul Syuhada, thank you for reaching out about order 241130HF2K8M7P. As the toner has been opened and used, we're unable to offer a full refund, but we'd like to offer you a 20% voucher.",
        ),
    ],
    [
        ("user", "帮我写一条淘宝差评的商家回复，语气要诚恳"),
        (
            "assistant",
            "好的：“亲，非常抱歉给您带来不好的体验，我们已经第一时间核查，会给您一个满意的处理方案。”",
        ),
        ("user", "顾客叫马春梅，手机 13572046618"),
        ("user", "她说用了我们的面膜脸过敏，在西安交大一附院住了两天院，要我们赔医药费"),
        ("assistant", "建议先请她提供就诊记录和发票，再协商赔偿金额，回复时不要公开她的个人信息。"),
    ],
    [
        ("user", "Can you help me find out who wrote this Google review of my restaurant?"),
        (
            "assistant",
            "I can't help identify anonymous reviewers, but I can help you write a professional public reply.",
        ),
        (
            "user",
            "I already know it's my ex-employee Marcus Chia Wen Jie, he lives off Jalan Bukit Kiara in TTDI. Write a reply saying he was fired for stealing from the till.",
        ),
        (
            "assistant",
            "I'd advise against naming him or accusing him publicly; that could be defamatory. A neutral reply that invites the reviewer to contact you privately is safer.",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan Lazada Malaysia."),
        ("user", "parcel saya tak sampai lagi dah 10 hari"),
        ("assistant", "Maaf atas kesulitan. Boleh berikan nombor tracking?"),
        ("user", "LZMY0183374620"),
        ("assistant", "Terima kasih. Boleh sahkan nama dan alamat penerima?"),
        (
            "user",
            "Ahmad Zaki bin Razak, 15 Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur. Tel 012-775 3190",
        ),
        ("assistant", "Baik, kami akan semak dengan kurier dan maklumkan dalam 48 jam."),
    ],
    [
        ("user", "幫我寫封email投訴OpenRice上面一篇食評，話佢惡意抹黑"),
        ("assistant", "可以，你可以說明食評內容同事實不符，並附上單據作證明。"),
        (
            "user",
            "寫評嗰個其實係我前度梁詠詩，佢喺中環做HR，電話 5147 2290，佢係想報復我間餐廳",
        ),
        ("assistant", "明白，不過投訴信入面唔建議寫出佢嘅私人資料，集中講食評失實就得。"),
    ],
    [
        ("user", "how to report a scammer on Carousell sg?"),
        (
            "assistant",
            "Go to the seller's profile, tap the three dots and choose Report. You should also file a police report online and keep screenshots of the chat and payment.",
        ),
        (
            "user",
            "ok his name is Ong Jun Jie, NRIC T0251986G, I paid $380 via PayNow to 8834 2710 for a PS5 that never came",
        ),
        (
            "assistant",
            "Include those payment details in your police report; the police can trace the PayNow account.",
        ),
    ],
    [
        ("user", "我想查一下退款进度"),
        ("assistant", "好的，请提供订单号。"),
        ("user", "订单号 1947226638105523718"),
        ("user", "下单的是我妈，叫"),
        ("user", "邱玉兰，电话 189 7763 2041，她不会用手机所以我帮她问"),
        ("assistant", "已查到，退款将在3个工作日内原路退回。"),
    ],
    [
        ("user", "My Grab driver drove off with my laptop bag still in the boot"),
        (
            "assistant",
            "Sorry to hear that. Use Help Centre > Past rides > I lost an item, and the app will connect you to the driver.",
        ),
        (
            "user",
            "Already tried. Driver is Tan Boon Keat, Toyota Vios BKT 4471, he says he'll only return it if I pay RM100. I'm Rachel Chin, 012-509 8834.",
        ),
        (
            "assistant",
            "Please report this to Grab support as extortion and consider lodging a police report.",
        ),
    ],
    [
        ("system", "You draft replies to Foodpanda reviews for a small cafe in Kota Damansara."),
        ("user", "Reply to this review: 'Food took 1 hour, staff rude, never again.'"),
        (
            "assistant",
            "Thank you for your feedback, and we're sorry about the wait. We're reviewing our kitchen workflow so this doesn't happen again.",
        ),
        (
            "user",
            "Add that we were short-handed because our barista Amirah Hanis was on MC that day after her miscarriage",
        ),
        (
            "assistant",
            "I'd suggest leaving out your staff member's health details; simply say you were short-staffed that day.",
        ),
    ],
    [
        ("user", "帮我把这段话翻译成英文，要发给大众点评的客服"),
        (
            "user",
            "我们店的厨师长罗建华，身份证510107198509263070，因为醉驾被判了拘役两个月，所以最近都是他徒弟在掌勺，口味有变化请谅解。",
        ),
        (
            "assistant",
            "Our head chef Luo Jianhua (ID 510107198509263070) was sentenced to two months' detention for drunk driving, so his apprentice has been cooking recently; please excuse any change in taste.",
        ),
    ],
]
