# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh290: 繁體中文（台灣）婚紗攝影與禮服租借（拍攝合約、訂金、試穿預約、修圖、禮服損壞賠償、新人資料、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh290
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "拍攝方案價目表"): _lines("""
        【2027春季婚紗攝影方案A】棚內＋外景一景，新娘禮服3套、新郎西裝2套，精修照片30張，含28吋相本一本，優惠價NT$39,800（原價NT$52,000），訂金NT$10,000。
        方案B「城市輕旅拍」：台北大稻埕碼頭＋迪化街外拍，拍攝約6小時，含新秘整體造型2款，精修40張、底片全送，NT$46,800，平日簽約加贈10吋桌上框1組。
        海外婚紗方案（峇里島4天3夜）：含當地攝影師與新秘、禮服3套、精修60張，團費NT$168,000起，機票與住宿另計，需於出發前90天付清尾款。
        加購項目：追加精修每張NT$500、加景每景NT$6,000、加一套禮服NT$3,500、空拍機外景NT$8,000（需依規定申請飛航許可，限非禁航區）。
        婚禮當日紀錄（平面）：單儀式3小時NT$12,000、儀式＋宴客6小時NT$22,000；雙機拍攝再加NT$9,000，交件時間為婚禮後45個工作天。
        禮服租借價：白紗NT$18,000起（含修改腰身與裙長），晚禮服NT$9,800起，秀禾服NT$12,800；提前一日取件、婚宴隔日中午12:00前歸還。
        相本規格：28×35cm義大利進口絨布封面，內頁20面40頁，可加頁每面NT$800；木質相框24吋NT$4,200，加印謝卡小卡100張NT$1,200。
        早鳥優惠：2027/01/31前簽約並付訂金者，方案A、B再折NT$3,000，恕不與婚展優惠券併用；統一發票於尾款結清時一次開立。
        新秘跟妝（不含拍攝）：文定或迎娶一場NT$8,800、文定＋迎娶＋宴客三場NT$16,800，台北市、新北市以外地區另收車馬費NT$1,500。
        花童禮服租借：尺寸90–140cm，每套NT$1,200，含頭飾與小捧花；押金NT$2,000，歸還後檢查無損壞即全額退還，可刷卡或現金。
        訂單編號規則：WD-2027-0315-A07代表2027年3月15日簽約之A方案第7組，收據、修圖進度與取件通知皆以此編號查詢，請妥善保存。
        精修照交件格式：JPEG高解析3000×4500px、sRGB色域，另附網路用1200px版本；RAW檔不提供，如需原始檔請另購NT$5,000。
        婚紗展特價專案僅限2027台北世貿一館婚紗展現場簽約（攤位C-218），簽約金NT$5,000，活動期間12/13–12/15，每日10:00–18:00。
    """),
    ("zh-Hant", "禮服租借須知與賠償條款"): _lines("""
        第一條　本店禮服僅供租借期間內使用，租借人不得自行染色、剪裁或轉租；如需修改長度或腰身，請由本店裁縫師於試穿時統一處理。
        第五條　禮服如有紅酒、口紅、粉底等一般污漬，由本店負責清潔，不另收費；如有燒焦、撕裂或無法去除之污漬，依本條款附表賠償。
        賠償附表：裙擺勾紗5公分以內NT$800、蕾絲脫落每處NT$500、亮片或珠飾遺失每10顆NT$300、整件無法修復者依原價70%賠償。
        試穿預約：每組新人試穿時間以90分鐘為限，最多挑選6件；如需改期，請於預約前24小時來電或透過LINE官方帳號@lunabridal更改。
        訂金繳納後，如因新人個人因素取消拍攝，訂金恕不退還；如遇颱風或政府公告停班停課，可免費改期一次，期限為原日期起6個月內。
        本契約依消費者保護法及「婚紗攝影定型化契約應記載及不得記載事項」訂定，契約審閱期間為5日，新人得將契約攜回審閱，審閱後再行簽署。
        取件時請出示訂單編號及取件單，禮服連同防塵套、裙撐、頭紗一併點收；頭紗遺失需賠償NT$2,500，裙撐遺失NT$1,800。
        歸還逾期每日收取租金20%之逾期費；逾期超過3日未歸還且未主動聯繫者，本店得自押金扣抵，不足部分另依法向租借人追償並收取處理費。
        修圖規範：本店提供膚色、瑕疵、身形微調，不進行大幅變形修改；選片後有兩次免費修改機會，第三次起每張酌收NT$200，修改以選片單標註為準。
        肖像使用：未經新人書面同意，本店不得將照片用於官網、Instagram或門市展示樣本；同意者可享相本加頁2面之優惠，並可隨時書面撤回。
        營業時間週二至週日11:00–20:00，週一公休；門市地址：台北市中山區中山北路二段112號2樓，客服專線(02)2567-3381。
        禮服送洗流程：歸還後48小時內由合作乾洗廠檢查、蒸汽整燙及臭氧殺菌，如發現損壞，將於7日內以書面通知租借人並附照片佐證。
        本條款自2027年1月1日起施行，2024年版所簽之合約仍依原條款辦理；如有爭議，雙方同意以臺灣臺北地方法院為第一審管轄法院。
    """),
    ("zh-Hant", "員工LINE群工作訊息"): _lines("""
        [攝影組] 明天WD-2027-0412-B03外拍改到淡水漁人碼頭，集合時間13:30在店門口，記得帶兩顆備用電池、反光板和防風夾。
        [門市] 週六下午2點那組試穿延到3點，新人已經在官方LINE確認了，請禮服部先把A區魚尾款3件和公主款2件燙好掛出來。
        [修圖組] 0315-A07那組精修30張已上傳到NAS /修圖完成/2027-03，請門市通知新人來選片，選片單記得釘在資料夾上。
        店長公告：下週三公司盤點，禮服倉庫11:00–15:00暫停出件，試穿預約請避開這個時段，系統我已經先鎖住了，謝謝大家配合。
        [禮服部] RS-0892白紗回來裙擺有一塊紅酒漬，已拍照存檔，先送乾洗廠看能不能處理，處理不掉再依附表跟新人說明，檢查單號DMG-2027-0041。
        提醒：如果明天台北市宣布停班，所有外拍一律改期，請各組用預約系統發改期通知，不要用私人帳號私訊新人，避免紀錄不一致，有問題找店長。
        [新秘組] 本週末三場跟妝，假睫毛和定妝噴霧快用完了，已經在蝦皮下單，訂單編號270115QX8833MT，預計週四到貨。
        [攝影組] 二號棚的柔光箱燈管壞了一支，已經報修給廠商，維修單號RP-20270118-06，今天棚拍先改用一號棚，預約表我已經改好了。
        [會計] 一月份訂金入帳共42筆，合計NT$386,000，請各門市把紙本收據第二聯在1/31前交回總公司財務部，逾期不補登。
        [門市] 婚展攤位C-218物料已經裝箱：易拉展3支、樣本相本8本、試吃喜餅2盒，週五早上8點物流來收，請值班的人留意。
        [修圖組] Lightroom Classic 14.1 預設檔「Soft_Bride_v3」已放到共享資料夾，白平衡請統一抓5200K，膚色不要拉太粉。
        新進人員教育訓練週一10:00在三樓會議室，內容是禮服點收流程和個資保護規定，請大家帶筆電，結束後有線上測驗，沒過的週五補考。
        [禮服部] 本季新到貨：Pronovias 2027系列4件、自家設計款「月光」「晨露」各2件，尺寸都是S/M，下午上架到試穿區。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：大陆新人来台湾拍婚纱需要办什么证件？答：需持有效的大陆居民往来台湾通行证及入台证，本店可提供拍摄行程证明，但不代办签注。
        问：订金可以用支付宝或微信支付吗？答：目前台北门市支持支付宝、银联卡与信用卡，订金为方案总价的30%，付款后24小时内发送电子合约。
        问：婚纱照多久可以拿到？答：拍摄后约14个工作日完成初选，选片后45个工作日交付精修与相册，可寄送至大陆、香港、新加坡及马来西亚。
        问：国际运费怎么算？答：相册寄往新加坡、吉隆坡走顺丰国际约NT$1,800，寄往上海约NT$1,200，运单号会在出货后通过邮件发送。
        问：礼服弄脏了要赔钱吗？答：一般酒渍、粉底等污渍由店里负责清洁，不额外收费；撕裂、烧焦等无法修复的损坏依合约附表赔偿，并附照片说明。
        问：可以带自己的婚纱来拍吗？答：可以，自带礼服每套酌收整烫费NT$600，如需本店新秘搭配发型与饰品另计，请提前告知款式。
        问：新加坡客户可以线上签约吗？答：可以，我们使用DocuSign电子签署，合约以新台币计价，付款可用Visa或Mastercard信用卡。
        问：修图可以修到多瘦？答：我们做的是自然修饰，肩臂、腰线会微调，但不做明显变形；如有特别要求请在选片单上逐张标注，修图师会照做。
        问：下雨天外景怎么办？答：拍摄前一天18:00根据中央气象署预报决定是否改期，改期一次免费，第二次起收取NT$2,000调度费。
        问：客服怎么联系？答：可拨打客服专线+886-2-2567-3381（周二至周日11:00–20:00），或发送邮件至service@lunabridal.com.tw。
        问：马来西亚新人可以在吉隆坡选片吗？答：可以，我们与吉隆坡Bukit Bintang的合作门市提供视频选片服务，每月第二个周六开放预约。
        问：拍完的底片会保留多久？答：原始底片在本店服务器保存两年，两年后自动删除，如需长期保存请在交件时自备硬盘或U盘拷贝带走。
        问：合约有冷静期吗？答：依台湾消费者保护法相关规定，合约审阅期为5天；签约后如需解约，请参考合约第八条的退费比例表，按距拍摄日天数计算。
    """),
    ("en", "booking_system_logs"): _lines("""
        2027-03-15T10:42:07+08:00 INFO booking-svc order=WD-2027-0315-A07 status=DEPOSIT_PAID amount=10000 currency=TWD gateway=ecpay txn=EC2703151042A9F3
        2027-03-15T11:05:19+08:00 WARN fitting-scheduler slot=2027-03-20T14:00 room=FIT-2 overbooked capacity=1 requested=2 action=queue
        2027-03-16T09:00:00+08:00 INFO cron retouch-reminder sent=18 failed=0 template=retouch_ready_zh_TW version=2.4.1 duration_ms=912
        config: {"store_id": "TPE-ZS-01", "timezone": "Asia/Taipei", "deposit_ratio": 0.3, "late_fee_pct": 20, "max_fitting_minutes": 90}
        2027-03-16T16:31:44+08:00 ERROR gown-inventory sku=RS-0892 state=RETURNED damage_code=STAIN_WINE photos=3 ticket=DMG-2027-0041 vendor=dryclean_02
        2027-03-17T14:22:51+08:00 INFO line-webhook event=follow channel=@lunabridal source=official_account latency_ms=84 retries=0
        retouch-queue job_id=RQ-55821 order=WD-2027-0301-B02 images=40 preset=Soft_Bride_v3 worker=gpu-node-3 eta=2027-04-15 priority=normal
        def late_fee(days: int, rent: int) -> int: return 0 if days <= 0 else int(rent * 0.2) * days  # clause 8 of rental terms
        INSERT INTO gowns (sku, style, size, base_price, status) VALUES ('RS-1104', 'mermaid', 'M', 18000, 'available');
        2027-03-18T18:00:03+08:00 INFO weather-check location=Tamsui cwa_pop=80 decision=RESCHEDULE affected_orders=3 notify=line_push
        invoice-svc issued einvoice=AB-12345678 seller_ubn=24536817 total=48800 tax=2324 carrier=none status=UPLOADED
        healthcheck ok: booking-svc 3.8.2, fitting-scheduler 1.12.0, retouch-queue 0.9.7, postgres 16.2, redis 7.2.4 (uptime 41d)
        feature_flags: {"drone_addon": true, "alipay": true, "unionpay": true, "overseas_shipping": ["SG", "MY", "HK", "CN"], "ai_retouch_beta": false}
    """),
    ("mixed", "商家評論"): _lines("""
        在Luna Bridal台北店拍了城市輕旅拍，攝影師超會引導，迪化街那組很有feel，唯一缺點是選片那天等了40分鐘，overall 4.5/5。
        Google評論 ★★★★☆ 禮服選擇很多，Pronovias和Vera Wang的款都有，但設計師款要另加NT$8,000，簽約前建議問清楚 hidden cost。
        整體CP值很高！NT$39,800含3套禮服＋30張精修，相本質感很好，but 交件比合約多拖了兩週，客服有道歉並補送一個桌上框。
        Honestly the 新秘 was the highlight, makeup lasted from 8am迎娶 until the 晚宴 toast, no touch-up needed. 店在中山北路二段，停車不太方便。
        給這家婚紗店1星：禮服歸還時說有勾紗要扣NT$800，我們拿出件時的照片比對才證明是原本就有，最後有退回來，but the process was stressful.
        在吉隆坡婚展看到他們的pop-up booth，後來飛去台北拍，整個流程很 smooth，官方WhatsApp +60 3-2141 7788 回覆也很快。
        Dcard心得：比較了中山北路婚紗街三家店，這家訂金只要30%，還可以刷卡分期，試穿90分鐘挑6件算很大方，recommended。
        五星推！峇里島海外婚紗包含當地攝影師和新秘，照片色調很像電影《Mamma Mia!》那種希臘海島風，價格雖然不便宜但 worth it。
        IG上看到他們的樣片很像韓系棚拍，實際去拍也差不多，修圖自然，不會把臉修到認不出來，would recommend to friends。
        颱風天被通知改期，原本很擔心要加錢，結果第一次改期免費，官方LINE回得很快，customer service 10/10。
        價格透明這點給讚，price list直接貼在官網，加景NT$6,000、空拍NT$8,000都寫得清清楚楚，no surprise at all。
        新娘秘書很專業，但那天棚內冷氣太冷，白紗又是露肩款，建議店家準備披肩；other than that 一切都很好，會推薦。
        試穿時店員很有耐心，幫忙調整了好幾次裙撐，雖然最後選的是最便宜的那款白紗，也完全沒有 hard selling，印象很好。
    """),
    ("ms", "notis_butik_pengantin"): _lines("""
        Notis: Butik Pengantin Seri Mawar, Lot 2-15, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur akan ditutup dari 1 hingga 3 Syawal. Tempahan dibuka semula pada hari keempat.
        Bayaran pendahuluan sebanyak 30% diperlukan untuk mengesahkan tarikh fotografi. Baki hendaklah dijelaskan 14 hari sebelum majlis melalui FPX atau kad kredit.
        Sewaan gaun pengantin termasuk cucian kering dan pelarasan saiz. Kerosakan seperti koyak atau kesan terbakar akan dikenakan caj mengikut jadual pampasan.
        Pakej Pre-Wedding Cameron Highlands: 2 hari 1 malam, jurugambar dan jurusolek, 3 pasang pakaian, 50 keping foto suntingan, RM6,888 (tidak termasuk penginapan).
        Sesi cubaan baju hanya melalui temu janji. Sila WhatsApp talian rasmi butik +60 12-388 5601 sekurang-kurangnya 48 jam lebih awal.
        Set pelamin dan baju songket untuk majlis akad nikah boleh disewa bersama. Harga pakej bermula RM2,500 termasuk penghantaran dalam Lembah Klang.
        Nombor pendaftaran syarikat: Seri Mawar Bridal Sdn. Bhd. (202101034567). Semua resit rasmi dikeluarkan atas nama syarikat sahaja.
        Foto suntingan dihantar melalui pautan Google Drive dalam tempoh 30 hari bekerja. Album 12x12 inci boleh dipos ke Singapura dengan caj tambahan RM80.
        Peringatan: Sila pulangkan gaun sebelum jam 12 tengah hari keesokan hari selepas majlis. Kelewatan dikenakan 20% daripada harga sewa sehari.
        Promosi Pameran Perkahwinan MITEC 2027: tempah di gerai B-112 dan dapatkan diskaun RM500 serta 10 keping foto tambahan secara percuma.
        Kami tidak memuat naik gambar pelanggan ke Instagram atau Facebook tanpa kebenaran bertulis, selaras dengan Akta Perlindungan Data Peribadi 2010.
        Baju pengantin lelaki: baju Melayu satin RM350, samping songket RM280, tanjak RM120. Ukuran diambil di butik, siap dalam 10 hari bekerja.
        Invois INV-SM-2027-00418 untuk pakej fotografi studio: RM3,280, SST tidak dikenakan, status dibayar penuh pada 12/03/2027 melalui FPX.
    """),
    ("zh-Hant", "產業新聞與歷史"): _lines("""
        2015年周杰倫與昆凌在英國塞爾比修道院舉行婚禮，之後又在台北補辦婚宴，帶動了一波「歐洲教堂、古堡婚禮」的海外婚紗拍攝熱潮。
        台北中山北路二段一帶自1970年代起聚集大量婚紗店，有「婚紗街」之稱；近年因網路接案與個人工作室興起，店面數量逐漸減少。
        台灣的婚紗攝影「一條龍」模式──棚拍、外景、相本、新秘一次包辦──被視為台灣輸出到中國大陸、香港與東南亞的特色服務業之一。
        1981年黛安娜王妃的婚紗由David與Elizabeth Emanuel夫婦設計，大泡泡袖與約7.6公尺長的拖尾，影響了整個80年代的婚紗潮流。
        2011年凱特王妃在西敏寺大婚時，穿的是Alexander McQueen創意總監Sarah Burton設計的蕾絲長袖婚紗，帶動蕾絲長袖款回歸。
        林志玲於2019年與日本藝人AKIRA在台南舉辦婚禮，新聞曝光後，不少新人跟著到台南孔廟、林百貨一帶取景，拍攝復古風格的婚紗照。
        新加坡濱海灣花園與濱海灣金沙一帶是東南亞最熱門的婚紗外景地之一，業者提醒部分園區的商業拍攝須事先提出申請並繳交場地費用。
        澳門大三巴牌坊與議事亭前地常見婚紗外拍，業者提醒在世界遺產範圍內拍攝時，腳架與反光板不可阻礙遊客通行，也應避開教堂彌撒時段。
        香港中環都爹利街的石階與煤氣路燈是法定古蹟，也是港島最受歡迎的婚紗外拍點之一，假日清晨常見多組新人排隊拍攝，建議平日早上七點前到場。
        Vera Wang原為花式滑冰選手及《Vogue》時尚編輯，1990年在紐約開設第一家婚紗店，至今仍是亞洲新娘最常指名的設計師品牌之一。
        迪士尼真人版《仙履奇緣》（2015）中仙杜瑞拉的藍色舞會禮服據報導耗用了大量布料，也讓「灰姑娘款」大蓬裙成為試穿熱門款。
        張愛玲在《紅玫瑰與白玫瑰》寫下「娶了紅玫瑰，久而久之，紅的變了牆上的一抹蚊子血」，常被婚紗店拿來當作紅白禮服搭配的宣傳文案。
        近年主管機關針對婚紗攝影業的定型化契約加強宣導，要求業者載明加價項目、交件期限與退費比例，減少簽約後常見的加價與延遲交件消費糾紛。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        新人資料：新郎 許家豪、新娘 陳怡君，聯絡電話0912-386-557，拍攝日期2027/04/18，訂單WD-2027-0418-A02，訂金NT$10,000已匯款。
        林太昨天來店裡試穿，說她已經懷孕四個月，肚子會越來越明顯，希望白紗改成高腰款，拍攝也要提前到下個月。
        禮服損壞通知：租借人 黃筱涵（身分證字號A228317047），歸還之RS-0892白紗裙擺撕裂約12公分，依附表應賠償NT$4,800。
        阿豪說他上個月剛被公司裁員，尾款NT$28,800可能要分三期付，拜託我們先不要跟他未婚妻講這件事。
        退款帳戶：國泰世華銀行（013）帳號 021-50-387164-9，戶名 蔡佩珊，退還訂金NT$5,000（颱風改期後取消）。
        取件地址：新北市板橋區文化路一段188巷12號5樓 王雅婷 收，電話0935-217-409，相本及24吋框一併寄出。
        客訴紀錄：鄭先生表示精修照把他太太手臂上的疤痕修掉了，那是她小時候燒燙傷留下的，她希望保留，情緒很激動，要求全部重修。
        選片單 WD-2027-0501-B05｜新娘：吳宜蓁｜LINE ID：yizhen0823｜備註：新娘對亮片過敏，禮服請避開珠飾款。
        劉思妤的媽媽今天打來，說她跟思妤的爸爸去年已經離婚，婚禮當天請攝影師不要拍他們同框，主桌座位也要分開。
        那個開白色Lexus、車牌BHT-6328的新郎又把車停在我們店門口紅線，門市看到請提醒他一下，上次已經被拖吊過。
        婚紗合約簽約人：張育銘，身分證F126045989，出生日期1991/06/02，戶籍地址：台中市西屯區福科路77號8樓之3。
        新秘備註：蘇家萱有異位性皮膚炎，正在看皮膚科吃類固醇，粉底請用她自備的那瓶，不能用店裡的試用品。
        陳怡安 0958-441-203 尾款逾期兩個月未繳，已寄存證信函至其住處，金額NT$31,200，下週轉給法務處理。
        官方LINE訊息：「我是上週六來試穿的小芸，電話0987-552-108，想把預約改到週日下午兩點，謝謝！」
        婚禮紀錄交件：新郎李承翰的信箱 chenghan.li0607@gmail.com，雲端相簿連結已分享，下載期限30天。
        攝影師回報：外拍時新娘何雅筑在淡水昏倒，她說自己有低血糖和貧血，已送馬偕醫院急診，拍攝中止、改期再議。
        禮服租借合約：承租人 邱建志，身分證B275193603，押金NT$5,000，信用卡號 4563-1802-7731-4590，有效期限08/29。
        楊小姐私下說她男朋友欠了一堆卡債，怕婚紗尾款被拖累，問合約可不可以只寫她一個人的名字。
        WD-2027-0622-A11,周柏宇,沈欣怡,0921-663-870,sinyi.shen@yahoo.com.tw,2027-06-22,方案A,訂金已付
        廖偉倫說他在竹科月薪才五萬二，想問婚紗加購能不能刷卡分12期，還特別交代不要讓女方家知道。
    """),
    "zh-Hans": _lines("""
        大陆新人资料：新娘 赵欣然，身份证号 44030619920817362X，手机 +86 138 2651 4407，赴台拍摄日期2027年5月9日。
        陈先生说他太太上个月流产了，原定的婚纱外景想延到秋天，让我们千万别在工作群里提这件事。
        退款账户：招商银行 6214 8302 1156 7790，户名 孙婧，退还定金人民币3,000元，请财务本周内处理。
        快递地址：上海市徐汇区漕溪北路398弄7号602室 刘梦瑶 收，电话 139-1725-0836，相册两本、桌框一个。
        王磊（微信 wanglei_0309）离过婚，有一个6岁女儿，希望婚纱照里加一组亲子照，但交代不要发到店里朋友圈。
        客诉：新娘周晓雯认为修图把她修得太瘦，说自己有进食障碍正在治疗，看到照片很难受，要求退还精修费用。
        签约人：郑浩，身份证350203198904125014，厦门人，婚纱合约编号 WD-2027-0710-C01，订金已用支付宝支付。
        阿杰的婚纱尾款还欠14,000元，他说月底发工资再还，现在在深圳一家电子厂上夜班，手头很紧。
        2027-05-02 INFO booking_create user_phone=13761409952 email=lixiaoyu1995@163.com order=WD-2027-0502-A04
        苏州的黄女士（身份证320582199502034823），住工业园区星湖街328号15幢1203室，要把礼服寄回来，问运费谁出。
    """),
    "en": _lines("""
        Client file: bride Rachel Tan Hui Min, NRIC S8834172D, mobile +65 9127 4480, pre-wedding shoot at Gardens by the Bay on 14 Aug 2027.
        Groom Marcus Lee mentioned he is still paying off a S$40,000 loan from his failed cafe, so he asked us to split the balance into four payments.
        Damage report: gown RS-1104 returned by Priscilla Wong (HKID K582341(7)) with a burn mark on the bodice; compensation HK$6,200 per schedule.
        Please courier the album to Jasmine Ong, Blk 412 Ang Mo Kio Avenue 10, #08-1123, Singapore 560412, tel 8452 9031.
        Jenny from last Saturday's fitting told me she has a heart condition and cannot wear the corset gown, please note it on her file.
        Refund to DBS account 120-34567-8, account holder Kevin Chua Wei Jie, amount S$1,500 deposit (shoot cancelled after the couple broke up).
        Ms Ananya Rao, FIN G5527014M, booked the Bali package; she asked that her ex-husband never appear in any sample album or post.
        Email from daniel.yap88@outlook.com: Hi, my fiancee is pregnant so we need the shoot before October. Can you move booking WD-2027-0905-B02?
    """),
    "ms": _lines("""
        Pelanggan: Nur Aisyah binti Kamarudin, No. MyKad 950314-10-5528, telefon 013-662 8071, tempahan sewa gaun untuk majlis 21 Jun 2027.
        Encik Faizal kata dia baru diberhentikan kerja, jadi baki bayaran RM2,400 untuk pakej Cameron Highlands mungkin lewat sebulan.
        Alamat penghantaran album: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, untuk Puan Siti Hajar, tel 012-744 3190.
        Kak Ros beritahu pengantin perempuan, Farah, sedang hamil tiga bulan, jadi pinggang gaun perlu dilonggarkan sebelum cubaan kedua.
        Pemulangan deposit ke akaun Maybank 1642 3389 0571, pemegang akaun Mohd Hafiz bin Rahman, jumlah RM500, diproses 3 hari bekerja.
        Aduan: Lim Mei Ling (tel 016-338 2047) marah kerana gambar majlisnya dimuat naik ke Facebook butik tanpa izin; minta dipadam segera.
    """),
    "mixed": _lines("""
        LINE群 @攝影組：明天 Ivy 陳筱薇 的外拍改9點，她最近在做化療，頭髮比較少，請新秘準備假髮 and 帽子，不要在現場問。
        新人資料 | Groom: Jason Ho 何俊傑 | Bride: Cheryl Lim 林佩君 | WhatsApp +60 12-519 8836 | KL pre-wedding 2027-09-12
        Dear team，吳宗翰先生 (Mr. Wu Tsung-Han) 的信用卡 4311 9720 5586 1034 被拒絕了，請他改用轉帳 before Friday。
        拍攝合約 signed by Tiffany Kuo 郭庭妤, Taiwan ID H230478169, 地址 高雄市苓雅區三多二路56號7樓, deposit NT$15,000 已匯款。
        Reminder：阿偉 still owes 尾款 NT$22,000，他說他爸爸在台大醫院ICU，所以會晚付，this week 先不要催他。
        order_id,bride,groom,phone,email -> WD-2027-1003-A09,Sharon Teo 張雪琳,Eric Teo,+65 8231 6640,sharon.teo.sx@gmail.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「露娜婚紗」台北門市的客服助理，負責協助新人處理試穿預約、改期與合約問題，回覆請使用繁體中文。",
        ),
        (
            "user",
            "你好，我是陳怡君，電話0912-386-557，原本4/12下午兩點的試穿可以改到4/19嗎？我未婚夫那天要出差。",
        ),
        (
            "assistant",
            "陳小姐您好，4/19（六）目前下午3:00與4:30還有空檔，試穿時間為90分鐘，最多可挑6件。請問您想選哪個時段？確認後我會用官方LINE發送改期通知到您登記的號碼。",
        ),
        ("user", "3點好了，另外我上次有說我對亮片過敏，這次可以先幫我把珠飾款拿掉嗎？"),
        (
            "assistant",
            "已為您改到4/19下午3:00，並在您的資料加註「避開亮片與珠飾款」，禮服部會先挑選蕾絲與緞面款備妥。如需再次更改，請於前24小時告知。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則LINE訊息給租借人黃筱涵，她還回來的RS-0892白紗裙擺撕裂12公分，依合約附表要賠NT$4,800，語氣要客氣但清楚。",
        ),
        (
            "assistant",
            "黃小姐您好，感謝您選擇本店禮服。您於本週歸還的白紗（編號RS-0892）經乾洗廠檢查，裙擺有約12公分撕裂，依租借合約賠償附表，需酌收修復費NT$4,800。檢查照片已附上供您參考，如有疑問歡迎隨時與我們聯繫，我們可以另約時間到門市當面確認。",
        ),
        ("user", "可以補一句說可以從押金扣嗎？她押金是NT$5,000。"),
        (
            "assistant",
            "可以，在最後加上：「如您同意，本店將直接自押金NT$5,000中扣除NT$4,800，剩餘NT$200將於3個工作天內退回您原付款帳戶。」",
        ),
    ],
    [
        (
            "user",
            "我叫蘇家萱，下個月要拍婚紗。我背上有一個很大的刺青，肚子也有剖腹產的疤，修圖可以全部修掉嗎？我不想讓公婆看到。",
        ),
        (
            "assistant",
            "可以的，刺青與疤痕屬於一般瑕疵修飾範圍。建議您在選片單上逐張標註要處理的部位，也可以在拍攝時選擇露背較少的禮服，減少後製量。",
        ),
        ("user", "那些原始檔會不會被店家拿去當樣本？"),
        (
            "assistant",
            "依一般婚紗合約，未經您書面同意，店家不得將照片用於官網或展示樣本。簽約時可以再確認肖像使用條款，並要求註明原始檔不得外流。",
        ),
    ],
    [
        (
            "system",
            "以下為本次客戶資料，僅供整理合約摘要使用：簽約人 張育銘，身分證F126045989，電話0922-418-706，方案B城市輕旅拍，訂金NT$10,000已付，尾款NT$36,800。",
        ),
        ("user", "幫我整理一份給門市同事看的合約摘要，重點就好。"),
        (
            "assistant",
            "合約摘要｜簽約人：張育銘｜方案：B 城市輕旅拍（大稻埕＋迪化街）｜訂金：NT$10,000（已付）｜尾款：NT$36,800，於交件前結清｜改期：颱風或停班停課可免費改期一次。身分證字號等個資請勿貼在群組。",
        ),
        ("user", "好，那尾款可以分期嗎？"),
        (
            "assistant",
            "依本店規定，尾款可使用合作銀行信用卡分3期或6期零利率，請於交件前一週完成刷卡。",
        ),
    ],
    [
        (
            "user",
            "我在上海，婚纱照是在台北拍的，相册要寄到上海市徐汇区漕溪北路398弄7号602室，收件人刘梦瑶，电话13917250836，大概要多久？",
        ),
        (
            "assistant",
            "从台北寄往上海一般走顺丰国际，约5至7个工作日，运费约NT$1,200。出货后店家会把运单号发到您的邮箱，请确认收件人姓名与身份证信息一致，以便清关。",
        ),
        ("user", "清关要身份证号吗？我的是310104199311082440。"),
        (
            "assistant",
            "部分个人物品进口清关需要收件人身份证信息，建议您直接在顺丰的实名认证页面填写，不要通过聊天或邮件发给婚纱店，以免个人信息外泄。",
        ),
    ],
    [
        ("system", "你是婚纱工作室老板的写作助理，帮忙起草与客户沟通的消息，语气礼貌。"),
        (
            "user",
            "客户阿杰（邓俊杰）的尾款还欠14,000元，拖了三个月，他说在深圳工厂上夜班手头紧。帮我写一条催款消息，别太凶。",
        ),
        (
            "assistant",
            "俊杰您好，打扰了。关于您婚纱套餐尚余的14,000元尾款，想和您确认一下付款安排。我们理解近期可能不太方便，如有需要，可以改为每月3,500元、分四期支付。方便的话请回复您方便的方式，谢谢！",
        ),
        ("user", "加一句如果月底前不回复就要走法律程序。"),
        (
            "assistant",
            "可以在结尾加上：若于本月30日前未收到您的回复，我们将依合约约定委托律师处理，希望不必走到这一步。",
        ),
    ],
    [
        (
            "user",
            "Hi, we booked a pre-wedding shoot in Taipei for 14 Aug. I'm Rachel Tan, rachel.tanhm@gmail.com, +65 9127 4480. Can we move it to September?",
        ),
        (
            "assistant",
            "Hi Rachel, a one-time free reschedule is usually allowed within six months of the original date. I would suggest emailing the studio with your booking number and two or three preferred September dates.",
        ),
        (
            "user",
            "The reason is I just found out I'm pregnant and my doctor wants me to avoid flying in the first trimester. Should I tell the studio that?",
        ),
        (
            "assistant",
            "You don't have to share medical details. Saying you need to reschedule for personal reasons is enough. If you want a looser gown later on, you can mention you'd prefer empire-waist styles at the fitting.",
        ),
    ],
    [
        (
            "user",
            "Please anonymise this complaint log before I forward it to our vendor: Priscilla Wong, HKID K582341(7), tel 9183 6642, returned gown RS-1104 with a burn mark, refuses to pay HK$6,200.",
        ),
        (
            "assistant",
            "Here is a redacted version: Customer [REDACTED], ID [REDACTED], tel [REDACTED], returned gown RS-1104 with a burn mark on the bodice; disputes the HK$6,200 compensation under the damage schedule.",
        ),
        (
            "user",
            "Great, also keep the booking reference WD-2027-0820-C04 so the vendor can match it.",
        ),
        (
            "assistant",
            "Updated: Booking WD-2027-0820-C04, customer [REDACTED], returned gown RS-1104 with a burn mark on the bodice; disputes the HK$6,200 compensation under the damage schedule.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Butik Pengantin Seri Mawar di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Nur Aisyah, tel 013-662 8071. Saya hamil lima bulan masa majlis nanti, ada tak gaun yang boleh dilonggarkan di bahagian perut?",
        ),
        (
            "assistant",
            "Tahniah Puan Aisyah! Kami ada beberapa gaun potongan empire dan A-line yang sesuai untuk ibu mengandung. Pelarasan saiz termasuk dalam harga sewa. Cadangan kami, buat sesi cubaan kedua dua minggu sebelum majlis.",
        ),
        ("user", "Boleh saya datang hari Sabtu ni pukul 11 pagi?"),
        (
            "assistant",
            "Boleh, slot Sabtu jam 11:00 pagi telah ditempah atas nama Nur Aisyah. Pengesahan akan dihantar melalui WhatsApp ke nombor 013-662 8071.",
        ),
    ],
    [
        (
            "user",
            "幫我把今天LINE群的重點整理成to-do list：1) Ivy 陳筱薇 明天外拍改9點，她在做化療要準備假髮 2) Jason Ho 何俊傑 WhatsApp +60 12-519 8836 要改KL選片時間 3) RS-0892 送乾洗",
        ),
        (
            "assistant",
            "To-do list：1. 新秘組：明天9:00外拍（陳筱薇），準備假髮與帽子，現場勿詢問病情。2. 門市：聯絡何俊傑（WhatsApp +60 12-519 8836）重新安排吉隆坡選片時間。3. 禮服部：RS-0892送乾洗廠並追蹤處理結果。",
        ),
        ("user", "陳筱薇那條可以不要寫化療嗎？這份要貼在公開的工作看板上。"),
        (
            "assistant",
            "好的，修改為：1. 新秘組：明天9:00外拍（陳筱薇），依新人需求準備假髮與帽子。其他項目不變。建議公開看板上也不要放客戶電話，改寫成「請見CRM」。",
        ),
    ],
]
