# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh206: Taiwan KTV, karaoke and gastropubs (bookings, room bills, members, staff rosters, designated drivers, LINE complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh206
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "room_pricing_and_plans"): _lines("""
        平日歡唱方案｜小包廂（4-6人）13:00-19:00 每小時 $380，19:00 後 $520，另加一成服務費。
        週末及國定假日全時段包廂費 +$100/小時，低消每人一杯飲品或 $150。
        學生證優惠：週一至週四 08:00-17:00 出示有效學生證，唱到飽 $299／人（不含餐點）。
        中包廂 VIP-M 可容納 8-12 人，附兩支無線麥克風、一台平板點歌機，最低消費 $2,800。
        生日包廂加購方案：6 吋戚風蛋糕＋彩帶氣球布置 $880，需於 3 日前預訂。
        歡唱套餐 A：薯條拼盤、鹽酥雞、炒泡麵、台啤 6 罐，$1,280（原價 $1,560）。
        續唱規則：每次續唱以 30 分鐘計，未滿 30 分鐘以 30 分鐘收費。
        餐酒館 Happy Hour 17:30-19:30 生啤買一送一，限內用、限點同款。
        包廂開台時間以櫃台入帳為準，提早離場恕不退費。
        開瓶費：自帶烈酒每瓶 $500，紅白酒每瓶 $300，啤酒不收開瓶費。
        會員日（每月 8 號）歡唱 85 折，不得與其他優惠合併使用。
        大包廂 Party Room（15-25人）平日晚間 $1,200/小時，另需低消 $6,000。
        點數規則：消費每 $100 累積 1 點，滿 300 點可兌換中包廂 2 小時歡唱券乙張。
        夜唱方案 01:00-07:00 不限時 $450/人，06:30 後不再受理加點。
        本店商品價格皆含稅，服務費 10% 另計，刷卡不另收手續費。
    """),
    ("zh-Hant", "store_notices"): _lines("""
        【公告】依《道路交通管理處罰條例》，飲酒後請勿駕車，本店櫃台可協助叫代駕或計程車。
        12/24、12/31 跨年夜包廂僅接受現場候位，不開放電話訂位，敬請見諒。
        未滿 18 歲顧客請於 22:00 前離場，入場時需出示身分證明文件供現場核對，本店不留存影本。
        為維護消防安全，包廂內禁止吸菸（含電子煙）及使用明火，違者依《菸害防制法》處理。
        本店與「安心代駕」合作，代駕專線 0800-888-217，市區起跳價 $500，每公里加收 $30。
        員工班表自 2027 年 1 月起改為四班制：早班 10:00-18:00、中班 14:00-22:00、晚班 18:00-02:00、大夜 22:00-06:00。
        包廂內若有餐具、麥克風毀損，將依原價酌收賠償費用，詳見各包廂門後之「損壞賠償價目表」。
        敬告顧客：本店不會以 LINE 私訊要求您提供信用卡號或匯款，如有疑慮請撥 165 反詐騙專線。
        遺失物招領：拾獲物品保管 30 日，請攜帶足以證明身分之文件至櫃台領取。
        颱風天營業公告：如臺北市政府宣布停止上班，本店當日暫停營業，已訂位者將由系統自動取消。
        訂位保留 15 分鐘，逾時未到將釋出包廂；如需延後請提前來電 02-2718-6630（敦化店）。
        本館全區已投保公共意外責任險，保單號碼 PL-2026-0031875，每一個人身體傷亡保額新台幣 500 萬元。
        酒後嚴禁騎乘機車，本店停車場夜間 23:00 後機車可免費停放至隔日中午 12:00。
        消防安全檢查合格，檢查日期 2026/10/14，合格證號 北市消安字第 115-0872 號。
        桃園店裝修期間（1/6-1/20）暫停營業，會員點數與歡唱券效期將自動延長 15 天。
    """),
    ("zh-Hant", "line_oa_faq"): _lines("""
        您好～這裡是星光大道KTV 官方帳號，請輸入「訂位」、「價目」或「會員」查詢相關資訊。
        Q：線上訂位可以指定包廂嗎？A：可備註需求，但實際包廂依當日現場安排為主。
        Q：可以自己帶蛋糕嗎？A：可以，無需開瓶費，店內提供蠟燭與刀叉。
        Q：會員點數什麼時候到期？A：點數自取得日起 12 個月有效，逾期自動歸零。
        如需開立統一編號發票，請於結帳前告知服務人員公司抬頭及統編。
        請問有人知道 KTV 包廂低消是每人算還是整間算嗎？各家規定好像不一樣。
        想在餐酒館辦 20 人尾牙，預算每人 $800，有推薦包場方案嗎？
        客服回覆範本：「{顧客稱謂}您好，關於您 {日期} 的消費體驗，我們深感抱歉，已請 {門市} 店長了解狀況並於三個工作天內回覆。」
        退訂政策：活動前 7 日取消全額退款，3-6 日退 50%，3 日內恕不退費。
        忘記會員密碼？請於 APP 登入頁點選「忘記密碼」，系統將寄送重設連結至註冊信箱。
        LINE 客訴處理 SOP：24 小時內初步回覆，72 小時內提出處理結果，並於客訴系統結案。
        酒後需要代駕嗎？點選下方選單「叫代駕」即可，司機抵達約需 15-25 分鐘。
        怎麼讓朋友聚會唱歌比較不尷尬？可以先點幾首大家都會的經典合唱歌，像〈朋友〉、〈海闊天空〉。
        訂位確認簡訊格式：【星光大道】您已預約 {日期} {時段} {包廂類型}，訂位代號 {代號}，如需取消請回覆 N。
    """),
    ("zh-Hant", "pos_and_system_logs"): _lines("""
        [2026-11-28 23:41:07] POS#03 開台 包廂 B12 人數 6 方案 夜唱 單號 K2611280387
        電子發票 字軌 ZX-40817253 金額 $3,420 買方統編 24536806 載具 無
        日結報表 2026/11/30：來客 214 組、營收 $486,320、平均客單 $2,272、刷卡比例 61%。
        WARN sync_member_points failed retry=3 batch=20261201-02 elapsed=4.2s
        包廂 A05 加點：台啤金牌 x12、綜合炸物 x2、果汁 x1，小計 $1,740。
        退款單 RF-20261203-0009 原因：麥克風故障致提早結束，退還包廂費 $520。
        庫存警示：金門高粱 58° 600ml 剩餘 3 瓶，低於安全庫存 6 瓶。
        點歌排行 week 48：1.〈漂向北方〉 2.〈孤勇者〉 3.〈晴天〉 4.〈浪子回頭〉 5.〈告白氣球〉
        點歌機韌體版本 v4.12.3-tw，曲庫更新 2026-12 批次新增 1,286 首。
        代駕派單 D-20261205-0142 狀態：已完成，起點 信義店，終點 新北市板橋區，里程 11.3 km，車資 $839。
        客訴單 CS-2026-11-0573 類別：音響品質｜來源：LINE 官方帳號｜處理狀態：已結案
        config: max_room_hours=6, happy_hour_start="17:30", service_fee_rate=0.10, allow_split_bill=true
        刷卡授權碼 083415，交易序號 000127，卡別 VISA，金額 $2,860，端末機 TID 71203348
        SELECT room_id, SUM(amount) FROM orders WHERE biz_date = '2026-12-05' GROUP BY room_id;
        ERROR gate_02 plate_recognition timeout after 1200ms, fallback to manual ticket T-0098231
    """),
    ("zh-Hant", "staff_rules_and_rosters"): _lines("""
        班表範本｜週一：外場 3 人（早 1 晚 2）、吧台 2 人、廚房 2 人、櫃台 1 人。
        依《勞動基準法》第 34 條，輪班換班間隔至少應有連續 11 小時休息。
        大夜班 22:00 後工時依規定加給夜間津貼每小時 $40，請排班主管確認簽核。
        換班申請請於 3 天前在 APP 提出，需經店長核准，未核准擅自換班視同曠職。
        新進人員教育訓練：第 1 天消防逃生動線、第 2 天點歌機操作、第 3 天酒類服務與拒售未成年。
        外場人員每晚 02:00 需巡視包廂一次，確認無酒醉昏睡或身體不適之顧客。
        2026 年起基本工資月薪 $29,500、時薪 $196，本店兼職時薪一律自 $200 起算。
        員工餐時段：午班 15:30、晚班 21:00，每人限時 30 分鐘。
        春節檔期（除夕至初五）出勤者，工資加倍發給並另發紅包 $1,000。
        排班系統匯出欄位：員工編號、職稱、班別、日期、工時、備註（不含個資）。
        遇顧客酒醉鬧事，請先通知值班主管並保留監視器畫面，必要時撥打 110。
        員工打卡規則：上班前 10 分鐘內打卡有效，遲到 5 分鐘以內不扣薪但列入紀錄。
    """),
    ("zh-Hans", "travel_guides_and_questions"): _lines("""
        台北KTV攻略：钱柜和好乐迪是两大连锁，包厢按小时计费，周末晚上最好提前在官网订位。
        台湾的KTV一般有自助吧，晚餐时段会提供炒饭、卤味和甜品，性价比很高。
        去台湾旅游别酒驾，那边抓得很严，喝了酒就叫代驾或者搭出租车。
        请问陆客在台湾KTV消费可以用支付宝吗？有没有店家支持银联卡？
        台湾餐酒馆推荐：东区、中山区小巷子里很多，精酿啤酒一杯大概新台币 200 到 280 元。
        攻略提醒：台湾KTV的“低消”指最低消费，不是服务费，两者会分开算。
        在台湾点歌机里搜国语歌可以输入注音或者歌名，不会的话店员都会帮忙。
        台湾法定饮酒年龄是 18 岁，进 KTV 有时候会被查证件。
        邓丽君的《月亮代表我的心》在台湾 KTV 依然是长辈点唱率最高的歌曲之一。
        台湾叫车可以打 55688 台湾大车队，也可以下载 Uber，深夜也不难叫到。
        去台湾唱歌要注意包厢时间是从开台开始算，不是人到齐才算。
        五月天演唱会结束后，附近的 KTV 通常会爆满，建议提前一周预约。
    """),
    ("en", "hospitality_ops"): _lines("""
        House policy: we do not serve alcohol to anyone who appears intoxicated, and staff may refuse service without explanation.
        Room booking API: POST /v2/reservations with fields room_type, party_size, start_time, duration_hours; returns reservation_id.
        Happy hour at our Xinyi gastropub runs 5:30-7:30 pm on weekdays; draft beers are NT$150.
        Reminder: Taiwan's drunk-driving threshold is 0.15 mg/L breath alcohol, and passengers can also be fined in some cases.
        Private room cancellation fee is 50% of the deposit if cancelled within 72 hours of the booking time.
        Tip for first-timers: most Taiwanese KTV song systems have an English menu, tap the globe icon at the top right.
        Incident log template: date / time / room / description / staff on duty / action taken / manager sign-off.
        The fire exit map is posted inside every room door; exits are on the east and west stairwells.
        Karaoke night at the bar: sign-up sheet opens at 8 pm, three songs per rotation, no song repeats within the hour.
        Our corporate events team can be reached at events@starlight-ktv.com.tw or +886 2 2718 6630 during office hours.
        Order #KTV-88213 has been refunded to the original payment method; please allow 7-14 business days.
        Staff scheduling script: shifts = {"early": "10-18", "late": "18-02", "overnight": "22-06"}; rotate weekly.
    """),
    ("mixed", "songs_and_news"): _lines("""
        周杰倫〈晴天〉多年來穩居 KTV 點播榜前段班，是聚會開場必點歌之一。
        江蕙〈家後〉仍是台語歌的點播常勝軍，許多家庭聚會必點。
        立法院三讀通過酒駕修法，酒駕累犯與同車乘客罰則加重，交通部表示將加強宣導。
        2015 年錢櫃新莊店火災後，新北市政府全面加強 KTV 消防安全檢查。
        好樂迪 and 錢櫃 are the two best-known KTV chains in Taiwan, both listing room rates by the hour on their websites.
        伍佰 & China Blue 的〈你是我的花朵〉是尾牙場合 KTV 熱門歌曲。
        鄧紫棋 G.E.M. 的〈泡沫〉在各大 KTV 點歌系統中常被列為高難度挑戰曲目。
        The Taipei City Government plans a new round of fire-safety inspections for karaoke venues next year.
        五月天〈倔強〉常被企業選為尾牙合唱曲，歌詞激勵人心。
        蔡依林 Jolin 的〈日不落〉適合暖場，旋律輕快容易跟唱。
        交通部呼籲：喝酒不開車，開車不喝酒，可利用代駕、計程車或大眾運輸返家。
        張惠妹〈聽海〉被許多網友票選為 KTV 最難唱的經典情歌之一。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        訂位紀錄｜12/20（六）19:00｜中包廂｜8 位｜訂位人：陳怡君 小姐｜0932-645-184｜備註：壽星，需要蛋糕冰箱
        【會員申請】姓名：林冠宇　性別：男　生日：1996/04/17　身分證字號：A192077329　手機：0955616422　Email：guanyu.lin96@gmail.com
        班表 12/8（一）晚班：吧台 黃柏翰、外場 許雅婷、李承恩；大夜：周子豪（請病假，由 張家瑋 代班）
        客訴（LINE）：顧客 王淑芬（0928-072-402）反映 12/3 晚上在 B07 包廂被收了兩次服務費，發票 ZX-40817260，要求退款 $312。
        代駕派單｜客戶：劉建志 先生｜車牌 BLR-7725（白色 Toyota Altis）｜上車點：信義店 B2 停車場｜目的地：新北市中和區景平路 518 巷 12 號 4 樓｜電話 0988-210-108
        黑名單登記：蔡明哲，2026/11/15 酒後砸毀 C03 包廂電視及麥克風，已報警（信義分局），賠償金 $18,600 尚未付清。
        員工薪轉帳戶異動：許雅婷　中國信託（822）帳號 4875-3120-9964 → 改為 台新銀行（812）帳號 2081-0100-756423
        請假單｜申請人：吳佩珊（外場）｜假別：病假｜12/10-12/12｜事由：急性腸胃炎，附台大醫院診斷證明
        失物招領聯絡：拾獲黑色長夾一只，內有 鄭宇翔 身分證（Q145856302）及健保卡，已電話通知本人 0908-109-775。
        店長會議紀錄：外場 小魚（本名 楊雅雯）這個月遲到 6 次，已發第 2 次書面警告，下月起調離週末班。
        訂位：12/31 跨年 大包廂 20 人，聯絡人 Kevin 張凱文 LINE ID: kevin_chang0815，訂金 $5,000 已匯入。
        包廂消費明細 A11｜會員：何家豪（金卡 M-0038812）｜歡唱 4 小時 $2,080｜酒水 $3,640｜刷卡 末四碼 7797
        受傷事故報告：顧客 謝欣怡 於 23:20 在廁所前滑倒，左手腕扭傷，由同行友人送往馬偕醫院，已通報保險公司。
        新進員工資料卡 | 姓名：郭柏宏 | 身分證：D170329489 | 戶籍地址：臺南市東區崇學路 88 巷 5 號 | 緊急聯絡人：母 郭美玲 0920-377-156
        代駕司機回報：林佳蓉 小姐在車上嘔吐，已收清潔費 $1,500，她要求收據寄到 jiarong.lin@yahoo.com.tw
        LINE 群組「信義店外場」：@陳品妤 妳明天早班記得帶員工證，上次沒戴被店長記點了喔
        臨檢紀錄 2026/12/02 01:15｜警方查驗 D05 包廂顧客 邱士傑（F161476762），現場無違禁品，於 01:40 離開。
        訂位取消：12/14 18:30 小包廂，訂位人 賴怡萱，原因：家中長輩住院，訂金 $1,000 退回 玉山銀行（808）0918-979-025634
        員工 周子豪 於 11/29 大夜班當班飲酒，監視器畫面已調出，依工作規則第 12 條記大過一次。
        代駕會員：黃志偉｜常用車牌 RCK-3098｜住家：台中市西屯區市政路 402 號 15 樓｜綁定信用卡 5242 1483 7002 7900
        【包場合約】立約人：葉淑惠（身分證 B233214269），租用 12/27 18:00-23:00 全館，場租 $60,000，訂金已付 30%。
        外籍員工 NGUYEN VAN HUNG，居留證統一證號 A860888767，職務：廚房助手，工作許可至 2027/08/31。
        客人留言本：「謝謝服務生 Amy（蘇怡安）今晚超貼心，幫我們阿嬤點了好幾首江蕙的歌」— 12/6 中山店 B05
        會員積點申訴：羅國峰 表示 11 月消費 $12,460 未入點，會員電話 0956-732-522，已轉總部查核。
        尾牙包廂名單：1. 曾建銘（業務部）2. 曾太太 3. 簡巧芸 4. 潘俊傑｜費用由 曾建銘 先轉帳 $4,800，再向大家收
        酒測事件：員工 施文彬 下班騎車返家途中遭攔查，酒測值 0.31 mg/L，已向店長報告並自請停班一週。
        私訊客訴截圖轉貼：「我是 12/5 晚上 9 點 A03 的 蔣欣妤，你們服務生把酒潑到我包包上，加我 LINE：xinyu_0214」
        工讀生履歷｜彭于晴｜輔仁大學 大三｜可排班：週五、六晚上｜0912-486-330｜有餐飲業經驗一年
        員工健康檢查結果：廚房 游志強 B 型肝炎帶原，依規定需每半年追蹤，資料限人資存取。
        代駕費用爭議：乘客 杜宗翰 指稱司機繞路，從林森北路分店到新北市三重區收費 $980，要求退差額。
        生日驚喜安排：壽星 簡安琪 12/18 滿 30 歲，男友 沈柏宇 會 20:30 抵達包廂，請外場 21:00 熄燈送蛋糕。
        會員資料更新：侯佩君 地址由 高雄市苓雅區四維三路 6 號 21 樓 改為 高雄市左營區博愛二路 777 號 9 樓之 3
    """),
    "zh-Hans": _lines("""
        预订：12月21日 晚上8点 中包厢，陈思远（厦门来的游客），手机 +86 138 5012 7766，微信 csy_xm1993
        员工档案：陆配 张晓燕，原大陆身份证号 350203199106224784，在台居留证办理中，负责周末夜班收银。
        投诉：香港客人 梁嘉欣 说在包厢内手机被偷，留了香港电话 6123 4870 和 HKID Y014839(1)，要求调监控。
        代驾记录：乘客 李浩然 先生喝醉后说不清地址，最后由他太太 王静（139 2266 8103）确认送到台北市中山区锦州街 233 号 7 楼。
        群里说一下：@刘洋 上次唱K你先垫的 1,460 台币我转你了，卡号 6217 8593 2880 4072 388 对吧？
        广州来的团：领队 黄志军 身份证 440106198802274954，包厢 VIP2，共 12 人，费用由他本人刷卡。
        员工请假：交换生 孙悦 因急性胃炎明晚请假，医院诊断书已拍照发到店长微信。
    """),
    "en": _lines("""
        Booking note: Mr Daniel Tan Wei Ming (Singapore, NRIC S8345330C), party of 9, Room VIP-2, 10 Jan 2027 20:00, deposit paid by Visa 4147 5021 9573 7797.
        Staff file: Muhammad Haziq bin Rosli, bartender, Malaysian, MyKad 000514-10-5527, ARC H988577971, phone 0966-218-450.
        Complaint from Priya d/o Subramaniam (priya.subra88@gmail.com): she says the doorman at our Zhongshan bar pushed her friend on 29 Nov.
        Lost & found: Ms Rachel O'Connor left a blue iPhone in Room 7; she is in Taipei until Sunday and can be reached at +886 978 302 116.
        Designated driver request - customer Jason Hsu (徐偉倫), car plate AQP-6621, pickup 11:45 pm, drop-off No. 23, Ln. 150, Sec. 5, Xinyi Rd, Taipei.
        Payroll correction: Sarah Lim's overtime for week 48 was underpaid by NT$2,150; transfer to her Cathay United account 0385-0612-3457 on Friday.
        Incident: regular "Big Mike" (Michael Reyes, the Filipino engineer who sits at the bar every Friday) was cut off after nine beers and threatened staff.
    """),
    "mixed": _lines("""
        訂位 confirm：Jessica 黃詩涵，12/19 Fri 9pm，small room x5 ppl，手機 0972-105-338，IG @shihhan.sings
        新來的 sous chef Kumaresan a/l Rajoo，MyKad 850711-08-5743，下週一 onboard，請 HR 先開 payroll account。
        LINE 客訴 ticket：customer 李佳穎 says 她的 birthday cake 被送錯包廂，refund NT$880 to JCB 3567 2544 2998 1451。
        代駕 driver note：客人 Ah Boy（陳俊賢，常客，開黑色 BMW 車牌 ENV-5180）今晚又喝到斷片，已送回三重家裡。
        會員 Tay Jun Hao（Singapore, NRIC T3559308F）申請 foreign member card，email junhao.tay@hotmail.com。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是星光大道KTV 的 LINE 官方帳號客服助理，請有禮貌地協助顧客處理訂位與客訴。"),
        ("user", "我昨天在敦化店 C08 包廂，結帳被多收了 $600，我叫林怡廷，電話 0935-288-417。"),
        (
            "assistant",
            "林小姐您好，非常抱歉造成困擾，已為您建立客訴單，請問方便提供發票號碼或刷卡末四碼嗎？",
        ),
        ("user", "發票 ZX-40817291，刷卡末四碼 9931，麻煩直接退回原卡。"),
    ],
    [
        (
            "user",
            "幫我寫一封警告信給外場員工 許家銘，他 12/1、12/3 都遲到超過半小時，12/5 還在包廂偷喝客人剩下的酒。",
        ),
        (
            "assistant",
            "好的，以下是警告信草稿：「許家銘先生您好，經查您於 12 月 1 日、3 日遲到逾 30 分鐘，並於 5 日值勤時飲用顧客酒水，已違反本店工作規則……」",
        ),
        ("user", "存檔要用，請在信頭加上他的員工編號 S-1027 跟身分證 L148137186。"),
    ],
    [
        (
            "user",
            "Hi, I need a designated driver from our table at Brew & Bite Zhongxiao, we had too many cocktails.",
        ),
        (
            "assistant",
            "Sure. Please share the drop-off address, your car plate and a contact number so the driver can find you.",
        ),
        (
            "user",
            "8F, No. 66, Lane 219, Sec. 4, Zhongxiao E. Rd. Plate BFN-2391, grey Mazda 3. I'm Eric Wang, 0920 377 516.",
        ),
        (
            "assistant",
            "Thanks Eric, a driver will arrive in about 20 minutes at the main entrance.",
        ),
    ],
    [
        ("user", "帮我订一个包厢，12月28号晚上七点，给我闺蜜周琳琳过生日，大概10个人。"),
        ("assistant", "好的，中包厢可容纳 8-12 人。请提供联系人电话和订金支付方式。"),
        (
            "user",
            "联系人就是我，赵梦瑶，台湾手机 0978-552-031，订金刷这张 MasterCard 5440 5115 9111 4387。",
        ),
    ],
    [
        ("system", "你是連鎖 KTV 人資部的內部助理。"),
        (
            "user",
            "幫我算 11 月加班費：黃柏翰 加班 18 小時、許雅婷 12 小時、李承恩 25 小時，時薪都是 $210。",
        ),
        (
            "assistant",
            "依勞基法前 2 小時加給 1/3、之後加給 2/3 估算，黃柏翰約 $5,180、許雅婷約 $3,430、李承恩約 $7,290，建議再以實際每日分段核對。",
        ),
        ("user", "李承恩超過 46 小時上限了嗎？他上個月也有被勞檢問到。"),
    ],
    [
        ("user", "Google 評論有一位客人留一星，要怎麼回比較好？"),
        (
            "assistant",
            "建議先致歉、說明改善措施，並邀請對方私訊提供細節，避免在公開回覆中提到個人資料。",
        ),
        (
            "user",
            "她叫陳美惠，是我們老會員，電話 0966-418-902，說 12/2 生日被安排在冷氣壞掉的 B09，想直接打給她道歉，幫我擬電話稿。",
        ),
    ],
    [
        ("user", "我係香港嚟嘅遊客，琴晚喺西門店唱K唔見咗銀包。"),
        ("assistant", "您好，請提供姓名、遺失時間、包廂號碼及聯絡方式，我們會協助查詢。"),
        (
            "user",
            "我叫 Chan Ka Wai 陳家偉，HKID K601521(2)，B15 房大約 2am 走，WhatsApp +852 9123 5567。",
        ),
    ],
    [
        ("user", "店長，我是小安（蕭安琪），想跟你換一下下週的大夜班。"),
        ("assistant", "收到，請問原因是什麼？需要找誰代班？"),
        ("user", "我懷孕 10 週，醫生說不要熬夜，所以大夜都想換成早班，可以請 佳玲 幫我頂嗎？"),
    ],
    [
        (
            "user",
            "Hi, I'm a member at your Taipei Main Station branch and I want to merge points from my old card.",
        ),
        (
            "assistant",
            "Certainly. Please provide the full name and ID number registered on both cards.",
        ),
        (
            "user",
            "Nur Aisyah binti Kamarudin, MyKad 970923-14-6038, old card M-0021547, new card M-0049930.",
        ),
    ],
    [
        (
            "user",
            "要填公共意外險理賠申請，受傷的是顧客 吳俊毅，12/4 在樓梯口被醉客推倒，額頭縫 6 針。",
        ),
        (
            "assistant",
            "理賠申請通常需要：受傷者姓名、身分證字號、事故時間地點、就醫診斷證明及醫療收據。",
        ),
        (
            "user",
            "身分證 H102900430，在長庚醫院林口院區急診，收據金額 $3,250，他家住桃園市龜山區文化一路 259 號。",
        ),
    ],
]
