# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix158: homestays, guesthouses and short-stay rentals in SG/MY/HK/TW (guest registrations, passport copies, house rules, damage deposits, neighbour complaints, cleaners' rosters, host chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules"): _lines("""
        HOUSE RULES – Joo Chiat Shophouse Stay: quiet hours 10pm–8am, no durians or smoking indoors, max 4 guests; lost key card replacement S$50, charged to the booking.
        Check-in from 3pm, check-out by 11am. Late check-out until 2pm is S$40 subject to availability; WhatsApp our front desk at +65 8123 4406 before 9am on departure day.
        Damage deposit of RM300 is collected at check-in by card pre-authorisation and released within 7 working days after the housekeeping inspection of the unit.
        Please do not hang laundry on the corridor railings – the Management Corporation (MCST 2417) fines owners S$200 per incident and we will pass this on to the booking.
        Visitors are not allowed after 11pm. Extra guests not declared on the booking will be charged HK$250 per night, as required by our Cap. 349 guesthouse licence.
        Wi-Fi: network PeranakanHouse_5G, password is on the card inside the welcome folder; router reset button is behind the TV, hold 10 seconds if the light turns red.
        Pets are not permitted except registered guide dogs. For cleaning issues call the housekeeping hotline 03-2141 8890 (Mon–Sun 8am–10pm), not the building security guard.
        Rubbish chute is at the end of the corridor on every floor; bulky items and recyclables go to the blue bins at the loading bay next to the Block B car park entrance.
        Air-con runs on a prepaid meter: each booking includes 25 kWh per night, top-ups of RM10 can be bought at the Straits Quay Residences lobby counter until 9pm.
        Swimming pool (Level 7) is open 7am–9pm, shower before entering; children under 12 must be accompanied. Pool towels are not the bath towels in your room, please.
        Self check-in: the lockbox code is sent by the platform 24 hours before arrival. We never ask for payment outside Airbnb, Booking.com or our own site staystraits.com.my.
        Cooking strong-smelling food such as belacan or salted fish is not allowed in the studio units; the shared kitchen on the ground floor is open until 10:30pm.
        Breakages: wine glass S$8, bath towel S$25, TV remote S$35, lost building access fob S$80. Charges follow the price list signed on the check-in tablet at arrival.
    """),
    ("en", "invoices_and_price_lists"): _lines("""
        INVOICE INV-2026-11-0387 | Kampung Glam Loft Pte. Ltd. (UEN 201934512K) | 3 nights Deluxe Loft @ S$189 = S$567.00 | GST 9% S$51.03 | Total S$618.03
        Tax invoice from Heritage Suites Sdn. Bhd. (Reg. No. 202101034567 (1411234-W)), SST No. W10-2104-32000123; tourism tax RM10 x 2 nights = RM20.00.
        Rate card 2027 – Standard Twin HK$680, Harbour View Double HK$980, Family Quad HK$1,380; weekend surcharge 15%; guesthouse licence no. H/0123 displayed at reception.
        Receipt No. R-0045219 | Cleaning fee HK$300 | Linen change HK$120 | terminal ID T-0834 | Paid 2026-11-28 14:32 | Thank you for staying at Mongkok Mini Inn.
        Laundry vendor invoice DL-88213 from Dobi Lagenda Enterprise (SSM 003145678-P): 142 pcs bed sheets, 96 pcs towels, RM0.90/pc, subtotal RM214.20, due 30 days.
        Price list – airport transfer by 7-seater MPV: Changi T1–T4 to Geylang S$45, to Sentosa S$55, midnight surcharge 50% between 00:00 and 05:59.
        Credit note CN-2026-0112 issued against invoice INV-2026-10-0291: partial refund S$120.00 for aircon fault in Room 3 on 14 Oct, processed via Stripe ch_3PqK9fL2aB.
        Quotation Q-771 from CoolBreeze Aircon Services: chemical wash 5 split units @ RM120, gas top-up R32 RM80, total RM680, 90-day workmanship warranty.
        Monthly statement – Agoda payout batch 0000813422 for property ID 1120458: 37 bookings, gross S$9,874.50, commission 15% S$1,481.18, net S$8,393.32.
        Booking.com commission invoice 1758-304-221, period 01/10/2026–31/10/2026, VAT reverse charge, amount EUR 612.40, due 21 November 2026.
        Supplies order PO-2026-0419: 200 dental kits @ S$0.35, 120 shampoo bottles 30ml @ S$0.48, 60 slippers @ S$0.60 from Hotel Amenities Asia, deliver to 18 Boon Lay Way.
        Deposit refund policy: RM200 cash deposit refunded at check-out; if damages are found, deductions are itemised on the receipt and photos kept 30 days in the PMS.
        Cleaning charges Nov 2026: 64 turnovers x S$35 = S$2,240; 9 deep cleans x S$90 = S$810; supplier Sparkle Homes LLP (UEN T19LL1234A), payment terms 14 days.
    """),
    ("zh-Hans", "系统日志与配置"): _lines("""
        2026-11-30 14:02:17 INFO [checkin] 订单 BK20261130-0087 已完成自助入住，房型=豪华大床房，门锁设备 lock-07 开锁成功，耗时 1.8s
        2026-11-30 14:05:42 WARN [payment] 押金预授权失败 order_id=BK20261130-0091 code=51 msg=余额不足，已自动重试 2 次，转入人工队列 queue=deposit-review
        config.yaml → checkin_time: 15:00 / checkout_time: 11:00 / deposit_amount_sgd: 200 / cleaning_buffer_min: 90 / locale: zh-CN / timezone: Asia/Singapore
        SELECT room_no, status, last_cleaned_at FROM housekeeping WHERE property_id = 'MY-PEN-003' AND status = '待清洁' ORDER BY last_cleaned_at;
        [房态同步] 2026-12-01 09:00:00 从 Airbnb iCal 拉取 42 条，Booking.com 拉取 17 条，冲突 1 条（房间 A-302，12月24日），已锁定待人工确认
        pip install homestay-pms==2.4.1 后运行 python manage.py migrate，新增字段 guest_count、deposit_status，默认值分别为 1 和 'pending'
        接口文档：POST /api/v2/bookings 请求体示例 {'room_type': 'twin', 'nights': 3, 'currency': 'MYR', 'channel': 'direct'}，成功返回 201 和 booking_ref
        2026-12-01 03:15:09 ERROR [smartlock] 设备 TTLock-5F2A 电量 8%，请保洁班次在 10:00 前更换 4 节 AA 电池，否则门锁将进入低电保护模式
        清洁排班脚本 cron: 0 7 * * * /opt/pms/bin/roster --property=SG-JC-01 --shift=morning --notify=wecom，周日休息不生成任务
        [退款] refund_id=RF-2026-000342 订单=BK20261125-0033 金额=SGD 150.00 渠道=Stripe 状态=succeeded 用时 3 个工作日
        监控告警 2026-12-01 10:22:31 CST：GET /zh/rooms/loft-twin 平均响应 820ms 超过阈值 500ms，CDN 节点 sin1 命中率 62%，已通知运维值班群
        数据保留策略：护照扫描件在退房后 30 天自动删除，入住登记表保留 12 个月，按照 PDPA 及《个人信息保护法》要求存放在 ap-southeast-1 区域
        版本 v3.7.0 更新说明：新增马来文界面、支持 DuitNow QR 收款、修复澳门元 MOP 汇率四舍五入错误（issue #482）、清洁任务可批量导出 CSV
    """),
    ("zh-Hant", "民宿評論"): _lines("""
        花蓮「海風與貓」民宿：房間乾淨、早餐有在地剝皮辣椒飯糰，老闆很會推薦七星潭看日出的時間，唯一缺點是隔音普通，隔壁講話聽得到。4.5/5
        住咗重慶大廈入面一間 guesthouse 三晚，房細到得張床，但係冷氣夠凍、Wi-Fi 快，尖沙咀地鐵站行兩分鐘，HK$420 一晚算抵。
        台南「阿嬤的灶腳」民宿位置在神農街附近，古厝改建很有味道，但樓梯很陡，帶長輩或大行李要考慮。早餐的虱目魚粥一定要吃，晚上可以走去海安路看裝置藝術。
        九份山城民宿的「悲情城市」主題房，牆上掛著侯孝賢電影海報，陽台看得到基隆山與海，晚上十點後老街很安靜，適合想避開人潮的旅客。
        澳門氹仔一間家庭旅館，離官也街步行五分鐘，房間有點舊但老闆娘好熱情，教我哋去邊度食葡撻同豬扒包。不過冇電梯，五樓要自己搬行李。
        宜蘭礁溪溫泉民宿「湯之宿」：房內有私人湯屋，水質滑順，價格NT$3,800含早餐，週末要提早一個月訂；停車場只有六格，晚到可能要停路邊。
        墾丁大街旁邊的背包客棧，八人房床位 NT$650，床簾厚、插座夠，但浴室只有兩間，早上排隊要等。櫃檯可以代訂浮潛行程，也有租機車服務。
        新加坡 Chinatown 一間 capsule hostel，床位 S$45，有免費洗衣機同早餐吐司，牛車水地鐵站 Exit A 出嚟就到，但係夜晚樓下酒吧有啲嘈。
        日月潭伊達邵附近的「Uncle Tom 湖畔小屋」，房間面湖、老闆養的柴犬很親人；缺點是離水社碼頭要騎車十五分鐘，建議租電動機車。
        檳城喬治市的老店屋民宿，保留了娘惹花磚和天井，步行可到張弼士故居（藍屋），早餐是椰漿飯，隔音差一點但整體很值得，一晚 RM260 含早餐。
        在 Booking.com 評 9.2 分的台中「綠光森林民宿」，其實離逢甲夜市要搭車 20 分鐘；房間大、有浴缸，但熱水要放很久才會來。
        長洲渡假屋租一晚 HK$900，有露台可以燒嘢食，東灣沙灘行五分鐘；但係床褥好硬，而且冷氣機好大聲，成晚瞓唔好，下次會揀返酒店。
        金門水頭聚落的閩式古厝民宿，入口公開張貼民宿登記證，老闆講解洋樓歷史很用心，還推薦了金水國小展示館；冬天風大，記得帶外套。
    """),
    ("zh-Hant", "法規"): _lines("""
        依《發展觀光條例》規定，民宿應經地方主管機關核准登記並領取登記證及專用標識後，始得經營；未經登記擅自經營者，處新臺幣十萬元以上五十萬元以下罰鍰。
        《民宿管理辦法》：民宿之客房數8間以下，且客房總樓地板面積240平方公尺以下；但位於原住民族地區、休閒農業區等者，得以客房數15間以下經營。
        香港《旅館業條例》（第349章）規定，任何人出租處所予他人作短期住宿（連續少於28天）並收取費用，須持有牌照，違例最高可被罰款港幣二十萬元及監禁兩年。
        民政事務總署牌照事務處提醒：持牌賓館須在入口當眼處展示牌照及牌照號碼，網上宣傳亦須列明牌照號碼，市民可於辦事處網站查核。
        新加坡市區重建局（URA）規定，私人住宅單位出租期不得少於三個月，組屋（HDB）則最少六個月；違規短租最高可罰款新幣二十萬元。
        澳門《禁止非法提供住宿法》（第3/2010號法律）規定，非法提供住宿者處澳門元二十萬至八十萬罰款，旅遊局可封閉有關單位為期六個月。
        依《個人資料保護法》，民宿業者蒐集旅客身分證明文件影本應有特定目的，並採取適當安全維護措施，不得逾越蒐集目的之必要範圍利用。
        據報導，檳城州政府擬定的短期租賃指引要求分層住宅須獲管理機構（JMB/MC）多數業主同意，並向檳島市政廳申請執照方可短租。
        民宿經營者應投保公共意外責任險：每一個人身體傷亡新臺幣三百萬元、每一事故身體傷亡一千五百萬元、財產損失二百萬元，保險單應置於民宿內備查。
        消防處提醒：賓館每層須設有緊急照明及出口指示燈，房門須為半小時耐火門，消防裝置須由註冊承辦商每年檢查一次，並保留證明書供巡查。
        臺北市觀光傳播局公告：今年查獲未合法日租套房 312 件，已依法裁處，並請民眾透過旅宿網確認業者是否為合法旅館或民宿，檢舉專線為 1999 市民當家熱線。
        《旅館業條例》下的豁免情況包括：出租予同一人連續28天或以上、學生宿舍及部分非牟利營地，詳情以民政事務總署牌照事務處公布的最新指引為準。
        花蓮縣政府觀光處表示，民宿登記證應懸掛於門廳明顯處，並於網路訂房頁面標示「花蓮縣民宿○○○號」，以利遊客辨識合法業者，違者將依規定限期改善。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Waktu daftar masuk bermula jam 3 petang dan daftar keluar sebelum jam 12 tengah hari. Sila hubungi kaunter homestay di 04-261 7788 jika lewat tiba.
        Deposit kerosakan RM200 akan dipulangkan dalam tempoh 3 hari bekerja selepas pemeriksaan bilik oleh pasukan pembersihan kami.
        Dilarang membawa masuk durian, haiwan peliharaan dan minuman keras ke dalam premis. Denda RM150 akan dikenakan untuk pembersihan tambahan.
        Soalan: Adakah homestay ini mesra keluarga Muslim? Jawapan: Ya, arah kiblat ditanda di setiap bilik, sejadah dan telekung disediakan, dapur tanpa babi.
        Cukai pelancongan RM10 semalam bagi setiap bilik dikenakan kepada tetamu bukan warganegara Malaysia seperti yang ditetapkan oleh Kementerian Pelancongan, Seni dan Budaya.
        Homestay Kampung Pulau Aman berdaftar dengan MOTAC di bawah Program Pengalaman Homestay Malaysia; pakej 2H1M RM180 seorang termasuk makan dan aktiviti.
        Untuk tempahan kumpulan lebih 10 orang, sila e-mel tempahan@teratakdesa.my dengan tarikh, bilangan bilik dan keperluan makanan. Kami balas dalam 24 jam.
        Peraturan rumah: senyap selepas jam 11 malam, tiada parti, tidak merokok di dalam rumah. Pelanggaran boleh menyebabkan tempahan dibatalkan tanpa bayaran balik.
        Soalan: Ada tempat letak kereta? Jawapan: Ada, dua petak percuma di hadapan rumah. Kereta ketiga boleh diletakkan di tapak letak kereta berhampiran masjid.
        Penyelenggaraan lif Blok C pada 12 Disember 2026 dari 10 pagi hingga 4 petang. Harap maaf atas kesulitan. – Pengurusan Badan Pengurusan Bersama (JMB)
        Kod Wi-Fi dan kata laluan pintu akan dihantar melalui aplikasi tempahan pada hari ketibaan. Jangan kongsi kod pintu dengan orang lain demi keselamatan.
        Tuala tambahan RM5 sehelai, tilam tambahan RM30 semalam. Bayar melalui DuitNow QR di kaunter atau pindahan ke akaun Maybank 5621 0987 4433 atas nama Teratak Desa Sdn. Bhd.
        Perhatian: Kolam renang ditutup setiap Isnin untuk rawatan air. Kanak-kanak bawah 12 tahun mesti diawasi ibu bapa pada setiap masa.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning shift 注意：today 6 checkouts, 4 checkins. Room 2A, 3B 要 deep clean，客人 late checkout 到 1pm，先做 5C 先。
        Eh boss 说 linen supplier Dobi Lagenda delivery lambat hari ni, 大概 2pm 才到，so 先用 store room 的 spare set dulu ok?
        Housekeeping update: Unit 12-07 aircon bocor air, dah call CoolBreeze hotline 1300-88-2665, technician datang esok 10am. Jangan book unit tu malam ni.
        各位 reminder：check-in tablet 要每晚 charge，上次没电害到客人在 lobby 等了 40 minutes，review 给我们 3 星 lol
        Lockbox code for Lavender 套房 changed to new one from platform, sila check app sebelum bagi guest. 不要 send 在 group 里，safety issue.
        今日 roster: 早班 3 people 做 Joo Chiat 那边，夜班 2 people standby at Geylang branch，Sunday OT rate S$12/hr 照旧。
        Guys, bedbug inspection by Rentokil on Thursday 9am–12pm, semua bilik tingkat 3 kena kosong. Front desk 请 block 那几间 di channel manager.
        Stock check: toilet roll tinggal 2 carton, shampoo 30ml 剩 40 支，slipper 够。PO 我已经 submit 了, ref PO-2026-0431.
        呢個星期六有機會掛八號風球，housekeeping 全部 stay home，check-in 改 self check-in，front desk 遙距 WhatsApp 處理。
        FYI Booking.com 那边 rating 跌到 8.4 because 'cleanliness'，明天 meeting 9am 讨论 checklist, sila datang on time.
        Deposit refund batch hari ni: 7 bookings, total RM1,400, finance 已经 approve, 今天 5pm 前 release through Stripe.
        Mesin basuh no. 2 rosak lagi, error E21. 已经 call Samsung service centre 1-800-88-9999, case no. SVC26120458, ETA Friday.
        Reminder 全体：客人 passport copy 不要存在自己手机，upload 完 PMS 就 delete，audit 下个月 mari check.
    """),
    ("mixed", "listing_description"): _lines("""
        【Penang Heritage Stay】喬治市 Lebuh Armenian 百年店屋，3 bedrooms 可住 6 人，步行 3 分鐘到 Ernest Zacharevic 的 Kids on Bicycle 壁畫，RM450/night。
        Cosy studio near MRT Outram Park，适合 couple 或 solo traveller，walking distance to Chinatown 和 Maxwell Food Centre，最少住 3 months（URA rule）。
        Rumah kampung tradisional di Kuala Kangsar，dekat Masjid Ubudiah，3 bilik tidur, dapur kayu，sesuai untuk family gathering，RM280 semalam。
        台北大安區 近捷運忠孝復興站 studio，walk to SOGO，有 washer，月租 NT$28,000 含管理費，only for 長租 30 days 以上。
        Sai Kung 村屋 entire floor，sea view，2 rooms + balcony，BBQ pit，週末 2 nights min，HK$2,600/night，賓館牌照號碼 H/0456。
        Cameron Highlands 'Mak Cik Kiah Strawberry Cottage'，3 bedrooms，fireplace，dekat Boh Tea Centre，每晚 RM520，weekend 加 RM80。
        Melaka Jonker Walk 附近 'Baba Nyonya Suites'，Peranakan style 房间，free 娘惹糕 breakfast，walking distance to Christ Church，RM199 起。
        澳門 路環 Coloane 別墅 style guesthouse，近安德魯餅店，有 garden 同 barbecue，最多 8 人，MOP 3,200/晚，旅遊局牌照已展示。
        Taitung 'Bear Grandpa 熊爺爺' homestay，view of 太平洋，有 bicycle 免費借，ideal for 鐵馬 trip，NT$2,800 雙人房含早餐。
        Langkawi chalet 'Villa Rasa Sayang'，private pool，dekat Pantai Cenang，3 min ke Underwater World，sleeps 4，RM680/night，check-in 3pm。
        Kota Kinabalu condo stay，view Gaya Island，infinity pool level 30，近 Imago Mall，適合 diving 團，RM260 起，cleaning fee RM60。
        新加坡 Tiong Bahru 的 1930s 老組屋 style loft (only for 3-month lease)，有 Art Deco 窗，近 Tiong Bahru Market，S$4,200/month。
        Ipoh Old Town 店屋住宿 next to Sekeping Kong Heng，樓下就是 kopitiam，walk to Concubine Lane 二奶巷，RM330/night incl. white coffee。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Guest registration: Marcus Tay Wei Liang, NRIC S8834172D, arriving 12 Dec 2026, 2 adults, mobile +65 9734 2180, car plate SKP 4721 H for the visitor lot.
        Passport copy received for booking HM8ZQ4KX2P: Ms Rachel Ong Hui Min, passport K4189032B (Singapore), DOB 03/07/1991, nationality SGP.
        Please note the guest in Room 4, Derrick Lam, told us he is on chemotherapy and asked for extra towels and no fragrance in the room.
        Damage deposit of S$300 withheld from Priya Nair for the broken glass table; she disputes it and says she will file a claim at the Small Claims Tribunals.
        Neighbour complaint: the owner of the flat next door, Mr Goh Seng Huat, says our guests' smoking is triggering his wife's asthma and he will report us to the MCST.
        Cleaner roster Dec: Wed/Fri – Aunty Rosnah (HP 012-687 3341), Sat/Sun – Jenny Koh, pay via PayNow 9012 4478.
        Guest said she's 7 months pregnant, name Chloe Lim, so please give her the ground floor room, not the loft.
        Refund to guest: Bank DBS, account name Tan Jia Hui, account no. 072-412098-3, amount S$180, reason: double charge.
        Host note: the guy in the attic room (Kevin Yap) still owes S$640 for two weeks; he says he lost his job at the bank and asked to pay next month.
        guest_id,full_name,id_type,id_no,phone,email | 10482,Cheung Wing Sze,HKID,K512384(4),+852 6123 9087,wingsze.cheung88@gmail.com
    """),
    "zh-Hans": _lines("""
        入住登记：王建国，身份证号 110105198603127713，手机 13911224578，同住人 2 名，12月20日至12月23日，房间 B-201。
        陈先生说他太太刚流产，想退掉后面三晚的房，押金 1500 元请退回他的招商银行卡 6225 8802 1344 7790。
        投诉记录：住在 5 楼的李阿姨反映，我们的客人半夜在阳台大声喝酒，她患有高血压，已经两晚没睡好，要求给她赔偿。
        护照扫描件：ZHANG MEILING 张美玲，护照号 E68214937，出生日期 1994-08-15，签发地 广东，有效期至 2031-05-09。
        保洁阿芳这个月工资 3800 马币还没发，她说孩子在住院，急需用钱，麻烦老板今天先转给她。
        客人刘洋的微信号 liuyang_0823，他说到了吉隆坡机场再联系，航班 MH377，凌晨 1 点落地。
        押金扣除：客人赵磊打碎电视，扣 RM800，他不同意，说要在小红书曝光我们，他电话 +86 186 0217 3394。
        邻居周太太投诉：楼上民宿的住客把车停在她家门口，车牌 WXY 8827，已经连续三天，她要报警。
        订单备注：孙悦女士，邮箱 sunyue.travel@163.com，素食，怀孕中，需要无障碍房间，预计 18:30 到店。
        房东老黄欠了装修公司 4 万多块，最近在闹离婚，房子可能要被法院拍卖，下个月的预订最好都退掉。
    """),
    "zh-Hant": _lines("""
        住客登記表｜姓名：黃志明｜香港身份證：Y654321(7)｜電話：9123 4876｜入住：2026/12/18｜退房：2026/12/20｜人數：2
        台南民宿入住名單：林雅婷，身分證字號 R224813579，手機 0912-345-678，車號 BKR-6612，預計晚上九點到。
        隔離屋個陳太成日投訴我哋啲客人嘈，佢話自己有抑鬱症，再嘈就去民政署投訴同埋報警。
        清潔阿姐 May 姐話佢老公上星期中風入咗伊利沙伯醫院，佢要請假照顧，呢個禮拜嘅更要搵人頂。
        退押金：客人吳宗翰，國泰世華銀行 帳號 0130 5021 8834，退 NT$2,000，扣除打破花瓶 NT$500。
        護照影本已收：LEUNG KA YAN 梁嘉欣，護照號碼 KJ0384729，出生日期 1998年2月14日，國籍 中國（香港特別行政區）。
        澳門客人何先生留言：佢個仔有嚴重花生敏感，早餐唔好放任何花生醬，手機 6628 4091。
        屋主張太話佢離咗婚之後一個人住唔晒，所以將油麻地地士道街 42 號 3 樓 B 室出租做 Airbnb，唔想俾前夫知。
        房客許家豪的信用卡 4563 1800 2275 9914 被拒，他說最近被公司裁員，能不能先付一半。
        監視器畫面截圖：房客蔡宜君 12/03 晚上 11:47 帶兩名未登記朋友進入 302 房，已拍照存證，準備扣押金。
    """),
    "ms": _lines("""
        Pendaftaran tetamu: Nur Aisyah binti Kamarudin, No. MyKad 920514-10-5582, tel 013-447 2819, bilik 3, 2 dewasa 1 kanak-kanak.
        Jiran sebelah, Encik Rahim, marah sebab tetamu homestay letak kereta depan pagar rumahnya di No. 17, Jalan Mawar 3, Taman Sri Muda.
        Tetamu Mohd Faizal bin Ismail minta bayar deposit ansur-ansur sebab gaji lambat masuk; dia kata hutang kereta pun dah tertunggak tiga bulan.
        Pekerja cuci, Kak Zah, cuti seminggu sebab anaknya dimasukkan ke Hospital Sultanah Aminah kerana denggi.
        Pulangan deposit RM250 kepada Siti Hajar Abdullah, akaun CIMB 7012 4488 9031, rujukan tempahan HS-2611.
        Aduan: Puan Lee Mei Fong di unit B-12-3 kata tetamu kami bising sampai pukul 3 pagi, dia baru keluar hospital lepas pembedahan jantung.
        Salinan pasport diterima: RAJESH KUMAR A/L MUNIANDY, pasport A51829374, tarikh lahir 11/09/1987, warganegara Malaysia.
        No. plat kereta tetamu: JHF 7215, pemilik Tan Boon Keat, akan parkir di petak 14 sepanjang 20–23 Dis.
        E-mel tetamu untuk resit: hafiz.zulkifli87@yahoo.com, nama Hafiz Zulkifli, no. telefon 019-552 6034.
        Tuan rumah Pak Din beritahu dia sedang dalam proses cerai dan rumah ini mungkin dijual, jadi tempahan Januari belum pasti.
    """),
    "mixed": _lines("""
        Boss, guest 黄美玲 tadi call, dia punya passport E7384921 hilang dalam bilik, minta kita check CCTV lobby，她的 number 016-778 2390。
        Roster update: Ah Seng 这个 week MC 3 days sebab gout 发作，Wed–Fri 请 Aunty Lan cover Unit 8-02 dan 8-05。
        FYI 隔壁 uncle 林伯 complain lagi，他说 guests 晚上开 party 让他 heart condition 又复发，he threatened nak report ke JMB.
        Check-in form: Name / 姓名 Kwok Siu Ling 郭小玲，HKID Z483920(0)，Email siuling.kwok@outlook.com，Arrival 22/12 flight CX691。
        Deposit belum refund because 客人 Jason Teo 的 DBS account 028-3314-762 name mismatch，please double check with him。
        那个 long stay 的 Ahmad Fikri 已经欠 rent 2 months，total RM3,600，dia janji bayar after bonus，我觉得 kena bagi notice。
        Housekeeping found 一张 prescription in Room 6，name 许文杰，diabetes medication metformin 500mg，guest checked out already, call him at 012-309 4471。
        Guest review reply draft: Dear Mr Ong Kah Wei，sorry 你太太 在 bathroom slipped and 受伤，我们 will cover her clinic bill at Klinik Mediviron Cheras。
        Owner 的 own house 地址 is 21 Jalan SS2/64, Petaling Jaya，他 staying there himself on weekends，so 不要 give guests the spare key hor。
        Cleaner payroll: Mdm Chua Lay Hoon, FIN G5829341K, Nov 2026 salary S$1,850, PayNow to 8273 1194。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the guest-communications assistant for Straits Loft Homestay, George Town, Penang. Be polite and concise.",
        ),
        (
            "user",
            "Draft a message to our guest Emily Chan (emily.chan.92@gmail.com) saying her RM300 deposit will be refunded within 7 days, minus RM60 for the broken bedside lamp.",
        ),
        (
            "assistant",
            "Hi Emily, thank you for staying with us at Straits Loft. Your RM300 deposit will be refunded within 7 working days. We have deducted RM60 for the bedside lamp that was broken during your stay, so RM240 will be returned to your original payment method. Photos are available on request.",
        ),
        ("user", "Make it a bit warmer and mention we hope to see her again for Chinese New Year."),
        (
            "assistant",
            "Hi Emily! Thanks so much for choosing Straits Loft. Your deposit refund of RM240 (RM300 less RM60 for the bedside lamp) will reach your card within 7 working days. We'd love to host you again over Chinese New Year – just drop us a line. Warm regards, the Straits Loft team",
        ),
    ],
    [
        (
            "user",
            "帮我写一段道歉的话给楼下的刘阿姨，她有心脏病，说我们民宿的客人昨晚12点还在拖行李箱，吵得她心慌睡不着。",
        ),
        (
            "assistant",
            "刘阿姨您好，非常抱歉昨晚我们的客人深夜拖行李打扰到您休息，尤其知道您身体不适，我们更加过意不去。今后我们会在入住须知中提醒客人晚上10点后保持安静，并在走廊铺设防噪地垫。如有任何不适，请随时联系我们。",
        ),
        ("user", "再加一句，我们送她一篮水果，明天下午三点送上门。"),
        (
            "assistant",
            "好的，可以在结尾加上：为表歉意，我们明天下午三点会给您送上一篮水果，希望您早日休息好、身体安康。",
        ),
    ],
    [
        (
            "system",
            "你係一間香港持牌賓館嘅助理，用廣東話回覆，要提醒用家遵守《個人資料（私隱）條例》。",
        ),
        (
            "user",
            "有個客人區家朗，HKID R738201(3)，佢要求我哋唔好影印佢身份證，淨係睇一睇。咁得唔得？",
        ),
        (
            "assistant",
            "一般嚟講，賓館只需要核實住客身份同記錄必要資料，唔一定要保留身份證副本。你可以喺登記簿記低姓名、證件號碼同入住日期，然後即場交還證件。如果公司政策要保留副本，就要向客人講明用途同保存期限。",
        ),
        ("user", "咁我登記簿寫咗佢號碼，之後幾耐要銷毀？"),
        (
            "assistant",
            "條例冇指定年期，但資料唔應該保留超過實際需要。好多賓館會定一個內部期限，例如退房後12個月，之後用碎紙機銷毀，電子紀錄亦要同步刪除。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu untuk Homestay Teratak Desa, Kuala Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong buat mesej WhatsApp untuk Encik Azman Shah, 012-774 3908. Dia belum bayar baki RM450 untuk tempahan 14–16 Dis, dah lewat seminggu.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman Shah. Ini peringatan mesra daripada Homestay Teratak Desa bahawa baki RM450 bagi tempahan 14–16 Disember masih belum diterima. Mohon jelaskan bayaran sebelum 20 Disember bagi mengelakkan tempahan dibatalkan. Terima kasih.",
        ),
        ("user", "Boleh lembutkan sikit? Dia kata isteri dia baru bersalin."),
        (
            "assistant",
            "Assalamualaikum Encik Azman Shah, tahniah atas kelahiran cahaya mata baharu! Sekadar peringatan, baki RM450 untuk tempahan 14–16 Disember masih tertunggak. Jika perlukan sedikit masa, maklumkan sahaja kepada kami dan kita boleh berbincang. Terima kasih dan semoga isteri cepat sembuh.",
        ),
    ],
    [
        (
            "system",
            "Staff list for roster planning – Siti Norhaliza (HP 011-2389 4410, no weekends), Ah Keong (HP 016-552 0973, only mornings), Mei Ling Wong (HP 012-880 1462, any shift).",
        ),
        (
            "user",
            "Help me do next week roster，我们有 3 units in Bukit Bintang，每天 morning 和 evening 各需要一个人 clean。",
        ),
        (
            "assistant",
            "Sure. Cadangan roster: Mon–Fri morning – Ah Keong; Mon–Fri evening – Siti Norhaliza; Sat–Sun morning & evening – Mei Ling Wong. Siti tak kerja weekend dan Ah Keong hanya pagi, jadi Mei Ling perlu cover dua shift hujung minggu.",
        ),
        ("user", "Mei Ling 说 Sunday evening 不行，她妈妈 dialysis 要陪。"),
        (
            "assistant",
            "Noted. Sunday evening boleh tawar OT kepada Siti sebagai pengecualian, atau guna part-timer agensi. Mei Ling kekal Sat both shifts dan Sunday morning saja. Nak saya draft mesej kepada Siti?",
        ),
    ],
    [
        (
            "user",
            "I rent out a room in my condo in Tampines. My tenant Bryan Seah (NRIC T0123456G) wants to sublet it on Airbnb for a few nights while he's overseas. Is that allowed in Singapore?",
        ),
        (
            "assistant",
            "No. Under URA rules, private residential properties cannot be rented out for less than three consecutive months, so short-term Airbnb stays are not allowed. Your tenancy agreement probably also bans subletting without your consent. You can remind your tenant in writing and keep a copy.",
        ),
        ("user", "Can you draft that reminder? Keep it short."),
        (
            "assistant",
            "Hi Bryan, a quick reminder that under URA rules and our tenancy agreement, the room cannot be let out for stays shorter than three months, including on Airbnb. Please do not list it while you are away. Thanks for understanding.",
        ),
    ],
    [
        ("system", "你是花蓮一間合法民宿的LINE客服助理，使用繁體中文。"),
        (
            "user",
            "房客黃冠宇退房後把一支 iPhone 忘在 203 房，他的手機是 0933-218-574，幫我寫 LINE 訊息問他要寄到哪裡。",
        ),
        (
            "assistant",
            "黃先生您好，這裡是民宿櫃台。您退房後在 203 房遺留了一支 iPhone，我們已妥善保管。請問要寄送到哪個地址？運費可以貨到付款，或您方便時回來領取也可以。",
        ),
        (
            "user",
            "他回說寄到台北市松山區八德路四段 612 號 5 樓，收件人寫他媽媽黃陳秀琴。幫我整理成寄件單。",
        ),
        (
            "assistant",
            "寄件單：收件人 黃陳秀琴；地址 台北市松山區八德路四段 612 號 5 樓；聯絡電話 0933-218-574（黃冠宇）；內容物 手機一支；付款方式 貨到付款。",
        ),
    ],
    [
        (
            "user",
            "帮我给吉隆坡的房东写封英文邮件，我叫郑晓峰，护照号 EH3849216，12月28日入住，想问能不能提前到中午 12 点 check-in，因为我爸刚做完心脏搭桥手术，需要早点休息。",
        ),
        (
            "assistant",
            "Dear Host, my name is Zheng Xiaofeng (passport EH3849216) and I have a booking starting 28 December. Would it be possible to check in early at 12:00 noon? My father recently had heart bypass surgery and needs to rest as soon as we arrive. I am happy to pay an early check-in fee if needed. Thank you very much.",
        ),
        ("user", "护照号需要写进去吗？"),
        (
            "assistant",
            "一般不需要。房东通过订单就能识别你，邮件里写护照号反而增加泄露风险，建议删掉，等入住登记时再出示护照即可。",
        ),
    ],
    [
        (
            "system",
            "You help guests of Pantai Cenang Chalets, Langkawi. Reply in the guest's language mix.",
        ),
        (
            "user",
            "Hi, saya Nurul Izzati, booking 3 malam mulai 5 Jan. My son Adam ada epilepsy, so boleh tak bilik tak ada bunk bed and dekat dengan reception? Nombor saya 017-238 5510 kalau ada apa-apa.",
        ),
        (
            "assistant",
            "Hi Puan Nurul Izzati, terima kasih kerana maklumkan. Kami akan tukar ke Chalet 2, ground floor, katil queen dan single sahaja, jarak 20 meter dari reception. Staff malam juga akan dimaklumkan. Kami akan WhatsApp nombor 017-238 5510 jika ada perubahan.",
        ),
        ("user", "Thank you so much, boleh juga sediakan extra pillow?"),
        (
            "assistant",
            "Boleh, dua bantal tambahan akan diletakkan dalam chalet sebelum anda tiba. Selamat bercuti!",
        ),
    ],
    [
        (
            "system",
            "You summarise guest registration CSV exports for a Wan Chai guesthouse manager.",
        ),
        (
            "user",
            "Summarise this: booking,name,hkid,phone,nights | B771,Fung Pui Kei,M209317(6),9456 2231,3 | B772,Ho Chun Yin,,6780 4412,1 | B773,Yeung Sze Man,,5123 0988,2",
        ),
        (
            "assistant",
            "Three bookings, 6 nights in total. Fung Pui Kei (B771, HKID M209317(6), 9456 2231) stays 3 nights. Ho Chun Yin (B772, 6780 4412) and Yeung Sze Man (B773, 5123 0988) have no HKID recorded and must show ID at check-in.",
        ),
        ("user", "邊個未交證件？"),
        ("assistant", "Ho Chun Yin 同 Yeung Sze Man 未有身份證號碼紀錄，入住時要補登記。"),
    ],
]
