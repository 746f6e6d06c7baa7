# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix26: courier and logistics in SG, MY, HK and CN (waybills, delivery notes, rider chats, customs declarations, returns, warehouse logs) in English, 中文 and Bahasa Melayu. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix26
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "service rates"): _lines("""
        Same-day delivery within the CTE/PIE ring: S$8.90 for parcels up to 5 kg, S$1.20 per additional kg, order cut-off 11:30am.
        Standard West Malaysia rate: RM6.50 first 1kg, RM2.00 each addt'l kg. East Msia (Sabah/Sarawak/Labuan) surcharge RM4.00.
        Express to Hong Kong (2-3 working days) from SGD 18.50 per 0.5 kg; fuel surcharge for Dec 2026 is 21.75%.
        Volumetric weight = L x W x H (cm) / 5000. We charge whichever is higher, actual or volumetric.
        COD is for registered merchants only. COD fee 1.5% of amount collected (min RM1.00), remittance T+3 working days.
        Bulky items >30kg or any side >150cm go through our Heavy Freight team - call 1300-88-7262 for a quote.
        Prohibited: loose lithium batteries, aerosols, cash & negotiable instruments, and yes, durian.
        Shipment protection covers declared value up to SGD 2,000; premium is 1% of declared value, min SGD 3.
        Pick-up slots 9am-12pm / 12pm-3pm / 3pm-6pm. Sat pick-up +$5. No pick-up on Sun & PH.
        Self-collect available at any 7-Eleven in SG; uncollected parcels are RTS after 5 days.
        Do you deliver to Wong Tai Sin? Yes - all 18 districts of HK are covered, outlying islands (Lamma, Cheung Chau) +HK$15.
        Promo: 10x prepaid flat-rate A4 envelopes (up to 1kg each) for S$39, valid till 31/01/2027 while stocks last.
        Next-day is NOT available for Sabah & Sarawak, ETA 3-5 working days.
    """),
    ("en", "tracking updates"): _lines("""
        04 Dec 2026 09:14 | Singapore | Out for delivery
        03 Dec 2026 22:41 | Changi Airfreight Centre | Arrived at hub | RB620451371SG
        LX817360251HK departed Hong Kong International Airport on CX715, 03/12 23:55 HKT.
        Delivery attempt unsuccessful - recipient not available. Next attempt 05 Dec. Ref NVSGSPX0049183372
        Status: Held at customs, awaiting duty payment (GST 9%). Check your SMS/email for the payment link.
        Your parcel has been dropped at Locker @ Jurong Point L1 (locker ID JP-L1-07). The pickup PIN has been sent by SMS.
        EXCEPTION: address incomplete (missing unit no.) - parcel returned to Tampines depot.
        2026-12-03T16:02:11+08:00 SCAN_IN bay=B14 hub=PJ-SH01 status=SORTED piece=2/3
        Delivered. Signed by: RECEPTIONIST (counter). POD photo available in app.
        ER309182745MY - dispatched from Pos Laju National Hub Shah Alam to Kota Kinabalu.
        On its way to Ma Tau Wai Road pick-up point, ETA 14:00-18:00.
        Domestic tracking numbers are 12 digits (e.g. 800123456789); postal items use the 13-character UPU S10 format, e.g. EE471205839CN.
        Delivered to Tan Tock Seng Hospital Goods Receiving, 11 Jalan Tan Tock Seng S308433 - received by Stores Dept.
    """),
    ("zh-Hans", "快递资费与公告"): _lines("""
        特快件省内首重1公斤23元，续重每公斤13元；跨省件首重按区域计价，详见价目表。
        双十二期间部分地区派件可能延误1-3天，敬请谅解。如有疑问请拨打客服热线 95338。
        《快递暂行条例》规定，寄件人交寄快件应当如实提供寄件人和收件人的姓名、地址、联系电话以及寄递物品的名称、性质、数量。
        中山大学南校区菜鸟驿站营业时间：8:30-21:00，凭取件码取件，超过3天未取将退回。
        本公司运单号为 JD 开头加 13 位数字，子单号在主单号后加“-1-2-”格式，请勿混用。
        1993年，王卫在广东顺德创立顺丰，如今已是国内最大的综合物流服务商之一。
        【XX快递】您的快递已到{驿站名称}，请凭取件码{code}于{date}前取件，详询{station_phone}。
        2026年11月全国快递业务量约185.3亿件，同比增长12.7%，业务收入同比增长8.9%。
        逸夫楼一楼收发室每天14:00统一派送校内快件，周末及节假日不派件。
        寄往港澳台的快件需提供收件人有效证件号码，请在清关资料页填写，勿写在运单备注栏。
        冷链生鲜件温区0-4℃，全程温控记录可在小程序“运单详情-温度曲线”查看。
        鲁迅中路驿站已搬迁，新址位于鲁迅中路与咸亨路交叉口东南角，原取件码继续有效。
        孙悟空一个筋斗云十万八千里，我们做不到，但“次晨达”能让您明早10点前收到。
    """),
    ("zh-Hant", "香港派送及門市"): _lines("""
        旺角彌敦道服務點營業時間：星期一至六 10:00-21:00，星期日及公眾假期 12:00-19:00。
        智能櫃取件：請於收到短訊後48小時內憑取件碼提取，逾時將轉回附近服務點。
        伊利沙伯醫院收貨部只接受 09:00-17:00 送貨，地址：九龍加士居道30號。
        本地郵政速遞查詢熱線 2921 2222，網上追蹤請輸入13位郵件編號。
        八號或以上熱帶氣旋警告信號生效期間，所有收派服務暫停，恢復時間另行通知。
        本地件首公斤 HK$25，續重每公斤 HK$6；離島（長洲、南丫島）附加費 HK$15。
        短訊範本：親愛的{收件人姓名}，您的包裹{運單號}將於{日期}送達，如需改期請回覆 1。
        中大逸夫書院收發室於學期內星期一至五開放，暑假只限星期三。
        跨境電商包裹清關約需1-2個工作天，海關查驗期間追蹤狀態會顯示「待清關」。
        寄件人須如實申報貨品名稱及價值，虛報可能觸犯《進出口條例》（第60章）。
        孫中山紀念館（半山衛城道7號）不接受任何私人包裹代收，敬請留意。
        2026年第三季本地包裹量按年上升9.4%，其中電商件佔71%，平均派送時間為1.6日。
    """),
    ("ms", "notis dan kadar"): _lines("""
        Kadar penghantaran Semenanjung: RM6.50 untuk 1kg pertama, RM2.00 bagi setiap kg tambahan.
        Bungkusan anda dalam perjalanan ke pusat pengedaran Shah Alam. No. penjejakan: CP055293811MY.
        Penghantaran gagal: penerima tiada di premis. Sila hubungi talian 1-300-300-300 untuk jadual semula.
        Notis: Cawangan Jalan Tun Razak ditutup sempena Hari Keputeraan Sultan Selangor pada 11 Dis 2026.
        Hi {nama}, parcel {no_tracking} akan dihantar hari ini antara {masa}. Balas STOP utk berhenti terima SMS.
        Barang larangan: bateri litium longgar, cecair mudah terbakar, wang tunai, dadah dan senjata api.
        Hospital Sultanah Aminah Johor Bahru: hantaran ubat-ubatan ke unit farmasi sahaja, guna pintu masuk B.
        Tempoh simpanan di kaunter ialah 7 hari bekerja, selepas itu bungkusan akan dipulangkan kepada pengirim.
        Rider wajib ambil gambar POD tanpa menunjukkan muka penerima atau nombor rumah jiran.
        Volum bungkusan Q3 2026 naik 11.8% berbanding tempoh sama tahun lepas, didorong oleh e-dagang.
        Pastikan alamat lengkap: no. unit, nama taman dan poskod 5 digit, untuk elak kelewatan.
        Hab baru di Lot 12, Jalan Jalil Perkasa 7, Bukit Jalil beroperasi 24 jam mulai 1 Jan 2027.
        Boleh collect parcel kat Kedai Runcit Pak Abu, Jalan Masjid - pusat pick-up rasmi kami utk kawasan Kg Baru.
    """),
    ("en", "templates and SOP"): _lines("""
        Consignee: {{recipient_name}} | Tel: {{recipient_phone}} | Addr: {{address_line_1}}, {{postal_code}}
        Printed labels must mask all but the last 2 digits of the recipient's phone number.
        Do NOT paste customer NRIC/FIN or passport numbers into the ops WhatsApp group - use the ticket ID only.
        POD photos are deleted after 90 days unless linked to an open claim.
        Sample label: JOHN DOE / 1 EXAMPLE ROAD #01-01 / SINGAPORE 000000 / +65 0000 0000
        label_text = f"{order.recipient_name}\\n{order.address_line_1}\\n{order.postal_code}"
        GET /v2/shipments/{tracking_no}/events returns 200 with an array of scan events; rate limit 600 req/min.
        Release v4.12.3 (build 8f3c2a1): fixed duplicate "Out for delivery" SMS for multi-piece shipments.
        Riders must verify the 6-digit OTP with the recipient. Never photograph identity cards.
        CN23: list each item's description, quantity, net weight, value and HS code; sender signs at box 15.
        Returns: generate an RMA number (RMA-YYYYMMDD-####) and stick it on the outer carton, not the product box.
        Macro: "Hi {first_name}, sorry to hear parcel {awb} arrived damaged. Pls reply with photos of the outer box and the item."
        X-Signature: sha256=9f2b61c4e0a7d83b5e1f04a6c9d2b7e83a1f5c0d6b4e9a2f7c3d8e1b0a5f6c92
    """),
    ("en", "customs and trade news"): _lines("""
        HS 8517.13 smartphones, HS 6109.10 cotton T-shirts, HS 9503.00 toys - use 6 digits minimum on the CN23.
        Incoterms: DDP means the shipper pays duties & taxes; DAP means the receiver pays on arrival.
        Jack Ma stepped down as Alibaba chairman in 2019; Cainiao, the group's logistics arm, was set up in 2013.
        Postman Pat and his black-and-white cat Jess are still delivering to Greendale on kids' TV reruns.
        Air cargo throughput at the hub rose 6.1% in Q3, led by e-commerce and perishables.
        The Raffles Place pick-up point moves to B1, One Raffles Place from 15 Dec.
        Zheng He's fleet called at Malacca several times in the 15th century; the Melaka hub's lobby has a small exhibit on it.
        Used personal effects owned for more than 6 months may qualify for duty relief - attach a packing list.
        MAWB 176-48213373, 42 pcs, 318.5 kg, SIN-DXB-LHR, consolidated by Ocean Star Freight Pte Ltd.
        Customs seized 412 kg of suspected smuggled frozen meat from a cross-boundary lorry at Lok Ma Chau Control Point.
        Lee Kuan Yew School of Public Policy mailroom, 469C Bukit Timah Road, accepts courier drops 9am-5pm on weekdays.
        The Sherlock Holmes Museum at 221B Baker Street still receives letters addressed to the detective.
    """),
    ("zh-Hans", "仓库日志"): _lines("""
        2026-12-03 21:47:12 入库扫描 库位A-03-12-2 SKU 6923450657713 数量48 操作台WS-07
        异常：包裹 JDX000318827461 外箱破损，已拍照留存，转异常件处理区E2。
        分拣线2号滑槽堵塞，停机14分钟，影响件量约3,200件。
        盘点差异：库位C-11-04 系统120件，实盘118件，差异率1.67%，待复核。
        出库批次 OB20261204-0031 已装车，挂车编号T-2207，封签SL884271。
        温控仓2区 03:00 温度5.8℃，超出阈值（0-4℃），已触发报警并通知值班主管。
        日报：揽收18,442件，派送21,907件，签收率97.3%，退件312件。
        【系统】WMS v3.8.2 升级完成，新增批次号追溯及FIFO强制校验。
        退货入库：RMA-20261202-0417 商品完好可二次销售，库存回写+1。
        东莞虎门转运中心 → 深圳宝安集散点 干线车次GX-1182 预计05:40到达。
        员工须知：面单上的收件人信息不得拍照外传，破损面单须集中粉碎销毁。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        AWB 618-27394404 | Consignee: TAN WEI LING | Blk 512 Bedok North Ave 3 #07-214 S(460512) | HP 9176 2038 | Contents: prescription spectacles x1, SGD 320
        Customs declaration - importer Muthu Rajan s/o Kannan, NRIC S9012384Z, personal effects (used laptop, 2 prs shoes), declared value SGD 480.
        pls leave at door dont ring bell, my mum Mdm Leong Siew Kheng is bedridden after her stroke. Blk 38 Toa Payoh Lor 5 #04-11. Call me (Daniel) 8452 1937 if any issue
        Complaint: your rider left my parcel at the lift lobby and it got stolen. Priya Nair, 21 Jalan Kemuning 3, Taman Kemuning, 41050 Klang, 012-438 7291, order 77310249.
        Return request RMA-20261130-0882 from Ong Jia Hui (jiahui.ong88@gmail.com): unopened breast pump, refund to original card pls.
        Courier driver Lim Kok Wah, 41, of Jalan Kuching was fined RM2,000 by the Sessions Court after pleading guilty to stealing 37 parcels from his employer's van.
        Rider payout Nov - Mohd Hafiz bin Osman, IC 930811-10-5427, 612 drops, gross RM3,284.00 less RM450 lost-parcel deduction.
        COD refund to card 4557 0123 4598 7121, cardholder Chua Boon Keat, as requested on call.
        Label reprint: Recipient TEO K*** M***, #12-07 The Sail @ Marina Bay, 2 Marina Boulevard S018987, tel ****2841, fragile - wedding gifts.
        Dashcam shows your van WXY 4821 (driver Ravi a/l Suppiah, 016-725 3340) reversing into my gate at 7 Jalan SS 2/64, PJ. I want compensation.
        Pls deliver before 12 Dec, it's a surprise for Chloe Yap's 30th bday. 9A Lorong Mambong S277680. Her number is 9371 5208 but DON'T call her, call me.
        Consignee ID for HK customs: LIU Yang, PRC passport E38471926, DOB 11 Mar 1994, contents 2x Switch games.
        Deliver to Mr Kwok Chun Hei, Flat D, 32/F, Block 5, Tseung Kwan O Plaza, 1 Tong Tak St, TKO. Tel 6483 2915. HKID Z882037(7) for customs clearance.
    """),
    "zh-Hans": _lines("""
        收件人：邹建明 13924587731 广东省深圳市南山区桃园路阳光棕榈园3栋1502（放丰巢柜就行）
        寄件人何晓雯，身份证350203199203041824，寄香港要实名，内件：奶粉6罐。
        小区门口违停挡路的粤B7K3Q9是2栋801谭志强的车，电话186 2093 5517，快递车进不去，麻烦物业联系一下。
        投诉！快递员不打电话直接把件放门口被偷了。我是上海市徐汇区漕溪北路595弄12号601的刘芳，电话15901863342，单号JDX000529774018。
        收件人 陈*华 137****2260 北京市朝阳区望京西园三区312号楼2单元1103，工作日白天家里没人。
        退货原因：给我妈王秀兰买的血糖仪，她68岁，二型糖尿病好多年了，这款测得不准，退款到建行卡6217001984023162。
        跨境补充申报：订购人周子涵，身份证号11010519960118302X，与支付人一致，订单号2026120388412。
        代收人黄莉莉，微信lily_huang0907，住广州市天河区龙口西路123号6栋803，下午3点后在家。
        司机胡国栋 2026年11月结算：出勤26天，应发9,860元，超时签收扣罚300元，实发9,560元。
        驿站老板说3号楼402的孙阿姨最近住院化疗，她的包裹都让她女儿孙倩来拿，电话13812407765。
        被告人张立伟，男，1985年生，原系某快递公司派件员，因盗窃快件价值1.2万元，被深圳市宝安区人民法院判处有期徒刑一年。
        寄件人：吴敏，身份证310104197509214411，手机+86 137 6108 2294，上海市徐汇区天钥桥路1188弄7号302室。
        失物寄回：钱包里有叶伟强的身份证（440106198305276916）和银行卡，收件地址广州市天河区体育东路116号1703，电话13610489275。
        老公邹建军在外地，快递由我签收，我是他老婆杜燕，身份证440305198807125637是他的，不是我的，别搞错了。
    """),
    "zh-Hant": _lines("""
        收件人：陳嘉欣小姐 九龍觀塘秀茂坪寶達邨達喜樓2115室 電話5127 0846 代收貨款HK$1,280
        清關資料：梁詠詩，香港身份證P603418(0)，內件為個人自用保健品（魚油3樽）。
        投訴：送貨員話我唔喺屋企，我成日都喺度！我係沙田第一城32座18樓F室黃志明，電話9437 2618，單號SF1402837719645。
        退貨申請：助聽器係買俾我老豆李偉雄嘅，佢左耳嚴重弱聽，呢款唔夾。請上門收件：荃灣綠楊新邨D座10樓6室，聯絡6752 9013。
        收件人林佩君，身分證字號F228137464，新北市板橋區文化路一段188巷12號5樓，手機0912-583-604。
        司機張國強（車牌RK 3862）12月3日喺火炭派件時同住戶譚太嗌交，譚太已經報警，要求公司跟進。
        收件人 吳＊儀／電話 9＊＊＊ 4210／地址：將軍澳日出康城領都2座36樓B室（孕婦，請送上門）
        到付件：寄件人馮偉業，電郵wyfung1979@yahoo.com.hk，收件人馮太（同址）：大埔太和邨翠和樓1207室。
        我個女蔡曉琪（8歲）嘅哮喘藥請送去學校校務處，佢讀P3B，有事搵家長蔡太6193 8827。
        客戶登記：Wong Ka Yan 黃嘉欣，HKID R147036(0)，出生日期1990-04-17，地址香港仔華富邨華樂樓18樓9室。
        旺角西洋菜南街123號8樓A嗰位陳炳坤伯伯坐輪椅行動不便，件要擺入屋，唔好擺門口。
    """),
    "ms": _lines("""
        Penerima: Nur Aisyah binti Kamal, No. 12-3A, Residensi Harmoni, Jalan Ipoh, 51200 Kuala Lumpur. Tel: 017-602 5183.
        Aduan: rider tinggal parcel atas pagar, hujan, barang rosak. Nama saya Siti Hajar binti Ismail, IC 920630-10-6188, No. 45 Jalan Mawar 2, Taman Sri Muda, 40400 Shah Alam.
        Pengisytiharan kastam - pengirim Lee Chee Keong, pasport A41827360, kandungan ubat tradisional kegunaan peribadi, nilai RM250.
        Nak pulangkan baju kurung, saiz salah. Order 2611304471. Refund ke akaun Maybank 1140 2288 3759 atas nama Faridah binti Yusof.
        Encik Azlan, rider yg hantar ke Taman Daya semalam, tolong call saya 011-2874 3906. Saya Kavitha a/p Muniandy, No. 8 Jalan Daya 14, 81100 Johor Bahru.
        Penerima Tan Ah Kow (ayah saya, 79 thn, pesakit dialisis) - tolong hantar sebelum 10 pagi, petang dia ke pusat dialisis. 22 Lorong Seri Impian 3, 14000 Bukit Mertajam. HP 016-452 8170.
        Slip gaji rider Nov: Muhammad Firdaus bin Zainal, No. KP 010923-01-0543, gaji kasar RM2,870, potongan PERKESO RM14.25.
        Untuk kastam Sabah: penerima Jessica Liew Mei Fong, MyKad 870415-12-5238, Lot 18, Taman Foh Sang, 88300 Kota Kinabalu.
        Penerima: M**** bin A****, tel 01*-*** 4491, B-17-05 Pangsapuri Seri Kenanga, Jalan PJU 1/41, 47301 Petaling Jaya - OKU, sila naik ke unit.
        Bang letak je kat guard house. Nama saya Haziq Irfan, unit A-12-3 Vista Alam Seksyen 14 Shah Alam, WhatsApp 019-388 2045.
        Penghantar bungkusan Roslan bin Daud, 34, dari Kampung Baru Sungai Buloh, didenda RM3,000 oleh Mahkamah Majistret kerana mencuri 12 bungkusan.
        Sila hantar invois ke aminah.rahim82@yahoo.com - Aminah binti Abdul Rahim, No. 3 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer support assistant of a Singapore courier. Be concise."),
        ("user", "hi my parcel status say address incomplete??"),
        (
            "assistant",
            "Sorry about that! Could you share the tracking number and the full delivery address?",
        ),
        ("user", "NV2026SG88710342"),
        ("user", "Blk 203 Jurong East St 21 #09-118 S600203"),
        ("user", "name on the parcel is Goh Mei Ling, hp 9823 4471"),
        (
            "assistant",
            "Thanks Mei Ling, I've updated the unit number. Redelivery is scheduled for tomorrow 9am-1pm.",
        ),
    ],
    [
        ("user", "快递显示派送失败，但我一直在家啊"),
        ("assistant", "非常抱歉，请提供运单号，我帮您核实派送记录。"),
        ("user", "SF1402218836550"),
        ("assistant", "记录显示快递员致电无人接听。请确认您的收件电话和地址。"),
        ("user", "138 2417"),
        (
            "user",
            "9065，地址是杭州市西湖区文三路478号华星时代广场旁边的华星小区5幢2单元401，我叫戚佳慧",
        ),
        ("assistant", "已为您备注，今天下午再次派送。"),
    ],
    [
        ("user", "Saya nak return barang, kasut saiz tak muat"),
        ("assistant", "Boleh. Sila berikan no. pesanan dan nama penuh seperti dalam pesanan."),
        ("user", "Order 2611289904, nama Nurul Izzati binti Rahman"),
        (
            "assistant",
            "Terima kasih. Untuk refund ke akaun, kami perlukan no. IC untuk pengesahan.",
        ),
        ("user", "950214-08-"),
        ("user", "5562 sorry tertekan enter"),
        (
            "assistant",
            "Baik, permohonan pemulangan telah direkodkan. Rider akan pick up dalam 2 hari bekerja.",
        ),
    ],
    [
        ("user", "我想寄嘢去大陸，使唔使報關？"),
        ("assistant", "個人物品都需要填寫申報資料，包括收件人姓名、證件號碼同內件價值。"),
        ("user", "收件人係我阿媽 鄧淑芬，佢住深圳羅湖區東門中路1011號鴻翔花園B座1906"),
        ("user", "佢身份證號係 440303196211080026"),
        ("assistant", "收到，請注意個人物品每件申報價值唔好超過人民幣1,000元。"),
    ],
    [
        (
            "system",
            "You are a delivery assistant for a Malaysian courier. Current customer profile: Farah Nadia binti Hassan, tel 014-992 3310, default address 27 Jalan Anggerik 4/2, Taman Anggerik, 43000 Kajang.",
        ),
        ("user", "Mana parcel saya? Dah 5 hari"),
        (
            "assistant",
            "Parcel anda sedang di hab Kajang dan dijangka sampai esok sebelum 6 petang.",
        ),
    ],
    [
        ("user", "Can I change the delivery address for AWB 800417263358?"),
        (
            "assistant",
            "Yes. Confirming: re-route to Mr Tan Kok Leong at 17 Jalan Setia Budi 2, Bukit Damansara, 50490 KL, contact 012-308 6671. Is that right?",
        ),
        ("user", "yes correct thanks"),
    ],
    [
        ("user", "hello, i send parcel for my ah ma can or not, she dun have smartphone"),
        (
            "assistant",
            "Sure! We can deliver to any address in SG. Recipient will get a call if no mobile is given.",
        ),
        ("user", "ok her name 陈亚妹 Tan Ah Moi, Blk 115 Ang Mo Kio Ave 4 #05-1620"),
        ("user", "house phone 6453 2187, she 86 already and a bit deaf so knock loud loud"),
        ("assistant", "Noted, we'll add a remark for the rider to knock and wait."),
    ],
    [
        ("user", "寄药到老家，中药粉能寄吗"),
        ("assistant", "可以寄，但需要密封包装并注明“中药粉剂”，部分航空件可能拒收粉末。"),
        ("user", "好的。是给我爸，他肝癌术后在吃这个"),
        ("user", "收件人邵德明，湖南省长沙市岳麓区桐梓坡西路229号金星小区3栋604，电话15974210388"),
        ("assistant", "已为您下单，预计2天送达。"),
    ],
    [
        ("user", "Driver incident report pls help me write in proper English"),
        ("assistant", "Sure, send me the details."),
        (
            "user",
            "me Sarawanan, van plate VKB 7732, 3 Dec 4pm Jalan Klang Lama near Pearl Point kena langgar from behind",
        ),
        ("user", "my IC 880523-14-6081, I got neck sprain MC 3 days from Klinik Kesihatan"),
        (
            "assistant",
            "Incident report: On 3 December at approximately 4:00 pm, while driving van VKB 7732 along Jalan Klang Lama near Pearl Point, I was struck from behind by another vehicle. I sustained a neck sprain and was given 3 days of medical leave.",
        ),
    ],
    [
        ("user", "Need to ship my late father's personal effects back to Singapore from HK"),
        (
            "assistant",
            "I'm sorry for your loss. For personal effects of a deceased person, customs usually needs a death certificate copy and a packing list.",
        ),
        (
            "user",
            "His name was Lau Chee Meng, FIN F2718450L, he passed away at Queen Mary Hospital on 28 Nov",
        ),
        ("user", "ship to me, Lau Wan Ting, 48 Sunset Way #03-12 S597163, 9802 6615"),
        (
            "assistant",
            "Thank you. I'll prepare the shipment with the effects listed as used personal items.",
        ),
    ],
]
