# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat57: chats planning family finances (budgets, CPF/EPF top-ups, debts, insurance). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat57
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "budgeting tips"): _lines("""
        The 50/30/20 rule splits take-home pay into needs, wants and savings; adjust the ratios if rent alone eats 40% of income.
        Build an emergency fund of 3-6 months of essential expenses before you start buying unit trusts or ETFs.
        Track every expense for 30 days first - most people underestimate food delivery and ride-hailing by about a third.
        Avalanche = pay the highest-interest debt first to minimise total interest; snowball = clear the smallest balance first for the motivation.
        Credit card revolving interest in SG is typically around 26.9% p.a., so a consolidation loan at 6-8% EIR can save a lot.
        Sinking funds: set aside a fixed sum monthly for lumpy but predictable costs like school fees, road tax, car insurance renewal and CNY ang pows.
        Review your insurance whenever life changes: marriage, a new baby, a home loan, or a parent moving in with you.
        A common rule of thumb is death/TPD cover of 9-10x annual income and critical illness cover of about 4x, but dependants and debts matter more than the rule.
        Term life is usually cheaper per dollar of cover than whole life; "buy term and invest the rest" only works if you actually invest the rest.
        Don't cancel your hospitalisation plan to save money - drop the rider instead if the Integrated Shield premium gets too high.
        Automate it: a standing instruction that moves 15% of salary to a separate savings account on payday, before you can spend it.
        Sandwich generation tip: put parents' allowance in the budget as a fixed line item, not "whatever is left at month-end".
        Zero-based budgeting means every dollar or ringgit gets a job until income minus allocations equals zero.
        TDSR in Singapore is capped at 55% of gross monthly income, so clearing the car loan first can make the mortgage approval easier.
    """),
    ("en", "CPF and EPF scheme facts"): _lines("""
        From 1 January 2025 the Full Retirement Sum for members turning 55 is S$213,000 and the Enhanced Retirement Sum is S$426,000.
        Cash top-ups under the Retirement Sum Topping-Up Scheme get tax relief of up to S$8,000 for yourself plus another S$8,000 for topping up loved ones.
        The CPF Annual Limit of S$37,740 caps mandatory plus voluntary contributions across all your accounts in a calendar year.
        For enquiries call the CPF Board at 1800-227-1188 or visit the CPF Service Centre, 79 Robinson Road, Singapore 068897.
        Matched Retirement Savings Scheme: the government matches cash top-ups dollar-for-dollar up to S$600 a year for eligible members aged 55 to 70.
        MediSave top-ups count towards the Basic Healthcare Sum; anything above the BHS flows over to your Special or Retirement Account.
        Since 11 May 2024 new EPF contributions are split 75% into Akaun Persaraan, 15% into Akaun Sejahtera and 10% into Akaun Fleksibel.
        EPF voluntary contributions are capped at RM100,000 per member per year and can be paid through i-Akaun, FPX or at KWSP counters.
        i-Saraan gives eligible self-employed and gig workers a government incentive of 20% of what they contribute, capped at RM500 a year.
        KWSP Contact Management Centre 03-8922 6000; headquarters at Menara KWSP, Jalan Raja Laut, 50350 Kuala Lumpur.
        CPF OA earns 2.5% p.a. while SA, MA and RA earn the 4% floor rate, with an extra 1% on the first S$60,000 of combined balances.
        Under CPF LIFE, the Standard Plan starts with higher monthly payouts than the Escalating Plan, which rises by 2% every year.
        Employees aged 55 and below contribute 20% and employers 17% of ordinary wages, up to the OW ceiling of S$7,400 a month from 2025.
        EPF declared a dividend of 6.30% for both Simpanan Konvensional and Simpanan Shariah for the 2024 financial year.
    """),
    ("en", "flattened budgeting chats"): _lines("""
        User: how do I split a S$6,000 monthly household income between the mortgage, two kids' enrichment classes and savings? Assistant: Start with fixed costs, then give savings a fixed % before discretionary spending.
        User: better to top up my own SA or my parent's RA for the tax relief? Assistant: Both fall under RSTU with separate S$8,000 caps, so if you can afford it, do both.
        User: 3 credit cards, balances roughly 4k, 2.5k and 900, all same rate. which one first? Assistant: With identical rates the snowball method - clear the 900 first - costs almost nothing extra.
        Instruction: Draft a monthly family budget template as a table with columns Category, Planned, Actual, Variance. Response: | Category | Planned | Actual | Variance | ...
        User: can Akaun Fleksibel money be used to settle a car loan? Assistant: Yes, Akaun Fleksibel withdrawals can be used for any purpose, minimum RM50 per withdrawal.
        Q: My hospital plan premium jumped at 41, should I downgrade from private hospital to B1 ward? A: Compare the premium saved with the difference in cover before switching.
        User: explain co-payment rider like I'm 12. Assistant: The insurer pays most of the hospital bill and you pay a small share, with a cap so it never gets too big.
        Prompt: Generate five fictional household profiles for a budgeting exercise, using placeholders like [Parent A], [Parent B] and [Child 1] instead of names.
        User: whats a normal % of salary to give parents in SG? friends say 10-20%. Assistant: There's no rule; start from what your parents actually need and what you can sustain.
        User: bnpl vs credit card 0% instalment for a 2k laptop? Assistant: Both are fine if you never miss a payment; compare late fees and whether it shows up in your credit report.
        User: after marriage joint account or keep separate? Assistant: Many couples use "yours, mine, ours" - a joint account for household bills and separate accounts for personal spending.
        User: what happens to CPF savings if someone dies without a nomination? Assistant: They go to the Public Trustee's Office, which distributes them under the Intestate Succession Act.
        User: AKPK debt management programme will affect CCRIS or not? Assistant: Yes, the accounts are flagged while you are under the programme, but it is usually better than defaulting.
        User: late 20s, take-home about 4.5k, no debt, how big should the emergency fund be? Assistant: Aim for 3-6 months of essential expenses, not of salary.
        User: rank for a young family - term life, CI, hospital plan, PA, whole life. Assistant: Hospital plan first, then term life and CI; PA and whole life are optional extras.
        Task: classify these card descriptors into budget categories and return JSON: "GRAB*RIDE 8821", "NTUC FAIRPRICE #0412", "SP SERVICES", "SHOPEE PAY TOPUP".
    """),
    ("en", "templates and system prompts"): _lines("""
        System: You are a budgeting assistant for a Singapore bank. Never ask for a full NRIC, card number or OTP; direct identity questions to the official hotline.
        Dear {customer_name}, your CPF cash top-up of {amount} to account ending {last4} was received on {date}. Reference: {ref_no}.
        Hi <NAME>, your policy <POLICY_NO> will lapse on <DATE> unless the premium of <AMOUNT> is paid. Replace all tags before sending.
        Redaction rule: replace NRIC/FIN with [NRIC], MyKad with [IC], phone numbers with [PHONE]; keep amounts and dates unchanged.
        Before uploading chat logs to the vendor, strip family members' names, addresses and health conditions; aggregated budget figures may stay.
        nominee_name VARCHAR(66) NOT NULL, relationship ENUM('spouse','child','parent','sibling','other'), share_pct DECIMAL(5,2) CHECK (share_pct <= 100)
        Example placeholder: SXXXX123X - never paste a real identity number into a training prompt.
        Agent script: "For your security, please confirm only the last 4 characters of your IC. We will never ask for your TAC."
        If a user shares a relative's medical diagnosis, give general guidance only and do not save it to the profile memory.
        {"household_size": int, "monthly_income": number, "fixed_costs": [{"label": str, "amount": number}], "goals": [str]}
        Runtime variables ${member_id}, ${dob}, ${epf_no} and ${nominee} are filled from the secure vault and must never be logged.
        Consent banner: "We use anonymised budget data to improve our recommendations. You can opt out under Settings > Privacy."
        Tone guide: be non-judgemental about debt; say "outstanding balance" rather than "your failure to pay".
    """),
    ("en", "public references and identifiers"): _lines("""
        Finance Minister Lawrence Wong announced another S$600 in CDC vouchers for every Singaporean household in Budget 2024.
        Prime Minister Anwar Ibrahim, who is also Finance Minister, tabled Budget 2025 in the Dewan Rakyat on 18 October 2024.
        "Annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness." - Mr Micawber, David Copperfield
        Scrooge McDuck's Money Bin is the classic cartoon example of hoarding cash instead of letting it compound.
        In his 2013 letter Warren Buffett said most non-professional investors would do well with a low-cost S&P 500 index fund.
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 - MediSave claims for day surgery go through the Business Office.
        Lee Kong Chian School of Business is running a free "Money Matters for Young Families" talk on 14 March 2026, 7.30pm.
        Invoice INV-2025-004417 from Harbourline Assurance: annual premium S$1,284.60 due 01/03/2026, payable by PayNow to the company UEN.
        Tracking no. SGP2603118842157 - your insurance welcome pack has been dispatched and should arrive in 2-3 working days.
        budget_template_v3.2.1.xlsx sha256 9f2c4e1a7b0d53e86c1f4a2b9e7d0c3a58f61b24e9d7c0a31b5e8f2d4c6a9071, built 2025-11-02T09:14:00+08:00
        The Ong Teng Cheong Labour Leadership Institute offers union members subsidised courses on retirement planning.
        Median monthly household income from work in Singapore, including employer CPF, was S$11,297 in 2024 (SingStat).
        Order #SHP-88213047: "The Psychology of Money" by Morgan Housel, RM49.90, delivered 2 Dec to the pickup locker.
        Tun Razak Exchange and Jalan Tun Razak are named after Malaysia's second prime minister, not after a bank customer.
    """),
    ("zh-Hans", "家庭理财问答"): _lines("""
        用户：月入1.2万，房贷5800，孩子幼儿园2500，怎么做预算？助手：先列出固定支出，再把储蓄和应急金当成固定项目。
        个人养老金账户每年缴费上限为12000元，缴费可在个税前扣除，领取时按3%单独计税。
        问：提前还房贷选"月供不变、缩短年限"还是"年限不变、减少月供"？答：如果目标是省利息，缩短年限更划算。
        信用卡分期"月手续费率0.6%"折算成年化利率大约在13%左右，并不是表面上的7.2%。
        重疾险保额建议覆盖3-5年收入再加治疗费用；百万医疗险负责住院报销，两者不能互相替代。
        中国平安客服95511、招商银行信用卡客服400-820-5555，只能用来查询，不要在电话里报验证码。
        示例：订单号 202512051347220019，支付金额 ¥399.00，商品"家庭记账本 年度会员"。
        住房公积金缴存比例为5%-12%，单位和个人按同一比例缴存；异地购房可以申请异地贷款。
        巴菲特在伯克希尔股东大会上多次提醒：不要用借来的钱去投资。
        请把这段话改写成适合发在家长群里的理财小贴士：每月工资到账先存20%，剩下的再花。
        模板：尊敬的{姓名}先生/女士，您尾号{后四位}的信用卡本期账单{金额}元，最后还款日{日期}。
        惠民保一般不限职业、不限既往症投保，但既往症人群的报销比例通常较低。
        用户：家里老人没有商业保险，现在还能买什么？助手：可以看看当地惠民保、防癌险和意外险，先别买返还型产品。
        《儒林外史》里严监生临终伸着两个指头不肯断气，只因灯盏里点着两茎灯草。
    """),
    ("zh-Hant", "強積金與保險"): _lines("""
        強積金可扣稅自願性供款（TVC）與合資格延期年金保費合共扣稅上限為每年HK$60,000。
        積金局熱線 2918 0102，辦事處位於觀塘海濱道77號海濱匯。
        自願醫保認可計劃保費，每名受保人每年可扣稅上限為HK$8,000。
        僱員及僱主各按有關入息供款5%，每月強制性供款上限為HK$1,500。
        問：轉工之後舊公司嘅強積金點處理？答：可以轉去新僱主計劃或者個人帳戶，填表後大約一個月完成。
        長者生活津貼嘅資產限額每年檢討，詳情可致電社會福利署熱線 2343 2255。
        保單號碼格式為 HL-P-XXXXXXXX，請勿喺公開群組張貼完整保單資料。
        理賠文件可交往伊利沙伯醫院R座地下病人資源中心，辦公時間為星期一至五上午9時至下午5時。
        供樓之前計清楚：按揭供款佔入息比率一般唔好超過五成，仲要留返半年應急錢。
        訂單編號 #H7731920041：家庭收支記賬簿 HK$68.00，預計12月9日送達。
    """),
    ("ms", "panduan kewangan keluarga"): _lines("""
        Simpan sekurang-kurangnya 10% gaji bersih dalam akaun berasingan sebelum bayar bil lain.
        AKPK menyediakan khidmat kaunseling kewangan percuma; hubungi talian 1-800-22-2575 atau layari akpk.org.my.
        Program Pengurusan Kredit AKPK membolehkan peminjam menyusun semula hutang kad kredit dan pinjaman peribadi dengan ansuran yang lebih rendah.
        Bank Negara Malaysia, Jalan Dato' Onn, 50480 Kuala Lumpur - aduan boleh dibuat melalui BNMTELELINK 1-300-88-5465.
        Soalan: bayar PTPTN dulu atau simpan dalam ASB? Jawapan: Bergantung pada diskaun bayaran penuh dan kadar dividen ASB semasa.
        Takaful keluarga biasanya merangkumi kematian, hilang upaya kekal dan penyakit kritikal; semak caj wakalah sebelum tandatangan.
        Templat: "Assalamualaikum {nama}, caruman KWSP anda bagi bulan {bulan} berjumlah RM{jumlah} telah dikreditkan."
        Pelepasan cukai untuk caruman KWSP dan insurans hayat dihadkan kepada RM7,000 setahun (RM4,000 KWSP + RM3,000 insurans hayat).
        Tabung Haji tidak mengenakan caj simpanan, tetapi pengeluaran mungkin tertakluk kepada baki minimum tertentu.
        Bajet raya: tetapkan duit raya awal-awal, contohnya RM300 untuk anak saudara dan RM500 untuk mak ayah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls help me plan - I'm Darren Koh Wei Ming, NRIC S8734521A, want to top up my mum's RA by S$8,000 before 31 Dec, her NRIC is S6902215D.
        My husband Ravindran s/o Muthusamy earns S$7,850 basic plus AWS, I take home S$4,200, and we still owe S$38,900 on the reno loan. Can we afford a second kid?
        EPF nomination: Nurul Izzah binti Kamarudin, IC 870415-14-5523, wife, 60%; Ahmad Danish bin Faizal, IC 120309-14-0517, son, 40%.
        Card 4213 7700 8316 4528 exp 08/27 is my dad Lim Choon Huat's, he maxed it out at S$15k - how do I get the bank to give him a repayment plan?
        Claim for my daughter Chloe Tan Xin Yi, 7, admitted to KKH on 2 Nov with Kawasaki disease, policy IL-30918274, call me at 9127 4408.
        Jason Ong Kai Rui from our cell group was made bankrupt last month (HC/B 1842/2025) because of his gambling debts - how can we help him budget?
        Hi adviser, Melissa Chua here (melissa.chua.83@gmail.com / 8826 1930), pls send the CI comparison, my husband was just diagnosed with stage 2 colorectal cancer.
        CPF statement - TAN BEE LENG, NRIC S****608H, DOB 14/05/1977, OA $86,412.33, SA $121,907.50, MA $71,480.02
        Please courier the signed policy docs to Blk 457 Sengkang West Way #11-284, Singapore 540457, attn Goh Siew Ling, hp 9650 2187.
        My sister Priya Nair just started at S$9,400 a month but still owes me $12k from her wedding. How do I bring it up without a fight?
        Car loan for SKD 5821 M still has 3 years left, registered owner Alvin Seah Jun Wei - worth refinancing at 2.78% flat?
        Add my planner Kelvin Yap to the family chat, WhatsApp +65 9734 2016, he manages both my parents' endowment policies.
        My helper Marites Dela Cruz, FIN G5528174U, earns $750 and wants to send $600 home every month - help me make her a savings plan?
    """),
    "zh-Hans": _lines("""
        帮我算算：我叫邹文涛，身份证44010619850317251X，公积金缴存基数18000，想提取公积金提前还房贷。
        我老婆许丽华（手机13826417752）刚查出甲状腺癌，她那份重疾险保单号P440106-2023-118834能赔多少？
        我爸赵国平欠了网贷大概23万，住在成都市锦江区春熙路东段56号3栋1单元802，催收天天打电话到家里，怎么办？
        我的工资卡6214830122884066，户名钱晓燕，每月到账14600，房租4200，怎么分配比较合理？
        我婆婆孙秀英，身份证510104196301143725，去年中风住院，能不能用我的医保个人账户给她买药？
        我表妹陈佳怡（微信 chen_jiayi_0917）在做保险代理，一直劝我给我爸买年金险，你帮我看看靠不靠谱。
        我和前夫林志斌的离婚判决书（(2024)沪0115民初28813号）写明房贷由他还，可他已经断供三个月了。
        收件人：何晓梅，上海市浦东新区张杨路1588弄12号601室，电话139 1627 0485，麻烦把保单原件寄过来。
        同事方静（身份证310115199206084427）去年借了我5万说年底还，现在微信拉黑了，能起诉吗？
    """),
    "zh-Hant": _lines("""
        我阿媽黃美玲，身份證Y481920(7)，想將佢啲強積金一筆過提晒出嚟還卡數，大概欠十二萬。
        保單持有人：陳志強，HKID K602713(A)，地址：沙田禾輋邨豐和樓1823室，電話 9483 2761。
        我老公何家俊喺醫管局做護士，月薪$48,500，不過佢有躁鬱症，唔知仲買唔買到危疾保。
        我的身分證字號是F225418766，名字蔡宜蓁，想問勞保年金和國民年金要怎麼規劃？
        我家姐劉芷晴（WhatsApp 6218 4409）話幫我搞自願醫保，佢拎咗我一萬蚊訂金，我應唔應該信佢？
    """),
    "ms": _lines("""
        Tolong kira, saya Mohd Faizal bin Hashim, IC 920728-10-6348, no ahli KWSP 18327745, nak keluarkan Akaun Sejahtera untuk yuran anak.
        Isteri saya Siti Aishah binti Razak baru disahkan kanser payudara tahap 3, polisi takaful dia TK-77120843 boleh claim berapa?
        Abang saya Kamal bin Yusof, IC 650302-07-5129, diisytiharkan muflis tahun lepas di Mahkamah Tinggi Pulau Pinang, boleh ke dia keluarkan KWSP?
        Hantar dokumen pinjaman peribadi kepada Encik Lee Chee Keong, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tel 012-338 7461.
        gaji suami saya Rizal Hamdan RM5,800, loan Myvi VHA 3391 RM680 sebulan, kad Maybank 5412 7534 2198 0066 tertunggak RM9k, macam mana nak susun bajet?
        Sepupu saya Thivya a/p Ganesan (WhatsApp 017-524 9183) nak pinjam nama saya untuk buat personal loan, patut ke saya setuju?
        Mak saya Puan Rohani binti Ismail, 70 tahun, Lot 118 Jalan Raja Abdullah, Kampung Baru, 50300 KL, ada sakit buah pinggang tahap 4 - ada lagi ke insurans untuk dia?
        emel saya azlan.hakim88@yahoo.com, nama Azlan Hakim bin Zulkifli, pasport A38871204 - ejen minta semua ni untuk polisi pelaburan luar negara, selamat ke?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a friendly budgeting coach. Keep answers short and practical."),
        ("user", "first job, how should i split my salary?"),
        (
            "assistant",
            "Congrats! Try 50% needs, 30% wants, 20% savings, and adjust once you see real numbers.",
        ),
        ("user", "ok here's my payslip, can you do it with the actual numbers"),
        (
            "user",
            "PAYSLIP NOV 2026\nEmployee: KOH MEI XUAN   NRIC: T0178342J\nBasic Salary 3,200.00\nTransport Allowance 150.00\nEmployee CPF (20%) -640.00\nNet Pay 2,710.00\nBank: POSB Savings 188-41237-6",
        ),
        ("assistant", "With S$2,710 net, roughly S$1,355 needs, S$813 wants and S$542 savings."),
    ],
    [
        ("user", "how does the RSTU tax relief work if I top up my parents?"),
        (
            "assistant",
            "Cash top-ups to a parent's SA or RA get up to S$8,000 relief a year, separate from the S$8,000 for your own account, as long as they are under the FRS.",
        ),
        ("user", "got it. my dad's RA is short, he's Lim Teck Soon"),
        (
            "user",
            "NRIC S1847293G, 67 already, just had a bypass and can't do his security guard job anymore",
        ),
        (
            "assistant",
            "Then a top-up before 31 December would help both his payouts and your tax bill.",
        ),
    ],
    [
        ("user", "I'm drowning in debt, 4 credit cards + a personal loan"),
        (
            "assistant",
            "I'm sorry, that sounds stressful. Can you list each balance and interest rate?",
        ),
        ("user", "Citi 11.2k, DBS 6.8k, UOB 3.1k, HSBC 2.4k, loan 18k at 7.5%"),
        (
            "assistant",
            "A Debt Consolidation Plan could combine the card balances into one lower-rate loan.",
        ),
        ("user", "ok can someone call me? name is Farhan"),
        ("user", "Farhan Iskandar, 9183"),
        ("user", "2270 sorry phone lagged"),
    ],
    [
        ("user", "房贷每月9200，信用卡欠了6万多，工资1万6，还得过来吗"),
        ("assistant", "可以先把信用卡账单分期或申请停息挂账，同时压缩非必要开支。"),
        ("user", "我想直接打银行电话协商，你帮我写个话术，我的信息先发你"),
        ("user", "姓名：褚海峰 身份证：32010219880705"),
        ("user", "1634，招商信用卡尾号3317，逾期两期了"),
        ("assistant", "好的，协商时请说明收入情况和还款意愿，并要求书面确认方案。"),
    ],
    [
        ("user", "boleh tak keluarkan duit KWSP untuk bayar hutang along?"),
        (
            "assistant",
            "Akaun Fleksibel boleh dikeluarkan untuk apa-apa tujuan, tapi sebaiknya buat laporan polis jika diugut along.",
        ),
        ("user", "ni penyata saya, tengok berapa boleh keluar"),
        (
            "user",
            "PENYATA AHLI KWSP 2025\nNama: NOR AZMAN BIN OTHMAN\nNo. KP: 780511-08-5213\nNo. Ahli: 20415567\nAkaun Persaraan RM 142,308.15\nAkaun Sejahtera RM 28,461.63\nAkaun Fleksibel RM 9,114.20",
        ),
        ("assistant", "Berdasarkan penyata ini, baki Akaun Fleksibel ialah RM9,114.20."),
    ],
    [
        ("user", "想問下強積金同自願醫保點樣慳稅最多？"),
        ("assistant", "TVC同延期年金合共上限六萬，自願醫保每人八千，可以一齊用。"),
        ("user", "咁我想幫我阿爸都買埋自願醫保"),
        ("assistant", "可以，受保人係父母都可以由你申請扣稅。"),
        (
            "user",
            "佢叫梁國雄，身份證Z305618(0)，住喺觀塘秀茂坪邨寶明樓2207，有高血壓同糖尿病，會唔會俾人拒保？",
        ),
    ],
    [
        ("user", "what's a good credit score range in Singapore?"),
        (
            "assistant",
            "Credit Bureau Singapore uses risk grades AA to HH; AA to BB are generally seen as good.",
        ),
        ("user", "mine got rejected for a loan, pasting the report"),
        (
            "user",
            "CREDIT BUREAU SINGAPORE - CONSUMER REPORT\nName: YEO JUN HAO BENJAMIN\nID: S8266104B\nRisk Grade: GG\nDefault records: 1 (Standard Chartered, S$4,382, 2024)\nBankruptcy: Nil",
        ),
        (
            "assistant",
            "The GG grade is mainly from the default record; clearing it and paying on time will help over 12-24 months.",
        ),
    ],
    [
        ("system", "You help caregivers plan finances for elderly parents in Singapore."),
        ("user", "my mum needs a helper soon, can CareShield Life pay for it?"),
        (
            "assistant",
            "CareShield Life pays a monthly amount if she can't perform at least 3 of 6 ADLs; it can go towards a helper.",
        ),
        ("user", "she was diagnosed with moderate Alzheimer's in Aug at NUH"),
        ("user", "her name is Wong Ah Moi, 78, lives with me at Blk 215 Bishan St 23 #08-119"),
        (
            "assistant",
            "You can apply for a disability assessment through an MOH-accredited assessor.",
        ),
    ],
    [
        ("user", "bro help me plan wedding budget leh, 20k max"),
        (
            "assistant",
            "Main items: banquet, photos, rings, gown, ROM. Banquet usually takes 50-60%.",
        ),
        ("user", "problem is my fiancee's parents want 12 tables at hotel"),
        (
            "user",
            "she's Rachel Teo Hui Min, can you draft a msg to her I can whatsapp, her no 8733 1042, tell her nicely we got $14k in savings only and my bonus got cut",
        ),
        ("assistant", "Sure, here's a gentle draft you could send her."),
    ],
    [
        ("user", "给孩子买教育金保险划算吗？"),
        ("assistant", "教育金的收益率一般在2.5%-3%左右，流动性差，可以和基金定投对比一下。"),
        ("user", "代理人已经把投保单发过来了，你帮我看看有没有问题"),
        (
            "user",
            "投保人：林淑芬 身份证号：350203197809231164 手机：15980627714\n被保险人：郑子涵（女，2019年3月出生）\n年交保费：20000元 交费期：10年",
        ),
        ("assistant", "这份投保单的关键在于领取时间和现金价值表，建议先要一份利益演示。"),
    ],
    [
        ("user", "ASB loan worth it or not in 2026?"),
        (
            "assistant",
            "It depends on the dividend versus the loan rate; the spread has narrowed in recent years.",
        ),
        ("user", "ok I'll apply through Maybank"),
        ("assistant", "Prepare your IC, latest payslips and EPF statement."),
        (
            "user",
            "ok this is what i'll submit: Haziq bin Mustapha, IC 900214-14-5371, gross RM6,850, working at Petronas Dagangan as executive",
        ),
    ],
    [
        (
            "system",
            "You are WealthPal. Customer profile loaded from CRM: name=Crystal Ng Pei Shan; nric=S9012673C; age=36; dependants=2; monthly_income=12800; liabilities=HDB loan 312000",
        ),
        ("user", "hi can you tell me if I have enough insurance?"),
        (
            "assistant",
            "Based on your profile you have two dependants and a housing loan, so let's check your death and CI cover.",
        ),
        ("user", "I only have the MINDEF group term and an old whole life from my mum"),
    ],
    [
        ("user", "借给亲戚的钱要不回来怎么办"),
        ("assistant", "先整理借款证据，比如转账记录、聊天记录和借条，再协商或起诉。"),
        ("user", "我小舅子王建国去年借了8万，这是转账记录"),
        (
            "user",
            "转账成功\n收款方：王建国\n收款账户：中国农业银行（6228480197315523）\n金额：80,000.00\n时间：2025-06-18 14:22:07",
        ),
        ("assistant", "这条记录可以作为证据，建议同时保留他承认借款的聊天记录。"),
    ],
    [
        ("user", "how is CPF split in a divorce?"),
        (
            "assistant",
            "The court can order CPF savings to be transferred as part of the matrimonial asset division.",
        ),
        ("user", "my lawyer sent me this, what does it mean for my OA?"),
        (
            "user",
            "FC/D 2231/2024 - Sharon Lim Mei Ling (Plaintiff) v Eric Lim Kok Wah (Defendant): Defendant to transfer S$96,000 from his CPF Ordinary Account to the Plaintiff's CPF Ordinary Account within 3 months.",
        ),
        (
            "assistant",
            "It means S$96,000 will move from his OA into yours; it can only be used for CPF-approved purposes.",
        ),
    ],
    [
        ("user", "macam mana nak buat bajet kalau gaji kecil, RM2,300 je"),
        ("assistant", "Fokus pada keperluan asas dulu: sewa, makanan, pengangkutan dan bil."),
        ("user", "masalahnya adik saya Syafiq selalu pinjam duit"),
        (
            "user",
            "nama penuh dia Muhammad Syafiq bin Roslan, kerja Grab, dah 3 kali kena tangkap sebab dadah, saya takut nak tolak",
        ),
        ("assistant", "Tetapkan had yang jelas dan rujuk AADK untuk sokongan keluarga."),
    ],
    [
        ("user", "勞保年金可以一次請領嗎？"),
        ("assistant", "若98年以前有勞保年資，可在條件符合時選擇一次請領老年給付。"),
        ("user", "那幫我試算一下我的"),
        ("user", "我是吳建宏，身分證A139024579，民國69年次，勞保年資27年，平均月投保薪資45,800"),
        ("assistant", "依這些數字，年金請領通常比一次領划算，但要看你的健康狀況和資金需求。"),
    ],
    [
        ("user", "can you check our family budget spreadsheet? pasting csv"),
        (
            "user",
            "member,role,monthly_income,cpf_oa,notes\nGoh Kian Seng,father,8600,54210,\nLee Siew Hoon,mother,5200,38900,on chemo until Mar\nGoh Yu Xuan,daughter,0,0,NUS Y2 tuition 8250/yr",
        ),
        (
            "assistant",
            "Total income is S$13,800. With chemo costs I'd keep at least 6 months of expenses liquid.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for insurance agents. Draft clear, compliant client emails.",
        ),
        ("user", "write a follow-up email to my client about the lapsed policy"),
        ("assistant", "Sure, please share the client details and policy information."),
        (
            "user",
            "client: Mr Tay Boon Keat, tay.bk1971@hotmail.com, policy GE-LF-20938812 lapsed 14 Oct, premium $3,460/yr, he said he lost his job in Sept",
        ),
    ],
    [
        ("user", "我爸妈都快退休了，存款大概40万，够不够养老"),
        ("assistant", "要看当地生活成本和医疗支出，一般建议把医疗储备单独留出来。"),
        ("user", "主要是我爸去年查出阿尔茨海默症早期"),
        ("user", "他叫蒋德明，住北京市海淀区学院路30号院7号楼502，以后可能要请护工"),
        ("assistant", "可以先了解当地的长期护理保险试点，以及护工的市场价格。"),
    ],
    [
        ("user", "received a letter of demand for my credit card, is this legit?"),
        (
            "assistant",
            "Check the sender's name, the account details and whether the amount matches your statement.",
        ),
        (
            "user",
            "LETTER OF DEMAND\nTo: Ms Kavitha a/p Subramaniam\n12, Jalan Anggerik 3, Taman Desa Jaya, 81100 Johor Bahru\nAccount: 4966 2310 8845 2714\nOutstanding: RM14,286.40\nPlease settle within 14 days to avoid legal action.",
        ),
        (
            "assistant",
            "It looks like a genuine demand letter format; call the bank's official hotline to verify before paying.",
        ),
    ],
    [
        ("user", "BTO at Tengah, can we use CPF OA for the downpayment?"),
        (
            "assistant",
            "Yes, for HDB loans you can use OA savings for the downpayment, subject to the loan type.",
        ),
        ("user", "ok applying as couple. me Marcus Pang S8845102C"),
        (
            "user",
            "wife Huang Yi Ting, FIN F... wait she's PR now, NRIC not out yet. our combined income 9.1k, will we get the EHG?",
        ),
        (
            "assistant",
            "With S$9,100 combined income you'd qualify for a partial Enhanced CPF Housing Grant.",
        ),
    ],
    [
        ("user", "卡數欠咗好多，聽講可以做IVA？"),
        ("assistant", "IVA係透過法院批准嘅債務重組，適合收入穩定但欠多間財務公司嘅人。"),
        ("user", "我喺港鐵做車長，月入3萬2，欠咗六間財仔同銀行共48萬"),
        ("user", "我叫鄭偉倫，身份證R937046(2)，電話 6173 2058，有冇律師行可以介紹？"),
    ],
    [
        ("user", "I want to set up an education savings plan for my niece"),
        (
            "assistant",
            "Great idea. Would you like an endowment, a Child Development Account top-up or an investment account?",
        ),
        ("user", "an endowment. her mum passed last year so I'm her guardian now"),
        (
            "assistant",
            "I'm sorry for your loss. The policy owner would be you, with her as the life assured.",
        ),
        (
            "user",
            "ok. her details: Ong Xin Hui, born 03/09/2018, birth cert T1826473G, she stays with me at 32 Jalan Kechubong, Singapore 588631",
        ),
    ],
    [
        ("user", "takaful untuk anak autisme ada tak?"),
        (
            "assistant",
            "Ada beberapa pelan medikal yang menerima kanak-kanak OKU, tetapi mungkin ada pengecualian.",
        ),
        (
            "user",
            "anak saya Aqil Hakimi bin Ridzuan, umur 6, disahkan autisme dan ada kad OKU, semua ejen tolak",
        ),
        ("assistant", "Cuba tanya Skim Perlindungan MySalam dan pelan takaful khusus OKU."),
        ("user", "boleh tolong emel saya senarai tu? ridzuan.aziz@gmail.com"),
    ],
    [
        ("user", "hi, i'm Wei Jie, need help with budgeting"),
        ("assistant", "Hi Wei Jie! What's your monthly take-home and fixed expenses?"),
        ("user", "take-home 5.3k after CPF, rent 1.6k, send mum 800"),
        ("assistant", "That leaves S$2,900 for everything else; let's allocate savings first."),
        (
            "user",
            "ya also salary is credited to DBS 027-1-184392 under Pang Wei Jie, can you set the standing instruction amounts?",
        ),
    ],
]
