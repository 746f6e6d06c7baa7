# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat29: chats about filling in government and bank forms (Singpass, MyKad, HKID, 身份证, tax, visa, loan, insurance, school enrolment). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat29
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "form guidance"): _lines("""
        Form B1 is for tax residents with employment income; if your employer is in the Auto-Inclusion Scheme and you have no other income, you may be on the No-Filing Service.
        Section C of the LTVP application must be completed by the local sponsor, who must be a Singapore Citizen or PR aged 21 or above.
        Under 'Marital status', select 'Divorced' only if the Certificate of Making Interim Judgment Final has been issued; otherwise select 'Married'.
        Photo requirements: taken within the last 3 months, 400 x 514 pixels, plain white background, no tinted spectacles, ears need not be visible.
        If the applicant is below 21, Part D (Consent) must be signed by a parent or legal guardian in the presence of an ICA officer.
        'Other income' includes rental, royalties and trust income; do NOT include CPF contributions or one-tier dividends, which are tax-exempt.
        DS-160 tip: if you have never been issued a US visa, answer 'No' to 'Have you ever been issued a U.S. Visa?' and the visa number field disappears.
        For the HDB Flat Eligibility letter, the average gross monthly household income ceiling for families is $14,000.
        Paper returns are due 15 April; e-Filing via myTax Portal closes on 18 April.
        The surrender values in the Benefit Illustration are not guaranteed; projected investment returns of 4.25% and 3.00% p.a. are used as required by LIA.
        For P1 registration, an overseas school-leaving letter is only needed if the child attended kindergarten or school outside Singapore.
        Bring the original birth certificate and both parents' identity cards; photocopies will not be accepted at the counter.
        Form IR8A is prepared by your employer, not by you, so if the figures look wrong pls raise it with HR first.
    """),
    ("zh-Hans", "办事指南"): _lines("""
        未满十六周岁的公民首次申领居民身份证，须由监护人陪同，携带户口簿到户籍所在地派出所办理，工本费20元。
        个人所得税综合所得年度汇算办理时间为次年3月1日至6月30日，可通过个人所得税App或自然人电子税务局网页端办理。
        子女教育专项附加扣除标准为每个子女每月2000元，可由父母一方按100%扣除，也可双方各按50%扣除。
        异地换领身份证无需回户籍地，在全国任一具备条件的受理点均可办理，一般20个工作日内制证完毕。
        申请往来港澳通行证需填写《中国公民出入境证件申请表》，并现场采集指纹和数字相片。
        房贷申请一般需提供近6个月银行流水、收入证明、婚姻状况证明及购房合同，具体以贷款银行要求为准。
        填写"紧急联系人"一栏时，请填写非同行人员的姓名、与本人关系及联系电话。
        幼升小网上报名时，户籍信息须与户口簿首页地址一致，房产证权利人须为适龄儿童或其父母。
        如对汇算结果有异议，可在申报后通过"更正申报"功能修改，无需到办税服务厅。
        全国移民管理服务平台12367提供出入境证件办理进度查询，7×24小时人工服务。
        个税App"收入纳税明细"中显示的扣缴单位如与实际不符，可在线发起申诉。
        重疾险投保健康告知遵循"有限告知"原则，保险公司未询问的事项，投保人无须主动告知。
        港澳台居民居住证号码的地址码：香港居民为810000，澳门居民为820000，台湾居民为830000。
    """),
    ("ms", "panduan borang"): _lines("""
        Permohonan MyKad gantian kerana hilang dikenakan bayaran RM10 kali pertama, RM100 kali kedua dan RM300 kali ketiga.
        Borang BE adalah untuk individu pemastautin yang tidak menjalankan perniagaan; tarikh akhir e-Filing ialah 15 Mei.
        Pelepasan gaya hidup sehingga RM2,500 termasuk pembelian buku, komputer peribadi, telefon pintar dan langganan internet.
        Kanak-kanak yang mencapai umur 12 tahun wajib memohon MyKad di pejabat JPN dengan membawa sijil kelahiran dan MyKid.
        Sila isi Bahagian B dengan HURUF BESAR dan gunakan pen dakwat hitam sahaja.
        Untuk pendaftaran murid Tahun 1 melalui SPS Ibu Bapa, pastikan alamat kediaman sama seperti dalam MyKad penjaga.
        Pemohon pinjaman PTPTN perlu mempunyai akaun Simpan SSPN yang aktif sebelum perjanjian pinjaman ditandatangani.
        Tuntutan insurans hayat hendaklah dikemukakan dalam tempoh 30 hari dari tarikh kejadian beserta sijil kematian asal.
        HASiL Care Line: 03-8911 1000 / 603-8911 1100 (luar negara), Isnin hingga Jumaat 8.30 pagi – 5.00 petang.
        No. Cukai Pendapatan bagi individu bermula dengan 'IG', contohnya IG 00000000000 dalam borang contoh.
        Permohonan pasport antarabangsa Malaysia boleh dibuat dalam talian; bayaran RM200 untuk tempoh sah 5 tahun.
        Kalau borang tu tanya "Status pemastautin", pilih Pemastautin kalau duduk Malaysia 182 hari atau lebih dalam tahun tu.
        Jabatan Pendaftaran Negara, No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya.
    """),
    ("zh-Hant", "表格說明"): _lines("""
        ID 970 表格只適用於申請換領身份證，十一歲以上的香港居民須親身到人事登記辦事處辦理。
        報稅表 BIR60 第 4 部「薪俸稅」須填報受僱入息總額，包括花紅、佣金及假期工資。
        2024/25 課稅年度基本免稅額為 $132,000，已婚人士免稅額為 $264,000。
        如申請人未滿 18 歲，須由父母或法定監護人在第 6 部簽署同意書。
        公屋申請表（HD 273）所列的入息及資產限額每年四月檢討一次。
        入境事務處一般查詢熱線：2824 6111；傳真：2877 7711。
        在職家庭津貼申請須遞交申領月份的入息證明，例如糧單、僱主證明或銀行存摺紀錄。
        在台灣首次申辦護照，須本人親自到外交部領事事務局或中、南、東部及雲嘉南辦事處辦理。
        健保轉入申報表由新投保單位填寫，並檢附投保人員身分證明文件影本。
        如「通訊地址」與「住址」相同，可填寫「同上」。
        稅務局地址：香港灣仔告士打道 5 號稅務大樓，查詢電話 187 8088。
        「免入息審查貸款計劃」申請人須於截止日期前遞交已填妥的申請表及證明文件。
    """),
    ("en", "blank templates"): _lines("""
        Full name (as in NRIC/Passport): ____________________  NRIC/FIN No.: __________
        Applicant Name: [FULL NAME] | IC No.: [XXXXXX-XX-XXXX] | Tel: [01X-XXX XXXX]
        姓名：________ 性别：□男 □女 出生日期：____年__月__日 公民身份号码：□□□□□□□□□□□□□□□□□□
        Dear {{applicant_name}}, your application {{ref_no}} for {{scheme_name}} was received on {{submitted_at}}.
        Nama: <nama penuh seperti dalam MyKad>  No. KP: <no kad pengenalan>  Alamat: <alamat surat-menyurat>
        申請人姓名（英文）：__________  香港身份證號碼：_______(_)  聯絡電話：________
        Spouse's name: N/A    Spouse's NRIC: N/A    No. of dependants: 0
        Declaration: I, ______________ (NRIC/FIN ____________), declare that the information given in this form is true and correct.
        | Date of birth | DD/MM/YYYY | Mandatory |
        emergency_contact: { name: "", relationship: "", phone: "+65 " }
        紧急联系人：__________ 与本人关系：__________ 联系电话：1__________
        Account No.: XXXX-XXXX-XXXX-XXXX   Bank: ____________   Branch code: ___
    """),
    ("mixed", "clean chat turns"): _lines("""
        can u explain what 'NOA' means on the IRAS site? keep seeing it
        NOA stands for Notice of Assessment. IRAS issues it after processing your return; it shows your chargeable income and the tax payable.
        请问港澳通行证续签可以网上办吗，还是必须去出入境大厅？
        可以的。如果证件在有效期内且近期采集过相片，可通过"移民局"App或微信小程序在线办理签注，证件会邮寄到家。
        Borang ni minta "No. KP Lama", apa tu? saya lahir tahun 95
        No. KP Lama ialah nombor kad pengenalan lama (7 digit) sebelum MyKad diperkenalkan. Jika anda lahir selepas 1990, biasanya tiada, jadi tulis "Tiada".
        I'm an AI assistant and can't submit forms on your behalf — please log in to the portal with your own Singpass.
        Before you paste your form, please remove your ID number, address and phone number; I only need the field labels to explain them.
        唔該，BIR60 入面「自住物業」係咪一定要係自己名下先可以扣居所貸款利息？
        Ya betul, e-Filing Borang BE tahun taksiran 2024 dibuka mulai 1 Mac 2025.
        ok thx, so for Part C I just tick 'Not applicable' if no spouse right?
        Yes — if you're single, tick 'Not applicable' for Part C and go straight to Part D.
        DS-160 里的 Present Employer 如果我还是学生怎么填？
        Choose 'Student' under Primary Occupation; the employer fields will be replaced by school name and address fields.
        How do I check that my Singpass app is set up properly before the BTO launch?
    """),
    ("en", "lookalikes"): _lines("""
        Budget 2024: Minister for Finance Lawrence Wong announced a 50% personal income tax rebate for YA2024, capped at $200.
        Submit the documents at Tan Tock Seng Hospital, Patient Service Centre, 11 Jalan Tan Tock Seng, Singapore 308433.
        Reference no. ICA/LTVP/2025/0048817 — status: Pending Documents (last updated 2025-11-03 14:22 SGT).
        Order #SG-882910-4471: 2 sets of passport photos, total S$12.90, ready for collection at the Raffles Place outlet.
        The sample form uses 'John Doe' and 'Mary Smith' as placeholder names; replace them with the applicant's own details.
        Sherlock Holmes of 221B Baker Street would have to write 'consulting detective' under Occupation — our favourite example in the form-filling workshop.
        Lee Kong Chian Reference Library, National Library Building, 100 Victoria Street, Level 7.
        IRAS hotline 1800 356 8300; CPF Board 1800 227 1188 — both closed on public holidays.
        Form version v3.2.1 (rev. 2025-07), md5 9f2c1e7a4b3d0c5e8a61f7d2b9e4c0a1, supersedes v3.1.0.
        Tracking number EE118273645SG: your passport courier has left the dispatch centre.
        Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon — the medical report request form is available at the G/F counter.
    """),
    ("zh-Hans", "易混淆"): _lines("""
        李家超在2024年施政报告中宣布，宽减2023/24课税年度百分之百的薪俸税，上限3000元。
        体检报告请到中山大学附属第一医院（广州市越秀区中山二路58号）健康管理中心领取。
        国家税务总局12366纳税缴费服务热线，工作日8:30-17:30。
        订单号 E20251203481726639，港澳通行证邮寄费 22 元，已支付。
        申请表示例中的"张三"、身份证号"1101011990030XXXXX"仅为演示格式，请勿照抄。
        孙悟空的户籍地址写"花果山水帘洞"——这是我们培训课讲"地址栏常见错误"时的段子。
        逸夫楼3楼302室为新生入学资料审核点，请携带录取通知书原件。
        据统计，2023年度个税汇算中约有七成纳税人获得退税，平均退税金额约800元。
        鲁迅笔下的阿Q连自己姓什么都说不清，要填表的话"姓名"一栏恐怕就卡住了。
        交易流水号 4200002190202512031234567890，金额 ¥300.00，收款方：某市公安局出入境管理支队。
        如表单提示"身份证号码校验位错误"，请检查最后一位是否为大写X。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": [
        "Can u check my Form B1? Name: Goh Wei Ling, NRIC S8834172D, employment income $68,400, plus $3,200 rental from a room in my HDB at Blk 412 Tampines St 41 #08-233",
        "For the LTVP renewal my wife is Nurul Ain binte Rahmat, FIN G5513908W, passport expiring 12/03/2027 — do I upload her marriage cert again?",
        "Filling the NRIC re-registration for my son Marcus Tan Jun Hao (T1553026F), he just turned 15. Do I put his school address or our home address?",
        "Loan application: applicant Priya d/o Ramasamy, staff nurse at Changi General Hospital, gross $5,850/mth, existing car loan $612/mth, HP 9274 6618",
        "Insurance proposal asks about pre-existing conditions — my husband Daniel Koh Eng Hock was diagnosed with type 2 diabetes in 2021 and had a stent put in last March. Tick yes for both?",
        "I'm Kelvin Ng Boon Keat, I got a fine for drink driving in 2019 (State Courts), do I need to declare it on the PR application?",
        "CPF nomination form: nominees are my daughters Chloe Ong (T0830551F) 60% and Sophie Ong 40%, witness is my neighbour Mdm Rosnah, 9638 2201",
        "The bank letter is addressed to LIM S** H*** (NRIC ending 172D), Blk 88 Zion Road #15-04, saying my GIRO failed — what should I fill in the reinstatement form?",
        "DS-160: I was refused a UK visitor visa in 2019 — I'm Rahul Menon, passport Z4418203, DOB 02 Aug 1990. Does that count as 'ever been refused'?",
    ],
    "zh-Hans": [
        "帮我看看这张年度汇算表填得对不对：姓名 周子涵，身份证号 440106198803170524，工资薪金全年 286,400 元，赡养老人扣除填了每月 3000。",
        "孩子入学登记：林一诺，身份证 330106201604081253，户籍地址 杭州市西湖区文三路 259 号 7 幢 2 单元 502，父亲林峰 手机 13858172046",
        "签证材料要在职证明，我是刘晓雯，在一家互联网公司做产品经理，税前月薪 32000，护照号 EB6027451，麻烦帮我写个英文版",
        "房贷申请表婚姻状况我填了离异，前夫高建军还欠我两年抚养费，法院判决书案号（2023）沪0115民初12873号，这个要不要附上？",
        "社保卡补办信息：王秀兰，女，1967年9月30日生，身份证110105196709304029，现住北京市朝阳区团结湖北里 6 号楼 1 门 403。",
        "DS-160 紧急联系人帮我填：我妈 赵桂芳，电话 139 0713 5528，住武汉市江岸区黄浦大街 88 号百步亭花园 12-3-601",
        "投保单健康告知：我爸陈国栋去年体检查出肺结节 8mm，在华西医院做了穿刺，病理是良性，这个需要如实告知吗？",
        "退税账户帮我填这张：招商银行 6214 8300 5512 7764，开户名孙磊，开户行深圳南山支行",
        "郑晓东，身份证 350203********0071，厦门市思明区湖滨南路 372 号 5 楼，这是我签证表上的信息，打码了应该没事吧",
    ],
    "zh-Hant": [
        "幫我填 IR56B 入面嘅住址：新界沙田第一城 38 座 21 樓 F 室，我叫何嘉欣，身份證 Y472901(1)",
        "公屋申請表家庭成員：丈夫梁志偉 R238551(0)，女兒梁曉晴 6 歲，申請人鄧美玲，手機 6128 3907",
        "麻煩確認健保轉入申報表：姓名 吳佩珊，身分證字號 A223581476，戶籍地 台北市大安區和平東路二段 106 巷 8 號 4 樓",
        "在職家庭津貼：我老公黃國輝做地盤判頭，上個月收入 $16,800，我自己兼職收銀 $6,200，有兩個仔讀小學，咁樣超唔超標？",
        "我個仔張承恩 F128846304 要去新加坡讀書，學生證申請表上監護人寫我：張麗華，LINE ID: lihua0528",
        "換領身份證 ID 970：阿媽陳美玲 K613827(6)，1958 年 5 月 14 日出世，住鰂魚涌康怡花園 L 座 12 樓 B 室，佢坐輪椅，可唔可以預約特別櫃位？",
    ],
    "ms": [
        "Tolong semak Borang BE saya: Nama Nurul Huda binti Ismail, No. KP 880412-14-5526, pendapatan bercukai RM54,000, alamat No. 23, Jalan SS 2/75, 47300 Petaling Jaya",
        "Nak isi borang MyKad 12 tahun untuk anak: Muhammad Aiman bin Zulkifli, MyKid 130115-07-0341, lahir di Hospital Pulau Pinang, tinggal di Bayan Lepas",
        "Borang PTPTN – penjamin abang saya Hafiz bin Rahman, 012-748 3396, kerani JKR gaji RM3,200 sebulan, boleh ke?",
        "Nak tuntut insurans, suami saya Encik Rajesh a/l Subramaniam kena strok bulan lepas, sekarang masih di HKL wad 12, polisi no. L00482291",
        "Pasport anak saya Lim Xin Yi dah tamat, no. A43829177, dia sekolah SJKC Chung Hwa, kami tinggal 17 Lorong Bukit Baru 3, Melaka",
        "Untuk borang pinjaman perumahan: Siti Aminah binti Yusof, 930719-10-5482, guru DG41 SK Taman Sri Muda, gaji kasar RM4,870, no. akaun Maybank 1642 8810 3357",
    ],
    "mixed": [
        "Boss, MyKad tukar alamat form can fill like this ah? Nama Tan Ah Seng, IC 750109-08-5213, alamat lama 45 Jalan Sultan Idris Shah Ipoh, baru pindah Taman Desa Tebrau, JB",
        "我嘅 HKID 係 XA091736(A)，pls help me 填 Japan visa form，passport no. K08839127，trip 12/20-12/27",
        "帮我 check 下 Singpass 换号码 form：I'm 林美华 S7612058G, new mobile 8123 4590, old one 9877 2301 already terminated",
        "Can 你帮我 fill the insurance claim? Insured 黄伟强, refund to card 4567 3500 1928 3742, hospital bill $8,430 at Mount Elizabeth",
        "表格 ask emergency contact, 我写了 my sister Jessica Lau 刘嘉敏, 9012 7745, she lives at 23 Bedok North Ave 3 #05-112, ok ma?",
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for Singapore tax questions."),
        ("user", "hi can u help me check my Form B1 before I submit"),
        ("assistant", "Sure! Paste the sections you're unsure about and I'll go through them."),
        (
            "user",
            "Section A: Name CHUA MEI XIN, NRIC S9027316G, Tel 9183 4470. Employment income 71,250, donations 1,200 to SPCA",
        ),
        (
            "assistant",
            "Looks consistent. Approved donations are auto-included if you gave your NRIC to the charity, so you don't need to key them in again.",
        ),
    ],
    [
        ("user", "帮我填一下个税App里的赡养老人信息"),
        ("assistant", "好的，需要被赡养人的姓名、身份证件号码和与您的关系。"),
        ("user", "我妈，王淑珍"),
        ("user", "身份证 610113198602"),
        ("user", "243024 不对不对这是我的，我妈的我回去翻一下户口本"),
        ("assistant", "没问题，找到后填在'被赡养人信息'一栏即可。"),
    ],
    [
        ("user", "Salam, nak tanya borang MyKad hilang kena isi apa?"),
        (
            "assistant",
            "Anda perlu buat laporan polis dahulu, kemudian isi borang JPN.KP01 dan bawa ke pejabat JPN berdekatan.",
        ),
        ("user", "ok saya dah buat report, no repot IPD Shah Alam/012345/25"),
        (
            "user",
            "nama saya Farah Nadia binti Kamarudin, IC lama 910305-13-5088, tinggal Seksyen 7 Shah Alam, no tel 019-332 6471",
        ),
        ("assistant", "Baik, bawa salinan laporan polis dan bayaran RM10 ke kaunter."),
    ],
    [
        ("user", "想問下公屋申請表第 3 部點填"),
        ("assistant", "第 3 部係家庭成員資料，要填每位成員嘅姓名、身份證號碼、出生日期同關係。"),
        ("user", "我老公 Z662017(6) 何志強，1982 年出世，做車房師傅，月入大約 $19,000"),
        ("user", "仲有我奶奶，九十歲，有認知障礙症，都要寫埋？"),
        ("assistant", "如果佢同你哋一齊住而且係家庭成員，就要填。"),
    ],
    [
        ("user", "Q on DS-160: 'Have you ever been refused a U.S. Visa?'"),
        ("assistant", "Answer Yes if any prior application was refused, including under 214(b)."),
        (
            "user",
            "ok. it's for my dad actually, Wong Kok Leong, passport A37720158, he was refused in 2016 at KL embassy",
        ),
        (
            "assistant",
            "Then tick Yes and briefly explain — e.g. 'Refused under 214(b), 2016, Kuala Lumpur'.",
        ),
    ],
    [
        ("user", "help me fill 这个 personal loan form, 我不太懂 'Gross annual income'"),
        ("assistant", "It's your total income before tax and CPF deductions, including bonuses."),
        (
            "user",
            "ok so 我是 Tay Hui Min, S8512740C, work at a logistics company, basic 4,600 x 12 + bonus 2 months = 64,400 对吗",
        ),
        ("assistant", "Yes, $64,400 is correct if the bonus is contractual or was paid last year."),
        ("user", "disbursement account 填 DBS 4012 2345 0098 1272 可以吗？"),
    ],
    [
        ("user", "幼升小报名表里'实际居住地址'和户籍地址不一样怎么办"),
        ("assistant", "多数区要求提供居住证明，比如房产证或租赁备案。您可以先说说具体情况。"),
        (
            "user",
            "孩子叫杜沐阳，户籍在青岛市市南区香港中路 76 号，但我们租住在崂山区松岭路 169 号 3 号楼 1102",
        ),
        ("assistant", "这种情况一般按户籍所在学区报名，租住地需要另行申请统筹。"),
    ],
    [
        ("system", "You help users complete insurance application forms. Be accurate and concise."),
        (
            "user",
            "the health declaration asks whether the life assured has ever had a mental health condition",
        ),
        ("assistant", "Yes — answer based on any diagnosis or treatment, even if resolved."),
        (
            "user",
            "the life assured is my brother Samuel Yeo, he was treated for bipolar disorder at IMH in 2022 and is still on lithium",
        ),
        ("assistant", "Then answer Yes and attach a doctor's report if available."),
    ],
    [
        ("user", "Borang e-Filing ada bahagian 'Maklumat Suami/Isteri', kena isi semua ke?"),
        (
            "assistant",
            "Ya, jika anda memilih taksiran bersama atau mahu menuntut pelepasan pasangan.",
        ),
        (
            "user",
            "isteri saya Norhayati binti Abu, IC 950823-10-6216, suri rumah, tiada pendapatan",
        ),
        ("assistant", "Baik, anda layak tuntut pelepasan isteri RM4,000."),
    ],
    [
        ("user", "請問健保轉出申報表要寫什麼"),
        ("assistant", "需要填寫被保險人姓名、身分證字號、出生日期以及轉出原因。"),
        ("user", "我媽媽 蔡淑芬 B225770329，民國 52 年生，轉出原因是離職"),
        ("user", "她之前在高雄長庚洗腎，換單位後會影響嗎"),
        ("assistant", "轉換投保單位不影響就醫權益，重大傷病證明仍然有效。"),
    ],
    [
        ("user", "I can't log in to Singpass, my phone number changed"),
        (
            "assistant",
            "You can reset it via the Singpass website with face verification, or visit a Singpass counter.",
        ),
        ("user", "my NRIC is S6941183E"),
        (
            "user",
            "and my name's Ramesh Pillai, the old number 9731 0842 was on my late wife's plan",
        ),
        (
            "assistant",
            "Please don't share your NRIC here; use the official Singpass Face Verification instead.",
        ),
    ],
    [
        ("user", "申根签证申请表第 31 项'邀请人'怎么填？"),
        ("assistant", "如果是旅游且自己订酒店，填酒店名称、地址和联系方式即可。"),
        (
            "user",
            "我住我表姐家，她叫 Li Qian，在慕尼黑，地址 Leopoldstraße 112, 80802 München，电话 +49 151 2384 7710",
        ),
        ("assistant", "那就填表姐的信息，并附上她的邀请函和居留卡复印件。"),
    ],
    [
        ("user", "Borang PTPTN minta penjamin, mesti ahli keluarga ke?"),
        (
            "assistant",
            "Tidak semestinya, tetapi penjamin mesti warganegara Malaysia, berumur 21-60 tahun dan berpendapatan.",
        ),
        (
            "user",
            "ok I put my uncle, Encik Zainal Abidin bin Hassan, retired cikgu, pension RM2,900",
        ),
        ("user", "his phone 013-980 5521, rumah dia Kg. Baru Sungai Buloh"),
        ("assistant", "Boleh, pastikan dia bawa slip pencen terkini."),
    ],
    [
        ("user", "Can you fill in the marriage registration notice for me? I'll give the details."),
        ("assistant", "Of course, what are the details of both parties?"),
        ("user", "Groom: Bryan Chia Wei Jie, 31. Bride: Cheryl Soh, 29. Both Singaporean"),
        (
            "assistant",
            "Here's the draft: Party A — Bryan Chia Wei Jie, age 31, NRIC S9[••••]; Party B — Cheryl Soh Li Ting, age 29, residing at 19 Jalan Jintan, Singapore 229030. Please verify.",
        ),
    ],
    [
        ("user", "身份证丢了，挂失补办表里'丢失经过'怎么写"),
        ("assistant", "简要写明时间、地点和经过即可，例如'X月X日在地铁上遗失'。"),
        ("user", "好。我叫钱俊杰，身份证号 37020219790811151X，怕被人冒用贷款"),
        ("assistant", "可以同时到人民银行征信中心查一下个人征信报告。"),
    ],
    [
        ("user", "For the BIR60, do I need my wife's HKID if we're not electing joint assessment?"),
        ("assistant", "Yes, Part 9 asks for spouse details regardless of the election."),
        ("user", "ok — wife is Ho Wing Sze, HKID H340875(4), she works at a bank in Central"),
        ("assistant", "Fill her English name as on the HKID and tick 'No' for joint assessment."),
    ],
    [
        ("user", "理赔申请书收款账户一栏可以填别人的卡吗"),
        ("assistant", "一般要求是被保险人本人或法定监护人的账户。"),
        ("user", "被保险人是我女儿 袁思琪，才 5 岁，住院是因为川崎病"),
        ("user", "那我填我的：袁刚 建设银行 621700289104455873"),
        ("assistant", "可以，需要附上出生证明证明监护关系。"),
    ],
    [
        ("user", "P1 registration Phase 2C — how is the 1km distance calculated?"),
        (
            "assistant",
            "It's measured from your home address to the school's boundary using the SLA OneMap tool.",
        ),
        (
            "user",
            "we're at Blk 215 Serangoon Ave 4 #09-67, son is Ethan Lee, born 14 Feb 2019, is that within 1km of Rosyth?",
        ),
        ("assistant", "Please check on OneMap's school query function for the exact result."),
    ],
    [
        ("user", "老师说要填 borang maklumat murid，父母一栏 IC 怎样写"),
        ("assistant", "写完整的 MyKad 号码，格式 XXXXXX-XX-XXXX。"),
        ("user", "爸爸 Ong Chee Keong 840627-01-5573，妈妈 Teh Siew Lan，电话都用 016-425 8830"),
        ("assistant", "好的，记得两个都要附上 IC 复印件。"),
    ],
    [
        ("user", "Applying for PR. The form asks 'Have you ever been charged in court?'"),
        ("assistant", "You must declare any charge, even if acquitted or compounded."),
        (
            "user",
            "My name's Arjun Nair, FIN F3019847Q. I was charged with shoplifting in 2017 but got a conditional warning. Do I declare?",
        ),
        ("assistant", "Yes, declare it and attach the case outcome letter."),
    ],
    [
        (
            "system",
            "用户档案：姓名 方雨桐；手机 15921047733；常住地址 上海市浦东新区张杨路 1500 号 2 号楼 801；证件 31011519910722384X。请根据档案协助填写表格。",
        ),
        ("user", "帮我把港澳通行证申请表的基本信息填一下"),
        ("assistant", "好的，已根据您的档案填写姓名、证件号码和联系电话，请核对。"),
    ],
    [
        (
            "user",
            "Here's the blank: Name ___ Relationship ___ Contact ___. What goes in 'Relationship'?",
        ),
        ("assistant", "Your relationship to the person, e.g. spouse, parent, sibling."),
        (
            "user",
            "ok so: Name Aisyah Rahim, Relationship fiancée, Contact WhatsApp +60 11-2876 4309",
        ),
        ("assistant", "That's fine. Make sure the number is reachable during office hours."),
    ],
    [
        ("user", "Saya nak isi borang tuntutan perubatan syarikat, ada soalan diagnosis"),
        ("assistant", "Salin diagnosis seperti yang tertulis dalam laporan doktor."),
        (
            "user",
            "Nama pekerja: Mohd Firdaus bin Osman, no. pekerja 004417, diagnosis: hepatitis B kronik, rawatan di Hospital Sultanah Aminah",
        ),
        ("assistant", "Baik, lampirkan resit asal dan laporan doktor."),
    ],
    [
        ("user", "BB 申請特區護照表格點填？佢啱啱出世"),
        ("assistant", "要用出世紙資料，父母其中一方要簽署同意。"),
        ("user", "BB 叫 陳樂希，出世紙號碼 C773264(1)，2025 年 10 月 3 號喺瑪麗醫院出世"),
        ("assistant", "好，填 ID 812 表格，照片要白色背景。"),
    ],
    [
        ("user", "签证中介让我把资料发他们，安全吗？"),
        ("assistant", "建议确认中介资质，并只发送办理所需的材料。"),
        ("user", "我已经发了……我叫 Daisy 苏雅琪，微信 suyaqi_0713，邮箱 daisy.su1993@163.com"),
        ("user", "还发了护照首页 E58102377 和银行流水"),
        ("assistant", "如有疑虑可以联系银行加强账户安全，并留意是否有异常申请。"),
    ],
]
