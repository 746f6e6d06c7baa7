# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat47: chats asking for help with disputes with neighbours, landlords, employers and ex-partners. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat47
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dispute help requests"): _lines("""
        How do I write a polite but firm message to a neighbour whose dog barks from 6am every day? Keep it under 100 words.
        User: landlord hasn't returned my deposit 3 weeks after handover, tenancy ended 30 Sept. Is that normal in Singapore? Assistant: Many standard TAs give the landlord 7-14 days; check the deposit clause and ask for an itemised list of deductions in writing.
        can u make this sound less angry: "you people never fix anything, the aircon has been broken since June and I'm done asking"
        My ex and I are both still on the lease until March. What's a neutral way to ask them to stop bringing guests over without it turning into a fight?
        Assistant: Here's a shorter version - "Hi, just a reminder that quiet hours in our condo are 10pm-7am under the house rules. Would appreciate it if the drilling could be kept to daytime. Thanks!"
        Summarise the difference between a Letter of Demand and a normal complaint email, in bullet points, for someone in Malaysia.
        My boss keeps messaging on WhatsApp after 11pm. Is there any law in SG about a right to disconnect, or only guidelines?
        Rewrite in formal English: the water from upstairs unit leaking into our kitchen ceiling for 2 months liao, MCST say not their problem
        what evidence should I keep if I think I'm about to be wrongfully dismissed? list pls
        Assistant: I can't say whether your landlord may enter without notice in every case, but most tenancy agreements require 24 hours' notice except in emergencies.
        Translate to Chinese: "Please stop parking in front of our gate. This is the third time this week and we could not get the car out."
        Give me 3 opening lines for a mediation session with a neighbour about tree branches hanging over the fence, not too formal.
        ok the employer replied "we will revert" and nothing for 10 working days. Next step? Should I go straight to TADM?
        Can you make a table: issue / date / what I did / their response - leave it empty, I'll fill it in myself
        Assistant: Before sending, remove anything you wrote in anger. Stick to dates, facts and what you want them to do, and by when.
    """),
    ("en", "templates and placeholders"): _lines("""
        Dear [Landlord's Name], I am writing regarding the security deposit of [Amount] for [Property Address], which remains unpaid as of [Date].
        Hi {{neighbour_name}}, this is {{my_name}} from unit {{unit_no}}. I wanted to talk about the noise at night - would {{day}} evening work for a quick chat?
        NOTICE OF RESIGNATION - To: <Employer>, From: <Employee>, Position: <Job Title>, Last working day: <DD/MM/YYYY>. Notice period served: <n> weeks.
        Template 4B (co-parenting schedule): Parent A picks up on ___ (weekday) at ___ pm; Parent B returns the child by ___ on Sundays. Handover location: ______.
        Subject: Formal Complaint - Unit #XX-XX - Recurring Water Seepage (Ref: ______)
        Without prejudice. Our client, [NAME], instructs us that the sum of RM[●] remains outstanding under the tenancy agreement dated [●].
        I, ________________ (NRIC/FIN No. ____________), acknowledge receipt of the keys to the premises on ____________.
        Fields to fill: tenant_name, tenant_id_no, property_address, monthly_rent, deposit_amount, start_date, end_date - leave blank if unknown.
        [Your name] / [Your flat] / [Date] - To the Management Office: I would like to report repeated noise from the flat above mine between [time] and [time] on the following dates: ...
        Replace XXX with your ex-partner's name before sending: "XXX, as agreed on [date], the remaining items will be collected on [date] between [time] and [time]."
        Dear Sir/Madam, I refer to your letter dated __/__/____ regarding the alleged breach of contract. I deny the allegations in paragraphs __ to __.
        Mail merge fields for the rent reminder: «FirstName» «UnitNo» «RentDue» «DueDate»
    """),
    ("en", "tribunals, hotlines and institutions"): _lines("""
        Small Claims Tribunals, State Courts Towers, 1 Havelock Square, Singapore 059724 - most claims up to S$20,000, or S$30,000 if both sides consent.
        Community Mediation Centre: 1800 225 5529. Neighbour disputes that mediation can't fix can go to the Community Disputes Resolution Tribunals.
        The Tripartite Alliance for Dispute Management (TADM) handles salary-related claims; you must register the claim through the MOM e-service first.
        HK Labour Department enquiry hotline 2717 1771 (24 hours); claims of up to HK$8,000 go to the Minor Employment Claims Adjudication Board.
        Tribunal for Consumer Claims Malaysia (TTPM): filing fee RM5, claims up to RM50,000, no lawyers allowed at the hearing.
        Jabatan Tenaga Kerja accepts complaints about unpaid wages under section 69 of the Employment Act 1955.
        Legal Aid Bureau (Ministry of Law) - a means test and a merits test apply; tenancy deposit disputes are usually not covered.
        In mainland China you can call 12348 for free legal advice and 12333 for wage arrears; 12345 is the city government service line.
        Queen Elizabeth Hospital's A&E is not the place for a noise complaint - call the EPD hotline 2838 3111 or 1823 instead.
        Bukit Serene Town Council, Blk 210 Serene Avenue 3 #01-01, open Mon-Fri 8.30am-5pm, Sat 8.30am-12.30pm.
        The Community Mediation Centre handled 1,042 neighbour cases in FY2024; about 38% involved noise and 21% involved corridor clutter.
        Employment Claims Tribunals hear salary claims up to S$20,000, or S$30,000 for cases that went through tripartite mediation.
    """),
    ("en", "public figures, fiction and named places"): _lines("""
        Manpower Minister Tan See Leng told Parliament that most salary claims lodged with TADM were settled at mediation.
        In Friends, Monica's rent-controlled apartment was really her grandmother's - a textbook illegal sublet.
        Sheldon's Roommate Agreement covers everything from bathroom schedules to what happens if one of them is bitten by a zombie.
        Sherlock Holmes lived at 221B Baker Street, and Mrs Hudson was famously the most patient landlady in London.
        Listing: common room near Mount Elizabeth Hospital, S$1,150/month incl. utilities, no agent fee, no cooking.
        The grease smell is coming from the Auntie Anne's kiosk on level 1, not from the unit next door.
        Tracking no. SF1409872263514 - the parcel with the spare keys was returned to the sender's branch.
        lease_scan_final_v3.pdf sha256: 4e1b9c07d2a85f3e61c0b7aa92d4f18e3c5a60b17d29e84f0a3b6c5d7e8f9012
        WhatsApp chat export created 2025-11-03 23:47:12 +0800; 412 messages, 18 media omitted.
        Version 2.3.1 of the condo's visitor app finally lets residents log a noise report with a timestamp.
        The Jalan Tun Razak branch of the bank will not release the tenancy deposit without the stakeholder's letter.
        Dickens based Mr Micawber's debt troubles on his own father's time in the Marshalsea debtors' prison.
    """),
    ("zh-Hans", "邻里租房劳动咨询"): _lines("""
        楼上每天晚上十一点以后还在拖椅子，怎么跟物业反映比较有效？帮我写一段不伤和气的话。
        用户：房东说提前退租押金一分不退，合同里没写违约金，这合法吗？助手：一般要看合同约定；没有约定的可以先协商，协商不成可以申请调解或起诉。
        帮我把这段话改得客气一点：你家空调外机滴水滴了一个夏天了，到底修不修？
        我在深圳租房，中介费到底该谁出？一般是一个月房租吗？
        公司拖欠工资两个月，能不能直接申请劳动仲裁？需要准备什么材料，列个清单。
        助手：建议您先固定证据，比如工资条、考勤记录、聊天记录截图，再向当地劳动保障监察大队投诉或申请劳动仲裁。
        前任一直不还我借给他的钱，没有借条只有转账记录，能起诉吗？先别写名字，帮我分析一下。
        邻居在楼道里堆了鞋柜和纸箱，消防通道都堵了，写一份给物业的书面投诉，语气正式。
        合租室友把我的外卖拿走吃了好几次，怎么在群里说又不显得小气？
        请用表格对比调解、仲裁、诉讼三种方式的费用、时间、结果有没有强制力。
        房东要求涨租20%，合同还有8个月才到期，我能拒绝吗？
        老板口头说年底发奖金，现在又说没有，口头承诺算数吗
        助手：这份回复我去掉了情绪化的词，只保留时间、事实和您的诉求，您看要不要再加一个维修截止日期？
        楼下装修噪音，周末能施工吗？我们小区管理规约写的是工作日8:00-12:00、14:00-18:00。
    """),
    ("zh-Hans", "法规案例与公共信息"): _lines("""
        《民法典》第二百八十八条：不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。
        《劳动合同法》第八十七条：用人单位违法解除或者终止劳动合同的，应当依照经济补偿标准的二倍向劳动者支付赔偿金。
        清代大学士张英收到家书后回诗“千里修书只为墙，让他三尺又何妨”，这就是桐城“六尺巷”的由来。
        孟母三迁的故事常被拿来说明邻里环境对孩子成长的影响。
        海曙区人民调解委员会办公地点：宁波市海曙区中山西路138号三楼，工作日9:00-17:00，调解不收费。
        2024年各级劳动人事争议调解仲裁机构处理的案件中，涉及劳动报酬的约占四成。
        电影《功夫》里包租婆一声“收租啦”成了经典，猪笼城寨的租客个个身怀绝技。
        （2023）沪0115民初45872号，某物业服务有限公司诉某业主委员会物业服务合同纠纷一案已于2024年3月审结。
        订单号 202511280931457726，上门疏通下水道 ¥380.00，电子发票已发送至下单邮箱。
        物业工单 WY-2025-11-0457：3栋东侧雨水管堵塞，已派单，预计48小时内处理完毕。
        劳动仲裁申请书模板：申请人：________，性别：__，身份证号：__________________，住址：__________；被申请人：________（单位全称）。
        根据《个人信息保护法》，物业在业主群公示欠费名单时应当去标识化，不宜公开完整姓名和房号。
    """),
    ("zh-Hant", "租務及勞資資訊"): _lines("""
        差餉物業估價署提供免費租務諮詢服務，查詢熱線 2150 8303。
        小額薪酬索償仲裁處處理不多於10名申索人、每人申索額不超過8,000港元的勞資糾紛。
        樓上單位滲水，可以向食環署及屋宇署聯合辦事處投訴，熱線 1823。
        請幫我擬一封信畀業主，講明冷氣機壞咗三個星期仲未整，要求佢喺七日內安排師傅上門。
        租約係兩年死約，我想第十四個月搬走，一般要賠幾多？
        台灣的租賃糾紛可以向各縣市政府申請調處，也可以撥打1999市民熱線詢問。
        前度一直喺IG留言騷擾我，點樣報警先有用？唔使寫名，先講程序。
        助手：以下係修改後嘅版本——「你好，關於單位冷氣機故障一事，本人已於上月以WhatsApp通知，至今未有安排維修，懇請盡快處理。」
        租單編號 R-2025-00918｜月租 HK$14,800｜按金兩個月｜租約印花稅已繳
        勞動部1955勞工諮詢申訴專線，24小時免付費，提供多國語言服務。
        我同前度夾份租嘅單位，佢搬走咗但唔肯再交租，我可以點做？
        東華三院同保良局都有家事調解服務，可以先打電話預約初步會面。
    """),
    ("ms", "pertikaian jiran dan sewa"): _lines("""
        Macam mana nak tulis surat kepada tuan rumah minta deposit dipulangkan? Tolong guna bahasa yang sopan tapi tegas.
        Jiran sebelah selalu letak kereta depan pagar rumah saya, boleh buat aduan kepada majlis bandaraya tak?
        Pengguna: majikan tak bayar gaji dua bulan. Pembantu: Anda boleh membuat aduan di pejabat Jabatan Tenaga Kerja yang terdekat.
        Borang 1 TTPM boleh diisi secara dalam talian; fi pemfailan hanya RM5.
        Tolong terjemahkan ke Bahasa Inggeris: "Saya telah menunggu pembaikan paip selama tiga minggu dan tiada tindakan diambil."
        Akta Kerja 1955 (pindaan 2022): tempoh notis penamatan bergantung pada tempoh perkhidmatan, contohnya 4 minggu bagi kurang dua tahun.
        Invois INV/2025/1187 - kerja membaiki bumbung bocor, RM2,450.00, bayaran pendahuluan 50%.
        ok dah siap draf, tolong check grammar je: "Dengan hormatnya saya ingin memaklumkan bahawa bunyi bising dari unit atas berlaku setiap malam selepas jam 12."
        Pusat Mediasi Komuniti di bawah Jabatan Perpaduan Negara menawarkan khidmat mediasi percuma untuk pertikaian kejiranan.
        Mesyuarat agung badan pengurusan akan diadakan di Dewan Serbaguna Tun Hussein Onn, Sabtu 10 pagi.
        Sewa bulanan RM1,350 termasuk caj penyelenggaraan; deposit 2+1 seperti kebiasaan di Lembah Klang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        帮我给房东写个催退押金的消息：房东叫郭建华，电话13926154708，我住的是深圳市南山区桃园路锦绣花园8栋1203，退房20天了押金6400还没退。
        对门702的孙丽萍她老公周末在家打孩子，整栋楼都听得见，我想报警又怕她家报复我，怎么办
        前男友马骏欠我3万块，借钱的时候我拍了他身份证，号码是440305198806124712，这个能拿来起诉吗？
        杭州栖木科技把我辞退了，我叫钱思远，税前月薪18500，入职两年零三个月，N+1应该赔多少？
        我的工资卡是招行 6225 8801 3579 2464，公司说已经打款了，我这边没收到，帮我写个给HR的邮件。
        室友韩冰有抑郁症，最近在吃舍曲林，她不让我告诉房东，可房东老问她为什么整天不出门，我该怎么回？
        帮我回这条消息“你车又挡我家门口了”，车是粤B·7K2Q9，车主是楼下502的刘德胜，别写得太冲。
        前妻吴静不让我见儿子吴恩泽，法院判的是每周六探视，孩子在浦东新区明珠小学读三年级，我能去学校找他吗？
        深南劳人仲案〔2025〕3187号，申请人罗晓婷告我们公司违法解除，老板让我写答辩意见，她是因为怀孕被劝退的。
        邻居微信号 lihong_1987 在业主群里骂我，说我家狗咬了她女儿李可欣，她女儿在人民医院缝了四针，我要怎么回应？
        房东邮箱是 zhangyufeng1976@163.com，他叫张玉峰，帮我写一封邮件说我要提前退租。
        合同乙方：蒋文婷，身份证号 51010719950214062X，联系电话 158 2807 3361，请帮我核对一下这份解约协议。
    """),
    "zh-Hant": _lines("""
        幫我覆業主：陳家輝先生你好，我係沙田第一城23座18樓E室嘅租客黃嘉欣，冷氣已經壞咗三個禮拜。
        前度梁志豪成日喺我公司樓下等我，佢電話係 9318 2746，我想申請禁制令，要準備啲乜？
        老闆欠我兩個月人工共 HK$36,400，我叫何詠詩，身份證號碼係 K632518(1)，幫我填勞工處份表。
        隔籬屋李美玲成日喺大廈群組話我個仔有自閉症好嘈，其實佢係ADHD，點樣回應先唔會搞大件事？
        房東林志成（身分證 B133088258）不還押金兩萬四，我要寄存證信函到他家：新北市板橋區文化路一段288號5樓。
        我係張詠欣，WhatsApp 6128 4409，如果前僱主再搵你哋，就話我已經交咗律師處理。
        同事何嘉偉將我（蕭凱琳）嘅醫生紙send咗去成個team group，上面寫住我有乳癌，呢個算唔算違反私隱條例？
        前男友張育誠一直用LINE（ID：yucheng0823）傳訊息騷擾我，還跑到我租的地方，可以聲請保護令嗎？
    """),
    "en": _lines("""
        Pls help me reply to my landlord Mr Ong Boon Keat (+65 9127 4630), he wants to keep my $3,200 deposit for "wear and tear" at Blk 418 Bedok North Ave 2 #09-157.
        My neighbour at #12-04, Raymond Teo, smokes in the corridor every day and my daughter Chloe Teo Yi Xuan has asthma, she was admitted to KKH twice this year.
        Draft a letter to my employer: I'm Priya d/o Ramasamy, NRIC S8734215H, last drawn salary $4,650, and they haven't paid October.
        my ex Jason Koh keeps emailing me at 2am from jason.koh.sg88@gmail.com, how do I write a firm "stop contacting me" message I can use for a POHA application later?
        Context for the reply: tenant is Ahmad Faizal bin Rosli, IC 880412-14-5237, unit B-12-3 Residensi Alam Damai, Cheras, rent RM1,600 overdue since Aug.
        My name is Ramesh Kumar, FIN G5190372U, work permit holder. Employer (Hock Seng Construction) kept my passport Z4819273 and hasn't paid OT for 4 months.
        Can you check my timeline before I send it to the lawyer: 3 Feb - Daniel Lim (my ex-husband) took Ethan (7) to JB without consent; 5 Feb - he texted from +60 12-338 7214; 9 Feb - police report at Bedok NPC.
        HR says my payslip shows $5,800 but I was promised $6,200 in the offer letter. I'm Wong Mei Ling, employee ID HS-20417 - can you draft my reply?
        Please write a message about the smell from upstairs, Mdm Lee Ah Moi at #11-22 is 84 and has dementia, her son Kenneth never picks up - his number is 8765 2031.
        For the repair refund, tell the contractor to pay to my Maybank card 5353 1022 7746 1907, name on card TAN WEI JIE.
    """),
    "ms": _lines("""
        Tolong tulis mesej kepada tuan rumah saya, Encik Zulkifli bin Hassan (012-457 8812), minta dia baiki paip bocor di No. 23, Jalan Mawar 7, Taman Sri Muda, 40400 Shah Alam.
        Bekas suami saya, Mohd Hairul bin Azman, IC 850917-10-5563, tak bayar nafkah anak sejak Mac, saya nak failkan di Mahkamah Syariah.
        Majikan potong gaji saya RM800 sebab cuti sakit, nama saya Nurul Aina binti Kamarudin, no. pekerja 00781, gaji pokok RM2,300.
        Jiran sebelah, Puan Siti Rahmah dari rumah No. 14, selalu bakar sampah; anak dia Haziq pun asma teruk dan baru keluar Hospital Serdang minggu lepas.
        Akaun untuk pulangan deposit: Maybank 1640 2289 5573, atas nama Lim Chee Keong, tolong masukkan dalam surat tu.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant that drafts polite, concise messages."),
        ("user", "landlord won't return my deposit, can you help me draft something"),
        (
            "assistant",
            "Of course. When did the tenancy end, how much is the deposit, and how do you usually contact the landlord?",
        ),
        (
            "user",
            "ended 31 Oct, deposit $2,800. Landlord is Mr Goh Kian Huat, I whatsapp him at +65 9654 3018",
        ),
        (
            "assistant",
            "Hi Mr Goh, I handed over the unit on 31 Oct in good condition. Could you let me know when the $2,800 deposit will be returned? Thank you.",
        ),
    ],
    [
        ("user", "帮我想想怎么回业主群里这段话，我快气死了"),
        (
            "user",
            "【锦江花园3栋业主群】\n1502 王秀芝：楼下1402的别装死，你家孩子天天晚上弹钢琴弹到十点半\n1402 陈昊：我们九点半就停了，你家拖鞋声才吵\n1502 王秀芝：陈昊你老婆在医院上班三班倒关我什么事",
        ),
        ("user", "我就是1402的，怎么回比较体面"),
        (
            "assistant",
            "建议私下沟通，不在群里争吵。可以回复：“王阿姨，练琴时间我们会控制在晚上九点前，也请您理解，有问题欢迎当面聊。”",
        ),
    ],
    [
        ("user", "I got terminated without notice yesterday. What are my options in SG?"),
        (
            "assistant",
            "You may be entitled to salary in lieu of notice. I can help you write to HR - what's your name, your ID and your monthly salary?",
        ),
        ("user", "Nurul Huda Binte Ismail"),
        ("user", "T0261847D"),
        ("user", "basic 3,150, been there 1 yr 4 months"),
    ],
    [
        ("user", "點樣叫前度還返我啲嘢但又唔會吵起上嚟？"),
        (
            "assistant",
            "可以用簡短、中性嘅訊息，列明物品清單同埋建議交收時間，唔好翻舊帳。",
        ),
        ("user", "好，佢叫鄭俊傑，住將軍澳日出康城領都3座27樓B，手機 6072 1853"),
        ("user", "我想佢喺星期六之前將部Switch同我阿媽送我條頸鏈寄返嚟"),
    ],
    [
        ("user", "majikan tak caruman KWSP saya dah 6 bulan, apa saya boleh buat?"),
        (
            "assistant",
            "Anda boleh semak penyata melalui i-Akaun dan buat aduan kepada KWSP. Saya boleh bantu draf surat kepada majikan.",
        ),
        ("user", "ok tolong. Nama Muhammad Irfan bin Yusof, IC 920715-10-6481"),
        ("user", "no ahli KWSP 18273645, kerja di Syarikat Perabot Jaya Sdn Bhd, gaji RM2,800"),
    ],
    [
        ("user", "房东不退押金，我把合同首页贴给你，帮我看看怎么写律师函"),
        (
            "user",
            "房屋租赁合同\n甲方（出租人）：徐桂芳  身份证号：320106197908304427\n乙方（承租人）：唐一鸣\n房屋坐落：南京市鼓楼区湖南路街道狮子桥小区12幢402室\n月租金：人民币3200元  押金：人民币6400元",
        ),
        (
            "assistant",
            "好的。律师函一般包括：事实经过、合同依据、诉求（退还押金6400元）、履行期限以及不履行的后果。",
        ),
    ],
    [
        (
            "user",
            "my landlord in HK is refusing to fix the water heater, can u write a formal letter",
        ),
        ("assistant", "Sure. Who is the landlord, and what's the address of the flat?"),
        (
            "user",
            "Chan Tai Wai. flat is 12B Block 3 Kornhill, Quarry Bay. I'm the tenant, Vivian Lau",
        ),
        (
            "assistant",
            "Dear Mr Chan Tai Wai,\nRe: Flat 12B, Block 3, Kornhill, Quarry Bay\nI write to inform you that the water heater has not worked since 2 November. Under clause 4(c) of our tenancy agreement the landlord is responsible for repairs to fixtures. Please arrange repair within 7 days.\nYours sincerely,\nVivian Lau",
        ),
    ],
    [
        ("user", "我跟前男友在争孩子抚养权，他以前的事能在法庭上说吗？"),
        ("assistant", "与子女利益有关的事实一般可以作为证据提出。方便说说是什么情况吗？"),
        ("user", "他叫曹磊"),
        ("user", "2019年因为吸毒被送去强制隔离戒毒两年，现在在成都开网约车"),
    ],
    [
        (
            "user",
            "Neighbour's dog bit my son last week at the playground. How do I ask for medical costs?",
        ),
        (
            "assistant",
            "Keep the clinic receipts and photos, then write to the owner stating the amount and a deadline.",
        ),
        (
            "user",
            "owner is Mr Kumaresan at No. 15 Jalan SS2/64, Petaling Jaya. he drives a grey Myvi WXY 4821. clinic bill was RM460",
        ),
    ],
    [
        ("user", "公司说工资已经发了，但我没收到，怎么写邮件给财务比较正式？"),
        (
            "assistant",
            "可以写明：应发月份、金额、收款账户，并请财务提供转账回单。需要我帮您起草吗？",
        ),
        ("user", "要，工资卡 6259 0711 4382 0658，户名潘志强，11月应发14200"),
        (
            "assistant",
            "好的，以下是邮件草稿：尊敬的财务部同事：您好！本人潘志强，11月工资14200元至今未到账……",
        ),
    ],
    [
        (
            "system",
            "User profile (use when drafting): name=Chloe Tan Hui Min; mobile=+65 8213 6690; address=Blk 562 Pasir Ris St 51 #08-221; tenancy since 2023.",
        ),
        ("user", "draft a complaint to the town council about the ceiling leak"),
        (
            "assistant",
            "Dear Sir/Madam, I am writing to report a ceiling leak in my flat at Blk 562 Pasir Ris St 51 #08-221 ...",
        ),
    ],
    [
        ("user", "房東不還押金，要寫存證信函，格式怎麼寫？"),
        (
            "assistant",
            "存證信函需寫寄件人、收件人姓名與地址，以及具體事實與請求，例如限期幾日內返還押金。",
        ),
        ("user", "收件人：王淑芬，身分證 F228714532"),
        ("user", "地址是台中市西屯區福星路516巷7號3樓，押金36000，我9/30就搬走了"),
    ],
    [
        (
            "user",
            "I need to end my helper's contract early. Please draft the termination letter, one month's notice.",
        ),
        ("assistant", "Sure. Please give me the helper's full name, HKID and monthly wage."),
        ("user", "Maricel Dela Cruz Santos, HKID R481290(4), wage HK$4,990"),
        (
            "user",
            "reason is she's pregnant and we can't have her do the heavy work, can I write that?",
        ),
        (
            "assistant",
            "Please don't - dismissing an employee because of pregnancy is unlawful under the Employment Ordinance. I would not include that reason.",
        ),
    ],
    [
        ("user", "someone keeps dumping bulky items at the lift lobby, what can I do?"),
        (
            "assistant",
            "You can report it to the town council with photos, dates and times. Avoid confronting the person directly.",
        ),
        ("user", "ok"),
        (
            "user",
            "it's definitely Mdm Rosnah Binte Jaafar from #05-318, I saw her from my peephole, she also owes the town council money i heard",
        ),
    ],
    [
        ("user", "我同前度分手，隻狗歸邊個？佢要搶返隻柴犬"),
        ("assistant", "香港法律上寵物屬財產，一般睇邊個付款購買同登記。你有購買紀錄嗎？"),
        ("user", "有，當時用我張卡買嘅，4367 4298 7612 3456"),
        ("user", "前度叫 Ken Yip Ka Ho，email kenyip.kh@outlook.com，幫我寫封email講清楚"),
    ],
    [
        ("user", "室友一直不交水电费，怎么在合租群里提醒他"),
        ("assistant", "可以把账单截图发群里，写明每人应付金额和截止日期。"),
        ("user", "他叫邓宇航，微信不回，我打他电话"),
        ("user", "138 0271"),
        ("user", "5536 一直关机"),
        ("assistant", "那建议直接在群里@他并保留记录，必要时联系房东协调。"),
    ],
    [
        ("user", "Can you help me reply to this email from HR? Pasting it below."),
        (
            "user",
            "Dear Ms Lydia Chong,\nFollowing your three weeks of hospitalisation leave for major depressive disorder (Sept 2025), management has decided not to confirm your employment after probation.\nRegards,\nHR Department, Brightwell Logistics Pte Ltd",
        ),
        ("user", "is this discrimination??"),
        (
            "assistant",
            "Ending employment because of a medical condition may breach the Tripartite Guidelines on Fair Employment Practices. You could reply asking for the written reasons and raise it with TAFEP.",
        ),
    ],
    [
        ("user", "tolong semak mesej WhatsApp tuan rumah ni, dia ugut nak tukar kunci"),
        (
            "user",
            "[12/10/25, 9:14 PM] Hj Rosli Tuan Rumah: Saudari Farah, sewa bulan 9 & 10 belum masuk. Kalau tak bayar sebelum Jumaat saya tukar kunci rumah No. 8 Jalan Kenanga 3/2, Bandar Baru Bangi.\n[12/10/25, 9:15 PM] Hj Rosli Tuan Rumah: Call saya 013-662 0457",
        ),
        (
            "assistant",
            "Tuan rumah tidak boleh menukar kunci tanpa perintah mahkamah. Saya boleh bantu draf balasan yang sopan.",
        ),
    ],
    [
        ("user", "楼上漏水把我家天花板泡坏了，帮我写一封给楼上业主的函"),
        ("assistant", "好的，请提供楼上业主称呼、房号和损失情况。"),
        ("user", "沈国平，1101，我家1001，维修报价4800"),
        (
            "assistant",
            "致广州市天河区翠湖苑5栋1101室业主沈国平先生：因贵户卫生间防水层渗漏，造成1001室天花板及墙面受损，维修报价4800元，请于十日内联系协商赔偿事宜。",
        ),
    ],
    [
        (
            "user",
            "my boss wants me to sign a resignation letter instead of firing me. what should I do",
        ),
        (
            "assistant",
            "Don't sign anything under pressure. Ask for the termination in writing and check what you'd lose by resigning.",
        ),
        ("user", "I'm in KL, Employment Act applies. Name Siti Nadhirah binti Abdul Karim"),
        ("user", "IC 900223-14-6390, joined 2021, RM4,200 a month"),
    ],
    [
        ("user", "帮我看看这份仲裁裁决书里的内容对我有没有利"),
        (
            "user",
            "申请人：黄志远，男，1990年3月15日出生，汉族，住湖南省长沙市岳麓区麓山南路金桥小区2栋603，公民身份号码430104199003152731。\n被申请人：长沙某餐饮管理有限公司。",
        ),
        ("assistant", "这是裁决书的当事人部分，请把“裁决如下”那一段也发过来，我才能判断结果。"),
    ],
    [
        (
            "user",
            "My friend is a work permit holder, employer deducted 'housing fee' from his salary. Is that allowed?",
        ),
        (
            "assistant",
            "Deductions must be authorised under the Employment Act and agreed in writing. He can report it to MOM.",
        ),
        ("user", "his name is Md. Rafiqul Islam, FIN F3318205T"),
        ("user", "he asked me to write the MOM report for him, his phone is 8891 5027"),
    ],
    [
        (
            "user",
            "our neighbour installed a CCTV pointing straight into our living room. is that legal in Malaysia?",
        ),
        (
            "assistant",
            "It may be a nuisance and an invasion of privacy. You can raise it with the residents' association or the local council.",
        ),
        (
            "user",
            "He's Harish Nair, 27 Lorong Maarof, Bangsar, car plate VBN 2207. Can you write the letter to him directly?",
        ),
    ],
    [
        ("user", "分手后前女友还拿着我的身份证复印件，我担心她拿去办贷款"),
        ("assistant", "可以书面要求对方销毁或归还复印件，必要时报警备案并查询个人征信报告。"),
        ("user", "我身份证号 330106199001012830，叫许晨阳，能帮我查一下有没有被冒用吗"),
        ("assistant", "我无法查询征信记录，您可以通过中国人民银行征信中心官网自行查询。"),
    ],
    [
        ("user", "Need a reply to the HOA letter about my 'unauthorised renovation'"),
        (
            "assistant",
            "Could you paste the letter so I can respond point by point?",
        ),
        (
            "user",
            "To: Mr & Mrs Lim Kok Wah, Unit 21-3A, Pavilion Hilltop, Mont Kiara\nRe: Renovation works without approval\nYour contractor was observed hacking the wet kitchen wall on 2 Nov 2025. Please stop works immediately.\n- Joint Management Body",
        ),
    ],
]
