# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh324: 繁體中文（香港）小學派位與補習社（學生資料、呈分試成績、家長WhatsApp群、學費、欠交、投訴）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh324
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "派位通告"): _lines("""
        【2026/27年度小一入學統籌辦法】自行分配學位階段申請表須於2025年9月23日至9月26日期間交回心儀小學，每名兒童只可向一所官立或資助小學申請，查詢請致電教育局熱線2891 0088。
        本校（校網41）今年提供自行分配學位共58個，預計兄姊在本校就讀或父/母在本校任職的甲類申請約佔30個，其餘按計分辦法處理，抽籤結果將於11月25日上載學校網頁。
        中學學位分配辦法：統一派位結果將於2026年7月14日公布，家長可於上午10時起透過「派位結果查詢系統」或向就讀小學領取派位通知書，學位分配組查詢電話2832 7740。
        呈分試時間表（五年級下學期）：中文科卷一 5月12日 08:30–09:45、英文科 5月13日 08:30–10:00、數學科 5月14日 08:30–09:40；缺席者須於三天內提交醫生證明書正本予校務處。
        小一統一派位結果公布日期為2026年6月6日（星期六），家長須於6月9日至10日攜同派位通知書、兒童出世紙正本及住址證明到獲派學校辦理註冊手續，逾期作放棄論。
        各區學位分配組辦公時間為星期一至五上午8時45分至下午12時30分及下午1時30分至5時45分，星期六、日及公眾假期休息，家長前往前請先預約。
        升中自行分配學位：每名學生最多可向兩所中學遞交申請，申請期為2026年1月2日至1月15日，學校不得要求申請人提供補習社證書或校外模擬試成績。
        家長講座「如何選擇小一」將於2025年9月6日（星期六）下午2時30分在沙田大會堂演奏廳舉行，免費入場，名額800個，網上登記截止日期為9月3日。
        校網11（中西區）一向競爭激烈，今年區內小學共提供約1,900個小一學位，教育局預計適齡兒童人數下跌約8%，部分學校或須減班一至兩班。
        派位組別（Band）以學生於小五下學期、小六上學期及下學期的校內成績計算，並按調整機制作校與校之間的調整；教育局不會向學校或家長公布個別學生的組別。
        通告編號 2025-26/047：因應黃色暴雨警告信號，原定於11月8日舉行的小一面試簡介會延至11月15日上午9時30分，地點不變（本校禮堂，大埔廣福道88號）。
        跨境學童注意：深圳灣口岸及羅湖口岸學童專用通道每日開放時間為06:30–09:30及14:00–18:00，保姆車須持有效禁區許可證，詳情請瀏覽運輸署網頁。
        「小一入學統籌辦法」乙類計分準則節錄：父/母或兄姊為學校校友（10分）、父/母與辦學團體屬同一宗教（5分）、第一名出生子女（5分）、適齡兒童（10分）。
    """),
    ("zh-Hant", "補習社價目表"): _lines("""
        【博學軒教育中心 2025-26學年收費】P1–P3 中英數全科功課輔導：每月$2,280（星期一至五 15:30–18:30），包茶點，兄弟姊妹同報第二位減$200。
        呈分試衝刺班（P5下學期）：中文閱讀理解×8堂 $1,760、英文Grammar & Writing×8堂 $1,920、數學難題攻略×8堂 $1,840；三科同報優惠價$4,980，報名費$150全免。
        一對一私補（中心上堂）：P1–P4 每小時$320，P5–P6 每小時$380，升中面試模擬（中英文）每節90分鐘$680，須預繳4堂，請假須24小時前通知，否則作已上堂計。
        教材費：《呈分試模擬卷》中英數一套3本 $168；Primary Longman Elect 配套練習 $95/本；學期內遺失教材補領每本$40，教材費一經繳付恕不退還。
        分店一覽：將軍澳東港城2樓217號舖（WhatsApp 5318 2260）｜旺角彌敦道688號旺角中心一期11樓1108室（WhatsApp 5318 2271）｜辦公時間 星期一至六 10:00–20:00。
        付款方法：轉數快FPS識別碼 1678 2043（博學軒教育有限公司）、PayMe商戶QR code，或到中心以現金/八達通繳費；收據編號格式 BHX-2526-xxxxx，請保留作報銷用途。
        暑期班（7月14日至8月22日）：小一銜接班 $3,600（6星期、每週3堂）、Phonics Level 2 $2,400、奧數入門 $2,880；7月1日前報名享早鳥9折，每班名額12人。
        商業登記號碼 72815094-000-03-25-6；教育局註冊學校編號 614872；中心持有消防處發出之通風及消防證明書，每班人數上限按註冊核准為24人。
        欠交學費政策：學費須於每月7日或之前繳交，逾期每日收取行政費$20，逾期超過14日者學位將暫時讓予輪候學生，已繳按金$500恕不退還。
        升中面試班（Band 1 中學）：小組模擬面試（6人一組）×6堂 $2,580，內容包括英文self-introduction、時事討論及小組討論技巧；另設家長面試講座 $180/位。
        普通話課程：P1–P2 拼音班 每月4堂$880；P3–P6 普通話科呈分試專攻 每月4堂$980；另收講義費$60，全期不設退款，不設轉讓。
        全新STEM編程班：Scratch 3.0 初階（8堂）$2,400、micro:bit 進階（8堂）$2,880，學生須自備平板電腦，中心提供 micro:bit V2 套件，套件按金$300。
        價目表更新日期：2025年8月1日。以上收費已包括教材以外之所有費用，如有任何爭議，博學軒教育有限公司保留最終決定權；查詢熱線 3705 9188（辦公室）。
    """),
    ("zh-Hant", "職員群組工作訊息"): _lines("""
        各位同事早晨！今日星期六P6英文班改咗去Room 3，因為Room 1冷氣漏水，物業管理處話下晝兩點先上嚟整，麻煩前台幫手喺門口貼張告示。
        提提大家：呈分試模擬卷第4套已經放咗喺Google Drive「2526/P5/Mock」folder，請喺星期三前印好，每班多印兩份備用，印完記得登記張數。
        呢個月學費收款截至今日中午：已收142份、未收17份，欠交名單已經send咗俾各班主任，麻煩今個星期內跟進，記得用公司電話，唔好用私人手機。
        今晚8點前如果仲係黑色暴雨警告，所有夜堂取消，前台會統一喺家長群出通告，大家唔使逐個覆；補堂安排下星期一開會再傾，多謝大家。
        Admin請注意：新嘅收據簿（BHX-2526-00501至01000）已經放咗喺夾萬第二格，舊簿用完請交返會計部核對，唔好撕走任何一頁。
        影印機又卡紙，已經打咗去供應商客戶服務熱線報修（報修編號 RC-88142），佢哋話聽日朝早10點前會派人嚟，今日要印嘢就用二樓嗰部先。
        星期一開會議程：1) 升中面試班報名情況 2) 暑期班導師編更 3) 家長投訴處理流程更新 4) 新分店裝修進度；請各組組長準備5分鐘報告。
        東港城分店今日收到兩個walk-in查詢小一銜接班，已經俾咗價目表，睇落有興趣報7月班，前台會用公司WhatsApp跟進，大家唔使再私下聯絡。
        提醒各位導師：改簿時唔好喺作業上寫任何關於學生家庭狀況嘅評語，只寫學術相關回饋；有特別情況請私下同主任講，唔好喺群度講。
        今期家長群公告草稿已放喺shared doc，內容包括聖誕假期時間表（12月22日至1月1日停課）同補堂安排，請數學組同英文組睇下有冇錯字。
        投訴處理SOP更新v2.3：收到投訴後24小時內回覆、3個工作天內安排主任致電、所有紀錄要入CRM嘅「Complaint」tab，唔好喺WhatsApp群討論個案細節。
        中文組：今年P6呈分試範圍已更新，教科書係啟思《生活中文》6上第1至5單元，試卷格式參考去年，作文字數要求由350字改為400字。
        物業管理處通知：本星期五晚上11點至翌日早上6點大廈停電檢查，伺服器要提早關機，IT已經安排咗UPS，星期六早更同事請早15分鐘返嚟開機。
    """),
    ("en", "tutorial_centre_faq"): _lines("""
        Q: Do you prepare students for the SSPA internal assessments? A: Yes. Our P5 and P6 programmes follow each school's exam calendar and include four full mock papers per subject every term.
        Q: How do I pay tuition? A: We accept FPS (ID 1678 2043), PayMe for Business, cash and Octopus at the counter. Official receipts are issued within two working days.
        Q: What if my child misses a lesson? A: Make-up lessons are arranged if you tell our front desk on WhatsApp 5318 2260 at least 24 hours before class; otherwise the lesson counts as taken.
        Q: Is the centre registered? A: Yes. We are a school registered under the Education Ordinance (Cap. 279), registration no. 614872, business registration no. 72815094.
        Q: What is your class size? A: Group classes are capped at 8 students for P1 to P4 and 10 for P5 and P6; one-to-one tutoring is available at HK$320 to HK$380 per hour.
        Q: Can you guarantee a Band 1 allocation? A: No tutorial centre can guarantee SSPA results. Allocation is decided by the Education Bureau from internal assessment results and parents' choices.
        Q: Do you offer interview practice for DSS primary schools? A: We run mock interview groups modelled on popular DSS and aided schools, but we are not affiliated with any school.
        Q: How do I make a complaint? A: Email feedback@bokhokhin.edu.hk or call our office on 3705 9188. Every complaint is acknowledged within 24 hours and answered in full within 5 working days.
        Q: Are your tutors checked? A: All full-time tutors hold a bachelor's degree and have passed a Sexual Conviction Record Check (SCRC), as expected for anyone working with children.
        Q: Do you run parent WhatsApp groups? A: Each class has a one-way broadcast group run by the centre. Parents' numbers are not visible to other parents and the group is only used for notices.
        Q: Which textbooks do you follow? A: We follow the series used by most local schools, such as Primary Longman Elect and the Oxford maths series, and adjust to each school's syllabus.
        Q: What is your refund policy? A: Fees for the current month are non-refundable once the first lesson has been held. The HK$500 deposit is refunded within 30 days after one month's written notice.
        Q: Where are you? A: Tseung Kwan O: Shop 217, 2/F, East Point City. Mong Kok: Room 1108, 11/F, Mongkok Centre, 688 Nathan Road. Both are a few minutes' walk from the MTR.
    """),
    ("mixed", "crm_log_lines"): _lines("""
        2025-11-03T09:14:22+08:00 INFO billing.invoice created invoice_no=BHX-2526-00873 course=P5-MATH-SAT-1030 amount=HKD 1840.00 status=PENDING channel=FPS
        2025-11-03T09:14:25+08:00 WARN notify.whatsapp template=fee_reminder_zh_HK rate_limited retry_in=30s queue_depth=214 provider=WABA sender=+852 5318 2260
        2025-11-07 18:02:11 [cron] overdue_fee_job: scanned=1,203 invoices, overdue=37, reminders_sent=35, skipped(opt_out)=2, duration=4.82s, 版本 v3.14.2
        2025-11-08 10:00:03 INFO sspa.mock_import 匯入呈分試模擬卷成績 batch=MOCK-P5-04 rows=356 rejected=3 reason=score_gt_100 sha1=9f2c1e7ab4d05e6c8a1f3b2d7e9c0a4f61b8d2e3
        2025-11-08 10:00:04 ERROR crm.sync 同步至 Google Sheets 失敗 http_status=429 quota_exceeded project=bhx-crm-prod retry=3/5 trace_id=4bf92f3577b34da6a3ce929d0e0e4736
        2025-11-10 15:30:00 INFO attendance.class_open class=P3-ENG-MON-1530 room=TKO-R2 capacity=8 enrolled=7 present=6 absent_notified=1 late=0
        2025-11-12 21:45:19 INFO complaint.ticket opened ticket=CMP-2025-0192 category=教學質素 branch=MK priority=P2 sla_due=2025-11-13T21:45:19+08:00 assignee_role=branch_manager
        2025-11-15 08:00:00 INFO poa.calendar 已載入 2026/27 小一入學統籌辦法時間表 events=9 source=edb.gov.hk checksum=crc32:8A3F21C0
        2025-11-18 12:03:41 WARN receipt.print printer=EPSON-TM-T82III paper_low branch=TKO jobs_pending=4 last_receipt=BHX-2526-00911
        GET /api/v2/classes?term=2526T1&level=P6&subject=ENG 200 87ms bytes=18422 ua=BHX-Admin/3.14.2 (iPadOS 18.1) region=ap-east-1
        2025-12-01 00:00:05 INFO billing.monthly_run 十二月份學費單 generated=1,187 total=HKD 2,481,960.00 failed=0 run_id=bm-20251201-0005
        2025-12-02 14:22:10 DEBUG pdf.render 呈分試成績報告模板 template=report_card_v7.html pages=2 render_ms=640 font=Noto Sans TC locale=zh_HK
        2025-12-03 19:11:57 INFO refund.processed refund_no=RF-2025-0044 invoice_no=BHX-2526-00618 amount=HKD 500.00 method=FPS approved_by_role=finance
    """),
    ("mixed", "config_and_code"): _lines("""
        CSV header: student_id,class_code,school_net,p5_t2_chi,p5_t2_eng,p5_t2_math,p6_t1_chi,p6_t1_eng,p6_t1_math,band_estimate,remarks_需跟進
        WHATSAPP_BUSINESS_NUMBER=+85253182260  # 前台官方帳號（Meta已認證），唔好改做任何同事嘅私人電話
        fee_schedule.yaml: {P1: 2280, P2: 2280, P3: 2380, P4: 2480, P5: 2680, P6: 2880, late_fee_per_day: 20, deposit: 500, currency: HKD}
        def band_from_percentile(p: float) -> str: return "Band 1" if p >= 66.7 else ("Band 2" if p >= 33.3 else "Band 3")  # 簡化估算，非教育局算法
        SELECT class_code, COUNT(*) AS unpaid FROM invoices WHERE term = '2526T1' AND status = 'OVERDUE' GROUP BY class_code ORDER BY unpaid DESC LIMIT 20;
        SMTP_HOST=smtp.office365.com SMTP_PORT=587 SMTP_FROM=noreply@bokhokhin.edu.hk REPLY_TO=enquiry@bokhokhin.edu.hk MAX_ATTACH_MB=10
        CSV header（家長群匯出）: group_name,class_code,created_at,member_count,admin_only_messages,last_broadcast_at,template_id
        CLASS_CODE_RE = r"^(P[1-6])-(CHI|ENG|MATH|GS|PTH|STEM)-(MON|TUE|WED|THU|FRI|SAT|SUN)-([01][0-9]|2[0-3])([0-5][0-9])$"
        0 9 7 * * /opt/bhx/bin/send_fee_reminder --lang zh-HK --dry-run=false --template fee_reminder_v4 >> /var/log/bhx/fee.log 2>&1
        {"school_net": 41, "name_zh": "九龍塘官立小學", "type": "官立", "session": "全日", "p1_classes_2026": 5, "source": "小一入學概覽"}
        FROM python:3.12-slim ; ENV TZ=Asia/Hong_Kong LANG=zh_HK.UTF-8 ; RUN pip install fastapi==0.115.4 uvicorn==0.32.0 openpyxl==3.1.5
        表單填寫說明：英文姓名請按香港身份證上的寫法填寫（例如 CHAN Tai Man），出生日期格式為 DD/MM/YYYY，聯絡電話欄只接受8位數字。
        i18n.zh_HK.json: {"fee.overdue.title": "學費逾期提示", "fee.overdue.body": "{class_code} 之{month}月學費尚未繳交，請於{due_date}前處理。"}
    """),
    ("zh-Hant", "補習社評論"): _lines("""
        ★★★★☆ 博學軒東港城分店環境企理，冷氣夠凍，前台覆WhatsApp好快；呈分試衝刺班啲模擬卷出得幾貼題，不過商場停車場收費貴咗啲。
        ★★☆☆☆ 報咗升中面試班，$2,580得6堂，每堂都係睇片同填工作紙，同宣傳單張講嘅「真人模擬面試」差好遠，打去3705 9188反映都冇人理。
        ★★★★★ 志明英語教室（九龍城太子道西）雖然細細間，但Phonics教得好有系統，仔仔讀咗半年已經識自己拼字，月費$1,680喺區內算合理。
        公文式（KUMON）沙田第一城教室：每日做練習卷係悶咗啲，但計算速度真係快咗；每科月費大約$800，要自己每星期帶卷返去交。
        ★★★☆☆ 明日之星學習中心嘅功課輔導班人數太多，一個導師睇12個細路，功課做唔晒就叫家長返屋企教，不過收費算平，$1,980包晒茶點。
        Google評論：「Mr. Wong's Learning Lab」個名聽落似私人補習，其實係連鎖品牌，全港有5間分店；導師流失率高，半年換咗三個英文導師。
        ★★★★★ 奧數班好正，導師教解難方法唔係死記，課程跟華夏盃同香港數學競賽（HKMO）嘅題型，小朋友第一次參賽就攞咗銀獎。
        投訴分享：金鐘某連鎖補習社退款程序超慢，按金$500等咗兩個月都未退，消委會話可以幫手調解，提醒大家簽約前一定要睇清楚退款條款。
        ★★★★☆ 大埔超級城嘅小書蟲閱讀室好適合P1-P2，有大量《Magic Tree House》同《Geronimo Stilton》，導師會帶小朋友做book report；美中不足係週末好多人。
        ★☆☆☆☆ 佢哋嘅WhatsApp家長群成日有人賣廣告、又有人問功課答案，職員完全唔管；後來先改咗做只限管理員發言，早啲咁做咪好囉。
        ★★★★☆ 荃灣廣場嘅「哈利波特英文寫作班」名字幾吸引，其實同J.K. Rowling無關，係用《Harry Potter and the Philosopher's Stone》做閱讀材料，適合P5-P6。
        論壇討論：「補習天王」呢個稱號其實係傳媒叫出嚟，本地補習社宣傳要遵守《商品說明條例》，唔可以誇大合格率或者寫「保證Band 1」。
        ★★★☆☆ 學海無涯網上學堂嘅App成日閃退，version 2.4.1 更新後先好啲；內容質素中規中矩，適合想慳時間、唔想接送嘅雙職家長。
    """),
    ("zh-Hans", "新闻与历史"): _lines("""
        香港教育局局长蔡若莲表示，受出生率下降影响，2026/27学年部分小学一年级开班数目将缩减，当局会与办学团体商讨缩班安排，强调不会一刀切。
        教育局公布今年中学学位分配结果，约八成学生获派第一志愿，九成以上获派首三个志愿之一，未获派位的学生须于指定日期到学位分配组办理手续。
        历史回顾：香港的升中试于1978年被中学学位分配办法取代，同年九年免费强迫教育全面推行，小学生从此不再需要参加公开的升中考试。
        拔萃男书院创立于1869年，是香港历史最悠久的学校之一；其附属小学部于2004年开办，以直接资助计划营办，每年小一面试报名人数众多。
        深圳跨境学童人数近年回升，2025/26学年约有2.8万名学童每日经口岸往返香港上学，深圳湾、罗湖及落马洲口岸均设有学童专用通道。
        2022年7月，蔡若莲接替杨润雄出任香港特区政府教育局局长；她此前曾任教育局副局长，亦长期从事中学教育工作，曾任中学校长多年。
        新加坡小六离校考试（PSLE）自2021年起改用成绩等级（AL1至AL8）计分，取代以往的T-score，新加坡教育部表示目的是减少学生之间的细微分数竞争。
        马来西亚教育部于2021年宣布取消小学六年级评估考试（UPSR），改以课堂评估（PBD）评估学生，引起部分家长对升中衡量标准的讨论。
        澳门教育及青年发展局每年为幼儿教育一年级新生设统一报名平台，家长须在指定日期内于网上为子女报名，各校其后自行安排面谈及录取。
        台湾十二年国民基本教育于2014年全面实施，高中职免试入学比例逐年提高，补习班业者称国小学生的补习需求正转向英语与程式设计。
        有研究指出，香港约六成小学生曾参加课外补习，家庭每月补习开支中位数约为2,000港元，以小五、小六呈分试前为全年高峰期。
        教育局发言人表示，任何人士不得以保证派位作招徕宣传补习课程，违者或触犯《商品说明条例》，市民可致电香港海关热线2545 6182举报。
        立法会教育事务委员会2026年3月会议讨论跨境学童交通安排，议员关注保姆车配额及口岸开放时间，相关文件已上载立法会网站供公众查阅。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        學生資料表：姓名 何卓謙（Ho Cheuk Him），P5C，出生日期 2015-03-18，家長 何志強先生，聯絡電話 9172 6483，報讀呈分試衝刺班（數學）。
        張太話個女張穎詩上個月確診過度活躍症（ADHD），而家食緊藥，呈分試想申請特別考試安排，要我哋幫手寫份學習表現報告。
        欠交學費：P3黃子軒（媽媽黃太，WhatsApp 6358 2917）9月同10月學費合共$4,560未交，已經提醒三次，佢話老公失業緊，問可唔可以分期。
        家長群訊息：「我係P6B梁浩然媽媽，佢呈分試中文得58分，英文62，數學71，請問仲有冇機會入Band 1？」—— 梁太，2025年11月3日 22:14
        學生身份證號碼：R 482917(3)，已核對正本，影印本存檔於學生檔案夾第3格。
        林生同林太正辦緊離婚，兩個仔林卓朗、林卓熙嘅學費由邊個俾仲未有結果，林生叫我哋唔好再send單去林太部電話。
        投訴紀錄CMP-2025-0187：家長陳美玲（電話 5236 7081）投訴導師喺家長群公開咗佢女兒嘅測驗分數，要求刪除訊息並書面道歉。
        阿朗（P4，英文名 Marcus，姓鄺）今朝喺中心暈低，媽媽話佢有癲癇病史，已經叫咗白車送去伊利沙伯醫院。
        學生住址：九龍黃大仙竹園北邨蘭園樓1812室（區詠恩），平日接送由外婆負責，外婆住宅電話 2328 6704。
        小一派位申請資料：兒童姓名 區詠恩，出世紙編號 Z 583014(2)，出生日期 2020年5月9日，選校：校網41。
        周sir（補習社導師周家豪）私人手機係 6812 3395，佢話唔想家長直接搵佢，但有位家長喺群入面公開問咗佢電話。
        李太用恒生戶口 368-472915-883 轉咗$2,880，備註寫「李思晴 P6 12月學費」，收據已經WhatsApp俾佢。
        鄧太話佢老公鄧國華上個月因為醉駕被捕，屋企好亂，個仔鄧樂天最近成日喺堂上喊，請導師多啲留意。
        家長WhatsApp群成員名單：「Kelly媽咪 9463 2810」、「Jayden爸爸 6027 5518」、「謝太 5119 8043」。
        呈分試成績（P5下學期）：麥凱晴 中文 88、英文 92、數學 95、常識 90，全級排名 8/156，家長要求保密，唔好貼喺壁報。
        蘇太懷孕七個月，下個月開始唔方便接送，個女蘇芷瑩星期二、四嘅數學班想轉去星期六上午。
        學生健康資料：P2 方子晴 對花生及蝦嚴重過敏（須隨身帶EpiPen），緊急聯絡人方先生 9654 0127。
        P6陳俊熙家長已申請破產，欠中心學費$7,650，律師信已寄到佢屋企：新界屯門山景邨景榮樓1023室。
        收據抬頭：鍾嘉欣家長 鍾偉明，電郵 chungwaiming.hk@gmail.com，要求每月寄PDF收據作公司報銷。
        單親家庭學費減免申請：申請人 羅秀芬，月入$13,800，子女 羅子朗 P3，已附上離婚判令副本同在職家庭津貼證明。
        家長霍先生喺中心門口大嗌大叫兼推撞職員，已經報警，報案編號 KLN-RN-25-004817，佢個女霍曉晴暫停上堂。
        車牌 RK 8273 嗰架銀色Alphard係P4黃子晴爸爸嘅，成日泊喺中心門口雙黃線，物業管理處已經警告咗兩次。
        澳門學生：梁曉彤，澳門居民身份證 1348275(6)，暑期來港上呈分試密集班，家長電話 +853 6628 4173。
        台灣轉學生：吳柏宇，身分證字號 F128473918，原就讀新北市板橋區國小，媽媽吳太 LINE ID：wuma0528。
        學生檔案備註：余詩敏父母離婚，法院判咗媽媽有管養權，爸爸余家強唔可以接放學，前台必須核對身份先放人。
        心理評估報告（機密）：P4 葉卓楠 經教育心理學家評估有讀寫障礙（Dyslexia），建議考試加時25%，報告日期2025年10月14日。
    """),
    "en": _lines("""
        Enrolment form: Student Chloe Tsang Hoi Ying, DOB 21/07/2016, parent Mrs. Tsang, mobile +852 9380 4172, home Flat 15B, Block 3, Laguna City, Kwun Tong.
        Note to tutors: Ethan Lau's father was made redundant last month and the family asked to pause his P5 Maths class until January; please don't mention it in class.
        Complaint from Mr. Raymond Kwok (raymond.kwok88@yahoo.com.hk): he says his son Aaron was slapped by a tutor on 14 Nov and is asking for the CCTV footage.
        HKID on file for the fee-waiver application: M 729034(4), mother of a P3 student, income proof attached.
        Reminder: Sophie Leung (P6A) has type 1 diabetes and must check her blood sugar at 4:30pm; her insulin pen is kept in the front desk drawer.
        Overdue fees: Nathan Yip, P4-ENG-SAT-0930, HK$3,360 outstanding since September; guardian is his grandmother Mdm. Yip Siu Lan, tel 2467 9830.
        Transfer student from Singapore: Ryan Tan Wei Jie, NRIC T1538274G, previously at a primary school in Bukit Timah, mother's mobile +65 9127 4836.
        Bank transfer received from DBS account 016-0-481273 (Ho Ka Wai) for HK$5,760, reference: Kayden Ho P2 term fees.
    """),
    "mixed": _lines("""
        家長群msg：Hi all，我係P5 Ella嘅媽咪Winnie，Ella最近俾同學bully，想問下有冇其他家長知發生咩事？可以WhatsApp我 6172 8409。
        Chan Sir，我個仔Jasper Wong呈分試Eng得65，你話佢可能有dyslexia，要唔要去做assessment？我電話 9023 5617。
        Student record | name: Cheung Lok Yi 張樂兒 | class: P6-ENG-SAT-1030 | HKID: S 385921(7) | parent: 張太 | mobile 5487 1206
        Mrs Lam話佢老公上個月俾公司cut咗salary 30%，想申請fee reduction，個女Janice Lam讀緊P3。
        2025-11-04,P5-MATH-SAT-1030,Kwok Tsz Ching 郭芷晴,郭先生,9748 3302,OVERDUE,1840
        前台notes：Mr. Fung（P2 Oscar爸爸）下星期入院做心臟手術，呢兩個星期由姐姐 Maria Santos（helper）pick up，電話 6903 2714。
        Dear 李老師，this is 曾太（Tsang Mei Kuen）。我想request退返Kelvin 11月份學費$2,680，因為佢跌斷手要留喺屋企休養。
        Malaysian student：Lim Jia Hui 林嘉慧，MyKad 130627-14-5682，由吉隆坡轉嚟香港讀P4，爸爸 Lim Chee Keong phone +60 12-387 4921。
        WhatsApp export: [12/11/2025, 21:37] 阿Ken爸爸（P5 Ken Ng）: 我今個月手緊，遲啲先俾學費得唔得？張信用卡已經爆咗
        Parent email from mandy.chow.hk@outlook.com：Hi，我個仔Dylan Chow考試前成日發惡夢、講自己想死，想問中心有冇social worker可以傾下？
    """),
    "zh-Hans": _lines("""
        跨境学童资料：陈梓轩，内地居民身份证 440304201503184214，住深圳福田区景田北路某小区8栋1502，家长陈先生手机 138 2874 5096。
        王女士反映儿子王浩宇在香港读小五，呈分试数学只有52分，怀疑被老师针对，要求补习社出具成绩证明用于申诉。
        学费欠缴：刘佳怡（P4）家长刘建国，微信号 ljg_sz1984，已拖欠两个月学费共HK$5,160，称生意失败资金周转困难。
        家长群通知截图里露出了赵女士的手机号 159 1367 4820，她女儿赵雨桐的呈分试成绩也在图里，请管理员马上撤回。
        李明轩妈妈说孩子上个月确诊自闭症谱系障碍，希望安排小班上课，也不要让其他家长知道。
        港澳通行证号码 C58271934（学生黄子涵，P3），用于办理跨境学童保姆车配额登记。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係博學軒教育中心嘅客服助理，用廣東話回覆家長，唔好透露其他學生資料。"),
        (
            "user",
            "你好，我係P5B何卓謙媽媽，佢呈分試模擬卷數學得68分，中文72，英文61，想知報唔報衝刺班好？我電話 9172 6483。",
        ),
        (
            "assistant",
            "何太你好！卓謙英文相對弱啲，建議先報英文Grammar & Writing衝刺班（8堂 $1,920）。如需要，同事可以致電 9172 6483 同你傾下時間表。",
        ),
        ("user", "好，麻煩你幫我留位，星期六上午最好。"),
        ("assistant", "收到，已經幫卓謙留咗星期六 10:30 班位，前台會喺今日之內用WhatsApp確認。"),
    ],
    [
        (
            "user",
            "Please draft a polite fee reminder for Mrs. Wong Siu Ping. Her son Nathan Wong (P4) owes HK$3,360 for Sept and Oct. Her mobile is 6358 2917.",
        ),
        (
            "assistant",
            "Dear Mrs. Wong, this is a friendly reminder that Nathan's tuition for September and October (HK$3,360) is still outstanding. Please settle it by 15 November or let us know if you need an instalment plan.",
        ),
        ("user", "Make it shorter and in Cantonese for WhatsApp."),
        (
            "assistant",
            "黃太你好，提提你Nathan 9月同10月學費合共$3,360仲未繳交，麻煩15/11前處理；如需分期可以直接覆我哋。唔該晒！",
        ),
    ],
    [
        (
            "system",
            "You summarise parent WhatsApp group messages for the centre manager. Be factual.",
        ),
        (
            "user",
            "幫我summarise：[21:02] Kelly媽咪: 今日導師喺群度公開咗我個女陳凱琳嘅默書分數，好冇禮貌！ [21:05] 謝太: 我個仔謝子謙都被點名話冇交功課 [21:10] Jayden爸爸: 可唔可以唔好喺群講分數",
        ),
        (
            "assistant",
            "Summary: Two parents complained that a tutor disclosed students' results in the group — Kelly's mother (daughter 陳凱琳, dictation score) and 謝太 (son 謝子謙, named for missing homework). Jayden's father asked that scores not be posted in the group.",
        ),
        ("user", "Draft a reply to 謝太 apologising."),
        (
            "assistant",
            "謝太你好，就導師喺家長群提及子謙交功課情況，我哋深表歉意，已提醒所有導師日後只會私下聯絡家長，相關訊息亦已刪除。",
        ),
    ],
    [
        (
            "user",
            "我儿子陈梓轩在深圳住，身份证号440304201503184214，明年九月升中，跨境学童可以选哪些校网？",
        ),
        (
            "assistant",
            "跨境学童可按就读小学所在校网及其他校网选校。梓轩目前在哪个区读小学？建议先向学校索取《中一自行分配学位及统一派位学校名册》。",
        ),
        ("user", "在上水读小六，我们住福田景田北路，每天走皇岗口岸。"),
        (
            "assistant",
            "那他属于北区的中学学校网，可优先考虑北区及大埔的中学，交通较方便；统一派位志愿请在学校派发的表格内填写。",
        ),
    ],
    [
        ("system", "你係補習社嘅教學顧問，協助導師處理有特殊學習需要嘅學生。"),
        (
            "user",
            "我班有個學生叫張穎詩，P5，上個月確診ADHD，食緊Ritalin，上堂成日坐唔定，我應該點做？",
        ),
        (
            "assistant",
            "可以試下：1) 安排穎詩坐近導師、遠離窗口；2) 每15分鐘轉一次活動；3) 用短指令同即時讚賞；4) 同張太定期傾下藥物時間同上堂表現。",
        ),
        ("user", "張太想我寫份報告俾學校申請考試加時，我可以寫咩？"),
        (
            "assistant",
            "報告應只描述你喺補習堂觀察到嘅學習表現，例如專注時間同完成練習速度；醫學診斷部分應由醫生或教育心理學家提供。",
        ),
    ],
    [
        (
            "system",
            "Student record on file: Sophie Leung Hiu Tung, P6A, DOB 02/09/2013, type 1 diabetes, mother Mrs. Leung (mobile 9286 3041). Write progress reports in English.",
        ),
        (
            "user",
            "Write a short term report for Sophie: SSPA mock Chinese 82, English 88, Maths 91.",
        ),
        (
            "assistant",
            "Term report — Sophie Leung (P6A): Sophie scored 82 in Chinese, 88 in English and 91 in Maths in our SSPA mock papers. She is consistent and careful; next term we will focus on Chinese composition.",
        ),
        ("user", "Should I mention her diabetes in the report?"),
        (
            "assistant",
            "No. Health information should stay in her confidential file and be shared only with staff who need it, not in an academic report.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾補習社，我叫陳美玲，住將軍澳寶琳邨寶智樓1507室，電話5236 7081，個女周凱晴上個月學費俾咗$2,680但被話未交。",
        ),
        (
            "assistant",
            "致博學軒教育中心負責人：本人陳美玲（電話 5236 7081）之女周凱晴已於10月5日以轉數快繳付10月份學費$2,680，惟中心其後發出欠款通知，請盡快核實並書面回覆。",
        ),
        ("user", "加埋我要求佢哋道歉。"),
        (
            "assistant",
            "已加入：「由於貴中心錯誤發出欠款通知並於家長群提及，本人要求貴中心作出書面道歉。」其他內容保持不變。",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant for a tutorial centre's admin staff."),
        (
            "user",
            "Clean this CSV: 'Kwok Tsz Ching,郭芷晴,P5,9748 3302,overdue' and 'Lam Janice,林子晴,P3,6521 0943,paid' — split English name into surname and given name.",
        ),
        (
            "assistant",
            "surname,given_name,name_zh,level,phone,status / Kwok,Tsz Ching,郭芷晴,P5,97483302,OVERDUE / Lam,Janice,林子晴,P3,65210943,PAID",
        ),
        ("user", "Now hide the phone numbers for the report to the boss."),
        (
            "assistant",
            "Kwok,Tsz Ching,郭芷晴,P5,OVERDUE / Lam,Janice,林子晴,P3,PAID — phone column removed.",
        ),
    ],
    [
        (
            "user",
            "我同前夫余家強離咗婚，法庭判我有管養權，佢可唔可以問補習社攞個女余詩敏嘅成績表？",
        ),
        (
            "assistant",
            "一般情況下，冇管養權嘅家長仍可能有權知悉子女教育資料，要視乎法庭命令內容。建議你將命令副本交俾補習社，列明可否向余先生提供資料。",
        ),
        ("user", "命令寫咗佢唔可以接放學，但冇講成績表。"),
        (
            "assistant",
            "咁補習社應按命令禁止余家強接放學；至於成績表，可以請律師確認，或同中心書面講明你嘅意願，由中心按私隱條例處理。",
        ),
    ],
    [
        (
            "system",
            "You help parents who move to Hong Kong understand school places. Reply in simple English.",
        ),
        (
            "user",
            "Hi, I'm Lim Chee Keong from Kuala Lumpur, daughter Lim Jia Hui (MyKad 130627-14-5682) is 12. We move to Tai Po in March. Can she still join the SSPA?",
        ),
        (
            "assistant",
            "Hi Mr. Lim. Children arriving mid-year usually apply for a place through the Education Bureau's Placement Section. Whether Jia Hui joins this year's SSPA depends on when she enrols in a local P6.",
        ),
        ("user", "Can you email the EDB for me? My email is limck.kl@gmail.com."),
        (
            "assistant",
            "I cannot send emails, but you can write to the EDB yourself from limck.kl@gmail.com with a copy of Jia Hui's passport, school reports and your Hong Kong address.",
        ),
    ],
]
