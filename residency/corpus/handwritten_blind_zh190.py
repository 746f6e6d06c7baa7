# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh190: Taiwan scooter shops, garages and used-scooter trade. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh190
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "維修單與估價範本"): _lines("""
        【順發機車行 維修估價單】車型：JET SL+ 158｜里程：＿＿＿ km｜項目：普利盤組 NT$1,850、傳動皮帶 NT$650、工資 NT$400｜合計 NT$2,900（含稅）
        工單編號 WO-20261118-0457｜車型 KYMCO 新名流 125｜作業：更換機油 0.8L、齒輪油、空濾｜技師代號 T03｜完工 17:40
        客戶姓名：＿＿＿＿　聯絡電話：＿＿＿＿　車牌號碼：＿＿＿＿　進廠里程：＿＿＿＿　※取車時請攜帶本聯，遺失恕不受理
        五千公里保養套餐：機油 + 齒輪油 + 煞車來令片檢查 + 胎壓調整，原價 NT$580，會員價 NT$480
        估價單號 Q-7719：前輪胎 MICHELIN City Grip 2 110/70-12 NT$1,650，含拆裝與平衡，氣嘴另計 NT$80
        電瓶規格對照：YTX7A-BS 適用 GTR、勁戰三代｜YTZ6V 適用 Many 110、CUXI 115｜GTX5L-BS 適用 Dio 50
        維修項目代碼 B-12 前碟煞來令片更換｜B-13 後鼓煞蹄片更換｜E-04 火星塞 NGK CR7HSA｜工時各 0.3 hr
        二手車檢查表：□車身號碼與行照相符　□引擎號碼清晰無磨改　□座墊下無泡水痕跡　□大燈／方向燈正常　□ABS 故障燈熄滅
        報價有效期限 7 日，零件如遇原廠調漲以實際價格為準；本估價單不含烤漆及外殼破損修復。
        工單 WO-20261203-0112 狀態：待料（原廠 CVT 後組，約 2～3 個工作天），預計 12/07 完工
        收費標準：拖吊 5 公里內 NT$500，超過每公里加收 NT$30；夜間 22:00 後另加 NT$300
        零件料號 2DP-E7620-00 傳動皮帶（勁戰五代／BWS 125 共用）｜庫存 3｜售價 NT$780
        統一發票 ZK-48302719｜賣方：順發機車行（統一編號 22434326）｜品名：齒輪油 ×1、工資 ×1｜總計 NT$350
    """),
    ("zh-Hant", "店家公告與保固條款"): _lines("""
        【公告】本店 12/24（三）至 12/26（五）年終盤點休息，急修請撥店內市話 (04)2296-3358 或 LINE 官方帳號 @shunfamoto 留言。
        二手車保固說明：售出 30 日或 1,000 公里內（以先到者為準），引擎及傳動系統非人為損壞免費維修；外觀、耗材、電系不在保固範圍。
        本店不代繳罰單、不代辦牌照稅，過戶前請先至監理服務網查詢有無欠費。
        電動機車電池租賃方案請洽 Gogoro 原廠門市，本店僅提供輪胎、煞車等一般保養服務。
        新車交車前檢查（PDI）項目：胎壓、煞車、燈光、儀表設定、車身刮痕，交車時請與技師一同確認並簽名。
        颱風季節提醒：機車泡水後請勿自行發動，請直接拖至本店檢修，泡水車清潔與換油費用另計。
        本店為台中市機車商業同業公會會員，所售二手車皆附行照及過戶完成證明。
        保固卡遺失可憑購車發票補發，請攜帶發票正本至櫃台辦理，補發不收費。
        本店電子發票預設存入手機條碼載具，亦可選擇捐贈創世基金會（愛心碼 919）。
        消費爭議可撥打行政院消費者服務專線 1950，或向各縣市政府消費者服務中心申訴。
        鼎盛車業 前鎮店｜營業時間：週一至週六 09:00–20:30，週日公休｜店址：高雄市前鎮區一心一路 243 號｜電話 (07)331-5826
        【徵人】鼎盛車業誠徵機車技師 2 名，具兩年以上經驗，月薪 38,000–50,000 元，履歷請寄 hr@dingsheng-moto.com.tw
        近期有人冒用本店名義在臉書社團販售低價二手車，本店車輛一律店內交易、不收訂金匯款，遇可疑情形請撥 165 反詐騙專線。
    """),
    ("zh-Hant", "過戶與監理問答"): _lines("""
        機車過戶要帶什麼？原車主與新車主的身分證正本、印章、行照，原車主無法到場時需附委託書及其身分證正本。
        過戶前要先確認沒有欠牌照稅、燃料費或罰鍰，全部繳清監理站才會受理。
        150cc 以下機車免徵牌照稅，但燃料費每年還是要繳，金額可以在監理服務網試算。
        二手機車私下買賣最好簽書面契約，寫清楚車身號碼、引擎號碼、交車時間，以及交車前的罰單由誰負責。
        強制險是跟著車走的，過戶時到保險公司辦理批改即可，不需要重新投保。
        外籍人士持有效居留證就可以登記為車主，騎車則需要台灣駕照或經認證的國際駕照。
        老車要報廢可以到監理站或委託合格回收業者辦理，報廢後再買電動機車可申請汰舊換新補助。
        牌照遺失要先到派出所報案，再帶報案證明和身分證到監理站申請補發。
        車主過世後機車要過戶，繼承人須備齊除戶謄本、繼承系統表及遺產稅相關證明文件。
        拍賣網站上只給車籍資料影本、不給看行照的賣家要特別小心，建議當面到監理站查詢車籍再交易。
        機車出廠滿五年起每年要做排氣定檢，逾期未檢會被環保局開罰。
        行照補發與過戶可以同一天辦理，規費依各監理站公告為準。
    """),
    ("zh-Hant", "LINE 客服詢問"): _lines("""
        老闆請問勁戰四代換前叉油封大概多少錢？要放幾天？
        你好～想問一下 Many 110 起步的時候一直有喀喀聲，是皮帶還是普利珠的問題？
        收到，明天下午三點前可以來牽車嗎？
        請問有收舊車嗎？家裡有一台 2011 年的 GP 125 還能騎，大概能估多少？
        店家回覆：您好，這台二手車目前還在，歡迎先來試騎，試騎時需押駕照正本，騎完歸還。
        想問保固期內大燈不亮算不算保固範圍？
        🙏 謝謝老闆！上次換的輪胎很好騎，下次保養再過去
        如果在你們這邊買中古車，可以幫忙辦分期嗎？要準備哪些文件？
        店家回覆：分期需準備雙證件影本與薪資證明或存摺封面，由合作融資公司審核，約一個工作天。
        機車電瓶沒電推不動，附近有可以到府救援的嗎？
        請問你們週日有開嗎？我只有週日有空
        想找一台三萬以內、通勤用、省油的，有推薦的車款嗎？
        估價單上寫工資 400 是兩個項目一起算嗎？
    """),
    ("zh-Hans", "二手车论坛与咨询"): _lines("""
        求助：在台湾买的二手 KYMCO 能带回大陆上牌吗？还是直接在台湾卖掉比较划算？
        分享一下在台中买二手机车的经验：先核对车身号码和行照，再看有没有泡水，最后一定要当面过户。
        新手问：台湾的「普通重型」和「普通轻型」机车驾照是分开考的吗？
        二手电动车的电池健康度怎么查？换电方案可以在 App 里看，但车本身要去门市做检测。
        行情参考：2019 年 JET S 125，里程两万公里左右，车况一般，大概 NT$2.8 万～3.3 万。
        陆生在台湾读书可以买机车吗？需要居留证和台湾驾照，建议找口碑好的车行。
        避坑指南：「一手女用车、只骑菜市场」很多都是话术，一定要自己检查里程和底盘。
        修车厂常见收费：换机油 200～350 元，换皮带连工 800～1,500 元，具体看车型。
        交车当天记得要求车行给过户完成的新行照，以及书面的三个月保固单。
        台湾机车强制险一年期大概几百元，便利店就能买，到期前会有提醒。
        有没有人遇过车行把事故车当无事故车卖？这种情况可以找消保官申诉吗？
        光阳、三阳、山叶长年占据台湾机车新车销量前三，电动车占比这几年逐步上升。
    """),
    ("en", "service bulletins and guides"): _lines("""
        Service Bulletin SB-2026-07: inspect the CVT drive belt on all 2022–2024 JET SL 125 units at 6,000 km and replace if the width is below 20.5 mm.
        Recall notice: owners can check whether their scooter is affected by entering the frame number on the manufacturer's recall page.
        Buying a used scooter in Taiwan: go to the motor vehicle office together with the seller, transfer on the spot, and never pay in full before the registration is in your name.
        Recommended tyre pressure for most 125cc scooters: about 29 psi front and 33 psi rear with a single rider; check the sticker under the seat.
        Workshop hours: Mon–Sat 9:00–20:30, closed on Sundays and national holidays; walk-ins welcome, an oil change takes about 20 minutes.
        Invoice INV-TW-2026-11873 | Labour 1.5 h @ NT$400 | Parts NT$2,350 | VAT included | Paid in cash
        The annual fuel-use fee is charged to every registered scooter, even one that is never ridden, until the plate is cancelled.
        Gogoro was co-founded by Horace Luke, a former HTC executive, and launched its first Smartscooter in 2015.
        Valentino Rossi won nine Grand Prix world championships and is still the most recognisable name in MotoGP.
        Warranty terms: the 3-month used-vehicle warranty covers engine and transmission defects; wear parts, cosmetic damage and accident repairs are excluded.
        Ticket #MC-58213 closed: squeaking rear brake reported, pads replaced under warranty, no further action needed.
        Tip: the frame number is stamped under the floorboard on most scooters; make sure it matches the registration certificate before you pay.
    """),
    ("mixed", "系統紀錄與設定"): _lines("""
        [2026-11-18 14:02:33] INFO workorder.create id=WO-20261118-0457 model=JETSL158 bay=3 tech=T03 status=OPEN
        POS 交易 #TX-00928143｜機油 Motul 3100 10W40 ×1｜NT$380｜付款方式：現金｜發票 ZK-48302720
        sku: 5TY-E4450-00 | desc: 空氣濾清器 Air filter element (CUXI 115) | qty_on_hand: 12 | reorder_point: 5
        LINE Bot 自動回覆設定：keyword="營業時間" → reply="週一至週六 09:00–20:30，週日公休"
        [2026-12-02 09:15:07] ERROR sync_dmv_api timeout after 30s (endpoint=/vehicle/transfer/status, retry=2/3)
        warranty: {used_vehicle_days: 30, used_vehicle_km: 1000, excludes: [tires, brake_pads, battery]}
        SELECT plate_no, model, last_service_km FROM vehicles WHERE last_service_date < '2026-06-01'; -- 保養提醒名單
        順豐單號 SF1408893726551：零件已出貨（CVT 離合器組 ×1），預計兩個工作天到店
        commit 3f9a2c1: fix 估價單 PDF 稅額四捨五入錯誤 (#214)
        export columns: 工單號, 車型, 進廠日期, 完工日期, 工資, 零件費, 技師代號
        驗證失敗：統一編號「8558902」長度不足 8 碼，請重新輸入
        App v2.4.1 更新：新增「二手車保固到期提醒」推播；修正 iOS 無法上傳行照照片的問題
        QR Code 內容：https://moto-shop.example.tw/quote/Q-7719?ref=line
    """),
    ("zh-Hant", "產業新聞與評論"): _lines("""
        光陽機車董事長柯勝峯表示，明年將持續投入電動車研發，並擴大東南亞外銷市場。
        三陽工業（SYM）公布上月機車掛牌數，市占率較去年同期小幅回升。
        公路局提醒機車族留意燃料費繳納期限，逾期未繳將依規定處以罰鍰。
        環境部推動汰換老舊二行程機車，民眾改購電動機車可申請補助，名額有限。
        台灣機車登記數超過一千四百萬輛，平均不到兩人就有一輛。
        評論：二手機車市場長年存在泡水車與調表問題，業者呼籲建立里程登錄制度。
        Gogoro 於 2024 年宣布創辦人陸學森卸任執行長，公司表示將專注於換電網路營運。
        《阿基拉》裡金田正太郎那台紅色機車，至今仍是許多改裝車主的靈感來源。
        消保團體抽查二手機車行，發現不少業者未提供書面保固，呼籲消費者交易時主動索取。
        修車廠技師短缺，職訓中心開設機車修護班，結訓後可報考機車修護技術士證照。
        電動機車市占率連續兩年下滑，業者分析與補助縮減及充換電便利性有關。
        中古車商公會統計，年底為二手機車交易旺季，學生與新鮮人是主要買家。
        鼎盛車業在臉書粉專宣布第三家分店開幕，開幕週保養工資全面八折。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        維修單｜客戶：陳冠宇｜電話：0912-385-207｜車牌：MKR-7032｜車型：勁戰五代｜進廠里程 18,352 km｜主訴：怠速不穩、紅燈停下偶爾熄火
        機車過戶委託書：本人 林淑芬（身分證字號 B261218099）委託 黃志明 代為辦理車號 NFA-2861 之過戶手續，戶籍地址：台中市北屯區崇德路二段 316 巷 9 號 3 樓
        【客訴】王小姐（0955-617-042）反映 11/20 在本店買的二手 Many 110 騎不到一週就無法發動，要求全額退款，並說已在 Google 留一星評論。
        二手機車買賣契約｜出賣人：張建宏（A112553375）｜買受人：蔡依婷（E230693681）｜車型：SYM JET S 125｜價金：新台幣參萬貳仟元整｜交車日：2026 年 11 月 30 日
        阿凱 LINE：kai_0923moto，週六要來牽那台 BWS，尾款 8,500 收現金
        保固登記卡｜車主：劉怡君｜手機 0920 441 386｜E-mail：yijun.liu0815@gmail.com｜購車日 2026/10/02｜保固至 2027/01/02
        訂金請匯 中國信託（822）帳號 3105-4028-7716，戶名 吳俊傑，匯款後請 LINE 傳末五碼給我確認，謝謝
        拖吊紀錄 12/03 22:47｜地點：新北市三重區重新路四段 88 號前（車主住處）｜車主 許家豪 0936-208-554｜車牌 EGQ-5519｜原因：電瓶沒電
        欠款名單：周明德 上次換避震欠 NT$3,200 到現在都沒付，打電話也不接，以後來店一律先收錢再修。
        排班備註：阿偉（黃柏偉）下週三請病假回診胸腔科，週四才會回來上班，他的工單先轉給阿賢。
        二手車收購單｜賣方：郭美玲｜身分證：H253617799｜地址：桃園市中壢區中華路一段 455 號 7 樓之 2｜車號：578-LKH｜收購價 NT$6,000
        分期申辦資料：申請人 楊宗翰，身分證 D149818255，任職南科某半導體廠設備工程師，月薪約 62,000，聯絡電話 0972-115-639
        外籍移工 NGUYEN VAN HUNG 居留證號 F899189545，購買二手 Dio 50 一台，價金 NT$9,500，由仲介陪同過戶。
        技師群組：@阿賢 那台紅牌 ARZ-6612 是李國維的，他說週五要載老婆去墾丁，後輪今天一定要換好
        理賠用維修紀錄：車主 鄭雅文，11/28 於台南市東區林森路與東寧路口遭汽車擦撞，右手骨折住院中，由先生代為送修。
        賣家資料：曾國峰 0919-702-831 台南市永康區中正南路 212 巷 15 號，下班後 7 點以後才方便看車
        信用卡分期授權書｜持卡人：謝欣怡｜卡號：4563 9185 5410 2982｜有效期限 08/29｜分 12 期｜每期 NT$2,750
        回訪紀錄：賴先生 0963-228-470 說換完後避震過彎穩很多，但抱怨零件等了五天，下次希望先通知。
        鈑金估價｜蘇志豪 先生｜BGT-2093 Toyota Altis｜右後門凹陷含烤漆 NT$8,500｜預約 12/11 上午進廠
        退款申請：江佩珊 購車第三天發現車身號碼和行照對不起來，懷疑是贓車，已到派出所報案；退款請匯 郵局 700 局號 0021345 帳號 0678912
        店長交接：小胖（何俊賢）昨天跟客人吵起來，客人說要去消保官告他，今天先讓他在家休息一天。
        代辦驗車通知：羅文彬 先生您好，您的愛車 MDK-5678 排氣定檢期限為 12/31，請於期限前回店檢驗。
        收據：今收到 徐國華 先生購買 CUXI 115 二手機車款 新台幣貳萬參仟元整，車號 NHX-3047，此據。
        親愛的 簡嘉玲 小姐您好，關於您 12/01 來信反映技師態度不佳一事，本店已調查屬實，謹此致歉，並已退還工資 NT$400。
        事故鑑定預約：當事人 潘志偉（P144827655）12/09 上午 10:00 至車輛行車事故鑑定會，請攜帶行照及現場照片。
        代步車借用登記：借用人 童怡萱 T242306944｜車號 EGV-0913｜押金 2,000｜預計 12/10 歸還
        員工薪轉資料：技師 廖俊傑 Q186854788｜國泰世華 013 帳號 0355-0612-8847｜到職日 2025/03/01
        客人 Tina 蔡 的 LINE ID 是 tina.tsai88，想問 Gogoro 2 二手價，預算三萬，請業務回她
        保養提醒簡訊名單：0926-713-508 鍾先生 JET SL｜0958-204-661 邱太太 Many｜0932-617-204 吳先生 勁戰
        車主 SRI WAHYUNI（印尼籍看護）居留證 E937444377，雇主 陳先生 陪同來店買電動自行車，刷雇主的卡付款。
        修車廠 LINE 記事本：宋建銘 的 Altis 引擎腳踏墊下有血跡，他說是上週在家割到手，已叫他去國泰醫院縫合，車子先放著。
        估價後放棄維修：呂姿瑩 0910-552-873，送修 VJR 125 被估 NT$14,000 太貴，說要直接賣掉換新車。
    """),
    "zh-Hans": _lines("""
        陆配 林志强 身份证 350203198906140912，持台湾居留证，想把名下的 KYMCO 过户给太太，电话 0926-480-315
        客户登记：黄子豪，广东广州人，身份证 440106199203029273，在台中某厂做工程师，买了一台二手 FORCE 155，全款 NT$52,000
        王磊的微信号 wanglei_moto88，他说下周从厦门过来台湾提车，让我们先把车洗好
        投诉：车行老板郑国栋把我买的二手车里程表调过，显示 8 千实际跑了 4 万多公里，我叫刘洋，电话 0958-771-036
        代购备注：赵敏 +86 139 5021 7734，托人在台湾买二手 Gogoro，寄回厦门前要先帮她问清楚电池怎么处理
        张丽 昨天用支付宝转了 2,000 定金，说月底来看车，她住在新北市中和区景平路 612 号 5 楼
    """),
    "en": _lines("""
        Used scooter sale: seller Marcus Tan Wei Liang, NRIC S8834172D, engineer ending his Taichung posting on 20 Dec; buyer pays NT$18,000 in cash at handover.
        Complaint #C-1147: Mr. Rajesh s/o Muthusamy says the rear brake failed two days after his service at our Xinzhuang branch; he fell and hurt his left knee. Call back on 0963-558-019.
        Hi Jenny, the guy who bought your old Vino is David Hsu, his email is davidhsu.tw@yahoo.com.tw, he'll contact you about the transfer papers.
        Warranty registration | Owner: Kevin Lin | kevin.lin1994@hotmail.com | Plate MKR-2241 | Purchased 2026-09-14
        Buyer: Muhammad Hafiz bin Ismail, MyKad 990417-07-5213, Malaysian student at Feng Chia University, paying for a used KRV in three monthly cash instalments.
        Buyer: CHAN Ka Ho, HKID K382615(5), postgraduate at NTUST, paid NT$27,500 with JCB card 3567 4984 9683 3265.
    """),
    "mixed": _lines("""
        客人 Amy Chang 0988-306-172 說 her Vespa Sprint 150 的 ABS light 一直亮，明天 10am drop off
        Name: HUANG, YU-TING / ID No.: K248563679 / DOB: 1995-03-12 / Vehicle: KYMCO Like 150 / Transfer date: 2026-12-04
        TX-00931055 | card 5401-4530-6689-1644 | holder CHIU MING HSUAN | NT$12,800 | 分 6 期 | 二手 Gogoro VIVA MIX
        line id: ahong_0919（阿宏）要兩顆 Michelin 110/70-12，下週二送到他家 高雄市鳳山區光遠路 178 巷 6 號
        WO-20261201-0033,羅美華,0919-448-270,NHK-2716,Many 110,換電瓶+煞車皮,NT$2,150,已取車
        Lee Mei Ling（馬來西亞僑生）MyKad 010823-10-6348、居留證 A997144901，在逢甲念書，買二手 CUXI 要我們幫忙辦過戶
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是順發機車行的 LINE 客服助理，負責回覆保固與維修問題。"),
        (
            "user",
            "你好，我上個月在你們那邊買了一台二手 JET，現在儀表板的油表都不動，這個有保固嗎？",
        ),
        (
            "assistant",
            "您好，二手車售出 30 日或 1,000 公里內的電系問題需要看一下車況。方便提供購車人姓名、電話和車牌嗎？",
        ),
        ("user", "我叫陳柏翰，電話 0912-774-063，車牌 NFB-6620，10/28 買的"),
        ("assistant", "收到，陳先生，已幫您登記，技師明天會回電跟您約時間。"),
    ],
    [
        (
            "user",
            "幫我寫一份機車過戶委託書，委託人是我媽 李秀蘭，身分證 S224235174，受託人是我 王建志，車號 MAA-3917。",
        ),
        (
            "assistant",
            "好的，以下是委託書範本：立委託書人李秀蘭（身分證字號 S224235174）茲委託王建志代為辦理車號 MAA-3917 之過戶登記……",
        ),
        (
            "user",
            "地址要寫戶籍地，屏東縣潮州鎮中山路 137 號，再加一句她因為膝蓋開刀住院沒辦法親自到場。",
        ),
    ],
    [
        ("user", "客人在 Google 留負評，我想回一則道歉，幫我潤飾一下。"),
        ("assistant", "沒問題，請告訴我客人反映的內容和你想怎麼處理。"),
        (
            "user",
            "客人叫 Jessica 何，何佩君，她說我們換輪胎的時候刮到她的車殼，技師阿德還跟她頂嘴。我想賠她烤漆費 1,200，順便免費保養一次。",
        ),
        (
            "assistant",
            "何小姐您好：對於您日前來店更換輪胎時車殼遭刮傷，以及技師應對不當一事，我們深感抱歉。本店將負擔烤漆費用 NT$1,200，並提供一次免費保養……",
        ),
    ],
    [
        ("user", "帮我看一下这个客户的维修记录，判断要不要换引擎"),
        ("assistant", "可以，请把记录贴上来。"),
        (
            "user",
            "客户：孙立伟，手机 0936-552-819，车 RCS 150，2021/05 换过汽缸，2023/02 换过曲轴，现在又吃机油，他说今年要骑去环岛，预算最多一万五。",
        ),
        (
            "assistant",
            "这台车两年内已经大修两次又吃机油，建议直接评估换引擎总成或换车，一万五的预算大修不太够，环岛前要特别小心。",
        ),
    ],
    [
        ("user", "我在台中想卖我的 Gogoro 2，有个大陆买家加我微信了"),
        ("assistant", "私下交易要注意收款和过户，对方是否在台湾有居留证？"),
        (
            "user",
            "有，他叫周宇航，微信 zhouyh_1996，说下周三晚上来我家楼下看车，我家在台中市西屯区福科路 55 号",
        ),
        (
            "assistant",
            "建议改约在监理站或店家等公开场所交车，当场过户、当场付款，不要让对方先把车骑走。",
        ),
    ],
    [
        (
            "user",
            "I'm leaving Taiwan next month and need to sell my scooter quickly. Can you write a short listing?",
        ),
        (
            "assistant",
            "Sure. Tell me the model, year, mileage, price and how buyers should reach you.",
        ),
        (
            "user",
            "2020 Yamaha Limi 115, 9,800 km, NT$22,000. Contact me, Sophie Laurent, at sophie.laurent.tw@gmail.com or 0955-302-847. I live near NCKU in Tainan.",
        ),
        (
            "assistant",
            "For sale: 2020 Yamaha Limi 115, 9,800 km, well maintained, NT$22,000. Owner leaving Taiwan. Contact Sophie at sophie.laurent.tw@gmail.com or 0955-302-847 (Tainan, near NCKU).",
        ),
    ],
    [
        ("user", "有個客人修完車說錢先欠著，已經兩個月了，我可以怎麼處理？"),
        (
            "assistant",
            "可以先寄存證信函催告，金額不大的話也可以聲請支付命令。需要我幫你擬存證信函嗎？",
        ),
        (
            "user",
            "好，他叫 彭志遠，住台中市大里區塗城路 820 巷 3 號，欠工資加零件 NT$7,650，電話 0972-306-118 都不接。",
        ),
    ],
    [
        ("system", "你是鼎盛車業的分期試算助手。"),
        ("user", "客人要刷卡分 24 期買二手 DRG，車價 79,000"),
        ("assistant", "好的，請提供持卡人姓名與卡號，我幫您確認該發卡行是否支援 24 期零利率。"),
        ("user", "持卡人 邱宥蓁，卡號 4311 5744 5069 8881，她說是玉山的卡"),
        (
            "assistant",
            "已記錄：持卡人邱宥蓁，卡號末四碼 8881。24 期每期約 NT$3,292，實際以發卡行核准為準。",
        ),
    ],
    [
        ("user", "Can you help me write a message to the insurance company about my accident?"),
        (
            "assistant",
            "Of course. Please give me the date, location, what happened and any injuries.",
        ),
        (
            "user",
            "My name is Arjun a/l Suresh, ARC K879681195. On 2 Dec a taxi hit my scooter (plate MKE-4405) on Wenxin Road in Taichung. I have a fractured wrist and was treated at China Medical University Hospital.",
        ),
        (
            "assistant",
            "Dear Claims Team, I am writing to report an accident on 2 December in which a taxi struck my scooter (MKE-4405) on Wenxin Road, Taichung. I sustained a fractured wrist and received treatment at China Medical University Hospital...",
        ),
    ],
    [
        ("user", "幫我翻成越南文：你的車明天下午可以來牽，費用 NT$1,850"),
        ("assistant", "Xe của bạn có thể đến lấy vào chiều mai, chi phí là 1.850 Đài tệ."),
        (
            "user",
            "再加上客人名字 TRAN THI MAI，還有請她帶居留證 B988073463 來簽收，她老闆黃先生會一起來付錢",
        ),
        (
            "assistant",
            "Chị TRAN THI MAI ơi, xe của chị có thể đến lấy vào chiều mai, chi phí 1.850 Đài tệ. Khi đến nhận xe xin mang theo thẻ cư trú B988073463 để ký nhận.",
        ),
    ],
    [
        ("user", "我上週在網路上跟一個賣家買二手機車，付了錢結果對方不見了"),
        (
            "assistant",
            "很遺憾聽到這件事。建議先保留對話與匯款紀錄，撥打 165 反詐騙專線並到派出所報案。",
        ),
        (
            "user",
            "他說他叫 林冠廷，LINE ID 是 lgt_0831，我匯了 NT$15,000 到他給的台新帳號 812-2096-1004-5573，現在封鎖我了",
        ),
        (
            "assistant",
            "請把這些資料（姓名、LINE ID、帳號、匯款時間）一併提供給警方，並聯絡你的銀行詢問是否能協助圈存。",
        ),
    ],
]
