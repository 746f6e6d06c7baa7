# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh192: Hong Kong broadband, mobile plans and telecom shops. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh192
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "plan_ads"): _lines("""
        【5G 月費計劃】$168/月 享 50GB 本地數據，用盡後降速至 1Mbps 任用，24 個月合約，另送串流平台 6 個月會籍。
        光纖入屋 1000M 寬頻 $128/月起，36 個月合約，免費上門安裝，送 Wi-Fi 6 路由器一部（價值 $899）。
        攜號轉台優惠：由其他網絡商轉過嚟，首 3 個月月費半價，再送 $300 超市禮券，名額有限，送完即止。
        學生專享：憑有效學生證登記 4.5G 計劃 $88/月 20GB，合約期 12 個月，免預繳按金。
        長者計劃（65 歲或以上）：$48/月 無限通話分鐘 + 3GB 數據，可於任何門市憑長者咭辦理。
        大灣區漫遊 add-on：每月加 $38 即享中國內地及澳門 10GB 數據，附送內地 +86 號碼一個（需另行實名登記）。
        家居寬頻 + 流動組合：同一賬戶綁定兩條 5G 線，每條再減 $30，寬頻月費低至 $98。
        儲值卡 $98 365 日全年卡：本地 50GB + 通話 3000 分鐘，有效期由啟動日起計。
        星動 5G 網上獨家優惠碼 SD5G2026，輸入後即減首月月費，不適用於攜號轉台申請。
        家居電話計劃 $49/月，可保留原有 2 字頭號碼，來電顯示另加 $10/月。
        24 個月合約 iPhone 17 Pro 256GB 機價 $6,488 + 月費 $298，手機分期 0 息，只限信用卡付款。
        合約期滿前 60 日可提早續約，續約客戶可揀 $100 賬單回贈或者免費升級至 2000M。
        光纖覆蓋屋苑（部分）：太古城、美孚新邨、黃埔花園、沙田第一城、日出康城、嘉湖山莊；其他大廈請網上查詢覆蓋。
        商業寬頻專線：固定 IP 5 個，對稱 500M 上下載，SLA 99.9%，查詢請致電商業客戶熱線 3188 6600（星期一至五 9:00-18:00）。
    """),
    ("zh-Hant", "shop_notice"): _lines("""
        門市告示：由 2026 年 12 月 1 日起，本店營業時間改為上午 11 時至晚上 9 時，星期日及公眾假期照常營業。
        辦理新上台或攜號轉台，請帶備香港身份證正本、最近三個月內發出的住址證明及信用卡（用作自動轉賬）。
        內部 SOP：客戶身份證資料輸入系統後，影印本須即時以碎紙機銷毀，嚴禁用私人手機拍照存檔。
        上門安裝須知：技術員須於預約時段前 30 分鐘致電客戶確認，如未能接通，請於工單備註「未能聯絡」並通知調度組。
        欠費追收流程：逾期 30 日發 SMS 提示，逾期 60 日暫停數據服務，逾期 90 日轉介收數公司，每次聯絡結果必須記錄喺系統。
        攜號轉台一般需時 2 個工作天，轉台當日凌晨 2 時至 6 時期間可能暫時無法接收短訊。
        注意：職員絕不會透過 WhatsApp 要求客戶提供網上銀行密碼或一次性驗證碼（OTP），如有懷疑請致電防騙易熱線 18222。
        售後維修：手機送修約需 7 至 14 個工作天，取機時請出示維修單（單號以 RMA 開頭）。
        今日截數：新上台 14 單、攜號轉台 9 單、續約 22 單、寬頻上門預約 11 單，請各同事 9:30 前上載報表。
        實名登記提示：所有儲值卡必須完成實名登記先可以使用，未登記的儲值卡會被停用。
        寬頻搬屋服務：請於搬遷前最少 14 日申請，如新地址未有光纖覆蓋，可免費轉用 5G 家居寬頻。
        取籌須知：A 字頭為新上台，B 字頭為繳費及查詢，C 字頭為取機；過號三個需重新取籌。
        終止服務後 14 日內須交還路由器及光纖終端機，逾期未交還將收取設備費 $500。
        聖誕新年期間（12 月 24 日至 1 月 1 日）上門安裝服務暫停，已預約工單將順延至 1 月 2 日起處理。
    """),
    ("zh-Hant", "forum_faq"): _lines("""
        想問下而家邊間寬頻抵啲？住唐樓冇光纖入屋，係咪淨係揀得 5G 家居寬頻？
        攜號轉台會唔會有一兩日冇電話收？份工要成日聽客電話，驚收唔到。
        合約未完想轉台，提早解約一般要賠幾多？係咪剩餘月數乘月費？
        有冇人試過上門安裝師傅遲到兩個鐘？可以點投訴？
        月費計劃寫「無限數據」但 30GB 之後降速，咁算唔算誤導？可以去消委會投訴嗎？
        老人家用邊個計劃好？佢淨係打電話同埋用 WhatsApp，唔使太多數據。
        收到封信話欠費要轉介收數公司，但明明已經用信用卡自動轉賬，第一步應該點做？
        Wi-Fi 成日斷線，路由器放喺客廳但房入面得一格，買 mesh 好定叫寬頻公司加 extender 好？
        去旅行開漫遊定買當地 SIM 卡抵啲？日本五日大概用 5GB。
        教路：解約前記得截圖合約條款同所有賬單，有爭議可以申請電訊服務用戶投訴處理計劃（CCSS）調解。
        請問 eSIM 轉機點搞？舊機壞咗開唔到機，係咪一定要親身去門市？
        1000M 同 2000M 實際用落有冇分別？屋企 Wi-Fi 其實都跑唔到 2000M 啦。
        點解每個月賬單都多咗 $18「行政費」？上台時 sales 完全冇提過。
        屋企得老人家，寬頻公司 sales 上門推銷話要續約，有咩要注意？
    """),
    ("zh-Hant", "whatsapp_template"): _lines("""
        【維港電訊】{客戶姓名}你好，你嘅寬頻安裝已預約喺 {日期} {時段}，技術員會提早 30 分鐘聯絡你。如需改期請回覆「改期」。
        你好！多謝聯絡 StarMobile WhatsApp 客服 🙌 請選擇：1️⃣ 查詢賬單 2️⃣ 攜號轉台 3️⃣ 寬頻故障 4️⃣ 真人客服
        提提你：你嘅賬戶尾數 ****XXXX 有一筆未繳款項 HK${金額}，請於 {到期日} 前繳付，以免服務暫停。
        為保障你嘅私隱，請勿喺 WhatsApp 傳送身份證相片或信用卡號碼；如需核實身份，客服會透過官方熱線回電。
        你嘅攜號轉台申請（參考編號 MNP-__________）已收到，轉台日期為 ____ 年 __ 月 __ 日。
        自動回覆：現時等候人數較多，預計等候時間約 15 分鐘，你可以先留低問題，我哋會盡快回覆。
        技術員已出發 🚐 預計 {ETA} 分鐘到達，如需聯絡請直接回覆此對話。
        感謝你嘅耐心，今次對話已結束。請為我哋嘅服務評分（1-5 分）。
        合約到期提示：{計劃名稱} 將於 {合約完結日} 到期，回覆「續約」即有專人跟進。
        【系統訊息】此 WhatsApp 官方帳號只用於客戶服務，不會主動要求你轉賬或提供 OTP。
        付款成功 ✅ 已收到你 {月份} 賬單款項，收據編號 {收據編號}，多謝！
        寬頻故障自助：請先關掉路由器電源 30 秒再開返，等 3 分鐘後如仍未能上網，請回覆「未得」。
    """),
    ("en", "terms_policy"): _lines("""
        Early termination: if the Customer terminates the Service before the end of the Commitment Period, a charge equal to the monthly fee multiplied by the remaining months shall be payable.
        Mobile number portability requests are normally completed within two working days; any outstanding contract with the donor network remains the Customer's responsibility.
        Fair usage policy: after 30GB of local data in a bill cycle, speed will be reduced to 1Mbps for the remainder of that cycle.
        The Company may suspend the Service if any amount remains unpaid 60 days after the due date and may refer overdue accounts to an external debt collection agency.
        Installation appointments rescheduled less than 24 hours in advance are subject to a HK$200 rescheduling fee.
        Personal data collected will be used for service provisioning, billing and credit checks in accordance with the Personal Data (Privacy) Ordinance (Cap. 486).
        Contracts concluded at the Customer's premises may be cancelled within 7 days of signing, except where a bundled handset has already been activated.
        Roaming charges incurred overseas may appear on bills up to two bill cycles after the usage date.
        The router and optical network terminal remain the property of the Company and must be returned within 14 days of termination.
        Disputes not resolved through the Company's complaint channel may be referred to the Customer Complaint Settlement Scheme.
        Prepaid SIM cards must be registered under the real-name registration programme before activation; unregistered cards will be deactivated.
        Monthly fees are billed in advance; usage-based charges such as IDD and roaming are billed in arrears.
    """),
    ("mixed", "ops_log"): _lines("""
        [2026-11-28 14:32:07] WO-26-118734 status=DISPATCHED team=KLN-E3 slot=14:00-18:00 olt=HUNGHOM-OLT02 port=1/3/7
        工單 INC0048211：將軍澳區 OLT 故障，影響約 320 戶，預計 18:00 前修復，客服請用標準回覆 KB-1127。
        ticket #TK-2026-559301 | category: billing dispute | priority: P3 | SLA due: 2026-12-09 | assignee group: Collections-L2
        MNP batch 20261205-03: 412 requests submitted, 398 ported, 14 rejected (reason: account suspended at donor network)
        SELECT account_id, overdue_days FROM billing WHERE overdue_days > 60 AND status = 'ACTIVE';  -- 每月欠費報表
        發票號碼 INV-2612-00734891｜金額 HK$1,288.00｜到期日 2026-12-20｜狀態：未繳
        WhatsApp bot v3.4.1 release notes：新增「寬頻故障自助重啟」流程，修正 FAQ 節點 #27 錯誤跳轉。
        12 月攜號轉台淨流入 +1,284（轉入 5,906 / 轉出 4,622），流失率 1.8%。
        SIM 批次 BATCH-SIM-2611-A 共 5,000 張已入庫，存放於觀塘倉 B2 貨架 14。
        router config: dhcp_pool=192.168.8.100-192.168.8.200; dns=8.8.8.8,1.1.1.1; ipv6=enabled; wps=off
        追收月報 2026-11：欠費 90 日以上賬戶 2,318 個，已轉介收數公司 1,904 個，收回率 37%。
        順豐單號 SF1493857260184：替換路由器已寄出，預計 2 個工作天送達。
        CPE 型號 H138-380 / firmware 11.0.2.6 / 已停產，存貨只作保養更換之用。
    """),
    ("zh-Hant", "news"): _lines("""
        通訊事務管理局辦公室數字顯示，本港流動服務用戶數目遠超人口，用戶滲透率長期高於 300%。
        電訊盈科於 2000 年由李澤楷旗下盈科數碼動力收購香港電訊後成立。
        香港於 1999 年推出流動電話號碼可攜服務，用戶轉台毋須更改號碼。
        儲值卡實名登記計劃於 2022 年 3 月 1 日展開，至 2023 年 2 月 23 日完結，未登記的儲值卡其後被停用。
        消費者委員會指電訊服務一直位列投訴最多的行業之一，主要涉及合約糾紛及銷售手法。
        香港於 2020 年 4 月正式推出 5G 商用服務。
        政府資助計劃將光纖網絡延伸至新界及離島偏遠鄉村，惠及約 235 條鄉村。
        首部 iPhone 由喬布斯於 2007 年發佈，翌年 iPhone 3G 正式登陸香港。
        立法會資訊科技及廣播事務委員會討論電訊服務合約自動續約問題，議員要求加強消費者保障。
        《無間道》中陳永仁用手指敲摩斯密碼同黃志誠通消息，成為港產片講電話通訊嘅經典場面。
        通訊辦提醒市民，來電顯示以「+852」開頭的預錄語音電話多數來自境外，小心冒充電訊公司的騙案。
        網絡商關閉 3G 網絡前，曾多次呼籲仍使用舊款 3G 手機的用戶盡快更換。
    """),
    ("en", "support_faq"): _lines("""
        How do I check whether my building is covered by fibre? Enter the building or estate name on our coverage page and the available speeds will be shown.
        To reset your router, hold the reset button for 10 seconds until the power light flashes, then wait 3 minutes for it to reconnect.
        Can I keep my number when switching provider? Yes, your new provider submits the porting request for you and the number stays the same.
        What do I need for a new contract? A Hong Kong Identity Card or passport, address proof issued within 3 months, and a credit card for autopay.
        Why is my first bill higher? It includes a pro-rated charge for the partial month plus the first full month in advance.
        My installation appointment was missed, what now? Reply in WhatsApp with your order number and we will offer the earliest replacement slot.
        Is 5G home broadband good for gaming? Latency is usually 20-40ms compared with 3-10ms on fibre, so competitive gamers may prefer fibre.
        How do I transfer an account to a family member? Both parties need to visit a shop with ID, and any outstanding balance must be settled first.
        Residential hotline 2188 3000, business hotline 3188 6600, official WhatsApp 5180 1000 (company account, 9am to 11pm daily).
        eSIM activation: scan the QR code sent to your registered email within 30 days; each QR code can be used only once.
        Dear {Name}, your fibre installation at {Address} is confirmed for {Date}. Reply 1 to confirm or 2 to reschedule.
        Received a call saying your account will be cut off unless you pay by gift card? Hang up; we never ask for payment by gift card.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        上門安裝預約｜客戶：陳嘉欣小姐｜電話：9437 2816｜地址：沙田禾輋邨豐和樓 12 樓 1208 室｜時段：12 月 9 日 14:00-18:00｜備註：屋企有狗，入門前先打電話
        欠費追收記錄：黃志偉（賬戶 BB-77301845）已欠 3 個月月費共 $894，11/20 致電 6152 0874 無人接聽，11/27 再打，佢話下個月出糧先還。
        攜號轉台申請表 / 姓名：LEUNG KA MING / 香港身份證號碼：A541746(8) / 轉台號碼：5308 6417 / 原網絡商：星動流動
        店長群組：頭先嚟上台嗰位何太（何美玲）話佢老公患咗柏金遜，想將佢份計劃轉去自己名下，叫佢下次帶埋授權書同醫生紙。
        投訴個案：客戶李國強投訴營業員喺佢 82 歲、有認知障礙嘅母親面前游說續約 36 個月，要求取消合約及退還 $2,400。
        收數公司函件：致 張偉文先生 新界屯門兆康苑兆麟閣 20 樓 D 室 — 閣下拖欠維港電訊款項 HK$3,217.40，請於七日內清還。
        技術員日誌：13:45 到達將軍澳日出康城領都 3 座 26 樓 B 室，戶主曾小姐唔喺屋企，姐姐話要等太太返嚟先可以鑽窿。
        客戶資料更新：鄧家豪 / 新電郵 kahodang1990@gmail.com / 新手機 6927 3148 / 舊號碼已轉咗俾佢阿媽用。
        信用卡自動轉賬授權書：持卡人 WONG SIU FUNG，卡號 4921 3267 6957 2451，有效期 08/29，每月扣賬上限 $500。
        今日 walk-in：羅先生 91865032 想睇 iPhone 17 Pro，聽日放工後再嚟，記得留返部藍色俾佢。
        回訪記錄：蔡麗珊投訴上門安裝師傅喺佢屋企食煙，已向承辦商發警告信，客人要求書面道歉。
        合約糾紛：麥浩然（HKID Y262247(3)）話 2024 年簽約時營業員口頭承諾永久 $98，而家續約變 $198，佢話有錄音。
        員工備忘：大埔富亨邨亨翠樓嗰個成日嚟鬧人嘅「光頭強」（姓周，揸的士），上次掟爛咗部示範機，佢再嚟即刻通知保安。
        分期付款申請被拒：申請人朱凱琳，月入約 $14,000，信貸評級 H，已有兩筆私人貸款，系統建議改為現金購機。
        轉名申請：原用戶林淑儀（已故）→ 新用戶林俊賢（兒子），附死亡證及身份證副本，保留號碼 5471 2290。
        陳生屋企條光纖成個禮拜斷斷續續，佢住荃灣愉景新城 5 座 31 樓 F 室，ONT 閃紅燈，約咗聽朝 10 點再上去睇。
        非本地居民申請後付計劃：劉芳，持中國居民身份證 440304199108172731，需預繳按金 $1,000，已收現金。
        阿 Ken（郭子謙）話公司搬咗去觀塘，想將公司同屋企兩條線合併，電話 6380-9915，下晝三點後先方便聽。
        門市失物：客戶葉秀英遺留銀包一個，內有八達通及長者咭，已致電 9702 4463 通知佢個女嚟攞。
        上門收機：區志明先生 / 九龍城衙前圍道 88 號 5 樓 A 室 / 回收路由器 + ONT / 如未能收回須收費 $500
        欠費名單（只限內部）：1) 吳嘉偉 $1,208 逾期 92 日 2) 馮淑華 $356 逾期 61 日 3) 梁志明 $2,045 逾期 120 日
        客戶 Facebook 私訊：我係你哋客戶蘇嘉慧，上個月喺旺角分店上台，營業員用我張身份證 K564352(A) 多開咗一條線，我完全唔知情！
        客服筆記：龍婆婆（龍桂芳，78 歲）獨居，唔識用智能電話，每月由社工陪同嚟繳費，請同事耐心處理。
        寬頻轉讓：陳永康已將大埔太和邨喜和樓 9 樓 917 室賣出，新業主唔接手合約，陳生要求提早解約豁免罰款。
        營業員業績：蕭詠詩 11 月新上台 43 單、攜號轉台 19 單、客訴 2 宗，獲選為月度最佳員工。
        轉台失敗通知：申請人何家俊，號碼 9853 1174，原網絡商賬戶仍有欠款 $612，請先清還再重新提交。
        王太話個仔王樂軒今年考 DSE，要條穩定啲嘅寬頻上網課，佢哋住粉嶺華明邨添明樓，問有冇學生優惠。
        身份證 Z334833(5) 嘅客戶上次用人哋張信用卡俾錢，已被銀行 chargeback，此身份證暫停辦理新服務。
    """),
    "en": _lines("""
        Installation booked for Mr Rajesh Kumar s/o Mohan, Flat C, 15/F, Block 2, Kornhill, Quarry Bay, mobile 5126 8837, Tue 10 Dec 09:00-13:00.
        Collections note: called Ms Priya d/o Suresh on 6645 0219 about HK$1,426 overdue since September; she lost her job and asked for a 3-month instalment plan.
        Escalation: customer Daniel Osborne says the Causeway Bay shop opened two lines with his passport without consent; he is a British national here on an employment visa.
        KYC upload: NUR AISYAH BINTI ABDULLAH / Passport A38294715 / foreign domestic helper / employer in Discovery Bay / Plan: $48 prepaid
        Porting request: MS LOUISE DE SOUZA, HKID R345476(1), number 9320 6641, from StarMobile to Harbour Telecom, cut-over 12/12.
        Heads up team, Michael Fernandes (the Eurasian gentleman from Pok Fu Lam who always asks for the manager) called again about the $18 admin fee. Please don't waive it again.
        Refund approved: Amex 3782 258443 94780, cardholder Wong Chi Keung, HK$2,400 for the cancelled contract, allow 14 working days.
        Field tech report: Ms Grace Ho, 9/F, 37 Tai Hang Road, cable would have to run past the neighbour's window, customer refused drilling, job cancelled.
        Email from sukyee.tsang@outlook.com: I moved out of Kowloon Bay last month, please stop billing me, the account is under my husband Tsang Wing Hong.
        Deposit waiver request for Dr Arjun Menon a/l Krishnan, visiting scholar with no local credit history; Singapore NRIC S8734126G provided as alternate ID.
        Debt collector log: five calls to 5589 3026 unanswered, letter returned from the Shek Kip Mei address, account marked for skip-trace.
    """),
    "mixed": _lines("""
        客戶 Ms Chloe Lam 話部 router 放喺 master bedroom 都收唔到，佢屋企係將軍澳清水灣半島 2 座 45 樓 H 室，已 book 咗 mesh install。
        WhatsApp 轉介：Jason Kwok（jasonkwok1993@hotmail.com）話上個月 bill 重複 charge 咗兩次 $268，要求 refund 入 Mastercard 5425 2363 4596 6705。
        Reminder：call back 梁太 6213 7758 re 佢阿爺個 elderly plan，佢話阿爺中風入咗院，暫時唔使寄 SIM 卡去老人院。
        WONG KWOK LEUNG（HKID D831826(4)）walk-in 要求 cancel 佢個仔名下嘅 broadband，但 account holder 係成年人，唔可以代辦。
        Roaming bill dispute：客人 Vincent Yip 喺日本用咗 $4,380 roaming data，佢話冇收過 SMS alert，要求全數 waive。
        新上台 / Name: TSE HOI YAN / DOB: 1998-06-04 / HKID: XA504832(7) / Mobile: 5947 1082 / Plan: 5G $168 x 24m
        內地客 cross-border plan：周曉紅，微信 zhouxh_0322，內地手機 138 2874 6153，想加個香港號碼收銀行 OTP。
        Team chat：今日 Kelvin Siu 請病假（flu），佢 slot 嘅 3 個 installation 要 reassign 俾 Jacky Mak。
        台灣嚟嘅林怡君，身分證 A218456304，工作簽證，想用台灣號碼 0912 487 356 驗證 WhatsApp 再轉 HK plan。
        Skip trace result：陳家樂 last known address 元朗朗屏邨玉屏樓 1416 室，new employer 疑似係荃灣一間物流公司，暫時冇新電話。
    """),
    "zh-Hans": _lines("""
        跨境套餐登记：姓名 李晓明，身份证号 440106198503220462，内地手机 159 1836 0427，办理香港 5G 月费计划 $138。
        客户王婷（厦门人，身份证 350203199806045189）在门市办理一卡两号，要求发票抬头写她公司的名称。
        深圳的黄先生（电话 13926847015）投诉香港号码漫游回内地扣费过多，已转交香港团队跟进。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係維港電訊 WhatsApp 客服助手，用廣東話回覆，唔好要求客戶提供完整信用卡號碼。",
        ),
        ("user", "你好，我想改上門安裝時間"),
        ("assistant", "冇問題！麻煩提供訂單號碼同埋登記咗嘅聯絡電話，我幫你查下有咩時段。"),
        (
            "user",
            "訂單 ORD-26-884120，電話 6098 4527，登記人係潘凱琪，想改去星期六朝早，平日要返工。",
        ),
    ],
    [
        ("user", "Hi, my broadband has been down since Monday and nobody has come to fix it."),
        (
            "assistant",
            "Sorry to hear that. Could you share the account holder name and installation address so I can check the fault ticket?",
        ),
        (
            "user",
            "Account is under Harpreet Singh, Flat 12B, Tower 3, Festival City, Tai Wai. I work from home so every day offline is costing me money.",
        ),
    ],
    [
        ("user", "收到收數公司電話話我欠你哋 $2,800，我明明 2025 年已經 cancel 咗條線！"),
        ("assistant", "明白你嘅情況，我哋會幫你翻查。請提供登記人姓名及身份證號碼作核實。"),
        ("user", "我叫馬志聰，身份證 H749928(2)，當時係喺荃灣分店親身取消，仲有張收據喺度。"),
        ("assistant", "多謝馬先生，我已開立個案 CS-2612-0417，會喺 3 個工作天內回覆。"),
    ],
    [
        ("user", "我想幫阿媽轉長者計劃，佢 73 歲，而家用緊 $168 嗰個計劃，根本用唔晒。"),
        ("assistant", "可以嘅，長者計劃 $48/月。請問用戶姓名同號碼係？"),
        (
            "user",
            "佢叫葉玉蓮，號碼 6473 0582，佢有白內障睇唔清手機，以後賬單可唔可以寄紙本去我度？",
        ),
    ],
    [
        (
            "system",
            "You are the porting assistant for Harbour Telecom. Collect only what is needed for a porting request.",
        ),
        ("user", "I want to port my number over from StarMobile, how long does it take?"),
        (
            "assistant",
            "Usually two working days. Please provide the number, the name of the registered user and the ID document number.",
        ),
        ("user", "Number 9268 3041, registered under AMANDA LO WING SZE, HKID M425365(0)."),
    ],
    [
        ("user", "請幫我寫封信去 CCSS 投訴，寬頻公司唔肯俾我提早解約。"),
        ("assistant", "好，請話我知你嘅姓名、地址、合約資料同埋事件經過，我幫你整理成正式投訴信。"),
        (
            "user",
            "我叫袁詠琪，住觀塘翠屏邨翠楠樓 15 樓 1503 室，2024 年 3 月簽咗 36 個月，上門師傅裝完之後條線每晚都斷，佢哋維修咗五次都未搞掂。",
        ),
        (
            "assistant",
            "明白，以下係投訴信草稿：致電訊服務用戶投訴處理計劃，本人袁詠琪，現居於觀塘翠屏邨翠楠樓 15 樓 1503 室……",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm a helper in Taikoo Shing. My prepaid SIM stopped working after I did the real-name registration.",
        ),
        (
            "assistant",
            "Sorry about that! Which number is it, and which document did you use for registration?",
        ),
        (
            "user",
            "Number 5361 9047, I registered with my passport, name is Siti Rahmah binti Osman. My employer needs to reach me, please help fast.",
        ),
    ],
    [
        ("user", "你好，我是港大的内地研究生，想问学生计划要带什么证件？"),
        (
            "assistant",
            "需要有效学生证、护照或通行证及香港住址证明。方便提供姓名和联系电话吗？我们可以帮你预约。",
        ),
        ("user", "我叫张思远，电话 6184 2759，住在薄扶林的学生宿舍，周三下午有空。"),
    ],
    [
        ("user", "我上個月用信用卡網上上台，但係俾人扣咗兩次錢，點算？"),
        ("assistant", "唔好意思！請提供登記姓名，同埋卡號方便我哋核對交易。"),
        ("user", "鄭家輝，卡號 4563 8467 1362 6478，兩筆都係 $298，11 月 14 號。"),
        ("assistant", "收到鄭生，已轉交賬務部，退款會喺 14 個工作天內退返張卡。"),
    ],
    [
        ("user", "師傅聽日幾點到？我屋企冇升降機要行樓梯㗎。"),
        ("assistant", "請問你嘅工單號碼或者安裝地址係？"),
        ("user", "深水埗桂林街 142 號 6 樓，我姓霍，阿伯一個人住，電話 2386 5194 屋企線，手機冇。"),
    ],
]
