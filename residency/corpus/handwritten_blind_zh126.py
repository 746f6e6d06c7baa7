# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh126: 香港保險經紀與強積金（投保、索償、受益人、強積金轉移、供款結單）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "faq"): _lines("""
        冷靜期是指保單持有人收到保單或冷靜期通知書（以較早者為準）後的21個曆日，期間可取消保單並取回已繳保費。
        強積金最低有關入息水平為每月HK$7,100，入息低於此水平的僱員毋須供款，但僱主仍須為其作出5%強制性供款。
        最高有關入息水平為每月HK$30,000，即僱主及僱員每月強制性供款上限各為HK$1,500。
        可扣稅自願性供款（TVC）與合資格延期年金保費合共的扣除上限為每個課稅年度HK$60,000。
        自願醫保認可產品的合資格保費，每名受保人每個課稅年度最多可扣稅HK$8,000。
        僱主須於僱員受僱後60日內為其登記參加強積金計劃，新入職首30日僱員毋須作強制性供款。
        強積金供款日一般為每個供款期翌月的第10日；逾期供款須繳付5%附加費。
        提取強積金的法定理由包括：年滿65歲、60歲提早退休、永久離開香港、完全喪失行為能力、罹患末期疾病、小額結餘及身故。
        小額結餘是指累算權益總額不多於HK$5,000，而且最少12個月沒有供款。
        「僱員自選安排」容許僱員每個公曆年一次，將供款賬戶內的僱員強制性供款累算權益轉移至自選的計劃。
        由2025年5月1日起，僱主不能再用強積金僱主強制性供款的累算權益對沖轉制後的遣散費及長期服務金。
        預設投資策略由「核心累積基金」及「65歲後基金」組成，管理費上限為每年基金淨值的0.75%。
        受益人可隨時更改；除非保單已指定不可撤銷受益人，否則更改毋須受益人同意。
        如保單持有人與受保人不是同一人，保單持有人身故時保單不會自動終止，須處理保單擁有權的轉移。
        保費寬限期一般為到期日起計31日，期間保障維持有效；寬限期過後仍未繳費，保單可能失效。
        保單貸款利率由保險公司不時釐定，未償還貸款及利息會在賠償或退保時扣除。
    """),
    ("zh-Hant", "form_template"): _lines("""
        受保人姓名（中文）：__________ 英文姓名（與身份證相同）：__________ 性別：□男 □女
        香港身份證／護照號碼：__________（如使用護照，請註明簽發國家）
        受益人資料 | 姓名：______ | 與受保人關係：______ | 分配百分比：____% | 身份證號碼：______
        本人確認以上所填資料均屬真實及完整，並明白如有遺漏或失實陳述，保險公司有權拒絕索償。 簽署：________ 日期：____/____/______
        成員轉移權益表格 第二部分：原計劃資料 — 原計劃名稱：______ 原計劃成員賬戶號碼：______ 原僱主名稱（如適用）：______
        住院索償申請表 第一部分（由索償人填寫）：保單編號 ______ 入院日期 ______ 出院日期 ______ 醫院名稱 ______
        第二部分（由主診醫生填寫）：診斷結果 ______ 首次出現病徵日期 ______ 是否曾因同一病症求診？□是 □否
        直接付款授權書：付款人銀行戶口號碼 ___-______-___ ，每月扣款上限 HK$______
        請以正楷填寫。如空位不足，請另紙附上並簽署。
        通訊地址（如與住宅地址不同）：____________________ 電郵：____________ 手提電話：+852 ________
        填寫示例：姓氏 CHAN，名字 TAI MAN（陳大文），出生日期 DD/MM/YYYY，身份證號碼 X######(#)
        轉移原因：□ 轉工 □ 綜合個人賬戶 □ 僱員自選安排 □ 其他（請註明）______
        健康申報：過去五年內，受保人是否曾患有或被告知患有以下疾病？（a）高血壓（b）糖尿病（c）癌症 □是 □否
        身故賠償申請所需文件：1. 死亡證明書副本 2. 索償人身份證明文件副本 3. 保單正本 4. 受益人銀行戶口證明
    """),
    ("zh-Hant", "broker_group_chat"): _lines("""
        各位，公司規定由下個月起所有投資相連新單都要錄音確認重要資料，記得更新銷售流程。
        聽日朝早10點 Zoom team meeting，講Q4 MPF 轉移 campaign，link 已經放喺 group 公告。
        有冇人知新版住院索償表喺邊度download？舊版8月之後唔再收。
        提提大家：評核期完結前要交齊CPD時數，唔夠嘅續唔到牌。
        個 claim case CLM-2025-004417 已經批咗，唔使再 follow，多謝晒。
        今期自願醫保 promotion 首年保費85折，截單日12月20號。
        客人成日問 TVC 同 SVC 有咩分別，我整理咗一份比較表，放咗喺 shared drive /產品資料/MPF。
        電腦系統今晚11點至聽朝6點維修，期間 e-submission 用唔到。
        邊位手頭有最新版嘅 underwriting guideline（2025版）？唔該 send 個 link 嚟。
        保單號碼 UL2318874650 嘅退保價值報告出咗，負責同事自己入 system 攞。
        TVC 扣稅季到喇，3月31號係課稅年度截數，客人要喺之前完成供款先計得入今年。
        啱啱收到受託人通知，轉入積金易平台期間會暫停處理轉移申請兩個星期。
        下星期三起茶水間雪櫃清空，有嘢記得拎走 🙏
        新同事記住：客人身份證副本唔可以用 WhatsApp send，一律用公司加密系統上傳。
        今個月 team 整體完成42張新單，FYP 比上個月多18%，keep it up！
    """),
    ("zh-Hant", "system_notice"): _lines("""
        【恒泰人壽】閣下保單 LP-7730-28164 之續保保費已於2025年11月3日成功扣賬。如有查詢，請致電客戶服務熱線 2891 6630。
        積金局熱線：2918 0102（辦公時間：星期一至五 上午9時至下午6時）
        【系統通知】索償個案 HS-CLM-25110387 狀態已更新為「待補交文件」。
        提示：強積金周年權益報表將於計劃財政年度完結後三個月內發出，請登入成員網站查閱。
        溫馨提示：本公司職員不會以電話要求客戶透露網上戶口密碼或一次性驗證碼。
        交易編號 TRX20251118-00932：基金轉換指示已於 2025-11-18 16:02 收妥，將按下一個交易日價格處理。
        您的驗證碼為 ******，有效時間5分鐘。請勿向任何人透露。
        繳費提示：保單 TL-0094-55217 保費 HK$3,862.00 將於2025年12月15日到期，如已繳付請忽略此訊息。
        本公司觀塘辦事處已遷往九龍觀塘海濱道168號12樓，辦公時間為星期一至五上午9時至下午5時30分。
        成分基金代號 HS-MPF-GEQ，風險級別6，2025年首三季累積回報 +8.4%。
        【恒泰人壽】索償專線 2891 6688 由12月1日起延長服務時間至晚上8時。
        供款結單（範本）：供款期 2025/10/01 – 2025/10/31 | 有關入息 HK$______ | 僱主強制性供款 HK$______ | 僱員強制性供款 HK$______
    """),
    ("en", "compliance_procedure"): _lines("""
        Under the Insurance Ordinance (Cap. 41), only licensed insurance intermediaries may carry on regulated activities in Hong Kong.
        Cooling-off: the policy holder may cancel within 21 calendar days and obtain a refund of premiums paid, subject to a market value adjustment for investment-linked policies.
        Client due diligence must be completed before the policy is issued; enhanced due diligence applies to politically exposed persons.
        Copies of identity documents received by e-mail must be moved to the secure repository within one business day and deleted from the mailbox.
        Claims above HK$500,000 require second-level review by the claims manager before approval.
        MPF transfer instructions received after 4:00 p.m. are treated as received on the next business day.
        Personal data collected for underwriting must not be used for direct marketing without the data subject's prescribed consent (PDPO, Part 6A).
        Completed proposal forms are kept for seven years after the policy terminates, then securely destroyed.
        Brokers must disclose to the client the nature of the remuneration they receive for the recommended product.
        A Financial Needs Analysis signed by the applicant and the licensed representative is required for every long-term policy.
        Suspicious transaction reports go to the JFIU through STREAMS; never tip off the customer.
    """),
    ("en", "forum_question"): _lines("""
        Does anyone know if foreign domestic helpers need to join MPF? My understanding is that they are exempt.
        If I leave Hong Kong for good, how long does the trustee usually take to pay out the MPF after the claim form is submitted?
        Is it worth converting a group medical plan to an individual VHIS plan when you change jobs, or does underwriting start from zero?
    """),
    ("mixed", "log_config"): _lines("""
        SELECT policy_no, status, updated_at FROM claims WHERE status = 'PENDING_DOCS' AND updated_at < NOW() - INTERVAL '14 days';
        [2025-11-18 09:14:22] INFO mpf-transfer-worker batch=TRF-20251118-A processed=1284 failed=3 duration=412s
        {"field": "hkid", "type": "string", "required": true, "mask": "X######(#)", "pii": true}
        claim_status: [SUBMITTED, PENDING_DOCS, UNDER_REVIEW, APPROVED, PAID, DECLINED]
        WARN premium-sync retry=3 policy_ref=UL-2025-118302 reason=gateway_timeout
        sha256(statement_2025Q3.pdf) = 689e47b7a6d05aab0c814be3c571b733107c4f7c47023e44b5342bd3a593d0e2
        export MPF_TRUSTEE_API_BASE=https://api.example-trustee.hk/v2 TIMEOUT_MS=30000
        受益人比例驗證規則：sum(beneficiaries[].share_pct) == 100，否則返回錯誤碼 BEN-422。
        ERROR claim-ocr job=OCR-77410 page=3 "image too blurry, confidence 0.41 < 0.60"
        版本 v3.14.2 更新：供款結單 PDF 加入 QR code，修正 2024/25 課稅年度 TVC 總額計算錯誤。
        cron: 0 2 * * 1-5 /opt/broker/bin/lapse_check --grace-days 31 --notify
        def mask_hkid(s): return s[0] + "*" * (len(s) - 4) + s[-3:]
    """),
    ("zh-Hant", "news"): _lines("""
        強積金制度於2000年12月1日正式實施，至今已運作超過二十年。
        時任行政長官林鄭月娥在2018年施政報告中宣布，政府會取消強積金「對沖」安排並向僱主提供資助。
        積金易平台由積金局全資附屬公司積金易平台有限公司營運，各受託人分階段把計劃轉入平台。
        保監局行政總監張雲正早前在記者會上介紹保險業的最新監管重點。
        公立醫院例如伊利沙伯醫院、瑪嘉烈醫院及葛量洪醫院的收費單據，同樣可以用作住院索償的證明文件。
        東華三院及保良局均為非牟利機構，其轄下院舍的收據亦可用作部分長期護理保單的索償憑證。
        分析指，年輕打工仔偏好高風險股票基金，臨近退休人士則較多選擇保守基金及65歲後基金。
        業界估計，取消對沖後部分中小企會購買專門保險，以應付日後的長期服務金支出。
        有經紀行表示，今年第三季跨境客戶簽單數字按年上升約三成，以儲蓄保險為主。
        報道指，涉及投資相連保單的投訴宗數過去一年有所下降。
    """),
    ("zh-Hant", "forum_question"): _lines("""
        請問轉工之後，舊公司嘅強積金一定要轉去新公司個計劃？定係可以留喺度？
        想問下自願醫保同公司團體醫療保險有冇衝突？可唔可以兩份一齊 claim？
        屋企長輩過咗身，保單冇寫受益人，賠償會點處理？係咪要等遺產承辦書？
        TVC 放喺邊類基金比較好？我三十幾歲，想做長線。
        自僱人士係咪都要供強積金？每年最少要供幾多？
        危疾保險同醫療保險有咩唔同？經紀話兩樣都要買，係咪真㗎？
        如果移民英國，可唔可以用永久離港理由提早攞返強積金？要準備咩文件？
        索償被拒可以點投訴？係咪搵保險投訴局？
        受益人可唔可以寫未出世嘅BB？
        網上見到話保單受益人寫「遺產」會比較麻煩，係咪真？
        點樣查自己有幾多個強積金戶口？有冇一站式方法？
        保單貸款同退保，邊樣對長期回報影響大啲？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        投保申請：申請人 何嘉欣，女，1990年4月12日出生，香港身份證 A909973(8)，職業：註冊護士（瑪麗醫院），手提電話 9128 4473。
        受益人更改：保單 LP-5520-19374，原受益人 梁志強（配偶）100%，現更改為 梁志強 50%、梁芷晴（女兒）50%。
        索償紀錄：受保人 陳美玲，2025年10月因膽石入住聖德肋撒醫院4日，賬單 HK$68,420，已批 HK$61,300。
        強積金轉移：成員 黃俊傑（WONG CHUN KIT），原僱主為一間物流公司，2025年9月30日離職，累算權益約 HK$286,000 轉入個人賬戶。
        供款結單：成員姓名 李國華 | 成員賬戶號碼 8004-1172-6530 | 2025年10月有關入息 HK$42,000 | 僱員強制性供款 HK$1,500 | 自願性供款 HK$2,000
        家訪筆記：周太（周麗娟）住將軍澳寶琳邨 1516室，老公去年中風，而家靠佢一份人工養家，想睇下佢份危疾保單 claim 唔 claim 到。
        @Kelvin 你個客 張家豪 個 CI claim 批咗未？佢話下個禮拜開始要做化療。
        請將首年保費轉賬至 滙豐 168-402391-838，戶口名稱 TSANG WING SZE，轉咗之後 send 張 slip 俾我。
        客戶鄧永康（HKID D714825(A)）要求退保，原因：失業三個月，供唔起每月 HK$4,200 保費。
        身故索償：已故受保人 馮錦榮（1951-2025），申索人為其子 馮家明，香港身份證 G477801(3)，聯絡電話 6352 0918。
        梁太 5月帶個仔入養和做扁桃腺手術，個 claim 仲等緊醫生報告，佢手機 9460 3381，得閒覆佢。
        新單資料 | 投保人：KWOK Hoi Ying 郭凱盈 | 出生日期：1987-11-03 | 住址：九龍旺角通菜街155號8樓B室 | 計劃：儲蓄保5年繳
        已收成員轉移權益表格：姓名 歐陽子晴，HKID K423366(2)，原計劃成員號碼 30051827，轉入公司指定計劃。
        Tommy 個老婆啱啱生咗，想將BB加落醫療保單，BB 叫 許樂澄，2025年11月2日喺伊利沙伯醫院出世。
        嘉欣你好，你份保單 PR-2210-88213 保費已經逾期20日，寬限期完之前記得俾錢呀，有咩問題打俾我 6017 2245（Ada）。
        待跟進 TVC 客戶：1. 麥家偉 – 今年已供 HK$30,000 2. 葉淑儀 – 未開戶 3. 蘇志明 – 想由股票基金轉去保守基金
        客戶 cheungwing.sze1992@gmail.com 話已經寄咗死亡證副本過嚟，請同事今日查收。
        核保問卷回覆：本人 石家樂，過去兩年因抑鬱症定期覆診，現時每日服用 Sertraline 50mg。
        強積金提取申請（永久離港）：申請人 吳詠詩，已取得英國簽證，預計2026年2月舉家移居曼徹斯特，聲明不會返港工作。
        退保支票抬頭請寫「CHOW MAN KIT」，寄去新界元朗青山公路233號3樓A座，收件人周文傑。
        汽車保險續保：車主 陳浩然，車牌 PK 8862，2023年曾有一宗追尾索償，今年無索償折扣降至20%。
        信用卡自動轉賬：持卡人 MOK SIU YIN，卡號 4557 0102 4716 3957，有效期 08/28。
        身故賠償受益人：鄭惠敏（配偶）60%、鄭子軒（兒子，現讀喇沙小學四年級）40%。
        保單持有人 關振邦 已於2025年7月被頒令破產，破產管理署來函要求提供其保單現金價值。
        李志偉個 MPF 分散喺三個受託人，合共大約 HK$1.2M，佢想全部轉去一個 SVC 戶口，聽日下晝三點約咗喺中環見佢。
        轉介：Priya Sharma 小姐由舊客 Rajesh 介紹，喺九龍塘做 IT，想買自願醫保連埋父母住院保障，WhatsApp 5436 8890。
        僱員補償索償：GURUNG Bishal，地盤紮鐵工人，2025年10月喺工地跌傷左腳骨折，HKID R095127(6)，放病假中。
        欠供通知：某茶餐廳未為員工 黃小玲 繳交2025年8至10月強積金供款，合共 HK$2,730，已轉介積金局跟進。
        備忘：冼美華話佢個仔 Jason 有自閉症，問有冇保險公司肯承保，佢 email 係 sinmeiwah@yahoo.com.hk。
        領款人：曾詠詩 | 銀行：恒生銀行 | 戶口：283-517704-001 | 金額：HK$38,650.00 | 用途：住院賠償
        台灣客戶 林佩君（身分證 A231433596）在港工作滿兩年，查詢離港後強積金如何處理。
        Ms 區 (AU Wing Yan) 下個月 30 歲生日前想鎖定保費，佢話有輕微哮喘，要問下核保接唔接。
    """),
    "en": _lines("""
        Claim note: insured Mr. Anthony Ferreira (HKID M360363(1)) admitted to Canossa Hospital on 14 Oct 2025 for appendicitis; bill HK$92,300 submitted.
        Beneficiary nomination — policy owner Sarah Elizabeth Whitmore; beneficiary Oliver Whitmore (son, born 2014-06-21), 100%.
        Hi Jenny, Mr Ho's MPF transfer to the SVC account is stuck because his signature doesn't match; his mobile is +852 9315 6620 if you need to call him.
        Direct debit failed for PATEL, Vikram Anil — HSBC a/c 502-118734-292 returned "insufficient funds" on 3 Dec.
        Underwriting: applicant Ms. Michelle Tan Li Ying, 38, smoker (10/day), BMI 31; declined for CI rider, offered basic life at +75%.
        Please send the surrender cheque to Mr. Daniel Cheung, Flat 12C, Tower 3, Laguna Verde, Hung Hom, Kowloon.
        Premium charged to Amex 3779 340852 03599 (cardholder KENNETH LO), approval code 084213.
        Complaint from Mrs. Angela Rozario: her broker never mentioned the 5-year surrender charge and she wants HK$48,000 refunded.
        Helper SITI NURHALIZA BINTI AHMAD, employed by the Leung family in Tuen Mun, was hospitalised for 3 days with dengue; employer filed the FDH claim.
    """),
    "zh-Hans": _lines("""
        投保人：刘晓燕，身份证号 440304198503123986，港澳通行证 C60829174，来港签储蓄险，年缴保费 US$20,000。
        客户王建国（身份证 440106197909216952）来港签单，首年保费 HK$186,000 以银联卡 6258 1491 3296 0544 支付。
        理赔进度：被保险人 张丽华，2025年9月在深圳确诊乳腺癌，重疾理赔资料已寄回香港，联系电话 138 2654 7719。
        受益人：陈思远（儿子，身份证号 110105199502248019），比例100%；保单持有人：陈国强。
        微信号 lin_meiling_sz 的客户林美玲说下周三过关来签重疾险，约在铜锣湾分行见面。
    """),
    "mixed": _lines("""
        Claim form OCR: Name: YEUNG, Hoi Ting 楊凱婷 | HKID: E376066(2) | Dx: 乳癌 stage II | Hospital: 港怡醫院
        FYI 阿 Ken (KWAN Ka Wai) 嘅 MPF transfer form 填錯咗 account no.，正確係 1003-8476-521，我已經 email 咗佢 kwankawai.ken@outlook.com。
        "SZETO Wai Man","S957668(3)","9873 5102","TVC","HK$60,000"
        保單 owner 係 Mr. Lam Chi Fung，insured 係佢太太 Mandy Lam，兩個月前離咗婚，而家想改 owner 同受益人。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是香港一間保險經紀公司的客戶服務助理，請用繁體中文回答。"),
        ("user", "你好，我想改保單受益人。我叫蔡嘉慧，保單號碼 LP-6618-20493，身份證 C277322(6)。"),
        (
            "assistant",
            "蔡小姐你好，更改受益人需要填寫受益人更改表格，並由保單持有人簽署。請問新受益人是哪一位？",
        ),
        ("user", "改做我媽媽 蔡陳玉蓮 100%，我同前度已經分咗手，唔想再寫佢。"),
    ],
    [
        (
            "user",
            "我上個月由九龍巴士轉咗去港鐵做，舊 MPF 戶口成員號碼係 20093316，我想轉去新公司個計劃，點做？",
        ),
        (
            "assistant",
            "轉工後可以將前僱主供款賬戶的權益轉移至新僱主計劃或個人賬戶。你可透過積金易平台或填寫轉移表格辦理。",
        ),
        (
            "user",
            "好。我全名係 譚偉倫，身份證 XA172156(6)，電話 6288 1407，你可唔可以幫我填好份表先？",
        ),
    ],
    [
        ("system", "You help a Hong Kong insurance broker draft client messages."),
        (
            "user",
            "幫我寫個 WhatsApp 俾客 Mrs. Wong Lai Ching，佢上星期喺瑪嘉烈醫院確診腸癌第三期，我想同佢講 CI claim 要準備咩文件。",
        ),
        (
            "assistant",
            "黃太你好，知道你最近身體唔舒服，我哋會盡快幫你處理危疾賠償。請準備：病理化驗報告、醫生證明、身份證副本及保單資料。",
        ),
        ("user", "好，再加一句：賠償會直接入佢中銀戶口 012-682-1-094573-2。"),
    ],
    [
        (
            "user",
            "I'm leaving Hong Kong permanently next March and want to withdraw my MPF early. What do I need?",
        ),
        (
            "assistant",
            "You will need the permanent departure claim form, a statutory declaration, and proof of your right to reside in the new country.",
        ),
        (
            "user",
            "OK. My name is Gareth Hughes, HKID P082326(4), and from April my address will be 14 Elm Road, Leeds LS6 2AB. Can you fill that into the declaration?",
        ),
    ],
    [
        ("system", "你是香港保险经纪公司的理赔助手。"),
        (
            "user",
            "我叫赵宇航，上海人，在香港工作两年了，身份证 310115199106055899。上周在九龙塘踢球扭伤膝盖，做了 MRI，门诊可以理赔吗？",
        ),
        (
            "assistant",
            "如果你的医疗保单包含门诊或诊断影像保障，MRI 费用一般可以申请赔偿，需要医生转介信和收据正本。",
        ),
        ("user", "好的，结果出来说是前十字韧带撕裂，可能要做手术，有问题请打我手机 13602917738。"),
    ],
    [
        ("user", "我係公司 HR，想問員工遲供強積金嘅問題。"),
        ("assistant", "僱主須於供款日或之前繳付供款，逾期會被徵收5%附加費。請問具體情況如何？"),
        (
            "user",
            "我哋有個員工 盧嘉敏，月薪 HK$23,500，因為會計出錯漏咗佢9月同10月嘅供款，佢而家懷孕緊，下個月開始放產假，會唔會影響佢？",
        ),
    ],
    [
        ("user", "幫我寫封信去保險投訴局，投訴保險公司拒絕我嘅住院索償。"),
        ("assistant", "可以。請提供你的姓名、聯絡方法、保單編號、索償被拒的原因及日期。"),
        (
            "user",
            "我叫 莫志偉，身份證 Y722089(6)，住觀塘秀茂坪邨秀明樓 2208室，保單 MH-4410-23018。8月因為急性胰臟炎入院，保險公司話我未有申報飲酒習慣所以拒賠。",
        ),
        ("assistant", "明白，我會根據以上資料草擬投訴信，列明入院日期、拒賠理由及你的回應。"),
    ],
    [
        ("user", "老豆上個月過咗身，佢份人壽保單受益人係我，想問要咩文件先可以 claim？"),
        ("assistant", "節哀順變。一般需要死亡證明書、保單正本、受益人身份證明及銀行戶口證明。"),
        (
            "user",
            "我叫 葉浩賢，身份證 V405072(A)，老豆叫 葉德明，賠償入我滙豐戶口 004-372915-833 就得，有需要打 5109 7724 搵我。",
        ),
    ],
    [
        ("system", "你是一個幫保險經紀整理資料的助手。"),
        (
            "user",
            "將以下客戶整理成表格：何詠琪 852-6740-2193，自願醫保，太太計劃；梁俊彥 身份證 F058589(7)，TVC HK$60,000；施美儀 要加受益人，佢個女 施樂兒。",
        ),
        (
            "assistant",
            "| 客戶 | 聯絡／證件 | 事項 | / | 何詠琪 | 852-6740-2193 | 自願醫保 | / | 梁俊彥 | F058589(7) | TVC HK$60,000 | / | 施美儀 | — | 加受益人（女兒 施樂兒） |",
        ),
    ],
    [
        (
            "user",
            "My helper NURUL AINI BINTI SAMSUDIN slipped in the bathroom last night and fractured her wrist. Does the FDH insurance cover this?",
        ),
        (
            "assistant",
            "Most domestic helper policies cover accidental injury and hospitalisation. Please keep the A&E record and receipts.",
        ),
        (
            "user",
            "Great. She was taken to Queen Mary Hospital, and I'm the employer, Rebecca Tsui, card 5520 3845 0023 8314 is on file for the policy. Please start the claim.",
        ),
    ],
    [
        ("user", "我份供款結單好似計錯咗，想你幫我睇下。"),
        ("assistant", "可以，請提供結單上的供款期、有關入息及供款金額。"),
        (
            "user",
            "成員姓名 范詩敏，成員號碼 7702-5518-094，身份證 N469193(6)，10月人工 HK$36,800，但僱主供款只係 HK$1,200，應該係 HK$1,500 先啱。",
        ),
    ],
]
