# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat102: chats asking an assistant for help with ones own pets (vet bills, insurance claims, lost pets, boarding, neighbours, adopting). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vet bill chat"): _lines("""
        User: My cat swallowed a hair tie 2 hours ago and seems fine, do I really need to rush to the 24h emergency vet? Assistant: Linear foreign bodies like hair ties can bunch up the gut even when a cat looks normal at first; call an emergency vet now, they may be able to make her vomit it up if it was recent.
        User: vet quoted $2,400 for a dental with 4 extractions for my 11 yo shih tzu, is that reasonable in singapore? Assistant: For a senior dog with extractions, S$1,500–3,000 is a common range once pre-anaesthetic bloodwork, anaesthetic monitoring and dental X-rays are included; ask for an itemised estimate.
        User: Can you explain what each line on this invoice means: "CBC + Chem 17", "SDMA", "Cerenia 16mg inj", "Hospitalisation (ICU) x2"? Assistant: CBC and Chem 17 are blood panels, SDMA is an early kidney marker, Cerenia is an anti-nausea injection, and the last line is two days in intensive care.
        User: Is it normal for a vet to charge a consultation fee again when I come back for a recheck 3 days later? Assistant: Many clinics charge a reduced recheck fee and some waive it within 7–14 days; it's fair to ask the front desk about their policy before you book.
        User: how do I ask my vet for a payment plan without sounding cheap Assistant: Just be direct: "The estimate is more than I can pay at once, do you offer instalments or work with any pet financing?" Vets hear this every day and it's nothing to be embarrassed about.
        User: My insurer says my dog's cruciate ligament tear is a "bilateral condition" so the second knee isn't covered. What does that mean? Assistant: Many policies treat cruciate disease as bilateral: if one knee was injured before cover began or was excluded, the other knee is excluded too. Check the definitions section of your policy wording.
        User: what's the difference between accident-only and illness cover for pets? Assistant: Accident-only pays for injuries such as fractures, bites or swallowed objects; illness cover also pays for conditions like infections, cancer or kidney disease, and costs more.
        User: My rabbit hasn't eaten since last night, is that an emergency? Assistant: Yes. In rabbits, 12 hours without food can mean GI stasis, which becomes life-threatening quickly, so please see an exotics vet today.
        User: Should I get a second opinion before agreeing to a $5k surgery for a mast cell tumour? Assistant: It's reasonable to ask for the biopsy grade and staging first and to consult a veterinary oncologist; most vets welcome a second opinion.
        User: Our clinic's invoice lists "Biohazard disposal $12", is that a normal charge? Assistant: Yes, many clinics add a small fixed fee for sharps and clinical waste; it usually appears once per visit.
        User: My dog is 13 and the vet brought up euthanasia. How do I know it's time? Assistant: Quality-of-life scales such as HHHHHMM (hurt, hunger, hydration, hygiene, happiness, mobility, more good days than bad) can help you and your vet decide together.
        User: I keep forgetting my cat's monthly heartworm dose, any simple reminder setup? Assistant: A recurring calendar reminder on the 1st of each month works well, and most pet-care apps can also track vaccinations and vet visits.
        User: what does "pre-existing condition" mean in pet insurance if the symptoms started before the policy but there was no diagnosis yet? Assistant: Most insurers count a condition as pre-existing if signs were noted in the clinical records before cover began or during the waiting period, even without a formal diagnosis.
        User: Vet says my kitten needs FVRCP at 8, 12 and 16 weeks then a booster, why so many shots? Assistant: Antibodies from the mother can block early vaccines, so a series makes sure at least one dose takes effect once those antibodies fade.
        User: The emergency clinic charged $380 just to walk in at 2am, is that a scam? Assistant: After-hours emergency consult fees of S$150–400 are common because clinics keep vets and nurses on overnight; it isn't a scam, but you can ask for the fee schedule upfront.
        User: can i claim prescription diet food under pet insurance? Assistant: Usually not; most policies exclude food, even prescription diets, though a few premium plans pay for it for a limited period after diagnosis.
    """),
    ("en", "template request"): _lines("""
        Write a lost dog poster template: LOST DOG – [Name], [breed], last seen near [location] on [date]. Call [owner phone]. Reward offered.
        Can you draft a polite note to a neighbour whose dog barks all night? Keep the names as [Neighbour] and [Your name], I'll fill them in myself.
        Give me a pet insurance claim cover letter template with fields for policy number, claim date, treating clinic and invoice total.
        Please write a pet sitter handover sheet: feeding times, meds, vet contact, emergency contact — leave blanks like ________ for me to fill.
        Make a checklist of what to bring when boarding my cat for two weeks over Chinese New Year.
        Help me answer "Why do you want to adopt this dog?" on an adoption form. We live in a 4-room HDB flat and both work from home 3 days a week.
        Generate a Google Form outline for our rescue group's foster application: applicant name, contact number, housing type, other pets, consent checkbox.
        Draft an appeal letter to my pet insurer for a denied claim, with placeholders for [Policy No.], [Claim Ref], [Pet's name] and [Diagnosis].
        Write a short WhatsApp message to the boarding kennel asking if they can give my dog his thyroid tablet twice a day.
        Translate into Chinese: "Please do not feed the community cats at the void deck; contact the town council if there is a problem."
        Write a JSON schema for a pet boarding booking with fields owner_name, owner_phone, pet_name, species, check_in, check_out, vaccination_proof (all strings, all required).
        Could you write a Python function that validates our internal claim IDs of the form CLM-YYYY-NNNNNN, e.g. CLM-2026-004817?
        Make a table comparing three pet insurance plans by annual limit, co-pay, waiting period and maximum entry age, using dummy values.
        Rewrite this to sound friendlier: "Owners must collect pets by 6pm or a late fee of $30 applies. No exceptions."
    """),
    ("en", "clinic notices and references"): _lines("""
        Your claim CLM-2026-004817 has been received and is under assessment. Expect a decision within 10 working days. Please do not reply to this email.
        Order #PF-7781920 shipped: Royal Canin Renal RF14 2kg x3, tracking SPXSG038274651, estimated delivery 9 Dec.
        Reminder from Happy Paws Veterinary Clinic: rabies and DHPP boosters are due this month. Book online or call 6456 7812 (Mon–Sat 9am–7pm).
        Vaccination record page: Nobivac DHPPi, batch A239B01, exp 08/2027 | Nobivac Rabies, batch 7G412, exp 03/2028 | next due 14/11/2027.
        Invoice INV/2026/11/00934 — Consultation $65.00, Bravecto 20–40kg $58.00, Nail trim $15.00, GST 9% $12.42, Total $150.42.
        Policy wording PW-PET-2025v3, section 4.2: a waiting period of 14 days applies to illness and 6 months to cruciate ligament conditions.
        Clinic closed 25–26 Dec. For emergencies please call the 24-hour Animal Emergency Centre hotline at 6287 1190.
        Boarding rates from 1 Jan 2027: cat S$38/night, small dog S$55/night, large dog S$70/night; add S$10/day for medication.
        Firmware v2.4.1 for the SmartFeed automatic feeder is out: fixes the portion-drift bug and adds schedule export.
        Adoption fee: $250 for dogs and $120 for cats, includes sterilisation, microchipping and first vaccination.
        Ticket #HS-448120: customer reports the GPS collar app shows the dog's location about 3 km off. Escalated to firmware team.
        Postcode 588179 is outside our pet taxi zone C; a surcharge of $15 applies per trip.
    """),
    ("en", "famous animals"): _lines("""
        User: Who was Hachikō's owner? Assistant: Professor Hidesaburō Ueno of Tokyo Imperial University; Hachikō kept waiting for him at Shibuya Station for almost ten years after he died in 1925.
        User: is Larry the cat actually employed by the UK government? Assistant: Larry has been Chief Mouser to the Cabinet Office since 2011; Downing Street staff look after him and he has outlasted several prime ministers.
        User: What breed were Queen Elizabeth II's dogs? Assistant: She was famous for Pembroke Welsh Corgis and also bred "dorgis", corgi–dachshund crosses.
        User: recommend books like All Creatures Great and Small Assistant: Try James Herriot's other books such as "All Things Bright and Beautiful", or Gerald Durrell's "My Family and Other Animals".
        User: What happened to Laika the dog? Assistant: Laika was a Soviet space dog launched on Sputnik 2 in November 1957, the first animal to orbit the Earth; she died during the flight.
        User: In Garfield, what's the name of Jon's dog? Assistant: Odie, the yellow beagle who is usually on the receiving end of Garfield's pranks.
        User: Which US president had a dog named Bo? Assistant: Barack Obama; Bo was a Portuguese Water Dog who joined the family in 2009, followed by Sunny in 2013.
        User: who founded the RSPCA? Assistant: It was founded in London in 1824 by a group that included Richard Martin, Arthur Broome and William Wilberforce.
        User: What's the story of Greyfriars Bobby? Assistant: A Skye Terrier in 19th-century Edinburgh said to have guarded his owner's grave for 14 years; there is a statue of him near Greyfriars Kirkyard.
        User: Is Snoopy a beagle? Assistant: Yes, Charles Schulz's Snoopy from Peanuts is a beagle, and he belongs to Charlie Brown.
    """),
    ("zh-Hans", "宠物保险与就医咨询"): _lines("""
        用户：猫咪买宠物医疗险，等待期一般多久？助手：大多数产品疾病等待期在30天左右，意外一般没有或很短，具体以条款为准。
        请帮我写一份宠物医疗险理赔申请说明，模板里保单号、就诊医院、发票金额都用【】留空。
        用户：狗狗做绝育花了1800元，能走宠物保险报销吗？助手：绝育属于预防性的选择性手术，大部分宠物医疗险不赔，除非是因为疾病需要做的手术。
        用户：宠物医院开的发票抬头写错了，会影响理赔吗？助手：一般需要医院重新开具抬头与投保人一致的发票，建议先联系医院前台更换。
        理赔进度查询：案件号 PCL20261128004417 当前状态为“资料审核中”，预计3个工作日内给出结论。
        用户：猫瘟治疗一周花了六千多，正常吗？助手：猫瘟需要隔离住院、输液和抗病毒治疗，一线城市一周五千到一万都很常见，可以让医院出具费用明细。
        帮我比较几款宠物险：年度保额、免赔额、赔付比例、投保年龄上限，做成表格，数据先用示例。
        【安心宠物医院】温馨提示：本院自12月起调整诊疗费，普通门诊60元，夜间急诊200元，咨询电话 021-5487 3362。
        用户：为什么投保宠物险要拍猫的正脸照和全身照？助手：这是为了核验投保宠物的身份和健康状况，防止一猫多保或带病投保。
        用户：鲁迅为什么讨厌猫？助手：在《狗·猫·鼠》里，鲁迅说讨厌猫是因为它捕到猎物后总要尽情玩弄，也和他童年心爱的隐鼠被害有关。
        用户：老舍的散文《猫》主要写了什么？助手：写了大猫古怪的性格和满月小猫的淘气可爱，语言朴实亲切，是小学语文课文。
        订单号 7789 2031 4456 已发货：幼猫粮 K36 2kg ×2，顺丰单号 SF1402873365921，请注意查收。
        用户：我家狗被别人家的狗咬伤了，医药费找谁？助手：根据民法典第一千二百四十五条，饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任，你可以凭病历和发票向对方主张。
        用户：北京养狗要办什么证？助手：需要到所在区公安分局办理养犬登记证并按期年检，每年给狗打狂犬疫苗，重点管理区内禁止饲养体高超过35厘米的大型犬。
    """),
    ("zh-Hant", "走失寄宿與領養"): _lines("""
        用戶：我隻貓由窗口走咗出去兩日，應該點搵？助手：貓通常會匿喺附近，可以夜晚人少嘅時候帶住牠熟悉嘅零食，喺後樓梯同垃圾房附近慢慢叫牠個名。
        請幫我寫一張尋狗啟事範本：狗名【　】、品種【　】、走失地點【　】、聯絡電話【　】，要簡潔易讀。
        用戶：喺香港點樣更新狗隻晶片登記嘅地址？助手：可以去漁護署轄下嘅動物管理中心辦理，或者打1823查詢，記得帶埋身份證明文件同狗牌。
        用戶：台灣領養流浪狗需要什麼條件？助手：各縣市動保處規定略有不同，一般要年滿20歲、攜帶身分證件、同意絕育和植入晶片，並完成飼主責任講習。
        用戶：蔡英文養的貓叫什麼名字？助手：她的貓叫「想想」和「阿才」，之後還收養了幾隻退役導盲犬，常在社群上分享牠們的日常。
        【毛孩之家】領養日：12月14日（六）下午2時至5時，地點：大安森林公園音樂台旁，現場可填寫領養申請表。
        用戶：寵物寄宿要準備啲咩？助手：針卡、平時食開嘅糧、牠熟悉嘅毯或者玩具，仲要預先同酒店講清楚食藥時間同份量。
        個案編號 AD-2026-1187：申請人已完成家訪，待獸醫體檢報告出爐後安排交收。
        用戶：隔籬屋隻狗成日吠，可以點投訴？助手：可以先同對方傾，唔得就向管理處反映；如果涉及深夜噪音滋擾，可以報警或向環保署查詢。
        用戶：剛領養回來的貓一直躲在床底，正常嗎？助手：很正常，新環境需要幾天到幾週適應，先給牠一個安靜的小房間，放好水碗、貓砂和躲藏的紙箱。
        寵物酒店收費表：小型犬每晚 HK$280，中型犬 HK$350，大型犬 HK$450，貓 HK$200；代餵藥每次另加 HK$20。
        用戶：《忠犬小八》是真實故事嗎？助手：是的，改編自日本秋田犬八公的故事，牠在澀谷站等候已故主人上野英三郎教授將近十年。
        請幫我把這段改得禮貌一點：「你隻貓又喺我門口屙屎，再有下次我就報漁護署。」
        用戶：台北市寵物登記要多少錢？助手：未絕育犬貓登記費1000元，已絕育可減免，可到特約動物醫院辦理，記得帶身分證件。
    """),
    ("ms", "kucing anjing dan jiran"): _lines("""
        Pengguna: Kucing saya muntah kuning pagi tadi, perlu bawa ke klinik ke? Pembantu: Muntah kuning sekali-sekala biasanya sebab perut kosong, tapi kalau berulang, tak mahu makan atau lemah, bawa ke doktor haiwan hari ini.
        Tolong buatkan templat notis kucing hilang: Nama kucing [ ], warna [ ], hilang di [kawasan], hubungi [no. telefon].
        Pengguna: Berapa kos biasa mandul kucing betina kat KL? Pembantu: Biasanya RM150 hingga RM350 di klinik swasta, dan ada program mandul bersubsidi oleh persatuan kebajikan haiwan.
        Pengguna: Jiran bela anjing, bising setiap malam. Boleh buat aduan ke mana? Pembantu: Boleh buat aduan kepada pihak berkuasa tempatan seperti DBKL atau MBPJ, atau kepada JMB kalau tinggal di kondominium.
        Hotel kucing kami: RM25 semalam untuk bilik standard, RM40 untuk suite. Vaksin mesti lengkap. Tempahan melalui talian pejabat 03-7865 4412.
        Pengguna: Betul ke Abu Hurairah digelar bapa kucing? Pembantu: Ya, Abu Hurairah ialah sahabat Nabi Muhammad SAW yang terkenal sayangkan kucing, dan gelarannya bermaksud "bapa kucing kecil".
        Pengguna: Insurans haiwan ada tak kat Malaysia? Pembantu: Ada beberapa syarikat yang menawarkan pelan untuk kucing dan anjing, biasanya meliputi kemalangan, penyakit dan liabiliti pihak ketiga; semak had umur dan tempoh menunggu.
        No. tuntutan TH-2026-11-30882 telah diluluskan. Bayaran RM1,240.00 akan dikreditkan dalam masa 7 hari bekerja.
        Tolong tulis surat rayuan kepada majlis perbandaran tentang kompaun memberi makan kucing jalanan, guna [Nama] dan [Alamat] sebagai tempat kosong.
        Pengguna: Nak ambil kucing dari shelter, apa soalan yang patut saya tanya? Pembantu: Tanya umur, status vaksin dan mandul, sejarah kesihatan, dan perangainya dengan kucing lain atau kanak-kanak.
        Pengguna: Lesen anjing di Selangor kena perbaharui setiap tahun ke? Pembantu: Ya, kebanyakan PBT di Selangor mewajibkan lesen tahunan, dan anjing mesti divaksin rabies serta dipasang cip mikro.
        Waktu klinik: Isnin–Jumaat 9pg–9mlm, Sabtu 9pg–5ptg, Ahad dan cuti umum tutup. Kecemasan luar waktu: 03-5632 9018.
        Pengguna: kucing saya gigit bunga lily sikit, bahaya tak? Pembantu: Sangat bahaya! Semua bahagian pokok lily, termasuk debunga, boleh menyebabkan kegagalan buah pinggang pada kucing. Pergi ke klinik kecemasan sekarang.
        Invois #KV-20261204-017: Konsultasi RM50, suntikan antibiotik RM35, ubat cacing RM18. Jumlah RM103.
    """),
    ("mixed", "code-switched chat"): _lines("""
        User: my dog kena tick fever, vet say need doxycycline 4 weeks, so long ah? Assistant: Yes, about 4 weeks of doxycycline is standard for Ehrlichia; give it with food and recheck the blood count afterwards.
        我家猫一直抓 sofa 怎么办, bought scratching post liao also don't want use
        User: pet insurance 的 co-pay 20% 是什么意思 ah? Assistant: 就是每次理赔在扣除 deductible 之后，你自己付20%，保险公司付80%。
        Boarding kat Petaling Jaya ok tak for 老狗? Need someone can give insulin twice daily.
        User: Can help me translate "请不要在楼下喂流浪猫" into Malay for the lift notice? Assistant: "Sila jangan beri makan kucing liar di tingkat bawah."
        User: 隔壁 uncle 的狗 always 吠 until 2am, 可以 complain 去 town council 吗? Assistant: Yes, pet noise in HDB estates can be reported to the Town Council or through the OneService app; they usually advise the owner first.
        Vet bill S$1,860 for pyometra spay, insurance say waiting period tak cover, sian.
        User: 领养 shelter 的狗要 home visit 吗? Assistant: Usually yes, many shelters do a home check, and HDB owners can only adopt approved breeds or dogs under Project ADORE.
        User: lost cat poster in English + 中文 please, leave blank for phone no. and reward amount
        User: my cat pee outside litter box suddenly, is it UTI ah? Assistant: Could be; sudden peeing outside the box is a classic sign of cystitis, and if he's straining with little urine coming out, go to the vet today because a blockage is an emergency.
        Eh the groomer cut my poodle's ear, 要怎么 ask them pay the vet bill politely?
        User: 八哥犬 buy insurance got exclusion for breathing problem one, normal? Assistant: Yes, many insurers exclude brachycephalic airway syndrome for pugs, bulldogs and Frenchies or charge a higher premium.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you check if I filled this in correctly? CLAIM FORM – PET INSURANCE | Policyholder: RACHEL GOH HUI MIN | NRIC: S8837461D | Mobile: 9734 2816 | Pet: Biscuit (Corgi, 4y) | Date of treatment: 02/11/2026 | Clinic: Happy Paws Veterinary Clinic | Amount claimed: S$1,284.60
        Make this more urgent for Facebook: Lost dog!!! Brown toy poodle "Cookie" missing since Sat night near Blk 412 Bedok North Ave 2. Please call/WhatsApp Vanessa at 8265 1093, reward $500
        Hi, can you reword this for my neighbour: "Mr Gregory Hollis at #07-12, your two Huskies have been howling from 11pm to 3am every night since October and I have recordings."
        pls write a msg to the cattery: refund for the cancelled boarding should go to my DBS account 026-482913-7, name Joanne Lim Shu Fen
        My card 4543 1229 5289 2642 was charged twice by the vet (S$412 each) on 28 Nov, how do I dispute one of them?
        Adoption application draft — Applicant: Kavitha a/p Subramaniam, 34, staff nurse, 3-room HDB in Yishun, husband Ravi works night shifts, no kids. Please make my "about me" section sound more responsible.
        Help me split this into claimable and non-claimable items: Client: Mr Daniel Fernandez | Address: 27 Jalan Kembangan, Singapore 419138 | Patient: Max (Labrador, M, 9y) | Dx: hemangiosarcoma, splenectomy | Total S$7,930.00
        my mum Tan Ah Lian (72) keeps feeding 9 stray cats at the void deck and the town council fined her $200 last week, help me write an appeal for her
        Format this nicely: Pet sitter contact sheet — Owner: Jennifer O'Brien, jen.obrien.home@gmail.com, +65 9017 4482; Backup: her brother Liam O'Brien, 8473 2019; Vet: Novena Animal Clinic
        Please check my letter: "Dear Sir/Madam, I, Chen Yu-ting (Taiwan passport no. 358214907), am relocating from Taipei to Singapore on 15 Jan with my cat and wish to apply for an import licence."
        Boarding log 04/12 14:05 | CHECK-IN | Owner: Marcus Teo | HP 9123 6604 | Dog: Rocky (Beagle, 10y) | Meds: phenobarbital 30mg BID, epileptic | Out: 19/12
        Can you summarise this email for me? From: Farhan Rosli <farhan.rosli92@yahoo.com> "Your cat scratched my daughter Aisyah at the playground on 3 Dec, the clinic bill was $86, please PayNow to 8812 0457."
        Please check my English: "I am Wong Kar Lok, HKID K583920(3), owner of the Shiba Inu that bit a courier at Tai Koo Shing on 20 Nov. I will pay his medical fees in full."
        Is this what AVS needs for a licence transfer? Previous owner: Priya d/o Ramasamy. New owner: Benjamin Lau Jun Hao, tel 9652 3170, Blk 118 Tampines St 11 #05-233.
    """),
    "zh-Hans": _lines("""
        帮我看下这个理赔申请填对没有：被保险人 王志强，身份证号 310115199308240718，手机 138 2741 9065，宠物：橘猫“大橘”，就诊日期2026-11-19，金额3260元
        帮我改得更吸引人一点：寻猫启事！英短蓝猫“豆豆”，11月30日晚在杭州西湖区文三路附近走失，主人李晓雯 159 0218 6473，必有重谢！
        邻居刘建国家的金毛天天在电梯里随地大小便，物业说管不了，帮我给居委会写一封投诉信，他家住3栋1202。
        我是陈雨桐，猫做了膀胱结石手术花了8900，保险公司让我填收款银行卡，卡号 6228 4826 7382 1024，帮我写个理赔说明。
        把这个整理成表格：宠物寄养登记｜主人：张思琪｜微信：siqi_zhang0607｜电话：186-1037-5524｜宠物：泰迪“可乐”，3岁，对鸡肉过敏｜寄养日期：12/20–1/3
        帮我润色一下领养申请：本人赵磊，41岁，在成都做程序员，身份证510107198502140633，独居，家里已有一只绝育的猫，接受定期回访。
        我妈周美玲上周被楼下的狗咬了，打狂犬疫苗花了1200，狗主人黄子轩（2单元301）不肯赔，我该怎么起诉他？
        宠物医院病历：主人 孙丽 电话 13926458017；宠物 比熊“奶糖”；犬瘟热阳性，住院5天。帮我看看这个治疗方案合不合理
        帮我写条朋友圈：找狗！柯基“元宝”昨天在望京SOHO附近走丢了，有线索请联系何女士，微信 yuanbao_mama2019，重谢！
    """),
    "zh-Hant": _lines("""
        幫我睇下呢份寵物保險索償表啱唔啱：投保人：陳家豪　身份證：Y417062(6)　電話：9632 5081　寵物：唐狗「豆腐」　病症：誤食朱古力　金額：HK$4,680
        請幫我把這段寫成領養切結書：領養人林佩珊，身分證字號 A238475618，手機 0928-417-305，住台北市大安區，領養米克斯犬「小黑」並同意絕育及定期回報。
        樓上18樓B室嘅黃志明先生成日喺露台放佢隻貓出嚟，隻貓跳落我哋單位打爛咗花盆，幫我寫封信俾管理處投訴佢。
        這是獸醫傳給我的簡訊，幫我翻成英文：「吳淑芬小姐您好，您的貓咪咪咪已完成結紮手術，費用NT$3,800，請於明日下午三點前來接回。」
        幫我改短啲貼上 Facebook：尋狗！！金毛「Lucky」12月1號喺沙田城門河畔走失，主人張偉倫 6174 2398，有重酬
        我叫鄭俊傑，我的狗上週在公園咬傷鄰居的小孩，對方家長要求賠償醫藥費 NT$25,000，請問這個金額合理嗎？
        寵物寄宿合約｜飼主：蔡宜君｜身分證：F283640179｜Line ID：yijun_tsai88｜寄宿期間：2026/12/24–2027/01/02｜請幫我檢查格式
        我阿媽何詠詩今年68歲，佢隻貓上個月過咗身，佢日日喊，住將軍澳，有冇寵物善終或者輔導服務推介？
    """),
    "ms": _lines("""
        Tolong semak borang tuntutan insurans haiwan saya: Nama: AHMAD FAIZAL BIN OSMAN | No. KP: 880521-14-5723 | Tel: 012-384 7261 | Haiwan: Kucing Parsi "Oyen" | Rawatan: pembedahan batu karang | Jumlah: RM2,850
        Tolong betulkan ayat: KUCING HILANG! Kucing oren nama Comot, hilang di Seksyen 7 Shah Alam pada 28/11. Sesiapa jumpa sila hubungi Siti Nur Hidayah 017-629 0453. Ganjaran RM200.
        Jiran saya Encik Rajesh a/l Krishnan di No. 14, Jalan SS 2/55 biarkan anjingnya berak depan pagar saya setiap pagi. Tolong tulis surat aduan ke MBPJ.
        Saya Nor Azlina binti Hashim, tolong karang mesej kepada pelanggan bahawa deposit penjagaan kucing dia akan dipulangkan dari akaun Maybank saya 1642 8830 5917.
        Tolong semak ejaan: Borang pengangkatan kucing | Pemohon: Muhammad Hafiz bin Ismail | KP: 920308-10-6287 | Alamat: No. 8, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam | Pekerjaan: juruteknik
        Adik saya Aishah binti Yusof (KP 010227-01-0846) pelajar sarjana di UPM, dia alahan bulu kucing tapi tetap nak bela kucing, macam mana saya nak nasihat dia?
        Log penjagaan 03/12 08:00 — Pemilik: Lim Siew Ling (016-552 8310) — Anjing: Bobo — beri Apoquel 16mg; 20:00 — muntah sekali, pemilik dimaklumkan. Tolong ringkaskan.
        Bil klinik haiwan: Pelanggan MOHD KHAIRUL ANUAR BIN ZAINAL, 750912-07-5331, Bayan Lepas; kucing Garfield — FIP, rawatan 84 hari, RM9,400. Boleh bantu buat pelan bayaran ansuran?
    """),
    "mixed": _lines("""
        eh can help me reply this aunty ah: "Hi I'm Mdm Lee Mei Fong from Blk 203 Serangoon Central #11-14, ur dog bite my grandson's leg at the playground yesterday, clinic say need tetanus, u must pay" 我应该怎么回?
        Boarding confirmation tolong translate ke English: 主人 Tan Wei Jie, HP 011-2654 8937, kucing 2只 (Mochi & Tofu), check-in 20 Dis, check-out 2 Jan, deposit RM100 paid.
        my wife Nurul Aisyah binti Kamarudin kena bitten by our own cat, hand swollen, 现在在 Sunway Medical 急诊, insurance can claim or not?
        NRIC T1148620C is my son Ethan Ong, 15 years old, he want to volunteer at the animal shelter every Saturday, 需要 parent consent form 吗?
        Pls check: applicant Chua Boon Keat, FIN G5204719L, Malaysian working in SG, 想领养 HDB-approved dog, landlord ok but 合约 end next June, got problem or not?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the claims helper for PawSure Pet Insurance. Customer record: name Daniel Tan Kok Wai; NRIC S7524103H; mobile 8336 9024; policy PS-DOG-4418820 (Essential Plus, annual limit S$15,000, 20% co-pay); insured pet Luna, Golden Retriever, 6 years. Never reveal internal notes.",
        ),
        ("user", "hi why was my claim for Luna's ear infection rejected??"),
        (
            "assistant",
            "Hi Daniel, I'm sorry about that. Claim CLM-2026-118204 was declined because Luna's records show an ear infection treated in March 2025, before your cover started, so it was assessed as pre-existing. You can appeal with a vet letter confirming the earlier infection had fully resolved.",
        ),
        ("user", "ok can you draft that appeal letter for me"),
    ],
    [
        (
            "user",
            "can you fill in the boarding form for the cattery for me, I'll give you the details",
        ),
        (
            "assistant",
            "Of course. I'll need the owner's full name and contact number, an emergency contact, your cat's name, age, medical conditions and medication, and the check-in and check-out dates.",
        ),
        (
            "user",
            "Owner: Clarissa Rodrigues, 9450 7713. Emergency: my sister Natalie Rodrigues 9281 5546. Cat Pudding, 8, hyperthyroid, methimazole 2.5mg twice a day with food. In 21 Dec, out 2 Jan.",
        ),
        (
            "assistant",
            "Here's the completed form: Owner — Clarissa Rodrigues (9450 7713) | Emergency contact — Natalie Rodrigues (9281 5546) | Cat — Pudding, 8 yrs | Condition — hyperthyroidism | Medication — methimazole 2.5 mg twice daily with food | Stay — 21 Dec to 2 Jan.",
        ),
    ],
    [
        ("user", "我家狗把快递员咬了，对方要我赔钱，我该怎么处理？"),
        (
            "assistant",
            "先确认伤情和已经产生的费用，保留好对方的就医票据。根据民法典，饲养人一般要承担赔偿责任，除非能证明对方故意或有重大过失。你可以把具体情况告诉我，我帮你起草一份和解协议。",
        ),
        (
            "user",
            "快递员叫杨帆，手机15027846193，说打狂犬疫苗加缝针一共2300，还要误工费800。我叫吴秀兰，身份证330106197611020388，住杭州西湖区。",
        ),
        (
            "assistant",
            "好的，草稿如下：甲方吴秀兰（身份证号330106197611020388），乙方杨帆（手机15027846193）。因甲方饲养的犬只咬伤乙方，甲方一次性支付医疗费2300元及误工费800元，共计3100元，乙方不再追究其他责任……",
        ),
    ],
    [
        ("user", "幫我整理一份資料俾寵物酒店，我下星期去日本"),
        ("assistant", "冇問題，請提供主人姓名、聯絡電話、地址、寵物資料同入住退房日期。"),
        (
            "user",
            "主人梁凱欣，電話5418 7736，柴犬「波子」5歲，皮膚敏感要食 Apoquel，12月18號入住，12月26號退房，地址沙田第一城32座15樓F",
        ),
        (
            "assistant",
            "已整理：主人：梁凱欣｜電話：5418 7736｜地址：沙田第一城32座15樓F｜寵物：柴犬「波子」，5歲，皮膚敏感，每日服 Apoquel｜入住：12月18日｜退房：12月26日。",
        ),
    ],
    [
        ("user", "Kucing saya hilang sejak semalam, tolong buat poster"),
        (
            "assistant",
            "Baik. Beri saya nama kucing, rupa dan warnanya, tempat terakhir dilihat, serta nama dan nombor telefon untuk dihubungi.",
        ),
        (
            "user",
            "Nama Tompok, kucing kampung putih bertompok hitam, ekor pendek, hilang dekat Taman Melawati. Hubungi Farah binti Abdul Rahman 019-407 2285",
        ),
        (
            "assistant",
            "KUCING HILANG — TOMPOK | Putih bertompok hitam, ekor pendek | Kali terakhir dilihat: Taman Melawati | Sila hubungi Farah binti Abdul Rahman di 019-407 2285. Terima kasih!",
        ),
    ],
    [
        ("user", "我要去新北市動保處領養一隻狗，線上申請表有些欄位看不懂"),
        (
            "assistant",
            "可以的，哪些欄位不確定？通常需要填身分證字號、戶籍地址、聯絡電話、居住型態，以及家人是否同意飼養。",
        ),
        (
            "user",
            "我叫許志偉，身分證B145308621，戶籍在台中市西屯區，可是我現在在板橋租屋，房東說可以養小型犬，戶籍地址要填哪個？",
        ),
        (
            "assistant",
            "戶籍地址請照身分證背面填台中的地址，「實際居住地址」欄再填板橋的租屋處，並附上房東同意飼養的書面證明。",
        ),
    ],
    [
        (
            "user",
            "Our neighbour's dog has attacked my cat twice through the fence. I want to send a formal letter.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. I can draft a firm but polite letter. Would you like to include the dates of each incident and any vet costs?",
        ),
        (
            "user",
            "Yes. Neighbour is Mr Kenneth Boey at 16 Lorong Marzuki. Incidents on 9 Nov and 30 Nov. My cat needed stitches the second time, vet bill S$640.",
        ),
        (
            "assistant",
            "Dear Mr Boey, I am writing about two incidents, on 9 and 30 November, in which your dog reached through the fence between our homes on Lorong Marzuki and attacked my cat. After the second attack she needed stitches, costing S$640...",
        ),
    ],
    [
        (
            "user",
            "vet bill for my dog's TPLO is S$6,200, can I pay by instalment with credit card?",
        ),
        (
            "assistant",
            "Many banks let you convert a large card purchase into an instalment plan after it posts. Check with your card issuer about the tenure and any processing fee.",
        ),
        ("user", "ok 我的卡是 5521 8896 9908 8980, 名字 Lee Jia Hui, 打去 bank 要讲什么?"),
        (
            "assistant",
            "You can say: Hi, I'm Lee Jia Hui, card ending 8980. I'd like to convert the S$6,200 transaction at the vet clinic into a 12-month instalment plan. What's the interest rate or fee?",
        ),
    ],
    [
        (
            "user",
            "I'm moving to Perth with my two cats, can you help me fill in the import permit application?",
        ),
        (
            "assistant",
            "Sure. The permit needs the importer's full name, passport number and contact details, plus each cat's microchip number and rabies antibody test result. What do you have so far?",
        ),
        (
            "user",
            "Importer: Shaun Anthony de Souza, Australian passport PA4819273, email shaun.desouza@outlook.com. Cats are Milo and Nala, both 5.",
        ),
        (
            "assistant",
            "Section A — Importer: Shaun Anthony de Souza | Passport: PA4819273 | Email: shaun.desouza@outlook.com. Section B — Animals: Milo (cat, 5 y), Nala (cat, 5 y). Please add the microchip numbers and RNATT dates before submitting.",
        ),
    ],
    [
        (
            "system",
            "你是萌宠保的在线客服。当前用户：李婷，身份证440305198803170529，手机17718350462，保单号 MCB2026-0093317，投保宠物：布偶猫“雪球”，2岁。",
        ),
        ("user", "你好，雪球最近老是尿血，去医院查是膀胱炎，这个能赔吗？"),
        (
            "assistant",
            "李女士您好，膀胱炎属于保障范围内的疾病，您的保单已过30天等待期，可以申请理赔。请上传病历、检查报告和发票。",
        ),
        ("user", "好的，发票上的名字是我老公的，可以吗"),
    ],
    [
        (
            "system",
            "Anda pembantu tempahan untuk Hotel Kucing Meow Manja, Bangsar. Tempahan semasa #MM-1207 — Pemilik: Nor Hidayah binti Salleh, tel 013-918 6642; kucing: Si Comel dan Bulat; masuk 20/12, keluar 28/12; nota: Bulat ada diabetes, insulin 1 unit pagi dan malam.",
        ),
        ("user", "Hai, boleh saya tukar tarikh keluar ke 30/12?"),
        (
            "assistant",
            "Boleh, Puan Hidayah. Tempahan #MM-1207 telah dikemas kini ke 30/12, dengan caj tambahan RM100 untuk dua malam bagi dua ekor kucing.",
        ),
        ("user", "ok terima kasih, insulin Bulat saya tinggalkan cukup-cukup nanti"),
    ],
    [
        (
            "user",
            "How do I stop an elderly person from accidentally letting the dog out of the flat?",
        ),
        (
            "assistant",
            "Self-closing gates, a door chime and a simple sign on the inside of the door can all help. Is this for someone with memory problems?",
        ),
        (
            "user",
            "Yes, my dad Harold Quek, he's 78 and was diagnosed with Alzheimer's last year. He lives alone at Blk 54 Marine Terrace with our old schnauzer and let him out three times this month.",
        ),
        (
            "assistant",
            "That sounds really stressful. For your dad, a GPS tag on the schnauzer's collar, a gate latch he doesn't need to operate, and a neighbour who can check in daily may be the quickest wins.",
        ),
    ],
    [
        ("user", "租約寫明唔准養寵物，但業主口頭話OK，我應該點做？"),
        (
            "assistant",
            "最好請業主書面確認，例如加一份補充條款或者WhatsApp確認，寫明准許飼養嘅動物種類同數量。",
        ),
        (
            "user",
            "業主係李國強，單位係荃灣綠楊新邨D座21樓3室，租客係我蘇曉彤，我想養一隻貓，幫我擬個補充條款。",
        ),
        (
            "assistant",
            "補充條款：業主李國強先生同意租客蘇曉彤小姐於荃灣綠楊新邨D座21樓3室單位內飼養貓隻一隻，租客須負責因寵物引致之任何損壞……",
        ),
    ],
    [
        (
            "user",
            "Transcribe this photo of a vet invoice into text so I can paste it into the claim portal.",
        ),
        (
            "assistant",
            "Here is the text: Eastwood Animal Hospital | Client: Ms Anjali Sharma | FIN: F3618274K | Tel: 9164 2730 | Patient: Coco, Maltese, F, 12y | Dx: mitral valve disease | Echocardiogram S$480.00 | Vetmedin 5mg x60 S$156.00 | Total S$636.00 (incl. GST)",
        ),
        (
            "user",
            "Thanks. Is 'Client' supposed to be me even though my husband paid with his card?",
        ),
    ],
    [
        (
            "user",
            "Nak claim insurans untuk anjing saya yang kena langgar kereta, form ni confusing sikit",
        ),
        (
            "assistant",
            "Saya boleh bantu. Bahagian mana yang mengelirukan? Biasanya perlu isi butiran pemegang polisi (nama, no. KP, telefon), butiran haiwan dan butiran kejadian.",
        ),
        (
            "user",
            "Nama Lim Chee Keong, KP 850630-08-5119, tel 012-770 3148. Husky nama Snowy, accident kat Jalan Sultan Idris Shah on 22 Nov, surgery RM4,900. Part 'Third party details' tu kena isi ke kalau driver lari?",
        ),
        (
            "assistant",
            "Kalau pemandu melarikan diri, tulis 'Tidak diketahui – langgar lari' dan lampirkan laporan polis. Butiran lain, Encik Lim Chee Keong (KP 850630-08-5119), sudah lengkap.",
        ),
    ],
    [
        ("user", "我在小红书看到有人送养一只三花猫，想写一段自我介绍发给送养人"),
        (
            "assistant",
            "可以的，送养人一般关心你的居住环境、经济能力、养猫经验，以及是否接受回访。你可以告诉我你的情况。",
        ),
        (
            "user",
            "我叫郑佳怡，26岁，在广州天河做会计，租的一室一厅，之前养的猫去年肾衰走了，接受回访，微信是 jiayi_zheng_0312",
        ),
        (
            "assistant",
            "您好！我叫郑佳怡，今年26岁，在广州天河区做会计，目前独自租住一室一厅。之前养过一只猫，去年因肾衰离开了我，所以更懂得定期体检的重要。我接受回访，欢迎加我微信 jiayi_zheng_0312 详细聊。",
        ),
    ],
    [
        (
            "user",
            "My dog nipped someone in the lift and the management office wants a written incident report in English.",
        ),
        (
            "assistant",
            "I can help. Please give me the date, time and place, what happened, the injured person's condition, and your own details as the owner.",
        ),
        (
            "user",
            "Owner: Cheung Ho Yin, HKID P290845(3), Flat 9C, Block 2, Laguna City. 3 Dec around 8:15am, my corgi Mochi nipped the ankle of Mrs Chan Siu Fong from the 12th floor, small bruise, she went to A&E and I paid the HK$180.",
        ),
        (
            "assistant",
            "INCIDENT REPORT — Date/time: 3 Dec, approx. 08:15 | Location: lift, Block 2, Laguna City | Owner: Cheung Ho Yin (HKID P290845(3)), Flat 9C | Injured party: Mrs Chan Siu Fong, 12/F | Injury: minor bruise to ankle, seen at A&E; fee of HK$180 paid by the owner.",
        ),
    ],
]
