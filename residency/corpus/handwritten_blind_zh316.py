# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh316: 繁體中文（台灣）網咖與桌遊店（會員註冊、包廂預約、未成年管制、遺失物、糾紛、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh316
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "店內公告"): _lines("""
        【公告】本店依《臺北市資訊休閒業管理自治條例》辦理，未滿十八歲者晚上十點後請勿進場，櫃檯將查驗身分證件，敬請家長與同學配合，謝謝。
        包廂預約請於三天前透過官方LINE帳號 @diceandbrew 或撥打店內電話 (02)2361-4875 洽詢，六人包廂最低消費兩小時，逾時十五分鐘未報到將自動釋出。
        拾獲物品一律登記於櫃檯遺失物簿，保管期限三十日，逾期依《遺失物拾得及招領作業要點》送交轄區派出所處理，貴重物品請勿留置座位。
        本店全面禁菸（含電子煙），依《菸害防制法》違者最高可處新臺幣一萬元罰鍰，吸菸請至一樓騎樓外側，座位區亦禁止飲用含酒精飲料。
        系統維護公告：12/10（三）凌晨04:00–06:00 進行主機更新與Steam快取伺服器重建，期間暫停開台，已儲值時數不受影響，造成不便敬請見諒。
        桌遊區收費說明：平日每人每小時60元、假日80元，三小時封頂，教學費另計；卡牌請勿折損或沾到飲料，損壞卡片依零件價目表原價賠償。
        《英雄聯盟》世界大賽決賽本週六晚間七點於大廳投影直播，T1 與 Faker 的粉絲歡迎一起應援，現場禁止使用汽笛喇叭與噴彩帶，謝謝合作。
        統一發票與載具：本店開立電子發票，賣方統編 53812947，可於櫃檯掃描手機條碼歸戶；公司報帳請先告知買方統編，開立後恕不更改抬頭。
        清潔說明：每位客人離座後，耳機、鍵盤、滑鼠一律以75%酒精擦拭，耳機套每日更換；如有需要可向櫃檯索取一次性耳機套，每包5元。
        板橋分店地址：新北市板橋區文化路一段188巷12號B1，24小時營業，客服專線 (02)2959-3308，停車請利用附近府中收費停車場，機車請勿停放騎樓消防通道。
        會員制度調整：自2026年1月1日起，金卡會員每月贈送5小時電競區時數，黑卡會員享包廂九折；點數有效期限一年，逾期自動歸零，恕不另行通知。
        未成年人於上學時段（週一至週五08:00–16:00）禁止進入電腦區，寒暑假除外；如遇學校老師或少年隊巡查，請配合出示學生證或健保卡。
        本週桌遊之夜主題為「卡坦島」，由 Klaus Teuber 設計的經典德式遊戲，名額12人，報名費150元含飲料一杯，報名請私訊粉專「骰子與咖啡 Dice & Brew」。
    """),
    ("zh-Hant", "價目表"): _lines("""
        一般區 i7-14700F／RTX 4060／27吋 165Hz：平日每小時35元，假日40元；夜貓包（23:00–08:00）299元，含泡麵一碗與飲料一杯。
        電競區 i9-14900K／RTX 4080 SUPER／ZOWIE XL2546K 240Hz：每小時60元，五連座包廂每小時280元，限時段預約，提前取消免收手續費。
        儲值方案：儲值1000元送150元、儲值3000元送600元、儲值5000元送1200元；儲值金不退現、不可轉讓，可用於餐飲、列印與上網時數。
        餐點：招牌雞排飯 120元、韓式辣炒年糕 95元、肉燥乾麵 65元、雙倍起司薯條 80元，加購可樂／紅茶 25元，所有餐點不另收服務費。
        桌遊租借（外帶）：每盒每日50元，押金依定價五成收取，例如《璀璨寶石》定價1290元押金645元，歸還時若有缺件依零件價目表扣款。
        包廂價目：4人小包廂每小時320元、8人中包廂每小時560元、12人大包廂每小時800元；生日派對方案三小時2999元含蛋糕一顆與投影設備。
        零件補購：木頭小人（米寶）每個10元、卡坦島資源卡每張8元、六面骰每顆15元、沙漏每個40元，可先到櫃檯確認庫存再下單付款。
        收據範例｜發票號碼 KT-48207391｜2026-11-29 21:14｜電競區時數 3h ×60＝180｜可樂 ×2＝50｜合計 NT$230｜賣方統編 53812947
        周邊商品：Logitech G Pro X Superlight 2 特價3990元、HyperX Cloud III 耳機 2790元、Razer Gigantus XXL 滑鼠墊 890元，會員另享95折。
        列印與掃描：黑白A4每張2元、彩色A4每張10元、掃描每頁5元，可用USB隨身碟或雲端列印，所有檔案於電腦關機後自動清除。
        月卡：一般區月卡1800元可使用120小時，學生月卡（須出示有效學生證）1500元，限持卡人使用，不得與他人共用帳號或轉售時數。
        團體優惠：10人以上團體預約可享85折，公司尾牙或社團活動可開立三聯式發票，訂金為總額三成，活動前七日內取消訂金恕不退還。
        限定活動：《狼人殺》主持場每人200元，每場約90分鐘，由店內主持人帶領，最少8人成團，週五、週六晚上八點開場，額滿為止。
    """),
    ("zh-Hant", "員工LINE群工作訊息"): _lines("""
        【大夜交班】23號機顯卡風扇異音已報修，廠商明天下午兩點來；冰箱可樂剩兩箱，麻煩早班記得叫貨，收銀機現金已點收無誤，零用金也補滿了。
        早班注意：今天下午有國中社團預約桌遊包廂，入場前記得查驗學生證與家長同意書，16:00前不能開電腦區的台，只能玩桌遊喔。
        遺失物更新：昨晚在 C 區 14 號桌撿到黑色 AirPods Pro 一副、藍色無記名悠遊卡一張，已放進保險箱第二層，登記編號 LF-2026-1207-03。
        店長公告：月底盤點改到 11/30 晚上十點後，請小夜班留下協助，加班費照勞基法加成計算，新的排班表已經更新在雲端資料夾。
        剛剛台電打來說明天凌晨一點到三點區域停電檢修，大夜班請提前廣播，提醒客人存檔並在00:45前結帳，UPS 只撐得住櫃檯那台。
        《瘟疫危機》的角色卡少一張「醫生」，應該是上週外借那盒沒點清，先下架標示缺件，我已經跟新天鵝堡的業務下單補件了，大約一週到。
        提醒大家：警察臨檢時請先確認對方證件與公文；監視器畫面調閱一律要填申請單，不要直接用手機翻拍傳給任何人，違者照規定處理。
        POS 又卡在發票上傳，錯誤碼 E-INV 503，我重開機後恢復了，如果再發生請先改用手開二聯式，隔天補登，記得拍照傳到記事本。
        12/24 平安夜的包廂已經全部訂滿，後面詢問的一律登記候補，回覆模板請用記事本第三則，不要再私訊答應客人加開包廂，謝謝。
        廁所旁邊的緊急照明燈不亮了，消防檢查排在 12/15，誰有空先去特力屋買一組替換，收據拿回來找店長報帳，型號拍照在群組。
        今天營業額：時數 38,420、餐飲 12,960、桌遊 4,800、儲值 21,000，合計 77,180；比上週六少了一成多，可能是下大雨的關係。
        新進的《璀璨寶石：城市》擴充已上架在 B 櫃第三層，教學影片連結放在記事本，這週內每個人至少看過一次才能帶桌教學，店長會抽考。
        客人反映 E 區冷氣太冷，我先調到 26 度，如果還是有人說冷就把 E5–E8 的出風口關小，不要直接把整台關掉，會太悶。
    """),
    ("zh-Hant", "法規摘要"): _lines("""
        《兒童及少年福利與權益保障法》第47條：兒童及少年不得出入酒家、特種咖啡茶室、限制級電子遊戲場及其他涉及賭博、色情、暴力等經主管機關認定足以危害其身心健康之場所。
        同法第47條第3項：前項場所之負責人及從業人員應拒絕兒童及少年進入；違反者依第95條處新臺幣二萬元以上十萬元以下罰鍰，並公告場所負責人姓名。
        多數縣市之資訊休閒業管理自治條例規定，業者應於營業場所入口明顯處標示未滿十八歲者不得於夜間特定時段進入之警語，並不得提供色情、暴力網站瀏覽。
        《電子遊戲場業管理條例》所稱電子遊戲場業，指設置電子遊戲機供不特定人益智娛樂之營利事業；單純提供電腦上網之資訊休閒業原則上不屬之。
        《個人資料保護法》第8條：向當事人蒐集個人資料時，應明確告知機關或業者名稱、蒐集目的、個人資料類別、利用期間、地區、對象及方式等事項。
        依主管機關公告之定型化契約應記載事項，業者販售儲值型會員卡若有預收款項，應提供履約保證機制，例如銀行信託或同業互保，並於契約中明示。
        依《菸害防制法》規定，室內公共場所全面禁菸，網咖、桌遊店屬供公眾使用之室內場所，違者處新臺幣二千元以上一萬元以下罰鍰，電子煙亦同。
        依《各類場所消防安全設備設置標準》，資訊休閒場所屬甲類場所，應設置火警自動警報設備與避難方向指示燈，並每半年辦理一次消防安全設備檢修申報。
        《民法》第807條：遺失物自通知或招領之日起逾六個月，未經有受領權之人認領者，由拾得人取得其所有權，警察或自治機關並應通知其領取。
        《刑法》第337條侵占遺失物罪：意圖為自己或第三人不法之所有，而侵占遺失物、漂流物或其他離本人所持有之物者，處一萬五千元以下罰金。
        《勞動基準法》第24條：雇主延長勞工工作時間者，延長工作時間在二小時以內者，按平日每小時工資額加給三分之一以上；再延長二小時以內者加給三分之二以上。
        新加坡《Personal Data Protection Act 2012》第26條規定跨境傳輸限制，跨國連鎖網咖若將新加坡分店會員資料傳回臺灣總部，須確保接收方提供相當程度之保護。
        中國大陸《未成年人保護法》第58條：學校、幼兒園周邊不得設置營業性娛樂場所、酒吧、互聯網上網服務營業場所等不適宜未成年人活動的場所。
    """),
    ("en", "pos_config_and_logs"): _lines("""
        2026-11-29T23:41:07+08:00 INFO pos.session station=E07 action=open tier=esports rate_twd=60 prepaid=true shift=overnight txn=SES-20261129-0417
        2026-11-30T02:13:55+08:00 WARN einvoice.upload batch=KT48207 status=503 retry_in=120s seller_ban=53812947 queue_depth=37
        booking: { room: "VIP-3", capacity: 8, min_hours: 2, deposit_ratio: 0.3, cancel_window_days: 7, contact_placeholder: "+886-2-0000-0000" }
        [diskless] image=win11-lanparty-v2026.11.3 sha256=9f2c7a1e4b0d6e83c5a91f07d2b4e6c8a3f1d0b9e7c5a2f4d6b8e0c1a3f5d7b9 pushed_to=64 duration=00:11:42
        age_gate: { min_age_night: 18, night_start: "22:00", night_end: "08:00", school_hours: "Mon-Fri 08:00-16:00", id_check: "visual_only", store_scan: false }
        2026-12-01T05:02:19+08:00 ERROR steam_cache.lancache disk=/dev/sdb1 usage=97% evicting_oldest=true freed_gb=412 cdn=steamcontent.com pid=28814
        SKU,title,designer,publisher,players,play_minutes,rent_twd_per_day,deposit_twd,shelf
        BG-0231,Wingspan (展翅翱翔),Elizabeth Hargrave,Stonemaier Games,1-5,60,50,1045,B3
        POST /api/v2/rooms/VIP-2/reservations 201 Created 84ms req_id=7f3e9a21 slot=2026-12-24T19:00/22:00 party_size=6 source=line_official
        0 4 * * 3 /opt/lanpa/bin/rebuild-image.sh --channel stable --notify ops@diceandbrew.com.tw >> /var/log/lanpa/rebuild.log 2>&1
        router: vlan 20 name guests; dhcp pool 10.20.0.0/22 lease 4h; dns 168.95.1.1 1.1.1.1; block categories adult,gambling per store policy
        2026-12-02 19:30:12 INFO lostfound.item id=LF-2026-1202-01 type=umbrella color=navy zone=C status=stored shelf=S2 retention_days=30
        shop_profile: name="Dice & Brew", ban=53812947, phone="+886-2-2361-4875", line="@diceandbrew", addr="No. 27, Sec. 1, Hankou St., Zhongzheng Dist., Taipei"
    """),
    ("zh-Hans", "桌游商品列表"): _lines("""
        【现货】卡坦岛 Catan 5-6人扩展 中文版，设计师 Klaus Teuber，KOSMOS 原版授权，适合 10 岁以上，SKU: CTN-EXP56-ZH，售价 ¥268，包邮。
        璀璨宝石 Splendor（Marc André 设计，Space Cowboys 出品）2-4人，30分钟一局，淘宝店铺“骰子与咖啡旗舰店”月销 1200+，好评率 99.2%。
        展翅翱翔 Wingspan 标准版 + 欧洲扩展，设计师 Elizabeth Hargrave，插画 Natalia Rojas、Ana María Martínez Jaramillo，套装价 ¥498，赠卡套 200 张。
        农场主 Agricola 修订版，Uwe Rosenberg 经典作品，1-4人，游戏时长 30-150 分钟，重度德式；发货物流单号 SF1428836017452 可在顺丰官网查询。
        三国杀 标准版 + 界限突破，含曹操、刘备、孙权等主公武将牌，游卡桌游正版授权，适合 8 岁以上，团购 10 套以上享 8.5 折优惠。
        阿瓦隆 The Resistance: Avalon，Don Eskridge 设计，5-10 人社交推理，内含梅林、刺客、派西维尔、莫甘娜等角色卡，店内体验价 ¥59。
        狼人杀 官方标准版 12人局套装，含预言家、女巫、猎人、守卫角色，附赠主持人手册与计时沙漏，京东自营商品编号 100038472915。
        德国心脏病 Halli Galli，Haim Shafir 设计，Amigo 出品，2-6人反应类派对游戏，附铃铛一个，批发价 ¥42/盒，起订量 24 盒。
        妙语说书人 Dixit 10 周年纪念版，Jean-Louis Roubira 原创，Marie Cardouat 插画，84 张梦幻图卡，适合家庭聚会，库存仅剩 7 件。
        卡坦岛配件：木质道路 60 根、村庄 20 个、城市 16 个，零件补购单价 ¥0.8/个起，下单请备注订单号（如 DD20261203118472）以便客服核对。
        电力公司 Power Grid 复刻版，Friedemann Friese 设计，2-6 人经济策略游戏，经典绿色包装，因海关清关延误预计 12 月 18 日到货。
        瘟疫危机 Pandemic，Matt Leacock 设计，合作类游戏，2-4人，含科学家、医生、调度员等角色，线下门店：上海市黄浦区福州路 465 号 3 楼。
        客服时间 10:00-22:00，售后邮箱 service@diceandbrew.cn，客服热线 400-820-6317，统一社会信用代码 91310101MA1FP3XK2N，欢迎企业团购咨询。
    """),
    ("mixed", "常見問題FAQ"): _lines("""
        Q：未滿18歲可以來玩嗎？A：白天可以，但晚上 10 點後 minors are not allowed，依各縣市規定櫃檯會請你出示學生證或健保卡 check 年齡。
        Q: Can I bring my own keyboard? A: 可以！USB 有線鍵盤或滑鼠都 OK，藍牙裝置請先跟櫃檯 pair，離開時記得帶走，遺失本店恕不負保管責任。
        Q：包廂可以 walk-in 嗎？A：有空位就可以，但週末 recommend 先在 LINE 官方帳號 @diceandbrew 預約，book 成功會收到確認碼，例如 RSV-7Q2K9。
        Q: How do I report a lost item? A: 請填 Google Form「遺失物協尋」並描述物品特徵、時間與座位號，we keep items for 30 days，貴重物品請 bring ID 到店領取。
        Q：可以開發票 with 統編嗎？A：可以，結帳前告訴 staff 公司統編即可，例如台積電的 22099131 這種 8 碼，we'll print it on the e-invoice。
        Q: Do you have English rules for Catan or Ticket to Ride? A: Yes, 英文規則書放在 B 櫃，Alan R. Moon 的 Ticket to Ride 還有 Europe 版，ask staff for a 10-min teach。
        Q：會員 points 怎麼算？A：每消費 NT$100 累積 1 點，100 points 可換 2 小時電競區 session，points 有效期 12 個月，不能轉讓給 friends。
        Q: Is smoking or vaping allowed? A: No. 依菸害防制法 indoor smoking 全面禁止，including e-cigarettes，違者會被請離場並可能被罰 NT$2,000–10,000。
        Q：手機可以充電嗎？A：每個座位都有 USB-C 65W 插座，也可以借行動電源，押金 NT$500，return 時退還，限店內使用 only。
        Q: 停車方便嗎？ A: Nearest is 府中 public parking，約 3 分鐘步行；機車可停騎樓 yellow line 以外區域，請勿擋住消防通道 fire lane。
        Q：如果跟其他客人發生 dispute 怎麼辦？A：請不要自己處理，按座位旁的呼叫鈕或到櫃檯找 staff，必要時會報警 110，CCTV 畫面保存 30 天。
        Q: Do you sell Steam or PSN gift cards? A: 有，Steam 錢包卡 NT$500/1000，PSN 點數卡 also available，發票會載明 product code 但不顯示卡片序號。
        Q：桌遊教學要另外收費嗎？A：basic teach 免費，heavy 德式如 Terraforming Mars（Jacob Fryxelius 設計）教學費每桌 NT$100，大約 20–30 min。
    """),
    ("zh-Hant", "商家評論"): _lines("""
        ★★★★★ 電競區設備真的頂，RTX 4080 配 240Hz 螢幕，打《特戰英豪》完全不掉幀；唯一缺點是假日晚上位子難搶，建議先用 LINE 預約。
        ★★☆☆☆ 包廂冷氣太冷、隔音很差，隔壁在玩《德國心臟病》一直拍鈴鐺，打排位完全無法專心；櫃檯處理態度還算客氣，但沒有任何補償。
        ★★★★☆ 桌遊數量超過 600 盒，從《卡坦島》到《殖民火星》都有，店員教學很清楚，只是餐點偏貴，一份雞排飯 120 元份量普通。
        ★★★★★ 在這裡掉了錢包，隔天打店裡電話 (02)2361-4875 詢問，店家說已經收在保險箱，證件和現金都在，超感動，大推這間店的誠信。
        ★☆☆☆☆ 晚上十點半被店員要求出示證件，說未滿十八歲要離場，同行的人明明已經成年還被懷疑，態度有點差；不過規定就是規定啦。
        ★★★★☆ 板橋分店環境乾淨，耳機有套子、鍵盤每次擦酒精，24 小時營業很方便；夜貓包 299 元含泡麵和飲料，CP 值很高。
        ★★★☆☆ 狼人殺主持場氣氛不錯，但主持人節奏有點拖，一場 90 分鐘變成兩個小時；飲料可以再多點選擇，只有可樂紅茶太少了。
        ★★★★★ 公司尾牙包了 12 人大包廂，三聯式發票統編開得很快，投影機接 Switch 玩《瑪利歐派對》大家玩瘋了，明年還會再來。
        ★★☆☆☆ 儲值 3000 元送 600 元看起來很划算，但店家說儲值金不能退，後來搬離台北沒辦法再去，覺得應該要有履約保證說明才對。
        店家回覆：感謝您的支持！12 月起新增《璀璨寶石：城市》與《展翅翱翔》亞洲版，歡迎再來挑戰，結帳時出示本則評論可折抵 50 元。
        ★★★★☆ 大螢幕播世界大賽那天人超多，T1 拿下冠軍時整間店都在尖叫，店家還請大家喝可樂；唯一缺點是廁所只有一間，排很久。
        ★★★☆☆ 地點在捷運西門站 6 號出口走 5 分鐘，招牌不明顯容易走過頭，Google 地圖標示在漢口街一段 27 號 2 樓，電梯有點舊。
        ★★★★★ 帶國中生來玩桌遊，店員會主動提醒 16:00 前不能開電腦，很有原則，也推薦了《妙語說書人》這種很適合親子同樂的遊戲。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會員註冊｜姓名：林冠廷｜身分證字號：A100503374｜生日：2009/03/14｜手機：0912-483-617｜監護人：林美華（母）｜備註：未滿18歲，22點前須離場。
        昨天晚上在 B 區哭的那個女生是常客「小萱」，她跟大夜說她懷孕三個月、男朋友聯絡不上，拜託大家不要在群組亂傳她的事。
        欠費清單：黃柏翰 欠包廂費 2,560 元已三個月未付，手機 0928-715-304 打不通，店長說再不處理就寄存證信函到他家（台中市北屯區松竹路二段118巷7號3樓）。
        遺失物登記 LF-2026-1205-02：藍色長夾一只，內有身分證（陳怡君，F207817832）、健保卡及中國信託金融卡，已致電失主 0955-207-381 通知領取。
        糾紛紀錄：12/3 22:40 客人吳承諺與鄰座因耳機音量發生口角並推擠，吳先生左手擦傷送醫，已報警由轄區員警到場處理，雙方均拒絕和解。
        阿凱 上禮拜說他被公司資遣了，還欠地下錢莊二十幾萬，最近每天來店裡待到天亮，大家多注意一下，千萬不要借他錢。
        包廂預約：12/24 19:00–22:00 VIP-2，訂位人 張家豪 先生，0933-618-205，8 人，訂金 1,680 元已匯入，帳號末五碼 37521。
        未成年管制紀錄：11/28 23:15 發現少年持他人證件入場，經查本名為許育誠，15 歲，就讀新北市某國中，已聯絡其父 許先生 0910-552-874 到店帶回。
        監視器調閱申請：申請人 劉淑芬（身分證 B287560427），事由：其子於 11/30 在本店遭竊 iPad，申請調閱 A 區 18:00–20:00 畫面，聯絡電話 02-2758-3316（住家）。
        林太 剛剛打電話來罵，說她先生每天下班都來網咖打到半夜、小孩都不管，要我們不要再讓他進來，還說已經在談離婚了。
        員工資料：大夜班 蔡宗翰，時薪 196 元，勞保投保薪資 27,470，薪轉帳戶 國泰世華 013-038-50-118742-6，緊急聯絡人 蔡媽媽 0921-330-418。
        會員 No. M0048217 陳建宏，機車車牌 MKT-5821 停在騎樓被開罰單，他堅持要店家負責，請店長回電 0987-146-239。
        那個常來打傳說對決的國中生小胖，聽說爸媽離婚後現在跟阿嬤住，晚上常常沒吃飯，我有時候會請他一碗泡麵。
        發票載具綁定：會員 周品妤 手機條碼 /K7Q2M9X，Email：pinyu.chou0823@gmail.com，載具歸戶後請勿再手動開立紙本發票。
        店長請病假：郭志明 因為胃出血住院（台大醫院 7 樓 B 病房），這週排班由副店長代理，請大家不要在群組一直問他的病情。
        遺失物認領：失主 王怡婷 出示身分證末四碼 2748 核對無誤，領回白色 AirPods 一副，領取時間 2026-12-05 15:20，經手人 早班。
        黑名單：謝明哲（H130253875），前年因在店內竊取顯示卡遭判刑 6 個月，出獄後又來鬧事，看到請直接婉拒入場並通報店長。
        客訴：江小姐 反映在包廂被隔壁男客偷拍，已把手機照片交給員警，她的聯絡方式 0975-612-903，希望店家提供監視器畫面，處理編號 CP-20261201-07。
        M0051376,鄭宇翔,男,2006-08-21,0916-284-735,yuxiang.cheng@yahoo.com.tw,金卡,儲值餘額 1240,最後到店 2026-12-04
        報名表｜狼人殺主持場 12/13｜姓名：簡郁庭｜LINE ID：yuting_0417｜人數：3｜過敏：花生嚴重過敏，請勿提供含花生點心｜電話：0935-871-042
        家長同意書：本人 李國棟（身分證 E196055850）同意女兒 李芷晴 於寒假白天至貴店參加桌遊營，緊急聯絡電話 0922-690-315，住址 高雄市三民區建工路425號6樓之2。
        退押金：645 元匯至 郵局（700）局號 0001234 帳號 0567890，戶名 何佩珊，她歸還《璀璨寶石》時零件齊全，請會計今天處理。
        阿嘉那台 Gogoro 車牌 EFM-2736 又停在消防通道，已經第三次了，下次直接拍照檢舉，他的會員電話是 0958-441-620。
        群組截圖：「你上次說你有憂鬱症在吃藥，熬夜打遊戲真的不行啦」這段對話請勿外流，當事人 黃凱文 已經很介意了。
    """),
    "zh-Hans": _lines("""
        会员注册：王思远，身份证号 350203199508178813，手机 138-5921-4076，微信号 wsy_xm0817，居住地址 福建省厦门市思明区莲前西路 288 号 12 栋 1503。
        厦门店纠纷：顾客 刘梓涵 称在包厢里笔记本电脑被人拿走，报警回执编号 XM20261130-0415，联系人 刘女士 电话 159-8072-3316。
        小周 这个月又跟店里借了 2000 块说是交房租，到现在还没还，听说他信用卡也逾期了，店长说下个月工资里直接扣。
        深圳南山店未成年人登记：张浩然，身份证 440305201006116495，22:30 仍在上网，已通知其母亲 138-2654-7190 到店接人，并记录在案。
        陈先生 上网时突发癫痫，员工已拨打 120，送往深圳市人民医院，陪同的是他太太，联系电话 186-2037-5518。
        员工工资表：韩雪 前台 4,800 元/月，社保基数 4,492，工资卡 招商银行 6214 8375 1029 4863，本月因病假扣款 320 元。
        失物招领：捡到身份证一张，姓名 赵梦琪，身份证号 440106199811233040，住址 广州市天河区员村二横路 8 号 3 栋 702，请本人带手机号验证领取。
        群里说一下：阿杰 最近确诊抑郁症，请了两周假，大家排班时帮他顶一下，别在他面前提这件事。
        退押金：顾客 孙立伟，支付宝账号 sunliwei1988@163.com，退还 ¥200，原因：包厢预约在 7 天前取消，按规则全额退还。
    """),
    "en": _lines("""
        Member signup (Bugis outlet): Name: Tan Wei Ling, NRIC S8834127I, mobile +65 9123 4587, email weiling.tan88@gmail.com, DOB 12 Mar 1988, tier: Gold.
        Incident report SG-1130: customer Marcus Lim Jun Hao (FIN G6021873R) accused another player of stealing his Razer headset; police report made; Marcus can be reached on 8276 3041.
        Staff note: Jason from the night shift told me his wife is pregnant with twins and he is behind on his car loan, so he is asking for extra overtime hours in December.
        Lost and found claim: Ms Priya Nair collected a black Kindle left at table C7; verified with the last four of her NRIC (567D) and her phone 9734 2286.
        Booking confirmation RSV-8M4T1 for Daniel Wong, party of 6, Room VIP-1, 2026-12-20 14:00-17:00; deposit SGD 60 paid via PayNow from +65 8841 0927.
        Hong Kong branch: complaint from Mrs Chan Siu Ying (HKID K482716(3)) that her 14-year-old son Ethan was allowed to stay past 11pm; home: Flat 12B, Block 3, Kwun Tong Garden Estate.
        Ban list: Ryan Koh, banned for 12 months after punching a staff member on 3 Nov; his court date is 15 Jan; his car SLK 4821 J is often parked outside the shop.
        Can someone cover for Mei on Thursdays? She started chemo for breast cancer last week and really cannot do the morning shift for now.
        customer_id=C-88213 name="Aaron Teo" phone="+6591876420" email="aaron.teo.sg@outlook.com" outstanding_sgd=340.00 note="promised to pay after payday"
    """),
    "mixed": _lines("""
        會員 Tiffany 林 (0919-274-630) 說她的 LINE ID 是 tiffany_lin99，想 book 週六 VIP 包廂 for 男友生日，請幫她 hold 到明天中午。
        ID scan result: name=鄭雅雯 id=D287691278 dob=1996-11-02 address=臺南市東區崇學路75巷3號 member_tier=silver scanned_at=2026-12-03 20:11
        Mr. 楊（楊振宇）的信用卡 4311-9582-0476-1138 在櫃檯刷卡被拒 twice，他說 bank 那邊有 hold，先讓他用現金付 NT$860。
        KL 分店 member：Lee Chee Keong, MyKad 900514-10-5873, phone 012-389 4721, 住 No. 18, Jalan SS 2/24, 47300 Petaling Jaya，儲值 RM150。
        大夜 staff 阿豪 說他 last week 被診斷出第一型糖尿病，需要每四小時打一次胰島素，希望 schedule 可以調成早班。
        Dispute log D-1207：客人 蘇俊傑（身分證 R148879575）倒車時 hit 到我們的招牌，車牌 BFR-3096，他答應賠 NT$12,000 但要分三期。
        澳門店 walk-in：梁嘉欣 Miss Leung，澳門居民身份證 5215307(3)，phone +853 6628 4190，說她把手機 left 在 包廂 3，請幫忙找。
        Hi 店長，我是 Kelly 的媽媽，她 last Friday 在你們店裡因為低血糖 fainted，我想申請 CCTV footage，my number 0963-205-718。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「骰子與咖啡 Dice & Brew」網咖的客服助理，協助店員撰寫給會員的 LINE 訊息，語氣禮貌、簡潔。",
        ),
        (
            "user",
            "幫我寫一則 LINE 訊息給會員黃柏翰（0928-715-304），他欠包廂費 2,560 元已經三個月了，請他這週內到店結清，不然會停權。",
        ),
        (
            "assistant",
            "黃柏翰先生您好，這裡是骰子與咖啡。系統顯示您尚有包廂費用 2,560 元未結清，麻煩您於本週日前到店處理，逾期會員帳號將暫停使用。如有疑問請來電 (02)2361-4875，謝謝您。",
        ),
        ("user", "語氣可以再軟一點嗎？他好像最近失業。"),
        (
            "assistant",
            "黃先生您好，知道您最近可能比較忙碌，想提醒您帳上還有 2,560 元包廂費，若一次付清有困難，也可以來店和店長討論分期方式，我們很樂意協助。",
        ),
    ],
    [
        (
            "user",
            "新會員填表時要影印身分證嗎？今天有個客人 陳怡君 給我身分證 F207817832，我直接拍照存在店裡平板了，這樣可以嗎？",
        ),
        (
            "assistant",
            "不建議這樣做。依《個人資料保護法》，蒐集前須告知目的與利用方式，而且只應蒐集必要的資料。會員註冊通常核對年齡即可，不需要留存完整影本。建議您刪除平板上陳小姐的身分證照片，只記錄「已核對年滿18歲」與核對日期。",
        ),
        ("user", "那我要跟她說一聲嗎？她的電話是 0955-207-381。"),
        (
            "assistant",
            "可以主動告知陳小姐，照片已經刪除，今後只記錄核對結果，不留存影本，這樣對店家和客人都比較安心。",
        ),
    ],
    [
        (
            "system",
            "You help the Singapore outlet manager of a LAN gaming cafe write short, factual incident reports.",
        ),
        (
            "user",
            "Write an incident report: on 30 Nov at 21:50, customer Marcus Lim Jun Hao, FIN G6021873R, phone 8276 3041, said his Razer headset was stolen at station E07. We checked CCTV and saw another customer take it, then called the police.",
        ),
        (
            "assistant",
            "Incident Report SG-1130. Date/time: 30 Nov 2026, 21:50. Reporting party: Marcus Lim Jun Hao (FIN G6021873R, tel 8276 3041). Location: station E07. Description: complainant reported his Razer headset missing. CCTV review showed another customer removing the item. Action: police informed; CCTV footage preserved for 30 days pending request.",
        ),
        ("user", "Should I put his FIN in the report we send to head office in Taipei?"),
        (
            "assistant",
            "Better not. Under the PDPA, only send what head office actually needs. Use an internal case number and leave out the FIN and phone number; keep the full details in the Singapore outlet file.",
        ),
    ],
    [
        (
            "user",
            "深圳南山店昨晚 22:30 发现一个未成年人在上网，叫张浩然，身份证 440305201006116495，我们通知了他妈妈，电话 138-2654-7190。要怎么写记录？",
        ),
        (
            "assistant",
            "可以这样写：2026年12月X日 22:30，前台巡查发现未成年人张浩然（身份证 440305201006116495）仍在上网区，当即停止其上网并通知其母亲（138-2654-7190）到店接人，22:55 由母亲接走。当班员工签字确认。",
        ),
        ("user", "他是用别人的身份证刷进来的，要写吗？"),
        (
            "assistant",
            "需要写明。依《未成年人保护法》，上网服务场所不得允许未成年人进入，记录里应注明他冒用他人证件登记，以及门店后续将加强人证核验，以便日后检查时说明。",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for Dice & Brew, Taipei. Current caller: Tiffany 林, 0919-274-630, LINE ID tiffany_lin99, member M0062194.",
        ),
        ("user", "Hi 我想 book 週六晚上 VIP 包廂 幫男友慶生，大概 7 個人，可以帶蛋糕嗎？"),
        (
            "assistant",
            "Hi Tiffany！週六 19:00–22:00 的 VIP-1 還有空，8 人包廂每小時 560 元，生日方案三小時 2,999 元含蛋糕一顆，也可以自己帶蛋糕。要幫您用 0919-274-630 這支電話登記嗎？",
        ),
        ("user", "好，用這支，訂金怎麼付？"),
        (
            "assistant",
            "訂金是總額三成，生日方案為 900 元，可以用 LINE Pay 或轉帳，付款後請傳截圖到官方帳號，確認碼會寄到您的 LINE（tiffany_lin99）。",
        ),
    ],
    [
        (
            "user",
            "我們在 C 區撿到一個錢包，裡面有健保卡和一張名片，名片上寫 周品妤，行銷專員，手機 0982-374-519。我可以直接打給她嗎？",
        ),
        (
            "assistant",
            "可以。錢包內有明確的失主資料，店家直接聯繫是最快的方式。建議先登記遺失物編號，例如 LF-2026-1206-01，再撥打名片上的手機，請周小姐帶證件到店領取，領取時核對健保卡上的姓名即可。",
        ),
        ("user", "如果打不通呢？"),
        (
            "assistant",
            "可以傳簡訊留言，並保管 30 天；期滿仍無人領取，依店內規定送交轄區派出所處理，記得在遺失物簿寫下交付時間與受理員警。",
        ),
    ],
    [
        ("system", "你是網咖店長的助理，負責把糾紛經過整理成正式紀錄。"),
        (
            "user",
            "昨晚 22:40 客人吳承諺跟隔壁的客人因為耳機太大聲吵架，後來推來推去，吳先生左手擦傷，他手機是 0917-358-264，對方不肯留資料就走了，我們有報警。",
        ),
        (
            "assistant",
            "糾紛紀錄：12/3 22:40，A 區 18、19 號座位客人發生口角並推擠。當事人吳承諺（0917-358-264）左手擦傷，另一方未留下聯絡資料即離開。店方已報警，員警到場製作筆錄，監視器畫面已備份。",
        ),
        ("user", "要不要加上吳先生說他有高血壓？他說當時頭很暈。"),
        (
            "assistant",
            "可以簡短記錄「當事人自述頭暈，表示有高血壓病史，已建議就醫」，但健康資訊屬敏感個資，這份紀錄只給處理的員警與店長查看，不要貼到員工 LINE 群。",
        ),
    ],
    [
        (
            "system",
            "Customer record (HK branch, Mong Kok): Mrs Chan Siu Ying, HKID K482716(3), tel 9318 4026, son Ethan Chan, age 14. Previous complaint: 2026-11-02.",
        ),
        (
            "user",
            "The mother called again, very angry that her son stayed until midnight last Friday. Draft me a reply.",
        ),
        (
            "assistant",
            "Dear Mrs Chan, thank you for contacting us again about Ethan. We have reviewed the records for last Friday and confirm that Ethan remained in the shop later than our policy allows. We sincerely apologise. Our staff have been reminded to check the age of all young customers after 10pm, and Ethan's membership has been set to daytime only. Please call us on our shop line if you would like to discuss further.",
        ),
        ("user", "Good, but don't mention his membership number."),
        (
            "assistant",
            "Understood, the reply above does not include any membership number. You may send it as is.",
        ),
    ],
    [
        (
            "user",
            "店長郭志明胃出血住院了，台大醫院 7 樓，預計住一週。我要排這週的班表，要怎麼在群組說明比較好？",
        ),
        (
            "assistant",
            "建議在群組只說「店長這週請假，排班由副店長代理」，不需要說明病因或住院地點。病情屬於個人健康資訊，是否告訴大家應由郭店長本人決定。",
        ),
        ("user", "有同事想去探病，問我病房號碼。"),
        (
            "assistant",
            "可以請想探病的同事先私訊郭店長本人詢問，由他自己決定要不要告知病房；你不要直接把病房號碼轉給其他人。",
        ),
    ],
    [
        (
            "system",
            "You assist the Kuala Lumpur branch of a Taiwanese board game cafe. Reply in the language the staff member uses.",
        ),
        (
            "user",
            "Member Lee Chee Keong，MyKad 900514-10-5873，電話 012-389 4721，他說要 cancel 會員並退回儲值 RM150，要怎麼處理？",
        ),
        (
            "assistant",
            "可以照這個流程：1) 請 Mr Lee 到店或用登記的電話 012-389 4721 確認身分；2) 依會員條款計算可退金額，RM150 扣除已用的贈送額度；3) 退款轉入他本人的銀行帳戶；4) 完成後依 PDPA 2010 刪除或封存他的 MyKad 號碼，不再保留。",
        ),
        ("user", "He wants the refund to his wife's account instead, can?"),
        (
            "assistant",
            "Better ask Mr Lee to give written consent first, including his wife's full name and account number, then keep that consent with the refund record. Without it, refund only to his own account.",
        ),
    ],
]
