# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh253: Taiwan umbrella, luggage and leather-goods repair shops and their LINE groups (repair orders, pickups, lost items, warranty claims, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh253
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "價目表"): _lines("""
        【傘骨維修】一般直傘斷骨更換每支 NT$80，自動折傘傘骨另計 NT$120 起；碳纖維傘骨需調料，約 7–10 個工作天，實際報價以現場檢測為準。
        行李箱輪子更換（雙排萬向輪）每顆 NT$350，整組四顆 NT$1,200；Rimowa、Samsonite 原廠輪需另外訂料，工時費 NT$300 另計。
        拉桿維修：單管拉桿卡住調整 NT$250，拉桿整組更換 NT$1,500–2,800，依箱體尺寸 20／24／28 吋不同，價格已含舊料回收處理費。
        皮包車縫：包邊脫線每 10 公分 NT$150，手提把重做（植鞣牛皮）NT$900／對，如指定義大利 Buttero 皮料則另行報價，約需兩週。
        拉鍊更換：YKK #5 金屬齒每條 NT$380，#8 大齒（行李箱用）每條 NT$650，拉頭單換 NT$100，現場等候約 20 分鐘即可取件。
        皮件清潔保養：一般牛皮包 NT$600、麂皮包 NT$900，精品包（LV、Gucci、Coach）深層清潔 NT$1,500 起，以上價格不含補色與五金拋光。
        補色／改色：局部補色 NT$800 起，全包改色 NT$3,500 起，顏色比對以 Pantone 色卡為準，色差 ΔE 小於 3 視為合格，不另重做。
        油紙傘修復：美濃傳統油紙傘傘面重糊 NT$1,200 起，桐油重上一層 NT$400，傘骨竹料需向美濃合作工坊調貨，工期約一個月。
        密碼鎖：TSA 007 海關鎖更換 NT$450，密碼遺忘重設 NT$200（需出示購買證明或登機證存根），無法證明所有權之鎖箱恕不受理。
        急件加價：當日件 +50%、隔日件 +30%，週六日及國定假日不收急件；2026/12/24 至 12/31 年末旺季期間，所有工期一律順延 3 天。
        收送服務：雙北地區（台北市、新北市）維修金額滿 NT$1,500 免費到府收件，未滿酌收運費 NT$150；桃園以南請改用黑貓宅急便寄送。
        品項代碼對照：UMB-RIB-01 傘骨、LUG-WHL-04 萬向輪、LTH-HDL-02 手把、ZIP-YKK-08 大齒拉鍊，開單時請輸入代碼以免漏項。
        以上價格均含 5% 營業稅並開立電子發票（賣方統一編號 24581937），企業客戶可申請月結，對帳單於每月 5 日以電子郵件寄出。
    """),
    ("zh-Hant", "店內公告"): _lines("""
        【公告】本店 12/25（四）年度盤點暫停營業一天，已完成的維修件請於 12/24 前取件，LINE 官方帳號 @dihua-bagfix 當天照常回覆訊息。
        颱風警報期間如臺北市政府宣布停止上班上課，門市同步休息，原定取件日自動順延，不另收取任何保管費用；已預約的急件也會另行以 LINE 通知新的完成時間，敬請見諒。
        取件時請出示紙本取件單或 LINE 上的維修單號（例：RP-251203-0047），沒有單號者需在櫃檯核對訂單資料，約需多等五分鐘。
        維修完成後免費保管 60 天，逾期將以簡訊及 LINE 通知；超過 180 天仍未取件者視同放棄所有權，本店將依消費者保護法相關規定處理。
        本店地址：台北市大同區迪化街一段 142 號 1 樓（永樂市場斜對面），搭捷運至北門站 3 號出口，步行約 8 分鐘即可抵達。
        門市客服專線 (02)2553-7184，營業時間為週二至週日 10:30–19:00，週一公休；電話忙線時請改用官方 LINE 留言，我們會依序回覆。
        失物招領：11/28 傍晚有客人將一支深藍色長柄傘（櫸木彎把、傘面有白色滾邊）遺留在候位區，請致電門市說明特徵後前來認領。
        鄭重聲明：臉書上的「老陳皮件快修」粉專與本店無任何關係，近日有人冒用本店照片刊登廣告，請以官方 LINE 及官網 www.dihua-repair.tw 為準。
        保固說明：更換零件享 90 天保固，人為損壞（摔落、超重託運、自行拆修）不在保固範圍內，申請保固時請攜帶原維修單據或提供 LINE 上的電子單號。
        本月起線上付款改用綠界科技 ECPay 金流，支援街口支付、LINE Pay 與信用卡，單筆刷卡滿 NT$3,000 可選擇分三期零利率。
        二樓工作室恕不開放參觀，皮件客製諮詢請先預約；每週三下午另開「皮革小教室」，一人報名費 NT$1,200，材料與工具均由店家提供。
        徵才：誠徵皮件車縫師傅一名，須具工業用平車操作經驗，月薪 NT$38,000–45,000，意者請將履歷寄至 hr@dihua-repair.tw，合則約談。
        感謝《商業周刊》「台北老街職人」專題採訪報導，本店自 1985 年創立至今已邁入第 41 年，由第二代接手經營，歡迎老客人回來坐坐。
    """),
    ("zh-Hant", "員工LINE群組"): _lines("""
        早班注意：RP-251204-0112 那顆 28 吋 Samsonite 的輪子料到了，放在二號架上層，中午前要裝好，客人說下午五點會過來拿。
        師傅們，YKK #8 拉鍊只剩最後 3 條，我已經跟三重那家批發下單 50 條，預計週四黑貓到貨，追蹤單號 9012-3845-6671，到了再通知。
        收銀機今天對帳短少 NT$200，查到是 14:32 那筆 LINE Pay 退款被重複按，已經在後台沖正了，大家不用擔心，明天不必補錢。
        再提醒一次：客人的包包拍照存檔只能用店裡那台平板，不要用自己手機拍，拍完直接上傳雲端「維修前照片」資料夾再刪除本機檔案。
        今天有人打電話來問油紙傘重糊，我先報 NT$1,200 起，但聽描述傘面破了三成以上，可能要整面換，明天請店長再回電說明。
        二樓冷氣漏水滴到皮料櫃，我已經先把 Buttero 黑色和駝色兩捲移到一樓倉庫，水電行說週五早上 9 點會來處理排水管。
        下週一公休但要來盤點的請在這則按讚，午餐便當店裡出，預計上午 10:00 開始，大概做到下午三點左右結束，盤點表我今晚會先放上記事本，辛苦大家了。
        那支 Fulton 的 Birdcage 透明傘（就是英國女王生前常撐的那款）骨架斷了兩根，原廠零件台灣買不到，要先問代理商有沒有庫存。
        蝦皮賣場訂單 SPX-TW2612037784 顯示已送達，但系統還沒撥款，會計說要等七天鑑賞期過了才會入帳，大家不用一直去後台刷新。
        晚班關店前記得把熨斗和封邊機插頭拔掉，上次差點燒到工作檯，上個月消防局來安檢時也有特別提醒延長線不要串接，請最後離開的人拍照回報在群組。
        剛剛櫃檯有客人說要客訴取件等太久，我已經當場道歉並送一組防水傘套，處理經過寫在客訴登記表第 17 號，店長回來再看要不要補送折價券。
        新版維修單模板放在共用資料夾「表單／2026／維修單_v3.docx」，欄位新增「航空託運破損」選項，請大家從明天開始改用新版。
        明天長榮和華航託運受損的行李箱各一批、共 11 件會送來，估價單要在 48 小時內回傳給航空公司理賠窗口，人手不夠的話我來支援。
    """),
    ("zh-Hant", "歷史沿革"): _lines("""
        美濃油紙傘的製作技藝據說是由廣東潮州一帶的師傅傳入，日治時期美濃地區開始出現專業傘坊，全盛時期一年可產出上萬支紙傘，外銷到日本與東南亞。
        1970 年代起尼龍折疊傘大量進口，加上價格低廉，臺灣傳統油紙傘產業急速萎縮，許多傘坊只好轉型為觀光伴手禮與文化體驗工坊。
        英國人 Jonas Hanway（1712–1786）被視為第一位在倫敦街頭公開撐傘的男士，據說當時還因此被擔心生意受影響的馬車夫當街嘲笑。
        Louis Vuitton 於 1854 年在巴黎創立同名行李箱品牌，以平頂帆布硬箱取代傳統的圓頂木箱，方便旅客在火車與輪船上堆疊行李。
        Samsonite 的前身由 Jesse Shwayder 於 1910 年在美國丹佛創立，品牌名稱取自《聖經》中力大無窮的士師參孫（Samson）。
        德國 Rimowa 的源頭可追溯到 Paul Morszeck 於 1898 年在科隆開設的箱包工坊，1937 年推出鋁合金溝槽行李箱，靈感來自容克 F13 飛機機身。
        愛馬仕創辦人 Thierry Hermès 於 1837 年在巴黎以製作馬具起家，其後發展出的馬鞍針法至今仍是皮革職人入門必學的基本功。
        大稻埕迪化街在清末以茶葉、布匹與南北貨聞名，日治時期街上也有多家皮箱行，戰後逐漸成為每年農曆春節前最熱鬧的年貨大街，如今許多老屋改建為文創店與工作室。
        宮崎駿《龍貓》裡小月把爸爸的黑傘借給站在公車站牌下淋雨的龍貓，這一幕讓黑色長柄傘在台灣雜貨市場熱賣了好一陣子，至今仍有人指名要「龍貓那種傘」。
        電影《歡樂滿人間》的瑪麗・包萍撐著鸚鵡頭握把的雨傘從天而降，直到今天仍是傘店櫥窗布置最常借用的經典電影畫面之一，每逢聖誕節都會出現。
        本店創立於 1985 年，第一代從修理皮鞋與皮箱起家，1998 年開始承接進口手工傘與英國長柄傘的維修，2010 年後再加入精品包保養。
        臺灣出國旅遊人次在 2019 年突破 1,700 萬，行李箱維修需求隨之大增，航空公司託運造成的輪子斷裂與拉桿變形成為最大宗的案件。
        日本江戶時代的「番傘」與「蛇目傘」分別是庶民與武士階層常用的和傘，京都老舖「日吉屋」至今仍以傳統工法手工製作和傘，也接受海外訂單與修理。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        Q：在台湾旅游时行李箱被航空公司摔坏了，可以直接来店里修吗？A：可以，请先在机场柜台取得 PIR 行李异常报告，我们可出具维修估价单供理赔使用。
        Q：内地寄过来维修可以吗？A：可以，请用顺丰国际寄到本店，报关品名写「旧行李箱（维修）」，修好后回寄运费到付，全程约 7–10 个工作日。
        Q：维修费可以用支付宝或微信支付吗？A：门市支持支付宝（Alipay+）和微信支付，汇率以当天台湾银行牌价为准，另收 1.5% 跨境手续费。
        Q：Rimowa 铝箱的凹痕能修复吗？A：轻微凹痕可以整形，但铝合金有记忆性，完全复原的机率大约七成；德国原厂保修请另洽品牌官方客服。
        Q：雨伞保修多久？A：更换伞骨与伞布享 90 天保修，自动开合机构享 30 天；保修期内同一部位再次损坏免收工钱，只收零件费用。
        Q：香港有合作收件点吗？A：目前与旺角一家皮具店合作收件，地址为旺角西洋菜南街 88 号 3 楼，收件后每周二统一寄回台北工作室处理。
        Q：名牌包修完会不会影响原厂保养？A：会的，LV、Hermès 等品牌一旦经过第三方维修，原厂可能拒绝后续保养，请先自行评估后再下单。
        Q：订单号在哪里查？A：下单后系统会发送 LINE 通知，格式为 RP-年月日-流水号，例如 RP-251130-0021，可在官网输入单号查询维修进度。
        Q：可以开公司发票吗？A：可以，台湾统一编号请在下单时填写；境外公司我们另开英文 Commercial Invoice，编号以 CI-2026- 开头。
        Q：行李箱的海关锁密码忘了怎么办？A：请携带箱子与购买收据到店，我们会在 15 分钟内帮您重设密码，费用为新台币 200 元，现场付款即可。
        Q：皮具发霉还能救吗？A：表面霉斑可以清洁处理，若已渗入皮层出现黑点就无法完全去除；梅雨季请放入防潮箱，湿度保持在 45–55% 之间。
        Q：新加坡、马来西亚的客人怎么寄？A：请走 EMS 或 DHL，申报价值如实填写；新币、马币付款可用 Wise 转账到本店公司账户，恕不接受个人转账。
        Q：营业时间是？A：周二至周日 10:30–19:00，周一公休；农历春节除夕至初五休息，初六起恢复营业，年前急件请提前两周预约排程。
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Brought in a 20-year-old Rimowa Classic with a seized telescopic handle; they had it working in two days for NT$1,800. Honest quote, zero upsell.
        ★★★☆☆ Repair quality on the leather strap was excellent, but the shop on Dihua Street is tiny and the wait on a Saturday afternoon was nearly an hour.
        ★★★★☆ The Fox Umbrellas stick I bought in London back in 2015 finally has new ribs. Pricey at NT$2,400, but far cheaper than replacing a hand-made umbrella.
        ★★☆☆☆ Quoted seven working days for a zip replacement, took three weeks. Their LINE account kept replying with cute stickers instead of an actual ETA.
        ★★★★★ EVA Air cracked my Samsonite shell on a flight from Singapore; this shop wrote a proper itemised estimate in English that the airline accepted without argument.
        ★★★★☆ Great for quick fixes near Taipei Main Station. The wheel swap on a cabin case took 25 minutes while I grabbed beef noodles across the road.
        ★☆☆☆☆ Asked them to clean a Coach tote and it came back two shades darker. The manager offered a partial refund of NT$500, which I took, but I won't return.
        Owner response: Thank you for the feedback. Colour variance on untreated leather is noted on our work order, but we have since added a patch test before every deep clean.
        ★★★★★ Finally a place that repairs Meinong oil-paper umbrellas properly. They re-oiled the canopy with tung oil and it smells like a temple now, in a good way.
        ★★★★☆ The Google Maps listing says open till 7 pm, but they stopped taking walk-ins at 6:30. Otherwise friendly staff and a fair price for a TSA lock replacement.
        ★★★☆☆ Solid stitching, but they only take cash or LINE Pay for jobs under NT$500, which is annoying for tourists carrying nothing but a Visa card.
        ★★★★★ Second-generation family workshop: you can watch the master sew a handle by hand with a proper saddle stitch. Worth the visit just for the craftsmanship.
        Reply from the shop: We are sorry about the delay on order RP-251118-0093. Parts from Japan were held at customs; a NT$300 voucher has been added to that order.
    """),
    ("mixed", "系統日誌與設定"): _lines("""
        2026-12-03T10:42:17+08:00 INFO order.created id=RP-251203-0047 branch=TPE-DIHUA item=LUG-WHL-04 qty=4 price_twd=1200 channel=line_oa
        2026-12-03T11:05:09+08:00 WARN parts.stock_low sku=ZIP-YKK-08 on_hand=3 reorder_point=10 supplier=SUP-0031 auto_po=PO-2026-1187
        2026-12-03T14:32:55+08:00 ERROR payment.refund_duplicate txn=LP-7f3a9c21e0 amount=200 currency=TWD gateway=linepay action=reversed
        [line-bot] webhook event=message type=sticker source=group:staff-dihua-ops package_id=11537 sticker_id=52002734 latency_ms=184 status=ignored
        config.yaml → shop_id: TPE-DIHUA-01, timezone: Asia/Taipei, warranty_days: 90, rush_fee_rate: 0.5, storage_free_days: 60, tax_rate: 0.05
        einvoice.issued invoice_no=KT-48215567 seller_ban=24581937 buyer_ban=00000000 amount=1575 tax=75 random_code=4821 status=uploaded 電子發票已上傳
        tracking sync: carrier=TCAT tracking_no=9012-3845-6671 status=DELIVERED（已送達）updated_at=2026-12-04 09:18 order_ref=PO-2026-1187
        def rush_fee(base: int, days: int) -> int: return round(base * (0.5 if days == 0 else 0.3 if days == 1 else 0))  # 當日件／隔日件加價
        SELECT order_id, sku, status, created_at FROM repair_orders WHERE branch = 'TPE-DIHUA' AND status = '待取件' AND created_at < NOW() - INTERVAL '60 days';
        deploy: repair-pos v3.8.2 (build 20261201.3, commit 9c4e1a7) rolled out to TPE-DIHUA, TPE-XIMEN, KHH-MEINONG; migration 0042_add_airline_claim_field applied
        cron 02:00 Asia/Taipei backup_items.sh → s3://repair-pos-prod/items/2026/12/ 上傳 1,284 張維修品照片，耗時 6m41s，sha256 校驗 ok
        2026-12-05T18:59:02+08:00 INFO pickup.completed id=RP-251128-0015 branch=TPE-XIMEN storage_days=7 fee=0 signed_via=counter_tablet
        .env.example: LINE_CHANNEL_SECRET=change-me ECPAY_MERCHANT_ID=3002607 ECPAY_HASH_KEY=pwFHCqoQZGmho4w6 ECPAY_ENV=stage # 綠界測試環境
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai kami di Jalan Petaling, Kuala Lumpur akan ditutup pada 25 Disember sempena Hari Krismas dan dibuka semula pada 26 Disember jam 10 pagi.
        Perkhidmatan baiki beg pakaian: tukar roda RM45 sebiji, tukar pemegang teleskopik RM180 hingga RM320 bergantung pada saiz 20, 24 atau 28 inci.
        Untuk tuntutan kerosakan bagasi daripada syarikat penerbangan, sila bawa Laporan Ketidakaturan Harta (PIR); kami akan sediakan sebut harga bertulis.
        Payung yang tertinggal di kedai lebih daripada 90 hari akan didermakan kepada badan kebajikan. Sila hubungi talian kedai 03-2072 5518 untuk menuntut.
        Waktu operasi: Isnin hingga Sabtu 10.00 pagi hingga 7.00 malam, Ahad 11.00 pagi hingga 5.00 petang. Kami tutup pada cuti umum Wilayah Persekutuan.
        Bayaran boleh dibuat melalui DuitNow QR, Touch 'n Go eWallet atau kad kredit. Resit rasmi dikeluarkan dengan nombor pendaftaran syarikat 202301045678 (1523981-K).
        Jaminan 90 hari untuk semua alat ganti yang ditukar. Kerosakan akibat terjatuh, terlebih muatan atau dibaiki sendiri tidak dilindungi oleh jaminan kami.
        Kami kini menerima beg kulit untuk dijahit semula. Harga bermula RM60 bagi setiap 10 cm jahitan, manakala pemegang kulit baharu berharga RM150 sepasang.
        Pesanan hanya melalui WhatsApp Business kedai di +60 12-388 4172; kami tidak akan sesekali meminta bayaran ke akaun peribadi mana-mana pekerja.
        Nombor pesanan baiki anda bermula dengan KUL-RP, contohnya KUL-RP-2612-0088. Sila simpan resit untuk mengambil barang selepas kerja pembaikan siap.
        Cawangan Pulau Pinang di Lebuh Chulia, George Town kini menerima payung kertas minyak untuk dihantar ke bengkel rakan kongsi kami di Meinong, Taiwan.
        Amaran: Terdapat halaman Facebook palsu bernama "Pak Ali Repair Beg" yang menggunakan logo kami. Kedai kami tidak mempunyai sebarang kaitan dengannya.
        Harga di atas tidak termasuk Cukai Jualan dan Perkhidmatan (SST) 8%. e-Invois MyInvois akan dikeluarkan untuk pelanggan korporat atas permintaan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        林太說她先生上個月中風住院，那個舊皮箱是他年輕時跑船用的，拜託我們一定要修好，讓他出院回家就能看到。
        取件人：陳俊宏先生，手機 0932-571-846，取件單號 RP-251203-0047，四顆萬向輪已更換，尾款 NT$1,200 尚未付清。
        客訴紀錄 #18：黃淑芬小姐（0921-304-778）表示托特包補色後顏色不均，要求全額退款，還說要上 Dcard 爆料。
        阿凱今天又沒來上班，聽說他欠地下錢莊二十幾萬，早上有人打電話到店裡找他，大家接到一律說他不在。
        維修單｜姓名：張雅婷｜身分證：A288662312｜住址：新北市板橋區文化路一段 266 巷 9 號 4 樓｜品項：Longchamp 提把斷裂
        宅配回寄：收件人 吳建志，地址 台中市西屯區河南路二段 431 號 7 樓之 2，電話 0975-118-203，黑貓單號 9012-7731-4405。
        老闆娘交代：蔡先生那只 Hermès 是離婚時前妻留下的，他只要求把內側刻字「Y&T 2009」磨掉，其他地方都別動。
        許小姐懷孕七個月了，不方便自己搬行李箱，拜託我們週六下午送到她家，地址她有貼在 LINE 記事本。
        失物找到了，傘是王美玲老師的，握把上貼的姓名貼寫著她女兒「王品妍」和學校班級三年五班，已經打給她了。
        退費匯款：戶名 劉志豪，中華郵政 局號 0001234 帳號 0456789，金額 NT$2,350，請會計於 12/10 前完成。
        監視器畫面看到拿走那支傘的是戴眼鏡的男生，騎車牌 MEP-7825 的白色機車，畫面已經調給中山分局了。
        那位 0912-***-578 的客人又在 LINE 罵人了，說我們把他的皮夾弄丟，要求賠償 NT$8,000，不然要去消保官。
        鄭師傅上週確診腰椎椎間盤突出，醫生說至少要休三個月，他手上負責的訂製包要先轉給別人做。
        保固申請表｜申請人：楊宗翰｜生日：1988/03/17｜電話：02-2736-5194（住家）｜購買日：2026/09/02｜原發票號碼：KT-48215567
        羅媽媽說兒子還在監所服刑，託我們把他入監前送修的公事包保管到明年他出來，保管費她先付半年。
        何店長這個月薪水調到 NT$52,000，是她本人私下跟我說的，其他人先不要講，也別在群組討論。
        收件資料：蘇怡君／0988-642-317／suyichun.0603@gmail.com／收據抬頭開個人即可，不要打公司名稱。
        新住民客人阮氏蘭（身分證 H205330665）寄放了兩個行李箱，說下個月回越南探親，回來再一起拿。
        小芸說她被前男友跟蹤，拜託我們如果有男生來問她的包修好了沒，一律說查不到這個人的單。
        周佩君小姐的女兒在華航當空服員，她說可以幫忙問行李理賠，但要我們先開一張 NT$6,800 的估價單給她。
    """),
    "zh-Hans": _lines("""
        客户：李晓东，身份证号 350203198705144597，厦门人，在台北出差时行李箱被摔坏，需要开维修证明回公司报销。
        陈先生微信号 chen_hz1989，手机 138 5712 4096，他从杭州寄来一只旧皮包，说是过世母亲留下的，预算不限。
        王姐说她老公赌钱欠了三十多万，家里的名牌包都要拿去卖，问我们能不能先帮她清洁好再估价。
        顺丰回寄地址：广东省深圳市南山区桃园路宝丽花园 5 栋 1202 房，收件人 赵敏，电话 186 2035 7719。
        黄女士（身份证后四位 036X）说箱子里的胰岛素被海关扣了，要我们开箱检查时顺便帮她拍照作证。
        退款信息：户名 孙浩然，招商银行 6225 8801 3467 2290，金额 ¥560，备注“伞骨维修退款”。
        那位香港客人梁嘉欣的身份证是 Y631040(9)，她的 Goyard 托特包要寄回旺角住址，电话 9368 2417。
        阿杰的体检报告出来了，乙肝阳性，他说不想让老板知道，所以这周都先请病假，排班表上帮他写“家里有事”就好。
        小红书私信：我是周雨桐，十月在你们店修过伞，上周又坏了，下单用的手机号是 159 0218 6634，麻烦查一下保修。
        客人刘建国在评价里写了自己住址“上海市徐汇区漕溪北路 595 弄 12 号 301 室”，我们要不要帮他把地址删掉？
    """),
    "en": _lines("""
        Pickup note: Mr. Daniel Tan Wei Ming (NRIC S0659228G) will collect the Rimowa Original on Friday; he asked us to call 9127 5083 before 5 pm.
        Customer Sarah Lim emailed from sarah.lim.kh@outlook.com asking us to hold her bag a bit longer because she just finished her second round of chemotherapy.
        Warranty claim WC-2612-014 | claimant: Kevin Huang | DOB 1991-07-22 | Taiwan passport 358214607 | flight BR226, checked bag shell cracked
        The guy who left the brown briefcase is Marcus Chua. He's going through a nasty divorce and said his wife might come in pretending to collect it.
        Deliver repaired suitcase to: Priya Raman, Blk 412 Bedok North Ave 2, #08-173, Singapore 460412, mobile +65 8346 2190.
        Staff note: Jason from the night shift was arrested last weekend for drunk driving, so please don't roster him for deliveries until further notice.
        Refund Mrs. Wong Mei Ling S$85 to her DBS account 072-4-583916; reason: umbrella canopy tore again within the warranty period.
        Her LINE ID is amy_chen0825 and she keeps sending voice messages at 2 am about the missing wallet; her number 0910-228-467 is on the ticket.
    """),
    "mixed": _lines("""
        客人 Ms. Jessica 林說她的 HKID K981591(0) 影本不要留底，order RP-251201-0033 請 shred after pickup，謝謝。
        Pickup list 12/06：① 陳怡安 0919-446-201 ✓ ② Mr. Ong Boon Kiat +60 16-742 3388 ✗ no show ③ 高太 0936-017-552 ✓
        CSV row → RP-251129-0008,鍾佳穎,0953-271-604,jia.ying.chung@yahoo.com.tw,高雄市苓雅區三多四路 77 號 9F-3,待取件
        2026-12-04T16:20:11+08:00 INFO customer.updated id=C-10482 name=謝明哲 phone=0987-330-915 line_uid=U8f2c41a9d7e03b6c5a1f9e2d4b7c0a13
        阿 Ben 的 credit card 被盜刷了，他說修包的錢下禮拜才能付，先讓他 take the bag home OK 嗎？店長說 OK。
        Aunty 美珠 from Penang，MyKad 660923-07-5128，寄了三把油紙傘來修，她說 husband 上個月剛過世，這些都是他的收藏。
        來取件的是一台銀色 Toyota Altis，車牌 BRT-3706，車主江先生說 he'll double park 一下，only 5 mins。
    """),
    "ms": _lines("""
        Encik Azlan bin Rahim (No. KP 880412-14-5566) menghantar beg pakaian untuk dibaiki; sila hubungi beliau di 019-274 8831 apabila siap.
        Puan Nor Hafizah binti Kamal baru bersalin minggu lepas, jadi suaminya akan datang ambil beg tangan dia pada hari Sabtu nanti.
        Alamat penghantaran: Lim Chee Keong, No. 27, Jalan SS 2/55, 47300 Petaling Jaya, Selangor. Tel: 012-661 9042.
        Pelanggan bernama Kak Yati mengadu di WhatsApp bahawa suaminya menganggur dan dia tidak mampu bayar baki RM230 untuk pembaikan beg.
        Bayaran balik RM120 ke akaun Maybank 1640 2258 7913 atas nama Muhammad Faiz bin Osman, rujukan KUL-RP-2612-0091.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「迪化街包包診所」的 LINE 官方帳號客服助理，用繁體中文回覆，語氣親切，不可承諾維修以外的事項。",
        ),
        (
            "user",
            "你好，我是陳素娟，電話 0928-553-170，上週送修的 LV Speedy 單號 RP-251127-0019，請問好了嗎？",
        ),
        (
            "assistant",
            "陳小姐您好，RP-251127-0019 的 Speedy 提把已完成車縫，目前在等補色乾燥，預計 12/09（二）下午可取件，到時會再傳 LINE 通知您。",
        ),
        ("user", "我下週要開刀住院，是乳房的手術，可能沒辦法自己去拿，可以讓我兒子陳冠廷代領嗎？"),
        (
            "assistant",
            "當然可以，祝您手術順利。請冠廷先生取件時出示取件單或這個單號，並報上您的手機末三碼，櫃檯核對後就能交件。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a damage claim email to EVA Air? My name is Rachel Goh, NRIC T4655633F, flight BR225 from Singapore to Taipei on 2 Dec, my Samsonite Proxis shell cracked.",
        ),
        (
            "assistant",
            "Sure. Subject: Baggage damage claim, BR225, 2 December 2026. Dear EVA Air Baggage Services, I am writing about my checked suitcase, a Samsonite Proxis, which arrived with a cracked shell. Please find the PIR and the repair estimate attached. Kind regards, Rachel Goh.",
        ),
        (
            "user",
            "Add that the repair shop quoted NT$4,600 and that my mobile is +65 9712 4380 in case they need to call.",
        ),
        (
            "assistant",
            "Updated closing paragraph: A local repair shop in Taipei has quoted NT$4,600 for a replacement shell panel (estimate attached). I can be reached at +65 9712 4380 or by reply to this email. Kind regards, Rachel Goh.",
        ),
    ],
    [
        (
            "system",
            "客户档案（仅供本次对话）：姓名 何文静；手机 139 2847 5501；订单 RP-251202-0064；品项 Coach 斜挎包拉链更换；状态 已完成待取件；地址 福建省福州市鼓楼区五四路 210 号 8 楼。",
        ),
        ("user", "帮我写一条简体的取件提醒，发给这位客户，语气客气一点。"),
        (
            "assistant",
            "何文静女士您好，您的 Coach 斜挎包（订单 RP-251202-0064）拉链已更换完成，可于周二至周日 10:30–19:00 到店取件；如需寄回福州，请回复确认，我们将以顺丰到付寄出。",
        ),
        ("user", "她说要寄回，地址不变，顺便问她要不要加购皮革保养。"),
        (
            "assistant",
            "好的：何女士您好，我们将按原地址（福州市鼓楼区五四路 210 号 8 楼）顺丰到付寄出。另外，是否需要加购皮革清洁保养（NT$600）？回复“需要”即可，我们会在寄出前一起处理。",
        ),
    ],
    [
        (
            "user",
            "Hai, saya Nurul Ain. Semalam saya tertinggal payung lipat warna ungu di kedai anda di Jalan Petaling. Nombor saya 013-508 2274.",
        ),
        (
            "assistant",
            "Hai Cik Nurul Ain, terima kasih kerana menghubungi kami. Staf kami ada menjumpai sebatang payung lipat ungu di kaunter semalam. Boleh cik nyatakan jenama atau ciri lain pada payung itu?",
        ),
        (
            "user",
            "Jenama Knirps, ada tali pergelangan dengan nama anak saya, Aisyah, disulam. Saya boleh datang esok pukul 3 petang.",
        ),
        (
            "assistant",
            "Ciri-ciri itu sepadan. Payung akan disimpan di kaunter atas nama Nurul Ain; sila tunjukkan mesej ini esok pukul 3 petang. Kami akan hubungi 013-508 2274 jika ada perubahan.",
        ),
    ],
    [
        (
            "system",
            "You summarise the staff LINE group of a Taipei luggage repair shop for the owner. Keep it short, bilingual OK.",
        ),
        (
            "user",
            "Summarise today: 早上阿豪說他媽媽失智症越來越嚴重 he needs to leave at 3pm every day this month；師傅 finished 8 wheel jobs；RP-251205-0031 client complained about scratch。",
        ),
        (
            "assistant",
            "Today: 8 wheel jobs done. One complaint on RP-251205-0031 about a scratch, needs follow-up. 阿豪 will leave at 15:00 daily this month because of his mother's worsening dementia; please adjust the afternoon roster.",
        ),
        ("user", "把阿豪媽媽的事拿掉，改成 personal reasons 就好。"),
        (
            "assistant",
            "Revised: 8 wheel jobs done; complaint on RP-251205-0031 (scratch) pending follow-up; 阿豪 leaves at 15:00 daily this month for personal reasons, afternoon roster to be adjusted.",
        ),
    ],
    [
        ("system", "你是台灣一家傘店的客服文案助理，協助店家回覆 Google 評論，用繁體中文。"),
        (
            "user",
            "幫我回這則一星評論：「我是邱文彬，在你們店修傘三次都壞，店員還說是我太用力，我有胃癌在化療根本沒力氣！」要誠懇。",
        ),
        (
            "assistant",
            "邱先生您好，非常抱歉讓您在治療期間還為了傘的問題奔波。三次維修仍未解決是我們的責任，我們希望免費為您更換整組傘骨，並可到府收送，再請您私訊告知方便的時間。",
        ),
        ("user", "公開回覆不要提到他生病，其他保留。"),
        (
            "assistant",
            "邱先生您好，非常抱歉造成您的困擾。三次維修仍未解決是我們的責任，我們希望免費為您更換整組傘骨，並提供到府收送，請私訊告知方便的時間，謝謝您的包涵。",
        ),
    ],
    [
        (
            "user",
            "I need a Python regex to mask Taiwan national IDs in our repair-order export. Sample row: RP-251130-0044,王志明,D147714432,0966-230-815",
        ),
        (
            "assistant",
            "Use re.sub(r'[A-Z][12][0-9]{8}', lambda m: m.group(0)[:3] + '*****' + m.group(0)[-2:], row). For your sample this gives RP-251130-0044,王志明,D14*****32,0966-230-815. The name and phone remain, so mask those columns too.",
        ),
        ("user", "Good point, also mask the phone and keep only the surname."),
        (
            "assistant",
            "Apply the ID rule, then replace the phone with re.sub(r'09[0-9]{2}-[0-9]{3}-[0-9]{3}', '09**-***-***', row) and keep only the first character of the name column, so the row becomes RP-251130-0044,王**,D14*****32,09**-***-***.",
        ),
    ],
    [
        (
            "user",
            "我們店在修皮夾的時候，發現夾層裡有一張健保卡，名字是林志偉，生日 1979 年 5 月 2 日，還有一張寫著密碼的紙條，我該怎麼處理？",
        ),
        (
            "assistant",
            "建議不要拍照上傳或在群組張貼。先把健保卡與紙條密封保存，聯絡送修人本人歸還；若送修人不是林志偉本人或聯絡不上，可送交轄區派出所處理。",
        ),
        ("user", "送修的是他太太，電話 0935-662-019，她說林先生已經失蹤三個月了。"),
        (
            "assistant",
            "這屬於敏感情況，建議把卡片與紙條原封交還林太太本人並請她簽收，也可建議她將這些物品提供給受理失蹤案件的警方；店內紀錄只保留單號與簽收時間即可。",
        ),
    ],
    [
        (
            "user",
            "你好，我叫区家乐，在澳门，澳门身份证号 5215380(3)，想把一个坏掉的 Rimowa 寄到台北你们店修，怎么寄比较好？",
        ),
        (
            "assistant",
            "区先生您好，澳门寄台湾建议使用顺丰或澳门邮政 EMS，报关品名写「旧行李箱（维修用）」并如实申报价值。寄出前请把箱内物品清空，并拍下外观照片留存。",
        ),
        ("user", "修好后寄回氹仔的地址：氹仔布拉干萨街 海洋花园 12 座 7 楼 B，电话 6688 3145。"),
        (
            "assistant",
            "收到，回寄资料为：区家乐，氹仔布拉干萨街海洋花园 12 座 7 楼 B，电话 6688 3145。修好后我们会以顺丰到付寄出，并将运单号通过 LINE 或短信发给您。",
        ),
    ],
    [
        (
            "system",
            "Tool access: repair_pos.query_overdue(days). Answer the shop manager in English with a short list.",
        ),
        (
            "user",
            "Who hasn't picked up their items for more than 60 days? I want to call them this afternoon.",
        ),
        (
            "assistant",
            "Three orders are over 60 days: RP-250928-0007, 葉庭瑋, 0970-815-226, Longchamp tote (70 days); RP-251002-0014, Mr. Lee Jun Hao, +65 9183 6027, cabin case wheels (66 days); RP-251004-0020, 邱太太, 0918-447-390, umbrella ribs (64 days).",
        ),
        ("user", "Mr. Lee moved back to Singapore, right? Note that in the record."),
        (
            "assistant",
            "Noted on RP-251002-0014: customer Lee Jun Hao has moved back to Singapore; contact via +65 9183 6027 and offer international shipping instead of in-store pickup.",
        ),
    ],
]
