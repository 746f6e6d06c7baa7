# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix77: bubble tea and café franchises in SG/MY/HK/TW (franchise applications, staff, membership apps, complaints, suppliers). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix77
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "franchise_faq"): _lines("""
        The franchise fee for a single kiosk in Singapore is SGD 38,000 (before GST), covering the brand licence, 10 days of training at our Tai Seng central kitchen and opening support.
        Applicants must show liquid capital of at least SGD 250,000 and commit to a minimum 5-year term; the master franchise for Malaysia requires RM 3.5 million.
        Royalty is 6% of monthly gross sales, payable by the 10th of the following month, plus a 2% marketing levy.
        Q: Can I run the outlet as an absentee owner? A: No. The franchisee or an approved operating partner must be on site at least 40 hours a week during the first year.
        Site approval takes 3-4 weeks; we need footfall counts, the mall's tenancy mix and a floor plan with the 1.2 m service counter marked.
        Step 1 enquiry form > Step 2 discovery call > Step 3 financial declaration > Step 4 site visit > Step 5 sign the LOI and pay a deposit of SGD 10,000 (refundable less an admin fee of SGD 1,500).
        Franchise applications from Hong Kong are handled by our regional office; please do not send identity documents by e-mail, use the encrypted upload portal instead.
        Renovation budget guideline: SGD 120-160k for a 400 sq ft unit in a suburban mall, including M&E, signage and the POS bundle.
        All outlets must buy tapioca pearls, tea leaves and syrups from approved suppliers only; cups and straws may be sourced locally if they meet spec CUP-500-PP.
        Training module 3 covers brewing ratios, the 4-hour discard rule for cooked pearls and the closing checklist.
        A franchise may be transferred to a new owner after 24 months, subject to a transfer fee of 30% of the then-current initial fee.
        Prospective franchisees can call our franchise hotline +65 6812 4400 (Mon-Fri 9am-6pm) or write to partners@ochatea.com.sg.
        Our Malaysian outlets are JAKIM halal-certified; franchisees must display the certificate at the counter and renew it before expiry.
        Estimated payback is 18-30 months depending on rent and location; this is an illustration, not a guarantee of earnings.
    """),
    ("zh-Hant", "store_notice"): _lines("""
        【通告】本店由12月8日起暫停營業進行裝修，預計12月20日重開，不便之處，敬請見諒。
        各位顧客：由於珍珠供應緊張，今日珍珠只限大杯，售完即止，多謝體諒🙏
        走冰、少冰、正常冰；全糖、七分、半糖、三分、微糖、無糖——落單時請講清楚，唔該晒！
        本店接受八達通、PayMe、AlipayHK 及信用卡，暫時唔收 $500 及 $1000 面額鈔票。
        限時優惠：凡購買任何大杯飲品，第二杯半價（每張單限用一次，不可與其他優惠同時使用）。
        台中總店營業時間：週一至週日 10:30–22:00，國定假日照常營業。
        外送請至 foodpanda／Uber Eats 搜尋「茶飲研究所」，外送價格與門市價格不同。
        【食安聲明】本店茶葉均通過農藥殘留檢驗，檢驗報告編號 TFDA-2026-118742 已張貼於門市公告欄。
        自備環保杯折五元，杯子容量須達 700ml 以上方可使用。
        客服專線 0800-021-868（週一至週五 09:00–18:00），客服信箱 service@teaworks.com.tw。
        本店招聘兼職店員，時薪 $62 起，識講普通話優先，有意者請到店填表或 WhatsApp 公司招聘熱線 5406 1188。
        因應八號風球，全港分店將於下午4時前陸續停止營業，請留意官方 Facebook 專頁公布。
        會員日：每月15號憑 App 會員碼消費，可享雙倍積分。
    """),
    ("zh-Hans", "membership_app"): _lines("""
        版本 4.12.0 更新内容：新增“门店自提”取餐码提醒；修复部分安卓机型积分显示为 0 的问题。
        积分规则：每消费 1 元累积 1 积分，积分有效期至次年 12 月 31 日，逾期自动清零。
        会员等级分为银卡、金卡、黑卡，近 12 个月累计消费满 1,200 元可升级为金卡。
        隐私政策摘要：我们仅在您授权后获取位置信息，用于推荐附近门店；您可在“设置-隐私”中随时关闭。
        错误码 E1024：优惠券已过期或不适用于当前门店，请下拉刷新后重试。
        如需注销账号，请在 App 内“我的-账号与安全-注销账号”提交申请，我们将在 7 个工作日内处理。
        生日礼：会员生日当月可领取一张中杯免费券，需先在个人资料中填写生日。
        接口说明：GET /api/v2/stores?lat={lat}&lng={lng}&radius=3000 返回附近门店列表，字段包括 store_id、name、open_hours。
        推送文案：周三第二杯半价！仅限 App 下单，活动编码 WED2ND50，每个账号限用 2 次。
        储值卡余额不可提现、不可转让，退卡需携带实体卡至原购卡门店办理。
        客服时间：每日 9:00-21:00，官方客服热线 400-820-6618，或在 App 内点击“在线客服”。
        订单号 202612051432880017 状态：已制作完成，请凭取餐码 A037 到柜台取餐。
        本季度 App 月活跃用户 86.4 万，复购率 41%，平均客单价 18.6 元，新客占比 23%。
    """),
    ("ms", "staff_sop"): _lines("""
        Semua staf wajib memakai penutup kepala dan apron bersih sebelum masuk ke kawasan penyediaan minuman.
        Mutiara tapioka yang telah dimasak mesti dibuang selepas 4 jam; catat masa masak pada label bekas.
        Pekerja yang demam atau cirit-birit tidak dibenarkan bertugas dan perlu mendapatkan sijil cuti sakit (MC) daripada klinik.
        Syif pagi bermula jam 9:30 pagi; syif petang tamat jam 10:30 malam selepas kaunter ditutup dan mesin dicuci.
        Semua bahan mentah mesti mempunyai logo halal JAKIM atau badan pensijilan yang diiktiraf; simpan salinan sijil dalam fail premis.
        Suntikan anti-tifoid adalah wajib untuk semua pengendali makanan, dan Kursus Latihan Pengendali Makanan mesti dihadiri dalam tempoh 6 bulan.
        Suhu peti sejuk susu mesti antara 1°C hingga 4°C; rekod suhu dua kali sehari dalam borang SOP-F07.
        Tuntutan kerja lebih masa dikira 1.5 kali kadar sejam biasa dan mesti dihantar melalui aplikasi HR sebelum 25 haribulan.
        Jangan terima wang kertas RM100 tanpa memeriksanya dengan lampu UV di kaunter.
        Prosedur aduan pelanggan: dengar, minta maaf, tawarkan minuman ganti, kemudian rekod dalam sistem dengan nombor kes.
        Latihan staf baharu mengambil masa 3 hari di cawangan latihan Subang Jaya, termasuk ujian resipi dan ujian POS.
        Cuti tahunan perlu dipohon sekurang-kurangnya 7 hari lebih awal melalui portal HR; cuti kecemasan dimaklumkan kepada pengurus cawangan.
        Pembekal perlu menghantar barang antara 8 hingga 10 pagi melalui pintu belakang (loading bay B2).
    """),
    ("mixed", "ops_groupchat"): _lines("""
        Tampines outlet boba stock tinggal 2 bags je, pls top up before Friday ya 🙏
        今日 Jurong Point 个 sealer machine rosak lagi, dah call vendor, ticket no. SR-88217.
        Guys reminder: 明天 health inspection at Mid Valley, pastikan semua label tarikh ada on the toppings.
        黑糖 syrup 新 batch 甜啲，recipe card v2.3 已經 update 咗，大家記得睇。
        Promo 1-for-1 starts 12/12 12pm, POS promo code dah setup, test dulu before opening.
        PO-2026-04417 arrived short 3 cartons of 700ml cups, 已經 email 咗 supplier 追。
        今晚 closing 记得 off 冰机 main switch，上次 overload trip 咗成间铺 😂
        Hujan lebat kat Bukit Bintang, Grab orders delay, inform customers est. 40 mins ya.
        新 uniform size chart 已放 shared drive /HR/Uniform/2027_sizes.xlsx，各店 headcount 星期五前交。
        Foodpanda rating this month 4.7, ShopeeFood 4.5 — 多谢大家 keep it up 💪
        Anyone tau kenapa label printer keluar blank? Dah tukar roll pun sama. → 試下 reset 個 Bluetooth pairing 先。
        Monthly sales: Causeway Bay +12% vs last month, Mong Kok -3% 因為裝修圍板擋住門口。
        芝士奶盖 foam 太稀, check cream ratio 1:1.2, jangan tambah susu lebih.
        Reminder semua outlet: CNY 年三十 close at 6pm, 初一 open 12pm.
    """),
    ("en", "supplier_docs"): _lines("""
        PO No. PO-2026-04418 | Supplier: Formosa Pearl Trading Pte Ltd | Black tapioca pearls 3kg x 40 cartons | Unit SGD 42.50 | Delivery 09/12/2026
        Invoice INV-MY-772019: Assam black tea leaves, grade BOP, 20 kg, RM 1,860.00, payment terms 30 days.
        Shipment tracking SF1402837465912 via SF Express, ETA 3 working days; HS code 0902.30 declared.
        Product spec CUP-700-PP: polypropylene, 95 mm rim, compatible with sealer film SF-95; MOQ 20,000 pcs per SKU.
        Certificate of Analysis, batch TP-261104-B: moisture 11.2%, total plate count below 10^4 cfu/g, result PASS.
        Beneficiary: Golden Leaf Tea Supplies Sdn Bhd, Maybank corporate current account 5140 1188 2307; quote the invoice number as reference.
        Price revision: from 1 Jan 2027 the 25 kg drum of fructose syrup rises from RM 128 to RM 139 due to higher sugar costs.
        Credit note CN-000381 issued for 6 damaged cartons of sealer film, value SGD 318.60.
        Delivery schedule: Mon/Thu to Klang Valley outlets, Tue to Penang, Fri to Johor Bahru; order cut-off 2pm the day before.
        Non-conformance report NCR-2026-019: coconut jelly received at 9°C, above the 4°C chilled limit; lot rejected and returned.
        New suppliers must provide an SSM registration number, a halal certificate and product liability insurance of at least RM 1 million.
        EAN 4713507012341, Oolong tea bags 50s, carton of 24, lead time 10 days from Taoyuan warehouse.
        Quotation QT-HK-2291: oat milk 1L x 12, HKD 276 per case, valid until 31/12/2026.
    """),
    ("mixed", "complaint_templates"): _lines("""
        Dear {customer_name}, thank you for your feedback about our {outlet_name} outlet on {visit_date}. We have credited {points} points to your account.
        親愛的顧客您好，關於您於［日期］在［門市］的消費體驗，我們深感抱歉，已安排店長跟進。
        Hi there, sorry your drink arrived spilled 😞 Boleh DM kami order number dan gambar, refund dalam 3-5 hari bekerja.
        Google review (2★): 等咗成半個鐘，珍珠仲要硬到咬唔開，唔會再嚟。
        Grab review 1★: order 7732-XK missing toppings, asked for less ice but got full ice, very disappointed.
        投诉分类统计（11月）：出品问题 43%、等候时间 27%、服务态度 18%、App 问题 12%。
        Template BM: Terima kasih atas maklum balas anda. Nombor kes anda ialah {case_id}; pasukan kami akan menghubungi anda dalam 2 hari bekerja.
        Escalation rule: 食物安全相关投诉（异物、疑似食物中毒）必须 2 小时内通知 QA manager，case priority P1。
        Reply draft: We're sorry to hear about the plastic fragment. Please keep the cup and receipt; our QA team will collect them. 個案編號 QA-2026-0087.
        大众点评门店评分：环境 4.2 / 口味 4.5 / 服务 3.9，差评主要集中在周末排队太久。
        Borang aduan: Nama / Name ____ ; No. Telefon ____ ; Emel ____ ; Tarikh lawatan ____ ; Butiran aduan ____
        Complaint SLA: acknowledge within 24h, resolve within 5 working days; 超過 SLA 會自動升級至 area manager。
    """),
    ("zh-Hant", "industry_news"): _lines("""
        珍珠奶茶起源眾說紛紜，台中春水堂（創辦人劉漢介）與台南翰林茶館（創辦人涂宗和）都自稱是發明者。
        貢茶於2006年在高雄創立，其後以國際授權模式拓展至南韓及東南亞市場。
        蜜雪冰城由張紅超於1997年在鄭州創立，以平價策略擴張至數萬家門店。
        喜茶創辦人聶雲宸2012年在廣東江門開出第一家店，當時店名為「皇茶」。
        瑞幸咖啡於2020年承認虛增銷售額後從那斯達克退市，其後完成債務重組。
        香港「港式奶茶製作技藝」已列入香港非物質文化遺產清單。
        日出茶太（Chatime）由王耀輝於2005年在新竹竹北創立，母公司為六角國際。
        馬來西亞 Tealive 由 Bryan Loo 創立，前身為當地的 Chatime 代理業務，2017年改名。
        新加坡本地品牌 LiHO 於2017年成立，接手了原本貢茶在當地的大部分門市。
        喜茶於2022年底開放事業合夥人（加盟）模式，奈雪的茶則於2021年在港交所上市。
        台灣手搖飲市場規模估計每年超過新台幣500億元，全台門市數量逾兩萬家。
        2026年台北國際連鎖加盟大展預計吸引逾300個品牌參展，茶飲類佔三成。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        FRANCHISE APPLICATION | Applicant: LIM WEI JIE | NRIC: S8734152F | Mobile: 9738 2165 | Proposed site: Tampines 1, basement kiosk | Liquid capital: SGD 300,000 (proceeds from sale of HDB flat)
        Incident report 14/11/2026: part-timer Nurul Aisyah binti Kamarudin burned her left forearm on the pearl cooker at the Bugis outlet; first aid given, sent to clinic, MC 3 days.
        Ticket #CS-58214 - customer Mr Ravi Chandran s/o Muthusamy says the cashier at Woodlands overcharged him $6.40 twice this week; callback no. 8162 4093, prefers after 6pm.
        Account merge request: old account jasmine.koh88@gmail.com, new account +65 8845 0271, both belong to Jasmine Koh Hui Min (birthday 3 March), please move her 2,340 points.
        Payroll Nov 2026 | Tan Kok Leong | Shift Lead, Jurong Point | Basic 2,450.00 | OT 38h | CPF 20% | Credit to POSB 188-43712-9
        Dear Mr Marcus de Souza, this is your second written warning for late clock-ins at the Orchard Central outlet on 3, 7 and 12 November 2026. A third occurrence may lead to termination.
        Supplier onboarding: sole proprietor Siti Hajar binti Ismail (IC 950814-10-5372), home-based kuih supplier at No. 27, Jalan SS 2/64, 47300 Petaling Jaya; pay to Maybank 1642 3908 5517.
        December lucky draw results: 1st prize iPad - Chloe Ng (member since 2019, uses the Ang Mo Kio outlet); 2nd prize - Harpreet Kaur d/o Gurdev Singh; both notified by SMS.
        Lost & found, Suntec outlet, 02/12 19:40: black wallet at table 4 containing the IC of Goh Siew Ling (T0271846J) and her Visa card 4147 0987 7697 0287; she collected it at 21:05.
        Order note: for my son Ethan Lee (7) - severe peanut allergy, NO peanut crumble please, I'll pick up at Parkway Parade at 5.30pm. Thanks, Mrs Lee
        Driver complaint: delivery driver Muhammad Firdaus, car plate SKL 4821 C, shouted at our Clementi staff at 8.15pm Saturday and blocked the loading bay for 30 min.
    """),
    "zh-Hans": _lines("""
        加盟意向登记：申请人 陈思远，身份证 350203198809021575，手机 138 2741 5096，意向城市 厦门思明区，可投资金额 80 万元，现任某物流公司区域经理。
        健康证复检：王丽娟（广州天河店，身份证 440106199305172142）胸片提示肺结核待排，暂停上岗，待复查结果出来后再安排。
        会员投诉：手机号 159 0213 8874 的会员（昵称“小熊软糖”，实名 刘佳怡）反映储值 500 元后余额未到账，要求退款。
        外卖备注：放 3 栋 2 单元 1502 门口就行，周先生 186 5530 7129，别按门铃，孩子在睡觉
        离职交接：店长 赵子豪 因母亲重病需回武汉照顾，于 12 月 31 日离职，最后结算工资含年终奖 3,600 元。
        供应商对账：个体户 黄建国（微信 hjg_tea1975）本月供茉莉绿茶 120 斤，货款 14,400 元转其农行卡 6228 4804 1273 6890 150。
        12/8 排班：早班 李娜、孙浩；晚班 马晓东请假去医院做胃镜，由 郑凯 顶班。
        实名核验失败：用户 张雨欣 上传的身份证 310115200103114684 与人脸比对不一致，账号已临时冻结。
        风控名单：顾客 杨帆（会员号 M20211833）多次以虚假异物投诉索赔，已累计获赔 1,260 元，今后投诉需店长现场核实。
        加盟商 周志强 的护照 E82371946 已过期，香港子公司董事变更前需补交新护照复印件。
    """),
    "zh-Hant": _lines("""
        應徵表格｜姓名：陳嘉欣｜HKID：Y640273(7)｜電話：6352 8817｜可工作時間：星期六、日全日｜曾任職：快餐店收銀一年
        客人投訴旺角店兼職「阿輝」（全名 黃志輝）態度惡劣，對住客人講粗口，客人要求公司處理，聯絡電話 9481 2276。
        台中門市工讀生 林怡君（身分證 F228174636）勞保加保日期 2026/11/03，時薪 196 元，每週排班約 20 小時。
        LINE 客服紀錄：會員 王冠宇（LINE ID：kuanyu_0816，手機 0928-517-364）說集點卡被盜用，30 點不見了。
        加盟申請人 吳宗翰，身分證 A124837591，現居台北市大安區復興南路一段 218 巷 5 號 4 樓，預計投入新台幣 350 萬元（其中 150 萬由父母贊助）。
        請假單｜姓名：蔡佩珊｜事由：產檢（懷孕 20 週）｜日期：12/10 下午｜代班：無
        事故紀錄：銅鑼灣店 12月2日晚，顧客何先生（Kelvin Ho，會員電話 5163 0942）飲用芝士奶蓋後腹痛入院，QA 跟進中。
        年度評核：葵芳店店長 梁詠詩 KPI 達成率 78%，連續兩季虧損，不建議加薪，明年 Q1 再檢討。
        出糧轉賬：員工 李俊傑 M903156(7)，滙豐戶口 024-381927-838，12月薪金 HK$14,850。
        台北信義店客訴：黃小姐（IG @yuting.eats.tpe）發限動說飲料有蟑螂，已寄信到 yuting.huang1994@yahoo.com.tw 約時間取樣。
    """),
    "ms": _lines("""
        Borang permohonan francais | Nama: MOHD HAFIZ BIN ABDULLAH | No. KP: 880321-14-6119 | Tel: 012-738 4415 | Lokasi: Seksyen 7 Shah Alam | Modal: RM 450,000 (pinjaman bank RM 300,000)
        Laporan disiplin: Kavitha a/p Subramaniam di cawangan Sunway Pyramid didapati mengambil RM 50 dari laci tunai pada 28/11; surat amaran pertama dikeluarkan.
        Nurul Izzati binti Rahman (KP 010629-07-0846) memohon cuti bersalin 98 hari mulai 5 Januari 2027; pengganti dari cawangan Gurney.
        Aduan: Puan Rosnah (016-295 8830) kata air yang dibeli di outlet Kota Bharu berbau basi dan anaknya muntah selepas minum.
        Rekod penghantaran: pemandu lori Lim Ah Seng, no. plat JQW 7726, sampai lewat 2 jam di outlet Johor Bahru, sudah ditegur oleh pengurus.
        Gaji Disember: Amirul Hakim bin Zulkifli, Barista, akaun CIMB 7063 1529 8840 27, RM 2,180 + elaun syif malam RM 150.
        Pemenang cabutan bertuah: Tan Mei Ling (ahli sejak 2021, cawangan Ipoh), baucar RM 500; dihubungi di 011-2374 6018 pada 3/12 tetapi belum menjawab.
        Surat pengesahan: Encik Faizal bin Omar (KP 920117-01-5583) bekerja sebagai penyelia cawangan di Teh Ria Sdn Bhd dari Mac 2021 hingga Oktober 2026.
        Suntikan tifoid tamat tempoh: 1) Siti Aminah binti Yusof - 12/2026; 2) Rajesh a/l Krishnan - 01/2027. Sila buat temujanji klinik minggu ini.
        Francaisi Kuching, Encik Danial Lee (KP 850930-13-5027, Telegram @danial_kch88), lewat bayar royalti 3 bulan berturut-turut, tunggakan RM 18,600.
    """),
    "mixed": _lines("""
        Boss, 新 part-timer Chong Jia Hui IC 990402-08-7214 start Monday ya, 她住 Ipoh Garden East, 每天坐 bus 来, 可以排 morning shift 吗?
        喂 Ah Keung (張志強) 今日又冇返工，打佢 9067 3381 都唔聽，第三次 no-show 啦，HR 話要出 warning letter。
        Customer Ms Priya Nair d/o Gopal 说 app charge 了两次 card 5221 6098 0544 7083, pls refund one lah, she very angry already.
        Franchise partner Jason Wong 黃俊傑 HKID Z228461(9) 已經簽咗 LOI，deposit HK$80,000 入咗數，下星期去荃灣 site visit。
        Aku tukar shift dengan Ong Mei Qi, dia ambil Sat closing kat Sunway, aku ambil Sun opening. Boss ok tak?
        这位 uncle 陈国栋 每天 order 5 杯 full sugar, 他老婆打来 9726 5518 叫我们不要卖给他, 他有 diabetes 😅
        Pls update delivery address for member Farah Wong: Blk 412 Bedok North Ave 2 #08-115, S460412, tel 8231 7764.
        台北 franchisee 許家豪 B139057284，LINE id jiahao.hsu，佢話下個月要 close 店因為欠租 NT$420,000。
        Supplier 老闆 Mr Lau (劉德明) 私人 WeChat liudeming_hk，佢話 cash payment 唔開 invoice，先記低，finance 要 follow。
        Yo Kenji Tan (Bedok barista), ur MC for 4-5 Dec approved, rest well bro, gastric flu no joke 🤒
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the franchise enquiry assistant for Boba Lab Singapore. Collect applicant details politely.",
        ),
        (
            "user",
            "Hi, I want to apply for a franchise in Punggol. My name is Nicholas Teo, NRIC S9218437D.",
        ),
        (
            "assistant",
            "Thanks Nicholas! Could you share a contact number and your estimated available capital?",
        ),
        (
            "user",
            "9012 6645. I have about $280k, part of it from my wife's savings, and I'm leaving my bank job in March.",
        ),
    ],
    [
        ("user", "幫我寫封警告信俾員工 Cheung Ka Yan，佢上個月遲到 6 次，仲有一次冇通知就冇返工。"),
        (
            "assistant",
            "好的，以下係草稿：「張嘉欣小姐：你於上月多次遲到及曠工，現向你發出書面警告……」需要加入員工編號嗎？",
        ),
        ("user", "佢英文名係 Cheung Ka Yan 唔係張嘉欣，HKID R517408(1)，荃灣店，加埋落去。"),
    ],
    [
        ("system", "你是奶茶品牌 App 的在线客服助手。"),
        ("user", "我的账号被盗了，积分全没了！我叫刘浩然，绑定手机 177 3052 8146。"),
        ("assistant", "很抱歉给您带来困扰。为核实身份，请提供注册时使用的证件号码。"),
        ("user", "身份证 420102199706288331，被盗前还有 4,860 积分和一张黑卡生日券。"),
    ],
    [
        (
            "user",
            "Tolong draf jawapan kepada pelanggan Encik Hairul bin Saad, dia kata keracunan makanan lepas minum teh susu di outlet Seremban 2 semalam.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Encik Hairul, kami amat kesal mendengar tentang keadaan kesihatan anda...' Adakah dia sudah ke klinik?",
        ),
        (
            "user",
            "Ya, dia dapat MC 2 hari dari klinik. Nombor dia 019-881 2047, nak QA call dia esok pagi.",
        ),
    ],
    [
        ("user", "我們台南店新來的工讀生陳郁婷，身分證 E215763404，要怎麼幫她加勞保？"),
        ("assistant", "可以透過勞保局 e 化服務系統線上申報加保，需要她的出生日期與投保薪資。"),
        ("user", "她 2007 年生，還是高中生，只能排週末，LINE 是 yuting_0412，家長同意書已經簽了。"),
    ],
    [
        (
            "user",
            "Before I pay this invoice, can you check the supplier details? Sole trader Kumar Rajan, sells us pandan and gula melaka.",
        ),
        ("assistant", "Sure, what details do you have on file?"),
        (
            "user",
            "DBS 027-9-183746 under his own name, amount SGD 1,240, and his mobile 8719 3305. He asked us to pay his personal account because his business account is frozen.",
        ),
    ],
    [
        (
            "user",
            "Need to renew S Pass for our barista Maria Cristina Dela Cruz, FIN G5823106T, expiring 28 Feb 2027.",
        ),
        (
            "assistant",
            "You can renew on the MOM portal up to 6 months before expiry. Does her salary still meet the S Pass qualifying salary?",
        ),
        (
            "user",
            "Ya, she's on $3,300 now after promotion to shift supervisor at our Raffles Place café. 她想顺便 apply 带她的 daughter 过来 too.",
        ),
    ],
    [
        ("system", "You are the customer care assistant for a Hong Kong tea café chain."),
        (
            "user",
            "My daughter Chloe had an allergic reaction after drinking your mango pomelo sago at the Causeway Bay shop today. She's allergic to coconut and nobody told us there was coconut milk.",
        ),
        (
            "assistant",
            "I'm very sorry to hear this. Is she safe now? Could you leave your name and contact so our QA team can follow up?",
        ),
        ("user", "She's at Ruttonjee Hospital now, still on observation. I'm Amy Chan, 6027 4419."),
    ],
    [
        ("user", "你好，我想加盟你们的茶饮品牌，深圳南山区有没有名额？"),
        ("assistant", "您好！深圳南山区目前还有少量名额。请问您的预算和联系方式？"),
        (
            "user",
            "我叫林晓峰，微信 lxf_sz2026，手机 135 1024 7783，手上大概 60 万，之前在科技园开过一家咖啡店亏了。",
        ),
    ],
    [
        (
            "user",
            "Can help me check CCTV? Regular customer Uncle Wong 黃金輝 跌親喺門口, 78 歲, 手腕骨折咗.",
        ),
        (
            "assistant",
            "Sure, which shop and what time did it happen? Our CCTV keeps footage for 30 days.",
        ),
        (
            "user",
            "荃灣店, 3 Dec around 4pm. 佢個仔 call 咗我哋, number 5620 1183, 話要 footage 去 claim 保險。",
        ),
    ],
]
