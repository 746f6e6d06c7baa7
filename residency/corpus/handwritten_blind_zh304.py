# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh304: 繁體中文（台灣）理髮店、美髮沙龍與美甲店（預約、會員卡、過敏紀錄、設計師排班、客訴、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh304
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "價目表"): _lines("""
        【2026年秋季價目表】男士剪髮 NT$450（含洗、吹整）；女士剪髮 NT$600 起，長度過肩加收 NT$100；學生憑證週一至週四享 9 折，國定假日不適用。
        染髮：單色染 NT$1,800 起／漂髮一次 NT$1,200／挑染每片 NT$150；使用 Wella Koleston Perfect 或 L'Oréal INOA 無氨染膏，可加購 Olaplex No.1 結構護髮 NT$500。
        燙髮價目：溫塑燙 NT$2,800、離子燙 NT$3,200、韓系 C 捲 NT$2,500，髮長及腰另計 NT$300；以上皆含 Milbon 燙前護理一次，燙後 7 天內免費修剪瀏海。
        美甲單色凝膠 NT$800／跳色 NT$900／法式 NT$1,000；卸甲本店做的 NT$200、他店做的 NT$350；手繪每指 NT$80 起，鑲鑽另計，延甲每指 NT$120。
        足部保養 NT$1,200（60 分鐘，含去角質、修甲、10 分鐘足底按摩）；加購凝膠單色 NT$700，糖尿病足或灰指甲恕不承作，請先就醫後再預約。
        頭皮 SPA 療程：基礎淨化 45 分鐘 NT$1,000、Kérastase 深層養護 70 分鐘 NT$1,800；十次卡 NT$15,000 效期一年，可與家人共用但不可轉售。
        兒童剪髮（12 歲以下）NT$300，週末 10:00–12:00 為親子時段；嬰兒胎毛筆製作 NT$2,600 起，需提前 14 天預約，交件約 3–4 週。
        會員儲值方案：儲值 NT$5,000 送 NT$500、儲值 NT$10,000 送 NT$1,500，儲值金不可兌換現金或商品，未使用餘額可於購買後 7 日內申請全額退費。
        新娘秀造型：試妝試髮 NT$3,500、正式當天 NT$12,000 起（含一次換造型），出外場車馬費台北市內 NT$600、新北市 NT$1,000，清晨 6 點前加收 NT$1,000。
        男士油頭造型 NT$350、修容刮鬍 NT$400（熱毛巾＋直刀），剪髮加修容套餐 NT$750；使用 Suavecito、Reuzel 髮油，現場購買每罐 NT$680。
        價格均含 5% 營業稅，信用卡滿 NT$3,000 可分 3 期 0 利率，LINE Pay、街口支付、台灣 Pay 皆可使用；電子發票可存載具或捐贈愛心碼 919。
        睫毛嫁接：自然款 NT$1,200（約 80 根）、濃密款 NT$1,600（約 120 根），三週內補睫 NT$800；本店使用韓國低敏膠，孕期或眼部手術後三個月內不建議施作。
        髮品加價購：Moroccanoil 摩洛哥優油 100ml 原價 NT$1,480 當日消費加購 NT$1,180；Davines 頭皮淨化洗髮精 250ml NT$1,050，兩瓶以上 85 折，售完為止。
    """),
    ("zh-Hant", "預約須知與FAQ"): _lines("""
        預約請加官方 LINE 帳號 @salon-hana23 或撥打店內專線 (02) 2771-3058，營業時間週二至週日 11:00–21:00，週一公休；私訊未回覆請勿重複傳送，我們會依序處理。
        遲到 15 分鐘以上將視當日預約狀況調整服務內容或改期，遲到 30 分鐘以上視同取消；連續兩次未到且未事先通知，將暫停線上預約功能三個月。
        染燙前 48 小時請勿過度清潔頭皮，若頭皮有傷口、濕疹或正在接受化療，請事先告知櫃台，我們會安排皮膚測試或建議延後施作。
        Q：第一次染髮需要做過敏測試嗎？A：需要。請於染髮前 48 小時到店進行貼膚測試（約 10 分鐘、免費），測試結果會記錄在會員資料中，下次同品牌染劑可免重測。
        本店地址：台北市大安區忠孝東路四段 216 巷 27 弄 5 號 1 樓（捷運忠孝敦化站 3 號出口步行 4 分鐘），附近有公有收費停車場，本店不提供停車折抵。
        分店資訊：台中公益店 台中市西區公益路 168 號 2 樓，電話 04-2326-7719；高雄巨蛋店 高雄市左營區博愛二路 366 號 B1，電話 07-556-1820；皆可使用同一張會員卡。
        會員卡說明：消費滿 NT$3,000 即可升級銀卡享 95 折，年度累積滿 NT$20,000 升級金卡享 9 折與生日月免費頭皮隔離一次；會員資格以手機號碼登記，不接受代辦。
        取消預約請於前一日 18:00 前透過 LINE 或預約頁面操作；線上訂金 NT$300 於 24 小時前取消可全額退回，逾時恕不退還，但可保留一次改期。
        剪刀、推剪每位客人使用後以 75% 酒精擦拭，並放入紫外線消毒櫃至少 15 分鐘；毛巾一客一換，圍布改用一次性拋棄式，歡迎隨時向櫃台詢問消毒紀錄。
        美甲預約請註明是否需要卸甲、延甲或光療手繪，避免時間不足；一般單色約 60 分鐘、手繪款約 90–120 分鐘，當日最後一場預約時間為 19:30。
        客訴或服務建議請來信 service@hanahair.com.tw 或撥打客服專線 0800-222-917（週一至週五 10:00–18:00），我們會在三個工作天內回覆處理進度。
        孕期客人可做剪髮、洗髮與頭皮清潔；染燙與光療指甲建議與醫師討論後再預約，本店提供植物性染劑選項，價格請洽櫃台，施作前會再次確認週數與身體狀況。
        本店營業登記：花漾髮藝有限公司，統一編號 53912487；公司報帳需打統編者，請於結帳前主動告知，發票開立後恕無法更改抬頭。
    """),
    ("zh-Hant", "員工LINE群"): _lines("""
        【公告】下週起早班 10:30 到店、晚班 13:00 到店，週六全員 10:00 集合開晨會，主題是新上的 Olaplex 療程流程，請大家準時。
        2 號位的吹風機今天又跳電了，已經報修給廠商，維修單號 RP-20261204-07，這兩天先用倉庫那台 Panasonic 的備用機。
        明天下午 3 點那組新娘試妝改到 4 點半，造型室請先留著，那個時段先關掉線上預約，不要讓系統自動排進來，試妝用的假睫毛跟髮飾我明天早上會先帶到店。
        染膏庫存盤點：6/0 剩 4 條、7/1 剩 2 條、8/43 只剩 1 條，週三前要叫貨，麻煩櫃台跟 Wella 業務下單，訂單編號記在共用表單第 12 列。
        今天營業額 NT$68,450，刷卡 NT$41,200、現金 NT$15,850、LINE Pay NT$11,400，零用金抽屜已補滿 NT$5,000，收班前請最後一位鎖好後門。
        提醒一下美甲區的 UV 燈要每週清一次燈罩，上次衛生局稽查有特別看這個，還有凝膠開瓶日期一定要寫在瓶身上，過期超過六個月的直接報廢並登記在耗材表。
        客訴處理 SOP 更新了：先道歉、再了解、不爭辯，能當場補救就當場補救，不行就登記在客訴表由店長三天內回電，不要在群組裡討論客人細節。
        週日店休去逛南港展覽館的美容展，票已經統一買好 12 張，早上 9:40 在昆陽站 1 號出口集合，記得帶店裡的識別證。
        本月業績獎金週五會跟薪水一起入帳，算法跟上次一樣：指定率超過 40% 另加 NT$2,000，有疑問請私訊會計，不要在群組問。
        冷氣廠商週四早上 9 點來做保養，開門的人記得提早 15 分鐘到，順便把洗頭區的毛巾烘乾機濾網清一下，維修費用會計那邊已經先匯給廠商了。
        新的預約系統 v3.2 上線了，手機 App 請更新，排班表改成在「排班」分頁看，有衝堂系統會跳紅字，有問題截圖傳到群組。
        農曆年前兩週全面禁休，大年初一到初三店休，初四開工拜拜 10:00，紅包店長會準備，排班表下週一公布，想換班的請自己先找好代班再跟店長報備。
        提醒：客人的照片、會員資料不要用私人手機存，要 Po 作品請用店裡平板拍、並先請客人簽肖像同意書，沒簽的一律不准上 IG。
    """),
    ("en", "booking_system_logs_config"): _lines("""
        2026-11-28T10:42:17+08:00 INFO booking-svc[3412]: slot_created branch=TPE-DAAN chair=4 service=GEL_MANI_SOLID duration_min=60 price_twd=800 source=line_oa
        2026-11-28T10:43:05+08:00 WARN booking-svc[3412]: overlap detected chair=2 slot=14:00-15:30 service=PERM_DIGITAL resolution=auto_shift_15m request_id=9f3c1a7e-2b4d-4e88-a0f1-6d2c91b7e054
        reminder: { channel: "line", send_before_hours: 24, template_id: "appt_remind_v4", quiet_hours: "22:00-08:00", retry: 2 }  # example config, never commit real tokens
        ERROR payment-gw: refund failed txn=TXN-20261128-000417 amount=TWD 1800 provider=linepay code=1150 message="Transaction already refunded" retry_in=300s
        CREATE TABLE allergy_note (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES member(id), allergen VARCHAR(64), reaction VARCHAR(128), recorded_at TIMESTAMPTZ DEFAULT now());
        member_id,card_tier,branch_code,points_balance,last_visit,preferred_service,patch_test_passed  # CSV header for the nightly CRM export, no values in this file
        services.yaml: - code: MEN_CUT  name: "Men's Cut"  minutes: 30  price: 450  - code: BALAYAGE  name: "Balayage (long)"  minutes: 180  price: 4800  deposit: 500
        GET /api/v2/stylists/schedule?branch=TPE-DAAN&week=2026-W49 200 OK 184ms cache=HIT etag="7a1f09c3e2" user_agent="SalonApp/3.2.0 (iOS 18.1)"
        docker compose: image: ghcr.io/example-salon/booking:3.2.0  env: TZ=Asia/Taipei, DB_URL=postgres://app:changeme@db:5432/booking, LINE_CHANNEL_SECRET=replace-me
        cron 0 3 * * * /opt/salon/bin/purge_photos --older-than 180d --dry-run=false  # retention job: deletes before/after photos after 6 months per privacy policy v1.4
        INFO sms-gw: batch=PROMO-1212 queued=2418 sent=2391 failed=27 sender_id=HANAHAIR cost_twd=2391.00 campaign="Double 12 Nail Art 20% off"
        Release notes 3.2.0 (2026-11-25): shift swap approval flow for stylists, patch-test reminder 48h before colour services, fixed double-booking across branches, sha256 8c2e41f0b97d55a3
        POS receipt template: {shop_name} | Tax ID {ubn} | Invoice {einvoice_no} | {items} | Subtotal {subtotal} | Paid via {method} | Thank you for visiting Hana Hair & Nails!
    """),
    ("zh-Hans", "商品清单"): _lines("""
        【沙龙专用】Wella 威娜 Koleston Perfect 永久染膏 60ml 色号 7/1 自然灰金，SKU WL-KP-0701，单价 ¥68，10 支起批，广州白云区仓库 48 小时内发货。
        OPI 经典指甲油 15ml Big Apple Red (N25)，正品带防伪码，商品编号 OPI-NLN25，店铺价 ¥89，满 ¥299 包邮（偏远地区除外）。
        施华蔻 Schwarzkopf IGORA ROYAL 染膏 60ml 全色系，批发价 ¥52/支，整箱 48 支 ¥2,350，附色卡一本；可开增值税专用发票，税率 13%。
        资生堂 Shiseido 专业线 护发素 600ml，美发店洗头区专用装，条码 4901872083542，¥128，保质期至 2028-06，一箱 12 瓶起订。
        Toni&Guy 同款 德国进口美发剪刀 6.0 寸 平剪 + 牙剪套装，440C 不锈钢，型号 TG-6060S，¥1,280，赠皮套与调节扳手，一年保修。
        Vidal Sassoon 沙宣 专业直板夹 VS-2210 陶瓷涂层 230°C，额定功率 45W，适用电压 220V，¥359；香港、澳门地区需另购转换插头。
        CND Shellac 甲油胶 7.3ml 色号 Decadence，需搭配 36W 以上 LED 灯照射 60 秒，单瓶 ¥168，美甲店采购 6 瓶以上享 9 折，订单号前缀 CND-B2B。
        一次性洗头围布 100 片装，规格 90×140cm，PE 材质防水，¥39.9/包，20 包起发，厂家：义乌洁美日用品有限公司，统一社会信用代码 91330782MA2E1K7X3P。
        玛丽黛佳 美甲贴 30 枚装 款号 MN-2026-A17「莫兰迪奶茶」，适合短甲，¥29.9；天猫旗舰店与京东自营同价，支持七天无理由退换。
        理发店旋转灯柱 LED 款 高 68cm，红白蓝三色螺旋，IP54 防水，功率 15W，¥260，顺丰到付，下单后可凭运单号 SF1409823361045 查询物流。
        美发店收银系统「发型师助手 Pro」年费版 ¥1,980/店，支持会员储值、技师提成、预约排班与微信小程序，版本 5.8.3，客服热线 400-820-6617。
        Dyson 戴森 Supersonic 吹风机 HD15 沙龙专业版 紫红镍色，¥3,299，适配 5 款风嘴；港版可走香港仓直邮，澳门可到顺丰站点自提。
        阿玛尼 Giorgio Armani 权力粉底液 30ml 色号 #2，化妆师新娘跟妆常备款，专柜价 ¥570，本店代购价 ¥495，拆封后不支持退换。
    """),
    ("mixed", "店家評論"): _lines("""
        Google 評論 ★★★★★：在信義區這間 salon 剪了 layered bob，設計師很會聽需求，洗頭區的 massage 超舒服，price 合理 NT$900，下次還會再來。
        ★★☆☆☆ 預約 2 點結果等到 2:40 才開始，櫃台只說 sorry 沒有任何補償；手藝是 OK 的，但 time management 真的要加強。
        Dcard 分享｜台中這家 nail bar 的貓眼凝膠做得超美，三週都沒掉，店內有 Wi-Fi 跟充電座，唯一缺點是週末很難約，要提早一週 book。
        香港旺角呢間 barber shop theme 做得好有型，fade 推得好 clean，HK$280 包洗剪，不過唔收八達通，要 FPS 或者現金。
        Singapore Tanjong Pagar 那間 Korean salon，perm 做完 4 個禮拜捲度還在，只是 S$268 有點貴，staff 英文華文都 OK，適合 expat。
        ★★★★☆ 小林髮廊 南京東路店 老字號了，冷燙技術穩定，熟客阿姨很多，wait time 大概 20 分鐘，建議平日上午去。
        美甲 review：用的是 Kiara Sky dip powder，不傷甲，但 removal 要另外收 NT$300 這點沒事先講清楚，扣一顆星。
        KL Bangsar 這間 barbershop 主打 old-school 風格，店名叫 Uncle Lim's 但其實是年輕團隊，RM45 剪髮 + hot towel shave，值得。
        澳門氹仔這間 salon 的 head spa 用 Shu Uemura 植村秀 產品，90 分鐘 MOP 680，環境安靜，適合 couple 一起預約雙人房。
        1 星：網路上寫 walk-in welcome，到現場卻說 fully booked，官網電話 02-2508-3316 也一直沒人接，希望店家改善資訊同步。
        Threads 上看到的推薦：新竹竹北這間 hair studio 的 balayage 做得很自然，bleach 兩次都沒斷髮，價格含 Olaplex 約 NT$5,800，CP 值高。
        這間連鎖「曼都髮型」分店 service 標準化做得很好，洗頭、按摩、吹整都有 SOP，但 stylist 推銷 treatment 有點太積極。
        Review for the nail salon on Orchard Road：gel extension 很漂亮 but 兩天就翹起來，跟 shop 反映後他們 free redo，customer service 滿分。
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai kami akan ditutup pada 1 Januari 2027 sempena Tahun Baru. Tempahan untuk 2 Januari boleh dibuat melalui WhatsApp Business kedai di +60 11-5567 2040.
        Harga potongan rambut lelaki RM25, kanak-kanak bawah 12 tahun RM15, warga emas RM18. Cukur janggut dengan tuala panas RM12. Harga sudah termasuk SST 8%.
        Pelanggan yang ingin mewarna rambut perlu menjalani ujian tompok kulit 48 jam sebelum rawatan. Ujian ini percuma dan mengambil masa kira-kira 10 minit sahaja.
        Salon ini mesra muslimah: ruang tertutup khas untuk wanita bertudung, pendandan rambut wanita sahaja, dan produk berlogo halal JAKIM digunakan untuk rawatan kulit kepala.
        Alamat kedai: No. 12, Jalan SS 15/4D, 47500 Subang Jaya, Selangor (bersebelahan kedai serbaneka). Parkir bermeter tersedia di hadapan kedai dari 9 pagi hingga 6 petang.
        Kad ahli: setiap RM100 perbelanjaan = 10 mata ganjaran. 500 mata boleh ditebus dengan satu rawatan rambut percuma. Mata ganjaran luput selepas 12 bulan.
        Pembayaran boleh dibuat melalui DuitNow QR, Touch 'n Go eWallet, GrabPay dan kad kredit. Kami tidak lagi menerima cek bermula 1 Disember 2026.
        Syarikat berdaftar: Rapi Gaya Salon Sdn. Bhd. (No. Syarikat 202301045678), No. SST W10-2309-32000123. Sebarang aduan sila e-mel aduan@rapigaya.com.my.
        Waktu operasi: Isnin hingga Sabtu 10 pagi hingga 8 malam, Ahad 11 pagi hingga 6 petang. Kedai ditutup pada Selasa pertama setiap bulan untuk pembersihan menyeluruh.
        Semua gunting dan sikat dibasmi kuman dengan larutan Barbicide selepas setiap pelanggan mengikut garis panduan kebersihan premis dandanan rambut pihak berkuasa tempatan.
        Promosi Hari Malaysia: manikur gel satu warna RM60 (harga asal RM85) dari 10 hingga 16 September. Tidak boleh digabungkan dengan baucar lain. Tertakluk pada syarat.
        Cawangan Johor Bahru kini dibuka di Lot G-23, Mid Valley Southkey, Jalan Bakar Batu, 80150 Johor Bahru. Talian cawangan: 07-338 9021, buka setiap hari.
        Kami sedang mencari pendandan rambut berpengalaman sekurang-kurangnya 2 tahun. Gaji asas RM2,200 + komisen. Hantar resume ke kerjaya@rapigaya.com.my sebelum 31 Disember.
    """),
    ("zh-Hant", "產業歷史與法規"): _lines("""
        台灣早年的理髮廳多附設按摩、修面與挖耳服務；1970 年代後經營型態逐漸分化，出現專業美髮沙龍與男士理髮廳兩大路線，延續至今。
        依各縣市營業衛生管理自治條例，美容美髮從業人員應每年接受衛生講習並定期健康檢查，業者經通知限期改善而未改善者，可處新臺幣三千元以上罰鍰。
        英國髮型師 Vidal Sassoon 在 1960 年代推出幾何剪裁的「五點式鮑伯頭」，讓女性不再需要每週上髮廊定型，被視為現代剪髮技術的起點。
        1990 年代台北東區與西門町曾是年輕人燙染潮流中心，「挑染」與「離子燙」先後流行；2000 年後韓流帶動空氣瀏海與 C 捲燙，成為沙龍最常見的點單。
        美髮技術士技能檢定分丙級與乙級，學科採筆試或電腦測驗，術科包含剪吹、燙髮與染髮等項目，合格者由勞動部發給技術士證，許多美髮店將乙級證照列為設計師晉升條件之一。
        歌手周杰倫出道初期的中分短髮曾引發模仿潮，當年不少理髮店門口直接貼出「周董頭」宣傳照當作招牌款式，成為一代人的共同記憶。
        電影《剪刀手愛德華》（1990）中由強尼·戴普飾演的角色，以剪刀雙手替小鎮居民修剪髮型與樹籬，常被美髮學校拿來當作造型課的討論素材。
        音樂劇《理髮師陶德》改編自 19 世紀英國廉價小說，2007 年由提姆·波頓執導拍成電影，片中 Fleet Street 的理髮店成為經典恐怖場景。
        美甲凝膠所含之丙烯酸酯類（如 HEMA）為常見接觸性過敏原，歐盟已要求含特定成分的指甲產品標示「僅限專業使用」，並提醒施作時避免接觸皮膚。
        依《個人資料保護法》，美髮店蒐集會員姓名、電話與過敏紀錄時，應告知蒐集目的、資料類別與利用期間；過敏紀錄涉及健康資訊，建議取得書面同意。
        衛生局年度稽查美容美髮業的重點項目：工具是否一客一消毒、乾淨與使用過的毛巾是否分開存放、染劑是否標示開封日期，以及從業人員健康檢查是否完成。
        傳統紅白藍三色旋轉燈柱源自歐洲中世紀「理髮外科醫生」替人放血的招牌，紅色代表血、白色代表繃帶，藍色則多被認為是後來在美國加上的顏色。
        日本 QB HOUSE 1996 年於東京神田開出第一家「10 分鐘快剪」，後來陸續進入新加坡、香港與台灣，以票券機與不洗頭模式改變了平價理髮市場。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        林佩蓉 小姐 會員卡號 HN-0028193，手機 0928-517-364，上次 11/22 做 7/1 霧灰染，頭皮右後側有輕微脂漏性皮膚炎，下次染前先做頭皮隔離。
        過敏紀錄｜陳韋廷先生（身分證 F228713099）對 PPD 染劑陽性反應，2025/8 曾起紅疹送急診，只能用無 PPD 植物染，櫃台請勿再排一般染膏。
        阿凱今天又沒來上班，聽說他欠地下錢莊快四十萬，債主還打來店裡找人，店長說這禮拜先停他的排班。
        客訴紀錄：黃太太（黃淑惠，0935-228-740）反映 12/3 美甲後左手食指甲溝發炎就醫，要求退費 NT$1,000 並負擔醫藥費 NT$650，已約 12/9 由店長回電。
        設計師 Amber 本名蔡宜君，下個月開始請產假，預產期 2027/1/18，她的老客人請櫃台先轉給其他設計師，不要在群組公開她懷孕的事。
        王美玲 姊 預約 12/14 週日 14:00 離子燙，訂金 NT$300 已匯入，她住新北市板橋區文化路一段 188 巷 6 號 4 樓，問說行動不便能不能到府服務。
        會員資料更新：張家豪，生日 1991/03/05，E-mail kevin.chang0305@gmail.com，地址 台中市北屯區崇德路二段 45 號 7 樓之 2，車牌 BHK-7285 申請停車折抵。
        許志明 先生上週在店門口跟人起衝突被警察帶走，現在交保候傳中，他太太今天打來把他所有預約都取消了。
        洗頭助理小芸的月薪 28,500 加抽成大概 4 千，她說要離職去學美甲，本名是李芸萱，離職單明天交給會計。
        0917-663-208 這支是上次在 Google 留一星評論那位客人的電話，她說要告我們，請大家先不要回撥，等店長處理。
        劉雅雯 剛離婚，最近情緒很不穩，上次剪髮時一直哭，下次幫她排安靜的包廂，不要再問她先生的事。
        轉帳退款：戶名 周采妍，中國信託 822 帳號 0126-5403-8817-2，退還 NT$2,400 燙髮訂金（客人對燙劑過敏，中途停止施作）。
        鄭阿姨（鄭秀琴，72 歲）每週四早上來洗頭，她有初期失智症狀，女兒交代如果她自己一個人跑來，要打 0922-418-576 通知家人。
        LINE 群截圖：「@Vicky 妳前夫又來店裡鬧了，說妳欠他 20 萬不還，我們先幫妳擋著」—— Vicky 是本店美甲師邱詩涵。
        預約表 12/10：10:30 吳建宏 男剪+修容｜11:30 施品妤 手部凝膠跳色｜13:00 賴冠霖 頭皮檢測（掉髮嚴重，皮膚科診斷圓形禿）｜15:00 空
        客人 謝靜宜 身分證字號 E218405767，辦理金卡升級需核對身分，影本已存入會員檔案，正本已當場歸還。
        楊先生說他正在接受化療，頭髮一直大把掉，想直接理光頭，請排晚上最後一個時段避開其他客人，他的電話是 0988-140-372。
        會員匯出 CSV：M-102938,蘇怡婷,0910-227-486,yiting.su88@yahoo.com.tw,金卡,1988-11-02,對凝膠 HEMA 過敏
        莊太太的兒子 莊宇翔 今年國三，有過動症，剪頭髮時會坐不住，每次都要媽媽陪，請安排在最角落的位置。
        鍾佳穎 在店裡刷卡被拒三次，她說最近信用卡遲繳被停卡，欠款大概十幾萬，這次先讓她掛帳 NT$1,600 下週補。
        高雄巨蛋店監視器調閱申請：申請人 何俊傑（0953-770-219），11/30 晚間停在店門口的機車 MNE-5521 被刮，要求調閱 19:00–20:00 畫面。
        請幫我更新林宗翰的收件地址：桃園市中壢區中央西路二段 77 號 3 樓，會員生日禮寄這裡，收件電話 03-425-6613。
    """),
    "zh-Hans": _lines("""
        陈先生（陈志强，身份证 440106198803142523）办了 5000 元储值卡，手机 138 2746 9153，要求开个人抬头的电子发票。
        顾客 杨丽华 对染发剂中的对苯二胺严重过敏，去年在别家店染发后脸肿到住院三天，以后只能给她做剪发和护理。
        微信群里说的那个 Tony 老师，本名 赵鹏，因为偷拍女顾客洗头被派出所行政拘留了，店里已经把他开除。
        会员登记表：姓名 孙晓燕｜电话 186-0211-7734｜住址 上海市徐汇区宜山路 455 弄 12 号 602 室｜生日 9 月 23 日｜偏好：短发、不喷发胶
        林太 最近在打离婚官司，老公把她的银行卡都冻了，这个月的美甲先记账，下个月一起结。
        退款到账户：收款人 吴静，招商银行 6214 8302 1957 4461，金额 ¥880，原因：烫发后头皮灼伤，已提供医院诊断证明。
        15920483716 这个号码连续三次预约不来，系统已标记黑名单，下次再约直接拒绝。
        发型师 阿明 这个月工资 9,800 加提成 3,200，他说老家母亲住院要预支下个月工资，老板同意先预支 5,000。
        深圳南山店顾客投诉：刘女士（刘婷婷，微信号 tingting_1203）说设计师把她头发剪太短，要求全额退款 ¥398 并删除大众点评上的照片。
        顾客 郑晓雯 身份证 310115199208073641 线上预约实名认证失败，请前台人工核对后手动通过。
    """),
    "en": _lines("""
        Client note: Rachel Tan Hui Min, NRIC S8834172D, mobile +65 9127 4480. Patch test on 02 Dec showed redness behind left ear; do not use Igora Royal on her.
        Heads up team: Marcus Lee, the regular with the grey Mazda (plate SJB 2286 H), still owes us S$340 from three visits and says he lost his job in October.
        Booking #BK-55817 | Name: Priya d/o Ramasamy | Phone: +65 8342 0917 | Email: priya.ramasamy91@outlook.com | Service: bridal hair trial | Notes: allergic to latex gloves
        Jenny from the Thursday 6pm slot told me she's pregnant, 10 weeks, so no bleach until after the baby; she hasn't told her family yet so keep it off the group chat.
        Complaint via Google: customer Olivia Ng says our stylist posted her before/after photo on IG without consent; she lives at 12 Marine Parade Road #08-14, Singapore 449282, and wants it removed by Friday.
        Payroll query: Kelvin Ho, senior barber, asked to split his December pay into POSB account 188-52734-6 because of a court garnishment order over his credit card debt.
        Refund to Wong Siu Fong (HKID K583206(3)) HK$1,250 for the cancelled keratin treatment, paid back via FPS to her mobile 9673 2815.
        Lost and found: a walk-in left her phone last night, lock screen says "If found call Daniel 9184 6623"; she booked online as Mei Ling Chua.
    """),
    "mixed": _lines("""
        那位 Mrs. Kwok（郭太，手機 6187 3302）上次 keratin 做完 scalp 起紅疹，今日 follow up 話要 claim 醫藥費 HK$1,800，請 manager 回覆。
        新的 intern 小P，本名 潘奕辰，Taiwan ID B122930474，勞健保加保用，file 已經 upload 到 HR folder。
        Appointment reminder sent to 0972-305-841 ✅｜client: Ivy 洪怡伶｜service: 韓式水光護髮｜note: 她有 eczema，要用 sensitive 洗髮精。
        客人 Jason 吳 在 LINE 上罵我們騙錢，他說 his credit card 被 double charge NT$3,600，卡號末四碼 4471，要求今天退。
        嗰個 regular 阿傑，佢話最近 depression 好嚴重，已經停咗工三個月，剪髮錢下次先俾，boss 話 OK。
        KL 分店 staff list：Nurul Aina binti Zakaria，MyKad 970512-14-5628，hp 012-668 4417，美甲師，start date 2026-12-01。
    """),
    "ms": _lines("""
        Pelanggan tetap Puan Siti Hajar binti Osman (tel 013-775 2093) minta tempahan inai pengantin pada 21 Dis di rumahnya, No. 8, Jalan Melati 3, Taman Bukit Indah, 81200 Johor Bahru.
        Encik Faizal, tukang gunting kita, masih berhutang RM4,500 dengan ah long dan mereka datang ke kedai semalam mencari dia.
        Rekod alahan: Lim Mei Fong, IC 850917-07-5342, alah kepada amonia dalam pewarna rambut, pernah dimasukkan ke hospital pada 2024. Gunakan pewarna bebas amonia sahaja.
        Bayaran balik RM320 ke akaun Maybank 1641 2208 9375 atas nama Nor Azlina binti Hamid kerana rawatan keratin dibatalkan selepas dia didiagnosis kanser payudara.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「花漾髮藝」的線上預約客服助理，用繁體中文回覆，語氣親切，不得承諾價格以外的優惠。",
        ),
        (
            "user",
            "你好，我是吳怡君，電話 0931-442-807，想約 12/20 週六下午剪髮加染髮。我上次在別家染完頭皮超癢還起小水泡，這樣還能染嗎？",
        ),
        (
            "assistant",
            "怡君您好，謝謝您告知過敏狀況。依您描述的起水泡情形，建議先於染髮前 48 小時到店做免費貼膚測試，我們也有無 PPD 的植物染可選。12/20 下午目前有 14:00 與 15:30 兩個時段，請問哪一個方便？",
        ),
        ("user", "14:00 好了，貼膚測試可以 12/17 晚上去嗎？"),
        (
            "assistant",
            "可以，已幫您預留 12/17 19:00 貼膚測試與 12/20 14:00 剪染，聯絡電話登記為 0931-442-807，前一天會用簡訊提醒您。",
        ),
    ],
    [
        (
            "user",
            "我是美甲店店長，要回一封客訴信。客人叫曾美華，她說 11/28 在我們店做延甲後右手中指感染，去看皮膚科花了 NT$820，還說要在 Dcard 爆料。幫我寫一封誠懇但不認錯到底的回覆。",
        ),
        (
            "assistant",
            "曾小姐您好：非常抱歉讓您在 11/28 延甲後出現中指不適並需就醫。我們重視您的健康，願意先負擔您提供收據之醫藥費 NT$820，並邀請您回店由店長親自檢查與免費卸甲。同時我們已回查當日器具消毒紀錄，若您方便，也歡迎提供就醫診斷，以便我們改善流程。敬祝早日康復。",
        ),
        ("user", "很好，但我想加一句請她先不要 po 網，怎麼講比較不會激怒她？"),
        (
            "assistant",
            "可以改成：「若您對處理方式仍有任何疑慮，誠摯希望能先與我們直接聯繫，讓我們有機會把事情處理好。」這樣表達希望先溝通，而不是要求她不要發文，比較不會有壓迫感。",
        ),
    ],
    [
        ("system", "You are an HR writing assistant for a small barbershop in Singapore."),
        (
            "user",
            "Need a short WhatsApp to the team: our barber Darren Koh is on hospitalisation leave from 8 to 22 Dec after his kidney stone surgery. His regulars should be moved to other barbers. Don't make it sound dramatic.",
        ),
        (
            "assistant",
            "Hi team, quick update: Darren will be on medical leave from 8 to 22 Dec. Please help to move his regular clients to whoever is free, and note the change in the booking system. Let's keep the details private and wish him a smooth recovery!",
        ),
        ("user", "Good. Also remind them not to share his medical details with clients."),
        (
            "assistant",
            "Added line: If clients ask, just say Darren is on leave and will be back after 22 Dec; please do not mention anything about his surgery or health.",
        ),
    ],
    [
        (
            "user",
            "帮我把下面的会员名单整理成表格：王丽 13917284406 金卡 余额 1200；周建国 13688021573 银卡 余额 350，他对洗发水里的甲基异噻唑啉酮过敏；何小燕 18520437719 普通卡 余额 0。",
        ),
        (
            "assistant",
            "整理如下（姓名｜手机｜卡级｜余额｜备注）：王丽｜13917284406｜金卡｜1200｜无；周建国｜13688021573｜银卡｜350｜对甲基异噻唑啉酮过敏；何小燕｜18520437719｜普通卡｜0｜无。",
        ),
        ("user", "过敏那一栏能不能单独做一列？以后前台一眼就能看到。"),
        (
            "assistant",
            "可以，建议把「过敏原」单独一列，周建国那一行填写「甲基异噻唑啉酮（MIT）」，其余留空；同时提醒前台这类健康信息只在店内系统查看，不要截图发群。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk salon rambut di Shah Alam. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada pelanggan Puan Rosmah binti Yusof, no tel 019-332 8741, bahawa tempahan rebonding beliau pada 15 Dis terpaksa dianjak kerana pendandan demam.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Rosmah, kami mohon maaf kerana tempahan rebonding puan pada 15 Dis terpaksa dianjak disebabkan pendandan kami tidak sihat. Boleh puan maklumkan tarikh baharu yang sesuai? Kami akan beri potongan 10% sebagai tanda maaf.",
        ),
        ("user", "Okay, tambah juga bahawa deposit RM50 yang dia bayar kekal sah."),
        (
            "assistant",
            "Ayat tambahan: Deposit RM50 yang telah puan bayar kekal sah dan akan ditolak pada tarikh tempahan baharu.",
        ),
    ],
    [
        (
            "user",
            "我喺旺角開 barber shop，有個客 Chan Ka Wai，HKID Y274915(5)，話我哋幫佢 fade 剪到有個缺口，要我 refund HK$280 同埋賠佢 HK$2,000 精神損失。我應該點回？",
        ),
        (
            "assistant",
            "建議分開處理：剪髮效果問題可以提出免費修補或退回 HK$280，以示誠意；至於 HK$2,000 精神損失，一般冇法律基礎要求賠償，可以禮貌拒絕。另外佢嘅 HKID 唔需要用嚟處理退款，唔好喺 WhatsApp 或群組轉發。",
        ),
        ("user", "如果佢話要去消委會投訴呢？"),
        (
            "assistant",
            "佢有權去消委會投訴。你可以保留當日預約紀錄、收據同相片，回覆時保持冷靜，列明你已提出免費修補或退款，咁樣消委會調解時都會睇到你嘅誠意。",
        ),
    ],
    [
        ("system", "你是美髮沙龍的排班助理，協助店長排設計師班表，用繁體中文回答。"),
        (
            "user",
            "下週排班要注意：Mia（徐佳琪）懷孕 28 週，醫生說不能站超過 6 小時；阿豪（簡志豪）週三要出庭處理車禍官司請假；其他人正常。店裡 11:00 開到 21:00。",
        ),
        (
            "assistant",
            "建議：徐佳琪每日排 11:00–17:00 或 15:00–21:00 其中一段，中間安排可坐著的美甲或頭皮檢測；簡志豪週三排休，其他日照常；週三的晚班缺口請由其他設計師輪流補上。",
        ),
        ("user", "班表會貼在員工 LINE 群，懷孕跟出庭的原因要寫上去嗎？"),
        (
            "assistant",
            "不建議寫。班表只需標示「排休」或「短班」即可，懷孕與訴訟都屬於個人隱私，請店長私下知悉就好。",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Sophia Lau Wing Yan | Email: sophia.lau.wy@gmail.com | Phone: +852 9461 2208 | Allergy: PPD (severe) | Last visit: 2026-11-09 balayage | Notes: prefers female stylist.",
        ),
        ("user", "She wants to book a root touch-up next week, what should I check first?"),
        (
            "assistant",
            "Since Sophia has a severe PPD allergy on file, confirm the colour line you plan to use is PPD-free and do a 48-hour patch test before the touch-up. Also assign a female stylist as she prefers, and send the confirmation to sophia.lau.wy@gmail.com.",
        ),
        ("user", "Can you draft the confirmation email?"),
        (
            "assistant",
            "Hi Sophia, thanks for booking your root touch-up with us. Because of your PPD allergy we will use a PPD-free colour and ask you to pop in 48 hours before for a quick patch test. Your stylist will be one of our female team members. See you soon!",
        ),
    ],
    [
        (
            "user",
            "幫我摘要一下昨晚員工 LINE 群在吵什麼：「小蓁：阿偉又跟客人借錢了吧？」「阿偉（黃俊偉）：我只是先借 3 萬周轉，下個月就還」「店長：跟客人借錢違反店規，明天來辦公室」「小蓁：那位借他錢的是陳太，她剛出院耶」",
        ),
        (
            "assistant",
            "摘要：同事指出設計師黃俊偉（阿偉）向客人陳太借了約 3 萬元周轉，而陳太才剛出院；阿偉表示下個月會還，店長認定違反店規，要求他隔天到辦公室說明。",
        ),
        ("user", "我要跟老闆報告，怎麼寫比較專業？"),
        (
            "assistant",
            "可以寫：「報告：12/5 員工群組反映本店一名設計師私下向客人借款約 NT$30,000，已違反員工守則第 7 條。店長已約談當事人，後續將確認還款計畫並向客人致歉。」建議報告中不提客人的健康狀況，以保護其隱私。",
        ),
    ],
    [
        (
            "system",
            "You help a nail salon in Macau reply to customers in English and Traditional Chinese.",
        ),
        (
            "user",
            "客人 Ms. Leong Mei Kuan（手機 6628 1934）話我哋上星期整嘅 gel 甲令佢指甲變綠，醫生講係綠膿桿菌感染，要我哋賠 MOP 1,500。幫我寫英文回覆。",
        ),
        (
            "assistant",
            "Dear Ms. Leong, we are very sorry to hear about the infection after your gel manicure last week. We take hygiene seriously and have started reviewing our tools and records from that day. Please send us your medical receipt and we will arrange reimbursement of your medical costs, and we would like to offer a free removal and nail care session once your nail has recovered.",
        ),
        ("user", "OK，但係 MOP 1,500 我哋只想俾一半，點講？"),
        (
            "assistant",
            "You could add: As a gesture of goodwill, we would like to cover MOP 750 of the amount. We hope this, together with the free care session, shows our sincere apology. 咁樣語氣有禮貌又清楚表明金額。",
        ),
    ],
]
