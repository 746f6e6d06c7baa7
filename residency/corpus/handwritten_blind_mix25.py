# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix25: PII-task instruction-tuning pairs (extract, redact, classify, translate forms, synthetic records, policies) in English, 中文 and Bahasa Melayu. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix25
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "entity extraction"): _lines("""
        ### Instruction: Extract all PERSON, ORG and LOC entities as JSON. ### Input: Satya Nadella, chief executive of Microsoft, announced the acquisition in Redmond on Tuesday. ### Response: {"PERSON": ["Satya Nadella"], "ORG": ["Microsoft"], "LOC": ["Redmond"]}
        {"instruction": "List every person mentioned and their role.", "input": "In 1819 Stamford Raffles landed in Singapore; William Farquhar became its first Resident.", "output": "Stamford Raffles - founder of British Singapore (historical figure); William Farquhar - first Resident and Commandant (historical figure)."}
        Q: Which tokens in "Invoice INV-2025-004417 issued 2025-11-03T09:14:22Z, total USD 1,284.50, ref 7f3c9a1e" are PII? A: None. The invoice number, timestamp, amount and hex reference are transaction metadata and cannot identify a natural person on their own.
        ### Instruction: Pull out all tracking numbers. ### Input: Your parcel SPXMY0298817734 has left the Shah Alam hub; parcel JNTMY600219384 is out for delivery. ### Response: ["SPXMY0298817734", "JNTMY600219384"]
        Instruction: Tag named entities (fiction is fine). Input: Sherlock Holmes and Dr John Watson shared rooms at 221B Baker Street, where Mrs Hudson was their landlady. Output: PERSON(fictional): Sherlock Holmes, John Watson, Mrs Hudson | ADDRESS(fictional): 221B Baker Street
        Extract ORG and PERSON: "Tan Tock Seng Hospital opened the new Lee Kong Chian wing this morning." -> ORG: Tan Tock Seng Hospital; FACILITY: Lee Kong Chian wing. Note: both names refer to historical benefactors used as building names, not patients or staff.
        prompt: find all version strings and hashes in 'bumped presidio-analyzer 2.2.354 -> 2.2.355 (commit 9e1d4b7c02af), wheel sha256 3b7fe2a0c41d...' | response: versions = [2.2.354, 2.2.355]; commit = 9e1d4b7c02af; sha256 prefix = 3b7fe2a0c41d
        ### Instruction: Identify any PII in this SMS template. ### Input: Dear {{first_name}}, your OTP is {{otp}}. Never share it. Call {{support_phone}} if this wasn't you. ### Response: The template holds no actual personal data; {{first_name}}, {{otp}} and {{support_phone}} are placeholders filled at send time.
        [INST] Extract the email addresses and say whose they are. [/INST] Found 2: privacy@grab.example (the company's DPO mailbox) and noreply@shop.example (an automated sender). Neither belongs to an individual.
        Extract the statistic as JSON: "Median monthly household income in Malaysia was RM6,338 in 2022, according to DOSM." -> {"metric": "median household income", "value": "RM6,338", "year": 2022, "source": "DOSM"}
        Instruction: Does this sentence name a private individual? Input: "Taylor Swift's Eras Tour grossed more than US$2 billion." Output: No - Taylor Swift is a public figure mentioned in her professional capacity.
        NER task, entity types DATE/TIME/MONEY only. Text: "Flight SQ 318 departs 23:55 on 14 Feb, fare SGD 1,142.30." Answer: DATE=14 Feb, TIME=23:55, MONEY=SGD 1,142.30 (SQ 318 is a flight number).
        extract entities -> input: "Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon, A&E hotline 3506 8888" -> output: {"ORG": "Queen Elizabeth Hospital", "ADDRESS": "30 Gascoigne Road, Kowloon", "PHONE": "3506 8888 (hospital switchboard)"}
    """),
    ("en", "redaction"): _lines("""
        ### Instruction: Redact all personal data and keep the clinical structure. ### Response: Patient [NAME], [AGE], of [ADDRESS], was admitted on [DATE] with [CONDITION]. Next of kin: [NAME], [PHONE].
        Task: mask the card number completely. Output: Payment of RM 89.90 received on card ending [REDACTED]; expiry and CVV are never stored.
        Instruction: Write a regex that flags Singapore NRIC/FIN. Output: [STFGM][0-9]{7}[A-Z] - then validate the check letter, because the pattern alone gives false positives on order codes.
        Anonymise the transcript. Output: SPEAKER_1: I'm calling about order #A-88123. SPEAKER_2: Sure, can you confirm your [DOB] and the last four digits of [ID_NUMBER]? SPEAKER_1: [REDACTED].
        ### Instruction: Redact emails but keep functional mailboxes. ### Input: Send access requests to dpo@acme-logistics.example and invoices to accounts@acme-logistics.example. ### Response: No change needed - both are organisational role mailboxes.
        Q: Should "Jalan Tun Razak" be masked as a person's name? A: No. It is a major road in Kuala Lumpur named after the second Prime Minister; tag it as LOCATION, not PERSON.
        The model replaced every name with a consistent pseudonym: "[P1] referred [P2] to [CLINIC_1]; [P2] declined the appointment on [DATE_1]." All direct identifiers are gone.
        Redact the log line. Input: 2025-10-02 11:42:07 INFO user=[USER_ID] ip=[IP] path=/api/v2/orders/ORD-778120 status=200 latency=183ms | Output: unchanged, it is already fully redacted.
        Instruction: redact if needed. Input: "Prime Minister Anwar Ibrahim officiated the groundbreaking of the Penang LRT." Output: No redaction - a head of government acting in an official capacity.
        redact: "For emergencies call 999, for non-emergency police 1-800-255-0000." -> nothing to redact (public service numbers).
        ### Instruction: Generalise quasi-identifiers for k-anonymity (k=5). ### Response: Replace exact age with a 10-year band, 6-digit postal code with the first 2 digits, and job title with its occupation group; drop free-text notes.
        Before: "Hi [CUSTOMER_NAME], your refund of SGD 42.00 for order 2025-SG-190233 is on its way." After: identical - the only personal field is already a placeholder.
        Output (fully redacted complaint): The complainant ([PERSON_A]) alleged that the respondent ([PERSON_B]) withheld the deposit for the unit at [ADDRESS]. Case no. [CASE_ID].
    """),
    ("en", "data protection policy"): _lines("""
        Instruction: Draft a retention clause for recruitment data. Response: Personal data of unsuccessful applicants will be deleted within six months after the position is filled, unless the applicant consents in writing to a longer retention period.
        ### Instruction: Write a breach notification template. ### Response: We are writing to let you know that on [DATE] we detected unauthorised access to [SYSTEM]. The information involved may include [DATA_CATEGORIES]. We have [ACTIONS_TAKEN]. If you have questions, contact our DPO at [DPO_EMAIL].
        Under Singapore's PDPA, an organisation must notify the PDPC no later than 3 calendar days after assessing that a data breach is notifiable.
        Summarise GDPR Article 17 in one sentence. -> Data subjects may ask for erasure of their personal data when it is no longer needed, consent is withdrawn, or it was processed unlawfully, subject to exemptions such as legal obligations.
        Q: What are the routes for cross-border transfer under China's PIPL? A: A CAC security assessment, certification by a specialised body, or the standard contract filed with the provincial CAC - plus separate consent and a PI protection impact assessment.
        Policy snippet (v3.4.1): Staff must not paste customer NRIC, passport or bank details into external AI tools. Use the masked export from the CRM instead.
        Checklist: a DPIA is required before large-scale processing of health data, systematic monitoring of public areas, or automated decisions with legal effect.
        Write a cookie banner, max 40 words. -> We use cookies to keep you signed in and to measure traffic. Accept all, reject non-essential, or manage preferences. See our Cookie Policy for details.
        The Personal Data Protection (Amendment) Act 2024 in Malaysia added mandatory breach notification, a data portability right and a duty to appoint a DPO.
        Instruction: Explain "data minimisation" to new interns. Output: Collect only the fields you actually need for the stated purpose - if the form works without a date of birth, don't ask for it.
        Draft an SOP step: "Before sharing a dataset with a vendor, run the PII scanner, remove direct identifiers, and record the transfer in the ROPA (ticket prefix DPR-)."
        ### Instruction: Who is the data controller in this sentence? ### Input: "Shopee collects delivery addresses to fulfil orders placed on its platform." ### Response: Shopee is the controller; the sentence describes processing but contains no personal data itself.
    """),
    ("zh-Hans", "实体抽取与判别"): _lines("""
        指令：判断以下文本是否包含个人信息。输入：“孙中山先生于1912年1月1日在南京就任中华民国临时大总统。”输出：不包含。孙中山为历史人物，文本为公开史实。
        任务：抽取机构名称。文本：复旦大学附属中山医院与北京协和医院联合发布了新版诊疗规范。答案：["复旦大学附属中山医院", "北京协和医院"]
        标注实体：“鲁迅在《狂人日记》中写道：‘我翻开历史一查……’” → 人物：鲁迅（作家，历史人物）；作品：《狂人日记》
        输入：订单号 JD2025112233445566，运单号 SF1402887736512，实付 ¥269.00。问：是否含个人信息？输出：否。订单号、运单号和金额无法单独识别自然人。
        判断“客服热线 95588，7×24小时服务”是否属于个人信息。答：不属于，这是银行的对公服务热线。
        文本：“林黛玉住在潇湘馆，常年咳嗽服药。”问题：是否涉及真实个人健康信息？回答：否，林黛玉是《红楼梦》中的虚构人物。
        ### 指令：抽取人物及身份 ### 输入：钟南山院士在国务院联防联控机制新闻发布会上介绍了疫情形势。 ### 输出：钟南山（公众人物，以专家身份公开发言）
        文本分类（个人信息/非个人信息）：“本周三下午三点在3号会议室开周会，请大家带上电脑。”标签：非个人信息
        抽取版本号和哈希：“v2.8.1 于 2025-09-30 14:00 发布，SHA1 为 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3” → 版本：v2.8.1；时间：2025-09-30 14:00；SHA1：a94a8fe5ccb19ba61c4c0873d391e987982fbbd3
        输入：“姓名：{{姓名}}，手机号：{{手机号}}，身份证号：{{身份证号}}”。输出：仅为模板占位符，不含真实个人信息。
        指令：识别地址类型。输入：广州市越秀区中山二路58号。输出：中山大学附属第一医院院址，属公共机构地址，不是个人住址。
        问：统计数据“2024年全国居民人均可支配收入41314元”算不算个人信息？答：不算，这是汇总统计，无法指向任何个人。
    """),
    ("zh-Hans", "脱敏与合成数据"): _lines("""
        指令：对以下病历片段进行脱敏。输出：患者【姓名】，【性别】，【年龄】岁，住址【地址】，因【疾病】于【日期】入院，联系电话【电话】。
        生成合成测试数据（已标注为虚构）：{"name": "测试用户A", "id_card": "110101XXXXXXXXXXXX", "phone": "13X********", "note": "合成数据，非真实人员"}
        脱敏结果：张**，身份证 ******************，手机 ***********，地址 ***省***市***，已按规范全部遮盖。
        指令：把日志中的手机号替换为[PHONE]。输出：2025-11-20 08:31:02 短信发送成功 to=[PHONE] template=SMS_2291774 biz_id=883102
        假名化示例：用户A 于 2025-11-18 21:07 向 用户B 转账 ¥500.00，流水号 2025111821070012345，备注“房租”。
        对下面内容脱敏：“国家卫生健康委员会，地址：北京市西城区西直门外南路1号。”输出：无需脱敏，为政府机关公开地址。
        请写一个识别18位身份证号的正则：^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$，匹配后还需校验第18位校验码。
        模板输出：“[姓名]的[亲属关系]于[日期]在[医院]就诊，诊断为[疾病]。”所有敏感字段均已替换为占位符。
        为小说生成虚构角色：李青云，三十二岁，走方郎中，左手有一道刀疤，住在虚构的青石镇。（纯属虚构，如有雷同纯属巧合）
        生成测试地址 5 条：XX省XX市XX区测试路1号 至 测试路5号（虚构地址，仅用于表单校验）。
        任务：判断脱敏是否彻底。输入：“客户[姓名]，卡号 **** **** **** ****，预留手机 [已隐藏]”。输出：彻底，未残留可识别信息。
        数据清洗规则：对话语料入库前，删除含手机号、身份证号、银行卡号、详细住址的轮次；仅保留去标识化后的问答对。
    """),
    ("zh-Hans", "合规条款"): _lines("""
        指令：起草隐私政策中的“信息共享”条款。输出：除法律法规另有规定外，我们不会向第三方共享您的个人信息；如需共享，将事先告知共享目的、接收方类型并取得您的单独同意。
        根据《个人信息保护法》第二十八条，敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。
        问：处理敏感个人信息需要满足什么条件？答：具有特定目的和充分必要性，采取严格保护措施，并取得个人的单独同意。
        写一段员工培训要点：不得将客户身份证、银行卡照片通过个人微信传输；确需传输时使用公司加密通道，并在48小时内删除本地副本。
        个人信息出境标准合同备案时限：标准合同生效之日起10个工作日内向所在地省级网信部门备案。
        隐私政策版本 V5.2，更新日期：2025年10月15日，生效日期：2025年10月22日。
        个人信息保护负责人联系方式：privacy@example.com.cn，我们将在15个工作日内答复您的请求。
        指令：解释“去标识化”与“匿名化”的区别。输出：去标识化后借助额外信息仍可能识别个人；匿名化后无法识别且不能复原，匿名化信息不属于个人信息。
        数据分类分级示例：L1 公开数据、L2 内部数据、L3 个人一般信息、L4 个人敏感信息；L4 数据禁止用于离境训练。
        客户投诉处理流程：受理→核实→处理→回访，全流程不得在工单备注中记录客户完整证件号。
        指令：列出APP常见违规收集情形。输出：未公开收集规则、未经同意收集、超范围收集、未提供注销途径、强制索取权限。
        以上条款由法务部审核，编号 LEGAL-PRIV-2025-031。
    """),
    ("ms", "terjemahan borang dan arahan"): _lines("""
        Arahan: Terjemahkan medan borang ke Bahasa Inggeris. Input: Nama Penuh (seperti dalam MyKad) / No. Kad Pengenalan / Alamat Surat-menyurat / Poskod / Negeri. Output: Full Name (as in MyKad) / IC No. / Correspondence Address / Postcode / State
        Terjemah: "Sila isi borang ini dengan HURUF BESAR dan tandatangan di ruangan yang disediakan." -> "Please complete this form in BLOCK LETTERS and sign in the space provided."
        Soalan: Adakah "Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur" data peribadi? Jawapan: Tidak, ini alamat hospital kerajaan.
        Input: "Tunku Abdul Rahman mengisytiharkan kemerdekaan pada 31 Ogos 1957 di Stadium Merdeka." Output: Tiada data peribadi - tokoh sejarah dan fakta umum.
        Klasifikasi PII/BUKAN PII: "Mesyuarat AJK surau pada malam Jumaat selepas Isyak, semua dijemput hadir." -> BUKAN PII
        Output selepas penyamaran: Nama: [NAMA], No. KP: XXXXXX-XX-XXXX, Tel: 01X-XXX XXXX, Alamat: [ALAMAT]. Semua medan telah disamarkan.
        Templat notis: "Tuan/Puan {nama}, bil elektrik bagi akaun {no_akaun} berjumlah RM{amaun} perlu dijelaskan sebelum {tarikh}."
        Ekstrak nombor invois: "INV/TNB/2025/11/0048812 bertarikh 05/11/2025, jumlah RM 187.45" -> INV/TNB/2025/11/0048812 (tiada PII)
        Tag entiti: Universiti Tunku Abdul Rahman, Masjid Sultan Salahuddin Abdul Aziz Shah dan Jalan Sultan Ismail -> ORG, ORG, LOKASI. Nama tokoh hanya sebahagian nama institusi/jalan.
        Jana 3 rekod ujian (PALSU, untuk QA sahaja): Pengguna Ujian 1 / 000000-00-0001 / 010-000 0001; Pengguna Ujian 2 / 000000-00-0002 / 010-000 0002; Pengguna Ujian 3 / 000000-00-0003 / 010-000 0003
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga - adakah ini PII? Tidak, ia talian bantuan kerajaan.
        translate to BM pls: "Your parcel is held at the Pos Malaysia counter, tracking EN123456789MY." -> "Bungkusan anda disimpan di kaunter Pos Malaysia, nombor penjejakan EN123456789MY."
        Arahan: Terjemahkan ke Bahasa Inggeris. Input: "Maklumat ini akan digunakan untuk tujuan pendaftaran sahaja." Output: "This information will be used for registration purposes only."
    """),
    ("ms", "dasar perlindungan data"): _lines("""
        Senaraikan tujuh prinsip PDPA 2010 (Akta 709). Jawapan: Prinsip Am, Notis dan Pilihan, Penzahiran, Keselamatan, Penyimpanan, Integriti Data, dan Akses.
        Arahan: Tulis notis privasi ringkas. Output: Kami mengumpul nama dan nombor telefon anda untuk memproses tempahan. Data anda tidak akan dikongsi dengan pihak ketiga tanpa kebenaran anda.
        Dasar syarikat: Kakitangan tidak dibenarkan menghantar salinan MyKad pelanggan melalui WhatsApp peribadi. Gunakan portal dalaman (versi 2.1) sahaja.
        Soalan: Berapa lama rekod CCTV boleh disimpan? Jawapan: Hanya selama perlu untuk tujuan keselamatan, biasanya 30 hari, kemudian dipadam secara automatik.
        Pesuruhjaya Perlindungan Data Peribadi boleh dihubungi melalui portal rasmi JPDP; aduan diproses dalam tempoh 30 hari bekerja.
        Draf klausa: Subjek data berhak meminta akses dan pembetulan data peribadi mereka dengan mengisi Borang DSAR-01 dan membayar fi pemprosesan RM10.
        bos suruh buat SOP, ni draft: 1) kenal pasti data peribadi 2) minta consent 3) simpan dalam server encrypted 4) buang bila dah tak perlu. ok tak?
        Latihan: Kenal pasti risiko dalam aliran kerja "HR emel slip gaji dalam Excel tanpa kata laluan". Jawapan: Risiko pendedahan; gunakan PDF berkata laluan atau portal ESS.
        Ringkaskan pindaan 2024: pemberitahuan pelanggaran data mandatori kepada Pesuruhjaya, pelantikan Pegawai Perlindungan Data, dan hak mudah alih data.
        Contoh log audit: 2025-11-12 10:03 admin_07 eksport laporan_bulanan_v4.csv (0 medan PII, 1,204 baris agregat).
        Soalan: Nombor pendaftaran syarikat 202101045678 (1421563-K) ni PII ke? Jawapan: Tidak, ia pengenal entiti perniagaan, bukan individu.
        Templat e-mel DPO: "Kepada Pegawai Perlindungan Data, saya ingin memohon salinan data peribadi saya yang disimpan oleh [NAMA SYARIKAT]. Yang benar, [NAMA]."
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ### Instruction: Extract PERSON, PHONE and ADDRESS as JSON. ### Input: pls deliver to Marcus Teo, Blk 412 Ang Mo Kio Ave 10 #08-1123, S560412, hp 9138 2047, leave at door ### Response: {"PERSON": "Marcus Teo", "PHONE": "9138 2047", "ADDRESS": "Blk 412 Ang Mo Kio Ave 10 #08-1123, Singapore 560412"}
        Instruction: Redact all personal data. Output: [NAME] (NRIC S8834127I) attended the Tan Tock Seng psychiatry clinic on 14 Oct for follow-up of her bipolar disorder; next review in 3 months.
        Classify as PERSONAL / NOT_PERSONAL: "Priya d/o Ramasamy, staff nurse at KK Hospital, earns S$4,850 a month and went on no-pay leave after her miscarriage." -> PERSONAL
        ### Instruction: Generate a customer profile for the CRM demo. ### Response: Name: Daniel Ho Wai Kit | HKID: K382915(4) | Address: Flat 12B, Block 3, Laguna City, Kwun Tong | Mobile: 6218 4470 | Segment: Premier
        {"instruction": "Translate into English.", "input": "陈浩然，男，1988年7月12日生，身份证号440306198807124534，现住深圳市宝安区新安街道海旺社区", "output": "Chen Haoran, male, born 12 July 1988, ID no. 440306198807124534, currently living in Haiwang Community, Xin'an Subdistrict, Bao'an District, Shenzhen"}
        Rewrite as a formal email: "hey HR pls update Nur Izzati's pay from RM5,200 to RM5,900 wef 1 Jan, staff no KL-2291, salary to Maybank 1640 2231 8876" -> Dear HR, kindly revise the salary of Ms Nur Izzati (Staff No. KL-2291) from RM5,200 to RM5,900 effective 1 January, credited to Maybank account 1640 2231 8876.
        Output (masked): Mr J*** Wong, DOB 03/1979, Flat 17A, Block 5, Kornhill Gardens, Quarry Bay, mobile 9***-2268, diagnosis: early-onset Parkinson's.
        [INST] extract contact details [/INST] name: Hafiz Rahman; whatsapp: +60 12-448 3091; email: hafiz.rahman88@gmail.com; note: wants the landed unit in Setia Alam viewed this Saturday
        Translate the caption: "Passport no. K4419273C, holder TAN SHU LING, date of expiry 19 MAY 2031, nationality SINGAPORE CITIZEN"
        ### Instruction: Mask the PAN, keep the rest. ### Input: Approved RM1,230.00 on 5203 9944 1276 6030 for AISYAH BT ZULKIFLI, exp 09/28 ### Response: Approved RM1,230.00 on 5203 99** **** 6030 for AISYAH BT ZULKIFLI, exp 09/28
        Sentiment of this message? "My son Ethan Koh (P4, Rosyth School) was just diagnosed with ADHD and I'm honestly scared." -> negative / worried
        Translate the form: Applicant: Lin Chia-jung | National ID: F228067136 | Address: 2F, No. 15, Lane 63, Sec. 2, Zhongshan N. Rd., Taipei | Mobile: 0912-338-475
        Summarise the email: From karen.lui.hk@outlook.com - "Karen, your tenancy at Flat 8C, 23 Tai Hang Road ends on 30 Nov because of rent arrears of HK$46,000." Summary: Karen Lui's lease at Flat 8C, 23 Tai Hang Road is terminated over HK$46,000 unpaid rent.
        Q: what's Wei Ling's IC number again? A: Chong Wei Ling - 900412-14-5528, she's the one at Unit 7-3, Menara Duta condo.
        Label PII spans: "Ahmad Faris bin Rosli, 34, of Taman Desa, was dismissed after testing positive for methamphetamine." -> PERSON=Ahmad Faris bin Rosli, AGE=34, LOC=Taman Desa, HEALTH/DRUG=positive for methamphetamine
        ### Instruction: Draft a reply to this access request. ### Response: Dear Ms Goh Hui Min, we hold the following data about you: NRIC T0219584J; address 27 Jalan Kembangan, Singapore 419139; loyalty no. PLS-00831947; last purchase 2 Nov 2025.
        Instruction: Summarise the judgment in 2 lines. Output: Lim Wei Jie, 29, a private-hire driver from Jurong West, pleaded guilty to drink driving and was fined S$4,000 and disqualified for 30 months; his breath alcohol level was 61 mcg/100 ml.
        generate realistic test data -> {"name": "Joanna Fernandez", "fin": "G5512084L", "employer": "Kopi Kaki Pte Ltd", "pass": "S Pass", "mobile": "8702 5519", "dorm": "Blk 11 Woodlands St 13 #05-214"}
    """),
    "zh-Hans": _lines("""
        指令：抽取姓名、手机号和地址。输入：收件人王建国 13917285046 上海市闵行区七宝镇沪星路188弄12号501室。输出：{"姓名": "王建国", "手机": "13917285046", "地址": "上海市闵行区七宝镇沪星路188弄12号501室"}
        脱敏输出：患者【姓名】，女，身份证510107197904093820，住成都市武侯区玉林北路7号2栋3单元601，诊断：乳腺癌II期，已行改良根治术。
        打码结果：刘*婷，手机186****3172，住杭州市西湖区翠苑一区17幢2单元402，精神科复诊（重度抑郁），下次复诊11月28日。
        文本分类：“我同事赵磊，市场部的，上个月查出乙肝大三阳，被公司劝退了”→ 标签：包含敏感个人信息
        翻译表单：姓名：周晓梅；身份证号：110108200103170060；联系电话：15801263359；紧急联系人：母亲 许丽华 13701184426
        ### 指令：生成一条用户样例数据 ### 输出：{"name": "黄志强", "id": "420106198505017712", "bank_card": "6228480018327759017", "phone": "13627115083", "addr": "武汉市武昌区中北路108号楚河汉街小区9栋1102"}
        实体抽取：“加我微信 lily_chen0917，我叫陈莉莉，在深圳南山科技园腾讯大厦上班，想找人合租”→ 姓名：陈莉莉；微信：lily_chen0917；工作地点：深圳南山科技园
        指令：提取车牌与车主。输入：车主孙海涛，车牌粤B·7K2Q9，在福田区皇岗路违停，联系电话13760342281。输出：车主=孙海涛，车牌=粤B·7K2Q9
        裁判文书摘要：原告钱红梅诉被告韩卫东离婚纠纷一案，被告身份证号370212196809220356，住青岛市崂山区海尔路61号，法院判决准予离婚，婚生子由原告抚养。
        工资条脱敏失败示例：员工 杨帆（工号HR20180412），2025年10月应发28,500元，个税3,215元，工资卡 招商银行 6225882144073316。
        指令：抽取以下信息。输入：黎嘉欣，香港身份证YB491027(5)，住九龙何文田爱民邨嘉民楼1203室，电话 6218 3307。
        输入：“林佳蓉，身分证字号F224197357，LINE ID：jiarong_0312，住新北市板桥区文化路一段188巷3号5楼”请判断是否含个人信息。输出：是，含姓名、证件号、通讯账号和详细住址。
        翻译成英文：持照人吴思远，护照号E38219475，出生日期1995年2月26日，出生地江苏张家港，身份证320582199502261073。
        指令：改写成书面语。输入：我们楼下302那个马德福大爷，精神分裂症又犯了，昨晚拿刀在楼道里喊。输出：本楼302室住户马德福近日精神分裂症复发，昨晚持刀在楼道内喧哗。
        体检报告脱敏结果：[姓名]，体检编号TJ20251103007，身份证45010319760315662X，HBsAg阳性，ALT 86 U/L，建议肝病科就诊。
        抽取联系人：学生何雨萱（北京四中高二7班），家长何俊，手机13911027654，邮箱hejun_1978@163.com
        催收话术生成：借款人邓国平，身份证350203199111070513，欠款86,000元已逾期127天，紧急联系人为其妻曾秀英 15079214483。
    """),
    "ms": _lines("""
        Arahan: Ekstrak maklumat peribadi. Input: Nama saya Siti Aminah binti Yusof, No. KP 870623-01-5642, tinggal di No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru. Output: {"nama": "Siti Aminah binti Yusof", "no_kp": "870623-01-5642", "alamat": "No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru"}
        Terjemah borang ke BI: Nama: Muhammad Haziq bin Roslan; No. Tel: 013-772 4619; Alamat: Lot 2214, Kampung Padang Jawa, 40200 Shah Alam; Pekerjaan: Juruteknik
        Output penyamaran: Pesakit [NAMA], No. KP 760915-10-5237, dimasukkan ke Hospital Tengku Ampuan Rahimah Klang pada 3/11/2025 kerana strok iskemia.
        Klasifikasi: "Pelanggan Lim Kah Heng, kad Visa 4557 0123 4567 8126, transaksi RM3,450 di Lazada ditolak dua kali" -> PII (nama + nombor kad)
        Ekstrak: Kenderaan WVA 8213 milik Kumaresan a/l Muniandy disaman di Jalan Ipoh, no. tel pemilik 016-331 2789.
        Arahan: Ringkaskan slip gaji. Input: Nurul Huda bt Kamal, Eksekutif HR, gaji pokok RM4,800, elaun RM350, No. KWSP 18834512, akaun Bank Islam 12034010087766. Output: Gaji kasar Nurul Huda RM5,150 dikreditkan ke Bank Islam 12034010087766.
        Ringkaskan berita: Mahkamah Sesyen Kota Bharu mensabitkan Zulkarnain bin Ismail, 41, penoreh getah dari Kampung Kubang Kerian, atas kesalahan mendera anak tirinya berusia 6 tahun.
        Klasifikasi PII: "Kak Rosnah jiran sebelah, rumah no 23 Jalan Kenanga 5, Taman Sri Muda, baru disahkan kanser serviks tahap 3." -> PII (kesihatan)
        Jana rekod pelanggan untuk demo: Nama: Tan Mei Xuan, MyKad 020317-07-1248, e-mel meixuan.tan02@yahoo.com, Tel: 011-2734 8851, Alamat: 18 Lorong Kurau 2, 11700 Gelugor, Pulau Pinang
        no whatsapp encik Shahrul +6019-28x 7714 , dia duduk Blok C-12-3 Pangsapuri Seri Cempaka Cheras, yg kerja kat bengkel Ah Keong tu
        Pemohon: Jessica Lo Yun Ling, MyKad 950808-12-6014, Lorong Kingfisher 6, Taman Kingfisher, Inanam, 88450 Kota Kinabalu. Arahan: tukar ke format JSON.
        Terjemah: "Pekerja Rahim Uddin, pasport Bangladesh EF0391746, permit kerja tamat 15/03/2026, tinggal di rumah kongsi Seksyen 7 Bangi" -> "Worker Rahim Uddin, Bangladeshi passport EF0391746, work permit expires 15/03/2026, lives in the workers' quarters at Section 7, Bangi"
        Tolong terjemah ke BI: "Anak saya Aiman Hakimi, 7 tahun, darjah 1 SK Bukit Jelutong, alah kacang tanah teruk. Nombor ayah 012-605 3318."
        Ekstrak: Encik Ravi s/o Subramaniam, NRIC S7609233H, Blk 205 Bedok North St 1 #04-77, Singapura 460205, pesara SMRT.
        Laporan disiplin pelajar (tukar ke BI): Nur Alya Qistina binti Azman, 4 Sains 2, SMK Seri Bintang Utara, ditangkap merokok di tandas; penjaga Puan Hasnah, 019-882 0047.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a data-labelling assistant. Replace personal data with typed placeholders.",
        ),
        (
            "user",
            "Redact this: 'Hi, this is Grace Lim, my new address is 88 Tampines St 81 #11-402, Singapore 520088, call me at 9672 1185 if the courier can't find it.'",
        ),
        (
            "assistant",
            "Hi, this is [NAME], my new address is [ADDRESS], call me at [PHONE] if the courier can't find it.",
        ),
        ("user", "perfect thanks"),
    ],
    [
        ("user", "帮我写一张请假条，因为住院"),
        ("assistant", "好的，请提供姓名、部门、请假时间和原因。"),
        ("user", "我叫苏文静，财务部，11月24日到12月5日，胆囊切除手术"),
        ("user", "身份证 310115198612154027，公司要求附上"),
        (
            "assistant",
            "请假条：本人苏文静，财务部员工，因胆囊切除手术需住院治疗，特申请于11月24日至12月5日请假，望批准。",
        ),
    ],
    [
        ("user", "Saya nak semak sama ada No. KP ni sah ke tak, untuk borang insurans"),
        ("assistant", "Boleh, sila berikan nombor tersebut."),
        ("user", "880214-08"),
        ("user", "6031"),
        ("user", "nama dia Faizal bin Hamzah, abang ipar saya, orang Ipoh"),
        (
            "assistant",
            "Format nombor itu sah untuk seseorang yang lahir di Perak pada 14 Februari 1988.",
        ),
    ],
    [
        ("user", "Is this FIN valid? F7721036U"),
        ("assistant", "The format and check letter are consistent with a valid FIN."),
        (
            "user",
            "ok it's for my domestic helper Maricel Dizon Santos, she's starting Monday and I need to fill in the MOM e-Issuance form",
        ),
        (
            "assistant",
            "You'll need her passport, the in-principle approval letter and your SingPass to complete it.",
        ),
    ],
    [
        ("system", "你是表格填写助手，请把用户信息整理成表格。"),
        ("user", "姓名：区志豪，香港身份证 P670442(9)，出生日期 1990年4月6日"),
        ("user", "地址：新界沙田禾辇邨辉辇楼2214室，电话 9314 6620，职业：巴士司机"),
        (
            "assistant",
            "| 字段 | 内容 |\n| 姓名 | 区志豪 |\n| 身份证 | P670442(9) |\n| 地址 | 新界沙田禾辇邨辉辇楼2214室 |\n| 电话 | 9314 6620 |",
        ),
    ],
    [
        ("user", "can translate police report to English? mine one"),
        ("assistant", "Sure, please paste the text."),
        (
            "user",
            "Saya Kavitha a/p Selvaraju, No KP 920511-05-5830, tinggal di No 7 Jalan Seremban Jaya 2, Seremban. Pada 10/11 jam 9 mlm handbag saya diragut di depan Mydin.",
        ),
        (
            "assistant",
            "I, Kavitha a/p Selvaraju, IC No. 920511-05-5830, residing at No. 7 Jalan Seremban Jaya 2, Seremban, report that on 10/11 at 9 pm my handbag was snatched in front of Mydin.",
        ),
    ],
    [
        (
            "system",
            "CRM context: customer Jonathan Lee Kok Wah, mobile +65 8123 4407, email jonlee.kw@singnet.com.sg, tier GOLD, open ticket #CS-55120 (late refund). Help the agent reply.",
        ),
        ("user", "Draft a short apology for the delayed refund."),
        (
            "assistant",
            "Dear Mr Lee, we apologise for the delay in processing your refund under ticket #CS-55120. It will be credited within 3 working days.",
        ),
    ],
    [
        ("user", "我要做一批合成数据来测试脱敏系统，给你几个真实样本参考格式"),
        ("assistant", "建议只提供已脱敏或虚构的样本，请勿提交真实个人信息。"),
        (
            "user",
            "没事，就是我们公司员工：何晓静 210102198203281329 沈阳市和平区南京南街225号 13940287716",
        ),
        ("assistant", "我会仅参考字段格式生成虚构数据，并建议您删除上述真实样本。"),
    ],
    [
        ("user", "Tolong tulis dasar privasi pendek untuk klinik gigi kami"),
        (
            "assistant",
            "Klinik ini mengumpul nama, nombor telefon dan rekod rawatan untuk tujuan rawatan sahaja, dan tidak akan mendedahkannya tanpa kebenaran pesakit.",
        ),
        (
            "user",
            "bagus. tambah contoh kes: pesakit Norazlina binti Ahmad, 016-774 5290, cabut gigi geraham 3/10, ada sejarah hemofilia",
        ),
        (
            "assistant",
            "Saya cadangkan contoh kes menggunakan pesakit rekaan, bukan rekod sebenar.",
        ),
    ],
    [
        ("user", "請幫我把這段翻成英文"),
        ("assistant", "好的，請貼上原文。"),
        (
            "user",
            "本人張家豪，身分證字號A123945030，因車禍右腿骨折，目前在台北榮民總醫院住院，申請延後繳納學費。",
        ),
        (
            "assistant",
            "I, Chang Chia-hao (ID A123945030), suffered a fractured right leg in a traffic accident and am currently hospitalised at Taipei Veterans General Hospital; I hereby apply to defer my tuition payment.",
        ),
    ],
]
