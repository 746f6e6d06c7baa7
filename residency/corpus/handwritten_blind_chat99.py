# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat99: chats asking an assistant for help with one's own renovation and interior design (contractors, quotations, defects, disputes, loans, permits). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat99
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant_chat"): _lines("""
        User: How much should I expect to pay for hacking and re-tiling a 4-room HDB kitchen this year? Assistant: Quotes usually land between S$6,000 and S$12,000 depending on tile size, whether you overlay or hack, and whether plumbing points move; get at least three itemised quotations.
        User: My contractor wants 50% deposit upfront, is that normal? Assistant: Many firms ask 10-20% on signing with progress payments tied to milestones; 50% upfront is a red flag unless the firm offers a deposit performance bond or is CaseTrust-accredited.
        User: SPC or laminate for the service yard next to the washing machine? Assistant: SPC has a stone-plastic core and is waterproof, while laminate's HDF core swells if water seeps through the joints, so SPC is the safer choice in wet areas.
        User: Do I need a permit to hack a wall in my HDB flat? Assistant: Yes, hacking any wall needs an HDB renovation permit applied for by an HDB-registered contractor, and structural walls cannot be hacked at all; check the approved floor plan first.
        User: The grout between my new floor tiles is already cracking after two months. Is that a defect? Assistant: Grout cracking within the defects liability period is normally a workmanship defect; photograph it with a coin for scale and notify the contractor in writing.
        User: I love how Tadao Ando uses bare concrete. Can I get that look in a condo without pouring new walls? Assistant: Microcement or a lime-based concrete-effect plaster applied 2-3 mm thick gives the Ando look with no structural work.
        User: What does "provisional sum" mean on my reno quote? Assistant: It is an allowance for work that cannot be priced yet, such as a feature wall whose design is not final; the figure is adjusted later, so ask the firm to put a cap on it.
        User: Should the quotation list the brand and model of every fitting? Assistant: Ideally yes, for example "Bosch PUE611BB5E induction hob" rather than just "induction hob", so you can compare firms like for like and spot substitutions.
        User: My condo MCST says renovation hours are 9am to 5pm on weekdays only. Can they fine me if the workers come on Saturday? Assistant: Yes, by-laws can impose penalties, usually deducted from the renovation deposit, so check the by-laws and tell the contractor in writing.
        User: Is a bank renovation loan better than just using my credit line? Assistant: Renovation loans are usually capped at six times monthly income or S$30,000, at around 4-5% p.a., far cheaper than an unsecured credit line at 20% or more.
        User: How do I file a claim at the Small Claims Tribunals against a renovation company? Assistant: You file online through the Community Justice and Tribunals System, pay the fee, and attach the contract, payment proofs and photos; the limit is S$20,000, or S$30,000 if both sides consent.
        User: My new wardrobe doors are sagging after three weeks. What hinges should the carpenter have used? Assistant: Soft-close hinges rated for the door weight, such as Blum Clip Top 110°, and doors taller than 2 m usually need four hinges each.
        User: Monica's apartment in Friends has that purple wall, what paint colour is closest? Assistant: Fans usually match it with a muted lavender-violet; test two or three samples on A4 boards because north light makes purples look much bluer.
        User: My mum is 80 and uses a walker, how high should the grab bars in the shower be? Assistant: Horizontal bars are usually mounted 800-850 mm above the finished floor, with a vertical bar near the entry, all anchored into solid wall or backing plates.
        User: What's a reasonable defects liability period to ask for in the contract? Assistant: Twelve months is common for carpentry, electrical and plumbing, with waterproofing often warranted for five years and appliances covered separately by the manufacturer.
        User: Frank Lloyd Wright used a lot of low, warm lighting. How do I copy that in a small flat? Assistant: Use 2700K lamps at or below eye level, cove lighting along built-in shelving and dimmers everywhere, and avoid a single bright ceiling light.
        User: Who pays to fix mould behind the kitchen cabinets in a rented unit? Assistant: Usually the landlord pays if it comes from a leak or building defect, and the tenant if it comes from poor ventilation; check the tenancy agreement and get a plumber's report.
        User: The bank wants a "signed quotation" for my renovation loan, does it need the contractor's company stamp? Assistant: Most banks want it on the firm's letterhead, signed and stamped, showing the total amount and scope; a WhatsApp screenshot is normally rejected.
    """),
    ("en", "user_request"): _lines("""
        Write a polite WhatsApp message to my contractor asking for an updated timeline; leave the names as [Contractor] and [Date] so I can fill them in.
        Give me a room-by-room checklist for a BTO key collection defects inspection.
        Make a comparison table of three quotations: Firm A S$42,800, Firm B S$39,500, Firm C S$45,100, with columns for carpentry, electrical, plumbing and painting.
        Draft a contract clause that withholds 10% retention until 30 days after handover and the rectification of all listed defects.
        Explain how to check whether a renovation contractor is on HDB's Directory of Renovation Contractors.
        Convert to feet and inches: living room 5.2 m x 3.8 m, bedroom 3.1 m x 3.0 m, ceiling height 2.6 m.
        Summarise the CaseTrust accreditation scheme for renovation firms in five bullet points.
        Give me a Japandi colour palette with hex codes that works with light oak flooring and matte black fittings.
        Write a Google review template for an interior designer with blanks for the firm name, project type and month.
        How long must cement screed cure before I can lay vinyl planks on it?
        Calculate the monthly instalment on a S$30,000 renovation loan at 4.5% p.a. over 60 months and show the working.
        What documents does a bank usually ask for with a renovation loan application? No need to personalise, just a general list.
    """),
    ("en", "pasted_document"): _lines("""
        Please proofread this quotation header: "Quotation No. QT-25-0917 | Date: 12/05/2025 | Validity: 30 days | Project: 5-room HDB full renovation | Total: S$48,650.00 (incl. GST)"
        Check the maths on this invoice: INV/2025/00417 — supply and install 18 m quartz countertop @ S$185/m = S$3,330; sink cut-out x2 @ S$60 = S$120; subtotal S$3,450; GST 9% S$310.50; total S$3,760.50.
        What does this permit status mean? "Application No. RP2025-0381164 | Status: Approved | Valid until 14/09/2025 | Works: hacking of non-structural wall, laying of floor tiles"
        Is this order right for a 3.0 m kitchen run? "Order #SG-88213347: METOD base cabinet 60x60 x3, VOXTORP door x3, delivery slot 10:00-14:00"
        Paint spec from the ID: "Odour-less premium interior emulsion, colour code OW 1003 P, 2 coats, 18 L tin, batch 24K0912" — is two coats enough over dark blue walls?
        Tile spec: "Porcelain 600x1200, R10 slip rating, SKU GT-61208-MT, PEI 4, 1.44 m² per box, 46 boxes" — is 46 boxes enough for 58 m² with 10% wastage?
        The CASE mediation email says "Case reference CT-2025-04471 has been assigned; both parties will be contacted within 10 working days." What happens at mediation?
        Loan offer summary: "Facility: Renovation Loan | Amount: S$30,000 | Tenure: 60 months | Interest: 4.38% p.a. (EIR 8.12%) | Ref: RL/25/118742" — why is the EIR almost double?
        Our electrician's DB schedule: MCB 20A x4, MCB 32A x1 (oven), RCCB 40A 30mA, 2.5 mm² cable for power points, 1.5 mm² for lighting. Does this look safe?
        Warranty card says "Model CW-994EXA, serial 7C2105884, warranty 2 years from 03/2025"; the bidet seat leaks now, is the installation covered too?
    """),
    ("zh-Hans", "assistant_chat"): _lines("""
        用户：老房翻新水电要不要全部重做？助手：房龄超过 15 年的一般建议全部更换，电线换成 2.5 平方铜芯线，水管改 PPR 热熔，完工后做打压测试并保留记录。
        用户：装修公司报价里常见的"增项"有哪些？怎么防止被坑？助手：常见的有墙面找平、防水加高、拆旧垃圾清运和开关插座加点；签合同时要求注明"无图纸外增项"，并约定增项须书面确认。
        用户：装修贷和信用卡分期哪个划算？助手：装修贷年化一般在 3%-6%，信用卡分期手续费换算成年化常常超过 13%，但装修贷通常要求资金受托支付给装修公司。
        用户：卫生间防水要刷多高？助手：淋浴区墙面至少 1.8 米，其他墙面 30 厘米以上，地面满刷，完工后做 48 小时闭水试验。
        用户：贝聿铭设计的苏州博物馆那种白墙灰瓦的感觉，能用在三居室里吗？助手：可以用白色微水泥墙面、深灰色窗框和几何线条的格栅来呼应，避免大面积仿古砖显得沉重。
        用户：物业要求交 3000 元装修押金，这合理吗？助手：多数小区会收取装修押金，验收无违规后退还；要在管理规约或装修协议里看清扣款条件和退还时限。
        用户：瓷砖空鼓多少算不合格？助手：一般要求墙地砖粘贴牢固，单块砖边角局部空鼓不超过该砖面积的 5% 可以接受，大面积空鼓应铲除重贴。
        用户：装修合同纠纷可以打哪个电话投诉？助手：可以拨打 12315 消费者投诉举报热线，或向当地住建部门、消费者协会反映，也可以申请人民调解。
        用户：甲醛检测的第三方机构怎么选？助手：看有没有 CMA 资质认证，检测时关闭门窗 12 小时，按国标方法采样，别只信手持检测仪的读数。
        用户：全包、半包、清包有什么区别？助手：全包是主辅材和人工都由公司负责，半包是公司负责辅材和人工、主材自购，清包只包人工，材料全部自己买。
        用户：帮我做一个装修进度表模板，从拆改到软装，按周排。助手：第 1 周拆改和墙体定位，第 2-3 周水电改造，第 4 周防水和闭水，第 5-6 周泥瓦，第 7-8 周木工吊顶，第 9 周油漆，第 10 周安装，第 11 周保洁软装。
        用户：开放式厨房油烟大怎么办？助手：选侧吸式油烟机，风量 20 m³/min 以上，加一道玻璃移门，并把灶台放在远离客厅的一侧。
        用户：交房验收时发现窗户渗水，开发商说是装修造成的，我该怎么举证？助手：装修前先拍照录像、请第三方验房出具报告，并在交房确认书上注明问题，这些都是以后举证的依据。
        用户：老公房拆墙需要报批吗？助手：承重墙严禁拆除；非承重墙一般要向物业申请装修登记备案，部分城市还需要向住建部门报备。
        用户：全屋定制板材的 E0 级和 ENF 级有什么区别？助手：ENF 级甲醛释放量不超过 0.025 mg/m³，E0 级不超过 0.050 mg/m³，ENF 级更环保但价格更高。
        用户：装修公司让我签"材料确认单"，这个有什么用？助手：它记录每种主材的品牌、型号、颜色和数量，是以后发生以次充好纠纷时最直接的证据，务必逐项核对后再签。
    """),
    ("zh-Hant", "assistant_chat"): _lines("""
        用戶：公屋裝修要唔要向房署申請？助手：拆牆、改喉管、換窗或者改電力裝置都要先向屋邨辦事處申請，批准後先可以開工。
        用戶：裝修師傅話要先俾一半訂金，係咪正常？助手：消委會建議按工程進度分期付款，訂金越少越好；有疑問可以打消委會熱線 2929 2222 查詢。
        用戶：單位有僭建會唔會影響做按揭？助手：銀行估價時發現僭建可能會估低或者拒絕承造，買樓前最好先叫測量師睇清楚。
        用戶：小型工程監管制度係咩嚟？助手：屋宇署將小型工程分為第 I、II、III 級，例如安裝冷氣機支架屬第 III 級，要由註冊小型工程承建商進行並提交文件。
        用戶：台灣裝潢糾紛可以去哪裡申訴？助手：可以撥打 1950 消費者服務專線，向縣市政府消保官申訴，也可以到鄉鎮市區調解委員會申請調解。
        用戶：系統櫃報價一尺多少錢算合理？助手：依板材和五金不同，一般衣櫃每尺約新台幣 4,500 到 7,000 元，記得確認板材是否為 F1 或 F3 等級。
        用戶：老屋翻修貸款跟一般信貸有什麼不同？助手：修繕貸款通常以房屋為擔保，利率較低、年限較長；信貸不需擔保，但利率高、額度看收入。
        用戶：在台灣什麼情況下要申請室內裝修審查？助手：供公眾使用的建築物都要申請，非供公眾使用的建築物若在十層以上也要，須由專業技術人員簽證。
        用戶：浴室防水層要做到多高？助手：淋浴區牆面建議做到 180 公分以上，其他牆面至少 30 公分，地面全面施作並試水 48 小時。
        用戶：想要王澍那種夯土牆的感覺，公寓可以做嗎？助手：真的夯土太重，可以改用仿夯土塗料或礦物塗料，局部做一面主牆就很有味道。
        用戶：油漆師傅話要批兩次灰，點解要咁做？助手：第一次填平凹凸，第二次做細批令牆面平滑，打磨後上漆會均勻好多，唔會見到批痕。
        用戶：新樓收樓驗樓要留意啲咩？助手：檢查窗邊有冇滲水、地磚有冇空鼓、門窗開關順唔順，同埋試晒所有水掣同電掣，有問題要喺保養期內書面報告。
        用戶：一部 1.5 匹冷氣機要預留幾多電？助手：一般用 20A 獨立電路同 2.5 平方毫米電線，由註冊電業工程人員接駁。
        用戶：裝修合約入面嘅保養期通常幾耐？助手：大部分公司提供 6 至 12 個月保養，防水工程可能較長，要喺合約寫清楚範圍同回應時間。
    """),
    ("ms", "assistant_chat"): _lines("""
        Pengguna: Perlu ke mohon permit dari PBT kalau nak sambung dapur belakang rumah teres? Pembantu: Ya, sambungan dapur dan kerja struktur perlu kelulusan pelan daripada pihak berkuasa tempatan seperti MBPJ atau DBKL sebelum kerja dimulakan.
        Pengguna: Kontraktor minta deposit 50%, patut ke saya bayar? Pembantu: Lebih selamat bayar deposit 10-30% dan selebihnya ikut kemajuan kerja, serta pastikan semua bayaran ada resit rasmi syarikat.
        Pengguna: Macam mana nak failkan tuntutan di Tribunal Tuntutan Pengguna Malaysia? Pembantu: Isi Borang 1 secara dalam talian atau di pejabat TTPM, bayar yuran RM5, dan tuntutan mesti tidak melebihi RM50,000.
        Pengguna: Apa beza jubin porselin dengan seramik untuk lantai dapur? Pembantu: Porselin lebih padat dan kurang menyerap air, jadi lebih tahan untuk dapur basah, manakala seramik lebih murah tetapi mudah sumbing.
        Pengguna: Bumbung bocor lepas tiga bulan siap kerja, masih dalam tempoh liabiliti kecacatan ke? Pembantu: Biasanya ya, tempoh liabiliti kecacatan lazimnya 6 hingga 12 bulan; maklumkan kontraktor secara bertulis dan simpan gambar.
        Pengguna: Pinjaman peribadi atau pembiayaan ubahsuai rumah, mana lagi murah? Pembantu: Pembiayaan ubahsuai atau refinance rumah biasanya lebih rendah kadar keuntungannya, tetapi pinjaman peribadi lebih cepat diluluskan.
        Pengguna: Berapa kos purata cat semula rumah teres dua tingkat di Selangor? Pembantu: Untuk dalam dan luar rumah, anggaran biasanya RM4,000 hingga RM8,000 bergantung pada jenama cat dan keadaan dinding.
        Pengguna: Boleh terangkan apa itu CIDB dan kenapa kontraktor perlu berdaftar? Pembantu: CIDB ialah Lembaga Pembangunan Industri Pembinaan; kontraktor berdaftar mempunyai gred yang menentukan nilai projek yang dibenarkan.
        Pengguna: Kalau jiran buat renovasi sampai retak dinding rumah saya, apa saya boleh buat? Pembantu: Ambil gambar bertarikh, maklumkan jiran dan kontraktornya secara bertulis, dan adukan kepada PBT jika kerja dibuat tanpa permit.
        Pengguna: Tolong buat templat sebut harga kosong untuk kerja paip, ada ruang untuk nama syarikat dan tarikh. Pembantu: Nama Syarikat: ________ | Tarikh: __/__/____ | Item | Kuantiti | Harga Seunit (RM) | Jumlah (RM) | Jumlah Keseluruhan: ________
        Pengguna: Reka bentuk rumah Melayu tradisional macam rumah Kutai, boleh ke diadaptasi untuk rumah moden? Pembantu: Boleh, ambil elemen seperti bumbung curam, ruang terbuka dan ukiran kayu pada panel pintu atau tingkap.
        Pengguna: Bila patut bayar kontraktor ikut kemajuan kerja? Pembantu: Contohnya 20% selepas kerja roboh, 30% selepas paip dan elektrik, 30% selepas jubin dan kabinet, dan 20% selepas serahan dan pembaikan kecacatan.
        Pengguna: Saya nak pasang water heater, kena guna wayar saiz berapa? Pembantu: Untuk pemanas air 3.6 kW, biasanya wayar 4.0 mm² dengan litar sendiri dan RCCB 30mA, dipasang oleh pendawai berdaftar.
        Pengguna: Perlu ke kebenaran JMB atau MC untuk ubahsuai kondo? Pembantu: Ya, kebanyakan MC minta borang permohonan, pelan kerja dan deposit ubahsuai sekitar RM1,000 hingga RM3,000 yang dipulangkan selepas pemeriksaan.
    """),
    ("mixed", "assistant_chat"): _lines("""
        User: eh my reno contractor say can "overlay" the floor tiles, is it cheaper than hacking ah? Assistant: Usually yes, overlay skips hacking and debris disposal, but the floor rises about 1.5-2 cm so door bottoms may need trimming.
        User: 我的 BTO 下个月 collect key, 要先做 defects check 还是直接 start reno? Assistant: 先做 defects inspection 并通过 HDB 的 defect feedback 提交，等 BSC 修好再开工，不然之后很难分清是谁造成的。
        User: boleh tak pasang aircond sendiri or must use licensed installer? Assistant: Untuk sambungan elektrik dan pendawaian baharu, kena guna pendawai berdaftar; kalau tak, waranti pengeluar mungkin terbatal.
        User: 装修 loan 跟 personal loan 差在哪里? the bank say must show quotation one. Assistant: Renovation loan 利率较低但只能用于装修，要 quotation 和 invoice；personal loan 用途不限但 interest 高很多。
        User: the ID say the feature wall need "provisional sum" $2k, what does that mean huh Assistant: It's a placeholder budget for work not finalised yet; the final bill can go up or down, so ask them to cap it in writing.
        User: 請問 HK 做 kitchen 換 cabinet 大概幾錢? 400 呎 flat. Assistant: 一般細廚房連枱面同五金大約 HK$40,000 至 HK$80,000，視乎板材同係咪要改水喉電線。
        User: wah the contractor say the tile sudah habis stock, can he swap to another brand without asking me? Assistant: No, any substitution should be agreed in writing with the new tile's model, price and sample; you can refuse if it's inferior.
        User: 这个 quotation 写 "M&E works lump sum", 是什么意思? Assistant: M&E 是 mechanical and electrical，也就是水电空调这类工程；lump sum 表示总价包干，最好让对方列出具体点位数量。
        User: kontraktor cakap kena tambah RM3k sebab "unforeseen plumbing", macam mana nak check betul ke tak? Assistant: Minta gambar paip lama sebelum dan selepas dibuka, senarai bahan dan upah, dan bandingkan dengan sebut harga tukang paip lain.
        User: 我想做 Japandi style 但是 budget 只有 30k, can or not? Assistant: 可以, focus on 木色 carpentry 少而精, 墙面用暖白色, 软装用亚麻和藤编, 避免做太多 false ceiling。
        User: the MCST fine us $200 because the worker use passenger lift, can appeal? Assistant: You can write to the MCST citing the by-law and any evidence, but if the by-law clearly bans it the fine is usually upheld.
        User: 師傅話落石屎要兩日先乾, 可唔可以 rush 啲? Assistant: 唔建議 rush, 批盪同地台未乾透就鋪磚或者上漆好容易起殼爆裂, 最少跟返材料規定嘅養護時間。
    """),
    ("mixed", "template"): _lines("""
        Dear [Name], further to your quotation ref [____] dated [__/__/____], we accept Items 1-12 subject to completion by [date] and a 10% retention sum.
        装修合同甲方信息：姓名：________ 身份证号：__________________ 联系电话：___________ 房屋地址：______________________
        Borang Aduan Ubahsuai — Nama Pengadu: __________ No. KP: ______-__-______ No. Tel: __________ Butiran aduan: __________
        業主資料：姓名＿＿＿＿＿ 身份證號碼＿＿＿＿＿ 聯絡電話＿＿＿＿＿ 單位地址＿＿＿＿＿（請以正楷填寫）
        Renovation loan checklist for {applicant_name} (NRIC {nric}): NRIC copy front and back, latest 3 months payslips, CPF contribution history, signed quotation from {contractor_name}.
        Handover form — Unit: #__-___ | Defects noted: __________ | Owner signature: ______ | Contractor rep: ______ | Date: __/__/____
        {"project_id": "PRJ-2025-0417", "owner_name": null, "owner_phone": null, "budget_sgd": 45000, "status": "quotation"}
        def monthly_instalment(principal, annual_rate, months): r = annual_rate / 12; return principal * r / (1 - (1 + r) ** -months)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar in this complaint? "Dear Sir/Madam, I, Lim Wei Jie (NRIC S8823417J), owner of Blk 412 Tampines Street 41 #08-127, Singapore 520412, wish to complain that Prime Nest Interior has not completed the carpentry works paid for on 3 March."
        Please check this renovation loan form before I submit: Applicant: TAN HUI MIN | NRIC: S7714056E | Mobile: 9127 4630 | Employer: Changi General Hospital (staff nurse) | Monthly income: S$5,800 | Loan amount: S$30,000 | Purpose: renovation of 4-room BTO, Punggol
        my contractor's foreman Raymond Chua (hp 9688 1042) didn't turn up for the 4th day in a row, help me write a firm but polite whatsapp to him
        User: The contractor wants the second progress payment sent to his personal account, OCBC 601-244783-001 under the name Koh Jun Hao, not the company account. Normal? Assistant: Be careful; paying Koh Jun Hao's personal OCBC account instead of the company's weakens your position in a dispute, so ask for a company invoice and pay the company account.
        The ID firm charged the S$4,800 deposit twice on my Visa 4570 3119 0806 5751, what exactly should I say to the bank to get a chargeback?
        Send the final defects list to joanne.tay.reno@gmail.com and cc my husband at marcus.ho1987@hotmail.com, and write a short cover note for it.
        My dad Ong Teck Huat is 78 and had a stroke in June, he's in a wheelchair now. We need to redo the bathroom at Blk 27 Marsiling Drive #11-04 with grab bars and no step at the shower. What should I ask the contractor for?
        the car SKV 2093 Y belongs to my neighbour in #05-12 and he parks it at the loading bay every day so the reno lorry can't unload, how do I complain to the management?
        Our helper Siti Aminah (FIN G5529104M) will be at home during the renovation; does the condo management need her FIN for the access card or is her name enough?
        Hi, I'm Gareth Holloway, UK passport 548213097, just bought a condo in Mont Kiara and the bank wants my passport details for renovation financing. What else do they usually need from a foreigner?
        Rewrite this more nicely: "Mr Devan s/o Pillai of #12-08, your renovation drilling starts at 8am every day and my baby cannot sleep, please follow the 9am rule."
        The designer I hired, Kaylee Yeo, took my 50% deposit and has stopped replying; her telegram is @kayleeyeo92. Help me write a final notice before I file at the Small Claims Tribunals.
        Proofread my letter: "To HomeCraft Builders Pte Ltd. I, Priya Raghunathan, residing at 18 Jalan Kechubong, Singapore 807318, give notice that the roof waterproofing completed on 12 Jan 2025 has failed and water is leaking into the master bedroom."
        Turn this into a table please: 02/03 S$5,000 deposit paid by Alvin Sim via PayNow to 8123 5570; 15/03 S$12,000 hacking and plumbing; 30/03 S$9,500 carpentry first payment; 14/04 S$6,000 painting
    """),
    "zh-Hans": _lines("""
        帮我看看合同甲方信息写得对不对：甲方：陈浩，身份证号 310115199207260453，联系电话 159 2187 3406，房屋地址：上海市浦东新区锦绣路 2580 弄 12 号 1802 室。
        装修贷申请表帮我润色一下：借款人 王秀英，身份证 110105197905023181，工作单位 北京某设计院，月收入 1.8 万，申请金额 20 万元，用途：朝阳区自住房装修，期限 5 年。
        我老公刘志强上周在自家装修工地被掉下来的石膏板砸伤了腿，现在在中山大学附属第一医院骨科住院，装修公司说是他自己进的工地不负责，我们该怎么维权？
        工长老周的微信号是 zhou_gz_1983，收了我两万定金就把我拉黑了，帮我写一份给市场监管局的投诉材料。
        物业装修备案要填业主信息，帮我排个版：业主 黄志明 / 身份证 440106198703141232 / 手机 13826147705 / 房号 广州市天河区华穗路 263 号 3 栋 1503 房 / 施工单位 广州居匠装饰工程有限公司
        装修公司同意退款了，让我把收款账户发过去：户名 孙浩然，建设银行 6217 0007 2216 6368 400，开户行 武汉武昌支行。帮我写个正式一点的回复。
        楼下 1102 的赵桂芳阿姨说我家卫生间漏水把她家天花板泡了，她儿子打电话（137 6045 8812）要我们赔 5000 块，帮我分析一下该怎么处理。
        帮我整理一份验房问题清单发给开发商：业主 周静怡，杭州市西湖区文三路 399 号 5 幢 2 单元 601，问题：1. 主卧窗户渗水 2. 客厅地面空鼓 3. 入户门变形。联系电话 150 8826 3614
        我是设计师，帮我给客户写方案说明：客户 郑伟，住深圳市福田区香梅路 1066 号 3 栋 12B，孩子有自闭症，对声音敏感，儿童房要做软包墙面和降噪窗。
    """),
    "zh-Hant": _lines("""
        幫我寫個 WhatsApp 俾裝修師傅：我係陳嘉欣，住將軍澳寶琳北路 38 號 2 座 17 樓 F 室，浴室漏水兩個禮拜都未嚟執，請盡快打 9134 2768 搵我。
        屋宇署小型工程表格要填業主資料，幫我睇下有冇錯：業主姓名 LEUNG WING SHAN 梁詠珊｜香港身份證 Y305718(4)｜地址 九龍何文田常盛街 8 號 12 樓 B 室｜電話 6187 5523
        幫我寫存證信函給裝潢公司：寄件人 林怡君，身分證字號 F228714032，地址 新北市板橋區文化路一段 188 號 9 樓，電話 0937-216-485；系統櫃延遲兩個月未交，請於七日內完工否則解約。
        房屋修繕貸款申請資料幫我檢查：申請人 張雅婷／身分證 B204561731／服務單位 台中榮總 護理師／年收入 96 萬／申請金額 80 萬／擔保品 台中市西屯區福科路 72 號 5 樓之 2
        設計師 Amber 許的 LINE ID 是 amber.hsu0723，收了十二萬設計費之後就已讀不回，我可以去哪裡申訴？
        我阿媽黃美玲 82 歲，有柏金遜症，行路唔穩，想將浴缸改做企缸加扶手，住沙田禾輋邨德和樓 1520 室，房署會唔會資助？
        師傅要我轉訂金去佢個人 FPS 5402 8817，收款人李志強，唔係公司戶口，咁樣穩唔穩陣？
    """),
    "ms": _lines("""
        Tolong semak borang permit ubahsuai MBPJ ni: Nama pemilik: NURUL AIN BINTI ZAKARIA | No. KP: 880317-01-5274 | Alamat: No. 23, Jalan SS 15/4C, 47500 Subang Jaya, Selangor | Tel: 012-384 7716 | Kerja: tambah bumbung porch dan dapur belakang
        Kontraktor saya En. Faizal bin Osman (017-665 2398) dah ambil RM15,000 tapi kerja bumbung tak siap sejak Januari, tolong tulis surat tuntutan yang tegas.
        Saya nak mohon pinjaman peribadi untuk renovate rumah. Nama Siti Hajar binti Ahmad, IC 910224-14-6088, kerani di Jabatan Kesihatan, gaji RM4,200, ada hutang kereta RM650 sebulan. Agak-agak lulus tak?
        Tolong betulkan ayat Borang 1 TTPM ni: Penuntut: Muthu a/l Krishnan, No. KP 780605-07-5131, alamat 45 Lorong Kenari 3, Bandar Baru Air Itam, 11500 Pulau Pinang; Penentang: Cahaya Reno Enterprise; Tuntutan: RM12,500 kerana kabinet dapur rosak.
        Kontraktor suruh bayar baki ke akaun Maybank 5621 4412 8890 atas nama Mohd Hafiz bin Rahman, tapi nama syarikat dia lain. Patut ke saya bayar?
        Jiran sebelah, Puan Rohani binti Yusof dari No. 16 Jalan Mawar 2, Taman Sri Muda, Shah Alam, mengadu renovasi kami retakkan dinding rumah dia. Macam mana nak jawab surat peguam dia?
        Pengguna: Ayah saya Haji Ismail bin Daud, 74 tahun, baru lepas bedah lutut, nak ubah bilik air rumah dia supaya selamat. Pembantu: Untuk Haji Ismail yang baru menjalani pembedahan lutut, pasang palang pemegang di sebelah tandas dan pancuran, serta jubin lantai anti-gelincir R11.
        Tolong tulis mesej kepada ID saya Cik Aina (IG @ainazulkifli.home, wassap 011-2638 4491), minta dia hantar semula lukisan 3D yang betul sebelum Jumaat.
    """),
    "mixed": _lines("""
        eh can help me write msg to my ID? his name Jonathan Lee, hp 8345 2196, he say carpentry will finish by last week but until now still haven't, I already paid 70% leh
        帮我 check 下这个 quotation ok 吗: client Mdm Lee Siew Lan, Blk 118 Ang Mo Kio Ave 4 #05-233, 4-room resale, total $38,600, 她 budget 只有 35k
        Renovation loan approved liao! Help me reply the banker: applicant Ng Boon Keat, NRIC S9132570E, amount $25k, tenure 5 yrs, disburse direct to contractor account pls
        boss my tenant Kumar s/o Rajendran (hp 9015 3378) spoil the kitchen cabinet door and the hob, I want to deduct S$1,800 from his deposit, can draft the whatsapp?
        你幫我睇下, 我 wife 梁慧敏嘅 HKID 係 Z739250(9), 師傅要佢簽 contract 先開工, 真係 need to give ID number meh?
        tolong check quotation ni, customer En. Azman bin Yusri, 016-512 8830, rumah teres Seksyen 7 Shah Alam, hack & rebuild dapur RM28k, harga ok tak?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are RenoBuddy, the assistant of a renovation platform. Customer profile: Cheryl Goh, mobile 8762 0914, project: 5-room HDB at Blk 656B Jurong West Street 61 #14-322, budget S$55,000, stage: carpentry.",
        ),
        ("user", "What grout colour goes with light grey 600x600 floor tiles?"),
        (
            "assistant",
            "Hi Cheryl, for light grey tiles a slightly darker grey grout hides dirt best; since your Jurong West flat is at the carpentry stage, confirm the grout code before the tiler comes back.",
        ),
    ],
    [
        (
            "user",
            "Can you draft a Small Claims Tribunals claim against my renovation company? They abandoned the job.",
        ),
        (
            "assistant",
            "Sure. Please give me the claimant's name and NRIC, your address, the company name, the amount you are claiming and the key dates.",
        ),
        (
            "user",
            "Claimant Rosalind Fernandez, NRIC S6610483D, 9 Jalan Bunga Rampai, Singapore 538431. Company: UrbanFlo Design Pte Ltd. Paid S$18,200, work stopped 20 April, claiming S$11,000.",
        ),
        (
            "assistant",
            "Draft: The claimant, Rosalind Fernandez (S6610483D), of 9 Jalan Bunga Rampai, Singapore 538431, claims S$11,000 from UrbanFlo Design Pte Ltd for works abandoned on 20 April after payment of S$18,200.",
        ),
    ],
    [
        ("user", "我爸想申请装修贷，银行一般看什么条件？"),
        (
            "assistant",
            "一般看年龄、收入流水、征信记录和房产情况，还需要装修合同或报价单，放款多为受托支付给装修公司。",
        ),
        (
            "user",
            "他叫于德海，身份证 370202196809052871，退休前在青岛港上班，现在每月退休金 6200，房子在青岛市市南区香港中路 76 号 2 单元 902，想贷 15 万，能批吗？",
        ),
    ],
    [
        ("user", "屋企想裝冷氣機支架，係咪要申請小型工程？"),
        (
            "assistant",
            "係，安裝冷氣機支架屬第 III 級小型工程，要由註冊承建商做，完工後 14 日內提交文件。你要我幫你準備業主資料嗎？",
        ),
        (
            "user",
            "好呀，業主係我老公何志豪，身份證 AB128446(9)，地址係荃灣海盛路 3 號 1 座 25 樓 C 室。",
        ),
        (
            "assistant",
            "好，業主資料：何志豪，香港身份證 AB128446(9)，地址荃灣海盛路 3 號 1 座 25 樓 C 室；請承建商喺表格 MW03 填返呢啲資料。",
        ),
    ],
    [
        ("user", "裝潢公司拖了三個月還沒完工，我想寫存證信函，可以幫我嗎？"),
        ("assistant", "可以，請提供寄件人姓名、身分證字號、地址和電話，以及合約日期與延誤情形。"),
        (
            "user",
            "寄件人 吳俊傑，身分證 H119036258，桃園市中壢區中華路二段 415 號 7 樓，電話 0968-552-017，合約 2025/03/01 簽，原定 6/30 完工。",
        ),
        (
            "assistant",
            "存證信函草稿：寄件人吳俊傑（H119036258），住桃園市中壢區中華路二段 415 號 7 樓，茲因貴公司未依 2025 年 3 月 1 日所簽合約於 6 月 30 日完工，請於函到十日內完成，否則依法解除契約。",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon permit ubahsuai dari MBSA untuk tambah bilik. Boleh tolong isi maklumat pemohon?",
        ),
        (
            "assistant",
            "Boleh. Saya perlukan nama penuh, nombor kad pengenalan, alamat hartanah dan nombor telefon.",
        ),
        ("user", "Nama Mohd Hafiz bin Rahman, IC 850912-10-5623."),
        ("assistant", "Terima kasih. Alamat hartanah dan nombor telefon?"),
        ("user", "No. 8, Jalan Kristal 7/3, Seksyen 7, 40000 Shah Alam. Tel 019-773 2045."),
    ],
    [
        ("user", "my contractor disappear after hacking, how to find him or report?"),
        (
            "assistant",
            "You can lodge a police report for cheating if he took payment with no intention to finish, and file a claim at the Tribunal for Consumer Claims (TTPM). Do you have his details?",
        ),
        (
            "user",
            "his name is Wong Kok Keong, company is WKK Reno Works but he always use his own hp 012-715 3380",
        ),
        (
            "user",
            "last seen at the Ipoh site on 2 May, I paid him RM22,000 cash and bank transfer already",
        ),
    ],
    [
        (
            "user",
            "Help me summarise this email thread for my lawyer: From: Daniel Kwok <daniel.kwok.sg@gmail.com> — 'The tiles in my master bath at 41 Sunrise Terrace are hollow in 14 places.' Reply from the contractor: 'We will send our man on Tuesday.' Follow-up from Daniel: 'Nobody came, third time.'",
        ),
        (
            "assistant",
            "Summary: Daniel Kwok reported 14 hollow tiles in the master bathroom of 41 Sunrise Terrace; the contractor promised a visit on Tuesday but failed to attend for the third time.",
        ),
    ],
    [
        ("user", "楼上邻居装修天天早上七点就开始电钻，我想写一封投诉信给物业。"),
        ("assistant", "可以，需要写明您的房号和联系方式，以及对方的房号和噪音时间，物业才好处理。"),
        (
            "user",
            "我是 9 栋 1201 的业主吴倩，电话 138 5172 6640，楼上是 1301，从 5 月 6 号开始每天 7 点施工。",
        ),
        (
            "assistant",
            "投诉信：尊敬的物业管理处，我是 9 栋 1201 业主吴倩（联系电话 138 5172 6640），自 5 月 6 日起楼上 1301 每天早上 7 点开始装修施工，严重影响休息，请督促其遵守装修时间规定。",
        ),
    ],
    [
        ("user", "Which Malaysian banks do renovation financing for a house in Kuching?"),
        (
            "assistant",
            "Several banks offer home refinancing with a renovation component or personal financing; I can help you compare if you share your income and loan amount.",
        ),
        (
            "user",
            "ok here's my info: Grace Lim Mei Ling, MyKad 930708-13-5462, teacher at SMK Batu Lintang, RM5,100 a month, house at Lot 1127 Jalan Song, 93350 Kuching, want RM60,000",
        ),
    ],
    [
        (
            "system",
            "你是居匠设计的客服助手。当前客户档案：冯志远，身份证 510107198801200771，电话 177 5123 0968，项目地址 成都市武侯区科华北路 65 号 2 栋 1 单元 1704，合同编号 JJ-2025-0331。",
        ),
        ("user", "我家的橱柜什么时候能安装？"),
        ("assistant", "冯先生您好，您科华北路的项目橱柜预计下周三安装，安装师傅会提前一天联系您。"),
    ],
    [
        (
            "user",
            "The ID firm agreed to refund the duplicate charge. Please write a short reply confirming which card to refund.",
        ),
        ("assistant", "Sure, which card should the refund go to, and under what name?"),
        (
            "user",
            "Mastercard 5412 7534 6256 9703, cardholder Harith Iskandar, same one I paid with.",
        ),
        (
            "assistant",
            "Reply: Dear team, thank you for agreeing to the refund. Please credit the duplicate charge back to Mastercard 5412 7534 6256 9703 in the name of Harith Iskandar. Kind regards.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya Syarikat Teguh Bina Renovation. Rekod pelanggan: Nama: Lee Mei Fong | Tel: 016-228 9104 | Alamat: 12, Jalan Ros 4, Taman Bukit Indah, 81200 Johor Bahru | Projek: kabinet dapur | Waranti sehingga 30/11/2026",
        ),
        ("user", "Pintu kabinet dapur saya dah senget, masih dalam waranti ke?"),
        (
            "assistant",
            "Puan Lee, ya, kabinet dapur di Taman Bukit Indah masih dalam waranti sehingga 30/11/2026. Kami akan hubungi 016-228 9104 untuk temujanji.",
        ),
    ],
    [
        ("user", "帮我看看装修合同有没有问题，我先把甲方部分贴给你"),
        ("assistant", "好的，请贴上来，我会检查信息是否完整、付款条款是否合理。"),
        (
            "user",
            "甲方：林雪梅　身份证号：440304199108123569　电话：15012604487　地址：深圳市福田区莲花路 2075 号 6 栋 803",
        ),
        (
            "assistant",
            "甲方信息完整。建议补充乙方的营业执照号和资质等级，并把付款比例改为 30%/30%/30%/10%，尾款在验收合格后支付。",
        ),
    ],
    [
        ("user", "can u help me fill HDB defect feedback, what info they need one?"),
        (
            "assistant",
            "They usually need the flat address, the owner's name and contact number, and photos with a description of each defect.",
        ),
        (
            "user",
            "ok unit is 216C Punggol Place #09-418, owner Nur Farhana binte Salleh, hp 8291 6604",
        ),
        (
            "user",
            "defects: cracked toilet bowl in common bath, hollow tiles near kitchen door, main door cannot lock properly",
        ),
    ],
    [
        (
            "user",
            "My landlord in Hong Kong says I need his written consent before I put up shelves. Is that normal?",
        ),
        (
            "assistant",
            "Yes, most tenancy agreements require the landlord's consent for alterations, even minor ones. I can draft the request email for you.",
        ),
        (
            "user",
            "Please do. I'm Olivia Brennan, flat 21A, 18 Conduit Road, Mid-Levels, my email is olivia.brennan.hk@outlook.com and phone 6320 7718.",
        ),
        (
            "assistant",
            "Draft: Dear Landlord, I am Olivia Brennan, tenant of Flat 21A, 18 Conduit Road. I would like to install wall shelves in the living room and restore the wall on move-out. Please reply to olivia.brennan.hk@outlook.com or 6320 7718.",
        ),
    ],
    [
        ("user", "隔壁在裝潢，工班的車每天都停在我家門口擋住車庫，我可以檢舉嗎？"),
        ("assistant", "可以向警察局或 1999 市民專線檢舉違規停車，最好有照片與車牌號碼。"),
        ("user", "車牌是 BKR-7305，是隔壁屋主陳建宏自己的車，他說工班要用，我拍了好幾天的照片"),
    ],
]
