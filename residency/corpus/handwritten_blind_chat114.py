# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat114: chats asking an assistant for help with one's own banking and personal finance. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat114
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "disputed_charges"): _lines("""
        User: There's a charge on my credit card statement from PAYPAL *STEAMGAMES for SGD 68.90 dated 02 Nov that I don't recognise, how do I dispute it? Assistant: First check whether anyone in your household bought something on Steam. If not, call the number on the back of the card, ask for a chargeback for an unauthorised transaction and request a replacement card.
        User: merchant refunded me but refund ref RFD-88213-0457 still shows pending after 9 working days, normal? Assistant: Card refunds usually post within 5 to 14 business days. If it goes past 14, give the bank the refund reference and the ARN from the merchant's confirmation email.
        What is an ARN number and where do I find it for a Visa refund
        User: Got charged twice at Shell Jalan Ampang, RM150.00 each, txn times 18:42:07 and 18:42:11. Which one do I dispute? Assistant: Dispute the second one as a duplicate processing error and keep the pump receipt that shows a single fill.
        User: my bank says dispute case DSP-2026-114902 is 'under review by card scheme', what does that mean Assistant: The bank has raised the chargeback with Visa or Mastercard, and the merchant's bank now has up to 45 days to respond with evidence.
        User: Is 'GOOGLE *YouTubePremium g.co/helppay#' a legit descriptor? saw SGD 15.98 Assistant: Yes, that is Google's standard billing descriptor for a YouTube Premium family plan. Check the payments page of your Google account to see which subscription it belongs to.
        User: can I still dispute a hotel charge from 5 months ago? folio no. 0047813, incidental charges SGD 412.60 Assistant: Most card schemes allow 120 days from the transaction or expected service date, so 5 months is probably too late, but ask the hotel's front office manager for an itemised folio first.
        User: the airline cancelled flight TR 2458 SIN-BKK and only offered a voucher, can I do a chargeback? Assistant: Yes, if the service was not provided and you did not accept the voucher. Attach the cancellation email and your written refund request to the dispute.
        User: how long does a temporary credit take to become permanent after a dispute Assistant: Typically 45 to 90 days, depending on whether the merchant contests it. The bank will send you a letter or in-app notice when the case closes.
        User: The dispute form asks for cardholder name and last 4 digits, I'll fill those myself. Just tell me what to write in the Description box for a subscription I cancelled on 14 Sept. Assistant: Write: I cancelled this subscription on 14 September via the merchant's website (confirmation no. CXL-556201). The charge of USD 12.99 on 14 October was made after cancellation and I request a full refund.
        User: Grab charged me RM 23.40 for a ride that never came, booking ID A-7QK2M9XJ8Z. Refund route? Assistant: Open the Grab app, go to Activity, pick that booking and tap Report an issue. Grab normally reverses a no-show charge within 3 working days.
        User: what's the difference between a chargeback and a merchant refund for my credit card rewards points Assistant: With a merchant refund the points earned are usually clawed back at the same time. With a chargeback they are reversed only once the case is closed in your favour.
        User: Amazon order 407-3819264-5529110 arrived empty and the seller refuses a refund. Card dispute or A-to-z claim first? Assistant: File the A-to-z Guarantee claim first; banks often ask whether you tried the marketplace's own process before they accept a chargeback.
    """),
    ("en", "scam_checks"): _lines("""
        User: got an SMS saying 'DBS: Your account is suspended, verify at dbs-secure-login.co' is this real Assistant: No. Banks in Singapore no longer send clickable links by SMS. Don't click it, and report the message to ScamShield or call the 1799 helpline.
        User: someone on Carousell wants to pay for my sofa via 'Carou Guarantee' and sent me a QR code to receive the money, legit? Assistant: No. You never need to scan a QR code or log in anywhere to receive money. That's a classic fake payment page that steals banking credentials.
        User: A caller claiming to be from MAS enforcement said my account is linked to money laundering and asked me to move my savings to a safe account. Assistant: That is a government official impersonation scam. MAS and the police never ask you to transfer money. Hang up and call the police hotline 1800-255-0000 if you want to verify.
        User: How does the Macau scam work exactly? the aunties in my mum's exercise group keep talking about it Assistant: A caller poses as a courier, then transfers you to a fake police officer who says your identity was used in a crime and pressures you to pay a bail or security deposit.
        User: is Tenaga Nasional really calling to say my bill is overdue and power will be cut today unless I pay into a personal account? Assistant: No. TNB bills are paid through myTNB, JomPAY or official counters, never into an individual's account. Hang up and check your balance in the myTNB app.
        User: what's the Semak Mule portal and how do I check an account number before transferring Assistant: Semak Mule (semakmule.rmp.gov.my) is run by the PDRM Commercial Crime Investigation Department. Enter the bank account or phone number and it tells you whether police reports have been lodged against it.
        Give me 5 red flags of an investment scheme promising 3% daily returns paid in USDT
        User: saw an Instagram ad with Elon Musk promoting a trading bot called QuantumAI, real? Assistant: No. These ads use deepfake videos of well-known people; Elon Musk has never endorsed that product. Report the ad and do not sign up.
        User: there's an app called Maybank2u Secure on a third party site, should I sideload the APK version 4.2.1? Assistant: No. Only install banking apps from Google Play, the App Store or Huawei AppGallery. Sideloaded banking APKs are a common way to plant malware that reads SMS OTPs.
        User: the annual scam report said 46,563 cases in 2023 in Singapore with about SGD 651.8 million lost, is that right? Assistant: That matches the order of magnitude in the Singapore Police Force mid-year and annual scam briefs; check the SPF website for the exact figures.
        User: my bank has a kill switch, how do I freeze all my accounts if I think I got phished? Assistant: Most Singapore banks let you freeze all accounts from the app or by calling the main hotline and pressing the fraud option. It blocks cards and digital banking until you visit a branch.
        User: Received a WhatsApp from a +65 number saying Hi Mum this is my new number, but my kids are all adults with the same phones as before. Reply? Assistant: Don't reply or send money. Call your children on their known numbers to confirm, then block and report the new number in WhatsApp.
        User: NSRC hotline in Malaysia is 997, right? Assistant: Yes, the National Scam Response Centre can be reached at 997 from 8am to 8pm daily. Call as soon as possible so the funds can be traced and held.
    """),
    ("zh-Hans", "loans_credit"): _lines("""
        User: 征信报告上有一条“贷后管理”查询记录，会影响我下个月申请房贷吗？ Assistant: 贷后管理是已放款机构的例行检查，不算硬查询，一般不影响房贷审批；需要注意的是近两个月“贷款审批”和“信用卡审批”类查询的次数。
        User: 等额本息和等额本金哪个更划算？贷款100万，30年，利率3.1% Assistant: 等额本息月供约4,270元，总利息约53.7万；等额本金首月约5,361元，之后逐月递减，总利息约46.6万。等额本金利息少，但前期压力大。
        User: 信用卡逾期3天，已经还上了，会上征信吗？ Assistant: 多数银行设有3天左右的还款宽限期，宽限期内还清通常不会报送逾期记录，具体以发卡行规定为准，可打客服电话确认。
        User: 花呗和借呗现在会上人行征信吗 Assistant: 会。蚂蚁消费金融已接入人民银行征信系统，借呗和部分花呗额度的使用和还款情况都会显示在个人信用报告里。
        怎么在中国人民银行征信中心官网查个人信用报告？需要准备什么
        User: 提前还房贷要付违约金吗？合同里写“提前还款需提前30日申请” Assistant: 目前大部分银行已取消提前还款违约金，但仍需按合同提前预约。建议先在手机银行查看是否支持线上预约提前还款。
        User: 网贷平台说我“征信有问题”，要先交3000元“解冻费”才能放款，靠谱吗 Assistant: 这是典型的贷款诈骗。正规机构不会在放款前收取任何解冻费、保证金。请立即停止联系，并拨打96110反诈专线咨询。
        User: 公积金贷款额度一般怎么算？以缴存基数1万元、双方缴存为例 Assistant: 各城市规则不同，常见算法是账户余额乘以倍数并结合还款能力，最终取与城市最高额度之间的较低值。建议在当地公积金中心官网用额度试算工具。
        User: LPR这个月是多少？我的房贷是LPR加点，什么时候重定价 Assistant: 请以全国银行间同业拆借中心每月20日公布的数据为准。大多数房贷每年1月1日按上一年12月的5年期以上LPR重定价。
        User: 帮我做个记账表格，分类：房租、餐饮、交通、娱乐、储蓄，按50/30/20法则 Assistant: 好的，第一列日期，第二列类别，第三列金额，第四列备注；汇总表中必要支出占50%，可选支出占30%，储蓄占20%。
        User: 个税APP里专项附加扣除，住房贷款利息每月能扣多少 Assistant: 首套住房贷款利息每月可扣除1,000元，最长不超过240个月，夫妻双方可选择由其中一方扣除。
        User: 工商银行客服电话是95588吧？卡被冻结了想问原因 Assistant: 对，工行客服热线是95588。冻结原因通常需要本人携带身份证到开户网点办理，客服只能告诉你大致类型。
        User: 信用卡账单日是每月5号，还款日25号，哪天刷大额最划算 Assistant: 账单日次日，也就是6号消费，可以享受最长的免息期，大约50天。
    """),
    ("zh-Hant", "hk_tw_banking"): _lines("""
        User: 轉數快（FPS）轉錯咗錢去一個陌生人，銀行可以幫我追返嗎？ Assistant: 即刻打俾你銀行嘅客服熱線報告，銀行會聯絡收款銀行，但要收款人同意先可以退款；如果對方拒絕，可能要經小額錢債審裁處追討。
        User: 信用卡年費可以點樣豁免？打去客服講咩好？ Assistant: 收到年費通知後打去熱線，話想取消張卡，通常會轉去挽留部門，佢哋多數會豁免年費或者送簽賬回贈。
        User: 想問 TU 信貸評級 A 至 J 係點計？我想申請私人貸款 Assistant: 環聯（TransUnion）根據還款紀錄、信貸使用率、查詢次數等計分，A 最好、J 最差。一般 A 至 C 級較易批出低息貸款。
        User: 台灣的聯徵中心信用報告要怎麼申請？線上可以嗎？ Assistant: 可以，用自然人憑證或行動身分識別登入聯合徵信中心網站，每年可免費查詢一次，也可以到郵局臨櫃申請。
        User: 有人打電話說我上次網購被設定成分期付款，叫我去ATM解除，是真的嗎 Assistant: 這是典型的解除分期付款詐騙，ATM 沒有解除分期的功能。請直接掛斷，撥打165反詐騙專線查證。
        User: 收到銀行通知話我張卡有一筆 HKD 3,280.00 喺 APPLE.COM/BILL 嘅簽賬，係咪盜用？ Assistant: 先去 Apple ID 嘅購買記錄睇下有冇相關訂閱或 App 內購買，如果都冇，就即刻打俾銀行凍結張卡並提出爭議。
        幫我計下：私人分期貸款 HKD 200,000，月平息 0.18%，還 36 個月，實際年利率大概幾多？
        User: 聯名戶口其中一個人過身，戶口啲錢點處理？ Assistant: 如果係「任何一方簽署」兼有生存者權利，餘額一般歸在生者，要交死亡證正本；否則要等遺產管理書批出先可以提款。
        User: 台灣信用卡循環利率上限是多少？ Assistant: 依現行規定，信用卡循環信用利率上限為年利率15%，各銀行會依持卡人信用狀況分級。
        User: 李嘉誠基金會同長江集團係咪同一間？捐錢俾佢哋可唔可以扣稅？ Assistant: 李嘉誠基金會係獨立嘅慈善機構，同上市公司分開。捐款俾獲稅務局認可嘅慈善機構，最多可扣除應評稅入息嘅35%。
        User: 強積金可扣稅自願性供款（TVC）每年最多扣稅幾多？ Assistant: TVC 同合資格延期年金保費合共上限係每個課稅年度 HK$60,000。
        User: 新光三越刷卡滿額贈的登錄序號 REG-25118734 輸入失敗，要找誰？ Assistant: 請先確認活動期間與指定卡別，再聯絡發卡銀行的客服，或到百貨服務台查詢登錄狀態。
        User: 存款保障計劃每名存款人每間銀行保障上限係幾多？ Assistant: 由 2024 年 10 月起，香港存保計劃嘅保障上限係每間成員銀行每名存款人 HK$800,000。
    """),
    ("ms", "pinjaman_bajet"): _lines("""
        User: Macam mana nak semak laporan CCRIS sendiri? Boleh buat online tak? Assistant: Boleh, melalui portal eCCRIS Bank Negara Malaysia. Daftar akaun dengan MyKad, kemudian laporan boleh dimuat turun secara percuma.
        User: apa beza CTOS dengan CCRIS, bank tengok yang mana bila mohon pinjaman peribadi Assistant: CCRIS ialah rekod rasmi BNM tentang pinjaman anda, manakala CTOS ialah agensi swasta yang turut mengumpul rekod mahkamah dan bil. Kebanyakan bank semak kedua-duanya.
        User: Tolong kira ansuran bulanan pinjaman kereta RM 85,000, kadar rata 2.8% setahun, tempoh 9 tahun Assistant: Faedah = 85,000 × 2.8% × 9 = RM21,420. Jumlah bayaran RM106,420, jadi ansuran lebih kurang RM985.37 sebulan.
        User: Saya dapat SMS 'Tahniah! Anda layak pinjaman RM50,000 tanpa dokumen, WhatsApp sekarang', betul ke? Assistant: Tidak. Itu taktik biasa pemberi pinjam wang haram atau penipu. Semak senarai pemberi pinjam wang berlesen di laman KPKT sebelum berurusan.
        User: boleh tak keluarkan duit KWSP Akaun Fleksibel untuk bayar hutang kad kredit? Assistant: Boleh. Pengeluaran dari Akaun 3 (Fleksibel) boleh dibuat untuk apa-apa tujuan, minimum RM50, melalui aplikasi KWSP i-Akaun.
        Buatkan bajet bulanan untuk gaji bersih RM3,500 guna kaedah 50/30/20, dalam bentuk jadual
        User: AKPK tu apa? Boleh tolong susun semula hutang ke? Assistant: Agensi Kaunseling dan Pengurusan Kredit ialah agensi di bawah BNM. Melalui Program Pengurusan Kredit, mereka boleh berunding dengan bank untuk menyusun semula bayaran bulanan.
        User: Moratorium PTPTN masih ada tak tahun ni? Assistant: PTPTN ada menawarkan diskaun dan pelan penstrukturan semula dari semasa ke semasa. Semak pengumuman terkini di laman web rasmi PTPTN atau aplikasi myPTPTN.
        User: kalau akaun bersama dengan pasangan, siapa yang boleh tutup akaun tu? Assistant: Bergantung pada mandat. Jika mandat 'salah seorang', mana-mana pemegang boleh tutup; jika 'kedua-dua', kedua-dua pihak perlu hadir dan tandatangan.
        User: Bank kata transaksi DuitNow saya ditahan untuk semakan keselamatan, rujukan 20261203MBBEMYKL010ORB12345678, berapa lama? Assistant: Biasanya 24 hingga 72 jam. Simpan nombor rujukan itu dan hubungi talian rasmi bank jika dana tidak dilepaskan selepas tempoh itu.
        User: Kad debit saya kena caj RM 10.60 'ANNUAL FEE' tiba-tiba, boleh ke bank buat macam tu? Assistant: Boleh jika ia tertera dalam terma kad. RM10 yuran tahunan dan RM0.60 duti setem adalah biasa bagi kad debit.
        User: Apa itu Tabung Haji dan boleh ke buka akaun untuk anak bawah 18 tahun? Assistant: Lembaga Tabung Haji ialah institusi simpanan untuk tujuan haji. Akaun untuk kanak-kanak boleh dibuka oleh ibu bapa atau penjaga di mana-mana cawangan.
        User: Berapa had perlindungan PIDM untuk simpanan? Assistant: PIDM melindungi sehingga RM250,000 bagi setiap pendeposit bagi setiap bank ahli.
    """),
    ("mixed", "colloquial_money"): _lines("""
        User: eh my DBS PayLah limit how to increase ah, want to pay the renovation contractor 5k Assistant: Go to the app, Settings, then Transfer Limits. You can raise the daily limit but it usually needs an OTP and takes effect after a 12-hour cooling period.
        User: wah lau the GIRO for my credit card failed this month, got late fee SGD 100 boh, can waive or not Assistant: Usually can, if it's your first late payment in a year. Call the card hotline, pay the full amount first, then ask politely for a one-time waiver.
        User: CPF OA can use for what ah besides housing? Assistant: Besides housing, OA can be used for CPF investments, approved education at local institutions, top-ups to parents' retirement accounts and some insurance.
        User: bro nak tanya, credit card cashback 5% tu capped berapa sebulan biasanya? Assistant: Kebanyakan kad cap sekitar RM15 hingga RM50 sebulan untuk setiap kategori. Semak Product Disclosure Sheet kad tu untuk angka tepat.
        User: 我想问 SRS account 放多少可以 max tax relief ah? Assistant: SRS 每年供款上限 Singapore Citizen 和 PR 是 $15,300，外国人是 $35,700，供款全数可以扣税。
        User: 那个 BNPL 逾期会不会影响 CBS credit score 啊 Assistant: 会。新加坡主要 BNPL 平台已经跟 Credit Bureau Singapore 分享还款数据，逾期可能反映在你的报告上。
        User: boss, kalau nak buat personal loan kat bank, payslip 3 bulan cukup ke or need EA form also? Assistant: Untuk pekerja bergaji, biasanya slip gaji 3 bulan terkini dan penyata KWSP sudah cukup. Ada bank minta EA form atau borang BE juga.
        User: sis this PayLater got 1.5% interest per month, is that 18% a year meh Assistant: Simple rate is 18% per year, but because you repay monthly the effective annual rate is actually higher, closer to 19.6% compounded.
        User: can help me write whatsapp msg to ask the landlord's agent to return deposit, template only, no names Assistant: Hi, this is the tenant at [unit no.]. The lease ended on [date] and the unit was handed over with keys on [date]. Could you advise when the deposit of [amount] will be returned? Thank you.
        User: my ah ma wants to learn PayNow, how to explain simple simple? Assistant: Tell her PayNow is like sending money using the other person's phone number. Always check the name that appears on screen before pressing confirm.
        User: Touch 'n Go eWallet top up dah tolak duit tapi balance tak masuk, ref 20261129TNGOMYNWEWA0000871234 Assistant: Biasanya auto-refund dalam 3 hari bekerja. Jika tidak, buka Help Centre dalam aplikasi dan hantar nombor rujukan tersebut.
        User: bank officer push me buy ILP, say confirm 6% return every year, legit or not? Assistant: Investment-linked policies cannot guarantee returns. Ask for the product summary and benefit illustration, which must show projected returns at both 4% and 8%.
        User: 这个 month 花太多了，GrabFood 都 $480，有什么 app 可以 track spending? Assistant: 可以试 Seedly、Spendee 或者直接用银行 app 的 spending insights，把外卖设一个每月预算提醒。
    """),
    ("en", "templates_and_code"): _lines("""
        User: write me a Python script to tag rows in my bank CSV export (Date,Description,Debit,Credit,Balance) as groceries, transport or dining Assistant: import csv; rules = {'NTUC': 'groceries', 'GRAB': 'transport', 'MCDONALD': 'dining'}; for row in csv.DictReader(open('export.csv')): row['tag'] = next((v for k, v in rules.items() if k in row['Description'].upper()), 'other')
        User: Give me a dispute letter template. Assistant: Dear Sir/Madam, Re: Dispute of transaction on card ending [XXXX] dated [DD/MM/YYYY] for [amount] at [merchant]. I, [Full Name], [NRIC/Passport No.], did not authorise this transaction and request a chargeback. Yours faithfully, [Signature]
        User: Excel formula for monthly loan repayment? Assistant: Use =PMT(rate/12, years*12, -principal). For SGD 500,000 at 3.5% over 25 years that is =PMT(0.035/12, 300, -500000), about SGD 2,503.
        User: my Google Sheets budget formula =SUMIF(B2:B200,'Dining',D2:D200) returns 0, why? Assistant: Sheets needs double quotes around text criteria, and check that column D holds numbers rather than text copied from the bank export.
        User: regex to mask card numbers in my notes export, keep last 4 Assistant: Match ([0-9]{4}[ -]?){3}([0-9]{4}) and replace with **** **** **** $2.
        User: what does this mean in my OFX export: <TRNTYPE>DEBIT <DTPOSTED>20261128 <TRNAMT>-45.90 <FITID>2026112800017 Assistant: It is a debit of 45.90 posted on 28 Nov 2026; FITID is the bank's unique transaction ID, used by budgeting apps to avoid importing duplicates.
        User: YNAB vs a spreadsheet for a household budget, which is better Assistant: YNAB is better if you want envelope-style rules and bank sync; a spreadsheet is free and fully flexible but you have to import and categorise by hand.
        Give me a CSV header and 3 sample rows for splitting flat expenses between housemates, use Housemate 1, Housemate 2, Housemate 3 as names
        User: my banking app crashes on launch after updating to version 8.14.2 (build 2611) on Android 14, fix? Assistant: Clear the app cache, make sure Developer options are off (many banking apps refuse to run with them on), then reinstall from the Play Store.
        User: the SHA-256 of the statement PDF I downloaded is 3f9a1c07e2b45d8816ac0f4b9d2e7c13a5f06b8e4d1c92f7a3b5e60d18c4f2a9, how do I check it matches the bank's copy? Assistant: Run sha256sum on the file and compare; if the bank doesn't publish a hash, verifying the PDF's digital signature in a PDF reader is the usual approach.
        User: Write a JSON schema for a transaction record with txn_id, posted_at, amount_minor, currency, merchant_mcc Assistant: {'type': 'object', 'required': ['txn_id', 'posted_at', 'amount_minor', 'currency'], 'properties': {'amount_minor': {'type': 'integer'}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$'}, 'merchant_mcc': {'type': 'string', 'pattern': '^[0-9]{4}$'}}}
        User: what's MCC 5411 vs 5812 on my card statement Assistant: 5411 is Grocery Stores and Supermarkets; 5812 is Eating Places and Restaurants. Some cashback cards give different rates for each.
        User: the joint account form says Account holders: [Holder 1], [Holder 2]; Mode of operation: Either/Survivor. What does Either or Survivor mean? Assistant: Either holder can sign alone, and if one holder dies the balance passes directly to the surviving holder without going through probate.
    """),
    ("en", "public_figures_and_stats"): _lines("""
        User: what did Warren Buffett mean by Rule No. 1, never lose money? Assistant: He meant avoiding permanent loss of capital by buying with a margin of safety, not that prices should never fall in the short term.
        User: Was Lee Kuan Yew the one who set up CPF? Assistant: No, CPF was set up in 1955 under the colonial government. Lee Kuan Yew's government later expanded it to cover housing, healthcare and retirement.
        User: explain the 2008 collapse of Lehman Brothers like I'm 15 Assistant: Lehman borrowed huge amounts to bet on US home loans. When many homeowners stopped paying, the loans lost value, lenders refused to roll over its debt, and it filed for bankruptcy on 15 September 2008.
        User: How did Robert Kuok build his sugar business? Assistant: Starting in the 1950s in Malaya he traded and refined sugar, secured long-term supply deals and expanded across Asia, earning the nickname Sugar King.
        User: Nick Leeson and Barings Bank in 1995, what happened at SIMEX? Assistant: Leeson hid losses from unauthorised Nikkei futures trades in an error account numbered 88888; after the Kobe earthquake the losses reached about GBP 827 million and Barings collapsed.
        User: Is the suspension of the Ant Group IPO in Nov 2020 why Huabei changed its rules? Assistant: Partly. After Jack Ma's Shanghai speech and the suspended listing, regulators pushed Ant to restructure and bring Huabei and Jiebei into the credit reporting system.
        User: what's the household debt in Malaysia as % of GDP? Assistant: Bank Negara's Financial Stability Review put it at roughly 84% of GDP at end-2023.
        User: Scrooge McDuck's money bin, how much would it be worth today? for a fun budgeting lesson with my class Assistant: Forbes once estimated his fortune at about USD 65 billion, a good hook for explaining inflation and why cash sitting in a bin loses value.
        User: 1MDB, what exactly was Najib Razak convicted of? Assistant: In 2020 the High Court convicted him on seven charges of abuse of power, criminal breach of trust and money laundering involving RM42 million from SRC International.
        User: the OCBC branch at Raffles Place, is it open Saturday morning? Assistant: Some OCBC branches open on Saturdays from 9am to noon. Check the branch locator on the OCBC website for the exact hours.
        User: can I walk into Menara Maybank on Jalan Tun Perak for a mortgage consultation? Assistant: It is the group headquarters; mortgage consultations are usually done at a branch or by booking a home financing specialist through the Maybank website.
        User: a survey said 3 in 10 Singaporeans have no emergency fund, source? Assistant: Figures like that typically come from bank-commissioned financial wellness surveys; check the methodology and sample size before quoting it.
        User: textbook example: Customer A carries SGD 12,000 on a card at 26.9% p.a., Customer B moves the same amount to a 0% 12-month balance transfer with a 3% fee. Who pays more over 12 months? Assistant: Customer A pays roughly SGD 3,200 in interest, while Customer B pays a SGD 360 fee, so Customer A pays far more.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please help me write a dispute. Card 4556 7302 1894 6376, cardholder Marcus Lim Jun Hao, charged SGD 1,249.00 at ELECTRO-HUB ONLINE on 21/11 and the item never arrived. Assistant: Here is a draft you can send to the card centre with your order confirmation attached.
        User: my NRIC is S8734216F and the bank's online form keeps rejecting it, is the format right? Assistant: The format looks right; try typing it without spaces and with the final letter in uppercase.
        User: Can you draft an email to my bank? Account 027-918364-5, joint with my wife Priya d/o Ramasamy, we want to change the mandate to both to sign.
        User: my ex-husband Darren Oei still has access to our joint account and withdrew $8,000 last week without telling me, what can I do?
        User: The scammer called from 8214 5903 and told me to transfer to a POSB account under the name Kelvin Teo Wei Ming, I already sent $3,400. Assistant: Call your bank's fraud line now to request a recall, then make a police report quoting that number and account name.
        User: I'm Farah binti Abdul Rahim, 34, on AKPK's debt management programme with about RM 62,000 owed across 3 cards, can I still get a car loan?
        User: My mum Mdm Koh Siew Lan (S7612048Z) has early dementia and I need to manage her bank accounts, what's the LPA process?
        User: got this on my phone 9736 2148: OTP 482915 for PayNow transfer to RAJ KUMAR A/L MUNIANDY SGD 2,000, I didn't do this!
        User: For the loan application they want my address, can I put Blk 318 Tampines Street 33 #09-214, Singapore 520318 even though I'm moving next month?
        User: my helper Ani Rahmawati (FIN G5581302M) wants to open a bank account to send money home to Central Java, which banks accept work permit holders?
        User: Uncle Ah Huat from Blk 22 keeps borrowing money from the neighbours for his mahjong debts, now he owes my dad $1,800. How do we ask nicely?
        User: My CBS score dropped to HH after my brother Jonathan Fernandez defaulted on a renovation loan I guaranteed. Can I get removed as guarantor?
        User: draft a monthly budget for me: take-home $4,850, rent $1,400 for my room at 27 Jalan Kembangan, car loan $980 for my Honda SLB 4821 T.
        User: an email to derrick.ng.kh@gmail.com says my card is blocked and addresses me as Mr Ng Kah Hin, is this phishing? Assistant: Check the sender domain carefully; banks will not ask you to confirm your card details through an email link.
        User: My colleague Nurul Aina keeps borrowing money and now owes me $2,300; she told me her salary is being garnished. How should I ask for it back?
        User: the bank wants my Malaysian passport number A48291736 for the fixed deposit account, is it safe to send it in the app chat?
        User: write a letter to the bank saying my late father Mr Gopal s/o Krishnan passed away on 3 Oct and I'm the administrator of his estate; his savings account ends 7701.
    """),
    "zh-Hans": _lines("""
        User: 帮我看下征信问题：我叫王建国，身份证号440306198503174620，去年招行信用卡有一笔逾期，现在能申请房贷吗？
        User: 我老公李志强瞒着我在网贷平台借了十几万，现在催收电话都打到我单位来了，我该怎么办？
        User: 转账被骗了，对方微信号 lucky_8899money，收款户名张丽娟，卡号 6228480039176240，还能追回吗？ Assistant: 立即拨打110报警，并联系你的开户行申请紧急止付。
        User: 我妈住3栋502，大家都叫她陈阿姨，她最近老接到“银行客服”电话说要帮她提额，我该怎么跟她讲？
        User: 请帮我写一份还款协议：借款人刘小芳（身份证310104199208241538）向我借款5万元，分10期归还。
        User: 我的手机号13826149072收到了网贷验证码，但我根本没申请贷款，是不是有人冒用我的信息？
        User: 帮我整理家庭账本：我税后14,500，老婆周敏税后9,800，建行房贷每月6,200，儿子周浩然学费每学期8,000。
        User: 同事赵磊说他最近被银行起诉了，信用卡欠了二十多万还不上，找我借钱，我要不要借？
        User: 工资卡6217001234005678907被冻结了，开户人是我孙海涛，网点说涉诈，要我去柜台，要带什么材料？
        User: 我住徐汇区漕溪北路218弄7号1203室，银行寄的信用卡一直没收到，会不会被别人冒领了？
        User: 帮我查查这人靠不靠谱：他叫黄俊杰，说是某银行理财经理，微信号 hjj_wealth2026，承诺年化12%保本。
    """),
    "zh-Hant": _lines("""
        User: 我張身份證係 K482917(4)，銀行話要補交住址證明，用屋企人個名嘅水費單得唔得？
        User: 我阿爸陳志明上個月中風入咗院，佢啲銀行戶口同信用卡我可以點幫佢處理？
        User: 幫我寫封投訴信俾銀行：我張信用卡 5204 7310 8825 4191 喺 11 月 28 日被盜用咗 HKD 12,400，聯絡電話 6284 3170。
        User: 我是台北的林怡君，身分證 A203817644，信用卡循環利息累積到十幾萬，可以申請債務協商嗎？
        User: 男朋友黃俊宏用我的名義辦了一張信用卡，刷了八萬多，現在人找不到，我要怎麼處理？
        User: 我老婆 Yvonne 嘅 IG @yvonne.lau.bakes 收到人話佢中咗獎，佢已經俾咗銀行戶口 012-875-1-034596-2 對方，點算？
        User: 我叫吳佩珊，手機 0912-475-308 收到簡訊說我的國泰世華帳戶異常要重新驗證，這是真的嗎？
        User: 我屋企地址係觀塘協和街88號12樓B室，銀行月結單成日寄錯去樓上，想轉電子月結單點做？
        User: 3座12樓陳太同佢個仔開咗聯名戶口，佢個仔而家賭錢輸晒，佢想退出聯名，可以點做？
    """),
    "ms": _lines("""
        User: Saya Ahmad Faizal bin Mohd Yusof, IC 880512-14-5237, nak mohon pinjaman perumahan LPPSA, dokumen apa yang perlu?
        User: Adik saya Nur Syafiqah binti Hamdan kena scam cinta, dia dah transfer RM 47,000 kat lelaki yang dia kenal kat Facebook. Apa patut kami buat?
        User: Akaun Maybank 1640 2239 8815 saya kena beku, nombor telefon saya 012-774 3819, macam mana nak aktifkan semula?
        User: Tolong tulis surat rayuan kepada bank untuk Encik Raju a/l Subramaniam, dia hilang kerja bulan Jun dan tak mampu bayar ansuran RM1,150.
        User: Kereta saya WXY 8832 ditarik bank sebab tertunggak 3 bulan, boleh ke saya tuntut balik?
        User: Mak Cik Salmah sebelah rumah saya di Taman Sri Muda selalu pinjam duit untuk bayar ah long, patut ke saya lapor?
        User: Suami saya Mohd Hafiz bin Ismail (IC 910203-10-6648) meninggal bulan lepas, macam mana nak keluarkan duit KWSP dan akaun bersama kami?
        User: scammer suruh saya hantar duit ke akaun CIMB 7061228493 atas nama Lim Chee Keong, dia kata dari LHDN. Boleh semak kat Semak Mule?
        User: alamat saya No. 14, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang, Selangor, tapi bank hantar kad kredit ke alamat lama, macam mana nak tukar?
        User: Telegram @jasonlowfx janji pulangan 10% seminggu, nama sebenar dia Jason Low Wai Kit, ada orang kenal tak?
    """),
    "mixed": _lines("""
        User: my Telegram @kelly_tan_sg kena hack and the hacker is asking my friends to PayNow to 9458 1026, how to warn them fast?
        User: Hello sir, I am Md Rashidul Islam from Bangladesh, FIN F2748193X, bank say cannot open account because my work permit expire January, how ah?
        User: 我个 sister-in-law Michelle Ong 一直 chase 我还 $5k，但是那笔 loan 是借给我老公的，我需要还吗？
        User: Kak Zura kat pejabat saya kena potong gaji sebab hutang PTPTN, dia minta tolong buat appeal letter, can draft?
        User: my housemate Vignesh a/l Murugan owe rent 3 months RM 2,100, he say his father sick in hospital, can I claim at Tribunal?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for personal banking questions. Never ask for full card numbers or passwords.",
        ),
        ("user", "I need to dispute a Netflix charge that went through twice this month."),
        (
            "assistant",
            "I can help draft the dispute. Which bank issued the card, and what are the dates and amounts of both charges?",
        ),
        (
            "user",
            "It's card 4217 6500 9832 1758, name on card Tan Wei Ling, SGD 22.98 on 3 Dec and again on 4 Dec.",
        ),
        (
            "assistant",
            "Please don't share the full card number here in future. For the dispute, tell the bank it is a duplicate charge and mention both dates and amounts.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理个人金融问题的助手。"),
        ("user", "我刚被骗了2万块，对方说是京东金融客服，要我注销学生贷款账户。"),
        (
            "assistant",
            "请马上拨打110报警，并联系银行冻结收款账户。你还记得对方的联系方式和收款信息吗？",
        ),
        (
            "user",
            "他手机号15902173385，自称王经理，让我转到户名陈晓东、账号6258073019284614的卡上。我叫刘佳怡，这是我的身份证350203199001017631，报警时要用吗？",
        ),
        (
            "assistant",
            "报警时需要你本人带身份证原件，不用在这里发送身份证号。把对方手机号、收款户名和账号、转账截图都交给警方。",
        ),
    ],
    [
        ("system", "Anda pembantu kewangan peribadi."),
        ("user", "Mak saya baru meninggal. Dia ada akaun bersama dengan saya di Bank Islam."),
        ("assistant", "Takziah. Boleh saya tahu mandat akaun itu salah seorang atau kedua-dua?"),
        (
            "user",
            "Salah seorang. Nama mak Rosnah binti Ahmad, IC 520717-03-5128, saya pula Nurul Huda binti Zakaria.",
        ),
        (
            "assistant",
            "Untuk mandat salah seorang, bawa sijil kematian asal dan MyKad anda ke cawangan; baki biasanya boleh dipindahkan kepada pemegang yang masih hidup.",
        ),
    ],
    [
        ("system", "你係一個幫用戶解答香港銀行問題嘅助手。"),
        ("user", "我想申請私人貸款整合卡數，大概欠咗 HK$180,000。"),
        ("assistant", "可以考慮結餘轉戶或者清卡數貸款。你而家每個月大概還幾多？"),
        (
            "user",
            "每月還 $9,000 左右。我叫何家豪，身份證 Y603254(9)，喺觀塘做文員，月薪 $21,000，會唔會批？",
        ),
        (
            "assistant",
            "唔需要喺度提供身份證號碼。以你嘅入息同負債比率，有機會批，但建議先查一查 TU 評級。",
        ),
    ],
    [
        ("system", "You are a budgeting assistant."),
        ("user", "Help me plan our household budget for next year."),
        (
            "assistant",
            "Sure. What is your combined monthly take-home pay and your main fixed expenses?",
        ),
        (
            "user",
            "Me (Sharon Pereira) $5,200, my husband Aloysius $4,300. HDB loan $1,650. Our son Ethan is starting at a private kindergarten, $1,100 a month, and Aloysius still pays $600 to his mother for her dialysis.",
        ),
        (
            "assistant",
            "Your combined income is $9,500. After the loan, school fees and support for his mother, you have $6,150 left; here is a suggested split.",
        ),
    ],
    [
        ("system", "You help users spot scams and protect their money."),
        (
            "user",
            "My friend messaged me on WhatsApp asking to borrow RM800 urgently, is it a scam?",
        ),
        (
            "assistant",
            "It could be an account takeover. Is the message coming from your friend's usual number?",
        ),
        (
            "user",
            "Yes it's from Haziq's number +60 17-302 5566, but he never asks for money. He wants it sent to a Maybank account under Muhammad Haziq bin Roslan.",
        ),
        (
            "assistant",
            "Call Haziq directly by voice before sending anything, and check that account number on Semak Mule.",
        ),
    ],
    [
        ("system", "你是協助使用者處理信用卡與貸款問題的助理。"),
        ("user", "我的信用卡卡債越滾越大，想問前置協商怎麼申請。"),
        (
            "assistant",
            "可以向最大債權銀行提出前置協商，需準備身分證、財力證明與債務清單。目前大概欠多少？",
        ),
        (
            "user",
            "大概欠 42 萬，三家銀行。我叫蔡承翰，身分證 F227305182，住新北市板橋區文化路一段 188 號 5 樓。",
        ),
        (
            "assistant",
            "申請時再提供這些資料給銀行即可，這裡不需要。先列出三家銀行的欠款金額與利率。",
        ),
        ("user", "好，還有我媽蔡林秀琴也幫我做保證人，她會不會被追討？"),
    ],
    [
        ("system", "You are a friendly assistant for personal finance questions in Singapore."),
        ("user", "My cousin wants me to be guarantor for his car loan, what's the risk ah?"),
        (
            "assistant",
            "If he defaults, the bank can claim the full amount from you, and it may affect your own credit report.",
        ),
        (
            "user",
            "He is Benjamin Tay, NRIC T0259873B, already bankrupt once in 2021. The bank needs my NRIC also.",
        ),
        (
            "assistant",
            "With a previous bankruptcy the risk is high. Please think carefully before signing, and there's no need to share his NRIC here.",
        ),
    ],
    [
        ("system", "You are an assistant that explains credit reports."),
        ("user", "I pulled my credit report and there's an account I don't recognise."),
        (
            "assistant",
            "Check the lender name and opening date. If it isn't yours, lodge a dispute with the credit bureau and a police report for identity theft.",
        ),
        (
            "user",
            "It's a DBS loan opened 12 Aug. My name is Gerald Anthony de Souza, I live at 41 Siglap Avenue, Singapore 455874, and my email is gerald.desouza77@outlook.com.",
        ),
        (
            "assistant",
            "Thanks. Write to the bureau and DBS quoting the account, and ask for a copy of the application so you can see what details were used.",
        ),
    ],
    [
        ("system", "你是一个住房公积金和贷款问题助手。"),
        ("user", "公积金贷款被拒了，说是征信有问题。"),
        ("assistant", "可以先去人民银行征信中心查一份详细版报告，看看有没有逾期或者担保记录。"),
        (
            "user",
            "我叫王秀英，身份证110105197806120285，邮箱 wangxy_1978@163.com，前夫以前拿我名义担保过一笔经营贷。",
        ),
        (
            "assistant",
            "如果担保的贷款有逾期，会显示在你的报告里。建议带上离婚协议和身份证去贷款银行了解担保是否已解除。",
        ),
    ],
    [
        ("system", "You help migrant workers with remittance and banking questions."),
        ("user", "Boss, which is cheapest way to send money to Dhaka every month?"),
        (
            "assistant",
            "Licensed remittance agents and app-based services are often cheaper than bank telegraphic transfers. Compare the exchange rate and fee on the day.",
        ),
        (
            "user",
            "I am Hossain Mohammad Alamgir, FIN M4407215T, passport A09718254. Last month remittance to my wife's account went missing, ref RMT-0912-55830.",
        ),
        (
            "assistant",
            "Go back to the remittance counter with the receipt and reference number and ask them to trace it. You don't need to share your FIN or passport here.",
        ),
    ],
    [
        ("system", "You are a supportive assistant for money and family questions."),
        ("user", "My daughter has been hiding credit card debt from us."),
        (
            "assistant",
            "That must be worrying. Do you know roughly how much is owed and whether she is open to talking about it?",
        ),
        (
            "user",
            "Chloe is 22, she owes around $14,000 on two cards from online betting, and last week she told me she's been seeing a psychiatrist for anxiety because of it.",
        ),
        (
            "assistant",
            "Gambling-related debt often comes with a lot of shame. The National Council on Problem Gambling offers free counselling, and a credit counselling agency can help her set up a repayment plan.",
        ),
    ],
]
