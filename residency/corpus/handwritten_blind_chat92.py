# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat92: chats with an assistant about one's own property purchase or sale. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat92
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_qa"): _lines("""
        User: What's the difference between the OTP and the resale application when buying an HDB flat? Assistant: The Option to Purchase is granted by the seller once you pay the option fee (up to S$1,000); after you exercise it within 21 calendar days, both parties submit the resale application on the HDB portal and HDB processes it from there.
        User: Is ABSD payable if I'm a Singapore citizen buying my second private condo? Assistant: Yes. Under the rates in force since 27 April 2023, a citizen buying a second residential property pays 20% ABSD on top of Buyer's Stamp Duty, and 30% for the third and subsequent properties.
        User: how do i calculate BSD on a 1.5 million property in singapore? Assistant: BSD is tiered: 1% on the first S$180,000, 2% on the next S$180,000, 3% on the next S$640,000 and 4% on the next S$500,000, so for S$1.5m it comes to S$44,600.
        User: My agent says the valuation came in below the offer price. What does "cash over valuation" mean? Assistant: COV is the amount by which the agreed price exceeds the valuation; the loan is based on the lower figure, so the difference has to be paid in cash and cannot come from CPF.
        User: If I sell my condo 18 months after buying, how much Seller's Stamp Duty do I pay? Assistant: For residential property bought on or after 4 July 2025, SSD is 16% in the first year, 12% in the second, 8% in the third and 4% in the fourth, so at 18 months you would pay 12% of the price or market value, whichever is higher.
        User: What should I look for during a defect inspection of a new BTO flat? Assistant: Tap the floor and wall tiles for hollowness, check for cracks, uneven skirting, window sealant and ponding in the bathrooms, and log everything with the Building Service Centre within the defects liability period.
        User: In Malaysia who normally pays the legal fees for the SPA and the loan agreement? Assistant: The purchaser usually pays both sets of fees, which follow the scale in the Solicitors' Remuneration Order, plus the stamp duty on the memorandum of transfer and on the loan agreement.
        User: What is RPGT and how much is it if I sell my house in Malaysia in year 6? Assistant: For a Malaysian citizen, Real Property Gains Tax is 0% from the sixth year of ownership onwards, but you still have to file the CKHT forms with LHDN within 60 days of the disposal.
        User: what is TDSR and MSR for an HDB loan? Assistant: The Total Debt Servicing Ratio caps all monthly debt repayments at 55% of gross monthly income, and the Mortgage Servicing Ratio caps the instalment for an HDB flat or EC at 30% of income.
        User: In Hong Kong, what's the difference between the provisional agreement and the formal agreement for sale and purchase? Assistant: The PASP is signed first with the initial deposit and is already binding; the formal agreement is prepared by the solicitors, usually within about two weeks, and comes with the further deposit.
        User: Summarise the plot of A House for Mr Biswas, I want to open my talk for first-time homebuyers with it. Assistant: V. S. Naipaul's novel follows Mohun Biswas, a Trinidadian sign painter turned journalist, whose lifelong struggle to own a house of his own stands for his search for independence and dignity.
        User: The developer's letter quotes project ref DL/PRJ/2026/0412 and says the defects liability period is 12 months. Is that standard in Malaysia? Assistant: For housing under the Schedule G and H sale agreements the defect liability period is 24 months from vacant possession, so a 12-month period in a regulated SPA would be worth raising with the Housing Ministry.
        User: Fixed or floating rate for a 25-year mortgage, which one is safer right now? Assistant: A fixed package gives you certainty for the lock-in period, a floating one pegged to SORA moves with the market; compare the rate after the promo ends and the penalty for early repayment rather than just the headline rate.
        User: What happens to the CPF I used when I sell my flat? Assistant: The principal you withdrew plus the accrued interest must be refunded to your Ordinary Account from the sale proceeds, up to the net proceeds of the sale.
        User: Is a 99-year leasehold condo with 60 years left a bad buy? Assistant: Not automatically, but banks and CPF restrict financing when the remaining lease does not cover the youngest buyer to age 95, and resale demand tends to thin out as the lease runs down.
        User: the invoice from the valuer is INV-88213-SG for S$380 plus GST, is that normal for a condo valuation? Assistant: Yes, a desktop or full valuation for a typical condo unit usually costs a few hundred dollars, and many banks waive or subsidise it when you take their loan.
    """),
    ("en", "user_request"): _lines("""
        Write a polite email to my property agent asking for the last 6 months of transacted prices in the project; leave [Agent Name] and [Project Name] as placeholders.
        Draft a letter of offer to purchase with blanks for buyer name, NRIC number, property address, offer price and validity period.
        Can you make me a checklist for the key collection day of a new condo, including what to bring and what to test?
        Explain in simple terms what "subject to contract" means when it is written on an offer letter in Hong Kong.
        Give me an Excel formula for the monthly mortgage instalment when the loan amount is in B2, the annual rate in B3 and the tenure in years in B4.
        Fill in this template only with obvious dummy values so I can see the layout: "I, <FULL NAME>, NRIC <NRIC NO.>, authorise <AGENCY> to market my property at <ADDRESS> for <PRICE>."
        What questions should I ask a conveyancing lawyer before engaging them for a sub-sale terrace house in Klang Valley?
        Make a table comparing buying a resale HDB flat against waiting for a BTO, for a young couple with a combined income of about S$9,000.
        Give me a generic negotiation script for when the seller's agent asks for a higher COV than the recent transactions justify.
        Check my code: def bsd(p): tiers = [(180000, 0.01), (180000, 0.02), (640000, 0.03), (500000, 0.04), (1500000, 0.05)]; then 0.06 on the rest. Is the loop right?
        I'm selling a flat in Tampines next year. What documents does HDB usually ask sellers for during the resale process?
        Rewrite this listing to sound more attractive: "4-room HDB, high floor, unblocked view, 5 min to MRT, renovated 2024, asking $688k, call Orchid Realty hotline 6123 4000 for viewing."
        Translate "vacant possession", "caveat", "strata title" and "Bumiputera lot" into Malay with a one-line explanation each.
        What did Lee Kuan Yew's government intend with the Home Ownership for the People Scheme launched in 1964?
    """),
    ("en", "pasted_notice"): _lines("""
        Summarise this for me: "Harbourline Conveyancing LLP, Completion Checklist v3.2: (1) redemption statement from existing mortgagee (2) stamp certificate (3) keys and access cards (4) final utilities reading. Office hours Mon to Fri 9am to 6pm, tel 6221 8030."
        Is this ad legit? "NEW LAUNCH near Tengah, 3BR from $1.2xm, limited units left, call the show-flat hotline 6100 2288, registration closes 30 Nov."
        Explain this URA flash estimate line: "Private residential prices rose 0.9% q-o-q in Q3 2026, compared with 1.1% in the previous quarter; landed homes led the increase."
        My bank's website says: "Home loan promo: 3-year fixed 2.45% p.a., lock-in 2 years, min loan S$300,000, promo code HOME26Q4, T&Cs apply." Is a 2-year lock-in normal?
        The courier for the original title document gave tracking no. SGP-EMS-7704192263, where do I track it and how long does it usually take from KL?
        Explain this clause from a Schedule H SPA: "The Purchaser shall pay the balance of the purchase price by instalments at the times and in the manner prescribed in the Third Schedule."
        What does this line of my valuation report mean: "Valuation Ref: KPV/2026/11/07731 | Market Value: RM 610,000 | Forced Sale Value: RM 520,000 | Tenure: Freehold"?
        Did Anwar Ibrahim's Budget 2025 speech change the stamp duty exemption for first homes? I heard it was extended to 2027.
        Our condo circular says: "MCST 4127 / AGM 2026: lift modernisation works will commence on 5 Jan 2027; please contact the management office at 6345 1120 for access arrangements." Can the MCST do this without a vote?
        Is this config right for my affordability calculator? {"country": "SG", "ltv_limit": 0.75, "tdsr": 0.55, "msr": 0.30, "stress_rate": 0.04, "max_tenure_hdb": 25}
        Summarise: "EAA Practice Circular No. 26-01 (CR): licensees shall provide the Property Information Form to purchasers before the provisional agreement is signed, and shall disclose any unauthorised building works known to them."
        Rewrite this HDB reminder more simply: "Flat owners must fulfil the Minimum Occupation Period of 5 years before selling the flat on the open market; the MOP excludes any period of non-occupation."
    """),
    ("zh-Hans", "chat_qa"): _lines("""
        用户：二套房契税现在是多少？助手：按财政部、税务总局2024年的公告，家庭第二套住房面积140平方米及以下的按1%征收，140平方米以上的按2%，具体以当地税务局为准。
        用户：满五唯一是什么意思？卖房能省哪些税？助手：指卖方家庭名下这套房已持有满五年且是家庭唯一住房，可以免征个人所得税；增值税则主要看是否满两年。
        用户：公积金贷款和商贷哪个划算？组合贷一般怎么操作？助手：公积金利率更低但额度有限，不够的部分用商贷补足，需要公积金中心和商业银行分别审批，放款时间也会比纯商贷长一些。
        用户：中介费一般收多少？能砍吗？助手：各地行情不同，常见是成交价的1%到3%，由买方或双方承担，签居间合同前可以谈，也要写清楚交易失败是否退费。
        用户：网签之后还能反悔吗？定金会不会被没收？助手：网签后合同已备案，单方反悔属于违约，定金一般不退，还可能要承担合同约定的违约金，撤销网签需要双方共同申请。
        用户：看《蜗居》里海萍为了首付到处借钱，现在首套房首付比例最低是多少？助手：2024年5月起全国层面首套住房商业贷款最低首付比例下调到15%，二套25%，各城市可以在此基础上自行设定。
        用户：新房交付时发现墙面空鼓、卫生间渗水，应该怎么跟开发商交涉？助手：先在交付验房单上逐项书面记录并拍照，要求开发商在保修期内限期整改，拒不处理的可以向住建部门投诉或起诉。
        用户：二手房评估价比成交价低30万，银行贷款按哪个算？助手：银行一般按评估价和成交价孰低来核定贷款额，差额部分需要自己用现金补足首付。
        用户：律师见证费一般多少？买二手房有必要请律师吗？助手：按件收费的常见几千元，按标的比例收费的更高；产权复杂、有抵押或有租约的房子建议请律师审查合同。
        用户：不动产权证上的"共同共有"和"按份共有"有什么区别？助手：共同共有不分份额，通常用于夫妻；按份共有会写明各自比例，处分时按份额承担权利义务。
        用户：订单号 JD20261106883120 是我在平台下单的验房服务，一般验房报告包括哪些项目？助手：通常包括空鼓、裂缝、平整度、垂直度、防水闭水试验、电路和给排水检测，并附照片和整改建议。
        用户：LPR每个月都会变吗？我的房贷利率会跟着调吗？助手：LPR每月20日公布，但存量房贷只在合同约定的重定价日调整，一般是每年1月1日或放款对应日。
        用户：电视剧《安家》里房似锦那种门店店长，现实中提成大概怎么算？助手：一般是门店业绩提成加个人成交提成，比例各公司不同，剧里的情节有不少艺术加工。
        用户：卖房的时候买家要求"带押过户"，风险大吗？助手：带押过户不需要先筹钱解押，但要确认所在城市和银行支持，资金最好走交易资金监管账户。
        用户：房屋交易资金监管账户是做什么用的？助手：买方的房款先存入监管账户，等过户登记完成后再划给卖方，防止一方收钱不办事。
        用户：开发商延期交房，可以打12345投诉吗？助手：可以拨打12345政务服务便民热线反映，同时建议向当地住建部门书面投诉，并保留购房合同和逾期交付的证据。
    """),
    ("zh-Hans", "pasted_doc"): _lines("""
        帮我看看这个合同条款有没有坑："买受人逾期付款超过30日的，出卖人有权解除合同，买受人按累计应付款的3%向出卖人支付违约金。"
        这是开发商的交付通知，帮我总结一下："尊敬的业主：XX花园二期定于2026年12月20日起集中交付，请携带购房合同原件、身份证原件及交付通知书到售楼处办理。咨询电话：0755-8888 6210。"
        这个验房报告格式对吗："报告编号 YF-2026-1122-037 | 空鼓 12 处，裂缝 3 处，渗水 1 处 | 验房师签章：________ | 日期：____年__月__日"
        帮我把这段门店广告改得专业一点："急售！南山地铁口满五唯一 89㎡ 三房，业主诚心出售，总价 520 万，看房请致电门店 0755-2660 1188"
        解释一下这条公告："自2027年1月1日起，二手房转移登记全面实行'一窗受理、集成服务'，办理时限压缩至1个工作日。"
        这条短信是不是诈骗："【建设银行】您的房贷申请已受理，业务编号 HL20261203005518，如有疑问请致电95533。"
        帮我用表格对比等额本息和等额本金，贷款100万、期限30年、年利率3.1%。
        帮我看下这段代码逻辑对不对：def deed_tax(area, nth): return 0.01 if area <= 140 else (0.015 if nth == 1 else 0.02)
    """),
    ("zh-Hant", "chat_qa"): _lines("""
        用戶：香港買第二層樓仲要俾雙倍印花稅嗎？助手：政府喺2024年2月財政預算案已經撤銷所有住宅物業需求管理措施，包括額外印花稅、買家印花稅同新住宅印花稅，而家按第2標準稅率計從價印花稅就得。
        用戶：臨時買賣合約簽咗之後反口會點？助手：一般會被沒收臨約時俾嘅訂金，通常係樓價嘅3%至5%，仲要睇合約有冇其他賠償條款。
        用戶：驗樓發現有僭建，會唔會影響做按揭？助手：銀行估價時可能將僭建部分剔除或者直接拒絕承造，買之前最好請測量師睇清楚，並喺合約寫明賣方要還原。
        用戶：台灣買房的履約保證是什麼？一定要做嗎？助手：履約保證是把價金交給銀行或建經公司的專戶控管，等過戶完成才撥給賣方，法律上不強制，但能降低一手交錢一手不交屋的風險。
        用戶：房地合一稅2.0持有兩年內賣出稅率多少？助手：個人持有2年以內出售稅率45%，超過2年未逾5年35%，超過5年未逾10年20%，超過10年15%；符合自住條件的有400萬元免稅額。
        用戶：台灣仲介費一般買方付幾趴？助手：法規上限是買賣雙方合計不超過成交價6%，實務上常見賣方4%、買方1%到2%，都可以議。
        用戶：怎麼查實價登錄？助手：到內政部不動產交易實價查詢服務網，輸入縣市、路段或社區名稱就能查到成交價格、面積和樓層。
        用戶：海砂屋要怎麼檢測？助手：可以委託有認證的實驗室鑽心取樣，檢測混凝土氯離子含量，再對照CNS 3090的標準判斷。
        用戶：林鄭月娥當年提出嘅「明日大嶼」同樓價有乜關係？助手：「明日大嶼願景」係2018年施政報告提出嘅填海計劃，目標係長遠增加土地同房屋供應，對短期樓價影響有限。
        用戶：律師樓俾咗個交易編號 TX-HK-2026-118204 我，話等銀行放款，一般要幾耐？助手：一般喺成交日，銀行會將貸款經律師轉俾賣方律師，當日就完成交易。
        用戶：樓上漏水到我家，台灣可以找哪個單位調解？助手：可以向區公所調解委員會申請調解，也可以請建築師公會或土木技師公會做鑑定，作為之後求償的依據。
        用戶：新成屋交屋驗屋要帶什麼工具？助手：建議帶水平儀、捲尺、小電燈、插座檢測器、空鼓錘和彩色膠帶，發現問題就貼標記並拍照。
        用戶：新青安貸款的條件是什麼？助手：申請人本人、配偶及未成年子女名下都沒有自有住宅，貸款額度最高1,000萬元，期限最長40年，寬限期最長5年。
        用戶：按揭保險係咩嚟？買七百萬嘅樓可以做高成數按揭嗎？助手：按揭保險由按揭證券公司承保，讓銀行可以借出超過一般按揭成數嘅貸款，實際上限要睇最新計劃同你嘅供款能力。
    """),
    ("ms", "chat_qa"): _lines("""
        Pengguna: Berapa duti setem untuk MOT rumah RM500,000? Pembantu: Kadarnya 1% bagi RM100,000 pertama dan 2% bagi baki hingga RM500,000, jadi RM9,000, kecuali jika anda layak pengecualian pembeli rumah pertama.
        Pengguna: Apa itu LPPSA dan siapa yang layak memohon? Pembantu: Lembaga Pembiayaan Perumahan Sektor Awam memberi pembiayaan perumahan kepada penjawat awam yang berkhidmat secara tetap, kontrak atau sementara yang memenuhi syarat.
        Pengguna: Boleh ke guna duit KWSP untuk bayar deposit rumah? Pembantu: Boleh, pengeluaran perumahan dibuat daripada Akaun Sejahtera untuk membeli atau membina rumah, tertakluk kepada syarat KWSP.
        Pengguna: Apa beza hakmilik strata dengan hakmilik induk? Pembantu: Hakmilik induk ialah geran bagi keseluruhan tanah projek, manakala hakmilik strata dikeluarkan untuk setiap petak selepas pecah bahagi bangunan.
        Pengguna: Rumah lot Bumiputera boleh dijual kepada bukan Bumiputera tak? Pembantu: Secara amnya perlu kebenaran Pihak Berkuasa Negeri untuk melepaskan status Bumiputera, dan biasanya dikenakan caj pelepasan.
        Pengguna: Pemaju lambat serah rumah, boleh tuntut LAD? Pembantu: Boleh, di bawah perjanjian Jadual G atau H, ganti rugi tertentu dikira pada kadar 10% setahun ke atas harga belian bagi tempoh kelewatan.
        Pengguna: Ejen hartanah kena berdaftar kan? Macam mana nak semak? Pembantu: Ya, ejen yang sah mempunyai nombor REN, PEA atau REA dan boleh disemak di laman web Lembaga Penilai, Pentaksir, Ejen Harta dan Pengurus Harta.
        Pengguna: Nombor rujukan kes Tribunal Tuntutan Pembeli Rumah saya TTPR/B/2026/0318, berapa lama biasanya award dikeluarkan? Pembantu: Tribunal berusaha membuat award dalam tempoh 60 hari dari tarikh pendengaran pertama.
        Pengguna: Macam mana nak kira ansuran bulanan pinjaman RM400k, 35 tahun, 4.1%? Pembantu: Anggarannya sekitar RM1,795 sebulan; anda boleh semak menggunakan kalkulator pinjaman di laman web bank.
        Pengguna: Apa maksud "vacant possession" dan "CCC"? Pembantu: Vacant possession ialah penyerahan milikan kosong kepada pembeli, manakala CCC ialah Perakuan Siap dan Pematuhan yang menunjukkan bangunan selamat diduduki.
        Pengguna: Apa syarat Skim Rumah Pertamaku? Pembantu: Skim ini membantu pembeli rumah pertama berpendapatan sederhana mendapatkan pembiayaan sehingga 100% bagi rumah dalam had harga tertentu, tertakluk kepada syarat pendapatan.
        Pengguna: Berapa yuran guaman SPA untuk rumah RM350k? Pembantu: Yuran mengikut skala Perintah Saraan Peguam Cara; anda boleh dapatkan anggaran tepat menggunakan kalkulator di laman Majlis Peguam atau minta sebut harga bertulis.
        Pengguna: Berapa CKHT untuk orang asing yang jual rumah di Malaysia? Pembantu: Bagi bukan warganegara, kadarnya 30% jika dilupuskan dalam tempoh lima tahun dan 10% dari tahun keenam ke atas.
        Pengguna: Rumah subsale ada retak di dinding, patut minta penjual baiki sebelum tandatangan SPA ke? Pembantu: Sebaiknya minta pemeriksaan bebas dan masukkan syarat pembaikan atau potongan harga secara bertulis dalam SPA.
    """),
    ("mixed", "chat_qa"): _lines("""
        User: eh the agent say must pay 1% commission for HDB resale, is that standard ah? Assistant: There is no fixed rate in Singapore; buyers often pay around 1% and sellers around 2%, but it is negotiable and you can also buy without an agent.
        User: 我想问下 Malaysia 的 stamp duty first time buyer 有 exemption 吗？Assistant: 有，首购屋主买 RM500,000 以下的住宅，SPA 转让文书和贷款协议的印花税全免，目前延长到 2027 年底。
        User: bro rumah subsale ni ada caveat, boleh proceed ke? lawyer cakap kena lift dulu. Assistant: Caveat itu menghalang urusan pindah milik, jadi biasanya penjual perlu tarik balik atau dapatkan perintah mahkamah sebelum MOT didaftarkan.
        User: 个 HDB valuation request 要 submit 之前一定要先拿 OTP 吗？Assistant: 要，买家必须先拿到卖家发的 OTP，才可以在 HDB Resale Portal 提交 request for value。
        User: 屋企想搵人做 defect inspection，new launch condo 一般驗樓幾錢？Assistant: 視乎面積同服務範圍，通常由幾百到一千幾百蚊不等，有啲公司會包 re-inspection。
        User: loan tenure 35 yrs vs 30 yrs, interest beza banyak tak? Assistant: Ansuran bulanan lebih rendah untuk 35 tahun, tetapi jumlah faedah keseluruhan lebih tinggi kerana tempoh pinjaman lebih panjang.
        User: 台北預售屋 can transfer 紅單 or not? Assistant: 2023年平均地權條例修法後，預售屋及新建成屋買賣契約原則上禁止換約轉售，只有特殊情況經主管機關核准才可以。
        User: can explain what is ABSD remission for married couple, 一个是 SC 一个是 PR? Assistant: A married couple with at least one Singapore citizen buying their first home jointly can apply for remission of the ABSD paid, provided they meet the conditions set by IRAS.
        User: ejen tu minta booking fee RM2,000 cash, tak ada resit, normal ke? Assistant: Tak digalakkan; minta resit rasmi atas nama agensi dan bayar ke akaun syarikat, bukan akaun peribadi.
        User: This is my draft 给中介的 message, check grammar: "Hi, I am interested in the 3-bedder at the project, could you share the floor plan and latest transacted prices? Thanks." Assistant: The grammar is fine; you could add which unit type you mean.
        User: Bank Negara OPR naik means my floating rate loan confirm naik ah? Assistant: Kebanyakan pinjaman terapung dikaitkan dengan SBR atau BR bank, jadi bila OPR naik, kadar anda biasanya naik sama.
        User: pls translate to English: "买方应于签署本合同后七个工作日内支付定金人民币____元" Assistant: "The Buyer shall pay a deposit of RMB ____ within seven working days after signing this contract."
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please fix the grammar in my email to the HDB officer: "Dear Sir, I am Goh Wei Jie, NRIC S8834172D, writing about my resale application for Blk 417 Bedok North Ave 2 #09-221. My wife and I was told the valuation is delayed, please advise."
        User: my mum Lim Siew Hoon is 71 and was just diagnosed with early Parkinson's, she wants to downsize from her 5-room in Clementi to a 2-room Flexi. Can she still use her CPF for it?
        Can you check if I filled this right? MORTGAGE APPLICATION | Applicant: RAJESH KUMAR A/L SUBRAMANIAM | IC: 790204-07-5121 | Employer: Penang Port Sdn Bhd | Gross income: RM 9,850 | Mobile: 012-738 4561
        User: The seller's lawyer wants a refund account for my option money in case the resale is rejected: DBS 027-904512-3, Nur Aisyah binte Rahmat. Safer to send this by email or just call them?
        User: The seller Mr Francis D'Cruz keeps delaying completion, he says he is in hospital for a heart bypass until the 20th. Can I charge late interest under the OTP?
        User: Write a firm reply to my agent Melvin Chua (9738 2146) telling him I will not pay the extra $15k COV he keeps pushing.
        User: Is this correct? "Valuation appointment for owner Ms Priya d/o Ramasamy at 23 Jalan Kayu Manis, Singapore 809456 on 14 Dec 10am, contact 8461 0935."
        User: help me write a complaint to the Estate Agents Authority. The agent Wong Ka Ho from a Mong Kok branch told me the flat had no unauthorised works, but my surveyor found an illegal rooftop structure. My HKID is K362174(A) and phone 9632 8815.
        User: my ex-husband Darren Teo Kok Wah refuses to sign the transfer of his share of our condo even though the divorce court order was made on 3 Sep. What can I do?
        User: The developer wants the booking fee by card, I'll just send them 4543 1237 0095 1326 exp 08/29 on WhatsApp, is that ok?
        User: Check my statutory declaration for the lost title: "I, SITI HAJAR BINTI OTHMAN (NRIC 880612-14-6038) of No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, do solemnly declare that the original issue document of title has been misplaced."
        User: I'm on an EP, FIN G5093381X, and my wife Anna Kowalski has PR since last year. How much ABSD will we pay on a $1.6m condo and can we get any of it back later?
        Please make this ticket summary sound nicer before I forward it: "SR-20261104-0931 | Mdm Chew Bee Lian | defects not rectified at Blk 8 Punggol Field Walk #12-07, ceiling leaking since Oct | callback +65 9027 5518"
        User: For my HDB loan: I'm Arjun s/o Balakrishnan, staff nurse at Changi General Hospital earning $7,200 a month, with a $900 monthly car loan. Will I pass the MSR for a $750k flat?
    """),
    "zh-Hans": _lines("""
        用户：帮我检查一下这份购房意向书："买方：陈志强，身份证号 440304198702145272，联系电话 138 2654 7190，意向购买南山区某小区 3 栋 1502 房，意向金 5 万元。"
        用户：我老婆刘欣怡现在怀孕七个月了，想赶在孩子出生前把房子加上她的名字，需要她本人去不动产登记中心吗？
        用户：帮我算下公积金能贷多少：我叫周海涛，上海户口，月缴存额3860元，已经连续缴了6年，我爱人王蕾也有公积金。
        用户：中介小何（何俊峰，微信 hjf_fangchan88）答应帮我申请降中介费，结果一直不回，帮我写条催他的消息。
        用户：把这段话改成正式的律师函："张建国于2026年3月向我出售位于杭州市西湖区文三路288号2幢601室的房屋，收取定金20万元后拒绝网签。"
        用户：房贷还款卡是工商银行 6222 0234 5403 8307 662，户名李秀英，是我妈，这个月扣款失败两次了，会影响征信吗？
        用户：你看这个委托书写得对不对："委托人：吴佩琳，身份证 310115199107091840；受托人：吴国安（胞兄），代为办理上海市浦东新区房产出售的全部手续。"
        用户：我爸黄德明今年61岁，刚确诊尿毒症在做透析，他名下那套房想卖了给他治病，但房本上还有我妈的名字，要怎么办手续？
        用户：验房师邓磊（电话 159 1482 6370）说我家卫生间防水没做好，开发商不认，我能拿他的报告去起诉吗？
        用户：我舅舅林振南想卖厦门的房子，身份证 350203197803250612，他人在新加坡，护照号 E63918275，能远程签委托书吗？
    """),
    "zh-Hant": _lines("""
        用戶：幫我睇下呢份臨約啱唔啱："買方：陳嘉欣（香港身份證 Y508813(3)），賣方：梁國榮，物業：九龍觀塘協和街33號12樓C室，樓價 HK$5,380,000，細訂 HK$150,000。"
        用戶：我老公黎志明上個月中風入咗院，佢係業主之一，我想賣樓幫補醫藥費，但佢而家簽唔到名，要點做？
        用戶：我在新北板橋買房，仲介王怡君小姐（0928-417-356）說屋主只是急售，後來才知道是凶宅，我可以解約嗎？
        用戶：幫我寫一封存證信函給建商：「本人林佳蓉，身分證字號 F218503643，住新北市新莊區中正路512巷8號5樓，購買貴公司預售屋B3棟7樓，交屋後三個月內多處漏水……」
        用戶：我爸張文雄（身分證 B182746309）要把台中的透天贈與給我，贈與稅跟土增稅怎麼規劃比較省？
        用戶：按揭轉介公司要我填呢張表：姓名 麥綺雯｜職業 瑪麗醫院註冊護士｜月入 HK$48,000｜手機 6178 2304，我咁填有冇問題？
        用戶：我阿媽何美玲已經82歲，有認知障礙，我哋兄弟姊妹想賣咗佢喺沙田嗰層樓安排佢入老人院，需唔需要申請監護令？
        用戶：賣方要求尾款匯到他個人帳戶：戶名 蔡政宏，台新銀行(812) 帳號 20881000441725，這樣安全嗎？還是應該走履保專戶？
    """),
    "ms": _lines("""
        Pengguna: Tolong semak borang LPPSA ni: Nama: MOHD FAIZAL BIN ABDUL RAHMAN, No. KP: 830129-01-5547, Jawatan: Guru DG44, SMK Taman Universiti, Gaji pokok: RM6,120. Betul ke cara isi?
        Pengguna: Rumah ni atas nama mak saya Rohani binti Ahmad, dia dah 67 tahun dan baru lepas pembedahan lutut, tak larat ke pejabat tanah. Boleh ke saya wakilkan dia untuk tandatangan MOT?
        Pengguna: Ejen saya Kamarul Ariffin bin Zainal (017-225 8903) minta saya bayar deposit 3% terus ke akaun peribadi dia, Maybank 5140 6627 3018. Patut ke?
        Pengguna: Tolong tulis surat aduan ke Tribunal: Saya Nurul Izzati binti Hashim, KP 920915-08-6284, pembeli unit A-12-03 Residensi Seri Mutiara, pemaju lewat serah milikan kosong 9 bulan. Alamat: No. 45, Jalan Mawar 3, Taman Mawar, 31400 Ipoh, Perak.
        Pengguna: saya Thevan a/l Muniandy, kerja operator kilang di Prai gaji RM3,200, ada hutang PTPTN tapi bayar ikut jadual. Boleh lulus pinjaman rumah mampu milik RM250k tak?
        Pengguna: Peguam hartanah saya Cik Farah Wahida dah tiga minggu tak jawab call, fail SPA saya tersangkut. Nombor dia 019-552 8140. Macam mana nak buat aduan ke Majlis Peguam?
        Pengguna: Suami saya Azlan bin Hamid (KP 850317-10-5523) nak keluarkan KWSP untuk deposit rumah, tapi dia tengah cuti sakit sebab kemurungan. Perlu dia hadir sendiri ke kaunter?
        Pengguna: Ni senarai prospek saya (ejen baru): 1) Hafiz 011-2384 7720, minat Setia Alam, bajet RM600k; 2) Mei Ling 016-448 2091, nak jual kondo Cheras sebab tengah bercerai. Tolong susun jadi jadual.
    """),
    "mixed": _lines("""
        User: 帮我 check 这个 booking form 对吗: Name LEE MEI FONG, NRIC 950711-13-5092, Kuching, phone 012-881 6427, unit B-09-11, booking fee RM 5,000 paid.
        User: wah the valuer came today, I'm Ong Boon Keat staying at Blk 283 Tampines St 22 #05-318, he say my kitchen extension never approve, kena ah? how to settle with HDB?
        User: pls translate to English for my SG lawyer: "本人郑美华，护照号码 EJ4827316，授权我的妹妹郑美玲代我签署新加坡房产买卖文件。"
        User: 我個 HKID 係 R227409(3)，叫張頌恩，想問 mortgage pre-approval 要俾幾多個月 payslip？我係自僱 freelance designer，月入大概 35k。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are HomeMate, the assistant of Orchid Realty. Customer on file: Mr Koh Jun Hao, NRIC S9031587J, mobile 9153 0428, monthly income S$6,400, currently renting in Sengkang.",
        ),
        ("user", "Can I afford a 4-room resale around Sengkang with my income?"),
        (
            "assistant",
            "Mr Koh, with S$6,400 a month the MSR allows an instalment of about S$1,920, which supports an HDB loan of roughly S$400k depending on the rate and tenure.",
        ),
        ("user", "ok and if my wife joins the application, she earns about 4k?"),
    ],
    [
        ("user", "How much stamp duty is there on the MOT for a landed house in Selangor?"),
        (
            "assistant",
            "It depends on the price and whether it is your first home. Could you share the price and whether you have owned property before?",
        ),
        (
            "user",
            "RM480k, first home. The SPA will be under my name Chong Wai Kit, IC 901123-10-6657, and my lawyer asked me to confirm the exemption wording.",
        ),
        (
            "assistant",
            "Thanks, Mr Chong. At RM480,000 on a first home, the full stamp duty exemption should apply to the MOT and the loan agreement, subject to the statutory declaration.",
        ),
    ],
    [
        ("user", "满五唯一要怎么证明？"),
        (
            "assistant",
            "一般需要提供房产证登记时间满五年，以及家庭名下唯一住房的证明，请问房子是什么时候买的、登记在谁名下？",
        ),
        (
            "user",
            "2019年买的，房本写的是我爸孙建业，身份证 110108196509304330，不过他名下在老家还有一套自建房，这算不算唯一？",
        ),
    ],
    [
        ("user", "想寫封信俾法團投訴樓上單位漏水，可唔可以幫我起個稿？"),
        ("assistant", "可以，我先用 [姓名]、[地址] 做位置，你之後再填。"),
        (
            "user",
            "唔使留位，直接寫：李穎琳，將軍澳唐德街9號3座22樓F室，電話 5427 9961，樓上22樓G室漏水到我廚房天花已經兩個月。",
        ),
    ],
    [
        ("user", "Saya nak jual rumah teres di Seremban, boleh bantu tulis iklan?"),
        (
            "assistant",
            "Boleh. Boleh kongsi saiz rumah, harga yang diminta dan cara pembeli menghubungi anda?",
        ),
        (
            "user",
            "22x70, 4 bilik, RM435k boleh runding. Pembeli boleh WhatsApp saya terus, Suhaila binti Kassim, 013-690 2741.",
        ),
        (
            "assistant",
            "Rumah Teres 2 Tingkat, Seremban 2, 22x70, 4 bilik 3 bilik air, RM435,000 (boleh runding). Hubungi Puan Suhaila di 013-690 2741.",
        ),
    ],
    [
        (
            "user",
            "I got my BTO keys last week. Can you turn my defect notes into a proper list for the BSC?",
        ),
        ("assistant", "Sure, paste your notes and I'll format them."),
        (
            "user",
            "owner: Tan Kah Seng S7612045E, unit Blk 672B Edgefield Plains #14-115. hollow tiles master bedroom x6, kitchen window can't close, toilet 2 ponding, main door scratch. contact 9884 3120",
        ),
    ],
    [
        ("user", "我想在成都买房，月供控制在多少比较合适？"),
        ("assistant", "一般建议月供不超过家庭月收入的一半，方便说下你的收入和负债情况吗？"),
        ("user", "我叫赵雨欣，在成都华西医院做护士，税后一个月9500，还有一笔车贷每月2100。"),
        (
            "assistant",
            "赵女士，按税后9500元、车贷2100元计算，建议房贷月供控制在2600元以内。",
        ),
    ],
    [
        ("user", "Does the HK lawyer need my passport or just my HKID to act on the purchase?"),
        (
            "assistant",
            "Solicitors usually need a copy of your identity document and proof of address for their due diligence.",
        ),
        (
            "user",
            "OK then please draft a short email to them: I'm Jessica Lau Wing Yan, HKID A784215(8), buying Flat 7B at Block 2 under the PASP signed on 28 Nov, and my address proof will be a bank statement.",
        ),
    ],
    [
        ("user", "代書要我準備哪些資料來辦過戶？"),
        ("assistant", "通常要身分證、印鑑證明、權狀正本和買賣契約，方便的話我可以幫你列清單。"),
        (
            "user",
            "好，順便幫我寫一段傳給代書的訊息：我是賣方劉建宏，身分證 H120948572，桃園市中壢區環中東路二段一號十二樓之三那間，預計下週三去簽約。",
        ),
    ],
    [
        (
            "user",
            "we buying first condo together, i'm SC and my husband is PR, FIN F2216073R, name Rohan Mehta. Can we get ABSD remission ah?",
        ),
        (
            "assistant",
            "Yes, a married couple with at least one citizen can apply for remission on their first jointly owned home, if neither owns other residential property.",
        ),
        ("user", "ok but he still owns one flat in Pune under his name leh, got problem or not?"),
    ],
    [
        (
            "user",
            "Can you summarise a family group chat for me? We're deciding whether to sell grandma's house in Ipoh.",
        ),
        ("assistant", "Sure, paste the messages."),
        (
            "user",
            "Uncle Choon Wai: I need my share fast, my business owe bank 200k / Auntie Mei Yoke: don't sell yet, Ah Ma Lee Ah Kiew still living there, her kidney not good, moving now will kill her / Kevin Lee: I can buy out everyone at 380k",
        ),
    ],
    [
        ("user", "Macam mana nak failkan tuntutan di Tribunal Tuntutan Pembeli Rumah?"),
        (
            "assistant",
            "Anda perlu isi Borang 1 dan nyatakan butiran pembeli, pemaju dan tuntutan anda. Nak saya bantu isi?",
        ),
        (
            "user",
            "Ya. Nama saya Ahmad Zulkifli bin Osman, KP 760918-14-5071, tinggal di No. 8, Jalan Desa 2/5, Desa Aman Puri, 52100 Kepong. Tuntut LAD RM18,400 sebab lewat serah kunci.",
        ),
        (
            "assistant",
            "Baik, Encik Ahmad Zulkifli. Borang 1: Penuntut Ahmad Zulkifli bin Osman (760918-14-5071), alamat No. 8, Jalan Desa 2/5, Kepong; jumlah tuntutan RM18,400.",
        ),
    ],
    [
        ("user", "二手房中介承诺的车位后来没有了，我能要求退中介费吗？"),
        (
            "assistant",
            "如果居间合同里写明了车位，可以要求退还或减免。对方是哪家门店？有书面承诺吗？",
        ),
        (
            "user",
            "是鑫家地产的，经纪人叫钱宇航，手机 186 1027 5539，他微信上说过送车位，我截图了。",
        ),
        ("assistant", "那你可以先把与钱宇航的微信截图整理好，向门店和当地住建部门书面投诉。"),
    ],
    [
        ("user", "My housing loan got rejected. What could be the reasons?"),
        (
            "assistant",
            "Common reasons are a high DSR, missed payments in CCRIS, or a low valuation. Would you like to go through your situation?",
        ),
        (
            "user",
            "Sure. Sharon Lim Pei Shan, IC 870402-12-5338, sales executive in KK, RM5,500 a month. I had two late credit card payments in March and a PTPTN arrears notice.",
        ),
    ],
    [
        (
            "system",
            "你是恒信銀行按揭助理。客戶資料：陳偉業，香港身份證 Z315082(9)，按揭還款戶口 024-512-889023-001，信用卡 5204 7490 7305 0341。",
        ),
        ("user", "我想問下轉按有冇罰息？"),
        ("assistant", "陳先生，你嘅按揭仲喺兩年罰息期內，而家轉按需要繳付貸款額1%嘅罰款。"),
    ],
    [
        ("user", "How do I write to a seller to withdraw my offer politely?"),
        (
            "assistant",
            "Keep it short: thank them, state that you are withdrawing, and confirm how the option fee will be handled.",
        ),
        (
            "user",
            "Here's my version, polish it: Dear Mr and Mrs Ramachandran, I, Daniel Ho Zhi Wei (S8512940F), write to withdraw from the purchase of 18 Jalan Bunga Rampai as my mother has been hospitalised and I must use the funds for her surgery.",
        ),
    ],
    [
        (
            "user",
            "boleh tolong translate ke Mandarin untuk tuan rumah? dia orang Cina, tak faham BM sangat",
        ),
        ("assistant", "Boleh, berikan teks yang hendak diterjemahkan."),
        (
            "user",
            "Saya Mohd Hairul bin Jaafar, penyewa di 21 Lorong Sena 5, Butterworth, saya berminat beli rumah ni terus dari tuan rumah Encik Goh, boleh hubungi saya di 019-447 3065.",
        ),
        (
            "assistant",
            "我是 Mohd Hairul bin Jaafar，目前租住在北海 21 Lorong Sena 5 的房子，想直接向房东吴先生购买这间屋子，请拨 019-447 3065 联系我。",
        ),
    ],
]
