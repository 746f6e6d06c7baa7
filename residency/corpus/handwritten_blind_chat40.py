# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat40: event-planning chats (birthdays, weddings, funerals, reunions; guest lists, dietary and medical needs). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat40
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "planning guidance"): _lines("""
        For a seated dinner of 120 guests, budget roughly 12–14 round tables of 10, plus one VIP table near the stage.
        Send save-the-dates 6–8 months ahead for a destination wedding, 3–4 months for a local one; formal invites go out 6–8 weeks before.
        When collecting dietary requirements, offer fixed options (vegetarian, vegan, halal, gluten-free, nut allergy) plus a free-text box, and give the caterer counts, not names.
        Most Singapore hotels quote wedding packages "++", meaning the 10% service charge and 9% GST are added on top of the per-table price.
        Rule of thumb for kids' parties: one adult helper for every five children under six.
        Keep an EpiPen-trained staff member on site if the caterer is serving peanuts or tree nuts, and label every dish clearly.
        For a 70th birthday lunch with elderly guests, pick a ground-floor venue with step-free access and accessible toilets, and keep the music down during speeches.
        Reunion run-sheet: 6:30 arrival, 7:15 welcome toast, 7:30 first course, 8:45 class photo, 9:30 lucky draw, 10:15 last call.
        Halal certification in Malaysia is issued by JAKIM; ask the caterer for the certificate number and expiry date before you sign anything.
        if ur doing a potluck, assign dishes by category (mains / sides / desserts / drinks) so u dont end up with six pasta salads lol
        Sure! Here's a simple timeline for a surprise party: confirm the date with one trusted insider, book the venue, invite people through a group the guest of honour isn't in, and plan a decoy reason to get them there.
        Wake etiquette in Singapore: bring a white envelope with an odd amount, avoid wearing red, and don't say "goodbye" when you leave.
        For a buffet of 80 pax, caterers usually recommend ordering for about 90% of confirmed RSVPs because of no-shows.
        I'd suggest splitting the guest list into three tiers (must-invite, should-invite, nice-to-have) so you can cut quickly if the venue cap turns out lower.
    """),
    ("zh-Hans", "婚宴与寿宴筹备"): _lines("""
        婚宴一般按每桌10人计算，建议比实际确认人数多预留1-2桌备用。
        中式婚礼流程参考：接亲→拜堂敬茶→午宴/晚宴→敬酒→送客，具体按两家习俗调整。
        宴会厅报价：2888元/桌起，酒水套餐另加388元/桌，服务费10%，最低消费20桌。
        订单号 HY20261218-0093，“牡丹厅”已锁定2027年5月20日晚宴，定金￥10,000已到账。
        请提前7天确认最终桌数，开席前48小时内减桌将按原价收取费用。
        忌口统计建议用表格：清真、素食、海鲜过敏、不吃辣、儿童餐分别列数量即可，不必写宾客姓名。
        寿宴菜单示例：寿桃包、长寿面、八宝鸭、清蒸石斑、佛跳墙、时令蔬菜、水果拼盘。
        北京友谊宾馆、上海锦江饭店这类老牌酒店的宴会厅通常要提前半年订，五一国庆更紧张。
        同学聚会AA参考：人均预算200元，含场地、餐饮和纪念品，多退少补。
        喜糖伴手礼采购：巧克力礼盒 批次 LOT 2611-07B，单价18.5元，共200份，含税合计3700元。
        婚礼当天应急包清单：针线、双面胶、创可贴、止痛药、纸巾、备用丝袜、充电宝。
        宾客座位表模板：【桌号】【姓名】【关系】【忌口】【是否带儿童】，请新人自行填写后打印。
        孙中山与宋庆龄1915年在东京结婚，这段历史常被婚礼主持人拿来开场。
        婚姻登记需双方携带本人户口簿、身份证及3张2寸双人近期半身免冠合影照片，现场办理不收费。
    """),
    ("zh-Hans", "助手通用回复"): _lines("""
        好的！为了帮您规划外婆的八十大寿，请告诉我大概人数、预算和城市就行，不需要提供宾客的个人信息。
        同学会建议提前两个月建群接龙报名，场地优先选交通方便、有包间的餐厅。
        丧事一般流程：报丧、入殓、守灵、告别仪式、火化、安葬或寄存骨灰，各地风俗不同，请以当地殡仪馆说明为准。
        殡葬相关手续可咨询当地殡仪馆24小时值班电话或民政部门，开具死亡证明后再办理火化预约。
        宝宝满月酒一般在出生后30天左右办，菜品避免过于辛辣，给哺乳期的妈妈准备几道清淡菜。
        如果有宾客患糖尿病，可以准备无糖甜品和粗粮主食，并在菜单卡上标注含糖量。
        对坚果过敏的来宾，建议提前和酒店厨房确认是否使用花生油，并准备独立餐具。
        预算分配参考：场地与餐饮50%、摄影摄像12%、婚纱礼服10%、布置花艺15%、其他13%。
        儿童生日派对主题推荐：奥特曼、冰雪奇缘艾莎、小猪佩奇，适合3-8岁的小朋友。
        请不要在群里直接发身份证号码，酒店登记可以到场后现场出示证件。
        邀请函模板：尊敬的＿＿＿先生/女士，谨定于＿＿年＿＿月＿＿日在＿＿＿举行婚礼，敬请光临。
        清明祭扫高峰期多地实行预约制，请关注当地民政部门公众号发布的预约通知。
        周恩来总理逝世后遵其遗愿，骨灰撒于江河大地，没有保留墓地。
        校友返校聚会可以申请学校礼堂，一般需通过校友会官方渠道提交场地申请表。
    """),
    ("zh-Hant", "殯儀及喪禮程序"): _lines("""
        在香港，死亡須向生死登記處登記，領取死亡登記證明書及火葬或埋葬許可證後方可安排出殯。
        食物環境衞生署負責管理公眾火葬場及骨灰龕，火化時段可透過網上預約系統申請。
        九龍殯儀館、萬國殯儀館及世界殯儀館均位於紅磡，香港殯儀館則在北角。
        出殯當日流程：大殮 → 瞻仰遺容 → 封棺 → 出殯 → 火化，一般由殯儀館職員統籌。
        帛金一般以單數為宜，例如 $101、$301、$501，並以白色信封盛載。
        素食齋宴每席約 HK$4,380 起，可按宗教需要安排全素或蛋奶素。
        如需安排佛教法事，可聯絡各區佛教團體；天主教及基督教則通常於教堂舉行安息禮拜。
        靈堂花牌：標準款 HK$880，大型雙層 HK$1,680，訂單編號 FL-HK-250318-227 已確認。
        公眾骨灰龕位以電腦抽籤形式編配，結果會公布於食環署網頁。
        台灣辦理死亡登記，應於事實發生之日起30日內向戶政事務所申請，須備死亡證明書正本。
        李小龍1973年7月在香港逝世，喪禮於九龍殯儀館舉行，數以萬計市民到場送別。
        追思會程序範本：主禮致詞、生平簡介、親友分享、默哀一分鐘、家屬致謝。
    """),
    ("en", "templates and forms"): _lines("""
        Dear {{guest_first_name}}, you're invited to {{host_name}}'s 40th on Saturday {{date}} at {{venue}}. Kindly RSVP by {{rsvp_deadline}}.
        RSVP form fields: Full name* | Number attending* | Dietary requirements (optional) | Song request (optional)
        Name: ____________  Table: ___  Meal choice: ☐ Beef ☐ Fish ☐ Vegetarian ☐ Kids
        In loving memory of [Full Name], [Year of birth] – [Year of passing]. A celebration of life will be held at [Venue] on [Date].
        CSV header for the seating export: guest_id,table_no,meal_code,allergy_flag,rsvp_status
        Example row for the vendor feed: G0042,7,HALAL,Y,CONFIRMED
        Your booking REF #EVT-88213-SG is confirmed for 14 Feb 2027, 7pm, Grand Ballroom. Deposit of S$5,000.00 received.
        Thank-you card: "Dear ___, thank you so much for celebrating with us and for the lovely ___. Hope to see you soon! Love, ___ & ___"
        Mr and Mrs [Father of the bride] request the pleasure of your company at the marriage of their daughter [Bride] to [Groom].
        Zap step 3: map {{form.fullName}} → Sheets column B and {{form.diet}} → column F; do not map phone numbers into the shared sheet.
        SMS template: "Hi {name}, reminder that the reunion is this Sat 7pm at {venue}. Reply STOP to opt out."
        {% for g in guests if g.diet %}Table {{ g.table }}: {{ g.diet }}{% endfor %}
    """),
    ("en", "public names and references"): _lines("""
        The Raffles Hotel ballroom can seat roughly 300 guests for a wedding banquet.
        Theme idea: a Great Gatsby night — West Egg glamour, champagne tower, 1920s dress code, jazz trio.
        Prince William and Catherine Middleton married at Westminster Abbey on 29 April 2011, with about 1,900 guests.
        Queen Elizabeth II's state funeral on 19 September 2022 was the first in the UK since Winston Churchill's in 1965.
        Miss Havisham leaves her wedding cake rotting on the table for decades in Dickens's Great Expectations.
        Venue shortlist: Sun Yat Sen Nanyang Memorial Hall (Balestier), the Oei Tiong Ham Building, and the function rooms at Chijmes.
        For a Harry Potter 10th birthday, sort the kids into houses with a paper Sorting Hat and serve "Butterbeer" (cream soda + whipped cream).
        If grief after a funeral becomes overwhelming, Samaritans of Singapore runs a 24-hour hotline on 1767.
        Tracking no. SF1402937715662: the wedding favours shipment from Shenzhen is out for delivery.
        Clarissa Dalloway famously decides she will buy the flowers herself before her party.
        Invoice INV-2026-04418 for the Tan Tock Seng Hospital staff D&D 2026 — total S$18,630.00 incl. GST.
        Lee Kuan Yew lay in state at Parliament House in March 2015 before the state funeral at the University Cultural Centre.
    """),
    ("ms", "majlis dan kenduri"): _lines("""
        Untuk kenduri kahwin 1,000 tetamu, katering biasanya caj RM12 hingga RM18 sekepala untuk nasi minyak dan lauk.
        Pastikan pembekal makanan ada sijil halal JAKIM yang masih sah sebelum bayar deposit.
        Borang permohonan nikah perlu dihantar ke Pejabat Agama Islam Daerah sekurang-kurangnya sebulan sebelum tarikh akad.
        Senarai semak majlis: pelamin, bunga telur, doorgift, PA system, khemah, kerusi meja, juruacara, jurufoto.
        Doorgift 500 pcs @ RM2.50, no. invois DG-26-0871, hantar ke Dewan Orang Ramai Seksyen 7 Shah Alam.
        Majlis tahlil biasanya diadakan pada malam pertama, ketiga, ketujuh dan keempat puluh selepas kematian.
        Dengan segala hormatnya kami mempersilakan Dato'/Datin/Tuan/Puan/Encik/Cik ke majlis perkahwinan anakanda kami.
        Dewan Tunku Canselor boleh ditempah untuk makan malam alumni; sila hubungi pejabat pengurusan fasiliti universiti.
        Untuk tetamu warga emas, sediakan kerusi dekat pintu keluar dan kawasan tanpa tangga.
        Maklumkan kepada katering jumlah hidangan vegetarian dan alahan kacang sahaja, bukan nama tetamu.
        Sewa khemah 20x40 kaki: RM1,850 termasuk pemasangan, deposit 30% dibayar melalui FPX ref 2026112300817.
        Rumah terbuka Hari Raya: sediakan rendang, ketupat, lemang dan kuih tradisional, anggarkan 1.5 hidangan setiap tetamu.
    """),
    ("en", "handling guest data"): _lines("""
        Only share the headcount per meal type with the caterer; keep the named guest list in your own drive.
        If you collect guests' allergy or medical info, tell them why, who will see it, and delete it after the event.
        PDPA reminder: get consent before posting guest photos tagged with names on the company page.
        Before pasting a guest list into a chatbot, strip names, phone numbers and NRICs and replace them with Guest 1, Guest 2 and so on.
        Don't ask guests for full NRIC numbers for venue access; the PDPC advises against collecting them unless required by law.
        Retention: RSVP responses are auto-deleted 30 days after event_date (cron 0 3 * * *, job rsvp-purge v2.4.1).
        Conditions like diabetes or pregnancy count as sensitive personal data in many regimes, so collect them only if the venue really needs them.
        Vendor format: "Guest [REDACTED], Table 4, vegetarian, nut allergy" — no other fields leave the planner's system.
        Access to the RSVP spreadsheet is limited to the planner and the couple; vendors get a filtered export (sha256 9f2c41e07ab3d5…).
        Ask for emergency contacts only for overnight or overseas events, and store them separately from the seating plan.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        宾客名单第3桌：舅舅周建国（心脏搭桥术后，不能喝酒）、舅妈刘美华、表弟周涛 13917264085。
        外婆郭秀英今年88岁，阿尔茨海默症中期，寿宴那天需要护工陈姐全程陪着，座位安排在出口旁边。
        新郎：梁志鹏，身份证440106198703140539，婚宴合同签约人，联系电话 186 2033 7419。
        订房名单：张桂芳 110105195409221366（坐轮椅），住2晚，婚礼当天8点接到宴会厅。
        父亲吴国平12月1日凌晨在武汉协和医院因肺癌去世，追悼会定在12月4日，联系人：长子吴磊 15827360914。
        同学会收钱：李倩 微信 liqian_0708 已转200，王海涛还没交，他刚离婚手头紧，别催他。
        礼金请转到我的工商银行卡 6222021588995660050，户名 许晓雯。
        伴娘秦雨萌怀孕4个月了，不能久站也不能吃生鱼片，敬酒环节让她坐着。
        请柬收货地址：成都市锦江区东大街下东大街段188号时代豪庭3栋1单元1502，收件人 邓婷 17708126635
        小孙子杨一诺（身份证510104201506110832）对鸡蛋和牛奶严重过敏，生日蛋糕一定要无蛋奶的。
        我月薪税后1.2万，老公何斌2万出头，婚礼预算想控制在15万以内，能办成什么样？
        车牌 粤B·7K29Q 是婚车头车（车主 林嘉欣），酒店停车场请预留一个VIP车位。
    """),
    "zh-Hant": _lines("""
        家婆陳惠芬 HKID Y305818(0)，坐輪椅，要無障礙通道，當日由姪女 Carmen 接送（9182 4637）。
        靈堂登記：先父黃志強，享壽七十六歲；孝子黃家樂 K672914(2)，住址 九龍觀塘秀茂坪寶達邨達欣樓1812室。
        三叔蘇永明有糖尿病同腎衰竭，每個禮拜洗腎三次，壽宴要留低鹽低糖餐俾佢。
        喜宴賓客：林怡君 A225738160（新娘表姊），吃素，手機 0928-517-346。
        尾數 HK$38,800 請轉入滙豐戶口 511-208743-833，戶口名稱 MAK SIU FUNG，備註：婚宴。
        阿爺張福來上個月喺瑪麗醫院換咗髖關節，而家要用助行架，麻煩安排佢坐近洗手間。
        帛金收據：鄭美玲（meiling.cheng88@gmail.com）HK$501，地址 沙田第一城38座22樓F室。
        歸寧宴：新郎 陳冠宇 F128593040，新娘 王筱涵 E231846104，兩人戶籍都在花蓮縣吉安鄉。
    """),
    "en": _lines("""
        Guest list draft: Auntie Rosalind Goh (+65 9127 4830) – vegetarian, uses a walker; Uncle Peter Goh – gout, no seafood pls.
        For the hotel registration please use my NRIC S8234157I, name as in NRIC: Tan Wei Ling Michelle.
        Table 12: Farid Iskandar, Nurul Ain and their son Adam (6, peanut anaphylaxis – EpiPen in mum's bag).
        My dad Kenneth Lau passed on Monday at TTSH; wake is at the void deck of Blk 432 Ang Mo Kio Ave 10 till Thursday. Reach me on 8716 2049 – Jason
        Please charge the reunion deposit to my Visa 4085 9087 0846 3249, exp 09/28, cardholder Daniel Ong.
        Seating note: keep Marcus Yeo far from the bride's table — Jolene has a PPO against him (FC/PPO 1187/2025), he is NOT invited.
        Organising my mum's 60th — Lily Wong Mei Chi, born 14 Mar 1966 — she's had two strokes so we need a quiet venue near Queen Mary Hospital.
        Photographer contract — client: Priya d/o Ramasamy, FIN F2391845P, 88 Tampines St 81 #05-122 Singapore 520088, deposit S$800.
        Speech draft: "...and of course Grandpa Harold Chua, who beat prostate cancer last year and is here with us today at 91!"
        Bali wedding block booking, passport details: ZHANG YIFAN, E84217653, DOB 02/11/1990, expiry 2032-05-17.
    """),
    "ms": _lines("""
        Tetamu VIP: Puan Rohani binti Ismail (ibu pengantin), tel 012-658 3341, ada darah tinggi, sediakan makanan kurang garam.
        Arwah ayah, Encik Zulkifli bin Hamzah, KP 540923-10-5127, meninggal semalam; tahlil di rumah kami No. 14, Jalan SS 2/75, Petaling Jaya, contact saya Faizal 013-287 6604.
        Pengantin lelaki Muhammad Hafiz bin Rahim, IC 920415-14-6283, alamat 23 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.
        Nenek saya Siti Aminah binti Yusof dah 84 tahun, kencing manis dan baru potong kaki kiri, jadi kena guna kerusi roda masa majlis.
        Deposit katering RM3,000 masuk akaun Maybank 1640 2298 7713 atas nama Nor Azlina binti Osman.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can u help me plan a dino themed party for my son, he's turning 5"),
        (
            "assistant",
            "Absolutely! Roughly how many kids are coming, and do any of them have allergies?",
        ),
        (
            "user",
            "about 15. my son Ethan Koh has a severe egg allergy, he's in K1 at the preschool in Punggol Field. cake MUST be egg free",
        ),
        (
            "assistant",
            "Got it — I'll plan around an egg-free cake and snacks, and suggest you tell the other parents too.",
        ),
    ],
    [
        ("user", "帮我整理一下婚宴座位表"),
        ("assistant", "好的，请把宾客名单发给我，最好注明关系和忌口。"),
        ("user", "1桌：爷爷 韩德胜（糖尿病，要无糖），奶奶 孟玉兰（高血压）"),
        ("user", "还有我二姨 孟玉梅 手机 135 6021 8843，她吃全素"),
        ("assistant", "已整理：1桌 韩德胜（无糖餐）、孟玉兰（低盐餐）、孟玉梅（全素）。"),
    ],
    [
        (
            "system",
            "你是“安宁殡仪服务”的客服助手。当前客户：逝者 冯桂兰，女，81岁；家属联系人 冯志远（长子），手机 18971035526，身份证 420106197802250292。",
        ),
        ("user", "请问告别仪式大厅周六还有空吗？"),
        ("assistant", "您好冯先生，周六上午10点的2号厅目前可以预约，需要帮您锁定吗？"),
        ("user", "好的，麻烦了"),
    ],
    [
        (
            "user",
            "Planning our class of 2006 reunion. Can you turn this contact list into a WhatsApp broadcast?",
        ),
        ("user", "Shawn Lim 9734 2816, Grace Teo 8266 1093, Hafiz Rahman 9015 7742"),
        (
            "assistant",
            'Here\'s a draft: "Hi all! 20 years since we left school — reunion dinner on Sat 18 Apr, 7pm. Reply by 31 Mar!" Add the three numbers to a broadcast list and send.',
        ),
    ],
    [
        ("user", "想幫阿嫲搞90歲大壽，大概10圍"),
        ("assistant", "恭喜晒！長者有冇咩特別需要要留意？"),
        ("user", "佢叫何妹，有柏金遜症，食嘢要打碎，仲要帶埋氧氣機"),
        ("assistant", "建議向酒樓要求糊餐，並揀近電源插座嘅位方便用氧氣機。"),
        ("user", "酒樓要登記訂枱人，我係佢孫何志豪，電話 6238 1974"),
    ],
    [
        ("user", "Tolong buatkan susunan meja untuk majlis akad nikah adik saya"),
        ("assistant", "Boleh! Berapa ramai tetamu dan ada sesiapa yang perlukan keperluan khas?"),
        (
            "user",
            "Adik saya Nurul Huda binti Kamal, 26 tahun, pengantin perempuan. Mak saudara kami Maryam binti Salleh guna kerusi roda, tel dia 019-332 8850.",
        ),
        (
            "assistant",
            "Baik, saya letakkan meja Puan Maryam dekat laluan tanpa tangga berhampiran pelamin.",
        ),
    ],
    [
        (
            "user",
            "We need 8 rooms at a Penang hotel for the wedding guests. Can you draft the email to the hotel?",
        ),
        ("assistant", "Sure — whose name should the group booking be under?"),
        (
            "user",
            "under my name, Jeremy Cheah Kah Wai, IC 880412-07-5523, 016-447 2910. check-in 12 Dec",
        ),
        (
            "assistant",
            "Dear Reservations Team, I would like to request a block of 8 rooms from 12 December for a wedding party...",
        ),
    ],
    [
        ("user", "婚礼酒店要求提供订房人身份证"),
        ("assistant", "建议您直接在酒店官方渠道提交，不要在聊天里发送完整证件号。"),
        ("user", "没事你帮我记一下 32010219930708"),
        ("user", "264X 名字 顾晓婷"),
        ("assistant", "我不会保存证件信息，请您直接在酒店小程序里填写。"),
    ],
    [
        (
            "user",
            "Need help writing a eulogy for my father, Stephen Ho Kwok Wing, 1948-2026, retired railway engineer.",
        ),
        ("assistant", "I'm so sorry for your loss. Tell me a few things you loved about him."),
        (
            "user",
            "He was married to my mum Agnes Ho for 52 years. She has advanced dementia now and may not recognise people at the service at North Point, so please leave out anything that might upset her.",
        ),
        (
            "assistant",
            "Understood. Here's a gentle draft that focuses on his work and his garden...",
        ),
    ],
    [
        ("user", "宝宝满月酒请帖怎么写？"),
        ("assistant", "可以这样写：“小儿满月，略备薄酒，恭候光临。”再写上时间地点即可。"),
        (
            "user",
            "宝宝叫沈沐阳，2026年10月28日出生，早产在新生儿ICU住了两周，现在都好了。地址写杭州市西湖区翠苑三区12幢2单元401，我们在家办。",
        ),
    ],
    [
        ("user", "planning a surprise 30th for my gf Chloe Tan, her bday is 17 Jan 1997"),
        ("assistant", "Fun! Do you want it on the day itself or the weekend before?"),
        (
            "user",
            "the friday. she works late at the bank till 7 so i need her manager to let her off early. can u draft an email to him? ryan.lee.tq@gmail.com",
        ),
        ("assistant", "Hi Ryan, I'm planning a surprise for Chloe's 30th on Friday..."),
    ],
    [
        ("user", "婚宴要幫外地賓客訂高鐵票，需要身分證字號嗎？"),
        ("assistant", "網路訂票需要取票人的身分證字號，建議請本人自行訂票比較安全。"),
        ("user", "阿姨自己不會用，幫我記：林秀琴 B264183075，LINE id qin0520，她要坐台中到左營"),
        ("assistant", "建議您直接在台灣高鐵 App 幫她訂，我這邊不保存證件資料。"),
    ],
    [
        ("system", "You are the booking assistant for Blossom Events Pte Ltd. Be concise."),
        ("user", "hi can u check my booking for the 25th"),
        (
            "assistant",
            "Found it: booking BE-27113 for Mdm Lim Soo Hoon, Blk 537 Bedok North St 3 #08-451, S460537, mobile 9688 2174, 15 tables incl. 2 halal. Correct?",
        ),
        ("user", "yes thanks"),
    ],
    [
        ("user", "我们高中毕业20年聚会，想搞个捐款环节"),
        ("assistant", "可以的，是为母校还是为某位同学？"),
        (
            "user",
            "班长贾文斌去年查出白血病，在做骨髓移植，想给他筹一点钱，文案怎么写不尴尬",
        ),
        ("assistant", "可以这样写：“二十年同窗情，一份心意……”，强调自愿、不公开金额。"),
    ],
    [
        ("user", "my grandma passed this morning in Ipoh, what do we need to do for the permit?"),
        (
            "assistant",
            "I'm so sorry. You'll need the death confirmation from the doctor or police, then register the death with JPN to get the burial permit.",
        ),
        (
            "user",
            "her IC is 410603-08-5342, name Chan Ah Moi. I'm her grandson Alvin Chan, 012-509 7736",
        ),
        ("assistant", "Thank you, Alvin. Bring her IC and yours to the JPN counter..."),
    ],
    [
        ("user", "酒店让我把寿宴定金打到这个账户，对吗？"),
        ("user", "户名：钱丽娟 卡号 6217 0022 5815 3074 295 开户行 建设银行宁波分行"),
        (
            "assistant",
            "正规酒店一般使用对公账户收款，打到个人账户有风险，建议先打酒店总机核实。",
        ),
    ],
    [
        (
            "user",
            "we're doing a tasting next week for our wedding menu, need help writing notes for the chef",
        ),
        ("assistant", "Happy to help! Any dietary restrictions I should flag?"),
        (
            "user",
            "my fiancé Daniel Whitfield has coeliac (properly diagnosed, not a preference) and his brother Sam Whitfield is type 1 diabetic, pls flag both",
        ),
        (
            "assistant",
            "Chef notes: 1) Strict gluten-free for the groom incl. cross-contamination...",
        ),
    ],
    [
        ("system", "殡葬顾问助手。请勿向用户索取证件号。"),
        ("user", "我妈的骨灰想跟我爸合葬，怎么办手续"),
        ("assistant", "一般需要提供原墓穴证明和逝者的火化证明，到陵园办理合葬。"),
        (
            "user",
            "我爸叫宋建华，2019年去世，葬在松柏区B排17号；我妈刘淑珍上周走的，我是女儿宋佳，电话13761820457",
        ),
    ],
    [
        ("user", "Can you dedupe this alumni list before I send the reunion invite?"),
        (
            "user",
            "Wong Chi Keung,ckwong1989@yahoo.com.hk,9327 4418\nWong Chi-keung,ckwong1989@yahoo.com.hk,93274418\nLeung Pui Yee,puiyee.leung@outlook.com,6120 5583",
        ),
        (
            "assistant",
            "The first two rows are the same person; after deduping you have 2 contacts.",
        ),
    ],
    [
        ("user", "Nak buat parti hari jadi anak ke-7 kat rumah, boleh bagi idea?"),
        ("assistant", "Boleh! Tema kartun, cabutan bertuah, dan kek cawan untuk setiap budak."),
        (
            "user",
            "Anak saya Aisyah Humaira ada asma teruk, jadi tak boleh ada mesin asap. Rumah kami No 8, Jalan Cempaka 3, Taman Melawati, 53100 KL.",
        ),
        ("assistant", "Baik, saya cadangkan aktiviti dalam rumah tanpa asap atau serbuk warna."),
    ],
    [
        ("user", "我们在巴厘岛办婚礼，要给伴郎伴娘订机票"),
        ("assistant", "需要护照上的英文名和护照号，建议用航司官网或正规平台下单。"),
        ("user", "伴郎 ZHOU HAORAN 护照 E73829104 有效期到2031年3月"),
        ("user", "伴娘 XU JING E59182736"),
    ],
    [
        (
            "system",
            "Memory: user is Natalie Chong, 31, lives at 21 Jalan Kembangan #03-02, S419117; partner Ravi Menon has a shellfish allergy. Wedding on 20 June 2027.",
        ),
        ("user", "What canapés should we skip?"),
        (
            "assistant",
            "Skip the prawn and scallop options, and ask the kitchen for a separate fryer.",
        ),
    ],
    [
        ("user", "想問下出殯幾點開始比較好"),
        ("assistant", "一般殯儀館大殮多數安排喺朝早，之後直接去火葬場，時間要配合火化時段。"),
        (
            "user",
            "先夫梁偉明上星期喺屯門醫院過身，我哋想喺大圍搞。轉數快收帛金可以用我電話 9471 2608（梁太 何淑儀）",
        ),
    ],
    [
        (
            "user",
            "my parents' 40th anniversary is in march — want to do a surprise dinner at their place",
        ),
        (
            "assistant",
            "Lovely idea! A private chef at home works well. What's the address area and any diet issues?",
        ),
        (
            "user",
            "Flat 5B, 18 Broadwood Road, Happy Valley. they're Raymond and Josephine Tse. mum is on chemo so nothing raw pls",
        ),
    ],
    [
        ("user", "春节家族聚会要拉个群，帮我写个群公告"),
        ("assistant", "公告模板：各位亲人，春节聚会定于正月初三中午，地点……请接龙报名。"),
        (
            "user",
            "再帮我记下还没进群的：三舅 黄立新 微信 hlx_1966；表姐 黄思琪 微信 sq-huang0916，她刚做完乳腺癌手术，别安排她喝酒",
        ),
        ("assistant", "已记下，提醒您拉群前先征得他们同意。"),
    ],
]
