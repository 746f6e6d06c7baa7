# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix139: hot-spring resorts, island resorts and their ferry and shuttle services in MY/TW/HK/SG (room bookings, guest lists, ferry manifests, lost property, staff rosters, incidents). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix139
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ferry_notices"): _lines("""
        NOTICE: Due to Monsoon Signal Amber, the 07:30 and 09:00 sailings from Tanjung Gemok (Mersing) to Tioman Island are cancelled today. Next update at 11:00 MYT on our Facebook page.
        Cheung Chau ordinary ferry from Central Pier 5 runs every 30 min Mon–Sat, adult fare HK$15.20 (Octopus accepted); fast ferry HK$29.50. Holiday fares apply on Sundays.
        Changi Point Ferry Terminal to Pulau Ubin: bumboats depart once 12 passengers board, S$4 per person one way, bicycle surcharge S$2. Operating hours 06:00–19:00 daily.
        Lost & Found: items left on board are kept at the Jetty Point Kuah counter for 30 days. Call our hotline +60 4-966 2288 (09:00–17:00) quoting your ticket no., e.g. LGK-240915-0032.
        All passengers must show an original NRIC, MyKad or passport at boarding for the manifest required by the Marine Department Malaysia. Photocopies and screenshots are not accepted.
        Shuttle Route S2: Beitou MRT Station Exit 1 → Thermal Valley → Resort Lobby, every 20 min from 08:00; last departure from the resort 22:10. Free for in-house guests showing a key card.
        Please be advised that the 16:45 Lumut–Pangkor sailing will be operated by MV Duta Pangkor 3 (capacity 180) instead of the usual vessel. Boarding at Gate B, Lumut Jetty.
        Luggage above 20 kg per piece is charged RM5 at Jeti Mersing. Pets, durians and flammable items (including camping gas canisters) are strictly prohibited on board.
        Sentosa Express runs every 5–8 min between VivoCity Level 3 and Beach Station, 07:00–00:00. Hotel shuttles to the island resorts leave from Beach Station Bay B.
        Green Island (綠島) ferry from Fugang Harbour, Taitung: approx. 50 min, NT$460 one way. Seas are rough during the NE monsoon; tickets are non-refundable after departure.
        Vessel renaming notice: MV Mesra Tioman is renamed Cahaya Tioman with effect from 1 March. Booking references (format BLUE-TIO-88421) remain valid and unchanged.
        Group charter enquiries: 1300-88-2323 or charter@islandlinkferries.com.my. IslandLink Ferries Sdn Bhd, Company No. 201801023456 (1284512-T). WhatsApp replies end at 18:00.
        The Mui Wo–Central ferry is suspended once Tropical Cyclone Warning Signal No. 8 is hoisted; the last sailing leaves about two hours earlier, as announced by the operator.
    """),
    ("zh-Hant", "溫泉旅館住宿須知"): _lines("""
        入住時間為下午15:00，退房時間為上午11:00；大眾池開放至晚間23:00，每日清晨05:00至06:00為換水清潔時段，期間暫停開放，敬請見諒。
        本館溫泉為北投青磺泉，pH值約1.2至1.6，屬強酸性泉質，請勿配戴銀飾或金屬飾品入池以免變色；每次泡湯建議不超過15分鐘，並適時補充水分。
        依《溫泉法》規定，本館已取得溫泉標章，標章編號為北市溫字第0031號，並依法完成溫泉取供事業登記，相關證照公告於一樓櫃檯旁，歡迎旅客查閱。
        私人湯屋每次使用90分鐘，平日NT$1,200、假日NT$1,600，逾時每15分鐘加收NT$300；湯屋僅接受現場登記，恕不接受電話或LINE預約。
        礁溪火車站前有本館免費接駁車，每整點發車，末班20:00；團體如需加開專車，請於三日前致電訂房中心 03-988-6612 或來信 booking@jiaoxi-springs.com.tw。
        未滿120公分之兒童可免費入池，但須由成人全程陪同；孕婦、高血壓、心臟病及飲酒後之旅客，請先諮詢醫師意見再行泡湯，以策安全。
        公司名稱：光明溫泉觀光股份有限公司，統一編號 24567813，營業地址：臺北市北投區光明路246號，客服信箱 service@guangming-spa.com.tw。
        館內提供之毛巾與浴衣為館方財產，如需帶走留念，請至一樓櫃檯購買：浴衣每件NT$980、浴巾每條NT$350，可刷卡或使用街口支付。
        退房後遺留物品保管期限為三個月，如需寄回，請來電提供訂房編號（例如 BT20241208-017），運費由旅客自付，以黑貓宅急便貨到付款寄出。
        颱風期間如臺北市政府宣布停止上班上課，當日訂房可免費改期一次，改期期限為六個月；已付訂金將全數保留，不另收取任何手續費。
        本館湯屋分為「紅葉」、「秋月」、「雪見」三種房型，名稱取自日治時期北投溫泉旅館的雅號，每間房內均設有檜木浴槽及獨立淋浴間。
        關子嶺泥漿溫泉為全台少見的泥質溫泉，泉水呈灰黑色，據說有美肌效果；本館每年十月舉辦溫泉美食節，歡迎團體及公司行號提前預約。
        寵物一律不得進入客房及大眾池，導盲犬除外；如有需要請於訂房時備註，館方將為您安排一樓無障礙客房，並提供導盲犬專用飲水盆及休息墊。
    """),
    ("zh-Hans", "员工群聊"): _lines("""
        【前台】今晚满房，海景大床房剩0间，温泉别墅还有2栋，OTA那边麻烦先把携程和美团的渠道关掉，千万别再超售了🙏 上周已经赔过一次了。
        码头组注意：香洲港往外伶仃岛的08:30班次因大雾延误，预计09:30开船，接驳车请在码头停车场B区等候，不要停在出租车道上。
        收到，3号温泉池今早测得水温41.5℃，比标准高了1度，工程部已经在调冷水阀，10点前再测一次，超过42℃就先挂牌暂停开放。
        客房部通知：明天起布草换新供应商，送货时间改为每天早上7点，签收单记得拍照上传到企业微信群文件“布草签收”文件夹里，月底对账要用。
        财务提醒：本月发票抬头统一开“珠海东澳岛蓝湾度假酒店管理有限公司”，税号 91440400MA51K2QX3R，开错的一律作废重开，别再手写了。
        系统升级通知：PMS将于今晚02:00-04:00停机维护，期间入住请用纸质登记表，早班上来后统一补录，新版本号 v5.8.2，有问题找IT值班电话。
        工程部：别墅区B12的电热水器报修单 WX-20241207-0045 已处理完，换了温控器和一个安全阀，请客房部复查后在系统里关单。
        今天下午从化那边的温泉酒店同行团队来参观交流，3点在大堂集合，销售部负责带队，礼宾部准备两辆电瓶车，餐饮部备一下茶歇和水果。
        @全体成员 台风“摩羯”黄色预警，明天所有出海观光和浮潜项目暂停，已购船票的客人按公司政策全额退款，前台统一话术见群公告。
        餐饮部：自助早餐今天鸡蛋用量超了，明天请按入住率78%备货；另外豆浆机又坏了，已经报修，报修单号 CY-1207-12，先用瓶装豆奶顶一下。
        安保提醒：夜间巡逻路线加一个点——南沙滩救生塔，23:00和02:00各打卡一次，巡更系统已经更新，新的NFC标签贴在塔下楼梯口。
        携程评分这周掉到4.6了，差评主要是接驳车等太久和热水不稳定，运营部下周一上午10点开会讨论加一班车，各部门主管务必准时参加。
        温馨提醒：员工宿舍热水今晚10点到12点停，锅炉房检修，大家提前洗好澡哈😂 明天早上6点前恢复，有问题打工程部值班分机8008。
    """),
    ("ms", "senarai_harga_pakej"): _lines("""
        Pakej 3H2M Pulau Tioman (Salang): RM450 seorang, termasuk tiket feri pergi-balik dari Mersing, penginapan chalet, sarapan dan 2 sesi snorkeling berpemandu.
        Harga tiket feri Kuala Perlis–Langkawi: Dewasa RM18, Kanak-kanak (3–12 tahun) RM13, Warga emas RM13. Bayaran tunai atau e-wallet sahaja di kaunter jeti.
        Kolam Air Panas Sungai Klah, Perak: Tiket masuk Dewasa RM25, Kanak-kanak RM15. Pakej rebus telur dalam kolam air panas RM5 untuk 6 biji, bakul disediakan.
        Invois No: INV-LGK-2024-11873 | Sewa bot pancing 4 jam | RM680.00 | SST 8% | Jumlah RM734.40 | Dikeluarkan oleh Bot Pelancong Kuah Sdn Bhd (201501034567).
        Caj tambahan hujung minggu dan cuti umum: +RM60 semalam bagi bilik Deluxe Sea View. Cuti sekolah bulan Disember dikenakan kadar musim puncak tanpa diskaun.
        Van shuttle dari KLIA2 ke Jeti Pulau Pangkor (Lumut): RM85 sehala seorang, berlepas setiap 3 jam dari 08:00 hingga 20:00. Tempahan melalui laman web rasmi sahaja.
        Perhatian: Harga di atas tidak termasuk Cukai Pelancongan RM10 semalam bagi pelancong asing dan Yuran Pemuliharaan Taman Laut RM30 bagi dewasa warga asing.
        Menu Kafe Jeti: Nasi lemak ayam goreng RM12.90, Mee goreng mamak RM9.50, Teh tarik RM3.50, Air kelapa muda RM6.00. Harga sudah termasuk caj perkhidmatan.
        Kolam Air Panas Poring, Sabah: bilik mandi persendirian RM15 sejam, laluan kanopi RM5 seorang. Waktu operasi 07:00–17:00 setiap hari termasuk cuti umum.
        Barang tercicir yang tidak dituntut dalam tempoh 60 hari akan didermakan atau dilupuskan. Sila hubungi Kaunter Jeti Lumut di talian pejabat 05-683 5800.
        Tempahan berkumpulan melebihi 20 orang layak diskaun 10%. Hubungi jabatan jualan di sales@pangkorbayresort.my atau WhatsApp perniagaan +60 16-520 7788.
        Sewa motosikal di Pulau Langkawi: RM35 sehari (110cc), deposit RM100; lesen memandu yang sah wajib ditunjukkan di kaunter dan topi keledar disediakan.
        Kadar bilik mengikut musim: Musim rendah (Nov–Feb, Pantai Timur) RM180; Musim tinggi (Mac–Okt) RM280. Resort di Pulau Redang ditutup sepanjang monsun.
    """),
    ("mixed", "log_lines_and_config"): _lines("""
        2024-12-07T08:15:22+08:00 INFO ferry-sync manifest_id=MNF-TIO-20241207-0730 vessel=CAHAYA_TIOMAN pax_count=146 status=SUBMITTED target=marine-portal
        shuttle_routes: [{id: S2, origin: 'Beitou MRT Exit 1', dest: 'Lobby', headway_min: 20, last_run: '22:10'}]  # 北投接駁車設定, 改之前請先問 ops
        WARN booking-api 房型库存不足 room_type=HOT_SPRING_VILLA hotel_code=ZH-DAO-01 requested=3 available=2 request_id=7f3c9e21-4b8a-4d1e-9a2f-0c6b5d8e1a44
        ERROR payment-gw FPX callback timeout txn=FPX2412070091823 bank=MBB amount=RM734.40 retry=3/5 — sila semak status di portal merchant sebelum refund
        DEFAULT_GUEST = {'name': 'Test Guest', 'email': 'guest@example.com', 'phone': '+65 0000 0000'}  # sample only, 唔好放真客人資料入 fixture
        ALTER TABLE ferry_manifest ADD COLUMN id_doc_type VARCHAR(8) NOT NULL DEFAULT 'PASSPORT'; -- 支援 MYKAD / NRIC / HKID / 回鄉證 / 台胞證
        2024-12-07 23:02:11 [housekeeping] room=B12 status=OOO reason='熱水器故障' ticket=WX-20241207-0045 eta=2024-12-08T10:00 priority=P2
        export SPA_POOL_SENSOR_ENDPOINT=https://iot.resort-internal.example/api/v2/pools; export TEMP_ALERT_C=42.0  # alert kolam air panas
        commit 9e4b1c7a2f fix(manifest): 修正 Lumut–Pangkor 班次 timezone bug, pax count tak match dengan gate scanner lepas DST test
        GET /api/v1/lost-found?pier=KUAH&from=2024-12-01&to=2024-12-07&status=UNCLAIMED 200 OK 84ms items=17 cache=MISS
        cron: '0 5 * * *'  # 05:00 每日換水 job, trigger drain_valve for pools [P1, P2, P3], skip kalau amaran hujan lebat aktif
        INFO ota-sync channel=Agoda hotel_id=88231 rate_plan=BB_SEAVIEW price_myr=480.00 → 已推送 push ok, latency=312ms, next_sync=15m
        CSV header: booking_ref,checkin_date,checkout_date,room_type,pax_adult,pax_child,ferry_leg,shuttle_slot,id_doc_type,remarks_備註
    """),
    ("zh-Hant", "粵語食評及商戶評論"): _lines("""
        長洲呢間新記海鮮酒家真係冇得頂，椒鹽瀨尿蝦$238一份，份量十足，食完仲有時間行去碼頭搭最後一班快船返中環，強烈推介俾大家！
        南丫島榕樹灣嗰間豆腐花好正，$15一碗，滑到不得了，不過星期日人多到要排半個鐘，記得食完先至去碼頭搭船返中環，尾班船好多人。
        梅窩嗰間度假酒店服務幾好，前台態度有禮，不過房間隔音真係差，半夜聽到隔籬房打麻雀，俾三星啦，下次再嚟長住會考慮其他酒店喇。
        坪洲嘅渡輪班次少咗好多，新渡輪而家平日夜晚得兩班，返工放工都好唔方便，希望運輸署同營辦商認真睇下點樣改善下啦，唔該晒各位。
        路環嗰間安德魯餅店嘅葡撻真係名不虛傳，外皮鬆脆，蛋漿唔會太甜，由金光大道搭酒店穿梭巴士過去都值，$12一個，記得趁熱食。
        北投嗰間湯屋環境唔錯，檜木浴槽好香，但係價錢貴咗少少，台幣1,600蚊一個半鐘，不過望到觀音山景，整體嚟講都算抵，會再嚟。
        大澳棚屋民宿好有特色，夜晚聽住水聲瞓覺，朝早可以搭船出去睇中華白海豚，一晚$880連早餐，不過冇電梯，行李要自己搬上樓。
        東涌去大澳嘅11號巴士假日成日爆滿，建議一早搭或者直接坐的士，車程大約45分鐘，車費大概$250左右，幾個人夾埋都幾抵。
        金庸筆下嘅桃花島據講係以舟山為原型，不過我覺得長洲東灣日落嗰種感覺先至似，哈哈，攞黃藥師出嚟講笑，大家唔好咁認真呀，笑下就算。
        聖誕期間去咗礁溪住兩晚，間溫泉酒店嘅大眾池好乾淨，早餐有台式清粥小菜同埋現煎蘿蔔糕，服務好貼心，五星推介，下年一定會再去！
        周潤發喺南丫島出世，好多導遊都會講呢個故事，但其實島上冇乜相關景點，行山徑同海灘先係重點，唔好專登為咗佢去，會好失望㗎。
        愉景灣嘅街渡24小時都有，但係凌晨班次要加錢，一程$47.5，夜更返工嘅朋友要留意，八達通同信用卡都收，幾方便，唔使預先買飛。
        迪士尼好萊塢酒店嘅穿梭巴士好準時，每15分鐘一班，去欣澳站好方便，大人細路都鍾意，不過旺季排隊要等成20分鐘，記得預留時間。
    """),
    ("en", "history_and_heritage"): _lines("""
        Beitou's first hot-spring inn, Tengu-an, was opened in 1896 by the Japanese merchant Hirata Gengo, marking the start of Beitou as a spa town under Japanese rule.
        The Beitou Hot Spring Museum was built in 1913 as the Beitou Public Bathhouse, fell into disuse after the war and reopened as a museum in 1998 after a local campaign.
        According to Langkawi legend, Mahsuri was wrongly accused of adultery and executed; her curse of seven generations is said to have lifted with the island's boom in the 1980s.
        Tun Dr Mahathir Mohamad, then Prime Minister, declared Langkawi a duty-free port in 1987, transforming ferry traffic from Kuala Perlis and Kuala Kedah almost overnight.
        Pulau Ubin once supplied granite for Singapore's early buildings; the quarries closed in the late 1990s and its bumboats now carry cyclists and hikers rather than stone.
        The Star Ferry was founded in 1888 by Dorabjee Naorojee Mithaiwala, a Parsi baker, and its green-and-white vessels are still named after stars, such as Morning Star.
        Sentosa was known as Pulau Blakang Mati until 1972, when a public naming contest chose a new name meaning peace and tranquillity, drawn from Sanskrit through Malay.
        Tioman Island is often said to have inspired the mythical Bali Ha'i in the 1958 film South Pacific, a claim still repeated in brochures by tour operators in Mersing.
        Green Island's Zhaori Hot Spring is described as one of only three seawater hot springs in the world, the others being in Italy and in the Kyushu region of Japan.
        Poring Hot Springs in Sabah were first developed during the Japanese occupation in the Second World War, when soldiers built bathing tubs near today's Kinabalu Park.
        Cheung Chau's Bun Festival, held around the eighth day of the fourth lunar month, draws so many visitors that the ferry operator schedules extra late-night sailings.
        Chiang Kai-shek's former guest house on Yangmingshan, near the Beitou springs, is now open to the public and appears in many hot-spring day-tour packages from Taipei.
        Pangkor Island gave its name to the 1874 Pangkor Treaty between the British and Raja Abdullah of Perak, which began British intervention in the Malay states.
    """),
    ("mixed", "faq"): _lines("""
        Q: Boleh bawa makanan sendiri ke dalam feri? A: Boleh, tapi 不可以带榴莲 and no cooking on board ya. Sampah sila buang dalam tong yang disediakan.
        Q: 溫泉可以著泳衣落池嗎？A: 大眾池唔可以，要裸湯 (Japanese style)；private onsen room 就隨意，swimwear OK，毛巾唔好放入池。
        Q: Shuttle bus 几点开？A: Every 30 min from Jeti Marina, first trip 7:00am, last 9:30pm. 错过末班车可以 call 前台 +60 9-419 5566 帮你安排 Grab。
        Q: Can I cancel my ferry ticket? A: Refund 50% kalau cancel 24 jam sebelum berlepas; no-show tiada refund. 台风停航则全额退款, no need to call.
        Q: Ada surau tak di resort? A: Yes, surau di Level 2 sebelah gym, arah kiblat ditanda. 餐厅 halal-certified by JAKIM, sijil dipamerkan di lobi.
        Q: 孕妇可以泡温泉吗？A: We recommend consult your doctor first lah; 水温 40-42°C, pregnant guests 最好不要超过10分钟, 也不要一个人泡。
        Q: 八達通可唔可以喺 Discovery Bay ferry 用？A: 可以，but 夜間 surcharge 一樣計，credit card 都收，at Central Pier 3 counter 買票都得。
        Q: Luggage delivery to room ada caj? A: Free for standard size; 超过 23kg 每件 RM20, porter akan hantar dalam 30 minit after check-in.
        Q: 我哋 wedding 想包成艘船去 Pulau Sapi，可以嗎？A: Boleh, charter boat 40 pax RM3,500 for 4 hours, 請 email events@borneoislandhop.com.my。
        Q: Check-in 要带什么证件？A: 外籍客人 passport，本地 guest MyKad；Taiwan 旅客可用護照或台胞證；children below 12 不需要 ID。
        Q: WiFi password 係咩？A: 每間房唔同，睇 key card sleeve；lobby WiFi 係 IslandGuest，password 係 sunset2024，每日 reset 一次。
        Q: Kenapa feri lewat? A: Ikut arahan Jabatan Laut, 海浪超过2.5米就要延误; real-time status sila semak app FerryLine MY v3.2 atau laman web.
        Q: Can my dog come? A: 抱歉, resort 不接受宠物, tapi kami boleh recommend pet hotel di Kuah, call 04-966 1234 (business line, 9am–6pm).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest list 8 Dec, Villa 3: Mr Marcus Teo Wei Liang (NRIC S8834127I), wife Jolene, 2 kids; late arrival on the 20:30 ferry, requested a baby cot.
        Lost property: black Samsung phone found on MV Cahaya Tioman seat 14C, owner identified as Priya Raman, contact +60 17-392 4481, to collect at Mersing counter.
        Incident report 7/12: housekeeper Nur Aisyah binti Kamal slipped near Pool P2 and fractured her left wrist; MC 14 days from Klinik Kesihatan Mersing.
        Please refund Daniel Ho's DBS account 027-915836-4, he was overcharged S$186 for the Sentosa shuttle package on booking SEN-44821.
        Roster note: Kelvin Ong (night shift) is off till the 15th, he's in rehab after the drink-driving arrest last month, don't mention it to guests.
        Manifest row: 23, LIM SIEW HUA, F, 1967-04-02, MyKad 670402-07-5538, Kuah–Kuala Perlis 14:00, seat 23A
        Guest in 1207, Mrs Rebecca Chandra, says her ex-husband booked the adjoining room to harass her; she has a PPO, do not give out her room number.
        Shuttle pick-up: Hendra Wijaya, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, 06:15 to Tanah Merah Ferry Terminal.
        Lifeguard log: Ethan Goh, 6, pulled out of the wave pool unconscious and revived by CPR; mother Serene Goh can be reached at 9127 6605.
        Ah Boon from the jetty asked for an advance again, he owes the loan shark RM8,000 and they came to his house in Sungai Buloh last week.
    """),
    "zh-Hans": _lines("""
        订房人：陈志强 先生，身份证 440104198807153227，手机 138 2741 5590，12月20日入住温泉别墅两晚，需加床一张。
        船票实名登记：王丽娟，440402199103024513，香洲港—外伶仃岛 09:00 班次，座位 2F-18。
        刘姐昨天在员工宿舍晕倒，查出来是怀孕三个月，她老公还不知道，大家先别在群里说，等她自己跟经理讲。
        投诉单：客人周海燕女士（微信 zhouhy_1985）称在SPA区被人偷拍，已报警，要求酒店调取监控。
        失物招领：蓝色儿童书包一只，内有学生证，姓名 黄子轩，地址 深圳市南山区蔚蓝海岸三期12栋1802，已联系家长。
        工资条：前台 林晓燕 12月应发 6,850元，个税 85元，社保 712元，实发 6,053元，工资卡 6222 0240 0301 5678 912。
        客房部张伟欠了网贷十几万，催收电话都打到前台来了，经理说明天要找他谈话，看要不要调岗。
        车牌 粤C·8K27M 的客人说停车场刮了他的车，车主姓郑，电话 139 2287 4016，要求酒店赔偿。
        客人孙先生有严重花生过敏和哮喘，订了12月24日平安夜晚宴两位，厨房务必单独备餐。
        离职员工 赵敏 的劳动仲裁材料：身份证 310105198509231087，住址 上海市普陀区长寿路588弄3号601室。
    """),
    "zh-Hant": _lines("""
        訂房：林怡君 小姐，身分證 A227814501，手機 0912-483-705，北投湯屋 12/24 19:00 雙人。
        綠島船班名單：第7位 吳建宏，F217360484，出生 1979/03/15，緊急聯絡人 吳太太 0933-215-870。
        陳太話佢個仔喺泳池遇溺之後一直發惡夢，而家睇緊精神科，要求酒店賠醫藥費同精神損失。
        失物：長洲渡輪上執到一個銀包，入面有身份證 K382615(A)，持證人 何家俊，已交中環五號碼頭客務中心。
        員工黃志明上個月因為酒駕喺礁溪被捕，公司決定暫停佢嘅接駁車司機職務，等法院判咗先算。
        客人張美玲投訴：佢老公帶咗另一個女人嚟住1503號房，佢要求睇閉路電視，我哋應該點處理？
        退款帳戶：中國信託 822 帳號 0765-4412-3398，戶名 蔡宗翰，退北投溫泉訂金 NT$3,200。
        接送地址：澳門氹仔海洋花園大馬路金麗閣12樓F座，梁先生，電話 6628 4417，08:30 送往氹仔碼頭。
        阿玲喺渡輪上暈低，佢有癲癇，我哋已經 call 咗白車送佢去瑪嘉烈醫院，佢屋企人未聯絡到。
        HKID Y604127(5) 嘅客人喺梅窩酒店退房時仲欠 HK$4,380 房租，佢電話 9173 2058 打極都唔通。
    """),
    "ms": _lines("""
        Senarai penumpang: Ahmad Faizal bin Rosli, MyKad 880412-07-5523, No. tel 012-345 7781, Jeti Kuala Kedah ke Langkawi 10:30.
        Pekerja kami Nurul Huda binti Zakaria sedang cuti bersalin sehingga Februari, bayi pramatang masih di NICU Hospital Sultanah Bahiyah.
        Kak Ros dari housekeeping kena diabetes teruk, jari kaki kiri dah dipotong, dia minta kerja syif pagi sahaja.
        Tetamu bilik 204, Encik Rajesh a/l Muniandy, mengadu dompet hilang di kolam air panas; kad Maybank 5264 7102 8857 3314 ada di dalamnya.
        Alamat penghantaran barang tercicir: Lim Chee Keong, No. 18, Jalan Kenari 3, Taman Sri Andalas, 41200 Klang, Selangor.
        Pemandu van shuttle, Zulkifli, ditahan polis semalam kerana kes dadah; jangan jadualkan dia minggu ini.
        No. plat kereta tetamu: WXY 4821, Pajero hitam, pemilik Encik Hafiz (019-882 3340), parkir di Jeti Marina slot 12.
        Gaji November bagi Mohd Azlan bin Ismail: RM2,350, potongan KWSP RM259, akaun Bank Islam 12045010038821.
        Tetamu Puan Wong Mei Ling (IC 750903-08-6124) minta bilik tingkat bawah kerana baru lepas pembedahan lutut.
        Aduan: Encik Kamarul mendakwa isterinya, Puan Salmah, lari dengan staf bot kami; dia ugut nak buat laporan polis.
    """),
    "mixed": _lines("""
        Boss, guest 王先生 room 1203 check-out tapi bill belum settle, RM1,280, his phone +60 12-668 3019, dia cakap nak bayar esok.
        Ferry manifest: 15 | TAN AH KOW | S7612904E | 新加坡 | Changi Point → Tanjung Pengelih | 10:40 | 行动不便 need wheelchair
        阿明 today MC again, dia kata gastric, but I saw his IG story at Genting semalam 😂 HR pls check.
        Pls update booking: Ms Chong Pei Shan 的 email chongps88@gmail.com, 她要 sea view room, allergic to seafood 记得 inform kitchen.
        Lost & found: 一部 iPad, cover 写 Jayden Koh, address 23 Jalan Bukit Mewah, 81100 Johor Bahru, 已经 courier 出去。
        林太話佢 husband 喺 Lamma 跑步 heart attack 入咗 ICU，要 cancel 全部 booking 同 refund 去 HSBC acct 004-512-387214-001。
        Staff roster: 梁家豪 (FIN G5523871K) work permit expiring 31/12, HR pls renew ASAP, otherwise 佢要回國。
        Guest complaint from 0917-662-305 (Taiwan number), 說 her son 被 lifeguard 罵哭, wants manager to call back today.
        Kak Yati punya anak kena tangkap polis semalam sebab vape, dia minta emergency leave 3 hari, 主管 pls approve.
        Driver Ravi 的 plate JQK 2291, Toyota Hiace, shuttle ke Desaru Coast, his IC 820315-01-5567, license expiring next month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the operations assistant for a Tioman Island resort. Help staff prepare ferry manifests and guest communications.",
        ),
        (
            "user",
            "Can you format this for the Marine Department manifest? Tan Boon Huat, MyKad 710822-01-5371, male; Tan Mei Xin, MyKad 740611-01-5082, female; both on the 07:30 Mersing–Salang boat.",
        ),
        (
            "assistant",
            "Here it is: | 1 | TAN BOON HUAT | 710822-01-5371 | M | Mersing–Salang 07:30 | 2 | TAN MEI XIN | 740611-01-5082 | F | Mersing–Salang 07:30 | Please double-check the IC numbers against the originals at boarding.",
        ),
        ("user", "Thanks. Also add their contact, 013-774 2198, in case the boat is delayed."),
        (
            "assistant",
            "Added: emergency contact 013-774 2198 for both passengers. Remember the manifest must be submitted at least 30 minutes before departure.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封道歉信俾客人陳國輝先生，佢喺我哋梅窩酒店跌親，膝頭縫咗五針，佢電話係 9456 1823，想聽日打俾佢之前先寄email去 kwchan.hk@gmail.com。",
        ),
        (
            "assistant",
            "陳先生您好：就您於本酒店泳池範圍跌倒受傷一事，我們深表歉意。得悉您膝部需縫針，我們十分關心您的康復進度。酒店願意承擔相關醫療費用，並將於明日致電與您詳談。祝早日康復。",
        ),
        ("user", "唔該，可唔可以加返一句話醫藥費單據可以寄返嚟？"),
        (
            "assistant",
            "可以，在第二段加上：「請將醫療收據副本寄回本酒店客務部，我們會盡快處理發還。」",
        ),
    ],
    [
        ("system", "你是珠海海岛度假酒店的人事助理，帮助整理员工事件报告。"),
        (
            "user",
            "帮我把这个写成正式报告：今天早上7点，保洁员李秀英（身份证 44030619930617882X）在温泉区打扫时被热水烫伤右手，送珠海市人民医院，二度烫伤，医生建议休息两周。",
        ),
        (
            "assistant",
            "员工工伤事件报告 | 时间：今日07:00 | 地点：温泉区 | 当事人：李秀英（保洁员，身份证 44030619930617882X） | 经过：清洁过程中右手被热水烫伤 | 处理：送珠海市人民医院，诊断为二度烫伤，医嘱休息两周 | 后续：建议申报工伤并检查温泉区热水管线。",
        ),
        ("user", "再加一句她是单亲妈妈，家里有两个小孩，请公司考虑额外补助。"),
        (
            "assistant",
            "已补充：当事人为单亲母亲，需抚养两名子女，建议公司在工伤保险之外酌情给予生活补助。",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemahkan notis ini ke bahasa Inggeris: Barang tercicir ditemui di feri Langkawi: beg tangan merah milik Puan Rohana binti Yusof, di dalamnya ada kad pengenalan 690215-02-5436 dan ubat insulin.",
        ),
        (
            "assistant",
            "Lost property found on the Langkawi ferry: a red handbag belonging to Puan Rohana binti Yusof, containing her identity card 690215-02-5436 and insulin medication.",
        ),
        ("user", "Bagus. Boleh buat versi pendek untuk papan notis tanpa nombor IC?"),
        (
            "assistant",
            "Versi pendek: Red handbag found on the Langkawi ferry. Owner please collect at the Jetty Point counter with identification. Beg tangan merah ditemui, sila tuntut di kaunter Jetty Point.",
        ),
    ],
    [
        (
            "system",
            "Guest profile loaded: 黃偉倫 Mr Wong Wai Lun, HKID R915238(9), mobile +852 6743 0915, VIP, allergic to penicillin, staying Villa 8 at the Lamma eco-resort 20–23 Dec.",
        ),
        ("user", "幫我寫個 welcome message 俾 Villa 8 嘅客人，中英夾雜都得。"),
        (
            "assistant",
            "Dear Mr Wong 黃生，歡迎嚟到我哋 Lamma eco-resort！Villa 8 已經準備好，如有任何需要可以隨時 WhatsApp 前台。Enjoy your stay 🌿",
        ),
        ("user", "Ok 加埋一句 spa 會用 natural oil, no medication."),
        (
            "assistant",
            "已加：Our spa team has noted your preferences and will only use natural oils, 唔會用任何藥物成分。",
        ),
    ],
    [
        (
            "user",
            "Turn these notes into a CSV for the Pulau Ubin kayak tour: Farhan Ismail 9821 4476, Grace Lee Hui Min 8733 0182, and Suresh Kumar who told us he cannot swim and has a heart condition.",
        ),
        (
            "assistant",
            "name,phone,remarks | Farhan Ismail,9821 4476, | Grace Lee Hui Min,8733 0182, | Suresh Kumar,,non-swimmer; heart condition - assign guide",
        ),
        ("user", "Suresh's number is 9064 5521, please add."),
        (
            "assistant",
            "Updated row: Suresh Kumar,9064 5521,non-swimmer; heart condition - assign guide",
        ),
    ],
    [
        ("system", "你是台東知本溫泉飯店的訂房客服助理。"),
        (
            "user",
            "請幫我寫訂房確認信：旅客 鄭雅婷，身分證 G120945838，電話 0928-716-340，12/31 入住湯屋雙人房兩晚，跨年夜加購晚餐兩客。",
        ),
        (
            "assistant",
            "鄭雅婷 小姐您好：感謝您預訂本飯店，您的訂房內容如下：入住日期 12/31，湯屋雙人房兩晚，加購跨年晚餐兩客。入住時請出示身分證件（G120945838）以便核對。如需更改請致電本飯店。",
        ),
        ("user", "她說她有孕在身，可以幫她備註不泡高溫池嗎？"),
        ("assistant", "已於訂房備註：旅客懷孕中，建議安排溫度較低的湯屋並提供無酒精飲品。"),
    ],
    [
        (
            "user",
            "Need help swap roster lah. Jun Hao (night shift, ferry counter) cannot come this week, his mum just got diagnosed stage 3 cancer at NCCS. Can you suggest who cover?",
        ),
        (
            "assistant",
            "Sorry to hear that. You could split his night shifts between the two morning staff on a 2-on-2-off basis. Do you want me to draft a message to the team without mentioning his family matter?",
        ),
        ("user", "Ya please. Don't mention his mum."),
        (
            "assistant",
            "Hi team, we need cover for the ferry counter night shift 9–15 Dec. Please reply by 6pm if you can take any of the slots. Thanks!",
        ),
    ],
    [
        ("system", "你是海南某温泉度假村财务助理，用简体中文回答。"),
        (
            "user",
            "员工 何建军 上个月向公司借了2万块还赌债，现在要从工资里扣，他的工资卡是 6217 0033 2001 4456 781，每月扣多少合适？",
        ),
        (
            "assistant",
            "按劳动法规定，每月扣除金额一般不得超过当月工资的20%，且扣除后不得低于当地最低工资标准。建议与何建军签订书面还款协议，明确每月扣款金额及期限。",
        ),
        ("user", "他月薪5,500，那就按20%扣吧。"),
        (
            "assistant",
            "每月扣1,100元，约19个月还清。请在协议中写明借款2万元、每月扣1,100元，由本人签字确认。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis surat aduan. Suami saya, Mohd Rizal bin Hamdan, tinggal di resort air panas di Ulu Legong dengan perempuan lain sedangkan kami dalam proses cerai di Mahkamah Syariah.",
        ),
        (
            "assistant",
            "Saya faham situasi ini sukar. Surat aduan kepada resort boleh menyatakan bahawa anda memerlukan maklumat untuk prosiding mahkamah, namun resort mungkin hanya akan memberi maklumat atas perintah mahkamah. Adakah anda mahu saya draf surat itu?",
        ),
        ("user", "Ya, nombor IC saya 830507-02-5268 dan telefon 011-2356 7840, masukkan sekali."),
        (
            "assistant",
            "Draf: Tuan/Puan, saya (IC 830507-02-5268, tel 011-2356 7840) ingin memohon pengesahan penginapan Mohd Rizal bin Hamdan di resort tuan bagi tujuan prosiding perceraian di Mahkamah Syariah. Saya bersedia mengemukakan perintah mahkamah jika diperlukan.",
        ),
    ],
]
