# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix124: chocolate, cake and custom dessert makers in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix124
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "order_confirmation"): _lines("""
        Order #CK-240918-0173 confirmed ✅ 6-inch Yuzu Chiffon x1, pickup 14:30 @ Tiong Bahru outlet. Balance SGD 38.00 payable at counter.
        多謝訂購！訂單編號 HK-ORD-558201，8吋朱古力心太軟蛋糕，取貨日期 2024-12-24，已收訂金 HK$200，尾數 HK$288 取貨時付清。
        Terima kasih! Order no. KL-7731-B dah confirm, kek Pandan Gula Melaka 1kg, penghantaran 3 Jan antara 2-5pm. Sila bayar baki RM65 sebelum 31 Dis.
        Auto-reply: Hi there 👋 we've received your custom cake enquiry (ref ENQ-00912). Our cake designer will reply within 2 working days. For urgent orders pls call our hotline 6222 0198 (Mon-Sat 10am-7pm).
        订单 SG20241130-4471 状态：已付款 / 制作中 / 预计 12月2日 11:00 配送。如需修改蜡烛数量请于48小时前告知。
        Your Lalamove driver is on the way 🚚 Tracking: LLM-HK-9082-3317. Cake box must stay flat, pls don't accept if box is dented — take photo & email care@sweetharbour.hk within 2 hrs.
        Order ref TW-11293 已成立：生乳捲禮盒 x3、可麗露 12入 x1，合計 NT$2,460（含運）。黑貓宅急便單號 9047-3318-2260，冷凍配送。
        Pre-order for Mid-Autumn 月饼 closes 15 Sept. Snowskin Durian Musang King box (4 pcs) SKU MK-SS-04 RM128, Lotus Double Yolk SKU LT-DY-04 RM98. Limit 10 boxes per order.
        ✅ Payment received via PayNow to UEN 201834567W — amount SGD 156.80, ref INV-2024-0861. Thank you for choosing Cocoa Lane!
        你好！你嘅訂單 #4410 已經安排喺星期六 10:00-13:00 送出，請確保有人收貨。如需更改時段，請 WhatsApp 公司熱線 5123 8870。
        Reminder: custom fondant orders need 10 days lead time. Order #CF-0392 (3-tier, 120 pax) slot reserved pending 50% deposit by Fri 5pm.
        Pesanan #MY-22871: 24 biji cupcake tema Frozen (topper Elsa & Anna), tiada kacang, hantar ke dewan komuniti Taman Tun Dr Ismail. Status: sedia untuk diambil.
        訂單取消確認：#HK-ORD-557960 已於 2024-11-02 取消，訂金 HK$150 將於 7-14 個工作天退回原付款帳戶。
    """),
    ("zh-Hant", "shop_notice"): _lines("""
        【公告】本店所有蛋糕均於同一廚房製作，可能含有花生、堅果、麩質、蛋及奶類，對食物敏感人士請於落單前向店員查詢。
        颱風訊號八號或以上時，當日取貨及送貨服務暫停，已預訂嘅客人可改期一次，毋須額外收費。
        聖誕節期間（12月20日至26日）只接受網上預訂，門市不設即場訂製，敬請留意。
        朱古力工作坊每班最多8人，12歲以下小朋友須由家長陪同，費用 HK$580/位，包材料及包裝盒。
        提提大家：生日牌字數上限15字，中英文均可，特別字款（書法體）另加 $30。
        本店已取得食物環境衞生署烘製食品廠牌照，牌照編號 2912345678，歡迎查閱。
        台北中山店（中山北路二段）12/31 營業至下午6點，元旦公休一天，1/2 起恢復正常營業。
        凡購買任何整個蛋糕，即送蠟燭5支及刀叉套裝；數字蠟燭每支 $8。
        母親節蛋糕取貨時間：5月11日 09:00-20:00，請帶備訂單編號或付款截圖以便核對。
        防詐騙提示：本公司唯一官方 WhatsApp 為 +852 3188 2046，絕不會要求客人提供信用卡驗證碼（CVV）或一次性密碼。
        全素（Vegan）系列不含蛋奶，但與一般產品共用設備，嚴重過敏人士不建議選購。
        「梵高星夜」主題蛋糕係參考 Van Gogh 嘅《星夜》設計，唔係授權產品，純屬致敬。
        即日起電子發票將存入您登記的手機條碼載具，如需統一編號請於結帳時填寫公司抬頭。
    """),
    ("zh-Hans", "delivery_log"): _lines("""
        [2024-12-01 09:14:22] DISPATCH order=SG20241201-0032 zone=D15 eta=10:05 temp_box=4.2°C status=OUT_FOR_DELIVERY
        2024-11-28 16:40 配送异常：订单 MY-30418 收件地址为商场，保安不允许骑手上楼，已改为在 B1 客服台交接。
        批次 LOT-CHOC-2411-07 出库 36 件，冷链车编号 VAN-03，出车温度 3.8°C，到店温度 5.1°C。
        配送统计（11月）：准时率 96.3%，延误 41 单，其中 17 单因暴雨，蛋糕损坏 5 单已全额退款。
        物流单号 SF1402836759013 状态：已签收（大堂前台代收） 2024-12-03 14:22
        温控报警：冷藏柜 FR-02 于 03:12 升至 9°C，持续 25 分钟，值班主管已将 14 个慕斯蛋糕报废。
        新加坡邮区 238859、079903 的订单统一由乌节路中转站发出，截单时间每日 15:00。
        取件码 7730，请于 18:00 前到 Jurong Point 自提柜 A-12 取件，逾时将退回门店。
        今日共 128 单：自取 54、配送 74；含过敏备注订单 9 单（坚果 6、麸质 2、乳糖 1）。
        吉隆坡区配送费调整：市中心 RM12，八打灵再也 RM15，蒲种 RM18，满 RM200 免运费。
        订单 CN-SZ-88213 深圳前海仓出货，顺丰冷运，预计 48 小时内送达香港，报关单号 5305 2024 1100 8837。
        回调日志：webhook /api/v2/delivery/status 返回 502，重试 3 次后成功，trace_id=7f3c9a1e2b4d4e0f。
        骑手平均每单耗时 18 分钟，高峰时段（11:30-13:30）延误率上升至 12%，建议增加 2 名兼职骑手。
    """),
    ("ms", "workshop_posts"): _lines("""
        Bengkel Kek Lapis Sarawak untuk pemula! Sabtu 14 Dis, 10 pagi - 4 petang, yuran RM250 termasuk bahan. Tempat terhad 12 orang.
        Kelas coklat tempering: kita belajar kenapa coklat gelap perlu naik ke 45°C, turun ke 27°C, kemudian 31°C. Bawa apron sendiri ya.
        Semua produk kami ada sijil halal JAKIM, no. rujukan sijil 1100-02/2024, sah sehingga Jun 2026.
        Peserta bengkel minggu lepas: 9 orang, 7 puas hati, 2 minta kelas lanjutan fondant. Terima kasih semua!
        Soalan: boleh tak guna tepung gandum biasa untuk kek span kalau tiada tepung kek? Jawapan: boleh, buang 2 sudu besar tepung dan ganti dengan tepung jagung.
        Kek Red Velvet dikatakan dipopularkan oleh Hotel Waldorf-Astoria di New York — cuba resipi versi kurang manis kami hari ni!
        Promosi Hari Raya: kuih bangkit, tart nenas & kek batik, beli 3 balang percuma 1. Sah sehingga 31 Mac.
        Pendaftaran bengkel dibuka: isi borang di link bio, nama & nombor telefon akan diminta semasa pendaftaran (tidak dikongsi dengan pihak ketiga).
        Jadual kelas Disember: 7/12 Macaron asas, 14/12 Kek Lapis, 21/12 Log Kek Krismas, 28/12 Coklat truffle. Semua kelas di Studio Bangsar, Jalan Telawi 3.
        Teknik macaron Ispahan ni asalnya dari Pierre Hermé — ros, laici dan raspberi dalam satu gigitan.
        Kami cuti sempena Deepavali 31 Okt - 1 Nov. Pesanan online masih diterima, penghantaran bermula 2 Nov.
        Tips simpan kek: kek krim keju boleh tahan 3 hari dalam peti sejuk (4°C), jangan simpan dalam peti beku lebih 1 bulan.
        Harga kelas kanak-kanak (7-12 tahun): RM120 seorang, diskaun 10% untuk adik-beradik. Minimum 5 peserta.
    """),
    ("en", "complaint_tickets"): _lines("""
        TKT-20931 | Severity: High | Customer A reported a hair in a slice of Black Forest, batch BF-1127. Duty manager replaced the cake and issued an SGD 20 voucher. Root cause: hairnet not worn during decoration; retraining scheduled.
        Complaint summary Q3: 42 tickets total — 18 late delivery, 11 wrong inscription, 7 melted in transit, 4 allergen labelling, 2 rude service. Median resolution 1.6 days.
        TKT-21004: inscription said 'Happy Birthday Grandpa' instead of 'Happy 80th Grandpa'. Remade within 2h at no charge. Closed.
        Ticket #HK-3381 escalated to QA lead — 3 guests from the same corporate order (60 cupcakes for a bank's year-end party) reported stomach upset. Samples sent to lab; no names recorded per policy.
        Refund approved for order #SG20241105-0021: 50% refund (SGD 44.50) because the cake topper was missing. Approved by: Store Manager (Orchard).
        Re: your complaint ref C-00782 — Dear Customer, we're sorry the macarons arrived cracked. We've credited 300 loyalty points to your account. Regards, Customer Care Team
        Google review response template: Hi {reviewer_name}, thank you for your feedback about {product}. Please DM us your order number so we can make it right.
        Internal note: TKT-21117 is a duplicate of TKT-21115 (same order, submitted via web form and email). Merge and close.
        Allergen incident log #AL-007: walnut fragments found in 'nut-free' brownie tray, 0 reported reactions, 36 units recalled from 2 outlets, supplier batch WN-2210 quarantined.
        SLA breach report: 6 tickets unanswered >48h during CNY week; cause: 2 of 4 CS agents on annual leave. Action: roster temp staff from the agency.
        Customer says the Wonka-style golden ticket inside the chocolate bar was 'misleading' — explain it's a Roald Dahl themed gift card, not a contest. Ticket TKT-21302.
        Chargeback notice: Visa dispute case VD-88120433 for txn on 2024-10-12, amount HKD 1,280, reason code 13.1 (merchandise not received). Upload proof of delivery by 30 Oct.
        TKT-21420 | Suntec City mall management complained our delivery trolley blocked a fire exit at 08:30. Told the morning crew to use loading bay B.
    """),
    ("en", "recipes_and_history"): _lines("""
        How do I stop my ganache from splitting? I used 70% Valrhona Guanaja with 35% cream at 1:1 and it went oily.
        The Sachertorte was created in 1832 by Franz Sacher, a 16-year-old apprentice cooking for Prince Metternich in Vienna.
        Pavlova is named after the Russian ballerina Anna Pavlova, who toured Australia and New Zealand in the 1920s — both countries still argue over who invented it.
        Ruth Wakefield of the Toll House Inn is credited with inventing the chocolate chip cookie around 1938.
        Milton Hershey opened his chocolate factory in Pennsylvania in 1905; the town around it is still called Hershey.
        Peach Melba was created by Auguste Escoffier for the Australian soprano Nellie Melba at the Savoy in London.
        Why does my chiffon cake collapse after I invert it? Oven 160°C, 55 min, 8-inch tube pan, egg whites beaten to stiff peaks.
        Madeleines became famous through Marcel Proust's In Search of Lost Time, where the narrator dips one in lime-blossom tea.
        Quick conversion: 1 cup cake flour ≈ 120 g, 1 cup caster sugar ≈ 200 g, 1 tbsp cocoa powder ≈ 5 g.
        In Matilda, Bruce Bogtrotter is forced by Miss Trunchbull to eat an entire chocolate cake in front of the whole school.
        Best chocolate for tropical climates? In SG/MY humidity, compound coating holds shape better than untempered couverture, but it tastes waxier.
        Baked Alaska was reportedly named at Delmonico's in New York in 1867 to celebrate the US purchase of Alaska.
        Is carob safe for dogs? We want to launch a dog birthday cake line — recipe uses carob, oat flour and pumpkin, no xylitol.
    """),
    ("mixed", "config_code"): _lines("""
        ALLERGENS = ['peanut', 'tree_nut', 'gluten', 'egg', 'milk', 'soy', 'sesame']
        order_ready_template: 'Hi {{first_name}}, your {{cake_size}} {{flavour}} cake is ready for pickup at {{outlet}} on {{date}}.'
        SELECT outlet, COUNT(*) AS orders, SUM(total_sgd) FROM orders WHERE order_date >= '2024-11-01' GROUP BY outlet;
        sku,name,price_myr,halal,contains_nuts / KKL-001,Kek Lapis Prune 1kg,88.00,Y,N / KKL-002,Kek Lapis Horlicks 1kg,92.00,Y,N
        cake-shop-pos v3.14.2 (build 20241122.7) — fixed: receipt printer duplicating deposit line; known issue: GST 9% rounding on split bills.
        sha256(menu_2024Q4.pdf) = 0348b1f492c11f03d6bbb957401f53e42b4518b0844483e878d348813605edcf
        表单字段：姓名（必填）、手机号码（必填）、取货日期、过敏原说明（选填）、生日牌文字（最多15字）。
        cron: 0 6 * * * /opt/bakery/bin/export_orders --region=MY --mask-pii --out s3://bakery-exports/daily/
        if order.lead_time_days < 3 and order.tier_count > 2: raise ValidationError('Multi-tier cakes need at least 3 days notice')
        LINE Bot 設定：channel_id=1657283941、webhook=https://bot.example-cake.tw/line/callback、自動回覆關鍵字「訂蛋糕」「過敏」「運費」。
        .env.example: STRIPE_PUBLIC_KEY=pk_test_xxxxxxxxxxxx SHOPEE_PARTNER_ID=<your_partner_id> SHOP_HOTLINE=+65 6000 0000
        delivery_slots = {'SG': ['09:00-12:00', '12:00-15:00', '15:00-18:00'], 'MY': ['10:00-14:00', '14:00-18:00']}
        ORDER_NO_PATTERN = '^(SG|MY|HK|TW)[0-9]{8}-[0-9]{4}$'  # e.g. SG20241130-4471
    """),
    ("mixed", "invoice_business"): _lines("""
        TAX INVOICE — Cocoa Lane Pte. Ltd. (UEN 201834567W, GST Reg No. M90-1234567-8) | INV-2024-0877 | 1x Chocolate Truffle 8in SGD 88.00, delivery SGD 15.00, GST 9% SGD 9.27, Total SGD 112.27
        Manis Manja Bakery Sdn. Bhd. (202101034567 / 1423456-X), No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur. Tel: 03-2141 8800. SST No. W10-2101-32000123.
        甜心烘焙有限公司｜商業登記號碼 71234567-000-08-24-3｜九龍旺角彌敦道 688 號 12 樓｜中央廚房熱線 2388 6620
        統一編號 24536781｜可可小屋食品有限公司｜電子發票 AB-12345678｜品項：巧克力布朗尼禮盒 x2 NT$1,160｜營業稅 5% 已內含。
        Quotation Q-2024-112 for corporate order: 300 branded cookie tins @ HKD 68 = HKD 20,400; logo printing setup HKD 1,500; valid 30 days. Attn: Procurement Department.
        Payment terms: 50% deposit upon confirmation, balance 3 days before event. Bank: DBS Bank Ltd, account name Cocoa Lane Pte Ltd, account no. 072-900123-4, SWIFT DBSSSGSG.
        供应商对账单（11月）：可可粉 25kg x 8 包、法芙娜 70% 3kg x 12 包、动物奶油 1L x 240 盒，合计 SGD 7,842.60，请于 30 天内付款。
        Purchase order PO-MY-0442 — 20 x Anchor butter 5kg, 10 x Hershey's cocoa 2.27kg, 6 x Callebaut 811 callets 10kg; deliver to central kitchen, Seksyen 15 Shah Alam.
        Credit note CN-00091 issued against INV-2024-0852 for 12 damaged cake boxes returned, amount SGD 54.00.
        營業時間：星期一至六 11:00-20:00｜查詢：2388 6621｜電郵：orders@tianxin-bakery.hk｜IG：@tianxinbakery_hk
        Customer service: support@kekmanja.my | WhatsApp Business +60 3-7890 1122 | Office: Lot 5, Jalan Teknologi 3/5, Kota Damansara, 47810 Petaling Jaya.
        2024 annual sales summary: SG 41% / MY 33% / HK 17% / TW 9%; top SKU: Burnt Cheesecake 6in (BC-06), 18,420 units.
        Franchise enquiry? Email partnerships@cocoalane.sg — we'll send our franchise deck (v2.3) and FAQ. Please do not send personal documents at this stage.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Order #CK-241203-0088 for Rachel Lim Hui Min — her daughter Chloe (6) has a confirmed egg allergy, went into anaphylaxis last year; use egg-free sponge and separate piping bags.
        Pls call the customer back on 9147 3682 re: the 3-tier wedding cake, she wants to change the topper from roses to orchids.
        Refund to card 4556 3180 2714 9067 (exp 08/27) for TKT-21511, cardholder Daniel Koh Wei Jie, SGD 132.40.
        Delivery address: Blk 428 Ang Mo Kio Ave 3, #09-1147, Singapore 560428 — recipient Mdm Goh Siew Lan, 82, hard of hearing, ring the bell twice and wait.
        Staff file: Kavitha a/p Subramaniam, pastry assistant, late 7 times in October; second written warning issued 4 Nov, next incident may lead to termination.
        Marcus de Souza paid only the deposit for his engagement cake and hasn't replied since; outstanding SGD 420, we're filing at the Small Claims Tribunal next week.
        NRIC S8743516D provided for the workshop insurance form — Tan Jia Hui, truffle class on 14 Dec.
        Jun Hao from the Tampines branch told me he's seeing a psychiatrist for panic attacks, so pls don't roster him alone on the closing shift.
        Mrs Fernandez ordered a small 'One Year Strong' cake for her son Adrian — he's one year sober out of rehab on Friday. Keep it discreet at pickup.
        Rider complaint: Mohammad Rakibul Hasan, work permit holder, says his pay for 61 deliveries in Nov was short by SGD 84; his FIN is G6154027Q.
        IG @chloe.bakes.at.home DMed us threatening a bad review unless we refund; her real name is Joanne Teo and she ordered under her husband's account.
    """),
    "zh-Hant": _lines("""
        客人黃嘉欣（電話 6283 4157）訂咗個 8 吋芒果拿破崙，佢話個仔對芒果敏感，要另外整一細份冇芒果嘅。
        送貨地址：九龍何文田常富街 23 號碧華閣 15 樓 C 室，收件人陳志強，請於晚上 7 點後送達。
        周太喺太古城嗰間訂咗個離婚派對蛋糕，千祈唔好喺電話留言講，佢老公仲未知。
        訂金退款：戶口名稱 LEUNG KA MAN，匯豐銀行戶口號碼 512-378901-838，金額 HK$500。
        工作坊報名表：姓名 李詠詩，HKID Y483216(5)，緊急聯絡人 李先生 9036 2714。
        台北的林雅婷小姐反映蛋糕內有異物，她懷孕 5 個月很擔心，已請她提供產檢報告以便理賠。
        宅配收件人：張文彬，0935-217-486，新北市板橋區文化路二段 182 巷 5 號 3 樓。
        身分證字號 F145029370 的會員吳佳蓉申請生日禮券，生日 1991/03/17。
        阿明（廚房嗰個肥仔明）上個月人工得 HK$14,800，佢話唔夠交租，想預支下個月糧。
        LINE ID：yuting_0317 是蔡宇婷的私人帳號，她請我們不要再用這個帳號傳廣告給她。
    """),
    "zh-Hans": _lines("""
        顾客陈美玲（微信号 chenml_1989sz）在深圳下单，要求蛋糕上写「祝妈妈化疗顺利」，请用低糖配方。
        身份证 440306198907243813，姓名刘晓峰，申请企业团购发票时误填了个人身份证号，请删除后重新开票。
        收货人：王芳，手机 13826471950，地址：广州市天河区体育西路 191 号 B 座 2708 室。
        3栋的陈阿姨说她血糖高，医生不让吃甜的，每次来都只买无糖戚风，请店员别给她推荐新品。
        新加坡分店员工周俊杰 11月薪资 SGD 2,350，扣除迟到罚款 SGD 60，请人事核对。
        护照号 E83716245 的游客赵雨涵报名了周六的巧克力工作坊，需提供给场地方做访客登记。
        投诉跟进：黄先生（住吉隆坡 Mont Kiara 的 Kiaraville 公寓 A-17-3）说送来的蛋糕塌了，他已经在小红书点名骂我们。
        林志豪的太太上周流产了，他取消了宝宝满月蛋糕的订单，订金全额退还，不要打电话追问原因。
        退款银行卡 6222 0213 0400 5585，持卡人郑晓东，金额 RMB 368，原因：蛋糕送错款式。
    """),
    "ms": _lines("""
        Tempahan kek untuk Nur Aisyah binti Kamarudin, No. KP 950823-10-6128, dia alah teruk pada kacang tanah — pastikan dapur asingkan semua alat.
        Hantar ke rumah En. Muhammad Hafiz bin Rosli, No. 17, Jalan SS 2/55, 47300 Petaling Jaya, telefon 012-487 3361.
        Makcik Rosnah kat Blok C Flat Sri Melaka tu dah 3 bulan tak bayar baki kek kahwin anak dia, RM350 lagi.
        Pekerja kami Siti Rahayu (dari Indonesia) minta cuti 2 minggu sebab ayah dia sakit tenat di Surabaya.
        Akaun Maybank 1140 2256 7813 atas nama Farah Nadia binti Yusof untuk pulangan deposit RM200.
        Pelanggan dari Johor, Encik Lim Chee Keong, plat kereta JQT 8806, akan ambil kek di kedai pukul 5 petang.
        Kak Zu yang buat kek dari rumah di Seksyen 7 Shah Alam tu sebenarnya baru bercerai, sebab tu dia mula bisnes kek.
        Borang bengkel: Priya d/o Ganesan, MyKad 020517-07-0394, emel priya.ganesan02@gmail.com, tiada alahan.
        Rajesh s/o Muthusamy, penyelia dapur pusat, digantung kerja 5 hari kerana bergaduh dengan rakan sekerja semalam.
        Telegram @hanis_kekbatik ialah akaun peribadi Hanis, jangan tag dia dalam posting promosi kita.
    """),
    "mixed": _lines("""
        客人 Ms Wong 話佢個 email 係 wongpuiyee.hk@yahoo.com.hk，invoice 直接 send 去嗰度，唔好 cc 佢公司。
        Mdm Tan from #05-12 又 complain 我们 delivery 太早，她说她做夜班早上要睡觉，下次 11am 之后才送。
        Driver Ah Seng 今日撞车，plate SMK 5821 J，insurance claim 要用他的 NRIC T0368215Z。
        Pls update customer record: Bernadette Pereira, new HP 8362 9054, moved to 23 Jalan Kechubong, Singapore 579783.
        Wedding cake tasting booked for Kelvin Ong & Jasmine Chua, 她怀孕了所以 rum cake sample 不要放酒, 他们还没告诉家人。
        台灣客人蔡明哲 身分證 A227364819 要報公帳，發票抬頭先寫個人 then 公司統編另外補。
        Kak Lina punya anak, Danish, ada eczema teruk, doktor kata no dairy — so kita buat kek coconut milk base okay?
        客人用 FPS 轉帳，FPS 登記電話 6745 2093，戶口名 CHAN TSZ YAN，多入咗 $20 要退返俾佢。
        Our ex-baker Ng Boon Huat still owes us SGD 1,200 from his salary advance, 他已经 resign 了 and not replying WhatsApp.
        Mainland 客人 微信 wxid_k83nq2v7hs1t, real name 许静怡, 身份证 350203199302156029, 想订 100 盒 cookies 做公司年会。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the order assistant for Cocoa Lane, a custom cake studio in Singapore. Collect order details politely.",
        ),
        (
            "user",
            "Hi, I want a 1kg chocolate cake for Saturday. My name is Sharon Yeo, HP 9482 1736. My son Ethan has a tree nut allergy, he carries an EpiPen.",
        ),
        (
            "assistant",
            "Thanks Sharon! Noted: 1kg chocolate cake for Saturday, strictly nut-free for Ethan. Our nut-free cakes are made in a separate batch. Pickup or delivery?",
        ),
        ("user", "Delivery pls, Blk 215 Bishan St 23 #07-331, Singapore 570215, after 3pm."),
        (
            "assistant",
            "Got it — delivery to Bishan after 3pm on Saturday. We'll WhatsApp the payment link to 9482 1736 shortly.",
        ),
    ],
    [
        ("system", "你係甜心烘焙嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "你好，我想報名下星期六嘅朱古力工作坊，我叫何嘉琪，HKID K720915(0)，電話 9513 2846。",
        ),
        (
            "assistant",
            "多謝何小姐！星期六下晝 2 點嗰班仲有位。報名唔需要身份證號碼，我哋淨係會用你嘅名同電話聯絡你。",
        ),
        ("user", "好呀，另外我有乳糖不耐，可唔可以用植物奶？"),
        ("assistant", "冇問題，我哋會幫你預備燕麥奶版本嘅甘納許，到時導師會另外俾你一份材料。"),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Manis Manja Bakery. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak minta refund deposit RM150 sebab majlis tunang anak saya dibatalkan. Nama saya Zainab binti Abdullah, IC 880412-14-5637.",
        ),
        (
            "assistant",
            "Maaf mendengarnya, Puan Zainab. Boleh berikan nombor pesanan dan akaun bank untuk pulangan deposit?",
        ),
        ("user", "Order KL-8120-A. Akaun CIMB 7064 1182 9930, nama Zainab binti Abdullah."),
        (
            "assistant",
            "Terima kasih. Permohonan pulangan RM150 untuk pesanan KL-8120-A telah dihantar dan akan diproses dalam 7 hari bekerja.",
        ),
    ],
    [
        ("system", "你是可可小屋的線上客服，使用繁體中文回答。"),
        ("user", "我要加入會員，身分證字號 Q266130850，姓名許淑芬，手機 0921-563-074。"),
        (
            "assistant",
            "許小姐您好，加入會員只需要手機號碼和生日即可，不需要提供身分證字號，請勿在對話中傳送。",
        ),
        ("user", "好的，生日是 1988/11/05。另外我上週買的布朗尼吃完後拉肚子兩天，有看醫生。"),
        (
            "assistant",
            "非常抱歉造成您的不適，已為您建立客訴單 CS-20241208-017，品管人員會在兩個工作天內與您聯繫。",
        ),
    ],
    [
        ("system", "你是一家深圳和香港都有门店的甜品工作室的AI助理。"),
        (
            "user",
            "我下个月结婚，想订一个五层的翻糖蛋糕，新郎叫邓嘉豪，我叫罗思琪，电话 15917283046。",
        ),
        (
            "assistant",
            "恭喜罗小姐！五层翻糖蛋糕需至少提前 21 天预订，请问婚礼日期、地点和宾客人数是多少？",
        ),
        (
            "user",
            "1月18日在广州，大概 200 人。送货地址写我家：广州市海珠区江南大道中 112 号 6 栋 1503。",
        ),
        (
            "assistant",
            "好的，已记录 1月18日广州婚礼、约 200 位宾客。设计师会在 48 小时内联系您确认设计稿和报价。",
        ),
    ],
    [
        (
            "system",
            "You help the operations manager of a bakery chain in Malaysia write HR documents.",
        ),
        (
            "user",
            "Draft a warning letter for Arun a/l Krishnan, cake decorator at our Ipoh outlet. He took RM300 from the till last Friday and admitted it.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Mr Arun a/l Krishnan, this letter serves as a final written warning regarding the cash discrepancy of RM300 on 6 December, which you have admitted...' Shall I add the repayment schedule?",
        ),
        ("user", "Yes, RM100 deducted from each of his next three salaries. His basic is RM2,100."),
        (
            "assistant",
            "Added: RM100 will be deducted from your salary for December, January and February. Please have him sign and keep a copy in his personnel file.",
        ),
    ],
    [
        ("system", "You are Cocoa Lane's WhatsApp bot. Never accept card numbers in chat."),
        (
            "user",
            "eh can pay by card here? my card 5204 7311 8826 5030 exp 11/26, name Desmond Chia",
        ),
        (
            "assistant",
            "Hi Desmond, for your safety please don't send card details here. I'll send you a secure payment link instead — pls delete the message with your card number.",
        ),
        ("user", "ok sorry. link send to my email desmond.chia.wl@gmail.com can?"),
        (
            "assistant",
            "Sure, payment link for order SG20241209-0117 has been sent to that email. It expires in 24 hours.",
        ),
    ],
    [
        ("system", "You assist a Singapore baking studio with workshop registrations."),
        (
            "user",
            "Hi I register for my helper to join the Sunday baking class. Name Nguyen Thi Lan, FIN M4109376L, she can only come on her off day.",
        ),
        (
            "assistant",
            "Thanks! Nguyen Thi Lan is registered for Sunday's 10am Basic Sponge Cake class. We only need a contact number, not the FIN.",
        ),
        (
            "user",
            "Her number 8127 6093. She's also pregnant, 4 months, is that ok for standing 3 hours?",
        ),
        (
            "assistant",
            "We'll arrange a stool for her and she can take breaks anytime. The instructor will be informed discreetly.",
        ),
    ],
    [
        ("system", "你係一間香港私房蛋糕店嘅 WhatsApp 助手。"),
        ("user", "我想幫阿媽訂生日蛋糕，佢叫梁婉儀，今年 70 歲，有糖尿病，醫生叫佢少食糖。"),
        (
            "assistant",
            "好貼心！我哋有代糖版嘅芝士蛋糕同戚風蛋糕，甜度大概係正常嘅三成，適合控制血糖嘅長者。",
        ),
        ("user", "咁要個 6 吋芝士，生日牌寫「婉儀 70 歲生日快樂」，星期日沙田取。"),
        (
            "assistant",
            "收到：6 吋代糖芝士蛋糕，生日牌「婉儀 70 歲生日快樂」，星期日沙田店取貨。請先付 HK$150 訂金確認。",
        ),
    ],
    [
        (
            "system",
            "You are the customer care assistant for a dessert brand selling in Malaysia and Singapore.",
        ),
        (
            "user",
            "My cake arrived smashed. Order MY-30977. Delivered to 8-3-2, Menara Seri Bukit, Jalan Ampang Hilir, 55000 KL. I'm Clarissa Fonseca.",
        ),
        (
            "assistant",
            "So sorry, Clarissa. Could you send a photo of the box and the cake? We'll arrange a replacement or full refund.",
        ),
        ("user", "Photos posted on my IG @clarissa.f.eats, I tagged you. Refund pls."),
        (
            "assistant",
            "Thank you, we've seen the photos. A full refund of RM189 for MY-30977 has been processed to your original payment method within 5-7 working days.",
        ),
    ],
]
