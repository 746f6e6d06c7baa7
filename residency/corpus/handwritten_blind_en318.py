# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en318: SG/MY children's party entertainers, magicians and balloon artists (party bookings at home addresses, birthday children's names and ages, allergies, deposits, no-shows, performers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en318
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Balloon Sculpting Package A (1 hr, up to 25 kids): S$280 incl. travel within CCS zone; add S$40 for Sentosa, Jurong Island not serviced.
        Magic Show Classic 45 min + bubble finale: S$380 weekdays / S$450 Sat, Sun & PH. Extra 15 min segment S$90. Prices before 9% GST.
        Twisting station add-on: 60 pcs simple (dogs, swords, flowers) S$150; 30 pcs complex (Pikachu, Elsa, Spider-Man) S$210.
        Helium balloon bouquet, 5x 12-inch latex + 1 foil number: RM68; foil numbers 0-9 available in gold, silver, rose gold and blue.
        Face painting 2 hrs, hypoallergenic Snazaroo & Diamond FX paints, up to 30 faces: S$260. Glitter tattoos +S$50 per session.
        Klang Valley transport surcharge: RM0 within 15 km of our Petaling Jaya studio, RM1.20/km beyond, Seremban & Rawang flat RM80.
        Corporate Family Day bundle (2 magicians, 1 balloon artist, 1 emcee, 4 hrs): from S$2,480, quotation valid 30 days from issue.
        Birthday Deluxe: 45 min magic show, live rabbit appearance, 1 hr balloon twisting, mini popcorn cart - S$890, 50% deposit to confirm slot.
        Balloon arch 3 m organic style (approx. 180 balloons), setup 90 min before event, teardown by client: S$320; rental stand S$45.
        Late-night surcharge after 9 pm: +S$60 per performer per hour. PH rate applies on Hari Raya, CNY Day 1-2, Deepavali and Christmas.
        Parking: client covers ERP and car park charges at venue, usually S$3-S$12; condo visitor lots must be pre-registered by the host.
        Price list effective 1 March 2026 supersedes the 2025 rate card (v3.2). Package codes BAL-A, MAG-C, MAG-D, FP-2, ARCH-3 unchanged.
        Mascot appearance (costume character, 20 min meet & greet, no copyrighted characters): RM350; additional 20 min RM150. Handler included.
    """),
    ("en", "booking_faq"): _lines("""
        Q: How far ahead should I book? A: Weekend slots in the June and December school holidays are usually full 6-8 weeks ahead; weekdays 1-2 weeks is fine.
        Q: Is the show suitable for 2-year-olds? A: Our Toddler Magic set is 30 min, no loud pops, no fire effects; recommended for ages 2 to 4.
        Q: Do you use latex balloons? A: Yes, Qualatex and Sempertex latex. If any guest has a latex allergy, tell us at booking and we switch to foil only.
        Q: Can the magician perform at a HDB void deck? A: Yes, but the host must get the void deck booking from the Town Council; we do not apply on your behalf.
        Q: What if it rains at an outdoor venue? A: We need a sheltered area of at least 3 m x 3 m; if none is available we may shorten the show without refund.
        Q: How do I pay the deposit? A: PayNow to UEN 201934517R (Jolly Popper Entertainment Pte Ltd) and send the screenshot to our office WhatsApp +65 6812 4470.
        Q: Do you do halal-friendly shows? A: Yes, we avoid any pork-based props, and the sweets we give out as prizes come from MUIS-certified suppliers.
        Q: Is a live rabbit used? A: Our rabbits are AVS-licensed. If the venue has a no-pet rule, we replace the rabbit with our plush Mr Whiskers puppet.
        Q: Cancellation? A: More than 14 days before: deposit transferable once. Within 14 days: forfeited. Host no-show (no access after 30 min wait): full fee payable.
        Q: Can you do a Frozen or Bluey themed show? A: We do a winter princess and a blue puppy theme inspired by the stories; we don't use official licensed costumes.
        Q: Which areas in Malaysia do you cover? A: Klang Valley, Johor Bahru and Penang. For JB bookings call our Skudai branch office at 07-521 8830.
        Q: Do performers need a parking space? A: One lot please. Our vans are 2.1 m tall, so some basement car parks in older shopping centres may not fit.
        Q: Can parents film the show? A: Yes, for personal use. Please don't post close-ups of the trick setups; The Magic Circle code asks us to protect methods.
    """),
    ("en", "staff_group_chat"): _lines("""
        Guys the Sat 2pm Punggol slot still no one take ah? Package MAG-C plus balloons, client already paid deposit. Pls reply by tonight.
        Reminder: restock 260Q white and black before Friday, the supplier at Peninsula Plaza closing early for stocktake. Keep receipt for claims.
        Whoever took the Bukit Timah condo job yesterday, the guardhouse says our van blocked the ramp. Next time park at visitor lots 12-15 pls.
        Pump #3 the electric one spoil already, red light keep blinking. Don't bring for gigs, I send for repair at Sim Lim Square tmr.
        Tmr got 3 shows back to back: 11am Tampines, 2pm Bishan, 5pm Clementi. Van leaves office 9.45am sharp, bring your own lunch.
        FYI the new Sempertex 160S colour Reflex Pink reached. Kids love it for unicorn horns. Don't waste on practice, use the old stock first.
        Sentosa Cove job asked for the fire wallet trick - NOT allowed indoors, SCDF rules. Just do the silk and coin routine lah.
        Invoices INV-2026-0418 to INV-2026-0431 all sent. Those with PayNow confirmations pls forward to the finance chat, not here.
        No-show at the Sengkang job today, waited 40 min at lobby, nobody answer. Boss says charge full per T&C clause 9. Log it in the system ok.
        Anyone know if the Hougang CC multipurpose hall got power point near the stage? Need for bubble machine and the speaker.
        Rabbit vet check due next week at the clinic in Toa Payoh, already booked 10am Tue. Whoever free pls bring the carrier.
        Those doing Hari Raya open house gigs in JB, passport must have 6 months validity, and declare the props at Woodlands checkpoint.
        Dove pan case cracked, ordered a new one from Tannen's online, tracking no. 1Z9X47E20398765123, ETA 12 days, use the backup first.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-03-14T09:12:44+08:00 INFO booking.create id=BK-26031-0447 package=MAG-C slot=2026-03-21T14:00 status=PENDING_DEPOSIT
        2026-03-14T09:15:02+08:00 WARN payment.webhook provider=paynow ref=PN20260314A7F3 amount=190.00 SGD matched=false retry=1
        booking_id,package_code,event_date,start_time,duration_min,headcount,allergy_flag,deposit_sgd,balance_sgd,performer_count
        DEFAULT_DEPOSIT_RATIO = 0.5  # 50% deposit; override per package in packages.yaml, e.g. ARCH-3 requires 100%
        smtp: {host: smtp.example.com, port: 587, from: bookings@jollypopper.example, reply_to: noreply@jollypopper.example}
        2026-03-21T14:38:10+08:00 ERROR checkin.timeout booking=BK-26031-0447 waited_min=38 action=MARK_NO_SHOW rule=TNC_9
        release v2.4.1 (2026-02-27): fix double-booking when two performers accept the same slot; add Deepavali and Thaipusam to PH calendar
        sha256(balloon-catalogue-2026Q1.csv) = 9f2c4e1a7b3d58e06c1f9a2b7d4e3c8015a6b9f0e2d4c7a1b3e5f7092c4d6e8a
        SELECT package_code, COUNT(*) AS n, AVG(deposit_sgd) FROM bookings WHERE event_date >= '2026-01-01' GROUP BY package_code;
        cron: 0 20 * * * python notify.py --remind-days=2 --channel=whatsapp --template=party_reminder_v5
        2026-04-02T18:01:55+08:00 INFO inventory.low sku=QL-260Q-WHT qty=3 reorder_point=10 supplier=SUP-0087
        test fixture: customer_name='Test Parent', phone='+65 6000 0000', address='1 Example Road, Singapore 000000' (dummy, never ship)
        HTTP 429 from api.whatsapp-gateway.example at 2026-04-05 10:02:17 SGT, backoff 30s, queue depth 142 reminder messages
    """),
    ("ms", "notis_dan_terma"): _lines("""
        Notis: Semua tempahan pertunjukan silap mata untuk cuti sekolah Disember mesti disahkan dengan deposit 50% sebelum 15 November.
        Terma 4.2: Pelanggan perlu menyediakan ruang lapang sekurang-kurangnya 3 m x 3 m serta satu soket elektrik berdekatan pentas.
        Harga pakej belon Asas RM250 untuk 40 belon ringkas, termasuk kos pengangkutan dalam lingkungan 15 km dari studio kami di Shah Alam.
        Kami tidak bertanggungjawab atas belon pecah selepas diserahkan. Belon lateks boleh menyebabkan risiko tercekik bagi kanak-kanak bawah 3 tahun.
        Pembayaran boleh dibuat melalui DuitNow ke nombor pendaftaran syarikat 202201034567 (Ceria Magik Enterprise) atau FPX.
        Waktu operasi pejabat: Isnin hingga Jumaat 10 pagi - 6 petang. Talian WhatsApp perniagaan 03-7865 2210 tidak aktif pada cuti umum.
        Persembahan semasa bulan Ramadan hanya selepas waktu berbuka, bermula 8.30 malam, dengan tempoh maksimum 45 minit sahaja.
        Pembatalan kurang daripada 7 hari sebelum majlis: deposit tidak dikembalikan tetapi boleh dipindahkan sekali dalam tempoh 3 bulan.
        Jika tuan rumah tidak dapat dihubungi selepas 30 minit menunggu di lokasi, tempahan dianggap tidak hadir dan bayaran penuh dikenakan.
        Alamat studio: Lot 2-15, Tingkat 2, Wisma Ceria, Jalan SS 2/72, 47300 Petaling Jaya, Selangor. Lawatan dengan temujanji sahaja.
        Watak kartun berlesen seperti Upin & Ipin dan BoBoiBoy hanya boleh digunakan dengan kebenaran Les' Copaque dan Animonsta Studios.
        Semua pelukis muka kami menggunakan cat berasaskan air yang mematuhi EN71. Sila maklumkan jika ada kanak-kanak berkulit sensitif.
        Caj tambahan RM50 dikenakan untuk lokasi di tingkat atas tanpa lif, dan RM30 untuk parkir berbayar di pusat bandar Kuala Lumpur.
    """),
    ("zh-Hans", "行业资讯"): _lines("""
        刘谦在2009年央视春晚表演近景魔术《魔手神彩》，此后内地儿童魔术培训班数量明显增长，不少派对魔术师也开始在开场模仿那句“见证奇迹的时刻”。
        历史上著名的“程连苏”其实是美国魔术师William Ellsworth Robinson的艺名，他1918年在伦敦表演接子弹魔术时因道具故障意外身亡。
        狮城魔术同好会（UEN T12SS0123A）每年十二月举办少儿魔术比赛，报名费新币30元，参赛者须为12岁以下，每人表演时间不超过六分钟。
        哈利·胡迪尼（Harry Houdini）1874年生于布达佩斯，以逃脱术闻名，他的水牢逃脱至今仍是派对魔术师在问答环节最常被孩子问到的题材。
        据马来西亚派对行业非正式统计，吉隆坡周末儿童生日派对的平均预算约为RM1,500，其中气球装饰和表演节目大约占到三成左右。
        气球造型常用型号260Q指充气后直径约2英寸、长约60英寸的长条气球，国内批发价约每包100条人民币45元至60元，进口品牌更贵。
        深圳童乐派对策划有限公司（统一社会信用代码91440300MA5G7K2P3R）本月起在南山区开设亲子魔术体验课，每节课人民币168元。
        大卫·科波菲尔1983年在电视特别节目中“让自由女神像消失”，是许多派对魔术师入行的启蒙，本期专栏带大家回顾这段经典表演。
        环保团体提醒：室内活动使用的氦气球结束后应集中放气处理，不要放飞到户外，以免缠绕电线或被海龟、鸟类误食，派对公司可在报价单中注明回收服务。
        行业提醒：乳胶气球不适合对乳胶过敏的儿童，建议商家在下单页面增加“是否有乳胶过敏”选项，并提供铝膜气球作为替代方案，同时在现场备好说明卡。
        香港迪士尼乐园的米奇老鼠和唐老鸭见面活动每天举行，不少本地派对公司因此改用自创卡通角色，以避免版权纠纷和律师信，自创角色的服装成本也更低。
        本周乳胶气球出厂价上涨约8%，主要受马来西亚和泰国天然橡胶价格波动影响，Qualatex与Sempertex的代理商均已发出调价通知。
        上海某连锁儿童乐园宣布2026年起生日派对套餐统一升级，含魔术表演30分钟及气球造型，价格由人民币1,288元起，周末另加两成。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        「奇趣魔法派對」服務很準時，魔術師提早二十分鐘到場佈置，小朋友全程笑到停不下來，收費港幣2,800元，整體來說物有所值。
        旺角那間氣球專門店款式很多，但週末取貨要排隊半小時，建議先在網上落單，訂單編號會以短訊發送，取貨時出示即可，店員會幫忙綁好氣球繩。
        台北「彩虹氣球工作室」做的生日氣球拱門很漂亮，可是氦氣球隔天就垂下來了，店家解釋冷氣房會影響浮力，下次會改用加了Hi-Float的氣球，給四顆星。
        這家派對公司的小丑表演偏長，四十五分鐘對三歲小孩來說太久，後半段大家都跑去吃蛋糕了，建議店家推出三十分鐘的幼兒版本，節奏會更好。
        銅鑼灣那間魔術道具店店員很專業，耐心教我怎麼玩魔術繩，還說可以預約到會表演，店舖熱線2890 1234，星期日及公眾假期休息，值得一去。
        澳門這間派對策劃公司可以安排葡文和粵語雙語主持，價錢澳門幣3,500起，場地在酒店宴會廳也沒問題，佈置速度很快，收場也乾淨俐落。
        臉部彩繪用的顏料說是歐盟認證，但有小朋友臉頰有點紅，店家即時用濕紙巾處理並道歉，態度不錯，整體給三星半，下次會先做皮膚測試。
        高雄夢時代附近的親子派對場地包套餐含魔術秀和氣球造型，平日新台幣12,000元，假日加價兩成，場地乾淨冷氣也夠涼，停車方便。
        訂金要先付五成，取消要提前十四天通知，條款寫得很清楚，雖然嚴格但至少沒有隱藏收費，比上次找的那家好很多，值得推薦給其他家長。
        網上評價說他們的兔子魔術很受歡迎，實際上兔子只出場兩分鐘，小朋友還來不及摸就收起來了，期望太高有點失望，其他節目倒是不錯。
        店家Facebook專頁回覆很快，報價單列明項目編號和金額，包括氣球造型、魔術表演、交通費，發票抬頭可以開公司名稱，報帳很方便。
        新竹這間氣球店做的《冰雪奇緣》艾莎造型氣球很還原，可惜運送途中破了一個，店家主動補送兩支小劍氣球，處理得宜，下次還會再光顧。
        荃灣的派對房間連魔術師套票，兩小時港幣3,680元，可容納十五位小朋友，魔術師會講粵語和普通話，推薦給雙語家庭，記得提早一個月預約。
    """),
    ("mixed", "product_listings_and_invoices"): _lines("""
        【Ready Stock】260Q Qualatex twisting balloon 100pcs/pack 魔术长条气球 assorted colour, ship from Kepong, RM52 only, COD available Klang Valley.
        Manual balloon pump double action 双向打气筒 Pam belon tangan, tahan lasak, sesuai untuk party kids, RM18.90, SKU PB-DA-02.
        Magic trick set for kids 儿童魔术道具套装 35 tricks with video tutorial QR code, suitable 6+ years, S$24.90, free delivery above S$40.
        INVOICE INV-MY-2026-00388 | Ceria Magik Enterprise (202201034567) | Pakej Belon Asas RM250.00 + Pengangkutan RM24.00 | Jumlah RM274.00
        Tax Invoice No. JP-26-0917, Jolly Popper Entertainment Pte Ltd, GST Reg 201934517R, MAG-C S$450.00, GST 9% S$40.50, Total S$490.50.
        Foil balloon number 0-9 32 inch 数字铝膜气球 Gold/Silver/Rose Gold, boleh isi helium atau udara, RM6.50 each, minimum 2 pcs.
        Bubble machine 泡泡机 auto with remote, 2 fans, 5000 bubbles/min, 220-240V UK plug, 1 year warranty by seller, S$59 (U.P. S$89).
        Packing list order #SO-88214: 2x balloon arch kit, 1x hand pump, 4x 5-inch heart mix, shipped via J&T Express, tracking 630048271193.
        Sewa mesin popcorn untuk parti hari jadi 爆米花机出租 RM120/hari, termasuk 20 kon kertas, deposit RM100 dipulangkan selepas pulang mesin.
        Official receipt OR-2026-1142 dari Gembira Party Supplies Sdn Bhd (SSM 201701025518) untuk 3 karton belon lateks, bayaran FPX diterima.
        Clown nose foam 小丑鼻子 50pcs, red, latex-free, sesuai untuk badut dan persembahan sekolah, S$12.50, ships from Woodlands warehouse.
        Quotation Q-2026-055 valid till 30/06/2026: 1 magician + 1 balloon sculptor, 2 hrs, 新春团拜 at company office, S$1,280 nett, no GST.
        Costume rental 魔术师斗篷 magician cape + top hat set, saiz kanak-kanak 4-10 tahun, RM35/3 hari, cucian termasuk, pengambilan di Cheras.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-26041-0112: host Mrs Rachel Tan Hui Min, 19 Jalan Kembangan, Singapore 419116, for her son Ethan's 6th birthday on 12 Apr, 3pm.
        Birthday girl is Aisyah binti Rahman, turning 5 on 3 May; she has a severe peanut allergy and carries an EpiPen, so no peanut snacks as prizes pls.
        Mum's WhatsApp is 9736 4481, call her when you reach the guardhouse, the condo is Parc Esta tower 3, unit #14-07.
        Deposit S$225 received from Mr Kumaravel s/o Subramaniam via PayNow (NRIC S7921846D on file), booking for twins Kavin and Karthik, age 7.
        No-show again: Mr Jason Lim Wei Jie at Blk 458 Sengkang West Way #09-212, second time this year, and he still owes us S$380 from January.
        Hi, this is Priya's mum, Deepa Nair, email deepa.nair.sg@gmail.com - can the magician do a Frozen theme for Priya's 4th at our Punggol flat?
        Note for performers: the birthday boy Ryan Ong has autism and is very sensitive to loud noises, so please skip the balloon popping finale.
        Client Mdm Norhayati bte Ismail, 012-337 8814, Taman Tun Dr Ismail, wants Upin & Ipin balloons for her grandson Adam, turning 3.
        Invoice to Mr and Mrs Gabriel Fernandez, 27 Lorong Marzuki, Singapore 416995 - balance S$310 overdue 21 days, 3 reminders sent.
        Performer payout: Muhammad Hafiz bin Osman, DBS acct 072-416853-2, 3 gigs x S$120 = S$360, pay by Friday latest.
        The dad, Mr Chong from the Serangoon job, told me quietly he just lost his job and asked if he can pay the balance in two instalments after CNY.
        Host's car SKL 4721 H will be parked in the driveway, please park behind it, not in front of the neighbour's gate.
        Grace (Mrs Heng) is 7 months pregnant, so she asked us not to use the smoke effect and to keep her daughter's show to 30 min.
        For condo security: Nur Farhana binti Kamal, FIN G5128403N, balloon artist for the 2pm slot, arriving in a white van.
        Form: Child name: Chloe Wong; DOB: 14/09/2020; Allergies: eggs, kiwi; Emergency contact: Mr Wong Kah Seng 8215 6630; Address: 8 Siglap Plain.
        Sorry need to cancel Mia's party on Sat, my husband Daniel Koh was arrested last night and I really cannot cope right now. - Linda Koh
        Photo release: Mr Arjun Mehta consents to photos of his daughter Anaya (age 6) being posted on our Instagram, signed 02/03/2026.
        BK-26052-0310,2026-05-16,15:00,Tay Boon Keat,+65 9184 2207,boonkeat.tay@outlook.com,21 Hillcrest Road,6,gluten-free
    """),
    "ms": _lines("""
        Tempahan majlis hari jadi Nur Alya Sofea, 6 tahun, di No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Ibu: Puan Zaleha, 013-274 5591.
        Encik Faizal bin Hamdan masih berhutang RM450 sejak majlis anaknya bulan lepas, dah tiga kali WhatsApp tapi langsung tak berbalas.
        No. MyKad pelanggan: 870512-10-5238, nama Roslina binti Yusof, deposit RM150 dibayar melalui DuitNow pada 4 Mac.
        Anak Puan Shalini, Arjun, 4 tahun, ada asma teruk, jadi tolong jangan guna mesin asap atau serbuk glitter semasa persembahan.
        Akaun untuk bayaran balik deposit: Maybank 1640 2235 8817, atas nama Lee Mei Ling, jumlah RM200 kerana majlis dibatalkan.
        Pemandu bawa kereta Myvi biru WXY 3827 ke rumah pelanggan di Bangsar, Encik Harith kata boleh parkir di depan pagar rumahnya.
        Puan Aminah baru bercerai dan anak-anak tinggal dengan bekas suami hujung minggu, jadi parti Danish kena tukar ke hari Jumaat.
        Emel pelanggan: haziq.ramli88@yahoo.com, untuk majlis hari jadi kembar Hana dan Hani, 7 tahun, di rumahnya di Setia Alam.
    """),
    "zh-Hans": _lines("""
        预约单：王丽华女士，手机138 2741 6650，地址上海市浦东新区锦绣路1288弄6号1202室，女儿朵朵5岁生日，3月28日下午两点。
        陈先生说他儿子小宇对牛奶和鸡蛋严重过敏，派对上的棉花糖和蛋糕都要提前跟他确认成分。
        客户身份证号44030519860714362X，姓名林晓燕，定金人民币500元已通过微信支付，用于4月6日家庭魔术派对。
        阿明又放鸽子了，约好周六在他深圳南山区桃园路家里的派对，到了没人开门，押金的事他也不回。
        张太太私下说她老公欠了一大笔赌债，这次生日派对的尾款可能要拖到下个月，请我们先别催。
        气球师傅刘志强的工资卡：招商银行6214 8312 0047 5593，本月8场演出共计人民币3,200元，请财务月底前转账。
        寿星：周子涵，7岁；家长周建国，邮箱zhoujianguo1982@163.com；主题要求小猪佩奇，人数约20人。
    """),
    "zh-Hant": _lines("""
        客人黃太（黃美玲），電話9123 4687，住沙田第一城32座18樓F室，女兒Cherry四歲生日，要冰雪奇緣主題氣球。
        麻煩記低：客戶李志偉，香港身份證K385271(7)，訂金港幣1,000元已經轉數快收到，派對喺佢西貢村屋。
        台北的陳小姐，手機0928-417-365，住大安區和平東路二段96巷12號4樓，兒子小翔六歲生日想請魔術師到府表演。
        林太話個仔阿樂有癲癇，叫魔術師唔好用閃燈效果，表演盡量溫和啲，生日會係下個禮拜六喺佢哋屋企。
        客戶身分證字號A228517636，姓名吳佩珊，訂購氣球佈置新台幣8,500元，地址新北市板橋區文化路一段188號7樓。
        澳門何先生嘅車牌MM-28-47，佢話會喺氹仔屋企樓下等我哋，幫手搬道具上樓，佢個女下個禮拜五歲生日。
        鄭先生上個月派對尾數港幣2,400元仲未找，佢話最近同太太分居，手頭緊，想分三期還。
    """),
    "mixed": _lines("""
        Eh the Saturday party at Auntie Mei's house, Blk 221 Ang Mo Kio Ave 1 #07-1503, her grandson Jayden 5 years old, 记得 no nuts ok.
        Client Encik Azlan 019-663 2104 says anak dia Iman takut badut, so jangan pakai clown makeup, magic show saja boleh.
        Mdm Chua 蔡太太 paid deposit S$200 but then cancel, she said her daughter 小琳 masuk hospital for dengue, pls refund ok.
        Performer IC for the venue pass: Tan Jun Hao, S9012764J, DOB 12/03/1990, contact 9847 2219.
        家长 Ms Jessica Yeo email jessyeo.family@gmail.com, kids Ethan & Evie, both 6, twins birthday 在 their Sentosa Cove house.
        Boss, Uncle Raju's payment bounce again, cheque OCBC 558201 returned, he owes S$560 total, tak nak angkat call.
        MyKid anak: 190723-14-0716, nama Muhammad Rayyan, untuk borang insurans event di dewan Taman Melawati, 家长 Puan Hidayah.
        那个 Kelvin Goh 老是迟付款, last time birthday party at his Bukit Panjang flat also no-show, put him blacklist pls.
        Photo from party: Mrs Ng's son Lucas blowing candles, background can see their unit #12-34 at Bedok Reservoir Road, pls blur before posting.
        Form submitted: 姓名 Lim Siew Ling | HP 016-478 2290 | Alamat 23 Jalan SS 21/37, Damansara Utama | Anak: Sophia, 5 | Alahan: kerang
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a booking assistant for a Singapore children's party entertainment company. Be warm and concise.",
        ),
        (
            "user",
            "Draft a WhatsApp confirmation to Mrs Priscilla Goh (9264 1180) for her son Marcus's 8th birthday magic show, 18 Apr 3pm at 41 Jalan Bunga Rampai. Deposit S$200 received, balance S$250 due on the day.",
        ),
        (
            "assistant",
            "Hi Mrs Goh! Confirming Marcus's 8th birthday magic show on Sat 18 Apr, 3pm at 41 Jalan Bunga Rampai. We've received your S$200 deposit; the balance of S$250 can be paid by PayNow on the day. Our magician will arrive 20 min early to set up. See you soon!",
        ),
        ("user", "Add that his cousin has a latex allergy so we'll only bring foil balloons."),
        (
            "assistant",
            "Sure, added: Since one of Marcus's cousins has a latex allergy, we'll bring foil balloons only - no latex at the party.",
        ),
    ],
    [
        (
            "user",
            "A client, Mr Desmond Ho, still hasn't paid the S$380 balance for his daughter Kayla's party on 2 March. His email is desmond.ho77@gmail.com. Help me write a firm but polite reminder.",
        ),
        (
            "assistant",
            "Subject: Outstanding balance - Kayla's birthday party (2 March). Dear Mr Ho, thank you again for having us at Kayla's party. Our records show a balance of S$380 is still outstanding. We'd appreciate payment within 7 days via PayNow or bank transfer. Please let us know if you have any questions. Best regards.",
        ),
        ("user", "Can you make it shorter for WhatsApp?"),
        (
            "assistant",
            "Hi Mr Ho, gentle reminder that the S$380 balance for Kayla's party on 2 Mar is still pending. Could you settle it by this Friday via PayNow? Thank you!",
        ),
    ],
    [
        ("system", "Anda pembantu jadual untuk syarikat badut dan silap mata di Selangor."),
        (
            "user",
            "Tolong susun jadual Sabtu ni: majlis 1 rumah Puan Rohani di No. 8, Jalan Kenari 5, Bandar Puchong Jaya, anak Aqil 4 tahun alah telur; majlis 2 di Subang Jaya pukul 4 petang, tuan rumah Encik Wong 017-552 9034.",
        ),
        (
            "assistant",
            "Jadual Sabtu: 11.00 pagi - rumah Puan Rohani, No. 8 Jalan Kenari 5, Bandar Puchong Jaya (Aqil, 4 tahun - ALAH TELUR, jangan beri gula-gula berasaskan telur). 4.00 petang - Subang Jaya, hubungi Encik Wong di 017-552 9034 apabila tiba. Beri masa 45 minit untuk perjalanan antara lokasi.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信消息给客户刘女士（电话139 1628 4705），她女儿欣欣6岁生日派对要从5月10日改到5月17日，地点还是她家在杭州西湖区文三路的小区。",
        ),
        (
            "assistant",
            "刘女士您好！欣欣的6岁生日派对已为您改期至5月17日，时间和地点（西湖区文三路家中）不变。魔术师会提前20分钟到场布置，如有其他需要请随时联系我们。",
        ),
        ("user", "再加一句，定金300元会自动转到新日期。"),
        ("assistant", "好的，补充：您已支付的300元定金将自动转用于5月17日的新场次，无需重新付款。"),
    ],
    [
        ("system", "你係一間香港派對公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "幫我整理呢張單：客戶區生，電話6432 8819，屋企喺將軍澳日出康城第三期5座22樓B室，個仔俊朗七歲生日，要魔術加氣球，訂金收咗港幣1,500。",
        ),
        (
            "assistant",
            "訂單摘要：客戶區生（6432 8819）；地址：將軍澳日出康城第三期5座22樓B室；壽星：俊朗，7歲；項目：魔術表演＋氣球造型；已收訂金港幣1,500，餘數活動當日繳付。",
        ),
        ("user", "得，順便提醒我要問佢屋苑管理處泊車安排。"),
        ("assistant", "已加備註：活動前兩日致電區生確認屋苑管理處訪客泊車登記。"),
    ],
    [
        (
            "user",
            "Bro the 3pm job at Choa Chu Kang today, host Mr Lawrence Seah, 31 Teck Whye Lane, we waited 45 min nobody open door, phone 9152 7740 also no answer. Can charge full or not?",
        ),
        (
            "assistant",
            "If your booking terms include a no-show clause (e.g. full fee payable if the host can't be reached after 30 min), you can charge per the contract. Document it: take a timestamped photo at the door, screenshot your call log to 9152 7740, and send Mr Seah a written message today stating the wait time and the clause you're applying.",
        ),
        ("user", "Ok can help me write the message?"),
        (
            "assistant",
            "Hi Mr Seah, our magician arrived at 31 Teck Whye Lane at 2.50pm today and waited until 3.45pm but was unable to reach you. As per clause 9 of our booking terms, the full fee applies. Please let us know if there was an emergency and we'll discuss a reschedule.",
        ),
    ],
    [
        (
            "system",
            "Customer on file: Mrs Farah Aziz, +65 8731 5506, 12 Jalan Remaja, Singapore 668680. Child: Zara, turning 5 on 9 Jun. Notes: Zara has a severe shellfish allergy; father works overseas.",
        ),
        ("user", "What balloon shapes are popular with 5-year-old girls these days?"),
        (
            "assistant",
            "Unicorns, butterflies, flower wands, princess crowns and little puppies are the top picks for 5-year-olds. For Zara's party on 9 Jun, a unicorn and crown combo would fit nicely.",
        ),
    ],
    [
        (
            "user",
            "My son Nathan Lee is turning 6 next month and he has coeliac disease. We're having the party at our place in Tiong Bahru. What should I tell the magician and caterer?",
        ),
        (
            "assistant",
            "Tell both in writing that Nathan has coeliac disease and needs strictly gluten-free food. Ask the magician not to hand out sweets or snacks as prizes unless you've approved them, and ask the caterer about cross-contamination in their kitchen. Having a gluten-free cake from a dedicated bakery is the safest option.",
        ),
        ("user", "Should I also tell the other parents?"),
        (
            "assistant",
            "Yes, a short note in the invite helps, e.g. asking guests not to bring outside food, so Nathan can safely enjoy everything on the table.",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong kira payout bulan ni? Hafizah Rosli (CIMB 7064 1183 29) buat 5 show x RM150, Kenneth Lau (Public Bank 4-8821-3307) buat 3 show x RM180 plus transport RM60.",
        ),
        (
            "assistant",
            "Payout bulan ini: Hafizah Rosli - 5 x RM150 = RM750, ke CIMB 7064 1183 29. Kenneth Lau - 3 x RM180 = RM540 + transport RM60 = RM600, ke Public Bank 4-8821-3307. Jumlah keseluruhan RM1,350.",
        ),
        ("user", "Ok thanks, tolong buat ringkasan untuk group accounts."),
        (
            "assistant",
            "Ringkasan payout: 2 performer, 8 show, jumlah RM1,350 (Hafizah RM750, Kenneth RM600). Sila transfer sebelum 5 haribulan.",
        ),
    ],
    [
        ("system", "你是台灣一家氣球佈置工作室的客服助理，使用繁體中文。"),
        (
            "user",
            "幫我回覆客人陳怡君，她手機0935-218-604，說上週在她台中北屯區家裡的生日派對，氣球拱門隔天就倒了，要求退一半費用新台幣4,000元。",
        ),
        (
            "assistant",
            "陳小姐您好，非常抱歉上週府上的氣球拱門沒有維持到隔天，造成您的困擾。我們會先請師傅檢視照片，若確認是施工固定不足，將依規定退還部分費用，並於三個工作天內以電話0935-218-604與您聯繫。",
        ),
        ("user", "語氣再柔和一點，也提到可以改成下次活動的折價券。"),
        (
            "assistant",
            "陳小姐您好，真的很抱歉讓孩子的生日留下遺憾。除了退款選項，我們也可以提供新台幣4,000元的折價券，供您下次活動使用，您可以選擇最方便的方式，我們會盡快與您聯繫確認。",
        ),
    ],
]
