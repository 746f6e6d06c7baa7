# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat109: chats asking an assistant for help with one's own camping, fishing, diving and outdoor trip planning. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat109
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "permit_booking_help"): _lines("""
        User: my campsite booking ref is PUB-CMP-2026-04417 for the Jelutong site on Pulau Ubin, can I move it to 14 March? Assistant: Date changes are done under Manage Booking in the portal; changes within 3 days of arrival usually aren't allowed, so you may need to cancel and rebook.
        User: what permit do I need to camp overnight at Pasir Ris Park? Assistant: You need a camping permit from the parks portal. Each permit typically covers up to 2 tents for a maximum of 2 consecutive nights, and weekday and weekend quotas differ.
        User: is the Taman Negara entry permit RM1 or RM5 now? Assistant: The entry permit and the camera permit are charged separately, so the RM1 and RM5 you saw are probably the two different items; check the counter at Kuala Tahan jetty for current rates.
        User: got an email from noreply@campbook-sg.example saying invoice INV-20260311-0088 is overdue and to pay via a link, is that phishing? Assistant: Don't click the link. Log in to the booking site directly and check whether that invoice exists; genuine invoices will show there.
        User: MacRitchie Reservoir kayak rental, do they open on Mondays? Assistant: Many rental counters there close on Mondays except public holidays, but hours change, so check the operator's page before you go.
        User: list every permit I need for a 3-day hike up Gunung Tahan, group of 6, starting from Kuala Tahan
        User: what does status code PMT-409 mean on the wildlife department permit site? Assistant: 409 usually means a conflict, most likely the date you chose already has an application pending under the same account. Withdraw the pending one first.
        User: is climbing Kinabalu anywhere near as hard as what Edmund Hillary and Tenzing Norgay did on Everest in 1953? Assistant: Not remotely. Kinabalu at 4,095 m is a non-technical trek with huts; Everest at 8,849 m needed supplemental oxygen and weeks of acclimatisation.
        User: the Mesilau gate notice says the climbing quota is 135 per day, how early should we book for August? Assistant: August is peak season; 4 to 6 months ahead is safer, and accommodation at Laban Rata sells out before the permits do.
        User: our group booking GRP-KK-77120 shows 8 pax but we paid for 7, receipt total RM 2,345.00, what do I do? Assistant: Email the operator's reservations desk with the booking reference and a copy of the receipt, and ask them to reissue the confirmation for 7 pax.
        User: can foreigners book the campsites along the Lantau Trail or is it residents only? Assistant: The designated campsites are free and first-come-first-served for everyone; no booking or residency is required, but group sizes may be limited.
        User: do I need to print the QR permit or is a phone screenshot ok? Permit ID looks like CP-SG-7F3A-9921. Assistant: A clear screenshot is normally accepted; keep a printed copy too in case your phone dies or there's no signal at the gate.
        User: what's the cancellation policy on a Sabah Parks hut booking if the trail is closed for weather? Assistant: Weather closures ordered by the park are usually refunded or rescheduled; voluntary cancellations follow the tiered policy in your booking terms.
    """),
    ("zh-Hans", "gear_list_chat"): _lines("""
        User: 三天两夜溪边露营，4个人，帮我列个装备清单 Assistant: 帐篷2顶（3-4人款）、防潮垫4张、睡袋（舒适温度10°C左右）、头灯每人1个、净水片、急救包、炉头加2罐气罐、天幕1顶、垃圾袋若干。
        User: 淘宝订单号 3391820475526613 买的天幕到了，杆子少一根怎么办 Assistant: 在订单详情里申请“补寄配件”，拍照说明缺件情况，卖家一般48小时内会处理。
        User: 牧高笛冷山和黑鹿的帐篷哪个抗风好一点？ Assistant: 抗风主要看杆材、帐型和风绳数量，隧道帐侧面抗风差，建议选铝杆、四面有风绳的款式。
        User: 气罐能带上高铁吗？ Assistant: 不能，丁烷气罐属于禁止携带的易燃物品，建议到目的地附近的户外店再买。
        User: 睡袋标的 EN13537 舒适温度 5°C、极限温度 -8°C 是什么意思 Assistant: 舒适温度是一般人能睡得安稳的温度，极限温度只是保命线，实际选择时按舒适温度来。
        User: SKU 是 MJ-TENT-2P-GRN-2025 和 MJ-TENT-2P-GRN-2026 的两款有什么区别
        User: 海钓要带哪些东西？船早上5:30从码头出发 Assistant: 晕船药（提前半小时吃）、防晒衣、偏光镜、手套、冰箱、饵料，还有救生衣船上一般会提供。
        User: 贝尔·格里尔斯在节目里喝尿那招真的能救命吗 Assistant: 不建议，尿液含盐和代谢废物，脱水时喝反而加重负担，节目效果大于实用价值。
        User: 帮我算一下：6个人走3天，每人每天2.5升水，一共要背多少 Assistant: 6×3×2.5=45升，建议沿途找水源用净水器补给，不要全部背上山。
        User: 户外店会员价 ¥1,299，原价 ¥1,699，相当于打几折 Assistant: 1299÷1699≈0.765，大约7.6折。
        User: 鲁滨逊漂流记里他是怎么生火的？想给孩子讲讲野外生存 Assistant: 书里他靠船上带下来的火药和燧石，后来学会保存火种；可以顺便教孩子用打火石。
        User: 冲锋衣防水指数 20000mm 和 10000mm 差别大吗 Assistant: 日常小雨10000mm够用，长时间暴雨或背重包压肩的情况下20000mm更稳妥。
        User: 迪卡侬退货政策是多少天？小票号 T2026-0412-118 Assistant: 一般凭小票在规定期限内可以退换，具体以门店和会员条款为准，带上原包装会更顺利。
    """),
    ("zh-Hant", "fishing_dive_rules"): _lines("""
        User: 香港海岸公園可以釣魚嗎？ Assistant: 海岸公園內一般禁止釣魚，除非持有漁護署發出的許可證，而且只限指定範圍。
        User: 台灣海釣船出港要帶什麼證件？ Assistant: 通常要帶身分證件正本給船家做出港登記，外籍人士帶護照或居留證。
        User: 墾丁潛水需要什麼證照？OW 還是 AOW？ Assistant: 大部分岸潛點有 OW 就可以，超過 18 米的船潛點通常要求 AOW。
        User: 東北角龍洞灣岸潛導潛一般多少錢？ Assistant: 一支大約 NT$1,800 到 2,500，含氣瓶和配重，裝備租借另計。
        User: 釣魚證號碼格式是不是像 FL-2026-003318 這樣？ Assistant: 各地格式不同，這只是你那張的格式，請以發證機關的說明為準。
        User: 西貢萬宜水庫附近可以露營嗎？ Assistant: 只能在漁護署指定的營地露營，例如浪茄或西灣一帶，需要自備食水。
        User: 帶小朋友去大嶼山釣魚，魚有沒有最小尺寸限制？
        User: 潛水電腦顯示 NDL 0 是什麼意思 Assistant: 代表已經到了免減壓極限，要立即慢慢上升並做安全停留，不要再往下。
        User: 《老人與海》裡聖地牙哥釣到的是什麼魚？ Assistant: 是一條巨大的馬林魚，最後被鯊魚吃到只剩骨架。
        User: 潛水店客服信箱 service@lanyu-reef.example 寫信都沒回，還有其他辦法嗎 Assistant: 可以試試店家的官方 LINE 或粉絲專頁私訊，旺季時回覆通常比較慢。
        User: 綠島潛水一日行程，三支氣瓶 NT$4,500 合理嗎 Assistant: 含船潛和教練的話算合理，先確認有沒有包含裝備和保險。
        User: 釣具店統一編號 24536817，開發票要填在哪一欄 Assistant: 填在「買受人統一編號」欄位，抬頭寫公司名稱即可。
        User: 漁護署規定每人每天可以釣幾條？ Assistant: 香港一般沒有每日條數上限，但海岸公園和保護區有另外的限制。
    """),
    ("ms", "tempahan_kem"): _lines("""
        User: berapa harga permit masuk Taman Negara untuk warganegara? Assistant: Permit masuk dan permit kamera dikenakan berasingan; semak kadar terkini di kaunter jeti Kuala Tahan.
        User: nombor tempahan TN-2026-05521 tapi emel pengesahan tak sampai lagi Assistant: Semak folder spam dahulu; kalau tiada, hubungi kaunter tempahan dan berikan nombor tempahan tersebut.
        User: tapak perkhemahan di Sungai Congkak buka hari Isnin tak? Assistant: Biasanya dibuka setiap hari, tetapi boleh ditutup sementara selepas hujan lebat. Semak notis terkini di laman rasmi.
        User: nak mendaki Gunung Ledang, wajib ambil malim gunung ke? Assistant: Ya, pendaki perlu guna malim gunung berlesen dan permit mendaki mesti dimohon lebih awal.
        User: senarai barang untuk memancing malam di jeti Port Dickson
        User: lesen memancing Jabatan Perikanan berapa ringgit setahun? Assistant: Kadarnya berbeza mengikut jenis lesen dan negeri; semak portal Jabatan Perikanan untuk jadual yuran terkini.
        User: kumpulan 12 orang, nak tempah 3 khemah di Bukit Tinggi, boleh bayar deposit 30% dulu? Assistant: Kebanyakan pengusaha terima deposit 30% hingga 50%, baki dibayar semasa daftar masuk.
        User: apa maksud zon larangan dalam Taman Laut Pulau Redang? Assistant: Kawasan di mana memancing, mengambil karang atau menambat bot tidak dibenarkan untuk melindungi ekosistem.
        User: resit RCPT-88120 tunjuk RM 450.00 tapi bank tolak RM 540.00, macam mana? Assistant: Ambil tangkapan skrin kedua-duanya dan hantar ke khidmat pelanggan pengusaha; minta bayaran balik untuk perbezaan RM 90.00.
        User: dari Jalan Tun Razak ke Hutan Lipur Kanching berapa lama memandu? Assistant: Lebih kurang 35 hingga 45 minit jika tidak sesak, ikut Lebuhraya Kuala Lumpur-Rawang.
        User: syarikat pelancongan ni nombor SSM 202301045678 (1512345-K), sah ke? Assistant: Anda boleh semak status pendaftaran di portal SSM; pastikan juga lesen pengendali pelancongan MOTAC masih sah.
        User: tulis pengumuman ringkas untuk group kelab memancing: trip 21 Jun dibatalkan sebab cuaca buruk Assistant: Assalamualaikum semua, trip memancing 21 Jun dibatalkan kerana amaran cuaca buruk. Yuran akan dipindahkan ke trip seterusnya.
        User: boleh bawa dron masa daki Gunung Kinabalu? Assistant: Penggunaan dron di kawasan taman memerlukan kebenaran bertulis terlebih dahulu; tanpa kebenaran, ia boleh dirampas.
    """),
    ("en", "dive_log_and_certs"): _lines("""
        User: dive computer export: DIVE#0047 2026-02-11T08:42 max 18.4m, 52min, EAN21, start 200bar end 60bar, 12L tank. Is my air consumption normal? Assistant: That works out to a surface air consumption of roughly 15 to 16 L/min, which is normal for a newer diver.
        User: what's the real difference between PADI Open Water and SSI Open Water? Assistant: Both certify you to 18 m and are mutually recognised; the main differences are course materials and how the dive centre packages them.
        User: how long after diving before I can fly home? Assistant: Common guidance is at least 12 hours after a single no-deco dive and 18 hours after multiple dives or multiple days.
        User: what year did Jacques Cousteau co-invent the Aqua-Lung? Assistant: 1943, together with engineer Émile Gagnan.
        User: is the Sipadan permit still capped at 176 divers per day? Assistant: There is a daily cap and permits are allocated through resorts, so book your dive package early to get permit days.
        User: Tioman dive centre quoted 4 fun dives for RM 720 including equipment, is that a good price? Assistant: That is within the usual range for Tioman; confirm whether the marine park fee is included.
        User: firmware v3.2.17 on my dive computer shows error E-41 after the battery swap Assistant: Usually a clock or sensor calibration reset; update to the latest firmware and reset the date and time before the next dive.
        User: our club logged 214 dives last year with 3 minor ear barotrauma cases, what's that as a rate? Assistant: About 1.4 cases per 100 dives.
        User: explain MOD for EAN32 at ppO2 1.4 Assistant: (1.4 / 0.32 - 1) x 10 gives about 33.8 m as the maximum operating depth.
        User: our log template has fields Diver Name, Cert No., Buddy; what goes in Cert No. for a junior diver? Assistant: The number printed on the junior certification card; leave Diver Name and Buddy blank on the template itself.
        User: SHA-256 of my log export starts 9f2c1e04 but the app says ab77d310, is the file corrupted?
        User: which dive sites around Pulau Aur are fine for an 18 m certified diver? Assistant: Most sheltered reef sites on the west side stay within 18 m; the pinnacles are deeper and current-prone.
        User: the dive shop main line 07-419 2280 keeps going to voicemail, any other way to reach them? Assistant: Try their bookings mailbox or business WhatsApp listed on the website; boat days they are often out at sea until afternoon.
    """),
    ("mixed", "group_trip_templates"): _lines("""
        User: make me a blank emergency card for our trip with Name: ____ Blood type: ____ Emergency contact: ____ Phone: ____ Assistant: Here it is, formatted to fit a luggage tag, with one blank line per field.
        User: 帮我写个报名表模板，字段：姓名、身份证号、紧急联系人、过敏史 Assistant: 姓名：__________ 身份证号：__________ 紧急联系人及电话：__________ 过敏史：□无 □有（请注明）__________
        User: write Python to split 23 campers into tents of 4 Assistant: import math; tents = math.ceil(23 / 4) gives 6 tents, with the last tent holding 3.
        User: is this yaml ok for our trip bot: trip_id: KK-2026-07, max_pax: 10, deposit_myr: 150 Assistant: Put each key on its own line, and quote trip_id so it stays a string.
        User: boleh buat template borang indemniti untuk trip hiking? Nama Peserta: [ ], No. KP: [ ], Waris Terdekat: [ ], Tandatangan: [ ] Assistant: Boleh, saya tambah satu perenggan pengakuan risiko di atas ruangan tandatangan.
        User: Google Sheets formula to count how many participants ticked vegetarian Assistant: =COUNTIF(E2:E40,"Yes") if column E holds the diet answer.
        User: 露营群公告模板：集合时间 {time}，集合地点 {meeting_point}，负责人 {leader}，请帮我润色 Assistant: 【露营通知】请各位于 {time} 准时在 {meeting_point} 集合，如有变动请联系 {leader}。
        User: my booking API returns 422 for {'booking_id': 'CB-00913', 'site': 'C12', 'nights': 2}, why? Assistant: JSON needs double-quoted keys and strings; single quotes make it invalid.
        User: tolong terjemah ke BI: Setiap peserta mesti membawa lampu suluh dan wisel Assistant: Every participant must bring a torch and a whistle.
        User: 帐篷分配 Tent A: Customer A, Customer B; Tent B: Customer C, Customer D, Customer E 帮我平均一下 Assistant: 改成 Tent A 三人、Tent B 两人也行，或者 Tent A: A, B, C；Tent B: D, E。
        User: regex to validate booking codes like GRP-KK-77120 Assistant: ^GRP-[A-Z]{2}-[0-9]{5}$
        User: 行程 Day 1 08:00 集合 / 10:30 抵达营地 / 14:00 溯溪 / 19:00 烧烤，帮我翻译成 English
        User: checklist v2.4.1 vs v2.5.0 changelog says added PLB and spare batteries, removed glass bottles, summarise for the group chat Assistant: v2.5.0: bring a PLB and spare batteries; glass bottles are no longer allowed.
    """),
    ("en", "first_aid_howto"): _lines("""
        User: how do I treat a box jellyfish sting on the beach? Assistant: Get out of the water, flood the area with vinegar for at least 30 seconds, don't rub, and call emergency services if there's chest pain or breathing trouble.
        User: what should a basic first aid kit hold for 6 people on a 3-day hike? Assistant: Plasters, blister pads, crepe bandages, triangular bandage, antiseptic wipes, tweezers, painkillers, antihistamine, ORS sachets, a foil blanket and gloves.
        User: signs of heat exhaustion vs heat stroke? Assistant: Exhaustion: heavy sweating, weakness, nausea. Stroke: hot skin, confusion, collapse; that one is an emergency.
        User: in general, what's the first step if a stingray barb goes into a foot? Assistant: Immerse the foot in water as hot as can be tolerated, around 45°C, for 30 to 90 minutes, and get the wound checked for fragments.
        User: how to splint a sprained ankle using trekking poles
        User: does 995 in Singapore also cover sea rescue? Assistant: 995 is for fire and ambulance; for incidents at sea you can still call it or the police on 999 and they will coordinate.
        User: explain hypothermia stages in plain words Assistant: Mild: shivering and clumsy hands. Moderate: shivering stops, confusion. Severe: unconscious, weak pulse. Warm slowly and handle gently.
        User: leeches in Cameron Highlands, salt or lighter to get them off? Assistant: Neither is needed; slide a fingernail under the sucker end and flick it off, then clean the bite.
        User: the park's annual report says 41 rescue callouts in 2025, 60% ankle injuries on descent, what's the lesson for our group? Assistant: Use poles on descents, wear boots with ankle support and budget more time for the way down.
        User: how do I use a PLB and do I need to register it? Assistant: Extend the antenna with a clear view of the sky and press the activation button; registration with your country's beacon registry is required in most places.
        User: is it safe to dive with a blocked nose from a cold? Assistant: No, you risk ear and sinus barotrauma; postpone until you can equalise easily without medication.
        User: snake bite on a hike, should I suck the venom out? Assistant: No. Keep the person still, immobilise the limb, remove rings and get to hospital quickly.
        User: is the adult CPR ratio still 30 compressions to 2 breaths? Assistant: Yes, for lay rescuers it is 30:2, at 100 to 120 compressions per minute.
    """),
    ("zh-Hans", "emergency_public"): _lines("""
        User: 野外迷路了应该打110还是119？ Assistant: 在中国大陆两个都可以，110和119会联动处理，尽量说清楚所在的路线和参照物。
        User: 四姑娘山景区的救援电话是多少 Assistant: 请以景区官网或门票背面公布的救援电话为准，出发前存进手机并截图保存。
        User: 徐霞客当年游黄山走的是哪条路？想跟着走一段 Assistant: 他从汤口一带上山，经温泉、慈光寺方向，可以参考现在的前山线路。
        User: 景区公告说国庆期间接待游客12.6万人次，救援37起，主要原因是什么 Assistant: 这类统计里最常见的是扭伤、体力不支和迷路，占了大部分。
        User: 报备登山一般需要填哪些信息？ Assistant: 队伍人数、领队、线路、计划时间、装备情况和紧急联系人，按当地要求提交。
        User: 武功山帐篷租赁押金200元，退押金一般要几天
        User: 中山公园里可以搭帐篷吗 Assistant: 多数城市公园只允许在划定的帐篷区搭建，而且不能过夜，具体看公园管理处的公告。
        User: 户外保险保额50万和100万，保费¥35和¥58，值得多花吗 Assistant: 如果去高海拔或需要直升机救援的地方，建议选保额高、含救援费用的那款。
        User: 被蜱虫咬了一般怎么处理 Assistant: 用尖头镊子贴近皮肤垂直拔出，不要挤压虫体，之后几周留意发烧或皮疹。
        User: 12306 订了 G1234 次去桂林，登山杖能带上车吗 Assistant: 伸缩登山杖一般可以携带，建议收短后放进背包侧袋。
        User: 冲浪学校营业执照上的统一社会信用代码 91460200MA5T8K2Q3W 怎么查真假 Assistant: 可以在国家企业信用信息公示系统输入代码查询登记状态。
        User: 上海的钓鱼证在哪里办？ Assistant: 可以关注当地农业农村部门发布的通知，部分水域需要另外向管理单位申请。
        User: 客服工单 #TK-20260418-5527 说帐篷质量问题已受理，一般多久有回复 Assistant: 通常3到5个工作日，超过时间可以在工单里催办。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: my buddy Darren Koh Wei Ming tore his ACL on the Bukit Timah trail last Saturday and can't join the Tioman trip now, how do I ask the dive shop to refund his share? Assistant: Email the shop with the booking reference and a short note that one diver withdrew on medical grounds.
        User: fill in the park permit for me: lead camper Nurul Ain binte Rahmat, NRIC S8834512F, mobile 9274 6130, 2 tents, 17 to 19 April
        User: emergency contact for the kayak trip is my wife, Priya d/o Subramaniam, 8315 2094. Can you format it for the waiver? Assistant: Emergency contact: Priya d/o Subramaniam (spouse), +65 8315 2094.
        User: my passport is K4418273M, does the Sipadan permit need the passport number or just my name? Assistant: Resorts usually collect full passport details for the permit application.
        User: the campsite car pass is under Gregory Pereira, plate SKQ4821B, can you write the parking request to the ranger office?
        User: Uncle Ramasamy from our fishing kakis group had a mild stroke last month, should we still bring him on the boat to Pulau Hantu?
        User: write a polite message to Melissa Tan Hui Ling, she still owes me $380 for her share of the Lantau glamping and keeps ignoring my texts
        User: card for the deposit is 4556 7801 2345 1236 exp 09/28, name JASON LIM, is it ok to paste it in the group chat? Assistant: No, never share full card details in a chat; pay through the operator's secure link instead.
        User: delivery address for the gear rental is Blk 418 Tampines St 42 #08-231, Singapore 520418, call 8730 5516 on arrival, draft the note for the shop
        User: dive medical form for my dad, Goh Teck Seng, 67, on warfarin and has a pacemaker, will the dive centre refuse him?
        User: our trip leader's Telegram is @hazwan_trek88, help me write a message asking him for the deposit refund
        User: Sharon from the third floor of our condo got caught with undersized groupers by the fisheries officer and was fined; how do I tell her the club is suspending her membership?
        User: send the booking confirmation to kelvin.ong.diving@gmail.com and cc my brother at ong.beng.huat74@yahoo.com.sg
        User: I'm Rahul Verma, FIN G5518206Q, on an Employment Pass; can I apply for the Pulau Ubin camping permit myself? Assistant: Yes, FIN holders can usually apply online with their own login.
        User: Mdm Wong at #05-12 of our block keeps complaining to the town council that my kayak blocks the corridor, how should I reply to her?
    """),
    "zh-Hans": _lines("""
        User: 帮我填一下报备表：领队 张晓峰，身份证 440305198807162630，手机 13826471095，紧急联系人 妻子 李婷 13922068514
        User: 我老公陈建国上周潜水后耳朵一直疼，医生说是鼓膜穿孔，旅游保险能赔吗？
        User: 群里王磊欠了露营AA费680块一直不还，帮我写个催款消息，语气别太冲 Assistant: 磊哥，上次露营的AA费680元麻烦有空转一下，谢谢啦～
        User: 快递地址：上海市浦东新区张杨路1288弄7号502室，收件人刘佳怡，电话15821936047，帮我写进租帐篷的订单备注
        User: 3栋的陈阿姨上次钓鱼摔断了手腕，现在还在康复，这次出海还要不要叫上她？
        User: 我的身份证号是310115199203044825，订张家界门票要实名，可以直接发给你帮我填吗
        User: 微信号 zhou_yuting_1993 是我们队新来的队员，帮我写个欢迎消息，顺便提醒她把紧急联系人发给我
        User: 帮我核对一下：押金转到了周强的建设银行卡 6217001234567890122，金额1500元，写条消息给他确认
        User: 老赵（就是我们钓鱼队的赵师傅）刚确诊糖尿病，下周三天两夜徒步他还能去吗，要准备什么
        User: 夏令营报名表：孩子黄子轩，2015年3月出生，对花生严重过敏，家长黄志伟 13570824419，帮我整理成表格
        User: 车牌粤B·7K2Q5的车停在营地门口挡路了，车主是隔壁营位那位姓蒋的大哥，帮我写张客气点的纸条
        User: 领队孙浩在群里说我表妹林晓雪上次在营地半夜喝醉跟人吵架，要把她踢出群，帮我替她写个道歉
    """),
    "zh-Hant": _lines("""
        User: 幫我填潛水報名表：姓名 陳怡君，身分證 F120834759，手機 0912 385 406，生日 1990/08/14
        User: 我叫黃志明，香港身份證 K418263(4)，報西貢露營活動時要填身份證號碼嗎？
        User: 我阿嬤林秀英上個月釣魚時中暑送急診，這次全家去澎湖還要帶她出海嗎？
        User: 我朋友張家豪的潛水證照被暫停了，因為上次違規自己一個人深潛，他要怎麼申訴？
        User: 我的 LINE ID 是 yuting.chen0814，潛水店要我加好友報名，幫我寫段自我介紹
        User: 訂金 NT$3,000 已匯到中國信託 822-5403-1128-7765，戶名吳宗翰，幫我寫訊息給他確認收款
        User: 營具租借送貨地址：新界西貢普通道38號2樓B室，收件人何嘉欣，電話 9234 8817，幫我寫送貨單
        User: 阿強（隔壁陳太的兒子）上次在大浪灣差點溺水，之後一直很怕水，這次帶他去浮潛好嗎？
        User: HKID Y702514(7) 係我老豆李國雄嘅，佢心臟唔好，行麥理浩徑要唔要醫生紙？
        User: 護照號碼 358201476，英文名 TSAI MING-HUNG，幫我填仙本那潛水許可證的表格
    """),
    "ms": _lines("""
        User: tolong isi borang permit Taman Negara: Nama Muhammad Hafiz bin Abdullah, No. KP 880716-14-5263, telefon 012-738 4091
        User: isteri saya Nor Azlina binti Kamarudin mengandung 5 bulan, boleh ke dia ikut snorkeling di Pulau Perhentian?
        User: Kumaravel a/l Rajendran masih belum bayar yuran trip memancing RM 250, tolong buat mesej peringatan yang sopan
        User: alamat hantar khemah sewa: No. 23, Jalan Mawar 4/2, Taman Sri Mawar, 43000 Kajang, Selangor. Penerima Farah Hanim, 019-662 1847
        User: Pakcik Osman dari Blok C Flat Sri Kenanga kena serangan asma masa berkhemah minggu lepas, patut ke kita bawa dia lagi trip depan?
        User: deposit chalet dah masuk akaun Maybank 1140 2238 5561 atas nama Tan Mei Ling, tolong tulis mesej minta dia sahkan
        User: tolong tulis surat kebenaran parking di tapak kem untuk kereta WXR 6218 milik abang saya, Azman bin Yusof
        User: IG saya @farisya.hikes, tolong buat caption untuk gambar puncak Gunung Nuang semalam
        User: ketua kumpulan kami, Cikgu Roslan, dapat surat amaran dari sekolah sebab bawa pelajar mendaki tanpa kebenaran, macam mana nak bantu dia tulis rayuan?
        User: anak saya Aisyah binti Zulkifli, umur 9, alah udang dan ada epilepsi; tolong tulis nota untuk fasilitator kem
        User: nama Lim Siew Peng, No. MyKad 920304-10-5528, perlu ke bagi nombor IC untuk tempah chalet di Bukit Fraser?
        User: emel saya nurulhuda.kamal88@gmail.com, tolong draf emel ke pusat selam minta resit rasmi
        User: Rajesh a/l Muniandy, pekerja kontrak syarikat kami, jatuh masa trip team-building di Sungai Kanching dan patah kaki; majikan kena lapor PERKESO ke?
    """),
    "mixed": _lines("""
        User: pls rephrase nicer: Eh Wei Jie, your share for the Redang dive trip still RM 520 ah, bank in to my CIMB 7062114893 lah
        User: our foreign worker Md. Rafiqul Islam, Bangladeshi passport BW0782145, wants to join the company fishing trip, can he board the boat to Pulau Ketam without a work permit copy?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful outdoor trip planning assistant."),
        ("user", "Planning a 2-night camp at Pulau Ubin for 5 people, what permits do I need?"),
        (
            "assistant",
            "You'll need a camping permit from the parks portal; one applicant can book for the group. Have the lead camper's ID details ready.",
        ),
        (
            "user",
            "Ok lead camper is me, Tan Jun Hao, NRIC T0267193F, mobile 9186 2473. Can you draft the application text?",
        ),
        (
            "assistant",
            "Applicant: Tan Jun Hao, NRIC T0267193F, contact 9186 2473, 5 campers, 2 nights. Submit it yourself through the portal rather than sharing the NRIC further.",
        ),
    ],
    [
        ("system", "You are an assistant that helps users prepare for scuba trips."),
        ("user", "Going to Tioman next month, need help with the diver medical questionnaire."),
        (
            "assistant",
            "Sure, the questionnaire asks about heart, lung, ear and medication history. Any yes answer needs a doctor's sign-off.",
        ),
        (
            "user",
            "My girlfriend Chloe Ng had a collapsed lung two years ago and she's on anxiety meds. Will she be allowed to dive?",
        ),
        (
            "assistant",
            "A previous pneumothorax is usually a serious concern for diving, so she should see a dive medicine doctor before the trip and not rely on the form alone.",
        ),
    ],
    [
        ("system", "你是一个帮助用户规划户外活动的助手。"),
        ("user", "我们公司组织去惠东海钓，要交一份人员名单给船老大。"),
        ("assistant", "一般需要姓名、证件号和联系电话，方便出海报备。"),
        (
            "user",
            "第一个人：何俊杰，身份证450103198509231712，电话13760249183；第二个人：郑晓芸，身份证350206197904181053，电话18965037721。帮我排成表格。",
        ),
        (
            "assistant",
            "1）何俊杰，身份证450103198509231712，电话13760249183；2）郑晓芸，身份证350206197904181053，电话18965037721。已按顺序排好。",
        ),
    ],
    [
        ("system", "你是一個戶外旅遊規劃助理。"),
        ("user", "下週要去合歡山露營，幫我寫山域入山申請的隊員資料。"),
        ("assistant", "請提供每位隊員的姓名、身分證字號、出生日期和緊急聯絡人。"),
        (
            "user",
            "隊長 王柏翰 A217409365，1986/02/03，緊急聯絡人 王太太 0933 271 058；隊員 劉宜蓁 N103389242，1994/11/27。",
        ),
        (
            "assistant",
            "已整理好：隊長 王柏翰（A217409365，1986/02/03，緊急聯絡人 0933 271 058）、隊員 劉宜蓁（N103389242，1994/11/27）。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu perancangan aktiviti luar."),
        ("user", "Saya nak daftar kumpulan untuk mendaki Gunung Datuk hujung minggu ni."),
        (
            "assistant",
            "Baik, biasanya perlu nama penuh, nombor kad pengenalan dan nombor telefon setiap peserta.",
        ),
        (
            "user",
            "Peserta pertama Siti Khadijah binti Omar, KP 850923-07-5171, 013-452 9960. Kedua anak dia, Danial bin Hakim, KP 010512-01-6634.",
        ),
        (
            "assistant",
            "Senarai peserta: 1) Siti Khadijah binti Omar, 850923-07-5171, 013-452 9960; 2) Danial bin Hakim, 010512-01-6634.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        ("user", "How do I write an incident report for a fishing trip where someone got hurt?"),
        (
            "assistant",
            "Include date, place, what happened, injuries, first aid given and who was notified. Keep it factual.",
        ),
        (
            "user",
            "It was our club member Vincent de Souza, he got a treble hook through his hand at Changi Point jetty on 3 May, we took him to CGH and he needed surgery.",
        ),
        (
            "assistant",
            "Incident report: On 3 May at Changi Point jetty, member Vincent de Souza sustained a treble hook injury to the hand. First aid was applied and he was taken to hospital, where surgery was required.",
        ),
        ("user", "Thanks, add that he's asked the club not to tell his employer."),
    ],
    [
        ("system", "你是一个旅行助手。"),
        ("user", "帮我算算这次露营每个人要付多少，总共3420元，6个人。"),
        ("assistant", "每人570元。"),
        ("user", "好的，大家转到我的招商银行卡 6228480012345678903，户名孔令辉，帮我写个群通知。"),
        (
            "assistant",
            "各位好，本次露营每人费用570元，请转至招商银行卡 6228480012345678903（户名孔令辉），转好后在群里说一声，谢谢！",
        ),
    ],
    [
        ("system", "You are an assistant for a dive travel agency's customers."),
        ("user", "Can you help me email the resort about an allergy for one of our divers?"),
        ("assistant", "Sure, tell me the allergy and which guest it's for."),
        (
            "user",
            "It's for Marcus Fernandez, room booking under marcus.fdz.dives@outlook.com, severe shellfish allergy, carries an EpiPen.",
        ),
        (
            "assistant",
            "Dear Resort Team, our guest Marcus Fernandez (booking email marcus.fdz.dives@outlook.com) has a severe shellfish allergy and carries an EpiPen. Please ensure his meals are prepared shellfish-free.",
        ),
    ],
    [
        ("system", "你係一個幫用戶計劃行山露營嘅助手。"),
        ("user", "我哋一行四個人去東平洲露營，要唔要登記？"),
        ("assistant", "東平洲有指定營地，唔使預先登記，但要留意渡輪班次同天氣。"),
        (
            "user",
            "其中一個係我細佬 陳浩霖，HKID AB335907(5)，佢上個月先做完膝頭手術，我驚佢行唔到，點算好？",
        ),
        (
            "assistant",
            "手術後一個月唔建議行崎嶇海岸路線，可以安排佢留喺營地附近休息，或者先問主診醫生意見。",
        ),
    ],
    [
        ("system", "You are a friendly outdoor gear and trip assistant."),
        ("user", "I need to post our hiking group's rules for new members."),
        (
            "assistant",
            "Sure: arrive on time, bring 2L water, no solo detours, tell the sweeper if you stop.",
        ),
        (
            "user",
            "Also add that Benjamin Chua is banned from our trips after he left a member behind on Bukit Timah and lied about it.",
        ),
        (
            "assistant",
            "I'd recommend keeping the rules general and handling an individual ban privately rather than naming Benjamin Chua in a public post.",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu merancang trip memancing."),
        ("user", "Bot untuk trip memancing ke Pulau Sembilan perlu senarai penumpang."),
        (
            "assistant",
            "Biasanya nama, nombor IC atau pasport, dan nombor telefon untuk laporan kepada Maritim.",
        ),
        (
            "user",
            "Tambah pekerja Indonesia kami, Agus Setiawan, pasport C4829173, telefon 011-2638 4475, dan saya sendiri Chong Wai Keong, 016-593 0281.",
        ),
        (
            "assistant",
            "Senarai penumpang: Agus Setiawan (pasport C4829173, 011-2638 4475); Chong Wai Keong (016-593 0281).",
        ),
    ],
    [
        ("system", "You help users plan camping trips in Singapore."),
        ("user", "My mum wants to come camping at East Coast Park but she's not very mobile."),
        (
            "assistant",
            "Choose a site close to the car park and toilets, and bring a proper camp chair.",
        ),
        (
            "user",
            "Her name's Mdm Lee Bee Choo, she's 71, uses a walker after a hip replacement and her S-pass helper Maricel Dizon, FIN M4127735J, will come along to help.",
        ),
        (
            "assistant",
            "Register the helper as a camper on the permit too. Pick an area near Area E with a flat path, and plan short trips to the toilet in daylight.",
        ),
    ],
]
