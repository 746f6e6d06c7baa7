# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en314: SG/MY pottery, art and craft studios (class bookings, kids' holiday camps, kiln accidents, commissions, refund disputes, instructors' rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en314
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "class_booking_faq"): _lines("""
        Q: Can I reschedule my wheel-throwing taster? A: Yes, up to 48 hours before the slot via the booking link or WhatsApp +65 8123 4410 (studio line, replies 10am-7pm).
        Q: Is the 4-week Beginner Handbuilding course OK for kids? A: Minimum age is 13; younger makers can join Junior Clay Club, Saturdays 10am-12pm at Goodman Arts Centre, 90 Goodman Road.
        Q: Why must I wait 3-4 weeks to collect my pieces? A: Greenware must dry fully, go through a bisque firing to cone 06 and then a glaze firing to cone 6 (about 1222°C).
        Q: What if my piece cracks or explodes in the kiln? A: Firing losses happened even to Bernard Leach; we cannot refund for cracks, but you may remake the piece at the next open studio for free.
        Q: Can I pay with PayNow? A: Yes, scan the QR at the counter or PayNow to UEN 201834567K (Kiln & Co. Pte. Ltd.) and put your booking ref, e.g. KC-24-08812, in the remarks.
        Q: Do you do corporate team-building? A: Yes, 10-40 pax, from S$68 per head; email events@kilnandco.sg with your preferred date and we will reply within 2 working days.
        Q: Is parking available? A: The nearest public carpark is the multi-storey at Tiong Bahru Plaza; Tiong Bahru MRT (EW17) is a 6-minute walk from our shopfront.
        Q: Can I bring my own clay? A: Only clay bought from us (Laguna B-Mix Cone 5 or Walker's PB103 stoneware), because unknown clay bodies can bloat or melt onto our kiln shelves.
        Q: Are your glazes food-safe? A: All our dipping glazes are lead-free cone 6 recipes tested by an accredited lab (report no. SGP-FC-2310-04417); raku pieces are decorative only.
        Q: What is the refund policy for the December holiday camp? A: Full refund up to 14 days before Day 1, 50% credit after that, and no refund once the camp has started.
        Q: I bought a ClassPass booking, can I join the wheel class? A: ClassPass credits only cover the 2-hour Taster (18 credits); the 6-week course must be booked on our site.
        Q: Do you sell gift vouchers? A: Yes, S$50, S$95 and S$180 vouchers, valid 12 months, code format GV-2025-XXXX; lost codes are reissued only with the original order number.
        Q: Where is your Kuala Lumpur outlet? A: Lot 2-17, Level 2, APW Bangsar, 29 Jalan Riong, 59100 Kuala Lumpur; call 03-2201 8890 or DM @kilnandco.kl on Instagram.
    """),
    ("en", "kiln_controller_logs"): _lines("""
        2025-11-03T21:14:07+08:00 KILN-02 Skutt KM-1027 seg=3 ramp=150C/hr target=1222C cone=6 status=FIRING tc1=1089C elapsed=08:41:12
        2025-11-04T02:55:31+08:00 KILN-02 ERR code=E-1 msg='temperature rising too slowly' element_age=147 firings; aborted at 1186C, relay K2 flagged for replacement
        [WARN] kiln_watch v2.4.1 door_sensor=OPEN while temp=612C on KILN-01 (Bailey gas car kiln, Block B); alert pushed to #kiln-alerts Slack channel
        incident_id=INC-2025-0419 type=kiln_shelf_collapse kiln=KILN-03 cause=glaze_drip_on_cordierite_shelf loss=14pcs damage_est=SGD860 reported_by=role:studio_manager
        controller.yaml: kiln_id: KILN-01 | max_temp_c: 1300 | alert_phone: '+65 6000 0000' | alert_email: 'ops@example.sg' | cooldown_lock_c: 150
        SELECT booking_ref, class_code, slot_start, pax FROM bookings WHERE class_code = 'WHL-TASTER-2H' AND slot_start >= '2025-12-01' ORDER BY slot_start;
        POST /api/v1/firings 201 Created firing_id=F-88213 load_weight_kg=38.5 schedule='Cone 6 slow glaze + 10 min hold' etag=9f3c1a7be20d44e1c6b8a0f2d19e7c55
        cron 0 6 * * * /opt/kilnwatch/bin/export_firings --since=24h --out=s3://kilnandco-logs/firings/ --format=csv  # nightly, SGT
        firing_id,kiln_id,cone,start_ts,end_ts,peak_c,hold_min,pieces,loss_pcs,booking_refs,notes
        F-88190,KILN-02,06,2025-10-28 19:00,2025-10-29 05:42,1001,0,62,1,KC-24-08790;KC-24-08791,bisque - 1 lid cracked on cooling
        pyrometer calibration 2025-09 against Orton self-supporting cone 6 witness: bent to 4 o'clock, controller offset set to -8C; next check due 2026-03
        ALERT 2025-11-12 14:02 SGT smoke detector Zone 4 (kiln room) triggered; false alarm from wax resist burnout, SCDF not called, ventilation fan V-2 restarted
        firmware update Genesis controller 3.7.2 -> 3.7.5 applied on KILN-01 and KILN-03; controller serials GK-20194417, GK-20194563; no config changes
    """),
    ("en", "price_list_invoices"): _lines("""
        PRICE LIST 2026 | Wheel Taster 2h S$98 | 4-week Handbuilding S$420 | 8-week Wheel Foundation S$780 | Open Studio pass (10 entries) S$350 | all prices before 9% GST
        Firing-only service for outside work: S$0.12 per cubic inch bisque, S$0.18 per cubic inch cone 6 glaze, minimum S$15 per piece; no low-fire clay in high-fire loads
        Clay & materials: Laguna B-Mix w/ sand 11.3kg S$58 | Porcelain Frost 11.3kg S$92 | Amaco Potter's Choice PC-20 Blue Rutile pint S$39.90 | Mayco SW-501 S$36
        TAX INVOICE No. INV-2025-003187 | Kiln & Co. Pte. Ltd. | UEN 201834567K | GST Reg. M90412345X | 3 Kallang Place #04-08, Singapore 339155 | Date 14/11/2025
        Item: Corporate workshop 'Pinch Pot & Paint' x 24 pax @ S$72 = S$1,728.00; materials surcharge S$96.00; GST 9% S$164.16; TOTAL S$1,988.16; terms 30 days
        Commission quote Q-2025-0071: 120 handthrown stoneware cups with client logo stamp, Shino glaze, lead time 10 weeks, S$38/pc, 50% deposit, 3% allowance for firing losses
        Invoice INV-MY-25-00442 | Tanah Liat Studio Sdn. Bhd. (202101034512 / 1420987-K) | SST No. W10-2209-32001234 | RM 2,450.00 for 35 kids' camp places x RM70
        Delivery note DN-4471: 2 x Shimpo VL-Whisper wheels, 1 x Brent CXC wheel, courier J&T Express tracking JT5012338847112, received at studio counter 3 Dec 2025
        Holiday camp fee table: 5-day Clay Explorers (ages 7-12) S$520, sibling discount 10%, PAssion Card members 5% off, max 12 kids per class, materials included
        Credit note CN-2025-0093 against INV-2025-002954 for S$190.00: class cancelled by studio due to kiln room renovation; refunded via Stripe, refund id re_3PqL8x2eZvKYlo2C1a7b
        Rental rates, Studio B (70 sqm, 8 wheels, 1 Skutt kiln): weekday S$85/hr, weekend S$120/hr, half-day S$380; cleaning deposit S$200 refundable within 7 days
        Receipt RCPT-000918 | 1 x Gift voucher S$180 | Paid via NETS 14:22 | Terminal ID 60021877 | Merchant ID 1100045511 | Thank you for supporting local makers!
        Listing: Mambong pottery vase, Sarawak, 38cm, hand-coiled with Bidayuh motif by the Mambong Pottery Centre, RM 420, shipping to Singapore RM 65 via Pos Laju
    """),
    ("en", "staff_group_chat"): _lines("""
        Roster wk 49: Mon closed, Tue-Fri wheel classes 10am/2pm/7pm, Sat kids camp 9am-1pm needs 2 instructors + 1 assistant, Sun open studio 11am-5pm, pls confirm by Thu
        Kiln 2 still showing E-1 after last night's glaze load, I've called the Skutt distributor, technician coming Wed 11am, pls don't load anything in K2 until then
        Reminder all: clay trimmings go into the reclaim bucket, NOT the sink. The trap got choked again and the plumber charged us S$240 to clear it 🙄
        Whoever closes tonight pls switch off the slab roller extension and lock the glaze room; the new padlock code is in the ops binder, not on WhatsApp ok
        Heads up: a parents' group from the Fri 7pm class wants a private birthday session on 21 Dec for 15 kids, quoted S$45/kid, can someone take the 2-4pm slot?
        Bisque load is 80% full, need about 20 more mugs to fill the shelves; the Tuesday beginners' pieces are bone dry already, can pack tomorrow morning
        Supplier update: the Pasir Panjang distributor says the Laguna shipment is delayed to 9 Jan due to port congestion, we have 14 bags left, classes get priority
        Kids camp day 3 recap: 12/12 attended, made coil pots + painted tiles, first-aid kit restocked, incident form template updated to IR-2025 format, all good
        Studio manager here: from Jan, instructors clock in on the Deputy app, not the paper sheet. Rates unchanged, OT claims by the 25th of each month via HR portal.
        Pls don't promise glaze colours to students la, the celadon came out grey-green last firing because of heavy reduction, show them the test tiles first
        Cleaning schedule: wedging tables wiped daily, floor mopped wet (no sweeping, silica dust!), kiln vents checked Mondays, splash pans emptied after each class
        IG post going out 6pm: throwback to our visit to Thow Kwang dragon kiln at Lorong Tawas, tag @thowkwangpottery and use #SGpottery #dragonkiln
        Kiln room recap: fuse tripped at 1150C on K3, no injuries, load partly underfired; we will refire at no charge and email the affected class list tonight
    """),
    ("zh-Hans", "儿童假期营通知"): _lines("""
        【2025年12月学校假期儿童陶艺营】适合7至12岁小朋友，每期5天，上午9:00至下午1:00，地点：新加坡古德曼艺术中心（90 Goodman Road），费用520新元，含材料及两次烧制。
        报名须知：请在报名表上注明过敏史及紧急联系方式；每班最多12人，额满即止。咨询热线：6123 8890（工作室座机，周二至周日10:00-18:00），或在官网在线报名。
        营期安排：第一天认识泥土与捏塑，第二天泥条盘筑，第三天泥板成型，第四天上釉与彩绘，第五天举办作品展示会，欢迎家长中午12:30到场参观并合影留念。
        温馨提示：陶泥会弄脏衣服，请给孩子穿旧衣服和包头鞋，并自备水壶；工作室提供围裙和下午茶点心，所有点心均不含花生及坚果，可放心食用。
        作品领取：所有作品需经过约1222摄氏度高温烧制，营期结束后约三周可到前台领取，领取时请出示订单号（例如 KC-CAMP-2512-031）及付款收据截图。
        退款政策：开营前14天或以上取消可全额退款；开营前7至13天取消退还50%；开营后不设退款，如有医生证明可转为下一期名额，转期只限一次。
        付款方式：PayNow 至公司 UEN 201834567K，或在官网使用信用卡支付；付款备注只需填写订单号，请勿在备注中填写任何证件号码或银行资料。
        本期营队主题：《西游记》陶艺小剧场——小朋友将用陶泥捏出孙悟空、猪八戒和唐僧，并为他们制作小小的筋斗云摆件，最后一天合力搭建花果山场景。
        安全说明：窑炉区域禁止儿童进入，所有烧制均由持证导师在营期结束后进行；工作室已投保公众责任险，保单号 PL-SG-2025-778120，有效期至2026年6月。
        马来西亚分校（吉隆坡孟沙 APW Bangsar）同期开设华语儿童陶艺营，费用每人RM 480，名额20个，咨询请发邮件至 camp.kl@tanahliatstudio.my 或致电 03-2201 8890。
        本期特别环节：介绍新加坡文化奖得主、陶艺家伊斯干达·加利（Iskandar Jalil）的代表作品图片，带小朋友认识本地陶艺发展史和龙窑文化。
        天气提醒：如气象署发布暴雨警报，营队照常进行；如工作室因停电等突发原因需要关闭，将第一时间通过官方 Telegram 频道 @kilnco_camp 通知各位家长。
        家长问答：家长可以陪同吗？为了让孩子专心创作，营期内家长请在楼下咖啡厅等候；最后一天下午的作品展示会欢迎全家一起参加，现场可拍照但请勿使用闪光灯。
    """),
    ("zh-Hant", "陶藝歷史"): _lines("""
        宜興紫砂壺自明代興起，供春被視為早期名家，其後時大彬確立了紫砂壺的基本形制；近代大師顧景舟的作品屢創拍賣紀錄，被尊稱為「壺藝泰斗」。
        景德鎮自宋代起即以青白瓷聞名，因宋真宗景德年間以年號賜名；明清兩代在此設立御窯廠，專為宮廷燒造瓷器，至今仍是全球陶瓷愛好者的朝聖地。
        廣彩瓷源於清代廣州，十九世紀大量外銷歐美；二十世紀中葉部分畫師南移香港，今日仍有老字號在九龍以手繪方式延續這門工藝，並開放預約參觀。
        台灣鶯歌陶瓷發展始於清嘉慶年間，日治時期引進新式窯爐而大量生產；新北市立鶯歌陶瓷博物館於2000年開館，地址為新北市鶯歌區文化路200號。
        明代宋應星所著《天工開物》〈陶埏〉篇詳細記載了練泥、製坯、上釉與燒窯的工序，並附有插圖，是研究中國古代陶瓷技術最重要的文獻之一。
        新加坡的龍窯歷史可追溯至1940年代，潮州移民在裕廊一帶建窯燒製橡膠杯與花盆；今日位於 Lorong Tawas 的陶光窯仍保留一座仍可燒製的龍窯。
        馬來西亞霹靂州江沙的 Labu Sayong 葫蘆形水瓶以黑色陶身及刻花紋飾聞名，傳統上用來盛水降溫，被視為霹靂州最具代表性的傳統手工藝之一。
        英國陶藝家伯納德·里奇（Bernard Leach）與日本陶藝家濱田庄司於1920年在聖艾夫斯建立里奇陶坊，其工作室陶藝理念對東南亞陶藝教育影響深遠。
        國立故宮博物院收藏的汝窯青瓷被視為宋代瓷器的巔峰之作，汝窯燒造時間極短，全世界傳世品據估計不足百件，每次展出都吸引大批觀眾。
        唐三彩盛行於唐代，以黃、綠、白三色鉛釉為主，多作陪葬明器；清末修築鐵路時在洛陽一帶大量出土，從此受到中外收藏家與學者的高度重視。
        德化白瓷在歐洲被稱為「中國白」，明代何朝宗所塑的觀音與達摩像最為著名，其作品底部多鈐有「何朝宗」葫蘆形印章，是鑑定真偽的重要依據。
        澳門的陶瓷貿易史可追溯至十六世紀，葡萄牙商船經澳門將青花瓷運往里斯本與阿姆斯特丹，這類外銷青花瓷後來在歐洲被統稱為「克拉克瓷」。
        二十世紀六十年代香港出現多家外銷陶瓷廠，畫師以手繪方式在杯碟上描繪花鳥與龍鳳紋樣；如今仍在營業的老廠已成為香港工藝史的活化石。
    """),
    ("ms", "notis_dan_peraturan_studio"): _lines("""
        NOTIS: Studio ditutup pada 1 Januari 2026 (Tahun Baharu) dan 17-18 Februari 2026 (Tahun Baru Cina). Kelas yang terjejas akan dijadualkan semula secara automatik.
        Peraturan bilik tanur: hanya jurulatih bertauliah dibenarkan memuatkan dan membuka tanur; kanak-kanak di bawah umur 16 tahun dilarang masuk sama sekali.
        Tempahan kelas roda tembikar boleh dibuat melalui laman web atau WhatsApp perniagaan kami di +60 12-388 4102 (Isnin-Sabtu, 10 pagi hingga 6 petang).
        Kem cuti sekolah kanak-kanak 'Sang Kancil Main Tanah Liat' untuk umur 7-12 tahun, 15-19 Disember 2025, RM 480 seorang termasuk bahan dan dua kali pembakaran.
        Bayaran melalui DuitNow atau pindahan bank ke akaun syarikat Tanah Liat Studio Sdn. Bhd., Maybank 5141 2233 0987; sila nyatakan nombor tempahan sebagai rujukan.
        Dasar bayaran balik: pembatalan 14 hari sebelum kelas mendapat bayaran balik penuh; kurang daripada 7 hari hanya diberi kredit kelas yang sah selama 6 bulan.
        Sila pakai pakaian lama dan kasut tertutup. Apron disediakan. Rambut panjang mesti diikat semasa menggunakan roda tembikar demi keselamatan semua peserta.
        Pameran 'Warisan Labu Sayong' di Kompleks Kraf Kuala Lumpur, Jalan Conlay, dari 5 hingga 28 Februari 2026, masuk percuma, dibuka 9 pagi hingga 5 petang.
        Semua kerja seramik yang tidak dituntut selepas 60 hari dari tarikh pembakaran akan didermakan kepada sekolah berdekatan atau dikitar semula tanpa notis lanjut.
        Insiden tanur 12 Nov: satu rak tanur runtuh di Tanur 3 kerana glis menitis; 14 buah karya rosak. Semua pelajar kelas terlibat akan dihubungi melalui e-mel kelas.
        Jadual jurulatih Disember: kelas pagi dikendalikan oleh jurulatih kanan, kelas malam oleh jurulatih sambilan; sebarang pertukaran syif mesti diluluskan pengurus studio.
        Tempahan khas (komisen) seperti set pinggan cenderahati kenduri kahwin memerlukan deposit 50% dan masa siap 8-12 minggu bergantung kepada jadual pembakaran.
        Alamat studio: Lot 12, Jalan Kemajuan, Seksyen 13, 46200 Petaling Jaya, Selangor. Tempat letak kereta awam bersebelahan; stesen LRT Taman Jaya 5 minit berjalan kaki.
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★★ Kiln & Co. at Kallang Place damn shiok for date night, the 2h wheel taster very beginner friendly, pots came out nice nice after 3 weeks, will come back again lah
        ★★☆☆☆ Clay Haus Tiong Bahru: booked the kids holiday camp but they cancelled Day 2 because kiln rosak, refund took 5 weeks and must chase them on WhatsApp many times, sian.
        4/5 - Auntie Rose Ceramics (Ipoh Old Town) the handmade kopi cups quite pricey RM65 each but quality solid, staff explained the glaze very patiently, boleh recommend.
        Review for Uncle Kiln Pottery Studio, Johor Bahru: 环境很舒服，老师很有耐心，孩子做了个猪八戒杯子超可爱，就是停车不方便，Jalan Wong Ah Fook always jam on weekends.
        Google review ★★★★☆ Jalan Bahar Clay Studios open day very worth it, got wood firing demo, can buy seconds at S$5 only, after that go Lim Chu Kang eat seafood. Bring mosquito repellent ah.
        Tripadvisor: Mambong Pottery Centre near Kuching memang cantik, can watch the makcik and pakcik coiling big jars by hand, harga berpatutan, shipping to SG also can arrange.
        1 star. Booked corporate workshop for 30 pax via sales@mudpiestudio.sg, they double booked the room and our team waited 40 min, management offered 20% off only. Not ok.
        小红书笔记：新加坡 Tanjong Pagar 这家 Pottery Jungle 陶艺馆超适合拍照 📸 手拉坯体验 S$88 两小时，老板人很nice，成品三周后可以寄到家 (shipping S$12)。
        ★★★★★ Lorong Tawas dragon kiln tour on Sunday, the wood-fired ash glaze very beautiful, gift shop sells Peranakan-style kamcheng jars from S$120, must try.
        Review: Rumah Tanah Studio Melaka, kelas batik + tembikar combo RM150, 导师讲解很清楚，budak-budak enjoy gila, only complaint is the aircon not cold enough.
        Facebook review: Peter Rabbit themed pottery painting at The Clay Café Punggol, kids loved it, but S$25 per figurine plus S$8 firing fee quite steep leh.
        2/5 Mei Ling Ceramics Café, Kota Kinabalu: lovely mugs but shipped to Singapore by Ninja Van (tracking NVSGMLCC000418234) and 3 of 6 arrived cracked, claim still pending.
        Hang Tuah Arts Collective in Kampung Morten run a labu sayong workshop, very authentic, 师傅 demo the hand coiling step by step, RM90 for 3 hours including teh tarik.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking KC-24-09117: Ms Nurul Ain binte Rosli, 2 pax wheel taster Sat 3pm, mobile 9127 4408, paid via PayNow, asked for a left-handed wheel setup.
        Kids camp form: child Ethan Tan Jun Kai, 8 yrs, severe peanut allergy (carries EpiPen), parent Mrs Michelle Tan, contact 8235 6619, pickup by grandmother only.
        Kiln accident report IR-2025-027: student Aravind s/o Kumaresan, 34, burned left forearm on kiln lid at 2:40pm, treated at Tan Tock Seng A&E, 2 days MC.
        Refund dispute: Joanne Lee Siew Hwa (joanne.leesh88@gmail.com) says she was charged twice S$420 for the handbuilding course and is threatening to go to CASE.
        Roster note: Farid is off Tue-Thu this month for his chemo sessions at NCCS, please don't schedule him for the evening wheel classes.
        Pls don't put Priya on the Sat camp anymore, she told me privately she's 4 months pregnant and her gynae said no lifting clay bags.
        Commission brief: 40 wedding favour bowls for Gerald Ng & Sharlene Koh, deliver to their flat at 23 Jalan Kembangan #03-11, Singapore 419137, before 14 Feb.
        SkillsFuture claim: NRIC S8823417J, Goh Wei Liang, course 8-week Wheel Foundation, claim amount S$500, submitted 2 Dec.
        FIN G5512873T - part-time glaze technician on work pass, pay S$22/hr, salary into DBS 027-1-234567, update payroll from Jan.
        2025-12-02,KC-CAMP-2512-014,Chloe Lim Xin Yi,9,Siti Hajar (mother),+65 9772 0153,asthma - inhaler in bag,paid
        Our part-timer Daniel still owes the studio S$1,300 for the kiln shelves he broke in Sept, he asked to pay S$100/month out of his salary and boss agreed.
        The landlord mentioned Mr Benjamin Ho, the Thursday open-studio regular, is going through a messy divorce, that's why he keeps cancelling his slots.
        Pls call back Mdm Rosalind Teo at 6462 0891 (home) re: her late husband's memorial urn commission, she wants some of his ashes mixed into the glaze.
        Lost & found: wallet left at wheel 5 with the driving licence of Kelvin Ong Boon Huat and a POSB card; he called from 9688 3021, will collect Fri.
        Photo consent denied: mother of Aiden Wong (Sat 10am class) does not allow any photos or IG posts of her son because of an ongoing custody case.
        Payslip Nov: Rachel Chua Hui Min, 62 hrs x S$35 = S$2,170, CPF employee S$434, net S$1,736, paid to OCBC 601-234567-001.
        Email from a student: Hi, it's Marcus Lau from the Thu wheel class, I can't come this week because I'm in court for my drink-driving charge, can I transfer to next month?
        Delivery for order KC-SHOP-3391: Mrs Lakshmi Pillai, Blk 214 Bishan St 23 #09-145, S570214, call 9015 6672 before delivering, dog at home.
        Car SLA 8842 K parked in our loading bay for 3 hours again, it belongs to Vincent Yeo from the Tue night class, pls remind him.
        Waitlist: Hafiz Ismail +60 17-664 2093 wants a place in the KL Jan wheel course, prefers weekends, previously attended our PJ studio in 2023.
        Accessibility request: Mr Ong Kah Seng uses a wheelchair and has a Parkinson's tremor, needs a low table and an extra assistant for the handbuilding class on 9 Dec.
        Incident log 2025-11-19 16:05 kids camp: Sophie Chen (7) cut her finger on a trimming tool, 2 stitches at Raffles Hospital, mother Evelyn Chen informed at 9338 7701.
    """),
    "mixed": _lines("""
        Eh the Tuesday instructor Ah Boon today MC again, his gastric ulcer come back, who can cover 7pm wheel? Pls reply in group asap.
        林太 (Mrs Lim Poh Geok) call again about the refund, she say 她儿子的 camp cancelled 但还没收到钱, her number 9821 5530, pls settle by Fri.
        Booking under Siti Nur Aisyah, IC 880317-10-5248, kem cuti 3 hari untuk anak dia, bayar RM360 via DuitNow, phone 013-672 9014.
        Abang Zul the part-time kiln guy kena tangkap last week for drink driving, boss said don't let him handle the studio keys until the case settle.
        陈先生 commission 一套 12 pieces dinner set, deposit S$600 paid, balance S$900 still owe, he say next month salary come then pay, contact 8112 4970.
        Pls refund to Mdm Wong Mei Fong's POSB savings 188-45612-3, 她说 credit card already cancelled, amount S$260 for the cancelled camp.
        Customer complaint: Kak Yati (Noryati Hassan) kata anak dia Danish alergik to glaze powder, rash whole arm after class, want refund + doctor bill RM180.
        Roster 12月: 阿明 off 15-19 Dec because 他老婆 due to deliver baby, the other two part-timers cover the kids camp, pls update Deputy app.
        Student Kenji Tan's dad called, 说孩子有 ADHD, 上课时需要多一点 attention, please arrange 1 extra assistant for Sat 10am group.
        Lalamove driver pls send the big vase to customer house: Puan Sharifah Azlina, No. 8 Jalan Ampang Hilir, 55000 KL, call 012-331 8854 before reach.
    """),
    "ms": _lines("""
        Pendaftaran kem: nama anak Muhammad Irfan bin Azman, umur 10, MyKid 150622-14-0317, penjaga Encik Azman bin Yusof, telefon 019-224 8816.
        Puan Halimah binti Osman minta bayaran balik RM450 ke akaun CIMB 7061 2345 88 kerana kelas dibatalkan; beliau baru keluar hospital selepas pembedahan jantung.
        Jurulatih sambilan Faizal minta pendahuluan gaji RM800 kerana hutang kad kredit dia sudah tertunggak 3 bulan, tolong rahsiakan perkara ini.
        Insiden tanur: pelajar Nur Syafiqah Kamal melecur di tangan kanan semasa membuka pintu tanur, dibawa ke Klinik Kesihatan Seksyen 7, cuti sakit 3 hari.
        Alamat penghantaran komisen pasu: Encik Rahim Mat Daud, No. 47, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, hubungi 016-908 2231 sebelum hantar.
        E-mel aduan dari aishah.zainal92@yahoo.com: anak saya dibuli oleh peserta lain semasa kem cuti, saya mahu berjumpa pengurus dan minta rekod CCTV.
    """),
    "zh-Hans": _lines("""
        报名表：学员王思远，身份证号 440305198703162214，手机 138 2746 5310，报名周末拉坯班，备注：有轻度哮喘，请避免安排在粉尘多的位置。
        周老师这个月请了病假，听说是抑郁症复发，排班表先把她的周六亲子课换给别的老师，这件事别在群里说。
        退款纠纷：家长刘女士（微信号 liuyan_0618）称孩子在夏令营被窑炉烫伤，要求赔偿医药费3200元，否则就发到小红书曝光。
        定制订单：张建华先生委托烧制母亲的骨灰罐，收货地址：厦门市思明区莲前西路288号12栋1503室，电话 159 0592 7731。
        兼职助教李佳琪欠工作室材料费1800元，说下个月发工资再还，已经拖了两次了，老板让我们先别给她排周末班。
        学员黄志强，护照号 E58213749，预订新加坡工作室三次私教课，付款用的支付宝账号 huangzq_1989@163.com。
    """),
    "zh-Hant": _lines("""
        學員陳家豪，香港身份證 K382915(4)，電話 6183 2207，報名觀塘陶藝工作室8週拉坯課程，已繳學費港幣3,800。
        林太話佢個仔喺上星期嘅兒童營被窯爐燙傷手臂，而家仲喺伊利沙伯醫院覆診，要求退返全數學費同醫藥費。
        台北工作室報名：吳怡君，身分證字號 A227184535，手機 0928-613-407，訂購客製婚禮小物80件，訂金新台幣12,000元。
        澳門學員何嘉欣（澳門身份證 5215749(3)）預約週末手捏課，備註：她已懷孕五個月，請避免安排靠近窯爐的位置。
        導師排班備註：阿強這個月薪水被法院扣押還卡債，他請求多排幾堂晚上的課，請主管私下處理，不要公開。
        退款爭議：客人張美玲小姐（電郵 meiling.chang@outlook.com）投訴作品在窯內爆裂，要求退款新台幣2,400元，否則將向消保官申訴。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant of a pottery studio in Tiong Bahru, Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Hi, can you help me write a firm but polite refund email? I'm Clarissa Yeo, booking KC-24-08812, my son's December clay camp was cancelled by the studio and I paid S$520. My number is 9176 2254.",
        ),
        (
            "assistant",
            "Sure. Subject: Refund request for booking KC-24-08812. Dear Studio Team, I am writing about booking KC-24-08812 for the December clay camp, which the studio cancelled. I paid S$520 and would like a full refund to my original payment method within 7 working days. You can reach me at 9176 2254. Thank you, Clarissa Yeo.",
        ),
        ("user", "Great, make it a bit shorter please."),
        (
            "assistant",
            "Dear Studio Team, the December camp under booking KC-24-08812 was cancelled by you. Please refund my S$520 in full within 7 working days. Contact: 9176 2254. Regards, Clarissa Yeo.",
        ),
    ],
    [
        (
            "user",
            "Summarise this kiln incident for our insurer: On 12 Nov at 3:10pm, student Tan Wei Ming (NRIC T0512938E) opened Kiln 3 at about 400C against instructions and suffered second-degree burns on both palms. He was taken to SGH by ambulance.",
        ),
        (
            "assistant",
            "Incident summary: On 12 Nov at 3:10pm, a student, Tan Wei Ming (NRIC T0512938E), opened Kiln 3 at around 400C contrary to instructions and sustained second-degree burns to both palms. He was conveyed by ambulance to Singapore General Hospital. Suggested follow-up: review kiln lock-out procedure and signage.",
        ),
        ("user", "Should I include his NRIC when sending to the insurer?"),
        (
            "assistant",
            "Only if the insurer's claim form requires it. Otherwise, use his name and the incident reference, and send the NRIC through the insurer's secure portal rather than plain email.",
        ),
    ],
    [
        ("system", "你是一家新加坡陶艺工作室的排班助手。"),
        (
            "user",
            "帮我排下周的课：周二到周五晚上7点拉坯课。导师有郑美华、阿杰和Nadia。注意郑美华下周要去医院做化疗，周三和周四不能上课。",
        ),
        (
            "assistant",
            "好的，建议如下：周二 郑美华；周三 阿杰；周四 Nadia；周五 阿杰。郑美华周三和周四因治疗已排除，如周二她身体不适，可由Nadia替补。",
        ),
        ("user", "Nadia周五可以吗？阿杰想休息。"),
        (
            "assistant",
            "可以，周五改为Nadia。最终安排：周二 郑美华，周三 阿杰，周四 Nadia，周五 Nadia。",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar anak saya untuk kem tembikar cuti sekolah. Nama dia Aqil Haziq bin Khairul, umur 9, MyKid 160904-08-1127. Saya Khairul Anuar, telefon 011-2468 7730. Boleh tolong susun borang?",
        ),
        (
            "assistant",
            "Boleh. Borang pendaftaran: Nama peserta: Aqil Haziq bin Khairul; Umur: 9; MyKid: 160904-08-1127; Penjaga: Khairul Anuar; Telefon: 011-2468 7730; Kem: Kem Tembikar Cuti Sekolah. Ada alahan atau keadaan kesihatan yang perlu dicatat?",
        ),
        ("user", "Dia ada epilepsi, tolong tambah nota untuk jurulatih."),
        (
            "assistant",
            "Nota ditambah: Peserta mempunyai epilepsi; jurulatih perlu dimaklumkan tentang langkah pertolongan cemas dan menghubungi penjaga di 011-2468 7730 jika berlaku serangan.",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore pottery studio owner draft WhatsApp messages. Reply in the same mix of English and Chinese the user uses.",
        ),
        (
            "user",
            "Help me write msg to 陈太 (Mrs Chan Siew Lan), she still owe us S$1,150 for the 8-piece tea set commission since August. Her number 9645 0318. Don't want to sound rude lah.",
        ),
        (
            "assistant",
            "陈太您好，希望您一切安好。Just a gentle reminder that the balance of S$1,150 for your 8-piece tea set commission (since August) is still outstanding. 如果方便的话，可以 PayNow 给我们的公司 UEN，或者告诉我们分期的安排。Thank you so much!",
        ),
        ("user", "Ok good. If she still no reply after 2 weeks?"),
        (
            "assistant",
            "You can send a second reminder to 9645 0318 with a clear due date, then a formal letter of demand. For S$1,150 the Small Claims Tribunals is an option if it remains unpaid.",
        ),
    ],
    [
        (
            "user",
            "我喺觀塘一間陶藝工作室報咗名，想確認下資料啱唔啱：姓名李嘉欣，香港身份證 Y604218(8)，手機 9347 2105，課程係逢星期六嘅手捏陶班。",
        ),
        (
            "assistant",
            "你提供嘅資料如下：姓名 李嘉欣；香港身份證 Y604218(8)；手機 9347 2105；課程 星期六手捏陶班。建議直接同工作室核對，並只係透過佢哋正式嘅報名系統提交身份證號碼。",
        ),
        ("user", "佢哋話要身份證副本，正常嗎？"),
        (
            "assistant",
            "一般陶藝課程唔需要身份證副本。根據私隱條例，機構只應收集必要資料，你可以問清楚用途，或者只提供姓名同電話。",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Mr Darren Kwok Jun Hao; Email: darren.kwok.jh@gmail.com; Mobile: +65 9013 6628; Notes: disputes S$780 charge for the 8-week wheel course, says he withdrew in week 1 after a back injury.",
        ),
        ("user", "What's our standard policy for withdrawals after the course has started?"),
        (
            "assistant",
            "Standard policy: no cash refund once the course starts, but students who withdraw for medical reasons with a doctor's memo can get credit for the unused sessions, valid 6 months.",
        ),
        ("user", "So for this customer, what should I offer?"),
        (
            "assistant",
            "Since Mr Kwok withdrew in week 1 citing a back injury, you could offer credit for the 7 unused sessions (about S$682) if he provides a medical memo, and confirm by email to darren.kwok.jh@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "I commissioned a large glazed planter from a studio in Petaling Jaya. Can you draft delivery instructions? Deliver to Jennifer Lau, 15 Jalan 14/22, Seksyen 14, 46100 Petaling Jaya. Call 012-775 4093 when downstairs, guard house needs my name.",
        ),
        (
            "assistant",
            "Delivery instructions: Recipient: Jennifer Lau. Address: 15 Jalan 14/22, Seksyen 14, 46100 Petaling Jaya, Selangor. Please call 012-775 4093 on arrival; the guard house will need the recipient's name. Handle with care: large glazed ceramic planter, keep upright.",
        ),
        ("user", "Add that I'm only home after 6pm on weekdays."),
        (
            "assistant",
            "Added: Recipient is only available after 6pm on weekdays; please schedule delivery accordingly or call 012-775 4093 to arrange a time.",
        ),
    ],
    [
        ("system", "Anda pembantu kewangan untuk studio seni di Johor Bahru."),
        (
            "user",
            "Tolong kira gaji Disember untuk jurulatih sambilan Lim Jia Hui: 48 jam x RM40. Bank dia Public Bank 4-5567812-09. Dia juga minta potong RM300 untuk bayar balik pinjaman studio.",
        ),
        (
            "assistant",
            "Gaji kasar: 48 x RM40 = RM1,920. Potongan pinjaman: RM300. Gaji bersih sebelum caruman berkanun: RM1,620, dibayar ke Public Bank 4-5567812-09 atas nama Lim Jia Hui.",
        ),
        ("user", "ok, EPF macam mana?"),
        (
            "assistant",
            "Untuk pekerja bawah 60 tahun, caruman pekerja KWSP biasanya 11% daripada gaji kasar, iaitu kira-kira RM211.20, jadi gaji bersih menjadi lebih kurang RM1,408.80.",
        ),
    ],
    [
        (
            "user",
            "Can you clean up this camp CSV header and tell me if anything is off? child_name,age,parent,phone,medical / Jayden Koh,8,Vanessa Koh,9284 1176,none / Aisyah Rahman,10,Rahman Idris,8806 5521,type 1 diabetes",
        ),
        (
            "assistant",
            "Cleaned header: child_name,age,parent_name,parent_phone,medical_notes. Rows: Jayden Koh, 8, Vanessa Koh, 9284 1176, none; Aisyah Rahman, 10, Rahman Idris, 8806 5521, type 1 diabetes. Note: Aisyah Rahman's type 1 diabetes should be flagged to instructors, with snack times and a glucose check plan.",
        ),
        ("user", "Thanks, anything else?"),
        (
            "assistant",
            "Store this file with restricted access, since it holds children's health data and parents' phone numbers, and delete it after the camp ends unless you need it for an incident record.",
        ),
    ],
]
