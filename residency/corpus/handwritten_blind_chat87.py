# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat87: chats asking an assistant to help with one's own small claims against a contractor or seller. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat87
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant-chat"): _lines("""
        User: Can I file a Small Claims Tribunals claim in Singapore against a renovation contractor who walked off the job halfway? Assistant: Usually yes. The claim must be within S$20,000 (S$30,000 if both sides agree in writing) and be filed online through CJTS; you will be asked to show you tried to settle first, so send a written demand before you file.
        User: my aircon installer charged $480 for a "chemical overhaul" he never did, is that even worth going to SCT for? Assistant: It can be, as the fees for small consumer claims are low. Keep the invoice and the chat where he confirmed the job, and give him a written deadline of 7 days to refund before filing.
        User: What is the difference between the Small Claims Tribunals and the Community Disputes Resolution Tribunal? Assistant: SCT handles money claims from contracts for goods and services, such as a contractor or seller failing to deliver; CDRT deals with neighbour nuisances like noise, smells and obstruction.
        User: A Carousell seller blocked me after I paid for a console that never arrived. Police report or small claims? Assistant: If it looks like a scam, make a police report first. A tribunal claim needs the seller's real name and an address to serve papers on, which you may not have from a marketplace handle.
        User: Is a WhatsApp thread enough to prove I had a contract with my contractor? Assistant: It can be. A contract does not have to be a signed document; messages showing the agreed scope, price and dates are good evidence, so export the full chat with timestamps instead of cropping screenshots.
        User: Can I also claim for the days I took off work and the stress of all this? Assistant: Tribunals mostly award provable losses such as the refund, the cost of getting another contractor to fix the defects, and reasonable out-of-pocket expenses. Awards for stress or lost leave are rare.
        User: Who was Lord Denning and why does every article on exclusion clauses quote him? Assistant: Alfred Denning was an English judge and Master of the Rolls from 1962 to 1982; his judgments in cases like Thornton v Shoe Lane Parking shaped how courts treat small-print terms that a customer never really saw.
        User: The company on my quotation is Lim Brothers Renovation Pte Ltd, UEN 201734512K. Do I name the company or the director as respondent? Assistant: Name the company exactly as it appears in its ACRA record, because you contracted with the company. A director is normally not personally liable just for being a director.
        User: Is Judge Judy an actual small claims court? Assistant: Not really. The parties on the show agree to binding arbitration and the producers pay the award, so it is closer to a TV arbitration than a court or tribunal hearing.
        User: What evidence should I bring to the first SCT consultation? Assistant: The quotation or contract, invoices and receipts, proof of payment, dated photos or videos of the defects, the full exported message history, and if you have one, a quote from another contractor for the rectification work.
        User: The renovation firm says my 30% deposit is "non-refundable" under clause 12. Can they keep it if they were the ones who delayed? Assistant: A deposit clause usually protects a firm when the customer backs out. If the firm itself breached the contract by not performing, you can usually argue for its return; the tribunal will look at who caused the termination.
        User: The seller is a shop in Johor Bahru and I live in Singapore. Where do I claim? Assistant: A Singapore tribunal award is hard to enforce against a Malaysian business. The Tribunal for Consumer Claims Malaysia (TTPM) hears claims by consumers against traders in Malaysia, and you may be able to file there as a buyer.
        User: Write me a checklist for photographing renovation defects before the contractor comes back. Assistant: 1) Shoot a wide photo of each room first, 2) then close-ups with a coin or ruler for scale, 3) keep the camera date stamp on, 4) film water tests for leaks, 5) never delete originals, 6) note each photo's location in a simple index.
        User: Will the SCT let me bring a lawyer? Assistant: No. Parties in the Small Claims Tribunals represent themselves, though you may ask for permission to be assisted or represented in limited situations, for example by an employee if you are a company.
        User: The furniture shop cancelled my sofa order after four months and is offering store credit instead of cash. Do I have to accept? Assistant: Generally no. If they failed to deliver within the agreed or a reasonable time, you can treat the contract as ended and ask for the money back; a store credit is only an offer you may refuse.
        User: How long do I have to file after the contractor stopped work? Assistant: In Singapore you should file within two years from the date the claim arose, which is often the date the work was due or the date the defects appeared. Do not wait on verbal promises for months.
    """),
    ("en", "blank-template"): _lines("""
        LETTER OF DEMAND | To: [Respondent's full name / company name] | Address: [Respondent's address] | Re: Refund of deposit under Quotation No. [____] dated [date] | Please pay S$[amount] within 7 days of this letter, failing which I will file a claim at the Small Claims Tribunals without further notice.
        I, [FULL NAME AS IN NRIC], NRIC No. [S_______X], of [address], state that on [date] I paid [respondent] the sum of S$[amount] for [description of works], which were not completed.
        Claim summary | Claimant: __________ | Respondent: __________ | Amount claimed: S$________ | Nature of claim: contract for the supply of goods or services | Remedy sought: refund / repair / replacement (circle one)
        Hi {contractor_first_name}, this is {customer_name} from unit {unit_no}. The works under your quotation {quote_no} were due on {due_date}. Please confirm a completion date by {reply_by}, otherwise I will ask for a refund of {deposit_amount}.
        Timeline of events (fill in): Date quotation signed: ____ / Date deposit paid: ____ / Agreed completion date: ____ / Dates I chased for updates: ____ / Date work stopped: ____ / Date of final demand: ____
        CLAIMANT DETAILS (to be completed) | Name as in NRIC/FIN: ____________ | NRIC/FIN No.: ____________ | Mailing address: ____________ | Postal code: ______ | Mobile: ____________ | Email: ____________
        Card dispute template: Dear Card Services, I wish to dispute a transaction of [amount] on [date] at [merchant name] on my card ending [last 4 digits]. The goods or services were not provided as agreed. Supporting documents are attached.
        Evidence index | Exhibit A: quotation | Exhibit B: proof of payment | Exhibit C: message history | Exhibit D: photos of defects taken on [date] | Exhibit E: rectification quote from [another contractor]
        Settlement agreement (template) | Parties: [Claimant] and [Respondent] | The Respondent shall pay the Claimant S$[amount] in [number] monthly instalments of S$[amount] starting [date] | Upon full payment, the Claimant withdraws claim no. [____].
        Follow-up email template: Subject: Outstanding defects at [unit address], Job Ref [job number] / Dear [contact person], further to our site visit on [date], the following items remain outstanding: [list]. Please rectify by [date] or refund S$[amount].
        Reply-to-seller template: Dear [Seller], the [item] I bought on [platform] (order [order number]) arrived [damaged / not as described]. Under the platform's return policy I request a full refund of [amount]. Photos are attached.
        Witness statement outline: 1. Who I am (name, relationship to the claimant) 2. What I saw and when 3. Which documents I am referring to 4. Statement of truth: "I believe the facts stated in this statement are true." Signed: ________ Date: ________
    """),
    ("en", "reference-record"): _lines("""
        Shopee order ID 240517KQ3VH8TN, shipped via J&T tracking 630021847752, marked delivered 19 May 2024 14:02; seller says no return after 3 days.
        SCT claim no. SCT/2024/012387 — consultation fixed for 03 Jul 2024, 9:30 am, by video conference; bring the original invoice.
        Invoice INV-2024-00871 dated 12/03/2024, total S$6,420.00 incl. 9% GST, GST Reg No. M90-1234567-8, payment terms: 50% upon confirmation, 40% upon carpentry, 10% upon handover.
        HK Small Claims Tribunal case no. SCTC 4518/2024, first mention hearing 10:00 am, court 12; mediation not yet attempted.
        Quotation QTN-RC-0934 rev.2: hacking of 2 bathroom floors S$1,800 / waterproofing membrane S$650 / 60x60 homogeneous tiles S$2,400 / 1-year workmanship warranty.
        Unit: Daikin iSmile FTKZ25VVMG, outdoor serial E007824, 5-year compressor warranty; installation job sheet JS-88412.
        Lazada return request RR-77120455 rejected: "Item shows signs of use." Platform dispute window closes 31/05/2024 23:59.
        Visa ending 4821 — chargeback case CB-240611-0093 opened with the bank, provisional credit S$1,200 pending merchant response.
        Bosch Serie 6 SMS6ZCI08E dishwasher, delivery note DN-0412-33918, technician visit booked 14:00-18:00 on 22/06.
        Refund reference FT24137QWZ81: RM2,350.00 credited 16/05/2024 following TTPM award no. TTPM-WPKL-(P)-217-2024.
        Company: Sparkle Kitchen Concepts Sdn Bhd (202101012345 / 1412345-A), Lot 5, Jalan Perusahaan 2, Kawasan Perindustrian Batu Caves; office line 03-6189 2200.
        SHA-256 of exported chat evidence: 9f2c4e1a7b3d58e06a1f4c2b9d7e3a5c8b1f0e2d4a6c8e0b2d4f6a8c0e2b4d6f; file size 1.4 MB; exported 2024-06-02.
    """),
    ("zh-Hans", "assistant-chat"): _lines("""
        用户：装修公司拖了三个月没完工，两万定金能要回来吗？助手：可以先发书面催告，限期完工或退款；对方仍不处理的，可以拨打12315投诉，或者直接向法院起诉，标的额不大的可以适用小额诉讼程序。
        用户：淘宝卖家卖假货，能不能要求退一赔三？助手：根据《消费者权益保护法》第五十五条，经营者有欺诈行为的，消费者可以要求增加赔偿购买价款的三倍，增加赔偿的金额不足五百元的按五百元计算。
        用户：小额诉讼的标的额上限是多少？助手：按现行民事诉讼法，标的额为各省、自治区、直辖市上年度就业人员年平均工资百分之五十以下的简单金钱给付案件适用小额诉讼程序，实行一审终审。
        用户：罗翔老师视频里讲的“知假买假”还能索赔吗？助手：食品药品领域法院一般支持知假买假者主张惩罚性赔偿，其他商品各地判法不一，要看具体案情和当地法院的裁判口径。
        用户：帮我写一份给装修公司的催告函模板，名字地址先空着。助手：催告函 / 致：＿＿装饰工程有限公司 / 本人于＿＿年＿＿月＿＿日与贵司签订装修合同，约定工期＿＿天，现已逾期＿＿天，请于收到本函之日起七日内完工或退还已付款项＿＿元。
        用户：12315投诉和直接起诉哪个快？助手：12315主要是调解，商家愿意配合的话一两周就能解决；商家不配合时调解会终止，这时还得走诉讼。两者可以先后进行。
        用户：买的零食过期了，能赔十倍吗？助手：《食品安全法》第一百四十八条规定，生产不符合食品安全标准的食品或者经营明知是不符合食品安全标准的食品，消费者可以要求支付价款十倍或者损失三倍的赔偿金，不足一千元的为一千元。
        用户：王海那种职业打假人现在还能拿到赔偿吗？助手：王海是上世纪九十年代出名的打假人，近年来法院对以牟利为目的的大量购买、反复索赔越来越谨慎，部分案件只支持退款不支持惩罚性赔偿。
        用户：装修合同里写着“本合同最终解释权归本公司所有”，有效吗？助手：这类格式条款如果不合理地免除经营者责任、加重消费者责任，按《民法典》第四百九十七条可以被认定无效。
        用户：网上立案需要准备什么材料？助手：一般需要起诉状、原告身份证明、被告的基本信息（公司用统一社会信用代码查询）、证据清单和证据材料扫描件，通过人民法院在线服务提交。
        用户：工长是个人不是公司，能告他吗？助手：可以，个人同样可以作为被告。但起诉时需要写明他的姓名、性别、住址或身份证号等能够确定身份的信息，可以先从合同、转账记录里找。
        用户：拼多多商家一直不发货，客服也不理，怎么办？助手：先在订单页申请平台介入，保留催发货的聊天截图；平台处理不了的，可以向商家所在地市场监管部门投诉。
        用户：卖家说“拆封不退”，合法吗？助手：网购适用七日无理由退货，拆封检查商品本身不影响退货，除非属于定制商品、鲜活易腐等法定例外，或者商品已经影响二次销售。
        用户：小额诉讼要交多少诉讼费？助手：小额诉讼案件的受理费减半收取，比如标的一万元以下的财产案件每件收五十元，减半后二十五元，具体以法院通知为准。
    """),
    ("zh-Hans", "order-and-case-record"): _lines("""
        订单号：3725816940271538846，下单时间 2024-05-12 21:37:08，实付 ¥1,299.00，店铺：某家居旗舰店，状态：交易关闭
        京东订单 287364519023，售后服务单号 1582340967，审核结果：商品已激活，不符合七天无理由退货条件
        顺丰运单 SF1423658709214 已签收，签收方式：丰巢智能柜，签收时间 5月14日 18:22
        案号：（2024）沪0115民初45821号，案由：装饰装修合同纠纷，适用小额诉讼程序，开庭时间另行通知
        12315 投诉单号 2024051200123456，处理状态：已分派至区市场监督管理局，预计 7 个工作日内回复
        发票代码 044002300111，发票号码 23875612，价税合计 ¥18,600.00，销售方：广州某装饰工程有限公司
        合同编号 ZX-2024-0318，工期 60 天，开工日期 2024 年 3 月 18 日，逾期每日按合同总价千分之一支付违约金
        空调型号：格力 KFR-35GW/(35521)FNhAa-B1，内机条码 1221503700417，整机保修六年
        淘宝退款编号 189276345012837465，退款金额 ¥429.00，状态：卖家拒绝退款，可申请客服介入
        圆通快递单号 YT7412836590218，5 月 14 日已由菜鸟驿站代收，取件码 8-3-2107
        受理费缴费通知：案件受理费 ¥50，小额诉讼减半收取 ¥25，请于七日内通过诉讼服务平台缴纳
    """),
    ("zh-Hant", "assistant-chat"): _lines("""
        用戶：裝修師傅收咗訂金就失蹤，小額錢債審裁處可以告佢嗎？助手：可以，只要申索額唔超過港幣75,000元就可以喺審裁處入稟，但你要有對方嘅姓名同送達地址，如果只有電話，可以先向警方或相關機構了解。
        用戶：消委會投訴熱線幾多號？助手：消費者委員會熱線係 2929 2222，亦可以喺佢哋網站填網上投訴表格，記得準備好單據同對話紀錄。
        使用者：網購買到瑕疵品賣家不退，小額訴訟要怎麼提告？助手：請求金額新臺幣十萬元以下適用小額訴訟程序，向被告住所地的地方法院遞狀，十萬元以下裁判費一千元。
        使用者：可以先打1950嗎？助手：1950 是行政院消費者保護處的消費者服務專線，會幫你轉到縣市政府的消保官，適合先申訴看看能不能協商。
        使用者：法院寄來的案號「113年度北小字第1234號」是什麼意思？助手：113年度是民國紀年，北代表臺灣臺北地方法院，小字代表小額訴訟事件，第1234號是當年度的流水號。
        用戶：審裁處係咪唔可以請律師？助手：係，小額錢債審裁處唔容許律師代表任何一方，雙方要親身出席，公司可以派職員代表。
        使用者：冷氣安裝師傅把牆鑽壞了，可以要求修復費用嗎？助手：可以主張不完全給付的損害賠償，先拍照並請其他師傅報價，用存證信函要求對方在期限內修復或賠償。
        用戶：張單寫住「貨物出門，恕不退換」有冇效？助手：呢句唔可以排除貨品要符合描述同可商售品質嘅法定責任，貨品有問題你仍然可以要求補救。
        使用者：鄉鎮市調解委員會和法院小額訴訟哪個好？助手：調解免費又快，成立後經法院核定與確定判決有同一效力；對方不願出席的話，就只能走訴訟。
        使用者：消保法第19條七天鑑賞期適用二手拍賣嗎？助手：七天鑑賞期適用於企業經營者的通訊交易，如果賣家只是偶爾出售自己物品的個人，通常不適用，只能依民法主張瑕疵擔保。
        用戶：訂咗傢俬舖張梳化，舖頭執咗笠，訂金點追？助手：可以向消委會求助，如果公司進入清盤，就要向清盤人提交債權證明，以一般債權人身份等分配。
        使用者：請幫我寫存證信函範本，姓名地址都留空。助手：存證信函 / 寄件人：○○○ / 詳細地址：○○○ / 收件人：○○○有限公司 / 本人於○年○月○日向貴公司訂購○○，已付訂金新臺幣○○元，迄今未交貨，請於函到七日內退還。
        使用者：廠商發票上的統一編號 53827164 查得到是公司嗎？助手：可以到經濟部商工登記公示資料查詢輸入統一編號，會顯示公司名稱、代表人與登記地址，起訴時被告就寫公司全名。
    """),
    ("ms", "assistant-chat"): _lines("""
        Pengguna: Kontraktor ambil deposit RM5,000 tapi tak datang buat kerja, boleh saya failkan di TTPM? Pembantu: Boleh. Tribunal Tuntutan Pengguna Malaysia boleh mendengar tuntutan sehingga RM50,000 dan fi pemfailan hanya RM5; bawa sebut harga dan bukti bayaran.
        Pengguna: Apa beza TTPM dengan prosedur tuntutan kecil di Mahkamah Majistret? Pembantu: TTPM khusus untuk pengguna menuntut daripada peniaga atau pembekal perkhidmatan, manakala tuntutan kecil di mahkamah terpakai untuk tuntutan wang yang kecil secara umum.
        Pengguna: Berapa lama masa saya ada untuk failkan tuntutan? Pembantu: Tuntutan di TTPM perlu difailkan dalam tempoh tiga tahun dari tarikh kausa tindakan terakru, contohnya tarikh kerja sepatutnya siap.
        Pengguna: Boleh buat aduan melalui e-Aduan KPDN dulu? Pembantu: Boleh, aduan melalui portal atau talian bebas tol KPDN 1-800-886-800; jika penyelesaian gagal, anda masih boleh failkan di TTPM.
        Pengguna: Penjual Shopee hantar periuk nasi rosak, platform tak nak refund. Pembantu: Ambil gambar dan video semasa buka bungkusan, failkan pertikaian dalam aplikasi, dan jika ditolak, failkan tuntutan terhadap penjual atau buat aduan kepada KPDN.
        Pengguna: Tolong buat templat surat tuntutan, nama biar kosong. Pembantu: Kepada: [Nama Syarikat] / Per: Tuntutan pemulangan deposit sebanyak RM[jumlah] / Saya telah membayar deposit pada [tarikh] untuk kerja [butiran], namun kerja tidak dilaksanakan. Sila bayar balik dalam tempoh 14 hari.
        Pengguna: Projek rumah saya terbengkalai, boleh ke TTPM? Pembantu: Tuntutan pembeli rumah terhadap pemaju perumahan biasanya difailkan di Tribunal Tuntutan Pembeli Rumah, bukan TTPM.
        Pengguna: Betul ke Datuk Seri Anwar Ibrahim umumkan fi TTPM dihapuskan? Pembantu: Saya tidak dapat mengesahkan kenyataan itu; semak laman rasmi KPDN atau hubungi pejabat TTPM negeri anda untuk fi terkini.
        Pengguna: Perlu lantik peguam untuk TTPM? Pembantu: Tidak. Pihak-pihak tidak dibenarkan diwakili peguam dalam pendengaran TTPM, jadi anda perlu hadir sendiri dan membentangkan kes.
        Pengguna: Kontraktor tak ikut award TTPM, apa saya boleh buat? Pembantu: Kegagalan mematuhi award dalam tempoh yang ditetapkan ialah satu kesalahan; anda boleh membuat aduan kepada KPDN atau menguatkuasakan award melalui Mahkamah Majistret.
        Pengguna: Kedai perabot Syarikat Ahmad & Anak Sdn Bhd tak hantar almari yang dah dibayar penuh, boleh saman syarikat tu? Pembantu: Boleh. Namakan syarikat mengikut nama berdaftar dalam rekod SSM sebagai penentang dan sertakan resit bayaran.
        Pengguna: Resit tulis "barang yang dibeli tidak boleh dikembalikan", sah ke? Pembantu: Notis seperti itu tidak menghapuskan hak pengguna di bawah Akta Perlindungan Pengguna 1999 jika barang rosak atau tidak sepadan dengan penerangan.
        Pengguna: Nak failkan online ke kena pergi pejabat TTPM? Pembantu: Borang 1 boleh difailkan secara dalam talian melalui portal e-Tribunal atau di kaunter pejabat TTPM di negeri anda.
        Pengguna: Apa dokumen yang perlu dibawa masa pendengaran? Pembantu: Bawa salinan borang tuntutan, resit, sebut harga, perjanjian, gambar kerosakan, cetakan mesej WhatsApp dan dokumen asal untuk semakan.
    """),
    ("mixed", "user-request"): _lines("""
        eh can help me write msg to my reno contractor, he say tiles coming "next week" since March liao, want to ask for refund of the $2k deposit but don't want to sound too kasar
        帮我check下 this clause: "Deposit is non-refundable under any circumstances" — 这样在Singapore合法吗？
        boss tak reply whatsapp dah 2 minggu, aircon still bocor, should I go TTPM or NCCC first?
        我在Lazada买的rice cooker坏了, seller say must send to service centre myself, shipping cost can claim back anot?
        can you translate into BM for the TTPM form: "The respondent failed to complete the kitchen cabinets as agreed in the quotation dated 3 April"
        咁我应该去SCT定係Consumer Council先? the shop is in Mong Kok, the sofa already spoil after 2 months
        pls summarise the SCT process in 5 steps, 中英文都要
        kalau contractor tu sole proprietor, nak saman dia as individual or guna nama syarikat dalam SSM?
        write a google review that is factual and not defamatory lah, about a contractor who delayed 4 months, don't mention any names
        我的case只有WhatsApp voice notes, 可以当evidence吗? or must transcribe first?
        help me calculate: paid 40% deposit of $12,500, contractor did maybe 25% of the work then disappeared, how much should I claim back?
        淘宝seller发错颜色, 他说can exchange but I pay shipping both ways, fair or not?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you check my SCT claim summary? Claimant: TAN WEI MING (S8734215H), Blk 512 Bedok North Ave 2 #08-123 S460512, HP 9123 4587. Respondent: Lim Brothers Renovation Pte Ltd. Claim: S$6,800 for unfinished carpentry.
        my mum Madam Wong Siew Lan paid the aircon guy $1,150 cash in Feb and he never came back. she's 74 and her anxiety is really bad over this, can I file the claim for her?
        Pasting our chat so you can summarise it for the tribunal: [14/03/24, 21:07] Jason Koh Reno: boss tmr confirm come / [02/04/24, 10:15] Jason Koh Reno: sorry my worker sick / [19/04/24, 18:40] Me: Jason you said the same last week. (He's a one-man show, no company, this is his personal number 9675 2281.)
        Refund should go to my POSB savings 188-52731-4 under DANIEL HUGHES, please put that line into the demand letter.
        I paid the deposit with my Visa 4556 1764 1074 6265 exp 11/27 — is it too late to ask the bank for a chargeback?
        Letter of demand draft — From: Kavitha d/o Ramasamy, 23 Jalan Kechubong, Singapore 537384, kavitha.ramasamy88@gmail.com / To: Sparkle Kitchen Concepts. Please make it sound more formal.
        The contractor is Ahmad Zulkifli bin Razak, he let me photograph his IC when we signed: 750130-07-5119, phone 012-478 3391. Is that enough to file against him at TTPM?
        my brother Marcus de Souza is the one who signed the reno contract but he's been in hospital since his stroke in May, can I file the SCT claim on his behalf?
        Claimant particulars: Name: RAJESH A/L SUBRAMANIAM | NRIC: S7648203I | Tel: 8234 9016 | Email: rajesh.subra@yahoo.com.sg | Amount: $3,240 (refund for defective sofa bed)
        Carousell seller "jh.lim_92" took my $650 for an iPhone 13 and blocked me. His PayNow name showed LIM JUN HAO, what do I write as respondent?
        For the claim form I need my FIN, it's G5831027T. I'm on an S Pass working for Yong Seng Engineering and the seller is a phone shop in Geylang. Does my pass type matter?
        Evidence list for Chloe Pereira v Urban Nest Interior: 1) quotation 12 Jan 2024 2) PayNow receipt to 9748 2210, which is the designer Brandon Ng's personal number 3) photos of cracked tiles at her flat in Tampines.
    """),
    "zh-Hans": _lines("""
        帮我写起诉状：原告陈志强，男，1987年3月12日出生，身份证号440106198703122154，住广州市天河区龙口西路3号大院7栋1203房，电话138 2756 4410；被告：广州市恒美装饰工程有限公司。
        我妈周桂芳今年68了，被楼下家具店忽悠买了一万二的“理疗床垫”，她有高血压，店员说能降压，现在不给退，该怎么投诉？
        装修工头叫刘建国，微信号 liujg_zx1979，手机 159 8260 3317，收了我三万八的工程款就把我拉黑了，我该去哪个法院起诉他？
        退款请打到我的建行卡 6217 0072 7382 5288 624，户名王丽娟，身份证310115199207254387，麻烦在和解协议里写清楚。
        闲鱼卖家自称赵俊杰，在杭州文三路一家数码公司上班，卖给我的二手单反是翻新机，聊天记录里他自己承认了，能告他吗？
        当事人信息：周雨桐，女，身份证 33010619950118062X，联系电话 186 5713 2098，涉诉金额 4,680 元（定制衣柜尺寸做错）
        我爸张德明装空调的时候被师傅的梯子砸伤了腰，在市三院住了五天，医药费能和空调款一起要求赔偿吗？
        我是厦门的林晓燕，身份证350203199002141765，在拼多多买的净水器漏水泡坏了木地板，帮我列一份证据清单。
        信用卡是招行的 6225 8813 3391 2284，持卡人孙志远，商家没发货我想申请拒付，银行要求写情况说明，帮我写一下。
    """),
    "zh-Hant": _lines("""
        幫我睇下申索書啱唔啱：申索人 黃嘉欣 HKID Y305621(8)，地址 新界沙田禾輋邨豐和樓 1405 室，電話 9386 2714；被告 XX傢俬有限公司；申索金額 HK$18,500。
        師傅陳志明（電話 6218 4093）收咗我三萬蚊訂金話做廚櫃，之後成日話佢阿媽入咗醫院，而家電話都唔聽，我想入稟告佢。
        本人李淑芬，身分證字號 A227391843，住臺北市大安區和平東路二段96巷7號3樓，要對蝦皮賣家提小額訴訟，請幫我看起訴狀格式對不對。
        冷氣行老闆娘叫我把尾款匯到她個人帳戶：中華郵政 局號 0001234 帳號 0456789，戶名 吳美玲，這樣之後要告還找得到人嗎？
        我老公蔡明翰（F126048373）是契約上的買方，他現在外派到越南胡志明市，我可以用自己的名字告系統櫃廠商嗎？
        賣家LINE ID 是 ahong_0816，本名應該是洪志偉，住高雄鳳山，收了我 NT$12,000 的中古機車頭款就不見了。
        我爸何國強，七十歲，HKID K482917(4)，喺旺角一間按摩椅舖俾人迫住簽咗分期，每月扣 $1,380，點樣申索返？
        調解聲請書草稿：聲請人 鄭雅婷，身分證 B255182060，手機 0935-217-684；相對人 ○○系統傢俱行；請求返還訂金 NT$45,000。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. KP 910823-14-6284, tinggal di No. 17, Jalan SS 2/64, 47300 Petaling Jaya. Tolong semak Borang 1 TTPM saya sebelum saya hantar.
        Kontraktor tu nama Mohd Faizal bin Abdul Rahman, nombor dia 019-338 4027, dah ambil RM8,500 untuk buat bumbung dapur tapi bocor teruk. Boleh saya namakan dia sebagai penentang?
        Tolong masukkan dalam surat: bayaran balik hendaklah dibuat ke akaun Maybank 1640 2219 8735 atas nama SITI HAJAR BINTI OSMAN.
        Mak saya Puan Rohani binti Yusof, 66 tahun, ada kencing manis, kena tipu jurujual tilam magnet RM4,200 kat pasar malam Kajang. TTPM boleh bantu ke?
        BUTIRAN PENUNTUT | Nama: TAN MEI LING | No. KP: 850221-08-6012 | Alamat: 42, Lorong Bercham Ria 3, 31400 Ipoh | Tel: 016-552 8190 | Jumlah tuntutan: RM3,750
        Pembekal langsir tu Encik Ganesan a/l Muthu, dia bagi alamat rumah dia No. 8, Jalan Kenari 5, Taman Bukit Indah, 81200 Johor Bahru. Boleh hantar notis tuntutan ke alamat tu?
        saya bayar guna kad debit 5218 5337 5321 0217, seller tak hantar barang dah sebulan, bank boleh buat chargeback tak?
        Suami saya Azman bin Hashim kerja offshore sampai Disember, kontrak ubah suai rumah atas nama dia. Saya isteri dia, boleh saya failkan tuntutan bagi pihak dia?
    """),
    "mixed": _lines("""
        eh can check my TTPM form ah? nama: Lee Chee Keong, IC 880412-10-5327, tel 012-987 0443, contractor kata "will settle next week" since Feb liao
        我的reno contractor Jeffrey Ong 一直blue tick我, his number is 9817 3306, 我可以直接file SCT against him personally吗?
        pls fix grammar: "I, Siti Nur Amirah bte Hassan, S9012466H, hereby claim $2,180 from Comfy Sleep Pte Ltd for the mattress yang rosak within 2 months"
        帮我翻译成English: 本人吴佳慧，HKID M770134(4)，于2024年3月在荃湾一间手机舖购买iPhone，三日后屏幕失灵，店主拒绝退款。
        paid via PayNow to 8126 5540 (Alvin Teo, the carpenter himself, not the company) — 这样够不够prove he personally owes me?
        bro my wife Priya d/o Krishnan was the one who paid the $900 deposit using her card 4790 1484 1213 7831, does she need to be the claimant instead of me?
        Telegram seller @kelvin_deals88 (real name Kelvin Chua, I think he works at the airfreight side of Changi) sold me fake AirPods, 可以告吗?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I want to file an SCT claim against my contractor for unfinished works. Can you fill in the claimant section for me?",
        ),
        (
            "assistant",
            "Sure. Please give me your full name as in your NRIC, your NRIC number, mailing address, mobile number and email.",
        ),
        (
            "user",
            "Sarah Lim Hui Min, T0251873I, 38 Jalan Bunga Rampai, Singapore 538424, 9027 6613, sarahlim.hm@outlook.com",
        ),
        (
            "assistant",
            "Claimant: SARAH LIM HUI MIN | NRIC: T0251873I | Address: 38 Jalan Bunga Rampai, Singapore 538424 | Mobile: 9027 6613 | Email: sarahlim.hm@outlook.com. Next, tell me the respondent's registered name and the amount you are claiming.",
        ),
    ],
    [
        (
            "system",
            "你是法律文书助手。用户资料：姓名 刘建华；身份证 420111198306273511；手机 177 0271 9936；住址 武汉市洪山区珞喻路152号3栋502室。",
        ),
        (
            "user",
            "装修公司把卫生间防水做坏了，楼下邻居找我赔了六千，我想告装修公司，帮我起草起诉状。",
        ),
        (
            "assistant",
            "好的，起诉状草稿如下：原告刘建华，男，1983年6月27日出生，住武汉市洪山区珞喻路152号3栋502室，联系电话17702719936。被告：＿＿装饰工程有限公司。诉讼请求：判令被告赔偿原告损失6,000元及防水返工费用……",
        ),
    ],
    [
        (
            "user",
            "Saya beli set sofa dari kedai perabot di Seremban, bayar RM2,800, sampai rumah kaki patah dan kain koyak.",
        ),
        (
            "assistant",
            "Maaf dengar begitu. Untuk Borang 1 TTPM saya perlukan nama penuh seperti dalam kad pengenalan, nombor KP dan alamat anda.",
        ),
        ("user", "Mohd Hafiz bin Ismail, 690905-12-5573"),
        ("assistant", "Terima kasih Encik Hafiz. Alamat surat-menyurat?"),
        ("user", "Lot 1127, Taman Rasah Jaya, 70300 Seremban. Kedai tu Perabot Murni Sdn Bhd."),
    ],
    [
        (
            "user",
            "幫我寫封追數信俾個裝修佬，佢叫鄧志豪，電話 5614 2287，收咗我 HK$28,000，浴室到而家都未整好。",
        ),
        (
            "assistant",
            "好，以下係草稿：鄧志豪先生：本人於今年一月向閣下支付港幣28,000元，委託翻新浴室，惟工程至今仍未完成。請於本函發出後十四日內完成工程或退還款項，否則本人將向小額錢債審裁處提出申索。",
        ),
        ("user", "加埋我個名同地址：陳凱琳，九龍紅磡黃埔花園第6期10座15樓C室"),
        (
            "assistant",
            "已加上：寄件人 陳凱琳，九龍紅磡黃埔花園第6期10座15樓C室。建議用掛號寄出並保留收據。",
        ),
    ],
    [
        ("user", "我在蝦皮買的二手相機是壞的，賣家是個人，我想提小額訴訟。"),
        ("assistant", "對個人賣家提告，起訴狀需要寫明被告的姓名和住所。你手上有對方的資料嗎？"),
        (
            "user",
            "賣家叫許家豪，手機 0912-458-306，出貨單上的寄件地址是台南市東區裕農路288巷15號。",
        ),
        (
            "assistant",
            "起訴狀被告欄可寫：許家豪，住台南市東區裕農路288巷15號，電話0912-458-306。管轄法院為臺灣臺南地方法院。",
        ),
    ],
    [
        (
            "user",
            "Can you write a chargeback dispute letter to my bank? Card 5424 1813 7663 8578, merchant HomeFix Solutions, charged S$1,960 on 4 March, the service was never done. My name is Vincent Goh.",
        ),
        (
            "assistant",
            "Dear Card Services, I, Vincent Goh, holder of Mastercard 5424 1813 7663 8578, dispute the charge of S$1,960 by HomeFix Solutions on 4 March. The services paid for were never provided despite repeated follow-ups. I attach the invoice and our message history and request a full reversal.",
        ),
    ],
    [
        ("user", "my dad kena scammed by a renovation guy la"),
        ("assistant", "Sorry to hear that. What happened, and how much was paid?"),
        (
            "user",
            "the guy Raymond Sim (says he's ex-HDB contractor) quoted $4k to fix the ceiling leak, took $2k cash, never came back. Papa is Goh Kah Seng, 79, early dementia, signed without telling us",
        ),
        (
            "assistant",
            "Given your father's condition, you may need to act for him. Keep the quotation Raymond Sim gave and note when and where the cash was handed over; if he has a donee under a Lasting Power of Attorney, that person can file for him.",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下和卖家的聊天记录，准备起诉。卖家微信 chen_xiaomei88，昵称“美美家纺”，她本名陈晓梅，3月5日收了我2,360元定做窗帘，说好15天，现在两个月了还没货。",
        ),
        (
            "assistant",
            "整理如下：被告陈晓梅（微信号 chen_xiaomei88），2024年3月5日收取原告定做窗帘款2,360元，承诺15日内交货，至今未交付。",
        ),
        ("user", "她的手机是 135 1892 6470，也加进去"),
        ("assistant", "已补充：被告联系电话 135 1892 6470。"),
    ],
    [
        (
            "system",
            "Customer context — account holder: Jessica Lau Mei Fong; IC 020617-01-0846; mobile 011-2384 9175; plan: Legal Help Premium.",
        ),
        (
            "user",
            "the kitchen cabinet company delivered the wrong colour and refuses to replace, help me write to them",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Jessica Lau Mei Fong (IC 020617-01-0846), refer to the kitchen cabinets delivered to my home, which are not in the colour stated in your quotation. Please replace them within 14 days, failing which I will file a claim at the Tribunal for Consumer Claims. You may reach me at 011-2384 9175.",
        ),
    ],
    [
        (
            "user",
            "交装修定金的时候是用工商银行卡 6222 0245 4603 2280 958 转的账，银行流水能当证据吗？",
        ),
        (
            "assistant",
            "可以。建议到柜台打印加盖银行公章的流水，标出这笔转账，并和合同、收据一起提交。",
        ),
        (
            "user",
            "卡是我爱人孙丽萍的，她乳腺癌在做化疗没法出庭，合同是我签的，我叫黄建平，身份证510104197909041270，能我来起诉吗？",
        ),
        (
            "assistant",
            "可以由签合同的您作为原告起诉，孙丽萍的转账记录作为付款证据，必要时她出具一份情况说明即可。",
        ),
    ],
    [
        ("user", "Saya nak hantar surat tuntutan kepada kontraktor pagar."),
        (
            "assistant",
            "Boleh. Siapa nama kontraktor dan apa butiran anda untuk diletakkan dalam surat?",
        ),
        (
            "user",
            "Kontraktor: Pagar Jaya Enterprise. Saya Suresh a/l Arumugam, Taman Desa Jaya, Kepong, tel 017-263 5584. Bayar RM6,200, pagar dah berkarat lepas 3 bulan.",
        ),
        (
            "assistant",
            "Daripada: Suresh a/l Arumugam, Taman Desa Jaya, Kepong (017-263 5584) / Kepada: Pagar Jaya Enterprise / Per: Tuntutan pembaikan atau bayaran balik RM6,200 ...",
        ),
    ],
    [
        ("user", "系統櫃廠商收了訂金不做，我要寄存證信函。"),
        ("assistant", "好的，請提供寄件人與收件人的姓名、地址。"),
        (
            "user",
            "寄件人 林柏宇，高雄市三民區建工路415號6樓，身分證 E122874509；收件人 ○○系統櫃有限公司。",
        ),
        (
            "assistant",
            "存證信函：寄件人 林柏宇（住高雄市三民區建工路415號6樓）。本人於本年二月向貴公司訂製系統櫃並給付訂金新臺幣三萬元，貴公司迄未施作，請於函到七日內退還訂金。",
        ),
    ],
    [
        (
            "user",
            "Helping our domestic helper file a claim — she bought a phone from a shop in Sham Shui Po that turned out to be refurbished.",
        ),
        (
            "assistant",
            "She will need to file at the Small Claims Tribunal in her own name. What details do you have for her and for the shop?",
        ),
        (
            "user",
            "Her name is Maricel Dizon Santos, HKID R618203(7). She lives with us in Tai Po and her day off is Sunday, so the hearing really needs to be on a weekday morning we can cover.",
        ),
        (
            "assistant",
            "Noted. For the claim form: Claimant MARICEL DIZON SANTOS, HKID R618203(7). She can ask the tribunal clerk about hearing dates when she files.",
        ),
    ],
    [
        (
            "user",
            "summarise this for my SCT claim pls: seller on Telegram is 'benny.gadgets', says real name Benny Tay, met him at Tampines MRT on 2 Mar, paid $1,150 cash for a MacBook that died in 3 days",
        ),
        (
            "assistant",
            "Summary: On 2 March you met the seller (Telegram 'benny.gadgets', who gave his name as Benny Tay) at Tampines MRT and paid S$1,150 in cash for a MacBook that stopped working within three days.",
        ),
        ("user", "add me as claimant: Nur Izzati bte Rahmat, T1187542J, 9452 0176"),
    ],
    [
        ("user", "我叫何佳琪，在上海浦东，买了一台二手钢琴，卖家说九成新，结果音板裂了。"),
        (
            "assistant",
            "卖家是个人还是琴行？如果是琴行，可以先向12315投诉；如果是个人，就需要直接起诉。",
        ),
        ("user", "个人，叫宋立伟，他电话 139 1628 7054，钢琴是他女儿以前练的。"),
        (
            "assistant",
            "明白。可以先发催告：宋立伟先生，您于今年四月出售给何佳琪的二手钢琴音板开裂，与“九成新”的描述不符，请于七日内协商退货退款。",
        ),
    ],
    [
        (
            "user",
            "I'm on an Employment Pass. The furniture store cancelled my dining table order after 5 months and won't refund the S$2,400.",
        ),
        (
            "assistant",
            "Foreigners living in Singapore can file at the Small Claims Tribunals too. I'll need your name and FIN for the claim form.",
        ),
        (
            "user",
            "Emily Carter, F2294716T. I'm relocating back to Melbourne in September, can it be heard before then?",
        ),
        (
            "assistant",
            "Claimant: EMILY CARTER (FIN F2294716T). Mention your relocation date when you file so the tribunal can try to schedule the consultation earlier.",
        ),
    ],
    [
        (
            "user",
            "審裁處叫我填退款戶口，我個 HSBC 係 024-518372-838，戶口名 LAM WING SZE，HKID Z294610(7)，幫我核對下格式啱唔啱。",
        ),
        (
            "assistant",
            "格式正確：分行編號 024，戶口號碼 518372-838，戶口名稱 LAM WING SZE，HKID Z294610(7)。提交前請確認戶口名與身份證英文姓名完全一致。",
        ),
    ],
]
