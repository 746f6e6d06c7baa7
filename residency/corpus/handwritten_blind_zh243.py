# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh243: Taiwan piano and music-instrument shops and music classrooms (piano lessons, grade-exam registrations, home tuning visits, instrument rentals, LINE groups, fee disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh243
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "門市公告"): _lines("""
        【公告】本店12/25（四）聖誕節照常營業，營業時間調整為 11:00–19:00，琴房租借請提前於官方LINE @melody-piano 預約，現場恕不受理臨時租用。
        旗艦店地址：台北市中正區羅斯福路三段128號2樓（台電大樓站3號出口步行約4分鐘），客服專線 (02)2365-7788，每週一公休。
        即日起至1/31，購買 Yamaha U1 或 Kawai K-300 直立琴，贈送一年兩次到府調音（限雙北地區，桃園以南另收車馬費 NT$800）。
        颱風停班停課依台北市政府公告辦理，當日所有個別課、團體課一律順延，學費不另扣除，補課時段請洽各教室櫃台 (02)2708-3151。
        提醒各位家長：教室門口停車格僅供卸貨及接送，臨停請勿超過10分鐘，信義路四段公有停車場另有特約優惠，出示繳費收據可折抵1小時。
        2027年春季兒童音樂班招生說明會：1/18（日）14:00 於本校三樓演奏廳舉行，免費入場，名額60位，現場報名享早鳥價九折。
        本公司統一編號 24536817，發票抬頭「美樂蒂樂器股份有限公司」，需開立三聯式發票之學校與機關單位，請於結帳時主動告知櫃台人員。
        配合年度消防安全檢查，12/10（三）上午09:00–12:00 全館停電，B1琴房、2樓團體教室暫停使用，當日課程改至下午，造成不便敬請見諒。
        阿福樂器行台中店搬遷公告：新址為台中市西區公益路二段51號1樓，12/15起正式營業，舊址（五權路）即日起停止收件維修，電話不變 (04)2322-9168。
        二手鋼琴回收估價服務：週一至週五 10:00–18:00 受理，請提供琴身背板上的製造號碼與外觀照片，寄至 service@afu-music.com.tw，三個工作天內回覆。
        衛武營國家藝術文化中心音樂廳（高雄市鳳山區三多一路1號）12/20 鋼琴獨奏會團體票代訂開跑，本店學員享88折，代訂截止日為12/12。
        本教室鋼琴師資皆具音樂系以上學歷，教學以 ABRSM 與 Yamaha 檢定體系為主，試聽課每堂30分鐘 NT$300，試聽費可全額折抵首月學費。
        年終盤點：12/29–12/31 倉庫暫停出貨，網路商店訂單（單號 MS2026122900 起）將於 2027/1/2 起依序寄出，黑貓宅急便追蹤碼另以簡訊通知。
    """),
    ("zh-Hant", "價目表"): _lines("""
        鋼琴個別課（一對一）：初級 30分鐘 NT$600／堂、中級 45分鐘 NT$900／堂、高級 60分鐘 NT$1,300／堂，月繳四堂另享95折優惠。
        到府調音服務：直立式鋼琴 NT$2,200、平台式鋼琴 NT$3,500，均含基本整音；整調（音槌整形、鍵盤深度調整）另計 NT$4,800 起。
        琴房租借：1號～6號直立琴房 每小時 NT$150、7號平台琴房（Yamaha C3X）每小時 NT$350，學員憑學生證八折，例假日不適用折扣。
        樂器租賃方案：YAMAHA YDP-145 電鋼琴 月租 NT$1,200，押金 NT$8,000；Kawai 直立琴 月租 NT$2,500，租滿12個月可折抵購琴款50%。
        搬琴費用（同縣市）：一樓到一樓 NT$3,000、每加一層樓梯 +NT$1,000、電梯大樓 NT$3,500，平台鋼琴需吊車者另行現場估價。
        小提琴租借 1/16～4/4 尺寸 月租 NT$500，含琴弓、琴盒、松香；換尺寸免手續費，損壞維修依原廠報價七折計算，租期最短三個月。
        檢定報名代辦費：ABRSM 術科 每級 NT$300、樂理 NT$200；Yamaha 音樂能力檢定 每級 NT$250，另加主辦單位報名費（以年度簡章為準）。
        鋼琴除濕與保養用品：除濕棒 NT$680／支、琴身防塵罩 NT$1,280、升降琴椅 NT$3,980，任選兩項以上免運費，離島地區運費另計。
        團體樂理課（6–10人）：每期12週 NT$5,400，教材費 NT$450，含期末小型成果發表會場地費及錄影費，報名滿三人即開班。
        二手琴參考收購價：Yamaha U3（製造號碼300萬號以上）NT$45,000–65,000，Kawai BL 系列 NT$25,000–40,000，實際以現場估價為準。
        爵士鼓個別課 每堂 NT$800（50分鐘），鼓房租借 每小時 NT$250，含 Zildjian 銅鈸及 Vic Firth 鼓棒借用，耳塞另售 NT$60。
        吉他／烏克麗麗換弦工資 NT$150（自備弦），店內購弦免工資；D'Addario EJ16 每副 NT$320、Elixir Nanoweb 每副 NT$580。
        成人鋼琴體驗方案：4堂 NT$2,800，限首次報名且未曾在本教室上課者，不可與其他優惠合併使用，逾期未上完恕不退費，詳情請洽櫃台。
    """),
    ("zh-Hant", "員工LINE群組"): _lines("""
        【櫃台】三樓B琴房冷氣又在滴水，已經報修，維修單號 DK-20261203-118，廠商說週五下午才能來，這兩天先別排B琴房的課喔。
        今天到府調音行程共三場：10:00 大安區、13:30 信義區、16:00 內湖區，公務車已加滿油，工具箱裡的音叉套組用完請放回原位。
        提醒各位老師：本月檢定報名截止日是12/15，學生報名表收齊後統一交給行政，不要在群組傳證件照片，一律走內部系統上傳，謝謝配合。
        倉庫盤點結果：Yamaha P-145 剩3台、Roland FP-30X 白色缺貨、Casio PX-S1100 剩5台，下週二原廠補貨，需要先調貨的請填表單。
        週六成果發表會流程確認：13:00 場佈、13:30 彩排、14:30 開放入場、15:00 準時開始，共28個節目，譜架和麥克風從二樓教室搬下來。
        系統公告：請大家把排課系統更新到 v3.8.2，舊版在月曆週檢視會出現重複課堂的問題，更新後先登出再登入就可以了，有問題再回報資訊組。
        今天刷卡機結帳金額和系統差了 NT$1,200，應該是下午那筆退貨沒有在系統作廢，明天早班麻煩先核對完再開帳，差額原因記在交班本上。
        給老師們：12月份鐘點費會在1/5發放，若排課紀錄有誤請在1/2前用表單回報，逾期的更正將併入下個月一起處理，請大家多留意。
        平台琴房那台 Kawai GL-30 中音區的 Bb 音槌有雜音，先貼上「暫停使用」告示，已經跟原廠技術部約好12/11來處理。
        新的試聽接待流程已經放在雲端資料夾「櫃台SOP/2027」，重點是先問孩子年齡和家裡有沒有琴，再推薦合適的課程方案，不要一開始就報價。
        再提醒一次：官方 LINE 上不要回覆任何退費金額，一律回「將由專人與您聯繫」，退費案件統一由店長處理並留下書面紀錄，拜託大家。
        明天寒流只有9度，琴房開除濕機前先確認窗戶有關緊，濕度維持在 45%–55%，溫濕度紀錄表每兩小時填一次，下班前拍照上傳。
        樂譜區重新上架完成：全音出版的拜爾、小奏鳴曲集放 A 櫃，ABRSM 各級指定曲放 B 櫃，爵士與流行鋼琴譜放 C 櫃，請大家記一下。
    """),
    ("zh-Hant", "檢定簡章"): _lines("""
        英國皇家音樂學院 ABRSM 2027年春季術科考試：報名期間 1/6–1/27，考試期間 3/3–3/28，考區為台北、台中、高雄，實際應考時間由考官團隊排定。
        報考 Grade 6 以上術科者，須先通過 Grade 5 樂理、Grade 5 樂器演奏或 Grade 5 爵士其中之一，證明文件影本請於報名時一併繳交。
        Yamaha 音樂能力檢定制度：鋼琴演奏檢定由 13級 起至 5級 為一般學員級別，電子琴（Electone）另設指導者級別，成績約於考後四週公告。
        考生須於指定時間前15分鐘抵達考場報到，遲到超過10分鐘者視同缺考，已繳報名費恕不退還，亦不得申請轉至下一期考試，請考生務必預留交通時間。
        考試曲目須從當年度大綱（Piano Syllabus 2027 & 2028）中 A、B、C 三組各選一首，另加音階琶音、視奏及聽力測驗三個項目。
        考場內全面禁止錄音錄影，陪同家長僅能在候考區等候，演奏用琴統一為平台鋼琴，考生不得自備踏板輔助器以外之任何設備，手機須關機。
        成績單與證書將寄送至報名單位，本教室收到後會以官方 LINE 群發通知領取，逾三個月未領取者將依本教室檔案管理辦法處理。
        兒童鋼琴檢定分為初級、中級、高級三階段，每年三月及九月各舉辦一次，報名費 NT$1,200–2,600 不等，報名方式以本會官網公告為準。
        跨區報考者請於報名表上勾選考區，報名確認後不接受更改考區，如遇特殊情況需檢附證明文件，由主辦單位審核後個別回覆，審核期間約需十個工作天。
        樂理 Grade 1–5 已改為線上考試，考生須備妥具鏡頭及麥克風之電腦與穩定網路，正式考試前建議先完成官方提供的模擬測驗。
        報名費參考（2027春季）：鋼琴 Grade 1 NT$2,950、Grade 5 NT$4,400、Grade 8 NT$6,850，實際金額以主辦單位最新公告為準。
        參加「全國學生音樂比賽」鋼琴獨奏項目者，若檢定考期與比賽日期衝突，可於報名截止前申請改期一次，需附比賽相關證明，逾期申請恕不受理。
        特殊需求考生（如視障、聽障、讀寫障礙）可申請延長時間或使用放大樂譜，請於報名時勾選並附相關證明，主辦單位將另行審核並以書面通知結果。
    """),
    ("zh-Hans", "商品详情"): _lines("""
        珠江钢琴 Pearl River UP118M 立式钢琴 黑色亮光 88键 三踏板，琴高118cm，宽148cm，净重约210kg，全国联保五年，含首次上门调律。
        Yamaha 雅马哈 P-225B 便携式电钢琴 88键 GHC配重键盘，192复音，支持蓝牙音频，SKU: YM-P225B-BK，现货 12 台，包邮（偏远地区除外）。
        【旗舰店】Kawai 卡瓦依 K-300 AURES2 立式钢琴 122cm，日本滨松工厂制造，附赠琴凳、防尘罩、除湿棒各一，下单备注可预约送货时间。
        施坦威 Steinway & Sons Model B-211 三角钢琴 展示品出清，乌木黑，琴身长211cm，价格面议，仅限香港铜锣湾门市现场洽谈，不接受网上订购。
        肖邦夜曲集 Chopin Nocturnes（帕德雷夫斯基版 Paderewski Edition）引进版，全新塑封，定价 ¥58.00，满 ¥199 包邮，支持开具电子发票。
        罗兰 Roland FP-30X 智能数码钢琴 白色，PHA-4 标准键盘，内置 56 种音色，支持 Piano Every Day App，SKU: RL-FP30X-WH，七天无理由退货。
        贝多芬钢琴奏鸣曲全集 第一册（亨乐 Henle 原始版），编订：Bertha Antonia Wallner，指法：Conrad Hansen，HN 32，定价 ¥268.00。
        调律工具套装：调律扳手 + 音叉 A440Hz + 毛毡止音条 10 条 + 橡胶止音楔 4 个，适合初级调律师练习，订单满 ¥500 赠送调律教学视频。
        儿童钢琴启蒙教材《约翰·汤普森简易钢琴教程》1–5 册套装，John Thompson 著，附音频二维码，适合 5–8 岁零基础学员，批量采购另有优惠。
        卡西欧 Casio CT-S1 电子琴 61键 便携款 红色，可使用 6 节 AA 电池供电，重量约 4.5kg，官方授权经销商，可开具增值税普通发票。
        珠江恺撒堡 KAYSERBURG KA2 立式钢琴 125cm，首付 ¥3,000 起，可选 12/24 期分期免息，下单后 7 个工作日内送货上门并安排调律。
        雅马哈静音钢琴 b1 SC3，夜间戴耳机练琴不扰邻，适合公寓用户，琴韵琴行广州天河店可预约试弹，门店咨询电话 020-3886-5210。
        维特纳 Wittner Taktell 机械节拍器 金字塔款 胡桃木色，德国原装进口，速度范围 40–208 BPM，订单物流状态请登录“我的订单”页面查询。
    """),
    ("en", "rental_faq"): _lines("""
        Q: Can I rent a piano before buying one? A: Yes. Our rent-to-own plan lets you apply up to 50% of the first 12 months' rental towards buying the same model.
        Q: What is the minimum rental period for a digital piano? A: Three months. After that you may return it with 14 days' notice by messaging our shop line at +886 2 2365 7788.
        Q: Is delivery included? A: Delivery within Taipei City and New Taipei City is free for rentals of 6 months or more; otherwise a one-way fee of NT$1,500 applies.
        Q: Who pays for tuning during the rental? A: We cover one tuning every six months for acoustic uprights. Extra tunings are charged at NT$2,200 per visit.
        Q: What happens if the instrument gets damaged? A: Normal wear is fine. Accidental damage is repaired at cost, capped at the deposit stated in your rental agreement.
        Q: Which documents do I need to sign a rental contract? A: A government-issued photo ID and a credit card for the deposit. Companies should bring their business registration certificate.
        Q: Do you ship to Hong Kong or Macau? A: Not for acoustic pianos. For digital pianos please contact our Kowloon partner at sales@harbourkeys.com.hk for a local rental.
        Q: How humid should my room be? A: Keep relative humidity between 45% and 60%. Taiwan summers can reach 85%, so we recommend a dehumidifier rod or an air-conditioned room.
        Q: Can my child switch from a 1/4 to a 1/2 size violin mid-contract? A: Yes, size changes are free for student rentals as long as the instrument comes back in good condition.
        Q: How do I pay? A: Monthly rentals are charged automatically on the 5th. We accept Visa, Mastercard, JCB and LINE Pay; receipts are issued as e-invoices to your mobile carrier.
        Q: Do you rent grand pianos for events? A: Yes, our Yamaha C7 and Kawai GX-6 are available for concerts at venues such as the National Concert Hall in Taipei; quotes on request.
        Q: Can a teacher rent a practice room by the hour? A: Teaching rooms are NT$250 per hour, or buy a 10-hour prepaid card valid for 90 days. Booking opens every Monday at 10:00.
        Q: Where are you located? A: Our flagship store is at 3F, No. 45, Sec. 2, Heping East Road, Da'an District, Taipei, five minutes' walk from Technology Building MRT station.
    """),
    ("mixed", "系統log與設定"): _lines("""
        2026-12-03T10:15:22+08:00 INFO booking.create room=R07-grand slot=19:00-20:00 order=BK-20261203-0457 status=confirmed source=line_liff
        2026-12-03T10:16:05+08:00 WARN tuning.schedule job=TU-88213 技師派工衝突 overlap_minutes=30 action=auto_reassign region=TPE-North
        [cron] 02:00 nightly_backup finished: db=classroom_prod size=2.4GB sha256=9f2c1a7e4b6d83f0c5e2a9b17d4f60e8 duration=183s exit=0
        LINE_CHANNEL_ID=1656000000 LINE_CHANNEL_SECRET=<your-channel-secret> WEBHOOK_URL=https://api.melody-piano.example/line/webhook
        invoice.issue carrier=B2B buyer_ban=24536817 inv_no=AB-12345678 amount=NT$36,750 tax=NT$1,750 item="Yamaha U1J PE 直立鋼琴" store=TPE01
        SELECT course_level, COUNT(*) AS n FROM enrollments WHERE term = '2027S' GROUP BY course_level ORDER BY n DESC; -- 春季各級人數統計
        shipment.update carrier=黑貓宅急便 tracking=902155703348 order=MS2026120318 status=配達完成 delivered_at=2026-12-05T15:40:00+08:00
        config.yaml: reminder: { lesson_hours_before: 24, exam_days_before: [14, 3], channel: "line", template_id: "tpl_lesson_v2" }
        ERROR payment.callback provider=linepay txn=2026120312345678901 code=1172 msg="Existing same orderId" order=RT-2026-0891 retry=false
        [排課系統] 2026-12-04 09:00 已產生下週課表 312 堂，衝突 0 堂，琴房使用率 87.5%，平台琴房尖峰時段 18:00–21:00 全數額滿。
        git commit 4e7d2b9 "fix(rental): round deposit refund to NT$1 and show 押金 breakdown on receipt" by shop-ci-bot, pipeline #1842 passed
        humidity_sensor room=R03 reading=68% threshold=60% alert=sent_to_staff_group at 2026-12-04T14:32:10+08:00 device=SHT31-0x44
        CSV header: order_no,sku,product_name,qty,unit_price_twd,store_code,created_at,payment_method,invoice_no,carrier_type
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★★ 在這家買了第一台直立琴，店員很有耐心地讓我們試彈了五台，還教怎麼看製造號碼判斷年份，送琴師傅也很細心，地板完全沒刮到。
        ★★☆☆☆ 琴房隔音很差，隔壁在練爵士鼓根本聽不到自己的琴聲，櫃台只說「尖峰時段就是這樣」，希望能改善隔音或把鼓房分開時段。
        ★★★★☆ 教室環境乾淨明亮，老師很會引導小朋友，唯一缺點是停車不方便，羅斯福路上幾乎找不到車位，建議大家搭捷運過來，台電大樓站走路就到。
        這間琴行的二手 Yamaha 整理得很好，音槌和制音器都有換新，價格比網路上的個人賣家貴一點，但有一年保固比較安心，推薦給預算有限的家庭。
        ★☆☆☆☆ 退費流程超慢，申請後等了快兩個月，客服電話常常沒人接，最後還是透過消基會申訴才處理，大家報名前一定要看清楚合約條款。
        調音師傅準時到府，調完還順便處理了踏板的雜音，收費跟官網寫的一樣沒有另外加價，整體很專業，還提醒我們冬天要注意除濕，明年會再預約。
        ★★★★★ 通利琴行銅鑼灣店的 Steinway 試琴室值得一去，店員不會一直在旁邊推銷，可以安靜地彈二十分鐘，感受不同琴款的差別。
        樂譜種類很齊全，連全音出版、已經很難找的布爾格彌勒25首練習曲舊版都找得到，店內還有免費的譜夾可以拿，店貓也很可愛，會趴在收銀台上。
        ★★★☆☆ 團體班一班12個小朋友實在太多，老師顧不過來，建議減到8人以下，不過期末成果發表會倒是辦得很用心，值得肯定。
        官方 LINE 回覆速度很快，晚上十點問琴房還有沒有空也有人回，線上付款也很方便，只是預約 App 偶爾會當掉，希望能再優化。
        ★★★★☆ 租了三個月的電鋼琴後直接折抵買了 Kawai CA-59，折抵金額計算透明，電子發票也馬上開好，整個流程很順暢。
        店名叫「莫札特琴房」，但其實以流行鋼琴教學為主，周杰倫、五月天、鄧麗君的曲子都有改編譜，很適合想彈流行歌的上班族，晚上也有開課。
        ★★☆☆☆ 檢定代辦費收了卻沒有幫忙確認考試時間，差點錯過考期，幸好自己有去 ABRSM 官網查詢，希望代辦流程能更嚴謹一些。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        家長 林佩珊（女兒 陳宥蓁，國小三年級）手機 0921-583-406，週三下午四點的鋼琴課想改到週五同一時段，麻煩老師回覆。
        到府調音單：客戶 黃建志 先生，地址 新北市板橋區文化路一段268巷15號4樓，琴款 Yamaha U3H，聯絡電話 0933-217-859，樓梯窄需兩人搬。
        檢定報名表｜考生姓名：吳品妍｜身分證字號：F285607949｜出生日期：2013/05/22｜報考級別：ABRSM Piano Grade 5｜監護人：吳志明
        阿凱媽媽私下說她先生上個月被公司裁員，學費可能要延到下個月才能繳，拜託我們先不要停課，也不要讓孩子知道這件事。
        謝老師最近確診乳癌正在做化療，週二、週四的學生先由代課老師接手，請櫃台不要對家長透露她的病情。
        退費爭議紀錄：家長 張雅雯（0912-608-377）主張已繳 NT$28,800 半年學費、孩子只上了三堂，要求全額退款，並表示已向台北市消保官申訴。
        租琴押金退款帳戶：戶名 周俊宏，台新銀行（812）帳號 20880100356175，押金 NT$8,000 請於月底前匯入。
        老闆娘交代：陳太的兒子阿翔上週在琴房跌倒，額頭縫了五針，保險理賠文件要準備好，陳太情緒很激動，先由店長親自處理。
        週六團體班家長群：@江欣怡 小恩媽咪您好，小恩這週的樂理作業還沒交，麻煩您再提醒一下，謝謝～
        王淑惠 小姐（新竹市東區建中路57號7樓之2）租的 Kawai 電鋼琴 9/30 到期，她說要續租，但目前正在辦離婚，押金想改退到她自己名下的帳戶。
        學員資料：蔡承翰，男，國中二年級，身分證 B124101551，有注意力不足過動症（ADHD），上課每20分鐘需要休息一次。
        客訴：住在台中市南屯區大墩十二街88號5樓的 鄭先生，反映調音師傅到府後把琴蓋刮傷，要求賠償 NT$6,000，電話 0958-330-214。
        阿嬤說小孫女 羅語彤 的爸爸因為酒駕被關，這學期學費由她代繳，聯絡人改成阿嬤家裡的市話 (04)2326-5817。
        鋼琴老師 許雅琪 12月共上68堂 × NT$650 = NT$44,200，扣勞健保後實領 NT$42,180，薪轉帳戶 國泰世華 035-50-812694-3。
        小胖（本名 劉子睿）這學期已經欠了三個月學費共 NT$10,800，媽媽說爸爸欠了卡債，家裡很困難，請櫃台每週溫和提醒一次。
        租琴合約：承租人 曾淑芬，身分證 E293590087，住址 高雄市苓雅區林泉街45號3樓，琴號 KW-R-0318，月租 NT$2,500，押金已刷卡。
        游佳蓉 老師懷孕五個月，醫生說要安胎，明年一月起暫停教學，她的14位學生需要重新安排老師，先不要在群組公布原因。
        車牌 BKE-7352 的白色 Toyota Sienta 是 洪國峰 先生的，他每週六送女兒上課都停在卸貨區，已經被鄰居投訴三次了。
        家長 黃美玲 的 e-mail 是 huang.mei.ling0812@gmail.com，她希望以後繳費收據改寄電子檔，不要再用紙本讓孩子帶回家。
        學生 楊子晴 的媽媽在 LINE 私訊說孩子在學校被霸凌，最近情緒很不穩定，還有自傷的情況，希望老師上課時多留意。
        請回撥 0975-412-693，是上午打來詢問二手琴收購的那位客人，他說晚上八點以後才方便接電話。
        調音師 阿德（邱德明）上週騎車被撞，右手腕骨折，至少要休養六週，他手上的到府調音預約全部改派給其他師傅。
        外籍學員 Nguyen Thi Lan，居留證統一證號 A800614327，越南籍，目前在台北讀研究所，想報名成人鋼琴體驗方案，晚上才有空。
        2026-11-28,張雅婷,0910-225-873,台北市士林區中正路255巷3弄8號,Yamaha U1,到府調音,NT$2200,已完成
    """),
    "zh-Hans": _lines("""
        学员家长 陈美华，手机 138 2746 9015，孩子 李梓涵 报名了 2027 年春季 ABRSM 三级钢琴考试，准考证请寄到 广州市海珠区江南大道中182号903房。
        身份证号 350203198504172452，姓名 郑晓丽，厦门分店钢琴租赁合同承租人，月租 ¥480，押金 ¥3,000 已通过微信支付。
        刘老师的工资卡：招商银行 6225 8802 1473 6091，本月课时费 ¥12,600 已转账，麻烦她确认一下有没有收到。
        王先生投诉上门调律的师傅把他家客厅木地板刮花了，要求赔偿 ¥2,000，他家住 上海市徐汇区漕溪北路595弄12号601室。
        深圳南山店学员 黄子轩，8 岁，被诊断为自闭症谱系障碍，家长要求一对一上课，并由同一位老师固定授课。
        阿华（本名 何志华）上个月向店里借了 ¥5,000 买调律工具，说好分五个月还，到现在只还了 ¥1,000。
        【澳门分校】学员 梁嘉欣，澳门居民身份证 7162043(5)，电话 6628 4517，报名了周日上午的小提琴启蒙班。
        微信群里 张妈妈（张丽娟）说孩子爸爸不让她再给孩子交琴课费，他们正在打离婚官司，让我们千万不要联系孩子爸爸。
        报名表：学员 孙浩然｜出生 2015-09-08｜监护人 孙丽｜身份证 440106199209087263｜电话 159 1832 6047｜报考 钢琴五级
    """),
    "en": _lines("""
        Hi, this is Daniel Koh's mum, his lesson on Saturday needs to move to 3pm. You can reach me on +65 9123 4807 or WhatsApp.
        Rental agreement. Hirer: Tan Wei Ling, NRIC S6778404I, Blk 721 Jurong West Street 42, #08-117, Singapore 640721. Yamaha YDP-165 at S$95 per month.
        Tuning visit note: Mr Andrew Lim's upright is in his flat at Block 332 Clementi Avenue 2, #11-04. His wife says he has early-stage dementia, so please call her instead.
        Refund dispute: Mrs Chloe Ho paid NT$24,000 for twelve lessons for her son Ethan and wants NT$16,000 back after he quit; her email is chloe.ho.tw@yahoo.com.tw.
        Teacher contract: Ms Rebecca Yeo, HKID K754465(0), hourly rate HK$480, salary paid monthly into HSBC account 512-387654-833.
        Student Aiden Chua (Grade 4) has a severe peanut allergy and carries an EpiPen in his school bag, so no snacks for him during the recital break.
        Please call back 0918 774 203, the gentleman who asked about renting a cello for his daughter. He only picks up after 7pm.
        Candidate: Sophie Lau | DOB 11 Feb 2014 | Piano Grade 6 | Parent contact: sophie.lau.mum@gmail.com | Access needs: dyslexia, enlarged score requested
        Our accompanist Marcus has been off for two weeks; he told me in confidence he is going through bankruptcy and may have to sell his Kawai grand.
    """),
    "mixed": _lines("""
        家長 Mrs. Wong 在 WhatsApp 說：my daughter Chloe Wong 下星期考 Grade 8，但她最近 depression 要覆診，可否 postpone？聯絡 +852 9345 6172。
        [LINE] 林媽媽：老師 sorry～ 阿哲昨晚發燒到 39 度，今天的 piano lesson 要請假，makeup class 可以排 12/14 嗎？我電話 0987-205-316。
        Booking log: 2026-12-05 18:22 customer=蘇怡君 phone=0928-661-045 service=到府調音 address=台北市文山區木柵路三段102巷6號2樓 status=pending
        Pelajar Nur Aisyah binti Ahmad, MyKad 090514-10-5382, daftar peperiksaan Grade 3 piano 鋼琴考級 di cawangan Puchong, ibu boleh dihubungi di 012-738 4592.
        Invoice to: Mr. Ong Kah Seng, 23 Jalan SS 2/55, 47300 Petaling Jaya, Selangor, 鋼琴搬運費 RM 650，payment via Maybank acc 1642 8830 5917。
        舊學員 Kelvin 陳 說他的 credit card 被盜刷，所以 12 月 auto-debit 失敗，卡號末四碼 4417 先不要再扣款，等他 call back。
        Staff note: Mr. 何嘉偉 家在信義區松德路171巷9號3樓，家裡有一隻大狗，please call 0933-508-712 before ringing the doorbell。
        Form: name=Lim Jia Hui | IC=990321-14-6628 | phone=+60 16-228 7391 | course=Piano Grade 5 (ABRSM) | fee RM 1,280 | remarks: 家長失業，申請分期付款
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「美樂蒂音樂教室」官方 LINE 的客服助理，負責協助家長調課、查詢學費與檢定報名。回答請使用繁體中文，語氣親切。",
        ),
        (
            "user",
            "老師您好，我是學員陳宥蓁的媽媽林佩珊，電話 0921-583-406。她這週三下午要去醫院做氣喘追蹤檢查，可以把鋼琴課改到週五嗎？",
        ),
        (
            "assistant",
            "林媽媽您好，收到您的調課需求。週五下午目前 16:00 與 17:30 兩個時段有空琴房，請問哪個時段比較方便？確認後我會請櫃台幫宥蓁更改課表，也祝她檢查順利。",
        ),
        ("user", "16:00 好了，謝謝。"),
        ("assistant", "好的，已為您登記週五 16:00，櫃台確認後會再以 LINE 通知您。"),
    ],
    [
        (
            "user",
            "幫我寫一封給音樂教室的退費申請信。我叫張雅雯，兒子張宸睿在他們那邊上鋼琴課，我 9 月繳了半年學費 NT$28,800，只上了三堂老師就離職了。我住台北市大同區民生西路 198 號 6 樓，電話 0912-608-377。",
        ),
        (
            "assistant",
            "以下是草稿： 主旨：申請退還未上課之鋼琴學費 敬啟者：本人張雅雯，為學員張宸睿之家長，於 9 月繳納半年學費 NT$28,800，實際僅上課三堂即因授課老師離職而中斷。依契約及消費者保護法相關規定，懇請貴教室退還未上課部分之費用。聯絡電話 0912-608-377，通訊地址：台北市大同區民生西路 198 號 6 樓。 此致",
        ),
        ("user", "可以再加一句如果兩週內沒回覆我就去消保官那邊申訴嗎？"),
        (
            "assistant",
            "可以，在結尾前加上：「若貴教室於收到本函兩週內未予回覆，本人將逕向台北市政府消費者保護官提出申訴。」這樣語氣明確但不失禮貌。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore music school that prepares ABRSM exam entries.",
        ),
        (
            "user",
            "Can you check this entry before I submit it? Candidate: Megan Tay Xin Yi, NRIC T2041938A, DOB 3 March 2020... sorry, 2012. Piano Grade 7. Parent: Mr Tay Boon Huat, 9786 2235. She has mild hearing loss in her left ear.",
        ),
        (
            "assistant",
            "Thanks. A few points: the date of birth should read 3 March 2012. For Megan's hearing loss, you can request access arrangements in the entry form (for example, the examiner facing her right side during aural tests), and you'll need supporting documentation. Her NRIC isn't required on the ABRSM form itself, so you can leave it out.",
        ),
        ("user", "Great, thanks. Should I include Mr Tay's phone?"),
        (
            "assistant",
            "Yes, a parent contact number is useful in case the exam time changes. Use 9786 2235 as the applicant contact.",
        ),
    ],
    [
        (
            "user",
            "帮我把这些学员信息整理成表格：何雨萱，女，9 岁，电话 186 2043 7718，钢琴四级；邓凯文，男，11 岁，电话 137 5120 9364，钢琴六级，家长说他有哮喘；罗思琪，女，7 岁，电话 150 8836 2291，启蒙班。",
        ),
        (
            "assistant",
            "好的，整理如下： | 姓名 | 性别 | 年龄 | 电话 | 课程 | 备注 | | 何雨萱 | 女 | 9 | 186 2043 7718 | 钢琴四级 | | | 邓凯文 | 男 | 11 | 137 5120 9364 | 钢琴六级 | 哮喘 | | 罗思琪 | 女 | 7 | 150 8836 2291 | 启蒙班 | |",
        ),
        ("user", "哮喘那一栏要不要放进全体老师都能看的表？"),
        (
            "assistant",
            "建议不要。健康信息属于敏感个人信息，最好只告知邓凯文的任课老师和前台，在共享表里写“有需注意事项，请洽前台”即可。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu untuk sebuah kedai muzik di Johor Bahru yang menyewakan piano digital.",
        ),
        (
            "user",
            "Tolong semak borang sewa ni: Nama Siti Hajar binti Roslan, MyKad 880719-01-6244, alamat No. 14, Jalan Bakawali 5, Taman Johor Jaya, 81100 Johor Bahru, telefon 013-776 2048. Sewa Yamaha P-145 RM 120 sebulan.",
        ),
        (
            "assistant",
            "Borang Puan Siti Hajar nampak lengkap. Cadangan: tambah tarikh mula sewa, jumlah deposit (contohnya RM 500), dan nombor siri piano supaya jelas unit mana yang disewa.",
        ),
        ("user", "Dia minta bayar deposit ansuran sebab baru diberhentikan kerja. Boleh?"),
        (
            "assistant",
            "Itu keputusan kedai. Jika dibenarkan, tulis jadual ansuran dalam kontrak, contohnya RM 250 semasa ambil piano dan RM 250 sebulan kemudian, dan minta Puan Siti tandatangan di sebelah jadual itu.",
        ),
    ],
    [
        ("system", "你是調音師的排程助理，協助規劃到府調音路線。"),
        (
            "user",
            "明天的行程幫我排一下順序：1. 黃建志，新北市板橋區文化路一段268巷15號4樓，0933-217-859；2. 邱美玲，新北市中和區景平路 512 號 8 樓，0922-601-337；3. 施文彬，台北市萬華區西園路二段 77 號 2 樓，0939-448-105。我早上九點從永和出發。",
        ),
        (
            "assistant",
            "建議順序：09:30 邱美玲（中和景平路，離永和最近）→ 11:30 黃建志（板橋文化路）→ 14:00 施文彬（萬華西園路）。每場預留約 90 分鐘，中間可以在板橋吃午餐。出發前可先傳訊息給三位客戶確認時間。",
        ),
        ("user", "邱小姐說她家電梯壞了要走樓梯，這樣有影響嗎？"),
        (
            "assistant",
            "調音本身不受影響，只是工具箱要搬上 8 樓，建議多留 15 分鐘，把後面的黃先生改到 11:45。",
        ),
    ],
    [
        (
            "user",
            "我是鋼琴老師游佳蓉，懷孕五個月了，醫生叫我安胎，一月起要停課。要怎麼跟學生家長說比較好？我不太想讓大家知道太多細節。",
        ),
        (
            "assistant",
            "可以只說「因個人健康因素，需暫停授課一段時間」，不必提到懷孕。例如：「各位家長好，我因個人健康因素，自一月起將暫停授課，教室會協助安排合適的代課老師，銜接孩子的進度。造成不便，深感抱歉。」",
        ),
        ("user", "那要提到我什麼時候回來嗎？"),
        (
            "assistant",
            "如果還不確定，可以寫「預計下學期再與大家聯繫」，保留彈性即可，也不會透露太多私人狀況。",
        ),
    ],
    [
        ("system", "You help customers of a Hong Kong instrument rental company draft messages."),
        (
            "user",
            "I rented a cello for my son Jayden Cheung from your Mong Kok branch. The contract is under my name, Cheung Ka Man, HKID Y557515(8). You charged my card HK$1,800 twice in November. Please help me write a complaint.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I am writing about the cello rental contract under my name, Cheung Ka Man, for my son Jayden. My credit card was charged HK$1,800 twice in November. Please refund the duplicate charge and confirm in writing. Regards, Cheung Ka Man",
        ),
        ("user", "Should I put my HKID in the email?"),
        (
            "assistant",
            "It's better not to. Quote the contract number instead; if they need to verify your identity, show your HKID in person at the branch.",
        ),
    ],
    [
        (
            "system",
            "你是「阿福樂器行」的客服助理。以下是目前來電客戶的資料：姓名 黃建志；手機 0933-217-859；地址 新北市板橋區文化路一段268巷15號4樓；琴款 Yamaha U3H；上次調音 2026-06-12；尚欠搬琴尾款 NT$1,500。",
        ),
        ("user", "你好，我想問我家鋼琴下次調音是什麼時候？"),
        (
            "assistant",
            "黃先生您好，您的 Yamaha U3H 上次調音是 2026-06-12，建議約半年調一次，可以安排在 12 月中旬。另外系統顯示還有搬琴尾款 NT$1,500 未結清，可以在調音當天一併付款。",
        ),
        ("user", "好，那就 12/16 下午。"),
        (
            "assistant",
            "已為您預約 12/16 下午，師傅會到文化路一段的府上，出發前會打 0933-217-859 跟您確認。",
        ),
    ],
    [
        (
            "user",
            "Saya cikgu piano di Ipoh. Pelajar saya Muhammad Irfan bin Zulkifli dah tiga bulan tak bayar yuran, jumlah RM 540. Bapanya, Encik Zulkifli, nombor 019-552 8310. Macam mana nak tegur dengan sopan?",
        ),
        (
            "assistant",
            "Boleh hantar mesej begini: Assalamualaikum Encik Zulkifli, saya cikgu piano Irfan. Ingin memaklumkan bahawa yuran bagi tiga bulan lepas, berjumlah RM 540, masih belum dijelaskan. Jika ada kesulitan, kita boleh bincang cara bayaran ansuran. Terima kasih.",
        ),
        ("user", "Kalau dia tak balas seminggu?"),
        (
            "assistant",
            "Hubungi sekali lagi melalui panggilan ke 019-552 8310. Elakkan membincangkan hal yuran di depan Irfan semasa kelas supaya dia tidak rasa malu.",
        ),
    ],
]
