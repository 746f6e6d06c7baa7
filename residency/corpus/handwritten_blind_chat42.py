# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat42: help chats on taxes and government forms (income tax returns, CPF/EPF/MPF, benefits and subsidies, appeals). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat42
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tax help chat turns"): _lines("""
        How do I know if I need to file income tax in Singapore? I only started work in Aug 2024.
        If you received a letter, SMS or myTax Mail from IRAS asking you to file, you must file by 18 April, even if your income is below $22,000.
        Is the CPF cash top-up relief capped at $8k for self and another $8k for family members?
        Yes. For YA2025 you can claim up to $8,000 for top-ups to your own SA/RA/MA and up to $8,000 for top-ups to your loved ones' accounts, subject to the $80,000 overall cap on reliefs.
        whats the diff between NOA and IR8A ah? my HR only gave me IR8A
        The IR8A is prepared by your employer and shows what they paid you; the Notice of Assessment (NOA) is issued by IRAS after your return is processed and shows the tax payable.
        Can I still object? The NOA was dated 3 Jun and today is 10 Jul.
        Objections should be filed within 30 days from the date of the NOA. If you are past that, explain the reason for the delay in your objection; it may still be considered but that is not guaranteed.
        im a grab driver no IR8A leh, still need to file meh
        Yes, self-employed persons report their net trade income in Form B or B1. Keep your trip statements and expense receipts for 5 years in case IRAS asks for them.
        Can you give me a checklist of documents for claiming MPF tax-deductible voluntary contributions?
        Sure: the TVC annual summary from your trustee, your BIR60 or eTAX return, and proof of payment. TVC and QDAP premiums together are capped at HK$60,000 per year of assessment.
        Before you paste any documents here, please blank out your NRIC, bank account and address. I only need the amounts.
        ok noted, just the figures then: employment income 58,400, donations 1,200 via IPC, course fees 0
        With the 250% deduction your donations reduce assessable income to $55,400; after the $1,000 earned income relief the chargeable income is $54,400 and the tax is about $1,558.
        Does the NSman self relief apply if I completed my ICT cycle last year but wasn't called up this year?
    """),
    ("zh-Hans", "个税社保问答"): _lines("""
        2024年度个人所得税综合所得汇算清缴时间为2025年3月1日至6月30日，可通过个人所得税App办理。
        请问年收入不超过12万、补税不超过400元的是不是可以不办汇算？
        是的，综合所得年收入不超过12万元需要补税的，或补税金额不超过400元的，可以免于办理；有退税的建议主动申请。
        子女教育专项附加扣除标准为每个子女每月2000元，可以父母一方按100%扣除，也可以双方各扣50%。
        赡养老人：独生子女每月扣除3000元；非独生子女与兄弟姐妹分摊每月3000元的额度，每人不超过1500元。
        大病医疗需在国家医保服务平台App查询年度医药费用明细，个人负担超过15000元的部分，在80000元限额内据实扣除。
        填报住房贷款利息时需要贷款合同编号和贷款银行，首套住房贷款每月扣除1000元，最长不超过240个月。
        温馨提示：12366纳税缴费服务热线不会要求您提供银行卡密码或短信验证码。
        我在两个单位都有工资，汇算的时候是不是一定要补税啊？
        两处取得工资时，两家单位都各自扣除了每月5000元的减除费用，合并计算后通常需要补税，这属于正常情况。
        对税务机关作出的征税行为不服的，应先依法缴纳税款或提供担保，再自知道之日起60日内申请行政复议。
        个人养老金每年缴费上限12000元，领取时单独按3%计算缴纳个人所得税。
        退税状态显示“税务机关审核中”一般需要几个工作日，请勿点击所谓“代办退税”的短信链接。
        申报表模板：纳税人姓名＿＿＿＿；证件类型□居民身份证 □护照；证件号码＿＿＿＿＿＿＿＿＿＿；任职受雇单位＿＿＿＿。
    """),
    ("zh-Hant", "強積金津貼與綜所稅"): _lines("""
        2024/25課稅年度個別人士報稅表（BIR60）於2025年5月2日發出，經eTAX遞交可自動獲延期一個月。
        強積金強制性供款：有關入息低於每月7,100元的僱員毋須供款，但僱主仍須供款5%；入息上限為每月30,000元。
        請問在職家庭津貼係咪要交晒申請期內每個月嘅入息證明？
        係，申請期內每個月嘅糧單或僱主證明同工時證明都要交，自僱人士可以用收入記錄代替。
        如不同意評稅，須於評稅通知書發出日期起計一個月內，以書面向稅務局局長提出反對並列明理由。
        長者生活津貼申請人須年滿65歲並在香港居住，個人及家庭入息和資產須在限額之內。
        提提你：唔好將身份證副本上載去非官方網站或者WhatsApp群組，政府部門唔會經WhatsApp收表。
        以「積金易」平台辦理轉移手續一般需時約兩星期，成員可隨時於App查閱進度。
        綜合所得稅申報期間為每年5月1日至5月31日，可使用自然人憑證、健保卡加註冊密碼或行動自然人憑證登入。
        扶養直系尊親屬年滿70歲者，免稅額增加50%。
        請問用信用卡繳綜所稅會不會收手續費？有沒有回饋？
        財政司司長陳茂波在預算案宣布一次性寬減100%薪俸稅及個人入息課稅，上限3,000元。
    """),
    ("ms", "LHDN KWSP dan bantuan"): _lines("""
        Tarikh akhir penghantaran Borang BE melalui e-Filing ialah 15 Mei 2025.
        Boss nak tanya, kalau gaji bawah RM3k sebulan kena declare jugak ke kat e-Filing?
        Jika pendapatan tahunan anda selepas potongan KWSP melebihi RM37,333, anda perlu mendaftar fail cukai; walaupun di bawah had itu, anda masih digalakkan mengisytihar.
        Pelepasan gaya hidup sehingga RM2,500 meliputi pembelian buku, komputer, telefon pintar dan langganan internet.
        Permohonan Sumbangan Tunai Rahmah (STR) boleh dibuat di portal bantuantunai.hasil.gov.my atau di kaunter LHDN berdekatan.
        Pengeluaran dari Akaun Fleksibel KWSP boleh dibuat melalui aplikasi KWSP i-Akaun, minimum RM50.
        Untuk rayuan STR yang ditolak, kemukakan rayuan dalam tempoh yang ditetapkan bersama dokumen sokongan seperti penyata gaji.
        Jangan kongsi nombor kad pengenalan atau kata laluan MyTax dengan sesiapa yang mengaku pegawai LHDN melalui WhatsApp.
        Potongan Cukai Bulanan (PCB) ialah ansuran cukai yang dipotong majikan setiap bulan dan akan ditolak daripada cukai sebenar selepas Borang BE diproses.
        Akaun 1, 2 dah tukar jadi Akaun Persaraan, Sejahtera dan Fleksibel sejak Mei 2024 kan? Pecahan caruman baru 75:15:10.
        Pekerja sendiri seperti penghantar makanan boleh mencarum di bawah Skim Keselamatan Sosial Pekerjaan Sendiri (SKSPS) PERKESO.
        Ibu Pejabat LHDN: Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor.
    """),
    ("en", "form templates"): _lines("""
        Dear {{taxpayer_name}}, your Notice of Assessment for YA {{ya}} is now available in myTax Portal. Please do not reply to this email.
        Name (as in NRIC/FIN): ______________________   NRIC/FIN No.: _ _ _ _ _ _ _ _ _
        Objection template: "I, [FULL NAME], NRIC [XXXXXXXXX], wish to object to the assessment dated [DATE] for the following reasons: [REASONS]."
        Section C - Spouse's particulars: Full name / Date of birth (DD/MM/YYYY) / Identity card no. / Annual income (RM)
        <input name="hkid" pattern="[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)" placeholder="A123456(7)">
        Checklist for ComCare assistance: NRIC of all household members, latest payslips, CPF contribution history (last 12 months), tenancy agreement.
        Subject: Objection to Notice of Assessment YA <YYYY> - Tax Ref <TAX REF NO.>
        Declaration: I declare that the information given in this return is true, correct and complete. Signature: ____________ Date: __/__/____
        Help desk rule: replace any NRIC with S*******X, any phone number with [PHONE] and any address with [ADDRESS] before saving the ticket.
        Sample record for the chatbot test suite: name="Taxpayer A", id="<ID>", income=48000, reliefs=["earned_income", "nsman_self"]
        To authorise a tax agent, log in with your own Singpass, choose "Authorise Tax Agent/Staff" and enter the firm's UEN; never hand over your Singpass.
        Working Family Allowance documents: Form WFA-1, income proof for every month of the claim period, copies of household members' identity documents, address proof.
    """),
    ("en", "public figures and named institutions"): _lines("""
        Finance Minister Lawrence Wong announced a 50% personal income tax rebate, capped at $200, for YA2024 in his Budget 2024 speech.
        Prime Minister Anwar Ibrahim, who is also Finance Minister, tabled Budget 2025 in the Dewan Rakyat in October 2024.
        Income tax was introduced in Britain by William Pitt the Younger in 1799 to pay for the war against Napoleon.
        Donations to an approved IPC such as the Lee Kuan Yew Fund for Bilingualism qualify for the 250% deduction if the receipt shows the UEN.
        Inpatient bills at Tan Tock Seng Hospital can be paid with MediSave for approved stays, subject to the withdrawal limits.
        Sir Run Run Shaw Hospital in Hangzhou issues e-invoices you can download for the serious illness medical deduction.
        Apply for the medical fee waiver at the Medical Social Services Unit of Queen Elizabeth Hospital or any public hospital.
        Mr Micawber's rule still works for budgeting: annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness.
        In "Yes, Minister", Sir Humphrey Appleby explains why no minister ever really simplifies a tax form.
        Tung Wah Group of Hospitals and The Community Chest of Hong Kong are approved charities, so donations to them are deductible up to 35% of income.
        Fees for a part-time MBA at the Lee Kong Chian School of Business may qualify for course fees relief only up to YA2025.
        The KWSP branch on Jalan Tun Razak and the Menara KWSP office in Kwasa Damansara both handle Akaun Fleksibel enquiries.
    """),
    ("en", "system records and reference numbers"): _lines("""
        e-Filing batch EF-BE-2025-W18 closed at 2025-05-15T23:59:59+08:00 with 1,284,502 submissions.
        Payment ref IRAS-GIRO-20250606-0047 | amount SGD 1,558.00 | status: DEDUCTED
        myTax Portal release v4.12.3: fixed the relief table on Safari 17; sha256 9f2c1e7a4b8d3f60c5e1a2b7d9e04f6183ac5b2d7e9f1034a6c8b5d2e7f9013c
        Invoice INV-2025-000873 from TaxEase Pte Ltd: tax filing package (Basic) S$68.00 incl. GST 9%.
        SF Express waybill SF1428807736615: document envelope from the Shenzhen tax bureau, delivered 2025-04-02 10:14.
        73% of salaries tax returns in 2024/25 were filed through eTAX, up from 61% two years earlier.
        IR8A (YA 2025) submission schema IR8A_2025.xsd, version 2024.11, supports the new field for share option gains.
        CSV header: ya,employer_uen,gross_salary,bonus,director_fee,cpf_employee,donations
        Error 4012: NRIC/FIN format invalid. Expected 9 characters, got 8.
        Queue ticket B047 | Counter 6 | Estimated wait 25 min | CPF Service Centre, Maxwell
        Job run 2025-03-31 02:00 SGT: 412,887 NOAs generated, 0 failures, duration 03:41:17.
        Test card for the payment sandbox: 4111 1111 1111 1111, expiry 12/34, CVV 123.
    """),
    ("en", "hotlines and public offices"): _lines("""
        CPF Board contact centre: 1800-227-1188, Mon-Fri 8am-5.30pm.
        IRAS, Revenue House, 55 Newton Road, Singapore 307987. Walk-in service is by appointment only.
        MPFA hotline 2918 0102; for the eMPF Platform call 183 2622.
        Social Welfare Department hotline: 2343 2255 (24 hours).
        KWSP Contact Management Centre: 03-8922 6000.
        For ComCare assistance call 1800-222-0000 or visit your nearest Social Service Office.
        Tax service hotline 12366; housing provident fund hotline 12329.
        Inland Revenue Department, Revenue Tower, 5 Gloucester Road, Wan Chai, Hong Kong.
        HDB Branch offices are open Mon-Fri 8am-5pm; Enhanced CPF Housing Grant enquiries go through HDB's online feedback form.
        LHDN HASiL Care Line 03-8911 1000, or +603-8911 1100 from overseas.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        hi can help me check if my mum can get Silver Support? her name Lim Siew Hoon, NRIC S4412739C, stays alone at Blk 328 Ang Mo Kio Ave 3 #04-1187, CPF balance very low
        my NOA says chargeable income $84,300 but I only earned $78k at Harbourline Logistics?? I'm Darren Ong Wei Jie, tax ref S8834512F, pls call 9127 4408
        Please claim Handicapped Parent Relief for my father Tan Boon Huat (S6903381D); he had a stroke in Feb, is wheelchair-bound now and lives with us at 12 Jalan Kembangan #02-03, S(419087).
        GIRO form filled: account holder Goh Mei Ling, DBS savings 027-845512-3, tax ref T0217639J, mobile +65 8836 2195
        Objection YA2024 - Rajesh s/o Krishnan, FIN G5528130R, EP holder. I left Singapore on 14/11/2023 so the Dec bonus of $22,600 should not be taxed here.
        For the disability relief: Siti Rohani bte Abdul Rahman from our finance team is on dialysis three times a week for stage 4 kidney disease.
        CPF statement for NG KIM CHOON, NRIC S****746H, DOB 03/07/1991: OA $41,208.55, SA $18,992.10, MA $29,440.37
        Filing BIR60 for my wife Chan Ka Yan (HKID Y305716(8)); she earned HK$312,000 at a dental clinic in Mong Kok and we live at Flat 7C, Block 2, Kingsford Terrace, 8 Tin Wan Street, Aberdeen.
        Client: Kavitha a/p Subramaniam, IC 870523-10-5528, income tax no. IG 23810477060, 2024 employment income RM96,500, PCB paid RM6,870.
        my friend Kenneth Yeo Jun Hao got fined $15k by IRAS for not declaring his Carousell reselling income, now he's scared they'll charge him in court
    """),
    "zh-Hans": _lines("""
        我要填子女教育扣除，孩子叫刘雨桐，身份证430105201809250062，在长沙开福区湘江实验小学读一年级。
        赡养老人那栏怎么填？我爸赵建平370202195904112030，我妈孙晓燕，两个人都退休住在青岛市市南区宁夏路118号3单元502。
        大病医疗：我老婆钱佳怡去年做了乳腺癌手术，自付医药费6万8，能不能全部扣？
        个税App退税账户：王立新，中国农业银行6228480012345671，开户行深圳宝安支行，手机13923817755。
        公积金租房提取被驳回了，我叫周子涵，身份证110108199504067624，住北京市海淀区学院路甲5号院7号楼2单元1103，房东不给开发票。
        帮我看下复议申请书：申请人胡国栋，男，1983年8月17日出生，住武汉市武昌区中北路216号，身份证420106198308172932，被申请人国家税务总局武汉市武昌区税务局。
        我在两家公司兼职，年薪大概23万，我叫郑海峰，微信 zhf_1987tax，能帮我算下汇算要补多少吗
        尊敬的陈*明（身份证3101**********5870）：您2024年度个税退税3,216.40元已退至尾号6452的银行卡，收件地址上海市浦东新区张杨路1588弄12号301室。
        社保断缴了三个月，我是灵活就业的林国华，厦门思明区，身份证350203197011121513，手机159 6021 8847，想问怎么补缴
        低保申请表：申请人马桂兰，女，61岁，尿毒症长期透析，独居于沈阳市和平区南京北街55号2-3-1，身份证210102196412082749。
        我哥王建军去年因为虚开增值税发票被判了两年缓刑三年，现在他个税App登不上去是怎么回事
    """),
    "zh-Hant": _lines("""
        想問下我阿媽何玉珍申請長生津，HKID P315806(7)，住觀塘秀茂坪邨秀明樓1423室，佢有十八萬定期，會唔會超資產限額？
        在職家庭津貼申請：申請人黃志明 K482913(1)，太太李淑儀 R629048(4)，兩個仔讀小學，住天水圍天瑞邨瑞旺樓18樓12室，電話6372 9015
        稅局話我少報入息要罰款，我係何國強，稅務檔案號碼 28F-03561874，上年喺荃灣返工月薪$42,000，點算好？
        我老公梁偉傑 Z770142(0) 上個月嚴重中風，而家長期住院，想以完全喪失行為能力為理由幫佢提早攞強積金，計劃成員編號 51029938
        報稅時扶養我爸林文雄，身分證A125738604，他今年72歲，我是林怡君，這樣可以多扣免稅額嗎？
        綜所稅退稅帳戶：張雅婷，國泰世華帳號 0125-03-118843-6，身分證E216483058
        綜援覆檢：陳淑芬，55歲，患嚴重抑鬱症，同個女住深水埗石硤尾邨美映樓9樓，社工係林姑娘，電話 5520 6183
        稅務上訴委員會：鄭志偉（M902447(1)）就2022/23年度評稅提出上訴，聆訊日期2025年9月12日，佢話僱主發嘅花紅唔應該計入入息
    """),
    "ms": _lines("""
        Saya nak mohon STR untuk mak saya, Rosnah binti Ismail, IC 620814-03-5236, tinggal di Lot 1128 Kampung Pulai Chondong, 16700 Machang, Kelantan. Dia OKU penglihatan.
        Borang BE saya: Tan Kah Wai, IC 900217-07-5569, no cukai IG 11820349020, gaji setahun RM74,400, alamat 23 Lorong Kenari 5, 11900 Bayan Lepas.
        Tolong semak kenapa pengeluaran KWSP saya ditolak. Nama Nurul Aina binti Hashim, no ahli KWSP 18829304, tel 013-778 2410.
        Rayuan PERKESO untuk suami saya Azman bin Yusof: kemalangan jalan raya masa pergi kerja 3 Mac lalu, patah tulang belakang dan kini lumpuh separuh badan.
        Untuk makluman, pelanggan kami Lee Chong Ming (IC 780930-10-6013) ada tunggakan cukai RM12,450 bagi tahun taksiran 2022, sila hubungi beliau di 012-366 8802.
        Ahmad Faizal bin Omar, IC ******-08-5311, lahir 4 Julai 1985 di Ipoh, baki Akaun Persaraan RM48,221.60
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that answers questions about CPF and Singapore income tax.",
        ),
        ("user", "can i top up my mum's CPF and claim relief?"),
        (
            "assistant",
            "Yes. Cash top-ups to a parent's Retirement Account qualify for CPF cash top-up relief of up to $8,000 a year, as long as her income in the previous year was not more than $4,000.",
        ),
        (
            "user",
            "ok she's 73, no income. her name Lee Ah Moi, NRIC S5207118F. i transferred $6000 on 12 Dec via PayNow",
        ),
        (
            "assistant",
            "Then you can claim $6,000 for YA2026; the relief will be pre-filled if CPF records the top-up under your NRIC.",
        ),
    ],
    [
        ("user", "个税App赡养老人那里要填老人身份证号，我爸的是"),
        ("user", "51010419680312"),
        ("user", "572X"),
        ("assistant", "请确认一下，老人的姓名也需要填写，与身份证一致。"),
        ("user", "邓志强，现在跟我住成都锦江区，我是独生女"),
        ("assistant", "独生子女可以每月扣除3000元，选择“独生子女”即可。"),
    ],
    [
        ("user", "我想申請在職家庭津貼，但係唔識填地址嗰part"),
        ("assistant", "你可以照住址證明上面嘅地址填，例如差餉單或者水電煤單。"),
        ("user", "水費單寫住 將軍澳寶林邨寶儀樓2408室，收件人區美玲"),
        ("assistant", "咁就照抄落表格第三部分就得。"),
        ("user", "身份證係 E556310(4)，屋企四個人，老公做地盤散工每月大約一萬六"),
    ],
    [
        ("user", "bro how to do e-filing first time ah, i just start kerja last year"),
        (
            "assistant",
            "First register at MyTax with your IC number to get a PIN, then log in, choose e-Filing and Borang BE for the 2024 year of assessment.",
        ),
        ("user", "ok dah dapat. my IC 990412-14-5583 and EA form says total RM41,250, PCB RM0"),
        ("user", "also i rent a room in Cheras, Taman Midah, rent RM550/month, boleh claim tak?"),
        (
            "assistant",
            "Rental is not a relief for employees, but you can still claim lifestyle relief and your EPF contributions.",
        ),
    ],
    [
        ("user", "我今年第一次幫家裡報綜所稅，配偶要合併申報嗎？"),
        ("assistant", "配偶應合併申報，但薪資所得可以選擇分開計稅，系統會自動幫您比較。"),
        ("user", "好，我先生叫黃俊傑，身分證H133066285，在台中的公司上班，年薪大約96萬"),
        ("user", "我是A228451062，目前沒有工作"),
        ("assistant", "收到，試算時系統會列出分開計稅與合併計稅的稅額，選擇較低者即可。"),
    ],
    [
        ("user", "How do I write an objection to my Notice of Assessment?"),
        (
            "assistant",
            "State your tax reference number, the year of assessment, which item you disagree with and why, and attach supporting documents. You can file it in myTax Portal under Notices/Letters.",
        ),
        ("user", "can you write it for me"),
        ("assistant", "Sure, tell me the details you want in it."),
        (
            "user",
            "Name Jasmine Koh Hui Min, tax ref S8541190Z. I was retrenched by Meridian Analytics on 30 Sep 2024 and the $18,000 retrenchment payment was wrongly taxed as a bonus.",
        ),
    ],
    [
        ("user", "公积金能不能因为家人重病提取？"),
        (
            "assistant",
            "多数城市允许职工本人、配偶或直系亲属患重大疾病时提取，需要提供医院诊断证明和医疗费用票据。",
        ),
        (
            "user",
            "我老婆叫徐静，今年3月在浙大一院查出急性白血病，已经花了十几万，我是孙立伟，身份证330106199602140360是她的，她单位在杭州",
        ),
        ("assistant", "您可以带着结婚证、诊断证明和发票到杭州市住房公积金管理中心窗口申请。"),
    ],
    [
        ("system", "You help Hong Kong users with MPF questions. Answer in the user's language."),
        ("user", "我轉咗工，舊公司嘅MPF要點轉去新戶口？"),
        (
            "assistant",
            "可以喺積金易平台揀「轉移權益」，揀返舊僱主帳戶同新計劃就得，一般兩星期內完成。",
        ),
        (
            "user",
            "我試過但係話我資料唔啱。我叫蔡曉彤 Choi Hiu Tung，HKID V402951(8)，email hiutung.choi92@gmail.com，舊公司係嘉裕物流，月薪$26,500",
        ),
        ("assistant", "可能係英文姓名串法同受託人紀錄唔一致，建議你致電受託人核對。"),
    ],
    [
        ("user", "Saya nak keluarkan duit KWSP Akaun Fleksibel tapi nombor akaun bank salah"),
        (
            "assistant",
            "Anda boleh kemas kini maklumat bank dalam i-Akaun di bahagian Profil > Maklumat Bank sebelum membuat permohonan.",
        ),
        (
            "user",
            "dah update. akaun CIMB 7064 8812 3905 atas nama Mohd Shahrul Nizam bin Kamarudin",
        ),
        ("user", "IC saya 880109-11-5071, saya kerja di Kemaman"),
        ("assistant", "Baik, permohonan baharu biasanya diproses dalam 3 hingga 5 hari bekerja."),
    ],
    [
        ("user", "what's the income limit for ComCare?"),
        (
            "assistant",
            "Generally household income of $800 or less, or per-capita income of $650 or less, though each case is assessed individually by the Social Service Office.",
        ),
        (
            "user",
            "i'm a single mum with 3 kids, Aisyah 9, Adam 6 and Hana 2. Husband in prison since last year. I'm Nur Farhana bte Ismail, we stay at Blk 618 Woodlands Dr 52 #11-402, my hp 8254 7731",
        ),
        ("user", "I work part time at a cafe, $1,100 a month"),
        (
            "assistant",
            "You are likely to be eligible. Please call the ComCare hotline or walk in to the Woodlands Social Service Office with your documents.",
        ),
    ],
    [
        ("user", "低保被取消了能申请复核吗"),
        (
            "assistant",
            "可以，收到决定书之日起60日内可以申请行政复议，或者先向街道（乡镇）提出复核申请。",
        ),
        ("user", "我妈叫陈秀英，今年68，一个人住"),
        (
            "user",
            "地址广州市天河区棠下村二社大街14号402，身份证440106197910235421是我的，我叫吴丽华，电话136 3157 2296",
        ),
        (
            "assistant",
            "建议准备老人的收入证明和医疗支出凭据，由您代为提交复核申请时还需附上委托书。",
        ),
    ],
    [
        (
            "user",
            "Draft a letter objecting to my 2023/24 salaries tax assessment, I'll give you the facts",
        ),
        (
            "assistant",
            "Sure, please give me your name, file number, and what was wrongly assessed.",
        ),
        (
            "user",
            "Wong Siu Fung, file no. 43F-77120938, my $95,000 relocation allowance from Northgate Asset Mgmt should be exempt",
        ),
        (
            "assistant",
            "Dear Commissioner,\nI, WONG Siu Fung (File No. 43F-77120938), object to the 2023/24 salaries tax assessment. The relocation allowance of HK$95,000 paid by Northgate Asset Management reimbursed actual moving costs and is not taxable. Receipts are enclosed.\nYours faithfully,\nWONG Siu Fung\nFlat 12B, 33 Sai Wan Ho Street, Shau Kei Wan",
        ),
        ("user", "perfect thx"),
    ],
    [
        ("user", "我是中国留学生在新加坡读书，兼职要不要交税？"),
        (
            "assistant",
            "If you are in Singapore for less than 183 days in the year you are a non-resident; part-time employment income is usually taxed at 15% or resident rates, whichever gives more tax.",
        ),
        ("user", "我已经待了两年了。公司让我提供护照和STP号码"),
        (
            "user",
            "护照 EH5127384，Student Pass FIN G6120448U，名字 ZHANG Yifan，在NUS读Master，兼职在 Clementi 的奶茶店",
        ),
        ("assistant", "你是税务居民，按居民税率计算；记得在明年报税时申报这份兼职收入。"),
    ],
    [
        ("user", "Permohonan STR saya ditolak, sebab dikatakan pendapatan isi rumah melebihi had"),
        (
            "assistant",
            "Anda boleh membuat rayuan dalam portal bantuantunai dengan mengemas kini pendapatan dan tanggungan.",
        ),
        (
            "user",
            "suami saya Zulkifli bin Ahmad dah berhenti kerja sebab kencing manis teruk, kaki dah potong sebelah",
        ),
        (
            "user",
            "sekarang pendapatan kami cuma RM1,200 dari kedai kuih saya di Kuala Terengganu, anak 4 orang",
        ),
        ("assistant", "Sertakan surat pengesahan doktor dan penyata pendapatan semasa rayuan."),
    ],
    [
        ("user", "Can you check my IR8A numbers before I file?"),
        (
            "assistant",
            "Yes, paste the figures. You can leave out your identity number and address.",
        ),
        (
            "user",
            "Employee: Benjamin Chua Kok Leong  NRIC S9360177G\nEmployer: Solace Engineering Pte Ltd\nGross salary 96,000  Bonus 12,000  Employee CPF 20,400\nBank: OCBC 601-384552-001",
        ),
        (
            "assistant",
            "The totals look consistent: $108,000 employment income with $20,400 CPF relief.",
        ),
    ],
    [
        ("user", "想幫個女申請學生資助，入息點樣計？"),
        ("assistant", "學資處會用「調整後家庭收入」計算，即家庭總收入除以家庭成員數目再作調整。"),
        (
            "user",
            "我個女叫麥凱琳，讀中二，喺九龍塘嘅聖安娜英文中學，我同佢爸離咗婚，我一個人湊佢，人工每月$19,800，住黃大仙下邨龍昌樓1106",
        ),
        ("assistant", "單親家庭可以額外計算，你應該有機會獲全額資助。"),
    ],
    [
        ("user", "个税App里有一家我从来没去过的公司给我报了工资，怎么办"),
        ("assistant", "可以在App“收入纳税明细查询”里对该笔收入点“申诉”，选择“从未在此单位任职”。"),
        (
            "user",
            "申诉了，我叫钱思远，身份证320102199005281635，那个公司叫南京鑫泰建材贸易有限公司，说我月薪4800",
        ),
        ("user", "我要不要报警？我其实是在上海做程序员的"),
        ("assistant", "建议保留截图，向主管税务机关反映，如有损失可向公安机关报案。"),
    ],
    [
        ("user", "how long does SOCSO invalidity pension take to approve?"),
        ("assistant", "Usually a few months, since the Medical Board has to assess the claim."),
        (
            "user",
            "my dad Muthu a/l Ramasamy got approved?? letter says 60% loss of earning capacity because of his Parkinson's. IC 580719-05-5373, he stays in Seremban Taman Rasah Jaya",
        ),
        (
            "assistant",
            "If approved, payment is credited monthly to the bank account registered with PERKESO.",
        ),
    ],
    [
        ("user", "We're applying for the EHG for our first BTO, what income counts?"),
        (
            "assistant",
            "The average gross monthly household income over the 12 months before the flat application, including CPF-able allowances and bonuses.",
        ),
        (
            "user",
            "Me: Ethan Lim, $5,200/month as a teacher. Fiancée: Priscilla Tay Wen Xin, S8229034F, $4,350/month nurse at a polyclinic",
        ),
        (
            "assistant",
            "Your combined average is $9,550; check the EHG table on the HDB website for the grant at that income tier.",
        ),
    ],
    [
        ("user", "我快退休了，想算一下能领多少养老金"),
        ("assistant", "需要知道您的出生年月、缴费年限、缴费基数和所在城市。"),
        ("user", "1968年3月出生，男，在成都，缴了28年，最近几年工资一直是9200左右"),
        ("user", "顺便我是刘德胜，社保卡号跟身份证一样，510106196803223517"),
        ("assistant", "按当地计发办法粗算，每月大约在3800元至4300元之间，以社保局核定为准。"),
    ],
    [
        ("user", "hello u can call me back? very confusing the CPF form"),
        ("assistant", "I'm an assistant and can't call, but I can guide you. Which form is it?"),
        ("user", "the nomination form, to give my CPF to my grandson"),
        (
            "assistant",
            "You can make a CPF nomination online with Singpass, or at a CPF Service Centre with a witness.",
        ),
        (
            "user",
            "ok ok. my grandson name is Marcus Teo Jun Wei, phone 9638 2047. I'm his ah ma, Ho Geok Lan, 79 years old",
        ),
    ],
    [
        (
            "system",
            "User profile (from login): name=Kwok Wing Sze; HKID=K273805(8); district=Tsuen Wan; preferred_language=zh-Hant. Use the profile to personalise answers.",
        ),
        ("user", "邊個可以申請長者醫療券？"),
        ("assistant", "年滿65歲並持有效香港身份證的長者都可以使用，每年獲發2,000元。"),
        ("user", "我阿爸有冇份？"),
        ("assistant", "如果佢年滿65歲就可以，會自動登記到佢嘅醫健通戶口。"),
    ],
    [
        ("user", "我被資遣了，請問勞保失業給付要準備什麼？"),
        (
            "assistant",
            "離職證明書、失業（再）認定申請書、本人存摺影本，並向公立就業服務機構辦理求職登記。",
        ),
        (
            "user",
            "我叫蔡明宏，身分證B166209712，原本在新北的印刷廠做了9年，月投保薪資45,800，這次被裁是因為我肝硬化常請病假",
        ),
        ("assistant", "因病遭資遣仍屬非自願離職，可以申請失業給付，按平均月投保薪資六成發給。"),
    ],
    [
        ("user", "Saya dapat surat audit daripada LHDN, kena hantar dokumen apa?"),
        (
            "assistant",
            "Biasanya penyata gaji, resit pelepasan yang dituntut dan penyata bank. Rujuk senarai dalam surat tersebut.",
        ),
        (
            "user",
            "surat tu untuk Puan Noraini binti Sulaiman, IC 760301-02-5648, audit untuk TT 2022 pasal tuntutan perubatan ibu bapa RM8,000, ibu saya ada kanser payudara",
        ),
        ("assistant", "Sediakan resit hospital dan laporan perubatan ibu anda sebagai bukti."),
    ],
    [
        ("user", "is under-declaring income from selling on Carousell a crime?"),
        (
            "assistant",
            "Failing to declare income can lead to penalties of up to 200% of the tax undercharged; wilful evasion can be prosecuted.",
        ),
        (
            "user",
            "asking for my cousin lah. Gabriel Seah, he runs a sneaker resale thing from his flat in Punggol",
        ),
        (
            "user",
            "IRAS audited him for 2021-2023, he didnt declare about $140k, now they are charging him under section 96",
        ),
        (
            "assistant",
            "He should engage a tax lawyer and consider voluntary disclosure of any remaining income.",
        ),
    ],
]
