# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix17: legal, financial and KYC documents in English and Chinese (loan and tenancy agreements, judgments and awards, powers of attorney, insurance, account opening, invoices). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix17
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "statutes and regulations"): _lines("""
        Section 13 of Singapore's Personal Data Protection Act 2012 says an organisation shall not collect, use or disclose personal data about an individual unless the individual consents or the collection is required or authorised by law.
        Under section 19 of the Hong Kong Personal Data (Privacy) Ordinance, Cap. 486, a data user must comply with a data access request within 40 days after receiving it.
        MAS Notice 626 requires a bank to perform customer due diligence before opening an account, including identifying any beneficial owner holding more than 25% of a corporate customer.
        FATF Recommendation 10 sets out customer due diligence; Recommendation 12 adds enhanced measures for politically exposed persons.
        Article 6(1)(b) GDPR permits processing that is necessary for the performance of a contract to which the data subject is party.
        Under section 5 of the Limitation Act 1980, an action founded on simple contract cannot be brought after six years from the date on which the cause of action accrued.
        Section 21 of the Housing Act 1988 lets a landlord recover possession of an assured shorthold tenancy after giving at least two months' notice.
        Form CR109 is the notice of new letting or renewal that a landlord files with the Rating and Valuation Department under Part IV of Cap. 7.
        The SIAC Rules 2016 allow the President to appoint an emergency arbitrator within one day of receiving the application and the fee.
        The interpretive note to FATF Recommendation 16 requires cross-border wire transfers of USD/EUR 1,000 or more to carry full originator and beneficiary information.
        The Bank Secrecy Act requires a Currency Transaction Report, FinCEN Form 112, for cash transactions of more than $10,000 in one business day.
        Regulation 28 of the UK Money Laundering Regulations 2017 lists the customer due diligence measures; regulation 33 lists the cases that need enhanced due diligence.
    """),
    ("zh-Hans", "法律法规"): _lines("""
        《中华人民共和国个人信息保护法》第二十八条规定，敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息。
        《民法典》第六百六十七条：借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。
        《民法典》第七百零三条：租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。
        《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条，约定利率超过合同成立时一年期贷款市场报价利率四倍的部分不予支持。
        《反洗钱法》要求金融机构建立客户身份识别制度，不得为身份不明的客户提供服务或者与其进行交易。
        《个人信息出境标准合同办法》自2023年6月1日起施行，标准合同须在生效之日起10个工作日内向省级网信部门备案。
        《居民身份证法》第三条：公民身份号码是每个公民唯一的、终身不变的身份代码，由公安机关按照公民身份号码国家标准编制。
        《保险法》第十六条：订立保险合同，保险人就保险标的或者被保险人的有关情况提出询问的，投保人应当如实告知。
        《仲裁法》第九条：仲裁实行一裁终局的制度，裁决作出后当事人就同一纠纷再申请仲裁或者向人民法院起诉的，不予受理。
        《金融机构客户尽职调查和客户身份资料及交易记录保存管理办法》自2022年3月1日起施行，身份资料至少保存5年。
        《民法典》第一百六十五条：授权委托书应当载明代理人的姓名或者名称、代理事项、权限和期限，并由被代理人签名或者盖章。
        金融消费者可拨打国家金融监督管理总局12378热线投诉，工商银行客服电话为95588，建设银行为95533。
    """),
    ("en", "annual reports and directors"): _lines("""
        Berkshire Hathaway's 2023 annual report opens with Warren Buffett's letter to shareholders, which pays tribute to Vice Chairman Charlie Munger, who died in November 2023.
        Tim Cook, Chief Executive Officer, and Luca Maestri, Chief Financial Officer, signed the certifications attached to Apple Inc.'s Form 10-K under Section 302 of the Sarbanes-Oxley Act.
        The compensation of Jensen Huang as NVIDIA's president and CEO is set out in the Summary Compensation Table of the company's proxy statement.
        Piyush Gupta stepped down as CEO of DBS Group in March 2025 and was succeeded by Tan Su Shan, previously deputy CEO.
        Satya Nadella's shareholder letter opens Microsoft's FY2024 annual report, which lists Brad Smith as Vice Chair and President.
        HSBC Holdings' 2023 annual report was signed off by Group Chairman Mark Tucker and Group Chief Executive Noel Quinn.
        Li Ka-shing retired as chairman of CK Hutchison Holdings in May 2018 and was succeeded by his son Victor Li Tzar Kuoi.
        Note 12, Directors' emoluments: the five highest-paid individuals include two directors; the other three fall in the band HK$6,000,001 to HK$6,500,000.
        Tony Fernandes is named as Chief Executive Officer of Capital A Berhad in the corporate governance overview filed with Bursa Malaysia.
        Jamie Dimon's annual letter to JPMorgan Chase shareholders is filed with the SEC as an exhibit and posted on the investor relations site.
    """),
    ("zh-Hant", "年報與上市公司公告"): _lines("""
        騰訊控股2023年年報顯示，馬化騰先生為董事會主席兼執行董事，劉熾平先生為總裁兼執行董事。
        長江和記實業主席李澤鉅先生於2018年5月接替其父李嘉誠先生出任主席，李嘉誠先生轉任資深顧問。
        台積電於2024年股東常會後由魏哲家接任董事長，前董事長劉德音正式退休。
        鴻海精密工業董事長劉揚偉在法人說明會上表示，AI伺服器營收占比將持續提升。
        港交所《上市規則》第13.51(2)條規定，發行人委任新董事時，須在公告內披露該董事的履歷詳情。
        董事及最高行政人員於股份之權益，係依《證券及期貨條例》第XV部第352條須存置之登記冊所載。
        某上市公司公告：董事會建議派發末期股息每股港幣0.88元，暫停辦理股份過戶登記手續日期為2025年6月3日至6日。
        獨立核數師報告由羅兵咸永道會計師事務所（執業會計師及註冊公眾利益實體核數師）於香港簽發。
        台灣證券交易所公司代號2330為台灣積體電路製造股份有限公司，股東會通知書寄發日為4月中旬。
        中華電信客服專線0800-080-123，市話直撥123，可查詢企業門號帳單。
    """),
    ("zh-Hans", "匿名裁判文书"): _lines("""
        原告张某与被告李某民间借贷纠纷一案，本院于2023年4月12日立案后，依法适用简易程序公开开庭进行了审理。
        （2022）京0105民初45812号：被告王某某于本判决生效之日起十日内偿还原告借款本金200,000元及利息。
        上诉人（原审被告）：陈某，男，1980年生，汉族，住广东省深圳市。
        仲裁庭认为，申请人某融资租赁有限公司与被申请人刘某签订的《融资租赁合同》系双方真实意思表示，合法有效。
        本院认为，承租人赵某逾期支付租金累计三个月，经催告后在合理期限内仍未支付，出租人有权解除合同。
        经查询，被执行人周某名下无可供执行的财产，申请执行人亦未能提供财产线索，本次执行程序终结。
        裁判要旨：自然人之间的借款合同对支付利息没有约定的，视为没有利息。
        （2021）中国贸仲京裁字第1234号裁决书载明，申请人A公司与被申请人B公司之间的货款纠纷由独任仲裁员审理。
        证人吴某出庭作证称，其于2019年夏天在茶楼亲眼看到双方签订借条。
        被告人某甲犯合同诈骗罪，判处有期徒刑三年，缓刑四年，并处罚金人民币五万元。
        经司法鉴定，借条落款处“郑某”的签名系郑某本人书写。
        本案一审案件受理费4,300元，减半收取计2,150元，由被告何某负担。
    """),
    ("en", "contract templates"): _lines("""
        THIS LOAN AGREEMENT is made on [DATE] between [LENDER NAME] of [ADDRESS] ("the Lender") and [BORROWER NAME], holder of NRIC/Passport No. [__________] ("the Borrower").
        Tenant's mobile: +65 9XXX XXXX; emergency contact: ____________ (to be completed at signing).
        Specimen page from the bank's guide: Name: JOHN Q. SAMPLE, Date of Birth: 01/01/1970, ID No.: S0000000A. Do not submit this page.
        The monthly rent of S$[amount] shall be paid on or before the [1st] day of each calendar month into the Landlord's account no. [XXX-XXXXXX-X].
        Clause 7.2: The Borrower shall repay the Principal in 36 equal monthly instalments; Schedule 2 shows a repayment table at an illustrative rate of 6.5% p.a.
        Lasting power of attorney template: I, [full name], of [address], appoint [name of attorney] to act for me in relation to my property and financial affairs.
        GB82 WEST 1234 5698 7654 32 is the example IBAN printed in the IBAN registry and in most payment API documentation.
        Test card numbers such as 4111 1111 1111 1111 and 5555 5555 5555 4444 are published by payment gateways for sandbox use only.
        Insurance specimen: Policy No. SPEC-000000, Life Assured: [Name], Sum Assured: USD 100,000, Premium Mode: Annual, Issue Date: [dd/mm/yyyy].
        Signed by ______________________ Name: ____________ Designation: Director, for and on behalf of ABC Holdings Pte. Ltd.
        KYC checklist item 4: a certified copy of a utility bill or bank statement dated within the last three months showing the applicant's residential address.
        Replace every merge field before sending: «Client_Name», «Client_ID», «Policy_No», «Premium_Due_Date».
    """),
    ("ms", "akta dan templat"): _lines("""
        Seksyen 6 Akta Perlindungan Data Peribadi 2010 melarang pengguna data memproses data peribadi subjek data tanpa persetujuannya.
        PERJANJIAN SEWA ini dibuat pada ____ haribulan ______ 20__ antara [NAMA TUAN RUMAH] (No. K/P: ______-__-____) dan [NAMA PENYEWA].
        Borang pembukaan akaun: sila lampirkan salinan MyKad (depan dan belakang) yang disahkan oleh pegawai bank.
        Akta Sewa Beli 1967 mengawal perjanjian sewa beli bagi kenderaan motor dan barangan pengguna tertentu.
        Talian Khidmat Pelanggan Maybank di 1-300-88-6688 beroperasi 24 jam sehari.
        Contoh nombor MyKad dalam risalah ini ditulis sebagai 000000-00-0000 untuk tujuan ilustrasi sahaja.
        Piawaian MFRS 16 Pajakan berkuat kuasa bagi tempoh kewangan bermula pada atau selepas 1 Januari 2019.
        Mahkamah Rayuan memutuskan bahawa perayu, yang namanya dirahsiakan kerana dia masih di bawah umur, tidak terikat dengan perjanjian pinjaman tersebut.
        Syarikat Contoh Sdn. Bhd., No. Pendaftaran 202301045678 (1534567-X), berdaftar di Menara Maybank, 100 Jalan Tun Perak, Kuala Lumpur.
        Kadar Dasar Semalaman Bank Negara Malaysia kekal pada 3.00 peratus selepas mesyuarat Jawatankuasa Dasar Monetari.
        Invois cukai mesti menyatakan nombor pendaftaran SST pembekal, contohnya W10-1808-32000123, di bahagian atas.
    """),
    ("mixed", "invoices and accounting"): _lines("""
        Invoice INV-2024-000873 | Bill to: Acme Trading Pte Ltd (UEN 201812345K) | GST Reg No. 201812345K | Total S$12,840.00 incl. 9% GST
        增值税专用发票 No. 44031234，购买方：深圳市前海某某科技有限公司，纳税人识别号 91440300MA5G8K3Q1R，价税合计 ¥113,000.00
        IFRS 9 expected credit loss: stage 2 loans moved from 12-month ECL to lifetime ECL, 拨备覆盖率 rose to 2.37%.
        根据《企业会计准则第21号——租赁》，承租人应在租赁期开始日确认使用权资产和租赁负债 (right-of-use asset and lease liability)。
        PO#4500123987 vs GRN 5000456712 三单匹配失败，差异 ¥0.35 是 13% VAT 的尾差。
        Bank recon: 招商银行基本户 ending 0755 shows 到账 RMB 250,000.00 from 华为技术有限公司 on 2024-11-18.
        SWIFT code DBSSSGSG 是 DBS Bank Ltd Singapore，BOCHKHHH 是中国银行（香港）。
        全电发票号码 24440000000123456789，开票日期 2025-01-06，销售方 北京某某信息技术有限公司，税率 6%。
        HKFRS 15 收入確認 five-step model: identify the contract → performance obligations → transaction price → allocate → recognise.
        Cheque No. 000417 drawn on OCBC for S$3,200 payable to Sunrise Property Management Pte Ltd, 办公室押金 for unit #12-03, Suntec Tower Two.
        汇率 USD/CNY 中间价 7.1884，FX gain ¥18,204.55 记入 财务费用—汇兑损益。
        Audit adjustment AJE-07: reclassify RM48,000 prepaid insurance (仓库财产险 policy PL-2024-556712) from expense to prepayment.
    """),
    ("zh-Hant", "法規與範本"): _lines("""
        《個人資料（私隱）條例》第33條自1995年制定至今仍未生效，該條文規管將個人資料移轉至香港以外地方。
        台灣《個人資料保護法》第6條規定，有關病歷、醫療、基因、性生活、健康檢查及犯罪前科之個人資料，原則上不得蒐集、處理或利用。
        香港《放債人條例》（第163章）規定，實際年利率超過48%的貸款協議可被推定為敲詐性交易。
        租賃契約範本第三條：租金每月新臺幣＿＿＿＿元整，承租人應於每月＿＿日前繳納，不得藉任何理由拖延。
        授權書範本：本人＿＿＿＿（身分證統一編號：＿＿＿＿＿＿＿＿＿＿）茲委託＿＿＿＿為代理人，代為辦理下列事項。
        香港金融管理局公眾查詢熱線為2878 8196，不會致電要求市民提供網上銀行密碼。
        保險單樣本：保單號碼 XXXXXXXX，被保險人：陳大文，投保年齡：35歲，保額：港幣1,000,000元。
        澳門第8/2005號法律《個人資料保護法》由個人資料保護局負責監察及協調執行。
        判決書節錄：上訴人X先生與答辯人Y女士就一份貸款協議發生爭議，原審法官裁定上訴人須償還港幣八十萬元。
        香港身份證號碼由一至兩個英文字母加六位數字組成，括號內為校驗碼，表格範例通常印作A123456(?)。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Borrower: Rachel Teo Hui Min, NRIC S8734512H, of Blk 412 Bedok North Ave 2 #09-147 Singapore 460412, mobile 9187 4420.
        This Lease is made between Mr. Gareth Pryce (the Landlord) and Ms. Anjali Menon, passport no. Z4471823, for the flat at 27 Marlowe Road, Leeds LS6 2HT.
        The claimant, Derek Ochieng (d.o.b. 14/07/1986), says his £1,450 deposit was never protected; his new address is 3 Orchard Close, Ely CB7 4QN.
        KYC refresh - customer Tan Wei Liang, FIN G3384712N, source of funds: salary + sale of his HDB flat, approx S$620k, flagged for EDD.
        pls update beneficiary on policy LP-00827715: remove ex-wife Joanne Lim, add son Ethan Lim Jun Kai (born 03.05.2015), contact no 8126 3309
        I, Margaret Ellen Hsu, of 14 Wattle Street, Chatswood NSW 2067, appoint my daughter Claire Hsu as my attorney for all my financial matters.
        Arbitration award (unredacted copy, do not circulate): the Respondent, Mr Kelvin Aw Boon Huat, shall pay the Claimant S$184,000 plus interest at 5.33%.
        account opening - applicant Priya d/o Ramasamy, DOB 22 Feb 1991, email priya.ramasamy91@gmail.com, tax residency SG, TIN = NRIC S9104478J
        Insured: Mr Robert Fairlie, age 58, disclosed type 2 diabetes and a stent fitted in 2019; policy HL-7731902 issued with a +75% premium loading.
        Guarantor's bank details: HSBC sort code 40-11-62, acc 71839204, name on the account S. Brennan (Siobhan).
        Judgment debtor Marcus Velloza of 55 Kings Road, Reading RG1 3AR still owes £12,300, so we are applying for a charging order over his house.
        the tenant (Jia Hui Ong, 9450 7712) is late again, 3rd time this qtr, she told me she lost her job at the dental clinic
        Wire instruction: pay Nikhil Bhandari, DBS a/c 027-918334-6, SWIFT DBSSSGSG, purpose "repayment of personal loan".
        SSN 471-83-2296 belongs to the co-signer Dana Whitcombe; her credit score was 612 on the Experian pull of 9/14.
    """),
    "zh-Hans": _lines("""
        借款人：刘晓燕，身份证号码：320102198807154426，住址：南京市玄武区珠江路88号3栋1202室，联系电话：13951827734。
        出租方李建国（身份证号11010519620318401X）将其位于北京市朝阳区望京西园三区311号楼5单元702的房屋出租给承租方。
        原告周敏诉被告王海涛民间借贷纠纷一案，被告王海涛，男，1979年9月2日出生，住重庆市渝北区龙溪街道金山路17号。
        授权委托书：委托人张丽华，身份证440106197505231821，现委托黄志强（电话18620937765）代为办理房产过户手续。
        投保人陈志远为女儿陈思雨（2016年出生）投保重疾险，保单号P2024SZ0087731，年缴保费8,650元。
        开户信息：姓名 马俊｜证件类型 居民身份证｜证件号 51010719900611283X｜职业 个体工商户｜年收入约30万
        催收记录：客户赵红梅逾期87天，欠款本息合计46,218.40元，已多次拨打其手机158 0731 2286，均未接听。
        收款账户 户名：孙立伟 开户行：中国建设银行杭州西湖支行 账号：6217 0018 3000 4528 917
        被执行人吴志刚名下车辆浙A·3K78M已被查封，其配偶谢婷称该车系吴志刚婚前个人财产。
        仲裁裁决书（未脱敏版）：被申请人郭亚楠应于十日内向申请人支付拖欠工资及经济补偿金共计62,400元。
        护照号E73829146，持有人邓雅琪，出生日期1994-02-17，办理境外账户KYC时提交
        房东说押金不退了，我租的是闵行区七宝镇新龙路1333弄27号801，房东叫沈国平，电话139 1762 4480
        体检报告显示贷款申请人钱伟乙肝表面抗原阳性，信贷员在备注栏写了“建议拒贷”。
        借款人刘晓燕说微信号 lxy_0715nj 是她本人的，催款就发这个
    """),
    "zh-Hant": _lines("""
        借款人：黃家豪，香港身份證號碼 Y627193(4)，住址：新界沙田第一城38座19樓F室，電話 9316 2287。
        承租人林怡君，身分證字號F228734195，戶籍地址：新北市板橋區文化路一段188巷12號5樓。
        授權人何志明（澳門居民身份證 1382746(5)）授權其胞弟何志偉代為簽署物業買賣預約合同。
        保單持有人張淑芬女士，保單號碼HK-LF-00923871，已確診第二期乳癌並提出索償，受益人為其子張浩然。
        判決書（未遮蔽版）：被告蔡明哲應給付原告陳雅婷新臺幣壹佰貳拾萬元，及自民國一一二年五月一日起至清償日止之利息。
        收款人：李嘉欣（唔係明星嗰個），匯豐戶口 004-582-719263-838，轉數快識別碼 8827164
        開戶審查：客戶吳佩珊，台胞證號碼01287743，聯絡電郵 peishan.wu0824@yahoo.com.tw
        車牌ABC-7329登記車主為鄭文彬，他在調解庭上承認向鄰居借的三十萬一直沒還。
    """),
    "ms": _lines("""
        Peminjam: Nurul Aina binti Kamarudin, No. K/P 920314-10-5582, alamat No. 23, Jalan SS 15/4B, 47500 Subang Jaya, Selangor, tel 012-774 3180.
        Penyewa Encik Muhammad Hafiz bin Rosli (K/P 880927-14-6031) gagal membayar sewa selama tiga bulan bagi unit B-12-07 Pangsapuri Seri Puteri, Cheras.
        Surat kuasa wakil: saya, Lee Mei Ling (No. K/P 750612-07-5124), melantik abang saya Lee Chee Keong untuk menguruskan akaun saya di Public Bank.
        Pemegang polisi Rajesh a/l Subramaniam, polisi no. AIA-T-77310452, telah didiagnosis dengan kegagalan buah pinggang tahap 4.
        Akaun Maybank 1641 2803 9957 atas nama Siti Zulaikha binti Ahmad, sila masukkan deposit RM2,400 sebelum Jumaat ni
        Kereta WVX 8812 milik Encik Azlan bin Yusof telah ditarik oleh bank kerana tunggakan ansuran sewa beli enam bulan.
        borang KYC tu emel kat farahnadia.osman@hotmail.com, no pasport dia A41928376, dia kerja kat Petronas Kerteh
    """),
    "mixed": _lines("""
        租客 Kelvin Goh 的 NRIC 是 S8823417B，他 deposit 还没 transfer，手机 +65 9734 2219。
        Loan officer note: 客户 Nur Syafiqah binti Hamdan 的 MyKad 950828-01-6642，她在 Johor Bahru 开 kedai makan，monthly income 大概 RM6k。
        Please courier the signed POA to 林美玲 at 九龍旺角彌敦道688號12樓B室, her mobile 6128 4437.
        Our client 王振宇 (passport EA5528193) wants to open a USD account in Singapore; joint holder is his wife 蒋雪, email jiangxue.sh@163.com.
        Arbitration 裁决 unredacted: Respondent Ahmad Faizal bin Hashim shall pay 申请人 Chen Li Ting S$38,500 within 14 days.
        Bill to: Mr. Sanjay Pillai, 18 Jalan Bukit Pantai, 59100 Kuala Lumpur, 个人税号 TIN IG23018745601, amount RM 7,420.00
        这个 guarantor 叫 Ho Siew Lan，IC 680415-08-5270，住 Ipoh Garden South，那辆 lorry 车牌 AKB 6614 也是她名下的。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "I need a demand letter for unpaid rent, can you draft one?"),
        ("assistant", "Sure. Who is the tenant, which unit, and how much is owed?"),
        (
            "user",
            "Bradley Sim Kok Wai, 3 months at S$2,850, unit is 56 Jalan Kemaman #03-02 Singapore 329310",
        ),
        ("assistant", "Thanks. Should it go by post to the unit or by email as well?"),
        ("user", "both, his email is bradley.skw@outlook.com"),
    ],
    [
        ("user", "帮我写一张借条，我借给朋友五万块"),
        ("assistant", "好的，请提供出借人和借款人的姓名、身份证号，以及还款日期和利率。"),
        ("user", "出借人是我，叫田蕾；借款人叫范德明，身份证 37020219850416353X"),
        ("user", "2025年12月31日前还清，不要利息"),
        (
            "assistant",
            "明白，借条已按无息借款起草，借款人范德明应于2025年12月31日前归还人民币伍万元整。",
        ),
    ],
    [
        ("user", "我阿媽想申請住院保險賠償，表格要點填？"),
        ("assistant", "通常需要保單號碼、受保人資料、住院日期和醫生證明。"),
        ("user", "保單係 AXA 嘅 HSP-20481173，受保人梁美玉，身份證 C482915(7)"),
        ("user", "佢上個月喺伊利沙伯醫院做咗膽囊切除手術，住咗五日"),
        ("assistant", "好，索償表第二部分填入院及出院日期，再附上醫院收據正本。"),
    ],
    [
        ("user", "Saya nak buka akaun simpanan untuk anak saudara, apa dokumen perlu?"),
        ("assistant", "Biasanya MyKad atau MyKid, bukti alamat dan nombor telefon penjaga."),
        ("user", "Nama dia Aiman Hakimi bin Zulkifli, MyKid 120907-03-5519"),
        ("user", "alamat Lot 441 Kampung Pulau Melaka, 15350 Kota Bharu, tel penjaga 019-936 4021"),
    ],
    [
        ("user", "Can you anonymise this judgment paragraph before I put it on our blog?"),
        (
            "user",
            "The Defendant, Mdm Chua Lay Hoon, borrowed S$75,000 from the Plaintiff, her former colleague Mr Ng Teck Seng, and repaid nothing after March 2021.",
        ),
        (
            "assistant",
            "Here is a version: 'The Defendant, Mdm C, borrowed S$75,000 from the Plaintiff, her former colleague Mr N, and repaid nothing after March 2021.'",
        ),
    ],
    [
        ("user", "信用卡还款失败了，帮我看看哪里填错"),
        ("assistant", "请确认还款账户的户名、卡号和开户行是否一致。"),
        ("user", "户名 欧阳倩，卡号 6222 0216 0201 8834 752，工行深圳福田支行"),
        ("assistant", "卡号位数正确，建议联系95588确认该卡是否已开通跨行自动还款。"),
        ("user", "好的，另外预留手机是 135 3082 6617，短信一直收不到"),
    ],
    [
        ("user", "My mum needs to give me power of attorney, she's in a care home now."),
        ("assistant", "I can outline the steps. Does she still have mental capacity to sign?"),
        (
            "user",
            "yes, diagnosed with early Alzheimer's in June but the GP says she can still sign",
        ),
        (
            "user",
            "her name's Patricia Doyle, she's at Elmwood Care, 9 Abbey Lane, Leicester LE4 5QR",
        ),
        (
            "assistant",
            "Then she can make a lasting power of attorney now; her GP can act as the certificate provider.",
        ),
    ],
    [
        ("user", "Need help with KYC remediation, client file incomplete"),
        ("assistant", "What's missing from the file?"),
        ("user", "客户 黄俊杰 只给了 HKID R318204(A)，没有 address proof"),
        ("user", "他说住 Tseung Kwan O 天晉 3座 32樓D，电话 5412 7790"),
        (
            "assistant",
            "Ask him for a utility bill or bank statement issued within the last three months.",
        ),
    ],
    [
        ("user", "我要查一下這份租約是否合法"),
        ("assistant", "可以，請貼上主要條款。"),
        ("user", "出租人：許文龍（不是奇美那位），身分證 A104827351，租金每月兩萬二"),
        ("user", "承租人是我，蘇筱涵，地址台北市大安區和平東路二段96巷7號3樓"),
        ("assistant", "條款看來符合一般住宅租賃範本，押金不得超過兩個月租金。"),
    ],
]
