# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix23: telecom and utilities customer service in English, 中文 and Bahasa Melayu (SG, MY, HK, CN). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix23
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "plans and pricing"): _lines("""
        SIM Only 5G 100GB – S$25/mth, 12-mth contract, 1,000 local mins, unlimited incoming calls. Prices excl. 9% GST.
        Postpaid Plan M: RM68/month, 80GB 5G data, unlimited calls to all networks, free hotspot 20GB. Min. 12 months.
        Roaming Day Pass ASEAN: HK$48 per 24h, covers MY, SG, TH, ID, VN and PH. Fair usage 3GB, then throttled to 384kbps.
        Fibre 1Gbps home broadband at $39.90/mth for 24 months, router included. Installation fee $128.40 waived for online sign-ups till 31 Dec.
        Add-ons: Caller ID free; Call Divert $2.14/mth; Voicemail $3.21/mth (incl. GST).
        The "Raffles Plus" family bundle lets up to 4 lines share 200GB for $98/mth; each extra line $15.
        Upgrade to iPhone 16 Pro 256GB from $0 upfront with Plan XO 88 – 24 x $52.08 instalments.
        Prepaid top-up $10 = 30 days validity. Check balance: dial *100# (free of charge).
        Early termination: 50% of the remaining monthly fees or the pro-rated handset rebate, whichever is higher.
        Now streaming on the Cinema Pack: Ip Man 1–4 and Crazy Rich Asians, HK$38/mth add-on, cancel anytime.
        Order SGO-20251128-7731904: device dispatched via Ninja Van, tracking NVSGSTA2511287731, ETA 2–3 working days.
        Promo code FIBRE50 = 50% off first 3 mths; cannot be combined w/ staff or corporate discount.
        Senior Citizen Plan (65+): $8/mth, 5GB, 100 mins, free caller ID. Proof of age required at sign-up.
    """),
    ("en", "notices and regulations"): _lines("""
        Planned maintenance: fibre services in Jurong West and Boon Lay may be intermittently unavailable on 7 Dec 2025, 0100–0500hrs. We apologise for any inconvenience caused.
        Under IMDA rules, each person may register no more than 3 prepaid SIM cards, and the ID document must be scanned at an authorised outlet.
        From 1 Jan 2026, household electricity tariffs will rise by an average of 1.2% (0.35 cents/kWh) for Q1, SP Group announced today.
        DISCONNECTION NOTICE (TEMPLATE) – Dear {{customer_name}}, account {{acct_no}} has an overdue balance of {{amount}}. Supply will be disconnected on {{date}} unless payment is received.
        Scam alert: we will never ask for your OTP or bank details over the phone. Report suspicious calls to the ScamShield Helpline at 1799.
        Hong Kong's Real-name Registration Programme for SIM cards took full effect on 24 Feb 2023; unregistered SIM cards have been deregistered.
        Outage update 14:32 SGT: root cause identified as a fibre cut near Tuas Checkpoint. 87% of affected customers restored. Next update 16:00.
        Meter readings for Zone 3 (Bedok, Tampines, Pasir Ris) are taken between the 10th and 14th of each month. Estimated readings are marked "E" on the bill.
        Under the PDPA 2012, agents must verify a caller with at least two identifiers before disclosing account details and must never read out a full NRIC number.
        Number porting takes 1 working day. Your current line must be active and the account holder must match the registered ID. No porting fee.
        Typhoon Signal No. 8: all shops close 2 hours after the signal is hoisted; hotline 1000 remains open 24/7.
        Water price w.e.f. 1 Apr 2025: S$1.56/m³ for the first 40m³ per month incl. Water Conservation Tax; $2.23/m³ above 40m³.
    """),
    ("en", "support KB and system logs"): _lines("""
        Ticket ID format: INC-YYYYMMDD-NNNNNN (e.g. INC-20251203-000417). Residential account numbers are 10 digits starting with 8.
        2025-12-03T09:14:52.118+08:00 INFO billing-svc[4127] batch=BILL_DEC_C3 processed=184221 failed=37 duration=412s
        Firmware HG8145X6 V5R021C10S185 fixes the IPv6 PD renewal bug. sha256 9f2c4e1b7a03d58e6c1f0b2a47d9e8135c6b0a2f49e7d1c38b5a60f27e9d4c11
        Masking rule: in screenshots attached to Jira, show IDs as SXXXX###A and cards as XXXX-XXXX-XXXX-####; never paste a full PAN.
        Unit test: validate_nric("S1234567A") -> INVALID_CHECKSUM; validate_nric("") -> MISSING_ID.
        SELECT acct_no, bill_cycle, SUM(amount_due) FROM arrears WHERE days_overdue > 60 GROUP BY acct_no, bill_cycle;
        Escalation matrix: L1 -> Team Lead (15 min) -> Duty Manager (1 h) -> Network Operations Centre, ext. 4400.
        Invoice INV-MY-2025-0093318, RM1,284.60 incl. 8% SST, billed to Syarikat Pembinaan Maju Jaya Sdn Bhd (201901023456).
        KPI Nov 2025: AHT 6m42s, FCR 78.4%, CSAT 4.31/5, abandon rate 3.9%, 1,204 callbacks.
        Script: "For verification, may I have the last four digits of the card used for autopay?" Do not type the answer into free-text notes.
        If a caller asks for another person's call records, refuse politely and ask the account holder to visit a shop with original ID.
        Regex for SG mobile numbers: ^[89][0-9]{7}$; HK mobiles: ^[4-9][0-9]{7}$ (number plan doc v2.3).
    """),
    ("en", "social media replies"): _lines("""
        Hi there! Sorry about the slow speeds 🙏 Could you DM us your account no. & service address? We'll get a technician to check. ^Mei
        Thanks for waiting! Engineers have fixed the fibre cut at Tampines Ave 5, services should be back now. Pls restart your ONT if still no connection.
        @StarHub why my bill $20 more this month?? never subscribe anything also
        Pls don't post your NRIC or card details publicly. We've hidden your comment to protect your privacy.
        Good news Penang folks! Unifi 1Gbps is now available in Bayan Lepas and Batu Maung. Check coverage on our website.
        Shoutout to the installer uncle from ViewQwest, v fast and neat work, 2 hours done 👍
        Customer Service Week 2025: congrats to our Best Frontliner winners from the Bedok, Jurong Point and Causeway Point shops!
        We're aware of a mobile data disruption affecting some customers in the Klang Valley since 8.40pm. Our team is on it, updates to follow.
    """),
    ("zh-Hans", "运营商客服"): _lines("""
        5G畅享套餐129元档：含通用流量60GB、国内通话500分钟，超出后流量3元/GB，语音0.15元/分钟。
        根据《电话用户真实身份信息登记规定》（工业和信息化部令第25号），办理入网手续时须出示本人有效身份证件。
        携号转网资格查询：编辑短信“CXXZ#姓名#证件号码”发送至10086，系统将回复是否满足转网条件。
        客服热线：中国移动10086、中国联通10010、中国电信10000；对处理结果不满意可向工信部电信用户申诉受理中心申诉。
        【XX电信】尊敬的客户：您的账户{账号}本月话费{金额}元，请于{日期}前缴清，以免影响正常使用。
        工单号规则：GD+省份代码2位+日期8位+流水号6位，例如GD4420251203000127。
        宽带装机预约时段分为上午9:00-12:00、下午14:00-18:00，装维人员上门前30分钟会电话联系。
        天翼宽带1000M包年1200元，赠FTTR主光猫一台，光猫型号ZXHN F7610M，固件版本V9.0.10P2N6。
        中山路营业厅（中山路88号）营业时间：周一至周日9:00-21:00，可办理补卡、过户、销户业务。
        截至10月末，全国移动电话用户总数达18.1亿户，其中5G移动电话用户10.5亿户。
        工业和信息化部部长在发布会上表示，将持续深化“信号升格”专项行动，重点覆盖地铁和高铁沿线。
        订单号T2025120318421907，物流单号SF1453826790213，商品：5G随身WiFi ×1，预计明日送达。
        话术提醒：客户要求查询他人通话记录的，一律告知须机主本人携带身份证原件到营业厅办理。
    """),
    ("zh-Hans", "水电燃气"): _lines("""
        国网供电服务热线95598，24小时受理故障报修、电费查询和停电信息查询。
        居民阶梯电价：第一档每月0-200千瓦时0.4883元/千瓦时，第二档加价0.05元，第三档加价0.3元。
        停电通知：因线路检修，12月6日8:00至17:00，望京街道花家地北里、南湖西园部分区域停电，请提前做好准备。
        水费户号为10位数字，双月抄表；本期居民水价3.45元/立方米（含污水处理费）。
        智能电表显示“Err-04”代表通讯异常，请勿自行拆卸，请联系所属供电所处理。
        受台风影响，鲁迅公园、中山公园周边供水管网压力偏低，预计今晚22:00前恢复正常。
        缴费渠道：网上国网App、支付宝生活缴费、微信城市服务、银行代扣；逾期按日加收0.1%违约金。
        【XX水务】尊敬的用户，您户号${hh}的水表读数为${reading}吨，本期应缴${fee}元。
        本市2025-2026年度供暖期为11月15日至次年3月15日，收费标准为每平方米建筑面积24元。
        燃气安全提示：发现燃气泄漏，立即关闭阀门、打开门窗，切勿开关电器，到室外拨打燃气抢修电话。
        抄表员统一着工装、佩戴工作证，工作证编号格式为CB-区号-4位序号，可致电客服核验。
        峰谷分时电价：峰段8:00-22:00每千瓦时0.5583元，谷段22:00-次日8:00每千瓦时0.3583元。
        孙中山故居纪念馆周边道路因电缆迁改施工，12月10日起封闭半幅车道，请市民绕行。
    """),
    ("zh-Hant", "香港電訊及公用事業"): _lines("""
        5G 月費計劃：$238/月，本地數據 50GB，大灣區數據 10GB，合約期 24 個月，另收行政費 $18。
        通訊事務管理局辦公室提醒市民：所有本地 SIM 卡必須完成實名登記，否則會被取消登記。
        中電客戶服務熱線 2678 2678；港燈客戶服務熱線 2887 3411；水務署客戶諮詢熱線 2824 5000。
        2025 年平均淨電價為每度 148.2 仙，較去年上升 1.6%，主要受燃料價格影響。
        停水通告：因進行水管維修工程，12 月 9 日晚上 11 時至翌日早上 6 時，彌敦道 600 至 700 號一帶將暫停食水供應。
        屯門醫院及瑪麗醫院不受今次停電影響，兩間醫院均已啟動後備發電機。
        帳戶號碼為 10 位數字，前 2 位代表地區（01 港島、02 九龍、03 新界），例如 01XXXXXXXX。
        開場白範本：「多謝致電，{客戶姓名}先生／小姐，請問有咩可以幫到你？」
        旺角旗艦店：九龍旺角彌敦道 688 號地下；營業時間 11:00-21:00，公眾假期照常營業。
        攜號轉台需時約 2 個工作天，期間或會短暫無法接收短訊。
        李小龍紀念版 eSIM 卡套限量發售，每套 HK$88，不包月費。
        根據《個人資料（私隱）條例》，客戶服務員只可在核實身份後透露帳單資料，通話錄音保存 90 日。
        月結單編號 ST-2511-00837261，到期日 2025-12-20，應繳金額 HK$1,024.50（商業帳戶）。
        寬頻裝咗三個月成日斷線，打咗去客服幾次都話要等技術員，有冇人試過轉台？
    """),
    ("ms", "telko dan utiliti"): _lines("""
        Tarif elektrik domestik baharu berkuat kuasa 1 Julai 2025: caj tenaga 27.03 sen/kWj bagi 1,500 kWj pertama.
        Notis gangguan bekalan air: kawasan Petaling Jaya dan Subang Jaya pada 8 Dis 2025, 9 pagi hingga 11 malam, kerana kerja penyelenggaraan loji.
        Talian Careline TNB 15454; Air Selangor 15300. Aduan telekomunikasi yang tidak selesai boleh dirujuk kepada SKMM.
        Pelan pascabayar 5G RM58/bulan: data 100GB, panggilan tanpa had, hotspot 30GB. Kontrak 12 bulan.
        Mengikut peraturan SKMM, semua pengguna prabayar wajib mendaftar kad SIM dengan MyKad atau pasport yang sah.
        Templat SMS: Akaun {no_akaun} anda mempunyai tunggakan RM{jumlah}. Sila jelaskan sebelum {tarikh} untuk mengelakkan pemotongan bekalan.
        Kedai kami di Jalan Tun Razak, Kuala Lumpur dibuka 10 pagi hingga 10 malam setiap hari termasuk cuti umum.
        Hospital Sultanah Aminah dan Sekolah Kebangsaan Tunku Abdul Rahman dikecualikan daripada pemotongan bekalan berjadual.
        Nombor akaun elektrik mengandungi 12 digit (contoh: 2200XXXXXXXX). Jangan kongsi nombor akaun anda di media sosial.
        Menteri Komunikasi berkata liputan 5G di kawasan berpenduduk telah mencapai 82.4% setakat Oktober.
        Bacaan meter dibuat setiap 30 hari; jika meter tidak dapat dibaca, bil anggaran akan dikeluarkan bertanda "A".
        Bil elektrik RM0.00? Ini mungkin kerana rebat kerajaan RM40 untuk pengguna domestik yang layak.
        Fibre kat rumah ni asyik putus la bila hujan, ada sesiapa tahu pakej 300Mbps bawah RM100 tak?
        Format tiket aduan: TT-YYMMDD-XXXXX, contoh TT-251203-04417. Sila sebut nombor tiket setiap kali menghubungi kami.
        Contoh surat rayuan: Saya, [NAMA], No. KP [NO. KP], dengan ini memohon pengecualian caj lewat bayar bagi akaun [NO. AKAUN].
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I want to port my number 9136 2847 from Singtel to M1. Name as per NRIC: Tan Wei Ling, NRIC S8812345Z.
        Pls arrange the fibre installation at Blk 462 Jurong West St 41 #09-118, S640462, on Sat morning. Contact: Mdm Rosnah binte Ismail, 8274 1930.
        Disputing bill B2511-00438811 for acct 8021556734 – I, Daniel Koh Jun Hao, never subscribed to the $12.90 VAS. Pls refund to my Visa 4532 0177 4820 9130.
        Cust Ong Siew Mei (acct 8830194471) has arrears of $1,482.36 since Jun; disconnection scheduled 12/12. Do not waive, she already had 2 GIRO bounces.
        Please don't cut the power, my mother Madam Lim Ah Kiew at Blk 12 Marsiling Dr #03-44 is on a home oxygen concentrator 24/7 since her COPD got worse.
        SIM replacement for lost phone: FIN G5318274M, Nguyen Thi Hoa, work permit holder, contact via WhatsApp +65 8805 3312.
        Meter reading for #12-05 Casa Meranti, 21 Meranti Rd (Mr Rajesh s/o Muniandy, S7524816D): 48213 kWh on 02/12/2025, photo attached.
        Refund of $86.40 credited to card ending 7643 belonging to Ms Priya d/o Kannan, Blk 105 Yishun Ring Rd #04-221.
        Pls send e-bills to jasonlee.kw88@gmail.com from now on – Jason Lee Kah Wai, 012-774 3908, Unifi acct 1-0938457721.
        Broadband cancellation request – Mr CHAN Tak Ming, HKID K592014(0), Flat C, 18/F, Block 3, Kornhill, Quarry Bay; tel 6138 4420.
        Applying for instalment on my arrears, I'm a security guard earning $2,100/month with three kids – Muthu Krishnan, account 8801226519.
        FYI cust Lee Boon Hock (acct 8809917302) is suing us at the Small Claims Tribunal, SCT/2025/004187, over the $3,200 ETF. Legal says don't call him directly.
        TNB account 220012345678 is under my late father Abdul Rahman bin Yusof, I'm his son Hafiz, IC 880612-14-5537, want to transfer it to my name.
        Tech van will park near the guardhouse – resident Mr Wong Kok Leong of #07-03 The Verdure, car plate SKQ4821H, said the visitor lot is ok.
    """),
    "zh-Hans": _lines("""
        我叫周晓梅，手机13816274935，身份证440305198806124288，原卡丢了要补办SIM卡。
        装机地址：北京市海淀区学院路30号院7号楼2单元502，联系人刘建国 139 1102 8846，周六上午方便。
        客户王磊（宽带账号02086471235）投诉连续三天断网，要求减免当月费用，情绪激动，已承诺48小时内回电18620317745。
        营业厅的同事帮个忙，石桥村3组的张秀兰阿姨是低保户，刚做完乳腺癌手术，这个月电费能不能先缓一缓。
        电费托收失败：户号0100528374，户名陈志强，工商银行卡6228 4803 0211 8764 539余额不足，欠费326.58元。
        携号转网授权码已发送至151 0672 3390，机主赵雅琴，证件号码110108199302270528。
        加我微信 lixiaoyu_0517 吧，我是浦东新区锦绣路2580弄15号1201的李晓宇，抄表员每次都进不了门，我拍读数发给你们。
        欠费停机通知已送达：用户孙海波，号码177 5029 1836，欠费1,203.40元，地址成都市武侯区科华北路65号附3号2单元.
        用户黄*婷（身份证3201**********5327，手机135****8921）投诉燃气表计费异常，地址昆山市玉山镇星汇花园12幢806室。
        我老公何志远身份证510107198511023930，他在外地出差，我能不能代他办理过户？我手机199 8023 4417。
        投诉人邓丽萍（邮箱 dlp_1990@qq.com）反映装维师傅上门时擅自拍摄家中照片，地址广州市天河区侨林苑3栋1808。
        用户刘芳（手机13728460915）于2025-11-28 14:07办理销户，预存款88.50元退至其支付宝账号liufang88@163.com。
        燃气抢修单：报修人马振华，车牌粤B·7K3M9，停在小区东门，电话158 1940 3627，厨房有明显燃气味。
    """),
    "zh-Hant": _lines("""
        陳美玲小姐，HKID Y381726(A)，申請攜號轉台，現用號碼 9487 2153，轉去 SmarTone。
        安裝地址：沙田第一城 32 座 19 樓 H 室，聯絡人李志偉先生 6210 5538，星期日下午兩點後。
        客戶何家豪（帳戶 0283746519）拖欠電費 $3,482.70 已超過 3 個月，已發截電通知，電話 5174 8260。
        我阿媽黃淑儀今年 82 歲，長期洗腎，屋企唔可以停電，住喺觀塘翠屏邨翠榕樓 1205 室。
        唔該幫我改帳單地址：九龍城太子道西 188 號 5 樓 B 室，姓名張國強，身份證 AB204918(8)。
        台灣客戶林怡君，身分證 F228746196，來港工作申請月費計劃，台灣手機 0937-218-604。
        自動轉帳信用卡：持卡人 WONG SIU FAN，卡號 5529 6103 4417 2207，有效期 08/28。
        投訴：技術員上門裝寬頻時喺我屋企食煙，我係鄧偉文，電郵 tangwm1987@yahoo.com.hk，單號 HK-INC-2511-33827。
        水錶讀數爭議：用戶吳志明 R730264(8)，荃灣綠楊新邨 F 座 23 樓 5 室，上期 2843，今期 3917 立方米，懷疑漏水。
        申請分期付款：蘇嘉欣，單親媽媽，月入 $14,500，電話 9723 6614，現欠月費 $1,860。
        上門師傅請 WhatsApp 5361 2048 搵梁太，地址大埔廣福道 63 號 3 樓，門鐘壞咗要打電話。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, no. IC 960315-10-5824, nak pindah milik akaun TNB 220198765432 ke nama saya.
        Alamat pemasangan: No. 17, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam. Hubungi En. Azman 013-628 4471.
        Pelanggan Lim Chee Keong (akaun 1-2345678901) tertunggak RM587.40, notis pemotongan dihantar ke 019-552 8830.
        Tolong jangan potong air, mak saya Puan Siti Hajar binti Osman baru lepas bedah jantung, kami tinggal di Lot 2281, Kampung Sungai Penchala.
        Kad kredit untuk bayaran auto: 4012 8823 0917 5643, nama pemegang MOHD FAIRUZ BIN HASHIM, tamat 11/27.
        Aduan bil air melambung RM412 – Encik Ravi a/l Subramaniam, akaun 3001447821, meter no. 18M204471, tel 012-903 6618.
        Nombor untuk port-in: 011-2874 3390, pemilik Tan Mei Ling, MyKad 901118-07-5562.
        Emel saya ahmadzaki.work@gmail.com, saya Ahmad Zaki bin Ismail, bil bulan ni kena caj roaming RM1,230 padahal saya tak keluar negara pun.
        Bro, technician datang rumah I semalam, Lot 45 Jalan Kenari, Bandar Puchong Jaya, then dia minta nombor IC I, 850722-14-6031, ok ke?
        Permohonan ansuran: Puan Rohani binti Said, suri rumah, pendapatan isi rumah RM1,800 sebulan, tunggakan RM2,045, akaun 220087654321.
        Pemasangan meter baharu di Kg. Inanam Laut, rumah En. Johnny Gunsalam, tel 016-832 7094, IC 790410-12-5113.
        Pengesahan: akaun milik N** A**** binti Kamal, IC ******-08-5126, alamat No. 9 Lorong Bunga Raya 4, Taman Desa, 31400 Ipoh.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the virtual assistant of a Singapore mobile operator. Help with plans, billing and SIM services. Never ask for full card numbers.",
        ),
        ("user", "hi can i recontract my line? the SIM Only 5G one"),
        ("assistant", "Sure! Which mobile number would you like to recontract?"),
        ("user", "8532 0417"),
        (
            "assistant",
            "Thanks. For verification, please provide the account holder's full name and NRIC.",
        ),
        ("user", "Goh Hui Min, T0261478I"),
        (
            "assistant",
            "Thank you, Ms Goh. Your new 24-month contract will start on your next bill cycle.",
        ),
    ],
    [
        ("user", "你好，我想携号转网到联通"),
        ("assistant", "您好，请先发送短信查询转网资格，或告诉我机主姓名和证件号码，我帮您查询。"),
        ("user", "机主是我爸，孙国平"),
        ("user", "身份证 31011519750914"),
        ("user", "2031"),
        ("assistant", "已查询，该号码存在在网协议，2026年3月到期后方可办理。"),
    ],
    [
        ("user", "想約寬頻安裝，幾時有位？"),
        ("assistant", "下星期三上午 9-12 時或星期五下午 2-6 時都有時段，請問安裝地址係？"),
        ("user", "將軍澳日出康城 3 期 5 座 27 樓 D 室"),
        ("assistant", "好的，請問聯絡人同電話？"),
        ("user", "區嘉慧，9126 7380，星期五下午啦"),
        ("assistant", "已幫你預約星期五下午，技術員上門前會打電話俾你。"),
    ],
    [
        ("user", "Bil elektrik saya bulan ni RM683, biasanya RM150 je. Kenapa?"),
        ("assistant", "Boleh saya dapatkan nombor akaun dan nama pemegang akaun untuk semakan?"),
        ("user", "Akaun 220045718263, atas nama Zulkifli bin Mat Daud"),
        (
            "assistant",
            "Terima kasih. Bacaan bulan lepas adalah bacaan anggaran, jadi bil ini termasuk pelarasan.",
        ),
        ("user", "Ok, boleh buat ansuran? No IC saya 740205-03-5517"),
        ("assistant", "Boleh, permohonan ansuran 6 bulan telah direkodkan."),
    ],
    [
        ("user", "Our water supply will be cut tomorrow for arrears, can you hold it?"),
        (
            "assistant",
            "I understand. May I know the account number and the reason for the request?",
        ),
        (
            "user",
            "Acct 3001982245. My husband Gopal a/l Ramasamy had a stroke last month and is bedridden at home, we need water for his care.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. I've placed a 14-day hold and flagged the account for the welfare team.",
        ),
        ("user", "thank you, address is 22 Jalan SS 2/64, Petaling Jaya"),
    ],
    [
        ("user", "帮我妈代缴电费，户号是多少我不知道"),
        ("assistant", "可以提供户主姓名和用电地址，我帮您查询户号。"),
        ("user", "户主谢美娟，广州市天河区石牌西路98号暨南花园8栋603"),
        ("assistant", "查到户号 0206417392，当前欠费 418.20 元。"),
        ("user", "直接用这张卡扣吧 3569 3811 2045 7727"),
        ("assistant", "为保障资金安全，请通过网上国网App绑定银行卡缴费，客服无法代扣。"),
    ],
    [
        ("user", "hi my helper need to register new prepaid sim, what she need to bring ah"),
        (
            "assistant",
            "She will need her original work permit card (FIN) or passport at any authorised shop.",
        ),
        (
            "user",
            "ok her FIN is F2947361R, name Maricel Dela Cruz Santos, can pre-register online first?",
        ),
        (
            "assistant",
            "Pre-registration is not available; please bring the card to the shop for scanning.",
        ),
        ("user", "her work permit expiring next month leh, can use passport P5839201A instead?"),
    ],
    [
        ("user", "I was charged HK$4,870 roaming for Japan but I had the day pass"),
        (
            "assistant",
            "Sorry about that. Please share your mobile number and the email on your account.",
        ),
        ("user", "6482 9105, kwok.winnie@netvigator.com"),
        ("assistant", "Thanks. For security, please also confirm the HKID of the account holder."),
        ("user", "P118409(5) – Winnie Kwok"),
        ("assistant", "Verified. A credit of HK$4,870 will appear on your next statement."),
    ],
    [
        ("user", "燃气表读数和账单对不上，能派人来看下吗"),
        ("assistant", "可以的，请问燃气户号或者地址？"),
        ("user", "户号我找不到了"),
        ("assistant", "没关系，提供地址和联系人也可以。"),
        ("user", "苏州市工业园区星湖街328号独墅湾7幢1102，钱伟，手机185 1267 0493，周末在家"),
    ],
    [
        ("user", "Nak port nombor ke Maxis, boleh buat online?"),
        ("assistant", "Boleh. Sila berikan nombor telefon yang hendak dipindahkan."),
        ("user", "017-325 6984"),
        ("assistant", "Nama dan nombor MyKad pemilik nombor tersebut?"),
        ("user", "Siti Nor Aini binti Hamzah"),
        ("user", "930827-01-6248"),
        (
            "assistant",
            "Terima kasih, permohonan port-in anda sedang diproses dan akan aktif dalam 1 hari bekerja.",
        ),
    ],
]
