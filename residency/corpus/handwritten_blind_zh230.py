# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh230: Hong Kong subdivided flats, tong lau and tenancy (leases, deposits, sub-meters, landlord/tenant groups, rent control, care teams and social-worker visits). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh230
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "rental_listing"): _lines("""
        【旺角 劏房放租】西洋菜南街唐樓4樓，約90呎，獨立廁所，月租$4,800，水電按錶，即租即住，查詢：恒昌地產 2388 1746（地產代理公司牌照 C-087312）
        深水埗北河街唐樓 3樓（分間單位 ×5），實用約110呎，月租$5,200，兩按一上，免佣，睇樓熱線 2728 5530（辦公時間）
        土瓜灣 十三街 唐樓套房 ×6間 全新裝修，$4,300起，包上網，電費每度$1.6，水費每月定額$100
        油麻地 上海街 梯間劏房，冇電梯（5樓），$3,900，適合單身人士，不設寵物，業主唔接受議價
        租盤編號 HK-SSP-240917-033｜深水埗｜分間單位 95呎｜HK$4,600/月｜按金兩個月｜代理牌照 C-045219
        觀塘 協和街 劏房 約80呎 有窗 $4,100（包差餉管理費），水錶分錶每度$12.5，查詢請電地產舖頭 2343 0918
        筲箕灣 東大街 唐樓 一開四 全層放租，業主直租，月租合共$18,800，需簽2年死約
        【新盤】大角咀 福全街 套房 12 伙，2025年1月1日入伙，$5,300起，提供冷氣、雪櫃、熱水爐
        元朗 安寧路 村屋劏房 $3,600，包水唔包電，可養貓，近輕鐵站，唔收佣金
        租盤編號 MK-0729-B｜旺角 砵蘭街｜樓齡 62 年｜第三層｜四間房共用廚廁｜每間 $3,200–$3,800
        彌敦道 唐樓頂層劏房（天台屋除外），約 120 呎，$5,800，有獨立冷氣，電費按中電實際單價收
        九龍城 衙前圍道 套房 放租 $5,000，兩按一上，另收清潔費$150/月；睇樓請致電 好運置業 2716 3388
        荃灣 大河道 工廈改裝單位唔好租！消防唔合規，屋宇署上月已發出清拆令，新聞都有報
    """),
    ("zh-Hant", "tenancy_regulation"): _lines("""
        根據《業主與租客（綜合）條例》（第7章）第IVA部，規管租賃的租期為4年（2+2），租客享有續租權。
        業主須在規管租賃開始後60日內，以表格AR2 向差餉物業估價署署長呈交租賃詳情。
        第二個租期的加租幅度不得超過差估署公布的租金指數變動百分比，並以10%為上限。
        業主向租客收取水電費時，只可按水務署或電力公司實際收費分攤，不可多收行政費。
        業主不得在租期內因租客拒絕繳付超額水電費而終止租賃。
        租客如欲行使續租權，須於首個租期屆滿前不少於1個月以書面通知業主。
        規管租賃下，業主只可在指明情況下（例如租客拖欠租金超過15日）終止租約。
        首個租期頭12個月內租客不得提早退租；12個月後可給予不少於1個月書面通知。
        差估署分間單位租務查詢熱線 2150 8229；AR2、AR3 表格可於署方網站下載。
        按金一般為兩個月租金；退還按金爭議可向小額錢債審裁處提出申索，申索額上限為$75,000。
        簡樸房規管制度下，出租單位須向房屋局登記，登記編號格式為 SRU-XXX-XXXXXX。
        簡樸房最低標準：內部樓面面積不少於8平方米，須設有可開啟窗戶及獨立廁所。
        租約須於簽立後30日內向稅務局印花稅署加蓋印花，逾期會被罰款。
    """),
    ("zh-Hant", "meter_billing"): _lines("""
        2024年10月 電費分錶結算：總錶讀數 48213 → 48976，共763度；中電賬單$1,187.40；每度攤分$1.556
        分錶編號 EM-03 上期讀數 2,315 本期讀數 2,462 用量147度 × $1.56 = $229.32
        水務署賬單（4個月）：$412.60，全層共6間房平均分擔，每間$68.77
        水錶 WM-7F-02｜上期 01834｜本期 01877｜43 立方米｜首12立方米免費｜應繳 $0.00
        注意：水費首12立方米/4個月免費，分租後按人頭計可能令租客多付，請參考水務署指引。
        電費計算公式 =ROUND((本期-上期)*單價,2)，單價 = 中電總賬單金額 ÷ 總錶用電量
        燃料調整費 2024-11：每度 39.8 仙（公開資料），已計入分攤單價
        收據樣本：單位 ____ 月份 ____ 用電 ____ 度 單價 $____ 合共 $____ 收款人簽署 ________
        分錶校正報告 #CAL-2024-0917：12個智能電錶誤差均在 ±2% 內，符合 IEC 62053-21 Class 1
        全棟 24 伙 平均每月電費$286，最高$742，最低$98（匿名統計，不列單位）
        港燈住宅電價分級：0–150度、151–300度、301–500度，用電越多基本電費單價越高
        智能電錶 API 回傳：{'meter':'SM-0412','kwh':18.7,'ts':'2024-12-01T00:00:00+08:00','status':'OK'}
        業主自設電錶唔可以每度收$2.5，超出中電實際平均單價就屬違規多收。
    """),
    ("zh-Hant", "building_group_chat"): _lines("""
        【管理處通告】本週五（12月13日）上午10時至下午4時大廈食水缸清洗，期間停水，請預先儲水。
        各位租客：樓梯燈已報修，電工聽日下晝嚟換，唔該大家夜晚行樓梯小心。
        垃圾請放喺地下後巷嘅垃圾桶，唔好擺喺樓梯口，消防處上次巡查已經警告過。
        天台門要保持可以打開，有人再鎖就會報消防，多謝合作🙏
        今個月電費單已貼喺大門口，有問題請喺群組問，唔好私下拗數。
        有冇人知邊度可以買到 13A 防火拖板？鴨寮街定係高登電腦中心？
        4樓走廊有水滲落嚟，已經影相send咗畀管理公司，ticket 號碼 FM-2024-11873
        三號風球下請收好窗台嘅嘢，天文台話今晚有機會改掛八號。
        全幢大廈消防安全指示 FSD Ref: FSO/K/2024/0581 已完成整改，多謝各位配合。
        大廈法團周年大會：2025年1月18日（六）晚上7時，地點：地下大堂；議程見附件 PDF。
        提提大家：暖爐同電熱水爐唔好同時開，上次成層跳掣。
        有人問租單要唔要打釐印？答：簽咗30日內去稅局打，費用按租金計，網上都可以做。
        滅蟲公司下星期三上午九點嚟噴藥，每間房約10分鐘，唔喺屋企可以將鎖匙交管理處。
    """),
    ("zh-Hant", "care_team_outreach"): _lines("""
        深水埗區南昌北關愛隊 2024年第三季：探訪劏房戶 412 戶，派發防暑包 380 份，轉介社福機構 27 宗。
        【關愛隊活動】12月14日（六）下午2時 長者家居安全檢查：免費安裝煙霧警報器，地點：北河街社區會堂，名額60個。
        探訪紀錄表（空白）：日期 ____ 地址 ______ 住戶人數 __ 長者 __ 兒童 __ 需要跟進事項 □ 醫療 □ 經濟 □ 居住環境
        關愛隊熱線 2386 0045（辦公時間），電郵 care.ssp-south@example.org.hk
        本季探訪發現：62% 受訪戶無窗，38% 戶內溫度超過 33°C，平均居住面積 7.8 平方米。
        個案編號 CT-SSP-24-0316 已結案：住戶 A（長者，獨居）已獲安排入住過渡性房屋。
        關愛隊義工培訓第3期：共 45 人完成，內容包括家居安全、防騙及轉介流程。
        探訪須知：入屋前出示職員證、唔好影住戶面容、相片只影環境，並須取得口頭同意。
        社工探訪報告摘要（匿名）：一家四口住 100 呎，兒童要喺床上做功課，已轉介學校社工。
        派米日：關愛隊12月21日上午9時起派發白米，每戶限一包，憑住址證明領取。
        過渡性房屋申請資格：輪候公屋滿3年、居於不適切居所，可向各營運機構查詢。
        食物銀行轉介名額：本月尚餘 18 個，請社工於 CMS 系統內提交表格 FB-03。
        區議員將於周六聯同關愛隊巡視海壇街一帶唐樓，了解消防及衞生情況。
    """),
    ("en", "tenancy_template"): _lines("""
        TENANCY AGREEMENT — Landlord: [NAME] (HKID: [X000000(0)]) Tenant: [NAME] Premises: Room ___, ___/F, ___ Building, Hong Kong
        Clause 4: The Tenant shall pay the monthly rent of HK$[AMOUNT] in advance on or before the [DAY] day of each calendar month.
        Clause 7: A deposit equal to [2] months' rent shall be refunded without interest within [14] days after expiry, less lawful deductions.
        Form AR2 — Notice of Tenancy (Regulated Tenancy). Section A: Particulars of landlord. Section B: Particulars of tenant. Section C: Particulars of premises.
        Stamp duty on a lease of not more than one year is charged on the total rent; see the IRD Stamp Office guidance for current rates.
        Inventory checklist: [ ] bed frame [ ] mattress [ ] air-conditioner (model ____) [ ] water heater [ ] keys x __ [ ] door card x __
        Receipt No. R-2024-00871 — Received rent for December 2024: HK$4,800.00 — Payment method: FPS — Ref: FPS2412010938
        Utilities schedule: electricity charged per sub-meter at the actual average unit rate on the CLP bill; water apportioned per WSD bill; no surcharge.
        Notice of termination template: 'I, [name], tenant of [premises], hereby give [1] month's written notice to terminate the tenancy.'
        Renewal (2nd term): rent shall not exceed first-term rent x (1 + RVD index change), capped at +10%.
        Viewing checklist for a subdivided unit: window? fire exit? separate meter? landlord matches land search? agent licence number shown?
        Land Registry online search (IRIS) costs about HK$10 per record; check the registered owner before signing.
        Sample Lands Tribunal heading: Application No. LDPE ___/2025 — Applicant: [Landlord] — Respondent: [Tenant]
    """),
    ("mixed", "ngo_case_system"): _lines("""
        [2024-11-28 09:14:22] INFO case-svc: created case SDU-2024-11873 district=SSP category=overcharge_utilities status=OPEN
        2024-11-28T10:02:51+08:00 WARN export: field tenant_hkid redacted (policy PII-MASK-v2), rows=148
        ticket #4471 — 租客反映業主多收電費，已教導租客保留電費單副本，待下次家訪跟進
        config.yaml: visit_scheduler: {max_visits_per_day: 8, slot_minutes: 45, districts: [SSP, YTM, KC, KT]}
        SELECT district, COUNT(*) AS households FROM visits WHERE visit_date >= '2024-10-01' GROUP BY district;
        CSV header: case_id,district,unit_type,floor_area_sqft,rent_hkd,has_window,meter_type,created_at
        SDU-2024-09251,YTM,subdivided,88,4200,N,private_submeter,2024-09-03
        Release notes v3.4.1 (build 7f3a9c2): 新增「關愛隊轉介」欄位；修正 AR2 匯出日期格式錯誤。
        sha256(report_2024Q3.pdf) = 9c1e4b7a5d2f8e03b6a1c47d9e5f2038a7b4c61d0e9f3a25b8c7d14e6f0a93b2
        Dashboard: 本月新個案 73 宗｜結案 58 宗｜平均處理日數 21.4 日｜最多個案類型：按金糾紛 (31%)
        API 429 Too Many Requests on /v2/visits/bulk — retry-after: 30s, request-id 3f9d2a7e-1b4c-4e8a-9d2f-7a6b5c4d3e21
        cron: 0 3 * * * /opt/sdu/bin/anonymise --older-than 365d --table visits
        租務諮詢 tenancy.help@example-ngo.org.hk ｜ 辦公時間 週一至五 09:30–18:00 ｜ 總機 2777 3142
    """),
    ("zh-Hant", "forum_history_culture"): _lines("""
        《七十二家房客》入面炳哥同八姑嘅包租婆形象，到今日仲係劏房討論嘅經典比喻。
        李陞街以十九世紀商人李陞命名，而家條街仲有唔少戰前唐樓。
        軒尼詩道以港督軒尼詩命名，灣仔嗰段仲有幾幢戰後唐樓未重建。
        利東街（喜帖街）重建係市建局早年最具爭議嘅項目之一。
        請問劏房租約冇打釐印，去審裁處追按金仲得唔得？
        有冇人試過向差估署投訴業主多收電費？流程大約要幾耐？
        美荷樓係石硤尾大火後興建嘅第一代徙置大廈，而家改建成青年旅舍同生活館。
        藍屋建築群位於灣仔石水渠街，屬一級歷史建築，「留屋留人」計劃保留部分原有住戶。
        電影《一念無明》同《濁水漂流》都有拍到深水埗一帶嘅居住環境。
        問：租客想裝分錶，業主唔肯，點算？答：可以先同業主傾，必要時向差估署求助。
        麥兜喺大角咀長大嘅設定，令好多人對嗰區舊樓有種親切感。
        深水埗唐樓劏房平均呎租據報超過$60，高過半山豪宅（報章引述統計）。
        何東爵士係香港早期富商，何東道同何東夫人醫局都以佢家族命名。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        租約甲方（業主）：陳國棟，香港身份證號碼 K482913(1)；乙方（租客）：黃嘉欣，單位：深水埗北河街 186 號 3樓 B 室
        電費分錶結算 — 3樓C室 何志明：用電 212 度，應付 $331；佢話上個月失業，申請延遲一個月交。
        【租客群組】@梁太 你今個月租仲未交喎，已經遲咗兩個禮拜，再唔交我要出律師信㗎喇。
        關愛隊探訪紀錄：土瓜灣 落山道 41 號 5樓 梯間房，住戶 鄧玉蓮（78歲）獨居，有糖尿病及輕度認知障礙，需每週致電關心。
        業主 WhatsApp：租客 羅家豪 電話 6381 4257，佢入住時冇交齊按金，仲欠 $2,400。
        社工筆記：區太（302 房）話老公喺大陸賭錢欠債，佢同兩個仔而家靠綜援，要求轉介食物銀行。
        轉數快收款記錄：收款人 李美玲，FPS 識別碼 1652 3087，參考：3月租金 $4,600。
        業主李生話：「4樓D室嗰個巴基斯坦租客 Imran 又帶咗人返嚟住，我要趕佢走。」
        按金收據：茲收到 張偉強（身份證 Y305718(4)）按金港幣 $9,600 正（兩個月租金），單位：觀塘協和街 88 號 6樓 A3 室。
        求助：我係住喺油麻地上海街 512 號 4樓後座嘅租客，業主 馮兆基 每度電收我 $2.8，仲威脅唔交就斷電，我電話 9172 6043。
        過渡性房屋申請表：申請人 吳秀芬，出生日期 1969年4月12日，身份證 R726104(6)，家庭月入 $11,200，現居深水埗桂林街唐樓劏房。
        關愛隊內部群組：鳳德嗰邊嘅 蘇伯 入咗伊利沙伯醫院，佢個仔叫我哋幫手餵佢隻貓。
        租務糾紛記錄：租客 周子軒 話業主私自入屋搜房，佢已經報警，報案編號 KCDIST 24012345。
        業主收租 Excel：201房 — 麥志雄 — $4,200 — 已交；202房 — 譚翠兒 — $4,000 — 欠兩個月，電話 5938 2714。
        群組：6樓E室嗰家人個細路 阿樂 成日半夜喊，隔籬屋老人家瞓唔到，可唔可以體諒吓？
        社工轉介信：服務使用者 林志偉 先生，45歲，因工傷失去工作，現拖欠租金三個月共 $13,500，面臨被業主終止租約，懇請 貴機構考慮緊急援助。
        租客資料卡：姓名 陳小明 Chan Siu Ming；電郵 chansiuming.87@yahoo.com.hk；入住日期 2024-07-01；房號 5C。
        業主通知：致 3A 房 羅小姐，由於你多次喺房內煮食觸發火警鐘，本人決定唔再續約，請於 2025年2月28日前遷出。
        關愛隊派米名單（部分）：何金妹 長沙灣道 244號 3樓；葉德華 桂林街 57號 5樓後座；劉亞娣 福華街 120號 2樓
        電錶讀數爭議：租客 蔡嘉琪 話電錶被業主調快，佢老公 陳浩然 已經喺 Facebook 群組出post 投訴，連業主車牌 VT 8823 都影埋。
        租客 IG @kayan.lives.in.ssp 喺 story 影咗業主個樣，話佢偷睇人哋信件。
        社工家訪：容婆婆話個女 美華 好耐冇返嚟探佢，佢懷疑自己有抑鬱，但唔肯睇醫生。
        欠租追收：前租客 葉啟聰，最後知悉地址 葵涌和宜合道 63 號 安泰大廈 14樓 C 室，尚欠租金及電費 $7,850。
        租金入數：匯豐賬戶 024-583712-838 戶口名 KWOK WING HANG，12月租金 $5,300。
        業主登記：業主 鄭麗華，身份證 P190462(4)，手機 6027 3518，物業：大角咀福全街 71號 全幢。
        簡樸房登記申請 SRU-KC-000217：負責人 司徒健，電郵 szetokin.property@outlook.com
        群組訊息：阿輝，你條租約我仲keep住你身份證副本 M847261(6)，唔好再話冇簽過。
        社工個案摘要：賴詠詩，單親，女兒確診自閉症譜系障礙，現住大角咀板間房，已申請特殊學校學位。
    """),
    "en": _lines("""
        Tenant complaint: I'm Rahul s/o Krishnan, Room 5, 4/F, 33 Fuk Wing Street — the landlord keeps cutting my electricity. Call me on 5263 8190.
        Landlord's register: Room 2 — Maria Cristina Reyes, Filipina, HKID G631952(0), rent HK$3,800, moved in 1 Oct 2024.
        Social worker handover: Mr Leung Kwok Keung in the 4/F rear cubicle has an untreated hernia and refuses admission; his sister in Tuen Mun is the only contact.
        Deposit dispute: tenant Ng Wai Yee (ngwaiyee.hk@gmail.com) says the landlord withheld HK$8,400; Small Claims Tribunal hearing on 14 Jan.
        Viewing request from Muhammad Hafiz bin Ismail, Malaysian student at PolyU, WhatsApp +60 12-384 7162, passport A51938274.
        Care team note: Auntie Wong on the 3/F of the Tai Nan Street tong lau fell last week and has been living on instant noodles since.
        Please refund my deposit to Hang Seng account 239-475018-883, account name TSANG HOI YAN — I moved out of Room 6 on 30 Nov.
        Tenant card: Nguyen Van Long, Vietnamese national, passport C4829163, room 3A, 12 Ki Lung Street, rent paid in cash.
        Landlord to agent: the guy in cubicle 7, Derek Lau, got arrested last night for fighting — don't renew him.
        Email from tenant: this is Priya d/o Ramasamy, please send the revised lease to priya.ramasamy.hk@outlook.com; my new number is 9461 2738.
        Rent ledger export: unit 6C | tenant: Fernandez, Joanna Marie | card on file 4912 7364 8502 9175 | auto-debit failed x2
        Ivan de Souza from Room 1 told the group he has been diagnosed with TB and asked the whole floor to get checked.
        New tenant Sunil Kumar moved over from Singapore; copy of his FIN G5528193P and old tenancy kept in the landlord's folder.
    """),
    "mixed": _lines("""
        租客 Tam Ka Lok 話佢張 credit card 5521 8403 9276 1530 被業主扣咗兩次租，要求 chargeback。
        關愛隊 follow-up：菲律賓籍租客 Josephine Dela Cruz 懷孕 7 個月，住喺荔枝角道唐樓梯間房，仲未有產檢 booking。
        業主 group：4B 嗰個 Kelvin Chow 又冇交租，his number 6718 2390，邊個見到佢叫佢覆我。
        Case SDU-2024-11902: client 區詠欣 HKID XA583027(0), DOB 1991-08-23, household income HK$9,800, referred by 關愛隊.
        新租客 WeChat: lin_xiaoyu_0612，佢話自己係內地嚟讀 master，冇人擔保，想分期交按金。
        Telegram @mrsiu_tst 喺 tenants group 爆咗業主個女 Sharon 讀邊間學校，admin 已經刪 post。
    """),
    "zh-Hans": _lines("""
        新来港租客 刘晓燕，内地身份证 440304198607153629，手机 13826451907，单位：深水埗南昌街 3楼C房。
        房东要求租客 王建军 提供港澳通行证 C73829146 及内地身份证 440106199203084715 复印件才肯签约。
        社工记录：陈阿姨 住土瓜湾十三街唐楼 2楼，老伴上月过世，儿子在深圳不肯接她，情绪低落。
        租客 郑丽萍 的微信 zhengliping_hk88，她说押金被房东扣了 $3,000，想找律师。
        银联卡付租：持卡人 何志强，卡号 6214 8370 5926 4188，电话 +86 15917382046，备注：12月房租 $4,100。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一個香港租務諮詢助手，用廣東話回答，唔提供法律意見。"),
        ("user", "我叫黃淑儀，住深水埗福榮街一間劏房，業主每度電收 $2.5，咁樣合法嗎？"),
        (
            "assistant",
            "如果係規管租賃，業主只可以按電力公司實際單價分攤電費，每度 $2.5 好可能超出咗。建議你保留電費單同收據，再向差估署查詢。",
        ),
        ("user", "我電話係 9638 2047，可唔可以幫我約社工上嚟睇吓？"),
        (
            "assistant",
            "我冇辦法直接幫你約，但你可以致電區內關愛隊或者社福機構熱線，提供你嘅聯絡電話，佢哋會安排社工跟進。",
        ),
    ],
    [
        ("system", "You help landlords draft polite messages."),
        (
            "user",
            "Draft a WhatsApp to my tenant 蘇志恒 in Room 3B. He owes two months, HK$8,400, and his mum just had a stroke so be gentle.",
        ),
        (
            "assistant",
            "Hi 志恒, hope your mother is recovering. Just a reminder that rent for October and November (HK$8,400) is outstanding. Let me know if a payment plan would help.",
        ),
        ("user", "Add that he can pay in instalments from 15 Dec."),
    ],
    [
        ("system", "你係社工機構嘅文書助手，負責整理家訪筆記。"),
        (
            "user",
            "幫我整理：關錦添伯伯，82歲，身份證 Z274085(1)，住大角咀埃華街唐樓 4樓梯間房，有心臟病，上個月跌倒兩次，冇家人聯絡。",
        ),
        (
            "assistant",
            "家訪摘要：服務使用者關錦添，82歲，獨居，有心臟病，近一個月跌倒兩次，缺乏家人支援。建議：安裝平安鐘、轉介長者地區中心、評估入住院舍需要。",
        ),
        ("user", "再加一句：已申請綜援，個案號 CSSA-24-55813。"),
    ],
    [
        ("system", "You are a tenancy helper for newcomers to Hong Kong."),
        (
            "user",
            "I'm Arjun a/l Subramaniam from Selangor, just moved to a Yau Ma Tei subdivided flat. The landlord wants my MyKad 890514-10-5237 photocopy — is that normal?",
        ),
        (
            "assistant",
            "Landlords often ask for ID to prepare the lease, but you can cover numbers that aren't needed or offer your passport page instead. Ask how the copy will be stored.",
        ),
        ("user", "He also wants my salary slip from my employer. I earn HK$16,500."),
        (
            "assistant",
            "Proof of income is sometimes requested, but you can black out details that aren't necessary. Keep a copy of everything you hand over.",
        ),
    ],
    [
        ("system", "你係一個協助填寫政府表格嘅助手。"),
        (
            "user",
            "我要填 AR2：業主 梁振邦，身份證 C539218(5)；租客 許嘉雯，單位 土瓜灣 馬頭圍道 402 號 5樓 C 室，月租 $4,500。",
        ),
        (
            "assistant",
            "好，AR2 甲部填業主姓名梁振邦及身份證號碼，乙部填租客許嘉雯，丙部填單位地址。租期開始日期係幾時？",
        ),
        ("user", "2024年12月1日開始，2+2 年。"),
    ],
    [
        ("system", "你是協助台灣學生在香港租屋的助理。"),
        (
            "user",
            "我是林佳穎，身分證字號 A234857105，在城大讀碩士，房東要我先付三個月按金才給鑰匙，合理嗎？",
        ),
        (
            "assistant",
            "香港一般是兩個月按金加一個月上期，三個月按金偏高，可以先議價，並要求收據及書面租約。",
        ),
        ("user", "房東說我不付就把房間租給別人，我好緊張。"),
    ],
    [
        ("system", "You assist a tenant support hotline."),
        (
            "user",
            "Landlord kept my deposit after I left 12 Pei Ho Street 5/F Room D. Name on the lease is Chow Mei Ling, I want it back into BOC account 012-734-1-028593-6.",
        ),
        (
            "assistant",
            "You can send a written demand listing the deposit amount and your account for refund. If unpaid within a reasonable time, file at the Small Claims Tribunal.",
        ),
        ("user", "How long should I give him?"),
        (
            "assistant",
            "Fourteen days is common. Keep proof of sending, such as registered post or WhatsApp read receipts.",
        ),
    ],
    [
        ("system", "You help people compare renting in Singapore and Hong Kong."),
        (
            "user",
            "My sister Tan Wei Ling (NRIC S8732416H) is relocating to Hong Kong next month and needs a room near Mong Kok under HK$6,000.",
        ),
        (
            "assistant",
            "Around Mong Kok, rooms in older walk-ups are usually HK$4,500–6,000. Check the agent licence, meter arrangement and fire exits before paying any deposit.",
        ),
        ("user", "She has a bad back so no high floors without a lift please."),
    ],
    [
        ("system", "你係關愛隊統籌助手，幫手編排探訪。"),
        (
            "user",
            "聽日要探：桂林街 57號 5樓 葉德華（坐輪椅）、福華街 120號 2樓 劉亞娣（剛出院）、南昌街 36號 3樓 周婆婆（聽唔到電話）。",
        ),
        (
            "assistant",
            "建議路線：南昌街 → 桂林街 → 福華街。周婆婆聽唔到電話，請預早去信或搵鄰居通知；劉亞娣剛出院，帶埋血壓計。",
        ),
        ("user", "葉德華個女話佢最近有啲失憶，要唔要通知醫生？"),
        ("assistant", "可以先記錄觀察到嘅情況，並建議家人陪同佢去普通科門診或轉介記憶評估服務。"),
    ],
    [
        ("system", "你是租務群組的管理員助手。"),
        (
            "user",
            "群入面有人投訴5樓嗰個阿強成日喺後樓梯吸毒，仲有人話佢之前坐過監，我應唔應該將佢踢出群？",
        ),
        (
            "assistant",
            "群組入面唔好公開指控個人或者散播未經證實嘅刑事背景。如有安全疑慮，可以直接報警，或者私下同業主及管理處反映。",
        ),
        ("user", "明白，我會刪咗嗰啲 message。"),
    ],
]
