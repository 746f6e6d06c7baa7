# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat83: chats asking an assistant to help organise one's own house move. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat83
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant_chat"): _lines("""
        User: I'm moving from a 3-room HDB flat to a condo in about six weeks. Can you give me a week-by-week checklist? Assistant: Sure. Week 6: get three written quotes from movers and fix the date. Week 5: tell your child's school and ask about transfer paperwork. Week 4: book the condo's service lift and pay the move-in deposit. Week 3: arrange utilities and internet at the new place. Week 2: update your address with ICA, banks and insurers. Week 1: pack an open-first box and confirm the crew's arrival time.
        User: Who do I actually need to tell when I change address in Singapore? Assistant: Start with ICA, because updating the address on your NRIC through the ICA e-service also updates many government agencies. After that, do your banks, insurers, telco, employer, your children's schools and any online shops you use.
        User: how early should i book movers for a saturday at the end of the month? Assistant: End-of-month weekends are the busiest slots, so book three to four weeks ahead if you can. Mid-month weekdays are usually cheaper and easier to get.
        User: is it normal for movers to charge extra for stairs? the new place is a 3rd floor walk-up with no lift. Assistant: Yes, most companies add a stair-carry fee per floor, and sometimes extra for heavy items like a fridge or a piano. Ask for it to be written into the quote so there are no surprises on the day.
        User: What's the difference between a fixed quote and an hourly quote from a moving company? Assistant: A fixed quote covers the whole job at one price based on a survey of your belongings. An hourly quote charges for crew time, so delays at the loading bay or a slow lift cost you money. Fixed is safer if your inventory is accurate.
        User: My movers gave me quotation no. MV-26-03317 for $1,480. Is GST normally included? Assistant: It depends on the company. A GST-registered mover must show whether the 9% GST is included; if the quote doesn't say, ask them to confirm in writing before you sign.
        User: How do I transfer my electricity and water account when I move within Singapore? Assistant: Close the account at your old address and open one at the new address through SP Group's app or website, giving at least a few working days' notice. Have your move-in date ready; a security deposit may apply if you rent.
        User: What should go into an open-first box? Assistant: Toilet paper, phone chargers, a kettle and mugs, basic tools, bin bags, a change of clothes for everyone, medicines, towels, bedsheets, snacks for kids and the keys and access cards for the new place.
        User: How do I move my child from one primary school to another in Singapore after we move house? Assistant: For transfers between MOE primary schools, contact the school you want directly and ask whether it has vacancies in your child's level. Bring the latest report book and proof of the new address; the new school handles the transfer with the old one.
        User: Are moving expenses still tax-deductible in the US? Assistant: For most people, no. The 2017 tax law suspended the moving expense deduction for most taxpayers; active-duty members of the armed forces moving under military orders are the main exception.
        User: how do i pack a flat-screen TV without the original box? Assistant: Wrap the screen in a soft blanket, add a layer of bubble wrap, sandwich it between two pieces of cardboard and tape them together. Always move it standing upright, never lying flat.
        User: Is 520472 a Tampines postcode? Assistant: Yes, Singapore postcodes beginning with 52 belong to the Tampines area. The last four digits usually match the HDB block.
        User: In the Harry Potter books the Dursleys live at 4 Privet Drive. Do they ever move out? Assistant: They leave in Deathly Hallows, when the Order of the Phoenix takes them into hiding before Harry's protection ends on his seventeenth birthday.
        User: Didn't Charles Dickens live at 48 Doughty Street in London? Assistant: Yes, Dickens lived there from 1837 to 1839 and wrote Oliver Twist there. The house is now the Charles Dickens Museum.
        User: Write a small Python function that estimates how many boxes I need. Assistant: def boxes_needed(rooms: int, people: int) -> int: return rooms * 10 + people * 5  # rough rule of thumb; add 20% for a kitchen full of crockery
        User: My ticket with the movers' customer service is #CS-884201 and nobody has replied in five days. How do I escalate? Assistant: Reply to the ticket asking for a response within 48 hours, then email the company's general manager or complaints address quoting the ticket number. If the company is a member of a trade association, you can lodge a complaint there as well.
        User: Should I update my address with the bank before or after the move? Assistant: Do it a few days before the move date so cards and statements go to the new address, and set up mail redirection to catch anything that slips through.
        User: We're moving with a cat. Any tips for the first night? Assistant: Set up one quiet room with the litter tray, food, water and something that smells of home, and keep the cat there for a day or two before letting it explore the rest of the flat.
        User: What's a reasonable tip for movers in Singapore? Assistant: Tipping isn't expected, but cold drinks and S$10 to S$20 per mover for a hard job is a common gesture.
        User: How does mail redirection work in Singapore? Assistant: SingPost offers a mail redirection service for a fixed period such as three, six or twelve months. You apply online or at a post office and pay a fee; mail addressed to the old address is then sent on to the new one.
        User: The lift at my new condo only takes loads up to 1,000 kg and the sofa is 2.3 m long. Will it fit? Assistant: Measure the lift car's diagonal and the door height. A 2.3 m sofa often fits standing on end if the car is at least 2.4 m high; otherwise ask the movers about removing the legs or hoisting it.
        User: I need a moving-day timeline for a family of four with a 9am lorry. Assistant: 7:00 breakfast and strip the beds; 8:00 last boxes sealed and labelled; 9:00 crew arrives, walk-through of fragile items; 11:30 lorry leaves; 12:30 arrive, check for damage as items come off; 15:00 beds assembled and open-first boxes unpacked.
    """),
    ("en", "templates"): _lines("""
        Change of address notification / To: [Company name] / Account no.: __________ / Old address: __________ / New address: __________ / Effective from: __/__/____ / Signature: __________
        Moving inventory sheet | Box # | Room | Contents | Fragile (Y/N) | Checked on delivery (Y/N) | Notes
        Template: School transfer request. To the Principal, [School name]. I wish to request a transfer for my child, [Child's full name], currently in [Class], as our family is moving to [Area] on [Date]. Parent/guardian: [Name]. Contact: [Phone].
        Please make a checklist of utilities to disconnect and connect (electricity, water, gas, internet, pay-TV) with columns for provider, account number (leave blank), cut-off date and connection date.
        Write me a WhatsApp message for my new neighbours: Hi neighbours! We're moving into unit [#__-__] on [date] and the lorry will be at the loading bay from [time] to [time]. Sorry in advance for the noise! - [Your name]
        We've moved! Our new address is {{street}}, {{city}} {{postcode}}. Same phone, same email. Come over for tea anytime!
        Move-in application to building management / Unit: ______ / Date of move: ______ / Lorry plate no.: ______ / Contact person: ______ / Refundable deposit: RM500 / Lift padding required: Y/N
        Draft an email to all staff: the office moves to Level 18, Menara Gemilang on 2 March. Please pack your personal items into the crates provided by 26 February; IT will relabel all desks over the weekend.
        Moving with kids checklist: tell the old school, collect the transfer letter and report cards, register with the new school, update emergency contacts, find the nearest clinic, visit the new playground before moving day.
        Move-out meter reading record / Meter no.: __________ / Reading on move-out day: ______ kWh / Water meter: ______ m3 / Photo taken: Y/N / Recorded by: ______
        Can you turn this into a printable table? Room | Number of boxes | Furniture to dismantle | Who packs it | Done
        JSON schema for our move-planning app: {"move_date": "date", "from_postcode": "string", "to_postcode": "string", "rooms": "integer", "quote_id": "string", "needs_lift_booking": "boolean"}
    """),
    ("en", "references_and_logs"): _lines("""
        Booking confirmed LM-20260314-7731 | 1.7m van | pickup 09:00-10:00 | Kallang to Bukit Batok | est. fare S$88.00 | 2 helpers
        Invoice INV-000482 | 30 medium cartons, 2 rolls bubble wrap, 4 rolls tape | Subtotal S$96.30 | GST 9% S$8.67 | Total S$104.97
        Swift Relocations Sdn Bhd | Hotline 1-300-88-7788 | sales@swiftrelocations.com.my | Mon-Sat 9am-6pm | Free survey within the Klang Valley
        [2026-03-14 09:12:44] INFO move_planner: quote_id=Q-88213 status=ACCEPTED truck=3T crew=3 eta_minutes=35 lift_booked=true
        Tracking RR482019378SG: 12 Mar 14:02 posted at Tampines Central PO; 13 Mar 08:40 despatched to MALAYSIA; 17 Mar 10:15 delivered
        Carton SKU MB-M-450 (medium, 45x35x35 cm) x 30 @ RM3.20 = RM96.00; SKU MB-W-600 wardrobe box x 4 @ RM18.50 = RM74.00
        Case ref COA-2026-0041187: your change of address request has been received and will be reflected within 3 working days.
        Policy ref HG-TR-2231-0087: household goods in transit covered up to RM50,000 per move, excess RM250 per claim, excluding cash and jewellery.
        Which lorry suits a 3-room flat: Isuzu NPR 75, Hino 300 XZU or Daihatsu Gran Max? We have a fridge, a queen bed and about 40 boxes.
        Move checklist v2.3 released; sha256 9f2c4e1ab07d3c58e6a1f0d2b94c7e3a51d8f6029bc4e7a13f5d0c8e2a9b6f14
        TNB Careline 15454 | Air Selangor 15300 | Unifi 100 | SP Group and PUB details are printed on your bill.
        Nearby for the new flat: Bishan Public Library, Raffles Institution, Thomson Medical Centre and Junction 8. Which bus goes from Bishan MRT to Raffles Institution?
    """),
    ("zh-Hans", "assistant_chat"): _lines("""
        用户：下个月从北京搬到杭州，孩子上小学三年级，转学需要准备哪些材料？ 助手：一般需要转出学校的转学联系函、学籍信息（全国中小学生学籍系统里有学籍号）、户口本或居住证、房产证或租房合同。建议先打电话给杭州当地教育局确认入学政策和时间节点。
        用户：搬家公司报价单上写「大件家具拆装另计，每件50元」，这合理吗？ 助手：这个价格在一二线城市算正常。签之前问清楚哪些算大件，床、衣柜、书柜是否都要拆，最好在合同里写明件数上限。
        用户：户口迁移是先回老家办迁出，还是直接在迁入地办？ 助手：现在很多地方已经实行户口迁移「跨省通办」，可以直接到迁入地派出所申请，由系统转到迁出地办理，不用两头跑。具体以当地公安要求为准。
        用户：燃气过户需要带什么？ 助手：通常需要新旧户主身份证原件、房产证或购房合同、燃气卡和最近一次缴费凭证。各城市燃气公司要求不同，最好先打客服电话确认。
        用户：搬家那天水电燃气表读数怎么记录比较稳妥？ 助手：交接时和房东或物业一起看表，拍照留存，照片里要能看清表号和读数，再在交接单上双方签字。
        用户：帮我写一个搬家通知，发在公司群里，地址用【新地址】代替。 助手：各位同事好！我已于【日期】搬家，新地址为【新地址】，以后寄给我的快递和文件请改寄新地址，谢谢大家！
        用户：孟母三迁讲的是什么？ 助手：讲孟子的母亲为了让孩子有好的成长环境，先后搬了三次家：从墓地旁搬到集市旁，再搬到学宫旁，孟子才开始学习礼仪。故事见于西汉刘向的《列女传》。
        用户：订单号 HL20260412093375 的搬家费用比预估多了120元，能申诉吗？ 助手：可以。在App的订单详情里找「费用申诉」，上传搬运前后的照片和聊天记录，一般三个工作日内会有处理结果。
        用户：宽带移机一般要多久？我用的是中国电信。 助手：一般3到7个工作日，可以拨打10000号或者去营业厅预约。新地址要先确认有没有电信的光纤覆盖。
        用户：电费户名过户，国家电网的客服电话是多少？ 助手：是95598，也可以直接在「网上国网」App里办理过户。
        用户：鲁迅在上海住过哪里？听说故居可以参观。 助手：鲁迅1933年到1936年住在虹口区山阴路大陆新村9号，现在是上海鲁迅故居，对公众开放。
        用户：新家的邮编是200120，这是浦东哪一带？ 助手：200120属于上海市浦东新区，大致在陆家嘴附近。具体到街道可以在中国邮政官网查询。
        用户：居住证的地址变了，要在哪里办变更？ 助手：一般到新住址所在地的派出所或社区事务受理中心办理，带上身份证、居住证和新的租房合同或房产证明。
        用户：两室一厅搬家大概要准备多少个纸箱？ 助手：两室一厅一般需要中号纸箱25到35个，加上几个大号箱装被子和衣服。书比较多的话多备几个小号箱，装满书的大箱子很难搬。
        用户：请写一段Python，把搬家物品清单按房间统计数量。 助手：from collections import Counter; items = [("客厅", "电视"), ("卧室", "衣柜"), ("卧室", "台灯")]; print(Counter(room for room, _ in items))
        用户：发票号码04418273，金额1,860.00元，搬家公司开的普通发票能报销吗？ 助手：要看单位的搬迁补贴政策。如果可以报销，一般要求发票抬头是单位名称并附上搬家合同，建议先问财务。
    """),
    ("zh-Hant", "assistant_chat"): _lines("""
        用戶：搬屋前要點樣轉中電戶口？ 助手：可以經中電網上服務或者打 2678 2678 辦理，舊單位要申請終止供電，新單位要開新戶口，最好提前兩個工作天通知。
        用戶：香港搬屋公司通常點收費？400呎單位，由屯門搬去將軍澳。 助手：一般按車數同人手計，一架5.5噸車加3個師傅大約 HK$2,500 至 HK$4,000，如果冇𨋢或者要拆裝傢俬會另外收費。
        用戶：小朋友讀緊小二，搬區之後可唔可以轉校？ 助手：可以直接向新區有學位嘅學校申請插班，亦可以向教育局學位分配組查詢，記得準備成績表同住址證明。
        使用者：我要從台中搬到台北，戶籍遷入要帶什麼？ 助理：本人身分證、印章、新住址的房屋所有權狀或租賃契約，到新住址所在地的戶政事務所辦理，遷入即視同遷出，不用回台中。
        使用者：台電過戶可以線上辦嗎？ 助理：可以透過台電e櫃檯辦理，或撥打1911客服專線詢問需要的文件。
        使用者：中華電信光世代移機大概要多久？ 助理：一般3到5個工作天，可以撥0800-080-123或到門市申請，移機費依方案不同。
        使用者：孩子國小轉學，要先去原學校還是新學校？ 助理：先到新住址辦好戶籍遷入，再帶戶口名簿到新學區的學校辦轉入，新學校會發通知給原學校轉出。
        用戶：香港郵政嘅轉遞郵件服務點申請？ 助手：可以網上或者去郵政局填表申請，揀轉遞期限同埋付費，開始日期最好定喺搬屋前一兩日。
        用戶：幫我寫個搬入通知俾管理處，唔好填真名，用【住戶姓名】代替。 助手：管理處你好：本人【住戶姓名】將於【日期】遷入【座數／樓層／單位】，屆時需要使用貨𨋢，請安排保護板，謝謝。
        使用者：三毛在撒哈拉住過的地方現在還在嗎？ 助理：三毛在《撒哈拉的故事》裡寫過她和荷西在阿尤恩的生活，據說當地舊居外牆有紀念牌，不少書迷會去拜訪。
        使用者：搬家公司估價單編號 TP-1150428，寫「3.5噸貨車兩趟 NT$12,000」合理嗎？ 助理：台北市區兩趟這個價錢算中間，要確認有沒有包含樓層費、包材和拆裝床架。
        用戶：屋企由九龍搬去沙田，中學生轉校要準備咩文件？ 助手：通常要最近兩年嘅成績表、操行紀錄、出世紙或身份證明文件副本，同埋新住址證明，各校要求唔同，先打去學校問。
        使用者：請問郵遞區號106是台北哪一區？ 助理：106是台北市大安區。
        用戶：搬屋紙箱邊度有得免費攞？ 助手：可以問下超市同藥房有冇用完嘅紙箱，或者喺屋苑群組問下啱啱搬入嘅鄰居。
    """),
    ("ms", "assistant_chat"): _lines("""
        Pengguna: Macam mana nak tukar alamat dalam MyKad selepas pindah rumah? Pembantu: Pergi ke pejabat JPN yang berdekatan dengan MyKad dan bukti alamat baharu seperti bil utiliti atau perjanjian sewa. Kemas kini alamat biasanya siap pada hari yang sama.
        Pengguna: Nak pindahkan akaun TNB ke rumah baru, kena buat apa? Pembantu: Tamatkan akaun di rumah lama melalui myTNB, kemudian mohon tukar nama atau bekalan baharu di rumah baru. Sediakan salinan kad pengenalan, perjanjian sewa atau SPA dan deposit. Boleh juga hubungi TNB Careline 15454.
        Pengguna: Berapa lama proses pertukaran sekolah anak dari Johor ke Selangor? Pembantu: Biasanya satu hingga dua minggu. Mohon melalui sekolah baharu atau Pejabat Pendidikan Daerah, dan bawa surat tawaran, salinan sijil lahir serta bukti alamat baharu.
        Pengguna: Lori 3 tan cukup tak untuk rumah teres dua tingkat 4 bilik? Pembantu: Selalunya tak cukup sekali jalan. Untuk rumah teres 4 bilik, kebanyakan syarikat cadangkan lori 5 tan atau dua trip lori 3 tan.
        Pengguna: tolong buat surat pertukaran alamat untuk bank, guna ruang kosong untuk nama dan nombor akaun. Pembantu: Kepada Pengurus, [Nama Bank]. Saya, [Nama Penuh], No. KP [__________], pemegang akaun [__________], ingin memaklumkan pertukaran alamat surat-menyurat kepada [Alamat Baharu] berkuat kuasa [Tarikh].
        Pengguna: Air Selangor nombor apa nak tanya pasal tukar nama akaun? Pembantu: Talian Air Selangor ialah 15300, atau guna aplikasi Air Selangor untuk permohonan tukar nama.
        Pengguna: Unifi boleh pindah ke alamat baru tak, atau kena daftar baru? Pembantu: Boleh mohon pindah talian melalui aplikasi MyUnifi atau hubungi 100, dengan syarat alamat baru ada liputan fiber.
        Pengguna: poskod 43000 tu Kajang kan? Pembantu: Ya, 43000 ialah poskod Kajang, Selangor.
        Pengguna: Sebut harga SH/2026/0418, RM1,250 untuk pindah dari Shah Alam ke Klang, termasuk bungkus barang tak? Pembantu: Tak semestinya. Tanya sama ada harga termasuk kotak, pembalut gelembung dan kerja bungkus; ada syarikat kira bungkus sebagai servis tambahan.
        Pengguna: Betul ke Tunku Abdul Rahman tinggal di Pulau Pinang lepas bersara? Pembantu: Ya, selepas meletak jawatan sebagai Perdana Menteri pada 1970, Tunku menghabiskan banyak masa di Pulau Pinang dan menulis ruangan dalam akhbar The Star.
        Pengguna: Kena tukar alamat daftar pemilih SPR juga ke bila pindah? Pembantu: Alamat mengundi mengikut alamat dalam MyKad. Selepas anda kemas kini alamat di JPN, daftar pemilih akan dikemas kini mengikut jadual SPR.
        Pengguna: Barang pecah belah macam pinggan mangkuk macam mana nak bungkus? Pembantu: Balut setiap pinggan dengan kertas, susun secara menegak dalam kotak kecil, isi ruang kosong dengan kertas renyuk dan tulis MUDAH PECAH di semua sisi.
        Pengguna: Pengurusan kondo minta deposit lif RM500 masa pindah masuk, biasa ke? Pembantu: Biasa. Kebanyakan pengurusan bangunan minta deposit RM200 hingga RM500 dan akan pulangkan selepas periksa tiada kerosakan pada lif dan koridor.
        Pengguna: Boleh tak pindahkan anak ke SK Taman Tun Dr Ismail walaupun rumah bukan dalam zon? Pembantu: Boleh cuba memohon, tetapi keutamaan biasanya diberi kepada murid dalam kawasan. Tanya terus sekolah dan Pejabat Pendidikan Daerah tentang kekosongan.
        Pengguna: nombor tracking Pos Laju ER482017363MY untuk kotak buku saya, berapa hari dari Kuching ke KL? Pembantu: Biasanya dua hingga empat hari bekerja untuk Sarawak ke Semenanjung. Semak status dengan nombor tracking di laman Pos Malaysia.
        Pengguna: Perlu ke tukar alamat pada geran kereta bila pindah negeri? Pembantu: Ya, pemilik perlu kemas kini alamat dengan JPJ, sama ada di kaunter atau dalam talian, supaya notis dan saman dihantar ke alamat yang betul.
    """),
    ("mixed", "assistant_chat"): _lines("""
        User: bro movers quote RM1,800 for Puchong to Setia Alam, 3 bilik, ada piano. mahal tak? Assistant: Not bad actually. Piano biasanya ada caj tambahan RM300 to RM600, so make sure the RM1,800 already covers it.
        User: 我们下个月搬去 JB, anak kena tukar sekolah dari SJK(C) to another SJK(C), prosedur macam mana? Assistant: 先联系新学校问有没有学额，然后 apply pertukaran melalui sekolah baharu，准备出生纸、成绩册和新地址证明。
        User: 搬屋 la, Unifi 要点 relocate ah? Assistant: 用 MyUnifi app 揀 relocation，或者打 100，新地址要有 fibre coverage 先得。
        User: lorry cannot go into the condo because of height limit 2.1m, what can do? Assistant: Ask the mover to use a smaller lorry for the last leg, or park at the visitor drop-off and use trolleys. Inform management first so security knows.
        User: wah the HDB key collection is next week but the contractor still haven't finish, can I shift the movers date without penalty? Assistant: Check the cancellation terms on your quote. Many movers allow one free date change if you tell them at least 3 to 7 days before.
        User: 请帮我 translate 这个 notice 成 English：各住户请注意，本周六上午9点至12点货梯暂停使用。 Assistant: Notice to all residents: the service lift will be out of use this Saturday from 9am to 12pm.
        User: ICA change of address 要 bring what documents? Assistant: 不用去柜台，可以 online 用 Singpass 登录 ICA e-service 办理，搬家后28天内更新就可以了。
        User: Kotak for 搬家 where to buy cheap ah? Assistant: Try Shopee or Lazada bundles, or ask your nearest mamak or minimart for used boxes.
        User: boleh recommend 搬家公司 in Penang yang ada insurance? Assistant: I can't vouch for a specific company, but ask each one for their goods-in-transit policy, the claim limit and whether dismantling is covered.
        User: deposit rumah lama belum dapat balik, landlord kata nak tolak untuk cat dinding, boleh ke? Assistant: Normal wear and tear biasanya tak boleh ditolak. Check the tenancy agreement and your move-in photos before you agree.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tidy this up for my movers? Name: Jasmine Koh Li Ting, mobile 9736 2418, pickup Blk 472 Tampines St 44 #08-215, drop-off 18 Jurong Lake Link #14-07, 21 March, 3-room flat plus one upright piano.
        Please fix my grammar: Dear Sir, I am Rajesh s/o Subramaniam, NRIC S7729054J, I am shifting from Blk 118 Bedok North Road #05-342 to Punggol and kindly request to transfer my utilities account from 1 April.
        Did I fill this in right? CHANGE OF ADDRESS | POLICYHOLDER: LIM WEI MING | POLICY NO. HL-00482117 | NRIC: S8834216Z | NEW ADDRESS: 27 SERANGOON GARDEN WAY #03-11 SINGAPORE 555949 | TEL: 8214 5597
        hey can u help me write to my son's school? his name is ethan ong jun hao, P4 at Rosyth School, we're moving to sengkang in june and i want to ask how the transfer works
        Turn my notes into a schedule: Mon 14 Apr movers (Ah Boon 9158 0362) arrive 8am; move Dad's hospital bed first, he's on oxygen at night so the concentrator stays on until 7am.
        Make this sound less rude: Hi Marcus, the flat is empty and clean, please refund my $3,600 deposit to DBS 027-9-184632 (Chloe Tan) by Friday.
        The moving company wants the deposit by card. Is it okay to WhatsApp them this? Visa 4556 3252 6528 8150, exp 09/28, name on card KEVIN LOH
        Proofread please: To whom it may concern, this is to confirm that Mr Daniel Fernandez and Mrs Priya Fernandez have resided at 9 Jalan Kemuning 3, Taman Kemuning, 81200 Johor Bahru since 2019 and will vacate the premises on 30 June.
        Summarise my complaint: QuickShift crew on 2 March (supervisor Hafiz, lorry WVT 3829) scratched our wardrobe and broke a lamp. Reply to me, Serena Wong, at serena.wong1989@gmail.com.
        Add to the move spreadsheet: Grandma (Mdm Tan Ah Moi, 84, wheelchair user, early dementia) moves in with us on 5 May; close her old flat at Blk 31 Telok Blangah Rise #02-118.
        For the international move the shipper wants: Oliver Grant, British passport 531847206, arriving Singapore 3 May on an Employment Pass, FIN G5182364N. Can you put that into their form layout?
        ticket #55120 | customer: Nur Syafiqah binti Roslan | phone +60 11-3382 9174 | issue: movers came without dismantling tools, bed frame left behind | status: callback requested
    """),
    "zh-Hans": _lines("""
        帮我把这段话改通顺：我叫陈嘉乐，身份证号440106198805123473，现住广州市天河区体育东路128号华庭小区3栋1204，因为搬家需要办理燃气过户和宽带移机。
        帮我改成正式一点的短信：搬家师傅明天早上8点到，联系人王秀英 139 1742 8365，地址上海市浦东新区锦绣路1888弄12号601室，记得带拆床的工具。
        请帮我检查转学申请表格式：学生姓名 赵子涵｜性别 女｜身份证号 330106201409170621｜原就读学校 杭州市学军小学 六年级1班｜转入学校 北京市朝阳区实验小学｜转学原因 随父母工作调动搬迁
        我准备在群里发这条，帮我看看：@所有人 我（林晓雨）周六搬家，新地址北京市朝阳区望京西园三区312楼1506，有东西寄给我的请改地址，微信号 lin_xiaoyu_0912 不变。
        我妈刘桂芳，72岁，有高血压和糖尿病，下个月跟我们搬到成都，她的身份证是510107195403122460，异地就医备案怎么办？
        帮我看下银行变更地址申请：户名 周建国｜身份证 320102196704155319｜卡号 6222 0259 4525 9410 463｜新地址 南京市玄武区珠江路688号7栋302室｜手机 137 6021 8854
        搬家公司投诉帮我写一下：我叫孙莉，3月8日搬家，司机郑师傅（车牌粤B·7K29X，手机15821946037）中途加价300元，不给就不卸货。
        业主群自我介绍帮我润色：大家好，我是新搬来18栋2单元502的吴海燕，QQ 2847103962，家里有两只猫，装修期间打扰大家了！
        户口迁移材料还缺什么？迁移人 马骏，身份证110105197902284159，迁出地北京市朝阳区，迁入地深圳市南山区，随迁子女 马思远（110105201205253719）。
        快递改地址的备注这样写对吗：收件人黄志鹏，电话186-2035-7741，原地址武汉市洪山区珞喻路152号，从4月1日起改寄武汉市江汉区新华路218号2单元901。
    """),
    "zh-Hant": _lines("""
        幫我執一執呢封信：本人陳嘉欣（香港身份證號碼 Y603721(4)）已於3月15日由沙田第一城32座18樓F室搬往將軍澳日出康城3期5座26樓C室，請更新我嘅通訊地址。
        搬屋公司 booking 幫我整理下：聯絡人李志強先生 9386 2174，由觀塘翠屏邨翠楊樓1518室搬去元朗YOHO Town 2座33樓A室，有部鋼琴同埋兩部雪櫃。
        幫我檢查轉學申請書：學生 林品妤，身分證字號 A228419377，原就讀台北市大安區大安國小四年甲班，因搬家轉入新北市板橋區板橋國小，家長 林志明。
        幫我把這段改成比較有禮貌：師傅你好，我是王俊傑 0912-483-627，新家在新北市板橋區文化路一段188巷12號5樓，沒有電梯喔，冰箱要爬樓梯。
        台電過戶資料這樣填可以嗎？原用戶 張雅婷（B216385401），新用戶 張家豪（F130572846），地址 台中市西屯區河南路二段262號8樓之3，電號另附。
        我老公黃偉強搬返深圳住，回鄉證號碼 H60382719，香港身份證 K392814(4)，佢啲銀行月結單要改寄去內地地址，要點做？
        管理處記錄幫我改成正式英文：3月20日康樂園12座李太（李美華，電話 6128 4093）搬運期間刮花大堂雲石，已扣按金 HK$2,000。
        郵局轉寄申請我這樣寫對嗎？申請人 陳冠宇，原址 台中市西屯區文華路100號3樓，新址 台北市中山區民生東路二段147巷9號，電話 0958 214 736。
        幫我寫封email俾班主任：陳老師你好，我係4B班何樂兒嘅媽媽何太，我哋5月尾搬去屯門，樂兒會讀到學期尾，有事可以打 5417 3826 搵我。
    """),
    "ms": _lines("""
        Tolong semak borang ni: NAMA: NURUL AINA BINTI KAMARUDIN | NO. KP: 870423-10-5628 | ALAMAT BARU: B-12-07, RESIDENSI ALAM DAMAI, JALAN ALAM DAMAI, 56000 CHERAS, KUALA LUMPUR | TEL: 012-748 3921
        Tolong betulkan ayat surat ni: Saya, Mohd Faizal bin Ismail, bapa kepada Ahmad Danish bin Mohd Faizal (Tahun 3 Bestari, SK Seksyen 7 Shah Alam), memohon pertukaran sekolah anak saya kerana kami berpindah ke Kuantan pada 1 Julai.
        Nak hantar kat driver lori, betul tak ayat ni: Bang, saya Siti Zubaidah, rumah No. 23, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, call 016-229 4857 kalau sesat ye.
        Tolong tulis mesej sopan kepada tuan rumah: deposit RM2,400 tolong masukkan ke Maybank 1642 3358 9021 atas nama Muhammad Haziq bin Rahman sebelum 15 haribulan.
        Borang tukar nama akaun TNB saya: Pemohon Lee Mei Fong, No. KP 790102-07-5044, alamat premis 41 Lorong Kenari 5, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang. Ada yang tertinggal?
        Kereta saya Perodua Myvi JQR 5120, pemilik Kavitha a/p Ramasamy, nak tukar alamat geran dari Johor ke 88 Jalan Ipoh, Kuala Lumpur, apa dokumen perlu?
        Tolong draf surat: mak saya Pn. Rohani binti Yusof, 68 tahun, pesakit dialisis di Hospital Kajang tiga kali seminggu, kami pindah ke Seremban bulan depan dan rawatan perlu dipindahkan.
        Geng rumah sewa, ringkaskan mesej ni: Farid dah keluar bilik 3 semalam tapi belum bayar bil air RM86 dengan bil elektrik RM142, nombor dia 019-336 5120.
        Borang pindah ke Singapura minta No. Pasport A41273598 dan No. KP 920715-14-6113 atas nama Azman bin Othman, format ni betul ke?
        Daftar sekolah baru untuk anak saya Aisyah Humaira binti Azlan, MyKid 150308-10-1286, Tahun 5, dari SK Bukit Jelutong ke SK Seri Kembangan. Apa lagi perlu disediakan?
    """),
    "mixed": _lines("""
        Boss tolong check ni: 我的新地址 Lot 1182, Kampung Sungai Ramal Dalam, 43000 Kajang, nama Tan Chee Keong, phone 013-882 4610, movers datang Sabtu pagi.
        eh jia hui (tan jia hui) ur new place is Blk 641C Punggol Central #12-318 right? i pass u the keys tmr, call me at 8627 1934 if the agent late again
        Movers confirm 幫我翻做英文：何家俊先生，HKID R148056(0)，4月6日朝早9:30喺將軍澳寶林邨寶勤樓1207室上貨，搬去大埔。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "I'm moving next month and need to open a new electricity and water account. Can you help me fill in the application?",
        ),
        (
            "assistant",
            "Sure. I'll need the account holder's full name, NRIC or FIN, the new address, the move-in date and a contact number.",
        ),
        (
            "user",
            "Ng Hui Min, S9027461I, Blk 203B Compassvale Road #11-56, Singapore 542203, moving in 28 Feb, 9863 4120",
        ),
        (
            "assistant",
            "Here is the filled-in section: Account holder: Ng Hui Min | NRIC: S9027461I | Premises: Blk 203B Compassvale Road #11-56, S542203 | Turn-on date: 28 Feb | Mobile: 9863 4120. Please double-check the unit number before submitting.",
        ),
    ],
    [
        (
            "system",
            "You are MoveMate, the booking assistant of Swift Relocations. Current customer: Amanda Reyes, +65 8391 2274, booking SR-7781, pickup 12 Holland Grove Road, delivery 5 Mountbatten Square #07-02, 18 April.",
        ),
        ("user", "Hi, can I move my booking one day later?"),
        (
            "assistant",
            "Hi Amanda, I can check that. The 19 April morning slot is free for a 3-tonner. Shall I move booking SR-7781 to 19 April, same addresses?",
        ),
        ("user", "Yes please."),
    ],
    [
        ("user", "帮我写一封转学申请，孩子下学期从深圳转回上海读五年级。"),
        ("assistant", "好的，请提供孩子姓名、身份证号、现就读学校和班级，以及转入学校名称。"),
        (
            "user",
            "孩子叫邓雨桐，身份证440304201608231881，现在在深圳市南山区育才第二小学四年级3班，转到上海市徐汇区田林第三小学。家长写我，邓浩然。",
        ),
        (
            "assistant",
            "尊敬的田林第三小学领导：学生邓雨桐（身份证号440304201608231881），现就读于深圳市南山区育才第二小学四年级3班，因家庭搬迁至上海市徐汇区，特申请于下学期转入贵校五年级就读，望予批准。家长：邓浩然。",
        ),
    ],
    [
        ("user", "我老婆户口要迁到我这边，需要什么材料？"),
        (
            "assistant",
            "夫妻投靠一般需要结婚证、双方身份证和户口本、迁入地住房证明。方便的话告诉我双方的基本情况，我帮你列清单。",
        ),
        (
            "user",
            "我叫陆伟，户口在上海市黄浦区，身份证31010419900616073X；我老婆何婷婷，武汉人，身份证420106198309194527，我们在黄浦区有自己的房子。",
        ),
        ("user", "对了她现在怀孕五个月，能不能等孩子出生后一起办？"),
    ],
    [
        ("user", "搬屋要轉中電戶口，幫我寫段嘢俾客服。"),
        ("assistant", "冇問題，請提供戶主姓名、身份證號碼、舊地址、新地址同埋生效日期。"),
        (
            "user",
            "戶主 梁美玲，身份證 Z284613(7)，舊址 紅磡黃埔花園10期2座9樓B室，新址 荃灣爵悅庭3座21樓G室，4月1日生效，電話 9730 5816。",
        ),
        (
            "assistant",
            "客服你好，本人梁美玲（身份證 Z284613(7)）將由紅磡黃埔花園10期2座9樓B室遷往荃灣爵悅庭3座21樓G室，請於4月1日起終止舊址供電並為新址開設戶口。聯絡電話 9730 5816。",
        ),
    ],
    [
        ("user", "我下週要去戶政事務所辦遷入，可以先幫我整理資料嗎？"),
        ("assistant", "好的，請告訴我遷入人、身分證字號、新地址，以及房屋是自有還是租的。"),
        (
            "user",
            "遷入人 鄭宇辰 L125830460，新地址 台北市信義區松德路171巷6號3樓，租的，房東 許美惠 同意書已經簽了。",
        ),
    ],
    [
        ("user", "Saya baru pindah, nak tukar alamat MyKad. Boleh tolong sediakan senarai semak?"),
        (
            "assistant",
            "Boleh. Bawa MyKad asal dan bukti alamat baharu seperti bil utiliti atau perjanjian sewa. Nak saya tulis nota untuk kaunter sekali?",
        ),
        (
            "user",
            "Ya. Nama saya Zulkifli bin Hamzah, No. KP 850911-01-6375, alamat baru No. 7, Jalan Teratai 2/4, Taman Teratai, 81300 Skudai, Johor.",
        ),
        (
            "assistant",
            "Nota untuk kaunter: Pemohon Zulkifli bin Hamzah (850911-01-6375) memohon kemas kini alamat kepada No. 7, Jalan Teratai 2/4, Taman Teratai, 81300 Skudai, Johor. Dokumen sokongan: bil air Ranhill SAJ bulan Mac.",
        ),
    ],
    [
        ("user", "Cikgu minta surat rasmi untuk pertukaran sekolah dua anak saya."),
        (
            "assistant",
            "Boleh saya tahu nama anak-anak, tahun dan kelas, sekolah semasa dan sekolah baharu?",
        ),
        (
            "user",
            "Nurul Izzah binti Saiful (Tahun 4 Cempaka) dan Muhammad Irfan bin Saiful (Tahun 1 Melur), dari SK Taman Desa, KL ke SK Bandar Baru Bangi. Saya Saiful bin Abdullah, 011-2753 8406.",
        ),
        ("user", "Izzah ada asma, tolong sebut dalam surat supaya sekolah baru tahu."),
    ],
    [
        ("user", "help me write msg to the movers la, in English"),
        ("assistant", "Sure, what details should go in?"),
        (
            "user",
            "tell them pickup at 16 Jalan Kenari 18, Bandar Puchong Jaya, 47100 Puchong, 8am Saturday, contact me Vincent Chong 012-605 7319, lepas tu hantar ke Setia Alam, ada piano kena bawa naik tangga",
        ),
        (
            "assistant",
            "Hi, this is Vincent Chong (012-605 7319). Please arrive at 16 Jalan Kenari 18, Bandar Puchong Jaya, 47100 Puchong at 8am on Saturday. Delivery is to Setia Alam, and there is a piano that needs to be carried up the stairs. Thank you!",
        ),
    ],
    [
        ("user", "We're setting up mail redirection. Whose names should go on the form?"),
        (
            "assistant",
            "List everyone who receives post at the old address, so letters for all of them are redirected.",
        ),
        (
            "user",
            "Me (Gregory Pereira), my wife Michelle Pereira, our daughter Sophie Pereira, and my mum Agnes Pereira who lives with us. Old address 33 Jalan Bukit Ho Swee... no sorry, 33 Lorong Ah Soo #04-21, Singapore 536743.",
        ),
    ],
    [
        ("user", "My landlord wants to keep part of my deposit. Can you help me reply?"),
        ("assistant", "Of course. What is the landlord deducting, and how much was the deposit?"),
        (
            "user",
            "Deposit was $4,200. Mr Tay Boon Huat (landlord) says $1,150 for repainting and a stained mattress. I moved out of 8 Telok Kurau Lane #02-05 on 31 Jan after 3 years.",
        ),
        (
            "assistant",
            "Dear Mr Tay, thank you for the inspection notes for 8 Telok Kurau Lane #02-05. After a three-year tenancy, repainting is normally fair wear and tear; I am happy to discuss the mattress, but I ask that the remaining $4,200 less any agreed amount be refunded within 14 days.",
        ),
    ],
    [
        ("user", "My father is moving in with us after his stroke. What do I need to organise?"),
        (
            "assistant",
            "I'm sorry to hear that. A grab bar in the bathroom, a bed on the ground floor if possible, and transferring his follow-ups to a hospital near you. Which hospital is he with now?",
        ),
        (
            "user",
            "He's Mr Chandran s/o Krishnan, 71, currently followed up at Tan Tock Seng for rehab. We live in Woodlands now, Blk 862 Woodlands Ave 4, so Khoo Teck Puat would be easier.",
        ),
    ],
    [
        ("user", "帮我写投诉，搬家公司把我家电视摔坏了。"),
        ("assistant", "好的，请告诉我搬家日期、订单信息、损坏情况，以及你希望的处理方式。"),
        (
            "user",
            "4月2日，订单号BJ-0402-118，电视屏幕裂了，要求赔偿3,999元。我叫谢文静，电话152 0147 3386。",
        ),
        ("user", "搬运师傅是刘强，他当场承认是他没绑好。"),
    ],
    [
        ("user", "Nak pindahkan Unifi ke rumah baru, boleh tolong tulis emel?"),
        (
            "assistant",
            "Boleh. Berikan nama pemegang akaun, nombor akaun Unifi, alamat lama dan baharu serta tarikh pindah.",
        ),
        (
            "user",
            "Nama Lim Kok Wai, akaun 1-2283746510, email limkokwai77@yahoo.com, alamat lama 21 Jalan Mawar 3, Taman Mawar, 70400 Seremban, alamat baru A-8-3 Pangsapuri Seri Cempaka, 43300 Seri Kembangan, pindah 15 Mei.",
        ),
    ],
    [
        ("user", "Can you check my details for the relocation company's customs form?"),
        ("assistant", "Sure, paste them in."),
        (
            "user",
            "Name: Hannah Schmidt | Passport (DE): C4J7R2M95 | Arriving Singapore: 9 Sept | Dependant's Pass FIN F2290471W | Destination: 21 Siglap Plain, Singapore 456031",
        ),
        (
            "assistant",
            "Everything is present. One thing: the form asks for the passport's expiry date as well, so add it next to C4J7R2M95, and make sure the FIN F2290471W matches your in-principle approval letter.",
        ),
    ],
    [
        ("user", "女兒下學期轉校，幫我寫封信俾新學校。"),
        ("assistant", "好，請提供女兒姓名、年級、原校同新學校名稱，同埋家長聯絡方法。"),
        (
            "user",
            "佢叫蔡芷晴，升小四，原校九龍塘宣道小學，轉去大埔舊墟公立學校，我係佢爸爸蔡國良，電話 6284 1793，因為我哋搬咗去大埔太和邨。",
        ),
    ],
    [
        (
            "system",
            "Memory: the user's name is Brandon Yeo; home address 57 Sunset Way #06-08, Singapore 597158; personal email brandon.yeo.sg@gmail.com; moving to Sengkang in March.",
        ),
        ("user", "Give me a packing order for the last week before the move."),
        (
            "assistant",
            "Here's a plan for your move from Sunset Way to Sengkang, Brandon: day 7 books and decor, day 6 spare room, day 5 kitchen except one set of plates, day 4 wardrobes, day 3 bathroom extras, day 2 linen, day 1 open-first box and fridge defrost.",
        ),
    ],
]
