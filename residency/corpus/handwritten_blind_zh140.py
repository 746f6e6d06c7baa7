# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh140: Hong Kong wet markets and cooked food centres (stall tenancy, licences, hygiene complaints, FEHD inspections, stallholder groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "街市政策通告"): _lines("""
        食環署轄下公眾街市檔位以公開競投方式出租，競投底價按檔位面積及所在街市的市值租金釐定，成功投得者須簽署三年期租約。
        根據《公眾衞生及市政條例》（第132章），任何人在街市檔位內售賣冰鮮肉類，須持有由食環署簽發的相關許可證。
        通告：由2027年1月1日起，熟食中心各檔位須於每日營業結束後清理隔油池，未按規定清理者將被記錄違規一次。
        檔位租戶如欲將檔位轉讓予直系親屬，須於租約期內向所屬分區環境衞生辦事處提交申請，並附上關係證明文件副本。
        街市檔位租約訂明，租戶須親身或由已登記助手經營檔位，不得將檔位分租或借予他人使用；違者食環署可終止租約。
        食環署提醒：熟食中心內的公共座位屬共用範圍，檔主不得以膠凳、紙皮或雜物霸佔，以免阻礙通道及走火通道。
        空置檔位招租：北區一個公眾街市現有6個乾貨檔位及2個蔬菜檔位招租，競投日期為2027年2月15日上午10時，詳情請瀏覽食環署網頁。
        街市檔位月租須於每月7日前繳交，逾期繳交須繳付附加費；連續兩個月拖欠租金，署方可發出終止租約通知書。
        2026/27年度公眾街市租金凍結措施延續一年，租戶毋須另行申請，調整將自動反映於租金繳款單上。
        持牌食物業處所違例記分制：12個月內累積記分達15分或以上，牌照會被暫時吊銷7天；再犯者吊銷期延長至14天。
        熟食中心檔位冷氣費及管理費按樓面面積攤分，每年四月檢討一次，租戶可於檢討後30天內提出書面意見。
        因應街市現代化計劃，部分街市將分階段進行翻新，工程期間受影響檔位須暫遷至臨時街市，署方會另函通知有關租戶。
        食環署重申，活家禽零售檔位須每日進行清洗及消毒，並於晚上8時前清空所有存貨，不得留宿活家禽。
        街市檔位只可經營租約上列明的核准行業，如欲更改行業（例如由乾貨改為雜貨），須先向食環署提出申請並獲書面批准。
    """),
    ("zh-Hant", "檔主群組訊息"): _lines("""
        各位檔主早晨，食環署今朝九點會嚟巡，記得將啲貨收返入檔位黃線入面，唔好擺出通道呀🙏
        今晚十點後街市熄總掣維修電箱，雪櫃有貨嘅記得搵定後備電源或者早啲搬走
        聽講下個月開始加管理費，有冇人知加幾多？定係又係張通告貼出嚟就算？
        一樓廁所又塞咗，我已經打咗1823報咗，佢哋話三個工作天內會派人嚟睇
        提提大家，八號風球一掛街市即刻關門，返工前留意天文台公布，唔好白行一趟
        有冇人知新鮮糧食店牌照續期而家要幾耐批？上次等咗成個月先收到信
        魚檔嗰邊地下好滑，大家行過小心啲，管理處話聽日會嚟鋪防滑膠墊
        食環署派咗新嘅垃圾分類指引，紙皮同發泡膠箱要分開擺，唔好再塞落綠色大垃圾桶
        熟食中心三樓D區嘅抽氣扇壞咗兩個禮拜，我哋嘅聯署信已經交咗去分區辦事處
        下星期二全街市滅蟲，大家收檔前將食物全部收好入雪櫃或者膠箱密封
        請問邊度可以買到合食環署要求嘅有蓋垃圾桶？上次巡查話我哋個桶冇蓋要改
        今日魚價參考：鯇魚$38/斤，紅衫$68/斤，老虎斑$128/斤，大家自己衡量
        管理處通知：上落貨區由早上6時至10時開放，其餘時間禁止停泊貨車，違者會被抄牌
        聯署反對街市加租嘅簽名表放咗喺管理處，有興趣嘅檔主可以過去簽，截止日係月尾
        今年農曆新年營業時間：年三十做到晚上8點，年初一至初三休息，初四照常開檔
        群組規則：只准討論街市事務，唔好發廣告，唔好貼其他人嘅電話同身份證資料，違者踢出群
    """),
    ("zh-Hant", "投訴及回覆範本"): _lines("""
        閣下於{日期}經1823提出有關{街市名稱}衞生情況的投訴（個案編號：{個案編號}）已轉交本署跟進，本署將於10個工作天內回覆。
        【回覆範本】多謝你嘅意見。我哋已安排衞生督察於＿＿月＿＿日到場巡查，如發現違規情況會按法例採取執法行動。
        投訴表格｜投訴人姓名：＿＿＿＿｜聯絡電話：＿＿＿＿｜被投訴檔位編號：＿＿＿＿｜投訴內容：＿＿＿＿
        個案編號 3-8204516937 已完成處理：衞生督察於2026年11月3日到場，未有發現鼠患跡象，個案已結束。
        1823 Ref: 2-5517390284｜類別：街市衞生｜狀態：已轉介食環署｜預計回覆：10個工作天
        致檔主：本署接獲投訴指貴檔位於{日期}將貨物擺放於通道，現予書面警告。如再發現同類情況，本署將採取進一步行動。
        警告信編號 FEHD/MKT/W/2026/0418｜違規事項：阻街（超出檔位範圍擺放貨物）｜處理方式：首次書面警告
        如對本署處理投訴的方式不滿，可於收到回覆後30天內向申訴專員公署提出，電話2629 0555。
        自動回覆：你嘅投訴已收到，編號為 CMP-2026-118734。請保留此編號以便查詢進度，多謝合作。
        範本：本人＿＿＿＿（香港身份證號碼：＿＿＿＿＿＿(＿)）為＿＿街市＿＿號檔位持租人，現申請暫停營業＿＿個月。
        食環署回覆（節錄）：經調查後，有關熟食檔位的排煙系統符合規定，油煙問題主要源於鄰近私人食肆，已轉介環境保護署跟進。
        投訴跟進表｜個案：3-7719046253｜巡查日期：2026-11-18 14:30｜結果：發現積水兩處，已即場勸喻管理處清理
    """),
    ("en", "FEHD notices and tenders"): _lines("""
        Tender Notice No. FEHD/MKT/T/2026/37: Open auction of 14 vacant stalls at public markets in Kowloon City District. Upset prices are listed in Annex A.
        Tenants of public market stalls are reminded that rent must be paid by the 7th day of each month. Late payment will incur a surcharge.
        For enquiries about market stall tenancies, please call the FEHD hotline at 2868 0000 or use the 1823 online enquiry form.
        A Restricted Food Permit is required for the sale of items such as sashimi, sushi, cut fruit, and oysters to be eaten raw.
        Under the Demerit Points System, a licensee who accumulates 15 or more demerit points within 12 months will have the licence suspended for 7 days.
        Notice: The cooked food centre on Level 2 will be closed from 10 to 14 March 2027 for kitchen exhaust duct cleaning. All stalls will be affected.
        Licence ref. FSL-4021-88371 | Status: Renewed | Valid until 31/12/2027 | Premises type: Fresh Provision Shop
        Inspection checklist: (1) hand-wash basin with running water; (2) refuse bin with a lid; (3) food stored off the floor; (4) no sign of rodents or cockroaches.
        Stall A-17 is vacant following the expiry of the tenancy and will be included in the next open auction round.
        Market management office hours: Mon-Sat 8:00 am to 5:00 pm; closed on Sundays and public holidays. Office tel: 2574 1190.
        Applications for a change of approved trade must be submitted to the District Environmental Hygiene Office at least 14 days in advance.
        The tender box at the District Environmental Hygiene Office closes at 12:00 noon on 20 January 2027. Late tenders will not be accepted.
        Invoice INV-MKT-2026-07731 | Stall rent Nov 2026 | HK$3,480.00 | Due 07/11/2026 | Pay by cheque, PPS or at any District Office
        Reminder to all cooked food stall operators: a certified Hygiene Manager or Hygiene Supervisor must be nominated for each licensed premises.
    """),
    ("mixed", "問答及討論區"): _lines("""
        想問下公眾街市檔位點樣投？係咪要有HKID同埋身家審查？定係價高者得？
        熟食中心開大牌檔要申請 general restaurant licence 定係 light refreshment restaurant licence？有冇人識分？
        新鮮糧食店牌照 (Fresh Provision Shop Licence) 一般要幾耐先批到？要唔要裝修完先入申請？
        請問街市檔位可唔可以請人幫手睇檔？好似話個助手要先登記喎，要帶咩文件？
        有冇人試過 appeal 食環署嘅扣分？Municipal Services Appeals Board 係咪一定要請律師？
        Is it legal to sell cut fruit at a wet market stall without a restricted food permit? I keep seeing it everywhere.
        做 cooked food stall 要唔要有 Hygiene Manager 證書？定係 Hygiene Supervisor 就夠？
        點樣查街市空置檔位？FEHD 網頁好難搵，有冇 direct link 或者 app 可以 set alert？
        隔籬街市檔好臭，打1823投訴會唔會泄露我資料俾檔主知？有冇人試過？
        Any tips for passing the FEHD inspection? 我個檔下星期第一次被巡，好驚會俾人扣分。
        街市租約三年到期之後可唔可以直接續？定係要重新競投？
        想開個素食熟食檔，請問 Food Hygiene Manager course 喺邊度讀？VTC 定 HKU SPACE 好啲？
        街市雪櫃溫度要幾多度先合規？冷藏 0-4°C，冷凍 -18°C 以下，咁講啱唔啱？
        有冇人知流動小販牌照仲可唔可以轉名？聽講而家已經凍結咗唔再發新牌
    """),
    ("zh-Hant", "統計及巡查摘要"): _lines("""
        2026年第三季公眾街市巡查摘要：巡查次數4,812次，發出警告信163封，提出檢控27宗，主要涉及阻街及無牌售賣限制食物。
        本區街市空置率由去年的14.2%下降至11.8%，主要由於上半年兩輪公開競投共租出38個檔位。
        熟食中心油煙投訴按月統計：1月32宗、2月28宗、3月41宗、4月37宗，3月高峰與回南天濕氣有關。
        街市範圍鼠患參考指數：2026年秋季為3.1%，低於10%的警戒水平。
        本季共接獲街市相關投訴1,284宗，其中衞生欠佳佔41%，阻街佔27%，噪音佔9%，其餘為價格及秤重爭議。
        巡查紀錄表（匿名樣本）｜檔位類別：鮮魚｜違規項目：未有遮蓋食物｜處理：口頭勸喻｜跟進日期：2026-11-20
        檢控結果統計：阻街罪成平均罰款港幣1,500元；無牌經營食物業平均罰款港幣4,000元。
        新鮮糧食店牌照申請審批時間：2026年平均為43個工作天，較2025年縮短6天。
        街市檔主意見調查（樣本數512）：67%受訪者支持延長營業時間，22%反對，11%無意見。
        熟食中心檔位平均月租約為乾貨檔的1.35倍，空置超過12個月的檔位共19個，集中於新界西。
    """),
    ("en", "code and config"): _lines("""
        CREATE TABLE stall_tenancy (stall_no VARCHAR(8), market_code CHAR(4), trade VARCHAR(32), monthly_rent NUMERIC(10,2), tenancy_start DATE, tenancy_end DATE);
        {"market_code": "KLC1", "stall_no": "F-023", "trade": "fresh fish", "status": "vacant", "upset_price_hkd": 2650}
        inspection_rules.yaml: demerit_threshold: 15 | window_days: 365 | suspension_days: [7, 14] | cancel_after: 3
        def rent_due(stall): return stall.monthly_rent * (1.05 if stall.days_late > 0 else 1.0)
        SELECT market_code, COUNT(*) AS complaints FROM cmp_1823 WHERE category = 'hygiene' AND created_at >= '2026-01-01' GROUP BY market_code;
        PII_FIELDS = ["tenant_name", "hkid", "mobile", "corr_address"]  # masked before export to the analytics bucket
        stall_id,market,trade,area_m2,rent_hkd / F-011,TKM,frozen meat,4.2,2980 / F-012,TKM,vegetables,3.8,2410
        git tag market-inspector-app-v3.12.0 && docker build -t fehd-mkt/inspector:3.12.0 .
    """),
    ("zh-Hant", "新聞及歷史"): _lines("""
        環境及生態局局長謝展寰今日巡視區內公眾街市，表示政府會繼續推動街市現代化，改善通風及無障礙設施。
        1999年底兩個臨時市政局解散，翌年一月一日起食物環境衞生署成立，接手管理全港公眾街市及熟食中心。
        中環街市建於1939年，屬包浩斯風格建築，經活化後於2021年重新開放。
        灣仔街市舊址建於1937年，其包浩斯風格外牆在重建時獲得保留。
        立法會食物安全及環境衞生事務委員會今日討論街市租金政策，多名議員要求延長租金寬減措施。
        新聞：食環署在年宵期間加強巡查，兩日內共檢控12名無牌小販，檢獲貨物約300公斤。
        電影《歲月神偷》拍攝永利街的街坊生活，令不少觀眾懷念舊式街市與小販文化。
        飲食作家蔡瀾曾多次撰文推介香港街市熟食中心的平民美食，令部分熟食檔成為遊客熱點。
        上世紀七十年代，政府將大量街頭熟食小販遷入新建的市政大廈熟食中心，以改善環境衞生。
        北河街街市位於深水埗，樓上設有熟食中心，是區內街坊買餸及食早餐的熱門地點。
    """),
    ("zh-Hans", "供应商及内地通告"): _lines("""
        供港活猪须来自已备案的养殖场，经检验检疫合格后方可运港，由香港上水屠房负责接收。
        供港蔬菜须来自已备案的种植基地，每批货物须附有检验检疫证书。
        订单编号 SZ20261128-00417：冰鲜鸡 200 箱，送至长沙湾批发市场，预计 11 月 29 日凌晨到货。
        我们是深圳一家冻肉供应商，想了解香港街市冻肉档进货需要哪些许可证？
        物流单号 SF1402938847561，货物状态：已到达落马洲口岸，等待清关。
        香港街市档位一般收港币现金或八达通，近年部分档口已接受微信支付和支付宝。
        发票号码 44031926110018273，金额 ￥12,800.00，品名：冰鲜海鱼，开票单位：某水产贸易有限公司。
        温馨提示：港澳地区冷链运输须全程保持零下18度以下，货车须安装温度记录仪。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        租約申請表｜申請人姓名：陳志強 CHAN CHI KEUNG｜香港身份證號碼：K809071(8)｜聯絡電話：6382 1749｜申請檔位：大埔墟街市 F-112 鮮魚
        各位檔主，B23號檔嘅黃美玲姐上星期入咗伊利沙伯醫院做手術，呢排由佢個仔幫手睇檔，大家幫手照應下🙏
        投訴內容：熟食中心12號檔大廚林國輝成日喺廚房食煙，煙頭掉落地，我已經影咗相存證。
        巡查紀錄：持牌人 LEUNG WAI MAN（HKID Y914038(5)），處所：紅磡街市熟食中心 8 號，違規：未有委任衞生經理，記分 5 分。
        催繳通知：致何桂芳女士，閣下租用之檔位2026年10月及11月租金合共$6,960仍未繳交，請於14天內清繳，否則本署將終止租約。
        燒味檔張伯架貨車 RM 7716 又泊咗喺上落貨區擋住晒，邊個有佢電話叫佢移一移？
        助手登記表｜持租人：吳家豪｜助手姓名：周麗娟｜助手身份證：R099627(A)｜關係：配偶｜登記檔位：荃灣街市 D-07
        轉讓申請：本人李錦添（身份證 P031663(A)）現申請將油麻地街市 C-08 肉檔轉讓予兒子李浩然，因本人年屆七十八，患柏金遜症，無法繼續經營。
        1823 投訴｜投訴人：鄧小姐｜電話：9471 2263｜住址：九龍城衙前圍道 88 號 5 樓 B 室｜內容：街市垃圾站臭味攻鼻，晚上有老鼠出沒
        約見通知：羅偉強先生，就閣下於11月5日在長沙灣熟食中心與另一檔主發生爭執一事，請於12月9日上午10時到分區辦事處會面。
        月尾收租嘅記住，何生話轉數去佢恒生戶口 381-729104-882（何志文），唔好再過去收現金
        送貨單｜收貨人：阿輝（鄧國輝）｜地址：屯門新墟街市 1 樓 22 號檔｜電話：5628 0394｜貨品：凍雞翼 3 箱
        檢控通知：被告人 WONG SIU FONG（HKID: E767345(4)）於2026年9月14日在北河街街市門外無牌售賣切開生果，違反《食物業規例》。
        賣菜嘅蘇婆婆（蘇桂英）住彩虹邨金華樓 1415 室，日日喺街市門口擺地攤，黃 sir 話下次再見到就要票控
        終止租約通知：致朱家駿先生（觀塘街市 D-45 凍肉檔），因閣下於12個月內兩度將檔位分租予他人，本署決定終止租約。
        暫停營業申請：檔主鄺秀蘭因要照顧中風嘅丈夫，申請由2027年1月至3月暫停營業三個月，附上醫生證明書。
        @阿芬 你新號碼係咪 6247 9931？我加返你入群做管理員先，雞檔容嫂話搵你搵唔到
        熟食檔人工表：廚師 蔡志明 月薪$23,000｜樓面 鍾美華 月薪$16,500｜洗碗 黎炳 月薪$12,000（十一月份）
        衞生經理證書紀錄｜姓名：TSANG KA YAN｜證書號碼：FHM-2026-03381｜出生日期：1991-04-17｜受聘處所：牛頭角熟食中心 3 號
        競投結果：土瓜灣街市 E-19 蔬菜檔由霍振邦以月租$4,120投得，租約由2027年1月1日起生效。
        B區豬肉檔個伙記細佬成日講粗口，我問咗，原來佢叫容俊傑，18歲，仲讀緊夜校，老闆係佢舅父
        雞檔強哥（余志強）上個禮拜收檔時俾人偷咗$8,000現金，報咗警，佢話之後唔敢再留錢喺檔
        繳費紀錄｜付款人：甘麗嫦｜信用卡：4557 0139 3674 0887｜金額：HK$3,480｜用途：11月檔租
        乾貨檔歐陽德伯伯今年86歲，獨居喺深水埗，近排成日唔記得收檔，社工已經幫佢轉介咗長者中心
        食物中毒投訴：投訴人梁詠詩（電話 9036 4418）稱於11月20日在熟食中心15號檔進食後腹瀉，曾到瑪嘉烈醫院急症室求診。
        僱員資料｜姓名：鄭曉燕｜內地居民身份證：445102197901053182｜持單程證來港｜職位：燒臘檔助手｜入職日期：2026-08-01
        參觀登記：林怡君（台灣身分證 A232112274），美食部落客，12月14日參觀九龍城街市熟食中心，隨行攝影一人。
        小販隊紀錄：CHEUNG MEI LING（HKID C757459(0)）於街市入口擺賣粟米，第三次被檢控，已沒收手推車一架。
        我係 C 區魚檔鄧太（鄧慧珊），身份證 G019082(8)，想問我個租約到期可唔可以轉俾個女繼續做？
    """),
    "zh-Hans": _lines("""
        老乡，我表哥刘建国在香港街市卖水果，他内地身份证是440104198603126518，帮他问下续牌要准备什么材料
        供货合同补充：乙方联系人黄文杰，手机 138 2746 5190，微信 hwj_market88，每周二、五送货到荃湾街市
        王秀英（身份证号 441302198809300509）自2026年10月起在长沙湾熟食中心担任厨房帮工，月薪港币14,000元。
        许丽萍，往来港澳通行证 C48291735，身份证 350203199504179149，下周来港帮姐姐看水果档，住北角亲戚家
        林晓婷你好，你上次投诉的那个鱼档我们已经处理了，退款会转到你微信 lxt_0828，有问题打我手机 159 1382 6740
    """),
    "en": _lines("""
        Stall tenancy renewal | Tenant: MR. NG KWOK WAH | HKID: M055715(9) | Stall: Wan Chai Market 2/F C-14 | Tel: 9185 3306
        Complaint log C-88213: caller Ms Rosalind Fernandes (tel 5173 2290) says the roast meat stall downstairs leaves grease in the drain every night.
        Hi, this is Daniel Hutchins from the organic veg stall on 1/F. My wife is due in January, so I'd like to apply for a two-month suspension of business.
        Card on file for stall rent: Priya d/o Ramasamy, Mastercard 5424 1866 3707 8225, exp 08/29
        Weekend roster: Rajesh Kumar s/o Balakrishnan (registered helper, HKID D712429(6)) covers Sat-Sun, 6 am to 2 pm.
        Licence application - Applicant: Benjamin Xavier Remedios; Correspondence address: Flat 12C, Block 3, Kornhill, Quarry Bay; Mobile: 6530 8847
        Inspector note: Mrs Lau Yuk Lan, the fishmonger at stall 31 with the walking stick, was again seen tipping ice water into the storm drain.
        Study tour registration: Tan Wei Ling, NRIC S8834127I, hawker at a Singapore food centre, joining the 12 Dec visit to Hong Kong cooked food centres.
        Kitchen helper applicant: Muhammad Faiz bin Rosli, MyKad 880614-14-5273, 5 years as a wok cook in Kuala Lumpur, expected salary HK$15,000.
    """),
    "mixed": _lines("""
        小販隊 remark：無牌小販 HO YEE MAN，HKID H237295(0)，喺街市門口賣臘味，已 issue summons，下堂 12/1 喺九龍城裁判法院。
        喂 Kelvin，同 Joyce Yip 講聲佢個 stall rent 我幫佢 transfer 咗，FPS 6915 7782 係佢本人個 number，佢還返我就得
        Cooked food stall handover｜outgoing tenant：譚子良 Tam Tsz Leung，tel +852 9308 1264｜deposit refund a/c：BOC 012-874-1-029361-5
        Hi 陳太，你申請嘅 restricted food permit (sashimi) 已經批咗，permit holder: CHAN LAI KUEN，correspondence address: 將軍澳寶琳路 18 號 2 座 1903 室
        有個叫 Jessica Lo 嘅 IG user @jesslo.eats 寫咗篇 post 話我哋熟食檔隻雞唔熟，我想搵律師告佢
        Assistant registration｜Stallholder：NG SAU CHING（HKID S015785(8)）｜helper：her son NG HO YIN，F.5 student，weekends only
        Refund req｜customer 朱先生 paid by JCB 3568 9882 8614 7230 for 年菜 order，但個盆菜爛咗，要全數退款
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "幫我寫封投訴信俾食環署，我樓下街市啲魚檔晚晚倒冰水落坑渠，成條街都腥臭。"),
        (
            "assistant",
            "可以。請提供投訴人姓名、聯絡方法、地址，以及問題發生的時間和地點，我幫你整理成正式信件。",
        ),
        (
            "user",
            "我叫馮嘉琪，電話 5940 2216，住大角咀福全街 33 號 7 樓 A 室，通常夜晚十點後最嚴重。",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for stallholders of public markets in Hong Kong. Answer in Cantonese when the user writes in Chinese.",
        ),
        ("user", "我欠咗三個月檔租，每個月$2,980，仲有附加費，總共要還幾多？"),
        (
            "assistant",
            "三個月租金合共$8,940。附加費視乎逾期日數計算，建議你向分區辦事處查詢確實金額。",
        ),
        (
            "user",
            "好，咁幫我填張分期還款申請，持租人伍振華，身份證 V557544(3)，檔位係元朗街市 B-32。",
        ),
    ],
    [
        ("user", "Can you summarise this from our stall owners' WhatsApp group for the minutes?"),
        (
            "user",
            "「Mandy：梁錦濤今朝喺檔口暈低咗，白車送咗去屯門醫院，醫生話係輕微中風 / 阿May：佢個檔這幾日我哋輪流幫手睇 / Mandy：佢老婆電話 9712 6083，有事搵佢」",
        ),
        (
            "assistant",
            "Summary: A stallholder, Leung Kam To, collapsed at his stall this morning and was taken to Tuen Mun Hospital with a mild stroke; members will take turns minding his stall, and his wife can be reached at 9712 6083.",
        ),
    ],
    [
        (
            "user",
            "我阿媽喺街市賣菜，佢唔識字，食環署寄咗封信話要佢去面談，可唔可以幫我睇下點回覆？",
        ),
        ("assistant", "可以，你可以將信件內容打出嚟，我幫你解釋並草擬回覆。"),
        (
            "user",
            "信上寫：「致 區惠娟女士（身份證號碼 XA539956(1)）：閣下於石硤尾街市 A-05 檔位被發現僱用未登記助手，請於 2026 年 12 月 18 日到本署面談。」",
        ),
    ],
    [
        (
            "user",
            "I'm an expat living above Bowrington Road market. The cooked food stall below me runs its exhaust fan until 2 am.",
        ),
        (
            "assistant",
            "You can complain via 1823 or to the district office. Would you like me to draft an email?",
        ),
        (
            "user",
            "Yes please. Sign it Oliver Brandt-Hughes, Flat 21B, 8 Canal Road West, and use my email oliver.bh.hk@gmail.com for replies.",
        ),
    ],
    [
        ("system", "你是街市供应链客服助手，请用简体中文回答。"),
        ("user", "我是东莞的菜贩，想每天送菜到香港街市，要办什么手续？"),
        ("assistant", "内地蔬菜供港需要来自备案基地，并通过检验检疫。请问您是个人还是公司？"),
        (
            "user",
            "个人，我叫陈伟东，身份证 440304199207213973，手机 186 2043 7719，先帮我查下能不能以个人名义申请。",
        ),
    ],
    [
        ("user", "幫我寫個 WhatsApp message 通知檔主群組，話聽日食環署會嚟巡查。"),
        (
            "assistant",
            "各位檔主：明天食環署將到街市巡查，請預先清理檔位範圍及通道，將貨物放回黃線內。",
        ),
        (
            "user",
            "再加一句，話 A12 嘅麥永康上次被扣咗 10 分，今次再唔執好佢個雪櫃就會俾人停牌一個禮拜。",
        ),
    ],
    [
        ("user", "我想登記個助手幫我睇檔，佢係我外甥，需要咩資料？"),
        ("assistant", "一般需要助手的姓名、香港身份證號碼、與持租人的關係，以及持租人的簽署。"),
        (
            "user",
            "ok，持租人係我 LAM KIN WAH，助手叫 SO CHUN HEI，HKID W198708(1)，我外甥，佢白天返 IVE 讀緊酒店管理，只可以夜晚幫手。",
        ),
    ],
    [
        ("user", "Please translate this notice into English for our Filipino customers."),
        ("assistant", "Sure, please paste the notice."),
        (
            "user",
            "「本檔東主 盧德明 因健康理由（腎衰竭需洗腎），由即日起每逢星期一、三、五下午休息，不便之處，敬請原諒。如有訂貨請致電 5391 7724。」",
        ),
    ],
    [
        ("user", "熟食中心租約到期前點樣申請續約？"),
        (
            "assistant",
            "通常食環署會在租約屆滿前發信通知，持租人須按指示簽回續約文件並繳交按金差額。",
        ),
        (
            "user",
            "我冇收到信喎。我係佘美琪，佢哋應該寄去我舊地址，而家我搬咗去荃灣德士古道 220 號 11 樓 D 室。",
        ),
        ("assistant", "你可以聯絡分區辦事處更新通訊地址，並要求補發續約通知。"),
        ("user", "順便幫我計埋，我用 Visa 4966 4526 9187 3530 過數俾按金差額 $1,200 得唔得？"),
    ],
    [
        (
            "user",
            "寫個 incident report 俾管理處：今朝七點半，海鮮檔夥計 Chan Tsz Kit 被運貨手推車撞傷腳。",
        ),
        ("assistant", "好的。需要補充受傷程度及處理情況嗎？"),
        (
            "user",
            "佢左腳踝骨裂，送咗廣華醫院，要放兩星期病假，佢老闆甘生（甘志成，6078 3351）會負責醫藥費。",
        ),
    ],
]
