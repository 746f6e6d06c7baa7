"""An independent check set for issue 4, written from scratch for generalisation.

Composed without looking at the generator's templates (either split) or at the other
hand-written sets' lines, in phrasings they do not use: support tickets, delivery notes,
HR and clinic notes, forms and chats with identifiers and phones written spaced, dotted,
full-width, in Chinese numerals, in English or Malay number words, split across chat
turns, labelled in Malay, Chinese (both scripts) or English; names with and without
honorifics (Chinese, Malay, Indian, English); obfuscated e-mails.  Clean text is
literature and history about public figures, documentation, code, organisations
(many named after people), products and hard negatives (order numbers, hashes,
versions, timestamps, prices, maths).

Its first measurement (before any fix written for it) is recorded in
``bench/results/handwritten.md``; later numbers show whether fixes made for general causes
carried over.  ``python -P -m residency.corpus.handwritten --unseen`` scans it and prints
case numbers and masked findings only.  Every private name and identifier is invented.
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "organisations"): _lines("""
        中国工商银行深圳分行今天起调整外汇牌价。
        复旦大学附属华山医院神经外科在国内排名靠前。
        李嘉诚基金会向汕头大学医学院捐赠了一批影像设备。
        比亚迪股份有限公司发布了第三季度财报。
        宋庆龄基金会举办了儿童书画展。
        上海交通大学医学院附属瑞金医院成立于1907年。
        招商银行信用卡中心搬进了新大楼。
        邵逸夫医院是浙江大学的附属医院。
        国家市场监督管理总局发布了新的食品标签规定。
        中山大学孙逸仙纪念医院开设了夜间门诊。
        北京同仁医院眼科的门诊量位居全国前列。
        深圳迈瑞生物医疗电子股份有限公司是一家医疗器械企业。
        陈嘉庚创办了厦门大学和集美学村。
        中国平安保险（集团）股份有限公司总部在深圳福田。
        田家炳基金会资助了多所师范院校的教学楼。
    """),
    ("zh-Hant", "organisations"): _lines("""
        香港賽馬會慈善信託基金撥款支持長者服務。
        長江和記實業有限公司公佈中期業績。
        臺北榮民總醫院增設急診病床。
        澳門科技大學醫院位於氹仔。
        霍英東基金會在南沙興建科技園。
        國泰世華商業銀行推出新的數位帳戶。
        香港中文大學逸夫書院舉行畢業典禮。
        馬偕紀念醫院是臺灣歷史悠久的教會醫院。
    """),
    ("en", "organisations"): _lines("""
        The Li Ka Shing Foundation pledged funds for a new medical school.
        She studied finance at the Lee Kong Chian School of Business.
        Tan Tock Seng Hospital opened a new infectious disease centre.
        Johnson & Johnson spun off its consumer health unit.
        Morgan Stanley and Ernst & Young were named as advisers on the listing.
        Khoo Teck Puat Hospital is in Yishun.
        Sime Darby Berhad reported stronger plantation earnings.
        Hong Leong Bank Berhad raised its base rate by 25 basis points.
        YTL Corporation Berhad owns power plants in several countries.
        Tan Chong Motor Holdings Berhad assembles Nissan cars in Serendah.
        The Howard Hughes Medical Institute funds biomedical research.
        The Wellcome Sanger Institute sequenced a third of the human genome.
        Ong Teng Cheong Labour Leadership Institute runs courses for union leaders.
        Goh Keng Swee Command and Staff College trains senior officers.
        Lim Kok Wing University of Creative Technology has campuses in Africa.
        Standard Chartered Bank (Hong Kong) Limited issues banknotes.
        Temasek Holdings (Private) Limited reported a record portfolio value.
        Mount Elizabeth Hospital is on Mount Elizabeth near Orchard Road.
        Brown-Forman owns the Jack Daniel's brand.
        Loke Yew Hall is the oldest lecture hall at the University of Hong Kong.
        Wong & Partners advised Ho Bee Land Limited on the acquisition.
        The Tun Razak Exchange is a financial district in Kuala Lumpur.
        Kwong Wah Yit Poh is a Chinese-language newspaper in Penang.
        Chew Kee Hin Group Sdn Bhd won the tender for the new depot.
        Siloam Hospitals Group and Kim Eng Securities are listed in Jakarta and Singapore.
    """),
    ("ms", "organisations"): _lines("""
        Universiti Kebangsaan Malaysia menawarkan biasiswa baharu tahun ini.
        Hospital Sultanah Bahiyah di Alor Setar menambah katil ICU.
        Yayasan Tun Razak menaja pelajar cemerlang dari luar bandar.
        Maybank Islamic Berhad melancarkan akaun simpanan baharu.
        Kementerian Kesihatan Malaysia mengeluarkan garis panduan baharu.
        Institut Jantung Negara terletak di Jalan Tun Razak.
        Syarikat Lim Brothers Sdn Bhd dianugerahkan kontrak membina jambatan.
        Politeknik Sultan Salahuddin Abdul Aziz Shah terletak di Shah Alam.
        Kolej Tunku Kurshiah ialah sekolah berasrama penuh untuk pelajar perempuan.
    """),
    ("mixed", "history"): _lines("""
        Zhang Heng built a seismoscope in 132 AD to detect distant earthquakes.
        In Dream of the Red Chamber, Jia Baoyu is torn between Lin Daiyu and Xue Baochai.
        鲁迅在《狂人日记》中第一次用白话文写现代小说。
        蘇軾被貶黃州時寫下了前後《赤壁賦》。
        Tun Dr. Ismail served as Deputy Prime Minister until his death in 1973.
        Sybil Kathigasu ran a clinic in Papan and sheltered resistance fighters.
        Puteri Hang Li Po dikatakan berkahwin dengan Sultan Mansur Shah.
        Za'ba menyusun buku Pelita Bahasa Melayu.
        Virginia Woolf published Mrs Dalloway in 1925.
        Charles Dickens introduced Ebenezer Scrooge in A Christmas Carol.
        Ada Yonath shared the 2009 Nobel Prize in Chemistry for ribosome structures.
        Chiang Ching-kuo lifted martial law in Taiwan in 1987.
        張騫通西域後，葡萄和苜蓿傳入中原。
        王阳明在龙场悟道，提出“心即理”。
        Dr. Sun Yat-sen founded the Tongmenghui in Tokyo in 1905.
    """),
    ("mixed", "docs"): _lines("""
        Run `pip install presidio-analyzer==2.2.366`, then restart the kernel.
        def luhn_ok(number: str) -> bool: return checksum(number) % 10 == 0
        Set MAX_WORKERS=8 and TIMEOUT_MS=3000 in config.yaml before deploying.
        SELECT customer_id, COUNT(*) FROM orders GROUP BY customer_id HAVING COUNT(*) > 3;
        git commit -m "fix: handle empty payloads" && git push origin main
        Error 0x80070005: access denied when writing to C:\\ProgramData.
        curl -X POST https://api.example.com/v2/items -H "Authorization: Bearer $TOKEN"
        使用 `kubectl get pods -n prod` 查看服务状态。
        接口文档：GET /api/v1/orders/{order_id} 成功时返回 200。
        Fungsi ini memulangkan nilai None jika input kosong.
        The pattern ^[A-Z]{2}\\d{6}$ matches the legacy part numbers.
        Docker image digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
    """),
    ("mixed", "hard"): _lines("""
        Order SO-20240611-88314 shipped via UPS, tracking 1Z999AA10123456784.
        Invoice INV-2023-004512 total: RM 1,249.90 (incl. SST 6%).
        Version 3.11.7 fixed a regression introduced in 3.11.5.
        Build 20231115.3 passed all 4,812 tests in 612.4 s.
        Timestamp: 2024-03-17T08:45:12.345+08:00
        订单号：2024061512345678，实付金额 ¥268.00。
        价格：¥1,388.00，原价 ¥1,688.00，立减 300 元。
        2^10 = 1024, and 1024 × 1024 = 1048576.
        π ≈ 3.14159265358979, e ≈ 2.718281828
        MD5 of the empty string: d41d8cd98f00b204e9800998ecf8427e
        Request id 123e4567-e89b-12d3-a456-426614174000 timed out after 30 s.
        Flight SQ 318 departs at 23:05 from Terminal 3, gate B6.
        Product code SKU-88412-BLK-XL, qty 3, unit price S$49.90.
        股票代码 600519，收盘价 1,702.50 元，成交量 2.1 万手。
        Harga: RM 12.90 sekilo, diskaun 15% untuk ahli.
        Coordinates: 1.3521° N, 103.8198° E
        det([[2, 1], [7, 4]]) = 2*4 - 1*7 = 1
        The model scored 87.4 with 13,000,000,000 parameters.
        港交所股份代號 0005、0700 和 1299 今日上升。
        台灣高鐵 0815 車次 08:15 由南港開出。
        Serial No. 5CD1234XYZ, warranty until 2027-01-31.
        The 2020 census counted 32,447,385 residents.
        iPhone 15 Pro Max 256GB, Galaxy S24 Ultra and Pixel 8 Pro compared.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        工单#58213：用户反馈无法登录，手机号 138 2645 1937，请回电。
        【派件】师傅您好，收货人黄文涛，电话一五零一七三八二九四六，放门卫。
        入职登记 — 姓名：邓佳怡；身份证：440106198805234173；紧急联系人：母亲。
        请假条：本人罗志军因家中有事请假两天，联系方式18675239104。
        快递备注：送到深圳市南山区科技园南区深南大道9988号，找前台的温小姐。
        客服记录：顾客姓方，完整号码是176 2045 8813，要求退货。
        退款申请人：谭美琪，银行卡号 6217 0012 3456 7893，开户行招商银行。
        老板说把合同扫描件发到 hu.jianfeng艾特163点com。
        体检报告：受检者 钟晓玲，女，29岁，身份证号码３２０５８２１９９５０９１１０３２３。
        家长群：我是一年级二班梁子涵的妈妈，我的电话 133-5790-4126。
        面试通知：请潘浩宇同学于周三上午十点到公司报到。
        二手房买家：卢建平，住址杭州市西湖区文三路478号华星大厦1202室。
        加我微信：yx_zhou1994，我是周雅欣。
        身份证号码：五一零一零四二零零一零一零二二六八八
        病历：患者 史国庆，男，62岁，住院号 ZY20231187，主诉胸闷。
        我朋友叫夏雨婷，在广州天河上班，她想问下你们还招人吗？
        麻烦帮我查下订单，下单人是贾明辉，电话是1 5 9 0 2 8 3 7 4 6 1。
        发票抬头个人：姚丽君 / 手机号：+86 135.1092.7746
        QQ号 2847561930 是我（蔡文杰）的，帮我找回密码。
        司机孟凡龙，车牌粤B 7K29P，今天下午到仓库提货。
    """),
    "zh-Hant": _lines("""
        顧客資料｜姓名：曾詠詩｜香港身份證：K482913(1)｜電話：6284 1937
        麻煩幫我寄到九龍旺角花園街88號3樓B室，收件人何太，手機９５７３ ０２８１。
        澳門居民身份證編號 5213479(3)，持證人梁嘉欣。
        請聯絡黃國棟先生，手提電話 +852 9173-2864。
        學生證遺失：簡宏志，身分證字號 F128473650，請至教務處領取。
        房東林素娥的手機號碼是零九一八二七四五五三。
        報名回條：家長簽名 鄭淑貞，聯絡電話 0927 461 308。
        員工請假紀錄：吳志豪，因病請假三日，已附醫生證明。
        寄件地址：台中市西屯區台灣大道三段99號12樓，收件人蕭宇翔。
        我嘅電郵係 kelvin_chan88（at）yahoo（dot）com.hk，有咩事搵我。
        客戶 Y705146(6) 的保單已續期。
        澳門氹仔柯維納馬路123號海洋花園2座15樓A，住戶：盧志明。
        我要更新的是身分證：A281930577，謝謝。
        醫院通知：陳美華女士的覆診日期改為下週二。
    """),
    "en": _lines("""
        Ticket #40213 - caller Mr. Gopal s/o Ramasamy says his card was charged twice; call back on 8652 0931.
        Delivery note: leave at Blk 412 Bedok North Ave 2, #09-118, Singapore 460412 (recipient: Ms Jasmine Koh).
        Please contact Tan Wei Ming at DBS Bank about the loan documents.
        HR note: Kavitha Subramaniam's probation ends next month; her NRIC is S8214537J.
        you can reach me at priya dot menon at outlook dot com
        Customer email: d.fernandez [at] hotmail [dot] co [dot] uk - wants a refund.
        Hi it's Jonathan Ng, my new mobile is nine four two one, five five zero eight.
        Form field "Full name": Harold Wee Kok Leong; field "Date of birth": 14/03/1987.
        My FIN is F 5529 017 L if you need it for the tenancy agreement.
        Patient: Mdm Lee Siew Hong, 74, admitted to Ward 8 for observation.
        Please courier the passport to Ahmad Zaki, 27 Jalan SS2/55, 47300 Petaling Jaya.
        Lost wallet found with an IC belonging to Cheryl Lim Pei Shan.
        New joiner: Arjun Pillai, personal email arjun.pillai88@gmail.com, starts 1 July.
        Refund to card 6228 4800 0712 3455, name on card WONG KAR YAN.
        Emergency contact: husband Marcus, +65 8307 2914.
        @support my HKID is C318264(7), please update my account.
        Dear Ms Rebecca Oei, your appointment at the clinic is confirmed for 10:30.
        Candidate Muthu Krishnan a/l Selvam, IC 880315-14-5523, shortlisted for interview.
        Bill to: Nicholas Chong, 15 Tai Hang Road, Causeway Bay, Hong Kong.
        The taxi driver, Ravi, gave me his number 9058 3316 in case I left something.
        Text from landlord Sam Goh: rent is due Friday, PayNow to 9734 6620.
        Tay Siew Ling was very well prepared for the second interview.
        The parcel for Mrs. Deborah Sng is waiting at the concierge.
        Sender: aaron_k (at) singnet (dot) com (dot) sg - please delete my data.
    """),
    "ms": _lines("""
        No. K/P: 920704-10-6618, nama: Nur Syafiqah binti Ismail.
        Sila hubungi nombor telefon saya 019-772 0561 selepas jam 5 petang.
        Penerima: Encik Faizal bin Rosli, No. 8, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Puan Noraini telah memohon cuti bersalin mulai 1 Ogos.
        Emel saya aminah.yusof(at)yahoo.com, tolong hantar resit.
        Pesakit Cik Aishah Kamaruddin perlu datang semula minggu depan.
        Nombor IC anak saya ialah 010923081241.
        Tel bimbit: kosong satu dua, tiga tiga lapan, empat tujuh satu sembilan.
        Borang permohonan: Nama penuh Rajeswari a/p Muniandy, telefon +60 17-285 6630.
        Saya Hafizuddin, boleh WhatsApp saya di 011-2345 7781.
        Kad pengenalan hilang: pemilik Lim Chee Keong, sila pulangkan ke kaunter.
        Alamat penghantaran: No. 27, Jalan Bunga Raya 5, 75100 Melaka; penerima Siti Hajar.
        Pekerja baharu Mohd Azlan akan melapor diri pada hari Isnin.
        Cikgu Zainab, nombor telefon saya 013 - 882 4190, ibu kepada Adam.
        No. Kad Pengenalan Baru: 950612 01 5238
        Datin Rohani minta resit dihantar ke emel rohani.hamid@gmail.com.
    """),
    "mixed": _lines("""
        客户 Jason Lau 说他的 phone 是 9421 5508，请 follow up。
        请把 NRIC T0362841D 的 record 删掉，那是我老婆的。
        Boss, 王志伟 yang baru join tu, nombor dia 012-338 4719.
        Ship to 陈美琳, Unit 5B, 28 Kennedy Road, Wan Chai. Tel 5634 2871
        IC saya 990208-14-3317, nama 李俊杰.
        Driver 老黄 (Wong Kok Seng) akan hantar barang, tel 016-554 2093.
        My 身份证 is 110105197612305513 ok?
        收件人：Siti Rahmah binti Yusof，地址 No. 45 Jalan Ipoh, 51200 Kuala Lumpur。
        email 我: zhang.lei (at) qq (dot) com 或者打 +86 150 1738 2946
        Meeting notes: 罗家豪 from Finance will share the budget next week.
    """),
}

# Chats: each is one record's turns as (role, content); the personal data is split
# across turns or only readable with the previous turn.
CHATS: list[list[tuple[str, str]]] = [
    [("user", "hi, I need to update my IC"), ("assistant", "Sure, please send the number."),
     ("user", "880315"), ("user", "14-5523")],
    [("user", "我的手机是138"), ("assistant", "好的，请继续"), ("user", "2645"), ("user", "1937")],
    [("user", "My name is"), ("assistant", "Go on."),
     ("user", "Harpreet Kaur, and I want to cancel my order.")],
    [("user", "nombor telefon saya 019"), ("assistant", "Baik, teruskan."), ("user", "772"),
     ("user", "0561")],
    [("user", "email me at"), ("assistant", "Sure."), ("user", "wenhui.lim"),
     ("user", "at gmail dot com")],
    [("user", "身分證字號 H13375920"), ("assistant", "還差一碼"), ("user", "3")],
    [("user", "NRIC starts with S774"), ("assistant", "And the rest?"), ("user", "5120Z")],
    [("assistant", "您好，请问怎么称呼？"), ("user", "郑伟雄"),
     ("assistant", "好的郑先生，请问有什么可以帮您？"), ("user", "查一下我的快递")],
]  # fmt: skip
