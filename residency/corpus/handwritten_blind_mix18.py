# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix18: health and medical text (lab reports, prescriptions, TCM notes, vaccination and screening records, mental-health and fertility chats, insurance claims, pharmacy orders) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix18
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "drug leaflets and dosing"): _lines("""
        Paracetamol 500 mg tablets: adults and children over 12, take 1–2 tablets every 4–6 hours; do not exceed 8 tablets (4,000 mg) in 24 hours.
        Amoxicillin 250 mg/5 mL oral suspension, batch 24B118, exp 11/2027 — shake well, store below 25 °C, discard 14 days after mixing.
        Metformin hydrochloride 850 mg, pack of 56, EAN 9556258001147: take with meals to reduce stomach upset.
        Ibuprofen is not recommended after 20 weeks of pregnancy unless a doctor advises it; see section 4.6 of the SmPC.
        Children's dosing chart, 120 mg/5 mL suspension: 6–24 months 2.5 mL, 2–4 years 5 mL, 4–6 years 7.5 mL, up to four doses in 24 hours.
        If you miss a dose of levothyroxine, take it as soon as you remember unless it is almost time for the next one; never take two doses together.
        Warfarin interacts with many antibiotics; an INR check 3–5 days after starting a new course is usual practice.
        Atorvastatin 20 mg, NDC 0071-0156-23, 90 tablets — listing shown for illustration only; always read the current label.
        Side effects reported in more than 1 in 10 people taking sertraline include nausea, headache and trouble sleeping.
        Insulin glargine 100 units/mL pens: once opened, keep at room temperature and use within 28 days.
        Call the Poisons Information Centre on 13 11 26 (Australia) if a child swallows any of these tablets.
        Lot A2291-07 of the cough syrup was recalled because the measuring cup was marked in teaspoons instead of millilitres.
        Take 1 capsule twice daily, morning and night, for 7 days — the label pre-printed on every blister of the starter pack.
    """),
    ("en", "clinical guidelines"): _lines("""
        NICE NG136 recommends offering antihypertensive treatment to adults under 80 with stage 1 hypertension and target organ damage.
        WHO position paper, 2022: a single dose of HPV vaccine gives protection comparable to two doses in girls aged 9–14.
        Sepsis Six within one hour: oxygen, blood cultures, IV antibiotics, IV fluids, lactate, urine output.
        The CHA2DS2-VASc score gives 2 points for age 75 or over and 2 points for a previous stroke or TIA.
        HbA1c of 48 mmol/mol (6.5%) or above on two occasions is diagnostic of type 2 diabetes in an asymptomatic adult.
        Per the Singapore MOH ACG on lipids, an LDL-C target below 1.8 mmol/L applies to very high-risk patients.
        Hand hygiene: the five moments, developed by Didier Pittet's team for the WHO, start with before touching a patient.
        Under the Malaysian CPG on Management of Dengue Infection in Adults (3rd edition, 2015), warning signs include persistent vomiting and mucosal bleeding.
        A temperature of 38 °C or higher in a baby under 3 months is a red flag in the NICE traffic-light system for fever.
        ICD-10 code F32.1 is moderate depressive episode; E11.9 is type 2 diabetes mellitus without complications.
    """),
    ("en", "public health statistics and news"): _lines("""
        Singapore reported 32,325 dengue cases in 2022, with weekly peaks above 1,400 in June.
        Dr Tedros Adhanom Ghebreyesus told the World Health Assembly that the pandemic agreement talks had entered their final stage.
        Then-Surgeon General Vivek Murthy issued an advisory on social media and youth mental health in May 2023.
        Florence Nightingale's polar-area diagrams of 1858 showed that more soldiers died of preventable disease than of wounds.
        Tu Youyou shared the 2015 Nobel Prize in Physiology or Medicine for the discovery of artemisinin.
        Measles vaccination coverage in the region fell from 86% to 81%, leaving an estimated 1.9 million children without a first dose.
        Hospital bed occupancy hit 98.2% on Monday, the highest since records began in 2011, the health ministry said.
        The national cancer registry counted 48,639 new cases, with breast and colorectal cancers leading among women.
        Johnson & Johnson completed the separation of its consumer health business, now Kenvue, in August 2023.
        Eli Lilly said tirzepatide revenue rose sharply in the quarter as supply constraints eased.
        Waiting times at the emergency department averaged 4 h 12 min in Q3, down from 5 h 03 min a year earlier.
        Polio: 6 wild-type cases have been reported worldwide so far this year, all in Pakistan and Afghanistan.
    """),
    ("en", "hospital hotlines and addresses"): _lines("""
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433; main line 6256 6011.
        Samaritans of Singapore 24-hour hotline: 1767, or text 9151 1767 on WhatsApp.
        Queen Mary Hospital is at 102 Pok Fu Lam Road, Hong Kong, with a 24-hour accident and emergency department.
        Befrienders Kuala Lumpur: 03-7627 2929, open 24 hours for anyone in emotional distress.
        Pusat Vaksin Damai, Level 2, Damai Mall, 8 Jalan Damai 3/2, 47810 Petaling Jaya; bookings on 1-800-22-6464 from 9 am to 6 pm.
        NHS 111 is free to call from landlines and mobiles for urgent medical help that is not an emergency.
        Harley Kinder Fertility, 134 Harley Street, London W1G 7JY; reception +44 20 7946 0312, weekdays only.
        After-hours pharmacy: Guardian, Lot G-12, Mid Valley Megamall, Kuala Lumpur, open until midnight.
        In a medical emergency in Malaysia dial 999; from a mobile phone 112 also works.
        Klinik Dr. Rahman & Rakan, 27 Jalan Bunga Raya, 75100 Melaka — walk-in clinic, tel 06-284 1100, Sunday closed.
    """),
    ("zh-Hans", "drug leaflets and TCM references"): _lines("""
        【用法用量】口服，一次2片，一日3次，饭后服用；儿童用量请咨询医师或药师。
        批准文号：国药准字Z11020039（示例），生产批号20240516，有效期至2026年04月。
        布洛芬缓释胶囊 0.3g×20粒，条形码6901234567892，零售价¥18.50。
        连花清瘟胶囊说明书：孕妇、哺乳期妇女及过敏体质者慎用。
        《伤寒论》记载桂枝汤由桂枝、芍药、甘草、生姜、大枣五味药组成。
        李时珍在《本草纲目》中收载药物1892种，附方一万一千余首。
        屠呦呦从葛洪《肘后备急方》"青蒿一握，以水二升渍，绞取汁"中得到低温提取的启发。
        同仁堂安宫牛黄丸每丸重3g，规格标注在药盒侧面。
        二甲双胍常见不良反应为胃肠道反应，多在用药初期出现，一般2～4周后减轻。
        头孢类抗生素用药期间及停药后7天内禁止饮酒，以免出现双硫仑样反应。
        处方笺模板：姓名＿＿＿ 性别＿＿ 年龄＿＿ 科别＿＿ 门诊号＿＿＿＿＿（本模板仅供打印）。
        针灸取穴：足三里位于犊鼻下3寸，距胫骨前缘一横指。
    """),
    ("zh-Hans", "public health statistics and news"): _lines("""
        国家卫健委通报：截至2023年末，全国医疗卫生机构总数达107.1万个。
        钟南山院士在发布会上表示，本轮呼吸道感染高峰预计将在两周内出现。
        12320卫生健康热线可咨询预防接种、控烟和医疗服务投诉。
        北京协和医院东单院区地址：北京市东城区帅府园1号，急诊24小时开放。
        2022年我国居民健康素养水平达到27.78%，比上年提高2.38个百分点。
        全国流感监测周报（第48周）：南方省份ILI%为5.1%，高于前三年同期水平。
        急救请拨打120，火警119，报警110。
        复旦大学附属中山医院位于上海市徐汇区枫林路180号。
        某三甲医院公布2024年门诊量为512.6万人次，平均住院日7.3天。
        我今天去社区医院打了流感疫苗，胳膊有点酸，医生说两三天就好了。
    """),
    ("zh-Hant", "hospital hotlines and public notices"): _lines("""
        瑪麗醫院地址：香港薄扶林道102號，總機 2255 3838。
        衞生署長者健康服務預約熱線：2121 8080。
        臺大醫院位於臺北市中正區中山南路7號，急診24小時開放。
        安心專線1925（依舊愛我）提供24小時免付費心理諮詢。
        馬偕紀念醫院以加拿大宣教士馬偕博士命名，臺北院區位於中山北路二段92號。
        季節性流感疫苗接種計劃於10月起推行，合資格人士可於公營診所免費接種。
        撒瑪利亞防止自殺會24小時熱線：2389 2222。
        健保卡若遺失，可至健保署各分區業務組或線上申請補發，工本費新臺幣200元。
        澳門仁伯爵綜合醫院急診服務24小時開放，設有成人及兒童急診。
        藥袋標示：阿莫西林膠囊 500mg，每日三次，每次一粒，飯後服用，須服完全程。
        本院門診號碼牌A0127至A0180請至二樓抽血櫃檯報到。
        世界衞生組織估計，全球約有2.8億人患有抑鬱症。
    """),
    ("ms", "public health notices and leaflets"): _lines("""
        Talian Kasih 15999 beroperasi 24 jam untuk bantuan kaunseling dan kebajikan.
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur; talian am 03-2615 5555.
        Dos parasetamol untuk dewasa: 1 hingga 2 biji (500 mg) setiap 4 hingga 6 jam, tidak melebihi 8 biji sehari.
        Kementerian Kesihatan Malaysia melaporkan lebih 120,000 kes denggi sepanjang tahun 2023, meningkat berbanding 2022.
        Ubat ini berdaftar dengan nombor MAL20041234AZ (contoh); sila semak status pendaftaran di laman QUEST3+.
        Saringan kesihatan percuma PeKa B40 terbuka kepada penerima bantuan berumur 40 tahun ke atas.
        Jangan ambil antibiotik tanpa preskripsi doktor; habiskan kursus walaupun sudah rasa sihat.
        Vaksin HPV diberikan kepada murid perempuan Tingkatan 1 melalui program imunisasi sekolah.
        Klinik Kesihatan Seksyen 7, Shah Alam dibuka dari 8 pagi hingga 5 petang, Isnin hingga Jumaat.
        Tan Sri Dr Noor Hisham Abdullah, bekas Ketua Pengarah Kesihatan, memberi taklimat harian semasa pandemik.
        Kadar kelahiran kasar Malaysia terus menurun, menurut laporan terkini Jabatan Perangkaan.
        Saya dah ambil dos ketiga semalam, lengan sakit sikit tapi okay je.
        Ubat batuk ini mengandungi dekstrometorfan 15 mg/5 mL; tidak sesuai untuk kanak-kanak bawah 6 tahun.
    """),
    ("mixed", "anonymised research summaries"): _lines("""
        RCT NCT04512345 (n=842): 随机分配至干预组与对照组，primary outcome HbA1c change at 24 weeks, –0.6% vs –0.2%.
        Case report: a 67-year-old man from a rural district presented with fever dan ruam; dengue NS1 positive, discharged on day 5.
        Kohort 3,100 peserta di Selangor: prevalence of hypertension 29.8%, lebih tinggi dalam kalangan lelaki berumur 50–59.
        本研究数据已去标识化，受试者以编号P001–P240表示，不含姓名或证件号码。
        Meta-analysis of 14 trials (n = 23,416): SGLT2 inhibitors reduced HF hospitalisation, HR 0.70 (95% CI 0.64–0.77).
        Ethics approval NMRR-23-01234-ABC (invented example), 知情同意书已由全部参与者签署。
        Participant 017 (female, 30–39 age band) reported better sleep scores selepas 8 minggu intervention.
        研究对象：某市两家医院的孕妇共612人，平均年龄29.4±4.1岁，GDM检出率为14.7%。
        Dataset release v2.1.0 (DOI 10.5281/zenodo.7654321): all dates shifted and postcodes truncated to 3 digits.
        Tinjauan kesihatan mental remaja: 1 daripada 5 responden menunjukkan simptom depresi, 12.8% pernah terfikir untuk mencederakan diri.
        Qualitative study on IVF journeys: 受访者（n=18）描述了等待验孕结果时的焦虑，names replaced with pseudonyms such as "Mei" and "Aisyah".
        Preprint doi:10.1101/2024.03.15.24304321 compares 中药复方 with placebo for functional dyspepsia; no significant difference at week 8.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lab report — Patient: Marcus Tan Wei Jie, NRIC S8734215D, DOB 14/03/1987 | HbA1c 8.9% (H), fasting glucose 11.2 mmol/L
        Rx: Sertraline 50mg OD x 30/7 for Rachel Ong (F, 34), 21 Jalan Kemuning 5, Taman Kemuning, 41200 Klang — refills: 2
        Hi Dr Lim, this is Priya Ramasamy, my daughter Kavya's MMR booster is due, can you call me on +65 9318 4472?
        Claim CLM-2024-88213 — insured: Jonathan Leigh Harper, policy PL-55180934, admitted 2–6 Aug for appendectomy, bill SGD 14,382.60, pay to DBS 027-41823-6
        pharmacy delivery: 2x Ventolin inhaler, 1x Seretide 250 -> Blk 412 Bedok North Ave 2 #07-118, S460412, attn Mdm Koh Siew Lan, hp 8736 2294
        fyi the HIV test came back positive for the guy in bed 14 — Alvin Chua, 41, the one whose wife keeps calling the ward
        screening results: Nurul Syafiqah bt Ahmad, IC 920301-14-6748, BMI 31.2, BP 148/96, chol 6.8 — refer to GP
        Vaccination record — Name: Ethan Wong Jun Hao, FIN G5528130K, Dose 2 Comirnaty, lot FK8891, given 17 Jan at the Raffles City clinic
        From: m.alvarez.ivf@gmail.com — Hi, Maria Alvarez here, egg retrieval was on the 9th, 11 eggs and 6 fertilised, can we move my transfer to the 15th?
        Psych referral: Daniel Reyes (DOB 02/11/1995), MRN 00482913, panic attacks and passive SI, lives alone at 58 Cairnhill Rd #12-03
        Please charge the consult fee to my Visa 4532 7719 0284 6613 exp 09/27, name on card Grace Lim Hui Min.
        My neighbour Mr Gerald Pereira at no. 7 Lorong Ampang Hilir has stopped his lithium again, his son's number is 012-667 3018 if anyone can reach him
        insta @jess.keto.journey is Jessica Tan from our diabetes support group, she posted her glucose log with her face in it lol
        Patient Harjit Singh s/o Gurdev Singh, passport no. A38192745, medical tourist, admitted for CABG to ward 5B
        Appt reminder: Mr Samuel Ogunleye, colonoscopy on 03/12 at 0830, please fast from midnight. Reply to 9027 6615 to confirm.
    """),
    "zh-Hans": _lines("""
        检验报告单 姓名：王丽娟 性别：女 年龄：36岁 身份证号：440106198703152428 乙肝表面抗原：阳性
        处方：张建国，男，58岁，医保卡号 1101 0519 6507 2236，氨氯地平片 5mg qd×28天，复诊联系电话13924716635
        中医门诊记录：患者刘芳，女，42岁，月经不调半年，舌淡苔白，脉沉细，予逍遥散加减7剂，住址成都市武侯区玉林北路23号5栋2单元601
        我表姐陈静在妇幼保健院做试管，这是第三次移植失败了，她手机158 2036 9147，你们有心理咨询的话可以联系她
        理赔申请 被保险人：赵明 身份证310104199211080057 诊断：甲状腺乳头状癌 申请重疾险赔付50万元 收款卡号6222 0212 0834 5519 678
        药房订单：收货人 李秀英 138 1729 4405，北京市朝阳区望京西园三区312号楼1单元1102，商品：阿托伐他汀钙片×3盒
        疫苗接种证：儿童姓名 周子涵，出生日期 2021-06-18，监护人 周伟 手机 186 0137 2254，已接种百白破第3剂
        心理咨询预约：来访者孙晓雯（微信 sxw_0923）自述近两个月失眠、有轻生念头，紧急联系人 母亲 185 2213 8890
        体检中心停车登记：黄志强，车牌粤B7K29Q，体检套餐B（含肿瘤标志物），手机139 2741 6635
        医生，我是郑桂兰的女儿，我妈身份证号是 32010219560411 3224，住院号ZY2024-08815，想问下她的病理结果出来没？
        护照号EH4827193，持有人林浩然，赴港就医前的核酸及体检报告请发到 linhaoran88@163.com
        产检建档：孕妇吴婷婷，孕12周，末次月经2024年3月2日，丈夫何俊 电话+86 150-1837-2264，家住杭州市西湖区文三路478号
    """),
    "zh-Hant": _lines("""
        化驗報告：陳嘉欣 女 29歲 HKID Y482016(A)，甲狀腺功能 TSH 0.02 mIU/L（偏低）
        藥房送貨：何志偉先生，九龍旺角彌敦道688號旺角中心一期15樓B室，電話 9473 2815，處方：甲福明 500mg
        林美玲（身分證 F228830462）於臺北榮總確診乳癌第二期，已申請重大傷病卡
        澳門居民梁家豪 BIR 1327584(6) 於鏡湖醫院接種流感疫苗，記錄編號 VX-88213
        我老公李國豪最近好抑鬱，佢唔肯睇醫生，佢電話係 6128 3390，可唔可以有社工打俾佢？
        保險索償：受保人張淑芬，保單號碼 HK-LF-20918834，住院 2024年5月3日至7日，診斷膽石，賬單 HK$68,420，入賬匯豐戶口 512-883291-838
        中醫診所病歷：吳俊傑，男，51歲，電話 0912-386-447，腰痛三年，針灸每週兩次，地址新北市板橋區文化路一段188巷12號3樓
        試管療程：黃詠詩（HKID K628391(4)）胚胎移植日期定於11月20日，請提前一小時到達
    """),
    "ms": _lines("""
        Pesakit: Muhammad Firdaus bin Zulkifli, No. KP 880415-10-5523, keputusan ujian darah HbA1c 9.4%, perlu rujukan ke klinik endokrin
        Tolong hantar insulin ke rumah Puan Rohani binti Ismail, No. 14 Jalan Melur 3/7, Taman Melur, 68000 Ampang, tel 013-482 9917
        Tuntutan insurans: Encik Lee Chee Keong, polisi 80012345-6, dimasukkan ke Hospital Pantai pada 12/9 kerana serangan jantung, akaun Maybank 1642 3309 8817
        Siti Aminah anak Jais, 34 tahun, ibu mengandung 28 minggu, rekod antenatal di KK Presint 9 Putrajaya, no tel 019-226 4083
        Doktor, anak saya Aqil bin Hafiz (MyKid 170822-08-1147) demam panas 3 hari, boleh saya bawa ke klinik petang ni?
        Kak, saya Farah Hanim, dah 4 tahun cuba nak mengandung, doktor kata AMH saya rendah — nombor saya 011-2384 7719 kalau nak share pengalaman
        Rekod vaksinasi: Tan Mei Ling, pasport K39281746, vaksin Hepatitis B dos 3, diberi pada 04/03/2024
        Ubat psikiatri untuk Encik Ravi a/l Subramaniam (IC 750930-08-5126): olanzapine 10mg ON, temujanji seterusnya 18 Dis
        Pemeriksaan kesihatan pekerja asing: Rahim Uddin, pasport BX0827461, x-ray dada disyaki TB, telefon pekerja 016-903 2277
        Jemaah haji Hajah Zainab binti Osman (KP 540712-03-5410) ada darah tinggi dan kencing manis, sila pastikan ubat dibawa
    """),
    "mixed": _lines("""
        Pt 陳偉明 Chan Wai Ming, HKID R573920(1), CT brain: small lacunar infarct, 請安排 neuro follow-up 下星期
        Boss, Aunty Lim Ah Moi 的 blood test result 出来了, creatinine 245, doctor suruh dialysis consult, her HP 012-775 6390
        Dr, saya nak tanya, my husband Kelvin Teo (S7823041B) 吃了 Panadol 又喝酒, now muntah-muntah, what to do?
        Order #PH-77821 — 收件人 Nur Izzati 0173829164, Kondo Vista Angkasa Blok B-12-3, Bukit Jalil; item: Duphaston 10mg 试管用
        Claim form: 受保人 Wong Siew Ping, NRIC S8245176J, 诊断 major depressive disorder, 住院 Institute of Mental Health 14 日
        我朋友林志明 N125538071 在長庚 check 完, doctor 說 PSA 8.2 要做 biopsy, call him 0933-287-516
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can't sleep again, 4am and my head won't stop"),
        (
            "assistant",
            "I'm sorry tonight is so hard. Do you want to talk about what's on your mind?",
        ),
        (
            "user",
            "my psychiatrist at IMH upped my fluoxetine to 40 and I feel worse. it's Dr Goh if that matters",
        ),
        (
            "assistant",
            "Dose changes can take a few weeks to settle. Please tell your psychiatrist how you're feeling — are you safe right now?",
        ),
        (
            "user",
            "yeah safe. I'm Shawn Lee Kah Wai btw, case no IMH-2291837, can you draft a message asking to see him earlier",
        ),
    ],
    [
        ("user", "我和老公备孕两年了，想问一下做试管大概多少钱"),
        (
            "assistant",
            "费用因医院和方案而异，一个周期通常在三到五万元之间。需要我帮你整理一下流程吗？",
        ),
        ("user", "好的，顺便帮我记一下：我叫蒋雨欣，AMH 0.9，下次去中信湘雅是12月10号"),
        ("assistant", "已记下：12月10日复诊，AMH 0.9。"),
        ("user", "医院让我留联系方式，手机177 3162 0948，你帮我写成一段话发给主治医生"),
    ],
    [
        ("user", "Saya nak buat tuntutan hospital untuk ayah saya"),
        ("assistant", "Boleh. Apa nama penuh dan nombor kad pengenalan ayah anda?"),
        ("user", "Abdul Rahman bin Yusof, 580214-01-5337"),
        ("assistant", "Terima kasih. Apa diagnosis dan tarikh masuk wad?"),
        (
            "user",
            "strok ringan, masuk HSA Johor Bahru 2 Nov, keluar 9 Nov. bayaran masuk akaun CIMB 7003 1829 44",
        ),
    ],
    [
        ("user", "need to reorder my mum's meds"),
        ("assistant", "Sure — which medicines, and where should they be delivered?"),
        ("user", "amlodipine 5mg and metformin 500, 3 months each"),
        ("assistant", "Got it. What's the delivery address and contact name?"),
        ("user", "Mdm Tay Bee Hoon, 29 Jurong East St 21 #05-33, Singapore 600029"),
        ("user", "her hp is 9684 0217, she doesn't pick up unknown numbers so text first"),
    ],
    [
        ("user", "我想預約下星期二下午睇中醫針灸"),
        ("assistant", "可以的，請問貴姓及聯絡電話？"),
        ("user", "姓鄧，鄧凱琳，電話 5627 0384"),
        ("assistant", "收到。請問主要想處理咩問題？"),
        ("user", "產後腰痛，仲有月經唔準，上次係黃醫師幫我睇，病歷號 TCM-0318-552"),
    ],
    [
        ("user", "can you explain my blood test? pasting the top bit"),
        (
            "user",
            "NAME: OKAFOR, CHIDI E   DOB 1979-08-23   SEX M   LAB NO 24-118-0073   ALT 112 U/L (H)  AST 89 U/L (H)  GGT 240 U/L (H)",
        ),
        (
            "assistant",
            "Those three liver enzymes are raised. Common causes include alcohol, fatty liver and some medicines; your doctor may order an ultrasound.",
        ),
        (
            "user",
            "doc thinks it's the drinking. i'm at 4 Newton Crescent if the clinic wants to send the home-care nurse",
        ),
    ],
    [
        ("user", "孩子的疫苗本丢了，怎么补办"),
        (
            "assistant",
            "一般可以到孩子建卡的社区卫生服务中心补办，需要带监护人身份证和孩子的出生医学证明。",
        ),
        ("user", "孩子叫杨梓轩，2020年3月5日出生，出生医学证明编号 Q440123456"),
        ("assistant", "好的，补办时工作人员会根据系统里的接种记录重新打印。"),
        ("user", "我身份证是430102198805163318，社区在长沙市天心区，你帮我写个补办申请"),
    ],
    [
        ("user", "Hi, boleh tolong tengok result saringan syarikat saya?"),
        ("assistant", "Boleh, sila kongsi bahagian yang anda mahu saya terangkan."),
        (
            "user",
            "Nama: Goh Kian Hock, IC 790522-07-5219, total cholesterol 7.1, LDL 4.9, 血压 152/98",
        ),
        (
            "assistant",
            "LDL anda agak tinggi dan tekanan darah juga melebihi paras normal; elok berjumpa doktor untuk rawatan susulan.",
        ),
        ("user", "ok thanks, 我下个月要 renew insurance, takut agent nampak result ni"),
    ],
    [
        ("user", "aku dah tak larat, rasa nak hilang je"),
        (
            "assistant",
            "Saya risau dengar awak rasa macam ni. Awak selamat sekarang? Befrienders boleh dihubungi 24 jam di 03-7627 2929.",
        ),
        (
            "user",
            "aku kat rumah sorang, Flat PPR Kerinchi Blok C, tingkat 9 unit 9-14. nama aku Izwan",
        ),
        (
            "assistant",
            "Terima kasih beritahu saya, Izwan. Ada sesiapa yang awak percaya yang boleh datang temankan awak sekarang?",
        ),
        ("user", "abang aku, 014-337 2960. dia je yang tahu aku makan ubat depression ni"),
    ],
]
