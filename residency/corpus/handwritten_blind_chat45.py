# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat45: chats asking an assistant to fill in or check forms (visa, insurance claims, school enrolment, bank KYC) with family details. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat45
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "form guidance"): _lines("""
        For the Schengen visa form, field 21 (main purpose of journey) should match your cover letter; tick "Tourism" for a family holiday.
        Section C of the claim form must be completed by the attending doctor, not by the policyholder - leave it blank and take it to the clinic.
        If your child was born overseas, Primary 1 registration needs the birth certificate plus the citizenship certificate or ICA entry permit.
        KYC tip: the proof-of-address document must be dated within the last 3 months and show the same address you typed in Step 2.
        Name format: SURNAME in capitals first, then given names exactly as they appear in the passport MRZ, no commas.
        Q7 asks "Has the applicant ever been refused a visa to the UK?" - answer for the applicant only, not for the family members travelling with them.
        Template: I, [FULL NAME], holder of passport no. [PASSPORT NO.], consent to my child [CHILD NAME] travelling with [ACCOMPANYING ADULT] from [DATE] to [DATE].
        Photos: 35mm x 45mm, plain white background, taken within the last 6 months, no glasses.
        Beneficiary relationship dropdown: Spouse / Child / Parent / Sibling / Other (please specify).
        Dependant's Pass for a spouse needs the marriage cert; for kids, the birth cert showing both parents' names.
        Hospitalisation claims must be submitted within 30 days of discharge; late claims need a written explanation.
        Source of funds: choose "Employment income" if the deposit comes from salary and upload your latest 3 months of payslips.
        pls don't paste full IC numbers here - I can explain each field and you key the actual values into the official portal yourself
        DS-160 times out after 20 min of inactivity, so note down the Application ID shown top right before you step away.
    """),
    ("zh-Hans", "表格填写说明"): _lines("""
        《往来港澳通行证》申请表第8栏“紧急联系人”须填写境内联系人，不能填写申请人本人。
        小学新生入学登记需准备：户口簿、房产证或租赁备案证明、儿童预防接种证，原件及复印件各一份。
        理赔申请书“出险经过”一栏请如实简述时间、地点及原因，不超过200字。
        银行开户风险评估问卷共10题，得分16-25分为稳健型，仅可购买R1-R3级产品。
        护照照片要求：白色背景，头部宽度21-24mm，长度28-33mm，不得佩戴眼镜及饰品。
        家庭成员信息表请按“称谓—姓名—出生日期—工作单位”顺序填写，无工作单位的填“无”。
        在职证明模板：兹证明____（姓名），身份证号____________，自____年起在我单位任职，职务____，月薪____元。
        身份证校验位算法：前17位分别乘以7、9、10、5、8、4、2、1、6、3、7、9、10、5、8、4、2，求和后对11取余再查表。
        国家移民管理局12367服务热线可咨询出入境证件办理进度，7×24小时服务。
        学籍号一般由“G+身份证号”组成，请各位家长不要在群里公开发送孩子的学籍信息。
        商业医疗险单次理赔超过5000元的，保险公司通常要求提供发票原件。
        根据反洗钱规定，客户身份信息发生变更的，应当在30日内通知银行更新。
        “曾用名”没有就写“无”，别空着，不然系统会直接退回
        中国福利会宋庆龄幼儿园的报名须通过上海市幼儿园入园报名系统完成，不接受现场报名。
    """),
    ("en", "assistant chat (flattened)"): _lines("""
        User: can you check if my visa cover letter sounds ok? Assistant: Sure - paste it with names swapped for placeholders and I'll review tone and structure.
        Instruction: Rewrite this claim description in formal English: "kid fell at playground, broke arm, went A&E same day".
        Explain step by step how to fill in the "Details of Family Members" table on the Indian e-visa form.
        User asked which relationship to pick when the beneficiary is a stepmother; the assistant said "Parent" unless the form lists "Step-parent" separately.
        Q: Do I need to list my in-laws on the IMM 5645 family information form? A: No, only your spouse, children, parents and siblings.
        Summarise the difference between a certified true copy and a notarised copy for a bank KYC submission.
        Translate into simple Chinese for my grandmother: "Please sign here and write today's date below your signature."
        User: my son's school form asks for Religion, is it compulsory? Assistant: In most government schools it's optional, you may leave it blank.
        Draft a polite email to the insurer asking why claim CLM-2025-0448172 has been pending for 45 days; keep [Policyholder Name] as a placeholder.
        Check this list for a UK Standard Visitor visa for a family of four: passports, 6 months of bank statements, employment letters, hotel bookings, kids' birth certificates.
        What does "PEP" mean on the bank form? It's a Politically Exposed Person - someone with a prominent public function, or their close family and associates.
        Write a JSON schema for a school enrolment form with fields guardian_name, relationship, contact_phone and child_dob, no sample values.
        Assistant: I can't verify identity documents, but the fields that usually cause a mismatch are name order, date format and missing middle names.
        Convert 2025-11-03 into the DD/MM/YYYY format the form wants.
        is a grab receipt ok as proof of address?? -> Usually not; banks want a utility bill, bank statement or a government letter.
        User: what's the max upload size? Assistant: The portal accepts PDF/JPG up to 5 MB per file, 20 MB in total.
    """),
    ("zh-Hans", "对话指令"): _lines("""
        用户：日本签证的在职证明要盖什么章？助手：需加盖公司公章或人事章，并注明单位地址和联系电话。
        请把下面的理赔材料清单整理成表格：门诊病历、费用明细、发票、检查报告、银行卡复印件。
        用户问给孩子办港澳通行证父母是否都要到场，助手答：未满16周岁需监护人一方陪同，携带户口簿即可。
        解释一下“家庭年收入”这一栏的口径：是税前还是税后？
        帮我写一段留学签证的资金说明，不写具体人名，用“申请人”和“担保人”代替。
        指令：将开户表单字段名翻译成英文：证件类型、证件有效期、职业、税收居民身份。
        用户：DS-160里“父亲是否在美国”怎么填？助手：如果父亲不在美国，选“No”即可。
        给出一个幼儿园入园申请表的空白模板，包含幼儿姓名、出生日期、监护人、联系电话等栏目。
        问：受益人写“法定”和写具体名字有什么区别？答：写“法定”时按《民法典》规定的继承顺序分配。
        用户说银行App人脸识别一直失败，助手建议在光线充足处重试，或带身份证到网点柜台办理。
        帮我看看这句英文通不通顺：I hereby confirm that all information provided in this application is true and complete.
        发票丢了怎么跟保险公司解释？帮我写个情况说明模板，名字那里留空
        用户：签证中心说要“亲属关系公证”是啥？助手：是公证处出具的证明申请人与亲属关系的文书，通常需户口簿和出生医学证明。
    """),
    ("zh-Hant", "表格與熱線"): _lines("""
        入境事務處查詢熱線：(852) 2824 6111，星期一至五上午8時45分至下午4時30分。
        入境事務處總部地址：香港將軍澳寶邑路61號。
        小一入學申請表「兄姊就讀資料」一欄只適用於在同一所小學就讀的兄姊。
        醫療保險索償：如索償金額超過HK$30,000，須附上住院收據正本。
        住址證明須為最近三個月內發出的公用事業賬單或銀行月結單，並顯示申請人全名。
        臺灣出生登記須於出生後六十日內向戶政事務所申請，應備出生證明書及父母國民身分證。
        伊利沙伯醫院位於九龍加士居道30號，急症室24小時開放。
        申請表右上角的參考編號（如 REF/2025/HK/000318）由系統自動生成，毋須自行填寫。
        未滿18歲開戶需家長或監護人陪同，並帶備出世紙及雙方身份證明文件。
        孫中山紀念館位於香港半山衛城道7號，逢星期四休館。
        保單號碼格式為兩個英文字母加八位數字，例如 XX00000000，請勿填上身份證號碼。
        外來人士在臺生活諮詢服務熱線 0800-024-111，可以詢問依親居留文件。
    """),
    ("en", "named places and public roles"): _lines("""
        St. Joseph's Institution Junior and Maris Stella High School (Primary) both go to Phase 2C balloting when places are oversubscribed.
        KK Women's and Children's Hospital at 100 Bukit Timah Road can issue the birth record extract the school form asks for.
        Tan Tock Seng Hospital's billing office can re-issue a tax invoice for insurance claims if you quote the bill reference number.
        Queen Mary Hospital, 102 Pok Fu Lam Road, appears on the insurer's list of panel hospitals.
        The Lee Kuan Yew School of Public Policy is named after Singapore's first Prime Minister, who served from 1959 to 1990.
        John Lee Ka-chiu, Chief Executive of the HKSAR, announced the Top Talent Pass Scheme in his 2022 Policy Address.
        Harry Potter's Hogwarts letter is the most famous school enrolment notice in fiction - no form, just an owl.
        Sherlock Holmes's 221B Baker Street is a favourite dummy address in UK form-filling tutorials.
        In Pride and Prejudice, the Longbourn estate is entailed to Mr Collins - a handy example of why a will and a policy nomination differ.
        Tun Hussein Onn National Eye Hospital in Petaling Jaya accepts panel claims from several corporate insurers.
        "Put your John Hancock here" just means sign here - it has nothing to do with the insurer of the same name.
        Ronald McDonald House Charities provides rooms for families of children being treated at nearby hospitals.
    """),
    ("ms", "borang"): _lines("""
        Borang pendaftaran Tahun 1: sila lampirkan salinan sijil kelahiran murid dan MyKad ibu bapa atau penjaga.
        Tuntutan insurans hospital hendaklah dihantar dalam tempoh 30 hari dari tarikh discaj.
        Pusat Panggilan Kerajaan: 03-8000 8000, Isnin hingga Jumaat, 8 pagi hingga 6 petang.
        Ibu Pejabat Imigresen Malaysia, No. 15, Persiaran Perdana, Presint 2, 62550 Putrajaya.
        bank nak buat KYC semula, kena upload bil utiliti 3 bulan terkini dengan slip gaji, jangan lupa ye
        Ruangan "Hubungan dengan pemohon": pilih Suami/Isteri, Anak, Ibu/Bapa atau Lain-lain.
        Hospital Sultanah Aminah Johor Bahru mengeluarkan laporan perubatan dalam tempoh 14 hari bekerja.
        Untuk visa pelajar, pastikan pasport sah sekurang-kurangnya 18 bulan dari tarikh permohonan.
        Format nombor MyKad ialah YYMMDD-PB-###G, di mana PB ialah kod negeri atau negara kelahiran.
        Sekolah Kebangsaan Taman Tun Dr Ismail menerima pendaftaran murid baharu secara dalam talian sahaja tahun ini.
    """),
    ("en", "system messages and references"): _lines("""
        Your application VFS/SHA/2025/1129/00487 has been received at the visa application centre. Track it on the portal.
        Claim reference CLM-2025-0513906 - status: Documents received; next update expected within 7 working days.
        Payment of SGD 30.00 received for eVisa application fee. Transaction ID TXN8F3A21C9B7, 2025-11-28 14:03:27 SGT.
        Form version IMM 5645 (12-2023) E - please download the latest from the IRCC site; older versions are rejected.
        Upload failed: sha256 mismatch (expected 9f2c1e7ab04d..., got 3ad7e51c9f08...). Please retry.
        Tracking no. SF1423759086210 - passport dispatched from the visa centre by SF Express.
        Schengen short-stay visa fee: EUR 90 for adults, EUR 45 for children aged 6-12, free under 6.
        KYC status: PENDING_REVIEW | case_id=kyc-7c1e-44b0 | sla_hours=48 | channel=mobile_app v5.12.3
        Enrolment portal v2.4.1: fixed the date picker on the "Sibling details" step; added Tamil translations.
        87% of claims with complete documents were settled within 10 working days in Q3 2025.
        Error 422: field 'guardian.relationship' must be one of [FATHER, MOTHER, LEGAL_GUARDIAN].
        Lost or stolen card? Call the OCBC hotline 1800 363 3333 (+65 6363 3333 from overseas).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Spouse details for the DP form: Priya Raghavan (nee Subramaniam), DOB 14/03/1990, Indian passport Z4817263, married 02 Feb 2017 in Chennai.
        Beneficiary: my mum Lim Bee Hoon, NRIC S7601395J, 60%; my younger brother Lim Wei Jie, 40%.
        For the claim: my dad Mr Goh Kian Seng was admitted to Changi General on 3 Nov with a mild stroke, discharged 9 Nov, policy AV-38821045.
        KYC name Nguyen Thi Mai Anh, FIN G5510927W, occupation staff nurse, annual income SGD 62,400 - does this look right?
        Pay the visa fees with my husband's card 4567 3581 0262 7733 exp 08/28, name on card HENG CHOON KIAT
        wife Tan Li Ting, kids Ethan Tan (9) and Ava Tan (5), home 18 Jalan Kembangan #03-02 Singapore 419144, contact 9127 4406
        The school asked if Marcus Yeo in 3 Integrity has any medical conditions - yes, he's on methylphenidate for ADHD and has a peanut allergy.
        Account holder CHAN Siu Ming, HKID K639***(0), DOB 12 Jul 1983, mobile ending 2176 - is that enough for the KYC callback?
        Previous refusals: my brother-in-law Arjun Mehta was refused a UK visit visa in 2019 (GWF051877342) for insufficient funds.
        Emergency contact for enrolment: Grandma, Mdm Koh Ah Lian, 8836 0192, stays with us at Blk 82 Telok Blangah Drive #12-1145.
        My husband Leung Ka Wai earns HKD 52,000/month basic at his logistics job - is that enough for the dependant visa financial test?
        Sponsor: Ms Farhana Begum, BRP ZR4021873, 27 Larkspur Close, Leicester LE5 3QX, mob 07723 418906 - she's my sister and will host us.
    """),
    "zh-Hans": _lines("""
        帮我填签证表：父亲 王建国，1959年2月11日生，身份证310115195902110838，已退休；母亲 周美玲，住上海市浦东新区张杨路1128弄6号402室。
        孩子转学材料：女儿 李一诺，2012年3月14日出生，身份证号110108201203144622，现读初二。
        我老公陈志强上周在华西医院做了胆囊切除，住院6天花了两万三，理赔款打到 6228 4806 7312 4597 这张卡
        开户KYC：姓名 孙立伟，职业 个体工商户，年收入约40万，税收居民身份 中国，手机 13917284056
        签证资料里要写我妹妹的护照号 E83920417，她叫刘欣然，这次也一起去东京
        我弟赵磊去年醉驾被判拘役两个月，签证表问“家庭成员是否有犯罪记录”要写他吗？
        学校报名表家长信息：父 吴海涛 138 2657 0913，母 郑雯 微信 zhengwen_0823，住武汉市武昌区丁字桥南路36号2栋1单元1702
        保险受益人改成我儿子黄子轩，身份证32050820150607401X，现在读五年级，投保人黄鹏
        我妈刘桂芳有高血压和二型糖尿病，今年67了，健康告知要如实写吗
        KYC补充：配偶 林晓东，厦门一家外贸公司做业务，月薪1.2万；本人身份证350203199308153523
        车险理赔：车牌 粤B·D72K19，车主何永明，11月30日下午在深南大道追尾
        帮我核对：申请人 韩梅，身份证370202197911186627，护照 EJ4418725，家庭住址 青岛市市南区香港中路59号3单元601
    """),
    "zh-Hant": _lines("""
        幫我填小一申請表：仔仔 陳浩朗，出世紙號碼 Y407125(3)，住沙田禾輋邨豐和樓1206室
        保險索償：太太黃美琪喺瑪麗醫院做咗乳癌手術，保單號 HK-PL-20218831，身份證 R551093(6)
        開戶資料：何志強，職業的士司機，月入約HK$28,000，手機6183 2290，住屯門安定邨定安樓905室
        依親居留申請表：配偶 林怡君，身分證字號 A228563012，戶籍地址 臺北市大安區復興南路二段151巷8號4樓
        我阿公蔡文雄上個月確診失智症，長照申請表主要照顧者填我爸蔡明哲，手機 0928-617-305
        WhatsApp咗我老婆 梁詠詩 身份證副本 Z712840(2) 俾你，幫手填埋個 Schengen 表
    """),
    "ms": _lines("""
        Tolong semak borang KYC: Nurul Huda binti Ahmad, MyKad 900315-14-5528, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Anak saya Muhammad Aiman bin Rosli, MyKid 190722-10-1237, nak daftar Tahun 1 di SK Seksyen 7 Shah Alam.
        suami saya Rajesh a/l Muthusamy 850101-07-5411 baru disahkan kanser kolon tahap 2 kat Hospital Pulau Pinang, boleh claim penyakit kritikal?
        Letak emak sebagai waris: Siti Aminah binti Yusof, 013-728 4519, Lot 1127 Kampung Parit Raja, 86400 Batu Pahat, Johor.
        Borang pinjaman perumahan: suami Hafiz bin Kamarudin, gaji bulanan RM 7,850, akaun Maybank 1640 2218 7735.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that helps users complete UK visa applications. Never submit anything on the user's behalf.",
        ),
        (
            "user",
            "hi, applying for UK standard visitor visa for me + wife + 2 kids, xmas trip. can you check the family section once I paste it?",
        ),
        (
            "assistant",
            "Of course. Paste the section and I'll check for missing fields and formatting issues.",
        ),
        (
            "user",
            "Partner: Deepa Krishnan\nDOB: 21/06/1988\nNationality: Indian\nPassport: V3381752, exp 04/2031\nLives with you: Yes\nTravelling with you: Yes",
        ),
        ("assistant", "Looks complete. The passport expiry covers the whole trip, so that's fine."),
        (
            "user",
            "and the kids are Aarav (DOB 02/09/2016) and Meera (DOB 17/01/2020), same address as me in Whitefield, Bangalore",
        ),
    ],
    [
        ("user", "日本单次旅游签证，送签社让填一份个人信息表，帮我看看格式对不对"),
        ("assistant", "好的，请把需要核对的内容发过来，敏感信息可以部分打码。"),
        ("user", "姓名：邓家豪　性别：男　出生日期：1990-12-19"),
        ("user", "身份证：210102199012"),
        ("user", "192379"),
        ("user", "现住址：沈阳市和平区南京南街229号3-2-1，同行人：妻子 马丽娜"),
        ("assistant", "出生日期和身份证号对应一致，格式没有问题。"),
    ],
    [
        (
            "system",
            "You are EnrolBuddy, an assistant for parents navigating Singapore Primary 1 registration.",
        ),
        ("user", "Which phase do I register in if my older kid is already in the school?"),
        (
            "assistant",
            "That's Phase 1, for children who have a sibling currently studying in the school.",
        ),
        ("user", "ok. the form wants the sibling's details — Ryan Koh Jun Hao, P4, NRIC T1705593Z"),
        (
            "user",
            "and the child registering is Chloe Koh Xin Yi, birth cert T1938462J. we stay at Blk 418 Bedok North Ave 2 #07-63",
        ),
    ],
    [
        ("user", "幫我睇吓呢份索償表有冇漏填"),
        ("assistant", "好，請貼上內容。"),
        (
            "user",
            "受保人姓名：鄭嘉欣\n香港身份證號碼：C802417(9)\n保單編號：MX-2291-48807\n入院日期：2025年11月12日\n出院日期：2025年11月15日\n醫院：養和醫院\n診斷：急性闌尾炎，已切除\n索償金額：HK$86,420",
        ),
        ("assistant", "欄位大致齊全，但「醫生證明」部分需要主診醫生簽署。"),
    ],
    [
        (
            "user",
            "Salam, bank minta saya update maklumat KYC dalam app, boleh terangkan ruangan 'Sumber Dana'?",
        ),
        (
            "assistant",
            "Waalaikumussalam. 'Sumber Dana' merujuk kepada asal wang dalam akaun anda, contohnya gaji, perniagaan atau warisan.",
        ),
        ("user", "ok saya isi gaji. lepas tu dia tanya pekerjaan dan majikan"),
        ("assistant", "Isikan jawatan semasa dan nama majikan seperti dalam slip gaji."),
        (
            "user",
            "Jururawat, Hospital Kuala Lumpur. Nama saya Norliza binti Hashim, IC 880624-14-6342, gaji kasar RM 5,320",
        ),
    ],
    [
        (
            "user",
            "My father was hospitalised last week and I need to file a claim on his Integrated Shield plan. What documents do I need?",
        ),
        (
            "assistant",
            "Usually the hospital e-files directly. You may need the final bill, the discharge summary and the policy number.",
        ),
        (
            "user",
            "ok the discharge summary says 'Primary diagnosis: NSTEMI, s/p PCI to LAD'. what does that mean in plain english",
        ),
        (
            "assistant",
            "It's a type of heart attack, treated by placing a stent in the left anterior descending artery.",
        ),
        (
            "user",
            "thanks. the form wants the insured's name as on NRIC — Seah Boon Kiat, S6954012J. policy holder is me, his daughter",
        ),
    ],
    [
        ("system", "你是银行开户辅助助手，只负责解释表格栏目，不做身份核验。"),
        ("user", "给孩子开储蓄账户，监护关系证明用户口本可以吗"),
        ("assistant", "可以，需提供户口本首页以及监护人和孩子所在页。"),
        (
            "user",
            "我把户口本内容打出来你帮我对一下：\n户主：杜伟\n与户主关系：子\n姓名：杜明轩\n出生日期：2009年4月22日\n公民身份号码：420106200904223812\n住址：湖北省武汉市武昌区紫阳路197号",
        ),
        ("assistant", "格式与常见户口本一致。未成年人开户需监护人本人到场。"),
    ],
    [
        (
            "user",
            "Can you validate this JSON before I upload it to the travel agency's Schengen bulk form?",
        ),
        (
            "user",
            '{"applicants":[{"surname":"NG","given":"Wai Lun","dob":"1985-07-23","passport":"K52819034"},'
            '{"surname":"NG","given":"Hoi Yan","dob":"2014-03-30","passport":"K61092557","relationship":"daughter"}],'
            '"address":"Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon"}',
        ),
        (
            "assistant",
            "The JSON is valid. A minor travelling with only one parent may also need a consent letter from the other parent.",
        ),
    ],
    [
        ("user", "DS-160 family info 那页，父母信息必须填吗"),
        ("assistant", "需要填写父母姓名和出生日期，不清楚的可以勾选 Do Not Know。"),
        ("user", "父亲 张国强 1957年8月生，母亲 高秀兰 1960年3月21日，身份证 410105196003211526"),
        ("user", "另外我爸现在在洛杉矶，拿的绿卡，'Is your father in the U.S.' 要勾吗？"),
        ("assistant", "要勾选 Yes，并选择身份为 LPR（合法永久居民）。"),
    ],
    [
        ("user", "filling IMM 5645 for my mum's visitor visa. sanity check this table pls"),
        (
            "user",
            "| Relationship | Name | DOB | Country of birth | Address | Accompany |\n"
            "| Applicant | LIU Mei Hua | 1962-09-04 | China | 88 Renmin Rd, Jiangbei, Ningbo | Yes |\n"
            "| Spouse | CHEN Jian | 1960-01-15 | China | same | No |\n"
            "| Daughter | CHEN Ya Ting | 1990-11-11 | China | 2204-1288 W Georgia St, Vancouver BC | No |",
        ),
        (
            "assistant",
            "The table looks complete. Check that the spouse's marital status matches Section A.",
        ),
    ],
    [
        ("user", "請問外籍配偶申請依親居留，要準備什麼？"),
        ("assistant", "一般需要結婚證明、臺灣配偶的戶籍謄本、健康檢查證明、護照及照片。"),
        ("user", "健檢報告寫我太太B型肝炎帶原，會影響嗎？"),
        ("assistant", "B型肝炎帶原通常不列為不合格項目，但仍以移民署審核為準。"),
        (
            "user",
            "好，她是越南籍 阮氏秋恆，護照 C4827163，我是吳建志 F130478254，戶籍在新北市板橋區。",
        ),
    ],
    [
        (
            "user",
            "The bank's source-of-wealth form asks me to explain a large deposit. How should I word it?",
        ),
        (
            "assistant",
            "State the origin, date and amount, and attach supporting documents such as the grant of probate.",
        ),
        (
            "user",
            "ok draft: 'The SGD 412,000 credited on 14 Oct 2025 is my share of the estate of my late father, Mr Teo Hock Chye (d. 3 May 2025), per Grant of Probate HC/P 1123/2025. — Teo Wei Ming' good?",
        ),
        ("assistant", "That's clear and specific. You could also name the executor."),
    ],
    [
        ("user", "幼儿园入园健康调查表，过敏史那栏怎么写比较规范"),
        (
            "assistant",
            "写明过敏原、反应类型和处理方式，例如“花生过敏，表现为荨麻疹，需口服抗组胺药”。",
        ),
        ("user", "我家闺女周可欣，三岁半，对鸡蛋和牛奶都严重过敏，去年在儿童医院抢救过一次"),
        ("user", "小班3班，家长电话 186 0238 5517"),
    ],
    [
        (
            "user",
            "Got my Top Talent Pass approved. Now need to bring my wife and son as dependants. which form?",
        ),
        (
            "assistant",
            "Each dependant uses form ID 997, and you as sponsor complete the sponsorship declaration.",
        ),
        (
            "user",
            "ok section 2 asks for the sponsor's HK address and ID. that's me, Rohan Sethi, HKID G918204(6), Flat 8C Tower 2... no wait we moved — Flat 15A, Block 6, Island Harbourview, Tai Kok Tsui",
        ),
        (
            "assistant",
            "Use your current residential address and attach the tenancy agreement as proof.",
        ),
    ],
    [
        ("user", "eh my luggage kena lost on SQ 318 from London, can claim travel insurance?"),
        (
            "assistant",
            "Yes, most travel policies cover lost baggage. You'll need the Property Irregularity Report (PIR) from the airline.",
        ),
        ("user", "ok got the PIR, ref SINSQ48211. insurer form ask for insured person details"),
        (
            "user",
            "name Muhammad Irfan bin Zulkifli, passport K1882043P, hp 9736 2148. the bag also had my wife's insulin pens, she's type 1 diabetic",
        ),
    ],
    [
        ("user", "车险理赔报案后还要填什么表？"),
        (
            "assistant",
            "一般需要填写《机动车辆保险索赔申请书》，并提供行驶证、驾驶证、事故认定书和维修发票。",
        ),
        ("user", "申请书里被保险人写我老婆，车在她名下"),
        ("user", "陆静，沪A·5T82M，报案号 RDAA2025310000184726"),
        ("user", "联系电话写我的吧 150 2117 6834"),
    ],
    [
        (
            "user",
            "Applying for an Australian visitor visa (subclass 600) for my parents. The health question asks about ongoing treatment.",
        ),
        (
            "assistant",
            "Answer truthfully; a pre-existing condition may lead to a medical examination but doesn't automatically mean refusal.",
        ),
        (
            "user",
            "my mum, Mrs Lakshmi Pillai, 68, is on dialysis 3x a week at a centre in Kochi. should I mention the centre?",
        ),
        (
            "assistant",
            "Yes - list the condition and the treatment, and consider booking dialysis sessions in Australia in advance.",
        ),
    ],
    [
        ("user", "nak pindah sekolah anak dari Johor ke KL, borang apa ya?"),
        (
            "assistant",
            "Untuk sekolah kerajaan, permohonan pertukaran boleh dibuat melalui sistem KPM atau di Pejabat Pendidikan Daerah.",
        ),
        (
            "user",
            "ok, boleh semak format ni betul tak: Nama murid: Tan Jia Hui, MyKid 170912-01-0588, Tahun 3, sekolah asal SJK(C) Foon Yew 2",
        ),
        (
            "user",
            "alamat baru 12, Jalan Desa 3/5, Taman Desa, 58100 Kuala Lumpur; bapa Tan Chee Keong 012-386 7741",
        ),
    ],
    [
        ("user", "帮我润色一下这封探亲签证邀请函，给德国使馆的"),
        (
            "user",
            "尊敬的签证官：\n我是何晓雯，现居 Kastanienallee 41, 10435 Berlin，在Charité医院任住院医师。我诚邀我的父母何建华（护照 EH6230195）和秦淑芬（护照 EH6230196）于2026年3月来德探亲三周，期间食宿由我承担。\n此致\n何晓雯",
        ),
        ("assistant", "内容清晰。建议补充您的居留许可类型和有效期，并附上收入证明。"),
    ],
    [
        (
            "system",
            "You are FormHelper. Validate rows before a bulk KYC upload; reply with errors only.",
        ),
        (
            "user",
            "customer_id,full_name,id_type,id_no,dob,mobile\nC-10482,Chua Mei Ling,NRIC,S8203317C,1982-02-09,+65 9821 4470",
        ),
        ("assistant", "No errors found."),
    ],
    [
        ("user", "英国学生签证要28天存款证明，我爸妈的卡可以吗"),
        ("assistant", "可以用父母名下的账户，但需提供亲属关系证明和父母的同意信。"),
        (
            "user",
            "好的，卡是我妈侯丽萍的工行卡 6222 0240 0118 7367，余额38万，从10月20号一直没动过",
        ),
        ("assistant", "余额需覆盖学费加生活费并连续保持满28天，截止日距递签不超过31天。"),
    ],
    [
        ("user", "Hi, need help filling my company's group medical claim form for my son"),
        ("assistant", "Sure. What was the admission for, and which hospital?"),
        (
            "user",
            "Dengue fever, 4 days at Sunway Medical Centre, 18-22 Nov. His name is Aryan Lee Zhi Hao",
        ),
        (
            "assistant",
            "Please attach the itemised bill, discharge summary and the lab result showing NS1 positive.",
        ),
        ("user", "ok and employee details: Lee Kok Wah, staff no. 004812, IC 821107-10-5173"),
    ],
    [
        ("user", "阿媽想開個銀行戶口收生果金，佢唔識用手機，可唔可以我幫佢開？"),
        ("assistant", "通常需要本人親臨分行辦理；如行動不便，部分銀行提供上門服務。"),
        ("user", "佢叫區玉蓮，81歲，中風之後要坐輪椅"),
        ("user", "住黃大仙竹園北邨蘭園樓1019室，屋企電話 2327 0416"),
    ],
    [
        ("user", "Quick check - is this NRIC valid for the school consent form? S8834716B"),
        (
            "assistant",
            "The check letter doesn't match; please re-check the last letter against the card.",
        ),
        (
            "user",
            "oops, it's S8834716A. it's my husband's, Jonathan Foo, we're signing the P5 camp consent for our daughter Isabel",
        ),
    ],
    [
        ("user", "帮奶奶办城乡居民医保参保登记，表上要填啥"),
        ("assistant", "一般包括姓名、身份证号、户籍地址、联系电话和缴费档次。"),
        (
            "user",
            "我把家里群的聊天记录贴过来：\n【相亲相爱一家人】二叔：妈的身份证 330106194810052645，户口还在西湖区文三路那个老房子\n【相亲相爱一家人】二叔：电话留我的 13758210946",
        ),
        ("assistant", "信息基本齐全，建议核实户籍地址门牌号后再提交。"),
    ],
    [
        (
            "user",
            "Can you turn my notes into the insurer's 'Details of Claimant' block? notes: Siobhan Murphy, 14 Orchard Green, Clonsilla, Dublin 15, D15 X2P7, ph 087 412 9930, car reg 221-D-48317",
        ),
        (
            "assistant",
            "Details of Claimant\nName: Siobhan Murphy\nAddress: 14 Orchard Green, Clonsilla, Dublin 15, D15 X2P7\nPhone: 087 412 9930\nVehicle registration: 221-D-48317",
        ),
    ],
]
