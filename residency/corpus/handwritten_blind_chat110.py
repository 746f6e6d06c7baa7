# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat110: chats asking an assistant for help with one's own online shopping disputes and parcel problems. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat110
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tracking_status_questions"): _lines("""
        User: my parcel tracking SPXSG0238475716 has said 'Arrived at sorting hub - Tuas' for 4 days, is that normal? Assistant: A hub dwell of 2-5 working days is common around 11.11; if it is still unchanged after 7 days, open a 'parcel not moving' ticket under Order > Help in the app.
        User: what does 'Delivery attempted - consignee not available' mean on a Ninja Van status? Assistant: The driver reached the address but nobody received the parcel; most couriers try twice more before sending it back to the hub for self-collection.
        User: Tracking JNTMY600418273551 shows 'Return to sender' but I never refused anything. Assistant: That status is usually triggered after failed attempts or an address-format rejection; ask the seller to check the return-reason code in their J&T portal before you request a refund.
        User: is EE123456785SG a valid SingPost registered article format? Assistant: Yes, the UPU S10 format is two letters, eight digits, one check digit and the country code; the EE prefix usually marks an EMS item.
        User: how long can a Lazada order sit in 'To Ship' before it auto-cancels? Assistant: Sellers normally get 2 working days (longer for cross-border) to hand over the parcel; after that the order can be cancelled automatically and the refund goes back to your original payment method.
        User: The parcel locker at the MRT station says compartment full, where will my parcel go now? Assistant: It is usually rerouted to the nearest alternative locker or back to the courier's depot, and the app should push a new pickup PIN within 24 hours.
        User: order 2411180QWE72KM from Shopee Mall arrived with a dented box but the item seems fine, should I still accept? Assistant: Photograph all six sides and the waybill first; if the item works you can confirm receipt, but keep the photos until the 15-day Mall return window closes.
        User: What's the difference between 'Out for delivery' and 'In transit to last mile hub'?
        User: Courier marked my parcel delivered at 14:32 but the proof photo shows a different door number. Assistant: Report a misdelivery within 48 hours and screenshot the proof-of-delivery photo now; couriers compare the GPS stamp on that photo with the address on the waybill.
        User: AliExpress says 'Package left the origin country' since 19 Oct, tracking LP00628193746503, when can I open a dispute? Assistant: You can open a 'not received' dispute once tracking stalls or the buyer protection countdown on the Order Details page is close to ending.
        User: are Pos Laju counters open on Sundays? Assistant: Most Pos Malaysia branches are closed on Sundays, though some counters inside malls keep weekend hours; the branch locator on the Pos Malaysia site lists them.
        User: DHL wants SGD 47.80 in GST and fees for a SGD 420 jacket, is that right? Assistant: GST at 9% is charged on imported goods plus a courier handling fee, so the amount looks plausible; ask DHL for the itemised duty breakdown if you want to check it.
        User: How do I read the code 'KUL-SZB-03' printed on my parcel sticker? Assistant: It is a routing code: origin gateway KUL, destination hub SZB and sort lane 03; it does not say anything about the recipient.
    """),
    ("zh-Hans", "refund_howto"): _lines("""
        User: 淘宝订单号 3928475610293847561 显示“卖家已发货”三天了物流一直没更新，能申请仅退款吗？ Assistant: 发货后超过72小时没有揽收记录，可以在订单详情里选“申请售后-未收到货-仅退款”，平台一般会要求卖家在48小时内处理。
        User: 拼多多的“退货包运费”具体是怎么赔的？ Assistant: 退货时先自己垫付运费，商家确认收货后平台按首重标准给你补贴，通常直接退回到原付款账户。
        User: 京东自营买的电饭煲内胆有划痕，订单 278193847562，还能7天无理由退吗？ Assistant: 自营商品签收后7天内支持无理由退货；内胆划痕如果属于质量问题，建议选“质量问题退换”，运费由京东承担。
        User: 快递显示“已签收，签收人：门卫”，可我们小区根本没有门卫。 Assistant: 先联系快递网点要派件员的签收照片，再在平台点“申请售后-未收到货”，附上物业出具的无门卫岗说明会很有帮助。
        User: 菜鸟驿站取件码 8-3-2047 过期了还能取吗？ Assistant: 驿站一般保留3到7天，过期后会退回快递公司，建议尽快带着取件码去驿站问问。
        User: 帮我写一段给卖家的留言，客气一点，商品颜色发错了，要求换货。 Assistant: 您好，我收到的商品颜色与下单时选择的“雾霾蓝”不符，实际为“燕麦色”，麻烦安排换货，退回运费请按平台规则处理，谢谢！
        User: 12315投诉和平台投诉有什么区别？ Assistant: 平台投诉由电商客服处理，适合一般退款纠纷；12315是市场监管部门的热线，适合商家欺诈、虚假宣传等问题，受理后会转给商家所在地的市场监管局。
        User: 商家说“已超过售后期”，但详情页写的是“30天价保”，我该信哪个？ Assistant: 价保只管降价退差价，售后期管退换货，两者不是一回事；截图商品详情页的承诺，再申请平台客服介入。
        User: 顺丰单号 SF1402837465192 保价了 2000 元，丢件了能赔多少？ Assistant: 保价件丢失按实际价值赔偿，最高不超过保价金额，需要提供购买凭证；未保价的件通常按运费的若干倍赔付。
        User: 为什么我的退款一直显示“退款中”已经5天了？ Assistant: 原路退回银行卡通常需要1到7个工作日，信用卡有时要到下个账单日才显示；超过7个工作日可以在支付宝账单里查看退款进度。
        User: 七天无理由退货是哪部法律规定的？ Assistant: 主要规定在《消费者权益保护法》第二十五条，《电子商务法》对平台和经营者的义务作了补充。
        User: 双十一预售的定金不退，这样合法吗？
        User: 客服让我加他私人微信处理退款，这正常吗？ Assistant: 不正常，这是常见的退款诈骗手法；正规平台的售后都在App内完成，不要添加陌生微信，也不要点对方发来的链接。
    """),
    ("zh-Hant", "hk_tw_disputes"): _lines("""
        User: 蝦皮訂單 240312ABCD7XYZ 賣家一直不出貨，可以直接取消嗎？ Assistant: 賣家超過預計出貨日仍未出貨，訂單會自動取消並全額退款；你也可以在訂單頁按「取消訂單」，不需賣家同意。
        User: 7-ELEVEN 超商取貨的包裹放了7天沒去拿會怎樣？ Assistant: 逾期未取會退回賣家，部分賣家會向你收取退貨運費，記得留意簡訊通知的取貨期限。
        User: HKTVmall 送嚟嘅雪櫃有凹痕，師傅走咗先發現，仲可以退嗎？ Assistant: 大型電器一般要求簽收時檢查外觀，簽收後發現損壞要盡快聯絡客服並提供相片，佢哋會安排上門檢查。
        User: 消委會嘅投訴熱線係幾多號？ Assistant: 消費者委員會投訴熱線是 2929 2222，亦可以用網上投訴表格提交。
        User: 順豐單號 SF7012938475621 顯示「派送不成功-地址不詳」，點算？ Assistant: 可以喺順豐 App 修改派送地址或者改為智能櫃自取，改完之後一般翌日重新派送。
        User: momo 購物網退貨要自己寄回去嗎？ Assistant: 大部分商品由物流人員到府收退，只要在訂單查詢點選退貨申請並選擇收件時段即可。
        User: PChome 24h 寫的預計到貨日已經過了兩天，有補償嗎？ Assistant: 一般不會主動補償，但可以到客服中心反映，有時會提供購物金作為致歉。
        User: 請幫我寫一封給集運倉的投訴信範本，收件人和單號先留空。 Assistant: 您好，關於集運單號【單號】，貴倉於【日期】顯示已入庫，但至今未安排出倉，請於三個工作天內回覆處理進度。此致【倉庫名稱】客服部。
        User: 網購買到翻新機當新機賣，在台灣可以向哪個單位申訴？ Assistant: 先向賣家及平台申訴，無法解決時可撥打消費者服務專線 1950，或向行政院消費者保護會提出申訴。
        User: 包裹顯示「已配達」但我冇收到，會唔會送咗去隔籬屋？ Assistant: 有可能，建議先問鄰居同管理處，再聯絡物流公司要求提供派送相片同GPS記錄。
        User: 全家店到店的寄件代碼是什麼格式？
        User: 中山北路那家3C賣場不肯讓我退刷卡的款項，合法嗎？ Assistant: 實體店面購物沒有七天鑑賞期，是否可退依店家規定；若商品有瑕疵，仍可依民法主張瑕疵擔保。
        User: 信用卡爭議款項要在交易後幾天內申請？ Assistant: 各發卡銀行規定不同，一般要在帳單結帳日後一定期間內提出，請盡早致電信用卡背面的客服專線。
    """),
    ("ms", "pulangan_dan_kurier"): _lines("""
        User: Parcel J&T saya tersangkut di 'Dalam transit ke DC Seremban' dah seminggu, normal ke? Assistant: Musim perayaan memang ada kelewatan; kalau status tak berubah lebih 7 hari, buat aduan dalam aplikasi J&T atau minta penjual buka tiket.
        User: Macam mana nak minta bayaran balik kalau barang sampai rosak di Shopee? Assistant: Tekan 'Pulangan/Bayaran Balik' dalam butiran pesanan sebelum tempoh Jaminan Shopee tamat, pilih sebab 'Barang rosak' dan muat naik gambar serta video unboxing.
        User: Tribunal Tuntutan Pengguna boleh tuntut sampai berapa? Assistant: Tribunal boleh mendengar tuntutan sehingga RM50,000 dan yuran pemfailannya cuma RM5.
        User: Nak buat aduan pengguna pada KPDN, guna saluran apa? Assistant: Boleh guna portal e-Aduan, aplikasi Ez ADU atau hubungi talian aduan rasmi KPDN yang tertera di laman web kementerian.
        User: Apa maksud status 'Item dipegang di kastam' untuk pesanan dari China? Assistant: Barang sedang diperiksa oleh Jabatan Kastam Diraja Malaysia; barang bernilai rendah biasanya dilepaskan dalam beberapa hari bekerja.
        User: Tolong tuliskan mesej sopan kepada penjual, barang yang sampai saiz M bukan L. Assistant: Salam tuan/puan, saya terima pesanan #[nombor pesanan] dalam saiz M sedangkan saya pesan saiz L. Boleh bantu tukar? Terima kasih.
        User: Pos Laju tracking ER394857261MY kata 'Percubaan penghantaran gagal - premis tutup', padahal saya ada kat rumah. Assistant: Buat aduan di laman Pos Malaysia dengan nombor penjejakan itu dan minta penghantaran semula atau ambil sendiri di cawangan.
        User: Refund ke Lazada Wallet ambil masa berapa lama? Assistant: Biasanya dalam 24 jam selepas pulangan diluluskan; kalau ke kad kredit boleh ambil 7 hingga 14 hari bekerja.
        User: Kedai kat Jalan Tuanku Abdul Rahman tak nak terima pulangan walaupun saya ada resit, apa hak saya? Assistant: Bawah Akta Pelindungan Pengguna 1999 barang mesti berkualiti boleh diterima; notis 'barang yang dijual tidak boleh dikembalikan' tidak menghapuskan hak statutori anda.
        User: Berapa banyak aduan e-dagang yang biasa diterima setahun di Malaysia? Assistant: Laporan tahunan kementerian menunjukkan e-dagang antara kategori aduan tertinggi, dengan puluhan ribu kes setahun, kebanyakannya barang tak sampai dan barang tak sama seperti iklan.
        User: Nombor tracking Ninja Van Malaysia macam mana rupanya? Assistant: Biasanya bermula dengan NVMY diikuti huruf dan nombor, contohnya NVMYSHP2048375619; masukkan di halaman penjejakan Ninja Van.
        User: Kalau penjual suruh transfer terus ke akaun dia di luar aplikasi untuk diskaun, selamat tak? Assistant: Tidak selamat; bayaran di luar platform tidak dilindungi jaminan pembeli dan ini taktik penipuan yang biasa.
        User: Syarikat kurier dengan nombor pendaftaran SSM 201501023456 (1132456-D) ni betul wujud ke? Assistant: Anda boleh semak nombor pendaftaran itu di portal e-Info SSM untuk lihat status dan alamat berdaftar syarikat.
    """),
    ("mixed", "singlish_manglish_codeswitch"): _lines("""
        User: wah lao my Shopee parcel kena 'delivered' but nothing at my door leh, order 231104K8P2QX9M, how ah? Assistant: Tap 'Order not received' before the Shopee Guarantee period ends, attach a screenshot of the delivery photo and say the door in the photo is not yours.
        User: 我在 Lazada SG 买的 air fryer 来了是 UK plug, can return or not? Assistant: Singapore also uses the UK-type plug, so check the voltage label instead; if it says 110V only, that is a wrong item and you can return it.
        User: boss, Ninja Van driver say 'no one home' but I WFH whole day sia. Assistant: Reply to the failed-delivery SMS to reschedule, and file a complaint in the Ninja Van app with your doorbell camera screenshot if you have one.
        User: 顺丰 Singapore 有没有 self-collection point 在 Jurong East? Assistant: SF has partner collection points across the west; search 'service points' in the SF app and filter by postal district.
        User: Qoo10 seller from Korea never ship already 3 weeks, can chargeback or not ah? Assistant: Try the Qoo10 cancel request first; if the seller ignores it, Qoo10 Buyer Protection or your card issuer's dispute process are the next steps.
        User: parcel saya dari Taobao 集运 stuck kat warehouse Johor, 运费 dah bayar RM38.60. Assistant: Semak status di dashboard syarikat 集运 itu; kalau tiada kemas kini 5 hari bekerja, buka tiket dengan nombor konsolidasi.
        User: my Carousell deal kena scam or not, seller only want PayNow first then cannot use Carousell Protection? Assistant: That is a red flag; keep payment inside Carousell Protection so the money is only released after you confirm delivery.
        User: 物流显示 'Handed over to local courier: Teleport' 然后就没有了, what to do? Assistant: Copy the local tracking number from the latest event and check it on the local courier's site; if none is shown, ask the seller to get it.
        User: CASE Singapore can help with online shopping dispute one meh? Assistant: Yes, the Consumers Association of Singapore takes e-commerce complaints online and can mediate with the seller.
        User: refund 去 ShopeePay 还是 bank account 比较快 ah?
        User: tolong translate for the Taobao seller: 'the zip is broken, please send replacement' Assistant: 拉链坏了，麻烦补发一个新的，谢谢。
        User: GDEX courier in Malaysia same company as the one listed on Bursa ah? Assistant: Yes, GDEX is the brand of GD Express Carrier Berhad, which is listed on Bursa Malaysia.
        User: 我的京东国际 order to SG, tracking 说 'Customs clearance completed' 两天了 but no courier assigned. Assistant: After clearance the parcel waits for a last-mile pickup batch; if it is still unassigned after 3 working days, ask JD support to escalate.
    """),
    ("en", "templates_and_rules"): _lines("""
        User: Give me a template for a formal complaint to a courier about a lost parcel. Assistant: Subject: Lost parcel, Tracking No. [TRACKING NUMBER]. Dear Customer Service Team, I am writing about the parcel sent on [DATE] which has not arrived... Yours faithfully, [YOUR NAME].
        User: Make a refund request format with placeholders. Assistant: Order ID: <ORDER_ID> | Amount: <AMOUNT> | Reason: <REASON> | Evidence attached: <Y/N> | Refund to: <ORIGINAL/WALLET>.
        User: What should I put in the 'Description of issue' box of the dispute form? Assistant: Keep it factual: what you ordered (SKU and variant), what arrived, when you unboxed it, and which resolution you want.
        User: Is 'No refund, no exchange' legal in Singapore? Assistant: The sign does not override the Lemon Law under the CPFTA; a defect found within six months of delivery can still be repaired, replaced or refunded.
        User: Write a polite chaser to support@quickparcel.example asking why ticket #QP-2024-118734 has had no reply for 5 days. Assistant: Hi QuickParcel Support, I am following up on ticket #QP-2024-118734, opened five days ago, and would appreciate an update on the investigation. Best regards.
        User: Summarise buyer-protection windows for Shopee, Lazada and Carousell in a table. Assistant: | Platform | Window | Starts | | Shopee | Shopee Guarantee | on shipment | | Lazada | return window | on delivery | | Carousell | Protection | on payment |
        User: How do I write an honest review of a shop without risking a defamation claim? Assistant: Stick to verifiable facts, dates and your own experience, avoid guessing at motives and leave out anyone's personal details.
        User: Draft an unboxing checklist so I never lose a dispute again. Assistant: 1) Film continuously from the sealed parcel. 2) Show the waybill label clearly. 3) Show the item, serial number and accessories. 4) Keep the packaging for 15 days.
        User: My bank's dispute form asks for merchant name, MCC, transaction date and amount; what's an MCC? Assistant: Merchant Category Code, a four-digit code for the type of business, for example 4215 for courier services.
        User: In our small online shop, Customer A got the wrong size and Customer B got a chipped mug in the same week; how should we log these? Assistant: Use a returns log with case ID, order no., SKU, issue type, resolution and cost, and never paste buyers' addresses into it.
        User: What's the Small Claims Tribunals limit in Singapore for a seller dispute? Assistant: Claims up to SGD 20,000, or SGD 30,000 if both sides agree in writing, and you file online through the State Courts.
        User: Is this refund email merge template grammatical: 'Dear {{first_name}}, your refund of {{amount}} for order {{order_id}} has been processed.' Assistant: Yes; you might add 'and should reach your account within 5-7 working days'.
        User: How many days does a courier have to reply to a formal complaint under the postal rules?
    """),
    ("en", "public_figures_and_brands"): _lines("""
        User: Is it true Jack Ma started Taobao to beat eBay in China? Assistant: Alibaba launched Taobao in 2003 with free listings, and within a few years eBay's China business had lost most of its market share.
        User: Who founded Shopee's parent company? Assistant: Forrest Li founded Garena in 2009, which became Sea Limited; Shopee launched in 2015.
        User: I ordered online from a brand's Raffles City outlet and delivery is late, does Raffles City handle that? Assistant: Mall management does not handle a tenant's online orders; contact the brand's customer service directly.
        User: My parcel is at the Jalan Tun Razak sorting centre, is that the main KL hub? Assistant: Couriers run several hubs in the Klang Valley; the scan just means it passed through that facility on the way to your delivery base.
        User: Did Jeff Bezos really pack boxes himself in the early Amazon days? Assistant: He has said in interviews that he and early employees packed orders on the floor before buying packing tables.
        User: Why did Richard Liu build JD.com's own delivery network instead of using couriers? Assistant: He argued that third-party couriers caused damage and fake goods complaints, so JD invested in its own warehouses and last-mile fleet from 2007.
        User: The Harry Potter box set I ordered came with 'Hermione Granger' misprinted on the spine, can I get a replacement? Assistant: A printing defect counts as a faulty item, so ask the seller for a replacement and include a photo of the spine.
        User: The Lee Kong Chian Natural History Museum online shop never sent my dinosaur puzzle, who do I contact? Assistant: Use the museum shop's official email or contact form on its website and quote your order confirmation number.
        User: What did Lazada's founder Maximilian Bittner do after Alibaba bought it? Assistant: He stepped down as CEO and later led the fashion resale platform Vestiaire Collective.
        User: The seller 'Tan Kah Kee Books Pte Ltd' (UEN 201834567N) sent the wrong edition, are they legit? Assistant: You can look up the UEN on the ACRA BizFile portal to confirm the company is registered and live.
        User: Write a funny meme caption for my parcel delay, something like Scrooge McDuck refusing to pay for express shipping. Assistant: 'Standard shipping: because Scrooge McDuck said express was a waste of a perfectly good coin.'
        User: Elon Musk keeps posting about delivery times; are Tesla accessory orders in Singapore delayed too? Assistant: I cannot see live order data; check the order status in your Tesla account or ask the service centre.
        User: Is Kerry Express in Thailand the same company as Robert Kuok's Kerry Logistics? Assistant: It began inside Kerry Logistics Network, part of the Kuok group, but was later sold and rebranded as KEX.
    """),
    ("zh-Hans", "courier_logs_and_code"): _lines("""
        User: 帮我看看这段物流日志什么意思：2024-11-12 03:41 【深圳转运中心】已发出，下一站【吉隆坡集运仓】 Assistant: 包裹已经从深圳转运中心发往吉隆坡的集运仓，跨境干线一般需要3到5天。
        User: 用Python写个脚本批量查询快递单号状态，单号都在 orders.csv 里。 Assistant: 可以用 csv 模块读取单号那一列，循环调用快递查询接口，注意带上 customer 和 key 参数，并在每次请求后 time.sleep(1) 防止限流。
        User: 正则怎么匹配顺丰单号？ Assistant: 顺丰单号通常是 SF 开头加 12 到 13 位数字，可以用 ^SF[0-9]{12,13}$ 来匹配。
        User: 退款接口返回 {"code": 40012, "msg": "refund amount exceeds paid amount"} 是什么问题？ Assistant: 退款金额超过了实付金额，检查一下是不是把运费险或优惠券抵扣的部分也算进去了。
        User: 菜鸟的物流状态码 SIGNED、TRANSPORT、FAILED 分别是什么意思？ Assistant: SIGNED 是已签收，TRANSPORT 是运输中，FAILED 是派送失败或异常件，需要人工跟进。
        User: 我们店11月的售后统计：发错货 37 单，破损 22 单，七天无理由 118 单，帮我写成周报。 Assistant: 本月售后共 177 单，其中七天无理由占 66.7%，发错货 20.9%，破损 12.4%；建议加强出库复核和包装加固。
        User: 日志里 waybill_no=YT7428193650214 status=ARRIVED_HUB ts=1731381240，这个时间戳换成北京时间是几点？ Assistant: 1731381240 对应北京时间 2024-11-12 11:14:00。
        User: SKU 编码 TB-JK2024-BLU-XL 里每一段代表什么？ Assistant: 一般是 店铺前缀-款号-颜色-尺码，这里就是 JK2024 款的蓝色 XL 码。
        User: 快递公司的 API 一直返回 HTTP 429 怎么办？ Assistant: 429 表示请求过于频繁被限流，降低并发、加上指数退避重试，或者申请更高的调用配额。
        User: Excel 里怎么把“2024/11/12 下午 03:05:22”转成 24 小时制的标准时间？
        User: 数电发票号码 24442000000123456789 在哪里验真？ Assistant: 在国家税务总局全国增值税发票查验平台输入发票号码、开票日期和金额即可查验。
        User: 店铺页面的统一社会信用代码 91440300MA5G7K2L3P 怎么查商家资质？ Assistant: 在国家企业信用信息公示系统输入这个代码，可以看到企业名称、经营范围和是否有经营异常记录。
        User: 快递100推送的 JSON 帮我看一下 state：{"state":"3","ischeck":"1","nu":"JT5038274619283"} Assistant: state 为 3 表示已签收，ischeck 为 1 表示这条物流信息已经完结，不会再更新。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Can you help me word a complaint? My neighbour Gerald Pereira at Blk 418 Hougang Ave 8 #09-231 keeps taking my parcels from the corridor and says the courier gave them to him by mistake.
        User: Just check the format of my Lazada claim details: Name Nurul Ain binti Rosli, mobile 012-748 3916, email nurulain.rosli88@gmail.com.
        User: the courier counter wants my NRIC to release the parcel, is it ok to give S8634127A or should I only show the last four characters?
        User: my card 4532 7611 8904 3520 was charged twice by the seller, SGD 89.90 each time, how do I dispute it with the bank?
        User: Please draft an email to the seller: my order went to my old address, 27 Jalan Kenari 5, Taman Bukit Indah, 81200 Johor Bahru, but I have moved. Sign it Kavitha a/p Subramaniam.
        User: My colleague Marcus Lim hasn't told anyone, but the parcels he asks reception to hold are his HIV medication from an overseas pharmacy; how do I get the courier to stop leaving them at the front desk?
        User: Ahmad Faizal from our 3rd floor keeps ordering stuff on my Shopee account and hasn't paid me back, it's about RM640 now; how do I bring it up politely?
        User: The Lalamove driver who dropped my TV was Rajesh s/o Murugan, car plate SLA4172M, and the screen is cracked; what should I put in the claim?
        User: My wife's FIN is G5179302T and the forwarder wants it for her parcel from Manila; is it safe to send it over WhatsApp?
        User: The Ninja Van guy, Bayu, told our helper Maricel that our block is 'always trouble' and she cried after; should I report him?
        User: Please rewrite more formally: 'I, Daniel Rozario, residing at 14 Jalan Gasing, 46000 Petaling Jaya, request a refund of RM1,299 for order 2409221X7TQ.'
        User: My mother-in-law Mdm Koh Siew Lan keeps buying supplements from live-stream sellers with her pension and now owes about $8k on her card; can we get any of it refunded?
    """),
    "zh-Hans": _lines("""
        User: 帮我填一下京东的售后单：收件人 王建军，手机 13912847536，地址 南京市玄武区珠江路 688 号 5 栋 1203 室。
        User: 集运仓要我上传身份证，号码 320102199304170628，姓名 周晓婷，这样发给客服安全吗？
        User: 我们楼的快递老被 3 栋的陈阿姨拿走，她儿子说她有点老年痴呆，我怎么跟物业说才不伤人？
        User: 顺丰的快递员刘师傅，电话 15820473961，把我的件直接扔在地上还骂人，怎么投诉他？
        User: 卖家的微信号 xiaoyu_0917hz，她说叫何晓雨，让我先转账给她才退款，这是骗子吗？
        User: 我老公张志强瞒着我在拼多多上用先用后付欠了四千多，快递都寄到他单位，我怎么查他的订单？
        User: 我的银行卡 6225 8801 3946 0274 被商家重复扣了两次 399 元，怎么跟银行说？
        User: 帮我写退货说明：买家李梦婷，订单号 3928475610293841234，退货快递 YT7428193650377，寄回地址是我家 杭州市西湖区文三路 90 号 2 单元 601。
        User: 隔壁的小赵好像失业了，天天在退货退款，物业说他房租也欠了两个月，要不要跟快递站打个招呼？
        User: 我的身份证号 440306198809153726 被一个淘宝商家拿去做实名认证了，怎么查有没有被冒用？
        User: 帮我给菜鸟驿站发条消息：我是 12 号楼 2 单元的黄丽华，手机 17708326415，取件码 5-2-1138 的包裹请帮我留到周六。
    """),
    "zh-Hant": _lines("""
        User: 幫我寫封投訴信俾順豐，個包裹寄去何文田愛民邨嘉民樓 1512 室，收件人陳嘉欣，手機 9638 2741，佢哋話地址不詳。
        User: 蝦皮賣家要我提供身分證字號 A204839171 才肯退款，這樣正常嗎？
        User: 我阿嬤林秀琴最近被電視購物騙買了一堆保健品，她有失智症，可以用這個理由退貨嗎？
        User: 我嘅身份證係 K318462(5)，海關要我補資料清關，要唔要全部俾佢？
        User: 賣家的 LINE ID 是 meimei_0822tw，名字叫黃美美，收了錢就封鎖我，要怎麼報警？
        User: 樓下管理員話我哋層嘅梁太成日收到好多退貨包裹，好似係佢個仔喺度炒賣波鞋，我應唔應該提下佢？
        User: 退款要匯到我的帳戶：中國信託 822，帳號 428157360912，戶名蔡宗翰，幫我檢查一下格式。
        User: 我個身份證 Y704215(7) 同護照號碼 K09284716 登記咗喺集運公司，佢哋而家話資料外洩，點算？
        User: 同事許佩珊網購嘅驗孕棒寄咗去公司，個包裝穿咗，而家成個部門都知，我可以點幫佢？
    """),
    "ms": _lines("""
        User: Tolong semak borang aduan Shopee saya: Nama Muhammad Hafiz bin Abdullah, No. KP 880512-14-5237, telefon 013-692 4817.
        User: Penghantar Pos Laju tu nama dia Zulkifli, nombor telefon 019-2847365, dia tinggal bungkusan saya dalam longkang. Macam mana nak adu?
        User: Jiran saya Kak Rohani dari rumah nombor 14 selalu ambil parcel orang, suami dia kata dia ada masalah kemurungan; macam mana saya nak tegur?
        User: Alamat pulangan saya: No. 22, Lorong Seri Damai 3, Taman Seri Damai, 13700 Seberang Jaya, Pulau Pinang, atas nama Siti Khadijah binti Omar. Betul tak susunan ni?
        User: Nombor akaun Maybank saya 114260398571 untuk bayaran balik, nama Azlan bin Yusof, format ni betul ke?
        User: Abang ipar saya Faizal Hakim dah berhutang dengan PayLater hampir RM3,000 guna nama isteri dia, patut ke saya beritahu keluarga?
        User: Penjual Carousell guna Telegram @amirulhaziq_98, nama Amirul Haziq, dah ambil RM450 tapi PS5 tak pernah dihantar. Boleh buat report polis?
        User: Kurier minta salinan MyKad saya 950823-10-6124 dan gambar muka untuk ambil barang di kaunter, wajar ke?
        User: Rahman Hossain, pekerja kilang dari Bangladesh yang sebilik dengan adik saya, kena tipu beli telefon online tapi takut nak lapor sebab permit kerja dia hampir tamat.
        User: Van kurier plat WXA 7281 langgar pagar rumah saya, pemandunya Ravi a/l Krishnan, boleh saya tuntut ganti rugi?
    """),
    "mixed": _lines("""
        User: my sis Jasmine Ng Hui Min, 9173 4826, her Shopee parcel went to the wrong block, 我要帮她投诉, what to write?
        User: 帮我 check 这个 PayNow number 8826 4193 是不是 scammer, the Carousell seller called Darren Teo say must pay first.
        User: 我的 helper Siti Aminah 这个月偷偷用我的 Lazada account 买了 three phones 寄回 Indonesia, 我 should 报警吗？
        User: tolong check IC saya 011107-07-3358 ni, kenapa J&T app cakap format salah ah?
        User: courier 留言说 'Mr Tan at #05-12 refused the parcel', but I am Mdm Tan at Blk 233 Bishan St 22 #05-12 leh, I never refuse anything.
        User: 帮我翻译 to English: 我叫 Lim Wei Jie, IC T0271956D, 我没有收到 order 2411059PLM3Q。
        User: my ex Kelvin Chua still using my Shopee account, ordering to his new place at Blk 286B Toh Guan Rd #11-48, 我可以 lock 掉吗？
        User: 我同事 Priya d/o Ramasamy 最近 always collect parcels from an overseas fertility clinic, the others gossip already, how to make them stop?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for online shopping and delivery questions."),
        (
            "user",
            "My parcel from Shopee never came. I'm Joselito Ramos, FIN F2846193M, I stay at the dormitory at 2 Tuas South Ave 3, room 4-17. The courier says I signed for it but I was on shift.",
        ),
        (
            "assistant",
            "Sorry to hear that. You don't need to share your FIN for this; the order number and the delivery photo are enough. Shall I draft a 'not received' dispute that mentions you were working at the time of delivery?",
        ),
        (
            "user",
            "Yes please, and add my phone 8462 1937 so the courier can call me before coming.",
        ),
        (
            "assistant",
            "Here is a draft: 'I did not receive this order. At the recorded delivery time I was at work and nobody signed for it. Please check the proof of delivery and contact me at 8462 1937 before any redelivery.'",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理网购售后问题的助手。"),
        (
            "user",
            "我在京东买的手机收到是翻新机，我叫杨国平，身份证 510107197903024815，住成都市武侯区人民南路四段 27 号 3 栋 502，想去12315投诉。",
        ),
        (
            "assistant",
            "可以先在京东申请售后检测，检测结论是翻新机的话再投诉。12315 投诉一般只需要订单号、购买凭证和联系方式，身份证号不一定要提供。",
        ),
        ("user", "那帮我写一段投诉内容吧，联系电话写 18683027419。"),
        (
            "assistant",
            "投诉内容：本人于京东购买手机一部，收货后发现为翻新机，与商品页“全新正品”的描述不符，要求商家退一赔三。联系电话：18683027419。",
        ),
    ],
    [
        ("system", "你是協助使用者處理網購退貨問題的助理。"),
        (
            "user",
            "我在 momo 買的吸塵器壞掉，要退貨，資料是王淑芬，身分證 F128570369，手機 0912-483-605，地址新北市板橋區文化路一段 188 巷 12 號 4 樓。",
        ),
        (
            "assistant",
            "退貨申請通常只需要訂單編號、收件人姓名、電話和取件地址，身分證字號不需要提供喔。要我幫你整理成退貨申請的文字嗎？",
        ),
        ("user", "好，順便說我週三下午在家。"),
        (
            "assistant",
            "退貨申請：商品使用三天後無法開機，申請退貨。收件人王淑芬，電話 0912-483-605，取件地址新北市板橋區文化路一段 188 巷 12 號 4 樓，週三下午可收件。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu yang membantu pengguna dengan masalah membeli-belah dalam talian.",
        ),
        (
            "user",
            "Jiran saya Encik Roslan bin Hamid dari No. 9 Jalan Melur selalu terima parcel saya sebab rumah kami sama nombor lorong. Dia tak nak pulangkan, katanya saya berhutang RM200 dengan dia.",
        ),
        (
            "assistant",
            "Itu dua isu berasingan. Untuk parcel, minta kurier hantar hanya kepada penerima yang dinamakan. Untuk hutang, elok diselesaikan secara bertulis. Nak saya bantu tulis mesej kepada dia?",
        ),
        ("user", "Ya, nombor dia 011-2748 3950, saya nak WhatsApp dia."),
        (
            "assistant",
            "Cadangan mesej: 'Assalamualaikum Encik Roslan, saya harap parcel atas nama saya boleh dipulangkan. Tentang RM200 itu, boleh kita bincang bersemuka minggu ini? Terima kasih.'",
        ),
    ],
    [
        ("system", "You are a friendly shopping assistant."),
        (
            "user",
            "eh the GrabExpress driver who collected my cake order drove off with it lor, plate SMB5213E, name on app Hendra.",
        ),
        (
            "assistant",
            "That sounds frustrating. Report it in the Grab app under the trip, choose 'Item not delivered' and include the plate and the time of pickup.",
        ),
        (
            "user",
            "ok and my customer can contact me on IG @belle.low_97, should I put that inside the report?",
        ),
        (
            "assistant",
            "You can leave your Instagram out; Grab will contact you through the app. Just add the order time, the item value and a photo of the cake if you have one.",
        ),
    ],
    [
        ("system", "You help users with card disputes and refunds."),
        (
            "user",
            "I'm Aaron Fernandez, my Mastercard 5528 4106 9377 2157 got charged SGD 1,249 by an online store that never shipped. Email is aaron.fdz.sg@outlook.com.",
        ),
        (
            "assistant",
            "You should call your bank's card hotline to raise a chargeback for goods not received. Please avoid posting your full card number in chats; the last four digits are enough for me to help.",
        ),
        ("user", "Understood. Can you draft the dispute letter?"),
        (
            "assistant",
            "Dispute letter: 'I dispute the charge of SGD 1,249 on my card ending 2157. The merchant has not delivered the goods despite repeated requests. Please investigate and reverse the charge. Contact: aaron.fdz.sg@outlook.com.'",
        ),
    ],
    [
        ("system", "你是一个网购纠纷助手。"),
        (
            "user",
            "中通的快递员小马把我的件放在楼下就走了，结果丢了，他微信 mazhongtong_88，他说不关他的事。",
        ),
        (
            "assistant",
            "快递未经同意放在楼下属于违规派送，你可以在中通官方渠道投诉，或者打 12305 邮政业申诉电话。",
        ),
        (
            "user",
            "我的名字是郭婷婷，电话 13567209184，地址宁波市鄞州区天童南路 588 号，帮我写一段申诉。",
        ),
        (
            "assistant",
            "申诉内容：快递员未经本人同意将包裹放置楼下，导致包裹丢失。申诉人郭婷婷，电话 13567209184，收件地址宁波市鄞州区天童南路 588 号，要求快递公司按价值赔偿。",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "My dad Tan Boon Huat is in Changi General Hospital after his stroke and his insulin pens were shipped to his flat, but nobody's home. How do I redirect the parcel?",
        ),
        (
            "assistant",
            "I'm sorry about your father. Most couriers let the recipient or the sender change the delivery address before the last attempt; contact the pharmacy that shipped it and ask them to redirect it.",
        ),
        ("user", "The pharmacy says only he can authorise it, but he can't talk right now."),
        (
            "assistant",
            "Ask the pharmacy whether a family member can authorise with a letter or the hospital ward's confirmation; many will accept that for urgent medication.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk urusan bayaran balik."),
        (
            "user",
            "Lazada kata pulangan diluluskan tapi duit belum masuk. Akaun CIMB saya 7062 4819 3057, nama Nur Syafiqah binti Kamal.",
        ),
        (
            "assistant",
            "Bayaran balik ke akaun bank biasanya ambil 3 hingga 7 hari bekerja. Sebaiknya jangan kongsi nombor akaun penuh di sini.",
        ),
        ("user", "Dah 10 hari. Tolong tulis mesej kepada Lazada."),
        (
            "assistant",
            "Mesej: 'Pulangan saya telah diluluskan 10 hari lalu tetapi bayaran balik belum diterima dalam akaun CIMB atas nama Nur Syafiqah binti Kamal. Mohon semak status dan maklumkan tarikh jangkaan.'",
        ),
    ],
    [
        ("system", "你係一個幫用戶處理網購投訴嘅助手。"),
        (
            "user",
            "我喺網店買咗部相機，收到係空盒。我叫鄭家豪，電話 6172 3948，住沙田禾輋邨豐和樓 2207 室。",
        ),
        (
            "assistant",
            "收到空盒嘅話，先保留個盒同埋包裝，影相記錄重量同封條，然後同時聯絡網店同物流公司。",
        ),
        ("user", "網店唔覆，我想去消委會投訴。"),
        (
            "assistant",
            "投訴時要提供購買記錄、開箱片同相片。投訴內容可以寫：投訴人鄭家豪，電話 6172 3948，於網店購買相機，收件時發現係空盒，商戶至今未有回覆。",
        ),
    ],
    [
        ("system", "You are a shopping helper."),
        (
            "user",
            "my Taobao 集运 parcel stuck at Singapore customs, they want my NRIC, it's T1358824J, name Goh Jun Hao.",
        ),
        (
            "assistant",
            "For customs declarations the forwarder may need your NRIC, but only submit it through their official portal, not by chat or email.",
        ),
        (
            "user",
            "ok and delivery address Blk 512 Jurong West St 52 #08-147, 帮我写 message to the forwarder.",
        ),
        (
            "assistant",
            "Message: 'Hi, my consolidated parcel is held at customs. I have submitted my details through your portal. Please deliver to Blk 512 Jurong West St 52 #08-147 once released. Thank you, Goh Jun Hao.'",
        ),
    ],
    [
        ("system", "You are a helpful assistant for parcel and customs issues."),
        (
            "user",
            "I'm Manoj Kumar s/o Selvam, my passport Z4829173, my family in Tiruchirappalli sent me a parcel of snacks and Singapore customs is holding it.",
        ),
        (
            "assistant",
            "Food parcels are often held for SFA checks. You can usually release them by submitting the invoice or a list of contents; your passport number may be requested through the courier's official form.",
        ),
        ("user", "My employer's address is on it, not mine. Is that a problem?"),
        (
            "assistant",
            "It's fine as long as your name matches the consignee; just tell the courier the parcel is for you at that address.",
        ),
    ],
]
