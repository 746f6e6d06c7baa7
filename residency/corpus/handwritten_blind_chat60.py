# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat60: chats with an assistant planning the renovation of one's own home. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat60
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant chat: quotes, budgets and contracts"): _lines("""
        User: My contractor quoted S$42,000 for a 4-room resale flat, hacking two walls and redoing both toilets. Is that on the high side? Assistant: For that scope S$35k-55k is a common range; ask for an itemised quote so you can compare it line by line with the others.
        User: What should a renovation contract include before I pay the deposit? Assistant: An itemised scope of works, materials and brands, a start and completion date, a progress-payment schedule, warranty terms, the defect rectification period and who applies for the permits.
        User: Quotation QT-2024-0815-117 lists "carpentry 28 ft run @ $180/ft". Is per-foot-run pricing normal? Assistant: Yes, built-in carpentry is usually priced per foot run; check whether it includes internal laminate, soft-close hinges and handles.
        User: is CaseTrust accreditation worth paying a bit more for? Assistant: CaseTrust-accredited renovation firms must protect your deposit and use a standard contract, which lowers your risk if the firm closes down mid-project.
        User: The invoice says INV-00841, subtotal $6,420.00, GST 9% $577.80, total $6,997.80. Is the GST right? Assistant: Yes: 6,420 × 0.09 = 577.80, and the total of 6,997.80 is correct.
        User: How do I stage payments so I'm not exposed if the contractor disappears? Assistant: Keep the deposit at 10-20%, tie each progress payment to a milestone you have inspected, and hold back 5-10% until all defects are rectified.
        User: Three quotes: A $31.5k, B $38k, C $29.8k, but C excludes electrical works and haulage. Which is really cheapest? Assistant: Add about $3-5k for electrical and $800-1,500 for haulage to C and it lands around $34-36k, so A is likely the cheapest like-for-like.
        User: Vinyl (SPC) flooring or homogeneous tiles for an open kitchen? Assistant: Tiles handle heat, water and heavy wear better; SPC is warmer underfoot, quieter and faster to lay over existing tiles, but dislikes standing water at the joints.
        User: my reno budget is RM60k for a 30-year-old double-storey terrace, what should I fix first? Assistant: Roof leaks and plumbing first, then rewiring if the wiring is original, then kitchen and bathrooms; cosmetic works such as feature walls go last.
        User: The contractor wants 50% upfront before any work starts. Is that normal? Assistant: It is higher than usual; 10-20% on signing is more common. A large upfront payment is a warning sign, especially from a firm without a track record.
        User: Write a polite reply telling a contractor we chose another quote. Assistant: "Dear [Contractor name], thank you for the site visit and quotation [reference no.]. After comparing the offers we have decided to go with another firm. We appreciate your time and hope to work with you in future."
        User: What does "making good" mean on a renovation quote? Assistant: It means repairing and finishing the surfaces disturbed by the works, e.g. plastering and repainting around a new socket or patching tiles after pipe works.
        User: How long does a typical BTO renovation take from key collection? Assistant: Roughly 6-10 weeks for a standard package: about a week of masonry and tiling, 2-3 weeks for carpentry fabrication and installation, then electrical, painting and cleaning.
        User: I love the red-brick Georgian look of the McCallister house in Home Alone. Can I get that on a semi-D facade? Assistant: You can approximate it with brick-slip cladding, white window trims, black shutters and a symmetrical front door with a fanlight; check the facade rules for your estate first.
        User: What's the usual defects liability period in a Malaysian renovation contract? Assistant: Commonly 6 to 12 months after handover; the contractor must return to fix defects reported within that period at no cost, so keep a dated list with photos.
        User: Tracking number SPXSG039482716 shows my basin as delivered but the guardhouse has nothing. What now? Assistant: Ask the guardhouse to check the parcel log and CCTV, then open a claim with the courier quoting the tracking number and the delivery photo.
    """),
    ("en", "user request: permits, rules and neighbours"): _lines("""
        What works need an HDB renovation permit? I want to hack the wall between the kitchen and the service yard.
        Can I replace the window grilles myself, or must it be done by a BCA Approved Window Contractor?
        Draft a renovation notice for the lift lobby with blanks for the unit number, contractor name, contractor phone and work dates.
        Our condo MCST wants a $2,000 renovation deposit. When do management offices usually refund it, and what can they deduct?
        What are HDB's permitted hours for noisy renovation works? Someone on my floor was drilling at 7.30am on a Sunday.
        How do I report renovation debris blocking the common corridor to the Town Council without naming the neighbour?
        My postal code is 560123. Which Town Council manages that area and how do I find its renovation guidelines?
        Summarise the rules for replacing a window in a high-rise flat in five bullet points.
        Give me a handover inspection checklist for a new BTO flat: cracks, hollow tiles, door alignment, ponding on the balcony.
        Does Majlis Bandaraya Petaling Jaya require a permit for an awning at the back of a terrace house?
        Write a generic WhatsApp message I can send my floor's group chat apologising for hacking noise next week, no names please.
        Explain the difference between a Qualified Person and a contractor for structural works in Singapore.
        What does HDB's Home Improvement Programme cover for free, and what is optional?
        Make a table comparing the Daikin FTKM35VVMG and Mitsubishi MSXY-GN25VF aircon models on noise, cooling capacity and energy ticks.
        What can the HDB hotline 1800 225 5432 help with — can they tell me the status of a renovation permit?
        Is it legal to convert the household shelter into a walk-in wardrobe if I keep the blast door?
    """),
    ("en", "pasted documents without personal data"): _lines("""
        Make this look nicer: "NOTICE OF RENOVATION | Unit: #__-___ | Contractor: __________ | HDB Permit No.: __________ | Period: __/__/____ to __/__/____ | Noisy works 9am-5pm weekdays only, none on Sundays and public holidays"
        Is this quote line fair? "Item 3.2 Supply & lay 600x600 porcelain tiles (PGT-6602, matt) to kitchen floor, 42 sqm, incl. screeding and skirting — $3,150.00"
        Translate into Chinese: "Water supply to Blk 215 will be suspended on 14 Aug from 9am to 1pm for pipe replacement. For enquiries, call the Town Council at 6345 1230."
        Is the UEN in this footer in the right format? "Huat Seng Renovation Pte Ltd | UEN 201912345K | HDB Registered Renovation Contractor | Office: 6745 2210 | enquiry@huatsengreno.com.sg"
        Explain this warranty card: "Waterproofing membrane, 5-year warranty, Batch No. WP-23-1187, applied to bathroom floor and 300 mm up the walls, ponding test 24 h passed."
        Check the maths on this receipt: "Receipt No. 0048213 | 2 × Bosch GSB 550 drill @ $64.90 | 1 × masonry bit set $30.00 | Total $159.80"
        Sort this defect list by trade: "Unit type 4A: 1. Hollow tiles at kitchen (2 pcs) 2. Scratch on main door 3. Gap at skirting, bedroom 2 4. Sliding window hard to close 5. Paint stain on ceiling, living room"
        Turn this into a fillable form: "Lift booking — Name of resident: [ ] Unit no.: [ ] Date: [ ] Time slot: [ ] Lift padding required: Yes / No | Deposit $300 refundable after inspection"
        What does this mean? "Progress claim 2 of 4 — 40% of contract sum $38,000 = $15,200, payable upon completion of carpentry installation, subject to site inspection."
        Proofread this template: "Dear Sir/Madam, I refer to renovation permit application ref. RP/2024/118503 for the flat at [address]. Please advise which documents are still outstanding. Yours faithfully, [Name]"
        What do the codes on this paint tin mean? "Odour-less All-in-1, colour BGG 1634 P, batch 2309A17, 5 L, best before 09/2027"
        Summarise this condo circular: "Renovation works are allowed Mon-Fri 9am-6pm and Sat 9am-1pm. Contractors must register at the guardhouse and wear passes. Debris must be bagged and removed daily. Ref: MC/RENO/2024-07."
    """),
    ("zh-Hans", "装修咨询对话"): _lines("""
        用户：老房子水电全部重做大概要多少钱？90 平两室一厅，在成都。助手：一般按米或按平米计价，90 平全部重做大约 1.5 万到 2.5 万元，注意线管品牌、开槽深度和打压测试。
        用户：装修合同里写"增项不超过合同总价 10%"，这句话靠谱吗？助手：有约束作用，但最好再加一句"所有增项须业主书面签字确认后方可施工"，否则容易扯皮。
        用户：物业说装修要先办装修许可，一般要交哪些材料？助手：通常是房产证复印件、业主身份证复印件、装修施工图、装修公司营业执照和资质证书，还要交装修押金和垃圾清运费。
        用户：订单号 2024081512345678 的瓷砖少发了 3 箱，怎么跟商家沟通？助手：先拍下到货箱数和签收单，在订单页面申请补发，说明批次号，避免补发的砖出现色差。
        用户：半包和全包到底有什么区别？助手：半包是装修公司包人工和辅材，主材如瓷砖、地板、洁具由业主自购；全包是连主材一起包，省心但要盯紧主材品牌和型号。
        用户：楼上装修漏水到我家天花板了，一般怎么协商赔偿？助手：先拍照取证并通知物业到场确认原因，再与楼上协商维修和赔偿，协商不成可以申请人民调解或起诉。
        用户：帮我写一份装修公告模板，业主姓名、房号、施工日期和施工单位电话都留空。
        用户：想要贝聿铭设计的苏州博物馆那种白墙灰瓦的感觉，客厅可以怎么做？助手：可以用白色艺术涂料配深灰色线条，加几何窗格和一盆造型松，重点在留白和光影。
        用户：梁思成和林徽因当年主张保护北京城墙的理由是什么？我在写一篇老城区改造的文章。
        用户：承重墙能拆吗？私自拆了会怎么处罚？助手：不能拆。擅自变动承重结构的，可由住建部门责令改正，并处以罚款；造成损失的还要承担赔偿责任。
        用户：装修贷年化 3.6%，借 10 万分 36 期等额本息，每月还多少？助手：约 2,935 元，总利息约 5,600 元。
        用户：12345 政务服务热线能投诉小区里有人违规搭建吗？助手：可以，12345 会把工单转给街道或城管执法部门处理，并在规定时间内回复。
        用户：这是报价单里的一行："卫生间防水 墙面刷 1.8 米 淋浴区 85 元/㎡ 共 12㎡"，价格合理吗？
        用户：开发商交的精装房，验房要注意哪些地方？给我列个清单。
        用户：装修后甲醛的国家标准是多少？助手：GB/T 18883-2022《室内空气质量标准》规定甲醛 1 小时均值不超过 0.08 mg/m³。
        用户：装修公司开的全电发票号码是 24442000000123456789，这个在哪里能查真伪？助手：可以在国家税务总局全国增值税发票查验平台输入发票号码、开票日期和金额查验。
    """),
    ("zh-Hant", "裝修對話（港台）"): _lines("""
        用戶：屋企想打通廚房同客廳，點知道係唔係結構牆？要唔要入則？助手：要搵認可人士或註冊結構工程師睇則；結構牆要向屋宇署申請，非結構間隔牆一般屬小型工程或豁免工程。
        用戶：屋宇署熱線 2626 1616 可唔可以查小型工程提交編號嘅進度？
        用戶：師傅報價：「拆舊廚櫃連運走 $3,500；鋪磚每呎 $45；浴室重做防水 $8,000」，呢個價貴唔貴？
        用戶：管理處要裝修按金 $5,000，幫我寫封信問幾時退，用範本就得，唔使寫我個名。
        用戶：公屋可唔可以自己換地磚？房署有咩規定？助手：公屋住戶進行改動工程前要向屋邨辦事處申請書面批准，部分工程要由房署認可承辦商進行。
        用戶：樓上滲水落嚟，點樣投訴？助手：可致電 1823 向食環署及屋宇署聯合辦事處舉報滲水，職員會安排調查滲水來源。
        用戶：想整類似《九龍城寨之圍城》入面啲霓虹招牌做吧枱背牆，有咩做法？
        使用者：公寓五樓只改廚房跟浴室，需要申請室內裝修審查許可嗎？助手：依《建築物室內裝修管理辦法》，一般住宅通常不用，但動到防火區劃、主要構造或樓層在 6 樓以上需留意規定。
        使用者：統包跟設計監造差在哪裡？哪一種比較適合預算 150 萬的老屋翻新？
        使用者：管委會規定裝修要繳保證金兩萬元、施工時間 8:00-17:00、假日不得施工，這合理嗎？
        使用者：估價單編號 Q-1130-0087 寫「系統櫃 每尺 7,500 元（含五金）」，目前行情大概多少？
        使用者：台北市 1999 市民熱線可以檢舉頂樓違建嗎？助手：可以，1999 會轉給建管處處理，檢舉人資料依規定保密。
        使用者：幫我做一張裝修公告，施工戶號、施工廠商、聯絡電話都留空白讓我自己填。
        使用者：想要安藤忠雄那種清水模風格，一般公寓可以用什麼材料做出類似效果？
        使用者：哆啦A夢裡大雄的房間是和室，我想把小孩房做成類似的架高木地板，要注意什麼？
    """),
    ("ms", "perbualan ubah suai rumah"): _lines("""
        Pengguna: Perlu ke permit untuk tukar jubin dapur rumah teres di Shah Alam? Pembantu: Kerja dalaman kecil seperti tukar jubin biasanya tidak perlu permit, tetapi sambungan dapur atau bumbung baharu perlu kelulusan MBSA.
        Pengguna: Kontraktor minta deposit 50% sebelum mula kerja. Normal ke? Pembantu: Agak tinggi; kebiasaannya 10-30%. Pastikan ada kontrak bertulis dan jadual bayaran ikut peringkat kerja.
        Pengguna: Buatkan templat notis kepada jiran tentang kerja ubah suai, tinggalkan ruang kosong untuk nama, nombor rumah dan tarikh kerja.
        Pengguna: Berapa anggaran kos ubah suai bilik air 5x7 kaki di Lembah Klang? Pembantu: Sekitar RM8,000 hingga RM15,000 bergantung pada jubin, kalis air dan kelengkapan sanitari.
        Pengguna: Sebut harga SH-2024-0917 tulis "Bumbung zink + rangka besi hollow RM8,500, siling plaster RM18/kps". Munasabah ke?
        Pengguna: Apa beza kontraktor berdaftar CIDB gred G1 dengan G2? Pembantu: Gred menentukan had nilai projek; G1 untuk projek hingga RM200,000 dan G2 hingga RM500,000.
        Pengguna: Jiran buat extension sampai tutup longkang belakang. Ke mana nak buat aduan? Pembantu: Aduan boleh dibuat kepada pihak berkuasa tempatan melalui portal aduan atau kaunter majlis; sertakan gambar dan tarikh.
        Pengguna: Lebih baik guna pinjaman peribadi atau refinance rumah untuk ubah suai RM50k? Pembantu: Refinance biasanya kadar lebih rendah tetapi ada kos guaman dan penilaian; pinjaman peribadi lebih cepat tetapi kadar lebih tinggi.
        Pengguna: Aircond 1.5hp inverter guna lebih kurang berapa kWj sebulan kalau pasang 8 jam sehari?
        Pengguna: Saya nak rumah gaya kampung macam rumah Upin & Ipin tapi moden. Ada idea reka bentuk?
        Pengguna: Terangkan jadual bayaran 30-30-30-10 dalam kontrak ubah suai.
        Pengguna: Apa maksud Perakuan Siap dan Pematuhan (CCC)? Perlu ke untuk extension dapur?
        Pengguna: Nombor invois INV/2024/00573 tak sama dengan nombor pada resit. Kontraktor kata salah taip. Perlu risau?
        Pengguna: Senaraikan langkah kalis air bumbung rata sebelum musim tengkujuh.
        Pengguna: Tolong kira: ruang tamu 14 x 18 kaki, jubin 60x60 cm, tambah 10% untuk potongan. Berapa kotak kalau sekotak 4 keping?
        Pengguna: Talian TNB 15454 boleh bantu kalau suis utama asyik trip lepas pendawaian baru?
    """),
    ("mixed", "code-mixed chats (SG/MY)"): _lines("""
        User: eh the ID say must hack the kitchen wall then can put island, confirm need permit or not ah? Assistant: Yes, hacking any wall in an HDB flat needs a permit through an HDB-registered contractor, and structural walls cannot be hacked at all.
        User: 我的 contractor 说 hacking 要另外加 $1,800，这个 normal 吗？Assistant: 视乎墙的面积和厚度，一般一道非结构墙的拆除连运走大概 $800 到 $2,000。
        User: aircond servicing tu berapa kali setahun? 4 unit, quote dia RM320, ok tak? Assistant: Normal servicing 2-3 kali setahun; RM80 seunit untuk general service memang harga biasa.
        User: wah lao the tiles I bought online crack already, order 3928472910, still can claim or not? Assistant: Take photos with the packaging and raise a return request within the platform's window, quoting the order number.
        User: boss say 5mm SPC better than laminate, betul ke for wet kitchen? Assistant: Betul, SPC is waterproof at the core while laminate swells when water seeps into the joints.
        User: 楼下 uncle complain 我们 drilling 太吵，HDB 规定几点到几点可以 drill？Assistant: 平日上午 9 点到下午 5 点可以做噪音大的工程，周末和公共假期不可以。
        User: 帮我 translate this to Malay for the workers: "Please cover the floor before painting and clear the debris every day." Assistant: "Sila tutup lantai sebelum mengecat dan bersihkan sisa binaan setiap hari."
        User: condo MCST want us pay lift padding $300，合理吗 lah? Assistant: Quite common; usually part is refundable after they check the lift for damage.
        User: BTO keys collecting next month, should do waterproofing first or carpentry first? Assistant: Waterproofing and tiling first, then carpentry, so the cabinets don't get damaged by wet works.
        User: quote dia tulis "rewiring whole house 3-storey RM14k"，包括 DB box 吗? Assistant: Not always; ask them to list whether the DB box, RCCB and ELCB replacement are included.
        User: my mum want 风水 for main door facing west, any simple tips? no need too superstitious one.
        User: 师傅 say the Grohe tap model 32 663 cannot fit our sink hole, 真的吗? Assistant: That mixer needs a standard 35 mm tap hole; if your sink has a smaller or no hole, the worker will have to drill or you need a deck-mounted plate.
        User: IKEA METOD vs local carpenter for kitchen cabinets lah, which one more worth it in SG?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please tidy up my reno permit details before I send them to the contractor: Applicant TAN WEI MING | NRIC S8712345F | Blk 412 Bedok North Ave 2 #08-117 Singapore 460412 | HP 9123 4587 | Works: hack kitchen wall, SPC flooring throughout, redo master bath waterproofing.
        User: draft a firm but polite letter to my upstairs neighbour Mr Kumaravel s/o Ramasamy at #14-52 — water from his bathroom has been leaking into my ceiling since March and his contractor ignored both of our Town Council reports.
        User: My mother, Madam Lim Ah Moi, is 78 and has used a wheelchair since her stroke last year. How wide must the toilet door in our 3-room flat be so she can go in on her own?
        User: the ID firm charged my card twice for the deposit — card 4532 1047 8823 9167, S$3,800 each on 2 Aug. Can you draft the dispute to the bank?
        User: Write a reminder email to Jasmine Koh (jasmine.koh88@gmail.com), owner of the Sengkang condo unit we just finished, saying the final 10% (S$4,150) has been overdue since 30 June.
        User: Summarise this chat: [14/8, 9:12 pm] Raymond Chua (ID): Hi Mrs Fernandes, carpentry will be delayed 2 weeks, laminate out of stock, sorry! | [14/8, 9:40 pm] Celine Fernandes: This is the third delay. I'm due to give birth on 28 Aug and we have nowhere else to stay.
        User: Fix the grammar: "Dear Sir, I, Muthu Krishnan s/o Subramaniam (NRIC S6829013I), owner of 27 Jalan Kechubong, Singapore 806418, wish to apply for the addition and alteration works of my house as per plans attached."
        User: I'm a tenant, Rajesh Venkataraman, FIN G5281746W. My landlord wants me to sign a renovation consent form for the aircon replacement — what does the "tenant's undertaking" clause mean for me?
        User: make this into a table: Lift booking — Parc Esta, unit #12-04, resident Daniel Ong Kah Wee, hp 8765 2031, 23/9, 9am-12pm, purpose: delivery of kitchen cabinets.
        User: My husband and I pay the ID in 4 instalments from our joint POSB account 188-47302-6 (Sarah Lim & Marcus Teo). Make a tracker: 10% on signing 3 Jun, 40% after hacking, 40% after carpentry, 10% at handover.
        User: write a short thank-you card to Uncle Ong Seng Hock, the plumber who did our bathroom. Tell him my dad Robert Lee is recovering well from his knee replacement and loves the new shower seat.
        User: email to condo management pls: I'm Vanessa Yeo Hui Min, owner of #05-11 The Trilinq. During the floor works from 3 to 14 Oct my car SLA 4721 D will need the visitor lot — please approve.
        User: rewrite this complaint to the reno company more calmly: "Your supervisor Ibrahim bin Yusof shouted at my 80-year-old father on Tuesday and left wet cement in our drain. I want him off the project."
    """),
    "zh-Hans": _lines("""
        用户：帮我看看这份装修合同有没有坑：甲方（业主）王晓燕，身份证号 310115199208174020，房屋地址 上海市浦东新区张杨路 1588 弄 6 号 1202 室，联系电话 138 1762 4093；乙方 上海筑家装饰工程有限公司；合同总价 186,000 元，开工后付 60%。
        用户：给物业写个情况说明：我是 3 栋 2 单元 1801 的业主刘建国，楼下 1701 说我家卫生间漏水，但我家上周刚做完 48 小时闭水试验，没有渗漏，请物业派人一起上门查看。
        用户：帮我整理装修款转账记录：6月3日 转 周建军（水电师傅）农业银行 6228 4800 4412 9073 118，8,600 元，备注水电二期；6月20日 再转 周建军 5,000 元，备注开关插座。
        用户：老公张伟的微信号是 zhangwei_1983sz，帮我写条消息提醒他周六去建材城把瓷砖尾款 3,200 交了，别又忘了。
        用户：我爸孙志强 68 岁，得帕金森五年了，手抖得厉害，老房子卫生间改造要装哪些扶手？马桶装多高合适？
        用户：帮我改一下这条朋友圈，语气活泼点："新家终于装好啦！暖房趴 10 月 1 日晚上 7 点，地址：广州市天河区华景路华景新城 12 栋 603，找不到就打我电话 150 1372 8864。"
        用户：装修群群主何师傅（何志明，QQ 742918365）收了我 5,000 元定金就不接电话了，帮我写一份向 12315 的投诉。
        用户：业主信息登记表帮我检查一下格式：姓名 赵静怡 / 身份证 330106198509235520 / 房号 5-1-602 / 车牌 浙A·7K3M9 / 紧急联系人 赵国华 139 2587 1046。
        用户：我在写装修日记，帮我润色："5月12日，设计师 Kevin（黄俊杰，电话 186-0215-3378）又把厨房立面图画错了，这已经是第三次，我真的想换人。"
        用户：隔壁 502 的李秀兰阿姨天天来敲门说我们装修吵，她儿子昨天还说要找人收拾我们，这种情况我能报警吗？
    """),
    "zh-Hant": _lines("""
        用戶：幫我 check 下呢份裝修合約有冇漏嘢：業主 陳嘉欣（香港身份證 Y604287(0)），地址 沙田第一城 32 座 18 樓 F 室，電話 9345 1826，工程總額 HK$268,000，分四期俾。
        用戶：幫我寫封信畀法團：本人黃家豪，住嘉湖山莊美湖居 3 座 25 樓 B 室，樓上 26 樓 B 室滲水入我廁所已經半年，管理處一直話跟進但冇下文。
        用戶：幫我整理一份師傅聯絡表：水電 陳永強師傅 6187 2304；泥水 李志輝（阿輝）9102 6635；油漆 Tommy 張德明 5380 4471。
        用戶：我阿媽譚美玲今年 81 歲，有骨質疏鬆，上年喺浴室跌親斷咗手，而家裝修浴室應該揀咩防滑地磚同扶手？
        用戶：幫我填房署嘅裝修申請：戶主 何偉強，身份證 K381562(5)，彩虹邨金碧樓 1523 室，聯絡電話 5402 9917，工程：更換廚房地磚及浴室企缸。
        使用者：幫我寫給管委會的裝修申請：住戶林志豪，身分證 A124567834，新北市板橋區文化路一段 188 巷 12 號 5 樓，手機 0928-613-457，施工期間 11/4 至 12/20，拆浴缸改淋浴間。
        使用者：統包的許文彬先生收了我們 30 萬訂金就失聯，他的 LINE ID 是 wenbin0818，我要去哪裡報案？
        使用者：設計費尾款要匯給設計師陳品妤，中國信託 822 帳號 5405-4012-8836，金額 NT$86,000，幫我寫一段 LINE 訊息跟她說已經匯了。
        使用者：我先生吳建宏週日自己在家釘天花板，從梯子上摔下來左腳骨折，現在住台中榮總，保險要寫事故經過，幫我寫一段。
        使用者：請把這張工程聯絡單翻成英文：「業主：鄭雅婷　電話：0955-208-173　Email：yating.cheng@gmail.com　地址：臺北市大安區和平東路二段 96 巷 7 號 3 樓」
    """),
    "ms": _lines("""
        Pengguna: Tolong semak borang permohonan permit ubah suai MBPJ ni: Nama: NUR AISYAH BINTI KAMARUDDIN | No. K/P: 920604-10-6148 | Alamat: No. 17, Jalan SS 2/45, 47300 Petaling Jaya | Tel: 012-738 4519 | Kerja: sambung dapur belakang 10x12 kaki.
        Pengguna: Kontraktor Encik Faizal bin Harun dah ambil deposit RM15,000 dan hilang sejak April. Tolong draf tuntutan ke Tribunal Tuntutan Pengguna atas nama saya, Mohd Hafiz bin Ismail, No. K/P 850317-14-5523.
        Pengguna: Buatkan mesej WhatsApp kepada jiran sebelah, Puan Saraswathy a/p Muniandy, minta maaf sebab pekerja kami terpecahkan pasu bunga dia semalam dan kami akan ganti minggu ni.
        Pengguna: Tolong tulis resit ringkas: bayaran ansuran kedua RM9,800 kepada tukang LIM CHEE KEONG, dipindahkan ke Maybank 1640 2385 7712 pada 5 Julai, untuk kerja bumbung.
        Pengguna: Ayah saya Haji Rahman bin Abdullah, 72 tahun, kencing manis dan baru dipotong dua jari kaki. Tolong reka bilik air tingkat bawah yang selamat untuk dia guna kerusi roda.
        Pengguna: Isikan borang kebenaran ubah suai pengurusan kondo: Pemilik WONG MEI LING, IC 880730-13-6024, Unit B-12-03 Residensi Harmoni, Cheras, tel 016-225 8370, emel meiling.wong88@yahoo.com.
        Pengguna: Tukang cat kami, Rosli, minta saya transfer upah ke akaun isteri dia pula. Nombor dia 019-384 6612. Patut ke saya ikut?
        Pengguna: Tolong tulis surat kepada bank untuk pinjaman ubah suai: Saya Ahmad Faizal bin Othman, penolong jurutera JKR gred J41, gaji bersih RM5,420 sebulan, mohon RM40,000 untuk tambah bilik di rumah saya di Seremban.
    """),
    "mixed": _lines("""
        User: eh can check my msg to the ID? "Hi Kelvin, Grace Lim here from Punggol Field Blk 268B #14-322, the kitchen cabinet 颜色 totally wrong leh, pls call me 9638 1174 asap."
        User: 我老婆 Michelle Tan 怀孕 5 个月, so the paint must be low VOC — help me write a msg to the contractor say she cannot come site until after delivery ok?
        User: tolong check quote ni, nama customer betul ke: "Customer: NURUL HUDA BINTI RASHID, Lot 2231 Kampung Sungai Merab, 43000 Kajang, HP 017-905 2248, Job: rumah kampung atap bocor + wiring baru"
        User: the reno group admin is my brother-in-law Jason Goh, telegram @jasongoh_sg — can you write an intro msg 介绍他给 the electrician so they can coordinate the DB box?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My contractor says the owner has to endorse the HDB renovation permit online. What info will they need from me?",
        ),
        (
            "assistant",
            "The contractor submits the application, and the flat owners then endorse it with Singpass. They usually need the owners' names and NRIC numbers, the flat address, the list of works and their HDB registration number. Shall I prepare a summary you can forward to them?",
        ),
        (
            "user",
            "yes pls. owners are me, Goh Siew Ling S7653920J, and my husband Ng Boon Kiat S7421863F. flat is Blk 655C Jurong West St 61 #11-208. works: hack wall between bedroom 2 and 3, retile both toilets",
        ),
        (
            "assistant",
            "Summary for your contractor: Owners: Goh Siew Ling (S7653920J) and Ng Boon Kiat (S7421863F) / Flat: Blk 655C Jurong West St 61 #11-208 / Works: removal of the wall between bedrooms 2 and 3 (subject to HDB confirming it is non-structural); retiling of both bathrooms, which requires new waterproofing and a ponding test.",
        ),
    ],
    [
        (
            "system",
            "你是「安家」装修平台的客服助手。当前登录用户：李娜，手机 159 1378 2046，项目地址：北京市朝阳区望京西园三区 312 号楼 2 单元 901，合同编号 AJ-2024-06118，已付款 2/4 期。",
        ),
        ("user", "我家卫生间防水什么时候做闭水试验？"),
        (
            "assistant",
            "李女士您好，按合同 AJ-2024-06118 的进度，防水工程安排在下周二施工，完成后蓄水 48 小时做闭水试验，届时请您或家人到望京的房子现场确认。",
        ),
        ("user", "好的，那第三期款什么时候付？"),
        ("assistant", "第三期款在木工和瓷砖完工验收后支付，届时系统会发短信到您尾号 2046 的手机。"),
    ],
    [
        ("user", "樓上滲水入我屋企浴室天花，應該點做？"),
        (
            "assistant",
            "可以先同樓上業主傾；傾唔掂可以打 1823 向食環署及屋宇署聯合辦事處舉報滲水。記得影低滲水位置同日期做記錄。",
        ),
        (
            "user",
            "傾過好多次喇。樓上係 19 樓 A 室嘅周志偉，佢話唔關佢事，上個禮拜仲喺電梯大堂鬧我哋。",
        ),
        (
            "assistant",
            "明白。我可以幫你草擬一封書面通知畀佢同管理處，要唔要寫埋你嘅名、地址同聯絡電話？",
        ),
        ("user", "好，我叫麥綺雯，住黃埔花園 12 期 6 座 18 樓 A 室，電話 9720 4158。"),
    ],
    [
        (
            "user",
            "Tolong buat jadual bayaran untuk kontraktor ubah suai dapur, jumlah RM28,000, 4 peringkat.",
        ),
        (
            "assistant",
            "Cadangan: 10% deposit (RM2,800), 40% selepas kerja roboh dan paip (RM11,200), 40% selepas kabinet dipasang (RM11,200), 10% selepas pemeriksaan kecacatan (RM2,800). Nak saya masukkan butiran akaun penerima dan pembayar?",
        ),
        (
            "user",
            "Ya. Kontraktor minta bank masuk ke akaun peribadi dia, TAN KOK WAH, CIMB 7006234188. Saya bayar dari Maybank atas nama NORAZLINA BINTI AHMAD.",
        ),
        (
            "assistant",
            "Baik: Penerima TAN KOK WAH (CIMB 7006234188); Pembayar NORAZLINA BINTI AHMAD (Maybank). Oleh sebab bayaran masuk ke akaun peribadi, minta resit rasmi syarikat untuk setiap peringkat.",
        ),
    ],
    [
        ("user", "need to redo my parents' toilet for elderly use, what should we change?"),
        (
            "assistant",
            "Common changes: grab bars by the toilet and shower, slip-resistant tiles, a kerb-free shower area, a wider door that slides or opens outward, and a raised toilet seat. HDB's EASE programme subsidises several of these for eligible households.",
        ),
        (
            "user",
            "ok my mum 87 already, Mdm Chia Geok Lan, she just discharge from TTSH after hip fracture last week. flat under her name, Blk 30 Marsiling Dr. can apply EASE for her? 我 contact 8102 5569 if need.",
        ),
        (
            "assistant",
            "Yes, at 87 Mdm Chia Geok Lan meets the EASE age criterion. You can apply through HDB's e-service or at the branch; since she was just discharged after a hip fracture, ask for grab bars and the slip-resistant treatment to be prioritised.",
        ),
    ],
    [
        ("user", "裝潢公司拖工期三個月，我想寄存證信函，要寫什麼？"),
        (
            "assistant",
            "存證信函通常包括寄件人與收件人姓名地址、合約日期與內容、對方違約的事實、你的要求（例如限期完工或解約退款）以及期限。要我幫你起草嗎？",
        ),
        (
            "user",
            "好。寄件人：蔡宜庭，身分證 F227183944，住址 新北市新莊區中正路 516 號 9 樓，電話 0987-442-610。收件人：好宅室內裝修有限公司。合約 112 年 3 月 1 日簽，總價 168 萬，約定 8 月底完工。",
        ),
        (
            "assistant",
            "草稿：「寄件人蔡宜庭（新北市新莊區中正路 516 號 9 樓）茲通知貴公司：雙方於 112 年 3 月 1 日簽訂室內裝修工程合約，總價新臺幣 168 萬元，約定 112 年 8 月 31 日完工，迄今仍未完工。請於函到 15 日內完成全部工程，逾期將依約解除契約並請求賠償。」",
        ),
    ],
    [
        ("user", "How do I dispute a card charge from a contractor who never showed up?"),
        (
            "assistant",
            "Contact your card issuer, explain that the services were not provided, and attach the quotation, receipt and your messages with the contractor. Most issuers accept disputes within 120 days of the transaction.",
        ),
        (
            "user",
            "ok write the email for me. Name Kavitha a/p Rajendran, Maybank Visa 4895 3700 1264 4180, charged RM6,500 on 12 May by 'KL Reno Works' for a kitchen I never got.",
        ),
        (
            "assistant",
            "Subject: Chargeback request — RM6,500, 12 May / Dear Maybank Card Services, I, Kavitha a/p Rajendran, wish to dispute a transaction of RM6,500 charged on 12 May by KL Reno Works to my Visa card 4895 3700 1264 4180. The contractor took the payment for a kitchen renovation but never started work. I attach the quotation and our correspondence.",
        ),
    ],
    [
        ("user", "装修贷一般需要准备什么材料？"),
        (
            "assistant",
            "一般需要身份证、收入证明或银行流水、房产证，以及装修合同或报价单。你可以说说你的情况，我帮你估一下月供。",
        ),
        (
            "user",
            "我叫何俊峰，身份证 510107198706117312，在成都一家软件公司做测试，税后月薪 1.4 万，房子在武侯区，想贷 20 万分 5 年。",
        ),
        (
            "assistant",
            "按年化 3.6%、等额本息 60 期估算，20 万的月供约 3,650 元，约占你税后收入的 26%，一般能通过审批。",
        ),
    ],
    [
        (
            "system",
            "You are the assistant for Evergreen Interiors' project coordinators. Active job: JOB-1187. Client: Mr Adrian Pereira, mobile +65 9287 0346, site: 18 Jalan Ulu Siglap, Singapore 457140. Balance outstanding: S$18,400. Note: client works night shifts, call only after 2pm.",
        ),
        (
            "user",
            "Draft an SMS reminding the client about the balance and the final walkthrough on Friday.",
        ),
        (
            "assistant",
            "Hi Mr Pereira, Evergreen Interiors here. A reminder that the final walkthrough at 18 Jalan Ulu Siglap is this Friday, and the outstanding balance of S$18,400 is due at handover. Let us know a time after 2pm that suits you. Thank you!",
        ),
    ],
    [
        ("user", "啲師傅成日叫我轉數快過佢私人戶口，安唔安全？"),
        (
            "assistant",
            "轉數快本身安全，但過數去私人戶口就要保留好對話紀錄同收據，最好要求公司出正式收據。",
        ),
        (
            "user",
            "佢叫梁志明，FPS 電話 6093 2741，我今日已經過咗 $12,000 訂金。幫我寫個 WhatsApp 叫佢補收據。",
        ),
        (
            "assistant",
            "「梁志明師傅你好，我今日經轉數快（6093 2741）過咗 HK$12,000 訂金俾你，麻煩你補返一張有公司蓋印嘅收據，多謝！」",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak buat aduan kepada MBSA tentang jiran buat extension tanpa permit?",
        ),
        (
            "assistant",
            "Anda boleh buat aduan melalui portal aduan MBSA atau di kaunter. Sertakan alamat premis, gambar dan tarikh kerja bermula. Identiti pengadu biasanya dirahsiakan.",
        ),
        (
            "user",
            "Jiran saya di No. 23, Jalan Anggerik Vanilla 31/95, Kota Kemuning, Encik Zulkifli bin Mat Saad, dah tutup longkang belakang sejak Jun. Saya Siti Aminah binti Yahya, IC 780911-07-5238, rumah sebelah dia.",
        ),
        (
            "assistant",
            "Draf aduan: Kepada Jabatan Bangunan MBSA. Pengadu: Siti Aminah binti Yahya (No. K/P 780911-07-5238). Premis: No. 23, Jalan Anggerik Vanilla 31/95, Kota Kemuning, milik Encik Zulkifli bin Mat Saad. Aduan: kerja sambungan tanpa permit yang menutup longkang belakang sejak Jun.",
        ),
    ],
    [
        (
            "user",
            "We're moving back in during the school holidays right after the reno. How do we cut down the dust?",
        ),
        (
            "assistant",
            "Seal off the work areas, run HEPA purifiers, have the contractor do a post-renovation deep clean including the aircon, and wait a few days after painting before moving back.",
        ),
        (
            "user",
            "it's mainly for my daughter Chloe Ng Yu Xuan, she's in P3 at Rosyth School and has bad dust-mite allergy and eczema. the paed at KKH said no carpets at all.",
        ),
        (
            "assistant",
            "Then use hard flooring throughout, washable blinds instead of fabric curtains, and a HEPA purifier in Chloe's room, and book the deep clean for a day she is at Rosyth School.",
        ),
    ],
    [
        ("user", "帮我看看这套房子能不能改户型，我把不动产权证的信息发你。"),
        ("assistant", "可以，请提供用途、结构和面积。注意涉及承重墙、剪力墙的改动一律不允许。"),
        (
            "user",
            "权利人：邓志刚、许丽华（共同共有）；不动产权证号：粤（2019）深圳市不动产权第 0187342 号；坐落：深圳市南山区南海玫瑰园二期 7 栋 14C；用途：住宅；结构：钢筋混凝土；面积 89.36㎡。",
        ),
        (
            "assistant",
            "这是钢混结构住宅，非承重隔墙一般可以拆改，但需先向物业报审并提交施工图；建议请设计师到现场确认哪些墙是剪力墙。",
        ),
    ],
    [
        ("user", "樓上住戶裝修每天早上七點就開始敲，有規定施工時間嗎？"),
        (
            "assistant",
            "可以依《噪音管制法》向環保局檢舉，多數縣市對清晨及夜間的裝修噪音都有限制；大樓也能依住戶規約請管委會處理。",
        ),
        (
            "user",
            "樓上是 8 樓的黃冠宇先生，地址台北市文山區木柵路三段 102 號 8 樓，我跟他講過三次，他說他有付錢給工班，隨便他們。我想寫信給管委會。",
        ),
        (
            "assistant",
            "草稿：「管理委員會鈞鑒：本大樓 8 樓住戶黃冠宇先生（木柵路三段 102 號 8 樓）自 10 月起裝修，每日上午 7 時即開始敲打，經多次溝通未獲改善，懇請管委會依住戶規約要求其調整施工時間。」",
        ),
    ],
    [
        (
            "user",
            "boss, the aircond installer ask for my IC number for warranty registration, normal ah?",
        ),
        (
            "assistant",
            "Many brands register the warranty under your name and phone number; the full IC number is not always needed, so you can ask whether a partial number is enough.",
        ),
        (
            "user",
            "ok lah dah bagi dah. help me fill the form: Nama LOW JIA HUI, IC 011128-01-0472, alamat 8 Jalan Setia Tropika 1/12, 81200 Johor Bahru, tel 011-2658 4093, model Daikin FTKF25 x3.",
        ),
        (
            "assistant",
            "Warranty form: Owner LOW JIA HUI | IC 011128-01-0472 | Address 8 Jalan Setia Tropika 1/12, 81200 Johor Bahru | Tel 011-2658 4093 | Units: 3 × Daikin FTKF25 | Installation date: ____",
        ),
    ],
    [
        (
            "user",
            "Our building in Mid-Levels wants paperwork before issuing renovation access cards for the contractor. What do management offices usually ask for?",
        ),
        (
            "assistant",
            "Typically a copy of the owner's or tenant's HKID, the landlord's consent if you rent, the contractor's business registration, a works schedule, a deposit and a list of workers.",
        ),
        (
            "user",
            "Right. Tenant is me, Oliver Bennett-Hughes, HKID R207749(2), Flat 21B, Robinson Heights. Our helper Marites Santos Dela Cruz will let the workers in, her mobile is 5938 2206.",
        ),
        (
            "assistant",
            "Draft: Dear Management Office, I, Oliver Bennett-Hughes (HKID R207749(2)), tenant of Flat 21B, request renovation access cards for the contractor. Our domestic helper, Ms Marites Santos Dela Cruz (5938 2206), will be at the flat to let the workers in on working days.",
        ),
    ],
    [
        (
            "user",
            "帮我把业主群的消息整理成表格：[张姐 6-1-302] 我家周六装空调，师傅电话 136 5821 9047 / [老陈 陈建华 6-2-1101] 谁家有靠谱的防水师傅？我家卫生间又渗了 / [Amy 王雪梅 6-1-1502] 我家已经做完闭水了，楼下 1402 还说漏",
        ),
        (
            "assistant",
            "| 昵称 | 姓名 | 房号 | 内容 | / | 张姐 | — | 6-1-302 | 周六装空调，师傅电话 136 5821 9047 | / | 老陈 | 陈建华 | 6-2-1101 | 卫生间渗水，找防水师傅 | / | Amy | 王雪梅 | 6-1-1502 | 已做闭水，1402 仍反映漏水 |",
        ),
        ("user", "再加一列：小区是碧桂园翡翠湾，方便我转给物业。"),
    ],
]
