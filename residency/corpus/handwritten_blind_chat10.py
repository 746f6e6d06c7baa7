# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat10: chat transcripts between users and an AI assistant in mixed English, Chinese and Malay (letters, forms, CVs, complaints, travel bookings). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat10
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "coding help chat"): _lines("""
        My Flask route /orders/<int:order_id> returns 404 for order 20231184552 but 2023118455 works — is the converter overflowing?
        Assistant: validate Singapore mobiles with a pattern like ^[+]65[89][0-9]{7}$ and test it against the dummy value +65 8000 0000 first.
        pip says numpy 1.26.4 conflicts with pandas 2.2.1 on Python 3.12.2 — which one should I pin?
        Here's the traceback: File "/usr/lib/python3.11/site-packages/requests/adapters.py", line 519, in send — ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443)
        Why does JavaScript print 0.30000000000000004 for 0.1 + 0.2? Explain it like I'm new to floats.
        In Postgres, SELECT * FROM customers WHERE phone LIKE '+60%' is slow on 4.2 million rows — would a trigram index help?
        My commit 9f3c2a71e4b08d56 keeps failing the rebase on the same file, what am I doing wrong?
        Can you write a Faker seed script that generates 500 fake users with names like 'Jane Doe' and emails at example.org?
        Docker keeps binding to 0.0.0.0:5432 instead of 127.0.0.1:5432, how do I restrict it in docker-compose.yml?
        The UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301 in my test is the one from the Wikipedia article on UUIDs, so it's fine to hardcode, right?
        Assistant: Linus Torvalds wrote the first version of Git in April 2005, so git blame on that line of the kernel tree really does point to him.
        I'm getting ERR_OSSL_EVP_UNSUPPORTED on Node 18.17.0 with webpack 4.46.0 — is downgrading to Node 16 the only fix?
    """),
    ("en", "maths and homework chat"): _lines("""
        Is 2147483647 prime? My teacher said it's a Mersenne prime but I want to see why.
        Solve 3x + 7 = 22 and show the steps please, it's for Year 8 homework.
        What's the compound interest on RM 10,000 at 3.85% a year for 5 years, compounded monthly?
        Assistant: the Luhn check on 4111 1111 1111 1111 passes, which is why payment gateways use it as a test Visa number — it is not a real card.
        Convert 1,250,000 rupiah to ringgit at 0.000295 and round to two decimals.
        Can you explain why Euler's identity e^(iπ) + 1 = 0 is called the most beautiful equation?
        Prove that the square root of 2 is irrational — the version attributed to Euclid, not the continued-fraction one.
        If a train leaves KL Sentral at 08:15 and averages 145 km/h to Ipoh, 205 km away, when does it arrive?
        What is 17% of S$3,499? I'm trying to work out the discount on a laptop.
        Next term of 1, 1, 2, 3, 5, 8, 13, 21, 34, 55 — is this really the sequence from Fibonacci's Liber Abaci of 1202?
        Birthday paradox homework: with 23 people in a room, why is the chance of a shared birthday about 50.7%?
    """),
    ("zh-Hans", "公共新闻摘要对话"): _lines("""
        帮我总结一下：国家统计局公布2024年全国GDP为1349084亿元，同比增长5.0%。
        请用三句话概括李强总理在2024年政府工作报告里关于就业的部分。
        马云卸任阿里巴巴董事局主席是哪一年？顺便说下蔡崇信现在的职位。
        助手：华为Mate 60 Pro于2023年8月29日开售，起售价6999元，搭载麒麟9000S芯片。
        12306客服电话是不是就是12306？春运抢票高峰一般在哪几天？
        帮我把这条新闻改写成小学生能看懂的版本：嫦娥六号于2024年6月25日携带1935.3克月背样品返回地球。
        比亚迪2024年全年销量4272145辆，帮我算一下比2023年的3024417辆增长了多少百分比。
        总结一下苏炳添在东京奥运会百米半决赛跑出9秒83的意义。
        消费者投诉热线12315和市民热线12345有什么区别？
        上海地铁14号线开通时是31座车站、全长38.5公里吗？帮我核对一下。
        我在写一篇作文，想引用袁隆平关于“禾下乘凉梦”的话，原话是怎么说的？
        助手：深圳市民中心位于福田区福中三路，是深圳市政府所在地，部分区域对外开放参观。
    """),
    ("zh-Hant", "食譜與生活對話"): _lines("""
        想煮菠蘿包，麵粉要用高筋定低筋？份量係12個，牛油大約80克。
        助手：港式奶茶通常用錫蘭紅茶，茶葉與淡奶的比例大約是1:4，撞茶七次左右。
        請問鼎泰豐的小籠包標準是18摺嗎？我想在家做做看。
        滷肉飯的五花肉要切多大塊？我買了600公克，醬油用金蘭的可以嗎？
        我第一次做台式三杯雞，九層塔要最後才放對嗎？
        蛋塔皮要冷藏30分鐘，烤箱200°C烤15分鐘，這樣會不會太焦？
        助手：陳皮紅豆沙用新會陳皮效果最好，一塊陳皮約5克，紅豆300克需浸泡4小時。
        請幫我把這個食譜由6人份改成2人份：白米3杯、水3.6杯、臘腸4條。
        街市買的鯇魚一斤要HK$58，算唔算貴？想蒸豉汁。
        我想做母親節蛋糕，可以推薦一個不用打發鮮奶油的配方嗎？
    """),
    ("ms", "rancang percutian tempat awam"): _lines("""
        Saya nak pergi Langkawi 3 hari 2 malam, tolong susun jadual: Sky Bridge, Pantai Cenang, Kilim Geoforest Park.
        Pembantu: Muzium Negara terletak di Jalan Damansara, 50566 Kuala Lumpur, dibuka 9 pagi hingga 5 petang setiap hari.
        Berapa harga tiket ETS dari KL Sentral ke Butterworth? Saya nampak RM 79 untuk kelas Gold.
        Boleh tak cadangkan tempat makan nasi kandar dekat Jalan Penang, Georgetown? Line Clear tu masih buka 24 jam?
        Talian kecemasan 999 di Malaysia boleh dihubungi dari telefon bimbit tanpa kredit ke?
        Pembantu: penerbangan AK6112 dari KLIA2 ke Kota Kinabalu biasanya berlepas jam 07:05 — sila semak semula di laman AirAsia.
        Saya teringin nak daki Gunung Kinabalu, permit Sabah Parks untuk bukan warganegara berapa sekarang?
        Tolong terjemah ke Bahasa Melayu: 'The Petronas Twin Towers are 451.9 metres tall and have 88 floors.'
        Waktu operasi Pasar Besar Siti Khadijah di Kota Bharu hari Jumaat macam mana?
        Hotel Majestic Kuala Lumpur di Jalan Sultan Hishamuddin tu bangunan warisan tahun 1932, betul ke?
        Jadual feri Jeti Kuala Perlis ke Langkawi: 7 pagi, 9 pagi, 11 pagi — tambang dewasa RM 18.00 sehala.
    """),
    ("ms", "resipi dan soalan am"): _lines("""
        Resipi rendang tok Perak: 1 kg daging, 2 biji kelapa parut, kerisik 4 sudu besar — berapa lama nak masak?
        Pembantu: nasi lemak biasanya dimasak dengan santan 400 ml untuk 3 cawan beras, tambah daun pandan dan sedikit halia.
        Saya nak buat kuih seri muka untuk 20 orang, boleh gandakan sukatan resipi ni?
        Kenapa kek batik saya tak keras walaupun dah simpan dalam peti sejuk 6 jam?
        Tolong terangkan fungsi VLOOKUP dalam Excel, saya nak padankan kod produk SKU-88120 dengan harga.
        Pembantu: dalam Python, guna len(ic.replace('-', '')) == 12 untuk semak panjang nombor MyKad dalam data ujian palsu anda.
        Harga gula di Malaysia sekarang RM 2.85 sekilo kan? Saya nak kira kos buat dodol.
        Cara buat teh tarik macam mamak: teh Boh, susu pekat manis, tarik dari ketinggian sekurang-kurangnya satu kaki.
        Saya rasa resipi ayam percik ni terlalu pedas, boleh kurangkan cili kering dari 20 ke berapa batang?
        Versi Android 14 di telefon saya tak boleh pasang aplikasi MySejahtera 1.1.9, ada cara lain?
    """),
    ("mixed", "trip planning and bookings, public places only"): _lines("""
        Help me plan 2 days in Singapore: Gardens by the Bay 早上去, then Chinatown 吃 Maxwell Food Centre 的海南鸡饭.
        Assistant: 新加坡樟宜机场 Jewel 的 Rain Vortex 高 40 米，晚上有灯光秀，免费。
        我们 family trip 去 Penang, Kek Lok Si 寺 的 opening hours 是几点到几点？
        Can you compare Grab vs Gojek harga from KLIA to Bukit Bintang? Saya dengar around RM 65-80.
        Booking ref 在 Trip.com 是 1128847730152，这是 order number 还是 confirmation code ah?
        Assistant: 香港旅遊發展局 visitor hotline is +852 2508 1234, 每日 9am 至 6pm 服务。
        Tolong check: 新加坡 MRT Thomson-East Coast Line 去 Orchard Boulevard 站 要 transfer 吗?
        Flight SQ 806 Beijing to Singapore, seat 47K, 这个是 aisle 还是 window ah?
        我想去 Taipei 101 觀景台，門票 NT$600, 89 樓, 還有 Din Tai Fung 信義店 要排隊多久？
        Assistant: Batu Caves 的 272 级彩虹阶梯 is free to climb, 但要 cover knees, sarung boleh sewa RM 5.
        Itinerary: Day 1 Melaka Jonker Street 夜市 (Fri-Sun only), Day 2 A Famosa, Day 3 balik KL.
        Is the 澳門旅遊局 hotline +853 2833 3000 open 24 hours? Nak tanya pasal Grand Prix weekend.
        Hotel Marina Bay Sands, 10 Bayfront Avenue, check-in 3pm — 我们 can early check-in 吗?
        Price check: Klook 的 Universal Studios Singapore tiket S$83 vs walk-in S$88, mana lebih berbaloi?
    """),
    ("en", "letters, forms and CVs with placeholders"): _lines("""
        Can you write a complaint letter template to a telco about being overcharged, with [Your Name] and [Account Number] left blank?
        Assistant: here's a cover letter opening: 'Dear Hiring Manager, I am writing to apply for the Senior Analyst role advertised on JobStreet (Ref: JS-88412).'
        My CV says 'Proficient in Python 3, SQL, Tableau 2023.2' — should I list version numbers at all?
        For the sample form, use John Doe, 123 Example Street, and NRIC S0000000A so nobody mistakes it for real data.
        I'm 34, switching careers from teaching to UX — how do I explain the gap on my CV without oversharing?
        Assistant: address the letter to Customer Affairs, Singapore Airlines, Airline House, 25 Airline Road, Singapore 819829.
        Rewrite this so it sounds polite: 'Your courier lost parcel JNE-TRK-5512094881 and nobody answers the hotline.'
        What's the difference between a resume and a CV in Malaysia? Employers like Petronas seem to ask for both.
        Draft a refund request to Shopee for order 240612KX8UT3QF, item arrived cracked, seller unresponsive.
        Assistant: a reference letter usually states how long you supervised the candidate, their key strengths, and your contact details at the end — fill those in yourself.
        Write a LinkedIn headline for me: data engineer, 6 years, Spark and Airflow, open to remote roles.
    """),
    ("mixed", "public figures and companies"): _lines("""
        Summarise Anwar Ibrahim 的 Budget 2025 speech, 特别是 RON95 subsidi bersasar part.
        Lee Hsien Loong handed over to Lawrence Wong on 15 May 2024 — 帮我写个 timeline for my school project.
        Jack Ma 和 Pony Ma 有亲戚关系吗？Both surname 马 so my kid asked.
        Assistant: Lim Guan Eng was Chief Minister of Penang from 2008 to 2018; 他后来当财政部长 until 2020.
        Who founded Tan Tock Seng Hospital? 我知道 Tan Tock Seng 是 19th century philanthropist.
        Apa maksud nama 'Jalan Tun Razak' — dinamakan sempena Tun Abdul Razak, Perdana Menteri kedua kan?
        Jensen Huang 在 Computex 2024 keynote 讲了什么 about Blackwell GPU? Ringkaskan 5 poin.
        Michelle Yeoh won Best Actress at the 95th Oscars for Everything Everywhere All at Once — 她是 Ipoh 出生的吗?
        Assistant: 周杰倫 的《七里香》2004年8月發行，同名主打歌由方文山作詞。
        Lee Kuan Yew's house at 38 Oxley Road 现在 status 怎样？还在讨论 demolish 吗?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar in this: 'My name is Priya Raman, my NRIC is S8823417H and I live at Blk 412 Tampines St 41 #08-233.'
        pls draft a leave letter for my boss, say I need surgery on 14 March — I'm Kelvin Goh from accounts, my hp 9127 4803
        Write a reference for my neighbour Mrs Doris Ong, she's 71, lives alone at 23 Jalan Kembangan and has early dementia, so keep it gentle
        Assistant: I've filled the visa form — Passport No: K2873140M, Surname: LEE, Given names: WEI JIE, DOB 03/11/1996.
        ok the card is 4520 8811 2033 7746 exp 09/27, name on card Marcus Tan, can you book the Agoda room with it
        Complaint to the landlord: I, Hannah Wijaya (tenant, unit 12-03, 88 Lorong Chuan), have had no hot water for 3 weeks. Contact hannah.wijaya91@gmail.com
        CV header: Nur Aqilah Zulkifli | +60 17-552 3084 | aqilah.zul@outlook.com | linkedin.com/in/aqilah-zulkifli-9b2
        my son Ethan Lim (P4, Rosyth School) was diagnosed with ADHD last month, help me write to his form teacher asking for extra time in exams
        Assistant: Sure — here is your appeal: 'I, Rajesh s/o Muthu, FIN G5512873K, am appealing the fine on vehicle SKF 4821H issued on 2 Feb.'
        bank transfer failed, acct 012-345678-9 dbs? no wait its 027-914408-3, name Chloe Ng, pls draft the email to the bank
    """),
    "zh-Hans": _lines("""
        帮我写一份简历，姓名：王晓雯，电话：138 1275 4420，邮箱 xiaowen.wang88@163.com，现居杭州市西湖区文三路259号
        我妈的身份证号是 320102196203110426，帮我填一下这个医保报销单，她上个月做了胆囊切除手术
        助手：好的，已为您生成投诉信：“本人刘建国，手机 139-2218-6673，于4月3日在贵店购买的冰箱出现故障……”
        帮我订机票，乘机人张磊，护照号 EJ4827316，出生日期 1990年5月17日
        写一封给物业的投诉信，我是3栋2单元1702的业主赵敏，楼上1802的孙先生天天半夜装修
        我银行卡号 6222 0212 0034 5578 891 工商银行，户名 陈立，帮我写个退款申请
        请润色这段自我介绍：我叫何子豪，1998年生，广东湛江人，身份证440106199807152318，曾在深圳实习
        车牌粤B·7K2Q9 被人剐了，车主是我同事周婷，她电话 15920384471，帮我们写个报警材料
        助手：根据你提供的信息，离婚协议中女方为李娜（身份证 51010719850630241X），男方为黄伟。
        微信号 lin_xiaoyu_0923，加一下她，她叫林小雨，是我表妹，想找你帮忙改简历
    """),
    "zh-Hant": _lines("""
        幫我寫封信去房署，我係陳嘉欣，身份證 K603218(5)，住喺石硤尾邨美映樓1208室
        請幫我翻譯這份病歷：患者吳志偉，男，52歲，住台北市大安區，第二型糖尿病，HbA1c 9.2%
        我的身分證字號是 A223581904，要申請勞保老年給付，可以幫我看看表格要怎麼填嗎
        助手：已經幫你整理好履歷：林佩君｜0928-417-365｜peijun.lin@gmail.com｜新北市板橋區文化路二段
        澳門身份證 5217843(6)，持證人梁詠琪（唔係明星嗰個），想申請現金分享，表格點填
        我老公黃家豪嘅滙豐戶口 004-512-883271-838，幫我寫信問點解俾人凍結咗
        幫我寫一封投訴信給中華電信，我叫許雅婷，手機號碼0935-662-107，帳單地址台中市西屯區福星路88號5樓
        我朋友張志明喺醫院做緊化療，想寫張心意卡俾佢，佢屋企喺旺角亞皆老街112號3樓B室
        訂酒店用我阿媽個名：鄧淑芬，電話 +852 6123 4588，護照 K48210375
        助手：我已將你嘅資料填入申請表：姓名 何凱琳、香港身份證 Y482917(3)、出生日期 1994年2月8日。
    """),
    "ms": _lines("""
        Tolong buatkan surat rayuan PTPTN, nama saya Muhammad Haziq bin Rosli, no IC 010923-10-0846, baki pinjaman RM 38,420
        Pembantu: ini surat anda: 'Saya, Nurul Izzati binti Ahmad Fauzi, telah disahkan mengalami keguguran pada 5 Mei dan memohon cuti sakit 14 hari.'
        Kereta saya WVB 3172 kena saman, pemilik berdaftar ayah saya Encik Kamarul Ariffin, nombor dia 019-772 5103
        Isi borang ni untuk saya: Nama: Tan Mei Ling, MyKad 880412-14-5527, alamat No. 17, Jalan SS2/24, 47300 Petaling Jaya
        Resume saya: Aiman Hakimi bin Zainudin, emel aimanhakimi.z@yahoo.com, tel 012-384 7721, lulusan UiTM Shah Alam 2021
        adik saya Farah Diyana, umur 16, sekolah SMK Seri Bintang Utara, kena buli — boleh tolong tulis aduan kepada pengetua? nombor ibu 013-650 2298
        Pembantu: baik, saya masukkan no. akaun Maybank 1571 2038 4496 atas nama Rosnah binti Said untuk bayaran balik.
        nak tempah tiket bas untuk mak saya Puan Zaleha binti Omar, IC 620715-03-5124, dari Kota Bharu ke TBS 22hb ni
        Surat aduan: jiran saya Encik Ravi a/l Subramaniam di No. 8 Jalan Mawar 3, Taman Sri Muda selalu letak lori di depan pagar saya
        Pasport saya A52817743, nama Lee Chong Hui, tamat tempoh Jun 2026 — boleh semak kalau cukup untuk ke Jepun?
    """),
    "mixed": _lines("""
        帮我写 email to HR, 我是 Jason Teo, NRIC T0138842J, 要 claim 上个月的 medical leave, 医生说是 slipped disc
        Boleh tolong isi borang ni? Nama 陈美玲, IC 950228-07-5836, tel +60 16-221 4093, alamat Taman Tun Dr Ismail
        My auntie 罗秀英 in Ipoh, 她的 phone 05-254 8817, 帮我 book Grab for her to Hospital Raja Permaisuri Bainun, dialysis appointment
        Assistant: 好的，我帮你把 booking 写好了 — Guest: Wong Kar Yan, mobile +852 9187 2204, email karyan.w@hotmail.com, 2 nights.
        CV 上要写 FIN M4821736P 吗? 我是 Nguyen Thi Lan, 在 Singapore 做 nurse, work permit 快到期
        ig 是 @mei.lin_2003, 她叫 Lim Mei Lin, 我想写 letter 跟她道歉, 之前 leak 了她的 exam results
        Tolong translate ke Chinese: 'Ahmad Faizal bin Yusof, pesakit HIV positif, wad 7B' — 这是给家属的通知
        Complaint to Lazada: order dihantar ke alamat salah, should be 45 Jalan Bunga Raya 2, Taman Melati, 53100 KL, penerima Kok Wai Leng 011-2739 5180
        Assistant: Sure, 更新了你的 resume: 王俊杰 (Wang Junjie), 微信 wjj_sz1994, 电话 +86 186 7731 2045, 深圳南山区.
        school form: 孩子 Daniel Chua Zi Xuan, Birth Cert T1725563B, allergy to penicillin, parent hp 8346 2190
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "help me with my CV pls, start with the header"),
        ("assistant", "Sure! What name and contact details should go at the top?"),
        ("user", "Tay Hui Min"),
        ("user", "phone is 9 6 5 8 then 3 3 1 7"),
        (
            "assistant",
            "Header: Tay Hui Min | +65 9658 3317 — which role are you targeting?",
        ),
    ],
    [
        ("user", "按我刚才上传的截图帮我把住院登记表填好"),
        (
            "assistant",
            "根据截图，姓名：马丽华，身份证号：330106197604281527，地址：杭州市拱墅区湖墅南路186号，请确认是否无误。",
        ),
        ("user", "对的，病情那栏写乳腺结节待查"),
    ],
    [
        ("user", "saya nak tulis aduan kepada TNB pasal bil elektrik melambung"),
        ("assistant", "Boleh. Apa nama pemegang akaun dan nombor akaun?"),
        ("user", "akaun 2200 1834 7719"),
        ("user", "nama Norazlina binti Hashim, rumah No. 33 Jalan Cempaka 5, Bandar Baru Bangi"),
        (
            "assistant",
            "Draf: 'Saya, Norazlina binti Hashim, pemegang akaun 2200 1834 7719, ingin membuat aduan mengenai bil bulan Mac...'",
        ),
    ],
    [
        ("user", "book flight KL to 台北 for me and my wife, 下个月 12 号"),
        (
            "assistant",
            "Please give me the names exactly as in the passports, and the passport numbers.",
        ),
        ("user", "me: ONG KAH SENG A48812365"),
        ("user", "wife 同一个 surname, ONG SU-LIN, A49920774"),
        ("assistant", "Noted — 2 adults, KUL to TPE on the 12th. Any seat preference?"),
    ],
    [
        ("user", "想投訴個車行，收咗訂金唔交車"),
        ("assistant", "明白，請提供涉及嘅車牌號碼同埋你嘅聯絡方法，我幫你草擬投訴信。"),
        ("user", "車牌 VR 8832"),
        ("user", "我叫陳美儀，電話 6892 3105，住屯門良景邨良俊樓"),
    ],
    [
        ("user", "write a short note to my manager about time off"),
        ("assistant", "Happy to. What's the reason, and which dates?"),
        ("user", "chemo for breast cancer, the next 3 wednesdays"),
        ("user", "manager is Mr Alan Seah, I'm Grace Koh in procurement"),
        (
            "assistant",
            "Dear Mr Seah, I will be away on the next three Wednesdays for chemotherapy treatment. Best regards, Grace Koh",
        ),
    ],
    [
        ("user", "幫我填健保卡補發申請"),
        ("assistant", "好的，需要申請人的姓名、身分證字號和出生日期。"),
        ("user", "蔡宜蓁"),
        ("user", "F228847362"),
        ("user", "生日 民國86年3月9日"),
        (
            "assistant",
            "已填好：姓名 蔡宜蓁，身分證字號 F228847362，出生日期 86/03/09，請再核對一次。",
        ),
    ],
    [
        ("user", "draft a tenancy agreement for a room in Cheras, RM 750 sebulan"),
        ("user", "landlord Mr Subramaniam a/l Krishnan, IC 700305-08-5491"),
        ("user", "tenant 是我, 黄志强, IC 920811-10-6637"),
        (
            "assistant",
            "Draft ready: this agreement is made between Subramaniam a/l Krishnan (Landlord) and Ng Chee Keong (Tenant) for one room at RM 750 per month.",
        ),
    ],
    [
        ("user", "户名郑海燕，建行的卡"),
        ("user", "可以帮我检查这张卡号有没有写错吗 6217 0033 2018 4457 626"),
        (
            "assistant",
            "卡号 6217 0033 2018 4457 626 共19位，符合建设银行借记卡的格式；户名郑海燕，请在退款表上照此填写。",
        ),
    ],
    [
        ("user", "my email is kenneth dot lau 88"),
        ("user", "at gmail"),
        (
            "assistant",
            "So kenneth.lau88@gmail.com — should I also put your address in the signature?",
        ),
        ("user", "yes, Flat 5C, 12 Cumberland Road, Kowloon Tong"),
        (
            "assistant",
            "Signature: Kenneth Lau, Flat 5C, 12 Cumberland Road, Kowloon Tong | kenneth.lau88@gmail.com",
        ),
    ],
]
