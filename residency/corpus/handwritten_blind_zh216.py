# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh216: Taiwan board-game cafés, murder-mystery (劇本殺) and escape rooms. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh216
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "booking_notice"): _lines("""
        【預約成功】訂單編號 BK-20261206-0417｜《午夜鐘樓》密室逃脫｜12/13（六）19:30｜4人｜訂金 NT$800 已收，請提前15分鐘報到。
        預約系統通知：場次 R3-1930 已滿（6/6），候補序號 W-0032，如有釋出名額將依序通知。
        您的預約已取消，退款編號 RF-88213 將於 7-14 個工作天退回原付款方式，如有疑問請洽客服專線 (02)2771-3490 或 service@midnightkey.com.tw。
        訂位通知範本：親愛的 {玩家暱稱} 您好，您預約的 {場次名稱} 將於 {日期} {時間} 開始，請攜帶 {預約編號} 至櫃檯報到。
        團體包場報價單 Q-2026-118：平日下午包場 3 小時 NT$6,600，含桌遊租借及飲料 10 杯，開立三聯式發票，賣方統一編號 53812046。
        12/24 平安夜特別場〈聖誕老人失蹤事件〉開放預約，每場限 8 人，早鳥價 NT$650/人，至 12/10 23:59 止。
        【系統】reservation_id=88120 status=CONFIRMED room=B2 slot=2026-12-20T14:00+08:00 pax=5 deposit=500 channel=LINE_OA
        本週預約統計：密室 A 廳 41 組、B 廳 37 組、劇本殺包廂 19 場，no-show 共 6 組（約 6%）。
        提醒：《鹿港小鎮殺人事件》為 6 人本（3男3女角色，可反串），建議預留 4 小時，未滿 6 人將由店方安排拼車。
        Klook 訂單 KLK-7730194825 已同步至店內系統，憑證 QR code 現場掃描即可，無需列印。
        取消政策：開場前 72 小時以上全額退訂金；48-72 小時退 50%；48 小時內恕不退還，但可改期一次。
        今晚 20:00 的《黃昏偵探社》還有 2 個空位，想湊團的可以直接私訊官方 LINE @escape520 喔～
        線上預約表單欄位：姓名（必填）／手機（必填）／人數／是否首次體驗／是否需要提示卡／備註。
    """),
    ("zh-Hant", "house_rules"): _lines("""
        館內規則：遊戲中請勿用蠻力破壞道具，損壞依價目表賠償，鎖頭 NT$300、電子機關 NT$2,500 起。
        桌遊區低消每人 NT$150（含一杯飲料），平日計時 NT$60/小時，假日 NT$80/小時，單日上限 NT$300。
        密室全程錄影僅供安全與提示用途，影像保存 7 天後自動刪除，依個人資料保護法辦理。
        未滿 12 歲須由家長陪同，孕婦、心臟疾病及幽閉恐懼症患者不建議參加《地下病院》。
        劇本殺防劇透守則：請勿在社群公開兇手、核心詭計與結局，違者將被移出玩家群。
        營業時間調整：12/31 延長至凌晨 02:00，1/1 中午 13:00 開門，跨年場次請至 booking.midnightkey.com.tw 查詢。
        本店不代客保管貴重物品，置物櫃鑰匙遺失補製費 NT$200。
        外食規定：可攜帶無味輕食，禁止火鍋、滷味、臭豆腐等重味食物進入遊戲區。
        主題《諸葛亮的八陣圖》為本館原創，機關設計參考《三國演義》第八十四回，並非史實。
        拼車須知：拼車場不保證性別比例，請尊重其他玩家，勿私下索取聯絡方式。
        本館地址：台北市大安區復興南路一段 219 巷 12 號 B1（捷運忠孝復興站 4 號出口步行 5 分鐘），郵遞區號 106。
        店內 Wi-Fi：MK_Guest，密碼每週一更換，請洽櫃檯。
        如遇地震或火警，請依主持人指示由緊急出口離開，密室內所有門鎖皆可由內側手動解除。
    """),
    ("zh-Hant", "review_reply"): _lines("""
        感謝您的回饋！關於 11/29 晚場空調過冷的問題，我們已請廠商調整 B 廳出風口，下次來訪可出示本則回覆折抵 NT$100。
        Google 評論 1 星：「DM 帶本超級敷衍，線索卡還缺一張」——店家回覆：非常抱歉，該套線索卡已補印並重新核對全套 214 張。
        針對網路流傳「密室內有人受傷」一事說明：當日為道具門軸鬆脫，玩家僅輕微擦傷，已當場處理並完成保險通報，並非傳言所述骨折。
        客訴單 CS-2026-0457｜類別：服務態度｜狀態：已結案｜處理方式：退還半額、贈送平日招待券 1 張。
        我們理解等待 40 分鐘的不愉快，當天因前一場延時，之後每場之間將預留 20 分鐘緩衝。
        回覆範本（劇透投訴）：您好，我們已將該則貼文檢舉並將發文帳號移出群組，開場前也會加強宣導防劇透守則。
        本月評論摘要：Google 4.6 分（+0.1），共 128 則，負評 9 則，主要集中於「等候時間」與「隔音」。
        Dcard 熱門文〈台北密室推薦 2026〉提到本店 NPC 太兇，我們已將《地下病院》驚嚇強度改為 1-5 級可選。
        致歉聲明：12/2 金流系統異常導致 23 筆重複扣款，已於 12/4 全數退刷，如尚未收到請來信 billing@midnightkey.com.tw 並附訂單編號。
        關於「主持人偏袒熟客」的評論：本店所有 DM 均依標準流程主持，投票環節採匿名紙條，結果由系統計票。
        PTT 上有人問我們是不是要倒了，沒有喔！只是 1 月份內部裝修暫停營業兩週。
        負評處理 SOP：① 24 小時內公開回覆 ② 不辯解、不透露玩家資訊 ③ 私訊提供補償方案 ④ 結案後登錄客訴表。
        評論提到「老闆娘很兇」我們會檢討，也歡迎直接撥打店內專線 02-2771-3490 向值班店長反映。
    """),
    ("zh-Hant", "staff_roster"): _lines("""
        12/15（一）排班：早班 10:00-18:00 櫃檯×1、DM×1；晚班 17:00-01:00 櫃檯×1、DM×2、NPC×1。
        排班規則：每人每週最多 5 班，兩班之間至少間隔 11 小時（勞基法第 34 條），連續工時不得超過 10 小時。
        工讀時薪 NT$196，國定假日加倍，DM 帶本津貼每場 NT$150，NPC 驚嚇場另加 NT$100。
        【換班申請】班別：12/20 晚班 DM｜原因：期末考｜代班人：待確認｜核准：值班店長
        本月缺人：週五、週六晚班 NPC 各缺 1 名，能帶《地下病院》者優先。
        S-1206-02,2026-12-06,DM,17:00,01:00,2,filled
        打卡異常報表：本週漏打卡 4 次、遲到 7 次，全部集中在週末晚班，請各組長提醒。
        新人培訓排程：第 1 週觀摩 6 場、第 2 週擔任副 DM 4 場、第 3 週獨立帶《黃昏偵探社》並由資深 DM 考核。
        跨年夜加班費試算：8 小時 × NT$196 × 2 = NT$3,136，另加餐費 NT$200。
        值班店長交接：B 廳第三關磁力鎖偶爾吸不住，已報修單號 MT-0092，今晚先改用實體鎖。
        排班表 v3 已上傳共用雲端 /排班/2026-12/schedule_v3.xlsx，有衝突請於週三前回報。
        櫃檯閉店 checklist：收銀對帳、冷氣關閉、道具歸位、確認監視器錄影中、鐵捲門上鎖。
        週六人力配置：密室 A 廳 1 GM、B 廳 1 GM + 1 NPC、劇本殺包廂 2 DM、桌遊區 1 名教學員。
    """),
    ("zh-Hant", "lost_and_found"): _lines("""
        【失物招領】12/3 晚場 B 廳拾獲黑色折疊傘一把，保管至 12/31，請攜帶預約編號領取。
        拾獲 AirPods Pro 一副（白色充電盒，盒上貼有皮卡丘貼紙），請失主描述特徵後領回。
        失物登記表：編號 LF-2026-118｜物品：學生證套（內無證件）｜地點：桌遊區 7 號桌｜日期：12/01。
        本月待領失物：雨傘 11 把、水壺 6 個、外套 3 件、鑰匙圈 4 個，逾期將捐贈或銷毀。
        有人在《午夜鐘樓》第二關遺落一只銀色水鑽耳環（單邊），有遺失的請私訊官方帳號。
        拾獲無記名悠遊卡一張，卡面為《鬼滅之刃》聯名款，請失主說明最後一次儲值金額以便核對。
        失物處理原則：內含證件者交由轄區派出所（大安分局東門派出所），其餘物品保管 30 天。
        撿到 iPhone 15 Pro 一支，螢幕鎖定中，桌布為柴犬照片，已交值班店長保管。
        Q：我上週好像把行動電源掉在你們店裡，要怎麼查？A：請提供預約日期與場次，我們會比對失物登記表。
        拾獲《卡坦島》擴充包 1 盒（非本店財產），盒內有手寫「5-6人用」字樣。
        遺失物品領取時請出示預約紀錄或描述物品特徵，本店不接受電話認領。
        劇本殺包廂遺留筆記本一本，封面寫著角色名「唐澤雪穗」（《白夜行》），應為玩家自製的推理筆記。
        12/6 拾獲 Toyota 原廠遙控汽車鑰匙一把，請失主攜帶行照至櫃檯核對後領回。
    """),
    ("zh-Hans", "jubensha_group"): _lines("""
        本周六《长安十二时辰》复刻场还差 2 位，剩余角色张小敬、李必，想玩的扣 1。
        DM 提示：第二轮搜证开始，每人限搜 3 张线索卡，公共线索统一放在中间桌。
        新本上车：《雾锁金陵》，7 人硬核推理，时长约 5 小时，车费 ¥168/人，周日 14:00 发车。
        复盘：本场凶手是角色「沈管家」，手法是利用钟楼报时掩盖枪声，6 位玩家中 4 位投对票。
        群公告：禁止在群内讨论已开本的剧情，违规一次警告，二次踢群。
        店里新到盒装本 12 套、城限本 3 套（《苏州河》《梨园旧梦》《鲁迅故居疑案》），城限本仅限本店开。
        玩家投票统计：情感本 38 票、硬核本 27 票、欢乐本 19 票，下个月主推情感本。
        请问各位店家，机制本里的「拍卖环节」一般怎么控时？我们每次都超 40 分钟。
        DM 手册 v2.3 更新：第三幕新增 NPC「李太白」入场（诗人角色，与历史人物无关），台词见附件。
        车队信息：周五晚 19:30 场｜《七日孤岛》｜已上车 5/6｜缺 1 女位（可反串）。
        发行商「谜境文化」授权编号 MJ-SZ-2026-0883，盒装本须在授权有效期内开本。
        开本前提醒：手机请统一放进收纳盒，第一幕阅读时间 25 分钟。
        DM 考核标准：控场 30%、演绎 30%、节奏 20%、玩家反馈 20%，满分 100，80 分上岗。
    """),
    ("en", "pos_and_config"): _lines("""
        SELECT tier, COUNT(*) AS members, SUM(balance_twd) FROM wallet GROUP BY tier; -- GOLD 312 | 1204600
        POS export 2026-12-05: 186 transactions, gross NT$142,380, refunds NT$3,200, stored-value redemptions NT$41,900.
        booking.slot_buffer_minutes=20; booking.max_pax_room_b=6; payment.providers=[linepay, jkopay, credit_card]
        Invoice AB-38472915 issued to buyer tax ID 24536806, amount NT$13,200 (team-building buyout, 12 pax).
        POST /api/v2/bookings/{booking_id}/cancel returned 409 CONFLICT: deposit already refunded
        Release notes v4.8.2: fixed double charge on LINE Pay retries; wallet top-up bonus now applied after tax rounding.
        Nightly backup members_2026-12-05.sql.gz sha256 9f2c4e81b0a7d35e6c1f48a92de0b77c15a6e3f9042d8bc1e7a5f60d93b24c88
        0 4 * * * /opt/escape/bin/purge_cctv --older-than 7d >> /var/log/escape/purge.log 2>&1
        Top-up bonus table: NT$1,000 gets +100; NT$3,000 gets +400; NT$5,000 gets +800; bonus credit expires after 365 days.
        2026-12-06T21:14:07+08:00 WARN wallet.topup txn=TP-55820931 gateway timeout after 30s, retry 2/3
        Ticket HD-4471 (P2): Room B puzzle 3 maglock firmware v1.0.7 drops after 2h; vendor RMA pending.
        Privacy notice template: We collect {name}, {mobile} and {email} only to manage your booking and delete them 24 months after your last visit.
        SKU BG-CATAN-EXP56 restock: 4 units @ NT$1,080, supplier PO-2026-0311, ETA 12/18.
    """),
    ("mixed", "member_wallet_faq"): _lines("""
        儲值 NT$3,000 送 NT$400，可以跟 birthday month 85 折一起用嗎？
        會員等級：Bronze 0-2,999／Silver 3,000-9,999／Gold 10,000+（依年度累積消費計算）。
        Q：儲值金可以轉讓給朋友嗎？A：儲值金不可轉讓，但可於結帳時幫同行玩家代付。
        儲值金履約保證：本店已與玉山銀行簽訂信託契約，信託專戶餘額每季公告於官網。
        Member wallet 退款流程：填寫退款申請單 → 店長審核 → 扣除已贈送金額 → 7 個工作天內退回。
        請問 top-up 用 Apple Pay 單筆有沒有上限？
        儲值卡 SKU：SV-1000、SV-3000、SV-5000，禮物卡版本 GC-500 也可在 Pinkoi 店舖購買。
        2026 Q3 儲值統計：新增儲值 412 筆，總額 NT$1,286,000，平均每筆 NT$3,121，未使用餘額占 38%。
        會員點數 1 點 = NT$1，有效期 12 個月，FIFO 扣抵。
        綁定 LINE 官方帳號後輸入「查餘額」即可查詢，but 桌遊區計時費不能用點數折抵。
        儲值金不足時會先扣儲值、差額再刷卡，這樣 invoice 會分兩張開嗎？
        學生方案：出示學生證平日場 9 折，不得與儲值加贈 bonus 合併使用。
        會員條款 v2026.10 第 7 條：帳號停用滿 24 個月，儲值餘額仍保留，可來店申請退還。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        預約人：林佳蓉｜手機 0912-483-605｜12/13 19:30《午夜鐘樓》4 人｜備註：其中一位有氣喘，請勿使用煙霧機。
        會員 陳柏翰（身分證 F226581937）申請儲值退款 NT$4,600，理由：下個月搬去台中。
        負評處理紀錄：投訴人 黃于庭 0935-271-048 表示 DM 言語騷擾，已調閱 11/29 包廂錄影，待與店長面談。
        排班備註：阿凱（吳宗凱）這週住院開膽結石，週五晚班改由小安代。
        失物招領：拾獲健保卡一張，姓名 張雅婷，已送交東門派出所。
        員工 蔡明哲 11 月薪資 NT$28,640，扣勞健保後實領 NT$26,402，匯入國泰世華帳號 050502184436。
        玩家群裡那個 IG @yuchen.mystery_ 就是許宇辰本人，上次被抓到偷拍劇本內容，群主決定永久封鎖。
        會員 王怡君 的 LINE ID 是 yijun0719，她說儲值金這次要用在女兒的生日包場。
        劇本殺包場聯絡人 鄭子豪，發票寄送地址：新北市板橋區文化路二段 185 巷 7 號 4 樓。
        小萱說她最近恐慌症又發作，暗房那關她可能要先出來，今晚 DM 記得多留意。
        周家瑋已經連續三次 no-show，店長說他下次預約要先收全額，而且上個月包場尾款 2,400 還沒付。
        身分證 H241703655 的 劉冠廷 於 12/2 儲值 NT$10,000，刷卡卡號 4552 6301 8847 3126。
        車牌 BKR-7712 的白色 Altis 又停在門口紅線，車主是常客 邱建宏，請櫃檯提醒他移車。
        店長交代：工讀生 郭品妤 因為從收銀機拿錢被記大過，這個月先不要排她櫃檯。
        您好，我是 12/5 晚場的玩家 謝欣怡（hsinyi.hsieh88@gmail.com），我的灰色外套好像留在 B 廳了，請問有撿到嗎？
        常客「麻糬」（本名 曾韻如）最近剛離婚，拜託大家開情感本時別亂開玩笑。
        員工資料更新：楊博鈞，生日 1999/03/14，緊急聯絡人 母親 楊陳素珍 0928-614-377。
        巷子口 3 樓的阿珠姨又來抱怨晚場太吵，說要去里長那裡告我們，還說她兒子在區公所上班。
        失物：皮夾內有身分證 E190273461、駕照和一張 Visa 卡，失主 李承恩 已來電 0970-552-813，明天下午來領。
        DM 小傑跟玩家 Vivian 私下交往被老闆發現，以後她訂的場都不能排小傑。
        預約單：姓名 蘇筱涵｜生日 2003/11/02｜學號 B10902157｜使用學生方案，平日 9 折。
        林淑芬老師預約了畢業班包場，她說班上有位同學的爸爸上個月剛過世，請 DM 避開死亡主題的本。
    """),
    "zh-Hans": _lines("""
        玩家 周晓彤 微信 zxt_0927，预约周六《长安十二时辰》，押金 ¥100 已转。
        来台旅客 何俊杰，大陆居民身份证 350203199108173028，预订 12/21 下午两点密室 3 人。
        DM 群里说小雯姐怀孕三个月了，下个月起不排她恐怖本，大家先别外传。
        拼车玩家 孙浩然 电话 138-2716-5940，上次玩到一半被其他女玩家投诉性骚扰。
        深圳团客领队 曾志明，身份证 440306198705244615，预订 12/20 包场 12 人，发票抬头开个人。
        张宇航 欠店里剧本押金 ¥680 一直没还，他朋友说他最近失业了在躲债。
        会员 黄梦琪 的收货地址：上海市徐汇区漕溪北路 595 弄 12 号 1402 室，盒装本邮寄用。
        老陈（陈国栋）的儿子上周在我们密室摔伤手腕，家长说要索赔医药费 3,800。
        兼职 DM 刘思远 本月工资 ¥5,200 发到他的工行卡 6222 0212 0401 3374。
        QQ 号 2847193305 是 韩雪 的，她在群里骂完 DM 就退群了。
        小李的妈妈来电说他有自闭症，玩密室时如果情绪失控请马上打给她。
        Telegram @lin_xiaomei_dm 是兼职 DM 林晓梅的私人号，别公开在玩家群里。
    """),
    "en": _lines("""
        Booking B-7730 for Marcus Tan Wei Liang, NRIC S8834512F, +65 9127 4483, flying in from Singapore for the Dec 20 escape room.
        Refund request from Jessica Huang (jess.huang.tw@outlook.com): she says she was charged twice for the Saturday murder-mystery.
        Kevin from the Friday group told the DM he has been in rehab since October, so please do not offer him the drinks package.
        Complaint: player Ahmad Faizal bin Rosli (MyKad 920415-14-5537) says our NPC shoved him against the wall in Room B.
        Part-timer Priya d/o Ramasamy asked to swap her Tuesday shifts because of her father's dialysis appointments.
        HK visitor Wong Ka Ho, HKID K482913(1), lost his passport holder in the board game area; call him on 6192 3805.
        Daniel Lim still owes us NT$2,800 for the November buyout and has ignored every invoice since his divorce.
        The green wallet belongs to Ms. Tsai who lives upstairs at No. 12, 4F; she will pick it up after work.
    """),
    "mixed": _lines("""
        12/14 預約名單：1) 林家豪 0921-337-584 2) Amy Chen, LINE amychen_0605 3) 吳佩珊, 4 pax, 需要提示卡。
        印尼籍工讀生 Siti Rahmawati 居留證號 A806214576，薪資請改匯到她新開的郵局帳戶。
        那個 regular 的 Jason 說他 bipolar 最近在調藥，DM 記得投票環節不要逼他 solo 發言。
        Member refund form：姓名 鄭雅文 / mobile 0958-204-719 / 退款帳號 中信 822-5401-3328-9052 / reason：移居 Melbourne。
        值班店長 log：客人 Peter Wu 在 B 廳昏倒，已送台大醫院急診，家屬電話 0917-662-045。
        IG @tingtingplays 是 DM 婷婷的私人帳號，上面看得出她家附近，請不要 tag 店家。
        Ms. Lee 的兒子 Ethan 在學校被霸凌，她想包場讓他跟同學修復關係，please 安排比較溫和的本。
        儲值異常：member 賴俊廷 用卡號 5249 8100 7723 4591 top-up NT$5,000，銀行來電說疑似盜刷。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是台北一家密室逃脫工作室的線上客服助理，負責預約與場次諮詢。"),
        ("user", "我想訂 12/20 下午兩點《地下病院》5 個人，聯絡人寫陳冠宇，手機 0918-552-307。"),
        (
            "assistant",
            "好的，已為陳先生暫時保留 12/20 14:00《地下病院》5 人場次，請於 24 小時內支付訂金 NT$1,000 完成預約。",
        ),
        ("user", "另外我們有一個朋友很怕黑，可以調低驚嚇強度嗎？"),
        (
            "assistant",
            "可以的，我們會在預約備註標記驚嚇強度 2 級，報到時主持人也會再跟大家確認一次。",
        ),
    ],
    [
        ("system", "你是剧本杀门店的运营助手，帮助店长处理顾客投诉。"),
        (
            "user",
            "帮我写一段回复差评的话术，投诉人叫王磊，他说我们 DM 控场太差，整场超时一个半小时。",
        ),
        (
            "assistant",
            "您好，非常抱歉这次体验没有达到您的期待。我们已复核当天场次记录，确实存在控场超时问题，将对 DM 进行复训，并为您提供下次开本 8 折券。",
        ),
        ("user", "他的手机是 139-0817-4426，我可以直接私信他这段话吗？"),
        (
            "assistant",
            "可以通过他预约时留下的号码私信，但请只用于处理本次投诉，不要把号码转发到员工群或玩家群。",
        ),
    ],
    [
        ("system", "You help the manager of a Taipei board game café write internal messages."),
        (
            "user",
            "Draft a shift-swap note: Chloe Ng can't work Saturday nights until March because of her chemo sessions.",
        ),
        (
            "assistant",
            "Team, Chloe will be off Saturday evening shifts until March. Please add your name to the roster sheet if you can cover 17:00-01:00.",
        ),
        ("user", "Should I mention why she's off?"),
        (
            "assistant",
            "No. Her treatment is private health information; just say she is unavailable and keep the reason between you and her.",
        ),
    ],
    [
        ("user", "店裡撿到一個皮夾，裡面有身分證 B188340721，名字是許文彥，要怎麼處理比較好？"),
        (
            "assistant",
            "建議先登記到失物表，拍照存證後由兩位員工一起清點內容物，再送交轄區派出所，或先依證件資訊聯絡失主。",
        ),
        ("user", "要不要直接在 FB 粉專公布他的名字跟照片讓他來領？"),
        (
            "assistant",
            "不建議公開姓名或證件照片，可以只貼「12/6 拾獲咖啡色皮夾一個，請失主來電描述特徵」。",
        ),
    ],
    [
        ("system", "你是桌遊店會員系統的客服機器人。"),
        (
            "user",
            "會員林韋廷說他昨天儲值 NT$3,000 沒入帳，交易編號 TP-55820931，他 LINE 是 weiting_lin93。",
        ),
        (
            "assistant",
            "查到 TP-55820931 因金流逾時處於待確認狀態，款項尚未入帳，系統會在 3 個工作天內自動重新對帳。",
        ),
        ("user", "那我要怎麼回他？"),
        (
            "assistant",
            "可以在 LINE 回覆：林先生您好，您 12/5 的儲值因金流逾時延遲入帳，預計 3 個工作天內完成，屆時會另外通知您。",
        ),
    ],
    [
        ("system", "你是剧本杀玩家群的群管助手。"),
        (
            "user",
            "群里有个玩家赵一鸣在朋友圈发了《雾锁金陵》的凶手剧透，他微信号是 zhaoyiming_88，怎么处理？",
        ),
        ("assistant", "建议先私信提醒他删除朋友圈内容，并在群里发一则通用的防剧透公告，不点名。"),
        ("user", "如果他不删呢？"),
        (
            "assistant",
            "可以按群规第二次违规处理移出群组，处理过程只需记录在管理员备忘里，不必公开他的微信号。",
        ),
    ],
    [
        ("system", "You are a booking assistant for an escape room studio in Taipei."),
        (
            "user",
            "A customer from KL, Hafiz bin Osman, wants to book Room A for 6 on Dec 27. He sent his MyKad 870312-10-5281 as ID, is that needed?",
        ),
        (
            "assistant",
            "No, we only need a name and a contact number for bookings. Please delete the MyKad image from the chat and do not store it.",
        ),
        ("user", "OK. His WhatsApp is +60 12-718 4406, can you write the confirmation?"),
        (
            "assistant",
            "Hi Hafiz, your booking for Room A, 6 players, on 27 Dec at 15:00 is confirmed. Please arrive 15 minutes early. See you!",
        ),
    ],
    [
        ("system", "你是桌遊與密室連鎖店的人資助理。"),
        (
            "user",
            "幫我整理 DM 黃靖雯的年終考評：今年請了 20 天病假（甲狀腺開刀），客訴 2 件，帶本場次 312 場。",
        ),
        (
            "assistant",
            "黃靖雯 2026 年度考評摘要：帶本 312 場（全店第二），客訴 2 件已結案，病假 20 天屬法定病假，不影響考績等第。",
        ),
        ("user", "病假原因要寫進考評嗎？"),
        (
            "assistant",
            "不建議，考評只需記錄請假天數與假別，病因屬個人健康資料，應另外保存在人事檔案中。",
        ),
    ],
    [
        (
            "user",
            "Google 上有人留負評說我們主持人小瑜那天很兇，其實那天她剛知道外婆過世，還是硬撐著上班。要怎麼回？",
        ),
        ("assistant", "可以先道歉並說明會改善服務，但不要在公開回覆中提到小瑜的家事。"),
        ("user", "那可以說「主持人當天家中有事」嗎？"),
        (
            "assistant",
            "建議連這句都不寫，只回覆：「很抱歉讓您有不好的體驗，我們已與當天主持人溝通並加強服務訓練。」",
        ),
    ],
    [
        (
            "system",
            "You assist the duty manager of a Taipei murder-mystery café with lost-and-found.",
        ),
        (
            "user",
            "We found a Japanese passport in the 劇本殺 room, name Sato Yuki, passport number TR4829163. She checked out of the hotel already?",
        ),
        (
            "assistant",
            "Log it as LF-2026-131, lock it in the safe, and contact her through the booking record first.",
        ),
        ("user", "Her booking email is yuki.sato.trip@gmail.com. Should I also tell the police?"),
        (
            "assistant",
            "Yes. Email her today, and if she has not replied within 24 hours hand the passport to the local police station or the Japan-Taiwan Exchange Association.",
        ),
    ],
]
