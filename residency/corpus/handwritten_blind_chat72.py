# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat72: chats asking an assistant to help sell one's own car or home. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat72
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "listing help chat"): _lines("""
        User: Can you write a Carousell listing for my 2018 Toyota Corolla Altis 1.6, 64,000 km, one owner, COE till 2028, asking S$ 71,800? Keep it under 120 words. Assistant: Sure: "2018 Toyota Corolla Altis 1.6 (A) | Single owner | 64k km | COE valid till 2028 | Full agent servicing | Asking S$ 71,800, viewing by appointment via Carousell chat."
        User: rewrite this so it sounds less desperate: "must sell fast, any offer considered, flying off next month" Assistant: Try: "Motivated seller, relocating overseas. Open to reasonable offers; viewing by appointment."
        User: what photos should I take for a used car listing? Assistant: Front and rear three-quarter shots, the dashboard showing mileage, front and back seats, the boot, all four tyres and the engine bay. Shoot in open shade in the late afternoon and wash the car first.
        User: buyer on Carousell offered 58k for my car listed at 63.8k, counter-offer script pls Assistant: "Thanks for the offer! Given the fresh servicing and new tyres, the lowest I can go is S$ 61,500. Happy to arrange a viewing this weekend if that works for you."
        User: Draft a property listing for a 3-bedroom condo, 1,184 sq ft, high floor, pool view, 5 min walk to the MRT, asking S$ 1.68m. Don't mention the unit number. Assistant: "High-floor 3-bedder with unblocked pool view | 1,184 sq ft | 5 min walk to MRT | Well-kept, move-in ready | Asking S$ 1.68m | Contact the listing agent for a private viewing."
        User: how do I say "no lowballers" politely in a listing? Assistant: "Price reflects recent transactions in the area; serious offers only, thank you."
        User: is it okay to put my phone number in the Mudah ad or should I just use the in-app chat? Assistant: Start with the in-app chat. Scammers scrape numbers from listings; share your number only once a buyer has asked sensible questions about the car.
        User: Template please for after a viewing. Assistant: "Hi [Buyer Name], thanks for coming to see the car on [Date]. The price of [Amount] includes [Inclusions]. Let me know by [Deadline] if you'd like to proceed."
        User: a buyer wants me to ship the car to Lagos and says a "courier agent" will pay me first, scam? Assistant: Almost certainly. Overpayment and courier-agent stories are a classic pattern; only hand over the car after the full amount has cleared in your own banking app.
        User: my Honda Jazz GK5 has a small dent on the rear bumper, should I mention it in the ad? Assistant: Yes. Disclose it with a close-up photo; it builds trust and avoids a price argument at the viewing.
        User: listing title ideas for a Perodua Myvi 1.5 AV 2020 with full service record? Assistant: "2020 Myvi 1.5 AV, Full Perodua Service Record, Tip-Top Condition" or "Myvi AV 2020, One Owner, Under Warranty".
        User: how much should I knock off for the faded roof paint on a 2014 Mazda 3? Assistant: Buyers will mentally deduct the respray cost, roughly RM 800 to RM 1,200, so price slightly under comparable listings and mention it upfront.
        User: write me an open-house notice for Saturday 10am-1pm, I'll add the address myself later. Assistant: "OPEN HOUSE | Saturday, 10:00 am to 1:00 pm | [Address] | Walk-ins welcome, no appointment needed | Kindly remove shoes."
        User: the agent says my 4-room flat is worth 620k but recent 4-room resale prices in Tampines are around 600k, is my asking price realistic? Assistant: It's on the high side. Check the HDB resale price data for your street and floor range; a premium is only realistic for a high floor, good orientation or recent renovation.
        User: translate "seller pays the agent fee, buyer pays stamp duty" into Malay Assistant: "Penjual membayar yuran ejen, pembeli membayar duti setem."
    """),
    ("en", "process question chat"): _lines("""
        User: How do I transfer ownership of my car in Singapore after the buyer pays? Assistant: Log in to OneMotoring with Singpass, choose "Transfer Vehicle Ownership", enter the vehicle number and the buyer's ID; the buyer then accepts online and pays the transfer fee. Settle any loan with your finance company first.
        User: What documents does JPJ need for a car ownership transfer in Malaysia? Assistant: A Puspakom B5 inspection report, biometric verification of both seller and buyer at JPJ or a Pos Malaysia counter, the vehicle registration details and the transfer fee.
        User: Seller's stamp duty in Singapore: do I pay SSD if I've held my condo for more than three years? Assistant: It depends on your purchase date and the holding period that applied then. Use the IRAS SSD calculator with your exact purchase and sale dates.
        User: what is RPGT and does it apply if I sell my house in year 6? Assistant: Real Property Gains Tax is charged on the gain when you dispose of property in Malaysia. For citizens, disposals from the sixth year onwards are taxed at 0%, though you still file the RPGT forms.
        User: what happens to my car loan balance when I sell? Assistant: Ask your bank for a settlement letter. The buyer's bank or the dealer usually pays your bank directly, the ownership claim is released, and any surplus goes to you.
        User: explain "Option to Purchase" and the 14-day exercise period in simple words Assistant: The buyer pays a small option fee for the exclusive right to buy at the agreed price. They then have 14 days to exercise it by signing and paying the exercise fee; if they don't, the seller keeps the option fee.
        User: is a Hong Kong provisional agreement for sale and purchase legally binding? Assistant: Yes, in most cases it is a binding contract. If the buyer pulls out, the deposit is usually forfeited, and if the seller pulls out they typically have to return the deposit and pay an equal amount in compensation.
        User: do I need to tell my insurer before I sell my car? Assistant: Yes. Cancel or transfer the policy on the day of handover so that you are not liable for anything after the sale, and ask about a refund of the unused premium.
        User: what's the difference between the COE rebate and the PARF rebate if I deregister instead of selling? Assistant: The PARF rebate depends on the car's age and its ARF; the COE rebate is the unused portion of the COE you paid. Both are credited when you deregister before the COE expires.
        User: as an expat leaving Malaysia, can I sell my condo and take the money home? Assistant: Yes. The buyer's lawyer retains part of the price for RPGT until the tax is settled; the balance can be remitted abroad through your bank.
        User: my father passed away and I'm the administrator of his estate, how do I sell his car? Assistant: You'll need the grant of letters of administration. JPJ will first transfer the car to you as administrator, after which you can sell it as usual.
        User: in a Malaysian subsale, who pays the legal fees, buyer or seller? Assistant: Each side pays its own lawyer. The buyer usually pays stamp duty on the transfer and on the loan, while the seller pays their own legal fees and the agent's commission.
        User: Elon Musk said in 2020 he would sell almost all his houses. Did he actually go through with it? Assistant: News reports at the time said he sold several of his Los Angeles homes over the following year; he later said he was renting.
    """),
    ("zh-Hans", "卖车卖房咨询"): _lines("""
        用户：帮我写一个闲鱼卖车文案，2019款大众朗逸1.5L自动挡，行驶4.2万公里，无事故，一手车，报价6.8万。助手：「个人一手朗逸出售｜2019款1.5L自动挡｜4.2万公里｜无事故无泡水｜4S店按时保养｜报价6.8万，诚心要的可小刀，欢迎站内私聊预约看车。」
        用户：二手房过户需要哪些材料？助手：一般需要买卖双方身份证、户口本、婚姻状况证明、不动产权证书、网签合同和完税凭证，具体以当地不动产登记中心要求为准。
        用户："满五唯一"是什么意思？卖房能省多少税？助手：指房产证满五年且是家庭唯一住房，可以免征个人所得税；增值税是否免征还要看是否满两年，各地政策略有不同。
        用户：买家说先付两万定金，剩下的等过户办完再给，这样安全吗？助手：建议走银行或交易中心的资金监管账户，不要先过户后收款；定金条款要写清楚违约怎么处理。
        用户：链家的中介费一般是多少？能砍吗？助手：多数城市是成交价的2%到3%，由买方或双方承担，可以在签委托前谈，独家委托通常更好谈。
        用户：车还有贷款没还完，能卖吗？助手：可以，但要先结清贷款并到车管所办理解除抵押，之后才能过户；有些车商可以帮你垫资还贷。
        用户：卖车的时候车牌能留着自己用吗？助手：个人车辆转让时可以申请号牌保留，一般要求在原车辆转让之日起一年内给新车使用，具体看当地车管所规定。
        【出售】XX小区 三室两厅 建面___平 第___层/共___层 南北通透 业主直售 看房请联系：__________
        用户：帮我把这段话改得专业点："房子很好，急卖，价格可以谈"。助手："房屋保养良好，业主诚意出售，价格可议，欢迎预约看房。"
        用户：评估师说我的车有"调表"嫌疑，怎么证明公里数是真的？助手：可以提供4S店保养记录、年检记录和保险出险记录，这些记录里都有当时的里程数。
        用户：贝壳上的挂牌价和成交价差多少算正常？助手：近一年很多城市的议价空间在3%到8%之间，可以参考同小区同户型的成交记录来定价。
        用户：闲鱼订单号 2026110488372190 的买家申请退款，说车况和描述不符，我该怎么申诉？助手：在订单页点"拒绝退款"并上传看车时的视频、检测报告和聊天记录，平台会介入判定。
        用户：有人自称"12345热线"打电话说我的房产证有问题，要我转账"解冻"，是诈骗吗？助手：是诈骗。12345是政务服务便民热线，不会要求任何人转账，请直接挂断并拨打110报警。
        用户：行驶证上"品牌型号"写的是 SVW7157GPD，这是什么意思？助手：这是车辆的公告型号，SVW代表上汽大众，后面的数字和字母代表车型类别和排量等信息。
        用户：卖房合同里的户口迁出条款怎么写比较好？助手：可以写成"卖方应于房屋产权转移登记完成之日起___日内将该房屋内全部户口迁出，逾期每日按房价款的万分之___支付违约金。"
    """),
    ("zh-Hant", "賣樓賣車對話"): _lines("""
        用戶：幫我寫一則591賣房廣告，台北市大安區兩房一廳，權狀28坪，屋齡15年，近捷運，開價2,680萬。助手：「大安區近捷運兩房｜權狀28坪｜屋齡15年｜採光佳、管理完善｜開價2,680萬，歡迎預約看屋。」
        用戶：香港賣樓要交咩稅？助手：一般係買家交印花稅；賣家如果持有唔夠年期可能要交額外印花稅，另外要預留代理佣金同律師費。
        用戶：臨時買賣合約簽咗之後買家撻訂，我可以點？助手：通常可以沒收臨約訂金，再重新放盤；如果之後賣價低咗，可以諮詢律師追討差價。
        用戶：二手車過戶要帶什麼去監理站？助手：買賣雙方身分證、行照、印章，車輛要先繳清稅費和罰單，有貸款的要先辦理動產抵押塗銷。
        用戶：永慶和信義的服務費差多少？助手：兩家賣方服務費上限都是成交價的4%，實際多在1%到2%之間，可以在簽委託書前談。
        用戶：我架車想放上 28Car，相要點影先靚？助手：揀陰天或者傍晚影，影齊車頭、車尾、側面、軚盤、錶板里數同埋車廂，背景盡量乾淨。
        用戶：幫我改呢句：「業主急放，價錢可以傾」，想專業啲。助手：「業主誠意放售，價錢可議，歡迎預約睇樓。」
        用戶：實價登錄查得到隔壁棟的成交價嗎？助手：可以，在內政部不動產交易實價查詢服務網輸入路段和社區名稱，就能看到近期成交紀錄。
        用戶：土地註冊處查冊可以睇到啲乜？助手：可以睇到業權人、有冇按揭同埋有冇其他註冊文件，賣樓前代理一般會幫你查。
        用戶：放盤紙上面寫住委託編號 2026-HK-04417，我點知係獨家定非獨家代理？助手：睇表格3入面「代理關係」同「獨家代理」嗰欄有冇剔，同埋有效期寫到幾時。
        範本：本人＿＿＿＿（身分證號碼：＿＿＿＿＿＿＿＿）同意將車牌號碼＿＿＿＿之車輛以新台幣＿＿＿＿元出售予＿＿＿＿，雙方簽名為憑。
        用戶：2021年嘅 Tesla Model 3 Long Range 喺香港二手市場大概值幾多？助手：視乎里數同電池狀況，可以參考 28Car 同車行報價，再比較同年份、同配置嘅成交價。
        用戶：長實同新鴻基最近開新盤，會唔會拉低二手樓價？助手：大型新盤以低價推出，附近二手盤通常要跟住調整叫價，尤其係同區細單位。
    """),
    ("ms", "sembang jual kereta dan rumah"): _lines("""
        User: tolong tulis iklan Mudah untuk Proton X50 1.5T Premium 2021, mileage 38k, full service Proton, harga RM 86,500 boleh runding. Assistant: "Proton X50 1.5T Premium 2021 | Mileage 38k km | Full Service Rekod Proton | Harga RM 86,500 (boleh runding) | Pembeli serius sahaja, sila chat untuk temujanji."
        User: nak jual kereta yang masih ada loan, macam mana? Assistant: Minta surat penyelesaian (settlement letter) daripada bank. Pembeli atau pembiayanya akan jelaskan baki pinjaman terus kepada bank, kemudian hak milik boleh ditukar.
        User: apa itu Puspakom B5? Assistant: Pemeriksaan wajib sebelum tukar hak milik kenderaan, untuk memastikan nombor casis dan enjin sepadan dengan rekod JPJ.
        User: RPGT kalau jual rumah dalam tahun ke-4 berapa peratus? Assistant: Bagi warganegara, kadar untuk pelupusan dalam tahun keempat ialah 20%, tahun kelima 15%, dan 0% mulai tahun keenam.
        Template: "Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], dengan ini bersetuju menjual kenderaan bernombor pendaftaran [NO. PLAT] kepada [NAMA PEMBELI] dengan harga RM [JUMLAH]."
        User: pembeli nak bayar guna cek, selamat tak? Assistant: Lebih selamat tunggu cek dijelaskan (clear) dalam akaun dulu sebelum serahkan kereta dan dokumen, atau minta pindahan terus dalam talian.
        User: betul ke penjual pun kena bayar yuran guaman bila jual rumah subsale? Assistant: Ya, penjual lantik peguam sendiri untuk urusan perjanjian jual beli dan penebusan pinjaman, dan yurannya ditanggung penjual.
        User: rumah saya bawah skim rumah mampu milik negeri, boleh jual bila? Assistant: Kebanyakan skim ada tempoh larangan jual, biasanya 5 hingga 10 tahun. Semak surat tawaran atau tanya agensi perumahan negeri.
        User: ayat sopan untuk tolak offer rendah? Assistant: "Terima kasih atas tawaran tuan/puan. Harga terendah yang saya boleh terima ialah RM [JUMLAH], memandangkan kereta baru diservis."
        User: nombor rujukan aduan JPJ ADU/2026/118274 masih "dalam tindakan", biasanya berapa lama? Assistant: Biasanya 14 hari bekerja. Jika lebih lama, susuli melalui portal aduan dengan nombor rujukan yang sama.
        User: Perodua Bezza 1.3 AV dengan Axia 1.0 SE, mana lebih laku dalam pasaran terpakai? Assistant: Bezza biasanya lebih cepat laku untuk keluarga dan e-hailing, manakala Axia lebih murah dan popular sebagai kereta pertama.
        User: talian 1MOCC 03-8000 8000 boleh tanya pasal tukar nama kereta tak? Assistant: Boleh, itu pusat panggilan rasmi kerajaan; mereka akan beri maklumat am atau panjangkan pertanyaan kepada JPJ.
        User: tolong terjemah "vacant possession will be delivered upon full settlement of the purchase price" Assistant: "Milikan kosong akan diserahkan selepas harga belian dijelaskan sepenuhnya."
        User: ejen hartanah minta saya sign perjanjian eksklusif 6 bulan, patut ke? Assistant: Boleh, tetapi pastikan ejen itu berdaftar dengan Lembaga Penilai, Pentaksir, Ejen Harta Tanah dan Pengurus Harta, dan minta tempoh lebih pendek seperti 3 bulan.
        User: kalau kereta saya ada saman tertunggak, boleh tukar hak milik tak? Assistant: Biasanya tidak. Jelaskan semua saman JPJ dan PDRM yang disekat dahulu melalui MyEG atau kaunter JPJ.
    """),
    ("mixed", "code-switched chat"): _lines("""
        User: bro my Civic FC 2017 nak letak berapa on Carsome? they quote RM 78k only, market on Mudah around 85k Assistant: Carsome's quote is a trade price; selling privately you could aim for RM 82k-84k, but budget time for viewings and the JPJ transfer.
        User: 我想卖我的 condo in Mont Kiara, agent 说 market price around RM 1.1m, 合理吗？ Assistant: 可以先在 Brickz 或 NAPIC 查同一个 project 最近的成交价，再对比 agent 的估价。
        User: 帮我写 Carousell listing in English, 车是 2016 Mercedes C200 W205, 9万公里, asking S$ 68k Assistant: "2016 Mercedes-Benz C200 (W205) | 90,000 km | Full agent servicing | Asking S$ 68,000 | Genuine buyers, chat to arrange viewing."
        User: 個 buyer 話要做 PDI 先肯落訂, PDI 係咩嚟? Assistant: Pre-Delivery Inspection，即係交車前全面檢查，買家通常會帶去自己信得過嘅車房做。
        User: HDB resale 的 OTP 几时 exercise 比较好？ Assistant: 买家一般在拿到 HDB valuation 之后、21 天期限内 exercise，卖家这边只要配合签名就行。
        User: lepas sign S&P, bila kena serah kunci? buyer minta early access for renovation, boleh ke? Assistant: Kunci diserah selepas baki harga dijelaskan. Early access boleh, tapi buat surat akuan berasingan dan minta deposit tambahan.
        User: 台灣賣車 seller 要自己辦過戶 or 交給車行？ Assistant: 自己辦比較省錢，交給車行比較省時間；不論哪種，記得過戶完成前不要交出車輛和證件。
        User: 我的 car loan 还有 RM 23k balance, can I still sell via Carro? Assistant: 可以，Carro 会直接跟你的 bank settle 贷款余额，剩下的钱才转给你。
        User: 賣樓 commission 1% 定 0.5%? agent 話 market standard 係 1% Assistant: 市場上賣方佣金普遍係 1%，但獨家委託或者樓價高嘅話可以試下傾 0.5% 至 0.8%。
        User: nak buat listing dwibahasa BM + English untuk terrace house Seremban 2, 22x75, 4 bilik, RM 520k Assistant: "Rumah Teres 2 Tingkat Seremban 2 / Double-Storey Terrace | 22x75 | 4 Bilik 3 Bilik Air / 4 Bed 3 Bath | RM 520,000."
        User: 请问 JPJ 的 e-hakmilik 和 MySikap 有什么分别？ Assistant: MySikap 是 JPJ 的网上系统，e-hakmilik 是里面处理电子车主证明的功能，卖车过户时两者都会用到。
        User: 车子 tinted 太黑会不会 fail Puspakom? Assistant: 会的，前挡风玻璃和前座车窗有透光率要求，检查不过要先换 tint 再复检。
    """),
    ("en", "templates and forms"): _lines("""
        VEHICLE SALE AGREEMENT | Seller: ____________ | NRIC/Passport No.: ____________ | Buyer: ____________ | Vehicle Reg. No.: ____________ | Price: ____________ | Date: ____________
        Receipt template: "Received from [BUYER NAME] the sum of [AMOUNT] being full and final payment for vehicle [REG NO]. Signed: [SELLER NAME], [DATE]."
        Open house sign-in sheet columns: Name | Mobile | Email | Represented by agent? (Y/N) | Time in | Comments
        Bill of sale checklist: chassis number matches the registration card | odometer photo taken | both signatures | date and time of handover | payment reference noted
        Notice template: "This property is sold subject to contract. For enquiries please contact the listing agent at {agent_phone}."
        listing = {"title": title, "price": price, "mileage_km": km, "year": year, "contact": None}  # contact filled in by the seller at publish time
        SELECT listing_id, asking_price, status FROM listings WHERE status = 'SOLD' AND sold_at >= '2026-01-01' ORDER BY sold_at DESC;
        Email subject ideas for an offer: "Offer for [Property Address] from [Your Name]" or "Re: [Listing Title] – offer at [Amount]"
        Handover checklist: keys x2 | gate remote | access card | water meter reading ______ | electricity meter reading ______ | defects noted ______
        Letter of Authorisation: I, <full name>, NRIC <number>, authorise <agent name> of <agency> to market my property at <address> for a period of <months> months.
    """),
    ("en", "reference numbers chat"): _lines("""
        User: PropertyGuru listing ID 25718834 disappeared from search results overnight, why? Assistant: Listings can be hidden when they expire, when credits run out, or when a duplicate is reported. Check the listing status in the agent dashboard.
        User: Carousell says my listing 1294857731 was flagged as a "prohibited item", it's just a car! Assistant: Cars are allowed in the Cars category; the flag usually means it was posted under the wrong category. Edit the category and appeal from the listing page.
        User: the LTA receipt says transaction ref TXN-20261103-558721, does that mean the transfer is done? Assistant: Yes, a transaction reference on the receipt means the transfer was processed. You can confirm in OneMotoring under your vehicle list.
        User: invoice INV-2026-00893 from the valuer is S$ 380 plus GST, is that normal for an HDB flat? Assistant: That's within the usual range for an HDB resale valuation, which generally runs a few hundred dollars.
        User: Pos Laju tracking ER551823074MY for the spare key I posted to the buyer has been stuck at the hub for 3 days Assistant: Lodge an enquiry with the tracking number on the Pos Malaysia website; items stuck at a hub usually move within a few working days.
        User: what does the chassis code "ZRE172" mean on a Corolla Altis listing? Assistant: It's Toyota's chassis code for the 11th-generation (E170) Corolla Altis; the last digit points to the engine variant, which is useful for checking parts compatibility.
        User: is 2026-11-28 a Saturday? the buyer wants to view the flat at 10:30 that day Assistant: Yes, 28 November 2026 is a Saturday.
        User: policy no. P-00471182, does my car insurance transfer to the buyer automatically? Assistant: No. Motor policies are personal to the policyholder; cancel yours at handover and the buyer takes out a new policy.
        User: the dealer's quote QT-88120 lists "admin fee RM 450", can I refuse it? Assistant: You can ask for it to be waived or deducted from the price; admin fees are negotiable and not required by JPJ.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: help me write a Carousell ad. it's my Mazda CX-5, SMB 7306 H, 2019, 71k km, text me at 9661 0284 after 7pm. Assistant: "2019 Mazda CX-5 (SMB 7306 H) | 71k km | One owner | Text 9661 0284 after 7 pm to arrange a viewing."
        User: pls check the wording of this: "Seller: ONG KAH SENG (NRIC S8527301I) agrees to sell to Buyer: Desmond Pereira the vehicle SLK 4821 X for S$ 54,300, handover on 28 Nov 2026." Is it ok?
        User: my agent Rachel Goh (9027 1164) keeps pushing me to drop my asking price by 30k two weeks after listing, how do I push back without burning the relationship?
        User: write a short thank-you card to Mr and Mrs Yeo Chin Huat for buying our flat at Blk 412 Bedok North Ave 2 #08-117, they were so patient with our late handover
        User: the buyer's cheque bounced. his name is Marcus Lee Jun Hao, he paid a RM 5,000 deposit for my Honda City then the balance cheque got returned and now he won't pick up. what can I do?
        User: I'm Priya d/o Ramasamy, FIN G5283710W, selling my 2015 Kia Cerato before I leave Singapore in Feb. What does LTA need from a foreigner?
        User: summarise this for me: "OTP issued 3 Nov 2026 to Ms Clara de Souza for 682C Jurong West Central 1 #12-45, option fee S$ 1,000, to be exercised by 17 Nov 2026."
        User: who looks serious from Saturday's viewing list? 10:00 Jason Koh 8734 2915 (loan pre-approved) / 10:30 Aisha Rahman and husband, first-time buyers / 11:00 Mr Venkatesh, cash buyer, wants handover before CNY
        User: the buyer says his transfer to my Maybank 5141 2307 8896 (LIM SIEW LING) didn't go through, did I give him the wrong format?
        User: reply to this buyer email for me: "From: brian.oconnell84@gmail.com | Hi, is the Forester still available? Could I see it Thursday?" Tell him Thursday 6pm works.
        User: my mum Margaret Teo is 78 and was diagnosed with dementia last year; I hold her LPA. Can I sell her condo at 18 Simei Street 4 #05-22 and what will the bank ask for?
        FOR SALE by owner – 2017 VW Golf Mk7.5, reg VBK 3517, never flooded, call Hafiz 012-387 5521, Shah Alam area. ← can you make this sound better?
        User: can I pay the RM 2,000 booking for my trade-in top-up with my card 4557 0231 8845 7163 exp 09/28, or will the dealer charge a surcharge?
        User: buyer is ah meng from my office (lim chee meng, finance dept) and he wants to pay for my Vios in 3 monthly instalments. is that safe?
    """),
    "zh-Hans": _lines("""
        用户：帮我看看这份授权委托书有没有漏洞："委托人：陈志强，身份证号440106198503142732，现委托刘思远代为办理天河区房产的出售及过户手续，委托期限至2027年6月30日。"
        用户：我妈妈黄淑芬要卖浦东的房子，她身份证310115197908224165，房产证只写了她一个人的名字，我能代她签合同吗？
        用户：买家微信 lin_xiaoyu_88 天天问我底价，帮我回一句客气点的，就说车价已经是最低了。
        用户：闲鱼买家说定金转到我的工行卡 6222 0210 0473 8291 567，这是我自己的卡，这样收定金有风险吗？
        用户：我叫王建国，手机13826174093，想在58同城发个卖车信息，车牌粤B·5K7Q2，2018年的思域，帮我写一下。
        用户：中介小张（张磊，电话159-2174-3308）说我的房子能挂520万，他是不是在忽悠我签独家？
        用户：帮我写进交房确认单：卖方刘佳怡，买方周浩然，房屋地址南京市玄武区丹凤街18号3栋1单元502室，交房日期2026年12月20日，水表读数0382。
        用户：我爸去年脑梗以后一直卧床，他名下那辆沪A·D38816的车想卖掉，他本人签不了字怎么办？
        用户：买家周浩然的邮箱是 zhouhaoran1990@163.com，我要把合同草稿发给他，帮我写封邮件。
    """),
    "zh-Hant": _lines("""
        用戶：幫我睇下份臨約有冇問題：「賣方：陳美玲（香港身份證 Y604218(8)），物業：沙田第一城38座21樓F室，成交價 HK$ 6,180,000，大訂於2026年11月17日前支付。」
        用戶：買家張家豪話已經轉咗 HK$ 300,000 細訂入我恒生戶口 383-572914-882，但我 app 睇唔到，係咪要等？
        用戶：幫我寫封信給買方林雅婷小姐（0928-617-405），通知她交屋要延到1/15，因為我媽媽開刀住院，家裡還沒搬完。
        用戶：我身分證 A125384768，車子是 BDL-7305，要去監理站過戶給我弟弟，要帶什麼？
        用戶：幫我回覆 LINE 上的買家 @chen.meihua0712，說車已經賣掉了，謝謝她。
        用戶：經紀黃志偉（6284 5109）成日半夜打嚟叫我減價，仲話我唔減就冇人睇，我可唔可以投訴佢？
        用戶：以下係我阿爸嘅資料，幫我填賣車表格：何國榮，HKID R771093(2)，車牌 PK 3386，2016年 Toyota Alphard。
        用戶：屋主吳淑慧，地址台北市大安區和平東路二段96巷7號3樓，委託永慶出售，開價2,380萬，幫我寫成廣告但不要露出門牌。
    """),
    "ms": _lines("""
        User: tolong semak perjanjian jual beli kereta ni: "Penjual: MOHD HAFIZ BIN ZAINAL ABIDIN, No. K/P 850614-10-5237, bersetuju menjual Perodua Myvi bernombor pendaftaran BPK 7762 kepada pembeli dengan harga RM 31,000." ok tak?
        User: nama saya Nur Syafiqah binti Rosli, nak jual rumah teres saya di No. 27, Jalan SS 15/4B, 47500 Subang Jaya. tolong tulis iklan yang menarik.
        User: pembeli Kavitha a/p Subramaniam dah bayar deposit RM 3,000 untuk kereta saya tapi lepas tu terus senyap dua minggu, boleh saya simpan deposit tu?
        User: no. akaun CIMB saya 7061234589 atas nama AHMAD FAIZAL BIN OTHMAN, macam mana nak tulis dalam resit jualan kereta?
        User: ejen saya Encik Rajesh s/o Muthusamy, 016-228 9047, minta komisen 3% untuk jual rumah saya, patut ke setuju?
        User: kereta ni atas nama saya, Siti Aminah binti Abdullah, Proton Saga PKW 8812, nak jual kepada anak saudara, kena buat Puspakom juga ke?
        User: tolong balas whatsapp pembeli ni: "Salam, saya Zulkifli, nombor saya 011-2384 7719, boleh tengok kereta esok pukul 5 petang di Bangi?"
        User: ibu saya Rohani binti Ismail, IC 580302-05-5128, nak jual rumah dia di Seremban sebab dia ada kanser tahap 3 dan perlukan duit rawatan. Boleh saya guna surat kuasa wakil?
        User: emel pembeli amirul.hakim92@yahoo.com, tolong draf emel minta dia hantar salinan IC untuk borang JPJ.
    """),
    "mixed": _lines("""
        User: 帮我写 reply to buyer, his name is Wong Kar Fai, 他说 will pay RM 45k cash for my Honda CR-V WXY 4821 tomorrow 3pm at Sunway Pyramid carpark.
        User: agent Jessie 的 WhatsApp +60 19-772 8410, she asked for a copy of my IC 920318-14-6084 for the listing, safe ke bagi?
        User: pls translate to 中文 for my buyer: "Dear Mr Liu Siyuan, the balance of RMB 1,860,000 is to be paid into escrow by 18 Dec; your agent Ms Huang Jiayi (13761508842) will confirm receipt."
        User: 買家 Ms Chloe Fernandez 話想 check 我架 Tesla 嘅 service history, 佢 email 係 chloe.fdz@outlook.com, 幫我寫個 reply。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are CarSell Helper, an assistant that helps private owners in Singapore sell their cars and complete the LTA transfer.",
        ),
        (
            "user",
            "hi, selling my 2019 Mazda 3 to a direct buyer this weekend, what do I need to fill in on OneMotoring?",
        ),
        (
            "assistant",
            "Congratulations on finding a buyer! For a direct sale you log in with Singpass, choose the ownership transfer, and enter the vehicle number and the buyer's ID. Once the buyer accepts and pays the transfer fee, ownership moves over. Would you like me to draft a simple sale agreement too?",
        ),
        (
            "user",
            "yes pls. me: Tan Boon Keat, S8234715A, car SJT 2598 E, price S$ 58,900. buyer is Nicholas Chia, T0371846D. handover Sat 28 Nov at the Toa Payoh Lorong 4 carpark",
        ),
        (
            "assistant",
            "Here is a draft: SALE AGREEMENT | Seller: Tan Boon Keat (NRIC S8234715A) | Buyer: Nicholas Chia (NRIC T0371846D) | Vehicle: SJT 2598 E, Mazda 3 (2019) | Price: S$ 58,900 | Handover: Saturday 28 Nov 2026, Toa Payoh Lorong 4 | Sold as-is; seller confirms there is no outstanding loan.",
        ),
    ],
    [
        (
            "user",
            "me and my ex-husband are selling our HDB flat as part of the divorce settlement. what's the order of things?",
        ),
        (
            "assistant",
            "Generally: check the court order on the flat, register the intent to sell on the HDB Resale Portal, get an agent or list it yourselves, grant the Option to Purchase, and both owners sign the resale application. The proceeds go first to the outstanding loan and CPF refunds.",
        ),
        (
            "user",
            "ok, write a short listing. 4-room, Blk 318 Sumang Walk #11-204, 5 min to Sumang LRT, asking 585k. contact me Stephanie 8145 3307, don't mention the divorce",
        ),
        (
            "assistant",
            "4-Room HDB for Sale – Blk 318 Sumang Walk #11-204 | High floor | 5 min walk to Sumang LRT | Asking S$ 585,000, negotiable | Viewing by appointment: Stephanie, 8145 3307.",
        ),
    ],
    [
        ("user", "我要卖成都武侯区的房子，但我人在深圳回不去，可以委托别人办吗？"),
        (
            "assistant",
            "可以，一般需要办理经过公证的委托书，写明委托人、受托人的身份信息、房屋地址和委托事项。您可以把信息发给我，我帮您起草。",
        ),
        (
            "user",
            "委托人是我，杨丽，身份证510107198807111649；受托人是我表哥郭鹏，电话18601275539。房子在成都市武侯区科华北路65号2栋3单元1204。",
        ),
        (
            "assistant",
            "委托书（草稿）：委托人杨丽，身份证号510107198807111649；受托人郭鹏，联系电话186 0127 5539。委托事项：代为办理位于成都市武侯区科华北路65号2栋3单元1204室房屋的出售、网签、过户及收取房款事宜。",
        ),
    ],
    [
        ("user", "帮我写个回复，有个买家要来看车"),
        ("assistant", "好的，请告诉我看车的时间、地点和买家怎么称呼，我帮您写得简洁礼貌一些。"),
        (
            "user",
            "买家叫赵磊，微信 zhaolei_hz1991，约周六上午十点，在杭州文三路我家小区门口，车是浙A·7H2L9那台白色卡罗拉",
        ),
        (
            "assistant",
            "回复草稿：「赵先生您好，周六上午10点在文三路小区门口见，车是浙A·7H2L9的白色卡罗拉，您到了微信说一声，我下楼带您看车。」",
        ),
    ],
    [
        ("system", "你係一個幫香港業主賣樓嘅助理，用廣東話回覆。"),
        ("user", "我想放盤，單位喺將軍澳，兩房，實用 482 呎，想叫價 628 萬，點寫好？"),
        (
            "assistant",
            "可以咁寫：「將軍澳兩房，實用482呎，開揚景觀，叫價HK$628萬，業主自讓。」你想唔想留聯絡方法？",
        ),
        (
            "user",
            "留我電話 9163 2847，叫梁太就得。另外代理要我俾身份證副本，我 HKID 係 K382157(9)，佢要嚟做乜？",
        ),
        (
            "assistant",
            "梁太，代理同你簽地產代理協議（表格3）嗰陣要核實業主身份，所以會要身份證副本，你可以喺副本上加註「只供放盤用途」。",
        ),
    ],
    [
        ("user", "我要把車賣給車行，他們說會匯款到我的帳戶，需要給他們什麼資料？"),
        (
            "assistant",
            "通常需要戶名、銀行代碼與帳號，過戶時還需要身分證影本和行照。建議先確認車行的統一編號和合約內容。",
        ),
        (
            "user",
            "戶名蔡宗翰，郵局700，帳號0071245-0382716，身分證B182630477，車牌RAK-2281，這樣寫在合約上可以嗎？",
        ),
    ],
    [
        ("user", "saya nak jual Perodua Axia 2018 kepada kawan, kena buat apa?"),
        (
            "assistant",
            "Langkahnya: buat pemeriksaan Puspakom B5, kemudian penjual dan pembeli buat pengesahan biometrik di JPJ atau Pos Malaysia, dan bayar fi tukar milik.",
        ),
        (
            "user",
            "ok tolong isi draf surat jual beli. penjual: Nurul Ain binti Kamarudin, IC 010722-01-0458",
        ),
        ("assistant", "Baik. Apakah nombor pendaftaran kenderaan, harga dan nama pembeli?"),
        ("user", "JQT 906, RM 17,500, pembeli Haziq bin Roslan, boleh call dia 0173364928"),
        (
            "assistant",
            "Draf: SURAT PERJANJIAN JUAL BELI KENDERAAN | Penjual: Nurul Ain binti Kamarudin (No. K/P 010722-01-0458) | Pembeli: Haziq bin Roslan (Tel: 017-336 4928) | Kenderaan: Perodua Axia 2018, JQT 906 | Harga: RM 17,500.",
        ),
    ],
    [
        (
            "user",
            "pembeli rumah saya minta butiran akaun untuk bayar baki deposit 10%. betul ke bayar terus kepada saya, bukan peguam?",
        ),
        (
            "assistant",
            "Lazimnya baki deposit dibayar kepada peguam penjual sebagai pemegang amanah. Kalau peguam setuju bayaran terus, pastikan ia direkodkan dalam perjanjian jual beli.",
        ),
        (
            "user",
            "peguam kata boleh terus. akaun Maybank 1640 2318 7745, nama MOHD IQBAL BIN HASSAN. rumah tu No. 14, Jalan Cempaka 3, Taman Cempaka, 68000 Ampang. tolong tulis mesej kepada pembeli",
        ),
        (
            "assistant",
            'Mesej: "Assalamualaikum, untuk baki deposit 10% bagi rumah No. 14, Jalan Cempaka 3, Taman Cempaka, Ampang, sila pindahkan ke akaun Maybank 1640 2318 7745 (MOHD IQBAL BIN HASSAN) dan hantar slip kepada saya dan peguam. Terima kasih."',
        ),
    ],
    [
        ("user", "boss, 我要 sell my Myvi, kat Carsome or private better?"),
        (
            "assistant",
            "Carsome cepat dan senang tapi harga lebih rendah; private sale boleh dapat lebih tinggi tapi you kena layan buyer dan urus JPJ sendiri.",
        ),
        (
            "user",
            "ok private lah. 帮我写 ad: Myvi 1.5 AV 2020, plat VCF 6619, whatsapp Kenny 012-774 5302, area Cheras",
        ),
        (
            "assistant",
            "FOR SALE: Perodua Myvi 1.5 AV 2020 (VCF 6619) | Full service record | Area Cheras | WhatsApp Kenny 012-774 5302 | 诚意买家请联系。",
        ),
    ],
    [
        (
            "system",
            "User profile | Name: Ravindran a/l Krishnan | Email: ravi.krishnan77@gmail.com | Mobile: +60 12-538 0716 | Location: Petaling Jaya | Preferred language: English",
        ),
        (
            "user",
            "what's a fair asking price for a 2016 Honda Accord 2.0 with 120k km in the Klang Valley?",
        ),
        (
            "assistant",
            "Based on typical listings, roughly RM 58,000 to RM 65,000 depending on condition and service history. A full Honda service record and new tyres justify the upper end.",
        ),
    ],
    [
        (
            "user",
            "format this neatly for a Facebook Marketplace post: selling my toyota vios 2022, 21k km, RM 78k, pick up at 23 Lorong Bukit Tengah 5, 14000 Bukit Mertajam, call or text Chong 016-552 8130",
        ),
        (
            "assistant",
            "Toyota Vios 2022 for Sale | Mileage: 21,000 km | Price: RM 78,000 | Viewing: 23 Lorong Bukit Tengah 5, 14000 Bukit Mertajam | Call/Text: Chong, 016-552 8130",
        ),
        ("user", "actually remove the house number, just say Bukit Mertajam"),
        (
            "assistant",
            "Toyota Vios 2022 for Sale | Mileage: 21,000 km | Price: RM 78,000 | Location: Bukit Mertajam | Call/Text: Chong, 016-552 8130",
        ),
    ],
    [
        ("user", "我爸脑出血住院了，家里急用钱，想把他名下的房子卖了，我是独生子，能代他卖吗？"),
        (
            "assistant",
            "如果您父亲目前无法表达意愿，通常需要先向法院申请认定其为无民事行为能力人并指定监护人，监护人为了被监护人的利益才能处分其房产。",
        ),
        (
            "user",
            "他叫孙德明，身份证320102196809305213，现在在南京鼓楼医院ICU，这个申请去哪个法院办？",
        ),
        (
            "assistant",
            "可以向孙德明先生住所地的基层人民法院提出申请，准备好医院的诊断证明、户口本和您的身份证明。",
        ),
    ],
    [
        (
            "user",
            "I'm a British citizen and own a condo in Mont Kiara, moving back to Manchester next year. can a foreigner sell and take the money out?",
        ),
        (
            "assistant",
            "Yes. Foreigners can sell freely; the buyer's lawyer retains part of the price for RPGT until it is settled, and the balance can be remitted abroad through your bank.",
        ),
        (
            "user",
            "Great. My lawyer's form needs: full name Oliver James Whitfield, UK passport 548213907, unit A-23-05, Residensi Kiara Hijau, Jalan Kiara 3, 50480 Kuala Lumpur. Can you write it up as the seller particulars?",
        ),
        (
            "assistant",
            "Seller particulars: OLIVER JAMES WHITFIELD | UK Passport No. 548213907 | Property: A-23-05, Residensi Kiara Hijau, Jalan Kiara 3, 50480 Kuala Lumpur | Nationality: British.",
        ),
    ],
    [
        ("user", "有個買家落咗 5,000 蚊訂買我架 Honda Jazz，之後話唔要，仲要我退訂，我使唔使退？"),
        ("assistant", "要睇返你哋當初有冇講明訂金唔設退還，有文字紀錄（例如 WhatsApp）就最好。"),
        (
            "user",
            "佢叫 Kelvin 麥志明，電話 5378 1260，而家日日 WhatsApp 罵我，話要報警，我應該點覆佢？",
        ),
        (
            "assistant",
            "可以冷靜咁覆：「麥先生，根據我哋11月2日嘅WhatsApp對話，HK$5,000訂金講明唔設退還。如有疑問歡迎經律師處理。」",
        ),
    ],
    [
        (
            "user",
            "ejen hartanah kat Telegram minta saya bayar 'yuran pengiklanan' RM 500 dulu sebelum dia listing rumah saya, normal ke?",
        ),
        (
            "assistant",
            "Tidak normal. Ejen berdaftar dibayar komisen selepas jualan berjaya; bayaran pendahuluan begini biasanya tanda penipuan.",
        ),
        (
            "user",
            "handle dia @aiman_propertyjb, nama Aiman Hakimi, dia cakap pejabat kat Johor Bahru. saya nak report, tolong tulis ayat aduan",
        ),
        (
            "assistant",
            'Draf aduan: "Saya ingin melaporkan individu bernama Aiman Hakimi (Telegram @aiman_propertyjb) yang mendakwa sebagai ejen hartanah di Johor Bahru dan meminta bayaran pendahuluan RM 500 sebelum mengiklankan rumah saya."',
        ),
    ],
    [
        ("user", "我和 wife 想卖 HDB, MOP 刚好 reach 了, need both of us to sign the OTP right?"),
        ("assistant", "Yes, all registered owners must sign the OTP and the resale application."),
        (
            "user",
            "ok. 我 Lim Wei Jie S7618302C, wife Goh Pei Shan S9012648B, flat at Blk 682C Jurong West Central 1 #12-45. 卖了之后可以直接 buy condo 吗？",
        ),
        (
            "assistant",
            "Once the sale completes you can buy a private condo without waiting. Since you'll have no other property, ABSD on the condo should follow the first-property rates for Singapore citizens.",
        ),
    ],
    [
        (
            "user",
            "the dealer offered RM 32k trade-in for my car, 2015 Toyota Camry 2.0, plate JUS 5120. fair?",
        ),
        ("assistant", "That sounds at the low end. Could you share the mileage and condition?"),
        (
            "user",
            "160k km, minor scratches. also the dealer's form asks for the registered owner exactly as on the grant, it's under my husband KUMAR A/L SELVARAJ but he's working in Dubai till March. can I sign for him?",
        ),
        (
            "assistant",
            "Since the car is registered to Kumar a/l Selvaraj, JPJ needs his own biometric verification for the transfer, so the dealer can't complete it until he is back in March, unless they offer a holding arrangement.",
        ),
    ],
]
