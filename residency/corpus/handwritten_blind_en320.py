# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en320: SG/MY corporate event and team-building organisers (participant lists, dietary and medical needs, waivers, travel insurance, incidents on the day, invoices, organisers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en320
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "event_notice"): _lines("""
        NOTICE: Siloso Beach group zone at Sentosa closes to team activities from 6.30pm on 14 Mar for the fireworks rehearsal. Coaches drop off at Beach Station bus bay only.
        Rain plan: if NEA issues a heavy-rain warning before 9am, the Amazing Race moves indoors to the Hall 5 foyer, Singapore EXPO, 1 Expo Drive, Singapore 486150.
        All participants must wear closed-toe shoes for the high-ropes course. Slippers, Crocs and sandals will be turned away at the gate, no exceptions. Lockers cost $2 per use.
        Event hotline on the day: +65 6812 3300 (TeamForge Events ops desk, 7am to 11pm). WhatsApp Business: +65 8123 4400. Please do not call the venue directly.
        Shuttle pickup points: Raffles Place MRT Exit H (8.00am), Tanjong Pagar Centre drop-off (8.15am), Paya Lebar Quarter Tower 2 lobby (8.40am). Bus plates sent 24h before.
        Halal-certified buffet by a MUIS-certified caterer; certificate is displayed at the buffet line. Vegetarian and Jain trays are labelled in green and orange.
        Reminder: the Sungei Buloh Wetland Reserve walk is capped at 25 pax per guide. Insect repellent is provided, but bring your own water bottle - no single-use plastic allowed.
        Lost & found: items left at the Sands Expo ballroom after the D&D will be kept at the TeamForge office, 10 Anson Road #22-05 International Plaza, Singapore 079903, for 14 days.
        First-aid post is next to the registration tent. A certified first-aider from St John Singapore is on standby from 8am to 5pm; the AED unit is mounted on the pavilion pillar.
        Dress code for the D&D: Great Gatsby. Best-dressed prize sponsored by Charles & Keith and Pedro. Photo booth by SnapStation runs from 7pm to 10.30pm.
        Due to the haze (PSI above 150), all outdoor segments at East Coast Park Area C are cancelled today; the programme continues at the Big Splash indoor hall from 10am.
        Flying in from KL? Scoot TR453 and AirAsia AK713 arrivals are covered by our meet-and-greet at Changi T1 Door 2, look for the orange TeamForge flag.
        Insurance note: group personal accident cover under policy GPA-SG-2026-004417 applies only to registered participants aged 16 to 70; walk-ins are not covered.
    """),
    ("en", "supplier_invoice"): _lines("""
        TAX INVOICE INV-2026-03-0418 | TeamForge Events Pte Ltd | UEN 201834567K | GST Reg No. 201834567K | Date 21/03/2026 | Payment terms: 30 days
        Item 1: Half-day Amazing Race (Chinatown route), 120 pax x SGD 68.00 = SGD 8,160.00; Item 2: Sunday facilitator surcharge, 6 x SGD 150.00 = SGD 900.00
        Subtotal SGD 14,230.00 | GST 9% SGD 1,280.70 | Total payable SGD 15,510.70 | Less deposit paid 10/02/2026 SGD 4,000.00 | Balance SGD 11,510.70
        Please remit to TeamForge Events Pte Ltd, DBS Bank Ltd, current account 072-901234-5, SWIFT DBSSSGSG. Quote the invoice number as payment reference.
        Tax invoice JE-INV-00872 | Jom Explore Sdn Bhd (Reg. 202101034567) | SST ID W10-2101-32000145 | Kayak session, Tasik Kenyir, 45 pax x RM 95.00
        Credit note CN-0045 issued against INV-2026-02-0311: 8 no-show participants refunded at 50% of package price, SGD 272.00 credited to the next booking.
        Coach hire: 2 x 45-seater (Tour East Coaches), 0800-1800, Orchard to Desaru Coast via Tuas Second Link, inclusive of toll and driver meals, SGD 1,380.00
        Catering: Ah Seng Braised Duck Rice (stall #01-23, Amoy Street Food Centre), 80 packets x SGD 5.50 = SGD 440.00, receipt no. AS-2203
        Photography package by Lumiere Studio LLP (T15LL0123K): 4 hrs coverage + 300 edited images via Google Drive link, SGD 1,200.00, delivery within 10 working days.
        Overdue reminder: invoice HBE-HK-2026-0192 from Harbour Bond Events Ltd (BR 71234567) for the Lantau team retreat, HKD 86,400.00, was due on 15/04/2026.
        Cancellation fee schedule applied: more than 30 days 10%, 15-30 days 50%, under 14 days 100%. Ref: Quotation Q-2026-0087 clause 7.2 accepted on 02/01/2026.
        PO 4500218873 from the client procurement portal (Ariba) must appear on every invoice; invoices without a PO number are rejected automatically by AP.
        Group travel insurance, Bangkok incentive trip: 36 insured persons x SGD 18.90 = SGD 680.40, policy issued by Chubb via broker, debit note DN-TRV-77120.
    """),
    ("mixed", "ops_group_chat"): _lines("""
        [09:14] Bus 2 stuck at Woodlands Checkpoint, jam until Causeway. ETA Legoland maybe 10.30 lah, pls inform client PIC we start late 30 min.
        Guys the halal caterer confirm can do 15 vegetarian + 4 no-beef, but gluten-free must order from separate kitchen, +$8 per pax. ok or not?
        Venue say the ballroom can only load-in after 2pm because got wedding in the morning. Lighting vendor also kena shift, I already WhatsApp their hotline.
        明天 6am 集合 at the warehouse, Bukit Batok Industrial Park A, 拿 banner, walkie-talkies 和 first aid kit. 记得 charge 所有 radio 哦.
        Boss say the Desaru quotation must revise, hotel increase room rate to RM 420 per night. Can someone update Q-2026-0112 and resend to client procurement?
        Weather app show thunderstorm 3pm onwards at Kranji, we move the archery tag to before lunch can? Sports hall backup booking ref ACT-77812.
        The waiver form link on Typeform down already, error 502. Use the Google Form backup first, link is in the pinned message.
        Kayak rental at Pasir Ris (Coastal Paddle Co.) only got 18 doubles tomorrow, short of 4. Their office line 6583 0021, ask if can borrow from Changi branch.
        Reminder semua: tomorrow's lanyards are colour-coded, red = first aider, green = facilitator, yellow = logistics. Jangan tukar ok.
        客户那边说 budget cut 了 15%, the cruise dinner 可能要改成 Jumbo Seafood at East Coast, 我先 hold 40 pax 的 table.
        GST invoice for March already sent from finance@teamforge.sg, but client AP say cannot find. Check spam folder first before we resend.
        Client HR portal pushed an updated allergy list, I uploaded it into the shared drive folder Dietary_FINAL_v3, pls don't print the old one.
        Ok confirm already: 3 buses, 1 van for equipment, Marina Barrage drop-off at 7.45am. Driver contact through the Tour East ops line only.
    """),
    ("ms", "notis_aktiviti"): _lines("""
        Makluman: Semua peserta program team building di Hutan Lipur Sungai Tekala, Hulu Langat, wajib hadir di tempat berkumpul sebelum jam 7.30 pagi.
        Peserta dinasihatkan membawa baju persalinan, tuala, topi dan kasut sukan. Aktiviti water confidence akan diadakan di Taman Tasik Titiwangsa.
        Talian kecemasan penganjur: 03-7865 4321 (pejabat Jom Explore Sdn Bhd) atau WhatsApp 011-5678 9900 untuk urusan pengangkutan sahaja.
        Makanan yang disediakan adalah halal dan disahkan JAKIM. Peserta yang mempunyai alahan makanan sila isi borang dalam talian sebelum 20 Mei 2026.
        Bas akan bertolak dari Menara KL Sentral, Jalan Stesen Sentral 5, 50470 Kuala Lumpur tepat jam 8.00 pagi. Bas tidak akan menunggu peserta yang lewat.
        Harga pakej: RM 185 seorang (minimum 30 orang), termasuk makan tengah hari, minum petang, fasilitator bertauliah dan insurans kemalangan diri berkumpulan.
        Program dibatalkan sekiranya MetMalaysia mengeluarkan amaran cuaca buruk tahap jingga atau merah untuk daerah Kuantan pada hari aktiviti.
        Sijil penyertaan akan dihantar melalui e-mel daripada sijil@jomexplore.com.my dalam tempoh 7 hari bekerja selepas program tamat.
        Bayaran melalui FPX atau pindahan bank ke akaun syarikat Maybank 5141 2233 8890 atas nama Jom Explore Sdn Bhd. Sila nyatakan nombor invois.
        Lawatan sambil belajar ke Muzium Negara dan Istana Budaya termasuk sesi perkongsian tentang Tunku Abdul Rahman dan kemerdekaan 1957.
        Aktiviti flying fox di Kem Bina Semangat Lata Medang terhad kepada peserta berusia 12 hingga 60 tahun dengan berat badan tidak melebihi 110 kg.
        Sila imbas kod QR di kaunter pendaftaran untuk menandatangani borang pelepasan tanggungan (waiver) secara digital sebelum aktiviti bermula.
        Hadiah cabutan bertuah ditaja oleh Padini, Secret Recipe dan Marrybrown. Cabutan akan dijalankan semasa majlis makan malam di Dewan Seri Melaka.
    """),
    ("zh-Hans", "活动须知"): _lines("""
        【集合须知】请于4月18日早上7:40前到达上海虹桥站南广场集合点，认准“启程团建”橙色旗帜，大巴8:00准时发车前往莫干山。
        团建报价：每人人民币680元（含两晚民宿、五正餐、拓展教练、团体意外险），20人起订，不含往返高铁票、酒水及个人消费，报价有效期至2026年6月30日。
        如遇台风预警，活动自动顺延，已付定金可全额转至下次活动，不设退款。客服热线：400-820-6688（工作日9:00-18:00）。
        素食、清真及无麸质餐请在报名表“饮食要求”一栏勾选，厨房需提前72小时备料，活动当天无法临时加单，如有坚果等严重过敏请在备注栏说明，敬请谅解。
        本次活动由深圳市启程文化传播有限公司承办，统一社会信用代码 91440300MA5F8K2X7Q，开票时请提供贵司全称及税号。
        高空项目（断桥、天梯、高空抓杠）参与者须年满16周岁，孕妇、心脏病及高血压患者请选择地面项目，教练有权拒绝不符合安全条件者参加。
        晚宴地点：杭州西湖国宾馆紫薇厅，地址杭州市西湖区杨公堤18号。着装建议：商务休闲，晚宴18:30开始，请提前十分钟入座。
        活动当天拍摄的照片及航拍视频将于3个工作日内上传至企业网盘，提取码 7k2m，有效期30天，请勿转发至公司以外的群组或社交平台。
        晚间分享环节：播放马拉松名将基普乔格的训练纪录片片段，并回顾苏炳添在东京奥运会男子百米半决赛跑出9秒83的比赛，主题为“突破极限”。
        订单号 QC20260418-00317 已确认，合同编号 HT-2026-0412，尾款请于活动结束后7日内支付至公司对公账户。
        报名系统提示：批量导入成功，共128行，跳过0行，模板版本v2.4，导入时间2026-04-02 10:15:33，请核对部门字段。
        旅游意外险由中国平安承保，团体保单号 PA-GTA-2026-88120456，保额每人50万元，意外医疗每人5万元，理赔请拨打95511。
        团队分组按部门随机打乱，每组8至10人，组名参考《西游记》人物：悟空队、八戒队、沙僧队、唐僧队，队旗、队服及对讲机在签到处现场领取。
    """),
    ("zh-Hant", "場地價目表"): _lines("""
        西貢戶外拓展營地半日套票：每位港幣420元（最少30位），包括教練、安全裝備、飲用水及第三者責任保險，另加一成服務費，團體訂位需繳付三成訂金。
        大嶼山梅窩營地場租：平日HK$8,800／日，週末及公眾假期HK$12,500／日，按金HK$5,000，活動後14日內退回。
        查詢熱線：2345 6789（海港團建有限公司，週一至五 9:30-18:00），電郵 booking@harbourbond.hk，商業登記號碼 71234567。
        澳門漁人碼頭會議廳租用：每小時MOP 2,600，最少4小時，包投影機、音響及無線咪兩支，另設茶點每位MOP 88起，逾時按每半小時收費。
        台北松山文創園區多功能展演廳：半日新台幣48,000元，全日新台幣85,000元，需另付清潔費新台幣6,000元及保證金新台幣20,000元。
        宜蘭團體溯溪體驗：每人新台幣1,650元，含防寒衣、頭盔、救生衣及旅平險，統一編號 24681357 之公司可開立三聯式發票。
        團體餐：港式點心套餐每位HK$168，素食、無麩質及清真餐需提前五個工作天預訂，過敏原資料可向餐廳經理索取，另收一成服務費。
        龍舟體驗（赤柱正灘）：每艇22人，每小時HK$3,200，包鼓手、舵手及救生衣，如懸掛三號或以上熱帶氣旋警告信號或黃色暴雨警告即取消。
        旅遊保險附加費：每位HK$65，承保機構為藍十字，團體保單編號 BC-GT-2026-30418，於出發前三日以電郵發出。
        攝影及航拍服務：每節HK$4,500，航拍須符合民航處《小型無人機令》，拍攝地點不可在禁飛區，例如啟德郵輪碼頭及機場附近範圍。
        工作坊參考書目：史蒂芬·柯維《與成功有約》及金庸《射鵰英雄傳》中郭靖與黃蓉的合作片段，講座每場HK$9,800，每場上限60人。
        訂單編號 HBE-240918-077 已確認，請於2026年9月1日前繳付餘款 HK$36,000 至公司戶口，付款後請電郵入數紙。
        高雄駁二藝術特區手作工作坊：每人新台幣880元，20人成團，含材料費及導覽；營業時間 10:00-18:00，週一休館，國定假日照常營業。
    """),
    ("en", "config_and_logs"): _lines("""
        participant_id,event_code,team,dietary_code,tshirt_size,waiver_signed,shuttle_point,checked_in_at
        2026-05-14T08:02:11+08:00 INFO checkin.summary event=DDN-2026-SG gate=A scanned=412 expected=520 pending=108
        dietary_codes: {VEG: "vegetarian", VGN: "vegan", HAL: "halal", NBF: "no beef", GF: "gluten free", NUT: "nut allergy - strict"}
        WAIVER_TEMPLATE_VERSION=3.2.1 WAIVER_PDF_BUCKET=s3://teamforge-waivers-prod/2026/ RETENTION_DAYS=365 ENCRYPT=aes256
        ERROR 2026-06-02 14:22:09 payments.webhook stripe signature mismatch for event evt_1PqR7sT2uVwX, retry 3/5 scheduled
        def room_split(pax: int, per_room: int = 2) -> int: return -(-pax // per_room)  # ceiling division for twin-sharing
        sha256(export_dietary_2026-05.csv) = 9f2c4e1a7b3d5f60c8e2a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5
        cron: 0 6 * * MON python3 -m reports.weekly_bookings --region=SG,MY --currency=SGD --out=/srv/reports/
        example payload for the signup API docs: {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+65 6000 0000"}
        SELECT event_code, COUNT(*) AS pax, SUM(CASE WHEN dietary_code='HAL' THEN 1 ELSE 0 END) AS halal FROM registrations GROUP BY event_code;
        insurance.api POST /v2/policies 201 Created policy_no=GTA-MY-2026-0031857 insured_count=42 premium=MYR 1,386.00
        Release v4.8.0 (2026-04-30): added MyKad and NRIC format validation on signup, masked phone numbers in exports, fixed duplicate QR codes.
        tracking: Ninja Van parcel NVSGTFE0008123456 (event T-shirts x 150) status=Out for delivery, hub=Tuas, eta=2026-05-12 14:00-18:00
    """),
    ("en", "vendor_reviews"): _lines("""
        5/5 for Wild Wild Wet's corporate package - the lazy river buyout was worth it, the ops team answered every email within an hour. Would book again for our Q3 outing.
        Ah Hock Fried Oyster Stall catered our night market theme and the queue never stopped. Portions a bit small for $6 but taste solid. Stall is at Hougang 1 basement.
        Avoid the 3D2N Bintan package from this agency - the resort upgrade never happened and the ferry tickets were wrong. Their hotline 6221 0990 just rings out.
        Mama Lee's Nyonya Kitchen in Melaka did an amazing buffet for 60 of us, ayam pongteh and cendol were the highlights. Every tray was labelled with allergens.
        The Lat cartoon workshop in Ipoh was great, the facilitator knew the Kampung Boy comics inside out. Half-day fits nicely before the Concubine Lane walk.
        Went with Captain Tan's Kelong tour from Punggol; boat was clean, life jackets for everyone, but the seafood lunch was overpriced at $45 per head.
        Orchid Country Club bowling: booking portal is clunky but the counter staff sorted out our 14-lane booking fast. Car park free for the first 2 hours on weekdays.
        Escape room at Lost SG (Bugis) was a good icebreaker for new hires; the Sherlock Holmes room is the hardest, only one of our six teams escaped.
        Booked the Auntie Anne's pretzel cart and the Mr Bean soya station for our family day - kids loved it, vendor set up 30 minutes early. 4 stars.
        Chef Wan's cooking class package was a big hit with the Malaysian team, although the celebrity chef himself only appeared for the opening demo.
        Our dragon boat session was coached by former SEA Games paddlers, very professional. Booking through the association office line 6440 8891.
        Genting SkyWorlds group tickets were fine but the express upgrade sold out; plan ahead if you have more than 40 pax. Shuttle from Awana SkyCentral worked.
        Mediocre experience at the Kuala Selangor fireflies tour - boatman rushed us, no safety briefing, and Kelip Kelip Adventures never refunded the cancelled slot.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Participant list row: Marcus Teo Wei Liang, S8734521A, Finance, vegetarian, shellfish allergy (carries EpiPen), emergency contact wife +65 9127 4408.
        Hi team, please note Priya Raghunathan from the Jurong office is 5 months pregnant, so no high-ropes or kayak for her - assign her to the photo station.
        Incident report 14/03, 11:20am: participant Daniel Koh (NRIC T0215678J) slipped at the Siloso climbing wall, suspected sprained left ankle, sent to SGH A&E by Grab.
        8236 1175 - that's the only number we have for his emergency contact, pls try again after lunch.
        Waiver signed by: Nurul Aisyah binti Kamarudin, MyKad 920318-10-5526, DOB 18/03/1992, declared condition: asthma, carries Ventolin inhaler.
        Can you remove Jason Lim from the Bali trip list? HR told me quietly he has been served a bankruptcy notice and can't travel overseas right now.
        Travel insurance claim: Rachel Goh Hui Min, passport E7723418N, policy GTA-2026-004417, lost baggage at Denpasar, payout to her POSB savings 188-54321-0.
        Shipping: the prize hamper goes to Mr Ravi Shankar, Blk 412 Bedok North Avenue 2, #08-117, Singapore 460412. Call 9834 2216 before delivery.
        Kenneth is bringing his son this time because the custody arrangement after the divorce gives him weekends - pls add one child meal under his name for Saturday.
        Dietary form #218: Full name: Siti Hajar Mohd Yusof | Email: sitihajar.my92@gmail.com | Requirement: halal, no seafood (severe allergy) | Mobile: +60 12-384 5571
        Don't put Alvin Chua on the bus with the finance team; he was arrested last month in the drink-driving case and HR is handling it confidentially.
        emergency_contacts.csv: EMP0442,Ong Bee Leng,mother,+65 9345 0127,Blk 55 Lengkok Bahru #12-341 Singapore 150055
        Salary deduction note: Mr Vikram Nair agreed to repay the $1,450 resort damage (broken TV, room 1207) via payroll at $290/month from June.
        Photo consent withdrawn: please blur Michelle Tan's face in all D&D photos, she has a personal protection order against her ex-husband.
        Car plate SJK 4821 M belongs to the participant who left his lights on at car park B, pls announce - owner is Wong Kah Fai from Procurement.
        FIN G5531870R - Ms Hannah Brennan, Irish national on Employment Pass, needs a letter from us for the insurer by Friday.
    """),
    "mixed": _lines("""
        Eh the diabetic one, Uncle Muthu from logistics, must eat by 12pm sharp or he will go hypo, pls tell the caterer lah.
        阿明's wife just called, 他昨晚 admitted to Tan Tock Seng for chest pain, cannot join Desaru. Refund his RM 420 room to his Maybank 1141 5508 2317.
        Bro, Hafiz still owe me $380 for the golf buggy damage from last year's retreat, until now never pay. Can deduct from his event allowance ah?
        林太 called again about her daughter Chloe Lim's peanut allergy, 9 years old, family day kena prepare separate snack pack, 林太 contact 9088 1243.
        Registration: Tan Ah Kow 陈亚九, IC 650722-07-5193, 59岁, high blood pressure, cannot do flying fox, pls give seat near the toilet on the bus.
        Ms Kavitha Subramaniam's MC says slipped disc, MC until 30 Apr, so takkan boleh join the hiking, mark her as excused in the sheet.
        @ops the Grab receipt for sending Mr Leong Chee Keong (the one who fainted) to NUH is $23.40, his son's number 8762 0315 in case need follow up.
        Ah Boy from IT kena caught cheating on the scavenger hunt and his manager want to put in his appraisal, we keep the CCTV still ah? His staff ID E20418.
        WhatsApp from participant: Hi this is Farah Lee, my new number is 017-336 2289, pls update cos I lost my phone at the beach yesterday, thx
        Bill to (self-sponsored): Mdm Chong Siew Lan, 12 Jalan SS2/24, 47300 Petaling Jaya, Selangor - RM 1,250 paid by cash, receipt R-0091.
    """),
    "ms": _lines("""
        Peserta Encik Mohd Faizal bin Abdullah (No. KP 870605-03-5217) cedera di lutut kanan semasa aktiviti rakit buluh dan dihantar ke Hospital Kuala Krai.
        Sila maklumkan bahawa Puan Rohana Ismail sedang menjalani rawatan kemoterapi, jadi beliau hanya akan menyertai sesi makan malam sahaja.
        Nombor telefon waris kecemasan: 019-772 4083 (suami, Encik Zulkifli). Sila hubungi jika berlaku apa-apa.
        Borang pendaftaran: Nama: Nur Izzati binti Rahman | E-mel: izzati.rahman88@yahoo.com | Saiz baju: M | Pemakanan: vegetarian | Alahan: udang
        Alamat penghantaran hamper: Cik Amirah Hassan, No. 27, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Encik Razak masih berhutang RM 2,300 kepada kelab sukan syarikat untuk yuran percutian tahun lepas, jadi pendaftarannya untuk trip Langkawi ditangguhkan.
        Akaun bank untuk bayaran balik deposit: CIMB 7012 3345 98, atas nama Siti Khadijah binti Omar, jumlah RM 150.
        Kenderaan peserta No. pendaftaran WVB 7731 diletak di kawasan larangan, pemiliknya Encik Lim Kok Wai dari bahagian akaun.
    """),
    "zh-Hans": _lines("""
        参会人员：王建国，身份证号440305198806142312，手机13826475190，素食，对花生严重过敏。
        李娜的体检报告显示她有心律不齐，教练建议她不要参加高空断桥项目，请帮忙调整分组。
        请把奖品寄到张先生家：广东省深圳市南山区科苑南路2088号阳光花园7栋1503室，电话15919832047。
        陈女士上个月刚离婚，情绪不太稳定，晚宴座位请不要安排她跟前夫同一部门的人坐在一起。
        退款账户：招商银行 6225 8802 1934 5567，户名刘晓峰，金额 1,360.00 元，请财务本周内处理。
        小赵（销售部赵磊）昨晚喝多了在酒店大堂跟保安起冲突，被派出所带走做笔录，这事先别在群里说。
        保险理赔资料：被保险人孙丽，身份证310115199203074821，事故：丛林穿越时手腕骨折，就诊医院：上海市第六人民医院。
        微信号 zhouyi_1990 是周毅的，他要求团建照片不要发到朋友圈，因为他现在请的是病假。
    """),
    "zh-Hant": _lines("""
        參加者資料：陳志偉先生，香港身份證 K482751(1)，手提 9632 1874，糖尿病，需注射胰島素，請預備冷藏盒。
        黃太（會計部黃淑儀）今日致電表示佢個仔有自閉症，家庭日需要安排安靜房間同一位專人陪同。
        意外報告：何嘉敏小姐於大嶼山行山時扭傷右腳，已送往北大嶼山醫院，聯絡人為其母親，電話 6274 3390。
        台灣團員：林怡君，身分證字號 A228157032，生日 1994/07/12，蛋奶素，聯絡電話 0928-617-402。
        請把紀念品寄到：新北市板橋區文化路一段188巷12號5樓，收件人 鄭雅婷 小姐。
        倉務部阿強（李志強）欠公司福利會旅費港幣8,600仲未還，今次日本團暫時唔好幫佢報名。
        澳門參加者梁美華，澳門居民身份證 5215874(3)，要求分房時避開吸煙樓層，因為佢有哮喘。
        吳國明先生話電郵 ng.kwokming@hotmail.com 收唔到保險單，麻煩再寄一次。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the writing assistant for TeamForge Events Pte Ltd, a Singapore team-building company. Keep replies short and polite.",
        ),
        (
            "user",
            "Draft an email to participant Benjamin Seah (benjamin.seah88@gmail.com). His waiver is incomplete, he left the medical section blank but on the phone he said he has epilepsy. We need him to fill it before Saturday's high-ropes session.",
        ),
        (
            "assistant",
            "Subject: Waiver form - medical section needed before Saturday Hi Benjamin, Thank you for registering for Saturday's programme. Your waiver is missing the medical section. As you mentioned your epilepsy on the phone, please complete that section so our facilitators can plan safely for the high-ropes session. Kindly submit it by Friday 6pm. Best regards, TeamForge Events",
        ),
        ("user", "Make it a bit softer, he's quite sensitive about it."),
        (
            "assistant",
            "Hi Benjamin, Hope you're well! Just a gentle reminder that the medical section of your waiver is still blank. Whatever you share there stays with our safety team only and helps us make sure everyone has a great day. Could you fill it in by Friday? Thank you! Warm regards, TeamForge Events",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan laporan insiden ni untuk bos: Pada 12 Mei jam 3.15 petang, peserta Encik Shahrul Nizam bin Ahmad (KP 890214-08-6631) terjatuh dari rakit semasa aktiviti di Sungai Kampar, kepala terhantuk batu, dibawa ke Hospital Teluk Intan. Isteri dimaklumkan di 013-428 7716.",
        ),
        (
            "assistant",
            "Ringkasan insiden (12 Mei, 3.15 ptg): Encik Shahrul Nizam bin Ahmad (KP 890214-08-6631) jatuh dari rakit di Sungai Kampar dan kepalanya terhantuk batu. Beliau dihantar ke Hospital Teluk Intan. Isteri telah dimaklumkan melalui 013-428 7716. Tindakan susulan: dapatkan laporan perubatan dan maklumkan syarikat insurans.",
        ),
        (
            "user",
            "Ok, tambah sekali yang kita dah failkan tuntutan insurans bawah polisi GPA-MY-2026-1187.",
        ),
        (
            "assistant",
            "Dikemas kini: Tuntutan insurans telah difailkan di bawah polisi GPA-MY-2026-1187 untuk Encik Shahrul Nizam bin Ahmad. Menunggu laporan perubatan daripada Hospital Teluk Intan untuk dilampirkan.",
        ),
    ],
    [
        ("system", "你是一家新加坡活动策划公司的中文助理，负责协助安排晚宴座位和菜单。"),
        (
            "user",
            "帮我排一下晚宴座位：陈国栋先生刚做完心脏搭桥手术，要坐靠近出口的位置；他太太黄美玲吃全素。另外周家豪和他的前女友许婷不要坐同一桌。",
        ),
        (
            "assistant",
            "建议如下：1号桌（靠近出口）：陈国栋先生、黄美玲女士（全素餐）及其部门同事；周家豪安排在5号桌，许婷安排在9号桌，两桌位于宴会厅两侧。需要我同时把全素餐数量更新给厨房吗？",
        ),
        ("user", "好的，顺便提醒厨房陈先生要低盐低脂。"),
        (
            "assistant",
            "已加入备注：1号桌陈国栋先生需低盐低脂餐，黄美玲女士为全素餐。我可以帮你把这段备注整理成发给厨房的通知。",
        ),
    ],
    [
        (
            "user",
            "can count the dietary for me? name,dept,diet,remark / Lee Wen Jie,Sales,VEG,- / Nur Syafiqah Roslan,HR,HAL,lactose intolerant / Arjun Pillai,IT,NBF,- / Tay Hui Shan,Finance,VEG,pregnant no raw food / Mohd Irfan Zaki,Ops,HAL,-",
        ),
        (
            "assistant",
            "Sure: VEG 2 (Lee Wen Jie, Tay Hui Shan), HAL 2 (Nur Syafiqah Roslan, Mohd Irfan Zaki), NBF 1 (Arjun Pillai). Special notes: Nur Syafiqah is lactose intolerant; Tay Hui Shan is pregnant, so no raw food such as sashimi or half-boiled eggs.",
        ),
        (
            "user",
            "ok can, send to caterer but dun put the pregnant part lah, she haven't announce yet",
        ),
        (
            "assistant",
            "Understood. Caterer version: VEG x2, HAL x2 (1 lactose-free), NBF x1, plus 1 vegetarian portion with no raw items. No names or personal reasons included.",
        ),
    ],
    [
        ("system", "你係一間香港活動公司嘅文書助理，用繁體中文回覆。"),
        (
            "user",
            "幫我寫封信俾保險公司，客人張偉倫先生（香港身份證 Y305618(8)）喺西貢團建玩獨木舟時手機跌咗落海，保單號碼 BC-GT-2026-30418，佢想索償 HK$7,999，聯絡電話 6103 2297。",
        ),
        (
            "assistant",
            "致藍十字理賠部： 本公司客戶張偉倫先生（香港身份證 Y305618(8)）於西貢獨木舟活動期間，手提電話不慎跌入海中。現根據團體保單 BC-GT-2026-30418 提出財物損失索償，金額 HK$7,999。如需補充資料，請致電 6103 2297 聯絡張先生。 海港團建有限公司 謹啟",
        ),
        ("user", "要唔要附單據？"),
        (
            "assistant",
            "建議附上：購買手機嘅單據、活動當日嘅參加者名單、以及事發經過嘅書面陳述。張先生需要親筆簽署索償表格。",
        ),
    ],
    [
        (
            "system",
            "Context for this session: client is Northstar Logistics Pte Ltd. Client PIC is Ms Joanne Yeo Siew Ping, HR Manager, mobile +65 9781 3320, email joanne.yeo.sp@gmail.com. She prefers WhatsApp after 7pm.",
        ),
        (
            "user",
            "Write a quick WhatsApp update to the client PIC: buses confirmed, start time pushed to 9am.",
        ),
        (
            "assistant",
            "Hi Joanne, good evening! Quick update: all 3 buses are confirmed, and the start time is now 9am instead of 8.30am. Pickup points stay the same. Let me know if you need anything else. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Room list for the Desaru trip, who is sharing with who? I pasted the booking earlier: 1207 Vikram Nair + Harish Menon, 1208 Grace Liew + Audrey Sim, 1209 Zainal Abidin (single, sleep apnea CPAP machine needs power point near bed).",
        ),
        (
            "assistant",
            "Room sharing: 1207 - Vikram Nair and Harish Menon; 1208 - Grace Liew and Audrey Sim; 1209 - Zainal Abidin (single room). Please ask the hotel to make sure room 1209 has a power point beside the bed for Zainal's CPAP machine.",
        ),
        ("user", "thanks, what time is check-in usually at Desaru Coast hotels?"),
        (
            "assistant",
            "Most Desaru Coast resorts check in from 3pm and check out by 12pm. For a group, you can request early check-in in advance, subject to availability.",
        ),
    ],
    [
        (
            "user",
            "Translate to Malay pls, to send to the family of our participant: Dear Madam, your husband Mr Kumar Ganesan is stable and resting at Hospital Sultanah Aminah after the heat exhaustion this afternoon. Our staff will stay with him. Call us at 016-892 3345 anytime.",
        ),
        (
            "assistant",
            "Puan yang dihormati, suami puan, Encik Kumar Ganesan, berada dalam keadaan stabil dan sedang berehat di Hospital Sultanah Aminah selepas mengalami keletihan haba petang tadi. Kakitangan kami akan menemani beliau. Sila hubungi kami di 016-892 3345 pada bila-bila masa.",
        ),
        ("user", "Ok can, tq"),
    ],
    [
        ("system", "你是企业团建平台的客服助手，帮助用户办理旅游意外险投保。"),
        (
            "user",
            "我们公司下个月去云南团建，帮我同事投保：郑晓东，身份证350203198509111659，手机18659027341，他有高血压，会影响投保吗？",
        ),
        (
            "assistant",
            "已记录被保险人郑晓东（身份证350203198509111659，手机18659027341）。高血压属于既往症，多数旅游意外险对既往症引发的医疗费用不予赔付，但意外伤害部分仍可正常承保。建议在投保时如实告知，并考虑附加高原反应保障。",
        ),
        ("user", "好，那就加上高原反应保障。"),
        (
            "assistant",
            "好的，已为郑晓东添加高原反应附加险，保费每人增加18元。确认后我会把保单号发到您的企业邮箱。",
        ),
    ],
    [
        (
            "user",
            "我们 Taipei incentive trip 有个 participant 是台湾人，资料 below 帮我 format 成 hotel rooming list: 黃志豪, 身分證 F129405183, 生日 1988/11/02, 手機 0935-284-611, 要 non-smoking room, 有 G6PD deficiency 不能吃蚕豆.",
        ),
        (
            "assistant",
            "Rooming list entry: Name: 黃志豪 | ID: F129405183 | DOB: 1988-11-02 | Mobile: 0935-284-611 | Room: non-smoking | Remark: G6PD deficiency, avoid fava beans (蚕豆) in all meals.",
        ),
        ("user", "hotel 不需要 ID 和 medical, 拿掉"),
        (
            "assistant",
            "Updated entry for the hotel: Name: 黃志豪 | Mobile: 0935-284-611 | Room: non-smoking | Remark: please avoid fava beans in meals (dietary request).",
        ),
    ],
]
