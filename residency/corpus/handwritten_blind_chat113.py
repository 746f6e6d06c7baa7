# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat113: chats with an assistant about one's own hostel, dorm or shared-room living. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat113
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "roommate_conflict_advice"): _lines("""
        User: my roommate keeps bringing her boyfriend over past 11pm and our hall says no overnight guests. how do I bring it up without it getting awkward? Assistant: Start with a calm one-on-one, point to the hall rule rather than only your feelings, and offer a concrete compromise such as guests out by 10:30pm on weekdays. If it keeps happening, the resident assistant on your floor can mediate.
        User: Draft a roommate agreement for a 2-person room covering quiet hours, cleaning, guests, shared groceries and aircon temperature. Assistant: Roommate Agreement, Room ____. 1. Quiet hours 11:00pm to 7:00am, Sun to Thu. 2. Cleaning: alternate weeks, floor and bin every Sunday. 3. Guests: 24h notice, none overnight. 4. Groceries: shared items split 50/50, labelled items are private. 5. Aircon set at 25°C, off when room is empty. Signed: ____________ / ____________ Date: ________
        User: is it fair to split the aircon credit 50/50 if one person uses it way more? we're on a prepaid card at $0.32 per kWh Assistant: Not really. Either log hours on a shared note and split by usage, or agree a base 50/50 for sleeping hours and have whoever runs it in the daytime top up the extra.
        User: Sheldon's Roommate Agreement from The Big Bang Theory, which clauses are actually worth copying for a real hostel room? Assistant: The overnight-guest notice and the thermostat clause are genuinely useful. Skip the bathroom schedule and the emergency clauses about robot uprisings.
        User: my bunkmate snores like a motorbike, earplugs didn't help. any polite way to ask for a room swap? Assistant: File the swap request with the hall office and describe the issue as sleep disruption and incompatible schedules. You do not need to blame anyone, and most offices keep the reason confidential.
        User: 4 of us share one bathroom and nobody cleans it. make me a weekly rota Assistant: Week 1: A toilet, B shower, C sink and mirror, D floor and bins. Move everyone one task down each Monday, so each person repeats a task only once a month.
        User: How do I tell someone in my room that cooking instant noodles with a kettle at 2am is a problem? there's no pantry on our level Assistant: Mention it at a neutral time, not at 2am. Say the smell and the noise wake you, ask whether they could cook before midnight or use the level 3 pantry, and check whether kettles are even allowed under the hall rules.
        User: roommate borrowed my rice cooker 3 weeks ago and hasn't given it back, how do i ask without sounding petty
        User: What should I do if I suspect a roommate is taking small amounts of cash from my drawer? Assistant: Do not accuse without evidence. Lock valuables in your locker, note amounts and dates, and report to hall management or campus security, who can review corridor CCTV under their own policy.
        User: In Friends, Monica and Rachel lose their apartment to Joey and Chandler in a trivia bet. Could a student hall actually allow a room swap mid-semester? Assistant: Usually only through the office, often with an admin fee of $20 to $50 and before a cut-off such as week 6.
        User: Give me 5 icebreaker questions for meeting a new roommate on move-in day Assistant: 1. Early bird or night owl? 2. How do you feel about guests? 3. Music with or without headphones? 4. What temperature do you sleep best at? 5. Anything you would rather not share, food included?
        User: i work night shift at a warehouse, 10pm to 6am, and my roommate has 8am classes. how do we not kill each other Assistant: Blackout curtains and a sleep mask for you, a lamp instead of the ceiling light for them, and a rule that alarms go on vibrate. Agree on a two-hour quiet window when you get in.
        User: Our room has 3 people and only 2 desks. Fair way to allocate? Assistant: Rotate monthly, or give the third person the larger wardrobe and first pick of bed. Ask the office too: many halls have a spare desk in storage.
    """),
    ("en", "deposits_and_bookings"): _lines("""
        User: booked a 6-bed mixed dorm on Hostelworld, ref HW-88217463, 3 nights at SGD 38 a night, and now the hostel says I need a $50 cash key deposit on arrival. legit? Assistant: Key deposits are common. Check the property's policy page in the booking, ask for a receipt and confirm it is returned at check-out.
        User: My hall invoice INV-2026-041187 shows Hostel Fee S$2,486.00, Damage Deposit S$300.00 (refundable), GST 9% on the fee only. Why no GST on the deposit? Assistant: A refundable deposit is not payment for a service, so GST is not charged on it. If any part is later kept for damage, GST may apply to that amount.
        User: The operator (UEN 201734561K) wants to deduct $180 from my $600 deposit for wall marks. Clause 7.2 of the licence says fair wear and tear is excluded. How do I push back? Assistant: Ask in writing for itemised costs and photos, quote clause 7.2, attach your move-in photos, and say you will file with the Small Claims Tribunals if it is not resolved in 14 days.
        User: In KL, how many months deposit is normal for a room rental? they're asking 2+1 plus RM150 for the access card Assistant: 2+1 is typical for whole units. For a single room, 1+1 or 1+0.5 is more common, so you can try to negotiate. The access card deposit should be refunded when you return the card.
        User: Agoda booking 1428856093 for a capsule hostel in Bugis was cancelled by the property and the refund is still pending after 14 days. what now Assistant: Open the booking in the Agoda app, go to Help, and ask for escalation quoting the booking ID. If nothing happens within the stated refund window, raise a dispute with your card issuer.
        User: What does utilities capped at RM120/month, excess split equally mean in my co-living agreement? Assistant: The rent includes up to RM120 of electricity and water for the whole unit each month. If the bill is RM180, the extra RM60 is split between all tenants, so with 4 people each pays RM15.
        User: Is a HK$1,500 booking fee for a subdivided flat room refundable if I pull out before signing? Assistant: Only if the receipt or the provisional agreement says so. Ask for the condition in writing before paying, and get a receipt with the flat address and the agent's licence number.
        User: Check my math for move-in: deposit RM650, advance rent RM650, utilities deposit RM200, plus stamp duty on a 12-month tenancy. Assistant: RM1,500 before stamp duty. Stamp duty depends on the annual rent of RM7,800 and the current LHDN rates; the STAMPS portal calculates it for you.
        User: the hostel charged my card twice for one booking, transaction IDs 7F3A-22C1 and 7F3A-22C9, both S$114.90. what do I tell the bank? Assistant: Tell them it is a duplicate charge, give both transaction IDs, the amount and the date, and attach the single booking confirmation. Ask the hostel for a refund in writing at the same time.
        User: My housing portal says Deposit forfeited: late withdrawal after 15 Jul 2026. Can they keep it if my visa was rejected? Assistant: Many universities waive the forfeiture for visa refusal if you send the refusal letter. Check the housing terms for a hardship or visa clause and appeal within the deadline.
        User: write a short polite email to housing@ asking when my hall deposit refund will be processed, booking ref RH-2026-00731 Assistant: Subject: Deposit refund status, booking RH-2026-00731. Dear Housing Office, I checked out on [date] and would like to know when my deposit refund will be processed. Thank you. Kind regards, [Your name]
        User: For a $900 hostel deposit in Singapore, do I go to the Small Claims Tribunals? Assistant: Yes, the SCT hears claims up to $20,000, or $30,000 if both sides agree, and tenancy disputes for residential property are within its scope. You file online through the Community Justice and Tribunals System.
        User: tracking no. SPXMY04471289336, the hostel says they posted my forgotten laptop charger by Shopee Express. how long from Penang to Johor usually? Assistant: Usually 2 to 4 working days. If it stays at the same hub for more than 3 days, contact Shopee Express support with the tracking number.
    """),
    ("zh-Hans", "campus_dorm"): _lines("""
        User: 我们学校宿舍晚上11点门禁，晚归要刷卡登记，一学期超过3次会通报。怎么跟宿管阿姨沟通晚归原因比较好？ Assistant: 最好提前在学校的公寓管理系统里报备，写清楚原因和预计回来的时间；当天回来时态度客气一点，把报备截图给宿管看就行。
        User: 室友每天凌晨两点打游戏还开麦，说了两次都没用，怎么办 Assistant: 先约个白天的时间好好谈，提出具体要求，比如12点以后戴耳机、不开麦；如果还不行，可以找楼长或者辅导员协调，必要时申请调寝。
        User: 帮我写一份宿舍卫生值日表，四人间，周一到周日 Assistant: 周一：1号床 拖地+倒垃圾；周二：2号床 擦桌面+阳台；周三：3号床 卫生间；周四：4号床 拖地+倒垃圾；周五至周日依次轮换，周日晚上全员一起大扫除15分钟。
        User: 大一新生宿舍要带什么？我分到的是上床下桌六人间 Assistant: 床垫和床上三件套、床帘、小台灯、插线板（要买学校允许的带保护的）、收纳箱、拖鞋、晾衣架、一个小药箱。大功率电器先别买，等看了宿舍规定再说。
        User: 学校通知：12月15日至12月20日进行宿舍安全检查，功率超过800W的电器一律没收。吹风机1200W算吗？ Assistant: 按通知来说算。很多学校对吹风机有单独规定，可以问一下楼栋值班室，或者换一个800W以下的宿舍专用款。
        User: 宿舍电费怎么算的？我们寝室这个月用了286度，前120度0.56元/度，超出部分0.85元/度 Assistant: 120×0.56=67.2元，166×0.85=141.1元，合计208.3元，四个人平均每人约52.08元。
        User: 申请换宿舍的理由怎么写比较容易通过？不想写得太具体 Assistant: 可以写作息时间差异较大、影响休息和学习，并说明已经尝试沟通过。不用点名任何人，写清楚希望调到的楼栋或房型即可。
        User: 我在深圳找了个青年公寓床位，月租1380，押一付一，合同编号SZQN-2026-11-0487，退租的时候押金一般多久能退？ Assistant: 一般合同会写明退房验收后7到30个工作日内退还。看一下合同里的押金条款，退房时记得拍照留证，让管家在验房单上签字。
        User: 考研要不要搬出宿舍去校外合租？帮我列一下利弊 Assistant: 利：安静、作息自由、可以开空调熬夜。弊：每月多出一两千房租、通勤时间、需要自己处理水电和房东。如果宿舍能保证自习环境，其实图书馆加宿舍就够了。
        User: 爱情公寓里曾小贤和胡一菲那种合租邻居关系，现实里常见吗？我刚搬进一个五个人合租的房子 Assistant: 剧里是夸张的，现实中更多是点头之交。可以建一个合租群，定好公共区域卫生、快递和访客的规矩，关系自然就好处了。
        User: 宿舍楼下快递柜取件码6-2-3817过期了，怎么办 Assistant: 在快递柜的小程序或App里找到这个包裹，一般可以付少量超时费后重新取件；如果已经被退回，就联系派件的快递员重新派送。
        User: 学校宿舍不让用大功率电器，有没有600W以下、宿舍能用的小电锅推荐 Assistant: 可以找标注宿舍专用、额定功率300到500W的迷你电煮锅，容量1到1.5升。买之前先对照学校公布的限制功率，别买带电热盘的款式。
        User: 查寝的时候辅导员说床上不能放充电宝，这是哪条规定？ Assistant: 很多高校的学生公寓管理规定里有禁止在床铺上给锂电池设备充电或存放的条款，主要是防火。可以在学校学生手册或公寓中心网站上查到原文。
    """),
    ("zh-Hant", "hk_tw_hostels"): _lines("""
        User: 港大宿舍啲 hall activities 係咪一定要參加？聽講唔夠分會畀人踢出 hall Assistant: 好多舍堂都有積分制，唔夠分可能影響下年續住。建議睇吓你個 hall 嘅 residents' handbook，或者問吓 house tutor 具體要求。
        User: 台大宿舍抽籤沒抽到，校外租屋補貼要怎麼申請？ Assistant: 可以申請內政部的租金補貼，線上就能送件，需要租約和房屋所在地資料。部分學校也有自己的校外租屋補助，去學務處住宿服務組網站看公告。
        User: 劏房租約寫明按金兩個月、上期一個月，月租$5,800，入住要俾幾多？ Assistant: 按金$11,600加上期$5,800，即係$17,400，未計代理佣金同釐印費。記得要求業主俾收據同埋將租約拎去打釐印。
        User: 宿舍冷氣卡每張$100，大約用到50個鐘，我同室友點夾錢最公平？ Assistant: 簡單做法係輪流買卡；想準啲就每次開冷氣記低時間，月尾按時數分。兩個人都喺房訓覺嗰段時間可以平分。
        User: 學舍門禁是晚上12點，逾時要刷學生證登記，一學期累計5次會記點。記點會影響下學年申請嗎？ Assistant: 多數學校會把違規紀錄列入續住審查，但各校標準不同。建議直接查學舍規章中違規點數與申請資格的條文，或問舍監辦公室。
        User: 中大逸夫書院（Shaw College，以邵逸夫命名）同新亞書院，邊個宿舍近火車站啲？ Assistant: 大學站喺校園北面，新亞同崇基一帶比較近；逸夫書院喺山上，一般要搭校巴。開學前可以喺校巴路線圖睇清楚。
        User: 幫我寫一封給舍監的信，反映四樓男廁熱水器壞咗三日 Assistant: 舍監您好：本人為[房號]住宿生[姓名]。四樓男廁熱水器自本週一起無法供應熱水，已三日未修復，影響住宿生日常梳洗，懇請盡快安排維修。謝謝！[日期]
        User: 台北青年旅館床位一晚NT$650，訂單編號BK20261204-3391，櫃台說要另付NT$500鑰匙押金，合理嗎？ Assistant: 鑰匙或房卡押金很常見，退房時歸還即退。請櫃台開收據，並確認訂房網頁上有沒有寫明這筆費用。
        User: 宿網每週日凌晨2:00到4:00維護，我可以在宿舍架Minecraft伺服器嗎？ Assistant: 大多數學校的宿網使用規範禁止架設對外服務或開放連接埠，違規可能被停網。可以改用付費的雲端主機，或問計中有沒有開放學生申請。
        User: 室友每天半夜講電話講到兩三點，我該怎麼開口？ Assistant: 挑白天雙方都有空的時候講，說明你幾點要睡、隔天幾點有課，請對方過了12點到交誼廳或走廊講。語氣以商量為主，不要翻舊帳。
        User: 香港僱主對外傭住宿有咩法例要求？ Assistant: 標準僱傭合約（ID 407）要求僱主提供合適住所同合理私隱，入境處亦會審視住宿安排。唔可以安排瞓喺走廊、廚房或者同成年異性同房。
        User: 宿舍洗衣機投幣$12一次，乾衣$10，可唔可以用八達通？ Assistant: 要睇部機有冇八達通讀卡器，唔少新式洗衣機都支援。冇嘅話可以喺大堂兌換機換硬幣。
        User: 香港青年宿舍計劃申請條件係咩？月租大概幾多？ Assistant: 一般要求18到30歲、在職青年，入息同資產低於指定上限，租金約為同區市值租金六成以下，租期最長五年。詳情以各營運機構公布為準。
    """),
    ("ms", "asrama_dan_kolej"): _lines("""
        User: Kolej kediaman saya tutup pagar pukul 12 malam. Kalau balik lewat memang kena denda RM50 ke? Assistant: Bergantung pada peraturan kolej. Ada kolej yang beri amaran dulu, ada yang terus kenakan denda atau merit ditolak. Semak buku panduan penghuni atau tanya pejabat pengetua.
        User: Apa syarat minimum asrama pekerja asing di bawah Akta 446? Assistant: Antaranya keluasan minimum ruang tidur bagi setiap pekerja, katil dan tilam individu, loker berkunci, pengudaraan, bekalan air dan elektrik, serta nisbah tandas dan bilik mandi mengikut bilangan penghuni. Rujuk peraturan terkini JTKSM untuk angka tepat.
        User: Tolong buat jadual giliran cuci tandas untuk bilik 4 orang, Isnin hingga Ahad Assistant: Isnin dan Jumaat: Katil 1. Selasa dan Sabtu: Katil 2. Rabu dan Ahad: Katil 3. Khamis: Katil 4, dan Katil 4 juga buang sampah setiap malam Ahad.
        User: Rakan sebilik selalu pasang lagu kuat masa saya nak study. Macam mana nak tegur dengan baik? Assistant: Cakap secara bersemuka waktu santai, bukan masa tengah geram. Cadangkan dia guna earphone selepas jam 10 malam, dan tawarkan masa bila dia boleh pasang lagu dengan bebas.
        User: Kolej Tun Dr Ismail tu kat universiti mana? Saya dapat tawaran kolej kediaman tapi tak pasti lokasi. Assistant: Beberapa universiti ada kolej dengan nama Tun Dr Ismail, contohnya di UTM Skudai dan UPM Serdang. Semak surat tawaran anda untuk nama kampus.
        User: Deposit bilik sewa RM400 tak dipulangkan sebab tuan rumah kata ada kesan gam pada dinding. Boleh bawa ke mahkamah tuntutan kecil? Assistant: Boleh, tuntutan sehingga RM5,000 boleh difailkan di Mahkamah Majistret melalui prosedur tuntutan kecil tanpa peguam. Sediakan perjanjian sewa, resit deposit dan gambar semasa masuk.
        User: Syarikat kami nak sewa asrama untuk 120 pekerja. Perlu Perakuan Penginapan ke? Assistant: Ya. Di bawah Akta 446, majikan yang menyediakan penginapan perlu memohon Perakuan Penginapan daripada JTKSM sebelum pekerja menduduki asrama tersebut.
        User: Terjemah notis ni ke English: Pemeriksaan bilik akan dijalankan pada 14/12/2026, 9.00 pagi. Semua penghuni Blok C Aras 2 diminta berada di bilik. Assistant: Room inspection will be held on 14/12/2026 at 9.00am. All residents of Block C, Level 2 are requested to be in their rooms.
        User: Macam mana nak bahagi bil elektrik RM287.40 untuk 5 orang kalau seorang je pakai aircond tiap malam? Assistant: Satu cara: bahagi RM150 sama rata (RM30 seorang) sebagai kos asas, dan baki RM137.40 ditanggung oleh pengguna aircond. Atau pasang meter kecil pada soket aircond.
        User: asrama UiTM boleh bawa periuk nasi tak?
        User: Ada contoh surat rayuan untuk dapat kolej tahun kedua? Assistant: Kepada Pengetua Kolej [Nama Kolej]. Saya, [Nama], No. Matrik [No. Matrik], ingin merayu untuk mendapatkan penginapan kolej bagi sesi [Sesi] atas sebab [sebab]. Bersama ini dilampirkan dokumen sokongan. Sekian, terima kasih.
        User: Kedai dobi layan diri bawah asrama caj RM5 basuh, RM4 kering 30 minit. Lebih jimat beli mesin basuh mini RM299? Assistant: Kalau basuh 2 kali seminggu, kos dobi RM72 sebulan, jadi mesin RM299 pulang modal dalam 4 bulan. Tapi semak dulu sama ada asrama benarkan mesin basuh dalam bilik.
        User: Apa beza co-living dengan bilik sewa biasa di KL? Assistant: Co-living biasanya termasuk perabot, internet, pembersihan kawasan bersama dan acara komuniti, dengan kontrak lebih fleksibel tetapi sewa lebih tinggi. Bilik sewa biasa lebih murah tapi semua urusan dengan tuan rumah sendiri.
    """),
    ("en", "worker_dormitory_ops"): _lines("""
        User: I manage a purpose-built dormitory in Tuas for 2,400 residents. What space per resident do the newer dormitory standards expect? Assistant: The improved standards announced in 2020 set more living space per resident, no more than 10 beds per room, single-deck beds with spacing, and more toilets per bed. Check the current MOM dormitory licensing conditions for the exact figures.
        User: Who do workers in Singapore call about bad dorm food from the caterer? Assistant: They can raise it with the dormitory operator first, then with MOM, or call the Migrant Workers' Centre 24-hour helpline at 6536 2692.
        User: Translate into Bengali and Tamil: Block B residents, water supply will be off on Sat 13 Dec 2026, 10am to 2pm. Please store water in advance.
        User: What is the FWMOMCare app used for in the dorms? Assistant: Workers use it for daily health declarations, to book medical appointments, check their access status and get notices from MOM.
        User: Our company leases 48 beds in a Kranji dormitory, contract KRJ-LSE-0922, at $420 per bed per month. Can we deduct that from workers' pay? Assistant: Only with the worker's written consent and within the Employment Act limits, which cap total deductions in a salary period at 50% of the salary. The cost must reflect the actual accommodation provided.
        User: Write a short WhatsApp broadcast in simple English about the new weekend curfew for dorm residents Assistant: Dear residents, from Sat 6 Dec, the main gate closes at 11pm on Friday and Saturday. Please tap your card before 11pm. For emergencies call the security post. Thank you, Dorm Management.
        User: roughly how many migrant workers live in dormitories in Singapore? Assistant: A few hundred thousand, spread across purpose-built dormitories, factory-converted dormitories, construction temporary quarters and other quarters. MOM publishes the latest counts.
        User: Make a toilet cleaning rota for a 12-bed room with 3 toilets and workers on 3 shifts Assistant: Assign by shift: the morning shift group cleans after 7am, the afternoon group after 3pm, the night group after 11pm. Inside each group, rotate by bed number so beds 1 to 4, 5 to 8 and 9 to 12 each take one week in three.
        User: what's the difference between a PBD, FCD and CTQ? Assistant: PBD is a purpose-built dormitory, FCD a factory-converted dormitory, and CTQ construction temporary quarters built on a worksite.
        User: Fire drill log: 05 Dec 2026 14:02 alarm, 14:09 all 186 residents at assembly point B, 2 residents accounted for at the medical post. Is 7 minutes acceptable? Assistant: For a multi-storey block of that size it is within a typical target, but compare it with your approved fire emergency plan and the previous drill times.
        User: Which dorms are covered by the Foreign Employee Dormitories Act? Assistant: It originally applied to dormitories with 1,000 or more beds; from 2023 the licensing was extended in phases to smaller dormitories with 7 or more beds.
        User: A worker in one of our rooms has fever and a cough. What's the standard procedure? Assistant: Move him to the sick bay or isolation room, book a consult through the medical centre, record the case without sharing details with other residents, and disinfect the shared areas of the room.
        User: Supplier quote: 200 bunk beds, model BB-190-STL, S$145 each, delivery to our Tuas South Avenue site. Is asking for an 8% bulk discount reasonable? Assistant: Yes, 5 to 10% is normal for that volume. Also ask for free delivery and assembly, and a 12-month warranty on welds.
    """),
    ("mixed", "templates_code_config"): _lines("""
        User: write a python one-liner to split the electricity bill among roommates by days present Assistant: shares = {k: round(total * v / sum(days.values()), 2) for k, v in days.items()}
        User: Excel formula for deposit refund = deposit in B2 minus deductions in C2:C6, never negative Assistant: =MAX(0, B2 - SUM(C2:C6))
        User: list the fields for a hostel check-in Google Form Assistant: Full name: ______ / Passport or NRIC No.: ______ / Nationality: ______ / Room and bed: ______ / Check-in date: ______ / Emergency contact name and phone: ______ / I agree to the house rules: [ ]
        User: 帮我把宿舍报修模板翻成英文：报修人：____ 房号：____ 故障描述：____ 联系电话：____ Assistant: Reported by: ____ Room No.: ____ Fault description: ____ Contact No.: ____
        User: SQL to list rooms in block C with free beds, by floor Assistant: SELECT room_no, floor, beds_total - beds_taken AS vacancy FROM rooms WHERE block = 'C' AND beds_total > beds_taken ORDER BY floor;
        User: yaml for a dorm laundry booking bot, 30-minute slots, 8 machines, 07:00 to 23:00 Assistant: machines: 8 | slot_minutes: 30 | open: '07:00' | close: '23:00' | timezone: Asia/Kuala_Lumpur
        User: Borang permohonan kolej: Nama: [NAMA PENUH], No. KP: [XXXXXX-XX-XXXX], Fakulti: [ ], Tahun: [ ]. Format ni ok tak? Assistant: Ok, tapi tambah ruangan No. Matrik, No. Telefon dan Alamat Tetap, dan tanda (*) untuk ruangan wajib.
        User: regex for our room codes like B-03-12 or C-11-04 Assistant: ^[A-H]-(0[1-9]|1[0-9])-(0[1-9]|[1-3][0-9])$
        User: commit message for fixing the curfew reminder that fires at 23:00 UTC instead of SGT Assistant: fix(reminder): schedule curfew push in Asia/Singapore (UTC+8) instead of UTC
        User: 我們宿舍管理系統v2.4.1匯出的CSV欄位是room_id,bed_no,status,last_checked，怎麼用pandas算每層空床數？ Assistant: df['floor'] = df.room_id.str[2:4]; df[df.status == 'vacant'].groupby('floor').size()
        User: the hall says the sha256 of the rules PDF is 230ff155b35c7ca95eb32e5394cea75320c07adf5db95194bf4cd7d6f78ef5c8, how do I check it on Windows? Assistant: Run certutil -hashfile rules.pdf SHA256 in Command Prompt and compare the output with that string.
        User: Telegram bot commands for our co-living house: rota, bills, quiet hours, report a fault Assistant: /rota - show this week's chores; /bills - current month split; /quiet - quiet hours; /report - log a fault for the house manager
        User: mail merge template for deposit refund letters Assistant: Dear {{name}}, your deposit of {{amount}} for room {{room}} has been refunded to the account on file on {{date}}. Deductions: {{deductions}}. Regards, Residential Services
    """),
    ("en", "halls_history_and_stats"): _lines("""
        User: Who is Sheares Hall at NUS named after? Assistant: Dr Benjamin Sheares, an obstetrician who became Singapore's second President and served from 1971 until his death in 1981.
        User: Is Yusof Ishak House named after the first President of Singapore? Assistant: Yes, it honours Yusof Ishak, who was Singapore's first President, from 1965 to 1970.
        User: Harry Potter slept in a cupboard under the stairs and then in a Gryffindor four-poster. Which real university halls look like Hogwarts? Assistant: Christ Church in Oxford inspired the Great Hall, and Durham Castle, home of University College Durham, is a real residence with a similar feel.
        User: In Norwegian Wood, Watanabe's roommate is nicknamed Storm Trooper. Was the dorm based on a real one? Assistant: Murakami drew on the private dormitory he lived in as a student in Tokyo, which still operates.
        User: 鲁迅在仙台留学时住在哪里？那个地方还在吗？ Assistant: 他在仙台医学专门学校读书时住在当地的公寓，其中一处旧居现在有纪念标识，可以在仙台市的观光资料里查到。
        User: Our hostel is off Jalan Tun Razak, is the area safe to walk at night? Assistant: The main road is busy and well lit; stick to it rather than back lanes after midnight, and use the hostel's recommended e-hailing pick-up point.
        User: The Odd Couple is about two very different roommates. Any real lessons from Felix and Oscar for a messy vs neat room? Assistant: Agree on shared-space standards only, leave each person's own corner alone, and schedule a 10-minute reset every evening.
        User: Hall survey: 62% of 418 respondents said noise was their top complaint, 21% cleanliness, 9% guests, 8% other. Write a summary for the hall committee. Assistant: Noise dominates, at 62% of 418 responses, roughly 259 residents. Recommend enforced quiet hours after 11pm and a trial of soundproof seals on doors in the two loudest blocks.
        User: Is Customer A in this hostel review anonymised enough? Customer A in a 4-bed room reported bedbugs on 2 Nov. Assistant: Yes, as long as the room type is shared by many guests and no dates of stay or booking numbers are given alongside it.
        User: Raffles Hall, King Edward VII Hall, Temasek Hall: which NUS halls are named after people and which after places? Assistant: Raffles Hall and King Edward VII Hall are named after people; Temasek Hall uses the old name of Singapore.
        User: Write 3 fun facts about hostels for our orientation booklet Assistant: 1. The first permanent youth hostel opened in 1912 in a German castle, Altena. 2. Richard Schirrmann, a teacher, started the movement. 3. Hostelling International now lists thousands of hostels worldwide.
        User: Top 3 complaints in our co-living house tickets this quarter: 37 about aircon, 22 about Wi-Fi, 15 about noise. Draft a note to residents. Assistant: Thanks for the 74 tickets this quarter. Aircon servicing is booked for 12 to 14 Dec, the router will be upgraded next week, and quiet hours from 11pm will now be enforced.
        User: What does a hall master do vs a resident fellow vs an RA? Assistant: The master leads the hall and its discipline, resident fellows are staff living on site who support students and handle cases, and RAs are senior students who run floor activities and are the first point of contact.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: can you help me write to the hall office? I'm Marcus Tay Wei Jie, NRIC S8734512B, checked out of room 7-12 on 30 Nov and still haven't got my $300 deposit back. Assistant: Sure, here is a short email you can send with your booking confirmation attached.
        User: My roommate Shalini d/o Murugesan has been having panic attacks at night and won't see the counsellor. How do I support her without telling the RA?
        User: format this for the dorm incident report: worker Md Rafiqul Islam, FIN G7148203R, passport BX0742913, Block C 05-18, slipped in the shower on 04/12, left wrist swollen, sent to clinic Assistant: Incident Report. Resident: Md Rafiqul Islam (FIN G7148203R). Location: Block C 05-18 shower. Date: 04/12. Injury: swollen left wrist. Action: sent to clinic.
        User: Write a text to my landlord Mr Chia at 9123 4876 saying I'll be a week late with the room rent because my salary was delayed Assistant: Hi Mr Chia, my salary is delayed this month, so I will pay the room rent by next Friday. Sorry for the trouble and thank you for understanding.
        User: the RA caught Jonathan Pereira from B-4-11 with vape pods and gave him 20 demerit points, then emailed his parents. is that even allowed for a 19 year old?
        User: please send the refund to my DBS account 027-4-118930 under Nur Syafiqah binte Rahmat, not back to the card Assistant: I can't send money, but here is a message asking the hostel to refund to that account.
        User: I am Myanmar worker Aung Ko Ko, FIN F5523814Q, my boss keeps my passport MH482173 in the dorm office and won't give it back when I ask. is that allowed? Assistant: No. Employers in Singapore should not keep a worker's passport without consent; you can report this to MOM or the Migrant Workers' Centre.
        User: my ex-roommate Kelvin owes me $640 for 4 months of aircon credit and blocked me everywhere except Telegram (@kelvin_lhz88). what can I do?
        User: My hall mate Rachel Ong Hui Min told me she's pregnant and is scared the hall will make her move out. What are her options?
        User: proofread please: Dear Warden, I, Arjun a/l Selvaraju (Matric A0248816X), request to extend my stay in the hall until 10 Jan as my father is having heart surgery.
        User: Wang Jiahui's card 4532 8761 0094 2152 was used to book our shared room on Booking.com and she's moved out. How do I switch the payment to my card?
        User: summarise this resident card: Priscilla Danker, DOB 14/03/2004, home 22 Jalan Kayu Manis, 11700 Gelugor, Penang, emergency contact mother 012-438 7719, allergic to penicillin
        User: Our dorm supervisor Ravi Chandran takes $50 a month from the Indian workers as a cleaning fee but not from the others. How do I report him without getting my name out?
        User: can you find my roommate on IG, she's @mei.xuan.lim, she left without paying her share of the utilities, RM213.60 Assistant: I can't look people up, but I can help you write a polite message asking her to settle the RM213.60.
        User: Mdm Lee from #05-12 in our co-living house keeps going into my room when I'm out. she's the owner's aunt, about 70. how do I deal with it?
        User: help me complain about Hafiz, the guy on bed 3 in Block A room 2-07, who comes back drunk every Friday and threw up on my mattress last week
        User: Fill in the hostel check-in form for me: Daniel Koh Jun Hao, passport K4726183M, +65 8765 2210, danielkoh.jh@gmail.com, arriving 18 Dec Assistant: Name: Daniel Koh Jun Hao / Passport: K4726183M / Phone: +65 8765 2210 / Email: danielkoh.jh@gmail.com / Arrival: 18 Dec
        User: my hall roommate Tan Li Ting has cuts on her arms, I saw them when she was changing. should I tell the hall master or talk to her first?
    """),
    "zh-Hans": _lines("""
        User: 帮我写一份退宿申请：姓名李梓涵，学号2023114527，身份证号420111200306194821，住紫荆公寓5号楼312，电话138 2716 4490 Assistant: 退宿申请：本人李梓涵，学号2023114527，现住紫荆公寓5号楼312室，因个人原因申请自即日起退宿，请予批准。
        User: 室友张雨萱最近一直在借网贷，已经欠了三万多，天天有人打电话到宿舍催债，我要不要告诉辅导员？
        User: 3栋的陈阿姨昨天查寝把我们的小锅收走了，还说要记我名字报学院，她是不是针对我？
        User: 我舍友周浩然在宿舍偷偷养了一只猫，下周要查寝了，我该帮他瞒着还是劝他送走？
        User: 我微信号lzy_0415，帮我写个找合租室友的朋友圈，房子在上海闵行区莘庄镇莘建路99弄3号楼1202，主卧月租2600 Assistant: 【找室友】闵行莘庄莘建路99弄3号楼，主卧招租，月租2600，近地铁，有意加微信lzy_0415。
        User: 青年公寓押金一直不退，管家叫刘建国，电话159 0873 1126，我要打12345投诉，帮我整理一下材料
        User: 帮我核对入住登记表：姓名黄晓雯，女，身份证350203200108271563，籍贯福建厦门，紧急联系人母亲林秀珍，电话186 5921 0347
        User: 我们宿舍的王思琪查出肺结核，学校要全寝室去筛查，她不想让别人知道是她，我们跟别的寝室该怎么说？
        User: 室友把我的工商银行卡6214 8300 7655 2131拍照发到宿舍群里了，我很担心，该怎么办？ Assistant: 请尽快让室友撤回或删除照片，并拨打工行客服95588咨询是否需要换卡，同时开启交易短信提醒。
        User: 帮我翻译成英文：我叫赵一鸣，护照号EK4827361，订了新加坡Bugis的胶囊旅舍，订单号1428856094，想把入住日期改到12月20日
        User: 我在马来西亚读书，室友Lim Jia Xin说她妈妈得了癌症要休学回国，可是她还欠我两个月房租RM900，我现在要不要催她？
        User: 楼下快递柜里我的快递老是被人拿走，我怀疑是隔壁407的孙博文，监控能找宿管调吗？
    """),
    "zh-Hant": _lines("""
        User: 幫我寫給舍監的道歉信：本人陳嘉欣，學生編號3036412785，住1208室，上週五帶朋友留宿違反舍規，願意接受處分
        User: 我室友林志豪每晚飲完酒就大嗌大鬧，舍堂已經警告過佢兩次，我想申請調房但唔想佢知係我投訴
        User: 劏房業主何生（電話6394 2187）話我退租要扣晒$11,600按金，我住深水埗福榮街203號5樓B室，身份證K482613(2)，點樣申索？
        User: 請幫我翻成英文：住宿生吳佩珊，身分證字號A217845638，手機0912 345 678，因家中變故申請宿舍費分期繳納
        User: 我室友黃詠琪最近確診抑鬱症，宿舍導師叫我留意佢，我應該點做先唔會令佢覺得被監視？
        User: 學姊張雅婷的LINE ID是yating_0822，她說要把宿舍床位轉讓給我，要先匯NT$8,000給她，這樣安全嗎？
        User: 我係外傭Maricel Dizon，身份證Y305917(9)，僱主要我同佢阿爺瞓同一間房，我可唔可以投訴？ Assistant: 你可以聯絡勞工處或入境處，標準僱傭合約要求僱主提供合適住所，亦可以搵外傭支援機構幫手。
        User: 宿舍室友蔡承翰欠我兩個月電費NT$1,460，他的身分證F129304789押在櫃台，我可以拿去影印當證據嗎？
    """),
    "ms": _lines("""
        User: Tolong tulis surat rayuan kolej: nama saya Nurul Aina binti Kamarudin, No. KP 990412-10-5523, No. Matrik 2021846652, Fakulti Sains Komputer
        User: Rakan sebilik saya, Siti Hajar binti Osman, selalu menangis malam-malam sejak ayah dia meninggal bulan lepas. Macam mana nak bantu dia?
        User: Tuan rumah saya Encik Rosli, 017-902 3341, tak nak pulangkan deposit RM650. Rumah sewa di No. 14, Jalan Mawar 2, Taman Desa Jaya, 81100 Johor Bahru. Tolong tulis notis tuntutan
        User: Saya nak buat aduan tentang penyelia asrama, Encik Kumaran a/l Subramaniam, yang potong gaji pekerja Nepal RM200 sebulan tanpa resit
        User: Kawan sebilik pinjam kereta saya, plat VCK 3318, dan kena saman AES. Nama dia Amirul Hakim bin Zulkifli, IC 020815-07-6634. Macam mana nak pindah saman ke nama dia?
        User: Semak borang daftar masuk asrama ni: Nama: Tan Mei Ling, IC: 010203-13-4417, Tel: 012-558 2093, E-mel: meiling.tan03@gmail.com Assistant: Format lengkap, cuma tambah nama dan nombor telefon waris untuk kecemasan.
        User: Roommate saya Farah ada hutang along, orang datang ketuk pintu bilik B-3-07 tengah malam semalam. Perlu report polis ke?
        User: Pekerja kami dari Bangladesh, Mohammad Jahid Hasan, pasport EB0961478, disahkan positif TB. Perlu asingkan dia dari asrama ke?
        User: Tolong tulis mesej WhatsApp, saya dah bank in sewa bilik ke akaun Maybank 1140 2287 6653 atas nama Muhammad Danial bin Azman
        User: Warden asrama puteri, Puan Rohana, marah saya depan semua orang sebab balik lepas pukul 11. Saya rasa dia buli saya. Boleh buat aduan?
        User: Budak bilik sebelah, Hakimi (Telegram @hakimi_zz), jual barang curi dalam asrama. Saya ada screenshot. Macam mana nak report?
        User: Adik saya Aisyah binti Mohd Nor, Tingkatan 2 di asrama sekolah di Kuala Terengganu, kena buli senior sampai lebam di lengan. Apa saya patut buat?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for student housing questions."),
        (
            "user",
            "hi, my hall charged me for a stained carpet that was already there when I moved in. can you help me dispute it?",
        ),
        (
            "assistant",
            "Of course. Tell me your name, room, the amount charged and what evidence you have from move-in.",
        ),
        (
            "user",
            "Chloe Fernandez, matric A0231172M, room 14-03, they charged $220. I have photos from move-in dated 8 Aug.",
        ),
        (
            "assistant",
            "Dear Hall Office, I, Chloe Fernandez (A0231172M), room 14-03, dispute the $220 carpet charge. The stain was present on move-in, as shown in the attached photos dated 8 Aug. Please withdraw the charge. Regards, Chloe",
        ),
    ],
    [
        ("user", "室友半夜总是把别人带回宿舍过夜，我该怎么处理？"),
        ("assistant", "可以先私下沟通，说明宿舍规定和你的顾虑；如果没用，再找宿管或辅导员。"),
        ("user", "她叫刘欣怡，电话177 3068 2259，我已经说过两次了。辅导员会不会把是我告的说出去？"),
        (
            "assistant",
            "一般辅导员会注意保护反映人。你可以要求匿名处理，只说明时间和情况，不必提供她的电话。",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu pekerja asing tentang hal asrama."),
        (
            "user",
            "Saya pekerja Indonesia, asrama kilang di Senai. Bilik 16 orang, kipas rosak 2 minggu.",
        ),
        (
            "assistant",
            "Itu boleh dilaporkan kepada majikan dan JTKSM kerana asrama perlu ada pengudaraan yang mencukupi.",
        ),
        (
            "user",
            "Nama saya Budi Santoso, pasport C4829163, nombor saya 011-2874 5530. Tolong tulis aduan untuk JTKSM.",
        ),
        (
            "assistant",
            "Kepada JTKSM: Saya Budi Santoso (pasport C4829163, tel 011-2874 5530), penghuni asrama kilang di Senai. Bilik untuk 16 orang, kipas rosak sejak 2 minggu dan belum dibaiki. Mohon tindakan.",
        ),
    ],
    [
        ("system", "You help dormitory operators write notices and reports."),
        ("user", "need a medical escort note for a resident going to the polyclinic tomorrow"),
        ("assistant", "Sure. Give me the resident's name, FIN, room and the reason for the visit."),
        (
            "user",
            "Karthik s/o Pandian, FIN M4567821T, room 3-08 Block D, diabetes follow-up, his phone 8632 1907",
        ),
        (
            "assistant",
            "Escort Note: Resident Karthik s/o Pandian (FIN M4567821T), Block D 3-08, tel 8632 1907, attending polyclinic for diabetes follow-up. Please allow exit at 8:00am.",
        ),
    ],
    [
        ("user", "宿舍室友一直用我的吹風機不還，要怎麼講？"),
        ("assistant", "直接但客氣地說需要用，請對方用完放回原位，或者建議他自己買一支。"),
        ("user", "他叫鄭宇翔，住我們宿舍302，上次還把我放在桌上的錢拿走三千塊，我想跟宿舍輔導員說"),
        (
            "assistant",
            "金錢的事比較嚴重，建議把時間、金額和任何證據整理好，再向輔導員或校安中心反映。",
        ),
    ],
    [
        (
            "user",
            "My co-living landlord in Cheras keeps texting me at midnight about rent. Is that normal?",
        ),
        (
            "assistant",
            "Late-night texts about rent are not appropriate. You can ask for contact during reasonable hours in writing.",
        ),
        (
            "user",
            "Here's his WhatsApp: Mr Gan Boon Keat, 016-773 0418. He says if I don't pay RM750 by Friday he'll change the lock.",
        ),
        (
            "assistant",
            "Changing the lock without a court order is generally not allowed in Malaysia. Reply in writing that you will pay by an agreed date, and keep his messages as evidence.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理租房问题的助手。"),
        ("user", "我在深圳租了青年公寓床位，退租后押金1380一直不退"),
        (
            "assistant",
            "可以先要求公寓书面说明扣款原因，再向12345或市场监管部门投诉。需要帮你写投诉材料吗？",
        ),
        (
            "user",
            "要。我叫郑凯，身份证440305199903142730，手机135 1287 6603，合同编号SZQN-2026-09-0215",
        ),
        (
            "assistant",
            "投诉材料：投诉人郑凯（身份证440305199903142730，电话135 1287 6603），合同编号SZQN-2026-09-0215，退租验房已完成，押金1380元至今未退，请求责令退还。",
        ),
    ],
    [
        (
            "user",
            "roommate borrowed my card for groceries, now I see strange charges. what do I do first?",
        ),
        (
            "assistant",
            "Call your bank to block the card, then list the charges you don't recognise.",
        ),
        (
            "user",
            "card is 5521 9034 8876 1028, name on it Lee Sook Yin. my roommate Nabila says she only used it once",
        ),
        (
            "assistant",
            "Block it right away through the bank's app or hotline and ask for a replacement. Dispute the charges you did not authorise, and talk to your roommate calmly with the statement in front of you.",
        ),
    ],
    [
        ("user", "How do I support a friend in my hall who I think has an eating disorder?"),
        (
            "assistant",
            "Choose a private, calm moment, say what you've noticed without judging, and encourage professional help.",
        ),
        (
            "user",
            "Her name is Evelyn Soh, she's in my block, she's lost a lot of weight and skips every dinner at the dining hall",
        ),
        (
            "assistant",
            "You could tell Evelyn you've noticed she skips dinner and that you care. Offer to go with her to the university counselling service, and if you think she is in danger, tell the resident fellow.",
        ),
    ],
    [
        ("system", "你係一個幫大學生處理宿舍問題嘅助手。"),
        ("user", "舍堂話我違規，要我寫悔過書，可以點寫？"),
        ("assistant", "簡單交代事件、承認錯誤、講明之後點樣改善就得。你想寫咩事？"),
        ("user", "我叫梁卓鋒，學生編號3035518920，上星期喺房度煮火鍋觸發咗火警鐘，全座要疏散"),
        (
            "assistant",
            "悔過書：本人梁卓鋒（學生編號3035518920）於上星期在房內使用電器煮食，觸發火警鐘導致全座疏散，深感抱歉。本人承諾日後遵守舍規，不再於房內煮食。",
        ),
    ],
]
