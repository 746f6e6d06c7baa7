# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh302: 繁體中文（香港）街市檔口與熟食小販（檔主登記、牌照續期、租金拖欠、街坊熟客、食環署巡查、伙記糧單）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh302
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "食環署街市告示"): _lines("""
        食物環境衞生署通告：北河街街市將於2026年3月9日（星期一）全日休市進行大清洗，熟食中心照常營業，如有查詢請致電食環署熱線2868 0000。
        各檔戶請注意：九龍城街市三樓熟食中心之消防通道須時刻保持暢通，雜物不得擺放超出檔位界線0.3米，違者將被警告及記錄在案。
        按《公眾衞生及市政條例》（第132章），未經許可在檔位範圍以外陳列或擺賣貨品屬違法，一經定罪可被檢控及罰款，請各檔戶切勿以身試法。
        街市檔位公開競投：香港仔街市共有12個空置檔位（包括濕貨、乾貨及熟食檔），底價由每月港幣1,280元起，截標日期為2026年4月30日中午12時正。
        溫馨提示：鮮活家禽檔及凍肉檔須每日於收市後徹底清洗砧板及地台，並將污水排入指定渠口，切勿倒入後巷雨水渠，以免污染海港及引致蚊患。
        防治蟲鼠工作：本署將於本月第二及第四個星期三晚上10時後在鴨脷洲街市放置鼠餌及鼠箱，檔戶請將乾貨存放於密封膠箱內，切勿移動鼠箱。
        牌照續期提示：固定攤位小販牌照有效期為十二個月，持牌人須於屆滿前最少一個月親身或委託代表到所屬區環境衞生辦事處辦理續期手續並繳交牌費。
        查詢或投訴街市衞生問題，可致電1823政府熱線，或透過「1823」流動應用程式上載相片，請註明街市名稱及檔位編號（例如：K-017）。
        紅磡街市大廈（蕪湖街）升降機更換工程由2026年5月4日至5月22日進行，期間請檔戶使用東面貨物升降機運送貨品，不便之處，敬請原諒。
        由2026年7月1日起，熟食中心全面禁止向堂食客人提供即棄發泡膠餐具，檔戶可於各區環境衞生辦事處索取《管制即棄膠餐具指南》第二版。
        颱風及暴雨警告期間安排：八號或以上熱帶氣旋警告信號生效時，所有公眾街市暫停開放；信號除下後兩小時內重開，檔戶無須另行申請。
        街市冷氣系統更換工程：荃灣楊屋道街市將分三期施工，第一期涉及A區檔位A01至A36，臨時檔位設於地下停車場入口旁，為期約十四星期。
        本署提醒檔戶：所有磅秤須經香港海關度量衡組檢驗並貼有有效標籤；市民如懷疑「呃秤」，可致電海關24小時熱線2545 6182舉報。
    """),
    ("zh-Hant", "熟食檔餐牌與價目"): _lines("""
        【坤記煲仔小菜】臘味煲仔飯 $78｜豉汁排骨煲仔飯 $72｜加蛋 +$8｜煲仔飯需時約25分鐘，請早啲落單，外賣另加餐盒每個 $2。
        祥仔牛雜 價目表：牛雜一碗 $38、蘿蔔牛筋腩 $45、咖喱魚蛋（八粒）$15、豬皮 $12，只收現金及八達通，恕不接受支票及信用卡。
        華姐清湯腩（街市熟食中心3樓12號舖）逢星期二休息：清湯牛腩河 $52、爽腩加 $18、凍奶茶加 $3，午市12點至1點或需搭枱。
        今日新鮮到貨：本地菜心 每斤 $22、西洋菜 每斤 $18、唐生菜 兩斤 $25、粟米 三條 $20；價錢每日浮動，一切以檔口黑板為準。
        海鮮檔今日價：游水老虎斑 $168/斤、花甲 $38/斤、奄仔蟹 $220/斤（重六両起），代客蒸煮另收每斤 $40 加工費，歡迎預訂。
        豬肉檔價目（2026年3月）：新鮮梅頭 $62/斤、豬手 $48/隻、一字排 $58/斤，凍肉另計，上午十點前預訂可代斬件及免費送貨上舖。
        茶餐廳早餐A：火腿通粉＋煎雙蛋＋牛油多士＋熱飲 $42；早餐B改沙嗲牛肉麵 $45；凍飲另加 $3，逢星期一至六 6:30 至 11:00 供應。
        德叔糖水：楊枝甘露 $32、芝麻糊 $20、陳皮紅豆沙 $20、湯丸（四粒）$18，凍食熱食同價，晚上十一點半收檔，逢星期三休息。
        妹記生滾粥品：艇仔粥 $36、皮蛋瘦肉粥 $30、及第粥 $38、炸兩 $22，星期一至六朝早七點開檔，賣晒即收，星期日及公眾假期休息。
        燒味價目：叉燒 $68/半斤、燒腩 $72/半斤、白切雞 $168/隻（半隻 $88），雙拼飯 $48，斬料請講明要肥定要瘦，食物賣完即止。
        蛋撻即日出爐：牛油酥皮蛋撻 $9.5、葡撻 $11、雞批 $14，一盒六個 $54；每日朝早八點、下晝三點兩轉出爐，可電話預留但唔可以過夜。
        外賣平台價格與堂食不同：Foodpanda／Keeta 每款另加 $6，滿 $150 免運費，優惠碼 MARKET26 截至2026年6月30日有效，每單限用一次。
        乾貨檔價目：花膠（筒）$880/斤、日本北海道瑤柱（M碼）$780/斤、花菇 $260/斤，禮盒裝另加 $30，可代客浸發及順豐到付寄送。
    """),
    ("en", "licence_faq"): _lines("""
        Q: How long is a fixed-pitch hawker licence valid for? A: Each licence is normally issued for 12 months and must be renewed at the District Environmental Hygiene Office before it expires.
        Q: Can I transfer my market stall tenancy to a relative? A: Tenancies of public market stalls are generally not transferable, except under the succession arrangements published by FEHD.
        Q: What happens if stall rent is more than 30 days in arrears? A: The tenant receives a written reminder; continued arrears may lead to termination of the tenancy agreement and recovery action.
        Under the Food Business Regulation (Cap. 132X), a licensed cooked food stall must display its licence in a conspicuous position within the premises at all times during business hours.
        Q: Do I need a separate permit to sell sashimi or cut fruit? A: Yes. Restricted foods such as sashimi, oysters to be eaten raw and cut fruit require written permission in addition to the licence.
        Inspection tip: officers will check that chillers are at or below 4°C, freezers at or below -18°C, and hot-holding units above 60°C during routine and surprise visits.
        Q: Where can I pay licence fees? A: Fees can be paid at post offices, via PPS, or online through the GovHK e-payment page; keep the transaction reference number for your records.
        Q: How many demerit points lead to suspension? A: Under the Demerit Points System, accumulating 15 points within 12 months results in a 7-day suspension of the licence.
        Stall size reference: a standard wet stall measures about 2.4 m x 1.8 m; a cooked food stall kitchen must have a ceiling height of not less than 2.5 m and a washable floor.
        Q: Can registered assistants run the stall when the licensee is away? A: Registered assistants may operate the stall, but the licensee remains responsible for compliance at all times.
        Contact: FEHD Headquarters, 44/F Queensway Government Offices, 66 Queensway, Admiralty; general enquiries 2868 0000, email enquiries@fehd.gov.hk (office hours Mon-Fri).
        Q: Is there a rent waiver during market renovation? A: Tenants whose stalls are closed for works lasting more than 7 consecutive days may apply for a proportional rent reduction using form MR-12.
        Glossary: "dai pai dong" refers to open-air cooked food stalls holding a large-format licence; only a handful remain, mostly on Stanley Street and Mei Lun Street in Central.
    """),
    ("mixed", "伙記群組工作訊息"): _lines("""
        【早更】今朝6:15開檔，凍櫃溫度顯示 -19°C OK，菜心到咗3箱，芥蘭少咗1箱，供應商話聽朝補返，pls 記低喺 stock sheet。
        收銀機 printer 又卡紙，已換新 roll（80mm），如果再卡就 reboot 部機，menu 揀 Settings > Printer > Test Print 試下先。
        聽日食環署會嚟巡，大家記得戴帽同圍裙，垃圾桶要有蓋，地下唔好有積水，雪櫃溫度表要填晒，洗手盆要有梘液同抹手紙，thx all 🙏
        Reminder：本週糧期改為星期五下晝3點後轉數，如有 OT 記錄未交，請今晚10點前填 group 入面嗰條 Google Form link。
        今日 2:40pm 已經賣晒牛腩，聽日起每朝加多5斤；燒味部叉燒剩返大概半盤，收檔前一個鐘可以做買一送一清貨，記得喺收銀機撳返優惠掣。
        FYI 新嘅八達通機已經裝好，device ID OCT-77B2-0419，如果顯示「E05」就拔插電源等30秒再試，唔得就打俾八達通客戶服務。
        今晚收檔後要抹油煙罩同清隔油池，約咗清潔公司 9:30pm 到，大家走之前記得熄石油氣總掣同閂好後門鐵閘，鎖匙放返原位。
        貨單 PO-2026-0317-08：凍豬扒 20kg、中翼 15kg、午餐肉 24罐、淡奶 48罐，供應商 delivery window 係聽朝 7-8 點，早更負責點貨。
        下個月起 Keeta 抽佣由 18% 加到 21%，老闆話暫時唔加價，但套餐飯量會細少少，大家留意跟新 SOP 上碟，唔好手鬆。
        檔口 Wi-Fi 密碼改咗，新 SSID 係 Stall-K017-Guest，密碼貼咗喺收銀機側邊，唔好 post 出 group 或者影相傳出去。
        而家掛三號波，天文台話下晝可能會改發八號，如果 4pm 前升波就即刻收檔，冰鮮貨放入大凍房，海鮮池記得開氧氣泵，招牌同帆布要綁實。
        有客投訴外賣漏咗凍檸茶（單號 KT-882140），已經 refund $18，以後封袋前要對一次張單先好交俾車手，please。
        新到嘅電子磅要先拎去海關度量衡組驗，未貼標籤之前唔好用嚟秤貨，暫時用返舊磅，檢驗費收據放咗喺收銀機下面個藍色文件夾，有問題問返當更主管。
    """),
    ("zh-Hant", "街市歷史與新聞"): _lines("""
        中環街市於1939年落成，屬包浩斯風格建築，經多年空置後於2021年活化重開，保留了原有的旋轉樓梯、水磨石地台及部份檔位格局。
        「大牌檔」一詞源於其牌照面積較一般小販牌照為大，須裱起懸掛於當眼處；政府自上世紀五十年代起已停止簽發新的同類牌照，現存者多屬承傳經營。
        位於中環美輪街的勝香園以番茄牛肉麵及檸蜜脆脆聞名，是港島碩果僅存的大牌檔之一，每逢週末都有大批本地食客及遊客排隊光顧，店方只收現金。
        環境及生態局局長謝展寰今日視察新落成的公眾街市，表示政府會研究延長街市營業時間，方便上班族放工後買餸，並會檢討檔位租金水平及空調設施。
        截至二〇二〇年代，食環署轄下仍有約九十多個公眾街市，隨着超級市場普及及網購興起，部分街市檔位空置率一度超過兩成，政府遂推出多項街市現代化措施。
        電影《歲月神偷》以上環永利街為主要背景，片中的鞋舖與街坊生活勾起不少港人對舊區小販文化及人情味的集體回憶，上映後該街一度成為打卡熱點。
        食家蔡瀾曾多次在電視節目中介紹九龍城街市熟食中心的泰國菜及潮州菜檔，令該處成為本地食客及外地遊客的熱門覓食地點，至今仍有旅行團專程前往。
        有報道指，今年第四季新鮮蔬菜零售價按年上升約一成，不少街市菜檔被迫調高售價，部分檔主表示生意額較去年同期下跌，並擔心顧客轉往網購平台。
        北角春秧街街市以電車穿過路邊攤檔聞名，叮叮緩緩駛過菜檔與海味舖的畫面，經常出現在旅遊宣傳片及外國電影之中，吸引不少攝影愛好者專程前來取景。
        1997年禽流感爆發後，港府一度撲殺全港活雞，其後逐步收緊街市活家禽的售賣安排，現時零售街市已不准活家禽留宿過夜，檔戶每晚須清空雞籠。
        澳門紅街市建於1936年，屬裝飾藝術風格的三層紅磚建築，現已列入澳門文物名錄，至今仍作為街市照常營業，是區內重要地標，亦是不少澳門街坊日常買餸之處。
        新加坡老巴剎（Lau Pa Sat）的維多利亞式鑄鐵結構於1894年完成，現為熱門小販中心，每晚文達街會封路變成著名的沙爹街。
        立法會食物安全及環境衞生事務委員會今日討論街市現代化計劃，議員關注翻新工程期間檔戶的臨時安置安排及租金寬免幅度，並要求當局提交時間表。
    """),
    ("en", "pos_log_config"): _lines("""
        2026-03-17T06:42:11+08:00 INFO pos.sync stall=K-017 orders_uploaded=58 last_order=ORD-20260317-0058 latency_ms=213 queue=0
        2026-03-17T12:05:40+08:00 WARN payment.octopus device=OCT-77B2-0419 code=E05 msg="reader timeout, retrying" attempt=2/3
        config: {currency: HKD, tax_rate: 0.0, receipt_footer: "Thank you! 多謝惠顧", printer: {model: EPSON TM-T82III, width_mm: 80}}
        SKU,description,unit,price_hkd | SKU-BBQ-CS-HALF,Char siu (half catty),portion,68.00 | SKU-CONGEE-TZ,Sampan congee,bowl,36.00
        invoice_id,issue_date,supplier_name,supplier_br_no,line_items,amount_hkd,paid_via,status,remarks
        INV-2026-000873 | 2026-03-01 | Wing Fat Poultry Supplies Ltd | BR 71234567-000-03-26-8 | HKD 12,480.00 | FPS | paid
        def catty_to_kg(catty: float) -> float: return round(catty * 0.60479, 3)  # 1 HK catty = 604.79 g, 1 tael = 37.8 g
        sha256(menu_v3.2.1.json) = 9f2c4e1a7b0d3c58e6a1f4b92d7c0e5a8b3f6d1c2e9a4b7f0c3d8e1a5b6c2f4d  build=2026.03.17-r2
        deploy: stall-pos v2.14.0 -> v2.14.1 (hotfix: Keeta webhook retry, FPS QR rounding) rolled out to 37 stalls at 2026-03-18 02:00 HKT
        ERROR keeta.webhook order=KT-882140 status=409 reason="duplicate delivery callback" stall_id=SSP-03-12 ts=1773720340
        tracking: SF Express SF1423887765012 dispatched 2026-03-16 15:22, deliver to 2/F Cooked Food Centre, Pei Ho Street Municipal Services Building
        cron: "0 23 * * *" /opt/stallpos/bin/export_daily --format csv --out /var/stallpos/exports/ --stall all --tz Asia/Hong_Kong
        example .env: POS_API_BASE=https://api.example-stallpos.hk/v2 POS_API_KEY=sk_test_XXXXXXXXXXXX FPS_MERCHANT_ID=FPS-DEMO-0001
    """),
    ("zh-Hans", "店铺点评"): _lines("""
        坤记煲仔小菜真的名不虚传，腊味煲仔饭锅巴香脆，酱油是店家自己调的，等了二十五分钟但很值得，人均大概八十港币左右，推荐再点一份豉汁蒸凤爪。
        去了北河街的妹记生滚粥品，艇仔粥料很足，炸两是现炸的，早上七点多就开始排队了，建议避开周末和公众假期过去，而且只收现金，记得带零钱。
        九龙城街市三楼熟食中心的泰国菜档口不少，冬阴功汤够酸够辣，就是环境有点闷热，夏天去记得带把扇子或者小风扇，晚上八点后人最多。
        春秧街市场逛起来很有意思，电车直接从摊位中间开过去，拍照特别出片，不过人多车多，带小朋友的话一定要注意安全，顺便可以买点海味回去当手信。
        澳门红街市二楼的海鲜档价格透明，按斤标价还可以代客加工，适合自由行游客买完直接拿去附近的餐厅蒸，性价比很高，记得先问清楚加工费。
        华姐清汤腩的汤底很清甜，牛腩软硬适中，不过店面很小，只有六张桌子，中午十二点到一点基本都要拼桌，建议错峰，周二休息别白跑一趟。
        新加坡老巴刹的沙爹街晚上七点以后才开始营业，鸡肉和牛肉沙爹都很入味，一定要配花生酱和黄瓜洋葱，啤酒也不贵，周末位子比较难找。
        这家烧味档的叉烧肥瘦适中，半斤68港币，蜜汁刷得很均匀，但是白切鸡偏咸了一点，姜葱酱也不够香，综合给三星吧，下次只买叉烧和烧腩。
        胜香园的番茄牛肉面配柠蜜脆脆是经典组合，排队大概要半小时，只收现金不收电子支付，记得提前准备好零钱再去，周日人特别多，最好早上九点前到。
        吉隆坡茨厂街夜市的小吃种类很多，猪肠粉和煎蕊都不错，价格比商场里的美食广场便宜差不多一半，晚上九点最热闹，建议坐地铁到茨厂街站步行过去。
        在深水埗鸭寮街附近的牛杂档吃了咖喱鱼蛋和萝卜牛筋，分量很足，就是店员态度一般，可能是周末人太多太忙了，整体还是会再去，下次试试牛柏叶。
        德叔糖水的杨枝甘露芒果用的是吕宋芒，甜度刚刚好，西米也够弹牙，晚上十一点半才关门，非常适合当宵夜，周三休息要留意，外卖也可以在平台下单。
        给这个干货档打四星：花胶质量很好，可以免费代客浸发，还能寄顺丰到内地，唯一缺点是没有明码标价，需要开口问价，建议先对比几家再买。
    """),
    ("ms", "notis_gerai_penjaja"): _lines("""
        NOTIS: Semua penjaja di Jalan Alor dikehendaki memperbaharui lesen sebelum 31 Mac 2026 di kaunter pelesenan DBKL, Menara DBKL 1, Jalan Raja Laut, Kuala Lumpur.
        Pemeriksaan kebersihan oleh Jabatan Kesihatan akan diadakan pada 12 April 2026; pastikan semua pengendali makanan memakai apron, penutup kepala dan sarung tangan.
        Kadar sewa gerai baharu di Pasar Besar Seksyen 14 ialah RM350 sebulan bermula 1 Mei 2026; bayaran boleh dibuat melalui portal MBPJ atau perbankan dalam talian FPX.
        Pengendali makanan wajib menghadiri Kursus Pengendalian Makanan dan mendapat suntikan anti-tifoid sebelum memulakan perniagaan di gerai atau pusat penjaja.
        Gerai yang tidak dibuka selama 30 hari berturut-turut tanpa kebenaran bertulis boleh dibatalkan lesennya mengikut Undang-undang Kecil Pelesenan Penjaja.
        Harga hari ini di gerai sayur: kangkung RM3.50 sekilo, sawi RM4.80 sekilo, bayam RM4.00 sekilo, cili merah RM18 sekilo; harga tertakluk kepada bekalan.
        Nasi Lemak Wanjo, Kampung Baru: nasi lemak ayam goreng RM12, sotong sambal RM14, rendang daging RM13, teh tarik RM3; pesanan katering diterima.
        Aduan berkaitan kebersihan pasar boleh dibuat melalui talian bebas tol DBKL 1-800-88-3255 atau sistem aduan awam SISPAA, sila nyatakan nombor gerai.
        Notis penutupan sementara: Pasar Chow Kit ditutup untuk kerja pembersihan dan penyahjangkitan pada 20 hingga 22 Jun 2026; gerai makanan di luar dibuka seperti biasa.
        Penjaja diingatkan bahawa penggunaan bekas polistirena untuk bungkusan makanan tidak dibenarkan di Wilayah Persekutuan; sila gunakan bekas mesra alam.
        Semua gerai di Pusat Penjaja Maxwell, Singapura perlu mempamerkan gred kebersihan SFA di hadapan gerai; gred akan dinilai semula setiap tahun.
        Invois INV/PJ/2026/0412: Syarikat Bekalan Ais Sri Murni Sdn Bhd (No. Syarikat 201901023456), 40 bungkus ais kiub, jumlah RM160.00, dibayar tunai.
        Perhatian: Kawasan letak kenderaan di belakang Pasar Chowrasta, George Town hanya untuk kenderaan memunggah barang antara jam 5 pagi hingga 9 pagi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        檔主登記表：姓名 黃志榮，香港身份證 K482913(1)，聯絡電話 9318 4672，檔位 北河街街市 K-017 濕貨檔（鮮魚）。
        陳太上個月嘅檔租仲未交，連埋今個月一共拖欠 $6,840，佢話老公啱啱入咗醫院做通波仔，下個禮拜先有錢還。
        阿明（豬肉檔斬肉嗰個）上星期喺後巷跌親，醫生話佢腰椎第四節移位，要放病假兩個星期，暫時搵人頂更。
        伙記糧單 2026年2月：梁燕芳，日薪 $680 × 26日 ＝ $17,680，OT $1,020，扣強積金 $935，實收 $17,765，轉賬至滙豐 004-582-193047-833。
        熟客張伯住長沙灣道 241 號 5 樓 C 室，每朝要兩斤排骨，叫我哋十點前送上樓，佢中風之後行動唔方便。
        食環署巡查記錄：檔主何偉強（牌照號碼 FHL-2013-04521）被發現雪櫃溫度 9°C，扣 5 分，本年度累計 10 分。
        林太個女最近成日喺街市口幫手派傳單，林太話個女啱啱離婚，帶埋個細路搬返屋企住，想嚟檔口幫手。
        收到匿名投訴，話燒味檔嗰個肥佬輝成日同客人嗌交，仲話佢欠咗大耳窿幾十萬賭債，成日有人上嚟追數。
        牌照續期申請：申請人 蘇美玲，出生日期 1967年8月14日，住址 九龍深水埗大南街 203 號 3 樓，身份證號碼 Y305176(3)。
        收銀阿芬話佢有咗三個月，醫生叫佢唔好企咁耐，下個月開始唔做夜更，想轉做朝早收銀。
        祥叔嘅 WhatsApp 係 6724 1850，訂貨請十點前 send 俾佢，遲咗佢唔覆。
        收租記錄：鄭家豪 檔位 HKM-2-35，1月 $3,200 未交、2月 $3,200 未交，已發第二次催繳信至 jh.cheng1988@gmail.com。
        街坊話鄧生早排俾警察拉咗，聽講係涉嫌收取街市檔位頂手黑錢，而家保釋候查，檔口暫時由佢老婆睇住。
        伙記資料：周浩然，身份證 P771204(2)，緊急聯絡人 母親 周陳淑儀 6135 2098，入職日期 2025年11月3日。
        潘姑娘每星期三嚟買魚，佢講過自己做緊乳癌化療，唔食得生冷嘢，記得幫佢揀啲新鮮嘅蒸魚。
        上個月 FPS 轉數記錄：由 HO KA WAI 轉入 $2,450，備註「補交十二月檔租」，佢嘅戶口 024-318-0077612。
        車牌 RK 2387 嗰架客貨車係海鮮檔老闆自己揸嘅，成日泊喺街市門口上落貨，被街坊投訴咗好多次。
        熟客優惠卡登記：會員 0032 劉玉蓮女士，屋企電話 2392 6617，生日 3月21日，鍾意食瘦叉燒，唔要汁。
        熟食檔大廚麥師傅話下個月要返鄉下照顧患咗腦退化症嘅老豆，可能要請兩個月無薪假，叫我哋搵人頂住。
        欠薪申索：前伙記 吳子聰 向勞資審裁處申索 $23,400 欠薪，聆訊日期 2026年4月16日，案件編號 LBTC 1288/2026。
        乾貨檔林生嘅新住址係屯門兆康苑兆安閣 12 樓 7 室，信件請寄去呢度，唔好再寄去舊舖。
        CCTV 截圖：星期六凌晨 2:14 有個戴黑帽嘅男人撬開 B-22 檔鐵閘，樣貌影得好清楚，街坊認出係住隔籬街嘅阿強。
    """),
    "en": _lines("""
        Stall tenant record: Mr. Wong Chi-keung, HKID E914327(4), mobile +852 6458 3017, stall B-22 Kowloon City Market, rent arrears HKD 9,600 as of 31 Jan 2026.
        Please note Mrs. Lau from the veg stall has been diagnosed with type 2 diabetes and can't do the 5am shift anymore; her son will cover the mornings.
        Payslip March 2026 - Employee: Rosalind Tam Wing-sze; basic HKD 16,500; overtime HKD 1,320; MPF (employee) HKD 891; net pay HKD 16,929; bank a/c 012-875-1-034562-9.
        Complaint received: customer Kelvin Ng (kelvin.ng.hk@outlook.com) says the fishmonger shouted at his wife and he has posted a video of the row on Facebook.
        The owner of the noodle stall, Mr. Fung, told us he is going through a messy divorce and may have to sell the stall to pay his lawyer.
        Succession application: deceased licensee Chan Kam-fai (HKID M623580(3)); applicant is his widow Leung Siu-ping, residing at Flat 6D, 15 Tung Choi Street, Mong Kok.
        Delivery note: 3 kg beef brisket for Ms. Ivy Cheung, Flat 1203, Block C, 18 Fuk Wing Street, Sham Shui Po; call her on 5102 8846 when you arrive.
        Helper Siti Rahmah (passport no. C4821937) has been serving at the stall on weekends, which her domestic helper visa does not allow - stop this immediately.
        Note to self: Uncle Keung still owes $1,850 for the roast goose he took on credit before Lunar New Year, says he will pay when his pension comes in.
        Staff record - name: Daniel Yip Ho-man, DOB 02/09/1994, HKID R158062(A), emergency contact Yip Mei-ling (sister) 9027 5531.
    """),
    "mixed": _lines("""
        阿Ben（Ben Cheung）今日又遲到，佢話個仔入咗伊利沙伯醫院 ICU，我哋暫時唔扣佢人工，but please record 低。
        Rent reminder for stall C-08：陳美華小姐 overdue $4,500，已經 WhatsApp 咗佢 5387 2264，佢 reply 話下星期三先 transfer。
        新 staff onboarding：Name 梁子健 / HKID Z640915(7) / Tel 6093 7184 / Start date 2026-04-01 / Position 早更 cashier。
        收到 Mrs. Ho 嘅 FPS $320（佢個 FPS ID 係 1605 2837），佢話係還上次賒數嘅錢，remark 寫住 roast pork + chicken。
        Customer complaint log #C-2026-041：投訴人 Ms. Tsang Wai-yee，住秀茂坪寶達邨達禮樓 2106 室，話食完我哋嘅白切雞肚痾入咗急症室。
        伙記 Ah Fai 話佢 bank account 改咗，新 a/c 係 Hang Seng 024-596-283107-882，下次出糧轉去呢個。
        The new 夜更 guy 譚俊傑 has a criminal record（之前因為爆竊坐過監），老闆話要試用三個月先決定。
        台灣供應商個 contact 係 王淑芬小姐，身分證字號 F226384152，手機 0912-348-765，佢叫我哋 invoice 寄去 shufen.wang77@gmail.com。
    """),
    "zh-Hans": _lines("""
        广州来的供货商刘秀英，身份证号 440106197803124523，手机 138 2745 9160，每周二、五送活鸡到九龙城街市。
        内地来港的伙计赵丽娟说她老家的妈妈得了尿毒症，每个月要寄三千块回去做透析，所以想多排几个班。
        澳门红街市摊位 R-14 租户郑志明已连续三个月未缴租金，共欠 MOP 7,500，管理处已发最后通知，他的电话是 6628 1937。
        微信支付记录：黄小燕 向 档口老板 转账 ¥1,200，备注“借的钱先还一半”，交易单号 4200001234202603171234567890。
        员工档案：吴海峰，身份证 440304198511271639，2026年1月起任熟食档帮厨，月薪 HK$15,800，住址 深圳市福田区景田北路 36 号 5 栋 702。
        新加坡那个档口的档主陈亚福，NRIC S7612093E，他说要把摊位转给女儿，自己心脏不好准备退休。
    """),
    "ms": _lines("""
        Penyewa gerai Encik Ahmad Faizal bin Roslan (No. KP 780512-10-5537) masih berhutang sewa RM1,050 untuk bulan Januari hingga Mac 2026.
        Pekerja gerai, Puan Nurul Aina, telah disahkan mengandung lima bulan dan memohon cuti bersalin bermula Ogos; sila kemas kini jadual syif.
        Slip gaji Februari 2026: Rajesh a/l Muniandy, gaji pokok RM2,200, KWSP pekerja RM242, PERKESO RM11.25, gaji bersih RM1,946.75, akaun Maybank 1642 3389 0571.
        Pelanggan tetap Kak Yah yang tinggal di No. 23, Jalan Kenari 5, Taman Puchong Jaya minta nasi lemak dihantar setiap pagi Sabtu, telefon 012-735 4218.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一個幫香港街市檔主處理文書嘅助手，用廣東話書面語回覆。"),
        (
            "user",
            "幫我寫封催租信俾 C-08 檔嘅陳美華小姐，佢欠咗兩個月檔租共 $9,000，電話 5387 2264，我想佢兩星期內還清。",
        ),
        (
            "assistant",
            "陳美華小姐：閣下租用之 C-08 檔位現拖欠兩個月租金合共港幣 $9,000，請於本函發出日起十四天內清繳。如有困難，請與本人商討分期安排。此函副本將以 WhatsApp 傳送至閣下電話 5387 2264。",
        ),
        ("user", "唔該，語氣可唔可以客氣啲？佢做咗街坊十幾年。"),
        (
            "assistant",
            "可以：「陳小姐，多年來多謝你嘅支持。C-08 檔仲有兩個月租共 $9,000 未清，麻煩你兩星期內處理，有困難隨時搵我傾分期。」",
        ),
    ],
    [
        ("system", "You are a payroll helper for small food stalls in Hong Kong."),
        (
            "user",
            "My cook Tang Kwok-leung earned HKD 18,200 basic plus HKD 1,400 overtime in February. His HKID is V203847(1). How much MPF do I deduct and what is his net pay?",
        ),
        (
            "assistant",
            "Relevant income is HKD 19,600, so the employee's 5% MPF contribution is HKD 980 and you contribute another HKD 980. Tang Kwok-leung's net pay is HKD 18,620. Keep his HKID only on the payroll record, not on the printed payslip.",
        ),
        ("user", "Thanks. Can you format it as a payslip line?"),
        (
            "assistant",
            "Payslip Feb 2026 | Tang Kwok-leung | Basic 18,200 | OT 1,400 | MPF (EE) -980 | Net 18,620 | Paid by bank transfer",
        ),
    ],
    [
        (
            "user",
            "我想續小販牌照，表格要填乜？我係何淑貞，身份證 K482913(1)，牌照號碼 FHL-2009-11873，住油麻地上海街 412 號 4 樓。",
        ),
        (
            "assistant",
            "何小姐，續期一般需要填寫續期申請表、附上身份證副本及上年度牌照，並於屆滿前一個月交到油尖區環境衞生辦事處。住址一欄請填你現時居住地址，即上海街嗰個。",
        ),
        ("user", "如果我遲咗交會點？"),
        (
            "assistant",
            "逾期未續可能要重新申請，亦有機會被收回檔位，建議盡快致電 2868 0000 查詢你個案嘅實際安排。",
        ),
    ],
    [
        (
            "system",
            "You help market stall owners write incident reports. Reply in mixed Cantonese and English like the user.",
        ),
        (
            "user",
            "幫我寫份 incident report：星期六凌晨有人撬咗 B-22 檔鐵閘，CCTV 影到樣，街坊話係住福榮街嘅陳志強（阿強），佢之前都有案底。",
        ),
        (
            "assistant",
            "Incident report draft：日期 星期六凌晨約 2:14，地點 B-22 檔。CCTV 顯示一名戴黑帽男子撬開鐵閘。據街坊指稱，疑人為陳志強（阿強），住福榮街。建議將片段交警方跟進，報告內避免寫未經證實嘅案底資料。",
        ),
        ("user", "OK，send 俾警察之前要唔要刪走佢個名？"),
        ("assistant", "可以保留疑人描述同片段，名字就由警方核實；報案時口頭提供街坊講法就夠。"),
    ],
    [
        (
            "system",
            "你是档口客户关系助手。熟客名单：李秀珍 9263 1184（每周五订烧鹅）；罗国华 6471 3590（赊账 $620 未还）；何婉婷 5538 7026（对花生过敏）。",
        ),
        ("user", "帮我给熟客群发一条中秋预订月饼的WhatsApp，顺便提醒欠钱的人还钱。"),
        (
            "assistant",
            "群发内容建议只写中秋月饼预订信息，不要在群发里提欠款。罗国华的 $620 赊账建议单独私讯提醒，何婉婷对花生过敏，可以单独推荐无花生的莲蓉月饼。",
        ),
        ("user", "好，帮我写给罗国华的私讯。"),
        (
            "assistant",
            "罗生您好，中秋将至，想跟您对一下数：之前赊账共 $620，方便时请转账或来档口结算，多谢关照！",
        ),
    ],
    [
        (
            "user",
            "Saya nak perbaharui lesen penjaja di Pasar Chow Kit. Nama saya Siti Khadijah binti Omar, No. KP 850923-14-6682, telefon 013-428 7719. Apa dokumen diperlukan?",
        ),
        (
            "assistant",
            "Puan Siti Khadijah, biasanya anda perlu membawa salinan MyKad, lesen lama, sijil Kursus Pengendalian Makanan dan bukti suntikan anti-tifoid ke kaunter pelesenan DBKL.",
        ),
        (
            "user",
            "Suntikan saya dah tamat tempoh tahun lepas sebab saya sakit buah pinggang, boleh ke?",
        ),
        (
            "assistant",
            "Anda perlu mendapatkan suntikan baharu dahulu; disebabkan masalah buah pinggang anda, sila rujuk doktor klinik kesihatan sebelum suntikan.",
        ),
    ],
    [
        ("system", "You are an assistant for hawker stall owners in Singapore."),
        (
            "user",
            "My stall assistant Tan Mei Ling (FIN G5830172N) hasn't paid back the SGD 2,000 I lent her for her mother's surgery. Can I deduct it from her salary?",
        ),
        (
            "assistant",
            "Under the Employment Act you generally cannot deduct a personal loan from salary unless Tan Mei Ling agrees in writing and the deduction is within allowed limits. A simple written repayment plan signed by both of you is the safer route.",
        ),
        ("user", "She lives at Blk 412 Bedok North Ave 2 #07-153. Should I send a letter there?"),
        (
            "assistant",
            "A polite letter to that address is fine, but keep it private and avoid mentioning her mother's surgery; just state the amount and proposed instalments.",
        ),
    ],
    [
        (
            "user",
            "我個伙記區嘉敏話佢驗到有抑鬱症，醫生俾咗兩星期病假紙，我想知要唔要照俾疾病津貼？",
        ),
        (
            "assistant",
            "如果區嘉敏連續受僱滿一個月並已累積足夠有薪病假日，而病假連續四日或以上並有醫生證明，你需要按法例支付疾病津貼，一般為平均日薪嘅五分四。",
        ),
        ("user", "佢日薪 $650，咁即係每日俾幾多？"),
        (
            "assistant",
            "五分四即每日 $520。兩星期病假如全部符合資格，合共約 $7,280，另外請妥善保管佢嘅病假紙，唔好同其他伙記講佢病情。",
        ),
    ],
    [
        ("system", "Convert the stall owner's notes into a clean CSV for the accountant."),
        (
            "user",
            "notes：阿玲 Wong Ling 3月糧 $16,800 a/c 012-334-1-108827-4；細佬 Lee Chun-ho 3月糧 $14,200 a/c 004-611-274930-838",
        ),
        (
            "assistant",
            "name,month,salary_hkd,bank_account | Wong Ling,2026-03,16800,012-334-1-108827-4 | Lee Chun-ho,2026-03,14200,004-611-274930-838",
        ),
        ("user", "Perfect, thanks. 阿玲下個月加人工到 $17,500，幫我記低。"),
        (
            "assistant",
            "Noted: Wong Ling salary from 2026-04 = HKD 17,500; bank account unchanged (012-334-1-108827-4).",
        ),
    ],
    [
        ("system", "你係一個燒味檔嘅記數助手。"),
        (
            "user",
            "幫我整理賒數：黃伯（住大埔富亨邨亨翠樓 8 樓）欠 $480；馮太欠 $1,260，佢話老公失業咗所以遲啲先還；雷生欠 $95。",
        ),
        (
            "assistant",
            "賒數總表：黃伯 $480；馮太 $1,260（家庭經濟困難，已同意延遲）；雷生 $95。合共 $1,835。",
        ),
        ("user", "馮太嗰個備註唔好寫佢老公失業，改下。"),
        ("assistant", "已改為：馮太 $1,260（已同意延遲還款）。其他不變。"),
    ],
]
