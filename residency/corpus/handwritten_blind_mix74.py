# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix74: pet adoption, animal shelters and strays in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix74
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shelter_policy"): _lines("""
        Under Project ADORE, HDB flat owners may adopt one approved local mixed-breed dog from a partner animal welfare group, provided it stands no taller than 55 cm at the shoulder and weighs no more than 15 kg.
        All dogs rehomed by our shelter are sterilised, microchipped and vaccinated before release; the adoption fee of S$250 only partly offsets these costs.
        Applicants must be at least 21 years old and, if renting, must show written consent from the landlord before we schedule a home visit.
        Following the lifting of the HDB cat ban, each HDB flat may keep up to two cats, and cat licensing is being phased in through AVS.
        Fosterers receive a starter kit (litter, 2 kg kibble, carrier) and the shelter covers all vet bills at partner clinics; please send us a photo update every week.
        We do not rehome kittens under 10 weeks old, and window and gate mesh is compulsory for every cat adoption, no exceptions.
        Returns policy: if an adoption does not work out, bring the animal back to us instead of rehoming it yourself; the adoption fee is non-refundable.
        Our home-visit checklist covers mesh on all windows, a safe sleeping area, the household's daily schedule and whether everyone at home agrees to the adoption.
        Viewing is by appointment only, Tuesday to Sunday, 11am to 5pm; the shelter is closed on Mondays and public holidays.
        Volunteers under 16 must be accompanied by a parent or guardian and may join socialisation sessions only, not dog walking.
        Trap-Neuter-Return-Manage (TNRM) is the humane way to control community cat numbers; culling has been shown not to work in the long run.
        Report animal cruelty in Singapore to the NParks Animal Response Centre at 1800-476-1600 or through the online form, with photos, date, time and location.
        Lifelong Animal Protection Charity (LAP) in Hong Kong holds adoption days most weekends; check their page for the current schedule.
        Dog licences in Singapore are issued by AVS for one or three years, and sterilised dogs pay a lower licence fee.
    """),
    ("en", "vet_invoice_admin"): _lines("""
        Invoice INV-26-0418837 | Consultation S$68.00 | FVRCP booster S$45.00 | Deworming S$18.00 | Subtotal S$131.00 | GST 9% S$11.79 | Total S$142.79
        Case ref ARC-2026-0091442 has been closed; no further action required.
        Order #SG-77231894 — Royal Canin Kitten 2kg x3, tofu litter 6L x4 — shipped via Ninja Van, tracking NVSGSHOP00914522.
        Spay (female cat) package at partner clinic: S$180 for shelter cats, S$260 public rate, includes pre-op blood test and e-collar.
        Microchip model FDX-B, ISO 11784/11785, 134.2 kHz; reader firmware v3.2.1.
        Batch no. LOT 2409B17, exp 09/2027 — Nobivac DHPPi, store at 2–8°C, discard 30 min after reconstitution.
        Kennel 14B | intake 2026-03-02 | status: available | temperament: shy with men, good with cats
        Receipt no. 004512 — donation of RM50.00 received in cash at the adoption booth, thank you for supporting the TNR fund.
        Grant code SGF-PAW-2026-07, quarterly budget HK$48,000 for desexing 120 community cats in Sham Shui Po.
        Postal code 529510 appeared on 46 stray feedback reports this quarter, mostly around the hawker centre.
        FIV/FeLV SNAP test x1 S$55 | skin scraping x1 S$40 | Apoquel 16mg x30 S$96 | e-collar size M S$15
        Ticket #45120 (adoption portal): upload button not working on Safari 17.4 — status: resolved in release 2.14.3.
        Recommended reading for first-time adopters: Living with Rescue Cats, ISBN 978-981-4795-12-8, available at the shelter shop for S$24.
    """),
    ("zh-Hant", "adoption_post"): _lines("""
        【領養】「豆豆」唐狗妹，約2歲，已絕育、已打針、已植晶片，性格親人，適合有耐性嘅家庭，有意請PM專頁。
        貓貓「芝麻」三色貓，1歲，怕生但熟咗會撒嬌，只限室內飼養，屋企必須裝窗網。
        本會所有領養動物均需簽署領養協議，並接受家訪及三個月跟進。
        台北市動物之家本週開放認養時段：週二至週日 10:00–16:00，週一休館。
        認養米克斯幼犬前，請先確認家人都同意，並評估未來十五年的照顧時間與費用。
        今日又有三隻BB貓被人用紙箱棄養喺垃圾站，已送去獸醫檢查，暫時健康，稍後會開放領養。
        中途之家急徵：需要可照顧術後狗狗兩星期的中途，本會負責全部醫藥費。
        「黑糖」係一隻10歲嘅老狗，原主移民冇帶走，佢好乖好易教，希望有人俾佢一個安享晚年嘅家。
        新北市板橋動物之家提醒：認養人須年滿法定年齡，並攜帶身分證件到場辦理寵物登記。
        捐物清單：貓砂、無穀罐罐、尿墊、舊毛巾，可寄到本會倉庫，多謝大家！
        狗狗「阿福」已經搵到新屋企，多謝各位幫手分享！
        公立收容所認養費用新台幣0元，但需自行負擔晶片登記及狂犬病疫苗費用。
        唐狗係香港本土犬，聰明又忠心，唔好再叫佢哋「雜種狗」去睇低佢哋。
        領養日：本星期六下午2點至5點，地點：本會深水埗領養中心，歡迎親臨。
    """),
    ("zh-Hans", "care_qa"): _lines("""
        刚领养的猫咪躲在床底不肯出来，正常吗？一般需要一到两周适应期，不要强行抱出来。
        请问新加坡领养的狗要去哪里申请执照？可以直接在AVS网站上在线办理。
        猫咪绝育后多久可以洗澡？建议至少等伤口愈合拆线后，大概10到14天。
        流浪猫喂食小贴士：定时定点，吃完把碗收走，保持环境清洁，才不会引起邻居投诉。
        狗狗误吃了巧克力怎么办？立刻联系兽医，不要自己在家催吐。
        马来西亚的动物救援组织一般收取RM150至RM300的领养费，包含绝育和疫苗。
        幼猫体重每周应增加约100克，如果连续几天不长肉，要尽快带去看兽医。
        怎么判断社区猫有没有绝育？做过TNR的猫通常会剪掉一小角耳尖作为标记。
        在组屋养猫要注意什么？装好窗网和门网，不要让猫在走廊游荡。
        寄养和领养有什么分别？寄养是暂时照顾，动物在法律上仍属于救援组织。
        领养前的家访主要是看居住环境是否安全，不是查户口，大家不用紧张。
        狗狗出现呕吐、腹泻、精神差，可能是细小病毒，未打完疫苗的幼犬尤其危险。
        猫狗每年体检费用大约在新币80到150之间，视诊所和检查项目而定。
    """),
    ("ms", "notis_komuniti"): _lines("""
        Notis: Pemilik anjing dalam kawasan Majlis Bandaraya Petaling Jaya wajib memperbaharui lesen anjing setiap tahun dan memastikan anjing diberi suntikan rabies.
        Program TNR percuma untuk kucing jalanan di Taman Tun Dr Ismail pada 14 Jun ini, anjuran persatuan kebajikan haiwan tempatan.
        Jangan buang anak kucing di masjid atau pasar — di bawah Akta Kebajikan Haiwan 2015, kekejaman terhadap haiwan boleh didenda sehingga RM100,000 atau penjara 3 tahun.
        Syarat pengambilan haiwan: berumur 21 tahun ke atas, mendapat kebenaran tuan rumah, dan bersetuju dengan lawatan susulan.
        Kami perlukan sukarelawan untuk membersihkan kandang setiap hujung minggu, jam 8 pagi hingga 11 pagi.
        Yuran pengambilan: kucing dewasa RM80, anak kucing RM120 (termasuk vaksin pertama dan pensterilan apabila cukup umur).
        Sumbangan boleh disalurkan kepada akaun rasmi persatuan; sila rujuk laman web kami untuk butiran lanjut.
        Anjing liar yang ditangkap oleh pihak berkuasa tempatan akan ditahan di pusat kurungan selama 7 hari sebelum tindakan lanjut.
        Apa perlu dibuat jika jumpa kucing cedera di tepi jalan? Balut dengan tuala, letak dalam kotak berlubang, dan bawa ke klinik veterinar terdekat.
        Jabatan Perkhidmatan Veterinar (DVS) menasihatkan orang ramai supaya tidak memberi makan haiwan liar di tempat letak kereta bertingkat.
        Hari Pengambilan Haiwan di Mid Valley, Sabtu ini 10 pagi – 6 petang; lebih 40 ekor kucing dan anjing menunggu keluarga baharu.
        Tahukah anda? Kira-kira 80 peratus kucing oren adalah jantan kerana gen warna oren terletak pada kromosom X.
        Tabung rawatan bulan ini: RM3,450 terkumpul daripada sasaran RM5,000. Terima kasih semua penderma!
    """),
    ("mixed", "feeder_chat"): _lines("""
        Tonight feeding route B 谁可以帮忙? I got OT until 9pm, sorry ah.
        Guys the orange boy at the carpark 又来了, looks like got eye infection, need to trap and bring vet.
        Wah today the makcik cleaner complain again about kibble on the floor, pls remember bring back the bowls lah.
        我哋今個月嘅desexing quota用晒喇, next slot only mid-July.
        Anyone got spare trap cage? Mine spoil already, the door cannot close properly.
        Kucing hitam tu dah steril ke belum? Ear tip tak nampak la from the photo.
        Reminder: don't feed near the void deck benches, town council 会罚钱 and the whole group kena blame.
        今日啲BB貓食咗好多, 仲識自己用砂盆, so proud 😭
        Pls share ah, our TNR fund 仲差HK$6,000, any amount also helps.
        Dah bawa Oyen pergi klinik, vet cakap cuma luka kecil, antibiotic 7 hari je.
        新来的白色小狗好怕人, 每次靠近就跑, need more time to gain trust.
        Weather forecast says heavy rain tmr, can someone put extra cardboard shelter at the drain area?
        Shelter 話已經爆滿, 所以暫時唔好再收新貓入嚟, 先搵fosterer.
        Vet bill for the hit-and-run kitten came out S$1,280 😢 we'll do a fundraising post tonight.
    """),
    ("en", "form_template_code"): _lines("""
        ADOPTION APPLICATION — Full name: __________ | NRIC/FIN (last 4 chars): ____ | Mobile: __________ | Type of housing: HDB / Condo / Landed
        Dear {adopter_name}, thank you for adopting {pet_name}! Your first follow-up call is scheduled on {followup_date}.
        SELECT animal_id, species, breed, intake_date FROM shelter_intake WHERE status = 'available' ORDER BY intake_date;
        {"animal_id": "CAT-2026-0412", "name": "Mochi", "sex": "F", "sterilised": true, "fiv": "negative", "status": "fostered"}
        Lost pet poster template: LOST [species] named [pet name], last seen at [location] on [date]. Reward offered. Call [your number].
        Foster agreement clause 4: The Fosterer shall not rehome, sell or give away the animal without prior written approval from the Society.
        Consent: I agree that the Society may conduct a home visit before and after the adoption, at a mutually agreed time.
        def adoption_fee(species, age_months): return 120 if species == "cat" and age_months < 12 else 80
        Volunteer sign-up form fields: name, contact number, preferred shift (weekday/weekend), allergies to animals (Y/N).
        Abuse report form — Date/time of incident: ____ | Location: ____ | Description: ____ | Photos/videos attached: Y/N | Reporter's contact (optional): ____
        CSV header: case_id,report_date,district,species,injury_type,outcome
        Email template: "Hi there, unfortunately we are unable to approve your application at this time as our policy requires landlord consent."
    """),
    ("zh-Hant", "law_news"): _lines("""
        台灣自2017年2月起實施公立收容所零撲殺政策，但收容量長期爆滿引發爭議。
        香港政府建議修訂《防止殘酷對待動物條例》，引入飼主「謹慎責任」的概念。
        蔡英文總統任內，她的兩隻貓「想想」與「阿才」經常出現在官方社群貼文中。
        根據漁護署數字，每年仍有數以千計的貓狗被送入動物管理中心。
        新加坡國家公園局轄下的動物及獸醫服務署（AVS）負責動物福利執法。
        英國唐寧街10號的「首席捕鼠官」Larry 自2011年起擔任此職。
        忠犬八公的故事發生在東京澀谷車站，後來被改編成電影《忠犬小八》。
        香港愛護動物協會熱線 2711 1000 全年無休接聽虐待動物舉報。
        台灣動保專線1959，民眾可通報動物受虐或棄養案件。
        調查顯示，逾三成棄養個案源於飼主搬家或移民。
        馬來西亞於2015年通過《動物福利法令》（Akta 772），大幅加重虐待動物的刑罰。
        香港公屋住戶如欲飼養細小家居寵物，須遵守房屋署屋邨管理扣分制的相關規定。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        ADOPTION APPLICATION | Name: TAN WEI LING, JOANNE | NRIC: S8734512B | Mobile: 9176 2234 | Address: Blk 658B Jurong West St 65 #12-431, S(642658) | Housing: HDB 4-room | Pet: "Biscuit" (local mixed-breed, F)
        Foster roster June: Mon – Priya d/o Ramasamy 8123 4490 | Wed – Kenneth Goh 9652 1187 | Sat – Nurul Huda binti Ismail 9008 3316
        Paid by card 4147 2098 1514 2354, cardholder MR DESMOND LOH KAH MENG, S$486.30 for Bobby's dental scaling and two extractions.
        Do not approve: Marcus Lee Jun Hao (Toa Payoh) — the cat he adopted last year was returned underweight and unsterilised, and he admitted letting it roam the corridor.
        LOST DOG 🐶 Coco, brown toy poodle, went missing near Bedok Reservoir on Sunday evening. Please call Michelle at 8275 0913 if you see her!!
        Interview notes: applicant Rachel Fernandes, 34, lives with her elderly mother who has dementia; works night shifts at the airport and is unsure who will walk the dog.
        Refund of deposit S$200 to POSB savings 192-34567-8 (a/c holder: Lim Siew Hoon) approved on 3 Apr.
        Caller says her neighbour, Mr Harjit Singh s/o Gurdev Singh of #05-17 in the same block, keeps his husky chained on the balcony in the sun all day.
        Volunteer Aaron Chua (IG @aaron.chuaa_) is suspended for posting photos of shelter dogs with mocking captions.
        3-month follow-up: Mrs Chloe Ng (HP 9734 8120) says Luna is now 4.2 kg and fully litter trained; Mrs Ng is 5 months pregnant and asked about toxoplasmosis.
        Applicant MARIA CRISTINA SANTOS, FIN G5521408K, domestic helper — her employer Mr Ong confirmed in writing that she may keep the rabbit in the flat.
        Fosterer Mandy Cheung, 6123 8845, Flat 12C, Block 3, Kornhill, Quarry Bay — already has 2 cats, the FIV+ one is kept in a separate room.
        Please send the signed adoption contract to sharon.yeo88@gmail.com, I'll come by on Saturday morning to pick up Kopi. Thanks, Sharon
    """),
    "zh-Hans": _lines("""
        领养申请｜姓名：陈思颖｜身份证号：440106199104173288｜手机：13826619047｜现住址：广州市天河区天河北路233号1502房｜家中已有一只猫
        寄养家庭名单：黄美玲 9231 7765（可接两只猫），刘志强 8456 0912（只接小型犬）
        周俊杰上个月从我们这里领养的橘猫被他丢在楼下，邻居拍到视频，他已被列入领养黑名单。
        宠物主人：林国华｜宠物：豆豆（比熊，8岁）｜诊断：慢性肾病二期｜费用：RM1,240｜付款账户：Maybank 1140 2278 5563
        想领养的话加我微信 xiaoyu_miaomiao0918，我叫于晓雨，住吉隆坡Cheras，平时下班后才回复。
        举报：上海徐汇区的王建国（身份证310104198709230517）在小区里投毒毒死了三只流浪猫，物业有监控录像。
        我是喂猫群的李阿姨，住在大巴窑8巷 Blk 203 #07-58，家里收了十五只猫，最近被邻居投诉，大家能帮我想想办法吗？
        捐款收据：许文辉先生捐赠S$500予本会TNR基金，收据号R-2026-0332，可申请扣税（NRIC：T0412987Z）。
        深圳的张婷婷（18925537710）在闲鱼上卖幼猫，说是领养实际收了2000元，已经有好几个人被骗。
    """),
    "zh-Hant": _lines("""
        領養申請表｜姓名：麥詠詩｜身份證：K382915(4)｜電話：9482 6013｜地址：葵涌邨夏葵樓18樓1806室｜居住人數：3
        認養切結書：認養人 林佩君，身分證字號 A238174625，戶籍地址 台北市大安區復興南路二段188號5樓，手機 0932-618-457
        今朝又見到葵芳邨葵富樓12樓嘅陳志明喺樓下踢啲流浪貓，我已經影低片，想問點樣報警？
        中途紀錄：中途媽媽黃嘉欣（Ivy），電話 6337 9014，照顧「牛奶」期間發現佢有貓瘟，已送院隔離。
        走失貓：「布甸」，英短藍貓，喺大埔太和邨走失，好心人見到請WhatsApp主人Kelly 5498 2270，必有重酬！
        獸醫收據｜飼主：何俊傑先生｜寵物：Lucky（柴犬）｜手術：十字韌帶修補 HK$28,000｜信用卡：5425 2317 7847 2545
        LINE ID: mimi_cat0521 是我，我是住新北三重的張雅婷，想找中途幫忙照顧三隻幼貓兩週。
        黑名單：吳宗翰（台中市北屯區），三年內從不同協會認養五隻狗，全部下落不明，請各協會留意。
        新竹的陳怡如有憂鬱症，醫生建議她養貓陪伴，她想透過我們認養一隻成貓，家訪時請多體諒。
        領養跟進：梁太（梁芷晴，9716 4483）話隻狗成日喺屋企吠，管理處已經警告過佢兩次。
        HKID Y604218(8) 持有人鄭家豪的領養申請，因未能提供業主同意書而被拒。
    """),
    "ms": _lines("""
        Borang Pengambilan | Nama: NUR AQILAH BINTI MOHD FAUZI | No. K/P: 880514-10-5326 | Tel: 012-738 4512 | Alamat: No. 17, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Aduan penderaan: Encik Zulkifli bin Abdullah, jiran di Lorong 5 Kampung Baru Ampang, dilihat memukul anjing dengan kayu; kereta beliau Myvi putih nombor VBD 4821.
        Tolong share! Kucing saya Oyen hilang di Seksyen 7 Shah Alam sejak Khamis. Kalau jumpa, hubungi Farah 011-2384 9076 🙏
        Sukarelawan Siti Hajar binti Kamarudin dikecualikan daripada tugas kandang kucing kerana alahan teruk dan asma.
        Terima kasih Puan Kavitha a/p Subramaniam, bayaran balik RM350 telah dipindahkan ke akaun CIMB beliau 7003882146.
        Senarai foster Julai: 1) Hafiz bin Roslan – 013-552 8071 – 2 ekor anak kucing; 2) Tan Mei Fong – 016-229 4418 – 1 ekor anjing
        Pemohon Muhammad Danial bin Azman (920307-07-5491) ditolak kerana tuan rumah tidak benarkan haiwan peliharaan.
        Kak Ros yang selalu bagi makan kucing kat Blok C PPR Kerinchi tu dah masuk hospital minggu lepas sebab strok, sape boleh ganti dia?
        Pemohon warga Filipina, Jocelyn Ramos Bautista, No. Pasport P4829163A, bekerja sebagai pembantu rumah di Mont Kiara.
    """),
    "mixed": _lines("""
        eh the uncle at blk 512 Bedok North Ave 2 #09-311 again throw the cat food into the drain, his name is Tay Kok Seng aka Ah Seng, 已经第三次了 we should report to AVS
        Hi 我係Fiona Chan, adopt咗你哋隻Mocha, 佢呢幾日唔食嘢, my number is 9315 7702 pls call me asap
        收到 Encik Faizal bin Yusof punya transfer RM200 for Bella's sterilisation, from Maybank 5621 0934 7718, thanks bro 👍
        Telegram @kopi_cat_mum — 我是Jasmine Koh, fostering 4 kittens at my place in Sengkang, anyone can help with milk formula?
        陈老师 (Teacher Chen Li Hua) from the primary school nearby says her son kena bitten by the stray at the canteen, 现在在 KK Hospital 打针
        Abang Razak (Abdul Razak bin Osman), 0173329804, yang jaga kedai makan tu cakap dia boleh sponsor makanan kucing setiap bulan, 好人啊
        Adopter checklist done ✅ — NRIC S7650324I, name Pang Hui Min, 住 Punggol Field Blk 271C, 有 two kids under 5, husband allergic to cats 但 she insists 要 adopt
        Lost dog found! 主人係住元朗嘅 Kenny Lau Ka Fai, 佢WhatsApp 6720 1943, microchip check 吻合
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for a Singapore dog rescue group. Write warm, professional replies.",
        ),
        (
            "user",
            "Help me write a polite rejection email to applicant Benjamin Teo Kai Wen (ben.teo.kw@hotmail.com). He rents a common room in Yishun and his landlord Mr Kwek said no pets.",
        ),
        (
            "assistant",
            "Dear Benjamin, thank you for your interest in adopting from us. After reviewing your application, we are unable to proceed because our policy requires written landlord consent, which we understand is not available for your current room rental. We hope you will apply again when your housing situation changes. Warm regards, the Adoption Team",
        ),
        ("user", "Good. Also add that he can still volunteer on weekends if he wants."),
    ],
    [
        (
            "user",
            "帮我写一个寻猫启事：猫叫团子，白色长毛，在宏茂桥5道 Blk 588 附近走失，主人是我，Wong Xin Yi，电话 8692 3307",
        ),
        (
            "assistant",
            "【寻猫启事】爱猫「团子」，白色长毛，性格胆小，于宏茂桥5道 Blk 588 附近走失。如有见到，请联系主人 Wong Xin Yi：8692 3307。万分感谢！",
        ),
        ("user", "再加一句：提供有用线索者有S$300奖励。"),
    ],
    [
        (
            "user",
            "Boleh tolong saya tulis laporan polis pasal jiran saya Mohd Shahrul bin Hashim yang dera kucing? Alamat dia No. 8, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.",
        ),
        (
            "assistant",
            "Boleh. Contoh laporan: Saya ingin melaporkan perbuatan kejam terhadap haiwan oleh Mohd Shahrul bin Hashim yang beralamat di No. 8, Jalan Mawar 3, Taman Bukit Indah, Johor Bahru. Sila nyatakan tarikh, masa dan apa yang anda saksikan, serta lampirkan bukti gambar atau video.",
        ),
        ("user", "Saya ada video juga, dan plat kereta dia JQW 7720. Masukkan sekali."),
    ],
    [
        (
            "user",
            "我想喺FB出post幫我隻狗仔搵新屋企，因為我確診咗乳癌，下個月要入院做化療，冇人照顧佢。我叫 Cheung Wing Sze，電話 9254 6180。",
        ),
        (
            "assistant",
            "好難過聽到你嘅情況，祝你治療順利。以下係帖文草稿：「因主人身體原因需長期入院，誠徵愛心家庭領養乖巧狗狗，已絕育打針。有意請聯絡 Wing Sze 9254 6180。」你可以再補充狗狗嘅年齡同性格。",
        ),
        ("user", "佢叫波波，7歲，好乖，唔會亂吠。"),
    ],
    [
        (
            "system",
            "You are the records assistant for a Hong Kong animal shelter CRM. Answer only from the database.",
        ),
        ("user", "Look up the adopter record for HKID R571340(3)."),
        (
            "assistant",
            "Record found: LAI Chi Keung, adopted 'Pudding' (cat, M) on 2025-11-02. 3-month follow-up pending. Phone on file: 9128 4407.",
        ),
        ("user", "Update his phone to 5139 2276 and mark the follow-up as done."),
    ],
    [
        (
            "user",
            "幫我把這份中途名單整理成表格：王小明 0921-556-734 台中西屯 可收幼貓；陳美華 0958-203-611 高雄鼓山 只收成犬",
        ),
        (
            "assistant",
            "| 姓名 | 電話 | 地區 | 可收動物 | / | 王小明 | 0921-556-734 | 台中西屯 | 幼貓 | / | 陳美華 | 0958-203-611 | 高雄鼓山 | 成犬 |",
        ),
        ("user", "謝謝，再幫我加一欄「可照顧天數」，王小明寫14天，陳美華寫30天。"),
    ],
    [
        (
            "user",
            "Draft a WhatsApp message for our feeders group: Auntie Mary Fernandez from Jalan Klang Lama, the one who feeds the Pantai cats, fell and broke her hip and is now warded at UMMC. We need people to cover her route. Her daughter's number is 012-661 3058 if anyone wants to visit.",
        ),
        (
            "assistant",
            "Hi all 🙏 Sad news: Auntie Mary Fernandez fell and broke her hip and is now warded at UMMC. We need volunteers to cover her Pantai feeding route for the next few weeks — please reply with the days you can take. To arrange a visit, contact her daughter at 012-661 3058. Thank you!",
        ),
        (
            "user",
            "Nice, make it shorter and add that the food is in her store room key with the guard.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Gavin Lim. My card 4556 2089 0802 3723 was charged twice (S$1,460 each) for Milo's surgery at Eastside Vet on 12 May. Can you draft a dispute email to my bank?",
        ),
        (
            "assistant",
            "Subject: Duplicate charge dispute. Dear Sir/Madam, I, Gavin Lim, wish to dispute a duplicate transaction of S$1,460 charged to my card ending 3723 on 12 May by Eastside Vet. I was billed once for a single surgery. Please reverse the second charge. Regards, Gavin Lim",
        ),
        ("user", "Thanks. Mention my full card number in it so they can find it faster."),
    ],
    [
        ("user", "我想从香港领养一只唐狗带回深圳，需要办什么手续？"),
        (
            "assistant",
            "一般需要：狗只植入芯片、接种狂犬疫苗并满足隔离或检疫要求，出境前取得官方兽医健康证明，入境时向海关申报。建议先联系领养机构和海关确认最新要求。",
        ),
        (
            "user",
            "好的，机构要我的资料：刘洋，身份证 440305199602127246，港澳通行证 C58213764，手机 13751084296。帮我写成一段发给他们。",
        ),
    ],
    [
        (
            "user",
            "can help me check if this adopter is legit? name Teo Boon Huat, he say he stay Woodlands Dr 16, FB name 'BH Teo', he ask for 3 puppies at once 感觉怪怪的",
        ),
        (
            "assistant",
            "Asking for several puppies at once is a common red flag for reselling or breeding. Ask for a home visit, proof of address and landlord consent, and adopt out one puppy at a time.",
        ),
        ("user", "ok his phone 9847 2153, I'll call him tonight and ask for home visit."),
    ],
    [
        (
            "user",
            "我要檢舉：新北板橋的黃志偉（身分證 F122901753）把狗關在鐵籠放在頂樓曝曬，已經好幾天了，請幫我寫一封給動保處的檢舉信。",
        ),
        (
            "assistant",
            "新北市動物保護防疫處 您好：本人檢舉板橋區黃志偉先生（身分證字號 F122901753）長期將犬隻關於頂樓鐵籠內曝曬，疑違反動物保護法，懇請派員稽查。附上照片供參。檢舉人 敬上",
        ),
        ("user", "地址是板橋區文化路一段 266 巷 5 號頂樓，幫我補上。"),
    ],
]
