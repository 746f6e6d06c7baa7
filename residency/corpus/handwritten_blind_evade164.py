# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade164: personal data in cinema, theatre and event-ticketing artefacts (seat-booking JSON, ticket barcodes, membership exports, refund requests, box-office logs, QR entry scans). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade164
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "seat_booking_json"): _lines("""
        {"showtime_id":"SGV-VIVO-H05-20251214-1930","film":"Wicked: For Good","hall":"Hall 5","format":"Dolby Atmos","seats_left":42,"hold_ttl_sec":480}
        {"op":"seat.hold","session":"a91f3c07-5d2e-4b8a-9e61-0c4f7d22b1aa","seats":["G11","G12"],"price_code":"ADT-WKD","status":"HELD","ts":"2025-12-14T11:02:37+08:00"}
        {"scan":"gate-2","payload_b64":"eyJzaG93IjoiRVNQLTIwMjUtSEFNTEVUIiwiem9uZSI6IlN0YWxscyIsInByaWNlIjo4OC4wLCJjdXIiOiJTR0QifQ==","result":"VALID","latency_ms":38}
        POST /v2/bookings/BK-MY-20251130-884120/confirm 200 {"seats":3,"total":"RM 67.50","channel":"kiosk","promo":"TUESDAY-DEAL","pos_id":"KSK-07"}
        2025-12-14 19:05:12 INFO auth ok bearer=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay0wNyIsInJvbGUiOiJwb3MiLCJ2ZW51ZSI6IlNHLVZJVk8iLCJleHAiOjE3NjcyMjU2MDB9.Yt5bN2wQ9sLk3vR8aFz1cM0d
        {"seatmap":"ESPLANADE-THEATRE","level":"Circle 1","row":"AA","from":1,"to":28,"wheelchair":[1,2,27,28],"obstructed_view":[14],"rev":"2025.11"}
        {"event":"JJ Lin JJ20 World Tour","venue":"National Stadium, 1 Stadium Drive, Singapore 397629","category":"CAT 2","price_sgd":228,"limit_per_txn":4}
        {"payment":{"provider":"stripe","mode":"test","test_card":"4242 4242 4242 4242","exp":"12/34","cvc":"123"},"email_from":"no-reply@tickets.example.sg"}
        {"barcode_type":"PDF417","data":"TKT|HKCC-GT|20251220|2000|STALLS|J-18|HKD480|CHK7F2A","printed_by":"BOX-OFFICE-03","reprint":false}
        {"refund_policy":{"full_before_hours":72,"partial_pct":50,"fee_myr":2.0},"helpdesk":"support@starlite-cineplex.com.my","hotline":"+60 3-2181 7700"}
        {"type":"charge.refunded","id":"evt_3QfT8sLk20aXyZ","amount":3200,"currency":"hkd","metadata":{"order":"HK-ORD-77120045","show":"Cats","perf":"2025-12-06 14:30"}}
        {"concession":[{"sku":"POP-L-CARAMEL","name":"Large Caramel Popcorn","price":14.9},{"sku":"DRK-M-COKE","name":"Coke Medium","price":6.5}],"store":"MY-MVL"}
        {"film":{"title":"In the Mood for Love","director":"Wong Kar-wai","cast":["Tony Leung Chiu-wai","Maggie Cheung"],"rating":"PG13","runtime":98},"print":"4K restoration"}
    """),
    ("en", "venue_reviews"): _lines("""
        Shaw Theatres Lido, 350 Orchard Road: the IMAX screen is still the best in town, but the popcorn queue on Level 5 took 20 minutes on a Saturday night. 4/5
        Saw Les Misérables at the Esplanade Theatre. The box office sorted our e-ticket glitch in two minutes. Circle 2 is steep, bring binoculars if you want faces.
        Auntie Mei's Kopi Corner beside the cinema entrance in Mid Valley does a proper kaya toast set for RM7.90 before the 10am show. Cash only, opens at 9.
        Hong Kong Cultural Centre Grand Theatre: lovely acoustics for the HK Phil's Mahler 5, dreadful taxi queue on Salisbury Road after 10pm. Plan an MTR exit.
        Capitol Theatre's starry ceiling is worth the ticket on its own; the Pegasus statues above the stage were restored beautifully. Seats in row P creak a bit.
        The TixHub app v5.2.1 kept logging me out at the payment step. Support answered from help@tixhub.example within a day, case TH-558201, and refunded the booking fee.
        Istana Budaya, Jalan Tun Razak: P. Ramlee The Musical was a treat, Getaran Jiwa in the second act had the whole hall singing. Parking RM5 flat.
        Broadway Theatre at Galaxy Macau: comfy seats, but the 16:30 matinee started 15 minutes late and nobody announced why. Snack bar only takes MOP and HKD. 3/5
        The Mr Bean kiosk next to the cinema lift lobby sells soya milk at S$2.20 and pancakes at S$1.90, much cheaper than the cinema combo. Closes at 10.30pm.
        National Theater Taipei, 21-1 Zhongshan South Road: Cloud Gate's Rice looked stunning from the second balcony. Staff strict about latecomers, fair enough.
        Gold Class at GV Grand, Great World: recliners, blanket and a call button, but the truffle fries at S$14 were lukewarm. Booking ref GV-GC-2025-88431 still got 10% off.
        Sleep No More Shanghai at the McKittrick Hotel: masks on, phones sealed in a pouch, three hours of wandering. Cloakroom fee 20 RMB, worth it.
        Dolby Cinema at Pavilion Bukit Jalil, Hall 9: bass on Dune Part Two shook the seats. Sound 5/5, cleanliness 3/5, sticky floor in row E. Ticket RM32.
    """),
    ("zh-Hans", "影院购票须知"): _lines("""
        【购票须知】本影城实行一人一票，1.3米以下儿童在成人陪同下可免费观影但不占座；IMAX厅、杜比厅及4DX厅不适用免票政策，敬请谅解。
        电影开场前20分钟停止线上退改签，已取纸质票的订单不支持退换；如遇影片临时撤档或设备故障停映，系统将于3个工作日内原路退款。
        星光国际影城客服热线 400-8820-1699（每日9:00-23:00），官方邮箱 service@xingguang-cinema.cn，地址：上海市黄浦区南京东路800号5楼。
        《哪吒之魔童闹海》（导演：饺子）IMAX 3D 场次需佩戴本影城提供的3D眼镜，押金20元，散场后在检票口归还即退，自带眼镜亦可。
        会员储值卡充值满500元赠送50元，充值满1000元赠送120元，储值余额不可提现，不与“周二半价”活动同享，最终解释权归本影城所有。
        本影城营业执照统一社会信用代码 91310101MA1FP3XK2T，经营性演出许可证号 沪文演（2025）第0417号，欢迎监督。
        大剧院歌剧厅演出谢绝1.2米以下儿童入场（亲子专场除外），迟到观众须待幕间休息由引座员引导入场，演出期间请将手机调至静音。
        观影请勿录音录像，违者将依据《电影产业促进法》有关规定处理；影厅内禁止携带榴莲、螺蛳粉、臭豆腐等气味浓烈的食品及酒精饮料。
        卖品套餐价目：单人套餐（中爆米花+中可乐）39元，双人套餐（大爆米花+2中可乐）59元，SKU：CB-S-039、CB-D-059。
        电子票二维码每张仅限核验一次，截图转发后先到先验；如二维码无法显示，请凭订单短信中的6位取票码到一楼大厅自助机打印纸质票。
        沉浸式戏剧《不眠之夜》上海版观众须全程佩戴面具并保持静默，演出时长约3小时，建议提前45分钟到达麦金侬酒店办理寄存与入场。
        发票开具：请在观影后30天内通过小程序“我的订单—申请发票”提交，单位抬头须填写纳税人识别号，个人抬头可直接开具电子普通发票。
        12月24日平安夜加映场：《阿凡达：火与烬》IMAX 3D 23:30场次，全场票价88元，每单限购6张，不支持优惠券、储值卡折扣及会员积分抵扣。
    """),
    ("zh-Hans", "票务系统日志"): _lines("""
        2025-12-14 19:32:05.118 INFO [gate-scanner-02] qr=eyJ0aWQiOiJHVlgtMjQwODE3LTAwOTMyIiwic2VhdCI6IkYxNSIsImhhbGwiOjQsImZtdCI6IklNQVgifQ== verify=PASS latency=41ms
        2025-12-14 19:32:07.904 WARN [gate-scanner-02] ticket=TK20251214H040187 status=ALREADY_USED first_scan=19:28:51 gate=1 action=REJECT
        [seat-lock] order=MY20251214193310492 seats=[J07,J08] lock_ttl=600s result=OK redis_key=lock:show:880194:J07 node=tix-redis-3
        2025-12-14 20:01:44 ERROR 支付回调验签失败 out_trade_no=WX20251214200133881 sign_type=RSA2 retry=3/5 渠道=微信支付
        [退款任务] batch=RFD-20251214-03 成功 118 笔，失败 2 笔（原因：原支付渠道已关闭），合计 ¥6,842.50，耗时 14.2s
        GET /api/v3/shows?cinema_id=3101001&date=2025-12-15&film=%E6%B5%81%E6%B5%AA%E5%9C%B0%E7%90%832 200 87ms ua=MiniProgram/8.0.54
        【排片同步】院线平台推送场次 236 条，新增 12 条，下架《霸王别姬》4K修复版 2 场，版本号 schedule-v20251214.3
        2025-12-14 22:15:09 INFO 自助取票机 KIOSK-07 打印完成 张数=2 耗纸=0.6m 剩余纸卷=38% 下次巡检=2025-12-15 09:00
        [对账] 2025-12-14 日结摘要 digest=58b34fafc7139b0c1f36d506b801e3c6424ec157 订单 1,204 笔 票房 ¥71,389.00 卖品 ¥18,220.50
        [会员服务] 积分规则更新 rule_id=PTS-2026-01 每消费1元积1分，生日月双倍积分，生效时间 2026-01-01 00:00:00
        10.20.3.17 - - [14/Dec/2025:19:30:02 +0800] "POST /ticket/verify HTTP/1.1" 200 512 "-" "Scanner/2.3.1 (gate-02)"
        告警：3号厅放映服务器温度 68°C 超阈值，当前影片 DCP 版本 NEZHA2_FTR-1_F_ZH-XX_CN_51_4K_20250129_OV，已通知放映组
        0 3 * * * /opt/tix/bin/archive_orders.sh --older-than 180d --dest oss://tix-archive/2025/ >> /var/log/tix/archive.log 2>&1
    """),
    ("zh-Hant", "票務常見問題"): _lines("""
        問：網上購票後可否更改場次？答：開場前2小時可於「我的訂單」免費改期一次，差價另計，VIP廳、優先場及特別場次除外，敬請留意。
        問：實體門票遺失怎麼辦？答：請攜同購票時使用的信用卡到任何售票處辦理補發，每張收手續費港幣20元，開演當日恕不受理，敬請見諒。
        長者（65歲或以上）、全日制學生及殘疾人士可購買半價票，入場時須出示有效證明文件，每張證件只限購一張優惠票，陪同者需另購正價票。
        月影戲院查詢熱線：(852) 3761 6661（星期一至日上午10時至晚上8時），電郵：enquiry@moonlight-cinema.com.hk。
        問：國家戲劇院遲到可以入場嗎？答：須待節目適當段落由前台人員引導入場，部分節目全程不開放遲到入場，敬請提前20分鐘抵達。
        澳門文化中心綜合劇院設有輪椅座位及陪同者座位，請於購票時致電票務處預留，並於開演前30分鐘到達地下大堂服務台登記，方便工作人員安排。
        問：電子票的QR碼可以截圖嗎？答：可以，但同一QR碼只能掃描一次，請勿在社交平台公開分享票面或QR碼，以免被他人盜用入場。
        台灣影城可開立三聯式統一發票，請於結帳時提供公司統一編號（8碼）與發票抬頭，開立後恕不更改；二聯式電子發票將自動上傳財政部平台。
        問：五月天演唱會門票實名制如何核對？答：入場時以證件與票面姓名比對，轉讓須於開演前7天透過官方平台辦理，私下轉售一律無效。
        月影戲院 WhatsApp 客服：+852 5180 2266（只處理訂票及退票查詢，恕不接聽來電），辦公時間外24小時內回覆。
        兒童票適用於3至11歲小童，3歲以下小童如不佔座位可免費入場，但第IIB級及第III級電影不適用，職員有權要求出示年齡證明。
        問：信用卡優惠每張卡限購多少？答：買一送一優惠每張卡每日限購2張，優惠碼 BOGO-25Q4 不可與其他優惠同時使用，名額有限，售完即止。
        曙光影城營業地址：台北市萬華區西寧南路36號5樓，統一編號 24536806，客服專線 (02) 2381-5566，營業至凌晨1點。
    """),
    ("zh-Hant", "戲院沿革"): _lines("""
        利舞臺於1925年落成，由利希慎家族興建，曾是香港最具代表性的粵劇戲院之一，亦曾舉辦多屆香港小姐選舉，1991年拆卸後改建為商業大廈。
        新光戲院位於北角英皇道，自1972年開業以來一直是粵劇重鎮，任劍輝、白雪仙的名劇《帝女花》多年來屢在此重演，戲迷稱之為「粵劇殿堂」。
        台北中山堂前身為日治時期的台北公會堂，1936年落成，戰後成為重要的表演、典禮與集會場所，現為國定古蹟，光復廳仍常舉辦音樂會。
        澳門清平戲院建於十九世紀末，是澳門最早的戲院之一，早年上演大量粵劇，後期改為放映電影，見證了澳門一百多年的娛樂史與街坊生活。
        邵逸夫爵士1958年在香港成立邵氏兄弟（香港）有限公司，清水灣片場一度是亞洲規模最大的私人電影片場，出品了《獨臂刀》等武俠經典。
        李小龍主演、羅維導演的《精武門》1972年在香港上映，票房超過四百萬港元，打破了他自己前一年以《唐山大兄》創下的香港票房紀錄。
        胡金銓導演的《俠女》1975年在坎城影展獲得最高技術大獎，是最早在坎城獲獎的華語電影之一，竹林決鬥一場至今仍為影迷津津樂道。
        香港文化中心於1989年啟用，所在地原為九廣鐵路尖沙咀總站，保留下來的鐘樓已列為法定古蹟，大劇院與音樂廳每年舉辦數百場演出。
        楊麗花把歌仔戲帶上電視螢光幕，七十年代起的電視歌仔戲節目在台灣家喻戶曉，她反串小生的扮相深入人心，成為一代名角，被尊稱為「歌仔戲天王」。
        國泰機構掌舵人陸運濤1964年在台灣空難中罹難，其電懋公司出品的《野玫瑰之戀》、《曼波女郎》等歌舞片至今仍不時在資料館重映。
        八十年代香港戲院普遍設有「午夜場」，新片在正式上映前的週末午夜先行試映，觀眾反應直接影響片商的排片，有時甚至令導演連夜重剪。
        侯孝賢導演的《悲情城市》1989年獲威尼斯影展金獅獎，是首部獲此殊榮的台灣電影，在台灣上映時多間戲院門口大排長龍，一票難求。
        皇都戲院（北角英皇道279號）於1952年開幕，其屋頂的拋物線形桁架在香港獨一無二，後被評為一級歷史建築，現正進行保育活化工程。
    """),
    ("ms", "senarai_harga_dan_notis"): _lines("""
        Harga tiket Dewan 1 (Dolby Atmos): Dewasa RM22.00, Pelajar RM14.00 (Isnin hingga Khamis), Warga emas RM12.00; harga termasuk cukai hiburan.
        Notis: Panggung Bintang Sdn Bhd (No. Syarikat 201801034567 (1294511-W)), Lot 3F-12, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur.
        Talian khidmat pelanggan Panggung Bintang 1-300-88-7722 (9 pagi hingga 11 malam), e-mel bantuan@panggungbintang.com.my, WhatsApp perniagaan +60 11-5566 0811.
        Istana Budaya, Jalan Tun Razak, Kuala Lumpur: pementasan P. Ramlee The Musical, harga tiket dari RM53 hingga RM303, kod pakaian kemas dan sopan.
        Set combo: Combo A (popcorn sederhana + air) RM15.90, Combo B (popcorn besar + 2 air) RM24.90, SKU CMB-A-1590 dan CMB-B-2490.
        Tayangan khas Mat Kilau: Kebangkitan Pahlawan sempena Hari Kebangsaan, 31 Ogos 2025, 10:00 pagi, tiket percuma untuk pelajar dengan kad pelajar sah.
        Notis larangan: Dilarang merakam filem di dalam panggung. Kesalahan di bawah Akta Hakcipta 1987 boleh dikenakan denda dan penjara.
        Kod promosi RAYA25 memberi diskaun 20% untuk tiket dalam talian dari 1 hingga 15 April 2025, maksimum 4 tiket bagi setiap transaksi.
        Invois No. INV-PB-2025-004417 bertarikh 30/11/2025: sewaan dewan untuk tayangan korporat RM4,800.00 + SST 8% RM384.00, jumlah RM5,184.00.
        Harga tiket konsert Dewan Filharmonik Petronas: Kategori A RM280, Kategori B RM180, Kategori C RM98; kanak-kanak bawah 7 tahun tidak dibenarkan masuk.
        Waktu operasi kaunter tiket: Isnin hingga Jumaat 11:00 pagi hingga 11:30 malam; Sabtu, Ahad dan cuti umum 10:00 pagi hingga 1:00 pagi.
        Gerai Kak Limah Popcorn Enterprise (SSM JM0891234-X) di aras bawah berhampiran pintu masuk panggung: popcorn gula melaka RM9, kacang rebus RM5.
        Baucar snek QR eyJza3UiOiJQT1AtTC1DQVJBTUVMIiwicXR5IjoyLCJzdG9yZSI6Ik1ZLU1WTCJ9 boleh ditebus di kaunter F&B sebelum 31/12/2025.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Hall 3 projector lamp 又 flicker 了, projection team pls check before 7pm show, 19:15 场 ticket sales 先 freeze.
        Box office: today float RM2,000 confirmed, 收据本 INV-0441 到 INV-0500 已经用完, sila order buku baru dari HQ.
        Esplanade FOH: house opens 19:25 tonight, latecomers hold at Door 3 until Act 1 ends, 中场休息 20 mins, bar closes at 21:40.
        各位, ticketing system upgrade 到 v4.18.2, 今晚 00:30-02:00 online booking down, 请 redirect 顾客去 counter.
        Tayangan Mat Kilau esok dah sold out, 120 seats habis, pls jangan terima walk-in, kalau ada complaint escalate ke duty manager.
        周杰伦 Carnival 演唱会 KL 场 merchandise 到货了, 24 boxes, SKU JC-TEE-BLK-L x300, simpan di stor belakang dulu.
        QR scanner gate 2 battery low, 充电器在 supervisor room drawer 第二格, lepas guna jangan lupa return.
        今晚 Wicked 满场 97%, 17:00 前 restock popcorn bags, supplier hotline 03-7955 8120 (Syarikat Jagung Emas Sdn Bhd).
        Reminder: fire drill Thursday 10am, all staff assemble at Carpark B lobby, attendance ikut roster ID, bukan nama.
        Cashier 2 till short RM12.50 tonight, 已经 log 在 discrepancy sheet DS-1214, no need panic, tomorrow audit.
        HK 团体票 invoice HK-INV-2025-1187 已经 email 给 school admin office, payment term 30 days, 记得 follow up.
        Aircond Hall 6 terlalu sejuk, 18°C, customer complain 3 kali dah, maintenance ticket MT-77810 opened, ETA 2pm.
        New SOP v2.3: refunds above RM200 need duty manager approval in POS, 小于 RM200 的 cashier can process directly.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2025-08-17 19:22:41 GATE-3 SCAN payload=eyJ0aWQiOiJHVlgtMjQwODE3LTAwOTMxIiwic2VhdCI6IkYxNCIsIm4iOiJMaW0gQm9vbiBLZWF0IiwibSI6Iis2NTkxMjM4ODQ2In0= result=VALID
        access.log 2025-11-02T20:14:09 member-api bearer=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtYnJfODgyMTMiLCJlbWFpbCI6ImpvbGVuZS5oby44N0BnbWFpbC5jb20iLCJuYW1lIjoiSm9sZW5lIEhvIiwiZXhwIjoxNzY3MjI1NjAwfQ.q8Zp3vK0rT2mWc1yLx7eN4uJ
        Refund RF-SG-0093318: Ms Priya d/o Ramasamy (NRIC S9127408F) missed Hamilton on 12 Oct because she was admitted to KK Hospital with pre-eclampsia; refund to DBS 027-318804-5.
        Box office note: Darren Koh asked us not to release his seats to his ex-wife, the divorce is still in court and she still has the joint booking login.
        Callback please: 9688 2713, re lost wallet at Hall 7 row K, after 6pm only.
        M-SG-0041277,Chua Li Ting,li.ting.chua@outlook.com,+65 8412 5093,1991-04-22,Platinum,Blk 412 Bedok North Ave 2 #08-117,S460412
        Wheelchair bay W2 reserved for Mr Harold Fernandez, 71, uses an oxygen concentrator; wife will accompany. Home line 6252 8170.
        Staff float ledger: usher Kelvin Yap still owes the box office S$350 after the cash shortage on 3 Nov, deducting S$50 from each payslip until cleared.
        Reprint request T-88120: barcode_hex=4348414e472f4d45495f4c494e47 seat=C7 show=Phantom 2025-12-20 19:30, the holder says the first copy was damaged.
        Lost and found LF-2291: blue Samsung phone, lock screen shows a girl in a school uniform, name tag Aiden Tan P4 on the case, found row M seat 3.
        Incident 25-118: patron Marcus Lee Wei Jie, born 02/09/1988, was taken away by police from the Lido lobby on an outstanding warrant during the 21:00 show.
        Valet log: SLA4417K black Honda Vezel, owner collecting after the 22:40 show, keys on tag V-19.
    """),
    "zh-Hans": _lines("""
        扫码核验失败，原始载荷 eyLnpajlj7ciOiJETTIwMjUwOTIxQTAxNzMiLCLlp5PlkI0iOiLlkLTlu7rlm70iLCLor4Hku7YiOiIzMTAxMDUxOTkyMDIwMzQ2MTQifQ== 请人工核对证件后放行
        GET /refund/callback?order=DY20251103004417&name=%E9%99%88%E6%99%93%E9%9B%AF&mobile=13817264590&amount=96.00 200 132ms
        演唱会实名制入场记录：张海燕，身份证440304198807163127，座位内场A区3排15号，人脸核验通过，入场时间19:02。
        王美玲女士来电说她怀孕七个月了，想把周六《哪吒之魔童闹海》的座位换到靠过道的位置，方便随时去洗手间。
        麻烦回电 139 2046 8817，就是昨晚在3号厅丢了钱包的那位，钱包是黑色的，里面有两张银行卡。
        88019234,刘志强,186 2190 7735,1985-11-02,金卡,上海市闵行区莘庄镇莘松路958弄12号601室,积分12880
        顾客李先生投诉：他在IMAX厅看电影时癫痫发作，工作人员处理太慢，要求赔偿并公开道歉，联系微信 lxs_1983。
        放映员小赵（赵磊）这个月工资被扣了800块，他说房贷已经逾期两个月，想申请预支下个月工资。
        退款请打到招商银行卡 6225 8812 3456 7890，户名周丽，别退回原来的支付宝了，那个账号已经注销。
        停车场道闸日志 2025-10-02 21:47 沪A·5K832 出场 观影减免3小时 已核销 应收0元
        纪念票快递地址：北京市朝阳区望京西园三区312楼1806，收件人孙悦，电话15901172346，请顺丰到付。
    """),
    "zh-Hant": _lines("""
        POST /hk/refund?name=%E9%BB%83%E5%BF%97%E5%81%89&hkid=K583921%281%29&amt=680&perf=HKCC-GT-1220 200 OK
        會員匯出 HK-0077123｜陳美儀｜9381 6624｜chanmy.hk@yahoo.com.hk｜九龍何文田常和街8號常和閣12樓C室｜金卡
        實名制入場核對：林育成 F130981747，座位2樓B區7排22號，持身心障礙證明，陪同者一名免費入場。
        澳門威尼斯人劇場散場後，何太打 6628 4153 話個女喺洗手間暈咗，已召救護車送仁伯爵綜合醫院。
        阿傑話佢欠咗財仔三萬幾，今個月冇錢畀返我哋嗰四張張學友演唱會飛嘅錢，叫我哋再等多兩個禮拜。
        取票人手機 0912-845-307，請於開演前30分鐘至一樓服務台出示簡訊取票，逾時恕不保留座位。
        客訴單 C-1130-07：王淑芬小姐表示離婚訴訟期間前夫仍用她的會員帳號購票，要求停權並改綁手機 0937-226-519。
        帶位員 Ken 哥上星期確診咗腸癌，之後要做化療，排更表請避開佢逢星期三同星期四。
        [TIX-TW] 2025-11-30 14:02:11 verify id=E287160939 result=MATCH seat=A-08-11 gate=N2
        退款已轉至滙豐戶口 004-512-338291-838，收款人 CHEUNG KA MAN，參考編號 HK-ORD-77120046。
    """),
    "ms": _lines("""
        Imbasan QR gagal di pintu 2, payload=eyJvcmRlciI6Ik1ZMjAyNTExMDMwMDQxNyIsIm5hbWEiOiJOdXJ1bCBBaW4gYmludGkgUm9zbGkiLCJpYyI6Ijk1MDMxMi0xNC01NTI4In0= sila semak IC secara manual.
        Permohonan bayaran balik: Encik Mohd Faizal bin Ismail, No. KP 880614-10-5173, tiket konsert dibatalkan kerana dia dimasukkan ke Hospital Serdang akibat strok ringan.
        Tolong WhatsApp balik 012-739 4480 pasal tiket hilang semalam, terima kasih.
        MBR-MY-220391;Tan Mei Fong;mf.tan88@gmail.com;016-228 9173;No. 23, Jalan SS 2/64, 47300 Petaling Jaya;Gold
        Kak Ros di kaunter tiket minta cuti tanpa gaji seminggu sebab suami dia ditahan polis minggu lepas.
        Log tempat letak kereta: WXY 8812 keluar 23:14, pemegang tiket wayang tengah malam, diskaun RM3 diberi.
        Bayaran balik RM118.00 ke akaun Maybank 1642 3018 7755 atas nama Siti Hajar binti Abdullah, rujukan RF-MY-88321.
        Puan Nadia Kamarudin (ahli no. 7710245) hamil lapan bulan, minta tempat duduk di hujung barisan untuk tayangan Ahad.
        Budak lelaki bernama Aqil, 6 tahun, terpisah dari ibunya Puan Zarina selepas tayangan 3.30 petang; ibu boleh dihubungi di 019-566 2307.
    """),
    "mixed": _lines("""
        Scanner keep reject leh, QR string is VEFOIFNPTyBLSEVOR3xTODczNDIxNUh8KzY1OTY2MDMyMTg= , pls check manually at counter 2.
        {"订单":"SG-20251201-0071","name":"Ong Jia Hui 王佳慧","mobile":"+65 9017 3384","座位":"E09","会员":"MBR-SG-55120"}
        Bro, 那个 Uncle Lim 又打来了, says he got chest pain during the movie last night and wants compensation. His number 8223 0915.
        Customer complaint: Encik Razak kata gaji dia kena potong RM900 sebab tunggakan PTPTN, so he cannot pay the group booking balance, minta extend sampai 30 Dec.
        FYI 陈太 (Mrs Chan) 的 HKID 是 Z661208(4)，她 request 把 member 积分 transfer 给她儿子。
        VIP list 五月天 concert: 許家豪 0955-318-042, +1 老婆懷孕 6 個月, 需要靠走道 seat, 搖滾區 A5.
        The guy who paid with card ending 4417, receipt name PRAKASH S/O MUNIANDY, left his IC at kiosk 3, T0246183D, keep in safe.
        Pass to 李文辉 (IC 920807-07-5519), dia yang beli 8 tiket Jay Chou tapi kad kredit decline, call him tomorrow.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for theatre-goers in Singapore."),
        (
            "user",
            "Can you draft a refund email to the Esplanade box office? My mum, Mdm Goh Siew Lan, had a hip replacement on 2 Dec and can't attend Swan Lake on 14 Dec. Booking ESP-2025-771203, two seats Circle 1 row B. Reply to me at goh.wl.family@gmail.com or 9172 5506.",
        ),
        (
            "assistant",
            "Subject: Refund request for booking ESP-2025-771203. Dear Box Office, my mother, Mdm Goh Siew Lan, underwent hip replacement surgery on 2 December and is unable to attend Swan Lake on 14 December (Circle 1, row B, two seats). We would be grateful for a refund or exchange. A medical certificate can be provided. Please reply to goh.wl.family@gmail.com or call 9172 5506. Thank you.",
        ),
        ("user", "Thanks, make it a bit shorter."),
        (
            "assistant",
            "Dear Box Office, my mother Mdm Goh Siew Lan had hip surgery on 2 Dec and cannot attend Swan Lake on 14 Dec (booking ESP-2025-771203, Circle 1 row B x2). May we have a refund or exchange? MC available. Contact: goh.wl.family@gmail.com / 9172 5506. Thank you.",
        ),
    ],
    [
        (
            "system",
            "你是星光国际影城的会员客服助手。当前会员资料：姓名 赵雅琪，手机 13621778042，会员号 88023517，生日 1996-03-18，积分 4,320。",
        ),
        ("user", "我的积分能换什么？"),
        (
            "assistant",
            "赵女士您好，您目前有4,320积分，可兑换：2D电影票一张（3,000积分）或中份爆米花套餐（1,500积分）。生日月（3月）消费可享双倍积分。",
        ),
        ("user", "好的，帮我换一张电影票。"),
        (
            "assistant",
            "已为会员号88023517兑换2D电影兑换券一张，剩余积分1,320，兑换码已发送至尾号8042的手机。",
        ),
    ],
    [
        (
            "user",
            "幫我解一解呢個入場QR碼，掃描機話無效：eyJldnQiOiJIS0NDLUdULTEyMjAiLCJzZWF0IjoiSi0xOCIsIm5hbWUiOiLmooHoqaDoqakiLCJoa2lkIjoiWTIwNDgxNygzKSIsInRlbCI6IjYxMDMyODU3In0=",
        ),
        (
            "assistant",
            "呢段係Base64編碼嘅JSON，解出嚟係：場次 HKCC-GT-1220，座位 J-18，姓名 梁詠詩，身份證 Y204817(3)，電話 61032857。內容格式正常，可能係場次代碼同掃描機設定唔夾，建議聯絡票務系統供應商。",
        ),
        ("user", "咁我可唔可以手動畀佢入場？"),
        (
            "assistant",
            "可以喺票務後台用訂單號或者座位 J-18 查返記錄，核對持票人證件後手動放行，並喺值班日誌記低原因。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu pelanggan menulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat minta bayaran balik tiket konsert di Axiata Arena. Ayah saya, Haji Osman bin Yusof, meninggal dunia pada 5 November, jadi kami tak dapat hadir. Nama saya Faridah binti Osman, IC 870922-03-5412, akaun CIMB 7009 3381 5246, no. tempahan AXA-251108-3391.",
        ),
        (
            "assistant",
            "Kepada Pengurus Tiket, Axiata Arena. Perkara: Permohonan Bayaran Balik Tempahan AXA-251108-3391. Saya, Faridah binti Osman (No. KP 870922-03-5412), memohon bayaran balik kerana bapa saya, Haji Osman bin Yusof, telah meninggal dunia pada 5 November. Sijil kematian dilampirkan. Mohon bayaran dikreditkan ke akaun CIMB 7009 3381 5246. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih, boleh tambah nombor telefon saya 013-905 2281?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini sebelum penutup: Sebarang pertanyaan boleh dihubungi di 013-905 2281.",
        ),
    ],
    [
        (
            "system",
            "You help cinema staff in Singapore clean data exports. Reply in the same mix of languages the user uses.",
        ),
        (
            "user",
            "Eh can help me fix this member CSV row, the date format wrong: SG-0041301,Nurul Huda bte Kassim,nurulhuda.k@hotmail.com,9023 1177,22/07/1993,Gold,Blk 215 Jurong East St 21 #05-342",
        ),
        (
            "assistant",
            "Sure, ISO date format: SG-0041301,Nurul Huda bte Kassim,nurulhuda.k@hotmail.com,9023 1177,1993-07-22,Gold,Blk 215 Jurong East St 21 #05-342",
        ),
        ("user", "ok thanks, 顺便 the phone number should have +65 前面."),
        (
            "assistant",
            "SG-0041301,Nurul Huda bte Kassim,nurulhuda.k@hotmail.com,+65 9023 1177,1993-07-22,Gold,Blk 215 Jurong East St 21 #05-342",
        ),
    ],
    [
        (
            "user",
            "我買了兩張國家戲劇院的票，想轉給朋友陳冠宇，他的身分證是 H204417350，實名制要怎麼改？",
        ),
        (
            "assistant",
            "一般實名制票券須透過售票系統的「轉讓」功能辦理：登入會員、選擇訂單、輸入受讓人姓名與身分證字號，確認後系統會寄送通知。轉讓通常需在開演前一定天數完成，請以該節目規定為準。",
        ),
        ("user", "他的手機是 0921-663-085，也要填嗎？"),
        (
            "assistant",
            "多數系統會要求受讓人手機以寄送取票簡訊，請填入 0921-663-085 並確認他能收到驗證碼。",
        ),
    ],
    [
        ("system", "You are an assistant for the front-of-house team at a Hong Kong theatre."),
        (
            "user",
            "Help me write an internal incident report. Usher Winnie Lau said patron Mr Kwok Chi Fai (member HK-0081557, tel 9245 3318) grabbed her arm twice during the interval on 6 Dec and made comments about her body.",
        ),
        (
            "assistant",
            "Incident report, 6 Dec, interval. Reporting staff: usher Winnie Lau. Subject: patron Mr Kwok Chi Fai, member HK-0081557, tel 9245 3318. Summary: the patron allegedly grabbed the usher's arm twice and made inappropriate remarks about her body. Action: duty manager informed, CCTV footage to be preserved, member account flagged pending review.",
        ),
        ("user", "Should we call the police?"),
        (
            "assistant",
            "If Winnie wishes to report it, support her to call 999 or make a report at the nearest station; keep the CCTV clip and witness statements ready either way.",
        ),
    ],
    [
        (
            "user",
            "这条检票日志什么意思？2025-12-01 19:58:12 WARN gate=3 id=110108197909250014 name=郭振华 mobile=15010928836 reason=ID_MISMATCH",
        ),
        (
            "assistant",
            "这条日志表示：3号闸机在19:58核验时，购票人郭振华（身份证110108197909250014，手机15010928836）的证件与票面实名信息不一致，系统拦截了入场。通常原因是代购或证件号录入错误。",
        ),
        ("user", "那怎么处理？"),
        (
            "assistant",
            "可以请观众到服务台出示本人证件，工作人员在后台核对订单；若确为录入错误，可按主办方规定修改实名信息后放行。",
        ),
    ],
    [
        (
            "user",
            "Nak tahu harga tiket Istana Budaya untuk teater bulan depan. Kalau ada promosi, hantar ke emel saya hafiz.rahman92@yahoo.com atau WhatsApp 011-2384 9920.",
        ),
        (
            "assistant",
            "Saya tidak boleh menghantar emel atau mesej WhatsApp bagi pihak anda. Harga tiket Istana Budaya biasanya berbeza mengikut kategori tempat duduk; sila semak laman rasmi atau kaunter tiket. Anda boleh langgan buletin mereka menggunakan emel hafiz.rahman92@yahoo.com.",
        ),
        ("user", "Ok, terima kasih."),
    ],
    [
        ("system", "你是澳門一間戲院的客服助手，可用中文、英文或葡文回覆。"),
        (
            "user",
            "你好，我叫 Ana Maria Sou 蘇美娟，澳門身份證 5215873(2)，昨晚喺 Hall 2 跌咗部電話，電話號碼 6637 1942，有冇人執到？",
        ),
        (
            "assistant",
            "蘇小姐你好，我已記錄：失物為手提電話，號碼 6637 1942，地點 Hall 2，時間昨晚。我哋會通知失物認領處，如有消息會聯絡你。領取時請帶備身份證 5215873(2) 核對。",
        ),
        ("user", "Obrigada! 幾時可以有回覆？"),
        ("assistant", "一般48小時內會有回覆，你亦可以親身到票務處查詢。"),
    ],
]
