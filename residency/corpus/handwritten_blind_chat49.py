# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat49: chats organising care for elderly parents (clinic appointments, medication schedules, caregiver handovers, day-care applications) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat49
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "care planning prompts"): _lines("""
        Can you make a weekly medication chart template with columns for drug, dose, time, and a tick box for each day?
        Draft a checklist for a caregiver handover at shift change: meds given, meals, toileting, mood, falls, anything to escalate.
        What questions should I ask at a first geriatric clinic visit? Keep it to 10 bullet points pls
        Explain the difference between a senior day care centre and a nursing home in Singapore in plain language.
        Turn this into a table: Metformin 500mg twice daily after meals; Amlodipine 5mg once in the morning; Atorvastatin 20mg at night.
        pls summarise the main side effects of donepezil for a family caregiver, no jargon
        how many hrs before a colonoscopy should an elderly patient stop eating? general guidance only
        Write a polite WhatsApp msg to the family group reminding everyone to update the shared care calendar by Sunday.
        Suggest a rota for 3 siblings sharing weekend visits to a parent, rotating every 3 weeks — just call us Sibling A, B and C.
        Is it ok to crush extended-release tablets for someone who has trouble swallowing? general answer is fine
        Compare an automatic pill dispenser with a pharmacy blister pack for an older person living alone, pros & cons.
        Give me a sample agenda for a family meeting about moving a parent into assisted living.
        what's a reasonable fall-prevention checklist for an HDB flat bathroom? grab bars, non-slip mats etc
        Rewrite this more gently: "Stop skipping your pills whenever you feel like it."
        My mum keeps forgetting whether she took her evening tablets — any low-tech tricks that work?
    """),
    ("en", "public services and named places"): _lines("""
        Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 — geriatric clinic is at the TTSH Medical Centre, Level 3.
        AIC hotline 1800 650 6060 is open Mon–Fri 8.30am–8.30pm and Sat 8.30am–4pm for eldercare enquiries.
        Florence Nightingale's notes on ward hygiene are still quoted in our caregiver training module, week 2.
        Khoo Teck Puat Hospital runs its falls clinic on Tue and Thu mornings; a polyclinic referral is required.
        In Charlie and the Chocolate Factory, Grandpa Joe hasn't left his bed in twenty years until the golden ticket turns up.
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong — Geriatric Day Hospital enquiries 2255 3838 during office hours.
        Ng Teng Fong General Hospital's pharmacy now offers medication delivery for a flat fee of S$8 per order.
        Order #SGH-PH-20261128-00471 is ready for collection at Outpatient Pharmacy counter 4 from 2pm.
        Tracking no. SPXMY0284417726 — your walking frame has been dispatched from the Shah Alam warehouse.
        CareRota v2.4.1 changelog: fixed a timezone bug where 08:00 doses showed as 00:00 for users in UTC+8.
        Residents aged 65 and above made up 19.1% of Singapore citizens in 2023, up from 11.1% a decade earlier.
        The Pioneer Generation Package gives an annual MediSave top-up of $200 to $800 depending on birth year.
        Sun Yat-sen Memorial Hall is a 10-minute walk from the day care centre if families want an outing venue.
    """),
    ("en", "templates and data handling"): _lines("""
        Hi {{caregiver_first_name}}, reminder: {{patient_name}}'s appointment at {{clinic}} is on {{date}} at {{time}}. Reply C to confirm.
        dose_log = [{"drug": "Metformin", "mg": 500, "at": "2026-12-05T08:00:00+08:00", "given_by": None}]
        SHA-256 of handover_export_2026-11.csv: 3f9a1c7e0b42d8e6a5f1937c4be20d7a9e6183f2c0b5d4a7e91f2c3b8d6a0e44
        Policy: do not paste NRIC numbers, full addresses or diagnoses into the chat; use initials and an age band only.
        Field nric_masked must follow the pattern S****123A; never write the unmasked value to application logs.
        Invoice INV-2026-0117: 4 home nursing visits @ S$85.00 = S$340.00, GST 9% S$30.60, total S$370.60.
        Sample record (fake): Patient: JOHN DOE, NRIC: SXXXXXXXA, DOB: 01/01/1900, Ward: 00, Bed: 00.
        Appointment slots API returns 429 after 60 requests/min; retry with exponential backoff starting at 2s.
        Before sharing a discharge summary with the assistant, black out name, ID number, address and phone.
        Export columns: resident_id (UUID), room, care_level, next_appt_utc — e.g. 7c1e2f90-4b1a-4d1e-9a0b-2f6d3c8e1a55, 3B, L2, 2026-12-09T01:30:00Z
        Caregiver handover form CHF-07 (rev. 2025-10): sections A Vitals, B Meds, C Nutrition, D Incidents; sign and date each page.
        Median monthly fee for a private nursing home bed in 2025: S$3,800 (range S$2,600–S$6,500), before subsidy.
    """),
    ("zh-Hans", "照护咨询"): _lines("""
        帮我做一个老人每周用药表，早中晚三栏，饭前饭后分开标。
        社区日间照料中心和养老院有啥区别？适合轻度失智的老人吗
        老人住院期间陪护换班，交接要写哪些内容？给个模板
        兄妹三个轮流照顾父母，怎么排班比较公平，按周轮换那种
        阿司匹林和氯吡格雷一起吃要注意什么？老年人是不是更容易出血（一般性问题）
        长护险申请流程是什么？需要先做失能等级评估吗
        帮我把这段话改得委婉一点：“你再不按时吃药，我们就真的不管了”
        北京协和医院老年医学科门诊一般周几出诊？在京医通上怎么挂号
        宋庆龄基金会有没有针对失能老人的公益项目？
        《红楼梦》里贾母过八十大寿那一回，荣国府是怎么张罗的？
        邵逸夫医院的记忆障碍门诊在几号楼？要不要先做认知量表
        第七次全国人口普查显示，60岁及以上人口占18.70%，其中65岁及以上占13.50%。
        老人有糖尿病，早上空腹吃二甲双胍会不会胃不舒服？一般怎么调整
        子女异地怎么远程照顾老人？推荐几个智能药盒或者摔倒报警器的类型
        钟南山院士在发布会上提醒，老年人是呼吸道感染重症的高风险人群，建议按时接种流感疫苗。
        带老人去三甲医院看病，陪诊要提前准备哪些东西？列个清单
    """),
    ("zh-Hans", "模板与系统"): _lines("""
        【提醒】{老人姓名}您好，您预约的{科室}门诊时间为{日期}{时间}，请携带医保卡提前30分钟到达。
        护理交接单字段：床号｜护理等级｜饮食｜大小便｜皮肤情况｜特殊交代｜交班人签名｜接班人签名
        2026-12-04 21:03:17 [INFO] med_reminder job finished: 1,284 reminders sent, 3 failed (timeout)
        请勿在对话中填写身份证号、社保卡号或详细住址，如需办理请前往社区服务中心窗口。
        苯磺酸氨氯地平片 5mg×28片 ¥23.50，医保统筹支付后个人自付 ¥4.70。
        v3.2.0 更新：新增“子女代办”功能，支持为父母绑定医保电子凭证并接收取药提醒。
        某街道日间照料中心收费标准：每日35元（含午餐），半失能老人另收护理费20元/日。
        订单号 JD20261203557810294 的折叠助行器已签收，如需安装请联系平台售后。
        遇到老人突发胸痛、意识不清，请立即拨打120急救电话，不要自行驾车送医。
        民政部门12349养老服务热线可咨询高龄津贴、居家养老服务补贴的申领条件。
    """),
    ("zh-Hant", "香港及台灣長者服務"): _lines("""
        長者日間護理中心／單位嘅申請，要先經安老服務統一評估機制評估身體機能。
        長者醫療券每年金額為2,000元，累積上限為8,000元，可用於登記醫療服務提供者。
        東華三院賽馬會日間護理中心逢星期一至六開放，公眾假期暫停服務。
        屯門醫院老人科專科門診預約熱線 2468 5111，只限辦公時間內致電。
        請問「社區照顧服務券」同「改善家居及社區照顧服務」有咩分別？邊個輪候時間短啲？
        葛量洪醫院嘅紓緩治療科有冇日間服務？家屬可唔可以陪診？
        幫我寫個WhatsApp訊息俾姐姐，提醒佢每朝8點同夜晚8點要俾長者食血壓藥，唔好漏。
        醫管局「HA Go」App 可以睇覆診日期同藥物紀錄，要先喺醫院櫃位登記。
        長照2.0 的居家服務由照管專員到府評估，依失能等級核定每月給付額度。
        李嘉誠基金會資助嘅「人間有情」寧養服務計劃，喺多間公立醫院設有寧養中心。
        如長者走失，請即致電999報警，並通知所屬日間中心職員同社工。
        台北榮總高齡醫學中心初診需持轉診單，可於線上掛號系統預約。
    """),
    ("ms", "penjagaan warga emas"): _lines("""
        Macam mana nak mohon tempat di Pusat Jagaan Harian Warga Emas JKM? Dokumen apa yang perlu?
        Tolong buatkan jadual ubat mingguan untuk warga emas: pagi, tengah hari, malam, sebelum/selepas makan.
        Apa beza rumah jagaan swasta dengan Rumah Seri Kenangan kerajaan dari segi yuran dan kelayakan?
        Hospital Sultanah Aminah ada klinik geriatrik tak? Kena ada surat rujukan dari klinik kesihatan ke?
        Talian Kasih 15999 boleh dihubungi 24 jam untuk aduan pengabaian warga emas.
        Senaraikan soalan yang patut ditanya masa temujanji pertama dengan pakar geriatrik, dalam BM ye
        Tolong tukar ayat ni jadi lebih sopan: "Mak kena makan ubat ni, jangan degil sangat."
        Bantuan Warga Emas JKM ialah RM600 sebulan bagi pemohon yang layak, tertakluk kepada syarat pendapatan.
        Dalam cerita rakyat, Pak Pandir selalu tersalah faham arahan isterinya, Mak Andeh.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang, Selangor — talian am 03-3375 7000.
        Camne nak bahagi giliran jaga ayah dgn adik-beradik secara adil? Bagi contoh jadual 4 minggu.
        Hospital Tuanku Ja'afar Seremban menyediakan fisioterapi pesakit luar untuk warga emas selepas strok.
        Klinik Kesihatan biasanya terima temujanji susulan pagi Isnin hingga Jumaat, 8.00 pagi – 12.00 tengah hari.
        Insulin yg dah dibuka boleh simpan dalam suhu bilik berapa lama? Soalan umum je.
    """),
    ("ms", "templat dan notis"): _lines("""
        Peringatan: Temujanji {nama_pesakit} di {klinik} pada {tarikh}, jam {masa}. Sila bawa kad temujanji dan semua ubat semasa.
        No. resit 0048812-KK-2026 — caj pendaftaran RM1.00, ubat RM0.00 (warga emas 60 tahun ke atas).
        Notis: Pusat Jagaan Harian Warga Emas Taman Tun Dr Ismail ditutup pada 25 Disember sempena Hari Krismas.
        Borang permohonan JKM-WE versi 3/2026 boleh dimuat turun daripada portal rasmi; jangan hantar salinan MyKad melalui WhatsApp.
        Status penghantaran: kerusi roda lipat, no. pengesanan JNTMY0087712463, anggaran tiba 6–8 Dis.
        Warga emas berumur 60 tahun ke atas dijangka mencecah 15.3% penduduk Malaysia menjelang 2030.
        Kedai Ubat Tan Ah Kow & Sons, Jalan Tun Razak — buka 9 pagi hingga 9 malam, tutup setiap Ahad.
        Senarai semak serah tugas penjaga: ubat diberi, makan, mandi, tekanan darah, gula, kejadian jatuh, perkara untuk dimaklumkan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My mum Lim Siew Hoon (NRIC S3816274H) needs to be at KTPH geriatric clinic on 12 Dec 9.40am, can you set a reminder for me and my brother?
        Handover for tonight: Mr Raymond Goh, 84, Blk 412 Ang Mo Kio Ave 10 #07-1183 — fell at 3pm, bruise on L hip, son Daniel is on 9127 4406.
        Pls email the day care centre that my father Encik Rahmat bin Yusof, MyKad 480317-10-5263, attends Mon/Wed/Fri and is on insulin.
        Dad (Peter Wong Kam-fai) was just diagnosed with Parkinson's at Queen Mary, his HKID is K563219(6) — what forms do I need for elderly day care?
        New helper Dewi Kartika Sari, FIN G5537102X, starts Monday — write her a one-page routine for looking after my grandmother.
        Medication list for Margaret Ho, DOB 03/02/1941: Warfarin 3mg (INR target 2-3), Bisoprolol 2.5mg, Furosemide 40mg mornings.
        Can you reply to Auntie Joyce Tan for me? She's mum's caregiver, her number is 8823 6170, she's asking if dialysis moved to 7am.
        Please pay the nursing home deposit with my card 4556 1238 0094 1734 exp 09/28, it's for my father Henry Chua, room 3B.
        Ah Ma (Tay Ah Lian) is in SGH ward 7C bed 14 — pls don't mention to the neighbours that she has stage 4 stomach cancer.
        The caregiver who quit, Marites Dela Cruz, passport P4419826B, still has my mum's house key; help me write to her to return it.
    """),
    "zh-Hans": _lines("""
        帮我给我妈约个复诊：周秀兰，身份证32050219410223002X，苏大附一院心内科，下周二上午。
        我爸王建国住深圳市福田区莲花路1066号景田小区8栋502，医生说是阿尔茨海默病早期，想申请社区日托。
        护工交接：3床 李淑珍 82岁，昨夜血糖16.8，凌晨两点打了胰岛素4单位，女儿电话 13917264580。
        请把药单整理成表格：患者陈桂芳，女，87岁，病历号MZ20260417，阿托伐他汀20mg每晚，氯吡格雷75mg每日一次。
        我妈养老院的费用每月4800，从我工行卡 6228 4801 2934 5713 扣，户名刘晓燕，帮我算下一年多少钱
        帮我填日间照料中心申请表：老人张德福，男，身份证440304194607125312，紧急联系人 儿子张伟 138 2651 9047。
        护工何春梅阿姨微信 hcm_care1975，她说我爸赵国强昨晚又尿床了，让我们买成人纸尿裤，帮我回她一句
        我外婆林玉珠，身份证号350203193811042022，住厦门思明区，已经卧床两年，能办长护险吗？
        我奶奶孙桂英在吃舍曲林治抑郁症，她住长宁区虹桥路那个老小区，千万别让我叔叔知道。
        我爸的车 沪A·7K319 一直停在瑞金医院地库，黄师傅每周一三五开这辆车送他去做透析。
    """),
    "zh-Hant": _lines("""
        阿爸陳志明（HKID R408716(9)）下個月喺伊利沙伯醫院做白內障手術，想同時幫佢申請長者日間護理中心。
        媽咪黃美玲住觀塘秀茂坪邨秀義樓1205室，有輕度認知障礙，中心姑娘有咩事請打俾我 9436 2718。
        外傭 Rina Wulandari 電話 6152 8834，佢每晚10點幫我婆婆李月娥量血壓，數據記喺呢本簿度。
        我爺爺梁國華上年開始喺葵涌醫院精神科覆診，診斷係嚴重抑鬱，屋企人想轉去睇私家醫生。
        阿嬤吳秀琴身分證 F214576319，住台南東區，長照2.0居服申請還要補什麼資料？
        我阿公蔡文雄，身分證字號 A138157024，上週在台北榮總確診失智症，想問日照中心怎麼申請。
    """),
    "ms": _lines("""
        Tolong daftarkan ayah saya, Haji Zainal bin Abdullah, No. KP 440630-08-5127, untuk temujanji klinik mata HRPB Ipoh minggu depan.
        Mak saya Puan Rohani binti Ismail, 79 thn, tinggal di No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam — baru kena strok ringan.
        Penjaga baru, Kak Norlia, no. tel 012-487 3390, akan ambil alih jaga nenek dari jam 8 pagi mulai Isnin ni.
        Yuran rumah jagaan Encik Lau Chee Keong RM2,850 sebulan didebit dari akaun Maybank 1142 8807 3319 atas nama anaknya Lau Mei Ling.
        Atuk saya Ramasamy a/l Muniandy, MyKad 410905-07-5331, baru keluar wad Hospital Pulau Pinang, doktor kata buah pinggang tahap 4.
        Tolong ingatkan insulin nenek Fatimah binti Omar — 12 unit pagi, 8 unit malam; dia tinggal Lot 771, Kampung Parit Haji Baki, 83000 Batu Pahat.
        Email ke pusat jagaan harian: saya anak Puan Chong Ah Moi (IC 520911-14-5188), emel jason.chong.kl@yahoo.com, tel 017-226 5914.
        Mak Long Salmah dah 3 kali jatuh bulan ni, dia duduk sorang kat Blok C-12-07, PPR Lembah Subang 2; jiran dia Kak Ton pegang kunci.
        WhatsApp ayah saya 019-338 2047 kalau van lambat, nama dia Encik Kamarul Ariffin bin Hashim, guna kerusi roda.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a care-coordination assistant. Be concise and practical."),
        ("user", "my dad just got discharged, can you turn his meds into a daily schedule?"),
        ("assistant", "Of course. Please paste the medication section of the discharge summary."),
        (
            "user",
            "DISCHARGE SUMMARY\nName: TAN KIM HOCK   NRIC: S4429018I   Ward 56 Bed 12\nDx: CHF (EF 30%), AF on anticoag\nMeds: Apixaban 2.5mg BD, Furosemide 40mg OM, Bisoprolol 1.25mg OM\nTCU: Cardiology Clinic 3 wks",
        ),
        ("assistant", "Here's a schedule: 8am Apixaban, Furosemide, Bisoprolol; 8pm Apixaban."),
    ],
    [
        ("user", "help me draft an application letter to a dementia day care centre in the east"),
        ("assistant", "Sure. Who is it for, and what support do they need during the day?"),
        ("user", "my mother, she's 81, mild dementia, wanders sometimes"),
        ("assistant", "Thanks. Do you want to include her contact details in the letter?"),
        ("user", "yes — Gladys Fernandez, 27 Jalan Kembangan #02-05, Singapore 419113"),
        ("user", "and her mobile is 9684 2235 but she rarely picks up"),
    ],
    [
        ("user", "Who needs to sign the caregiver consent form for the home nursing agency?"),
        (
            "assistant",
            "Usually the patient or their donee/next-of-kin, plus the caregiver who will be trained.",
        ),
        ("user", "The part-time caregiver is my nephew Marcus Lee, he's 21"),
        ("user", "his NRIC is T0512839G, do they need a copy?"),
        ("assistant", "Most agencies only need the last four characters to verify identity."),
    ],
    [
        ("user", "can u tidy up the handover notes from my helper? she writes very fast"),
        ("assistant", "Yes, paste them and I'll organise them by time."),
        (
            "user",
            "7am gave popo BP pill + eye drop. 10am Dr Lau clinic call, appt moved 18/12 2:30pm. lunch half bowl. 3pm popo say chest tight, gave GTN 1 spray ok after. pls tell Mr Kwok 9871 5520",
        ),
        ("user", "popo is Mrs Kwok Lai Ching, lives with us in Tseung Kwan O"),
    ],
    [
        ("user", "I need to book hospital transport for my father in KL next Thursday"),
        ("assistant", "Which hospital and what time is the appointment?"),
        ("user", "HKL, orthopaedic clinic at 9am. he's in a wheelchair after hip surgery"),
        ("assistant", "The booking form will ask for the patient's name and IC."),
        ("user", "Tan Boon Huat, IC 430218-"),
        ("user", "14-5339"),
    ],
    [
        ("user", "How do I pay the first month's fee for the Bright Hill day care?"),
        ("assistant", "Most centres accept GIRO, PayNow or card. What would you like to use?"),
        ("user", "card pls, just charge it"),
        ("user", "5218 3309 9107 4129, 11/29, CVV 402, name on card Esther Koh"),
    ],
    [
        (
            "system",
            "Context: the user is caring for her father, Mr Arjun Nair, 88, who lives alone at 45 Jalan Lempeng, Singapore 128794 and has COPD on home oxygen.",
        ),
        ("user", "What should I pack for his respiratory clinic appointment tomorrow?"),
        (
            "assistant",
            "Bring his inhalers, the oxygen concentrator settings card and his meds list.",
        ),
    ],
    [
        ("user", "my mum got this SMS, is it legit or a scam?"),
        (
            "user",
            "SingHealth: Appt for MDM ONG SOOK CHING (S****447B) at SKH Specialist Outpatient Clinic 1B on 15/12/2026 10:20AM. Reply Y to confirm.",
        ),
        (
            "assistant",
            "It looks like a genuine reminder format; you can verify via the Health Buddy app.",
        ),
        ("user", "ok thanks, she's been so anxious since the breast cancer biopsy"),
    ],
    [
        ("user", "We're changing helpers next month, what should the handover cover?"),
        (
            "assistant",
            "Daily routine, medication timings, emergency contacts, and the patient's preferences.",
        ),
        ("user", "ok. outgoing helper is Lorna Bautista, FIN F2290637L, leaving 3 Jan"),
        ("user", "can you write the transfer notice to MOM for me"),
    ],
    [
        (
            "user",
            "what's the best way to explain to relatives why dad can't have visitors this month?",
        ),
        (
            "assistant",
            "You can keep it simple: his doctors advised rest and limiting infection risk.",
        ),
        (
            "user",
            "the real reason is Benedict Seah — my father-in-law, the retired tuition teacher from Serangoon — just started HIV treatment and is very immunocompromised",
        ),
        ("user", "so I don't want the whole family chat knowing, pls keep the message vague"),
    ],
    [
        ("user", "帮我把老人的处方整理成早中晚的吃药时间表"),
        ("assistant", "好的，请把处方内容发给我。"),
        (
            "user",
            "北京市朝阳区某医院门诊处方\n姓名：孟淑芬 性别：女 年龄：76岁\n身份证号：110105195009187648\n诊断：高血压3级、2型糖尿病\n硝苯地平控释片 30mg qd；二甲双胍 0.5g tid",
        ),
        ("assistant", "整理如下：早餐后 硝苯地平+二甲双胍；午餐后 二甲双胍；晚餐后 二甲双胍。"),
    ],
    [
        ("user", "我爸住院，今晚换护工，交接要注意啥"),
        ("assistant", "重点交代用药时间、饮食、翻身、大小便和异常情况的联系人。"),
        ("user", "新护工是刘阿姨，明早七点到"),
        ("user", "老人叫邓志远，12床，插着尿管，夜里要两小时翻一次身"),
        ("user", "有事打我手机 186"),
        ("user", "0752 3391"),
    ],
    [
        ("user", "社区日间照料中心的申请材料有哪些？"),
        ("assistant", "一般需要老人身份证、户口本、健康体检表和紧急联系人信息，以街道要求为准。"),
        ("user", "那你帮我写个申请说明吧，老人情况是这样的"),
        (
            "user",
            "母亲黄丽华，78岁，住成都市武侯区浆洗街118号6栋2单元401，2024年脑梗后右手无力，身份证510107194406301187",
        ),
    ],
    [
        ("user", "帮我看下这个家庭群通知写得清楚不清楚"),
        (
            "user",
            "【本周陪诊安排】周三 大哥陪妈去中山一院复查甲状腺，挂号已约8:30；周六 我带她去做康复。妈的新手机号 159 2088 6104，大家存一下。妈的名字别写错：郑宝珍",
        ),
        ("assistant", "整体清楚，建议把医院科室和楼层也写上，方便第一次去的人。"),
    ],
    [
        ("user", "我爷爷要做白内障手术，术后怎么滴眼药"),
        ("assistant", "一般每天4次，不同眼药间隔5分钟以上，滴前洗手，不要揉眼。"),
        ("user", "好的。另外医院让补登记信息"),
        ("user", "爷爷 何福生，身份证 310110194212150633，住杨浦区控江路那边，医保是上海的"),
        ("assistant", "可以在医院App的“就诊人管理”里补充。"),
    ],
    [
        ("user", "阿妈要申請長者日間護理，係咪要社工轉介？"),
        ("assistant", "係，要經社工或醫務社工轉介，再做統一評估。"),
        ("user", "明白，資料我貼俾你幫我整理下"),
        (
            "user",
            "姓名：區玉蓮 HKID：P227431(4) 地址：將軍澳厚德邨德美樓2016室 病歷：糖尿病、右膝退化，行路要用四腳叉",
        ),
    ],
    [
        ("user", "台灣長照的喘息服務一年可以用幾天？"),
        ("assistant", "依失能等級核定額度，可用於居家喘息或機構喘息，詳情請洽各縣市長照管理中心。"),
        ("user", "我爸去年中風，現在是長照第6級"),
        ("user", "他叫簡志雄，身分證 E120938475，住高雄苓雅區，想申請下個月的機構喘息"),
    ],
    [
        ("user", "外傭同新嚟嘅兼職看護點樣交更比較好？"),
        ("assistant", "建議用一本交更簿，寫低食藥時間、飲食、大小便同特別事項。"),
        ("user", "兼職看護係張姑娘，佢話要長者資料先可以開單"),
        ("user", "老竇叫霍錦榮，HKID D604182(6)，住柴灣興華邨，有柏金遜"),
        ("user", "張姑娘電話 5388 1942"),
    ],
    [
        ("user", "Nak buat temujanji klinik pakar untuk ayah, HTAR Klang. Macam mana?"),
        (
            "assistant",
            "Biasanya perlu surat rujukan dari klinik kesihatan, kemudian hubungi kaunter temujanji.",
        ),
        ("user", "dah ada surat rujukan. boleh tolong isi borang ni?"),
        (
            "user",
            "Nama: Mohd Yusri bin Ahmad Tajudin. No KP: 470822-10-5471. Masalah: kencing manis, luka kaki tak sembuh",
        ),
    ],
    [
        (
            "user",
            "Saya nak serah tugas jaga mak kepada adik minggu depan, apa yang patut saya tulis?",
        ),
        ("assistant", "Senaraikan ubat, waktu makan, temujanji akan datang dan nombor kecemasan."),
        ("user", "Mak ada temujanji di KK Seksyen 7 pada 17/12, ambil ubat darah tinggi"),
        ("user", "Adik saya Nurul Ain, dia boleh dihubungi di 011-2357 8846"),
        ("user", "nama penuh mak Siti Aminah binti Jaafar, umur 74"),
    ],
    [
        (
            "user",
            "Pusat jagaan harian minta saya hantar profil ringkas warga emas. Tolong formatkan.",
        ),
        ("assistant", "Boleh. Berikan nama, umur, alamat, keadaan kesihatan dan keperluan khas."),
        (
            "user",
            "Encik Goh Swee Lan, 83, No. 9, Lorong Seri Ampang 3, Taman Seri Ampang, 34000 Taiping, Perak. Pekak sebelah kanan, pernah kena angin ahmar 2022, makan bubur sahaja.",
        ),
    ],
    [
        ("user", "Tolong semak slip farmasi ni, saya tak faham dos dia"),
        (
            "user",
            "FARMASI KLINIK KESIHATAN BATU 9 CHERAS\nPesakit: LEE AH MUI  KP: 500314-10-5946\nMetformin 500mg 1 biji 2x sehari selepas makan\nGliclazide 80mg 1 biji pagi\nBekalan: 60 hari",
        ),
        (
            "assistant",
            "Metformin: 1 biji selepas sarapan dan 1 biji selepas makan malam. Gliclazide: 1 biji pagi sebelum sarapan.",
        ),
    ],
    [
        ("user", "Nak bayar deposit rumah jagaan nenek, boleh tolong tulis mesej kepada pengurus?"),
        ("assistant", "Boleh. Nak sertakan butiran pembayaran?"),
        ("user", "ya. pindahan dari akaun CIMB saya 7002 5518 3306, nama Farah Hanim binti Roslan"),
        ("user", "untuk nenek Wan Esah binti Wan Ismail, bilik 2A, deposit RM3,000"),
    ],
    [
        ("user", "boleh tolong rephrase email ni to the day care manager? my BM not so good"),
        (
            "user",
            "Dear Pn Rosmah, my father Mr Krishnan a/l Subramaniam will start on Monday. He has early dementia and cannot go out alone. Please contact me at priya.krish88@gmail.com for anything.",
        ),
        ("assistant", "Puan Rosmah yang dihormati, bapa saya akan mula hadir pada hari Isnin..."),
    ],
    [
        ("user", "How do I split my mum's monthly care costs with my two sisters?"),
        (
            "assistant",
            "You could split evenly or proportionally to income. Want a simple spreadsheet?",
        ),
        ("user", "yes. Total is day care $1,150, meds $210, helper levy $60"),
        ("assistant", "That's $1,420 a month, about $473.33 each if split three ways."),
        (
            "user",
            "ok also add the CPF MediSave account for mum, Chew Poh Lian, S2750331D, we pay from there",
        ),
    ],
]
