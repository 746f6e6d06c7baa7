# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat32: translation and proofreading chats in English, Chinese and Malay (letters, certificates, CVs, menus, poems, manuals, legal notices). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat32
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "translation request"): _lines("""
        Can you translate this menu into Malay? Hainanese Chicken Rice $5.50, Char Kway Teow $6, Kaya Toast Set $3.80 (w 2 soft-boiled eggs)
        Translate to Simplified Chinese: "Press and hold the POWER button for 3 seconds until the LED blinks blue. Default pairing PIN: 0000."
        pls proofread our church notice: "Our Lady of Lourdes Church, 50 Ophir Road, welcomes all visitors. Mass at 7.30am and 6pm daily."
        Translate the poem "Quiet Night Thought" by Li Bai into Malay, keep it 4 lines if possible
        how do i say "certified true copy" in chinese? its for stamping on photocopies of certs
        Should I translate "General Tso's chicken" and "Kung Pao chicken" into Malay or keep them as dish names?
        Translate the error code for our Model WM-8200X manual (rev 3.1, 2025-09) into Chinese: "E-04: Water supply pressure too low. Check that the tap is fully open."
        Proofread our shop signboard pls: "Ah Seng Durian - since 1982 - open daily 10am till sold out"
        Translate Tunku Abdul Rahman's proclamation line "Merdeka!" and the date 31 August 1957 into Mandarin for a history worksheet
        Quick one: "Dear Sir/Madam" or "Dear Sir or Madam" for a formal complaint letter to the town council?
        For a reading worksheet, translate into Malay: "Sherlock Holmes lived at 221B Baker Street with his friend Dr John Watson."
        Can you translate the courier status for SPXMY0271948836 into Chinese? It says "Parcel held at customs for inspection, 04/12/2025 14:32".
        Translate this legal disclaimer to Chinese: "The Company shall not be liable for any indirect or consequential loss arising from the use of this product."
    """),
    ("en", "assistant reply"): _lines("""
        For a certified translation in Singapore, most agencies will ask to see the original document, stamp every page and attach a translator's affidavit sworn before a Commissioner for Oaths.
        I've translated the menu. "Buddha Jumps Over the Wall" (佛跳墙) is a dish name, so I kept the literal English with the pinyin Fó Tiào Qiáng in brackets.
        Before you paste the document, please blank out IC numbers, phone numbers and addresses - I only need the wording to check the grammar.
        The Chinese Embassy in Kuala Lumpur is at 229 Jalan Ampang, 50450 Kuala Lumpur; document legalisation is by online appointment only.
        In this poem, 明月 refers to the bright moon, not a person called Mingyue, so I rendered it as "the bright moon".
        Version 2.4.1 of the manual (build 20250917-a3f9c2e) extends the warranty from 12 to 24 months; I updated the Malay text to match.
        Sorry, I can't look up or verify anyone's identity card number. Please check directly with the issuing authority.
        I kept invoice no. INV-2025-004417 and the amount RM 3,280.00 exactly as in the source, since reference numbers should never be localised.
        Translated: "Dr Sun Yat-sen stayed in this villa in 1906 while raising funds for the Tongmenghui." This matches the Sun Yat Sen Nanyang Memorial Hall brochure wording.
        In legal notices, "Take notice that" is usually rendered in Malay as "Sila ambil perhatian bahawa".
        Keep official names such as Queen Elizabeth Hospital or Tun Hussein Onn National Eye Hospital in their registered English form; don't translate the personal names inside them.
        For an English CV you usually don't need your ID number, marital status, religion or a photo - just name, phone, email and LinkedIn are enough.
        Here's the Malay version of your product recall notice; I kept the batch range 2024A0316-2024A0502 and model KX-2208 unchanged.
        Done. Note that in Hong Kong the stamp duty on a tenancy agreement is normally shared equally by landlord and tenant, and is paid to the IRD Stamp Office within 30 days.
    """),
    ("en", "template"): _lines("""
        Dear [Recipient Name], thank you for your order #[Order ID]. Your item will be delivered to [Delivery Address] within 3-5 working days.
        CERTIFICATE OF COMPLETION - This is to certify that ______________________ has successfully completed the 40-hour Workplace Safety and Health Course.
        CV header template v2: {first_name} {last_name} | Tel: {phone} | Email: {email} | LinkedIn: {linkedin_url}
        I, <FULL NAME>, NRIC No. <XXXXXXXXX>, of <ADDRESS>, do solemnly and sincerely declare that the facts stated herein are true.
        Mr & Mrs [Father's Name] request the honour of your presence at the marriage of their daughter [Bride's Name] to [Groom's Name] on [Date] at [Venue].
        Example address block for the style guide: John Doe, 123 Main Street, Anytown, ST 12345, (555) 010-0199
        Sample reference for the translation test: Jane Smith, Senior Analyst, jane.smith@example.com
        Translator's statement: I, [translator name], certify that I am competent to translate from Chinese into English and that the attached is a true and accurate translation of the [document type].
        Leave application: "I would like to apply for __ day(s) of leave from __/__/____ to __/__/____ due to ____________."
        Employment letter template: This is to confirm that [Employee Name] has been employed by [Company] as [Position] since [Start Date]. Salary: [Amount] per month.
        Marriage certificate translation template - Holder: [Name] / Date of Registration: [YYYY-MM-DD] / Certificate No.: J[XXXXXX]-[YYYY]-[NNNNNN] / ID No.: [18 digits]
        Birth certificate field map (BM to EN): Nama Kanak-kanak = Name of Child; No. Daftar = Registration No.; Nama Ibu = Mother's Name; Nama Bapa = Father's Name
    """),
    ("zh-Hans", "翻译请求"): _lines("""
        帮我把这份菜单翻成英文：麻婆豆腐 28元、东坡肉 48元、宫保鸡丁 32元、夫妻肺片 26元
        请把李白的《静夜思》翻译成马来语，尽量押韵，给孩子学校的文化周用
        这句说明书怎么翻比较地道：“首次使用前请充电8小时，切勿使用非原装充电器。”
        公证书里的“兹证明”一般怎么翻？This is to certify that 可以吗？
        请把这条召回公告翻成英文：型号KX-2208、批次2024A0316至2024A0502的电热水壶存在漏电风险，请立即停止使用。
        帮忙翻一下店门口的牌子：本店地址：中山路128号（孙中山纪念馆斜对面），营业时间 10:00-22:00
        《红楼梦》里“林黛玉进贾府”这一回，英文一般怎么译标题？霍克思版和杨宪益版有啥区别
        订单号20251203458812的发票抬头是“深圳市科创电子有限公司”，英文名怎么翻比较规范？
        请把“如有疑问请拨打国家移民管理局12367服务热线”翻译成英文
        合同里的“甲方”“乙方”翻成英文用 Party A / Party B 可以吗，还是要写公司全称？
        请翻译：“纪念毛泽东同志诞辰130周年座谈会于2023年12月26日在北京人民大会堂举行。”
        我想把王安石的“春风又绿江南岸，明月何时照我还”翻成英文，绿字怎么处理？
        产品手册第3.2节帮我校对英文：“Rated voltage 220V~50Hz, rated power 1800W, IPX4 waterproof.”
    """),
    ("zh-Hans", "办理流程"): _lines("""
        国外学历学位认证可在教育部留学服务中心官网在线申请，材料齐全的情况下一般10个工作日出结果。
        办理海牙认证（附加证明书）前，需先在公证处办理公证，再向外交部领事司或其委托的地方外办申请。
        翻译件需加盖翻译公司公章及翻译专用章，并附营业执照副本复印件，个人自行翻译的一般不被认可。
        无犯罪记录证明应向户籍所在地或经常居住地派出所申请，申请人需携带本人身份证原件。
        模板：兹证明________（姓名），性别____，身份证号码____________________，系我单位在职职工。
        温馨提示：请勿在对话中粘贴身份证号、银行卡号等敏感信息，翻译时可用“XXX”代替。
        出生医学证明翻译件格式：标题译为 Medical Certificate of Birth，编号栏照录原编号，不要意译。
        各地公证处办理流程和收费标准可拨打12348公共法律服务热线咨询。
        《个人信息保护法》第二十八条规定，敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息。
        驾驶证翻译件用于境外租车时，需注明准驾车型，并与驾驶证原件同时出示。
        学位证书编号一般为16位，前五位是学校代码，例如北京大学为10001、清华大学为10003。
        简历翻译建议：英文简历不需要写民族、政治面貌和身高体重，照片也可以不放。
        境外使用的出生医学证明，需先到公证处办理出生公证，公证书附英文译文，再办理领事认证或海牙认证。
    """),
    ("zh-Hant", "翻譯與校對"): _lines("""
        幫我將呢份餐牌譯做英文：楊枝甘露 $38、菠蘿油 $12、鴛鴦 $18、西多士 $28
        請問「宣誓證明書」英文係咪叫 Statutory Declaration？定係 Affidavit？
        麻煩校對：「孫中山紀念館位於香港中環衛城道7號，逢星期四休館。」
        呢首係徐志摩嘅《再別康橋》，想譯成馬來文，第一句「輕輕的我走了」點譯好？
        請將「如有查詢，請致電入境事務處熱線 2824 6111」翻譯成英文。
        伊利沙伯醫院位於九龍加士居道30號，英文地址應該點寫？
        台灣的身分證字號格式是一個英文字母加九個數字，翻譯證件時請保留原格式，不要加空格。
        說明書第5頁：產品型號 HX-7720，韌體版本 v5.03.118，序號請見機身底部貼紙。
        請幫我把「本店由陳記家族於1953年創立」翻成英文，放在官網 About Us 頁面。
    """),
    ("ms", "permintaan terjemahan"): _lines("""
        Tolong terjemahkan menu ni ke BI: Nasi Lemak Ayam Rendang RM9.90, Mee Goreng Mamak RM7.50, Teh Tarik RM2.20
        Boleh translate sajak "Aku" karya Chairil Anwar ke bahasa Cina? utk pertandingan deklamasi sekolah
        Apa maksud "surat akuan sumpah" dalam English? Statutory declaration ke affidavit?
        Tolong semak ayat ni: "Kedai Runcit Haji Ismail dibuka dari 7 pagi hingga 11 malam setiap hari."
        Terjemah arahan ni ke BM: "Do not immerse the base unit in water. Model AF-350, 1500W, 220-240V~ 50Hz."
        Macam mana nak translate "Yang Berhormat" dan "Yang Berbahagia" dalam surat rasmi ke English?
        Lirik lagu "Getaran Jiwa" nyanyian P. Ramlee - boleh terjemah rangkap pertama ke English?
        Papan tanda ni nak buat dwibahasa: "Jalan Tun Razak - Hospital Kuala Lumpur 2 km"
        Notis ni perlu dalam BI: "Semua penyewa gerai di Pasar Besar Seremban dikehendaki memperbaharui lesen sebelum 31 Disember 2025."
        tolong translatekan utk manual customer: "Nombor siri terletak di bahagian bawah unit (contoh: SN 7A3F-2291-KX)"
        Hang Tuah dikatakan pernah berkata "Takkan Melayu hilang di dunia" - macam mana nak terjemah ke Mandarin?
        Boleh check grammar: "Sijil ini dianugerahkan kepada peserta yang telah menamatkan kursus selama 3 hari."
        Terjemahkan ke BI: "Invois No. INV/KL/2025/00873, jumlah perlu dibayar RM 142.35, tarikh akhir 20/12/2025."
    """),
    ("ms", "panduan rasmi"): _lines("""
        Permohonan pasport Malaysia boleh dibuat di mana-mana pejabat Jabatan Imigresen; bawa MyKad asal dan bayaran RM200 untuk tempoh 5 tahun.
        Terjemahan dokumen untuk kegunaan mahkamah perlu dibuat oleh jurubahasa bertauliah atau disahkan oleh Institut Terjemahan & Buku Malaysia (ITBM).
        Pengesahan dokumen: Bahagian Konsular, Kementerian Luar Negeri, No. 1 Jalan Wisma Putra, Presint 2, 62602 Putrajaya.
        Untuk laporan polis, sila ke balai polis berhampiran atau hubungi talian kecemasan 999.
        Talian Kasih 15999 menyediakan khidmat kaunseling 24 jam untuk mangsa keganasan rumah tangga.
        Jangan hantar gambar MyKad penuh dalam chat; tutup nombor KP dan gambar muka sebelum minta terjemahan.
        Format nombor KP: YYMMDD-PB-###G, di mana PB ialah kod negeri atau negara kelahiran dan digit terakhir menunjukkan jantina.
        Templat: "Saya, [NAMA PENUH], No. KP [XXXXXX-XX-XXXX], beralamat di [ALAMAT], dengan sesungguhnya dan sebenarnya mengaku bahawa..."
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada data peribadi yang diproses dalam transaksi komersial.
        Cabutan sijil kelahiran yang hilang boleh dipohon semula di mana-mana pejabat JPN dengan bayaran RM5.
        Mahkamah Tinggi Kuala Lumpur terletak di Kompleks Mahkamah Kuala Lumpur, Jalan Duta, 50506 Kuala Lumpur.
        Hospital Tunku Azizah (Hospital Wanita dan Kanak-Kanak Kuala Lumpur) menerima rujukan pediatrik dari seluruh negara.
        Sijil nikah dari luar negara perlu didaftarkan di Pejabat Agama Islam Daerah dalam tempoh 6 bulan selepas pasangan pulang ke Malaysia.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        pls proofread this reference letter before I sign it: "I have supervised Ms Priya d/o Ramasamy (NRIC S8834127I) at Harbourline Marine Pte Ltd since March 2019. She leaves us on good terms; her last drawn salary was S$6,450/month."
        Translate into Chinese for the parent: "Dear Mr Ong, Ethan Ong Jun Hao (P4 Integrity) was sent to the sick bay twice this week with asthma attacks. Kindly replace his inhaler and submit the MC by Friday."
        Can you fix the grammar on my CV header? Nur Aisyah binti Kamarudin | 012-738 4410 | aisyah.kamarudin92@gmail.com | No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Translate this legal notice into Malay pls: TAKE NOTICE that LIM CHEE KEONG (NRIC 880221-01-6339) of 18 Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru was adjudged bankrupt on 4 June 2025, Bankruptcy No. JA-29NCC-1187-06/2024.
        Please make this sound more formal, it's for the visa officer: "We hereby invite Mr ZHAO Lei, Chinese passport no. E72918304, born 15 Feb 1990, to attend the annual partners' meeting at our Singapore office from 3 to 7 March."
        Translate the discharge summary to Malay for her family: Patient WONG SIEW LAN, 67F, MRN 00488213, admitted 2/11 for L breast lump, histology confirms invasive ductal carcinoma stage IIA, for adjuvant chemo at oncology clinic.
        can u translate this note from my daughter's school counsellor into Chinese so my mum understands - "Sofia Tan (Sec 3 Bestari) has disclosed self-harm since her parents' separation; we have referred her to the child guidance clinic."
        Proofread: "I, Tan Mei Ling, authorise OCBC to debit my account 601-284739-001 for the monthly instalment of S$1,180 towards my HDB flat at Blk 318C Anchorvale Link #12-447."
        Can you translate our wedding invite into Malay? "Together with their families, Jonathan Lee Kah Meng & Sharmila Devi a/p Rajan invite you to their wedding on 14 Feb 2026 at 27 Jalan Kemuning 12, Taman Kemuning, 41050 Klang. RSVP Sharmila 016-335 8120"
        Translate this police report extract to Chinese for my insurer: "At about 2140 hrs on 18/10/2025 my car Perodua Myvi WXY 4821 was hit from behind by lorry BKE 2276 driven by one Kumaran a/l Velu. I, Chua Boon Hock, sustained neck injuries."
        Is this deed poll notice grammatical? "I, SITI NUR AMALINA BINTI ZULKIFLI, NRIC 920614-13-5086, formerly known as LAU MEI XIAN, hereby renounce and abandon the use of my former name."
    """),
    "zh-Hans": _lines("""
        帮我把这份在职收入证明翻成英文，签证要用：兹证明韩志鹏（身份证号440304198706132911）自2019年7月起在我司任高级工程师，月薪税前人民币32,000元。
        翻译成英文：出生医学证明 新生儿姓名 许若溪 性别 女 出生时间 2023年09月02日 出生地点 浙江省杭州市 母亲姓名 许静 父亲姓名 邓立新 编号 Q330271846
        帮我润色下这封给房东的信：王阿姨您好，我是住502的小周（周嘉伟），我妈最近在湘雅医院做化疗，这个月房租能不能晚一周交？
        请帮我把无犯罪记录证明翻成英文：经查询，刘倩，女，身份证号码510107199908152866，在我辖区居住期间，未发现有犯罪记录。成都市公安局武侯区分局玉林派出所 2025年10月
        这段翻成英文发给外国客户：有问题随时加我微信 linxiao_0612 或者直接打我手机 139 2871 4406，我是林晓，负责你们这单的跟单。
        帮忙校对一下离婚协议的英文译本：男方孙浩（身份证号420106197804300716）与女方赵敏自愿离婚，婚生女孙可馨由女方抚养，男方每月5日前支付抚养费人民币4,000元。
        把这句翻成英文给商家：退款请打到我的建行卡 6217 0002 3019 4785，户名蒋丽，别退到支付宝了
        请翻译这份事故认定书摘要：2025年8月17日，驾驶人吴海涛驾驶粤B·7K29Q小型轿车在深南大道与行人发生碰撞，吴海涛负事故全部责任。
        帮我把这句翻成英文跟导师请假用：我们组的博士生宋一凡上周确诊了重度抑郁症，这学期组会他可能都来不了。
        成绩单翻译：姓名 冯子涵 学号 2021301876 华中科技大学计算机科学与技术学院 GPA 3.72/4.0 出生日期 2003-04-11
        结婚证翻译一下：持证人 顾雨桐 登记日期 2024年05月20日 结婚证字号 J320502-2024-003817 女方 顾雨桐 身份证件号 320502199203184424 男方 许博文
    """),
    "zh-Hant": _lines("""
        請幫我把這張診斷證明書翻成英文：病人 陳美玲 身分證字號 F226173908 出生 1979/05/16 診斷：第二型糖尿病合併腎病變，建議持續門診追蹤。
        幫我校對呢封推薦信英文版：黎詠晴小姐（香港身份證 Y730264(7)）由2021年起於本公司擔任會計助理，工作認真負責。
        幫我將呢段授權書譯做英文：本人石家樂（聯絡電話 6218 5903）授權胞妹石家欣代為領取本人於伊利沙伯醫院之醫療報告。
        請幫我翻成英文給房仲：我是承租人張育誠，LINE ID: yuchengchang88，手機 0912-376-450，想約週六下午看房。
        請幫我把以下傳票內容翻成英文：區域法院民事訴訟 DCCJ 4417/2025，原告鄧家豪控告被告葉秀英，追討欠款港幣$285,000及利息。
    """),
    "ms": _lines("""
        Tolong terjemah ke BI, nak hantar kat embassy: Saya, Muhammad Hafiz bin Roslan, No. KP 900412-14-5573, dengan ini mengesahkan bahawa saya akan menanggung semua kos perjalanan anak saudara saya.
        Boleh semak ejaan surat tawaran ni? "Kepada Puan Siti Khadijah binti Osman, No. 12, Lorong Seri Kenangan 4, Taman Seri Kenangan, 13700 Perai. Gaji pokok RM4,200 sebulan berkuat kuasa 1 Januari 2026."
        tolong translate ni ke english, nak hantar kat HR: anak saya Aqil Danish (7 thn) masuk wad Hospital Sultanah Aminah sebab denggi, jadi saya Rosnah binti Yusof nak mohon cuti 3 hari
        Translate ke Cina untuk customer: "Kalau ada apa-apa, terus WhatsApp saya 017-662 9081 ye. - Kak Ina (Zarina Abdullah), Butik Ina Collection"
        Tolong terjemah saman ni ke BI: Guaman No. WA-A52NCvC-331-08/2025, Plaintif GOPAL A/L MUNIANDY menuntut RM85,000 daripada Defendan CHONG KAH WAI atas kemungkiran perjanjian jual beli kereta.
        Betulkan BM saya: Sila masukkan duit sewa bulan ni ke akaun CIMB 8011493725 atas nama Noraini binti Hashim, pastu screenshot hantar kat sy
        Tolong susun semula CV ni dlm BI: Nama: Kavitha a/p Subramaniam, Tarikh lahir 03/07/1995, Tel 019-482 7735, Gaji semasa RM5,800, gaji dijangka RM7,000, notis 1 bulan.
        Terjemah ke BI: Encik Faizal bin Rahmat, NRIC T0392685G, Blk 512 Jurong West St 52 #09-114, S640512, telah disahkan menghidap tibi dan perlu diasingkan selama 2 minggu.
        Tolong translatekan: "Pasport Malaysia No. A58214739 atas nama NUR FARHANA BINTI AHMAD telah hilang di Lapangan Terbang Changi pada 22/11/2025."
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "能帮我把外婆写的信翻成英文吗？我老公是外国人想看看"),
        ("assistant", "当然可以，请把信的内容贴过来。"),
        (
            "user",
            "小敏：见字如面。外婆最近血压又高了，上礼拜在县医院住了五天，医生说是脑供血不足，不用担心。你寄的钱收到了，以后寄到我新办的农行卡，尾号8561，户名陈秀英。外婆 十一月廿三",
        ),
        (
            "assistant",
            "Dear Xiaomin, reading this letter is like seeing you in person. Grandma's blood pressure has been high again; last week I stayed in the county hospital for five days...",
        ),
    ],
    [
        ("user", "Boleh tolong translate surat pengesahan majikan ke BI?"),
        (
            "assistant",
            "Boleh. Sila tampal teks surat, dan jika boleh tutup maklumat peribadi yang tidak diperlukan.",
        ),
        (
            "user",
            "Dengan ini disahkan bahawa Encik Mohd Shafiq bin Ismail telah berkhidmat sebagai juruteknik di syarikat kami sejak Mac 2021.",
        ),
        ("user", "No. KP beliau 010215-10-6047, gaji kasar RM3,650 sebulan."),
        (
            "assistant",
            "This is to confirm that Mr Mohd Shafiq bin Ismail has been employed as a technician with our company since March 2021...",
        ),
    ],
    [
        ("user", "帮我把菜单翻成英文：东坡肉、佛跳墙、叫花鸡、西湖醋鱼"),
        (
            "assistant",
            "Dongpo Braised Pork; Buddha Jumps Over the Wall; Beggar's Chicken; West Lake Fish in Vinegar Gravy",
        ),
        ("user", "谢谢！顺便把外卖备注也翻一下，给外国骑手看的"),
        (
            "user",
            "收货人：葛晓峰 13652288017 浦东新区张杨路1688弄5号1202 放门口就行别敲门，宝宝在睡觉",
        ),
    ],
    [
        (
            "system",
            "You are the translation assistant of Lingua Bridge Pte Ltd. Current job LB-55120, client Mdm Goh Bee Choo (NRIC S7712049A), contact 8745 1296. Output English only.",
        ),
        (
            "user",
            "Please translate the heading and first line of the certificate of divorce: 离婚证 持证人 吴碧珠 登记日期 2024年06月11日",
        ),
        (
            "assistant",
            "Certificate of Divorce - Holder: GOH Bee Choo (吴碧珠) - Date of Registration: 11 June 2024",
        ),
    ],
    [
        (
            "user",
            "hey can u proofread my CV summary? Marketing exec w 5 yrs exp in FMCG, skilled in campaign mgmt and data analytics",
        ),
        (
            "assistant",
            'Sure! Suggested: "Marketing executive with five years\' experience in FMCG, skilled in campaign management and data analytics."',
        ),
        (
            "user",
            "nice. and the top line - Marcus Teo Wei Ming, hp 9127 4830, marcus.teo.wm@outlook.com - is this format ok?",
        ),
        ("assistant", "Yes, that's fine; you could separate the items with vertical bars."),
    ],
    [
        ("user", "可唔可以幫我將份租約嘅重點譯做英文？業主係外國人"),
        ("assistant", "可以，請貼上需要翻譯嘅段落。"),
        (
            "user",
            "租客：何志明（香港身份證 K482915(8)）\n物業地址：新界沙田第一城38座22樓F室\n租金：每月港幣$14,500，租期兩年",
        ),
        (
            "assistant",
            "Tenant: HO Chi Ming (HKID K482915(8))\nPremises: Flat F, 22/F, Block 38, City One Shatin, New Territories\nRent: HK$14,500 per month, term of two years",
        ),
    ],
    [
        (
            "user",
            "Saya tulis sajak untuk isteri, boleh tolong translate ke English? nak post kat IG",
        ),
        ("assistant", "Boleh, sila kongsi sajaknya."),
        (
            "user",
            "Untukmu Nurul Izzati,\nsembilan tahun kita bersama,\ndan pagi tadi doktor di Klinik Kesihatan Bangi sahkan\nkau mengandung anak ketiga kita,\nmeski darah tinggimu buat aku risau.",
        ),
    ],
    [
        (
            "user",
            'Translate to Chinese pls: "To reset the router, press the RESET pin for 10 s. Firmware v4.12.3 or later required."',
        ),
        ("assistant", "请用尖物按住RESET孔10秒以重置路由器。需要固件版本 v4.12.3 或更高。"),
        (
            "user",
            "great. also the warranty card: Purchaser: Rajesh Kumar s/o Pillai; Address: 9 Jalan Besar #03-12, Singapore 208790; Tel: 8126 5573; Serial: RT-AX58-99127; Date of purchase 02/11/2025",
        ),
    ],
    [
        ("user", "学位证书翻译的格式有要求吗？"),
        (
            "assistant",
            "一般保留原件版式，证书编号、日期照录，末尾附译者声明并加盖翻译公司章。",
        ),
        (
            "user",
            "好的，内容如下：罗佳怡，女，2001年1月9日生。在杭州电子科技大学软件工程专业完成了本科学业，成绩合格，授予工学学士学位。证书编号：1033642022001573",
        ),
        (
            "assistant",
            "LUO Jiayi, female, born on 9 January 2001, has completed the undergraduate programme in Software Engineering at Hangzhou Dianzi University...",
        ),
    ],
    [
        (
            "user",
            "I need to publish a change-of-name notice in the papers. Can you check my English?",
        ),
        ("assistant", "Of course - please paste the draft."),
        (
            "user",
            "NOTICE OF CHANGE OF NAME: I, CHEONG XIN YI (NRIC S9146620A) of Blk 88 Telok Blangah Heights #11-402, Singapore 100088, formerly known as CHEONG HUI MIN, have by deed poll dated 28 Nov 2025 adopted the name CHEONG XIN YI.",
        ),
    ],
    [
        ("user", "macam mana nak translate 'surat akuan bujang' ke English?"),
        (
            "assistant",
            "Biasanya disebut 'Statutory Declaration of Single Status'. Templat: 'I, [FULL NAME], NRIC No. [...], of [ADDRESS], do solemnly and sincerely declare that I am not married...'",
        ),
        (
            "user",
            "ok tolong isikan guna details saya: Lee Wan Ting, KP 951130-07-5128, alamat 16-3-8 Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang",
        ),
        (
            "assistant",
            "I, LEE WAN TING, NRIC No. 951130-07-5128, of 16-3-8 Taman Sri Nibong, 11900 Bayan Lepas, Penang, do solemnly and sincerely declare that I am unmarried...",
        ),
    ],
    [
        ("system", "你是一名医学翻译助手，术语需准确，保留原文数值和单位。"),
        ("user", "我爸下个月要去新加坡看病，病历要翻成英文"),
        (
            "user",
            "患者：邹德明，男，59岁。主诉：间断咳嗽伴痰中带血2月。胸部CT：右肺上叶占位3.2×2.8cm，考虑周围型肺癌。护照号 EB3305127",
        ),
        (
            "assistant",
            "Patient: ZOU Deming, male, 59 y. Chief complaint: intermittent cough with blood-streaked sputum for 2 months. Chest CT: 3.2 x 2.8 cm mass in the right upper lobe, suspicious for peripheral lung cancer.",
        ),
    ],
    [
        ("user", "my landlord sent me this on WeChat, what does it say?"),
        (
            "user",
            "小王，下个月开始房租涨到5800，押金还是按原来的。转账请转到我建行卡 4367 4201 3995 2013，户名邵国平。有事打我电话15807312264",
        ),
        (
            "assistant",
            'It says: "Xiao Wang, from next month the rent goes up to 5,800; the deposit stays the same. Please transfer to my CCB card, account name Shao Guoping. Call me if anything comes up."',
        ),
    ],
    [
        ("user", "能帮我把李白《将进酒》的前两句翻成英文吗"),
        (
            "assistant",
            "Do you not see the Yellow River's waters coming down from the sky, rushing to the sea, never to return?",
        ),
        ("user", "谢谢。我自己也写了一首给女儿的，也帮我翻一下"),
        (
            "user",
            "《给语桐》\n温语桐，二〇一九年五月二十日\n你在杭州邵逸夫医院出生\n早产三周，在保温箱里住了十八天\n如今你已经会背《静夜思》了",
        ),
    ],
    [
        ("user", "Firma guaman kami perlu translate notis tuntutan ni ke BI, tolong ye"),
        ("assistant", "Baik, sila tampal kandungan notis."),
        (
            "user",
            "Kepada: Encik Ravi a/l Krishnan, No. 45, Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong. Kami bertindak bagi pihak Syarikat Kredit Mutiara Sdn Bhd. Tuan berhutang RM23,450.60 di bawah perjanjian sewa beli kenderaan BNM 3318. Sila jelaskan dalam tempoh 14 hari.",
        ),
    ],
    [
        (
            "user",
            'Can you polish this? "Jasmine Kaur has been our nanny for 3 years, she is very good with kids and she is honest. Her WP FIN is G5521073Q."',
        ),
        (
            "assistant",
            "To whom it may concern: Ms Jasmine Kaur has worked as our family's nanny for three years. She is caring, reliable and honest. (FIN: G5521073Q)",
        ),
        ("user", "perfect, add that she's leaving because her mum back in Amritsar had a stroke"),
    ],
    [
        ("user", "帮我写个英文的寻物启事，我在樟宜机场T3丢了一个黑色双肩包"),
        (
            "assistant",
            "LOST: Black backpack, Changi Airport Terminal 3. If found, please contact [phone number]. Reward offered.",
        ),
        ("user", "联系电话就写我的，前面是 186 2039"),
        ("user", "后四位 7751，名字写 Kevin Liang（梁凯文）"),
    ],
    [
        (
            "user",
            "I need to translate my appeal letter to HDB into Chinese so my mother can read it before signing",
        ),
        ("assistant", "Sure, please paste the letter."),
        (
            "user",
            "Dear Sir/Madam, I am writing on behalf of my mother, Mdm Lau Ah Moi, 78, who lives alone at Blk 207 Bishan St 23 #05-331. She was diagnosed with moderate dementia at Tan Tock Seng Hospital in August and can no longer manage her own finances.",
        ),
    ],
    [
        ("user", "把这段说明书翻成马来文：本产品适用于220V电压，请勿在浴室等潮湿环境使用。"),
        (
            "assistant",
            "Produk ini sesuai untuk voltan 220V. Jangan gunakan di tempat lembap seperti bilik air.",
        ),
        ("user", "还有一封客户投诉邮件帮我翻成中文，是马来西亚那边发来的"),
        (
            "user",
            "Saya Nor Hidayah binti Salleh, beli pemanas air model WH-220 pada 12/10. Semalam ia meletup dan tangan saya melecur tahap dua, sekarang dirawat di Hospital Serdang. Sila hubungi saya di 013-990 2176.",
        ),
    ],
    [
        (
            "user",
            "Tolong translate menu Restoran Pak Mat ke English: Nasi Kerabu, Ayam Percik, Laksa Kelantan, Air Sirap Bandung",
        ),
        (
            "assistant",
            "Nasi Kerabu (blue herb rice), Ayam Percik (grilled spiced chicken), Kelantan Laksa, Sirap Bandung (rose syrup milk)",
        ),
        (
            "user",
            "Terima kasih. Satu lagi, senarai pekerja untuk borang permit majlis, tolong translate header je",
        ),
        (
            "user",
            "Bil | Nama | No. KP | Jawatan\n1 | Ahmad Syukri bin Mat Zin | 780903-12-5211 | Tukang masak\n2 | Siti Aminah binti Che Lah | 850127-03-5490 | Pembantu dapur",
        ),
    ],
    [
        (
            "user",
            "Need an English translation of my son's birth cert for his passport application in the UK",
        ),
        ("assistant", "Please paste the fields you need translated."),
        (
            "user",
            "Nama Kanak-kanak: ARYAN DEV A/L SARAVANAN\nNo. Daftar: BR71204\nTarikh Lahir: 14/02/2024\nTempat Lahir: Hospital Raja Permaisuri Bainun, Ipoh\nNama Ibu: DEEPA A/P RAMAN, KP 970808-08-5424",
        ),
        (
            "assistant",
            "Name of Child: ARYAN DEV A/L SARAVANAN\nRegistration No.: BR71204\nDate of Birth: 14/02/2024\nPlace of Birth: Raja Permaisuri Bainun Hospital, Ipoh\nMother's Name: DEEPA A/P RAMAN, NRIC 970808-08-5424",
        ),
    ],
    [
        (
            "system",
            "用户档案（记忆）：姓名 屈梦瑶；邮箱 qumengyao.work@163.com；手机 177 5109 3386；申请方向 英国计算机硕士；雅思 7.0",
        ),
        (
            "user",
            "帮我把个人陈述第一段翻成英文：我从小在县城长大，第一次接触电脑是在初中的机房里。",
        ),
        (
            "assistant",
            "I grew up in a small county town, and my first encounter with a computer was in my middle school's computer lab.",
        ),
    ],
    [
        ("user", "help me write an apology note in Chinese to my neighbour, our dog bit her kid"),
        ("assistant", "Of course. Could you tell me what happened and what you'd like to say?"),
        (
            "user",
            "Neighbour is Ms Kwok at Blk 450 Sengkang West Way #08-21, her son Jayden (5) needed 4 stitches at KK Hospital on Sunday. I'm Arun from #08-23, I'll pay all the medical bills",
        ),
    ],
    [
        ("user", "这份法院公告要翻成英文给对方律师看"),
        (
            "user",
            "蔡建平：本院受理原告何丽娟诉你民间借贷纠纷一案，案号（2025）粤0305民初12847号。因你下落不明，现依法向你公告送达起诉状副本及开庭传票。原告诉请判令你归还借款人民币38万元及利息。",
        ),
        (
            "assistant",
            "To CAI Jianping: This Court has accepted the private lending dispute filed against you by the plaintiff HE Lijuan, Case No. (2025) Yue 0305 Min Chu No. 12847...",
        ),
    ],
    [
        ("user", "pls translate this customer msg into Chinese, my baker doesn't read Malay"),
        (
            "user",
            "Hi boss, saya nak order kek coklat 2kg untuk birthday anak saya Aisyah yg ke-5, Sabtu ni. Tolong hantar ke No 8 Jalan Cempaka 2, Taman Melawati, 53100 KL. Nama saya Farah, 011-2345 8891. Aisyah alah kacang ye",
        ),
        (
            "assistant",
            "老板您好，我想订一个2公斤的巧克力蛋糕，给我女儿Aisyah过5岁生日，本周六要。请送到吉隆坡Taman Melawati, Jalan Cempaka 2 8号。我叫Farah，电话011-2345 8891。Aisyah对花生过敏。",
        ),
    ],
]
