# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix150: hotel front desks and property-management systems in SG/MY/HK/TW (check-in records, passport scans, room moves, lost property, guest complaints, housekeeping notes, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "front_desk_notices"): _lines("""
        NOTICE: Check-in from 3:00 pm, check-out by 12:00 noon. Late check-out until 4:00 pm is SGD 60 nett, subject to availability. Please call Front Office at ext. 0 or +65 6338 2100.
        All guests are required to present a valid passport or government-issued photo ID at registration, as required under the Hotels Act (Singapore). Thank you for your understanding.
        Lost & Found items are kept for 90 days. To enquire, e-mail lostproperty@harbourfront-suites.com.sg with your booking reference and date of stay; we do not release items over the phone.
        Pool hours 7am-10pm daily. No lifeguard on duty. Children under 12 must be accompanied by an adult. Towels are available at the Level 5 kiosk, max 2 per room.
        Water supply to Tower B will be suspended on 14 Jan 2027 from 01:00 to 05:00 for PUB mains works along Tanjong Pagar Road. We apologise for any inconvenience caused.
        Airport limousine to Changi T1-T4: SGD 75 per car (up to 4 pax). Book at the Concierge desk at least 6 hours ahead or WhatsApp our concierge line +65 8168 2200.
        Smoking is strictly prohibited in all rooms. A cleaning fee of MYR 500 will be charged to the room folio if smoke residue is detected by Housekeeping.
        Dear guests, the Tiger Balm and Eu Yan Sang gift sets displayed in the lobby shop are for sale; please approach the cashier at Counter 2 for pricing and gift wrapping.
        Breakfast is served at Lucy's Kitchen, Level 2, 6:30-10:30am. In-house guests without a breakfast package: HKD 298 per adult, HKD 149 per child aged 4-11.
        Typhoon Signal No. 8 is in force. All outdoor facilities are closed. Guests are advised to stay indoors; the hotel hotline +852 2311 5800 remains open 24 hours.
        Parking for in-house guests: RM 15 per entry at Basement 2, validated at the Front Desk. Season parking enquiries to the Wilson Parking office at Level B1.
        For your safety, the fire assembly point is the open car park opposite Menara Maybank, 100 Jalan Tun Perak, Kuala Lumpur. Follow the green exit signs and do not use the lifts.
        Shuttle to Queen Elizabeth Hospital and Tsim Sha Tsui MTR departs from the hotel forecourt every 30 minutes, 8am to 9pm, complimentary for in-house guests with room key.
    """),
    ("en", "pms_config_and_code"): _lines("""
        PMS_SYNC_INTERVAL=300  # seconds; OPERA_HOST=pms-gw.internal.example.com; OPERA_PORT=8443; RESORT_CODE=SGHFS
        def mask_passport(p: str) -> str: return p[:2] + "*" * (len(p) - 4) + p[-2:]  # keep first 2 and last 2 chars only
        CREATE TABLE guest_profile (profile_id BIGINT PRIMARY KEY, full_name VARCHAR(120), doc_type CHAR(2), doc_no_enc BYTEA, nationality CHAR(3));
        {"event": "ROOM_MOVE", "from_room": "1208", "to_room": "1412", "reason_code": "ENG-AC", "ts": "2026-11-30T14:22:05+08:00", "user": "svc_pms"}
        keycard.encoder: vendor=ASSA ABLOY VingCard, model=Vostio, fw=4.12.7, default_validity_hours=24, max_cards_per_room=4
        ERROR 2026-12-01 03:14:07 [night-audit] Posting failed for folio F2026-118273: revenue code 1100 not mapped to GL 4010-ROOMS
        # OCR test uses the ICAO 9303 specimen only; never commit real scans. MRZ_SAMPLE = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
        housekeeping.status_map = {"VC": "Vacant Clean", "VD": "Vacant Dirty", "OC": "Occupied Clean", "OD": "Occupied Dirty", "OOO": "Out of Order"}
        GET /api/v2/reservations?arrival=2026-12-24&status=DUE_IN&property=KLCC01 HTTP/1.1  200  1.8 s  412 rows
        guest_email_regex = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]{2,}$"  # validation only, nothing stored
        sha256(folio_export_2026-11.csv) = 9f2c4e7a1b0d83e6c5a4f1e29b7d0c6a8e3f5b1d2c4a6e8f0b1d3c5e7a9f2b4d
        channel_manager: provider=SiteMinder, hotel_code=MY-PEN-0042, rate_plans=[BAR, BB, NRF], push_inventory_every=5m, currency=MYR
        faker seed 42 for test fixtures: guest names come from tests/fixtures/fake_guests.json; CI fails if any value matches the production PII scanner
    """),
    ("zh-Hans", "系统日志"): _lines("""
        2026-12-03 07:15:42 [前台] 订单 RSV20261203-0187 状态由 预订 变更为 已入住，房号 1716，房型 豪华大床房，操作员 FO-03，渠道 携程
        2026-12-03 09:02:11 [客房部] 房间 0921 状态 OD→VC，清洁耗时 38 分钟，补充迷你吧：矿泉水 2 瓶、可乐 1 罐，记账至房单 F2026-120034
        2026-12-03 10:30:05 [工程] 工单 WO-88412 已关闭：1208 房空调滴水，更换冷凝水管 1 根，状态恢复为 可售，耗时 2 小时 15 分
        2026-12-03 11:47:59 [夜审] 日结完成，出租率 87.4%，平均房价 CNY 642.30，RevPAR CNY 561.37，未结账房单 3 张，已转至应收账款
        2026-12-03 12:05:16 [治安上传] 批量上传 42 条入住登记，成功 41 条，失败 1 条（错误码 E107：证件照片分辨率不足），已转人工复核
        2026-12-03 13:20:08 [失物] 登记编号 LF-2026-0457：黑色雨伞一把、充电宝一个（品牌 Anker），拾获地点 3 楼会议室 B，存放于行李房 2 号柜
        2026-12-03 14:00:00 [系统] PMS 版本由 v5.8.2 升级至 v5.9.0，更新内容：新增电子登记卡、修复房价码 BAR2 计算错误，停机 12 分钟
        2026-12-03 15:33:27 [收银] 发票号 44031200 开具成功，抬头 深圳市蓝鲸云科技有限公司，税号 91440300MA5G2K7Q3X，金额 CNY 3,860.00
        2026-12-03 16:45:10 [渠道] 美团推送库存失败，房型 DKS，日期 2026-12-31，原因：价格低于协议价下限 CNY 580，已自动重试 3 次
        2026-12-03 18:12:44 [门锁] 房卡编码器 ENC-02 离线，请检查 USB 连接；今日已制卡 214 张，作废 9 张，补卡 6 张，读卡器固件 3.2.1
        2026-12-03 20:08:31 [礼宾] 接机订单 PU-1203-09 已派车，车型 丰田埃尔法，航班 SQ 838 预计 21:40 抵达樟宜机场 T3，举牌写酒店名称
        2026-12-03 22:55:03 [安防] 监控系统 NVR-1 硬盘使用率 93%，自动覆盖 30 天前录像，建议本周内扩容至 16TB，工单已提交 IT
        2026-12-04 00:00:01 [夜审] 自动过账房费 186 间，早餐包 74 份，服务费 10%，消费税 9% 已按新加坡 GST 规则计算，报表已生成
    """),
    ("zh-Hant", "酒店歷史與名人"): _lines("""
        香港半島酒店於1928年開業，由嘉道理家族旗下的香港上海大酒店經營，1941年聖誕節港督楊慕琦正是在酒店336室向日軍投降。
        張愛玲的小說《傾城之戀》以淺水灣酒店為背景，白流蘇與范柳原在此相遇；酒店原建築於1982年拆卸，現址為影灣園及露台餐廳。
        新加坡萊佛士酒店由亞美尼亞裔的沙其士兄弟於1887年創立，以新加坡開埠者史丹福·萊佛士命名，新加坡司令雞尾酒據說在其長吧誕生。
        檳城東方大酒店（E&O Hotel）同樣出自沙其士兄弟之手，1885年開業，據說作家毛姆與卓別林都曾入住，酒店至今保留海景長廊。
        孫中山先生1910年在檳城召開庇能會議，籌劃黃花崗起義，會址附近的打銅仔街今設有孫中山檳城基地紀念館，不少旅行團會安排參觀。
        台北圓山大飯店1952年在蔣宋美齡主導下成立，曾接待美國總統艾森豪等外國元首，飯店內的逃生密道近年開放導覽，每日兩梯次。
        澳門葡京酒店於1970年開業，由何鴻燊主持的澳門旅遊娛樂公司興建，圓形外觀常被形容為鳥籠，是澳門半島最具辨識度的地標之一。
        吉隆坡的聯邦酒店為迎接1957年獨立而落成，8月31日東姑阿都拉曼在默迪卡體育場宣布獨立時，不少外國記者就住在這家酒店。
        台灣鐵道飯店1908年在台北開業，由總督府鐵道部經營，是台灣第一家西式旅館，1945年毀於空襲，原址即今新光摩天大樓一帶。
        香港文華東方酒店1963年開幕，是當年全港最高建築之一；歌手張國榮2003年4月1日在此離世，每年忌日仍有歌迷到酒店外悼念。
        新加坡富麗敦酒店原為1928年落成的富麗敦大廈，以海峽殖民地首任總督羅伯特·富勒頓命名，曾作為郵政總局，2001年改建為酒店。
        王家衛電影《花樣年華》中周慕雲寫作的酒店房間號碼2046，後來成為續集片名，不少影迷到香港入住時會特別指定要求2046號房，酒店多數會盡量安排。
        馬六甲的荷蘭紅屋建於1650年代，附近的老旅館多由峇峇娘惹家族經營，2008年馬六甲與喬治市一同列入聯合國教科文組織世界遺產名錄。
    """),
    ("zh-Hant", "旅客評論"): _lines("""
        間房乾淨企理，落地玻璃望到維港，不過冷氣有啲嘈，半夜要打去前台先搞掂。早餐款式一般，個叉燒包幾好食，整體 4/5，會再幫襯。
        位置好方便，行兩分鐘就到佐敦站 C2 出口，附近有澳洲牛奶公司，食完早餐再返房瞓多陣都得，性價比高，下次嚟香港都會再揀呢間。
        Check-in 排咗成 40 分鐘，前台得兩個人做，仲要逐個影護照，建議酒店加多部自助登記機。房間本身冇投訴，床褥好舒服。
        台北這家商旅離捷運中山站很近，房間小但設計感十足，浴室有 Aesop 備品，早餐的鹹豆漿很道地，唯一缺點是隔音稍差，走廊聲音聽得很清楚。
        澳門呢間酒店泳池好大，小朋友玩到唔肯走，不過週末人多，躺椅要早上八點前去霸位，Kids Club 有麥兜主題活動，好加分。
        入住新加坡牛車水附近的精品酒店，房間只有 12 平方米，但樓下就是天天海南雞飯所在的麥士威熟食中心，吃的方面完全滿分，推薦給愛吃的朋友。
        檳城喬治市的老洋房民宿保留了娘惹花磚和天井，老闆娘推薦的煎蕊攤很好吃，但沒有電梯，大行李要自己搬上二樓，帶長輩的請斟酌。
        訂房時寫明要無煙房，到咗先話冇，最後安排咗一間有煙味嘅房，投訴後先送咗張 HK$200 餐飲券，處理手法有待改善，唔會再訂。
        墾丁的海景飯店房間很新，早餐是半自助，但晚上隔壁酒吧音樂放到凌晨一點，如果淺眠建議選高樓層或山景房，整體給三顆星，價錢偏貴。
        酒店地下附設嘅添好運分店真係幾方便，酥皮焗叉燒包即叫即焗，房客憑房卡有九折，夜晚九點之後仲可以外賣返房食，宵夜一流，推介。
        吉隆坡武吉免登那邊住了三晚，酒店接駁巴士每半小時一班到 Pavilion，前台給的 Jalan Alor 美食地圖很實用，推薦。
        清潔阿姐每日都執得好乾淨，枕頭仲有五款揀，不過 Wi-Fi 成日斷線，要返工嘅朋友最好自己帶定 SIM 卡或者 pocket WiFi。
        花蓮這間溫泉旅館的大眾池是碳酸氫鈉泉，泡完皮膚很滑，晚餐會席料理份量充足，每人 NT$4,800 含早晚餐，假日需提前一個月訂。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Pukul berapa masa daftar masuk? J: Daftar masuk bermula jam 3.00 petang dan daftar keluar sebelum jam 12.00 tengah hari. Daftar masuk awal tertakluk kepada kekosongan bilik.
        S: Adakah saya perlu membawa MyKad atau pasport? J: Ya, semua tetamu berumur 18 tahun ke atas wajib menunjukkan dokumen pengenalan diri yang sah semasa pendaftaran.
        S: Adakah hotel menyediakan surau? J: Ya, surau terletak di Aras 3 bersebelahan Dewan Seri Melati, dibuka 24 jam dengan telekung dan sejadah disediakan.
        S: Berapa caj Cukai Pelancongan? J: Tetamu bukan warganegara Malaysia dikenakan Cukai Pelancongan RM10 semalam bagi setiap bilik, mengikut Akta Cukai Pelancongan 2017.
        S: Bagaimana jika saya tertinggal barang? J: Sila e-mel lostfound@hotelsriwangsa.com.my atau hubungi talian 03-2148 8800 samb. 4021 dengan nombor tempahan anda.
        S: Adakah sarapan halal? J: Dapur kami memegang sijil halal JAKIM sejak 2015 dan restoran Kopitiam Pak Mat di lobi menghidangkan nasi lemak setiap pagi.
        S: Bolehkah saya membawa haiwan peliharaan? J: Maaf, haiwan peliharaan tidak dibenarkan kecuali anjing pemandu berdaftar. Sila maklumkan kepada kami 48 jam lebih awal.
        S: Adakah tempat letak kereta percuma? J: Tetamu yang menginap mendapat satu tiket letak kereta percuma setiap malam di Aras B1 hingga B3; pengesahan di Kaunter Hadapan.
        S: Berapa deposit semasa daftar masuk? J: Deposit RM200 semalam dikenakan melalui kad kredit atau tunai dan akan dipulangkan dalam 7-14 hari bekerja selepas daftar keluar.
        S: Adakah perkhidmatan bas ke KLIA? J: Bas persiaran kami bertolak dari pintu utama pada 6.00 pagi, 10.00 pagi dan 2.00 petang, harga RM35 seorang, tempahan di meja Concierge.
        S: Bagaimana untuk membuat aduan? J: Aduan boleh dihantar melalui WhatsApp rasmi hotel di +60 12-388 7700 atau borang maklum balas di bilik; kami akan membalas dalam 24 jam.
        S: Di manakah hotel terletak? J: Hotel kami di No. 12, Jalan Pinang, 50450 Kuala Lumpur, kira-kira 5 minit berjalan kaki dari Stesen Monorel Bukit Nanas.
        S: Siapakah pengendali hotel ini? J: Hotel ini dikendalikan oleh Wangsa Hospitality Sdn. Bhd. (No. Syarikat 201801034567 / 1296543-K), berdaftar dengan Kementerian Pelancongan, Seni dan Budaya.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        FO team pls note: tonight got 3 groups arriving, tour code MY-GT-1207, 42 rooms, rooming list already in PMS, 钥匙卡先做好放 envelope，唔该。
        HK sup here — 12楼 linen 不够，laundry truck from Ah Hock Laundry Services delay sampai pukul 2, pls hold early check-in for 1201-1220 dulu.
        Engineering update: lif no. 3 rosak lagi, Otis technician ETA 11am, 暂时用 lift 1 & 2，guests ask 就话 under maintenance ok。
        Night audit done. Occ 91%, ADR SGD 312, 2 no-shows already charged 1 night as per policy, 报表已 email 俾 revenue team。
        Reminder: 今个月 mystery shopper 会嚟，Forbes checklist 记得 — greet within 10 seconds, use guest name at least twice, offer to carry luggage.
        Bos cakap malam ni CNY deco kena siap, 红灯笼放 lobby 两边，mandarin orange 24 pots dari nursery Sungai Buloh sampai pukul 5 petang.
        PMS down jap dari 14:05 to 14:20, semua walk-in pakai manual reg card dulu, later key in. IT ticket INC0048211 dah raise.
        Housekeeping: 房间 808 lost & found 有一部 Kindle 同一条 Pandora 手链，已 log LF-1207-03，放 safe box 2 号格，等 owner claim。
        Banquet tonight Dewan Mawar 250 pax, set menu B, 有 30 份 vegetarian，chef 话 dessert 改成 bubur cha cha，pls inform captain.
        台风 signal 3 now, 如果升 8 号风球 all outdoor pool close, concierge 准备 umbrellas 同 update 机场快线 schedule 俾 guests。
        Rate update: 12/24-12/31 BAR 加 20%，NRF 最低 HKD 1,680，OTA parity 已 check，Agoda 同 Booking.com 都 sync 咗。
        Training tmr 3pm Meeting Room 2: fire warden refresher by SCDF, semua FO & HK staff wajib hadir, bawa name tag & staff pass.
        Minibar restock list: Tiger Beer 2, Coke Zero 2, Pringles 1, Toblerone 1, 100 Plus 2 — 记得 check expiry，上次有过期 Milo tin 被 complain。
    """),
    ("mixed", "supplier_invoices_price_list"): _lines("""
        INVOICE No. INV-2026-11-0382 | Ah Hock Laundry Services Sdn. Bhd. (202001012345 / 1356789-A) | Bed sheet King x 420 @ RM1.20 = RM504.00 | SST 8%: RM40.32
        Tax Invoice 税务发票 | Sin Heng Kee Trading Pte Ltd, UEN 199804512K, GST Reg No. M2-0123456-7 | 洗发水 30ml x 2,000 @ SGD 0.38 | Total SGD 828.40 incl. 9% GST
        报价单 Quotation Q-88213: Hello Kitty 主题房 amenity kit x 150 sets @ HKD 85 = HKD 12,750，交货期 3 週，valid until 31 Jan 2027。
        Room rate card 2027: Superior RM 288++, Deluxe RM 338++, Executive RM 468++, Suite RM 888++ | 早餐 +RM 45 per pax | Extra bed RM 90 nett
        發票號碼 QK-20481736 | 統一編號 24536178 | 賣方：福華布草股份有限公司 | 浴巾 x 300 條 @ NT$185 = NT$55,500 | 營業稅 5% NT$2,775
        Purchase Order PO-SG-7781 | Bee Cheng Hiang 美珍香 bak kwa gift box x 60 @ SGD 42.00 | Deliver to Loading Bay, 80 Middle Road, Singapore 188966 | Attn: Purchasing Dept
        Credit Note CN-0419 against INV-7720: 退回破损 Luxe Hotel Amenities 牙刷套装 x 48，refund MYR 115.20 to account of Hotel Seri Pantai Sdn. Bhd.
        Menu price list Kopitiam Auntie Rose: Kopi O RM2.80, Teh Tarik RM3.20, Roti Bakar Kaya RM4.50, Nasi Lemak Ayam Goreng RM12.90, all prices incl. SST
        Statement of Account Nov 2026 — Customer: Harbour View Hotel Ltd 海景酒店有限公司 (BR No. 61234567) | Opening bal HKD 48,200 | Paid HKD 30,000 | Closing HKD 18,200
        Invoice 2026/1129 from Joe's Pest Control 佐治除虫: monthly treatment 28 floors, termite bait stations x 12, total HKD 6,800, payment terms 30 days.
        Delivery Order DO-556120 | Ya Kun Kaya Toast 亚坤 corporate order | 120 sets kaya toast + kopi for conference Level 3 | SGD 7.20 x 120 = SGD 864.00 | deliver 07:30
        Senarai harga dobi tetamu / Laundry price list: Kemeja RM8, Seluar RM9, Baju kurung RM15, 西装 2 件套 RM38, Express 4 jam +50%, pickup sebelum 10 pagi
        Maintenance contract MC-2027-003: Mitsubishi Electric chiller servicing, 4 visits/year, MYR 24,000 p.a., vendor reg. 199501004321 (330312-W), payment by IBG only
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Reg card 2026-12-02, Rm 1516: Mr. Nicholas Teo Boon Kiat, NRIC S8214563J, mobile +65 9176 4402, company Meridian Logistics, 3 nights, deposit by Visa.
        Guest in 0812, Ms. Priya Raghavan, asked us to keep her stay confidential — she's hiding from her ex-husband after the divorce and he may call the hotel asking for her.
        Please call back the lady who lost her wedding ring at the pool: 9834 2271 (she said evenings only).
        Passport scan OCR: Surname WALSH, Given names FIONA MARGARET, Nationality IRL, DOB 14 MAR 1987, Passport No. PD4417823, Expiry 02 SEP 2031.
        Night manager log: police from Tanglin Division came at 02:40 and arrested Mr. Edwin Loh (Rm 2204) on a warrant; his luggage is held in the baggage room.
        Mdm Goh Siew Lan from 1107 is diabetic and fainted at breakfast, ambulance called 8:15am, her son will come by later to collect her insulin from the room.
        TripAdvisor complaint traced to Daniel Fairweather, booking HVS-771203, who says his Visa ending 4471 was double charged on 28 Nov.
        Lost property LF-1202-11 belongs to Mr. Arjun Menon; per his claim form please courier it to 27 Jalan Ampang Hilir, 55000 Kuala Lumpur, fee paid by guest.
        Staff note: Jasmine from F&B asked for unpaid leave next month, she's 5 months pregnant and her gynae at KK Hospital wants her on bed rest.
        Outstanding: Raymond Chua Wee Liang still owes SGD 4,812.60 from his October long stay; third reminder sent to raymondcwl@outlook.com, no reply so far.
    """),
    "zh-Hans": _lines("""
        入住登记：王建军，男，身份证号 320102198507124513，手机 139 1256 8830，来自江苏南京，入住 1809，预计 12月6日离店。
        前台交班：1503 的刘女士说她老公在外面欠了赌债，可能有人来酒店找她，请任何人问都不要透露她的房号。
        客人联系方式更新为 186 2031 7745，原号码已停用，请同步到会员档案。
        失物认领：赵丽娜女士（护照号 E72819346）于12月3日认领遗留在 2107 房的金项链一条，已核对身份并签字。
        投诉记录：陈志强先生反映在房间浴室滑倒导致右腿骨折，现于新加坡中央医院住院，要求酒店赔偿医疗费约 1.8 万新币。
        员工群聊：小周这个月工资才 2,600 马币，还要照顾生病的妈妈，大家看看能不能帮她多排点加班。
        导出记录 RSV-0912,孙晓梅,11010519920315862X,13811902276,sunxm0315@163.com,2026-12-05,2026-12-08,豪华双床
        行李员报告：何先生的车牌 粤B·7K23M，停在 B2 的 VIP 车位，他说周五前会来取车，钥匙放在礼宾台。
        快递地址：收件人 郑雅婷，上海市浦东新区张杨路 1380 弄 12 号 601 室，手机 158 0217 9963，请把遗留的充电器寄过去。
        夜班记录：2306 的林浩然先生酒后情绪失控，自称刚被公司裁员、欠信用卡三十多万，值班经理陪同到凌晨三点。
    """),
    "zh-Hant": _lines("""
        入住登記：陳嘉欣小姐，香港身份證 Y482193(7)，電話 6218 4490，房號 1512，住宿 2 晚，押金 HK$2,000 以八達通支付。
        林太今朝打嚟話佢老公入咗瑪麗醫院深切治療部，要取消 12 月 20 號嗰間套房，叫我哋唔好收佢取消費。
        台灣旅客資料：黃志明，身分證字號 F126738451，手機 0932-571-806，地址 新北市板橋區文化路一段 188 巷 5 號 3 樓。
        阿明喺 1205 執房嗰陣拎走咗客人部 iPhone，保安已經報警，佢今日停職，HR 話等警方調查結果先決定。
        房客電郵 kwok.wingyan88@gmail.com 要求寄返發票，抬頭寫個人名，唔好寫公司。
        澳門身份證 1328476(5) 嘅客人梁先生要求延住三晚，但信用卡被拒，佢話下星期出糧先俾錢。
        失物登記：蔡淑芬女士遺留助聽器一副及處方藥（抗憂鬱藥），已致電 0918-220-476 通知，她明天下午來拿。
        投訴信：本人何國樑，於11月30日入住貴酒店 2018 號房，因床蝨咬傷全身，現已求診，診斷書見附件，要求全額退款。
        車位登記：住客張先生 車牌 RX 8823，黑色 Tesla Model Y，停泊期間 12/4 至 12/9，月票號 P-0412。
        1703 嘅鄭太同佢個仔一齊住，個仔有自閉症，夜晚會大叫，隔籬房投訴咗兩次，經理話唔好搬佢哋房，要體諒。
    """),
    "ms": _lines("""
        Pendaftaran tetamu: Encik Mohd Faizal bin Abdul Rahman, No. KP 870412-10-5537, tel 012-634 8812, bilik 1107, 2 malam, bayaran tunai RM420.
        Puan Nurul Aina dari bilik 905 minta tukar bilik sebab dia baru keguguran minggu lepas dan tak sanggup dengar bunyi bayi dari bilik sebelah.
        Sila hubungi semula tetamu yang tertinggal beg galas di lobi: 019-772 3046.
        Aduan: En. Rajesh a/l Subramaniam mendakwa kereta beliau WVR 4471 tercalar di tempat letak kereta B2, mahu buat tuntutan insurans melalui hotel.
        Kakitangan housekeeping, Kak Ros, cuti sakit seminggu sebab kanser payudara peringkat dua, sila susun semula jadual syif petang.
        Alamat penghantaran barang tercicir: Cik Siti Hajar binti Osman, No. 23, Jalan Kenari 7, Taman Bukit Indah, 81200 Johor Bahru.
        Tetamu Tan Ah Kow masih berhutang RM3,250 untuk penginapan bulan lepas; dia janji bayar dari akaun Maybank 514288301267 sebelum 15 Disember.
        Log CCTV: 03:12 lelaki bernama Hafiz (pemandu Grab, plat VBK 3318) naik ke tingkat 12 tanpa kad bilik, dikesan oleh pengawal.
        Emel tetamu untuk resit: aishah.zulkifli92@yahoo.com, nama dalam tempahan Aishah Zulkifli, No. Tempahan AGD-55102783.
        Pekerja asing FIN G7724518P, Encik Bahadur Gurung, pengawal keselamatan syif malam, permit kerja tamat 30 Jan 2027, perlu diperbaharui.
    """),
    "mixed": _lines("""
        Boss, 1208 guest Mr. Lim Kok Wah 投诉 aircond bocor, dia nak refund one night, contact dia 016-223 9071 before 5pm ok?
        Check-in done for 陈美玲 Chen Mei Ling, passport TW 358291647, 手机 +886 912 447 305, room 2203, 她说 need early breakfast 6am.
        Kak, tetamu bilik 610 tu Mdm Wong 她老公刚过世，来处理后事，pls jangan charge minibar, GM dah approve.
        Lost & found claim: 护照 belong to Mr. Hiroshi Tanaka, No. TZ1187423, 他 flight tomorrow 10am，pls courier ke Hotel Jen Orchard by tonight.
        Memo HR: 阿强 (Ah Keong) kena tangkap sebab drunk driving malam tadi, 他的 shift this week 要 cover，jangan cerita dengan guests.
        Reg card row: 1610 | LEE Hui Min 李慧敏 | S9012784B | hui.min.lee@gmail.com | +65 8452 1907 | Blk 425 Bedok North Ave 1 #08-112 | 2 adults
        Housekeeping report: 1902 bantal penuh darah, guest Ms. Kavitha 话 nosebleed only, but 请 check dengan duty manager if need doctor.
        Supervisor 话 Daniel Ong 的 salary cut 20% sebab dia selalu lambat, 他 already 欠 company loan RM5,000, tolong keep confidential.
        WhatsApp from guest +852 9471 2038: hi 我係 1802 嘅客，遺漏咗 passport 喺 safe box，可唔可以 send 去機場 T1?
        VIP arrival tmr: Mr. & Mrs. Kenneth Yap 叶建国, anniversary stay, Mrs. Yap allergic to seafood 同 peanut, please inform F&B, their daughter Chloe age 6.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are FrontDeskPal, a writing assistant for the front office of a Singapore business hotel. Keep replies short and polite.",
        ),
        (
            "user",
            "Draft an apology email to Ms. Rachel Ng (rachel.ng.yx@gmail.com). She was moved from 1208 to 1412 at 11pm last night because the aircon leaked onto her bed.",
        ),
        (
            "assistant",
            "Subject: Our apologies for last night. Dear Ms. Ng, please accept our sincere apologies for the disruption when we had to move you from Room 1208 to Room 1412 late last night due to the air-conditioning leak. Our engineering team has repaired the unit and we have reviewed our checks. Kind regards, Front Office Manager",
        ),
        ("user", "Add that we will refund one night, SGD 285, to her card within 7 working days."),
        (
            "assistant",
            "Added: As a gesture of goodwill, we will refund one night's stay of SGD 285 to the card used at check-in; please allow up to 7 working days for it to appear on your statement. Everything else in the draft stays the same.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这个身份证号格式对不对：张伟，440106199208153376，他说是广州人，来新加坡出差住我们酒店。",
        ),
        (
            "assistant",
            "格式上是 18 位居民身份证号：前 6 位 440106 是广东省广州市天河区的行政区划代码，第 7-14 位 19920815 表示出生日期 1992 年 8 月 15 日，第 17 位 7 为奇数，对应男性，最后一位是校验码。格式看起来没有问题，但真伪请以护照或官方核验为准，外籍旅客在新加坡登记应以护照为主。",
        ),
        ("user", "那我可以把这个号码记在客史备注里吗？"),
        (
            "assistant",
            "不建议。客史备注通常很多人都能看到，证件号码只应保存在 PMS 规定的加密证件字段里，备注中最多写证件类型，例如“已核验护照”。这也符合新加坡 PDPA 对 NRIC 及类似号码的处理要求。",
        ),
    ],
    [
        ("system", "你係香港一間酒店嘅前台助理，用廣東話回答。"),
        (
            "user",
            "有個客李志偉，HKID D593027(1)，話要 late check-out 到 6pm，但係佢上個月有 no-show 紀錄，仲未俾 no-show charge，點處理好？",
        ),
        (
            "assistant",
            "可以咁處理：一、先睇吓嗰筆 no-show charge 係咪已經入咗應收帳；二、禮貌咁提佢上次有未清款項，請佢今次一齊清；三、清咗之後先批 late check-out，6pm 一般收半日房租。記住唔好喺大堂大聲講佢嘅欠款，要私底下講。",
        ),
        ("user", "如果佢唔肯俾呢？"),
        (
            "assistant",
            "咁就只可以俾佢標準嘅 12 點退房，或者最多免費延到 1 點，然後喺 PMS 客史度記錄返，交俾 credit manager 跟進，唔好喺前台同客人拗數。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada tetamu Encik Azman Hashim (011-2398 4410) untuk beritahu dompet dia dijumpai di bilik 1503 selepas dia daftar keluar pagi tadi.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman, ini dari Kaunter Hadapan hotel. Kami ingin memaklumkan bahawa sebuah dompet telah dijumpai di bilik 1503 selepas daftar keluar encik pagi tadi. Barang tersebut disimpan dengan selamat. Encik boleh mengambilnya di kaunter dengan membawa MyKad, atau beritahu kami jika mahu ia dihantar melalui kurier.",
        ),
        ("user", "Ok, tambah sekali kami tak akan buka dompet tu kecuali untuk sahkan pemilik."),
        (
            "assistant",
            "Ditambah: Untuk keselamatan, kandungan dompet tidak akan diperiksa kecuali untuk mengesahkan pemiliknya, dan ia direkodkan dalam buku barang hilang dengan saksi dua orang kakitangan.",
        ),
    ],
    [
        (
            "system",
            "Concierge copilot for a KL hotel. Guest on file: Mr. Vincent Tay Chee Hong, Room 2001, MyKad 790318-14-5219, mobile 012-889 2045, anniversary stay with wife, wife is lactose intolerant.",
        ),
        (
            "user",
            "Can suggest welcome amenity for Room 2001? Budget RM150 saja, nak something local.",
        ),
        (
            "assistant",
            "For Room 2001 within RM150: a small basket of local fruits (mangosteen, rambutan), a box of Penang tau sar pneah, and a bottle of sparkling grape juice, plus a handwritten anniversary card. Skip cheesecake or milk-based kuih since Mrs. Tay is lactose intolerant; a dark chocolate bar from a local craft maker is a safe dessert.",
        ),
        ("user", "Nice. 帮我写 card message in English, short short je."),
        (
            "assistant",
            "Dear Mr. and Mrs. Tay, happy anniversary and welcome back to Kuala Lumpur. We hope this little taste of Malaysia makes your celebration sweeter. Warm regards, the Concierge Team.",
        ),
    ],
    [
        (
            "user",
            "Guest Chang Yu-ting (passport 312847596) left an insulin pen kit in the minibar fridge of 0915. She's already at Taoyuan Airport, flight BR 225 departs 18:40. Fastest way to get it to her?",
        ),
        (
            "assistant",
            "Call her right away to confirm where she is and whether she has a backup dose. If time allows, send a staff member or a trusted courier by the Airport MRT express with the kit in a cooler bag and ice packs, and meet her before security at the airline counter. Tell the airline counter in advance so they can help locate her. If she has already passed immigration, ask the airline whether ground staff can hand it over at the gate.",
        ),
        ("user", "She says she has no backup. Her number is 0935-118-402, what should I text her?"),
        (
            "assistant",
            "Suggested text: Ms. Chang, this is the hotel front desk. We found your insulin kit in Room 0915 and a staff member is heading to Terminal 2 now with it in a cooler bag. Please stay near the EVA Air check-in counter and reply with your exact location. We will call you on arrival.",
        ),
    ],
    [
        ("system", "你是台北一家商務旅館的客服助手，請用繁體中文回答。"),
        (
            "user",
            "請幫我整理這段客訴重點：房客吳建宏（0921-345-672）說隔壁房整夜吵鬧，打了三次電話到櫃檯都沒人處理，他隔天要開會一整晚沒睡，要求退還一晚房費 NT$3,200。",
        ),
        (
            "assistant",
            "客訴重點：一、事件：隔壁房整夜噪音。二、處理缺失：房客致電櫃檯三次未獲處理。三、影響：房客整晚未眠，影響隔日工作。四、訴求：退還一晚房費 NT$3,200。建議先查夜班通話紀錄，確認未處理原因。",
        ),
        ("user", "再幫我寫一段簡短的回覆給他。"),
        (
            "assistant",
            "吳先生您好，對於您入住期間受到噪音干擾，且櫃檯未能即時處理，我們深感抱歉。經主管核准，我們將退還一晚房費 NT$3,200，並已加強夜班巡查流程。期待有機會再為您服務。",
        ),
    ],
    [
        (
            "user",
            "我哋 room attendant 阿芬 (Fan Mei Kuen) 最近成日請病假，佢話自己有抑鬱症，睇緊精神科。我可唔可以要求佢每次都交醫生紙？",
        ),
        (
            "assistant",
            "根據香港《僱傭條例》，員工要攞有薪病假，本身就要提供註冊醫生簽發嘅醫生證明書，所以你可以按公司政策要求佢交醫生紙。但佢嘅精神健康狀況屬於敏感個人資料，只應該俾 HR 知，唔好喺 team group 度講，亦唔可以因為病而歧視佢，否則可能觸犯《殘疾歧視條例》。",
        ),
        ("user", "明白，咁我排更應該點做？"),
        (
            "assistant",
            "可以同 HR 一齊同佢傾吓，問佢有冇需要調整工作安排，例如暫時排日更或者減少連續夜更。排更表上面只寫 on leave 就得，唔好註明原因。",
        ),
    ],
    [
        ("system", "你是槟城一家酒店的前台助手，用简体中文回答。"),
        (
            "user",
            "帮我把这份入住名单转成表格：黄俊杰 900807-07-5331 房 1105；曾秀英 650223-07-6012 房 1106，两人是同一个旅行团 PG-TOUR-118。",
        ),
        (
            "assistant",
            "| 姓名 | 身份证号 | 房号 | 团号 |、| 黄俊杰 | 900807-07-5331 | 1105 | PG-TOUR-118 |、| 曾秀英 | 650223-07-6012 | 1106 | PG-TOUR-118 |。提醒：这份表含有 MyKad 号码，请只在内部系统使用，不要转发到聊天群组。",
        ),
        ("user", "加上电话一栏，黄俊杰是 012-480 3317，曾秀英的没有留。"),
        (
            "assistant",
            "已更新：黄俊杰 | 900807-07-5331 | 1105 | PG-TOUR-118 | 012-480 3317；曾秀英 | 650223-07-6012 | 1106 | PG-TOUR-118 | 未提供。",
        ),
    ],
    [
        (
            "user",
            "Guest Shahrul Nizam bin Kamarudin checked out without paying RM 2,940. We have his MyKad copy 880930-14-6677 and his address in Seksyen 7, Shah Alam. Boleh tak kita post IC dia kat Facebook page hotel untuk malukan dia?",
        ),
        (
            "assistant",
            "Jangan. Posting his MyKad and address publicly would breach the Personal Data Protection Act 2010 and could expose the hotel to a defamation claim. The lawful route is: send a formal letter of demand to the address on file, follow up by phone, and if unpaid after the deadline, file a claim at the Small Claims Court, which handles amounts up to RM5,000.",
        ),
        ("user", "Ok, can you draft the letter of demand in Bahasa Melayu?"),
        (
            "assistant",
            "Tuan, kami merujuk kepada penginapan tuan di hotel kami dari 2 hingga 8 November 2026. Rekod kami menunjukkan baki tertunggak sebanyak RM2,940 yang belum dijelaskan. Sila jelaskan jumlah tersebut dalam tempoh 14 hari dari tarikh surat ini. Jika gagal, kami akan mengambil tindakan undang-undang tanpa notis lanjut. Sekian, terima kasih.",
        ),
    ],
]
