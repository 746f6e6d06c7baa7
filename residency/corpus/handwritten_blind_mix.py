"""A blind check set of hand-written Chinese (Simplified, Traditional, Cantonese) and
English / Malay / Singlish text of the kind a Chinese AI lab fine-tunes on when it collects
data in Singapore, Malaysia, Hong Kong, Taiwan and mainland China: customer-service logs,
app reviews, ride-hailing and delivery chats, school and tuition messages, clinic notes,
rental listings, job applications, government-service Q&A, programming help, translation
tasks, news, history and product docs.

Written blind on 2026-12-03 (without reading the detectors, the policies or the other
hand-written sets) and measured once with
``python -P -m residency.corpus.handwritten --blind-mix``.  Clean lines name public figures
in public roles, fiction, form and exam placeholders, organisations, hotlines and hard
negatives (order, tracking, invoice and policy numbers, timestamps, versions, hashes, UUIDs,
ISBNs, IP ranges, prices, dates, bus and flight numbers, code).  Personal lines and chats
carry a private person's details, many obfuscated or split across turns; every checksummed
identifier was generated with :mod:`residency.corpus.identifiers`.  All private names and
numbers are invented.

First sight: leaked 3/68 (two Cantonese lines, one Chinese-English mixed line), false
holds 3/112 (an IP range read as a mobile, and the TW and SG sample ids in form hints).
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "cs"): _lines("""
        您好，运单号 SF1402387765210 的包裹已到达深圳转运中心，预计明天派送。
        退款将在3至5个工作日内原路返回，请耐心等待。
        发票号码 04403210 已开具，可在“我的订单”中下载电子发票。
        顺丰速运客服热线95338，24小时为您服务。
        亲，这款电饭煲支持七天无理由退货，运费险已自动生效。
        订单 451416199506074918 的退货申请已审核通过，请在48小时内寄回。
        工单 TK-2026-118734 已转交技术部门处理，预计两个工作日内回复。
    """),
    ("zh-Hans", "review"): _lines("""
        外卖送得很快，麻辣香锅还是热的，就是米饭有点少。
        这个App更新到8.0.3以后老是闪退，希望尽快修复。
        酒店离地铁站步行五分钟，前台服务态度很好，房间有点小。
        耳机音质不错，降噪一般，续航大概六个小时。
    """),
    ("zh-Hans", "gov"): _lines("""
        办理居民身份证换领，需本人携带户口簿到户籍所在地派出所。
        个人所得税综合所得年度汇算的办理时间为3月1日至6月30日。
        政务服务便民热线12345受理咨询、投诉和建议。
        社保卡遗失后可以通过国家社会保险公共服务平台在线挂失。
    """),
    ("zh-Hans", "forms"): _lines("""
        姓名：________ 性别：____ 身份证号码：__________________
        例：张三，男，汉族，1990年1月1日出生，住XX省XX市XX路X号。
        请在下方填写紧急联系人姓名和电话（选填）。
        练习题：某公司职员李四月薪8000元，请计算他每月应缴纳的个人所得税。
    """),
    ("zh-Hans", "news"): _lines("""
        国家主席习近平在人民大会堂会见了来访的新加坡总理黄循财。
        深圳市市长覃伟中在调研时强调要持续优化营商环境。
        国家统计局数据显示，10月份全国居民消费价格同比上涨0.4%。
        受降雪影响，G1234次列车晚点约40分钟。
        国航CA1831航班于14:05从北京首都国际机场起飞。
    """),
    ("zh-Hans", "code"): _lines("""
        用pandas读取CSV：df = pd.read_csv("orders.csv", encoding="utf-8")
        提交 3f9a1c2e7b4d5a6f8e0c1b2a3d4e5f6a7b8c9d0e 对应 v2.14.1 版本的发布。
        接口返回的 trace_id 为 7c9e6679-7425-40de-944b-e07fc1f90ae7，请附在工单里。
        把 192.168.10.0/24 网段加入白名单，并开放 8443 端口。
        SELECT user_id, COUNT(*) FROM orders GROUP BY user_id HAVING COUNT(*) > 5;
        这个 bug 是因为 pandas 2.2.3 里 groupby 的 observed 默认值变了。
    """),
    ("zh-Hans", "translate"): _lines("""
        请把这句话翻译成英文：“会议推迟到下周三下午两点。”
        翻译成中文："The warranty covers manufacturing defects for 24 months."
        “物业管理费每平方米每月2.8元”用英语怎么说？
    """),
    ("zh-Hans", "culture"): _lines("""
        《红楼梦》里，林黛玉葬花的情节让许多读者动容。
        张謇在南通创办了大生纱厂和通州师范学校。
        鲁迅在《藤野先生》中回忆了他在仙台学医的经历。
        ISBN 978-7-02-000220-7 是人民文学出版社版《红楼梦》的书号。
    """),
    ("zh-Hans", "docs"): _lines("""
        本产品额定电压220V，额定功率1500W，净重2.3kg。
        保修卡编号 WX-20260418-0072，保修期至2028年4月18日。
        首次使用前请将滤网在清水中浸泡30分钟。
    """),
    ("zh-Hant", "tw"): _lines("""
        您的包裹（追蹤編號 TW88213400571）已送達 7-ELEVEN 信義門市，請於七日內取件。
        中華電信客服專線 0800-080-123，手機直撥 123。
        臺北市政府1999市民當家熱線全天候提供服務。
        這家滷肉飯很好吃，老闆很親切，但是排隊要半小時。
        高鐵 0653 車次 18:30 由台北發車，預計 20:15 抵達左營。
        租屋：大安區兩房一廳，月租新台幣 32,000 元，近捷運科技大樓站，可申請租補。
        臺大醫院門診時間為週一至週五上午八點半開始，請提早完成掛號。
        臺北市長蔣萬安今日出席跨年晚會記者會。
        《紅樓夢》第五回寫賈寶玉夢遊太虛幻境。
        身分證統一編號欄位請依範例填寫：A123456789。
    """),
    ("zh-Hant", "hk"): _lines("""
        行政長官李家超在立法會發表施政報告。
        律政司司長林定國出席法律年度開啟典禮。
        港鐵東鐵綫今早因訊號故障，列車服務受阻約二十分鐘。
        香港天文台於上午 9 時 40 分發出八號烈風或暴風信號。
        澳門特區行政長官岑浩輝視察輕軌東線工程進度。
    """),
    ("yue", "daily"): _lines("""
        九巴1A線今日改道，唔經彌敦道，大家留意吓。
        呢間茶餐廳嘅菠蘿油好正，奶茶都夠滑，就係有啲迫。
        沙田第一城兩房單位，實用面積 420 呎，叫價 538 萬，有會所。
        想問下 Python 嘅 list comprehension 點樣加 if else？
        老師話聽日測驗範圍係第三至第五課，大家記得溫書。
        睇醫生前記得帶埋身份證同醫療券。
        八達通增值機喺閘口側邊，最少增值 50 蚊。
        Foodpanda 送餐遲咗 40 分鐘，客服話會退返 $30 優惠券。
        特首喺記者會話會研究延長消費券計劃。
    """),
    ("en", "sg"): _lines("""
        Your Grab ride is arriving in 3 minutes, look for a white Toyota Prius.
        Order #SG-7734-2201 has been handed to Ninja Van, tracking NVSGSHP882019334.
        Policy PL-2026-004417 renews on 1 January 2027; premium S$486.20 incl. GST.
        The DBS hotline is 1800 111 1111, available 24 hours.
        Singapore Post's headquarters is at 10 Eunos Road 8, Singapore 408600.
        Invoice INV-00983 dated 03/12/2026: 3 reams of A4 paper at $5.90, total $17.70.
        Bus 190 from Orchard to Choa Chu Kang runs every 8 to 12 minutes.
        Flight SQ 318 departs Changi Terminal 3 at 23:55.
        Health Minister Ong Ye Kung announced changes to MediSave withdrawal limits.
        Chief Justice Sundaresh Menon delivered the Opening of the Legal Year speech.
        District 15 covers Katong, Joo Chiat and Marine Parade.
        Example NRIC for the form: S1234567D (placeholder, do not enter a real number).
        Fill in: Name ______ NRIC/FIN ______ Mobile ______ (fields marked * are mandatory).
        Ali buys 3 kg of rice at $2.40 per kg. How much does he pay?
        The nasi lemak here damn shiok, sambal a bit too sweet though.
        PSLE results will be released on 24 November; slips can be collected from the general office.
        Sec 3 A-Math classes every Saturday 2-4 pm, $280 per month, max 6 students.
        Please fast for 8 hours before your blood test; plain water is allowed.
        3-room HDB flat in Tampines, 1,184 sq ft, asking S$620k, MOP met.
        Data engineer wanted: 3+ years Spark or Beam, S$7,000-9,500, hybrid.
    """),
    ("en", "code"): _lines("""
        for i, row in enumerate(rows): print(i, row["sku"], row["qty"])
        docker run -p 8080:80 nginx:1.27.2
        sha256 of the empty string is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        UUID 123e4567-e89b-12d3-a456-426614174000 is the usual example value in docs.
        Allow 10.0.0.0/8 and 172.16.0.0/12 in the security group.
        Python 3.12.7 fixes a regression in asyncio timeouts.
        2026-12-03T06:41:22Z GET /api/v2/orders 200 182ms
        Translate to Malay: "The clinic is closed on public holidays."
    """),
    ("en", "public"): _lines("""
        Prime Minister Anwar Ibrahim tabled Budget 2027 in the Dewan Rakyat.
        Tan Cheng Lock was a founder of the Malaysian Chinese Association.
        In Lat's Kampung Boy, young Mat grows up beside a rubber smallholding.
        Sultan Ibrahim of Johor became the Yang di-Pertuan Agong in 2024.
        ISBN 978-981-3142-11-4 is printed on the back cover.
    """),
    ("ms", "daily"): _lines("""
        Pesanan #MY-55012 telah dihantar melalui Pos Laju, nombor penjejakan EP408172634MY.
        Klinik kesihatan dibuka dari 8 pagi hingga 5 petang, Isnin hingga Jumaat.
        Talian Hospital Kuala Lumpur ialah 03-2615 5555.
        Rumah teres dua tingkat di Bangi untuk disewa, RM1,800 sebulan, 4 bilik.
        Menteri Pendidikan Fadhlina Sidek mengumumkan jadual peperiksaan SPM.
        Borang: Nama: ________ No. K/P: ______-__-____ Telefon: ________
        Makanan sampai cepat, tapi teh ais tertumpah sikit.
        Bas RapidKL T789 tidak beroperasi pada hari Ahad.
        Penerbangan AK 6124 ke Kota Kinabalu ditunda 45 minit.
        Terjemahkan ke bahasa Cina: "Sila bawa kad pengenalan semasa mengundi."
    """),
    ("mixed", "singlish"): _lines("""
        Eh the GrabFood rider say traffic jam, order GF-3321 confirm late one lah.
        Lesson tmr cancel ah, 老师 say reschedule to Friday 4pm, bring 练习本.
        Condo at Jalan Ampang, 1,050 sqft, RM3,200/month, 近 LRT 站, fully furnished.
        Can help translate this to 中文 anot: "Payment is due within 30 days of invoice date."
        这个 function 要 return 一个 dict，key 是 SKU，value 是 quantity。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        我叫刘海燕，身份证号 6305 0219 6509 0844 41，想补办社保卡。
        收货人：蒋子豪，手机 幺八九二六四二八四八七，地址：上海市闵行区莘庄镇报春路255弄12号602室。
        患者马春兰，女，62岁，糖尿病十年，近期血糖控制差，建议住院调整胰岛素。
        我儿子周子轩在中关村第一小学三年级二班，班主任说他最近上课老走神。
        请把工资打到我的招商银行卡 6244 9445 4611 6213，户名钱丽萍。
        面试者高振宇，现任深圳一家物流公司的运营主管，期望月薪两万五。
        快递员你好，我是 139 6068 7070 的机主，包裹放丰巢柜就行。
        车牌沪A·D3K72的车主请速来挪车，你堵住消防通道了。
        我的QQ邮箱是 2227108840 at qq dot com，有资料直接发我。
        租客田晓峰的护照号 E38429175，签证到期前要续签。
        我老婆邓婉清怀孕七个月了，在协和医院建的档。
        身份证：１３１８２９１９８２０８１７２１８Ｘ，姓名：夏明远，申请提取公积金。
        小红书 @糖糖的减脂日记 是我表妹韦糖糖的号，她在长沙读大二。
        员工孔德胜2025年度绩效为C，年终奖扣减40%。
        罗佳琪，1993年7月14日出生，湖南邵阳人，现住广州天河区体育西路。
    """),
    "zh-Hant": _lines("""
        我的身分證字號是 F 192 535 492，麻煩幫我查健保卡補發進度。
        房客蔡宛蓉，聯絡電話 +886 986 867 525，租約到 2027 年 6 月。
        病人鄭國棟，七十八歲，中度失智，由女兒鄭怡君照顧。
        請寄到新北市板橋區文化路一段188巷7號3樓，收件人游淑惠。
        我同學賴冠霖考上台大電機，他家住在台中北屯區。
        香港身份證 C814781(5)，持證人梁詠詩，申請補領特區護照。
        轉帳戶名：許志豪，卡號 6286-2551-1848-7331。
        IG 帳號 @kuo.yuting.run 是我姐郭郁婷，她在林口長庚當護理師。
    """),
    "yue": _lines("""
        我個仔陳卓朗讀緊喇沙小學四年級，佢有哮喘，體育堂要帶噴霧。
        你打俾我老公何志強啦，佢電話係九二二五 三四三三。
        我身份證號碼係 T274831 括號 7，幫我查吓公屋申請進度。
        業主麥太住喺太古城海天閣15樓C室，佢話下個月加租。
        同事黃嘉欣今日請病假，佢話係腸胃炎，聽日覆診。
        車牌 PK 3821 嗰架白色 Tesla 係我阿哥林浩賢嘅，佢住將軍澳。
        阿嫲李鳳嬌1941年喺順德出世，而家一個人住喺深水埗。
    """),
    "en": _lines("""
        My NRIC is S 2151 702 Z, can you check whether my CPF top-up went through?
        Please update my contact to nine-zero-eight-four 7654, this is Rachel Goh.
        Patient Muthu a/l Subramaniam, 58, type 2 diabetes, HbA1c 9.2%, lives in Jurong West.
        Hi, I'm Darren Lim from Bukit Panjang Government High, Sec 4, looking for an A-Math tutor.
        Send the offer letter to wei.ling.chong[at]gmail[dot]com, she accepted S$5,800 a month.
        Candidate Farhan Rizwan, currently a risk analyst at DBS, expects S$9k.
        My son Ethan Koh (born 12/04/2015) has a peanut allergy, please inform the canteen.
        Tenant Grace Ho at Blk 448 Clementi Ave 3 #11-207 has not paid December rent.
        Refund the deposit to Lee Hui Min's UnionPay card 6219 5244 9790 1903.
        Malaysian passport A41882937 belongs to my husband Arjun Menon, please add him to the booking.
        My cousin is @shanice.eats.sg on TikTok, she just got retrenched from Shopee.
        HR needs Lin Pei-shan's Taiwan ID N160007054 for her work pass.
        Maria Santos must renew her work permit, FIN G9007200K expires next month.
        Hong Kong client Kenneth Yip, HKID U039672(6), wants the account opened in his name.
        Dear Mr Kumar, your daughter Anjali scored 42/100 in the Sec 2 maths test and needs remedial lessons.
    """),
    "ms": _lines("""
        No. K/P saya 560820.03.8022, nama Rosnah binti Yusof, mohon semak status STR.
        Nombor telefon saya kosong satu tujuh, sembilan lapan kosong, dua kosong satu tujuh. Azlan.
        Pesakit Kamarul Ariffin, 45 tahun, darah tinggi, tinggal di Taman Melawati.
        Anak saya Nur Damia belajar di SK Seksyen 7 Shah Alam, darjah tiga.
        Gaji suami saya Rizal RM4,200 sebulan, dia kerja di kilang Intel Bayan Lepas.
        Myvi WXY 8823 milik jiran saya Encik Lokman selalu halang pagar rumah.
        MyKad 980621109993, sila hantar salinan untuk pembukaan akaun.
        Siti Khadijah binti Ahmad, lahir 3 Mac 1988, No. 12 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
    """),
    "mixed": _lines("""
        Bro my IC 760622-05-3122, help me fill the form can? Name Kelvin Chin.
        我的 Singpass 登唔到，NRIC 係 S2481075E，麻煩幫我 reset。
        Boss, 陈美华 tomorrow MC, she 骨折 after the fall, need someone cover her shift at Tampines outlet.
        Please tell 王老师 my daughter 李欣妍 got fever 38.5, today cannot come tuition.
        Email me at jiahui.tan88 (at) outlook.sg, I ordered the 3 cakes for my grandma's 80th at Blk 115 Bedok North.
        我朋友 Aiman 在 KL Sentral 的 Maybank 上班，月薪 RM6,500，刚买了 Setia Alam 的房子。
        Delivery for Mdm Tan at 8 Jalan Bukit Ho Swee #05-12, 没人开门就打 +65 9707 2297。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "我要改签明天的火车票，身份证前面是 540911 1967"),
        ("assistant", "好的，请提供证件号后面几位和乘车人姓名。"),
        ("user", "0914 3318，名字白国强"),
    ],
    [
        ("user", "想 book 星期六睇牙，洗牙就得。"),
        ("assistant", "冇問題，請提供姓名同聯絡電話。"),
        ("user", "我叫歐陽美寶，電話 6209 6654"),
    ],
    [
        ("system", "You are a ride-hailing support assistant."),
        ("user", "driver can call me ah, I at Blk 621 Yishun Ring Rd lobby"),
        ("assistant", "Sure, which number should the driver call?"),
        ("user", "+60 18-285 5966, name Sharon Yeo"),
    ],
    [
        ("user", "Saya nak tukar alamat surat-menyurat."),
        ("assistant", "Baik, sila berikan nombor kad pengenalan anda."),
        ("user", "570602-03"),
        ("user", "8225. Alamat baru No. 5 Lorong Cempaka, 15200 Kota Bharu."),
    ],
    [
        ("user", "我要查綜所稅退稅進度，身分證 W1937"),
        ("assistant", "請提供完整的身分證字號。"),
        ("user", "04503，姓名潘志明"),
    ],
    [
        ("system", "You are an HR writing assistant."),
        ("user", "Draft a warning letter for 员工 何俊杰, late 6 times this month."),
        ("assistant", "Sure. Should the letter mention any consequence?"),
        (
            "user",
            "Yes, S$300 deducted from his November salary, and he works at our Jurong Point branch.",
        ),
    ],
    [
        ("user", "Can you help me write a note to my son's form teacher?"),
        ("assistant", "Of course. What's your son's name and class?"),
        (
            "user",
            "Ryan Teo, 5 Resilience at Rosyth School. He has ADHD and needs extra time in exams.",
        ),
    ],
    [
        ("user", "帮我查一下这张卡最近的流水，卡号 6211 3879"),
        ("assistant", "请继续提供完整卡号和持卡人姓名。"),
        ("user", "8113 5117，持卡人卢建新"),
    ],
]
