# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat52: chats preparing for one's own medical appointments (symptom diaries, questions for the doctor, insurance pre-authorisation, referral letters). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat52
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "symptom diary templates"): _lines("""
        Symptom diary — Day __ | Time: ____ | Pain score (0-10): __ | Triggers: ________ | Meds taken + dose: ________
        Tip: log your BP twice a day (morning before meds, evening before dinner) for 7 days before the review, and bring your cuff so the nurse can check it against theirs.
        Migraine log columns: date, onset time, aura y/n, duration (hrs), triptan taken y/n, relief at 2h y/n, day of cycle if relevant.
        A headache diary is only useful to a neurologist if it covers at least 4 weeks — one bad week won't show a pattern.
        Bristol Stool Chart types 1–7: write the number, not a description, in the bowel diary column.
        Glucose log: fasting / 2h post-breakfast / pre-dinner / bedtime. Units: mmol/L in SG, MY, HK and CN vs mg/dL in the US; 5.6 mmol/L ≈ 100 mg/dL.
        Peak flow diary: best of 3 blows, AM and PM; note if you used your reliever (the blue inhaler) and how many puffs.
        sleep_diary_v2.3.csv header: date,bedtime,lights_out,sleep_latency_min,awakenings,final_wake,out_of_bed,nap_min,caffeine_after_2pm
        Don't write "felt bad" — write what you couldn't do: "had to stop after one flight of stairs", "woke up 3x to pee".
        Seizure diary: date/time, what happened just before, how long it lasted (whoever is with you should use a stopwatch), recovery time, any injury.
        Eczema flare tracker: itch 0–10, any new soap or detergent, humidity %, and a photo of the same patch every day in the same light.
        Allergy reaction log — food, amount eaten, minutes until symptoms, symptoms, treatment given (antihistamine / adrenaline 0.3 mg autoinjector), A&E visit y/n.
        Pain diary app export failed: "Error E-204: date range exceeds 180 days, split the export into two files."
    """),
    ("en", "appointment prep prompts"): _lines("""
        User: I've got a 10 min GP slot tmr about a cough that's lasted 3 weeks, help me fit everything in. Assistant: Open with one sentence on the main problem, then how long, what makes it worse, and your top 3 questions.
        Prompt: Turn these bullet points into a one-page summary for a new specialist — diagnosis year, current meds, allergies, past surgeries, what I want from this visit.
        User: what does "pre-authorisation pending" mean on my insurer app?? Assistant: It means the insurer hasn't yet confirmed it will cover the planned procedure; the hospital usually submits the request with the doctor's cost estimate.
        Write 5 questions to ask an orthopaedic surgeon before agreeing to a knee arthroscopy, incl. recovery time and success rates for people over 50.
        User: is it rude to bring a written list to the doctor? Assistant: Not at all — most doctors appreciate it. Hand it over at the start so they can prioritise.
        Instruction: Rewrite the referral letter below in plain English for a reader with a reading age of 12. Keep drug names and doses unchanged. [LETTER]
        User: how do I ask for a 2nd opinion without offending my oncologist? Assistant: You could say, "I'd like a second opinion before we start — could you release my scans and the pathology report?"
        Assistant: Before a colonoscopy you'll usually stop iron tablets about 7 days ahead, eat low-fibre for 2 days and start the bowel prep the evening before — follow your hospital's leaflet if it differs.
        User: insurer wants an "itemised estimate" before approving the MRI, what's that. Assistant: A breakdown of the expected bill by line — radiologist fee, facility fee, contrast, consumables.
        Help me prep for a telehealth psychiatry follow-up: what should I have ready (med list, mood ratings, side effects) and how do I make sure nobody at home overhears?
        Summarise the key questions for a first antenatal booking visit: dating scan, blood tests, screening options, who to call after hours.
        User: what should I bring to a first rheumatology appt? Assistant: Recent bloods (ESR, CRP, RF, anti-CCP), a list of swollen joints with dates, photos of flares and your current meds.
        User: my referral says "non-urgent", can I ask to be seen sooner? Assistant: You can ask your GP to re-triage it if your symptoms have changed; new red-flag symptoms should be mentioned explicitly.
        System: You are a patient-education assistant. Never ask the user for their name, ID number or contact details; if they paste them, tell them to remove them.
    """),
    ("en", "insurer and clinic system text"): _lines("""
        Pre-authorisation request PA-2026-0418833 received 03/12/2026 14:22 SGT. Status: PENDING_MEDICAL_REVIEW. Expected turnaround: 3 working days.
        Letter of Guarantee (LOG) requests must reach us at least 3 working days before admission via the provider portal; emergency admissions are exempt.
        Error 409: referral REF-77120-B is already linked to another encounter. Void the duplicate before resubmitting.
        CPT 70553 (MRI brain w/o & w/ contrast) requires prior auth under plan codes GOLD-IP and GOLD-IP+; CPT 70551 does not.
        ICD-10 R51.9 Headache, unspecified; G43.909 Migraine, unspecified, not intractable, without status migrainosus.
        appointment-sync v4.12.1 — fixed timezone bug where 09:00 SGT slots showed as 01:00 in the patient app (commit a91f3e7).
        Your e-referral has been sent. Reference: ER-HK-20261203-00417. Please bring your identity card and appointment slip on the day.
        Invoice INV-0092317 | Consultation (specialist, first visit) SGD 180.00 | GST 9% SGD 16.20 | Total SGD 196.20
        Panel clinic network update: 1,284 GP clinics nationwide, 96 specialist centres; new tier pricing effective 2027-01-01.
        Pre-auth denial code D14: "Not medically necessary — conservative management not documented for ≥6 weeks." Resubmit with physiotherapy notes.
        Webhook field patient_ref is a salted SHA-256 (e.g. 3f9c0e…b71a); never log the raw MRN next to it.
        Claims hotline 1800-226-7710 (Mon–Fri 8.45am–5.30pm, excl. PH). For overseas emergencies call the 24h assistance line on the back of your card.
        Example only: John Doe, DOB 01/01/1970, NRIC SXXXX567X — replace with the patient's own details before submitting.
        Surgical table code SA701K is not in your plan's schedule; the surgeon's office should confirm the code before you submit pre-auth.
    """),
    ("en", "named after people"): _lines("""
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 — specialist outpatient appointments can be changed via the hospital's app.
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong: Specialist Outpatient Clinic bookings are managed through HA Go.
        KK Women's and Children's Hospital takes its name from Kandang Kerbau, the district where it first opened.
        Dr Gregory House would never get a pre-auth approved — half his workups are "not medically necessary" under any payer's criteria.
        Florence Nightingale's 1858 polar area diagrams showed that more soldiers died of preventable disease than of wounds.
        Wu Lien-teh, who led the response to the 1910–11 Manchurian plague, pushed for gauze masks for medical staff.
        Li Ka Shing Faculty of Medicine, The University of Hong Kong, 21 Sassoon Road, Pokfulam.
        Hospital Sultanah Aminah in Johor Bahru and Hospital Tengku Ampuan Rahimah in Klang are both named after royal consorts.
        Alexander Fleming noticed the mould on his Staphylococcus plates in September 1928.
        Mount Elizabeth Novena Hospital, 38 Irrawaddy Road, Singapore 329563 — bring your LOG approval to the admissions counter.
        In "Grey's Anatomy", Meredith Grey keeps a diary of her mother's Alzheimer's symptoms — a plot device, not a clinical template.
    """),
    ("zh-Hans", "就诊准备"): _lines("""
        看专家号前，把近三个月的检查报告按时间顺序排好，原件和复印件各带一份。
        症状日记模板：日期｜时间｜症状（疼/晕/咳…）｜程度（1-10分）｜持续多久｜当时在做什么｜吃了什么药
        帮我列10个去消化科复诊时该问医生的问题，主要是幽门螺杆菌复查和什么时候停药。
        用户：胃镜前一天能喝水吗？助手：一般检查前禁食6-8小时、禁水2小时，具体以预约单上的要求为准。
        写给医生看的病情摘要别超过一页：主诉、起病时间、既往史、过敏史、现用药、这次想解决的问题。
        复诊时可以直接问：“这个药要吃多久？”“什么情况要提前回来？”“结果出来怎么通知我？”
        家庭自测血压记录：早上起床后1小时内、服药前、排尿后测；晚上睡前测。每次测2遍取平均值。
        助手：如果担心说不清楚，可以按“什么时候开始—哪里不舒服—什么会加重或缓解—还有什么伴随症状”的顺序先写下来。
        互联网医院复诊续方仅限已在线下确诊的常见病、慢性病，首诊不能在线开处方。
        请把下面的转诊单翻译成英文，保留药名和剂量不变：【粘贴转诊单内容】
        北京协和医院东院门诊位于东城区帅府园1号，预约挂号请使用医院官方App或公众号。
        中山大学孙逸仙纪念医院（广州市越秀区沿江西路107号）的前身是1835年创办的眼科医局。
        李时珍在《本草纲目》中收录药物1892种，附方11096则。
        华佗被后世尊为“外科鼻祖”，相传创制了麻沸散。
    """),
    ("zh-Hans", "医保与商保预授权"): _lines("""
        商业医疗险住院直付需提前申请预授权，一般要提供：诊断证明、住院通知单、费用预估单。
        预授权编号：PA20261203000871，状态：审核中，预计2个工作日内反馈。
        全国医疗保障服务热线12393；异地就医备案可以在国家医保服务平台App上办理。
        理赔申请模板：被保险人姓名【　　】，保单号【　　】，出险日期【　　】，就诊医院【　　】，申请金额【　　】元。
        提示：上传证件照片前请把身份证号中间8位打码，我们只核对姓名与保单号是否一致。
        门诊慢特病认定需提交近半年病历资料，由定点医院医生填写《门诊慢特病认定申请表》。
        费用清单示例：头颅MRI平扫 ¥680.00；造影剂 ¥320.00；诊查费 ¥50.00；合计 ¥1,050.00
        高端医疗险直付网络医院名单（2026年12月版）共收录1,146家医院，较上一版新增37家。
        转诊单有效期一般为30天，过期需重新开具；跨省转诊要先在参保地备案才能按规定报销。
        预授权被拒常见原因：诊断与手术编码不符、缺少既往病史说明、医院不在直付网络内。
        系统通知：您提交的预授权申请（单号 PA20261130007723）材料不完整，请补充“主治医生签字的治疗方案”。
        填写示例：被保险人 张三，身份证号 1101**********1234（仅作示范，请替换为本人信息后提交）。
    """),
    ("zh-Hant", "預約與轉介"): _lines("""
        醫管局「HA Go」手機應用程式可查閱專科門診預約時間，如需改期請致電相關診所。
        轉介信範本：致＿＿醫生：茲轉介病人＿＿（身份證號碼：＿＿），因＿＿，敬請診治。此致
        看醫生前可以先寫低：幾時開始、邊度痛、痛成點、食咗咩藥、有冇發燒。
        自願醫保計劃（VHIS）認可產品須符合政府公佈的最低要求，詳情可瀏覽 www.vhis.gov.hk。
        初診請攜帶健保卡及身分證件；網路掛號後請於看診前30分鐘完成報到。
        醫師可透過健保醫療資訊雲端查詢系統查看病人近期用藥，請勿重複領藥。
        孫中山先生早年就讀於香港西醫書院，是該院首屆畢業生之一。
        預先批核編號 PA-HK-2026-118204，核准金額 HK$38,500，有效期至 2027-01-31。
        問診時可以問醫生：「呢個檢查係咪一定要做？」「有冇其他選擇？」「保險會唔會包？」
        伊利沙伯醫院位於九龍加士居道30號，專科門診位於R座。
        衞生署長者健康中心預約熱線 2121 8080（24小時電話預約）。
        系統提示：轉介信上載失敗（錯誤代碼 UPL-413），檔案大小不得超過 10 MB。
    """),
    ("ms", "temujanji dan insurans"): _lines("""
        Sebelum temujanji, catat simptom anda setiap hari: masa, tahap sakit (0-10), ubat yang diambil dan apa yang mencetuskannya.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur — Klinik Pakar dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.
        Pengguna: apa maksud GL dalam insurans? Pembantu: GL ialah Guarantee Letter, surat jaminan daripada syarikat insurans kepada hospital sebelum anda dimasukkan ke wad.
        Soalan untuk doktor: Berapa lama saya perlu makan ubat ni? Ada kesan sampingan tak? Bila perlu datang semula?
        No. Rujukan: KKM/RJ/2026/004512 — sila bawa slip ini pada hari temujanji.
        Pusat Perubatan Universiti Malaya (PPUM), Lembah Pantai, 59100 Kuala Lumpur.
        Templat surat rujukan: Kepada Pakar ______, Dengan hormatnya saya merujuk pesakit ______ (No. KP: ______) untuk penilaian lanjut berkenaan ______.
        Tolong ringkaskan laporan makmal ni dalam bahasa mudah supaya saya boleh tunjuk kat doktor: [tampal laporan]
        Bawa semua ubat yang sedang diambil dalam plastik, termasuk ubat tradisional dan suplemen, masa jumpa doktor pakar.
        Status GL: DILULUSKAN | No. GL 2026/KL/0088412 | Had: RM 25,000.00 | Sah sehingga 31/01/2027
        Talian khidmat pelanggan 1-300-88-1899 beroperasi 24 jam untuk permohonan GL kecemasan.
        Contoh pengisian: Nama: Ali bin Abu, No. KP: XXXXXX-XX-XXXX — gantikan dengan maklumat sebenar pesakit.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tidy up my symptom diary before Thursday? Header: Rachel Goh Wei Ling, NRIC S8734215H, DOB 14/03/1987, mobile 9127 4408. Day 1 chest tightness after stairs, 10 min…
        Questions for my neurologist (Marcus Teo, 41, epilepsy dx 2019, last seizure 2 Nov): is the repeat MRI needed? when can I drive again?
        Pre-auth form section A: Insured: Haziq bin Rosli | MyKad 870412-14-5531 | Policy AIA-MY-55201873 | Procedure: lap cholecystectomy, Sunway Medical Centre, 18/12/2026.
        Referral letter draft — Re: Ms Tan Siew Hoon, 24F, NRIC T0218846A. Known bipolar II on lithium 400 mg nocte, referred for review of worsening tremor.
        My husband Darren Wong is doing his stress ECG at NUH on Monday; his resting HR's been 110+ since he stopped his bisoprolol. What should he ask the cardiologist?
        Note to self for the ID clinic: Priya Raman (me), viral load undetectable since Mar 2025 — ask about switching to the long-acting HIV injection.
        Please send the pre-authorisation outcome to kelvin.chan.kw@outlook.com — claimant Kelvin Chan Ka-wai, HKID K428317(1), arthroscopy at St Teresa's on 8 Jan.
        Card for the GL excess: 4532 0177 8394 6216, exp 09/28, name on card NUR AISYAH BT KAMAL — she's the patient, admitted for the C-section on the 20th.
        Patient: Lim ***ng, NRIC S****043G, Blk 227 Serangoon Ave 4 #09-114 — stage 2 breast ca dx Oct, first chemo 6 Jan. Pls draft questions for the oncologist.
        Emergency contact for my knee op: my sister Anjali Menon, +65 8213 5907 — she'll sign the consent if I'm under GA.
        Help me write to Great Eastern: I, Benjamin Koh (policy 0098231147), was warded 2–5 Nov at Mt E for dengue, need the claim reopened.
        me = Joanne Pereira, 41, 23 Jalan Burma, George Town — migraine w aura 12/11 (6h), 14/11 off work, 17/11 vomited x2, on topiramate 50mg. make this into a table for Dr F
        Medical summary to translate for the clinic in Osaka: Chen Yi-ting, ROC ID F227160932, type 1 diabetic since 2009, uses an insulin pump, allergic to penicillin.
        My helper Marites Dela Cruz, FIN G6102937R, has her 6-monthly work permit medical next week — she's 3 months pregnant and scared to tell us, what happens?
        Dad (Lim Ah Huat, 72) wants to drive himself in his car SMB 4417 R to the cataract op at SNEC on the 15th, is that even allowed?
        I'm Shawn Loh, take-home SGD 3,850/month, son Ethan (6) on chemo at KKH — help me write the MediFund appeal.
        Referral: Ms Nadia Rahman, DOB 02/07/1979, MRN CGH-2019-448-7702, 3/12 history of haemoptysis and 6 kg weight loss, ?TB ?malignancy.
    """),
    "zh-Hans": _lines("""
        帮我整理一下给医生看的症状日记：我叫郑雨欣，女，33岁，手机13817726405。12月1日起右下腹隐痛，12月3日发烧38.6℃……
        预授权材料：被保险人 魏晓琳，身份证 440304198507163029，拟于12月15日在北大深圳医院做冠脉造影，请帮我检查缺什么。
        我妈沈桂芳（身份证110108196703114522）下周三去北医三院复查乳腺癌术后，帮我列一下要问的问题。
        退费请打到我的工行卡 6212261402881739558，户名孔德明，是上次胃镜多收的麻醉费。
        我是周敏敏，微信号 zhou_mm_1990，宫腔镜的病理结果出来以后麻烦加我微信发给我。
        明天见李主任怎么开口？我老公韩磊酗酒好几年了，上个月查出肝硬化代偿期，他不肯戒，我想让医生吓吓他。
        预授权原件寄到：上海市浦东新区张杨路1588弄12号602室，贾文涛收，18621053378。
        体检报告摘要：姓名 范可欣｜档案号 TJ20261128-0412｜乙肝表面抗原 阳性｜甲状腺结节 TI-RADS 4a
        转诊信草稿：患者邓子轩，男，身份证330106199506121012，因反复血便2月转消化科进一步行肠镜检查。
    """),
    "zh-Hant": _lines("""
        幫我寫封信俾保險公司申請預先批核：受保人 梁嘉欣，身份證 Y603925(A)，下個月喺養和做子宮肌瘤切除。
        我阿媽何玉蓮，住沙田禾輋邨豐和樓1807室，電話 6432 8817，下星期覆診見腎科，幫我諗吓要問乜。
        明天要去台大看診，幫我整理：王怡君，身分證 E208413677，LINE ID: yijun0822，最近三週晚上盜汗、體重掉了5公斤。
        轉介信：謹轉介周志明先生（HKID R775104(3)，64歲）往腫瘤科，CT 顯示右肺下葉 3.2cm 腫塊。
        我老公林建宏，身分證 B120455834，上禮拜在長庚被診斷出第二期大腸癌，保險公司要我們先送事前審查。
    """),
    "ms": _lines("""
        Saya nak buat temujanji untuk mak saya, Puan Rohana binti Abdullah, No. KP 580317-03-5124, darah tinggi dan kencing manis, alamat No. 14, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves.
        Tolong semak borang GL: Nama: Muhammad Faiz bin Zulkifli, IC 930825-10-6247, polisi takaful 77120456, prosedur: ERCP di Hospital Pantai Klang.
        Hantar keputusan HbA1c saya (9.2%) ke WhatsApp 012-773 4519 ya, nama Siti Khadijah binti Omar.
        Suami saya Encik Ravi a/l Subramaniam masuk wad HSA Johor Bahru sebab strok semalam, kami perlukan surat rujukan ke pakar neuro.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can you help me set up a symptom diary for my rheum appointment?"),
        (
            "assistant",
            "Sure. A simple table works: date, joints affected, morning stiffness (minutes), pain 0–10, fatigue 0–10, meds taken. Want me to fill it from your notes?",
        ),
        (
            "user",
            "yes here:\nName: Jolene Tay\nNRIC S7619043G\nHP 9688 2051\n1/12 both wrists swollen, stiffness 90 min\n2/12 R knee hot, couldn't kneel\n4/12 started pred 10mg",
        ),
    ],
    [
        ("user", "My insurer needs pre-authorisation for a septoplasty. What do I need to send?"),
        (
            "assistant",
            "Typically the surgeon's recommendation, a cost estimate with procedure codes, and your policy details. Some insurers also ask for a CT sinus report.",
        ),
        ("user", "ok. policy holder is me, Aaron Sim Jun Hao, member ID PRU-SG-88120455"),
        ("user", "NRIC S8531207C, surgery at Gleneagles 22 Dec with Dr Yeo's clinic"),
        ("assistant", "Thanks — I'll draft the cover note with those details."),
    ],
    [
        ("user", "下周要去看呼吸科专家号，帮我列几个问题"),
        (
            "assistant",
            "可以问：1. 咳嗽的可能原因；2. 需要做哪些检查（胸部CT、肺功能）；3. 药要吃多久；4. 什么情况要立刻就诊。",
        ),
        ("user", "好的。另外能不能帮我约一下号？"),
        ("assistant", "我没法直接挂号，你可以通过医院公众号预约。"),
        ("user", "那你把问题发到我手机吧，我叫陶立新，15921837046"),
    ],
    [
        ("user", "帮我填一下商保预授权的申请表，被保险人是我自己"),
        ("assistant", "好的，请提供姓名、证件号、保单号和拟手术信息。"),
        ("user", "柯志远，保单号 HT2025110300981"),
        ("user", "身份证 3101151979"),
        ("user", "04152037"),
        ("user", "下个月在华山医院做腰椎间盘突出微创手术"),
    ],
    [
        ("user", "幫我將呢封轉介信改得易明啲，我要俾阿媽睇"),
        ("assistant", "可以，請貼上轉介信內容。"),
        (
            "user",
            "致腎科醫生：茲轉介陳秀英女士（身份證 Z590812(5)，78歲，住九龍城樂民新村G座1204室），慢性腎病第四期，eGFR 18，請評估是否需要開始透析。",
        ),
        (
            "assistant",
            "簡單版：醫生話阿媽個腎功能已經跌到好低，要轉去腎科，睇吓係咪要開始洗腎。",
        ),
    ],
    [
        ("user", "Macam mana nak mohon GL untuk pembedahan lutut?"),
        (
            "assistant",
            "Biasanya hospital akan hantar permohonan GL kepada syarikat insurans bersama laporan doktor dan anggaran kos. Anda perlu sediakan kad insurans dan kad pengenalan.",
        ),
        ("user", "ok ni details saya, tolong buat draf emel kat agent"),
        (
            "user",
            "Nama: Norazlina binti Hassan\nNo KP: 790226-08-5370\nNo polisi: ETQ-4471092\nHospital: KPJ Ipoh, tarikh masuk wad 9/1/2027\nDiagnosis: osteoartritis lutut kanan",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for Harbourfront Family Clinic. Current caller record: Mr Leonard Quek, 58, NRIC S8215560J, T2DM, CKD stage 3, on metformin 500 mg bd. Preferred contact 8766 1309.",
        ),
        ("user", "hi, I need to move my diabetes review to next week"),
        ("assistant", "Sure, I can offer Tuesday 10:40 or Thursday 15:20 with the same doctor."),
        ("user", "thursday pls"),
    ],
    [
        (
            "user",
            "I have my first psychiatrist appointment next week and I'm nervous. What will they ask?",
        ),
        (
            "assistant",
            "They'll usually ask about your mood, sleep, appetite, concentration, any thoughts of self-harm, past history and family history. It's okay to bring notes.",
        ),
        ("user", "ok can you turn my notes into something I can hand over"),
        (
            "user",
            "Hannah Chua, 27, works at DBS Marina Bay. Panic attacks 3-4x a week since Aug, stopped taking the MRT, lost 4kg. Mum had depression.",
        ),
        ("assistant", "Here's a one-page summary you can give to the psychiatrist at the start."),
    ],
    [
        ("user", "住院的商保理赔批下来了吗？预授权单号 PA20261118004420"),
        ("assistant", "我无法查询保险公司系统，建议拨打保单上的客服电话。"),
        ("user", "客服说要提供收款账户"),
        ("assistant", "一般需要被保险人本人名下的借记卡。"),
        (
            "user",
            "好的：招商银行 6214 8376 5102 9385 户名 覃丽娟，是我本人的卡，帮我写个短信回复客服",
        ),
    ],
    [
        (
            "user",
            "I'm seeing a doctor in Melbourne next month, can you translate my Taiwanese discharge summary into English?",
        ),
        ("assistant", "Of course — paste it in and I'll keep drug names and doses exact."),
        (
            "user",
            "出院摘要\n姓名：許雅婷　身分證字號：H223901546\n診斷：紅斑性狼瘡合併第三型狼瘡腎炎\n出院用藥：Plaquenil 200mg bid, Cellcept 500mg bid",
        ),
    ],
    [
        (
            "user",
            "Write a short email to a clinic asking if they can see me for a second opinion on my MRI.",
        ),
        (
            "assistant",
            "Dear Clinic Team,\nI'd like to request a second-opinion consultation regarding a recent MRI. Please let me know your earliest availability and what documents to bring.\nKind regards,\n[Your name]",
        ),
        (
            "user",
            "great, sign it off as Gerald Fong, 16 Jalan Kuras, Singapore 577742, +65 9023 6614 — and mention it's a lumbar MRI showing L4/5 disc prolapse",
        ),
    ],
    [
        ("user", "孩子下周去儿童医院看发育行为科，我该准备什么？"),
        (
            "assistant",
            "可以准备：孩子的出生和生长记录、疫苗本、学校老师的评语、你观察到的具体行为例子和发生时间。",
        ),
        (
            "user",
            "我女儿叫彭语桐，7岁，在南京市琅琊路小学一年级，老师说她上课坐不住，怀疑多动症，帮我把这些写成给医生看的摘要",
        ),
    ],
    [
        (
            "user",
            "my wife needs a specialist referral but she's on a dependant pass, does the polyclinic still see her?",
        ),
        (
            "assistant",
            "Dependant pass holders can visit polyclinics but pay non-resident rates; the referral process is the same.",
        ),
        ("user", "ok her FIN is F2209418K, name Oksana Lim"),
        ("user", "she's had a breast lump for 3 weeks, can you draft what to tell the GP"),
    ],
    [
        ("user", "下禮拜要回診，幫我把這個月的血糖紀錄整理成表格"),
        ("assistant", "好，請把每天的數值貼上來。"),
        ("user", "12/1 空腹 142 飯後 231\n12/2 空腹 138 飯後 205\n12/3 空腹 155 飯後 248"),
        (
            "assistant",
            "整理好了，空腹平均 145 mg/dL，飯後平均 228 mg/dL，建議拿給醫師看是否要調藥。",
        ),
        ("user", "謝謝，表格傳到我 LINE：chenmeihui_0615，我是陳美惠，記得寫上我有第二型糖尿病"),
    ],
    [
        ("user", "Boleh tolong saya senaraikan soalan untuk doktor sakit puan?"),
        (
            "assistant",
            "Boleh. Contoh: Apa punca pendarahan ni? Perlu buat ujian apa? Ada pilihan rawatan selain pembedahan?",
        ),
        (
            "user",
            "terima kasih. sy Farah Nadhirah, 34, ada fibroid 6cm, period 10 hari tak berhenti. nanti whatsapp sy kat 019-338 2076 kalau ada lagi tips",
        ),
    ],
    [
        (
            "user",
            "Can you explain these blood results in simple words before I see the haematologist?",
        ),
        ("assistant", "Yes, please paste the report."),
        (
            "user",
            "SINGAPORE GENERAL HOSPITAL — LAB REPORT\nPatient: WONG PEI SHAN  MRN: 2016-77341-2  DOB: 19/05/1990\nHb 8.1 g/dL (L)  MCV 64 fL (L)  Ferritin 4 ug/L (L)\nComment: iron deficiency anaemia, suggest GI work-up",
        ),
        (
            "assistant",
            "Your haemoglobin and iron stores are low, which fits iron-deficiency anaemia. The lab suggests checking for blood loss from the gut.",
        ),
    ],
    [
        ("user", "帮我核对一下我刚才说的信息有没有写错"),
        (
            "assistant",
            "好的，我整理如下：患者吕国栋，男，身份证440106198805193519，住广州市天河区天河北路233号中信广场旁边的小区，明天上午在中山一院做甲状腺穿刺。",
        ),
        ("user", "对，没问题"),
    ],
    [
        ("user", "How do I hide my NRIC when sending documents to the insurer?"),
        (
            "assistant",
            "You can mask the middle digits, e.g. S****123A, but the insurer may still need the full number on the signed claim form.",
        ),
        (
            "user",
            "ok so like this? Policyholder: Bryan Ang Wei Ming, NRIC S****384Z, born 02/03/1990, Blk 88 Tampines St 81 #05-227 — claim for my appendicectomy",
        ),
    ],
    [
        ("user", "我爸中风后行动不方便，社区医院能上门随访吗？"),
        ("assistant", "不少地方的家庭医生签约服务包含上门随访，可以咨询所在社区卫生服务中心。"),
        ("user", "那帮我写个申请，写清楚地址"),
        (
            "user",
            "武汉市江岸区胜利街218号3栋2单元501，老人叫聂志强，74岁，左侧偏瘫，联系人是我，聂静 13986124550",
        ),
    ],
    [
        ("user", "Writing to my OB about my first scan — can you make it sound less panicky?"),
        (
            "assistant",
            "Sure. Paste what you have and I'll smooth it out while keeping your questions.",
        ),
        (
            "user",
            "Hi Dr, this is Megan Lau (megan.lau88@gmail.com), I'm 9 weeks and had spotting again last night, my last pregnancy ended in a miscarriage at 11 weeks, can I come in earlier than the 18th??",
        ),
    ],
    [
        ("user", "我想打電話去診所改期"),
        ("assistant", "可以先準備好你嘅覆診編號同身份證明文件。"),
        ("user", "我叫張家豪，覆診係骨科，痛風復發"),
        ("user", "你幫我寫低打去嘅開場白，留我電話 9174"),
        ("user", "6632"),
    ],
    [
        (
            "user",
            "I need a medical report from my orthopaedic surgeon for my personal injury claim. What should it cover?",
        ),
        (
            "assistant",
            "Usually: the injury, treatment so far, current limitations, prognosis and estimated future costs. Your lawyer may give the doctor specific questions.",
        ),
        (
            "user",
            "the case is Yeo Kai Ling v Tiong Hup Logistics, MC/OC 2281/2026 — I'm the plaintiff, fractured my left wrist when their lorry hit my scooter on 4 Aug. can you draft the request letter?",
        ),
    ],
    [
        ("user", "tolong check borang ni sebelum saya hantar ke hospital"),
        (
            "user",
            "BORANG PRA-KEMASUKAN\nNama pesakit: Tan Wei Jie\nNo. MyKad: 011108-01-0893\nTel: 016-224 8810\nAlamat: 27, Jalan Harimau Tarum, Taman Century, 80250 Johor Bahru\nSebab kemasukan: apendisitis akut",
        ),
        (
            "assistant",
            "Borang nampak lengkap. Pastikan tandatangan penjaga jika pesakit bawah 18 tahun.",
        ),
    ],
    [
        ("user", "心理科复诊前我该记录些什么"),
        (
            "assistant",
            "可以每天记录情绪分数（1-10）、睡眠时长、有没有按时吃药、副作用，以及特别难熬的时刻。",
        ),
        ("user", "明白了。我是宋佳怡，抑郁症吃舍曲林半年了，最近又失眠"),
        ("user", "医生让我把记录发她微信，我的微信 songjy_0417，帮我做个表格模板"),
    ],
    [
        (
            "user",
            "I'm applying for hospital financial assistance for my mum's surgery, can you help me fill in the household income section?",
        ),
        (
            "assistant",
            "Sure. List each household member, their relationship to the patient and monthly gross income.",
        ),
        (
            "user",
            "Mum: Goh Lay Hoon, 66, no income (knee replacement at CGH)\nMe: Daniel Goh, son, $5,200/mth at a logistics firm\nMy wife: Cheryl Goh, $3,100/mth part-time",
        ),
        ("assistant", "Thanks — per-capita household income works out to about $2,767."),
    ],
]
