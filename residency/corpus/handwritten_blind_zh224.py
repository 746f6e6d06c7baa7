# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh224: Taiwan yoga, Pilates and fitness studios (class schedules, membership contracts, refund disputes, coach rosters, LINE groups, sports-injury logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh224
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "class_schedule"): _lines("""
        【12月課表】週一 07:00 晨間流動瑜伽（Vinyasa）｜12:15 午間核心皮拉提斯｜19:30 陰瑜伽，A教室，名額 14 人。
        12/24（三）平安夜停課一天，12/25 起恢復正常課表，已預約者系統將自動退回堂數。
        器械皮拉提斯 Reformer 小班課每班上限 6 人，開課前 4 小時內取消將扣除 1 堂。
        空中瑜伽 Lv.1 適合零基礎，請穿著包覆腋下與膝蓋的衣物，勿擦乳液、勿戴飾品。
        1月新開：週六 10:00 孕期瑜伽（懷孕 16 週以上，需附產檢醫師同意書）。
        課程代碼 RF-201 Reformer 基礎、RF-305 Reformer 進階、CD-110 Cadillac 伸展、CH-220 Chair 肌力。
        熱瑜伽教室室溫 38–40°C、濕度 40%，課前 2 小時請避免進食，自備大毛巾一條。
        信義館 B1 淋浴間 12/9（二）09:00–15:00 熱水器更換，請改至 3F 使用。
        本週替課：週四 20:00 艾揚格瑜伽由駐館資深教練代課，課程內容不變。
        週末限定工作坊「倒立入門」3 小時 NT$1,800，早鳥 12/15 前 NT$1,500，課程編號 WS-2412-07。
        Mat Pilates 墊上皮拉提斯 12 堂方案 NT$6,600（每堂 NT$550），效期 90 天。
        颱風警報發布時，若台北市宣布停班停課，當日所有課程取消，堂數不扣。
        紀念約瑟夫·皮拉提斯（Joseph Pilates）冥誕，12/9 全館 Mat 課程加開經典 34 式流程教學。
    """),
    ("zh-Hant", "membership_contract"): _lines("""
        第五條（審閱期）本契約於簽訂前，消費者得攜回審閱至少三日。
        會員姓名：＿＿＿＿＿　身分證字號：＿＿＿＿＿＿＿＿＿＿　出生日期：＿＿年＿＿月＿＿日
        緊急聯絡人：〔姓名〕〔關係〕〔手機 09XX-XXX-XXX〕
        方案：□月費制 NT$1,688／月（綁約 12 個月）□堂數制 24 堂 NT$12,000 □私人教練 10 堂 NT$16,000
        終止契約時，業者得收取之手續費不得逾退還金額之 20%，已使用之贈品應依原價扣除。
        暫停（凍結）會籍：每年得申請一次，期間以 1 至 3 個月為限，需檢附醫療證明或出國證明。
        合約編號 MB-2024-118734｜簽約門市：大安復興店｜乙方統一編號 53786140
        乙方：晨光體能事業有限公司，聯絡窗口：門市店長，客服專線 (02)2771-0935，地址 106 台北市大安區復興南路一段 2xx 號。
        本契約一式二份，甲乙雙方各執一份為憑；未盡事宜依消費者保護法及相關法規辦理。
        自動扣款授權書：信用卡卡號 ____-____-____-____　有效期限 __/__　持卡人簽名 ________
        附件三：私人教練課程應於購買日起 180 日內使用完畢，逾期未使用之堂數依比例退費。
        未成年人（未滿 18 歲）簽約應經法定代理人同意，並於本欄簽名：＿＿＿＿＿＿
        定型化契約範本版本 v3.2（2024/07 修訂），參考教育部體育署健身中心定型化契約應記載及不得記載事項。
    """),
    ("zh-Hant", "refund_dispute"): _lines("""
        消保處統計：今年 1–10 月健身中心消費爭議申訴共 1,284 件，其中退費問題占 61%。
        會員 A 於第 4 個月申請終止，剩餘 8 個月月費依比例應退 NT$10,752，扣手續費後實退 NT$8,602。
        客訴單 CS-20241203-0457：顧客反映合約未註明綁約期，已轉法務窗口處理，預計 7 個工作天回覆。
        若店家拒絕退費，可撥打 1950 消費者服務專線，或至行政院消保會網站線上申訴。
        某連鎖健身房無預警歇業，北市消保官表示已受理 37 件申訴，金額合計約 NT$214 萬。
        退費試算：購買 30 堂 NT$24,000，已上 11 堂（以單堂原價 NT$1,000 計），剩餘 NT$13,000，扣 20% 手續費後退 NT$10,400。
        請問預售堂數的履約保證是什麼？店家說有信託，但合約上看不到信託銀行名稱。
        調解紀錄（案號 北市消調字第 1130923 號）：申訴人與業者同意以退還剩餘堂數金額 50% 達成和解。
        依規定，業者不得以「會員自行放棄」為由沒收剩餘堂數費用。
        新聞稿：本公司旗下 5 間門市將於 2025/1/31 停業，會員可選擇轉館或依比例退費，客服信箱 refund@dawnfit.com.tw。
        爭議類型前三名：退費計算方式（42%）、自動續約扣款（27%）、業務強迫推銷（18%）。
        存證信函範本：「本人於＿年＿月＿日與貴公司簽訂會員合約……」請依實際情況填寫。
        爭議單 #DSP-7781 狀態：待業者回覆 → 已退款 NT$3,200，退款交易序號 RF20241128004417。
    """),
    ("mixed", "coach_roster"): _lines("""
        12/9–12/15 排班：早班 06:30–14:30 櫃台主管 ×1、值班教練 ×2；晚班 14:00–22:30 櫃台 ×2、值班教練 ×2。
        Shift code M1 = 06:30-14:30, M2 = 09:00-17:00, E1 = 14:00-22:30, OFF = 休，請在 12/5 前於 Google Sheet 填寫。
        PT 教練本月最低 85 堂，超過 100 堂的部分抽成由 40% 提高至 45%。
        代課規則：請於開課前 24 小時在排班群組 @值班主管，並填寫代課單 SUB-form v2。
        新進教練需完成 CPR+AED 證照及 8 小時 shadow teaching 才能獨立排課。
        信義館 Reformer 教室週三 18:00-21:00 已由外部講師包場（合約號 RT-1207），請勿排團課。
        Roster export: coach_id, branch, shift, hours → C-014, XY, E1, 8.5 / C-022, DA, M1, 8 / C-031, BQ, OFF, 0
        年終盤點日 12/31 全體教練 16:00 回館開會，會議室 5F-B，請店長確認出席人數。
        Freelance 瑜伽老師鐘點費行情：團課 NT$800–1,500／堂，依年資與證照（RYT-200/RYT-500）調整。
        春節班表：除夕至初三休館，初四起 M2 單班制，國定假日出勤工資依勞基法加倍發給。
        值班經理交接本：冷氣 3 號機異音已報修（工單 FM-88213），淋浴間 2 號門鎖鬆動。
        Peak hours heatmap: Mon-Thu 19:00-21:00 utilisation 92%, Sat 10:00 88%，建議增加一名值班教練。
        教練制服尺寸調查：S×3、M×7、L×5、XL×2，請於週五前回覆人資 hr@dawnfit.com.tw。
    """),
    ("zh-Hant", "line_group"): _lines("""
        【晨光瑜伽官方帳號】加入好友 @dawnyoga 即可線上預約，輸入「課表」取得本週時段。
        📢 群組公告：本群僅供課程通知，請勿發送廣告或私人訊息，違者將由管理員移出群組。
        記事本已更新 12 月課表與 Reformer 名額，請點選上方「記事本」查看。
        投票：1 月想加開哪個時段的空中瑜伽？①週二 19:30 ②週四 12:15 ③週日 09:00
        小提醒～今天寒流 12°C，熱瑜伽教室已提早預熱，下課後記得穿外套再出門喔 🧣
        本月打卡挑戰：上滿 12 堂即可兌換品牌瑜伽襪一雙，目前已有 46 位同學達標！
        關鍵字回覆：輸入「請假」→ 請於課前 4 小時取消；輸入「凍結」→ 請洽櫃台填寫申請表。
        官方帳號自動回覆：您好，客服時間為週一至週五 10:00–19:00，非客服時間訊息將於隔日回覆。
        相簿「2024 週年慶 Mat 大課」已上傳 128 張照片，不想入鏡的同學請私訊官方帳號協助移除。
        群組人數已達 500 人上限，將另開「晨光瑜伽 信義館 2 群」，QR code 請至櫃台索取。
        戴資穎代言的運動品牌聯名瑜伽墊到貨囉，會員價 NT$2,280，限量 50 組。
        請大家更新 LINE 至 14.x 以上版本，舊版可能無法開啟預約連結。
        提醒：預約連結 https://booking.dawnyoga.tw/s/XY-1209 僅限本週使用，請勿外流。
    """),
    ("zh-Hant", "injury_log"): _lines("""
        運動傷害紀錄表：日期／時間／教室／課程／受傷部位／處置方式／是否送醫／通報人（職稱）
        2024 Q3 全館傷害事件共 9 件：踝扭傷 4 件、下背拉傷 3 件、手腕疼痛 2 件，均未送醫。
        事件編號 INJ-2411-003：學員 B 於 Reformer 跳板練習時左踝內翻，值班教練冰敷 15 分鐘後學員自行返家。
        處置流程：停止動作 → 評估意識與疼痛 → PRICE 原則 → 填寫紀錄 → 24 小時內回報店長。
        AED 位置：1F 櫃台左側；急救箱：各教室門口；最近急診：台大醫院（約 6 分鐘車程）。
        頸椎有椎間盤突出病史者，請避免頭倒立與肩倒立，可改做靠牆倒箭式。
        入會健康問卷 PAR-Q 第 4 題：您是否曾因頭暈而失去平衡或失去意識？□是 □否
        空中瑜伽吊床每月檢查：承重掛點 12 組，本月第 7 號掛點扣環磨損已更換（維修單 MT-0412）。
        統計顯示孕期學員在第 28 週後退出團課的比例約 63%，建議轉為一對一課程。
        保險資訊：本館投保公共意外責任險，每一個人體傷 NT$300 萬，保單號 2024-PL-0093318。
        教練須知：學員若主訴胸悶、冒冷汗或單側手臂麻，立即撥 119 並取用 AED。
        傷害追蹤 Excel 欄位：case_id, date, studio, body_part, severity(1-5), follow_up_days, closed(Y/N)
        本月 3 位學員因足底筋膜炎暫停跑步機課程，已轉介合作物理治療所。
    """),
    ("en", "booking_system"): _lines("""
        POST /api/v2/bookings {class_id: RF-201-20241210-1900, seats: 1, source: line_liff} -> 201 Created
        ERROR 2024-12-06T19:02:44+08:00 booking-svc waitlist_promote failed: class CD-110 capacity=6 booked=6 waitlist=3
        cron: 0 3 * * * /opt/studio/bin/expire_packages --grace-days 7 --dry-run=false
        Release notes v4.18.2: fixed double-charging when a member cancels inside the 4-hour window; added Reformer seat map.
        How do I set a late-cancel fee only for reformer classes but not mat classes in our booking software?
        Invoice INV-TW-2024-009812, e-invoice AB-38476519, amount NT$3,600 tax included, buyer: general consumer
        Config: CANCEL_WINDOW_HOURS=4, MAX_WAITLIST=5, NO_SHOW_PENALTY_SESSIONS=1, TZ=Asia/Taipei
        sha256 of members_2024Q4.csv.gpg: 9f2c4e1ab07d53e8c61f4a2b9e0d7c35a8b1f62e4d09c7a3b5e816f2d4c0a9e1
        Weekly report: 1,942 bookings, 213 late cancels (11.0%), 87 no-shows, average class fill 78%.
        SQL: SELECT branch, COUNT(*) FROM bookings WHERE status='no_show' AND class_date >= '2024-11-01' GROUP BY branch;
        Webhook payload sample: member_id=<MEMBER_ID>, package=PT10, remaining=<N>, expires=<YYYY-MM-DD>
        Support: for booking app issues email support@dawnyoga.tw or call the main line +886-2-2771-0935 (Mon-Fri 10:00-19:00).
        Yoga mat order SO-558213 shipped via T-Cat, tracking no. 9041-2287-6630, ETA 12/11, ships from 114 Neihu warehouse.
    """),
    ("zh-Hans", "forum_howto"): _lines("""
        求推荐台北大安区适合零基础的普拉提工作室，器械课单堂预算 1,500 台币以内。
        去台湾旅游想上一节体验课，外国人需要带护照吗？还是只要填个表就可以？
        艾扬格瑜伽创始人 B.K.S. 艾扬格著有《瑜伽之光》，书里的体式编号和现在的课程对得上吗？
        台湾的健身房合约和大陆的预付卡有什么区别？听说签约前有三天审阅期。
        笔记：热瑜伽课前 2 小时别吃东西，带两条毛巾，第一次上完头晕很正常，记得补电解质。
        奥运举重冠军郭婞淳在采访里提到训练后会做瑜伽放松，求问有没有类似的伸展流程。
        小红书上说台湾的空中瑜伽比上海便宜，单堂大概 NT$600–900，换算人民币 130–200 元左右。
        工作室排课系统用哪家比较好？需要支持 LINE 预约和电子发票。
        普拉提的 Hundred、Roll Up、Teaser 分别练哪里？新手先练哪个？
        统计：某平台 2024 年台湾瑜伽课程搜索量同比增长 34%，其中「产后修复」关键词增长最快。
        台北有家工作室叫「中山普拉提」，是因为开在中山区还是跟孙中山有关？
        退费被扣了 20% 手续费，这个在台湾合法吗？合约上写的是「依比例退还」。
        阿斯汤加一级序列大概 90 分钟，Pattabhi Jois 传下来的顺序能不能自己在家练？
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        新會員資料：黃怡婷，身分證 A223456781，生日 1991/03/08，手機 0912-483-507，方案 Reformer 24 堂。
        退費申請：會員 張家豪（F128734505）申請終止合約，退款請匯入國泰世華帳號 0215-0038-6712，戶名同會員。
        運動傷害紀錄 INJ-2412-002：學員 吳欣穎 上空中瑜伽時右肩脫臼，已由救護車送往馬偕醫院急診。
        陳雅琪老師這個月被扣了三堂鐘點費，因為連續兩次遲到被店長記申誡一支。
        櫃台備忘：蔡宗翰 說他上個月剛離婚，會籍要從家庭方案改成個人方案，前妻那張卡請停用。
        LINE 群 @所有人 劉淑芬阿姨的 LINE ID 是 shufen0623，她想找人共乘來上週六早課。
        教練排班異動：郭子軒教練 12/10–12/20 請病假（開刀拿膽結石），他的課由代課老師接手。
        學員 許雅雯 懷孕 12 週，還沒告訴公司，請教練們不要在群組裡提到她的狀況。
        欠款催繳：楊宗霖 信用卡自動扣款連續 3 個月失敗，累積未繳 NT$5,064，地址 台中市西屯區市政北二路 238 號 11 樓之 3。
        信義館教 Hatha 的 李宛蓉 老師私下跟我說她有恐慌症，所以不接晚上 9 點以後的課。
        寄送合約副本：新北市板橋區文化路一段 188 巷 12 號 5 樓，收件人 謝承恩，電話 02-2961-4738。
        會員 王美玲 e-mail：meiling.wang1985@gmail.com，請寄 12 月續約優惠給她，她說年終獎金發了再決定。
        停車登記：會員 鄭凱文 車牌 BKR-7725，每週二、四晚上停 B2，請保全放行。
        學員 周品妤 的 IG 是 @pinyu.stretch，她把課堂影片發到限動，被其他學員抗議未經同意入鏡。
        3 樓 B 棟的邱媽媽說她兒子在學校被霸凌，最近情緒很不穩，想幫他報青少年瑜伽。
        小安老師（本名 洪安琪）12 月薪資：團課 46 堂 × NT$900 = NT$41,400，PT 抽成 NT$18,600。
        會員 蘇志明 傳訊息說他被公司裁員，分期付不出來，想申請暫停會籍三個月。
        受傷紀錄：學員 何佳蓉（E217604284）在 Reformer 上滑倒造成左膝半月板撕裂，家屬要求調閱監視器。
        客訴：會員 羅建宏 表示業務在他媽媽住院期間還一直打他手機 0933-271-846 推銷課程。
        緊急聯絡人：學員 曾怡安 → 母親 曾陳秀鳳，手機 0921-660-318；學員有第一型糖尿病，課前請確認有帶糖。
        孫老師那班的 江柏翰 上禮拜在更衣室昏倒，後來才知道他在吃抗憂鬱藥。
        合約掃描檔：甲方 潘思妤，身分證 K204155393，通訊地址 桃園市中壢區中央西路二段 66 號 7 樓。
        信用卡自動扣款授權：持卡人 黃建中，卡號 4556 7812 3409 8767，有效期限 08/27。
        教練 Vicky 葉庭瑄 跟櫃台借了 NT$20,000 還沒還，店長說年終要直接從她薪水扣。
        會員 廖振宇（S123088160）被發現借用別人的會員卡進場，已停權 30 天並記錄在案。
        左營店住 7 樓的陳阿姨上次在教室跌倒骨折，她女兒要我們把退費匯到女兒的戶頭。
    """),
    "zh-Hans": _lines("""
        大陆学员 赵思雨 的居民身份证号 350203199008123023，办会员卡时没有台胞证，需要人工审核。
        王姐在上海的朋友 孙婷婷 想来台北上普拉提师资班，微信号 tingting_pilates88，手机 138-1762-4590。
        教练 刘浩然 上个月 3.6 万台币的工资被老板拖欠，他说已经去劳工局申诉了。
        学员 何丽娟 剖腹产才三个月，伤口还没完全恢复，医生不建议她做核心训练。
        会员资料：梁晓雯，身份证 440306198703215845，联系邮箱 liangxw_87@163.com。
        马来西亚来的瑜伽老师 Lim Siew Ling 的 MyKad 是 930514-14-5528，办工作证要用。
        3栋的陈阿姨说她老公欠了一堆卡债，年卡是她偷偷用私房钱办的，千万别打电话到她家里。
        退费汇款：收款人 周宇航，招商银行卡号 5243 1700 9826 3152。
    """),
    "en": _lines("""
        Member note: Sarah Tan Hui Min (S8834127I) from Singapore bought a 10-class pass and asked us never to share her visit times with her ex-husband.
        Reformer instructor Nurul Aina binti Hamzah asked to swap her Friday shifts because she starts chemotherapy next month.
        Refund request from Priya a/p Subramaniam, email priya.subra92@yahoo.com, balance NT$7,200 for 9 unused sessions.
        Incident report: Daniel de Souza, visiting from Hong Kong (HKID K582036(7)), strained his lower back in hot yoga and was taken to hospital by ambulance.
        Siti Rahayu, the Indonesian caregiver in our Sunday class, could not show ID at signup because her employer keeps her passport.
        Kevin Hsu, the tall guy in the 6:30 am Vinyasa, told the front desk he is HIV positive and wanted the coach to know in case of cuts.
        Please update the emergency contact for member Chen Yi-ting: husband Lai Wei-jie, mobile 0918-552-064.
        Front desk log: Marco Reyes, visiting from Singapore (FIN G5528130R), lost his locker key and wallet; reported to Da'an police at 19:40.
    """),
    "mixed": _lines("""
        Hi 櫃台，我是 Jessica 吳佩珊，想 cancel 明天 19:30 的 Reformer，順便 update 我的新手機 0955-318-204，謝謝！
        Roster note: 阿凱 Kai（黃冠凱）下週 OFF 兩天 for 他爸爸的告別式，請幫他 swap shift。
        學員 Amanda 張 的 passport 號碼 351204867，報名 Bali retreat 要用，請勿外傳。
        LINE 私訊 from 會員 Tony Lee 李東霖：我太太發現我偷辦會員了，請不要再寄 DM 到台北市內湖區成功路四段 52 號 3 樓。
        PT session notes – 邱文傑, 52M, BP 158/96, 有高血壓 and 左膝 ACL 重建術後 8 個月，avoid jumping。
        請幫 refund 給 林郁婷（B288419063），她 moving to Kaohsiung，合約 MB-2024-120551 剩 14 堂。
        New coach onboarding: Ahmad Faizal bin Rosli, Telegram @faizal_moves, 勞保加保日 2024/12/16, 月薪 NT$42,000。
        顧客 feedback：教 Yin Yoga 的 Rachel 老師（陳若慈）課堂上一直講她在打離婚官司的事，很多學員覺得不舒服。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是晨光瑜伽的客服助理，協助會員處理預約、請假與退費問題。"),
        ("user", "你好，我要申請退費，我是會員賴怡君，手機 0987-205-613，合約還剩 9 堂。"),
        (
            "assistant",
            "賴小姐您好，已收到您的退費申請。請問您是否已使用任何贈品？我們會依合約比例計算退款金額。",
        ),
        ("user", "沒有用贈品。退款請匯到郵局帳號 0031-2450-6678-19，戶名賴怡君。"),
        (
            "assistant",
            "好的，已為您建立退費單 RF-20241206-031，預計 7 個工作天內完成匯款，完成後會以簡訊通知。",
        ),
    ],
    [
        ("system", "You are a scheduling assistant for a Pilates studio in Taipei."),
        ("user", "幫我重排下週的課。張書豪教練下週一要做腰椎手術，醫生說至少休兩週。"),
        (
            "assistant",
            "了解。張書豪教練原本下週有 11 堂團課與 6 堂 PT，我建議團課由值班教練代課，PT 與學員協調改期。需要我列出代課表嗎？",
        ),
        ("user", "好，順便幫我寫一則 LINE 公告，但不要寫到他開刀的原因。"),
    ],
    [
        ("system", "You help studio managers write incident reports."),
        (
            "user",
            "Draft an incident report: member Grace Lin Pei-yu fell off the aerial hammock at 19:50 tonight, suspected wrist fracture, her husband Jason picked her up and drove her to Mackay Memorial.",
        ),
        (
            "assistant",
            "Incident report draft: At 19:50, member Grace Lin Pei-yu fell from the aerial hammock during class and reported wrist pain. The duty coach applied a splint and ice. Her husband collected her and took her to Mackay Memorial Hospital for assessment. Follow-up call scheduled for tomorrow.",
        ),
        ("user", "Add that the hammock anchor was checked afterwards and found intact."),
    ],
    [
        ("system", "你是一名健身工作室的运营助理。"),
        (
            "user",
            "帮我写一段催缴消息给会员王思琪，她欠了两个月的月费共 NT$3,376，她微信号是 siqi_wang0917。",
        ),
        (
            "assistant",
            "王思琪您好，系统显示您 10 月与 11 月的月费共 NT$3,376 尚未扣款成功，麻烦您在 12 月 15 日前至柜台或线上完成缴费，如有困难欢迎与我们联系。",
        ),
        ("user", "语气再委婉一点，她最近好像家里有人生病。"),
        (
            "assistant",
            "王思琪您好，冒昧打扰，知道您最近比较辛苦。您 10 月与 11 月的月费共 NT$3,376 还未完成扣款，方便时再处理就好，若需要暂停会籍或分期也可以告诉我们。",
        ),
    ],
    [
        ("system", "Summarise LINE group chats for the studio manager."),
        (
            "user",
            "幫我整理今天群組重點：@jenny.yogi 說她下週要去台大醫院做乳房切片，所以週三的課要請假；另外 12/20 聖誕派對要統計人數。",
        ),
        (
            "assistant",
            "今日重點：1. 會員 jenny.yogi 因就醫請假週三課程（已私下處理，不建議在群組公開原因）。2. 12/20 聖誕派對需於 12/15 前統計出席人數。",
        ),
        ("user", "OK，幫我把第 1 點從要貼到群組的版本裡拿掉。"),
    ],
    [
        ("system", "你是會員系統的資料檢核小幫手。"),
        (
            "user",
            "這筆會員資料系統一直說身分證格式錯誤：郭建廷，H120933759，生日 1986/11/02，住新竹市東區光復路二段 101 巷 8 號。",
        ),
        (
            "assistant",
            "這組身分證字號 H120933759 的檢查碼是正確的，格式錯誤可能是輸入時多了空白或用了全形字元，請改用半形英數字重新輸入。",
        ),
        ("user", "果然有全形的 H，改好了，謝謝。"),
    ],
    [
        ("system", "你是瑜伽教室的櫃台助理。"),
        ("user", "會員周怡萱剛剛私下跟我說她正在申請家暴保護令，她先生可能會打來問她的上課時間。"),
        (
            "assistant",
            "了解，這是高度敏感的資訊。建議在系統中把周怡萱的帳號標記為不得對外提供行程，任何來電詢問一律回覆無法提供會員資料，並只讓店長知道原因。",
        ),
        ("user", "好，另外如果她先生直接來櫃台怎麼辦？"),
        (
            "assistant",
            "請櫃台人員不要確認她是否在館內，必要時通知值班主管並可撥打 110。也建議與周怡萱確認是否要調整到其他分館上課。",
        ),
    ],
    [
        ("system", "You are an assistant for a yoga studio that also serves Malaysian members."),
        (
            "user",
            "New member from KL: Tan Wei Jie, MyKad 880921-10-6342, phone +60 12-718 4093. He wants the 3-month pass. What documents do we need?",
        ),
        (
            "assistant",
            "For a foreign member on a 3-month pass, a photo ID is enough. His MyKad can be recorded, but we only need the last four digits on file. Please also note an emergency contact in Taiwan if he has one.",
        ),
        (
            "user",
            "Okay, he says his emergency contact is his cousin in Taipei, Tan Mei Xuan, 0936-447-210.",
        ),
    ],
    [
        ("system", "你是孕期瑜伽課程的教練助理，協助整理學員狀況。"),
        (
            "user",
            "新學員 林宜蓁，懷孕 22 週，上次產檢發現前置胎盤，醫師說可以做輕度伸展，但不能做扭轉和倒立。",
        ),
        (
            "assistant",
            "已整理：林宜蓁，孕 22 週，前置胎盤。課程調整：避免扭轉、倒立與腹部加壓動作，以側臥與坐姿伸展為主，每堂課前確認有無出血或宮縮。",
        ),
        ("user", "她先生說如果有任何狀況要先打給他，不要打給她。"),
        (
            "assistant",
            "了解，請提供她先生的聯絡電話，我會記在緊急聯絡人欄位，並提醒教練有狀況時優先聯繫他。",
        ),
    ],
    [
        ("system", "You are an HR assistant for a chain of fitness studios in Taiwan."),
        (
            "user",
            "教練 Eric 游承翰 寄信到 hr@ 抱怨 11 月加班費少算，他的信箱是 eric.yu.coach@outlook.com，說少了 NT$6,480。",
        ),
        (
            "assistant",
            "建議回覆 游承翰 確認收到申訴，並請薪資組核對 11 月打卡紀錄與加班單，於 5 個工作天內以信件回覆計算明細。",
        ),
        ("user", "幫我寫那封信，不用太正式。"),
        (
            "assistant",
            "Hi Eric，收到你關於 11 月加班費的反映了，我們正在核對打卡與加班單，最晚下週三前會把計算明細寄到你的 outlook 信箱，有問題隨時找我。",
        ),
    ],
]
