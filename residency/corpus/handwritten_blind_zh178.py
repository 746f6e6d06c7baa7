# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh178: Hong Kong wedding photography and planning (quotes, rundowns, guest lists, MUA, venue contracts, refund disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh178
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "quotation"): _lines("""
        【2025 Pre-wedding 套餐 A】$13,800：攝影師 + 助手半日（5 小時）、婚紗 2 套、西裝 1 套、外景一個（西貢萬宜水庫／大澳二揀一）、精修 30 張、原底全送。
        報價單編號 QT-2025-0418｜婚禮當日攝影 Full Day（07:00–23:00）｜攝影師 1 位 + 錄影師 1 位｜$18,500（已包交通費，跨海另加 $300）
        加購項目：Same Day Edit 即日剪接 $4,800／Drone 航拍 $2,200（須視乎場地及民航處規定）／相簿 12x12 吋 30 頁 $3,600
        化妝髮型套餐：試妝一次 + 婚禮當日新娘化妝（出門、午宴、晚宴共 3 個造型）$6,800；伴娘化妝每位 $680，媽媽化妝每位 $880。
        早鳥優惠：2025 年 3 月 31 日前落訂，婚紗租借套餐 9 折，另送頭紗一條（價值 $580）。優惠不可與其他優惠同時使用。
        海外婚紗攝影（京都／北海道）每套 HK$32,000 起，不包機票酒店，攝影師差旅費實報實銷。
        晚宴場地報價：週六晚宴每席 $13,988 起（12 位一席），最低消費 20 席，另收 10% 服務費；酒水任飲 3 小時每席加 $1,880。
        訂金安排：確認日期時繳付總額 30%，婚禮前 30 日繳付餘款。付款方式：支票、銀行轉賬或 FPS（請註明報價單編號）。
        裙褂租借：龍鳳褂（五福）$4,800／（八福）$8,800，褂皇另議；可加購秀禾服一套 $2,200。
        婚禮統籌 Day-coordinator 服務 $9,800：婚前 2 次會議、當日 1 位統籌 + 1 位助理（08:00–23:30）、協調所有供應商。
        Q: 報價有冇包「迎娶」同「出門」兩個 session？ A: Package B 包晒，Package A 只包行禮同晚宴。
        婚宴佈置 Backdrop 3m x 2.4m 鮮花款 $8,500／人造花款 $5,200；簽名板 A1 $380（設計修改第三次起每次 $150）
        Invoice INV-24-11072 — Deposit received HK$5,400 (30% of HK$18,000), balance HK$12,600 due 14 days before event.
        司儀服務：中英雙語司儀 $5,500／粵語司儀 $3,800，包一次 rundown 會議；如需主持遊戲環節另加 $800。
    """),
    ("zh-Hant", "rundown"): _lines("""
        07:00 新娘開始化妝 / 08:30 兄弟團集合 / 09:30 新郎出發接新娘 / 10:00 玩新郎（堵門）/ 10:45 新娘出門 / 11:30 男家拜祖先、敬茶
        晚宴流程：18:30 賓客簽到 / 19:30 新人第一次進場 / 20:00 起菜 / 20:30 播放成長片段 / 21:00 第二次進場、切蛋糕、香檳塔 / 21:30 逐圍敬酒 / 22:30 大合照、送客
        證婚儀式流程（約 20 分鐘）：證婚人宣讀誓詞 → 新人交換戒指 → 簽署結婚證書 → 兩位證人簽名 → 大合照。
        敬茶次序一般係：先男家長輩（爺爺嫲嫲 → 爸爸媽媽 → 伯父伯母 → 叔叔嬸嬸），再到平輩；每杯茶都要雙手奉上。
        兄弟團遊戲建議：講出新娘最鍾意嘅三樣嘢、做掌上壓、飲特調「酸甜苦辣」四杯，唔好玩得太過火，避免拖慢時間表。
        姊妹須知：當日 06:30 到酒店房化妝，請穿有扣恤衫方便換衫；利是請於 09:00 前交返伴娘頭統一保管。
        婚禮當日物資清單：結婚證書、戒指、紅棗蓮子茶、茶具、利是封、簽名筆、Guest book、備用絲襪、針線包、充電器。
        時間表範本：{新郎姓名} 與 {新娘姓名} 婚禮 | 日期：{YYYY-MM-DD} | 場地：{場地名稱} | 統籌聯絡：{電話}
        攝影 Shot list：新娘穿鞋特寫、爸爸帶新娘入場、交換戒指、第一次親吻、雙方家長合照、兄弟團姊妹團合照、撒花瓣。
        大會堂婚姻登記處行禮一般只有約 15 分鐘，建議提早 30 分鐘到場，並預留時間喺紀念花園影相。
        Rundown v3.2（終稿）：將「第二次進場」由 21:15 提前到 21:00，因酒店要求 23:00 前清場。
        過大禮一般喺婚禮前 2 至 4 星期，揀好日子，由男家帶同禮金、禮餅、海味、四京果等送去女家。
        回門：傳統上新娘婚後第三日返外家，依家好多新人會簡化成婚禮翌日同父母飲茶。
    """),
    ("zh-Hant", "contract"): _lines("""
        第五條 取消政策：如甲方於婚期前 180 日或以上以書面通知取消，已繳訂金的 50% 可轉為代用券；少於 180 日取消，訂金概不退還。
        第七條 不可抗力：如因八號或以上熱帶氣旋警告信號或黑色暴雨警告導致婚宴無法舉行，雙方可協商改期，不另收費用。
        乙方須於婚禮後 60 個工作天內交付精修相片及全部原始檔案，逾期每日按合約總額 1% 補償予甲方，上限為 20%。
        婚紗租借條款：禮服如有染色、撕裂或燒焦，按維修費實數收取；如無法修復，按禮服原價 70% 賠償。
        本合約以中英文書寫，如有歧義，以中文版本為準，並受香港特別行政區法律管轄。
        版權聲明：所有相片版權屬乙方所有，甲方享有個人非商業用途之使用權；乙方如需將相片用作宣傳，須事先取得甲方書面同意。
        場地使用時間為 18:00 至 23:30，逾時每 30 分鐘收取 $3,000；新人須於 16:00 前完成佈置入場登記。
        自攜酒水須繳開瓶費，每瓶 $150（烈酒 $300），自攜蛋糕每個另收切餅費 $500。
        合約簽署欄：甲方簽署＿＿＿＿＿ 日期＿＿＿＿＿ ／ 乙方代表簽署及公司蓋印＿＿＿＿＿
        如乙方因攝影師病倒等原因未能出席，須安排同等級數之攝影師代替；否則須退還全數已繳費用。
        最低消費以簽約時所訂席數計算，如婚宴當日實際席數少於合約席數，仍須按合約席數繳付。
        Clause 12.3: Any amendment to the Package must be in writing and signed by both parties; verbal promises by sales staff are not binding unless recorded in the Quotation.
        依據《商品說明條例》，商戶不得作出虛假商品說明或使用不良營業手法；消費者如遇問題可向海關或消委會查詢。
        退款須於收到書面申請後 30 日內以劃線支票或銀行轉賬方式退回，行政費 $500 將從退款中扣除。
    """),
    ("zh-Hant", "forum"): _lines("""
        想問下大家，十月尾喺西貢影 pre-wedding 會唔會太熱？定係十一月先好？
        過來人分享：揀化妝師一定要試妝，我試咗三個先揀定，有個化到我成個面好假白。
        有冇人知酒店婚宴「加一」係咪連埋酒水都計？定係只係計席價？
        自己 DIY 簽名板其實唔難，買張 A2 foam board，出去 print 好個 design 貼上去，成本唔使 $200。
        提提大家，簽合約之前記得問清楚落大雨或者掛八號風球點處理，冇寫清楚真係好麻煩。
        婚紗公司話套餐「原底全送」，但係要另外俾 $800 先肯用 USB 俾你，唔知係咪行規？
        想問下請幾多圍先夠？我哋兩邊親戚加埋朋友大概 180 人，預留 16 圍會唔會太逼？
        利是封大細點分？我見有人派兄弟姊妹 $500、司儀 $1,000、化妝師 $300，唔知而家行情係點。
        婚宴菜式有冇人試過改素菜席？要提早幾耐通知酒店？
        無論揀邊間，最緊要睇清楚合約入面「不退還訂金」嗰句，唔好淨係聽 sales 口講。
        求推介九龍區平價婚紗租借，唔使名牌，乾淨企理就得，預算 $5,000 以內。
        有冇人喺婚姻登記處網上預約試過一開放就爆滿？聽講熱門日子要半夜㩒定。
        我哋最後冇擺酒，淨係證婚 + 兩家人食餐飯，慳返啲錢去旅行，真係冇後悔。
        婚禮攝影要唔要請兩個攝影師？如果有迎娶又有晚宴，兩個好啲，一個跟新郎、一個跟新娘。
    """),
    ("mixed", "notice_template"): _lines("""
        【Everlight Bridal】親愛的 {{客戶姓名}}，您的試妝已安排於 {{日期}} {{時間}}，地點：旺角彌敦道 688 號 12 樓門市。如需更改請提前 48 小時通知。
        Reminder: Your balance payment for booking #EB-250612-031 is due on 2025-05-29. Please quote the booking number when paying via FPS to our company account.
        系統通知：合約 CT-2025-00873 狀態已更新為「已簽署」。下載 PDF 請登入客戶平台。
        各位新人注意：由於 9 月 2 日天文台懸掛八號風球，當日所有外景拍攝將改期，我們會逐一聯絡受影響客戶重新安排。
        【婚宴廳通知】2025 年 1 月 1 日起，加一服務費將計算在酒水套餐內，已簽約客戶按原合約條款處理。
        Auto-reply: 多謝您的查詢！辦公時間為週一至六 11:00–20:00，我們會於 1 個工作天內回覆。緊急事項請致電公司熱線 2388 6120。
        Template — Guest RSVP: Dear {guest_name}, we would love to have you at our wedding on {date} at {venue}. Please RSVP by {deadline}.
        付款確認：已收到報價單 QT-2025-0527 之訂金 HK$6,000，交易參考號 FRN20250314HKD000478213。
        您訂購的婚紗頭紗已由順豐寄出，運單號 SF1428830571624，預計 2–3 個工作天送達門市。
        新人問卷（請填寫）：1. 婚禮日期 ____ 2. 預計人數 ____ 3. 場地 ____ 4. 預算範圍 □$50k以下 □$50–100k □$100k以上
        Ticket #WS-44817 closed: 客戶查詢相簿印刷色差問題，已解答為顯示器色溫差異，無需跟進。
        Calendar: 「場地視察 — 灣景酒店宴會廳 3/F」 Sat 15 Mar 2025 15:00–16:00 HKT
        v2.4.1 更新：賓客名單匯入支援 CSV（欄位：name, table_no, dietary, rsvp）；修正座位表導出 PDF 時中文亂碼問題。
    """),
    ("en", "vendor_faq"): _lines("""
        How far in advance should we book a wedding photographer in Hong Kong? Popular autumn Saturdays are often booked 12–18 months ahead.
        Do you travel outside Hong Kong? Yes — Macau and Shenzhen shoots are available; a travel surcharge of HK$1,500 per day applies, plus transport.
        What happens if it rains on our pre-wedding day? We offer one free reschedule within 3 months for weather-related cancellations.
        Our standard turnaround for edited photos is 8–10 weeks; express delivery (4 weeks) is HK$2,000 extra.
        Refund policy: Deposits are non-refundable but transferable to another date within 12 months, subject to availability.
        Makeup trial sessions last about 2.5 hours. Please arrive with a clean face and bring reference photos of looks you like.
        For lash extensions, please have them done at least 3 days before the wedding so any irritation settles.
        We recommend a patch test 48 hours before the trial if you have sensitive skin or known allergies to cosmetics.
        Tip: keep a 15-minute buffer between each segment of your rundown; tea ceremonies almost always run late.
        Planning checklist: 12 months — budget and venue; 9 months — photographer and MUA; 6 months — gowns; 3 months — invitations; 1 month — final headcount.
        Table plan CSV format: table_no,seat_no,guest_name,meal_choice — leave guest_name blank for unassigned seats.
        The Consumer Council advises couples not to pay the full amount upfront and to keep written records of every promise made by the trader.
        Package codes: PW-A (HK$13,800), PW-B (HK$19,800), AD-FULL (HK$18,500), MUA-3L (HK$6,800). Prices valid until 31 Dec 2025.
    """),
    ("zh-Hant", "news_public"): _lines("""
        消委會提醒：部分婚禮服務商要求一次過繳付全數，一旦商戶結業，消費者難以追討，建議分期付款並保留單據。
        根據《婚姻條例》，結婚人士須於擬結婚日期前最少 15 日、最多 3 個月內向婚姻登記官發出擬結婚通知書。
        如對婚姻登記程序有疑問，可致電入境事務處一般查詢熱線 2824 6111。
        張愛玲 1944 年與胡蘭成在上海結婚，婚書寫有「願使歲月靜好，現世安穩」一句，後來成為婚禮常用語。
        1981 年查理斯王子與戴安娜喺聖保羅大教堂舉行婚禮，全球估計有七億五千萬人收看電視直播。
        粵劇《帝女花》中長平公主與周世顯「香夭」一幕，常被戲迷視為最淒美的婚禮場面。
        政府統計處數字顯示，香港近年每年登記結婚數目約四至五萬宗，初婚年齡中位數男性約 32 歲、女性約 30 歲。
        香港法律下，婚姻監禮人須為已獲委任的執業律師或公證人，才可在婚姻登記處以外的地點主持婚禮。
        業界估計，疫情期間大量婚宴延期，2023 年出現「補擺酒」潮，熱門日子的酒店宴會廳一年前已被訂滿。
        傳統「三書六禮」中的六禮是：納采、問名、納吉、納徵、請期、親迎。
        海關提醒：婚紗影樓如以誤導性遺漏或餌誘式廣告招徠顧客，可能觸犯《商品說明條例》，最高可被罰款 50 萬元及監禁 5 年。
        孫中山與宋慶齡於 1915 年在日本東京結婚，婚後宋慶齡一直投身其革命事業。
    """),
    ("mixed", "mua_notes"): _lines("""
        新娘妝 tips：婚前兩星期開始每晚敷保濕面膜，避免喺婚禮前一個月做 facial 或者 peeling，以免爆瘡。
        防水睫毛膏 + 定妝噴霧係必備，敬茶嗰陣好多新娘會喊，眼妝一定要 waterproof。
        中式裙褂造型建議配低髻或手推波紋，頭飾以金色髮簪、紅色絨花為主。
        Product list for bridal kit: primer, long-wear foundation, setting powder, blotting paper, lip liner, waterproof mascara, lash glue, bobby pins.
        早上出門妝可以自然啲，晚宴再加深眼妝同轉紅唇，換一個造型大概需要 30 至 40 分鐘。
        戶外影相：日落前一小時係 golden hour，光線最柔和，化妝要預留足夠時間，唔好壓縮。
        試妝紀錄表（範本）：膚質 □乾 □油 □混合 | 敏感 □有 □無 | 指定造型 ______ | 參考相片 ______
        伴娘團統一色系建議：霧霾藍、奶茶色或鼠尾草綠，影相會比較和諧。
        夏天婚禮記得用控油妝前乳，香港濕度高，粉底容易溶妝。
        髮型備註：如新娘頭髮短過肩位，可加接髮片做低盤髮，需要試妝時一併確認。
        Colour tips for Asian skin tones: warm undertones suit coral and brick-red lips; cool undertones suit berry and rose shades.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        賓客名單｜第 3 圍｜陳志明先生（新郎舅父）、梁美華女士、陳嘉欣（8 歲，兒童餐）、黃國強（素食）
        座位表備註：5 號枱李淑儀（新娘姨媽）對花生嚴重過敏，廚房請避免所有花生製品，已通知宴會部經理。
        新娘資料：何詠欣 HO Wing Yan｜身份證 Y582031(4)｜手提 6187 2403｜婚期 2025-11-08｜場地：灣景酒店宴會廳
        本人黃家豪（HKID K730418(8)）於 2024 年 3 月與貴酒店簽訂婚宴合約，已付訂金 $60,000，現因未婚妻病重須取消，要求按合約第五條退回訂金。
        化妝師筆記 — Bride Cherry（周曉彤）：敏感肌、右邊面頰有濕疹，唔好用含酒精爽膚水；佢話婚禮前一星期會去皮膚科覆診。
        兄弟團名單：伴郎頭 Kelvin 梁家俊 9472 3318、麥浩然 5106 8824、吳子軒 6339 0172，請 08:15 前到新郎屋企（沙田第一城 38 座 21 樓 F 室）集合。
        FPS 轉賬記錄：付款人 LAM SUK YEE 林淑儀，收款人 Everlight Bridal Ltd，金額 $6,800，備註「試妝 + 當日妝 訂金」，付款人手機 9825 6641
        場地合約 甲方：鄭偉倫（身份證號碼 R264907(0)），住址：九龍將軍澳唐德街 8 號 翠景苑 B 座 1806 室；乙方：海港宴會廳有限公司
        新郎阿 Ben（張文彬）要求當日唔好影佢左手特寫，因為上年工傷斷咗兩隻手指，佢比較介意。
        客戶跟進：梁陳慧玲（梁太）話之前光影婚紗倒閉，已付 $28,000 追唔返，佢已經報警，想我哋幫佢改期到明年 3 月補影。
        伴娘尺寸：Tiffany 吳婉婷 S 碼 / 蔡詠琳 M 碼（懷孕 5 個月，要寬身款）/ 莊曉晴 S 碼
        禮金記錄：二叔 陳永昌 $2,000、表姐 陳思敏 + 老公 $1,800、舊同事 Alvin Tsang 曾俊文 $1,000
        婚紗攝影預約：客戶 葉嘉琪 / 電話：5461 2097 / 拍攝日期：2025年4月19日 / 地點：大澳 / 備註：新郎 1.88m，需要加長西褲。
        退款申請表｜申請人姓名：馮綺雯｜香港身份證號碼：Z418832(3)｜退款金額：HK$12,500｜收款戶口：恒生銀行 024-387-291045-882
        內地新人資料：新娘 林曉琳，居民身份證 440304199108235624；新郎 黃振宇，居民身份證 31011519890506771X，兩人 10 月 3 日來港影外景。
        司儀稿：「今日係 Jason 何俊傑同 Michelle 曾美琪嘅大日子，佢哋喺港大讀書時認識，Michelle 依家喺瑪麗醫院做護士……」
        統籌備註：Fion（鄧翠芬）話佢阿媽唔想同前夫（即 Fion 阿爸）坐同一圍，麻煩將佢哋分開 1 號枱同 6 號枱。
        信用卡授權書：持卡人 SHUM KA WAI 岑家慧，卡號 4543 1288 7103 5163，有效期 09/27，授權扣除婚紗尾數 HK$9,800。
        花車安排：車牌 NB 4712（新郎叔叔 梁志偉 嘅私家車，白色 Tesla Model Y），09:15 到大圍美林邨美松樓樓下接新郎。
        消委會投訴撮要：投訴人 區詠詩 稱影樓 2024 年 8 月拍攝後一直未交相，多次致電均無回覆；投訴人聯絡電話 6023 8815。
        擬結婚通知書預約：男方 CHEUNG Chun Hei 張俊曦，HKID G047593(8)，出生日期 1993-07-21；女方 LEE Hoi Ying 李凱瑩，HKID M331826(0)。
        RSVP 更新：蕭保羅（Uncle Paul）唔嚟，做緊化療；陸芝芝（Auntie Gigi）坐輪椅，需要近出口位。
        化妝師 Yan（袁欣妍）11 月月結：共接 9 場婚禮，收入 $52,400；未收款：張府 $3,800。
        宴會部內部記錄：客戶 沈浩文先生 2025-06-14 婚宴取消，原因為新娘悔婚，訂金 $40,000 按合約沒收，客戶表示會入稟小額錢債審裁處。
        結婚證書核證副本申請：申請人 邱美玲，身份證 XA219364(4)，通訊地址：新界元朗教育路 18 號 元朗新城 3 座 12 樓 C 室。
        交相備註：新娘要求 tag 姊妹 IG：@kaman.lok1102（駱嘉敏）、@sherry_yiu_（姚思琪）
        台灣賓客代訂房：陳怡君 CHEN YI-CHUN，身分證 A227385612，電話 0912-384-627，入住 11/07–11/09。
        請柬寄送：關德輝先生 香港北角英皇道 455 號 城市花園 5 座 23 樓 G 室
        伴娘 Joyce（凌芷晴）當晚要早走，佢話八點要返屯門醫院返夜更。
    """),
    "en": _lines("""
        Dear Ms Tse Wing Sze, we refer to your email of 3 March regarding the cancellation of your banquet on 12 October (Booking BV-2410-112). As per Clause 5, the deposit of HK$50,000 is non-refundable.
        Chan Ka Ming | Table 7 | Vegetarian | +852 9318 7460
        MUA booking form — Name: PRIYA d/o RAJENDRAN | Mobile: +65 8336 2091 | Wedding date: 22 Feb 2026 | Skin: oily, allergic to lanolin
        Bridesmaid travel list: Nur Aisyah binti Kamarul, MyKad 900412-14-5238, arriving on MH72 on 14 Nov, room shared with the bride.
        I, Daniel Fernandes (HKID C688215(1)), paid HK$22,000 to Starlit Moments Studio, which closed without notice on 1 August. Please refund to my HSBC account 512-397846-838.
        Photographer's note: the groom's grandmother, Mdm Leong Siew Lan (92), uses a wheelchair and tires easily, so shoot the family portrait first.
        Table 12 — Mr and Mrs Oliver Hartmann (vegan), Rachel Sequeira (+1), Arun s/o Krishnan (halal meal).
        Deliver album to: Mr Marcus Yeung, Flat 9B, Block 2, Pokfulam Gardens, 180 Pok Fu Lam Road.
        Planner log 14/09: bride Stephanie Kwok Hiu Tung called in tears; her father was hospitalised with a stroke and they may postpone the 18 Oct wedding.
        Bali destination wedding, flight booking: LAU HOI MAN, HKSAR passport K09381257, DOB 05-Jan-1994.
        Witnesses for the ROM on 8 Nov: Ng Siu Fung, HKID H817243(0); Tan Wei Ling, NRIC S8834127I (flying in from Singapore).
    """),
    "mixed": _lines("""
        Hi Cathy～ 收到你嘅訂金 thx！Confirm 一下：bride 黃靖雯，11/1 試妝 2pm，上門地址係大埔太和邨麗和樓 1502 室？
        Booking: Groom 鄺家樂 Kwong Ka Lok 📱5397 2281 / Bride 施曉欣 📱6158 3390 / Package AD-FULL / Date 2025-12-20
        Ticket #WS-45120：客戶 Karen Ip 葉家欣 話相簿印錯佢老公個名（印咗 Tommy，應該係 Tommie），要求重印 + 退 $500。
        UnionPay 6225 8830 1746 2198，持卡人 郭振東 GUO ZHENDONG（深圳客），付 pre-wedding 尾數 HK$15,600。
        新娘 蘇雅婷 微信號 suyating_0930，佢話婚禮前一晚住酒店 2108 號房，化妝師 05:30 直接上房。
        Freelance 助手 陳寶儀 Po Yi，FPS ID 4827103，12/10 婚禮做 6 個鐘 $1,200，未過數。
        新郎 Alex Ho 何嘉朗 Telegram @alexho_hk88 — 唔好 add 佢老婆入 group，因為婚禮當日有 surprise 求婚片。
        Received from Mr 司徒浩賢 SZETO Ho Yin, HSBC cheque no. 001287, HK$30,000 deposit for banquet on 2025-10-18.
        Table 3 | Seat 10 | Mdm Wong Lai Kuen 黃麗娟 | 新娘外婆 | 糖尿病，甜品要無糖
        內地新娘 劉佳怡，手機 138 2871 4406，身份證 440106199302143020，想 book 2025 年 9 月中環取景。
        Visa 4987 6512 3407 7815 exp 03/28 — cardholder Winnie Cheung 張詠妮，婚紗訂金 HK$4,000，已 swipe。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「晴光婚紗攝影」的 WhatsApp 客服助手，用廣東話回覆客人。"),
        ("user", "你好，我係馬芷琪，訂單 QT-2025-0463，原本約咗 4 月 12 號去西貢影 pre-wedding。"),
        ("assistant", "馬小姐你好！收到，請問有咩可以幫到你？"),
        (
            "user",
            "我啱啱驗到有咗 BB，醫生話頭三個月唔好太攰，想延遲到 7 月，得唔得？我電話係 9164 3308，方便可以直接打嚟。",
        ),
        ("assistant", "恭喜晒！我哋可以免費改期一次，同事今日內會致電 9164 3308 同你揀新日子。"),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾海港宴會廳。我係譚嘉俊，身份證 E350962(5)，2024 年 10 月簽咗 2025 年 11 月 22 號嘅婚宴合約，已付按金 $50,000。",
        ),
        ("assistant", "好的，請問酒店而家點樣處理？你希望提出咩要求？"),
        (
            "user",
            "酒店話要裝修，單方面取消我哋嗰日，但只肯退一半按金。我要全數退返。回郵地址寫：新界屯門屯興路 3 號 南浪海灣 2 座 15 樓 D 室。",
        ),
        (
            "assistant",
            "草稿如下：「敬啟者：本人譚嘉俊（身份證號碼 E350962(5)）於 2024 年 10 月與貴公司簽訂婚宴合約……現貴公司單方面取消，本人要求全數退還按金港幣伍萬元正。回覆請寄：新界屯門屯興路 3 號南浪海灣 2 座 15 樓 D 室。」",
        ),
    ],
    [
        ("user", "hi 我係 janice 朋友介紹嘅，想問 12月6號 仲有冇檔期化新娘妝"),
        ("assistant", "Hi Janice！12 月 6 號仲有位，請問係上門定到 studio？"),
        (
            "user",
            "上門呀，地址係將軍澳日出康城領峯 3A 座 28 樓 B 室，我全名劉芷欣，身份證 V472019(9) 如果要簽合約用",
        ),
        ("assistant", "收到劉小姐，我會預留 12 月 6 號 06:00 上門，收到訂金 $2,000 後確認。"),
        (
            "user",
            "ok 我而家 payme 俾你，仲有我對睫毛膠敏感，上次腫到成隻眼，記得用 hypoallergenic 嗰隻",
        ),
    ],
    [
        ("system", "You are a helpful wedding planning assistant."),
        (
            "user",
            "Can you help me with the seating plan? We have 14 tables at the Harbourview Ballroom.",
        ),
        ("assistant", "Of course! Share the guest groups and any constraints."),
        (
            "user",
            "Main constraint: my mother-in-law Margaret Ho Mei Ling must not sit with my aunt Lily Chan Siu Ling; they haven't spoken since the fight over my grandfather's flat. Also my cousin Derek Chan Tsz Hin is in recovery from alcohol addiction, so keep his table off the brandy service.",
        ),
        (
            "assistant",
            "Understood. Margaret goes to Table 1 with the groom's family, Lily to Table 9 with the bride's cousins, and Table 11 will be a no-spirits table for Derek.",
        ),
    ],
    [
        (
            "user",
            "幫我將以下賓客名單整理成表格：陳大偉 9318 2207 新郎同學 / 蕭嘉慧 6520 7713 新娘同事 / Ricky Fung 馮偉傑 5682 0391 新郎表哥",
        ),
        (
            "assistant",
            "| 姓名 | 電話 | 關係 | / | 陳大偉 | 9318 2207 | 新郎同學 | / | 蕭嘉慧 | 6520 7713 | 新娘同事 | / | 馮偉傑 Ricky | 5682 0391 | 新郎表哥 |",
        ),
        ("user", "再加一欄飲食要求：蕭嘉慧食素，Ricky 對蝦過敏。"),
        (
            "assistant",
            "已加入「飲食要求」欄：蕭嘉慧 — 素食；馮偉傑 Ricky — 蝦類過敏；陳大偉 — 無。",
        ),
    ],
    [
        ("user", "我和未婚妻都是深圳户籍，想在香港婚姻登记处结婚，需要什么文件？"),
        (
            "assistant",
            "一般需要有效旅行證件（例如港澳通行證及簽注）、無婚姻紀錄證明，並須於擬結婚日期前最少 15 日遞交擬結婚通知書。",
        ),
        (
            "user",
            "未婚妻蔡欣怡，身份证 440306199509301840，港澳通行证 C83920157；我叫周浩，通行证 C61832947。预约时填哪个号码？",
        ),
        (
            "assistant",
            "網上預約時填寫港澳通行證號碼即可：周浩 C61832947、蔡欣怡 C83920157；到場時要帶備證件正本。",
        ),
    ],
    [
        (
            "user",
            "I paid the full package to Starlit Moments Studio and they shut down last week. Can I do a chargeback?",
        ),
        (
            "assistant",
            "Possibly. Contact your card issuer as soon as possible and explain that the services were not provided.",
        ),
        (
            "user",
            "OK, draft the dispute form. Cardholder: Vincent Lo Wai Kit, Mastercard 5524 8301 9274 6051, charged 14 Jan 2025, HK$26,800, contact number 9741 0562.",
        ),
        (
            "assistant",
            "Draft — Cardholder: LO WAI KIT VINCENT; Card: 5524 8301 9274 6051; Merchant: Starlit Moments Studio; Amount: HKD 26,800; Reason: services not rendered, merchant ceased trading; Contact: 9741 0562.",
        ),
    ],
    [
        (
            "user",
            "We're a Singapore couple doing a Hong Kong pre-wedding shoot in March. The studio wants our IDs for the location permit.",
        ),
        ("assistant", "Sure, what details do they need?"),
        (
            "user",
            "Full names and ID numbers. Me: Benjamin Koh Jun Wei, NRIC S9026315C. My fiancée Chloe Lim Hui Min is Malaysian, FIN G5520871P. Her sister Rachel Lim, NRIC T0128456D, is coming along as bridesmaid.",
        ),
        (
            "assistant",
            "Formatted for the studio: 1) KOH JUN WEI BENJAMIN — S9026315C; 2) LIM HUI MIN CHLOE — G5520871P; 3) RACHEL LIM — T0128456D.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 IG post，今日幫新娘石嘉瑩化妝，佢前年確診乳癌，做完化療頭髮啱啱生返，所以我哋用咗假髮髻，佢話好開心可以靚靚咁嫁人。",
        ),
        (
            "assistant",
            "涉及病歷，建議先問准新娘是否願意公開。草稿：今日好榮幸陪住一位好勇敢嘅新娘出嫁……",
        ),
        ("user", "佢已經同意，順手 tag 埋佢 IG @kayingshek_0305，再加一句多謝佢老公全程陪佢覆診。"),
    ],
    [
        ("system", "You are the internal assistant of Bliss & Co. Wedding Planning."),
        (
            "user",
            "整理下星期六婚禮嘅聯絡表：新郎林冠宇（台灣人，身分證 F126849030，手機 0933-517-204），新娘麥凱琪 5730 1846，攝影師阿 Lok 駱志明 6018 2294。",
        ),
        (
            "assistant",
            "聯絡表：新郎 林冠宇 0933-517-204 | 新娘 麥凱琪 5730 1846 | 攝影師 駱志明 6018 2294",
        ),
        (
            "user",
            "再加一行：新郎爸媽住帝景酒店 1712 號房，林爸爸中風後行動不便，當日要安排輪椅同近門口嘅座位。",
        ),
    ],
]
