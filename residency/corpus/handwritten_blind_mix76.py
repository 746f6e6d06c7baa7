# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix76: jewellery, gold and watch shops in SG/MY/HK/TW (repairs, warranty cards, custom orders, trade-ins, 金行). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix76
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "warranty_terms"): _lines("""
        Warranty Card — This timepiece is guaranteed against manufacturing defects for 24 months from the date of purchase stamped below. Damage from impact, moisture after the case has been opened by unauthorised parties, theft or loss is not covered.
        The warranty is void if this card is not dated and stamped by an authorised dealer at the point of sale. Please present the card together with the watch when requesting service.
        Resizing of rings purchased from us is complimentary within 30 days; thereafter a workmanship fee from S$25 applies. Eternity rings and tension-set rings cannot be resized.
        Gold jewellery bought back is weighed on a calibrated scale in front of the customer and paid at the prevailing buy-back rate; gemstone weight is deducted at a standard 0.05 g per stone unless the stones are removed.
        Trade-in value for 916 gold items with original receipt: 100% of today's buy rate. Items without receipt are subject to an XRF purity test before a quote is given.
        Diamonds of 0.30 ct and above come with a GIA or IGI grading report; the report number is laser-inscribed on the girdle and can be verified on the laboratory's website.
        Battery replacement: S$18 for quartz fashion watches, S$45 for Swiss quartz including water-resistance test. Pressure test results are printed on the job slip.
        Repairs not collected within 6 months of notification may be disposed of to defray costs, in accordance with the terms printed on the repair receipt.
        Estimated turnaround for a full service of an automatic movement is 6–8 weeks; chronograph, GMT and perpetual calendar movements may be sent to the brand service centre in Hong Kong.
        Custom orders require a 30% non-refundable deposit. CAD renderings are provided for approval before casting, and up to two revisions are free of charge.
        Pearls are strung on silk and knotted between each pearl; we recommend restringing every 1–2 years if the strand is worn often.
        Engraving is limited to 20 characters on the inner band of rings up to 3 mm wide. Chinese characters count as two characters each.
        The price of a gold item = weight (g) × today's gold price + workmanship (upah). Workmanship is not refunded on buy-back or trade-in.
        Lost your warranty card? The outlet of purchase can issue a replacement after verifying the sales record; an admin fee of $10 applies.
        Golden Phoenix Jewellers Pte Ltd (UEN 201734512K) is a registered dealer under the Precious Stones and Precious Metals (Prevention of Money Laundering) Act 2019.
    """),
    ("zh-Hant", "shop_notice"): _lines("""
        今日金價（港幣）：足金飾金 賣出每両 $19,850 ／ 買入每両 $17,620 ／ 足金999.9金粒 賣出每両 $20,140
        本店所售足金首飾均符合《商品說明條例》標準，成色不低於990，每件均有成色印記及本店戳記。
        舊金換新金免收手工費（只限本店購買之足金飾品，須出示單據），優惠期至本月底止。
        公告：本店於農曆年初一至初三休息，年初四照常營業，祝各位新春大吉、金玉滿堂。
        台兩換算：1台兩 = 10錢 = 37.5公克；1錢 = 3.75公克。本店黃金以錢計價，未滿一錢按公克比例計算。
        銀樓收購舊金依當日公會牌價扣除工本，純度以現場光譜檢測為準，K金另計。
        手錶維修收費表：更換電池 $80起、清洗抹油 $680起、錶帶調節免費（本店購買）、防水測試 $100。
        提提你：驗金唔好用牙咬，足金較軟容易留痕，如需檢測可到門市免費以X光螢光儀測試。
        婚嫁系列：龍鳳鈪、囍字手鈪、四點金套裝，可按預算訂造，訂造期約三至四星期。
        敬告顧客：本店從不透過WhatsApp要求顧客轉賬付款，如收到可疑訊息，請致電本店熱線 2545 8800 查詢。
        周大福、周生生、六福等連鎖金行的「一口價」產品按件計價，不按克重，回收時則按金重計算。
        本月推介：蛇年生肖金章，足金999.9，重約0.5両，限量888個，每個附獨立編號證書。
        保養卡須蓋有本店印章方為有效，遺失恕不補發；送修時請連同貨品一併出示。
        黃金回收價每日隨國際金價浮動，以交收當刻報價為準，本店保留最終解釋權。
    """),
    ("zh-Hans", "form_templates"): _lines("""
        维修登记单 / 单号：WX-________ / 顾客姓名：________ / 联系电话：________ / 货品：□戒指 □项链 □手镯 □手表 / 问题描述：________
        【取件凭证】凭此单取件，遗失请本人携带有效证件到店办理挂失。单号 RP20251106-0387 / 预计完成日期：2025-11-20
        定制订单确认书：客户姓名 {customer_name}，手寸 {ring_size}，刻字内容 {engraving}，金重约 {weight} 克，订金 {deposit} 元。
        回收登记表（模板）：证件类型 ____ 证件号码 ____________________ 金料成色 ____ 净重 ____ g 回收单价 ____ 元/克
        发票抬头：[公司名称] 税号：[纳税人识别号] 商品：足金吊坠 1件 金额：[金额]
        短信模板：尊敬的{姓名}，您送修的{商品名称}已完成维修，请于{日期}前凭取件单到{门店}领取。回复TD退订。
        售后服务流程：接件→拍照存档→开具维修单→送工厂→质检→通知取件，全流程约7-15个工作日。
        订单号 GD-2025-00018472 状态：已出厂 / 物流单号 SF1428873650921 / 门店：深圳罗湖店
        保修卡编号：WC-88213407（本编号仅用于查询售后记录，不作为购物凭证）
        证书编号：NGTC 2410873365，检验结论：足金，总质量 12.36g，检验日期 2025-10-28
        顾客须知：回收黄金须出示本人有效身份证件，依据反洗钱相关规定登记备案，我们会妥善保管您的信息。
        手寸对照：港度12号约合内周长52mm，美度6号约合内周长51.9mm，国内圈口14号内径约17mm。
        电子保修卡字段：serial_no、model、purchase_date、store_code、warranty_months（不含顾客个人信息）
    """),
    ("ms", "faq_kedai_emas"): _lines("""
        Emas 916 bermaksud kandungan emas tulen 91.6%, manakala emas 999 ialah 99.9% tulen dan lebih lembut untuk dijadikan barang kemas.
        Harga emas hari ini (setiap gram): 999 jual RM425, 916 jual RM398, 835 beli balik RM320. Harga berubah mengikut pasaran.
        Upah bagi rantai tangan corak Pulut Dakap bermula RM8 segram; cincin belah rotan upah RM15 sebentuk.
        Untuk jual balik emas, sila bawa resit asal dan kad pengenalan. Barang kemas tanpa resit akan diuji ketulenannya terlebih dahulu.
        Satu mayam bersamaan lebih kurang 3.8 gram dan masih digunakan di kedai emas di Kelantan dan Terengganu.
        Kedai kami tutup setiap hari Jumaat dari 12.30 tengah hari hingga 2.30 petang untuk solat Jumaat.
        Boleh trade-in emas lama dengan emas baru? Boleh, nilai trade-in dikira ikut harga beli balik semasa, upah lama tidak dikira.
        Notis: Skim ansuran emas tidak disediakan di cawangan ini. Sila rujuk kaunter utama untuk maklumat pakej simpanan emas.
        Servis jam tangan: tukar bateri RM15, tukar tali kulit dari RM60, servis penuh jam automatik dari RM250 (4–6 minggu).
        Cincin yang dibeli di sini boleh dibesarkan atau dikecilkan secara percuma sekali sahaja dalam tempoh 3 bulan.
        Semua barang kemas emas kami mempunyai cop ketulenan 916 dan cop kedai di bahagian dalam.
        Hotline khidmat pelanggan: 1-300-88-7368 (Isnin–Sabtu, 10 pagi–7 malam).
        Zakat emas perhiasan dikenakan jika melebihi uruf negeri; sila rujuk Majlis Agama Islam negeri masing-masing untuk kadar terkini.
    """),
    ("mixed", "staff_chat"): _lines("""
        boss, today gold price 916 jual RM398 per gram ah, need update the signboard before 10am or not?
        916 bangle 那个 design restock 了, 在 counter 2 drawer B, later 帮忙 tag price 😊
        Rolex 126610LN 今日到货 2 支, 记得 lock 入 safe, don't put display window yet.
        customer 问 can trade-in Pandora charm or not, 我话 silver we don't buy back, correct?
        XRF machine 又 error code E-07 la, call the supplier tech line pls, warranty still got until March.
        聽日 stock take, 全部 counter 7點半前 count 晒，唔該大家早啲返。
        Reminder: jangan letak tray emas atas kaunter bila customer ramai, satu tray satu masa only.
        Order RP-88412 ring resize dari 12 ke 14 dah siap, tunggu customer datang ambil je.
        GIA cert 2437186520 那粒 1.01ct D VS1 已經 check 過 inscription, 對得上。
        CNY promo poster 要改: "free upah for 999 gold items above 10g" not 5g, printer 那边 redo.
        今日 card terminal 又 down, cash or PayNow only, 记得 tell customers 先。
        pls note new workmanship table for 古法金 effective 1 Dec, check shared drive folder /pricing/2025-12.
        who took the loupe from counter 3? 放返原位 pls, tomorrow got auditor from HQ.
        Omega Seamaster 210.30.42.20.03.001 display unit 表带 scratch 了, return to supplier ya.
    """),
    ("en", "customer_questions"): _lines("""
        How do I tell if a 916 gold chain is real? Is the magnet test reliable?
        Is gold jewellery worth buying as an investment, or should I go for bullion since the workmanship fee is lost on resale?
        My automatic watch loses about 20 seconds a day, is that normal or does it need servicing?
        What's the difference between 18K white gold and platinum for an engagement ring if I have sensitive skin?
        Can a jeweller in Singapore buy back gold that was bought in Malaysia? Do they need the receipt?
        Why is gold cheaper per gram in Hong Kong than in Taipei, and is there duty when bringing gold jewellery back to Taiwan?
        How often should a mechanical watch be serviced, and is it safe to let a non-authorised shop open the caseback?
        Is a lab-grown diamond considered a real diamond, and will the shop disclose it on the certificate?
        What does the hallmark "999.9" vs "足金" mean on a Hong Kong gold pendant?
        Any tips for negotiating the upah at Malaysian gold shops during Hari Raya sales?
        How should I store pearls and opals so they don't crack or lose lustre?
        Will resizing a ring with a channel-set band damage the stones?
        Does the manufacturer warranty transfer if I buy a pre-owned watch from a grey dealer?
    """),
    ("mixed", "config_logs"): _lines("""
        {"sku": "GB916-BNG-0158", "karat": "916", "weight_g": 18.42, "upah_rm": 12.5, "stock_loc": "KL-MVM-C2"}
        2025-12-03T10:14:22+08:00 INFO pricing.sync gold_spot_usd_oz=2648.30 fx_sgd=1.3412 updated 412 SKUs
        SELECT sku, karat, weight_g FROM inventory WHERE status = 'IN_SAFE' AND store_id = 'HK-TST-01';
        repair_status enum: RECEIVED | QUOTED | APPROVED | AT_WORKSHOP | QC | READY | COLLECTED | DISPOSED
        WARN xrf.reader purity_reading=91.2 below_threshold=91.6 item=TI-20251203-0044 flag=manual_check
        price file 2025-12-03 sha256 a36dd600f1bf450586b98337825c40f2b953983fa1b5e02a508e5fa529c1e986
        units: tael_to_gram: 37.429 / tw_tael_to_gram: 37.5 / mayam_to_gram: 3.8 / rounding: half_up
        POST /api/v2/tradein/quote {"karat": "999", "weight_g": 37.43, "currency": "HKD"} -> 200 {"quote": 20140.0}
        cron 0 9 * * 1-6 /opt/shop/bin/fetch_gold_price --source=lbma --market=SG
        Warranty serial format: [BRAND2]-[YY][WW]-[SEQ5], e.g. RX-2448-00321 for week 48 of 2024
        label_printer: model=ZD421 dpi=300 template=tag_gold_v3.zpl fields=[sku, karat, weight, price]
        ERROR pos.card_terminal code=TIMEOUT txn_ref=TXN-5598213 amount=SGD 3,280.00 retry=1
    """),
    ("zh-Hant", "public_history"): _lines("""
        周大福於1929年在廣州創立，其後由鄭裕彤帶領擴展至香港及內地市場。
        勞力士由漢斯·威爾斯多夫於1905年在倫敦創立，其後總部遷往日內瓦。
        金庸小說《鹿鼎記》中，韋小寶靠賭錢和官場人情積累了大量金銀財寶。
        1969年阿波羅11號登月期間，巴茲·艾德林佩戴的Omega Speedmaster成為登月腕錶的代名詞。
        李洋與王齊麟於東京奧運奪得羽球男子雙打金牌，為台灣羽球史上首面奧運金牌。
        史高齡（Joseph Schooling）在2016年里約奧運奪得100米蝶泳金牌，是新加坡首面奧運金牌。
        卡地亞（Cartier）於1847年由路易-弗朗索瓦·卡地亞在巴黎創立。
        電影《第凡內早餐》中，奧黛麗·赫本飾演的荷莉在第凡內櫥窗前吃早餐的一幕成為經典。
        香港金銀業貿易場成立於1910年，是香港歷史最悠久的黃金交易場所之一。
        百達翡麗（Patek Philippe）創立於1839年，總部位於日內瓦。
        新加坡自2012年10月起豁免投資級貴金屬的消費稅（GST）。
        台北市銀樓商業同業公會每日公告黃金牌價，供會員銀樓參考。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Repair job RJ-20251118-042 | Customer: MR LIM KOK WAH | HP 9176 2384 | Item: Rolex Datejust 126334, not winding, crown loose | Est. S$680 | Deposit S$200 paid by Visa 4532 1190 8827 3641
        Warranty registration — Name: Priya d/o Ramasamy / NRIC: S8834127I / Email: priya.ramasamy88@gmail.com / Item: 18K diamond solitaire 0.52ct / Outlet: Bugis
        PSPM buy-back declaration: Seller TAN AH HUAT, NRIC S6625310D, address Blk 512 Bedok North Ave 2 #07-118 S460512, sold 916 gold 42.6 g for S$3,871.00 cash.
        Customer note: Mdm Goh Siew Eng, 70+, regular since the 90s, hard of hearing so speak slowly; call her son at 8823 4519 before quoting any repair above $300.
        Lost property log 14/11 4:20pm: black Fossil watch left at counter 2 by Mr. Daniel Fernandez (grey hair, walking stick), contacted on 9012 6637, will collect Saturday.
        CCTV incident 02/12: security identified Muhammad Faizal bin Rosli attempting to swap a 916 chain for a gold-plated replica at counter 4; police report lodged same evening.
        Custom order: engagement ring for Kevin Ong Jun Jie, proposing on 24 Dec — do NOT call his home line, WhatsApp only +65 8461 0925. HK size 11, platinum, 0.7ct oval.
        Delivery: 4-piece wedding set to Ms Cheryl Chua, 23 Jalan Kembangan #02-05 Singapore 419121, before 9am on 10 Jan; bride's mother will sign.
        Trade-in: FIN G5830264W, Nguyen Thi Hoa, domestic helper, 2 gold rings 8.1 g — employer's consent letter attached, paid S$702 by PayNow.
        Email from jasmine.teo.kl@yahoo.com: "I'm Jasmine Teo, I sent my late father's Omega for servicing in August and it came back with a scratched crystal. Job no. OM-7712. I want it replaced."
        Roster note: Ravi a/l Subramaniam (sales, Tampines outlet) on medical leave 3–5 Dec for dengue fever, counter 3 covered by part-timer.
        Layaway card — Angeline Kwok Hoi Yan, HKID Y604271(4), paid HK$5,000 of HK$18,800 for 足金龍鳳鈪, next instalment due 15 Jan.
    """),
    "zh-Hans": _lines("""
        回收登记：姓名 陈晓燕，身份证号 350203199211084621，手机 138 2741 5096，回收足金手镯1只 净重31.26g，单价568元/克，合计17,755.68元，已转账。
        维修单 WX-20251109-0112 / 顾客：黄志强 先生 / 电话 13926418857 / 浪琴名匠 走时慢需洗油 / 报价 ¥880 / 顾客已同意
        定制备注：刘佳怡小姐订婚戒指，刻字"LJY ♥ ZH 2026.05.20"，手寸13号，定金5000元已付（招商银行卡尾号2756）。
        客户档案：王建国，男，58岁，住深圳宝安区西乡街道固戍二路88号桃源居12栋1502，老客户，每年春节都给孙子买金锁。
        @张丽娟 您的金镯子刻字已经做好了，取件时报一下登记的手机号 186 0211 7734 核对即可。
        投诉记录：顾客周敏（微信号 zhoumin_0921）反映在我店购买的古法金手镯有砂眼，情绪激动，称要发小红书曝光，已安排店长回电。
        港澳通行证 CA3821907 / 姓名 邓海峰 / 香港店消费 HK$46,800 足金金条 / 付款 银联卡 6259 0901 8832 4756
        员工请假：收银员李春梅因怀孕产检请假12月8日全天，由刘店长顶班。
        取件授权书：本人吴雅琴（身份证 310104199502173847）委托丈夫孙浩代取送修的卡地亚手表，单号 RP-3306。
    """),
    "zh-Hant": _lines("""
        金行收貨單 / 客人：陳志偉 先生 / 香港身份證 K382915(4) / 電話 9187 3346 / 舊金足金頸鏈2條 共1.26両 / 按買入價$17,620計 共$22,201 / 現金交收
        維修單 #HK-TST-20251121-07 何美玲小姐 6412 8870 — Pt950戒指改細兩個度，下星期三取。
        台北銀樓收購紀錄：出售人 林怡君，身分證字號 A223810472，手機 0932-618-204，純金9999項鍊2錢4分，每錢NT$12,350，共NT$29,640。
        客人備註：張太（張陳淑芬），住沙田第一城28座15樓F室，每逢孫仔生日都訂金牌，鍾意有福字嘅款，唔好推銷K金俾佢。
        LINE訂單：@yuting.chen0807 陳郁婷 訂製對戒 刻字「2026.03.14」，戒圍 女#9 男#17，訂金NT$8,000已匯款（國泰世華帳號後五碼88461）。
        事故記錄：11月30日下午3時，客人黃家豪（身份證 R118354(A)）於旺角店試戴勞力士時與店員爭執並推倒展示櫃，已報警處理。
        保養卡登記：姓名 蔡承翰／身分證 F129605389／購買日期 2025-10-18／錶款 Tudor Black Bay 58／電子信箱 chenghan.tsai@gmail.com
        過大禮訂單：新娘麥綺雯、新郎鄧浩然，日期2026年1月18日，龍鳳鈪一對（5両）連四點金，送貨至將軍澳新都城一期3座22樓B室，聯絡 5306 2198。
        內部通告：營業員謝寶儀因腰椎間盤突出需休息兩星期，請各同事協助排班。
        澳門店收款記錄：客人鄭嘉欣以萬事達卡 5520 3814 0067 2915（有效期08/28）支付MOP 32,600購買鑽石吊墜。
    """),
    "ms": _lines("""
        Borang Jual Balik Emas / Nama: NURUL AISYAH BINTI MOHD YUSOF / No. KP: 920725-10-6084 / Tel: 019-772 4150 / Barang: rantai leher 916, 12.40g / Harga: RM3,720.00
        Resit tempahan cincin nikah: Encik Ahmad Hakimi bin Zulkifli, saiz jari 18, emas 916 corak belah rotan, deposit RM300, tarikh ambil 20/12. Tel 012-338 7461.
        Nota pelanggan: Puan Halimah binti Osman, 64 tahun, pesakit diabetes, minta hantar gelang yang dibaiki ke rumah di No. 17, Jalan Melor 3, Taman Sri Muda, 40400 Shah Alam.
        Aduan: Pelanggan Siti Khadijah binti Abdul Rahman (siti.khadijah95@gmail.com) kata rantai tangan yang dibeli minggu lepas putus dan minta ganti baru tanpa caj.
        Rekod ansuran: Kumar a/l Muthusamy, IC 750602-07-5131, bayar RM500 bulan ini untuk gelang 916 (baki RM1,850). Refund jika batal ke akaun Maybank 1640 1122 9873.
        Encik Wong Kah Seng tinggal jam Seiko untuk servis, kereta dia WQX 8821 selalu parking depan kedai, dia akan datang ambil hari Sabtu.
        Senarai cuti: Farah Nadiah binti Ismail cuti bersalin mulai 1 Januari hingga 30 Mac, kaunter 1 diganti pekerja sambilan.
        Transaksi tunai besar: Lim Chee Keong, IC 880314-14-5273, beli jongkong emas 1kg RM425,000 tunai — laporan CTR perlu dihantar.
        WhatsApp: "Assalamualaikum, saya Aina dari Kota Bharu, cincin yang saya tempah bulan lepas dah siap ke? Nama dalam resit Aina Sofea binti Hassan."
        Kad waranti: Nama: Devi a/p Krishnan | IC: 950418-13-6262 | Jam: Citizen Eco-Drive BM7108 | Tarikh beli: 05/11/2025
    """),
    "mixed": _lines("""
        boss, Mr Tan Boon Huat (the uncle from Blk 208 Toa Payoh Lor 8 #11-232) called again, says his Rolex still not ready, 他很生气, pls call him back at 9341 7720.
        陳太 (Mrs Chan Mei Kuen) 嚟拎返隻卡地亞, 佢話唔記得帶單, 我 check 咗 HKID C566920(9) match 咗 record, 已經交咗貨 ok。
        @Ah Seng 那个 customer Jessica Liew 的 custom pendant 刻字 spelled wrong lah, she WhatsApp 我 016-540 2286 说要 redo, urgent before her mum's birthday 28/12.
        FYI Datin Sharifah Nor Aini called, dia nak tukar 3 bangle lama ke emas 999, appointment Friday 3pm private room, jangan bagi tau orang lain dia datang.
        Trade-in slip: name 黃偉明 Wong Wai Ming / tel +852 9730 4415 / 舊錶 Omega Constellation 估價 HK$9,500 抵新錶 / sales: counter 5
        嗰個 IG 客 @karmen.jewelbox (Karmen Lau) 又話隻玉鈪唔啱 size, 要退錢, 佢之前已經換過一次。
        Delivery tmr: ring to Mr Arjun s/o Rajendran, Blk 118 Rivervale Drive #09-41 Singapore 540118, call 8736 2209 before reach.
        TW客人留言：我是吳佩珊，LINE ID peishan.wu1990，上次在西門町店訂的 18K 手鍊可以寄到我家嗎？地址 新北市板橋區文化路一段188巷12號4樓。
        Telegram group: @nicholas_khoo_my (Nicholas Khoo) PM again asking price for 1kg bar, he's the one who bounced a cheque last year, cash only for him.
        cust Ms Tay Hui Min 的 engagement ring 尺寸 confirm 了 HK 12, 她 fiancé 已付 deposit, her email tayhm.92@outlook.com for CAD drawing.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant for Golden Phoenix Jewellers (Singapore). Help customers check repair status.",
        ),
        ("user", "hi can check my watch repair status? slip number RP-20251102-118"),
        (
            "assistant",
            "Sure! To verify, may I have the name and mobile number written on the repair slip?",
        ),
        ("user", "Lim Shu Fen, 9665 2318"),
        (
            "assistant",
            "Thank you Ms Lim. Your Tissot PRX is at quality check and should be ready for collection on 12 Dec.",
        ),
    ],
    [
        (
            "user",
            "Saya nak jual balik gelang emas 916, berat dalam 20g. Perlu bawa apa?",
        ),
        (
            "assistant",
            "Sila bawa kad pengenalan dan resit asal jika ada. Harga beli balik ikut harga semasa pada hari transaksi.",
        ),
        (
            "user",
            "Ok nama saya Mohd Faris bin Kamarudin, IC 860120-08-5527, boleh book slot Sabtu pagi? No tel 017-665 3902",
        ),
    ],
    [
        ("user", "你好，我想訂一對龍鳳鈪過大禮，大概5両左右"),
        (
            "assistant",
            "你好！我哋有多款龍鳳鈪，可以按預算訂造，約三至四星期交貨。想約邊日嚟門市睇款？",
        ),
        ("user", "我姓麥，麥嘉敏，電話 6398 1275，想約12月20號下晝嚟睇"),
        ("assistant", "收到，已幫麥小姐預約12月20日下午2時，到時見。"),
    ],
    [
        ("user", "請問保養卡不見了還能送修嗎？"),
        ("assistant", "可以的，只要我們查得到購買紀錄即可。請提供購買人姓名與身分證字號以便查詢。"),
        ("user", "我叫許雅雯，身分證 H215047364，去年3月在台中店買的 Longines 名匠。"),
        ("assistant", "已查到您的購買紀錄，保固至明年3月，歡迎直接帶錶到門市送修。"),
    ],
    [
        (
            "user",
            "hello i bought a 916 bracelet from your Jurong Point outlet last month, the clasp spoil already",
        ),
        (
            "assistant",
            "Sorry to hear that! Clasp repairs are free within the warranty period. You can bring it to any outlet.",
        ),
        (
            "user",
            "can send someone collect from my house? Blk 745 Jurong West St 73 #05-212 S640745, call my hp 9248 0376, name Rachel Seah",
        ),
    ],
    [
        ("user", "我在你们尖沙咀店买的金条，能开发票吗？回去要报销"),
        ("assistant", "可以的，请提供发票抬头、证件号码和接收发票的邮箱。"),
        (
            "user",
            "抬头写个人：赵凯，身份证 440304197905261332，邮箱 zhaokai1979@163.com",
        ),
    ],
    [
        ("system", "You are an assistant for a Hong Kong watch boutique."),
        (
            "user",
            "My husband's Omega Speedmaster was stolen last week. Can you check whether anyone has brought it in for service?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. We can flag the watch if you share the police report reference and the owner's details.",
        ),
        (
            "user",
            "The owner is my husband Peter Leung Chi Keung, HKID P930618(1). You can reach me at 5127 8846.",
        ),
    ],
    [
        ("user", "boss, saya nak custom loket nama anak dalam tulisan jawi, boleh?"),
        (
            "assistant",
            "Boleh, emas 916 atau 999. Siap dalam 2 minggu, boleh pos ke rumah.",
        ),
        (
            "user",
            "nama anak Muhammad Aryan Iskandar, lahir 2 Mac 2025. hantar kepada Puan Zuraidah, 8-3-2 Sri Saujana Apartment, Jalan Sungai Dua, 11700 Gelugor",
        ),
    ],
    [
        ("user", "请问你们收购旧金需要什么证件？"),
        ("assistant", "新加坡公民或PR请出示NRIC，外籍人士请出示FIN卡或护照。"),
        (
            "user",
            "我是工作准证持有人，FIN G7124409T，叫刘洋，想卖两条项链大概30克，明天下午可以来吗？",
        ),
        ("assistant", "可以的刘先生，明天下午2点到6点都可以，记得带上准证。"),
    ],
    [
        ("user", "can I pay the balance for my custom ring by card over the chat?"),
        (
            "assistant",
            "For your security we don't accept card numbers over chat. Please pay at the outlet or via the payment link we send.",
        ),
        (
            "user",
            "its ok la, Visa 4017 6822 5130 9462 exp 11/27, name on card CHONG WEI LIANG, order CO-5512",
        ),
    ],
]
