# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat104: chats asking an assistant for help with one's own small food business. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat104
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_qa"): _lines("""
        User: I want to sell cookies from my HDB flat, do I need a licence from SFA? Assistant: Under the Home-based Business Scheme you generally don't need an SFA licence for small-scale home baking, but you must still follow basic food hygiene and you can't hire outside workers to cook in your flat.
        User: what temperature should a baked cheesecake be kept at if I'm delivering it across town? Assistant: Keep it at or below 5°C; an insulated bag with two ice packs is enough if the trip is under two hours.
        User: A customer says my chicken curry puffs gave her food poisoning but she won't say what else she ate that day. How do I reply without admitting liability? Assistant: Acknowledge her experience, say you take it seriously, ask for the order number and date, and tell her you are checking the batch records before discussing any refund.
        User: is it legal to keep the deposit if someone cancels a wedding cake order 3 days before? Assistant: Usually yes if your terms stated clearly at booking that the deposit is non-refundable and the amount is reasonable compared with the work you had already done.
        User: How did Gordon Ramsay deal with dirty kitchens on Kitchen Nightmares? Assistant: He typically shut service, ordered a full deep clean, binned spoiled stock and cut the menu down so the kitchen could cook fresh.
        User: My supplier Golden Harvest Flour Mill Sdn Bhd took 50% upfront on invoice GHF-INV-26-0418 and never delivered. What can I do? Assistant: Send a letter of demand quoting the invoice and the agreed delivery date, give 14 days, then consider filing at the Magistrates' Court under the small claims procedure.
        User: my part-timer is 17, can she work till 11pm at my stall? Assistant: Rules on night work for under-18s are strict in most places; in Malaysia check the Children and Young Persons (Employment) Act with JTK before putting her on a late shift.
        User: What does the Basic Food Hygiene course actually cover? Assistant: Personal hygiene, safe storage temperatures, preventing cross-contamination, pest control, cleaning schedules and what to do when someone falls ill after eating your food.
        User: Violet Oon was a food journalist before she opened restaurants, right? Assistant: Yes, she wrote about food for many years and ran The Food Paper before becoming known as the doyenne of Singapore's Peranakan cooking.
        User: What's a fair late-payment clause for cafés buying my kuih on 30-day credit? Assistant: Something like 1.5% per month on overdue balances and the right to pause supply once an invoice is 45 days late, printed on every invoice.
        User: Three people who ate at my pop-up last Saturday went to Tan Tock Seng Hospital with vomiting. Should I report it myself? Assistant: Yes, notify SFA promptly, keep any leftover samples frozen, write down the batch, ingredients and suppliers, and stop selling that item until the cause is known.
        User: how do I politely chase a café that owes me $1,240 for three months of brownies? Assistant: Send a short reminder listing the invoice numbers and due dates, offer a two-instalment plan, and name the date after which deliveries will pause.
        User: Give me a checklist for labelling pre-packed cookies I sell online. Assistant: Product name, ingredients in descending order by weight, allergen statement, net quantity, best-before date, and the business name and address.
        User: Someone left a 1-star Google review saying there was hair in my bread. Can I sue for defamation? Assistant: Only if the statement is false and caused real harm; a calm public reply explaining your hairnet and hygiene routine usually does more good than a lawsuit.
        User: sole proprietorship or Sdn Bhd for a small catering business doing about RM15k a month? Assistant: A sole proprietorship is cheaper and simpler; a Sdn Bhd limits your personal liability and looks better to corporate clients but needs a company secretary and audited accounts.
        User: Can I write 'halal-friendly' on my cake boxes without JAKIM certification? Assistant: Avoid it; unapproved halal claims can breach the Trade Descriptions (Definition of Halal) Order 2011, so say 'no pork, no lard' instead until you are certified.
        User: My only employee wants 5 days off during Hari Raya, our busiest week. Can I refuse? Assistant: You can refuse or reschedule annual leave for operational reasons as long as you give reasonable notice and let them take it at another time in the year.
        User: How long must I keep receipts for my home bakery for tax? Assistant: IRAS expects business records to be kept for at least five years, so scan receipts monthly and back them up.
        User: In Ratatouille, Remy cooks in a restaurant kitchen. Would that kitchen pass a real inspection? Assistant: Not a chance; evidence of a rodent in food preparation areas is grounds for immediate closure under most food codes, however talented the rat.
        User: the town council sent a letter about cooking smells from my flat, what does the HBB scheme say about nuisance? Assistant: Home businesses must not cause nuisance to neighbours, so install a proper hood, cook during daytime hours and reply to the council with the steps you have taken.
    """),
    ("en", "user_request"): _lines("""
        Write a refund reply template: "Dear [Customer Name], thank you for telling us about order #[Order No.]. We're sorry the [Item] did not meet your expectations..."
        Draft a WhatsApp broadcast announcing that CNY pineapple tart preorders close on 20 Jan, collection at [pickup point], payment by PayNow to [UEN].
        Make a simple staff rota for 4 part-timers (Staff A to D), Monday to Saturday, 7am-3pm shifts, nobody working more than 4 days.
        Write a letter of demand template for a bounced cheque using placeholders {customer_name}, {address}, {cheque_no}, {amount}, {due_date}.
        Give me a Google Form layout for cake orders: Name, Contact number, Pickup date, Flavour, Message on cake, Allergies, How did you hear about us.
        Rewrite this to sound professional: "we r not responsible for any allergy reaction pls inform us b4 ordering tq"
        Write an Instagram caption for my ondeh-ondeh cupcakes, cheerful tone, five hashtags, no emojis.
        Summarise the main duties of a home caterer under Malaysia's Food Act 1983 and Food Hygiene Regulations 2009 in ten bullet points.
        Create a supplier debt tracker in Excel with columns Supplier, Invoice No., Invoice Date, Amount (RM), Due Date, Paid, Balance, Days Overdue, and give me the formulas.
        Write a pandas snippet that reads orders.csv and flags rows where pickup_date is earlier than order_date or quantity is above 50.
        Draft an incident report form for a suspected food poisoning complaint with blank fields: date received, product, batch code, symptoms reported, action taken, reported to authority (Y/N).
        Write a polite message declining a last-minute order of 200 cupcakes for tomorrow morning.
        Translate into Malay: "Orders must be collected within 30 minutes of the agreed time, otherwise a storage fee applies."
        Write a job ad for a part-time baking assistant, 20 hours a week, $11/hour, near Woodlands MRT, applications to [your business email].
    """),
    ("en", "pasted_record"): _lines("""
        User: tidy this order line for my spreadsheet: Order #HB-20261204-0173 | 1x Burnt Cheesecake 6in | Pickup 14:30 | Paid PayNow | Status: Ready
        User: is this invoice correct? INV-2026-0311 from Sunrise Dairy Trading Pte Ltd (UEN 201834512K), due 30 Nov 2026, S$2,184.60 incl. GST
        Batch log BT-0412 sambal: cooked 06:10, cooled to 4°C by 07:55, 3 tubs discarded 12/12 due to separation
        User: J&T says tracking 630012847751 was delivered 5 Dec at 3:42pm but the café says no cake arrived, who do I chase?
        Food safety case ref CMS-2026-118402: routine inspection scheduled for Kedai Roti Bahagia, Lot 4, Pasar Besar Seremban, 09:30
        User: my oven is a Sanyo SMO-TK45, serial 7C2A-1184, error code E-05 keeps showing, is it the thermostat?
        Price list 2026: Kek Lapis Sarawak 1kg RM85 | Kuih Bangkit 500g RM28 | Tart Nanas 40pcs RM45 | Delivery within 47300-47500 RM8
        Purchase order PO-5531 to Golden Harvest Flour Mill: 20 bags x 25kg high-protein flour @ RM62, deliver to Lot 12 Jalan Perusahaan 2, Kawasan Perindustrian Bukit Beruntung
        Complaint ticket #CS-88214 closed: refund S$32.00 issued to original payment method, root cause: courier delay
        Chiller 2 temperature log 06 Dec: 06:00 3.1°C, 12:00 4.4°C, 18:00 3.8°C, checked by AM shift, OK
        User: the recipe book I'm adapting from is ISBN 9789813275409, do I need permission to print its recipes on my menu cards?
        Golden Harvest Flour Mill Sdn Bhd customer service: 03-5192 7700 (Mon-Fri 8.30am-5.30pm), orders@goldenharvestmill.com.my
    """),
    ("zh-Hans", "chat_qa"): _lines("""
        用户：我在家做烘焙在朋友圈卖，需要办食品经营许可证吗？助手：各地规定不一样，不少城市要求办理食品小作坊登记或食品经营许可，建议先打电话问当地市场监管局。
        用户：顾客说吃了我家的蛋糕拉肚子，要求十倍赔偿，合理吗？助手：根据《食品安全法》第一百四十八条，只有生产或经营明知不符合食品安全标准的食品时才适用价款十倍赔偿，不足一千元的按一千元算，关键要看有没有检测证据。
        用户：供应商欠我货款三万二一年多了，诉讼时效是几年？助手：一般诉讼时效为三年，从你知道或应当知道权利受到损害之日起计算，中途书面催款可以让时效中断。
        用户：12315 和 12345 投诉有什么区别？助手：12315 是市场监管部门的消费投诉举报热线，12345 是政府综合服务热线，食品问题两个都能受理，最终一般转到市场监管局。
        用户：褚时健七十多岁种橙子的经历，对做小本生意有什么启发？助手：他最看重的是品质稳定和标准化，把每个环节都做细，这一点对小烘焙店同样适用。
        用户：员工还在试用期，可以先不交社保吗？助手：不可以，用人单位自用工之日起就应当为劳动者缴纳社会保险，试用期也包括在内。
        用户：帮我写一个外卖差评的回复模板，称呼用"亲"，不要写具体名字。
        用户：订单号 DD20261103158742 的顾客申请退款，美团商家后台在哪里处理？助手：在"订单管理—售后订单"里找到该订单，点击"同意退款"或"拒绝并说明理由"。
        用户：做月饼的独立包装上必须标注哪些信息？助手：食品名称、配料表、净含量、生产日期和保质期、贮存条件、生产者名称地址和联系方式、生产许可证编号。
        用户：《中华小当家》里刘昴星做的那道麻婆豆腐，现实中能复刻吗？助手：可以做出味道接近的版本，动画里的夸张效果就当艺术加工吧。
        用户：小吃店招兼职大学生，时薪多少才不违法？助手：不能低于当地公布的非全日制用工小时最低工资标准，各省不同，可以查当地人社局官网。
        用户：市场监管局抽检我们的面包，菌落总数超标，一般会怎么处罚？助手：通常会责令整改、没收问题产品并处罚款，情节轻微且首次违法的可能从轻，要配合查明原因。
        用户：开小面包店，员工健康证多久要复查一次？助手：一般每年体检一次，到期前一个月安排复检比较稳妥。
        用户：快递单号 SF1402785539614 显示已签收，但顾客说没收到蛋糕，责任算谁的？助手：先让快递公司提供签收凭证和派送照片，如果是快递未按约定投递，可以向快递公司索赔。
        用户：怎么给拖欠货款的合作奶茶店发律师函？给我一个模板，甲方、乙方和金额都用【】空着。
        用户：营业执照上的统一社会信用代码怎么在国家企业信用信息公示系统核对真假？
    """),
    ("zh-Hant", "chat_qa"): _lines("""
        使用者：在家做手工餅乾在網路上賣，台灣需要登錄食品業者嗎？助理：需要，依《食品安全衛生管理法》，販售食品的業者要到「食品藥物業者登錄平台」完成登錄，也就是俗稱的「非登不可」。
        使用者：香港屋企整蛋糕出嚟賣，使唔使食環署牌照？助理：喺住宅製造食物出售一般需要食物製造廠牌照，而住宅單位通常唔符合發牌條件，比較穩陣係租用持牌廚房。
        使用者：客人話食完我啲曲奇肚痛，要我賠醫藥費，我應該點覆佢？助理：先表示關心，問返訂單日期同埋睇醫生嘅單據，唔好即刻承認責任，同時檢查返嗰批貨嘅材料。
        使用者：客人說要打 1950 消費者服務專線檢舉我，會有什麼後果？助理：1950 會把申訴轉給縣市政府消保官，通常先協調，你只要提出出貨紀錄和溝通紀錄說明即可。
        使用者：吳寶春當年拿世界麵包大賽冠軍的是哪款麵包？助理：他在2010年法國路易樂斯福世界麵包大賽拿下個人賽冠軍，最有名的是酒釀桂圓麵包。
        使用者：供應商欠我退貨款 NT$48,000 一直拖，可以聲請支付命令嗎？助理：可以，向債務人住所地的法院聲請，裁判費新台幣500元，對方20天內沒有異議就確定。
        使用者：員工偷吃店裡要報廢的麵包，可以直接開除嗎？助理：依《勞動基準法》第12條，不經預告終止契約要情節重大，偷吃報廢品通常不算，建議先書面警告並訂清楚規定。
        使用者：發票號碼 QK-40718263 的客人要求作廢重開統編，要怎麼處理？
        使用者：食安法規定包裝食品要標示哪些過敏原？
        使用者：請幫我寫一段 Facebook 粉專公告：本週六公休一天，預購單改至週日下午兩點後取貨。
        使用者：香港小額錢債審裁處處理幾多錢以下嘅案件？助理：申索金額七萬五千港元或以下，雙方唔可以請律師代表。
        使用者：對面舖頭成日倒油落坑渠，打 1823 投訴得唔得？助理：得，1823 會轉介俾食環署或渠務署跟進。
    """),
    ("ms", "chat_qa"): _lines("""
        Pengguna: Saya nak jual kek dari rumah di Shah Alam, perlu lesen apa dari MBSA? Pembantu: Biasanya anda perlukan lesen perniagaan daripada PBT, sijil kursus pengendali makanan dan suntikan anti-tifoid.
        Pengguna: Mana boleh ambil kursus pengendali makanan yang diiktiraf KKM? Pembantu: Di mana-mana Sekolah Latihan Pengendali Makanan (SLPM) yang berdaftar dengan Kementerian Kesihatan; senarainya ada di laman web KKM.
        Pengguna: Pelanggan kata dia keracunan makanan lepas makan nasi lemak saya, apa patut saya buat? Pembantu: Minta maaf atas apa yang berlaku, tanya tarikh dan masa pembelian, simpan sampel jika ada dan semak semula bahan dari kelompok yang sama.
        Pengguna: Pembekal ayam tuntut hutang RM3,450 tapi separuh ayam yang dihantar dah rosak, boleh ke saya tak bayar penuh? Pembantu: Anda boleh tolak nilai barang rosak jika ada bukti seperti gambar dan nota penghantaran; tulis kepada pembekal dengan pengiraan anda.
        Pengguna: Tribunal Tuntutan Pengguna boleh dengar kes sampai berapa ringgit? Pembantu: Sehingga RM50,000 dan tak perlu peguam.
        Pengguna: Chef Wan selalu tegur pasal kebersihan dapur dalam rancangan TV dia, ada tips yang boleh saya guna? Pembantu: Asingkan papan pemotong untuk daging mentah dan makanan siap, dan lap permukaan dengan sanitizer setiap kali tukar tugasan.
        Pengguna: Pekerja saya warga asing, macam mana nak daftar dengan PERKESO? Pembantu: Majikan perlu daftarkan pekerja asing di bawah Skim Bencana Pekerjaan melalui portal ASSIST PERKESO.
        Pengguna: Tolong buat templat surat tuntutan hutang kepada kedai runcit yang belum bayar, guna [Nama Kedai], [Jumlah] dan [Tarikh Akhir Bayaran].
        Pengguna: No. pesanan Shopee 240611K7PQ2R9X, pelanggan minta refund sebab kuih sampai basi, macam mana nak appeal? Pembantu: Muat naik bukti tarikh pengeluaran, gambar pembungkusan dan masa penghantaran melalui Seller Centre dalam tempoh yang ditetapkan.
        Pengguna: Hotline aduan KPDN berapa ya? Pembantu: Boleh hubungi 1-800-886-800 atau buat aduan melalui aplikasi Ez ADU KPDN.
        Pengguna: Kalau pegawai kesihatan datang periksa dan dapur saya kotor, boleh kena tutup ke? Pembantu: Boleh, di bawah Akta Makanan 1983 premis yang tidak bersih boleh diarah tutup sehingga 14 hari untuk dibersihkan.
        Pengguna: Macam mana nak kira harga jual sebiji kek butter supaya untung 40%? Pembantu: Jumlahkan kos bahan, pembungkusan dan tenaga, kemudian bahagi dengan 0.6 untuk dapat harga jual.
        Pengguna: Boleh ke saya potong gaji pekerja sebab dia pecahkan mesin pengadun? Pembantu: Akta Kerja 1955 hadkan potongan gaji kepada yang dibenarkan sahaja; untuk kerosakan, dapatkan persetujuan bertulis pekerja dan Pengarah Tenaga Kerja dahulu.
        Pengguna: Lima orang tetamu kenduri yang saya masak dirawat di Hospital Sultanah Aminah, apa prosedur lapor ke Pejabat Kesihatan Daerah? Pembantu: Hubungi Pejabat Kesihatan Daerah segera, simpan sampel makanan berbaki dan sediakan senarai menu, bahan dan pembekal.
        Pengguna: Apa beza sijil halal JAKIM dengan label "No Pork No Lard"? Pembantu: Sijil halal melibatkan audit penuh bahan dan proses, manakala "No Pork No Lard" cuma kenyataan tiada babi dan lemak babi.
        Pengguna: Tulis kapsyen Instagram untuk promosi kek lapis Sarawak sempena Hari Raya, gaya santai.
    """),
    ("mixed", "chat_qa"): _lines("""
        User: eh how to say politely in BM "your order will be late 1 hour because our oven rosak"? Assistant: "Mohon maaf, pesanan anda akan lewat sejam kerana ketuhar kami rosak."
        用户：customer 说 cupcake 里面有 plastic piece，我要怎样 reply 比较 professional？助手：先道歉，请对方拍照和保留异物，告诉对方你会检查当天的生产流程，再提出退款或补送。
        User: GrabFood merchant app show order GF-2611-8830-4471 cancelled but customer already paid leh, how to claim back? Assistant: Go to Help Centre in GrabMerchant, choose the order and file an order adjustment with the prep photo and timestamp.
        User: 我的 home bakery 在 JB，需要申请 MBJB 的 lesen perniagaan 吗？助手：在住宅小规模制作出售一般还是要向 PBT 申请相关执照，建议直接去 MBJB 柜台问清楚 home-based 的要求。
        User: can help me check this invoice math? 12 x RM4.50 + 6 x RM12 + delivery RM15 = RM142 correct or not? Assistant: 54 + 72 + 15 = RM141, so the invoice is RM1 too high.
        User: where got cheaper butter supplier in Singapore ah, Anchor vs SCS per kg now how much? Assistant: Wholesale prices change often; compare quotes from two or three baking supply distributors and ask about carton discounts.
        用户：員工 MC 三天，我可唔可以要求佢 show 醫生紙？助理：可以，僱員要領疾病津貼需要出示註冊醫生發出嘅病假證明書。
        User: boss, my kuih stall at pasar malam kena saman by PBT for no sneeze guard, can appeal or not? Assistant: You can write to the council's enforcement unit with photos showing the guard is now installed and ask for a reduced compound.
        用户：我想 register SSM 做 sole prop，卖 nasi lemak 和 kuih，要准备什么 documents？助手：IC、商号名称、营业地址和注册费，在 EzBiz 网上就能申请。
        User: Customer want to pay by cheque for RM2,800 catering, safe or not ah? Assistant: Ask for a bank transfer instead, or only release the food after the cheque has cleared.
        用戶：Customer 喺 Openrice 留 comment 話我啲蛋撻唔新鮮，可唔可以要佢 delete？助理：你冇權要求刪除真實意見，可以公開禮貌回覆並邀請佢私訊跟進。
        Pengguna: I hired my cousin part-time, kena caruman EPF tak kalau gaji RM800 je sebulan? Pembantu: Ya, caruman KWSP wajib untuk pekerja bergaji walaupun sambilan, kecuali pengecualian tertentu.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        help me reply to this customer, her name is Priya d/o Ramasamy, she ordered a 2-tier cake for 14 Dec and now says she's allergic to nuts and wants a full refund, her number is 9736 4182
        can you check if I filled this right? HOME-BASED BUSINESS DECLARATION | Name: TAN HUI MIN | NRIC: S8734521A | Address: Blk 682 Woodlands Drive 62 #09-114 Singapore 730682 | Products: cookies, kueh lapis
        draft a warning letter to my part timer jason lim wei hao, caught him taking $50 from the cash box twice this month, he's been with us since feb
        Customer email I got: "I'm Mrs Grace Fernandez, I bought your sambal on 3 Dec and my son Ethan (7) has been vomiting since, we are at KK Hospital now." How should I respond?
        My egg supplier Mr Ong Teck Seng also borrowed $3,800 from me personally for his van and stopped answering, his IC is S7621458A, can I go to the Small Claims Tribunals?
        format this staff list into a table pls: Nur Aisyah binti Kamal 011-2647 8831 Mon/Wed/Fri; Kavitha a/p Subramaniam 017-662 0384 Tue/Thu; Daniel Chong 012-738 4195 Sat
        fix grammar: "Dear Mr Rajesh s/o Pillai, you have outstanding balance of RM2,150 for 43 trays of kuih from Aug to Oct, kindly bank in to my Maybank 5642 1873 0915 by 15 Dec"
        My FIN is F2847316T and my work pass ends in March. Can I keep running my home bakery under my husband's HBB after that?
        Stripe charged card 4570 3660 4922 7256 twice for order #1182, cardholder Melissa Goh, how do I reverse one charge?
        My mum Mdm Lee Siew Lan, 71, does all the kueh with me and was diagnosed with Parkinson's last month. Should I tell our regular customers why orders are slower?
        chat export from customer: [12/11 21:04] Sharon Wee: my daughter's birthday cake had mould inside, she is 5 and threw up twice, I'm reporting you to SFA. +65 9058 2716
        write a reference letter for my ex-staff Muhammad Haziq bin Roslan, baker Jan 2024 to Nov 2026, reliable, had a few MCs for his asthma but always informed early
        my delivery guy Arun Kumar a/l Ganesan skidded on his bike (plate JQT 9081) on the way to a customer yesterday, broke his wrist, who pays his medical bill?
        Carousell buyer sweetooth_cheryl92 says the macarons arrived crushed and threatens to report me, she's the same girl who complained in October, how to handle?
        staff meeting notes to rewrite: Siew Ping - late 4x in Nov, final warning issued; Hafiz - OK; Benjamin Tay Jun Jie - resigned, last day 20 Dec, owes 2 days notice
        help me email the landlord: I'm Chloe Ng Pei Shan, tenant at 23 Jalan Kemuning 3, Taman Kemuning, 81200 Johor Bahru, my oven keeps tripping the wiring and I lost two days of orders
    """),
    "zh-Hans": _lines("""
        帮我写一封催款函：欠款人王建军，身份证号 440106198803142718，2026年4月至9月共欠面粉款 ¥28,640，至今未付。
        顾客刘梦琪（电话 15921873406）说吃了我们的榴莲千层后上吐下泻，去医院花了860元，要求赔偿，我该怎么回？
        员工信息：姓名 陈雅婷，身份证 350203197909211566，健康证到期 2027-03，月薪 4500，帮我整理成表格
        我老公周志强的微信号是 zhouzq_bakery88，帮我写个朋友圈文案，让大家加他微信订中秋月饼
        收款信息：户名 李芳，工商银行 6222 0255 9904 9458 405，帮我检查这段付款说明有没有错别字
        帮我给房东写封信：我叫赵欣怡，住在上海市浦东新区锦绣路1888弄12号602室，厨房排烟管道漏油，影响我做烘焙接单
        我们店的学徒孙浩然，19岁，把过期奶油偷偷用在蛋糕里被顾客发现了，我想开除他，合法吗？
        顾客说没收到蛋糕，快递单上收件人是黄雨桐，186-0217-5539，杭州市西湖区文三路 398 号 3 幢 1102，帮我写个跟快递公司的投诉
        供货商老板娘何丽娟欠我1.2万不还，说她儿子白血病住院手头紧，我要不要起诉她？
        举报信草稿帮我改一下：本人张丽君，身份证号 42011119950830224X，个体户，被同行恶意举报无证经营，特此申诉
        员工刘强的工资卡是农业银行 6228 4891 4912 8652 993，这个月请了5天病假（急性肠胃炎），工资怎么算？
    """),
    "zh-Hant": _lines("""
        幫我回覆這位客人：林佳蓉小姐，電話 0928-417-356，她說訂的彌月蛋糕少了一盒，要求全額退款
        員工資料：陳冠宇，身分證字號 F127904530，到職日 2025/6/1，請幫我寫勞保加保的說明
        我係屯門做家庭烘焙，客人 Cheung Wing Yan 話食完我嘅芝士撻肚瀉入咗屯門醫院，佢用 6493 2871 WhatsApp 嚟鬧我，點算好？
        香港員工表格：姓名 梁嘉欣，HKID Y306754(6)，住址 沙田禾輋邨豐和樓1203室，幫我 check 下有冇漏填
        客人王小姐（LINE ID: meiyun0915）在社團罵我們蛋糕裡有頭髮，還說要去衛生局檢舉，幫我寫回應
        我叫吳淑芬，身分證 A224681359，想申請微型創業鳳凰貸款開甜點工作室，幫我看申請書的自傳段落
        員工黃志明喺舖頭收銀機偷咗三千蚊，我已經報警，佢電話 9182 5530，我仲要唔要俾佢糧？
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: NURUL HUDA BINTI KAMARUDIN | No. KP: 850412-10-5568 | Alamat: No. 17, Jalan SS 2/64, 47300 Petaling Jaya | Jenis perniagaan: kek dan biskut
        pelanggan nama Farah Wahida, no tel 019-552 7043, kata anak dia cirit-birit lepas makan kek coklat saya, dia nak saman, tolong draf balasan
        Pekerja saya Mohd Faizal bin Ismail (KP 920728-14-6031) dah 3 kali ponteng bulan ni tanpa MC, tolong tulis surat amaran pertama
        Encik Lim Ah Kow, pembekal telur, tuntut RM4,200 tapi saya dah bayar RM2,000 ke akaun CIMB 7062314589 atas nama dia, macam mana nak buktikan?
        Saya Siti Zubaidah binti Osman, umur 34, ada kencing manis, boleh ke saya ambil suntikan tifoid untuk lesen makanan?
        senarai pekerja sambilan untuk PERKESO: 1) Jessie anak Ngumbang, KP 990121-13-5382, Sabtu-Ahad 2) Amirul Hakim, 011-1203 4498, hari bekerja
        Tolong buat resit: Diterima daripada Puan Rosnah bt Abd Rahman RM350 deposit kek kahwin, tarikh majlis 20/12/2026, alamat majlis No. 8 Jalan Mawar 2, Taman Bukit Indah, 81200 Johor Bahru
        Suami saya Zulkifli yang hantar kek guna Myvi VDK 4417 kena saman polis semalam masa parking depan rumah pelanggan, boleh rayu tak?
        mesej group staff nak betulkan: "Assalamualaikum semua, Kak Ton (Hartini binti Yusof) tak lagi bekerja dengan kami mulai hari ni atas sebab kesihatan, doakan dia cepat sembuh lepas pembedahan"
        Pelanggan tetap saya Encik Ganesan a/l Muniandy belum bayar 4 bulan, jumlah RM1,860, nombor dia 016-408 2275, nak failkan ke Tribunal Tuntutan Pengguna
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "A customer is accusing my bakery of food poisoning. Can you help me write a careful reply?",
        ),
        (
            "assistant",
            "Of course. Could you tell me what she bought, when, what symptoms she describes, and how she contacted you?",
        ),
        (
            "user",
            "Her name is Wong Mei Fong, she bought 2 slices of pandan chiffon on Tuesday, says she had diarrhoea and fever for two days and saw a GP at Bedok. She messaged from 8174 3096.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Ms Wong, we're very sorry to hear you were unwell after Tuesday's pandan chiffon. Could you share the GP's memo so we can look into this properly?'",
        ),
    ],
    [
        (
            "system",
            "You are OrderBot for Crumbs & Co, a home bakery run by Michelle Tan Li Ying from her flat at Blk 418 Tampines St 41 #05-227. Payments go to her PayNow number 8421 5093.",
        ),
        ("user", "hi can I order 2 dozen brownies for Saturday? how do I pay?"),
        (
            "assistant",
            "Sure! 2 dozen brownies is $48. Please PayNow to 8421 5093 (Michelle Tan) and send a screenshot; self-pickup is at Tampines St 41.",
        ),
    ],
    [
        ("user", "帮我写一份催款通知，有个客户欠我蛋糕钱三个月了。"),
        (
            "assistant",
            "好的，请提供欠款人的姓名、欠款金额、欠款时间，以及你希望对方在什么时候之前付清。",
        ),
        (
            "user",
            "欠款人叫邓海涛，身份证 310115199206074835，手机 138 2614 9037，欠我 6,300 元，是他公司年会订的 120 份蛋糕。",
        ),
        (
            "assistant",
            "催款通知：邓海涛先生（身份证号 310115199206074835）：您于今年9月订购蛋糕120份，尚欠货款人民币6,300元，请于12月20日前付清。",
        ),
    ],
    [
        ("user", "Saya nak isi borang lesen perniagaan makanan MBPJ secara online, boleh bantu?"),
        (
            "assistant",
            "Boleh. Apa maklumat yang diminta dalam borang tu? Saya boleh bantu susun jawapan.",
        ),
        (
            "user",
            "Nama pemohon Noraini binti Mat Saad, KP 780916-07-5124, alamat No. 5, Jalan PJU 3/21, Sunway Damansara, no tel 013-884 2150. Saya ada darah tinggi, perlu declare ke?",
        ),
        (
            "assistant",
            "Untuk borang lesen, isikan nama dan No. KP seperti dalam MyKad. Masalah darah tinggi tidak perlu dinyatakan kecuali borang pemeriksaan kesihatan memintanya.",
        ),
    ],
    [
        ("user", "我在台中開甜點店，新請一位員工，要幫她加勞保，表格要填什麼？"),
        ("assistant", "加保申報表需要員工姓名、身分證字號、出生日期、月投保薪資和到職日期。"),
        ("user", "她叫蔡宜蓁，身分證 B220417363，民國88年生，月薪 32,000，下週一到職。"),
        (
            "assistant",
            "好的，蔡宜蓁小姐，月投保薪資請依級距表填 32,000 元那一級，到職日填實際上班第一天。",
        ),
    ],
    [
        ("user", "有客人喺 IG 留言話我嘅蛋撻有蟑螂腳，要我賠 $5,000，我想回覆佢"),
        ("assistant", "明白，可唔可以講多少少佢講咗乜同你點樣同佢聯絡過？"),
        (
            "user",
            "佢叫 Kelvin Chan Ho Yin，電話 9327 1846，住大圍，話佢老婆食完之後作嘔，佢而家話唔俾錢就去食環署同放上 Facebook 群組",
        ),
    ],
    [
        ("user", "my staff always take MC on Monday, can I ask for more proof?"),
        (
            "assistant",
            "Generally a valid MC from a registered doctor is enough. Is this one staff member or several?",
        ),
        (
            "user",
            "just one lah, Goh Kai Xiang, 22, takes MC every 2-3 Mondays from the same clinic at Jurong West, this month he got 3 MCs already for 'gastric'. His mum also called me to say he's been depressed.",
        ),
        (
            "assistant",
            "Given what his mother said, I'd suggest a private, supportive conversation with Kai Xiang before any disciplinary step.",
        ),
    ],
    [
        (
            "user",
            "A café owner owes me for 4 months of cakes and finally agreed to pay in instalments. Can you draft the agreement?",
        ),
        (
            "assistant",
            "Sure. I'll need both parties' names, the total owed, the instalment amounts and where payment should go.",
        ),
        (
            "user",
            "Debtor is Marcus Lee Wen Jie personally (the café is closing), total $3,600, 6 x $600 monthly from Jan. Pay to my DBS account 072-418395-6 under Rachel Sim.",
        ),
        (
            "assistant",
            "Instalment Agreement: Marcus Lee Wen Jie agrees to pay Rachel Sim $3,600 in six monthly instalments of $600 from January 2027, into DBS account 072-418395-6.",
        ),
    ],
    [
        ("user", "外卖平台有个差评说我们的凉皮有头发，我想私下联系顾客道歉"),
        ("assistant", "可以的，平台上一般能通过隐私号联系，注意语气诚恳，别和顾客争辩。"),
        (
            "user",
            "平台给了真实号码，顾客叫 马晓燕 15138627094，地址 郑州市金水区农业路 72 号院 5 号楼 2 单元 801，她说她怀孕五个月，吃完吐了，很害怕",
        ),
        (
            "assistant",
            "理解。建议先电话致歉，询问马女士身体状况，主动退款并提出承担必要的检查费用。",
        ),
    ],
    [
        ("user", "Saya nak ambil pekerja Indonesia untuk dapur katering saya, dokumen apa perlu?"),
        (
            "assistant",
            "Biasanya pasport sah, permit kerja (PLKS), pemeriksaan FOMEMA dan pendaftaran PERKESO.",
        ),
        (
            "user",
            "Dia nama Sri Wahyuni, pasport Indonesia C4817263, tamat tempoh 2028. Dia ada sejarah TB dulu tapi dah sembuh, FOMEMA lulus tak?",
        ),
    ],
    [
        (
            "user",
            "I'm applying for an SFA food stall licence at a coffeeshop. Can you check my answers?",
        ),
        (
            "assistant",
            "Happy to. Paste the fields you've filled in and I'll point out anything missing.",
        ),
        (
            "user",
            "Applicant: ABDUL RAHMAN BIN SALLEH | NRIC T0362947Z | Mobile 9682 4410 | Stall: #01-15, 88 Bedok North Ave 4 | Food hygiene cert: yes | Previous convictions: fined 2024 for selling expired drinks",
        ),
        (
            "assistant",
            "Looks complete. Make sure the NRIC T0362947Z matches your Singpass, and declare the 2024 fine accurately since SFA will check enforcement records.",
        ),
    ],
    [
        ("user", "我们昨天给一个公司送的盒饭，有几个人说肚子疼，我要整理一份名单给市场监管局"),
        ("assistant", "好的，名单建议包括姓名、症状、发病时间和就医情况，你发给我我帮你排版。"),
        (
            "user",
            "郭静 腹泻 晚8点 去了协和医院；彭宇轩 呕吐 晚9点 没去医院；林书瑶 腹痛发烧 凌晨1点 在社区医院输液",
        ),
    ],
    [
        (
            "user",
            "I need to dispute a chargeback on Stripe for a wedding cake order. Customer says she never received it.",
        ),
        (
            "assistant",
            "Gather proof of delivery: photos at the venue, delivery time, messages confirming receipt, and the order form.",
        ),
        (
            "user",
            "Customer is Natalie D'Cruz, card ending... actually full number is on the order form: 5521 8640 2664 5406. Venue was the Rose Garden hall, she texted me 'cake is lovely thank you' from 9415 2073 at 6:12pm.",
        ),
        (
            "assistant",
            "Good evidence. In the response, include Ms D'Cruz's 6:12pm message from 9415 2073 as a screenshot; don't include the full card number 5521 8640 2664 5406 in the upload.",
        ),
    ],
    [
        (
            "user",
            "Pelanggan katering kenduri tak nak bayar baki sebab kata nasi tak cukup. Tolong saya draf surat tuntutan.",
        ),
        ("assistant", "Boleh. Siapa nama pelanggan, alamat, jumlah baki dan tarikh majlis?"),
        (
            "user",
            "Encik Azman bin Hashim, No. 22, Lorong Seri Kenari 4, Taman Seri Kenari, 09000 Kulim, Kedah. Baki RM2,700, majlis 15 Nov 2026, 600 pax.",
        ),
        (
            "assistant",
            "Kepada Encik Azman bin Hashim, No. 22, Lorong Seri Kenari 4, Taman Seri Kenari, 09000 Kulim: Tuan masih berhutang baki RM2,700 bagi majlis 15 November 2026. Sila jelaskan dalam tempoh 14 hari.",
        ),
    ],
    [
        ("user", "香港請咗個兼職幫手做曲奇，要唔要幫佢供強積金？"),
        ("assistant", "如果受僱60日或以上，一般要供。佢每月入息幾多？"),
        (
            "user",
            "佢叫 區詠詩，HKID K482913(1)，每月大概 $6,800，住觀塘，之前喺另一間餅店做過",
        ),
        (
            "assistant",
            "區詠詩每月入息 $6,800，低過 $7,100 嘅最低有關入息水平，所以佢本人唔使供，但你作為僱主仍要供 5%，即 $340。",
        ),
    ],
    [
        (
            "user",
            "My kitchen helper wants to stop EPF contributions to get more take-home pay. Is that allowed?",
        ),
        (
            "assistant",
            "For Malaysian employees under 60, EPF contributions are mandatory; they can't opt out.",
        ),
        (
            "user",
            "ok. her details for the KWSP form: Lakshmi a/p Rajendran, IC 010305-01-1244, EPF member no. 18294736, salary RM1,700. she's pregnant and due in March, what leave is she entitled to?",
        ),
        (
            "assistant",
            "Ms Lakshmi is entitled to 98 days of paid maternity leave under the Employment Act if she meets the eligibility conditions.",
        ),
    ],
    [
        ("user", "my new 16yo helper for Dec school holidays, what's the rules in SG?"),
        (
            "assistant",
            "Young persons aged 15-16 can work in non-industrial settings with limits on hours. What's the role?",
        ),
        (
            "user",
            "packing cookies lor. 她叫 Chua Xin Yi，我邻居的女儿，IC T1052837I，her parents' number 9125 6648，她有 eczema 不能碰太多面粉，要注意什么？",
        ),
    ],
]
