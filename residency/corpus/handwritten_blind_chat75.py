# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat75: chats asking an assistant to write complaints and reviews about businesses. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat75
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "complaint-request"): _lines("""
        User: Can you help me write a complaint to a restaurant that served me undercooked chicken? Keep it polite but firm. Assistant: Sure. Here's a draft: "Dear Manager, On [date] I dined at your [branch] outlet and was served chicken that was visibly pink inside. I raised it with the staff, who replaced the dish but still charged us in full..."
        Write a one-star Google review for a sushi place where we waited 50 minutes for our food and the miso soup was cold. Don't make it sound angry, just factual.
        User: How do I word a complaint about a dentist who charged me for a filling I never got? Assistant: Stick to the facts: the date of the appointment, the itemised bill, the treatment you actually received, and what you want (a refund of that line item). Avoid the word "fraud" in writing; say the charge "does not match the treatment provided".
        I need a template letter to a renovation contractor who has not finished the kitchen after 3 months. Use [Contractor Name], [Project Address] and [Deposit Amount] as placeholders.
        User: My flight was cancelled and the airline only offered a voucher. Can you write an email asking for a cash refund instead? Assistant: Here's a draft you can adapt: "Dear Customer Relations, My booking (reference [PNR]) on flight [flight number] of [date] was cancelled by you. I do not accept a travel voucher and request a full refund to my original form of payment within 14 days."
        Make this review sound less emotional: "worst brunch ever, eggs were rubbery, the coffee tasted burnt and nobody said sorry when we waited 40 min"
        User: Is it ok to mention the name of the waiter in a public review? Assistant: It's usually better not to. Describe the role and the time instead ("the server at our table around 8pm"), which is enough for the manager to follow up and avoids exposing a junior staff member publicly.
        Help me write a complaint about a plumbing company that left water damage under my sink. Invoice no. INV-2024-08817, job dated 14 March, amount RM 480.
        User: Draft a complaint to an airline about a damaged suitcase. The Property Irregularity Report number is KULAK48213. Assistant: Here is a draft: "I am writing about a suitcase damaged on flight AK 6112 on [date]. The damage was reported at the arrival hall and logged under PIR KULAK48213. The hard shell is cracked and one wheel is missing..."
        Give me three short, fair review titles for a clinic where the doctor was great but the waiting time was 2 hours.
        User: What's a reasonable compensation to ask for when a caterer shows up 90 minutes late to an event? Assistant: A common approach is to ask for a partial refund proportionate to the disruption, often 20-50% of the fee, plus a refund for any items that were never delivered. Put the timeline in writing first.
        Can you turn these bullet points into a complaint email? - booked table for 6 at 7:30 | - seated at 8:15 | - two dishes never came but were on the bill | - manager said "not my problem"
        User: Write a TripAdvisor review for Fawlty Towers as if I were a guest in the TV show. Assistant: "Charming seaside hotel, if you survive the owner. Mr Fawlty insulted three guests before breakfast, the waiter Manuel brought us the wrong order twice, and there was a rat in the biscuit tin. One star, would not return."
        Rewrite my complaint so it mentions the Consumer Protection Act without sounding like I'm threatening to sue.
        User: My order number is 7731-0495-2210 and the food delivery never came, how do I escalate? Assistant: Use the in-app Help section first and quote order 7731-0495-2210. If the platform hasn't replied within 48 hours, ask for the case to be escalated and request a refund rather than credits.
        Summarise this review in one sentence: "The aircon in the waiting room was broken, the receptionist was kind, the doctor rushed through the consultation in 4 minutes and the bill was $85."
        User: Is "I will be posting about this on social media" a threat? Assistant: Not legally, if what you post is true and fair comment. But in a complaint letter it tends to put the business on the defensive, so I'd leave it out of the first email.
        Draft a note to the building management about a contractor drilling after 10pm on weekends; keep the unit number as [Unit No.] and the dates as [Date 1], [Date 2].
    """),
    ("en", "review-text"): _lines("""
        ★☆☆☆☆ Booked a 7pm table through the app, arrived to find no record of it. Staff were apologetic but we ended up eating elsewhere. Booking ref BK-58213-SG for anyone from the restaurant reading this.
        Two stars. The laksa was decent but the bowl arrived with a chipped rim and the table hadn't been wiped. A 10% service charge plus GST for self-collect is a joke.
        Review draft for Google: "Came to the Bukit Timah branch on a Saturday morning. Pharmacy wait 45 min, nurse at the counter very patient. The doctor didn't explain the side effects of the medicine at all. 3/5."
        Flight SQ 318 delayed 6 hours, no meal vouchers until hour 4, ground staff at gate A14 kept saying "soon". Seat 42K had a broken screen for the whole 13 hours. 2/5.
        The contractor quoted S$18,500 for the HDB 4-room reno, then added S$3,200 in "hacking charges" halfway through. Get everything in writing, people.
        Honest review of Dr. Fixit Renovation Pte Ltd: good tiling work, terrible communication, took 11 weeks instead of 6. Quotation ref Q-0921-B.
        Can you make this review less accusatory: "I think the oysters made our whole table sick, three of us were ill the next day and the restaurant never called back."
        Help me shorten: "We ordered the 12-inch pepperoni at 7:02pm (order #A55-90412), it arrived at 8:31pm cold, and the driver told us to complain to the app, not to him."
        User: Is this review fair? "The physiotherapy centre on Orchard Road overbooks, my 3pm slot started at 3:40 twice in a row." Assistant: Yes, it's specific and factual. You could add whether anyone told you about the delay in advance.
        Airline review: economy seat pitch felt like 28 inches, the crew were lovely, the food was inedible, and the app charged twice for the same seat selection (refunded after 9 days).
        Review I want to post: the aircon servicing company sent a technician 2 hours late, he fixed one unit and said the other needed a $120 "gas top-up". The next company said no gas was needed.
        Tim Ho Wan used to be called the cheapest Michelin-starred meal in the world, but this branch's char siu bao was stale and the queue system was chaos. Can you polish that into a Google review?
        Would "Gordon Ramsay would have shut this kitchen down" be too much for a Yelp review, or is it obviously a joke?
        Rate my draft out of 10: "Clinic staff were friendly, but they charged a $35 admin fee that was never mentioned on the phone. Receipt no. 00418827."
        The contractor's supplier sent the wrong tiles twice; tracking number JT0092817734MY shows the second box went back to the warehouse. Add that to my complaint timeline.
        E-ticket 232-2148806713, flight MH 2605, cancelled with 3 hours' notice. Please write a refund request citing the Malaysian Aviation Consumer Protection Code 2016.
    """),
    ("en", "process-faq"): _lines("""
        User: Where do I complain about a clinic in Singapore if the clinic itself ignores me? Assistant: For billing or service issues you can approach CASE; for a doctor's professional conduct, the Singapore Medical Council handles complaints; for licensing matters, the Ministry of Health.
        User: What is the claim limit at the Small Claims Tribunals in Singapore? Assistant: Generally up to S$20,000, or up to S$30,000 if both parties agree in writing, and the claim must be filed within two years.
        User: How does EU261 compensation work for a 4-hour delay on an 1,800 km flight? Assistant: For flights between 1,500 and 3,500 km, compensation is EUR 400 if you arrive 3 or more hours late, unless the airline proves extraordinary circumstances such as severe weather.
        Can the Tribunal for Consumer Claims Malaysia hear a complaint about a renovation contractor, and what is the maximum claim?
        User: Is it worth tagging Tony Fernandes on LinkedIn about my AirAsia refund? Assistant: He has long been the public face of AirAsia and answers some posts, but a public tag rarely speeds up a refund. The airline's formal complaint channel creates a record you can use later.
        What does CASE mediation cost, and do I need to be a member? Is their hotline 6277 5100?
        User: How do I report a restaurant with cockroaches in Hong Kong? Assistant: You can report it to the Food and Environmental Hygiene Department through the 1823 government hotline or its online form, giving the restaurant's name, address and the date you saw the problem.
        Is it defamation if I say in a review that a contractor is a "scammer"? Explain it for Malaysia in simple words.
        User: What did the Consumer Council say about renovation complaints? Assistant: I don't have their latest figures, but Consumer Council reports have repeatedly flagged unclear quotations, unilateral variation orders and deposits taken before work starts.
        Summarise the 2024 US DOT rule on automatic refunds for cancelled flights: what counts as a "significant change"?
        Explain the difference between a chargeback and a refund when a clinic won't return a deposit for a procedure I cancelled 2 weeks in advance.
        How long does an airline have to answer a written complaint under US DOT rules, and is that 30 or 60 days?
    """),
    ("zh-Hans", "complaint-request"): _lines("""
        帮我写一封投诉信，餐厅上菜太慢，等了一个多小时，服务员态度还很差，语气别太冲。
        用户：外卖里吃出头发了，怎么跟平台投诉比较有效？ 助手：建议先拍照保留证据（包括订单页面和菜品），在订单详情里选择“申请售后”，写明问题和诉求，比如全额退款；平台不处理的话再打 12315。
        帮我把这段差评改得客观一点：“这家牙科诊所就是坑钱的，洗个牙推销了我三千块的套餐，前台还爱答不理。”
        装修公司拖工期两个月，合同编号 ZX-2023-0815，我想写一份书面催告函，日期和金额用【】占位。
        用户：12315 投诉和直接打市场监管局电话有什么区别？ 助手：12315 是全国统一的市场监管投诉举报热线，也可以通过全国12315平台网站或小程序提交，受理后会分派到当地市场监管部门处理。
        航班延误四个小时，航空公司只给了一瓶水，我能要求什么赔偿？航班号 CA1831。
        写一条大众点评差评模板，包括环境、口味、服务三项，每项一句话。
        用户：医院挂号费收了两次，怎么投诉？ 助手：可以先找医院的门诊办公室或患者服务中心，带上两张缴费凭证；如果医院不处理，可以向当地卫健委投诉。
        我想给海底捞写一封表扬信，服务员帮我们给孩子过了生日，不用写名字，写“那位穿红色工服的小姐姐”就行。
        订单号 202406181533920417，生鲜平台送来的牛肉是坏的，客服一直不回，帮我写个投诉。
        用户：在差评里写医生的全名会不会有问题？ 助手：客观陈述就诊经过一般风险不大，但建议用“接诊医生”代替全名，把具体信息留给医院的投诉渠道。
        帮我翻译成英文：我们在贵餐厅用餐后有三人出现腹泻症状，希望贵店调查食材来源并给出书面答复。
        装修质量问题一般找哪个部门投诉？住建局还是消协？
        把这句话改得更有礼貌：“你们航空公司把我的行李箱摔坏了，轮子都掉了，必须赔！”
        用户：鲁迅《孔乙己》里的咸亨酒店现在绍兴还有吗？我想写篇点评。 助手：有的，绍兴的咸亨酒店就是借小说之名开的老字号，点评可以从茴香豆和黄酒写起。
        请列一个投诉信的结构：称呼、事由、经过、诉求、联系方式（留空待填）。
    """),
    ("zh-Hant", "review-draft"): _lines("""
        幫我潤飾這篇 Google 評論：「餐點還可以，但訂位系統根本沒用，訂了七點到現場說沒位，店員只會說不好意思。」
        用戶：診所掛號費收 150 元合理嗎？我想寫評論。 助手：台灣診所掛號費由各縣市衛生局核定上限，多數在 100 到 200 元之間，可以先查你所在縣市的公告再下筆。
        航班延誤，長榮 BR 868 延了五小時，請幫我寫一封英文投訴信給客服。
        裝修師傅做完浴室三個星期就漏水，報價單編號 HK-RN-2024-0332，想喺討論區寫返篇負評，點樣寫先唔會畀人告？
        用戶：消委會熱線係咪 2929 2222？我想投訴間牙醫診所亂收費。 助手：係，消費者委員會投訴熱線係 2929 2222，你亦可以喺網上表格提交，記得附上收據同報價。
        幫我寫一篇 OpenRice 食評：茶記凍檸茶冇味、餐蛋麵啲蛋煎燶咗，但老闆娘好 nice。
        請把這段負評改得有建設性：「醫美診所說打一次就見效，結果打了三次都沒差，還一直推銷年卡。」
        用戶：台灣的消費爭議可以打哪支電話？ 助手：可以撥打 1950 消費者服務專線，會轉接到所在縣市政府的消費者服務中心或消保官。
        寫一段鼎泰豐的正面評價，要提到小籠包十八摺，不要太像業配。
        訂單編號 TW20240915-88314，外送平台送錯餐還不退款，幫我寫申訴內容。
        裝潢公司合約寫「工期約 45 個工作天」，結果拖了 90 天，我可以依《消費者保護法》要求什麼？
        用戶：評論裡可以寫出對方公司的統一編號嗎？ 助手：公司統一編號本身是公開的登記資訊，可在經濟部商工登記系統查到，寫出來一般沒問題，但不需要。
        幫我把這段評論翻成英文：「座位很擠、冷氣太冷，但服務生很貼心，主動幫我們換位子。」
        國泰航空行李延誤，PIR 編號 HKGCX31574，請幫我寫一份追討文件。
    """),
    ("ms", "aduan-chat"): _lines("""
        Tolong tuliskan surat aduan kepada restoran sebab makanan yang dihantar basi. Guna [Nama] dan [Tarikh] sebagai tempat kosong.
        Pengguna: Macam mana nak buat aduan kepada Tribunal Tuntutan Pengguna? Pembantu: Anda boleh isi Borang 1 secara dalam talian melalui portal e-Tribunal, bayar fi RM5, dan nilai tuntutan tidak melebihi RM50,000.
        Kontraktor ambil deposit RM 3,000 tapi tak datang-datang dah 2 bulan. Apa langkah pertama saya patut ambil?
        Tolong perbaiki ulasan ni: "klinik ni lambat gila, tunggu 3 jam, doktor cakap 2 minit je pastu suruh bayar RM95"
        Penerbangan AK 5218 dibatalkan, saya nak tuntut bayaran balik. Boleh buatkan emel dalam bahasa Inggeris? Nombor tempahan X7RQ2M.
        Pengguna: Boleh tak saya letak gambar pekerja restoran dalam ulasan Google? Pembantu: Tak digalakkan. Gambar orang tanpa izin boleh menimbulkan isu privasi, lebih baik gambar makanan dan resit sahaja.
        Nombor hotline NCCC tu 1800-886-800 ke? Saya nak adu pasal servis aircond.
        Tulis ulasan 2 bintang untuk kedai nasi kandar: kuah sedap, tapi harga ikan tak tertera dan kena caj RM18 seketul.
        Pengguna: Apa beza KPDN dengan Tribunal? Pembantu: KPDN menerima aduan melalui portal e-Aduan dan boleh mengambil tindakan penguatkuasaan, manakala Tribunal memutuskan tuntutan wang antara pengguna dan peniaga.
        Boleh tolong terjemah aduan ni ke Bahasa Melayu formal: "Dear sir, the renovation works at my unit have caused cracks in the neighbour's wall and your workers left debris in the common corridor."
        Saya nak hantar aduan ke Hospital Sultanah Aminah pasal masa menunggu di jabatan kecemasan. Apa format yang sesuai?
        Resit no. 004512, klinik gigi caj RM250 untuk scaling padahal harga di papan tanda RM120. Tolong tulis aduan ringkas.
        Pengguna: Ulasan saya kena buang oleh Google, kenapa? Pembantu: Mungkin ia dikesan melanggar dasar kandungan, contohnya ada bahasa kesat atau maklumat peribadi. Cuba tulis semula dengan fakta sahaja.
        Buatkan templat mesej WhatsApp yang sopan untuk tegur kontraktor yang lambat: "Salam [Nama], saya nak tanya status kerja di [Alamat]..."
        Makanan dalam penerbangan MH tu sejuk, boleh ke saya mengadu? Atau membazir masa je?
        Tolong ringkaskan: "Kami tempah katering untuk majlis kahwin 300 orang, lauk tak cukup untuk 100 orang terakhir, pekerja katering hilang lepas pukul 2 petang."
    """),
    ("mixed", "chat-codeswitch"): _lines("""
        Eh can help me write complaint to the aircon company? Dia datang lambat 3 jam lepas tu cakap kena tukar compressor, quote RM1,200 😤
        帮我写个 Google review lah, the chicken rice stall at the hawker centre, 鸡饭很干, auntie got attitude but the chilli damn shiok.
        User: Flight saya kena cancel, airline cuma bagi credit shell, can I insist on refund? Assistant: Under the Malaysian Aviation Consumer Protection Code, if the airline cancels you can choose a full refund instead of credit. Put the request in writing.
        Need a review in English + 中文 for a TCM clinic, 针灸 was good but the 收费 not transparent lah.
        Can rewrite this to be more sopan? "Your renovation team very lousy, tiles all senget, I pay already you still don't want come back fix."
        User: 那个 contractor 说 variation order 要另外收钱，合约里没写，can or not? Assistant: Generally, if the contract has no clause on variations, extra charges need your written agreement before the work is done.
        帮忙翻译 to Malay: "我们要求退还订金 RM500，因为你们没有按时交货。"
        Booking ref 5QK8TZ, flight TR 12 delay 7 hours, only got S$15 meal voucher, 可以投诉吗?
        Bro the dental clinic charge S$180 for "consultation + x-ray" but tak ada x-ray pun, how to complain to MOH?
        我想 post 在 Facebook group 讲这个 caterer 很 unprofessional, but takut kena saman, how to write safely?
        User: Review ni ok tak? "Makanan sedap, 但是 service 太慢, 45 minit baru sampai." Assistant: Ok, cuma cadangkan pilih satu bahasa supaya lebih senang dibaca.
        Apa tu "variation order" in a renovation contract? 中文怎么说？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please fix the grammar: "My name is Rachel Teo Hui Min, on 3 Feb I had a root canal at SmileWorks Dental that got infected and I was admitted to hospital for two days. Contact me at 9127 4486."
        Dear SIA Customer Affairs, I, Darren Lim Wei Jie (NRIC S8734215H), was denied boarding on SQ 226 on 12 May despite a confirmed booking (ref 6MTR4K). Can you make this opening stronger?
        Make this review calm but clear: Dr. Shanthi d/o Ramasamy at Greenleaf Family Clinic told my father his chest pain was gastric and sent him home; he had a heart attack the next day.
        Contractor: Ong Boon Huat, sole prop (Huat Reno Works), mobile 8263 0571, took $6,000 deposit for my Tampines flat and disappeared. Help me write a police report.
        Can you check my letter: "To Cathay Pacific, I am Mrs Priya Nair, HKID Y305718(4), flying CX 715 on 2 Sept with my son Arjun (8), who has a severe peanut allergy; despite our pre-notified request the crew served peanuts in our row."
        I was charged twice at Ember & Oak on 14/06, Visa 4889 5304 1897 0491, $212.40 each time. My name is Thomas Ferreira. Write the dispute email to the restaurant.
        my mum Gladys Pereira (72) slipped in the restaurant toilet because the floor was wet and fractured her wrist, help me write to the manager, reply address 41 Jalan Kelawai, 10250 Penang
        Rewrite this nicer: "Hi, this is Marcus Tan from Blk 412 Bedok North Ave 2, #08-214, Singapore 460412. Your workers scratched my main door and left; I want $350 for the repair."
        Write a review for me saying my son Ethan Koh (Primary 4 at Rosyth School) got food poisoning from Golden Plate Catering's CNY buffet and missed his mid-year exams.
        Pls tidy up: Joanna Whitfield, +60 16-228 9134, joanna.whitfield82@gmail.com, was bumped from MH 2607 to KK and had to pay RM 640 for a new ticket. Requesting reimbursement.
        Patient: Kumar a/l Subramaniam, IC 790225-08-6013, billed RM 3,480 at Mercy Specialist Centre for an endoscopy the insurer says was not pre-approved. Draft an appeal letter.
        How do I reply to @jerlyn.sings who gave my bakery 1 star saying we "poisoned" her? Her real name is Jerlyn Ho, she's an ex-employee we let go last month for taking cash from the till.
        draft a complaint: I'm Wong Ka Lok, Flat 12B, Block 3, Laguna City, Kwun Tong. The renovation company's worker smashed my bedroom window on Tuesday. Call me on 6142 7730.
        Helpdesk ticket #88213: customer Farah Lee, FIN G5170384M, says the clinic disclosed her pregnancy test result to her employer. Please draft an apology for the clinic manager.
        Review draft: "Dr Victor Chng at Eastpoint Aesthetics did my eyelid surgery in March; one eye still won't close fully and he now refuses to see me." I'm Adeline Sim, should I post this?
    """),
    "zh-Hans": _lines("""
        帮我写投诉：我叫陈志伟，身份证 440305198803141277，3月5号在深圳南山一家口腔诊所做了种植牙，术后感染，花了两万八，诊所不认账。电话 138 1427 9063。
        我妈刘秀兰住院期间被护士打错针，她身份证是110105196809044121，帮我写份医疗投诉书交给医院医务科。
        装修队的包工头叫李浩然，微信号 lhr_zhuangxiu888，收了我三万块定金人就不见了，帮我整理一份报警材料。
        差评草稿：“西湖区某医院的张立新医生给我老公王建国开错了药，导致他肝功能异常，住院一周。”帮我改得客观点。
        帮我给东方航空写投诉：乘客周婷，证件号 310115199207072647，航班 MU5101，行李丢失，联系电话 13915826704，邮箱 zhouting0707@163.com。
        外卖下单信息：林雨萱 186-2173-5098 厦门市思明区湖滨南路88号2单元1503，骑手把餐放门口被偷了，平台不赔，帮我写投诉。
        帮我改写这条点评：“我女儿黄乐瑶（6岁，实验二小一年级）在这家儿童餐厅的游乐区摔断了手臂，店家一直推卸责任。”
        银行卡号 6228 4816 3740 4741 827，户名赵子墨，请帮我写一份说明，要求装修公司退回多扣的 5600 元。
        家政阿姨孙桂芳打碎了我家的花瓶还不认账，她电话 15827364019，我想在平台写差评并附上她的电话，帮我写一下。
    """),
    "zh-Hant": _lines("""
        幫我寫投訴信給長榮航空：旅客吳佳穎，身分證 A228153703，行動電話 0928-617-354，5/20 搭 BR 198，行李箱輪子被摔壞。
        我爸爸林政宏（F126048391）在新北一間診所拔牙後血流不止被送急診，想寫一封陳情信給衛生局，請幫我潤稿。
        裝潢師傅叫陳國華，LINE ID: kuohua.deco，收了訂金十萬元就不來施工，我要寫存證信函，請幫我起草。
        幫我寫投訴：本人何詠詩，香港身份證 M614270(8)，住將軍澳唐德街9號將軍澳中心2座18樓C室，牙醫診所多收咗 $4,800。
        食評草稿：「同老公陳家豪喺呢間茶餐廳食完返屋企，佢成晚肚痾，要入伊利沙伯醫院吊鹽水。」有事打 9386 1275 搵我。
        請幫我潤飾：我是蔡宜蓁，身分證字號 B219377465，在台中一家月子中心被收取不合理費用，信用卡 5399 3690 0309 3041 被多刷了兩萬元。
        乘客 CHEUNG TSZ HIN，HKID R238851(A)，國泰 CX 254 超賣被拒登機，要求賠償，聯絡電話 5318 2249，幫我寫成正式英文信。
    """),
    "ms": _lines("""
        Tolong tulis surat aduan: Nama saya Nur Aqilah binti Mohd Faizal, No. KP 030918-01-0882, penerbangan AK 6131 dibatalkan, bayaran balik RM 486 belum masuk ke akaun Maybank 1642 3301 8875.
        Anak saya Muhammad Haziq bin Rosli (7 tahun) keracunan makanan lepas makan di kenduri yang ditempah dari Katering Seri Mawar, sekarang masih di wad Hospital Putrajaya. Tolong karang aduan kepada KKM.
        Kontraktor nama Rajesh a/l Muniandy, no telefon 012-384 7720, ambil deposit RM 8,000 untuk ubah suai dapur rumah saya di No. 23, Jalan SS 2/64, 47300 Petaling Jaya dan terus hilang. Saya nak buat laporan polis.
        tolong semak ayat ni: "saya Siti Khadijah binti Abdullah, IC 920707-10-6248, dah 3 kali datang Klinik Kesihatan Seksyen 7 untuk rawatan kencing manis tapi ubat sentiasa habis"
        ulasan google: Dr. Azman bin Ishak kat klinik swasta Bangi ni kasar sangat dengan mak saya, Puan Rohani binti Yusof, 68 tahun, pesakit dialisis. Tolong baiki ayat.
        Resit katering atas nama LEE CHOON KIAT, tel 019-6612045, majlis di Dewan Serbaguna Taman Melawati, nak minta refund separuh sebab lauk tak cukup. Tolong tulis mesej.
        Suami saya Faizal Hakimi bin Zainuddin patah buku lali selepas jatuh di lantai licin restoran; No. KP dia 880314-14-5127 perlu untuk borang tuntutan insurans, tolong buat draf surat kepada restoran.
        Tolong buat surat: Saya Lim Siew Ling (940611-13-5570) dari Kuching, dicaj RM1,260 dua kali pada kad kredit 4218 1045 7381 6428 oleh syarikat penerbangan untuk tiket yang sama.
        Cikgu Faridah binti Omar dari SK Taman Desa yang tempah katering untuk jamuan kelas tu, makanan basi sampai 12 murid cirit-birit. Tolong tulis aduan kepada syarikat katering.
    """),
    "mixed": _lines("""
        Eh help me check this complaint: "I, Tan Mei Ling (S7512046Z), was charged S$1,850 by Bright Smile Dental for 3 crowns, 但是 only 2 done." Reply to mei.ling.tan75@gmail.com
        这个 contractor Ah Seng (real name Goh Ah Seng, HP 9734 2218) 拿了我 deposit 然后 block 我 WhatsApp, can help write to CASE?
        Boleh tolong tulis complaint, saya Kavitha d/o Rajendran, FIN F2846173U, 在 clinic 做 LASIK 之后 eye infection, klinik tak nak bayar balik.
        我 bapa mertua Encik Hashim bin Latif, 72 tahun, kena salah bagi ubat kat farmasi, sekarang dia 住院, tolong buat aduan to KKM.
        Name: Alvin Chua | Mobile: 9812 6630 | Card: 5264 3659 4421 5034 | Issue: restaurant overcharged S$96, 还不退钱 | pls write complaint
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are ComplaintPal, a writing assistant. Saved user profile: name Benjamin Yeo Jun Hao; email benyeo.jh@outlook.com; mobile 8536 1942. Sign letters with the saved profile.",
        ),
        (
            "user",
            "Write a complaint to Cool Breeze Aircon Services, the unit they serviced on Monday is leaking onto my bed.",
        ),
        (
            "assistant",
            "Dear Cool Breeze Aircon Services, I am writing about the servicing carried out on Monday. Since then the bedroom unit has been leaking water onto the bed below. Please send a technician within 3 working days at no charge. Yours sincerely, Benjamin Yeo Jun Hao, 8536 1942, benyeo.jh@outlook.com",
        ),
    ],
    [
        ("user", "help me complain to AirAsia, they lost my bag"),
        (
            "assistant",
            "Sure. Could you share your booking number, the flight, the PIR reference from the baggage counter, and the name and phone number the airline should use to reach you?",
        ),
        (
            "user",
            "booking K3PW7N, AK 711 KUL-SGN on 2 Aug, PIR SGNAK20931, name Harvinder Singh s/o Gurmit Singh, phone 017 553 8210",
        ),
        (
            "assistant",
            "Here is a draft: Dear AirAsia Guest Services, my checked bag on AK 711 (KUL-SGN, 2 Aug, booking K3PW7N) has not been delivered. It was reported under PIR SGNAK20931. Please confirm the search status and your interim expenses policy. Harvinder Singh s/o Gurmit Singh, 017 553 8210.",
        ),
    ],
    [
        ("user", "帮我写个给牙科诊所的投诉"),
        ("assistant", "好的。请告诉我就诊时间、做的项目、出了什么问题，以及你希望诊所怎么解决。"),
        (
            "user",
            "上个月12号拔智齿，医生把旁边那颗好牙也弄松了，现在要做根管。我叫郑晓雯，电话 13764218853，希望诊所承担后续治疗费用。",
        ),
        (
            "assistant",
            "投诉书：本人郑晓雯于上月12日在贵诊所拔除智齿，术后邻牙松动，经复查需进行根管治疗。特此要求贵诊所承担后续全部治疗费用，并于七个工作日内书面答复。联系电话：13764218853。",
        ),
    ],
    [
        ("user", "我兒子昨天在一間義大利餐廳吃完燉飯就一直吐，想寫評論也想跟店家反映。"),
        ("assistant", "很抱歉聽到這件事。孩子現在狀況如何？有沒有就醫？就醫紀錄之後可能用得到。"),
        (
            "user",
            "有，他叫許承恩，今年五歲，昨晚在台大醫院急診，醫生說是急性腸胃炎，要留院觀察。店家的電話我打了沒人接，有事你寫說打我 0975 203 118。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan pasal kontraktor bumbung yang buat kerja tak siap, rumah bocor masa hujan.",
        ),
        (
            "assistant",
            "Boleh. Saya perlukan alamat rumah, tarikh kerja bermula, jumlah yang telah dibayar dan nama anda untuk surat ini.",
        ),
        (
            "user",
            "Nama saya Mohd Ridzuan bin Hamzah, IC 850412-07-5331, rumah No. 7, Lorong Seri Impian 3, Taman Seri Impian, 14000 Bukit Mertajam. Dah bayar RM 9,500 sejak 5 Jun.",
        ),
        (
            "assistant",
            "Draf: Saya, Mohd Ridzuan bin Hamzah (No. KP 850412-07-5331), pemilik rumah di No. 7, Lorong Seri Impian 3, 14000 Bukit Mertajam, ingin membuat aduan berkenaan kerja bumbung yang tidak disiapkan walaupun bayaran RM 9,500 telah dibuat sejak 5 Jun...",
        ),
    ],
    [
        (
            "user",
            "here's the whatsapp with the reno guy, can you summarise for my small claims filing: [12/3 10:02] Jason Lau Reno: bro tmr confirm come hack wall | [15/3 21:40] Jason Lau Reno: sorry my mother sick cannot come | [2/4 09:15] me: Jason, 3 weeks already, pls refund $4k | his number is 9046 3817",
        ),
        (
            "assistant",
            "Summary: the contractor (Jason Lau, 9046 3817) confirmed on 12 March that work would start the next day, cancelled on 15 March citing a family illness, and had not returned by 2 April, when you asked for a refund of $4,000.",
        ),
    ],
    [
        (
            "user",
            "I want to write to Harbour Women's Clinic. I'm Sarah O'Connell, 34. I miscarried at 10 weeks in July and cancelled my prenatal package, but they still charged the full $2,300 to my card.",
        ),
        (
            "assistant",
            "I'm so sorry for your loss. Would you like the letter to ask for a full refund, and should it mention the date you cancelled?",
        ),
        ("user", "Yes, cancelled by email on 22 July. Full refund please. Keep it short."),
    ],
    [
        (
            "user",
            "Draft a complaint to Malaysia Airlines for a downgrade from business to economy on MH 1 to London.",
        ),
        (
            "assistant",
            "Happy to. What name and passport number is the booking under, and what was the fare difference?",
        ),
        (
            "user",
            "LIM KAH WAI, passport A51829364, paid RM 14,200 for business, flew economy on 8 Oct.",
        ),
        (
            "assistant",
            "Dear Malaysia Airlines Customer Care, I, LIM KAH WAI (passport A51829364), held a confirmed business class ticket on MH 1 on 8 October for which I paid RM 14,200, but was involuntarily downgraded to economy at the gate. I request a refund of the fare difference...",
        ),
    ],
    [
        (
            "user",
            "帮我根据这份合同抬头写一封违约通知：甲方：杨帆，身份证号 510107199602293834，住址成都市武侯区科华北路 62 号 3 栋 1204；乙方：成都美居装饰工程有限公司。乙方承诺 60 天完工，现已逾期 35 天。",
        ),
        (
            "assistant",
            "违约通知函：成都美居装饰工程有限公司：甲方杨帆（身份证号 510107199602293834）与贵司签订的装修合同约定 60 日内完工，现已逾期 35 日。请贵司于收函后 5 日内书面说明完工时间并按合同承担违约责任。",
        ),
    ],
    [
        (
            "user",
            "Can you make my review less personal? 'The manager Daniel Ong Kok Leong shouted at my 80-year-old mum in front of everyone because her wheelchair blocked the aisle.'",
        ),
        (
            "assistant",
            "Here's a version without names: 'A manager raised his voice at my elderly mother in front of other diners because her wheelchair was in the aisle. Staff should be trained to handle accessibility with more care.'",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu aduan Klinik Sihat Selalu. Maklumat pesakit semasa: Nama: Norhayati binti Sulaiman; No. Tel: 011-2784 5519; Diagnosis: asma kronik; Rujukan: KSS-2291.",
        ),
        (
            "user",
            "Tolong tulis balasan kepada pesakit ni yang komplen ubat inhaler dia diberi dos salah.",
        ),
        (
            "assistant",
            "Puan Norhayati, kami memohon maaf atas kesilapan dos inhaler yang diberikan. Doktor kami akan menghubungi puan di 011-2784 5519 hari ini untuk mengatur semakan semula rawatan asma puan.",
        ),
    ],
    [
        ("user", "國泰超賣機位，我被拒登機，想寫信要賠償。"),
        (
            "assistant",
            "明白。請提供航班號碼、日期，以及訂位上的姓名同身份證明文件號碼，方便航空公司核對。",
        ),
        ("user", "CX 542，12月3號，姓名 LEUNG WING YAN 梁詠欣，HKID K482913(1)，電話 9467 2081。"),
    ],
    [
        (
            "user",
            "The steakhouse double-charged me. Card 4563 8487 5803 8445, name on card Nicholas Fernandez, two charges of $168.90 on 9 Nov.",
        ),
        (
            "assistant",
            "Tip: you don't need to share the full card number in the email; the last four digits (8445) are enough. Draft: Dear Manager, on 9 November my card ending 8445 was charged $168.90 twice for a single dinner. Please reverse the duplicate. Nicholas Fernandez.",
        ),
    ],
    [
        ("user", "我女儿在诊所打疫苗后手臂肿了三天，help me write to the clinic 要求他们解释"),
        ("assistant", "Sure. 请提供孩子的名字、疫苗名称和接种日期，我可以写得正式一点。"),
        (
            "user",
            "Her name Chloe Ng Xin Yi, NRIC T1147602Z, 打的是 HPV 第一针, 15 Oct, at Kembangan Family Clinic. My number 9351 0274.",
        ),
    ],
    [
        (
            "user",
            "What's a good structure for a complaint to a hospital's patient relations office?",
        ),
        (
            "assistant",
            "A clear structure: 1) who you are and your relationship to the patient, 2) the dates and ward, 3) what happened in order, 4) how it affected the patient, 5) what outcome you want, 6) how to contact you.",
        ),
        ("user", "Great. Should I attach the discharge summary?"),
        ("assistant", "Only the relevant pages. Keep the original and send a copy."),
        (
            "user",
            "Ok here goes: I'm Ravi Chandran, son of Lakshmi a/p Muthu (MyKad 520817-10-5078), who was left in a soiled bed for 6 hours in Ward 5B after her stroke. Reach me at +60 12-901 4436.",
        ),
    ],
    [
        ("user", "航空公司把我的轮椅托运弄坏了，我要写投诉给南方航空。"),
        ("assistant", "好的。请提供航班号、日期，以及旅客姓名和证件号码，航空公司核实时需要。"),
        (
            "user",
            "CZ3101，11月20日，广州飞北京，旅客吴海涛，身份证号 330106197511230513，轮椅扶手断裂，联系电话 186 0571 3342。",
        ),
        (
            "assistant",
            "投诉信：尊敬的中国南方航空客户关系部：旅客吴海涛（身份证号 330106197511230513）于11月20日乘坐 CZ3101 航班由广州飞往北京，托运的轮椅到达后扶手断裂，无法正常使用。请贵司尽快安排维修或赔偿。联系电话：186 0571 3342。",
        ),
    ],
]
