# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh146: HKU halls of residence and student affairs (hall places, hall life, discipline, counselling, scholarships). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "舍堂通告"): _lines("""
        【舍堂通告】2026-27年度第二學期退宿安排：所有非續住宿生須於2027年5月22日（星期六）中午12時前交還房匙及門禁卡，逾時每日罰款港幣200元。
        利希慎堂 Hall Tutor 提提大家：本週五晚上 11 點後 common room 暫停開放，因為要做消毒同換冷氣隔塵網。
        【High Table Dinner】本學期 High Table 將於11月28日晚上7時在餐廳舉行，主講嘉賓為一位前立法會議員，講題「香港青年與公共參與」，請穿著 formal wear，並於11月20日前經 Moodle 報名。
        通告：由12月8日起，B座升降機進行年檢，預計需時三日，期間請使用A座升降機，不便之處，敬請原諒。
        八號颱風信號或黑色暴雨警告生效期間，所有舍堂活動（包括迎新營、陸運會操練）一律取消，宿生請留在室內，切勿前往海邊或山徑。
        宿舍公用洗衣機由2027年1月起改用八達通付款，每次洗衣$12，乾衣$10，舊有洗衣卡餘額可於12月31日前到辦公室退回。
        Hall Council 第45屆候選內閣諮詢大會將於本週三晚上9時在 Hall Common Room 舉行，歡迎全體宿生出席提問，會議以廣東話進行，設英語傳譯。
        溫馨提示：根據《舍堂安全守則》，房間內嚴禁使用電熱爐、電飯煲及任何明火煮食器具，巡查時發現者將被沒收並記違規一次。
        【失物認領】上週於三樓 pantry 拾獲黑色保溫杯一個、藍色雨傘兩把，失主請於辦公時間內到舍堂辦公室認領，兩星期後未有人認領將捐出。
        聖誕期間（12月23日至1月2日）舍堂辦公室暫停服務，如有緊急事故請致電大堂保安室（內線 8899）或大學保安控制中心。
        舍堂陸運會將於3月15日在灣仔運動場舉行，各 floor 請於2月底前把參賽名單交予 Sports Sec，每位宿生最多報三項。
        請各位宿生注意：近日有不明人士尾隨進入大堂，請勿讓陌生人跟隨你拍卡入閘，如發現可疑情況請即通知保安。
        本舍堂 2027 年 Formal Dinner 門票現正發售，宿生 $380，校友 $450，售完即止，詳情請留意舍堂 IG 帖子。
        冷氣費將按電錶讀數每月結算，第一學期結算單已上載至宿生系統，請於1月15日前繳付，逾期將收取行政費 $50。
        【Quiet Hours】考試期間（12月1日至12月20日）全日實施安靜時段，任何樓層活動須事先向舍監申請。
    """),
    ("zh-Hant", "宿位政策問答"): _lines("""
        問：本地生一年級係咪保證有宿位？答：大學一般只保證非本地一年級生獲編配宿位，本地生須透過舍堂面試及計分制度競爭，並無保證。
        宿位申請分數主要計算通勤時間、參與舍堂活動及面試表現，住喺港島區嘅同學通勤分通常較低。
        續住申請（re-admission）須於每年3月截止前提交，舍堂會參考宿生本年度的活動參與記錄及違規紀錄決定是否續住。
        如因健康理由需要特別住宿安排（例如單人房、無障礙房間），可向學生事務處提交醫生證明，所有資料將保密處理。
        宿費按學期繳付，雙人房每學期約港幣 11,000 至 14,000 元，單人房較高，實際金額以各舍堂公佈為準。
        暑期宿位（Summer Residence）開放予交流生及本地生申請，最短住宿期為兩星期，收費按晚計算。
        問：入宿後可以轉房嗎？答：一般須住滿一個學期方可申請轉房，如涉及室友糾紛，可先向 Hall Tutor 求助調解。
        非本地生如持學生簽證，退宿後須確保仍有合法居所，可向學生事務處查詢校外住宿資訊。
        舍堂按金為港幣 1,000 元，退宿時如房間無損壞及無欠款，按金將於六至八星期內退回原付款戶口。
        問：我係內地生，可唔可以揀住邊間舍堂？答：可以在申請系統填寫最多五個志願，但最終編配視乎名額及面試結果。
        住宿期間如需長時間離港（例如外出交流一學期），須提早一個月通知舍堂辦公室，並辦理暫停住宿或退宿手續。
        舍堂訪客規定：訪客須於晚上11時前離開，並須在大堂登記及由宿生陪同，過夜留宿一律不准。
        宿舍津貼只適用於經學生資助處評估為有經濟需要的本地生，申請須於每年10月31日前遞交，查詢可致電學生資助處熱線 3917 8388。
    """),
    ("en", "hall regulations and procedure"): _lines("""
        Residents found in breach of the Hall Regulations may be referred to the Warden, who may impose a warning, a fine of up to HK$2,000, community service, or recommend expulsion from the hall.
        All disciplinary hearings follow the Regulations Governing Conduct in Halls; the resident may be accompanied by a fellow student or staff member but not by a legal representative.
        Appeals against a disciplinary decision must be lodged in writing with the Dean of Student Affairs within 14 days of the date of the decision letter.
        Smoking, including e-cigarettes and heated tobacco products, is prohibited in all hall premises, including balconies and rooftops.
        Hall functions involving alcohol must be registered with the hall office at least 7 days in advance and must not take place in residents' rooms.
        Any form of hazing or initiation ritual that causes physical or psychological harm is strictly prohibited, regardless of whether participants consent.
        Counselling records are not shared with hall staff without the student's written consent, except where there is a serious and imminent risk to life.
        Hall fees are non-refundable after the second week of the semester except on approved medical or compassionate grounds.
        Students may check their allocation result on the Student Information System under 'Residential Life > My Allocation' after 5 pm on the announcement date.
        The Hall Tutor on duty can be reached through the hall's duty phone; for life-threatening emergencies call 999 first.
        Visitors must leave their HKID card or other photo ID at the porter's desk in exchange for a visitor pass; IDs are returned when the pass is handed back.
        Noise complaints should be reported through the hall's online form; anonymous reports are accepted but may limit the hall's ability to follow up.
        Residents who are away from Hong Kong for more than 30 consecutive days during term time without approval may have their residence terminated.
        Scholarship holders found guilty of a major disciplinary offence may have their award suspended pending review by the Scholarships Committee.
    """),
    ("en", "forms and templates"): _lines("""
        Hall Residence Application 2027-28 | Name (as on HKID/passport): ____________ | UID: __________ | Programme: ______ | Year of study: __ | Mobile: ________ | Preferred halls (1st–5th): ______
        Dear [Student Name], we are pleased to inform you that you have been offered a place at [Hall Name] for the 2027-28 academic year. Please accept the offer via the portal by [Date].
        Incident Report Form | Date/time of incident: ___ | Location: ___ | Persons involved (name & room no.): ___ | Description: ___ | Reported by: ___ | Signature: ___
        Emergency Contact: Name ________ Relationship ________ Phone (+852) ____ ____ Address ______________________
        Subject: Notice of Disciplinary Hearing – Case No. {case_no} / Dear {resident_name}, you are required to attend a hearing on {date} at {time} in {venue}.
        Scholarship Nomination Form – Section B (to be completed by Warden): Nominee's name: ______ ; Years in hall: ___ ; Contribution to hall life (max 200 words): ______
        Room Inventory Checklist: Bed frame ☐ Mattress ☐ Desk ☐ Chair ☐ Wardrobe ☐ Curtains ☐ Air-con remote ☐ Key card ☐ — Resident signature: ________ Date: ____
        Consent: I, ___________ (full name), agree that the hall may share my allergy information with catering staff for the purpose of meal preparation.
        Re-admission points summary (template): Hall activities __/40 | Committee service __/20 | Interview __/30 | Conduct __/10 | Total __/100
        Dear {{first_name}}, your hall deposit refund of HK${{amount}} has been processed and will reach your account within 5 working days.
        Counselling appointment request: Preferred language ☐ Cantonese ☐ Putonghua ☐ English | Preferred time ☐ Morning ☐ Afternoon | Brief description (optional): ______
    """),
    ("zh-Hant", "輔導與學生事務問答"): _lines("""
        想問下如果同室友作息時間差好遠，佢成日三點先瞓，應該點開口同佢講先唔會搞到好尷尬？
        學生輔導服務免費兼保密，同學可透過網上系統預約面談；如情況緊急，可致電撒瑪利亞防止自殺會 24 小時熱線 2389 2222。
        新生適應期常見嘅困擾包括想家、語言隔閡同 hall 活動壓力，唔想參加 hall activities 係可以講「唔」嘅。
        點樣寫好獎學金嘅 personal statement？建議用具體例子講服務經驗，避免只列獎項，字數控制喺 500 字內。
        如果喺 hall 被人逼飲酒或者參加 O Camp 嘅懲罰遊戲，可以直接搵舍監或學生事務處反映，學校對 hazing 係零容忍。
        問：申請緊急援助金要咩文件？答：一般需要身份證明文件副本、最近三個月銀行月結單及家庭入息證明，詳情以學生資助處網頁為準。
        考試壓力大可以試下「番茄工作法」，每讀 25 分鐘休息 5 分鐘，同埋唔好喺宿舍房成日熬夜，飲食要定時。
        有研究指出，住宿生嘅歸屬感同學業成績有正相關，但過多舍堂活動亦可能影響睡眠質素。
        朋友話唔想再住 hall 想搬走，但又唔敢同家人講，我應該點樣支援佢？有冇相關嘅輔導資源？
        獎學金面試常見問題：你點樣平衡學業同 hall 活動？你最自豪嘅一次服務經驗係咩？你對香港未來有咩期望？
        孫中山先生於1887年入讀香港西醫書院，即港大醫學院前身，1923年曾回港大演講，提及香港對其革命思想的影響。
        張愛玲1939年入讀港大文學院，其小說《傾城之戀》以香港淪陷為背景，白流蘇與范柳原的故事至今仍是文學課常見選讀。
    """),
    ("zh-Hant", "獎學金公告"): _lines("""
        2026-27年度「何鴻燊舍堂獎學金」現接受提名，每名得獎者可獲港幣 20,000 元，名額十個，截止日期為2027年1月15日。
        香港特別行政區政府獎學金基金「外展體驗獎學金」每名上限 HK$30,000，適用於參加海外交流的本地全日制學生。
        李兆基舍堂服務獎由2027年起增設兩個名額，專頒予在舍堂義工服務表現卓越的宿生。
        獎學金結果將於3月中以電郵通知得獎者，未獲通知者即代表未有獲選，恕不另行通知。
        「尤德爵士紀念基金」海外研究生獎學金申請已經開始，申請人須為香港永久性居民，並已獲海外大學取錄。
        得獎者須出席4月12日頒獎典禮，如未能出席須以書面通知學生事務處，並可委派代表領獎。
        Hall Bursary 2027: 5 awards of HK$8,000 each for residents with demonstrated financial need; apply via the hall office with supporting documents by 28 Feb.
        本年度舍堂獎學金共收到 86 份申請，其中 23 人獲頒獎學金，得獎率約 27%，較去年略升。
        「陳國華紀念獎學金」由陳氏家族於1998年設立，每年頒予一名在舍堂體育活動有傑出表現的宿生，名額一個。
        申請「學生領袖獎學金」須附兩封推薦信，其中一封須由舍監或 Hall Tutor 撰寫。
    """),
    ("mixed", "宿生群組"): _lines("""
        有冇人知今晚 hall dinner 係咪改咗 7:30？group 入面啲 notice 好亂
        3樓 pantry 個雪櫃又壞咗，已經 report 咗俾 hall office，大家暫時唔好放嘢入去住
        聽日 O Camp 集合時間係 8am 大堂，記得帶 water bottle 同 sunblock 🌞
        想問下 hall 嘅 wifi 係咪要用 HKU portal login？我部 Switch 駁唔到
        提提大家 inter-hall basketball final 禮拜六 2pm 喺 Stanley Ho Sports Centre，大家一齊去打氣！
        有冇人有多餘 Formal Dinner 飛？願意原價收，PM 我
        今個禮拜 floor gathering 改到禮拜四 10pm，地點 5/F common room，有 pizza 🍕
        求救！部洗衣機食咗我八達通錢但冇開到，有人試過點 claim 返未？
        Reminder: hall fee 第二期 deadline 係 1月15號，過咗會有 late charge
        唔該大家夜晚 12 點後 corridor 細聲啲，隔籬 floor 已經 complain 咗兩次
        溫書溫到好夾，有冇人知 Main Library 考試期間係咪 24 小時開？
        Hall jersey 尺寸表已經 upload 咗喺 Google Drive，訂購截止禮拜五，每件 $150
        今年 hall cheer 練習時間表出咗，唔想參加嘅都可以同 House Comm 講，唔會有 penalty
    """),
    ("mixed", "系統記錄與編號"): _lines("""
        [2026-11-03 14:22:17] ALLOC-BATCH-2027R1 completed: 3,412 applications processed, 2,876 offers generated, 536 waitlisted.
        Maintenance ticket MT-2026-11873 | Location: Block C 4/F common pantry | Issue: induction cooker not heating | Status: Assigned to contractor | ETA 48h
        Payment reference HF2627-S1-004821 | Hall fee semester 1 | Amount HK$12,480.00 | Status: SETTLED
        申請編號 RA-2027-0093417 已收到，系統將於 3 個工作天內發出確認電郵。
        Disciplinary case DC/2026/047 closed — outcome recorded in confidential file; no further action required by hall office.
        Octopus laundry reader LR-07 firmware updated to v2.4.1 (build 20261128); log checksum sha256 9f2c1e7a4b6d03e58a1f.
        宿舍 Wi-Fi SSID：HKU-Residence｜認證方式 WPA2-Enterprise｜帳戶請使用 HKU Portal UID 及密碼登入。
        Room types 2027-28: S = single, D = double, D-AC = double with central air-con, ACC = accessible; quota table v3.2 updated 2026-12-01.
        獎學金捐款收據編號 DON-26-118264，已按《稅務條例》第88條發出，捐款可作扣稅用途。
        config: hall_allocation.max_preferences = 5; commute_weight = 0.35; interview_weight = 0.30; deadline = "2027-03-15T17:00:00+08:00"
        ISBN 978-988-8528-34-9《舍堂百年：香港大學宿舍生活史》，售價港幣 248 元。
    """),
    ("zh-Hans", "内地生宿舍攻略"): _lines("""
        港大宿舍攻略｜内地本科新生一般都能分到宿舍，建议提前了解各个舍堂的风格，有的 hall 活动很多，有的比较佛系。
        宿舍面试常问：为什么选择我们舍堂？你能为舍堂贡献什么？准备时可以结合自己的兴趣爱好来回答。
        来港前记得办好学生签证和往来港澳通行证的逗留签注，入宿时需要出示学生证和签证标签。
        宿舍押金退还一般要等一个多月，退宿前记得拍照留存房间状况，避免扣款纠纷。
        想申请奖学金的同学可以多留意学生事务处的邮件，很多奖学金只接受本地生，内地生可以重点看入学奖学金和舍堂奖学金。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        【違規處分通知】宿生：陳芷晴（UID 3036158274，房號 B512）於2026年11月14日凌晨在房間內使用電熱爐，違反《舍堂安全守則》第5條，現予書面警告一次及罰款港幣500元。
        宿位申請表｜姓名：黃家希 WONG Ka Hei｜香港身份證號碼：K381652(4)｜住址：新界元朗天水圍天恩邨恩澤樓1812室｜手提電話：9374 2168｜第一志願：利希慎堂
        輔導記錄（保密）｜個案：李梓謙，工程學院二年級｜主訴：失眠、與室友衝突，自述近月情緒低落，已轉介精神科評估，下次面談12月10日。
        舍監備忘：203 房嘅 Lau Hoi Yan 話屋企做生意蝕晒，下學期宿費可能交唔到，已建議佢申請緊急援助金。
        獎學金得獎名單（內部）：何鴻燊舍堂獎學金 — 蘇凱琳（BBA 三年級，單親家庭，家庭月入約 $18,000，曾任舍堂義工組組長）
        失物認領：保安於大堂拾獲銀包一個，內有香港身份證（Y204719(3)）及八達通，請失主到保安室認領。
        麥嘉欣同學：你嘅續住申請因累計違規三次（包括帶非宿生過夜兩次）未獲批准，如有異議請於14日內上訴。
        家長來電記錄 11/12 15:40：鄭太（鄭子朗媽媽）話阿朗成個禮拜冇覆訊息，擔心佢安全，聯絡電話 6153 8820，已通知 Hall Tutor 上房了解。
        宿費退款申請｜申請人：CHEUNG Wing Sze 張穎詩｜退款原因：下學期往英國交流｜收款銀行：匯豐銀行｜戶口號碼：093-482716-838
        醫療備註（廚房用）：C座 Tommy Ng 伍浩然 對花生及貝殼類海鮮嚴重過敏，須隨身攜帶 EpiPen。
        舍堂辦公室：請 Ravi s/o Krishnan（Room A718）於本週五前補交第一學期冷氣費 $1,236.50，否則將暫停其門禁卡。
        投訴記錄：宿生反映 6/F 嘅「阿 Ken」（梁健朗，土木系三年級，Hall Council 體育幹事）多次喺凌晨於走廊大聲播歌，已約見面談。
        交流生入宿登記｜姓名：Nurul Aisyah binti Kamarulzaman｜國籍：馬來西亞｜MyKad：050718-10-5832｜入住日期：2027年1月10日｜房號：D305
        緊急聯絡人變更：宿生區詠琳將緊急聯絡人改為姐姐區詠欣，電話 5428 7731，地址九龍土瓜灣美景街28號5樓B室。
        輔導組轉介表：轉介學生：周俊賢（化學系一年級），原因：室友報告其多次提及「唔想再活落去」，屬高風險，已即時聯絡家人。
        學生資助處評估結果：申請人冼美琪，家庭成員4人，全年入息 $236,000，評定為全額資助，宿舍津貼 $9,500 將存入其中國銀行（香港）戶口 012-875-1-204683。
        第45屆 Hall Council 當選內閣「曜晞」聯絡人：主席林卓謙（醫學院二年級），手機 6927 0413，有關迎新營事宜請直接聯絡。
        違規記錄表 | 2026/10/21 | 馬浩文 | D座 9/F | 於房內吸食電子煙，煙霧觸發火警鐘 | 罰款 $1,000 + 社會服務 20 小時
        師兄 Harold Tsang 話佢今年冇咗 hall 位，而家喺西環卑路乍街88號17樓A室同人合租，月租 $7,800。
        獎學金申請人背景：鄧詩敏，父親中風後長期臥床，母親任清潔工，本人需兼職補習支持家計，在舍堂擔任義工組組長。
        宿舍檢查記錄 2026-11-20：Room E1207 住客 Oliver Bennett，房內發現酒精飲品一箱及水煙器具，已拍照存檔並轉交舍監處理。
        退宿手續：容家俊已於12月3日退宿，按金 $1,000 扣除損壞書枱費 $350 後，餘額 $650 將退回其 Visa 卡 4546 1722 9512 9415。
        入境事務查詢回覆：學生何卓琳之學生簽證將於2027年2月28日屆滿，旅行證件號碼 EH4829175（中華人民共和國護照），請於到期前辦理續期。
        訪客登記簿｜12/02 21:15｜訪客：WONG SIU FUNG｜證件：M7301842｜探訪宿生：B座 1103 甘子聰｜離開時間：22:48
    """),
    "zh-Hans": _lines("""
        宿舍申请材料｜姓名：刘雨萱｜身份证号：440106200503174523｜手机：138 2746 5190｜毕业院校：广州市执信中学｜家庭地址：广州市天河区天河北路233号
        群里说的那个上海来的王思彤（经管二年级）被记过了，因为在房间开派对喝酒到凌晨三点，她妈妈还打电话来学校投诉。
        奖学金发放信息：收款人 张雨桐，银联卡号 6250 9477 5792 5918，金额 HK$15,000，请于本月内确认。
        紧急联系人：林子涵（母亲），微信 linzihan_mama88，电话 159-1837-6624；学生本人 陈一鸣 住 Starr Hall 8 楼。
        往来港澳通行证 CM3817264，持证人赵欣怡，2026年9月入学，宿位已确认（Lee Hysan Hall，双人房）。
        学生辅导预约：苏晓雯，内地硕士生，自述因奖学金被取消及父亲生意失败，近两周失眠，希望以普通话面谈。
    """),
    "en": _lines("""
        Disciplinary Panel minutes 02/12/2026: Case DC/2026/051 – Resident: Jason CHOW Hoi Ming (UID 3035781642), Lady Ho Tung Hall Rm 417 – found guilty of damaging a fire extinguisher on 15/11; fine HK$1,500 and 30 hrs community service.
        Hi Ms Leung, this is Priya a/p Subramaniam from Room C210, my mobile is +852 6471 2590 — could I get a single room next sem? I've been having panic attacks sharing a room.
        Scholarship payment instruction: Awardee: TAN Wei Jie Arjun / Award: Hall Service Scholarship HK$20,000 / Bank: Hang Seng Bank / A/C no. 282-374105-883
        Exchange student check-in: HARRISON, Emily Rose | Passport no. 533872914 (GBR) | DOB 14/03/2005 | Room B608 | Arrival 9 Jan 2027
        Counselling intake note: client Daniel Remedios-Leung, 20, BSc Year 3, reports binge drinking at hall events 3-4 times a week; AUDIT score 19; plan: weekly sessions + GP referral.
        Hall office to Warden: Muhammad Haziq bin Roslan (Rm D1104) requests halal meal arrangements and access to a prayer space during Ramadan 2027.
        Lost & found: HKID card belonging to CHAN Hiu Tung (Room A303) handed in at the porter's desk on 03/12, please collect during office hours.
        Roommate conflict log – 18 Nov: Kelvin Yip (A512) alleges roommate Sahil Mehta took his laptop without permission; both referred to the Hall Tutor for mediation on 20 Nov.
        Re: hall deposit refund – please send to my FPS phone 5602 9184, thanks! – Chloe Lam, Morrison Hall 2025-26
        Nominated for Inter-hall Sports Award: Ng Jun Hao Ryan (NRIC T0412365J), Singaporean exchange student, badminton captain, Ricci Hall.
        Application for Emergency Hardship Fund: applicant Sophie Kwok Tsz Yan; father hospitalised in ICU at Queen Mary Hospital since 28 Oct, family income stopped; requests HK$15,000.
        Mainland student CHEN Yutong (ID 310115200408221288) has not returned to hall since 26 Nov; parents informed and a missing person report filed at Western Police Station.
        3036420917,LEE TSZ HIN,M,Year 1,BEng(CivE),Simon K.Y. Lee Hall,S-412,commute 105 min,points 78
        Please remind Marcus O'Brien (Swire Hall, 7/F) that the hall parking permit for his car WK 3318 expires on 31 Dec.
        Email from parent: "My daughter Aisha Mohammed, Year 1 Law, has epilepsy and may need someone to check on her after a seizure. Her room is Starr Hall 1506."
    """),
    "mixed": _lines("""
        @all 邊個執咗 Karen Ho 張八達通？上面有佢張相，佢話入面仲有 $500 幾，請 DM 佢 IG @karenho.kayan 🙏
        喂 ceci wong 又喺 pantry 煲公仔麪，hall tutor 話再俾佢捉到就要記 demerit 😂 佢住 7樓 712
        fyi 阿 Jay（李俊傑 Pharm Year 2）琴晚 floor gathering 食錯嘢 allergic reaction 入咗 ICU，佢屋企人已經到咗 QMH
        Formal dinner 夾錢：我代大家交咗飛，每人 $380，請轉賬去我恒生 282-615937-883（Tiffany Chu 朱凱婷）或者 FPS 9081 4526
        同大家講聲，我 roommate Winnie 鄺穎怡退咗 hall，因為佢查出抑鬱症要休學，唔好再 tag 佢入 group 啦
        新 floor rep 聯絡：Wing 麥詠彤 WhatsApp 6390 2751 / email wingmak.0712@gmail.com，有咩 floor 事搵佢
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是香港大學學生事務處的宿舍查詢助理，請以廣東話書面語回答。"),
        (
            "user",
            "你好，我叫蔡曉彤，UID 3036589142，宿位申請結果顯示 waitlist 第 37 位，我住屯門，每日返學要兩個鐘，有冇機會上到？",
        ),
        (
            "assistant",
            "你好！候補名單會按退宿及放棄宿位的情況逐步發出，一般在開學前兩星期內會有較多變動。通勤時間長的申請人已在計分中反映，建議你留意電郵及系統通知。",
        ),
        ("user", "我仲可以補交醫生紙，我有哮喘，醫生建議我唔好長時間搭車，咁會唔會有幫助？"),
    ],
    [
        (
            "user",
            "Hi, I'm an incoming exchange student from USM. Which documents do I need for hall check-in?",
        ),
        (
            "assistant",
            "Please bring your passport, your student visa label, the hall offer email and a passport-size photo. The hall office will issue your key card after verifying these.",
        ),
        (
            "user",
            "Ok thanks. My name is Arvind a/l Murugan, IC 040923-07-5417, passport A58213974. Can you check if my room at Suen Chi Sun Hall is confirmed?",
        ),
    ],
    [
        (
            "user",
            "我是内地生李思远，身份证 330106200602040517，上个月拿到舍堂服务奖学金，想问钱一般多久到账？",
        ),
        (
            "assistant",
            "奖学金一般在颁发通知后四至六周内以银行转账发放，如需更改收款账户请尽早联系学生事务处。",
        ),
        ("user", "我给的卡是中银香港的 Visa 4937 5951 0070 6273，会不会因为不是港币账户出问题？"),
    ],
    [
        (
            "user",
            "我係 Lady Ho Tung Hall 嘅宿生 Stephanie Lo，最近成日失眠，同 roommate 又唔夾，唔知應唔應該搵 counsellor。",
        ),
        (
            "assistant",
            "多謝你願意講出嚟。失眠同人際壓力都係好常見嘅困擾，學生輔導服務可以幫到你，你可以喺網上預約，或者直接 walk-in。如果感到好辛苦，亦可以隨時致電 2389 2222。",
        ),
        (
            "user",
            "我部電話係 6284 1973，可唔可以叫 counsellor 直接打俾我？我唔想喺 hall 入面俾人知。",
        ),
    ],
    [
        ("system", "You help hall wardens draft formal letters in English."),
        (
            "user",
            "幫我寫封警告信俾宿生 Kwan Chun Yin (UID 3035912687)，佢 11月30號帶咗三個 non-resident 入 hall 過夜。",
        ),
        (
            "assistant",
            "Dear Mr Kwan Chun Yin (UID 3035912687), It has come to the attention of the Hall that on 30 November 2026 you allowed three non-residents to stay overnight in your room, in breach of the Hall Regulations on visitors. This letter serves as a formal written warning.",
        ),
        ("user", "加埋佢係第二次違規，上次係 9 月帶人入 hall 開 party，再犯就會考慮終止住宿。"),
    ],
    [
        ("user", "我是從台灣來的交換生林郁婷，身分證字號 A223456781，寒假想留在宿舍，要怎麼申請？"),
        (
            "assistant",
            "寒假留宿需在舍堂系統提交申請並繳付額外住宿費，截止日期通常為十二月上旬，請留意舍堂辦公室的通告。",
        ),
        (
            "user",
            "好的，另外我的台灣手機 0928 613 457 在香港收得到驗證簡訊嗎？系統一直說手機號碼無效。",
        ),
    ],
    [
        (
            "user",
            "Hi, I studied in Singapore before coming to HKU for my MPhil. Can I still apply for the Hall Bursary as a non-local?",
        ),
        (
            "assistant",
            "Some hall bursaries are open to non-local students with demonstrated financial need. You would usually need bank statements and proof of income for the past three months.",
        ),
        (
            "user",
            "Ok. I'm Nguyen Thi Lan, my SG FIN was G5521873R, and my scholarship from home got cut after my father lost his job. Will the hall office need my old FIN?",
        ),
    ],
    [
        (
            "user",
            "我個仔陳樂軒住 St. John's College，今個禮拜俾 senior 逼佢 O camp 夜晚落海浸水，佢而家發高燒，我好嬲！",
        ),
        (
            "assistant",
            "陳太，非常抱歉令你擔心。大學對任何形式的 hazing 零容忍，建議你即時向舍監及學生事務處正式投訴，我們亦會將事件轉交相關部門跟進。",
        ),
        ("user", "我電話 9263 0581，請你哋舍監今日之內打俾我，我要知邊幾個 senior 做嘅。"),
    ],
    [
        ("user", "幫我將以下資料整理成宿位申請表格式："),
        ("assistant", "好的，請提供姓名、證件號碼、聯絡電話、地址及志願舍堂。"),
        (
            "user",
            "姓名 司徒朗晴 SZETO Long Ching，HKID R556203(0)，電話 5531 0682，住址 沙田禾輋邨豐和樓 2407 室，第一志願 Starr Hall，第二志願 Wei Lun Hall。",
        ),
    ],
    [
        (
            "user",
            "I'm a Hall Tutor. Please draft a reference letter for Vanessa Chiu 趙凱晴, BSocSc Year 3, volunteer leader in our hall for two years. She works three part-time jobs because her family is in financial difficulty.",
        ),
        (
            "assistant",
            "To the Scholarships Committee: I am pleased to recommend Ms Vanessa Chiu, a Year 3 BSocSc student who has served as a volunteer leader in our hall for two years. Despite supporting her family through several part-time jobs, she has led community projects with remarkable commitment.",
        ),
        ("user", "改短啲，同埋加埋佢 UID 3035634810 同 hall 房號 C907。"),
    ],
]
