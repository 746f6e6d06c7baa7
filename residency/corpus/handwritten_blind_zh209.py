# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh209: Hong Kong subdivided flats, rooming units and tenancy matters. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh209
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "building_notice"): _lines("""
        【住戶通告】本大廈將於12月14日（星期六）上午9時至下午5時暫停食水供應，以便更換3樓至8樓總喉，請各分間單位住戶預先儲水。管理處啟
        致各租客：由2027年1月起，電費按中電賬單實際用電度數攤分，每度收費以賬單總額除以總度數計算，不另加收任何行政費。業主啟
        分間單位租賃協議（範本）：業主姓名：＿＿＿＿　租客姓名：＿＿＿＿　單位地址：＿＿＿＿　每月租金：HK$＿＿＿＿　按金：＿＿個月
        提提大家：走廊唔可以擺放鞋櫃同雜物，消防處巡查發現阻塞走火通道可以罰款，多謝合作。
        後樓梯燈已報修，維修單號 MT-2026-11-0382，師傅預計星期三下晝嚟。
        公共廁所清潔時間：每日上午10時及晚上8時，清潔期間請勿使用，如有損壞請致電管理處熱線 2391 0000。
        本單位共分為6個房間，每房獨立電錶，總錶號碼見門口電錶箱；租客可隨時要求查閱原始賬單。
        屋宇署已就天台僭建物發出清拆令（編號 UBW/K/2026/0147），有關部分須於60日內清拆，期間各房租金不變。
        免責聲明：本通告僅供住戶參考，如與《業主與租客（綜合）條例》第IVA部有抵觸，一概以條例為準。
        【收租提示】每月租金請於1號至5號期間以轉數快轉賬至公司賬戶，備註請寫房號（例：A1、B3），唔使寫全名。
        水錶更換通知：水務署將於下星期為本大廈更換智能水錶，工程編號 WSD-SM-77812，期間可能停水約30分鐘。
        地下大閘密碼由下月1號起更改，新密碼會逐戶派信通知，請勿喺群組公開。
        颱風期間請關好窗戶，天台門會上鎖；如八號風球下單位入水，請即致電24小時緊急維修熱線 3158 2200。
    """),
    ("zh-Hant", "ngo_casework_stats"): _lines("""
        2026年第三季本中心共跟進劏房個案147宗，其中涉及按金糾紛38宗、水電濫收29宗、迫遷21宗。
        個案A：一家四口居於深水埗約90平方呎板間房，月租4,200元，已協助申請一次過生活津貼。
        受訪的312戶劏房住戶中，有61%表示單位無窗，人均居住面積中位數為5.8平方米。
        外展隊本月探訪油麻地、旺角、大角咀共28幢唐樓，派發防暑物資包450份。
        社工周會議程：一、上月個案轉介數字；二、租務管制新例講座安排；三、聖誕派米活動分工。
        個案B（長者獨居）：已轉介至地區康健中心，並協助填寫租金津貼申請表，跟進人：當值社工。
        中心熱線 2789 4000（星期一至五 上午9時至晚上7時），電郵 casework@kowloonwestcare.org.hk。
        統計顯示，簽訂租約時被要求繳付超過兩個月按金的個案，佔全部求助個案的14%。
        匿名問卷第7題：你現居單位的電費每度收費是多少？□ 1.5元以下 □ 1.5至2元 □ 2元以上 □ 不清楚
        本會與三間法律團體合辦「劏房租客權益」講座，名額80人，費用全免，歡迎致電中心報名。
        2025/26年度服務統計：輪候公屋家庭佔服務對象72%，平均輪候時間5.6年。
        個案摘要（已去識別化）：租客C於2026年8月遷出，業主以「牆身有釘孔」為由扣起全數按金8,000元，經調解後退回6,500元。
        義工招募：逢星期六下午協助長者整理租單及水電單，須先出席兩小時培訓。
    """),
    ("en", "rental_listing"): _lines("""
        Ref HKR-55120 | Sham Shui Po | Room 3 of 5, approx. 70 sq ft, own toilet, HK$3,800/mth incl. water, electricity by sub-meter.
        Just listed: Yau Ma Tei walk-up, 4/F, no lift, whole floor partitioned into 4 rooms, agency fee half a month. Call our office 2388 1200.
        Listing ID 7731-TKW: To Kwa Wan, near Sung Wong Toi MTR, 1 room with window, shared kitchen, HK$4,500, 2+2 year term as required under Part IVA.
        Studio in Jordan, 120 sq ft, HK$6,200, 2 months' deposit + 1 month in advance, no pets, viewings Sat 2-5 pm.
        Market note: average asking rent for subdivided units in Kwun Tong rose 3.2% quarter on quarter to HK$5,140 (agency data, Q3 2026).
        Bed-space available at a Portland Street bedspace apartment, HK$2,300 a month, lockers provided, licensed under Cap. 447 (licence no. BA/0731).
        Cubicle off Hennessy Road, Wan Chai, 60 sq ft, HK$3,300. Enquiries: leasing@wanchaihomes.com.hk
        Features: split-type aircon (2023), private shower, 1000M fibre broadband included, meter reading photo sent every month.
        Ad ID 20261203-0147 removed: listing breaches platform rule 4.2 (deposit exceeding two months' rent).
        Open viewing at the building lobby, 211 Fuk Wing Street, Sun 11:00 / 13:00 / 15:00. No appointment needed.
        Sino-Luck Property Agency Ltd, EAA company licence C-094812, 9/F Li Po Chun Chambers, Sheung Wan.
        Newly renovated rooms on Kwong Wah Street, 5 minutes from Kwong Wah Hospital; no agency fee for full-time students.
        Price drop! Room 2B Tai Kok Tsui, was HK$4,900 now HK$4,500, available 1 Jan 2027, ref TKT-2B-0415.
    """),
    ("zh-Hant", "agent_group_broadcast"): _lines("""
        【新盤】深水埗桂林街 唐樓4樓 套房 120呎 $5,800 有窗 獨立廁所 即住 📞辦公室 2720 3388
        各位租客朋友，今期中電電費每度$1.52，上期$1.48，詳細計算已貼喺大門口。
        租約到期前兩個月，業主要書面通知續租與否，呢個係新例規定，大家唔使擔心。
        有冇人知差估署嘅AR2表交咗之後要幾耐先有回覆？一般幾多個工作天？
        本公司佣金：租客半個月，業主半個月，簽約當日以支票或轉數快支付。
        葵芳站B出口行3分鐘 兩房改一房一廳 $8,200 包管理費 Ref#KF-0926
        星期日下晝3點 旺角 睇樓團，有興趣請回覆「+1」，每團最多6人。
        提提大家：唔好喺群組貼身份證或者銀行戶口，有需要請私訊公司客服 WhatsApp 5100 7788。
        🔔 今個月收租日改為3號，因為1號係公眾假期。
        呢個群組只限本公司租客，廣告一律刪除，屢勸不改會被移除。
        土瓜灣 鴻福街 劏房 $4,300 包水 電費按錶 ✅可養貓 ❌唔可以明火煮食
        請問冷氣漏水係業主定租客負責修理？租約冇寫清楚。
        新例之下，業主唔可以收多過實際水電費，有疑問可以去差估署網頁睇常見問題。
    """),
    ("mixed", "utility_submeter"): _lines("""
        總錶讀數 48213 → 49057（共 844 度），CLP bill HK$1,327.60，即每度 HK$1.573；Room A 分錶 212 度 = HK$333.48。
        Invoice INV-2026-1102-044 | 電費 HK$286.40 | 水費 HK$41.20 | 合計 HK$327.60 | Due 2026-11-15
        分錶型號 DDS-238 single phase 5(65)A, serial 202611-07781, 校正日期 2026-05-20。
        Water bill apportion: WSD 4-month bill 26 m³, 6 rooms by sub-meter: A 5.1, B 4.3, C 3.9, D 4.6, E 4.0, F 4.1 m³.
        FAQ：業主可唔可以收「電費行政費」？No — 按第IVA部只可以按實際開支攤分，唔可以附加任何費用。
        電費單上面個 Fuel Clause Charge 係咩？即係燃料調整費，本月每度 38.9 仙。
        Excel 公式：=ROUND(B2/$B$8*$C$10,2)，B 欄係各房分錶度數，C10 係總賬單金額。
        換錶記錄：Room C 舊錶讀數 03417 / 新錶讀數 00000，更換日期 2026-10-02 14:20，技工編號 T-58。
        冬季電費比夏季平均低 35%，主要因為冷氣用量減少（以本大廈 12 個單位計）。
        Smart meter export: meter_id=SM-4471-B, ts=2026-12-01T00:00:00+08:00, kwh_cum=10482.7, status=OK
        水電分錶收費表（適用於所有房間）：電 按中電賬單平均每度價；水 按水務署四期收費平均每立方米價；煤氣 不適用。
        Gas tariff notice: from Jan 2027 standard rate 26.1 cents/MJ；一個單頭爐每月平均約 HK$180。
        Sub-meter test report SMT-0912: 誤差 +0.8%，within ±2% tolerance，PASS。
    """),
    ("zh-Hant", "forum_howto"): _lines("""
        請問劏房租約係咪一定要簽兩年加兩年？可唔可以只租半年？
        搬走嗰陣業主話要扣清潔費，但租約冇寫，咁合唔合法？
        有冇人試過去小額錢債審裁處追按金？大概要排幾耐先有得聆訊？
        業主續約加租可以加幾多？聽講最多加一成，係咪真？
        【教學】點樣影相記錄單位現況：搬入同搬走各影一次，相片要有日期，牆角同冷氣機都要影。
        租約印花稅點計？一年租約係咪年租嘅0.25%？
        想問板間房同劏房有咩分別？係咪睇有冇獨立廁所同廚房？
        申請劏房租金津貼要準備咩文件？租單、入息證明同住址證明夠唔夠？
        有冇推介平啲嘅抽濕機？間房得80呎，濕到牆身發霉。
        隔籬房成晚煲劇好嘈，應該點同業主反映先唔會傷和氣？
        有冇人知深水埗邊度有免費法律諮詢？星期六有冇得去？
        簽約前應該check咩：業主係咪真業主（查冊）、有冇欠差餉、電錶係咪獨立、有冇僭建令。
        重溫《七十二家房客》，八姑收租嗰段，同而家啲劏房好似冇乜分別😂
    """),
    ("en", "policy_history_news"): _lines("""
        Part IVA of the Landlord and Tenant (Consolidation) Ordinance took effect in January 2022, introducing a two-plus-two-year tenure for regulated subdivided units.
        Under the regime, rent increases on renewal are capped at 10%, and deposits may not exceed two months' rent.
        After the Shek Kip Mei fire of Christmas 1953, the government under Governor Alexander Grantham launched the resettlement programme.
        Governor Murray MacLehose announced the Ten-Year Housing Programme in 1972, aiming to house 1.8 million people.
        LegCo Panel on Housing paper CB(1)1234/2026(03) discussed the registration timetable for basic housing units.
        The by-census estimated that about 220,000 people were living in subdivided units across the territory.
        The Bedspace Apartments Ordinance (Cap. 447) followed years of press coverage of the so-called cage homes.
        Press release: the Rating and Valuation Department received 1,842 notices of tenancy (Form AR2) in November 2026.
        The Chief Secretary chaired the task force on tackling inadequate housing, which met four times this year.
        Wong Kar-wai's Chungking Express is set partly in Chungking Mansions, whose guesthouses still let rooms by the night.
        Research brief: the median rent per square foot of subdivided units was HK$44, above that of many large private flats.
        Tung Wah Group of Hospitals and Pok Oi Hospital both operate transitional housing projects for families on the public rental waiting list.
        The Secretary for Housing told a radio programme that about 2,000 more transitional units would be completed by mid-2027.
    """),
    ("mixed", "system_log_config"): _lines("""
        [2026-12-03 09:14:22] INFO rent_reminder sent=42 failed=1 template=rent_due_zh_hk batch=RB-20261203
        tenancy_schema: {tenant_name: string, hkid_masked: string, room_no: string, monthly_rent: decimal, deposit_months: int}
        SELECT room_no, SUM(kwh) FROM submeter_readings WHERE period = '2026-11' GROUP BY room_no;
        Ticket #TKT-88213 狀態：已解決 | 類別：漏水 | 房號：B2 | 處理：維修組 | SLA 48h
        sha256(lease_template_v7.pdf) = 84b23458a6539a01899645dddcafa4c36298e7b34aa6334f224775461b3bb7c6
        release v2.4.1 — 新增「差估署 AR2 匯出」功能；修正分錶讀數小數位錯誤 (#412)
        def mask_hkid(v): return v[:4] + '***(*)'  # 只顯示頭四個字元
        cron: 0 9 1 * * python send_invoice.py --lang zh-HK --dry-run
        WARN meter_sync device=SM-4471-B offline since 2026-12-02T22:41:05+08:00 retry=3
        .env.example: SMTP_FROM=billing@tonglauhomes.hk FPS_PROXY_ID=<公司轉數快ID> TENANT_PORTAL_URL=https://portal.example.hk
        匯出報表：tenancies_2026Q4.csv（共 36 行，已移除姓名及聯絡資料）
        Webhook payload: {"event": "lease.renewed", "room": "C3", "term_months": 24, "rent_change_pct": 4.5}
        i18n key rent_overdue = "你嘅租金已逾期 {days} 日，請盡快繳交。" / en: "Your rent is {days} days overdue."
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        陳美玲（3樓B房）上個月開始拖租，佢話老公入咗醫院，想分兩期俾。
        業主林家強電話 6382 9157，有咩漏水直接搵佢，唔好再搵中介。
        租客身份證號碼：K482913(1)，姓名：黃子軒，入住日期：2026年9月1日，房號：A2。
        社工紀錄：何婆婆（福華街唐樓5樓C房）患認知障礙症，獨居，個仔一年冇嚟探過佢。
        轉數快轉賬記錄：收款人 CHEUNG WING SZE，銀行戶口 024-583-917264-001，金額 $4,600，備註 11月租。
        梁志明喺單位入面跌親，腳骨裂咗，佢個女話要搵業主賠醫藥費。
        新租客資料：鄭嘉欣，電郵 kayan.cheng1998@gmail.com，手機 9417 2308，喺茶餐廳做樓面。
        阿芬話佢前夫成日半夜嚟拍門，想問業主可唔可以幫佢換鎖同報警。
        地址：九龍深水埗北河街118號4樓D室，租客：蘇國華先生，按金收據編號 DR-0392。
        蔡太講佢老公失業咗三個月，今個月租可能要遲兩個禮拜先交到。
        個案編號 SW-2026-0871：受助人馮偉雄，綜援個案，欠租三個月共 $12,900，業主已發律師信。
        周生，我係5樓A房嘅阿玲，我間房部冷氣又壞咗，麻煩你覆我 5628 4091。
        車位租客車牌 VK 3815，車主譚先生，月租 $2,800，請管理處登記。
        關小姐嘅按金 $9,000 已於12月2日退返佢個匯豐戶口，扣咗 $350 清潔費。
        內地租客資料：劉曉東，居民身份證 440305199104172837，持工作簽證來港，租住元朗同益街劏房。
        麥伯伯今朝喺房入面暈低，已經送咗去明愛醫院，佢冇屋企人，社工跟緊。
        我係2號房租客何志遠，業主無故扣起我全數按金 $8,400，我想投訴。
        住戶資料更新：葉秀英　身份證 Y305718(4)　緊急聯絡人：女兒葉嘉敏 6190 3374
        阿強同佢女朋友成日喺房嗌交，隔籬房阿May話聽到有打人聲，唔知點處理好。
        請轉告莊太：佢個仔莊俊傑DSE考到28分，學校將成績通知寄咗去舊地址。
        袁少芳嘅醫生紙寫明佢有嚴重哮喘，醫生建議佢唔好再住冇窗嘅房。
        業主鄧家豪，身份證 Z938452(A)，物業：旺角砵蘭街一幢唐樓3樓全層，分租6房。
    """),
    "en": _lines("""
        Tenant Rizal bin Hamzah (Room 4) wants to move out early because his construction contract has ended; please refund his HK$3,000 deposit.
        The landlord's email is raymond.chow.lets@outlook.com, reply to him there and not through the agency.
        Please debit the rent monthly from card 4532 0188 7340 6152, exp 08/29, cardholder SIU KA YAN.
        Maria Luisa Santos stays in a boarding room in Mong Kok on her rest days; her employer Mrs Leung does not know about it.
        Reference: Mr Kwok Tsz-lung has paid his rent on time for 3 years at Flat C, 6/F, 27 Fuk Wa Street, Sham Shui Po.
        Mdm Ong from Room B5 told the social worker she has stage 2 breast cancer and can no longer climb the stairs.
        Suresh s/o Rajendran, HKID R671204(4), works as a night security guard and is applying for the subsidised room.
        New tenant contact: Priya d/o Muniandy, +852 6743 1185, moving in on 15 Dec.
        Lease signatory Anthony de Souza, HKSAR passport K09482716, rents Room 1 for his elderly mother.
        Ahmad Faiz bin Osman, MyKad 970815-10-5283, a Malaysian student at PolyU, is sharing a room in Hung Hom.
        Tenant Tan Wei Ling, NRIC S8834217H, is relocating from Singapore and asks for a 6-month lease.
        Jenny in 2A says her boyfriend Marco moved in without telling us, and she is three weeks behind on rent.
        Lau Ka-fai keeps posting videos from inside room 3C on his personal IG @ah_fai_lives_in_a_box.
        Mr Ip Chun-wah earns only HK$11,500 a month, so the agency said he would not pass the income check.
    """),
    "mixed": _lines("""
        租客 Chan Siu-ming 嘅 Telegram 係 @csm_ssp2026，有嘢直接 DM 佢。
        Hi 馮太，你個仔 Ethan 喺走廊玩打爛咗消防喉箱玻璃，維修費 $680 要由你負責。
        付款記錄：Payer TSANG HOI YAN | PayMe @hoiyan_t | HK$5,200 | 2026-11-01 20:13
        台灣租客林怡君 Taiwan ID F228347611，交流生，租期 2027年1月至6月。
        Case note：client 吳淑儀 (Ms Ng) 有抑鬱症病史，最近因為迫遷壓力失眠，已轉介 IMHC。
        Emergency contact form → Name: Yip Man-kit / Tel: 5912 6640 / Relation: brother / Room D1
        WeChat ID: liuxd_1991 ← A3房劉生淨係用 WeChat，打電話佢唔聽。
        租單：Received from POON Yuk-lan the sum of HK$4,800 being rent for Room 2B, Dec 2026, cheque no. 004817。
        阿Ken哥話佢欠咗財仔三萬幾，啲收數佬可能會上嚟大廈搵佢。
        Tenant list row: B3, SIN Wai-keung, M150736(8), rent $4,100, deposit $8,200, lease end 2028-08-31
        Nurul Aisyah binti Kamal, helper, email nurul.aisyah.k@yahoo.com，想租星期日用嘅 weekend bedspace。
        車牌 EP 2217 嘅 Alphard（車主 Mr Cheng）又霸咗卸貨區，管理處已經貼咗告示。
        張生 (Room A1) 嘅內地手機 +86 138 2746 5193，佢星期一至五喺深圳返工。
        Jason 仔同佢阿媽住 Room C2，上個禮拜學校社工話佢有自殘傾向。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一個協助香港劏房租客了解租務管制的助手，請用廣東話回答。"),
        (
            "user",
            "我叫陳嘉豪，住大角咀一間劏房，搬走之後業主扣晒我 $9,600 按金，話我整污糟牆身，點算？",
        ),
        (
            "assistant",
            "陳先生，你可以先以書面要求業主列明扣款項目同單據；如果佢拒絕，可以考慮向小額錢債審裁處申索。你手頭有冇搬入同搬走時嘅相片？",
        ),
        ("user", "有相。業主叫我打去佢手機 9273 6418 傾，但我想留低書面記錄。"),
        ("assistant", "建議你用 WhatsApp 或信件同佢溝通，保留對話記錄，唔好淨係電話傾。"),
    ],
    [
        ("system", "You help small landlords draft polite tenant messages."),
        (
            "user",
            "Draft a WhatsApp reminder to my tenant Mrs Lo Siu-fong in Room 5. She is two months behind, HK$8,600 in total. Her number is 6028 7143.",
        ),
        (
            "assistant",
            "Dear Mrs Lo, this is a gentle reminder that the rent for October and November (HK$8,600 in total) is still outstanding. Please let me know when you can settle it, or if you would like to discuss a payment plan.",
        ),
        ("user", "Make it a bit firmer and mention the deadline of 20 December."),
    ],
    [
        ("system", "你是社福機構的文書助理，負責整理個案紀錄。"),
        (
            "user",
            "幫我整理：區婆婆，82歲，身份證 P824061(6)，獨居深水埗汝州街劏房，有高血壓同糖尿病，上星期喺廁所跌倒。",
        ),
        (
            "assistant",
            "個案摘要：區婆婆（82歲）獨居深水埗分間單位，患高血壓及糖尿病，上星期於廁所跌倒。建議跟進：安排家居安全評估、申請平安鐘服務。",
        ),
        ("user", "加多句：佢個女喺加拿大，唔肯幫手交租。"),
    ],
    [
        ("system", "You translate tenancy documents between Chinese and English."),
        (
            "user",
            "Translate for my tenant: 租客 Nguyen Thi Hoa（越南護照 C4817290）同意每月租金 $3,900，按金兩個月。",
        ),
        (
            "assistant",
            "The tenant, Nguyen Thi Hoa (Vietnamese passport C4817290), agrees to a monthly rent of HK$3,900 and a deposit of two months' rent.",
        ),
        (
            "user",
            "Thanks. Also add that she works night shifts at a restaurant so quiet hours don't apply to her.",
        ),
    ],
    [
        ("system", "你是一個幫業主計算水電分錶費用嘅助手。"),
        (
            "user",
            "今期總電費 $1,240，共800度。A房 張國榮 用咗 210 度，B房 李秀珍 用咗 185 度，幫我計吓每人要俾幾多？",
        ),
        ("assistant", "每度平均 $1.55。A房 210 度 = $325.50；B房 185 度 = $286.75。"),
        ("user", "李秀珍話佢份糧遲出，想下個月先俾，我應唔應該收佢利息？"),
        (
            "assistant",
            "根據第IVA部，業主只可以收取實際水電費，唔應該另加利息或手續費；可以同租客書面協議延遲付款日期。",
        ),
    ],
    [
        ("system", "You are an assistant for a tenant rights hotline."),
        (
            "user",
            "My neighbour in Room 3, a man called Ah Fai (Cheung Chi-fai), keeps smoking something strange and the whole corridor smells. I think he is using drugs.",
        ),
        (
            "assistant",
            "If you believe there is illegal drug use, you can report it to the police. For the smell and safety of shared areas, you can also raise it with the landlord or building management in writing.",
        ),
        (
            "user",
            "I'm worried he'll know it was me. My name is Yuen Ka-wai and I'm in Room 4, right next door.",
        ),
    ],
    [
        ("system", "你幫用戶填寫差餉物業估價署 AR2 表格。"),
        (
            "user",
            "租客姓名 WONG Mei-ling，身份證 XA209375(5)，單位：觀塘協和街某號7樓E房，租期2026年12月1日起兩年。",
        ),
        (
            "assistant",
            "已填：第二部 租客資料 — 姓名 WONG Mei-ling、身份證號碼 XA209375(5)；第三部 租期 2026年12月1日至2028年11月30日。請核對單位地址是否與差餉單一致。",
        ),
        ("user", "租金每月 $5,300，按金 $10,600，佢聯絡電話 6831 2057。"),
    ],
    [
        ("system", "You write short letters for tenants."),
        (
            "user",
            "Write a letter to the landlord saying I need to terminate early. I'm Mohd Hafiz bin Yusof, MyKad 880214-14-6391, Room 2C, my company is moving me back to KL.",
        ),
        (
            "assistant",
            "Dear Landlord, I am writing to give notice that I wish to terminate my tenancy of Room 2C early, as my employer is relocating me to Kuala Lumpur. I propose a move-out date one month from today. Yours faithfully, Mohd Hafiz bin Yusof.",
        ),
        ("user", "Please take out the MyKad number, he doesn't need it."),
    ],
    [
        ("system", "你是一個協助市民申請劏房租金津貼的助手。"),
        (
            "user",
            "我係羅偉明，一家三口住紅磡寶其利街一間劏房，我月入 $14,800，老婆冇返工，個女讀小三，想申請租金津貼。",
        ),
        (
            "assistant",
            "根據你提供的資料，住戶人數3人，每月入息 $14,800。請準備租約、最近三個月租單、入息證明，以及全家人的身份證明文件。",
        ),
        ("user", "我老婆之前中過風，行動唔方便，可唔可以優先處理？"),
    ],
    [
        (
            "system",
            "You help a property agency reply to enquiries. Do not reveal other tenants' details.",
        ),
        ("user", "Hi, I'm viewing Room 6 tomorrow. Who lives next door?"),
        (
            "assistant",
            "Sorry, we can't share information about other tenants. I can tell you the room size, rent and facilities.",
        ),
        (
            "user",
            "Fine. Please confirm my booking: Grace Kwan, 5507 3924, grace.kwan.hk@gmail.com, viewing at 3 pm.",
        ),
        (
            "assistant",
            "Booking confirmed for 3 pm tomorrow. Our agent will meet you at the ground-floor lobby.",
        ),
    ],
]
