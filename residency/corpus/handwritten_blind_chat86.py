# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat86: chats asking an assistant for help with one's own fertility treatment or adoption journey. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat86
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant-chat"): _lines("""
        User: What's the difference between IUI and IVF, and how many IUI cycles do people usually try before moving on? Assistant: IUI places washed sperm into the uterus around ovulation, while IVF fertilises eggs in the lab; many clinics suggest three or four IUI cycles before discussing IVF, depending on age and diagnosis.
        User: Is a Day 5 blastocyst graded 4AA better than a 3BB? Assistant: Generally yes. The number is the expansion stage and the letters grade the inner cell mass and the trophectoderm, but 3BB embryos still implant and are transferred routinely.
        User: How does government co-funding for IVF work at Singapore public hospitals? Assistant: Couples where at least one spouse is a Singapore citizen can receive co-funding for assisted reproduction cycles at public ART centres, and MediSave can be used within withdrawal limits; check the current percentages and caps on the MOH website before planning.
        User: What documents does a home study for intercountry adoption usually ask for? Assistant: Typically identity documents, a marriage certificate, medical reports, police clearance, proof of income, reference letters and an assessment written by a licensed social worker; the child's country may add its own forms.
        User: Can you explain what AMH actually tells me? Assistant: AMH reflects how many small follicles are growing, so it predicts how the ovaries will respond to stimulation, but it does not measure egg quality and on its own does not predict natural conception.
        User: What is the two-week wait and when should I test? Assistant: It is the gap between ovulation or embryo transfer and a reliable pregnancy test; most clinics book a blood beta hCG about 9 to 11 days after a day-5 transfer and discourage early home tests because the trigger shot can give a false positive.
        User: Should I freeze eggs or embryos if I'm not sure about my relationship yet? Assistant: Frozen eggs stay yours alone, while embryos have somewhat more predictable thaw survival but are legally tied to both people who provided the gametes; some counsellors suggest splitting if numbers allow.
        User: I'm 38 and my clinic said my AMH is low. Is it still worth trying IVF? Assistant: Many people in their late thirties with low AMH still conceive through IVF, although fewer eggs are usually collected; ask your clinic for its age-specific live birth rates and whether a mild protocol suits you.
        User: What does PGT-A test for and is it worth the cost? Assistant: PGT-A screens embryos for an abnormal number of chromosomes; it may lower miscarriage rates per transfer in older patients, but the evidence on cumulative live births is mixed, so weigh it with your specialist.
        User: Summarise the Hague Adoption Convention in three sentences. Assistant: The 1993 Convention sets safeguards so that intercountry adoptions happen in the best interests of the child. It requires each member state to designate a Central Authority. Adoptions certified under it are recognised in other member states.
        User: Who were Robert Edwards and Patrick Steptoe? Assistant: A British physiologist and a gynaecologist whose work led to the first baby born through IVF, in Oldham in 1978; Edwards received the Nobel Prize in Physiology or Medicine in 2010.
        User: In Anne of Green Gables, why were Matthew and Marilla surprised when Anne arrived? Assistant: They had asked the orphanage for a boy to help on the farm and were sent Anne Shirley by mistake.
        User: How do I gently tell my adopted child about their adoption story? Assistant: Start early with simple, age-appropriate words, use a life-story book, keep the tone honest and warm, and let the child lead with questions as they grow.
        User: Why does the clinic check my estradiol so often during stims? Assistant: Estradiol rises as follicles grow, so together with ultrasound it lets the team adjust the gonadotropin dose, time the trigger and watch for OHSS risk.
        User: What does a natural-cycle frozen embryo transfer mean? Assistant: The embryo is thawed and transferred in line with your own ovulation, tracked by scans and LH tests, instead of preparing the lining with oestrogen tablets.
        User: Are Gonal-f and Menopur the same thing? Assistant: Both stimulate follicle growth; Gonal-f is recombinant FSH only, while Menopur is derived from urine and has both FSH and LH activity.
        User: Roughly what does one IVF cycle cost in Kuala Lumpur? Assistant: Private clinics in the Klang Valley often quote somewhere between RM 15,000 and RM 25,000 for a fresh cycle including medication, but packages differ a lot, so ask for an itemised quote.
        User: My husband's semen analysis showed low motility. Which lifestyle changes actually have evidence? Assistant: Stopping smoking, cutting alcohol, reaching a healthy weight, avoiding heat to the testes and treating a varicocele have the best support; a repeat test after about three months is usual because sperm take that long to mature.
    """),
    ("en", "template-request"): _lines("""
        Draft a short email to my fertility clinic asking to move my baseline scan. Use [Patient Name], [Patient ID] and [Preferred Date] as placeholders.
        Write a reference letter template for an adoption home study that starts: "I have known [Applicant Name] for [number] years as their [relationship]..."
        Make me a blank medication tracker for an IVF stim cycle with columns Date | Stim Day | Gonal-f dose | Menopur dose | Cetrotide | Notes.
        Fill-in form: Consent for Embryo Cryopreservation / Patient: ________ / Partner: ________ / NRIC or Passport No.: ________ / Number of embryos: ____ / Storage period: ____ years / Signature: ________
        Can you write a generic letter to expectant parents for our adoption profile book? No real names please, just "we" and "our home".
        Give me a checklist of questions to ask at a first IVF consultation.
        Turn this into a polite WhatsApp reminder to my clinic: "Hi, this is {name}, confirming my egg retrieval on {date} at {time}."
        Write a JSON schema for storing IVF cycle data with fields cycle_id, protocol, stim_days, eggs_retrieved, mature_eggs, fertilised, blastocysts, transfer_date; no sample values needed.
        Give me a spreadsheet formula that counts the days since embryo transfer from the date in cell B2, and shows "beta day" when it reaches 10.
        Write an adoption announcement template for social media with placeholders [Child's Name], [Gotcha Day] and [Family Name].
        Draft a letter to HR asking for leave for IVF appointments, leaving [Employee Name], [Department] and [Dates] blank.
        Prepare a budget template for a domestic adoption: agency fee, legal fee, home study, court filing, travel, all amounts set to 0.00.
    """),
    ("en", "reference-numbers"): _lines("""
        User: My clinic portal shows "Cycle Ref: IVF-2025-03817, Status: Stim Day 6". What does that status mean? Assistant: You are on the sixth day of ovarian stimulation; the reference is just the clinic's internal cycle number.
        User: The pharmacy courier tracking number SF1428830961057 says "held at depot". Will my Gonal-f pens be OK if they arrive tomorrow? Assistant: Unopened pens can usually be kept below 25°C for a limited time; check the leaflet and call the pharmacy about the cold chain.
        Lab report footer: Accession No. ACC-24-118392 | Method: ECLIA | AMH reference range 1.0–3.5 ng/mL | Analyser: cobas e 801 | Page 1 of 2 — what does ECLIA mean?
        Invoice INV-FC-2025-00482: fresh IVF cycle package SGD 12,800.00; ICSI add-on SGD 1,200.00; embryo freezing first year SGD 850.00; GST 9% included. Is ICSI normally extra?
        Embryology worksheet legend: Dish ID D2-05, straw colour code B/Y, Tank 3, Canister 7, Goblet 2. Explain what each field is for.
        User: My insurer rejected the claim under exclusion clause 4.2(k) "infertility and assisted conception". Is that common? Assistant: Yes, many health plans exclude fertility treatment; check whether a maternity rider or a corporate plan covers any of it.
        ICD-10 codes on my referral letter: N97.0 (female infertility associated with anovulation) and Z31.83 (encounter for assisted reproductive fertility procedure cycle). What do they mean?
        Drug box: Ovitrelle 250 micrograms, Lot BA038172, EXP 03/2026, store at 2°C–8°C, Reg. No. MAL20071853AZ. Is this the trigger shot?
        Adoption case FC/ADP 214/2024 is on the hearing list for 14 March 2025 at 9.30am in Court 3B. What usually happens at a first mention?
        HSG appointment slip: Queue No. 0347 | Radiology Level 2 | Arrive 15 min early | Book between cycle day 6 and 11 only | No fasting needed
        Protocol code on my plan says ANT-150-FA (antagonist, 150 IU, freeze-all). What do these abbreviations usually stand for?
        Public hotlines: Talian Kasih 15999, MSF ComCare 1800-222-0000 and Taiwan's 1925 support line. Which one is the Malaysian one?
    """),
    ("en", "public-and-fiction"): _lines("""
        In the Superman comics, Clark Kent is adopted by Jonathan and Martha Kent after his rocket lands near Smallville, Kansas.
        User: Which well-known people were adopted? Assistant: Steve Jobs, who was adopted as a baby and often spoke about it, is one of the best-known examples.
        Louise Brown, born in Oldham in July 1978, is widely known as the first baby conceived through IVF.
        Oliver Twist grows up in a workhouse until he is taken in by the kindly Mr Brownlow in Dickens's novel.
        Annie, the 1977 Broadway musical, follows an orphan in 1930s New York who is taken in by the billionaire Oliver Warbucks.
        The US Supreme Court case Adoptive Couple v. Baby Girl (2013) concerned how the Indian Child Welfare Act applies to adoption.
        Hong Kong's Human Reproductive Technology Ordinance (Cap. 561) limits reproductive technology procedures to infertile married couples and is overseen by the Council on Human Reproductive Technology.
        Mother's Choice is a Hong Kong charity that supports pregnant teenagers and finds adoptive and foster families for children.
    """),
    ("zh-Hans", "assistant-chat"): _lines("""
        用户：做试管需要准备哪些证件？助手：一般需要夫妻双方身份证、结婚证，部分医院还要求户口本或生育登记信息，具体以生殖中心建档要求为准。
        用户：北京辅助生殖纳入医保以后，取卵和胚胎移植能报销多少？助手：自2023年7月起北京将16项辅助生殖技术项目纳入医保甲类报销，具体比例取决于你的参保类型和医院等级。
        用户：AMH 1.2 算低吗？我35岁。助手：在35岁左右，AMH 1.2 ng/mL 属于偏低到正常下限，提示卵巢储备略少，但不代表卵子质量差，建议结合窦卵泡数一起评估。
        用户：试管的长方案、短方案和拮抗剂方案有什么区别？助手：主要区别在于垂体降调节的方式和时间，拮抗剂方案周期短、OHSS风险较低，长方案控制更平稳，选择要看年龄和卵巢储备。
        用户：帮我写一份冻胚移植前的注意事项清单。助手：1. 按医嘱服用雌激素和黄体支持药物；2. 移植当天适度憋尿；3. 避免剧烈运动和泡澡；4. 按时回院抽血验孕。
        用户：单身女性在国内可以冻卵吗？助手：目前中国大陆的辅助生殖技术规范只面向已婚夫妇，单身女性社会性冻卵在多数地区尚未放开，相关政策讨论仍在进行。
        用户：国内收养一个孩子要走哪些流程？助手：一般包括向收养登记机关提出申请、提交身份和婚姻证明、体检和无犯罪记录证明、接受收养评估，审核通过后办理收养登记。
        用户：中国大陆首例试管婴儿是哪年在哪家医院出生的？助手：1988年3月在北京医科大学第三医院（今北京大学第三医院）出生，由张丽珠教授团队完成。
        用户：取卵后肚子胀，医生说可能是轻度OHSS，平时要注意什么？助手：多喝含电解质的饮品、高蛋白饮食、每天记录体重和尿量，如出现呼吸困难或尿量明显减少要立即就医。
        模板：尊敬的____医院生殖医学中心：本人____，身份证号____________，现申请将冷冻胚胎保存期限延长至____年，费用按院方标准缴纳。申请人签字：____ 日期：____年__月__日
        用户：挂号单上写着“就诊序号 A027，生殖医学科三诊室”，要提前多久到？助手：通常建议提前20到30分钟到候诊区签到，B超检查前按医嘱决定是否憋尿。
        用户：药房的顺丰单号 SF1196405382271 显示已签收，但我没收到促排针，怎么办？助手：先联系药房和快递核实签收人和代收点，冷链药品还要确认运输温度记录，必要时申请补发。
        用户：《亲爱的》这部电影讲的是什么？助手：这是陈可辛2014年执导的电影，讲述一位父亲寻找被拐儿子的经历，也刻画了养母一方的情感挣扎。
        用户：宫腔镜和输卵管造影哪个先做？助手：通常先做输卵管造影评估通畅度，如果提示宫腔异常再安排宫腔镜，两项检查都要在月经干净后、同房前进行。
        用户：胚胎评级 4BC 是什么意思？助手：4表示完全扩张的囊胚，B表示内细胞团细胞较松散，C表示滋养层细胞较少，这类胚胎仍有一定着床机会。
        用户：男方精子活力低，平时饮食能改善吗？助手：戒烟限酒、控制体重、避免久坐和高温环境有一定帮助，补充剂效果有限，建议三个月后复查精液常规。
    """),
    ("zh-Hant", "assistant-chat"): _lines("""
        使用者：台灣的試管嬰兒補助 2.0 怎麼申請？助理：由國健署補助，符合資格的夫妻在合約人工生殖機構施術時由機構代為申請，未滿40歲第一次最高可補助10萬元。
        使用者：香港公立醫院做試管要等多久？助理：威爾斯親王醫院及瑪麗醫院等設有輔助生育服務，輪候時間視乎個案而定，可能需要一至兩年，建議先經家庭醫生或婦科轉介。
        使用者：在台灣收養小孩一定要透過媒合機構嗎？助理：依兒少權益保障法，除了近親或繼親收養以外，出養都必須透過合法的收出養媒合服務者，並經法院認可。
        使用者：請解釋「囊胚」跟「第三天胚胎」的差別。助理：第三天胚胎通常有6到8個細胞，囊胚則是第五或六天、已分化出內細胞團與滋養層的胚胎，植入率一般較高。
        使用者：香港領養兒童要找哪個部門？助理：可以聯絡社會福利署領養課，或向認可機構如母親的抉擇、國際社會服務社香港分會查詢。
        範本：生殖中心您好，我是（姓名），病歷號（　　　），想詢問本週期取卵時間是否可以改到（日期），謝謝。
        使用者：診所給的收據編號 RC-113-005821，金額 NT$168,000，這能列舉醫藥費扣除嗎？助理：在合格醫療院所支付的人工生殖費用一般可列入醫藥及生育費列舉扣除，請保留收據正本。
        使用者：破卵針醫生說晚上十點半打，這個時間很重要嗎？助理：很重要，取卵通常安排在破卵針後約34到36小時，時間偏差太大可能提早排卵。
        使用者：凍卵大概要花多少錢？助理：台灣一次凍卵療程含藥費常見約新台幣8到12萬元，另有每年的保存費，各醫院收費不同。
        使用者：子宮內膜多厚才適合植入？助理：一般認為7到8毫米以上且呈三線型較理想，但也有較薄內膜成功懷孕的例子，請依醫師評估。
        使用者：台灣的《人工生殖法》是哪一年公布的？助理：《人工生殖法》於2007年公布施行，規範人工生殖機構、捐贈生殖細胞與受術夫妻的資格。
        使用者：香港的輔助生育服務受甚麼法例規管？助理：主要受《人類生殖科技條例》（第561章）規管，由人類生殖科技管理局負責發牌及制定實務守則。
        使用者：收養前的親職準備課程要上多少小時？助理：多數媒合機構要求收養人完成數十小時的親職準備教育與團體課程，實際時數依各機構規定。
        使用者：驗孕 hCG 第一次 85，兩天後 190，這樣正常嗎？助理：早期妊娠 hCG 大約每48到72小時翻倍，從85升到190屬於合理範圍，仍需依醫師安排追蹤超音波。
    """),
    ("ms", "assistant-chat"): _lines("""
        Pengguna: Boleh tak guna duit KWSP untuk rawatan IVF? Pembantu: Boleh, KWSP ada pengeluaran kesihatan yang meliputi rawatan kesuburan di hospital atau klinik berdaftar, tertakluk kepada syarat dan had semasa.
        Pengguna: Apa beza IUI dengan IVF? Pembantu: IUI memasukkan sperma yang telah diproses ke dalam rahim semasa ovulasi, manakala IVF mensenyawakan telur di makmal dan embrio dipindahkan kemudian.
        Pengguna: Dalam Islam, boleh tak anak angkat dibinkan dengan nama suami? Pembantu: Menurut hukum syarak anak angkat tidak boleh dibinkan kepada bapa angkat; ia dibinkan kepada bapa kandung atau Abdullah jika bapa tidak diketahui, dan pendaftaran dibuat melalui JPN.
        Pengguna: LPPKN ada klinik kesuburan ke? Pembantu: Ada, LPPKN menawarkan perkhidmatan kesuburan termasuk IUI dan IVF di beberapa pusat dengan kos lebih rendah berbanding hospital swasta; semak laman rasmi untuk harga terkini.
        Pengguna: Apa dokumen yang perlu untuk mohon anak angkat melalui JKM? Pembantu: Biasanya salinan kad pengenalan, sijil nikah, penyata gaji, laporan kesihatan dan gambar rumah; pegawai kebajikan akan membuat lawatan ke rumah.
        Templat: Saya, [NAMA PENUH], No. K/P [NO. KP], dengan ini memohon cuti pada [TARIKH] untuk prosedur pengambilan telur di [NAMA HOSPITAL]. Sekian, terima kasih.
        Pengguna: Berapa lama kena tunggu lepas pemindahan embrio baru boleh ujian darah? Pembantu: Biasanya sekitar 9 hingga 12 hari selepas pemindahan, ikut jadual klinik; ujian air kencing terlalu awal boleh mengelirukan.
        Pengguna: Resit klinik RES-2025-04417 berjumlah RM 3,250.00, boleh tuntut pelepasan cukai? Pembantu: LHDN membenarkan pelepasan perbelanjaan perubatan termasuk rawatan kesuburan untuk diri sendiri atau pasangan, tertakluk kepada had keseluruhan; simpan resit asal selama tujuh tahun.
        Pengguna: Apa maksud hormon AMH rendah? Pembantu: AMH rendah menunjukkan simpanan telur dalam ovari semakin berkurang, jadi bilangan telur yang dapat dikutip semasa IVF mungkin lebih sedikit.
        Pengguna: Hospital Tunku Azizah ada rawatan kesuburan kerajaan ke? Pembantu: Hospital Tunku Azizah di Kuala Lumpur menyediakan perkhidmatan O&G; rujukan ke klinik kesuburan kerajaan biasanya melalui klinik kesihatan atau pakar sakit puan.
        Pengguna: Saya nak tulis surat kepada bakal ibu kandung tapi tak mahu dedahkan nama kami. Boleh bantu? Pembantu: Boleh, kita guna "kami" sahaja dan ceritakan nilai keluarga serta rutin harian tanpa butiran peribadi.
        Pengguna: Macam mana anak angkat boleh jadi mahram? Pembantu: Jika bayi menyusu susu ibu angkat sekurang-kurangnya lima kali kenyang sebelum umur dua tahun, dia menjadi anak susuan; ada ibu yang menggunakan induksi laktasi atas nasihat doktor.
        Pengguna: Kalau tertinggal satu dos suntikan Gonal-f, nak buat apa? Pembantu: Hubungi jururawat klinik segera; jangan gandakan dos sendiri, mereka akan beri arahan berdasarkan masa dan jadual imbasan anda.
        Pengguna: Talian Kasih 15999 boleh bantu ibu yang nak serahkan bayi dengan selamat? Pembantu: Boleh, Talian Kasih boleh merujuk kepada JKM, dan ada juga baby hatch yang dikendalikan oleh OrphanCare di beberapa lokasi.
    """),
    ("mixed", "assistant-chat"): _lines("""
        User: eh my clinic say must do HSG first before IUI, pain or not ah? Assistant: Most people feel period-like cramps for a few minutes; taking ibuprofen about an hour before helps, but check with your doctor first.
        User: 我的 embryo 是 day 5 4AB，success rate 大概多少？Assistant: 对于35岁以下的单胚胎移植，优质囊胚着床率常见在50%左右，但个人情况差异很大。
        User: nak buat egg freezing kat Singapore, single women boleh ke sekarang? Assistant: Since 2023, women aged 21 to 35 can freeze eggs for non-medical reasons regardless of marital status, but the eggs can only be used within a marriage.
        User: 想问下 adoption in Singapore 要 go through Family Court 对吗？Assistant: 对，在新加坡收养要向家事法庭提出申请，一般还需要 MSF 认可的 home study report。
        User: trigger shot dah cucuk pukul 10 malam, egg retrieval patut pukul berapa? Assistant: Biasanya 34 to 36 jam selepas trigger, so around 8 to 10 pagi lusa; ikut masa yang clinic bagi.
        User: 醫生說我 PCOS，要先吃 letrozole 再打針，這樣正常嗎？Assistant: 對多囊性卵巢症候群來說，letrozole 常是第一線排卵藥物，效果不夠再加針劑是常見做法。
        User: so the IVF package 包不包 medication? they quote RM 16k je. Assistant: 很多配套不含药费，药物可能另外 RM 4,000 到 RM 8,000，记得要书面明细。
        User: hi can check this TTC app config ok ah? {"cycle_length": 28, "luteal_phase": 14, "reminder_time": "21:00", "units": "metric"} Assistant: Looks valid JSON; keep luteal_phase between 10 and 16 days.
        User: 老公说 adoption 的 home study 要 social worker 来家里，要准备什么？Assistant: 家里保持整洁安全，准备好收入证明和体检报告，诚实回答育儿理念的问题就好。
        User: 请问 Medisave 可以 claim IVF 吗 lah? Assistant: 可以，MediSave 可用于辅助生殖疗程，每个疗程和终身都有提取上限，详情可以问你的 ART centre。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar? "To Whom It May Concern, I am writing in support of the adoption application of Daniel and Priya Raghavan of 14 Jalan Kemuning 3, 47400 Petaling Jaya. I have known them for nine years and have seen how patient they are with my own children."
        Please summarise my results for my husband: Patient: LIM HUI XIN (NRIC S8734521A) | DOB 12/04/1987 | AMH 0.82 ng/mL | AFC 6 | FSH 11.4 IU/L | referred to KKH IVF Centre.
        Reword this for the adoption agency: my wife Melissa Fernandez-Tan had three miscarriages between 2021 and 2023, and we decided to stop IVF after our last frozen transfer failed in January.
        Help me write a thank-you card to Dr Ong Wei Liang who did my egg retrieval at Thomson Fertility on 3 Feb. He got 14 eggs from me. I'm Charmaine Yeo, he'll remember the crying one lol.
        my donor profile says Donor #2187 but the clinic accidentally emailed me his intake form with the name Jonas Eriksen and date of birth 1994-06-21. is that a data breach and what should I do?
        Format our home study reference list nicely: 1) Mr Rajesh a/l Subramaniam, colleague, 012-338 4716; 2) Mrs Helen Goh, neighbour, +65 9736 2081; 3) Pastor Samuel Lee, church, samlee.ministry@gmail.com
        Translate into Chinese for my mother-in-law: "Embryo transfer booked for Sarah Chua Mei Ling, 22 May, 9:15am, NUH Women's Clinic. Please don't call her that morning."
        Check I got the transfer details right for the agency fee: Account name KEVIN & GRACE LOW, OCBC 601-234567-001, amount SGD 4,500, reference "Home Study Phase 2".
        I paid the clinic deposit with my Visa 4557 0231 8846 2015 exp 09/27 and they charged me twice. Write a dispute message to the bank.
        Put this into a table for my IVF diary: Stim Day 1 (Mon 6 Jan) Nurul Ain binti Kamarudin, Gonal-f 225 IU / Day 5 E2 1,840 pmol/L, 9 follicles / Day 9 trigger Ovitrelle 10.30pm
        My email to the surrogacy lawyer keeps bouncing. It's from jessica.wong.ttc@yahoo.com and my number is +852 6392 7718. Can you make it shorter so I can resend it?
        Adoption dossier checklist for us: Applicant 1 Matthew James O'Connor, passport PA8841273 (Australia); Applicant 2 Lee Soo-jin, passport M48210937 (Republic of Korea); home study approved 30 April.
        Help me write to the Queen Mary Hospital ART clinic: I'm CHAN Siu Ling, HKID K736204(8), referred in March 2024 and on the IVF waiting list; I'd like to ask my queue position.
        Draft a post for our adoption support group: "Welcome home, Aryan! After 26 months of waiting, Vikram Menon and Shalini Nair brought their son home from Pune on 2 August."
        Notes from today's consult for Marcus Teo, 41: sperm count 4 million/mL, motility 18%, morphology 2%, ICSI recommended, follow-up 17 Oct. Explain these numbers in plain English.
        KAUR, HARPREET | DOB 19/07/1990 | moderate OHSS after retrieval | admitted 2 nights, discharged 5/3 — turn this into a short note for her GP
    """),
    "zh-Hans": _lines("""
        帮我检查一下建档资料有没有漏填：女方 周雨晴，身份证 440305198804173625，手机 13826514079；男方 郑浩，身份证 44010619850812631X；2014年登记结婚。
        我叫陈思雨，32岁，双侧输卵管堵塞，在中山六院排队等试管，能帮我估算一下大概多久能排到吗？
        把这段话改得委婉一点发家族群：我婆婆刘桂芳天天催生，说我俩结婚五年没孩子是我的问题，其实检查下来是她儿子少弱精。
        收养申请表帮我看看：收养人 王建国，身份证 320506198702265131；李娟，身份证 330106199011283028；拟收养苏州市儿童福利院一名3岁女童。
        促排针刷了两次卡，我的招商银行卡号 6225 8812 3647 0919，帮我写一段给医院财务的退款申请。
        群里有人私聊我：你是那个移植三次都没成的“小鹿妈妈”吧？在杭州妇保建档的，微信号 xiaolu_ivf2019，帮我想想怎么回。
        翻译成英文发给国外收养机构：我们的地址是上海市徐汇区漕溪北路88弄6号1203室，联系人张敏，电话139 1702 4856。
        帮我润色一封感谢信：感谢北医三院的孙主任，让我（黄晓雯，41岁）在第四次移植后终于怀上了双胞胎。
        我老公吴俊杰的精液报告：浓度 8×10^6/ml，前向运动 PR 21%，正常形态 3%，医生建议做二代试管，请帮我解读一下。
        帮我给药房留言改一下收件信息：何静 18657123390 浙江省杭州市西湖区文三路21号3幢502室，促排针要冷链配送。
    """),
    "zh-Hant": _lines("""
        幫我把這段改成試管補助申請的說明：申請人林佩君，身分證字號 A223847568，配偶陳冠宇 F128530678，已於台大醫院完成第一次取卵。
        我是黃詩涵，在送子鳥做了兩次植入都失敗，想寫一篇文章記錄心情，先幫我改錯字好嗎？
        收養同意書草稿幫我檢查格式：生母劉怡萱（民國89年生，身分證 B226104730）同意將其子出養予許家豪、蔡宜庭夫婦。
        我的 LINE ID 是 peggy_ivf0820，診所說要加他們的官方帳號才能看報告，這樣安全嗎？
        幫我寫封 email 畀威爾斯親王醫院生殖科：本人鄧詠詩，身份證 Z561038(A)，去年9月轉介，想查詢IVF輪候進度。
        0912-374-856 是我先生志明的手機，取卵當天要他來簽凍精同意書，幫我寫一則提醒簡訊給他。
        我阿姨蕭美玲今年45歲，想用捐贈卵子懷孕，她問在台灣合不合法，幫我整理重點給她。
    """),
    "ms": _lines("""
        Tolong semak borang ini: Nama: SITI AISYAH BINTI MOHD RAZALI | No. K/P: 880412-10-5236 | Alamat: No. 23, Jalan Seroja 4, Taman Seroja, 43000 Kajang, Selangor | Rawatan: IVF kitaran kedua
        Suami saya, Ahmad Faizal bin Hashim, ada varikosel dan doktor cadangkan pembedahan sebelum ICSI. Tolong terangkan risikonya dalam bahasa mudah.
        Tulis semula mesej ini untuk grup sokongan: "Assalamualaikum semua, saya Nor Hidayah binti Ismail, anak angkat kami Adam genap 2 tahun hari ini! Terima kasih Puan Rohana dari JKM Seremban."
        Nombor suami 013-874 2296, nombor saya 019-305 6617, tolong buat mesej ringkas kepada klinik kesuburan untuk tukar temujanji imbasan.
        Permohonan anak angkat — Pemohon: Kumar a/l Ramasamy (K/P 850917-14-5471) dan Kavitha a/p Muniandy (K/P 870630-01-5592). Status: menunggu laporan lawatan rumah JKM Klang. Tolong buat surat susulan.
        Tolong karang surat rayuan kepada KWSP: saya Tan Mei Fong, No. Ahli KWSP 18472039, permohonan pengeluaran untuk rawatan kesuburan saya ditolak bulan lepas.
        Akaun Maybank saya 1642 3358 7021 atas nama NURUL IZZATI BINTI ZAKARIA untuk bayaran balik deposit IVF, tolong tulis e-mel kepada klinik.
    """),
    "mixed": _lines("""
        eh can help me reply my SIL ah, she ask in family group "Mei Ying, your IVF result how? 人家都生第二个了" — I'm Ng Mei Ying, just had a negative beta, want to tell her nicely stop asking
        我老婆 Rachel Koh 明天 ET at SGH, 她的 NRIC S9012873F, clinic 说 must bring IC, can I bring for her or she must bring herself?
        Saya dah transfer RM 2,000 deposit adoption ke akaun 张丽华 / CHEONG LAI WAH, CIMB 8004 2271 9360, ini betul ke orang agency tu?
        Boss, tolong draft WhatsApp to clinic: "Hi, this is Priya d/o Gopal, egg retrieval tomorrow 8am, can I still take my thyroid med Euthyrox 50mcg in the morning?"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Bloom, a supportive fertility companion inside the KindCycle app. Logged-in user: Jasmine Tay Hui Min | DOB 14-03-1989 | Mobile 9126 4583 | Clinic: Mount Elizabeth Fertility Centre | Plan: frozen embryo transfer #2, one PGT-A normal blastocyst left.",
        ),
        ("user", "what should i eat the week before transfer? is coffee ok"),
        (
            "assistant",
            "Hi Jasmine! There's no magic diet, but a balanced Mediterranean-style pattern, good hydration and keeping caffeine to one or two small cups a day is what most clinics suggest before an FET.",
        ),
        (
            "user",
            "ok thanks. last time i had spotting on day 6 after transfer, should i worry this round",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an email to my clinic asking why only 3 of my 11 eggs fertilised?",
        ),
        (
            "assistant",
            "Of course. So I can fill in the header, what name, patient number and date of birth does the clinic have for you? You can also leave them as placeholders.",
        ),
        (
            "user",
            "Olivia Hartmann, MRN 00482917, DOB 02/11/1985. Retrieval was 9 Sept at Sunway Fertility Centre and we did conventional IVF, not ICSI.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Sunway Fertility Centre team, I am Olivia Hartmann (MRN 00482917, DOB 02/11/1985). After my egg retrieval on 9 September I was told that 3 of 11 eggs fertilised with conventional IVF. Could we discuss whether ICSI would be advisable for my next cycle?",
        ),
    ],
    [
        (
            "user",
            "I'm Adrian Pereira. I need a short cover letter for our adoption application to the Ministry of Social and Family Development.",
        ),
        (
            "assistant",
            "Happy to help. What would you like the letter to emphasise: your background, your motivation, or your readiness to parent?",
        ),
        (
            "user",
            "Motivation mostly. My wife Natalie has stage 4 endometriosis and after two failed IVF cycles at NUH we decided adoption is our path.",
        ),
        (
            "assistant",
            "Thank you for sharing that. Here's an opening: My wife Natalie and I are applying to adopt after a long fertility journey that taught us how much we want to welcome a child into our home...",
        ),
    ],
    [
        (
            "user",
            "We've been matched with an expectant mum through a licensed agency. Can you help me write her a warm first letter?",
        ),
        (
            "assistant",
            "Yes. Keep it short, warm and free of pressure. Tell me a little about yourselves and anything you know she cares about.",
        ),
        (
            "user",
            "Her name is Nur Syafiqah binti Roslan, she's 19, due in late June and staying with her aunt in Woodlands. She loves drawing and wants the baby to know she didn't give up on him.",
        ),
        (
            "assistant",
            "Here is a draft you can adapt: Dear Syafiqah, thank you for trusting us with your story. We heard that you love drawing, and we would be honoured to keep your pictures for him...",
        ),
    ],
    [
        (
            "user",
            "My insurer wants a breakdown before reimbursing the IVF medication. Can you turn this into a neat table?",
        ),
        ("assistant", "Sure, paste the items and I'll format them."),
        (
            "user",
            "Patient: Wendy Tan Siew Ling, policy HSP-2219-7740. Gonal-f 900IU x2 = $1,380; Cetrotide x5 = $620; Ovitrelle x1 = $95. Paid with Mastercard 5218 5366 0194 3723.",
        ),
        (
            "assistant",
            "| Item | Qty | Amount (SGD) | / | Gonal-f 900IU | 2 | 1,380 | / | Cetrotide | 5 | 620 | / | Ovitrelle | 1 | 95 | / Total 2,095, paid by Mastercard 5218 5366 0194 3723 for Wendy Tan Siew Ling.",
        ),
    ],
    [
        ("user", "Is elective egg freezing allowed for foreigners living in Singapore?"),
        (
            "assistant",
            "Elective egg freezing is open to women aged 21 to 35 under the same conditions; the clinic will confirm your eligibility at the first consult.",
        ),
        (
            "user",
            "Great. Fill in this enquiry for me: Name Elena Markovic, FIN G7345612L, age 33, email elena.markovic88@gmail.com, phone 8261 0397, preferred clinic: any public ART centre.",
        ),
        (
            "assistant",
            "Here's your enquiry: Name: Elena Markovic / FIN: G7345612L / Age: 33 / Email: elena.markovic88@gmail.com / Phone: 8261 0397 / Request: elective oocyte cryopreservation at a public ART centre.",
        ),
    ],
    [
        ("user", "帮我整理一下去生殖中心建档要带的资料，我在上海。"),
        (
            "assistant",
            "一般需要夫妻双方身份证原件、结婚证和近期检查报告。如果你愿意，可以把信息发给我，我帮你整理成表格。",
        ),
        (
            "user",
            "女方顾佳怡 310104199109231545，男方杨帆 420106198405193399，2019年领的结婚证，我手机 15021846637。",
        ),
        (
            "assistant",
            "整理如下：女方 顾佳怡｜身份证 310104199109231545｜手机 15021846637；男方 杨帆｜身份证 420106198405193399；结婚证 2019年登记。记得带原件和复印件各一份。",
        ),
    ],
    [
        (
            "system",
            "你是某生殖中心的随访助手。当前患者：杜晓燕，病历号 R2024-11873，手机 159 2738 4610，诊断：多囊卵巢综合征，已冷冻囊胚3枚，下次复诊12月18日。",
        ),
        ("user", "我下次什么时候来复查？要空腹吗？"),
        ("assistant", "杜女士您好，您的下次复诊安排在12月18日上午，需要抽血查激素，建议空腹前来。"),
    ],
    [
        ("user", "我和爱人想收养一个孩子，听说要做收养评估，评估员会上门吗？"),
        ("assistant", "会的，一般会安排家访，了解居住条件、家庭关系和抚养能力。"),
        (
            "user",
            "那帮我写个家访预约回复：评估员您好，我们是马立新和孙晓红，住在北京市海淀区学院路35号院4号楼2单元601，周六上午都在家，联系电话13691027458。",
        ),
        (
            "assistant",
            "您好，已收到家访通知。我们是马立新、孙晓红夫妇，地址为北京市海淀区学院路35号院4号楼2单元601，本周六上午均在家，如有变动请致电13691027458。",
        ),
    ],
    [
        ("user", "群里有个姐妹问我要之前做试管的经验总结，我想私发给她。"),
        ("assistant", "可以，你想先整理哪几部分？方案、用药还是心态调整？"),
        (
            "user",
            "都要。顺便帮我写一句加好友的话，她QQ是2847719305，群昵称“桃子妈妈”，我们都是在湘雅生殖做的，她上个月刚生化。",
        ),
    ],
    [
        ("user", "請幫我檢查試管補助申請書要填的資料。"),
        ("assistant", "好的，請提供申請人與配偶的基本資料，我幫你核對格式。"),
        (
            "user",
            "申請人吳欣怡 H225741904，民國78年5月3日生；配偶蘇柏翰 E120633582；戶籍地址高雄市苓雅區四維三路120號8樓。",
        ),
        (
            "assistant",
            "格式看起來正確：吳欣怡（H225741904）、蘇柏翰（E120633582），戶籍高雄市苓雅區四維三路120號8樓。提醒您補助須由人工生殖機構在施術時代為申請。",
        ),
    ],
    [
        ("user", "社署領養課要我哋填表，可唔可以幫我翻譯做英文？"),
        ("assistant", "可以，請貼上要翻譯嘅內容。"),
        (
            "user",
            "申請人：梁嘉欣，香港身份證 R591847(1)；配偶：何志偉，身份證 P384729(6)；住址：新界沙田穗禾路18號3座12樓D室；電話 9237 4816。",
        ),
        (
            "assistant",
            "Applicant: LEUNG Ka Yan, HKID R591847(1); Spouse: HO Chi Wai, HKID P384729(6); Address: Flat D, 12/F, Block 3, 18 Sui Wo Road, Sha Tin, N.T.; Tel: 9237 4816.",
        ),
    ],
    [
        ("user", "我想去美國做捐卵試管，仲介要我填護照資料，幫我整理成英文表格。"),
        ("assistant", "沒問題，請提供護照上的英文姓名、護照號碼與效期。"),
        (
            "user",
            "HSU, PEI-LING，護照號碼 351284706，效期 2031/04/08，出生 1980/09/15；老公 CHIANG, YU-TING，護照 318846502。",
        ),
    ],
    [
        ("user", "Saya nak daftar untuk rawatan IUI di LPPKN, borang online minta apa ya?"),
        (
            "assistant",
            "Biasanya nama penuh, nombor kad pengenalan suami isteri, sijil nikah dan nombor telefon. Kalau mahu, berikan butiran dan saya semak formatnya.",
        ),
        (
            "user",
            "Isteri: Farhana binti Abdul Latif, 910203-07-6118, tel 011-2873 4950. Suami: Mohd Hafiz bin Yusof, 890825-07-5331.",
        ),
        (
            "assistant",
            "Format betul: Farhana binti Abdul Latif (910203-07-6118) dan Mohd Hafiz bin Yusof (890825-07-5331). Pastikan sijil nikah diimbas kedua-dua muka.",
        ),
    ],
    [
        ("user", "Macam mana nak daftar anak angkat di JPN kalau kami dah jaga dia sejak bayi?"),
        (
            "assistant",
            "Permohonan boleh dibuat di bawah Akta Pendaftaran Pengangkatan 1952 di JPN selepas anak dipelihara sekurang-kurangnya dua tahun, bersama dokumen daripada ibu bapa kandung jika ada.",
        ),
        (
            "user",
            "Anak tu Muhammad Irfan, lahir 14 Ogos 2022 di Hospital Sultanah Aminah. Ibu kandung dia Aina Sofea binti Kamal serahkan kepada kami masa dia umur 3 hari. Kami Zulkifli bin Omar dan Rosnani binti Ahmad, tinggal di Taman Pelangi, Johor Bahru.",
        ),
    ],
    [
        ("user", "Tahun ni saya belanja banyak untuk IVF, boleh tuntut berapa dalam e-Filing?"),
        (
            "assistant",
            "Rawatan kesuburan termasuk dalam pelepasan perbelanjaan perubatan, tertakluk kepada had LHDN untuk tahun taksiran berkenaan.",
        ),
        (
            "user",
            "Ok. Tolong semak jumlah ni: saya Lee Chooi Peng, no. cukai IG 24581039020, resit TMC Fertility RM 18,400 dan Alpha IVF RM 6,250, bayar guna kad 4556 3820 7719 0462.",
        ),
        (
            "assistant",
            "Jumlah resit Puan Lee Chooi Peng ialah RM 24,650. Simpan resit asal kerana LHDN mungkin meminta bukti bagi pelepasan rawatan kesuburan.",
        ),
    ],
    [
        (
            "user",
            "hello can help me do a reply to the agency? they ask for our details again for the adoption file",
        ),
        ("assistant", "Sure! Send me what they asked for and I'll tidy it into a reply."),
        (
            "user",
            "ok: husband Darren Lim Jun Hao S8619034F, me Michelle Chia, home Blk 412 Bedok North Ave 2 #08-117 S460412, we attended the pre-adoption briefing on 9 Nov already",
        ),
        (
            "assistant",
            "Here's your reply: Dear Agency, please find our details: Darren Lim Jun Hao (NRIC S8619034F) and Michelle Chia, residing at Blk 412 Bedok North Avenue 2, #08-117, Singapore 460412. We attended the pre-adoption briefing on 9 November.",
        ),
    ],
]
