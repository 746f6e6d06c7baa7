# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat108: chats asking an assistant for help with one's own skin problems. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat108
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "eczema_acne_howto"): _lines("""
        User: my eczema flares on the inner elbows every time the aircon runs all night, is 45% humidity too dry? Assistant: For atopic eczema an indoor humidity of 40-60% is usually comfortable, so 45% is fine; the bigger triggers are the cold airflow and sweating under a thick blanket. Try moving the vent direction and moisturising right before bed.
        User: can i use 1% hydrocortisone on my eyelids Assistant: Eyelid skin is very thin, so only short courses of a mild steroid (a few days) and ideally after a doctor has looked at it. Tacrolimus or pimecrolimus are often preferred around the eyes.
        User: tretinoin 0.025% vs adapalene 0.1% for closed comedones, which one should I start with?
        User: what does 'apply one fingertip unit' mean exactly? Assistant: One fingertip unit (FTU) is the cream squeezed from a standard 5 mm nozzle along the last joint of an adult index finger, about 0.5 g, enough to cover an area twice the size of an adult palm.
        User: Wet wrap therapy step by step pls Assistant: 1) Bathe 10 min in lukewarm water. 2) Pat dry and apply the prescribed steroid, then emollient, within 3 minutes. 3) Put on a damp tubular bandage layer, then a dry layer on top. 4) Leave for 2 hours or overnight, max 7 nights in a row unless your doctor says otherwise.
        User: Is it normal that my psoriasis plaques itch more after 3 weeks on calcipotriol? Assistant: Mild irritation is a known side effect in the first weeks, especially on the face or skin folds, where it shouldn't be used anyway. If the burning keeps getting worse, pause it and check with your doctor.
        User: purging or breakout?? started BHA 2% on Monday, 6 new whiteheads on my chin by Friday
        User: how long should I wait between a benzoyl peroxide 2.5% wash and my moisturiser
        User: Does diet matter for acne, like dairy and high-GI food? Assistant: The evidence is modest: some cohort studies link skim milk and a high glycaemic load with more acne, but cutting them out rarely clears acne alone. Keep a 4-week food and breakout log if you want to test it on yourself.
        User: scalp psoriasis, the coal tar shampoo smells awful, any alternatives? Assistant: Options include salicylic acid shampoos to lift scale, ketoconazole 2% if seborrhoeic dermatitis overlaps, or a clobetasol 0.05% shampoo on prescription that you leave on for 15 minutes before rinsing.
        User: dyshidrotic eczema blisters on my fingers, should I pop them or not? Assistant: Better not; popping raises the infection risk. Cool compresses, a potent steroid from your doctor and cotton gloves under nitrile gloves for wet work usually help more.
        User: is an SPF 50 PA++++ sunscreen with niacinamide ok if I have rosacea, it stings a bit
        User: my 6 year old has eczema patches behind both knees, how much emollient per week is normal? Assistant: Guidance for children with widespread eczema is roughly 250-500 g of emollient a week, so a 500 g pump tub lasting one to two weeks is normal, not too much.
    """),
    ("en", "insurance_claims_clinic_bills"): _lines("""
        User: my insurer says dermatology is only covered with a GP referral letter, what should the letter include? Assistant: Usually the clinic letterhead, date, the doctor's registration number, the diagnosis (for example L20.9 atopic dermatitis), the reason for referral, and the doctor's signature and stamp.
        User: Help me fill this in. Claim form section B: Name of insured [__________] NRIC/Passport [__________] Date of consultation [DD/MM/YYYY] Diagnosis [__________] Total bill (SGD) [______] Assistant: Fill in each bracket exactly as on your ID and itemised bill; write the diagnosis as the doctor wrote it, and attach the original receipt.
        User: bill says Consultation S$180.00, Isotretinoin 20mg x 30 caps S$96.30, GST 9% S$24.87, total S$301.17, is GST charged on the medicine too? Assistant: Yes, 9% of 276.30 is 24.87, so GST was applied to both the consultation and the medication.
        User: claim ref CLM-SG-2026-0449182 rejected with code EX-07 'pre-existing condition', what does that mean? Assistant: EX-07 in most policies means the insurer believes the condition existed before the cover started or within the waiting period. You can ask for the exact clause and submit a doctor's memo on the date of onset.
        User: Does MediShield Life cover NB-UVB phototherapy for psoriasis as an outpatient? Assistant: Outpatient phototherapy is generally not covered by MediShield Life itself; some of it may be payable from MediSave under the outpatient scheme limits, so ask the clinic's billing counter for the current rules.
        User: Can I claim a La Roche-Posay moisturiser under my company outpatient benefit? Invoice INV-88213, RM 89.90, prescribed by the clinic.
        User: Write a polite email to the insurer's claims@ mailbox to appeal a rejected dermatology claim, keep placeholders for my details. Assistant: Subject: Appeal – Claim No. [CLAIM NO.] / Dear Claims Team, I refer to claim [CLAIM NO.] dated [DATE] for the treatment of [CONDITION]. I would like to appeal the decision and enclose the specialist's memo and itemised bill. Yours sincerely, [NAME] [POLICY NO.]
        User: the panel clinic list shows 'Derm Specialist Centre, 38 Irrawaddy Road #11-02, S329563, tel 6100 2288', is a panel clinic the same as in-network?
        User: co-payment 10%, deductible S$1,500, the biologic bill is S$4,200, how much do I pay myself? Assistant: The first S$1,500 is yours, then 10% of the remaining S$2,700 = S$270, so S$1,770 out of pocket before any rider.
        User: What ICD-10 code is acne vulgaris? Assistant: L70.0. Atopic dermatitis is L20.x, psoriasis vulgaris L40.0 and rosacea L71.x.
        User: my claim portal shows status 'Pending Docs - upload itemised bill (max 5MB, PDF/JPG)', what counts as itemised?
        User: is dupilumab usually pre-authorised? the policy wording clause 4.3(b) says 'specialised drugs require prior approval' Assistant: Yes, most insurers treat biologics as specialised drugs; the clinic usually submits a pre-authorisation form with your severity scores before the first dose.
        User: insurer hotline 1800-222-7700 keeps me on hold forever, any other way to check enquiry ENQ-7781-26? Assistant: Try the insurer's app chat or the claims mailbox with the enquiry number in the subject line; replies are usually within 3 working days.
    """),
    ("zh-Hans", "pifu_wenzhen_gouyao"): _lines("""
        User: 最近脸上爆痘，额头和下巴特别多，用了两周阿达帕林凝胶0.1%反而更红了，正常吗？ Assistant: 维A酸类药物开始使用的头2-4周常会出现「爆痘期」和刺激，可以改成隔天晚上用、先涂保湿再涂药；如果出现大面积脱皮或灼痛，就先停用并咨询医生。
        User: 湿疹能不能洗热水澡？ Assistant: 不建议。水温最好在32-37℃，时间控制在10分钟以内，洗完擦干后3分钟内涂保湿霜。
        User: 京东订单号 281937465012 的丁酸氢化可的松乳膏还没发货，怎么催？ Assistant: 可以在「我的订单」里点「联系客服」，或者在订单详情页申请催发货，一般48小时内会有回复。
        User: 他克莫司软膏0.03%和0.1%有什么区别？小孩能用哪个？
        User: 帮我列一个去三甲医院皮肤科看病前要准备的清单 Assistant: 1. 医保卡或电子医保凭证；2. 以前的病历和用药记录；3. 按时间顺序整理的皮损照片；4. 正在用的药膏带上原包装；5. 想问医生的问题写在手机备忘录里。
        User: 银屑病用生物制剂一年大概要花多少钱？医保能报吗？ Assistant: 几种IL-17、IL-23抑制剂已经进入国家医保目录，但各地门诊特殊病种的报销比例和起付线不同，建议先到当地医保窗口问清楚「门特」申请流程。
        User: 拍皮疹照片发给网上医生，有什么技巧？ Assistant: 用自然光，关掉美颜，拍一张远景看分布、一张近景看细节，旁边放一把尺子做参照。
        User: 小红书上说用米醋泡手能治手癣，靠谱吗？
        User: 痤疮分级里的 Pillsbury III 级是什么意思？
        User: 异维A酸吃了一个月，嘴唇干裂得厉害，还要去查肝功能吗？ Assistant: 一般建议开始前和服药约1个月时各查一次肝功能和血脂，之后按医生要求复查；嘴唇干可以用凡士林或含神经酰胺的润唇膏。
        User: 医院互联网门诊复诊开的药，电子处方有效期是几天？ Assistant: 通常是3天，过期需要重新开具，具体以平台提示为准。
        User: 丝塔芙、理肤泉、雅漾的修护霜，哪个更适合特应性皮炎？大概各多少钱？
        User: 药盒上写着「国药准字H20193245」是什么意思？ Assistant: 这是药品批准文号，H代表化学药品，后面8位数字前四位是批准年份，可以在国家药监局网站查询真伪。
    """),
    ("zh-Hant", "hk_tw_pifu"): _lines("""
        User: 香港公立皮膚科新症排期要幾耐？ Assistant: 衞生署社會衞生科皮膚科診所要家庭醫生轉介，穩定新症一般要等一年以上，緊急個案會優先處理。
        User: 健保可以給付照光治療嗎？一週要照幾次？ Assistant: 乾癬或異位性皮膚炎符合條件的話，健保有給付照光治療，一般一週2-3次，需要到有設備的醫院皮膚科。
        User: 我想問濕疹膏嘅類固醇強度點分？Betamethasone 同 Hydrocortisone 邊隻強啲？
        User: 屈臣氏網購單號 WTC-HK-20261203-55810 嘅保濕霜仲未到，點查？ Assistant: 可以喺App「我的訂單」輸入單號睇物流狀態，超過5個工作天未到就用網上客服表格報失。
        User: 異位性皮膚炎的小孩可以打疫苗嗎？
        User: 幫我寫個WhatsApp訊息俾公司HR，請半日假睇皮膚科，唔使寫病名 Assistant: 「HR你好，我[日期]下午需要覆診，想請半日假(14:00-18:00)，之後會補交醫生紙，唔該晒！」
        User: 青春痘擠完留下紅印，是PIE還是PIH？ Assistant: 紅色或紫紅色、壓下去會變淡的是發炎後紅斑(PIE)；褐色的是發炎後色素沉澱(PIH)，兩種處理方式不一樣。
        User: 保單條款第7.2條寫「門診皮膚科須由家庭醫生轉介」，咁網上診症開嘅轉介信得唔得？
        User: 台大醫院皮膚部初診要帶什麼？ Assistant: 健保卡、身分證明文件、之前的檢查報告和正在使用的藥物，可以先在網路掛號系統預約。
        User: Dupixent 一支幾錢？私家醫生報價HK$6,800係咪偏貴？
        User: 手部濕疹一直脫皮，醫生開了 Protopic，可以跟護手霜一起擦嗎？ Assistant: 可以，一般先擦藥膏，等15-30分鐘吸收後再擦護手霜，洗手後要補擦。
        User: 乾癬係咪會傳染？同事見到我手肘啲斑好驚 Assistant: 唔會，乾癬（銀屑病）係免疫相關嘅慢性皮膚病，完全唔會傳染，你可以放心同同事解釋。
        User: 藥袋上寫「每日2次，外用，勿入眼」，可是沒寫要擦多久？
    """),
    ("ms", "kulit_soalan"): _lines("""
        User: Ekzema saya makin teruk bila cuaca panas, boleh guna krim hidrokortison 1% setiap hari? Assistant: Hidrokortison 1% sesuai untuk jangka pendek, biasanya tidak lebih 7 hari berturut-turut di kawasan yang sama. Kalau tak baik, jumpa doktor untuk rawatan lain.
        User: jerawat batu kat dagu sakit sangat, patut jumpa doktor kulit ke? Assistant: Ya, jerawat nodul atau kista lebih baik dirawat awal oleh doktor kerana ia mudah meninggalkan parut.
        User: Berapa lama giliran temujanji klinik pakar dermatologi di hospital kerajaan? Assistant: Bergantung kepada hospital; biasanya perlu surat rujukan dari klinik kesihatan dulu, dan kes yang teruk akan diberi tarikh lebih awal.
        User: Tolong terangkan maksud 'sapu nipis 2 kali sehari' pada label ubat.
        User: pesanan Shopee 2612038HJ4KQ7 untuk pencuci muka Cetaphil belum sampai, apa nak buat? Assistant: Semak status di 'Pembelian Saya'; kalau melepasi tarikh jangkaan, tekan 'Pulangan/Bayaran Balik' sebelum tempoh Jaminan Shopee tamat.
        User: Tulis template surat untuk majikan, saya ada temujanji dermatologi. Assistant: Kepada: [Nama Pengurus] / Perkara: Permohonan Cuti Separuh Hari / Saya, [Nama], No. Pekerja [____], memohon cuti pada [Tarikh] untuk temujanji di klinik pakar. Salinan slip temujanji dilampirkan.
        User: psoriasis ditanggung oleh PERKESO ke?
        User: Ubat isotretinoin boleh makan masa puasa? Assistant: Boleh, ambil bersama makanan berlemak sedikit waktu sahur atau berbuka supaya penyerapan lebih baik, dan minum air secukupnya.
        User: Caj klinik swasta RM85 konsultasi + RM120 ubat, boleh tuntut dari insurans syarikat tak?
        User: macam mana nak ambil gambar ruam untuk hantar ke doktor melalui aplikasi? Assistant: Guna cahaya siang, jangan guna flash atau filter, ambil satu gambar jauh dan satu dekat, dan letak pembaris di sebelah.
        User: Apa beza ekzema atopik dengan dermatitis kontak?
        User: Krim yang ada nombor MAL20071234AZ tu selamat ke? Assistant: Nombor MAL menunjukkan produk berdaftar dengan NPRA; anda boleh semak nombor itu dalam carian produk di laman web NPRA.
        User: Kulit kepala bersisik dan gatal, syampu ketoconazole 2% boleh guna berapa kali seminggu?
    """),
    ("mixed", "pharmacy_orders_tracking"): _lines("""
        User: eh my Guardian online order GDN-SG-7740291 still 'Processing' since Tue, the Physiogel cream leh, how to chase ah Assistant: You can use the chat in the Guardian app with the order number, or email their customer care mailbox; orders usually ship within 3 working days.
        User: 我在Watsons app买的 CeraVe SA cleanser, tracking NJV-SG-88317420 显示 delivered 但是没收到 Assistant: 先看看门口、信箱或者guardhouse，然后在app里用订单号提交「未收到」申请，通常要在48小时内报。
        User: pharmacist kata perlu prescription untuk Daivobet, betul ke? Assistant: Ya, Daivobet (calcipotriol + betamethasone) ialah ubat yang perlu preskripsi doktor.
        User: Lazada refund RFD-MY-20261130-0042 for the wrong sunscreen, bila masuk account?
        User: can help me compare price? Bioderma Atoderm 500ml S$32.90 at Watsons vs S$27.50 on Shopee Mall, worth it or got fake risk?
        User: 药房说 Epiduo gel 缺货 ETA 2 weeks, got alternative or not?
        User: barcode 3337875597197 是什么产品? scan 出来是法文
        User: 我的 Qoo10 order 1029384756 写 'customs hold', skincare also kena meh?
        User: Unity receipt TXN 0042-1188-9031 14:32 06/12/2026 Cetirizine 10mg x30 $8.90, can claim under flexi benefits boh? Assistant: Antihistamines bought over the counter are often excluded, but check your company's flexi benefits list; keep the receipt in case.
        User: beli ubat jerawat dari Taobao boleh ke, takut kena tahan kastam
        User: J&T tracking 630018827451 stuck at 'Sorting Center Shah Alam' 4 hari dah, my eczema cream inside leh
        User: GrabMart or pandamart got sell hydrocortisone cream or not ah, need tonight, very itchy
        User: 请帮我把这个 order summary 翻成 Bahasa: 2x Aveeno Eczema Therapy 206g RM59.90 each, shipping RM4.90, total RM124.70 Assistant: 2x Aveeno Eczema Therapy 206g RM59.90 setiap satu, caj penghantaran RM4.90, jumlah RM124.70.
    """),
    ("en", "app_photo_code"): _lines("""
        User: my skin tracking app exports CSV like date,area,score,photo_id / 2026-11-02,left_forearm,6.4,IMG_4821.HEIC, write pandas code to plot score over time Assistant: df = pd.read_csv('log.csv', parse_dates=['date']); df.pivot_table(index='date', columns='area', values='score').plot(marker='o')
        User: how do I strip GPS EXIF from rash photos before uploading them? Assistant: On a computer: exiftool -gps:all= -overwrite_original *.jpg. On an iPhone, tap Options on the share sheet and switch off Location.
        User: what's the SCORAD formula? Assistant: SCORAD = A/5 + 7B/2 + C, where A is the extent (0-100), B the intensity (0-18) and C the subjective symptoms itch and sleep loss (0-20).
        User: app crashed after update 4.12.0 (build 4120317) when uploading a 12MB acne photo, log says 'PayloadTooLarge: max 10485760 bytes'
        User: Write a JSON schema for an eczema symptom diary with fields date, itch_0_10, sleep_loss_hours, triggers (array), meds (array)
        User: the teledermatology portal shows sha256 9f2c41d07be35a6e18c0f4b2d9a7e3615c08b4f17d2e9a6c3b5f0e1d84a7c296 for my upload, how do I check it's the same file as on my phone? Assistant: Run sha256sum on the original file (or shasum -a 256 on macOS) and compare the two strings.
        User: is it safe to send close-up photos of my back through a clinic web form at https://portal.example-derm.sg/upload?
        User: reminder config: cron 0 8,20 * * * notify 'apply tacrolimus', is that right for 8am and 8pm? Assistant: Yes, minute 0 at hours 8 and 20 every day.
        User: PASI calculator gives 11.8, is that moderate or severe?
        User: regex to pull lines like 'Rx: Clobetasol 0.05% oint 30g x2' out of my pharmacy export? Assistant: Try Rx: ([A-Za-z ]+) ([0-9.]+%) ([a-z]+) ([0-9]+g) x([0-9]+) and read the groups in order.
        User: The DLQI has 10 questions scored 0-3, what does a total of 14 mean? Assistant: A score of 11-20 means a very large effect on the patient's life.
        User: teledermatology API returned status 413, request_id 7c1e9a02-44bf-4f6e-9b1d-2a8d5e03f611, what now? Assistant: 413 means the file is too large; compress the photo below the limit and retry with a new request.
        User: how to blur my tattoo and face in a photo before posting it to r/eczema for advice?
    """),
    ("en", "public_figures_stats_fiction"): _lines("""
        User: Which celebrities have talked openly about psoriasis? Assistant: Kim Kardashian has discussed hers publicly for years, and Cara Delevingne has spoken about stress-triggered flares during her modelling career.
        User: Was Joseph Stalin's face really pockmarked? Assistant: Yes, childhood smallpox left scars, and official portraits were retouched to hide them.
        User: Who was Thomas Addison and why is a skin darkening sign named after him? Assistant: A 19th-century physician at Guy's Hospital in London who described adrenal insufficiency, where skin darkening is a classic sign.
        User: Is Tan Tock Seng Hospital named after a person? Assistant: Yes, after Tan Tock Seng, the 19th-century Malacca-born merchant and philanthropist who funded the original paupers' hospital.
        User: is it true about 1 in 5 kids in Singapore has eczema? any source? Assistant: Several local studies put childhood atopic dermatitis prevalence at around 20%, among the higher rates in Asia.
        User: Summarise: 'Of 312 patients enrolled, 58% reached EASI-75 at week 16 versus 17% on placebo; 3 patients discontinued due to conjunctivitis.'
        User: In The Singing Detective, what skin disease does Philip Marlow have? Assistant: Psoriatic arthropathy, which mirrored Dennis Potter's own illness.
        User: who invented Vaseline? Assistant: Robert Chesebrough, who patented petroleum jelly in 1872.
        User: Kawasaki disease is named after Tomisaku Kawasaki right, does it cause skin peeling?
        User: John Updike wrote an essay about his psoriasis called At War with My Skin, which book is it in? Assistant: It is a chapter of his memoir Self-Consciousness (1989).
        User: for our skincare store training slides: Customer A (24, acne-prone) and Customer B (31, rosacea) both ask for a vitamin C serum, what should staff recommend to each?
        User: What is the Koebner phenomenon and who was Heinrich Köbner? Assistant: New psoriasis lesions appearing along lines of skin injury; Köbner was a German dermatologist who described it in 1876.
        User: clinic dashboard Nov 2026: 1,284 teleconsults, 41% acne, 27% eczema, 9% psoriasis, median wait 2 days 4 h, write a one-paragraph summary for the newsletter
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: hi I'm Rachel Goh Wen Hui, NRIC S8734215H, the polyclinic derm wants me to book a follow-up for my eczema, can you draft the SMS to the appointment line?
        User: please fill the claim form for me: Insured: Daniel Fernandez, DOB 09/07/2004, NRIC T0412876H, diagnosis chronic plaque psoriasis, bill S$1,240. Assistant: Sure, here is section B filled in with those details.
        User: my card 4532 1760 4819 2337 was charged twice by the skin clinic for the same laser session, how do I dispute it?
        User: my sister Priya d/o Ramasamy is hiding her isotretinoin prescription from her husband because they're trying for a baby, should I tell him?
        User: can you reword this for my boss: 'Hi Mr Chong, Joanne here, I need Friday off, my acne cysts got infected and the doctor needs to drain them'
        User: text my mum for me: 'Ma, the derm said the patch on your leg is psoriasis not cancer, don't worry', her number is 9123 4587
        User: my flatmate Kelvin Ong keeps using my steroid cream on his ringworm and now it's spreading on his thigh, how do I tell him to stop?
        User: reply to the clinic: my email is shanice.devaraj88@gmail.com, please send the scalp biopsy result there and not by post. Assistant: Here is a short reply you can send.
        User: I work at a pharmacy and Mr Hafiz bin Osman from Block 412 Bedok North buys 6 tubes of Betnovate every week for his face, should I flag it to the pharmacist?
        User: I'm a domestic helper, my name is Maricel Dela Cruz, FIN F2268431X, my employer won't let me see a doctor for the cracked bleeding rash on my hands, what can I do?
        User: photo caption for the teledermatology form: 'Raised mole on left cheek, Ahmad Zulkifli, 43, growing since August', is that enough detail?
        User: the insurer rejected the claim for my son Benedict Pereira's dupilumab injections, I want to appeal, they can call me back on +65 8274 1196
        User: write a note to the school: Li Xinyi in P4 Courage has severe eczema on her arms and legs and should be excused from swimming until January.
        User: the Bangkok skin clinic's medical tourism form asks for passport no., mine is E4471930M, name Tan Jun Kai, is it safe to email it to them?
        User: Uncle Bala next door, Balakrishnan s/o Muthu, asked me why the ulcer on his shin isn't healing, his sugar is always 14, what should he ask the doctor? Assistant: He should ask about diabetic wound care and circulation checks.
        User: the car park gantry at the skin clinic charged my car SLA8821Y twice during my laser appointment, how do I get a refund?
        User: my colleague Grace Lim Pei Shan has vitiligo spreading on her hands and people in the office keep gossiping, how can I support her without making it weird?
        User: I'm Farid, living at 27 Jalan Kemuning 3, Taman Sri Muda, 40400 Shah Alam, the derm clinic wants my home address to deliver my biologic in a cold box, is that normal?
    """),
    "zh-Hans": _lines("""
        User: 我叫王思琪，身份证号310104199207223848，皮肤科线上复诊要实名认证，这样填对吗？
        User: 帮我给我妈发条消息：妈，医生说你背上那块是带状疱疹，别自己乱抹药了。她手机是 139 1742 8806。
        User: 我同事刘建国最近脸上全是红疹，他偷偷跟我说是在吃激素治红斑狼疮，我要不要告诉领导？
        User: 医保报销单要填：姓名 陈志伟，身份证 440305198803142712，就诊科室 皮肤科，费用 2,386.50元，帮我检查一下格式。 Assistant: 格式没问题，注意发票抬头要和姓名一致。
        User: 小区3栋的陈阿姨银屑病很严重，大夏天都穿长袖，邻居们还以为会传染，我该怎么帮她解释？
        User: 淘宝买的药膏要退货，收货地址是 杭州市西湖区文三路478号2单元601室 周晓峰 收，客服让我写退货理由，帮我写一下。
        User: 我的微信号是 skin_lily_0715，皮肤科诊所的助理让我加她发照片，安全吗？
        User: 儿子张浩然上初二，长痘很严重，班主任在班里点名说他不讲卫生，我想写信给老师，帮我起个草。
        User: 皮肤科诊所退款要打到我的工行卡 6222 0210 0218 4377，户名 李慧敏，帮我写个退款申请。
        User: 表哥黄俊杰在深圳做医美，给我姑姑打了水光针后她脸肿了一个星期，姑姑想投诉又怕伤感情，怎么办？
        User: 帮我把这段翻成英文发给新加坡医生：患者吴雨桐，女，34岁，手机 186 2093 5471，慢性手部湿疹5年，对镍过敏。
    """),
    "zh-Hant": _lines("""
        User: 我係陳嘉欣，身份證 Y305948(9)，想約私家皮膚科覆診，佢哋要我WhatsApp身份證號碼過去，安唔安全？
        User: 幫我寫給保險公司的申訴信，被保險人林佳穎，身分證字號 A228416376，乾癬生物製劑被拒賠。
        User: 我老細何志明成日抓手臂，我見到佢有啲乾癬斑，佢好介意人知，我應唔應該扮睇唔到？
        User: 我阿嬤住在台南市東區林森路二段97巷12號，她腳上的濕疹抓到潰爛了，要怎麼申請居家醫療？
        User: 幫我整理一下俾醫生：病人 梁志豪，HKID K482716(3)，電話 6138 2957，暗瘡疤激光做咗三次，第三次之後色素沉澱。
        User: 我的LINE ID是 yuting.skin93，皮膚科診所說加LINE就能傳照片預約，要怎麼拍比較清楚？
        User: 表妹阿欣（黃欣怡）喺屯門讀中四，因為濕疹喺學校俾人叫「蛇皮」，佢媽媽想投訴，點寫？
        User: 我弟蔡宗翰在當兵，皮膚科要我代他領藥，他手機 0935 271 846，委託書要怎麼寫？
        User: 同事Winnie Tsang啱啱做完皮膚癌切片，結果未出，佢叫我唔好話人知，我應該點安慰佢？
    """),
    "ms": _lines("""
        User: Nama saya Nurul Aina binti Rosli, IC 880314-10-5523, nak buat tuntutan insurans untuk rawatan ekzema di hospital swasta, betul ke format ni?
        User: Tolong tulis mesej kepada Encik Rahman bin Yusof, jiran saya di No. 15 Jalan Mawar 2, Taman Bukit Indah, beritahu anak dia kena kudis buta dan perlu ke klinik.
        User: kawan saya Siti Khadijah binti Abdullah malu sangat sebab jerawat teruk sampai tak nak datang kenduri, macam mana nak pujuk dia?
        User: no telefon saya 012-738 4591, klinik dermatologi kata akan WhatsApp keputusan biopsi, boleh minta mereka jangan hantar gambar? Assistant: Boleh, minta mereka hantar keputusan bertulis sahaja.
        User: Pekerja saya Ram Bahadur Thapa dari Nepal, passport PA4471903, ada ruam teruk di tangan selepas guna bahan kimia kilang, nak bawa ke klinik panel, dokumen apa perlu?
        User: Tolong semak, akaun Maybank 1140 2233 8857 atas nama Mohd Faizal bin Ismail untuk bayaran balik caj laser RM1,800, betul ke cara isi borang ni?
        User: Mak saya Puan Kamariah, 67 tahun, ada psoriasis di kulit kepala dan dah tak nak keluar rumah sebab malu, apa saya boleh buat?
        User: email saya hazwan.kamal92@gmail.com, tolong draf emel kepada klinik minta salinan rekod rawatan jerawat saya.
        User: cikgu beritahu anak saudara saya Muthu a/l Krishnan ada kurap di kepala dan tak boleh ke sekolah seminggu, macam mana nak rawat?
        User: IC anak saya 150622-14-0387, doktor minta untuk daftar rawatan ekzema di klinik kesihatan, perlu bawa surat beranak juga ke?
        User: Suami saya Lee Chee Keong kena ekzema teruk lepas kerja di tapak binaan, bos dia tak bagi cuti sakit, apa hak dia?
        User: Kereta saya WXY 2281 kena saman parking depan klinik kulit di Jalan Ampang masa saya buat rawatan laser, boleh rayu?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for a Singapore pharmacy chain. Answer skincare and claims questions.",
        ),
        ("user", "I need help with an insurance claim for my eczema treatment."),
        (
            "assistant",
            "Sure. What does the insurer's form ask for, and do you have the itemised bill?",
        ),
        (
            "user",
            "Yes. Name Tan Mei Ling, NRIC S7619052F, consultation plus wet wrap supplies S$420 at the skin clinic on 28 Nov.",
        ),
        (
            "assistant",
            "Put those exactly as on your NRIC, attach the itemised bill and the referral letter, and keep a copy of everything you submit.",
        ),
    ],
    [
        ("user", "我爸银屑病又复发了，想在网上预约北京的皮肤科专家号"),
        ("assistant", "可以通过医院的官方公众号或者114挂号平台预约，需要患者的实名信息。"),
        ("user", "他叫林国强，身份证350203197509061538，手机 138 5027 9143，这些填进去就行吗？"),
        ("assistant", "是的，就诊人信息要和身份证一致；建议只在医院官方渠道填写，不要发给陌生人。"),
    ],
    [
        ("user", "我想預約私家皮膚科做暗瘡疤激光，診所要我填表"),
        ("assistant", "一般會要姓名、身份證號碼、聯絡電話同地址，仲有過往用藥紀錄。"),
        ("user", "我叫鄭慧琳，HKID P771203(4)，住沙田禾輋邨豐和樓1508室，之前食過A酸半年"),
        ("assistant", "明白，記得同醫生講你停咗A酸幾耐，一般要停藥6個月先好做激光。"),
    ],
    [
        ("system", "Anda pembantu kesihatan kulit. Jawab dalam Bahasa Melayu."),
        ("user", "Saya nak daftar untuk rawatan fototerapi psoriasis di Hospital Pulau Pinang."),
        (
            "assistant",
            "Anda perlukan surat rujukan dari pakar dan kad pengenalan semasa pendaftaran.",
        ),
        (
            "user",
            "Nama saya Amirul Hakim bin Zainal, IC 010906-07-3342, telefon 017-462 8813. Boleh tolong isi borang ni?",
        ),
        (
            "assistant",
            "Boleh, tapi elakkan kongsi nombor IC di kumpulan WhatsApp; serahkan borang terus di kaunter.",
        ),
    ],
    [
        (
            "user",
            "A laser clinic in Orchard billed my credit card for a package I cancelled within the cooling-off period.",
        ),
        (
            "assistant",
            "You can ask your bank to raise a chargeback; have the cancellation email and the receipt ready.",
        ),
        (
            "user",
            "Card is 5529 0411 8736 4026, the charge was S$2,880 on 2 Dec, and the clinic ignored my emails from joelle.siow.tm@outlook.com",
        ),
        (
            "assistant",
            "Call the number on the back of your card, quote the transaction date and amount, and forward them the unanswered emails as evidence.",
        ),
    ],
    [
        (
            "user",
            "One of my workers has a bad fungal rash from the dorm, how to bring him to a GP?",
        ),
        (
            "assistant",
            "Foreign workers can use the primary care plan clinics; bring his work pass.",
        ),
        (
            "user",
            "He is Karthik s/o Rajendran, FIN G5190374P, staying at the dorm in 21 Tuas South Avenue 1, room 4-12. His phone 8631 0472.",
        ),
        (
            "assistant",
            "Book him at the medical centre that covers his dorm, and let him keep his own work pass during the visit.",
        ),
    ],
    [
        ("user", "我太太的異位性皮膚炎很嚴重，醫生說可以申請健保給付生物製劑"),
        ("assistant", "需要醫院皮膚科醫師提出事前審查，病人要符合嚴重度和先前治療失敗的條件。"),
        ("user", "她叫邱雅婷，身分證 R277036515，我是許文彬 F155209844，表格上要填配偶資料嗎？"),
        ("assistant", "事前審查只需要病人本人的資料，配偶資料通常不用填。"),
        ("user", "好，那我們住在新北市板橋區文化路一段188號9樓，醫院說藥可以寄到家嗎？"),
    ],
    [
        (
            "user",
            "my friend keeps posting before/after photos of my acne on her IG without asking me",
        ),
        (
            "assistant",
            "You can ask her directly to take them down, and report the posts to Instagram as a privacy violation.",
        ),
        (
            "user",
            "her account is @glowwith.jiayi, she's Ng Jia Yi, she sells skincare and uses my face as 'Customer A'",
        ),
        (
            "assistant",
            "Screenshot the posts with dates first, then send her a clear message; Instagram's report form has an option for photos posted without consent.",
        ),
    ],
    [
        ("user", "my girlfriend has painful lumps in her armpits that keep coming back"),
        (
            "assistant",
            "Recurrent painful lumps in the armpits or groin can be hidradenitis suppurativa; a dermatologist should look at them.",
        ),
        (
            "user",
            "Her name is Amanda Yeo, she's 26 and too embarrassed to see anyone, she even hides it from her parents in Pasir Ris",
        ),
        (
            "assistant",
            "It's very common and treatable. You could offer to book the appointment with her and go together.",
        ),
    ],
    [
        ("system", "你是皮肤健康助手，用简体中文回答。"),
        ("user", "异维A酸要在医院开，药房让我提供身份信息登记"),
        ("assistant", "异维A酸是处方药，女性患者通常还要签知情同意书，确认避孕。"),
        ("user", "我是赵梦瑶，身份证110108199602186029，手机15821936047，这些要给药房吗？"),
        ("assistant", "处方登记一般只需要姓名和就诊卡，身份证号码仅在医院实名挂号时提供即可。"),
    ],
]
