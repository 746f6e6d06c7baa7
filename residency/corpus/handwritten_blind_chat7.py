"""Blind check set chat7: multi-turn assistant chats and single turns in en, zh-Hans, zh-Hant, ms and code-mixed. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat7
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coding-help"): _lines("""
        Here's a fixture you can use: `User(name="Jane Doe", email="jane.doe@example.com", phone="555-0100")` — all placeholder values, so it's safe to commit.
        Your stack trace shows `KeyError: 'customer_id'` at line 214 of billing/invoice.py; the dict coming back from get_order(88213) uses the key `customerId` instead.
        Commit a3f9c02e1b7d fixed the race in the session cache; bump the dependency to 4.12.3 and the flaky test should go away.
        To seed the dev database, run `make seed` — it creates 50 accounts named test_user_01 through test_user_50, all with the password `changeme`.
        For the Stripe test card use 4242 4242 4242 4242 with any future expiry and any CVC; it never charges a real account.
        Set `SMTP_FROM=no-reply@acme-widgets.example` in your .env and the password-reset mails will stop bouncing.
        Your SQL is fine; the problem is that `created_at > '2025-03-01 00:00:00+08'` is compared against UTC-stored timestamps, so you lose eight hours of rows.
        Faker's `fake.name()` returns things like 'Allison Hill' or 'Noah Rhodes' — they're generated, so it's fine to paste them into the bug report.
        The UUID 3f2b8c1e-9a4d-4e7b-b0c5-6d1f2a9e8c47 in that log line is the request id, not a user id; grep the gateway logs for it to trace the 502.
        Run `git config user.email "you@example.com"` and `git config user.name "Your Name"` before your first commit on the new laptop.
        The validator rejects +1-202-555-0143 because your pattern doesn't allow the leading plus; 555-01xx numbers are reserved for fiction, so they're ideal for unit tests.
        Docker says port 5432 is already allocated — stop the local Postgres service or map the container to 5433:5432.
        In the serializer, mark `date_of_birth` and `national_id` as write_only so the API never echoes them back in list responses.
    """),
    ("en", "form-help"): _lines("""
        In the 'Full name as per passport' box, copy the name exactly as printed — the sample page shows TAN AH KOW with the surname first.
        Field 7 asks for your NRIC/FIN; the format is a letter, seven digits and a letter, like the S1234567D shown in the guidance notes.
        For the emergency contact section, give the name, relationship and phone number of someone who isn't travelling with you.
        Under 'Mailing address', leave Unit No. blank if you live in a landed house; the postcode box takes six digits in Singapore and five in Malaysia.
        The DS-160 confirmation number starts with AA followed by eight characters — keep it, you'll need it to book the interview.
        On the e-Filing form, 'Income tax number' means the reference on your tax letter, not your IC number; the example on the screen is SG 1234567890.
        Sign in the box marked 'Signature of applicant' and date it DD/MM/YYYY; section D is for the officer, so leave it blank.
        If the form asks for 'Name of employer' and you're self-employed, write 'Self-employed' followed by your registered business name.
        The template reads: 'Dear [Landlord's name], I, [Your full name], of [Your address], give notice that I will vacate the unit on [date].' Fill in the brackets before sending.
        On a direct-debit mandate, the 'Originator ID' (for example 9A1234) belongs to the company billing you, so copy it from their invoice.
    """),
    ("en", "public-and-fictional"): _lines("""
        Lee Kuan Yew was Singapore's first prime minister from 1959 to 1990, and his son Lee Hsien Loong held the post from 2004 to 2024.
        Sherlock Holmes lodges at 221B Baker Street, and Dr Watson's war wound moves between his shoulder and his leg depending on the story.
        Anwar Ibrahim was sworn in as Malaysia's tenth prime minister in November 2022 after the election produced a hung parliament.
        Jay Chou's album Fantasy came out in 2001; 'Simple Love' is the track most people remember from it.
        Harry Potter's first Hogwarts letter is addressed to 'The Cupboard under the Stairs, 4 Privet Drive, Little Whinging, Surrey'.
        In Pride and Prejudice, Mrs Bennet's nerves are a running joke, and Mr Darcy's ten thousand a year is gossiped about openly at the assembly.
        Tsai Ing-wen was Taiwan's president from 2016 to 2024; before that she chaired the Democratic Progressive Party.
        Walter White's lung cancer diagnosis and his alias 'Heisenberg' drive the whole plot of Breaking Bad.
        Michelle Yeoh, who was born in Ipoh, won the Academy Award for Best Actress for Everything Everywhere All at Once.
        For your essay on the Twitter takeover, cite Elon Musk's SEC filings rather than screenshots of his posts.
    """),
    ("en", "travel-and-food"): _lines("""
        From Changi Airport take the East-West Line to Tanah Merah, cross the platform, and you'll reach Raffles Place in about 35 minutes.
        For nasi lemak, cook the rice with coconut milk, a knotted pandan leaf and a pinch of salt; the sambal needs at least 20 minutes of slow frying.
        Jalan Alor in Bukit Bintang is best after 7 pm; the grilled chicken wing stalls near the Changkat end are the usual recommendation.
        The Star Ferry from Tsim Sha Tsui to Central costs only a few Hong Kong dollars and runs every 6 to 12 minutes.
        Book the Taroko Gorge shuttle from Hualien station the day before — in October the 8:10 departure fills up fast.
        Your hotel booking reference BKG-4471-XQ covers two adults with breakfast; check-in opens at 3 pm.
        The Penang Hill funicular fast-lane ticket is RM80 for non-Malaysians and saves about an hour of queueing on weekends.
        For Hainanese chicken rice for four, poach a 1.6 kg chicken at a bare simmer for 40 minutes, then plunge it into ice water.
        The ETS train EG9421 leaves KL Sentral at 08:45 from platform 3; coach C is the quiet coach on the seat map.
        If you lose your way, the Singapore Visitor Centre hotline 1800 736 2000 is staffed round the clock.
    """),
    ("en", "drafts-and-summaries"): _lines("""
        Summary: the council approved the new cycling lane on Orchard Road, with works starting in March and a budget of S$4.2 million.
        Draft reply: 'Hi team, thanks for the quick turnaround on the Q3 deck — let's lock the numbers by Thursday.'
        Here's a polite decline: 'Thank you for thinking of me for the panel; unfortunately my schedule that week is fully committed.'
        The meeting notes say the vendor, Northwind Logistics Sdn Bhd, will deliver the pallets to the Shah Alam warehouse on the 14th.
        Your cover letter could open with: 'I am writing to apply for the Data Analyst role advertised on your careers page.'
        To summarise the article: the central bank held rates at 3.00%, citing stable inflation and a softer export outlook.
        A birthday message for a colleague: 'Happy birthday! Wishing you a year of good coffee, short meetings and long weekends.'
        Ticket #SR-20931 was closed after the customer confirmed the router firmware update fixed the dropouts.
    """),
    ("zh-Hans", "assistant-turns"): _lines("""
        好的，下面是一封请假邮件模板：尊敬的[主管姓名]，我因[原因]需于[日期]请假一天，手头工作已交接给[同事姓名]。
        测试环境里可以用 13800138000 作为占位手机号，这是教程里常见的示例号码，不要填真实号码。
        鲁迅原名周树人，1918年发表《狂人日记》，一般认为这是中国第一篇现代白话小说。
        红烧肉的关键是先炒糖色，五花肉切成三厘米见方，小火炖四十分钟再大火收汁。
        订单号 202611280937456612 显示已发货，运单号 SF1402837765921 可以在顺丰官网查询。
        《红楼梦》里林黛玉体弱多病，常年服药，最后在宝玉成婚那天病逝。
        你的报错 `UnicodeDecodeError` 是因为文件是 GBK 编码，open 的时候加上 encoding='gbk' 就行了。
        去故宫建议提前七天在官方小程序实名预约，周一闭馆，午门进、神武门出。
        “公民身份号码”一栏填18位，国家标准里给出的示例是 11010519491231002X，照着格式填自己的即可。
        马云1999年在杭州创立阿里巴巴，2019年卸任董事局主席。
        这段 SQL 把 user_id 当成字符串比较了，改成 WHERE user_id = 10086 就能走索引。
        社保转移的具体流程可以拨打12345市民服务热线咨询。
        周末去西湖的话，断桥到白堤人最多，建议早上七点前到，或者从杨公堤那边绕过去。
        总结一下：会议决定第三季度预算上调8%，市场部负责人下周提交方案，下次例会定在12月10日。
    """),
    ("zh-Hant", "assistant-turns"): _lines("""
        台積電創辦人張忠謀1987年在新竹科學園區成立公司，2018年正式退休。
        滷肉飯要用帶皮豬五花，切小丁後加紅蔥頭酥一起滷，醬油和冰糖的比例大約三比一。
        表格上的「身分證統一編號」是一個英文字母加九個數字，說明欄的 A123456789 只是格式範例。
        從台北車站搭高鐵到左營約一小時三十五分，記得先在 T-Express App 劃位。
        香港身份證號碼格式是一個英文字母、六位數字及括號內的校驗碼，入境處的範例寫作 A123456(3)。
        金庸筆下的郭靖憨厚老實，黃蓉聰明伶俐，兩人最後在襄陽城破時殉國。
        你的 React 元件一直重複渲染，是因為 useEffect 的依賴陣列裡放了每次都會重建的物件。
        統一發票號碼像 AB-12345678 這樣，對獎時只看後面八碼。
        林志玲2019年宣布與日本藝人 AKIRA 結婚，消息是由經紀公司正式發布的。
        會議紀錄摘要：新版官網預計一月上線，設計稿由外包團隊負責，預算維持原案。
        搭港鐵到迪士尼要在欣澳站轉迪士尼線，車廂窗戶是米奇頭的造型。
        寫推薦信可以用這個架構：開頭說明你與申請人的關係，中段舉兩個具體事例，結尾給出明確推薦。
    """),
    ("ms", "assistant-turns"): _lines("""
        Untuk borang ini, isikan nombor MyKad anda tanpa sengkang, iaitu 12 digit seperti yang tertera pada kad.
        Resipi rendang daging: tumis rempah sampai pecah minyak, masukkan daging dan santan, kemudian masak dengan api perlahan selama tiga jam.
        Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        Kalau nak ke Langkawi dari KL, penerbangan terus ambil masa kira-kira sejam; feri dari Kuala Perlis pula lebih murah.
        Ralat `ModuleNotFoundError: No module named 'pandas'` bermaksud pakej itu belum dipasang dalam virtualenv yang aktif.
        Pesanan anda ORD-MY-558201 sedang diproses dan dijangka sampai dalam 3 hari bekerja.
        Dalam cerita Upin & Ipin, Kak Ros selalu marah bila adik-adiknya habiskan ayam goreng tanpa tinggalkan untuknya.
        Surat rasmi biasanya bermula dengan alamat pengirim di kanan atas, diikuti tarikh, kemudian alamat penerima di sebelah kiri.
        Siti Nurhaliza memulakan kerjaya nyanyian selepas memenangi pertandingan Bintang HMI pada tahun 1995.
        Gunakan alamat contoh seperti 'No. 1, Jalan Contoh, 50000 Kuala Lumpur' dalam dokumentasi supaya tiada data sebenar terdedah.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan kebajikan dan keganasan rumah tangga.
        Ringkasan mesyuarat: projek jambatan ditangguhkan ke suku kedua, dan jabatan kewangan akan menyemak semula kos.
    """),
    ("mixed", "code-mixed-turns"): _lines("""
        Boss cakap deadline Friday, so I already push the fix to branch hotfix/login-timeout, tolong review bila free.
        这个 bug 是因为 API 返回的 timestamp 是 epoch millis，1733212800000 要先除以 1000 再转 datetime。
        Nasi lemak 最好吃的是 Village Park 那家，weekend 要排队 half an hour 以上。
        你可以用 `Faker('zh_CN').name()` 生成假名，比如「王秀英」之类的，测试完就丢掉。
        Form tu tanya 'Nama waris', just put placeholder dulu like [NAMA WARIS] then isi later.
        明天 meeting 改到 3pm，room 換成 Level 12 嘅 Orchid，記得帶 laptop 同 charger。
        Cuba run `pip install -r requirements.txt` dulu, lepas tu baru `python manage.py migrate`, kalau tak table belum wujud.
        成龍 Jackie Chan 以前喺 Hong Kong 拍 Police Story 嘅時候，好多 stunt 都係自己做。
        Invoice INV-2026-00417 total RM 1,284.50 termasuk SST 8%, please confirm before 15hb.
        Git tag v3.2.0-rc1 已经 push 上去了，CI pipeline #48213 全绿，can release anytime.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me reword this: my sister Rachel Ooi was diagnosed with stage 2 breast cancer last month and I need to tell her manager at Keppel she'll be out until March.
        My details for the form — name: Darren Kwek Jun Hao, NRIC S8734125I, mobile 9123 4587, address Blk 412 Bedok North Ave 2 #07-118 Singapore 460412.
        Please draft an apology to my landlord, Mr Harbans Singh, about the late rent — I lost my job in October and I'm now two months behind.
        Email my tutor at priya.ramasamy88@gmail.com and say Aarav won't make Thursday's session because of his asthma flare-up.
        Transfer the deposit to Maybank account 514239871026 in the name of Nurul Ain binti Kamarudin before Friday.
        Remind me that Felicity Tan's boy starts at Nanyang Primary in January and she's worried about the fees since the divorce.
        Write a short bio: Gordon Lim, 47, staff nurse at Ng Teng Fong General Hospital, lives in Jurong West with his mother, who has dementia.
        The parcel should go to Mrs Kalaiselvi Murugan, 23 Jalan SS2/64, 47300 Petaling Jaya, phone 012-738 4921.
        My card 4556 1077 1230 4982, expiry 08/28, got charged twice by the gym — help me write the dispute.
        Our neighbour Brendan Foo has been on antidepressants since his wife left him, so please keep that out of the note to the block committee.
    """),
    "zh-Hans": _lines("""
        帮我把这条通知改得礼貌一点：张晓梅，身份证号 320102199305224181，下周一来公司办理入职。
        我老公刘建国在宁波一家外贸公司上班，最近查出糖尿病，医生让他控制饮食，帮我做个一周食谱。
        快递寄到：上海市闵行区莘庄镇莘松路 958 弄 12 号 302 室，收件人黄丽娟，电话 13817294506。
        工资卡是建设银行 6217002130045984，户名周志强，麻烦财务这个月按这个账户打款。
        我表妹陈思琪在杭州第二中学读高二，成绩一直往下掉，她爸妈正在闹离婚，我该怎么跟她聊？
        请帮我写个请假条：本人王海涛，因母亲在湘雅医院做心脏搭桥手术，需请假五天。
        把这个联系人加到表格里：吴佳怡，微信号 wujiayi_0921，邮箱 wujiayi0921@163.com。
        李明辉 44030619880714237X，手机 15927634810，这是他签证材料里要填的。
    """),
    "zh-Hant": _lines("""
        幫我寫一封信給房東：我是林怡君，身分證字號 A236170487，住在台北市大安區復興南路二段 148 巷 6 號 4 樓。
        我同事許志明最近在做化療，已經請假好幾週了，想幫他寫張卡片但不要提到病情。
        香港身份證 K739412(8)，陳家樂，聯絡電話 6389 2174，請幫我填入報名表。
        我阿嬤蔡秀英住在台南市東區，上個月跌倒骨折，現在住在奇美醫院，幫我排一下家人探病的時間表。
        請把款項匯到中國信託帳號 901540328176，戶名鄭雅婷。
        我個仔何俊傑喺九龍塘讀小三，班主任話佢有讀寫障礙，我應該點樣同學校溝通？
    """),
    "ms": _lines("""
        Tolong tulis surat cuti sakit untuk saya: Mohd Faizal bin Rahman, No. KP 890412-10-5523, pekerja di Kilang Perabot Jaya, Klang.
        Anak saudara saya Aisyah binti Hamdan baru disahkan menghidap leukemia, macam mana nak minta cuti panjang dari majikan dia?
        Hantar invois kepada Encik Ravi a/l Subramaniam, No. 7, Lorong Mawar 3, Taman Bukit Indah, 81200 Johor Bahru, tel 017-2290 468.
        Akaun CIMB saya 7062884193, nama Lim Wei Seng, tolong masukkan dalam borang tuntutan perjalanan.
        Jiran saya Puan Rohani Yusof baru bercerai dan tinggal seorang diri dengan tiga anak di Kampung Baru, dia perlukan bantuan zakat.
    """),
    "mixed": _lines("""
        Eh can help me isi this form, my IC 950827-14-6031, nama Tan Mei Ling, alamat 18 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.
        帮我 reply 这个 email：Hi Kevin Ong，你的 medical report 已经出来了，HbA1c 是 8.2，doctor 叫你下个礼拜回来 follow up。
        Please send 合約 to Winnie Cheung 張慧雯, her email is winnie.cheung.hk@outlook.com, WhatsApp +852 9417 3386.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write a short note to my son's school explaining an absence?"),
        ("assistant", "Of course. Who should it be addressed to, and how long was he away?"),
        (
            "user",
            "Ms Rebecca Yeo, his form teacher. He's Ethan Goh in 4B and he missed Monday to Wednesday because he was admitted to KK Hospital with dengue.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Ms Yeo, Ethan Goh of 4B was absent from Monday to Wednesday as he was admitted to KK Hospital with dengue fever. He has been discharged and is recovering. Kindly let us know what work he needs to catch up on.'",
        ),
    ],
    [
        ("user", "My CSV import crashes on the second row, can you see why?"),
        ("assistant", "Sure, paste the header and the failing row."),
        (
            "user",
            "Header is id,name,email,phone and row 2 is 10442,Marcus Teo,marcus.teo.84@gmail.com,+65 8765 2031 — it's straight from the customer export.",
        ),
        (
            "assistant",
            "The crash comes from the int() cast on the phone column: '+65 8765 2031' has a plus and a space. Keep phone as a string, and please don't share real customer rows in future; use dummy data.",
        ),
    ],
    [
        ("user", "I need a quick email to the movers."),
        ("assistant", "Sure — what's the pickup address and the on-site contact?"),
        ("user", "Pickup from 27 Lorong Chuan #03-09, Singapore 556782"),
        ("user", "and the contact is my wife Jasmine, 9876 1254"),
        (
            "assistant",
            "Here it is: 'Dear Swift Movers, please collect from 27 Lorong Chuan #03-09, Singapore 556782 on Saturday at 9 am. On-site contact: Jasmine, 9876 1254. Thank you.'",
        ),
    ],
    [
        ("user", "I'm writing a eulogy and need help with the structure."),
        ("assistant", "I'm sorry for your loss. Could you tell me a little about him or her?"),
        (
            "user",
            "My grandfather, Lionel D'Cruz. He ran a tailor shop on Arab Street for forty years.",
        ),
        (
            "user",
            "He spent his last year in a hospice after the stroke and never got to meet my daughter Sophie.",
        ),
        (
            "assistant",
            "A simple structure: open with a memory of the shop, move to what he taught the family, acknowledge the hard final year, and close with what you'll tell Sophie about him.",
        ),
    ],
    [
        ("user", "What goes in the 'Child's particulars' section of the passport application?"),
        (
            "assistant",
            "The child's full name as on the birth certificate, the birth certificate number, the date of birth, and one parent's NRIC.",
        ),
        (
            "user",
            "So: Chloe Lau Xin Yi, birth cert T1842073I, born 14 Feb 2018, and mine is S9218463C.",
        ),
        (
            "assistant",
            "That's right — enter T1842073I as the birth certificate number and S9218463C under 'Parent's NRIC', and make sure the spelling of Chloe Lau Xin Yi matches the certificate exactly.",
        ),
    ],
    [
        ("user", "My Outlook signature breaks on mobile. Can you check it?"),
        ("assistant", "Paste the signature text and I'll check the layout."),
        (
            "user",
            "Siobhan Teo | Senior Associate, Marlow Chambers | DID +65 6329 4417 | M +65 9182 6650 | siobhan.teo@marlowchambers.sg",
        ),
        (
            "assistant",
            "The pipes wrap on narrow screens. Put each item on its own row in the table: name and title on the first, the DID and mobile on the second, the email on the third.",
        ),
    ],
    [
        (
            "user",
            "Summarise this voice-note transcript for me: 'Hi dear it's Aunty Margaret, Margaret Sim, just to say Uncle Peter's biopsy came back and it's lymphoma, we start treatment at NCCS on the 9th, don't tell your cousins yet, call me on 9655 0872.'",
        ),
        (
            "assistant",
            "Summary: Margaret Sim says Uncle Peter's biopsy showed lymphoma and treatment starts at NCCS on the 9th. She asks you to keep it from your cousins for now and to call her on 9655 0872.",
        ),
    ],
    [
        ("user", "Help me make a seating plan for 60 wedding guests."),
        (
            "assistant",
            "Happy to. Are there guests with special needs, or people who shouldn't sit together?",
        ),
        (
            "user",
            "Keep my uncle Raymond Chua away from his ex-wife Doris Lee, they just finished a messy divorce over the Serangoon house. And my friend Ong Hui Min has used a wheelchair since her accident, so put her near the exit.",
        ),
        (
            "assistant",
            "Noted: Raymond Chua and Doris Lee at opposite ends of the hall, and Ong Hui Min at table 1 by the exit for easy wheelchair access.",
        ),
    ],
    [
        ("user", "How do I fill the 'Tax reference number' box on the IRAS form?"),
        ("assistant", "For most individuals the tax reference number is simply the NRIC number."),
        (
            "user",
            "OK. Mine is S8541937D? No wait, that's my brother's. Mine is S7906254E, income S$84,200, and the spouse is Melissa Kwan Pei Shan.",
        ),
        (
            "assistant",
            "Then put S7906254E as the tax reference, S$84,200 as employment income, and Melissa Kwan Pei Shan under spouse details along with her own NRIC.",
        ),
    ],
    [
        ("user", "帮我优化一下简历的个人信息部分"),
        ("assistant", "好的，请把现在的内容发给我。"),
        (
            "user",
            "姓名：赵雨桐；电话：18629471035；邮箱：zhaoyutong_hr@163.com；现居：西安市雁塔区科技路 48 号",
        ),
        (
            "assistant",
            "建议排成一行：赵雨桐 | 18629471035 | zhaoyutong_hr@163.com | 西安市雁塔区。详细门牌号可以不写，更安全也更简洁。",
        ),
    ],
    [
        ("user", "我想给部门同事发个消息，说明一下最近的工作安排变动。"),
        ("assistant", "可以，方便说一下变动的原因吗？"),
        (
            "user",
            "孙磊请了三个月病假，他抑郁症复发了，现在在北京安定医院住院，他的项目先由我接手。",
        ),
        (
            "assistant",
            "建议群消息里不要提具体病情。可以写：孙磊近期休假，他负责的项目暂由我跟进，有问题请直接联系我。",
        ),
    ],
    [
        ("user", "帮我写个催款的微信"),
        ("assistant", "好的，对方欠多少，钱要打到哪个账户？"),
        ("user", "欠我 12000，打到我招商银行的卡"),
        ("user", "卡号 6214 8375 5902 1633，户名钱文博"),
        (
            "assistant",
            "可以这样写：“老何，之前借的 12000 元方便的话这周还一下，转到招商银行 6214 8375 5902 1633（钱文博），谢谢！”",
        ),
    ],
    [
        (
            "user",
            "把下面这段话转成 JSON：客户何志远，住在广州市天河区体育西路 103 号 B 座 2206，手机 13560128847，身份证 440106198203175313。",
        ),
        (
            "assistant",
            '{"name": "何志远", "address": "广州市天河区体育西路103号B座2206", "mobile": "13560128847", "id_number": "440106198203175313"}',
        ),
    ],
    [
        ("user", "帮我规划一下带我妈去三亚的五天行程"),
        ("assistant", "好的，阿姨身体情况怎么样？有没有需要特别注意的？"),
        ("user", "她叫冯桂兰，68岁，去年做了膝关节置换，走不了太多路，还有高血压，每天要吃药。"),
        (
            "assistant",
            "考虑到冯阿姨的膝关节和血压，建议每天只安排一个景点，优先选有观光车的地方，比如南山和天涯海角，午后回酒店休息，药按时带在身上。",
        ),
    ],
    [
        ("user", "我要簽香港嘅租約，可唔可以幫我整理租客資料？"),
        ("assistant", "可以，請提供租客姓名、身份證號碼同聯絡電話。"),
        ("user", "租客係梁嘉欣，身份證 Y580271(5)，電話 5318 6702。"),
        (
            "assistant",
            "整理如下：租客：梁嘉欣；香港身份證：Y580271(5)；聯絡電話：5318 6702。請核對後再簽署。",
        ),
    ],
    [
        ("user", "我想寫一封感謝信給照顧我爸的看護"),
        ("assistant", "好的，可以告訴我一些細節嗎？"),
        ("user", "看護叫阮氏梅，從越南來的，照顧我爸吳正雄三年了，他中風後的復健都是她在陪。"),
        (
            "assistant",
            "親愛的阮氏梅小姐：這三年來謝謝您細心照顧家父吳正雄，陪他走過中風後最辛苦的復健，全家都非常感激您。",
        ),
    ],
    [
        ("user", "健保卡遺失要怎麼補辦？"),
        (
            "assistant",
            "可以到健保署各分區業務組臨櫃辦理，或用健保快易通 App 申請，記得準備身分證。",
        ),
        (
            "user",
            "那你幫我把申請表的資料排好：黃柏翰，身分證 F128473052，電話 0912-483-671，地址新北市板橋區文化路一段 266 號 9 樓。",
        ),
        (
            "assistant",
            "申請人：黃柏翰；身分證統一編號：F128473052；聯絡電話：0912-483-671；通訊地址：新北市板橋區文化路一段 266 號 9 樓。",
        ),
    ],
    [
        ("user", "幫我寫封 email 投訴管理處，樓上一直漏水。"),
        ("assistant", "好的，請提供你的單位地址同聯絡方法。"),
        (
            "user",
            "沙田第一城 32 座 18 樓 F 室，我叫區志輝，電話 6102 5589，email auchifai.home@gmail.com",
        ),
        (
            "assistant",
            "致管理處：本人區志輝，住沙田第一城 32 座 18 樓 F 室，近日單位天花持續滲水，懇請盡快安排檢查。如有查詢請致電 6102 5589 或電郵 auchifai.home@gmail.com。",
        ),
    ],
    [
        ("user", "Saya nak mohon bantuan tunai kerajaan, boleh tolong?"),
        (
            "assistant",
            "Boleh. Anda perlukan nombor MyKad, pendapatan isi rumah dan butiran akaun bank.",
        ),
        (
            "user",
            "MyKad 020315-07-1148, nama Nur Syafiqah binti Azman, pendapatan RM1,800 sebulan, akaun Bank Islam 12034021187435.",
        ),
    ],
    [
        ("user", "Tolong tulis mesej WhatsApp kepada cikgu anak saya."),
        ("assistant", "Baik, apa yang anda mahu sampaikan?"),
        (
            "user",
            "Anak saya Muhammad Irfan, kelas 3 Bestari di SK Taman Melawati, tak dapat hadir seminggu sebab kena serangan epilepsi semalam dan masih di Hospital Kuala Lumpur.",
        ),
        (
            "assistant",
            "Assalamualaikum cikgu, saya ibu kepada Muhammad Irfan dari kelas 3 Bestari. Irfan tidak dapat hadir minggu ini kerana dimasukkan ke Hospital Kuala Lumpur selepas serangan epilepsi semalam. Terima kasih atas pengertian cikgu.",
        ),
    ],
    [
        ("user", "Query saya pulangkan hasil kosong, kenapa?"),
        ("assistant", "Boleh tunjuk query dan contoh data dalam table?"),
        (
            "user",
            "SELECT * FROM staff WHERE ic_no = '910623 016647'; dalam table ada Hairul Nizam bin Osman, ic_no 910623016647, gaji RM4,250.",
        ),
        (
            "assistant",
            "Nilai yang anda cari ada ruang di tengah. Tukar kepada WHERE ic_no = '910623016647' dan rekod Hairul Nizam bin Osman akan keluar.",
        ),
    ],
    [
        ("user", "Ringkaskan nota mesyuarat ini untuk saya."),
        ("assistant", "Boleh, tampal nota itu."),
        (
            "user",
            "'Encik Zulkifli Abu Bakar dari unit kewangan dikenakan tindakan tatatertib kerana lewat 14 kali; gaji dipotong RM300; isterinya sedang hamil anak ketiga, jadi beliau minta pertimbangan.'",
        ),
        (
            "assistant",
            "Ringkasan: Encik Zulkifli Abu Bakar (unit kewangan) dikenakan tindakan tatatertib kerana lewat 14 kali dengan potongan gaji RM300; beliau memohon pertimbangan kerana isterinya hamil anak ketiga.",
        ),
    ],
    [
        ("user", "Can help me draft msg to agent? Want to rent out my condo."),
        ("assistant", "Sure, what details do you want to include?"),
        (
            "user",
            "Unit B-12-07 at The Maple, Jalan Ampang, owner is me lah, Chong Kah Wai, contact 016-552 8390, rental RM2,800. Can mention I'm moving to Perth for my wife's chemo so need fast.",
        ),
        (
            "assistant",
            "Hi, I'm Chong Kah Wai, owner of unit B-12-07 at The Maple, Jalan Ampang. I'm looking to rent it out at RM2,800/month and hope to close quickly as I'm relocating. Please reach me at 016-552 8390.",
        ),
    ],
    [
        ("user", "Bro tolong translate ni to English, nak hantar kat client"),
        ("assistant", "Boleh, paste je ayat dia."),
        (
            "user",
            "'Saya Amirul, boleh call saya di 011-2638 4917 atau email amirul.hakim92@yahoo.com.my untuk urusan penghantaran ke rumah saya di Taman Sri Gombak.'",
        ),
        (
            "assistant",
            "'This is Amirul; you can call me on 011-2638 4917 or email amirul.hakim92@yahoo.com.my about the delivery to my home in Taman Sri Gombak.'",
        ),
    ],
    [
        ("user", "帮我写个 email 给 HR，关于 salary adjustment 的"),
        ("assistant", "好的，请告诉我你的基本情况。"),
        (
            "user",
            "我是 Data team 的 Alvin Zhou 周子轩，employee ID SG-20417，current salary S$6,400，想要求调到 S$7,200，因为我 manager Grace 已经 verbally agree 了。",
        ),
        (
            "assistant",
            "Dear HR, I am Alvin Zhou (Employee ID SG-20417) from the Data team. I would like to request a salary adjustment from S$6,400 to S$7,200, which my manager Grace has agreed to in principle.",
        ),
    ],
    [
        ("user", "我的 pytest fixture 里面用了 customer data，这样 OK 吗？"),
        ("assistant", "最好不要用真实数据。给我看看是什么内容？"),
        (
            "user",
            "user = {'name': '曾慧玲 Tsang Wai Ling', 'hkid': 'R204638(4)', 'mobile': '+852 6893 1024'}，是从 production copy 过来的",
        ),
        (
            "assistant",
            "这是真实客户的身份证号和电话，请马上从代码和 git 历史里删除，换成 Faker 生成的假数据。",
        ),
    ],
]
