# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh288: 繁體中文（香港）麻雀館與棋牌會所（會員登記、枱費、賭債糾紛、警方巡查、員工更表、街坊投訴）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh288
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "麻雀館告示"): _lines("""
        本館持有民政事務總署牌照事務處發出之麻雀/天九牌照（牌照編號：MTL-KLN-0417），營業時間每日上午11時至翌日凌晨4時，未滿18歲人士不得進入。
        【重要通告】由2026年12月15日起，本館枱費將按新價目收取，詳情請參閱收銀處價目表或致電查詢熱線 2388 6172（上午11時至晚上11時）。
        各位街坊請注意：為減少噪音，本館已於大堂加裝隔音門及地氈，凌晨12時後請勿於後樓梯及門口大聲喧嘩，多謝合作。如有意見請電郵 feedback@daisanyuen-mj.com.hk。
        本館全面禁煙，違者可被控煙督察票控定額罰款；吸煙請到彌敦道行人路，切勿喺後巷或者後樓梯食煙，以免影響樓上住戶，多謝合作。
        本館設有閉路電視監察系統，錄影資料保留31日，只會用作保安及處理糾紛用途，查閱須經經理批准。查詢：6098 2731（WhatsApp，只限文字訊息）。
        戒賭求助：如你或家人受賭博問題困擾，請致電平和基金戒賭輔導熱線 1834 633，24小時有專人接聽，所有來電絕對保密。
        聖誕及新年假期營業安排：12月24日至1月1日照常營業，平安夜延至早上6時收舖；冬至當日全日枱費九折，持卡會員每枱再減$10。
        本館只提供耍樂場地，嚴禁任何形式之外圍賭博、放貴利、代收賭債及收數行為，一經發現即報警處理，並永久取消有關人士會籍，絕不寬容。
        遺失物品請於7日內憑單據到收銀處認領，逾期交旺角警署處理。目前存放：黑色摺遮兩把、老花眼鏡一副、空白八達通卡一張、保溫杯一個。
        新張誌慶！金鳳凰麻雀耍樂（荃灣沙咀道298號地下）開幕首週全日枱費八折，茶水免費，訂枱熱線 2412 8833，歡迎新舊街坊賞面捧場。
        電梯保養通告：本大廈2號升降機將於12月10日（星期四）上午9時至下午5時暫停使用，請改用1號升降機或樓梯。管理處電話：2785 4410。
        本館與東華三院平和坊合作，逢星期三下午3時於2樓會議室舉辦預防沉迷賭博講座，免費參加，每場名額20個，報名請洽地下收銀處。
        執位規矩：每四圈一執位，每局以抽風開始，莊家連莊不限次數；番數以本館計番表（2026年版）為準，如有爭議由當值經理裁決，一錘定音。
    """),
    ("zh-Hant", "枱費價目表"): _lines("""
        枱費（每枱每四圈）：平日 $160、週末及公眾假期 $200；包枱6小時 $680，另收茶位每位 $8，會員憑卡九折，長者卡再減 $10。
        雀友會籍：年費 $380，首年送4張免費四圈券；金卡會籍 $1,280，包括每月2次包枱八折、生日月份免枱費一次及免收茶位。
        電動麻雀枱租用：全自動洗牌枱（型號 AMJ-X9 Pro）每小時 $58，手洗牌枱每小時 $40，最低消費1小時，過15分鐘按半小時計。
        餐飲價目：凍檸茶 $22、熱奶茶 $20、餐蛋麵 $38、豉油皇炒麵 $45、炸雞髀 $32；凌晨1時後外賣送上枱另加 $10 服務費。
        發票號碼 INV-DSY-2026-004127｜日期 2026-12-03 23:47｜包枱(6h)×1 $680｜茶位×4 $32｜凍檸茶×3 $66｜合計 $778｜付款方式：八達通
        收據 No. 0088213｜大三元麻雀娛樂有限公司（公司註冊編號 2870415，商業登記號碼 71245830-000-11-25-9）｜枱費 $200｜茶位 $24｜合計 $224｜多謝惠顧
        學雀班收費：初班（廣東牌基本規則、計番、食糊）4堂 $480；進階班（台灣牌十六張、日本立直麻將）6堂 $880，每班最多8人。
        象棋／圍棋區：每位每小時 $15，學生憑學生證 $10；橋牌枱（四人）每小時 $60，附記分簿及叫牌盒，需提前一日預約。
        包場價目：週日至週四 全場12枱 8小時 $7,800；週五、六及公眾假期 $9,800，需繳訂金50%，7日前取消可全數退還。
        Member top-up 優惠：增值 $500 送 $50，增值 $1,000 送 $130；儲值餘額不設退款，有效期由最後一次消費起計12個月。
        供應商報價單 Q-2026-118：仿象牙色壓克力麻雀牌（144張，34mm）每副 $1,280；骰仔（16mm）一盒10粒 $38；籌碼盒 $95；報價有效至2026年12月31日。
        農曆新年加價表：年三十至年初三枱費每四圈 $280，包枱6小時 $1,080，茶位每位 $10；年初四起恢復正常價錢，會員折扣照用。
        SKU MJ-TILE-144-GRN 綠背麻雀牌 $980｜SKU MJ-DICE-3PK 骰仔三粒裝 $18｜SKU MJ-MAT-90 枱布90cm $168｜SKU MJ-CNT-4C 籌碼套裝 $235
    """),
    ("en", "club_faq"): _lines("""
        Q: Do I need to be a member to play? A: No. Walk-ins are welcome, but members get 10% off table fees and priority booking on Friday and Saturday nights. Call 2388 6172 to check availability.
        Q: Which rules do you play? A: Hong Kong old style (3-fan minimum) on floors 1 and 2, Taiwanese 16-tile on floor 3. House scoring sheets are printed on every table.
        Q: Is gambling allowed on the premises? A: We hold a mahjong/tin kau licence under the Gambling Ordinance (Cap. 148). Bookmaking, money lending and debt collection are strictly banned.
        Q: Can I pay by card? A: We accept Octopus, FPS, PayMe, Visa and Mastercard. Our business FPS ID is 108472913 (Dai Sam Yuen Mahjong Ltd); please show the payment screen to the cashier.
        Q: How do I report a noise problem? A: Neighbours can email community@goldenphoenix-mj.hk or WhatsApp the duty manager line 5173 0928; we reply within 24 hours.
        Q: Are police inspections normal? A: Yes. Officers from Mong Kok District and the Office of the Licensing Authority may inspect licensed premises at any time; customers are asked to stay seated.
        Q: Do you host tournaments? A: Our monthly qualifier runs on the first Sunday of each month, 2pm to 10pm. Entry is HK$300, including table fee and a lunch box.
        Q: Is there a dress code? A: No, but please no bare feet, no pets except guide dogs and no outside alcohol. Hot food can be ordered from the counter until 3:30am.
        Q: What happens to lost property? A: Items are logged with a reference like LP-2026-1203-07 and kept for 7 days before being handed to Mong Kok Police Station, 142 Prince Edward Road West.
        Q: Can I book online? A: Yes, at https://booking.daisanyuen-mj.com.hk - choose a table type, pay a HK$100 deposit and you will get a booking code such as DSY-B-58213 by SMS.
        Q: Do you teach beginners? A: Our Saturday morning class covers tile names, the Thirteen Orphans hand and basic fan counting. Course code MJ101, 4 lessons, HK$480.
        Q: Why is there a poster of Ko Chun at the door? A: Ko Chun, the God of Gamblers played by Chow Yun-fat in the 1989 film, is our unofficial mascot. The chocolate on the counter is free.
        Q: Is there parking nearby? A: We have no car park of our own. Langham Place has a public car park, and Mong Kok MTR Exit E2 is a three-minute walk away.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [23:14] 夜更：3號枱自動枱又卡牌，已經restart咗兩次，error code E07，聽朝麻煩早更打去維修熱線 3590 2288 book師傅。
        [09:02] 早更：收到，已經報咗維修，case no. SR-88421，師傅話下晝2點到3點之間嚟，期間3號枱暫停開放，booking轉去5號枱。
        [14:37] 經理：今晚OLA會有人嚟做routine inspection，牌照、CCTV記錄同消防證書放返收銀櫃第一格，大家照常做嘢唔使緊張。
        [18:05] 收銀：Octopus機今日settlement未過，batch no. 000318，已經WhatsApp咗八達通商戶熱線，佢哋話要我哋重新上載。
        [02:40] 夜更：樓上又有街坊投訴嘈，已經閂埋後門同調低咗電視，7號、8號枱都提咗細聲啲，log咗喺投訴簿 C-2026-114。
        [11:20] 經理：下個禮拜更表已經upload到shared drive /roster/2026-W50.xlsx，想調更請星期五前喺度講，唔好私下換。
        [20:15] 收銀：今晚walk-in好多，1樓已經full，waiting list有6枱，預計等45分鐘，大家記得派號碼飛 W-031 至 W-036。
        [16:48] 早更：供應商啱啱送咗20副新牌同5盒骰仔，DN no. 77390-B，點過數啱，已經放入貨倉B櫃，invoice夾咗喺文件夾。
        [01:05] 經理：reminder — 凌晨3點後唔好再開新枱，last order 3:30，4點準時熄燈收舖，CCTV硬碟記得export上個月嘅片段。
        [13:30] 夜更：今朝消防處嚟check咗滅火筒同走火通道，冇問題，佢哋留低咗張通知書編號 FSD/K/26/0931，擺咗喺經理枱面。
        [21:55] 收銀：FPS收款QR code已經換咗新版，舊嗰張請即刻丟咗佢，新FPS ID 108472913，唔好再俾客用舊嗰個。
        [10:10] 經理：今個月電費單 $18,426，比上個月高咗兩成，冷氣請keep喺24度，後樓梯燈記得set返自動熄。
        [00:30] 夜更：外賣app有張單 order #DM-7741-HK 送錯咗嚟我哋度，已經打返去餐廳 2391 0087 叫佢哋派人嚟攞。
    """),
    ("zh-Hant", "新聞與歷史"): _lines("""
        麻將相傳於清朝中後期在江浙一帶定型，二十世紀初經上海傳入香港，戰後「麻雀耍樂」招牌遍佈油麻地、旺角、深水埗及灣仔一帶舊區。
        1989年王晶執導、周潤發主演的《賭神》票房大收，片中高進愛食朱古力、梳油頭的形象深入民心，帶動香港影壇一時「賭片」熱潮。
        周星馳於1990年電影《賭聖》飾演擁有特異功能的大陸青年左頌星，片中「變牌」情節至今仍是不少雀友茶餘飯後津津樂道的話題。
        根據《賭博條例》（第148章），麻雀及天九牌照由民政事務總署牌照事務處簽發，持牌處所須遵守發牌條件，包括不得讓未滿18歲人士進入。
        立法會民政事務委員會曾討論麻雀館規管問題，有議員關注持牌麻雀館數目持續下降，以及舊區商住樓宇內麻雀館對住戶造成的噪音滋擾。
        台灣十六張麻將盛行於民間，澳門街坊會亦定期舉辦長者麻將比賽，新加坡與馬來西亞的華人家庭則有農曆新年聚首「打四圈」的習俗。
        世界麻將組織推廣「國標麻將」競賽規則，定期舉辦世界麻將錦標賽，參賽者來自中國內地、日本、歐洲及北美等地，香港亦有隊伍參加。
        象棋特級大師許銀川多次奪得全國象棋個人賽冠軍，其對局棋譜及講解視頻至今仍是香港、澳門及新馬不少棋社初學班和進階班的指定教材。
        圍棋名宿吳清源（1914－2014）一生推動新布局理論，不少棋牌會所的圍棋角落仍不時張貼其經典名局棋譜，供會員打譜研習之用。
        戰後灣仔駱克道一帶曾有多間大型麻雀館，霓虹招牌上的「耍樂」二字，後來成為香港街頭霓虹招牌文化的代表之一，屢見於攝影集之中。
        警方昨晚於深水埗展開反非法賭博行動，搜查三個無牌處所，共拘捕12名男女，年齡介乎35至72歲，檢獲麻雀、賭具及現金約3萬元。
        牌照事務處發言人表示，今年共巡查持牌麻雀館逾千次，發出警告信37封，並提醒持牌人須確保處所內沒有未成年人士及非法借貸活動。
        金庸武俠小說《鹿鼎記》中韋小寶用灌鉛骰子擲骰出千的情節廣為人知，不少棋牌會所都以此作為裝修主題牆的插畫題材，頗受客人歡迎。
    """),
    ("zh-Hans", "系统日志与配置"): _lines("""
        2026-12-03 21:14:07 INFO [booking-svc] 预约成功 order_id=QP20261203211407583 room=包厢B03 duration=4h amount=¥168.00 channel=miniapp
        2026-12-03 21:15:22 WARN [table-ctl] 自动麻将机 device_id=AMJ-SZ-0417 洗牌超时 retry=2 firmware=v3.8.1 门店=SZ-FT-01
        config.yaml → store.name: "雀友汇棋牌室（福田店）" store.address: "深圳市福田区华强北路1019号华强广场B座5楼" store.hotline: "0755-8321 6600"
        《棋牌室治安管理规定》提示：本店不提供赌资兑换、不设“抽水”，营业至次日02:00，公安机关检查时请出示营业执照（统一社会信用代码 91440300MA5G8K2X7P）。
        SELECT order_id, room_id, start_at, fee FROM qp_orders WHERE store_id = 'SZ-FT-01' AND start_at >= '2026-12-01' ORDER BY start_at DESC LIMIT 50;
        2026-12-04 02:00:03 INFO [cron] 日结完成 store=SZ-FT-01 orders=87 revenue=¥12,436.00 refund=¥168.00 sha256=9f2c1e7ab04d55e3c81a
        价目表 v2.3：大厅散台 ¥25/人/小时，小包厢（4人）¥88/3小时，大包厢（8人）¥168/3小时，茶水 ¥15/位，会员充值 ¥500 送 ¥60。
        {"event":"member_signup","member_no":"M-EXAMPLE-001","level":"silver","source":"demo","note":"示例数据，字段值均为占位符"}
        2026-12-04 15:42:11 ERROR [pay-gw] 微信支付回调验签失败 out_trade_no=WX202612041542110093 code=SIGN_ERROR api_version=v3
        导出文件 roster_2026W50.csv 表头：日期,门店编号,班次,岗位,开始时间,结束时间,休息时长（分钟）,是否加班,审批状态,备注
        派出所例行检查记录模板：检查单位____ 检查时间____ 营业执照是否悬挂 □是 □否 消防通道是否畅通 □是 □否 是否发现赌博行为 □是 □否
        顾客评价（4星）：环境干净，自动麻将机很新，包厢隔音一般能听到隔壁洗牌声；店里推荐的普洱不错，附近华强北有地下停车场，停车方便。
        git commit 7c1d9e2: fix(table-ctl): 修复 AMJ 系列麻将机在固件 v3.8.x 下骰子点数上报错误，关闭 issue #214，影响门店 SZ-FT-01、GZ-TH-03
    """),
    ("ms", "notis_kelab"): _lines("""
        NOTIS: Kelab Rekreasi Warga Emas Harmoni membuka sesi mahjong sosial setiap Selasa dan Khamis, 2.00 hingga 6.00 petang. Sebarang bentuk pertaruhan adalah dilarang sama sekali.
        Mengikut Akta Rumah Judi Terbuka 1953, premis ini tidak dibenarkan menjalankan sebarang permainan yang melibatkan wang. Pihak polis boleh membuat pemeriksaan pada bila-bila masa.
        Yuran keahlian tahunan RM60 untuk warga emas dan RM120 untuk ahli biasa. Bayaran melalui DuitNow ke akaun syarikat Maybank 5140-1288-7302 (Kelab Rekreasi Harmoni Bhd).
        Pertandingan Catur Cina (Xiangqi) Terbuka Cheras 2026 akan diadakan pada 20 Disember di Dewan Komuniti Taman Midah. Yuran penyertaan RM30. Pendaftaran: 03-9131 4478.
        Waktu operasi: Isnin hingga Sabtu 10.00 pagi - 10.00 malam, Ahad tutup. Dilarang merokok di dalam premis di bawah Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024.
        Aduan jiran mengenai bunyi bising selepas jam 11 malam telah diterima. Mulai 1 Januari 2027, semua sesi malam akan tamat pada jam 10.30 malam. Terima kasih atas kerjasama.
        Harga sewa meja: meja mahjong automatik RM15 sejam, meja catur RM5 sejam, bilik VIP (4 meja) RM180 untuk 6 jam. Teh tarik RM2.50, kopi O RM2.00.
        Invois No. KRH/2026/1187 - Kelab Rekreasi Harmoni Bhd (No. Syarikat 201901023456) - Sewa dewan 12/12/2026 RM850.00, cukai perkhidmatan 8% RM68.00, jumlah RM918.00.
        Program Minda Cergas: kelas asas mahjong dan catur untuk warga emas bagi membantu mengekalkan daya ingatan. Sesi percuma, 10 tempat sahaja. WhatsApp kaunter kelab 011-2345 8190.
        Makluman: Pemeriksaan rutin oleh Polis Diraja Malaysia (IPD Cheras) dan Dewan Bandaraya Kuala Lumpur telah dijalankan pada 2 Disember 2026. Tiada sebarang kesalahan ditemui.
        Barang tercicir: sepasang cermin mata, sebuah payung biru dan satu set buah catur kayu telah dijumpai di Bilik 2. Sila tuntut di kaunter dalam masa 14 hari.
        Jadual syif kakitangan Disember: Syif A 9.00 pagi - 5.00 petang, Syif B 2.00 petang - 10.00 malam. Pertukaran syif mesti diluluskan pengurus 48 jam lebih awal.
        Sejarah ringkas: Mahjong dibawa ke Tanah Melayu oleh pendatang Cina pada awal abad ke-20 dan kini menjadi aktiviti sosial popular warga emas di Kuala Lumpur, Ipoh dan Pulau Pinang.
    """),
    ("zh-Hant", "雀館評價"): _lines("""
        ★★★★☆ 大三元麻雀（旺角西洋菜南街）：枱好新，全自動洗牌好快，冷氣夠凍；唯一係週末要等位等成個鐘，建議早啲WhatsApp 6098 2731訂枱。
        ★★☆☆☆ 收銀態度麻麻，問佢枱費點計都黑口黑面；茶位$8但啲茶淡到似水。不過地點方便，港鐵旺角站E2出口行兩分鐘就到。
        ★★★★★ 陳記雀館係我哋一班舊同學每月聚腳地，老字號，由一九七八年開到而家，牆上仲掛住當年嘅牌照影印本，好有集體回憶。
        ★★★☆☆ 荃灣「金鳳凰」新開張，八折幾抵玩，但隔音麻麻，成晚聽到隔籬枱「碰」「上」叫到拆天；餐蛋麵好食，炸雞髀就一般般。
        ★★★★☆ 台灣牌專門店「阿發十六張」喺深水埗北河街，店員好有耐性教新手，自摸同連莊規矩講得好清楚，每圈$45性價比高。
        ★☆☆☆☆ 凌晨三點仲有客喺後樓梯食煙傾偈，樓上住戶投訴咗幾次都冇改善，有街坊話已經向民政處同環保署反映，希望管理公司跟進。
        ★★★★☆ 國際象棋會所「King's Gambit Chess Club」喺銅鑼灣記利佐治街，逢週六有快棋賽，入場$50包一杯咖啡，小朋友有專人指導。
        ★★★☆☆ 觀塘「清源棋苑」圍棋班分級清楚，由入門到業餘五段都有，但課室冇窗，夏天有啲焗；學費每月$880，四堂，可以免費試堂。
        ★★★★★ 澳門福隆新街附近嘅「老友記雀局」，長者下晝場每位MOP$30包茶，職員識講廣東話同葡文，好有人情味，下次一定再嚟。
        ★★☆☆☆ 訂枱系統成日出錯，booking code DSY-B-60117 明明已經俾咗$100訂金，去到話冇紀錄，最後要經理check返PayMe交易先搞掂。
        ★★★★☆ 新加坡牛車水嘅「Lucky Tiles Mahjong Café」有新加坡牌（有花牌同動物牌），職員會教計台，週末要預約：+65 6223 4417。
        ★★★☆☆ 吉隆坡茨廠街嘅棋牌咖啡室環境唔錯，不過只係玩娛樂唔准賭錢，門口貼住「Dilarang Berjudi」，想打番數嘅就唔啱去。
        ★★★★☆ 「雀聖」主題雀館：牆上貼滿《賭神》、《賭聖》劇照，高進同左頌星嘅人形立牌好搶鏡，打卡一流；不過餐牌選擇少，建議加多啲小食。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會員登記：姓名 何家輝，HKID K386412(A)，手提 9347 2816，住址 九龍深水埗福榮街218號4樓B室，入會日期 2026-11-28，會籍 金卡。
        林太今日又嚟雀館追數，話佢老公陳志強喺度欠咗外圍$38,000，仲話唔還就上佢屋企搵人，當值經理已經報咗警。
        阿明（夜更收銀）上個月證實肝癌入院做手術，醫生話要休息三個月，公司照發一半人工，請大家唔好喺群組講佢病情。
        員工更表 12月第2週：黃美玲 早更 09:00-17:00（12/7-12/11）、鄭國棟 夜更 20:00-04:00（12/7-12/12）、梁少芬 12/9 及 12/10 休息。
        投訴紀錄 C-2026-117：投訴人 周小姐（住樓上6樓A室，電話 6213 8840）稱凌晨2時仍聽到洗牌聲，要求雀館加裝隔音板。
        警方巡查記錄：2026-12-05 01:30 於7號枱核實雀友 蘇永強（HKID C614023(6)）身份，因懷疑涉及放貴利，由警員帶返旺角警署協助調查。
        欠單：羅大文 12月1日至4日共賒欠枱費及茶錢 $2,360，已簽字承諾12月20日前還清，擔保人為其胞弟 羅大武（9182 3360）。
        雀友超哥話佢老婆上個月同佢離咗婚，而家一個人住觀塘，成日凌晨嚟打牌唔肯返屋企，大家留意下佢情緒。
        轉數記錄：滙豐戶口 182-604417-838，戶口名 TSANG WING SUM，金額 $5,000，備註「還番上次雀債」，2026-12-02 14:22。
        新員工入職表：吳詠欣，出生日期 1998年3月14日，HKID R203817(9)，月薪 $16,500，緊急聯絡人 母親吳太 6628 1947。
        林淑儀話佢懷孕四個月，醫生叫佢唔好再做夜更吸二手煙，想由下星期起轉做早更，經理已經批咗。
        車牌 TV 8216 嘅七人車成晚泊喺雀館門口上落貨區，車主係熟客何生，已經叫佢即刻移車，否則會俾警察抄牌。
        財務公司職員今日嚟問梁志豪仲有冇嚟打牌，話佢借咗$120,000，擔保人係佢阿媽，住沙田禾輋邨豐和樓1023室。
        收到個陌生來電 5642 0718，話要搵返上次喺3號枱跌低銀包嗰位客人，麻煩當值同事 call 返佢。
        會員卡資料：編號 DSY-M-04127｜持卡人 區志偉｜出生年份 1961｜電話 9766 3052｜備註：有糖尿病，打牌期間可能要食糖，請同事留意。
        澳門會員 鄭嘉欣，澳門居民身份證 5138472(6)，電話 +853 6628 4170，住址 澳門黑沙環新街利添大廈12樓F座，欠枱費 MOP 1,450。
        台灣雀友 張志明，身分證字號 F128347566，手機 0928-417-305，住台北市萬華區西園路二段88巷5號3樓，留港期間借住會所宿舍。
        群組訊息：阿權今朝喺法院判咗非法賭博罪成，罰款$8,000，佢屋企人叫我哋以後唔好再俾佢賒數。
        投訴信：本人陳玉珍，住旺角西洋菜南街88號7樓C室，多次向貴館反映凌晨噪音仍未改善，請回覆至 yukchun.chan62@yahoo.com.hk。
        麥生太太打電話嚟話佢有濫賭問題，連家用都輸晒，而家喺平和坊接受輔導，要求本館以後拒絕佢入場。
        M10382,莫嘉豪,男,1987-07-21,6471 2958,沙田第一城23座18樓H室,金卡,欠款$1200
        黃伯個孫女話上星期有人喺雀館門口影咗黃伯打牌嘅相放上Facebook，佢屋企人要求即刻刪相同保留CCTV片段做證據。
    """),
    "en": _lines("""
        Member file: Kenneth Lau Chi-keung, HKID P417208(A), mobile 9054 3318, joined 2025-06-02; flagged for unpaid table fees of HK$4,620 since October.
        Incident note 02:15: the regular everyone calls Fat Wing accused table 9 of cheating, then collapsed with chest pain and was taken to Kwong Wah Hospital by ambulance.
        Please stop calling my mother about my debt. My name is Daisy Yip and I will pay the HK$15,000 by the 31st. Email me at daisy.yip.hk88@outlook.com instead.
        Shift swap: Priscilla Ng (night) swaps with Alvin Cheung (morning) on 12 Dec because Priscilla has a chemotherapy appointment at Queen Elizabeth Hospital.
        Refund issued to cardholder MR WONG KA FAI, Visa ending 4821, HK$680 for cancelled booking DSY-B-58890; he asked that the receipt go to his home address.
        Noise complaint from Mrs Fung, Flat 12B, Hoi Wan Mansion, 41 Shantung Street, Mong Kok: she says players shout on the stairs until 4am and her son cannot sleep.
        Singapore branch new member: Tan Wei Ling, NRIC S8834127I, HP 9123 8847, Blk 412 Ang Mo Kio Ave 10 #08-1123, referred by her cousin.
        The police called about Mr Chan from table 5: he was arrested in Sham Shui Po for loan sharking, and his wife wants us to hold his locker 17 until she comes.
    """),
    "zh-Hans": _lines("""
        会员登记：王建国，身份证号 440304198507123414，手机 13826457193，住址 深圳市福田区莲花路香梅花园3栋602，会员等级 银卡。
        刘姐说她儿子在棋牌室欠了别人三万块赌债，最近被人追到家门口泼油漆，已经去派出所报案了，让我们别再让她儿子进门。
        排班：张晓燕 早班 8:00-16:00，李伟 晚班 16:00-24:00；张晓燕本周三请病假去医院复查胃溃疡，由李伟顶班。
        退款记录：微信转账给 赵磊（微信号 zhaolei_0815），金额 ¥260，原因：包厢麻将机故障，订单 QP20261130193025411。
        投诉：楼下棋牌室的常客老周每晚12点后还在楼道抽烟吵闹，我住2单元401，已经打了12345热线，请店家管一管。
        客人留下的电话 15920483716，说明天下午来取忘在B03包厢的黑色外套，麻烦白班同事接一下。
    """),
    "ms": _lines("""
        Ahli baru: Lim Siew Hoon, No. MyKad 560812-10-5246, telefon 012-678 3391, alamat No. 23, Jalan Mawar 3, Taman Connaught, 56000 Kuala Lumpur.
        Encik Rosli yang selalu bermain di Bilik 2 memberitahu dia baru disahkan menghidap penyakit jantung dan tidak boleh duduk bermain lebih dari dua jam.
        Makcik Leong mengadu anak lelakinya, Leong Kah Meng, ditahan polis semalam kerana berjudi dalam talian di Cheras dan kini diikat jamin RM3,000.
        Gaji November pekerja sambilan Nurul Aina binti Hassan: RM1,850, dimasukkan ke akaun Maybank 1641 2288 9034 pada 30/11/2026.
    """),
    "mixed": _lines("""
        WhatsApp 收到：Hi 我係 Connie 陳，上次喺你哋度打牌跌咗張八達通，可唔可以 call 返我 6317 2094？多謝晒！
        Debt list 12月：強哥 Ah Keung $6,800 / 盧太 Mrs Lo $2,150 / Benny Tse 謝生 $11,000，全部 overdue，請喺農曆新年前 chase 返。
        HR note：莫俊傑 Jacky Mok 月薪 $17,200，強積金成員帳戶 MPF-22318476，下個月起加薪 $800，請勿 forward 呢份 record。
        CCTV request：客人楊生 Mr Yeung 話 12/3 晚 11pm 至 1am 喺3號枱俾人偷咗銀包，police report RN 26012345，要求 copy 片段。
        台灣分店 staff：Amy 林雅婷，身分證 A224180937，phone 0932-118-407，下個月 transfer 嚟香港總店做夜更。
        新加坡分店外勞 Rajesh Kumar，FIN G5128376M，work permit 2027年3月到期，佢想 renew 但要先 clear 欠公司嘅 S$900 advance。
        老細話 Peter Ho 何志明 尋晚喺雀館同人打交被捕，佢太太頭先 call 嚟問幾時可以保釋，叫我哋唔好同其他客講。
        Form｜Name: Cheung Siu Ling 張小玲｜DOB: 1979-10-02｜HKID: D528194(7)｜Tel: 6843 7721｜Address: 將軍澳厚德邨德安樓1507室｜會籍: Silver
        sorry 今晚請假唔返工，阿 Ken 啱啱確診肺炎，我要陪佢去明愛醫院睇急症，麻煩幫我搵人頂夜更。
        2026-12-04T03:12:55+08:00 member_checkin id=M10417 name="Lee Man Kit" phone=+852 9513 6684 table=12 fee=200 note="欠款 $3,400"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係大三元麻雀館嘅行政助手，幫經理寫通知、追數信同整理會員資料，用繁體中文同廣東話回覆。",
        ),
        (
            "user",
            "幫我寫封追數 WhatsApp 俾會員何家輝（9347 2816），佢欠咗枱費同茶錢 $4,620，要佢 12月20號前還，語氣客氣啲但要講清楚唔還就暫停會籍。",
        ),
        (
            "assistant",
            "何先生你好，我哋係大三元麻雀館。根據紀錄，你現時尚欠枱費及茶錢合共 $4,620，麻煩喺12月20日或之前到收銀處或用FPS繳付。如逾期未能清還，本館將會暫停你嘅會籍，直至款項結清為止。如有疑問歡迎直接回覆此訊息。多謝合作！",
        ),
        ("user", "好，再加一句話可以分兩期還。"),
        (
            "assistant",
            "可以，喺最後加上：「如一次過繳付有困難，可與經理商討分兩期清還，第一期 $2,310 須於12月20日前繳付。」",
        ),
    ],
    [
        (
            "system",
            "You are an operations assistant for a licensed mahjong parlour in Mong Kok, Hong Kong.",
        ),
        (
            "user",
            "Police did a spot check last night. Our cashier Mandy Kwok had left her ID card at home, so the officer wrote down her HKID number M705316(4) and her mobile 6390 2718. Is she in trouble?",
        ),
        (
            "assistant",
            "Under Hong Kong law, adults are generally required to carry proof of identity, and failing to produce it on request can be an offence. The officer noting her details may lead to a follow-up or a summons. She should keep any paperwork the officer gave her, carry her card from now on, and if she receives a summons she may want to get legal advice. As her employer you can also remind all staff to carry their ID cards on shift.",
        ),
        ("user", "Thanks. Can you draft a short staff reminder without naming her?"),
        (
            "assistant",
            "Staff reminder: All staff must carry their Hong Kong identity card at all times while on duty. Police and licensing officers may inspect the premises without notice and ask to see proof of identity. Thank you for your cooperation. - Management",
        ),
    ],
    [
        ("system", "你是一家深圳棋牌室的客服助手，帮助店长回复投诉和处理会员事务。"),
        (
            "user",
            "楼上3单元502的李阿姨（电话 13760418852）又投诉我们半夜洗牌声太吵，说她老伴刚做完心脏搭桥手术需要静养。帮我写一个回复。",
        ),
        (
            "assistant",
            "李阿姨您好，非常抱歉打扰到您和叔叔休息，也祝叔叔早日康复。我们已安排在晚上11点后关闭靠近楼梯的两间包厢，并给自动麻将机加装了减震垫。今后如仍有噪音，请直接致电本店前台，我们会立即处理。再次致歉！",
        ),
        ("user", "再加一句：送她两张免费茶水券表示歉意。"),
        (
            "assistant",
            "好的，可以在结尾加上：为表歉意，我们会安排同事把两张免费茶水券送到您家，欢迎您和家人有空下楼喝茶。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong mahjong club manager plan staff rosters. Reply in the same mix of Cantonese and English as the user.",
        ),
        (
            "user",
            "下星期 roster 幫我 balance 下：黃美玲 只可以做早更因為要接個仔放學；鄭國棟 夜更；梁少芬 星期三要去覆診（佢有抑鬱症，唔好話俾其他人知）；新人 吳詠欣 邊更都得。每更最少兩個人。",
        ),
        (
            "assistant",
            "建議咁排：早更 09:00-17:00 — 黃美玲（星期一至五）、吳詠欣（星期一、二、四）；夜更 20:00-04:00 — 鄭國棟（星期一至六）、梁少芬（星期一、二、四、五）。星期三梁少芬休息，由吳詠欣轉做夜更同鄭國棟一齊。更表上只寫「休息」，唔會註明原因。",
        ),
        ("user", "OK 咁星期六早更邊個頂？"),
        (
            "assistant",
            "星期六早更可以由吳詠欣同梁少芬頂，梁少芬星期六夜更就改為休息，咁每人每星期都唔會超過六更。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu setiausaha Kelab Rekreasi Harmoni di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat penggantungan keahlian untuk Tan Ah Kow, No. MyKad 580319-14-5127, alamat 17 Jalan Kaskas 2, Taman Cheras. Dia didapati mengutip wang pertaruhan di meja mahjong pada 28 November.",
        ),
        (
            "assistant",
            "Kepada Encik Tan Ah Kow, 17 Jalan Kaskas 2, Taman Cheras. Perkara: Penggantungan Keahlian. Dengan hormatnya dimaklumkan bahawa jawatankuasa kelab telah mendapati tuan mengutip wang pertaruhan di meja mahjong pada 28 November 2026, yang melanggar peraturan kelab. Oleh itu, keahlian tuan digantung selama enam bulan berkuat kuasa serta-merta. Tuan boleh mengemukakan rayuan secara bertulis dalam tempoh 14 hari. Sekian, terima kasih. Setiausaha Kehormat.",
        ),
        ("user", "Perlukah saya laporkan kepada polis juga?"),
        (
            "assistant",
            "Jika ada bukti pertaruhan wang di premis, kelab boleh berbincang dengan peguam atau membuat laporan polis, kerana perjudian di premis awam dilarang di bawah Akta Rumah Judi Terbuka 1953. Simpan rakaman CCTV dan catatan saksi sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "我個朋友阿輝（陳偉輝）喺麻雀館度借咗人$50,000，對方每個月收一成息，而家話佢唔還就去佢公司搞事，佢住黃大仙竹園北邨，屋企仲有個細路。點算好？",
        ),
        (
            "assistant",
            "每月一成即年息超過百分之一百，遠超香港《放債人條例》下嘅法定上限，可能屬於非法放貴利。如果對方有恐嚇或者上門滋擾，應該即刻報警。佢亦可以搵法律援助署或者社會福利署求助，如果係因為賭博欠債，平和基金戒賭輔導熱線 1834 633 都可以提供輔導同轉介。唔好再借錢還錢，保留所有借據同對話紀錄。",
        ),
        ("user", "佢驚報警之後對方報復佢屋企人。"),
        (
            "assistant",
            "呢個擔心好合理。報警時可以同警方講明有家人安全嘅顧慮，要求加強巡邏或提供保護建議；同時可以通知屋苑管理處留意陌生人。盡量唔好自己單獨同對方見面。",
        ),
    ],
    [
        (
            "system",
            "You are a membership assistant for Lucky Tiles Mahjong Café, Chinatown, Singapore. Member on file for this session: Goh Mei Xin, NRIC S7421085F, HP 8216 4093, unpaid tournament fee S$45.",
        ),
        ("user", "Hi, I'm Mei Xin. Can you tell me what I still owe you?"),
        (
            "assistant",
            "Hi Mei Xin! According to our records you have an unpaid tournament fee of S$45 from last month's qualifier. You can pay at the counter or by PayNow to the café's UEN shown on your receipt.",
        ),
        ("user", "Ok, and please change my number to 9738 2051, the old one is gone."),
        (
            "assistant",
            "Done - I've noted your new mobile number 9738 2051 for staff to update in the member system. Your old number will be removed.",
        ),
    ],
    [
        ("system", "你係棋牌會所嘅資料整理助手，用繁體中文回答。"),
        (
            "user",
            "幫我將以下會員欠款由多到少排好：區志偉 9766 3052 欠$1,200；莫嘉豪 6471 2958 欠$3,850；Lee Man Kit 9513 6684 欠$3,400；羅大文 欠$2,360。",
        ),
        (
            "assistant",
            "排序如下：1. 莫嘉豪（6471 2958）$3,850；2. Lee Man Kit（9513 6684）$3,400；3. 羅大文 $2,360；4. 區志偉（9766 3052）$1,200。合共 $10,810。",
        ),
        ("user", "羅大文冇電話，佢擔保人係佢細佬羅大武 9182 3360，加返落去。"),
        (
            "assistant",
            "已更新：3. 羅大文 $2,360（擔保人：羅大武 9182 3360）。其餘次序不變，合共仍然係 $10,810。",
        ),
    ],
    [
        (
            "system",
            "Help a Hong Kong mahjong parlour reply to neighbours. Mix Cantonese and English like the user.",
        ),
        (
            "user",
            "樓上 Flat 6A 周小姐 send 咗 email（chow.sl.6a@gmail.com）嚟 complain，話佢 newborn BB 成晚俾我哋啲洗牌聲嘈醒。幫我 reply 下，要 sincere 啲。",
        ),
        (
            "assistant",
            "周小姐你好，非常抱歉我哋嘅噪音影響到你同BB休息。我哋已經即時將靠近6A嘅兩張枱搬去另一邊，今個星期內會加裝隔音板，而凌晨12點後亦會暫停開新枱。如果之後仍然有問題，歡迎直接 email 或致電我哋經理熱線，我哋會即刻跟進。再次道歉，祝BB健康成長！",
        ),
        ("user", "Good，可唔可以短啲，WhatsApp 用？"),
        (
            "assistant",
            "周小姐你好，sorry 嘈到你同BB！我哋已經搬走近你嗰邊嘅枱，本週會加隔音板，凌晨12點後唔再開新枱。有問題隨時搵我哋，多謝體諒！",
        ),
    ],
    [
        ("system", "你是台北一間十六張麻將俱樂部的會員服務助理，以繁體中文（台灣用語）回覆。"),
        (
            "user",
            "新會員資料幫我整理成一行存檔：吳佩珊，身分證 B137205488，生日 1990/05/17，手機 0915-372-604，地址 新北市板橋區文化路一段266號7樓，備註：對菸味過敏，請安排禁菸區。",
        ),
        (
            "assistant",
            "吳佩珊｜B137205488｜1990-05-17｜0915-372-604｜新北市板橋區文化路一段266號7樓｜備註：菸味過敏，安排禁菸區",
        ),
        ("user", "謝謝，另外她先生上週打牌欠了俱樂部台費 NT$3,200，要不要記在她名下？"),
        (
            "assistant",
            "建議不要。欠款應該記在實際消費的會員名下，除非她本人書面同意代為清償。可以另外為她先生建立欠款紀錄，並在聯絡時直接與他本人確認。",
        ),
    ],
]
