# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat91: chats asking an assistant for help with one's own dental treatment. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant chat"): _lines("""
        User: I've had braces for 8 months and my bottom front teeth suddenly feel a bit loose, is that normal? Assistant: Some mobility during active tooth movement is expected because the ligament around the root is remodelling; mention it at your next adjustment, and call the clinic sooner if a tooth is very loose, painful or the gum is swollen.
        User: what's the rough price difference between an implant crown and a bridge in Singapore? Assistant: At private clinics a single implant with crown often runs S$4,000–6,500 all in, while a three-unit bridge is typically S$2,500–4,500; public dental centres are cheaper but have waiting lists.
        User: I'm super scared of the needle, can I ask for numbing gel first? Assistant: Yes, topical anaesthetic gel before the injection is routine. You can also ask for a slow injection, agree a stop signal such as raising your left hand, and bring headphones.
        User: Can I use Medisave for scaling and polishing? Assistant: Generally no. Medisave covers certain surgical dental procedures such as wisdom tooth surgery and implant surgery within MOH withdrawal limits; routine scaling is paid in cash or with CHAS subsidies if you are eligible.
        User: Is it true George Washington had wooden teeth? Assistant: No. His dentures were made from hippopotamus ivory, human and animal teeth, brass and lead; the wooden-teeth story is a myth.
        User: how many hours a day do I actually need to wear Invisalign aligners? Assistant: About 20 to 22 hours; take them out only to eat, to drink anything other than plain water, and to brush.
        User: my dentist mentioned tooth 46 needs a root canal, which tooth is that? Assistant: In the FDI system 46 is the lower right first molar: quadrant 4 is lower right, and 6 is the sixth tooth counting back from the midline.
        User: I lost my retainer on holiday, what should I do until I'm back? Assistant: Contact your orthodontist for a replacement as soon as you can, since teeth can start shifting within days; ask whether they can print a new one from your last digital scan.
        User: Is a bone graft always needed before an implant? Assistant: Not always. It depends on the width and height of bone at the site, which the dentist checks on a CBCT scan before planning.
        User: what does CDT code D6010 mean on my US insurance EOB? Assistant: D6010 is surgical placement of an endosteal implant body; the abutment (D6056 or D6057) and the implant crown (for example D6065) are billed as separate lines.
        User: my claim reference CLM-2026-0048173 has been pending 3 weeks, is that a normal wait for dental reimbursement? Assistant: Many insurers quote 10 to 21 working days; if it has gone past that, phone the claims line, quote the reference and ask whether a document is missing.
        User: Who came up with the first practical dental drill? Assistant: James Beall Morrison patented a foot-treadle dental engine in 1871, and George F. Green patented an electric dental drill in 1875.
        User: I'm 29 and 5 months pregnant, is it safe to get my wisdom tooth out now? Assistant: Non-urgent extractions are often done in the second trimester; tell your dentist you are pregnant so they can plan X-rays, anaesthetic and painkillers, and check with your obstetrician too.
        User: what does "Class II div 1, overjet 6mm" mean on my ortho assessment? Assistant: Your lower jaw sits relatively behind the upper, and the upper front teeth are proclined and stick out 6 mm ahead of the lowers, where 2 to 3 mm is typical.
        User: In Marathon Man, what is Szell actually doing to Babe's teeth? Assistant: Szell, the fictional former Nazi dentist, probes an open cavity and drills into a healthy tooth without anaesthetic while asking "Is it safe?", which is why the scene haunts dental-phobic viewers.
        User: the clinic's package says "Invisalign Comprehensive, refinements within 5 years", what's usually included? Assistant: Usually all aligners and refinement rounds within that window plus the scans; retainers and replacement of lost aligners are often extra, so ask for the inclusions in writing.
        User: after implant surgery when can I drink coffee again? Assistant: Wait until the numbness has worn off and avoid very hot drinks for the first 24 to 48 hours; lukewarm coffee is usually fine after that.
        User: Why is Horace Wells important in dentistry? Assistant: Horace Wells, a Hartford dentist, demonstrated nitrous oxide for tooth extraction in the 1840s and is remembered as a pioneer of dental anaesthesia.
    """),
    ("en", "bare request"): _lines("""
        Write a short reminder SMS a dental clinic can send: "Hi [Name], this is a reminder of your appointment with Dr [Dentist] on [Date] at [Time]. Reply Y to confirm or call [Clinic Number] to reschedule."
        Give me a checklist of documents to submit a dental claim to my company insurer: itemised invoice, dentist's report, X-ray report, claim form, anything else?
        Draft a complaint letter template to a dental clinic about an overcharged bill, with placeholders for my name, the invoice number and the treatment dates.
        What questions should I ask at my first implant consultation? Numbered list please.
        Explain to a 7-year-old why they need a filling, gently, without mentioning needles.
        Translate into Malay: "Please do not eat or drink for two hours after your filling."
        Summarise the pros and cons of ceramic vs metal braces in a table.
        I'm building a booking bot for a dental clinic. Give me a JSON schema with fields patient_name, phone, preferred_date, treatment_type and notes, all values left empty.
        Make a printable weekly tracker with columns Mon to Sun and rows for floss, interdental brush and retainer clean.
        Rewrite this so it sounds less angry: "Your clinic kept me waiting 90 minutes for a 15-minute scaling and nobody apologised."
        List breathing exercises a dental-anxious adult can do in the waiting room.
        Write a Python function that validates an appointment slot string like "2026-12-14 09:30" and rejects Sundays and public holidays passed in as a list.
    """),
    ("en", "clinic notice"): _lines("""
        NOTICE: From 2 January 2027 our Tampines branch opens 9am–9pm daily. Book at 6781 2345 or WhatsApp our front desk at 8012 3456. Bright Smile Dental Pte Ltd.
        Claims procedure: submit the itemised invoice, treatment report and claim form within 90 days of treatment; claims without an invoice number will be returned to the employee.
        After your extraction: bite on the gauze for 30–45 minutes, do not rinse, spit or use a straw for 24 hours, avoid smoking for at least 72 hours, and call us if bleeding continues.
        Price guide | Scaling & polishing S$80–120 | Composite filling (1 surface) S$120–180 | Molar root canal S$900–1,500 | Implant (fixture + abutment + crown) from S$4,200 | prices before 9% GST
        Consent form template: I, ______________ (NRIC/FIN: __________), consent to the surgical removal of tooth ____ under local anaesthesia and understand the risks explained to me.
        Invoice No. INV-TPN-2026-118342 | 03/12/2026 | D1110 Prophylaxis x1 | S$95.00 | GST S$8.55 | Total S$103.55 | Paid: NETS
        Payment: PayNow to UEN 201912345K (Bright Smile Dental Pte Ltd) and put your invoice number as the reference.
        For nervous patients we offer longer appointment slots, a stop signal, weighted blankets and nitrous oxide sedation on request; just let reception know when booking.
        Dental emergencies after hours: call our 24-hour line 6356 0192 or go to the nearest A&E department.
        2026-12-05 10:14:22 INFO booking_id=BK-88213 slot=2026-12-09T15:30 chair=3 treatment=IMPL_REVIEW status=CONFIRMED
        Aligner case status: Case #ALN-4471902 | Stage: ClinCheck approved | Trays: 32 upper / 28 lower | Shipping ETA 18 Dec
    """),
    ("zh-Hans", "assistant chat"): _lines("""
        用户：戴牙套第一周吃什么比较好？牙齿酸得厉害。助手：前几天以粥、蒸蛋、面条、豆腐这类软食为主，避开坚果和黏性食物；酸痛一般3到5天会缓解，必要时可按说明服用布洛芬。
        用户：种植牙能走医保吗？我是职工医保。助手：近年各地推进种植牙集采和医疗服务价格调控，有些地区可以用医保个人账户支付部分费用，但种植体和牙冠多数仍需自费，具体以当地医保局政策为准。
        用户：根管治疗一般要去几次？助手：通常2到3次：开髓清理、根管预备消毒、最后充填；复杂的磨牙可能更多，做完后一般建议加牙冠保护。
        用户：我特别怕看牙，一听到钻的声音就手抖，有什么办法？助手：提前告诉医生你紧张，约定举手暂停的手势；有的医院提供笑气镇静等舒适化治疗，也可以戴降噪耳机听音乐。
        用户：隐形矫正和传统钢丝牙套哪个更疼？助手：两者都会有加力后的酸胀感；隐形牙套每副换新时紧几天，钢丝托槽更容易磨破口腔黏膜，但个体差异很大。
        用户：拔智齿第二天脸肿得像包子，正常吗？助手：术后48到72小时肿胀达到高峰是正常的，前24小时冷敷，之后可以热敷；如果发烧、越来越肿或张不开嘴，要尽快复诊。
        用户：病历上写"36 MOD 树脂充填"是什么意思？助手：36是左下第一磨牙（FDI记法），MOD指近中、咬合面、远中三个面，用树脂材料充填。
        用户：挂号单上写着"口腔颌面外科 门诊号 20261206-0315"，这个号码是干嘛的？助手：这是当天的就诊序号，用来叫号排队，和你的个人身份无关；具体诊区看挂号单或问导诊台。
        用户：听说北京大学口腔医院的种植科很难挂号，有什么技巧？助手：关注医院官方公众号或APP，留意固定的放号时间；也可以先挂普通号做检查，再由医生转诊到专科。
        用户：我儿子8岁，门牙长歪了，现在需要矫正吗？助手：8岁正处于替牙期，很多歪斜会随恒牙萌出自行改善；建议先做一次正畸评估，拍全景片看看恒牙胚位置，再决定要不要早期干预。
        用户：发票上有个"项目编码 310516002"，这是什么？助手：这是医疗服务收费项目编码，对应价目表里的具体项目，可以拿编码到医院收费处或当地医保局网站查询名称和价格。
        用户：鲁迅是不是写过牙疼的文章？助手：是的，鲁迅写过《从胡须说到牙齿》，回忆自己从小牙病不断、求医无效的经历。
        用户：商业保险报销牙科一般要哪些材料？助手：通常需要门诊病历、费用明细、发票原件、检查报告和填好的理赔申请书；洁牙、美白这类项目大多不在保障范围内。
        用户：烤瓷牙和全瓷牙差别大吗？助手：全瓷牙不含金属内冠，透光性和美观更好，也不影响核磁共振检查；价格一般比普通烤瓷牙高，具体看品牌和材料。
        用户：种植体包装上写"Straumann BLT Ø4.1 RC SLActive 10mm"，这些是什么意思？助手：BLT是骨水平锥形种植体，Ø4.1是直径4.1毫米，RC是常规十字锁合连接，SLActive是表面处理工艺，10mm是长度。
        用户：帮我写条给诊所的微信留言，想把周六的复诊改到下周，不用写名字。助手：您好，我原定本周六上午的正畸复诊因临时有事无法前往，想改到下周工作日晚上或周末，麻烦帮我看看有哪些空档，谢谢！
    """),
    ("zh-Hans", "clinic notice"): _lines("""
        【温馨提示】种植术后24小时内勿漱口、勿用吸管，术后7到10天拆线；如有持续出血，请拨打诊所电话 020-3886 1200。
        报销须知：请携带发票原件、费用明细、病历首页复印件，于就诊后30日内提交人事部；报销单号格式示例：BX-2026-000517。
        预约须知：初诊请提前15分钟到达，携带本人身份证或医保卡；如需取消，请至少提前24小时在小程序内操作。
        价目表：全景片 ¥150 | 超声波洁牙 ¥280 | 单颗树脂充填 ¥300起 | 国产种植体 ¥6,800起（集采后） | 进口种植体 ¥9,800起
        知情同意书（模板）：本人________（身份证号：__________________）已知悉拔牙术可能出现出血、感染、干槽症等风险，自愿接受治疗。
        系统日志：2026-12-06 09:02:11 挂号成功 订单号 GH202612060915 科室=口腔修复科 诊室=3号 支付状态=已支付
        通知：本社区卫生服务中心12月每周三下午为3至6岁儿童免费涂氟，请家长携带儿童预防接种证前来登记。
    """),
    ("zh-Hant", "assistant chat"): _lines("""
        用戶：箍牙通常要幾耐先可以除？助手：一般18至24個月，視乎牙齒擠迫程度同你有冇準時覆診，除咗牙套之後仲要戴保持器。
        用戶：長者醫療券可唔可以用嚟睇私家牙醫？助手：可以，合資格嘅香港長者可以喺已登記參與計劃嘅私家牙醫使用醫療券，每年金額同累積上限以衞生署公布為準。
        用戶：植牙健保有給付嗎？助手：台灣健保一般不給付人工植牙，屬自費項目；部分縣市對長者有假牙補助，可向所在地衛生局查詢。
        用戶：健保洗牙是不是半年一次？助手：是的，健保給付成人每半年一次全口牙結石清除，確切規定以健保署公告為準。
        用戶：我好驚睇牙，有冇診所有鎮靜服務？助手：部分私家診所提供笑氣或靜脈鎮靜，事前要評估身體狀況；可以致電診所查詢，講清楚自己嘅焦慮程度。
        用戶：收據上面「Inv. No. HKD-DC-778104」係咪我嘅個人編號？助手：唔係，呢個係診所嘅發票編號，用嚟對數同保險索償，本身唔會識別到你。
        用戶：孫中山以前是不是學醫的？助手：是的，他在香港西醫書院習醫，1892年畢業後曾在澳門和廣州行醫，不過不是牙醫。
        用戶：剝完智慧齒幾時可以食辣？助手：最好等傷口初步癒合，一般一星期後再慢慢試，頭幾日食溫和軟身嘅嘢。
        用戶：Invisalign同ClearCorrect有咩分別？助手：兩者都係透明牙箍，分別主要喺牙箍物料、電腦排牙軟件同收費方式，實際效果好視乎醫生經驗。
        用戶：牙醫說我是牙周病第三期，要做牙周翻瓣手術，會很痛嗎？助手：手術在局部麻醉下進行，過程中一般不痛；術後幾天會腫脹不適，可按醫囑服止痛藥並使用漱口水。
        用戶：政府牙科街症點樣攞籌？助手：政府牙科診所街症只處理止痛同脫牙，要喺指定時間去指定診所派籌，每日籌數有限，詳情睇衞生署網頁。
        用戶：矯正器拆掉後維持器要戴多久？助手：一般建議前半年全天配戴，之後改為晚上配戴，很多醫師會建議長期夜間配戴以防回彈。
        用戶：保險公司要「牙科治療報告」，範本要寫啲咩？助手：一般包括病人姓名（留空畀醫生填）、就診日期、診斷、牙位、治療項目同費用、醫生簽名同診所印章。
        用戶：台北市的牙醫診所週日有開嗎？助手：有些診所週日上午有看診，可以用健保署的「健保快易通」App查詢各診所看診時段。
    """),
    ("ms", "assistant chat"): _lines("""
        Pengguna: Berapa lama kena pakai retainer lepas buka braces? Pembantu: Biasanya sepenuh masa untuk 3 hingga 6 bulan pertama, kemudian waktu malam sahaja; ramai doktor gigi sarankan pakai waktu malam dalam jangka panjang supaya gigi tidak berganjak semula.
        Pengguna: Klinik pergigian kerajaan caj berapa untuk cabut gigi? Pembantu: Bagi warganegara, caj di klinik pergigian KKM sangat rendah dan biasanya melibatkan bayaran pendaftaran yang kecil; rawatan seperti gigi palsu mungkin ada caj tambahan.
        Pengguna: Saya takut sangat nak cabut gigi bongsu, sakit tak? Pembantu: Semasa prosedur anda diberi bius setempat, jadi biasanya hanya rasa tekanan; selepas itu bengkak dan sakit selama 2 hingga 3 hari adalah normal.
        Pengguna: Apa maksud "gigi 38 impaksi mesioangular" dalam laporan X-ray? Pembantu: Gigi 38 ialah gigi bongsu bawah kiri; impaksi mesioangular bermaksud gigi itu tumbuh senget ke hadapan dan tersekat pada gigi geraham di depannya.
        Pengguna: Puasa boleh pergi scaling tak? Batal puasa ke? Pembantu: Ramai ulama berpandangan rawatan gigi tidak membatalkan puasa selagi tiada air atau bahan yang sengaja ditelan; ramai juga memilih temujanji selepas berbuka. Rujuk pihak berkuasa agama untuk kepastian.
        Pengguna: Braces seramik dengan besi, mana lebih murah kat Malaysia? Pembantu: Di klinik swasta braces besi biasanya sekitar RM4,000 hingga RM6,000 dan seramik RM6,000 hingga RM9,000, bergantung pada kes dan tempoh rawatan.
        Pengguna: Tolong buat templat mesej WhatsApp untuk tukar tarikh temujanji klinik gigi. Pembantu: "Assalamualaikum, saya [Nama], ada temujanji pada [tarikh] jam [masa]. Boleh saya tukar ke [tarikh baharu]? Terima kasih."
        Pengguna: Nombor resit "KPG/2026/11/00873" ni nombor apa? Pembantu: Itu nombor siri resit klinik untuk rujukan bayaran dan tuntutan insurans, bukan maklumat peribadi anda.
        Pengguna: Implan gigi sesuai tak untuk pesakit kencing manis? Pembantu: Boleh jika paras gula terkawal; doktor akan semak HbA1c dan menilai risiko jangkitan serta penyembuhan tulang terlebih dahulu.
        Pengguna: Perkhidmatan pergigian sekolah tu untuk umur berapa? Pembantu: Program pergigian sekolah KKM meliputi murid prasekolah hingga sekolah menengah; pemeriksaan dan rawatan asas dibuat di sekolah atau di klinik pergigian berdekatan.
        Pengguna: Anak umur 5 tahun takut doktor gigi, macam mana nak pujuk? Pembantu: Bacakan buku cerita tentang ke klinik gigi, bawa dia menemani abang atau kakak dahulu, dan elakkan perkataan seperti "sakit" atau "cucuk".
        Pengguna: Gigi palsu penuh atau overdenture atas implan, mana lebih selesa? Pembantu: Overdenture atas implan lebih stabil ketika mengunyah dan bercakap, tetapi kosnya jauh lebih tinggi dan memerlukan pembedahan.
        Pengguna: Lepas cabut gigi boleh hisap rokok tak? Pembantu: Elakkan sekurang-kurangnya 48 hingga 72 jam kerana sedutan boleh menanggalkan darah beku dan menyebabkan soket kering.
        Pengguna: Betul ke air paip di Malaysia ada fluorida? Pembantu: Ya, program pemfluoridaan bekalan air awam dijalankan sejak awal 1970-an di bawah Kementerian Kesihatan, walaupun liputan berbeza antara negeri.
    """),
    ("mixed", "assistant chat"): _lines("""
        User: eh my invisalign tray 14 of 32 feels super tight leh, normal or not? Assistant: Normal lah, every new tray is tighter for 1 to 2 days; use chewies, and if it still doesn't seat after 3 days tell your ortho.
        User: 我的dentist说要做crown lengthening，这个是什么？Assistant: 就是牙冠延长术，把牙龈和少量牙槽骨修整，让牙齿露出更多，方便之后做牙冠。
        User: CHAS orange card can subsidise denture or not ah? Assistant: Yes, dentures are among the CHAS dental services; the subsidy amount depends on your card tier, so check the CHAS dental subsidy table before your visit.
        User: doc cakap kena buat root canal then crown, total dalam RM3k, worth it ke or cabut je? Assistant: Kalau gigi masih kukuh, simpan gigi asli biasanya lebih baik jangka panjang; kalau cabut, nanti mungkin perlu implan yang lagi mahal.
        User: 牙医收据上有个 "Ref: SG-DNT-2026-11-4471"，claim的时候要填吗？Assistant: 要的，这是诊所的收据参考号，填在理赔表的 Invoice/Receipt No. 那一栏就行。
        User: wah after scaling my teeth so sensitive, can drink bubble tea or not? Assistant: Can, but go less ice and less sugar for a few days, and use a sensitivity toothpaste; it usually settles within a week.
        User: 我好怕pain，wisdom tooth surgery in SG can ask for sedation or not? Assistant: Can, many oral surgeons offer IV sedation or GA for wisdom tooth surgery; ask about the extra cost and whether Medisave can cover part of it.
        User: dentist pakai code "D2740" dalam quotation, apa benda tu? Assistant: D2740 ialah kod CDT untuk mahkota porselin atau seramik penuh pada satu gigi.
        User: my mum 70+ want to do implant, Medisave can use anot? Assistant: Medisave can usually be used for the surgical part of implant treatment up to the MOH limit, but the crown is typically paid in cash; ask the clinic for a breakdown.
        User: 請問牙箍條wire斷咗戳到個嘴，今晚點處理？Assistant: 用矯正蠟包住斷口，或者用乾淨指甲鉗小心剪短；聽日一早打去診所安排補救。
        User: klinik gigi area 47400 ada yang buka hari Ahad? Assistant: Poskod 47400 meliputi kawasan Damansara Utama di Petaling Jaya; cuba cari di Google Maps dengan penapis "buka hari Ahad" dan telefon dulu untuk pastikan.
        User: booking page only ask for last 4 characters of NRIC, is that PDPA ok? Assistant: Yes, PDPC guidance discourages collecting full NRIC numbers where not needed, and a partial NRIC such as the last three digits plus the checksum letter is generally acceptable.
        User: Hermione punya parents dentist kan? Assistant: Yes, in the Harry Potter books Mr and Mrs Granger are both dentists, which is why Hermione is so particular about her teeth.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar? "Hi Dr Goh, this is Priya d/o Subramaniam, I had my lower left implant placed on 28 Nov and the stitches feel loose, can I come in earlier than my 12 Dec review?"
        Fill this claim form for me: Name: TAN WEI LING | NRIC: S8734521A | Employer: Keppel Data Services | Treatment: surgical removal of 38 and 48 | Date: 14/11/2026 | Amount: S$2,340.00
        help me reply to the clinic, they want a deposit. my card is 4570 3382 9104 6270 exp 08/29, is it safe to just send over WhatsApp?
        My son Jayden Lim Jun Hao (P4 at Rosyth School) needs braces and the ortho quoted $6,800, can you make me a 24-month savings plan?
        Write a short MC cover note to my manager: I, Chong Kah Wai, had two wisdom teeth removed under GA on 3 Dec at Mount Elizabeth Novena and was given 5 days of medical leave.
        I'm anxious about tomorrow. The clinic texted "Dear Ms Farah Hanim Zulkarnain, please fast 6 hours before your IV sedation on 9 Dec 8:30am" — does fasting include water?
        Translate to Chinese for my dad: "Mr Ooi Teik Seng, your denture fitting is on Tuesday 16 Dec at 2:15pm, please bring your old dentures."
        Is this email ok to send to my insurer? "Policy holder: Rachel D'Cruz, FIN F2736459N, claim for crown on 26, invoice INV-TPN-2026-118342, please reimburse to my DBS account 027-884512-6."
        The receptionist keeps calling me by the wrong name. I'm Nur Syafiqah binti Rosli, not Syafiqah Roslan; how do I ask them to fix my file without sounding rude?
        Summarise my treatment plan for my wife: Patient MARCUS TEO BOON KEAT, DOB 12/04/1983, #36 RCT + zirconia crown, #46 implant (Straumann BLT 4.1 x 10), estimate S$7,950, Jan–Jun 2027.
        Got this from school: "Dear parent of Aarav s/o Ramesh Kumar (2 Melati), your child has 3 decayed teeth and is referred to the school dental clinic." What should I do next?
        my number is 9734 2186 and the clinic says my confirmation SMS never reached them, can you draft a msg asking them to check their records for this number?
        Please proofread my Google review: "Dr Harriet Wong at Smile Studio was so patient with my dental phobia, I finally finished my fillings after 6 years of avoiding dentists! – Glenda Fernandez"
        Pasted from the clinic: "Hi Kevin, your Invisalign ClinCheck is ready. Log in with kevin.ong.sg87@gmail.com to review and approve." What exactly am I approving?
        Help me write a complaint: Samuel Pereira, Blk 712 Bedok Reservoir Rd #08-3341, Singapore 470712; at my 4 Dec scaling the hygienist cut my gum and it bled for two days.
    """),
    "zh-Hans": _lines("""
        帮我填一下报销单：姓名 王思远，身份证号 440106198803142638，就诊医院 广州医科大学附属口腔医院，项目 种植牙一期手术，金额 8650元。
        我妈妈李秀芬今年61岁，掉了四颗牙，想做种植，她有高血压能做吗？医院要家属电话，我填她的手机13920746618可以吗？
        请帮我润色一下给医生的微信：张医生您好，我是上周四来做根管的陈晓雯，右下那颗牙现在咬东西还是疼，需要提前复诊吗？
        我女儿刘一诺（身份证510107200909170287）在四川大学华西口腔医院做正畸，她的医保能报销一部分吗？
        收到一条短信："【某某口腔】赵建国先生，您预约的12月10日14:30全口洁治已确认，请携带身份证准时到院。" 这是真的吗，会不会是诈骗？
        帮我写个请假条：本人周磊，因下颌智齿阻生需于12月8日手术，请假两天，联系电话186 1733 0492。
        我的信息：黄美玲，上海医保，身份证31011519920722484X，想做一颗种植牙，集采之后我个人大概要付多少？
        我男朋友何俊杰戴牙套两年多了还没拆，他说医生一直拖着不给结束，帮他写个给诊所的投诉吧。
        给诊所转定金，用我自己的招行卡 6225 8801 4725 9304，户名孙丽华，转账备注写"孙丽华 正畸定金"可以吗？
    """),
    "zh-Hant": _lines("""
        幫我寫封信俾保險公司：本人陳嘉欣，HKID Y271954(A)，11月20日喺中環一間牙科診所做咗杜牙根，收據編號 HKD-DC-778104，申請索償HK$5,200。
        我阿爸梁志強今年83歲，想用長者醫療券整假牙，佢身份證係 K603418(7)，診所話要預先登記，應該點做？
        幫我改好啲呢段：「老師你好，我係2B班何凱晴嘅家長，佢今朝要去學童牙科診所剝牙，想請半日假。」
        幫我看看這張轉診單有沒有錯：姓名 林怡君 / 身分證 A239174601 / 診斷 下顎智齒水平阻生 / 轉診至 臺大醫院牙科部
        我老婆電話係 9187 3352，牙醫診所一直打錯咗俾我，幫我寫個短訊叫佢哋更新記錄。
        診所send咗呢個嚟：「黃偉倫先生，你的牙周治療將分四次進行，每次$1,800。」幫我回覆問可唔可以分期付款。
        請幫我把這段改正式一點：我是吳宗翰，身分證F128405938，上個月在高雄一家牙醫診所拔牙後傷口感染住院，想申請醫療糾紛調解。
    """),
    "ms": _lines("""
        Tolong semak borang tuntutan ni: Nama: NURUL AISYAH BINTI KAMARUL ARIFFIN | No. KP: 850312-10-5274 | Rawatan: implan gigi 36 | Jumlah: RM6,500 | Klinik: Klinik Pergigian Seri Kembangan
        Tolong tulis mesej kepada klinik: saya Muhammad Haziq bin Azman, nak batalkan temujanji scaling hari Sabtu, nombor saya 012-738 4096.
        Anak saya Aina Sofea binti Khairul, darjah 3 di SK Taman Tun Dr Ismail, ada gigi berlubang dan dirujuk ke klinik pergigian, surat tu perlu saya tandatangan ke?
        Macam mana nak minta bayar ansuran braces? Quotation atas nama saya, Siti Hajar binti Mohd Noor, RM5,800 untuk 24 bulan.
        Ayah saya Ramasamy a/l Muniandy, 71 tahun, ada kencing manis, nak buat gigi palsu penuh di Hospital Kuala Lumpur, apa dokumen perlu bawa?
        Ni resit saya: "Pesakit: LEE CHOON HOCK, IC 640430-08-5219, Cabutan gigi 48, RM350", boleh claim dengan majikan tak?
        Tolong betulkan ayat emel ni: "Saya Kavitha a/p Rajendran ingin mengadu rawatan saluran akar oleh klinik tuan gagal, gigi saya masih sakit selepas 3 sesi."
        Nombor akaun Maybank saya 1140 2233 8071, nama ikut akaun Zulkifli bin Hashim, macam mana nak isi borang refund deposit klinik gigi?
        Tolong semak surat rujukan ni: "Encik Faizal bin Othman, No. KP 910707-14-6381, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, dirujuk untuk pembedahan gigi bongsu."
    """),
    "mixed": _lines("""
        eh help me write msg to clinic, i'm Darren Yeo, my braces bracket on 11 drop already, can come in tmr or not? my hp 9612 0458
        帮我check下这个form对不对：Name: GOH SIEW LAN / NRIC: S1742836E / 诊所: Q&M Dental Ang Mo Kio / treatment: 智齿手术 / Medisave claim S$1,950
        doc cakap my wife Melissa Chong kena buat gum graft, dia takut gila, any tips to calm her before Friday's op?
        my passport E72913054 boleh guna untuk register kat klinik gigi JB tak since I'm Chinese national? nama dalam passport 邓子涵
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I want to book an implant consultation, I've been missing my lower left molar since last year. Can you help me write the enquiry?",
        ),
        (
            "assistant",
            "Sure. Which clinic or area, and what times suit you? If you want a call back, include your name and a contact number.",
        ),
        (
            "user",
            "Any clinic near Tiong Bahru, weekdays after 6pm. I'm Benjamin Koh, mobile 8831 2706, NRIC S7605193C if they need it for Medisave.",
        ),
        (
            "assistant",
            "Draft: 'Hello, I'm Benjamin Koh (mobile 8831 2706). I'm missing my lower left first molar and would like an implant consultation on a weekday after 6pm. I may use Medisave for the surgical part. Please let me know available slots.' I'd leave the NRIC out until the clinic asks for it at registration.",
        ),
    ],
    [
        (
            "system",
            "You are the WhatsApp booking assistant for Pearl Dental Clinic (Toa Payoh). Patient on this thread: Mdm Lim Ah Choo, 76, NRIC S0958314I, Pioneer Generation, severe dental anxiety, prefers Dr Ng and morning slots. Next appointment: 15 Dec 2026 10:00, full denture try-in.",
        ),
        (
            "user",
            "hello can change my appointment to after new year? my grandson cannot bring me that day",
        ),
        (
            "assistant",
            "Of course, Mdm Lim. Dr Ng has morning slots on 6 Jan at 9:30 and 8 Jan at 10:30 for your denture try-in. Which one would you like?",
        ),
        ("user", "8 jan ok. thank you ah"),
    ],
    [
        ("user", "帮我写一份种植牙的商业保险理赔申请，公司买的是团险。"),
        (
            "assistant",
            "可以。请提供被保险人姓名、身份证号、就诊医院、治疗项目、就诊日期和发票金额，我帮你排好格式。",
        ),
        (
            "user",
            "杨帆，330102197906051514，浙江大学医学院附属口腔医院，左下6种植一期加植骨，11月18日，12800元",
        ),
        (
            "assistant",
            "理赔申请书 / 被保险人：杨帆 / 身份证号：330102197906051514 / 就诊医院：浙江大学医学院附属口腔医院 / 就诊日期：2026年11月18日 / 治疗项目：36种植体植入术（一期）及植骨 / 发票金额：人民币12,800元 / 附件：发票原件、费用明细、病历、CBCT报告。提醒：不少团险把种植牙列为除外责任，提交前先查一下保单条款。",
        ),
    ],
    [
        ("user", "我個女12歲，牙醫話佢要箍牙，學童牙科保健有冇得做矯齒？"),
        (
            "assistant",
            "學童牙科保健服務主要做檢查、洗牙、補牙同脫牙，一般唔包矯齒；有需要嘅話要搵私家矯齒科醫生評估。",
        ),
        (
            "user",
            "咁幫我寫封電郵俾私家診所預約評估：我個女叫張穎琳，讀聖保羅男女中學中一，身份證 Z614083(2)，我電話 6412 0938，佢放學後先得閒。",
        ),
        (
            "assistant",
            "草稿：「你好，我想為女兒張穎琳（聖保羅男女中學中一）預約矯齒評估，最好係平日下午四點半之後。請致電 6412 0938 聯絡我，謝謝！」身份證號碼可以到診所登記時先提供。",
        ),
    ],
    [
        (
            "user",
            "Saya ada fobia doktor gigi, jantung berdebar setiap kali nak pergi. Macam mana nak beritahu doktor?",
        ),
        (
            "assistant",
            "Maklumkan awal semasa buat tempahan, minta doktor terangkan setiap langkah, dan setuju dengan isyarat angkat tangan untuk berhenti. Mahu saya tuliskan nota ringkas untuk diberi kepada doktor?",
        ),
        (
            "user",
            "Ya tolong. Nama saya Nor Azlina binti Abdul Rahman, temujanji cabut gigi bongsu Khamis ni pukul 3 petang di Klinik Pergigian Presint 9 Putrajaya. Tahun lepas saya pernah pitam masa suntikan bius.",
        ),
        (
            "assistant",
            "Nota: 'Doktor, saya Nor Azlina binti Abdul Rahman (temujanji Khamis 3 petang, cabutan gigi bongsu). Saya ada fobia rawatan gigi dan pernah pitam semasa suntikan bius tahun lepas. Mohon beri bius perlahan-lahan dan benarkan saya baring sepenuhnya. Terima kasih.'",
        ),
    ],
    [
        (
            "user",
            "My insurer rejected my claim for a crown, saying it's cosmetic. Can you help me appeal?",
        ),
        (
            "assistant",
            "Happy to. Paste the rejection wording and tell me why the crown was needed, for example a cracked tooth or a root canal.",
        ),
        (
            "user",
            "Letter says: 'Dear Mr Anand Krishnan, Claim AX-5520931 for Porcelain Crown (tooth 16) is declined under Exclusion 4.2 Cosmetic Dental.' The crown was after a root canal on a cracked molar and my dentist wrote a report.",
        ),
        (
            "assistant",
            "Draft: 'Dear Claims Team, I, Anand Krishnan, wish to appeal the decision on claim AX-5520931. The crown on tooth 16 was placed after root canal treatment of a cracked molar to prevent fracture, as stated in the enclosed dentist's report. It is restorative, not cosmetic, and I ask that the claim be reassessed.'",
        ),
    ],
    [
        (
            "user",
            "klinik gigi new patient form online ni minta IC and emergency contact, can help me arrange the info nicely?",
        ),
        ("assistant", "Boleh. Bagi details, saya susun ikut format borang."),
        (
            "user",
            "Tan Kok Leong, IC 780125-07-5013, 45 Lorong Kenari 3, Bayan Lepas Penang; emergency contact wife Ong Mei Ling 011-2398 4471; allergic to penicillin; nak buat implant consultation",
        ),
        (
            "assistant",
            "Nama: TAN KOK LEONG | No. KP: 780125-07-5013 | Alamat: 45, Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang | Kenalan kecemasan: Ong Mei Ling (isteri), 011-2398 4471 | Alahan: Penisilin | Tujuan lawatan: Konsultasi implan",
        ),
    ],
    [
        ("user", "我媽媽70歲，想申請台北市的長者假牙補助，需要準備什麼？"),
        (
            "assistant",
            "一般需要身分證、健保卡和設籍證明，先到合約牙醫診所做評估，再由診所協助送件。要我幫你寫詢問信嗎？",
        ),
        (
            "user",
            "好，她叫蔡淑芬，身分證B250631782，設籍台北市大安區，聯絡人是我，手機0912-375-846。",
        ),
        (
            "assistant",
            "您好，家母蔡淑芬（身分證字號B250631782）設籍臺北市大安區，今年70歲，想申請長者假牙補助，請問申請流程與應備文件為何？聯絡電話：0912-375-846。謝謝。",
        ),
    ],
    [
        (
            "user",
            "Can you make this sound more professional? 'hey my aligners crack again, 3rd time already, u guys gonna replace for free or not'",
        ),
        (
            "assistant",
            "'Dear Dr ___, my aligners have cracked for the third time. Could you let me know whether a replacement is covered under my treatment package?' Should I add your name and contact details at the end?",
        ),
        (
            "user",
            "yes sign it as Chloe Hendricks, chloe.hendricks.92@outlook.com, patient since March, tray 9 of 24",
        ),
        (
            "assistant",
            "Final version: '... Could you let me know whether a replacement is covered under my treatment package? Kind regards, Chloe Hendricks (patient since March 2026, currently on tray 9 of 24), chloe.hendricks.92@outlook.com'",
        ),
    ],
    [
        (
            "user",
            "我儿子13岁，在深圳，医生建议做双期矫正，我想进几个家长群问问经验，帮我写个自我介绍",
        ),
        ("assistant", "好的，你想写哪些信息？建议只写孩子年龄和矫正阶段，不一定要写真名。"),
        (
            "user",
            "就写：我是郑浩然妈妈，孩子在福田外国语学校初一，在北大深圳医院做矫正，想交流保持器经验，微信 zhr_mama0828",
        ),
        (
            "assistant",
            "大家好！我是郑浩然妈妈，孩子在福田外国语学校读初一，目前在北大深圳医院做牙齿矫正，想和大家交流保持器的经验～我的微信：zhr_mama0828，欢迎加我！",
        ),
    ],
    [
        (
            "user",
            "The clinic wants a S$500 deposit to hold my implant surgery slot. Can I just email them my card? It's a Mastercard 5521 1506 4738 2193, exp 11/28.",
        ),
        (
            "assistant",
            "I'd avoid emailing card details. You've also just shared 5521 1506 4738 2193 here, so treat that number as exposed. Ask the clinic for a secure payment link or PayNow to their UEN instead.",
        ),
        ("user", "ok thanks, can you write the message asking for a payment link?"),
        (
            "assistant",
            "'Hi, I'd like to pay the S$500 deposit for my implant surgery slot. Could you send me a secure payment link or your PayNow UEN? Thank you.'",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu tempahan Klinik Pergigian Seri Bayu (Kota Bharu). Jangan minta nombor kad bank.",
        ),
        ("user", "Assalamualaikum, nak buat temujanji gigi palsu untuk mak saya."),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh pesakit, nombor kad pengenalan dan nombor telefon untuk dihubungi?",
        ),
        (
            "user",
            "Rosnah binti Ismail, 690215-03-5128, telefon saya anak dia 017-552 9013. Mak saya dah tak ada gigi atas langsung.",
        ),
        (
            "assistant",
            "Terima kasih. Temujanji sementara untuk Puan Rosnah binti Ismail (690215-03-5128): Selasa 16 Disember, 10 pagi, pemeriksaan untuk gigi palsu penuh atas. Kami akan hubungi 017-552 9013 untuk pengesahan.",
        ),
    ],
    [
        (
            "user",
            "my worker from Bangladesh has bad toothache, company insurance covers dental emergency. how to claim?",
        ),
        (
            "assistant",
            "Usually you send him to a panel clinic, keep the itemised receipt and the dentist's memo, then submit the employer claim form with his pass details. Want me to fill in a draft?",
        ),
        (
            "user",
            "yes. Md Rafiqul Islam, FIN G5187342X, work permit, extraction of 47 at Fullerton Dental Jurong on 1 Dec, S$180",
        ),
        (
            "assistant",
            "Employee Dental Claim / Name: Md Rafiqul Islam / FIN: G5187342X / Pass type: Work Permit / Treatment: extraction of tooth 47 (lower right second molar) / Clinic: Fullerton Dental, Jurong / Date: 1 Dec 2026 / Amount: S$180.00 / Attach: receipt and dentist's memo",
        ),
    ],
    [
        ("user", "我爸特别怕看牙，牙疼半年了一直拖着，怎么劝他？"),
        (
            "assistant",
            "可以从他在意的事情入手，比如吃饭香不香；也可以找提供舒适化治疗的医院，先只去做个检查，降低心理压力。",
        ),
        (
            "user",
            "他叫徐国平，61岁，在张家港，糖尿病十年了，左上后牙松了两颗。帮我写个给张家港市第一人民医院口腔科的咨询留言，我QQ是2847193605",
        ),
        (
            "assistant",
            "您好，我父亲徐国平今年61岁，患糖尿病十年，左上后牙有两颗松动并反复疼痛约半年，他对看牙比较恐惧。请问贵科是否提供无痛或镇静治疗？糖尿病患者就诊前需要做哪些准备？联系方式：QQ 2847193605。谢谢！",
        ),
    ],
    [
        (
            "user",
            "我女儿 primary 5，school dental service 说她要补牙，我要签 consent form，帮我看下",
        ),
        ("assistant", "好的，把表格内容贴上来，我帮你看哪些栏要填。"),
        (
            "user",
            "Child name: Chua Xin Yi / NRIC: T1598027Z / School: Nan Hua Primary / Treatment: fillings on 75 and 84 + fissure sealants / Parent: Chua Boon Hwa / Contact: 8265 0917",
        ),
        (
            "assistant",
            "填得没问题。75和84是乳牙（左下第二乳磨牙、右下第一乳磨牙），换牙时会自然脱落，所以一般只做简单充填。确认无误就在 Parent signature 那里签名并写上日期。",
        ),
    ],
    [
        (
            "user",
            "tidy this into a table for the morning huddle: 9:00 Haslinda Yusof - scaling, very nervous / 9:30 Wong Chee Meng - #21 implant review / 10:15 Brandon Fernandes (8yo) - fluoride + sealants / 11:00 Lakshmi d/o Ganesan - RCT #36 visit 2",
        ),
        (
            "assistant",
            "| Time | Patient | Treatment | Notes | / | 9:00 | Haslinda Yusof | Scaling | Anxious patient, allow extra time | / | 9:30 | Wong Chee Meng | #21 implant review | | / | 10:15 | Brandon Fernandes (8) | Fluoride + fissure sealants | Paediatric | / | 11:00 | Lakshmi d/o Ganesan | RCT #36, visit 2 | |",
        ),
        (
            "user",
            "add Wong Chee Meng's mobile 9845 1276 in notes so the nurse can call if we run late",
        ),
        (
            "assistant",
            "Updated row: | 9:30 | Wong Chee Meng | #21 implant review | Mobile 9845 1276, call if running late |",
        ),
    ],
    [
        ("user", "我下週要去牙醫診所洗牙，診所叫我加LINE收提醒，可以幫我寫個自我介紹訊息嗎？"),
        ("assistant", "可以，一般寫姓名、預約時間和治療項目就好。"),
        (
            "user",
            "我是許雅婷，預約12/16週二晚上7點洗牙加塗氟，LINE ID: yating_hsu0505，手機 0935-218-407",
        ),
        (
            "assistant",
            "您好，我是許雅婷，已預約12/16（二）晚上7:00洗牙及塗氟。LINE ID：yating_hsu0505，手機：0935-218-407，麻煩診所屆時提醒，謝謝！",
        ),
    ],
]
