"""Blind check set mix7: multilingual instruction-tuning pairs (translate, summarise, extract, classify, rewrite, QA) over pasted texts. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix7
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "translate"): _lines("""
        Instruction: Translate into Simplified Chinese. Input: Dear customer, your order #SO-2026-118734 has been dispatched and should arrive within 3-5 working days. Output: 尊敬的客户，您的订单 #SO-2026-118734 已发货，预计3至5个工作日内送达。
        Instruction: Translate into Malay. Input: Prime Minister Anwar Ibrahim told Parliament on Tuesday that the diesel subsidy would be reviewed in the next budget. Output: Perdana Menteri Anwar Ibrahim memberitahu Parlimen pada hari Selasa bahawa subsidi diesel akan dikaji semula dalam bajet akan datang.
        Instruction: Translate this line from the novel into Traditional Chinese. Input: "My dear Watson," said Sherlock Holmes, "you have a grand gift of silence; it makes you quite invaluable as a companion." Output: 「我親愛的華生，」福爾摩斯說，「你有沉默的天賦，這讓你成為無價的夥伴。」
        Instruction: Translate into Simplified Chinese, keeping the placeholder names unchanged. Input: Hello {first_name}, your verification code is {otp_code}. It expires in 10 minutes. Output: 您好 {first_name}，您的验证码是 {otp_code}，10分钟内有效。
        Instruction: Translate the product description into Malay. Input: Stainless steel vacuum flask, 750 ml, keeps drinks hot for 12 hours. Model TF-750S, RM 89.90. Output: Termos keluli tahan karat, 750 ml, mengekalkan minuman panas selama 12 jam. Model TF-750S, RM 89.90.
        Instruction: Translate into English. Input: 本店地址：台北市信義區松高路11號B1，營業時間上午11點至晚上9點半，客服專線 0800-012-345。 Output: Store address: B1, No. 11, Songgao Road, Xinyi District, Taipei. Open 11 a.m. to 9:30 p.m. Customer hotline 0800-012-345.
        Instruction: Translate the error message into Simplified Chinese. Input: Error 403: user admin@example.com does not have permission to access bucket prod-logs-ap-southeast-1. Output: 错误 403：用户 admin@example.com 无权访问存储桶 prod-logs-ap-southeast-1。
        Instruction: Translate into Malay. Input: Hang Tuah swore loyalty to the Sultan of Malacca, yet his friend Hang Jebat rose up in anger when Tuah was sentenced to death. Output: Hang Tuah bersumpah setia kepada Sultan Melaka, namun sahabatnya Hang Jebat bangkit marah apabila Tuah dijatuhi hukuman bunuh.
        Instruction: Translate the form label text into Traditional Chinese. Input: Full name (as in passport) / Date of birth (DD/MM/YYYY) / Emergency contact number. Output: 全名（與護照相同）／出生日期（日／月／年）／緊急聯絡電話。
        Instruction: Translate into English. Input: 国家统计局发言人付凌晖表示，10月份社会消费品零售总额同比增长4.8%。 Output: Fu Linghui, spokesperson for the National Bureau of Statistics, said total retail sales of consumer goods rose 4.8% year on year in October.
    """),
    ("zh-Hans", "summarise"): _lines("""
        Instruction: 用一句话总结下面的新闻。 Input: 国务院总理李强在第八届中国国际进口博览会开幕式上发表主旨演讲，表示中国将继续扩大高水平对外开放，缩减外资准入负面清单。 Output: 李强在进博会开幕式上表示中国将继续扩大对外开放并缩减外资准入负面清单。
        Instruction: 总结以下小说片段的主要情节。 Input: 林黛玉葬花时吟出《葬花吟》，贾宝玉在山坡上听到“侬今葬花人笑痴，他年葬侬知是谁”，不禁恸倒在地。 Output: 黛玉葬花吟诗，宝玉听后深受触动而痛哭。
        Instruction: 概括这段产品说明。 Input: 小米空气净化器4 Pro，CADR值500m³/h，适用面积35-60㎡，支持米家App远程控制，售价1299元。 Output: 这是一款适用于35-60平方米、支持App控制、售价1299元的空气净化器。
        Instruction: 请总结这份隐私政策条款。 Input: 我们仅在您授权的范围内收集手机号、设备标识符和位置信息，用于账号登录和安全风控，不会向第三方出售您的个人信息。您可随时在“设置-隐私”中撤回授权。 Output: 该条款说明平台仅在授权范围内收集手机号等信息用于登录与风控，不出售给第三方，用户可随时撤回授权。
        Instruction: 总结这份会议纪要。 Input: 第三季度产品评审会：会议决定将v2.4.0发布时间推迟至11月18日，原因是支付模块的回归测试未通过；市场部负责调整推广排期。 Output: v2.4.0因支付模块回归测试未通过推迟到11月18日发布，市场部调整推广计划。
        Instruction: 用两句话总结这段代码的作用。 Input: def mask_phone(s): return s[:3] + "****" + s[-4:] if len(s) == 11 else s Output: 该函数对11位手机号进行脱敏，保留前三位和后四位，中间用星号代替。其他长度的字符串原样返回。
        Instruction: 总结下面的体育新闻。 Input: 在巴黎奥运会乒乓球男单决赛中，樊振东以4比1战胜瑞典选手莫雷加德，夺得个人首枚奥运单打金牌。 Output: 樊振东在巴黎奥运会男单决赛4比1击败莫雷加德夺冠。
        Instruction: 概括以下公告内容。 Input: 因设备检修，XX小区3号楼将于12月6日上午9:00至下午5:00停水，请各位业主提前储水。物业服务中心电话：0571-8888-6000。 Output: 3号楼12月6日白天因检修停水，请业主提前储水。
        Instruction: 总结这段历史材料。 Input: 1978年12月，中共十一届三中全会在北京召开，会议决定把工作重点转移到社会主义现代化建设上来，邓小平在会前发表《解放思想，实事求是，团结一致向前看》的讲话。 Output: 十一届三中全会决定把工作重点转向现代化建设，标志着改革开放的开始。
        Instruction: 把这封模板邮件概括成一句话。 Input: 尊敬的【客户姓名】：您好！您在【日期】提交的退款申请（编号【工单号】）已审核通过，款项将在7个工作日内原路退回。 Output: 这是一封通知客户退款审核通过、款项7个工作日内退回的模板邮件。
    """),
    ("zh-Hant", "extract-json"): _lines("""
        Instruction: 從下列新聞中擷取人物、職稱與機構，輸出JSON。 Input: 行政院長卓榮泰今日出席經濟部主辦的半導體論壇，宣布將投入新台幣300億元推動AI晶片研發。 Output: {"人物": "卓榮泰", "職稱": "行政院長", "機構": ["行政院", "經濟部"], "金額": "新台幣300億元"}
        Instruction: 將以下商品資訊轉成JSON。 Input: 品名：無線降噪耳機 X5；型號：WH-X5B；顏色：霧黑；售價：NT$4,990；保固：一年。 Output: {"品名": "無線降噪耳機 X5", "型號": "WH-X5B", "顏色": "霧黑", "售價": 4990, "幣別": "TWD", "保固": "一年"}
        Instruction: 擷取書目資料為JSON。 Input: 金庸，《射鵰英雄傳》，遠流出版，2003年新修版，ISBN 978-957-32-4921-6。 Output: {"作者": "金庸", "書名": "射鵰英雄傳", "出版社": "遠流出版", "年份": 2003, "ISBN": "978-957-32-4921-6"}
        Instruction: 從下列航班公告擷取欄位，輸出JSON。 Input: 中華航空CI-0061班機原訂23:40自桃園飛往法蘭克福，因天候因素延誤至翌日01:15起飛，登機門D7。 Output: {"航空公司": "中華航空", "航班": "CI-0061", "出發地": "桃園", "目的地": "法蘭克福", "原定時間": "23:40", "新時間": "01:15", "登機門": "D7"}
        Instruction: 將這段日誌解析成JSON。 Input: 2026-11-30T08:14:22Z WARN [order-service] retry=3 orderId=ORD-88412093 latency_ms=1874 host=ip-10-0-3-17 Output: {"time": "2026-11-30T08:14:22Z", "level": "WARN", "service": "order-service", "retry": 3, "orderId": "ORD-88412093", "latency_ms": 1874, "host": "ip-10-0-3-17"}
        Instruction: 從小說段落中擷取角色關係，輸出JSON。 Input: 張無忌是張翠山與殷素素之子，自幼由義父謝遜撫養於冰火島。 Output: {"角色": "張無忌", "父親": "張翠山", "母親": "殷素素", "義父": "謝遜", "成長地": "冰火島"}
        Instruction: 把下面的表單範例轉成JSON，欄位值保持原樣。 Input: 姓名：王小明（範例）；身分證字號：A123456789（範例）；電話：0912-345-678（範例） Output: {"姓名": "王小明（範例）", "身分證字號": "A123456789（範例）", "電話": "0912-345-678（範例）"}
        Instruction: 擷取以下政策的重點為JSON。 Input: 勞動部公告，自2027年1月1日起，每月基本工資調整為新台幣29,500元，每小時基本工資調整為196元。 Output: {"機關": "勞動部", "生效日": "2027-01-01", "月薪": 29500, "時薪": 196}
        Instruction: 從以下公司公告擷取聯絡資訊為JSON。 Input: 如有疑問，請洽本公司投資人關係部，電話 (02) 2712-3456 分機 8801，電子郵件 ir@tsmc-example.com.tw。 Output: {"部門": "投資人關係部", "電話": "(02) 2712-3456", "分機": "8801", "電子郵件": "ir@tsmc-example.com.tw"}
        Instruction: 從以下套件版本說明擷取JSON。 Input: numpy 2.1.3 (sha256: 3f9a7c1e0b2d...e44a), requires Python >=3.10, released 2024-11-02. Output: {"package": "numpy", "version": "2.1.3", "sha256_prefix": "3f9a7c1e0b2d", "python": ">=3.10", "released": "2024-11-02"}
    """),
    ("ms", "classify"): _lines("""
        Instruction: Klasifikasikan sentimen ulasan ini (positif/negatif/neutral). Input: Penghantaran cepat, tapi saiz baju lebih kecil daripada carta saiz. Output: neutral
        Instruction: Kelaskan berita ini mengikut kategori (politik/sukan/ekonomi/hiburan). Input: Lee Zii Jia mara ke separuh akhir Terbuka Jepun selepas menewaskan pemain Denmark dalam tiga set. Output: sukan
        Instruction: Adakah mesej ini spam? Jawab YA atau TIDAK. Input: TAHNIAH! Anda memenangi RM5,000. Klik bit.ly/xxxx dan masukkan nombor akaun anda untuk tuntutan. Output: YA
        Instruction: Kelaskan niat pelanggan dalam mesej ini. Input: Saya nak tukar pelan postpaid kepada pelan RM68 sebulan, boleh ke buat dalam app? Output: tukar_pelan
        Instruction: Klasifikasikan jenis dokumen ini. Input: Akta Perlindungan Data Peribadi 2010 (Akta 709): Seksyen 6 menyatakan bahawa data peribadi tidak boleh diproses tanpa persetujuan subjek data. Output: perundangan
        Instruction: Kelaskan sentimen kenyataan ini. Input: Menteri Kewangan II Amir Hamzah Azizan berkata ekonomi negara dijangka berkembang 4.8 peratus tahun ini. Output: neutral
        Instruction: Kenal pasti genre petikan ini. Input: Di sebuah kampung di tepi Sungai Pahang, Mat Jenin memanjat pokok kelapa sambil berangan menjadi kaya raya, lalu jatuh ke tanah. Output: cerita rakyat
        Instruction: Kelaskan aduan ini mengikut jabatan (bil/teknikal/penghantaran). Input: Router saya berkelip merah sejak pagi dan internet langsung tak boleh guna. Output: teknikal
        Instruction: Adakah teks ini mengandungi data peribadi? Jawab YA atau TIDAK. Input: Contoh format MyKad: XXXXXX-XX-XXXX, di mana enam digit pertama ialah tarikh lahir. Output: TIDAK
        Instruction: Klasifikasikan bahasa pengaturcaraan kod ini. Input: SELECT negeri, COUNT(*) AS jumlah FROM pendaftaran GROUP BY negeri ORDER BY jumlah DESC; Output: SQL
    """),
    ("en", "rewrite-polite"): _lines("""
        Instruction: Rewrite this message politely. Input: Your app crashed again on version 5.2.1 and I lost my draft. Fix it already. Output: Hello, the app crashed again on version 5.2.1 and unfortunately my draft was lost. Could you please look into this? Thank you.
        Instruction: Make this email to a supplier more polite. Input: Invoice INV-00923 is wrong. The unit price should be USD 14.20, not 16.40. Send a corrected one today. Output: Dear team, we noticed that invoice INV-00923 lists a unit price of USD 16.40 instead of the agreed USD 14.20. Could you kindly send a corrected copy at your earliest convenience?
        Instruction: Rewrite the following reviewer comment in a constructive tone. Input: Section 3 is a mess and the baseline from Vaswani et al. (2017) is obviously misreported. Output: Section 3 could be reorganised for clarity, and the baseline numbers attributed to Vaswani et al. (2017) may need to be rechecked against the original paper.
        Instruction: Rewrite politely. Input: Tell the ministry their new e-filing portal at mytax.hasil.gov.my keeps timing out. Output: We would like to respectfully inform the Inland Revenue Board that the e-filing portal at mytax.hasil.gov.my has been timing out frequently.
        Instruction: Rephrase this in a friendlier way for a product page. Input: No refunds after 14 days. No exceptions. Output: You can request a refund within 14 days of purchase; after that, we are unfortunately unable to process returns.
        Instruction: Rewrite this Slack message to sound more professional. Input: the build on main is broken since commit 9f3c2ab, whoever pushed that pls revert Output: Hi all, the build on main has been failing since commit 9f3c2ab. Could the author please take a look or revert the change? Thanks!
        Instruction: Rewrite this letter to the editor politely. Input: Mayor Eric Adams's congestion plan is a disaster for small businesses in Manhattan. Output: I would like to respectfully raise concerns about how the congestion pricing plan supported by Mayor Eric Adams may affect small businesses in Manhattan.
        Instruction: Soften the tone of this customer service reply. Input: We already told you the warranty doesn't cover water damage. Read the terms. Output: We're sorry for the inconvenience. As noted in our warranty terms, water damage is unfortunately not covered, but we'd be happy to offer a discounted repair.
        Instruction: Rewrite politely in the voice of the character. Input: Mr. Darcy tells Elizabeth Bennet her family is beneath him. Output: "Miss Bennet, I confess my scruples concerning your family's connections, though I regret that I ever expressed them so ungraciously."
        Instruction: Rewrite this notice to tenants more politely. Input: Residents of Block C: stop parking in the loading bay. Cars will be towed. Output: Dear Block C residents, we kindly ask that vehicles not be parked in the loading bay, as cars left there may unfortunately be towed.
    """),
    ("mixed", "qa"): _lines("""
        Instruction: Answer the question based on the passage. Input: 新加坡总理黄循财于2024年5月15日宣誓就职，接替李显龙。 Question: Who did Lawrence Wong succeed? Output: Lee Hsien Loong.
        Instruction: Jawab soalan berdasarkan teks. Input: The Petronas Twin Towers in Kuala Lumpur are 451.9 metres tall and were completed in 1998. Soalan: Berapakah ketinggian menara itu? Output: 451.9 meter.
        Instruction: 根据以下文本回答问题。 Input: The function parse_date(s) returns None when the string does not match the ISO 8601 format YYYY-MM-DD. 问题：输入"03/12/2026"会返回什么？ Output: 会返回 None，因为它不符合 YYYY-MM-DD 格式。
        Instruction: Answer in English. Input: 《西遊記》中，孫悟空被如來佛祖壓在五行山下五百年，後由唐三藏救出。 Question: How long was Sun Wukong trapped? Output: Five hundred years, under the Five Elements Mountain.
        Instruction: Jawab dalam Bahasa Melayu. Input: 台湾总统赖清德表示，政府将在明年编列国防预算占GDP的3%以上。 Soalan: Berapa peratus bajet pertahanan? Output: Lebih daripada 3 peratus daripada KDNK.
        Instruction: 根據文本回答。 Input: Order ORD-77120458 was shipped via J&T Express, tracking number JT5012873349MY, on 28 Nov 2026. 問題：這筆訂單用哪家物流？ Output: J&T Express，追蹤號碼 JT5012873349MY。
        Instruction: Answer the question. Input: 根据《个人信息保护法》第二十八条，敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息。 Question: Is health information sensitive under Article 28? Output: Yes, medical and health information is listed as sensitive personal information.
        Instruction: Jawab soalan. Input: The sample CSV in the docs uses fake rows like "Jane Doe, jane.doe@example.com, 555-0100" to illustrate the import format. Soalan: Adakah data ini sebenar? Output: Tidak, ia hanya data contoh untuk menunjukkan format import.
        Instruction: 回答问题。 Input: Dr. Noor Hisham Abdullah, then Director-General of Health, announced Malaysia's first Movement Control Order on 16 March 2020. 问题：他当时的职位是什么？ Output: 马来西亚卫生总监。
        Instruction: Answer based on the text. Input: 香港特區行政長官李家超在施政報告中提出，將在北部都會區興建約五萬個公營房屋單位。 Question: Roughly how many public housing units? Output: About 50,000 units in the Northern Metropolis.
    """),
    ("en", "extract-json"): _lines("""
        Instruction: Extract the fields from this press release as JSON. Input: Grab Holdings (NASDAQ: GRAB) reported Q3 revenue of USD 716 million, up 17% year on year, CEO Anthony Tan said on a call with analysts. Output: {"company": "Grab Holdings", "ticker": "GRAB", "quarter": "Q3", "revenue_usd_m": 716, "growth_pct": 17, "spokesperson": "Anthony Tan", "role": "CEO"}
        Instruction: Convert this recipe into JSON. Input: Nasi lemak: 2 cups rice, 1 cup coconut milk, 2 pandan leaves, a pinch of salt. Cook for 20 minutes. Output: {"dish": "Nasi lemak", "ingredients": ["2 cups rice", "1 cup coconut milk", "2 pandan leaves", "pinch of salt"], "cook_minutes": 20}
        Instruction: Extract the test fixture as JSON. Input: # test fixture only - not real data: name="Test User", email="test.user@example.org", phone="+65 0000 0000", nric="S0000000A" Output: {"name": "Test User", "email": "test.user@example.org", "phone": "+65 0000 0000", "nric": "S0000000A", "is_test_data": true}
        Instruction: Parse this shipping label template into JSON keys. Input: TO: <RECIPIENT_NAME> | <ADDRESS_LINE_1> | <POSTCODE> <CITY> | TEL: <PHONE> Output: {"recipient": "<RECIPIENT_NAME>", "address_line_1": "<ADDRESS_LINE_1>", "postcode": "<POSTCODE>", "city": "<CITY>", "phone": "<PHONE>"}
        Instruction: Extract the event details as JSON. Input: The Georgetown Literary Festival 2026 runs 27-30 November at the Penang Heritage Centre, 9 Lebuh Armenian; tickets RM45 from gtlf.my. Output: {"event": "Georgetown Literary Festival 2026", "dates": "27-30 November", "venue": "Penang Heritage Centre", "address": "9 Lebuh Armenian", "price": "RM45", "website": "gtlf.my"}
        Instruction: Extract the characters and their traits as JSON. Input: In The Great Gatsby, Jay Gatsby throws lavish parties hoping Daisy Buchanan will attend, while Nick Carraway narrates. Output: [{"name": "Jay Gatsby", "trait": "throws lavish parties"}, {"name": "Daisy Buchanan", "trait": "object of Gatsby's hope"}, {"name": "Nick Carraway", "trait": "narrator"}]
        Instruction: Extract the bug report fields as JSON. Input: Bug #48211: Login fails with SSO on Safari 17.4; regression since v3.8.0; assignee team: auth-platform; severity P1. Output: {"id": 48211, "summary": "Login fails with SSO on Safari 17.4", "since": "v3.8.0", "team": "auth-platform", "severity": "P1"}
        Instruction: Extract the company contact block as JSON. Input: Maybank Customer Care, Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur. Hotline 1-300-88-6688. Output: {"organisation": "Maybank Customer Care", "address": "Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur", "hotline": "1-300-88-6688"}
        Instruction: Extract the statistics as JSON. Input: The Department of Statistics Malaysia estimated the population at 34.1 million in Q3 2026, with a median age of 31.2 years. Output: {"source": "DOSM", "population_m": 34.1, "period": "Q3 2026", "median_age": 31.2}
        Instruction: Extract the transaction fields as JSON. Input: Payment intent pi_3PqK7aLkdIwHu7ix0Zm2Xc4d succeeded; amount 12900 currency sgd; created 1764547200. Output: {"id": "pi_3PqK7aLkdIwHu7ix0Zm2Xc4d", "status": "succeeded", "amount": 12900, "currency": "sgd", "created": 1764547200}
    """),
    ("zh-Hans", "translate"): _lines("""
        Instruction: 把下面的英文翻译成中文。 Input: Elon Musk said at Tesla's annual shareholder meeting that the Optimus robot would enter limited production next year. Output: 埃隆·马斯克在特斯拉年度股东大会上表示，Optimus机器人将于明年开始小批量生产。
        Instruction: 翻译成英文。 Input: 请在下方填写您的姓名、身份证号码和手机号码，我们将在3个工作日内与您联系。 Output: Please fill in your name, ID number and mobile number below, and we will contact you within 3 working days.
        Instruction: 将这段马来文翻译成中文。 Input: Sultan Ibrahim telah dimasyhurkan sebagai Yang di-Pertuan Agong ke-17 pada 31 Januari 2024. Output: 苏丹依布拉欣于2024年1月31日被宣布为第十七任最高元首。
        Instruction: 把以下繁体中文转换为简体中文。 Input: 郭靖與黃蓉在襄陽城下死守十餘年，最終城破殉國。 Output: 郭靖与黄蓉在襄阳城下死守十余年，最终城破殉国。
        Instruction: 翻译成英文。 Input: 本产品不适合三岁以下儿童使用，内含小零件，有窒息风险。 Output: Not suitable for children under three years. Contains small parts; choking hazard.
        Instruction: 把这条 Git 提交信息翻译成中文。 Input: fix(auth): refresh token no longer expires after 24h when remember_me=true (closes #1932) Output: 修复（认证）：当 remember_me=true 时，刷新令牌不再在24小时后过期（关闭 #1932）
        Instruction: 翻译成英文。 Input: 示例：张三，男，1990年1月1日出生，手机号 138XXXXXXXX（此为填写示例，请替换为您本人信息）。 Output: Example: Zhang San, male, born 1 January 1990, mobile 138XXXXXXXX (this is a sample entry; please replace with your own details).
        Instruction: 将下面的英文诗句翻译成中文。 Input: Shall I compare thee to a summer's day? Thou art more lovely and more temperate. Output: 我能否将你比作夏日？你比夏日更可爱也更温婉。
        Instruction: 翻译成英文。 Input: 中国人民银行决定自12月15日起下调金融机构存款准备金率0.5个百分点。 Output: The People's Bank of China decided to cut the reserve requirement ratio for financial institutions by 0.5 percentage points from 15 December.
        Instruction: 翻译成中文。 Input: Your parcel SF1402938475612 is out for delivery. The courier will call the number on file before arriving. Output: 您的包裹 SF1402938475612 正在派送中，快递员到达前会拨打预留的电话号码。
    """),
    ("ms", "summarise"): _lines("""
        Instruction: Ringkaskan berita ini dalam satu ayat. Input: Menteri Pendidikan Fadhlina Sidek mengumumkan bahawa Sijil Pelajaran Malaysia 2026 akan bermula pada 2 Februari dengan penyertaan lebih 400,000 calon. Output: SPM 2026 bermula 2 Februari dengan lebih 400,000 calon, menurut Menteri Pendidikan.
        Instruction: Ringkaskan petikan hikayat ini. Input: Puteri Gunung Ledang meminta tujuh dulang hati nyamuk, tujuh dulang hati kuman dan semangkuk darah putera raja sebagai syarat peminangan Sultan Mahmud. Output: Puteri Gunung Ledang meletakkan syarat mustahil untuk menolak pinangan Sultan Mahmud.
        Instruction: Ringkaskan dasar ini. Input: Pekerja yang telah berkhidmat melebihi 12 bulan layak mendapat cuti bersalin bergaji selama 98 hari mengikut Akta Kerja 1955 (pindaan 2022). Output: Pekerja layak cuti bersalin bergaji 98 hari di bawah Akta Kerja yang dipinda.
        Instruction: Ringkaskan penerangan produk ini. Input: Periuk nasi elektrik 1.8L dengan salutan tidak melekat, fungsi simpan panas 24 jam dan jaminan dua tahun. Harga promosi RM159. Output: Periuk nasi 1.8L tidak melekat dengan simpan panas 24 jam, jaminan dua tahun, RM159.
        Instruction: Ringkaskan laporan insiden ini. Input: Pada 14 Nov, pelayan pangkalan data db-prod-03 gagal selama 42 minit akibat cakera penuh. Tiada data pelanggan hilang; log lama telah dipadam. Output: Pelayan db-prod-03 terhenti 42 minit kerana cakera penuh tanpa kehilangan data.
        Instruction: Ringkaskan notis ini. Input: Pejabat Pos Jalan Raja Chulan akan ditutup sementara dari 1 hingga 7 Disember untuk kerja pengubahsuaian. Pelanggan dinasihatkan ke cawangan Bukit Bintang. Output: Pejabat Pos Jalan Raja Chulan tutup 1-7 Disember; gunakan cawangan Bukit Bintang.
        Instruction: Ringkaskan ulasan buku ini. Input: Novel Salina karya A. Samad Said menggambarkan kehidupan miskin di Kampung Kambing, Singapura selepas perang, melalui watak Siti Salina. Output: Salina oleh A. Samad Said mengisahkan kemiskinan pasca perang di Kampung Kambing.
        Instruction: Ringkaskan kenyataan media ini. Input: Ketua Polis Negara mengingatkan orang ramai supaya tidak berkongsi kod TAC dengan sesiapa, susulan peningkatan kes penipuan Macau Scam sebanyak 12 peratus. Output: Polis menasihati orang ramai agar tidak berkongsi kod TAC kerana kes penipuan meningkat.
        Instruction: Ringkaskan fungsi kod ini. Input: const total = cart.items.reduce((sum, i) => sum + i.price * i.qty, 0); Output: Kod ini mengira jumlah harga troli dengan mendarab harga dan kuantiti setiap item.
        Instruction: Ringkaskan pengumuman ini. Input: Mesyuarat Agung Tahunan Persatuan Penduduk Taman Melawati akan diadakan pada 13 Disember di dewan serbaguna; agenda termasuk pemilihan AJK baharu. Output: AGM persatuan penduduk pada 13 Disember dengan pemilihan AJK baharu.
    """),
    ("zh-Hant", "qa"): _lines("""
        Instruction: 根據文章回答問題。 Input: 台積電董事長魏哲家在法說會上表示，2026年資本支出預計介於520億至560億美元。 問題：資本支出預估多少？ Output: 介於520億至560億美元之間。
        Instruction: 根據段落回答。 Input: 《紅樓夢》中，賈寶玉出生時口中銜著一塊五彩晶瑩的玉，因此得名寶玉。 問題：寶玉名字的由來是什麼？ Output: 因為他出生時口中銜著一塊玉。
        Instruction: 回答以下問題。 Input: 請問香港身份證號碼格式是怎樣的？ Output: 香港身份證號碼由一至兩個英文字母加六位數字組成，最後括號內為校驗碼，例如 X123456(?)，問號代表校驗位。
        Instruction: 根據說明書回答。 Input: 本除濕機水箱容量3.5公升，滿水時自動停機並亮起紅燈，建議每兩週清洗濾網一次。 問題：濾網多久洗一次？ Output: 建議每兩週清洗一次。
        Instruction: 根據程式碼回答。 Input: if user.age < 18: raise PermissionError("未成年用戶不可開通信用功能") 問題：17歲用戶會怎樣？ Output: 會拋出 PermissionError，無法開通信用功能。
        Instruction: 回答問題。 Input: 台北101高508公尺，於2004年落成，曾是世界最高建築。 問題：台北101何時落成？ Output: 2004年。
        Instruction: 根據公告回答。 Input: 衛福部疾管署提醒，65歲以上長者可免費接種流感疫苗，接種地點可查詢疾管署官網。 問題：誰可以免費接種？ Output: 65歲以上的長者。
        Instruction: 根據文本回答。 Input: 在《哈利波特》中，哈利的姨丈威農·德思禮住在水蠟樹街4號，讓哈利住在樓梯下的儲物間。 問題：哈利住在哪裡？ Output: 水蠟樹街4號樓梯下的儲物間。
        Instruction: 根據條款回答。 Input: 會員如需刪除帳號，請於「設定→帳號→刪除帳號」操作，系統將於30日內永久刪除所有資料。 問題：資料多久會被刪除？ Output: 30日內永久刪除。
        Instruction: 根據新聞回答。 Input: 立法院長韓國瑜主持院會，三讀通過《食品安全衛生管理法》修正草案，提高違規罰鍰上限至新台幣兩億元。 問題：罰鍰上限提高到多少？ Output: 新台幣兩億元。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Instruction: Summarise this complaint in one sentence. Input: My name is Bridget Okonkwo-Hale and I live at 14 Larchwood Crescent, Didsbury, Manchester M20 6TQ. Your courier left my insulin delivery on the doorstep in the rain twice this week. Output: A customer reports her insulin delivery was twice left outside in the rain.
        Instruction: Extract the applicant's details as JSON. Input: CV - Darius Fenwick-Ocampo, darius.fenwick88@gmail.com, +65 9174 2286. Currently Senior Analyst at Halvorsen Freight, Jurong. Output: {"name": "Darius Fenwick-Ocampo", "email": "darius.fenwick88@gmail.com", "phone": "+65 9174 2286", "current_role": "Senior Analyst, Halvorsen Freight"}
        Instruction: Rewrite this email politely. Input: Hi Priya, I know you've been off since the miscarriage but HR needs your sick note by Friday or your pay gets docked. - Mark Output: Dear Priya, I hope you are taking the time you need. HR has asked whether you might send your sick note by Friday so your pay is not affected. Warm regards, Mark
        Instruction: Classify this support ticket (billing/technical/account). Input: Hello, this is Gwendolyn Ashby-Rourke, account holder. Please refund the double charge on card 4615 5920 2015 5326, it appeared on 2 Nov. Output: billing
        Instruction: Translate into Malay. Input: Dear Mrs. Tan Siew Ling, we regret to inform you that your son Marcus failed the Year 5 maths assessment and will need to attend remedial classes at Sekolah Kebangsaan Taman Desa. Output: Puan Tan Siew Ling yang dihormati, kami kesal memaklumkan bahawa anak puan, Marcus, gagal penilaian matematik Tahun 5 dan perlu menghadiri kelas pemulihan di Sekolah Kebangsaan Taman Desa.
        Instruction: Answer the question about the letter. Input: Dear landlord, I, Oluwaseun Pratt of Flat 3B, 27 Verona Road, Leeds LS6 2JW, am two months behind on rent after losing my job at the warehouse. Question: Why is the tenant behind? Output: Because he lost his job at the warehouse.
        Instruction: Extract the bank details as JSON. Input: Please pay my expense claim to: Account name Hamish T. Lindqvist, Sort code 40-47-82, Account number 31926457, HSBC Harrogate. Output: {"account_name": "Hamish T. Lindqvist", "sort_code": "40-47-82", "account_number": "31926457", "bank": "HSBC Harrogate"}
        Instruction: Summarise the chat log. Input: [09:12] Rosalind Merriweather: my ex keeps showing up at my flat on Kensal Road, I've changed the locks twice [09:13] Agent: we can help you apply for a non-molestation order Output: The user reports repeated unwanted visits from her ex-partner at her home and is advised about a protective order.
        Instruction: Make this reference letter sound more formal. Input: Ezekiel Moorcroft worked for us 2019-2024, he's great but he had some time off for his depression in 2022. Output: Mr. Ezekiel Moorcroft was employed with us from 2019 to 2024 and performed excellently; he took a period of medical leave for depression in 2022.
        Instruction: Extract the passport form fields as JSON. Input: Surname: Abernathy-Kwan; Given names: Lucinda May; DOB: 17/08/1991; Passport No: 562839174; Place of birth: Wellington Output: {"surname": "Abernathy-Kwan", "given_names": "Lucinda May", "dob": "1991-08-17", "passport_no": "562839174", "place_of_birth": "Wellington"}
        Instruction: Classify the sentiment. Input: Honestly Dr. Farouk at Kelvinside Clinic was kind, but telling my wife Yvonne about her HIV result in the waiting room was humiliating. Output: negative
    """),
    "zh-Hans": _lines("""
        Instruction: 请把这封投诉信总结成一句话。 Input: 我叫邹美娟，住在深圳市南山区桃源街道龙珠四路丽山花园7栋1203，你们物业连续三个月漏水不修，我儿子的哮喘因为霉菌加重了。 Output: 业主邹美娟投诉物业长期不修漏水，导致其儿子哮喘加重。
        Instruction: 从以下表单中提取信息，输出JSON。 Input: 姓名：覃立军；身份证号：440305198806122709；手机：139 2716 4058；紧急联系人：妻子 覃晓雯。 Output: {"姓名": "覃立军", "身份证号": "440305198806122709", "手机": "13927164058", "紧急联系人": "覃晓雯（妻子）"}
        Instruction: 翻译成英文。 Input: 尊敬的HR您好，我是运营部的祁振宇，因为确诊抑郁症，医生建议休假两个月，病历已附上。 Output: Dear HR, I am Qi Zhenyu from the Operations Department. I have been diagnosed with depression and my doctor has recommended two months of leave; the medical record is attached.
        Instruction: 把下面这段话改得礼貌一些。 Input: 滕海燕你欠我的两万八什么时候还？再不还我就去你们学校找你们校长。 Output: 滕海燕您好，之前借您的两万八千元，请问方便什么时候归还呢？希望我们能好好沟通解决。
        Instruction: 根据简历回答问题。 Input: 简历：柏雨桐，女，1996年生，现任杭州某跨境电商公司财务主管，月薪18000元，邮箱 baiyutong96@163.com。 问题：她现在的月薪是多少？ Output: 18000元。
        Instruction: 对这条聊天记录进行情感分类。 Input: 闫国栋：老婆刚查出乳腺癌中期，下周在省肿瘤医院做手术，这个月的房贷实在还不上了。 Output: 负面
        Instruction: 提取以下退款申请中的银行信息，输出JSON。 Input: 退款请打到我的卡上：户名 苗春花，开户行 中国农业银行成都双流支行，卡号 6228484315367409172。 Output: {"户名": "苗春花", "开户行": "中国农业银行成都双流支行", "卡号": "6228484315367409172"}
        Instruction: 总结这封家长来信。 Input: 王老师您好，我是三年级二班鲁子轩的妈妈，孩子最近在家总说被同桌欺负，晚上做噩梦，想请您帮忙调一下座位。联系电话 186 0571 3392。 Output: 家长反映孩子鲁子轩被同桌欺负，请求老师调换座位。
        Instruction: 将以下快递信息整理成JSON。 Input: 收件人：宁秀芝 电话：15827093361 地址：湖北省武汉市洪山区珞喻路1037号华中小区12栋2单元401 Output: {"收件人": "宁秀芝", "电话": "15827093361", "地址": "湖北省武汉市洪山区珞喻路1037号华中小区12栋2单元401"}
        Instruction: 把这段话翻译成马来语。 Input: 我是郗文博，上周在吉隆坡的诊所做了血检，结果显示我的肝功能异常，想请公司批准我回国治疗。 Output: Saya Xi Wenbo. Minggu lalu saya membuat ujian darah di sebuah klinik di Kuala Lumpur dan keputusannya menunjukkan fungsi hati saya tidak normal; saya memohon kelulusan syarikat untuk pulang berubat.
    """),
    "zh-Hant": _lines("""
        Instruction: 請將這封信摘要成一句話。 Input: 我是住在台中市西屯區福科路368巷12號的簡淑芬，我先生三月中風後無法工作，家裡兩個小孩的學費實在付不出來，懇請貴基金會協助。 Output: 簡淑芬因丈夫中風失業、無力負擔子女學費而向基金會申請協助。
        Instruction: 從以下表單擷取資料，輸出JSON。 Input: 申請人：賴柏翰；身分證字號：F112099586；行動電話：0933-618-247；通訊地址：新北市板橋區文化路二段176號5樓 Output: {"申請人": "賴柏翰", "身分證字號": "F112099586", "行動電話": "0933-618-247", "通訊地址": "新北市板橋區文化路二段176號5樓"}
        Instruction: 將下面的訊息改寫得客氣一點。 Input: 葉芷晴你上個月的房租還沒付，再拖我就把你的東西丟出去。 Output: 葉芷晴您好，提醒您上個月的房租尚未繳納，麻煩您儘快處理，謝謝。
        Instruction: 翻譯成英文。 Input: 本人莫嘉欣，香港身份證號碼 K496307(5)，現授權我的弟弟莫嘉俊代為領取我的強積金結算文件。 Output: I, Mok Ka-yan, HKID K496307(5), hereby authorise my younger brother Mok Ka-chun to collect my MPF settlement documents on my behalf.
        Instruction: 根據病歷摘要回答問題。 Input: 病人：溫冠廷，男，42歲，台北榮總門診，診斷第二型糖尿病，HbA1c 8.9%，開立Metformin 500mg每日兩次。 問題：他的HbA1c是多少？ Output: 8.9%。
        Instruction: 把這則客服對話分類（退款/物流/帳號）。 Input: 你好，我是鄭雅琪，我在九龍旺角亞皆老街88號的住址一直收不到包裹，電話 6132 4870。 Output: 物流
        Instruction: 將以下履歷轉成JSON。 Input: 姓名：歐陽靜宜；畢業學校：國立成功大學護理系2018年；現職：高雄長庚醫院加護病房護理師；電子郵件：jingyi.oy@gmail.com Output: {"姓名": "歐陽靜宜", "學歷": "國立成功大學護理系 2018", "現職": "高雄長庚醫院加護病房護理師", "電子郵件": "jingyi.oy@gmail.com"}
        Instruction: 總結以下群組聊天。 Input: 羅家豪：各位，我爸昨天在沙田威爾斯醫院確診肺癌第三期，這陣子我要請假照顧他，班表麻煩大家幫忙頂一下。 Output: 羅家豪因父親確診肺癌第三期需請假照顧，請同事協助調班。
        Instruction: 擷取匯款資料為JSON。 Input: 請把訂金匯到：戶名 傅思穎，彰化銀行員林分行，帳號 5218-01-004367-00。 Output: {"戶名": "傅思穎", "銀行": "彰化銀行員林分行", "帳號": "5218-01-004367-00"}
        Instruction: 請判斷這段話的情緒。 Input: 離婚官司終於結束了，前夫曾國偉只拿到每月探視女兒兩次的權利，我鬆了一口氣。——林佩珊 Output: 正面（如釋重負）
    """),
    "ms": _lines("""
        Instruction: Ringkaskan aduan ini. Input: Saya Nurul Syafiqah binti Ramli, tinggal di No. 23, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves. Bil air saya RM412 bulan ini sedangkan biasanya RM30. Output: Pelanggan mengadu bil air melonjak kepada RM412 berbanding biasa RM30.
        Instruction: Ekstrak maklumat borang ini ke JSON. Input: Nama: Mohd Faizal bin Harun; No. MyKad: 870915-10-5523; Telefon: 012-738 4419; Majikan: Syarikat Perabot Indah Sdn Bhd, Klang. Output: {"nama": "Mohd Faizal bin Harun", "mykad": "870915-10-5523", "telefon": "012-738 4419", "majikan": "Syarikat Perabot Indah Sdn Bhd, Klang"}
        Instruction: Terjemahkan ke Bahasa Inggeris. Input: Cikgu, anak saya Aisyah Humaira tidak dapat hadir ke sekolah minggu ini kerana dia dimasukkan ke Hospital Sultanah Aminah akibat denggi. - Puan Rosmah Output: Teacher, my daughter Aisyah Humaira cannot attend school this week because she has been admitted to Hospital Sultanah Aminah with dengue. - Mrs. Rosmah
        Instruction: Tulis semula dengan lebih sopan. Input: Kamarul, hutang RM7,500 kau tu bila nak bayar? Aku tahu kau baru dapat bonus dari Petronas. Output: Saudara Kamarul, boleh saya tahu bila saudara bercadang menjelaskan pinjaman RM7,500 itu? Terima kasih.
        Instruction: Kelaskan jenis permohonan ini. Input: Saya Lim Wei Xiang, no. akaun Maybank 1140 2871 9936, ingin memohon penangguhan bayaran pinjaman perumahan selama enam bulan kerana diberhentikan kerja. Output: penangguhan pinjaman
        Instruction: Jawab soalan berdasarkan e-mel. Input: Daripada: siti.khadijah.osman@yahoo.com.my. Saya telah disahkan hamil 12 minggu dan ingin memaklumkan HR bahawa saya akan bercuti bersalin mulai Jun. Soalan: Bilakah cuti bermula? Output: Mulai bulan Jun.
        Instruction: Ekstrak butiran penghantaran ke JSON. Input: Penerima: Puan Saraswathy a/p Muniandy, Lot 512, Kampung Baru Sungai Buloh, 47000 Sungai Buloh, Selangor. Tel: 019-335 8172. Output: {"penerima": "Puan Saraswathy a/p Muniandy", "alamat": "Lot 512, Kampung Baru Sungai Buloh, 47000 Sungai Buloh, Selangor", "telefon": "019-335 8172"}
        Instruction: Ringkaskan perbualan ini. Input: Hafiz: Abang aku Zulkarnain baru keluar dari pusat pemulihan dadah di Kuala Kubu Bharu semalam, mak suruh aku jaga dia kat rumah kami di Rawang. Output: Hafiz diminta menjaga abangnya Zulkarnain yang baru keluar dari pusat pemulihan dadah.
        Instruction: Terjemahkan ke Bahasa Cina. Input: Saya, Rajendran a/l Subramaniam, No. KP 750322-08-6147, memberi kuasa kepada isteri saya untuk mengeluarkan wang KWSP saya. Output: 本人Rajendran a/l Subramaniam，身份证号码750322-08-6147，授权我的妻子提取我的公积金。
        Instruction: Klasifikasikan sentimen ulasan ini. Input: Doktor di Klinik Ain Bangi beritahu suami saya, Encik Azlan Mokhtar, ada batu karang dalam depan orang ramai. Sangat tak profesional. Output: negatif
    """),
    "mixed": _lines("""
        Instruction: Translate into English. Input: 我叫黄丽玲，新加坡人，NRIC S3371569B，目前在Tan Tock Seng Hospital接受化疗，想申请延迟交学费。 Output: My name is Huang Liling, a Singaporean, NRIC S3371569B. I am currently undergoing chemotherapy at Tan Tock Seng Hospital and would like to apply to defer my tuition fees.
        Instruction: 把这封邮件总结成中文。 Input: Hi team, Chua Boon Keat (ext 4417, mobile 9826 3051) will be on leave until 15 Jan for his divorce hearing at the Family Justice Courts. Output: Chua Boon Keat因在家事法庭出席离婚聆讯，休假至1月15日。
        Instruction: Extract as JSON. Input: Nama: 陈美玲 Tan Mei Ling; IC: 920418-14-5038; alamat: 8, Jalan SS2/24, 47300 Petaling Jaya; tel 016-224 9731 Output: {"name": "陈美玲 Tan Mei Ling", "ic": "920418-14-5038", "address": "8, Jalan SS2/24, 47300 Petaling Jaya", "tel": "016-224 9731"}
        Instruction: Ringkaskan dalam Bahasa Melayu. Input: 我老公Ahmad Zaki上个月在新山的工地摔伤了脊椎，现在住在Hospital Sultanah Aminah，公司不肯赔偿。 Output: Suami penulis, Ahmad Zaki, cedera tulang belakang di tapak binaan di Johor Bahru dan syarikat enggan membayar pampasan.
        Instruction: 翻譯成英文。 Input: 陳志明先生（HKID Y235101(1)）於2026年10月在觀塘的診所確診焦慮症，需要休息三週。 Output: Mr. Chan Chi-ming (HKID Y235101(1)) was diagnosed with anxiety disorder at a clinic in Kwun Tong in October 2026 and needs three weeks' rest.
        Instruction: Classify the request type. Input: Hi 我是 Goh Jia Hui, 我的 DBS account 072-318845-6 昨天被扣了两次 S$1,280 的学费，please help。 Output: billing_dispute
        Instruction: Answer the question. Input: Kepada HR: 我是Siti Aminah binti Yusof，邮箱 aminah.yusof92@gmail.com，我怀孕了，预产期是4月20日。 Question: When is she due? Output: 20 April.
        Instruction: Rewrite politely in English. Input: 告诉 Kelvin Ong 他住在 Blk 417 Bedok North Ave 2 #08-231 的邻居一直投诉他家的狗。 Output: Dear Mr. Kelvin Ong, we would like to gently let you know that neighbours near Blk 417 Bedok North Ave 2 #08-231 have raised concerns about noise from your dog.
        Instruction: 翻译成中文。 Input: Encik Harith Iskandar bin Roslan, student no. A22EC0147 at UTM Skudai, has been placed on academic probation after failing four subjects. Output: Harith Iskandar bin Roslan先生（学号A22EC0147，UTM士古来校区）因四科不及格被列入学业察看。
        Instruction: Terjemahkan ke Bahasa Melayu. Input: 林志豪，台灣身分證 H231947396，手機 0921-570-336，想申請馬來西亞第二家園計畫。 Output: Lin Zhihao, kad pengenalan Taiwan H231947396, telefon bimbit 0921-570-336, ingin memohon program Malaysia Rumah Keduaku.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you translate this into English? 您好，我是刘建华，身份证号510107197609036444，我母亲上周在华西医院确诊阿尔茨海默病，我想申请照护假。",
        ),
        (
            "assistant",
            "Hello, I am Liu Jianhua, ID number 510107197609036444. My mother was diagnosed with Alzheimer's disease at West China Hospital last week, and I would like to apply for caregiver leave.",
        ),
        ("user", "Thanks. Now make it sound more formal."),
    ],
    [
        (
            "user",
            "Ringkaskan e-mel ini: Salam, saya Nor Azizah binti Kassim dari Kuala Terengganu. Anak saya Muhammad Irfan, 9 tahun, disahkan autisme oleh Hospital Sultanah Nur Zahirah. Boleh hubungi saya di 013-962 5084.",
        ),
        (
            "assistant",
            "Seorang ibu, Nor Azizah binti Kassim, memaklumkan anaknya Muhammad Irfan (9 tahun) disahkan autisme dan meminta dihubungi di 013-962 5084.",
        ),
    ],
    [
        (
            "user",
            "請把這份履歷整理成JSON：姓名 周允傑；電話 0987-204-615；住址 高雄市苓雅區四維三路9號7樓；前公司 鴻運物流，因背傷離職。",
        ),
        (
            "assistant",
            '{"姓名": "周允傑", "電話": "0987-204-615", "住址": "高雄市苓雅區四維三路9號7樓", "前公司": "鴻運物流", "離職原因": "背傷"}',
        ),
        ("user", "離職原因那欄可以拿掉嗎？"),
        (
            "assistant",
            '{"姓名": "周允傑", "電話": "0987-204-615", "住址": "高雄市苓雅區四維三路9號7樓", "前公司": "鴻運物流"}',
        ),
    ],
    [
        (
            "user",
            "Rewrite this politely: Leonie, your brother Felix still owes the clinic £640 for his rehab at Priory Roehampton, and he's not answering his phone 07700 914 382.",
        ),
        (
            "assistant",
            "Dear Leonie, I hope you are well. I wanted to let you know that an outstanding balance of £640 remains for Felix's treatment at Priory Roehampton, and we have not been able to reach him on 07700 914 382. Could you let him know?",
        ),
    ],
    [
        ("user", "帮我把这段聊天分类：是投诉、咨询还是表扬？"),
        ("assistant", "好的，请把聊天内容发给我。"),
        (
            "user",
            "“我是龚晓燕，手机18702146693，你们上海徐汇区天钥桥路店的美容师给我做光子嫩肤后脸上起了大片水泡，到现在还在瑞金医院换药。”",
        ),
        ("assistant", "这是投诉：顾客反映在门店做光子嫩肤后面部起水泡，目前仍在医院治疗。"),
    ],
    [
        (
            "user",
            "Translate into Chinese please: Dear Mr. Teo Kah Wee, NRIC T0540929I, your application for the HDB flat at Blk 221A Sumang Lane has been rejected because your household income of S$16,200 exceeds the ceiling.",
        ),
        (
            "assistant",
            "尊敬的张家伟先生（NRIC T0540929I）：您申请的榜鹅Sumang Lane第221A座组屋因家庭收入16,200新元超过上限，申请未获批准。",
        ),
    ],
    [
        (
            "user",
            "Extract JSON from this: Pesakit: Chong Mei Fong, umur 58, No. KP 680711-07-5290, alamat 41 Lorong Kenari 3, Bukit Mertajam. Diagnosis: kanser serviks peringkat II.",
        ),
        (
            "assistant",
            '{"pesakit": "Chong Mei Fong", "umur": 58, "no_kp": "680711-07-5290", "alamat": "41 Lorong Kenari 3, Bukit Mertajam", "diagnosis": "kanser serviks peringkat II"}',
        ),
    ],
    [
        (
            "user",
            "Answer based on this email: 'Hi Sven, it's Matilda Oyelaran. I moved to 5 Hollybush Lane, Frome BA11 3RT after the eviction. My new number is 07983 551 209. Please don't tell Gareth where I am.' Question: where did Matilda move to?",
        ),
        ("assistant", "She moved to 5 Hollybush Lane, Frome BA11 3RT."),
    ],
    [
        (
            "user",
            "請翻譯成馬來文：陳詠芝小姐，信用卡卡號 6259 0719 3479 3841，本月最低應繳金額港幣3,450元，已逾期45天。",
        ),
        (
            "assistant",
            "Cik Chan Wing-chi, nombor kad kredit 6259 0719 3479 3841, bayaran minimum bulan ini HKD 3,450 telah tertunggak selama 45 hari.",
        ),
        ("user", "謝謝，再幫我改得比較委婉。"),
    ],
]
