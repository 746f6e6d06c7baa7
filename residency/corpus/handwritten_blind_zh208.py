# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh208: Taiwan civil-service exam prep and adult cram schools. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh208
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "enrolment_notice"): _lines("""
        【晨曦公職】115年高普考全修班早鳥優惠至3/31止，現場報名請洽櫃台，服務專線 (02)2388-5120，週一至週六 09:00-21:30。
        退費規定依《短期補習班設立及管理準則》：開課前申請退還已繳費用九成；開課未逾全期三分之一者退還五成；逾三分之一者不予退費。
        南陽街本館 7F 教室本週六冷氣維修，行政法總複習改至館前路分館 302 教室，原座位表照舊。
        課程代碼 GK115-GA-01（一般行政全修）定價 NT$52,800，早鳥價 NT$41,900，舊生續報再折 NT$3,000。
        本班統一編號 53817260，一律開立電子發票，需打統編請於繳費時告知櫃台人員。
        公告：因颱風停班停課，依臺北市政府公告，今晚 18:30 國文作文班停課一次，補課時間另行通知。
        報名所需文件：身分證正反面影本、最高學歷畢業證書影本、二吋照片兩張；應屆畢業生可先附在學證明。
        普考財稅行政 函授版 已上架，影音授權 365 天，可於 3 台裝置登入，逾期需另購延長包 NT$1,200/90天。
        羅斯福路分館（捷運台電大樓站 3 號出口）即日起開放夜間自習室，開放至 23:00，需刷學員證入場。
        中山北路旁的逸仙樓 4 樓為模擬考專用試場，請勿攜帶食物進入，違者依班規記點。
        櫃台值班人員提醒：轉班手續費 NT$500，同一期課程限轉一次，轉班後原座位自動釋出。
        國考衝刺班第 3 梯次額滿，候補名單共 27 人，有空位時依候補順序以簡訊通知。
        115年度地方特考一般民政 正取班，開課日 2026/01/10，每週六日 09:00-17:00，共 24 週 168 小時。
    """),
    ("zh-Hant", "line_group"): _lines("""
        【公告】各位同學晚安～明天早上 8:40 開始入場，請攜帶准考證影本與 2B 鉛筆，遲到 15 分鐘不得入場喔！
        記票 +1，請大家在記事本投票：行政學總複習要排週三晚上還是週五晚上？
        助教：今天的講義 PDF 已上傳到群組相簿「0412 行政法」，密碼是課程代碼後四碼。
        有人知道今年高考的榜單什麼時候出來嗎？網站說 9 月中旬，還是要以考選部正式公告為準。
        群組規則：1. 禁止廣告 2. 禁止分享盜版講義 3. 課務問題請私訊官方帳號 @chenxi-gk
        今天下課後 B2 教室會有上榜學長姐分享讀書計畫，不需報名，自由參加 🙌
        提醒：二手書交流請到「晨曦二手書」記事本留言，群組內請勿洗版。
        有同學問申論題字數，老師說 25 分的題目大約寫滿一頁半就夠，重點是架構要清楚。
        第 2 次模擬考成績已上傳至學員專區，登入帳號為報名時的學號，查詢期限至 5/20。
        明天值班的是櫃台夜班同仁，有遺失物請到 1F 失物招領處詢問，群組內不要貼證件照片。
        老師說韋伯的官僚體制理論每年必考，理想型特徵要背熟（層級節制、依法行事、專業分工…）
        群組人數已達 480 人上限，116 年度新班將另開新群組，邀請連結會寄到報名信箱。
        誰有孫中山五權憲法的考古題整理？憲法增修條文考試院那幾條每年都出選擇題。
    """),
    ("zh-Hant", "mock_exam_stats"): _lines("""
        第 3 次全真模擬考：到考 312 人，國文平均 61.8 分，行政法平均 47.2 分，最高分 88 分。
        一般行政組模擬考前 10% 門檻為總分 436.5 分（八科加權），較上次提高 12 分。
        學員 A、學員 B、學員 C 三人並列第 5 名，依國文分數高低決定排序。
        座位表：A 區 1-48 號為高考組，B 區 49-96 號為普考組，C 區保留給函授學員。
        114 年度本班上榜統計：高考三級 41 人、普考 58 人、地方特考 73 人，合計 172 人次（同一人多次上榜重複計算）。
        模擬准考證號碼 M115-0001 至 M115-0160 的考生請至第 2 試場（逸仙樓 301）。
        英文科成績分布：0-39 分 18%、40-59 分 37%、60-79 分 33%、80 分以上 12%。
        本年度高考三級全國錄取率約 10.8%，普考約 7.9%（以到考人數計算，班內整理僅供參考）。
        3 位學員因重複劃記答案卡，行政學科目以 0 分計，已個別通知（名單不公開）。
        模擬考匿名問卷回收 203 份，滿意度 4.3/5，最多人反映試場冷氣太冷。
        座位 C-17 至 C-24 因靠近投影機，模擬考當天不排人。
        成績排名僅顯示學號後 3 碼，例如 ***217、***064，完整名單不對外公布。
        歷年考題難度指數：行政法 0.41、民法概要 0.56、公共管理 0.49（數值越低越難）。
    """),
    ("mixed", "order_refund_log"): _lines("""
        2026-03-14 10:22:07 [INFO] order=GK2603140087 status=PAID amount=NTD 41,900 channel=LINE Pay txn=LP20260314102207A93F
        退費單號 RF-20260402-0031｜課程 GK115-GA-01｜申請日 2026/04/02｜退費比例 50%｜退款金額 NT$20,950｜狀態：財務審核中
        電子發票 ZX-48203716 開立日期 2026/03/14，買方統編 24536871，金額 NT$12,600（含稅）
        [WARN] sms_gateway retry=3 template=MOCK_SCORE_READY batch=20260420-02 sent=298 failed=14
        黑貓宅急便 託運單號 9051-2248-7730 講義包 6 本，寄件人：晨曦公職 出貨部
        Invoice #INV-2026-00417 | Bill to: 甲公司人資部（企業包班 25 席）| NT$618,000 | Due 2026-05-31
        2026-05-02T09:15:44+08:00 payment_webhook provider=ECPay merchant_id=3002607 trade_no=2605020915446621 rtn_code=1
        退款已匯出：批次 BATCH-0507，共 19 筆，總金額 NT$287,450，由合作銀行 ACH 代付。
        SKU: BK-GA-ADMLAW-2026E 行政法講義（2026 增修版）庫存 142 本 / 安全存量 50
        Ticket #CS-88213 類型：退費爭議 狀態：已結案 處理單位：客服主管 滿意度：未填
        優惠碼 EARLY115 已使用 1,284 次，剩餘額度 216 次，到期 2026-06-30 23:59:59
        7-ELEVEN 繳費代碼 LGK2603AB771 有效期限 2026/03/21，超商手續費由本班吸收。
        sha256(講義_0412.pdf)=9f3c2a71e0b84d5c6a1f07d3e28b4c9a55e6d17f0b2c3a48e91d6f7a0c5b2e13 上傳完成
    """),
    ("en", "lms_ops"): _lines("""
        cron: 0 2 * * * /opt/lms/bin/export_scores --exam mock-03 --anonymize --out /data/exports/mock03.csv
        MOCK_EXAM_SEATS_PER_ROOM=48  # rooms 301 and 302 only; 401 is reserved for the proctor briefing
        Jira LMS-1124: seat chart generator assigns two candidates to C-12 when the waitlist promotes after 18:00.
        Release v3.8.2 of the cram-school portal fixes the refund calculator rounding NT$ amounts down instead of half-up.
        SELECT class_code, COUNT(*) AS enrolled FROM enrolments WHERE term = '115H1' GROUP BY class_code ORDER BY enrolled DESC;
        How do I compute the one-third course-progress cutoff for refunds when a course has 168 hours but 6 are optional review sessions?
        Support mailbox is support@chenxi-edu.com.tw; for invoices write to billing@chenxi-edu.com.tw, we reply within 2 business days.
        The tutor-matching API returns HTTP 429 after 60 requests/min; back off and retry with jitter.
        Template: Dear {student_name}, your mock exam #{exam_no} result is {score}/{max_score}. Log in at {portal_url} for the breakdown.
        Max Weber's bureaucracy model and Woodrow Wilson's 1887 essay are the two readings every public administration student gets in week one.
        Student A scored 71 in Constitution and Student B scored 64; both fall in the 60-79 band used for the remedial class.
        Webhook payload: {'event': 'seat.assigned', 'room': '301', 'seat': 'B-07', 'exam': 'mock-04'}
        Postal code 100004 covers the Nanyang Street cram-school block in Zhongzheng District; 3+3 codes are required for bulk mail.
    """),
    ("zh-Hans", "forum_qa"): _lines("""
        请问陆配在台湾可以考高普考吗？看到说要设籍满十年，有没有人知道具体条文？
        分享一下我整理的行政学框架：韦伯官僚制→新公共管理→新公共服务，按时间线背比较好记。
        台湾补习班的退费规定跟大陆培训机构差好多，开课前退九成，这个比例算很友好了。
        有没有人用过那种 30 天冲刺网课？价格 NT$8,800 左右，值不值？
        求助：繁体字申论题手写太慢，平时打简体习惯了，有什么练字方法？
        整理了近五年普考国文作文题目，主题大多跟公共服务、韧性、数字治理有关。
        南阳街那几家补习班，周六上午人最多，建议提前半小时去占自习室。
        模考 3 次平均 52 分，离上榜线还差多少？一般行政大概要 60 分以上才稳。
        孙中山的五权宪法里考试权是独立的，所以台湾才有考试院，这题是宪法必考。
        班主任说二手讲义可以在群里转卖，但不能扫描成 PDF 传，会有版权问题。
        小红书上看到有人说刷题 APP 比补习班有效，有数据支持吗？
        台湾这边补习班客服多是 0800-588-123 这种免付费电话，跟大陆的 400 热线差不多。
        第 4 题的答案我觉得是 C，题干说的是「依法行政原则」不是「比例原则」。
    """),
    ("zh-Hant", "form_template"): _lines("""
        學員報名表｜姓名：________ 身分證字號：__________ 手機：09__-___-___ 報考類科：□高考 □普考 □地特
        退費申請書：本人 ______ 因 ______ 申請退還 ______ 課程費用，退費帳號：銀行 ___ 分行 ___ 帳號 ___________
        座位表範本：第 __ 排 第 __ 位　學號：______　（請勿填寫姓名）
        【簡訊範本】晨曦公職提醒您：{課程名稱} 將於 {日期} {時間} 開課，地點 {教室}，如需請假請回覆 1。
        家教媒合需求單：科目 ___ 時段 ___ 預算 NT$___/小時 地區 ___ 備註 ___
        請假單（模擬考缺考）欄位：學號、缺考科目、原因代碼（01 病假 02 事假 03 公假）、證明文件附件
        個資告知事項：本班蒐集之個人資料僅用於課務聯繫，保存期限為結業後 2 年，依個人資料保護法第 8 條告知。
        轉班申請單 編號：TR-______ 原班別：______ 新班別：______ 櫃台經辦：______ 主任核章：______
        Email 範本：親愛的同學您好，您的退費申請（單號 {refund_no}）已受理，款項將於 7-14 個工作天匯入您指定的帳戶。
        家長同意書（未成年學員適用）：茲同意本人子女 ______ 參加本班課程，家長簽名 ______ 日期 ___年___月___日
        准考證遺失補發：請填寫准考證號碼 ___________ 並攜帶身分證正本至考選部櫃台辦理。
        問卷：您對本期授課老師的滿意度（1-5 分）____；您最希望加開的科目 ____；其他建議 ____
        LINE 官方帳號自動回覆：您好～輸入「1」查課表、「2」查成績、「3」退費流程、「4」真人客服（服務時間 10:00-20:00）
    """),
    ("zh-Hant", "staff_notes"): _lines("""
        行政法專任講師徵才：具律師資格或法律研究所以上，時薪 NT$1,800 起，意者寄履歷至 hr@chenxi-edu.com.tw
        今晚值班主任交接：301 投影機 HDMI 線接觸不良，已報修；B2 自習室飲水機濾心到期。
        櫃台備忘：週末電話量大，請先以 LINE 官方帳號分流，退費案件一律轉財務組。
        考前壓力大的同學，可撥打張老師專線 1980 或生命線 1995，櫃台也備有諮商資源單張。
        教務會議紀錄（摘要）：出席 9 人，決議下期模擬考改為線上閱卷，申論題雙閱差距超過 8 分者送第三閱。
        講師鐘點費調整：專任 NT$1,600→NT$1,750，兼任 NT$1,200→NT$1,300，自 115 年 7 月起生效。
        助教排班：週一三五 晚班 2 人，週二四 晚班 1 人，週六日全天 3 人，請於 LINE 記事本填寫可排時段。
        家教平台公告：所有家教老師須通過良民證審核，平台不提供學員私人聯絡方式。
        韓愈〈師說〉「師者，所以傳道受業解惑也」，是國文科最常被引用的一句，作文開頭可以用。
        金庸小說《笑傲江湖》裡岳不群的偽君子形象，常被公民老師拿來講形式主義。
        課務組 SOP：學員申請調閱答案卡，須本人持學員證至櫃台，不得代領、不得以電話查詢。
        本館消防演練 5/16 14:00，演練期間電梯停用，請走逃生梯至中山北路側集合點。
        新進講師試教評分表：表達清晰度 30%、內容正確性 40%、時間掌控 15%、互動 15%。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        報名資料：王怡蓁，身分證 A238461945，報考 115 高考三級一般行政，手機 0912-386-574。
        退費帳號：林冠宇 臺灣銀行(004) 館前分行 帳號 045-004-18372-6，退款 NT$20,950。
        陳淑芬老師這學期憂鬱症復發請長假，週六行政法改由助教代課，請大家不要在群組問她病況。
        學員 黃柏翰（學號 GK11402217）模擬考作弊，經主任核定記大過一次，取消本期成績排名。
        誰有撿到一張學員證？上面寫 蔡佩珊 GK11401088，請拿到櫃台，她明天要考試很急。
        家教媒合：張育誠老師 時薪 NT$1,500，住板橋區文化路二段 182 巷 7 號 5 樓，可到府授課，LINE ID: yucheng_law88
        許家豪媽媽打電話來說家豪上週住院開刀，問能不能保留名額到下期，不要退費。
        座位表備註：B-14 周雅婷（聽障，需坐前排並提供講義電子檔），B-15 留空。
        催繳：鄭宇翔 尚欠學費 NT$18,400，分期第 3 期已逾期 45 天，存證信函寄至 臺中市北區三民路三段 129 號 8 樓之 2。
        吳承翰 F127503882 申請補發模擬考准考證，出生日期 民國 84 年 6 月 17 日。
        小蔡說她跟男友分手後整個讀不下去，這次模擬考只考 38 分，想問主任能不能延後結業。
        停車證申請：學員 劉家瑋 汽車 BRW-6021，機車 MTQ-582，停放地下 2 樓 B2-33。
        簡訊退件：0935-217-486 無法送達，請確認 洪嘉玲 的手機號碼是否已更換。
        櫃台的李姊說她先生欠了卡債，最近一直有人打來班上找她，請大家接到電話不要透露她的班表。
        學員 楊美君 的 IG 帳號 @mei_studying_0621 在限動上貼了我們的講義，請法務聯絡本人下架。
        兼任講師 謝明哲 115 年 4 月鐘點 62 小時 × NT$1,300 = NT$80,600，代扣所得稅 NT$8,060，匯入郵局 0021287-0563194。
        學員 賴思妤 信用卡 4628-7130-5519-2845 分 12 期刷卡 NT$41,900，授權碼 087215。
        302 教室第三排那個戴眼鏡的阿傑，聽說是被公司資遣才來考普考的，家裡還有兩個小孩要養。
        家長來電：學員 江品妍 的母親要求退費，說女兒被診斷焦慮症無法上課，聯絡電話 (04)2235-7186。
        報考資格審查：蘇郁雯 H271605493 學歷為國外學位，需補繳駐外館處驗證本。
        住址變更：學員 彭俊傑 新地址 高雄市苓雅區四維三路 66 號 12 樓之 3，郵遞區號 802。
        聽說教行政學的 Kevin 老師上個月酒駕被抓，已經被班主任停課了。
        主任交代：邱老師的兒子在學校被霸凌，這兩週她晚上的課都請假，對外只說家裡有事。
    """),
    "zh-Hans": _lines("""
        陆配学员 赵丽娟，大陆身份证号 440306199103051829，已在台设籍满 10 年，想报名普考。
        张伟明 手机 138-1762-4093，微信 zwm_kaoyan1988，想咨询台湾补习班的网课能不能从深圳上。
        刘老师说她女儿在台北补习准备高考，压力大到失眠，每周都要去看身心科。
        退款转账：收款人 孙浩然，招商银行 卡号 6225 8801 3746 5929，金额 NT$8,800。
        周子豪 身份证 310115199509210478，申请函授课程开发票，邮箱 zhouzh_0921@163.com
        群里那个叫阿芳的陪读妈妈，老公在大陆欠了赌债，她最近连补习费都交不出来了。
        报名表：陈晓雯 女 1992年3月出生 现住 新北市中和区景平路 501 号 6 楼 联系电话 0968-204-715
        王姐说她儿子这次普考又落榜了，第四次了，现在整天关在房间里不出门。
        学员 林宇航 微信支付学费未到账，订单号 WX20260415182203，他的手机 159-2048-3376 请回电。
        补习班的小陈跟我说，他爸妈离婚了，他现在一个人住在学校附近的雅房，房租都快付不起了。
    """),
    "en": _lines("""
        Refund to card 5403 3812 0674 5917 (holder Daniel Hsu, student no. GK11403104), amount NT$12,000.
        Tutor application: Priya d/o Ramasamy, NRIC S8734215H, wants to teach exam English online, mobile +65 9183 4276.
        Ms Tseng from the Saturday admin-law class told the front desk she is pregnant and will miss the last four mock exams.
        Online essay course enrolment: Wong Ka Ho, HKID Y316072(4), mobile 9427 3851, paid by FPS.
        Chang Yu-ting will miss mock exam #4; she flies to Osaka on ROC passport 358214097 that morning.
        The evening TA, Eddie, has been sleeping in classroom 302 since his landlord evicted him; please don't mention it to the boss.
        Lin Shu-hui asked us to stop texting her mock-exam results home because her parents don't know she quit her job to study.
        Nurul Aina binti Rosli, MyKad 990412-10-5837, needs an English receipt for her scholarship claim.
        Maria Santos Dela Cruz, the caregiver for Kuo Chien-hung's grandmother, will collect his textbooks; she texted from 0975-113-862.
        Kavitha a/p Subramaniam, FIN G5521807U, paid NT$6,200 for the writing module; confirmation went to kavitha.sub@outlook.com.
        Our top scorer last round, Peggy Lo, failed the police record check for the tutor programme because of an old shoplifting conviction.
    """),
    "mixed": _lines("""
        學員 Jason 林 (LINE: jasonlin_0987) 說 his dad 中風住院，想 pause 課程 three months。
        Tan Wei Ling, NRIC T0258396D, 新加坡籍，想報名華語作文 online 班，WhatsApp +65 8726 1493。
        香港學生 陳嘉欣 Chan Ka Yan，HKID K582103(7)，手機 6128 4735，想補高普考英文。
        seat export row: 3,C-07,邱冠廷,0922-741-358,需靠走道（膝蓋開刀）
        退費 case #CS-90114：學員 Amanda 葉宛蓉 信用卡 3566 9841 7302 5565 重複扣款 2 次，請財務 reverse 一筆。
        鍾俊宏 R159374207 mock exam 行政法 82 / 憲法 77，parent contact 鍾爸爸 0910-553-268
        Eric 說他 girlfriend 懷孕了 so 這期要先休學去打工，主任 said OK 保留學籍。
        Muhammad Hafiz bin Abdullah，MyKad 010823-07-6214，僑生，報名普考先修英文班，手機 +60 12-738 4190。
        阿偉 from 週六班 在 LINE 說他被診斷出躁鬱症，所以最近群組訊息都不回。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是晨曦公職補習班的客服助理，依短期補習班退費規定回覆學員。"),
        (
            "user",
            "你好，我上個月報名了普考全修班，因為工作調動要搬去花蓮，想申請退費。我叫曾柏霖，學號 GK11402391。",
        ),
        (
            "assistant",
            "曾同學您好，課程目前進度未逾全期三分之一，可退還已繳費用五成。請提供退費帳號與戶名，我們會轉交財務組。",
        ),
        ("user", "帳號是 中國信託(822) 0123-5487-2201，戶名曾柏霖。"),
        ("assistant", "已收到，退費單將於 3 個工作天內建立，款項約 7-14 個工作天匯入。"),
    ],
    [
        ("system", "你是台湾公职考试咨询助手。"),
        (
            "user",
            "我是陆配马志强，身份证号 110105198807142632，2015 年在台湾设籍，现在能报名普考吗？",
        ),
        (
            "assistant",
            "原籍大陆地区人士须在台湾设有户籍满十年才能应公职考试，您 2015 年设籍，2025 年起即满十年，建议先向考选部确认资格。",
        ),
        ("user", "好的，那补习班报名需要我把身份证复印件给他们吗？"),
        ("assistant", "补习班报名一般只需台湾身分证影本，不需要提供大陆身份证，建议不要额外提供。"),
    ],
    [
        ("system", "You are the English-language help desk for an adult cram school in Taipei."),
        (
            "user",
            "Hi, this is Siti Hajar binti Kamarudin from the Sunday English class. I had knee surgery last week, can I get an aisle seat for the mock exam?",
        ),
        (
            "assistant",
            "Sorry to hear that. Aisle seats can be arranged; please upload a doctor's note in the student portal or send it to the front desk.",
        ),
        ("user", "Sure, you can reach me on 016-524 8813 if the counter needs anything."),
    ],
    [
        ("system", "你是補習班導師的寫作助理。"),
        (
            "user",
            "幫我寫一則 LINE 群組公告，說簡宜庭這兩週請假是因為她媽媽癌症住院，請大家幫她抄筆記。",
        ),
        (
            "assistant",
            "建議不要在群組公開家人病況。可以改寫成：宜庭同學這兩週家中有事請假，願意分享筆記的同學請私訊助教，謝謝大家！",
        ),
        ("user", "好，就用你這版，但保留她的名字。"),
    ],
    [
        ("system", "You help the cram school staff clean up seat-chart exports."),
        (
            "user",
            "Sort these by seat: B-03 游子涵 0917-462-309 | A-11 羅佳穎 0983-150-624 | B-01 蔡明軒 0921-887-045",
        ),
        (
            "assistant",
            "A-11 羅佳穎 0983-150-624; B-01 蔡明軒 0921-887-045; B-03 游子涵 0917-462-309. Consider removing phone numbers before printing the chart.",
        ),
        ("user", "Good point, print version without phones please."),
        ("assistant", "A-11 羅佳穎; B-01 蔡明軒; B-03 游子涵."),
    ],
    [
        ("system", "你是晨曦公職補習班的客訴處理助理。"),
        (
            "user",
            "我是游志明的爸爸，電話 0928-635-104。老師把我兒子模擬考 23 分直接貼在群組，這樣合理嗎？",
        ),
        (
            "assistant",
            "游先生您好，非常抱歉造成困擾。依本班規定，成績排名僅能顯示學號後三碼，我們會請導師立即收回訊息並由主任與您聯繫。",
        ),
        ("user", "請主任今天晚上八點以後打給我。"),
    ],
    [
        ("system", "You draft payroll notes for part-time tutors."),
        (
            "user",
            "Draft a payslip note for part-time tutor Cheng Li-wen: 48 hours in May at NT$1,300, paid to post office account 700-0021-3684559.",
        ),
        (
            "assistant",
            "Payslip note: Cheng Li-wen, May 2026, 48 teaching hours x NT$1,300 = NT$62,400, less 10% withholding NT$6,240, net NT$56,160 to post office account 700-0021-3684559.",
        ),
        ("user", "Thanks, also mention she is on reduced hours next month for medical leave."),
    ],
    [
        ("system", "你是報名系統的技術支援。"),
        ("user", "幫我檢查這個身分證字號格式對不對：E140829691，報名系統一直說錯誤。"),
        (
            "assistant",
            "這組字號格式與檢查碼都正確。錯誤可能是姓名欄與身分證不符，請確認姓名是否與證件相同。",
        ),
        ("user", "姓名是蕭志偉，我有打全形空白，可能是這個原因。"),
        ("assistant", "是的，請刪除空白後重新送出。"),
    ],
    [
        ("system", "你是一个写作助手。"),
        (
            "user",
            "补习班同学冯嘉怡借了我 5000 块台币一直不还，她的微信是 fengjy_0527，帮我写一条催她还钱的消息。",
        ),
        (
            "assistant",
            "嘉怡你好，上个月借你的 NT$5,000，不知道最近方便归还吗？可以这周五下课后给我，或者转账也可以，谢谢！",
        ),
        ("user", "语气再硬一点。"),
    ],
    [
        ("system", "You are a bilingual assistant for cram-school counter staff."),
        (
            "user",
            "學員 郭雅琪 身分證 B204638139 要辦 transfer 到夜間班，她說 because 白天要照顧失智的爸爸。",
        ),
        (
            "assistant",
            "轉班手續費 NT$500，同一期限轉一次。轉班原因填寫「家庭因素」即可，不需記錄家人病況。",
        ),
        ("user", "OK，她的 new seat 是 C-09。"),
        ("assistant", "已記錄：夜間班 C-09，原座位將自動釋出。"),
    ],
]
