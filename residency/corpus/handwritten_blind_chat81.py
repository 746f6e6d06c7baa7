# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat81: chats asking an assistant for help with one's own pet. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat81
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-vet-advice"): _lines("""
        User: my cat Mochi keeps licking her belly bald, is that stress or allergy? Assistant: Over-grooming can be either; common triggers are flea allergy, food allergy and anxiety, so a vet check with a skin scrape is the usual first step.
        User: how much does a dental scaling for a small dog usually cost in Singapore? Assistant: Most clinics quote roughly S$400 to S$900 including general anaesthesia and pre-op bloodwork; extractions are charged extra per tooth.
        My dog Charlie ate half a bar of dark chocolate about 20 minutes ago, he's a 12kg beagle, what should I do right now?
        User: Is it normal for a puppy to sleep 18 hours a day after the second vaccine? Assistant: Some lethargy for 24-48 hours is common; watch for facial swelling, vomiting or breathing trouble, which need the vet immediately.
        What questions should I ask the vet before agreeing to a TPLO surgery for a torn cruciate ligament?
        User: the vet invoice says "CBC + Chem 17 + T4" - what does that mean? Assistant: A complete blood count, a 17-parameter chemistry panel covering kidneys, liver and electrolytes, and a thyroid hormone test, which is typical for senior cats.
        User: my rabbit hasn't pooped since this morning Assistant: A rabbit with no droppings for 8-12 hours may be in GI stasis, which is an emergency; call an exotic-animal vet now rather than waiting.
        Can you explain in simple words what stage 2 chronic kidney disease means for a 14 year old cat?
        User: Is a 3-year rabies vaccine accepted for pet export? Assistant: It depends on the destination; many countries accept the label duration, but some require a booster within 12 months of travel regardless.
        Write me a checklist of what to bring to my dog's first vet visit: vaccination card, stool sample, list of food, anything else?
        User: what's the difference between spaying at 6 months vs 12 months for a golden retriever? Assistant: Studies on large breeds suggest waiting until the growth plates close may lower some joint and cancer risks, but it's a trade-off to discuss with your vet.
        User: Who was James Herriot and are his vet stories true? Assistant: James Herriot was the pen name of Yorkshire vet Alf Wight, whose books were loosely based on his real country practice from the late 1930s onward.
        User: what happened to Hachiko's owner? Assistant: Professor Hidesaburo Ueno of Tokyo Imperial University died suddenly in 1925, and Hachiko kept returning to Shibuya Station for nearly ten years.
        My hamster Bolt is 2.5 years old and has a lump under his arm. Is it worth operating at that age?
        User: Does Larry the cat still live at 10 Downing Street? Assistant: Yes, Larry has held the title Chief Mouser to the Cabinet Office since 2011 and has outlasted several prime ministers.
        User: dog keeps scooting his butt on the floor Assistant: Scooting usually means full or irritated anal glands; a vet or groomer can express them, and recurring cases may need a diet with more fibre.
    """),
    ("en", "chat-insurance-boarding"): _lines("""
        User: What documents do pet insurers usually want for a claim? Assistant: Typically the completed claim form, the itemised invoice, the vet's clinical notes and proof of payment; some also ask for the pet's full medical history.
        Help me understand this: my policy PTS-2026-0048172 has a 20% co-pay and a S$150 deductible per condition. If the bill is S$2,300, how much do I get back?
        User: claim ref CLM/SG/26/118734 was rejected as "pre-existing condition". How do I appeal? Assistant: Ask the insurer for the exact clinical note they relied on, get your vet to write a letter stating when symptoms first appeared, and submit both within the appeal window.
        Draft a short email to a pet boarding place asking if they accept cats on insulin and whether staff can give injections twice a day.
        User: is pet insurance worth it for an indoor cat? Assistant: It mostly pays off for large unexpected bills like a urinary blockage or cancer; compare the annual premium against a savings fund you build yourself.
        Make this more formal: "I, [OWNER FULL NAME], NRIC [XXXXXXXX], authorise [CLINIC NAME] to release the medical records of my pet [PET NAME] to [INSURER] for claim no. [CLAIM NO]."
        User: Boarding contract says "Invoice BRD-20261218-0093, deposit S$120 non-refundable". Is that normal? Assistant: Non-refundable deposits are common during peak holidays; check whether the contract lets you keep it as credit toward a future stay.
        What vaccinations do most dog boarding kennels in Malaysia require? Is kennel cough (Bordetella) mandatory?
        User: Compare accident-only vs comprehensive pet plans Assistant: Accident-only plans are cheap but exclude illness; comprehensive plans cover both, usually with annual limits, sub-limits for dental and an age cap for new enrolment.
        Please turn this into a polite Google review: the boarding hotel sent daily photos, my cat came back healthy, but the pickup took 40 minutes.
        The insurer hotline on my policy schedule is 1800 222 0808, open 9am-6pm on weekdays. What should I have ready before calling about a claim?
        User: my claim shows "Pending - Additional Info (Ref AI-77310)". What do they usually want? Assistant: Usually the clinical history for the past 12-24 months, or the vet's confirmation that the condition did not exist before the cover start date.
        Write a cancellation message for boarding booking #BK-40917 for 22-27 December because our flight got moved; ask whether the deposit can be kept as credit.
        User: which insurer is better for a French bulldog? Assistant: For flat-faced breeds check whether airway surgery (BOAS) is excluded; several insurers exclude breed-related conditions or add a premium loading.
    """),
    ("en", "notice-template"): _lines("""
        LOST DOG - [PET NAME], [BREED], last seen near [LOCATION] on [DATE]. Reward offered. Call [YOUR NUMBER].
        Can you write a lost-cat poster template with blanks for name, colour, last-seen place and contact? Keep it under 60 words.
        Notice to residents of Block ___: all dogs must be leashed in common areas under House Rule 4.2. Offenders may be referred to the management council.
        User: Which agency handles stray dog complaints in Singapore? Assistant: Animal-related feedback goes to the Animal & Veterinary Service under NParks; for animals in immediate danger you can also call the SPCA emergency hotline at 6287 5355.
        User: who do I call in Hong Kong about a dog barking all night? Assistant: Noise can be reported to the police, and animal-welfare concerns go to the AFCD through the 1823 government hotline.
        FOUND: ginger tabby, male, blue collar with a bell, found at the Bishan St 22 carpark on [date]. Describe the cat's markings to claim him.
        Summarise these house rules in 3 bullets: "Residents keeping pets must register them with the management office within 14 days. Pets shall not be left unattended on balconies. Dogs above 15kg must use the service lift."
        Write a friendly WhatsApp message I can send to a neighbour about their cat pooping in my potted plants, without sounding angry. Use [Name] as a placeholder.
        S$500 reward for the safe return of Kopi, a brown mixed-breed dog with a red harness, last seen along Punggol Waterway on Sunday evening. Can you make this sound more urgent?
        Sample complaint letter format for the town council: [Your Name] / [Unit No.] / [Date] / Subject: Persistent dog barking from [Unit No.] / Dear Sir or Madam, ...
        User: can my landlord ban pets if the lease doesn't mention it? Assistant: Generally a landlord can only enforce restrictions written into the tenancy agreement or the building's by-laws, so check both documents.
        Happy Tails Pet Hotel, 21 Pasir Ris Farmway 3, tel 6581 2470, check-in 10am-12pm, check-out before 4pm. Is that window long enough if my flight lands at 2pm?
    """),
    ("en", "record-no-person"): _lines("""
        INV-20261104-0392 | Consultation S$65.00 | Cerenia 16mg x3 S$42.60 | SC fluids S$38.00 | GST 9% | Total S$158.70
        Vaccine record: Nobivac DHPPi, batch A239B01, exp 08/2027, next due 14 Nov 2027. Does "exp" mean my dog's protection expires then?
        Claim CLM-MY-2026-004471 | status: APPROVED | payout RM 962.40 | processed 03/12/2026 | what does "ex gratia" in the remarks mean?
        My order of Hill's k/d 8.5lb (SKU 606-8432) with tracking SPXSG0268813342 is stuck at the sorting centre. Write a short complaint to the shop.
        Boarding log Room C-07 | 06:30 fed 1/3 cup | 08:00 walk 20 min | 13:00 meds given (Apoquel 5.4mg) | 18:30 fed | no issues
        Recall notice: lot numbers 2611BF03 to 2611BF19, best before 11/2027, product code RC-REN-2KG. How do I check if my bag is affected?
        The clinic recommended "Pet First Aid Handbook", ISBN 978-981-32-4415-3. Is it worth buying for a first-time dog owner?
        Appointment slot 2026-12-09 10:15 | Room 2 | Vaccination | 15 min | please arrive 10 minutes early
        Pet taxi quotation Q-2026-11873: Tampines to Jurong West, 1 dog under 25kg, S$48, surcharge after 11pm S$10. Is this a fair price?
        The vet portal says my download has SHA-256 9c1e4b7d2a0f83e6b5d14c7a92e0f6b3d8a1c5e7f2094b6d3a8e1c0f7b5d2e49. Why do they show this?
        Pre-anaesthetic panel result: ALT 48 U/L, ALP 112 U/L, BUN 7.9 mmol/L, CREA 118 umol/L, GLU 5.6 mmol/L. Are these in range for a 6 year old dog?
        Quotation #Q88172: spay (female dog 10-20kg) S$520, e-collar S$18, pain relief 5 days S$35, microchip S$60. Why is microchipping so expensive?
    """),
    ("zh-Hans", "chat-宠物"): _lines("""
        用户：我家猫咪"煤球"三天没怎么吃东西，精神还行，要马上去医院吗？助手：猫超过24小时不吃就有脂肪肝风险，建议尽快就诊，做个血常规和生化检查。
        狗狗打完狂犬疫苗当天可以洗澡吗？一般要等几天？
        用户：宠物医院的发票写着"CDV抗原检测 120元"，这是查什么的？助手：这是犬瘟热病毒抗原快速检测，常用于发烧、流鼻涕、眼屎多的幼犬。
        帮我写一份寻狗启事模板，名字、品种、走失地点、联系方式都留空，用【】标出来。
        用户：鲁迅为什么讨厌猫？助手：他在《狗·猫·鼠》里写过童年时心爱的隐鼠被猫吃掉的事，文章也借题讽刺当时的一些文人。
        宠物保险理赔一般需要哪些材料？病历、发票、费用清单都要原件吗？
        用户：保单号PA2026110487633，免赔额300元，赔付比例70%，这次花了2600元能赔多少？助手：(2600-300)×70%=1610元，前提是这次的病不在等待期内，也不属于既往症。
        邻居家的狗每天晚上叫到凌晨，物业不管，我应该先找居委会还是直接打12345？
        老舍写过一篇《猫》，说猫的性格实在有些古怪，能帮我分析一下这篇文章的写作手法吗？
        用户：寄养狗狗要注意什么？助手：提前确认寄养店的疫苗要求、是否单独笼位、每天遛几次，并带上狗狗平时吃的粮，避免换粮拉肚子。
        订单号 3172840569218874152，买的处方粮到现在还没发货，帮我写一段催促客服的话，语气客气一点。
        用户：猫咪绝育后多久可以摘伊丽莎白圈？助手：母猫一般7到10天复诊拆线后再摘，公猫伤口小，通常5到7天即可。
        小区规定遛狗必须牵绳，禁养犬名单里有哪些犬种？杭州和上海的规定一样吗？
        宠物医院营业时间：周一至周日 9:00-21:00，急诊电话 021-6485 3320。晚上11点狗狗抽搐，还能打这个电话吗？
        用户：季羡林先生养的猫叫什么？助手：他养过一只狸猫叫虎子，还有一只波斯猫叫咪咪，在散文《老猫》里写过它们。
        狗狗误食了葡萄，大概五六颗，体重8公斤的柯基，要不要去医院催吐？
    """),
    ("zh-Hant", "chat-寵物"): _lines("""
        用戶：我家貓咪「芝麻」一直打噴嚏流鼻水，是不是貓鼻支？助手：常見是皰疹病毒引起的上呼吸道感染，若食慾下降或發燒，建議盡快帶去動物醫院。
        香港養狗要領狗牌嗎？漁護署的狗隻牌照多久要續一次？
        用戶：台灣寵物登記要去哪裡辦？助手：可到各縣市政府公告的寵物登記站，通常是合作的動物醫院，植入晶片後登記，絕育犬貓的登記費有優惠。
        蔡英文卸任後，她的貓「想想」和「阿才」還跟她住在一起嗎？
        請幫我寫一封給管理處的投訴信範本，內容是樓上單位的狗經常半夜吠叫，單位號碼用 [單位] 代替。
        用戶：寵物保險理賠被拒，理由是「等待期內發病」，可以申訴嗎？助手：可以先向保險公司申訴部門提出書面申請，若不服結果，再向金融消費評議中心申請評議。
        走失協尋：米克斯橘貓，公，約4歲，脖子有紅色項圈，於台中西屯逢甲夜市附近走失，有消息請私訊粉專，拜託大家幫忙分享！
        用戶：狗狗寄宿酒店收據上寫「BK-HK-260412」，是訂單號碼嗎？助手：是的，那是預約編號，取消或更改日期時要提供給酒店。
        貓咪腎指數 BUN 45、CREA 2.8，這樣算是第幾期腎病？要開始吃低磷飼料嗎？
        香港的寵物可以帶上港鐵嗎？導盲犬以外有沒有其他例外？
        用戶：鄰居的狗在公共走廊大小便，我該找誰？助手：可以先向大廈管理處反映；若涉及公共衛生，也可致電1823向食環署投訴。
        動物醫院發票：診金 HK$380、X光兩張 HK$1,200、止痛針 HK$260，合共 HK$1,840。保險一般可以報幾多？
    """),
    ("ms", "chat-haiwan"): _lines("""
        Pengguna: Kucing saya Oyen muntah dua kali pagi ni, tapi masih nak makan. Perlu bawa ke klinik ke? Pembantu: Jika muntah berhenti dan dia aktif, pantau 24 jam; tetapi bawa segera jika ada darah, lemah atau tak minum air.
        Macam mana nak mohon lesen anjing dengan Majlis Bandaraya Petaling Jaya? Dokumen apa yang perlu?
        Pengguna: Berapa kos biasa untuk mandul kucing betina di KL? Pembantu: Kebanyakan klinik mengenakan antara RM150 hingga RM350, bergantung pada berat kucing dan sama ada ujian darah dibuat dahulu.
        Tolong buat templat notis kucing hilang dalam BM, biarkan ruang kosong untuk nama kucing, warna, lokasi dan nombor telefon.
        Pengguna: Jiran bela anjing dan bising setiap malam, boleh saya adu ke mana? Pembantu: Anda boleh membuat aduan kepada badan pengurusan bersama atau pihak berkuasa tempatan seperti DBKL atau MBPJ melalui portal aduan mereka.
        Insurans haiwan peliharaan di Malaysia ada tak yang tanggung kos rawatan kucing? Bandingkan secara umum sahaja.
        Pengguna: Resit klinik tulis "No. Invois KV-2026-11-0584, Jumlah RM 436.50". Boleh tuntut insurans tak? Pembantu: Boleh, jika polisi anda meliputi rawatan penyakit; lampirkan resit asal dan laporan doktor haiwan.
        Hotel kucing minta kad vaksin terkini (F3 atau F4), boleh terangkan beza F3 dengan F4?
        Apakah hukum memelihara anjing menurut pandangan mazhab Syafie? Terangkan secara ringkas dan neutral.
        Pengguna: Kucing kami Comot tak kencing sejak semalam. Pembantu: Kucing jantan yang tak dapat kencing mungkin mengalami sekatan saluran kencing; ini kecemasan, bawa ke klinik 24 jam sekarang juga.
        Notis kepada penghuni: Haiwan peliharaan tidak dibenarkan berkeliaran di lobi dan taman permainan. Pihak pengurusan akan bertindak mengikut Undang-undang Kecil 12(3).
        Pengguna: Tun Mahathir pernah bela kucing ke? Pembantu: Ya, kucing beliau bernama Kiki sering muncul dalam hantaran media sosialnya sekitar tahun 2018.
        Boleh tak bawa kucing naik kapal terbang domestik dari KLIA ke Kuching? Syarikat penerbangan mana yang benarkan?
        Klinik Veterinar Taman Melawati, tel 03-4108 2236, buka 9 pagi hingga 9 malam. Kalau kucing kena langgar pukul 11 malam, patut pergi mana?
    """),
    ("mixed", "chat-campur"): _lines("""
        User: my dog Milo kena tick fever, vet kasi doxycycline 21 days. Boleh ke stop awal kalau dia dah ok? Assistant: Jangan stop awal; tick fever (ehrlichiosis) perlu habiskan kursus penuh supaya tak relapse.
        我的猫 Kaya 今天 check-up, vet 说 her teeth ada tartar, need scaling, 大概要多少钱 in SG?
        User: 保险 claim 被 reject 了, reason is "bilateral condition", what does that mean ah? Assistant: 意思是左右两边的同一种病（比如两边膝盖）会被当成同一个病处理，如果一边以前有病史，另一边也可能被拒赔。
        Can help me translate this to BM for the condo notice: "Please clean up after your dog at the playground. Thank you!"
        请问 boarding 的时候 cat 一直不吃东西, how many days is still ok?
        User: PetLovers order #PLC-3381927 belum sampai lagi, dah 5 hari Assistant: Semak status penghantaran dalam app; kalau lebih 7 hari bekerja, hubungi khidmat pelanggan dengan nombor pesanan itu.
        邻居的 dog 一直 bark 到半夜, I want to complain to town council but 不想 too aggressive, can you draft one?
        vet cakap my rabbit ada malocclusion, 需要定期 trim teeth, is it painful for him?
        User: how to say "pet insurance claim form" in Chinese and Malay? Assistant: 宠物保险理赔申请表 in Chinese, and "borang tuntutan insurans haiwan peliharaan" in Malay.
        Garfield and Jon Arbuckle 那个 comic 里, Garfield 是什么品种的猫 ah?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        can you fix the grammar? "Dear Sir, I am writing to claim for my dog Bobo's surgery. Policy holder: Gerald Tan Wei Ming, NRIC S8734521A, mobile 9684 2173. Total bill S$3,480."
        please summarise this vet discharge note for my mum: Patient: Snowy (Maltese, 11y) | Owner: Mrs Lakshmi d/o Raman | Tel 8271 5930 | Dx: mitral valve disease stage B2 | Rx: pimobendan 1.25mg bid
        LOST CAT!! grey british shorthair named Earl, escaped from Blk 418 Tampines St 41 on Sat night. pls call/whatsapp Jasmine 9035 7718, reward given
        my neighbour at #07-235, a guy called Darren Koh, keeps letting his husky run loose at the void deck and it bit my son's leg last week, help me write a police report
        Boarding registration - OWNER: MUHAMMAD HAFIZ BIN ROSLAN | IC: 880614-10-5523 | H/P: 012-748 3391 | PET: Simba (Persian, M, 3y) | Check-in 20/12/2026 | Emergency contact: NUR AISYAH BINTI KAMAL 019-226 5840
        hi can u help me write a message to my manager, I'm Priyanka a/p Subramaniam from the finance team, I had to rush my cat to the emergency vet at 3am so I couldn't come in this morning
        The boarding site wants me to retype my card for the deposit, is this page safe? 4556 1897 6081 8139 exp 09/28
        Import permit (Australia) - Importer: Ms Chen Jiayi, passport E93618427, address Blk 12 Marine Terrace #05-41 Singapore 440012, dog: Mantou (toy poodle). Which supporting documents am I missing?
        my husband Kelvin Ng Boon Hock just got scratched deep by our cat and he's diabetic, should he see a doctor tonight?
        To Tampines Town Council: I, Rosalind Pereira of Blk 301 Tampines St 33 #11-187, wish to complain again about the dog in #11-189 which barks from 5am daily. Please make this firmer.
        Got this SMS, is it legit? "Reminder: Max (owner: David Ho Jun Jie) is due for his annual vaccination on 14/12. Reply Y to confirm. - Sunshine Animal Clinic"
        Draft an email to PawSure saying my email changed to kenji.lim.sg@hotmail.com and my mobile is now +65 8920 4416, policy PTS-2026-0051930.
        Refund for the cancelled boarding goes to DBS account 027-81544-2, account name LIM HUI SHAN, amount S$240 - can you write the request to the hotel?
        Guys anyone at Parc Esta seen a white pomeranian? He's mine, name is Cotton. Contact me (Wendy) at 8562 0193 or telegram @wendyloh_cotton
        Pasted from the insurer: "Dear Mr Faizal bin Othman, your claim for Luna (Domestic Short Hair) dated 02/11/2026 has been approved. RM 1,184.00 will be credited to your Maybank account 1140 2283 7715 within 7 working days." What does 7 working days mean if Friday is a holiday?
        Owner: Joanne Lee / HP 9822 1046 / Pet: Oreo (cat) / Visit: limping left hind leg / Paid S$185 NETS
    """),
    "zh-Hans": _lines("""
        帮我看下这个宠物保险理赔申请表填得对不对：被保险人 王嘉怡，身份证 310115199203074629，手机 15921847730，宠物 布丁（英短蓝猫），就诊医院 瑞派宠物医院，费用 4,860元。
        我叫刘建国，住深圳南山区科苑路15号3栋1204，楼下邻居家的狗天天叫，帮我写个给物业的投诉信
        寻狗启事：柯基"旺仔"，11月30日在成都锦江区东门大桥附近走失，有线索请联系 赵女士 186-1045-2283，必有重谢！
        各位邻居，我家的三花猫丢了，3号楼802，微信号 lily_chen0614，看到请加我，谢谢大家
        我老婆陈晓雯怀孕三个月了，家里的猫要不要送走？医生说先查一下弓形虫
        请帮我把退款信息整理成表格：户名 孙立伟，开户行 中国农业银行北京朝阳支行，卡号 6228480322754979142，退款金额 1,380元（寄养取消）。
        寄养合同 乙方：黄志强 身份证号：110105197511223578 联系电话 138 2376 5419，请帮我看看里面有没有不合理条款
        我是杭州的周敏，身份证33010619960829124X，想给我家金毛办犬证，需要准备什么材料？
        宠物医院预约记录：2026-12-08 14:30 | 主人：李国华 | 电话：13966281407 | 宠物：豆豆（泰迪，8岁）| 项目：洗牙+拔牙
        帮我润色一下：本人邓丽萍，因家中狗狗咬伤邻居吴先生6岁的儿子，愿意承担全部医药费共计2,350元，并保证以后出门一定牵绳。
    """),
    "zh-Hant": _lines("""
        幫我寫一封信給保險公司：投保人 陳嘉欣，香港身份證 K472819(A)，電話 9437 2816，我隻狗「啤啤」十月做咗膝蓋手術，理賠被拒。
        尋貓啟事：唐貓「阿花」，12月1日喺沙田第一城走失，請聯絡 Kelly 6218 5094（WhatsApp），必有酬謝。
        我係黃偉倫，HKID R618034(4)，住旺角彌敦道688號12樓B室，樓上單位養咗三隻狗成日吠，想寫信俾管理處同食環署
        寵物登記資料變更：飼主 林怡婷，身分證字號 A223815708，手機 0932-617-845，地址 台北市大安區復興南路一段218巷5號3樓，犬名 豆花。
        這是獸醫院的收據，幫我看保險能不能賠：飼主 張家豪／病患 Lucky（柴犬）／診斷 胰臟炎／住院3天／NT$18,600
        我是7樓的蔡小姐，我家貓昨天從陽台跑出去了，LINE ID: yuting.0829，有看到請通知我🙏
        我媽媽吳秀蘭昨天被樓下鄰居何志明的狗咬到手，縫了5針，可以告他嗎？
    """),
    "ms": _lines("""
        Tolong semak borang tuntutan ni: Nama: NURUL HUDA BINTI ISMAIL, No. KP: 920307-14-6218, Tel: 011-2873 4590, Haiwan: Tompok (kucing, 4 tahun), Diagnosis: FLUTD, Kos: RM 1,250
        Kucing hilang!! Oren gemuk nama Abang, hilang dekat Seksyen 7 Shah Alam. Sesiapa jumpa tolong call Farah 017-638 2214, ada upah.
        Saya Mohd Azlan bin Yusof, jiran rumah no. 23 Jalan SS 2/64 Petaling Jaya asyik biar anjing dia berak depan pagar rumah saya, tolong tulis surat aduan kepada MBPJ
        saya nak transfer deposit hotel kucing ke akaun CIMB 7062884193 atas nama Siti Zulaikha binti Ahmad, betul ke format ni?
        Mesej kepada tuan rumah: Encik Rahman, saya Kavitha a/p Ganesan penyewa unit B-12-3, saya nak minta izin bela seekor kucing dan akan tanggung kos kerosakan jika ada.
        Resit klinik: Pemilik: Tan Boon Keat | No. Tel: 012-336 7481 | Haiwan: Mochi (anjing) | Rawatan: vaksin DHPPi + rabies | Jumlah: RM 185.00
        anak saya Aiman bin Hafiz umur 7 tahun kena gigit kucing jiran semalam, perlu suntikan rabies ke? kami tinggal di Taman Desa Jaya, Johor Bahru
        Terima kasih Puan Zarina binti Osman. Tempahan anda untuk Coco (3-8 Jan) telah disahkan. Kami akan hubungi anda di zarina.osman77@gmail.com.
    """),
    "mixed": _lines("""
        eh can help me reply this vet? they ask my details: name Lim Jia Hui, IC 010415-01-1374, phone 016-442 8305, address No 8 Jalan Harmonium 23/5, Taman Desa Tebrau, 81100 JB. Cat name Kuro 要打疫苗
        我的 neighbour Uncle Ah Huat at Blk 612 #04-118 养了 6 只猫, every night 在 corridor 吵, 我想 report to AVS, 可以帮我写吗
        pls help me check the transfer: PayNow to 9127 6640 (Jeremy Sim) S$350 for 7 nights cat sitting, correct or not ah?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are PawPal, the virtual assistant of Harbourfront Vet Group. Logged-in client: Ms Eleanor Fernandez, client ID HVG-20817, mobile +65 9173 5528. Pets: Biscuit (cocker spaniel, 9y, on levothyroxine).",
        ),
        ("user", "when is Biscuit's next thyroid blood test due?"),
        (
            "assistant",
            "Hi Eleanor, Biscuit's last T4 test was on 12 September, so the next one is due in mid-December. Would you like me to book a slot?",
        ),
        ("user", "yes please, saturday morning if possible"),
    ],
    [
        ("user", "I need help writing a claim letter, my cat had a urinary blockage last week"),
        (
            "assistant",
            "Sorry to hear that. Could you give me the policyholder's name, the policy number and the total bill so I can fill them in?",
        ),
        (
            "user",
            "Policyholder is Samuel Ong Kah Seng, policy PTS-2026-0072261, bill was S$2,960 for catheter and 3 nights hospitalisation",
        ),
        (
            "assistant",
            "Here's a draft: Dear Claims Team, I, Samuel Ong Kah Seng, holder of policy PTS-2026-0072261, wish to claim S$2,960 for my cat's treatment for urethral obstruction, including catheterisation and three nights of hospitalisation. The itemised invoice and clinical notes are attached.",
        ),
    ],
    [
        ("user", "my dog ran away during the fireworks last night, help me make a poster"),
        (
            "assistant",
            "I'm sorry. Tell me the dog's name, look, where he was last seen, and how people should reach you.",
        ),
        (
            "user",
            "Lucky, brown mongrel with white chest, last seen Jurong West St 91 near the hawker centre. I'm Aaron, 8745 3012",
        ),
        (
            "assistant",
            "MISSING DOG - LUCKY / Brown mongrel, white chest / Last seen: Jurong West St 91, near the hawker centre / Please call or WhatsApp Aaron at 8745 3012. Thank you!",
        ),
    ],
    [
        ("user", "楼上的狗每天早上5点就开始叫，快受不了了"),
        ("assistant", "可以先给物业写一封正式的投诉信。方便告诉我您的楼栋房号和楼上的情况吗？"),
        ("user", "我住12栋1702，楼上1802住的是一个叫钱文斌的男的，说了好几次都不听，还骂人"),
        (
            "assistant",
            "好的，草稿如下：尊敬的物业管理处：本人为12栋1702业主，楼上1802住户钱文斌先生饲养的犬只每日清晨5点起持续吠叫，经多次沟通无果，恳请物业介入处理。",
        ),
    ],
    [
        (
            "user",
            "Moving my cat from Shanghai to Singapore. The AVS import licence form asks for my passport no. and ID. Passport is EH5129843 and my Chinese ID is 440305198806142179, which box goes where?",
        ),
        (
            "assistant",
            "Put EH5129843 under 'Passport / Travel Document No.' and leave 'NRIC/FIN' empty if you don't have one yet; the Chinese ID can go under 'Other identification' if the form has it.",
        ),
        (
            "user",
            "ok and the cat is called Doudou, 4 years, British shorthair, arriving on 18 January",
        ),
    ],
    [
        ("user", "我隻貓要做手術，想問保險點樣 claim？"),
        (
            "assistant",
            "一般要填理賠表、附上醫院收據同埋獸醫報告。表格上要寫保單持有人資料，你有保單在手嗎？",
        ),
        ("user", "保單持有人係我老公 李志偉，HKID Y305126(7)，佢手機 5173 6682，貓叫豆豉"),
        (
            "assistant",
            "好，表格第一部分填：持有人 李志偉，身份證 Y305126(7)，聯絡電話 5173 6682；第二部分填豆豉嘅手術日期同診斷。",
        ),
    ],
    [
        ("user", "Nak tempah hotel kucing untuk cuti sekolah, boleh tolong tulis mesej?"),
        (
            "assistant",
            "Boleh! Saya perlukan nama penuh, nombor telefon, tarikh dan bilangan kucing.",
        ),
        (
            "user",
            "Nama saya Sharifah Nadia binti Syed Hamid, 013-905 4472, 14 hingga 21 Dis, dua ekor kucing",
        ),
        (
            "assistant",
            "Salam, saya Sharifah Nadia binti Syed Hamid (013-905 4472). Saya ingin menempah penginapan untuk dua ekor kucing dari 14 hingga 21 Disember. Mohon maklumkan kadar dan kekosongan. Terima kasih.",
        ),
    ],
    [
        ("user", "my pet insurer charged my card twice this month"),
        ("assistant", "That's frustrating. Which card was it and how much were the two charges?"),
        ("user", "Mastercard 5424 1816 8632 6203, both charges S$58.20 on 1 Dec"),
        (
            "assistant",
            "Please avoid sharing full card numbers here. Call your bank to dispute the duplicate S$58.20 charge and email the insurer with the transaction dates.",
        ),
    ],
    [
        ("user", "狗狗咬傷路人，對方要求賠償，我該怎麼辦？"),
        (
            "assistant",
            "先確認對方傷勢並保留就醫單據，協商不成可申請鄉鎮市調解委員會調解。方便說一下事情經過嗎？",
        ),
        (
            "user",
            "被咬的是隔壁的鄭雅文小姐，她在台大醫院縫了3針。我是飼主許家銘，身分證 F126930447，調解申請書要怎麼寫？",
        ),
    ],
    [
        (
            "user",
            "summarise this condo group chat for me: [10:02] Angela Tay: whose dog poo at lift lobby B again?? / [10:05] Harith: it's the golden retriever from 15-03, owner is that Mr Vincent Chua / [10:07] Angela Tay: ok I'm reporting to MCST",
        ),
        (
            "assistant",
            "Summary: Angela Tay complained about dog waste at lift lobby B; Harith said it belongs to the golden retriever of Mr Vincent Chua in unit 15-03; Angela will report it to the MCST.",
        ),
    ],
    [
        ("user", "can you translate this vet report into simple Chinese for my grandma?"),
        ("assistant", "Of course, please paste the report."),
        (
            "user",
            "Owner: Mdm Goh Ah Lian, 82, Blk 55 Chai Chee Rd #09-12 / Patient: Ah Boy (mongrel, 13y) / Findings: splenic mass, recommend splenectomy / Estimate S$4,200",
        ),
        (
            "assistant",
            "主人：吴亚莲女士，82岁，地址 Blk 55 Chai Chee Rd #09-12 / 狗狗：Ah Boy（13岁）/ 检查发现脾脏有肿块，建议切除脾脏 / 预估费用 S$4,200",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Insurans PetJaga. Maklumat pelanggan: Encik Arjun a/l Krishnan, No. KP 750822-07-5091, polisi PJ-88301, haiwan: Rocky (anjing).",
        ),
        ("user", "status tuntutan saya macam mana?"),
        (
            "assistant",
            "Encik Arjun, tuntutan anda untuk Rocky sedang disemak oleh doktor panel kami dan dijangka selesai dalam 5 hari bekerja.",
        ),
    ],
    [
        ("user", "猫走丢了怎么办，急死了"),
        (
            "assistant",
            "先别慌，猫一般躲在附近，晚上拿它熟悉的罐头在楼道和地下车库轻声叫它，同时发寻猫启事。",
        ),
        ("user", "帮我写个寻猫启事发朋友圈，猫叫橘子，我电话 13524876190，QQ 2841937765"),
        (
            "assistant",
            "【寻猫】橘猫“橘子”走失，胆小怕人，如有看到请联系 13524876190（QQ 2841937765），万分感谢！",
        ),
    ],
    [
        ("user", "my dad's dog just bit him on the hand, he's 71 and on blood thinners"),
        (
            "assistant",
            "Because he is on blood thinners, please press on the wound and take him to A&E now rather than waiting.",
        ),
        (
            "user",
            "ok we're going to CGH, his name is Ronald D'Souza, NRIC S9026617I. can you write a short note of what happened for the triage nurse?",
        ),
        (
            "assistant",
            "Patient: Ronald D'Souza (NRIC S9026617I), 71. Bitten on the right hand by his own dog about 30 minutes ago. On anticoagulants; bleeding controlled with pressure. Dog vaccinated.",
        ),
    ],
    [
        ("user", "I'm on an employment pass, can I apply for a dog licence in Singapore?"),
        (
            "assistant",
            "Yes, FIN holders can apply online; you'll need your FIN, address and the dog's microchip number.",
        ),
        (
            "user",
            "great, I'm Marco Bianchi, FIN G5830271L, living at 10 Leedon Heights #03-07. can you list the steps?",
        ),
    ],
    [
        ("user", "my cat sitter asking for payment via DuitNow, is it safe ah?"),
        (
            "assistant",
            "DuitNow is fine as long as you confirm the recipient name that shows up before paying.",
        ),
        (
            "user",
            "her DuitNow is 012-938 4116, name shows Chloe Wong Mei Xin, RM 280 for 4 days, ok right?",
        ),
    ],
    [
        (
            "system",
            "你是「毛孩安心保」客服助理。目前客戶：王雅婷，身分證字號 B204751637，保單 PET-TW-2025-77104，寵物：奶茶（米克斯犬，7歲）。",
        ),
        ("user", "我想續保，保費會漲嗎？"),
        (
            "assistant",
            "王小姐您好，奶茶今年滿7歲，續保保費預估調升約15%，需要我寄試算表到您登記的信箱嗎？",
        ),
    ],
]
