# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat64: chats asking an assistant to plan and book medical treatment abroad. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat64
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant-chat"): _lines("""
        User: What documents does a Singapore hospital's international patient centre usually want before it gives a cost estimate for a knee replacement? Assistant: Usually a recent X-ray or MRI report, a referral letter or doctor's summary, a list of current medicines and any allergies; many give a price range until the surgeon has seen the images.
        User: Is a total knee replacement really cheaper in Penang than in Singapore? Assistant: Usually yes, often a third to a half of Singapore private prices, but compare what each package leaves out, such as implant upgrades, extra nights and physiotherapy sessions.
        User: my dad is in his 70s and needs cataract surgery, worth flying to Bangkok or just wait for the public queue? Assistant: It depends on the waiting time and how fit he is to travel; the operation is short, but plan to stay 7 to 10 days for the day-1 and week-1 checks.
        User: Can I use MediSave for an operation at a hospital in Johor Bahru? Assistant: Only at the approved overseas hospitals, for elective inpatient or day surgery, and normally through a referral from one of the approved Singapore partners; check the current MOH list first.
        User: How do I get my MRI images out of the hospital to send to a surgeon overseas? Assistant: Ask radiology or the medical records office for a DICOM copy on CD or a secure download link together with the radiologist's report; a consent form and an admin fee are normal.
        User: What is Japan's medical stay visa and who can act as the guarantor? Assistant: It is a visa for people travelling to Japan for treatment; the application needs a registered guarantor, usually a medical coordinator or travel agency, plus the hospital's acceptance letter.
        User: Why did Steve Jobs get his liver transplant in Tennessee instead of California? Assistant: He was listed in Tennessee, where the waiting list was shorter at the time; being listed in more than one transplant region was legal in the US.
        User: How much deposit do Bangkok private hospitals usually take from foreign inpatients? Assistant: Many ask for a deposit close to the estimated package at admission, unless an insurer has sent a guarantee of payment beforehand.
        User: What's a guarantee of payment and how long does it take? Assistant: It is a letter from the insurer or assistance company promising to pay the hospital directly; for a planned admission allow 3 to 5 working days after they receive the medical report and the estimate.
        User: Explain the difference between a package price and an itemised estimate on a hospital quote. Assistant: A package is a fixed price for a defined stay and set of services; an itemised estimate lists each charge. Packages usually exclude complications, extra days and doctor visits beyond those listed.
        User: should I bring the original pathology slides or only the report for a second opinion in Hong Kong? Assistant: Ask the receiving hospital; many pathologists want the paraffin blocks or unstained slides to re-read, and the original lab releases them against a signed request.
        User: Who was Tan Tock Seng, the one the hospital is named after? Assistant: A Malacca-born merchant and philanthropist who paid for a hospital for the poor in Singapore in 1844; it grew into today's Tan Tock Seng Hospital.
        User: What should the companion letter for a family member travelling with a patient say? Assistant: It normally states the companion's relationship to the patient, the treatment dates and that the companion will stay for the whole period; hospitals often issue it with the appointment letter.
        User: Will travel insurance cover a planned operation abroad? Assistant: Almost never; travel policies exclude planned treatment and pre-existing conditions, so you need a health plan with an overseas elective benefit or pay yourself.
        User: Do Korean clinics need the patient to get a medical visa for a 2-week stay? Assistant: For short stays many nationalities can enter visa-free or with an electronic travel authorisation; longer treatment may need the C-3-3 medical tourism visa, supported by the hospital's letter.
        User: my mum has stage 2 breast cancer, which countries nearby are good for a second opinion? Assistant: Singapore, Kuala Lumpur and Bangkok all have accredited cancer centres; send the pathology report, scans and treatment plan so an oncologist can review before you travel.
        User: How long after a hip replacement can someone fly home from Bangkok? Assistant: Surgeons commonly suggest waiting 10 to 14 days for a long-haul flight, wearing compression stockings and walking the aisle; a short flight may be allowed earlier.
    """),
    ("en", "request-template"): _lines("""
        Draft an email to the international patient office at a Penang hospital asking for a quote for a laparoscopic cholecystectomy; leave the patient details as [PATIENT NAME] and [PASSPORT NO.].
        Write a checklist of records to bring for a second-opinion cancer consultation in Singapore: referral letter, latest CT or PET reports, pathology report, treatment summary, medication list.
        Make a table comparing IVF package prices in Kuala Lumpur, Bangkok and Taipei, with columns for what is included and what is excluded.
        Turn this into a fill-in form: "I, ____________ (NRIC/Passport No. ____________), authorise ____________ Hospital to release my medical records to ____________ for overseas treatment."
        Can you rewrite this more politely: "Please send the quote again, the last one was missing the anaesthetist fee and the room type."
        Make a packing list for an elderly patient flying from Kuching to Singapore for chemotherapy, including what to keep in the hand luggage.
        Give me a short WhatsApp message asking a hospital concierge whether airport pickup is included in their surgery package.
        What does "inclusive of 3 nights in a 2-bedded room" mean on a hospital package quote?
        Write a doctor's letter template: "To whom it may concern, [Patient name], aged [age], has been diagnosed with [diagnosis] and requires [procedure] at [hospital] from [date] to [date]."
        Translate into Malay: "Please bring your passport, previous scan reports and a list of your medicines on the day of admission."
        What should I ask a medical tourism agent before I pay them any deposit?
        Draft a notice for our clinic: medical reports take 7 working days and cost SGD 80, collectable at the counter or sent by registered post.
    """),
    ("en", "quote-and-reference"): _lines("""
        Quotation No. Q-PG-2026-04417 | Total knee replacement (one side) | Package RM 32,500 | 4 nights single room, standard implant, 3 physio sessions | valid 30 days
        Estimate ref BKK-IPD-118734: coronary angiogram package THB 98,000; each stent THB 65,000 extra; two doctor visits included.
        Your enquiry has been logged as ticket #IPC-562901. A coordinator will reply within 2 working days. International Patient Centre, Mon-Sat 8am-6pm.
        Flight SQ 981 lands 14:35; the hospital shuttle meets patients at Door 6, Terminal 3 if booked 48 hours ahead.
        Invoice INV/MK/26/008812 | Day surgery, cataract (one eye) MYR 6,850.00 | Balance due 0.00 | Thank you for choosing us
        ICD-10 C50.912, CPT 19303: codes the insurer asked for before pre-authorising the mastectomy estimate.
        GOP request GOP-26-0073315 received 03/11/2026 10:42; status: pending medical report from the treating hospital.
        International Patient Centre 24-hour line +60 4-222 8300, WhatsApp enquiries +60 12-480 7700, Mon-Sun.
        Nearest station Novena MRT (NS20); hospital postal code 329563; parking SGD 3.21 per hour, drop-off at the main lobby.
        Tracking no. EB472918305MY: PosLaju parcel with the CT images CD, delivered to the hospital's medical records department.
        Booking code 7KQ2XM: serviced apartment near the hospital, unit 1208, 12-15 Jan, check-in 2pm, wheelchair access confirmed.
        Price list 2026: health screening Platinum SGD 1,688 / Gold SGD 1,088 / Basic SGD 488, all before 9% GST.
    """),
    ("en", "intake-config"): _lines("""
        {"form": "pre_admission_v3", "fields": ["full_name", "passport_no", "nationality", "dob", "procedure_code"], "uploads": ["referral_letter", "latest_imaging"]}
        PASSPORT_PATTERN = r"^[A-Z]{1,2}[0-9]{7,8}[A-Z]?$"  # check before calling the hospital booking API
        quote: {id: "Q-BKK-2026-118734", currency: "THB", valid_until: "2026-12-31", items: 7, total: 385000}
        SELECT quote_id, procedure, total_sgd FROM hospital_quotes WHERE valid_until >= '2026-12-01' ORDER BY total_sgd;
        2026-11-28T09:14:22Z INFO records_export job=rx-77120 files=3 size=412MB dest=sftp://partner-hospital/inbox status=OK
        HOSPITAL_API_BASE=https://api.example-hospital.com/v2 TIMEOUT=30 RETRIES=3 LOG_LEVEL=info
    """),
    ("zh-Hans", "assistant-chat"): _lines("""
        用户：去香港打九价HPV疫苗需要带什么证件？助手：内地居民一般带港澳通行证和有效签注即可，诊所要提前预约；三针要按间隔打完，注意签注次数够不够。
        用户：想带我妈去日本做精密体检，办旅游签还是医疗签？助手：单纯体检很多人用旅游签；如果涉及治疗或住院，需要医疗滞在签证，由日本注册的身份保证机构出具材料。
        用户：港大深圳医院能用香港的长者医疗券吗？助手：可以，长者医疗券在港大深圳医院的部分门诊服务可用，具体范围以医院公布为准。
        用户：去新加坡看癌症拿第二诊疗意见，大概要多少钱？助手：私立医院专科初诊一般两三百新币，影像复核和病理会诊另计，最好先让医院国际部出书面估价。
        用户：电影《我不是药神》里程勇去印度买药，现实中从国外带药回国合法吗？助手：个人自用、合理数量的药品一般可以携带入境，但要有处方和说明；代购或销售未获批的药品有法律风险。
        用户："港澳药械通"是什么？助手：大湾区的一项政策，允许指定的内地医疗机构使用已在港澳上市、内地尚未获批的部分药品和器械，港大深圳医院就是试点之一。
        用户：病历需要翻译成英文吗？助手：多数海外医院接受中英文对照的病历摘要，建议把出院小结、病理报告和影像报告译成英文，并附原件扫描件。
        用户：泰国医院报价单写着 doctor fee not included 是什么意思？助手：意思是套餐价不含医生的手术费和查房费，这部分另外结算，最好请医院写明预估金额。
        用户：去马来西亚做试管婴儿需要带结婚证吗？助手：生殖中心通常要求夫妻双方护照和结婚证明的翻译件，具体以诊所要求为准。
        用户：韩国整形医院要求先付定金，靠谱吗？助手：正规医院会开正式收据和合同，建议选在韩国登记的外国患者招揽机构，不要转账到个人账户。
        用户：出境看病医保能报销吗？助手：基本医保一般不报销境外医疗费用，部分商业保险有海外就医责任，要看保单条款。
        用户：去香港养和医院做手术，大概要准备多少押金？助手：私家医院入院一般先交按金，金额按手术和病房等级定，可以先向医院索取费用预算表。
        用户：邵逸夫医院国际医疗中心收外籍患者住院吗？助手：可以咨询其国际医疗中心，一般需要护照、有效签证和既往病历，按自费标准结算。
        用户：帮我列一下去新加坡陪诊要准备的东西。助手：护照、入境电子卡、病历资料、常用药、医院预约确认信、住宿信息，以及额度足够的银行卡。
    """),
    ("zh-Hans", "form-template"): _lines("""
        海外就医授权书（模板）：本人＿＿＿＿，身份证号＿＿＿＿＿＿＿＿，授权＿＿＿＿代为办理病历复印及寄送事宜。
        国际医疗部预约须知：请提前7个工作日提交病历摘要、近3个月影像报告及护照首页扫描件；资料不全将延迟评估。
        报价单说明：本报价有效期30天，不含术后并发症及延长住院费用，币种为新加坡元。
        病历复印申请表：申请人姓名＿＿＿ 与患者关系＿＿＿ 复印内容 □出院小结 □手术记录 □病理报告 □影像光盘
        温馨提示：境外就医请保留全部发票原件和费用明细，商业保险理赔需提供中英文诊断证明。
        陪诊服务价目：机场接送300元/次，医院翻译陪同800元/天，节假日加收20%。
        医疗签证材料清单：1. 护照原件 2. 医院邀请函 3. 资金证明 4. 陪同人员关系证明 5. 近期白底照片两张
        工单 #HZ-2026-11-0382 已关闭：客户咨询港澳通行证签注办理流程，已答复，无需跟进。
        质子治疗咨询流程：提交病理及影像资料 → 医院评估（约10个工作日）→ 出具治疗方案和报价 → 办理签证 → 入院
    """),
    ("zh-Hant", "assistant-chat"): _lines("""
        用戶：在國外急診的醫療費，回台灣可以申請健保核退嗎？助手：可以，要在急診或出院日起六個月內申請，附診斷書、收據正本和費用明細，核退金額有上限。
        用戶：想去日本做質子治療，要先準備什麼資料？助手：通常要病理報告、近期影像光碟和治療摘要，先由日本醫院評估是否適合，再辦醫療簽證。
        用戶：香港人去深圳睇病，醫院收唔收八達通？助手：一般唔收，要用內地支付方式或者現金；港大深圳醫院部分門診可以用長者醫療券。
        用戶：長庚紀念醫院的國際醫療中心接受外國病人預約嗎？助手：有國際醫療服務窗口，可以經官網表單或電郵提供病歷摘要，再安排門診。
        用戶：去曼谷做膝關節置換要住多久？助手：一般住院三到五天，之後建議在當地多留一到兩週做復健和傷口檢查，再搭長途飛機。
        用戶：病歷摘要一定要英文版嗎？助手：多數海外醫院要英文；台灣的醫院可以申請英文病歷摘要和英文診斷書，費用各院不同。
        用戶：馬偕紀念醫院的英文診斷書要幾天才拿得到？助手：通常三到七個工作天，在門診申請，要帶身分證明文件。
        用戶：新加坡醫院報價單上寫 GST applicable 是什麼？助手：表示帳單要另加新加坡的消費稅，目前稅率是9%。
        用戶：幫我寫一句英文問醫院有沒有中文翻譯。助手：Dear International Patient Centre, could you let me know whether a Mandarin interpreter can be arranged for consultations?
        用戶：陪家人出國治療可以請家庭照顧假嗎？助手：依台灣規定，勞工每年有七天家庭照顧假，併入事假計算，可以用在照顧家人就醫。
        用戶：瑪麗醫院對海外病人收費同本地人一樣嗎？助手：唔同，非符合資格人士要按公立醫院另一套收費表付費，貴好多。
        用戶：醫療簽證邀請函一般由誰開？助手：多數由接收醫院的國際醫療部門開立，內容包括病人資料、預約日期、預計療程和停留時間。
    """),
    ("ms", "assistant-chat"): _lines("""
        Pengguna: Boleh tak guna skim kesihatan kerajaan untuk rawatan di Singapura? Pembantu: Secara umumnya tidak; skim tempatan hanya untuk rawatan di Malaysia, jadi semak polisi insurans peribadi anda untuk manfaat luar negara.
        Pengguna: Apa dokumen perlu dibawa untuk rawatan di hospital swasta di Singapura? Pembantu: Pasport, surat rujukan doktor, laporan imbasan terkini, senarai ubat dan kad insurans jika ada.
        Pengguna: Berapa lama proses surat jaminan (GL) insurans untuk pembedahan terancang? Pembantu: Biasanya 3 hingga 7 hari bekerja selepas syarikat insurans menerima laporan perubatan dan anggaran kos.
        Pengguna: Hospital Sultanah Aminah boleh bagi salinan laporan MRI untuk dibawa ke luar negara? Pembantu: Boleh, mohon di unit rekod perubatan dengan borang permohonan laporan perubatan dan bayar fi yang ditetapkan.
        Pengguna: Nak ke Bangkok untuk rawatan mata, perlu visa tak? Pembantu: Warganegara Malaysia boleh masuk Thailand tanpa visa untuk tempoh pendek; kalau rawatan lama, tanya hospital tentang visa rawatan perubatan.
        Pengguna: Apa maksud "pakej tidak termasuk implan premium" dalam sebut harga hospital? Pembantu: Harga pakej hanya meliputi implan standard; jika doktor cadangkan implan premium, bayaran tambahan dikenakan.
        Pengguna: Boleh tak keluarkan KWSP untuk rawatan penyakit kritikal? Pembantu: Ada pengeluaran kesihatan untuk penyakit yang disenaraikan; semak syarat terkini, termasuk sama ada rawatan di luar negara diterima.
        Pengguna: Apa beza wad kelas satu dengan bilik single dalam sebut harga hospital di Pulau Pinang? Pembantu: Kelas satu mungkin dikongsi dua katil, bilik single untuk seorang; kadar bilik dan kadang-kadang fi doktor juga berbeza.
        Pengguna: Perlu bawa surat nikah untuk rawatan IVF di Singapura? Pembantu: Ya, klinik kesuburan di Singapura lazimnya meminta bukti perkahwinan kerana rawatan IVF hanya untuk pasangan berkahwin.
        Pengguna: Macam mana nak minta surat sokongan untuk cuti temani ibu bapa berubat di luar negara? Pembantu: Minta hospital keluarkan surat temujanji dan surat doktor yang menyatakan tarikh rawatan, kemudian lampirkan pada permohonan cuti.
        Pengguna: Hospital mana di Melaka yang ramai pesakit dari Indonesia? Pembantu: Beberapa hospital swasta di Melaka ada pusat pesakit antarabangsa; Mahkota Medical Centre antara yang paling dikenali.
        Pengguna: Hospital Raja Permaisuri Bainun ada perkhidmatan jurubahasa untuk pesakit asing? Pembantu: Tanya kaunter pendaftaran atau unit perhubungan awam hospital; jika tiada, bawa ahli keluarga atau jurubahasa sendiri.
    """),
    ("mixed", "assistant-chat"): _lines("""
        User: eh my mum wan do cataract op in JB, cheaper ah? 医生 say ok but need bring what report? Assistant: Bring her latest eye test results, the referral letter and her medicine list; the JB hospital will redo the lens measurement anyway.
        User: 请问 Bumrungrad 的 package 包不包 airport transfer？Assistant: 多数套餐不含，但国际部可以安排接机，费用另计或视套餐而定。
        User: boleh tak I claim insurance for 手术 in Singapore? policy from Malaysia. Assistant: Depends on your medical card's area of cover; some Malaysian plans cover Singapore only with a co-payment or only for emergencies.
        User: 香港 private hospital 話要先 pay deposit HK$50,000，normal 嗎？Assistant: 私家醫院入院按金好常見，金額睇手術同房型，出院時多退少補。
        User: tolong check, Gleneagles Penang 的 cardiac package got include angiogram or not? Assistant: I can't see live prices; ask the International Patient Centre for a written breakdown listing angiogram, stent and ICU days separately.
        User: my dad 下个月去台北做 health screening, need 台胞证 or passport? he is Malaysian. Assistant: 台胞证 is the permit Taiwan residents use for the mainland, so it doesn't apply; Malaysians use their passport and can currently enter Taiwan visa-free for short stays.
        User: 我想 translate this line to BM：「请在入院当天带上护照和所有检查报告」Assistant: "Sila bawa pasport dan semua laporan pemeriksaan pada hari kemasukan ke wad."
        User: Singapore hospital quote says excl. GST & surgeon fee, so total jadi berapa roughly? Assistant: Add 9% GST to the hospital charges and ask for the surgeon's fee range; the MOH fee benchmarks help you check whether it is reasonable.
        User: 中国人 go Malaysia do IVF need visa or not ah? Assistant: Chinese passport holders currently have visa-free entry to Malaysia for short stays; for a longer treatment cycle ask the clinic about a longer-stay pass.
        User: hospital ask for discharge summary 同 operation notes，有咩分別？Assistant: Discharge summary 係出院小結，概括住院期間嘅診斷同治療；operation notes 係手術記錄，寫明手術步驟同發現。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me fill in the Bumrungrad pre-registration form? Name: LIM CHEE KEONG / Nationality: Malaysian / Passport: A53829164 / DOB: 08-12-1969 / Procedure: coronary angiogram, possible stent / Mobile: +60 12-738 4916
        Please check this before I send it to Mount Elizabeth: "Dear IPC team, I am writing on behalf of my mother, Mdm Tan Siew Lan (MyKad 580412-07-5126), who was found to have a 2.3 cm lump in her left breast in Penang last week. We would like a quote for lumpectomy with sentinel node biopsy."
        my husband rajesh kumar a/l subramaniam is on dialysis 3x a week in klang and his sister wants to donate a kidney, what will the transplant hospital in chennai ask from both of them?
        User: draft the GOP request for me, the insured is Wong Kah Wai, he is the policy holder himself, admission 14 Jan at Gleneagles Hong Kong for ACL reconstruction, estimate HK$186,000. Assistant: Here is a draft: "Re: Guarantee of Payment for Mr Wong Kah Wai, ACL reconstruction, admission 14 January, estimated HK$186,000."
        Put this in a neat table for the hospital: patient Nurul Aisyah binti Hafiz, 9 years old, MyKad 160930-10-1248, small VSD, follow-up echo due in Singapore in March; father Hafiz bin Rosli, 017-604 3328.
        Is this visa form filled in correctly? Surname: CHOW | Given names: MEI LING | Sex: F | DOB: 21 JUN 1984 | Passport: HKSAR K58302716 | Purpose: medical treatment, Samsung Medical Center, Seoul | Tel: 9417 2286
        Help me word a message to my brother: "Ah Keat, I paid the RM15,000 deposit for Pa's bypass from my Maybank 5642 1830 7719, pls bank in your half to the same account by Friday."
        I'm Priya d/o Ramasamy, 37, NRIC S8927415Z, planning egg freezing at a clinic in Kuala Lumpur in March; what documents will they want from me?
        Fix the tone of this: "Hi Dr Lee, this is Carol, Jason Ng's wife. Jason had his hernia repair at your hospital in JB on 3 Nov and the wound is now red and leaking. Please call me at 8471 2093 today."
        Correct my grammar please: "My father Mr Chandran s/o Muniandy age 71 have Parkinson and we want bring him to Apollo Chennai for DBS evaluation, his NRIC is S5512964I."
        Itinerary for Mdm Goh Ah Bee (78): 12 Jan KUL-BKK TG 416 / 13 Jan 9am cardiology, Bangkok Hospital / stay Citadines Sukhumvit 23, rm 1502 / caregiver: daughter Goh Li Fen +65 9236 4718 — can you turn this into a printable card?
        Summarise this for the Penang surgeon: "Name: ABDUL RAHMAN BIN YUSOF / IC: 740214-01-5637 / Admitted 02/10/2026, Hospital Sultanah Aminah / Dx: acute cholecystitis, gallstones / Plan: elective lap chole in 6-8 weeks."
        is F2290417P a valid FIN? it's my helper Marites's, she is coming with me to Penang for my knee surgery and the hospital form keeps rejecting it
        Please write the courier label: CD of CT images, to Ms Sharon Teo, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, HP 8820 6154.
        The Bangkok eye clinic charged my card 4556 1812 3098 7651 twice for the LASIK deposit (THB 20,000 each time). Help me write a dispute to my bank.
        User: my daughter Emily Fernandez is 14 and has a 48-degree scoliosis curve, we are comparing KK Hospital with a surgeon in Melbourne. Assistant: For a 48-degree curve at 14, surgeons usually discuss spinal fusion; ask both for the levels to be fused, the length of stay and the total cost.
    """),
    "zh-Hans": _lines("""
        帮我整理一下给新加坡中央医院国际部的邮件：患者王秀英，女，1955年3月22日生，身份证号310104195503224820，肺部结节1.8cm，已在上海做过PET-CT，希望预约胸外科会诊。
        我爸刘建国（身份证440106194708092056）下周去香港养和医院做前列腺手术，港澳通行证C71930482，签注是去年办的，帮我看看还能不能用。
        帮我把这段翻成英文发给泰国康民医院：我叫陈晓雯，护照号EJ4827163，预约11月20日做胃镜和肠镜，手机13827416093，微信同号。
        群里转过来的，帮我改成正式的英文：@周敏 你儿子浩浩的病历我扫描好了，北京儿童医院诊断是房间隔缺损，新加坡那边要英文版，明天把出生证明也发我。
        日本医疗签证申请表帮我检查：姓名 张立群 / 性别 男 / 出生日期 1991-06-04 / 身份证 110105199106041534 / 医院 国立癌症研究中心东病院 / 治疗 质子治疗 / 身份保证机构 待定
        帮我写给保险公司的理赔说明：被保险人黄美玲，2026年10月在马来西亚槟城做了腰椎间盘手术，发票总额RM 48,320，理赔款请打到工行卡6222 0216 0200 4188 373。
        你帮我跟那个新加坡中介说，让她加我微信 linlin_hz0917，我把我妈的体检报告和乳腺B超单发给她。
        请把病理切片寄到：深圳市南山区桃园路88号6栋1502室，林佳收，159 0592 8816 —— 这段地址帮我翻成英文给香港的化验所。
        我女儿李雨桐，2015年出生，身份证330106201511072841，明年暑假想去波士顿儿童医院做脊柱侧弯评估，需要准备哪些英文材料？
    """),
    "zh-Hant": _lines("""
        幫我看看這份日本醫療滯在簽證表格有沒有填錯：姓名 陳怡君／身分證字號 F221450982／護照號碼 358204716／預定就醫 筑波大學附屬醫院 質子線治療／手機 0912-486-357
        我阿嬤林王秀琴（85歲，身分證R255170938）下個月要去大阪做心臟瓣膜評估，幫我寫英文信給醫院，說她要坐輪椅、戴助聽器，對顯影劑過敏。
        我媽李麗珍，香港身份證A482913(4)，想去港大深圳醫院做白內障，用長者醫療券，回鄉證H60382915，幫我列一下要帶咩文件。
        幫我將呢段 WhatsApp 改正式啲：「@Kelvin Chan 你阿爸嘅MRI光碟已經寄咗去新加坡NUH，佢哋要阿爸身份證副本Z338047(6)，你send俾我，下星期三覆診。」
        我的LINE ID是 amy.chen0815，幫我寫一句話，請那位日本醫療翻譯把我爸的出院摘要和胃鏡報告傳到這個LINE。
        我先生吳冠宏（A123876450）在胡志明市出差時急性闌尾炎開刀，花了VND 85,000,000，回台灣要申請健保核退，幫我整理要附的文件。
        新加坡醫院退款要填帳戶：戶名 黃家豪／中國信託 822／帳號 5408 1937 2261／身分證 H144208735，這樣填對嗎？退的是他膝蓋手術的多收押金。
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: FARIDAH BINTI ISMAIL / No. KP: 821103-03-5482 / Alamat: Lot 1187, Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan / Rawatan: pembedahan tiroid di Hat Yai / Tel: 013-924 7185
        Saya Muthu a/l Krishnan, IC 610725-08-6179, nak ke Chennai untuk pembedahan pintasan jantung pada bulan Februari; tolong senaraikan dokumen untuk visa perubatan India.
        Tolong tulis mesej kepada ejen: "Salam Encik Hairul, saya Siti Khadijah binti Osman, kakak Aiman yang dijadualkan pembedahan skoliosis di Singapura. Sebab pembedahan ditangguhkan, tolong pulangkan deposit RM5,000 ke akaun Maybank saya 1640 2938 4471."
        Ayah saya, Haji Zainal bin Abdullah, 72 tahun, kanser prostat tahap 3, doktor di Alor Setar cadang terapi proton; kami nak bawa dia ke Singapura, berapa anggaran kos?
        Nak isi permohonan VEP sebab bawa mak ke Singapura untuk kemoterapi setiap minggu; kereta Myvi JRT 5582 atas nama suami saya Azlan bin Mat Noor, boleh guna atau kena tukar nama?
        Betulkan ayat ni: "Sila hantar sebut harga pembedahan katarak untuk ibu saya ke emel nur.hidayah.razak88@gmail.com atau WhatsApp 019-556 2031."
        Tolong terjemah ke English: "Pesakit: Jessica Mojuntin, No. KP 900519-12-5870, dari Kota Kinabalu, kitaran IVF kedua di Kuala Lumpur bermula 8 Mac, suami: Daniel Sipaun."
        Tulis surat cuti: saya Kumaresan a/l Ganesan, pemandu lori di bahagian logistik, mohon cuti tanpa gaji 3 minggu untuk menemani isteri menjalani pembedahan tulang belakang di Chennai mulai 2 Februari.
    """),
    "mixed": _lines("""
        eh can help me fill this? 我妈 Tan Bee Hoon, NRIC S6408831I, going Penang for knee op on 5 Jan, must tell the hospital she allergic to penicillin
        pls translate to English: 我老公 Lee Wei Jie 下礼拜二去 Gleneagles KL 做 angioplasty，他的 passport K1938274M，有事 call 我 9705 3381
        My mum Pn Rohani binti Hassan, 67, kencing manis + CKD stage 4, nak bawa pergi NUH for second opinion — apa docs perlu bawa?
        Help me check 呢張 form: Name CHAN Wai Kit, HKID K705162(A), DOB 1976-03-11, 去曼谷 hair transplant, emergency contact 太太 6128 4409
        my telegram is @kelvin_ooi_pg, 你把 Bumrungrad 的 quote 发给我，for my father's gallbladder op next month
        can help me write 请假信? 我要陪我爸 Ong Teck Seng 去上海瑞金医院做 liver transplant evaluation, 10 to 24 Feb
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Harbour Medical Travel (Hong Kong). Active client file: Mr LAU Chi Wai Kenneth, HKID Y629104(8), mobile 5306 7712. Booking: right total hip replacement, Bumrungrad International, admit 8 Mar, discharge 12 Mar; hotel 13-20 Mar.",
        ),
        ("user", "what time is my airport pickup?"),
        (
            "assistant",
            "Your driver will meet you at Suvarnabhumi arrivals, Gate 3, at 15:45 on 7 March with a name sign. Pre-admission tests are at 9am on 8 March.",
        ),
        ("user", "can my wife stay in the room with me?"),
        (
            "assistant",
            "Yes, the deluxe single room has a sofa bed for one companion. Please send her name as it appears in her passport and I will add her.",
        ),
    ],
    [
        (
            "user",
            "I need to send my dad's medical records from Penang to a hospital in Singapore. Can you draft the consent form for the records office?",
        ),
        (
            "assistant",
            "Sure. I need the patient's full name as on his MyKad, his MyKad number, the hospital releasing the records, which records, and where they should go.",
        ),
        (
            "user",
            "Loh Kim Chuan, 530819-07-5371, Hospital Pulau Pinang, discharge summary + echo report + angiogram CD from his admission in Sept, send to NUH cardiology",
        ),
        (
            "assistant",
            "Here it is: 'I, LOH KIM CHUAN (MyKad 530819-07-5371), authorise Hospital Pulau Pinang to release my discharge summary, echocardiogram report and coronary angiogram CD from my September 2026 admission to the Cardiology Department, National University Hospital, Singapore.' He must sign it himself unless he has given you a letter of authority.",
        ),
    ],
    [
        (
            "user",
            "My wife is 24 weeks pregnant and the detailed scan showed the baby has a heart problem, they said transposition of the great arteries.",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. TGA is usually operated on in the first weeks after birth, so where she delivers matters. Are you considering a centre in Malaysia or overseas?",
        ),
        (
            "user",
            "We are in Kuching. The doctors mention IJN or Singapore. Please write an enquiry to the Singapore fetal medicine team, signed from her: Dayang Norhayati binti Awang Ali, dayang.norhayati.aa@gmail.com, +60 16-225 8047.",
        ),
        (
            "assistant",
            "Dear Fetal Medicine Team, I am Dayang Norhayati binti Awang Ali, 24 weeks pregnant; a detailed scan in Kuching showed transposition of the great arteries in my baby. I would like to ask about delivering and having the surgery in Singapore. You can reach me at dayang.norhayati.aa@gmail.com or +60 16-225 8047.",
        ),
    ],
    [
        (
            "user",
            "我妈在厦门确诊了HER2阳性乳腺癌，听说香港有些新药内地还没上市，想去香港治疗，流程是怎样的？",
        ),
        (
            "assistant",
            "可以先请香港的肿瘤科医生做病历评估：准备病理报告（含免疫组化）、影像报告和光盘、治疗经过，然后预约门诊。内地居民需持港澳通行证和有效签注。",
        ),
        (
            "user",
            "她叫何淑芬，身份证350203196202110863，港澳通行证C46270195，手机137 2840 1965。帮我写一封给香港医院的英文预约邮件。",
        ),
        (
            "assistant",
            "Dear Oncology Clinic, I am writing to request an appointment for my mother, Ms He Shufen (Mainland ID 350203196202110863, Exit-Entry Permit C46270195), who was diagnosed with HER2-positive breast cancer in Xiamen. Please contact us at +86 137 2840 1965.",
        ),
    ],
    [
        ("user", "想幫我爸預約日本東京的健檢，含胃鏡和大腸鏡，大概要多少錢？"),
        (
            "assistant",
            "東京含胃鏡和大腸鏡的綜合健檢，大約日幣20萬到40萬，看醫院和項目。需要我幫你整理預約要填的資料嗎？",
        ),
        (
            "user",
            "好，他叫蔡宗翰，身分證B136029475，護照312847905，1958年生，有高血壓和糖尿病，在吃Metformin，手機0935 271 864",
        ),
        (
            "assistant",
            "預約資料如下：受檢者 蔡宗翰（TSAI TSUNG-HAN），護照 312847905，1958年生；病史：高血壓、第二型糖尿病（服用 Metformin）；聯絡電話 +886 935 271 864。做大腸鏡前可能要暫停降血糖藥，請先問他的醫師。",
        ),
    ],
    [
        (
            "user",
            "Anak saya pekak teruk kedua-dua belah, doktor ORL cadang implan koklea. Ada orang kata lebih cepat buat di Singapura, betul ke?",
        ),
        (
            "assistant",
            "Di Malaysia ada program implan koklea di hospital kerajaan dan swasta, tetapi senarai menunggu boleh panjang. Di Singapura boleh lebih cepat jika bayar sendiri, tetapi kosnya tinggi. Nak saya sediakan emel pertanyaan?",
        ),
        (
            "user",
            "Ya. Nama dia Muhammad Irfan bin Kamal, umur 8, MyKad 180214-01-0375, kami tinggal di Batu Pahat. Saya Zaleha binti Mohd Said, telefon 011-2398 7410.",
        ),
        (
            "assistant",
            "Ini drafnya: 'Dear Sir/Madam, my son Muhammad Irfan bin Kamal (8 years old, MyKad 180214-01-0375) has severe-to-profound hearing loss in both ears and has been recommended a cochlear implant. Please contact me, Zaleha binti Mohd Said, at +60 11-2398 7410.'",
        ),
    ],
    [
        (
            "user",
            "I'm 58 and was told I need a knee replacement. The Singapore quote is crazy. What's Malacca like?",
        ),
        (
            "assistant",
            "Several private hospitals in Melaka see many Singaporean patients, and MediSave may be usable at the approved ones with a referral. Want me to write to one for a quote?",
        ),
        (
            "user",
            "ok write it. Marcus de Souza, NRIC S6817342F, 21 Everitt Road #03-02 Singapore 428594, mobile 9832 5517. Right knee, osteoarthritis, X-ray done at a polyclinic last month.",
        ),
        (
            "assistant",
            "Dear International Patient Centre, my name is Marcus de Souza (NRIC S6817342F), 58, of 21 Everitt Road #03-02, Singapore 428594. I have osteoarthritis of the right knee and have been advised a total knee replacement. Please send a package quote and tell me whether MediSave can be used. Mobile: +65 9832 5517.",
        ),
    ],
    [
        ("user", "阿媽想返深圳種兩隻牙，邊度好啲？"),
        (
            "assistant",
            "深圳有唔少連鎖牙科同公立醫院口腔科，港大深圳醫院都有口腔科。種植牙通常要分兩三次去，要預留時間。",
        ),
        (
            "user",
            "幫我book港大深圳醫院，佢叫譚少芬，回鄉證H43817265，香港身份證XA017325(5)，電話9632 0448，最好下個禮拜六上晝。",
        ),
        (
            "assistant",
            "整理好預約資料：病人 譚少芬，回鄉證 H43817265，香港身份證 XA017325(5)，聯絡電話 9632 0448，想預約下星期六上午口腔科做種植牙評估。你可以經醫院官方平台或者電話預約。",
        ),
    ],
    [
        (
            "system",
            "You help families plan medical trips from Singapore to India. Keep answers short.",
        ),
        ("user", "Planning my mother's knee replacement in Chennai in April, I will go with her."),
        (
            "assistant",
            "Good to plan early. She needs a medical visa and you can apply as her medical attendant. Share the passport details when ready and I'll fill in the checklist.",
        ),
        (
            "user",
            "Mother: Lakshmi d/o Perumal, born 1956, passport K4720913C. Me: Arjun s/o Suresh, NRIC T0218736H, passport K8315527F. Hospital is MIOT International.",
        ),
        (
            "assistant",
            "Checklist: 1) Lakshmi d/o Perumal, e-Medical Visa, passport K4720913C, invitation letter from MIOT International. 2) Arjun s/o Suresh, e-Medical Attendant Visa, passport K8315527F, proof of relationship such as your birth certificate.",
        ),
    ],
    [
        ("user", "去首尔做植发手术，签证怎么办？"),
        (
            "assistant",
            "一般需要办签证；短期手术可以办旅游签，停留较久可以申请医疗观光签证（C-3-3），医院会提供邀请材料。",
        ),
        (
            "user",
            "医院要我的资料：王浩，男，1983年1月28日，身份证51010719830128661X，护照E72619304，电话18621457730。帮我整理成英文表格。",
        ),
        (
            "assistant",
            "Name: WANG HAO | Sex: M | DOB: 1983-01-28 | PRC ID: 51010719830128661X | Passport: E72619304 | Tel: +86 186 2145 7730 | Procedure: FUE hair transplant, Seoul",
        ),
    ],
    [
        (
            "user",
            "Write a short email to a Bangkok eye hospital booking a LASIK assessment for 18 Jan.",
        ),
        ("assistant", "Sure. What name, ID and contact details should I put in?"),
        (
            "user",
            "Hannah Whitfield, FIN G6613085T (I'm on an EP in Singapore), hannah.whitfield.sg@gmail.com. Both eyes are -6.50.",
        ),
        (
            "assistant",
            "Subject: LASIK assessment on 18 January | Dear Refractive Surgery Centre, I would like to book a LASIK suitability assessment on 18 January. Name: Hannah Whitfield, Singapore FIN G6613085T, email hannah.whitfield.sg@gmail.com. Current prescription: -6.50 in both eyes.",
        ),
    ],
    [
        (
            "user",
            "My son Daniel Koh Jun Wei was born with microtia on the right ear, he's 9 now. We want to see a specialist in Tokyo or Seoul for ear reconstruction.",
        ),
        (
            "assistant",
            "Rib-cartilage ear reconstruction is often done from about age 8 to 10. Specialists will want photos of both ears, a recent hearing test and a CT of the temporal bone.",
        ),
        (
            "user",
            "His NRIC is T1739462I and the June school holidays are best. Can you summarise it for the doctor?",
        ),
        (
            "assistant",
            "Summary for the consultant: Daniel Koh Jun Wei, 9, NRIC T1739462I, right-sided microtia, seeking rib-cartilage reconstruction; available for surgery during the June school holidays; hearing test and CT to follow.",
        ),
    ],
    [
        ("user", "Kami dah 6 tahun kahwin, nak cuba IVF. Antara KL dan Bangkok mana lebih murah?"),
        (
            "assistant",
            "Secara kasar kos satu kitaran di KL dan Bangkok tidak jauh beza; yang penting bandingkan apa yang termasuk, seperti ubat rangsangan, pembekuan embrio dan ujian genetik.",
        ),
        (
            "user",
            "Tolong sediakan mesej untuk klinik di Bangkok: saya Nur Aina binti Zulkifli, 33, AMH rendah 0.8, suami Muhammad Firdaus bin Rahim, analisis sperma normal. Hubungi saya di 012-381 9046.",
        ),
        (
            "assistant",
            "Draf: 'Hello, I am Nur Aina binti Zulkifli, 33, with a low AMH of 0.8 ng/mL. My husband, Muhammad Firdaus bin Rahim, has a normal semen analysis. We would like an IVF consultation. Contact: +60 12-381 9046.'",
        ),
    ],
    [
        ("user", "我老公有乙肝肝硬化，醫生話要考慮換肝，香港輪候好耐，有冇人去台灣做活體肝移植？"),
        (
            "assistant",
            "台灣嘅活體肝移植經驗豐富，有醫院接境外病人，但捐肝者通常要係親屬，仲要通過倫理審查。可以先準備病歷摘要、影像同血液報告俾醫院評估。",
        ),
        (
            "user",
            "幫我寫封信俾高雄長庚。病人陳志強，1971年生，HKID R250631(8)，捐肝者係佢細佬陳志明，聯絡我 mandy.chan.hk@gmail.com。",
        ),
        (
            "assistant",
            "Dear Liver Transplant Centre, I am writing about my husband, Mr Chan Chi Keung (born 1971, HKID R250631(8)), who has hepatitis B-related cirrhosis. His younger brother, Chan Chi Ming, is willing to be a living donor. Please reply to mandy.chan.hk@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "我 last year 中风，left side still weak，想去广州做中医针灸康复 one month，可以吗？",
        ),
        (
            "assistant",
            "可以考虑，广州有中医院提供康复和针灸。出发前请神经科医生确认你适合长途旅行，并带上出院小结和用药清单。",
        ),
        (
            "user",
            "ok 帮我写英文自我介绍给医院：Jennifer Koh Mei Xin, NRIC S7841203H, 48 yo, ischaemic stroke Mar 2026 at TTSH, on clopidogrel, WeChat jenkoh_sg78",
        ),
        (
            "assistant",
            "Dear Rehabilitation Department, my name is Jennifer Koh Mei Xin (NRIC S7841203H), aged 48. I had an ischaemic stroke in March 2026, treated at Tan Tock Seng Hospital, and still have left-sided weakness. I take clopidogrel daily. You can reach me on WeChat: jenkoh_sg78.",
        ),
    ],
]
