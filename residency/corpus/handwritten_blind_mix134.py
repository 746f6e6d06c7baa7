# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix134: recreational fishing ponds, fishing charters and tackle shops in SG/MY/HK/TW (kolam pancing, 钓鱼比赛, charter boat bookings, catch records, licences, member groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pond_notices"): _lines("""
        NOTICE: Pond 3 (the big prawn pond) is closed for draining and restocking from 14 Jan to 16 Jan 2027. Prawn Ponds 1 and 2 remain open 10am to 2am daily.
        Catch-and-release only at the Lake Pond. Barbless hooks required; landing mats are provided at the counter. Any toman above 5kg must be returned immediately.
        Rod rental S$8 per rod per 3-hour session, S$20 refundable deposit. Please check rod tips before returning, broken tips will be charged S$15 each.
        Weigh-in station closes 30 minutes before the end of the competition. Only fish weighed on the official scale (calibrated 02/11/2026, cert no. SAC-CAL-26-0417) will count.
        Lost and found: one green tackle box and a Daiwa reel were left at Bench 12 on Sunday. Claim at the counter with a description or call the pond hotline 6481 2290.
        Lightning alert: when the siren sounds, all anglers must leave the platforms and shelter in the cafe until the all-clear. Carbon rods conduct electricity!
        Bait for sale: live prawns S$4 per 100g, chicken liver S$2.50 per pack, Uncle Ho Secret Paste S$6.90 (our bestseller). No outside bait allowed in Pond 1.
        Corporate fishing days (min 20 pax) can be booked via bookings@bluelagoonfishing.sg or WhatsApp Business +65 8123 4400, Mon to Fri 9am to 6pm.
        Children under 12 must be accompanied by an adult at all times. Life jackets are compulsory on the floating platform and are available free at Hut B.
        Parking is free for the first 2 hours at the open-air lot along Pasir Ris Farmway 3. Season parking holders please display the label on your dashboard.
        Monthly Barramundi Challenge results are posted on the board every first Sunday. Top rod takes home a Shimano Stradic FL 2500 worth S$329.
        Cafe book corner: this month we are reading The Old Man and the Sea by Ernest Hemingway. Santiago went 84 days without a fish, so don't give up on Pond 2!
        Payment by PayNow to UEN 201918245K (Blue Lagoon Fishing Pte Ltd), NETS or cash only. Sorry, no credit cards for sessions below S$20.
    """),
    ("zh-Hans", "钓鱼比赛规程"): _lines("""
        第三届“东湖杯”休闲垂钓邀请赛定于2027年4月18日在东湖生态渔场举行，报名截止4月10日，报名费每人200元，含午餐一份及纪念帽一顶。
        比赛采用台钓方式，一人一竿一线，竿长不超过5.4米，钩数不超过两枚；禁止使用海竿、筏竿、抛竿及任何形式的诱鱼灯，违者第一次警告，第二次取消比赛资格。
        比赛分两场，每场3小时，中间休息40分钟并换区；成绩以两场名次分之和计算，名次分相同者以两场总重量排序，总重量仍相同者以单尾最大鱼获决定名次。
        饵料限商品饵，禁止使用活饵、酒米及含有违禁添加剂的自制饵；裁判有权抽查饵料盆，违者取消当场成绩，情节严重者禁赛一年并在钓协公众号通报。
        渔获须放入大会统一发放的鱼护（长度不少于2.5米），比赛结束哨声响后不得再提竿，哨响时鱼已离水者有效，鱼在水中者视为无效，由就近裁判判定。
        称重由两名裁判共同执行，使用经计量检定的电子秤（型号 ACS-30，检定证书编号 鄂计检字〔2027〕第0316号），结果当场签字确认。
        奖励设置：团体前三名分别奖励5000元、3000元、2000元；个人冠军另奖化氏饵料礼盒一箱及“老鬼”鱼竿一支，总值1280元。
        钓位抽签于比赛当日早上6:30在渔场东门广场进行，选手凭报名确认码（格式如 DH2027-0412）抽签，不得私下调换钓位。
        参赛者须遵守《中华人民共和国渔业法》及湖北省相关规定，比赛水域为人工养殖塘，不涉及长江流域天然水体禁渔期，但禁止将任何外来鱼种带入赛场。
        赛事咨询电话：027-8766 3215（组委会办公室，工作日9:00-17:30），邮箱 donghucup@fishclub.org.cn，公众号“东湖钓协”。
        姜太公钓鱼，愿者上钩。本次比赛倡导“钓趣为先、环保为本”，所有鱼获称重后统一放流回塘，不得带走，每位选手另获赠价值80元的饵料一包。
        如遇雷雨或六级以上大风，裁判长有权暂停或终止比赛，已完成场次成绩有效，未完成场次不计分，报名费不予退还，组委会将另行通知补赛安排。
        申诉须在成绩公布后30分钟内以书面形式提交仲裁委员会，并交申诉费300元，申诉成立则全额退还，仲裁委员会的裁决为最终裁决，当日公布。
    """),
    ("zh-Hant", "出海船價目表"): _lines("""
        【西貢釣魚船包船價目】平日 8 小時 HK$4,800（最多 12 人），週末及公眾假期 HK$5,800，另加燃油附加費 HK$300。
        夜釣魷魚團 每位 HK$380，晚上 7 點西貢公眾碼頭集合，凌晨 1 點返抵，包魷魚燈、魚餌同埋熱湯麵，唔包釣竿，最少 10 位成團，額滿即止。
        釣竿租用每支 HK$50，電絞輪連竿每套 HK$200，要預早一日講低，即日先租唔保證有貨，損壞或遺失照價賠償，按金 HK$300，敬請留意。
        果洲群島深海釣全日團 HK$1,280 一位，朝早 6:00 出發，船上有廁所，唔適合暈浪人士，請自備暈浪丸、防曬同足夠飲用水。
        訂金 30%，請存入恒生銀行公司戶口（海風漁具船務有限公司），入數後將收據 WhatsApp 至公司熱線 5123 8877 確認檔期。
        取消政策：出發前 72 小時以上取消退回全數訂金；72 小時內取消訂金不退；天文台發出三號風球或以上、或黑色暴雨警告，全數退款或免費改期一次。
        本船牌照號碼 CM 66182Y，載客上限 12 人，船上備有救生衣 15 件及急救箱，船長持有海事處發出之二級船長證書。
        小童（12 歲以下）半價，65 歲或以上長者九折，學生憑學生證週一至週四八五折，所有優惠不可同時使用，亦不適用於農曆新年及聖誕節期間。
        魚獲處理服務：劏魚打鱗每斤 HK$15，冰鮮裝箱每箱 HK$30，可代送到西貢海鮮街酒家代客加工（加工費另計），冰粒免費任用。
        公司名稱：海風漁具船務有限公司，商業登記號碼 71452368-000-09-26-4，地址：西貢海傍廣場地下 12 號舖。
        包船可加購 BBQ 套餐每位 HK$180，包雞翼、豬扒、粟米同汽水，最少 6 位起訂，需出發前兩日落單，素食餐可另外安排。
        以上價目由 2027 年 1 月 1 日起生效，如有更改以本公司網頁 seawind-fishing.com.hk 公佈為準，恕不另行通知。
        查詢熱線 2791 3306（辦公時間 10:00-19:00），電郵 booking@seawind-fishing.com.hk，公眾假期照常營業。
    """),
    ("ms", "soalan_lazim_kolam_pancing"): _lines("""
        S: Berapa harga tiket memancing di kolam udang? J: RM25 untuk 3 jam, RM45 untuk 6 jam. Sewa joran RM5 sebatang, umpan udang hidup dijual di kaunter.
        S: Boleh bawa balik ikan? J: Boleh untuk kolam keli dan tilapia, dikenakan RM12 sekilo. Kolam pertandingan adalah tangkap dan lepas sahaja.
        S: Perlu lesen memancing ke? J: Tidak untuk kolam persendirian kami. Untuk empangan dan sungai, sila semak syarat permit Jabatan Perikanan negeri masing-masing.
        S: Waktu operasi? J: Setiap hari 8 pagi hingga 12 tengah malam. Hari Jumaat tutup 12.15 tengah hari hingga 2.30 petang untuk solat Jumaat.
        S: Macam mana nak tempah slot pertandingan? J: WhatsApp talian rasmi Kolam Pancing Pak Mat Bukit Beruntung di 019-332 7740 atau isi borang di laman Facebook kami.
        S: Ada surau dan tandas? J: Ada, surau dan tandas lelaki serta perempuan terletak di sebelah kantin. Bilik air dibersihkan setiap 2 jam.
        S: Bila hadiah pertandingan dibayar? J: Hadiah tunai diberi di tempat selepas timbang, atau melalui pindahan bank dalam 7 hari bekerja untuk jumlah melebihi RM1,000.
        S: Boleh guna umpan sendiri? J: Boleh, kecuali umpan berbau terlalu kuat yang mengganggu pemancing lain. Dedak, pelet dan roti dibenarkan.
        S: Ada tempat letak kereta? J: Percuma, muat lebih kurang 60 buah kereta. Bas rombongan sila maklumkan awal supaya kami boleh sediakan ruang di tepi jalan masuk.
        S: Kanak-kanak boleh masuk? J: Boleh, kanak-kanak bawah 12 tahun RM10 sahaja dan mesti ditemani ibu bapa. Jaket keselamatan disediakan percuma.
        S: Syarikat berdaftar ke? J: Ya, Kolam Pancing Pak Mat Enterprise, No. SSM 202203145678 (JM0912345-K), Lot 2241, Jalan Besar, 48300 Bukit Beruntung, Selangor.
        S: Ikan apa ada dalam kolam? J: Kolam A udang galah, Kolam B patin dan rohu, Kolam C toman dan haruan untuk pertandingan bulanan.
        S: Kalau hujan lebat macam mana? J: Sesi yang dibatalkan dalam 30 minit pertama boleh dituntut semula dalam tempoh 14 hari dengan menunjukkan resit asal.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Boss cakap today pond 2 tukar air, pls put the CLOSED sign before 10am ya. 顾客问就讲明天开，jangan bagi masuk.
        Stock check: Owner 2500 hook size 12 淨返 3 包, Gamakatsu 8號 also low. Tolong order dari supplier before Friday ok.
        今晚比赛报名已经 46 人，max 50。Kaunter jangan terima walk-in lagi after 48, keep 2 slot for the sponsors.
        Freezer udang hidup temperature naik to 8°C 😱 someone check the compressor, kalau tak the whole batch mati tonight.
        Invoice INV-2027-0193 from Ocean Tackle Supply Sdn Bhd dah sampai, RM3,480.50, payment term 30 days. 我放在抽屉第二格。
        Reminder: 月底 inventory count 31/1 lepas tutup kedai, everyone stay back 1 hour, OT dibayar ikut kadar biasa.
        J&T parcel tracking 630912874551 status show delivered tapi tak sampai kedai. Dah call J&T customer service, they say will trace in 3 days.
        CCTV kat jeti B rosak lagi, 已经 report 给 vendor, ticket no. SR-88412. Technician datang Wednesday pagi around 10.
        Kolam C toman semalam naik 7.2kg, record baru this year! Gambar dah post kat FB page, 记得 tag sponsor Abu Garcia.
        Tomorrow 6am lorry hantar 300kg patin fry, 需要两个人帮忙 unload, siapa free? Breakfast on the house, nasi lemak.
        POS system update to v4.2.1 tonight 11pm, 打烊前 pls settle all bills, jangan ada open tab on the tablet.
        明天 Jabatan Perikanan officer datang inspection 10am, pastikan signboard lesen dan fire extinguisher semua ok.
        Price change mulai 1/2: udang session 3 jam RM28 (naik RM3). Poster baru 已经打印好，放在 counter 后面 drawer.
    """),
    ("en", "booking_system_logs_config"): _lines("""
        2027-03-14T05:42:17+08:00 INFO booking.create id=BK-SG-0093812 vessel=MV_SEA_HUNTER_II slot=2027-03-21 pax=8 status=PENDING_DEPOSIT
        2027-03-14T05:42:19+08:00 INFO payment.webhook provider=stripe event=charge.succeeded amount=480.00 currency=SGD ref=ch_3OqX2vK9aF1mLp0z
        2027-03-14T06:01:05+08:00 WARN weather.check source=NEA station=S24 wind_kt=22 threshold=20 action=flag_trip trip_id=TR-0311
        charter: { home_port: "Sentosa Cove Marina", max_pax: 12, deposit_pct: 30, cancel_hours: 72, fuel_surcharge_sgd: 40 }
        SMTP_FROM=noreply@anglerhub.example.com SMTP_HOST=smtp.example.com SMTP_PORT=587 BOOKING_ADMIN_EMAIL=ops@anglerhub.example.com
        def catch_points(species: str, weight_kg: float) -> int: return int(weight_kg * 100 * SPECIES_MULTIPLIER.get(species, 1.0))
        2027-03-14T22:15:44+08:00 ERROR sms.send gateway=twilio code=21211 msg="Invalid 'To' Phone Number" template=booking_reminder_v3
        CREATE TABLE catch_record (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL, species VARCHAR(40), weight_g INT, caught_at TIMESTAMPTZ);
        sku,brand,model,line_rating_lb,price_sgd,stock_qty,supplier_code,last_restock_at,is_clearance
        GET /api/v2/trips?port=SG-SCM&date=2027-03-21&status=open 200 34ms ua="AnglerHub-iOS/5.8.0 (iPhone; iOS 18.3)"
        release anglerhub-web v3.14.2 (commit 9f2c1e7a4b): fix tide table timezone for Johor Bahru trips; feat PayNow QR on deposit page
        cron: "0 4 * * *" job=tide_sync source=MPA url=https://example.com/tides/sg?days=7 retries=3 timeout=30s
        sha256(catch_photo_20270314_0542.jpg)=3b7e0f91c2d84a56e1f09b27cc4a8e3d7f6a2b15c9e04d83a1b7f2e6d9c0a4b8 size=2.4MB exif_stripped=true
    """),
    ("zh-Hant", "漁具商品上架"): _lines("""
        【現貨】Shimano 22 Stella C3000XG 紡車捲線器，日本製，捲線比 6.4，自重 225g，售價 NT$23,800，貨號 SH-STL-C3000XG。
        Daiwa 月下美人 AIR TW PE Special 8.1R-TW 小型鼓式捲線器，右手版，原廠保固一年，售價 NT$12,500，現貨 3 顆。
        台灣製造 海釣專用 PE 8 股編織線 1.5 號 200m，五色分段每 10 米一色，NT$680，全館滿千免運費，離島地區運費另計。
        黑鯛專用磯釣竿 1.2 號 530 碳纖維，附竿袋，全館第二支 85 折，規格詳見商品頁 SKU TW-ISO-12530。
        路亞假餌「小林丸」米諾 9cm 12g 懸浮型，共 8 色，單顆 NT$320，三顆 NT$900，宅配 2 至 3 天到貨。
        釣蝦新手組：蝦竿 + 捲線器 + 子線 + 蝦餌 3 包 + 小冰桶，只要 NT$1,290，適合各大釣蝦場使用，限量 50 組。
        門市地址：高雄市前鎮區漁港中一路 5 號（前鎮漁港旁），營業時間 07:00-21:00，每週二公休，歡迎現場試竿，門口可臨停 15 分鐘。
        客服專線 (07) 821-5566，LINE 官方帳號 @fishkingtw，公司統一編號 53827164，電子發票隨貨附上。
        活餌冰箱 33L 附打氣機接口，實測保冷 48 小時，顏色：沙漠黃／海軍藍，NT$3,450，可刷卡分 3 期零利率，保固半年。
        訂單編號 TW27031400582 已出貨，黑貓宅急便追蹤號碼 9021 4475 3318，預計 3/16 送達，請留意簽收。
        鉛錘組合包 5 號至 30 號共 60 顆，環保無鉛錫合金，符合漁業署友善釣魚建議，NT$260，團購 10 包再送 1 包。
        姜太公直鉤釣竿紀念款不鏽鋼書籤，文創商品，附《史記·齊太公世家》典故小卡，NT$180，送禮自用兩相宜，父親節檔期限量 200 組。
        本週特價：YAMASHITA 蝦牌木蝦 EGI-OH K 3.5 號，原價 NT$420，特價 NT$350，數量有限售完為止。
    """),
    ("ms", "peraturan_permit_memancing"): _lines("""
        Semua pemancing di Tasik Rekreasi Seri Harapan wajib memiliki permit harian yang sah, dikeluarkan di kaunter pintu masuk utama mulai 7.00 pagi.
        Permit harian RM15 dewasa, RM5 kanak-kanak; permit bulanan RM120. Permit tidak boleh dipindah milik dan mesti ditunjukkan apabila diminta oleh renjer.
        Saiz minimum ikan yang boleh dibawa pulang: toman 40 cm, baung 30 cm, lampam 15 cm. Ikan di bawah saiz wajib dilepaskan semula serta-merta.
        Had bawa pulang ialah maksimum 5 ekor atau 10 kg sehari bagi setiap pemegang permit, mana-mana yang dicapai dahulu.
        Dilarang menggunakan jala, tuba, renjatan elektrik atau bahan letupan. Kesalahan di bawah Akta Perikanan 1985 boleh dikenakan denda dan rampasan peralatan.
        Setiap pemancing dihadkan kepada 3 batang joran pada satu masa. Penggunaan bubu dan taut tidak dibenarkan di kawasan zon rekreasi.
        Bot sewa mesti dikendalikan oleh juragan berlesen. Jaket keselamatan wajib dipakai sepanjang masa di atas bot, termasuk semasa berlabuh.
        Musim larangan menangkap ikan kelah di Zon Pemuliharaan C bermula 1 November hingga 28 Februari setiap tahun bagi memberi peluang pembiakan.
        Aduan dan laporan kesalahan boleh dibuat kepada Pusat Kawalan Tasik di talian 05-890 1122 atau emel aduan@seriharapanlake.com.my, beroperasi 24 jam.
        Pertandingan memancing anjuran pihak luar memerlukan kelulusan bertulis pengurusan sekurang-kurangnya 30 hari sebelum acara dan deposit RM2,000.
        Pemancing hendaklah membawa pulang semua sampah, tali tangsi terpakai dan mata kail. Tong sampah khas disediakan setiap 200 meter sepanjang tebing.
        Kawasan Jeti 1 hingga Jeti 4 ditutup setiap Isnin pertama bulan untuk kerja penyelenggaraan. Notis ini berkuat kuasa mulai 1 Januari 2027.
        Pengurusan berhak membatalkan permit pemancing yang melanggar peraturan tanpa bayaran balik. Peraturan ini diluluskan oleh Lembaga Pengarah pada 12 Disember 2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-SG-0093814 lead angler: Marcus Tan Wei Jie, NRIC S8512347E, mobile 9674 2218, 6 pax on MV Sea Hunter II, deposit S$144 paid via PayNow.
        Please don't sell Kelvin Ong any more live bait on credit, he already owes the shop S$410 since October and keeps dodging our calls.
        Deckhand note: passenger Rachel Lim told me she is 5 months pregnant, keep her in the cabin when the swell picks up past Pulau Tekong.
        Member 0442 Jonathan Seah (FIN G5123476L) is banned for 6 months after he was caught throwing a cast net into Pond 3, police report filed.
        Prize transfer for the Barramundi Challenge winner: S$500 to DBS 029-4-218735, account name Lee Boon Huat, please send the receipt by Friday.
        1187,"Ng Siew Ling","siewling.ng88@gmail.com","+65 9123 7745","Blk 412 Bedok North Ave 2 #08-315, S460412",senior,2019-06-02
        Our regular Ah Seng had a mild stroke last week, his son says he won't be fishing for a while, maybe send a get-well hamper from the shop.
        Lost item claim: Toyota car key, owner drives SLM 4821 K, parked at Lot B near the cafe, contact him at 8832 0145 before we close.
        Photo caption: Darren Koh, 34, with his 6.8kg toman, shot by his wife Michelle while their daughter Chloe holds the landing net.
        Skipper payslip Feb 2027: Raymond Goh, basic S$3,200, trip allowance S$860, CPF employee S$812, net pay S$3,248, credited 28/02.
    """),
    "zh-Hans": _lines("""
        报名表：姓名 王建国，身份证号 440304198605172316，手机 138 2654 9931，所属协会 深圳南山钓友会，参赛组别 个人组。
        老刘上个月夜钓时心脏病发，在医院做了支架手术，他老婆叫我们以后别再约他出去夜钓了。
        陈先生的车 粤B·7K29Q 停在渔场门口挡住了出口，麻烦广播一下让他赶紧挪车。
        张伟明欠渔具店的鱼竿钱 2,680 元，说等年底发了工资再还，已经拖了三个多月了。
        会员档案：黄志强，男，1979年11月23日生，身份证 350203197911234011，住址 厦门市思明区莲前西路 388 号 5 栋 1202 室，紧急联系人 妻子 李秀英 139 5012 7786。
        钓友群公告：群友阿彬因酒驾被拘留十五天，这期比赛由他弟弟代为退赛，报名费已退回他的微信。
        转账记录：收款人 周海涛，工商银行 6222 0212 0300 4567 891，金额 1,500.00 元，备注“三月船费”。
        请联系 15876543210，这是上周在三号塘钓到 18 斤青鱼的那位大哥，他已同意我们用他的照片做广告。
        林太说她老公赌钱输了几十万，现在要卖掉那艘小船还债，问我们渔具店收不收二手电绞轮。
        海南钓友 吴晓雯 身份证 460107199203081522 的实名登记已完成，出海日期 3 月 20 日，乘坐 7 号船。
    """),
    "zh-Hant": _lines("""
        包船客人 陳家豪 先生，HKID K583217(9)，電話 9482 3106，訂咗 3 月 22 日果洲全日團 8 位，訂金 HK$1,536 已收。
        阿強嗰日喺船上暈到嘔，佢話自己有癲癇，而家食緊藥，下次出海要預先同船長講定，仲要安排佢坐近船艙嗰邊。
        何太話佢老公欠咗船主兩萬蚊船租，而家連電話都唔聽，佢哋兩公婆準備離婚，叫我哋唔好再租船畀佢老公。
        會員資料更新：林志明，身分證字號 F128736456，手機 0912-345-678，地址 新北市板橋區文化路二段 182 巷 6 號 3 樓。
        釣蝦場常客小胖上週被抓到偷拿別人的冰桶，監視器畫面已經交給派出所，他媽媽有來店裡道歉。
        請將獎金匯入中國信託帳號 901-540-218836，戶名 黃怡君，台中釣魚大賽個人組季軍 NT$15,000。
        車牌 RN 8842 嗰架七人車次次都泊喺碼頭卸貨區，車主係西貢 Ken 哥，講極都唔聽。
        報名表：張美玲，A225610872，1988/07/14 生，LINE ID meiling0714，緊急聯絡人 母親 0933-287-415。
        九龍城鄭生個 email 係 cheng.kwokwai1975@yahoo.com.hk，佢要我哋 send 埋上次夜釣魷魚嘅收據畀佢報公司數。
        吳先生（E130947253）上個月在基隆外海落水獲救，肺部感染住院兩週，保險理賠案號 CL-2027-0388 處理中。
    """),
    "ms": _lines("""
        Borang pertandingan: Nama Mohd Faizal bin Abdullah, No. KP 850312-14-5527, Tel 012-784 3390, kategori individu, yuran RM60 dibayar tunai.
        Encik Razak dah tiga bulan tak bayar yuran ahli kelab memancing, hutang RM450, katanya gaji dia kena potong sebab kes mahkamah.
        Kak Ros tak dapat datang pertandingan minggu ni, dia baru keluar hospital lepas pembedahan buang rahim.
        Sila pindahkan hadiah RM1,500 ke akaun Maybank 1642 8830 2517 atas nama Nur Aisyah binti Kamarudin, johan kategori wanita.
        Kereta WXY 4821 milik Abang Joe parking depan pintu pagar kolam sejak pagi, tolong call dia di 017-293 5518 suruh alih.
        Pak Din kena tangkap polis semalam sebab memancing di kawasan larangan empangan, bot dia pun kena rampas.
        Alamat penghantaran hadiah: Puan Lee Mei Chin, No. 27, Jalan Mawar 3, Taman Sri Andalas, 41200 Klang, Selangor. Tel 016-552 0873.
        Nombor telefon pemenang kolam udang semalam 011-2765 4410, dia minta hadiah dihantar terus ke rumah.
        Ahli kelab Hafiz (No. ahli KPK-0219) baru bercerai dan minta yuran tahunan dikembalikan sebab nak pindah balik kampung.
        Pemegang permit harian No. KP 920708-01-6643 didapati menggunakan jala di Zon C, permit dibatalkan dan kes dirujuk ke Jabatan Perikanan.
    """),
    "mixed": _lines("""
        Bro, Ah Meng 的 IC 是 880415-10-5231, tolong register dia untuk Sunday 比赛, phone 012-338 9076 ya.
        客人 Mr Lau 说 his wife just had a miscarriage, so cancel the charter on 18/3, 订金 RM500 可以 refund 吗?
        Tengok ni, gambar Jason Wong 钓到那条 8kg toman, tapi dia sebenarnya ada waran tangkap, jangan post dalam FB page.
        Booking form: Chua Li Ping 蔡丽萍, HKID Y402186(8), 電話 6218 4459, charter 3/4 Sai Kung 全日 4 pax, deposit HK$1,200 paid by FPS.
        Uncle Tan 的 bank acc OCBC 601-234567-001, transfer his prize S$300 today ok? Dia dah tanya banyak kali.
        那个 Vincent 欠 shop RM1,200 for the Shimano reel, bagi 两次 cheque bounce, boss says blacklist him.
        Member list row: 0571 | Kumar a/l Subramaniam | 790522-08-5417 | kumar.subra79@hotmail.com | Ipoh | 老会员 since 2015
        Eh pls check CCTV, the guy with plate JQT 3317 偷走 two rods from the rack, saya dah report polis, IO 说 need footage.
        Lim 太 call 来 cancel, sebab husband dia kena diagnose kanser paru-paru stage 3, semua trip bulan depan cancel.
        Send receipt to 黄小姐 at yvonne.huang.tw@gmail.com, 她的 charter deposit NT$3,000 已收, boat leaves 基隆 at 5am.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Sea Hunter Charters at Sentosa Cove Marina. Collect the lead angler's details and confirm trips.",
        ),
        (
            "user",
            "Hi, I want to book a 6-person bottom fishing trip on 21 March. Lead name is Bryan Chong, NRIC T0234581H, mobile 9187 6620.",
        ),
        (
            "assistant",
            "Thanks Bryan. I have pencilled in 6 pax on MV Sea Hunter II for 21 March, 6am departure. A 30% deposit of S$432 confirms the slot. Shall I send the PayNow QR to 9187 6620?",
        ),
        ("user", "Yes please. Also my dad will join, he has a pacemaker, is that ok on the boat?"),
        (
            "assistant",
            "Noted, I will flag the pacemaker for the skipper. The boat has no strong magnets near the seats, but please bring his cardiology card and avoid the electric reel station.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条钓友群的比赛结果公告：冠军 王德发，鱼获 23.6 斤，手机 186 2093 4417，奖金 3000 元明天转到他建设银行卡 6217 0012 3456 7890 123。",
        ),
        (
            "assistant",
            "好的，公告如下：恭喜王德发钓友以 23.6 斤的总鱼获夺得本届冠军，奖金 3000 元将于明天发放。建议不要在群里公布手机号和银行卡号，这些信息只需财务登记。",
        ),
        ("user", "有道理，那手机号和卡号删掉，再加一句亚军李国栋 19.2 斤。"),
        (
            "assistant",
            "修改后：恭喜王德发钓友以 23.6 斤夺冠，李国栋钓友以 19.2 斤获得亚军，奖金明天统一发放，感谢各位参与！",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Kolam Pancing Pak Mat. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf mesej peringatan untuk ahli yang belum bayar hutang: Encik Shahrul bin Ismail, 013-667 2291, hutang sewa joran dan yuran RM380 sejak Disember.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Shahrul. Ini peringatan mesra bahawa baki tertunggak RM380 bagi sewa joran dan yuran sejak Disember masih belum dijelaskan. Mohon selesaikan sebelum 15 haribulan. Terima kasih.",
        ),
        ("user", "Ok bagus. Boleh tambah dia boleh bayar ansuran 2 kali?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini: Encik Shahrul juga boleh membayar secara ansuran dua kali sebanyak RM190 setiap satu, pada 15 dan 30 haribulan.",
        ),
    ],
    [
        (
            "user",
            "我朋友李偉強上星期日喺果洲包船嗰陣跌親，右手手骨折，HKID P915530(2)，住喺將軍澳唐明街 2 號 12 樓 C 室，想幫佢寫封信向船公司索償。",
        ),
        (
            "assistant",
            "可以。信件可以咁寫：本人李偉強（HKID P915530(2)）於 3 月 16 日乘搭貴公司包船期間，因甲板濕滑跌倒導致右手骨折，現附上醫生證明及收據，要求賠償醫療費用。",
        ),
        ("user", "醫藥費總共 HK$18,600，仲請咗六星期病假，要唔要寫埋？"),
        (
            "assistant",
            "要寫埋。建議加上：醫療費用合共 HK$18,600，並因傷需要放取六星期病假，損失收入另計，懇請貴公司於 14 日內回覆。記得附上病假紙副本。",
        ),
    ],
    [
        ("system", "You help a Johor tackle shop clean member spreadsheets. Output CSV only."),
        (
            "user",
            "Clean this pls, 格式乱了: 0612;Tan Kok Wai;801113-01-5573;016-771 2083;Taman Pelangi JB | 0613;Siti Hajar binti Rosli;950214-01-6024;019-455 8732;Skudai",
        ),
        (
            "assistant",
            "member_no,name,ic_no,phone,area | 0612,Tan Kok Wai,801113-01-5573,016-771 2083,Taman Pelangi JB | 0613,Siti Hajar binti Rosli,950214-01-6024,019-455 8732,Skudai",
        ),
    ],
    [
        (
            "system",
            "Customer record: Mrs Priya Nair, 23 Jalan Kembangan, Singapore 419105, mobile 9733 0581, charter BK-SG-0094021, paid S$720 on 02/03/2027.",
        ),
        (
            "user",
            "Hi, my trip on 9 March was cancelled because of the storm. When will I get my refund?",
        ),
        (
            "assistant",
            "Hello Mrs Nair, I can see booking BK-SG-0094021 with S$720 paid on 2 March. Weather cancellations are fully refunded within 7 working days to the original PayNow account.",
        ),
        (
            "user",
            "Can you send it to my husband's account instead? POSB 198-34512-7, name Suresh Nair.",
        ),
        (
            "assistant",
            "For security we can only refund to the original payer. If you still want it sent to Suresh Nair's POSB account, please email a signed request from your registered e-mail and we will process it.",
        ),
    ],
    [
        (
            "user",
            "我們釣蝦場撿到一個皮夾，裡面有身分證 H217384600，名字是陳冠宇，還有一張寫著 0928-615-337 的名片，幫我寫一則 LINE 訊息通知他。",
        ),
        (
            "assistant",
            "陳冠宇先生您好，這裡是釣蝦場櫃台。昨晚在 3 號池邊撿到您的皮夾，內有身分證及名片，請於營業時間攜帶證件影本到櫃台領取，謝謝！",
        ),
        ("user", "要不要加上他身分證號碼讓他確認？"),
        (
            "assistant",
            "不建議在訊息中寫出完整身分證字號。可以請他到場時口述證件上的出生日期來核對，這樣比較安全。",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Azman bin Yusof, ada diabetes type 2 dan kena ambil insulin. Next week saya join charter 2 hari 1 malam kat Pulau Aur, boleh simpan insulin dalam peti ais bot?",
        ),
        (
            "assistant",
            "Boleh, kebanyakan bot charter ada peti sejuk, tapi tanya juragan dulu. Bawa ice pack dan beg penebat sebagai backup, dan beritahu kru tentang diabetes supaya mereka tahu tindakan jika paras gula anda turun.",
        ),
        (
            "user",
            "Ok, boleh tolong tulis nota untuk juragan? Nombor saya 012-905 3384, isteri Normah 013-220 7461 untuk kecemasan.",
        ),
        (
            "assistant",
            "Nota untuk juragan: Penumpang Azman bin Yusof (012-905 3384) menghidap diabetes jenis 2 dan menggunakan insulin. Sila simpan insulin dalam peti sejuk. Kecemasan: isteri, Normah, 013-220 7461.",
        ),
    ],
    [
        ("system", "你是渔具店的记账助手，帮助计算客户分期付款。"),
        (
            "user",
            "客户赵磊买了一套船钓装备 8,400 元，首付 2,000，剩下分 8 期，每月 5 号从他招商银行卡 6225 8802 1133 4456 扣款，帮我算每期多少。",
        ),
        (
            "assistant",
            "剩余 6,400 元分 8 期，每期 800 元，从下月 5 号开始，于招商银行卡 6225 8802 1133 4456 扣款，共扣 8 次，最后一期为第 8 个月的 5 号。",
        ),
        ("user", "他说他最近失业了，想改成 12 期。"),
        (
            "assistant",
            "改为 12 期的话每期约 533.33 元，建议前 11 期各扣 533 元，最后一期扣 537 元。由于赵磊目前失业，也可以考虑先暂停两个月再开始扣款。",
        ),
    ],
    [
        (
            "user",
            "Can you translate this to Chinese for the pond committee? 'On 2 March at Pond 2, member Goh Kian Seng (FIN F2845139M) threatened me with a gaff after I complained his car SKP 736 X was blocking the exit.'",
        ),
        (
            "assistant",
            "3 月 2 日在二号池，会员 Goh Kian Seng（FIN F2845139M）在我投诉他的车 SKP 736 X 挡住出口后，拿鱼钩棍威胁我。",
        ),
        (
            "user",
            "Thanks. Add that my name is Daniel Yeo and I can be reached at daniel.yeo.fish@outlook.com.",
        ),
        (
            "assistant",
            "已加上：投诉人 Daniel Yeo，联络电邮 daniel.yeo.fish@outlook.com。建议同时附上当时的照片或 CCTV 时间，方便委员会处理。",
        ),
    ],
]
