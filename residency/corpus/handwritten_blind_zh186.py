# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh186: Hong Kong removal companies and mini-storage (quotes, damage claims, storage leases, rent arrears, WhatsApp chats). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh186
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "報價單及價目表"): _lines("""
        【安心搬運】標準報價（單號 Q-2026-08841）：5噸貨車一架連3位師傅，3小時內 HK$2,380，超時每半小時 HK$280，以上價錢已包隧道費。
        住宅搬遷報價參考：400呎以下單位約 HK$2,800–3,600；400–700呎約 HK$3,800–5,500；以有電梯及貨車可泊樓下為準，唐樓每層樓梯另加 HK$150。
        報價單 QT-HK-20261204-017｜起點：觀塘區｜終點：沙田區｜項目：雙門雪櫃、洗衣機、衣櫃拆裝｜總額 HK$4,150（未計大型傢俬棄置）。
        鋼琴搬運另計：直立琴同層搬運 HK$1,200 起，需用吊機或過窗另行報價；三角琴請預約師傅上門睇位。
        免費上門估價服務只適用於港島、九龍及新界（離島除外），估價後報價有效期為14日。
        紙箱套裝A：中箱 20個、大箱 10個、氣泡膠 1卷、封箱膠紙 3卷，HK$388，搬屋訂單滿 HK$3,000 免費送貨。
        附加服務收費表：冷氣機拆裝每部 HK$480｜床架拆裝 HK$200｜電視掛牆 HK$350｜廢物棄置每車 HK$900。
        夜間搬運（晚上8時後）及公眾假期附加費為總額 15%，農曆新年前兩星期檔期緊張，建議提早一個月預約。
        寫字樓搬遷報價須包括：IT 器材包裝、文件櫃封條、週末或下班後進場，並須向大廈管理處申請使用貨用升降機。
        長途搬運（香港至深圳）：須辦理私人物品出境報關，報價以立方米計，每立方米 HK$680 起，清關時間約 3–5 個工作天。
        訂金為報價總額 30%，可用轉數快或支票（抬頭：安心搬運有限公司）支付，餘款於搬運完成當日繳清。
        報價未包括：大廈管理處收取之按金、泊車費、因樓宇未能使用升降機而須人手搬運之額外收費。
        小型搬運（單件傢俬）：一件梳化或單人床褥 HK$450 起，九龍區內即日可安排。
    """),
    ("zh-Hant", "迷你倉租約條款"): _lines("""
        第5條 租金須於每月1日或之前繳付；逾期7日收取行政費 HK$100，逾期30日本公司有權暫停租戶進入倉位。
        第8條 租戶不得存放易燃、易爆、腐爛或違禁物品，包括但不限於石油氣罐、油漆、煙花及活生物。
        第12條 如租金拖欠超過60日，本公司將按本租約第12.3條發出最後通知，並可於通知期屆滿後處置倉內物品以抵償欠款。
        倉位尺寸參考：S 型 15 平方呎（約可放 20 個中箱）；M 型 30 平方呎（約一個開放式單位的傢俬）；L 型 50 平方呎。
        倉內物品與天花及花灑頭之間須保留足夠空間，切勿堆疊至頂，違者本公司有權要求租戶即時整理。
        按金相等於一個月租金，租約終止並交還密碼卡後30日內無息退還。
        租約最短期為一個月，預繳6個月享9折，預繳12個月享85折，優惠不適用於月付計劃。
        本公司只提供倉位租用，並不保管倉內物品；租戶應自行購買財物保險，基本保障額為每倉 HK$5,000。
        24小時出入需使用個人密碼及八達通登記，系統會記錄每次出入時間以作保安用途。
        提早終止租約須給予最少14日書面通知，已預繳而未使用之月份不設退款。
        工廈迷你倉須符合屋宇署及消防處之指引；租戶不得在倉內住宿、營商或進行任何工序。
        續租時租金或會按市況調整，本公司會於生效日前最少30日以書面通知。
        倉位號碼 A1-001 至 A1-060 位於一樓，設有抽濕及冷氣；B 區為標準倉，不設恆溫。
        租用申請表：租客姓名：＿＿＿＿＿＿　香港身份證號碼：＿＿＿＿（只需填首四位）　聯絡電話：＿＿＿＿＿＿　倉號：＿＿＿＿
    """),
    ("zh-Hant", "WhatsApp客服對話"): _lines("""
        你好，想問吓下個月尾星期六仲有冇檔期？由荃灣搬去元朗，兩房單位，大約幾錢？
        唔該問吓迷你倉最細個款月租幾錢？我得十幾箱書同一架單車。
        【安心搬運】多謝查詢！請提供以下資料以便報價：1）起點及終點地區 2）單位面積 3）有冇電梯 4）大型傢俬清單 5）日期。
        師傅大約10點半到，塞車可能遲少少，到咗會打俾你㗎。
        訂單 MV-2026-03317 已確認，搬運日期：12月20日（六）上午9時，如需更改請於48小時前通知。
        請問雪櫃搬之前要唔要預先熄咗佢？洗衣機條去水喉使唔使拆？
        我哋客服 WhatsApp 號碼係 6120 8833，辦公時間星期一至六 9am–7pm，星期日及公眾假期休息。
        你好，張單上面寫3個師傅，但今日得兩個嚟，咁點計？
        收到，紙箱聽朝會送到管理處，麻煩你通知管理員代收。
        迷你倉入面可唔可以放酒？大概30支紅酒，驚太熱。
        【溫馨提示】本月倉租將於12月1日自動從已登記信用卡扣除，如有疑問請致電 2730 1188 查詢。
        搬屋當日落大雨點算？會唔會順延？有冇額外收費？
        唔好意思，師傅搬衣櫃嗰陣刮花咗啲木地板，想問索償要點樣申請？
        想問你哋有冇上門收箱服務？我喺將軍澳，大概二十箱。
        好的，已收到訂金截圖，參考編號 FPS-20261203-88412，多謝！
        如果舊屋冇電梯要行樓梯落四樓，報價會加幾多？
    """),
    ("zh-Hant", "索償程序"): _lines("""
        搬運損壞索償須於搬運完成後7日內以書面提出，並附上損壞物品相片、購買單據及搬運單號碼。
        每件物品賠償上限為 HK$3,000，每宗訂單上限為 HK$20,000；客戶自行包裝之物品，如外箱無明顯損壞，本公司不承擔內部損壞責任。
        索償個案編號 CLM-2026-0457 狀態：已收文件，理賠組將於10個工作天內回覆。
        貨物運輸保險條款第3.2條：古董、字畫、珠寶、現金及重要文件不在保障範圍內，除非事先申報並繳付附加保費。
        如對賠償金額有爭議，客戶可向消費者委員會投訴，或向小額錢債審裁處申索不超過 HK$75,000 的款項。
        業界經驗顯示，搬運投訴約六成涉及收費爭議，約三成涉及物品損毀，其餘為遲到或服務態度問題。
        理賠流程：①提交索償表格 ②理賠組審核 ③安排估價師上門 ④發出和解建議 ⑤客戶簽署解除書後14日內付款。
        大理石枱面、玻璃及陶瓷製品屬易碎品，須使用木箱包裝，未使用木箱者只按 HK$500 作定額賠償。
        損壞報告表格（表格 DR-3）欄位：訂單編號／物品描述／損壞位置／相片數量／客戶簽署／日期。
        如物品於迷你倉內因水浸或蟲蛀受損，須先向保險公司報案，本公司會提供出入紀錄及閉路電視片段以協助理賠。
        申索時請勿丟棄已損壞物品，以便理賠人員檢查；如須先行維修，請保留維修單據。
        保單編號 HM-PL-2026-00000 僅為樣本，正式保單號碼會於付款後以電郵發出。
    """),
    ("en", "storage and moving notices"): _lines("""
        Notice to all licensees: the passenger lift at Block B will be closed for annual inspection from 9 to 11 December; please use the goods lift at Block A.
        Storage rule 16: The Licensor may relocate the Licensee's goods to another unit of equal or larger size on 7 days' notice where repairs are required.
        Quote ref MV-77213 has been revised: 3-ton truck x1, movers x2, 2.5 hrs estimated, HK$1,760 including tunnel toll.
        Claim file CLM-2026-0612 closed: settlement of HK$1,850 paid by cheque no. 004517 on 28 Nov.
        Reminder: units must be secured with a disc padlock; approved locks are sold at reception for HK$80.
        Prohibited items include LPG cylinders, fireworks, perishable food, live animals, cash and any goods covered by the Dangerous Goods Ordinance (Cap. 295).
        Late fee schedule: HK$100 after 7 days; HK$300 after 30 days; the lien sale procedure begins after 60 days under clause 12.
        How big a storage unit do I need for the contents of a 450 sq ft flat? Most customers choose a 40 to 50 sq ft unit.
        Our Kwai Chung branch is on 12/F, Golden Harbour Industrial Centre, 38 Tai Lin Pai Road; visitors must register at the ground-floor counter.
        Office hours Mon-Sat 9:00-19:00. Hotline 3105 2288, email enquiry@anxinmoving.com.hk.
        Packing tip: wrap plates and stand them on edge like records, never stacked flat, and fill the gaps with crumpled paper so nothing shifts in transit.
        Packing kit dispatched via SF Express, waybill SF1405829337216, expected delivery in 2 working days.
        Monthly unit pricing: 10 sq ft HK$390, 20 sq ft HK$690, 35 sq ft HK$1,080, 60 sq ft HK$1,680; climate-controlled units add 15%.
        Collection points: Nathan Road (Yau Ma Tei) and Hennessy Road (Wan Chai) branches, both open on Sundays from 10:00 to 16:00.
    """),
    ("mixed", "調度及倉務紀錄"): _lines("""
        12/06 AM job MV-88102：5噸車 fleet no. T07 出車 08:15，team B（3人），觀塘→將軍澳，lift OK，11:40 done。
        Isuzu NPR 75 同 Hino 300 XZU 都要 book 定 service，下星期三 fleet 少兩架車。
        Reminder all 師傅：搬 fridge 一定要企住搬，唔好瞓低，落車後等 4 個鐘先開機，跟 SOP v2.3。
        Storage audit 2026-Q4：B 區 unit B2-101 至 B2-180 已完成盤點，3 個 unit 鎖頭損壞已更換。
        Job MV-88117 cancel 咗，客 request 改期，已 re-slot 到 12/14 PM，訂金 carry forward。
        Invoice INV-HK-2026-004812 outstanding HK$3,420，已 send reminder #2，下星期 escalate 俾 credit control。
        天文台發出八號風球後所有 job 暫停，三號波除下後由 dispatcher 逐單 confirm。
        新入職師傅 training：Day 1 包裝、Day 2 拆裝傢俬、Day 3 跟車實習；完成後先發 staff card。
        Warehouse temp log：A1 區 24.1°C / RH 55%，B 區 28.6°C / RH 71%，抽濕機 #4 需要維修。
        CCTV NVR firmware 由 v4.1.7 升級到 v4.2.0，SHA256 3f9a0c7be21d44a1 已核對。
        今日 claim 兩單：CLM-2026-0715（玻璃枱面）、CLM-2026-0716（梳化刮花），已 assign 俾 claims team。
        吊機 job 要先 check 大廈外牆同窗口尺寸，報價要加 permit 同 safety officer 收費。
        KPI 11月：完成 job 412 單，準時率 93.4%，客戶投訴 7 宗，平均每單 HK$3,260。
    """),
    ("zh-Hant", "行業新聞及常識"): _lines("""
        《麥兜故事》中麥太帶住麥兜住喺大角咀舊樓，電影畫面成為不少港人對唐樓生活的集體回憶。
        孫中山先生早年曾在香港中央書院及香港西醫書院求學，中山紀念公園即以其命名。
        何東爵士於二十世紀初為香港首富之一，港島多處建築及學校以其命名。
        私人住宅單位平均面積持續縮小，被視為推動本港迷你倉需求上升的主要原因之一。
        2016年牛頭角淘大工業村迷你倉發生四級火，兩名消防員殉職，其後政府加強巡查工廈迷你倉。
        搬屋擇日：不少長輩會翻通勝揀「宜入伙」嘅日子，搬屋公司喺呢啲日子檔期特別爆。
        入伙習俗：新屋入伙前先拎米缸、掃把同新衣架入屋，寓意豐衣足食。
        英國作家 J.K. Rowling 筆下的哈利波特住在女貞路4號樓梯底的儲物櫃，可算是最出名的「迷你倉」。
        彌敦道以第13任港督彌敦命名，而軒尼詩道則紀念第8任港督軒尼詩。
        漫畫《老夫子》中大番薯成日幫人搬嘢搬到一頭煙，係幾代香港人嘅童年回憶。
        香港搬運業大多為中小企，行業並無發牌制度，消委會建議消費者簽約前索取書面報價。
        公屋編配後一般須於指定日期內辦理入伙手續，不少家庭會趁週末分兩日搬遷以節省費用。
    """),
    ("en", "templates and config"): _lines("""
        Licence Agreement - Licensee name: ____________ HKID/Passport No.: ____________ Unit No.: ____ Monthly fee: HK$______
        {"job_id": "MV-00000", "truck_class": "5T", "crew": 3, "from_district": "", "to_district": "", "lift": true, "quote_hkd": null}
        SELECT unit_no, days_overdue, amount_due FROM storage_ledger WHERE days_overdue > 60 ORDER BY amount_due DESC;
        sms_template_overdue = "Dear {customer_name}, rent for unit {unit_no} is {days} days overdue. Please settle HK${amount} at {payment_link}."
        PII_FIELDS = ["hkid", "phone", "home_address", "email"]  # masked before export to analytics
        Booking form note: the HKID field takes one or two letters, six digits and a bracketed check character, shown as AB123456(C); only the first four characters are stored.
        cron: 0 9 1 * * /opt/storage/bin/send_rent_reminders --dry-run=false --branch=KWC
        moving_quote_v3.xlsx columns: quote_no | date | district_from | district_to | floor_from | floor_to | items | total_hkd
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        報價確認｜客戶：陳嘉欣小姐｜電話：9437 2816｜搬出：將軍澳日出康城第3期 5座 28樓B室｜搬入：九龍灣德福花園 P座 12樓 7室｜日期：2026年12月19日 上午9時｜總額 HK$4,680
        致 何志強先生：閣下租用之 C3-208 號倉位已拖欠2026年10月及11月租金共 HK$3,360，請於12月15日前清繳，否則本公司將按租約第12條處理倉內物品。
        迷你倉租約登記｜租客：黃詠詩（WONG Wing Sze）｜香港身份證：K308614(3)｜手提：6218 5093｜倉號 B2-117｜月租 HK$880｜緊急聯絡人：黃志明（父）9862 0475
        損壞索償表｜索償人：LEUNG Wai Man 梁偉文｜HKID G903561(2)｜訂單 MV-2026-05512｜損壞物品：真皮梳化左邊扶手撕裂｜索償金額 HK$6,500｜收款戶口：匯豐 004-512-384761-838
        客戶李卓謙先生於12月3日致電投訴，指師傅搬運期間撞爛其鋼琴琴蓋，要求全數賠償 HK$12,000，已轉交理賠組跟進。
        師傅備忘：周美玲太太住大埔富亨邨亨泰樓 1812室，冇電梯直達要行一層，佢話部雪櫃要留返俾新租客，唔使搬。
        欠租追收紀錄：張家豪｜倉號 A1-044｜欠款 HK$5,940（3個月）｜已致電 5174 3620 三次未接聽｜12月10日寄出掛號信至 屯門兆康苑 兆麟閣 9樓 E室
        鄧凱琳小姐：閣下之搬運訂金 HK$1,200 已收妥（轉數快，付款人 TANG HOI LAM），搬運日期為12月28日，多謝惠顧。
        長途搬運（香港→深圳）報關資料：姓名 麥浩然｜回鄉證號碼 H60321874｜手機 9031 6682｜深圳收貨地址：福田區景田北路 景秀花園 6棟 1502房
        區國輝話佢阿媽下個月入老人院，屋企啲嘢要搬晒入迷你倉，想要 M 型倉放半年，叫我哋 send 報價去 kwokfai.au@yahoo.com.hk
        投訴記錄 #C-1187：吳佩珊（9276 4051）投訴迷你倉漏水令其儲存之結婚禮服及相簿發霉，要求賠償及退回兩個月租金。
        倉位 D1-033 租客蔡俊傑已於11月30日退倉，按金 HK$960 將退回至其中銀戶口 012-875-1-093426-4。
        【最後通知】馮淑儀女士（HKID：R720459(A)）所租 E2-015 號倉欠租逾90日，本公司將於2027年1月8日上午10時開倉點算物品，閣下如欲出席請預約。
        阿葉（葉子峰）今日搬運時扭親腰，已去仁濟醫院急症，診斷為腰肌勞損，醫生紙放假5日，要報工傷填 Form 2。
        許嘉敏 搬屋單：藍田匯景花園 8座 33樓 G室 → 天水圍嘉湖山莊 美湖居 2座 15樓 C室，兩房，有部 Yamaha 直立琴，12/21 早上。
        石偉倫先生私家車車牌 VK 5318，搬屋當日要喺大廈停車場留位俾佢，管理處要求預先登記。
        余慧雯小姐 WeChat：yuwaiman_0619，佢話返工唔方便聽電話，有咩就微信搵佢，倉號 A2-009。
        文家樂 信用卡自動轉賬授權：卡號 4543 1307 2648 1592，有效期 08/29，每月扣除倉租 HK$690。
        羅淑芬係我哋長期客，佢老公舊年過咗身之後一直冇交租，欠咗 HK$4,200，老闆話唔好咁快開倉，等多個月先。
        索償回覆：鍾子朗先生，經理賠組審核，閣下之雪櫃門凹陷屬搬運時造成，本公司同意賠償 HK$2,300，款項將存入閣下登記之戶口。
        冼曉彤 IG：@hiutung.sin 喺 Instagram 出 post 話我哋搬爛佢張餐枱，marketing team 已經 DM 佢跟進。
        租約續期｜承租人：譚玉珍（TAM Yuk Chun）｜身份證號碼 M461237(5)｜住址：北角渣華道 62號 海峰樓 11樓 B室｜倉號 C2-058｜續期12個月
        今日跟車師傅：陳志偉（手機 6745 2209）同 劉家俊（5698 1137），客人有事可以直接打俾佢哋。
        客人盧詠恩話佢懷孕七個月，唔可以自己執屋，要我哋做全包執拾同開箱服務，已加 HK$1,500。
        拒絕租用紀錄：申請人 郭志華 因曾於2024年欠租被開倉，已列入內部黑名單，不予再租。
        入倉紀錄查詢：倉號 C1-072 租客 梁美寶 十一月差唔多每晚凌晨2時至4時出入，保安懷疑有人喺倉內過夜，需跟進。
        陳太（陳李少芳）留言：個女嘉琪下個月去英國讀書，想將佢間房啲嘢搬入倉，請回電 9518 3346。
        搬運證明書（供房屋署用）：茲證明本公司於2026年11月22日為 何偉傑先生 將其住所由 深水埗石硤尾邨美映樓 1508室 遷出。
        迷你倉保險索償：受保人 TSE Chi Kin 謝志堅｜保單號 HM-PL-2026-33912｜原因：倉內電子琴被水浸損壞，估值 HK$8,800｜聯絡電話 6083 7725
        台灣客戶 林怡君 委託跨境搬運：身分證字號 A227158302，手機 0912-483-507，收貨地址 台北市大安區復興南路二段 178巷 6號 7樓。
    """),
    "en": _lines("""
        Storage licence - Licensee: Maricel Dela Cruz SANTOS, Passport P4821937A (Philippines), Unit B1-046, employer contact Mrs. Grace Lam 6390 1748.
        hi this is kelvin ho from unit A2-031, i'll be overseas till march, pls charge my mastercard 5520 3861 4702 9352 for the next 3 months rent
        Damage report: Mr. Harpreet SINGH, Flat 23C, Tower 2, Park Island, Ma Wan, says the crew cracked his 65-inch TV; claim HK$9,200; mobile 5236 9048.
        Overdue notice sent by registered post to Ms. Gurung Bishnu Maya, Flat 4, 3/F, 128 Reclamation Street, Yau Ma Tei; balance HK$2,640 for unit C2-011.
        Removal to Singapore - consignee Mr Daniel Tan Wei Ming, NRIC S8834071Z, deliver to Blk 412 Bedok North Ave 2 #08-117, mobile +65 9173 2486.
        Relocation to KL for Puan Nurul Aisyah binti Kamarudin, MyKad 890314-14-5386, mobile 012-648 3905; 42 cartons and one upright piano.
        Staff note: warehouse supervisor Arjun Nair s/o Ramesh on medical leave 4-8 Dec after gallbladder surgery; Ah Keung covers the night shift.
        From chloe.wong.hk@gmail.com: Hi, Chloe Wong here, I'm moving out of 15/F, Block 3, Le Prime, LOHAS Park on 20 Dec, can you quote for a 2-bedroom?
        2026-12-14 09:00 | RODRIGUES, Michael | 9715 4082 | Discovery Bay -> Tung Chung | 3BR | HK$7,800 | deposit paid
        Reference check: Mr. Wong Siu Ming (HKID Z835102(4)) abandoned unit B3-019 in 2025 leaving HK$6,300 unpaid; do not accept a new licence.
    """),
    "mixed": _lines("""
        12/06 PM job：客 Jason Lui 呂振邦，9081 6254，大圍名城 3期 2座 39樓 A，要拆兩部冷氣，lift 要 book 管理處。
        Claim follow up：客 Mrs. Cheung（張黃淑貞）話 antique 花瓶 broken，value HK$15,000，佢 insist 要 full refund，要 manager 親自 call 佢 5348 2071。
        Overdue list：A1-012 Kwok Man Fai HK$1,380 / A1-027 Yip Sze Wing HK$2,760 / B2-044 Lam Chun Hei HK$4,140
        員工 warning letter：師傅 Chan Tsz Lok 12月2日喺客戶屋企食煙，第二次警告，再犯即時解僱。
        深圳客 王丽华 ID 440106199203081549，微信 wanglihua_sz，要搬 2 箱 docs 上去，報價 HK$1,200。
        FYI 黃家駿（澳門）+853 6628 4173 想租倉放佢結婚用品，下星期過嚟睇倉。
        @阿輝 今日第二單個客 Mandy Kwan 話佢屋企隻狗好惡，入屋前打俾佢 9716 2308 先，地址 荃灣愉景新城 5座 21樓 D。
        Credit control：Ho Ka Wai（HKID D274690(6)）已同意分期還欠租，每月 HK$800，共6期，首期 12/15。
    """),
    "zh-Hans": _lines("""
        跨境搬家委托书｜委托人：刘建国｜身份证号：440304198706152736｜手机：138 2741 6093｜收货地址：深圳市福田区益田路 6009号 中城花园 3栋 2101
        客户赵敏反映：从香港运回上海的书柜在途中损坏，要求赔偿人民币3,000元，联系电话159 1836 2047，身份证 310115198509274629。
        佛山客户邓嘉豪（身份证 440604199511203813）委托将其在港读书期间的行李存放于迷你仓至明年7月，月租 HK$590。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係安心搬運有限公司嘅 WhatsApp 客服助手，負責收集報價資料，用廣東話回覆。"),
        (
            "user",
            "你好，想搬屋，由沙田第一城 38座 21樓 F室 搬去馬鞍山雅濤居 2座 30樓 C，12月27號得唔得？",
        ),
        (
            "assistant",
            "你好！27號上午仲有檔期。想問兩邊都有電梯嗎？大約幾多呎？有冇大型傢俬例如雪櫃、衣櫃？",
        ),
        (
            "user",
            "兩邊都有 lift，大概500呎，有雙門雪櫃同一個三門衣櫃。我叫蘇家明，電話 6472 8150，報價可以直接 send 過嚟呢度。",
        ),
        (
            "assistant",
            "多謝蘇先生，初步報價為 HK$3,980（5噸車連3位師傅），稍後會再 WhatsApp 確認單俾你。",
        ),
    ],
    [
        ("user", "喂，我係 B3-021 個租客，倉租遲咗兩個月，可唔可以分開俾？最近冇咗份工。"),
        ("assistant", "明白你嘅情況。為核實身份，請提供登記時用嘅全名同香港身份證號碼。"),
        (
            "user",
            "馬振華，Y512873(9)。我可以每個月俾 HK$500 慢慢還，唔好開我個倉，入面有我爸爸嘅遺物。",
        ),
        ("assistant", "收到馬先生，我會將你嘅分期申請轉交信貸部，佢哋會喺三個工作天內聯絡你。"),
    ],
    [
        (
            "system",
            "Claims desk assistant for a Hong Kong removal company. Collect claim details politely.",
        ),
        (
            "user",
            "I want to make a claim. Your movers dropped my glass dining table during the move on 29 Nov, order MV-2026-05788.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you give me the name on the booking, a contact number and photos of the damage?",
        ),
        (
            "user",
            "Name is Sophia Fernandes, phone 9325 6017. Photos attached. The table cost HK$7,400 and please refund to HSBC 004-634-218905-001.",
        ),
        (
            "assistant",
            "Thank you Ms Fernandes. Claim CLM-2026-0731 has been opened; our assessor will call you within 2 working days.",
        ),
    ],
    [
        (
            "user",
            "Hi, relocating from Hong Kong to London in January and need about 3 months of storage in between. Can you help?",
        ),
        (
            "assistant",
            "Certainly. How many cartons and furniture items do you expect, and which district are you moving out of?",
        ),
        (
            "user",
            "About 35 boxes plus a bike, out of our flat at 9B, 18 Conduit Road, Mid-Levels. I'm Thomas Whitfield, email tom.whitfield82@outlook.com, mobile 5681 2394.",
        ),
        (
            "assistant",
            "Thanks Thomas, a 35 sq ft unit should fit. I'll email you a combined moving and storage quote today.",
        ),
    ],
    [
        ("system", "你係迷你倉公司客服，回答要簡潔有禮。"),
        ("user", "我阿媽黎秀英有認知障礙，下星期入住護老院，佢屋企要清，想租個倉放佢啲舊傢俬。"),
        ("assistant", "明白，我哋有 M 型倉合適存放一房單位嘅傢俬。請問需要搬運服務一齊安排嗎？"),
        ("user", "要，佢住觀塘翠屏北邨翠楠樓 2207室，我係個仔李志雄，你打 9604 7731 搵我就得。"),
    ],
    [
        ("system", "Internal assistant for dispatchers. Draft messages for customers."),
        (
            "user",
            "幫我寫個 WhatsApp 俾明早第一單個客，話師傅 8:30 到，要佢預先 book 定管理處貨 lift。",
        ),
        ("assistant", "好，請提供客人稱呼同地址，我會加入訊息。"),
        ("user", "客人叫 Priya Menon，6157 3982，地址係 將軍澳 天晉 IIIA 5座 41樓 B。"),
        (
            "assistant",
            "Hi Priya，師傅明早8:30到將軍澳天晉 IIIA 5座 41樓B室，麻煩預先向管理處預約貨用升降機，多謝！",
        ),
    ],
    [
        ("user", "我想轉張扣倉租嘅信用卡，舊張過咗期。"),
        (
            "assistant",
            "可以，請提供倉號、租客姓名同新卡資料。基於安全，建議你經我哋網上表格提交卡號。",
        ),
        (
            "user",
            "倉號 A1-058，租客周浩文，新卡 Visa 4377 4829 0163 5711，到期 11/30，CVV 我等陣打電話講。",
        ),
    ],
    [
        ("user", "你好，我喺深圳，想將香港屋企嘅嘢運上嚟，要準備咩文件？"),
        ("assistant", "一般需要收貨人證件副本、物品清單及香港起運地址。請問收貨人係邊位？"),
        (
            "user",
            "收貨人係我，梁志偉，回鄉證 H72845031，深圳手機 186 2473 9105，香港地址係 葵涌石蔭東邨 蔭興樓 1705。",
        ),
        ("assistant", "收到梁先生，我哋會準備報關清單，報價會以立方米計算，稍後發送。"),
    ],
    [
        ("user", "我要投訴你哋一個師傅，搬嘢嗰陣講粗口兼用腳踢我啲箱。"),
        ("assistant", "非常抱歉。請問訂單編號同搬運日期？你記唔記得師傅嘅名或者工作證號碼？"),
        (
            "user",
            "訂單 MV-2026-05901，12月1號。佢心口個牌寫住「鄭國樑」。我係客人 Wendy 尹穎詩，打 5902 4468 啦。",
        ),
        ("assistant", "收到尹小姐，我哋會即時調查鄭師傅嘅行為，並喺48小時內回覆你。"),
    ],
    [
        (
            "system",
            "Self-storage front desk assistant. Verify identity before reissuing access cards.",
        ),
        ("user", "hi i lost my access card for unit c1-019, can u issue a new one"),
        (
            "assistant",
            "Sure. Please give the licensee's full name and HKID number so we can verify you.",
        ),
        ("user", "tsui ka ho, P619384(A). mobile 9148 0536. i'll come pick it up sat morning"),
        (
            "assistant",
            "Verified, Mr Tsui. A replacement card (HK$50) will be ready at the counter on Saturday from 10:00.",
        ),
    ],
]
