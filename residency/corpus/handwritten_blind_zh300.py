# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh300: 繁體中文（台灣）命理館、宮廟與算命服務（八字命盤、安太歲、點光明燈、改名、收驚、香客資料、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh300
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "宮廟公告"): _lines("""
        【安太歲公告】丁未年（2027）犯太歲生肖：屬羊值太歲、屬牛沖太歲、屬鼠害太歲、屬狗破太歲，敬請信眾於農曆正月十五前至本宮服務處登記，每位隨喜功德金新台幣600元。
        本宮光明燈、財神燈、文昌燈自國曆12月15日上午8:00起開放線上登記，網址 www.xuande-temple.org.tw/light ，額滿為止；服務處電話 04-2233-1907 分機12。
        農曆正月初九天公生（國曆2027年2月14日），子時起舉行拜天公科儀，廟前中正路將於當晚23:00至翌日02:00實施交通管制，請香客改由後門進出。
        收驚服務：每週二、四、六下午2:00至5:00，由本宮法師親自主持；孩童請家長陪同，無法到場者可攜帶貼身衣物一件代收，恕不受理電話收驚。
        本宮地址：台中市北區進化北路318號，搭乘公車於「中友百貨」站下車步行約6分鐘；宮內無停車場，請多利用一中街周邊公有停車場。
        月老參拜請依序：先拜天公爐、再拜城隍爺、後拜月下老人；可參考台北霞海城隍廟（迪化街一段61號）的求紅線流程，紅線與鉛錢請於服務台請領。
        大甲媽祖遶境進香日期依鎮瀾宮元宵節擲筊結果公布，本宮隨香團預計包遊覽車三台，報名費每人1,500元（含便當兩餐、帽子、香旗），額滿即止。
        防詐騙提醒：本宮官方LINE帳號僅有「@xuande318」，工作人員不會私訊要求匯款、加價改運或代購符令，如有疑問請撥服務處專線04-2233-1907查證。
        財團法人臺中市玄德宮（統一編號 77184320）開立之捐款收據可於綜合所得稅申報列舉扣除，請於登記時提供收據抬頭；年度收據將於隔年1月底前寄出。
        中元普渡自農曆七月十五日上午9:00起，普渡桌每桌1,200元（含米、罐頭、餅乾），亦可自備供品；請勿以生鮮肉品上桌，普渡後物資將捐贈北區社福中心。
        因應大殿屋頂整修工程，自2027年3月1日至5月31日暫停燃香，請信眾改以鮮花、素果參拜；本案經本宮管理委員會第十二屆第三次會議通過。
        補運、祭改時段調整為每月農曆初一、十五上午10:00及下午3:00兩場，每場限額30位，請提前於官網或服務台登記，現場名額以號碼牌發放。
        本宮自2027年元旦起全面停止焚燒金紙，響應行天宮、龍山寺等大廟減香減爐作法，並推出「以功代金」方案，善款轉作清寒學生獎學金。
    """),
    ("zh-Hant", "價目表"): _lines("""
        天機堂命理館 2027年服務價目表（自1月1日起實施）：八字論命新台幣1,800元／人，限一小時，含流年、大運分析；逾時每15分鐘加收400元。
        紫微斗數命盤列印＋錄音解說 NT$2,400，錄音檔以雲端連結寄送，連結保存30天，逾期恕不補寄，請於預約時確認是否需要紙本命盤。
        姓名學改名服務：筆劃五格、三才分析並提供三組候選名，NT$6,600；嬰兒命名另加出生證明用字查核，交件工作天約7日，急件加收1,000元。
        合婚：每對NT$3,200，需提供雙方國曆或農曆出生年月日時；擇日（結婚、訂婚、入厝、開市、動土）每項NT$1,600，含吉時表一份。
        陽宅勘察：雙北地區NT$8,800起，桃竹苗地區NT$12,000起，其他縣市另計高鐵車資；辦公室或店面每坪加收30元，附書面報告與羅盤照片。
        點燈價目：光明燈每盞500元、財神燈1,200元、文昌燈800元、藥師燈800元、月老姻緣燈600元，均為一年期（農曆正月至臘月）。
        收驚：現場每位200元，代收驚（攜衣物）300元；平安符每張100元，開光貔貅、水晶手鍊依款式另訂，標價見店內櫃檯陳列牌。
        線上視訊論命（LINE視訊／Google Meet）NT$2,000／50分鐘，海外客戶可以PayPal或Wise付款，匯率以付款當日台灣銀行牌告為準。
        企業命名與商標命名：每案NT$18,000起，含五組候選名及公司名稱預查建議，不含經濟部商業司規費與智慧財產局商標申請規費。
        塔羅牌三張牌陣NT$600、凱爾特十字牌陣NT$1,200、手面相NT$800；學生憑學生證九折，與其他優惠不得合併使用，恕不接受電話占卜。
        付款方式：現金、LINE Pay、街口支付、信用卡（VISA／Master／JCB）；轉帳請匯至玉山銀行（808）民生分行，戶名「天機堂命理有限公司」，帳號0368-940-112857。
        本館開立電子發票，公司報帳請提供統一編號；天機堂命理有限公司統編 54832107，營業地址：台北市松山區民生東路五段69巷3號1樓。
        春節期間（除夕至初五）暫停門市服務，初六起恢復營業；1月預約已額滿，2月論命請於12月20日後透過LINE官方帳號 @tianjitang 預約。
    """),
    ("zh-Hant", "LINE群工作訊息"): _lines("""
        【櫃台】今天下午三點那組合婚客人改到四點半，師父已確認；負責點燈的同仁請先把光明燈牌位貼好，第二排還剩12盞空位，第三排已全滿。
        會計這邊提醒：12月點燈收入目前累計NT$386,500，LINE Pay對帳有三筆差額共1,500元，明天早上九點前請櫃台把手寫收據聯補齊。
        月老殿的紅線快用完了，庫存剩兩箱（約400條），已經跟迪化街那家批發商下單，週四下午到貨，到時候請兩位同仁幫忙搬到後殿倉庫。
        提醒大家：明天初一香客會很多，早班六點半到，記得先把天公爐清乾淨、金紙區補貨，停車場那邊請志工組派兩個人指揮，香客大樓電梯記得先檢查。
        官網預約系統剛剛出錯，訂單編號 BK2612070018 到 BK2612070025 重複寄了確認信，工程師說已修好，客人如果打來問就說系統重寄。
        收驚桌的米快沒了，今天用掉三斗，下午請採購組再叫一包20公斤的池上米；香也剩不到一箱，順便補沉香三十支裝的，收據記得拿回來核銷。
        師父交代：下週起八字論命一律先收訂金500元，沒付訂金的預約保留到前一天晚上八點，逾時就釋出給候補名單，請櫃台統一回覆。
        剛接到區公所來電，說元宵節燈會期間廟前廣場要借給里辦公室擺攤，時間是2月20日下午四點到十點，請總務在本週五前回覆公文並附場地配置圖。
        大家注意一下，最近有假冒本宮的LINE帳號在發「補財庫」訊息，請把官方公告截圖轉到各香客群，順便提醒不要點陌生連結，也不要私下匯款。
        文昌燈今年報名比去年多了四成，主要是學測快到了，燈座不夠，已請木工做第五座燈塔，預計1月10日前完工安裝，新燈塔可放一百二十盞。
        下午兩點廟方管委會開會，議程：一、普渡結算報告；二、屋頂整修招標；三、春節值班表，請各組組長準時到二樓會議室，記得帶上月報表。
        明天電視台要來拍安太歲的新聞畫面，拍攝時間上午十點到十一點，請大家穿廟方背心，不要讓鏡頭拍到香客的臉和登記簿，拍完再恢復開放。
        列印機的碳粉沒了，疏文今天先用備用那台印；另外光明燈牌位的字體請統一用標楷體24號，上次有幾盞字太小被師父念了，印之前先給櫃台看一下。
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：我人在大陆，可以远程安太岁吗？答：可以，请在线填写生肖与出生年份，我们会代为安奉，并于每月初一、十五上香，全年费用新台币600元（约人民币140元）。
        问：八字需要精确到几点？答：最好提供出生时辰（如子时为23:00至01:00），若不确定时辰，老师会以三柱论命并另作说明，准确度会略受影响。
        问：海外客户如何付款？答：支持PayPal、Wise及支付宝境外付款，付款成功后系统会发送订单号（格式如 TJ-2027-00001），请保留以便查询。
        问：改名后需要到户政事务所办理吗？答：本馆只提供姓名学建议，实际更名须依当地法规自行办理，台湾依《姓名条例》一生改名以三次为限。
        问：光明灯可以帮已过世的亲人点吗？答：光明灯为在世者祈福使用，往生者请改为登记超度或安奉牌位，费用与流程请洽服务处，或留言至官方LINE帐号。
        问：收惊对婴儿有效吗？答：收惊属于传统民俗，若孩子持续发烧、哭闹不止，请先就医；民俗仪式仅作心理安定之用，不能取代医疗。
        问：网上说“犯太岁”一定会倒霉，是真的吗？答：太岁为民间信仰，安太岁意在祈求平安，请勿听信任何要求高额化解费用的说法，本馆不收任何化解费。
        问：新加坡和马来西亚的客户可以寄送平安符吗？答：可以，国际挂号运费新台币350元，约7至14个工作日送达，追踪号码会通过电子邮件通知。
        问：视频论命会录音吗？答：经客户同意后才录音，录音档保存30天后自动删除；我们不会把命盘或录音用于任何宣传或模型训练用途。
        问：生肖以农历初一还是立春为准？答：命理上以立春为界，例如2027年立春为2月4日，在此之前出生仍属马；民间也有以正月初一为准的说法。
        问：可以开发票吗？答：台湾客户可开电子发票，海外客户提供英文收据，抬头请填公司名称，如需统一编号请在付款备注中注明，发票将于三个工作日内寄出。
        问：预约后可以取消吗？答：预约时间前48小时取消可全额退款，48小时内取消扣除订金500元，当日未到视同取消，订金不予退还。
        问：你们和网上直播的“某某大师”是同一家吗？答：本馆仅有台北民生东路一家门市，未开设分店，也未授权任何人以本馆名义在抖音、小红书直播卖符。
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-07T09:14:32+08:00 INFO booking-api POST /v2/bookings 201 order=TJ-2027-00318 service=bazi_reading duration_ms=184 region=tw
        2026-12-07T09:15:02+08:00 WARN lamp-service slot_capacity_reached lamp_type=guangming row=2 capacity=120 requested=1 fallback=waitlist
        LAMP_PRICES_TWD = {"guangming": 500, "caishen": 1200, "wenchang": 800, "yaoshi": 800, "yuelao": 600}  # one lunar year each
        config.yaml -> timezone: Asia/Taipei, lunar_calendar: true, lichun_boundary: true, deposit_twd: 500, cancel_window_hours: 48
        def zodiac_for(year: int) -> str: return ZODIAC[(year - 4) % 12]  # 2027 -> goat (ding-wei); the lichun boundary is handled elsewhere
        line_bot: {channel_secret: "${LINE_CHANNEL_SECRET}", webhook: "https://api.example-temple.tw/line/webhook", reply_timeout_s: 10}
        2026-12-07T10:02:47+08:00 ERROR payment-gateway txn=PAY-8F3A21C9 provider=linepay status=timeout retry=2/3 amount=1800 currency=TWD order=TJ-2027-00322
        sha256(bazi_chart_template_v3.pdf) = 9c1e4b7d2a05f8e36b91c0d4a7e2f5831b6c9d0e4f7a2b5c8d1e3f6a9b0c2d4e  # verified on release build 3.4.2
        CREATE TABLE lamp_registration (id BIGSERIAL PRIMARY KEY, devotee_name TEXT NOT NULL, lamp_type TEXT, lunar_year SMALLINT, row_no INT, seat_no INT, paid_twd INT);
        order_id,service_code,lunar_birth_year,zodiac,lamp_type,amount_twd,paid_at,channel,receipt_no,refund_status
        release notes v3.4.2: fixed leap-month conversion for the 2025 intercalary sixth month; added Malay UI strings; bumped lunar-python to 1.3.12
        cron: 0 6 1,15 * * /opt/temple/bin/print_lamp_tags --lunar --printer=EPSON-LQ-690C --font=DFKai-SB --size=24 >> /var/log/lamp_tags.log
        {"chart_id": "demo-0001", "gender": "M", "pillars": ["甲子", "丙寅", "戊辰", "庚申"], "note": "textbook example from the docs, not a client"}
    """),
    ("ms", "notis_tokong"): _lines("""
        Notis: Pendaftaran pelita Kuang Ming dan upacara An Tai Sui bagi Tahun Kambing 2027 dibuka mulai 15 Disember, jam 9 pagi hingga 5 petang di kaunter tokong.
        Yuran pendaftaran An Tai Sui ialah RM38 seorang, pelita Kuang Ming RM68 setahun; bayaran boleh dibuat secara tunai, DuitNow QR atau pindahan bank ke akaun persatuan.
        Untuk pertanyaan, sila hubungi pejabat tokong di talian 04-226 5813 atau WhatsApp 011-2345 0817 (waktu pejabat sahaja); e-mel: pejabat@tokongxuande.org.my
        Persatuan Penganut Tokong Xuan De Pulau Pinang (No. Pendaftaran PPM-014-07-28031988) ialah pertubuhan berdaftar di bawah Jabatan Pendaftaran Pertubuhan Malaysia.
        Alamat tokong: 88, Lebuh Pitt, 10200 George Town, Pulau Pinang, berhampiran Kuil Kuan Yin (Kong Hock Keong) dan Masjid Kapitan Keling.
        Sambutan Hari Jadi Dewa Langit (Pai Ti Kong) pada malam 14 Februari 2027; Lebuh Pitt akan ditutup kepada kenderaan dari jam 10 malam hingga 2 pagi.
        Pengunjung dinasihatkan supaya tidak membakar kertas sembahyang di luar tong yang disediakan, selaras dengan peraturan Majlis Bandaraya Pulau Pinang (MBPP).
        Sesi shou jing (upacara menenangkan semangat) untuk kanak-kanak diadakan setiap Selasa dan Khamis, 2 petang hingga 5 petang; sumbangan ikhlas, tiada bayaran tetap.
        Tokong Thean Hou di Kuala Lumpur dan Tokong Kek Lok Si di Air Itam merupakan antara tokong Cina terbesar di Malaysia dan sering dikunjungi pelancong semasa Tahun Baru Cina.
        Resit derma yang dikeluarkan oleh persatuan tidak layak untuk potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967 kecuali dinyatakan sebaliknya.
        Perhatian: Tokong ini tidak mempunyai akaun TikTok rasmi yang menjual azimat secara dalam talian; sila laporkan sebarang penipuan kepada talian NSRC 997.
        Jadual sembahyang Chap Goh Mei: 20 Februari 2027, upacara bermula jam 7 malam, diikuti persembahan tarian singa oleh kumpulan belia persatuan di perkarangan tokong.
        Sukarelawan diperlukan untuk Pesta Hantu Lapar (Zhong Yuan) 2027; taklimat di dewan tokong pada 3 Julai, jam 8 malam; makan malam vegetarian disediakan.
    """),
    ("mixed", "商家評論"): _lines("""
        ★★★★★ 天機堂的八字 reading 真的很準，老師講流年的部分 very detailed，還有錄音可以回家聽，NT$1,800 覺得 worth it。
        ★★☆☆☆ 預約系統很難用，LINE 官方帳號回覆超慢，waited 3 days 才拿到命盤 PDF，而且 PDF 有兩頁排版跑掉，希望改善。
        Went to 龍山寺 for the first time, 求籤流程 a bit confusing but the 志工 explained in English, 很友善。Highly recommend visiting on a weekday morning.
        霞海城隍廟的月老 is legit lol，拜完三個月就脫單，記得帶喜餅回去還願，the staff there are super kind，周邊迪化街也很好逛。
        行天宮的收驚 queue 很長，週六下午大概排了 40 分鐘，但是免費而且效勞生很溫柔，good for kids who keep crying at night。
        ★★★☆☆ 改名服務 NT$6,600 有點貴，三組名字裡面兩組 honestly 很普通，不過老師有解釋五格筆劃 logic，整體 okay。
        吉隆坡的 Thean Hou Temple 晚上點燈 super beautiful，parking 要 RM5，Chinese New Year 那週人爆多，建議坐 Grab 去。
        「林老師姓名學」這家店名看起來像個人工作室，其實是有公司登記的，收據有統編，corporate 報帳 no problem，服務也算專業。
        Singapore 的 Thian Hock Keng 天福宮 on Telok Ayer Street 很值得一去，history 超過 180 年，architecture 很漂亮，free entry。
        ★☆☆☆☆ 說好 48 小時前取消可以全退，結果只退了一半，客服說 policy 有改但網站沒更新，very disappointing，訂單 TJ-2027-00107。
        Google Maps 上「紫微閣」的評價 4.8，but 我覺得有點 overhyped，老師一直推銷 NT$12,000 的開光水晶，整個過程不太舒服。
        大甲鎮瀾宮遶境第一次跟 full 9 天 8 夜，腳起水泡但 experience 很難忘，沿途香客準備的 free food 超多，highly recommended。
        Ordered 平安符 shipped to Malaysia，tracking number EE123456789TW，兩週就收到，包裝很用心，還附贈一張中英文使用說明。
    """),
    ("zh-Hant", "歷史典故"): _lines("""
        子平八字以徐子平命名，他將唐代李虛中以年柱為主的推命法改為以日干為主，奠定今日「四柱八字」論命的基本架構，後世稱子平術。
        紫微斗數相傳為五代末宋初陳摶（陳希夷）所創，傳世典籍有《紫微斗數全書》，明代以後在民間廣泛流傳，至今仍是台灣命理館主流論命法。
        袁天罡與李淳風為唐代著名術數家，相傳兩人合著《推背圖》，共六十象，歷代被附會為預言之書，真偽至今仍有爭議，現存版本多為清代以後的抄本。
        媽祖本名林默，宋代福建莆田湄洲人，相傳生於建隆元年農曆三月廿三，後世尊為天上聖母，台灣每年農曆三月的遶境、進香活動即源於此一信仰。
        艋舺龍山寺創建於清乾隆三年（1738年），由福建晉江、南安、惠安三邑移民自泉州安海龍山寺分靈而來，主祀觀世音菩薩，現為國定古蹟。
        行天宮由黃欉（玄空師父）創建，1967年遷至現址台北市中山區民權東路二段109號，主祀關聖帝君，以不設功德箱、不演戲酬神聞名。
        安太歲習俗可追溯至道教六十甲子太歲星君信仰，每年值年太歲各有名諱，例如丙午年為文哲星君、丁未年為繆丙星君，廟方多於正月初九前後統一安奉。
        收驚源自古代「招魂」習俗，《楚辭》中即有〈招魂〉篇，相傳為宋玉所作，後來在閩南與台灣發展成以米、香、衣物為媒介的民俗儀式。
        劉伯溫（劉基）為明朝開國功臣，民間託名其作的《燒餅歌》與託名諸葛亮的《馬前課》，常被並列為中國古代流傳最廣的預言書，但多為後人附會之作。
        北宋邵雍（邵康節）著有《皇極經世》，民間流傳的「梅花易數」亦託名於他，以時間、數字起卦，至今仍為許多命理師所用，坊間相關著作超過百種。
        台灣光明燈習俗與佛教「燃燈供佛」及道教「禮斗」有關，《佛說施燈功德經》記載以燈供養可得福報，戰後隨廟宇經濟發展而普及，現已成為各大宮廟主要收入之一。
        鄭成功於1661年率軍渡海攻取台灣，翌年逐退荷蘭東印度公司，台南延平郡王祠奉祀之，民間尊稱「開台聖王」、「國姓爺」，台灣各地奉祀他的廟宇逾百座。
        清水祖師相傳俗名陳昭應（一說陳普足），北宋福建安溪人；三峽長福巖由畫家李梅樹主持重建，雕工精細，被譽為「東方藝術殿堂」。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        香客資料：王淑芬，民國68年次，農曆三月初七辰時生，住新北市板橋區文化路一段188巷12號5樓，手機0932-581-447，登記光明燈一盞、安太歲一位。
        林太昨天來問，她老公外遇要離婚，想幫兒子改名轉運，請師父下週三幫她排時間，她說不要打去家裡。
        阿明說他欠地下錢莊80萬，想點財神燈，他媽媽拜託我們千萬不要跟他爸講這件事，燈的錢也是她偷偷付的。
        身分證字號 A123458710，出生 1985/06/12 寅時，改名前：陳志豪，改名後：陳宥辰（戶政已辦妥），請更新會員卡。
        收驚登記：小孩 張語彤 3歲，夜哭兩週，家長電話 0915-227-806，衣服已放在收驚桌第二格。
        麻煩退款到我的帳戶：台新銀行（812）帳號 2088-10-0456712-3，戶名黃雅琪，光明燈重複繳了500元。
        合婚：男方 劉建宏 1990年8月3日申時，女方 蔡佩珊 1992年12月19日卯時，女方已懷孕三個月，雙方家長希望年底前結婚。
        吳先生的車牌 BQK-7732 停在廟埕擋住香客大樓出口，請廣播請他移車，他人在大殿拜拜。
        師父，我是上週來點燈的許美玲，最近檢查出乳癌第二期，想問能不能再加點一盞藥師燈祈福？
        T2027-0412,鄭雅文,女,羊,1991-03-22,台南市東區長榮路三段45號7樓,0963-208-771,光明燈,已繳
        信眾LINE暱稱「小慧」，LINE ID：chen.hui0603，要求把改運符寄到高雄市苓雅區四維三路22號11樓之2，收件人陳慧君。
        謝小姐身分證 F228139048，要開捐款收據給她報稅，抬頭寫謝宜蓁，金額新台幣3,600元。
        廖太太說她先生上個月被警察抓了，涉嫌幫詐騙集團車手提款，想來求平安符、問官司會不會判很重。
        陳秀英阿嬤的三個兒子為了土地繼承吵到上法院，她來求籤，說想寫遺囑把房子留給小女兒。
        香客 E-mail：peiyu.hsu1988@gmail.com，她要我們把命盤PDF寄到這個信箱，不要寄到公司。
        手機 0978-356-120 傳訊息說要改約到週六上午，沒留名字，說是上次來看紫微的那位。
        楊先生說他在竹科月薪才四萬二，老婆嫌他賺太少，想看明年有沒有升遷運，順便問要不要換工作。
        收據抬頭：蘇冠廷，捐香油錢3,600元，身分證 E120987334，供綜所稅列舉扣除。
        2026-12-05 14:22:10 INFO booking created id=BK2612050031 name=何佳穎 phone=0926-114-583 service=八字論命 birth=1996-10-08
        張媽媽來收驚時說她女兒張芷晴被前男友家暴，現在躲在娘家，拜託我們千萬別讓那個男的知道她住哪裡。
    """),
    "zh-Hans": _lines("""
        客户：李晓东，身份证号 440304198805162315，要求排八字并看明年财运，已通过微信支付 888 元，报告发他邮箱。
        王姐说她女儿在新加坡读书抑郁症复发，想给女儿点一盏光明灯，先不要在群里说，孩子那边也不知道她来问。
        我的手机号是 139 2451 8836，麻烦老师把改名方案发我微信，微信号 zhangyu_1988，谢谢。
        收货地址：福建省厦门市思明区湖滨南路388号2栋1203室，收件人 林雪梅，电话 18659230471（平安符2张）。
        邓先生欠了信用卡和网贷一共46万，老婆准备跟他离婚，他问改名能不能转运，下周二下午过来面谈。
        命主：周婉婷，女，1992年3月11日酉时生，身份证 350203199203114528，原籍厦门，现居吉隆坡。
        陈先生（身份证 880412-07-5531）在槟城开咖啡店，今年亏了12万，想问明年要不要关店。
        订单备注：给儿子刘子轩收惊，孩子5岁，上周从楼梯摔下来后一直做噩梦，家长电话 +60 12-388 4071。
        退款请转到我的招商银行卡 6214 8301 2345 6789，上次重复付了安太岁的钱，麻烦尽快处理。
        黄太太说她老公在深圳养了小三，对方已经怀孕，她来问要不要离婚、孩子跟谁比较好，约了周四晚上再来问一次。
    """),
    "en": _lines("""
        Client intake: Jonathan Tan Wei Ming, NRIC S8812345Z, DOB 14 Feb 1988, wants a BaZi reading before his wedding; contact jtan.weiming88@outlook.com.
        Please call Mrs. Koh back at 9123 4876 about her son's name change; she says the boy has been bullied at school since March.
        Aunty Mei's husband had a stroke last month and is still in ICU; she wants a medicine-buddha lamp lit for him and asks us to pray at the Sunday session.
        Shipping label: deliver amulet to Rachel Lim, Blk 412 Ang Mo Kio Ave 10 #08-1234, Singapore 560412, HP 8765 3321.
        Refund SGD 388 for the cancelled feng shui audit to DBS account 012-345678-9 (Daniel Ong Jun Hao).
        Customer Li Na, FIN G6123478R, works night shifts as a nurse and wants to know if she should move back to China after her divorce.
        Someone called from +65 9734 5012 twice about the cleansing ritual, left no name, said it was urgent.
        Mr. Chan Ka Ho, HKID K372918(4), owes his cousin HK$200,000 and asked the master whether 2027 is a good year to declare bankruptcy.
    """),
    "ms": _lines("""
        Pelanggan: Lim Siew Ling, No. KP 900715-10-5628, alamat 23, Jalan SS2/64, 47300 Petaling Jaya; mahu nyalakan pelita Kuang Ming untuk ibunya yang sakit buah pinggang.
        Encik Tan Ah Kow, telefon 012-567 3390, berhutang RM45,000 dengan along dan minta tangkal pembawa rezeki daripada sifu.
        Puan Wong dah bercerai dengan suaminya bulan lepas, dia nak tukar nama anak perempuannya ikut marga ibu.
        Sila pindahkan bayaran balik ke akaun Maybank 1140 2233 5567 atas nama Chong Mei Yee, terima kasih.
        Kereta nombor plat WXT 8826 milik Encik Lee menghalang laluan ke dewan tokong, sila alihkan segera.
        Borang: Nama: Ng Kok Wai; Tarikh lahir: 3 Mac 1979 jam 7 pagi; E-mel: kokwai.ng79@yahoo.com.my; Tujuan: ramalan BaZi dan nasihat perniagaan.
    """),
    "mixed": _lines("""
        師父 sorry，我是 Sandy 黃，昨天 booking 的 BaZi reading 想改時間，my number 0912-773-064，thanks！
        Customer 陳美華 (Tel: +886 937 448 210) 說她 husband 有 gambling debt 大概 NT$150萬，想問 2027 流年會不會好轉。
        @小芳 你 ex 的 IG 帳號是 @kevin.lai_0521 對吧？師父要他的生日才能合盤，你問得到嗎？
        林先生 just got diagnosed with 肝硬化, his daughter 林宜君 wants to 點藥師燈 for him, email: yijun.lin@gmail.com
        Name change done: 原名 Lee Jia Hui → 新名 李嘉蕙, IC 950823-14-6012, please update 會員資料 and print new 牌位.
        Booking #TJ-2027-00288：Mr. 羅 Kelvin, DOB 1983-09-17 戌時, HP 0922-815-390, 想問 his wife 流產後要不要安胎燈。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是天機堂命理館的LINE官方帳號客服助理，協助客人預約八字論命、點燈與收驚，回覆請使用繁體中文並保持禮貌。",
        ),
        (
            "user",
            "你好，我想預約八字論命，我叫蔡宛臻，民國80年農曆7月12日早上6點多出生，手機0921-664-305，週六下午可以嗎？",
        ),
        (
            "assistant",
            "蔡小姐您好，已為您暫訂12月12日（週六）下午3:00的八字論命，費用NT$1,800，需先付訂金500元；早上6點多屬卯時，請再確認您提供的是農曆生日嗎？",
        ),
        ("user", "是農曆沒錯。另外我上個月剛離婚，想順便問感情跟小孩監護權的事，師父會看嗎？"),
        (
            "assistant",
            "了解，已在預約備註加註「農曆生日、詢問感情與子女」，師父論命時會一併說明；監護權屬法律問題，建議同時諮詢律師。訂金付款連結稍後傳給您。",
        ),
    ],
    [
        (
            "user",
            "我妈今年属牛，明年要冲太岁，她叫何秀兰，1961年出生，身体也不好，上个月刚做完心脏支架手术。我在深圳没办法回台湾，可以帮她远程安太岁吗？",
        ),
        (
            "assistant",
            "可以的。远程安太岁需要提供命主姓名、农历出生年月日，费用新台币600元，完成后我们会把太岁符寄给命主。请问平安符要寄到哪里？",
        ),
        (
            "user",
            "寄到台中市南屯区公益路二段51号8楼之3，收件人何秀兰，电话0955-208-617，她农历生日是五月初九。",
        ),
        (
            "assistant",
            "好的，已登记：何秀兰，1961年农历五月初九，太岁符寄台中市南屯区公益路二段51号8楼之3。也祝您母亲术后早日康复，记得按时回诊。",
        ),
    ],
    [
        (
            "system",
            "You are the assistant for a Singapore temple's baby-naming service. Be warm and concise.",
        ),
        (
            "user",
            "Hi, my wife just delivered our son at KK Hospital on 2 Dec 2026, 10:47pm. Surname Goh. I'm Goh Wei Jie, NRIC S7745120Z, HP 9456 2170. Can you suggest Chinese names with good stroke counts?",
        ),
        (
            "assistant",
            "Congratulations, Mr. Goh! A birth at 10:47pm falls in the Hai hour. For the surname 吳 (7 strokes), candidates such as 吳承熙 and 吳柏睿 give balanced five-grid totals. The master will confirm against the full BaZi chart.",
        ),
        (
            "user",
            "Thanks. Please email the full report to weijie.goh@gmail.com, not my work address.",
        ),
        (
            "assistant",
            "Noted: the report for baby Goh (born 2 Dec 2026, 10:47pm) will go to weijie.goh@gmail.com within 7 working days.",
        ),
    ],
    [
        (
            "user",
            "Saya nak derma RM500 untuk pembinaan semula dewan tokong. Nama saya Lau Chee Keong, IC 750302-07-5219. Boleh dapat resit untuk potongan cukai?",
        ),
        (
            "assistant",
            "Terima kasih, Encik Lau. Persatuan akan keluarkan resit rasmi atas nama anda, tetapi derma ini tidak layak untuk potongan cukai kerana tokong belum diluluskan di bawah Seksyen 44(6).",
        ),
        (
            "user",
            "Okay tak apa. Tolong hantar resit ke 12, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang.",
        ),
        (
            "assistant",
            "Baik, resit RM500 atas nama Lau Chee Keong akan dipos ke 12, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas dalam masa dua minggu.",
        ),
    ],
    [
        (
            "system",
            "你是一個命理聊天助理，可以用中英夾雜的方式回答，請提醒使用者不要隨意分享第三方個資。",
        ),
        (
            "user",
            "幫我看一下我跟我 ex 合不合，我 1994/05/20 午時，他叫 Kevin 賴冠宇，1993/11/02 出生，住在台北內湖，現在在 TSMC 上班。",
        ),
        (
            "assistant",
            "可以從你們兩人的生肖和日柱大致看一下 compatibility，不過對方的出生資料和工作單位屬於他的個資，下次分享時可以省略這些細節喔。",
        ),
        ("user", "OK 其實重點是他欠我 NT$30萬 一直沒還，我只是想知道 2027 有沒有機會要回來。"),
        (
            "assistant",
            "流年只能當參考，借款糾紛建議保留轉帳紀錄和對話截圖，可以先寄存證信函，必要時申請支付命令，這比看流年更實際。",
        ),
    ],
    [
        (
            "system",
            "你是玄德宮服務處的內部助理。今日香客資料：1. 江美惠，0933-218-904，光明燈兩盞，未繳費；2. 羅志明，0917-552-036，安太歲一位，已繳費。請協助同仁草擬提醒訊息，勿外流個資。",
        ),
        ("user", "幫我寫一則LINE訊息，提醒還沒繳費的那位香客。"),
        (
            "assistant",
            "江小姐您好，這裡是玄德宮服務處。您登記的光明燈兩盞（共NT$1,000）目前尚未完成繳費，請於12月31日前至服務台或以LINE Pay繳納，謝謝您，平安順心。",
        ),
    ],
    [
        (
            "user",
            "師父說祭改要寫疏文，要寫姓名、生辰、地址。我叫邱建良，民國72年農曆十月初三亥時生，住桃園市中壢區環北路400巷7號，要怎麼寫？",
        ),
        (
            "assistant",
            "疏文可以這樣寫：「具疏信士邱建良，民國七十二年農曆十月初三日亥時建生，住桃園市中壢區環北路四百巷七號，誠心叩求消災解厄、身體康泰。」",
        ),
        ("user", "另外我太太黃怡婷也要一起寫，她懷孕五個月了，可以寫進去祈求順產嗎？"),
        (
            "assistant",
            "可以，加一行「信女黃怡婷，身懷六甲，祈求母子平安、順產吉祥」，並附上她的出生年月日時。祭改當天請兩位都帶身分證核對。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Hong Kong feng shui consultancy. Keep answers practical.",
        ),
        (
            "user",
            "My name is Cheung Siu Fung, HKID Y604215(3). I lost HK$1.2 million in crypto and my wife doesn't know yet. Will changing my name fix my luck?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Mr. Cheung. A name change won't recover the loss; please consider talking to a debt adviser and to your wife. We can still review your name if it brings peace of mind.",
        ),
        (
            "user",
            "Fine. Could you also check the feng shui of our flat? It's Flat 1207, Tower 2, Sun Wai Court, Tai Po. My wife has had insomnia since we moved in.",
        ),
        (
            "assistant",
            "Of course. A home audit for Flat 1207, Tower 2, Sun Wai Court costs HK$4,800; please send a floor plan and the main door's facing direction. For the insomnia, a doctor's visit is worth doing too.",
        ),
    ],
    [
        ("system", "你是天機堂命理館的客服助理，可以查詢內部預約系統，只回答同仁的查詢。"),
        ("user", "幫我查一下訂單 TJ-2027-00412 的客人資料，我要打電話確認明天的時間。"),
        (
            "assistant",
            "訂單 TJ-2027-00412：客人簡嘉玲小姐，手機 0968-730-215，預約12月8日（二）上午10:00紫微斗數論命，備註：想問母親失智的照護安排與老家房產分配。",
        ),
        ("user", "好，我打過去了，她說要改成下午兩點。"),
        (
            "assistant",
            "已將簡嘉玲小姐的預約改為12月8日下午2:00，系統會自動重寄確認簡訊到0968-730-215。",
        ),
    ],
    [
        (
            "user",
            "我儿子黄俊杰4岁，上周在新山中央医院住院三天，出院后晚上一直惊醒哭闹，想请师父帮他收惊。我人在新山没法去台湾，可以寄衣服吗？",
        ),
        (
            "assistant",
            "可以代收惊，请寄一件孩子穿过未洗的贴身衣服，并附上孩子姓名与出生年月日。也建议持续回诊，若夜惊合并发烧要尽快就医。",
        ),
        ("user", "好，他是2022年8月15日生的，我电话是 +60 16-772 5083，衣服明天用 Pos Laju 寄出。"),
        (
            "assistant",
            "收到，已登记黄俊杰（2022年8月15日生）代收惊，收到衣服后会在周二下午处理，完成后以 +60 16-772 5083 的 WhatsApp 通知您。",
        ),
    ],
]
