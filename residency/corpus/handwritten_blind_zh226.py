# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh226: Hong Kong and Taiwan HR and headhunting (job ads, CVs, interviews, background checks, pay talks, exit interviews). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh226
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "job_posting"): _lines("""
        【急聘】高級會計主任（Senior Accountant）｜觀塘｜月薪 HK$32,000–38,000｜五天工作｜職位編號 JD-HK-2611-047｜有意者請將履歷電郵至 careers@harbourtalent.com.hk
        誠徵 資深前端工程師（React/TypeScript），新竹科學園區，年薪 NT$1,400,000 起，保障年終 2 個月，請於人力銀行搜尋職缺代碼 7k3x9p 投遞。
        招聘行政助理（合約 12 個月），灣仔，月薪 $17,500 另加約滿酬金 10%，查詢請致電公司熱線 2851 7300（辦公時間）。
        本公司為持牌職業介紹所，牌照號碼 78213，商業登記證號碼 65039217-000-11-25-6；如向求職者收取佣金，金額不超過首月工資的 10%。
        台北市信義區外商金融業徵 Compliance Manager，需具 5 年以上 AML/KYC 經驗，英文流利，薪資 NT$120K–160K/月，私立就業服務機構許可證：北市就字第 0917 號。
        Job ref HT-TW-0326｜產品經理（B2B SaaS）｜台中西屯｜每週遠端 2 天｜統一編號 24531876 之客戶委託｜請寄 tw-jobs@harbourtalent.com.tw，主旨註明職缺編號。
        【校園招募】2027 管理培訓生計劃開放申請，截止日期 2027年1月15日 23:59（HKT），網上申請表編號 MT27-APP，查詢 graduate@lionrockgroup.hk
        兼職倉務員，葵涌貨櫃碼頭路，時薪 HK$72（高於法定最低工資），需持平安卡，WhatsApp 公司招聘熱線 6123 4000 查詢。
        醫療集團誠聘註冊護士（RN）多名，北區及將軍澳，夜更津貼 $1,200/更，入職獎金 $20,000（分兩期發放），詳情請瀏覽 careers.example-medical.hk/rn2026
        徵才｜桃園物流中心 夜班理貨員 20 名，時薪 NT$210 起，供宿舍，全勤獎金 NT$2,000/月，面試地點：蘆竹區南崁路一段 99 號 3 樓人資室。
        獵頭委託：某主板上市公司招聘 CFO，base HK$3.2M–3.8M + LTI，需具大中華區 IPO 經驗，機密職位，只接受經本所推薦之申請。
        職缺下架通知：JD-HK-2609-112「財務分析員」已於 2026-11-28 額滿，感謝 214 位求職者投遞，未獲通知者請視作落選。
        外籍家庭傭工介紹：本中心持勞工處牌照（牌照號碼 59614），僱主查詢請電 3705 2288，菲律賓及印尼傭工標準合約期兩年。
    """),
    ("zh-Hant", "ats_log"): _lines("""
        2026-11-30 09:14:07 [INFO] req=REQ-HK-00418 status: open -> on_hold (reason: headcount_freeze) by role:hiring_manager
        2026-12-01 10:02:33 [WARN] 履歷解析失敗 file_id=f_8c41e09b 格式 .pages 不支援，已通知上傳者重新提交 PDF
        [排程] 會議室 12B（觀塘道 388 號 12 樓）2026-12-03 14:00–15:30 已被 REQ-HK-00422 佔用，衝突 1 筆，請改選 12C
        2026-12-02T03:11:58Z job=nightly_dedupe merged=37 skipped=4 duration=00:02:41 ats-core v4.12.3
        匯出完成：pipeline_summary_2026W48.xlsx（52 列，無個人欄位），SHA-256 9f2c4b71e0a85d3c6a1e77f04b2d9c38e5a6f1b0c7d84e2a9b3f60c15d7e8a24
        2026-12-04 16:45:12 [INFO] offer_letter_template v7 已發佈，審批人：人力資源總監（角色帳號）
        Webhook 人力銀行 API 回傳 HTTP 429 Too Many Requests，將於 60 秒後重試（第 3/5 次），job_id=TW-0326
        [ERROR] background_check vendor=VeriPro HK 回應逾時 30s，批次 BC-20261204-07 共 12 筆延後處理
        系統維護公告：ATS 將於 2026-12-07（日）02:00–05:00 HKT 升級至 v5.0.0，期間無法提交面試評分
        2026-12-05 11:20:03 [AUDIT] 角色 recruiter_tw 匯出報表 source_of_hire_Q4.csv，遮罩等級 L2，未遮罩欄位 0 個
        流程統計 REQ-TW-00391：投遞 318 → 初篩 64 → 一面 21 → 二面 8 → offer 2 → 接受 1
        cron: 0 8 * * 1 send_weekly_digest --region=HK,TW --to=talent-ops@harbourtalent.com.hk
        2026-12-05 18:02:47 [INFO] 職缺 JD-TW-2612-009 自動同步至 LinkedIn、CakeResume、Yourator 成功（3/3）
    """),
    ("zh-Hant", "form_template"): _lines("""
        親愛的【候選人姓名】您好：感謝您應徵【職位名稱】一職，誠邀您於【日期】【時間】到【地址】進行第一輪面試，如需改期請回覆本電郵。
        面試評分表｜候選人：＿＿＿＿｜職位：＿＿＿＿｜溝通能力 1–5：＿｜專業知識 1–5：＿｜文化契合 1–5：＿｜面試官簽署：＿＿＿＿
        聘用通知書（範本 v7）：茲聘請 {{candidate_full_name}} 擔任 {{job_title}}，月薪 HK${{base_salary}}，試用期 {{probation_months}} 個月，生效日期 {{start_date}}。
        背景調查授權書：本人 ○○○（香港身份證號碼：＿＿＿＿＿＿（ ））同意 貴公司向本人前僱主查核受僱記錄。簽署：＿＿＿＿ 日期：＿＿＿＿
        離職面談問卷：1. 您離職的主要原因是？□薪酬 □晉升 □主管 □工時 □家庭 □其他＿＿ 2. 您會否推薦朋友加入本公司？□會 □不會
        推薦人查詢範本：Dear [Referee Name], [Candidate Name] has listed you as a referee for the role of [Position] at [Client]. Could you spare 15 minutes this week?
        勞動契約書（定期）第三條：乙方每月工資新臺幣＿＿＿＿元，於次月＿＿日前匯入乙方指定帳戶（銀行代碼＿＿＿ 帳號＿＿＿＿＿＿＿＿）。
        入職文件清單：□身份證明文件副本 □學歷證書 □前僱主離職證明 □強積金計劃成員證明 □銀行戶口證明（三個月內）
        婉拒信範本：{稱謂}{姓氏}您好，經審慎評估，我們決定不進一步安排 {職位} 的面試，您的資料將保留 12 個月後銷毀。
        薪酬談判紀錄表：目前月薪＿＿＿ 期望月薪＿＿＿ 最低可接受＿＿＿ 通知期＿＿＿ 是否有其他 offer □有 □無 顧問：＿＿＿
        面試改期通知：原定 XXXX年XX月XX日 XX:XX 之面試改為＿＿＿＿，地點不變，請以 WhatsApp 回覆「確認」。
        履歷表格式：姓名 / 聯絡電話 / 電郵 / 學歷 / 工作經驗（由近至遠）/ 語言能力 / 期望薪酬 / 可上班日期 — 請勿附上身份證號碼及相片。
        收集個人資料聲明：閣下提供之資料只會用於招聘用途，如欲查閱或更正，請以書面致函本公司個人資料主任（香港九龍觀塘道 388 號 15 樓）。
    """),
    ("zh-Hant", "hr_stats_law"): _lines("""
        2026 年香港薪酬趨勢調查：受訪 612 間企業，預計明年平均加薪 3.6%，凍薪比例 14%，金融業中位數 4.0%。
        2026 年 10 月台灣平均經常性薪資 NT$47,812，年增 2.9%；工業及服務業受僱員工約 8,231 千人（統計機關初步數字）。
        《僱傭條例》（第 57 章）規定，連續受僱滿 5 年可獲長期服務金，計算方式為最後一個月工資的三分之二乘以服務年資，設有法定上限。
        依勞基法第 16 條，繼續工作 3 年以上者，預告期間為 30 日；資遣費依勞工退休金條例，每滿一年發給二分之一個月平均工資，最高 6 個月。
        本季離職面談彙總：共 37 份，主因依次為薪酬（41%）、晉升空間（27%）、直屬主管（16%）、工時（9%）、其他（7%）。
        強積金：有關入息下限 HK$7,100，上限 HK$30,000，僱主及僱員各供款 5%，每月最高 HK$1,500。
        獵頭行業慣例：成功費一般為候選人首年年薪的 18%–25%，保證期 90 日，候選人於保證期內離職可免費補替一次。
        2026 年第三季科技業職缺數：台北 12,480、新竹 6,305、台中 3,912、高雄 2,774（來源：人力銀行公開資料彙整）。
        香港法定產假 14 星期，首 10 星期由僱主支付五分之四工資，其後 4 星期之款項僱主可向政府申領發還。
        台灣產假 8 週，工資照給；陪產檢及陪產假合計 7 日；育嬰留職停薪最長至子女滿三歲。
        背景調查結果分佈（2026 年 1–11 月，共 1,208 宗）：完全吻合 1,046 宗、學歷不符 31 宗、職銜誇大 87 宗、無法核實 44 宗。
        面試爽約率統計：HK 首輪 11.2%、TW 首輪 8.7%；發送 24 小時前提醒後分別降至 6.4% 及 5.1%。
        薪酬談判成功率：候選人要求加幅 ≤15% 者 82% 成功簽約，要求 >25% 者僅 34%（樣本 n=466，顧問團隊內部數據）。
    """),
    ("en", "how_to_policy"): _lines("""
        How do I calculate severance versus long service payment if an employee has 6 years' service and is made redundant in Hong Kong?
        Policy HR-07 rev 3: recruiters must not request HKID copies before a conditional offer is signed; store scans in the vault bucket only, retention 6 months.
        Can a headhunter in Taiwan charge the candidate a fee? Check the current fee schedule under the Employment Service Act before quoting anything.
        Q: Is it legal to ask about age or marital status in an interview in HK? A: Avoid it; the Sex Discrimination and Family Status Discrimination Ordinances apply.
        Reference check guideline: always obtain written consent, speak only to referees the candidate names, and record answers verbatim in the ATS notes field.
        What is the notice period for a probationary employee in HK after the first month? Seven days unless the contract says otherwise.
        Data access requests under the PDPO must be answered within 40 days; forward them to dpo@harbourtalent.com.hk and log a ticket in Jira project PRIV.
        Tip: when converting a TW annual package to monthly, divide by 14 if the offer guarantees 2 months' year-end bonus, not by 12.
        Counter-offer handling checklist: confirm motivation, revisit total rewards, set an acceptance deadline, and never share the client's budget ceiling.
        Exit interviews should be run by the HRBP, not the line manager, and summarised only at team level (minimum group size 5) before sharing.
        How should we handle a candidate whose background check shows a spent conviction under the Rehabilitation of Offenders Ordinance (Cap. 297)?
        Offer approval matrix: up to HK$50k/month goes to the Head of TA; HK$50k-120k to the Regional HR Director; above HK$120k needs CEO sign-off.
        Interview scheduling SLA: first-round slots within 3 business days of shortlist; reschedule max twice; a no-show after two reminders closes the application.
    """),
    ("zh-Hant", "public_figure_news"): _lines("""
        台積電創辦人張忠謀在自傳下冊中回顧 1987 年創業時的招聘困難，書中提到當年首批工程師僅數十人。
        輝達執行長黃仁勳於 COMPUTEX 期間宣布在台擴大研發團隊，預計新增逾千個工程職位。
        鴻海創辦人郭台銘早年的經營語錄常被 HR 講師引用，談的是制度比人情更能留住人才。
        長和集團在李嘉誠退休後由李澤鉅接任主席，集團年報披露全球員工約 30 萬人。
        邵逸夫堂本週六舉行大型就業博覽會，超過 80 間企業參展，入場免費，毋須預先登記。
        中文大學逸夫書院聯合學生事務處舉辦職涯講座，主題為「AI 時代的履歷寫作」。
        李錦記、周大福、陳意齋等以創辦人命名的品牌今年均擴大零售及物流人手招聘。
        美劇《Suits》中 Harvey Specter 的談判技巧常被獵頭顧問拿來當內部培訓教材。
        《金枝慾孽》裡如妃的職場生存之道被網民評為「最強 HR 教科書」，相關帖文轉發逾萬次。
        台北市中山北路及羅斯福路沿線多間人力仲介公司表示，今年移工引進申請量明顯上升。
        前財政司司長曾俊華在公開演講中談及公務員招聘與人才流失問題，認為薪酬並非唯一因素。
        馬雲於 2019 年卸任阿里巴巴董事局主席時談到人才培養，相關片段至今仍被招聘文案大量引用。
        國父紀念館（台北市仁愛路四段）招募 2027 年度導覽志工，報名至 1 月 31 日止，錄取後需受訓 16 小時。
    """),
    ("mixed", "team_chat"): _lines("""
        個 JD 改咗 v3，salary range 唔好 post 出街，client 話要 confidential，大家 review 下先
        Client A 嘅 headcount freeze 到 Q2，REQ-HK-00418 暫時 on hold，唔使再約 candidate
        今個月 placement 12 個，HK 7 TW 5，fee 合共 HK$2.86M，多謝大家 👏
        聽日 10am team huddle 移去 Zoom，meeting ID 854 3310 2967，passcode 喺 Teams channel
        Hiring manager 仲未覆 feedback，我已經 chase 咗兩次，再唔覆就 escalate 去 HRBP
        台北那邊的 Yourator 帳號到期了，誰有 admin 權限可以續約？發票抬頭用統編 24531876
        Reminder：所有 CV 唔好 forward 去私人 Gmail，用 SharePoint link，PDPO audit 下個月
        有冇人知人力銀行嘅 API quota 點加？今日爆咗 429，backlog 有 300 幾份 CV
        Pipeline check：Finance 組 3 個 shortlist、2 個 final round，Tech 組 0 offer，要加把勁
        新版 offer letter template 已上 SharePoint /Templates/Offer/v7，舊 v6 請刪除
        年終 party 訂咗尖沙咀 K11 Musea 嘅 restaurant，12 月 19 號 7pm，名額 40 個
        Background check vendor 換咗 VeriPro，turnaround 由 7 日縮到 4 日，每單 HK$680
        請大家填 Q4 KPI 自評，deadline 12/15，表格喺 HR portal → Performance → 2026 Q4
    """),
    ("en", "ats_config_code"): _lines("""
        SELECT req_id, COUNT(*) AS applicants FROM applications WHERE region IN ('HK','TW') AND created_at >= '2026-10-01' GROUP BY req_id ORDER BY applicants DESC;
        mask_rules: {hkid: keep_first_1, tw_id: keep_first_1, phone: last_4, email: domain_only, bank_account: last_3}
        HKID_PATTERN = r'^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$'  # format check only, checksum handled in validate_hkid()
        retention: { cv_unsuccessful_days: 365, background_check_days: 180, exit_interview_raw_days: 90 }
        ats-core 4.12.3 -> 5.0.0 changelog: add TW ID checksum validator; drop legacy XLS import; fix timezone bug for Asia/Taipei interviews
        candidate_id,full_name,mobile,email,hkid_last4,expected_salary,notice_period,stage
        curl -X POST https://api.harbourtalent.com.hk/v2/jobs -H 'Authorization: Bearer $TOKEN' -d @job_JD-HK-2611-047.json
        commit 3f9a2c1 fix(scheduler): avoid double-booking room 12B when two recruiters confirm within 5s
        {"event":"stage_changed","req":"REQ-TW-00391","from":"phone_screen","to":"onsite","count":8,"ts":"2026-12-02T08:00:00+08:00"}
        ENV TZ=Asia/Hong_Kong ATS_REGION=HK,TW RESUME_PARSER_VERSION=2.8.1 MAX_UPLOAD_MB=10
        pytest -k 'checksum and not slow' -q  # 42 passed, 3 skipped in 1.87s
        Jira PRIV-231: access request from a candidate (name redacted) closed within 12 days; root cause was an export job missing the masking flag.
        30 2 * * * /opt/ats/bin/purge_expired_cvs --older-than 365d --dry-run=false >> /var/log/ats/purge.log
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        候選人陳凱琳（HKID：Y482619(A)）已簽署背景調查授權書，請 VeriPro 於週五前回覆學歷核實結果。
        林宥廷 身分證字號 F128390478，應徵桃園倉儲主管，期望月薪 NT$58,000，可於 1/5 到職。
        面試改期：黃志豪先生改為 12 月 9 日下午 3 時，聯絡電話 9463 2718，已以 WhatsApp 確認。
        離職面談紀錄：會計部何詠詩表示離職主因是要照顧剛確診腦退化症的母親，希望日後可轉兼職。
        背景調查回報：候選人張家輝於 2019 年曾因醉駕被定罪，客戶要求我們先與他本人確認再決定是否發 offer。
        薪酬談判：蔡佩珊現職月薪 HK$46,500 加 1.5 個月花紅，要求 offer 至少 HK$55,000，否則會接受現公司的 counter offer。
        請將簽約獎金匯入候選人帳戶：恒生銀行 024-382-517694-883，戶名 LEUNG WING SZE（梁詠詩）。
        台北新人報到：王柏翰 住址 台北市大安區和平東路二段 118 巷 7 號 4 樓，勞保加保日 2026/12/15。
        應徵者周郁婷的 LINE ID：yuting_0815，她說白天上班不方便接電話，請用 LINE 約面試時間。
        內地候選人李思遠，居民身份證 440304199008153621，擬以高才通申請來港，需要我們協助準備僱傭合約。
        候選人鄭子傑的母親今早來電，說他昨晚因急性盲腸炎入院，明天的二面要取消。
        麥嘉欣懷孕五個月，問我們是否要在 offer 前告知客戶；請提醒顧問不得以此作篩選理由。
        台中顧問回報：劉建宏 手機 0928-417-365，下週三前回覆是否接受 NT$72,000 的 offer。
        警告信副本：倉務員吳國強（員工編號 HT-0457）本月第三次遲到超過 30 分鐘，已發出第二封書面警告。
        推薦人回覆：前主管說鍾曉彤在職期間曾放長病假三個月治療抑鬱症，但復工後表現相當穩定。
        外傭轉約：印尼籍 Siti Rahayu，護照號碼 C4718265，僱主地址 沙田第一城 38 座 21 樓 E 室，新合約 2027 年 1 月生效。
        候選人郭雅雯的 IG 帳號 @yawen.kuo_travels 公開寫了她正在面試客戶的競爭對手，請顧問低調處理。
        梁志偉面試當日駕車前來，車牌 VL 3827，請向觀塘道 388 號 B2 停車場登記訪客車位。
        蘇小姐（信義區那位資深 PM 蘇怡君）說她先生被外派上海，她一定要遠端工作才會考慮轉職。
        背景調查顯示候選人羅振邦於 2022 年申請破產，2026 年 3 月已獲解除，客戶的財務職位須知悉。
        越南籍移工阮氏花（Nguyễn Thị Hoa）居留證統一證號 F927364514，申請轉換至彰化電子廠，仲介費爭議已向勞工局申訴。
        獵頭備忘：蕭文傑是客戶財務長的小舅子，他提供的推薦信有利益衝突，不宜採用。
        新加坡籍候選人 Tan Wei Ming，NRIC S8834127I，手機 9126 4803，表示願意 relocate 到香港。
        曾家豪的私人電郵 kaho.tsang1992@gmail.com 已加入人才庫，他目前在四大會計師行做審計經理。
        試用期評估：行政助理余美玲因兩名子女輪流生病，三個月內請了 11 天事假，部門主管建議延長試用期。
        高端人才通行證申請費 HK$630 以候選人江美華的信用卡 4532 9188 7402 6133 支付，請財務開收據給她。
        台灣身分證 H225618035（賴怡安），請於勞保投保前核對出生日期是否與護照一致。
        阿明（倉務部黃文明）話佢欠咗財務公司錢，每日都有人打電話上公司追數，主管想約佢傾下。
    """),
    "en": _lines("""
        Candidate Rajesh s/o Kumaran, mobile +60 12-487 3916, is open to a Hong Kong move if relocation covers his two children's school fees.
        Reference for Gregory de Souza: his previous manager confirmed he was dismissed in 2024 after an internal investigation into expense claims.
        Please courier the signed contract to Ms Wong Hoi Yan, Flat 12C, Block 3, Kornhill, 22 Hong Shing Street, Quarry Bay.
        Offer accepted: Lin Yu-Ting (passport 358214706) starts 2027-01-04; relocation allowance NT$120,000 goes to her Cathay United account 8220-5031-7748-26.
        Exit interview: Mark Chow said his line manager repeatedly mocked his stammer in team meetings; he wants this kept off his personnel file.
        Maricel Dela Cruz (helper, HKID K305718(6)) asked the agency to hold her salary top-up until her new contract is stamped.
        Nurul Aina binti Rosli, MyKad 940312-14-5286, applied for the KL-based regional payroll lead role through our HK desk.
        Salary note: Kevin Leung earns HK$1.18M base and told me privately his wife is expecting twins in March, so he needs a start date after April.
        Background check mismatch: Priya d/o Suresh claimed an MBA from HKUST but the registry has no record under her name.
        Please add candidate Chan Siu Fung's WhatsApp +852 6318 2974 to the interview group for Thursday.
        The Telegram handle @jasonyip_hk belongs to candidate Jason Yip; he prefers not to be contacted on his work email.
        Pre-employment medical for Ho Chun Kit found elevated liver enzymes; the client's OHS nurse wants a repeat test before he starts.
    """),
    "mixed": _lines("""
        個 candidate 何俊彥話佢 current package 係 HK$85k x 13 加 RSU，但佢要求我哋唔好話俾 client 知佢之前被 lay off。
        麻煩 book 會議室俾 Vivian Cheung 二面，佢 mobile 5137 8842，email vivian.cheung.hk@outlook.com
        Client 問 Jeffrey Lau 劉志明的背景調查，結果係佢 2021 年喺前公司有 sexual harassment complaint（已和解），點同 client 講好？
        TW candidate 張育誠 的 LINE：yucheng.chang88，手機 0912-603-447，明天下午 call 他 confirm offer。
        今日見咗 Daniel Kwok，佢話離婚官司未完，想搵份 9-to-5 嘅工方便 share custody 個仔。
        Onboarding：新同事 Ahmad Faizal bin Hashim 嘅糧單戶口 HSBC 004-512-386027-838，請 payroll 更新。
        陳美儀 (Mandy) 的 HKID R627340(7) 同 passport copy 已收到，放咗喺 vault folder /HK/2026/12。
        Rebecca Tsai 蔡宜蓁 說她之前年終被扣是因為請了半年育嬰假，想確認新公司不會這樣做。
        Reminder：Mr Lee 李國榮想我哋寄 offer 去佢屋企，地址 堅尼地城卑路乍街 88 號 15 樓 B 室。
        大陸 candidate 周婧 手機 139 2817 6405，微信 zhoujing_sz2026，下週一視像面試。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是獵頭公司的內部助理，協助顧問整理候選人資料。"),
        (
            "user",
            "幫我把這段寫成候選人摘要：何家明，HKID Z190846(5)，現職某銀行合規經理，月薪 HK$68,000，通知期一個月。",
        ),
        (
            "assistant",
            "候選人摘要：何家明｜銀行合規經理｜現薪 HK$68,000/月｜通知期 1 個月。身份證號碼建議存放於加密資料夾，不要貼在電郵正文。",
        ),
        ("user", "好，順便寫一句給客戶的推薦語，不要提身份證。"),
        (
            "assistant",
            "推薦語：何先生具多年銀行合規經驗，熟悉監管要求，一個月內可到職，適合貴公司合規經理一職。",
        ),
    ],
    [
        ("system", "You are an HR assistant for a Taipei staffing firm."),
        (
            "user",
            "What's the advance notice period under the Labor Standards Act for someone with 2 years of service?",
        ),
        ("assistant", "For 1 to 3 years of continuous service, the notice period is 20 days."),
        (
            "user",
            "OK. Draft a resignation acknowledgement for 吳宗翰, employee ID TW-3381, last day 2027-01-10. He is leaving because his father had a stroke and needs full-time care.",
        ),
        (
            "assistant",
            "Dear 吳宗翰, we acknowledge your resignation; your last working day will be 10 January 2027. We are sorry to hear about your father and wish him a good recovery. HR will contact you about the handover and final pay.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個 WhatsApp 約面試，候選人係 Karen Ng 吳嘉欣，電話 9857 3016，12 月 10 號 11 點，喺觀塘道 388 號 15 樓。",
        ),
        (
            "assistant",
            "吳小姐你好，我係 Harbour Talent 嘅顧問。想約你 12 月 10 號（星期四）上午 11 點喺觀塘道 388 號 15 樓見面，方便嘅話請回覆「確認」，多謝！",
        ),
        ("user", "改做英文版。"),
        (
            "assistant",
            "Hi Karen, this is your consultant from Harbour Talent. Could we meet on Thursday 10 Dec at 11am, 15/F, 388 Kwun Tong Road? Please reply to confirm. Thanks!",
        ),
    ],
    [
        ("system", "你是背景調查公司的客服助理。"),
        ("user", "想查詢批次 BC-20261204-07 的進度。"),
        ("assistant", "該批次共 12 筆，因供應商回應逾時已延後處理，預計兩個工作天內完成。"),
        (
            "user",
            "其中一位叫潘志堅，他的前僱主口頭說他因挪用公款被解僱，但沒有書面紀錄，報告要怎樣寫？",
        ),
        (
            "assistant",
            "建議只記錄可核實的事實：前僱主確認僱用期間，並口頭提及離職涉及內部調查，未能提供書面證明；同時應讓潘先生有機會回應。",
        ),
    ],
    [
        (
            "user",
            "候選人資料：郭俊賢，身分證 E149073257，現職年薪 NT$1.6M，目標 NT$2M。幫我擬 counter offer 的談判策略。",
        ),
        (
            "assistant",
            "可先確認他的核心動機，再把差距拆成本薪、簽約獎金與年終保障三部分，讓客戶有彈性調整，並設定明確的回覆期限。",
        ),
        ("user", "他也提到太太今年剛確診乳癌，需要彈性上班，要寫進給客戶的 memo 嗎？"),
        (
            "assistant",
            "不建議寫入病情，這屬敏感健康資料。memo 只需註明「候選人希望有彈性工時安排」，細節由他本人決定是否透露。",
        ),
    ],
    [
        ("system", "You help a Hong Kong recruitment agency draft emails."),
        ("user", "Draft a short rejection email for a candidate after a second-round interview."),
        (
            "assistant",
            "Dear [Candidate Name], thank you for your time in the second-round interview. After careful consideration, the client has decided to proceed with other candidates. We will keep your profile on file for 12 months.",
        ),
        (
            "user",
            "Personalise it for Ms Fiona Leung, fiona.leung.ks@gmail.com, who interviewed for the Senior Analyst role on 28 Nov.",
        ),
        (
            "assistant",
            "To: fiona.leung.ks@gmail.com. Dear Ms Leung, thank you for meeting the team on 28 November for the Senior Analyst role. After careful consideration, the client has decided to proceed with another candidate. We will keep your profile on file and reach out about suitable roles.",
        ),
    ],
    [
        (
            "user",
            "內地候選人資料：王曉峰，身份證 350203198711024516，電話 138 0592 7731，想申請香港優才計劃，幫我列需要準備的文件。",
        ),
        (
            "assistant",
            "一般需要：身份證明文件及往來港澳通行證副本、學歷證書、工作證明及推薦信、收入證明、個人履歷，以及計分表所需的語言能力證明。",
        ),
        ("user", "謝謝，幫我用繁體寫一段短訊提醒他下週五前交齊。"),
        (
            "assistant",
            "王先生您好，提醒您請於下週五前把優才申請文件交到我們的顧問團隊，如有疑問歡迎隨時聯絡。",
        ),
    ],
    [
        ("system", "你是僱傭中心的法規助理。"),
        ("user", "僱主想提早解約印傭 Dewi Lestari，原因是她懷孕了，僱主可以這樣做嗎？"),
        (
            "assistant",
            "不可以。根據《僱傭條例》，僱主不得因懷孕解僱已受僱並已發出懷孕通知的僱員，違者可被檢控。",
        ),
        ("user", "明白。她的護照號碼是 B7362941，如果最後雙方協議解約，要怎樣通知入境處？"),
        (
            "assistant",
            "雙方須在合約終止後七日內以書面通知入境處，並附上終止合約通知書副本，傭工本人亦須另行通知。",
        ),
    ],
    [
        ("system", "你是人資助理，協助整理離職面談。"),
        (
            "user",
            "整理以下離職面談：受訪者陳柏宇，產品部資深工程師，離職原因是部門經理長期在群組公開嘲諷他的口音，新工作年薪多 25%。",
        ),
        (
            "assistant",
            "摘要：陳柏宇（產品部資深工程師）｜主因：直屬主管在公開群組嘲諷其口音｜次因：新職年薪增幅約 25%｜建議：由 HRBP 跟進該部門的管理行為。",
        ),
        ("user", "請把名字拿掉，改成可以給管理層看的版本。"),
        (
            "assistant",
            "匿名版：本季產品部有一名資深工程師離職，主要反映主管溝通方式不當，另有薪酬競爭因素；建議安排主管培訓。",
        ),
    ],
    [
        (
            "user",
            "Please set up the sign-on bonus for Samuel Rozario, joining 2027-01-02: HK$40,000 to his DBS account 016-478-000382619-5.",
        ),
        (
            "assistant",
            "Noted. I will prepare a payment request for HK$40,000 to the account ending 619-5, scheduled for the first payroll after 2 January 2027.",
        ),
        (
            "user",
            "He also wants the visa fee refunded; he paid it on his card 5524 8103 6697 1503.",
        ),
        (
            "assistant",
            "Card refunds go through finance. Please ask him to submit the receipt; we will refund to the card ending 1503 after approval.",
        ),
    ],
]
