# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat98: chats asking an assistant for help with one's own debts, loans and collectors. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat98
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-advice"): _lines("""
        User: I have about RM38k spread over 4 credit cards and I'm only paying the minimums. Does AKPK's DMP make sense or should I negotiate with each bank myself? Assistant: If several banks are involved, AKPK's Debt Management Programme rolls them into one monthly payment at a reduced rate; it is free, but you cannot take new credit while you are in it.
        User: what happens to my CCRIS if I join AKPK? Assistant: Your accounts will show as restructured under AKPK. Banks read that as a sign of past difficulty, but it is far better than months of arrears and a legal-action flag.
        User: Is it true that in Malaysia a bank can only make you bankrupt if you owe more than RM100,000? Assistant: Yes, since the 2023 amendment to the Insolvency Act 1967 a creditor's petition needs a debt of at least RM100,000. Smaller debts can still lead to a court judgment and seizure of property.
        User: A licensed moneylender wants to charge me 18% a year on an unsecured loan, is that legal? Assistant: For unsecured loans from a KPKT-licensed moneylender the cap is 18% per year, and 12% if the loan is secured. Anything above that is not enforceable.
        User: Singapore question – how long does a settled default stay on my Credit Bureau report? Assistant: Default records stay for three years after the date the account is fully settled; the monthly payment history covers the most recent 12 months.
        User: explain snowball vs avalanche using three debts: $2,000 at 26%, $5,500 at 18% and $12,000 at 7%. Assistant: Avalanche pays the 26% card first because it costs the most; snowball also starts with the $2,000 balance here, so both methods agree on step one.
        User: my dad borrowed from an ah long and now they're threatening to splash paint on our house, what do we do?? Assistant: Call 999 or go to the nearest police station today and make a report. Do not pay more money in the hope they will stop, and keep every message, photo and voice note as evidence.
        User: I got a letter of demand for a personal loan I stopped paying in 2019. Is it time-barred? Assistant: In Malaysia the Limitation Act 1953 gives a creditor six years from the date of default to sue, so it is probably still within time. Do not sign any acknowledgment of the debt until you have taken advice.
        User: What's the difference between an IVA and bankruptcy in Hong Kong? Assistant: An IVA is a voluntary deal with creditors that a court approves, supervised by a nominee; bankruptcy is a court order that vests your assets in a trustee and usually lasts four years for a first bankruptcy.
        User: I'm 24, owe about S$9k on two cards and earn S$3,200 a month. Is clearing it in 18 months realistic? Assistant: Yes, at roughly S$560 a month. Cut card usage to zero, ask each bank for a lower-interest instalment plan and put any bonus straight into the higher-rate card.
        User: Is a 0% balance transfer for 12 months with a 3.5% one-off fee worth it on a $7,800 balance? Assistant: The fee is about $273. At a 26% card rate you would pay far more than that in a year, so it is worth it if you can pay around $650 a month and clear it before the promo ends.
        User: What documents does AKPK ask for at the first counselling session? Assistant: Usually your MyKad, the last three months' payslips, bank statements, and the latest statement or letter from every creditor.
        User: Write a short, firm reply I can send to a debt collector who keeps calling me after 10pm, without admitting the debt. Assistant: 'Please stop calling this number outside 8am to 8pm. Put any claim in writing to my postal address, with a full statement of account. I do not acknowledge the amount you have stated.'
        User: can a debt collector in Singapore turn up at my office and tell my boss? Assistant: Licensed moneylenders and their agents may not harass you or disclose your debt to third parties. If it happens, note the date and time, and report it to the police and the Registry of Moneylenders.
    """),
    ("en", "template"): _lines("""
        Dear Sir/Madam, Re: Request for Restructuring of Credit Card Account No. [ACCOUNT NUMBER] / I, [FULL NAME], NRIC No. [XXXXXX-XX-XXXX], hereby request a restructuring of the above account due to [REASON] / Yours faithfully, [SIGNATURE]
        Hardship letter template: Dear {{bank_name}} Collections Team, I am writing about loan {{loan_ref}} in the name of {{customer_name}}. Since {{month}} my income has fallen to {{amount}} per month and I propose to pay {{offer}} monthly until further notice.
        Debt validation request | To: [Collection Agency Name] | Re: Your reference [REF NO.] | I dispute this debt and request a full statement of account, a copy of the signed agreement and proof that you are authorised to collect it.
        Monthly budget worksheet | Net income: ____ | Rent: ____ | Car loan: ____ | PTPTN: ____ | Credit card minimums: ____ | Food: ____ | Buffer: ____
        Template – notice to an unlicensed moneylender: I, <name>, of <address>, have lodged police report no. <report no.> regarding threats made against my household. Any further contact will be reported.
        System prompt: You are a debt-counselling assistant. Never ask users for their IC number or full card number; for case-specific help refer them to AKPK at 03-2616 7766.
        Subject line template: Hardship request – [card type] ending [last 4 digits] – [your name]
        Cover note template for AKPK: Please find attached my payslips for [MONTH 1] to [MONTH 3] and the latest statements from [CREDITOR 1] and [CREDITOR 2]. Reference: [AKPK REF].
        Phone script for calling the bank: "Hi, I'm calling about my [product] account. I can't keep up with the current instalment of [amount]. Can we discuss a restructuring or a reduced plan?"
        Police report outline for loan-shark harassment: date and time of incident / what was said or done / phone numbers used by the harassers / photos of damage / amount originally borrowed / amount now demanded
        Email template for Credit Counselling Singapore: Hello, my name is [NAME] and I have [NUMBER] unsecured debts totalling about S$[AMOUNT]. I would like to book a counselling session. My best contact time is [TIME].
    """),
    ("zh-Hans", "chat"): _lines("""
        用户：信用卡逾期三个月了，银行说要起诉，会坐牢吗？ 助手：一般的信用卡逾期属于民事纠纷，不会坐牢；但如果经银行两次有效催收后超过三个月仍不归还，且有恶意透支情节，可能涉及信用卡诈骗罪。
        用户：网贷催收打爆我通讯录，能投诉吗？ 助手：可以。保留通话录音和短信截图，向国家金融监督管理总局的12378热线或者平台所在地的地方金融监管部门投诉。
        用户：停息挂账和个性化分期有什么区别？ 助手：“停息挂账”是民间说法，正式名称是个性化分期还款，最长一般可分60期；协商成功后通常停止计收罚息，但不等于本金减免。
        用户：征信上的逾期记录多久能消除？ 助手：根据《征信业管理条例》，不良信息自不良行为或者事件终止之日起保存5年，也就是还清后再过5年。
        用户：花呗借呗加起来欠了4万多，月薪6千，怎么排还款顺序？ 助手：先保证不产生新的逾期，再按利率从高到低还。借呗日利率如果是万分之四，折合年化约14.6%，要优先处理。
        用户：深圳个人破产条例适用于哪些人？ 助手：《深圳经济特区个人破产条例》自2021年3月1日起施行，适用于在深圳居住、并参加深圳社会保险连续满三年的自然人。
        用户：帮我算一下：借款10万，年化24%，等额本息36期，每月还多少？ 助手：月利率2%，每月约还3,923元，总利息约4.1万元。
        用户：催收说要“上门走访”还要联系村委会，这合法吗？ 助手：催收不得骚扰与债务无关的第三人，也不得采用暴力、恐吓或侮辱的方式。对方上门时可以录音录像，如有威胁立即报警。
        用户：什么是“以贷养贷”，为什么那么危险？ 助手：就是借新的网贷去还旧的，每一笔都在叠加利息和服务费，债务会像滚雪球一样越滚越大，最后往往同时逾期。
        用户：帮我润色这个模板，不要加任何个人信息：致[银行名称]信用卡中心：本人[姓名]，身份证号[ ]，因[原因]暂时无法按期还款，申请[个性化分期/停息挂账]，分[ ]期偿还。联系电话：[ ]。
        用户：帮我写一封给银行的协商还款申请，名字和卡号我自己填，语气诚恳一点。
        用户：《白毛女》里杨白劳欠黄世仁的债是怎么回事？ 助手：杨白劳是佃农，年关还不上地主黄世仁的租债，被逼在卖身契上按了手印，把女儿喜儿抵了债。
        用户：《活着》里福贵是怎么把家产输光的？ 助手：福贵年轻时在赌场被龙二设局，一晚上把徐家一百多亩地和宅子全部输掉，最后抵给了龙二。
        用户：朋友借了我两万不还，没有借条只有微信转账记录，能起诉吗？ 助手：可以。转账记录加上聊天中对方承认借款的内容，就能证明借贷关系，诉讼时效一般是三年。
    """),
    ("zh-Hant", "chat"): _lines("""
        使用者：卡債快還不出來了，前置協商和前置調解差在哪？ 助理：前置協商是向最大債權銀行提出；前置調解則向法院或鄉鎮市區調解委員會聲請，債權人可以不限於銀行。
        使用者：聯徵紀錄上的協商註記要多久才會消失？ 助理：協商期間會一直揭露，依約還清之後再揭露一段時間；詳細期間可以到聯徵中心申請自己的信用報告查看。
        使用者：月薪三萬五，欠銀行一百八十萬，更生跟清算哪個比較適合？ 助理：有固定收入、想保住工作和名下財產的話，通常考慮更生；若幾乎沒有收入與財產，清算可能比較適合。
        問：香港 IVA 同破產有咩分別？ 答：IVA 係同債權人達成還款協議，唔使宣佈破產；破產就由破產管理署或受託人接管資產，期間出入境同做某啲職業都有限制。
        問：財務公司打去公司追數，老闆都知道咗，點算好？ 答：可以書面要求對方停止聯絡第三者，並向放債人註冊處或警方投訴；留低來電紀錄同錄音。
        使用者：香港破產後幾耐可以解除？ 助理：首次破產一般四年後自動解除，如果破產人唔合作，受託人可以向法庭申請延長。
        使用者：幫我整理一個還款表，三張卡分別欠 8 萬、12 萬、5 萬，年利率都是 15%，每月最多還 2 萬。
        使用者：金融消費評議中心電話幾號？ 助理：免付費專線是 0800-789-885，可以申訴銀行不當催收。
        問：TU 信貸評級 A 至 J，去到 H 仲借唔借到錢？ 答：H 以下一般好難向銀行借貸，建議先準時還款 12 至 24 個月，等評級慢慢回升。
        使用者：這個範本可以直接拿去用嗎？範本：債權銀行您好，本人＿＿＿（身分證字號＿＿＿＿＿＿）因＿＿＿＿無力依約清償，擬申請前置協商，敬請惠予協助。
        使用者：債務協商期間可以申辦信用卡嗎？ 助理：協商履約期間銀行通常不會核卡，就算核了也建議不要使用，以免違約導致協商毀諾。
        使用者：《紅樓夢》裡賈府後來為什麼欠一屁股債？ 助理：賈府入不敷出又講排場，王熙鳳放高利貸，後來被抄家，虧空全都暴露出來。
    """),
    ("ms", "chat"): _lines("""
        Pengguna: Saya ada hutang kad kredit RM25k dengan 3 bank, macam mana nak mohon AKPK? Pembantu: Anda boleh mendaftar secara dalam talian di laman web AKPK atau datang ke mana-mana cawangan untuk sesi kaunseling percuma.
        Pengguna: ah long ugut nak simbah cat rumah, boleh buat report polis ke? Pembantu: Boleh dan patut. Buat laporan polis segera, simpan mesej ugutan, dan jangan berjumpa mereka seorang diri.
        Pengguna: berapa lama rekod saya ada dalam CCRIS lepas bayar habis? Pembantu: CCRIS memaparkan rekod bayaran balik 12 bulan terkini, jadi selepas 12 bulan bayaran bersih, tunggakan lama tidak lagi kelihatan.
        Pengguna: apa beza CCRIS dengan CTOS? Pembantu: CCRIS ialah sistem Bank Negara yang mengumpul maklumat kredit daripada institusi kewangan; CTOS ialah agensi pelaporan kredit swasta yang turut mengambil rekod mahkamah dan maklumat awam.
        Pengguna: saya dah muflis, boleh ke keluar negara? Pembantu: Orang muflis perlu mendapat kebenaran bertulis Ketua Pengarah Insolvensi atau mahkamah sebelum ke luar negara.
        Pengguna: pinjaman koperasi potong gaji melalui Biro Angkasa dengan pinjaman peribadi bank, mana lagi murah? Pembantu: Bandingkan kadar keuntungan efektif dan caj tambahan; pinjaman koperasi kadang-kadang nampak murah tetapi ada yuran keahlian dan takaful yang dicaj di awal.
        Pengguna: tolong terangkan Akta Pemberi Pinjam Wang 1951 dalam bahasa mudah. Pembantu: Akta ini mewajibkan semua pemberi pinjam wang memegang lesen KPKT, menghadkan kadar faedah, dan menetapkan perjanjian pinjaman mesti bertulis dengan salinan diberi kepada peminjam.
        Pengguna: saya dapat notis tuntutan dari peguam bank, apa patut buat? Pembantu: Jangan abaikan. Hubungi bank atau peguam itu untuk berunding, minta penyata akaun penuh, dan pertimbangkan AKPK sebelum kes dibawa ke mahkamah.
        Pengguna: macam mana nak semak status kebankrapan diri sendiri? Pembantu: Anda boleh membuat carian status insolvensi melalui portal Jabatan Insolvensi Malaysia (MdI) dengan bayaran kecil, atau datang ke pejabat MdI yang terdekat.
        Pengguna: macam mana nak tahu pemberi pinjam wang tu berlesen atau tidak? Pembantu: Semak senarai pemberi pinjam wang berlesen di laman web KPKT; yang sah mesti ada nombor lesen, alamat premis tetap, dan tidak meminjamkan melalui WhatsApp sahaja.
        Pengguna: PTPTN tertunggak, betul ke boleh kena sekat keluar negara? Pembantu: Sekatan perjalanan untuk peminjam PTPTN telah ditarik balik sejak 2018, tetapi tunggakan masih dilaporkan dalam CCRIS.
        Borang Permohonan AKPK (draf): Nama Pemohon: ______ / No. Kad Pengenalan: ______ / No. Telefon: ______ / Pendapatan Bersih Sebulan: RM______ / Senarai Pemiutang: ______
        Surat rayuan (templat): Tuan/Puan, Saya [NAMA PENUH], No. KP [ ], ingin memohon penangguhan bayaran ansuran bagi akaun [NO. AKAUN] selama [ ] bulan kerana [SEBAB].
        Pengguna: buat jadual bayar balik untuk pinjaman RM15,000 kadar 8% setahun selama 5 tahun. Pembantu: Ansuran bulanan kira-kira RM304; jumlah faedah sepanjang tempoh lebih kurang RM3,250.
        Pengguna: Hikayat Hang Tuah ada cerita pasal orang berhutang tak? Pembantu: Tema hutang budi lebih menonjol berbanding hutang wang; kesetiaan Hang Tuah kepada Sultan Melaka sering digambarkan sebagai membalas budi.
    """),
    ("mixed", "chat"): _lines("""
        User: bro my credit card hutang dah 20k lah, AKPK can help or not ah? Assistant: Can. Go for a counselling session first; if your income can support a plan, they put all your cards under one DMP payment.
        User: 我欠 ah long 5k，利息每个礼拜 20%，现在怎么办？要报警吗？ Assistant: 要。向警方报案，保存所有讯息和转账记录，不要再转钱给他们，也不要一个人去见他们。
        User: 老豆借咗大耳窿錢，佢哋淋紅油喺門口，報警有冇用？ Assistant: 有用，刑事毀壞同恐嚇都係刑事罪行，即刻報警，並保留閉路電視片段同相片。
        User: can share how to apply DRS in Singapore? 我欠银行大概 S$80k. Assistant: 可以先联系 Insolvency Office 了解资格；DRS 适用于无担保债务不超过 S$150,000 的个人。
        User: eh the bank say my acc already "written off", means I don't need to pay anymore ah? Assistant: No. Write-off is an accounting entry; the debt still exists and the bank or a debt buyer can still collect or sue.
        User: tolong explain CCRIS report ni, ada "R&R" kat akaun housing loan. Assistant: R&R means the loan was rescheduled or restructured; it shows you renegotiated the terms with the bank.
        User: 在马来西亚 bankrupt 了还可以开 bank account 吗？ Assistant: 可以，但需要 Jabatan Insolvensi 的许可，而且账户会受到监管。
        User: my mum kena scam "pinjaman segera tanpa dokumen" from a FB ad, dia dah bayar processing fee RM800, boleh dapat balik ke? Assistant: Lodge a police report and call the National Scam Response Centre at 997 as soon as possible; the faster the report, the better the chance the money can be frozen.
        User: bank offer one-shot settlement 40% discount on outstanding, worth it ah? Assistant: Usually yes if you can pay it, but get the offer in writing and ask for a full-settlement letter before you transfer anything.
        User: 帮我翻译成马来文：我想申请重组我的个人贷款，因为我失业了。 Assistant: "Saya ingin memohon penstrukturan semula pinjaman peribadi saya kerana saya telah kehilangan pekerjaan."
        User: hello, 我想知道 AKPK 的 office hour 几点到几点 ah? Assistant: 一般是星期一到星期五 8.30am 至 5.30pm，建议先 call 03-2616 7766 预约。
    """),
    ("en", "hard-negative"): _lines("""
        User: AKPK sent me an SMS with reference DMP-2026-0481275, is that a real format or a scam? Assistant: The SMS itself may be genuine, but never click links in it; call AKPK on the number listed on its official website and quote the reference.
        User: explain these lines on my card statement: 15/11/2026 FINANCE CHARGE 2.38 | 15/11/2026 LATE PAYMENT CHARGE 10.00 | SST 0.60 – why is there tax on the late fee?
        User: what does NCC mean in a court case number like BA-22NCC-1182-06/2026? Assistant: NCC refers to the commercial division of the High Court; BA is the location code for Shah Alam, 22 the type of originating process, then the running number, month and year.
        User: is promo code BT0PCT12 for the balance transfer still valid? it says valid till 31/12/2026.
        User: I received invoice INV-2026-11-00382 from a collection agency for a "tracing fee" of RM150. Can they charge me that?
        User: the bank's registered letter has tracking number ER482915732MY but shows "returned to sender", does that count as served?
        User: Is the workbook with ISBN 978-983-304-512-9 any good for learning to budget?
        User: Month 1: Interest 250.00 | Principal 213.45 | Balance 14,786.55 – is this schedule right for RM15,000 at 20% over 36 months?
        User: For QA on our repayment form, can I use the Visa test card 4111 1111 1111 1111 with expiry 12/30 and CVV 123?
        User: the CCRIS PDF I downloaded has SHA-256 3f9a1c0e7b24d58e6a2f0c91b7e4d3a8c56f12e09b7d4a3c8e1f6b2d90a7c5e4, how do I check it is not tampered?
        User: I live in postcode 50450, which AKPK branch is nearest?
        User: version 4.12.1 of my bank app crashes when I open "Apply for restructuring", any workaround?
    """),
    ("en", "public-fiction"): _lines("""
        User: Mark Twain went bankrupt in the 1890s, how did he repay his creditors? Assistant: After his publishing house failed and the Paige typesetter swallowed his savings, he went on a world lecture tour and paid his creditors in full.
        User: Charles Dickens's father was jailed for debt, which prison was it? Assistant: John Dickens was held in the Marshalsea debtors' prison in 1824, an experience that later shaped Little Dorrit.
        User: Summarise Mr Micawber's famous advice on income and expenditure. Assistant: Annual income twenty pounds, expenditure nineteen pounds nineteen and six: happiness; expenditure twenty pounds and sixpence: misery.
        User: In The Merchant of Venice, why does Antonio owe Shylock a pound of flesh? Assistant: He guarantees a loan of three thousand ducats for Bassanio, and the bond's forfeit is a pound of his flesh if it is not repaid on time.
        User: Did Donald Trump ever file for personal bankruptcy? Assistant: No. Several of his casino and hotel companies went through Chapter 11 between 1991 and 2009, but he never filed personally.
        User: Who was Bank Negara governor when AKPK was set up? Assistant: AKPK was established by Bank Negara Malaysia in 2006, during Tan Sri Zeti Akhtar Aziz's term as governor.
        User: Why did Abraham Lincoln call his old store debts "the national debt"? Assistant: His store in New Salem failed and his partner died, leaving Lincoln with debts that took him years to pay off, which he joked about as his national debt.
        User: In Madame Bovary, how does Emma end up so deep in debt? Assistant: The merchant Lheureux keeps selling her luxuries on credit and getting her to sign promissory notes, until the debts are called in and the family property is seized.
    """),
    ("en", "code"): _lines("""
        def monthly_payment(principal, annual_rate, months): r = annual_rate / 12; return principal * r / (1 - (1 + r) ** -months)
        MYKAD_PATTERN = re.compile("[0-9]{6}-?[0-9]{2}-?[0-9]{4}")  # validate format only, never log the matched value
        SELECT dpd_bucket, COUNT(*) AS accounts, SUM(outstanding) AS total FROM collections_queue WHERE dpd > 90 GROUP BY dpd_bucket ORDER BY dpd_bucket;
        collections: {call_window: "08:00-20:00", max_attempts_per_day: 3, channels: [sms, email], third_party_contact: false}
        =PMT(8%/12, 60, -15000) returns 304.15, why is it negative when I drop the minus sign?
        mask_card = lambda s: "**** **** **** " + s[-4:]  # used before writing any card number to the support log
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar: "Dear Sir, I am Tan Wei Liang (NRIC S8234567A) and I am writing to request a repayment plan for my DBS personal loan as I was retrenched in October."
        help me tally: Maybank Visa 4553 9381 2047 3511 owes RM8,420, CIMB mastercard RM5,100, im paying 600 a month total. how long to clear?
        My brother Kumar a/l Selvaraj borrowed RM6k from an ah long in Klang and now they keep calling me on 012-384 7719 and sending photos of our mum. What should I tell the police?
        Please summarise what this means and my options: LETTER OF DEMAND | To: MOHD HAFIZ BIN OSMAN (NRIC 880412-10-5531), No. 23, Jalan SS 2/64, 47300 Petaling Jaya | Outstanding: RM48,213.07 on Personal Financing-i | Settle within 14 days failing which legal proceedings will be commenced.
        I'm Priya d/o Ramasamy, 31, a staff nurse at a private hospital in Penang, take-home RM4,300, and I owe about RM62k in personal loans and cards. Am I eligible for AKPK?
        Rewrite this more politely for the collector: "Stop calling my wife Jessica Lim at her office, she is not the borrower, the card is in my name, Gerald Lim Kok Wai."
        My budget (Daniel Fernandez, 38, Singapore): salary S$4,850; give parents S$500; car loan S$780; UOB card S$14,200 at 26.9%; Standard Chartered CashOne S$9,000. What should I pay first?
        Please draft an email to Credit Counselling Singapore from me, Nur Syafiqah binti Rahmat (NRIC T0312458J, hp 9736 2184), saying I want to join the Debt Repayment Scheme.
        Form I filled in for the insolvency office - NAME: CHEONG MEI LING / NRIC: S7745120Z / TOTAL UNSECURED DEBT: S$61,300 / MONTHLY INCOME: S$3,900 / did I miss anything?
        my dad Lim Ah Huat (57, retired bus driver in Ipoh) guaranteed my cousin's car loan and now the bank says they will sue him for RM37k, can they take his house?
        From: weiliang.tan87@gmail.com | Subject: Re: hardship request for loan LN-55820193 | Hi, following up on my request to defer repayments for three months – please help me make this sound more professional.
        Debt list for my AKPK appointment (Rosnah binti Ismail, 960214-03-5620): BSN MyRinggit-i RM12,000; Aeon Credit RM3,400; Shopee SPayLater RM870. Total looks right?
    """),
    "zh-Hans": _lines("""
        帮我看看这个协商还款申请有没有问题：本人王建国，身份证号110105197902110634，因经营失败无力偿还招商银行信用卡欠款86,420元，申请个性化分期60期……
        我叫陈晓雯，在深圳做会计，月薪9000，欠了借呗3万、美团月付8000、招行信用卡4.5万，帮我排一下还款顺序
        催收一直打我妈的电话 159 0217 3388，她叫刘桂英，根本不是担保人，我该怎么跟他们说？
        我老公张志强在外面借了二十多万网贷，我们住在广州市天河区龙口西路233号12栋1803，催收说明天要上门，我需要报警吗？
        这是法院传票上的内容，帮我解释一下：被告李娜，女，1995年9月4日出生，身份证号450102199509042282，原告某消费金融公司，诉请归还借款本金48,000元及利息。
        我的农行卡 6228 4800 1827 3645 129 被冻结了，说是网贷纠纷，户名周磊，怎么解冻？
        帮我给债主写条微信消息，我的微信号是 lihua_0315，就说我下个月15号前先还5000，剩下的分三个月还清
        妹妹孙悦今年刚毕业，在杭州一家电商公司上班，大学时欠了校园贷4万多，我想帮她一次还清，要注意什么？
        个人破产申请材料清单，帮我核对：申请人黄晓燕，身份证440106198703154826，负债总额63万元，收入证明、社保缴纳证明、财产清单已备齐。
    """),
    "zh-Hant": _lines("""
        我是林怡君，身分證 F228173059，在台中當幼教老師，欠國泰世華和台新卡債共85萬，想申請前置協商，幫我看要準備什麼
        幫我改這封信：債權人您好，本人陳建宏（身分證字號 B130659424），住台中市北屯區崇德路二段188巷12號5樓，因失業無力清償貴行信用貸款……
        地下錢莊一直打我爸的手機 0928-517-403 恐嚇他，說再不還就去他工作的工地鬧，我爸已經 68 歲了，怎麼辦？
        幫我睇吓呢份 IVA 建議書啱唔啱：債務人 陳家豪，HKID Y482913(A)，任職物流公司，月入 HK$21,000，總欠款 HK$43 萬
        我老婆何詠詩張卡欠咗財務公司 8 萬，佢哋成日打去佢觀塘間保險公司度，我哋可以點投訴？
        我 TU 評級得 H，姓名吳志偉，身份證 K305718(6)，可唔可以幫我寫封信去銀行申請債務重組？
        LINE ID chenyating0928 是我本人，銀行協商專員要聯絡就加這個，幫我補進前置協商申請書的聯絡方式那一欄
    """),
    "ms": _lines("""
        tolong semak surat ni: Saya, NURUL AINA BINTI KAMARUDIN, No. KP 910723-14-6248, ingin memohon penstrukturan semula pinjaman peribadi saya dengan Bank Rakyat kerana diberhentikan kerja pada bulan Ogos.
        ayah saya Abdullah bin Yusof, umur 70, kena tipu ah long, diorang datang rumah kat Lot 118, Kampung Padang Jawa, 40200 Shah Alam setiap malam, apa saya boleh buat?
        Nama: Muhammad Irfan bin Zulkifli | IC: 020315-01-1187 | Gaji: RM2,100 | Hutang: PTPTN RM28k, SPayLater RM1,200 | layak tak untuk AKPK?
        saya Siti Hajar binti Rosli, cikgu kat SK Taman Melawati, gaji kena potong Biro Angkasa RM1,400 sebulan untuk pinjaman koperasi, baki gaji tinggal RM900, boleh ke minta kurangkan?
        nombor akaun Maybank saya 1641 2230 8857, bank tolak duit gaji untuk bayar tunggakan kad kredit tanpa notis, boleh ke diorang buat macam tu?
        Kereta Myvi WXY 4127 atas nama Azlan bin Hamid nak ditarik sebab tertunggak 4 bulan, apa hak saya sebagai pemilik?
        tolong draf surat kepada Jabatan Insolvensi: saya Rajesh a/l Muniandy, No. KP 750108-07-5013, muflis sejak 2019, ingin memohon pelepasan daripada kebankrapan.
        Ni maklumat untuk borang AKPK isteri saya: Faridah binti Osman, 850930-12-5478, tel 017-620 3558, kerani di Kota Kinabalu, hutang kad kredit RM18k.
        emel saya aina.kamarudin91@gmail.com, tolong tulis emel ke AKPK minta tukar tarikh temujanji kaunseling hutang saya ke minggu depan
    """),
    "mixed": _lines("""
        bro help me check this: nama aku Tan Boon Keat, IC 830617-13-5391, ah long tu kata hutang 3k dah jadi 15k dalam 2 bulan, legal ke?
        我妈妈 Wong Siew Lan 在 Ipoh 欠了 Aeon Credit 两万，她的 IC 是 690521-08-5232，可以帮她申请 AKPK 吗？
        pls help me reply the collector: "Hi, this is Melissa Chong, my new number is 8254 9017, I will pay S$300 on the 25th for the Citibank Ready Credit."
        我老公破產咗，我個 HSBC 戶口 582-301746-833 係我自己名，會唔會一齊被凍結？ 我叫 Karen Mak
        Telegram @kelvin_ngsg is me, the ah long runner said they'll stick my photo at the void deck of Blk 432 Ang Mo Kio Ave 10 if I don't pay by Friday. what to do?
        tolong check CTOS report saya: Lee Chee Meng, 012-778 6301, ada "Legal Action" dari Public Bank, kenapa ya? I already settled last year
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu kaunseling hutang untuk pegawai kaunseling. Fail klien: MOHD FAIZAL BIN RAMLI | No. KP 870905-10-5419 | Tel 019-455 2807 | Majikan: kilang elektronik di Bangi | Gaji bersih RM3,150 | Hutang: kad kredit RHB RM14,880, pinjaman peribadi Bank Islam RM41,200, SPayLater RM640.",
        ),
        (
            "user",
            "Kira nisbah khidmat hutang (DSR) klien ini dan cadangkan bayaran bulanan DMP yang munasabah.",
        ),
        (
            "assistant",
            "Jumlah hutang tak bercagar klien ialah RM56,720. Dengan gaji bersih RM3,150 dan ansuran semasa kira-kira RM1,690, DSR beliau sekitar 54%. Bayaran DMP antara RM850 hingga RM950 sebulan lebih realistik.",
        ),
        ("user", "Ok, tulis ringkasan satu perenggan untuk laporan kaunseling."),
    ],
    [
        (
            "user",
            "Is it legal for a licensed moneylender in Singapore to charge me 4% interest a month?",
        ),
        (
            "assistant",
            "Yes, 4% a month is the legal cap, and late interest is also capped at 4% a month. All interest, late interest and fees together cannot exceed the principal. What have they actually charged you?",
        ),
        (
            "user",
            "Borrowed S$3,000 in March, now they say I owe S$7,400. The contract is under my name Ahmad Zaki bin Hassan, FIN G5123874K. I'm Malaysian, working in Jurong as a technician.",
        ),
        (
            "assistant",
            "Thanks, Ahmad. On a S$3,000 principal the most they can lawfully recover is S$6,000 in total, so S$7,400 looks over the cap. Ask for a statement of account and report it to the Registry of Moneylenders.",
        ),
    ],
    [
        ("user", "我在好几个网贷平台借了钱，现在每个月要还1.2万，工资才7千，怎么办？"),
        (
            "assistant",
            "先别再以贷养贷了。把每笔借款列出来：平台、本金、年化利率、剩余期数，我帮你排优先级，再看哪些可以协商延期。",
        ),
        (
            "user",
            "平台A本金3万年化35%，平台B两万年化24%，信用卡4.6万。我叫郑浩然，厦门人，身份证350203199207281374，手机138 2751 9064，催收说要寄律师函到我公司，帮我写一条跟他们协商的短信",
        ),
        (
            "assistant",
            "郑先生，可以这样发：“您好，我是借款人郑浩然，因收入下降暂时无法按原计划还款，申请将剩余本金分24期偿还，请勿联系我的单位和家人。”",
        ),
    ],
    [
        ("user", "請問前置協商成功後，每個月要還多少是怎麼算的？"),
        (
            "assistant",
            "通常把無擔保債務總額分成最長 180 期，利率也會降低。你可以提供總欠款和月收入，我幫你試算。",
        ),
        ("user", "總共欠 126 萬（玉山、中信、永豐），月薪 4 萬 2。"),
        (
            "assistant",
            "以 180 期、年息 4% 粗估，每月大約 9,300 元，占你收入兩成多，應該是可以負擔的。",
        ),
        (
            "user",
            "好，幫我填申請書：姓名 吳宗翰，身分證字號 L120847367，聯絡電話 0935-208-614，戶籍地址 新北市板橋區文化路一段266號7樓。",
        ),
    ],
    [
        ("user", "香港做 IVA 要搵律師定會計師做代名人？"),
        (
            "assistant",
            "代名人一般係執業律師或會計師，佢哋會幫你擬建議書、召開債權人會議，同埋向法庭申請臨時命令。",
        ),
        (
            "user",
            "我想先自己整理資料。姓名：梁美玲，HKID P671204(9)，做美容師月入 HK$18,000，欠七間銀行同財務公司共 HK$58 萬。",
        ),
        (
            "assistant",
            "梁小姐，根據你提供嘅資料，總負債約 58 萬、月入 1.8 萬，IVA 方案通常會建議每月還 5,000 至 6,000 元，為期五年左右。",
        ),
    ],
    [
        (
            "user",
            "ah long datang rumah malam tadi, conteng dinding BAYAR HUTANG. saya takut sangat.",
        ),
        (
            "assistant",
            "Keselamatan anda paling penting. Sila buat laporan polis secepat mungkin dan ambil gambar contengan itu. Mahu saya bantu tulis laporan polis?",
        ),
        (
            "user",
            "ya tolong. nama saya Zulaikha binti Mat Nor, rumah No. 7, Jalan Kenanga 3, Taman Sri Gombak, 68100 Batu Caves. suami saya pinjam RM4,000 bulan Jun, sekarang diorang minta RM19,000.",
        ),
        (
            "assistant",
            "Berikut draf laporan: Saya, Zulaikha binti Mat Nor, beralamat di No. 7, Jalan Kenanga 3, Taman Sri Gombak, ingin melaporkan bahawa sekumpulan lelaki telah menconteng dinding rumah saya kerana hutang suami saya kepada pemberi pinjam wang tidak berlesen.",
        ),
    ],
    [
        (
            "user",
            "Is this SMS a scam? 'URGENT: Mr KEVIN THAM CHUN HOE, your Hong Leong Bank card a/c is 128 days overdue, amt RM9,214.55. Settle by 20/12 or legal action will follow.'",
        ),
        (
            "assistant",
            "It could be genuine or phishing. Don't use any number or link in the SMS; call the number on the back of your card and ask the bank to confirm.",
        ),
        (
            "user",
            "ok the bank confirmed it's real, that's me. draft a reply offering RM300 a month please",
        ),
        (
            "assistant",
            "Subject: Repayment proposal – Kevin Tham Chun Hoe / Dear Sir or Madam, I refer to my credit card account, now overdue at RM9,214.55. Due to a drop in income, I propose to pay RM300 per month starting this month.",
        ),
    ],
    [
        (
            "user",
            "my mum kena harassment by collectors for my late dad's credit card, she's not the cardholder. do family need to pay?",
        ),
        (
            "assistant",
            "No. The debt is paid from your father's estate, if there is one; family members are not personally liable unless they signed as guarantor or joint holder.",
        ),
        (
            "user",
            "ok so my dad was Ooi Teik Seng, passed away in August. mum is Khoo Bee Lian, IC 620127-07-5118, they keep calling her at 016-452 9930. 怎么跟他们讲?",
        ),
        (
            "assistant",
            "Send the bank a written notice with the death certificate, stating that Madam Khoo Bee Lian is neither cardholder nor guarantor and asking them to stop calling 016-452 9930.",
        ),
    ],
    [
        (
            "user",
            "Which card do I pay off first? 4216 8901 7325 6641 is 18% p.a. with $3,900 on it, the other one is a store card at 24% with $1,100.",
        ),
        (
            "assistant",
            "Pay the store card first because it has the higher rate, and keep paying at least the minimum on the card 4216 8901 7325 6641.",
        ),
        ("user", "How many months until both are cleared if I put $600 a month in total?"),
        (
            "assistant",
            "About 9 months: roughly 2 for the store card, then 7 more for the $3,900 card.",
        ),
    ],
    [
        ("user", "深圳个人破产条例对申请人有什么条件？"),
        (
            "assistant",
            "需要在深圳居住，并且参加深圳社会保险连续满三年，因生产经营、生活消费导致丧失清偿能力或者资产不足以清偿全部债务。",
        ),
        (
            "user",
            "我符合。我叫蒋立军，身份证310115198806203157，在深圳南山区开过一家奶茶店，倒闭后欠供应商和银行一共87万。",
        ),
        (
            "assistant",
            "蒋先生，按你的情况可以考虑申请个人破产重整或者和解，保留一部分收入逐年清偿。",
        ),
        ("user", "帮我列一下要准备的材料清单"),
    ],
    [
        ("user", "What's the Debt Repayment Scheme in Singapore and who qualifies?"),
        (
            "assistant",
            "It's a court-free scheme run by the Official Assignee for people with total unsecured debts of up to S$150,000 who are not yet bankrupt. You pay a fixed amount each month for up to five years.",
        ),
        (
            "user",
            "I'm Farhan Iskandar, S9012845J, I owe about S$72k to 5 banks after my business closed. Living at Blk 218 Bedok North St 1, #05-87. Can you draft an email asking if I can be considered?",
        ),
        (
            "assistant",
            "Subject: Enquiry on Debt Repayment Scheme eligibility – Farhan Iskandar (S9012845J) / Dear Sir or Madam, I currently owe about S$72,000 to five banks and would like to be considered for the DRS before any creditor files a bankruptcy application.",
        ),
    ],
    [
        ("user", "macam mana nak tahu suami saya dah muflis atau belum?"),
        (
            "assistant",
            "Anda boleh membuat carian status insolvensi melalui portal Jabatan Insolvensi Malaysia dengan nama penuh dan nombor kad pengenalan.",
        ),
        (
            "user",
            "nama dia Shahrul Nizam bin Che Mat, IC 790314-05-5067. dia ada hutang kereta, bank hantar notis kebankrapan ke rumah mak dia di Seremban.",
        ),
        (
            "assistant",
            "Untuk carian atas nama Shahrul Nizam bin Che Mat (790314-05-5067), anda perlukan salinan IC beliau. Jika notis kebankrapan sudah diserahkan, beliau patut berjumpa peguam dalam masa 7 hari.",
        ),
    ],
    [
        ("user", "Hi, I'm Aaron Goh Jun Hao."),
        ("assistant", "Hi Aaron! How can I help you today?"),
        (
            "user",
            "I'm 26, a junior architect in Singapore, and I owe S$23,500 on three credit cards plus a S$10k renovation loan. Help me build a 2-year payoff plan.",
        ),
        (
            "assistant",
            "Sure, Aaron. To clear about S$33,500 in 24 months you need roughly S$1,550 a month including interest, so let's start with a debt consolidation plan to cut the card rates.",
        ),
    ],
    [
        ("user", "消債條例的更生跟清算差在哪？"),
        (
            "assistant",
            "更生是有固定收入的人提出還款方案，通常分六年還一部分；清算則是把財產變價後分配給債權人，剩下的債務可以申請免責。",
        ),
        (
            "user",
            "我是蔡佩珊，身分證 E217396045，在高雄當護理師，月收入 5 萬 2，卡債加信貸 230 萬，前置協商沒有成功。",
        ),
        (
            "assistant",
            "蔡小姐，協商不成立後可以向住所地的地方法院聲請更生。以你的收入，法院會先扣除必要生活費，其餘用來擬定還款方案。",
        ),
    ],
    [
        (
            "system",
            "You are the collections assistant for a card issuer. Customer on the line: SERENA LAU PUI YEE | card 5264 7139 0512 8466 | DPD 62 | outstanding RM11,380.40 | mobile 012-778 0492 | language EN. Offer a 24-month instalment plan; never threaten.",
        ),
        ("user", "Hi, I lost my job last month, can I pause my payments for a while?"),
        (
            "assistant",
            "I'm sorry to hear that, Ms Lau. We can't pause the account, but we can convert your RM11,380.40 balance into a 24-month instalment plan at a reduced rate.",
        ),
        ("user", "How much would that be per month?"),
    ],
    [
        ("user", "前男友用我的身份信息借了网贷，现在催收找我，我该怎么办？"),
        (
            "assistant",
            "这属于冒用身份借款。建议先报警并取得回执，再向平台提出书面异议，同时申请查询个人征信报告。",
        ),
        (
            "user",
            "我叫何静怡，身份证330106200104180461，微信 hejingyi_0418，平台显示欠款2.3万。帮我写一份给平台的异议申请。",
        ),
        (
            "assistant",
            "异议申请：本人何静怡（身份证号330106200104180461）从未在贵平台申请借款，上述2.3万元借款系他人冒用本人身份信息所借，请暂停催收并调查核实。",
        ),
    ],
    [
        ("user", "Boleh tak bank tarik kereta tanpa notis?"),
        (
            "assistant",
            "Di bawah Akta Sewa Beli 1967, bank mesti menghantar Notis Jadual Keempat dan memberi sekurang-kurangnya 21 hari sebelum kereta boleh ditarik.",
        ),
        (
            "user",
            "Kereta saya Axia VKD 3382, atas nama Hakim bin Razali, IC 940811-14-5335. Saya tak pernah dapat notis tapi semalam repo man datang ofis saya di Cyberjaya.",
        ),
        (
            "assistant",
            "Encik Hakim, jika notis Jadual Keempat tidak pernah diterima, minta bank tunjukkan bukti penghantaran dan buat aduan kepada Bank Negara melalui BNMTELELINK.",
        ),
    ],
    [
        ("user", "財務公司可唔可以打俾我啲同事追數？"),
        (
            "assistant",
            "唔可以騷擾第三者。放債人嘅牌照條件同銀行業守則都要求收數唔可以向同事、朋友透露你嘅債務。",
        ),
        (
            "user",
            "我叫鄧俊傑，電話 9483 2716，喺葵涌一間物流公司做 supervisor，欠兩間財務公司共 HK$16 萬，佢哋已經打咗三次去公司。",
        ),
        (
            "assistant",
            "鄧先生，建議你書面要求對方停止聯絡公司，並記錄每次來電時間，向放債人註冊處同警方投訴。",
        ),
    ],
]
