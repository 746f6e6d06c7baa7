# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh194: Taiwan courts, mediation committees and law firms (調解書、支付命令、開庭通知、委任契約、LINE 諮詢、判決摘要). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh194
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "法院程序說明"): _lines("""
        債務人收到支付命令後，應於送達後二十日之不變期間內提出異議，逾期未異議者，債權人得以該支付命令為執行名義聲請強制執行。
        聲請發支付命令徵收裁判費新臺幣500元，送達費用依各法院規定另計，債權人得於聲請狀內一併請求由債務人負擔。
        鄉鎮市調解委員會調解成立並經法院核定後，與民事確定判決有同一效力；調解程序除勘驗費外不收取任何費用。
        開庭時請攜帶國民身分證正本及開庭通知書，於開庭前十分鐘至法庭外報到，法庭內未經許可禁止錄音錄影。
        本院一樓聯合服務中心提供書狀撰寫協助，服務時間為週一至週五上午8時30分至下午5時，例假日暫停服務。
        依家事事件法規定，離婚、夫妻同居及終止收養關係等事件，於請求法院裁判前應先經法院調解。
        小額訴訟程序適用於請求給付金錢或其他代替物、有價證券，其標的金額或價額在新臺幣十萬元以下之事件。
        民事第一審裁判費依訴訟標的金額或價額計算，十萬元以下部分徵收一千元，超過部分按級距累加。
        當事人不服第一審判決者，應於判決送達後二十日之不變期間內提起上訴，並依規定補繳第二審裁判費。
        國民法官法自2023年1月1日起施行，適用於故意犯罪因而發生死亡結果之案件，國民法官由地方法院以抽選方式產生。
        法律扶助基金會全國專線 412-8518（手機請加撥02），提供資力審查合格民眾免費法律諮詢及律師代理服務。
        調解委員會開會通知應於開會前送達雙方當事人，當事人無正當理由於調解期日不到場者，視為調解不成立。
        法院公告：本週五如經人事行政總處宣布停止上班，原定庭期一律延期，改期通知書將另行寄送，請勿逕行到院。
        告訴乃論之罪，告訴人得於第一審辯論終結前撤回其告訴；撤回告訴之人，不得再行告訴。
        民眾查詢案件進度，請至司法院「案件進度查詢」系統輸入案號及驗證資料，或撥打各法院總機轉承辦股詢問。
    """),
    ("zh-Hant", "書狀與契約範本"): _lines("""
        民事支付命令聲請狀 | 聲請人（債權人）：○○○ 國民身分證統一編號：＿＿＿＿ 住：＿＿＿＿ | 相對人（債務人）：○○○ | 請求標的：新臺幣＿＿元及自支付命令送達翌日起至清償日止按年息百分之五計算之利息
        委任契約書 第一條 委任人茲委任受任律師為＿＿＿＿事件之訴訟代理人；第二條 律師酬金新臺幣＿＿元整，於簽約時一次付清，不含裁判費及其他必要費用。
        調解書 | 聲請人：＿＿＿（姓名、出生年月日、身分證統一編號、住所） 對造人：＿＿＿ | 調解事由：車禍損害賠償 | 調解成立內容：一、對造人願給付聲請人新臺幣＿＿元，於＿＿年＿＿月＿＿日前匯入聲請人指定帳戶。
        開庭通知書 | 案號：＿＿年度＿＿字第＿＿號 | 應到人：＿＿＿ | 應到時間：＿＿年＿＿月＿＿日＿＿時＿＿分 | 應到處所：本院第＿＿法庭 | 請攜帶本通知書及身分證件準時到庭。
        存證信函範本：「台端於○年○月○日向本人借款新臺幣○○元，迄今未還，請於函到七日內清償，逾期將依法訴追，勿謂言之不預。」
        刑事告訴狀格式：告訴人○○○、被告○○○，為涉嫌詐欺提出告訴事，犯罪事實及證據詳如後述，謹狀 臺灣○○地方檢察署 公鑒。
        民事答辯狀撰寫提示：一、答辯聲明；二、事實及理由（逐項回應原告主張）；三、證據清單（證物請以被證1、被證2依序標示）。
        協議離婚書（範本）：立協議書人 男方：＿＿＿ 女方：＿＿＿，雙方同意離婚，未成年子女＿＿＿之權利義務由＿＿方行使負擔，證人二人簽章：＿＿＿、＿＿＿。
        【LINE 自動回覆】您好，感謝您聯繫本所！請依下列格式留言：姓名／聯絡電話／案件類型（民事、刑事、家事、勞資）／簡述事實，律師將於一個工作天內回覆。
        和解書第三條：甲方給付完畢後，乙方就本件事故對甲方之其餘請求均拋棄，雙方不得再以任何方式提出民事或刑事之追訴。
        委任狀 | 委任人：{client_name} 受任人：{lawyer_name} 律師 | 事件：{case_type} | 特別代理權：□捨棄 □認諾 □撤回 □和解 □提起反訴 □上訴 □選任代理人
        調解聲請書填寫說明：聲請人欄請填寫姓名、性別、出生日期、身分證統一編號、職業及住所；如委任代理人，請另附委任書正本。
        本票裁定聲請狀（範例）：聲請人執有相對人簽發之本票一紙，票面金額新臺幣＿＿元，到期日＿＿，經提示未獲付款，爰依票據法第123條聲請裁定准予強制執行。
        律師費收據 No.＿＿＿ | 茲收到 ＿＿＿ 君 交付 ＿＿＿ 事件 律師酬金 新臺幣＿＿元整 | 收款人：＿＿＿律師事務所（蓋章）
    """),
    ("zh-Hant", "案號與庭期紀錄"): _lines("""
        臺灣臺北地方法院 113年度司促字第18427號 支付命令已於2024/10/02確定，請至民事紀錄科申請確定證明書。
        案號 112年度訴字第3391號、113年度簡上字第57號 合併審理，下次庭期 2025-03-18 14:30 第12法庭。
        繳費單號 9113 0827 4410 5526，金額 NT$1,000，請於繳費期限 2024/11/29 前至超商或郵局繳納。
        掛號郵件號碼 10053012345670 已由法院交寄，送達日期2024年12月3日，郵局回報為寄存送達。
        113年度家調字第842號 調解期日改定為 114年1月9日上午10時，地點：本院家事服務中心第3調解室。
        桃園市中壢區調解委員會 113年民調字第0615號 調解書已送法院核定，核定文號 113年度核字第2209號。
        本所內部案件編號 LF-2024-0917-CIV，對應法院案號 113年度重訴字第412號，專案預算上限 NT$350,000。
        法庭錄音光碟聲請 收件編號 R113-004512，費用新臺幣50元，約7個工作天可至訴訟輔導科領取。
        判決書字號：最高法院 112年度台上字第2875號民事判決，裁判日期 113.05.22，裁判案由：損害賠償。
        送達證書回證 #A113-77230 已歸檔；郵務代號 8012，批次 2024W48，共 36 件。
        司法狀紙規費 電子收據 交易序號 TXN20241206-00381 金額 NT$500 狀態：成功
        提存字號 113年度存字第1593號，提存物：現金新臺幣120,000元，提存原因：假扣押擔保，承辦：提存所。
        庭期表（不含當事人）：09:30 簡易庭 第5法庭 3件 / 10:30 第8法庭 宣判 2件 / 14:00 家事第2法庭 調解 4件
        系統公告：電子訴訟文書服務平台將於 2024/12/14 22:00 至 12/15 06:00 維護，期間暫停線上遞狀，案件 ID 格式 CX-113-000000 不受影響。
    """),
    ("zh-Hant", "LINE 法律諮詢"): _lines("""
        請問收到法院寄來的支付命令，可是我根本不認識那家公司，要怎麼寫異議狀？
        律師您好，房東押金不退，金額兩萬多，值得走小額訴訟嗎？還是先去區公所調解比較快？
        想問一下車禍對方一直不出面和解，過了六個月還能提告過失傷害嗎？
        老闆積欠加班費，是要先去勞工局申請勞資爭議調解，還是直接找律師起訴？
        請問開庭通知寫「應到人：被告」，一定要本人到嗎？可以請家人代理出庭嗎？
        我們公司有客戶欠貨款三年了，發票都還在，請問請求權時效過了沒？
        想請教委任律師打離婚官司，一審的律師費行情大概是多少？
        法院調解跟鄉鎮市公所調解，效力到底有什麼差別？
        被網路上的人罵得很難聽，截圖都有留，這樣可以告公然侮辱嗎？需要準備什麼？
        收到存證信函一定要回嗎？不回會不會被當作承認對方說的？
        監護權的案子法院會派社工來家訪嗎？大概會問哪些問題？
        請問律師，LINE 上面的對話紀錄可以當證據嗎？要不要先去公證？
        本所官方 LINE 僅提供初步諮詢，正式委任前不會要求您提供身分證影本或銀行帳號，如遇可疑要求請撥打165反詐騙專線。
        朋友借錢沒寫借據，只有轉帳紀錄，這樣告得贏嗎？
        家暴保護令要去哪裡聲請？半夜發生的話警察局可以受理嗎？
    """),
    ("zh-Hant", "判決摘要與法學新聞"): _lines("""
        司法院釋字第748號解釋於2017年5月24日公布，認定民法未使相同性別二人得成立永久結合關係違憲，立法院嗣於2019年通過施行法。
        憲法法庭113年憲判字第8號判決就死刑合憲性作成判斷，宣告死刑僅得適用於情節最嚴重之故意殺人案件。
        江國慶案於2011年經軍事法院再審改判無罪，國家依刑事補償法給付補償金，成為台灣冤案平反的指標案例。
        判決要旨：債務人對支付命令未於法定期間提出異議，債權人據以聲請強制執行者，債務人仍得依強制執行法第14條第2項提起債務人異議之訴。
        本件上訴人甲主張被上訴人乙公司未依約交屋，請求返還價金，原審判決上訴人敗訴，本院認原判決適用法規不當，廢棄發回。
        臺灣高等法院新聞稿：本院今日宣判某上市公司前董事長背信案，維持一審有期徒刑七年之判決，全案仍可上訴。
        2017年總統蔡英文召開司法改革國是會議，會議結論包括推動國民參與審判及律師懲戒制度改革。
        判決摘要（去識別化）：原告A男與被告B女為前配偶，法院審酌子女最佳利益，酌定由雙方共同行使親權，並指定B女為主要照顧者。
        勞動事件法自2020年1月1日施行，勞資爭議原則上應先經法院勞動調解程序，調解期間以三次期日、三個月內終結為原則。
        雷震案被視為戒嚴時期的重要政治案件，相關史料目前於國家人權博物館常設展中展出。
        傳統戲曲《鍘美案》中包拯不畏權勢判處陳世美死罪，至今仍被視為民間心目中清官斷案的象徵。
        最高法院大法庭制度自2019年7月4日施行，各庭就法律見解歧異時得提案由大法庭裁判統一見解。
        法學新聞：職務法庭近年就多起法官違失事件作成懲戒判決，司法院表示將持續公開法官評鑑結果。
    """),
    ("zh-Hans", "两岸法律咨询"): _lines("""
        请问大陆法院作出的离婚判决，要怎么在台湾申请认可？需要先去海基会验证吗？
        两岸人民关系条例第74条规定，在大陆地区作成的民事确定裁判，不违背台湾公共秩序或善良风俗者，得声请法院裁定认可。
        陆配在台湾打离婚官司，可以申请法律扶助吗？一般要准备哪些证明文件？
        大陆的支付令和台湾的支付命令有什么区别？债务人提出异议的期间一样吗？
        台湾律师事务所的委任合同一般按审级收费，不像大陆常见风险代理，签约前要先问清楚。
        在台湾收到的开庭通知，如果人在大陆回不去，能不能请律师代为出庭？刑事案件也可以吗？
        调解书经法院核定后就有强制执行力，这和大陆人民调解协议需要申请司法确认的做法有点类似。
        请问微信聊天记录在台湾法院能作为证据吗？需要先做公证吗？
        本所提供两岸婚姻、继承及投资纠纷咨询，首次咨询30分钟免费，请通过官网预约表单提交案件类型。
        台湾的判决书在司法院网站上都能查到吗？当事人的名字会不会被隐去？
        台商在大陆被拖欠货款，回台湾起诉对方的话，管辖权要怎么判断？
        海基会文书验证窗口办理时间为工作日上午9时至下午5时，请携带公证书正本及副本各一份。
    """),
    ("en", "court and law firm notices"): _lines("""
        Notice to foreign litigants: hearings in Taiwan courts are conducted in Mandarin; parties may apply for a court-appointed interpreter free of charge.
        Our engagement letters are billed per instance (first instance, appeal, third instance); court fees and expert fees are charged separately at cost.
        A payment order (支付命令) becomes an enforcement title if the debtor files no objection within 20 days of service.
        Template: "Dear [Client Name], please find enclosed the hearing notice for Case No. [____]. Kindly confirm your attendance by [date]."
        Legal Aid Foundation hotline: 412-8518 (add 02 when calling from a mobile phone). English-language consultations are available by appointment.
        How do I serve court documents on a defendant who has moved overseas? Is service by public notice possible in Taiwan?
        Under the Labor Incident Act, most employment disputes must first go through labor mediation at the district court before a trial.
        Mediation at a township mediation committee is free of charge, and a settlement approved by the court has the same effect as a final civil judgment.
        Case summary: the court held that a landlord may not withhold the full deposit for ordinary wear and tear; the tenant's appeal was allowed in part.
        Question for the firm: what documents does an expat need to bring to sign a power of attorney for a divorce case in Taipei?
        Office notice: Hengxin Law Offices will be closed on 1 January; urgent matters may be sent to the firm's general inbox info@hengxin-law.example.tw.
        Taiwan's Constitutional Court Judgment 113-Hsien-Pan-8 (2024) addressed the constitutionality of the death penalty.
    """),
    ("mixed", "案件管理系統"): _lines("""
        CASE_NO_PATTERN = "[0-9]{2,3}年度[一-龥]{1,4}字第[0-9]{1,6}號"  # 法院案號格式 regex
        config.yaml: court: TPD / docket_prefix: "113年度司促字" / reminder_days_before_hearing: 3 / line_notify: enabled
        SELECT case_no, hearing_at, courtroom FROM hearings WHERE hearing_at >= CURRENT_DATE AND status = '排定' ORDER BY hearing_at;
        提醒排程 job `hearing_reminder` v2.3.1 已部署，commit a3f9c2e，下次執行 2024-12-09T08:00+08:00
        {"template_id": "payment_order_v4", "fields": ["creditor_name", "debtor_name", "debtor_id", "amount"], "locale": "zh-TW"}
        月報匯出：本月新收案件 民事 42 件、刑事 17 件、家事 23 件、勞資 9 件，結案率 61.8%，平均審理天數 128 天。
        LINE Bot flex message: {"type":"bubble","body":{"type":"box","contents":[{"type":"text","text":"預約諮詢請點選下方按鈕"}]}}
        def valid_tw_id(s): 首字母轉兩位數，依權重 1,9,8,7,6,5,4,3,2,1,1 加總後須能被 10 整除，否則回傳 False。
        ERR_DOCKET_DUPLICATE：案號 113年度訴字第0001號 已存在於系統，請確認是否重複建檔。
        卷證檔案 sha256=4be1f0c9d2a7e6b35c8190fa2d4e7b61c03a9f58e2d6b147a0c3f9e8d5b2a164 驗證通過，共 312 頁。
        資產清冊：HP LaserJet M428fdw，資產編號 IT-0387，放置於三樓訴訟部影印室。
        Billing code 對照：LIT-CIV-01 民事一審 / LIT-CIV-02 民事二審 / MED-TWN 鄉鎮市調解陪同 / ADV-LINE LINE 諮詢（免費）
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        臺灣新北地方法院支付命令 113年度司促字第20581號 | 債務人：林淑芬 住新北市板橋區文化路一段188巷7號4樓 | 應向債權人清償新臺幣386,420元及自支付命令送達翌日起之利息。
        開庭通知書 應到人：陳冠廷（被告） 送達處所：臺中市北屯區崇德路二段52號3樓 應到時間：114年1月14日上午9時40分 應到處所：第15法庭
        調解書 | 聲請人 黃俊傑 男 民國72年5月3日生 身分證統一編號 A191925648 住臺北市士林區中正路601號5樓 | 對造人 吳佩珊 女 身分證統一編號 F212619384 | 調解成立：對造人願賠償聲請人新臺幣18萬元。
        委任契約 委任人：張雅婷（身分證 A267866525，手機 0912-438-207）委任本所處理其與前夫之離婚及子女監護事件，酬金新臺幣15萬元分兩期給付。
        律師你好 我是昨天打電話的蔡明哲 我弟蔡明翰上個月酒駕被攔 現在收到地檢署傳票 想問有沒有機會緩起訴
        承辦備忘：當事人許家豪長期於林口長庚精神科就診（重度憂鬱症），診斷證明將作為量刑參考，請勿對外提供。
        匯款資訊 | 戶名：李宗翰 | 銀行：國泰世華 013 | 帳號：0123-5048-7716 | 用途：車禍和解金第一期 NT$80,000
        開會通知 受通知人：郭素月 女士 住彰化縣員林市中山路二段36號 事由：與鄰居鄰地排水糾紛 時間：12月18日下午2時 地點：員林市調解委員會
        王志明 F118257411
        被告劉怡伶於民國113年3月間，將其申設之中華郵政帳戶（局號0101239、帳號0468215）提款卡及密碼交付詐欺集團成員使用，涉犯幫助詐欺罪嫌。
        保護令聲請 被害人邱美華與相對人即配偶鄭國雄同住高雄市三民區建工路415號，相對人多次酒後毆打，致其左前臂骨折（附高醫驗傷診斷書）。
        新案登記 周柏宇 / 0935 118 642 / 公司積欠薪資三個月共 NT$126,000 / 想先申請勞資爭議調解
        我LINE ID是 yuchen0815 麻煩律師加一下 我是謝宇辰 房東押金的事情
        結案報告：本所代理原告楊子萱向前雇主請求職災補償，法院判准新臺幣1,240,000元；楊小姐因機台事故右手三指截肢，目前仍在復健。
        肇事車輛 BLK-7263 車主何志偉，113年9月2日晚間在桃園市中壢區中華路二段撞傷機車騎士後離開現場。
        【恆信法律】蘇怡蓉小姐您好，您與洪建國之清償債務事件訂於12/10(二)14:00於臺北地院第3法庭開庭，請攜帶身分證件，如有疑問請回電本所。收件號碼0921-550-386
        主文：被告賴俊宏犯竊盜罪，處有期徒刑陸月，如易科罰金，以新臺幣壹仟元折算壹日；未扣案之犯罪所得新臺幣參萬元沒收。
        證人名單：一、鍾佳玲（被告前同事，住苗栗縣頭份市中華路812號）；二、葉建成（事發大樓之夜班管理員）
        收費紀錄 2024/11/22 方俊賢 律師費 NT$60,000 刷卡 VISA 4147 3197 5059 7957 授權碼 048211
        債務人 曾雅琪（B251135118）積欠信用卡本息新臺幣412,776元，本所已代債權銀行聲請本票裁定。
        外籍看護 NGUYEN THI HOA（居留證統一證號 A966876209）申訴雇主扣留其護照及三個月薪資，請協助提出勞資調解。
        調解成立內容：一、相對人潘志豪願於114年1月31日前給付聲請人沈麗君新臺幣25萬元，匯入聲請人玉山銀行帳戶0881979123456。
        樓下開早餐店的阿珠姐（永和中正路那間美而美老闆娘）偷偷來問，她老公欠地下錢莊賭債，她想先離婚保住房子，叫我們別跟她老公講。
        庭後筆記：當事人羅文彬自述2019年曾因施用毒品入監，目前在台南安南區的紙箱工廠上班，月薪約三萬二，希望分期和解。
        聲請人 簡碧霞 身分證 E273156883 住家電話 07-3861245 住高雄市苓雅區四維三路207號9樓
        家事調查報告：未成年子女廖品睿（民國105年生，臺北市立大安國小三年級）向調查官表示希望與母親同住，不願每週到父親家過夜。
        委任人彭淑惠的 email 是 shuhui.peng1977@gmail.com，和解書草稿請直接寄給她，副本給承辦律師。
        刑事告訴狀 告訴人 莊志強 身分證 H164678260 住桃園市龜山區文化一路58號 被告 游文彥 為傷害提出告訴
        當事人 | 身分證字號 | 手機 / 戴慧君 | D287495696 | 0968-207-319
        CHEN, YU-TING 陳宥廷 護照號碼 358219463 預計出境日 2024/12/20，本案限制出境裁定尚未撤銷，請先通知當事人。
        江美玲的房貸已經遲繳四個月，銀行要拍賣她三重的房子，她問能不能聲請更生，下週一約來所面談。
        委任人 梁凱翔 LINE：kaixiang_liang，白天上班不方便接電話，請週末再聯絡。
        法扶審查結果：申請人姚雅雯月收入新臺幣24,800元，名下無不動產，獨自扶養兩名子女，符合全部扶助資格。
        香港居民 何嘉欣 HKID K482915(8)，在台北市大安區租屋，押金三萬六被房東全額扣留，委託本所提起小額訴訟。
    """),
    "zh-Hans": _lines("""
        当事人陈晓燕，大陆配偶，身份证号 350206199106229445，现居新北市中和区，拟与台籍丈夫离婚并争取女儿的亲权。
        微信号 lin_haiyang88，林海洋，厦门人，在台北合伙开餐厅被合伙人侵占股款，请律师周三前回电 138 5921 4407。
        委托人赵丽娜 护照号 E58213976，来台探亲期间在台中被汽车撞伤，住院两周，现要求对方赔偿医药费。
        王建军（身份证 350203198903145152）需在台湾继承父亲遗产，亲属关系公证书已寄往海基会验证。
        咨询记录：刘芳（陆配，电话 0978-312-650）称丈夫长期家暴，已在台大医院验伤，希望尽快申请保护令。
        深圳客户黄振宇的工行卡号 6222 0275 3039 9597 565，用于接收台湾法院判决的赔偿款，请财务确认。
    """),
    "en": _lines("""
        Client intake: Michael Brennan, US citizen, ARC F861678260, English teacher in Hsinchu; dispute with landlord over a NT$48,000 deposit.
        Hearing notice sent to Ms. Nur Aisyah binti Ahmad Fauzi (MyKad 030519-07-5284), NCKU student, re: scooter accident claim set for 14 Jan.
        Rajesh s/o Krishnan (NRIC S8734126G), engineer posted to Hsinchu Science Park, wants advice on a drink-driving summons from the Hsinchu District Prosecutors Office.
        Hi Attorney Lin, this is Sarah Whitfield. My husband Tom and I are separating and he has taken our son to his parents' place in Tainan. Please call me on 0987 406 251.
        Payment received from Kavitha a/p Subramaniam by card 5520 8836 1930 6839 for the initial consultation fee of NT$3,000.
        Witness statement of Daniel Koh Wei Ming, 42, residing at No. 12, Lane 85, Sec. 2, Xinyi Rd., Da'an Dist., Taipei: I saw the defendant's car run the red light.
    """),
    "mixed": _lines("""
        Client: 吳俊毅 Wu Chun-Yi | Mobile: +886 932 571 408 | Matter: 工程款 dispute with contractor | Retainer paid NT$100,000
        fyi 明天 9:30 的 hearing 是 Jessica Lo 盧家瑜 的 custody case，她前夫有保護令 (protective order) 在身，請安排不同候庭室
        {"client_name": "鄭宇軒", "tw_id": "B133672732", "hearing": "2025-01-07 10:00", "court": "TCD", "matter": "借款返還"}
        line id: ah-hsin0923 / 阿欣 / 住三重 / 機車被撞 對方肇逃 / 想問可不可以請求強制險
        Debtor: TSENG, WEN-CHI 曾文祺 | ID E161916297 | 住址 高雄市鳳山區光復路二段133號 | 支付命令 amount NT$92,300
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是恆信法律事務所的 LINE 初步諮詢助理，只提供一般性法律資訊，不代替律師意見。",
        ),
        ("user", "你好 我今天收到法院寄來的支付命令 債權人是一家資產管理公司 我完全不知道是什麼錢"),
        (
            "assistant",
            "您好，支付命令送達後二十日內可以提出異議。請問送達日期是哪一天？方便的話請留下姓名與聯絡方式，律師會再與您聯繫。",
        ),
        (
            "user",
            "12月2號收到的 我叫孫志宏 身分證A184255677 電話0919-662-350 住新北市新莊區中正路512號",
        ),
    ],
    [
        ("user", "律師您好，我想諮詢離婚，先生外遇有證據"),
        ("assistant", "了解，請問您們有未成年子女嗎？目前是否分居？"),
        (
            "user",
            "有一個女兒六歲，我先生叫鄧文傑，在竹科的聯電上班，外遇對象是他同部門的同事，我是鄧太太林佳穎，手機0927-815-064",
        ),
        ("assistant", "謝謝您，律師會在明天上午回電，請保留相關對話截圖與照片。"),
    ],
    [
        ("system", "你是两岸法律咨询助理，回答简洁。"),
        ("user", "我是陆配，来台湾八年了，想问离婚后还能不能留在台湾照顾孩子"),
        (
            "assistant",
            "如果您对在台湾设有户籍的未成年子女有监护权或会面交往权，通常可以申请继续居留。请问您目前的身份？",
        ),
        (
            "user",
            "我叫马春梅，已经拿到台湾身份证了，号码 F248792210，住在新北市永和区，微信 chunmei_ma1987，麻烦律师加我",
        ),
    ],
    [
        (
            "user",
            "Hi, I work for a tech company in Neihu and they fired me without severance after I reported sick.",
        ),
        (
            "assistant",
            "Sorry to hear that. You may apply for labor mediation. How long were you employed, and do you have the termination notice?",
        ),
        (
            "user",
            "Three years, and yes I have the notice. I'm Aaron Fitzgerald, you can email me at aaron.fitz.tpe@gmail.com or call 0975 302 816.",
        ),
    ],
    [
        ("user", "請問車禍和解要怎麼寫和解書？"),
        (
            "assistant",
            "和解書應載明雙方姓名、事故時間地點、賠償金額及給付方式，以及拋棄其餘請求的條款。",
        ),
        (
            "user",
            "對方是開 RDE-5071 那台白色 Altis 的蕭博文，他答應賠我八萬，我是被撞的吳宛臻，左腳韌帶斷裂，醫生說要休養三個月",
        ),
    ],
    [
        ("user", "律師我想問一下，租屋押金被扣光可以怎麼辦"),
        (
            "assistant",
            "可以先寄存證信函催告，如房東仍不返還，金額十萬元以下可以提起小額訴訟。請問租屋地址和押金金額？",
        ),
        ("user", "台中市西屯區河南路三段120號7樓之2，押金兩個月四萬四"),
        ("user", "我是承租人柯品妤，房東是屋主賴先生，我手機是0958-227-193"),
    ],
    [
        (
            "system",
            "Internal assistant for Hengxin Law Offices. Summarise client messages for lawyers.",
        ),
        (
            "user",
            "Summarise: 客戶 施宏達 來電，說他在新竹某電子廠當作業員，公司拖欠兩個月加班費約 NT$38,000，主管還威脅要記過，他有打卡紀錄。",
        ),
        (
            "assistant",
            "Summary: Client 施宏達, production operator at an electronics plant in Hsinchu, reports about NT$38,000 in unpaid overtime for two months and threats of disciplinary action; he holds clock-in records.",
        ),
    ],
    [
        ("user", "我爸上個月過世了，遺產有一間房子跟存款，我們三個兄弟姊妹要怎麼分？"),
        (
            "assistant",
            "若無遺囑，子女依應繼分平均繼承，但須扣除生前特種贈與。請問是否有人想拋棄繼承？",
        ),
        (
            "user",
            "我是老大黃詩涵，弟弟黃詩凱欠了很多卡債，他想拋棄繼承，房子在嘉義市東區民族路，我的身分證是 I228369749，電話晚上打比較方便",
        ),
    ],
    [
        ("user", "我兒子昨天晚上被警察帶走，說他涉嫌當車手，現在人在哪裡我都不知道"),
        (
            "assistant",
            "請先確認是哪一個分局或地檢署，您可以要求律師陪同偵訊。請問您兒子的姓名與出生年？",
        ),
        ("user", "他叫鄭家宏 民國87年生 在土城看守所 我是他媽媽 電話0936-420-587"),
    ],
    [
        (
            "user",
            "Saya pelajar Malaysia di Taiwan, motosikal saya dilanggar kereta, boleh tanya prosedur?",
        ),
        ("assistant", "可以的，請問事故發生在哪裡？有報警並取得初步分析研判表嗎？"),
        (
            "user",
            "Di Tainan, East District. Nama saya Muhammad Haziq bin Roslan, IC 991102-01-6347, belajar di NCKU, nombor saya 0916-118-274",
        ),
    ],
    [
        ("user", "想請問調解委員會開會通知上面的時間可以改嗎"),
        ("assistant", "可以向調解委員會申請改期，通常需要提前以電話或書面說明理由。"),
        (
            "user",
            "我是對造人 洪淑娟，通知單寫12月20號，可是那天我要陪我媽在成大醫院做化療，我住台南市北區公園路455巷3號",
        ),
    ],
]
