# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh232: Taiwan lottery shops and sports lottery (prize claims, proxy buying, notices, bet slips, complaints, charity surplus). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh232
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "store_notice"): _lines("""
        【公告】本店週日公休，威力彩第114000098期請於週六晚間七點半前完成投注，感謝配合。
        恭喜本店開出大樂透貳獎一注，獎金新臺幣1,862,345元，得主已完成領獎，祝每位客人好運連連！
        賀！中山路二段彩券行（經銷商代號 05-1187）於 12/24 開出超級紅包頭獎。
        營業時間：週一至週六 08:30–22:00，週日 10:00–20:00；電話 (04)2222-8686，LINE官方帳號 @lucky8686
        本店不提供電話代購與賒帳服務，依公益彩券發行條例規定，未滿十八歲者不得購買彩券。
        今日運彩熱門：MLB 道奇 vs 洋基 讓分 -1.5 賠率 2.15；NBA 勇士 vs 湖人 大小分 228.5。
        刮刮樂新品「鴻運當頭」每張200元，最高獎金新臺幣1,000萬元，共發行3,000,000張。
        貼心提醒：中獎彩券請於開獎日起三個月內兌領，逾期視同放棄，獎金歸入公益彩券盈餘。
        本店位於民生路與中正路口（全聯旁），請勿併排停車，機車請停騎樓外白線內。
        店長公告：即日起電子發票可綁定手機條碼載具，紙本發票請向值班店員索取。
        徵兼職店員一名，時薪 NT$196，需熟悉電腦操作，有意者請將履歷寄至 hr@jinfu-lottery.com.tw
        今彩539 第114000311期 開獎號碼：03 11 19 27 35，本店開出貳獎 2 注。
        春節期間（除夕至初三）照常營業，大樂透加碼春節紅包2000組100萬元，歡迎來試手氣。
    """),
    ("zh-Hant", "prize_claim_rules"): _lines("""
        單注獎金逾新臺幣5,000元者，請攜帶中獎彩券及身分證明文件正本至指定銀行分行兌領。
        中獎獎金超過新臺幣20,000元者，依法扣繳20%所得稅，另依印花稅法扣0.4%印花稅。
        領獎申請書：中獎人姓名＿＿＿＿ 身分證統一編號＿＿＿＿＿＿＿＿＿＿ 聯絡電話＿＿＿＿ 匯款帳號＿＿＿＿
        範本欄位：{winner_name}、{id_number}、{bank_code}-{account_no}，請勿在樣張上填寫真實資料。
        外籍人士領獎須出示護照或居留證正本，非居住者扣繳率為20%，並需另填扣繳憑單。
        彩券遭污損、撕毀或無法辨識序號者，依發行機構規定不予兌獎。
        頭獎得主可選擇匿名領獎，銀行僅以「幸運得主A」代稱對外公布中獎縣市與金額。
        運動彩券中獎單逾兌獎期限（自賽事結束翌日起60日）者，系統將自動標示為逾期。
        領獎流程：①核對彩券序號 ②驗證身分證明文件 ③簽署收據 ④三個工作天內匯入指定帳戶。
        代領須附委託書及雙方身分證影本，委託書格式請至官網「下載專區」取得。
        Q：可以把中獎彩券交給彩券行老闆代領嗎？A：經銷商僅能代兌小獎，高額獎金請本人前往。
        彩券序號格式為14碼數字加2碼檢查碼，例如 11400009800123-45（範例，非真實彩券）。
        中獎人未成年者，獎金由法定代理人代為受領，須檢附戶口名簿影本。
    """),
    ("zh-Hant", "bet_slip_log"): _lines("""
        單號 SL-20261118-004217｜足球｜英超 兵工廠 vs 切爾西｜不讓分 主勝 @1.72｜投注 NT$500｜狀態：待開獎
        2026-11-18 21:04:33 TERM-TPE-0531 售出 過關組合 3串1 NBA，總投注 NT$300，預估最高獎金 NT$2,184。
        投注序號 8F3C-21A9-77D0-4B12，中華職棒 樂天桃猿 vs 統一7-ELEVEn獅 讓分 +1.5 @1.90，已派彩 NT$950。
        【簽注明細】日期 11/20｜場次 5012｜玩法 總分大小｜選項 大｜金額 200｜結果 未中
        本機台今日售出 412 筆，合計 NT$186,300，派彩 NT$92,480，作廢 3 筆。
        作廢申請：單號 SL-20261119-001055 於售出後 58 秒內取消，原因：店員誤按場次，主管代碼 S02 核准。
        熱門場次投注分布：主勝 61%、和局 12%、客勝 27%（統計期間 11/01–11/15）。
        大谷翔平本季全壘打數 大/小 48.5，目前受注比例 大 73%。
        MLB 世界大賽第7戰 道奇 4:3 藍鳥 派彩完成，本店中獎單 27 張合計 NT$41,260。
        機台回傳碼 E-203：該場次已停止銷售（Odds locked），請重新選擇。
        電競 LoL 世界賽 T1 vs Gen.G 獨贏 @1.85，單號 SL-20261102-009983 已中獎 NT$1,850。
        羽球 戴資穎 vs 山口茜 女單 獨贏 @2.05，本場全台受注 1,206 筆。
        補印單據：原單號 SL-20261121-000318，補印次數 1，操作店員代碼 C07。
    """),
    ("zh-Hant", "complaint_log"): _lines("""
        案件 CS-2026-11-0412｜類別：找零爭議｜客戶A 反映店員少找 100 元，調閱監視器後確認無誤，已結案。
        客訴摘要：一位男性顧客稱刮刮樂遭店家調包，經比對進貨批號 SC-2611-0088 後查無異常。
        1999 轉介案件：民眾反映彩券行騎樓堆放雜物影響通行，已通知店家限期改善。
        本月客訴統計：找零 9 件、代購糾紛 4 件、機台當機 17 件、服務態度 6 件，共 36 件。
        處理原則：涉及獎金爭議者，店員不得自行承諾，應登錄案件並轉區域督導。
        顧客反映運彩機台於 20:59 當機致未能投注開賽前場次，經查為系統端維護，依規定不予補償。
        申訴信範本：「本人於＿＿年＿＿月＿＿日在＿＿＿彩券行購買……」填寫後請寄至 service@lotto-help.example
        案件 CS-2026-11-0437 已結案，處理人：北區督導；結果：店家道歉並補發贈品。
        網友在 Google 評論留一星指店員態度差，值班經理回覆將加強教育訓練。
        爭議類型說明：「代購未取」指顧客委託代購後未於約定時間內付款或取票。
        消保官來函（案號 115消保字第0271號）詢問刮刮樂中獎機率標示方式，已於期限內函復。
        匿名檢舉：某經銷商疑似出租經銷證，已轉請發行機構稽核組查處。
        客服專線 0800-000-539（週一至週五 09:00–18:00）；線上表單處理時效為 3 個工作天。
    """),
    ("zh-Hant", "charity_surplus"): _lines("""
        年度公益彩券盈餘分配：國民年金 45%、全民健保準備 5%、地方政府社會福利 50%。
        據財政部統計，本年1至10月彩券總銷售額新臺幣1,523億元，提撥盈餘約375億元。
        運動彩券盈餘挹注運動發展基金，用於奧運培訓，舉重金牌郭婞淳所屬國家隊亦受惠。
        公益彩券經銷商優先由身心障礙者、原住民及低收入單親家庭擔任，本年度經銷商總數 5,812 家。
        盈餘專戶季報：第三季入帳 96.4 億元，撥付各直轄市 52.1 億元，結餘 44.3 億元。
        新北市政府以彩券盈餘補助 37 所老人日間照顧中心，受益長者約 2,100 人次。
        彩券回饋金申請須檢附計畫書、經費概算表及立案證書影本，截止日為每年 3 月 31 日。
        審計部報告指出部分縣市彩券盈餘閒置比率偏高，建議提升執行率。
        本基金會（統一編號 24681357）感謝公益彩券回饋金補助「偏鄉課後陪讀計畫」新臺幣 80 萬元。
        盈餘估算公式 = 銷售額 × 盈餘率（約26%）× 縣市分配比例；詳見附表二。
        立法院財政委員會今日審查公益彩券發行條例修正草案，主席宣布第 8 條保留再議。
        2025 年度各縣市盈餘運用執行率前三名：臺南市 97.2%、嘉義縣 95.8%、宜蘭縣 94.1%。
        運動發展基金補助 2026 亞運代表隊移地訓練經費，總額 1.8 億元。
    """),
    ("zh-Hans", "forum_qa"): _lines("""
        请问台湾的大乐透外国人可以买吗？中奖后需要什么证件才能领奖？
        科普：台湾威力彩第一区38选6，第二区8选1，头奖概率约为 1/22,085,448。
        去台北旅游在便利店旁边的彩券行买了张刮刮乐，中了500台币，当场就兑了，开心。
        运彩的「过关」是什么意思？3串1和3串4有什么区别？求大佬解释。
        统计了近 500 期今彩539，号码 27 出现 78 次，号码 08 只出现 52 次，但这不代表下一期会怎样。
        台湾彩券行的经销证优先发给弱势群体，所以很多店主是身心障碍人士或单亲家庭，这是制度设计。
        大陆游客在台湾中奖，按非居住者20%扣缴，回大陆还需要再申报吗？
        有没有人知道运彩投注单上那串 16 位编码是干嘛的？是防伪码吗？
        教程：用 Python 抓取台湾彩券历史开奖号码，注意遵守网站 robots.txt 和访问频率。
        新闻：台湾某彩券行开出威力彩头奖 12 亿，得主至今未现身领奖。
        看到网上说彩券行老板可以帮忙代购，这个在台湾到底合不合法？
        对比：香港六合彩和台湾大乐透都是49选6，头奖概率都是 1/13,983,816。
        台湾运彩 NBA 让分盘一般赔率在 1.75 左右，比海外平台低不少。
    """),
    ("en", "terminal_ops"): _lines("""
        2026-11-18T20:59:58+08:00 WARN sale_gateway term=TPE-0531 market=NBA-20261118-5012 status=SUSPENDED reason=odds_locked
        payout_threshold_twd: 5000  # above this, redirect claimant to a designated bank branch
        def is_claimable(draw_date, today): return (today - draw_date).days <= 90
        Release notes v4.12.3: fixed duplicate ticket serial on reprint; receipt now carries SHA-256 hash 9f2c41d07ab3e8.
        ticket_id=11400009800123 checksum=45 game=LOTTO649 stake=50 TWD issued_at=2026-11-19 19:42:07
        Retailer onboarding checklist: business registration no., lease contract, CCTV covering the terminal, 18+ signage.
        SELECT draw_no, COUNT(*) AS winners FROM prize_claims WHERE tier = 2 GROUP BY draw_no ORDER BY draw_no DESC LIMIT 10;
        Incident INC-88214: 143 terminals in Kaohsiung lost connection 19:55-20:07; sales window extended by 12 minutes.
        How do I parse the sports lottery odds feed? It returns XML with market id and selection price nodes.
        Support escalation mailbox: retailer-support@lotteryops.example, main line +886-2-2700-0539 ext. 2.
        export_winners.csv columns: draw_no, tier, region, amount_twd, claimed - no claimant identifiers are exported.
        Jeremy Lin opened a community charity game in Taipei funded partly by sports lottery surplus grants.
        cron: 30 20 * * 1,4 /opt/lotto/bin/close_sales --game=SUPERLOTTO638 --grace=60
    """),
    ("mixed", "store_line_group"): _lines("""
        各位會員晚安～今晚威力彩累積到 8.2 億，代購截止 19:30，ATM 轉帳請備註「威力」兩字就好。
        店長：明天 MLB 開幕戰 odds 已更新，想玩 parlay 的請直接來店，不接受 LINE 下注喔。
        [系統訊息] 本群組已設定「僅管理員可發言」，恭喜發財 🧧
        Reminder：刮刮樂 2,000 元版「億萬富翁」本週補貨 3 本，售完為止。
        中獎截圖分享：本店昨天開出 539 貳獎 ×2，獎金各 NT$20,000（序號已遮蔽）。
        今晚 6 點半中華職棒總冠軍賽 G7，中信兄弟 vs 味全龍，滾球盤開放至第 9 局。
        請勿在群組張貼個人資料或匯款帳號，需代購請私訊官方帳號。
        Weekend promo：買大樂透 10 注送運彩投注單夾一個，限量 50 個。
        本店統編 53128846，需要打統編的客人結帳前說一聲即可。
        群公告：代購服務僅限本店會員，每人每期上限 NT$2,000，依規定不得賒欠。
        今天颱風天下午 3 點提早打烊，明天正常營業，stay safe everyone!
        【開獎】大樂透 第114000135期 05 12 18 29 33 41 特別號 07，頭獎槓龜，下期累積 3.1 億。
        Q：外國朋友可以加入代購群嗎？A：可以，但領獎需本人持護照辦理。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        代購名單：林佩蓉 0932-517-846 威力彩 10 注 已轉帳；陳冠廷 0921-408-773 大樂透 5 注 未付款。
        領獎申請書：中獎人 黃志明，身分證字號 F128736456，匯款帳號 中華郵政(700) 0001234-0567891，獎金 NT$1,862,345。
        客訴 CS-2026-11-0455：顧客 張淑芬（0955-271-630）指稱店員少找 1,000 元，要求店長回電，住址 台中市北屯區崇德路二段216巷8號5樓。
        老闆娘說常來買刮刮樂的阿輝（吳家輝）最近欠了地下錢莊三十幾萬，他太太上週還跑來店裡哭。
        店員 蔡宜庭 11 月薪資：底薪 28,590 + 業績獎金 3,200，因上班滑手機記申誡一次。
        請轉告 李秋月 阿姨，她上週四買的 539 中了貳獎 2 萬元，彩券放在櫃台保險箱，記得帶身分證 E209315787 來領。
        運彩會員 王柏翰 近一個月簽注 NT$186,000，他媽媽來電要求店家別再讓他下注，說他賭博成癮正在看精神科。
        中獎人 許雅婷 要求匿名，但她先生 鄭國榮 一直打來問獎金有沒有匯進她的帳戶，兩人正在辦離婚。
        監視器紀錄：11/21 22:14 車牌 BKR-7365 白色 Altis 停在店門口，駕駛為前店員 劉建宏，疑似回來騷擾。
        LINE 私訊：我是 3 樓的周太太，Line ID: zhou_meiling0815，幫我代購大樂透 20 注，錢明天拿給你。
        稽核報告：經銷證持有人 邱美華（領有中度肢體障礙證明）將店面私下轉租他人，擬撤銷經銷資格。
        刮刮樂中 100 萬的是住永康街 23 號 2 樓的 蕭老先生，他兒子拜託我們不要跟任何人講。
        簽注紀錄匯出：會員 郭子豪｜手機 0978-602-145｜Email guozihao.tw@gmail.com｜本月投注 42 筆｜累計 NT$58,400
        越南籍看護 阮氏蘭（Nguyen Thi Lan）居留證號 F810293740，在本店刮中 5 萬元，雇主 陳先生 想代領被我們拒絕。
        我爸 洪振宗 每天下午都去巷口彩券行簽運彩，退休金已經輸掉快一百萬，我媽在考慮幫他申請輔助宣告。
        退刷單：顧客 賴俊傑 信用卡 4556-3271-8904-1236 重複扣款 NT$2,000，已向收單銀行申請退刷。
        店長備忘：小美（曾美玲）下週要開刀切甲狀腺，排班的人幫她把班調到 12/8 以後。
        得主 B261740390 陳姓女士，新北市板橋區文化路一段188巷12號3樓，領獎金額 NT$12,000,000。
        黑名單：楊承恩，曾在店內酒醉鬧事砸機台，11/03 已報警，電話 0919-338-562 不接他的代購。
        經銷商甄選錄取名單：編號 113-0472 蘇靜宜，資格類別：低收入戶單親家長，育有兩名未成年子女。
        代購轉帳確認：戶名 鍾怡君，台新銀行(812) 帳號 20181000456789，金額 NT$1,500。
        阿姨您好，我是林小姐的女兒，媽媽 林素貞 住院了（台大醫院7樓712病床），她託我來領上週的刮刮樂獎金。
        老陳（陳永福）在我們店賒了四萬多的運彩，說年終發了就還，已經拖三個月了。
        運彩帳戶實名認證：姓名 方建華，身分證 H150284634，生日 1983/07/14，手機 0987-115-920。
        晚班店員 黃詩涵 上週被一名常客言語性騷擾，已報警，她目前請假在家休養，暫時不要排她晚班。
        掛號寄送中獎彩券影本給 謝文彬，地址 802 高雄市苓雅區四維三路77號9樓之2。
        顧客 江宗翰 因 11/5 刮刮樂爭議不滿，持續在 IG @jiang.zonghan_ 限動指名罵我們店員。
        頭獎得主 R145802967 於 11/25 至指定分行領獎，陪同者為其姐姐 周佩君。
        A127583901 這位客人上個月在本店共兌領小獎 37 次，合計 NT$8,400，請留意是否為代兌。
    """),
    "zh-Hans": _lines("""
        陆配 王晓燕（居民身份证 35020319880714263X）在台湾中了 8 万新台币，想汇回厦门，问需要什么手续。
        我表哥 刘建军 在台湾打工时迷上运彩，现在欠了网贷二十多万，嫂子闹着要跟他离婚。
        代购群里的 张磊，微信号 zhanglei_9527，说帮大家代买台湾威力彩，收了钱就把我拉黑了。
        我妈 赵秀英 去台湾探亲时买的刮刮乐中了 2000 元，彩票现在在她台北的朋友 何美娟 那里，手机 0938-264-517。
        中奖人 陈志强，身份证 440305199102035812，银联卡 6214 8320 1958 6671，委托台湾朋友代领奖金。
        我同事孙丽的老公 黄伟 每个月工资一到就全拿去买运彩，家里房贷都断供两个月了。
        联系人：李娜，手机 13812563409，邮箱 lina.ttlottery@163.com，想咨询在台湾开彩券行的事。
        周建国（身份证 11010819760921402X）委托在台北的外甥代领运彩奖金 NT$45,000。
    """),
    "en": _lines("""
        Claim note: winner Tan Wei Ming, NRIC S8412657H, flew in from Singapore to claim a NT$50,000 scratch-card prize.
        Complaint from Mr Rajesh s/o Kumaran (+65 9123 4876), a tourist who says a Ximending lottery shop overcharged him.
        Staff note: Ahmad bin Yusof, MyKad 850612-10-5523, asked if he can buy Taiwan sports lottery from Malaysia.
        Our regular Maria Santos, the Filipino caregiver from the 4th floor, is sending her winnings home because her son needs surgery in Cebu.
        Refund request: customer Daniel Chen, card 5241 8730 6652 9015, double-charged NT$3,000 on 2026-11-20.
        Winner email jlwong.hk@gmail.com, HKID K372915(A), asked us to keep the NT$20,000 ticket until he is back in Taipei.
        Night clerk Kevin Hsu was let go after the audit found he voided slips for a friend; his final paycheck was NT$24,800.
    """),
    "mixed": _lines("""
        代購 list：Priya d/o Raman 0966-218-453 威力彩 x5，Line: priya_tw88，已付款 ✅
        客人 Mdm Lim（Lim Siew Hoon）from Penang 說中獎彩券先寄到她孫子 Lim Jun Hao 的宿舍，男一舍 312 室。
        運彩 VIP 黃大哥（Telegram @huang_bigbro77）欠 store NT$62,000，老闆說 next week 不還就去新莊區中正路512號找他。
        Reminder for 小芳（Fang Yu-Ting）：診所打來說你的體檢報告要回診，另外你上週的刮刮樂 NT$500 還沒領。
        Customer 蔡先生 plate ANX-2093 又停在店門口，他說老婆不准他買彩券所以不敢把車停家附近 lol
        中獎人 Nur Aisyah binti Rahman，MyKad 920304-14-6688，Maybank acct 1140 2233 5566，NT$20,000 prize transfer pending.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是金福彩券行的 LINE 客服助理，回答領獎與代購問題。"),
        (
            "user",
            "你好，我叫陳怡安，電話 0912-604-387，上週在你們店買的威力彩中了肆獎，要帶什麼去領？",
        ),
        (
            "assistant",
            "陳小姐您好，恭喜中獎！肆獎可直接在本店兌領，請攜帶中獎彩券正本與身分證件到店即可。",
        ),
        ("user", "好，那我身分證字號 S220364174 要先傳給你們登記嗎？"),
        (
            "assistant",
            "不需要先傳，為保護您的個資，請勿在對話中提供證號，到店時出示證件由店員核對即可。",
        ),
    ],
    [
        ("system", "You help a lottery shop owner draft polite replies to customer complaints."),
        (
            "user",
            "幫我回覆這則客訴：顧客張美惠說店員把她中獎的事講給鄰居聽，她住中和區景平路 455 巷 6 號 4 樓，很不高興。",
        ),
        (
            "assistant",
            "張小姐您好，對於店員未妥善保護您的中獎資訊，我們深感抱歉，已對相關同仁進行懲處與教育訓練。",
        ),
        ("user", "再補一句說我們會親自登門道歉，帶禮盒過去。"),
    ],
    [
        ("system", "你是一个帮助用户了解台湾彩券领奖规则的助手。"),
        (
            "user",
            "我是陆配，叫刘芳，微信 liufang_xm88，在台中中了运彩 6 万块，可以直接汇到我老家的工商银行卡吗？",
        ),
        (
            "assistant",
            "中奖金额超过门槛需本人持证件到指定银行领取，奖金通常先汇入您在台湾的银行账户，再自行办理汇款。",
        ),
        ("user", "我在台湾没有户头，我老公 许志伟 的户头可以吗？"),
        (
            "assistant",
            "一般须汇入中奖人本人账户，建议您先用居留证开立台湾账户，或向领奖银行确认代领规定。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for visitors to Taiwan."),
        (
            "user",
            "I'm Siti Hajar binti Hassan, just call me Siti. I'm a Singapore PR, FIN G5183094L, and I won NT$30,000 on a scratch card in Tainan. What tax do I pay?",
        ),
        (
            "assistant",
            "Congratulations! As a non-resident, prizes above NT$20,000 are withheld at 20% plus a small stamp duty, so you would receive roughly NT$23,880.",
        ),
        (
            "user",
            "Can my cousin Farid claim it for me while I'm in Singapore? His number is +65 8234 6619.",
        ),
        (
            "assistant",
            "A proxy claim usually needs a signed authorisation letter and copies of both IDs; please check with the designated bank first.",
        ),
    ],
    [
        ("system", "你是協助家屬處理賭博問題的諮詢助理。"),
        ("user", "我弟弟張家豪這半年在運彩輸了兩百多萬，還跟同事借錢，我們家都快撐不住了。"),
        ("assistant", "聽起來您和家人承受很大壓力。可以先聯繫戒賭輔導資源，並鼓勵他接受專業協助。"),
        ("user", "可以請附近的彩券行不要再賣給他嗎？他常去三民路那兩家。"),
        (
            "assistant",
            "目前沒有統一的禁入名單機制，您可以與店家溝通，但更重要的是陪他尋求成癮治療。",
        ),
    ],
    [
        ("system", "You draft HR letters for a small retail business in Taiwan."),
        (
            "user",
            "幫我寫警告信給店員林宥辰，他上個月私下作廢三張運彩單給朋友，我要從他薪水 NT$29,500 扣賠償。",
        ),
        (
            "assistant",
            "林宥辰先生：經查您於上月違規作廢運動彩券投注單三張，已違反本店作業規範，特此書面警告。",
        ),
        ("user", "依勞基法可以直接扣薪嗎？"),
        (
            "assistant",
            "工資原則上應全額給付，扣款需有法定依據或勞工同意，建議另行協商賠償並留存書面紀錄。",
        ),
    ],
    [
        ("system", "You format spreadsheets for a lottery shop."),
        (
            "user",
            "幫我把代購名單整理成表格：吳淑華 0933-781-205 大樂透 3 注、Ng Kah Wai +60 12-418 7720 威力彩 2 注、阿德 0975-336-018 539 10 注",
        ),
        (
            "assistant",
            "表格欄位：姓名｜電話｜彩種｜注數。整理完成，共 3 位，建議表格僅供店內使用，勿轉傳至群組。",
        ),
        ("user", "thanks，再加一欄已付款，吳淑華跟阿德已付。"),
    ],
    [
        ("system", "你是理財助理。"),
        (
            "user",
            "我和三個同事合資買大樂透中了貳獎，要分給王建宏、李佳穎、蔡明哲，各自的帳戶我列在下面。",
        ),
        (
            "assistant",
            "好的，請提供分配比例。提醒您，獎金會先以中獎人名義扣稅入帳，再由您轉給合資人。",
        ),
        ("user", "王建宏 國泰世華 013-0360-1234-5678、李佳穎 玉山 808-0912-3456-7890，各分 25%。"),
        ("assistant", "了解，每人約可分得扣稅後獎金的四分之一，建議簽署合資分配協議以免日後爭議。"),
    ],
    [
        ("system", "You answer questions about lottery rules in Taiwan."),
        (
            "user",
            "My name is Nurul Izzah binti Osman, Malaysian student at NCKU, MyKad 010915-07-4431. I hit a sports lottery parlay for NT$48,000. Where do I claim?",
        ),
        (
            "assistant",
            "Congratulations! Prizes of that size are claimed at a designated bank branch with the winning slip and your passport or ARC.",
        ),
        ("user", "Do they need my Malaysian IC too, or only the ARC?"),
        (
            "assistant",
            "Usually the ARC or passport is enough; bring both in case the branch asks for extra proof.",
        ),
    ],
    [
        ("system", "你是彩券行店長的寫作助理。"),
        (
            "user",
            "幫我寫一張紙條貼在櫃台：提醒大家不要再借錢給老客人鄭阿伯，他已經欠好幾個店員錢，還說他女兒在竹科上班會幫他還。",
        ),
        (
            "assistant",
            "建議不要在公開場合張貼指名內容，以免侵害他人隱私或名譽，可改為內部提醒：「請勿與顧客私人借貸」。",
        ),
        ("user", "那就改成只在員工群組講，順便說他上次欠的是 8,000 元。"),
    ],
]
