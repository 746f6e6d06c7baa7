"""Hand-written probes of session 4, now part of the tuning set.

Lines written for first-sight probes (English, Malay, Singapore and Hong Kong addresses,
code and logs, Cantonese, mainland support text, PIPL sensitive categories) before the
detector changes they led to; they were tuned on afterwards, so they are regression
cases here, not a check set.  Every name and identifier is invented, except published
test values the detectors must leave alone.  Left out: lines that hold a sensitive
category with no identifier or name (the policies clear those by design) and ids with
a wrong check digit, and a given name alone (``Siti (ext. 4412) from HR``: not reported by
design).  Merged into
:mod:`residency.corpus.handwritten` (its ``CLEAN`` and ``PERSONAL``).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "probe"): _lines("""
        鲁迅原名周树人，浙江绍兴人，代表作有《呐喊》《彷徨》。
        华为技术有限公司成立于1987年，总部位于深圳。
        腾讯控股有限公司（股票代码：00700.HK）今日发布第三季度财报。
        《红楼梦》中的林黛玉和贾宝玉是一对悲剧恋人。
        民法典第一千零三十四条规定，个人信息是以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人的各种信息。
        Tel: 400-820-8820 为招商银行全国客服热线。
        国家统计局数据显示，2023年国内生产总值为1260582亿元，比上年增长5.2%。
        床前明月光，疑是地上霜。举头望明月，低头思故乡。——李白《静夜思》
        已知 a=13812345678，b=87654321，求 a 除以 b 的余数。
        比亚迪股份有限公司2023年新能源汽车销量达302万辆。
        中国人民银行决定下调金融机构存款准备金率0.25个百分点。
        故宫博物院位于北京市东城区景山前街4号，是明清两代的皇家宫殿。
        小米14 Pro 搭载骁龙8 Gen 3处理器，起售价4999元。
        《三体》是刘慈欣创作的长篇科幻小说，讲述了地球人类文明和三体文明的信息交流。
        请翻译：The quick brown fox jumps over the lazy dog.
        订单号 202311230001234567 已发货，承运商顺丰。
        本公司统一社会信用代码：91440300MA5G1A2B3C，注册地址：深圳市南山区。
        张三和李四是法律教科书中常用的虚构人物名字。
        华为Mate 60 Pro于2023年8月29日上市，首批售罄。
        上海市浦东新区人民政府关于2024年重点工作的通知
        苏轼，字子瞻，号东坡居士，北宋文学家、书法家。
        客服电话：95588（中国工商银行）
        马云于1999年在杭州创办阿里巴巴。
        清华大学计算机系成立于1958年，是国内最早的计算机专业之一。
        价格：¥13,999.00；库存 12345678 件；SKU 600519
        坐标 (39.9042, 116.4074) 是北京天安门附近。
        The ISBN 9787020002207 belongs to the People's Literature edition of 红楼梦.
        方程 x^2 - 13912345678x + 1 = 0 的判别式是多少？
        快递单号 SF1402938475612 已签收
        2023年1月1日至2023年12月31日，全年营业收入 18,611,112,222 元
        Unicode 码位 U+4E2D 对应汉字“中”。
        股票代码 600036 招商银行，收盘价 35.12 元
        会议室 A-1203 可容纳 20 人，预订请联系行政部。
        抑郁症是一种常见的精神疾病，全球约有2.8亿人受其影响。
        HIV是人类免疫缺陷病毒的简称，可通过母婴、血液和性传播。
        儿童在6岁前应完成国家免疫规划疫苗接种。
        伊斯兰教是世界三大宗教之一。
        人脸识别技术在机场安检中的应用越来越广泛。
        三里屯太古里是北京著名的商业街区。
    """),
    ("zh-Hant", "probe"): _lines("""
        台積電（TSMC）由張忠謀於1987年創立，總部位於新竹科學園區。
        香港中文大學創校於1963年，位於沙田馬料水。
        澳門特別行政區政府旅遊局推出新一輪旅遊推廣活動。
        九巴 (KMB) 今日宣布 1A 線改道，途經彌敦道。
        周杰倫喺2000年推出首張專輯《Jay》。
        香港身份證號碼嘅格式係一至兩個英文字母加六個數字同一個校驗碼。
    """),
    ("en", "probe"): _lines(r"""
        The regex ^1[3-9]\d{9}$ matches mainland Chinese mobile numbers.
        Run `SELECT name, email FROM users WHERE id = 42;` to see the schema.
        The Hong Kong Identity Card format is one or two letters followed by six digits and a check digit.
        Apple Inc. was founded by Steve Jobs, Steve Wozniak and Ronald Wayne in 1976.
        git commit -m 'fix: handle null pointer in parser (closes #1289)'
        Kuala Lumpur International Airport (KLIA) is located in Sepang, Selangor, 45 km from the city.
        In 2020, the population of Shenzhen reached 17,560,061 according to the seventh census.
        Use uuid4() to generate ids like 3f2b8c1e-9d4a-4b7e-8a1c-5e6f7a8b9c0d.
        SQL: SELECT COUNT(*) FROM orders WHERE created_at > '2023-01-01';
        Charles Dickens published Oliver Twist in monthly instalments from 1837 to 1839.
        The NHS was founded in 1948 by Aneurin Bevan, then Minister of Health.
        To format an IBAN, group the characters in blocks of four separated by spaces.
        Barack Obama served as the 44th President of the United States.
        Microsoft was founded by Bill Gates and Paul Allen in Albuquerque in 1975.
        The Beatles recorded Abbey Road at EMI Studios, 3 Abbey Road, London NW8.
        Use `git log --author="Linus Torvalds"` to list his commits in the kernel tree.
        Marie Curie was the first woman to win a Nobel Prize.
        In Pride and Prejudice, Elizabeth Bennet rejects Mr. Darcy's first proposal.
        Starbucks, named after a character in Moby-Dick, opened its first store in Seattle in 1971.
        The function parse_date('2023-04-05') returns a datetime object.
        Johnson & Johnson reported revenue of $85.2 billion for fiscal 2023.
        Our office at 1 Market Street, San Francisco is open Monday to Friday, 9am-5pm.
        Taylor Swift's Eras Tour became the highest-grossing concert tour of all time.
        Elon Musk acquired Twitter in October 2022 and renamed it X.
        The WHO recommends at least 150 minutes of moderate exercise per week.
        {"name": "widget", "version": "2.1.0", "license": "MIT"}
        Sunway Pyramid, a shopping mall in Bandar Sunway, opened in 1997.
        ts=1700000000123 trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7
        Docker image sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
        Server listening on 0.0.0.0:8080, proxy at 10.0.0.12:3128
        AWS_REGION=ap-southeast-1 BUCKET=ml-train-prod-2024
        Peanut allergy affects about 2% of children in Western countries.
    """),
    ("ms", "probe"): _lines("""
        Kuala Lumpur ialah ibu negara Malaysia dan bandar terbesar di negara ini.
        Petronas Chemicals Group Berhad melaporkan keuntungan bersih RM1.2 bilion.
        Lagu Negaraku dicipta berdasarkan lagu Terang Bulan.
        Genting Highlands terletak kira-kira 58 km dari Kuala Lumpur.
        Jadual: Isnin 9.00 pagi - Matematik; Selasa 10.30 pagi - Sains.
    """),
    ("en", "probe-news"): _lines("""
        Preheat the oven to 180°C, then bake the banana bread for 55 minutes.
        Manchester United beat Chelsea 2-1 at Old Trafford on Sunday.
        The Federal Reserve held interest rates steady at 5.25%-5.50% in September.
        Review: the Sony WH-1000XM5 headphones have excellent noise cancelling but a flimsy case.
        Mount Kinabalu, at 4,095 metres, is the highest peak in Malaysia.
        Nvidia's H100 GPUs are subject to US export controls.
        The Great Wall of China is over 21,000 km long according to a 2012 survey.
        Python 3.12 introduces a per-interpreter GIL (PEP 684).
        Shakespeare's Hamlet asks: to be, or not to be.
        The Marina Bay Sands hotel has 2,561 rooms and a 150-metre infinity pool.
        DBS Bank was named World's Best Bank by Euromoney in 2019.
        The Singapore Grand Prix is held at the Marina Bay Street Circuit.
        Ahmad Zahid Hamidi is Malaysia's Deputy Prime Minister.
        Jack Ma stepped down as Alibaba chairman in 2019.
        Lim Guan Eng was Malaysia's Minister of Finance from 2018 to 2020.
        Sir David Attenborough narrated Blue Planet II.
        Dear valued customer, our store hours are 10am to 10pm daily.
        Take two tablets every 6 hours; do not exceed 8 tablets in 24 hours.
        Chapter 7: Thomas and Anna finally meet at the harbour.
        The novel follows Lily Chen, a young doctor in 1930s Shanghai.
        Q3 revenue grew 12% year on year to $4.3 billion, CFO Susan Li said.
        Tesla's Model Y was the world's best-selling car in 2023.
        Hokkien mee at Geylang Lor 29 is famous for its wok hei.
        The WHO declared COVID-19 a pandemic on 11 March 2020.
        Our API returns HTTP 429 when you exceed 100 requests per minute.
        Alice and Bob exchange keys using Diffie-Hellman; Eve listens on the channel.
    """),
    ("zh-Hans", "probe-news"): _lines("""
        红烧肉的做法：五花肉切块，冷水下锅焯水，加冰糖炒糖色。
        梅西在2022年世界杯决赛中梅开二度，帮助阿根廷夺冠。
        苹果公司发布了新款iPhone 15，起售价5999元。
        台北101曾是世界最高的建筑物，高508公尺。
        新加坡滨海湾花园的超级树每晚有灯光秀。
        根据气象局预报，明天广州有雷阵雨，气温24至31度。
        张艺谋执导的电影《英雄》于2002年上映。
        王者荣耀是腾讯游戏旗下的一款手机游戏。
        比尔·盖茨和梅琳达·盖茨基金会致力于全球健康。
        陈奕迅的演唱会门票五分钟内售罄。
        李显龙于2004年至2024年担任新加坡总理。
        杭州亚运会于2023年9月23日开幕。
    """),
    ("ms", "probe-news"): _lines("""
        Pasukan Harimau Malaya akan bertemu Thailand dalam perlawanan persahabatan.
        Resepi nasi lemak: santan, daun pandan, halia dan serai.
    """),
    ("zh-Hant", "probe-figures"): _lines("""
        蔡英文於2016年就任中華民國總統。
        香港天文台今日發出八號烈風信號。
        澳門大賽車每年十一月舉行，已有七十年歷史。
        林書豪曾效力於紐約尼克隊，掀起「林來瘋」熱潮。
        誠品書店信義旗艦店24小時營業已成歷史。
    """),
    ("ms", "probe-figures"): _lines("""
        Perdana Menteri Anwar Ibrahim merasmikan jambatan baharu di Pulau Pinang.
        Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman pada 3.00 peratus.
        Datuk Seri Siti Nurhaliza akan mengadakan konsert di Stadium Axiata.
    """),
    ("en", "probe-figures"): _lines("""
        Dr. Tan Chee Khoon was a Malaysian politician known as 'Mr Opposition'.
        Kishore Mahbubani, a former diplomat, writes about Asia's rise.
        Marie Kondo's method asks whether each item sparks joy.
        Ng Eng Hen served as Singapore's Minister for Defence.
        Follow the installation guide: sudo apt install nginx, then systemctl start nginx.
        The iPhone 15 Pro uses a titanium frame and a USB-C port.
        Gordon Ramsay's restaurant in Marina Bay Sands closed in 2023.
        Jensen Huang founded Nvidia in 1993 with Chris Malachowsky and Curtis Priem.
        Pei Ming Lin's debut novel won the Singapore Literature Prize.
        In the film, detective Chan Wing-kei chases a smuggler through Kowloon.
        Coach Tan Cheng Hoe named a 23-man squad for the AFF Cup.
        Professor Wang Gungwu is a historian of the Chinese diaspora.
        Error 404: the page you requested could not be found.
        Sample output: {'status': 'ok', 'count': 12}
        The temperature in Kuala Lumpur reached 36 degrees on Tuesday.
        The Merlion statue in Singapore is 8.6 metres tall.
        Chopin composed 21 nocturnes for solo piano.
        Ms. Marvel is a Marvel Comics superhero created in 2013.
        Ronaldo scored his 850th career goal against Sweden.
        Mr. Bean is a British sitcom starring Rowan Atkinson.
        Dr. Seuss wrote The Cat in the Hat in 1957.
        Uncle Roger is a comedy character created by Nigel Ng.
    """),
    ("zh-Hans", "probe-figures"): _lines("""
        屠呦呦因发现青蒿素获得2015年诺贝尔生理学或医学奖。
        雷军在小米发布会上宣布进军电动汽车行业。
        莫言的小说《红高粱家族》被改编成电影。
        钟南山院士提醒公众注意流感防护。
        谷爱凌在北京冬奥会上获得两枚金牌。
        据新华社报道，国务院常务会议研究了稳就业措施。
        故事的主人公李子明是一名普通的快递员。
        这道题的答案是 C，因为 3 的平方是 9。
        本店营业时间：周一至周日 9:00-21:00。
        请输入6位数字验证码，5分钟内有效。
    """),
}
PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客服您好，我是王建国，订单一直没发货，电话一五九八八七六五四三二。
        老师您好，我家孩子李子轩在三年二班，这周请假，家长电话 138-0013-8000
        收货地址：广东省深圳市南山区科技园南区高新南七道18号 3栋1802 陈先生
        患者张秀英，女，62岁，诊断：2型糖尿病，住院号 ZY20230815
        我男朋友叫刘浩然，他微信是 liuhaoran_1995，你帮我想想怎么道歉
        王总您好，我是小刘，明天的会议改到下午三点，有事打我电话 186 2233 4455
        车牌号粤B·3K7L9的车主请速到停车场挪车
        申请人：赵雅琴　公民身份号码：32010219880512342X　申请事项：换领身份证
        我的QQ是 847362915，加我一起打游戏
        工商银行卡号 6222 0212 3456 7890 128，户名孙建华，帮我转一下房租
        护照号码 E87654321，姓名 周雨桐，出生日期 1996-08-21
        快递放在杭州市西湖区文三路478号华星时代广场A座1203室门口就行
        李老师，我是张子涵的妈妈，孩子今天发烧了请假一天
        加我微信 wxid_k8s9d7f6g5 或者手机 15012345678 都行
        成都市武侯区人民南路四段12号 收件人：何晓 电话：028-85123456
        患者：吴国平，男，45岁，病历号 2023-08-1123，主诉：胸闷三天
        我叫黄思远，在北京大学读研二，邮箱 huangsy2001@pku.edu.cn
        我的港澳通行证 C12345678 快过期了，怎么续签？
        求职简历：姓名 邓佳怡 | 电话 139 8765 4321 | 意向岗位：数据分析
        帮我查一下尾号 8826 的建设银行卡余额，身份证 440305199003071236
        住在朝阳区望京SOHO T3 2108的那位刘女士又投诉了
        老赵（赵建民）的新手机号是一三七零零二三四五六七
        INSERT INTO customers (name, phone) VALUES ('欧阳晓雯', '18611112222');
        请把照片发到我邮箱，地址：wangfang_88＠qq．com
        微博 @小鹿乱撞的日常 是我的小号，别外传
        客户陈女士信用卡逾期三个月，欠款 48,000 元，已转催收
    """),
    "zh-Hant": _lines("""
        台北市大安區復興南路一段390號5樓 林小姐 0912-345-678
        請幫我寫一封信給房東陳大文先生，我住在九龍塘達之路8號2樓B室
        唔該幫我send份合約俾陳家明，佢email係 kmchan.hk@yahoo.com.hk
        阿媽住喺沙田禾輋邨豐和樓1203室，聽日送湯去
        澳門居民身份證 1234567(8) 嘅持有人李志強，請到櫃檯
    """),
    "en": _lines("""
        Refund to account holder: Chan Tai Man, HSBC 004-123-456789-001
        Hey, it's Marcus. Can you send the contract to my personal address, 42 Elm Grove, Leeds LS6 2AB?
        Dear Dr. Fiona Gallagher, your appointment is confirmed for 14 May at 10:30.
        My NHS number is 943 476 5919, can you check my prescription?
        Please wire the deposit to GB82 WEST 1234 5698 7654 32, beneficiary Oliver Twistleton.
        The applicant, Priyanka Deshmukh (DOB 03/11/1992), lives at 1804 Maple Ave, Apt 5C, Austin, TX 78701.
        Contact our intern Bella at bella.ferraro99@gmail.com or 07700 900123
        Login from IP 81.2.69.160 by user jmcallister at 03:12 UTC
        Passport: 533380006, issued to Thomas Reilly, expires 2031
        Hi team, Sarah Jenkins will be out sick today; her cover is Tom.
        i just moved in w/ my gf Hannah at 19 Rosewood Lane, Cork
        Medical record: patient Elena Petrova, 58, HbA1c 8.2%, started metformin.
        Pls collect parcel for Unit 15-03, Tower B, Vista Damansara, 47400 PJ. Recipient: Kavitha
        log: 2024-03-01 12:00:01 login ok user=zhangwei email=zhang.wei.1990@163.com ip=36.110.15.22
        curl -d '{"phone":"+8613912345678","name":"Li Na"}' https://api.shop.cn/register
        Traceback: ValueError: invalid card 6222021234567890128 for customer 10023
        My son Ethan (age 7) has a severe peanut allergy, please inform the teacher.
        Nurse's note: Mr. Koh in bed 12 is HIV positive and on ART since 2019.
    """),
    "ms": _lines("""
        Nama penuh: Muhammad Irfan bin Zulkifli; No. KP: 010203-08-1234; Tel: 013-456 7890
        Assalamualaikum, saya Nor Hidayah dari Kota Bharu. Boleh hubungi saya di 014-932 1187?
        Tolong poskan borang ke rumah saya: No 8, Lorong Mawar 3, Taman Sri Andalas, 41200 Klang.
        Nombor akaun Maybank saya 1140 2233 5566, nama Zulkifli bin Hassan
    """),
}
