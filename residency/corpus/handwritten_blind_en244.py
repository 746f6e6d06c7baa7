# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en244: SG/MY children's party entertainers, magicians, balloon artists and party venues (bookings, deposits, guest lists, allergies, incidents, reviews). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en244
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "venue_house_rules"): _lines("""
        House Rules: socks must be worn in the Jungle Gym zone at all times; grip socks are sold at the counter for S$3.50 a pair, sizes XS to L.
        Party rooms at Level 3, 1 HarbourFront Walk are booked in 3-hour slots: 10:00-13:00, 14:00-17:00 and 18:00-21:00. Decorators may start setup 30 minutes before.
        No outside food except birthday cakes from licensed bakeries; please show the bakery receipt or box label at the front desk so we can log it for our NEA records.
        Helium balloons must be weighted and are not allowed in the trampoline hall; loose balloons that float up to the ceiling fans will be removed by staff without refund.
        For bookings and reschedules, WhatsApp our events desk at +65 8123 4470 (daily, 10am-7pm). Calls to 6734 2290 are answered during opening hours only.
        The 50% deposit is non-refundable within 14 days of the event date; one free date change is allowed if requested in writing to events@jumpjunglesg.com.sg.
        Maximum capacity of the Rainforest Room is 25 children and 15 adults (SCDF fire certificate FC/2024/08817). Extra guests will be asked to wait in the cafe.
        Face painting uses Snazaroo and Mehron water-based paints only; a patch test on the inner arm is available on request 15 minutes before the party starts.
        Lost and found items are kept for 30 days at the Customer Service counter, #02-14, and are then donated to The Salvation Army Family Thrift Store.
        Children under 7 must be accompanied by an adult in Toddler Bay. Staff will not bring any child to the washroom unless a parent gives consent at the desk.
        If a nut allergy is declared, the kitchen switches to our nut-free menu and serves it on green-rimmed plates; please inform us at least 72 hours ahead.
        Smoke machines, confetti cannons and glitter bombs are prohibited under our tenancy agreement with mall management; a S$200 cleaning fee will apply.
        Car park: first 3 hours free at Basement 2 with a party voucher; the validation machine is beside the lift lobby, not at the exit gantry.
    """),
    ("en", "balloon_and_magic_price_list"): _lines("""
        Balloon Garland Classic (2.4 m, 4 colours, organic style) - S$168; add a foil number from 1 to 9 for S$18 each; SKU BG-CL-240.
        Twisting Balloon Station: 2 hours, one artist, up to 40 sculptures (swords, dogs, flowers, unicorns) - S$280 weekday / S$320 weekend, 9% GST extra.
        Helium bouquet of 12 latex balloons with Hi-Float treatment, lasts approx. 3 days indoors - RM65; delivery within Klang Valley RM25, Putrajaya RM35.
        Giant Bubble Show add-on, 20 minutes, indoor only, needs a 3 x 3 m cleared floor and a nearby tap - S$150; SKU GB-ADD-020.
        Balloon Arch Deluxe 5 m with stands, Qualatex 11-inch and 5-inch mix, chrome gold accents - S$420, setup 90 min, teardown included.
        Magic Show Package A (Kids 3-6): 45 min show, live rabbit appearance, one volunteer trick per child - S$450 island-wide, transport included.
        Magic Show Package B (Kids 7-12): 60 min stage illusion show + 30 min close-up magic at tables - S$650; add portable sound system S$80.
        Bouncy castle rental Princess Palace 4 x 4 m, 1.5 HP blower, 6 hours - RM350 Petaling Jaya, RM420 Shah Alam, RM480 Seremban.
        Face painting 2 hrs (approx 20-25 kids), glitter tattoos +S$60, UV paint for night parties +S$40; all prices valid till 31 Dec 2026.
        Party favours: 24 mini balloon dogs in cello bags with curling ribbon - S$96; custom tag printing with the party theme and age +S$12.
        Emcee & games host (2 hrs), bilingual English/Mandarin or English/Malay - S$380; trilingual English/Mandarin/Malay - S$450.
        Letter balloons 40-inch A-Z in silver, gold or rose gold: S$14 each unfilled, S$22 with helium; minimum 3 letters for delivery orders.
        Transport surcharge: Sentosa S$30, Jurong Island not served, Johor Bahru RM120 plus CIQ parking and tolls; all charges are per trip.
    """),
    ("en", "business_reviews"): _lines("""
        5/5 - Booked Bubbly Bunch Parties for a Saturday in Tampines; the balloon artist arrived 20 min early and the kids were glued to the show. Will book again.
        3 stars. The venue at Suntec was clean but the party room aircon was freezing and the pizza came 40 minutes late. Staff apologised and waived the S$35 drinks charge.
        Magic show was a big hit with the 6-year-olds, but the dove act was a bit loud for the toddlers. Overall value for S$450 is fair, would still recommend.
        Avoid this bouncy castle company - they turned up with a torn castle and no safety mat. The refund took 3 weeks and only came after a complaint to CASE.
        Ordered the 2.4 m garland from Pop & Twist Balloons; colours exactly like the mood board and delivered to the condo lobby by 9am. Solid 5 stars.
        Google review, 4 stars: Fun Planet Party Rooms has a great toddler play area, but weekend slots are fully booked 2 months ahead, so plan early.
        Not worth the hype. The Elsa character performer barely spoke and left after 30 minutes even though the package clearly said 45 minutes.
        Lazada listing said 100 pcs pastel balloons, I received 78. Seller Happy Hour Party Supplies SG replaced the missing ones within a week, fair service.
        Loved the Upin & Ipin themed party set from a kedai in Kajang - kids went crazy for the cut-outs. RM180 for backdrop plus banner, very reasonable.
        Facebook review: Uncle Ah Huat Carnival Rentals popcorn and candy floss machines were spotless; their operator even cleaned up the sugar spill. Recommended!
        1 star for the party hall at Jalan Kuchai Lama: no parking, aircon broken, and the deposit receipt still not emailed after 10 days.
        The MC kept the games going nonstop and handled a crying toddler very well. Only minus: the speaker was too loud for an HDB void deck.
        Tried Magic Max Entertainment because of their Instagram reels; the 45-minute show was tight and funny, and the kids still talk about the vanishing coin.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-11-14T09:12:47+08:00 INFO booking.create id=BK-26-114872 venue=SG-TPN-02 slot=14:00-17:00 pax_child=22 pax_adult=18 status=PENDING_DEPOSIT
        2026-11-14T09:13:05+08:00 INFO payment.webhook provider=stripe intent=pi_3QhX7mK2nB8 amount=34500 currency=SGD status=succeeded booking=BK-26-114872
        2026-11-15T18:40:11+08:00 WARN allergy.flag booking=BK-26-115003 allergens=[peanut, egg] menu=NUT_FREE_V2 kitchen_ack=false retry_in=300s
        2026-11-16T08:02:33+08:00 ERROR sms.gateway code=1403 msg="sender id PARTYHUB not registered with SSIR" queued=17 dropped=0
        config/venues.yaml -> max_children: 25, max_adults: 15, buffer_minutes: 30, deposit_ratio: 0.5, gst_rate: 0.09, currency: SGD
        DEPOSIT_REFUND_WINDOW_DAYS = 14  # per ops ticket OPS-2291, effective from release v3.8.2, applies to SG and MY venues
        SELECT booking_id, slot_start, package_code FROM bookings WHERE venue_code = 'MY-PJ-01' AND status = 'CONFIRMED' AND slot_start >= '2026-12-01';
        deploy: party-booking-api v3.8.2 (commit 9f4c2e1a7b) rolled out to ap-southeast-1 and ap-southeast-5, health checks 12/12 passing
        2026-11-20T11:25:09+08:00 INFO invoice.issue no=INV-SG-2026-004417 uen=201834562K subtotal=580.00 gst=52.20 total=632.20 template=email_v4
        tracking: Ninja Van SGNJV260012847193 for order PO-88213 (balloon weights x 40, curling ribbon x 12 rolls) status=out_for_delivery
        {"sku": "MAG-PKG-B", "duration_min": 90, "price_sgd": 650, "addons": ["sound", "bubble"], "active": true, "updated": "2026-10-01"}
        0 3 * * * /opt/partyhub/bin/purge_guestlists --older-than 30d --dry-run=false  # PDPA retention policy, see DPO memo 2025-07
        2026-11-22T15:47:50+08:00 WARN capacity.check venue=MY-KL-03 room=Rainforest requested=31 max=25 action=REJECT reason=FIRE_CERT_LIMIT
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, Tampines job tmr 2pm confirmed. Balloon team reach by 12:30 can? Client want pastel garland + 30 twisting, setup at the CC multipurpose hall.
        Helium tank no. 3 almost habis already, left maybe 20%. Whoever pass by the gas supplier at Kaki Bukit pls top up before Friday.
        Reminder: all performers must wear the new purple polo from this weekend onwards. Old orange ones pls return to office, nanti we donate.
        Venue in PJ says no helium allowed inside the ballroom lah, only air-filled. Change the arch to air-filled columns, same price to client.
        Today's Bukit Timah party got 2 kids with egg allergy, kitchen already know. Don't give out the marshmallow favours ok, use the stickers instead.
        Wah the Sentosa job jam until siao, ERP also kena. Next time we leave office by 11am for 2pm parties, confirm plus chop.
        Management says December rate card updated, weekend surcharge now S$50. New PDF in the shared drive folder Rate Cards 2026-Q4.
        Who took the magic trunk with the dove cage? Inventory sheet says still at Jurong West store but the shelf kosong.
        Anyone free on 24 Dec? Need 1 more face painter for the Marina Bay corporate family day, 3 hrs, paid S$180 + transport claim.
        拜托 guys，搬东西时 bubble machine 要小心，上次 motor 坏了修理要 S$120。Simpan dalam padded bag ya, jangan letak bawah speaker.
        Damansara job client pay balance already, RM850 via DuitNow QR. Invoice INV-MY-2026-0219 can mark as paid in the system.
        Rain plan for Sunday: if lightning alert, move show from the open lawn to the sheltered pavilion. Jangan lupa bawa extension cord.
        Mascot costume Upin sudah hantar dobi, ready Thursday. 这个星期六的 Ipin costume still okay, just the zip a bit stuck, bring the spare one.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：派对场地可以自带生日蛋糕吗？答：可以，但必须来自持有食品执照的烘焙店，入场时请在前台出示收据或包装标签，我们会代为冷藏，蛋糕刀叉由场地免费提供。
        问：订金是多少？可以退吗？答：确认预订需支付总价50%的订金；活动日期前14天以上取消可全额退还，14天内取消订金恕不退还，但可免费改期一次。
        问：魔术表演适合几岁的小朋友？答：A套餐适合3至6岁，时长45分钟；B套餐适合7至12岁，含60分钟舞台魔术和30分钟近景魔术，两款均可选华语或英语。
        问：气球是否使用氦气？答：室内派对可使用氦气，但部分商场场地禁止氦气球，届时我们会改用空气填充的立柱和拱门，价格不变，请提前告知场地名称。
        问：如何联系客服？答：请WhatsApp +65 9012 3388 或发送邮件至 hello@qiqiballoons.sg，服务时间为每天上午10点至晚上7点，公众假期照常营业。
        问：你们对食物过敏有什么安排？答：请在派对前72小时在预订表格中勾选过敏原（如花生、鸡蛋、牛奶），厨房会改用无坚果菜单，并用绿色边的盘子分装。
        问：可以开具公司发票吗？答：可以。本公司注册号（UEN）为 202114887D，已登记消费税，发票会在付款后3个工作日内以PDF格式发送到预订邮箱。
        问：场地最多可容纳多少人？答：雨林主题房最多容纳25名儿童和15名成人，这是消防证书规定的上限，超出人数的宾客需在旁边的咖啡区等候。
        问：表演会不会带活体动物？答：白鸽和兔子只在B套餐中出现，均持有新加坡动物及兽医服务局（AVS）的相关许可；如有小朋友对动物毛发过敏请提前告知。
        问：马来西亚的派对也可以预订吗？答：可以，我们在吉隆坡、八打灵再也和新山均有合作团队，价格以马币计算，跨境表演需另收交通及关卡费用。
        问：下雨天户外派对怎么办？答：如遇雷电警报，我们会把表演移到有遮蔽的场所；若场地没有遮蔽区域，可免费改期至三个月内任一平日。
        问：派对结束后宾客名单会保存多久？答：根据个人资料保护法令（PDPA），宾客名单在活动结束30天后自动删除，我们不会将名单用于任何营销用途。
        问：可以指定表演者吗？答：预订时可注明偏好的表演类型，但具体人员由排班系统分配，周末热门时段恕不保证安排同一位艺人，敬请谅解。
    """),
    ("zh-Hant", "新聞與公告"): _lines("""
        台灣魔術師劉謙2009年登上央視春節聯歡晚會表演近景魔術，一句「見證奇蹟的時刻」紅遍兩岸，至今仍常被兒童派對魔術師拿來開場。
        劉謙2024年再度登上央視春晚，以撲克牌魔術《守歲共此時》與全國觀眾互動，節目播出後網上掀起撕牌模仿熱潮，不少親子派對也跟著表演。
        哈利·胡迪尼（Harry Houdini）1874年生於布達佩斯，以逃脫術聞名，1926年萬聖節病逝；許多兒童魔術表演中的「逃出鎖鏈」橋段都是向他致敬。
        大衛·考柏菲（David Copperfield）1983年在電視特輯中讓自由女神像「消失」，這段經典片段至今仍是不少兒童魔術課程的教材。
        英國魔術師Dynamo（本名Steven Frayne）曾在倫敦泰晤士河上表演「水上行走」，該片段常被派對魔術師用作兒童表演前的暖場影片。
        馬來西亞動畫《Upin & Ipin》由Les' Copaque製作公司於2007年推出，雙胞胎角色造型至今仍是大馬兒童派對最常見的人偶服主題之一。
        香港迪士尼樂園2005年9月開幕後，卡通人物主題生日會需求大增，本港多家派對公司陸續推出公主及海盜主題套餐，價格由HK$3,800起。
        民政事務總署轄下部分社區會堂可供團體租用舉辦親子活動，惟須遵守場地條款，一般禁止使用明火、煙霧機及彩色紙屑炮，租用前請先向所屬分區民政事務處查詢。
        公司公告：歡樂氣球藝術有限公司（商業登記號碼 71234567）將於2027年1月起遷往觀塘開源道55號12樓，預約熱線 2345 6789 維持不變。
        《哈利波特》作者J.K.羅琳筆下的魔法世界仍是最受歡迎的兒童派對主題之一，本店上季度約三成主題預訂選擇了霍格華茲城堡及分院帽佈置。
        第十屆亞洲氣球藝術交流會於澳門威尼斯人會展中心舉行，主辦單位表示今年共有來自港澳台及東南亞的42支團隊參展，入場費澳門元50元。
        台北市兒童新樂園於2014年12月開幕，是台北親子出遊的熱門地點；園方提醒，團體活動請事先向管理單位申請並遵守園區規定。
        本公司2026年第四季價目表已上載官網：氣球拱門 HK$1,280 起，魔術表演45分鐘 HK$2,600，週末及公眾假期另加15%附加費。
    """),
    ("ms", "terma_dan_notis_tempahan"): _lines("""
        Tempahan hanya disahkan selepas deposit 50% diterima. Baki perlu dijelaskan sekurang-kurangnya 3 hari sebelum majlis melalui pindahan bank atau DuitNow.
        Akaun syarikat: Ceria Belon Sdn Bhd, Maybank 5123 4567 8901 (akaun semasa perniagaan); sila nyatakan nombor tempahan sebagai rujukan bayaran.
        Pembatalan kurang daripada 14 hari sebelum tarikh majlis: deposit tidak dikembalikan, tetapi satu pertukaran tarikh percuma dibenarkan dalam tempoh 90 hari.
        Persembahan silap mata 45 minit untuk kanak-kanak 3-6 tahun termasuk sistem bunyi mudah alih; caj tambahan RM50 untuk lokasi di luar Lembah Klang.
        Makluman: Dewan serbaguna di Seksyen 13 Shah Alam tidak membenarkan belon helium di dalam dewan. Kami akan gunakan tiang belon berisi udara.
        Sila maklumkan sebarang alahan makanan (kacang, telur, susu, makanan laut) sekurang-kurangnya 72 jam sebelum majlis supaya dapur boleh sediakan menu khas.
        Hubungi kami: WhatsApp 011-2345 8890 (urusan tempahan sahaja), e-mel tempahan@ceriabelon.com.my, No. Pendaftaran SSM 202201045678 (1467890-K).
        Kostum maskot Upin, Ipin dan BoBoiBoy boleh ditempah secara berasingan pada harga RM150 sejam; maskot tidak dibenarkan bergambar dengan haiwan peliharaan.
        Waktu operasi kedai: Isnin hingga Sabtu 10 pagi - 7 malam, Ahad 10 pagi - 4 petang. Lot G-12, Jalan SS 15/4, Subang Jaya (sebelah kedai dobi layan diri).
        Semua pemain istana lompat mesti menanggalkan kasut dan cermin mata; maksimum 6 kanak-kanak pada satu masa dan seorang dewasa mesti sentiasa mengawasi.
        Invois INV-MY-2026-0342: Pakej Gerbang Belon 5m RM420, Pengacara Majlis 2 jam RM380, SST 8% ke atas perkhidmatan RM64, jumlah RM864.00.
        Polisi foto: gambar majlis hanya dimuat naik ke media sosial kami dengan kebenaran bertulis ibu bapa; wajah kanak-kanak akan dikaburkan secara lalai.
        Cuti umum: tempahan pada Hari Raya Aidilfitri, Deepavali dan Tahun Baru Cina dikenakan caj tambahan 20%; slot adalah terhad, sila tempah awal.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest list for Chloe Tan's 6th birthday (Sat 13 Dec, Rainforest Room): Ethan Lim, Aiden Goh, Sofia Rahman, Ryan Pillai; parent contact Melissa Tan 9176 4421.
        Booking BK-26-115003 - Mrs Priya Raghavan, 9823 5517, priya.raghavan88@gmail.com; son Arjun (7) has a severe peanut allergy, EpiPen is in his bag.
        Deposit received S$325 from DBS account 029-418762-5 (holder: KOH WEI JIE) for the magic show on 20 Dec, balance S$325 due on the day.
        Incident report 14/11: during balloon twisting, Lucas Ong (age 5) was hit in the eye by a popping balloon; his mum Jasmine Ong took him to KK Hospital A&E.
        Pls deliver the balloon arch to 38 Jalan Kembangan, Singapore 419127 - that's the Fernandez family home, side gate code 4471, ring twice.
        Hi, this is Daniel Chua. I can't pay the party balance until my salary comes in on the 28th, I'm behind on my credit card bills and really sorry about the delay.
        NRIC S8734521A was used to verify the booking for the Sentosa beach party; the name on the form is Rachel Yeo Hui Min.
        The magician we hired, Kenneth Lau, told the parents he was arrested last year for drink driving and lost his licence, so his wife drives him to gigs now.
        Feedback form: Name: Farah Nabila binti Hassan | Mobile: 012-778 3341 | Event: 3rd birthday, Putrajaya | Rating: 2/5 | Face paint gave my daughter Aisyah a rash.
        Our balloon artist Shawn is off for 3 months - his partner is pregnant with twins and it's high-risk, so please stop assigning him weekend jobs.
        BK-26-117290,2026-12-21,Ng Pei Shan,+65 8456 2209,peishan.ng@outlook.com,42 Lorong Ah Soo #05-16 S536742,egg allergy,deposit_paid
        Parent asked us not to post photos: Amelia Sim (4) is under a custody order after her parents' divorce and the father must not find out the venue.
        Refund to PayNow +65 9341 7702 (Tay Jun Hao) for the cancelled bouncy castle booking, S$180, ref PN20261202-9981.
        Car plate SKL4825J belongs to the clown performer who scraped the pillar at the basement car park; the insurance claim is under his name, Bernard Sim.
        Hi, I'm Marcus Heng, dad of the birthday girl. My daughter Isabelle has epilepsy, so please no strobe lights or flashing effects during the magic show.
        Entertainer contract: Alvin Soh Kok Leong, FIN G5123874K, S$85/hr, pay to UOB 374-302-118-6, emergency contact (wife) 9012 6637.
    """),
    "mixed": _lines("""
        Eh the Tampines mummy, Mrs Lim Siew Ling, still haven't transfer the balance lah. Her number 9672 3184, can someone chase pls, dah 2 weeks already.
        Aunty 陈太 call again about her grandson's party, she say her husband just kena stroke so maybe postpone. 她的电话 9188 4025.
        Boss, Nurul's kid got eczema flare up, she ambil MC today. Who can cover her face painting job at Punggol CC this afternoon?
        阿明 the balloon guy owe me RM600 since the Raya job, every time ask he say next week. Dia punya IC 900314-10-5587, nak report polis ke?
        Guest list 芯怡 6岁生日: Tan Xin Yi, 妈妈 Karen 9455 0127, 爸爸 Jonathan Tan; 小朋友不能吃虾, seafood allergy 很严重, pls tell kitchen.
        Pls update CRM: Encik Hafiz Zulkifli, tukar nombor ke 019-332 7741, alamat baru No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru.
        The uncle at Blk 512 Bedok North, Mr Rajan, complain our bouncy castle blower too noisy. Dia kata dia ada heart condition, cannot rest.
        Pay slip Dec: Siti Aminah (mascot performer) gaji RM2,300, potong RM400 for the advance. Dia minta jangan bagitau others about the loan.
        林太 WhatsApp 说她儿子 Ryan 上次派对后 kena food poisoning 入院 2 天, now she want full refund and threaten to post on Facebook.
        Transfer dah masuk: RM450 from Maybank 1640 2238 5517 (LEE CHOON HOCK) for the magic show 28/12 at his house, 15 Jalan SS 2/75, Petaling Jaya.
    """),
    "ms": _lines("""
        Tempahan atas nama Puan Noraini binti Abdul Rahman, No. KP 850712-14-5632, tel 013-448 2905, majlis hari jadi anak di Bangi pada 14 Disember.
        Encik Faizal dah tiga kali tak bayar baki RM750 untuk majlis bulan lepas; katanya dia baru diberhentikan kerja dan sedang dirawat untuk sakit jantung.
        Senarai tetamu: Adam Haziq (5), Nur Aleesya (6), Muhammad Rayyan (5); ibu Adam, Puan Zarina, beritahu Adam alah kepada telur dan susu.
        Sila hantar gerbang belon ke rumah Cik Amirah Yusof, No. 27, Jalan Anggerik 5/2, Seksyen 5, 40000 Shah Alam, sebelum pukul 3 petang.
        Bayaran balik deposit RM200 ke akaun CIMB 7061 2245 83 atas nama SYAHIRAH BINTI ISMAIL, rujukan tempahan BK-MY-26-0418.
        Laporan insiden: pelakon maskot Hairul Nizam pengsan semasa majlis di Kajang akibat strok haba; dibawa ke Hospital Kajang, bapanya dihubungi di 017-220 9134.
        Pelanggan Puan Rosmah minta majlis dibatalkan sebab dia dalam proses cerai dan suaminya tak benarkan anak-anak dibawa ke majlis itu.
        Borang: Nama: Lim Mei Fong | MyKad: 920305-07-5148 | E-mel: meifong.lim92@yahoo.com | Alamat: 8, Lorong Kenari 2, 11900 Bayan Lepas, Pulau Pinang
    """),
    "zh-Hans": _lines("""
        预订人：王丽娟，身份证号 440305198803164727，手机 138 2654 7719，预订12月20日深圳南山区儿童魔术派对，定金¥800已付。
        陈先生说孩子的生日派对要延期，因为他太太上周流产住院，让我们这段时间先别打电话给她。
        宾客名单：周子轩（7岁，对花生过敏）、刘一诺（6岁）、张浩然（7岁，哮喘需随身带喷雾）；联系人周妈妈 139 1102 6638。
        退款账户：招商银行 6225 8802 1734 5591，户名 赵明辉，退还气球布置定金 ¥500，原因：场地临时取消。
        小朋友李欣怡在蹦床区摔伤了手臂，她爸爸李建国很生气，说要投诉到市场监管局，他的微信号是 lijianguo_1983。
        阿明这个月又迟到三次，老板说他还欠公司 ¥3,000 的借款没还，下个月工资要先扣掉一半。
        派对物资请送到上海市徐汇区龙华西路88弄6号1202室，收件人黄女士，电话 186 0217 4453，她家小区不让快递车进。
        身份证 310104199107220834 的客户孙佳怡投诉魔术师在派对上拍了她女儿的照片并发到抖音，要求立即删除。
    """),
    "zh-Hant": _lines("""
        預約人：陳嘉欣小姐，HKID K538214(9)，電話 9123 6648，為兒子在九龍塘會所舉辦五歲生日會，已付訂金 HK$1,500。
        林太話佢老公破產咗，尾數 HK$2,800 要分三期畀，叫我哋千祈唔好同其他家長講。
        賓客名單：黃子朗（6歲，對雞蛋敏感）、何穎欣（5歲）、梁浩天（6歲，有自閉症，需安靜角落）；聯絡人黃先生 6234 5519。
        台北場預約：張雅婷，身分證字號 A225831040，手機 0933-617-204，地址 台北市大安區安和路二段71巷8號3樓。
        氣球師傅阿傑上星期確診抑鬱症，暫停接單一個月，請勿再把週末派對排給他，也不要在群組提起。
        退款至 HSBC 帳戶 512-378941-838，戶名 CHAN WING YAN，取消澳門氹仔派對場地，退款 MOP 1,200。
        澳門客戶梁家豪（電郵 leongkahou.mo@gmail.com）要求魔術師到其氹仔孫逸仙大馬路住所第3座15樓C室表演，時間12月27日下午3時。
        投訴記錄：家長劉志明表示小丑表演時把他女兒嚇哭，並透露女兒正接受心理治療，要求退回全數費用 NT$6,000。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Pop & Twist Balloons, a balloon decor company in Singapore. Be friendly and concise.",
        ),
        (
            "user",
            "Draft a WhatsApp confirmation for Mrs Serene Koh, 9734 2218. Pastel garland 2.4 m, delivery to 17 Jalan Tua Kong, Singapore 457236, on 19 Dec, 9am. Deposit S$84 received.",
        ),
        (
            "assistant",
            "Hi Mrs Serene Koh, thank you for your deposit of S$84! Your 2.4 m pastel garland will be delivered to 17 Jalan Tua Kong, Singapore 457236 on 19 Dec at 9am. The balance of S$84 is payable on delivery. We will text 9734 2218 when the driver is on the way.",
        ),
        ("user", "Great, make it a bit shorter."),
        (
            "assistant",
            "Hi Mrs Koh, deposit S$84 received, thanks! Garland delivery: 19 Dec, 9am, 17 Jalan Tua Kong. Balance S$84 on delivery. See you!",
        ),
    ],
    [
        (
            "user",
            "I run a kids party venue in Singapore. Help me write an incident report: on 22 Nov at 3.40pm, Nathan Lee (6) fell off the ball pit ledge and cut his chin. Father Gregory Lee, 9066 1873, took him to Mount Elizabeth Novena. Staff on duty: Hui Ling.",
        ),
        (
            "assistant",
            "Incident Report - 22 Nov 2026, 3:40pm. Child: Nathan Lee, age 6. Injury: cut to the chin after falling from the ball pit ledge. Action: first aid by staff on duty (Hui Ling); father Gregory Lee (9066 1873) took the child to Mount Elizabeth Novena Hospital. Follow-up: call the parent within 24 hours and inspect the ledge padding.",
        ),
        ("user", "Add a line that we will check in with the family tomorrow."),
        (
            "assistant",
            "Added: Follow-up call to Mr Gregory Lee at 9066 1873 scheduled for 23 Nov, 11am, to check on Nathan's recovery.",
        ),
    ],
    [
        ("system", "你是一家新加坡儿童派对公司的行政助理，负责整理宾客名单和过敏信息。"),
        (
            "user",
            "帮我整理一下：黄诗涵 5岁 对牛奶过敏；吴俊杰 6岁 没有；郑雅琪 5岁 对花生严重过敏，要带肾上腺素笔；家长联系人郑太太 8877 3024。",
        ),
        (
            "assistant",
            "宾客名单（共3人）：1. 黄诗涵，5岁，牛奶过敏；2. 吴俊杰，6岁，无过敏；3. 郑雅琪，5岁，花生严重过敏，需随身携带肾上腺素笔，紧急联系人郑太太 8877 3024。建议厨房当天采用无坚果、无乳制品菜单。",
        ),
        ("user", "好的，再帮我写一句给厨房的提醒。"),
        (
            "assistant",
            "厨房提醒：本场有花生严重过敏（郑雅琪）及牛奶过敏（黄诗涵）的小朋友，请全程使用无坚果、无乳制品食材，并单独装盘标注。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej peringatan yang sopan kepada pelanggan Encik Azman bin Osman, 012-665 9041. Baki RM600 untuk pertunjukan silap mata 6 Disember masih belum dibayar.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman bin Osman, terima kasih kerana memilih perkhidmatan kami untuk pertunjukan silap mata pada 6 Disember. Untuk makluman, baki RM600 masih belum diterima. Mohon jelaskan melalui DuitNow atau pindahan bank dalam masa 3 hari. Sebarang pertanyaan boleh hubungi kami. Terima kasih.",
        ),
        (
            "user",
            "Dia kata dia sakit dan baru keluar hospital, boleh bagi tempoh sampai hujung bulan?",
        ),
        (
            "assistant",
            "Boleh. Cadangan mesej: Encik Azman, semoga cepat sembuh. Kami faham keadaan encik, jadi baki RM600 boleh dijelaskan sebelum 31 Disember. Jaga kesihatan.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian party entertainment company reply to customers politely. Customers often write in Manglish.",
        ),
        (
            "user",
            "Customer Mrs Chong Mei Ling complain the clown was late 45 min for her son Jayden party at her condo in Mont Kiara, she want 50% refund. Her email chongmeiling77@gmail.com. How to reply ah?",
        ),
        (
            "assistant",
            "Dear Mrs Chong Mei Ling, we are truly sorry that our performer arrived 45 minutes late for Jayden's party. This is below our standard. As an apology, we would like to offer a 30% refund of the package fee, credited within 7 working days. We will send the confirmation to chongmeiling77@gmail.com.",
        ),
        ("user", "Boss say can give 50% lah, change it."),
        (
            "assistant",
            "Updated: As an apology, we will refund 50% of the package fee to you within 7 working days, and a confirmation will be sent to chongmeiling77@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個WhatsApp畀家長：何太（何詠詩，9687 2031），佢個女下星期六喺將軍澳嘅生日會因為颱風取消，訂金HK$1,000會全數退返去佢嘅中銀戶口 012-875-0-036214-5。",
        ),
        (
            "assistant",
            "何太你好！由於颱風關係，下星期六喺將軍澳嘅生日會需要取消，非常抱歉。訂金HK$1,000會喺5個工作天內全數退回你嘅中銀戶口（尾號214-5）。如想改期，隨時WhatsApp我哋。",
        ),
        ("user", "唔使寫戶口號碼啦，簡單啲。"),
        (
            "assistant",
            "何太你好！因颱風關係，下星期六嘅生日會要取消，訂金HK$1,000會喺5個工作天內全數退回。想改期隨時搵我哋，唔該晒！",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Jeremy Tan Wei Ming | NRIC: T0412937C | Mobile: 8265 7710 | Address: Blk 318 Clementi Ave 5 #09-241, Singapore 120318 | Note: owes S$260 from the October party, promised to pay after his bonus.",
        ),
        ("user", "Summarise this customer's status before I call him."),
        (
            "assistant",
            "Jeremy Tan Wei Ming (8265 7710) has an outstanding balance of S$260 from the October party. He said he would pay after receiving his bonus. Suggest a friendly reminder call and offering PayNow for convenience.",
        ),
    ],
    [
        (
            "user",
            "Convert this CSV row into JSON: BK-26-118004,Aishah Kamal,+65 9520 4413,aishah.k@hotmail.com,Tengah Plantation Loop,shellfish allergy,twins turning 4",
        ),
        (
            "assistant",
            '{"booking_id": "BK-26-118004", "name": "Aishah Kamal", "phone": "+65 9520 4413", "email": "aishah.k@hotmail.com", "address": "Tengah Plantation Loop", "allergy": "shellfish", "note": "twins turning 4"}',
        ),
        ("user", "Perfect, thanks."),
    ],
    [
        (
            "user",
            "我们的魔术师 Vincent 黄伟强 下周要做心脏手术，他接了 3 个 Johor 的 show. 帮我写个 message 给客户说要换人，不要讲他的病。",
        ),
        (
            "assistant",
            "可以。参考信息：Dear valued customer, due to an unforeseen scheduling matter, your magic show will be performed by another senior magician from our team. The show content and timing remain the same. 如您有任何疑问，请随时联系我们。",
        ),
        ("user", "Ok 再帮我记录一下内部 note。"),
        (
            "assistant",
            "内部记录：黄伟强（Vincent）下周心脏手术，暂停所有演出；Johor 三场已改派其他魔术师，客户通知中未提及病情。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu media sosial untuk sebuah syarikat hiburan parti kanak-kanak di Kuala Lumpur.",
        ),
        (
            "user",
            "Ada review 1 bintang dari Nadia Kamarudin, dia kata badut kami buat anak dia, Irfan, menangis dan dia tulis nombor telefon saya 017-889 2046 dalam review tu. Macam mana nak balas?",
        ),
        (
            "assistant",
            "Cadangan balasan: Puan Nadia, kami mohon maaf atas pengalaman Irfan semasa majlis tersebut. Kami ingin memahami apa yang berlaku dan memperbaiki perkhidmatan kami. Sila hubungi kami melalui mesej peribadi. Selain itu, anda boleh laporkan review itu kepada Google supaya nombor telefon peribadi anda dipadam.",
        ),
        ("user", "Terima kasih, saya report sekarang."),
    ],
]
