# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat170: chats with an assistant about one's own housing trouble (eviction notices, rental arrears, public-housing applications, a landlord keeping the deposit, sleeping in a car, shelters). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat170
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tenancy_faq"): _lines("""
        Q: My landlord says he will keep the whole deposit for general wear and tear. Is that allowed? A: Fair wear and tear is normally not deductible; ask for an itemised list of deductions with receipts.
        Q: How long does a landlord have to return my deposit in Singapore? A: Most tenancy agreements say 7 to 14 days after handover; check the clause titled Security Deposit in your TA.
        Q: Where can I get free legal advice on a rental dispute? A: Try the Community Legal Clinics run by Pro Bono SG, or the Legal Aid Bureau if your household meets the means test.
        Q: I received a Notice to Quit. Do I have to move out tomorrow? A: No. A notice is not a court order; only a bailiff acting on a writ of possession can lawfully remove you.
        Q: What is the Public Rental Scheme? A: HDB rents 1-room and 2-room flats to households who cannot afford other housing and have no family support; apply at any HDB Branch or on the HDB website.
        Q: Can the landlord change the locks because I am one month behind on rent? A: Locking a tenant out without a court order may be unlawful; take photos, keep receipts and call the police if you are shut out.
        Q: Which documents are needed for a Hong Kong public rental housing application? A: The PRH application form, identity documents of every family member, and income and asset proofs for the last 12 months.
        Q: Is there a helpline for people sleeping rough in Singapore? A: Call the ComCare hotline 1800 222 0000, or walk in to any Social Service Office during office hours.
        Q: Are there safe places to sleep in Kuala Lumpur tonight? A: Anjung Singgah on Jalan Hang Lekiu takes walk-ins and provides meals; bring your MyKad if you still have it.
        Q: Does the Housing Department count my car as an asset? A: Yes, vehicles are counted at market value under the PRH asset limit; check the income and asset limits table updated every April.
        Q: My tenancy ends on 31 March but the new flat is only ready on 15 April. Options? A: Ask for a short extension in writing, look at rooms on weekly rates, or ask your Social Service Office about interim housing.
        Q: Can I withhold rent until the landlord fixes the leaking ceiling? A: Usually not, since withholding rent can count as a breach. Send written notice of the defect with photos and a reasonable deadline instead.
        Q: Who pays stamp duty on a lease in Singapore? A: It is paid through IRAS e-Stamping within 14 days of signing; the tenant usually pays unless the tenancy agreement says otherwise.
    """),
    ("zh-Hans", "公告"): _lines("""
        【通知】2025年度公共租赁住房轮候册更新工作将于10月8日至10月31日进行，申请人可通过“i深圳”App在线核对家庭成员信息，咨询电话12345。
        各位住户：本小区B栋电梯将于11月3日9:00-17:00停运检修，请提前安排出行，给您带来不便敬请谅解。物业服务中心电话0755-8612 3300。
        关于规范住房租赁押金管理的提示：出租人收取押金原则上不超过一个月租金，退租时应在约定期限内无息退还，如有扣除须书面列明事由。——市住房和建设局
        市住房保障办公室公告：2025年第三批公租房配租摇号定于12月12日上午10时在市公证处进行，全程网络直播，结果在“住房保障”公众号公布。
        租房纠纷调解室开放时间：周一至周五 9:00-12:00、14:00-17:30，地址：福田区福中三路市民中心B区一楼，请携带租赁合同原件及缴费凭证。
        温馨提示：近期有不法分子冒充“住建局工作人员”以代办保障房资格为由收取费用。保障性住房申请不收取任何费用，请勿向任何个人账户转账。
        寒潮期间，市救助管理站开通24小时寒冷天气救助，街面发现露宿人员可拨打110或12345转救助站，站内提供热食、棉衣和临时床位。
        保障性租赁住房项目“前海人才公寓二期”开放申请：户型35-60平方米，租金为同地段市场价的60%，申请截止日期为2025年12月20日。
        物业公告：因3号楼地下车库积水，请车主于今晚20:00前将车辆移至地面临时车位，逾期未移造成的损失由车主自行承担。物业客服400-820-1188。
        根据《商品房屋租赁管理办法》第八条，出租住房应当以原设计的房间为最小出租单位，人均租住建筑面积不得低于当地人民政府规定的最低标准。
        退租验房说明：请租客于合同到期日前3天预约验房，钥匙、门禁卡及水电燃气结清凭证一并交回，押金将在验房合格后7个工作日内原路退回。
        北京住房公积金管理中心提示：租房提取公积金额度已调整，可通过北京公积金App或拨打12329热线查询，无需委托中介代办，谨防上当受骗。
        乐栖青年公寓中山公园店通知：本月起水电费改为按阶梯计价，电费0.617元/度，水费3.45元/吨，详细价目见一楼前台张贴的收费公示。
    """),
    ("zh-Hant", "歷史"): _lines("""
        1953年聖誕夜石硤尾寮屋區大火，約五萬三千人一夜之間失去家園，港英政府隨後興建徙置大廈，被視為香港公營房屋政策的起點。
        美荷樓是現存唯一的H型第一型徙置大廈，2013年活化為YHA美荷樓青年旅舍，並設有「美荷樓生活館」展示五六十年代的居住環境。
        港督麥理浩於1972年宣布「十年建屋計劃」，目標在十年內為一百八十萬人提供設備齊全的居所，翌年重組成立香港房屋委員會，大規模興建新市鎮公屋。
        居者有其屋計劃於1970年代末推出，首批屋苑在1980年前後入伙，讓收入未達購買私樓水平的家庭能以折扣價置業，至今仍不時復售。
        九龍寨城在1993年開始清拆前，三萬多名居民擠在約2.6公頃的土地上，清拆後原址改建為九龍寨城公園，於1995年底開放予公眾。
        台灣《國民住宅條例》於1975年公布施行，其後各縣市興建大量國宅社區，直至2000年代政府停止興建國宅，逐步轉向社會住宅政策。
        1989年8月26日，無住屋者團結組織發起「無殼蝸牛運動」，數萬人夜宿台北忠孝東路，以行動抗議當年房價飆漲與財團土地炒作。
        澳門房屋局於1990年成立，專責經濟房屋與社會房屋事務；早年不少經屋由政府批地、私人發展商承建，再按輪候名單分配予合資格家庭。
        「劏房」一詞在2000年代後期流行，政府統計處依據2016年中期人口統計發表的專題報告指出，約二十萬人居於分間樓宇單位。
        立法會於2021年通過《2021年業主與租客（綜合）（修訂）條例》，為分間單位租客引入四年租住權及限制濫收水電費，翌年一月生效。
        彩虹邨於1962年起陸續入伙，屬政府廉租屋計劃的代表屋邨之一，其彩色外牆與籃球場近年成為遊客及攝影愛好者的熱門打卡地點。
        日治時期台北艋舺、大稻埕多見長屋與亭仔腳街屋，戰後大批軍民遷台，眷村與違章建築一度成為台北城市住宅的重要組成部分，直到七十年代後才陸續改建。
        電視劇《蝸居》於2009年播出，劇中海萍、海藻兩姊妹為在江州買房而苦苦掙扎，「蝸居」一詞因而成為形容高房價下居住困境的流行語。
    """),
    ("ms", "notis_pengurusan_perumahan"): _lines("""
        NOTIS: Pejabat Pengurusan PPR Seri Semarak akan ditutup pada 1 Januari 2026 sempena Tahun Baharu. Bayaran sewa boleh dibuat melalui portal e-Bayaran DBKL.
        Permohonan Program Residensi Rakyat dibuka sehingga 31 Disember. Syarat asas: warganegara Malaysia, berumur 18 tahun ke atas dan belum memiliki rumah sendiri.
        Makluman: Kadar sewa unit PPR ialah RM124 sebulan. Tunggakan melebihi tiga bulan boleh menyebabkan notis pengosongan dikeluarkan mengikut perjanjian sewa.
        Tuntutan kecil sehingga RM5,000 di Mahkamah Majistret boleh difailkan tanpa peguam menggunakan Borang 198; sesuai untuk pertikaian deposit sewa rumah.
        Anjung Singgah, Jalan Hang Lekiu, Kuala Lumpur menyediakan tempat tidur sementara, makanan dan bantuan mencari kerja kepada gelandangan. Dibuka 24 jam.
        Notis Gangguan Bekalan Air: Air Selangor akan menjalankan kerja penyelenggaraan di Taman Sri Muda, Shah Alam pada 14 Disember, 9 pagi hingga 6 petang.
        Peringatan kepada penghuni Blok C: Dilarang meletakkan barang di koridor dan tangga kecemasan. Barang yang ditinggalkan akan dialihkan selepas 7 hari notis.
        Akta Sewaan Kediaman masih digubal oleh KPKT; buat masa ini pertikaian sewa diselesaikan melalui Akta Kontrak 1950 dan Akta Relief Spesifik 1950.
        Skim Rumah Mesra Rakyat oleh SPNB membantu pemilik tanah membina rumah sendiri, dengan subsidi kerajaan dan bayaran ansuran bulanan yang rendah.
        Kaunter Pertanyaan Perumahan Awam MBPJ, Menara MBPJ, Jalan Yong Shook Lin, Petaling Jaya. Waktu operasi Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.
        Pendaftaran eKasih perlu dikemas kini sebelum memohon bantuan sewa rumah daripada Jabatan Kebajikan Masyarakat. Talian Kasih 15999 beroperasi 24 jam.
        Jadual kutipan sampah pukal Flat Sri Pahang: setiap Sabtu minggu pertama, 8 pagi. Tilam, perabot dan barang elektrik lama diletakkan di kawasan yang ditetapkan.
        Tawaran unit Rumah Selangorku: semakan status permohonan boleh dibuat melalui portal LPHS atau di kaunter Lembaga Perumahan dan Hartanah Selangor, Shah Alam.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Night shift update: 2 beds left at the men's dorm, female dorm full liao. Pls redirect new walk-ins to the partner shelter at Bukit Merah lepas pukul 11.
        各位同事，明早十點 case conference 改去 Room 3B，記得帶齊 intake forms，冇填完嘅請今晚 update 落 system，唔該晒。
        Reminder: jangan share client photo dalam group ni ya. Semua dokumen upload terus ke case system, bukan WhatsApp. PDPA audit minggu depan.
        今日物资到咗：40 张睡袋、2 箱 Milo、3 箱 Maggi 杯面，已放仓库 shelf B。下个星期一之前要盘点完 inventory，拜托。
        Saturday move-out assist confirmed. Lorry sewa dari syarikat, 3-tonne, RM380 half day, pickup 9am dari ofis. Need 2 volunteers to help angkat barang.
        IT says the intake form v2.3 is live. Field household_size now mandatory, so 不要再 skip 呢一格 ya. Any bug report send to the helpdesk inbox.
        冬令救援今晚 outreach route: Geylang → Kallang Riverside → Lavender MRT. 两人一组，记得带 torchlight 和 hotline card，10点前出发。
        Funding update: Tzu Chi Foundation top-up approved for Q1, jumlah RM18,500. Finance akan issue official receipt minggu ni, pls don't chase them yet.
        Quick check: hotline 今晚比较 busy, queue 7 calls. Boleh sesiapa yang free log in ke softphone dan ambil overflow sampai 10pm?
        Pls note MSF site visit Thursday 2.30pm. Tidy up the common area, 文件柜锁好, no case files left on the pantry table ok.
        Laundry machine level 2 rosak lagi. Dah call vendor, technician datang Friday 10am, service report no. SR-24-0917. Meanwhile guna laundromat seberang jalan.
        今晚 meeting minutes 已 upload 到 shared drive /2025/Nov/minutes_1127.docx，大家有 comment 请喺星期五前写落 doc 入面。
        Policy reminder: max stay di transitional shelter 3 bulan, extension perlu approval dari case manager dan supervisor. Form EXT-01 ada di shared drive.
    """),
    ("en", "config_and_code"): _lines("""
        HOTLINE_COMCARE = "1800 222 0000"  # public helpline appended to every rough-sleeping answer in region SG
        eviction_notice_days: 30  # minimum notice before the bot suggests contacting Legal Aid; override per region in regions.yaml
        SELECT case_id, region, status, opened_at FROM housing_cases WHERE status = 'AWAITING_DOCS' AND opened_at < NOW() - INTERVAL '14 days';
        regions: [SG, MY, HK, MO, TW, CN]  # supported regions; fallback_locale: en-SG; max_tokens_reply: 800
        def deposit_due(end_date: date, grace_days: int = 14) -> date: return end_date + timedelta(days=grace_days)
        {"intent": "deposit_dispute", "confidence": 0.91, "slots": {"amount": "SGD 2400", "months_overdue": 0}, "model": "triage-v4.2.1"}
        2025-11-27T22:14:03+08:00 INFO router intent=shelter_search lang=ms region=MY latency_ms=412 trace=7f3c9a1e04b2
        CONTACT_EMAIL = "help@tenantaid.example.org"  # shared support inbox of the NGO, shown in the footer of every reply
        pip install housing-faq-bot==2.7.0 && housing-faq-bot serve --port 8080 --workers 4 --faq-dir ./faq/zh-Hant
        - name: sg_public_rental  url: https://www.hdb.gov.sg/residential/renting-a-flat  refresh_cron: "0 3 * * 1"
        ERROR 2025-12-01 03:12:55 scraper.py:88 TimeoutError fetching https://www.housingauthority.gov.hk after 30s, retry 2/3
        ARREARS_THRESHOLDS = {"SG": 2, "MY": 3, "HK": 1}  # months of unpaid rent before the bot escalates to a caseworker
        git commit -m "fix(ms): translate notis pengosongan correctly; bump faq dataset to 2025.11.3 (sha 9b1e2c7)"
    """),
    ("zh-Hant", "商戶評價"): _lines("""
        ★★★★★ 陳記搬屋公司準時到達，兩房單位由深水埗搬去沙田只用咗三個鐘，報價HK$2,800冇另加樓梯費，師傅手腳好快，推介！
        ★★☆☆☆ 置安地產西洋菜南街分行收咗半個月佣金之後就唔聽電話，業主唔肯退按金佢哋都冇幫手跟進，打去總公司都係叫我等，唔會再幫襯。
        ★★★★☆ 阿福迷你倉觀塘店，20呎倉月租$690，24小時出入，職員好好人幫手搬箱，唯一缺點係貨lift好慢要等好耐。
        ★★★★★ 台北「好室租屋」客服很有耐心，押金糾紛時幫忙調出入住時的點交照片，最後房東退回了兩個月押金，非常感謝他們的協助。
        ★☆☆☆☆ 信義區某包租代管公司，冷氣壞了報修三週沒人處理，打0800客服專線一直轉語音信箱，極度不推薦給任何租客，寧願自己找房東直租。
        ★★★★☆ 澳門寶龍鎖匠半夜換鎖收費MOP450，十五分鐘到場，不過要先出示住址證明同租約先肯開門，算係負責任嘅做法，值得推介。
        ★★★★☆ 救世軍家品店旺角分店買咗張二手碌架床$300，質素OK，送貨另收$150，適合啱啱搬入劏房、預算有限嘅人，店員都好有耐性。
        ★★★★★ 林伯伯水電行台中北屯店，熱水器壞了當天就上門，收費NT$1,200含零件，老闆還教我怎麼跟房東申請報銷，很有良心的店。
        ★★☆☆☆ 青年宿舍「城中棧」太子店，床位月租HK$4,200，冷氣夜晚十二點就熄，全層得兩個洗手間，繁忙時間要排隊沖涼，唔係好推介長住。
        ★★★★★ 新北「安心租」社會住宅包租代管，租金比市價低兩成，簽約時有社工逐條解說條款，很適合剛離開收容所、需要重新開始的人。
        ★★★☆☆ 大力士搬運高雄前鎮區，報價NT$6,500，實際多收NT$800說是樓梯費，雖然有開發票（統編24681357）但事前沒講清楚。
        ★★★★☆ 九龍城德記洗衣乾洗棉被$120一張，兩日有得攞，搬屋前將成屋被鋪送去洗晒剛剛好，老闆娘仲會幫你摺好包好，服務一流。
        ★★★★★ 光房劏房租客互助中心（深水埗北河街）嘅義務律師講座好實用，講解租務管制同點樣計水電費，全部免費參加，仲有義工幫手睇租約。
    """),
    ("zh-Hans", "价目表"): _lines("""
        【快捷搬家 深圳南山站】小面包车起步价220元（含5公里），超出每公里8元，搬运工每人每层楼10元（无电梯），20:00后加收50元。
        迷你仓价目（广州天河店）：1㎡ 月租199元，3㎡ 月租499元，6㎡ 月租899元；年付九五折，押金一个月，均含24小时监控。
        青年驿站短租床位：上下铺45元/晚，四人间60元/晚，单间128元/晚；应届毕业生凭毕业证可免费入住7天，需提前在小程序预约。
        开锁换锁服务收费标准：普通民用门锁开启80元起，C级锁芯更换180元（含锁芯），保险柜开启另议。公安备案号：粤公开锁备字第0312号。
        房屋保洁价格：退租深度保洁6元/㎡（最低消费300元），油烟机拆洗150元/台，空调清洗80元/台，如需开票请提供单位名称和税号。
        电子发票 发票号码：24442000000087651234 开票日期：2025年11月20日 项目：*现代服务*搬家服务费 金额：¥650.00 销售方：广州市快捷搬家服务有限公司
        开票信息 | 名称：深圳市安居宝房屋租赁有限公司 | 统一社会信用代码：91440300MA5G8K2N7P | 地址：深圳市罗湖区人民南路3002号 | 电话：0755-2558 6600
        公寓租金价目（2025年12月起）：单间A户型2,380元/月，一室一厅3,150元/月，押一付三；服务费为月租金的8%，宽带100M 50元/月。
        中介服务收费公示：租赁居间服务费不超过一个月租金，由出租方和承租方协商承担；本店不收取看房费、钥匙费。投诉电话12315。
        家电租赁价目：冰箱（215L）35元/月，洗衣机（8kg）30元/月，起租3个月，押金200元可退，SKU：ZL-BX215-01 / ZL-XY08-02。
        订单号 KJ20251126093417 已完成：上门搬运 2人×3小时，车型4.2米厢货，总计¥880.00，支付方式：微信支付，可在订单详情页申请开票。
        物流单号 SF1402876653921 已签收：纸箱×20（中号）、气泡膜×2卷、封箱胶带×6，合计¥96.40，商家：搬家宝包装材料旗舰店。
        临时寄存价目（地铁站行李寄存柜）：小柜4元/小时，大柜6元/小时，24小时封顶40元，超过72小时未取物品将转交站务处理。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Daniel Koh Wei Ming, NRIC S8812374C, renting a room at Blk 412 Ang Mo Kio Ave 10 #08-1123, and the owner is refusing to return my S$2,600 deposit.
        My landlord Mr Harjit Singh texted me from 9123 4567 tonight saying I must vacate by Friday or he will throw my things out onto the corridor.
        Can you draft an email to rachel.tanlf88@gmail.com? She was my housemate in Tampines and still owes me S$1,150 for utilities and the last month of rent.
        I've been sleeping in my car, SKV 4821 H, at the Jurong West carpark for three weeks now since the divorce went through. Is that illegal?
        Priya Raman, 34, is three months behind on rent (RM4,200) after losing her job at the call centre and wants to know if the landlord can cut her electricity.
        Name: Lee Chun Kit | HKID: K482915(8) | Household size: 4 | Current address: Flat B, 5/F, 88 Tai Nan Street, Sham Shui Po | Waiting time: 5 yrs 10 mths
        My son Marcus was just diagnosed with severe asthma and the mould in our Toa Payoh rental makes it worse, but the landlord refuses to fix the leak.
        Deposit refund please go to DBS Savings 120-45678-9, account name Ong Siew Ling, before 15 Dec. Thanks for letting me stay the extra week.
        2025-11-30 21:04 caller=+65 8234 1976 intent=shelter_search note=female, 7 months pregnant, evicted by boyfriend, sleeping at void deck
        Hey it's Jun Hao again, the one asking about the HDB rental appeal. My wife and I split in March and I now have custody of our two girls.
        The landlord says my aunt Mdm Fatimah in unit 07-22 has dementia and can't sign the renewal, so he's giving her 30 days to leave. I'm her niece.
        Ahmed Karim, FIN G7654128R, work permit holder; his employer stopped paying for his dormitory bed and he has to leave by 5 January with nowhere to go.
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号440106198507123459，在天河区租的房子房东要提前收回，押金3000元也不退，我该怎么办？
        房东刘女士的电话是13902216745，她说我欠了两个月房租一共6800元，月底不交就直接换锁。
        我现在住在深圳市宝安区西乡街道固戍二路168号3栋502，房东今天突然在门上贴了搬离通知，限我七天内搬走。
        帮我写一封信给房东张德明，说明我因为刚做完乳腺癌手术在化疗，这个月的房租要晚交十天。
        公租房申请材料：申请人 李秀英，月收入3200元，家庭成员：丈夫陈志刚（残疾证二级），女儿陈思琪（12岁），现租住单间。
        小周，你上次说被房东赶出来以后一直睡在车里，粤B·5K28Q那辆白色五菱是不是你的？我今天在停车场看到了。
        我老公赌博欠了二十多万，房租已经拖欠四个月，房东今天来砸门，我叫黄丽，带着孩子在朋友家暂住，有没有救助站能去？
        退押金请转到我的工商银行卡6222 0212 3456 7890 123，户名赵磊，麻烦房东尽快处理，谢谢。
        租客信息登记：姓名 孙浩然，手机 186 2117 0935，入住日期 2025-03-01，房号1203，押金已收¥4,500，备注：欠缴水电费¥386。
        我是送外卖的老马，在杭州租的床位被二房东收回，这两晚都睡在桥洞下，微信号mazhiyong_88，谁知道哪里有便宜床位？
    """),
    "zh-Hant": _lines("""
        我係陳太，住喺深水埗福華街123號4樓B室嘅劏房，業主話下個月加租三成，唔肯加就要我哋一家即刻搬走。
        公屋申請人：何嘉欣　香港身份證：Y623481(8)　申請編號：HA2025-0831744　家庭人數：2　現居：葵涌石蔭路私人樓宇
        業主梁生電話6123 8890，佢收咗我兩個月按金HK$16,000，退租之後一直話要扣清潔費，WhatsApp都已讀不回。
        我在台北租屋，房東林先生要我下週搬走，說他兒子要結婚，我的身分證字號是A223456781，請問能申請租金補貼嗎？
        我叫吳志豪，在台中失業三個月，房租欠了NT$36,000，房東說要提告，我現在還有憂鬱症在看身心科。
        我係澳門人黃嘉豪，身份證5213478(3)，申請社屋輪候咗三年都未有消息，而家同老婆仔女四個人迫喺親戚屋企。
        收租記錄：2025年10月租客鄭美玲欠租HK$7,800，11月再欠HK$7,800，已寄律師信到新界元朗大棠路12號村屋地下。
        阿強，聽日我會喺社署陪你申請宿舍，記得帶埋你嘅醫生紙同破產令副本，唔好再瞓公園喇。
        我的電子郵件是yuting.hsu1992@gmail.com，麻煩把社會住宅申請結果寄給我，我現在晚上都睡在板橋車站附近。
        高雄市前鎮區的房東許先生，電話0936-518-274，押金兩個月NT$24,000不退，說我養貓弄壞地板，可是合約根本沒寫不能養寵物。
    """),
    "ms": _lines("""
        Saya Nurul Aina binti Razak, No. KP 900315-14-5528, menyewa bilik di Flat PKNS Seksyen 7 dan tuan rumah tak mahu pulangkan deposit RM900.
        Tuan rumah saya, Encik Kamal, telefon 012-387 5521, ugut nak tukar kunci kalau sewa RM650 tak dibayar esok pagi.
        Alamat saya sekarang: No. 14, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor. Notis pengosongan ditampal di pintu semalam.
        Abang saya Faizal dah dua minggu tidur dalam kereta dekat R&R Seremban sebab kena buang kerja, nombor plat kereta dia WXY 7712.
        Tolong tulis surat rayuan PPR untuk mak saya, Puan Siti Hajar binti Omar, 62 tahun, ada kencing manis dan sakit buah pinggang, tinggal seorang di Kampung Baru.
        Akaun untuk pulangan deposit: Maybank 1640 2233 8791, nama pemegang Muhammad Hafiz bin Zainal. Terima kasih banyak-banyak.
        Saya Ah Seng (Tan Kok Seng), pemandu Grab, ada hutang along RM8,000 dan tuan rumah nak halau hujung bulan, ada bantuan JKM tak?
        Emel saya syafiqah.aziz97@yahoo.com, tolong hantar borang permohonan Rumah Selangorku, saya baru bercerai dan ada dua anak kecil.
        Rekod penyewa: Rajesh a/l Muniandy | IC 850722-10-6613 | Unit B-12-05 PPR Lembah Subang | tunggakan sewa 5 bulan RM620
        Kak Yati jiran sebelah mengandung 6 bulan dan tuan rumah dah potong air sebab sewa lewat; dia tinggal di Blok D PPR Kota Damansara.
    """),
    "mixed": _lines("""
        Hi, my landlord 黄先生 (WhatsApp +852 9736 4021) 话我 arrears 两个月要我 move out by 31号, can he do that?
        Saya nak appeal HDB rental, my NRIC S9034562A, household income $1,800 only sebab suami masuk penjara last year.
        房东 Encik Rosli 不肯还我 deposit RM1,200，他说我 damage 了 aircon，可是 tenancy agreement 写明 fair wear and tear 不用赔。我叫 Chloe Lim。
        Ticket #88213 | name: Tan Mei Hua 陈美华 | tel: 9876 5012 | issue: 屋主锁门 locked out, belongings inside, sleeping at 24h McD Bedok
        我今晚 sleep in car again，plate VBN 3321，parked at Bukit Jalil basement carpark, security 赶人 pukul 2 pagi. Boleh pergi mana?
        My mum 林秀兰 (IC 560918-07-5234) kena notis pengosongan, she has stroke and cannot climb stairs, 请问可以申请 ground floor 单位吗?
        Email me at kelvin.ng.sz@outlook.com, 我想 apply 深圳公租房 but my hukou 在湖南, and my salary only 5k per month.
        阿Ben 话佢被 landlord 赶走之后住 shelter at Geylang, 佢有 HIV 唔想俾人知, 可唔可以帮佢搵 private room?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a housing help assistant for residents of Singapore. Be practical, kind and point to official services.",
        ),
        (
            "user",
            "Hi, my name is Jasmine Lau, my landlord at Blk 221 Bedok North St 1 #05-78 gave me a letter saying I have to leave in 7 days because I'm 2 months behind on rent. I'm a single mum with a 4 year old. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry you're dealing with this, Jasmine. A 7-day letter is not a court order. Please contact your nearest Social Service Office or call ComCare at 1800 222 0000 for rental and interim help, and ask the landlord in writing for a payment plan.",
        ),
        (
            "user",
            "Ok. Should I tell them my ex stopped paying maintenance since August? I'm too ashamed.",
        ),
        (
            "assistant",
            "Yes, mention it. Stopped maintenance is exactly the kind of change they consider, and you can also apply to the Family Justice Courts to enforce the maintenance order.",
        ),
    ],
    [
        ("system", "你是一个帮助租客处理租房纠纷的AI助手，回答要简洁、可操作。"),
        (
            "user",
            "我在深圳南山区租房，合同到期正常退租，房东周国平（电话13760882415）扣了我全部押金4500元，说墙面有钉孔。这合理吗？",
        ),
        (
            "assistant",
            "一般的正常使用损耗不应扣除全部押金。建议先把退房时的照片、交接单整理好，再书面要求房东列明扣款明细；协商不成可以向街道租赁纠纷调解室申请调解，或拨打12345反映。",
        ),
        ("user", "好的，能帮我写一段发给他的微信吗？"),
        (
            "assistant",
            "周先生您好，我于11月30日已按合同退租并交还钥匙，墙面钉孔属正常使用痕迹。请于7日内退还押金4500元，或书面列明扣款项目及依据，谢谢。",
        ),
    ],
    [
        (
            "user",
            "我住喺油麻地上海街一個劏房，業主今日塞咗張紙入門罅話要收返間屋，限我一個月內搬。我叫區志偉，得我一個人住，仲有糖尿病要定期覆診。",
        ),
        (
            "assistant",
            "區先生，根據分間單位租務管制，如果你嘅租約屬受規管租賃，業主一般唔可以喺首兩年租期內無故收樓。建議你搵差餉物業估價署查詢，亦可以聯絡社工幫你申請中轉房屋。",
        ),
        ("user", "如果真係要搬，有冇地方可以暫住？"),
        (
            "assistant",
            "可以考慮社署轄下嘅臨時收容中心或者非政府機構營辦嘅宿舍，社工可以幫你轉介，另外記得同醫院覆診地址更新。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu perumahan yang membantu penyewa di Malaysia dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Zulkifli bin Ahmad, IC 780214-01-6639, tinggal di PPR Pantai Dalam. Saya tunggak sewa 6 bulan sebab kena strok tahun lepas. DBKL hantar notis pengosongan. Apa saya boleh buat?",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Zulkifli. Sila ke pejabat pengurusan PPR dengan notis itu dan dokumen perubatan anda, minta pelan bayaran ansuran. Anda juga boleh mohon bantuan daripada Jabatan Kebajikan Masyarakat atau hubungi Talian Kasih 15999.",
        ),
        ("user", "Boleh tolong tulis surat rayuan ringkas?"),
        (
            "assistant",
            "Tuan, saya Zulkifli bin Ahmad (IC 780214-01-6639), penyewa PPR Pantai Dalam, memohon penangguhan notis pengosongan kerana saya diserang strok dan tidak dapat bekerja. Saya bersedia membayar tunggakan secara ansuran RM50 sebulan.",
        ),
    ],
    [
        (
            "user",
            "bro I been sleeping in my car for 2 weeks already, SJA 8362 E, park at the open carpark near Yishun Park. Wife chase me out after we quarrel. Got any shelter or not?",
        ),
        (
            "assistant",
            "Sorry to hear that. You can call the ComCare hotline 1800 222 0000 or go to the Social Service Office at Yishun; they can refer you to a Safe Sound Sleeping Place or a transitional shelter.",
        ),
        ("user", "ok but I don't want my name in any list leh, my company will find out"),
        (
            "assistant",
            "Referrals are handled confidentially by the social workers and are not shared with employers. You can ask them how your information is used before you give any details.",
        ),
    ],
    [
        ("system", "你是協助台灣租屋族的智慧客服，使用繁體中文回答。"),
        (
            "user",
            "你好，我叫蔡佩君，身分證F124581937，目前在新北租屋，月收入兩萬八，帶兩個小孩。想申請社會住宅，需要準備什麼？",
        ),
        (
            "assistant",
            "蔡小姐您好，一般需要申請書、全戶戶籍謄本、所得及財產證明，以及無自有住宅證明。弱勢身分（如單親家庭）可優先抽籤，建議先到新北市住宅及都市更新中心網站確認本期申請時程。",
        ),
        ("user", "我前夫還在欠贍養費，這會影響資格嗎？"),
        (
            "assistant",
            "贍養費未給付不會直接影響申請資格，但可能影響所得計算，建議在申請時一併說明，並可洽法律扶助基金會協助追討。",
        ),
    ],
    [
        (
            "user",
            "My landlord in Cheras won't return my RM2,400 deposit. I moved out on 1 Nov. Can you help me write a demand letter?",
        ),
        (
            "assistant",
            "Sure. Please tell me your full name, the property address and how you want the refund to be paid, and I'll draft it.",
        ),
        (
            "user",
            "Name Lim Wei Xiang, unit A-10-3 Residensi Cheras Utama, Jalan Cheras Batu 9. Refund to CIMB 7012 3344 5566.",
        ),
        (
            "assistant",
            "Dear Sir, I, Lim Wei Xiang, former tenant of A-10-3 Residensi Cheras Utama, request the full refund of my RM2,400 security deposit within 14 days to CIMB account 7012 3344 5566, failing which I will file a small claim at the Magistrates' Court.",
        ),
    ],
    [
        (
            "system",
            "用户档案：姓名 刘春梅；身份证 310106197903282423；户籍 上海市静安区；家庭人数 3；月收入 4100元；诉求：申请廉租住房。请根据档案协助用户填写申请表。",
        ),
        ("user", "你帮我看看我是不是符合廉租房条件？"),
        (
            "assistant",
            "根据您的档案，家庭人均月收入约1367元，通常低于本市廉租住房收入标准，建议携带户口簿、身份证和收入证明到街道社区事务受理服务中心提交申请。",
        ),
        ("user", "好的，那申请表上的紧急联系人能写我弟弟吗？"),
        ("assistant", "可以，填写您弟弟的姓名、关系和联系电话即可，不需要他本人到场签字。"),
    ],
    [
        (
            "user",
            "Saya tidur kat stesen bas Pudu tiga malam dah. Nama saya Kumar, umur 51, ada sakit jantung. Ada tempat tidur percuma tak di KL?",
        ),
        (
            "assistant",
            "Encik Kumar, anda boleh pergi ke Anjung Singgah di Jalan Hang Lekiu yang dibuka 24 jam. Mereka sediakan katil, makanan dan boleh bantu rujukan ke klinik untuk ubat jantung anda.",
        ),
        ("user", "Kena bawa IC ke? IC saya hilang."),
        (
            "assistant",
            "Tak apa, anda masih boleh masuk. Pegawai di sana boleh bantu anda membuat laporan kehilangan dan memohon MyKad baharu di Jabatan Pendaftaran Negara.",
        ),
    ],
    [
        (
            "system",
            "Applicant profile: Chan Siu Ling, HKID R307416(0), household of 3, waiting for PRH since 2021, currently in a subdivided unit in To Kwa Wan. Answer in English.",
        ),
        (
            "user",
            "How long more do I have to wait for public housing? My rent just went up to HK$6,500.",
        ),
        (
            "assistant",
            "Average waiting times are published quarterly by the Housing Authority, and general applicants have been waiting several years. Since you have waited since 2021, you can also check whether you qualify for the Cash Allowance Trial Scheme.",
        ),
        ("user", "Can I apply for that online?"),
        (
            "assistant",
            "Eligible applicants are normally invited by the Housing Department; you can call the hotline 2712 2712 to confirm your status.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm living in Macau, 我申請經屋已經好耐，my application no. is EH-2019-004512, 我叫梁嘉敏, 電話 6628 1390, can you check for me?",
        ),
        (
            "assistant",
            "我冇辦法直接查閱房屋局嘅系統，建議你致電房屋局或者登入佢哋網站，用申請編號查詢輪候狀況。",
        ),
        ("user", "OK thanks, 我而家同阿媽住, she has kidney failure, 有冇得 priority?"),
        (
            "assistant",
            "部分情況例如家團成員有長期病患或殘疾，可以向房屋局提交醫生證明申請考慮，最好同社工一齊準備文件。",
        ),
    ],
    [
        (
            "system",
            "You are a crisis-aware housing assistant. If someone is in danger, give emergency numbers first.",
        ),
        (
            "user",
            "I need to leave my flat tonight, my partner hit me again. I'm in Petaling Jaya. My email is noor.elisa.work@gmail.com if someone can contact me quietly.",
        ),
        (
            "assistant",
            "If you are in immediate danger, please call 999. Women's Aid Organisation runs a 24-hour hotline and can arrange a safe shelter; you can also WhatsApp them TINA at 018-988 8058.",
        ),
        ("user", "Thank you, I'll go to my friend's car first and call them."),
    ],
    [
        (
            "user",
            "我被二房东赶出来了，现在睡在车里，车牌浙A·7L392，停在杭州滨江一个露天停车场，晚上很冷，有什么地方可以去吗？",
        ),
        (
            "assistant",
            "可以拨打12345或110请求转介救助管理站，站内有临时床位和热食。如果你愿意，我也可以帮你整理需要带的证件。",
        ),
        ("user", "我叫郑磊，身份证430524199206053714，带这个够吗？"),
        (
            "assistant",
            "郑先生，带身份证原件即可，如有被赶出来的聊天记录或租房合同也一起带上，方便之后维权。",
        ),
    ],
    [
        (
            "system",
            "Jawab dalam bahasa yang sama dengan pengguna; pengguna mungkin campur English dan Melayu.",
        ),
        (
            "user",
            "Landlord saya Mr Teoh tak nak bagi balik deposit RM1,800, he says aircon rosak. Tapi aircon memang dah rosak masa saya masuk. Saya ada gambar.",
        ),
        (
            "assistant",
            "Good that you have photos. Hantar surat tuntutan dengan gambar tersebut dan beri tempoh 14 hari. Boleh saya tahu nama penuh dan alamat rumah sewa untuk surat itu?",
        ),
        ("user", "Nur Izzati binti Hassan, No. 27 Jalan SS2/64, 47300 Petaling Jaya."),
        (
            "assistant",
            "Kepada Mr Teoh, saya Nur Izzati binti Hassan, bekas penyewa di No. 27 Jalan SS2/64, 47300 Petaling Jaya, menuntut pemulangan deposit RM1,800 dalam tempoh 14 hari kerana kerosakan penghawa dingin telah wujud sebelum saya menyewa.",
        ),
    ],
]
