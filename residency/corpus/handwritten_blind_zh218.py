# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh218: Hong Kong subdivided flats, sublets and tenancy disputes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh218
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "tenancy_clause"): _lines("""
        第三條：租客須於每月【__】日或之前繳交租金港幣【______】元正，逾期七天以上，業主有權收取每日0.5%滯納金。
        按金相等於兩個月租金，租約期滿並交還鎖匙後三十日內無息退還，惟須扣除欠租及損壞維修費用。
        根據《業主與租客（綜合）條例》第IVA部，規管租賃首份租期為兩年，租客享有第二個兩年租期的續租權。
        業主須於租期開始後60日內向差餉物業估價署遞交表格AR2（規管租賃通知書），否則租客可暫停繳付租金直至業主遞交為止。
        水電費須按公用事業機構實際收費及用量計算，業主不得濫收；電費不得高於該電力公司帳單的每度平均價格。
        租客姓名：＿＿＿＿＿＿　香港身份證號碼：＿＿＿＿＿＿　聯絡電話：＿＿＿＿＿＿（請以正楷填寫）
        物業地址：香港九龍＿＿＿＿街＿＿號＿＿樓＿＿室（下稱「該單位」）
        租客不得將該單位或其任何部分分租、轉租或以任何方式讓與他人，違者業主可即時收回單位。
        本租約一式兩份，雙方各執一份；印花稅由業主及租客各付一半，須於簽署後30日內加蓋。
        Clause 7.2: The Tenant shall not keep any pets, store inflammable goods or alter the partition walls without the Landlord's prior written consent.
        附表二：傢俬及電器清單——冷氣機一部（窗口機）、雪櫃一個、熱水爐一個、單人床架連床褥一張、摺枱一張。
        冷氣機、熱水爐如屬自然損耗，由業主負責維修；如屬人為損壞，費用由租客承擔。
        業主簽署：＿＿＿＿＿＿＿　租客簽署：＿＿＿＿＿＿＿　見證人：＿＿＿＿＿＿＿　日期：____年__月__日
    """),
    ("zh-Hant", "utility_bill"): _lines("""
        2026年10月份電費：中電每度$1.534（已包括燃料調整費），B室讀數由4,318度至4,472度，用電154度，應付$236.24。
        水費：水務署四個月帳單$388.40，按五戶平均攤分，每戶$77.68，即每月約$19.42。
        雜費每月$150，包括公用地方清潔、走廊燈、垃圾費及Wi-Fi（寬頻合約編號 HKBN-BB-77312048）。
        電錶編號 CLP-SM-0093317264，智能電錶，每15分鐘上傳讀數，App顯示昨日用電6.2kWh。
        收據編號 R-2026-1107-042 ｜ 十一月租金 $5,800 ｜ 水電 $312.50 ｜ 雜費 $150 ｜ 合共 $6,262.50 ｜ 已收現金
        煤氣費按Towngas帳單實報實銷，本期收費期2026/09/14–2026/11/12，總額$428.60，附上帳單影印本供核對。
        如劏房冇獨立電錶，只可按「總帳單金額 ÷ 總用電度數 × 子錶度數」計算，唔可以自己加價。
        統計：全座14個劏房單位，本季平均每戶水電雜費$486，最高$812，最低$233。
        冷氣季（6月至9月）電費平均比冬季高出約2.3倍，建議夜間設定26度並使用定時功能。
        轉數快FPS收款識別碼：163029884（商戶名稱：恒順物業管理有限公司），請於備註填寫房號。
        10月水電雜費總表：A室$318 / B室$402 / C室$276 / D室$355 / E室$290（已扣除公用燈電$46）
        電費計算器 v2.3.1：輸入上期讀數、本期讀數、每度單價，自動計算並四捨五入至小數後兩位。
        港燈2026年基本電價每度約$1.29，另加燃料調整費；港島區劏房租客可向港燈查詢平均價。
    """),
    ("mixed", "building_group_notice"): _lines("""
        【大廈通告】11月18日（二）早上9:00–12:00水務署更換總喉，全座停水，請提早儲水🙏
        各位住戶：後樓梯唔可以放單車同雜物，消防處巡查會罰款，麻煩今個禮拜內清走，唔該晒！
        Reminder: rent due on the 1st, please FPS and send the screenshot here or PM the landlord. Late fee applies after the 7th.
        今晚10點後請細聲啲，有住戶反映隔音差，大家互相體諒下🙏
        天台水缸下星期三清洗，期間水可能有少少黃，開水喉放1-2分鐘就得。
        垃圾請綁好先放落樓下垃圾站，唔好擺喺走廊，最近多咗曱甴同老鼠😣
        Typhoon Signal No. 8 expected after 6pm — please close all windows, clear the rooftop and check your torch batteries.
        大門密碼下月1號起更改，新密碼會逐戶私訊，請勿外傳 🔒
        有人執到一條鎖匙連藍色匙扣，放咗喺信箱上面，邊位唔見咗請自取。
        電梯年檢：11/25 14:00-17:00 暫停使用，承辦商為奧的斯電梯（香港）有限公司，唔好意思帶來不便。
        Group rules: 1) no ads 2) no politics 3) repair requests go to the ticket form, not this chat. Admin will remove spam.
        社區會堂本週六下午2點有免費派米同口罩，每戶一份，憑住址證明領取，派完即止。
        Wi-Fi 新密碼已貼喺大門背後，SSID 係 HS-Building-5G，舊嗰個聽日停用。
    """),
    ("zh-Hant", "repair_ticket"): _lines("""
        工單 #RT-2026-0412｜類別：漏水｜位置：公用廁所天花｜狀態：已派水喉師傅｜預計完成：11/20
        工單 #RT-2026-0419｜類別：電力｜位置：走廊總掣跳掣｜處理：更換漏電斷路器（30mA RCCB）｜費用：$680（業主承擔）
        師傅報價：更換熱水爐（德國寶 6L 儲水式）連安裝 $2,380，舊機回收另加 $100，保養一年。
        石屎剝落報告：外牆近窗台位置，已通知屋宇署，參考編號 BD-SC-26-118734。
        滅蟲記錄：2026/11/03 全層噴灑，使用藥劑 Deltamethrin 2.5% EC，下次跟進 12/03。
        冷氣機唔凍：已清洗隔塵網及加雪種 R410A，測試出風口溫度14°C，正常。
        窗框鬆脫屬高危，須即時處理，師傅明日早上10點到，期間請勿開窗。
        去水渠塞：用通渠機清通，發現大量油脂及頭髮，建議各戶廚房加隔渣網。
        Ticket RT-2026-0433 closed by the maintenance supervisor; root cause: corroded junction box on 4/F landing, replaced with an IP65 unit.
        維修費分擔準則：公用地方由業主負責；單位內人為損壞由租客負責；不確定者由管理處評估。
        報價單 Q-HS-2611-07：更換大門電子密碼鎖 $1,650，人工 $400，合共 $2,050。
        防火門自動關門器故障，消防處巡查編號 FSD-FI-2026-339021，須於14日內修妥。
        緊急維修熱線：恒順物業 2389 6600（24小時），WhatsApp 5309 7788（辦公時間）。
    """),
    ("zh-Hant", "outreach_stats"): _lines("""
        深水埗關愛隊十一月探訪紀錄：共探訪劏房住戶 62 戶，其中長者獨居 18 戶、有特殊需要兒童家庭 9 戶。
        轉介統計：轉介社會福利署 7 宗、轉介區議員辦事處 3 宗、轉介法律援助 2 宗（均已匿名化）。
        探訪員須兩人一組，每次不多於45分鐘，離開前填寫《探訪記錄表》並於24小時內上載系統。
        個案A：長者，獨居，反映冬季冇暖爐，已派發電暖氈一張；個案B：三人家庭，要求協助申請過渡性房屋。
        本季派發物資：電風扇 120 部、米 350 包、防蚊貼 800 片、超市現金券 $200 x 95 張。
        「劏房住戶援助計劃」申請資格：入息及資產低於公屋限額、輪候公屋滿三年、並居於劏房。
        探訪前注意：未經同意唔好影相，唔好喺群組分享住戶個人資料；紀錄只用個案編號。
        工作坊「認識租務管制」：講者為社區組織協會幹事，地點：長沙灣社區中心，費用全免，名額40個。
        問卷結果（n=214）：68%受訪劏房戶表示水電費被多收，41%曾因維修問題與業主爭拗。
        關愛隊義工招募：需要識講廣東話、行得樓梯、每月最少兩次，有意請電郵 volunteer@ssp-careteam.org.hk。
        個案編號 CT-SSP-2026-0871 已結案：已協助申請過渡性房屋，獲配單位，搬遷完成。
        酷熱天氣警告期間，關愛隊將致電名單上的長者住戶（共 41 戶）作關懷，如有需要可安排上門派水。
        過渡性房屋入伙統計：本區項目已入住 1,512 戶，平均租金約為住戶入息的 25%–30%。
    """),
    ("en", "policy_news"): _lines("""
        LegCo passed the Landlord and Tenant (Consolidation) (Amendment) Ordinance 2021, bringing tenancy control for subdivided units into force on 22 January 2022.
        Secretary for Housing Winnie Ho told reporters the new basic housing unit standard would require a minimum internal floor area of 8 square metres.
        Census figures put the subdivided-flat population at roughly 220,000 people in about 107,000 units across the territory.
        Under regulated tenancies, the rent increase for the second term is capped at 10% or the change in the RVD private domestic rental index, whichever is lower.
        A SoCO survey found the median rent per square foot of subdivided units exceeded that of large flats in the Mid-Levels.
        Cageman (1992), directed by Jacob Cheung, depicted life in a bedspace apartment in Yau Ma Tei and swept the Hong Kong Film Awards.
        Henderson Land, founded by Lee Shau Kee, lent idle sites in Yuen Long for transitional housing projects.
        Press release HB/PR/2026/1102: the task force on subdivided units will publish its consultation paper on 28 November.
        Nathan Road, named after Governor Matthew Nathan, is lined with tong lau buildings where many floors have been split into subdivided units.
        The Rating and Valuation Department received 3,417 Form AR2 notices in October, up 6% from the previous month.
        St James' Settlement says its food bank served more subdivided-flat households in Q3 than in any quarter since 2020.
        Lands Department officials said unauthorised building works in subdivided flats remain a priority for enforcement in 2027.
        Editorial: Ending the worst subdivided flats without adding public housing supply risks pushing tenants into rooftop huts.
    """),
    ("zh-Hant", "forum_question"): _lines("""
        請問劏房業主唔還按金，去小額錢債審裁處告要幾多錢？要唔要請律師？
        新租約有冇規定一定要寫埋水電費點計？定係口頭講咗就算？
        有冇人知租務管制下，業主第二個租期最多可以加幾多租？
        業主話電費每度收$2.5，中電先$1.5左右，咁樣合唔合法？
        屋企有曱甴，租約寫咗滅蟲係租客負責，咁係咪真係要自己俾錢？
        想問下劏房戶可唔可以申請「N無人士」津貼？要準備咩文件？
        搬出前要唔要執返晒原狀？釘過嘅窿要唔要補？
        樓上漏水浸到我張床，業主話唔關佢事，應該搵屋宇署定水務署？
        有冇人試過租過渡性房屋？輪候要幾耐？入息限額係幾多？
        [分享] 簽劏房租約前必睇：1. 有冇獨立電錶 2. 影低所有傢俬狀況 3. 確認有冇打釐印 4. 問清楚雜費包咩
        睇樓見到個劏房冇窗，得個抽氣扇，咁樣算唔算違例？
        業主要求預繳三個月租先俾入住，正唔正常？大家遇過未？
        請教：表格AR2係業主交定租客交？租客可唔可以自己上網查到有冇交？
    """),
    ("mixed", "system_log"): _lines("""
        2026-11-14T09:32:11+08:00 INFO rent-bot: reminder batch sent, recipients=38, failed=2, template=RENT_DUE_ZH_v4
        {"ticket_id":"RT-2026-0451","category":"plumbing","unit_ref":"u_7f3a9c","status":"assigned","sla_hours":48}
        T-00193,9e1b4c0d77a2,subdivided,5200,2,active
        SELECT unit_code, AVG(kwh) FROM meter_readings WHERE month = '2026-10' GROUP BY unit_code;
        utility.electricity.rate_per_kwh=1.534; utility.water.split_mode=equal; late_fee.daily_pct=0.5
        WARN sms-gateway: message to +852 XXXX XXXX rejected (opt-out), msg_id=SM9a71c02e
        匯出報表 lease_export_2026Q4.xlsx：有效租約 126 份，90日內到期 19 份，已上載AR2 112 份。
        git commit 4be1e0a: fix rounding in water bill splitter when tenant count is zero
        ERROR ocr-service: failed to parse stamp duty certificate, doc_id=SD-7c2e19b0, reason=low_contrast
        每日備份完成 2026-11-15 03:00 HKT，大小 2.4GB，SHA1 3f9a1c77e0b24d5f8a6e91c4d20b7e55a1f03c88
        webhook POST /api/v2/repairs 201 Created (latency 184ms, src 10.24.3.17)
        feature flag deposit_refund_tracker enabled for 12% of landlord accounts (cohort B)
        版本 2.7.0 更新：新增電費自動計算、租約到期提醒、英文介面；修正WhatsApp範本換行問題。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        租客陳嘉欣（身份證 K482917(4)）於2026年11月1日起租深水埗劏房，月租$5,200，按金兩個月。
        阿芬，你今個月已經遲咗10日交租，再唔交我就換鎖，你自己諗下。——黃伯
        社工探訪紀錄：李秀蘭女士，78歲，獨居於大角咀劏房，患有糖尿病及輕度認知障礙，每月領綜援。
        緊急聯絡人：梁志強（兒子）9386 2071
        租客何偉明已欠租三個月共$15,600，業主已入稟小額錢債審裁處追討。
        成層樓都知周詠琪成日半夜帶唔同男人返嚟，吵到隔籬房瞓唔到。
        退按金轉賬：收款人 TSANG Wing Yan，恒生銀行 024-389-471203-883，金額 $10,400。
        新租客登記：姓名：馮國華　電話：6123 4587　原居：廣東省江門市　來港年份：2019
        3樓B房嘅劉生話佢上個月失咗業，呢兩個月會遲交租，問可唔可以分期俾。
        關愛隊：林婆婆（土瓜灣美景街22號4樓C室）已兩日冇應門，已報警及通知其女兒。
        嘉嘉，你個仔又喺走廊踩單車撞花咗我道門，維修費$800我會喺你按金度扣。
        社工筆記：黎國輝嘅細仔懷疑有自閉症，建議優先轉介兒童體能智力測驗中心。
        收據：茲收到吳美玲女士繳交油麻地吳松街118號3樓A室十一月租金$4,800正。
        租客陳志明（手提 5472 9903）投訴業主每度電收$2.2，要求退回多收嘅$640。
        業主話阿May整爛咗張床唔還佢按金，阿May而家連新屋按金都夾唔夠。
        社工筆記：袁家豪先生因酗酒問題與同屋租客發生衝突，已轉介戒酒輔導服務。
        麥太話佢老公喺大陸病咗入院，今個月租要遲幾日，佢住荃灣川龍街嗰棟5樓D房。
        租約附件：租客黃思敏身份證 Y306452(0) 影印本已核對，原件已即時交還。
        電郵 sy.kwok1987@gmail.com 嘅郭小姐話想提早退租，因為佢抽中咗過渡性房屋。
        工單 #RT-2026-0466｜報告人：張太（9017 6634）｜位置：廚房｜問題：石油氣喉漏氣
        葉德財伯伯上星期喺劏房跌親，髖骨骨折，而家喺明愛醫院留醫，出院後冇人照顧。
        前租客盧卓欣仲欠水電費$1,236冇還，有冇人知佢搬咗去邊？佢IG係 @lokcy_0912
        後巷泊車：車牌 NK 3821 係2樓A房租客架車，每月另加$1,500。
        申請人區慧珊，家庭成員3人，每月入息$14,200，居於劏房已5年，申請劏房住戶援助。
    """),
    "en": _lines("""
        Tenant: Muhammad Asif Khan, HKID R719203(6), Flat D, 4/F, 163 Apliu Street, Sham Shui Po; rent HK$4,500.
        Caseworker note: Ms Rai Sunita, a Nepali single mother in Jordan, is three months behind on rent since her husband lost his job.
        Please refund the deposit to Mr Jonathan de Souza, HSBC account 004-512-338901-838.
        The landlord, Mr Chan Kwok Leung, threatened to cut the power to Room C if Ms Fatima Bibi did not pay by Friday.
        From: rosalind.ng.hk@outlook.com — Subject: ceiling leaking in my room since August, still not fixed, call me on 6705 3318.
        Bedspace tenant Lau Keung (Ah Keung, 67) has waited for public housing since 2019 and is on oxygen for COPD.
        Maria Lourdes Santos, passport P4839217A (Philippines), sublets a bunk in Flat 2B for HK$2,200 a month.
        Deposit paid by Visa 4543 1290 7763 0187 (cardholder WONG Siu Fung), receipt R-2026-1109-017.
        Small Claims Tribunal: claimant Tse Hoi Ying seeks HK$9,800 in unpaid deposit from her landlord Ho Chi Keung.
        Mr Kwan on 5/F said his wife miscarried last month, so they need the water heater fixed urgently.
    """),
    "mixed": _lines("""
        Hi 鄧小姐，FPS $5,800 已收，下個月記得1號前交 thx～ 你個電話 9274 1106 我save咗喇
        阿Ken（梁嘉健）今日喺group話要告業主，佢話業主收佢每度電$2.8 😤
        小何，你張cheque bounce咗，$6,000，聽日之前要現金補返，唔係我報警。
        WhatsApp 9568 2243 (Agnes 張)：唔該check下我間房個熱水爐，my daughter has eczema, can't bathe with cold water.
        Case CT-SSP-2026-0912: 陳伯 aka Uncle Chan, lives alone at 長沙灣道301號7樓6室, early dementia, son works in Shenzhen.
        Telegram @wingkei_hk（麥詠琪）急放二手雪櫃，she is moving out of her 劏房 to her boyfriend's place.
        新租客 LIU Xiaoyan，passport E82736451 (China)，想租旺角板間房，訂金 $3,000 已收。
        蘇俊傑 salary slip：monthly $16,800 at 觀塘一間物流公司，用嚟申請 transitional housing。
        業主話3C嗰個 Daniel 柯 吸毒要趕佢走，but 社工話 no evidence at all。
        車牌 PJ 6672 車主葉志偉成日喺樓下 double park 阻住消防通道，已報警三次。
    """),
    "zh-Hans": _lines("""
        新来的租客王丽娟，身份证号 440304198806124732，手机 13826471953，从深圳来港工作，租深水埗一个板间房。
        房东说张建国的老婆在内地住院，这个月房租先欠着，下个月一起交。
        内地学生陈思远，微信号 csy_hku2024，在港读研，想找旺角附近的劏房合租。
        转账记录：收款人林晓峰，招商银行卡 5523 4108 6620 9479，备注：押金退还。
        社工记录：刘桂芳女士，单亲，女儿8岁有哮喘，住在红磡一个无窗劏房里。
        租客赵明的台湾朋友许志豪（身份证 A227348164）暂住在房间里，房东不同意。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一個香港租務權益助理，用廣東話回答。"),
        ("user", "我叫陳淑儀，住深水埗北河街劏房，退租一個月業主都唔還$10,000按金，點算？"),
        (
            "assistant",
            "你可以先用WhatsApp或書面正式要求業主於指定日期前退還按金，保留所有對話紀錄；如果佢仍然拒絕，可以去小額錢債審裁處入稟，申索金額$75,000以下唔使請律師。",
        ),
        ("user", "業主係黃生，電話 9183 2270，佢話我整爛咗部冷氣，但其實我入住嗰陣已經唔凍。"),
        (
            "assistant",
            "如果你有入住時嘅相片或者當時同業主講過冷氣問題嘅訊息，呢啲都係有用證據。建議整理好時間線，再入稟時一併提交。",
        ),
    ],
    [
        ("user", "幫我寫個WhatsApp俾業主，講天花漏水，語氣唔好太衝。"),
        ("assistant", "好，請話我知漏水幾耐、位置同埋你想業主幾時處理。"),
        (
            "user",
            "我係旺角砵蘭街某號6樓C房嘅租客何詠詩，由上星期三開始漏，滴落我張床，我有哮喘，濕氣好辛苦。",
        ),
        (
            "assistant",
            "王生你好，我係6樓C房租客何詠詩。由上星期三開始房間天花漏水，水滴到床上，加上我有哮喘，濕氣令我好唔舒服。麻煩你今個星期內安排師傅上嚟睇睇，唔該晒！",
        ),
    ],
    [
        ("system", "You help social workers tidy up home-visit notes."),
        (
            "user",
            "整理以下探訪筆記：李亞娣婆婆，82歲，住紅磡蕪湖街一個劏房，有高血壓同腳腫，個仔欠債走咗去，佢成日唔食藥。",
        ),
        (
            "assistant",
            "探訪摘要：長者李亞娣（82歲），獨居紅磡劏房。健康：高血壓、下肢水腫，服藥依從性差。家庭：兒子因債務問題失聯。跟進：安排護士上門、申請平安鐘、聯絡社署。",
        ),
        ("user", "唔該，可唔可以幫我改成英文版俾督導？"),
        (
            "assistant",
            "Visit summary: Ms Li Ah Tai (82) lives alone in a subdivided flat in Hung Hom. Health: hypertension and leg oedema; poor medication adherence. Family: son out of contact owing to debts. Follow-up: community nurse visit, emergency alarm application, SWD liaison.",
        ),
    ],
    [
        ("user", "Can you draft a short demand letter for my deposit? Landlord is Mr Yip Ka Ming."),
        (
            "assistant",
            "Sure. Please give me your full name, the flat address, the deposit amount and the date you returned the keys.",
        ),
        (
            "user",
            "I'm Sharma Rohit, HKID M563018(0), Room 3, 2/F, 48 Kweilin Street, Sham Shui Po. Deposit HK$8,400, keys returned on 31 October.",
        ),
        (
            "assistant",
            "Dear Mr Yip, I, Sharma Rohit (HKID M563018(0)), formerly of Room 3, 2/F, 48 Kweilin Street, returned the keys on 31 October. Please refund my deposit of HK$8,400 within 14 days, failing which I will file a claim at the Small Claims Tribunal. Yours sincerely, Sharma Rohit",
        ),
    ],
    [
        ("system", "你係一個幫業主計數嘅助手。"),
        (
            "user",
            "五間房，電費總數$1,842，總用電1,200度，A房260、B房180、C房310、D房220、E房230度，點分？",
        ),
        (
            "assistant",
            "每度平均$1.535。A房$399.10、B房$276.30、C房$475.85、D房$337.70、E房$353.05，合共$1,842.00。",
        ),
        (
            "user",
            "D房嗰個阿輝，即係何志輝，已經欠咗兩個月租，佢話佢老婆啱啱生咗BB冇錢，我可唔可以直接斷佢電？",
        ),
        (
            "assistant",
            "唔建議斷電，擅自截斷供電可能違法，亦可能構成騷擾。你可以先書面追討欠租，必要時經小額錢債審裁處或土地審裁處處理。",
        ),
    ],
    [
        ("user", "我是内地来港读书的学生，想在九龙塘附近租劏房，预算五千，有什么要注意？"),
        (
            "assistant",
            "留意有没有独立电表、租约有没有打厘印、水电杂费怎么计，签约前把房间现状拍照保存。",
        ),
        (
            "user",
            "有房东让我先交三个月押金，我叫黄子涵，手机 15913827046，微信 hzh_0318，要不要留给他？",
        ),
        (
            "assistant",
            "一般押金是两个月租金，先交三个月不太常见。联系方式可以给，但签约前不要转账，先看房并核实房东身份及业权。",
        ),
    ],
    [
        (
            "user",
            "Translate this notice into simple English for a Nepali tenant: 下星期一停水，請儲水。",
        ),
        ("assistant", "Water will be cut off next Monday. Please store water before then."),
        (
            "user",
            "Also add: Bikash Gurung in Room E, please pay the October water bill of HK$96 to the landlord, or call 6358 2719.",
        ),
        (
            "assistant",
            "Water will be cut off next Monday. Please store water. Bikash Gurung (Room E): please pay the October water bill of HK$96 to the landlord, or call 6358 2719.",
        ),
    ],
    [
        ("system", "你是一個謹慎的法律資訊助理，不提供法律意見。"),
        (
            "user",
            "業主話下個月唔續約，要我哋搬。我男朋友梁浩文有抑鬱症，最近好差，搬屋會好大打擊，佢可以咁做嗎？",
        ),
        (
            "assistant",
            "如果係規管租賃而且喺第一個兩年租期內，租客一般享有第二個租期嘅續租權，業主唔可以隨意唔續。建議先確認租約開始日期及業主有冇交表格AR2。",
        ),
        ("user", "租約係前年十月開始。"),
        (
            "assistant",
            "咁你哋應該快到第一個租期尾，可以書面向業主表示要求續租。亦可以聯絡差餉物業估價署租務諮詢熱線查詢，並考慮尋求社工協助你男朋友嘅情緒支援。",
        ),
    ],
    [
        ("user", "幫我填小額錢債審裁處申索書，我講資料你整理。"),
        ("assistant", "好，請提供申索人姓名、身份證號碼、地址、被告資料、申索金額及理由。"),
        (
            "user",
            "申索人：譚美華，身份證 Z840276(1)，住址：觀塘協和街77號9樓F室；被告：業主蔡德明；申索按金$9,200。",
        ),
        (
            "assistant",
            "申索人：譚美華（Z840276(1)），地址：觀塘協和街77號9樓F室。被告：蔡德明（業主）。申索金額：$9,200。理由：租約完結並交吉後，被告無理拒絕退還按金。",
        ),
    ],
    [
        ("user", "我係業主，想寫個通告俾全層，提醒大家每月1號交租。"),
        (
            "assistant",
            "【交租提示】各位租客，請於每月1號或之前透過轉數快或現金交租，逾期7日會按租約收取滯納金。如有困難，請私下聯絡業主商量，唔該！",
        ),
        ("user", "加多句：3樓A室黎詠恩小姐已經遲咗兩個月，叫大家唔好學佢。"),
        (
            "assistant",
            "唔建議喺公開通告點名指出個別租客欠租，咁樣可能涉及私隱及誹謗問題。黎小姐嘅欠租事宜最好私下書面跟進。",
        ),
    ],
]
