# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh258: 繁體中文（香港）鐘錶維修與金舖（維修單、保養、金價、典當與回收、失竊報案、街坊 WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh258
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "維修單條款及店舖通告"): _lines("""
        本店維修單一式兩份，顧客聯請妥善保存；取錶時須出示維修單正本，如遺失須以書面申報並經店方核實後方可領取，本店保留拒絕交收之權利。
        機械錶全面保養（拆洗、上油、校時、更換防水膠圈）收費 HK$1,280 起，需時約 4 至 6 星期；如需更換機芯零件另行報價，報價有效期 14 日。
        維修完成後 90 日內未取回之錶件，本店將按維修單背頁第 7 條處理，每月收取倉存費 HK$50；逾 12 個月仍未取回者，視作客人放棄該錶件。
        通告：本店（旺角彌敦道 688 號地下 G12 號舖）將於 2026 年 12 月 24 日提早於下午 6 時關門，聖誕及元旦假期照常營業，查詢請致電 2388 1234。
        防水測試只代表出廠時之防水等級，錶殼開啟後本店會以乾式測試儀器按 3 ATM 重新測試，結果列印於維修單背面；潛水錶建議每年測試一次。
        更換電池：石英錶 HK$120（包防水膠圈及基本清潔），Swatch、Casio G-SHOCK 等特殊錶底另加 HK$30；即場約 15 分鐘完成，請於櫃位取籌等候。
        本店為 SEIKO、CITIZEN、TISSOT 授權維修點之一，持有效保用卡之錶件請直接致電品牌客戶服務熱線 2736 0166 預約，本店不接受保用期內錶件之自費拆修。
        古董錶及收藏級錶件（如 Patek Philippe Calatrava、Rolex Bubbleback）只接受預約鑑定，鑑定費 HK$800，如落實維修可於維修費中全數扣除。
        查詢維修進度請 WhatsApp 客服 6218 4470（只限文字訊息），並提供維修單號（格式如 MK-2026-11-04873）及錶款型號，恕不接受電話口頭查詢。
        溫馨提示：鋼帶拆節調校免費，皮帶及橡膠帶更換按店內價目表收費；如客人自備錶帶，本店不負責因錶帶質量或尺寸不合引致之任何損壞。
        依照《商品說明條例》（第362章），本店所有維修收費均於開工前以書面報價，客人簽署確認後方會開工；如有爭議可致電消費者委員會熱線 2929 2222。
        颱風安排：如天文台於營業時間內發出八號或以上熱帶氣旋警告信號，本店將即時關門，已預約之取錶時段自動順延至翌日，毋須另行致電改期。
        收費表更新（2026年12月1日起生效）：陀飛輪及三問錶維修只接受個別報價，一般自動錶保養由 HK$1,280 調整至 HK$1,380，石英錶保養維持 HK$680。
    """),
    ("zh-Hant", "金價牌價及回收價"): _lines("""
        今日金價（2026-12-07 10:30 更新）：足金 999.9 賣出 HK$ 26,850/兩，買入 HK$ 24,120/兩；足金飾品 HK$ 717/克，價格隨市況變動，以店內報價為準。
        香港金銀業貿易場 12 月 5 日收市價：99 金每兩 HK$ 25,963，上日 HK$ 25,710，升 HK$ 253；倫敦金同日收報每安士 US$ 2,648.30。
        周大福、周生生、六福珠寶今日同步調整牌價，足金飾品每克 HK$ 717，較上週五上升 HK$ 9；金條及金幣另按重量及工藝收取手工費。
        回收價：足金首飾 HK$ 640/克（需扣除損耗 3%），18K 金按含金量 75% 計算，鉑金 Pt950 HK$ 218/克；鑽石及寶石部分須另行估價。
        手工費一覽：古法金手鐲 HK$ 380 起／件、硬金吊墜 HK$ 180 起、龍鳳鈪一對 HK$ 2,800 起，婚嫁套裝另有優惠，詳情請向櫃面同事查詢。
        【金價快訊】受美國聯儲局議息結果影響，現貨金價今早急升 1.2%，本地足金牌價隨即上調至每兩 HK$ 27,020，創今年 10 月以來新高。
        金條規格：1 兩（37.429 克）、5 兩、10 兩，成色 999.9，附香港金銀業貿易場認可熔鑄商證書及獨立編號，例如 HKG-BAR-0A77126。
        澳門新馬路金舖今日牌價：足金賣出 MOP 2,770/錢，買入 MOP 2,480/錢；可以澳門元或港元結算，使用信用卡付款另收 2% 手續費。
        新加坡 Mustafa Centre 金飾櫃位週末價：999 金 S$ 118.50/克，916 金 S$ 110.20/克，手工費另計；價格以當日早上 10 時更新為準。
        吉隆坡茨廠街金舖報價：999 金 RM 385/克，916 金 RM 360/克，回收 916 金 RM 330/克；以上價格未包括手工費，以即日門市報價為準。
        本週金價走勢：12/01 26,420｜12/02 26,510｜12/03 26,380｜12/04 26,690｜12/05 26,850（單位：港元/兩，足金賣出價，只供參考）。
        本店不設議價，所有足金飾品均以當日牌價乘以實際重量計算，重量精確至 0.01 克，並即場以經海關校正之電子秤在客人面前量度。
        台北迪化街銀樓今日黃金牌價：賣出 NT$ 10,450/錢，買入 NT$ 9,300/錢（1 台錢 = 3.75 公克），飾金另加工資每錢 NT$ 300 起。
    """),
    ("mixed", "員工WhatsApp群組"): _lines("""
        [07/12/2026 09:12] 旺角分店: 早晨各位，Rolex 116610LN 嗰隻錶面要等零件，維修單 MK-2026-11-04873 預計延遲到下星期三，前枱記得覆返客人 WhatsApp。
        [07/12/2026 09:15] 銅鑼灣分店: 收到👍 我哋呢邊今朝得兩個師傅返工，拆洗 job 暫停收，只收換電同調錶帶，麻煩 update 埋 Google Maps 營業資訊。
        提提大家：今日金價 10:30 已經 update 咗，POS 入面足金 unit price 要 refresh，唔好用返昨日個 cache，上次就係咁搞錯咗張 invoice INV-HK-0021457。
        倉務: 呢批 Seiko 7S26 機芯 stock 淨返 3 粒，已經 order 咗 20 粒，DHL tracking 4821739056，預計星期五到，到咗會 post 喺度。
        公司決定下個月開始典當櫃收嘢一律要影相 upload 落 shared drive /當押/2026-12/，檔名用當票號碼，例如 PT-26-1207-015.jpg，唔好用手機相簿名。
        今晚盤點 8:30pm 開始，18K 金鏈、鉑金戒指同埋展示櫃 A3 至 A7 嘅 Omega 全部要逐件對 SKU，最遲 11 點前 send 份 Excel 上嚟。
        注意：警方今朝 send 咗失竊錶通報，型號 Patek Philippe 5711/1A、Audemars Piguet 15500ST，如有人拎嚟回收或者典當，即刻通知保安同報警。
        前枱: 門口塊「今日金價」LED 牌又死咗一半，已經 call 咗供應商 hotline 3705 8822 報修，ticket no. SR-88127，佢哋話下晝 3 點前會派人嚟。
        今日入咗 5 隻二手錶，全部已經用 Timegrapher 測過，振幅 270°–305°，誤差 -2 至 +6 s/d，相片同報告放咗喺 /QC/2026-12-07/ folder。
        下星期一起 lunch 改為兩更：12:30–13:30 及 13:30–14:30，櫃面任何時間最少要有兩個人，典當櫃一定要有持牌同事喺度先可以開單。
        新 POS 版本 v4.2.1 今晚 11pm push，更新後收據會自動印埋 BR 號碼 65432109-000-12-26-3 同退換條款，大家聽朝開機時睇下有冇 error。
        旺角分店: Google review 有人投訴等太耐，經理已經回覆咗，之後拆洗單一律喺維修單寫清楚「預計 4–6 星期」，唔好口頭講兩星期。
        珠寶展 booth 1C-D18 嘅 setup 時間係 12 月 15 日 8am，樣板錶同金飾要 7:30am 前由護衛公司押運出發，manifest 已經 email 去 ops@goldenhour-hk.com。
    """),
    ("en", "product_listings"): _lines("""
        Pre-owned Jaeger-LeCoultre Reverso Classic Medium Thin, ref. Q2548440, steel, 40 x 24.4 mm, manual-wind cal. 822/2, box and papers 2019, HK$ 48,800.
        Vacheron Constantin Overseas 4500V/110A-B128, blue dial, 41 mm, automatic cal. 5100, full set, serviced 2025 by the brand, price on request, viewing by appointment at our Central boutique.
        Frederique Constant Classics Index Automatic FC-303MN5B6, 40 mm, stainless steel, brand new with 2-year international warranty, HK$ 6,980 (RRP HK$ 8,400).
        Maurice Lacroix Aikon Automatic AI6008-SS002-330-1, 42 mm, blue dial, integrated bracelet, unworn with sticker on caseback, SKU ML-AIK-0427, HK$ 14,500.
        Raymond Weil Freelancer 2780-STC-52001, 42 mm, open-heart dial, minor desk-diving marks on clasp, serviced December 2026, 6-month shop warranty, HK$ 7,200.
        Vintage Omega Seamaster De Ville 1967, cal. 565 automatic, 34 mm, original silver dial with light patina, non-original strap, sold as-is, HK$ 9,600.
        Grand Seiko SBGA211 "Snowflake", Spring Drive 9R65, titanium 41 mm, 72-hour power reserve, full set with 2023 purchase receipt from an authorised dealer in Ginza.
        24K Chinese wedding bangle pair (龍鳳鈪), 999.9 fine gold, total weight 75.02 g (2.004 taels), hallmark 足金, priced at today's rate plus HK$ 2,800 labour.
        Tudor Black Bay Fifty-Eight 79030N, 39 mm, warranty card dated March 2024, item #HK-TD-58-3307, ships tracked via SF Express to Hong Kong, Macau and Taiwan.
        A. Lange & Söhne Saxonia Thin 211.027, 18K rose gold, 37 mm, manual cal. L093.1, box and papers, consignment piece, listed at HK$ 118,000.
        Breguet Classique 5177BA/29/9V6, 38 mm yellow gold, grand feu enamel dial, cal. 777Q, a nod to the 1775 Paris workshop of Abraham-Louis Breguet, price on request.
        Casio G-SHOCK GA-2100-1A1 "CasiOak", resin case, 200 m water resistance, brand new in tin, pickup at our Sham Shui Po shop, 123 Yu Chau Street, HK$ 799.
        Christopher Ward C60 Trident Pro 600, 40 mm, Sellita SW200-1, blue ceramic bezel, UK import, lightly worn, original rubber strap, SKU CW-C60-1208, HK$ 5,300.
    """),
    ("zh-Hans", "典当回收规章"): _lines("""
        根据商务部、公安部《典当管理办法》第三十五条，典当期限由双方约定，最长不得超过六个月；典当期内或期满后五日内，经双方同意可以续当。
        《典当管理办法》第二十七条规定，典当行不得收当依法被查封、扣押或者已经被采取其他保全措施的财产，以及赃物和来源不明的物品。
        香港《当押商条例》（第166章）规管贷款额不超过港币十万元的当押，当押商须持有有效牌照，并须在店铺显眼处展示牌照及法定利率上限。
        黄金回收流程：①出示有效身份证件 ②现场称重及光谱检测含金量 ③按当日回收价计算 ④签署回收单并即时转账，大额交易需加做反洗钱登记。
        回收价格 = 当日上海黄金交易所 Au99.99 收盘价 × 实际足金克重 × （1 − 损耗率），损耗率按成色分为 1%、3%、5% 三档，具体以检测报告为准。
        本店严格执行《中华人民共和国反洗钱法》及中国人民银行相关规定，贵金属大额现金交易须登记交易信息并按规定报送，敬请顾客理解配合。
        当票须载明：当户信息、当物名称及数量、估价金额、当金、综合费率、典当期限、续当及绝当规定等；当票遗失应及时向典当行办理挂失手续。
        绝当物品估价金额不足 3 万元的，典当行可以自行变卖或者折价处理，损溢自负；估价金额 3 万元以上的，可以按照《担保法》有关规定处理。
        深圳水贝黄金珠宝产业聚集区是全国最大的黄金首饰批发市场之一，每日批发金价参照上金所 Au(T+D) 行情，加工费一般为每克 8 至 15 元。
        本店经营许可证编号：粤典 440300123，统一社会信用代码 91440300MA5F8K2L3R，营业时间 09:30–18:30，投诉电话 0755-8888 1234。
        名表回收须提供原装表盒、保卡及购买发票；无保卡者按公价七折以下估价，表壳打磨、更换非原厂零件者另行扣减，最终价格以鉴定报告为准。
        综合费率说明：动产质押典当的月综合费率不得超过当金的 42‰，房地产抵押典当的月综合费率不得超过当金的 27‰，财产权利质押典当不得超过 24‰。
        澳门典当业历史悠久，位于新马路附近的德成按（1917年创办）已活化为典当业展示馆，向公众开放，介绍旧式当铺的高柜台与货楼结构。
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-07T10:30:02+08:00 INFO gold-rate-sync: fetched CGSE 99 tael price 25963.00 HKD, source=cgse_feed_v2, latency=184ms, next_poll=600s
        CSV header: repair_ticket_id,created_at,branch_code,brand,ref_no,movement_cal,service_type,quote_hkd,deposit_hkd,status,eta_days
        MK-2026-11-04873,2026-11-18 14:22,MK01,Rolex,116610LN,3135,full_service,4800,1000,awaiting_parts,21
        pos.yaml: store_code: CWB02, currency: HKD, gold_rate_source: cgse, receipt_footer: "BR No. 65432109-000-12-26-3 | Tel 2890 1122", tax_rate: 0.0
        WARN timegrapher-bridge: device TG-1000 serial TGX-00417 disconnected at 2026-12-07 15:41:09, retrying in 5s (attempt 3/10)
        ERROR invoice-service: duplicate invoice number INV-HK-0021457 for store MK01, request_id=8f3a1c2e-77b4-4d0e-9a61-2c5b0f9e1d44, rolled back
        def tael_to_gram(tael: float) -> float: return round(tael * 37.429, 3)  # 1 HK tael = 37.429 g, e.g. tael_to_gram(2) == 74.858
        SHA-256 of nightly export gold_inventory_2026-12-06.csv: 3b7e9f1c2a4d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70
        curl -X GET "https://api.example-goldshop.hk/v1/rates?metal=au9999&unit=tael" -H "Authorization: Bearer <YOUR_API_KEY>" returns bid, ask and ts.
        release notes v4.2.1: fixed rounding of 0.01 g weights on receipt; added Macau MOP price board; pawn module now validates ticket format PT-YY-MMDD-NNN.
        2026-12-07 18:02:44 INFO shipment: SF Express waybill SF1408227765193 created for repair return to branch TST03, weight 0.42 kg, insured HKD 60000
        .env.example: SMTP_HOST=smtp.example.com SMTP_PORT=587 SMTP_FROM=noreply@goldenhour-hk.com WHATSAPP_BIZ_NUMBER=+852 3188 2266 LOG_LEVEL=info
        SELECT sku, karat, weight_g, ROUND(weight_g * :rate_per_g, 2) AS price_hkd FROM jewellery_stock WHERE showcase IN ('A3','A4','A5') AND sold_at IS NULL;
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★★ 深水埗鴨寮街呢間鐘錶舖師傅好有耐性，換電連測防水先 $150，仲幫我抹埋錶殼，十五分鐘搞掂，價錢好公道，下次一定再幫襯。
        ★★☆☆☆ 拆洗一隻 Seiko 5 報價話兩星期，結果等咗成個半月，打電話去又冇人聽，最後要親身上門先知零件未到，希望店方改善溝通。
        ★★★★☆ 周生生尖沙咀分店服務態度唔錯，買足金手鏈即場秤重，發票列明克數同埋當日金價，唯一係週末同假期人多，要喺門口排隊等成半個鐘先入到去。
        去咗上環一間老字號金舖格價，回收價比連鎖店高大約每克 $8，店員解釋得好清楚點樣扣損耗，整體體驗唔錯，推介畀想賣舊金嘅朋友。
        ★☆☆☆☆ 喺某網店買嘅「全新」Tissot 收到先發現錶底有花痕，保用卡日期仲係兩年前，聯絡客服只係叫我寄返去自費驗錶，非常失望。
        澳門議事亭前地附近嗰間金舖揀款多，足金小豬吊墜手工費只係 MOP 120，店員講廣東話同普通話都得，可以用澳門通同信用卡付款。
        呢間錶行嘅古董錶收藏真係令人大開眼界，有幾隻六十年代 Omega Constellation 同 Longines 手上鏈，店主仲肯講每隻錶嘅故事，唔會硬銷。
        ★★★☆☆ 維修質素冇問題，錶走時準咗好多，但收費比報價多咗 $300，話係額外換咗發條，雖然有打電話通知，但希望先 WhatsApp 報價再開工。
        台北迪化街嗰間百年銀樓好有特色，買咗對金耳環做手信，包裝好靚，但只收現金同台灣本地信用卡，遊客記得預先喺機場或者銀行換定台幣現金。
        推介旺角呢間專修 G-SHOCK 嘅小店，換錶帶、換錶圈都有現貨，價錢清楚寫喺牆上，仲會教你點樣用 app 對時，年輕人都鍾意嚟。
        新加坡 People's Park Complex 入面嘅修錶攤位手工好穩陣，幫我換咗藍寶石錶鏡，S$45 連安裝，即日取，比商場專門店平一半有多。
        評分：服務 4/5、價錢 3/5、環境 5/5。店舖裝修似博物館，有寶璣（Breguet）發明陀飛輪嘅歷史展板，不過想修普通石英錶就唔太適合。
        吉隆坡 Petaling Street 一間金舖老店，916 金手鏈款式多，店員主動解釋手工費點計，刷卡冇額外收費，下次再去大馬一定會再嚟。
    """),
    ("ms", "notis_kedai_emas"): _lines("""
        NOTIS: Harga emas 999 hari ini (7 Disember 2026, 10:00 pagi) ialah RM 385 segram untuk jualan dan RM 352 segram untuk belian semula. Harga tertakluk kepada perubahan.
        Kedai Emas Seri Kencana Sdn. Bhd. (No. Syarikat 201901012345 (1320456-K)), Lot 12, Jalan Tun H.S. Lee, 50000 Kuala Lumpur. Talian pertanyaan: 03-2031 8899.
        Semua barang kemas 916 disertakan sijil ketulenan dan resit bercetak yang menyatakan berat bersih, harga emas semasa dan upah tukang yang dikira berasingan.
        Perkhidmatan tukar bateri jam tangan kuarza RM 25 termasuk ujian kalis air asas; siap dalam 20 minit. Jam mekanikal perlu ditinggalkan untuk servis penuh selama 3 hingga 5 minggu.
        Pajak gadai Ar-Rahnu: tempoh gadaian maksimum 6 bulan, upah simpan dikira pada kadar RM 0.65 bagi setiap RM 100 nilai marhun sebulan; sila bawa MyKad asal semasa urusan.
        Pesanan WhatsApp perniagaan: +60 12-345 6789 (mesej sahaja, Isnin hingga Sabtu 10 pagi hingga 7 malam). Jangan hantar maklumat kad bank melalui WhatsApp.
        Amaran: Sila berhati-hati dengan penipuan emas palsu yang menyamar sebagai penjual barang kemas warisan di kawasan Chow Kit; laporkan sebarang kes kepada balai polis berhampiran.
        Promosi Tahun Baharu Cina: diskaun upah 50% untuk rantai dan gelang emas 916, sah dari 1 hingga 31 Januari 2027 di semua cawangan Selangor dan Pulau Pinang.
        Resit No. INV-KL-2026-008341 | Gelang emas 916, 12.48 g | Harga emas RM 360/g | Upah RM 180 | Jumlah RM 4,672.80 | Bayaran: FPX
        Poh Kong dan Habib Jewels antara rangkaian kedai emas terbesar di Malaysia; kedua-duanya menerbitkan harga emas harian di laman web rasmi masing-masing untuk rujukan pelanggan.
        Waktu operasi cawangan Jalan Petaling: Isnin hingga Sabtu 10:00 pagi - 7:00 malam, Ahad 11:00 pagi - 5:00 petang, ditutup pada Hari Krismas 25 Disember 2026.
        Kami membeli semula emas lama, syiling Kijang Emas dan jongkong 999.9 pada harga semasa; semua belian semula melebihi RM 5,000 dibayar melalui pindahan bank ke akaun pemilik sahaja.
        Soalan lazim: Adakah jam yang dibeli di Singapura boleh diservis di sini? Ya, kami menerima semua jenama utama termasuk Seiko, Citizen dan Orient tanpa mengira negara pembelian.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        維修單 MK-2026-12-00519｜客人：黃志偉先生｜電話 9123 4578｜錶款：Omega Seamaster 210.30.42.20.01.001｜按金 HK$1,000 已收（八達通）。
        林太今朝嚟問佢老公隻勞力士點解仲未修好，話佢老公上個月中風入咗伊利沙伯醫院，而家想賣咗隻錶幫補醫藥費。
        陳嘉欣小姐（HKID Y412906(5)）於 2026年12月3日典當 18K 金鏈一條，重 15.62 克，當金 HK$6,000，當票號碼 PT-26-1203-008。
        失竊報案資料：事主何偉強，住址九龍城侯王道 58 號 3 樓 B 室，報失 Rolex Datejust 126334 一隻，錶殼編號 7X29K418，報案編號 KCDIST 26012345。
        [街坊WhatsApp群] 阿明媽媽: 各位街坊小心啲，我個仔阿明琴日喺樓下金舖門口俾人搶咗條頸鏈，佢而家仲喺明愛醫院縫針，有片嘅請 PM 我 6234 8817 🙏
        麥生成日嚟當嘢，聽講佢欠咗財務公司成三十萬，上個禮拜仲有人上門淋紅油，大家收佢啲錶要小心啲。
        客人劉美玲想我哋將保養完嘅 Cartier 寄返去佢屋企，佢電郵係 laumeiling1990@yahoo.com.hk，叫我哋寄收據之前先 email 佢確認。
        收件人：張國華先生，地址：新界沙田禾輋邨豐順樓 1215 室，電話 6187 2290，SF 單號 SF1408227765201，內附 Longines 維修後錶件一隻。
        周師傅話佢老婆懷咗三個月，下個月開始佢只返半日，所以佢手上啲拆洗單要分返畀其他師傅做。
        回收紀錄：2026-12-05 15:20｜賣方 鄭浩然（HKID K583027(3)）｜足金手鐲 2 隻 共 75.11 克｜回收價 HK$ 48,070｜轉賬至 匯豐 012-345678-001。
        黎伯喺群組講佢個孫女考咗入港大醫學院，想幫佢訂造一隻刻名嘅金錶做禮物，刻字「黎芷晴 2026」。
        今日有個叫 Kelvin 嘅後生仔拎住隻 AP 嚟回收，冇盒冇卡，話係屋企人遺物，佢留低電話 5402 1938，我哋暫時唔收住。
        失主吳太（吳陳淑芬）報稱其屯門家中（屯門海珠路 2 號置樂花園 C 座 12 樓 F 室）失竊龍鳳鈪一對及 Cartier Tank 女裝錶，懷疑前度家傭所為。
        梁志豪同佢太太鬧緊離婚，佢太太嚟要求我哋唔好俾佢老公提走嗰對結婚龍鳳鈪，話係佢娘家俾嘅嫁妝。
        【維修單 MK-2026-12-00633】客：葉家俊先生｜WhatsApp 9654 0213｜錶：Tudor BB58｜問題：走快 +25 s/d｜備註：客人有糖尿病，眼力差，請用大字列印報價單。
        蘇生張信用卡 4512 3456 7890 1234 今朝俾銀行 decline 咗三次，佢話個月人工得 $18,000 仲要供樓，問可唔可以分期俾。
        車牌 VW 8812 嘅黑色 Tesla 連續三晚泊喺金舖門口，保安話車主係樓上 3 樓 A 室嘅區先生，大家留意下。
        台灣客人許雅婷，身分證 A234567811，住台北市大安區和平東路二段 96 巷 7 號 4 樓，委託本店維修 Cartier Ballon Bleu 一隻。
        澳門客人羅先生電話 +853 6682 4417，典當 Rolex GMT-Master II 一隻，當期 4 個月，每月利息 MOP 980，佢自己話係用嚟還賭債。
        街坊群組：陳伯上星期喺廟街跌親，而家喺廣華醫院留醫，佢間錶舖暫停營業，有錶喺佢度維修嘅街坊可以打畀佢個女陳詠詩 9876 0542 查詢。
        員工紀錄：何嘉儀，入職 2024-03-01，月薪 HK$ 19,500 + 佣金，2026年11月病假 6 日（甲狀腺手術），緊急聯絡人 母親 9321 6650。
        馮先生話佢老竇留低嘅歐米茄想轉畀佢細佬，但佢細佬馮志明而家喺壁屋懲教所服刑，問我哋可唔可以代為保管。
    """),
    "mixed": _lines("""
        Customer: Ms. Wong Ka Yan 黃家欣, mobile 9012 3487, email kayan.wong.hk@gmail.com, dropped off Cartier Santos for strap change, deposit HK$500 paid by FPS.
        FPS 轉數快收款：由 CHEUNG WING CHI 張穎芝 轉入 HK$ 12,800，參考 MK-2026-12-00633，佢嘅 FPS ID 1638 2294，已 match 維修單。
        Pawn ticket PT-26-1207-015 | pledgor: Tse Chi Keung 謝志強 | HKID C738451(1) | item: Rolex Submariner 126610LN | loan HK$ 45,000 | due 2027-04-07
        @all 今日有個 Singapore customer Mr. Lim Boon Hock NRIC S8834217H 想 trade-in 佢隻 Patek，佢話下星期三再嚟，記得 reserve 個 VIP room。
        收到 police 電話，話上個月嗰隻 stolen Omega 嘅 owner 係 Ms. Cheryl Ho，佢 contact 係 cherylho.2023@yahoo.com，叫我哋 keep 低 CCTV footage。
        Repair CSV: MK-2026-12-00701,2026-12-06,Kwok Siu Fung 郭少峰,6738 1120,Seiko SPB143,overhaul,2200,in_progress
        Delivery: 收件人 Ms. Yip 葉小姐, Flat 8D, Block 3, Laguna City 麗港城, Kowloon, tel 5571 6603, 內有 18K 金戒指一隻，要本人簽收。
        [Group chat] 阿 Ken 個 ex 今日又嚟舖頭搵佢，喊住話 Ken 欠佢 $80k 未還，Ken 話唔想見佢，大家幫手擋一擋。
        Malaysian customer 客人 Tan Mei Ling, MyKad 880412-10-5526, 手機 +60 16-228 4190，訂造 916 金手鏈一條，deposit RM 500 已收。
        Staff appraisal: Chris Leung 梁卓謙 rating 2/5，本月兩次遲到收 warning，佢解釋係因為要照顧患柏金遜症嘅父親。
        WhatsApp from +852 6390 2174: "Hi 我係上個禮拜送錶嚟修嘅 Mrs. Chow 周太, 隻 Longines 整好未？"
        Insurance claim: 保單號 AXA-HK-HM-77120934, insured 李頌恩 Lee Chung Yan, Rolex Daytona 116500LN 喺機場被偷, police report no. AIRPORT RN 26004417.
    """),
    "en": _lines("""
        Repair intake: customer Gordon Fung, Flat 5C, 27 Fa Yuen Street, Mong Kok, phone 9476 2318, Rolex Oyster Perpetual 124300, crown won't screw down.
        Please note Mrs. Ng from the jade stall told us her husband Peter was diagnosed with lung cancer last month, so she wants to sell his watch collection quietly.
        Pawn follow-up: Mr. Sandeep Malhotra has missed two interest payments on ticket PT-26-0915-021 and says he lost his job at the airport in October.
        Singapore walk-in: Ms. Rachel Teo, FIN G5127093U, contact rachel.teo.sg@hotmail.com, wants a valuation letter for her late father's Omega Speedmaster for estate purposes.
        Bank transfer for buyback ticket BB-2026-1204-03: account holder Winnie Lau Hoi Yan, Hang Seng Bank 024-381-527716-883, amount HK$ 22,640.
        Theft report draft: my grandmother Mrs. Leung Siu Ying, 82, was robbed of her gold bangle outside her flat, Room 1903, Wah Kin House, Wah Fu Estate, on 2 Dec.
        Staff note: Daniel from the Causeway Bay branch is on unpaid leave after his arrest last Friday; do not discuss the case with customers.
        Ticket MK-2026-12-00744 owner Vincent Yau called from 6201 9935 asking us to mail the watch to his new address, Flat 3A, 12 Bonham Road, Mid-Levels.
    """),
    "zh-Hans": _lines("""
        客户王丽娜，身份证号 440304198607124537，手机 138 2654 9017，于深圳水贝回收足金项链 28.6 克，货款转至招商银行 6214 8302 1175 4468。
        李建国先生在我店典当劳力士一只，称急需还网贷，现已逾期三个月，其妻赵敏多次来电要求赎回。
        报案回执：事主陈晓东（身份证 350203197809253013），住址厦门市思明区莲前西路 168 号 2 单元 501，报称家中失窃黄金手镯两只、浪琴手表一块。
        维修登记：刘女士，电话 186 0756 3312，送修欧米茄女表一只，备注：客户孕晚期，取表请安排送货上门至珠海市香洲区凤凰北路 39 号 7 栋 1102。
        员工周婷本月工资 6,800 元，扣除社保后实发 5,912 元，因乳腺手术请假 10 天，部门经理已批准。
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Rosli, No. MyKad 900215-14-5567, menggadai rantai emas 916 seberat 20.5 g di cawangan Ar-Rahnu Jalan Tuanku Abdul Rahman, pinjaman RM 5,500.
        Puan Norazlina binti Hassan memberitahu kami suaminya ditahan polis minggu lepas, jadi dia mahu menjual gelang emas perkahwinan mereka secepat mungkin.
        Penghantaran jam Seiko yang telah dibaiki kepada Cik Lee Siew Ping, No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor, tel 012-678 4421.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係「金時鐘錶行」嘅 WhatsApp 客服助理，用廣東話書面語回覆，只可以根據維修單資料回答進度，唔好透露其他客人資料。",
        ),
        (
            "user",
            "你好，我係溫子健，電話 9312 6648，上個月送咗隻 IWC Portugieser 嚟拆洗，維修單號 MK-2026-11-04990，想問幾時攞得？",
        ),
        (
            "assistant",
            "溫先生你好！維修單 MK-2026-11-04990 嘅 IWC Portugieser 已完成拆洗，而家做緊 72 小時走時測試，預計 12 月 11 日可以取錶，屆時會 WhatsApp 通知你。",
        ),
        ("user", "好，咁我可唔可以叫我老婆幫我攞？佢叫 陳穎欣。"),
        (
            "assistant",
            "可以嘅，請陳小姐取錶時帶備維修單正本同埋你嘅授權訊息截圖，我哋會喺單上註明代取人姓名。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short statement for the police? My Rolex Submariner 126610LN, serial 9K73R205, was stolen from my flat at Flat 22B, Tower 2, The Belcher's, 89 Pok Fu Lam Road on 4 December. My name is Alan Cheuk, phone 9847 3301.",
        ),
        (
            "assistant",
            "Here is a draft: I, Alan Cheuk (tel. 9847 3301), residing at Flat 22B, Tower 2, The Belcher's, 89 Pok Fu Lam Road, report that on 4 December 2026 my Rolex Submariner ref. 126610LN, serial no. 9K73R205, was stolen from my home. I discovered the loss at about 8 pm and have the box, warranty card and purchase receipt available.",
        ),
        ("user", "Thanks. Should I also tell pawn shops?"),
        (
            "assistant",
            "Yes. Once you have the police report number, you can share the model, serial number and report number with nearby pawnbrokers and watch dealers; you do not need to give them your home address.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for staff at a Hong Kong watch repair shop. Draft polite customer messages in Cantonese-English mix.",
        ),
        (
            "user",
            "幫我寫個 WhatsApp 畀 Ms. Chan Hiu Ying 陳曉瑩 (6712 0589)，話佢隻 Omega Constellation 要等 Swiss parts，delay 兩個星期，維修單 MK-2026-12-00588。",
        ),
        (
            "assistant",
            "Hi 陳小姐 Ms. Chan，我哋係金時鐘錶行。你嘅 Omega Constellation（維修單 MK-2026-12-00588）需要等瑞士原廠零件，預計要 delay 大約兩個星期，到貨後會即刻 update 你。不便之處，敬請見諒🙏",
        ),
        ("user", "加多句佢可以選擇退返按金 HK$800。"),
        (
            "assistant",
            "已加：如你唔想等，亦可以選擇取消維修並全數退回按金 HK$800，請直接 WhatsApp 回覆我哋即可。",
        ),
    ],
    [
        (
            "user",
            "我想在广州典当一块卡地亚手表，需要准备什么？我叫孙志远，身份证 440601199203081624，手机 139 2277 4065。",
        ),
        (
            "assistant",
            "孙先生您好。典当时一般需要携带本人身份证原件、手表及原装表盒、保卡和购买发票。典当行会先鉴定真伪和成色，再给出估价和当金。提醒您不要在网上公开发送身份证号码和手机号码。",
        ),
        ("user", "当期最长多久？利息怎么算？"),
        (
            "assistant",
            "按《典当管理办法》，典当期限最长六个月，期满后五日内可续当；动产质押的月综合费率不超过当金的 42‰，具体以当票载明为准。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk kedai emas di Johor Bahru. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya Nur Hidayah binti Kamarudin, MyKad 950623-01-6138. Saya nak gadai gelang emas 916 seberat 18 gram sebab perlu bayar bil hospital anak saya. Berapa boleh dapat?",
        ),
        (
            "assistant",
            "Puan Nur Hidayah, berdasarkan harga semasa sekitar RM 360 segram untuk emas 916, nilai marhun anggaran ialah RM 6,480, dan pinjaman biasanya sehingga 70% hingga 75% daripada nilai itu. Sila bawa MyKad asal ke kaunter untuk penilaian sebenar.",
        ),
        ("user", "Boleh saya tebus balik dalam 3 bulan?"),
        (
            "assistant",
            "Boleh. Tempoh gadaian maksimum ialah 6 bulan dan puan boleh menebus lebih awal dengan membayar pinjaman serta upah simpan yang terkumpul.",
        ),
    ],
    [
        ("system", "你係一個幫街坊整理 WhatsApp 群組訊息嘅助理，用繁體中文回覆。"),
        (
            "user",
            "幫我總結下今晚群組講咩：雲姐話佢屋企（土瓜灣美景街 45 號 5 樓）昨晚俾人爆格，偷咗佢阿媽留低嘅金器；Benny 話見到有個男人喺樓梯口徘徊；德哥話佢 CCTV 有片，叫大家打佢電話 6345 9920。",
        ),
        (
            "assistant",
            "總結：1. 雲姐位於土瓜灣美景街 45 號 5 樓嘅住所昨晚被爆竊，失去母親遺下嘅金器。2. Benny 曾見有可疑男子喺樓梯口徘徊。3. 德哥表示 CCTV 有錄影，可致電 6345 9920 聯絡佢。建議雲姐盡快報警並將片段交畀警方。",
        ),
        ("user", "可唔可以寫個提醒貼喺大堂，唔好寫名？"),
        (
            "assistant",
            "【街坊提提你】近日本區有住宅被爆竊，請各位出入隨手關好大閘，如發現可疑人物請即致電 999 報警。多謝合作！",
        ),
    ],
    [
        (
            "system",
            "CRM context for this session: customer_id C-10482, name Jessica Kwan Wing Yee, HKID R209664(0), mobile 9268 4013, address Flat 17C, Block 5, Kingswood Villas, Tin Shui Wai, VIP tier Gold, outstanding balance HK$ 3,200. Answer staff questions only.",
        ),
        ("user", "Does this customer have anything unpaid before we release her Chopard ring?"),
        (
            "assistant",
            "Yes. Jessica Kwan has an outstanding balance of HK$ 3,200 on her account C-10482. Please collect the balance or get a manager's approval before releasing the Chopard ring.",
        ),
        ("user", "OK, draft a one-line reminder SMS."),
        (
            "assistant",
            "Dear Ms. Kwan, your Chopard ring is ready for collection; please note an outstanding balance of HK$ 3,200 is payable upon pickup. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我叫邱家明，之前喺油麻地一間當舖當咗隻 Rolex 借 HK$60,000，而家仲欠信用卡同財務公司加埋四十幾萬，屋企人唔知，驚贖唔返隻錶。可唔可以幫我寫封信同當舖講延期？",
        ),
        (
            "assistant",
            "邱先生，明白你而家壓力好大。以下係一封簡短嘅延期申請：「敬啟者：本人邱家明，於貴號典當 Rolex 手錶一隻（當金 HK$60,000），因近期財務緊絀，懇請准予續當，並願先繳付到期利息。謝謝。」另外你可以聯絡債務重組或社福機構嘅免費輔導服務。",
        ),
        ("user", "當票號碼係 YMT-26-0988，要唔要寫埋？"),
        (
            "assistant",
            "要嘅，建議喺信首寫明當票號碼 YMT-26-0988，方便當舖核對，並帶同當票正本親身辦理續當。",
        ),
    ],
    [
        (
            "system",
            "You are the virtual assistant of a Singapore watch boutique. Reply in English; Chinese is fine when the customer uses it.",
        ),
        (
            "user",
            "Hi, I bought a Tudor here last year under my name Koh Wei Jie, NRIC T0248635G. 我想換錶帶，可以查到我嘅購買紀錄嗎？",
        ),
        (
            "assistant",
            "Hi Mr. Koh, thanks for reaching out. I found a purchase under NRIC T0248635G: Tudor Black Bay 58, bought on 14 March 2025. 換錶帶可以直接嚟店，帶同保用卡就得。",
        ),
        ("user", "My wife Sharon will come instead, her mobile is 9176 2284."),
        (
            "assistant",
            "Noted. Sharon can collect the strap change on your behalf; please ask her to bring the warranty card, and we will text 9176 2284 when it is ready.",
        ),
    ],
    [
        (
            "user",
            "我係台北人，阿嬤上個月過身，留低幾條金項鍊同一對手環，我想拿去迪化街銀樓賣。我叫蔡佩君，身分證 F228405734，住新北市板橋區文化路一段 188 號 9 樓，銀樓會要這些資料嗎？",
        ),
        (
            "assistant",
            "蔡小姐，請節哀。銀樓收購黃金時通常會請你出示身分證並登記姓名，以符合洗錢防制規定，但不需要事先在網上提供身分證號碼或地址。建議先比較幾間銀樓的當日買入牌價，並確認是否扣除耗損。",
        ),
        ("user", "阿嬤的東西是遺產，要不要先辦繼承？"),
        (
            "assistant",
            "如果金飾價值不高、家人之間沒有爭議，一般可以直接出售；若金額較大或有其他繼承人，建議先與家人協議或諮詢代書，以免日後產生糾紛。",
        ),
    ],
]
