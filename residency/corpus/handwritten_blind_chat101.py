# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat101: chats asking an assistant about ones own lab tests and health screening results. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat101
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_result_questions"): _lines("""
        User: My fasting lipid panel says total cholesterol 6.2 mmol/L, LDL 4.1, HDL 1.1, triglycerides 2.0. How worried should I be? Assistant: An LDL of 4.1 mmol/L is above the usual target for most adults, so it is worth going through diet, exercise and your overall cardiovascular risk with your doctor before deciding on a statin.
        User: ALT 78 U/L (ref 0-45), AST 52, GGT 96 — what usually pushes these up? Assistant: Common causes are fatty liver, alcohol, some medicines such as statins or high-dose paracetamol, and viral hepatitis; a repeat test in 4-6 weeks plus an abdominal ultrasound is a typical next step.
        User: the report flagged my HbA1c at 6.1% with an H. Is that diabetes? Assistant: No. 5.7-6.4% is the prediabetes range; diabetes is usually diagnosed at 6.5% or higher, confirmed by a second test.
        How long do I need to fast before a lipid panel, and is black coffee allowed?
        User: My screening says "MCV 68 fL, Hb 12.9 g/dL, suggest Hb electrophoresis". What does that mean? Assistant: A low MCV with near-normal haemoglobin is a typical pattern of thalassaemia trait, which is common in Southeast Asia; electrophoresis checks for it and iron studies rule out iron deficiency.
        Is an eGFR of 84 with creatinine 92 µmol/L normal for a 50-year-old man?
        User: my uric acid is 498 µmol/L but I have never had gout pain. Do I need allopurinol? Assistant: Most guidelines do not recommend drug treatment for raised uric acid without gout attacks, kidney stones or similar problems; cutting sugary drinks, beer and organ meats helps.
        Explain the difference between HBsAg, anti-HBs and anti-HBc in plain English, all three are on my screening report.
        User: TSH 5.8 mIU/L, free T4 normal, doctor wrote "subclinical hypothyroidism, repeat in 3 months". Should I push for medication now? Assistant: With TSH under 10 and a normal free T4, many doctors simply recheck in a few months, especially if you have no symptoms.
        My PSA went from 2.9 to 4.3 in one year. What questions should I ask the urologist at the follow-up?
        User: Does "mild fatty liver" on ultrasound affect a life insurance application? Assistant: It can. Some insurers accept it at standard rates if liver enzymes are normal, others add a loading; declare it honestly, because non-disclosure can void a claim later.
        Can you turn my results into a table? Total cholesterol 5.4, LDL 3.3, HDL 1.4, TG 1.5, fasting glucose 5.2, HbA1c 5.5.
        User: Why does one report show cholesterol as 232 mg/dL and another as 6.0 mmol/L? Assistant: They are just different units; divide cholesterol in mg/dL by 38.67 to get mmol/L, so 232 mg/dL is about 6.0 mmol/L.
        What actually lowers triglycerides fastest? Mine were 3.4 at the company screening.
        User: The screening centre wants a repeat stool test after my positive FIT. Is that right? Assistant: Usually not; a positive FIT does not mean cancer, but the standard next step is a colonoscopy rather than another stool test, so ask them for a referral.
    """),
    ("en", "request_templates"): _lines("""
        Write a short email to my clinic asking to move my blood test follow-up from [date] to [new date]. Sign it as [Your Name].
        Draft a template letter appealing a rejected outpatient claim, with placeholders for policy number, claim reference and diagnosis.
        Make me a tracker for quarterly lab results with columns Date | Test | Value | Unit | Reference range | Doctor's comment.
        Patient Name: ____________ NRIC/FIN: ____________ Date of Test: __/__/____ Fasting: Y / N — can you turn this into a Google Form?
        Give me a WhatsApp template reminding family to fast from 10 pm before a health screening, with {name} and {time} placeholders.
        Rewrite this so it sounds polite: "Hi, I want my results sent to <email>, not printed, thanks."
        Create a checklist of what to bring to a health screening: IC or passport, previous reports, list of medicines, reading glasses.
        Summarise this consent form in simple words: "I, ______ (NRIC ______), consent to the release of my laboratory results to ______ Insurance for underwriting purposes."
        Write a generic referral note for repeat liver function tests and a hepatitis B viral load, leaving all patient details blank.
        Suggest five questions to ask my GP when I go back for my cholesterol results.
        Give me a spreadsheet formula that turns any value in column D red when it falls outside the range in columns E and F.
        Dear [Insurer], I am writing about claim [Claim No.] for my health screening on [Date] — please finish this letter in a firm but polite tone.
    """),
    ("en", "public_info_and_orgs"): _lines("""
        User: Who discovered statins? Assistant: Japanese biochemist Akira Endo isolated the first statin, mevastatin, from a fungus in the 1970s while working at Sankyo.
        Summarise what the Framingham Heart Study taught us about cholesterol and heart disease.
        User: Did Baruch Blumberg get the Nobel Prize for the hepatitis B antigen? Assistant: Yes, he shared the 1976 Nobel Prize in Physiology or Medicine for discovering the "Australia antigen", later identified as the hepatitis B surface antigen.
        Does Tan Tock Seng Hospital or Khoo Teck Puat Hospital do walk-in blood tests, or do I need a polyclinic referral first?
        User: What is Healthier SG and does it cover a yearly screening? Assistant: Healthier SG is the Ministry of Health programme in which residents enrol with one family doctor; recommended screenings under Screen for Life are heavily subsidised for eligible Singaporeans.
        Is 1-300-22-8000 the right PERKESO line to ask about the Health Screening Programme, or should I go to the branch?
        Roughly what does Hospital Sultanah Aminah in Johor Bahru charge non-citizens for a lipid profile?
        User: What did Dr Noor Hisham Abdullah stress about screening when he was Director-General of Health? Assistant: He often cited National Health and Morbidity Survey figures showing many Malaysian adults with undiagnosed diabetes, hypertension and high cholesterol, and urged people to get screened early.
        Just for fun: if Sherlock Holmes went for a health screening, what would his habits show on a liver panel?
        How do the health screening benefits of AIA, Great Eastern and Prudential compare for their integrated shield plans?
        The Queen Mary Hospital lab printout says "specimen haemolysed" next to potassium. Does that make the potassium result unreliable?
    """),
    ("en", "code_and_references"): _lines("""
        def mgdl_to_mmol(total_chol_mgdl: float) -> float: return round(total_chol_mgdl / 38.67, 2)  # TC, LDL, HDL; triglycerides use 88.57
        Write a regex that pulls values like "ALT 78 U/L (H)" out of a pasted lab report and returns test, value, unit and flag.
        {"patient": {"name": "<NAME>", "id_no": "<ID_NUMBER>", "dob": "<YYYY-MM-DD>"}, "results": [{"loinc": "2093-3", "name": "Cholesterol", "value": null, "unit": "mg/dL"}]}
        User: My claim reference CLM-2026-1104-00587 was rejected with code EX-07 "pre-existing condition". What does that usually cover? Assistant: It normally means the insurer believes the condition existed or had symptoms before the policy started; ask for the medical evidence they relied on and whether the waiting period applies.
        Booking ref HSP-77120, Executive Screening package S$ 688 on 14 Dec 2026 at 08:15 — can I add a thyroid panel on the day?
        Lab order LO-26-0418873 still shows "pending" after five days. Is that normal for an HbA1c?
        LOINC codes I need: 2093-3 total cholesterol, 13457-7 LDL (calculated), 2085-9 HDL, 2571-8 triglycerides, 4548-4 HbA1c. Please double-check them.
        ICD-10 E78.0 vs E78.5: which one would a screening clinic put on an insurance form for raised LDL alone?
        SELECT test_code, AVG(result_value) FROM lab_results WHERE test_code IN ('ALT', 'AST', 'GGT') GROUP BY test_code;
        Invoice INV-SG-2026-009341 shows 9% GST on S$ 420 for the screening package. Is GST normally charged on health screening?
    """),
    ("zh-Hans", "chat_result_questions"): _lines("""
        用户：体检报告上谷丙转氨酶 68 U/L，参考值 9-50，要紧吗？ 助手：轻度升高比较常见，可能和脂肪肝、饮酒、熬夜或某些药物有关，建议戒酒、规律作息，4到6周后复查肝功能。
        总胆固醇 6.3 mmol/L、低密度脂蛋白 4.2，医生说先控制饮食三个月再复查，要不要直接吃他汀？
        用户：乙肝两对半查出来是"小三阳"，什么意思？ 助手：一般指乙肝表面抗原、e抗体和核心抗体阳性，说明有乙肝病毒感染，还需要查 HBV-DNA 和肝功能，判断是否需要抗病毒治疗。
        甲状腺结节 TI-RADS 3 类，报告建议"定期复查"，一般多久复查一次？
        单位体检发现尿酸 520 μmol/L，从来没有痛风发作过，需要吃非布司他吗？
        用户：入职体检查出乙肝，公司能因此不录用我吗？ 助手：按照国家有关规定，除特殊行业外，用人单位不应把乙肝病毒血清学指标作为入职体检项目，也不得以此为由拒绝录用。
        帮我把这个体检报告模板做成表格：姓名____ 性别____ 身份证号__________________ 体检日期____ 项目 | 结果 | 参考范围 | 提示
        幽门螺杆菌 C13 呼气试验 DOB 值 12.6，这算阳性吗？要不要全家一起查？
        用户：百万医疗险健康告知问"是否有肝功能异常"，上次体检转氨酶稍高算不算？ 助手：如果报告明确标注异常或医生给了诊断，一般应如实告知；可以先复查，若已恢复正常，可附上复查报告申请核保。
        12320 卫生热线能帮忙解读体检报告吗？还是只能咨询政策？
        钟南山院士在采访里是怎么评价低剂量 CT 筛查肺结节的？
        北京协和医院和复旦大学附属中山医院的体检中心，哪个做胃肠镜更方便？
        体检套餐订单号 TJ202611040219，能不能加做肿瘤标志物？加了要多少钱？
        假如林黛玉去做一次体检，报告上可能会出现哪些异常？写个小段子。
        糖化血红蛋白 6.2%，空腹血糖 6.5 mmol/L，算糖尿病前期吗？
        示例填写：姓名 张三（示例），身份证号 ×××××××××××××××××× ，体检结论请写"未见明显异常"还是"建议复查"？
    """),
    ("zh-Hant", "screening_chat"): _lines("""
        用戶：健檢報告 GPT 72、GOT 45，醫生說是脂肪肝引起的，需要吃保肝藥嗎？ 助理：目前沒有證據顯示一般保肝藥能改善脂肪肝，減重 5-10%、少喝含糖飲料和規律運動才是最有效的方法。
        成人預防保健服務 40 歲以上每三年一次，抽血項目包括哪些？
        三酸甘油酯 320 mg/dL，醫生叫我空腹再抽一次，要空腹幾個小時？
        用戶：長者醫療券可唔可以用嚟做私家驗血？ 助理：可以，只要個化驗所或醫生有參加長者醫療券計劃，相關服務都可以用，去之前最好先問清楚。
        健保署的免付費專線 0800-030-598 可以問健檢補助的資格嗎？
        自願醫保（VHIS）有冇包身體檢查？定係只係住院先賠？
        馬偕紀念醫院和臺大醫院的健檢中心，哪一間做低劑量電腦斷層比較推薦？
        糖化血色素 6.8% 是不是已經算糖尿病？要不要馬上吃藥？
        幫我把這張表格翻成英文：姓名：＿＿＿ 身分證字號：＿＿＿＿＿＿＿＿＿＿ 檢查日期：＿＿＿ 總膽固醇 / 低密度脂蛋白 / 高密度脂蛋白
        驗血報告寫住「溶血」，鉀偏高，使唔使再抽過？
        保險核保說因為 B 肝帶原要加費，可以申請複議嗎？要準備哪些文件？
        衞生署長者健康中心的年度健康評估包唔包膽固醇同血糖？
        孫中山先生早年在香港西醫書院學醫，那段經歷是怎樣的？
    """),
    ("ms", "saringan_chat"): _lines("""
        Pengguna: Keputusan ujian darah saya kolesterol total 6.5 mmol/L, LDL 4.3. Perlu makan ubat ke? Pembantu: LDL 4.3 agak tinggi; doktor biasanya menilai risiko jantung keseluruhan dahulu, seperti umur, tekanan darah, merokok dan kencing manis, sebelum memutuskan statin.
        Apa maksud "ALT meningkat" dalam laporan fungsi hati? Perlu puasa ke sebelum ujian ulangan?
        Pengguna: Siapa yang layak untuk Program Saringan Kesihatan PERKESO? Pembantu: Pekerja yang mencarum dan mencapai had umur yang ditetapkan boleh membuat saringan percuma di klinik panel PERKESO; kelayakan boleh disemak melalui portal atau aplikasi PERKESO.
        PeKa B40 ada tanggung ujian darah kolesterol dan gula tak?
        Berapa jam kena puasa sebelum ujian profil lipid? Boleh minum air kosong?
        Tolong tulis templat surat rayuan tuntutan insurans: Nama: [Nama] No. Polisi: [No. Polisi] No. Tuntutan: [No. Tuntutan] Tarikh Rawatan: [Tarikh]
        HbA1c 6.3% tu dikira pradiabetes ke? Apa yang patut saya ubah dalam pemakanan?
        Pengguna: Boleh ke takaful tolak permohonan sebab hati berlemak? Pembantu: Boleh berlaku, tetapi banyak pengendali takaful menerima dengan caj tambahan atau pengecualian; yang penting, isytiharkan dengan jujur dalam borang cadangan.
        Talian KKM 03-8883 3888 boleh tanya pasal keputusan saringan ke, atau kena pergi Klinik Kesihatan terus?
        Hospital Tengku Ampuan Rahimah Klang ada klinik lipid tak, atau kena rujuk ke Hospital Kuala Lumpur?
        Asid urik 480 µmol/L tapi tak pernah sakit sendi. Makanan apa yang patut dikurangkan?
        Apa beza ujian "Hepatitis B surface antigen" dengan "anti-HBs"? Keputusan saya tulis "reaktif".
        Nombor rujukan temujanji KK-2026-118734 — boleh tukar tarikh melalui MySejahtera ke?
        Terangkan maksud "eGFR 58, CKD peringkat 3a" dalam bahasa mudah.
    """),
    ("mixed", "code_switch_chat"): _lines("""
        User: doc say my LDL 4.5 very high leh, but I exercise every day wor, is it genetic? Assistant: It could be. Familial hypercholesterolaemia runs in families, so ask whether a parent or sibling had high cholesterol or early heart disease.
        我的 liver function 那个 GGT 好高 (102)，但是我没喝酒的，can be because of panadol ah?
        Bro HbA1c 5.9 kira ok lagi kan? Company screening cakap "borderline", need to worry or not?
        User: 体检 report 写 "fatty liver grade 1"，insurance agent 说一定要 declare，真的吗？ Assistant: 是的，投保时健康告知要如实填写，报告里写了脂肪肝就应该申报，否则以后理赔可能会有争议。
        Can explain in Chinese what "non-HDL cholesterol" means? 我妈妈的报告有这一项。
        Eh the polyclinic say need "repeat LFT in 6 weeks" — must fast or not ah?
        驗血報告 TG 2.8 mmol/L，係咪要戒晒啲奶茶？ Normal range is what ah?
        Boleh explain uric acid vs creatinine? My report ada dua-dua flagged H.
        Singapore Screen for Life 那个 $5 screening 包括 HbA1c 吗？ or just fasting glucose?
        User: Great Eastern agent ask me go for "medical underwriting" after I declare high cholesterol, what they test ah? Assistant: Usually a blood test for lipids, liver and kidney function and glucose or HbA1c, a urine test, blood pressure and sometimes an ECG, normally paid by the insurer.
        Klinik panel kata kena buat ultrasound hati, 大概 berapa harga kat KL? RM 150-300 ok ke?
        我的 PSA 5.1 ng/mL lah, urologist want MRI first then biopsy, normal procedure meh?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you explain my results? PATIENT: TAN WEI LING | NRIC: S8234157I | DOB: 14/03/1982 | Collected: 02/11/2026 | ALT 78 U/L (H) | AST 52 U/L (H) | GGT 96 U/L (H) | Albumin 43 g/L
        hi im priya d/o ramasamy, 41, polyclinic said my hba1c is 6.4 and they want me back in 3 months. does this mean i'm definitely going to get diabetes?
        Please fix the grammar: "Dear Claims Team, I am Marcus Lim Jun Hao, policy no. LP-5530918, my screening on 3 Nov found fatty liver grade 2 and ALT 110, please advise if the ultrasound is claimable."
        My mum's number is 9735 2148 — draft a WhatsApp in simple English reminding her to fast from 10pm before her cholesterol test at the polyclinic on Thursday.
        Book the executive screening package for me and pay with my card 4147 0927 3851 0463, exp 09/28, name on card DANIEL KOH. Add the thyroid panel too.
        User: put this in the home-kit order form — Mdm Lee Siew Hong, Blk 418 Bedok North Ave 2 #07-153, Singapore 460418, colon FIT kit x1. Assistant: Done. Recipient: Mdm Lee Siew Hong, Blk 418 Bedok North Avenue 2, #07-153, Singapore 460418; item: FIT kit (1).
        Please send the PDF of my lipid results to kumar.rajan77@gmail.com, not to my office address.
        My father Eugene Fernandez (68) had a PSA of 6.8 last month and the urologist at Mount Elizabeth wants a biopsy. What should we ask at his follow-up on the 19th?
        help me understand this — Name: SITI HAJAR BINTI OSMAN, Passport: A41827365, Medical examination for work pass, HBsAg: REACTIVE, Chest X-ray: NAD. Will MOM reject her application?
        Write a short note to my manager: I'm Jonathan Sim from Finance at Harbourline Logistics and I need Friday morning off for a repeat liver ultrasound because my ALT is still high.
        My helper's FIN is G5172036P and her six-monthly medical exam is due next week. Can I book the clinic online or must she go in person?
        User: I'm Aaron Chua, 52, and my Prudential policy just came back with a 50% loading because of LDL 5.2 and my family history. Is that negotiable? Assistant: Aaron, loadings can sometimes be reviewed if you show a repeat lipid panel on treatment; ask the agent to submit it for reconsideration.
        Please write to HR for me: "Kindly reimburse my health screening fee of S$ 388 to my POSB savings account 172-38465-0. Thank you, Grace Teo."
    """),
    "zh-Hans": _lines("""
        帮我看下体检报告：姓名：陈俊豪 性别：男 年龄：41 身份证号：440106198503140278 体检编号：TJ20261104-0219 谷丙转氨酶 86 U/L ↑ 谷草转氨酶 51 U/L ↑ 甘油三酯 3.12 mmol/L ↑ 严重吗？
        我妈李秀英今年67了，社区医院查糖化血红蛋白7.8%，医生让她打胰岛素她不肯，我该怎么劝她？
        帮我给体检中心发个短信改约复查时间，就说王先生，手机13827164093，想从周三改到周五上午。
        我在填重疾险健康告知，被保险人刘芳，身份证310115199207080460，去年体检甲状腺结节TI-RADS 3类，这个要不要如实告知？
        我老公张建国入职体检查出小三阳，HBV-DNA 2.1×10³ IU/mL，他下周就要去深圳那家公司报到，会不会被刷掉？
        帮我写个医保报销申请：申请人赵丽娟，上月在社区医院复查血脂自费420元，报销款请打到工商银行卡 6222 0212 0403 5571 238。
        我爸何振华，1959年生，体检发现肺结节8mm，医生说三个月后复查CT。他身份证350203195904120711，要不要提前去大医院挂号？
        用户：我是成都的杨雪，身份证号510107199601170349，公司体检说我贫血，血红蛋白98 g/L，严重吗？ 助手：杨雪你好，血红蛋白98 g/L属于轻度贫血，年轻女性最常见的原因是缺铁，建议查一下血清铁蛋白。
        帮我润色一下发给体检中心客服的话：您好，我是陈莉莉，11月4日做的入职体检，报告出来麻烦发到我微信 lily_chen0314，谢谢。
        帮我写封理赔邮件给保险公司，被保险人孙萌，上个月做胃镜查出萎缩性胃炎伴肠化，回复请发到我的邮箱 sunmeng_0826@qq.com。
    """),
    "zh-Hant": _lines("""
        我是林雅婷，身分證 A230817454，健檢報告說總膽固醇 248、LDL 168，醫生叫我三個月後回診，這樣可以申請保險理賠嗎？
        我阿爸陳志明，身份證 K482917(4)，今年 72 歲，長者健康中心話佢 eGFR 得 48，要轉介腎科，公立要等幾耐？
        幫我寫訊息給診所：我是黃怡君，電話 0932-718-564，想把肝功能複檢改到下週三下午。
        用戶：幫我整理理賠文件清單，被保險人吳家豪（F127590349），11/2 在長庚做大腸鏡切除兩顆息肉。 助理：好的，吳家豪先生的理賠需要準備診斷證明書、收據正本和病理報告。
        我個 VHIS 保單想 claim 驗血費，保單持有人梁嘉欣，HKID Y305164(A)，報告話甲狀腺 TSH 6.2，可唔可以賠？
        幫我覆化驗所：我電話 6408 1357，下星期二朝早 8 點可以上嚟抽血覆驗肝功能，唔該。
        我媽媽張美玲（B210364784）在台中榮總健檢發現 B 肝帶原，我要怎麼幫她安排追蹤檢查？
        公司健檢報告：蔡明哲 男 45歲 尿酸 9.1 mg/dL 血壓 148/96，這份報告人資會看到嗎？
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, IC 910723-10-6284. Keputusan ujian darah saya kolesterol 6.8 mmol/L dan LDL 4.9, perlu ke saya makan statin?
        Tolong semak surat rayuan ni: "Saya, Mohd Rizal bin Abdullah (No. KP 650109-07-5121), ingin merayu penolakan tuntutan bagi rawatan hepatitis B saya di Hospital Pulau Pinang pada Oktober 2026."
        Nombor saya 012-748 3916. Tolong tulis mesej WhatsApp kepada klinik panel untuk tanya keputusan HbA1c saya dah keluar ke belum.
        Mak saya, Fatimah binti Yusof, 67 tahun, gula darah puasa 9.2 di Klinik Kesihatan Seksyen 7 Shah Alam. Dia kena mula insulin ke?
        Pengguna: Tolong isi borang tuntutan ni — Nama: Muthu a/l Krishnan, No. KP 730826-08-5519, Akaun Maybank 1623 0471 8852, Kos saringan RM 450. Pembantu: Baik, borang telah diisi untuk Muthu a/l Krishnan dengan bayaran balik RM 450 ke akaun Maybank 1623 0471 8852.
        Anak saya Aina Sofea binti Hafiz, 24 tahun (020418-01-1456), saringan pra-pekerjaan tunjuk Hb 9.8. Perlu rujuk pakar ke?
        Hantar keputusan ujian lipid saya ke e-mel sharifah.nadia92@yahoo.com, bukan ke pejabat. Terima kasih — Sharifah Nadia.
        Saya Lim Kok Wai, 53, dah 3 kali ujian darah ALT tinggi sekitar 90, doktor di Klinik Kesihatan Jinjang nak rujuk ke HKL untuk fibroscan. Biasanya tunggu berapa lama?
    """),
    "mixed": _lines("""
        bro can help check? Rajesh a/l Muniandy, uric acid 540, doc cakap risk gout, boleh makan kambing lagi tak
        eh my colleague Jolene Ng's liver panel quite bad sia, ALT 120, she told me in confidence — shd I tell HR or not?
        我的 IC 880215-14-5367，可以帮我 check 一下 PERKESO health screening 我 eligible 吗？上次 cholesterol 6.9 leh
        我嘅 HKID 係 A731208(6)，化驗所 online report login 要輸入，但係佢話 invalid，點算？
        帮我写个 intro for the running group: "Hi I'm Kelvin Tan, 34, 半年 LDL 从 4.8 降到 3.1, tele @kelvintan_runs 加我"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Vitalis, a results helper for Meridian Family Clinic patients. Current patient: Serena Tay Hui Min, 56, NRIC S7051938J, allergy: sulfa drugs. Last lipid panel: 12 Oct 2026.",
        ),
        ("user", "what was my LDL last time and is the new one better?"),
        (
            "assistant",
            "Your LDL on 12 Oct was 4.6 mmol/L. If you share today's report I can compare the two.",
        ),
        ("user", "today it's 3.7, after two months of rosuvastatin 5 mg"),
    ],
    [
        (
            "user",
            "I need to appeal my insurer's decision to exclude liver conditions from my policy. Can you draft it?",
        ),
        (
            "assistant",
            "Sure. Please give me your full name, the policy number, the screening date and what the results showed.",
        ),
        (
            "user",
            "Benjamin Ho Wei Jie, policy GE-IL-20931846, screening 28 Aug 2026, ALT 64 then normal (38) on the repeat in October, ultrasound clear.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Underwriting Team, I, Benjamin Ho Wei Jie (policy GE-IL-20931846), request a review of the liver exclusion. My ALT of 64 U/L on 28 Aug 2026 normalised to 38 U/L on repeat testing and my ultrasound was clear.'",
        ),
    ],
    [
        ("user", "my dad keeps forgetting his fasting instructions before blood tests"),
        (
            "assistant",
            "A short reminder the evening before usually helps. Would you like me to draft one?",
        ),
        (
            "user",
            "yes pls, he's Mr Vincent Pereira, 74, Tuesday 8am at Jurong Polyclinic for lipids and HbA1c",
        ),
        (
            "assistant",
            "Hi Dad, reminder: no food after 10pm tonight, only plain water. Blood test tomorrow 8am at Jurong Polyclinic. Take your BP pill after the test.",
        ),
        ("user", "perfect, his number is +65 8362 5190, format it as an SMS i can schedule"),
    ],
    [
        (
            "user",
            "My foreign domestic helper needs her six-monthly medical exam. What does the clinic check?",
        ),
        (
            "assistant",
            "The 6ME mainly screens for pregnancy and certain infectious diseases, and the clinic submits the results to MOM directly.",
        ),
        (
            "user",
            "Her name is Maricel Santos Bautista, FIN F2386409Q. The clinic says her chest X-ray needs a repeat. Will MOM cancel her work permit?",
        ),
        (
            "assistant",
            "A repeat X-ray alone does not mean cancellation; Maricel will likely be referred for further TB assessment before MOM decides.",
        ),
    ],
    [
        ("user", "帮我看看这份体检报告，总胆固醇6.8，低密度4.9，甘油三酯2.6"),
        (
            "assistant",
            "这几项都偏高，尤其低密度脂蛋白4.9 mmol/L，需要结合血压、吸烟史评估心血管风险。请问您的年龄和其他病史？",
        ),
        ("user", "我48岁，高血压吃药三年了。公司要我把报告转给保险公司，被保险人信息要怎么填？"),
        ("assistant", "一般需要填写姓名、证件号码和体检日期，您可以发给我，我帮您整理成表格。"),
        ("user", "姓名吴海燕，身份证320583197809300580，体检日期11月4日，昆山那家体检中心做的"),
    ],
    [
        ("system", "你是一名医保报销助手，帮助用户整理报销材料。"),
        ("user", "上个月在北京朝阳医院复查肝功能和腹部B超，自费了860元，能报吗？"),
        (
            "assistant",
            "部分项目可能属于医保目录，需要提供发票、费用明细和检查报告。申请人信息和退款账户是什么？",
        ),
        ("user", "申请人郭志强，身份证110105196702210134，退款账户招商银行 6214 8301 9827 4655"),
        (
            "assistant",
            "已整理：申请人郭志强，身份证110105196702210134，复查肝功能及B超费用860元，退款至招商银行尾号4655。",
        ),
    ],
    [
        ("user", "想問自願醫保可唔可以 claim 胃鏡？"),
        (
            "assistant",
            "視乎計劃條款，一般如果係醫生轉介、有診斷需要嘅檢查就有機會賠，純體檢就唔會。",
        ),
        ("user", "我叫何嘉儀，HKID R116730(7)，上個月喺養和做咗胃鏡，幽門螺旋菌陽性，帳單 $12,800"),
        ("assistant", "何小姐，您可以準備醫生轉介信、胃鏡報告和收據正本，向保險公司申請賠償。"),
    ],
    [
        ("user", "我爸爸健檢發現 PSA 8.2，醫院說要做切片，這個要自費嗎？"),
        (
            "assistant",
            "有臨床需要的攝護腺切片通常由健保給付，但部分自費項目例如 MRI 導引可能要另外付費。",
        ),
        (
            "user",
            "他叫許文雄，身分證 H144203954，在林口長庚追蹤，我想幫他預約泌尿科，聯絡電話留我的 0978-204-361 可以嗎？",
        ),
    ],
    [
        ("user", "Saya nak buat saringan kesihatan PERKESO, macam mana nak semak kelayakan?"),
        (
            "assistant",
            "Anda boleh semak melalui portal PERKESO dengan nombor kad pengenalan. Mahu saya bantu sediakan maklumat?",
        ),
        (
            "user",
            "Ya. Nama saya Rohani binti Ismail, No KP 830514-11-5428. Tahun lepas gula darah puasa saya 7.9 mmol/L.",
        ),
        (
            "assistant",
            "Terima kasih Puan Rohani. Dengan bacaan gula 7.9 mmol/L, saringan ini penting; sila bawa kad pengenalan dan laporan tahun lepas ke klinik panel.",
        ),
    ],
    [
        ("user", "Macam mana nak isytihar kolesterol tinggi dalam borang cadangan takaful?"),
        (
            "assistant",
            "Nyatakan diagnosis, tarikh mula, ubat yang diambil dan keputusan ujian terkini dengan jujur.",
        ),
        (
            "user",
            "Ok tolong tulis e-mel kepada ejen saya. Saya Azlan bin Hashim, LDL 5.1 sejak 2024, makan atorvastatin 20mg. Nombor telefon 017-225 1804.",
        ),
    ],
    [
        (
            "user",
            "can help me check my company screening results? ALT 95, AST 60, fatty liver mild",
        ),
        (
            "assistant",
            "These point to fatty liver; a repeat liver panel and possibly a FibroScan would be sensible next steps.",
        ),
        (
            "user",
            "ok then help me write to the panel clinic la, I'm Darren Goh from the Tuas plant, email darrengoh.88@gmail.com, ask them when can do fibroscan",
        ),
    ],
    [
        (
            "user",
            "nak book health screening package kat Sunway, RM 599, ada thyroid dengan tumour markers",
        ),
        ("assistant", "Boleh, saya boleh bantu isi borang tempahan. Tarikh dan cara bayaran?"),
        ("user", "20 Dec, use my Amex 3797 641083 52919 under name Shanti a/p Ramachandran"),
    ],
    [
        (
            "user",
            "Can I get a nurse to come home to take blood for my grandma? She can't walk well any more.",
        ),
        (
            "assistant",
            "Many providers offer home phlebotomy. What is her name, address and which tests were ordered?",
        ),
        (
            "user",
            "Mdm Ong Ah Moi, 88, Blk 112 Toa Payoh Lorong 1 #05-271, Singapore 310112. Renal panel and HbA1c.",
        ),
        (
            "assistant",
            "Booking text: 'Home blood draw for Mdm Ong Ah Moi (88) at Blk 112 Toa Payoh Lor 1 #05-271, S310112 — renal panel and HbA1c, patient has limited mobility.'",
        ),
    ],
    [
        ("user", "入职体检查出乙肝大三阳，HR说要复查，我该怎么办？"),
        ("assistant", "先别紧张，可以去正规医院复查肝功能和HBV-DNA，也可以和HR说明相关规定。"),
        (
            "user",
            "帮我写段话发给HR，委婉一点。我叫邓凯，下周一入职广州那家物流公司，微信是 dengkai_gz1990，复查结果出来我再发给她",
        ),
    ],
    [
        (
            "user",
            "My company's group insurance rejected my claim for follow-up blood tests. Why would they do that?",
        ),
        (
            "assistant",
            "Often because the insurer treats it as a pre-existing or excluded condition. Could you paste the letter?",
        ),
        (
            "user",
            "Here: 'Insured: NGUYEN THI THU HA, FIN M1427385Q, Claim CL-26-448102, Follow-up LFT and hepatitis panel, Reason: treatment relates to a condition declared as pre-existing.'",
        ),
    ],
    [
        (
            "system",
            "体检中心智能客服。当前客户：马晓东，男，手机186-0152-7348，套餐：深度体检B，预约日期2026-12-15，上次体检提示脂肪肝。",
        ),
        ("user", "我要改到下周，还有能不能加个甲状腺彩超？"),
        (
            "assistant",
            "马先生您好，已为您查到深度体检B的预约，可以改期并加做甲状腺彩超，费用另计。",
        ),
    ],
    [
        ("user", "我女儿学校 health screening 说她 cholesterol 偏高，12 岁会这样吗？"),
        (
            "assistant",
            "儿童胆固醇偏高并不少见，有时和家族遗传有关，建议去 polyclinic 做空腹血脂复查。",
        ),
        (
            "user",
            "polyclinic 要 register, 她的 NRIC T1456093E, name Chloe Lee Xin Yi, 抽血前要 fast 多久？",
        ),
    ],
]
