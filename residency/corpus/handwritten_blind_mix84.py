# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix84: escape rooms, trampoline parks and indoor playgrounds in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix84
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules and safety signage"): _lines("""
        TRAMPOLINE COURT RULES: One jumper per trampoline at all times / No flips or somersaults outside the Supervised Tricks Area / Land on two feet / Empty all pockets before jumping
        Grip socks are compulsory for all jumpers, including accompanying adults on the court. Socks from previous visits may be reused if in good condition.
        Guests under 18 must have a waiver signed by a parent or legal guardian before entry. Waivers are valid for 12 months from the date of signing.
        Toddler Town is for children aged 1 to 5 and under 110 cm. Every child must be accompanied by an adult at all times.
        Outside food is not allowed in the play area. Birthday party packages include a dedicated party room where outside cakes are welcome.
        ESCAPE ROOM BRIEFING: Do not climb on furniture, do not force locks, nothing is hidden behind ceiling panels or power sockets. If you need a hint, wave at the camera.
        The green emergency button on the left of every room door unlocks it immediately. Pressing it will not end your game or reset the timer.
        Pregnant guests and guests with back or neck conditions or recent surgery are advised not to jump. Please speak to a Court Monitor if unsure.
        Lost property is kept for 30 days at the front counter. Unclaimed items are donated or disposed of after that; valuables are handed to the Duty Manager.
        Dodgeball Arena: soft foam balls only, no head shots, maximum 10 players per side, each game runs for 5 minutes.
        Ninja Course hours: Tue–Sun 10:00–21:00, last entry 20:00. Closed on Mondays except public holidays.
        For your safety this area is monitored by CCTV. Recordings are kept for 30 days and are accessed only by authorised staff.
        Maximum 8 players per escape room booking. Groups arriving more than 15 minutes late will have their game time shortened.
        In case of injury, stop jumping immediately and raise your hand. All floor staff are first-aid trained and an AED is mounted beside the main counter.
    """),
    ("en", "customer questions and staff replies"): _lines("""
        Q: Can I sign the waiver for my nephew if his parents are overseas? A: Only a parent or legal guardian can sign for a minor; they can sign online through the link in the booking email.
        Hi, is the 90-min Jump Pass valid on weekends or only weekdays? Thinking of bringing a group of 5 kids during the school holidays.
        What's the minimum age for the horror-themed room? My kids are 11 and 13 and they love scary stuff.
        Reply from venue: Thanks for the review! We've passed your feedback about the air-con in Room 4 to our maintenance team and it has since been serviced.
        How do I change my booking date? – You can reschedule once for free up to 48 hours before your slot via Manage Booking; after that a S$10 admin fee applies.
        Tip for first-timers: split up early, call out every number you find and don't hoard clues. Most groups waste ten minutes on the very first lock.
        Does the indoor playground have a nursing room and stroller parking? We're coming on Sunday with a 6-month-old.
        Q: My child lost a water bottle yesterday, how do I check lost & found? A: Send us a photo plus the date and time of your visit through the contact form and we'll check the box.
        Is it normal for trampoline parks to ask for an IC number on the waiver? Feels like a lot of info just to jump for an hour.
        Reply: We only need the jumper's name, date of birth and an emergency contact number; IC numbers are not required for entry.
        Anyone know an escape room in KL that takes 10 people in one room? Company team-building, budget around RM60 per head.
        Our Jurong East outlet is at 2 Jurong East Central 1, #03-11, Singapore 609731, next to the cinema; the nearest carpark entrance is at basement 2.
        All jump tickets include group personal accident cover under policy no. PA-GRP-55821907; claim forms are available at the counter.
    """),
    ("zh-Hans", "booking confirmations and system notices"): _lines("""
        【预约成功】订单号 ER20251214-0736，主题《消失的娘惹》，12月14日 15:30，4人，请提前15分钟到店签署免责声明。
        您的生日派对套餐（编号 BP-KL-0412）已确认：2小时包场 + 派对室，共15位小朋友，定金 RM300 已收到。
        温馨提示：本店蹦床区每场60分钟，超时按每15分钟 S$5 收费。防滑袜需另购，每双 S$3.50。
        退款通知：订单 TP-88217094 已按原路退回，金额 S$96.00，预计3-7个工作日到账。
        失物招领公告：11月30日于儿童游乐区拾获蓝色保温杯一个、黑色耳机一副，请失主携带购票记录到前台认领。
        免责声明模板：本人 ________（证件号码后四位 ____）已阅读并同意上述安全规则，签名：________ 日期：____年__月__日
        会员积分规则：每消费 RM1 积 1 分，满 500 分可兑换一次 60 分钟跳跃券，积分有效期 12 个月。
        密室逃脱新主题《天工开物》上线，取材自明代宋应星的同名著作，适合 6-8 人，建议年龄 12 岁以上。
        系统维护通知：12月20日 02:00-04:00 在线预约系统暂停服务，届时请拨打门店电话 03-7931 2288 预约。
        发票已开具：发票号 INV-MY-2025-004187，金额 RM1,280.00（含 SST 8%），可在会员中心下载。
        安全提示：6岁以下儿童须在成人陪同下进入幼儿区，身高超过 110 厘米的儿童请前往主跳区。
        团建套餐报价：20人以上每位 S$38，含两场密室 + 一场躲避球，可开公司抬头发票。
        顺丰单号 SF1402387765192，已寄出遗失物品（儿童外套一件），如有疑问请致电客服热线 6339 1288。
    """),
    ("zh-Hant", "venue announcements and FAQ"): _lines("""
        各位家長注意：由於聖誕假期人流較多，12月23日至1月1日所有時段必須網上預約，恕不接受 walk-in。
        入場前請除下眼鏡、手錶及頸鏈，彈床區唔可以帶手機，儲物櫃每個 HK$10。
        密室主題《九龍城寨》適合4至6人，遊戲時間75分鐘，12歲以下須有成人陪同。
        問：可唔可以帶自己嘅蛋糕嚟開生日會？答：派對房可以，但遊樂區內唔可以飲食。
        本館電話 2388 6123（辦公時間 10:00-19:00），WhatsApp 查詢請用官方帳號，員工唔會私人聯絡客人。
        親子館週一公休，週二至週日 09:30–18:00 開放，最後入場 17:00，每場限 40 組親子。
        【失物招領】本週拾獲：粉紅色水壺 ×2、兒童外套 ×1、AirPods 一副。請於14天內憑入場紀錄至櫃台領取。
        因應颱風警報，台北市政府宣布停班停課，本館今日全天休館，已預約的場次可免費改期。
        室內遊樂場每2小時進行一次消毒，球池的海洋球每週全數清洗。
        預約須知：訂金 NT$500 請於預約後24小時內匯款，匯款後請回傳訂單編號 TW-RSV-25120871 以便核對。
        今日下午3點至5點，主跳區包場作學校活動，其他客人請使用兒童區及忍者挑戰區，唔好意思。
        孕婦、心臟病患者及曾接受脊椎手術人士，不建議參與彈床活動。如有疑問請向職員查詢。
        密室主題《少年包青天》以北宋包拯為原型，玩家需要喺60分鐘內破解三宗奇案。
        兒童身高未滿100公分者，僅限使用幼兒遊戲區；超過100公分請穿著防滑襪進入主要遊樂區。
    """),
    ("ms", "notis dan polisi"): _lines("""
        Semua pengunjung wajib memakai stokin anti-gelincir. Stokin boleh dibeli di kaunter dengan harga RM8 sepasang.
        Kanak-kanak di bawah 12 tahun mesti ditemani oleh ibu bapa atau penjaga sepanjang masa di dalam taman permainan.
        Borang penepian (waiver) perlu diisi sebelum masuk. Borang ini sah selama 12 bulan dari tarikh ditandatangani.
        Tempahan parti hari jadi hendaklah dibuat sekurang-kurangnya 14 hari lebih awal. Deposit RM200 tidak dikembalikan jika dibatalkan.
        Barang yang tertinggal disimpan selama 30 hari di kaunter hadapan. Sila bawa resit atau bukti tempahan untuk membuat tuntutan.
        Notis: Zon Ninja ditutup sementara untuk kerja penyelenggaraan dari 3 hingga 5 Januari. Harap maaf atas kesulitan.
        Bilik escape "Misteri Keris Hang Tuah" sesuai untuk 4 hingga 6 pemain, tempoh 60 minit, umur 10 tahun ke atas.
        Pengunjung yang mengandung atau mempunyai masalah jantung tidak digalakkan melompat di atas trampolin.
        Untuk pertanyaan korporat, sila hubungi pejabat kami di 03-5613 4470 (Isnin–Jumaat, 9 pagi–6 petang).
        Makanan dan minuman dari luar tidak dibenarkan kecuali kek hari jadi untuk pakej parti.
        Sila keluarkan semua barang dari poket sebelum melompat. Pihak pengurusan tidak bertanggungjawab atas kehilangan barang berharga.
        Harga tiket cuti sekolah: RM45 (90 minit) untuk kanak-kanak, RM20 untuk dewasa yang menemani. Pemegang kad OKU diberi diskaun 50%.
        Soalan: Bolehkah saya tukar tarikh tempahan? Jawapan: Boleh, sekali sahaja secara percuma jika dibuat 48 jam sebelum sesi.
    """),
    ("mixed", "staff group chat"): _lines("""
        Eh guys the 4pm group for Room 2 say stuck in jam at PIE, can push to 4.20? Next group only 5.30.
        Boss, pump for the bouncy castle rosak already lah, I call vendor tomorrow morning can?
        今日 Toddler Town 好多人，大家记得提醒 parents 签 waiver 先入场 ok
        Reminder: morning shift check all harness carabiners before 10am opening, log in the safety sheet ya.
        聽日 school trip 120個學生，要開多兩條 lane 俾佢哋排隊，邊個可以早啲返？
        Lost & found box dah penuh, anything more than 30 days I bag up for donation on Friday ok?
        Room 3 padlock combination changed to the new set, check the GM sheet before you reset the room k.
        小朋友喺 ball pit 搵到一隻耳環，已經放咗落 lost & found，暫時未有人認領。
        Party room B aircon bocor again, water dripping on the cake table. Please move all bookings today to Room A.
        大家注意 今天颱風 下午兩點後所有預約改期 客人打來就說可以免費 reschedule 哦
        FYI CNY promo code JUMPCNY26 is live, 15% off weekday passes only, cannot stack with member discount.
        Sapa on closing tonight? Need someone to mop the foam pit area, ada budak muntah kat situ tadi.
        Birthday package price updated: weekday S$499 / weekend S$599 for 15 kids, extra kid S$28 each.
        Inventory: grip socks size S left 40 pairs, M 12 pairs, L habis already, order from supplier before Saturday.
    """),
    ("mixed", "logs, config and code"): _lines("""
        [2025-12-14 15:31:07] INFO booking.checkin ref=ER20251214-0736 pax=4 room=nyonya status=CHECKED_IN
        WAIVER_MIN_AGE=18 / WAIVER_VALIDITY_DAYS=365 / MAX_PAX_PER_ROOM=8 / HINT_LIMIT=3
        SELECT booking_ref, slot_start, pax FROM bookings WHERE status = 'NO_SHOW' AND slot_start >= '2025-12-01';
        ERROR payment.gateway txn=TXN-7731-0A9F amount=SGD 96.00 code=51 insufficient_funds retry=false
        waiver-kiosk v2.14.3 build 4471 sha256 9f2c4e1a7b03d85e6c91f0a2b4d7e8c3a56f19b0d2e47c8a1f3b5d6e7a8c9b0d
        nric_pattern: "^[STFGM][0-9]{7}[A-Z]$"  # format check only, raw value is never stored
        2025-12-01 10:02:44 WARN sensor.trampoline court=T07 spring_tension=LOW action=CLOSE_COURT
        cron: 0 3 * * * /opt/jump/bin/purge_cctv --older-than 30d --site SG-JUR
        {"event": "party.booked", "package": "DELUXE_15", "site": "HK-KT", "deposit_hkd": 800, "slot": "2025-12-20T14:00+08:00"}
        門市代碼 TW-TPE-03 / POS 版本 5.2.1 / 發票字軌 AB-12345678 / 今日營業額 NT$86,420
        def slot_available(room_id, start): return count_bookings(room_id, start) < MAX_PAX_PER_ROOM
        Laporan harian: 412 tiket dijual, 37 pakej parti, 3 insiden kecil (lebam/luka ringan), 0 kes rujukan hospital.
    """),
    ("en", "industry news and themed room blurbs"): _lines("""
        Indoor trampoline parks spread quickly across Singapore in the second half of the 2010s, with most opening in malls and industrial buildings.
        Room blurb: London, 1895. Sherlock Holmes has vanished from 221B Baker Street, leaving only a coded note for Dr Watson. You have 60 minutes.
        Hong Kong's escape room scene boomed around 2014, with many venues squeezed into industrial buildings in Kwun Tong and Mong Kok.
        Our new Zheng He room recreates a treasure ship cabin from the 15th-century voyages; find the navigation chart before the monsoon hits.
        Paediatric studies have repeatedly found that lower-limb sprains and fractures are the most common injuries at trampoline parks.
        The Detective Conan themed trail at the Taipei venue gave each finisher a collectible badge; the collaboration ran until the end of March.
        Heritage escape game: solve clues along Jalan Tun H.S. Lee and Petaling Street, then finish at the Sin Sze Si Ya Temple.
        Nearest A&E for our Jurong East outlet: Ng Teng Fong General Hospital, 1 Jurong East Street 21, about five minutes by taxi.
        The Bruce Lee room at our Tsim Sha Tsui branch is inspired by the hall of mirrors in Enter the Dragon; players must find the real exit.
        Doctors at KK Women's and Children's Hospital advise parents to keep children under six off full-size trampolines.
        Enter the world of Journey to the West: help Sun Wukong recover the stolen golden cudgel from the Demon King's cave in 70 minutes.
        Tan Tock Seng Hospital and Lee Kong Chian School of Medicine are both a short MRT ride from our Novena playground.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        WAIVER | PARTICIPANT: TAN WEI LING | DOB: 12/03/1988 | NRIC: S8834127I | MOBILE: 9736 2184 | EMERGENCY CONTACT: LIM BOON KEAT (HUSBAND) 8452 9037
        Incident report IR-0219, Jurong East: Ethan Koh Jun Hao (9 yrs) landed awkwardly on court T04, suspected left ankle fracture, mother Mdm Jasmine Ng informed, conveyed to NTFGH by ambulance 16:42.
        Birthday party booking – host: Priya d/o Ramasamy, for daughter Anika's 7th birthday, Sat 15 Mar 2pm, 18 kids, vegetarian menu, contact +65 9084 6613.
        Refund request: pls refund S$148 to my card 4556 2025 2151 7872, the Saturday 3pm session was cancelled because of the power trip. Thanks, Darren Seah
        Hi this is Kavitha, I left my son's blue Nike backpack in the party room on Sunday, his EZ-link card inside has his name Rohan a/l Suresh, can I collect tomorrow?
        BANNED LIST (do not admit): Marcus Teo Chee Wee – verbally abusive to staff on 3 Nov, damaged Room 5 props, police report filed.
        Lost item claimed: gold bracelet, claimant Mrs Rosalind Fernandes, verified with FIN G5092817P, collected 12/12 5.10pm.
        Membership sign-up: Name Aloysius Kwek, email aloysius.kwek91@gmail.com, kids Isaac (6) and Chloe (4), preferred outlet Punggol.
        Note to ops: Mr Gilbert Lee asked us to keep his son Jayden off the dodgeball court, the boy has haemophilia and bruises very easily.
        Corporate booking by Serene Chua (HR exec at a logistics firm) – send the invoice to her personal email serene.chua.hx@outlook.com, company mail is blocking attachments.
        Carpark: silver Honda Vezel SKL3278C blocked the loading bay for 2 hours, driver is the party host Mr Nicholas Yeo, told him to move it.
        Regular: Uncle Ah Seng (Seng Kok Hwa, Blk 412 Bedok North Ave 2 #08-117) comes every Wed with his 3 grandsons, pays cash, likes the 10am slot.
    """),
    "zh-Hans": _lines("""
        客户陈思琪（身份证 440305198904172363）于12月14日在蹦床区扭伤右膝，已由店员陪同前往医院，保险理赔资料待补。
        生日派对预订：家长王建国，电话 138 2741 6059，孩子王子涵 6 岁生日，12月21日 14:00，20 位小朋友，需要无麸质蛋糕。
        失物认领登记：黑色华为手机一部，认领人李婷婷，手机号 13924087513，已核对锁屏照片，12/03 领回。
        黄志明先生投诉：他的女儿黄欣怡在幼儿区被其他小朋友推倒撞到额头，要求查看监控录像并全额退款。
        团购退款申请 | 姓名：赵磊 | 银行卡：6228 4859 2339 3122 427 | 金额：RM 240 | 原因：孩子发烧无法到场
        吉隆坡分店会员资料：林美玲，MyKad 880312-14-5236，邮箱 meiling.lim88@gmail.com，会员等级：金卡。
        内地游客免责声明：姓名 周晓峰，往来港澳通行证 C60918342，出生日期 1992-09-25，紧急联系人 妻子 刘畅 186 0215 7734
        店长备注：顾客张伟（微信号 zhangwei_escape0417）已三次预约不到场，以后他的预约必须先付全款。
        家长群通知：周六的生日会是孙浩然小朋友的，他对花生严重过敏，所有零食请不要含坚果，谢谢配合！
    """),
    "zh-Hant": _lines("""
        意外報告：陳嘉欣小姐（HKID Y482715(3)）喺觀塘分店彈床區扭傷右腳踝，已召救護車送往基督教聯合醫院，當值經理已跟進。
        生日會預約：家長何太（何美寶），電話 9468 2371，小朋友何卓朗 5歲，1月11日下午2點，15位小朋友，要素食餐。
        退款申請：會員梁志偉，HSBC 戶口 004-583-217846-838，退回訂金 HK$800，因為個仔出水痘要取消派對。
        失物認領：李國豪先生遺留銀色 iPad 一部，已核對身份證 K306492(1)，12月8日取回。
        林佳蓉 身分證 A223458178 生日派對訂金 NT$3,000 已匯款，聯絡電話 0933-618-204，預約1月18日中午場。
        台中館客訴：家長張雅婷表示女兒吳品妍在球池被夾傷手指，已拍照存證，要求館方負擔醫藥費。
        會員資料更新：黃冠宇，LINE ID: guanyu.huang0721，地址：新北市板橋區文化路一段188巷12號5樓。
        黑名單：蔡承恩先生於11月23日酒後進入密室，破壞道具並辱罵職員，已報警處理，請勿再接受其預約。
        報名表｜姓名：鄭詠琪｜身分證字號：B229174056｜生日：1990/08/14｜緊急聯絡人：母親 鄭林秀英 0958 271 336
        職員備忘：星期日派對嘅主人家係羅偉業先生，佢個仔有自閉症，唔鍾意大聲，派對房唔好開音樂。
    """),
    "ms": _lines("""
        BORANG PENEPIAN | NAMA: NURUL AISYAH BINTI KAMARUDDIN | NO. K/P: 920714-10-5486 | TEL: 012-683 4291 | ANAK: MUHAMMAD ADAM BIN HAIRUL (6 TAHUN)
        Laporan kecederaan: Muhammad Danish bin Azlan, 8 tahun, terjatuh dari zon ninja dan patah pergelangan tangan kiri, dibawa ke Hospital Sultanah Aminah oleh bapanya.
        Tempahan parti: Puan Siti Hajar binti Othman, untuk anaknya Nur Iman yang berumur 5 tahun, 22 Februari 3 petang, 20 orang kanak-kanak, no. tel 016-337 8805.
        Tuntutan barang hilang: jam tangan Casio hitam milik Encik Rajesh a/l Muniandy, disahkan dengan K/P 850214-01-6673, diambil pada 9 Disember.
        Sila bayar balik deposit RM200 ke akaun Maybank saya 1621 4500 7382 atas nama Farah Nadia binti Rosli, parti dibatalkan sebab anak demam denggi.
        Nota kaunter: Encik Azman bin Yusof (kereta WVX 4821) meletak kereta di laluan kecemasan semasa parti anaknya, sudah diberi amaran.
        Senarai larangan masuk: Khairul Anuar bin Mat Isa, bergaduh dengan pelanggan lain di zon dodgeball pada 2 November, laporan polis dibuat.
        Ahli baharu: Lee Mei Chen, emel meichen.lee@yahoo.com.my, alamat No. 27, Jalan SS 2/64, 47300 Petaling Jaya, anak 2 orang.
        Aduan: Puan Kalaivani a/p Subramaniam kata anaknya Tharshini dipukul oleh budak lain di kolam bola, minta salinan rakaman CCTV.
        Pelawat dari Singapura: Jeremy Goh, pasport K1284307N, tiba 20 Dis, tempah 3 bilik escape untuk keluarga besar.
    """),
    "mixed": _lines("""
        eh mel ur nephew Tan Jun Kai sprain his wrist at the foam pit just now, we put ice already, his mum otw from Tampines
        老板 tadi customer Ms Wong Siew Ling call, dia kata credit card 5204 7386 0641 1153 kena charge dua kali untuk booking Room 4, tolong refund satu.
        Pls add to party list: Chloe Lim (peanut allergy!!), Ryan Ong, Aisyah binti Rahim, Dhruv s/o Vijay — 家長說 Chloe 嘅 EpiPen 放前台
        今晚 8pm Room 1 booking 係 Mr Cheung Ka Ho，佢話會帶女朋友嚟求婚，叫我哋最後一個 lock 入面放戒指，佢電話 6153 0842
        Reminder: Mdm Goh Lay Hoon member card expired but she say she paid renewal via PayNow from 9187 0352, pls check before u charge her again.
        Puan Noraini punya son Haziq (Year 3, SK Taman Melawati) still haven't collect his spectacles from lost & found, dah 2 minggu. Call her 019-502 7714.
        客人 吳志強 WeChat: wuzq_1985 說上次在 TST 分店 dodgeball 被球打到眼, 現在視力模糊, 要求賠償 medical bill HK$3,200.
        Waiver kiosk glitch: KOH MEI XUAN, NRIC T0412763Z, DOB 14-06-2004 keeps showing "guardian required" even though she's 21 — pls override manually.
        IG @jiayi.bakes_ (Chua Jia Yi) tagged us in her story saying her daughter got friction burns from the tube slide, she wants to post the CCTV. Boss pls advise.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are JumpHub Singapore's booking assistant. Be concise and friendly."),
        ("user", "hi, need to fix my daughter's waiver, the DOB is wrong"),
        (
            "assistant",
            "Sure, I can help with that. Could you share the booking reference and the participant's full name?",
        ),
        (
            "user",
            "booking JMP-SG-77201, her name Charlotte Yeo Hui Min. should be 03/09/2014. I'm her mum Grace Yeo, NRIC S7651238H, mobile +65 8271 5540",
        ),
        (
            "assistant",
            "Thank you, Grace. I've updated Charlotte's date of birth to 3 Sep 2014 on booking JMP-SG-77201. A fresh waiver link has been sent to +65 8271 5540 for your signature.",
        ),
    ],
    [
        ("user", "你好，想 book 12月20號晚上7點《九龍城寨》房，6個人，係幫我男朋友慶祝生日"),
        ("assistant", "冇問題！12月20日 19:00 仲有位。請提供預約人全名同聯絡電話。"),
        (
            "user",
            "我叫麥穎琳，電話 5720 9163。佢叫鄧家樂，30歲生日，可唔可以喺最後個箱入面放張生日卡？",
        ),
        (
            "assistant",
            "已幫麥小姐預留 12月20日 19:00《九龍城寨》6位。生日卡可以喺開場前交俾前台同事，我哋會幫你放入最後一個寶箱。",
        ),
    ],
    [
        ("user", "您好 我昨天下午帶小孩去你們板橋館 好像把他的水壺跟外套留在球池旁邊"),
        (
            "assistant",
            "您好～請問是什麼顏色的水壺和外套呢？方便留下孩子姓名和聯絡方式讓我們核對嗎？",
        ),
        ("user", "藍色恐龍水壺，深綠色連帽外套，上面有繡名字 陳宥翔。我是媽媽 陳怡君 0921-447-805"),
        (
            "assistant",
            "陳媽媽您好，已經找到宥翔的水壺和外套，放在一樓櫃台，請於14天內憑這則訊息領取喔！",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan untuk sebuah taman trampolin di Shah Alam.",
        ),
        (
            "user",
            "Assalamualaikum, anak saya cedera masa lompat trampolin hari Sabtu lepas. Macam mana nak buat tuntutan insurans?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Maaf atas kejadian itu. Sila berikan nama penuh anak, tarikh kejadian dan nombor laporan insiden jika ada.",
        ),
        (
            "user",
            "Nama dia Aiman Hakimi bin Roslan, 11 tahun, patah tulang buku lali kanan, 6 Disember, laporan IR-SA-0871. Saya Roslan bin Hashim, IC 830519-10-6117, tel 011-2845 6730.",
        ),
        (
            "assistant",
            "Terima kasih Encik Roslan. Borang tuntutan dan salinan laporan IR-SA-0871 akan dihantar ke WhatsApp 011-2845 6730 dalam 2 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Help me write an apology email to a customer. Her name is Mrs Angela Tay. On Sunday 8 Dec her son Lucas (7) got his finger pinched in the Toddler Town gate and needed 2 stitches at KKH.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Mrs Tay, we are very sorry that Lucas was hurt at Toddler Town on Sunday 8 December. The safety of every child is our priority and we have reviewed what happened.",
        ),
        (
            "user",
            "Good. Add that we'll reimburse the KKH bill S$286 to her PayNow 9418 2760 and give 2 free passes. Also mention the gate hinge 已经换了.",
        ),
        (
            "assistant",
            "Updated: We will reimburse the S$286 KKH bill via PayNow to 9418 2760 within 5 working days and enclose two complimentary passes for Lucas. The gate hinge has already been replaced.",
        ),
    ],
    [
        ("user", "你好，我们下周去新加坡玩，想给两个孩子订室内游乐场，需要实名吗？"),
        (
            "assistant",
            "您好！无需实名购票，但18岁以下儿童需要家长在线签署免责声明，填写家长姓名和联系电话即可。",
        ),
        (
            "user",
            "好的，家长是我，邓子轩，身份证 44010619940113287X，手机 135 1768 2049。孩子邓可欣5岁、邓可乐3岁，12月27日上午去滨海湾那家。",
        ),
        (
            "assistant",
            "已收到，邓先生。已为邓可欣和邓可乐登记 12月27日 10:00 入场，免责声明链接将通过短信发送至 135 1768 2049。",
        ),
    ],
    [
        (
            "user",
            "can you help me write a short msg to the parents group for my son's party at Kidz Kingdom Tampines this sat",
        ),
        (
            "assistant",
            "Of course! What details should I include – time, room, anything guests should know?",
        ),
        (
            "user",
            "party 2-4pm, party room C. my son is Nathaniel Chia, turning 6, he's severely allergic to eggs so pls no egg-based snacks. RSVP to me, Melissa, at melissa.chia.sg@gmail.com",
        ),
        (
            "assistant",
            "Hi parents! Nathaniel Chia is turning 6 🎉 Join us this Saturday 2–4pm at Kidz Kingdom Tampines, Party Room C. Nathaniel has a severe egg allergy, so please avoid egg-based snacks. RSVP to Melissa at melissa.chia.sg@gmail.com. See you there!",
        ),
    ],
    [
        (
            "system",
            "You draft formal incident reports for a Hong Kong trampoline park. Output in English.",
        ),
        (
            "user",
            "今日 3:20pm 喺荃灣分店 dodgeball 場，客人 Fung Chi Hang (HKID R918234(8)) 俾球打中個頭，話頭暈，我哋 call 咗白車去仁濟醫院。聯絡人係佢老婆 Ivy，電話 6938 4410。",
        ),
        (
            "assistant",
            "Incident Report – Tsuen Wan Branch / Time: 15:20 / Location: Dodgeball court / Injured party: Mr Fung Chi Hang (HKID R918234(8)) / Struck on the head by a ball, complained of dizziness / Ambulance called, conveyed to Yan Chai Hospital / Next of kin: wife Ivy, +852 6938 4410",
        ),
        (
            "user",
            "ok add that duty manager checked CCTV, ball was thrown by another customer from close range, no staff fault",
        ),
        (
            "assistant",
            "Added: CCTV reviewed by the Duty Manager; the ball was thrown by another guest at close range and no staff fault was identified.",
        ),
    ],
    [
        ("user", "hi nak minta refund untuk birthday package yang saya cancel, booking BP-PG-2291"),
        (
            "assistant",
            "Boleh. Untuk pengesahan, sila beri nama penuh pemegang tempahan dan butiran akaun bank untuk bayaran balik.",
        ),
        (
            "user",
            "Tan Siew Peng, CIMB 8602 3384 17, refund RM350. cancel sebab my mother in hospital, stroke last week",
        ),
        (
            "assistant",
            "Terima kasih Puan Tan, semoga ibu cepat sembuh. Bayaran balik RM350 untuk BP-PG-2291 akan dikreditkan ke akaun CIMB 8602338417 dalam 7–10 hari bekerja.",
        ),
    ],
    [
        ("user", "請問生日派對的小禮物袋可以先寄到家裡嗎？我想提前確認內容"),
        ("assistant", "可以的！請提供收件人姓名、地址和電話，我們會在派對前一週寄出。"),
        (
            "user",
            "收件人 許雅雯，台北市大安區復興南路二段237號3樓，0963-512-048，派對是女兒 許芯瑜 七歲生日",
        ),
        (
            "assistant",
            "許小姐您好，禮物袋將於1月3日寄至台北市大安區復興南路二段237號3樓，祝芯瑜七歲生日快樂！",
        ),
    ],
]
