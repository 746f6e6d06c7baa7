# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh46: 繁體中文（香港）職場與人事（員工通告、強積金與糧單、勞工處與僱傭合約、病假與醫生紙、外傭合約與中介、WhatsApp 工作群組、招聘與面試）. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "員工通告"): _lines("""
        【通告】天文台已發出八號烈風或暴風信號，所有同事毋須返回辦公室，請留意公司 intranet 最新安排。
        由 2026 年 1 月 1 日起，公司實施彈性上班時間（8:00–10:00 到達），詳情請參閱 HR Policy v4.2 第 3.1 節。
        各位同事：本年度 Annual Dinner 將於 1 月 16 日（五）假灣仔會議展覽中心舉行，請於 12 月 20 日前 reply RSVP form。
        提提大家：18/F pantry 雪櫃逢星期五 6pm 清理，請自行取走私人食物，多謝合作🙏
        IT Notice：Outlook 密碼將於 7 日後過期，請登入 https://sso.example-group.com.hk 更改。切勿透過 WhatsApp 傳送密碼。
        公司已為全體員工購買團體醫療保險，承保公司為「恒安保險」，理賠熱線 2861 3300（24 小時）。
        聖誕假期安排：12 月 24 日（平安夜）下午放半日，12 月 25、26 日為公眾假期，office 關門。
        黑色暴雨警告信號生效期間，已到達辦公室嘅同事請留喺安全地方，毋須冒險離開。
        Staff notice：由下月起 expense claim 一律經 Concur 提交，紙本單據請保留 7 年以備稅務局查核。
        本年度 Staff Training Day 旅遊巴 8:30am 喺公司樓下（軒尼詩道 302 號）出發，請準時集合。
        恭喜 Marketing 部門榮獲 2025 年度「最佳團隊獎」！獎金已隨 12 月份糧一併發放。
        HR 小貼士：財政司司長陳茂波喺財政預算案宣布寬減薪俸稅，稅務局會自動喺最終評稅中扣減，同事毋須申請。
        請各同事於 12 月 31 日前完成《個人資料（私隱）條例》網上培訓（約 45 分鐘），證書會自動上載至 HR system。
    """),
    ("zh-Hant", "強積金與糧單"): _lines("""
        強積金強制性供款：僱主及僱員各供有關入息的 5%，每月上限 $1,500；月入少於 $7,100 的僱員毋須供款，但僱主仍須供款。
        如對供款有疑問，可致電積金局熱線 2918 0102 或瀏覽 www.mpfa.org.hk。
        由轉制日（2025 年 5 月 1 日）起，僱主強制性供款的累算權益不可再用作對沖遣散費或長期服務金。
        糧單範本：姓名：{employee_name}　員工編號：{emp_id}　基本薪金：HK$ {basic}　強積金（僱員）：-{mpf_ee}　實收：{net_pay}
        11 月份糧將於 11 月 28 日（五）經 autopay 入數，如遇銀行假期順延至下一個工作天。
        Payroll cut-off 係每月 20 號，之後先交嘅 OT form 會撥去下個月計。
        批次編號 PAY-202511-HK-0047 已完成處理：共 312 名僱員，總額 HK$8,947,215.60，強積金供款 HK$468,300.00。
        「康泰強積金集成信託計劃」計劃註冊編號：MT00512，受託人客戶服務熱線 2829 6688。
        可扣稅自願性供款（TVC）每個課稅年度最高扣除額為 $60,000（與合資格延期年金保費合併計算）。
        員工自選安排（ESC）：僱員每個曆年可將受僱期間強制性供款部分轉移至自選受託人一次。
        有關入息包括工資、薪金、佣金、花紅、約滿酬金及津貼，但不包括遣散費或長期服務金。
        年滿 60 歲並提早退休，可申請提取強積金，須填寫申索表格並夾附法定聲明。
        Payslip column：Emp No | Name | Basic | OT | MPF(ER) | MPF(EE) | Net Pay — 匯出時請揀「HK Standard v2」template。
    """),
    ("zh-Hant", "勞工處與僱傭合約"): _lines("""
        根據《僱傭條例》（第 57 章），僱主須於工資期屆滿後 7 天內支付工資，否則即屬違法。
        勞工處勞資關係科電話查詢：2717 1771（由「1823」接聽）。
        勞資審裁處地址：九龍油麻地加士居道 10 號，辦公時間為星期一至五。
        僱員為同一僱主連續受僱滿 24 個月而被裁員，可獲遣散費；滿 5 年可按條件獲長期服務金。
        合約條款範本：「本合約任何一方可給予對方不少於一個月的書面通知或代通知金以終止本合約。」
        2026 年起復活節星期一成為法定假日，全年法定假日增至 15 日。
        勞工處刊物《僱傭條例簡明指南》可於各區勞資關係科辦事處免費索取。
        試用期首月內，任何一方可無須通知而終止合約；首月後則須給予不少於 7 天通知。
        由 2025 年 5 月 1 日起，法定最低工資為每小時 $42.1。
        僱傭合約（範本）：甲方：＿＿＿＿有限公司　乙方：＿＿＿＿（身份證號碼：＿＿＿＿＿＿）　職位：＿＿＿＿　月薪：HK$＿＿＿＿
        《僱員補償條例》（第 282 章）：僱員受傷導致喪失工作能力超過 3 天，僱主須於 14 天內以表格 2 呈報勞工處。
        勞工及福利局局長孫玉菡表示，新的「468」連續性合約規定將於 2026 年 1 月 18 日生效。
        加班條款：OT 以時薪 1.5 倍計算，須事先經部門主管書面批准，每月上限 36 小時。
    """),
    ("zh-Hant", "病假與醫生紙"): _lines("""
        僱員須有足夠累積有薪病假日數，並連續放取不少於 4 天病假，方可獲發疾病津貼（即平均每日工資的五分之四）。
        醫生紙須列明：病人姓名、診斷、建議病假日數、醫生簽名及註冊編號，缺一不可。
        醫生證明書範本：「茲證明 ____________ 先生／女士於 ____ 年 ____ 月 ____ 日到本診所就診，建議休息 ____ 天。」
        伊利沙伯醫院急症室（九龍加士居道 30 號）今晚次緊急個案輪候時間約 3 小時。
        瑪嘉烈醫院、東華醫院及葛量洪醫院發出的醫生證明書均可透過醫管局系統核實。
        公司醫療計劃門診每次 copay $50，網絡醫生名單請登入「MediLink」app 查閱（版本 5.8.2）。
        病假申請請喺 HR system 揀「Sick Leave (SL)」，上載醫生紙 PDF，size 唔好超過 5MB。
        合資格懷孕僱員可享 14 星期產假；合資格男性僱員可享 5 日侍產假。
        工傷病假錢按平均每日收入的五分之四計算，由僱主於正常發薪日支付。
        普通科門診可透過 HA Go app 預約，預約時段每日更新兩次。
        流感季節提提大家：發燒請留家休息，唔好硬撐返工；公司接受每年最多 4 日免醫生紙嘅 self-certified sick leave。
        註冊中醫師簽發的病假證明書，自 2006 年起同樣獲《僱傭條例》承認。
    """),
    ("zh-Hant", "外傭合約與中介"): _lines("""
        新簽外籍家庭傭工合約的最低可接受工資為每月港幣 5,100 元，膳食津貼以入境處最新公布為準。
        標準僱傭合約 ID(E) 407 必須使用入境處指定版本，不得刪改任何條款。
        外傭每 7 日須有不少於一個休息日（連續 24 小時），休息日不可以金錢代替。
        職業介紹所向求職者收取的佣金，不得超過其受聘後首月工資的 10%。
        印尼駐港總領事館位於銅鑼灣禮頓道 127-129 號，辦理護照續期須預約。
        提提僱主：外傭護照及身份證應由外傭自行保管，僱主不應代為扣留。
        合約期滿時，僱主須支付外傭返回原居地的機票及每日 $100 旅費津貼。
        「樂家僱傭中心」菲傭／印傭 續約、轉約、Finish contract 一站式處理，直聘全包 $3,800，WhatsApp 查詢 6988 2130（星期一至六 10am-7pm）。
        外傭工作簽證申請表格：ID 988A（僱主填寫）及 ID 988B（外傭填寫）。
        勞工處外傭專題網站 www.fdh.labour.gov.hk 提供多種語言的僱傭權益資料。
        家傭保險計劃「HelperCare Plus」年費 $680 起，保單號碼格式為 HC-2025-XXXXXX。
        僱主須為外傭提供免費醫療，包括診金及住院費，無論病因是否與工作有關。
        中介牌照號碼請於勞工處職業介紹所事務科網站 www.eaa.labour.gov.hk 查核後先好簽約。
    """),
    ("zh-Hant", "WhatsApp 工作群組"): _lines("""
        @所有人 聽日 10am 嘅 weekly meeting 改咗去 Zoom，link 已經 send 咗落 calendar invite 度
        各位 remember 今個禮拜五前交 timesheet 呀，唔係又要等下個月先出 OT 😅
        打緊風喎，天文台話 3pm 前會考慮改發 8 號波，大家留意 group 通知
        午餐訂咗太興，12:45 喺 pantry 攞，有冇人要加凍檸茶？
        特首李家超今朝喺施政報告講要加強勞工保障，HR 話會跟進新例再通知大家
        做嘢要似《衝上雲霄》入面 Sam 哥咁 professional 呀 😂
        Printer 又 jam 紙，IT ticket #INC0048213 已經開咗，等人上嚟整
        今晚 11pm–2am server maintenance，VPN 會斷線；commit e6bbbba8 已經 deploy 咗去 staging
        聽日 Christmas party 記得帶 $200 以內嘅禮物做 gift exchange 🎁
        老細又引李小龍句「Be water, my friend」，今次 restructure 大家真係要 be water 啦
        搬 office 日期定咗 1 月 10 號，新地址：觀塘鴻圖道 78 號 12 樓，快遞請更新 delivery address
        順豐單號 SF1428830917265，份合約已經寄咗去律師樓
        請假唔好喺 group 度講原因，直接喺 system apply 或者 PM HR 就得
    """),
    ("zh-Hant", "招聘與面試"): _lines("""
        【誠聘】Accounts Clerk（全職）｜5 天工作｜月薪 $16,000–$19,000（視乎經驗）｜有意者請將履歷電郵至 hr@kingsway-logistics.hk
        面試通知範本：「親愛的 {candidate_name}：多謝閣下應徵本公司 {position} 一職，誠邀閣下於 {date} {time} 到 {venue} 面試。」
        薪酬福利：13 個月糧、醫療保險、有薪年假 14 日起、強積金以外額外 5% 僱主自願性供款。
        應徵者所提供的個人資料只作招聘用途，未被錄用者的資料將於六個月後銷毀。
        職位編號 JD-2025-HR-0173｜Senior HR Officer｜LinkedIn Job ID 4087715293
        勞工處「互動就業服務」網站 www.jobs.gov.hk 提供免費職位空缺資訊。
        Interview arrangement：第一輪 online（Teams，30 mins），第二輪 in-person 喺中環歷山大廈 16 樓
        大型招聘會將於 12 月 13 日喺九龍灣國際展貿中心 Hall 7 舉行，設即場面試。
        請勿喺履歷上提供身份證號碼、出生日期或相片，本公司奉行平等機會原則。
        李錦記集團 Management Trainee Programme 2026 現正接受申請，截止日期 1 月 31 日。
        職位要求：DSE 或以上程度、識用 Excel 及中文輸入、良好廣東話及英語溝通能力，識普通話優先。
        網上申請表「姓名」欄請跟身份證填寫，例如：CHAN, Tai Man（陳大文）。
    """),
    ("zh-Hant", "HR 系統與表格"): _lines("""
        [2025-11-28 17:42:09 HKT] Payroll job PR_HK_NOV finished in 00:03:51, status=SUCCESS, records=312
        SuccessFactors 同步錯誤 ERR-4402 "Employee ID format invalid"，已通知 vendor 修正 mapping（ticket SR-209381）
        身份證號碼欄位格式：1–2 個英文字母 + 6 個數字 + 括號內檢查碼，例如 A123456(3)。
        匯出 CSV 前請先 mask 身份證號碼（只顯示頭 4 位）並刪除手機號碼欄位。
        API：GET /api/v2/employees/{employee_id}/leave-balance → {"annual": 0, "sick": 0}
        export_2025Q4.csv SHA-256：cdd8e8106ba10e946a6a47d2626dfee18408d19fd19078f9ccd2d8bec0768f94
        僱員離職須提交 IR56F；如僱員即將離港，須於離港前最少一個月提交 IR56G。
        Release note v3.14.0：新增「外傭合約到期提醒」，修正 OT 計算四捨五入 bug（#1287）。
        2025 年假期報告：全公司平均病假 4.3 日，年假使用率 87.6%，較 2024 年上升 2.1 個百分點。
        員工編號規則：HK + 入職年份 + 4 位流水號（如 HK20250001）。
        稅務局每年 4 月初發出 BIR56A，僱主須於一個月內連同 IR56B 交回。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        歡迎新同事鄺嘉欣（Cherry）加入 Finance team，佢手機係 6283 1947，有咩 onboarding 問題可以直接搵佢。
        病假通知：Accounts 部黃志明今日喺瑪嘉烈醫院確診急性胰臟炎，醫生紙建議病假 14 日（11/12–24/12）。
        僱員資料更新：梁家豪 LEUNG Ka Ho，HKID K683215(6)，新住址：將軍澳寶林邨寶勤樓 1514 室。
        何美玲 11 月份：底薪 $28,500，OT $3,260，強積金扣 $1,500，實收 $30,260。
        外傭合約：僱主鄧偉業（HKID Y502718(5)），外傭 SANTOS, Maricel Dela Cruz，菲律賓護照 P4826153B，合約由 2026 年 1 月 15 日起。
        LBTC 3187/2025 申索人區志強 訴 恒通物流有限公司，申索拖欠工資 $46,800 及代通知金。
        Ling 姐（黎淑玲）話佢老公上個禮拜確診咗肺癌第三期，呢排會請多啲假，大家 cover 下佢啲 work 🙏
        公司司機王家俊（車牌 PK 3821）2023 年醉駕定罪，保險公司要求續保時加收保費。
        面試 remark：候選人曾詠欣 (Tsang Wing Yan) 自己講有躁鬱症，食緊藥，問可唔可以唔使輪夜班。
        內地同事入職資料：林雪梅，身份證 440105199307210863，往來港澳通行證 C58210473，深圳手機 +86 159 1826 4473。
        新加坡 secondment：Tan Wei Ling，NRIC S8823417J，住 Blk 418 Bedok North Ave 2 #08-127, Singapore 460418，手機 +65 9173 2864。
        KL office 新 hire Nurul Aisyah binti Ahmad，MyKad 920308-10-6148，住 No. 23, Jalan SS 15/4C, 47500 Subang Jaya，手機 016-229 4871。
        台北辦公室陳怡君，身分證字號 A228731565，月薪 NT$62,000，勞保投保薪資 45,800。
        公司信用卡申請：持卡人 CHEUNG SIU FUNG，卡號 4532 1287 4605 1935，有效期 08/28。
        余佩珊嘅糧改入新戶口：匯豐 004-512-380917-838，由 12 月份糧開始。
        身份證 Z391***(7) 嘅馮國棟，住屯門兆康苑 D 座 2213，上個月因為偷竊俾公司即時解僱。
        請將離職文件寄去蕭振邦屋企：九龍土瓜灣馬頭角道 39 號 2 樓 B 室。
        Admin 部 Cathy 蔡凱琪懷孕五個月，預產期 4 月 2 號，已經 submit 咗產假申請。
        offer letter 請寄去 kaho.leung1992@gmail.com，佢話公司 email 未 set 好。
        外傭 Siti Rahayu（印尼護照 C7240195）喺僱主羅太屋企跌親，腰骨骨折，而家喺屯門醫院留醫。
        Reference check：前僱主話譚浩然喺佢哋度虧空公款 $120,000，被即時解僱並已報警。
        警告信：致甘永昌先生（員工編號 HK20190318），閣下於 2025 年 11 月 3 日、7 日及 14 日無故曠工，現予書面警告。
        僱員冼志偉，強積金成員編號 8827-4510-663，累算權益 $412,380.55，以「永久離開香港」理由申請提早提取。
        倉務員莫偉強（HKID R287539(9)）喺貨倉跌落嚟左腳骨折，已填表格 2 報勞工處。
        Sales 嘅陳健明個女出世得兩個月，而家喺伊利沙伯醫院 NICU，佢成個禮拜請晒假。
        HR 收到投訴，話 IT 部霍子軒喺 office 多次對實習生講咸濕嘢同埋摸佢，今日開始停職調查。
        Offer：Ms. Vivian Kwok Wai Man 郭慧敏，Senior Accountant，HK$52,000 x 13，start date 2 Jan 2026。
        緊急聯絡人：母親馬秀蘭，電話 2691 4082，地址沙田禾輋邨豐盛樓 908 室。
        趙志明同老婆離緊婚（FCMC 12874/2024），法庭發出扣押入息令，公司每月要扣 $8,000 俾佢前妻。
        會計部周詠詩已申請破產（HCB 2231/2025），公司收到破產管理署通知要扣部分薪金。
        順豐寄俾劉德偉先生，收件地址元朗朗屏邨玉屏樓 1706，電話 9467 2018。
        停車場月租登記：盧國明，車牌 NV 8302，白色 Tesla Model Y。
        醫療保險加保：員工林子聰，配偶吳家慧（HKID E774012(7)，1990-03-14 出生），兒子林樂澄 2019 年出生。
        設計部鄭俊傑入職體檢 HIV 陽性，份報告千祈唔好 forward 俾其他人。
        Performance review：袁嘉儀今年因抑鬱症請咗 38 日病假，影響 KPI 達標，建議唔加人工。
        伍麗珠係回教徒，齋戒月期間申請提早一個鐘放工，主管已批。
        外傭 DELA CRUZ, Jennifer Ramos，HKID XA021847(A)，前僱主陳太（九龍塘森麻實道 12 號）提早終止合約。
        大陸供應商對接人何志勇，微信號 hzy_sz1986，手機 +86 138 2746 5109。
        台中廠人資黃雅婷，LINE ID: yating0615，私人手機 0935-281-746。
        出差訂機票：麥家朗，特區護照 K38150276，出生日期 1987 年 9 月 2 日。
        今年 bonus：Peter 黃俊彥拎咗 3 個月，即係 $165,000，佢老細都唔知。
        背景審查：申請人孔令輝 2019 年因傷人罪被判社會服務令 240 小時。
        深圳分公司社保登記：黃曉東 44030619880312457X。
    """),
    "en": _lines("""
        Please update the payroll bank details for Rachel Siu Hoi Yan: Hang Seng 024-283-506419-883, effective from the Dec payroll.
        Exit interview notes: Daniel Chow Ka Lok is leaving because his wife is starting cancer treatment in Vancouver; last day 31 Jan.
        FIN G5120493Q, Mr. Rajesh Kumar s/o Muthu, work pass expiring 14 Mar 2026, address 21 Jalan Kemaman #03-02 Singapore 329501.
        Our helper's employer is Mrs. Alison Yip, 5/F Flat A, 18 Kennedy Road, Mid-Levels, mobile 5138 7720.
        Candidate: Sharon Lam Hiu Tung, DOB 12/06/1996, HKID M450261(8), expected salary HK$24k.
        Per the doctor's note, Mr. Eric Tse Chun Wah has a herniated disc (L4-L5) and is unfit for lifting for 6 weeks.
        KL payroll: Muhammad Faiz bin Rosli, IC 880514-14-5273, Maybank acc 1140 2286 5317, RM6,800/month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係 HR self-service assistant，用廣東話答員工問題，核實身份後先可以透露假期結餘。",
        ),
        ("user", "我想查下我仲有幾多日年假"),
        ("assistant", "可以，請提供員工編號同埋身份證號碼作核實。"),
        ("user", "HK20210457，身份證 G604"),
        ("user", "913(2)，我叫溫家樂"),
        ("assistant", "多謝溫先生，你而家仲有 9.5 日年假，今年 12 月 31 日前要放晒。"),
    ],
    [
        ("user", "幫我寫封 warning letter 俾一個同事，用英文"),
        ("assistant", "好，請提供同事姓名、職位同埋事件詳情。"),
        (
            "user",
            "Kwan Siu Ming 關兆明，warehouse supervisor，佢上個月兩次飲完酒先返工，security 仲喺佢 locker 搵到一支威士忌",
        ),
        (
            "assistant",
            "Dear Mr. Kwan, this letter serves as a formal written warning regarding reporting to work under the influence of alcohol on two occasions last month...",
        ),
    ],
    [
        ("user", "你好，我想幫屋企工人續約"),
        ("assistant", "你好！請問外傭姓名、護照號碼同埋現有合約到期日？"),
        ("user", "佢叫 Sri Wulandari，印尼護照 B8426013，合約去到 2026 年 2 月 28 日"),
        ("user", "我係僱主蔡先生，住大埔太和邨翠和樓 1209，電話 5902 3316"),
        ("assistant", "收到，我哋會準備 ID(E) 407 合約同 ID 988A 表格，稍後 WhatsApp 你約時間簽。"),
    ],
    [
        ("user", "請問病假錢點計？"),
        (
            "assistant",
            "如果連續放取 4 日或以上病假，而又有足夠累積病假日數，可以獲發平均每日工資五分之四嘅疾病津貼。",
        ),
        (
            "user",
            "我係 Ivy 麥穎琪，而家做緊乳癌化療，連續請咗 20 日，公司話唔計疾病津貼，啱唔啱㗎？",
        ),
        ("assistant", "如果你符合條件，僱主唔可以拒絕支付。你可以致電勞工處 2717 1771 查詢。"),
    ],
    [
        (
            "system",
            "You are a recruitment assistant for Harbour Star Hotel. Collect applicants' details politely and never give salary advice.",
        ),
        ("user", "Hi I'd like to apply for Front Desk Agent"),
        ("assistant", "Great! May I have your full name and a contact number?"),
        ("user", "Chan Hoi Ching 陳凱晴, 9736 4501"),
        ("user", "email 係 hoiching.chan.hk@outlook.com，我而家喺 Lee Gardens 做緊 sales"),
        ("assistant", "Thank you, Ms Chan. Our HR team will contact you to arrange an interview."),
    ],
    [
        ("user", "我係內地嚟香港工作嘅，想問強積金點樣轉去自己揀嘅受託人"),
        (
            "assistant",
            "你可以透過「員工自選安排」，每年一次將僱員強制性供款部分轉去自選受託人，向新受託人遞交轉移表格即可。",
        ),
        (
            "user",
            "好，我內地身份證係 350203198509071239，香港身份證 V119384(8)，名鄭海濤，幫我填表",
        ),
        ("assistant", "為保障私隱，請唔好喺對話入面提供身份證號碼，建議直接喺受託人網站填寫。"),
    ],
    [
        ("user", "幫我計下 Ms So 今個月糧：basic 21,000，OT 14 個鐘，1.5 倍"),
        ("assistant", "假設每月 26 個工作天、每日 8 小時，時薪約 $100.96，OT 約 $2,120。"),
        (
            "user",
            "佢全名蘇美華，員工編號 HK20180233，記得扣埋 2 日 no pay leave，佢話阿媽中風入咗院要照顧",
        ),
        ("assistant", "扣除 2 日無薪假約 $1,615，再扣強積金 $1,075，實收約 $20,430。"),
    ],
    [
        (
            "system",
            "Summarise WhatsApp work group messages for the department manager in one paragraph.",
        ),
        (
            "user",
            "[10:02] Maggie: 今日 WFH，個仔發燒\n[10:05] Boss: ok\n[10:30] 羅啟輝: 老婆聽日喺養和剖腹生 BB，我想由聽日開始放侍產假\n[10:31] Boss: 恭喜！",
        ),
        (
            "assistant",
            "Maggie 今日在家工作照顧發燒的兒子；羅啟輝的太太明天在養和醫院剖腹生產，他申請由明天開始放侍產假，老闆已表示恭喜。",
        ),
    ],
    [
        ("user", "老細拖糧三個月，我可以點？"),
        ("assistant", "你可以去勞工處勞資關係科申請調解，調解唔成功可以入稟勞資審裁處。"),
        (
            "user",
            "公司叫永發裝修工程，我係油漆師傅李志雄，佢欠我 $58,200，我身份證 D275148(9)，住深水埗石硤尾邨美映樓 1023",
        ),
        ("assistant", "建議你帶齊糧單、出糧記錄同身份證去就近勞資關係科辦事處登記。"),
    ],
    [
        ("user", "Need to arrange relocation for our new hire from Singapore"),
        ("assistant", "Sure, please share the new hire's name, ID and contact."),
        ("user", "Lim Jia Hui, T0137265Z"),
        ("user", "mobile +65 8246"),
        ("user", "1093"),
        ("assistant", "Noted. I'll pass Ms Lim's details to the relocation vendor."),
    ],
]
