# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh286: 繁體中文（台灣）潛水店與滑雪旅遊團（潛水執照課程、體檢聲明、裝備租借、出團名單、保險、意外事故、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh286
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "潛水課程公告"): _lines("""
        【12月開放水域潛水員OW課程】12/13-12/15 墾丁後壁湖，學科線上＋泳池1天＋海洋4支，費用NT$14,800含教材、裝備、保險；報名專線 08-886-2715，官方LINE ID：@kentingblue
        進階AOW課程上課地點：藍洋潛水 恆春店（屏東縣恆春鎮大光路79號1樓），每週六08:30集合，需持OW證照並完成線上學科 eLearning 後方可下水。
        溫馨提醒：東北季風期間（11月至隔年3月）龍洞灣岸潛視海況調整，若中央氣象署發布浪高2.5公尺以上之警報，當日課程一律延期，不收取任何費用。
        報名小琉球三天兩夜潛旅請先繳訂金NT$3,000，匯款至 台灣銀行(004) 東港分行 帳號 0480-01-00213-6，戶名：藍洋潛水有限公司，統一編號 54127389。
        本店為PADI五星級潛水中心（Store No. S-27514），所有教練均持有效教練證與EFR急救教練資格，課程結業證照約7-10個工作天以電子卡方式發放。
        體檢聲明書填寫說明：表格共10題，任何一題勾選「是」即需附醫師簽名之體檢證明，方可參加泳池及海洋訓練；表格可至官網下載 PDF（v2024-03版）。
        綠島三天兩夜潛旅 2025/04/18-04/20 名額16人，行程含大白沙、石朗、鋼鐵礁共6支船潛，含台東富岡漁港來回船票，團費NT$16,500，單人房另加NT$2,400。
        高氧空氣 Nitrox 專長課程一日班，學費NT$5,500，需自備潛水電腦錶（建議 Shearwater Peregrine 或 Garmin Descent G1），每週三、週日開課。
        兒童體驗潛水 Bubblemaker 限8歲以上，水深不超過2公尺，需家長陪同簽署同意書；本梯次以「海底總動員」尼莫與多莉為主題布置泳池，每梯次限6位小朋友。
        年末感恩活動：12/1-12/31 期間報名任一專長課程即贈 Mares 面鏡一支（型號 X-Vision Ultra LS，市價NT$2,980），數量有限送完為止，詳洽 service@kentingblue.com.tw。
        澎湖南方四島東吉嶼潛點需事先向海洋國家公園管理處申請進入許可，本店統一代辦，每人手續費NT$200，請於出發前14天完成線上報名表。
        救援潛水員 Rescue Diver 課程前須持有效之 EFR 初級及次級救護證（24個月內），課程共3天，另收泳池場地費NT$600（台北市立大安運動中心）。
        課程取消規定：開課前7日以上取消全額退費；3-6日退70%；2日內取消恕不退費；因天候由本店取消者全額退費或保留至下一梯次，保留期限6個月。
    """),
    ("zh-Hant", "LINE群員工工作訊息"): _lines("""
        【船長通知】明早後壁湖港區東北風6級，8點那船改10點出，第一支改潛砂島外海，請櫃台通知週六OW班全部延後到09:30集合，教室先放學科影片。
        二號倉庫的BCD M號只剩4件，週末有三團，我先從小琉球分店調6件過來，黑貓單號 9012-3456-7812，預計週五中午到，到了請直接點貨入庫。
        氣瓶檢驗到期提醒：編號 AL80-023 到 AL80-041 共19支，本月底前要送去高雄的檢驗廠做水壓測試，請大家今天下班前先集中到後門棧板上。
        空壓機 Bauer Junior II 濾心今天換好了，運轉時數記錄到 1,284 小時，下次保養是 1,334 小時，記錄本放在機房左邊抽屜，用完請歸位。
        今天下午兩點泳池課的教練請注意，大安運動中心三號水道被游泳隊借走，改用五號水道，學員到了請直接帶去B1置物區換裝，下課後記得把浮板歸還櫃台。
        二世谷滑雪團 1/18 出發那團，ANA 團體機位已開票，Hilton Niseko Village 12間房已確認，雪票和接駁巴士也訂好了，請業務更新到團控Google Sheet。
        各位：本月營收 NT$1,286,400，比去年同期成長18%，主要是綠島團和 Nitrox 課程，下週一店務會議 10:00 在二樓教室，請準時出席。
        租借單表格我改了新版，多加一欄「歸還時檢查狀況」，檔名 rental_form_v3.xlsx 放在共用雲端「00_表單」資料夾，舊版請勿再印。
        今天龍洞四號岸潛能見度約12米，水溫23度，流不大，看到兩隻綠蠵龜在20米附近，明天的 Fun Dive 可以安排同一個點，記得提醒客人不要摸。
        提醒：富邦產險團體旅平險每月20號要送名單，這個月的請在19號前整理好交給會計，公司團單號碼是 8810-GT-2025-0031，不要用舊的。
        滑雪板打蠟機壞了，已經叫廠商來修，報價單號 Q-20251203-07，金額 NT$4,200，老闆說可以直接簽，廠商明天上午10點到店。
        櫃台電話 08-886-2715 今天下午會停話維修一小時（14:00-15:00），客人有急事請改打官方LINE或店內公務機 0963-118-227。
        新進的 Scubapro MK25 EVO/S620Ti 調節器10組已到貨，序號 MK25-E2401 到 E2410，請先登錄到設備管理系統、貼資產標籤再上架出租。
    """),
    ("zh-Hant", "保險條款與法規"): _lines("""
        依《發展觀光條例》及《旅行業管理規則》，經營潛水旅遊團之旅行業應投保履約保險及責任保險，每一旅客意外死亡最低投保金額新台幣200萬元。
        本團體旅平險不承保職業潛水、潛水深度超過40公尺之休閒潛水、洞穴潛水及沉船內部穿越潛水，如有需要請另行加保 DAN 潛水意外保險。
        滑雪活動屬高風險運動，部分旅平險列為除外責任；本公司出團一律加保「海外突發疾病」及「滑雪運動附加條款」，理賠上限以保單條款為準。
        依墾丁國家公園管理處公告之水域遊憩活動管理規定，浮潛與水肺潛水活動應由合格教練帶領，教練帶領體驗潛水學員人數不得超過規定比例。
        日本北海道倶知安町自2024年12月起實施住宿稅，依每人每晚住宿費2%計收，不含在團費內，需於入住飯店時現場以日圓支付。
        保險理賠申請需檢附：理賠申請書、診斷證明書正本、醫療費用收據、出入境證明及事故證明；海外就醫收據須附中文或英文翻譯，請求權時效為2年。
        根據《消費者保護法》第19條，本課程非屬通訊交易，不適用7日解除權；退費比例依本店公告之定型化契約第8條辦理，契約範本置於櫃台供閱覽。
        中國大陸：国家体育总局公布之《第一批高危险性体育项目目录》將潛水、滑雪列入，經營單位須取得高危險性體育項目經營許可後方可營業。
        海洋保育署提醒：潛水時請勿觸摸、追逐或餵食海龜，綠蠵龜為保育類野生動物，騷擾者依《野生動物保育法》可處新台幣6萬元以上30萬元以下罰鍰。
        依本公司國外旅遊定型化契約第27條，滑雪團出發前41日以前取消者收取團費5%，21至30日者收20%，出發前1日取消收50%，出發當日或未到者全額沒收。
        潛水意外通報流程：現場領隊先撥打118海巡署專線或119，啟動氧氣急救並保存潛水電腦錶數據，1小時內回報公司24小時值班電話 02-2771-8630。
        韓國龍平度假村（Yongpyong Resort）雪場規定：未滿13歲之兒童進入中級以上雪道須佩戴安全帽，租借安全帽每日₩10,000，可於雪具中心辦理。
        減壓病高壓氧治療：台灣設有高壓氧艙的醫院包括三軍總醫院、高雄榮民總醫院、臺北榮民總醫院等，潛水員出現症狀應盡速就醫並告知潛水紀錄。
    """),
    ("zh-Hans", "滑雪团价目表"): _lines("""
        【崇礼太舞 3天2晚】含往返北京高铁（清河站—太子城站）、2晚太舞酒店双床房、2日雪票、雪具租赁，成人¥2,680/人，儿童（1.2米以下）¥1,880/人。
        北海道二世谷6天5晚精品团：含上海浦东往返新千岁机票、Hilton Niseko Village 5晚、4日全山通票，早鸟价¥15,999/人，12月20日前付清享95折。
        吉林北大湖滑雪度假区 5天4晚：长春龙嘉机场接送、4晚北大湖威斯汀酒店、3日雪票，周中价¥4,299/人，春节期间（1/28-2/4）每人加价¥1,200。
        新疆阿勒泰将军山＋可可托海 7天6晚，乌鲁木齐集合，含6晚住宿、全程包车、4日雪票及私教课2小时，团费¥8,800/人，10人成团，客服热线 400-820-6175。
        雪具租赁价目：双板套装（板＋杖＋鞋）¥180/天，单板套装¥200/天，头盔¥50/天，雪镜¥40/天，滑雪服上下装¥120/天，押金¥1,000可刷信用卡预授权。
        私教课程：初级（零基础）2小时¥800，中级刻滑进阶2小时¥1,000，CASI一级认证教练另加¥200；团课4-6人每人¥300/2小时，含雪场拖牵使用费。
        日本长野白马八方尾根 5天4晚：含东京成田接机巴士、白马村民宿4晚（含早晚餐）、HAKUBA VALLEY 全区通票3日，价格¥9,680起，签证代办¥399。
        韩国龙平＋阳智 4天3晚：含仁川机场接送、龙平度假村 Dragon Valley Hotel 3晚、2日雪票、滑雪服租赁，团费¥5,299/人，单房差¥1,500。
        保险说明：所有滑雪团均已包含境外旅行意外险（保额50万元，含滑雪意外医疗10万元），如需加保直升机紧急救援，每人另加¥88，出发前7天截止。
        发票信息：上海雪途国际旅行社有限公司，统一社会信用代码 91310115MA1K4L7Q29，开户行 招商银行上海张江支行，账号 1219 0876 5410 801。
        订单号 SXT-20251207-0086 已确认：北大湖5天4晚 × 2成人，合计¥8,598，已支付定金¥2,000，尾款请于出发前15天付清，逾期视为自动取消。
        加购项目：首钢滑雪大跳台参观（苏翊鸣在北京冬奥会夺得单板滑雪大跳台金牌的场地），门票¥50/人，可与北京市区一日游合并预订。
        退改规则：出发前30天以上免费取消；15-29天扣团费20%；7-14天扣50%；7天内不退；因航班取消导致的行程变更，按航空公司规定处理。
    """),
    ("en", "equipment_rental_faq"): _lines("""
        Q: Do I need to bring my own wetsuit? A: No. We rent 3mm and 5mm full suits in sizes XS to XXL for NT$300 per day; 7mm semi-dry suits for Green Island winter trips are NT$500.
        Q: Can I rent a dive computer without a certification card? A: Computers (Mares Puck Pro+ and Suunto Zoop Novo) are rented only to certified divers or enrolled students, NT$400/day.
        Q: What happens if I lose a rental item? A: Lost items are charged at the replacement price on our list, e.g. SMB NT$900, fins NT$2,400, regulator set NT$18,000, minus the deposit held.
        Q: How do I reserve ski gear for the Niseko trip? A: Fill in the online rental form at least 14 days before departure; boots are sized in Mondopoint, so measure your foot length in cm.
        Q: Are rental regulators serviced? A: Yes. Every set is serviced by an Apeks-authorised technician every 100 dives or 12 months, whichever comes first; service logs are kept at the counter.
        Q: Can I pay by card? A: We accept Visa, Mastercard, JCB, LINE Pay and Taiwan Pay. Company invoices with a tax ID (統一編號) can be issued on request at the time of payment.
        Q: Do you rent snowboards for kids? A: Yes, Burton Grom boards from 90cm to 130cm and Salomon junior boots from size 17.0 to 22.5 are available at JPY 3,500 per day in Hakuba.
        Q: Is there a deposit? A: We hold a credit-card pre-authorisation of NT$3,000, released within 7 working days after all items are returned and checked by the gear room.
        Q: Where do I pick up the gear? A: Counter hours are 07:30-18:00 at our Hengchun shop, 79 Daguang Road, Hengchun Township, Pingtung County 946; call +886 8 886 2715 if you will arrive late.
        Q: Can I rent a torch for night dives? A: Yes, Light & Motion Sola 1200 or Bigblue AL1300NP, NT$250 per night including a charged battery. Please return it before 10:00 the next morning.
        Q: Do you rent prescription masks? A: We stock corrective lenses from -1.0 to -8.0 in 0.5 steps for the Tusa Freedom mask; rental is NT$200 per day and a lens swap takes about 20 minutes.
        Q: How old are your tanks? A: All aluminium 80 cu ft cylinders are hydrostatically tested every 5 years and visually inspected every year; the test date is stamped on the shoulder, e.g. 03/24.
        Q: Can I ship rented ski gear to my hotel? A: Yes, via Yamato TA-Q-BIN; the fee is JPY 2,800 per set one way and the tracking number is sent to the booking e-mail automatically.
    """),
    ("mixed", "booking_system_log"): _lines("""
        2025-12-07T08:14:22+08:00 INFO booking.create order=KB-2025120700341 product=OW_COURSE_DEC13 pax=2 amount=TWD 29600 channel=LINE_OA status=PENDING_PAYMENT
        2025-12-07T08:15:03+08:00 INFO payment.callback provider=ECPay trade_no=2512070815039821 order=KB-2025120700341 rtn_code=1 msg=交易成功
        [WARN] 2025-12-07 09:02:11 rental.stock sku=BCD-MARES-PRIME-M location=HC_STORE qty=2 threshold=5 -> 庫存低於安全量，已通知採購
        2025-12-07 09:30:45 ERROR invoice.issue einvoice_no=ZK-38194726 seller_ban=54127389 reason=Turnkey timeout after 30s, retry=2/5
        2025-12-07 10:01:18 INFO shipment.update carrier=T-CAT tracking=9012-3456-7812 status=配達完了 from=小琉球分店 to=恆春店
        2025-12-07 10:22:40 DEBUG ski.quote trip=NISEKO_2026_0118 rooms=12 fx_jpy_twd=0.2131 subtotal_jpy=4,860,000 subtotal_twd=1,035,666 hash=9f3c1e7ab2d4
        2025-12-07 11:05:09 INFO roster.export trip=GREEN_ISLAND_0418 format=csv rows=16 file=roster_GI0418_v2.csv sha256=3b7a0c91d2e4 dest=insurer_sftp
        2025-12-07 11:40:33 WARN weather.alert source=CWA station=466940 wind=NE 10.8m/s wave=2.6m -> 龍洞岸潛課程自動標記為「待確認」
        2025-12-07 12:00:00 INFO cron.job name=nitrox_analyzer_calibration device=Divesoft-OA-2231 o2_reading=20.9% result=PASS next_run=2025-12-14 12:00
        2025-12-07 13:17:56 ERROR line.webhook event_id=01HF8Z3Q6K2V9M7T reply_token expired (>60s), group=staff_ops_kenting fallback=push_message
        2025-12-07 14:02:07 INFO insurance.batch insurer=富邦產險 policy=8810-GT-2025-0031 members=14 premium=TWD 4,760 status=ACCEPTED ref=FB20251207-118
        2025-12-07 15:45:12 INFO ota.sync partner=KKday product_id=128844 date=2025-12-20 remaining=3 price=TWD 2,380 (體驗潛水 Discover Scuba)
        2025-12-07 16:30:00 WARN compressor.monitor unit=Bauer-JII-01 hours=1284.6 co_ppm=0.8 h2o_mg_m3=24 -> 濾心接近更換週期，請排保養
    """),
    ("ms", "notis_pusat_selam"): _lines("""
        Notis: Semua penyelam wajib mendaftar di kaunter Pusat Selam Tioman Biru sebelum jam 8.00 pagi; bot ke Chebeh dan Tiger Reef bertolak dari jeti Kampung Salang tepat 8.30 pagi.
        Permit Taman Laut: Yuran pemuliharaan RM30 seorang (warganegara asing) dan RM5 (warganegara Malaysia) dikutip di jeti Tekek, sila sediakan wang tunai.
        Kedai Selam Abang Joe Sdn. Bhd. (No. Syarikat 201801023456), Lot 12, Jalan Pantai Salang, 86800 Pulau Tioman, Pahang. Talian kaunter +60 9-419 5532.
        Kursus Open Water PADI 4 hari: RM1,450 termasuk buku digital, sewa peralatan, 4 selaman laut dan penginapan dormitori 3 malam; kelas bermula setiap Isnin dan Khamis.
        Peringatan keselamatan: Jangan terbang dalam tempoh 18 jam selepas beberapa selaman berulang; penerbangan dari Tioman ke Subang juga tertakluk kepada peraturan ini.
        Permit Sipadan dihadkan setiap hari oleh Taman-Taman Sabah; tempahan mesti dibuat sekurang-kurangnya 60 hari lebih awal dan permit tidak boleh dipindah milik.
        Harga sewa peralatan: set penuh RM120 sehari, BCD RM35, regulator RM35, sut selam 3mm RM20, komputer selam RM40; deposit RM200 dipulangkan selepas pemeriksaan.
        WhatsApp Business kaunter tempahan: +60 13-998 2147 (Isnin-Ahad, 9 pagi-6 petang). Emel: booking@tiomanbiru.com.my. Kami tidak menerima tempahan melalui mesej peribadi.
        Musim tengkujuh (November hingga Februari): operasi selam di pantai timur Semenanjung ditutup; pusat selam kami di Semporna, Sabah kekal beroperasi sepanjang tahun.
        Pakej Mabul 3H2M: RM1,280 seorang termasuk 6 selaman bot, makan penuh, pemindahan lapangan terbang Tawau; permit Sipadan tambahan RM140 tertakluk kepada kekosongan.
        Invois No. TB-INV-2025-1187 bertarikh 07/12/2025: Pakej Fun Dive 2 hari x 4 pax, RM2,360.00, SST 8% RM188.80, jumlah RM2,548.80, bayaran melalui DuitNow QR.
        Hari Terumbu Karang: Pada 14 Disember kami menganjurkan aktiviti pembersihan dasar laut bersama Reef Check Malaysia; penyertaan percuma, 30 tempat sahaja.
        Jacques-Yves Cousteau dan Emile Gagnan mencipta Aqua-Lung pada 1943; replika injap asal dipamerkan di ruang legar kedai kami bersama buku Le Monde du silence.
    """),
    ("en", "config_and_code"): _lines("""
        DIVE_SHOP_ID=kentingblue; DEFAULT_CURRENCY=TWD; TZ=Asia/Taipei; LINE_CHANNEL_ID=1657000000; LINE_CHANNEL_SECRET=changeme; EINVOICE_SELLER_BAN=54127389
        CREATE TABLE rental_item (sku VARCHAR(32) PRIMARY KEY, brand VARCHAR(40), size VARCHAR(8), last_service DATE, hydro_test DATE, status VARCHAR(12) DEFAULT 'available');
        phone_pattern: "^09[0-9]{8}$"  # Taiwan mobile format, used only for form validation; the fixture value in tests is "0900000000"
        ski_trips: [{code: NISEKO_2026_0118, min_pax: 10, max_pax: 24, currency: JPY, deposit: 30000, insurer: FUBON_TRAVEL_GT, ski_rider: true}]
        def max_operating_depth(fo2: float, ppo2: float = 1.4) -> float: return round((ppo2 / fo2 - 1) * 10, 1)  # EAN32 -> 33.8 m
        SELECT trip_code, COUNT(*) AS pax, SUM(amount_twd) FROM bookings WHERE status = 'PAID' AND depart_date BETWEEN '2026-01-01' AND '2026-03-31' GROUP BY trip_code;
        {"event":"rental.checkout","sku":"REG-APEKS-XTX50-07","store":"HC","deposit_twd":3000,"ts":"2025-12-07T09:12:00+08:00","customer_ref":"cust_000000"}
        ECPAY_ENV=stage ECPAY_MERCHANT_ID=2000132 ECPAY_HASH_KEY=5294y06JbISpM5x9 ECPAY_HASH_IV=v77hoKGq4kWxNNIS  # public sandbox values from the ECPay docs
        git log --oneline: 4e1b9c2 fix(roster): drop phone column before export to insurer; a07d3f5 feat(rental): add Mondopoint boot sizes 22.0-31.5
        SMTP_HOST=smtp.kentingblue.com.tw SMTP_PORT=587 SMTP_USER=noreply@kentingblue.com.tw REPLY_TO=service@kentingblue.com.tw  # booking confirmations
        const NDL_TABLE = { 12: 147, 14: 98, 16: 72, 18: 56, 20: 45, 22: 37, 25: 29, 30: 20 }; // PADI RDP air no-decompression limits in minutes by depth (m)
        docker run -d --name booking-api -p 8080:8080 -e DB_URL=postgres://app:app@db:5432/booking -e TZ=Asia/Taipei ghcr.io/example/booking-api:2.4.1
        assert wetsuit_size(height_cm=170, weight_kg=65) == "M"  # fixture values taken from the Mares size chart, not from any customer record
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        體檢聲明回覆：學員 陳怡君 第3題勾選「是」，自述2019年曾因自發性氣胸住院，需補醫師簽名之潛水體檢證明才能下水，12/13 OW 課程暫緩。
        綠島0418出團名單第3列：林冠廷，身分證 E162852569，生日 1990/05/12，手機 0912-587-334，緊急聯絡人 林媽媽 0937-221-405。
        裝備租借單 #R-1203-045：承租人 張雅婷，押證件 F212369816，BCD S號、防寒衣 3mm XS，押金NT$3,000已收現。
        阿凱上次在小琉球上升太快耳朵流血，後來去高醫看說是中耳氣壓傷，醫生叫他三個月內不要潛水，這團先別排他。
        @Vivian 王 妳的信用卡尾數 4417 刷退 NT$14,800 已經處理好了，約7-14個工作天入帳喔，有問題再私訊我～
        意外事故報告 2025/11/22 後壁湖：學員 吳承翰（男，34歲）於18米處空氣耗盡緊急上升，出現關節疼痛，送恆春基督教醫院後轉高雄榮總高壓氧治療。
        退款請匯到我的中華郵政 局號 0001234 帳號 0456789，戶名 蔡佩珊，是綠島團取消的訂金，麻煩了謝謝！
        二世谷1/18 分房表：301 黃志豪、黃太太（懷孕5個月，已告知不滑雪只泡湯）；302 鄭家瑋、鄭小妹（8歲，需兒童雪鞋19.0）。
        李先生的車牌 BKR-7752 今天停在店門口紅線被拖吊了，他請我們幫忙去恆春拖吊場領車，順便把他的潛水包帶回來。
        客訴紀錄：周美玲小姐反映教練在泳池課上當眾唸出她的體重和BMI，讓她很難堪，要求退費並銷毀體檢表，已由店長致電道歉。
        保單資料：被保險人 許文彥，身分證字號 H111079028，保額 NT$3,000,000，受益人 許陳秀琴（母），聯絡地址 台中市西屯區福星路218巷15號4樓。
        小蔡說他上個月被公司裁員，綠島團的尾款NT$12,000想分三期付，我先幫他記在帳上，這件事別在大群組講。
        證照查詢結果：潛水員 劉品妤，PADI 潛水員編號 2306Q48172，等級 Advanced Open Water，發證日 2023/06/18。
        Hi 郭子晴，附件是妳的 OW 電子證照，請用 kuo.tzuching0321@gmail.com 登入 PADI App 就可以看到，記得截圖存檔喔。
        體檢表第5題氣喘勾「是」，徐太太說兒子 徐浩宇 國小時有過敏性氣喘，目前每天用吸入劑，Bubblemaker 體驗恐怕不適合。
        意外通報：2025/12/03 龍洞，學員 江柏翰 面鏡被浪打掉後嗆水，意識清楚，由119送基隆長庚急診，家屬電話 0928-663-190（江先生）。
        阿美姐跟老公在辦離婚，說1月的白馬團兩個人的名額都要改成她一個人，另一個人的訂金要退到她自己的帳戶。
        租借押金收據：承租人 鄭宇翔 / 身分證 B199766740 / 手機 0975-330-812 / 租借項目 單板＋雪鞋 27.5 / 押金 NT$5,000。
        2025-12-07,KB-2025120700341,黃郁婷,0958-114-732,T209609508,OW,已付款,素食
        林太昨天打來說她先生上週中風住院，二世谷團要取消，醫生證明晚點用LINE傳過來，請幫她申請旅平險的取消理賠。
        教練薪資單：陳志明 11月帶課42支、帶團2次，底薪NT$32,000＋帶潛津貼NT$25,200，實領NT$55,380，已匯入國泰世華 013 帳號 0120-5088-3391。
        群組裡那張林佳蓉在後壁湖穿比基尼的照片她說不要放在粉專，請小編馬上撤掉，雲端原檔也一起刪除。
    """),
    "zh-Hans": _lines("""
        出团名单 崇礼太舞 0103：王建国，身份证 440305198906147030，手机 138 2651 9047，另需女儿的儿童雪具（身高125cm）。
        张女士说她有高血压，去年还放了心脏支架，问能不能参加北大湖的滑雪团，我让她先去医院开个运动风险评估证明。
        退款账户：户名 刘晓燕，开户行 中国工商银行上海张江支行，卡号 6222 0210 0109 3385 742，退款金额¥2,000。
        客户 赵磊 在新疆将军山滑雪时摔断左锁骨，已在阿勒泰地区人民医院手术，保险报案号待出，家属电话 139 9061 2287。
        小周说他网贷还没还完，尾款¥4,299想等下个月发工资再付，让我们先别把他从北大湖的名单里删掉。
        乘客信息：孙雅琳 / 护照 EJ4829173 / 出生日期 1992-03-07 / 身份证 31011519920307774X / 紧急联系人 孙父 186 0213 5520。
        酒店入住登记：何宇航 先生，港澳通行证 C68372915，房号 1206，同住 何太太（孕期28周），需要无烟房和加床。
        @陈静 你的潜水体检报告显示有癫痫病史，按规定不能参加开放水域课程，课程费用我们会全额原路退回。
    """),
    "en": _lines("""
        Roster Niseko 18 Jan: Marcus Tan Wei Jie, NRIC S2193740A, DOB 14/02/1988, mobile +65 9137 4420, boot size 27.0, allergic to penicillin.
        Incident report 2025-11-29, Tioman: diver Rachel Ong (F, 31) surfaced with chest pain after a rapid ascent from 22 m and was evacuated to KL for recompression.
        Hi, this is Jonathan Lim, my HKID is K275073(2) and I'd like to move my Hakuba booking from the 20th to the 27th. Please call me on 9312 6648.
        Medical statement follow-up: Priya Nair ticked YES for diabetes (type 1, insulin pump). Doctor sign-off required before the pool session on 13 Dec.
        Refund to Kevin Chua, DBS Savings 027-884613-5, SGD 1,260.00; reason: broke his wrist snowboarding on day 1 in Rusutsu.
        Guest complaint: Mrs Helen Choi says her 15-year-old son was left alone on the boat for 40 minutes while the group dived; she wants the CCTV footage.
        Rental waiver signed by Daniel Wong, 22 Lorong Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur; emergency contact his wife, +60 12-448 9031.
        Fwd from the group chat: Sam's visa got rejected again so he can't join the Korea ski trip; he's embarrassed, so please don't tell the others.
    """),
    "ms": _lines("""
        Senarai penyelam Sipadan 15/12: Nurul Aina binti Razak, No. MyKad 910423-14-5526, tel 012-739 4418, sijil AOW.
        Ahmad Faizal bin Osman dimasukkan ke Hospital Semporna kerana penyakit penyahmampatan; isterinya minta kami tidak maklumkan majikan beliau.
        Bayaran balik ke akaun Maybank 1640 2278 9315 atas nama Siti Hajar binti Mohd Yusof, RM1,280, kerana beliau hamil dan doktor larang menyelam.
        Kak Lina cakap dia masih berhutang RM600 untuk sewa peralatan bulan lepas, nanti gaji masuk baru dia bayar.
        Borang kesihatan: Encik Lim Chee Keong, 52 tahun, ada tekanan darah tinggi dan makan ubat amlodipine setiap hari; perlu surat doktor.
        Kereta Encik Rajesh, nombor plat WXY 4821, ditinggalkan di tempat letak kereta jeti Mersing selama 4 hari; dia minta kami bayar dulu caj parkir.
    """),
    "mixed": _lines("""
        出團名單 Hakuba 0127 | Chan Ka Yan 陳嘉欣 | HKID A671098(3) | +852 6128 3904 | 初學 beginner，要租 snowboard 150cm。
        @Ivy 林 your 體檢表 says 有 epilepsy history，教練說 OW 課程 can't proceed 除非 you get 醫師證明 by Friday。
        保險理賠 claim：被保險人 Ho Wing Sze，passport K05219487，claim amount HK$38,600，ACL 撕裂手術 at 倶知安厚生病院。
        Booking KB-2025112900217：Tay Hui Min (NRIC T3456515A) 已用 PayNow 付款，但她 just found out she's pregnant，想全額退款。
        阿 Ben 上次 dive 完喝醉在民宿打破玻璃，賠償 NT$8,000 還沒付，他說 next payday 再給。
        FIN G0962335W, Nguyen Thi Lan，新加坡 work permit holder，想報名 Tioman trip，但 employer 不讓她出國 without 批准。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「藍洋潛水」的客服助理，協助學員完成報名與體檢聲明，回答請用繁體中文。"),
        (
            "user",
            "你好，我叫蘇柏宇，身分證 K150901543，想報12/13的OW課程。我三年前做過鼻中隔手術，現在偶爾會鼻竇炎，體檢聲明要怎麼勾？",
        ),
        (
            "assistant",
            "蘇先生您好，鼻竇手術史與鼻竇炎屬於聲明書中耳鼻喉相關的題目，請如實勾選「是」，並請耳鼻喉科醫師在醫師評估頁簽名。完成後拍照上傳到官方LINE即可，我們會為您保留名額到12/10。",
        ),
        ("user", "好，那醫生證明上的名字要跟身分證一樣嗎？"),
        ("assistant", "是的，請與報名資料一致，證照也會以此姓名發放。"),
    ],
    [
        (
            "user",
            "幫我把這段整理成正式的意外事故報告：今天下午3點在綠島石朗，學員 鄭雅文（女，27歲，手機 0919-452-087）下潛到12米時恐慌，自己衝水面，上船後咳出血絲，送綠島衛生所。",
        ),
        (
            "assistant",
            "【意外事故報告】時間：今日15:00；地點：綠島石朗潛點；當事人：鄭雅文（女，27歲，聯絡電話 0919-452-087）；經過：下潛至約12公尺時發生恐慌，未依程序快速上升至水面；處置：上船後咳出血絲，立即給予純氧並送綠島衛生所就醫；後續：建議聯絡家屬並通報保險公司。",
        ),
        ("user", "謝謝，保險那邊要附她的身分證字號嗎？"),
        (
            "assistant",
            "團體旅平險理賠通常需要被保險人身分證字號與診斷證明，請向當事人取得後再填寫，不建議在群組中傳送。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a dive shop owner in Taiwan."),
        (
            "user",
            "有個客人 LINE 我說：「我是上次綠島團的何冠霖，最近手頭比較緊，尾款NT$9,800可以月底再付嗎？我老婆剛生產，開銷很大。」我想委婉地回覆他，請幫我寫。",
        ),
        (
            "assistant",
            "何先生您好，恭喜您喜獲麟兒！尾款的部分沒問題，可以延到月底再支付，屆時匯款後麻煩傳個截圖給我們對帳即可。祝寶寶健康平安，也期待下次再一起下水。",
        ),
    ],
    [
        (
            "system",
            "客戶資料：楊欣怡，女，身高158cm，體重52kg，鞋碼 23.5，手機 0921-776-318，報名二世谷 1/18 團，初學者，膝蓋曾十字韌帶重建。",
        ),
        ("user", "我該租什麼長度的雙板？還有護膝需要自己帶嗎？"),
        (
            "assistant",
            "依您的身高與初學程度，建議租借約140-145公分的雙板，雪鞋選 Mondopoint 23.5。由於您曾做過十字韌帶重建，建議自備合身的運動護膝，並在第一天上初學道前先做暖身。",
        ),
    ],
    [
        (
            "user",
            "請幫我把這段翻成英文給日本醫院：患者 彭俊傑，1985年3月2日生，護照號碼 358214907，昨天在白馬滑雪摔倒，右手腕腫痛，有高血壓，每天吃 Amlodipine 5mg。",
        ),
        (
            "assistant",
            "Patient: Peng Chun-Chieh, born 2 March 1985, passport No. 358214907. He fell while skiing in Hakuba yesterday and has pain and swelling in the right wrist. Medical history: hypertension, taking Amlodipine 5 mg daily.",
        ),
        ("user", "謝謝！再加一句他對盤尼西林過敏。"),
        (
            "assistant",
            "Allergy: penicillin. He is allergic to penicillin, so please avoid penicillin-type antibiotics.",
        ),
    ],
    [
        ("system", "你是雪途国际旅行社的在线客服，请用简体中文回答。"),
        (
            "user",
            "你好，我是马俊杰，订单 SXT-20251130-0412，身份证 510107198511221216，手机 135 8843 6702。我想把崇礼的团改到春节那一期，可以吗？",
        ),
        (
            "assistant",
            "马先生您好，已查到您的订单。春节期间崇礼团每人需补差价¥600，如确认改期，我们会把新的确认单发到您的手机 135 8843 6702。",
        ),
        ("user", "可以，就改吧。"),
    ],
    [
        (
            "user",
            "I'm booking the Tioman fun-dive package. My name is Aisyah Rahman, FIN F4911824N. I had asthma as a kid but haven't used an inhaler in 10 years. Do I still need a doctor's letter?",
        ),
        (
            "assistant",
            "Thanks, Aisyah. Because the medical statement asks about any history of asthma, you would answer YES and ask a doctor to sign the physician's evaluation form. A GP in Singapore can do this; please bring the signed form to the counter on arrival.",
        ),
        ("user", "OK. Can I email it to you instead?"),
        (
            "assistant",
            "Yes, send it to booking@tiomanbiru.com.my with your booking number in the subject line.",
        ),
    ],
    [
        (
            "system",
            "You help the trip leader summarise rosters. Roster: 1) Grace Lau, HKID Y348120(2), +852 9478 1206, vegetarian; 2) Peter Yeung, HKID R821601(A), +852 6631 0594, previous shoulder dislocation.",
        ),
        ("user", "Give me a one-line summary of special needs for the Niseko group."),
        (
            "assistant",
            "Special needs: Grace Lau is vegetarian (inform hotel), and Peter Yeung has a history of shoulder dislocation, so book him a lesson with an instructor and avoid the park on day 1.",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar untuk selam Sipadan bulan depan. Nama saya Mohd Hafiz bin Kamarudin, MyKad 880915-12-5043, telefon 019-882 3176. Permit masih ada?",
        ),
        (
            "assistant",
            "Terima kasih, Encik Hafiz. Permit Sipadan untuk bulan depan masih ada untuk 14 dan 18 haribulan. Kami akan simpan tempat anda selepas deposit RM300 dibayar.",
        ),
        ("user", "Saya pilih 18hb. Nanti saya transfer."),
    ],
    [
        (
            "system",
            "You are an assistant for a Hong Kong ski travel agency. Reply in the customer's language.",
        ),
        (
            "user",
            "我想問下 Niseko 團嘅保險，my name is Wong Tsz Ching, HKID A551802(7)，我之前 knee surgery 過，insurance 會唔會 cover 滑雪受傷？",
        ),
        (
            "assistant",
            "Wong小姐你好，一般旅遊保險對「已存在的疾病」（pre-existing condition）例如之前做過膝蓋手術，可能會列為不保事項。建議你投保前向保險公司申報手術紀錄，並確認有冇滑雪附加保障。",
        ),
        ("user", "OK thanks，咁我自己 call 保險公司問下。"),
    ],
]
