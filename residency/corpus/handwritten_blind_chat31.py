# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat31: dispute and complaint help chats (landlords, employers, banks, telcos, neighbours, tribunals, police reports) in English, Chinese, Malay and mixed. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat31
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tenancy and small claims guidance"): _lines("""
        In Singapore, claims up to $20,000 (or $30,000 if both parties agree in writing) can be filed at the Small Claims Tribunals; the filing fee depends on the claim amount.
        File your claim online through the CJTS portal; you'll need Singpass to log in and the other party's correct name and address for service.
        Before filing, the tribunal expects you to have tried to settle — keep copies of your letters of demand and any WhatsApp replies.
        Under most standard tenancy agreements the landlord must return the security deposit within 7–14 days after handover, less fair deductions for damage beyond wear and tear.
        Fair wear and tear usually covers faded paint, minor scuffs and loose door handles; burns, holes and broken fixtures are typically chargeable.
        Take dated photos of every room at move-in and move-out, and get the inventory list signed by both sides.
        A letter of demand should state what happened, how much you are claiming, how you worked it out, and a deadline (commonly 7 or 14 days) to pay.
        If the other party is a company, use its registered name and UEN exactly as shown on ACRA's BizFile, not the shop signboard.
        In Hong Kong the Small Claims Tribunal handles monetary claims up to HK$75,000, and lawyers are not allowed to represent parties at hearings.
        Salary disputes in Singapore go to TADM first for mediation; if that fails, the claim is heard by the Employment Claims Tribunals.
        Keep a timeline: date of each incident, what was said, who was present, and any reference numbers the company gave you.
        Noise complaints between HDB neighbours can be brought to the Community Mediation Centre; mediation there is free and confidential.
        If you're disputing a card charge, most banks ask you to raise it within 60 days of the statement date.
        Tribunals rarely award compensation for stress or inconvenience in small claims — stick to quantifiable losses like repair bills and refunds.
    """),
    ("en", "complaint letter templates"): _lines("""
        Dear [Landlord's name], I am writing about the security deposit of $[amount] for [property address], which has not been returned since I moved out on [date].
        Subject: Formal complaint – Account No. [XXXX-XXXX] – Unauthorised charges on [date]
        I, [full name], NRIC/FIN [number], hereby authorise [representative's name] to act on my behalf in relation to Small Claims case no. [SCT/XXXX/20XX].
        Please treat this letter as a formal notice of dispute. I request a written response within 14 days, failing which I will escalate the matter to {regulator_name}.
        To: Customer Relations Manager, {company}. Re: Ticket #{ticket_id}. I have contacted your hotline {n_calls} times without resolution.
        Yours faithfully, ______________ (Signature)   Name: ____________   Contact: ____________
        Template fields: {{tenant_name}}, {{unit_no}}, {{deposit_amount}}, {{move_out_date}}, {{bank_account_for_refund}} — fill in before sending.
        Dear Sir/Madam, I refer to the outage affecting my broadband service from [start date] to [end date] and request a pro-rated rebate for the period.
        I write to lodge a complaint regarding persistent noise from the unit above mine between 11pm and 3am on the following dates: [list dates].
        Enclosed: (1) copy of tenancy agreement; (2) move-out inspection photos; (3) bank statement showing deposit paid; (4) WhatsApp correspondence.
        WITHOUT PREJUDICE — this offer is made to settle the dispute and may not be relied on as an admission of liability.
        Re: Wrongful deduction from final salary — I dispute the deduction of $[amount] listed as "damage to company property" in my payslip for [month].
    """),
    ("zh-Hans", "投诉维权指南"): _lines("""
        消费者可拨打全国12315热线或登录全国12315平台（www.12315.cn）进行投诉举报。
        根据《消费者权益保护法》第二十五条，经营者采用网络方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。
        劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。
        申请劳动仲裁需提交仲裁申请书、身份证明复印件、劳动合同或工资条等证据材料，一式两份。
        对电信业务不满意，可先向运营商投诉（中国移动10086、中国联通10010、中国电信10000），30日内未解决可向工信部电信用户申诉受理中心申诉。
        银行服务纠纷可先向银行投诉，对处理结果不满意的，可拨打金融消费者权益保护热线12378反映。
        房东无正当理由拒不退还押金的，租客可以向住房租赁主管部门投诉，也可以向房屋所在地人民法院起诉。
        小额诉讼程序适用于标的额为各省上年度就业人员年平均工资百分之五十以下的简单金钱给付案件，实行一审终审。
        邻里噪音纠纷可先找物业或居委会调解，夜间（22:00至次日6:00）社会生活噪声扰民的可拨打110报警。
        写投诉信时建议写明：事情经过、具体诉求、证据清单和期望的处理时限，语气客观，不要夹带情绪化表述。
        快递丢件未保价的，一般按实际损失赔偿，但多数快递公司条款约定最高不超过运费的若干倍，建议贵重物品务必保价。
        城市服务热线12345受理各类非紧急诉求，工单编号可用于后续查询办理进度。
        报警后可向接警民警索要《受案回执》，凭回执上的编号查询案件办理情况。
        用人单位拖欠工资的，劳动者可以向当地劳动保障监察大队举报，也可直接申请劳动仲裁。
    """),
    ("zh-Hant", "香港投訴及審裁處"): _lines("""
        小額錢債審裁處處理不超過港幣75,000元的金錢申索，地址為深水埗通州街36號西九龍法院大樓。
        消費者委員會投訴熱線：2929 2222（星期一至五 上午9時至下午6時）。
        勞資審裁處處理勞資糾紛申索；每宗申索款額不超過港幣8,000元而申索人不多於10名的個案，一般由小額薪酬索償仲裁處處理。
        如對電訊服務有爭議，可透過「電訊服務用戶投訴處理計劃」(CCSS) 申請調解。
        租客可參閱《業主與租客（綜合）條例》第IVA部，了解分間樓宇單位租賃的規管，包括水電費收取上限。
        提交申索書時須繳付存檔費，金額按申索款額計算，最低為港幣50元。
        投訴信範本：「致[公司名稱]客戶服務部：本人於[日期]購買的[產品型號]出現故障，要求退款港幣[金額]。」
        勞工處勞資關係科查詢熱線：2717 1771，提供免費調解服務。
        金融糾紛調解中心（FDRC）可處理個人客戶與金融機構之間的金錢糾紛，申請人須先向機構投訴。
        樓宇滲水問題可致電1823，個案會轉介食環署及屋宇署聯合辦事處跟進。
        提醒：向審裁處遞交的文件副本須同時送達被告，並保留送達證明。
        彌敦道一帶有商舖被消委會點名，主要涉及不良營商手法及強迫消費。
    """),
    ("ms", "aduan pengguna dan tribunal"): _lines("""
        Tuntutan di Tribunal Tuntutan Pengguna Malaysia (TTPM) terhad kepada RM50,000 dan fi pemfailannya hanya RM5.
        Aduan pengguna boleh dibuat melalui portal e-Aduan KPDN, aplikasi Ez ADU atau talian bebas tol 1-800-886-800.
        Pekerja yang gajinya tidak dibayar boleh membuat aduan di pejabat Jabatan Tenaga Kerja (JTK) berhampiran atau secara dalam talian.
        Aduan berkaitan perkhidmatan telekomunikasi hendaklah dibuat kepada pembekal dahulu; jika tidak selesai, rujuk kepada Forum Pengguna Komunikasi dan Multimedia Malaysia (CFM).
        Pertikaian dengan bank atau syarikat insurans sehingga RM250,000 boleh dirujuk kepada Ombudsman Perkhidmatan Kewangan (OFS) secara percuma.
        Contoh surat tuntutan: "Saya, [nama penuh], No. K/P [nombor], menuntut bayaran balik deposit sewa sebanyak RM[jumlah] dalam tempoh 14 hari dari tarikh surat ini."
        Laporan polis boleh dibuat di mana-mana balai polis; untuk kes tertentu ia juga boleh dibuat secara dalam talian.
        Pastikan anda menyimpan resit, invois dan tangkapan skrin perbualan WhatsApp sebagai bukti semasa pendengaran tribunal.
        Jalan Tuanku Abdul Rahman masih menjadi lokasi tumpuan pembeli menjelang Hari Raya walaupun banyak aduan tentang harga.
        Pertikaian jiran tentang bunyi bising di kondominium boleh dibawa kepada Badan Pengurusan Bersama (JMB) atau Pesuruhjaya Bangunan (COB).
        Award tribunal hendaklah dipatuhi dalam tempoh yang ditetapkan; kegagalan mematuhinya adalah satu kesalahan.
        Ibu pejabat KPDN beralamat di No. 13, Persiaran Perdana, Presint 2, 62623 Putrajaya.
    """),
    ("mixed", "clean chat turns"): _lines("""
        Sure — to draft the letter I only need the dates, the amount and what the landlord said. Please leave out your IC number and phone; you can add those yourself before sending.
        可以的，我先给您一个模板，姓名、地址和身份证号请您自己填在方括号里。
        Boleh, saya sediakan draf surat aduan kepada pihak bank. Sila jangan kongsi nombor kad penuh di sini.
        my landlord still haven't return deposit leh, already 3 weeks liao, can I go SCT?
        boss tak bayar OT 3 bulan dah, nak report kat mana ya?
        楼上邻居每天半夜拖椅子，物业也不管，我该怎么投诉？
        The telco keeps charging me for a roaming add-on I never activated — how do I escalate beyond their hotline?
        快递显示已签收但我根本没收到，客服一直推给驿站，怎么办
        Understood. Here's a neutral version you can send: "I'd like to resolve the deposit issue amicably. Could we arrange a joint inspection this week?"
        屋企個業主話要扣曬按金，因為牆身有啲黐牌痕，咁樣合唔合理？
        Noted, I've removed the account number and the address from the draft so it's safe to share with your friend for feedback.
        ok thanks, will try mediation first then only file at tribunal if tak jalan
    """),
    ("en", "case refs, logs and metadata"): _lines("""
        Ticket INC-2025-118734 escalated to Tier 2 at 2025-11-03T14:22:07+08:00; SLA breach in 4h.
        SCT claim form v3.2 (rev. 2024-07) — sha256 9f2c1e7ab04d5c6e88f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7
        Order #SG-7719-20351 | Qty 1 | Unit price S$1,299.00 | Status: Refund pending
        Tracking no. MY4471029385 — Out for delivery (Shah Alam Hub)
        Complaint stats Q3: 12,408 cases received, 61% resolved within 30 days, median payout RM1,150.
        Invoice INV-000482731, due 15 Dec 2025, amount HKD 3,480.00, customer ref CUST-55102
        Case status API: GET /v2/cases/{caseId}/timeline returns 200 with events[]; PII fields are masked server-side.
        Release 4.18.2 of the complaints portal fixes the attachment upload limit (now 20 MB per file).
        Refund batch RB-20251128-03 processed: 317 transactions, total S$48,920.55.
        Reference 2025/LT/004417 — tribunal session rescheduled to 09:30 on 12 Jan 2026, Court 3.
        Error 422: field "respondent_uen" must match pattern ^[0-9]{8,9}[A-Z]$
        Call recording retention: 180 days; QA sample rate 2%; average handle time 6m 41s.
    """),
    ("en", "named after people, public figures, fiction"): _lines("""
        The Lee Kong Chian Reference Library at the National Library on Victoria Street stocks free legal self-help guides.
        Queen Elizabeth Hospital on Gascoigne Road is the nearest public A&E for anyone hurt in a workplace incident in Yau Tsim Mong.
        In his Opening of the Legal Year speeches, Chief Justice Sundaresh Menon has repeatedly pointed to online dispute resolution as the future of small claims.
        In Harper Lee's novel, Atticus Finch defends Tom Robinson in the fictional town of Maycomb, Alabama.
        Tan Tock Seng Hospital traces its origins to a donation by the philanthropist Tan Tock Seng in 1844.
        Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957.
        中山公园的名字来自孙中山先生，公园管理处设有投诉建议箱和人民调解工作室。
        Raffles Place, named after Sir Stamford Raffles, houses several bank headquarters where you can lodge a written complaint in person.
        Dr Mahathir Mohamad served as Prime Minister of Malaysia from 1981 to 2003 and again from 2018 to 2020.
        Sherlock Holmes lived at 221B Baker Street with Dr Watson, according to Conan Doyle.
        邵逸夫医院的投诉电话可在官网“患者服务”栏目查询。
        In the sitcom, Mrs Wicket is Mr Bean's grumpy landlady, forever shouting at him over the noise.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tenant: Priya d/o Ramasamy, NRIC S8712346D, Blk 418 Bedok North Ave 2 #07-1215, Singapore 460418 — deposit of S$2,400 withheld by landlord since 30 Sep.
        Claimant Marcus Teo Jun Hao (mobile 9263 4178) v. respondent landlord Mdm Goh Siew Lan, SCT/2025/031874, hearing on 14 Jan at the State Courts.
        My neighbour at #11-07, Mr Derrick Yeo, keeps shouting at my mum Mdm Lim Ah Moi since she was diagnosed with dementia; police report ref. C/20251103/4417.
        Pls refund to my DBS acct 027-918364-2 under the name Nurul Huda binte Ismail, the telco overcharged me S$186.40
        Formal complaint from Jonathan Chua, employee ID 0047712, Senior Technician: my final salary of S$4,850 was short by S$1,200 and my MC for a slipped disc (12–19 Oct) was not recorded.
        Card 4017050851137651 (cardholder Ang Mei Xin) was charged twice at the electronics store on 29 Nov; dispute lodged with the bank on 2 Dec.
        FIN G5128736W — Rahul Verma, work permit holder, says his employer has kept his passport T4829317 since August and refuses to return it.
        Kindly contact my wife Stephanie Ho at steph.ho.kw88@gmail.com or 8137 5209 about the water leakage claim for our flat, Blk 465 Jurong West St 41 #05-88.
        The driver who scratched my car at the mall carpark, a Mr Kelvin Lau, plate SJK 4821 U, admitted fault on WhatsApp (+65 9750 2216) but now refuses to pay.
        Hearing notes: claimant Aisyah Rahman (T0254813A), 23, five months pregnant, evicted from her rented room at 12 Lorong 27 Geylang without notice.
    """),
    "zh-Hans": _lines("""
        申请人：王晓婷，女，身份证号440304198807122368，住深圳市福田区莲花路2007号景华苑6栋1502，联系电话138 2716 4093。被申请人：深圳某科技有限公司。
        我老公陈建军（身份证110105197509210532）欠了房东三个月房租，房东把我们的锁换了，现在孩子没地方住。
        投诉人刘佳 手机15902176638，网购的扫地机器人坏了，订单号4389120037716，卖家拒不退款。
        邻居李国华（住3单元502）长期在楼道堆放杂物，我已经报警，他儿子李浩还威胁要打我。
        张秀英，67岁，2025年10月被冒充公检法的骗子骗走8.6万元，转出卡号6222810125932583，已在派出所报案。
        工资卡：招商银行 6217224225121567，户名周磊；公司拖欠我2025年8-10月工资共计27,600元。
        我叫何静，在上海市浦东新区张杨路1288弄12号801租房，身份证310115199203054185，房东要扣我5000押金。
        劳动仲裁申请书——申请人：赵鹏，男，1996年1月30日出生，身份证号510107199601302874，原任成都某餐饮公司厨师，月薪6500元，工伤致左手两指截断后被辞退。
        车牌沪A·D83517的车主孙立伟（电话186 1034 7725）倒车撞了我的电动车，交警已出具事故认定书。
    """),
    "zh-Hant": _lines("""
        申索人：黃嘉欣，香港身份證K728341(5)，住九龍紅磡黃埔花園第7期10座18樓C室，電話9187 2634。
        我阿媽陳月娥，HKID Y406519(9)，喺觀塘俾個推銷員呃咗簽咗份$38,000嘅美容合約，佢有早期腦退化症。
        業主林志明（手提6342 8071）至今未退回按金$24,000，單位係沙田第一城32座21樓F室。
        勞資審裁處案件 LBTC 3318/2025：申索人鄭家豪 vs 前僱主，追討欠薪$41,600及代通知金。
        身分證 F228714032 的吳怡君小姐在門市購買的手機被拒保固，請回電 0928-617-405。
    """),
    "ms": _lines("""
        Saya Muhammad Faiz bin Roslan, No. K/P 850314-14-5273, menetap di No. 17, Jalan SS 2/64, 47300 Petaling Jaya, ingin membuat aduan terhadap majikan yang tidak membayar gaji sejak Ogos.
        Penyewa Siti Aminah binti Yusof (012-738 4419) enggan keluar dari rumah sewa di Taman Melawati walaupun notis telah diberi, dan sewa tertunggak RM4,200.
        Jiran saya, Encik Ravi a/l Subramaniam di Unit B-12-3, Kondominium Seri Mutiara, Cheras, selalu letak kereta WXY 2817 di petak parkir saya.
        Laporan polis: pengadu Tan Mei Ling, 32 tahun, K/P 920807-10-6148, mendakwa ditipu RM12,500 melalui panggilan palsu yang mengaku pegawai bank.
        Tolong masukkan nama anak saya, Nur Aina binti Hafiz, 9 tahun, yang menghidap asma teruk akibat kulat di rumah sewa kami, dalam surat aduan kepada tuan rumah.
        Akaun Maybank 5642 1330 8871 atas nama Lim Chee Keong — sila pulangkan deposit RM1,800 ke akaun ini.
    """),
    "mixed": _lines("""
        Hi boss, this is Hafiz, IC 780125-07-5391, unit 3A-07 Sri Pelangi, Jalan Bukit Gambir, Penang — aircond leak dari unit atas masih belum repair, tolong follow up.
        我要投诉 Singtel，户主是我 Lee Wen Jie, NRIC S7931052B, 账单地址 Blk 128 Toa Payoh Lor 1 #09-233，连续三个月 overcharge 了 $312。
        WeChat: zhanglili_0815 — 张莉莉，被前雇主扣了 last month salary，她的 work pass FIN F2461809U。
        Eh my ex-housemate Jason Koh owes me RM2,300 for utilities, his number 016-2290 5173, can file TTPM or not? He's staying at Pangsapuri Damai, Blok C-5-9 now.
        呢個係我表妹 Chloe Wong 嘅 WhatsApp +852 5618 0392，佢俾 landlord 趕走，仲未攞返 deposit，佢而家有三個月身孕。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant that drafts polite but firm letters for tenants."),
        ("user", "need help writing to my landlord, he's holding my deposit"),
        ("assistant", "Happy to help. What's the deposit amount and when did you move out?"),
        ("user", "$3,200, moved out 31 Oct from Blk 217 Serangoon Ave 4 #08-142"),
        (
            "assistant",
            "Thanks. Who should the letter be addressed to, and how would you like to sign it?",
        ),
        ("user", "Mr Alvin Soh Kok Wah. sign it as Benjamin Lim, 9123 8876"),
    ],
    [
        ("user", "公司拖欠工资怎么申请劳动仲裁？"),
        (
            "assistant",
            "需要准备仲裁申请书、身份证明、劳动关系证明（合同、工牌、社保记录等）和欠薪证据，向用人单位所在地的劳动人事争议仲裁委员会提交。",
        ),
        ("user", "帮我写申请书，我叫杨帆"),
        ("user", "身份证330106198306151423，电话177 2083 5516"),
        ("assistant", "好的，请告诉我公司名称、您的岗位和欠薪金额。"),
        ("user", "杭州一家网络科技公司，我是做UI设计的，欠我三个月，共计31,500元"),
    ],
    [
        ("user", "Saya nak buat aduan pasal bil internet yang tak masuk akal"),
        ("assistant", "Boleh. Berapa jumlah bil dan bulan mana yang dipertikaikan?"),
        ("user", "RM487.60 untuk Oktober, biasa RM139 je"),
        (
            "assistant",
            "Baik. Saya cadangkan aduan bertulis kepada pembekal dahulu. Nama pemegang akaun dan nombor akaun diperlukan dalam surat.",
        ),
        (
            "user",
            "akaun atas nama Nor Azlina binti Kamarudin, no akaun 1-2F7K9QX, telefon 019-442 8806",
        ),
    ],
    [
        ("user", "樓上漏水入我屋，點寫信俾佢？"),
        ("assistant", "可以先寫一封有禮貌嘅信，講清楚漏水位置、開始日期同埋你希望佢幾時安排檢查。"),
        ("user", "佢係20樓B室嘅馮志強先生，我住19樓B室，海怡半島12座"),
        ("assistant", "明白，我幫你擬一封信。落款用咩名同聯絡方法？"),
        ("user", "Irene Tsang, 電話 9648 2153"),
    ],
    [
        (
            "user",
            "I got scammed on Carousell, paid for a PS5 that never came. what do I need for a police report?",
        ),
        (
            "assistant",
            "Gather screenshots of the listing, the chat, the seller's profile page and your payment record, plus the date and amount transferred.",
        ),
        ("user", "ok. My details for the report: Grace Ng Hui Min, S9023415C, HP 9821 6604"),
        ("assistant", "Got it. When and how did you pay?"),
        ("user", "I transferred $620 via PayNow on 28 Nov"),
    ],
    [
        ("user", "信用卡被盗刷了怎么办"),
        ("assistant", "请立即致电发卡行挂失冻结，并保留交易短信，必要时报警。"),
        ("user", "卡号 5412 9026 9358 4318，持卡人是我妈 冯桂兰，她不太会用手机"),
        ("user", "昨晚在境外被刷了3笔共计¥12,480"),
        ("assistant", "建议您陪同母亲联系银行办理争议交易申请。"),
    ],
    [
        ("user", "I was fired two weeks after telling HR I'm pregnant. is that legal in Malaysia?"),
        (
            "assistant",
            "Under the Employment Act 1955, terminating a female employee during pregnancy is generally prohibited except for misconduct, wilful breach of contract or closure of business. You can complain to the Labour Department.",
        ),
        ("user", "ok please draft a complaint to JTK"),
        ("assistant", "Sure. I need your name, your employer's name and the relevant dates."),
        ("user", "Farah Diyana binti Azman. employer is a clinic in Kulai, fired on 3 Nov"),
        ("user", "IC 990611-01-4402"),
    ],
    [
        ("user", "楼下邻居天天晚上唱K到两点"),
        (
            "assistant",
            "可以先和物业、居委会沟通，夜间噪音扰民也可以报警。需要我帮您写一份投诉材料吗？",
        ),
        ("user", "要的，我住北京市朝阳区望京西园三区312号楼"),
        ("user", "1802室，楼下1702的姓胡，叫胡德胜，我电话150 1127 3894"),
    ],
    [
        (
            "system",
            "You are the virtual assistant of a Hong Kong bank's complaints unit. Never ask for full card numbers.",
        ),
        (
            "user",
            "i want to complain, branch staff sold my dad an investment product he doesn't understand",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you tell me when the product was sold and the amount invested?",
        ),
        ("user", "last March, HK$420,000 in some structured note"),
        ("user", "he's 79, Mr Yip Wing Chuen, HKID M183072(A), he can barely read English"),
    ],
    [
        ("user", "Kontraktor ambil deposit renovasi RM8,000 lepas tu hilang"),
        (
            "assistant",
            "Anda boleh failkan tuntutan di TTPM jika kontraktor itu pembekal perkhidmatan. Ada perjanjian bertulis?",
        ),
        ("user", "ada quotation je. Nama dia Zulkifli, nombor dia 011-2357 8842"),
        ("user", "rumah saya No. 8, Jalan Kenanga 3, Taman Bukit Indah, 81200 Johor Bahru"),
        ("assistant", "Baik, saya sediakan draf surat tuntutan terlebih dahulu."),
    ],
    [
        ("user", "my boss never pay my last month salary leh, $2,850, can go MOM?"),
        (
            "assistant",
            "Yes, you can file a salary claim with TADM; they'll arrange mediation with your employer first.",
        ),
        (
            "user",
            "ok I'm Siti Rahmah, work at a bubble tea shop in Jurong, boss name Kenneth Ong, his HP 8290 6617",
        ),
    ],
    [
        ("user", "快递丢了，单号SF1402837765512"),
        ("assistant", "请提供一下收件信息，我帮您整理一份投诉材料。"),
        ("user", "收件人：郭晓燕，电话13926583107，地址广州市天河区龙口西路555号龙苑大厦B座1104"),
    ],
    [
        (
            "user",
            "other driver rear-ended me at a red light on Jalan Ampang, he's refusing to give his insurance details",
        ),
        (
            "assistant",
            "Lodge a police report within 24 hours and take photos of both cars and the plates.",
        ),
        ("user", "I got his plate, VBK 6632, he said his name is Ahmad Shukri. my car is WPJ 8291"),
        ("user", "for the report my name is Daniel Ooi, IC 030219-12-0735"),
    ],
    [
        ("user", "我要寫信給消保官，健身房不讓我解約"),
        ("assistant", "可以，請提供會員合約的簽約日期、方案內容，以及健身房拒絕的理由。"),
        ("user", "我是蔡宜蓁，身分證 E216039587，手機 0937-281-604，會員編號 GM-202301-8841"),
        ("user", "因為我懷孕了，醫生說不能做激烈運動，我有診斷書"),
    ],
    [
        ("user", "can my landlord enter my room without notice? he keeps doing it"),
        (
            "assistant",
            "Generally the tenancy agreement requires reasonable notice (often 24 hours) except in emergencies. Check the 'landlord's right of entry' clause.",
        ),
        ("user", "it's making my anxiety so much worse, I'm already on sertraline for PTSD"),
        ("user", "I'm Hannah Pereira, renting the room at 56 Jalan Tua Kong #02-01"),
    ],
    [
        ("user", "我想报警但又怕，前夫一直跟踪我"),
        ("assistant", "你的安全最重要。遇到紧急情况请立即拨打110。能说说具体情况吗？"),
        ("user", "他叫程伟，开一辆白色比亚迪 粤B·7K29X，经常停在我们小区门口"),
        ("user", "我住在深圳南山区桃源村二期，孩子在附近上小学"),
    ],
    [
        ("system", "Anda ialah pembantu khidmat pelanggan sebuah syarikat telekomunikasi."),
        ("user", "Kenapa saya kena caj roaming RM356 padahal tak pergi luar negara?"),
        ("assistant", "Maaf atas kesulitan. Boleh berikan nombor telefon berdaftar?"),
        ("user", "017-825 3390"),
        (
            "assistant",
            "Terima kasih. Untuk pengesahan, sila berikan nama penuh dan 4 digit terakhir IC.",
        ),
        ("user", "Chong Wai Kit, hujung IC 6157"),
    ],
    [
        ("user", "how do I cancel a contract my grandma signed? she has dementia"),
        (
            "assistant",
            "If she lacked mental capacity when signing, the contract may be voidable. A doctor's memo and a letter to the company are a good start.",
        ),
        (
            "user",
            "her name is Mdm Koh Geok Lian, 84, she signed a $9,800 massage chair package at a roadshow",
        ),
        ("user", "she lives with us at Blk 852 Tampines St 83 #11-210"),
    ],
    [
        ("user", "房东说我提前退租要扣两个月租金，合理吗？"),
        ("assistant", "要看合同约定的违约金条款，一般不能超过实际损失过多。合同里是怎么写的？"),
        ("user", "合同上写的违约金是一个月"),
        ("user", "我把合同信息发你：承租人 谢文博 身份证 4201 0620 0108 2236 51"),
        ("user", "房屋：武汉市武昌区中北路109号1栋2303"),
    ],
    [
        ("user", "我在KL被老板欠薪 leh，可以去哪里投诉？"),
        ("assistant", "可以去 Jabatan Tenaga Kerja（劳工局）投诉，带上工资单、聘用信和转账记录。"),
        (
            "user",
            "好，我的资料：黄丽珍 IC 880423-14-5628, phone 012-615 2047, 工作地点 Mid Valley 的 salon",
        ),
        ("assistant", "收到，我帮你整理成投诉信的格式。"),
    ],
    [
        ("user", "Telco auto-renewed my contract without asking, 24 months!"),
        (
            "assistant",
            "Check the auto-renewal clause first. If the telco won't cancel it, you can apply for mediation under the CCSS.",
        ),
        (
            "user",
            "account holder: Vivian Mak Hoi Yan, a/c 8830-2217-45, email vivianmak.hy@outlook.com",
        ),
    ],
    [
        (
            "system",
            "User profile: name=Melissa Tan Shu Fen; phone=+65 9087 3321; address=10 Sunset Way #03-12, Singapore 597068. Use it to fill letters.",
        ),
        ("user", "can you format this into a proper letter"),
        ("user", "to landlord re deposit, amt 1800, moved out 15/11"),
        (
            "assistant",
            "Here's the draft:\n\nDear Landlord,\nI moved out of the unit on 15 November and the deposit of $1,800 has not been returned. Please refund it within 14 days.\n\nYours sincerely,\nMelissa Tan Shu Fen\n+65 9087 3321",
        ),
    ],
    [
        ("user", "在医美机构做了双眼皮，现在一边高一边低还感染了"),
        ("assistant", "很抱歉。建议先到正规医院就诊并保留病历，再向卫健委或12315投诉。"),
        (
            "user",
            "帮我写投诉，我叫邓雅琪，手术是2025年9月12日做的，花了19800，病历号MR20250912-0377",
        ),
    ],
    [
        ("user", "jiran belakang rumah bakar sampah tiap petang, anak saya sesak nafas"),
        (
            "assistant",
            "Anda boleh buat aduan kepada pihak berkuasa tempatan (PBT) dan Jabatan Alam Sekitar.",
        ),
        ("user", "rumah saya No. 42"),
        (
            "user",
            "Jalan Melor 7, Taman Seri Indah, 43000 Kajang. anak saya Adam Iskandar, umur 6, ada asma",
        ),
    ],
    [
        ("user", "My card was charged twice by an online merchant"),
        (
            "assistant",
            "Please don't share the full card number. Which bank is it and what was the amount?",
        ),
        ("user", "OCBC, S$649 x2, card ****7109"),
        ("user", "我叫 Wong Jia Hui，生日 1990/07/14，手机 9375 1048，bank 说要我自己联系商家"),
    ],
]
